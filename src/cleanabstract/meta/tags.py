"""<meta> tags of every syntax: Highwire (citation_*), Dublin Core (dc.*, DC.*, dcterms.*),
PRISM, OpenGraph and plain name/content pairs. Names are folded to lower case."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree


def read(root: etree._Element) -> Iterator[tuple[str, str]]:
    for el in root.iter("meta"):
        name = el.get("name") or el.get("property") or el.get("itemprop")
        content = el.get("content")
        if name and content is not None:
            yield name.strip().lower(), content
