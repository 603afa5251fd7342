"""HTML front end: one lxml parse, one walk -> blocks, dropped elements and embedded metadata.

Element rules (``rules/packs/html.toml``) drop navigation, footers, cookie banners, share
bars, related lists and hidden elements before any text is read, and mark the container that
holds the abstract. What is left becomes blocks, one per block-level element's own text, with
inline elements run together as a browser shows them (``CO<sub>2</sub>`` -> ``CO2``). Reading
stops a little way past the heading that opens the body, and some way past the abstract at
most: the body, references and related lists below it feed no field (the footers, sidebars and
menus below are still looked up, in C, and reported dropped). The parser never touches the
network and never expands external entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .. import meta as meta_mod
from ..blocks import Block, PageEvidence
from ..load import nfc
from ..record import Removed
from ..rules.engine import RuleSet

# Never visible as text; skipped silently, as a browser does.
_INVISIBLE = {"script", "style", "noscript", "template", "svg", "head", "iframe",
              "object", "select", "option", "textarea", "input", "canvas", "video", "audio",
              "link", "meta", "base", "annotation", "annotation-xml", "mjx-assistive-mml"}
_BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "ul",
          "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "thead", "tbody", "h1", "h2",
          "h3", "h4", "h5", "h6", "blockquote", "pre", "xmp", "listing", "figure", "figcaption",
          "form", "fieldset", "address", "body", "html", "hr", "br", "caption", "details", "summary", "label",
          "center", "legend", "menu", "button", "dialog", "title", "jats:p", "jats:sec",
          "jats:title", "jats:abstract"}
# Inline controls: a block made only of these, side by side, is a tool bar.
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLANK = " \t\n\r\f\v\xa0" + "\x00"
_CONTROLS = {"a", "button"}
# Inline elements a page makes controls or items of a row by their role: a chip of a
# keyword list (Angular Material's 'mat-chip role=row'), a span acting as a button.
_CONTROL_ROLES = {"button", "link", "row", "option", "tab", "menuitem"}
# An inline element whose class makes it a chip, tag or badge: an item of a row, as a link
# is ('<span class="v-chip keyword-chip">measles</span>'), not a word of a sentence.
_CHIP = re.compile(r"(?:^|\s)(?:[\w-]*[-_])?chips?(?=\s|$)", re.I)
_LANDMARKS = {"nav", "footer", "header", "aside"}
_ARTICLE = {"article", "main"}  # a <header> inside one of these is the article's own
# What an open element's end must undo (see _Walker.walk).
_BLOCK_END, _INLINE_END, _CONTROL_END = "block", "inline", "control"
_SKIPPED = ("skip", None)
_MARK = "\x00"
_SEPARATORS = re.compile(r"[\s|·•/\-–—]*")
# Where two inline elements or links meet with nothing between them, a word in lower case
# before one in capitals or a number is two of a row of badges or links that CSS spaces
# apart ('Research article' 'Open access', 'Sofia Andreou' 'Authors Info'), not one word;
# sub- and superscripts and a formula's parts stay on ('blaCTX-M-1', MathML's 'mc2').
_SEAM = "\x01"
# (Each opens with its mark, the lookbehind after it: Python's engine then skips straight from
# one mark to the next instead of trying the lookbehind at every character of a block.)
_SEAMS = re.compile(r"\x01(?<=[a-z]\x01)(?=[\x00\x01]*[A-Z0-9])")
_GLUED_LINKS = re.compile(r"\x00(?<=[a-z]\x00)\x00*(?=[A-Z0-9])")
# A badge of up to three capitalised words before a row of links: the type before subject
# chips ('Preprint' 'Hydrology' 'Climatology'), 'Share' before its buttons; not the words of
# a sentence ('See the' 'Methods' 'Table 2').
_BADGE = re.compile(r"\s*[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}\s*")
_ROW_LABEL = re.compile(r"\s*[^\W\d_][\w ]{0,30}[:：]\s*")  # 'Keywords:' before a row of links
_SCRIPTS = {"sub", "sup", "mi", "mn", "mo", "ms", "mtext", "mrow", "msub", "msup", "msubsup",
            "mfrac", "msqrt", "mroot", "munder", "mover", "munderover", "mstyle", "mspace"}
_SPACED_PUNCTUATION = re.compile(r" (?=[.,;:!?)](?:\s|$))")
_DOI_LINK_TEXT = re.compile(r"\s*\[?\s*doi\s*\]?\s*", re.I)
_TEXTS = etree.XPath(".//text()", smart_strings=False)  # as itertext(), a little faster
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SUP_MARK = re.compile(r"[a-z](?:,\s?[a-z])*|[*∗†‡§¶#]+")  # a superscript that marks a name
# Elements whose text shows as written, line breaks and all: <pre>, and the old <xmp> and
# <listing> that Indonesia's Garuda still sets its titles and abstracts in (their text is
# raw: no markup inside, as browsers read it).
_PRE = {"pre", "xmp", "listing"}
# Text whose line breaks show (CSS white-space: pre-line and its kin, a class named for it,
# <pre>): Semantic Scholar sets each label of a structured abstract on a line of its own so,
# DSpace 7 each paragraph of an abstract ('preserve-line-breaks').
_PRE_LINE = re.compile(r"white-space\s*:\s*pre|(?:^|\s)[\w-]*pre-?(?:line|wrap)\b|"
                       r"(?:^|\s)preserve-(?:line-breaks|whitespace)\b", re.I)  # (DSpace 7's)
# Blocks read past the last abstract container: the keywords, identifiers and notes that
# follow an abstract. The article body, references and related lists below them belong to no
# field of the record, and on a long page are most of its elements. Reading stops sooner
# past a heading that opens the body ('1. Introduction': rules of role 'body') or the lists
# after it ('Similar articles': role 'tail'): keywords and identifiers that a page shows after
# such a heading sit right below it.
_READ_PAST_ABSTRACT = 60
_READ_PAST_BODY = 15
_ABSTRACT_WORDS = 15  # fewer words in the container than this, and it was no abstract
# More abstract containers than this on one page means a listing of many articles.
_LISTING_CONTAINERS = 3


@dataclass
class HtmlPage:
    blocks: list[Block]
    evidence: PageEvidence
    meta: meta_mod.Meta
    dropped: list[Removed] = field(default_factory=list)
    lang: str | None = None
    read_all: bool = True  # False when reading stopped past the abstract (see _READ_PAST_ABSTRACT)
    site: str | None = None
    # The address of the page's one link that reads 'DOI': its own (zbMATH's, ECVA's buttons,
    # whose text shows no DOI). A reference list gives each reference one ('[PubMed] [DOI]').
    doi_link: str | None = None
    # Every link to a DOI resolver, with the number of blocks read before it (see assemble).
    doi_hrefs: list[tuple[int, str]] = field(default_factory=list)
    # Every link to arxiv.org, with the number of blocks read before it (see assemble): Papers
    # with Code's 'Paper' and 'PDF' buttons.
    arxiv_hrefs: list[tuple[int, str]] = field(default_factory=list)


def parse(text: str, utf8: bytes | None = None) -> etree._Element | None:
    """A plain lxml tree (no lxml.html element classes: their per-element lookup is slow),
    read from ``utf8`` when given: the page's own bytes, which are exactly text in UTF-8."""
    parser = _parser("utf-8" if utf8 is not None else None)
    try:
        if utf8 is not None:
            root = etree.fromstring(utf8, parser=parser)
        else:  # lxml refuses text that declares an encoding
            root = etree.fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", text), parser=parser)
    except (etree.ParserError, ValueError):
        root = None
    return root if root is not None else _parse_with_bs4(text)


def _parser(encoding: str | None = None) -> etree.HTMLParser:
    """Comments and PIs dropped, no network, and no id index (never looked up: it costs 7%)."""
    return etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                            default_doctype=False, collect_ids=False, encoding=encoding)


def _parse_with_bs4(text: str) -> etree._Element | None:
    """Markup lxml gives up on: BeautifulSoup's forgiving parser repairs it, lxml reads the repair."""
    from bs4 import BeautifulSoup

    parser = _parser()
    try:
        repaired = str(BeautifulSoup(text, "html.parser"))
        return etree.fromstring(repaired, parser=parser) if repaired.strip() else None
    except (etree.ParserError, ValueError, AssertionError):
        return None


def to_page(text: str, rules: RuleSet, url: str | None = None,
            utf8: bytes | None = None) -> HtmlPage:
    """Blocks, dropped elements, metadata and site profile of one HTML page given at ``url``
    (``utf8``: see parse)."""
    root = parse(text, utf8)
    if root is None:
        return HtmlPage([], PageEvidence(style="html"), meta_mod.Meta(),
                        site=rules.detect_site(url, text))
    site = rules.site_for(url, declared_url(root), text)
    title_el = root.find("head/title")  # where it is: a search of the whole tree costs 40 µs
    if title_el is None:
        title_el = root.find(".//title")
    title = nfc(" ".join("".join(title_el.itertext()).split())) if title_el is not None else None
    walker = _Walker(rules, site)
    body = root.find("body")
    walker.walk(body if body is not None else root)
    blocks = walker.blocks
    if walker.containers >= _LISTING_CONTAINERS:
        blocks = [Block(b.text, b.where, b.heading, b.list_item, "") for b in blocks]
    lang = (root.get("lang") or root.get("xml:lang") or "").split("-")[0].lower() or None
    return HtmlPage(
        blocks, PageEvidence(title=title or None, title_where="html:title", style="html"),
        meta_mod.extract(root), walker.dropped, lang, not walker.stopped_early, site,
        walker.doi_links[0] if len(walker.doi_links) == 1 else None, walker.doi_hrefs,
        walker.arxiv_hrefs,
    )


# The <meta> names that give the page's own address; citation_pdf_url gives its PDF's.
_OWN_URL_NAMES = {"og:url", "canonical", "citation_abstract_html_url",
                  "citation_fulltext_html_url", "citation_public_url"}


def declared_url(root: etree._Element) -> str | None:
    """The page's own address as its markup declares it: the first canonical link, og:url or
    citation_*_html_url tag, else its PDF's address (which may sit on another host)."""
    pdf = None
    for el in root.iter("link", "meta"):
        if el.tag == "link":
            own, pdf_tag = "canonical" in (el.get("rel") or "").lower().split(), False
            value = el.get("href")
        else:  # (a tag may give a name and a property: 'twitter:url' and 'og:url')
            names = {(el.get(key) or "").strip().lower() for key in ("name", "property")}
            own, pdf_tag = not names.isdisjoint(_OWN_URL_NAMES), "citation_pdf_url" in names
            value = el.get("content")
        if not (own or pdf_tag) or not value:
            continue
        value = value.strip()
        if not value.lower().startswith(("http://", "https://")):
            continue
        if own:
            return value.split()[0]
        pdf = pdf or value.split()[0]
    return pdf


class _Walker:
    """Walks the tree once, iteratively (deep pages must not exhaust the stack)."""

    def __init__(self, rules: RuleSet, site: str | None) -> None:
        self.rules, self.site = rules, site
        self.blocks: list[Block] = []
        self.dropped: list[Removed] = []
        self.parts: list[str] = []
        self.containers = 0
        self.stopped_early = False
        self.doi_links: list[str] = []  # the addresses of links that read 'DOI'
        self.doi_hrefs: list[tuple[int, str]] = []  # (see HtmlPage.doi_hrefs)
        self.arxiv_hrefs: list[tuple[int, str]] = []  # (see HtmlPage.arxiv_hrefs)
        self._dropped: set[etree._Element] = set()  # (see drop_furniture_after)

    def walk(self, top: etree._Element) -> None:
        """One pass of lxml's iterwalk; skipped and dropped subtrees are never descended.

        This loop runs once per element of every page, so it keeps to local names and asks
        the rules about an element's attributes once per distinct set of them."""
        walker = etree.iterwalk(top, events=("start", "end"))
        skip = walker.skip_subtree
        decided = self.rules.memo(("element-attributes", self.site))
        parts = self.parts
        add = parts.append
        saved: list[tuple] = []  # per open element: what to restore at its end
        push = saved.append
        tag, where, hint, ctx = "", "dom:body", "", ""
        blocks = self.blocks
        # The open abstract container and the blocks before it; the blocks when the last one
        # that held an abstract's worth of text closed (an 'Abstract' tab link holds none),
        # and when a heading past it opened the body. Reading stops _READ_PAST_ABSTRACT blocks
        # past the one or _READ_PAST_BODY past the other, but never inside an open container.
        container, opened, after, body_at = None, 0, None, None
        pre_el = None  # the open element whose text keeps its line breaks
        controls = 0  # open controls (links, buttons, chips): 1 at most
        for event, el in walker:
            if event == "end":
                if el is container:  # (text not yet flushed counts too, roughly)
                    held = sum(b.words for b in blocks[opened:]) + len("".join(parts).split())
                    if held >= _ABSTRACT_WORDS:
                        after, body_at = len(blocks), None
                    container = None
                kind, state = saved.pop()
                if kind is _BLOCK_END:
                    if parts:
                        self.flush(tag, where, hint)
                        if tag in _HEADINGS and (role := self._heading_role(blocks)):
                            if after is None and role == "abstract":
                                after = len(blocks)  # the abstract is under this heading
                            elif (after is not None and body_at is None and container is None
                                  and role in ("body", "tail")):
                                body_at = len(blocks)
                    tag, where, hint, ctx = state
                elif kind is _INLINE_END:
                    ctx = state
                elif kind is _CONTROL_END:
                    ctx = state
                    controls -= 1
                    add(_MARK)
                if el is pre_el:
                    pre_el = None
                tail = el.tail
                if tail:
                    if el is not top and (parts or not tail.isspace()):
                        if pre_el is not None and "\n" in tail:
                            self.add_lines(tail, tag, where, hint)
                        else:
                            add(tail)  # (the indentation between blocks never starts a block)
                elif kind is _INLINE_END and parts and parts[-1][-1:].islower() and (
                        el.tag not in _SCRIPTS):
                    add(_SEAM)  # an inline element's end with nothing after it: see _SEAMS
                continue
            name = el.tag
            if name.__class__ is not str or name in _INVISIBLE:
                skip()
                push(_SKIPPED)
                continue
            rule = None
            if el.keys() or name in _LANDMARKS:
                get = el.get
                key = (name, get("class"), get("id"), get("role"), get("style"), get("hidden"),
                       get("aria-hidden"), get("data-title"))
                found = decided.get(key)
                if found is None:
                    sig = _compose(*key)
                    found = decided[key] = (f"dom:{sig}", self.rules.element_match(sig, self.site),
                                            name in _PRE or _pre_line(key[1], key[4]),
                                            name in _CONTROLS
                                            or (key[3] or "").strip().lower() in _CONTROL_ROLES
                                            or bool(key[1] and _CHIP.search(key[1])))
                el_where, rule, pre, control = found
            else:
                el_where, pre, control = f"dom:{name}", name in _PRE, name in _CONTROLS
            inner = ctx
            if rule is not None and name == "header" and rule.category != "role" and any(
                    _holds_article(a) for a in el.iterancestors()):
                rule = None  # an article's own header (title, authors), not the site's
            if rule is not None:
                if rule.category != "role":
                    if parts and name in _BLOCK:  # (a hidden inline rendering goes on the line)
                        self.flush(tag, where, hint)
                    self.drop(el, rule, el_where)
                    skip()
                    push(_SKIPPED)
                    continue
                if rule.role == "abstract" and not ctx:
                    if not (blocks and blocks[-1].hints == "abstract" and not parts):
                        self.containers += 1  # (else it goes on the one just closed: each
                        # paragraph marked as the abstract, JMLR's '<p class="abstract">')
                    inner = "abstract" if self.containers == 1 else "other-abstract"
                    container, opened = el, len(blocks)
                elif rule.role == "not-abstract":
                    inner = "not-abstract"
            if name in _BLOCK:
                if parts:
                    self.flush(tag, where, hint)
                if after is not None and container is None and (
                        len(blocks) - after > _READ_PAST_ABSTRACT
                        or (body_at is not None and len(blocks) - body_at > _READ_PAST_BODY)):
                    self.stopped_early = True
                    self.drop_furniture_after(top)
                    break
                push((_BLOCK_END, (tag, where, hint, ctx)))
                tag, where, hint = name, el_where, inner
            elif control and not controls:  # (one inside another is a part of it)
                controls += 1
                push((_CONTROL_END, ctx))
                add(_MARK)
                if name == "a" and "/10." in (href := el.get("href") or ""):
                    if _DOI_LINK_TEXT.fullmatch(el.text or ""):  # (doi.org's, a publisher's)
                        self.doi_links.append(href.strip())
                    if "doi.org/" in href:
                        self.doi_hrefs.append((len(blocks), href.strip()))
                elif name == "a" and "arxiv.org/" in href:
                    self.arxiv_hrefs.append((len(blocks), href.strip()))
            else:
                push((_INLINE_END, ctx))
                if name == "sup" and parts and (mark := el.text or _first_child_text(el)) and (
                        _SUP_MARK.fullmatch(mark) and _after_name(parts)):
                    add(" ")  # an affiliation's letter after a name: 'Anni Kettunen a', not
                    # 'Kettunena' (a number stays on: 'km2', 'Ca2+'; so does 'IXe siècle');
                    # the letter may be a link's ('<sup><a>a</a>, <a>*</a></sup>')
                elif name in _SCRIPTS and parts and parts[-1] == _SEAM:
                    parts.pop()  # (a subscript stays on: 'blaCTX-M-1'; see _SEAMS)
            ctx = inner
            if pre and pre_el is None:
                pre_el = el
            text = el.text
            if text and (parts or not text.isspace()):
                if pre_el is not None and "\n" in text:
                    self.add_lines(text, tag, where, hint)
                else:
                    add(text)
        if parts:
            self.flush(tag, where, hint)

    def drop_furniture_after(self, top: etree._Element) -> None:
        """The page's landmarks (footers, sidebars, menus) that reading, stopped past the
        abstract, never reached, reported as dropped when a rule drops them: --explain and the
        record's ``removed`` show the chrome the page holds, while the body, references and
        lists around them are never walked. (lxml finds the few landmarks in C; those the walk
        already dropped, and those inside them, are passed over.)"""
        for found in top.iter(*_LANDMARKS - {"header"}):
            if found in self._dropped or any(a in self._dropped for a in found.iterancestors()):
                continue
            get = found.get
            sig = _compose(found.tag, get("class"), get("id"), get("role"), get("style"),
                           get("hidden"), get("aria-hidden"), get("data-title"))
            rule = self.rules.element_match(sig, self.site)
            if rule is not None and rule.category != "role":
                self.drop(found, rule, f"dom:{sig}")

    def _heading_role(self, blocks: list[Block]) -> str | None:
        """The role of the block just flushed when it is a heading: 'abstract' when it opens
        the abstract, 'body' or 'tail' when the article's head is over."""
        if not blocks or not blocks[-1].heading:
            return None
        rule = self.rules.first_match(blocks[-1].text, self.site)
        return rule.role if rule is not None else None

    def add_lines(self, text: str, tag: str, where: str, hint: str) -> None:
        """Text whose line breaks show: each break ends the block (see _PRE_LINE)."""
        first, *rest = text.split("\n")
        self.parts.append(first)
        for line in rest:
            self.flush(tag, where, hint)
            self.parts.append(line)

    def drop(self, el: etree._Element, rule, where: str) -> None:
        """Report a dropped element's text (for --explain), its pieces spaced apart so that the
        items of a dropped list do not run together."""
        self._dropped.add(el)
        text = " ".join(" ".join(_TEXTS(el)).split())
        if " " in text:  # (a link's text and the full stop after it: 'privacy policy.')
            text = _SPACED_PUNCTUATION.sub("", text)
        if text:
            self.dropped.append(Removed(nfc(text), rule.id, rule.category, where))

    def flush(self, tag: str, where: str, hint: str) -> None:
        if not self.parts:
            return
        joined = "".join(self.parts)
        self.parts.clear()
        if not joined.strip(_BLANK):
            return
        level = _HEADINGS.get(tag, 0)
        if _SEAM in joined:  # (most close the block: they go without a pattern)
            joined = joined.rstrip(_SEAM)
            if _SEAM in joined:
                joined = _SEAMS.sub(" ", joined).replace(_SEAM, "")
        if _MARK not in joined:
            self.blocks.append(Block(nfc(" ".join(joined.split())), where, level, tag == "li", hint))
            return
        pieces = joined.split(_MARK)
        # A row of links or buttons with nothing but separators between them ('Download PDF',
        # 'Export citation') is one control per block, as the rules expect, and so is a
        # labelled row's each link after its label ('Keywords:' 'axion: dark matter'
        # 'haloscope') or a badge's ('Preprint' 'Hydrology'); links inside a sentence stay in it.
        head = pieces[0]
        if len(pieces) > 3 and _SEPARATORS.fullmatch("".join(pieces[2::2])) and (
                _SEPARATORS.fullmatch(head) or (len(pieces) > 5 and _ROW_LABEL.fullmatch(head))
                or _BADGE.fullmatch(head)):
            label = [] if _SEPARATORS.fullmatch(head) else [head.strip()]
            texts = [*label, *(" ".join(p.split()) for p in pieces[1::2])]
        else:
            texts = [" ".join(_GLUED_LINKS.sub(" ", joined).replace(_MARK, "").split())]
        for body in texts:
            if body:
                self.blocks.append(Block(nfc(body), where, level, tag == "li", hint))


def _pre_line(cls: str | None, style: str | None) -> bool:
    """Whether an element's class or style asks for line breaks that show (see _PRE_LINE);
    the substring test first, as most have no 'pre' in them at all."""
    return bool((cls and "pre" in cls and _PRE_LINE.search(cls))
                or (style and "pre" in style and _PRE_LINE.search(style)))


def _holds_article(el: etree._Element) -> bool:
    """Whether an element is the article's own: <article>, <main>, or a box the markup names
    so ('<div class="article letter">', old nature.com's), below the page's <body>."""
    if el.tag in _ARTICLE:
        return True
    cls = el.get("class")
    return (cls is not None and el.tag not in ("body", "html")
            and "article" in cls.lower().split()) or el.get("id") == "article"


def _first_child_text(el: etree._Element) -> str | None:
    """The text of an element's first child, when the element opens with it."""
    return el[0].text if len(el) and isinstance(el[0].tag, str) else None


def _after_name(parts: list[str]) -> bool:
    """Whether the text so far ends in a lower-case letter, past the marks of links that
    open after it (ScienceDirect: '<a>Anni Kettunen</a><a><sup>a</sup></a>')."""
    for part in reversed(parts[-3:]):
        if part != _MARK:
            return part[-1:].islower()
    return False


def _compose(tag: str, cls: str | None, ident: str | None, role: str | None, style: str | None,
             hidden: str | None, aria_hidden: str | None, title: str | None) -> str:
    out = [tag.lower()]
    if ident:
        out.append("#" + ident.strip().lower())
    for c in (cls or "").split():
        out.append("." + c.lower())
    if role:
        out.append(f"[role={role.strip().lower()}]")
    if title:
        out.append(f"[data-title={title.strip().lower()}]")
    # (aria-hidden hides from screen readers, not from the eye: an inline element so marked,
    # such as MathJax's rendering of a formula, is seen; a box so marked is a hidden panel)
    if (hidden is not None or (aria_hidden == "true" and tag in _BLOCK)
            or _HIDDEN_STYLE.search(style or "")):
        out.append("[hidden]")
    return "".join(out)
