"""<meta> tags of every syntax: Highwire (citation_*), Dublin Core (dc.*, DC.*, dcterms.*),
PRISM, OpenGraph and plain name/content pairs. Names are folded to lower case."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree


def read(root: etree._Element) -> Iterator[tuple[str, str]]:
    """Each tag's (name, content); a tag in a language of its own (OJS and Érudit give their
    keywords in each language of the page) also under 'name@lang'."""
    for el in root.iter("meta"):
        name = el.get("name") or el.get("property") or el.get("itemprop")
        content = el.get("content")
        if name and content is not None:
            name = name.strip().lower()
            yield name, content
            lang = el.get("xml:lang") or el.get("lang")
            if lang:
                yield f"{name}@{lang.split('-')[0].strip().lower()}", content
