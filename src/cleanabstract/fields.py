"""The other fields read from blocks: article types, authors, keywords, identifiers, and
whether the page is a scholarly article at all."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from . import identifiers, language
from .abstract import LISTING_HEADINGS, Abstract, teasers
from .labels import (
    AFFILIATION,
    AUTHORS_FIELD,
    AUTHORS_LABEL,
    CJK,
    CONJUNCTIONS,
    EMAIL,
    LAST_AND,
    MORE_AUTHORS,
    NAME,
    REFERENCES_HEADING,
    Labelled,
    Trace,
    author_list,
    author_name,
    byline,
    byline_parts,
    carded_names,
    cited_name,
    cites,
    inverted_names,
    is_degree,
    is_name,
    is_prose,
    leading_phrases,
    name_before_brackets,
    name_before_institution,
    names_on_line,
    one_name,
    record_header,
    romanized_names,
    single_name,
)
from .rules.engine import RuleSet
from .rules.phrases import PhraseCounter
from .title import first_tail

_SCHOLARLY = (
    "universit", "institut", "department", "hospital", "laborator", "faculty", "school of",
    "college", "academy", "journal", "proceedings", "conference", "references", "bibliography",
    "cite this", "cited by", "citation", "keywords", "key words", "received", "accepted",
    "peer review", "preprint", "et al.", "volume", "issn", "doi:", "doi.org", "arxiv", "pubmed",
    "abstract", "symposium", "booktitle", "inproceedings", "published in", "workshop",
    # (the abstract, keywords and thesis in the languages of other scholarly sites: a Brazilian
    # thesis record shows 'Resumo', 'Dissertação' and 'Orientador', and no English word)
    "resumo", "resumen", "résumé", "zusammenfassung", "аннотация", "palavras-chave",
    "palabras clave", "mots-clés", "schlüsselwörter", "ключевые слова", "dissertaç", "tese de",
    "tesis doctoral", "thèse de", "doctoral thesis", "orientador", "pós-graduação",
)
_NO_ABSTRACT_TYPES = {
    "news", "news & views", "news and views", "news feature", "news in brief", "editorial",
    "obituary", "book review", "books and arts", "correspondence", "comment", "opinion",
    "letter to the editor", "erratum", "correction", "corrigendum", "retraction note",
    "world view", "career column", "q&a", "interview",
}
# What a news story, press release or blog post shows and an article's head does not; two of
# them or more outweigh the scholarly words a story about a paper is full of. Most are a few
# phrases looked for in the lower-cased head, all of them in one pass (a regex search of
# 10,000 characters costs some 40 µs). One of a sign's phrases shows the sign.
_NEWS_SIGNS = (
    ("media contact", "press contact"),
    ("article originally appeared", "story originally appeared", "originally appeared on",
     "originally appeared in"),
    ("photo credit", "image credit", "(photo:", "(image:", "(picture:", "photo:", "foto:",
     "(quelle:", "bild:"),
)
# A blog's own furniture (often dropped as chrome: looked for in short lines kept or not).
# Two of a set's phrases make one sign, four make two (see _news_signs).
_BLOG_PHRASES = ("posted on", "leave a reply", "leave a comment", "post navigation",
                 "previous post", "recent posts", "powered by wordpress", "thoughts on “",
                 "responses to “", "comments rss", "entries rss", "share this post",
                 "new posts", "next post", "older posts", "newer posts", "we're hiring",
                 "we’re hiring")
# A code repository's page (GitHub, GitLab): a paper's code, its README quoting the abstract.
_CODE_PHRASES = ("repository files navigation", "go to file", "latest commit", "pull requests",
                 "forks", "watching", "releases", "contributors", "packages", "branches",
                 "commits", "clone", "open with github desktop", "download zip")
# Quoted speech: a closing quote and (a few words on) a verb of saying, or the verb and an
# opening quote or a clause ('said the', 'said that'), in the languages of the news. Two
# quotes make one sign, never more (a science magazine's news story is full of them too).
_SAID_WORDS = (" said", " says", " told", " sagt", " dijo", " disse", " déclar", " detto",
               " zei ", " zegt", " explica", " afirma", " asegura", " señala", " resume",
               " explique", " affirme", " souligne", " précise", " raconte", " poursuit",
               " diz", "」と")
_SAID = (r"(?:said|says|told|added|explained|sagte|sagt|erklärte|dijo|afirmó|explicó|disse|"
         r"afirmou|explicou|a déclaré|déclare|explique|affirme|souligne|précise|ha detto|"
         r"ha spiegato|zei|zegt|explica|afirma|asegura|señala|resume|diz)")
_QUOTED = re.compile(
    rf"[\"”“»«„]\s*,?\s*(?:[\w.'’-]+\s+){{0,5}}{_SAID}\b|"
    rf"\b{_SAID}(?:\s*[:,]\s*[\"“„«]| (?:that|the|it|he|she|they|there|on)\b)|"
    rf", (?:[A-Z][\w.'’-]+ ){{1,3}}{_SAID}[.,]|"  # ('..., Tan said.')
    r"」と(?:話し|述べ|説明し|語っ|指摘し)|"  # (Japanese: '「...」と話しています')
    r", (?:raconte|précise|explique|souligne|affirme|ajoute|indique|estime|poursuit) [A-Z]")
# A shop's page, an event's page and a story's reading time: phrases of their own.
_SHOP_PHRASES = ("add to cart", "add to basket", "buy now", "in stock", "free shipping",
                 "paperback", "hardcover", "checkout", "out of stock", "delivery")
_EVENT_PHRASES = ("call for papers", "call for abstracts", "important dates",
                  "submission deadline", "abstract submission", "keynote speakers",
                  "programme committee", "program committee", "registration fee", "venue")
# A journal's guide for authors and a library's guide to writing: their examples are no
# article's; and the furniture of news sites in other languages.
_GUIDE_PHRASES = ("instructions for authors", "author guidelines", "guide for authors",
                  "guidelines for authors", "submission guidelines", "manuscript preparation",
                  "preparing your manuscript", "word limit", "cover letter",
                  "submission checklist", "libguides", "research guides", "ask a librarian",
                  "subject guide", "how to write", "example abstract", "preparing your paper",
                  "submitting your paper", "style guidelines", "peer review and ethics")
# A trial registry's record and a discussion thread about a paper (PubPeer, a forum): the
# record's own fields and the thread's furniture, which an article page shows few of.
_REGISTRY_PHRASES = ("study record", "brief summary", "eligibility criteria",
                     "participation criteria", "study overview", "study details", "record history",
                     "responsible party", "last update posted", "first posted", "study start",
                     "study completion", "estimated enrollment", "contacts and locations",
                     "collaborators and investigators", "study record dates", "recruitment status")
_THREAD_PHRASES = ("add comment", "add a comment", "oldest first", "newest first", "sort by",
                   "reply link", "log in to comment", "sign in to comment", "join the discussion",
                   "permalink", "report abuse", "upvote", "improve this answer",
                   "improve this question", "post your answer", "browse other questions tagged",
                   "not the answer you're looking for",  # (a Q&A site's: Stack Exchange's)
                   # (PubPeer's: '#2 Name commented September 2024', 'Link Reply Report')
                   " commented ", "link reply report", "also commented on",
                   "create an account to comment",
                   # (a forum's: Reddit's)
                   "stickied comment", "automoderator", "view more comments",
                   "comment removed by moderator", "sort by: best", "sort by: top")
# A podcast's episode page: the player's services, the show notes, the transcript.
_PODCAST_PHRASES = ("apple podcasts", "spotify", "pocket casts", "overcast", "show notes",
                    "listen on", "episode transcript", "chapters", "all episodes",
                    "podcast rss", "creators and guests")
# A talk's video page (SlidesLive, a conference's video portal): the player's slides and
# transcript, the kind of presentation, the portal's other talks.
_TALK_PHRASES = ("download slides", "show transcript", "transcripts are generated automatically",
                 "oral presentation", "spotlight presentation", "conference talks", "talks")
# A library catalogue's record of a book (WorldCat, a university OPAC): its holdings and its
# record's fields. (Not 'ISBN': a book chapter's page shows one.)
_CATALOGUE_PHRASES = ("oclc", "find a copy", "held by library", "interlibrary loan",
                      "formats and editions", "find a library", "call number", "holdings",
                      "physical description", "print book", "place hold")
# A researcher's profile (ORCID, Google Scholar, DBLP, a staff page): the record of a person,
# with a list of works under it, each of which an article page shows but one of.
_PROFILE_PHRASES = ("also known as", "other ids", "employment (", "education and qualifications",
                    "works (", "websites & social links", "research interests", "i10-index",
                    "h-index", "research items", "invited positions", "membership and service",
                    "distinctions (",
                    # (a bibliography's person page: DBLP's)
                    "person information", "other persons with the same name", "refine list",
                    "co-author index", "visualize co-author graph", "export bibliography",
                    # (an aggregator's author page: Semantic Scholar's)
                    "highly influential citations", "claim author page", "claim your author page",
                    "citing authors", "referenced authors", "follow author")
# A dataset's landing page (Dryad, a data repository) and a patent's (Google Patents, Espacenet):
# an abstract and authors, as an article's, under their own furniture.
_DATASET_PHRASES = ("cite this dataset", "download dataset", "download full dataset", "usage notes",
                    "data files", "readme", "primary article", "files in this dataset",
                    "dataset size",
                    # (Dataverse's)
                    "cite dataset", "access dataset", "dataset metrics", "replication data for",
                    "archival format", "dataset metadata",
                    # (a geoscience data publisher's record, PANGAEA's: its coverage's bounds,
                    # its parameters, its views of the data)
                    "parameter(s)", "median latitude", "median longitude", "south-bound latitude",
                    "north-bound latitude", "west-bound longitude", "east-bound longitude",
                    "date/time start", "date/time end", "view dataset as")
_PATENT_PHRASES = ("inventor", "current assignee", "original assignee", "priority date",
                   "application filed by", "publication number", "prior art keywords",
                   "legal status", "worldwide applications", "patent citations",
                   "family cites families", "similar documents", "application granted")
# A research grant's or project's record (NSF, NIH RePORTER, CORDIS, UKRI): its abstract is
# the proposal's, not an article's.
_GRANT_PHRASES = ("award abstract", "award number", "award amount", "award instrument",
                  "awarded amount", "amount awarded", "principal investigator", "program manager",
                  "program officer", "funds obligated", "grant agreement id", "project number",
                  "funded value", "lead research organisation", "eu contribution",
                  "funding mechanism", "activity code", "project start date", "project end date",
                  "budget start date",
                  # (KAKEN's, Japan's grants database: research category, allocation type,
                  # principal and co-investigator, budget amount; and its English fields)
                  "研究種目", "配分区分", "研究代表者", "研究分担者", "配分額",
                  "project/area number", "research category", "budget amount",
                  # (CORDIS's fact sheet, whose labels get_text sets one a line)
                  "project information", "funded under", "coordinated by", "total cost")
# A wiki's page (MediaWiki's tools and menus): an encyclopedia's entry, whose lead is no
# abstract and whose references' DOIs are other works'.
_WIKI_PHRASES = ("the free encyclopedia", "random article", "recent changes", "community portal",
                 "special pages", "learn to edit", "what links here", "related changes",
                 "permanent link", "page information", "cite this page", "view history",
                 "wikidata item", "printable version", "this page was last edited")
# A journal's open-access policy record (Sherpa Romeo's) and a chemical compound's record
# (PubChem's): a journal's name or a compound's, a summary, and the record's fields.
_POLICY_PHRASES = ("publisher policy", "open access pathways", "oa fee", "copyright owner",
                   "prerequisites", "article version", "policy guidance", "sherpa romeo",
                   "embargo", "publisher's policy")
_COMPOUND_PHRASES = ("molecular formula", "molecular weight", "iupac name", "inchikey",
                     "canonical smiles", "isomeric smiles", "computed by pubchem",
                     "computed properties", "chemical and physical properties",
                     "safety and hazards", "hydrogen bond donor count", "xlogp3")
# A journal's editorial board page: its roles, each over a list of names.
_BOARD_PHRASES = ("editor-in-chief", "editors-in-chief", "associate editors", "managing editor",
                  "section editors", "advisory board", "editorial board members",
                  "deputy editors", "senior editors", "handling editors", "honorary editor")
_NEWS_FURNITURE = ("archivado en", "te puede interesar", "lee también", "publicado el",
                   "mis à jour le", "publié le", "modifié le", "lire aussi", "sur le même sujet",
                   "je m'abonne", "leia também", "leia mais", "関連ニュース", "ニュース一覧", "記者",
                   "番組表", "速報", "lineで送る", "はてなブックマーク", "動画を再生")
_READING_TIME = ("min read", "minute read", "minutes read", "lesezeit", "de lectura",
                 "de leitura", "min de lecture")
# A headline about a study ('Study: ...', '..., study suggests').
_STUDY_HEADLINE = re.compile(
    r"^(?:(?:new )?study|research|scientists|researchers)\s*:|"
    r",? (?:a |new |the )?(?:study|research|scientists|researchers) (?:finds?|suggests?|shows?|"
    r"says?|reveals?|claims?)\b", re.I | re.M)
# ... and the page calling itself a release ('Press releases' is a link in journals' footers),
# a 'By Name' line (the staff role may follow) over a date, and a news agency's dateline
# ('HARLAN SPRINGS, Neb. — ', 'LONDON (Reuters) - '), looked for where their words show.
_RELEASE = re.compile(r"\b(?:press|news|media) release\b|\bfor immediate release\b")
_DATED_BYLINE = re.compile(
    r"^[Bb]y [A-Z][\w.'’-]+(?: [\w.'’-]+){1,5}\s+(?:(?:published|updated|posted):? )?"
    r"(?:\w+\.? \d{1,2},? \d{4}|\d{1,2}\.? \w+ \d{4})", re.M | re.I)
_DATELINE_ENDS = (". —", ". –", ") —", ") –", ") -")  # ('Neb. — ', '(Reuters) - ')
_DATELINE = re.compile(
    r"^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}(?:, [A-Z][A-Za-z.]+| \((?:AP|Reuters|AFP|"
    r"dpa|UPI|AAP|PA|EFE|ANSA|KNA|Bloomberg|CNN)\))\s+[—–-]{1,2}\s", re.M)
# What may follow a type label on its line (see _typed_head): a separator and a citation or
# date (with a number in it: not a menu's next item), or access badges (after an icon's alt
# text: '[lock]'), or a date.
_TYPE_WORDS = 4
_DATED_TYPE = re.compile(r"(?:(?:first )?published(?: online)?:?\s*)?(?:\w+ \d{1,2},? \d{4}|"
                         r"\d{1,2} \w+ \d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})\s+(?:[|·•]\s+)?(\S.{0,40})",
                         re.I)  # ('12.03.2024 | Originalien': Springer Medizin's)
# figshare's item line: '<type> posted on <date>, authored by ...' ('preprint posted on ...').
_POSTED_TYPE = re.compile(r"(\S.{0,40}?) posted on (?:\d{4}-\d{2}-\d{2}|\d{1,2} \w+ \d{4}|\w+ \d{1,2},? \d{4})")
_WORD = re.compile(r"[^\W\d_]")  # a letter
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")
_CRUMB_ENDS = (" /",)  # (not " >": "< Previous Article Next Article >")
_RUBRIC_TYPE_LETTERS = 10  # a one-word type after a rubric: at least this long
_CRUMB_STEPS = 3  # a breadcrumb set as a list: its steps above the last, at most
_DATE_OR_PAGES = re.compile(
    r"(?:(?:first )?(?:published|online|posted|received|accepted|issue date)[\w ]{0,15}:?\s*)?"
    r"(?:\d{1,2} \w+,? \d{4}|\w+ \d{1,2},? \d{4}|\d{4}-\d\d-\d\d)\.?|pp?\.? ?\d+\s*[–-]\s*\d+|"
    r"\d{4}(?: \w{3,9})?;\s?\d+(?:\(\d+\))?:\s?\w*\d+(?:[–-]\w*\d+)?\.?", re.I)  # ('2024 Aug;54(3):312-325.')
# ... and the nouns that make a type's word a menu's item instead ('Editorial Team').
_MENU_NOUNS = {"team", "board", "office", "archive", "archives", "policy", "policies", "staff",
               "guidelines", "process", "committee", "information", "home", "page", "series",
               "collection", "collections", "alerts", "title", "titles", "details", "metrics"}
# (and 'Paper Title' over the title, Scientific.Net's, is a field's label)
_JOINING_WORDS = {"and", "&", "of"}  # a subject opening so goes on a label: 'Research & Theory'
# A word of a subject's name: 'Climate Change', 'Cell Biology', '生态学' (SciEngine's '论文 生态学').
_SUBJECT_WORD = re.compile(r"(?:[A-Z][^\W\d_]*|and|&|of|[\u4e00-\u9fff]{2,8})[,;]?")
_TYPE_LINE_WORDS = 12  # a type label's line, badges and all, is no longer
_SUBJECT_WORDS = 8  # a journal section's name after a type label ('..., Systems/Circuits')
# An icon's alt text as a text browser shows it ('[open-acces]', '[crossmark-]').
_ICON = r"\[[\w -]{1,20}\]"
_TYPE_TAIL = re.compile(
    r"\s+(?:[•|·]\s(?=.*(?:\d|open access|free access)).*|"
    r"(?:(?:peer[- ](?:reviewed|approved)|"
    rf"{_ICON}|"  # (before a badge or after: '[open-acces] Open Access', '... [crossmark-]')
    r"metadata[- ]only|doi:? ?10\.\d{4,9}/\S+|"
    r"open access(?::\s*(?:green|gold|bronze|hybrid|diamond|platinum))?|open|free access|free|"
    r"åpen tilgang|fri tilgang|åben adgang|öppen tillgång|acceso abierto|acesso aberto|"
    r"accès (?:libre|ouvert)|libre accès|offener zugang|accesso aperto|"
    r"オープンアクセス|开放获取|開放獲取|오픈 ?액세스|"
    r"pubmed|medline|"
    r"requires authentication|unlicensed|licensed|subscription|editor'?s choice|featured|"
    r"accepted manuscript|in press|early view|online first|ahead of print|revised|"
    r"(?:in|under) review|restricted access|full access|no access|version \d+|\d+ versions?|"
    r"kein zugriff|zugriff|frei zugänglich|"
    r"(?:em|en|in) (?:portugu[eê]s|ingl[eê]s|espanhol|español|english|spanish|portuguese)|"
    r"[•|·]\s(?=.*\d).*|"  # (a citation after a badge: 'Artigo em Português | LILACS | ID: ...')
    r"cc[- ]by(?:[- ](?:nc|nd|sa))*(?: \d\.\d)?|cc0(?: 1\.0)?|открытый доступ|"
    r"рецензируем(?:ая|ый|ое)(?: статья)?|"
    r"(?:special (?:issue|section|collection)|topical collection|thematic issue)\s*:.*|"
    r"(?:this version is )?not peer[- ]reviewed\.?|"
    r"th[eè]se (?:soutenue|en pr[ée]paration)|"
    r"review in advance|editors?['’]? (?:suggestion|"
    r"choice|pick)|featured article|highlighted|(?:ジャーナル\s*)?フリー|早期公開|"
    # (the issue and pages beside it: 'Research Paper Volume 16, Issue 3 pp 2811—2830')
    r"vol(?:ume|\.)? ?\d+,?(?: ?(?:issue|no\.?|number) ?\d+)?|pp?\.? ?\d+ ?[-–—] ?\d+|"
    # (a series' number: 'Discussion Paper DP19120', 'Working Paper No. 31234')
    r"[a-z]{1,4}\d{2,6}|(?:no\.|nr\.|number) ?\d{1,6}|"
    r"(?:(?:published|posted):?\s*)?(?:\d{1,2} \w+ \d{4}|\w+ \d{1,2},? \d{4}))\s*)+)", re.I | re.S)
_SERIES = re.compile(r"[A-Z][\w'-]*(?: (?:and|of|in|for|the|&|[A-Z][\w'-]*)){0,5}")  # (see _typed_head)
# A badge run on to a label: 'ArticleOpen Access', and in Chinese or Japanese, which put no
# space between them, '紀要論文オープンアクセス'.
_GLUED_BADGE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[\u3040-\u9fff])(?=[\u3040-\u9fff])")
_SHOW_MORE = re.compile(r"(?:show|see|view) (?:all|more|less)(?: \d+)?(?: keywords)?|\+ ?\d+ more",
                        re.I)  # a list's toggle
# Items a keyword line must list to be all the keywords: fewer may be one MeSH heading a line
# ('Leukemia, Myeloid, Acute' / 'Humans' / 'Male').
_LISTED_KEYWORDS = 4
_KEYWORDS_LABEL = re.compile(r"[^:：]*")  # 'Keywords' of 'Keywords: a; b', or the heading
_KEYWORD_LABEL_LANGUAGES = (
    ("key", "en"), ("index terms", "en"), ("author keywords", "en"), ("mots", "fr"),
    ("palabras", "es"), ("palavras", "pt"), ("schl", "de"), ("parole", "it"), ("ključne", "hr"),
    ("kata", "id"), ("trefwoorden", "nl"), ("ключевые", "ru"), ("关键", "zh"), ("關鍵", "zh"),
    ("anahtar", "tr"), ("słowa", "pl"), ("کلید", "fa"), ("واژ", "fa"), ("کلمات", "fa"),
    ("الكلمات", "ar"), ("كلمات", "ar"), ("คำสำคัญ", "th"), ("คําสําคัญ", "th"), ("từ khóa", "vi"),
    ("từ khoá", "vi"))
_GLUED_KEYWORDS = re.compile(r"(?:Key ?[Ww]ords|KEYWORDS|Mots[- ]cl[ée]s|Palabras clave|"
                             r"Palavras[- ]chave|关键词|關鍵詞|关键字|關鍵字) ?(.+)$")  # (see role/keywords-glued)
_AFFILIATIONS_LABEL = re.compile(r"(?:author )?affiliations?\s*:?", re.I)
_HASHTAGS = re.compile(r"#[^\s#][^#]*#[^\s#]")  # two hashtags or more: 'a #b' is none
_KEYWORD_DASHES = re.compile(r"\s[-–—]\s.*\s[-–—]\s")  # 'a - b - c' (Thieme)
# The label of the field after a page's keywords, one keyword a line above it ('Main
# Subjects' under EKB's keywords, 'Subject areas', 'JEL classification'): no keyword.
_FIELD_AFTER_KEYWORDS = re.compile(
    r"(?:main |related )?(?:subjects?|subject areas?|subject categor(?:y|ies)|topics|disciplines?|"
    r"research categor(?:y|ies)|classifications?|msc(?: \d{4})?|jel(?: codes?| classifications?)?|"
    r"how to cite|article history|english abstract|abstract in english|source|journal|publisher|"
    r"issn|doi|licen[cs]e)\s*:?", re.I)
# Keywords in Chinese or Japanese set apart by spaces alone ('土壤盐分 空间变异 地统计学').
_SPACED_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]+(?:\s+[\u3040-\u30ff\u3400-\u9fff]+){2,}")
_LINES_BEFORE_NAMES = 3  # dated lines, translations or labels between a title and its authors
# What else may stand among authors shown one a line: a date's label before them ('Published'
# over '17 Jun 2024'), separators on lines of their own, each author's contributions.
_DATE_LABEL = re.compile(r"(?:first |originally )?(?:published|revised|received|accepted|"
                         r"updated)(?: online)?\s*:?", re.I)
# A site's logo's box, by its class ('glue-header__logo', 'site-logo'): not a row of access
# icons ('access-state-logos', Silverchair's, which holds the type).
_LOGO = re.compile(r"logo(?=[.#\[-]|$)")
_VANCOUVER = re.compile(  # 'Roe JB', 'Кузнецова А.С.', and IUCr's metadata's 'Roe, J.B.'
    r"([^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]+)?),? ((?:[^\W\d_]\.\s?){1,3}|[A-Z]{1,3})")
_MARK_LETTERS = "abcdefgh"  # affiliation marks a scraper may run on to a name
_SEPARATOR_LINE = re.compile(rf"[,;]\s*(?:{CONJUNCTIONS})?|{CONJUNCTIONS}|[&·∙•|]")
_LAST_NAME = re.compile(rf"[,;]?\s*(?:{CONJUNCTIONS})\s")  # (', and Jane Roe')
_MARK_LINE = re.compile(r"[a-z\d*†‡§#](?:\s*,\s*[a-z\d*†‡§#])*")  # an author's 'c' or 'a, b'
_FAMILY_WORD = re.compile(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*")  # ('O’Donnell', 'Eze-Okafor')
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]\.?$")  # a given name's initial: 'Elin M.'
_CONTRIBUTION = re.compile(r"(?:contributions?|roles?)\s*:", re.I)
_SIGNAL_CHARS = 10_000  # scholarly signals sit in a page's head (some 1,500 words of it)
_LISTED_TYPES = 3  # one type label shown this often heads the items of a listing
# The label over a page's citation of itself ('Pour citer cet article', 'How to cite').
_CITE_LABEL = re.compile(r"(?:pour citer|how to cite|cite this|citation|référence électronique|"
                         r"référence papier|para citar|como citar|cómo citar|zitier)", re.I)
# A record's type field, in the languages of the repositories that show one: its label, a
# colon or not, and its value (else the value is on the next line). A bare 'Type' needs its
# colon: without, it heads a column of a table of files, unless a page's markup makes it a
# field's label (a heading over its value, DSpace 7's; a definition list's term).
_TYPE_WORD = r"type|typ|tipo|тип"
_BARE_TYPE = re.compile(_TYPE_WORD, re.I)
_TYPE_FIELD = re.compile(
    r"(?:(?:article|document|publication|item|resource|content|paper|record|work)\s+type"
    r"|type\s+of\s+(?:article|document|publication|paper|work)|type\s+de\s+(?:document|publication)"
    r"|tipo\s+de\s+(?:documento|publicaci[oó]n|art[ií]culo|trabalho)"
    r"|research\s+output|(?P<note>descriptive\s+note)|(?:dokument|publikations|artikel)typ|dokumentart"
    r"|نوع (?:مقاله|سند)"
    r"|тип\s+(?:публикации|документа|статьи)"
    r"|вид\s+(?:публикации|документа)|tipologia|appare nelle tipologie|qualification\s+name"
    r"|文献类型|文獻類型|資料種別|論文種別|記事区分"
    rf"|(?:{_TYPE_WORD})(?=\s*[:：]))(?!\w)\s*[:：]?\s*(?P<value>\S.*)?", re.I)
# The period a report covers, after its type in DTIC's 'Descriptive Note' ('Technical Report,
# 01 Oct 2019 – 30 Jun 2022', 'Final Report, Sep 2018 - Aug 2021').
_PERIOD_COVERED = re.compile(r",\s*(?:\d{1,2} )?[A-Z][a-z]{2,8}\.? (?:\d{1,2},? )?(?:19|20)\d\d\b.*$")
# Another field of a record, label and value, where a type's value was looked for.
_OTHER_FIELD = re.compile(r"(?:language|idioma|langue|sprache|relation|doi|date|rights|publisher|"
                          r"subject|source|format|identifier|description|keywords)\s*[:：]\s*\S",
                          re.I)
# OJS's 'Section' field, which its journals fill with the article's type ('Research
# Communications', 'Forskningsartikler') or a subject: only a value the type rules know counts,
# and not OJS's default section, which holds every kind of piece.
DEFAULT_SECTION = "articles"
_SECTION_FIELD = re.compile(r"(?:section|sektion|sección|seção|secção|rubrique|sezione|rubrik|"
                            r"rubriek|osasto|раздел|рубрика)\s*[:：]?\s*(?P<value>\S.*)?", re.I)
# The label of someone who is no author, below the authors of a thesis or a record.
_OTHER_ROLE = re.compile(
    r"(?:co-?)?(?:advis[eo]rs?|supervisors?|guides?|orientador(?:a|es)?|coorientador(?:a|es)?|"
    r"director(?:a|es)?(?: de tesis)?|directeur(?:s)?(?: de thèse)?|betreuer(?:in)?|relatore|"
    r"promot[eo]r|examiners?|editors?|translators?|reviewers?)\s*[:：]?", re.I)
_CORRESPONDENCE = re.compile(r"\*?\s*(?:correspondence(?: to)?|corresponding authors?)\s*[:：]", re.I)
# A byline's toggle for the names it does not show ('Show all authors', '+3 more').
_SHOWN_IN_PART = re.compile(r"\bshow (?:all )?(?:\d+ )?(?:authors|more)\b|\+\s?\d+ more\b", re.I)
_LONE_MARK = re.compile(r"[;|]\s*[a-h]\s*(?=[;|]|$)")  # a mark letter between separators
_INLINE_AUTHORS = re.compile(r"author(?:s|\(s\))?\s*:\s*(?=\S)", re.I)
_PIECE_WORDS = 5  # the longest piece of a byline cut at its links: 'Van Hoorn, PhD, and Stefan'
_MOST_PIECES = 80  # lines below the title such a byline may run over
_PIECE_STARTS = 12  # short lines (tabs, labels) that may stand between the title and it
_PIECE_SEPARATORS = ("∙", "·", "•", "&", " and")
_NAME_OPEN = re.compile(r"[^,;∙·•&\d*†‡]*")  # no name's end in it: 'Jonathan R.'
_PIECE_AND = re.compile(rf"(?:^|[\s,])(?:{CONJUNCTIONS})(?:\s|$)")  # the list's last 'and'
_WHOLE_LIST_BLOCKS = 120  # how far below such a byline the whole list is looked for
_WRAPPED_LINES = 6  # the most lines a wrapped keywords list runs on to
_FIELD_BLOCKS = 500
_CJK_AUTHOR = re.compile(r"[\u4e00-\u9fff]{2,4}")  # a Chinese name: '周雅琴'
_CJK_MARKED = re.compile(r"[\u4e00-\u9fff]\d")  # one with its affiliation's number: '周雅琴1'
_CJK_NAME_MARKS = "0123456789*,，†‡"  # an affiliation's number after it: '周雅琴1'
# A name written family name first on a line of its own, the ';' of a list after it.
_INVERTED_LINE = re.compile(r"([^\W\d_][\w'’‐-]*(?: [\w'’‐-]+){0,2}, [^\W\d_][\w'’.‐-]*"
                            r"(?: [^\W\d_][\w'’.-]*){0,3})\s*(;)?")
_MOST_AUTHOR_LINES = 40
_NAME_NUMBERS = "0123456789,*†‡ "  # an affiliation's numbers after a name, as get_text runs them on
_LABEL_REACH = 4  # lines under the title (translated titles, a date, their labels) over an authors' label
# Lines below the title a list of names one a line may run over: each author's card shows the
# name split and whole, an affiliation or two and its links (some five lines an author).
_NAME_RUN_LINES = 80
_ADDRESS_WORDS = 40  # an affiliation with its postal address and e-mail (SciELO's)
# Two names, joined by 'and' or a comma ('Chiara Lombardi, Davide Ferraresi'); not a place
# and its country ('Ann Arbor, United States').
_COUNTRY_WORD = r"\b(?:United|Republic|Kingdom|States|Emirates|Federation)\b"
_TWO_AUTHORS = re.compile(rf"[^,;]{{3,40}} and [^,;]{{3,40}}|(?![^,]*{_COUNTRY_WORD})"
                          rf"(?:[^,;\s]+ ){{1,3}}[^,;\s]+, (?!and )(?!.*{_COUNTRY_WORD})"
                          rf"(?:[^,;\s]+ ){{1,3}}[^,;\s]+")
_PATH_STEP = re.compile(r"\s*›\s*")
_TYPE_LIST = re.compile(r"\s*;\s*")
# What may end a type field's value: a gap, or the next field's label of a word or two
# ('... научная статья Язык: русский'), which opens with a capital.
_NEXT_FIELD = re.compile(r"\t|\s{2,}|\s+(?=[^\s:：]{2,30}(?: [^\s:：]{2,30})?\s?[:：])")
# A date, an address, a MIME type: no article type ('journal/newspaper' is one, BASE's).
_NO_TYPE_VALUE = re.compile(r"\d|@|\b(?:application|text|image|audio|video)/")
_NUMBERED = re.compile(r"^\d+(?:\.\d+)+\s+")  # a repository's number of its kind
_NO_TYPE_VALUES = {"text", "other", "pdf", "html", "file", "fulltext", "full text", "none",
                   "unknown", "n/a", "-"}
# Where a page's furniture, bylines and headline are looked for (see _news_signs).
_SHORT_LINES, _SHORT_CHARS = 300, 110


def article_types(labelled: list[Labelled], title_at: int, rules: RuleSet, site: str | None,
                   trace: Trace, prov: dict[str, str]) -> tuple[str, ...]:
    """Type labels beside the title; where the title shows twice (the article and a print
    header), beside whichever copy has them."""
    key = labelled[title_at].text.casefold()
    # (not the first line: a flattened page's <title>, with the site's menu under it)
    copies = [title_at] + [i for i, lb in enumerate(labelled)
                           if i not in (0, title_at) and lb.text.casefold() == key]
    for at in copies:
        types = _types_beside(labelled, at, rules, site, trace, prov)
        if types:
            # (a breadcrumb's or a tab's 'Article' beside the type it is the kind of:
            # 'Article' / 'Research Article' is one type)
            specific = [t for t in types if t.casefold().endswith(" article")]
            return tuple(t for t in types if not (specific and t.casefold() == "article"))
    return _type_field(labelled, rules, site, trace, prov)


def _type_field(labelled: list[Labelled], rules: RuleSet, site: str | None, trace: Trace,
                prov: dict[str, str]) -> tuple[str, ...]:
    """The type a record page states in a labelled field ('Document Type: Research Article',
    'Item Type:' over 'Article', 'Тип: статья в журнале'), wherever among its fields it
    sits; of several, the one the type rules know, else none (a listing of records). A value
    may list types ('Journal Articles; Reports - Research', ERIC's). A value given as a path
    of kinds ('Research output: Contribution to journal › Article › peer-review', Pure's) is
    its step that is a type."""
    found: dict[str, int] = {}
    for i, lb in enumerate(labelled[:_FIELD_BLOCKS]):
        if lb.removed or lb.block.words > 16:
            continue
        noted = False  # (DTIC's 'Descriptive Note': a type the rules know, else no type)
        if m := _TYPE_FIELD.fullmatch(lb.text):
            value, at = m.group("value"), i
            noted = m.group("note") is not None
        elif m := _SECTION_FIELD.fullmatch(lb.text):
            at = i if m.group("value") else i + 1
            if at >= len(labelled) or labelled[at].removed:
                continue
            value = m.group("value") or labelled[at].text
            if value.casefold() != DEFAULT_SECTION and rules.matches_role(value, "type", site):
                found.setdefault(normalise_type(value), at)
            continue
        elif _BARE_TYPE.fullmatch(lb.text) and (
                lb.block.heading or lb.block.where.startswith("dom:dt") or (
                    i + 1 < len(labelled) and not labelled[i + 1].removed
                    and rules.matches_role(labelled[i + 1].text, "type", site))):
            # (a flattened field's label alone: its value must be a type the rules know, not
            # a table of files' 'PDF')
            value, at = None, i
        else:
            continue
        if value is None:  # the label alone: its value is the next line
            if i + 1 >= len(labelled) or labelled[i + 1].removed:
                continue
            value, at = labelled[i + 1].text, i + 1
            if value.endswith((":", "：")) or "typ" in value.casefold() or _OTHER_FIELD.match(value):
                continue  # the next field's label ('Sous-type de document'), or the next field
                # whole ('Language: Portuguese' under BASE's 'Document' / 'Type:' in w3m)
        value = _NUMBERED.sub("", _field_value(value))  # (IRIS: '1.1 Articolo in rivista')
        value = _PERIOD_COVERED.sub("", value)  # (DTIC: 'Technical Report, 01 Oct 2019 – ...')
        if noted and not rules.matches_role(value, "type", site):
            continue  # (a note may say anything: 'Presented at the AIAA Aviation Forum')
        if "›" in value:
            value = next((step for step in reversed(_PATH_STEP.split(value))
                          if rules.matches_role(step, "type", site)), "")
        if (value and value.count(" ") < 8 and not _NO_TYPE_VALUE.search(value)
                and value.casefold() not in _NO_TYPE_VALUES):
            found.setdefault(normalise_type(value), at)
    if len(found) > 1:  # ('Record Type: Journal' beside 'Publication Type: Journal Articles')
        found = {value: at for value, at in found.items()
                 if any(rules.matches_role(p, "type", site) for p in _TYPE_LIST.split(value))}
    if len(found) != 1:
        return ()
    (value, at), = found.items()
    trace.used.add(at)
    prov["article_types"] = labelled[at].block.where
    return tuple(dict.fromkeys(normalise_type(p) for p in _TYPE_LIST.split(value) if p))


def _field_value(text: str) -> str:
    """A field's value up to the next field on its line."""
    for m in _NEXT_FIELD.finditer(text):
        if m.group() == " " and not text[m.end():m.end() + 1].isupper():
            continue  # (a space before a word in lower case: the value goes on)
        return text[: m.start()].strip(" \t:;.")
    return text.strip(" \t:;.")


def without_abstract(types: tuple[str, ...]) -> bool:
    """Types of piece that carry no abstract (news, editorials, letters): their first
    paragraphs are a standfirst and a story, not an abstract to guess at."""
    return any(t.casefold() in _NO_ABSTRACT_TYPES for t in types)


def _types_beside(labelled: list[Labelled], title_at: int, rules: RuleSet, site: str | None,
                  trace: Trace, prov: dict[str, str]) -> tuple[str, ...]:
    """Type labels just above the title (PubMed, QxMD) or, failing that, just below it."""
    found: list[tuple[int, list[str]]] = []
    k, kept = title_at - 1, 0
    while k >= 0 and kept < 4:
        labels = type_labels(labelled[k], rules, site)
        if not labels and not kept and not found:  # the line right over the title
            labels = _subject_after(labelled[k], rules, site)
        if labels and not _menu_item(labelled, k) and not _crumb_step(labelled, k):
            found.insert(0, (k, labels))
        elif not labelled[k].removed:
            if found:
                break  # the labels above the title are done; more higher up are a menu's
            if not _badge_line(labelled[k].text):
                kept += 1
        elif found and labelled[k].rule.category == "navigation":
            break  # (so is a label past a menu's dropped items: 'Articles' of 'Home Articles Issues')
        k -= 1
    k, kept = title_at + 1, 0
    while not found and k < len(labelled) and kept < 6:
        lb = labelled[k]
        # (a section's heading below the title, 'Methods', names no type there)
        # (or a dated item line, however long: 'preprint posted on 2023-10-02, authored by ...')
        labels = type_labels(lb, rules, site) if lb.role != "section" and (
            lb.block.words <= 8 or " posted on " in lb.text) else []
        if labels and labels[0].casefold() not in _CONTACT_HEADINGS and not (
                _menu_item(labelled, k) or _tool(labelled, k)):
            found.append((k, labels))
        elif lb.role in ("abstract", "stop", "body", "tail"):
            break
        elif not (lb.removed or _byline_part(lb)):
            kept += 1  # (the authors and their affiliations are the title's, however many)
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


def _subject_after(lb: Labelled, rules: RuleSet, site: str | None) -> list[str]:
    """A type label with the article's subject run on to it, right over the title
    ('Research Article Climate Change': Science's label and subject link), badges and all
    ('Original Research Cardiac Imaging Free Access': Radiology's)."""
    if lb.removed or lb.role or lb.block.words > _TYPE_WORDS + 3:
        return []
    for label in leading_phrases(lb.text, _TYPE_WORDS):
        rest = _without_badges(lb.text[len(label):]).split()
        # (a subject in capitals, as its label is, may take a word more: 'ORIGINAL ARTICLE
        # EXERCISE PHYSIOLOGY AND BIOMECHANICS', Minerva Medica's)
        most = 4 if label.isupper() and all(w.isupper() or w == "&" for w in rest) else 3
        if (rest and len(rest) <= most and rest[0] not in _JOINING_WORDS
                and all(_SUBJECT_WORD.fullmatch(w) for w in rest)
                and rest[-1].casefold() not in _MENU_NOUNS and rules.matches_role(label, "type", site)):
            return [label]
    return []


def _without_badges(text: str) -> str:
    """text up to the access badges or date it ends with, if it does: after a space, or run
    on to the label as a text browser joins elements that CSS spaces apart ('ArticleOpen
    Access')."""
    for m in _SPACE.finditer(text):
        if _TYPE_TAIL.fullmatch(text, m.start()):
            return text[: m.start()]
    for m in _GLUED_BADGE.finditer(text):
        if _TYPE_TAIL.fullmatch(" " + text[m.start():]):
            return text[: m.start()]
    return text


def _badge_line(text: str) -> bool:
    """A badge, a date, pages or a count on a line of its own, as get_text sets each of
    those it finds between a type label and the title ('Research Article' / 'Open access' /
    '412'), and as SpringerLink lists them ('First Online: 02 June 2024' / 'pp 112–126')."""
    return (not _WORD.search(text) or bool(_TYPE_TAIL.fullmatch(" " + text))
            or bool(_DATE_OR_PAGES.fullmatch(text)))


# A row of tools on one line: its items at most this many words each, and this many in all.
_TOOL_WORDS, _TOOL_ROW_WORDS = 8, 20
_ROW_SEPARATORS = {"•", "●", "·", "|", "/", "-", "–", "—", "›", "»"}


def tool_row(text: str, rules: RuleSet, site: str | None) -> bool:
    """Whether a line is two or more pieces of chrome side by side, each of which some rule
    drops on its own ('Add to my collection' 'Report a problem with this document',
    '원문보기 내보내기 내서재담기 공유하기 QR코드'): a tool bar a text browser set on one line,
    whatever its items. Read from the left, each time the longest piece that is chrome."""
    words = text.split()
    if not 2 <= len(words) <= _TOOL_ROW_WORDS:
        return False
    i, pieces = 0, 0
    while i < len(words):
        if words[i] in _ROW_SEPARATORS:
            i += 1
            continue
        for j in range(min(len(words), i + _TOOL_WORDS), i, -1):
            rule = rules.first_match(" ".join(words[i:j]), site)
            if rule is not None and rule.category != "role":
                i, pieces = j, pieces + 1
                break
        else:
            return False
    return pieces >= 2


def typed_line(lb: Labelled, rules: RuleSet, site: str | None) -> bool:
    """Whether a line the rules gave no role opens with a type label and has only badges, a
    date or a citation after it ('Research article Open Access'): the title-finder's cheap
    question about the lines above a candidate."""
    return (not lb.removed and lb.block.words <= _TYPE_LINE_WORDS
            and _typed_head(lb.text, rules, site) is not None)


def _tool(labelled: list[Labelled], k: int) -> bool:
    """A one-word label right after the tools the rules dropped ('Print' / 'Share' / 'Save' /
    'Comment'): one more tool. (After a path's dropped '›' it is a step of the path.)"""
    above = labelled[k - 1] if k else None
    return (labelled[k].block.words == 1 and above is not None and above.removed
            and above.block.words <= 2 and bool(_WORD.search(above.text)))


def _crumb_step(labelled: list[Labelled], k: int) -> bool:
    """A breadcrumb's last step ('Vol. 17 No. 5 (2023) /' over 'Articles'): the section of
    the issue, no type shown for the article. A text browser numbers the steps of one set
    as a list ('1. Home' '2. Volume 29, Issue 16' '3. Article', w3m)."""
    above = next((lb for lb in reversed(labelled[max(0, k - 3) : k]) if not lb.removed), None)
    if above is not None and above.text.endswith(_CRUMB_ENDS):
        return True
    if not labelled[k].block.list_item:
        return False
    for lb in reversed(labelled[max(0, k - _CRUMB_STEPS) : k]):
        if not lb.block.list_item:
            return False
        if lb.text.casefold() == "home":
            return True
    return False


def _menu_item(labelled: list[Labelled], k: int) -> bool:
    """A one-word label between two short lines of words is a menu's item ('Authors' /
    'News' / 'Project MUSE', 'Save' / 'Comment' / 'Abstract and Introduction'), not a type
    by the title; a DOI, a date or an access badge beside it is no menu's ('研究論文' over
    'ジャーナル フリー', J-STAGE's)."""
    block = labelled[k].block
    if block.words > 1 or not 0 < k < len(labelled) - 1 or (
            block.where.startswith("dom:") and not block.list_item):
        return False  # (in HTML, a menu's items are list items: not CDS's record header)
    return all(not near.removed and not near.role and near.block.words <= 3
               and not _DIGIT.search(near.text) and not _badge_line(near.text)
               for near in (labelled[k - 1], labelled[k + 1]))


def type_labels(lb: Labelled, rules: RuleSet, site: str | None) -> list[str]:
    """One type label, or several that markup ran together ('Journal Article Review')."""
    if "logo" in lb.block.where and _LOGO.search(lb.block.where):
        return []  # (a site's name beside its logo: 'Google Research', 'Microsoft Research')
    if lb.role == "type" or (lb.role == "section" and rules.matches_role(lb.text, "type", site)):
        return [lb.text]
    if lb.removed and lb.rule.category == "navigation" and lb.block.words <= 8:
        # 'Research article | 14 Mar 2024' or '| Open Access' reads as a row of links
        head = _typed_head(lb.text, rules, site)
        return [head] if head else []
    if lb.removed or lb.role or lb.block.words > 16:
        return []
    text = lb.text
    dated = record_header(text)
    if dated:  # a repository's record header: 'Thèse Année : 2015', 'Article ... Journal X Année : 1955'
        head = text[: dated.start()].strip()
        for label in leading_phrases(head, head.count(" ") + 1):
            rule = rules.first_match(label, site)
            if rule is not None and rule.role == "type":
                return [label]
        return []
    head = _typed_head(text, rules, site)
    if head:
        return [head]
    if (bare := _without_badges(text)) != text and rules.matches_role(bare, "type", site):
        return [bare]  # ('ArticleOpen Access': see _without_badges)
    rubric, _, label = text.partition(" ")
    if (len(label) >= _RUBRIC_TYPE_LETTERS and label.isalpha() and rubric.isalpha()
            and rubric[:1].isupper() and rules.matches_role(label, "type", site)):
        return [label]  # the section's rubric before a long one-word type ('Medizin
        # Originalarbeit', Deutsches Ärzteblatt); not a journal's name ('Physical Review')
    dated = _DATED_TYPE.fullmatch(text)  # 'First Published April 3, 2017 Research Article'
    if dated and rules.matches_role(dated.group(1), "type", site):
        return [dated.group(1)]
    posted = _POSTED_TYPE.match(text) if " posted on " in text else None
    if posted and rules.matches_role(posted.group(1), "type", site):
        return [posted.group(1)]
    if lb.block.words > 12:
        return []
    words = text.split()

    def split(i: int) -> list[str] | None:
        if i == len(words) or (i and _TYPE_TAIL.fullmatch(" " + " ".join(words[i:]))):
            return []  # (badges may follow: 'Preprint Article Version 2 Not peer-reviewed')
        for j in range(len(words), i, -1):
            piece = " ".join(words[i:j])
            if rules.matches_role(piece, "type", site) and (rest := split(j)) is not None:
                return [piece, *rest]
        return None

    labels = split(0)
    return labels if labels and len(labels) >= 2 else []


# A given name or a surname on a line of its own: capitalised words and initials, three at most.
_NAME_WORD = r"(?:[A-ZÀ-Þ][\w'’-]*\.?|[A-ZÀ-Þ]\.(?:[A-ZÀ-Þ]\.)*|van|von|de|den|der|da|di|del|la|le)"
_NAME_PIECE = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}")
# Type names that, below a title among its authors, head the corresponding author's address.
_CONTACT_HEADINGS = {"correspondence"}


def _byline_part(lb: Labelled) -> bool:
    """An author's name, a list of them, or an affiliation: what sits between a title and a
    type label shown below it; in get_text, a name's given names and surname one a line
    ('Sofie' / 'Van den Broeck', ScienceDirect's), or family name first ('Lindqvist, Maja',
    DiVA's)."""
    return (bool(AFFILIATION.search(lb.text)) or lb.one_name or lb.authors_line
            or bool(_NAME_PIECE.fullmatch(lb.text)) or bool(_INVERTED_LINE.fullmatch(lb.text)))


def _translated(title: str, line: str) -> bool:
    """Whether the line under a title is its translation: as long, in another language (a
    Chinese, Japanese or Korean title's English is up to four times as many characters)."""
    most = 4 if language.script(title) in ("zh", "ja", "ko") else 2
    if not 0.5 < len(line) / max(len(title), 1) < most:
        return False
    lang = language.detect(line)
    return lang is not None and language.detect(title) not in (None, lang)


def _typed_head(text: str, rules: RuleSet, site: str | None) -> str | None:
    """The type label a line opens with, when what follows it is only access badges and a date,
    or a separator and the citation ('Case report Peer-Reviewed', 'Research Article May 14,
    2024', 'Artigo • Ciênc. saúde coletiva 29 (3) • Mar 2024')."""
    for label in leading_phrases(text, _TYPE_WORDS):
        if _TYPE_TAIL.fullmatch(text, len(label)) and rules.matches_role(label, "type", site):
            return label
    # A series or focused issue after an article label: 'Original Article on Thoracic
    # Surgery', 'Review Article on Lung Cancer Screening' (AME's), its words capitalised.
    label, _, series = text.partition(" on ")
    if (series and label.casefold().endswith((" article", " paper")) and _SERIES.fullmatch(series)
            and rules.matches_role(label, "type", site)):
        return label
    # The journal's section after it: 'Research Articles, Systems/Circuits', 'Research
    # Article | Microbial evolution and epidemiology'.
    for sep in (", ", " | "):
        label, _, subject = text.partition(sep)
        if (subject and label.count(" ") < _TYPE_WORDS
                and len(subject.split()) <= _SUBJECT_WORDS and not subject.endswith((".", "?", "!"))
                and not _DIGIT.search(subject) and rules.matches_role(label, "type", site)):
            return label
    return None


def authors(labelled: list[Labelled], title_at: int, trace: Trace,
             prov: dict[str, str], page_text: str, title: str | None = None) -> tuple[str, ...]:
    """Names below the title, or below another copy of it: a later one (a cover or print
    header may show the title first), else an earlier one (a record's table of fields may
    repeat it just above the abstract, its 'Title' label winning it the title).
    ``page_text``: the blocks' text joined by lines, where a name's plain form is looked for
    (see _unmarked); ``title``: the title as read, which get_text may have cut over several
    blocks ('... sensitizes' / 'KRAS-mutant colorectal cancer ...')."""
    key = labelled[title_at].text.casefold()
    if title and len(title) > len(key):
        whole = title.casefold()
        while (title_at + 1 < len(labelled) and labelled[title_at + 1].text
               and labelled[title_at + 1].text.casefold() in whole):
            title_at += 1  # (the names are below the title's last piece)
    copies = [i for i, lb in enumerate(labelled) if i != title_at and lb.text.casefold() == key]
    for at in [title_at] + [i for i in copies if i > title_at] + [i for i in copies if i < title_at]:
        names = _authors_below(labelled, at, trace, prov, page_text)
        if names:
            return in_full(_unmarked(names, page_text), page_text)
    return _unmarked(_authors_field(labelled, title_at, trace, prov), page_text)


def in_full(names: tuple[str, ...], text: str) -> tuple[str, ...]:
    """Names a byline or the metadata writes 'Surname Initials' ('Søndergaard KL', Dove's;
    'Guliyeva, A.M.', IUCr's tags) as the page writes them in full ('Katrine L Søndergaard'),
    when it does so for every one."""
    full = []
    for name in names:
        m = _VANCOUVER.fullmatch(name)
        if m is None:
            return names
        surname, initials = m.group(1), re.findall(r"[^\W\d_]", m.group(2))
        given = rf"{initials[0]}[^\W\d_]+" + "".join(rf"[ -]{c}[^\W\d_]*\.?" for c in initials[1:])
        if shown := re.search(rf"\b({given}) {re.escape(surname)}(?![^\W\d_])", text):
            full.append(f"{shown.group(1)} {surname}")
            continue
        # (or the surname first and the given names and patronymic in full: CyberLeninka's
        # 'Кузнецова Анна Сергеевна' for 'Кузнецова А.С.')
        words = " ".join(rf"{c}[^\W\d_]+" for c in initials)
        if shown := re.search(rf"\b{re.escape(surname)} ({words})(?![^\W\d_])", text):
            full.append(f"{surname} {shown.group(1)}")
            continue
        return names
    return tuple(full)


def _authors_field(labelled: list[Labelled], title_at: int, trace: Trace,
                   prov: dict[str, str]) -> tuple[str, ...]:
    """Names a record states in an 'Authors' field of its own, its value in the next cell,
    wherever among its fields it sits: Chinese names ('作者：' over '周雅琴1 何振宇1 孙丽娜2',
    Wanfang; '作者' over '马晓东1 赵婧1', CQVIP), names written surname first, one a group
    between semicolons ('Authors' over 'Halvorsen, Ingrid M. PhD, RN1; Adeyemi-Brooks, Tolu
    MSN2', Ovid's), names each before their institution ('A and B, Inst; C, Inst', USENIX's),
    or a list of names (NeurIPS' page, under its venue and links)."""
    for i in range(title_at + 1, min(len(labelled), title_at + _FIELD_BLOCKS)):
        lb = labelled[i]
        if not lb.removed and _INLINE_AUTHORS.match(lb.text) and (names := _field_names(lb.text)):
            trace.used.add(i)  # (label and value on one line: 'Authors: Roe, Jane | Poe, Max')
            prov["authors"] = lb.block.where
            return names
        if lb.removed or lb.block.words > 2 or not AUTHORS_LABEL.fullmatch(lb.text):
            continue
        value = next((k for k in range(i + 1, min(len(labelled), i + 3))
                      if not labelled[k].removed), None)
        if value is None:
            return ()
        text = labelled[value].text
        parts = [p.rstrip(_CJK_NAME_MARKS) for p in re.split(r"[\s,，、;；]+", text)]
        names = tuple(p for p in parts if p)
        if not (len(names) >= 2 and all(_CJK_AUTHOR.fullmatch(n) for n in names)):
            names = tuple(inverted_names(text) or _byline_names(text)) if ";" in text else ()
        if not names and "(" in text:  # ('저자' over '김민재 (전북대학교 농화학과) , ...', ScienceON)
            names = tuple(romanized_names(text))
        if not names and author_list(text):  # ('Authors' over 'A. Roe, B. Poe, C. Doe')
            names = tuple(n for n in byline_parts(text) if n and is_name(n))
        used = [i, value]
        if not names and lb.text.endswith((":", "：")) and (
                one_name(text) or _INVERTED_LINE.fullmatch(text)):
            # one author ('Researcher:' over 'Lakshmi Priya, S'), or one a line below the
            # label, each written as the first is ('Authors:' / 'Roe, Jane M' / 'Poe, Max')
            same = _INVERTED_LINE.fullmatch if _INVERTED_LINE.fullmatch(text) else one_name
            while (used[-1] + 1 < len(labelled) and not labelled[used[-1] + 1].removed
                   and same(labelled[used[-1] + 1].text)):
                used.append(used[-1] + 1)
            names = tuple(author_name(labelled[k].text) for k in used[1:])
        if names:
            trace.used.update(used)
            prov["authors"] = labelled[value].block.where
            return names
        if lb.text.endswith((":", "：")):
            return ()  # (a field that names no one: none further down is likelier)
    return ()


def _field_names(text: str) -> tuple[str, ...]:
    """The names of an 'Authors: ...' field's line, written surname first and grouped by ';'
    or '|' (IOS Press), or given names first between commas (OpenAlex's record: 'Authors: Ann
    Roe, Max Poe, Li Wei'). (A list 'Roe, L., Poe, G. M.' cannot be told apart.) None when the
    line shows letter marks and innerText ran them on to the names ('Kowalczyk, Piotrb |
    Takeda, Renc; d'): which letters are the names' it cannot tell."""
    if ";" not in text and " | " not in text:
        value = text[_INLINE_AUTHORS.match(text).end():]  # ('Authors: Ann Roe, Max Poe, ...')
        names = byline_parts(value) if author_list(value) else []  # (every part a whole name)
        return tuple(names) if all(n and one_name(n) for n in names) else ()
    names = inverted_names(text)
    if _LONE_MARK.search(text) and any(n[-1] in _MARK_LETTERS for n in names):
        return ()
    return tuple(names)


def _unmarked(names: tuple[str, ...], text: str) -> tuple[str, ...]:
    """Names without an affiliation's letter that the markup ran on to them ('Anni
    Kettunena'), where the page's ``text`` writes the name without it too (a citation line,
    a card)."""
    # (and 'o': an ORCID icon's alt text, which w3m shows as '[o]' and reads as a subscript)
    marked = [n for n in names
              if len(n) > 4 and (n[-1] in _MARK_LETTERS or n[-1] == "o") and n[-2].isalpha()]
    if not marked:
        return names
    plain = {n: n[:-1] for n in marked
             if re.search(re.escape(n[:-1]) + r"(?![^\W\d_])", text) is not None}
    return tuple(plain.get(n, n) for n in names)


# A date before the names on a byline's line ('21 Mar 2024 · Jane Roe, Max Poe', Papers with
# Code's), a separator after it.
_DATE_BEFORE_NAMES = re.compile(
    r"(?:\d{1,2} [A-Z][a-z]{2,8}\.? (?:19|20)\d\d|[A-Z][a-z]{2,8}\.? \d{1,2},? (?:19|20)\d\d)"
    r"\s*[·•|–—]\s*")


def _authors_below(labelled: list[Labelled], title_at: int, trace: Trace,
                   prov: dict[str, str], page_text: str = "") -> tuple[str, ...]:
    """Names from the author line just below the title: 'A. Roe1,2, B. Poe3 and C. Doe', or
    from one name a block where each author is a link of its own (with their affiliations
    between them, and a dateline or two or an 'Authors' label before them)."""
    names, used = _names_one_a_line(labelled, title_at, page_text)
    if not names:
        names, used = _inverted_one_a_line(labelled, title_at)
    if names:
        trace.used.update(used)
        prov["authors"] = labelled[used[0]].block.where
        return names
    bylines = _bylines(labelled, title_at)
    if bylines:
        trace.used.update(bylines)
        prov["authors"] = labelled[bylines[0]].block.where
        return tuple(name for k in bylines for name in _byline_names(labelled[k].text))
    for k in _kept_below(labelled, title_at, 3):
        lb = labelled[k]
        text = _DATE_BEFORE_NAMES.sub("", lb.text, count=1)
        if not lb.role and ((names := carded_names(text))
                            or ((";" in text or " | " in text) and (names := inverted_names(text)))
                            or ("(" in text and (names := romanized_names(text)))):
            trace.used.add(k)  # ('Roe, Jane M. MDa; Poe, Max PhDb', '김지현 ( Jihyun Kim ) 1 , ...')
            prov["authors"] = lb.block.where
            return tuple(names)
        wrapped = _wrapped_byline(labelled, k, text)
        if wrapped:
            text = wrapped  # (a text browser wrapped it in mid-name: '..., Andrés' / 'Quintana ...')
        listed = not lb.role and author_list(text)
        if lb.role or not (listed or _TWO_AUTHORS.fullmatch(text)):
            continue
        # (a lone letter between commas is the next of a name's marks: 'Marchal a, b')
        parts = byline_parts(text)
        names = tuple(n for n in parts if n and not (len(n) == 1 and n.islower()))
        if len(names) < len([p for p in parts if p]) and len(names) >= 2 and all(
                n[-1] in _MARK_LETTERS and n[-2:-1].isalpha() for n in names) and len(
                {n[-1] for n in names}) >= 2:
            names = tuple(n[:-1] for n in names)  # (each its first mark run on, innerText's:
            # 'C. Vautrina, *, M. Haddadb, J.-P. Marchala, b')
        # (a name of one word is a surname cut from its initials: 'Roe, L., Poe, G. M.'; of
        # two parted by a comma alone, each must read as one person's: 'Chiara Lombardi,
        # Davide Ferraresi', not 'Comparative Cognition, Messerli Research Institute')
        two = len(names) == 2 and " and " not in text and not listed
        # (Chinese names with their affiliations' numbers: '马晓婷1,2, 周思远1', SciEngine's)
        marked = _CJK_MARKED.search(text) is not None
        if len(names) >= 2 and all((is_name(n) or (marked and _CJK_AUTHOR.fullmatch(n)))
                                   and (" " in n or CJK.search(n))
                                   and (not two or one_name(n)) for n in names):
            trace.used.update((k, k + 1) if wrapped else (k,))
            prov["authors"] = lb.block.where
            if _SHOWN_IN_PART.search(text):
                return _whole_list(labelled, k, names) or names
            return names
    names, used = _byline_in_pieces(labelled, title_at)
    if names:
        trace.used.update(used)
        prov["authors"] = labelled[used[0]].block.where
    return names


# A byline's line that ends in a given name its surname does not follow: w3m wrapped the line
# there ('..., Meritxell Pons Vidal^c, Andrés' / 'Quintana Salgado^d, ...').
_DANGLING_NAME = re.compile(r",\s*(?:and\s+)?([^\W\d_][\w'’-]*)$")


def _wrapped_byline(labelled: list[Labelled], k: int, text: str) -> str | None:
    """A flattened byline's line k run on to the next, when it ends in a lone given name and
    the two together read as a list of names."""
    dangling = _DANGLING_NAME.search(text)
    if (k + 1 >= len(labelled) or not labelled[k].block.where.startswith("text:")
            or dangling is None or not dangling.group(1).istitle() or len(dangling.group(1)) < 3):
        return None  # (not a mark, 'Marchal a, b', nor a degree, 'PhD, CNM')
    nxt = labelled[k + 1]
    joined = f"{text} {nxt.text}"
    return joined if not (nxt.removed or nxt.role) and author_list(joined) else None


def _byline_in_pieces(labelled: list[Labelled], title_at: int) -> tuple[tuple[str, ...], list[int]]:
    """A byline that get_text cut at every link and mark, a piece a line below the title
    ('Jonathan R.' / 'Mercer, MD, PhD,' / 'Aiyana' / 'Whitehorse, MD, and Stefan' / ...),
    joined back, and the lines that hold it. It may start a few short lines down, past tabs
    ('Article' / 'Responses'), which read as no name before the first comma."""
    if labelled[title_at].block.where.startswith("dom:"):
        return (), []  # (the HTML reader runs a byline's links together)
    starts = 0
    for k in range(title_at + 1, min(len(labelled), title_at + _MOST_PIECES)):
        lb = labelled[k]
        if lb.removed:
            continue
        if not _byline_piece(lb) or starts == _PIECE_STARTS:
            break
        found = _pieces_from(labelled, k)
        if found[0]:
            return found
        starts += 1
    return (), []


def _byline_piece(lb: Labelled) -> bool:
    """A line short enough to be a piece of a byline, and no affiliation or address."""
    return not (lb.role or lb.block.words > _PIECE_WORDS or AFFILIATION.search(lb.text)
                or EMAIL.search(lb.text))


def _inverted_piece(text: str) -> bool:
    """'Okonkwo-Reyes, Adaeze': a name written surname first, which no cut byline holds
    ('Kowalczuk, MD' is a name's end and its degree, 'Ibarra-Quiroga, and Wei' the list's
    last 'and')."""
    return (_INVERTED_LINE.fullmatch(text) is not None and _PIECE_AND.search(text) is None
            and not is_degree(text.rpartition(",")[2].strip(" 0123456789*†‡")))


def _pieces_from(labelled: list[Labelled], start: int) -> tuple[tuple[str, ...], list[int]]:
    """The names of a byline in pieces from ``start`` on: the longest run of pieces that
    reads as a list of names, or the run up to the name after the list's 'and'. A piece
    that ends no name (no comma, mark or separator in it: 'Jonathan R.') is followed by one
    that does ('Mercer, MD, PhD,'); two in a row are no byline's ('Attribute Name' /
    'Creator')."""
    pieces: list[str] = []
    used: list[int] = []
    found: tuple[tuple[str, ...], list[int]] = ((), [])
    open_before = False  # the piece before ended no name
    closing = False  # the list's 'and' has come
    for k in range(start, min(len(labelled), start + _MOST_PIECES)):
        lb = labelled[k]
        if lb.removed:
            continue
        opens = _NAME_OPEN.fullmatch(lb.text) is not None
        if not _byline_piece(lb) or (opens and open_before) or _inverted_piece(lb.text):
            break
        open_before = opens
        pieces.append(lb.text)
        used.append(k)
        joined = " ".join(pieces)
        parts = byline_parts(joined)
        if len(parts) >= 2 and not one_name(parts[0]):
            break  # (no name before the first comma: this is no byline's start)
        if len(pieces) >= 3 and author_list(joined):
            names = tuple(n for n in parts if n)
            if len(names) >= 2 and all(one_name(n) for n in names):
                found = names, used[:]
                if closing and not lb.text.endswith((",", ";", *_PIECE_SEPARATORS)):
                    break  # (the name after the 'and' ends the list: 'Kowalczuk, MD')
        closing = closing or _PIECE_AND.search(lb.text) is not None
    return found


def _whole_list(labelled: list[Labelled], k: int, names: tuple[str, ...]) -> tuple[str, ...]:
    """The whole list of authors further down the page, when the byline at k shows some of
    them and a toggle for the rest ('A, B, C Show all authors', SAGE's): a line of names that
    holds the shown ones, in their order, and more."""
    for lb in labelled[k + 1 : k + _WHOLE_LIST_BLOCKS]:
        if lb.removed or not author_list(lb.text):
            continue
        more = tuple(n for n in byline_parts(lb.text) if n and is_name(n))
        if len(more) > len(names) and [n for n in more if n in names] == list(names):
            return more
    return ()


def _names_one_a_line(labelled: list[Labelled], title_at: int,
                      page_text: str = "") -> tuple[tuple[str, ...], list[int]]:
    """Authors shown one a line below the title, each a link of its own, and the lines that
    show them. Two names make a list; one does under an 'Authors' label."""
    end = min(len(labelled), title_at + _NAME_RUN_LINES)
    start, label = _first_name_at(labelled, title_at, end, page_text)
    if start is None:
        return (), []
    names, used = _name_run(labelled, start, end, page_text)
    unique = tuple(dict.fromkeys(names))  # (a name shown twice, on a card that expands, once)
    return (unique, used) if len(unique) >= 2 or (unique and label) else ((), [])


def _first_name_at(labelled: list[Labelled], title_at: int, end: int,
                   page_text: str = "") -> tuple[int | None, bool]:
    """Where names one a line start below the title, past what may stand before them (dated
    lines, a DOI, a record's field and its value, the title's translation, an 'Authors'
    label), and whether such a label stands over them."""
    before = 0  # kept lines passed before the first name ('51 Pages Posted: 5 Oct 2023')
    label = field_value = False  # field_value: the line before was a field's label
    resume = 0  # past lines skipped to an 'Authors' label
    for k in range(title_at + 1, end):
        lb = labelled[k]
        if lb.removed or k < resume:
            continue  # 'Author links open overlay panel' and such between title and names
        text = lb.text
        if not lb.role and (lb.one_name or _name_in_two(labelled, k)
                            or name_before_institution(text) or cited_name(text, page_text)):
            return k, label
        if AUTHORS_LABEL.fullmatch(text):
            label = True
            continue
        field = field_value  # ('Subject Area:' / 'Neurology' over the names: Karger)
        field_value = lb.block.words <= 3 and text.endswith(":")
        # (a DOI line is a 'stop' for the abstract, not for the names)
        if before >= _LINES_BEFORE_NAMES or (lb.role and not identifiers.DOI_RE.search(text)) or not (
                _DATE_LABEL.fullmatch(text) or field_value or (field and lb.block.words <= 4)
                or (lb.block.words <= 12 and not is_prose(text) and any(c.isdigit() for c in text))
                or (k - title_at <= _LINES_BEFORE_NAMES
                    and _translated(labelled[title_at].text, text))):
            # (an 'Authors' label just below goes over them: Brill's 'In:' / 'Arabica' /
            # 'Authors:' / 'Claire Roe')
            label_at = next((i for i in range(k + 1, min(len(labelled), k + 5))
                             if AUTHORS_LABEL.fullmatch(labelled[i].text)), None)
            if label_at is None:
                return None, label
            resume = label_at
        before += 1
    return None, label


def _name_run(labelled: list[Labelled], start: int, end: int,
              page_text: str = "") -> tuple[list[str], list[int]]:
    """The names of a list shown one a line from ``start`` on, and the lines that show them.

    Between the names may stand what a page shows of each author: affiliations, e-mail
    addresses, contributions, the name again ('More by Jane Roe', a card's copy) and the
    separators a scraper put on lines of their own (',' / 'Jane Roe' or ', Jane Roe')."""
    names: list[str] = []
    used: list[int] = []
    closing = done = False  # closing: the list's 'and' came; done: its last name too
    commas = False  # every name so far ended with a comma
    previous = ""
    resume = 0  # the line after a family name read with its given names
    cards = 0  # names read off a line with their institution
    for k in range(start, end):
        lb = labelled[k]
        if names and lb.removed and lb.block.words <= 3 and lb.text.endswith((":", "：")):
            break  # (a field's label, dropped, over its value: 'Journal:' / 'Medical Science Pulse')
        if lb.removed or k < resume:
            continue
        text = lb.text
        if names and _OTHER_ROLE.fullmatch(text):
            break  # (a thesis' 'Advisor:' over its advisor: past the authors)
        if names and _CORRESPONDENCE.fullmatch(text):
            # (an author's card: 'Correspondence to:' over the name again, as 'K. M. Roe,')
            resume = next((j + 1 for j in range(k + 1, end) if not labelled[j].removed), end)
            continue
        # (USENIX's groups, one a line in get_text: 'Jane Roe,' / 'Red Hat;')
        if names and previous.endswith(",") and text.endswith(";"):
            continue
        whole = None if lb.role else _name_in_two(labelled, k)
        if whole:
            text, resume = whole
        previous = text
        # (each author's line a name and an institution, from the first on: Dialnet; not an
        # institution named for someone under a name, 'Jane Addams College of Social Work')
        carded = (None if lb.role or lb.one_name or (names and not cards)
                  else name_before_institution(text) or cited_name(text, page_text)
                  or (name_before_brackets(text) if cards >= 2 else None))
        cards += carded is not None
        if whole or carded or (lb.one_name and not lb.role):
            name = carded or cited_name(text, page_text) or single_name(text)  # (see cited_name)
            if names and name == names[-1]:
                continue  # (shown twice: as a link, and on the card it opens)
            if done or (names and names[-1].isupper() and not name.isupper()):
                break  # (past the last name: a journal's name looks like one)
            # The last name follows the list's 'and', or is the first without the comma
            # every name before it ended with ('Jane Roe1,' / 'Ann Poe2,' / 'Liu Zhang3').
            ends_and = LAST_AND.search(text) is not None  # ('Étienne Bourassa et' / 'Nadia Roe')
            carries = text.endswith(",") or ends_and
            done = closing or (commas and not carries)
            closing, commas = ends_and, carries and (commas or not names)
            names.append(name)
            used.append(k)
        elif (not done or _LAST_NAME.match(text)) and (more := names_on_line(text)):
            names += more
            used.append(k)
            # (the list's 'and' inside the line, its last name after it: 'Erik T. Roe, DO,
            # and Teresa Poe, MD', and nothing further is the list's; not the name before it
            # again, a card's copy: 'Soo-Jin Park, and Soo-Jin Park')
            done = closing or _LAST_NAME.match(text) is not None or (
                len(more) >= 2 and more[-1] != more[-2] and _PIECE_AND.search(text) is not None
                and not LAST_AND.search(text) and not text.endswith((",", ";")))
        elif _SEPARATOR_LINE.fullmatch(text):
            if text.strip(",; "):  # ('Jane Roe3' / '&' / 'Ann Poe1': the 'and' comes late)
                closing, done = True, False
        elif not (names[-1] in text or _MARK_LINE.fullmatch(text) or (
                lb.block.words <= 20 and (AFFILIATION.search(text) or EMAIL.search(text)
                                          or _CONTRIBUTION.match(text)
                                          or (not is_prose(text) and _name_next(labelled, k))))
                  or (lb.block.words <= _ADDRESS_WORDS and not lb.long_prose
                      and (AFFILIATION.search(text) or EMAIL.search(text)))):
            break  # (the last: an affiliation of no known kind, 'Museu Goeldi, Belém, Brazil')
    return names, used


def _name_in_two(labelled: list[Labelled], at: int) -> tuple[str, int] | None:
    """A name whose given and family names get_text put on two lines ('Elin M.' /
    'Svensson,', 'Tomasz' / 'Wójcik,'), read whole, and the line after it. The family name
    is one word; it ends the list's item (with its comma), follows an initial, or the card
    the name's link opens repeats the name whole on the next line ('Marisol' / 'Quispe' /
    'Marisol Quispe', PNAS)."""
    text = labelled[at].text
    if text.count(" ") > 2 or not text[:1].isupper() or text.endswith((",", ";")):
        return None
    for k in range(at + 1, min(len(labelled), at + 3)):
        if labelled[k].removed:
            continue
        family = labelled[k].text
        word = family.rstrip(",*†‡0123456789")
        if " " in word or not word[:1].isupper() or not _FAMILY_WORD.fullmatch(word):
            return None
        whole = f"{text} {family}"
        if not (family.endswith(",") or _INITIAL_END.search(text)
                or (k + 1 < len(labelled) and (labelled[k + 1].text == whole
                                               or labelled[k + 1].text.startswith("(")))):
            return None
        return (whole, k + 1) if one_name(whole) else None
    return None


def _name_next(labelled: list[Labelled], at: int) -> bool:
    """Whether the next block kept after ``at`` goes on with a list of names one a line
    (or a name get_text put on two)."""
    for k in range(at + 1, min(len(labelled), at + 4)):
        lb = labelled[k]
        if not lb.removed:
            return lb.one_name or (lb.text[:1] in ",;&" and bool(names_on_line(lb.text))) or (
                _name_in_two(labelled, k) is not None
                or name_before_institution(lb.text) is not None)
    return False


def _inverted_one_a_line(labelled: list[Labelled], title_at: int) -> tuple[tuple[str, ...], list[int]]:
    """Names written family name first, one a line right under the title, each but the last
    closed by the list's ';' ('Hargrove, Delia M.;' / 'Nakashima, Ren;' / 'Whitfield, Thomas
    J.', APA PsycNet): the semicolons tell them from a place and its country. Under an
    authors' label, over them or run in, the names need none, and may carry their
    affiliations' numbers ('Autores:' / 'Pech Canché, Wilberth Manuel1' / 'Dzib Ek, Rosalía1',
    Biblat); w3m sets the label at the middle of a table's rows, a name or two above it."""
    below = _kept_below(labelled, title_at, _MOST_AUTHOR_LINES)
    label_at = next((n for n, k in enumerate(below[:_LABEL_REACH])
                     if AUTHORS_FIELD.match(labelled[k].text)
                     or AUTHORS_LABEL.fullmatch(labelled[k - 1].text)), None)
    first = label_at or 0
    while label_at is not None and first > 0 and _INVERTED_LINE.fullmatch(
            labelled[below[first - 1]].text.rstrip(_NAME_NUMBERS)):
        first -= 1
    names: list[str] = []
    used: list[int] = []
    for k in below[first:]:
        text = labelled[k].text
        if label_at is not None:
            run_in = AUTHORS_FIELD.match(text)
            text = MORE_AUTHORS.sub("", text[run_in.end():] if run_in else text).rstrip(_NAME_NUMBERS)
            if not text and not names:
                continue  # (the label alone on its line: 'Autores:')
        m = _INVERTED_LINE.fullmatch(text)
        if m is None or labelled[k].role:
            break
        names.append(m.group(1))
        used.append(k)
        if not m.group(2) and label_at is None:
            break  # (the last name: no ';' after it)
    if len(names) < 2 or not (label_at is not None or all(
            labelled[k].text.endswith(";") for k in used[:-1])):
        return (), []
    return tuple(names), used


def _kept_below(labelled: list[Labelled], at: int, most: int) -> list[int]:
    """The first ``most`` blocks below ``at`` not removed, past an 'Authors' label."""
    out: list[int] = []
    for k in range(at + 1, min(len(labelled), at + 3 * most + 1)):
        if not labelled[k].removed and not (not out and AUTHORS_LABEL.fullmatch(labelled[k].text)):
            out.append(k)
            if len(out) == most:
                break
    return out


def _bylines(labelled: list[Labelled], title_at: int) -> list[int]:
    """Authors with their affiliations ('Name, University of X'), starting just below the
    title (or an 'Authors' label under it): one a line with e-mail lines between them, or
    grouped on one line by ';'. After a first such line, a 'Name, Institution' line counts
    even if the institution names no university or institute ('The Adler Planetarium')."""
    found: list[int] = []
    for k in range(title_at + 1, min(len(labelled), title_at + 24)):
        lb = labelled[k]
        if lb.removed or (EMAIL.search(lb.text) and lb.block.words <= 4) or (
                not found and AUTHORS_LABEL.fullmatch(lb.text)):
            continue
        if not (byline(lb.text) or (found and lb.block.words <= 12 and _byline_names(lb.text)
                                    and not any(c.isdigit() for c in lb.text))):
            break  # (a digit: 'Nature Astronomy, volume 3' is a citation, not a byline)
        found.append(k)
    return found


def _byline_names(text: str) -> list[str]:
    """'A. Roe, Univ. X and Y Lab; B. Poe and C. Doe, Z Inc.' -> the names before each comma."""
    names = []
    for group in text.split(";"):
        who, comma, _ = group.partition(",")
        found = [author_name(n) for n in re.split(r"\band\b|&", who)]
        if not comma or not all(n and NAME.fullmatch(n) and not AFFILIATION.search(n) for n in found):
            return []  # a group that names no authors: the line is no byline
        names += found
    return names


_TYPE_CODE = re.compile(r"^\d\.\d\d\s*[-–]\s*")


# What may open a type label and is no part of it: an access badge, its icon before it, or a
# field's label ('Issue Section:').
_TYPE_PREFIX = re.compile(rf"^(?:(?:{_ICON}\s*)?open access|(?:issue section|article type|section|"
                          r"category|type|tipologija|نوع مقاله)\s*:)\s*", re.I)


def normalise_type(text: str) -> str:
    """'ORIGINAL RESEARCH article' -> 'Original Research': kicker word dropped, caps eased."""
    text = re.sub(r"\s+", " ", text).strip().rstrip(":.|,·• ")
    text = _TYPE_PREFIX.sub("", text)
    text = _TYPE_CODE.sub("", text)  # (COBISS's '1.01 - Izvirni znanstveni članek')
    words = text.split(" ")
    kicker = len(words) > 1 and (  # ('Focused Review ARTICLE'; not 'RESEARCH ARTICLE')
        (words[-1] == "ARTICLE" and not words[-2].isupper())
        or (words[-1] == "article" and words[-2] == words[-2].upper()))
    if kicker:
        text = " ".join(words[:-1])
    if text.isupper() and len(text) > 3:
        text = text.title()
    return text[:1].upper() + text[1:] if text.islower() else text


def keywords(labelled: list[Labelled], trace: Trace, prov: dict[str, str],
             abstract: str | None = None) -> tuple[str, ...]:
    """Author keywords (under an 'Author Keywords' label when the page has one); MeSH headings
    only when the page gives no keywords of its own. Of keywords in several languages, those
    whose label is in the abstract's language, else the first shown: the page's own
    ('Palavras-chave'), not the 'Keywords' of its translation."""
    groups: list[tuple[bool, str, int, list[str], set[int]]] = []
    for i, lb in enumerate(labelled):
        if lb.role == "keywords":
            items, used = _keyword_group(labelled, i)
            if items:
                label = _KEYWORDS_LABEL.match(lb.text).group(0).casefold()
                groups.append((label.startswith("mesh"), label, i, items, used))
    own = [g for g in groups if not g[0]]
    # (the authors' own under a heading over several kinds: IEEE's 'Keywords' over 'IEEE
    # Keywords', 'INSPEC: Controlled Indexing' and 'Author Keywords')
    own = [g for g in own if g[1].startswith("author")] or own
    if own:
        label = own[0][1]
        if abstract and any(g[1] != label for g in own):
            lang = language.detect(abstract)
            label = next((g[1] for g in own if _label_language(g[1]) == lang), label)
        own = [g for g in own if g[1] == label]
    out: list[str] = []
    for _, _, i, items, used in own or groups:
        trace.used.update(used)
        prov.setdefault("keywords", labelled[i].block.where)
        out.extend(k for k in items if k.casefold() not in {o.casefold() for o in out})
    return tuple(out)


def _glued_keywords(text: str) -> re.Match | None:
    """'KeywordsAquatic beetles, ...', 'KEYWORDS Optical coherence tomography, ...': the label
    run on to a first keyword in capitals, or a space alone between them and a list parted by
    semicolons ('Keywords fine particulate matter; asthma; ...'), or a Chinese label's list."""
    m = _GLUED_KEYWORDS.match(text)
    if not m:
        return None
    first = m.group(1)[0]
    return m if first.isupper() or CJK.match(first) or m.group(1).count(";") >= 2 else None


def _label_language(label: str) -> str | None:
    """The language a keywords label is written in ('palabras clave' -> 'es')."""
    return next((lang for start, lang in _KEYWORD_LABEL_LANGUAGES if label.startswith(start)),
                None)


def _wrapped_on(labelled: list[Labelled], i: int, value: str, used: set[int]) -> str:
    """A 'Keywords: a; b;' line's list with the lines a text-mode browser wrapped it on to
    (a narrow column's: 'Keywords: minimally invasive cardiac' / 'surgery, mitral valve
    repair,'): each goes on while the list so far ends with its separator, or opens in lower
    case and holds one itself."""
    for k in range(i + 1, min(len(labelled), i + _WRAPPED_LINES)):
        nxt = labelled[k]
        text = nxt.text
        if nxt.removed or nxt.role or nxt.block.words > 12 or text.endswith("."):
            break
        if not (value.endswith((",", ";", "，", "；"))
                or (text[:1].islower() and any(c in text for c in ",;"))):
            break
        value = f"{value} {text}"
        used.add(k)
    return value


def _keyword_group(labelled: list[Labelled], i: int) -> tuple[list[str], set[int]]:
    """'Keywords: a; b' on one line, or a heading with one keyword a line below it."""
    text = labelled[i].text
    m = (re.match(r"^[^:：]{1,40}?\s*[:：]\s*(.+)$", text)
         or re.match(r"^\S+(?: \S+)?\s*(?:\.|\s[-–—])\s+(.+)$", text)
         or _glued_keywords(text))
    if m and len(m.group(1)) > 1:
        value, used = m.group(1), {i}
        if labelled[i].block.where.startswith("text:"):
            value = _wrapped_on(labelled, i, value, used)
        return _split_keywords(value), used
    if labelled[i].block.list_item and not text.endswith((":", "：")) and not (
            i + 1 < len(labelled) and labelled[i + 1].text.endswith((",", ";"))):
        return [], set()  # 'Keywords' as an item of a menu (a search form's fields), heading
        # none; but a list's own label, its items ending in commas ('Author Keywords', IEEE's)
        # or the label with a colon ('Key Words:' as the first item of HighWire's list)
    items: list[str] = []
    used = {i}
    listed = False  # the keywords are list items: the first line that is none ends them
    label_where = labelled[i].block.where
    apart = False  # a keyword came from an element other than the label's
    commas = True  # every keyword line so far ended with a comma
    for k in range(i + 1, min(len(labelled), i + 40)):
        nxt = labelled[k]
        if nxt.removed or nxt.role in ("stop", "body", "tail", "abstract", "keywords", "section") or (
                AUTHORS_LABEL.fullmatch(nxt.text) or _AFFILIATIONS_LABEL.fullmatch(nxt.text)
                or _SHOW_MORE.fullmatch(nxt.text) or _FIELD_AFTER_KEYWORDS.fullmatch(nxt.text)
                or (apart and nxt.block.where == label_where and label_where.startswith("dom:"))):
            break  # (the next part of the page's record: 'Authors' / 'Affiliations', the
            # next field's label in a cell like the keywords' own, a 'Show all 14' toggle)
        ends_comma = nxt.text.endswith((",", ";", "،"))  # (and Persian's and Arabic's comma)
        if items and commas and not ends_comma:
            items.extend(_split_keywords(nxt.text))  # the last of a list whose every item
            used.add(k)  # before ended with a comma ('Makarnalık buğday,' ... 'Protein oranı')
            break
        if (nxt.block.words > 8 or nxt.text.endswith(".")) or (listed and not nxt.block.list_item):
            if not items and nxt.block.words <= 60:
                items, used = _split_keywords(nxt.text), used | {k}
            break
        # one keyword a line ('Fatty Acids, Volatile' is one MeSH term), unless ';' lists
        several = (";" in nxt.text or "；" in nxt.text or nxt.text.count(",") >= 2
                   or nxt.text.count("，") >= 2 or _KEYWORD_DASHES.search(nxt.text)
                   or _HASHTAGS.match(nxt.text) or _SPACED_CJK.fullmatch(nxt.text))
        if several and not items and not nxt.text.endswith((",", ";", "，", "；")) and len(
                found := _split_keywords(nxt.text)) >= _LISTED_KEYWORDS:
            return found, used | {k}  # a list on one line is all of them
        listed = listed or (not items and nxt.block.list_item)
        items.extend(_split_keywords(nxt.text) if several else [_keyword(nxt.text)])
        used.add(k)
        apart = apart or nxt.block.where != label_where
        commas = commas and ends_comma
    return items, used


def _split_keywords(text: str) -> list[str]:
    if _HASHTAGS.match(text):  # ('#감정노동 #조직 공정성 #소진': KCI, J-STAGE)
        return [k for k in (_keyword(p) for p in text.split("#")) if k]
    sep = (r"[;；、؛]" if re.search(r"[;；、؛]", text) else r"[,，،]" if re.search(r"[,，،]", text)
           else r"\s[-–—]\s" if _KEYWORD_DASHES.search(text)
           else r"\s+" if _SPACED_CJK.fullmatch(text) else r"\s[·•|/]\s")
    items = [_keyword(p) for p in re.split(sep, text)]
    return [i for i in items if i and len(i) <= 120]


def _keyword(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().strip(".,،").rstrip("*").lstrip("#").strip()


def identifiers_from_text(head_text: str, all_text: str, prov: dict[str, str],
                          cited: str | None = None, listed: int | None = None) -> dict[str, str | None]:
    """Identifiers the page shows; ``cited``: the DOI of its citation of itself (see own_doi);
    ``listed``: where in all_text the lists of other articles begin ('Similar articles')."""
    out: dict[str, str | None] = {}
    doi = cited or identifiers.best_doi(not_data(identifiers.find_dois(head_text), head_text))
    if doi is None:
        page = not_data(identifiers.find_dois(all_text), all_text)
        # (repeated; or the only one the page shows, on a line of its own, not in a citation)
        doi = identifiers.best_doi(page) if len(page) != len({d.lower() for d in page}) else (
            identifiers.field_doi(all_text[:listed]) if len(page) == 1 else None)
    out["doi"] = doi
    out["pmid"] = identifiers.find_pmid(head_text) or identifiers.sole_pmid(all_text)
    out["pmcid"] = identifiers.find_pmcid(head_text) or identifiers.sole_pmcid(all_text)
    out["arxiv_id"] = identifiers.find_arxiv(head_text)
    for name, value in out.items():
        if value:
            prov[name] = "text:page"
    return out


# A DOI as the value of a field naming the work's data or code ('Data repository URLs:
# https://doi.org/10.5281/zenodo...', Semantic Web Journal's; 'Code availability: 10.5281/...'):
# the deposit's, not the page's.
_DATA_DOI = re.compile(r"\b(?:data(?:sets?)?|code|software)(?:\s+(?:repository|repositories|availability|"
                       r"archive|deposit))?(?:\s+(?:urls?|links?|dois?))?\s*[:：]\s*"
                       r"(?:https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)", re.I)
_DATA_WORDS = re.compile(r"(?:data|code|software)", re.I)  # (the fast test before _DATA_DOI)


def not_data(dois: list[str], text: str) -> list[str]:
    """The DOIs but those a data or code field gives (see _DATA_DOI)."""
    if not dois or not _DATA_WORDS.search(text):
        return dois
    data = {d.lower() for m in _DATA_DOI.finditer(text) for d in identifiers.find_dois(m.group(1))}
    return [d for d in dois if d.lower() not in data]


_OWN_TITLE_CHARS = 20  # a shorter title may be quoted by another work's citation


def own_doi(labelled: list[Labelled], title: str | None) -> str | None:
    """The DOI after the title in a block that quotes it: the page's citation of itself
    ('Roe A (2024). <title>. Journal. https://doi.org/...'). A record page shows other works'
    DOIs above its own: a related dataset's, the other versions'."""
    if not title or len(title) < _OWN_TITLE_CHARS:
        return None
    key = title.casefold()
    for j, lb in enumerate(labelled):
        if "10." not in lb.text:
            continue
        # (or the title a line or two up, under a citation's label: get_text sets the
        # journal's name, in italics, and what follows it on lines of their own)
        for i in range(j, max(j - 3, -1), -1):
            at = labelled[i].text.casefold().find(key)
            if at >= 0 and (i == j or any(_CITE_LABEL.match(above.text)
                                          for above in labelled[max(0, i - 2) : i])):
                rest = " ".join([labelled[i].text[at + len(key):]]
                                + [n.text for n in labelled[i + 1 : j + 1]])
                if dois := identifiers.find_dois(rest):
                    return dois[0]
                break
    return None


_HEAD_PAST_ABSTRACT = 40  # blocks
# Distinct arXiv identifiers in a page's head that make it a listing: an abstract page shows
# its own (and its versions'), a listing one per entry.
_LISTED_PREPRINTS = 4
# A BibTeX entry's opening line ('@article{okoro2024drought,'): an article's page exports its
# own, a list of works gives one for each.
_BIBTEX_ENTRY = re.compile(r"^@(?:article|inproceedings|incollection|book|misc|phdthesis|"
                           r"mastersthesis|techreport|unpublished|inbook)\s*\{", re.M | re.I)
_LISTED_ENTRIES = 2
# A talk's field ('Speaker: Jane Roe (CERN)', 'Convener:' on a line of its own): a page that
# shows it this often is a conference's programme (Indico's timetable), not one paper.
_TALK_FIELD = re.compile(r"(?:speakers?|presenters?|presented by|chairs?|chairpersons?|"
                         r"co-?chairs?|conveners?|moderators?|panelists?)\s*:", re.I)
_PROGRAMME_TALKS = 3
_TALK_FIELD_WORDS = 20


def head_end(labelled: list[Labelled], abstract: Abstract | None) -> int:
    """Where the article's own head ends: identifiers after this belong to other articles. Past
    an abstract, that is its keywords and identifiers, up to a list of other articles at most
    some blocks on (a full-text page's references come before its 'Citing articles')."""
    if abstract is None:  # the line that ends the head ('doi: ...' under a story) is its own
        end = min(len(labelled), first_tail(labelled) + 1)
        # (and a reference list opens no head: a page of headings alone, no prose before them)
        return next((k for k in range(end) if labelled[k].role == "stop"
                     and REFERENCES_HEADING.fullmatch(labelled[k].text)), end)
    end = abstract.indices[-1] + 1
    stop = min(len(labelled), end + _HEAD_PAST_ABSTRACT)
    for k in range(end, stop):
        if labelled[k].role == "tail":
            return k
    return stop


def _head_text(kept: list[Labelled], chars: int) -> str:
    """The first ``chars`` characters of the blocks' text, joined by lines, without joining
    the rest of a long page first."""
    out, size = [], 0
    for lb in kept:
        out.append(lb.text)
        size += len(lb.text) + 1
        if size >= chars:
            break
    return "\n".join(out)[:chars]


# The phrases of the head (the scholarly words, the news signs, the words of saying) and of
# its short lines (the sets of furniture), each counted by its set's name in one pass.
_SHORT_SETS = {
    "blog": _BLOG_PHRASES, "shop": _SHOP_PHRASES, "event": _EVENT_PHRASES,
    "guide": _GUIDE_PHRASES, "news-furniture": _NEWS_FURNITURE, "registry": _REGISTRY_PHRASES,
    "thread": _THREAD_PHRASES, "catalogue": _CATALOGUE_PHRASES, "profile": _PROFILE_PHRASES,
    "dataset": _DATASET_PHRASES, "patent": _PATENT_PHRASES, "grant": _GRANT_PHRASES,
    "wiki": _WIKI_PHRASES, "policy": _POLICY_PHRASES, "compound": _COMPOUND_PHRASES,
    "code": _CODE_PHRASES, "podcast": _PODCAST_PHRASES, "talk": _TALK_PHRASES,
}
_HEAD_PHRASES = PhraseCounter([
    *(("scholarly", word) for word in _SCHOLARLY), *(("said", word) for word in _SAID_WORDS),
    *((f"sign-{i}", phrase) for i, phrases in enumerate(_NEWS_SIGNS) for phrase in phrases)],
    lowered=True)
_SHORT_PHRASES = PhraseCounter([
    *((name, phrase) for name, phrases in _SHORT_SETS.items() for phrase in phrases),
    *(("board", phrase) for phrase in _BOARD_PHRASES),
    *(("reading-time", phrase) for phrase in _READING_TIME)], lowered=True)


def _news_signs(text: str, lowered: str, labelled: list[Labelled], found: Counter[str]) -> int:
    """How many signs of a news story, press release, blog post or other page that is no
    article (a shop's, a registry's, a profile's) the head shows (``text`` and ``lowered``:
    its kept blocks; ``found``: the head's phrases). A page's furniture, bylines and headlines
    are short lines, kept or dropped as chrome: they are looked for among those alone, a
    tenth of the text to scan."""
    short = "\n".join(t for lb in labelled[:_SHORT_LINES] if len(t := lb.text) <= _SHORT_CHARS)
    short_lowered = short.lower()
    signs = sum(1 for i in range(len(_NEWS_SIGNS)) if found[f"sign-{i}"])
    if found["said"]:  # (a word's start: not 'essays', 'assays')
        quotes = _QUOTED.finditer(text)
        signs += next(quotes, None) is not None and next(quotes, None) is not None
    shown = _SHORT_PHRASES.count(short_lowered)
    for name in _SHORT_SETS:
        signs += 2 if shown[name] >= 4 else shown[name] >= 2
    if "edit" in short_lowered:  # (three of a board's roles: the board's page, nothing else)
        signs += 2 * (shown["board"] >= 3)
    signs += shown["reading-time"] > 0
    signs += (("stud" in short_lowered or "research" in short_lowered)
              and _STUDY_HEADLINE.search(short) is not None)
    signs += "release" in lowered and _RELEASE.search(lowered) is not None
    signs += "by " in short_lowered and _DATED_BYLINE.search(short) is not None
    signs += any(d in text for d in _DATELINE_ENDS) and _DATELINE.search(text) is not None
    return signs


class Verdict(NamedTuple):
    """What a page is: a scholarly article or not, and whether it reads as a news story,
    press release, blog post, shop or event page (two signs of one or more), and whether it
    lists works with a BibTeX entry each (a lab's publications page: no abstract is its own)."""

    article: bool
    news: bool
    works: bool = False


def judge_page(labelled: list[Labelled], site: str | None, declared: bool = False,
               linked: bool = False) -> Verdict:
    """Scholarly signals against listing and news signals.

    2.5 points: a DOI alone is not enough (news cites papers), a DOI with a type label or a
    few scholarly words is; a story's quotes, photo credits and media contacts count against.
    A page whose metadata ``declared`` it a scholarly article is no story: the signs of one,
    the costly part, are not looked for. ``linked``: the head's links name one paper's
    identifier, which counts as an identifier shown."""
    kept = [lb for lb in labelled if not lb.removed]
    text = _head_text(kept, _SIGNAL_CHARS)
    score = 2.0 if site else 0.0  # every site profile we ship is a scholarly site
    if linked or identifiers.find_dois(text) or identifiers.find_pmid(text) or identifiers.find_arxiv(text):
        score += 2
    works = len(_BIBTEX_ENTRY.findall(text)) >= _LISTED_ENTRIES
    if works:
        score -= 4  # a list of works with a BibTeX entry each (a lab's publications page)
    typed = [k for k, lb in enumerate(kept) if lb.role == "type" and lb.text.casefold() != "news"]
    score += 2 if len(typed) >= 2 else 1 if typed else 0
    # (a label over a title that repeats it, 'Correction' / 'Correction', heads one item)
    heads = [kept[k].text for k in typed if not k or kept[k - 1].text != kept[k].text]
    if (len(heads) >= _LISTED_TYPES
            and max(Counter(heads).values()) >= _LISTED_TYPES):
        score -= 6  # 'Research Article' over every result of a listing
    if teasers(labelled) >= LISTING_HEADINGS:
        score -= 4  # an 'Abstract' toggle over every teaser: a listing
    lowered = text.lower()
    if "arxiv" in lowered and len(
            {m.group(1).lower() for m in identifiers.ARXIV_RE.finditer(text)}) >= _LISTED_PREPRINTS:
        score -= 4  # a preprint server's listing of new submissions, each with its identifier
    if any(lb.role == "keywords" for lb in kept):
        score += 1
    if cites(text):
        score += 1
    found = _HEAD_PHRASES.count(lowered)
    score += min(3, found["scholarly"] * 0.5)  # (six words are worth the most they count for)
    news = 0 if declared else _news_signs(text, lowered, labelled, found)
    if news >= 2:
        score -= 2 * news
    listing = sum(1 for lb in kept if lb.text.endswith(("…", "...")) and lb.block.words >= 8)
    if listing >= 3:
        score -= 4
    talks = sum(1 for lb in kept if lb.block.words <= _TALK_FIELD_WORDS and _TALK_FIELD.match(lb.text))
    if talks >= _PROGRAMME_TALKS:
        score -= 4  # a speaker under every talk: a programme
    return Verdict(score >= 2.5, news >= 2, works)
