"""HTML front end: an lxml tree -> blocks, one per block-level element's own text.

Scripts, styles and other invisible elements are skipped; inline elements run together as a
browser shows them. External entities and network access are disabled in the parser.
"""

from __future__ import annotations

import re

from lxml import etree, html

from ..blocks import Block, PageEvidence

_SKIP = {"script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object",
         "select", "option", "button", "input", "textarea", "canvas", "video", "audio"}
_BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "ul",
          "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "thead", "tbody", "h1", "h2",
          "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "figcaption", "form", "fieldset",
          "address", "body", "html", "hr", "br", "caption", "details", "summary", "label",
          "center", "legend", "menu"}
_WS = re.compile(r"\s+")


def parse(text: str) -> html.HtmlElement | None:
    parser = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                             recover=True, default_doctype=False)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        return html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def to_blocks(text: str) -> tuple[list[Block], PageEvidence]:
    root = parse(text)
    if root is None:
        return [], PageEvidence()
    title_el = root.find(".//title")
    title = _WS.sub(" ", title_el.text_content()).strip() if title_el is not None else None
    blocks: list[Block] = []
    parts: list[str] = []
    state = {"tag": "", "path": ""}

    def flush() -> None:
        body = _WS.sub(" ", "".join(parts)).strip()
        parts.clear()
        if body:
            level = int(state["tag"][1]) if re.fullmatch(r"h[1-6]", state["tag"]) else 0
            blocks.append(Block(body, f"dom:{state['path']}", level, state["tag"] == "li"))

    def walk(el: etree._Element, path: str) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP or not tag or el.get("hidden") is not None:
            if el.tail:
                parts.append(el.tail)
            return
        is_block = tag in _BLOCK
        here = _describe(el) if is_block else path
        if is_block:
            flush()
            state["tag"], state["path"] = tag, here
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child, here)
        if is_block:
            flush()
            state["tag"], state["path"] = "", path
        if el.tail:
            parts.append(el.tail)

    body = root.find("body")
    walk(body if body is not None else root, "body")
    flush()
    return blocks, PageEvidence(title=title, title_where="html:title", style="html")


def _describe(el: etree._Element) -> str:
    ident = el.get("id")
    cls = (el.get("class") or "").split()
    return el.tag + (f"#{ident}" if ident else "") + "".join(f".{c}" for c in cls[:2])
