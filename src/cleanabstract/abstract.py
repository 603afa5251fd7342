"""The abstract: the page's marked container, a heading and what follows it, a run-in
'Abstract:' label, or (with no heading) the first long prose under the title."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from . import language
from .labels import (
    CJK,
    REFERENCES_HEADING,
    TERMINAL,
    UNSPACED,
    UNSPACED_WORD,
    Labelled,
    cites,
    front_matter,
    is_prose,
    leading_phrases,
)
from .record import Removed, Section
from .rules.engine import RuleSet

# A run-in label: 'Methods: ...', 'Methods. ...', and (Russian journals) 'Цель — оценить ...'.
# (a dot inside a word is a field name's: 'dc.description.abstract: ...', DSpace's record)
_RUN_IN = re.compile(r"^(?P<label>[^\W\d_](?:[^:：.]|\.(?=\w)){0,60}?)\s*(?P<sep>[:：]|\.(?=\s)|(?<=\s)[—–](?=\s))\s*"
                     r"(?P<rest>\S.*)$", re.S)
# 'Abstract Background ...': the label run into the text without punctuation.
# A label glued to its text ('AbstractIron', 'RésuméDans'), as plain get_text runs them.
_BARE_LABEL = re.compile(r"^(abstract|summary|résumé|resumen|resumo|riassunto|zusammenfassung|"
                         r"аннотация|анотація)\s*(?=(?-i:[A-ZÀ-ÞА-ЯІЄЇ]))(.{60,})$", re.S | re.I)
LISTING_HEADINGS = 3
# Blocks after an 'Abstract' toggle its teaser may start in, past the toggle's row of tabs
# ('Abstract' / 'Full text' / 'PDF' / 'Supplementary Material': a table of contents): that
# far, only a long paragraph counts (not a reference's 'Roe, A. & Doe, B.').
_TEASER_REACH = 6
_TABS = 6  # an abstract tab's neighbours in a tab row, at most
_WORD4 = re.compile(r"[^\W\d_]{4}")
_TOGGLE_BLOCK = re.compile(r"\.\.\.|…|(?:(?:show|read|see|view) )?more\s*[»›>]*", re.I)
_SENTENCE_ENDS = (".", "!", "?", "。", "．", "…", "！", "？")
_GOES_ON = frozenset("/|)]},.;:=≈<>≤≥±×−-+")  # (what a line that carries on a sentence opens with)
_NOTE = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)\.?")
# A label run in after a sentence inside a paragraph: 'Main results. The ...', or glued to
# it where get_text dropped a <br>: '... is limited.Objective: To ...'
_INNER_LABEL = re.compile(r"(?:(?<=[.!?)\]] )([A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё]+(?: [a-zß-ÿа-яё]+){0,3})[.:]|"
                          r"(?<=[a-zß-ÿа-яё\d%)][.!?])([A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё]+(?: [a-zß-ÿа-яё]+){0,3}):)"
                          r" (?:(?<=: )(?=\w)|(?=[A-ZÀ-ÞА-ЯЁ(\d]))")
# (in the Latin and Cyrillic alphabets; after a colon the text may go on in lower case:
# 'Método: ensayo controlado ...'). In Chinese and Japanese, a label of two characters after
# a sentence's end, spaced from its text or not: '...的影响。方法 采用...'
_CJK_INNER_LABEL = re.compile(r"(?<=[。．！？])\s*([\u4e00-\u9fff]{2})(?:\s*[:：]\s*|\s+)?(?=[\u4e00-\u9fff])")
# A toggle's label at an abstract's end: the rest is hidden behind it ('... more »', '...
# Show more'), or it hides the abstract again ('dates.Collapse'). Groups 1 and 3 keep the
# ellipsis of a cut one; 2 and 4 are the label of a toggle that shows more.
_TOGGLE = re.compile(r"(\.\.\.|…)?\s*(?:(more|read more|show more|see more)\s*[»›>]+|"
                     r"(?<=[.!?])\s*(?:collapse|show less|read less|see less))\s*$|"
                     r"(\.\.\.|…)\s*((?:read|show|see|view) more)\s*$", re.I)
# ... and inside it, with the hidden rest shown after it (an HTML page holds it all).
_TOGGLE_INSIDE = re.compile(r"(?:\.\.\.|…)\s*(?:read |show |see )?more\s*[»›]+(?=\s*\S)", re.I)
_STEM_WORDS = 12  # fewer words shown before a cut, and an abstract is not told by its opening
# A record page's field after its abstract.
_RECORD_FIELD = re.compile(r"(?:authors?|publication date|report numbers?|osti id|"
                           r"research org(?:anization)?|sponsoring org(?:anization)?)\s*:", re.I)
_HISTORY = re.compile(r"(?:received|submitted|article history)\b.{0,60}\b(?:19|20)\d\d", re.I)
# A citation of other work by its authors and year, which an article's body makes and its
# abstract hardly ever does: '... cancer genomes (Hagemann et al. 2023).'
_BODY_CITATION = re.compile(r"\([A-Z][\w'’-]+ et al\.?,? (?:19|20)\d\d[a-z]?[;)]")
_LABELLED_RUN = 3  # labelled paragraphs that make a structured abstract without a heading
_LABELLED_WORDS = 600  # the most such an abstract holds when its labels stand on lines of their own
_BARE_LABEL_WORDS = 6  # the longest structured-abstract label: 'Design, Setting, and Participants'

# Structured-abstract labels that open an article and that close its abstract (see
# _sections_over), in the languages of role/section-label.
_OPENING_LABEL = re.compile(
    r"(?:introduction|background|context|contexte|antecedentes|introducci[oó]n|introdução|"
    r"hintergrund|einleitung|introduzione|inleiding|achtergrond|introduktion|innledning|"
    r"inledning|bakgrunn|baggrund|bakgrund|введение)\b", re.I)
_CLOSING_LABEL = re.compile(
    r"(?:conclusions?|interpretation|conclusi[oó]n|conclusiones|conclusão|conclusões|"
    r"schlussfolgerung|conclusioni|conclusies?|konklusion|konklusjon|slutsats|fortolkning|"
    r"выводы|заключение|结论)", re.I)
# Languages whose stopwords overlap enough that a paragraph may be guessed as either.
_CLOSE_LANGUAGES = [{"es", "pt"}, {"es", "it"}, {"pt", "it"}, {"da", "no"}, {"da", "sv"},
                    {"no", "sv"}]


@dataclass
class Abstract:
    start: int  # index of the heading (or first paragraph when there is none)
    paragraphs: list[tuple[str | None, str]]  # (section label or None, text)
    indices: list[int]
    evidence: str

    def render(self) -> tuple[str, tuple[Section, ...]]:
        paragraphs = self.paragraphs
        if paragraphs and paragraphs[-1][1].endswith("]") and (
                tag := _SOURCE_TAG.search(paragraphs[-1][1])):
            paragraphs = [*paragraphs[:-1], (paragraphs[-1][0], paragraphs[-1][1][: tag.start()])]
        if paragraphs and "ight" in paragraphs[-1][1][-_COPYRIGHT_CHARS:]:
            label, last = paragraphs[-1]
            kept = _COPYRIGHT_TAIL.sub("", last)
            paragraphs = paragraphs[:-1] + ([(label, kept)] if kept else [])
        sections = [Section(label, text) for label, text in paragraphs if label]
        if len(sections) < 2:
            body = [text if not label else f"{label}: {text}" for label, text in paragraphs]
            return _unquoted("\n\n".join(body)), ()
        body = [f"{label}: {text}" if label else text for label, text in paragraphs]
        return "\n\n".join(body), tuple(sections)

    def where(self, labelled: list[Labelled]) -> str:
        first, last = labelled[self.indices[0]].block.where, labelled[self.indices[-1]].block.where
        return first if first == last else f"{first}..{last.rsplit('-', 1)[-1]}"


def _unquoted(text: str) -> str:
    """An abstract the page prints inside quotation marks (ECVA's), without them."""
    if len(text) > 2 and (text[0] + text[-1]) in ('""', "“”", "«»", "„“") and (
            text[0] not in text[1:-1] and text[-1] not in text[1:-1]):
        return text[1:-1].strip()
    return text


# The publisher's notice an indexer runs on to an abstract's end (Scopus, PubMed): '...
# nights. © 2024 Elsevier Ltd. All rights reserved.', APA PsycInfo's in brackets: '...
# goals. (PsycInfo Database Record (c) 2024 APA, all rights reserved)' (looked for only
# where 'right' shows).
_COPYRIGHT_CHARS = 200
_COPYRIGHT_TAIL = re.compile(
    r"\s*(?:(?:Copyright\s*)?(?:©|\(c\)|Copyright)\s*(?:(?:19|20)\d\d\b|[Tt]he [Aa]uthors?)"
    r"[^©]{0,150}?\.?\s*)?All [Rr]ights [Rr]eserved\.?\s*$|"
    r"\s*\([^()]{0,60}(?:©|\(c\))\s*(?:19|20)\d\d\b[^()]{0,80}all rights reserved\)\.?\s*$")
# A database's note of whose abstract it gives, run on to its end (EBSCOhost: '... heat
# protocols. [ABSTRACT FROM AUTHOR]', '[ABSTRACT FROM PUBLISHER]').
_SOURCE_TAG = re.compile(r"\s*\[ABSTRACT FROM [A-Z][A-Za-z ]{1,30}\]$")
_SUMMARY_WORDS = 60  # a summary statement over the abstract is a sentence or two
_CONTROLS = ("dom:button", "dom:label", "dom:select", "dom:legend")  # a form's, by where


def find_abstract_under_heading(labelled: list[Labelled], rules: RuleSet,
                                 site: str | None) -> Abstract | None:
    """The first abstract heading followed by prose; run-in 'Abstract: ...' counts too.

    A page with several 'Abstract' headings lists many articles: none of them is its own."""
    if teasers(labelled) >= LISTING_HEADINGS:
        return None
    for i, lb in enumerate(labelled):
        if lb.removed:
            continue
        if lb.role == "abstract":
            if _boxed_heading(labelled, i):
                continue
            found = _collect(labelled, _past_tabs(labelled, i + 1), rules, site, first=None)
        else:
            rest = _run_in_abstract(lb.text, rules, site)
            if rest is None:
                continue
            found = _collect(labelled, i + 1, rules, site, first=(i, rest))
        if found is not None and _enough(found):
            found.start = i
            found.evidence = "heading"
            return _abstract_after_summary(labelled, found, rules, site) or found
    return None


def _boxed_heading(labelled: list[Labelled], i: int) -> bool:
    """Whether the abstract heading at i heads part of a box that is no abstract, right over
    it, while another abstract heading follows ('AI Understanding' / 'Summary' on an
    aggregator's page, its 'Abstract' further down); alone, it is the page's own ('Graphical
    abstract' over an image, then 'Abstract')."""
    above = next((lb for lb in reversed(labelled[max(0, i - 2) : i]) if not lb.removed), None)
    return (above is not None and above.role == "not-abstract"
            and any(lb.role == "abstract" and not lb.removed for lb in labelled[i + 1 :]))


def _abstract_after_summary(labelled: list[Labelled], found: Abstract, rules: RuleSet,
                            site: str | None) -> Abstract | None:
    """The abstract under an 'Abstract' heading just below a short one under another
    ('Summary:' over JEB's one-sentence summary statement, then 'ABSTRACT')."""
    if not labelled[found.start].text.casefold().startswith("summary") or (
            sum(len(t.split()) for _, t in found.paragraphs) > _SUMMARY_WORDS):
        return None  # (a 'Resumen' over its 'Abstract' is the abstract in two languages)
    below = found.indices[-1] + 1
    for k in range(below, min(len(labelled), below + _TABS)):
        lb = labelled[k]
        if lb.role == "abstract" and lb.text.casefold().startswith("abstract"):
            after = _collect(labelled, k + 1, rules, site, first=None)
            if after is not None and _enough(after):
                after.start, after.evidence = k, "heading"
                return after
            return None
    return None


def _past_tabs(labelled: list[Labelled], j: int) -> int:
    """Where the text under an 'Abstract' tab starts: past the tabs beside it ('References',
    'Citations', 'Supplementary Data') when the abstract's prose follows them (Ingenta)."""
    k, tabs = j, 0
    while k < len(labelled) and k - j < _TABS and labelled[k].block.words <= 3 and (
            labelled[k].removed or labelled[k].role in ("stop", "body", "tail")):
        tabs += not labelled[k].removed
        k += 1
    if tabs and k < len(labelled) and labelled[k].long_prose and not front_matter(labelled[k].text):
        return k
    return j


def find_labelled_abstract(labelled: list[Labelled], rules: RuleSet,
                           site: str | None) -> Abstract | None:
    """A structured abstract with no heading over it: the first run of _LABELLED_RUN
    paragraphs or more that open with section labels ('Purpose: ...', 'Patients and
    Methods: ...', 'Results: ...'), which is what an abstract without a heading looks like."""
    tried_alone = False
    for i, lb in enumerate(labelled):
        if lb.removed:
            continue
        alone = lb.role == "section"  # ('BACKGROUND:' on a line of its own, its text below)
        if alone:
            if tried_alone or i + 1 >= len(labelled) or not is_prose(labelled[i + 1].text):
                continue
            tried_alone = True  # (only the first: later ones head an article's body)
            first = _label_text(lb.text)
        elif lb.role or not is_prose(lb.text):
            continue
        else:
            first = _split_label(lb.text, rules, site)[0]
        if first is None:
            continue
        found = _collect(labelled, i, rules, site, first=None)
        if found is not None and sum(1 for label, _ in found.paragraphs if label) >= _LABELLED_RUN:
            if alone and (not all(label for label, _ in found.paragraphs) or sum(
                    text.count(" ") + 1 for _, text in found.paragraphs) > _LABELLED_WORDS):
                return None  # an article's body under its section headings, not an abstract
            if any(_split_label(later.text, rules, site)[0] == first
                   or (later.role == "section" and _label_text(later.text) == first)
                   for later in labelled[found.indices[-1] + 1 :] if not later.removed):
                return None  # the same run again further down: a listing of abstracts
            found.start, found.evidence = i, "labels"
            return found
    return None


def dom_abstract(labelled: list[Labelled], rules: RuleSet, site: str | None) -> Abstract | None:
    """The paragraphs of the element the page marks as its abstract (HTML only)."""
    inside = [i for i, lb in enumerate(labelled) if lb.block.hints == "abstract"]
    if not inside:
        return None
    # A container of both a box that is none ('Significance') and the abstract: from the
    # abstract's own heading on.
    box = next((i for i in inside if labelled[i].role == "not-abstract"), None)
    if box is not None:
        heading = next((i for i in inside if i > box and labelled[i].role == "abstract"), None)
        if heading is not None:
            inside = [i for i in inside if i >= heading]
        elif box == inside[0]:
            return None  # a box that opens with its own heading ('Significance') and holds
            # no abstract, though marked as one ('role=doc-abstract' on both of PNAS's)
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
    # (from its heading, else its text: a title and authors the container holds above it
    # are the article's, and the title is looked for among them)
    heading = [i for i in inside if i < start and labelled[i].role == "abstract"]
    found.start, found.evidence = heading[-1] if heading else start, "dom"
    return found


def _before_abstract_text(lb: Labelled) -> bool:
    """What a container may hold before the abstract's text: its heading, a title, authors."""
    if lb.role == "section":
        return False
    if lb.removed:
        return True
    return (lb.role in ("abstract", "type") or bool(lb.block.heading) or lb.block.list_item
            or not is_prose(lb.text) or lb.authors_line)


_REFERENCE_WORDS = 8  # a reference's first line, at least


def teasers(labelled: list[Labelled]) -> int:
    """'Abstract' toggles with a snippet right after them (tabs and menus have more menu), or
    right before them (a table of contents: snippet, then 'Abstract' to open the rest),
    counted for the first such heading's wording: an article's abstract in three languages
    ('Resumo', 'Abstract', 'Resumen') is no listing of three articles, and neither is an
    article whose 'Abstract:' has a discussion below it with a 'Summary:' in each review
    (OpenReview); a listing repeats the wording it starts with. Counting ends at a reference
    list, whose entries may each have an 'Abstract' link beside 'Google Scholar' (SEG's)."""
    counts: dict[str, int] = {}
    first = None
    for i, lb in enumerate(labelled):
        if lb.role == "stop" and _opens_references(labelled, i):
            break
        if lb.role == "abstract" and (
                any(is_prose(near.text) for near in labelled[i + 1 : i + 4])
                or any(near.long_prose for near in labelled[i + 4 : i + _TEASER_REACH])
                or (i > 0 and labelled[i - 1].long_prose)):
            key = lb.text.casefold()
            counts[key] = counts.get(key, 0) + 1
            first = key if first is None else first
    return counts[first] if first is not None else 0


def _opens_references(labelled: list[Labelled], i: int) -> bool:
    """Whether block i is the heading of a reference list: a reference follows it, not the
    next tab of a row ('References' 'Figures' 'Related')."""
    if not REFERENCES_HEADING.fullmatch(labelled[i].text):
        return False
    nxt = next((lb for lb in labelled[i + 1 : i + 3] if not lb.removed), None)
    return nxt is not None and not nxt.role and nxt.block.words >= _REFERENCE_WORDS


def _run_in_abstract(text: str, rules: RuleSet, site: str | None) -> str | None:
    """The text after a run-in 'Abstract:' / 'Abstract.' / '摘要：' label, if the block has one."""
    m = _RUN_IN.match(text)
    if m and len(m.group("rest")) > 40:
        rule = rules.first_match(m.group("label").strip(), site)
        if rule is not None and rule.role == "abstract":
            return m.group("rest").strip()
    m = _BARE_LABEL.match(text)
    if m and text[:1].isupper():
        return m.group(2).strip()
    return None


# Sections with labels run in, this many at least, make a structured abstract that a
# paragraph without a label ends.
_RUN_IN_SECTIONS = 3
# Labels of a paragraph that closes a plain abstract as part of it ('Significance: ...' under
# AACR's abstracts), where any other label after a plain abstract opens the body.
_CLOSING_LABELS = {"significance", "implications", "clinical significance", "clinical relevance"}


def _sections_below(labelled: list[Labelled], j: int) -> bool:
    """Whether a label on a line of its own at j heads a paragraph that another section's
    label on a line of its own follows: a structured abstract's first section, not a box."""
    below = [k for k in range(j + 1, min(len(labelled), j + 4)) if not labelled[k].removed]
    return (len(below) >= 2 and is_prose(labelled[below[0]].text)
            and labelled[below[1]].role == "section")


def _collect(labelled: list[Labelled], j: int, rules: RuleSet, site: str | None,
             first: tuple[int, str] | None, within: set[int] | None = None) -> Abstract | None:
    """Paragraphs from index j until the abstract visibly ends (or its container does)."""
    paragraphs: list[tuple[str | None, str]] = []
    indices: list[int] = []
    pending: str | None = None
    pending_at = -1  # where the pending label stands
    colon = False  # the pending label's line ends in a colon
    if first is not None:
        paragraphs.append(_split_label(first[1], rules, site))
        indices.append(first[0])
    skipped = 0
    bare: dict[int, str] = {}  # paragraphs whose label had no colon: their whole text
    run_on = False  # the last paragraph ended in a piece of a formula: see _formula_piece
    own_line = first is not None  # a section's label has stood on a line of its own
    while j < len(labelled) and (within is None or j in within):
        lb = labelled[j]
        role = lb.role
        # (the rest of a sentence a formula's piece or an inline element cut: 'APOE' / 'ε4
        # carriage, body mass index ...', '推定したD50' / 'の二乗平均平方根誤差は ...')
        after_piece = run_on or bool(
            paragraphs and lb.block.where.startswith("text:") and not lb.removed and not role
            and _mid_sentence(paragraphs[-1][1]) and _carries_on(lb.text))
        run_on = False
        if role == "stop" and paragraphs and paragraphs[-1][0] and is_prose(lb.text) and (
                (label := _split_label(lb.text, rules, site)[0])
                and rules.matches_role(label, "section", site)):
            role = None  # 'Subjects: Forty-eight patients ...' in a structured abstract (SAGE)
        elif (role == "not-abstract" and sum(1 for p in paragraphs if p[0]) >= 2
              and rules.matches_role(_label_text(lb.text), "section", site)):
            role = "section"  # 'Significance.' closing a structured abstract (IOP), no box
        elif (role == "not-abstract" and not paragraphs and first is None
              and rules.matches_role(_label_text(lb.text), "section", site)
              and _sections_below(labelled, j)):
            role = "section"  # 'Significance:' opening one under its heading (SPIE's journals)
        if lb.removed or role in ("stop", "body", "tail", "abstract", "not-abstract", "keywords", "type"):
            if (rest := _past_toggle(labelled, j, paragraphs)) is not None:
                j, run_on = rest, True  # the rest get_text shows after a '... more »' toggle
                continue
            if paragraphs or role in ("stop", "body", "tail", "abstract", "not-abstract", "keywords"):
                break
            # (a widget's items one a line, a language switch's, count once)
            skipped += not (lb.removed and labelled[j - 1].removed
                            and labelled[j - 1].rule is lb.rule)
        elif role == "section":
            if _sections_over(_label_text(lb.text), paragraphs) or (
                    not own_line and any(p[0] for p in paragraphs)):
                break  # (a label on a line of its own after labels run in: the page's next
                # field, figshare's 'Funding' under a structured 'Description')
            pending = _label_text(lb.text)
            colon = lb.text.rstrip().endswith((":", "："))  # ('Methods:', not a body's 'Methods')
            indices.append(j)
            pending_at = j
            own_line = True
        elif lb.block.heading and paragraphs and not is_prose(lb.text):
            break
        elif paragraphs and cites(lb.text[:200]):
            break  # 'J Immunol. 2021 Mar;206(5):1012-21. doi: ...' closes PubMed-style heads
        elif paragraphs and _boxed(lb.text, rules, site):
            break  # 'What’s Known on This Subject: ...' under the abstract (Pediatrics)
        elif paragraphs and (_HISTORY.match(lb.text) or _RECORD_FIELD.match(lb.text)):
            break  # 'Received 23 October 2023; ...', 'Authors: Roe, A.' under an abstract
        elif paragraphs and "et al" in lb.text and within is None and _BODY_CITATION.search(lb.text):
            break  # the body's first paragraph, under no heading of its own (Genome Research)
        elif (is_prose(lb.text) or after_piece or (pending and lb.block.words >= 2)
              or (any(p[0] for p in paragraphs) and (
                  _split_label(lb.text, rules, site)[0] or _NOTE.fullmatch(lb.text)))):
            label, text = _split_label(lb.text, rules, site)
            guessed = label is None and not pending
            if guessed:
                label, text = _bare_label(lb.text, rules, site)
            if not paragraphs and label is None and (again := _BARE_LABEL.match(text)):
                text = again.group(2).strip()  # the heading again, in the page's other
                # language, run into the text under it ('Abstract' / 'Анотація Вовчок ...')
            alone = bool(pending)  # (the label on a line of its own above the text)
            if pending:
                label, pending = pending, None
            if label and not guessed and paragraphs and not any(p[0] for p in paragraphs):
                if label.casefold() in _CLOSING_LABELS:
                    label, text = None, lb.text  # a closing 'Significance: ...' (AACR), as shown
                elif (alone and not colon) or not _labelled_next(labelled, j, rules, site):
                    if alone:
                        indices.remove(pending_at)  # (and its label, on a line over it)
                    break  # 'Introduction: ...' after a plain abstract is the body beginning
                # (else the sections after an opening part that has no label: JNM's purpose,
                # then 'Methods:' 'Results:' 'Conclusion:')
            if label and _sections_over(label, paragraphs):
                break
            if label is not None and (inner := _inner_sections(text, rules, site)):
                # 'Objective. ... Approach. ... Main results. ...' in one paragraph (IOP)
                paragraphs.append((label, inner[0][1]))
                paragraphs.extend(inner[1:])
            elif label is None and paragraphs and (after_piece or (paragraphs[-1][0] and (
                    _continues(paragraphs[-1][1]) or _NOTE.fullmatch(text)))):
                # (a note closing a structured abstract belongs to its last section, as
                # PubMed shows it: '(Funded by ...; ClinicalTrials.gov number, NCT...)'; the
                # rest of a sentence past a formula's piece to its paragraph: see below)
                paragraphs[-1] = (paragraphs[-1][0], f"{paragraphs[-1][1]} {text}")
            elif (label is None and not own_line and len(paragraphs) >= _RUN_IN_SECTIONS
                  and all(p[0] for p in paragraphs)):
                break  # a paragraph without a label after sections whose labels all ran in:
                # the body's first, under no heading (Ugeskrift for Læger), or a box of
                # points under the abstract ('The known: ...', MJA)
            else:
                if guessed and label:
                    bare[len(paragraphs)] = lb.text
                paragraphs.append((label, text))
            indices.append(j)
            if "»" in paragraphs[-1][1] or "›" in paragraphs[-1][1]:  # ('only... more » 38% of')
                paragraphs[-1] = (paragraphs[-1][0], _TOGGLE_INSIDE.sub("", paragraphs[-1][1]))
            toggle = _TOGGLE.search(paragraphs[-1][1])
            if toggle:  # 'retained only... more »': the page shows no more of the abstract
                kept = paragraphs[-1][1][: toggle.start()] + (toggle.group(1) or toggle.group(3) or "")
                paragraphs[-1] = (paragraphs[-1][0], kept.rstrip())
                if toggle.group(2) or toggle.group(4):
                    break
        elif (paragraphs and lb.block.where.startswith("text:") and _mid_sentence(paragraphs[-1][1])
              and is_prose(paragraphs[-1][1]) and _formula_piece(lb.text)
              and _goes_on(labelled, j + 1)):
            # get_text set a sub- or superscript, or a formula's symbol, on a line of its own
            # in mid-sentence ('where L' / 'X' / '/L bol ≈ ...', 'initial87' / 'Sr/86' / 'Sr
            # of ...'): the sentence, and the abstract, go on past it
            paragraphs[-1] = (paragraphs[-1][0], f"{paragraphs[-1][1]} {lb.text}")
            indices.append(j)
            run_on = True
        elif paragraphs:
            break
        elif not lb.block.where.startswith(_CONTROLS):
            skipped += 1  # (a form's buttons and labels between heading and text count not:
            # ProQuest's 'Translate' / 'Translate from English to:' / 'Translate')
        if skipped > 3:
            break
        j += 1
    if not paragraphs:
        return None
    if pending is not None:
        indices.remove(pending_at)  # a label whose text never came (the next box's heading)
    if len(bare) < 2:  # one paragraph opening with 'Results' is no structured abstract
        for k, text in bare.items():
            paragraphs[k] = (None, text)
    return Abstract(0, paragraphs, indices, "")


def one_language(found: Abstract, labelled: list[Labelled]) -> Abstract:
    """An abstract shown in two languages (a translation under it, or the hidden tab of one)
    keeps what comes before the first paragraph in another language: a page puts its own
    abstract first."""
    cut = _first_foreign([text for _, text in found.paragraphs])
    if cut is None:
        return found
    foreign = found.paragraphs[cut][1][:60]
    found.paragraphs = found.paragraphs[:cut]
    for n, i in enumerate(found.indices):
        if foreign in labelled[i].text:  # the block the translation starts in, and its label
            while n > 0 and labelled[found.indices[n - 1]].role == "section":
                n -= 1
            found.indices = found.indices[:n]
            break
    return found


def _first_foreign(texts: list[str]) -> int | None:
    """Index of the first text (of 20 words or more, or 40 CJK characters) in another language
    than the first such."""
    telling = [text.count(" ") >= 19 or len(CJK.findall(text[:200])) >= 40 for text in texts]
    if sum(telling) < 2:
        return None  # one paragraph long enough to tell: nothing to compare it with
    first = None
    for k, text in enumerate(texts):
        lang = language.detect(text) if telling[k] else None
        if lang is None:
            continue
        if first is None:
            first = lang
        elif lang != first and {lang, first} not in _CLOSE_LANGUAGES:
            return k
    return None


def _continues(text: str) -> bool:
    return not text.rstrip().endswith(TERMINAL)


def _past_toggle(labelled: list[Labelled], j: int,
                 paragraphs: list[tuple[str | None, str]]) -> int | None:
    """Where an abstract goes on past the '...' / 'more »' toggle at j that cut it in
    mid-sentence: get_text shows the hidden rest right after the toggle (a browser's
    innerText does not, and what follows it there is the next field)."""
    if not (paragraphs and labelled[j].block.where.startswith("text:")
            and _mid_sentence(paragraphs[-1][1]) and _TOGGLE_BLOCK.fullmatch(labelled[j].text)):
        return None
    k = j
    while k < min(len(labelled), j + 3) and labelled[k].removed and (
            _TOGGLE_BLOCK.fullmatch(labelled[k].text)):
        k += 1
    if k < len(labelled) and not labelled[k].removed and not labelled[k].role and (
            labelled[k].long_prose or (is_prose(labelled[k].text) and (
                labelled[k].text[:1].isdigit() or _carries_on(labelled[k].text)))):
        return k  # (prose, or the rest of the cut sentence: '38% of this capacity ...')
    return None


def _mid_sentence(text: str) -> bool:
    """Whether a paragraph stops where no sentence ends ('... where L', '... (Gd0.2 Y0.2)')."""
    return not text.rstrip().endswith(_SENTENCE_ENDS)


def _carries_on(text: str) -> bool:
    """Whether a block opens as the rest of a sentence: in lower case, with an operator, or
    with a Japanese particle."""
    first = text[:1]
    return first.islower() or first in _GOES_ON or "\u3041" <= first <= "\u309f"


def _formula_piece(text: str) -> bool:
    """A piece of a formula or a name on a line of its own: one token ('X', 'm2', 'wbaZ'), a
    number and a word ('1/6, where'), or a few with no word of four letters ('| ≈ 2.1 ×
    10−14', 'Sr/86'); not two words ('Impact Statement')."""
    tokens = text.split()
    return (len(tokens) == 1 or (len(tokens) == 2 and not _WORD4.match(tokens[0]))
            or (len(tokens) <= 6 and not _WORD4.search(text)))


def _goes_on(labelled: list[Labelled], k: int) -> bool:
    """Whether the block at k carries on a sentence cut before it: it opens in lower case or
    with an operator, or it is prose of its own."""
    if k >= len(labelled) or labelled[k].removed or labelled[k].role:
        return False
    text = labelled[k].text
    return _carries_on(text) or is_prose(text)


def _enough(found: Abstract) -> bool:
    text = " ".join(t for _, t in found.paragraphs)
    if CJK.search(text):
        return len(CJK.findall(text)) >= 30
    if UNSPACED.search(text):
        return len(UNSPACED.findall(text)) >= 15 * UNSPACED_WORD
    return len(text.split()) >= 15


def _boxed(text: str, rules: RuleSet, site: str | None) -> bool:
    """Whether a paragraph opens with the run-in label of a box that is no abstract ('What
    This Study Adds: ...', 'Highlights: ...'): one of a structured abstract's sections is not."""
    m = _RUN_IN.match(text) if ":" in text[:80] else None
    if m is None:
        return False
    label = m.group("label").strip()
    rule = rules.first_match(label, site)
    return rule is not None and rule.role == "not-abstract" and not (
        rules.matches_role(label, "section", site))


def _labelled_next(labelled: list[Labelled], j: int, rules: RuleSet, site: str | None) -> bool:
    """Whether the paragraph after block j opens with a section's label too, run in or on a
    line of its own with a colon (get_text's 'Results:'): a run of labelled sections, not a
    body's one labelled paragraph or its headings ('Methods')."""
    nxt = next((lb for lb in labelled[j + 1 : j + 3] if not lb.removed), None)
    if nxt is None:
        return False
    if nxt.role == "section":
        return nxt.text.rstrip().endswith((":", "："))
    return (not nxt.block.heading and is_prose(nxt.text)
            and _split_label(nxt.text, rules, site)[0] is not None)


def _split_label(text: str, rules: RuleSet, site: str | None) -> tuple[str | None, str]:
    """'Background: text' -> ('Background', 'text') when the label is a structured-abstract label."""
    m = _RUN_IN.match(text)
    if m:
        label = m.group("label").strip()
        rule = rules.first_match(label, site)
        # ('Significance:' opens SPIE's structured abstracts; as a heading, PNAS's box)
        if rule is not None and (rule.role == "section" or (
                rule.role == "not-abstract" and rules.matches_role(label, "section", site))):
            return _label_text(m.group("label")), m.group("rest").strip()
    return None, text


def _inner_sections(text: str, rules: RuleSet, site: str | None) -> list[tuple[str | None, str]]:
    """The sections of a paragraph whose labels run in after full stops ('... HRV. Approach.
    Forty adults ... Main results. The ...'): the text before the first, then (label, text)
    for each; or [] when the paragraph holds no second label."""
    cuts = [m for m in (_CJK_INNER_LABEL if CJK.match(text) else _INNER_LABEL).finditer(text)
            if rules.matches_role(m.group(1) or m.group(2), "section", site)]
    if not cuts:
        return []
    out: list[tuple[str | None, str]] = [(None, text[: cuts[0].start()].strip())]
    for m, nxt in zip(cuts, [*cuts[1:], None], strict=True):
        out.append((m.group(1) or m.group(2),
                    text[m.end() : nxt.start() if nxt else len(text)].strip()))
    return out


def _bare_label(text: str, rules: RuleSet, site: str | None) -> tuple[str | None, str]:
    """'Importance Extreme heat has ...' -> ('Importance', 'Extreme heat has ...'): a label set
    in bold before its text with no colon (JAMA, Thieme). The longest label of up to
    _BARE_LABEL_WORDS words, then a capital. Only worth believing when two paragraphs or
    more open so (see _collect)."""
    if CJK.match(text):  # '目的 探讨...', '目的探讨...': a two-character label, spaced or not
        label, rest = text[:2], text[2:].lstrip(" :：")
        rule = rules.first_match(label, site) if CJK.match(rest) and len(rest) > 20 else None
        return (label, rest) if rule is not None and rule.role == "section" else (None, text)
    for label in leading_phrases(text, _BARE_LABEL_WORDS):
        rest = text[len(label):].lstrip()
        if not (rest[:1].isupper() and len(rest) > 40 and label[-1:].isalpha()):
            continue
        rule = rules.first_match(label, site)
        if rule is not None and rule.role == "section":
            return label, rest
    return None, text


def _sections_over(label: str, paragraphs: list[tuple[str | None, str]]) -> bool:
    """Whether a structured abstract ended before this label: it names a section the abstract
    has had already, or one that opens an article after one that closes it ('Introduction'
    after 'Conclusions' is the body beginning)."""
    labels = [known.casefold() for known, _ in paragraphs if known]
    if not labels:
        return False
    return label.casefold() in labels or bool(
        _OPENING_LABEL.match(label) and any(_CLOSING_LABEL.match(known) for known in labels))


def _label_text(text: str) -> str:
    return text.strip().rstrip(":：.").strip()


def find_headless_abstract(labelled: list[Labelled], rules: RuleSet, site: str | None,
                            after: int) -> Abstract | None:
    """No abstract heading: the first long prose block soon after the title (USENIX, Frontiers).
    Not the text of a box headed as no abstract ('Highlights', a chapter's 'Continuing
    Education Activity'), nor anything past an 'Introduction' heading: the body has begun."""
    boxed = False  # inside a box headed as no abstract, up to the next heading
    for j in range(after + 1, min(len(labelled), after + 30)):
        lb = labelled[j]
        if lb.removed or lb.role:
            if lb.role in ("stop", "body", "tail", "keywords") or (
                    lb.block.heading and lb.role == "section" and _OPENING_LABEL.match(lb.text)):
                return None
            boxed = lb.role == "not-abstract" and bool(lb.block.heading)
            continue
        if lb.block.heading:
            boxed = False
        if lb.long_prose and not boxed and not front_matter(lb.text):
            while j - 1 > after and _abstract_item(labelled[j - 1]):
                j -= 1  # key-point bullets or short sentences that open the same abstract
            found = _collect(labelled, j, rules, site, first=None)
            if found is None:
                return None
            found.paragraphs = [p for p in found.paragraphs
                                if p[0] or len(p[1].split()) >= 20 or is_prose(p[1])]
            if found.paragraphs and _enough(found):
                found.start, found.evidence = j, "headless"
                return found
            return None
    return None


def find_described_abstract(labelled: list[Labelled]) -> Abstract | None:
    """A library record's abstract under its 'Description' field (Ex Libris Primo, VuFind):
    the label alone on its line over one block of long prose. Asked only of a page judged
    scholarly that shows no abstract otherwise: a shop's or a dataset's 'Description' is none."""
    for i, lb in enumerate(labelled[:-1]):
        if not lb.removed and _DESCRIPTION.fullmatch(lb.text):
            nxt = labelled[i + 1]
            if not nxt.removed and not nxt.role and nxt.long_prose and not front_matter(nxt.text):
                return Abstract(i, [(None, nxt.text)], [i + 1], "description")
    return None


_DESCRIPTION = re.compile(r"description\s*:?", re.I)


def _abstract_item(lb: Labelled) -> bool:
    return not lb.removed and not lb.role and is_prose(lb.text) and lb.text.endswith((".", "。"))


def hidden_whole(cut: str, dropped: Iterable[Removed]) -> str | None:
    """The whole of an abstract an HTML page shows cut ('... with… Show more'), from the
    hidden element its toggle reveals: one that opens with all of the cut text but its last,
    maybe broken, word."""
    stem = cut.rstrip(" .…").rpartition(" ")[0]
    if len(stem.split()) < _STEM_WORDS:
        return None
    whole = next((d.text for d in dropped if d.rule == "html/hidden" and len(d.text) > len(cut)
                  and d.text.startswith(stem)), None)
    if whole and (toggle := _TOGGLE.search(whole)):  # ('... way. Show less')
        whole = whole[: toggle.start()].rstrip()
    return whole


def looks_truncated(text: str) -> bool:
    t = text.rstrip()
    return t.endswith(("...", "…")) or not (t.endswith((*TERMINAL, "]", "】", "」"))
                                           or UNSPACED.match(t[-1:]))
