"""Embedded metadata: one small module per syntax behind one call, ``extract(root)``.

Each syntax module turns its part of the page into ``(name, value)`` pairs under a common
naming (``citation_title``, ``dc.title``, ``jsonld:abstract``, ``og:title``); ``fields`` then
reads them through ordered tables where the first non-empty source wins. A page's metadata
is read in one pass over its ``<meta>`` elements and its JSON-LD scripts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ..load import nfc
from . import jsonld, tags

# Per field, the sources in order of preference: the first one present wins.
SOURCES: dict[str, tuple[str, ...]] = {
    "title": ("citation_title", "dc.title", "dcterms.title", "jsonld:headline", "jsonld:name",
              "og:title", "twitter:title"),
    "abstract": ("citation_abstract", "dcterms.abstract", "jsonld:abstract", "dc.description",
                 "dcterms.description", "jsonld:description", "og:description", "description",
                 "twitter:description"),
    "authors": ("citation_author", "dc.creator.personalname", "dc.creator", "dcterms.creator",
                "jsonld:author"),
    # (a chapter's book: 'citation_inbook_title', NCBI Bookshelf's and IntechOpen's)
    "journal": ("citation_journal_title", "citation_conference_title", "citation_inbook_title",
                "prism.publicationname", "wkhealth_journal_title", "jsonld:isPartOf", "dc.source",
                "dcterms.source"),
    "published": ("citation_publication_date", "citation_date", "citation_cover_date",
                  "citation_online_date", "prism.publicationdate", "dc.date.issued",
                  "dcterms.issued", "dc.date", "dcterms.date", "wkhealth_date",
                  "jsonld:datePublished"),
    "doi": ("citation_doi", "prism.doi", "dc.identifier.doi", "jsonld:doi", "dc.identifier",
            "dcterms.identifier", "jsonld:identifier", "citation_abstract_html_url"),
    "pmid": ("citation_pmid", "jsonld:pmid"),
    "pmcid": ("citation_pmcid",),
    "arxiv_id": ("citation_arxiv_id",),
    "keywords": ("citation_keywords", "jsonld:keywords", "dc.subject", "keywords"),
    # (OJS writes its journal section, which its journals use as the type: 'Research
    # Communications', 'Forskningsartikler')
    "article_type": ("citation_article_type", "dc.type.articletype", "prism.section"),
    "language": ("citation_language", "dc.language", "jsonld:inLanguage"),
}


@dataclass
class Meta:
    """All (name, value) pairs found, and what they say about the page's kind."""

    pairs: dict[str, list[str]] = field(default_factory=dict)
    jsonld_types: tuple[str, ...] = ()

    def first(self, name: str) -> tuple[str, str] | None:
        """(value, source) of the first non-empty source for a field, or None."""
        for source in SOURCES[name]:
            for value in self.pairs.get(source, ()):
                if value.strip():
                    return value.strip(), source
        return None

    def all(self, name: str) -> tuple[list[str], str] | None:
        """Every value of the first source that has any (authors, keywords)."""
        for source in SOURCES[name]:
            values = [v.strip() for v in self.pairs.get(source, ()) if v.strip()]
            if values:
                return values, source
        return None

    def in_languages(self, source: str) -> dict[str, list[str]]:
        """A source's values per language, for the tags that name one (see tags.read)."""
        return {k.partition("@")[2]: v for k, v in self.pairs.items() if k.startswith(source + "@")}

    @property
    def scholarly(self) -> bool:
        """Highwire, PRISM or a scholarly JSON-LD type: publishers only add these to articles
        (and Google Patents to patents, which other_kind tells apart)."""
        return self.other_kind is None and (
            any(k.startswith(("citation_", "prism.")) for k in self.pairs)
            or any(t in jsonld.SCHOLARLY for t in self.jsonld_types))

    @property
    def other_kind(self) -> str | None:
        """'patent', 'dataset' or 'video' when the metadata says the page records one (Google
        Patents' DC.type and citation_patent_number, a JSON-LD Dataset with no article type
        beside it, as Dryad and Zenodo give; a VideoObject or og:type video.*, a talk's
        recording): an abstract and authors, yet no article."""
        if "citation_patent_number" in self.pairs or any(
                v.strip().lower() == "patent" for v in self.pairs.get("dc.type", ())):
            return "patent"
        if "Dataset" in self.jsonld_types and not any(t in jsonld.ARTICLE for t in self.jsonld_types):
            return "dataset"
        if not any(t in jsonld.ARTICLE for t in self.jsonld_types) and (
                "VideoObject" in self.jsonld_types
                or any(v.strip().lower().startswith("video") for v in self.pairs.get("og:type", ()))
        ) and not _JOURNAL_TAGS.intersection(self.pairs):
            return "video"  # (a talk's recording: SlidesLive, a conference's video portal; a
            # video journal's article, JoVE's, names its journal in Highwire's tags)
        return None


    @property
    def news(self) -> bool:
        """A news story or blog post by its JSON-LD type (and no scholarly tags beside it)."""
        return not self.scholarly and any(t in jsonld.NEWS for t in self.jsonld_types)


_JOURNAL_TAGS = {"citation_journal_title", "prism.publicationname"}


def extract(root: etree._Element) -> Meta:
    pairs: dict[str, list[str]] = {}
    for name, value in tags.read(root):
        pairs.setdefault(name, []).append(nfc(value))
    if not any(k.startswith("citation_") for k in pairs):
        # bepress Digital Commons writes Highwire's tags under its own prefix
        for key in [k for k in pairs if k.startswith("bepress_citation_")]:
            pairs[key.removeprefix("bepress_")] = pairs.pop(key)
    found, types = jsonld.read(root)
    for name, value in found:
        pairs.setdefault(name, []).append(nfc(value))
    return Meta(pairs, types)
