"""JSON-LD: the article object(s) of ``<script type="application/ld+json">``, inside @graph too."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lxml import etree

SCHOLARLY = {"ScholarlyArticle", "MedicalScholarlyArticle", "Thesis", "Chapter", "Report"}
ARTICLE = SCHOLARLY | {"Article", "TechArticle"}
NEWS = {"NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting"}
_FIELDS = ("headline", "name", "abstract", "description", "datePublished", "inLanguage", "pmid",
           "doi")


def read(root: etree._Element) -> tuple[list[tuple[str, str]], tuple[str, ...]]:
    """(name, value) pairs from the first article object, and every @type seen on the page."""
    pairs: list[tuple[str, str]] = []
    types: list[str] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue  # broken JSON-LD is common; the page's other evidence still counts
        for obj in _objects(data):
            kinds = _types(obj)
            types.extend(kinds)
            if not pairs and ARTICLE & set(kinds):
                pairs = list(_pairs(obj))
    return pairs, tuple(types)


def _objects(data: Any) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"])
        for key in ("mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), dict):
                yield from _objects(data[key])


def _types(obj: dict) -> list[str]:
    kind = obj.get("@type", [])
    return [kind] if isinstance(kind, str) else [k for k in kind if isinstance(k, str)]


def _pairs(obj: dict) -> Iterator[tuple[str, str]]:
    for key in _FIELDS:
        if isinstance(obj.get(key), str):
            yield f"jsonld:{key}", obj[key]
    for person in _as_list(obj.get("author")):
        name = _name(person)
        if name:
            yield "jsonld:author", name
    part = obj.get("isPartOf")
    for _ in range(3):  # an issue is part of a volume, part of the periodical that has a name
        items = _as_list(part)
        name = next((n for n in map(_name, items) if n), None)
        if name:
            yield "jsonld:isPartOf", name
            break
        part = next((i.get("isPartOf") for i in items if isinstance(i, dict)), None)
    keywords = obj.get("keywords")
    if isinstance(keywords, str):
        keywords = [k for k in keywords.replace(";", ",").split(",")]
    for kw in _as_list(keywords):
        if isinstance(kw, str):
            yield "jsonld:keywords", kw
    for ident in _as_list(obj.get("identifier")) + _as_list(obj.get("sameAs")) + [obj.get("@id")]:
        value = ident.get("value") if isinstance(ident, dict) else ident
        if isinstance(value, str):
            yield "jsonld:identifier", value


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _name(item: Any) -> str | None:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        if isinstance(item.get("name"), str):
            return item["name"]
        given, family = item.get("givenName"), item.get("familyName")
        if isinstance(given, str) and isinstance(family, str):
            return f"{given} {family}"
    return None
