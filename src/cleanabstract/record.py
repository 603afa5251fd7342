"""The record: one immutable, JSON-ready value per page, with stable field names."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Section:
    """One labelled part of a structured abstract (Background, Methods, ...)."""

    label: str
    text: str


@dataclass(frozen=True, slots=True)
class Removed:
    """A block that a rule dropped: kept so users can audit what the rules took away."""

    text: str
    rule: str
    category: str
    where: str = ""


@dataclass(frozen=True, slots=True)
class Record:
    """What cleanabstract returns for one page.

    String fields are ``None`` when the page does not show them; list fields are empty.
    ``provenance`` maps a field name to the evidence that gave it (``text:line-12``,
    ``meta:citation_title``, ``dom:#abstract``); ``warnings`` uses a small fixed vocabulary
    (see ``WARNINGS``) so that batch summaries can count them.
    """

    title: str | None = None
    abstract: str | None = None
    abstract_sections: tuple[Section, ...] = ()
    article_types: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    journal: str | None = None
    published: str | None = None
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    arxiv_id: str | None = None
    keywords: tuple[str, ...] = ()
    language: str | None = None
    url: str | None = None
    site: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)
    removed: tuple[Removed, ...] = ()
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain dict of JSON types (tuples become lists), field order as declared."""
        out = asdict(self)
        return {k: _listify(v) for k, v in out.items()}

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def with_changes(self, **changes: Any) -> Record:
        return replace(self, **changes)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Inverse of ``to_dict``; unknown keys are an error so typos do not pass silently."""
        names = {f.name for f in fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise ValueError(f"unknown record fields: {sorted(unknown)}")
        kw: dict[str, Any] = dict(data)
        kw["abstract_sections"] = tuple(Section(**s) for s in data.get("abstract_sections", ()))
        kw["removed"] = tuple(Removed(**r) for r in data.get("removed", ()))
        for name in ("article_types", "authors", "keywords", "warnings"):
            kw[name] = tuple(data.get(name, ()))
        return cls(**kw)


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Record))

WARNINGS = {
    "empty-page": "the page was empty or only whitespace",
    "not-text": "the bytes do not decode to text (binary or garbage)",
    "not-an-article": "the page is not a scholarly article (home page, listing, login wall, news)",
    "no-abstract": "an article page that shows no abstract",
    "abstract-truncated": "the abstract visibly stops mid-sentence or with an ellipsis",
    "decoding-replaced": "some bytes could not be decoded and were replaced",
    "decompressed": "the page's bytes were gzip-compressed (a raw HTTP body) and were inflated first",
}


def _listify(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_listify(v) for v in value]
    if isinstance(value, dict):
        return {k: _listify(v) for k, v in value.items()}
    return value
