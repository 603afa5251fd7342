"""Merge embedded metadata (Highwire, Dublin Core, PRISM, OpenGraph, JSON-LD) into the fields
read from the page's visible blocks.

Who wins, field by field: bibliographic facts (authors, journal, date, identifiers) come from
metadata first, because publishers write them there for indexers. The title comes from
citation/Dublin Core/JSON-LD metadata, else from the visible page, else from OpenGraph. The
abstract the page shows wins over a metadata abstract, which is often cut at 200-300
characters; a metadata abstract is used only when the page shows none.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable, Iterable
from datetime import datetime

from . import identifiers, language
from .fields import DEFAULT_SECTION, in_full, without_abstract
from .labels import CJK
from .meta import SOURCES, Meta, jsonld
from .title import clean_title

_STRONG_TITLE = {"citation_title", "dc.title", "dcterms.title", "jsonld:headline", "jsonld:name"}
# Short descriptions are site slogans; generic sources need a real abstract's length.
_WEAK_ABSTRACT = {"og:description", "description", "twitter:description", "jsonld:description",
                  "dc.description", "dcterms.description"}
_MIN_WEAK_WORDS = 40
# A repository's vocabulary term or an address among the subjects: no keyword
# ('info:eu-repo/semantics/article', DSpace's OpenAIRE type).
_NO_KEYWORD = re.compile(r"info:eu-repo/|https?://|urn:", re.I)
# A subject classification's code: JEL's 'J16', MSC's '35Q30', PACS's '47.27.-i'.
_CLASS_CODE = re.compile(r"[A-Z]\d{1,2}|\d{2}[A-Z-]\d{2}|\d{2}\.\d{2}\.[\w+-]+")
_WEAK_KEYWORDS = {"dc.subject", "keywords"}
_SITE_WORDS = re.compile(r"\b(?:open access|research articles?|peer[- ]reviewed|science news|"
                         r"journals?|publishers?|scholarly)\b")
_JOURNAL_WORDS = 16  # no journal's or proceedings' name is longer
_SOURCE_NAMES = {"dc.source", "dcterms.source"}
_SERIAL_PARTS = {f"{name}.{part}" for name in _SOURCE_NAMES
                 for part in ("issn", "uri", "volume", "issue")}
_NO_NAME = re.compile(r"^[\W\d_]|https?:|www\.|\b10\.\d{4,9}/", re.I)  # (an address, a DOI, an ISSN)
# What a <title> adds after the article's title: ' | Name', ' - Name', ': Name: Vol 59, No 11'.
_AFTER_TITLE = re.compile(r"\s*(?:[|–—]|\s-|:)\s*(?P<name>[^\W\d_][^|:,\d]{1,118}?)"
                          r"(?P<volume>:\s*Vol(?:ume)?\.?\s*\d+.*)?\s*")
_JOURNAL_NAME = re.compile(
    r"\b(?:journal|review|science|letters|medicine|annals|proceedings|transactions|bulletin|"
    r"archives|reports|quarterly|studies|magazine|acta|revista|revue|zeitschrift)\b", re.I)
# Platforms and indexes that name themselves where a journal's site names the journal.
_PLATFORM = re.compile(
    r"\b(?:journals|online|library|academic|core|digital|pubmed|pmc|sciencedirect|springer"
    r"(?:link)?|wiley|taylor|sage|jstor|researchgate|scholar|xplore|muse|scielo|redalyc|"
    r"dialnet|cairn|persée|openedition|bioone|gruyter|emerald|mdpi|frontiers|hindawi|medscape|"
    r"psycnet|academia|ovid|ebsco|em.consulte|scopus|dimensions|europe|repository|home|"
    r"bentham|intechopen|igi|inderscience|karger|thieme|brill|annual reviews|royal society|"
    r"elsevier|cell press|biomed central|publishing|press|publications|publishers?|ltd|inc|"
    r"llc|gmbh|university)\b", re.I)
_JOURNAL_FIELD = re.compile(
    r"^(?:(?:journal|source|in|刊名|期刊名称)\s*[:：]|published in:?|"
    r"(?:(?-i:Journal|Quelle|Zeitschrift|Tidsskrift|Tidskrift)|journal ?title|journal name|"
    r"source title|ingår i|資料名|誌名)\s*[:：]?\s*\n)"  # (German, Norwegian, Swedish catalogues)
    r"\s*(?!(?:print|online|issue)\b|[^\n]*\bpublished\b)"
    r"(?P<name>[^\W\d_][^,;|\n]{2,118}?)"
    r"(?:,\s*(?:vol(?:ume)?\.?\s*\d|\d)[^\n]*|\s+\d{1,2} \w+ \d{4}|"
    r"\.\s*(?:[a-z]{3,9}(?:/[a-z]{3,9})?)?(?:19|20)\d\d,\s*vol[^\n]*|"  # (EBSCO's '. Feb2024, Vol.')
    r"\.\s+-\s[^\n]*|\s*)$|"  # (a library record's ISBD: 'Building and Environment. - : Elsevier')
    r"^(?P<source>[^\W\d_][^•|\n]{2,118}?) [•|] Volume \d",  # (Scopus: 'X • Volume 238')
    re.I | re.M)
_TRANSLATED_NAME = re.compile(r"(?<=[\u3040-\u9fff])\s*\([^()]+\)$")  # ('名(Name in English)')
# The article's own citation, the journal first, in the styles pages show it in: Vancouver's
# ('Journal of X. 2024;16(2):e1187', 'The Journal of Y 2024 March;64(3):245-53'), Ovid's and
# LWW's ('JONA: The Journal of Z. 54(3):151-158, March 2024.'), mathematics' ('J. Differ.
# Equations 375, 412-448 (2023).', zbMATH's), a volume's ('BMC X, Volume 24, Issue 1, 512'),
# and Chinese pages' title marks ('《干旱区资源与环境》 2023年第8期152-160').
_CITATION_LINES = tuple(re.compile(pattern, re.M) for pattern in (
    r"^(?P<name>[^\W\d_][^\n.;:|]{3,120}?)\.?\s+(?P<date>(?:19|20)\d\d(?: [A-Z][a-z]{2,8}\.?)?"
    r"(?: \d{1,2})?)\s*;\s*\d{1,4}(?:\s*\([\w/–-]{1,12}\))?\s*:\s*[\w–-]{1,12}\.?$",
    r"^(?P<name>[^\W\d_][^\n.;|]{3,120}?)\.\s+\d{1,4}\(\w{1,6}\):\s?[\w–-]{1,12},\s+"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.? )?(?:19|20)\d\d)\.?$",
    r"^(?P<name>[^\W\d_][^\n;|,]{2,80}?)\s+\d{1,4},\s+[\w–-]{1,12}\s+\((?P<date>(?:19|20)\d\d)\)\.?$",
    r"^(?P<name>[^\W\d_][^\n.;:|,]{3,120}?),\s+Vol(?:ume|\.)\s*\d{1,4}\b(?P<date>)",
    r"^《(?P<name>[^》\n]{2,60})》\s*(?P<date>(?:19|20)\d\d)年",
    # EBSCOhost's 'Children's Geographies. Feb2024, Vol. 22 Issue 1, p88-104.' and Gale's
    # 'Journal of Environmental Health. 86.7 (Mar. 2024): p16.'
    r"^(?P<name>[^\W\d_][^\n.;:|]{3,120}?)\.\s+(?P<date>(?:[A-Z][a-z]{2,8}(?:/[A-Z][a-z]{2,8})?)?"
    r"(?:19|20)\d\d),\s+Vol\.\s*\d",
    r"^(?P<name>[^\W\d_][^\n.;|]{3,120}?)\.\s+\d{1,4}(?:\.\d{1,4})?\s+\((?P<date>(?:[A-Z][a-z]{2,8}\.? )?"
    r"(?:19|20)\d\d)\):\s*p\.?\s?\w",
    # WorldCat's 'Publication: Nurse Education Today, v134 (March 2024): 106097'
    r"^(?:Publication:\s*)?(?P<name>[^\W\d_][^\n.;:|,]{3,120}?),\s+v\d{1,4}\s+"
    r"\((?P<date>(?:[A-Z][a-z]{2,8}\.? )?(?:19|20)\d\d)\)",
))
_SHOWN_DATE = (r"(\d{1,2} [A-Z][a-z]{2,8} \d{4}|[A-Z][a-z]{2,8} \d{1,2},? \d{4}|\d{4}-\d\d-\d\d|"
               r"\d{1,2}-[A-Z][a-z]{2}-\d{4})")  # (the last Inderscience's: '16-Jan-2024')
# The labels of a publication date, which _DATE_FIELD and _PART_DATE_FIELD each add to.
_PUBLISHED_LABEL = (r"(?:first )?published(?: online)?|date of publication|pub date|publish(?:ed)? date|"
                    r"erscheinungsdatum|publiseringsdato|publiceringsdatum")
_DATE_FIELD = re.compile(
    rf"^(?:{_PUBLISHED_LABEL}|(?:online )?publication date)"
    rf"\s*:?\s*(?:[A-Z][a-z]{{2}},? )?{_SHOWN_DATE}\b|"
    rf"^(?!received|accepted|revised|submitted)[^\n|•·]{{3,40}}?\s*[|•·]\s*"
    rf"{_SHOWN_DATE}\s*$|"
    rf"^[^\n•]{{3,120}}? • Volume \d+ • {_SHOWN_DATE} •", re.I | re.M)
# A month and year or a year alone as the publication date, ending its line ('Published MAR
# 2024', Web of Science's; 'Completed Date: 2023', a thesis'), or an issue's ('Volume 20, Issue
# 1 (January 2024)').
_PART_DATE_FIELD = re.compile(
    rf"^(?:{_PUBLISHED_LABEL}|publication date|completed date|date completed)"
    r"\s*:?\s*((?:[a-z]{3,9}\.? )?(?:19|20)\d\d)\s*$|"
    r"^vol(?:ume|\.)? ?\d+,? (?:issue|no\.?) ?\d+ \(((?:[a-z]{3,9}\.? )?(?:19|20)\d\d)\)", re.I | re.M)
_PUBLISHED_LINE = re.compile(rf"published online\s*:?\s*{_SHOWN_DATE}\s*$", re.I | re.M)
# A year alone under its label, as a page's field list shows it ('Year' / '2023': Epistemonikos).
_YEAR_FIELD = re.compile(r"^(?:year|publication year|year of publication|publiseringsår|"
                         r"utgivningsår|publiceringsår|erscheinungsjahr)\s*[:：]?\s*\n"
                         r"\s*((?:19|20)\d\d)\s*$", re.I | re.M)
# 'Available online' in other languages, a weekday perhaps, and a date with its month's name:
# 'Disponible en ligne depuis le vendredi 8 mars 2024', 'Online veröffentlicht am 12. März 2024'.
_FOREIGN_DATE_FIELD = re.compile(
    r"^(?:disponible en ligne(?: depuis)?(?: le)?|publié(?: en ligne)? le|mis en ligne le|"
    r"online veröffentlicht(?: am)?|erschienen am|publicado(?: en línea| online)?(?: el| em)?|"
    r"pubblicato(?: online)?(?: il)?)\s+(?:[^\W\d_]+\s+)?(\d{1,2}\.? (?:de )?[^\W\d_]{3,10}\.?"
    r"(?: de)? \d{4})\b", re.I | re.M)
# Months' names in the languages of the pages, for strptime's English ones.
_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December")
_FOREIGN_MONTHS = (
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre"),
    ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
     "oktober", "november", "dezember"),
    ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "octubre", "noviembre", "diciembre"),
    ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
     "settembre", "ottobre", "novembre", "dicembre"),
    ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
     "outubro", "novembro", "dezembro"),
)
_MONTHS = {name: english for names in _FOREIGN_MONTHS
           for name, english in zip(names, _ENGLISH_MONTHS, strict=True)}
_ENGLISH = {m.lower() for m in _ENGLISH_MONTHS}
_WORD = re.compile(r"[^\W\d_]+")
_TAG = re.compile(r"<[^>]+>")
_LEADING_LABEL = re.compile(r"^\s*(?:abstract|summary)\s*[:.\-–—]?\s+", re.I)
_DATE_FORMATS = ("%Y-%m-%d", "%d-%b-%Y", "%Y/%m/%d", "%Y.%m.%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y",
                 "%b %d, %Y", "%B %d %Y", "%Y %b %d", "%Y %B %d", "%d.%m.%Y", "%m/%d/%Y")
_MONTH_FORMATS = ("%B %Y", "%b %Y", "%b. %Y", "%Y %B", "%Y %b")  # ('March 2024', '2024 Mar': no day made up)
# Each format's separators (see _may_fit).
_LITERALS = {fmt: set(re.sub(r"%[a-zA-Z]", "", fmt)) for fmt in (*_DATE_FORMATS, *_MONTH_FORMATS)}


def shown_type(meta: Meta, lines: Iterable[str],
               is_type: Callable[[str], bool]) -> tuple[str, str] | None:
    """(type, tag) of the first type tag (SOURCES' 'article_type') whose value the page also
    shows as a line of its own (``lines``: the text of the page's blocks, read only when a
    tag is there) and the type rules know (``is_type``): a type the page shows, as its
    metadata names it. A value the page does not show (a publisher's code such as
    'OriginalPaper'), or that names a subject or a conference's track (OJS sections do), is
    no type a reader sees."""
    tagged = [(" ".join(value.split()), tag) for tag in SOURCES["article_type"]
              for value in meta.pairs.get(tag, ())]
    if not tagged:
        return None
    shown = {line.casefold() for line in lines}
    for value, tag in tagged:
        folded = value.casefold()
        if folded in shown and folded != DEFAULT_SECTION and is_type(value):
            return value, tag
    return None


def strong_title(source: str) -> bool:
    """Whether a title from this source wins over the title the page shows (see merge)."""
    return source in _STRONG_TITLE


def merge(fields: dict, prov: dict[str, str], meta: Meta, *, is_article: bool,
          describes_article: bool, shown: str = "", page_lang: str | None = None,
          title_tag: str | None = None, page_text: str = "") -> None:
    """Update ``fields`` and ``prov`` in place with what the metadata says. A page that is no
    article gets only a strong title, unless its metadata ``describes_article`` (a failed
    scrape's <head>): then its bibliographic fields too, though never an abstract it does
    not show. ``shown``: the page's visible text, to write names as the page shows them;
    ``page_lang``: the page's declared language, for metadata given in several."""
    title = meta.first("title")
    # (On a page that is no article, a news story's or a web page's JSON-LD headline names the
    # page, not an article: only bibliographic tags or a scholarly JSON-LD type give a title.)
    strong = title is not None and title[1] in _STRONG_TITLE and (
        is_article or not title[1].startswith("jsonld:")
        or any(t in jsonld.SCHOLARLY for t in meta.jsonld_types))
    if title and (strong or (is_article and not fields.get("title"))):
        fields["title"] = clean_title(plain(title[0]))
        prov["title"] = f"meta:{title[1]}"
    if not describes_article:
        return
    abstract = meta.first("abstract") if is_article else None
    if abstract and not fields.get("abstract"):
        text = plain(abstract[0])
        text = _LEADING_LABEL.sub("", text)
        weak = abstract[1] in _WEAK_ABSTRACT
        if not weak or (len(text.split()) >= _MIN_WEAK_WORDS
                        and not without_abstract(fields.get("article_types", ()))):
            fields["abstract"], fields["abstract_sections"] = text, ()
            prov["abstract"] = f"meta:{abstract[1]}"
    authors = meta.all("authors")
    if authors:
        fields["authors"] = in_full(as_shown(tuple(dict.fromkeys(plain(a) for a in authors[0])),
                                             shown), shown)
        prov["authors"] = f"meta:{authors[1]}"
    journal = _named_journal(meta) or _cited_site(meta, shown)
    published = _best_date(meta)
    # (the page's citation of itself: what names the journal and the date when nothing else does)
    cited = _citation_line(shown) if is_article and not (journal and published) else None
    if journal:
        fields["journal"] = _ONLINE_MARK.sub("", plain(journal[0]))
        prov["journal"] = f"meta:{journal[1]}"
    elif is_article and (named := _journal_field(shown, cited)):
        fields["journal"], prov["journal"] = named, "html:journal-field"
    elif is_article and (named := _journal_in_title_tag(title_tag, fields.get("title"), shown,
                                                         meta.pairs.get("og:site_name", ()))):
        fields["journal"], prov["journal"] = named, "html:title"
    if published:
        fields["published"], prov["published"] = published[0], f"meta:{published[1]}"
    elif is_article and (shown_date := _date_field(shown, cited) or _published_line(page_text)):
        fields["published"], prov["published"] = shown_date, "html:date-field"
    _identifiers(fields, prov, meta)
    keywords = meta.all("keywords")
    if keywords and keywords[1] in _WEAK_KEYWORDS and (
            fields.get("keywords") or _site_words(keywords[0], meta)):
        keywords = None  # a subject category or an SEO list: the visible keywords are better
    elif keywords and fields.get("keywords") and _translations(
            keywords[0], fields["keywords"], fields.get("abstract") or ""):
        keywords = None
    if keywords:
        values = keywords[0]
        by_language = meta.in_languages(keywords[1])
        if len(by_language) >= 2:  # (Érudit: in French, English and Spanish; the page's own)
            lang = language.detect(fields.get("abstract") or "") or page_lang
            values = by_language.get(lang or "") or values
        if len(values) == 1:
            values = re.split(r"\s*[;,]\s*", values[0])
        found = list(dict.fromkeys(k for k in (plain(v) for v in values)
                                   if k and not _NO_KEYWORD.match(k)))
        fields["keywords"] = tuple(_without_codes(found))
        prov["keywords"] = f"meta:{keywords[1]}"


def _named_journal(meta: Meta) -> tuple[str, str] | None:
    """The journal the metadata names. Dublin Core's 'source' names it when the page gives
    the source's ISSN, volume or address beside it (OJS and OPS: 'DC.Source' 'Jxiv' with
    'DC.Source.URI'); else it is often something else: the article's DOI address (Atypon), the
    institution or the repository (DSpace)."""
    found = meta.first("journal")
    if found and found[1] in _SOURCE_NAMES and (
            _NO_NAME.search(found[0]) or found[0].count(" ") >= _JOURNAL_WORDS
            or _SERIAL_PARTS.isdisjoint(meta.pairs)):
        return None
    return found


def _cited_site(meta: Meta, shown: str) -> tuple[str, str] | None:
    """og:site_name as the journal, when the page cites it as one: before a volume or a
    year ('Circulation. 2024;149', 'Circulation' / 'Volume 149', 'Science 384, 388'), or
    after 'Published in'. Atypon's journal sites name the journal there; platforms ('Taylor
    & Francis', 'PNAS' in 'Published by PNAS') are named otherwise."""
    names = meta.pairs.get("og:site_name")
    name = names[0].strip() if names else ""
    if not name or name.casefold() not in shown.casefold():
        return None
    quoted = re.escape(name)
    cited = re.compile(rf"(?:^|\n|\. ){quoted}[.,]?(?:\s+\d{{1,4}}\s?[,;:(]|\s*\n?\s*(?:vol(?:ume)?\.?\s*\d|"
                       rf"ahead of print))|published in:?\s*\n?\s*{quoted}\s*$", re.I | re.M)
    return (name, "og:site_name") if cited.search(shown) else None


def _journal_in_title_tag(tag: str | None, title: str | None, shown: str,
                          site_names: list[str] | tuple[str, ...]) -> str | None:
    """The journal a page's <title> names after the article's title, when the page shows it
    on a line of its own too (a banner), names its site so (og:site_name) or gives its volume
    after it: 'Title | Management Science', 'Title: Journal of X: Vol 59, No 11' (Atypon's);
    a site's own name must read as a journal's ('... Science', 'Journal of ...');
    not a platform's name ('Title | ScienceDirect', '- EM consulte') nor the authors and
    year (SAGE's '- Roe, Poe, 2024')."""
    if not tag or not title or not tag.casefold().startswith(title.casefold()):
        return None
    m = _AFTER_TITLE.fullmatch(tag, len(title))
    if m is None:
        return None
    name = m.group("name").strip()
    if name.count(" ") >= _JOURNAL_WORDS or _PLATFORM.search(name) or not (
            m.group("volume") or re.search(rf"^{re.escape(name)}$", shown, re.M)
            or (_JOURNAL_NAME.search(name)  # (not a server's: 'TechRxiv', 'NBER')
                and name.casefold() in {n.strip().casefold() for n in site_names})):
        return None
    return name


def _journal_field(shown: str, cited: re.Match | None) -> str | None:
    """The journal a page names in a field of its own, when its metadata names none:
    'Journal: Italian Journal of Animal Science', 'Source: Forest Products Journal, Volume
    64, ...', 'In: Arabica', 'Published in Occupational and Environmental Medicine 14 March
    2023', 'Journal' or 'Journal Title' over its value (a field list's: Epistemonikos',
    archive.org's 'Journaltitle'); not a menu's 'JOURNAL' over 'CURRENT ISSUE', nor Atypon's
    'Published in Print: November 2024'.
    Else the journal of the page's citation of itself, ``cited`` (see _citation_line)."""
    for m in _JOURNAL_FIELD.finditer(shown):
        name = (m.group("name") or m.group("source")).strip()
        name = _TRANSLATED_NAME.sub("", name)  # ('農業気象環境研究(Journal of ...)')
        name = name.split(" = ")[0]  # (a catalogue's parallel titles: 'X = Swiss forestry journal')
        if ((name[:1].isupper() or CJK.match(name)) and not name.endswith(".")
                and name.count(" ") < _JOURNAL_WORDS):
            return name  # (a title's shape: not 'Source: the authors' own survey.')
    if cited and cited.group("name").count(" ") < _JOURNAL_WORDS:
        return cited.group("name").strip()
    return None


def _date_field(shown: str, cited: re.Match | None) -> str | None:
    """The publication date a page shows in a line of its own, when its metadata gives none:
    'Published online May 14, 2024', beside the type label ('Research Article| March 15
    2024', Silverchair's), in a source line ('X • Volume 238 • 1 February 2024 • ...'), or a
    year under its label ('Year' / '2023', 'Publication Year:' / '2023'); else the date of
    its citation of itself, ``cited`` ('... 2024 March;64(3):245-53': the issue's month)."""
    m = _at_line_start((_DATE_FIELD,), shown)
    if m:
        return iso_date(m.group(1) or m.group(2) or m.group(3))
    m = _at_line_start((_FOREIGN_DATE_FIELD, _YEAR_FIELD, _PART_DATE_FIELD), shown)
    if m and (found := iso_date(next(g for g in m.groups() if g))):
        return found
    return iso_date(cited.group("date")) if cited and cited.group("date") else None


def _published_line(text: str) -> str | None:
    """The date of a 'Published online: February 26, 2024' line anywhere on the page: PNAS
    and Science show the article's dates below its abstract, past the head."""
    # (The pattern opens with its words, not '^', so that the engine jumps from one
    # 'published' to the next; the line's start is checked here.)
    for m in _PUBLISHED_LINE.finditer(text) if "ublished" in text else ():
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip().casefold()
        if before in ("", "first"):
            return iso_date(m.group(1))
    return None


def _citation_line(shown: str) -> re.Match | None:
    """The first line of the page that cites it in one of _CITATION_LINES' styles."""
    return _at_line_start(_CITATION_LINES, shown)


def _at_line_start(patterns: tuple[re.Pattern, ...], text: str) -> re.Match | None:
    """What search() finds first of patterns that each open with '^' (MULTILINE), tried at the
    start of each line in turn, the patterns in order at each: search() would try '^' at every
    character of the page's head, some 1.5 ms on a long one."""
    start = 0
    while True:
        for pattern in patterns:
            if m := pattern.match(text, start):
                return m
        start = text.find("\n", start) + 1
        if not start:
            return None


def _without_codes(keywords: list[str]) -> list[str]:
    """Keywords without the classification codes a list ends with ('...; event study; J16;
    J22; J31', EconStor's JEL codes after the subjects): two or more, after words."""
    n = len(keywords)
    while n and _CLASS_CODE.fullmatch(keywords[n - 1]):
        n -= 1
    return keywords[:n] if n and len(keywords) - n >= 2 else keywords


def _translations(values: list[str], shown: tuple[str, ...], abstract: str = "") -> bool:
    """Whether the metadata's keywords are the shown ones with their translations, or only
    their translations: the rest in another script ('細懸浮微粒;...;fine particulate
    matter;...', Airiti's; English beside the Chinese a page shows, SciEngine's; English after
    the Russian, CyberLeninka's). The shown ones are the article's own, unless only the
    metadata's are in the abstract's script (ThaiJO shows the English keywords of a Thai
    abstract); a longer list in their script is the whole list a page shows in part."""
    items = [k.strip() for v in values for k in re.split(r"[;,，；]", v) if k.strip()]
    mine = {k.casefold() for k in shown}
    others = [k for k in items if k.casefold() not in mine]
    scripts = {language.script(k) for k in shown}
    theirs = set(map(language.script, others))
    written = language.script(abstract[:200]) if abstract else None
    if written and scripts != {written} and theirs == {written}:
        return False  # (only the metadata's are in the abstract's script: the article's own)
    return bool(others) and len(scripts) == 1 and scripts.isdisjoint(theirs)


def _site_words(values: list[str], meta: Meta) -> bool:
    """Whether a plain keywords tag is the site's own SEO list ('BMC Public Health, open
    access, research article'): it names the site or journal, or says what the site is."""
    items = {k.strip().casefold() for v in values for k in re.split(r"[;,]", v)}
    names = {v.strip().casefold() for key in ("og:site_name", "citation_journal_title")
             for v in meta.pairs.get(key, ())}
    return not items.isdisjoint(names) or any(_SITE_WORDS.search(k) for k in items)


def as_shown(names: tuple[str, ...], shown: str) -> tuple[str, ...]:
    """Names the metadata writes 'Surname, Given' (Highwire's habit) in the order the page
    shows them: 'Given Surname', or 'Surname Given' without the comma (doiserbia's), when the
    page shows most of them so, and shows none the metadata's way before (a repository that
    shows 'Surname, Given' keeps it; a byline over a 'Recommended citation' in 'Surname,
    Given' is the page's way)."""
    inverted = [n for n in names if n.count(",") == 1]
    if not inverted or not shown:
        return names
    folded = shown.casefold()
    parts = {n: [p.strip() for p in n.split(",")] for n in inverted}
    for form in ({n: f"{p[1]} {p[0]}" for n, p in parts.items()},
                 {n: f"{p[0]} {p[1]}" for n, p in parts.items()}):
        at = {n: (folded.find(n.casefold()), folded.find(form[n].casefold())) for n in inverted}
        if not any(inv >= 0 and not 0 <= alt < inv for inv, alt in at.values()) and (
                sum(alt >= 0 for _, alt in at.values()) * 2 >= len(inverted)):
            return tuple(form.get(n, n) for n in names)
    return names


def names_article(meta: Meta) -> bool:
    """Whether the metadata is an article's: scholarly tags, or a DOI."""
    doi = meta.first("doi")
    return meta.scholarly or bool(doi and identifiers.normalise_doi(doi[0]))


def _best_date(meta: Meta) -> tuple[str, str] | None:
    """The first date source; a partial date gives way to a fuller one it agrees with (a
    year or a month to the day), and a 1 January to another day of its year: the
    placeholder of a date whose day nobody wrote."""
    dates = [(iso_date(v), s) for s in SOURCES["published"] for v in meta.pairs.get(s, ())]
    dates = [(d, s) for d, s in dates if d]
    if not dates:
        return None
    first = dates[0]
    known = first[0][:4] if first[0].endswith("-01-01") else first[0]
    fuller = [d for d in dates if d[0].startswith(known) and len(d[0]) > len(known)
              and not d[0].endswith("-01-01")]
    return fuller[0] if len(known) < 10 and fuller else first


def _identifiers(fields: dict, prov: dict[str, str], meta: Meta) -> None:
    doi = meta.first("doi")
    value = identifiers.normalise_doi(doi[0]) if doi else None
    if doi and value:
        fields["doi"], prov["doi"] = value, f"meta:{doi[1]}"
    for name, find in (("pmid", identifiers.find_pmid), ("pmcid", identifiers.find_pmcid),
                       ("arxiv_id", identifiers.find_arxiv)):
        found = meta.first(name)
        if not found:
            continue
        raw = found[0].strip()
        value = {"pmid": raw if raw.isdigit() else find(f"PMID: {raw}"),
                 "pmcid": find(raw if raw.upper().startswith("PMC") else f"PMC{raw}"),
                 "arxiv_id": find(f"arXiv:{raw}")}[name]
        if value:
            fields[name], prov[name] = value, f"meta:{found[1]}"


# The medium a library catalogue sets after an online book's name: 'StatPearls [Internet]'.
_ONLINE_MARK = re.compile(r"\s*\[(?:Internet|electronic resource)\]$", re.I)


def plain(text: str) -> str:
    """Metadata text as a reader sees it: entities decoded, stray tags removed, spaces tidied."""
    text = html_lib.unescape(_TAG.sub("", html_lib.unescape(text)))
    return re.sub(r"\s+", " ", text).strip()


# A month's name glued to its year, as EBSCOhost writes it ('Feb2024'; of 'Jan/Feb2024', the first).
_MONTH_OR_SEASON = (rf"(?:{'|'.join(m[:3] for m in _ENGLISH_MONTHS)})[a-z]{{0,6}}|"
                    r"spring|summer|fall|autumn|winter")
_GLUED_MONTH = re.compile(rf"^({_MONTH_OR_SEASON})(?:/(?:{_MONTH_OR_SEASON}))?((?:19|20)\d\d)$",
                          re.I)


def iso_date(raw: str) -> str | None:
    """'2021/03/04', '2023/7', '2021-03-04T10:00Z', '4 March 2021' -> ISO 8601 (partial kept);
    a month's name in French, German, Spanish, Italian or Portuguese too ('8 mars 2024', '12.
    März 2024', '8 de marzo de 2024')."""
    text = _english_months(_GLUED_MONTH.sub(r"\1 \2", raw.strip()))
    m = re.match(r"^(\d{4})(?:[-/.](\d{1,2}))?(?:[-/.](\d{1,2}))?(?:T.*|\s+\d{1,2}:\d\d.*)?$", text)
    if m:
        year, month, day = m.groups()
        if month and not 1 <= int(month) <= 12:
            return year
        parts = [year] + [f"{int(p):02d}" for p in (month, day) if p]
        return "-".join(parts)
    for fmt in _DATE_FORMATS:
        if _may_fit(text, fmt):
            try:
                return datetime.strptime(text, fmt).date().isoformat()
            except ValueError:
                continue
    for fmt in _MONTH_FORMATS:
        if _may_fit(text, fmt):
            try:
                return datetime.strptime(text, fmt).strftime("%Y-%m")
            except ValueError:
                continue
    m = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", text)
    return m.group(1) if m else None


def _may_fit(text: str, fmt: str) -> bool:
    """Whether a date could be in a strptime format: it shows the format's separators (any
    white space for a space) and, for a month's name, a letter. A failed strptime costs some
    7 µs, and a date of no listed format ('12/01/2015 00:00:00') would try them all."""
    for c in _LITERALS[fmt]:
        if c not in text if c != " " else not any(ch.isspace() for ch in text):
            return False
    return "%b" not in fmt.lower() or any(ch.isalpha() for ch in text)


def _english_months(text: str) -> str:
    """A date with its month named in another language, as strptime reads it: 'March' for
    'mars', no 'de' between its parts, no full stop after its day ('12. März')."""
    words = _WORD.findall(text.lower())
    if not any(w in _MONTHS and w not in _ENGLISH for w in words):
        return text  # (no month's name, or English ones: 'April', 'August')
    text = _WORD.sub(lambda m: _MONTHS.get(m.group().lower(), m.group()), text)
    return re.sub(r"\b(\d{1,2})\. ", r"\1 ", re.sub(r"\s+de\s+", " ", text))
