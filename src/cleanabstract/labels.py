"""Labelled blocks: what the rules said about each block, and the text tests the assembler's
steps share (is it prose, is it an author list)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice

import regex

from .blocks import Block
from .rules.engine import Rule, RuleSet

TERMINAL = tuple(".!?。．｡！？»”\"')]")
# 'J Clin Med. 2020;9(3):e123'. The year's digits come first so that the engine can skip to
# them; the lookbehind after them stands for the word boundary before them.
CITATION = re.compile(r"(?:19|20)(?<!\w\d\d)\d\d\b[^\n]{0,40}?;?\s*\d+\s*\(\d+\)\s*:\s*[\de]")
_ISSUE_PAGES = re.compile(r"\(\d+\)\s*:\s*[\de]")  # its tail, found fast from its '('
NAME_SPLIT = re.compile(r",|;|\b(?:and|und|et(?! al\b))\b|\bи\b|&|\s[∙•·]\s")
# A name word's letters are taken whole (possessively): a run of capitals such as a heading in
# upper case could otherwise be cut into one-letter "names" in exponentially many ways. (The
# hyphen may be U+2010, the hyphen proper, as in Wiley's names: 'Hye‐jin Seo'.)
NAME = regex.compile(
    r"(?:(?:\p{Lu}[\p{L}'’\-‐.]*+|de|da|das|do|van|von|der|den|del|della|la|le|di|du|dos|ter|al|el|bin|ibn)\s?){1,6}"
    r"(?:\s?[a-z](?=\s|$|,))?[\d*†‡✉●,\s]*")
# An institution's word in an affiliation; the last ones in compounds too ('Professionshøjskolen',
# 'Fachhochschule').
AFFILIATION = re.compile(
    r"\b(?:universit|université|universidad|universidade|institut|department|departamento|"
    r"laboratoire|laboratory|hospital|faculty|faculté|school of|college|centre|center|"
    r"academy|académie|ministry|inserm|cnrs|division|foundation|университет|институт|кафедра|"
    r"fakultas|fakultät|fakultet|facultad|faculdade|facoltà)|"  # (a faculty in other languages)
    r"h[øöo][jg]skol|hochschul|yliopisto|korkeakoul|sykehus|sjukhus|"
    r"üniversite|fakülte|bölümü|enstitü|"  # (Turkish: 'İnönü Üniversitesi')
    r"มหาวิทยาลัย|คณะ|ภาควิชา", re.I)  # (Thai: university, faculty, department)
# Front matter that reads like prose: affiliations, publication history, licences, and the
# authors' cards a text browser runs into one paragraph (Silverchair's 'Search for other works
# by this author on:' under each name).
_FRONT_MATTER = re.compile(
    r"\b(?:received|submitted)\b.{0,80}\b(?:accepted|revised|published)\b|"
    r"\b(?:licen[cs]ed? under|creative commons|all rights reserved|corresponding author|"
    r"to whom correspondence should be addressed|other works by this author)\b", re.I)
# Text browsers' affiliation marks: 'ROE^a1', 'Doe^1,2', and marks with a ';' between them
# that w3m sets as two ('Roe, Helena M.^a^; ^*').
_MARKS = re.compile(r"\^ ?[\w*†‡✉§¶#]+(?:\^[;,] ?\^[\w*†‡✉§¶#]+)*")
_NAME_CHARS = 80  # longer than any name of at most six words with its marks
_AUTHOR_LINE_CHARS = 5000  # longer than any author line (a consortium's runs to some 3,000)
# A reference list entry: 'Kawakatsu M, Froehlich EM (1992) Freshwater planarians ...', or one
# whose first surname get_text put on a line of its own ('A, Rubbioli E, Brandi R (2001) ...').
REFERENCE = re.compile(
    r"(?:[A-Z]{1,3}, )?(?:[A-Z][\w'’-]+ [A-Z]{1,3}\b,? )+(?:et al\.? )?\((?:19|20)\d\d[a-z]?\)")
# The heading of a reference list.
REFERENCES_HEADING = re.compile(
    r"(?:\d+\.?\s*)?(?:references?(?: and notes)?|bibliography|literature cited|works cited|"
    r"cited literature|reference list)\s*:?", re.I)
# A year field, 'Année : 1955'; closing a line, it ends a record header ('Thèse Année : 2015').
YEAR_LABEL = r"\b(?:year|année|año|ano|jahr|anno|год)\s*:\s*(?:19|20)\d\d\b"
YEAR_FIELD = re.compile(rf"\s*{YEAR_LABEL}\s*$", re.I)


def cites(text: str) -> bool:
    """Whether text holds a citation line's 'year; volume(issue): page'. Looked for from the
    issue first: the year's digits are everywhere, and each costs a 40-character scan."""
    return _ISSUE_PAGES.search(text) is not None and CITATION.search(text) is not None


def record_header(text: str) -> re.Match | None:
    """The closing year field of a short record-header line, if the line is one. (The colon
    test first: most lines have none, and the pattern has no literal start to skip to.)"""
    return YEAR_FIELD.search(text) if ":" in text and text.count(" ") < 16 else None


# An author's marks: 'Roe1,2*', 'Van den Broeck a', w3m's '^*', an icon as a text browser
# shows it ('Roe●'). One mark a repetition: a run of marks can be cut up only one way, so a
# long one never backtracks.
_NAME_MARKS = re.compile(r"(?:\s[a-z](?:,[a-z])*|[\d,*∗†‡✉§¶#)^●]|\s(?=[,\s✉*∗†‡§¶#●]))+$")
# A Chinese, Japanese or Korean name: family and given name with a space between, or run
# together with an affiliation mark after them ('田中 由紀1)', '张伟1'); a bare word of a
# few characters is as likely a keyword or a menu item.
_CJK_NAME = re.compile(
    r"[\u3005-\u3007\u3400-\u9fff\uac00-\ud7af\u30a0-\u30ff]{1,4}(?:[ \u3000]"
    r"[\u3005-\u3007\u3400-\u9fff\uac00-\ud7af\u3040-\u30ff]{1,4}[\d*∗†‡✉)]*|[\d*∗†‡✉)]+)")
_MARK_CHARS = "0123456789*∗†‡✉§# "
_SEPARATORS = "∙·•|"
CONJUNCTIONS = "and|et|und|y|e|&"  # what joins an author list's last name to the rest
LAST_AND = re.compile(rf",?\s+(?:{CONJUNCTIONS})$")  # the conjunction before the last name
# Titles before a name, one or several: 'Prof Anil K Poudel', German 'PD Dr. med. Stefan Kurz'.
_HONORIFIC = re.compile(r"(?:(?:Prof(?:essor)?|Dr|PD|Priv\.-Doz|Assoc(?:iate)?\.? Prof)\.?\s+"
                        r"(?:(?:med|rer\. nat|phil|dent|vet|habil)\.\s+)*)+(?=[A-Z])")
_END_MARKS = "0123456789*∗†‡✉§¶#,)^●"
# Icons' alt text run on to a name (ORCID, e-mail; w3m's '[orcid]'), and the toggles a list of
# names shows ('View ORCID profile', 'Show authors').
_ICON_TEXT = re.compile(
    r"\s*https?://orcid\.org/[\d-]{15,}[\dX]|\[orcid(?:[-_ ]?(?:logo|icon|id))?\]|"
    r"\s*(?:view )?\b(?:ORCID|E-?mail|EMAIL)"
    r"(?: (?:logo|icon|profile|iD))?\b|\s*show (?:all )?(?:\d+ )?authors\b|"
    r"ORCID (?:logo|icon)\b|"  # (run on to a degree: 'MD, PhDORCID logo')
    r"\s*[a-z]+(?:_[a-z]+)+$|"  # (an icon font's ligature: 'Roe●mail_outline')
    r"\s*(?:is a )?corresponding author|"  # (a screen reader's, run on to the name and its
    # mark: 'Rohan Iyer Corresponding authora)'; Elsevier's Spanish site's icon, after the mark)
    r",?\s*autora? (?:para|de) correspondencia", re.I)
# Atypon's button after the last name, run on to it: 'Kevin J. Roe AUTHORS INFO & AFFILIATIONS',
# ACP's 'Author, Article, and Disclosure Information', BioOne's 'Author Affiliations +', SAGE's
# 'View all authors and affiliations'.
_AUTHORS_INFO = re.compile(r"\s*(?:authors? info(?:rmation)? (?:&|and) affiliations|"
                           r"author, article,? and disclosure information|informations sur l(?:es |')auteur\w*|"
                           r"author affiliations(?: \+)?|view all authors and affiliations)\s*$", re.I)
# An affiliation in brackets after each name, and the end of a list that shows only some.
_SHOWN_AFFILIATIONS = re.compile(r" ?\([^()\d]{2,80}\)(?=\s*(?:[,;]|$| and | et al))")
MORE_AUTHORS = re.compile(r",?\s*et al\.?(?:\s*show all \d+ authors)?\s*$", re.I)
_GROUP_CLAUSE = re.compile(r",?\s*(?:and\s+)?(?:(?:for|on behalf of) the|en (?:nombre|representación) "
                           r"de(?:l| los| las)?|em nome d[oa]s?|au nom d(?:u|e la|es))\b[^,;]*$", re.I)
# The label over a list of authors, on a line of its own ('Authors', 'Auteur / Autrice :',
# RePEc's 'Listed:', a lone 'By'): asked with fullmatch.
AUTHORS_LABEL = re.compile(
    r"(?:authors?|author\(s\)|auteur(?:e|\(e\))?s?(?:\s*/\s*autrices?)?|autores|autoren|autori|"
    r"autorzy|autoři|forfattere?|författare|tekijät|szerzők|yazarlar|penulis|المؤلفون|المؤلف|"
    r"نویسندگان|نویسنده|автори|авторы|автор|作者|著者|저자|ผู้แต่ง|listed|researcher|by|(?:written|authored) by|"
    r"par)\s*[:：]?", re.I)
# The same label run in before the first name ('Autores: Roe, Ana', 'Author(s): Okafor, D').
AUTHORS_FIELD = re.compile(AUTHORS_LABEL.pattern.removesuffix(r"\s*[:：]?") + r"\s*[:：]\s*", re.I)
_VENUE_CLAUSE = re.compile(r";\s+(?:(?:in )?proceedings of|in:|journal of)\s.*$", re.I)
# A byline's label: 'By Jane Roe', German 'verfasst von: ...', and arXiv's 'Authors:Jane Roe'
# as a text browser shows it.
_BYLINE_LABEL = re.compile(r"^(?:authors?(?:\(s\))?|autor(?:zy|es|en|i)?|auteurs?|by|(?:verfasst )?von|"
                           r"par|por)"
                           r"(?!\w)(?::\s*|\s+)(?=\S)", re.I)
_INSTITUTION_START = re.compile(
    r"\s(?:Universi(?:ty of|dad|dade|té|tà|tät)|Department|Departamento|Département|"
    r"Institut[eo]? (?:of|de|für|for)|Faculty of|Facultad|Faculté|School of|College of|"
    r"Cent(?:re|er|ro) (?:for|of|de)|Secretar[ií]a|Funda(?:ção|ción|tion)|Instituto|Hospital|"
    r"(?:Natural History )?Museum|Escola|Escuela|Laborat(?:ório|orio|ory|oire))\b")
_ROMANIZED = re.compile(r"([\uac00-\ud7af\u3400-\u9fff]{2,4})\s*\(\s*[A-Za-z][A-Za-z .'\-]{1,40}\)"
                        r"[\s\d*∗†‡✉]*")
# A Korean, Chinese or Japanese name with its institution in brackets after it.
_CJK_NAME_AT = re.compile(r"([\uac00-\ud7af\u3400-\u9fff]{2,4})\s*[(（]\s*([^()（）]{0,40}"
                          r"(?:대학교|대학|병원|연구원|연구소|과학원|진흥청|大学|大學|医院|醫院|研究所|研究院|科学院|"
                          r"University|Institute|Hospital|College)[^()（）]{0,40})[)）]")
_NAME_GROUPS = re.compile(r"\s*;\s*|\s+\|\s+")  # between 'Surname, Given' names
_MARK_GROUP = re.compile(r"[a-z\d*∗†‡✉,\s]*")  # the marks a name's group may end in: '; *', '; d'
_INITIAL_MARK = re.compile(r"(?<=^[A-Z])\.[a-z]$")  # an initial with a mark run on: 'M.a'
_LAST_INITIAL = re.compile(r"(?:^|[\s.])[^\W\d_]\.$")  # 'Е.В.', 'Roe J.': an initial's stop
_LETTER_MARKS = re.compile(r"[a-z](?:,[a-z])*$")
_LEADING_MARKS = re.compile(r"^[\d,*∗†‡✉§#\s]+(?=\S)")
_SPACES = re.compile(r"\s+")
# Degrees after an author's name, written with or without full stops ('M.D.', 'PhD').
# (its marks may stand apart: w3m's '●' for an ORCID icon, 'PhD ●, Aiyana Whitehorse, MD')
_DEGREE = re.compile(r"(?:,\s*|(?<=[a-z]) )([A-Z][A-Za-z.]{1,9})(?=(?:\s?[\d*†‡✉●])*\s*(?:[,;]|and\b|$))")
_DEGREES = frozenset({
    "MD", "PHD", "MPH", "MSC", "BSC", "MS", "RN", "DRPH", "MBBS", "MBCHB", "DPHIL", "PHARMD",
    "DDS", "DMD", "MRCP", "FRCP", "FRCS", "FACS", "FRACP", "FRCPC", "MSN", "MSW", "DNP",
    "BSN", "DVM", "MBA", "MPHIL", "MRES", "FMEDSCI", "FAAP", "FACP", "MHS", "MSCE", "DSC",
    "SCD", "MA", "BA", "MED", "MSPH", "FESC", "FAHA", "BPH", "BPHARM", "BDS", "MCH", "DM",
    "MPHARM", "MCLINEPID", "DCH", "FRANZCP", "FRCPATH", "MMED", "MSCPH", "CNM", "APRN", "FNP",
    "DPT", "EDD", "PSYD", "MHA", "MPP", "NP", "JD", "DO",
    "PE", "MASCE", "SMASCE", "FASCE", "AMASCE"})  # (an engineer's licence, ASCE's grades)
# ... of which these are also a person's initials ('García Márquez, MA'): they go only from a
# line that shows a degree that is none.
_INITIALS_TOO = frozenset({"MD", "MS", "MA", "BA", "RN", "MED", "NP", "JD", "DO"})
# ... unless the name before them is written given name first: with an initial between
# ('Bishnu P Adhikari, MD'), or three capitalised words ('Kamala Thapa Magar, MA').
_GIVEN_FIRST = re.compile(r"[A-Z][\w'’-]+(?: [A-Z]\.?)+ [A-Z][\w'’-]+|"
                          r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){2}")
# The particles of a given or family name ('Francisco das Chagas', 'Ludwig van der Berg').
_PARTICLES = frozenset(("da", "das", "de", "do", "dos", "di", "du", "del", "della", "la", "le",
                        "van", "von", "der", "den", "ter", "y", "e"))
# Words of menus and tools written in title case ('New Content Alerts', 'Individual Access'),
# of dates ('Received July 6') and of the headings and labels around a list of authors
# ('Written By', 'Supplementary Materials'), which no person's name holds.
_MENU_WORDS = frozenset({
    "access", "account", "advanced", "alerts", "all", "article", "articles", "about", "author",
    "authors", "board", "book", "books", "browse", "cite", "contact", "content", "contents",
    "current", "download", "editorial", "email", "full", "help", "home", "individual",
    "information", "institutional", "issue", "issues", "journal", "journals", "library",
    "login", "menu", "my", "new", "news", "online", "open", "pdf", "policies", "privacy",
    "accepted", "published", "received", "revised", "related", "research", "resources", "save",
    "search", "services", "settings", "share",
    "sign", "site", "subscribe", "subscription", "support", "table", "terms", "text", "view",
    "volume", "supplementary", "metrics", "references", "written",
    # (and of a record's fields and values, a site's own name, a subject's: 'Document Type',
    # 'Technical Review', 'HTML Citation', 'MIT Press Direct', 'Victorian Studies', 'Natural
    # Language Processing')
    "document", "citation", "conference", "paper", "direct", "studies", "processing", "date",
    "category", "country", "distribution", "limits", "permitted", "review", "committee",
    # (and a person's post, one a line under their name: 'Graduate Student')
    "student", "professor", "scientist", "researcher", "lecturer", "engineer", "emeritus",
})
EMAIL = re.compile(r"\S\s?(?:@|\[at\]|\{at\}|\(at\))\s?\S+\.\w")
_OPENERS = "[(\"'“‘«¿¡"  # what a sentence may open with before its capital: '[S[VO]] is ...'
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Letters of Thai, Lao, Myanmar and Khmer: scripts that space clauses, not words, apart, and
# most of which end a paragraph without a full stop.
UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
UNSPACED_WORD = 6  # letters a word in them, roughly, to count words by


class Labelled:
    """A block with what the rules said about it.

    ``text``, ``role`` and ``removed`` are plain attributes, set once: the assembler's steps
    read them thousands of times a page."""

    def __init__(self, block: Block, rule: Rule | None = None) -> None:
        self.block, self.rule, self.text = block, rule, block.text
        self.removed = rule is not None and rule.category != "role"
        self.role = rule.role if rule else None

    def __repr__(self) -> str:
        return f"Labelled({self.block!r}, {self.rule.id if self.rule else None})"

    @cached_property
    def long_prose(self) -> bool:
        """Computed once: the assembler asks it of the same block many times."""
        return is_sentence_prose(self.block.text)

    @cached_property
    def authors_line(self) -> bool:
        return author_list(self.block.text)

    @cached_property
    def one_name(self) -> bool:
        """Computed once: the title and author searches ask it of the same blocks."""
        return one_name(self.block.text)


@dataclass
class Trace:
    """Everything the assembler decided, for ``--explain`` and for tests."""

    blocks: list[Labelled]
    used: set[int] = field(default_factory=set)
    read_all: bool = True  # False when the front end stopped reading past the abstract


def label_blocks(blocks: list[Block], rules: RuleSet, site: str | None) -> list[Labelled]:
    return [Labelled(b, rules.first_match(b.text, site)) for b in blocks]


def front_matter(text: str) -> bool:
    """Affiliation, history, licence or reference lines: long and sentence-like, no abstract."""
    return bool(AFFILIATION.match(text) or _FRONT_MATTER.search(text[:400]) or REFERENCE.match(text))


def is_prose(text: str) -> bool:
    """A sentence-like block: enough words, or a shorter one that ends like a sentence.
    (It counts no further than it needs: a page's longest block holds thousands of words.)"""
    if not text.isascii() and (next(islice(CJK.finditer(text), 19, None), None) is not None
                               or next(islice(UNSPACED.finditer(text), 12 * UNSPACED_WORD - 1, None), None)):
        return True  # (20 CJK characters or more, or 12 words of Thai)
    words = len(text.split(None, 11))  # (all the words, or 12 when there are more)
    if words >= 12:
        return True
    return (words >= 5 and text.rstrip().endswith((".", "。", "?", "!"))
            and text.lstrip(_OPENERS)[:1].isupper())


def is_sentence_prose(text: str) -> bool:
    """Long prose of several sentences: what an abstract paragraph looks like."""
    if CJK.search(text):
        return len(CJK.findall(text)) >= 60
    if not text.isascii() and UNSPACED.search(text):
        return len(UNSPACED.findall(text)) >= 30 * UNSPACED_WORD
    words = text.split()
    sentences = len(re.findall(r"[.!?](?:\s|$)", text))
    return len(words) >= 30 and sentences >= 2 and not cites(text[:200])


def leading_phrases(text: str, most: int) -> Iterator[str]:
    """The phrases a line opens with, of ``most`` words down to one, longest first: where a
    label set before its text ('Research Article Open Access', 'Importance Extreme heat')
    may end."""
    words = text.split(" ", most)
    for n in range(min(most, len(words)), 0, -1):
        yield " ".join(words[:n])


def _without_titles(part: str) -> str:
    """A name without the titles before it ('Prof Anil K Poudel', 'PD Dr. med. Stefan Kurz')."""
    if part[:1] in "PDpd" and (m := _HONORIFIC.match(part)):
        return part[m.end() :]
    return part


def author_name(part: str) -> str:
    """'Maja Lindqvist1*', 'Sofie Van den Broeck a' or '1, Jonas Riedl' (a mark get_text
    put before the next name) -> the name alone; so are 'Prof Anil K Poudel' and a name
    one a line before the separator that runs on to the next ('Sarita Gurung ∙')."""
    part = part.strip()
    if part[-1:] in _SEPARATORS or part[-1:] == ";":  # ('Ingrid Solheim;': Silverchair's)
        part = part.rstrip(_SEPARATORS + "; ")
    if part.endswith((" and", " et", " und", " y", " e", " &")):
        part = LAST_AND.sub("", part)  # ('Étienne Bourassa et' / 'Nadia Kanatewat')
    part = _without_titles(part)
    if ("orresponding" in part or "ORCID" in part or "orcid" in part or "logo" in part or "how " in part
            or "_" in part):
        part = _ICON_TEXT.sub(" ", part).rstrip()
    if part[:1] in _MARK_CHARS:
        part = _LEADING_MARKS.sub("", part)
    if part[-1:] in _END_MARKS or part[-2:-1] in (" ", ","):  # ('Roe1,2*', 'Broeck a,b')
        part = _NAME_MARKS.sub("", part)
    if part[-1:].islower() and not part[-2:-1].islower() and (
            m := _LETTER_MARKS.search(part)) and part[: m.start()].isupper() and (
            part[m.start() - 2 : m.start()].isalpha()):
        part = part[: m.start()]  # ('SARAH THOMSONa': a mark on a name in capitals)
    if part.endswith(("orcid", "ORCID")) and part[-6:-5].isalpha():
        part = part[:-5]  # (w3m runs an ORCID icon's alt text on: 'Jihoon Parkorcid')
    if "  " in part or "\t" in part or "\n" in part:
        part = _SPACES.sub(" ", part)
    part = part.lstrip(" .").rstrip(" ")
    # (a last initial keeps its full stop: 'СМИРНОВА Е.В.'; a sentence's is no name's)
    if part.endswith(".") and not _LAST_INITIAL.search(part):
        part = part.rstrip(" .")
    return part


def plain_byline(text: str) -> str:
    """An author line without what is no name: text browsers' marks ('Roe^a1'), icons' alt
    text ('Roe ORCID logo'), a group clause ('..., for the X Trial Investigators'), and
    degrees: 'Rosa I. Roe, MD, MPH1,2; Kevin Poe, PhD3' -> 'Rosa I. Roe1,2; Kevin Poe3'. A
    degree goes only after a name of two words or more (or another degree): in 'Roe, MD'
    the letters are initials."""
    if ("logo" in text or "ORCID" in text or "icon" in text or "orcid.org" in text
            or "orrespond" in text or "how " in text):
        text = _ICON_TEXT.sub(" ", text)
    if "^" in text:
        text = _MARKS.sub("", text)
    if text.endswith(("AFFILIATIONS", "ffiliations", "Information", "ffiliations +", "auteurs",
                      "auteur")):
        text = _AUTHORS_INFO.sub("", text)
    if text[:1] in "AaBbVvPp":
        text = _BYLINE_LABEL.sub("", text)  # 'Authors Roe KL, Poe JB', 'By Jane Roe
    if "r the " in text or "f the " in text or "n re" in text or " nom" in text:  # ('for the',
        # 'on behalf of the', 'en representación de los', 'au nom du', 'em nome do')
        text = _GROUP_CLAUSE.sub("", text)
    if "; " in text:  # ('A, B, C; Proceedings of the IEEE/CVF ...': the venue after the names)
        text = _VENUE_CLAUSE.sub("", text)
    if text.count("(") >= 2:  # 'Marta Kowalska(Warsaw U.), Jonas Albrecht(DESY) et al. Show all
        text = _SHOWN_AFFILIATIONS.sub("", MORE_AUTHORS.sub("", text))  # 8 authors' (INSPIRE)
    if "," not in text:
        return text

    clear = any(m.group(1).replace(".", "").upper() in _DEGREES - _INITIALS_TOO
                for m in _DEGREE.finditer(text))

    def drop(m: re.Match) -> str:
        degree, marked = _degree(m.group(1))  # (marked: 'MDa', 'PhDc' are no initials)
        cut = max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start()))
        before = text[cut + 1 : m.start()].strip()
        if degree not in _DEGREES or (degree in _INITIALS_TOO and not clear and not marked
                                      and not _GIVEN_FIRST.fullmatch(before)):
            return m.group(0)
        known = before.replace(".", "").upper() in _DEGREES
        return "" if known or len(before.split()) >= 2 else m.group(0)

    return _DEGREE.sub(drop, text)


def _degree(word: str) -> tuple[str, bool]:
    """'M.D.' -> ('MD', False), 'MPHa' -> ('MPH', True): the word as a degree is written in
    _DEGREES, and whether an affiliation's letter ran on to it."""
    degree = word.replace(".", "").upper()
    if word[-1:].islower() and degree not in _DEGREES and degree[:-1] in _DEGREES and (
            sum(c.isupper() for c in word[:-1]) >= 2):  # (a given name is none: 'Max', 'Bao')
        return degree[:-1], True
    return degree, False


def single_name(text: str) -> str:
    """The name on a line of its own, without marks, honorifics and degrees ('Prof Helen M
    Carswell, PhDc ∙' -> 'Helen M Carswell')."""
    return author_name(plain_byline(author_name(text)) if "," in text else text)


def one_name(text: str) -> bool:
    """A line that is one person's name (with its affiliation marks), as author lists that
    put each author on a line of their own show them; not a menu item in title case."""
    if len(text) > _NAME_CHARS:
        return False
    name = single_name(text)
    words = name.split()
    if (not 2 <= len(words) <= 5 or not _MENU_WORDS.isdisjoint(w.lower() for w in words)
            or AFFILIATION.search(name)):
        return False
    return bool(NAME.fullmatch(name))


def byline_parts(text: str) -> list[str]:
    """A byline cut into its names ('' where a part held only marks or a separator)."""
    return [author_name(p) for p in NAME_SPLIT.split(plain_byline(text))]


def names_on_line(text: str) -> list[str]:
    """The names on a short line that goes on with a list of authors shown one a line:
    ', Mateusz Zieliński' or 'Marcus J. Ellery, and Sofía Cárdenas Vidal'. A degree there is a
    part of its own ('Aiyana Whitehorse, MD,'), and no name."""
    if len(text) > 3 * _NAME_CHARS or AFFILIATION.search(text):
        return []
    names = [p for p in byline_parts(text) if p and not is_degree(p)]
    return names if 1 <= len(names) <= 3 and all(one_name(n) for n in names) else []


def is_degree(word: str) -> bool:
    """'PhD', 'M.D.', 'MPH': a degree after a name, never a name."""
    return word.replace(".", "").upper() in _DEGREES


def name_before_institution(text: str) -> str | None:
    """'Lucía Fernández-Ortega Universidad Pública de Navarra, Pamplona' -> the name: one
    person's name run on to the institution (Dialnet, a get_text of Taylor & Francis' card),
    which opens with the word that starts an institution's name ('University of', not
    the 'University' of 'Utah State University'); '김서연(서울여자간호대학교)' -> '김서연'."""
    if "(" in text and (cjk := _CJK_NAME_AT.fullmatch(text)):
        return cjk.group(1)  # ('김서연(서울여자간호대학교)': DBpia's)
    if (m := _INSTITUTION_AFTER.fullmatch(text[:400])) and (
            AFFILIATION.search(m.group(2)) or m.group(2).count(",") >= 2) and one_name(m.group(1)):
        return single_name(m.group(1))  # ('Ivana Roe ; Hrvatski šumarski institut, Jastrebarsko',
        # Hrčak; 'مهدی رستمی - کارشناسی ارشد ...', Civilica)
    if text.endswith(")") and (m := _BRACKETED_INSTITUTION.fullmatch(text)) and (
            AFFILIATION.search(m.group(2)) or "," in m.group(2)) and one_name(m.group(1)):
        return single_name(m.group(1))  # ('Kristen M. Roe(Glenn Research Center Cleveland,
        # Ohio, United States)': NTRS)
    m = _INSTITUTION_START.search(text[:_NAME_CHARS + 40])
    if m is None or m.start() == 0:
        return None
    name = text[: m.start()].strip()  # ('Name, University of X' is a byline: see fields)
    if name.endswith(",") or sum(w[:1].isupper() and not w.isupper() for w in name.split()) > 4:
        return None  # ('Maurice Roe-Hess Lee Kong Chian Natural History Museum': the
        # institution's name opens before its first word we know)
    return single_name(name) if one_name(name) else None


def name_before_brackets(text: str) -> str | None:
    """'Fitri Handayani Lubis (Balai Pengkajian Teknologi Pertanian Riau)' -> the name: a
    name with anything bracketed after it but figures, read as an author's card only in a
    list whose cards show institutions we know ('Dedi Kurniawan (Universitas Riau)' above)."""
    if not text.endswith(")") or not (m := _BRACKETED_INSTITUTION.fullmatch(text)) or (
            any(c.isdigit() for c in m.group(2))):
        return None
    return single_name(m.group(1)) if one_name(m.group(1)) else None


_INSTITUTION_AFTER = re.compile(r"([^;,()]{4,80}?)\s(?:;|[-–—])\s(.{3,})")
_BRACKETED_INSTITUTION = re.compile(r"([^()]{4,80}?)\s?\(([^()]{3,200})\)")
_CITED_NAME_WORDS = 4  # a name before its institution, at most


def cited_name(text: str, page_text: str) -> str | None:
    """The name a line opens with, run on to the institution after it with no mark between
    ('Mateus Albuquerque Lins Zhejiang University', a text browser's list of authors): it ends
    at the word the page's text cites as a surname with the name's first initial ('Lins, M.
    A.' in an OJS page's 'How to Cite'). (A few C searches of the page: no pattern over it.)"""
    words = text.split(" ", _CITED_NAME_WORDS + 2)
    # (two words at least after it: an institution's name, not a suffix, 'Pendergast IV')
    for j in range(min(len(words) - 2, _CITED_NAME_WORDS), 1, -1):
        key = f"{words[j - 1]}, {words[0][:1]}."
        at = page_text.find(key)
        while at > 0 and (page_text[at - 1].isalpha() or page_text[at - 1] in "'’-"):
            at = page_text.find(key, at + 1)  # (a longer surname's end: 'Collins, M.')
        if at >= 0 and one_name(name := " ".join(words[:j])):
            return name
    return None


# A name as an index writes it, then in full: 'Randrianasolo, H (Randrianasolo, Haingotiana)'.
_SHORT_THEN_FULL = re.compile(r"([^\W\d_][\w'’-]*(?: [\w'’-]+)?), [A-Z]{1,3}(?:-[A-Z])? "
                              r"\(\1, ([^()]+)\)")


def inverted_names(text: str) -> list[str]:
    """'Tolliver, Rebecca M. MD, MPHa; Achebe, Daniel O. PhDb' -> ['Tolliver, Rebecca M.',
    'Achebe, Daniel O.']: names written surname first, one a group between semicolons or
    bars, each with its degrees and marks after it (Wolters Kluwer, IOS Press); [] unless
    every group is one."""
    text = _BYLINE_LABEL.sub("", text) if text[:1] in "AaBb" else text
    if "^" in text:  # (w3m's marks, a ';' between two of them: 'Roe, Helena M.^a^; ^*')
        text = _MARKS.sub("", text)
    if " (" in text:  # (Web of Science: the index's short form, then the name in full)
        text = _SHORT_THEN_FULL.sub(r"\1, \2", text)
    groups = [g for g in _NAME_GROUPS.split(text) if not _MARK_GROUP.fullmatch(g)]
    if len(groups) < 2:
        return []
    names = []
    for group in groups:
        family, comma, given = group.partition(",")
        family = family.strip()
        if not comma or family.count(" ") > 2 or not NAME.fullmatch(family):
            return []
        words = []
        given_words = given.replace(",", " ").split()
        for i, word in enumerate(given_words):
            core = _INITIAL_MARK.sub(".", word.rstrip("*∗†‡0123456789[]^"))  # ('M.a' -> 'M.')
            if _degree(core)[0] in _DEGREES:
                break  # ('MD', 'MPHa': a degree, its mark run on)
            if not core[:1].isupper() and not (
                    core in _PARTICLES and (
                        given_words[i + 1][:1].isupper() if i + 1 < len(given_words)
                        else len(core) > 1)):  # (a surname's particle last: 'Siqueira de')
                break  # (a mark of its own: 'c' of 'MDa,c'; not 'das' of 'Francisco das Chagas')
            words.append(core)
        if words and len(words[-1]) > 2 and words[-1].endswith("."):
            words[-1] = words[-1][:-1]  # (the list's closing full stop: 'Lages.', not 'M.')
        if not words:
            return []
        names.append(f"{family}, {' '.join(words)}")
    return names


def romanized_names(text: str) -> list[str]:
    """'김지현 ( Jihyun Kim ) 1 , 박서연 ( Seoyeon Park ) 2' -> ['김지현', '박서연']: names in Hangul
    or Han characters, each with its romanisation in brackets (KCI, KoreaScience) or its
    institution ('김민재 (전북대학교 농화학과)', ScienceON); [] unless every part of the line is one."""
    parts = [p for p in text.split(",") if p.strip()]
    found = [_ROMANIZED.fullmatch(p.strip()) or _CJK_NAME_AT.fullmatch(p.strip()) for p in parts]
    return [m.group(1) for m in found] if len(parts) >= 2 and all(found) else []


# Silverchair's byline as a text browser or innerText shows it: each name's link, a ';' or
# ',' and the card the link opens, which starts with the name again ('Ingrid Roe; Ingrid Roe1
# Department of ... Search for other works by this author on: ... Google Scholar Max Poe; ...');
# the last name has none after it.
_CARDED_NAME = regex.compile(r"(?<!\S)([^\W\d_][^;,]{1,60}?)\s?[;,]\s?\1(?!\p{Ll})")  # ('Roe1Department')
_LAST_CARDED_NAME = regex.compile(  # (an icon's alt text between: 'Roe [envelope] Roe*')
    r"(?<!\S)([^\W\d_][^;,]{1,60}?)\s(?:\[[a-z]{1,12}\]\s)?\1(?!\p{Ll})")


def carded_names(text: str) -> list[str]:
    """The names of such a byline, which opens with the first of them."""
    if "ORCID" in text or "logo" in text or "[orcid]" in text:
        text = _ICON_TEXT.sub("", text)  # ('Mariko Roe ORCID logo, Mariko Roe 1Department',
        # w3m's 'Isabelle F. Morin[orcid]; Isabelle F. Morin')
    first = _CARDED_NAME.match(text)  # (one try at the start: most lines are none)
    if first is None or not one_name(author_name(first.group(1))):
        return []
    # (a place named twice in a card is no name: 'Klinikum Kassel, Kassel, Germany')
    names, end = [], 0
    for m in _CARDED_NAME.finditer(text):
        if one_name(name := author_name(m.group(1))):
            names.append(name)
            end = m.end()
    last = next((name for m in _LAST_CARDED_NAME.finditer(text, end)
                 if one_name(name := author_name(m.group(1)))), None)
    return [*names, last] if last else names


def is_name(part: str) -> bool:
    """A person's name as an author list gives it, in Latin, Cyrillic or CJK script."""
    return bool(NAME.fullmatch(part) or _CJK_NAME.fullmatch(part))


def author_list(text: str) -> bool:
    """'A. Smith, B. Jones and C. Wu' or 'Smith J, Jones B': names separated by commas."""
    if len(text) > _AUTHOR_LINE_CHARS:
        return False
    parts = [p.strip() for p in NAME_SPLIT.split(plain_byline(text))
             if p.strip(_MARK_CHARS)]  # ('Roe2,3': the 3 is a mark, not a part)
    if len(parts) < 3:
        return False
    # Stop at the fourth part in ten that is no name. A part too long for six name words is
    # none (and never reaches the backtracking name pattern); nor is an institution's.
    allowed = 0.3 * len(parts)
    misses = 0
    for p in map(_without_titles, parts):  # ('PD Dr. med. Stefan Kurz')
        if len(p) > _NAME_CHARS or not is_name(p) or AFFILIATION.search(p):
            misses += 1
            if misses > allowed:
                return False
    return True


def byline(text: str) -> bool:
    """'Victoria Van Hyning, University of Oxford, Zooniverse': one author and affiliation."""
    name, comma, rest = text[:300].partition(",")
    return (bool(comma) and len(name) <= 60 and bool(NAME.fullmatch(name.strip()))
            and not AFFILIATION.search(name) and AFFILIATION.search(rest) is not None)
