"""The title: scored candidates (the page's own <title>, headings, position above the authors
and the abstract), doubts about lines that only look like titles, and title cleaning."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import accumulate

from . import language
from .blocks import PageEvidence
from .labels import (
    AFFILIATION,
    AUTHORS_FIELD,
    AUTHORS_LABEL,
    CJK,
    EMAIL,
    REFERENCE,
    UNSPACED,
    UNSPACED_WORD,
    YEAR_LABEL,
    Labelled,
    author_list,
    byline,
    is_name,
    name_before_institution,
    one_name,
    record_header,
)

_SURNAME_FIRST = re.compile(r"[A-Z][\w'’-]+, (?:[A-Z][\w'’-]*\.?\s?){1,3}")  # 'Okonkwo, Daniel E'
_TWO_NAMES = re.compile(r"\s(?:&|and)\s")
_AUTHOR_MARKS = re.compile(r"\s*\([a-z]\d{1,2}\)")  # Cambridge's 'Tan Siew Ling (a3)'
_CJK_MARKED_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}\d")  # '张伟1' in an author list
# Two or more people, each with an affiliation in brackets, ';' between them (KoreaScience).
_BRACKETED_PEOPLE = re.compile(r"(?:[^;()]{2,40}\([^()]{3,150}\)\s*;\s*)+[^;()]{2,40}\(")
# An ORCID badge's text after a name ('Lindqvist, Maja ORCID iD', DiVA's in a text dump).
_ORCID_BADGE = re.compile(r"\s+ORCID(?: iD)?$", re.I)
_SHOW_ALL = re.compile(r"\s+(?:show all authors|show more|show less|\+\s?\d+ more)$", re.I)
_INITIAL = re.compile(r"\b[A-Z]\.(?:\s|$)")
_CJK_AFFILIATION = re.compile(r"(?:大学|大學|研究所|研究院|学院|學院|医院|醫院|实验室|實驗室|研究中心|"
                              r"대학교|대학|학과|학부|연구원|연구소|병원|센터)\)?$")
# A Chinese funding note: a grant's programme and its number ('国家自然科学基金项目(42061012)').
_CJK_FUNDING = re.compile(r"(?:基金|计划|計劃|资助|資助)项目\s*[(（][\w-]{4,}[)）]")
_SECTION_HEADING = re.compile(
    r"(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)\.\s+[A-Z]|(?:article (?:and|&) )?author information$|"
    r"article information$", re.I)
# A line naming the journal an article belongs to.
_JOURNAL_NOTE = re.compile(
    r"(?:un article (?:de|publié dans) la revue|an article (?:of|from|in|published in) the "
    r"journal|un artículo de la revista|um artigo da revista|ein artikel der zeitschrift|"
    r"part of (?:the )?(?:advances in|proceedings|lecture notes|book series|the book))\b", re.I)
# A periodical's name in title case ('Proceedings of the American Mathematical Society',
# 'Journal of Applied Ecology'): what a journal site's <title> may hold instead of the
# article's, and no article's title.
_PERIODICAL = re.compile(
    r"(?:The )?(?:Journal|Proceedings|Annals|Transactions|Bulletin|Archives|Acta|Revista|Revue|"
    r"Zeitschrift|Memoirs|Notices)(?: (?:of|on|in|de|du|des|der|für|for|the|and|&|"
    r"[A-Z][\w.’'-]*))+")
_SUBTITLE = re.compile(r"\w: [A-Z]")  # 'Title: Subtitle'
_FILE_MARK = re.compile(r"^\s*[(\[](?:pdf|doc|html)[)\]]\s*", re.I)
# A field's label before the title ('Title:', innerText's 'Title' and a tab; not 'Title IX'), or
# a badge a flattened page ran on to it ('ONLINE FIRST Nocturnal heart rate ...').
_TITLE_LABEL = re.compile(r"^(?:(?:title|titre|título|titolo|titel|عنوان(?: مقاله)?|العنوان)\s*:\s*|"
                          r"(?-i:(?:Title|Titre|Título|Titolo|Titel)\s+(?=[A-Z][a-z]))|"
                          r"(?:タイトル|標題|題名|标题|题名|제목)\s+(?=\S)|"  # (NDL Search's, CNKI's)
                          r"(?-i:(?:ONLINE FIRST|OPEN ACCESS|FREE ACCESS|EARLY VIEW|IN PRESS|"
                          r"JUST ACCEPTED|AHEAD OF PRINT|EDITOR'S CHOICE)\s+(?=[A-Z])))", re.I)
_GLUED_TAG_CHARS, _TAGGED_TITLE_CHARS = 4, 10  # see _untagged
# A site's one-word name in camel case before a colon that opens its <title> ('EconPapers:
# Title', 'PubMed: Title'); not a title's own acronym ('CRISPR: ...', 'COVID-19: ...'), and
# the rest must be a title's length.
_SITE_PREFIX = re.compile(r"[A-Z][a-z]+[A-Z][\w.-]{0,20}: (?=\S)")
_SITE_TITLE_SPACES = 4
_JOURNAL_END = re.compile(r"(?:[A-Z][\w&-]*\s?){1,4}")  # a journal's name in capitals, after ': '
_YEAR_SUFFIX = re.compile(r"\s+\((?:19|20)\d\d\)$")
# What a title line may have run on to it: the version badge of F1000's platforms ('[version 2;
# peer review: 2 approved]': F1000Research, Wellcome Open Research, Open Research Europe), and
# the next row of a record table a text browser wrapped into it ('... Scotland Author: Roe,
# Ada', EThOS; 'Autor: ...', RCAAP).
_VERSION_BADGE = re.compile(r"\s*\[version \d+; peer review: [^\[\]]{1,80}\]$", re.I)
_NEXT_FIELD = re.compile(r"(?<=\S)\s+(?:Authors?|Author\(s\)|Autor(?:es|a|\(es\))?|Auteur(?:s|\(s\))?|"
                         r"Autore|Creators?|Verfasser(?:in)?|Forfatter(?:e)?):\s+\S.*$")
# Words a title has and a keyword line has not, in the languages of scholarly pages.
_FUNCTION_WORDS = frozenset((
    "of", "the", "and", "in", "for", "on", "with", "a", "an", "to", "from", "by", "as", "at",
    "de", "la", "le", "les", "des", "du", "en", "et", "dans", "pour", "und", "der", "die", "das",
    "von", "im", "mit", "y", "el", "los", "las", "del", "e", "da", "do", "dos", "di", "il", "per"))
_TITLE_MARKS = re.compile(r"(?:\^[^\s^]{1,3})+$|[*†‡§]+[A-Z]?$")  # ('smegmatis*S')
# The words of a row of links to a paper's files and tools ('Bibtex Paper Supplemental',
# NeurIPS'; 'PDF Code Video'): a line of nothing else is no title.
_TOOL_WORDS = frozenset((
    "bibtex", "bib", "ris", "endnote", "pdf", "html", "xml", "paper", "supplemental",
    "supplementary", "supplement", "download", "cite", "citation", "share", "export", "print",
    "email", "save", "metadata", "reviews", "poster", "slides", "video", "code", "arxiv", "doi",
    "project", "page", "full", "text", "data", "dataset", "preprint",
    # (protocols.io's row: 'Copy link Fork Run Bookmark Download PDF Share')
    "copy", "link", "fork", "run", "bookmark", "follow", "comments"))
# A database's tags after a title: the language it is written in, and its own number
# ('... domains. (English) Zbl 1531.35123', zbMATH; MathSciNet's '(English summary)').
_LANGUAGE_TAG = re.compile(
    r"\s+\((?:English|Russian|German|French|Spanish|Italian|Portuguese|Chinese|Japanese|Polish|"
    r"Ukrainian|Czech)(?: summary)?\)(?:\s+Zbl\s+\d{2,4}\.\d{5})?$")
_TITLE_SPLIT = re.compile(r"\s+(?:[|｜]|[-–—]|::)\s+")
# Chinese sites end a <title> with their name after a bare hyphen or underscore: '标题-维普网',
# '标题-期刊-万方数据知识服务平台', '标题_百度学术'; Korean ones after a hyphen set on to it
# ('제목 -한국해양공학회지 | Korea Science').
_CJK_TITLE_SPLIT = re.compile(r"(?<=[\u3400-\u9fff])[-_](?=[\u3400-\u9fff])|"
                              r"(?<=[\uac00-\ud7af]) -(?=[\uac00-\ud7af])")
_AUTHORISH = re.compile(r"(?:\b[A-Z][a-z]+,? (?:[A-Z]\.\s?)+|\b(?:[A-Z]\.\s?)+[A-Z][a-z]+|\d\s*,|\bet al\b|\band\b)")
_DATELINE = re.compile(
    r"(?:\b(?:19|20)\d\d\b.*(?:;|\(\d+\)|\bvol\b|\bno\b|\bpp\b|,\s*\d)|"
    r"\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (?:19|20)\d\d|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2},? (?:19|20)\d\d|"
    # (a date's label and what follows it: 'Received 12 May', 'Posted on', 'Volume 12'; not a
    # title that opens with the word, 'Volume rendering ...', 'Accepted manuscripts ...')
    r"^(?:published|received|accepted|submitted|posted)(?::|\s+(?:\d|(?:on|online|in|date|version|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b))|"
    r"^(?:doi|volume|vol\.)\s*[:.]?\s*\d|"
    r"\bdoi:|doi\.org/|"
    r"\bvol(?:ume|\.)\s*\d+\s*,?\s*(?:no|number|issue)\.?\s*\d|"  # ('Vol.25 No.3', RISS)
    r"\b\d{1,4} ?\(\d{1,4}\) ?: ?\d|"  # (a citation's '54(3):151-158', its year after)
    r"\bv\.?\s?\d+,?\s+n\.?\s?\d+,?\s+p\.?\s?\d|"  # (ERIC's 'v101 n4 p1487-1497', 'v. 18, n. 2, p. 45')
    rf"{YEAR_LABEL})",
    re.I)
# An author's contributions in CRediT's roles ('Investigation, Data curation, Writing - review &
# editing'), two at least, set under each name on Wiley's and Elsevier's author cards.
_CREDIT_ROLE = (r"(?:conceptuali[sz]ation|methodology|software|validation|formal analysis|"
                r"investigation|resources|data curation|writing\s*[-–—:]?\s*(?:original draft"
                r"(?: preparation)?|review (?:&|and) editing)|visuali[sz]ation|supervision|"
                r"project administration|funding acquisition)")
_CREDIT_ROLES = re.compile(rf"{_CREDIT_ROLE}(?:\s*[,;]\s*(?:and\s+)?{_CREDIT_ROLE})+\.?", re.I)
_FIELD_LINE = re.compile(
    r"^(?:contributed equally[^:]*|contributions?|(?:associate |academic |handling )?editors?|edited by|reviewed by|"
    r"correspondence|corresponding authors?|e-?mail|affiliations?|institutions?|authors?|keywords|"
    r"funders?|funded by|grants?|received|accepted|"
    r"published|citation|copyright|funding|competing interests|data availability|année|date|"
    r"subjects?(?: areas?)?|categor(?:y|ies)|topics?|section|article type|publisher|source|"
    r"background|results?|conclusions?|methods?|objectives?|aims?|purpose|significance|"
    r"findings|interpretation|journal|access|pages|language|"
    r"نشریه|مجله|دسترسی|صفحات|زبان)\s*:",  # (Persian: journal, access, pages, language)
    re.I)
_ORCID = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b")
_TITLE_MIN = 3  # the least score a title needs
_TITLE_CHARS = 400  # no title is longer
_TITLE_PIECES = 5  # blocks a title cut at its inline markup may have fallen into
# A book chapter's number before its title ('5 - Potato Seed Exchange Networks ...', Cambridge
# Core's heading and contents).
_CHAPTER_NUMBER = re.compile(r"\d{1,3} [-–—] (?=[A-Z])")
# A book's editors, under a chapter's title ('Edited by Jane Roe and Max Poe').
_EDITED_BY = re.compile(r"(?:edited by|herausgegeben von|sous la direction de|editado por|"
                        r"a cura di)\s", re.I)
_NOT_TITLE_START = re.compile(r"(?:https?://|www\.|doi:|\d)", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NUMERIC_DATE = re.compile(r"\b(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}\b")
# (the year in brackets, or bare after the last name: protocols.io's 'Jane Roe 2024. <title>')
_YEAR_BEFORE = re.compile(r"(?:\((?:19|20)\d\d[a-z]?\)|(?<=[a-z] )(?:19|20)\d\d)[.,]?\s*$")
_JOURNAL_SLOT = re.compile(r"[\s.,;:]*\(?\d")  # 'Journal of X. 2015;3(2)': year, volume next
# A title shows as <title>, heading, breadcrumb, share text, citation and print header: a line
# shown more often than that is a label down the page ('In text citation' under each reference).
_TITLE_REPEATS = 6
_CRUMB = re.compile(r"\s*[>›»]\s*")
_CRUMB_CHARS = 20  # a breadcrumb step this long is a title, not 'Journals' or 'Volume 34'
_CUT_ABOVE = 8  # blocks above a title where its breadcrumb's step, cut short, may stand
_INSTRUCTION = re.compile(
    r"(?:this|we|our|you|your|please|if|to|for more|click|learn|view|download|search|"
    r"open access|open citations|free|get|sign|log|see|read|cite this|share this|follow)\b(?!-)",
    re.I)  # (not 'Follow-up', 'Free-living', 'Log-linear')
# A record's label of its journal field: its value is the journal's name (see find_title).
_JOURNAL_LABEL = re.compile(r"(?:journal|journal title|source|revue|revista|zeitschrift|期刊|刊名)\s*[:：]")
_JOURNAL_LABEL_CHARS = 16
# An issue's number on a line of its own (case-folded): 'Volume 25, Issue 3', 'Vol. 12 No. 3 (2024)'.
_ISSUE_LINE = re.compile(r"(?:volume|vol\.?) ?\d+,? (?:issue|no\.?|number) ?\d+(?: ?\((?:19|20)\d\d\))?")
_ISSUE_LINE_CHARS = 40
# A contributor's note, as pages show it under each author's name (UTP Journals, a talk's
# speakers): '<Name> is an assistant professor in ...', '... is a PhD candidate at ...'.
_BIO = re.compile(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} is (?:an?|the) (?:[\w-]+ ){0,3}"
                  r"(?:professor|lecturer|student|candidate|researcher|fellow|scientist|director|"
                  r"chair|head|dean|postdoc\w*|engineer|clinician|physician)\b")
# A record page's heading over its fields, often its <title> too ('Article Detail', CEEOL's;
# 'Full Record', 'Item Details'): the page's kind, not the article's title.
_PAGE_KIND = re.compile(
    r"(?:article|record|item|document|publication|paper|bibliographic)\s+"
    r"(?:details?|information|record|view|page)|full (?:item )?record|detailed record", re.I)
_VERSION_LABEL = re.compile(
    r"(?:version of record|reviewed preprint|(?:author )?accepted manuscript|just accepted|"
    r"early view|in press|preprint)\.?", re.I)
_NAME_WORDS = 10  # an institution's name, at most
# A BibTeX export's title field, just before a quote of a title (in case-folded text, where
# the export's other fields may run on to it on one line: see _cited_below)
_EXPORT_TITLE = re.compile(r"(?<![\w-])title\s*=\s*[{\"]{1,2}\Z")
_BADGE_CHARS = 12  # a one-word badge after a title ('Public', 'Embargoed')
_QUESTION_WORDS = 6  # a title's question, at least this many spaces long
_TRANSLATED = 2  # a title in another language than the abstract's is its translation
# Kept blocks between a title and its abstract, at most, on a first look (authors, tools);
# a second look goes further when nothing within reach wins, or wins only weakly.
_TITLE_REACH = 40
_FAR_LOOK = 5  # a winner within reach scoring less than this: the whole page is read too
_RECORD_FIELDS = 4  # a record's fields and values between its title and its 'Authors' label
_BOX_ITEM_WORDS = 5  # a Highlights box's first item is a sentence at least this long


def find_title(labelled: list[Labelled], evidence: PageEvidence, before: int | None,
               lang: str | None = None,
               typed: Callable[[Labelled], bool] | None = None,
               tools: Callable[[str], bool] | None = None) -> int | None:
    """Index of the title block, scored on evidence that real titles carry.

    A title is usually repeated (the page's <title> and its heading), sits next to the type
    labels and just above the authors and the abstract, and is a heading in Markdown. Author,
    affiliation and citation lines, which sit just as close, are marked down, and so is a
    line in another language than the abstract's (``lang``): the title's translation.
    ``typed``: whether a block shows a type label with more on its line ('Research article
    Open Access'); a block whose role is 'type' always does. ``tools``: whether a line is a
    row of tools and links a text browser set on one line, each of them chrome ('Add to my
    collection Report a problem with this document'): asked only of a would-be winner.
    """
    end = before if before is not None else first_tail(labelled)
    folded = [lb.text.casefold() for lb in labelled]
    joined = _Joined(folded)
    counts: dict[str, int] = {}
    for text in folded:
        if len(text) <= _TITLE_CHARS:  # only a title-shaped block's repeats are asked for
            key = text.rstrip(".")
            counts[key] = counts.get(key, 0) + 1
    head = _page_title_parts(labelled, evidence)
    first = 0 if evidence.style == "html" else 1  # (see _plain_evidence)
    crumbs = _crumb_ends(labelled[: min(end, len(labelled))])
    # (the value of a 'Journal:' field: the journal's name, wherever else the page shows it)
    journals = {folded[k + 1] for k in range(len(folded) - 1)
                if len(folded[k]) <= _JOURNAL_LABEL_CHARS and _JOURNAL_LABEL.fullmatch(folded[k])}
    # The line right over an issue's number names the journal ('Western Journal of ...' /
    # 'Volume 25, Issue 3'): shown again in the header, it earns no repeat's bonus.
    over_issue = {folded[k - 1] for k in range(1, min(end, len(folded)))
                  if len(folded[k]) <= _ISSUE_LINE_CHARS and _ISSUE_LINE.fullmatch(folded[k])}
    if typed is not None:  # (asked of the same dozen blocks above each candidate: remembered)
        typed = _remembered(typed)
    kept = [0]  # kept[i]: blocks not removed among labelled[:i], for distances in O(1)
    for lb in labelled:
        kept.append(kept[-1] + (not lb.removed))
    def scan(reach: int | None) -> tuple[int | None, float, bool]:
        """The best candidate no further than reach kept blocks above the abstract."""
        best, best_score, far = None, 0.0, False
        boxed = 0  # blocks left inside a Highlights / Key points / Keywords box: no titles
        keyworded = False  # (a menu's 'MeSH terms' item is followed by the title itself)
        for i in range(min(end, len(labelled))):
            lb = labelled[i]
            if lb.role == "not-abstract" and not lb.block.list_item and _boxed_items(labelled, i):
                boxed, keyworded = 8, False  # (a menu's 'Highlights' entry opens no box)
            elif lb.role == "keywords":
                boxed, keyworded = 4, True  # keyword lines under their heading, one a language
            elif lb.role == "abstract" or lb.block.heading:
                boxed = 0
            elif boxed and not lb.removed:
                boxed -= 1
                # (under a keywords heading, only lines without a title's function words:
                # 'Lignine Catalyse hétérogène Bioraffinerie')
                if not keyworded or _FUNCTION_WORDS.isdisjoint(folded[i].split()):
                    continue
            if lb.removed or lb.role or not _title_shaped(lb.text):
                continue
            if reach is not None and before is not None and kept[before] - kept[i] > reach and (
                    folded[i].rstrip(".") not in head and not _cut_in_head(folded[i], head)
                    and not _completed(labelled, i, head)):
                far = True
                continue  # far above the abstract and not the page's own title
            ties_win = best is not None and before is not None
            score = _plain_evidence(labelled, i, head, counts, before, kept, first)
            if crumbs and any(folded[i].startswith(crumb) for crumb in crumbs):
                score += 3  # the breadcrumb's last step names the page: 'Home > Journals > Title...'
            if _cannot_win(score + _costly_max(before), best_score, ties_win):
                continue
            score += _costly_evidence(labelled, i, before, kept, joined, typed)
            if _cannot_win(score, best_score, ties_win):
                continue  # doubts only lower a score: this one cannot win
            doubts = _title_doubts(lb.text)
            if counts[folded[i].rstrip(".")] >= 2 and (doubts or lb.one_name):
                doubts += 2 if doubts else 3  # repeated by authors' cards: a name or institute
            if folded[i] in journals or _under_authors_label(labelled, i):
                doubts += 3  # (a journal's name; the value of an 'Authors:' field)
            elif folded[i] in over_issue and counts[folded[i].rstrip(".")] >= 2:
                doubts += 2
            score -= doubts
            if lang and (score > best_score or (score == best_score and ties_win)) and (
                    language.detect(lb.text) not in (None, lang)):
                score -= _TRANSLATED  # (asked only of a would-be winner: it costs some 30 µs)
            if (score > best_score or (score == best_score and ties_win)) and not (
                    tools is not None and tools(lb.text)):
                best, best_score = i, score
        return best, best_score, far

    # Near the abstract first; a page whose title stands far above it (an assessment box
    # and tool menus between, in a text-mode dump) is read whole when nothing near won well.
    best, best_score, far = scan(_TITLE_REACH)
    if best_score < _FAR_LOOK and far:  # (a weak winner near it: a note, a menu's heading)
        whole, whole_score, _ = scan(None)
        if whole_score > best_score:
            best, best_score = whole, whole_score
    return best if best_score >= _TITLE_MIN else None


def _boxed_items(labelled: list[Labelled], i: int) -> bool:
    """Whether a 'Highlights' / 'Key points' line heads a box of sentences, not a menu of
    short items ('Highlights' / 'Recent' / 'Accepted')."""
    nxt = _next_kept(labelled, i)
    return nxt is not None and labelled[nxt].block.words >= _BOX_ITEM_WORDS


def _remembered(test: Callable[[Labelled], bool]) -> Callable[[Labelled], bool]:
    """test, answering each block once (for one page: blocks are known by their id)."""
    answers: dict[int, bool] = {}

    def remembered(lb: Labelled) -> bool:
        found = answers.get(id(lb))
        if found is None:
            found = answers[id(lb)] = test(lb)
        return found
    return remembered


def _crumb_ends(labelled: list[Labelled]) -> list[str]:
    """The last steps of breadcrumb trails ('Home > Journals > X > Title of the artic...'),
    case-folded, without the ellipsis that cuts a long one."""
    ends = []
    for lb in labelled:
        text = lb.text
        if ">" in text or "›" in text or "»" in text:
            steps = _CRUMB.split(text)
            last = steps[-1].casefold()
            cut = last.endswith(("...", "…"))
            last = last.rstrip(".… ")
            # (a title's step, cut or long: a last step 'Environmental Health Perspectives'
            # names the journal, whose page this is not)
            if len(steps) >= 3 and len(last) >= _CRUMB_CHARS and (cut or len(last.split()) >= 5):
                ends.append(last)
    return ends


def _completed(labelled: list[Labelled], i: int, head: set[str]) -> str | None:
    """Block i run on with the blocks after it, when together they are exactly one of the
    page's declared title parts: a scraper's get_text cuts a title at its italics (species
    names) and its sub- and superscripts."""
    key = labelled[i].text.casefold().rstrip(".")
    if key in head or not any(len(part) > len(key) and part.startswith(key) for part in head):
        return None
    text = labelled[i].text
    for k in range(i + 1, min(len(labelled), i + _TITLE_PIECES)):
        for joined in (f"{text} {labelled[k].text}", text + labelled[k].text):
            folded = joined.casefold().rstrip(".")
            if folded in head:
                return joined
            if any(part.startswith(folded) for part in head):
                text = joined
                break
        else:
            return None
    return None


def _cannot_win(score: float, best: float, ties_win: bool) -> bool:
    """Below the best so far (or level with it when the earlier one keeps ties), or below the
    least a title needs."""
    return score < best or (score == best and not ties_win) or score < _TITLE_MIN


def _plain_evidence(labelled: list[Labelled], i: int, head: set[str], counts: dict[str, int],
                    before: int | None, kept: list[int], first: int = 1) -> float:
    """What speaks for block i being the title, read off the block itself: repetition,
    heading level, distance to the abstract, length. ``first``: the first block the page
    shows, past the <title> line a flattened page opens with (0 for HTML, whose <title> is
    no block)."""
    lb = labelled[i]
    text = lb.text
    key = text.casefold().rstrip(".")
    score = 0.0
    words = lb.block.words
    whole = i >= first and key not in head and _shown_whole(labelled, i, head)
    if whole:
        words = len(whole.split())  # (the block stands for the title it opens, or shows)
    if i >= first and (key in head or whole or _cut_in_head(key, head)):
        score += 5  # the page's own <title> (or Jina 'Title:') repeats it: the best evidence
    elif i < first and head:
        score += 1 if not _TITLE_SPLIT.search(text) else -1  # the <title> with a site suffix
    if any(_shortened(labelled[k].text, text) for k in range(max(0, i - _CUT_ABOVE), i)):
        score += 3  # a breadcrumb's last step, cut short, over it (right over it, or a few
        # lines up past the issue's line and the type: w3m's numbered trail, elsevier.es)
    if _TITLE_LABEL.match(text) or (i > 0 and _TITLE_LABEL.fullmatch(labelled[i - 1].text)):
        score += 3  # a record's 'Title:' field (arXiv, Inderscience, repositories), its label
        # run in or in a cell of its own over it
    repeats = counts[key]
    if repeats > _TITLE_REPEATS:
        score -= 2  # a label shown down the page (beside every reference, every figure)
    elif repeats >= 2 and i >= first and words > 1:
        score += 2  # (a word shown twice is as likely a label: w3m's 'Identifier' wrapped
        # under two fields' names)
    score += {1: 3, 2: 1.5, 3: 0.5}.get(lb.block.heading, 0)
    if lb.block.list_item:
        score -= 2  # menus, tools and other articles' titles are list items; a page's own is not
    if before is not None:
        gap = kept[before] - kept[i + 1]
        score += 2 if gap <= 3 else 1.5 if gap <= 8 else 1 if gap <= 20 else 0
    cjk = len(CJK.findall(text))
    if cjk >= 8:
        words = max(words, cjk // 2)  # CJK titles have no spaces to count words by
    elif words < 3 and not text.isascii():
        words = max(words, len(UNSPACED.findall(text)) // UNSPACED_WORD)  # (nor Thai ones)
    score += -2 if words < 3 else 0 if words < 5 else 1 if words < 8 else 2 if words <= 35 else 0
    return score


def _shown_whole(labelled: list[Labelled], i: int, head: set[str]) -> str | None:
    """The page's declared title that block i opens (cut by markup) or shows beside its
    translation, when it does."""
    return _completed(labelled, i, head) or _before_translation(labelled[i].text, head)


def _before_translation(text: str, head: set[str]) -> str | None:
    """The title a block shows with its translation after a slash, when the page's <title>
    gives the title alone ('Distância até o serviço ... / Distance to the ...': LILACS)."""
    if " / " not in text:
        return None
    first = text.split(" / ", 1)[0].rstrip(". ")
    return first if first.casefold() in head else None


def _cut_in_head(key: str, head: set[str]) -> bool:
    """Whether the page's <title> shows this block cut short ('La pêche blanche au lac
    Saint-Pierre : savoirs l… – Cahiers de géographie du Québec – Érudit')."""
    return any(part.endswith(("…", "...")) and _shortened(part, key) for part in head)


def _shortened(crumb: str, text: str) -> bool:
    """Whether crumb is text cut short ('La pêche blanche au lac Saint-Pierre : savoirs…')."""
    if not crumb.endswith(("…", "...")):
        return False
    cut = crumb.rstrip(" .…")
    return len(cut) >= _CRUMB_CHARS and len(cut) < len(text) and text.startswith(cut)


def _costly_max(before: int | None) -> float:
    """The most _costly_evidence can add."""
    return 2 + 2 + 3 + (3 if before is None else 0)


def _costly_evidence(labelled: list[Labelled], i: int, before: int | None, kept: list[int],
                     joined: _Joined, typed: Callable[[Labelled], bool] | None = None) -> float:
    """What speaks for block i being the title, read off its neighbours: a type label above,
    authors below, a citation of it further down, and (when no abstract was found) prose just
    below."""
    score = 2.0 if _type_label_above(labelled, i, typed) else 0.0
    nxt = _next_kept(labelled, i)
    if nxt is not None:
        below = labelled[nxt]
        after = _next_kept(labelled, nxt)
        if (below.authors_line or AUTHORS_LABEL.fullmatch(below.text) or byline(below.text)
                or _run_in_authors(below.text)
                or (below.one_name and after is not None and labelled[after].one_name)
                or (after is not None and name_before_institution(below.text)
                    and name_before_institution(labelled[after].text))):
            score += 2  # (authors one a line: two names at least, a lone one may be anything;
            # each with an institution after it: 'Dedi Kurniawan (Universitas Riau)', Garuda's)
        elif _AUTHORISH.search(below.text[:300]) or _labelled_authors_near(labelled, nxt):
            score += 1  # (or an 'Authors' label a few of a record's fields further down)
    if _cited_below(labelled, i, joined):
        score += 3  # the page names its own title: worth more than authors below, less than <title>
    if before is None:
        prose = _next_prose(labelled, i)
        gap = None if prose is None else kept[prose] - kept[i + 1]
        score += 0 if gap is None else 3 if gap <= 2 else 1 if gap <= 5 else 0
    return score


def _run_in_authors(text: str) -> bool:
    """Whether a line is an authors' field with its first name run in ('Author(s): Okafor,
    Daniel R;', eScholarship's innerText, the other names one a line below)."""
    m = AUTHORS_FIELD.match(text)
    return bool(m and text[m.end() : m.end() + 1].isupper())


def _labelled_authors_near(labelled: list[Labelled], start: int) -> bool:
    """Whether an 'Authors' label over a name stands a few fields below, from ``start`` on: a
    record's table, its title first ('Document ID' / '2023...' / 'Authors' / 'Kristen M.
    Roe(Glenn Research Center ...)', NTRS in a text browser)."""
    seen = 0
    for k in range(start, min(len(labelled), start + 2 * _RECORD_FIELDS)):
        lb = labelled[k]
        if lb.removed:
            continue
        if AUTHORS_LABEL.fullmatch(lb.text):
            name = _next_kept(labelled, k)
            return name is not None and (labelled[name].one_name
                                         or name_before_institution(labelled[name].text) is not None)
        seen += 1
        if seen > _RECORD_FIELDS or lb.block.words > 8:
            return False
    return False


class _Joined:
    """The blocks' case-folded text joined by line breaks, and where each block starts in it:
    one C search for a candidate's citations instead of a Python loop over the blocks."""

    def __init__(self, folded: list[str]) -> None:
        self.folded, self.text = folded, "\n".join(folded)
        self.starts = list(accumulate((len(t) + 1 for t in folded[:-1]), initial=0))

    def quotes(self, i: int) -> Iterator[tuple[str, int]]:
        """(block text, offset) of the first occurrence of block i's text in each later block."""
        key = self.folded[i].rstrip(".")
        at = self.text.find(key, self.starts[i] + len(self.folded[i]) + 1) if key else -1
        while at >= 0:
            b = bisect_right(self.starts, at) - 1
            yield self.folded[b], at - self.starts[b]
            nxt = self.starts[b + 1] if b + 1 < len(self.starts) else len(self.text)
            at = self.text.find(key, nxt)


def _cited_below(labelled: list[Labelled], i: int, joined: _Joined) -> bool:
    """Whether a citation of the page further down ('Roe A. <title>. Journal, 2015.') quotes
    block i: of a title and its translation shown one above the other, the one cited. (A
    short line is quoted by chance; its BibTeX export, 'title = {<title>},', quotes it whole.)"""
    if labelled[i].block.words < 2:
        return False
    short = labelled[i].block.words < 4
    size = len(joined.folded[i].rstrip("."))
    for text, at in joined.quotes(i):
        end = at + size
        if _EXPORT_TITLE.search(text, max(0, at - 12), at) and text[end : end + 1] in ("}", '"'):
            return True
        if short:
            continue
        if at > 0 and text[:at].rstrip().endswith((".", ":", ")")) and (
                (not _JOURNAL_SLOT.match(text, end) and _YEAR.search(text, end, end + 200))
                or _YEAR_BEFORE.search(text, 0, at)):
            # authors before it and a year after it (not at once: that is a journal's), or
            # authors and the year in brackets before it ('Roe A (2024) <title>. eLife 13')
            return True
    return False


def _title_doubts(text: str) -> float:
    """What speaks against a line being a title: it reads as an instruction, an affiliation,
    an author or keyword list, a dateline or an e-mail."""
    score = 0.0
    if _INSTRUCTION.match(text) and not (text.endswith("?") and text.count(" ") >= _QUESTION_WORDS):
        score += 2  # instructions and offers, not titles (nor a title's question: 'To what
        # extent does heat predict kidney injury?', 'If not now, when? ...')
    words = text.casefold().split()
    if len(words) >= 2 and _TOOL_WORDS.issuperset(words):
        score += 3
    if _VERSION_LABEL.fullmatch(text):
        score += 3  # a version's label ('Version of Record'), shown beside the title
    if _PAGE_KIND.fullmatch(text):
        score += 3
    unit = AFFILIATION.search(text)
    if unit is not None and (
            (unit.start() == 0 and (_named(text) or _FIELD_LINE.match(text)))
            or (("," in text or " - " in text) and not _before_subtitle(unit.start(), text))):
        score += 3  # (an institution's name or an 'Institutions:' field; not a title that
        # opens with such a word, 'Hospital-acquired pneumonia in older adults')
    if _FIELD_LINE.match(text) or _EDITED_BY.match(text):
        score += 5  # a record's field: 'Associate Editor: ...', 'Source: <journal>' (whose
        # neighbours in the record's list, 'Type: article' and 'Authors: ...', speak for it)
    elif EMAIL.search(text) or text.startswith("Roles "):
        score += 3  # e-mails, and a CRediT 'Roles ...' line
    parts = text.split(",")
    if len(parts) >= 4 and sum(1 for p in parts if len(p.split()) <= 3) >= 0.8 * len(parts):
        score += 3  # a keyword list
    if _ORCID.search(text) or len(re.findall(r"\[[^\]]{2,40}\]", text)) >= 2:
        score += 3  # ORCID ids, or several '[Google Scholar]'-style link labels
    if _DATELINE.search(text) or REFERENCE.match(text):
        score += 3
    names = _ORCID_BADGE.sub("", _SHOW_ALL.sub("", text))
    if author_list(names) or len(_CJK_MARKED_NAME.findall(text)) >= 2:
        score += 3
    elif _people(names):
        score += 3  # 'Sarah E. Whitfield', 'Okonkwo, Daniel E', 'Claire Roe & Ben Poe'
    if ";" in text and _BRACKETED_PEOPLE.match(text):
        score += 3  # 'Kim, Minsu (Pusan National University); Lee, Junghoon (...)'
    if " is " in text and _BIO.match(text):
        score += 3  # a contributor's note: 'Sophie Tremblay is an assistant professor in ...'
    if _CJK_AFFILIATION.search(text) or _CJK_FUNDING.search(text):
        score += 3  # '西北农林科技大学水土保持研究所', '최재웅 (부산대학교 조선해양공학과)', a grant's note
    if _CREDIT_ROLES.fullmatch(text):
        score += 3  # an author's contributions
    if _SECTION_HEADING.match(text):
        score += 3  # 'IV. Learning the Contact Covariance', 'Article and author information'
    if _JOURNAL_NOTE.match(text) or _PERIODICAL.fullmatch(text):
        score += 3  # 'Un article de la revue Cahiers de géographie du Québec' (Érudit), a
        # journal's name ('Proceedings of the American Mathematical Society')
    return score


def _named(text: str) -> bool:
    """Whether a line opening with an institution's word is an institution's name, its words
    capitalised ('Institute for Advanced Study', 'Hospital Clínic de Barcelona'), not a title
    that opens with the word ('University students and sleep', 'Hospital-acquired pneumonia')."""
    words = text.split()
    return len(words) <= _NAME_WORDS and ":" not in text and all(
        not w[:1].islower() or w in _FUNCTION_WORDS for w in words)  # (Thai has no case)


def _before_subtitle(at: int, text: str) -> bool:
    """Whether position at lies in a title before its subtitle, whose commas list what it is
    about ('... Chemistry Laboratory Sessions: Effects on Pre-Lab Preparation, Safety Errors,
    and Report Quality'), not in an affiliation's run of places."""
    colon = _SUBTITLE.search(text)
    return colon is not None and at < colon.start()


def _people(text: str) -> bool:
    """A line that is one or two people's names: the authors, not the title."""
    if len(text) > 80:
        return False
    if (one_name(text) and _INITIAL.search(text)) or _SURNAME_FIRST.fullmatch(text):
        return True  # (a name with an initial: 'Flow Control' could be either)
    parts = _TWO_NAMES.split(_AUTHOR_MARKS.sub("", text))
    return len(parts) == 2 and all(is_name(p.strip()) for p in parts)


def _next_prose(labelled: list[Labelled], i: int) -> int | None:
    """The first long prose block within a dozen kept blocks below i (an abstract without heading)."""
    kept = 0
    for k in range(i + 1, len(labelled)):
        if labelled[k].removed:
            continue
        if labelled[k].long_prose:
            return k
        kept += 1
        if kept > 12 or labelled[k].role in ("abstract", "stop", "body", "tail"):
            return None
    return None


def _type_label_above(labelled: list[Labelled], i: int,
                      typed: Callable[[Labelled], bool] | None = None) -> bool:
    """A type label, or a repository's dated record header ('Thèse Année : 2015'), within the
    three kept blocks above (removed buttons in between are fine)."""
    kept = 0
    for k in range(i - 1, max(-1, i - 12), -1):
        if labelled[k].role == "type" or record_header(labelled[k].text) or (
                typed is not None and not labelled[k].role and typed(labelled[k])):
            return True
        if not labelled[k].removed:
            kept += 1
            if kept >= 4:
                return False
    return False


def _title_shaped(text: str) -> bool:
    if len(text) > _TITLE_CHARS or len(text) < 8:
        return False
    words = len(text.split())
    if not 1 <= words <= 60:
        return False
    if text.endswith((":", ",", ";")) or text.count(". ") >= 2:
        return False
    if len(_NUMERIC_DATE.findall(text)) >= 2:
        return False  # a record's dates ('Received: 2023.11.20 | Accepted: 2024.01.18')
    return not _NOT_TITLE_START.match(text) or _CHAPTER_NUMBER.match(text) is not None


def _page_title_parts(labelled: list[Labelled], evidence: PageEvidence) -> set[str]:
    """Casefolded candidates from the page's declared title (Jina header or the first line)."""
    found = set()
    sources = [evidence.title] if evidence.title else []
    if labelled and evidence.style != "html":  # (a flattened page's first line: its <title>)
        sources.append(labelled[0].text)
    for src in sources:
        if not src:
            continue
        src = re.sub(r"\s*\[[^\]]{1,30}\]$", "", src)  # 'Title [PeerJ]'
        src = _FILE_MARK.sub("", src)  # '(PDF) Title | Name - Academia.edu', '[PDF] Title'
        seps = list(_TITLE_SPLIT.finditer(src))
        pieces = [src, *_TITLE_SPLIT.split(src), *_CJK_TITLE_SPLIT.split(src)]
        if seps:  # 'Title - Site', 'Site | Title': also the text without the site's end
            pieces += [src[: seps[-1].start()], src[seps[0].end() :]]
        head, colon, journal = src.rpartition(": ")
        if colon and _JOURNAL_END.fullmatch(journal):
            pieces.append(head)  # 'Title: Cell Reports', Cell Press's <title>
        if (site := _SITE_PREFIX.match(src)) and src.count(" ", site.end()) >= _SITE_TITLE_SPACES:
            pieces.append(src[site.end() :])  # 'EconPapers: Title', a site's name before it
        found.update(p.casefold().strip().rstrip(".") for p in pieces
                     if (len(p.split()) >= 2 or len(CJK.findall(p)) >= 6  # (CJK: no spaces)
                         or len(UNSPACED.findall(p)) >= 2 * UNSPACED_WORD)
                     and not _PERIODICAL.fullmatch(p.strip()))
    return found


def title_text(labelled: list[Labelled], evidence: PageEvidence, at: int | None,
                prov: dict[str, str]) -> str | None:
    if at is not None:
        prov["title"] = labelled[at].block.where
        head = _page_title_parts(labelled, evidence)
        text = (_shown_whole(labelled, at, head) or _badged(labelled[at].text, head)
                or labelled[at].text)
        if (year := _YEAR_SUFFIX.search(text)) and text[: year.start()].casefold() in head:
            text = text[: year.start()]  # 'Title (2009)' beside a <title> without the year
        return clean_title(_untagged(text, evidence.title))
    if evidence.title:
        prov["title"] = evidence.title_where
        parts = [p for p in _TITLE_SPLIT.split(evidence.title) if p.strip()]
        return clean_title(max(parts, key=len) if parts else evidence.title)
    return None


def _badged(text: str, head: set[str]) -> str | None:
    """The title without a badge its heading ends in ('... retention ponds Public': Hyrax's
    visibility label inside the <h1>), when the page's <title> gives the title without it."""
    base, _, badge = text.rpartition(" ")
    if (base and len(badge) <= _BADGE_CHARS and badge[:1].isupper()
            and text.casefold().rstrip(".") not in head and base.casefold().rstrip(". ") in head):
        return base
    return None


def _untagged(text: str, page_title: str | None) -> str:
    """The title without a short tag its markup ran on to it ('期刊基于微信平台的…': Wanfang's
    'Journal' tag, no space between them in Chinese), when the page's <title> opens with
    the rest and not with the tag."""
    folded = (page_title or "").casefold()
    if not folded or folded.startswith(text.casefold()):
        return text
    for n in range(1, _GLUED_TAG_CHARS + 1):
        rest = text[n:]
        if len(rest) >= _TAGGED_TITLE_CHARS and folded.startswith(rest.casefold()):
            return rest
    return text


def clean_title(text: str) -> str:
    """Whitespace normalised, one trailing full stop removed (PubMed writes 'Title.'), a
    chapter's number before it too ('5 - Title')."""
    text = _TITLE_LABEL.sub("", re.sub(r"\s+", " ", text).strip())  # (arXiv's 'Title:')
    if chapter := _CHAPTER_NUMBER.match(text):
        text = text[chapter.end() :]
    if text.endswith(")") or "Zbl" in text[-20:]:
        text = _LANGUAGE_TAG.sub("", text)
    if "^" in text[-8:] or any(c in text[-2:] for c in "*†‡§"):  # footnote marks
        text = _TITLE_MARKS.sub("", text)  # ('smegmatis^*^S', 'smegmatis*S', 'Title*')
    if " / " in text:
        text = _first_language(text)
    if text.endswith("]"):
        text = _VERSION_BADGE.sub("", text)
    if ":" in text and (field := _NEXT_FIELD.search(text)) and text.count(" ", 0, field.start()) >= 3:
        text = text[: field.start()]
    if text.endswith(".") and not text.endswith(("..", " al.", " sp.", " nov.", " spp.")):
        text = text[:-1]
    return text


def _first_language(text: str) -> str:
    """A title and its translation after ' / ' (LILACS: 'Distância até o serviço ... /
    Distance to the ...'): the first, when the two read in different languages."""
    first, _, second = text.partition(" / ")
    if first.count(" ") < 3 or second.count(" ") < 3:
        return text
    one, other = language.detect(first), language.detect(second)
    return first if one and other and one != other else text


def _under_authors_label(labelled: list[Labelled], i: int) -> bool:
    """Whether block i is the value of an 'Authors:' label just above it ('Authors:' / 'Claire
    Roe ● View More', Brill in w3m): names, however they read."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if not labelled[k].removed:
            return bool(AUTHORS_LABEL.fullmatch(labelled[k].text))
    return False


def _next_kept(labelled: list[Labelled], i: int) -> int | None:
    for k in range(i + 1, min(len(labelled), i + 4)):
        if not labelled[k].removed:
            return k
    return None


def first_tail(labelled: list[Labelled]) -> int:
    """Where the article head ends when no abstract heading marks it: the first related-articles
    list or body heading after some prose. Titles of references and related articles lie beyond."""
    seen_prose = False
    for i, lb in enumerate(labelled):
        if lb.role in ("tail", "stop", "body") and seen_prose:
            return i
        seen_prose = seen_prose or (not lb.removed and lb.long_prose)  # (not a cookie banner's)
    return len(labelled)


def block_of(labelled: list[Labelled], meta_title: tuple[str, str] | None) -> int | None:
    """The block showing the metadata's title, if the page shows it."""
    if not meta_title:
        return None
    want = re.sub(r"\s+", " ", meta_title[0]).strip().casefold().rstrip(".")
    for i, lb in enumerate(labelled):
        if lb.text.casefold().rstrip(".") == want:
            return i
    return None
