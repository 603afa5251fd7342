"""The HTML front end: metadata syntaxes, element rules, markup flattening, safety."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanabstract import clean
from cleanabstract.metafields import iso_date
from cleanabstract.pipeline import explain

ABSTRACT = ("We followed 1,200 adults for ten years and found that walking to work lowered "
            "the risk of type 2 diabetes by a fifth, independent of body mass index.")
ABSTRACT_SECTION = f"<section class='abstract'><h2>Abstract</h2><p>{ABSTRACT}</p></section>"


# What every real article page carries besides its article: enough visible text that the page
# is not mistaken for a bot check or an error page.
CHROME = ("<header><a href='/'>Example Press</a> <a href='/journals'>Journals</a></header>"
          "<p class='byline'>Department of Public Health, University of Example, Example City. "
          "Received 2 March 2021; accepted 9 June 2021; published online 1 July 2021 in the "
          "Journal of Examples, volume 12, issue 3, pages 101 to 109, under a CC BY licence.</p>")


TITLED = "<meta name='citation_title' content='Walking to work and diabetes'>"


def page(head: str = "", body: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>{head}</head>"
            f"<body>{body}{CHROME}</body></html>")


def test_highwire_metadata_fills_bibliographic_fields() -> None:
    head = """
<meta name="citation_title" content="Walking to work and diabetes">
<meta name="citation_author" content="Roe, Jane"><meta name="citation_author" content="Poe, Max">
<meta name="citation_journal_title" content="Journal of Urban Health">
<meta name="citation_publication_date" content="2021/03/04">
<meta name="citation_doi" content="doi:10.1234/juh.2021.7">
<meta name="citation_pmid" content="33445566">
<meta name="citation_keywords" content="walking; diabetes; cohort">"""
    rec = clean(page(head, f"<h1>Walking to work and diabetes</h1><section class='abstract'>"
                           f"<h2>Abstract</h2><p>{ABSTRACT}</p></section>"))
    assert rec.title == "Walking to work and diabetes"
    assert rec.authors == ("Roe, Jane", "Poe, Max")
    assert (rec.journal, rec.published) == ("Journal of Urban Health", "2021-03-04")
    assert (rec.doi, rec.pmid) == ("10.1234/juh.2021.7", "33445566")
    assert rec.keywords == ("walking", "diabetes", "cohort")
    assert rec.abstract == ABSTRACT
    assert rec.provenance["title"] == "meta:citation_title"
    assert rec.provenance["abstract"].startswith("dom:")


def test_jsonld_graph_and_truncated_meta_abstract() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "A small journal"},
        {"@type": "ScholarlyArticle", "headline": "Soil carbon under hedgerows",
         "abstract": "Hedgerows store carbon in soils across the lowlands, and we measured how "
                     "much at forty farms with cores taken to one metre in the year of the...",
         "author": [{"@type": "Person", "givenName": "Ada", "familyName": "Moss"}],
         "datePublished": "2022-05-01T08:00:00Z", "identifier": "https://doi.org/10.5555/sch.1"}]}
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    rec = clean(page(head, "<h1>Soil carbon under hedgerows</h1><p>Read the PDF.</p>"))
    assert rec.title == "Soil carbon under hedgerows"
    assert rec.abstract.startswith("Hedgerows store carbon")
    assert "abstract-truncated" in rec.warnings
    assert (rec.authors, rec.published, rec.doi) == (("Ada Moss",), "2022-05-01", "10.5555/sch.1")
    assert rec.provenance["abstract"] == "meta:jsonld:abstract"


@pytest.mark.parametrize("hidden, whole", [
    (ABSTRACT, True),
    # a hidden box that opens otherwise (a translation, another record) is no whole
    ("Resumen. " + ABSTRACT, False),
])
def test_an_abstract_shown_cut_is_read_whole_from_the_hidden_text_it_toggles(
        hidden: str, whole: bool) -> None:
    """AgEcon Search: a cut abstract ending '... Show more', the whole one beside it hidden
    until the toggle is clicked, its own 'Show less' toggle at its end."""
    text = ABSTRACT + " It held in men and in women, in every city, and for those who rode part of the way."
    hidden = hidden.replace(ABSTRACT, text)
    cut = " ".join(text.split()[:20]) + "\u2026"
    body = ("<h1>Walking to work and diabetes</h1><p>Jane Roe</p><div class='abstract-box'>"
            f"<h2>Abstract</h2><p class='short'>{cut} <a href='#'>Show more</a></p>"
            f"<p class='full' style='display:none'>{hidden} <a href='#'>Show less</a></p></div>")
    rec = clean(page("", body))
    assert (rec.abstract == text) is whole
    assert ("abstract-truncated" in rec.warnings) is not whole


def test_site_slogan_description_is_not_an_abstract() -> None:
    head = ('<meta name="citation_title" content="A study">'
            '<meta name="description" content="The home of great science since 1869.">')
    rec = clean(page(head, "<h1>A study</h1><p>Full text follows.</p>"))
    assert rec.abstract is None
    assert "no-abstract" in rec.warnings


def test_markup_flattens_to_clean_text() -> None:
    body = ("<h1>CO<sub>2</sub> uptake by <i>Zostera</i> &amp; friends</h1>"
            "<div id='abstract'><h2>Abstract</h2><p>Seagrass took up CO<sub>2</sub> at "
            "10<sup>3</sup>&nbsp;mol m<sup>&#8722;2</sup> in <i>situ</i>, more than expected "
            "from light alone.<br>Uptake doubled in warm years across all twelve meadows.</p></div>")
    rec = clean(page("", body))
    assert rec.title == "CO2 uptake by Zostera & friends"
    assert "CO2 at 103 mol m−2 in situ" in rec.abstract
    assert "<" not in rec.abstract and "&" not in rec.abstract


def test_chrome_elements_dropped_and_reported() -> None:
    body = ("<nav><a href='/'>Home</a><a href='/j'>Journals</a></nav>"
            "<div id='onetrust-banner-sdk'><p>We use cookies to give you the best experience.</p>"
            "<button>Accept all</button></div>"
            "<h1>A study of hedgerows</h1><section class='abstract'><h2>Abstract</h2>"
            f"<p>{ABSTRACT}</p></section>"
            "<div class='share-bar'><a>Twitter</a> <a>Facebook</a></div>"
            "<footer>© 2024 Example Press. All rights reserved.</footer>")
    rec = clean(page("", body))
    assert rec.abstract == ABSTRACT
    by_rule = {r.rule for r in rec.removed}
    assert {"html/nav", "html/cookie-banner", "html/share-bar", "html/footer"} <= by_rule
    for value in (rec.title, rec.abstract):
        assert "cookies" not in value and "Twitter" not in value


@pytest.mark.parametrize("body_paragraphs, read_all", [(100, False), (10, True)])
def test_reading_stops_well_past_the_abstract(body_paragraphs: int, read_all: bool) -> None:
    """The body, references and lists far below the abstract feed no field: a long page is
    not read to its end, and gives the same record as if it had been."""
    from cleanabstract.pipeline import explain

    body = ("<h1>A study of hedgerows</h1><section class='abstract'><h2>Abstract</h2>"
            f"<p>{ABSTRACT}</p></section><p>Keywords: hedgerows; walking; diabetes</p>"
            + "".join(f"<p>Body paragraph {i} on methods and results.</p>"
                      for i in range(body_paragraphs))
            + "<div class='related-articles'><h3>Similar articles</h3>"
              "<ul><li><a>Hedges and health</a></li></ul></div>")
    rec, trace = explain(page("", body))
    assert (rec.title, rec.abstract) == ("A study of hedgerows", ABSTRACT)
    assert rec.keywords == ("hedgerows", "walking", "diabetes")
    assert trace.read_all is read_all
    assert ("Similar articles Hedges and health" in {r.text for r in rec.removed}) is read_all
    assert not any("Body paragraph 99" in lb.text for lb in trace.blocks)


def test_listing_page_is_not_an_article() -> None:
    items = "".join(
        f"<li><h3>Result {i} about rivers and soils</h3><a class='toggle'>Abstract</a>"
        f"<p>{ABSTRACT}</p></li>" for i in range(5))
    rec = clean(page("<meta property='og:type' content='website'>", f"<ul>{items}</ul>"))
    assert rec.abstract is None
    assert "not-an-article" in rec.warnings


def test_no_external_entities_and_no_network() -> None:
    evil = ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
            '<!ENTITY web SYSTEM "http://127.0.0.1:9/x">]><html><body><h1>&xxe;&web;Title here'
            f"</h1><div id='abstract'><p>{ABSTRACT}</p></div></body></html>")
    rec = clean(evil)
    assert "root:" not in json.dumps(rec.to_dict())


def test_page_with_only_a_head_is_not_an_article_but_keeps_its_metadata() -> None:
    """A truncated capture's <head> still describes the article: its title and bibliographic
    fields are kept, but not an abstract the page never showed."""
    head = ('<title>A study</title><meta name="dc.title" content="A study of hedgerows">'
            f'<meta name="citation_abstract" content="{ABSTRACT}">'
            '<meta name="DC.Identifier" content="10.1099/ijs.0.052902-0">'
            '<meta name="citation_journal_title" content="Journal of Hedges">'
            '<meta name="DC.Date" content="2013-11-01">')
    rec = clean(f"<html><head>{head}</head><body></body></html>")
    assert rec.title == "A study of hedgerows"
    assert (rec.doi, rec.journal, rec.published) == (
        "10.1099/ijs.0.052902-0", "Journal of Hedges", "2013-11-01")
    assert rec.abstract is None
    assert "not-an-article" in rec.warnings


@pytest.mark.parametrize(("kind", "title"), [
    # a plain 'Article' is what news sites and Wikipedia type their pages (whose 'headline' is
    # the one-line description of its topic): on a page that is no article, no title
    ("Article", None),
    (["Article", "NewsArticle"], None),
    ("ScholarlyArticle", "A study of hedgerows"),  # a failed capture of an article
])
def test_a_pages_jsonld_headline_titles_it_only_as_an_article(kind: str | list[str],
                                                               title: str | None) -> None:
    ld = json.dumps({"@context": "https://schema.org", "@type": kind,
                     "headline": "A study of hedgerows"})
    rec = clean(f"<html><head><script type='application/ld+json'>{ld}</script></head>"
                "<body><p>Page not found.</p></body></html>")
    assert (rec.title, rec.warnings) == (title, ("not-an-article",))


@pytest.mark.parametrize("head", [
    '<meta name="dc.date" content="2020-01-01"><meta name="dc.title" content="Page not found">',
    '<meta property="og:type" content="website"><meta name="DC.Identifier" content="10.1099/ijs">',
])
def test_a_failed_capture_naming_no_article_keeps_no_bibliographic_metadata(head: str) -> None:
    rec = clean(f"<html><head>{head}</head><body><p>Page not found.</p></body></html>")
    assert (rec.doi, rec.published) == (None, None) and "not-an-article" in rec.warnings


def test_a_short_abstract_read_in_part_is_no_failed_capture() -> None:
    """Reading stopped past the body's heading, so the page held more than the few words
    read: it is an article, whose type label and title count."""
    body = ("<div class='label'>Research letter</div><h1>Hedgerows and walking</h1>"
            "<section class='abstract'><p>Walking past hedgerows lowered the risk of diabetes "
            "in adults followed for ten long years.</p></section><h2>1. Introduction</h2>"
            + "<p>Text.</p>" * 40)
    rec = clean(f"<html><head></head><body>{body}</body></html>")
    assert (rec.title, rec.article_types) == ("Hedgerows and walking", ("Research letter",))
    assert "not-an-article" not in rec.warnings


def test_a_site_page_keeps_no_bibliographic_metadata() -> None:
    """A journal's home page is no failed scrape: its identifiers are not an article's."""
    head = ('<meta property="og:type" content="website"><meta name="dc.title" content="Hedges">'
            '<meta name="DC.Identifier" content="10.1099/ijs">')
    body = "".join(f"<p>Issue {i} of the journal is out now, with twelve new papers.</p>"
                   for i in range(12))
    rec = clean(f"<html><head>{head}</head><body>{body}</body></html>")
    assert rec.doi is None and "not-an-article" in rec.warnings


PATENT_HEAD = ('<meta name="DC.type" content="patent"><meta name="DC.title" content="Cooling film">'
               '<meta name="citation_patent_number" content="US:11845172">'
               '<meta name="citation_pdf_url" content="https://example.org/US11845172.pdf">')
DATASET_HEAD = ('<script type="application/ld+json">{"@context": "https://schema.org", '
                '"@type": "Dataset", "name": "Hourly talus temperature"}</script>')
ARTICLE_WITH_DATA = ('<script type="application/ld+json">{"@context": "https://schema.org", '
                     '"@graph": [{"@type": "ScholarlyArticle", "name": "Walking to work"}, '
                     '{"@type": "Dataset", "name": "Step counts"}]}</script>')


VIDEO_HEAD = ('<meta property="og:type" content="video.other">'
              '<script type="application/ld+json">{"@context": "https://schema.org", '
              '"@type": "VideoObject", "name": "Walking to work and diabetes"}</script>')


@pytest.mark.parametrize("head, title", [(PATENT_HEAD, "Cooling film"), (DATASET_HEAD, None),
                                         (VIDEO_HEAD, None)])
def test_a_patents_or_a_datasets_abstract_is_no_articles(head: str, title: str | None) -> None:
    """Google Patents gives a patent Highwire's tags, Dryad a dataset and SlidesLive a talk's
    recording an 'Abstract' and authors: their metadata says what they are. A patent's
    dc.title stays, as any page's."""
    body = (f"<h1>Walking to work and diabetes</h1><p>Jane Roe, Max Poe</p>"
            f"{ABSTRACT_SECTION}")
    rec = clean(page(head, body))
    assert (rec.abstract, rec.title, rec.warnings) == (None, title, ("not-an-article",))


def test_a_video_journals_article_is_an_article() -> None:
    """JoVE's pages are videos (og:type video, a VideoObject) and articles: Highwire's tags
    name their journal. The talk's recording above has no journal."""
    head = VIDEO_HEAD + ('<meta name="citation_title" content="Walking to work and diabetes">'
                         '<meta name="citation_journal_title" content="Journal of Visualized '
                         'Experiments">')
    body = f"<h1>Walking to work and diabetes</h1><p>Jane Roe, Max Poe</p>{ABSTRACT_SECTION}"
    rec = clean(page(head, body))
    assert (rec.title, rec.journal, rec.warnings) == (
        "Walking to work and diabetes", "Journal of Visualized Experiments", ())
    assert rec.abstract


GRANT_FIELDS = ("<dl><dt>Award Number:</dt><dd>2129584</dd><dt>Award Instrument:</dt>"
                "<dd>Continuing Grant</dd><dt>Program Manager:</dt><dd>Jane Doe</dd>"
                "<dt>Principal Investigator:</dt><dd>Max Poe</dd><dt>Total Awarded Amount to Date:</dt>"
                "<dd>$791,203.00</dd></dl>")


def test_a_grants_record_is_no_article() -> None:
    """NSF's award pages (NIH RePORTER's, CORDIS's) show a proposal's 'Abstract' and its
    outputs' DOIs under the fields of a grant."""
    body = (f"<h2>Award Abstract # 2129584</h2><h1>Walking to work and diabetes</h1>{GRANT_FIELDS}"
            f"<h3>Abstract</h3><p>{ABSTRACT}</p><p>Publications: doi:10.1000/xyz.123</p>")
    rec = clean(page("", body))
    assert (rec.abstract, rec.doi, rec.warnings) == (None, None, ("not-an-article",))


def test_an_articles_funding_with_award_numbers_leaves_it_an_article() -> None:
    funding = ("<section><h2>Funding</h2><p>Award Number: R01-123 (NIH)</p>"
               "<p>Award Number: 2129584 (NSF)</p><p>Principal Investigator: Jane Roe</p></section>")
    body = (f"<h1>Walking to work and diabetes</h1><p>Jane Roe, Max Poe</p>{funding}"
            f"{ABSTRACT_SECTION}")
    rec = clean(page("", body))
    assert rec.abstract == ABSTRACT and rec.title == "Walking to work and diabetes"


RECORD_ABSTRACT = (f"{ABSTRACT} Those who walked more than twenty minutes each way gained the "
                   "most, and the effect held in every age group and in both sexes, after we "
                   "adjusted for diet, smoking, income and the distance from home to work.")


def test_a_search_engines_record_of_an_article() -> None:
    """BASE's record view: the fields of an article in a table, its type a field's value with
    a '/' in it, its DOI a bare link."""
    rows = (("Title:", "Walking to work and diabetes"), ("Author:", "Roe, Jane; Poe, Max"),
            ("Description:", RECORD_ABSTRACT), ("Document Type:", "article in journal/newspaper"),
            ("DOI:", "<a href='https://doi.org/10.4136/ambi-agua.2891'>"
                     "https://doi.org/10.4136/ambi-agua.2891</a>"))
    table = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    rec = clean(page("", f"<h1>Walking to work and diabetes</h1><table>{table}</table>"))
    assert (rec.title, rec.abstract, rec.doi, rec.article_types) == (
        "Walking to work and diabetes", RECORD_ABSTRACT, "10.4136/ambi-agua.2891",
        ("Article in journal/newspaper",))


@pytest.mark.parametrize(("line", "journal", "published"), [
    ("JONA: The Journal of Nursing Administration. 54(3):151-158, March 2024.",
     "JONA: The Journal of Nursing Administration", "2024-03"),  # Ovid's, LWW's
    ("J. Differ. Equations 375, 412-448 (2023).", "J. Differ. Equations", "2023"),  # zbMATH's
    ("BMC Musculoskeletal Disorders, Volume 24, Issue 1, 512", "BMC Musculoskeletal Disorders",
     None),  # Dimensions'
    ("《干旱区资源与环境》 2023年第8期152-160，共9页", "干旱区资源与环境", "2023"),  # CQVIP's
    ("Journal of Rural Health. 2024;16(2):e1187", "Journal of Rural Health", "2024"),
])
def test_the_journal_and_date_of_the_pages_citation_of_itself(
        line: str, journal: str, published: str | None) -> None:
    body = (f"<h1>Walking to work and diabetes</h1><p>Jane Roe, Max Poe</p><p>{line}</p>"
            f"{ABSTRACT_SECTION}")
    rec = clean(page("", body))
    assert (rec.journal, rec.published) == (journal, published)


@pytest.mark.parametrize(("label", "value", "authors"), [
    ("Authors", "Roe, Jane M. PhD, RN1; Poe, Max MSN, RN2", ("Roe, Jane M.", "Poe, Max")),  # Ovid
    ("作者", "马晓东1 赵婧1 李永辉2", ("马晓东", "赵婧", "李永辉")),  # CQVIP
])
def test_the_authors_field_of_a_records_table(label: str, value: str, authors: tuple) -> None:
    rows = (("Unique Identifier", "00005110-202403000-00007"), (label, value),
            ("Source", "Journal of Nursing. 54(3):151-158, March 2024."))
    table = "".join(f"<tr><td class='field-name'>{k}</td><td>{v}</td></tr>" for k, v in rows)
    body = (f"<h1>Walking to work and diabetes</h1><table>{table}</table>"
            f"{ABSTRACT_SECTION}")
    assert clean(page("", body)).authors == authors


def test_the_pages_one_doi_button_gives_its_doi() -> None:
    """zbMATH's and ECVA's pages show their DOI only as a link that reads 'DOI' (to doi.org or
    the publisher); a reference below shows another DOI in its text."""
    body = (f"<h1>Walking to work and diabetes</h1><p>Jane Roe, Max Poe</p>"
            f"<section class='abstract'><h2>Abstract</h2><p>\"{ABSTRACT}\"</p></section>"
            "<p>Full text: [<a href='https://link.springer.com/chapter/10.1007/978-3-031-7291-3_17'>"
            "DOI</a>]</p><h2>References</h2><p>Roe J. Walking. Diabetes 3, 1-9 (2020). "
            "doi:10.1000/other.2020.1</p>")
    rec = clean(page("", body))
    assert (rec.doi, rec.abstract) == ("10.1007/978-3-031-7291-3_17", ABSTRACT)


def test_many_doi_buttons_are_a_reference_lists() -> None:
    refs = "".join(f"<li>Roe J. Paper {i}. Diabetes 3 (2020). [<a href='https://doi.org/10.1000/"
                   f"ref.{i}'>DOI</a>]</li>" for i in range(3))
    body = (f"<h1>Walking to work and diabetes</h1><p>Jane Roe, Max Poe</p>"
            f"{ABSTRACT_SECTION}"
            f"<p>DOI: 10.1000/own.2024.7</p><h2>References</h2><ol>{refs}</ol>")
    assert clean(page("", body)).doi == "10.1000/own.2024.7"


OWN, OTHER = "https://doi.org/10.1000/own.2024.7", "https://doi.org/10.1000/other.2019.3"


@pytest.mark.parametrize(("links", "references", "doi"), [
    # a record's one button to the publisher's copy (Semantic Scholar, ERIC, QxMD), twice
    # (OpenAlex's 'HTML' button and its 'DOI:' row, whose link reads 'doi.org')
    ([("View via Publisher", OWN)], "", "10.1000/own.2024.7"),
    ([("HTML", OWN), ("doi.org", OWN)], "", "10.1000/own.2024.7"),
    # must not fire: two DOIs in the head (which is the page's own?), or the only DOI links
    # in the references below the head
    ([("View via Publisher", OWN), ("Original article", OTHER)], "", None),
    ([], f"<h2>References</h2><ol><li>Roe J. Walking. Diabetes 3 (2020). <a href='{OTHER}'>"
         "Crossref</a></li></ol>", None),
])
def test_the_doi_the_heads_links_resolve(links: list[tuple[str, str]], references: str,
                                         doi: str | None) -> None:
    """A page that shows no DOI as text may link its one DOI from its head."""
    buttons = "".join(f"<a href='{href}'>{text}</a> " for text, href in links)
    body = (f"<h1>Walking to work and diabetes</h1><p>Jane Roe, Max Poe</p><p>{buttons}</p>"
            f"{ABSTRACT_SECTION}{references}")
    rec = clean(page("", body))
    assert (rec.doi, rec.provenance.get("doi")) == (doi, "dom:a[href]" if doi else None)


@pytest.mark.parametrize("meta_keywords", [
    "alpine meadow; soil organic carbon; warming",  # SciEngine's: only their translation
    "高寒草甸;土壤有机碳;增温;alpine meadow;soil organic carbon;warming",  # Airiti's: both
])
def test_the_shown_keywords_over_their_translation_in_the_metadata(meta_keywords: str) -> None:
    head = f'<meta name="citation_keywords" content="{meta_keywords}">'
    body = ("<h1>青藏高原高寒草甸土壤有机碳对增温的响应</h1><p>马晓婷, 周思远</p>"
            "<section class='abstract'><h2>摘要</h2><p>我们在青藏高原东北部的高寒草甸开展了为期六年的"
            "增温与放牧控制实验，测定了土壤有机碳及其组分的变化，发现增温降低了颗粒态有机碳。</p></section>"
            "<p>关键词: 高寒草甸, 土壤有机碳, 增温</p>")
    assert clean(page(head, body)).keywords == ("高寒草甸", "土壤有机碳", "增温")


def test_the_metadatas_whole_list_over_the_part_a_page_shows() -> None:
    head = '<meta name="citation_keywords" content="walking; diabetes; commuting; cohort; exercise">'
    body = (f"<h1>Walking to work and diabetes</h1><p>Jane Roe, Max Poe</p>"
            f"{ABSTRACT_SECTION}"
            "<p>Keywords: walking; diabetes; commuting</p>")
    assert clean(page(head, body)).keywords == ("walking", "diabetes", "commuting", "cohort",
                                                "exercise")


def test_an_articles_metadata_naming_its_data_too_is_an_articles() -> None:
    body = (f"<h1>Walking to work and diabetes</h1><p>Jane Roe, Max Poe</p>"
            f"{ABSTRACT_SECTION}")
    rec = clean(page(ARTICLE_WITH_DATA, body))
    assert rec.abstract == ABSTRACT and rec.warnings == ()


def test_mathml_reads_as_text_without_its_tex_annotation() -> None:
    formula = ("<math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup>"
               "<semantics><annotation encoding='application/x-tex'>E=mc^2</annotation>"
               "</semantics></math>")
    body = (f"<h1>Mass and energy</h1><div id='abstract'><p>We show that {formula} holds for "
            "all twelve particles measured in the collider at high energy.</p></div>")
    rec = clean(page("", body))
    assert rec.abstract.startswith("We show that E=mc2 holds for all twelve particles")


def test_mathjax_rendering_hidden_from_screen_readers_is_read_and_keeps_the_paragraph() -> None:
    """MathJax 2 draws a formula in an aria-hidden <nobr>: hidden from screen readers, not
    from the eye. A hidden inline element never splits its paragraph either."""
    formula = ("<span class='MathJax' role='presentation'><nobr aria-hidden='true'><span "
               "class='mi'>SE</span><span class='mo'>(</span><span class='mn'>3</span><span "
               "class='mo'>)</span></nobr></span><script type='math/tex'>\\mathrm{SE}(3)</script>")
    body = (f"<h1>Odometry on sand</h1><div id='abstract'><p>We fuse stereo features on the "
            f"{formula} manifold<span style='display:none'> (hidden)</span> in a sliding "
            "window and halve the drift of legged robots on sand, clay and snow.</p></div>")
    rec = clean(page("", body))
    assert rec.abstract == ("We fuse stereo features on the SE(3) manifold in a sliding window "
                            "and halve the drift of legged robots on sand, clay and snow.")


def test_a_site_s_name_beside_its_logo_is_no_type() -> None:
    """'Google Research', 'Microsoft Research': the word after the logo is the site's name,
    whatever type label it reads as; a row of access icons may hold the type (Silverchair's
    'access-state-logos')."""
    logo = ("<div class='glue-header__bar'><div class='glue-header__logo'><a href='/'>"
            "<span class='glue-header__logo--product'>Research</span></a></div></div>")
    body = f"<h1>Walking to work and diabetes</h1><section class='abstract'><p>{ABSTRACT}</p></section>"
    assert clean(page("", logo + body)).article_types == ()
    icons = "<div class='access-state-logos'><span>Research Article</span></div>"
    assert clean(page("", icons + body)).article_types == ("Research Article",)


def test_metadata_names_are_written_as_the_page_shows_them() -> None:
    head = ('<meta name="citation_title" content="Walking to work and diabetes">'
            '<meta name="citation_author" content="Roe, Jane">'
            '<meta name="citation_author" content="Poe, Max">')
    shown = f"<h1>Walking to work and diabetes</h1><p>{{}}</p><section class='abstract'><p>{ABSTRACT}</p></section>"
    assert clean(page(head, shown.format("Jane Roe and Max Poe"))).authors == ("Jane Roe", "Max Poe")
    assert clean(page(head, shown.format("Roe, Jane; Poe, Max"))).authors == ("Roe, Jane", "Poe, Max")
    # SSRN, Digital Commons: the byline over a suggested citation in 'Surname, Given'
    cited = "Jane Roe and Max Poe</p><p>Suggested citation: Roe, Jane and Poe, Max, Walking (2020)"
    assert clean(page(head, shown.format(cited))).authors == ("Jane Roe", "Max Poe")
    cited = "Roe, Jane; Poe, Max</p><p>Jane Roe (contact author)"
    assert clean(page(head, shown.format(cited))).authors == ("Roe, Jane", "Poe, Max")
    # doiserbia: the surname first without the comma
    assert clean(page(head, shown.format("Roe Jane, Poe Max"))).authors == ("Roe Jane", "Poe Max")
    # Dove: the metadata's 'Surname Initials', the byline's names in full
    head = ('<meta name="citation_title" content="Walking to work and diabetes">'
            '<meta name="citation_author" content="Roe JB">'
            '<meta name="citation_author" content="Poe M">')
    assert clean(page(head, shown.format("Jane B Roe,1 Max Poe2"))).authors == ("Jane B Roe", "Max Poe")
    assert clean(page(head, shown.format("Roe JB, Poe M"))).authors == ("Roe JB", "Poe M")
    # CyberLeninka: 'Кузнецова А.С.' in the metadata, the surname first and the rest in full
    head = ('<meta name="citation_title" content="Walking to work and diabetes">'
            '<meta name="citation_author" content="Кузнецова А.С.">'
            '<meta name="citation_author" content="Галиев Р.Р.">')
    assert clean(page(head, shown.format("Кузнецова Анна Сергеевна, Галиев Рамиль Ринатович"))
                 ).authors == ("Кузнецова Анна Сергеевна", "Галиев Рамиль Ринатович")
    # IUCr: 'Surname, Initials.' in the metadata, the names in full on the page; a page that
    # shows them as the metadata does keeps them so
    head = ('<meta name="citation_title" content="Walking to work and diabetes">'
            '<meta name="citation_author" content="Roe, J.B.">'
            '<meta name="citation_author" content="Durmaz Poe, M.">')
    assert clean(page(head, shown.format("Jane B. Roe and Max Durmaz Poe"))).authors == (
        "Jane B. Roe", "Max Durmaz Poe")
    assert clean(page(head, shown.format("Roe, J.B. and Durmaz Poe, M."))).authors == (
        "Roe, J.B.", "Durmaz Poe, M.")


def test_bepress_digital_commons_tags_read_as_highwire() -> None:
    head = ('<meta name="bepress_citation_title" content="Walking to work and diabetes">'
            '<meta name="bepress_citation_journal_title" content="Journal of Examples">'
            '<meta name="bepress_citation_date" content="2023">'
            '<meta name="bepress_citation_doi" content="10.1234/jex.2023.7">')
    rec = clean(page(head, f"<h1>Walking to work and diabetes</h1><h2>Abstract</h2><p>{ABSTRACT}</p>"))
    assert (rec.journal, rec.published, rec.doi) == ("Journal of Examples", "2023", "10.1234/jex.2023.7")


def test_an_articles_own_header_is_read_and_the_sites_dropped() -> None:
    body = ("<header><a href='/'>Example Press</a> Journals Sign in</header><main><article>"
            "<header><span class='type'>Research Article</span><h1>Walking to work and "
            "diabetes</h1><p class='authors'>Jane Roe, Max Poe and Ann Doe</p></header>"
            f"{ABSTRACT_SECTION}"
            "</article></main>")
    rec = clean(page("", body))
    assert rec.title == "Walking to work and diabetes"
    assert rec.article_types == ("Research Article",)
    assert rec.authors == ("Jane Roe", "Max Poe", "Ann Doe")
    assert "Example Press Journals Sign in" in [r.text for r in rec.removed]


def test_json_ld_journal_through_issue_and_volume() -> None:
    data = {"@context": "https://schema.org", "@type": "ScholarlyArticle",
            "headline": "Walking to work and diabetes", "datePublished": "2024-03-13",
            "isPartOf": {"@type": "PublicationIssue", "issueNumber": "3",
                         "isPartOf": {"@type": ["PublicationVolume", "Periodical"],
                                      "name": "Journal of Urban Health", "volumeNumber": "12"}}}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    rec = clean(page(head, f"<h1>Walking to work and diabetes</h1><section class='abstract'>"
                           f"<p>{ABSTRACT}</p></section>"))
    assert (rec.journal, rec.published) == ("Journal of Urban Health", "2024-03-13")


def test_a_blog_post_quoting_a_papers_abstract_is_no_article() -> None:
    data = {"@context": "https://schema.org", "@type": "BlogPosting",
            "headline": "How we cut write amplification by a third"}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    body = ("<article><h1>How we cut write amplification by a third</h1><p>Our storage team "
            "read a paper from the VLDB conference and tried its idea in production.</p>"
            f"<h2>Abstract</h2><blockquote><p>{ABSTRACT}</p></blockquote>"
            "<p>Reference: Roe J, Poe M. Adaptive compaction. doi:10.14778/3342263.3342641</p>"
            "</article>")
    rec = clean(page(head, body))
    assert rec.abstract is None and "not-an-article" in rec.warnings


def test_deeply_nested_page_does_not_crash() -> None:
    deep = "<div>" * 5000 + f"<p>{ABSTRACT}</p>" + "</div>" * 5000
    rec = clean(page("", deep))
    assert rec.warnings  # a record, not an exception


@pytest.mark.parametrize("raw, iso", [
    ("2021/03/04", "2021-03-04"), ("2023/7", "2023-07"), ("2021-03-04T10:00:00Z", "2021-03-04"),
    ("4 March 2021", "2021-03-04"), ("Aug 9, 2023", "2023-08-09"), ("2023 Jul 28", "2023-07-28"),
    ("2019", "2019"), ("n.d.", None), ("March 2024", "2024-03"), ("Mar 2024", "2024-03"),
    # (a format's separators need not be the text's: strptime reads a space as any white space)
    ("4\tMarch\xa02021", "2021-03-04"), ("05.03.2024", "2024-03-05"), ("03/05/2024", "2024-03-05"),
    ("Mar. 2024", "2024-03"), ("12/01/2015 00:00:00", "2015"), ("Spring 2023", "2023"),
    # (months named in the pages' other languages)
    ("8 mars 2024", "2024-03-08"), ("12. März 2024", "2024-03-12"), ("1 mai 2020", "2020-05-01"),
    ("8 de marzo de 2024", "2024-03-08"), ("avril 2024", "2024-04"), ("2 april 2020", "2020-04-02"),
    # (a month glued to its year, EBSCOhost's; not a word that merely ends in digits)
    ("Feb2024", "2024-02"), ("Jan/Feb2024", "2024-01"), ("Item2024", None),
])
def test_iso_date(raw: str, iso: str | None) -> None:
    assert iso_date(raw) == iso


def test_html_and_text_twins_agree(shared: Path) -> None:
    """The same page as HTML and as its innerText twin gives the same title and abstract."""
    from cleanabstract.evaluate import norm_title, token_f1

    html_dir, text_dir = shared / "corpus" / "html", shared / "corpus" / "text"
    twins = [json.loads(line) for line in (text_dir / "labels.jsonl").read_text().splitlines()]
    same_title = same_abstract = compared = 0
    for label in twins:
        if label["kind"] != "article" or not label.get("title"):
            continue
        source = html_dir / label.get("rendered_from", label["file"].replace(".txt", ".html"))
        if not source.is_file():
            continue
        a = clean(source.read_bytes(), url=label.get("url"))
        b = clean((text_dir / label["file"]).read_bytes(), url=label.get("url"))
        compared += 1
        same_title += norm_title(a.title) == norm_title(b.title)
        same_abstract += token_f1(a.abstract, b.abstract) >= 0.9
    assert compared >= 20
    assert same_title / compared >= 0.85
    assert same_abstract / compared >= 0.85


def test_news_piece_description_is_no_abstract() -> None:
    """A news story's long meta description is its standfirst, not an abstract."""
    standfirst = " ".join(["Researchers have counted open-access journals that went offline."] * 6)
    head = (f"<meta name='dc.title' content='Journals are vanishing'>"
            f"<meta name='dc.description' content='{standfirst}'>"
            "<meta name='prism.doi' content='10.1038/d00000-020-00000-z'>")
    body = ("<div class='article__type'>News</div><h1>Journals are vanishing</h1>"
            + f"<p>{ABSTRACT} It is a story.</p>" * 3)
    rec = clean(page(head, body))
    assert rec.article_types == ("News",)
    assert rec.abstract is None and rec.doi == "10.1038/d00000-020-00000-z"


def test_abstract_in_two_language_tabs_keeps_the_first() -> None:
    """A repository shows its abstract in tabs, English then French; both are in the markup."""
    french = ("Nous avons suivi 1 200 adultes pendant dix ans et avons constaté que la marche "
              "vers le travail réduisait le risque de diabète de type 2 d'un cinquième, "
              "indépendamment de l'indice de masse corporelle des participants.")
    body = ("<h1>Walking to work and diabetes</h1><div class='abstract'><h2>Abstract</h2>"
            f"<div class='abstract-content en active'><p>{ABSTRACT}</p></div>"
            f"<div class='abstract-content fr'><p>{french}</p></div></div>")
    from cleanabstract.pipeline import explain

    rec, trace = explain(page("", body))
    assert rec.abstract == ABSTRACT and rec.language == "en"
    french_block = next(i for i, lb in enumerate(trace.blocks) if lb.text == french)
    assert french_block not in trace.used  # --explain does not show it as part of the abstract


@pytest.mark.parametrize("header, types", [
    ("Thèse Année : 2015", ("Thèse",)),
    ("Article dans une revue Journal de Physique Année : 1955", ("Article dans une revue",)),
    ("Research Article Year: 2021", ("Research Article",)),
])
def test_repository_record_header_gives_the_type(header: str, types: tuple) -> None:
    body = (f"<div class='header-section'>{header}</div><h2>Walking to work and diabetes</h2>"
            f"<div class='authors'>Jane Roe</div><h4>Abstract</h4><p>{ABSTRACT}</p>")
    rec = clean(page(TITLED, body))
    assert rec.article_types == types


def test_an_abstract_tab_link_does_not_stop_reading() -> None:
    """A menu link marked as the abstract comes long before the abstract itself; reading
    stops only past a container that held an abstract's worth of text."""
    menu = "<ul>" + "".join(f"<li><a href='#s{i}'>Section {i}</a></li>" for i in range(80)) + "</ul>"
    body = (f"<div class='tabs'><a class='abstract' href='#abs'>Abstract</a></div>{menu}"
            "<h1>A study of hedgerows</h1><h2 id='abs'>Abstract</h2>"
            f"<p>{ABSTRACT}</p><h2>Introduction</h2><p>Hedgerows line fields.</p>")
    rec = clean(page("", body))
    assert rec.title == "A study of hedgerows" and rec.abstract == ABSTRACT


def test_a_small_marked_box_after_the_abstract_does_not_keep_reading_going() -> None:
    from cleanabstract.pipeline import explain

    paras = "".join(f"<p>Body paragraph {i} on methods.</p>" for i in range(20))
    body = ("<h1>A study of hedgerows</h1><section class='abstract'><h2>Abstract</h2>"
            f"<p>{ABSTRACT}</p></section>{paras}<div class='abstract-text'>Listen</div>"
            + paras * 5)
    rec, trace = explain(page("", body))
    assert rec.abstract == ABSTRACT and trace.read_all is False


def test_reading_also_stops_well_past_an_abstract_heading() -> None:
    from cleanabstract.pipeline import explain

    paras = "".join(f"<p>Body paragraph {i} on methods and results.</p>" for i in range(100))
    body = (f"<h1>A study of hedgerows</h1><h2>Abstract</h2><p>{ABSTRACT}</p>"
            f"<h2>Introduction</h2>{paras}")
    rec, trace = explain(page("", body))
    assert rec.abstract == ABSTRACT and trace.read_all is False


SHARE = "<div class='share-bar'><a>Share on Twitter</a></div>"


def _paragraphs(n: int) -> str:
    return "".join(f"<p>Body paragraph {i} on hedgerows and fields.</p>" for i in range(n))


@pytest.mark.parametrize("heading, doi", [
    ("1. Introduction", "10.1234/hedge.2020.1"),
    ("Full text", "10.1234/hedge.2020.1"),
    ("Similar articles", None),  # (a DOI under it is another article's: read, but not taken)
])
def test_reading_stops_soon_after_the_body_begins(heading: str, doi: str | None) -> None:
    """Past the abstract, a heading that opens the body or the lists after it (roles 'body'
    and 'tail') leaves a few blocks to read, for keywords and identifiers shown right below
    it, and then ends the reading: nothing further down feeds a field."""
    from cleanabstract.pipeline import explain

    body = ("<h1>A study of hedgerows</h1><section class='abstract'><h2>Abstract</h2>"
            f"<p>{ABSTRACT}</p></section><h2>{heading}</h2>{_paragraphs(3)}"
            "<p>Keywords: hedgerows; walking</p><p>DOI: 10.1234/hedge.2020.1</p>"
            f"{_paragraphs(30)}{SHARE}")
    rec, trace = explain(page("", body))
    assert (rec.abstract, rec.keywords, rec.doi) == (ABSTRACT, ("hedgerows", "walking"), doi)
    assert trace.read_all is False
    assert "Share on Twitter" not in {r.text for r in rec.removed}
    assert not any("Body paragraph 29" in lb.text for lb in trace.blocks)


@pytest.mark.parametrize("body", [
    # a numbered 'Introduction' as a section of a structured abstract, inside its container
    f"<section class='abstract'><h2>Abstract</h2><h3>1. Introduction</h3><p>{ABSTRACT}</p>"
    f"<h3>2. Methods</h3>{_paragraphs(30)}</section><p>Keywords: hedgerows; walking</p>",
    # a body heading above the abstract (a page that shows its abstract late)
    f"<h2>1. Introduction</h2>{_paragraphs(30)}<section class='abstract'><p>{ABSTRACT}</p>"
    "</section><p>Keywords: hedgerows; walking</p>",
    # references before the keywords (ACM's order): a reference list is no body
    f"<section class='abstract'><p>{ABSTRACT}</p></section><h2>References</h2>"
    f"<ol>{''.join(f'<li>Roe A ({1990 + i}) Hedges {i}.</li>' for i in range(30))}</ol>"
    "<h2>Index terms</h2><p>Keywords: hedgerows; walking</p>",
])
def test_a_body_heading_in_or_above_the_abstract_does_not_stop_reading(body: str) -> None:
    from cleanabstract.pipeline import explain

    rec, trace = explain(page("", f"<h1>A study of hedgerows</h1>{body}{SHARE}"))
    assert rec.keywords == ("hedgerows", "walking")
    assert trace.read_all is True and "Share on Twitter" in {r.text for r in rec.removed}


QXMD_CHROME = "<p>Add to saved papers</p><p>For the best experience, use the Read mobile app</p>"


@pytest.mark.parametrize("tag, site", [
    ('<link rel="canonical" href="https://journal.example.org/a/1">', None),
    ('<link href="https://journal.example.org/a/1" rel="Canonical">', None),
    ('<meta content="https://journal.example.org/a/1" property="og:url">', None),
    ("<meta name=citation_pdf_url content=https://journal.example.org/a/1.pdf>", None),
    ('<link rel="canonical" href="/a/1">', "qxmd"),  # no address: the fingerprints decide
    ('<meta name="twitter:url" property="og:url" content="https://journal.example.org/a/1">',
     None),
    ('<meta name="canonical" content="https://journal.example.org/a/1">', None),
    ('<link rel="Canonical" href="https://www.ncbi.nlm.nih.gov/PMC/articles/PMC1/">', "pmc"),
    ('<meta name="citation_pdf_url" content="https://cdn.example.net/a.pdf">'
     '<link rel="canonical" href="https://www.mdpi.com/2073-4395/13/7/1842">', "mdpi"),
])
def test_html_page_declares_its_own_address(tag: str, site: str | None) -> None:
    """The parsed page's canonical link, og:url or citation URL names its site (the page over
    its PDF); an address of a site with no profile rules out the hosted profiles."""
    assert clean(page(tag, QXMD_CHROME)).site == site
    assert clean(page(tag, QXMD_CHROME), url="https://read.qxmd.com/read/1").site == "qxmd"


def test_an_editors_summary_marked_as_an_abstract_is_not_the_abstract() -> None:
    """Science marks its 'Editor's summary' with role=doc-abstract too, before the abstract;
    the label and subject over the title run together as their spans are inline."""
    summary = ("Walking matters. Adults who walk to work were followed for a decade, and the "
               "habit turned out to protect against diabetes whatever their weight. —Ann Editor")
    body = ("<div class='meta-panel'><span class='meta-panel__type'>Research Article</span> "
            "<a href='/topic/health'>Public Health</a></div>"
            "<h1>Walking to work and diabetes</h1><div class='contributors'>Jane Roe</div>"
            "<section id='editor-abstract' role='doc-abstract'><h2>Editor’s summary</h2>"
            f"<div role='paragraph'>{summary}</div></section>"
            "<section id='abstract' role='doc-abstract'><h2>Abstract</h2>"
            f"<div role='paragraph'>{ABSTRACT}</div></section>")
    rec = clean(page("", body))
    assert rec.abstract == ABSTRACT
    assert rec.article_types == ("Research Article",)


@pytest.mark.parametrize("over_title", [
    # Silverchair's bar over the title, its class naming it mobile navigation
    "<div class='article-browse-top article-browse-mobile-nav'>"
    "<div class='article-client_type'>Research Article</div></div>",
    # SpringerLink's identifiers: the type, then dates, pages and a link before the title
    "<ul class='c-article-identifiers'><li class='c-article-identifiers__item'>Research Article"
    "</li><li class='c-article-identifiers__item'>First Online: 02 June 2024</li>"
    "<li class='c-article-identifiers__item'>pp 112–126</li>"
    "<li class='c-article-identifiers__item'><a href='#cite'>Cite this conference paper</a></li>"
    "</ul>"
    "<p class='c-chapter-book-details'>Advances in Walking Research (AWR 2024)</p>",
])
def test_the_type_over_the_title_past_dates_pages_and_a_mobile_bar(over_title: str) -> None:
    body = (f"{over_title}<h1>Walking to work and diabetes</h1><p>Jane Roe</p>"
            f"{ABSTRACT_SECTION}")
    assert clean(page("", body)).article_types == ("Research Article",)


@pytest.mark.parametrize("over_title, types", [
    # Lens: an open-access colour and the index the record came from after the label
    ("<div class='record-badges'><span>Journal Article</span><span>Open Access: green</span>"
     "<span>PubMed</span></div>", ("Journal Article",)),
    ("<div class='badges'>Research Article Open Access Peer-approved</div>", ("Research Article",)),
    ("<div class='sezione'>Saggi</div>", ("Saggi",)),  # an Italian journal's section of essays
    ("<div class='article-type-line'>Full Research Paper Open Access</div>",
     ("Full Research Paper",)),  # Beilstein's
    ("<div class='preprint-meta-top'>Preprint Posted 05 Feb 2024 Version 1 1 version</div>",
     ("Preprint",)),  # TechRxiv's
    ("<div class='doc-type'>论文 生态学</div>", ("论文",)),  # SciEngine's, with its subject
    ("<p>Artigo em Português | LILACS | ID: biblio-1538214</p>", ("Artigo",)),  # BVS'
    ("<div class='badges'><span>학술저널</span></div>", ("학술저널",)),  # DBpia's
    ("<div class='item-label'>Paper Title</div>", ()),  # Scientific.Net's label of the title
    ("<div id='ar_doc_type'>نوع مقاله : مقاله پژوهشی</div>", ("مقاله پژوهشی",)),
])
def test_type_labels_with_their_badges_and_in_other_languages(over_title: str, types: tuple) -> None:
    body = (f"{over_title}<h1>Walking to work and diabetes</h1><p>Jane Roe</p>"
            f"{ABSTRACT_SECTION}")
    assert clean(page("", body)).article_types == types


def test_a_persian_structured_abstract_over_its_english_tab() -> None:
    """An Iranian journal's page: 'چکیده' over a structured abstract whose labels hold a
    zero-width non-joiner ('یافته‌ها'), 'کلیدواژه‌ها' over the keywords, and the
    English abstract in a tab after them."""
    fa = ("فرونشست زمین ناشی از برداشت آب زیرزمینی یکی از مهم‌ترین مخاطرات دشت‌های شرق "
          "ایران است و این پژوهش نرخ آن را برآورد می‌کند.")
    body = ("<h1>پایش فرونشست زمین در دشت نیشابور</h1><p>علیرضا کریمی</p>"
            "<div class='tab-pane active'><h5>چکیده</h5>"
            f"<p>سابقه و هدف: {fa}</p><p>یافته‌ها: {fa}</p><p>نتیجه‌گیری: {fa}</p>"
            "<h5>کلیدواژه‌ها</h5><ul><li>فرونشست زمین</li><li>آب زیرزمینی</li></ul></div>"
            f"<div class='tab-pane'><h5>Abstract [English]</h5><p>{ABSTRACT}</p></div>")
    rec = clean(page("", body))
    assert [s.label for s in rec.abstract_sections] == [
        "سابقه و هدف", "یافته‌ها", "نتیجه‌گیری"]
    assert rec.keywords == ("فرونشست زمین", "آب زیرزمینی") and rec.language == "fa"


@pytest.mark.parametrize("shown, page_title, title", [
    # Wanfang: the 'Journal' tag run on to the title, which its <title> gives without it
    ("<span class='tag'>期刊</span><span>基于微信平台的远程心脏康复对运动耐力的影响</span>",
     "基于微信平台的远程心脏康复对运动耐力的影响-期刊-万方数据知识服务平台",
     "基于微信平台的远程心脏康复对运动耐力的影响"),
    # a title that opens with the word, as its <title> does too, keeps it
    ("<span>期刊评价体系对论文发表行为的影响研究</span>", "期刊评价体系对论文发表行为的影响研究-万方数据",
     "期刊评价体系对论文发表行为的影响研究"),
])
def test_a_tag_glued_before_a_chinese_title_goes(shown: str, page_title: str, title: str) -> None:
    body = (f"<div class='detailTitleCN'>{shown}</div><div class='summary'><span>摘要：</span>"
            "<div>目的 探讨基于微信平台的远程心脏康复对经皮冠状动脉介入治疗术后患者运动耐力的影响。"
            "方法 选取2022年1月至2023年6月在我院行经皮冠状动脉介入治疗的患者120例，随机分为两组。"
            "结果 干预组6分钟步行距离显著长于对照组。结论 该模式可提高患者运动耐力。</div></div>"
            "<div class='operate'><a>在线阅读</a> <a>下载</a> <a>引用</a> <span>下载量：312</span></div>")
    rec = clean(page(f"<title>{page_title}</title>", body))
    assert rec.title == title
    assert ("在线阅读 下载 引用 下载量：312", "share/toolbar-row-zh") in {
        (r.text, r.rule) for r in rec.removed}


@pytest.mark.parametrize("fields, types", [
    # ERIC: the record's kind beside the publication's types, listed with ';'
    (("Record Type: Journal", "Publication Type: Journal Articles; Reports - Research"),
     ("Journal Articles", "Reports - Research")),
    # a listing's records of several types: none
    (("Document Type: Review", "Document Type: Research Article"), ()),
])
def test_a_records_type_field_of_several(fields: tuple[str, ...], types: tuple) -> None:
    rows = "".join(f"<div>{f}</div>" for f in fields)
    body = (f"<h1>Walking to work and diabetes</h1><p>Roe, Jane</p><div>{ABSTRACT}</div>"
            f"<div class='details'>{rows}<div>Peer reviewed: Yes</div></div>")
    assert clean(page("", body)).article_types == types


@pytest.mark.parametrize("fields, types", [
    # DSpace 7 (WHO IRIS): each field a heading over its value
    ("<h2>Publisher</h2><div><span>World Health Organization</span></div><h2>Type</h2>"
     "<div><span>Technical documents</span></div>", ("Technical documents",)),
    ("<dl><dt>Type</dt><dd>Working Paper</dd><dt>Language</dt><dd>English</dd></dl>",
     ("Working Paper",)),  # a definition list's term
    # a table of files with a 'Type' column: no type field
    ("<table><tr><th>Name</th><th>Type</th><th>Size</th></tr><tr><td>report.pdf</td>"
     "<td>Adobe PDF</td><td>2 MB</td></tr></table>", ()),
])
def test_a_bare_type_label_that_markup_makes_a_field(fields: str, types: tuple) -> None:
    body = (f"<h1>Walking to work and diabetes</h1><h2>Abstract</h2><div>{ABSTRACT}</div>"
            f"<div class='details'>{fields}</div>")
    assert clean(page("", body)).article_types == types


def test_a_record_header_over_its_fields_is_no_menu_item() -> None:
    """CDS (Invenio): the record's kind in a header of its own, between the tabs over it and
    its table of fields: one word between short lines, as a menu's item is, but no list item."""
    body = ("<ul class='tabs'><li>Information</li><li>Discussion (0)</li><li>Files</li></ul>"
            "<div class='formatRecordHeader'>Article</div><table>"
            "<tr><td class='label'>Report number</td><td>arXiv:2403.06417</td></tr>"
            "<tr><td class='label'>Title</td><td><h1>Walking to work and diabetes</h1></td></tr>"
            "<tr><td class='label'>Author(s)</td><td>Roe, Jane (CERN)</td></tr>"
            f"<tr><td class='label'>Abstract</td><td>{ABSTRACT}</td></tr></table>")
    assert clean(page("", body)).article_types == ("Article",)


def test_a_chinese_structured_abstract_with_its_labels_run_in() -> None:
    """Wanfang: '目的 探讨…。方法 采用…' in one paragraph, each label set off by a space."""
    sections = {"目的": "探讨远程心脏康复对经皮冠状动脉介入治疗术后患者运动耐力的影响。",
                "方法": "选取126例患者为研究对象，随机分为对照组和试验组，各63例，干预12周。",
                "结果": "试验组6 min步行距离长于对照组，差异有统计学意义（P＜0.05）。",
                "结论": "该模式可提高患者的运动耐力和自我效能，改善康复依从性。"}
    text = "".join(f"{label} {body}" for label, body in sections.items())
    body = (f"<h1>基于微信平台的远程心脏康复对运动耐力的影响</h1><div class='summary'>"
            f"<span>摘要：</span><div class='abstract'><span>{text}</span></div></div>")
    rec = clean(page("", body))
    assert [(s.label, s.text) for s in rec.abstract_sections] == list(sections.items())


def test_a_chinese_records_keywords_and_journal_fields() -> None:
    """Wanfang: '关键词：' over keywords parted by full-width semicolons, '作者：' over the
    authors and '刊名：' over the journal's name, each value in a cell of its own."""
    body = ("<h1>基于微信平台的远程心脏康复对运动耐力的影响</h1><div class='summary'><span>摘要：</span>"
            f"<div class='abstract'>{ABSTRACT}</div></div>"
            "<div class='keyword'><span>关键词：</span></div><div class='itemKeyword'>"
            "经皮冠状动脉介入治疗；心脏康复；远程医疗；运动耐力；自我效能</div>"
            "<div class='author'><span>作者：</span></div><div>周雅琴 何振宇</div>"
            "<div class='periodical'><span>刊名：</span></div><div>中华护理杂志</div>")
    rec = clean(page("", body))
    assert rec.keywords == ("经皮冠状动脉介入治疗", "心脏康复", "远程医疗", "运动耐力", "自我效能")
    assert rec.journal == "中华护理杂志"
    assert rec.authors == ("周雅琴", "何振宇")  # ('作者：', its value in a cell of its own)


def test_keywords_as_chips_of_a_row_without_separators() -> None:
    """NTRS (Angular Material): each keyword a chip, 'mat-chip role=row', side by side with
    nothing between them."""
    chips = "".join(f"<mat-chip role='row'><span class='chip-text'>{k}</span></mat-chip>"
                    for k in ("liquid hydrogen", "superconducting motor", "cryogenic cooling"))
    body = ("<h1>Walking to work and diabetes</h1><p>Jane Roe</p>"
            f"<h2>Abstract</h2><p>{ABSTRACT}</p><div class='citation-field'>"
            f"<h3 class='field-label'>Keywords</h3><div class='field-value'>{chips}</div></div>")
    assert clean(page("", body)).keywords == (
        "liquid hydrogen", "superconducting motor", "cryogenic cooling")


@pytest.mark.parametrize("tag, keywords", [
    ("working from home; event study; J16; J22; M54", ("working from home", "event study")),
    ("T1; T2; relaxometry", ("T1", "T2", "relaxometry")),  # no codes: MRI's weightings
    ("relaxometry; myelin; T2", ("relaxometry", "myelin", "T2")),  # one at the end is a word
    ("cacao; fermentación; info:eu-repo/semantics/article", ("cacao", "fermentación")),  # DSpace
])
def test_codes_and_vocabulary_terms_in_the_metadatas_keywords(tag: str, keywords: tuple) -> None:
    """EconStor: citation_keywords ends with the paper's JEL codes; DSpace lists its OpenAIRE
    type among the subjects. Neither is a keyword."""
    head = TITLED + f"<meta name='citation_keywords' content='{tag}'>"
    body = f"<h1>Walking to work and diabetes</h1><h2>Abstract</h2><p>{ABSTRACT}</p>"
    assert clean(page(head, body)).keywords == keywords


def test_author_keywords_under_a_heading_over_several_kinds() -> None:
    """IEEE Xplore: 'Keywords' heads the indexers' kinds and the authors' own, each labelled
    by an item of the list, its keywords after it ending in commas."""
    def kind(label: str, words: tuple[str, ...]) -> str:
        items = "".join(f"<li><a href='#'>{w}</a>,</li>" for w in words[:-1])
        return (f"<li class='doc-keywords-list-item'><strong>{label}</strong><ul>{items}"
                f"<li><a href='#'>{words[-1]}</a></li></ul></li>")
    body = (f"<h1>Walking to work and diabetes</h1><h2>Abstract</h2><p>{ABSTRACT}</p>"
            "<h2>Keywords</h2><ul>" + kind("IEEE Keywords", ("Legged locomotion", "Cameras"))
            + kind("INSPEC: Controlled Indexing", ("mobile robots", "robot vision"))
            + kind("Author Keywords", ("walking", "diabetes", "cohort")) + "</ul>")
    assert clean(page(TITLED, body)).keywords == ("walking", "diabetes", "cohort")


@pytest.mark.parametrize("label, keywords", [
    ("Key Words:", ("walking", "diabetes", "cohort")),
    ("Keywords", ()),  # an item of a search form's menu of fields, no label of a list
])
def test_a_keyword_list_whose_first_item_is_its_label(label: str, keywords: tuple) -> None:
    """HighWire (JNM): the list's label is its first item ('Key Words:'), each keyword an
    item after it."""
    items = "".join(f"<li class='kwd'><a href='#'>{k}</a></li>" for k in ("walking", "diabetes", "cohort"))
    body = (f"<h1>Walking to work and diabetes</h1><h2>Abstract</h2><p>{ABSTRACT}</p>"
            f"<ul class='kwd-group'><li class='kwd-group-title'><strong>{label}</strong></li>"
            f"{items}</ul>")
    assert clean(page(TITLED, body)).keywords == keywords


def test_keywords_as_chips_of_a_class_with_spaces_between() -> None:
    """Scilit (Vuetify): each keyword a span of class 'v-chip', whitespace between them, and
    the next card's title ('Source') after them is no keyword."""
    chips = " ".join(f"<span class='v-chip keyword-chip'><span class='v-chip__content'>{k}</span>"
                     "</span>" for k in ("measles", "SMS reminders"))
    chips += " <span class='v-chip'><a href='/search?k=malawi'>Malawi</a></span>"  # (a link in it)
    body = ("<h1>Walking to work and diabetes</h1><p>Jane Roe</p>"
            f"<h2>Abstract</h2><p>{ABSTRACT}</p><section><h2>Keywords</h2>"
            f"<div class='keyword-chips'>{chips}</div></section><div class='v-card'>"
            "<div class='v-card__title'>Source</div><div>Frontiers in Public Health</div></div>")
    assert clean(page("", body)).keywords == ("measles", "SMS reminders", "Malawi")


def test_a_research_portals_path_of_kinds_gives_the_type() -> None:
    """Pure: 'Research output: Contribution to journal › Article › peer-review' under the
    authors; the step that is a type, not the kind of output nor the badge."""
    body = ("<h1>Walking to work and diabetes</h1><p class='persons'>Jane Roe, Max Poe</p>"
            "<ul><li>Department of Public Health</li><li>Faculty of Medicine</li></ul>"
            "<p class='type'>Research output: Contribution to journal › Article › peer-review</p>"
            "<div class='metric'>3 Citations (Scopus)</div>"
            f"<h2>Abstract</h2><p>{ABSTRACT}</p>")
    assert clean(page("", body)).article_types == ("Article",)


@pytest.mark.parametrize("items, names", [
    # APA PsycNet: family name first, one a line, the list's ';' after each but the last
    (("Roe, Jane M.;", "Poe, Max;", "Castellanos-Rivera, Inés"),
     ("Roe, Jane M.", "Poe, Max", "Castellanos-Rivera, Inés")),
    (("Bergen, Norway", "Oslo, Norway"), ()),  # places, no list's semicolons
])
def test_authors_family_name_first_one_a_line(items: tuple[str, ...], names: tuple) -> None:
    lis = "".join(f"<li>{item}</li>" for item in items)
    body = (f"<div class='record-header'>Journal Article</div><h1>Walking to work and diabetes</h1>"
            f"<ul class='authors'>{lis}</ul><p>Journal of Urban Health, Vol 12(3), May 2021</p>"
            f"<h2>Abstract</h2><p>{ABSTRACT}</p>")
    assert clean(page("", body)).authors == names


def test_authors_each_with_a_card_that_repeats_the_name() -> None:
    """Atypon (PNAS, Liebert, AHA): each author a link with a pop-up card holding the name,
    the affiliation (of any kind: 'Museu Goeldi' names no university) and a search link; the
    separators between the authors are text of their own."""
    def author(given: str, family: str, aff: str) -> str:
        return (f"<span role='listitem'><a class='author-link' href='#c'>{given} {family}</a>"
                f"<div class='author-popover'><div>{given} {family}</div><div>{aff}</div>"
                f"<a href='/action/doSearch'>View all articles by this author</a></div></span>")
    body = ("<h1>Drought legacy effects on tropical forest transpiration persist for years</h1>"
            "<div class='contributors'><span role='list'>"
            + author("Marisol", "Quispe-Huamán", "Universidad Nacional Agraria La Molina, Lima, Peru")
            + ", " + author("Thiago B.", "Lacerda", "Museu Paraense Emílio Goeldi, Belém, Brazil")
            + ", and " + author("Rebecca L.", "Whitford", "School of Geography, University of Leeds")
            + "</span></div><section class='abstract'><h2>Abstract</h2>"
            f"<p>{ABSTRACT}</p></section>")
    rec = clean(page(body=body))
    assert rec.authors == ("Marisol Quispe-Huamán", "Thiago B. Lacerda", "Rebecca L. Whitford")


def test_metadata_keywords_in_the_page_s_language_and_no_seo_list() -> None:
    """Érudit gives its keywords in each language, each tag a list; a site's plain keywords
    tag that names the site or says what it is ('open access') is no article's keywords."""
    tags = "".join(f"<meta name='citation_keywords' lang='{lang}' content='{words}'>"
                   for lang, words in (("fr", "pêche sur glace, savoirs locaux, climat"),
                                       ("en", "ice fishing, local knowledge, climate")))
    french = ("Nous décrivons la pêche blanche sur le lac et les savoirs des pêcheurs, qui "
              "lisent la glace depuis des générations, et leur regard sur le climat qui change.")
    body = f"<h1>La pêche blanche au lac</h1><section class='abstract'><h2>Résumé</h2><p>{french}</p></section>"
    rec = clean(page(head=tags, body=body).replace("lang='en'>", "lang='fr'>", 1))
    assert rec.keywords == ("pêche sur glace", "savoirs locaux", "climat")
    seo = ("<meta property='og:site_name' content='Example Health'>"
           "<meta name='keywords' content='Example Health, open access, research article'>")
    body = f"<h1>Walking to work and diabetes</h1><h2>Abstract</h2><p>{ABSTRACT}</p>"
    assert clean(page(head=seo, body=body)).keywords == ()


@pytest.mark.parametrize("shown, journal", [
    ("<p>Circulation</p><p>Volume 149, Number 7</p>", "Circulation"),
    ("<p>Circulation. 2024;149:512–524</p>", "Circulation"),
    ("<p>Published In</p><p>Circulation</p>", "Circulation"),
    ("<p>Roe J. Walking. Circulation 2024;149(3):e232514.</p>", "Circulation"),  # its citation
    ("<p>Sign up for Circulation alerts.</p><p>Published by Circulation.</p>", None),  # a brand
])
def test_the_site_s_name_is_the_journal_when_the_page_cites_it_so(shown: str, journal) -> None:
    """Atypon's journal sites give no citation_journal_title; og:site_name names the journal
    on theirs, and the platform on others ('Taylor & Francis', 'PNAS' of 'Published by PNAS')."""
    head = '<meta property="og:site_name" content="Circulation"><meta name="dc.Title" content="Walking">'
    body = f"<h1>Walking</h1>{shown}{ABSTRACT_SECTION}"
    assert clean(page(head, body)).journal == journal


@pytest.mark.parametrize("dates, published", [
    ((("citation_date", "2024/08"), ("citation_online_date", "2024/08/30")), "2024-08-30"),
    ((("citation_date", "2024/08"), ("citation_online_date", "2024/09/02")), "2024-08"),
    ((("citation_publication_date", "2017/01/01"), ("citation_date", "2017-06-19")), "2017-06-19"),
    ((("citation_publication_date", "2017/01/01"),), "2017-01-01"),
])
def test_a_partial_date_gives_way_to_a_fuller_one_it_agrees_with(dates: tuple, published: str) -> None:
    head = "".join(f'<meta name="{name}" content="{value}">' for name, value in dates)
    body = f"<h1>Walking</h1>{ABSTRACT_SECTION}"
    assert clean(page(head, body)).published == published


def test_line_breaks_that_show_end_blocks() -> None:
    """Semantic Scholar sets a structured abstract in a 'text--preline' box: each label on a
    line of its own, which CSS white-space: pre-line shows; elsewhere a line break is a space."""
    text = ("Objectives\nTo estimate how heat affects kidney injury among farm workers.\n"
            "Methods\nWe linked emergency visits to daily wet-bulb temperature, 2012 to 2019.\n"
            "Results\nRisk rose with heat on the same day, most of all early in the season.")
    body = ("<h1>Heat and kidney injury among farm workers</h1><section><h2>Abstract</h2>"
            f"<div class='abstract__text text--preline'><div><span>{text}</span></div></div></section>")
    rec = clean(page(body=body))
    assert [s.label for s in rec.abstract_sections] == ["Objectives", "Methods", "Results"]
    plain = clean(page(body=body.replace(" text--preline", "")))
    assert plain.abstract_sections == () and plain.abstract.startswith("Objectives To estimate")


def test_the_footer_below_where_reading_stops_is_reported_dropped() -> None:
    """Reading stops a little way into the body; the page's footer and sidebar below are still
    shown as dropped chrome, each once, and the body between them is never read."""
    from cleanabstract.pipeline import explain

    footer = ("<footer class='site-footer'><a>About us</a> | <a>Contact</a> | <a>Privacy "
              "policy</a> <p>© 2024 Example Press. All rights reserved.</p></footer>")
    body = ("<nav class='main-nav'><a>Home</a> <a>Journals</a> <a>Browse</a></nav>"
            "<h1>A study of hedgerows</h1><section class='abstract'><h2>Abstract</h2>"
            f"<p>{ABSTRACT}</p></section><h2>1. Introduction</h2>{_paragraphs(80)}"
            f"<aside class='sidebar related-articles'><h3>Related articles</h3><ul><li>Bats and "
            f"hedges</li></ul></aside>{footer}")
    rec, trace = explain(page("", body))
    assert trace.read_all is False
    texts = [r.text for r in rec.removed]
    assert any("© 2024 Example Press" in t for t in texts)
    assert any("Related articles" in t for t in texts)
    assert sum("Home Journals Browse" in t for t in texts) == 1  # (the menu, dropped once)
    assert not any("Body paragraph 70" in t for t in texts)


def test_dspace_7_paragraphs_in_a_span_that_preserves_line_breaks() -> None:
    """DSpace 7 gives an abstract's paragraphs in one span, 'preserve-line-breaks', with a
    line break between them that CSS shows."""
    first = "Heat-health action plans are a core public health response to rising temperatures."
    second = "All cities had a heat warning system, but few had thresholds for care homes."
    body = ("<h1>Heat-health action plans in practice</h1><div class='simple-view-element'>"
            "<h2 class='simple-view-element-header'>Abstract</h2><div class='simple-view-element-body'>"
            f"<span class='dont-break-out preserve-line-breaks'>{first} {ABSTRACT}\n{second}</span>"
            "</div></div><div class='simple-view-element'><h2 class='simple-view-element-header'>"
            "Description</h2><div class='simple-view-element-body'>xii, 68 p.</div></div>")
    assert clean(page(body=body)).abstract == f"{first} {ABSTRACT}\n\n{second}"


def test_an_affiliation_letter_in_a_superscript_stays_off_the_name() -> None:
    """ScienceDirect's author list: '<a>Anni Kettunen</a><a><sup>a</sup></a>'; a number or
    an ordinal's letters stay on what they follow ('km<sup>2</sup>', 'XV<sup>e</sup> siècle')."""
    names = "".join(f"<li><a class='authorName'>{n}</a><a class='auth_aff'><sup>{m}</sup></a>, </li>"
                    for n, m in (("Anni Kettunen", "a"), ("Olga V. Semenova", "c"), ("Markus Lindroos", "a, b")))
    body = (f"<h1>Freeze–thaw cycles and N<sub>2</sub>O from peat</h1><ul class='authorGroup'>{names}</ul>"
            "<h2>Abstract</h2><p>Emissions rose 3-fold per km<sup>2</sup> in the XV<sup>e</sup> "
            f"arrondissement of the bog. {ABSTRACT}</p>")
    rec = clean(page(body=body))
    assert rec.authors == ("Anni Kettunen", "Olga V. Semenova", "Markus Lindroos")
    assert "per km2 in the XVe arrondissement" in rec.abstract


def test_badges_and_links_set_side_by_side_are_read_apart() -> None:
    """Atypon's meta panel and author list: elements with nothing between them, which CSS
    spaces apart; sub- and superscripts stay on what they follow ('blaCTX-M-1')."""
    body = ("<div class='meta-panel'><span class='meta-panel__type'>Research article</span>"
            "<span class='meta-panel__access'><i class='icon-open-access'></i>Open access</span>"
            "<span class='meta-panel__onlineDate'>08 September 2023</span></div>"
            "<h1>Plasmid transfer between gut lineages</h1>"
            "<p class='tools'>See the <a href='#m'>Methods</a><a href='#t2'>Table 2</a></p>"
            "<h2>Abstract</h2><p>Strains carried <i>bla</i><sub>CTX-M-1</sub> on a plasmid. "
            f"{ABSTRACT}</p>")
    rec, trace = explain(page(body=body))
    assert rec.article_types == ("Research article",)
    assert "See the Methods Table 2" in [lb.text for lb in trace.blocks]
    assert "carried blaCTX-M-1 on" in rec.abstract


def test_a_record_s_abstract_named_for_its_source_and_its_keyword_links() -> None:
    """INSPIRE: 'Abstract: (arXiv)' over the abstract; 'Keywords:' before a row of links whose
    keywords hold colons and spaces."""
    tags = "".join(f"<span class='ant-tag'><a href='/q?k={k}'>{k}</a></span> "
                   for k in ("axion: dark matter", "haloscope", "photon: coupling"))
    body = ("<h1>Knight shift in dilute alloys</h1><div>Abstract: (arXiv)</div>"
            f"<div class='__abstract__'>{ABSTRACT}</div>"
            f"<div class='__KeywordList__'><strong>Keywords: </strong>{tags}</div>")
    rec = clean(page(body=body))
    assert rec.abstract == ABSTRACT
    assert rec.keywords == ("axion: dark matter", "haloscope", "photon: coupling")


@pytest.mark.parametrize("field, journal", [
    ("<p>Journal: Italian Journal of Animal Science</p>", "Italian Journal of Animal Science"),
    ("<p>Source: Forest Products Journal, Volume 64, Numbers 3-4, March 2014, pp. 112-121</p>",
     "Forest Products Journal"),
    ("<p>Published in Occupational and Environmental Medicine 14 March 2023</p>",
     "Occupational and Environmental Medicine"),
    ("<p>Source: the authors' own survey of 40 farms in 2021 and 2022.</p>", None),  # no journal
    ("<p>Published in Print: November 2024</p>", None),  # (Atypon's print date)
    ("<div>Applied Thermal Engineering • Volume 238 • 1 February 2024</div>",
     "Applied Thermal Engineering"),  # a record's source line (Scopus)
])
def test_the_journal_a_page_names_in_a_field_of_its_own(field: str, journal) -> None:
    head = '<meta name="citation_title" content="Walking to work and diabetes">'
    body = f"<h1>Walking to work and diabetes</h1>{field}<h2>Abstract</h2><p>{ABSTRACT}</p>"
    assert clean(page(head, body)).journal == journal


def test_a_page_header_holds_the_page_s_own_title_and_summary() -> None:
    """Bootstrap and Drupal themes (NBER) put the page's own title, authors and abstract in a
    'page-header'; the site's header is another element."""
    long = (f"{ABSTRACT} Cycling to work lowered it by a quarter, and the effect held in every "
            "region and in both sexes.")
    body = ("<div class='page-header page-header--working-paper'><div class='page-header__eyebrow'>"
            "Working Paper</div><h1 class='page-header__title'>Walking to work and diabetes</h1>"
            f"<div class='page-header__intro'><p>{long}</p></div></div>")
    rec = clean(page(body=body))
    assert rec.title == "Walking to work and diabetes" and rec.article_types == ("Working Paper",)
    assert rec.abstract.startswith(long)


def test_authors_hover_cards_do_not_run_into_the_names() -> None:
    """Silverchair: each name's hidden hover card (the name again, an affiliation, search
    links) sits inside its span; without metadata the names are read from the list."""
    card = ("<span class='al-author-info-wrap arrow-up'><span class='info-card-name'>{0}</span>"
            "<span class='info-card-location'>1Department of Physics, University of Example"
            "</span><span class='info-card-search-label'>Search for other works by this author"
            " on:</span></span>")
    names = "".join(f"<span class='al-author-name'><a class='linked-name'>{n}</a>"
                    f"<span class='delimiter'>;</span>{card.format(n)}</span>"
                    for n in ("Jane Roe", "John Poe", "Ann Moe"))
    body = (f"<h1>Knight shift in dilute alloys</h1><div class='al-authors-list'>{names}</div>"
            f"<h2>Abstract</h2><p>{ABSTRACT}</p>")
    assert clean(page(body=body)).authors == ("Jane Roe", "John Poe", "Ann Moe")


def test_a_dropped_element_s_text_keeps_its_full_stop_on_the_link_before_it() -> None:
    """--explain shows a dropped cookie banner as it reads: '... our privacy policy.'"""
    body = ("<div id='cookie-banner'>We use cookies to run this site. See our "
            "<a href='/privacy'>privacy policy</a>.<button>Accept</button></div>"
            f"<h1>Knight shift in dilute alloys</h1><h2>Abstract</h2><p>{ABSTRACT}</p>")
    removed = [r.text for r in clean(page(body=body)).removed]
    assert "We use cookies to run this site. See our privacy policy. Accept" in removed


@pytest.mark.parametrize("line, date", [
    ("<div class='journal-info'>Research Article| March 15 2024</div>", "2024-03-15"),
    ("<p>Published online May 14, 2024. doi: 10.3748/wjg.v30.i18.2456</p>", "2024-05-14"),
    ("<p>Received 2 March 2021; accepted 9 June 2021</p>", None),  # no publication date
    ("<div>Accepted | 9 June 2021</div>", None),
    ("<div>Applied Thermal Engineering • Volume 238 • 1 February 2024 • Article number 121983"
     "</div>", "2024-02-01"),  # a record's source line (Scopus)
])
def test_the_date_a_page_shows_when_its_metadata_gives_none(line: str, date) -> None:
    body = f"{line}<h1>Walking to work and diabetes</h1><h2>Abstract</h2><p>{ABSTRACT}</p>"
    assert clean(page("", body)).published == date


def test_structured_abstracts_in_german_and_russian_keep_every_section() -> None:
    """Springer Medizin's German labels ('Ziel der Arbeit') and Russian journals' run-in labels,
    one set off by a dash ('Цель — оценить ...'): each opens a section; none ends the abstract."""
    german = ("<h1>Präoxygenierung bei Adipositas</h1><section class='abstract' lang='de'>"
              "<h2>Zusammenfassung</h2>"
              + "".join(f"<h3>{label}</h3><p>{label} des Textes, der hier in einem ganzen Satz "
                        f"steht und die Studie beschreibt.</p>"
                        for label in ("Hintergrund", "Ziel der Arbeit", "Material und Methoden",
                                      "Ergebnisse", "Schlussfolgerung"))
              + "</section><h2>Einleitung</h2><p>Der Text der Arbeit beginnt hier.</p>")
    rec = clean(page("", german))
    assert [s.label for s in rec.abstract_sections] == [
        "Hintergrund", "Ziel der Arbeit", "Material und Methoden", "Ergebnisse", "Schlussfolgerung"]
    russian = ("<h1>Витамин D и астма у детей</h1><section class='abstract'><h2>Аннотация</h2>"
               "<p><strong>Обоснование.</strong> Дефицит витамина D широко распространён среди "
               "детей северных широт.</p>"
               "<p><strong>Цель</strong> — оценить обеспеченность витамином D детей с астмой.</p>"
               "<p><strong>Материалы и методы.</strong> Обследованы 186 детей с бронхиальной "
               "астмой.</p><p><strong>Заключение.</strong> Дефицит связан с худшим контролем "
               "заболевания.</p></section>")
    rec = clean(page("", russian))
    assert [(s.label, s.text[:6]) for s in rec.abstract_sections] == [
        ("Обоснование", "Дефици"), ("Цель", "оценит"), ("Материалы и методы", "Обслед"),
        ("Заключение", "Дефици")]


@pytest.mark.parametrize("labels", [
    ("BAKGRUNN", "MATERIALE OG METODE", "RESULTATER", "FORTOLKNING"),  # Tidsskriftet
    ("Baggrund", "Metoder", "Resultater", "Konklusion"),  # Ugeskrift for Læger
    ("Bakgrund", "Syfte", "Metod", "Resultat", "Slutsatser"),  # Läkartidningen
])
def test_structured_abstracts_in_the_scandinavian_languages_keep_every_section(
        labels: tuple[str, ...]) -> None:
    """Labels of Norwegian, Danish and Swedish abstracts as headings of their own: each
    opens a section under the page's 'Originalartikkel' label, none is taken for the body."""
    body = ("<div class='kicker'>Originalartikkel</div><h1>Sykefravær etter hjernerystelse</h1>"
            + "".join(f"<h2>{label}</h2><p>{label} er her en hel setning om studien, som "
                      "beskriver hva som ble gjort og funnet.</p>" for label in labels)
            + "<h2>Hovedfunn</h2><p>Seks av ti ble sykmeldt.</p>")
    rec = clean(page("", body))
    assert [s.label for s in rec.abstract_sections] == list(labels)
    assert rec.article_types == ("Originalartikkel",)


@pytest.mark.parametrize("labels", [
    ("Introducción y objetivos", "Métodos", "Resultados", "Conclusiones"),  # elsevier.es
    ("Doel", "Opzet", "Methode", "Resultaten", "Conclusie"),  # NTvG
    ("Introduktion", "Metoder", "Resultater", "Konklusion", "Finansiering",
     "Forsøgsregistrering"),  # Ugeskrift for Læger
    ("Objectives", "Design, setting, participants", "Main outcome measures", "Results",
     "Conclusions"),  # MJA
    ("Východiska", "Metody", "Výsledky", "Závěry"),  # Časopis lékařů českých
    ("Taust", "Eesmärk", "Metoodika", "Tulemused", "Järeldused"),  # Eesti Arst
    ("Wstęp", "Materiał i metody", "Wyniki", "Wnioski"),  # a Polish journal
    ("Tausta", "Menetelmät", "Tulokset", "Päätelmät"),  # Duodecim
    ("Uvod", "Ispitanici i metode", "Rezultati", "Zaključak"),  # a Croatian journal
])
def test_structured_abstracts_with_labels_run_in_keep_every_section(labels: tuple[str, ...]) -> None:
    """Labels in bold at the start of each paragraph, in Spanish, Dutch, Danish, MJA's
    English, Czech, Estonian, Polish, Finnish and Croatian, the body's first heading
    ('Inleiding') after them."""
    body = ("<h1>Hitteberoerte bij hardloopevenementen</h1><h2>Samenvatting</h2>"
            + "".join(f"<p><strong>{label}:</strong> {label} is hier een hele zin over het "
                      "onderzoek, die beschrijft wat er werd gedaan.</p>" for label in labels)
            + "<h2>Inleiding</h2><p>Hardloopevenementen trekken veel deelnemers.</p>")
    rec = clean(page("", body))
    assert [s.label for s in rec.abstract_sections] == list(labels)


@pytest.mark.parametrize("after, kept", [
    # the body's first paragraph, under no heading (Ugeskrift for Læger), and MJA's box of
    # points under the abstract: no label, or one of no abstract's sections
    ("<p>Det nationale screeningsprogram blev indført i 2014 og tilbyder alle borgere en test.</p>",
     False),
    ("<ul><li><strong>The known:</strong> Retrieval is essential for older people in remote "
     "areas, but little is known about what follows.</li></ul>", False),
    # a section's second paragraph, when the labels stand on lines of their own, stays
    ("", True),
])
def test_a_paragraph_without_a_label_ends_an_abstract_of_labels_run_in(after: str, kept: bool) -> None:
    labels = ("Introduktion", "Metoder", "Resultater", "Konklusion")
    # (labels on lines of their own when the second paragraph must stay, else run in)
    shown = "<h3>{}</h3><p>" if kept else "<p><strong>{}:</strong> "
    sections = "".join(f"{shown.format(label)}{label} er her en hel sætning om studiet, som "
                       "beskriver hvad der blev gjort.</p>" for label in labels)
    if kept:
        after = "<p>Og et andet afsnit af konklusionen, som hører med til resuméet.</p>"
    body = f"<h1>Ventetid til koloskopi</h1><h2>Resumé</h2>{sections}{after}"
    rec = clean(page("", body))
    assert [s.label for s in rec.abstract_sections] == list(labels)
    assert ("hører med" in rec.abstract) is kept
    assert "indført" not in rec.abstract and "known" not in rec.abstract


def test_an_abstract_container_named_as_a_block_s_element() -> None:
    """A BEM class ('scientific-article__abstract') marks the abstract's container, which
    shows no heading: its paragraph is the abstract, the one after it the body's."""
    body = ("<h1>Ventetid til koloskopi</h1><div class='scientific-article__abstract'>"
            f"<p>{ABSTRACT}</p></div><div class='scientific-article__fulltext'>"
            "<p>Det nationale screeningsprogram blev indført i 2014 og tilbyder hvert andet år "
            "alle borgere i alderen 50-74 år en test, og de fleste tager imod den.</p></div>")
    assert clean(page("", body)).abstract == ABSTRACT


def test_an_abstract_with_reviews_below_is_no_listing() -> None:
    """OpenReview: the paper's 'Abstract:' field, then a review thread with a 'Summary:' in each
    review. Three summaries make no listing of three articles: a listing repeats the heading
    it starts with. The form declarations under the abstract are no part of it."""
    review = ("<h4>Official Review of Submission5173 by Reviewer {0}</h4><div>Summary:</div>"
              "<p>This paper studies merging of models fine-tuned from a shared checkpoint, and "
              "the reviewer {0} finds the geometric argument convincing overall.</p>"
              "<div>Rating: 6: marginally above the acceptance threshold</div>")
    body = ("<h2 class='citation_title'>Merging Fine-Tuned Models Along Fisher Geodesics</h2>"
            "<div>Abstract:</div><p>" + ABSTRACT + "</p>"
            "<div>Anonymous Url: I certify that there is no URL (e.g., github page) that could "
            "be used to find authors' identity.</div><div>Primary Area: transfer learning</div>"
            + "".join(review.format(name) for name in ("Tq4W", "Lm2a", "Zz9k")))
    rec = clean(page("<meta name='citation_title' content='Merging Fine-Tuned Models Along "
                     "Fisher Geodesics'><meta name='citation_author' content='Hana Okonkwo-Lind'>",
                     body))
    assert rec.abstract == ABSTRACT and "not-an-article" not in rec.warnings


@pytest.mark.parametrize("row, label", [
    ("<div class='meta-top'>12.03.2024 | Originalien</div>", "Originalien"),  # Springer Medizin
    ("<div class='badges'><span>Оригинальные исследования</span> <span>Открытый доступ</span> "
     "<span>Рецензируемая</span></div>", "Оригинальные исследования"),  # Eco-Vector
    ("<table><tr><td class='tipo'>ORIGINAL ARTICLE&nbsp;&nbsp;&nbsp;EXERCISE PHYSIOLOGY AND "
     "BIOMECHANICS</td></tr></table>", "Original Article"),  # Minerva Medica: a section after it
    ("<div class='labels'><span>Article</span><span>CC BY 4.0</span><span>Peer Reviewed</span>"
     "</div>", "Article"),  # Scholastica: a licence badge after it
    ("<div class='flags'><span class='badge'>Preprint</span> <span class='badge'><a href='/s/h'>"
     "Hydrology</a></span> <span class='badge'><a href='/s/c'>Climatology (Global Change)</a>"
     "</span></div>", "Preprint"),  # Authorea: subject chips after it
])
def test_type_labels_with_dates_badges_and_sections_around_them(row: str, label: str) -> None:
    body = f"{row}<h1>Walking to work and diabetes</h1><h2>Abstract</h2><p>{ABSTRACT}</p>"
    rec = clean(page(TITLED, body))
    assert rec.article_types == (label,)



@pytest.mark.parametrize("shown, journal, published", [
    ("<p>The Journal of Sports Medicine and Physical Fitness 2024 March;64(3):245-53</p>",
     "The Journal of Sports Medicine and Physical Fitness", "2024-03"),  # Minerva Medica
    ("<p>Journal of Soil Science and Plant Nutrition Research. 2024;16(2):e1187</p>",
     "Journal of Soil Science and Plant Nutrition Research", "2024"),  # DOAJ's citation
    ("<dl><dt>Journal Title</dt><dd>Journal of Soil Science and Plant Nutrition Research</dd></dl>",
     "Journal of Soil Science and Plant Nutrition Research", None),  # DOAJ's record
    ("<table><tr><th>資料名:</th><td>農業気象環境研究<span>(Journal of Agro-Meteorological "
     "Environment Research)</span></td></tr></table>", "農業気象環境研究", None),  # J-GLOBAL
    ("<p>Disponible en ligne depuis le vendredi 8 mars 2024</p>", None, "2024-03-08"),  # EM-Consulte
    ("<dl><dt>Journal</dt><dd><a href='/search?q=journal'>BMC geriatrics</a></dd><dt>Year</dt>"
     "<dd>2023</dd></dl>", "BMC geriatrics", "2023"),  # Epistemonikos' field list
    ("<dl><dt>Journaltitle</dt><dd>Journal of Threatened Taxa</dd></dl>",
     "Journal of Threatened Taxa", None),  # archive.org's
    ("<table><tr><th>Publication Year:</th><td>2023</td></tr></table>", None, "2023"),  # BASE
    ("<table><tr><td><a href='/index'>JOURNAL</a></td></tr><tr><td><a href='/current'>CURRENT "
     "ISSUE</a></td></tr></table>", None, None),  # a journal's menu: no field
    ("<div>Early Access DEC 2023</div><div>Published MAR 2024</div>", None, "2024-03"),  # WoS
    ("<table><tr><td>Volume 20, Issue 1 (January 2024)</td></tr></table>", None, "2024-01"),
    ("<table><tr><td>Completed Date:</td><td>2023</td></tr></table>", None, "2023"),  # a thesis
    ("<dl><dt>Pub Date:</dt><dd>March 2024</dd></dl>", None, "2024-03"),  # ADS
    ("<p>Online publication date: Tue, 16-Jan-2024</p>", None, "2024-01-16"),  # Inderscience
    ("<p>Published in 2019 by the society, the atlas ran to three volumes.</p>", None, None),
])
def test_journal_and_date_a_page_shows_without_metadata(shown: str, journal: str | None,
                                                        published: str | None) -> None:
    body = f"<h1>Walking to work and diabetes</h1>{shown}<h2>Abstract</h2><p>{ABSTRACT}</p>"
    rec = clean(page(TITLED, body))
    assert (rec.journal, rec.published) == (journal, published)


@pytest.mark.parametrize("head, journal", [
    # OJS and OPS: the source's name with its address or ISSN beside it
    ("<meta name='DC.Source' content='Jxiv'><meta name='DC.Source.URI' "
     "content='https://jxiv.jst.go.jp/index.php/jxiv'>", "Jxiv"),
    ("<meta name='DC.Source' content='Revista Ambiente'><meta name='DC.Source.ISSN' "
     "content='1980-993X'>", "Revista Ambiente"),
    # Atypon: the article's DOI address; DSpace: the institution, with nothing beside it
    ("<meta name='dc.Source' content='https://doi.org/10.1212/WNL.0000000000209318'>"
     "<meta name='dc.Source.URI' content='https://www.neurology.org'>", None),
    ("<meta name='DC.source' content='Universidad Nacional Agraria de la Selva Alta'>", None),
])
def test_dublin_cores_source_as_the_journal(head: str, journal: str | None) -> None:
    body = f"<h1>Walking to work and diabetes</h1><h2>Abstract</h2><p>{ABSTRACT}</p>"
    assert clean(page(TITLED + head, body)).journal == journal


_SITE = "<meta property='og:site_name' content='{}'>"


@pytest.mark.parametrize("tag, head, banner, journal", [
    ("Walking to work and diabetes | Management Science", "", "Management Science",
     "Management Science"),  # INFORMS: the journal's banner over the article
    ("Walking to work and diabetes: Journal of Urban Health: Vol 59, No 11", "", "",
     "Journal of Urban Health"),  # Taylor & Francis: the volume after it
    ("Walking to work and diabetes | Management Science", "", "", None),  # not shown: no evidence
    ("Walking to work and diabetes | ScienceDirect", "", "ScienceDirect", None),  # a platform
    ("Walking to work and diabetes - Jane Roe, Max Poe, 2024", "", "", None),  # SAGE: names, year
    # the site naming itself so: a journal's name (Science), not a server's (TechRxiv)
    ("Walking to work and diabetes | Science", _SITE.format("Science"), "", "Science"),
    ("Walking to work and diabetes | TechRxiv", _SITE.format("TechRxiv"), "", None),
])
def test_the_journal_a_title_tag_names(tag: str, head: str, banner: str,
                                       journal: str | None) -> None:
    body = (f"<div class='banner'>{banner}</div><h1>Walking to work and diabetes</h1>"
            f"<h2>Abstract</h2><p>{ABSTRACT}</p>")
    assert clean(page(f"<title>{tag}</title>{head}", body)).journal == journal


@pytest.mark.parametrize("below, published", [
    ("<h2>Information</h2><p>Accepted: January 22, 2024</p><p>Published online: February 26, "
     "2024</p><p>Published in issue: March 5, 2024</p>", "2024-02-26"),
    ("<h2>Related</h2><p>Their study was published online: see March 5, 2024 issue.</p>", None),
])
def test_the_published_online_line_below_the_abstract(below: str, published: str | None) -> None:
    """PNAS: the article's dates below its abstract, past the head the other fields are read in."""
    notes = "".join(f"<p>Note {k} on the figure.</p>" for k in range(45))
    body = (f"<h1>Walking to work and diabetes</h1><h2>Abstract</h2><p>{ABSTRACT}</p>"
            f"{notes}{below}")
    assert clean(page(TITLED, body)).published == published


def test_a_published_in_heading_over_dates_names_no_journal() -> None:
    """SAGE: 'Published In' heads the article's dates, not the journal's name."""
    body = (f"<h1>Walking to work and diabetes</h1><h2>Abstract</h2><p>{ABSTRACT}</p>"
            "<h3>Published In</h3><div>Article first published online: March 27, 2024<br>"
            "Issue published: September 2024</div>")
    assert clean(page(TITLED, body)).journal is None


def test_a_bibliography_person_page_is_no_article() -> None:
    """DBLP's page of a researcher: her works, each with its DOI, authors and venue. Its
    og:type says 'profile'; flattened, its furniture says so ('Person information', 'Other
    persons with the same name', 'Refine list')."""
    works = "".join(
        f"<li><a href='https://doi.org/10.1145/36549{k}'>electronic edition via DOI</a>"
        f"<cite>Renata Lindqvist, Jonas Ehrlich: Paths and Joins in Graph Store {k}. "
        f"Proc. VLDB Endow. 17({k}): 2203-2216 (2024)</cite></li>" for k in range(1, 9))
    body = (f"<h1>Renata Lindqvist 0002</h1><p>Uppsala University, Sweden</p>"
            f"<h2>Person information</h2><p>affiliation: Uppsala University</p>"
            f"<h2>Other persons with the same name</h2><p>Refine list</p><ul>{works}</ul>")
    html = page("<meta property='og:type' content='profile'>"
                "<meta property='og:title' content='Renata Lindqvist 0002'>", body)
    rec = clean(html)
    assert "not-an-article" in rec.warnings and rec.abstract is None
    text = ("Renata Lindqvist 0002\n\nUppsala University, Sweden\n\nPerson information\n\n"
            "affiliation: Uppsala University\n\nOther persons with the same name\n\nRefine list\n\n"
            + "\n\n".join(f"Renata Lindqvist, Jonas Ehrlich:\nPaths and Joins in Graph Store {k}. "
                          f"Proc. VLDB Endow. 17({k}): 2203-2216 (2024)\nelectronic edition via DOI"
                          for k in range(1, 9)))
    rec = clean(text)
    assert "not-an-article" in rec.warnings and rec.abstract is None


def test_a_german_byline_with_academic_titles() -> None:
    """Springer Medizin: 'verfasst von:' and a title before some names ('PD Dr. med.')."""
    text = ("12.03.2024 | Originalien\n\nHigh-Flow-Nasensauerstoff bei adipösen Patienten\n\n"
            "verfasst von: Dr. med. Lena Hartmann, Florian Beck, Aylin Demir, PD Dr. med. "
            "Stefan Kurz, Prof. Dr. med. Ruth Obermaier\n\nZusammenfassung\n\n"
            "Bei Adipositas ist die Apnoetoleranz nach Narkoseeinleitung verkürzt, und wir haben "
            "in einer randomisierten Studie an 96 Erwachsenen die sichere Apnoezeit gemessen.\n")
    rec = clean(text)
    assert rec.authors == ("Lena Hartmann", "Florian Beck", "Aylin Demir", "Stefan Kurz",
                           "Ruth Obermaier")


def test_authors_before_the_proceedings_they_appeared_in() -> None:
    """CVF's open-access page: 'A, B, C, D; Proceedings of the ... (ICCV), 2023, pp. ...'."""
    text = ("Event-Guided Optical Flow in Low Light\n\nMatteo Ferraresi, Keiko Tanabe, Oluwaseun "
            "Adeyemi, Dmitri Volkov; Proceedings of the IEEE/CVF International Conference on "
            "Computer Vision (ICCV), 2023, pp. 18342-18352\n\nAbstract\n\nOptical flow in low "
            "light is hard for frame cameras, and we show that events guide it well across "
            "twelve scenes recorded at night in three cities.\n")
    assert clean(text).authors == ("Matteo Ferraresi", "Keiko Tanabe", "Oluwaseun Adeyemi",
                                   "Dmitri Volkov")


def test_affiliation_letters_that_are_links_inside_a_superscript() -> None:
    """EM-Consulte: '<span>C. Vautrin<sup><a>a</a>, <a>*</a></sup></span>': the letter is a
    link's, and a name's second mark ('Marchal a, b') stands between commas on its own."""
    authors = ("<div class='auteurs'><span>C. Vautrin<sup><a href='#aff1'>a</a>, "
               "<a href='#cor1'>*</a></sup></span>, <span>M. Haddad<sup><a href='#aff2'>b</a>"
               "</sup></span>, <span>J.-P. Marchal<sup><a href='#aff1'>a</a>, <a href='#aff2'>b"
               "</a></sup></span></div>")
    body = f"<h1>Walking to work and diabetes</h1>{authors}<h2>Abstract</h2><p>{ABSTRACT}</p>"
    rec = clean(page(TITLED, body))
    assert rec.authors == ("C. Vautrin", "M. Haddad", "J.-P. Marchal")


def _ojs_page(section: str, tag: str = "DC.Type.articleType") -> str:
    """An OJS article page: the section named in a tag and shown in the sidebar's field."""
    head = (f"{TITLED}<meta name='{tag}' content='{section}'>"
            "<meta name='citation_journal_title' content='Current Example Science'>")
    body = ("<ol class='breadcrumbs'><li><a href='/'>Home</a></li><li><a href='/issue'>Archives"
            "</a></li><li class='current'>Vol. 126 No. 8 (2024)</li></ol>"
            "<article class='obj_article_details'><h1 class='page_header'>Walking to work and "
            "diabetes</h1><ul class='authors'><li><span class='name'>Jane Roe</span></li></ul>"
            f"<section class='item abstract'><h2 class='label'>Abstract</h2><p>{ABSTRACT}</p>"
            "</section><div class='item issue'><section class='sub_item'><h2 class='label'>"
            "Issue</h2><div class='value'>Vol. 126 No. 8 (2024)</div></section>"
            "<section class='sub_item'><h2 class='label'>Section</h2><div class='value'>"
            f"{section}</div></section></div></article>")
    return page(head, body)


def test_an_ojs_section_shown_and_tagged_is_the_articles_type() -> None:
    """OJS writes the article's section in DC.Type.articleType and shows it in its 'Section'
    field; a section the type rules know is the type the page shows."""
    rec = clean(_ojs_page("Research Communications"))
    assert rec.article_types == ("Research Communications",)
    # (shown elsewhere than in a field: as the breadcrumb's last step, the tag names it)
    html = _ojs_page("Research Communications").replace(
        "<h2 class='label'>Section</h2>", "").replace(
        "<li class='current'>Vol. 126 No. 8 (2024)</li>",
        "<li>Vol. 126 No. 8 (2024)</li><li class='current'>Research Communications</li>")
    rec = clean(html)
    assert rec.article_types == ("Research Communications",)
    assert rec.provenance["article_types"] == "meta:dc.type.articletype"


@pytest.mark.parametrize("section", ["Articles", "Ciências da Saúde",
                                     "AAAI Technical Track on Data Mining"])
def test_an_ojs_default_or_subject_section_is_no_type(section: str) -> None:
    """Must not fire: OJS's default section ('Articles', which holds every kind of piece),
    a subject or a conference's track."""
    assert clean(_ojs_page(section)).article_types == ()


def test_a_type_tag_the_page_does_not_show_is_no_type() -> None:
    """Must not fire: a tag's type that the page shows nowhere (its sections list no field
    of it) is the metadata's, not one a reader sees."""
    html = _ojs_page("Research Communications").replace(
        "<section class='sub_item'><h2 class='label'>Section</h2><div class='value'>"
        "Research Communications</div></section>", "")
    assert "Research Communications</" not in html
    assert clean(html).article_types == ()


def test_ajrs_clinical_impact_is_the_last_section_of_its_abstract() -> None:
    """AJR closes its structured abstracts with 'CLINICAL IMPACT.': a section, labelled as
    the others are, not a paragraph with its label left in the text."""
    parts = [("BACKGROUND", "Dense breasts hide cancers on mammograms."),
             ("CONCLUSION", "Supplemental CEM found small node-negative cancers."),
             ("CLINICAL IMPACT", "CEM is a feasible alternative to MRI for screening.")]
    body = "".join(f"<div role='paragraph'><b>{label}.</b> {text}</div>" for label, text in parts)
    rec = clean(page(TITLED, f"<h1>Walking to work and diabetes</h1><section id='abstract' "
                             f"role='doc-abstract'><h2>Abstract</h2>{body}</section>"))
    assert [(s.label, s.text) for s in rec.abstract_sections] == parts


@pytest.mark.parametrize("container", [
    # Frontiers: the abstract's box holds the title and authors above its text, no heading
    "<div class='JournalAbstract'><h1>{title}</h1><div class='authors'>Jane Roe and Max Poe"
    "</div><p>{abstract}</p></div>",
    # the same with the box's own 'Abstract' heading between
    "<div class='JournalAbstract'><h1>{title}</h1><div class='authors'>Jane Roe and Max Poe"
    "</div><h2>Abstract</h2><p>{abstract}</p></div>",
])
def test_a_title_inside_the_abstracts_box_is_the_title(container: str) -> None:
    """Without metadata, the title is found inside the element marked as the abstract's, not
    in the header bar above it ('Sec. Aquatic Microbiology')."""
    title = "Seasonal succession of diazotrophic cyanobacteria in a eutrophic boreal lake"
    body = ("<h2>ORIGINAL RESEARCH article</h2>"
            "<div class='header-bar'><span>Front. Microbiol., 21 June 2023</span></div>"
            "<div class='header-bar'><span>Sec. Aquatic Microbiology</span></div>"
            + container.format(title=title, abstract=ABSTRACT))
    rec = clean(page(body=body))
    assert (rec.title, rec.abstract) == (title, ABSTRACT)


def test_a_header_inside_a_box_named_article_is_the_articles_own() -> None:
    """Old nature.com: the title, type and DOI sit in a <header> inside '<div class="article
    letter">'; the site's own <header> above it is still dropped."""
    title = "Nitrogen-fixing gut symbionts sustain a desert beetle on a poor diet"
    body = ("<div id='content' class='article'><div class='article letter'><header>"
            "<dl class='citation'><dd class='article-type'>Letter</dd></dl>"
            f"<h1 class='article-heading'>{title}</h1>"
            "<dl class='citation dates'><dt>DOI:</dt><dd>doi:10.1038/nature13409</dd></dl>"
            f"</header><h2>Abstract</h2><p>{ABSTRACT}</p></div></div>")
    rec = clean(page(body=body))
    assert (rec.title, rec.article_types, rec.doi) == (title, ("Letter",), "10.1038/nature13409")
    assert [r.text for r in rec.removed if r.rule == "html/site-header"] == [
        "Example Press Journals"]  # (CHROME's, outside the box)


@pytest.mark.parametrize("badge, title_tag, want", [
    # Hyrax's visibility label inside the <h1>; the <title> gives the title without it
    ("Public", "Article | {title} | ID: 7p88cj54t | ScholarShare", "{title}"),
    # a title whose <title> ends in the same word keeps it
    ("Ponds", "{title} Ponds | ScholarShare", "{title} Ponds"),
])
def test_a_badge_after_the_title_in_its_heading_comes_off(badge: str, title_tag: str,
                                                         want: str) -> None:
    title = "Winter road-salt pulses leave a chloride legacy in suburban retention"
    body = (f"<h1>{title} <span class='label label-success'>{badge}</span></h1>"
            f"<p>Jane Roe, Max Poe</p><h2>Abstract</h2><p>{ABSTRACT}</p>")
    rec = clean(page(f"<title>{title_tag.format(title=title)}</title>", body))
    assert rec.title == want.format(title=title)


@pytest.mark.parametrize("markup", [
    # PNAS: two boxes marked as abstracts, the first its significance statement
    "<section role='doc-abstract'><h2>Significance</h2><div role='paragraph'>{box}</div>"
    "</section><section role='doc-abstract'><h2>Abstract</h2><div role='paragraph'>"
    "{abstract}</div></section>",
    # one box holding both, each under its heading
    "<section role='doc-abstract'><h2>Significance</h2><p>{box}</p><h2>Abstract</h2>"
    "<p>{abstract}</p></section>",
    # Science: the editor's summary first, its apostrophe curly
    "<section role='doc-abstract'><h2>Editor’s summary</h2><div role='paragraph'>{box}</div>"
    "</section><section role='doc-abstract'><h2>Abstract</h2><div role='paragraph'>"
    "{abstract}</div></section>",
])
def test_a_significance_box_marked_as_an_abstract_is_not_the_abstract(markup: str) -> None:
    box = ("Tropical forests return about a third of land precipitation to the atmosphere; we "
           "show that transpiration stays low for years after a drought ends.")
    body = ("<h1>Drought legacy in tropical forests</h1>" + markup.format(box=box, abstract=ABSTRACT)
            + "<h2>Introduction</h2><p>Droughts are becoming more frequent in the tropics.</p>")
    assert clean(page(body=body)).abstract == ABSTRACT


def test_a_forms_controls_between_the_abstract_heading_and_its_text_are_passed_over() -> None:
    """ProQuest: a translation widget's buttons and label sit under the 'Abstract' heading, then
    its note, then the text (markup without class names, so no element rule drops them)."""
    body = ("<h1>Hydraulic redistribution by juniper on karst soils</h1><h2>Abstract</h2>"
            "<div><button>Translate</button><label>Translate from English to:</label>"
            "<select><option>French</option></select><button>Translate</button></div>"
            "<p>Translations are machine-generated and are provided for convenience only. They "
            "may not be accurate.</p>"
            f"<p>{ABSTRACT}</p><h2>Details</h2><div>Subject</div><div>Ecology</div>")
    assert clean(page(body=body)).abstract == ABSTRACT


def test_a_korean_title_tags_journal_after_a_hyphen_set_on_to_it() -> None:
    """KoreaScience without metadata: its <title> ends 'Title -Journal | Korea Science', so the
    Korean title over its English translation is the page's own."""
    korean = "태풍 조건에서 반잠수식 부유식 해상풍력발전기 계류선의 피로손상 평가"
    english = ("Fatigue Damage Assessment of Mooring Lines for a Semi-submersible Floating "
               "Offshore Wind Turbine under Typhoon Conditions")
    body = (f"<h2>한국해양공학회지</h2><h3>{korean}</h3><p>{english}</p><p>김민수; 이정훈</p>"
            f"<h4>초록</h4><p>{ABSTRACT}</p>")
    rec = clean(page(f"<title>{korean} -한국해양공학회지 | Korea Science</title>", body))
    assert rec.title == korean


def test_the_first_block_of_an_html_page_may_be_its_title() -> None:
    """The <title> of an HTML page is no block: a page that opens with its <h1> (BazHum without
    metadata) has the <title>'s evidence for it, as a flattened page's first line has none."""
    polish = "Księga cechu szewców toruńskich z lat 1631–1689 jako źródło do badań nad migracjami"
    english = "The book of the Toruń shoemakers' guild of 1631–1689 as a source for migration studies"
    body = (f"<h1>{polish}</h1><p>{english}</p><table><tr><th>Autorzy</th>"
            "<td>Katarzyna Wierzbicka, Tomasz Grabarczyk</td></tr><tr><th>Czasopismo</th>"
            f"<td>Zapiski Historyczne</td></tr></table><h2>Abstract</h2><p>{ABSTRACT}</p>")
    rec = clean(page(f"<title>{polish} | Zapiski Historyczne | BazHum</title>", body))
    assert rec.title == polish


def test_xmp_text_shows_as_written_one_line_a_block() -> None:
    """Garuda sets titles and abstracts in the old <xmp>, whose line breaks show as <pre>'s
    do: the 'Abstrak' label, the text and the keyword line are lines of their own."""
    body = ("<div class='title-article'><xmp>Walking to work and diabetes</xmp></div>"
            f"<div class='abstract-article'><xmp>Abstrak\n{ABSTRACT}\n\n"
            "Kata kunci: walking, diabetes, cohort</xmp></div>")
    rec = clean(page(body=body))
    assert (rec.title, rec.abstract) == ("Walking to work and diabetes", ABSTRACT)
    assert rec.keywords == ("walking", "diabetes", "cohort")


def test_authors_cards_with_their_institutions_under_a_title_in_a_plain_box() -> None:
    """No metadata, a <title> naming only the site, the title in a plain box: the authors'
    cards under it ('Name (Institution)') speak for it, not the publisher's name in the
    record's table (a faculty's, 'Fakultas ...'), which the page shows twice. A card whose
    institution holds no word we know still counts in a list of cards that do; the table's
    'Publish Date' / ':' / date cells give the date."""
    cells = "".join(f"<tr><td>{k}</td><td>:</td><td>{v}</td></tr>" for k, v in (
        ("Publish Date", "29 Dec 2023"), ("Journal", "Jurnal Contoh"),
        ("Publisher", "Fakultas Pertanian Universitas Contoh")))
    body = ("<div class='title-article'>WALKING TO WORK AND DIABETES IN A COHORT OF ADULTS</div>"
            "<div class='author-article'>Rahmawati Siregar (Universitas Contoh)</div>"
            "<div class='author-article'>Dedi Kurniawan (Universitas Contoh)</div>"
            "<div class='author-article'>Fitri Lubis (Balai Pengkajian Pertanian)</div>"
            f"<div class='subtitle-article'>Article Info</div><table>{cells}</table>"
            f"<div class='subtitle-article'>Abstract</div><div class='abstract-article'>{ABSTRACT}"
            "</div><div class='subtitle-article'>Journal Info</div><table><tr><td>Publisher</td>"
            "<td>Fakultas Pertanian Universitas Contoh</td></tr></table>")
    rec = clean("<!DOCTYPE html><html><head><title>Garuda - Garba Rujukan Digital</title>"
                f"</head><body>{body}{CHROME}</body></html>")
    assert rec.title == "WALKING TO WORK AND DIABETES IN A COHORT OF ADULTS"
    assert rec.authors == ("Rahmawati Siregar", "Dedi Kurniawan", "Fitri Lubis")
    assert rec.published == "2023-12-29"


@pytest.mark.parametrize(("line", "name"), [
    ("Fitri Handayani Lubis (Balai Pengkajian Teknologi Pertanian Riau)", "Fitri Handayani Lubis"),
    ("Jane Roe (2019)", None),  # a year, not an institution
    ("Results (continued)", None),  # no name
])
def test_a_name_before_brackets(line: str, name: str | None) -> None:
    from cleanabstract.labels import name_before_brackets

    assert name_before_brackets(line) == name


def test_the_metadatas_keywords_in_the_abstracts_script_over_shown_english_ones() -> None:
    """ThaiJO: a Thai abstract, its Thai keywords in the metadata, the English ones shown:
    the keywords in the abstract's script are the article's own."""
    thai = ["ใบมันสำปะหลังหมัก", "แพะเนื้อ", "กากถั่วเหลือง"]
    head = "".join(f'<meta name="citation_keywords" xml:lang="th" content="{k}">' for k in thai)
    body = ("<h1>ผลของการใช้ใบมันสำปะหลังหมักทดแทนกากถั่วเหลืองในอาหารข้นต่อแพะเนื้อ</h1>"
            "<section class='abstract'><h2>บทคัดย่อ</h2><p>การศึกษานี้มีวัตถุประสงค์เพื่อประเมินผล "
            "ของการใช้ใบมันสำปะหลังหมัก ทดแทนกากถั่วเหลือง ในอาหารข้น ต่อสมรรถภาพการเจริญเติบโต "
            "ของแพะเนื้อ โดยใช้แพะเนื้อเพศผู้ จำนวน 24 ตัว อายุประมาณ 6 เดือน เป็นเวลา 90 วัน "
            "ผลการศึกษาพบว่า การทดแทนกากถั่วเหลือง ด้วยใบมันสำปะหลังหมัก ที่ระดับร้อยละ 50 "
            "ไม่มีผลต่อน้ำหนักตัวที่เพิ่มขึ้น และช่วยลดต้นทุนค่าอาหาร</p></section>"
            "<p>Keywords: ensiled cassava leaves; meat goat; soybean meal</p>")
    rec = clean(page(head, body))
    assert rec.keywords == tuple(thai)
    assert rec.language == "th"


def test_a_library_databases_tag_and_notice_are_no_part_of_the_abstract() -> None:
    """EBSCOhost's detailed record: '[ABSTRACT FROM AUTHOR]' run on to the abstract's end, and
    the database's copyright notice in the same cell."""
    body = ("<dl><dt>Title:</dt><dd>Walking to work and diabetes.</dd><dt>Abstract:</dt><dd>"
            f"<div class='abstract-text'>{ABSTRACT} [ABSTRACT FROM AUTHOR]</div>"
            "<div class='abstract-copyright'>Copyright of Journal of Examples is the property of "
            "Example Press and its content may not be copied or emailed to multiple sites or "
            "posted to a listserv without the copyright holder's express written permission. "
            "However, users may print, download, or email articles for individual use. This "
            "abstract may be abridged. (Copyright applies to all Abstracts.)</div></dd></dl>")
    assert clean(page(TITLED, body)).abstract == ABSTRACT


def test_a_chapters_continuing_education_box_is_no_abstract() -> None:
    """NCBI Bookshelf's StatPearls chapter: no abstract, a CE course's summary under
    'Continuing Education Activity' and then the body from 'Introduction' on; its book's
    name, less the catalogue's '[Internet]', is the record's journal."""
    head = ("<meta name='citation_title' content='Walking to work and diabetes'>"
            "<meta name='citation_inbook_title' content='StatPearls [Internet]'>"
            "<meta name='citation_author' content='Jane Roe'>")
    body = ("<h1>Walking to work and diabetes</h1><p class='contribs'>Authors Jane Roe.</p>"
            "<p class='small'>Last Update: March 2, 2024.</p>"
            f"<h2>Continuing Education Activity</h2><p>{ABSTRACT} This activity reviews the "
            "evidence and the role of the interprofessional team.</p><p>Objectives:</p><ul>"
            "<li>Identify the benefits of walking to work.</li></ul>"
            f"<h2>Introduction</h2><p>{ABSTRACT} Most adults in cities drive to work, and few "
            "walk any part of the way, though many live within two kilometres.</p>")
    rec = clean(page(head, body))
    assert rec.abstract is None and "no-abstract" in rec.warnings
    assert rec.journal == "StatPearls"


@pytest.mark.parametrize(("source", "journal", "published"), [
    ("Journal of Examples. Feb2024, Vol. 22 Issue 1, p88-104. 17p.", "Journal of Examples",
     "2024-02"),  # EBSCOhost's 'Source:' field
    ("Journal of Examples. 86.7 (Mar. 2024): p16.", "Journal of Examples", "2024-03"),  # Gale's
])
def test_a_databases_source_line_names_journal_and_date(source: str, journal: str,
                                                         published: str) -> None:
    """No metadata: the journal and date come from the record's citation of itself, in the
    styles of the library databases (the journal, then the issue's date)."""
    body = (f"<dl><dt>Title:</dt><dd>Walking to work and diabetes</dd><dt>Source:</dt>"
            f"<dd>{source}</dd><dt>Abstract:</dt><dd>{ABSTRACT}</dd></dl>")
    rec = clean(page(TITLED, body))
    assert (rec.journal, rec.published) == (journal, published)


@pytest.mark.parametrize(("fields", "journal", "published"), [
    ((("Quelle", "BMC geriatrics"), ("Erscheinungsdatum", "2024-05-11")), "BMC geriatrics",
     "2024-05-11"),  # LIVIVO
    ((("Ingår i", "Building and Environment. - : Elsevier. - 0360-1323 .- 1873-684X. ; 252"),),
     "Building and Environment", None),  # SwePub's ISBD
    ((("Tidsskrift", "Tidsskrift for Den norske legeforening"), ("Publiseringsår", "2024")),
     "Tidsskrift for Den norske legeforening", "2024"),  # Cristin
    ((("Journal", "Schweizerische Zeitschrift für Forstwesen = Swiss forestry journal"),),
     "Schweizerische Zeitschrift für Forstwesen", None),  # a parallel title
])
def test_a_catalogues_journal_and_date_fields_in_its_own_language(fields: tuple, journal: str,
                                                                   published: str | None) -> None:
    """No metadata: a library catalogue's record names the journal and date in fields whose
    labels are in its own language, each label over its value."""
    rows = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in fields)
    body = (f"<h1>Walking to work and diabetes</h1><dl>{rows}</dl><h2>Abstract</h2><p>{ABSTRACT}</p>")
    rec = clean(page(TITLED, body))
    assert (rec.journal, rec.published) == (journal, published)


def test_a_library_records_description_field_is_its_abstract() -> None:
    """Ex Libris Primo's full record: no abstract heading, the abstract is the value of the
    'Description' field among the record's details, far below the title."""
    details = "".join(f"<div class='item-details-element'>{t}</div>" for t in (
        "Title", "Walking to work and diabetes", "Author", "Roe, Jane", "Subject", "Walking",
        "Diabetes", "Commuting", "Cohort studies", "Public health", "Physical activity",
        "Urban health", "Description", ABSTRACT + " We discuss what this means for city "
        "transport policy and for the design of workplaces that people can walk to.",
        "Is Part Of", "Journal of Examples, 2023, Vol.31 (4), p.1017-1034",
        "Identifier", "DOI: 10.1007/s10040-023-02631-8"))
    tools = "".join(f"<button>{t}</button>" for t in ("Citation", "Permalink", "Email", "Print"))
    body = ("<div class='media-content-type'>Article</div><h3 class='item-title'>Walking to work "
            f"and diabetes</h3><div>Roe, Jane</div><h2>Send to</h2>{tools}"
            + "".join(f"<p class='item-coverage'>Available from {y} volume: {y - 1990}.</p>"
                      for y in range(1997, 2012)) + f"<h2>Details</h2>{details}")
    rec = clean(page("", body))
    assert rec.abstract and rec.abstract.startswith(ABSTRACT)


def test_a_shops_description_is_no_abstract() -> None:
    """A product page's 'Description' over long prose: no scholarly page, so no abstract."""
    body = ("<h1>Organic chemistry workbook, 3rd edition</h1><p>€ 39,95</p><button>Add to cart"
            "</button><div>Description</div><div>This workbook takes students through reaction "
            "mechanisms step by step. Each chapter ends with exercises and worked answers, and "
            "the new edition adds forty problems on spectroscopy for first-year courses.</div>")
    shop = ("<!DOCTYPE html><html><head><title>Organic chemistry workbook | Example Books</title>"
            f"</head><body>{body}<footer><p>Example Books Ltd. Free delivery on orders over €20. "
            "Returns within 30 days. Customer service: mail us any time.</p></footer></body></html>")
    rec = clean(shop)
    assert rec.abstract is None and "not-an-article" in rec.warnings


def test_worldcats_publication_line_names_journal_and_date() -> None:
    body = ("<h1>Walking to work and diabetes</h1><p><span>Publication:</span> Journal of Examples, "
            f"v134 (March 2024): 106097</p><h2>Abstract</h2><p>{ABSTRACT}</p>")
    rec = clean(page(TITLED, body))
    assert (rec.journal, rec.published) == ("Journal of Examples", "2024-03")


LONG_ABSTRACT = ("Video diffusion transformers generate high-quality clips, but their cost grows "
                 "quadratically with the number of spatiotemporal tokens. We merge tokens whose "
                 "frequency content is alike across frames, without any training, and restore "
                 "them before each output layer. On two benchmarks sampling is 1.8 times as fast "
                 "with no measurable loss in quality.")


@pytest.mark.parametrize(("ids", "arxiv_id"), [
    # Papers with Code: the paper's 'PDF' and 'Abstract' buttons, one paper in two versions
    (("2403.14592v1.pdf", "2403.14592v1"), "2403.14592"),
    # must not fire: links to two papers name no one paper
    (("2403.14592v1.pdf", "2311.01234"), None),
])
def test_an_index_pages_links_to_its_paper_on_arxiv(ids: tuple[str, str], arxiv_id: str | None) -> None:
    """A paper's page on an index (Papers with Code) shows its title, authors and abstract with
    no heading and no metadata; its buttons link to the paper on arXiv."""
    body = ("<h1>Frequency-aware token merging for video diffusion transformers</h1>"
            "<p>21 Mar 2024 · Jane Roe, Max Poe</p>"
            f"<div class='paper-abstract'><p>{LONG_ABSTRACT}</p>"
            f"<a href='https://arxiv.org/pdf/{ids[0]}'>PDF</a>"
            f"<a href='https://arxiv.org/abs/{ids[1]}'>Abstract</a></div>"
            "<h4>Code</h4><p>roe-lab/freqmerge</p><h4>Tasks</h4><p>Video Generation</p>")
    rec = clean(page("<title>Papers with Code - Frequency-aware token merging</title>", body))
    assert rec.arxiv_id == arxiv_id
    if arxiv_id is not None:
        assert rec.abstract == LONG_ABSTRACT
        assert rec.authors == ("Jane Roe", "Max Poe")  # (the date before them aside)


@pytest.mark.parametrize(("entries", "article"), [
    (3, False),  # a lab's publications page: each work with its BibTeX entry
    (1, True),  # must not fire: an article page's own export
])
def test_a_list_of_works_with_bibtex_entries_is_no_article(entries: int, article: bool) -> None:
    works = "".join(
        f"<li><p>Drought legacy number {k} in rhizosphere networks</p><p>Jane Roe, Max Poe</p>"
        + (f"<div class='abstract'><h3>Abstract</h3><p>{ABSTRACT}</p></div>" if k == 0 else "")
        + "<p>The ISME Journal, 18(1), 2024</p>"
        f"<a href='https://doi.org/10.1093/ismejo/wrae04{k}'>"
        f"DOI</a><pre>@article{{roe2024drought{k},\ntitle = {{Drought legacy number {k}}},\n"
        f"doi = {{10.1093/ismejo/wrae04{k}}}\n}}</pre></li>" for k in range(entries))
    body = (f"<h1>publications</h1><ul>{works}</ul>" if not article else
            f"<h1>Drought legacy in rhizosphere networks</h1><p>Jane Roe, Max Poe</p>"
            f"<p>doi: 10.1093/ismejo/wrae040</p>{ABSTRACT_SECTION}<ul>{works}</ul>")
    rec = clean(page("", body))
    assert ("not-an-article" in rec.warnings) is not article
    assert (rec.abstract == ABSTRACT) is article  # (not the first entry's, on a list)


@pytest.mark.parametrize(("url", "shown", "doi"), [
    # Sciety's address names the preprint; the page shows its DOI only in links to many
    ("https://sciety.org/articles/activity/10.1101/2024.02.27.24303415", "", "10.1101/2024.02.27.24303415"),
    ("https://onlinelibrary.wiley.com/doi/full/10.1002/eco.2671?af=R", "", "10.1002/eco.2671"),
    # must not fire: the DOI the page shows wins; a query's pseudo-DOI is none (CiteSeerX)
    ("https://onlinelibrary.wiley.com/doi/full/10.1002/eco.2671", "<p>doi: 10.1002/eco.2680</p>",
     "10.1002/eco.2680"),
    ("https://citeseerx.ist.psu.edu/viewdoc/summary?doi=10.1.1.45.1234", "", None),
])
def test_the_doi_in_the_pages_own_address(url: str, shown: str, doi: str | None) -> None:
    body = (f"<h1>Walking to work and diabetes</h1><p>Jane Roe, Max Poe</p>{shown}"
            f"{ABSTRACT_SECTION}")
    assert clean(page("", body), url=url).doi == doi


def test_each_paragraph_marked_as_the_abstract_is_one_abstract() -> None:
    """JMLR marks each paragraph of the abstract ('<p class="abstract">'): side by side they
    are one abstract, not an abstract and its translation."""
    second = "We further extend the procedure to the class-conditional setting and test it twice."
    body = (f"<h2>Conformal prediction under label shift</h2><h3>Abstract</h3>"
            f"<p class='abstract'>{ABSTRACT}</p><p class='abstract'>{second}</p>"
            "<p>[abs][pdf][bib]</p>")
    assert clean(page("", body)).abstract == f"{ABSTRACT}\n\n{second}"
