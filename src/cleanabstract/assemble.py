"""Evidence -> fields: title, abstract, types, keywords and identifiers from labelled blocks,
with embedded metadata merged over them for HTML pages.

The rules have already said what each block is (boilerplate of some category, or a content
role); the steps in abstract.py, title.py and fields.py decide, with provenance, which blocks
make up each field, and say why a field is empty through a warning rather than a bare None.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from . import language, metafields
from .abstract import (
    Abstract,
    dom_abstract,
    find_abstract_under_heading,
    find_described_abstract,
    find_headless_abstract,
    find_labelled_abstract,
    hidden_whole,
    looks_truncated,
    one_language,
)
from .blocks import PageEvidence
from .fields import (
    article_types,
    authors,
    head_end,
    identifiers_from_text,
    judge_page,
    keywords,
    not_data,
    own_doi,
    tool_row,
    typed_line,
    without_abstract,
)
from .front.html import HtmlPage
from .identifiers import find_arxiv, find_dois, normalise_doi
from .labels import Labelled, Trace, label_blocks
from .record import Record, Removed
from .rules.engine import RuleSet
from .title import block_of, find_title, title_text

__all__ = ["Trace", "assemble", "label_blocks"]

_OTHER_WORKS = {"body", "stop", "tail"}  # roles of headings over works other than the page's
_OTHER_OG_TYPES = {"website", "profile"}  # og:type values of pages that are no article
# Fewer visible words than this and an HTML page is what a scraper got instead of the article.
_FAILED_SCRAPE_WORDS = 40
# Labels of a structured abstract's closing section that ends in a number or an address,
# not a full stop: no sign of a cut.
_REGISTRATION = re.compile(r"registration|identifier|irrid|funding|registry", re.I)
# A journal's own page, as its <title> names it ('Aims and Scope: Journal of ...: Sage
# Journals', 'Editorial board | ...'): its description reads as an abstract.
_JOURNAL_PAGE = re.compile(
    r"(?:aims (?:and|&) scope|about (?:the|this) journal|journal (?:information|description|overview)|"
    r"editorial board|(?:instructions|guidelines|information) for authors|author (?:guidelines|instructions)|"
    r"submission guidelines|guide for authors)\s*(?:[:|\-–—]|$)", re.I)


def assemble(
    labelled: list[Labelled], evidence: PageEvidence, rules: RuleSet, *, site: str | None,
    url: str | None, warnings: tuple[str, ...] = (), page: HtmlPage | None = None,
) -> tuple[Record, Trace]:
    """Fields from labelled blocks; for HTML pages, embedded metadata merged over them."""
    trace = Trace(labelled, read_all=page.read_all if page is not None else True)
    prov: dict[str, str] = {}
    abstract = (dom_abstract(labelled, rules, site)
                or find_abstract_under_heading(labelled, rules, site)
                or find_labelled_abstract(labelled, rules, site))
    meta_scholarly = page is not None and page.meta.scholarly
    linked_arxiv = _linked_arxiv(page, labelled, abstract) if page is not None else None
    verdict = judge_page(labelled, site, declared=meta_scholarly, linked=linked_arxiv is not None)
    scholarly = verdict.article
    # A story about a paper (news, a press release, a blog post) may quote its abstract; its
    # text or its JSON-LD type (NewsArticle, BlogPosting) says what it is. So does a patent's
    # or a dataset's metadata: its abstract is no article's; nor is the first entry's of a list
    # of works with a BibTeX entry each.
    story = ((verdict.news or (page is not None and page.meta.news)) and site is None and (
        not meta_scholarly)) or (page is not None and page.meta.other_kind is not None) or (
        verdict.works and not meta_scholarly) or (not meta_scholarly and _journal_page(labelled, evidence))
    if story:
        abstract = None
    maybe_article = not story and (abstract is not None or scholarly or meta_scholarly)
    title_at = None  # a page that is no article gets no title: the costly search is skipped
    # The block showing the metadata's title, looked up once: a title from a tag that wins over
    # what the page shows (citation_title, dc.title, a JSON-LD headline) is taken there without
    # the title search, and any such block holds the title the types and authors sit beside.
    meta_title = page.meta.first("title") if page is not None else None
    meta_block = block_of(labelled, meta_title)
    shown_title = meta_block if maybe_article and meta_title and metafields.strong_title(
        meta_title[1]) else None
    if shown_title is not None and (abstract is None or shown_title < abstract.start):
        title_at = shown_title
    elif maybe_article:
        title_at = find_title(labelled, evidence, before=abstract.start if abstract else None,
                              lang=language.detect(abstract.paragraphs[0][1]) if abstract else None,
                              typed=lambda lb: typed_line(lb, rules, site),
                              tools=lambda text: tool_row(text, rules, site))
    # A site's own page (journal home, listing), a person's profile (DBLP's list of a
    # researcher's works) or, off the sites we know, a news story or blog post says so in its
    # metadata (og:type, JSON-LD @type): its lede is no abstract.
    declared_other = page is not None and not page.meta.scholarly and (
        not _OTHER_OG_TYPES.isdisjoint(page.meta.pairs.get("og:type", ()))
        or (page.meta.news and site is None))
    if abstract is None and title_at is not None and scholarly and not declared_other and (
            not without_abstract(article_types(labelled, title_at, rules, site, Trace(labelled), {}))):
        abstract = (find_headless_abstract(labelled, rules, site, after=title_at)
                    or find_described_abstract(labelled))
    if abstract is not None:
        abstract = one_language(abstract, labelled)
    title = title_text(labelled, evidence, title_at, prov)
    article = maybe_article
    website = declared_other and abstract is None
    if website:
        article = False
    # (A page read only in part had more than was read: no failed capture.)
    failed = page is not None and page.read_all and _fewer_words(labelled, _FAILED_SCRAPE_WORDS)
    if failed:
        article = False  # a bot check, an error page or a bare <head>: not the article

    fields: dict = {"title": title if article else None, "url": url or evidence.url,
                    "site": site}
    if not article:
        prov.pop("title", None)
    if abstract is not None:
        trace.used.update(abstract.indices)
        fields["abstract"], fields["abstract_sections"] = abstract.render()
        prov["abstract"] = abstract.where(labelled)
    title_at = meta_block or title_at
    all_text = "\n".join(lb.text for lb in labelled) if article else ""
    if title_at is not None and article:
        trace.used.add(title_at)
        fields["article_types"] = article_types(labelled, title_at, rules, site, trace, prov)
        if not fields["article_types"] and page is not None and (shown := metafields.shown_type(
                page.meta, (lb.text for lb in labelled),
                lambda value: rules.matches_role(value, "type", site))):
            fields["article_types"], prov["article_types"] = (shown[0],), f"meta:{shown[1]}"
        fields["authors"] = authors(labelled, title_at, trace, prov, all_text, title)
    head_text, head = "", 0
    # (a story's tags, a shop's or an event's topics are no article's keywords, and a news
    # story or listing cites other articles' identifiers)
    if article:
        fields["keywords"] = keywords(labelled, trace, prov, fields.get("abstract"))
        head = head_end(labelled, abstract)
        head_text = "\n".join(lb.text for lb in labelled[:head])
        listed = next((k for k, lb in enumerate(labelled) if lb.role == "tail"), None)
        fields.update(identifiers_from_text(
            head_text, all_text, prov, own_doi(labelled, title),
            None if listed is None else sum(len(lb.text) + 1 for lb in labelled[:listed])))
        if page is not None and page.doi_link and (doi := normalise_doi(page.doi_link)):
            fields["doi"], prov["doi"] = doi, "dom:a[doi]"  # (over a reference's in the text)
    if page is not None:
        # A failed capture's metadata, when it names an article, describes the one it missed.
        missed = failed and not website and metafields.names_article(page.meta)
        metafields.merge(fields, prov, page.meta, is_article=article,
                         describes_article=article or missed, shown=head_text,
                         page_lang=page.lang, title_tag=page.evidence.title,
                         page_text=all_text)
    if article and page is not None and not fields.get("doi") and (
            doi := _linked_doi(page, labelled, abstract, head)) and not_data([doi], all_text):
        fields["doi"], prov["doi"] = doi, "dom:a[href]"
    if article and not fields.get("doi") and url and (doi := _doi_in_url(url)):
        fields["doi"], prov["doi"] = doi, "url"
    if article and linked_arxiv and not fields.get("arxiv_id"):
        fields["arxiv_id"], prov["arxiv_id"] = linked_arxiv, "dom:a[href]"
    # (an abstract shown cut, its whole hidden behind a 'Show more' toggle)
    if page is not None and (fields.get("abstract") or "").endswith(("...", "…")) and (
            whole := hidden_whole(fields["abstract"], page.dropped)):
        fields["abstract"], fields["abstract_sections"] = whole, ()
        prov["abstract"] = "dom:hidden-whole"
    sections = fields.get("abstract_sections") or ()
    closing = sections and _REGISTRATION.search(sections[-1].label)  # ends in an identifier
    if fields.get("abstract") and not closing and looks_truncated(fields["abstract"]):
        warnings = (*warnings, "abstract-truncated")
    lang_text = fields.get("abstract") or fields.get("title") or ""
    if article:
        fields["language"] = language.detect(lang_text) or (page.lang if page else None)
    if not fields.get("abstract"):
        warnings = (*warnings, "no-abstract" if article else "not-an-article")
    removed = tuple(page.dropped if page else ()) + tuple(
        Removed(lb.text, lb.rule.id, lb.rule.category, lb.block.where)
        for lb in labelled if lb.removed
    )
    record = Record(provenance=prov, removed=removed, warnings=tuple(sorted(set(warnings))),
                    **fields)
    return record, trace


def _linked_doi(page: HtmlPage, labelled: list[Labelled], abstract: Abstract | None,
                end: int) -> str | None:
    """The one DOI that the links of the page's head (up to ``end``, see head_end) resolve,
    when it shows none as text: a record's 'View via Publisher' or 'Direct link' button, a
    'DOI:' row whose link reads 'doi.org'. Two DOIs there, and which is the page's own is not
    told. (The head ends, for links, at the body's or the references' heading: their links
    cite other works.)"""
    start = abstract.indices[-1] + 1 if abstract is not None else 0
    end = next((k for k in range(start, end) if labelled[k].role in _OTHER_WORKS), end)
    found = {normalise_doi(href) for at, href in page.doi_hrefs if at < end} - {None}
    return found.pop() if len(found) == 1 else None


def _doi_in_url(url: str) -> str | None:
    """The DOI the page's own address names in its path ('/doi/full/10.1002/eco.2671',
    Sciety's '/articles/activity/10.1101/...'), for a page that shows it nowhere else."""
    if "/10." not in url:
        return None
    found = set(find_dois(unquote(urlsplit(url).path)))
    return normalise_doi(found.pop()) if len(found) == 1 else None


def _journal_page(labelled: list[Labelled], evidence: PageEvidence) -> bool:
    """Whether the page's <title> (a flattened page's first line) names one of its journal's
    own pages."""
    title = evidence.title if evidence.style == "html" else labelled[0].text if labelled else None
    return bool(title and _JOURNAL_PAGE.match(title))


def _linked_arxiv(page: HtmlPage, labelled: list[Labelled], abstract: Abstract | None) -> str | None:
    """The one arXiv identifier that the links of the page's head name (its abstract's and its
    PDF's, versions aside), as an index of papers shows them (Papers with Code); links to
    several are a listing's or a reference list's."""
    if not page.arxiv_hrefs:
        return None
    end = head_end(labelled, abstract)
    found = {find_arxiv(href) for at, href in page.arxiv_hrefs if at < end} - {None}
    return found.pop() if len(found) == 1 else None


def _fewer_words(labelled: list[Labelled], limit: int) -> bool:
    """Whether the blocks hold fewer than limit words, counting no further than limit."""
    words = 0
    for lb in labelled:
        words += lb.block.words
        if words >= limit:
            return False
    return True
