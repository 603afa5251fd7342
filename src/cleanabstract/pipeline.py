"""clean(): page -> Record. A pure function of (page, url, rules)."""

from __future__ import annotations

from .assemble import Trace, assemble, label_blocks
from .fallback import with_trafilatura
from .front import html as html_front
from .front import text as text_front
from .load import load
from .record import Record
from .rules.engine import RuleSet


def clean(page: str | bytes, url: str | None = None, rules: RuleSet | None = None) -> Record:
    """Turn one scraped page (HTML or flattened text, str or bytes) into a clean record.

    Never raises for bad content: an empty, binary or non-article page gives a record with
    warnings. Raises TypeError when ``page`` is neither str nor bytes.
    """
    return explain(page, url, rules)[0]


# Headings that open a part of the page: never the end of a sentence cut by markup. (A
# closing label such as 'doi:' may run on to its value.)
_HEADING_ROLES = frozenset(("abstract", "keywords"))


def _chrome_test(rules: RuleSet, site: str | None):
    """Whether a line is, whole, a piece of chrome some rule drops, or a heading that opens a
    part of the page ('Keywords'): a line the text front end joins to no other."""
    def is_chrome(text: str) -> bool:
        rule = rules.first_match(text, site)
        return rule is not None and (rule.category != "role" or rule.role in _HEADING_ROLES)
    return is_chrome


def explain(page: str | bytes, url: str | None = None,
            rules: RuleSet | None = None) -> tuple[Record, Trace]:
    """Like clean(), and also the labelled blocks behind the record (for --explain)."""
    rules = rules if rules is not None else RuleSet.default()
    loaded = load(page)
    if "not-text" in loaded.warnings:
        return Record(url=url, warnings=loaded.warnings), Trace([])
    if not loaded.text or loaded.text.isspace():  # (strip would copy the page)
        return Record(url=url, warnings=(*loaded.warnings, "empty-page")), Trace([])
    html_page = None
    if loaded.is_html:
        html_page = html_front.to_page(loaded.text, rules, url, loaded.utf8)
        blocks, evidence, site = html_page.blocks, html_page.evidence, html_page.site
    else:
        site = rules.detect_site(url, loaded.text)
        blocks, evidence = text_front.to_blocks(loaded.text, _chrome_test(rules, site))
        if site is None and evidence.url:
            site = rules.detect_site(evidence.url, loaded.text)
    if not blocks and (html_page is None or not html_page.meta.pairs):
        return Record(url=url, warnings=(*loaded.warnings, "empty-page")), Trace([])
    labelled = label_blocks(blocks, rules, site)
    record, trace = assemble(labelled, evidence, rules, site=site, url=url,
                             warnings=loaded.warnings, page=html_page)
    if html_page is not None and record.title is None and "not-an-article" not in record.warnings:
        record = with_trafilatura(record, loaded.text)
    return record, trace
