"""Evidence -> fields: choose title, abstract, types, keywords and identifiers from labelled blocks.

The rules have already said what each block is (boilerplate of some category, or a content
role). This module decides, with provenance, which blocks make up each field, and says why a
field is empty through a warning rather than returning a bare None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

import regex

from . import identifiers, language, metafields
from .blocks import Block, PageEvidence
from .front.html import HtmlPage
from .record import Record, Removed, Section
from .rules.engine import Rule, RuleSet

_TERMINAL = tuple(".!?。！？»”\"')]")
_RUN_IN = re.compile(r"^(?P<label>[^\W\d_][^:：.]{0,60}?)\s*(?P<sep>[:：]|\.(?=\s))\s*(?P<rest>\S.*)$", re.S)
_BMJ_RUN_IN = re.compile(r"^(?P<label>[A-Z][a-z]+(?: [a-z]+){0,4})\s+(?P<rest>[A-Z0-9].*)$", re.S)
_TITLE_SPLIT = re.compile(r"\s+(?:[|｜]|[-–—]|::)\s+")
_AUTHORISH = re.compile(r"(?:\b[A-Z][a-z]+,? (?:[A-Z]\.\s?)+|\b(?:[A-Z]\.\s?)+[A-Z][a-z]+|\d\s*,|\bet al\b|\band\b)")
_CITATION = re.compile(r"\b(?:19|20)\d\d\b[^\n]{0,40}?;?\s*\d+\s*\(\d+\)\s*:\s*[\de]")
# Words of scholarly pages, found by substring in the lower-cased head of the page (fast).
_SCHOLARLY = (
    "universit", "institut", "department", "hospital", "laborator", "faculty", "school of",
    "college", "academy", "journal", "proceedings", "conference", "references", "bibliography",
    "cite this", "cited by", "citation", "keywords", "key words", "received", "accepted",
    "peer review", "preprint", "et al.", "volume", "issn", "doi:", "doi.org", "arxiv", "pubmed",
    "abstract", "symposium", "booktitle", "inproceedings", "published in", "workshop",
)
_AFFILIATION = re.compile(
    r"\b(?:universit|université|universidad|universidade|institut|department|departamento|"
    r"laboratoire|laboratory|hospital|faculty|faculté|school of|college|centre|center|"
    r"academy|académie|ministry|inserm|cnrs|division|foundation|университет|институт|кафедра)", re.I)
_DATELINE = re.compile(
    r"(?:\b(?:19|20)\d\d\b.*(?:;|\(\d+\)|\bvol\b|\bno\b|\bpp\b|,\s*\d)|"
    r"\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (?:19|20)\d\d|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2},? (?:19|20)\d\d|"
    r"^(?:published|received|accepted|submitted|posted|doi|volume|vol\.)\b|\bdoi:|doi\.org/)",
    re.I)
_FIELD_LINE = re.compile(
    r"^(?:contributed equally[^:]*|(?:associate |academic |handling )?editors?|edited by|reviewed by|"
    r"correspondence|corresponding authors?|e-?mail|affiliations?|authors?|keywords|received|accepted|"
    r"published|citation|copyright|funding|competing interests|data availability|année|date)\s*:",
    re.I)
_NAME_SPLIT = re.compile(r",|;|\band\b|\bи\b|&")
_EMAIL = re.compile(r"\S\s?(?:@|\[at\]|\{at\}|\(at\))\s?\S+\.\w")
_ORCID = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b")
_NAME = regex.compile(
    r"(?:(?:\p{Lu}[\p{L}'’\-.]*\.?|de|da|van|von|der|den|del|la|le|di|du|dos|al|bin|ibn)\s?){1,6}"
    r"(?:\s?[a-z](?=\s|$|,))?[\d*†‡,\s]*")
_LISTING_HEADINGS = 3
_TITLE_REACH = 40  # kept blocks between a title and its abstract, at most (authors, tools)
_SIGNAL_CHARS = 30_000  # scholarly signals sit in a page's head; reading further costs time
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass
class Labelled:
    """A block with what the rules said about it."""

    block: Block
    rule: Rule | None = None

    @property
    def removed(self) -> bool:
        return self.rule is not None and self.rule.category != "role"

    @property
    def role(self) -> str | None:
        return self.rule.role if self.rule else None

    @property
    def text(self) -> str:
        return self.block.text

    @cached_property
    def long_prose(self) -> bool:
        """Computed once: the assembler asks it of the same block many times."""
        return _is_sentence_prose(self.block.text)

    @cached_property
    def authors_line(self) -> bool:
        return _author_list(self.block.text)


@dataclass
class Trace:
    """Everything the assembler decided, for ``--explain`` and for tests."""

    blocks: list[Labelled]
    used: set[int] = field(default_factory=set)


def label_blocks(blocks: list[Block], rules: RuleSet, site: str | None) -> list[Labelled]:
    return [Labelled(b, rules.first_match(b.text, site)) for b in blocks]


def assemble(
    labelled: list[Labelled], evidence: PageEvidence, rules: RuleSet, *, site: str | None,
    url: str | None, warnings: tuple[str, ...] = (), page: HtmlPage | None = None,
) -> tuple[Record, Trace]:
    """Fields from labelled blocks; for HTML pages, embedded metadata merged over them."""
    trace = Trace(labelled)
    prov: dict[str, str] = {}
    abstract = _dom_abstract(labelled, rules, site) or _find_abstract_under_heading(
        labelled, rules, site)
    title_at = _find_title(labelled, evidence, before=abstract.start if abstract else None)
    scholarly = _is_article(labelled, site)
    if abstract is None and title_at is not None and scholarly:
        abstract = _find_headless_abstract(labelled, rules, site, after=title_at)
    title = _title_text(labelled, evidence, title_at, prov)
    head_end = _head_end(labelled, abstract)
    head_text = "\n".join(lb.text for lb in labelled[:head_end])
    all_text = "\n".join(lb.text for lb in labelled)
    is_article = (abstract is not None or scholarly
                  or (page is not None and page.meta.scholarly))
    if page is not None and not page.meta.scholarly and abstract is None and (
            "website" in page.meta.pairs.get("og:type", ())):
        is_article = False  # a site's own page (journal home, listing) says so in og:type

    fields: dict = {"title": title if is_article else None, "url": url or evidence.url,
                    "site": site}
    if not is_article:
        prov.pop("title", None)
    if abstract is not None:
        trace.used.update(abstract.indices)
        fields["abstract"], fields["abstract_sections"] = abstract.render()
        prov["abstract"] = abstract.where(labelled)
    if page is not None:
        title_at = _block_of(labelled, page.meta.first("title")) or title_at
    if title_at is not None and is_article:
        trace.used.add(title_at)
        fields["article_types"] = _article_types(labelled, title_at, rules, site, trace, prov)
        fields["authors"] = _authors(labelled, title_at, trace, prov)
    fields["keywords"] = _keywords(labelled, rules, site, trace, prov)
    fields.update(_identifiers(head_text, all_text, prov))
    if page is not None:
        metafields.merge(fields, prov, page.meta, is_article=is_article)
    if fields.get("abstract") and _looks_truncated(fields["abstract"]):
        warnings = (*warnings, "abstract-truncated")
    lang_text = fields.get("abstract") or fields.get("title") or ""
    if is_article:
        fields["language"] = language.detect(lang_text) or (page.lang if page else None)
    if not fields.get("abstract"):
        warnings = (*warnings, "no-abstract" if is_article else "not-an-article")
    removed = tuple(page.dropped if page else ()) + tuple(
        Removed(lb.text, lb.rule.id, lb.rule.category, lb.block.where)
        for lb in labelled if lb.removed
    )
    record = Record(provenance=prov, removed=removed, warnings=tuple(sorted(set(warnings))),
                    **fields)
    return record, trace


# -- abstract ------------------------------------------------------------------------------

@dataclass
class Abstract:
    start: int  # index of the heading (or first paragraph when there is none)
    paragraphs: list[tuple[str | None, str]]  # (section label or None, text)
    indices: list[int]
    evidence: str

    def render(self) -> tuple[str, tuple[Section, ...]]:
        sections = [Section(label, text) for label, text in self.paragraphs if label]
        if len(sections) < 2:
            body = [text if not label else f"{label}: {text}" for label, text in self.paragraphs]
            return "\n\n".join(body), ()
        body = [f"{label}: {text}" if label else text for label, text in self.paragraphs]
        return "\n\n".join(body), tuple(sections)

    def where(self, labelled: list[Labelled]) -> str:
        first, last = labelled[self.indices[0]].block.where, labelled[self.indices[-1]].block.where
        return first if first == last else f"{first}..{last.rsplit('-', 1)[-1]}"


def _find_abstract_under_heading(labelled: list[Labelled], rules: RuleSet,
                                 site: str | None) -> Abstract | None:
    """The first abstract heading followed by prose; run-in 'Abstract: ...' counts too.

    A page with several 'Abstract' headings lists many articles: none of them is its own."""
    if _teasers(labelled) >= _LISTING_HEADINGS:
        return None
    for i, lb in enumerate(labelled):
        if lb.removed:
            continue
        if lb.role == "abstract":
            found = _collect(labelled, i + 1, rules, site, first=None)
        else:
            rest = _run_in_abstract(lb.text, rules, site)
            if rest is None:
                continue
            found = _collect(labelled, i + 1, rules, site, first=(i, rest))
        if found is not None and _enough(found):
            found.start = i
            found.evidence = "heading"
            return found
    return None


def _dom_abstract(labelled: list[Labelled], rules: RuleSet, site: str | None) -> Abstract | None:
    """The paragraphs of the element the page marks as its abstract (HTML only)."""
    inside = [i for i, lb in enumerate(labelled) if lb.block.hints == "abstract"]
    if not inside:
        return None
    start = inside[0]
    while start in inside and _before_abstract_text(labelled[start]):
        start += 1  # the 'Abstract' heading, or a title and authors sharing the container
    if start not in inside:
        return None
    rest = _run_in_abstract(labelled[start].text, rules, site)  # arXiv: 'Abstract:Long-form ...'
    first = (start, rest) if rest else None
    found = _collect(labelled, start + 1 if first else start, rules, site, first=first,
                     within=set(inside))
    if found is None or not _enough(found):
        return None
    found.start, found.evidence = inside[0], "dom"
    return found


def _before_abstract_text(lb: Labelled) -> bool:
    """What a container may hold before the abstract's text: its heading, a title, authors."""
    if lb.role == "section":
        return False
    if lb.removed:
        return True
    return (lb.role in ("abstract", "type") or bool(lb.block.heading) or lb.block.list_item
            or not _is_prose(lb.text) or lb.authors_line)


def _teasers(labelled: list[Labelled]) -> int:
    """'Abstract' toggles with a snippet right after them (tabs and menus have more menu)."""
    return sum(1 for i, lb in enumerate(labelled) if lb.role == "abstract" and any(
        _is_prose(nxt.text) for nxt in labelled[i + 1 : i + 4]))


def _run_in_abstract(text: str, rules: RuleSet, site: str | None) -> str | None:
    """The text after a run-in 'Abstract:' / 'Abstract.' / '摘要：' label, if the block has one."""
    m = _RUN_IN.match(text)
    if m and len(m.group("rest")) > 40:
        rule = rules.first_match(m.group("label").strip(), site)
        if rule is not None and rule.role == "abstract":
            return m.group("rest").strip()
    m = re.match(r"^(abstract|summary)\s+(?=[A-Z])(.{60,})$", text, re.S | re.I)
    if m and text[:1].isupper():
        return m.group(2).strip()
    return None


def _collect(labelled: list[Labelled], j: int, rules: RuleSet, site: str | None,
             first: tuple[int, str] | None, within: set[int] | None = None) -> Abstract | None:
    """Paragraphs from index j until the abstract visibly ends (or its container does)."""
    paragraphs: list[tuple[str | None, str]] = []
    indices: list[int] = []
    pending: str | None = None
    if first is not None:
        paragraphs.append(_split_label(first[1], rules, site))
        indices.append(first[0])
    skipped = 0
    while j < len(labelled) and (within is None or j in within):
        lb = labelled[j]
        role = lb.role
        if lb.removed or role in ("stop", "tail", "abstract", "not-abstract", "keywords", "type"):
            if paragraphs or role in ("stop", "tail", "abstract", "not-abstract", "keywords"):
                break
            skipped += 1
        elif role == "section":
            pending = _label_text(lb.text)
            indices.append(j)
        elif lb.block.heading and paragraphs and not _is_prose(lb.text):
            break
        elif paragraphs and _CITATION.search(lb.text[:200]):
            break  # 'J Immunol. 2021 Mar;206(5):1012-21. doi: ...' closes PubMed-style heads
        elif (_is_prose(lb.text) or (pending and lb.block.words >= 2)
              or (any(p[0] for p in paragraphs) and _split_label(lb.text, rules, site)[0])):
            label, text = _split_label(lb.text, rules, site)
            if pending:
                label, pending = pending, None
            if label and paragraphs and not any(p[0] for p in paragraphs):
                break  # 'Introduction: ...' after a plain abstract is the body beginning
            if label is None and paragraphs and paragraphs[-1][0] and _continues(paragraphs[-1][1]):
                paragraphs[-1] = (paragraphs[-1][0], f"{paragraphs[-1][1]} {text}")
            else:
                paragraphs.append((label, text))
            indices.append(j)
        elif paragraphs:
            break
        else:
            skipped += 1
        if skipped > 3:
            break
        j += 1
    if not paragraphs:
        return None
    return Abstract(0, paragraphs, indices, "")


def _continues(text: str) -> bool:
    return not text.rstrip().endswith(_TERMINAL)


def _enough(found: Abstract) -> bool:
    text = " ".join(t for _, t in found.paragraphs)
    if _CJK.search(text):
        return len(_CJK.findall(text)) >= 30
    return len(text.split()) >= 15


def _split_label(text: str, rules: RuleSet, site: str | None) -> tuple[str | None, str]:
    """'Background: text' -> ('Background', 'text') when the label is a structured-abstract label."""
    m = _RUN_IN.match(text)
    if m:
        rule = rules.first_match(m.group("label").strip(), site)
        if rule is not None and rule.role == "section":
            return _label_text(m.group("label")), m.group("rest").strip()
    return None, text


def _label_text(text: str) -> str:
    return text.strip().rstrip(":：.").strip()


def _is_prose(text: str) -> bool:
    """A sentence-like block: enough words, or a shorter one that ends like a sentence."""
    cjk = len(_CJK.findall(text))
    if cjk >= 20:
        return True
    words = len(text.split())
    if words >= 12:
        return True
    return words >= 5 and text.rstrip().endswith((".", "。", "?", "!")) and text[:1].isupper()


def _find_headless_abstract(labelled: list[Labelled], rules: RuleSet, site: str | None,
                            after: int) -> Abstract | None:
    """No abstract heading: the first long prose block soon after the title (USENIX, Frontiers)."""
    for j in range(after + 1, min(len(labelled), after + 30)):
        lb = labelled[j]
        if lb.removed or lb.role:
            if lb.role in ("stop", "tail", "keywords"):
                return None
            continue
        if lb.long_prose:
            while j - 1 > after and _abstract_item(labelled[j - 1]):
                j -= 1  # key-point bullets or short sentences that open the same abstract
            found = _collect(labelled, j, rules, site, first=None)
            if found is None:
                return None
            found.paragraphs = [p for p in found.paragraphs
                                if p[0] or len(p[1].split()) >= 20 or _is_prose(p[1])]
            if found.paragraphs and _enough(found):
                found.start, found.evidence = j, "headless"
                return found
            return None
    return None


def _abstract_item(lb: Labelled) -> bool:
    return not lb.removed and not lb.role and _is_prose(lb.text) and lb.text.endswith((".", "。"))


def _is_sentence_prose(text: str) -> bool:
    """Long prose of several sentences: what an abstract paragraph looks like."""
    if _CJK.search(text):
        return len(_CJK.findall(text)) >= 60
    words = text.split()
    sentences = len(re.findall(r"[.!?](?:\s|$)", text))
    return len(words) >= 30 and sentences >= 2 and not _CITATION.search(text[:200])


def _looks_truncated(text: str) -> bool:
    t = text.rstrip()
    return t.endswith(("...", "…")) or not t.endswith((*_TERMINAL, "]", "】", "」"))


# -- title ---------------------------------------------------------------------------------

def _find_title(labelled: list[Labelled], evidence: PageEvidence, before: int | None) -> int | None:
    """Index of the title block, scored on evidence that real titles carry.

    A title is usually repeated (the page's <title> and its heading), sits next to the type
    labels and just above the authors and the abstract, and is a heading in Markdown. Author,
    affiliation and citation lines, which sit just as close, are marked down.
    """
    end = before if before is not None else _first_tail(labelled)
    counts: dict[str, int] = {}
    for lb in labelled:
        key = lb.text.casefold().rstrip(".")
        counts[key] = counts.get(key, 0) + 1
    head = _page_title_parts(labelled, evidence)
    kept = [0]  # kept[i]: blocks not removed among labelled[:i], for distances in O(1)
    for lb in labelled:
        kept.append(kept[-1] + (not lb.removed))
    best, best_score = None, 0.0
    boxed = 0  # blocks left inside a Highlights / Key points box: its items are not titles
    for i in range(min(end, len(labelled))):
        lb = labelled[i]
        if lb.role == "not-abstract":
            boxed = 8
        elif lb.role == "abstract" or lb.block.heading:
            boxed = 0
        elif boxed and not lb.removed:
            boxed -= 1
            continue
        if lb.removed or lb.role or not _title_shaped(lb.text):
            continue
        if before is not None and kept[before] - kept[i] > _TITLE_REACH and (
                lb.text.casefold().rstrip(".") not in head):
            continue  # far above the abstract and not the page's own title
        score = _title_evidence(labelled, i, head, counts, before, kept)
        ties_win = best is not None and before is not None
        if score < best_score or (score == best_score and not ties_win):
            continue  # doubts only lower a score: this one cannot win
        score -= _title_doubts(lb.text)
        if score > best_score or (score == best_score and ties_win):
            best, best_score = i, score
    return best if best_score >= 3 else None


def _title_evidence(labelled: list[Labelled], i: int, head: set[str], counts: dict[str, int],
                    before: int | None, kept: list[int]) -> float:
    """What speaks for block i being the title: repetition, position, shape."""
    lb = labelled[i]
    text = lb.text
    key = text.casefold().rstrip(".")
    score = 0.0
    if key in head and i > 0:
        score += 5  # the page's own <title> (or Jina 'Title:') repeats it: the best evidence
    elif i == 0 and head:
        score += 1 if not _TITLE_SPLIT.search(text) else -1  # the <title> with a site suffix
    if counts[key] >= 2 and i > 0:
        score += 2
    score += {1: 3, 2: 1.5, 3: 0.5}.get(lb.block.heading, 0)
    if _type_label_above(labelled, i):
        score += 2
    if before is not None:
        gap = kept[before] - kept[i + 1]
        score += 2 if gap <= 3 else 1.5 if gap <= 8 else 1 if gap <= 20 else 0
    nxt = _next_kept(labelled, i)
    if nxt is not None:
        below = labelled[nxt]
        score += 2 if below.authors_line else 1 if _AUTHORISH.search(below.text[:300]) else 0
    if before is None:
        prose = _next_prose(labelled, i)
        gap = None if prose is None else kept[prose] - kept[i + 1]
        score += 0 if gap is None else 3 if gap <= 2 else 1 if gap <= 5 else 0
    words = lb.block.words
    cjk = len(_CJK.findall(text))
    if cjk >= 8:
        words = max(words, cjk // 2)  # CJK titles have no spaces to count words by
    score += -2 if words < 3 else 0 if words < 5 else 1 if words < 8 else 2 if words <= 35 else 0
    return score


def _title_doubts(text: str) -> float:
    """What speaks against a line being a title: it reads as an instruction, an affiliation,
    an author or keyword list, a dateline or an e-mail."""
    score = 0.0
    if re.match(r"^(?:this|we|our|you|your|please|if|to|for more|click|learn|view|download|"
                r"search|open access|free|get|sign|log|see|read)\b", text, re.I):
        score += 2  # instructions and offers, not titles
    if _AFFILIATION.match(text) or (_AFFILIATION.search(text) and "," in text):
        score += 3
    if _FIELD_LINE.match(text) or _EMAIL.search(text) or text.startswith("Roles "):
        score += 3  # 'Associate Editor: ...', 'Contributed equally to this work with: ...', e-mails
    parts = text.split(",")
    if len(parts) >= 4 and sum(1 for p in parts if len(p.split()) <= 3) >= 0.8 * len(parts):
        score += 3  # a keyword list
    if _ORCID.search(text) or len(re.findall(r"\[[^\]]{2,40}\]", text)) >= 2:
        score += 3  # ORCID ids, or several '[Google Scholar]'-style link labels
    if _DATELINE.search(text):
        score += 3
    if _author_list(text) or len(re.findall(r"[\u4e00-\u9fff]{2,4}\d", text)) >= 2:
        score += 3
    return score


def _next_prose(labelled: list[Labelled], i: int) -> int | None:
    """The first long prose block within a dozen kept blocks below i (an abstract without heading)."""
    kept = 0
    for k in range(i + 1, len(labelled)):
        if labelled[k].removed:
            continue
        if labelled[k].long_prose:
            return k
        kept += 1
        if kept > 12 or labelled[k].role in ("abstract", "stop", "tail"):
            return None
    return None


def _author_list(text: str) -> bool:
    """'A. Smith, B. Jones and C. Wu' or 'Smith J, Jones B': names separated by commas."""
    parts = [p.strip() for p in _NAME_SPLIT.split(text) if p.strip()]
    if len(parts) < 3:
        return False
    names = sum(1 for p in parts if _NAME.fullmatch(p))
    return names >= 0.7 * len(parts)


def _type_label_above(labelled: list[Labelled], i: int) -> bool:
    """A type label within the three kept blocks above (removed buttons in between are fine)."""
    kept = 0
    for k in range(i - 1, max(-1, i - 12), -1):
        if labelled[k].role == "type":
            return True
        if not labelled[k].removed:
            kept += 1
            if kept >= 4:
                return False
    return False


def _title_shaped(text: str) -> bool:
    words = len(text.split())
    if not 1 <= words <= 60 or len(text) > 400 or len(text) < 8:
        return False
    if text.endswith((":", ",", ";")) or text.count(". ") >= 2:
        return False
    return not re.match(r"^(?:https?://|www\.|doi:|\d)", text, re.I)


def _page_title_parts(labelled: list[Labelled], evidence: PageEvidence) -> set[str]:
    """Casefolded candidates from the page's declared title (Jina header or the first line)."""
    found = set()
    sources = [evidence.title] if evidence.title else []
    if labelled:
        sources.append(labelled[0].text)
    for src in sources:
        if not src:
            continue
        src = re.sub(r"\s*\[[^\]]{1,30}\]$", "", src)  # 'Title [PeerJ]'
        seps = list(_TITLE_SPLIT.finditer(src))
        pieces = [src, *_TITLE_SPLIT.split(src)]
        if seps:  # 'Title - Site', 'Site | Title': also the text without the site's end
            pieces += [src[: seps[-1].start()], src[seps[0].end() :]]
        found.update(p.casefold().strip().rstrip(".") for p in pieces if len(p.split()) >= 2)
    return found


def _title_text(labelled: list[Labelled], evidence: PageEvidence, at: int | None,
                prov: dict[str, str]) -> str | None:
    if at is not None:
        prov["title"] = labelled[at].block.where
        return clean_title(labelled[at].text)
    if evidence.title:
        prov["title"] = evidence.title_where
        parts = [p for p in _TITLE_SPLIT.split(evidence.title) if p.strip()]
        return clean_title(max(parts, key=len) if parts else evidence.title)
    return None


def clean_title(text: str) -> str:
    """Whitespace normalised, one trailing full stop removed (PubMed writes 'Title.')."""
    text = re.sub(r"\s+", " ", text).strip()
    if text.endswith(".") and not text.endswith(("..", " al.", " sp.", " nov.", " spp.")):
        text = text[:-1]
    return text


def _next_kept(labelled: list[Labelled], i: int) -> int | None:
    for k in range(i + 1, min(len(labelled), i + 4)):
        if not labelled[k].removed:
            return k
    return None


def _first_tail(labelled: list[Labelled]) -> int:
    """Where the article head ends when no abstract heading marks it: the first related-articles
    list or body heading after some prose. Titles of references and related articles lie beyond."""
    seen_prose = False
    for i, lb in enumerate(labelled):
        if lb.role in ("tail", "stop") and seen_prose:
            return i
        seen_prose = seen_prose or lb.long_prose
    return len(labelled)


def _block_of(labelled: list[Labelled], meta_title: tuple[str, str] | None) -> int | None:
    """The block showing the metadata's title, if the page shows it."""
    if not meta_title:
        return None
    want = re.sub(r"\s+", " ", meta_title[0]).strip().casefold().rstrip(".")
    for i, lb in enumerate(labelled):
        if lb.text.casefold().rstrip(".") == want:
            return i
    return None


# -- other fields --------------------------------------------------------------------------

def _article_types(labelled: list[Labelled], title_at: int, rules: RuleSet, site: str | None,
                   trace: Trace, prov: dict[str, str]) -> tuple[str, ...]:
    """Type labels just above the title (PubMed, QxMD) or, failing that, just below it."""
    found: list[tuple[int, list[str]]] = []
    k, kept = title_at - 1, 0
    while k >= 0 and kept < 4:
        labels = _type_labels(labelled[k], rules, site)
        if labels:
            found.insert(0, (k, labels))
        elif not labelled[k].removed:
            kept += 1
        k -= 1
    k, kept = title_at + 1, 0
    while not found and k < len(labelled) and kept < 6:
        if labelled[k].role == "type":
            found.append((k, [labelled[k].text]))
        elif labelled[k].role in ("abstract", "stop", "tail"):
            break
        elif not labelled[k].removed:
            kept += 1
        k += 1
    types: list[str] = []
    for k, labels in found:
        trace.used.add(k)
        for name in map(normalise_type, labels):
            if name.casefold() not in {t.casefold() for t in types}:
                types.append(name)
    if found:
        prov["article_types"] = labelled[found[0][0]].block.where
    return tuple(types)


def _type_labels(lb: Labelled, rules: RuleSet, site: str | None) -> list[str]:
    """One type label, or several that markup ran together ('Journal Article Review')."""
    if lb.role == "type":
        return [lb.text]
    if lb.removed or lb.role or lb.block.words > 12:
        return []
    words = lb.text.split()

    def split(i: int) -> list[str] | None:
        if i == len(words):
            return []
        for j in range(len(words), i, -1):
            piece = " ".join(words[i:j])
            rule = rules.first_match(piece, site)
            if rule is not None and rule.role == "type" and (rest := split(j)) is not None:
                return [piece, *rest]
        return None

    labels = split(0)
    return labels if labels and len(labels) >= 2 else []


def _authors(labelled: list[Labelled], title_at: int, trace: Trace,
             prov: dict[str, str]) -> tuple[str, ...]:
    """Names from the author line just below the title: 'A. Roe1,2, B. Poe3 and C. Doe', or
    from one name a block where each author is a link of its own."""
    singles: list[int] = []
    for k in range(title_at + 1, min(len(labelled), title_at + 30)):
        if labelled[k].removed:
            continue  # 'Author links open overlay panel' and such between title and names
        name = _author_name(labelled[k].text)
        if not (_NAME.fullmatch(name) and 2 <= len(name.split()) <= 5):
            break
        singles.append(k)
    if len(singles) >= 2:
        trace.used.update(singles)
        prov["authors"] = labelled[singles[0]].block.where
        return tuple(_author_name(labelled[k].text) for k in singles)
    for k in range(title_at + 1, min(len(labelled), title_at + 4)):
        lb = labelled[k]
        if lb.removed or lb.role:
            continue
        text = lb.text
        if not (_author_list(text) or re.fullmatch(r"[^,;]{3,40} and [^,;]{3,40}", text)):
            continue
        names = [_author_name(p) for p in re.split(r",|;|\band\b|&", text)]
        names = [n for n in names if n]
        if len(names) >= 2 and all(_NAME.fullmatch(n) for n in names):
            trace.used.add(k)
            prov["authors"] = lb.block.where
            return tuple(names)
    return ()


def _author_name(part: str) -> str:
    """'Maja Lindqvist1*' or 'Sofie Van den Broeck a' -> the name alone."""
    part = re.sub(r"(?:\s[a-z](?:,[a-z])*|[\d,*†‡§#]+)+$", "", part.strip())
    return re.sub(r"\s+", " ", part).strip(" .")


def normalise_type(text: str) -> str:
    """'ORIGINAL RESEARCH article' -> 'Original Research': kicker word dropped, caps eased."""
    text = re.sub(r"\s+", " ", text).strip().rstrip(":.")
    text = re.sub(r"^(?:open access|(?:issue section|article type|section|category|type)\s*:)\s*",
                  "", text, flags=re.I)
    words = text.split(" ")
    if len(words) > 1 and words[-1].casefold() == "article" and words[-2].isupper():
        text = " ".join(words[:-1])
    if text.isupper() and len(text) > 3:
        text = text.title()
    return text[:1].upper() + text[1:] if text.islower() else text


def _keywords(labelled: list[Labelled], rules: RuleSet, site: str | None, trace: Trace,
              prov: dict[str, str]) -> tuple[str, ...]:
    """Author keywords; MeSH headings only when the page gives no keywords of its own."""
    groups: list[tuple[bool, int, list[str], set[int]]] = []
    for i, lb in enumerate(labelled):
        if lb.role == "keywords":
            items, used = _keyword_group(labelled, i)
            if items:
                groups.append((lb.text.casefold().startswith("mesh"), i, items, used))
    own = [g for g in groups if not g[0]]
    out: list[str] = []
    for _, i, items, used in own or groups:
        trace.used.update(used)
        prov.setdefault("keywords", labelled[i].block.where)
        out.extend(k for k in items if k.casefold() not in {o.casefold() for o in out})
    return tuple(out)


def _keyword_group(labelled: list[Labelled], i: int) -> tuple[list[str], set[int]]:
    """'Keywords: a; b' on one line, or a heading with one keyword a line below it."""
    text = labelled[i].text
    m = re.match(r"^[^:：]{1,40}?\s*[:：]\s*(.+)$", text) or re.match(
        r"^\S+(?: \S+)?\s*(?:\.|\s[-–—])\s+(.+)$", text)
    if m and len(m.group(1)) > 1:
        return _split_keywords(m.group(1)), {i}
    items: list[str] = []
    used = {i}
    for k in range(i + 1, min(len(labelled), i + 40)):
        nxt = labelled[k]
        if nxt.removed or nxt.role in ("stop", "tail", "abstract", "keywords", "section"):
            break
        if nxt.block.words > 8 or nxt.text.endswith("."):
            if not items and nxt.block.words <= 60:
                items, used = _split_keywords(nxt.text), used | {k}
            break
        # one keyword a line ('Fatty Acids, Volatile' is one MeSH term), unless ';' lists
        several = ";" in nxt.text or nxt.text.count(",") >= 2
        items.extend(_split_keywords(nxt.text) if several else [_keyword(nxt.text)])
        used.add(k)
    return items, used


def _split_keywords(text: str) -> list[str]:
    sep = r"[;；、]" if re.search(r"[;；、]", text) else r"[,，]" if re.search(r"[,，]", text) else r"\s[·•|]\s"
    items = [_keyword(p) for p in re.split(sep, text)]
    return [i for i in items if i and len(i) <= 120]


def _keyword(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().strip(".,").rstrip("*").strip()


def _identifiers(head_text: str, all_text: str, prov: dict[str, str]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    doi = identifiers.best_doi(identifiers.find_dois(head_text))
    if doi is None:
        page = identifiers.find_dois(all_text)
        doi = identifiers.best_doi(page) if len(page) != len(set(d.lower() for d in page)) else None
    out["doi"] = doi
    out["pmid"] = identifiers.find_pmid(head_text)
    out["pmcid"] = identifiers.find_pmcid(head_text)
    out["arxiv_id"] = identifiers.find_arxiv(head_text)
    for name, value in out.items():
        if value:
            prov[name] = "text:page"
    return out


def _head_end(labelled: list[Labelled], abstract: Abstract | None) -> int:
    """Where the article's own head ends: identifiers after this belong to other articles."""
    if abstract is None:
        return _first_tail(labelled)
    end = abstract.indices[-1] + 1
    for k in range(end, len(labelled)):
        if labelled[k].role == "tail":
            return k
    return min(len(labelled), end + 40)


# -- is it an article? ---------------------------------------------------------------------

def _is_article(labelled: list[Labelled], site: str | None) -> bool:
    """Scholarly signals against listing and news signals.

    2.5 points: a DOI alone is not enough (news cites papers), a DOI with a type label or a
    few scholarly words is."""
    kept = [lb for lb in labelled if not lb.removed]
    text = "\n".join(lb.text for lb in kept)[:_SIGNAL_CHARS]
    score = 2.0 if site else 0.0  # every site profile we ship is a scholarly site
    if identifiers.find_dois(text) or identifiers.find_pmid(text) or identifiers.find_arxiv(text):
        score += 2
    types = [lb for lb in kept if lb.role == "type" and lb.text.casefold() != "news"]
    score += 2 if len(types) >= 2 else 1 if types else 0
    if _teasers(labelled) >= _LISTING_HEADINGS:
        score -= 4  # an 'Abstract' toggle over every teaser: a listing
    if any(lb.role == "keywords" for lb in kept):
        score += 1
    if _CITATION.search(text):
        score += 1
    lowered = text.lower()
    hits = sum(1 for word in _SCHOLARLY if word in lowered)
    score += min(3, hits * 0.5)
    listing = sum(1 for lb in kept if lb.text.endswith(("…", "...")) and lb.block.words >= 8)
    if listing >= 3:
        score -= 4
    return score >= 2.5
