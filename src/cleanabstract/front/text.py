"""Plain-text front end: flattened pages in any common style -> blocks.

Styles it tells apart and undoes:
- ``lines``: a browser's innerText, or BeautifulSoup's ``get_text("\\n")`` where one sentence
  may arrive over several lines (rejoined by ``_join_fragments``);
- ``wrapped``: text-mode browsers and PDF converters that hard-wrap at a fixed width
  (``w3m -dump``, ``lynx -dump``): soft wraps rejoined, hyphenation undone, bullets and form
  widgets removed;
- ``markdown``: crawlers built for language models (Jina Reader, Firecrawl, crawl4ai,
  html2text): headings kept as headings, link and emphasis syntax removed.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Callable, Set
from itertools import accumulate

import regex

from ..blocks import Block, PageEvidence
from ..labels import byline_parts, one_name

_JINA_FIELD = re.compile(r"^(Title|URL Source|Published Time|Description|Warning):\s*(.*)$")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_MD_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MD_CODE = re.compile(r"`([^`\n]*)`")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_BULLET = re.compile(r"^\s*(?:[•◦▪▫■□☐☑☒☆★○●◆◇►▶‣⁃∙·*+\-–]|\(?\d{1,3}[.)]|[a-z][.)])\s+(?=\S)")
_LYNX_REF = re.compile(r"\[\d{1,4}\](?=\S)")
# w3m's subscripts: 'H[2]O[2]' (lynx puts its link numbers after a space: ' [12]Home').
_W3M_SUBSCRIPT = re.compile(  # 'H[2]O', 'K[d]', 'HbA[1c]', 'Gd[0.2]', 'Aβ[42/40]', 'bla[CTX-M-1]'
    r"(?<=[^\W_])\[(\d{1,3}(?:[./]\d{1,3})?|\d{1,2}[a-z]{1,2}|[a-z]{1,4}|[A-Z])\]|(?<=[a-z])\[([A-Z][A-Z0-9]{1,5}(?:-[A-Z0-9]{1,4}){0,3})\]"
    # a group's count in a formula, the formula going on: '(Gd[0.2]Y[0.8])[2]Zr[2]O[7]'
    r"|(?<=\))\[(\d{1,2})\](?=[A-Z(])")
_W3M_NESTED = re.compile(r"(?<=[^\W_])\[([A-Z][a-z]?\d{1,3})\]")  # a subscript's own subscript
_W3M_SUBSCRIPT_START = re.compile(r"\[(?:\d{1,3}(?:[./]\d{1,3})?|\d{1,2}[a-z]{1,2}|[a-z]{1,4}|[A-Z])\]")
_WIDGET_LINE = re.compile(r"\s*(?:\[[ xX*]?\]|\(\s?[*x ]?\s?\))\s*")
_WIDGET = re.compile(r"\[\s{2,}\]|\[[_ ]{3,}\]|_{4,}|\(\s?[*x ]?\s?\)\s|\[[xX ]\]\s")
# What a screen reader is told about a link, in brackets, and an author's ORCID address: no
# content, and they cut the line they sit in ('Lucía B. Ferreyra' / '[Opens in a new
# window]' / ', Martín A. Scherer'). (A link 'Open in a new tab' of its own is chrome, for
# the rules to drop and report.)
_LINK_NOTE = re.compile(r"\s*[\[(]\s*opens? in (?:a )?new (?:window|tab)\s*[\])]|"
                        r"\s*https?://orcid\.org/[\d-]{15,}[\dX]", re.I)
_WS = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_WIDE_SPACES = tuple("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")
# Zero-width and soft-hyphen characters a scrape leaves inside words. A non-joiner or joiner
# after a letter of the Arabic or an Indic script is spelling, not noise (Persian writes
# 'تداخل\u200cسنجی' with one); elsewhere it goes too, by a slower pattern that runs only on
# pages holding one.
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad]")
_STRAY_JOINER = re.compile(r"[\u200c\u200d](?<![\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
                           r"\u0900-\u0dff\ufb50-\ufdff\ufe70-\ufefc][\u200c\u200d])")
# Where two elements' texts meet with no space (see _unglued): a word of two lower-case
# letters or more, a full stop, a bracket or a number, then a capitalised word ('studyKwame',
# 'climates.Methods', 'Ghana2Department'); not 'mRNA', 'pH', 'iPhone' nor 'SARS-CoV-2'.
# A heading run on to its text after a space ('... thermal management AbstractFully ...')
# is cut before too.
_GLUE = re.compile(r"(?:(?<=[a-z]{2})|(?<=[.!?):\d]))(?=[A-Z][a-z])|"
                   r"(?<=\s)(?=(?:Abstract|Summary|Keywords)[A-Z][a-z])")
_GLUED_LINE, _GLUE_SPACING = 1000, 150  # a line this long, glued once in this many characters
_TERMINAL = tuple(".!?:;。．｡！？")
# Words after which an English sentence cannot end: a line ending in one was split by markup.
_CONTINUES = frozenset((
    "a", "an", "the", "of", "in", "on", "at", "by", "for", "to", "from", "with", "and", "or",
    "nor", "but", "as", "than", "that", "which", "who", "whose", "whom", "is", "are", "was",
    "were", "be", "been", "being", "has", "have", "had", "into", "onto", "upon", "via", "per",
    "between", "among", "within", "without", "under", "over", "through", "during", "against",
    "about", "such", "its", "their", "our", "this", "these", "those",
    # (and in the languages of the Romance and German pages: 'dans le' / 'Plan Canopée')
    "le", "la", "les", "du", "des", "une", "et", "au", "aux", "dans", "par", "pour",
    "avec", "el", "los", "las", "del", "con", "por", "para", "em", "do", "da", "dos", "das",
    "com", "der", "die", "den", "dem", "und", "mit", "von",
))


# Of those, words that also end no menu item ('Sign in', 'Log on' do end in 'in' and 'on').
_NEVER_LAST = frozenset(("of", "the", "a", "an", "and", "with", "for", "to", "from"))
# Abbreviations that end no sentence: what follows them goes on with it.
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:c|ca|cf|e\.g|i\.e|viz|vs|approx|[Ff]igs?|[Ee]qs?|[Vv]ols?|pp)\.$")


def to_blocks(text: str, is_chrome: Callable[[str], bool] | None = None,
              ) -> tuple[list[Block], PageEvidence]:
    """Cut a flattened page into blocks, choosing the style from the text itself.

    ``is_chrome`` says whether a line is, whole, an item of site chrome ('Sign up for alerts'):
    such a line is complete and never rejoined with its neighbours."""
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "\u200c" in text or "\u200d" in text:
        text = _STRAY_JOINER.sub("", text)
    spaced_lines = [ln.expandtabs(4) for ln in _unglued(text.split("\n"))]
    lines = [ln.rstrip() for ln in spaced_lines]
    lines, evidence = _strip_jina_header(lines)
    style = "markdown" if evidence.style == "markdown" or _is_markdown(lines) else ""
    # (a text-mode browser expands tabs: a tab is a browser's or a scraper's table cell)
    width = 0 if style or "\t" in text else _wrap_width(lines)
    if not style:
        style = ("wrapped" if width else "soup" if _is_soup(lines) or _is_raw_soup(spaced_lines)
                 else "lines")
    if style == "markdown":
        raw = _markdown_blocks(lines)
    elif style == "wrapped":
        raw = _wrapped_layout(lines, width)
    elif style == "soup":
        continues = _node_joints(spaced_lines)
        raw = _line_blocks(_without_joining_spaces(spaced_lines, continues), soup=True,
                           is_chrome=is_chrome, continues=continues)
    else:
        raw = _line_blocks(lines, soup=False, is_chrome=is_chrome)
    blocks = []
    for line_no, body, level, item in raw:
        if style == "wrapped" and "[" in body:
            nested = "]]" in body
            body = _W3M_SUBSCRIPT.sub(_unbracketed, body)  # (before lynx's link numbers go)
            if nested:
                body = _W3M_NESTED.sub(r"\1", body)  # 'Ṁ[O[2]]' -> 'Ṁ[O2]' -> 'ṀO2'
        body = clean_inline(body)
        if body:
            blocks.append(Block(body, f"text:line-{line_no}", level, item))
    return blocks, PageEvidence(
        title=evidence.title, title_where=evidence.title_where, url=evidence.url, style=style
    )


def _unbracketed(m: re.Match) -> str:
    return m.group(1) or m.group(2) or m.group(3)


def clean_inline(text: str) -> str:
    """Whitespace normalised to single spaces; lynx link numbers, form widgets and w3m's
    superscript carets ('Ca^2+', 'GD1^T') removed."""
    # Each substitution only where its literal shows: a scan of every character costs some
    # 2 µs a line, and a page has hundreds of lines.
    if "[" in text:
        text = _LYNX_REF.sub("", text)
    if "^" in text:
        text = _carets_outside_tex(text) if "$" in text or "\\(" in text else _CARET.sub("", text)
    if "[" in text or "(" in text or "__" in text:
        text = _WIDGET.sub(" ", text)
    return spaced(text)


def _carets_outside_tex(text: str) -> str:
    """w3m's superscript carets removed outside the TeX formulas a page shows raw ('$\\det
    D^2 u = f$', AMS, arXiv; '\\(C^2\\)', Annals of Mathematics): a caret there is TeX's."""
    pieces = _TEX_MATH.split(text)  # (the formulas at odd places)
    return "".join(p if k % 2 else _CARET.sub("", p) for k, p in enumerate(pieces))


def spaced(text: str) -> str:
    """Runs of spaces (tabs, no-break and other wide spaces too) as one space, ends stripped."""
    if "  " not in text and "\t" not in text and (
            text.isascii() or not any(c in text for c in _WIDE_SPACES)):
        return text.strip()  # nothing to collapse: the common case, without the regex scan
    return _WS.sub(" ", text).strip()


_TEX_MATH = re.compile(r"(\$[^$\n]{1,300}\$|\\\(.{1,300}?\\\))")  # ('$...$', MathJax's '\(...\)')
# w3m's superscript marks: 'Ca^2+', a type strain's 'GD1^T', 'Fe^III', '20^th' (and '10^' /
# '−1' cut by a line's wrap), a mass number ('cosmogenic ^36Cl', and '^' / '13C' cut so). Not
# an affiliation mark such as 'ROE^a1' or 'Whitfield^A' (capitals after a letter are Roman
# numerals only), which the author-list test reads.
_CARET = re.compile(r"(?<=\w)\^(?: (?=[\d+\-−]))?(?=[\d+\-−]|(?<=\d\^)(?:[A-Z]+|st|nd|rd|th)\b|[IVX]+\b|"
                    r"(?<=\d\^)(?:e|er|re|ème|o|a)\b|(?<=[IVXLC]{2}\^)(?:e|er|re)\b)"  # (ordinals:
                    # 'XV^e siècle', '1^er', '2^o'; a mark of a name in capitals is no Roman
                    # numeral's: 'WANG LI^a')
                    r"|(?:^|(?<=[\s(]))\^ ?(?=\d{1,3}[A-Z])")
_HYPHENATED = re.compile(r"\w+-\w+")
# A page laid out as a table, in a text-mode dump (see _column): a gutter of two spaces or more
# before a cell; rows side by side at least; the length that a quarter of the prose side's
# rows reach (its text from the line's start, or to the line's end: a third column beside it
# must not cut it short, and an article's short lines, type, names, dates, must not hide it);
# the share of the region's rows the columns fill; the length of a line worth looking at.
_GUTTER = re.compile(r"(?<! ) {2,}(?=\S)")  # (from a run's first space: linear on long runs)
_COLUMN_ROWS, _COLUMN_PROSE, _COLUMN_FILL, _COLUMN_LINE = 8, 40, 0.5, 30
# Characters a text-mode browser draws two columns wide, and between any two of which Chinese
# and Japanese text may wrap (Hangul, whose words are spaced, wraps at spaces).
_WIDE_CHARS = re.compile(r"[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
                         r"\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
# Marks a text-mode browser sets on the letter before them, in no column of their own: Arabic's
# and Hebrew's vowel points, Thai's vowels above and below and its tone marks, Devanagari's
# vowel signs over and under (those beside a letter take a column, as the letter does).
_ZERO_WIDTH = regex.compile(r"\p{Mn}")
_WIDE = re.compile(r"[\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                   r"\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
_CAPITALISED = re.compile(r"[A-Z][a-z]")  # an English word after them (see _wrapped_blocks)
_HEAD_SUFFIX = re.compile(r"\s+(?:[|｜]|[-–—]|::|in:)\s+", re.I)  # the site's end of a <title>
_TITLE_PIECE = 30  # characters of the line before, with the line, looked for in the <title>
# ('Abstract:   and medium-sized', CDS's 'Title       for the ATLAS ...' without a colon)
_SIDE_LABEL = re.compile(r" {0,12}(?:([^\W\d_][\w ]{0,24}:|[^\W\d_][\w()]{0,15}(?: [\w()]{1,15})?) {2,}|"
                         r"([a-z]{2,8}(?:\.[a-z]{2,16}){1,3}) +)(?=\S)")  # ('dc.description.abstract')
# A label alone on a line, as w3m draws one centred beside a cell (see _bare_label_on_top).
_BARE_LABEL = re.compile(r"[^\W\d_][\w ]{0,24}:?")
# A language code in a record table's last column, and how many rows and how far right a
# column of them stands at least (see _without_locale_column).
_LOCALE_CELL = re.compile(r"(?<=\S) {2,}([a-z]{2,3}(?:_[A-Z]{2})?|\*)$")
_LOCALE_LAST = frozenset(string.ascii_letters + "*")  # (a cheap look before the pattern's)
_LOCALE_ROWS, _LOCALE_COLUMN = 3, 60
_COLUMN_SLACK = 3  # an indented item's cell may start this far right of its column
_SIDEBAR_ROWS = 4  # inside a column already found, a sidebar this short counts
_SENTENCE_END_WORD = re.compile(r"[a-z]+[.,;:]")
_PARAGRAPH_NUMBER = re.compile(r"\d{1,2}[.)]")  # ('1.' ... '5.': Journal of Applied Ecology's)
_CASELESS = re.compile(r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]")  # (Hebrew, Arabic)
_EXPONENT_END = re.compile(r"[−⁻+][\d¹²³]{0,2}$")  # an exponent's sign, maybe its digits: '10−3'
_LETTERS = re.compile(r"[^\W\d_]+")
_TAIL = 300  # characters of a growing row that the glue rules look at
# A line opening with an aside in brackets and going on in lower case: the rest of a sentence.
_ASIDE_GOES_ON = re.compile(r"\([^()]{1,40}\)[,;]? [a-z]")  # ("(encoding PD-L1), and")
_BYLINE_START = re.compile(r"by [A-Z][\w'’.-]+ [A-Z][\w'’.-]+.*(?:,| and )")
# The label that opens a structured abstract, at the start of a line: a paragraph of its own
# under a line that ended a sentence or an aside, however long that line ran (an author's
# affiliation in brackets, then 'Introduction/Objective. Postoperative delirium ...').
_OPENING_SECTION = re.compile(
    r"(?:Introduction|Background|Context|Objectives?|Purpose|Aims?|Rationale)"
    r"(?:\s*(?:/|and|&)\s*[A-Z]?[a-z]+)?[.:] [A-Z]")
# A paragraph wrapped at a table cell's width (see _narrow_widths): this many lines at least,
# its widest line this long at least and no wider than this share of the page's width, and
# its lines ending within this many characters of the widest.
_NARROW_RUN, _NARROW_MIN, _NARROW_SHARE, _NARROW_SLACK = 5, 30, 0.8, 12
# A row of a record table that names its field as Dublin Core does ('dc.identifier.doi  https://...',
# DSpace's full item record): never the wrapped end of the row above, however long that is.
_FIELD_ROW = re.compile(r"[a-z]{2,8}(?:\.[a-z]{2,16}){1,3}:? +\S")
_CELL_INDENT, _CELL_SHORT = 8, 4  # a value cell's indentation, its width short of the page's
_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+")  # '2,914' views
# A line that ends in an address or a DOI: what follows it is no superscript of it ('.../00112-7'
# '4' 'Citations').
_ADDRESS_END = re.compile(r"(?:https?://|\b10\.\d{4,9}/)\S*$")
_SCRIPT = re.compile(r"[\d+\-−–*†‡§](?:[\d,.+\-−–*†‡§]{0,5})")
_YEAR = re.compile(r"(?:19|20)\d\d")
# The label a count stands over in a metrics bar ('412' / 'Views' / '0' / 'CrossRef citations
# to date'): the number is the label's, not a superscript of the line before it.
_COUNT_LABEL = re.compile(r"(?:views?|downloads?|(?:crossref )?citations?|citing articles|"
                          r"altmetric|readers|reads|saves|shares|mentions|comments)\b", re.I)
# A line that opens with one space and then text: a text node that went on after an inline
# element (two spaces or more are a text-mode browser's indentation, a bullet a list item's).
_NODE_OPENING = re.compile(r" (?![ •◦▪*\-–·])")
# ... and one that ends in a single space. (A text-mode browser pads table cells with more,
# and indents its lines by two spaces or more: such lines are no evidence.)
_NODE_CLOSING = re.compile(r"\S \Z")
_SPACED_WORDS = 4  # the longest pieces a line of spaces alone joins (see _node_joints)
_CLOSING_SHARE = 0.5  # more of a page's lines ending in a space than this: no node evidence
_SYMBOL = re.compile(r"[A-Z][a-zA-Z]?")  # an element's symbol, or a formula's start ('CO')
_MASS_NUMBER = re.compile(r"(?:^|[\sδ(]|\[\d{1,2}-)\d{1,3}$")  # ('… 13', 'δ15', '[1-13': then 'C', 'N-NO')
# ('using', a title's 'After'; not the 'H' of 'H' '2' 'O' or the 'Fe' of 'Fe' '2' 'O' '3')
_LOWER_WORD_END = re.compile(r"(?:^|\s)(?:[a-z]+|[A-Z][a-z]{2,})$")
_SYMBOL_WORD = re.compile(r"([A-Z][a-z]?)(?:[\s,.;:)\]\-]|$)")
# Elements that isotopes in abstracts name, less the symbols that are also English words
# opening a sentence ('In', 'As', 'At', 'No', 'He', 'Be', 'I').
_ELEMENT_SYMBOLS = (
    "H Li B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge Se Br Kr "
    "Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd Sn Sb Te Xe Cs Ba La Ce Nd Sm Eu Gd Dy Er Yb Lu Hf Ta "
    "W Os Ir Pt Au Hg Tl Pb Bi Po Rn Ra Ac Th Pa U Np Pu Cm")
_ELEMENTS = frozenset(_ELEMENT_SYMBOLS.split())
_OPERATORS = "=≈<>≤≥±×"
_RELATION = re.compile(rf"[{_OPERATORS}] ?[−\-+]?\.?\d")  # '= 0.11', '> 0.998)', '<.001)'
# A formula so far, ending in a count: 'CHA2', 'H2', '-OH/H2', 'Zr6O4'.
_FORMULA_END = re.compile(r"(?:^|[\s(/\-])(?:[A-Z][A-Za-z]?\d{0,2}){0,4}[A-Z][A-Za-z]{0,2}\d{1,2}$")
_FORMULA_GROUP = re.compile(r"\([A-Z][A-Za-z\d]{0,5}\)")  # '(OH)' of 'Zr6O4(OH)4'
_FORMULA_PART = re.compile(r"[A-Z][A-Za-z]{0,2}")
_GENOTYPES = frozenset(("−/−", "+/−", "+/+", "-/-", "+/-", "−/+", "-/+"))
_HALF = re.compile(r"[1-9]/[1-9](?![\d/])")  # a fraction set as a superscript: 'H' '1/2'
_RATIO = re.compile(r"\d{1,3}/\d{1,3}")
_SYMBOL_END = re.compile(r"(?:^|[\s(])[A-Z][^\W\d_]{0,2}$")  # 'Aβ', 'IL', 'T'
_SHORT_SYMBOL = re.compile(r"(?:^|[\s(])(?:[A-Z][A-Za-z]{0,2}|[a-z])$")  # 'CT', 'Ro', '(C', '(r'
# Subscripts that are words: CTmax, Corg, Rosat, Kd (a lone 'a' is the article).
_SUBSCRIPT_WORDS = ("max min mean peak sat org eff opt crit ref tot obs app cat lim avg red ox "
                    "b c d e f g i j k l m n p q r s t u v w x y z")
_SUBSCRIPTS = frozenset(_SUBSCRIPT_WORDS.split())
# Two or more capitalised words (Latin or Cyrillic): a person's name, which starts its own line
# in author lists ('А. В. Кузнецов').
_NAMEISH = re.compile(r"(?:[A-ZÀ-ÞА-ЯЁ][\w'’\-.]*[\d,*†‡]*\s+){1,4}[A-ZÀ-ÞА-ЯЁ][\w'’\-.]*[\d,*†‡]*")


def as_block_text(line: str) -> str:
    """How one line of a page reads as a block: list bullet, link numbers and widgets gone."""
    bullet = _BULLET.match(line)
    return clean_inline(line[bullet.end() :] if bullet else line)


def _unglued(lines: list[str]) -> list[str]:
    """A page that get_text() with no separator read whole into one line: a script-built page
    (React, Angular) has no white space between its elements, so their texts run together
    ('...cohort studyKwame Asante-Boateng1, Efua Mensah1Affiliations1School of...'). Such a
    line, long and glued in many places, is cut where a word runs on to a capitalised one;
    the soup reader then rejoins what belongs together."""
    if not any(len(line) >= _GLUED_LINE for line in lines):
        return lines
    out = []
    for line in lines:
        if len(line) >= _GLUED_LINE and _glued_places(line) * _GLUE_SPACING >= len(line):
            out.extend(_GLUE.split(line))
        else:
            out.append(line)
    return out


def _glued_places(line: str) -> int:
    """How many different places a line is glued in: a brand name said again and again
    ('GitHub') is one."""
    return len({line[m.start() - 4 : m.start() + 4] for m in _GLUE.finditer(line)})


def _strip_jina_header(lines: list[str]) -> tuple[list[str], PageEvidence]:
    """Jina Reader output opens with 'Title:', 'URL Source:' ... 'Markdown Content:'."""
    head = [ln for ln in lines[:12] if ln.strip()]
    if not head or not head[0].startswith("Title:"):
        return lines, PageEvidence()
    fields: dict[str, str] = {}
    for i, line in enumerate(lines[:40]):
        if line.strip() == "Markdown Content:":
            title = fields.get("Title") or None
            return lines[i + 1 :], PageEvidence(
                title=title, title_where="text:jina-title", url=fields.get("URL Source") or None,
                style="markdown",
            )
        m = _JINA_FIELD.match(line.strip())
        if m:
            fields[m.group(1)] = m.group(2).strip()
    return lines, PageEvidence()


def _is_markdown(lines: list[str]) -> bool:
    """Markdown when headings, links or images in markdown syntax are common."""
    marks = 0
    for line in lines:
        if _MD_HEADING.match(line) or _MD_LINK.search(line) or line.lstrip().startswith("!["):
            marks += 1
    nonblank = sum(1 for ln in lines if ln.strip())
    return marks >= 3 and marks >= 0.05 * nonblank


_WRAPPED_FLUSH = 5  # lines flush with the longest: a wrapped paragraph's, not a chance


def _wrap_width(lines: list[str]) -> int:
    """The column a text-mode browser wrapped at, or 0 when the text is not hard-wrapped.

    A wrapped page has many lines ending just short of one width and none far past it; or,
    where few of its lines are long (a page of short items with one wrapped abstract), some
    lines ending within a column or two of one width and none past it at all.
    """
    nonblank = [ln for ln in lines if ln.strip()]
    lengths = [_columns_of(ln) for ln in nonblank]  # (see _columns_of)
    if len(lengths) < 10 or len(lines) - len(lengths) < 0.05 * len(lengths):
        return 0  # text-mode browsers separate paragraphs by blank lines
    counts = [0] * (max(lengths) + 1)
    for n in lengths:
        counts[n] += 1
    upto = list(accumulate(counts))  # upto[n]: lines of at most n characters
    best, best_near = 0, 0
    for width in sorted({n for n in lengths if 60 <= n <= 200}):
        near = upto[width] - upto[width - 16]  # lengths width-15 .. width
        over = len(lengths) - upto[width]
        if over <= 0.05 * len(lengths) and near > best_near:
            best, best_near = width, near
    if best_near >= 5 and best_near >= 0.08 * len(lengths):
        return best
    top = len(counts) - 1
    if top < 60 or upto[top] - upto[top - 3] < _WRAPPED_FLUSH:
        return 0
    # (different lines: one line said again and again, a footer's, is no wrapped paragraph)
    flush = {ln for ln, n in zip(nonblank, lengths, strict=True) if n >= top - 2}
    return top if len(flush) >= _WRAPPED_FLUSH else 0


def _markdown_blocks(lines: list[str]) -> list[tuple[int, str, int, bool]]:
    out: list[tuple[int, str, int, bool]] = []
    para: list[str] = []
    start = 0

    def flush() -> None:
        if para:
            out.append((start, _md_inline(" ".join(para)), 0, False))
            para.clear()

    for no, line in enumerate(lines, 1):
        s = line.strip()
        if not s or _MD_RULE.match(line) or s.startswith("```"):
            flush()
            continue
        if para and len(para) == 1 and _MD_SETEXT.match(line):
            level = 1 if s.startswith("=") else 2
            out.append((start, _md_inline(para[0]), level, False))
            para.clear()
            continue
        if m := _MD_HEADING.match(line):
            flush()
            out.append((no, _md_inline(m.group(2)), len(m.group(1)), False))
            continue
        if s.startswith("|"):
            flush()
            cells = [c.strip() for c in s.strip("|").split("|")]
            if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                out.append((no, _md_inline("  ".join(c for c in cells if c)), 0, False))
            continue
        bullet = _BULLET.match(line)
        if bullet or s.startswith(">"):
            flush()
            body = s.lstrip("> ") if s.startswith(">") else line[bullet.end() :]
            start, para[:] = no, [body]
            if bullet:
                out.append((no, _md_inline(body), 0, True))
                para.clear()
            continue
        if para and not _md_continues(para[-1], s):
            flush()
        if not para:
            start = no
        para.append(s)
    flush()
    return out


def _md_continues(prev: str, line: str) -> bool:
    """Markdown joins soft-wrapped lines, but crawlers put one link or button a line: keep those apart."""
    if _MD_LINK.fullmatch(line) or _MD_LINK.fullmatch(prev):
        return False
    return len(prev) >= 50 or line[:1].islower() or (not prev.endswith(_TERMINAL) and len(line) >= 50)


def _md_inline(text: str) -> str:
    """Markdown inline syntax -> the text a reader sees."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_REF_LINK.sub(r"\1", text)
    text = _MD_AUTOLINK.sub(r"\1", text)
    text = _MD_CODE.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    for _ in range(2):
        text = _MD_STRONG.sub(r"\2", text)
        text = _MD_EM.sub(r"\2", text)
    text = _MD_ESCAPE.sub(r"\1", text)
    return text.replace("  ", " ").rstrip("\\")


def _wrapped_layout(lines: list[str], width: int) -> list[tuple[int, str, int, bool]]:
    """Blocks of a wrapped dump whose page was laid out as a table: a text-mode browser draws
    its columns side by side (a menu, the article, a sidebar), and each column is read on its
    own, top to bottom. Any other page is read line by line."""
    # (a form's box on a line of its own, '[ ]', holds no text: it would cut a cell in two)
    kept = [k for k, line in enumerate(lines) if not _WIDGET_LINE.fullmatch(line)]
    numbers = [k + 1 for k in kept]
    lines = _labels_on_top(_without_locale_column([lines[k] for k in kept]))
    found = _column(lines)
    if found is None:
        return _wrapped_blocks(lines, width, numbers)
    first, last, at = found
    out = _wrapped_blocks(lines[:first], width, numbers[:first])
    for column, rows, column_width in _columns(lines[first : last + 1], numbers[first : last + 1], at):
        out += _wrapped_blocks(column, column_width, rows)
    return out + _wrapped_blocks(lines[last + 1 :], width, numbers[last + 1 :])


def _without_locale_column(lines: list[str]) -> list[str]:
    """A record table without its last, narrow column of language codes ('en_US', 'es_PE':
    DSpace's full item record gives each field's language): those cells stand past the
    values' own wrap, so that a value's lines looked short of the page's width, their wraps
    were not joined, and the code ran on to the value's text."""
    cells = [(i, m.start(1)) for i, line in enumerate(lines)
             if line[-1:] in _LOCALE_LAST and (m := _LOCALE_CELL.search(line))]
    if len(cells) < _LOCALE_ROWS:
        return lines
    column, rows = Counter(at for _, at in cells).most_common(1)[0]
    if rows < _LOCALE_ROWS or column < _LOCALE_COLUMN:
        return lines
    out = list(lines)
    for i, at in cells:
        if at == column:
            out[i] = lines[i][:at].rstrip()
    return out


def _labels_on_top(lines: list[str]) -> list[str]:
    """A record table's label cell centred beside its value, as w3m draws a cell of
    valign=middle ('Abstract:' halfway down the abstract): moved to the value's first line,
    where it reads as a run-in label ('Abstract:   Cloud-based ...'). A label without a colon
    is taken so only where a label's own second line ends the row above ('Report' / 'number'),
    as CDS sets its table; it gets one."""
    out = lines
    edge = 0  # the table's right edge: its widest line (found once a label is)
    for i, line in enumerate(lines):
        m = _SIDE_LABEL.match(line)
        if not m and 0 < i < len(lines) - 1 and _BARE_LABEL.fullmatch(line.rstrip()):
            out = _bare_label_on_top(out, i)
        if not m or i == 0:
            continue
        edge = edge or max(map(len, lines))
        at = m.end()
        if i + 1 == len(lines) or _indent(lines[i + 1]) != at or not lines[i + 1].strip():
            continue  # (centred: its value goes on below it too)
        # w3m centres the label: as many of its value's rows over it as under it, or one
        # fewer; the rows past those belong to the row above ('Title' over two rows, then
        # 'Author(s)' halfway down five, CDS).
        top, k = _cell_end(lines, i, at, -1), _cell_end(lines, i, at, 1)
        j = max(top, i - (k - i))
        if top < j and lines[j].rstrip().endswith((".", "?", "!")):
            j += 1  # (one fewer over it: that row ends the sentence of the value above)
        elif (j == top and j > 0 and lines[j - 1][:at].strip() and k - i >= i - j - 1 >= 0
              and len(lines[j - 1]) + 1 + len(lines[j][at:].split(" ", 1)[0]) > edge):
            j += 1  # (one fewer over it: the labelled row above wrapped, its line too full for
            # this row's first word, which ends its value: 'Título: ... nitratos y' /
            # 'coliformes fecales', Biblat's)
        if j == i:
            continue
        labelled_above = j > 0 and bool(lines[j - 1][:at].strip())
        if j > 0 and lines[j - 1][at:].strip() and (
                i - j < 2 or ((k - i) - (i - j) > 1 and not labelled_above)
                or not (top < j or labelled_above)):
            continue  # (the line over them holds a value: they go on the value of a label
            # above, unless this label sits halfway down two rows or more and the rows over
            # them are past the halfway mark or a row of their own: 'dc.identifier.uri
            # https://...' over a DSpace abstract's; the rows under it may then run on into
            # the next cell's, a translation's beside its own label)
        name = m.group(1) or m.group(2)
        if not name.endswith(":") and not (j > 0 and lines[j - 1].strip()):
            continue  # (a label without a colon only in a table whose rows no gap parts)
        if out is lines:
            out = list(lines)
        label = name if name.endswith(":") else name + ":"
        out[j] = label.ljust(at) + out[j][at:] if len(label) < at else f"{label} {out[j][at:]}"
        out[i] = " " * at + line[at:]
    return out


def _bare_label_on_top(lines: list[str], i: int) -> list[str]:
    """A label alone on its line, halfway down a value cell that goes on above and below it:
    w3m draws it in the row of a paragraph break (MyJurnal's 'Abstract' between a structured
    abstract's 'Methods' and 'Results'). It goes to the cell's first line, the row it stood in
    becomes the break again."""
    at = _indent(lines[i + 1])
    if at <= len(lines[i].rstrip()) or _indent(lines[i - 1]) != at or not lines[i - 1].strip():
        return lines
    top, bottom = _cell_end(lines, i - 1, at, -1), _cell_end(lines, i + 1, at, 1)
    if abs((i - top) - (bottom - i)) > 1:
        return lines  # (not centred: a line of its own between two cells)
    out = list(lines)
    label = lines[i].strip().rstrip(":") + ":"
    out[top] = label.ljust(at) + lines[top][at:]
    out[i] = ""
    return out


def _cell_end(lines: list[str], i: int, at: int, step: int) -> int:
    """The first (step -1) or last (step 1) line of the value cell at column ``at`` that line i
    is a row of: the lines indented to it, up to a blank line; past one blank line between two
    of them, a paragraph break inside the cell (EThOS's abstract in two paragraphs)."""
    j = i
    while 0 <= j + step < len(lines):
        nxt = lines[j + step]
        if not nxt.strip() and 0 <= j + 2 * step < len(lines) and (
                lines[j + 2 * step].strip() and _indent(lines[j + 2 * step]) == at):
            j += 2 * step
        elif nxt.strip() and _indent(nxt) == at:
            j += step
        else:
            break
    return j


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _columns(lines: list[str], numbers: list[int], at: int,
             depth: int = 0) -> list[tuple[list[str], list[int], int]]:
    """The columns left and right of ``at``, and of a column that either side holds in turn
    (once: a menu, the article and a sidebar are three, found in either order), as (lines,
    their numbers, the width they wrap at). The article is the column that a nested split
    leaves on the right of the left-hand side and on the left of the right-hand one: the
    side's text above and below the split runs on into it."""
    left, right = [], []
    for line in lines:
        cut = _cut(line, at)
        if cut is None:  # a row that runs across the columns
            left.append("")
            right.append(line)
        else:
            left.append(line[:cut].rstrip())
            right.append(line[cut:].rstrip())
    out = []
    for k, side in enumerate((left, right)):
        found = _column(side, _SIDEBAR_ROWS) if depth == 0 else None
        if found is None:
            out.append((side, numbers, _widest(side)))
            continue
        first, last, beyond = found
        inner, outer = _columns(side[first : last + 1], numbers[first : last + 1], beyond, 1)
        if k == 0:  # (a menu left of the article: the article is the split's right column)
            inner, outer = outer, inner
        main = side[:first] + inner[0] + side[last + 1 :]
        main_rows = numbers[:first] + inner[1] + numbers[last + 1 :]
        parts = [(main, main_rows, _widest(main)), outer]
        out += parts[::-1] if k == 0 else parts
    return out


def _cut(line: str, at: int) -> int | None:
    """Where a row divides at the column boundary ``at``: there, or at a gutter a few
    characters left of it (a sidebar's heading over its indented items); None for a row
    whose text runs across."""
    if len(line) <= at or line[at - 1] == " ":
        return at
    for cut in range(at - 1, max(at - 5, 2), -1):
        if line[cut - 2 : cut] == "  " and line[cut] != " ":
            return cut
    return None


def _widest(lines: list[str]) -> int:
    """The width a column wraps at: that of its longest lines, bar the tenth longest (a row of
    another column's text left in it must not widen it)."""
    lengths = sorted(len(line) for line in lines if line)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def _column(lines: list[str], min_rows: int = 0) -> tuple[int, int, int] | None:
    """(first row, last row, column) of a layout table's column boundary, or None. On enough
    rows a cell starts at the column with another cell left of it; the cells on one side of
    it are prose (a data table's are short), and they fill most rows of the region (labels
    beside their values fill few: such a table is read by rows). A cell that starts a few
    characters right of the column (an indented item under a heading) counts for it.
    ``min_rows``: fewer rows than this are none (by default _COLUMN_ROWS)."""
    rows: dict[int, list[tuple[int, int, int, bool]]] = {}
    for i, line in enumerate(lines):
        start = len(line) - len(line.lstrip())
        if len(line) < _COLUMN_LINE or "  " not in line[start:]:
            continue
        for gap in _GUTTER.finditer(line, start):
            rows.setdefault(gap.end(), []).append(
                (i, gap.start() - start, len(line) - gap.end(), line[gap.start() - 1] == ":"))
    filled = list(accumulate((1 if line.strip() else 0 for line in lines), initial=0))
    best = None
    for at in sorted(rows):
        found = sorted({r[0]: r for k in range(at, at + _COLUMN_SLACK + 1)
                        for r in rows.get(k, ())}.values())
        if len(found) < (min_rows or _COLUMN_ROWS) or (best is not None and len(found) <= len(best[1])):
            continue
        if max(_upper_quartile([r[1] for r in found]),
               _upper_quartile([r[2] for r in found])) < _COLUMN_PROSE:
            continue
        if sum(r[3] for r in found) * 2 >= len(found):
            continue  # 'Issue Date:' beside its value: a record table, read by rows
        if len(found) >= _COLUMN_FILL * (filled[found[-1][0] + 1] - filled[found[0][0]]):
            best = (at, found)
    if best is None:
        return None
    at, found = best
    return _grown(lines, found[0][0], -1, at), _grown(lines, found[-1][0], 1, at), at


def _upper_quartile(values: list[int]) -> int:
    """The value a quarter of them reach or pass."""
    return sorted(values)[(3 * len(values)) // 4]


def _grown(lines: list[str], row: int, step: int, at: int) -> int:
    """The region's end row, grown from ``row`` over the rows around it that are the table's
    too: those where only the right-hand cell holds text, and the rows next to them that
    divide at the boundary as far as a blank line."""
    crossed_blank = False
    while 0 <= row + step < len(lines):
        line = lines[row + step]
        if not line.strip():
            crossed_blank = True
        elif line[:at].strip() and (crossed_blank or _cut(line, at) != at):
            break
        row += step
    return row


def _byline_under(tail: str, line: str) -> bool:
    """Whether ``line`` is a list of authors' full names under a line that ran to the wrap's
    width by chance, such as a long title ('... hepatocellular carcinoma' over 'Li-Na Zhang,
    Wei-Hua Chen, Hao Liu'), and not its continuation: the list ends no sentence and the line
    before ends no item of a list."""
    if line.count(", ") < 2 or line.endswith((".", ",")) or tail.endswith((",", ";", " and", "&")):
        return False
    names = [p for p in byline_parts(line) if p]
    return len(names) >= 3 and all(one_name(n) for n in names)


def _wrapped_blocks(lines: list[str], width: int,
                    numbers: list[int] | None = None) -> list[tuple[int, str, int, bool]]:
    """Rejoin lines that the dump wrapped; a line starts a new block when it could have fit.
    ``numbers``: the lines' numbers on the page (by default 1, 2, ...)."""
    hyphenated = _hyphenated_words(lines)
    narrow = _narrow_widths(lines, width)
    out: list[tuple[int, str, int, bool]] = []
    cur: list[str] = []
    start, item = 0, False
    prev_len = 0

    def flush() -> None:
        if cur:
            out.append((start, "".join(cur), 0, item))
            cur.clear()

    for k, (no, line) in enumerate(zip(numbers or range(1, len(lines) + 1), lines, strict=True)):
        if not line.strip():
            flush()
            prev_len = 0
            continue
        bullet = _BULLET.match(line)
        body = line[bullet.end() :] if bullet else line.strip()
        first_word = body.split(" ", 1)[0]
        broken_word = cur and first_word[:1].islower() and _broken_word(cur[-1])
        fits = narrow.get(k, width)  # (a paragraph wrapped narrower than the page: see _narrow_widths)
        # (a line twice the width was never wrapped at it: get_text's paragraph on one line
        # among wrapped ones, and what follows it starts a block of its own)
        # (Chinese and Japanese wrap before any character: the first is what had to fit; a
        # capitalised word after them opens a line of its own, an English title under theirs)
        wide = _WIDE.match(body) is not None
        # (a line shown again right under itself is its repeat, not its wrap: a heading w3m
        # draws twice, as an image's alt text and as text)
        repeat = k > 0 and line.strip() == lines[k - 1].strip()
        soft_wrap = cur and not bullet and not repeat and prev_len <= 2 * fits and not _FIELD_ROW.match(line) and (
            prev_len + 1 + (2 if wide else _columns_of(first_word)) > fits or broken_word) and not (
                _byline_under(cur[-1], body)
                or (_WIDE.match(cur[-1][-1:]) and _CAPITALISED.match(first_word))
                or (cur[-1][-1:] in ".)" and _OPENING_SECTION.match(body)))
        if soft_wrap:
            tail = cur[-1]
            if first_word[:1].islower() and _broken_word(tail):
                left = re.search(r"(\w+)-$", tail)
                right = re.sub(r"[^\w-].*$", "", first_word)
                joined = f"{left.group(1) if left else ''}-{right}"
                cur[-1] = tail if joined.lower() in hyphenated else tail[:-1]
                cur.append(body)
            elif (body[:1] in "-–" and body[1:2].islower() and tail[-1:].isalpha()) or (
                    body[:1] == "[" and tail[-1:].isalnum() and _W3M_SUBSCRIPT_START.match(body)):
                cur.append(body)  # a hyphen or subscript the wrap put first: '-associated', '[cat]'
            elif tail[-1:] == "/" and tail[-2:-1].isalnum() and body[:1].isalnum():
                cur.append(body)  # a wrap after a slash: '0.9 mm/' 'yr', a link's path
            elif tail[-1:] == "(" and body[:1] not in " )":
                cur.append(body)  # a wrap after an opening bracket, where an italic began: '(' 'p < 0.001)'
            elif (_WIDE.match(tail[-1:]) and (_WIDE.match(body) or body[:1].isdigit())) or (
                    tail[-1:].isdigit() and _WIDE.match(body)):
                cur.append(body)  # Chinese and Japanese wrap between any two characters
            else:
                cur.append(" " + body)
        else:
            flush()
            start, item = no, bool(bullet)
            cur.append(body)
        prev_len = _columns_of(line)
    flush()
    return out


def _columns_of(text: str) -> int:
    """The columns a text-mode browser gives text: two for each wide character (Chinese,
    Japanese, Korean), whose lines wrap at half as many characters, none for a mark set on
    the letter before it."""
    if text.isascii():
        return len(text)
    return len(text) + len(_WIDE_CHARS.findall(text)) - len(_ZERO_WIDTH.findall(text))


def _narrow_widths(lines: list[str], width: int) -> dict[int, int]:
    """The width each line of a paragraph wrapped narrower than the page was wrapped at, by
    line index: a table cell's text, which a text-mode browser wraps at the cell's width (an
    abstract beside a purchase box). Such a paragraph is a run of at least _NARROW_RUN lines
    that all end within a few characters of the run's widest line, well short of the page's
    width; the run's last line may be short."""
    found: dict[int, int] = {}
    runs: list[tuple[int, int, int]] = []  # (first line, end, width it was wrapped at or 0)
    k = 0
    while k < len(lines):
        run_end = k
        while run_end < len(lines) and lines[run_end].strip() and not _BULLET.match(lines[run_end]):
            run_end += 1
        run = lines[k:run_end]
        narrow = 0
        if len(run) >= _NARROW_RUN:
            edge = _even_edge(run)
            if edge and _NARROW_MIN <= edge <= _NARROW_SHARE * width:
                narrow = edge
                for i in range(k, run_end):
                    found[i] = edge
            else:
                _cell_widths(lines, k, run_end, width, found)
        if run:
            runs.append((k, run_end, narrow))
        k = run_end + 1
    _share_cell_width(lines, runs, found)
    return found


def _cell_widths(lines: list[str], start: int, end: int, width: int,
                 found: dict[int, int]) -> None:
    """The width of a value cell inside a record table's run of rows ('dc.description.abstract'
    beside its abstract, DSpace's full item record): lines indented to one column, with the
    row's first line above them (its label's, after _labels_on_top), wrapped at the cell's
    width a little short of the page's."""
    i = start
    while i < end:
        at = _indent(lines[i])
        j = i + 1
        while j < end and _indent(lines[j]) == at:
            j += 1
        if at >= _CELL_INDENT and j - i >= _NARROW_RUN:
            edge = _even_edge(lines[i:j])
            if edge and edge + _CELL_SHORT <= width:
                for k in range(i - 1 if i > start else i, j):
                    found[k] = edge
        i = j


def _even_edge(run: list[str]) -> int:
    """The column a run of wrapped lines was wrapped at: its widest line's, when most of its
    lines but the last end within _NARROW_SLACK of it; else 0."""
    widest = max(_columns_of(line) for line in run)
    body = run[:-1]
    aligned = sum(_columns_of(line) >= widest - _NARROW_SLACK for line in body)
    return widest if aligned >= 0.8 * len(body) else 0


def _share_cell_width(lines: list[str], runs: list[tuple[int, int, int]],
                      found: dict[int, int]) -> None:
    """The width of a narrow paragraph for the short paragraphs of the same cell around it,
    one blank line apart, set at the same indentation and no wider: a cell's paragraphs of
    two or three lines are too few to show their width ('Introduction: ...' and 'Aim: ...'
    over a long 'Methods' paragraph)."""
    for forward in (True, False):
        cell, indent, edge = 0, -1, -2  # the cell's width and indentation; the last run's edge
        for start, end, narrow in runs if forward else runs[::-1]:
            adjacent = start == edge + 1 if forward else end + 1 == edge
            if narrow:
                cell, indent = narrow, _indent(lines[start])
            elif cell and adjacent and end - start >= 2 and all(
                    _indent(line) == indent and _columns_of(line) <= cell
                    for line in lines[start:end]):
                for i in range(start, end):
                    found[i] = cell
            else:
                cell = 0
            edge = end if forward else start


def _broken_word(text: str) -> bool:
    """Whether text ends in a letter and a hyphen: a word the dump broke at its wrap. (A
    letter as the pattern [^\\W\\d_] means it: alphanumeric, not a decimal digit.)"""
    return len(text) >= 2 and text[-1] == "-" and text[-2].isalnum() and not text[-2].isdecimal()


def _hyphenated_words(lines: list[str]) -> set[str]:
    """Hyphenated words the page writes inside a line: a break there keeps its hyphen."""
    found: set[str] = set()
    for line in lines:
        if "-" in line:
            found.update(w.lower() for w in _HYPHENATED.findall(line))
    return found


def _is_soup(lines: list[str]) -> bool:
    """get_text('\\n') output: few blank lines, and lines that open with ',' or '.' or ')'."""
    nonblank = [ln.strip() for ln in lines if ln.strip()]
    blank = len(lines) - len(nonblank)
    starts = sum(1 for ln in nonblank if ln[0] in ",.;:)")
    return blank < 0.05 * len(nonblank) and starts >= max(3, 0.005 * len(nonblank))


def _is_raw_soup(lines: list[str]) -> bool:
    """get_text('\\n') without strip=True (or with it, on markup whose text nodes hold line
    breaks): text nodes keep their own spaces, so many lines end in a space before more text
    or open with one right after text (see _NODE_OPENING). A browser's innerText shows
    neither."""
    edges, openings, closings, nonblank, prev = 0, 0, 0, 0, ""
    for line in lines:
        if line.strip():
            nonblank += 1
            closings += line[-1] == " "
            if prev.strip() and not prev.startswith("  "):
                opening = _NODE_OPENING.match(line) is not None
                openings += opening
                edges += opening or _NODE_CLOSING.search(prev) is not None
        prev = line
    # (a page whose every line ends in a space was exported so, and says nothing of nodes)
    return (edges >= max(5, 0.05 * nonblank) and openings >= 3
            and closings < _CLOSING_SHARE * nonblank)


def _node_joints(lines: list[str]) -> set[int]:
    """Where get_text('\\n') split a sentence whose text node's own spaces show it went on
    beside an <i>, <a> or <span>, or across a line break in the markup: the numbers of the
    lines that continue the line before (it ends in a space, or the line opens with spaces).
    The markup's indentation between blocks comes after an empty line, and joins nothing."""
    continues: set[int] = set()
    after_text, open_end, spaced, short = False, False, False, False
    for k, line in enumerate(lines):
        if not line:
            after_text = open_end = spaced = False
        elif line.isspace():
            # A line of spaces stands between two inline nodes ('Eleanor J' / ' ' /
            # 'Pritchard'), or between two blocks of minified markup: believed only between
            # two short pieces, so that a page of such blocks does not become one.
            spaced, after_text = after_text and short, after_text and short
        else:
            if after_text and (open_end or line[0] == " " or (
                    spaced and len(line.split()) <= _SPACED_WORDS)):
                continues.add(k + 1)
            after_text, open_end, spaced = True, line[-1] == " ", False
            short = len(line.split()) <= _SPACED_WORDS
    return continues


def _without_joining_spaces(lines: list[str], continues: Set[int]) -> list[str | None]:
    """The lines with each line of spaces alone that joins two pieces taken out (None, so
    that every line keeps its number): left in, it would read as an empty line."""
    out: list[str | None] = list(lines)
    for no in continues:
        if no >= 2 and lines[no - 2].isspace():
            out[no - 2] = None
    return out


def _line_blocks(lines: list[str | None], soup: bool,
                 is_chrome: Callable[[str], bool] | None = None,
                 continues: Set[int] = frozenset()) -> list[tuple[int, str, int, bool]]:
    """One block per line, after rejoining the fragments that markup split apart (and the
    lines numbered in continues to the one before, past the lines that are None: see
    _node_joints)."""
    rows: list[tuple[int, str, bool]] = []
    for no, line in enumerate(lines, 1):
        if line is None:
            continue
        if ("new " in line or "orcid.org" in line) and (noted := _LINK_NOTE.sub("", line)) != line:
            if not noted.strip():
                continue  # (the note alone: the lines around it go on as if it were not there)
            line = noted
        if not line.strip():
            rows.append((no, "", False))
            continue
        bullet = (_BULLET.match(line) if line[:1] in " \t•◦▪*-–·" and no not in continues
                  else None)  # (a node's text going on: 'Journal -' / '- Title')
        rows.append((no, line[bullet.end() :] if bullet else line.strip(), bool(bullet)))
    joined = _join_fragments(rows, soup, is_chrome or (lambda _: False), continues)
    return [(no, text, 0, item) for no, text, item in joined if text]


def _join_fragments(rows: list[tuple[int, str, bool]], soup: bool,
                    is_chrome: Callable[[str], bool],
                    continues: Set[int]) -> list[tuple[int, str, bool]]:
    """Undo get_text('\\n'): a line continues the one before when it cannot start a block.

    Two passes: first the fragments that attach without doubt (punctuation, sub- and
    superscripts, and the lines numbered in continues), then words split off by <i>, <a>
    or <b> in mid-sentence."""
    def tight_soup(prev: str, line: str, nxt: str) -> str | None:
        glue = _glue_tight(prev, line, nxt)
        if glue is None and _inline_before_comma(prev, line, nxt) and not (
                len(prev) < _TAIL and is_chrome(prev)):
            glue = " "  # (an author's name after 'Search for more papers by this author')
        return glue

    tight = _merge(rows, tight_soup if soup else _glue_tight, continues)
    words = _glue_soup if soup else _glue_words
    # The page's <title>, which get_text gives first, up to the site's end: a title that
    # markup cut ('... in a Semi-Arid' / 'Zea mays' / 'Rotation: ...') is whole there.
    first = next((text for _, text, _ in rows if text), "") if soup else ""
    head = _HEAD_SUFFIX.split(first, 1)[0].casefold()

    def glue(prev: str, line: str, nxt: str) -> str | None:
        joint = words(prev, line, nxt)  # (first: most lines start blocks, and it costs little)
        if head and joint != "" and (titled := _as_in_title(prev, line, head)) is not None:
            joint = titled  # ('… Semi-Arid' / 'Zea mays', 'in B' / 'antu')
        if joint is None or (len(prev) < _TAIL and is_chrome(prev)) or is_chrome(line):
            return None  # prev is only a tail once long: chrome items are short
        return joint

    return _merge(tight, glue)


def _as_in_title(prev: str, line: str, head: str) -> str | None:
    """How the page's title runs from prev on into line, if it does: '' ('B' / 'antu'),
    ' ' ('Semi-Arid' / 'Zea mays'), or None."""
    if len(line) > len(head):
        return None
    tail, piece = prev[-_TITLE_PIECE:].casefold(), line.casefold()
    if len(tail) + len(piece) < _TITLE_PIECE or tail == head:
        return None
    if tail + piece in head:
        return ""
    return " " if f"{tail} {piece}" in head else None


def _merge(rows: list[tuple[int, str, bool]], glue_fn,
           continues: Set[int] = frozenset()) -> list[tuple[int, str, bool]]:
    """Join rows whose glue function says so, and rows numbered in continues with a space.
    Linear in the page: a growing row is kept as pieces, and the glue functions see only
    its last _TAIL characters."""
    out: list[tuple[int, list[str], bool]] = []
    tail = ""
    for k, (no, text, item) in enumerate(rows):
        s = spaced(text)
        if s and out and tail and not item:
            nxt = rows[k + 1][1].strip() if k + 1 < len(rows) else ""
            glue = " " if no in continues else glue_fn(tail, s, nxt)
            if glue is not None:
                out[-1][1].extend((glue, s))
                tail = (tail + glue + s)[-_TAIL:]
                continue
        out.append((no, [s], item))
        tail = s[-_TAIL:]
    return [(no, "".join(pieces), item) for no, pieces, item in out]


def _glue_tight(prev: str, line: str, nxt: str) -> str | None:
    """Punctuation and sub/superscripts attach with no space: 'Ca' '2+' -> 'Ca2+'."""
    if line[0] in ",.;:!?)]}%" and not line.startswith(("...", "…")) and (
            len(line) < 400 or not prev.endswith(_TERMINAL)):
        return ""  # ('… 1 200 m' '2' '. Les usages …': the sentence goes on past a <sup>)
    if prev[-1] in "([{/“‘" or (prev[-1] in "–-" and prev[-2:-1].isalpha()):
        return ""
    if prev[-1] in "–-" and prev[-2:-1].isdigit() and line.isdigit() and len(line) <= 3:
        return ""  # '[1-' '13' 'C]pyruvate': a mass number in superscript after a dash
    if line in ("–", "-", "—") and prev[-1].isalpha():
        return ""  # 'Candida' '–' 'Staphylococcus': a dash between two italic names
    if line in _GENOTYPES and prev[-1].isalnum():
        return ""  # 'tfeba' '−/−': a genotype in superscript on its gene
    if line[0] == "/" and line[1:2].isalnum() and _FORMULA_END.search(prev):
        return ""  # 'CH2Cl2' '/H' (then '2', 'O'): a mixture's slash after a formula
    if prev[-1] in "+−" and prev[-2:-1].isalnum() and _FORMULA_PART.fullmatch(line):
        return ""  # 'Mes-Acr' '+' 'ClO' (then '4', '−'): the ion pair's other ion
    if line.isdigit() and len(line) <= 3 and _LOWER_WORD_END.search(prev) and _isotope(nxt):
        return " "  # 'cores using' '210' 'Pb and': a mass number before its element
    if line[0] in "′″" and prev[-1].isalpha():
        return ""  # 'd' '′-matched': a prime on its symbol
    if _HALF.match(line) and _SHORT_SYMBOL.search(prev):
        return ""  # 'weighted H' '1/2-norms': a fraction's superscript on its symbol
    if _RATIO.fullmatch(line) and _SYMBOL_END.search(prev) and _continues_sentence(nxt):
        return ""  # 'the plasma Aβ' '42/40' 'ratio over ...': a ratio set as a subscript
    if _SCRIPT.fullmatch(line) and (prev[-1].isalnum() or _FORMULA_GROUP.search(prev[-8:])) and (
            not _COUNT.fullmatch(line)) and not _ADDRESS_END.search(prev) and not (
                line.isdigit() and _COUNT_LABEL.match(nxt)) and not _YEAR.fullmatch(line):
        # ('Ca' '2+', '(OH)' '4'; not a count under a DOI: '...adk7314' '2,914' or '4'; nor
        # a year under a title: eScholarship's '... with Hip Fracture' '2024')
        return ""
    if line[0] in "-–" and line[1:2].isalpha() and (prev[-1].isalnum() or prev[-1] in "−+"):
        return ""  # 'ortho' '-substituted', 'CHA2DS2' '-VASc', 'NO3−' '-N': a word's part
    if _MASS_NUMBER.search(prev) and (_SYMBOL.fullmatch(line) or _isotope(line)):
        return ""  # '13' 'C' (then '2'), '210' 'Pb and': a mass number before its element
    if _RELATION.match(line) and (prev[-1].isalnum() or prev[-1] in ")]"):
        # 'at Ro' 'sat' '= 0.11': a formula's relation after its subscript, spaced as it is
        # spaced from its number ('(n' '=35)')
        return " " if line[1:2] == " " else ""
    if _FORMULA_END.search(prev) and (_FORMULA_PART.fullmatch(line) or _isotope(line)
                                      or _FORMULA_GROUP.fullmatch(line)):
        return ""  # 'CHA2' 'DS' (then '2'), 'H2' 'O', 'N2' 'O emissions', 'Zr6O4' '(OH)'
    if line in _SUBSCRIPTS and _SHORT_SYMBOL.search(prev) and (
            not nxt or nxt[0] in _OPERATORS or _continues_sentence(nxt)):
        return ""  # 'CT' 'max' 'increased', '(C' 'org' ') in': a subscript word
    return None


def _inline_before_comma(prev: str, line: str, nxt: str) -> bool:
    """In get_text output, a short piece in mid-sentence that the next piece's comma or full
    stop shows to be inline: '... belongs to the genus' / 'Sulfurimonas' / ', within the
    class' (the comma's piece would join it first, and then read as a paragraph's opening)."""
    return bool(nxt[:1] and nxt[0] in ",;.)" and not nxt.startswith(("...", "…"))
                and len(line.split()) <= 3 and not line.endswith(_TERMINAL)
                and len(prev.split()) >= 3 and not prev.endswith(_TERMINAL)
                and (prev.rsplit(" ", 1)[-1].islower() or prev.endswith(","))
                and not _NAMEISH.fullmatch(line))  # (nor '(Roe)' after a name: 'Ann Roe')


def _isotope(text: str) -> bool:
    """Whether text opens with an element's symbol standing alone ('Pb and', 'Cs.')."""
    m = _SYMBOL_WORD.match(text)
    return bool(m) and m.group(1) in _ELEMENTS


def _glue_words(prev: str, line: str, nxt: str) -> str | None:
    """A line continues a sentence that cannot have ended where the previous line stops."""
    if (prev.count("(") > prev.count(")") or prev.count("[") > prev.count("]")) and (
            len(line) < 200 or ")" in line[:60]):
        return " "  # an open bracket: 'Maize (Zea mays' / 'L.) Grain Yield'
    if _PARAGRAPH_NUMBER.fullmatch(prev) and line[:1].isupper() and (
            len(line.split()) >= 8 or nxt.startswith((".", ":"))):
        return " "  # a numbered paragraph's number in a node of its own: '5.' / 'Synthesis
        # and applications' (its label, in bold) / '. Replanting ...'
    if prev.endswith(_TERMINAL):
        return " " if _ABBREVIATION.search(prev) else None  # ('between 1667 and c.' / '1685')
    if _ASIDE_GOES_ON.match(line):
        return " "  # 'Klebsiella pneumoniae' / '(CRKP) of sequence type 258 ...'
    if (prev.endswith((" –", " —")) and len(prev.split()) >= 4 and len(line.split()) <= 8
            and _continues_sentence(nxt)):
        return " "  # an aside set off by a dash: '... its two factors –' / 'Standards and
        # Discrepancy' / '– carry the same meaning ...'
    words = prev.split()
    last = words[-1].lower()
    first = line.split(" ", 1)[0]
    if first == "by" and (_BYLINE_START.match(line) or (line == "by" and nxt[:1].isupper())):
        return None  # 'by Rafael Duarte1, Camille Moreau2 and ...' under a title: the authors
    if _lower_word(first) and len(words) >= 3:
        return " "  # 'bioRxiv' or 'eLife' start blocks; plain lowercase words ('t-test,') continue them
    if _CASELESS.match(first) and len(words) >= 3 and _EXPONENT_END.search(prev[-4:]):
        return " "  # a script without capitals goes on past a number's superscript: '... بین
        # 10' / '−3' / 'تا 10' (no line of such a script can show it opens a block)
    if last in _CONTINUES and (len(words) >= 4 or last in _NEVER_LAST):
        return " "
    return None


def _glue_soup(prev: str, line: str, nxt: str) -> str | None:
    """In get_text output also a short fragment between a sentence's two halves."""
    glue = _glue_words(prev, line, nxt)
    if glue is not None:
        return glue
    first = line.split(" ", 1)[0]
    if _SENTENCE_END_WORD.fullmatch(first) and len(prev.split()) >= 3:
        return " "  # the last word of a sentence: '... Staphylococcus' / 'infections.'
    if first.isalpha() and first.islower() and (
            len(line.split()) >= 8
            or (prev.isalpha() and line.rsplit(" ", 1)[-1].lower() in _CONTINUES)):
        return " "  # a sentence that opens with an italic name: 'Cryptosporidium' / 'is a ...'
    if (len(prev.split()) >= 3
            and (any(c.islower() for c in prev.rsplit(" ", 1)[-1]) or prev.endswith(","))
            and len(line.split()) <= 4 and not line.endswith((":", "："))
            and (_continues_sentence(nxt) or (nxt[:1] == "(" and len(line.split()) <= 2))
            and not _NAMEISH.fullmatch(line)
            and not (prev.endswith(".") and line[:1].isupper() and " " not in nxt.strip())):
        return " "  # an <i> fragment mid-sentence: 'ambient' / 'PM2.5' / 'is associated ...',
        # 'class II,' / 'Cd274' / '(encoding PD-L1), and ...', 'gene' / 'wbaZ' / '(19%).';
        # a sentence's first words after a full stop ('Escherichia coli' / 'was ...'), not a
        # heading over a user's name ('benchmark.' / 'Community' / 'rantunes': Hugging Face)
    if (prev.endswith(",") and len(prev.split()) >= 3 and len(line.split()) <= 8
            and line.endswith(_TERMINAL) and not _NAMEISH.fullmatch(line)):
        return " "  # a link closing a sentence: '... registered with ClinicalTrials.gov,' /
        # 'NCT05127843, and is completed.'
    return None


# A word in lower case, its parts joined by hyphens, a comma or full stop after it ('t-test,');
# not 'eLife' or 'bioRxiv', a label ('doi:'), an address or a link.
_LOWER_WORD = re.compile(r"[^\W\d_A-Z]+(?:[-'’][^\W\d_A-Z]+)*[,;.]?")


def _lower_word(word: str) -> bool:
    """Whether a line's first word carries on a sentence (see _LOWER_WORD)."""
    return bool(_LOWER_WORD.fullmatch(word)) and word.islower()


def _continues_sentence(line: str) -> bool:
    """A line that reads as the rest of a sentence: it opens with a lowercase word, a comma or
    the full stop that ends it."""
    if not line or line.startswith(("http://", "https://", "www.")):
        return False  # (a link on a line of its own goes on no sentence)
    m = _LETTERS.match(line)
    return (line[0] in ",;)]–" or (line[0] in ".:" and line[1:2] != ".")  # ('aegypti' / '. Drums')
            or bool(m and m.group(0).islower()))
