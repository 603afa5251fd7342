"""The record: immutable, JSON-ready, stable field names, identifiers validated."""

from __future__ import annotations

import dataclasses
import json

import pytest

from cleanabstract import Record, clean
from cleanabstract.identifiers import find_arxiv, find_dois, find_pmcid, find_pmid, normalise_doi
from cleanabstract.labels import author_list, cites, is_prose

FIELDS = ["title", "abstract", "abstract_sections", "article_types", "authors", "journal",
          "published", "doi", "pmid", "pmcid", "arxiv_id", "keywords", "language", "url", "site",
          "provenance", "removed", "warnings"]

PAGE = """Review
Journal Article

Interleukin signalling in mucosal immunity.

Gut barrier cells respond to interleukins in ways that shape tolerance and inflammation. \
We review how signalling in epithelial cells is regulated and how it fails in disease, \
with attention to therapeutic targets now in trials.

J Mucosal Biol. 2021 Mar;12(3):101-9. doi: 10.1234/jmb.2021.0042. PMID: 33445566; PMCID: PMC7654321.

Full text links
"""


def test_fields_are_stable_and_json_ready() -> None:
    rec = clean(PAGE)
    data = rec.to_dict()
    assert list(data) == FIELDS
    assert json.loads(rec.to_json()) == data
    assert Record.from_dict(data) == rec


def test_record_is_immutable() -> None:
    rec = clean(PAGE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        rec.title = "x"  # type: ignore[misc]


def test_page_fields_and_provenance() -> None:
    rec = clean(PAGE)
    assert rec.title == "Interleukin signalling in mucosal immunity"
    assert rec.article_types == ("Review", "Journal Article")
    assert (rec.doi, rec.pmid, rec.pmcid) == ("10.1234/jmb.2021.0042", "33445566", "PMC7654321")
    assert rec.provenance["title"].startswith("text:line-")
    assert rec.provenance["abstract"].startswith("text:line-")
    assert rec.language == "en"
    assert [r.rule for r in rec.removed] == ["related/full-text-links"]


@pytest.mark.parametrize("raw, doi", [
    ("https://doi.org/10.1016/S0140-6736(20)30183-5.", "10.1016/S0140-6736(20)30183-5"),
    ("doi:10.7717/peerj.4375", "10.7717/peerj.4375"),
    ("DOI: 10.1038/nature12373).", "10.1038/nature12373"),
    ("10.1000", None),
    # a flattened reference runs its links into its DOI
    ("doi:10.1038/ismej.2010.69pmid:20555365", "10.1038/ismej.2010.69"),
    ("10.1099/ijs.0.02682-0CrossRefPubMedGoogle Scholar", "10.1099/ijs.0.02682-0"),
    ("https://doi.org/10.18632/oncotarget.28589RIS", "10.18632/oncotarget.28589"),  # get_text()
    ("doi:10.1038/ismej.2010.69pmid:20555365.", "10.1038/ismej.2010.69"),
    ("10.1038/x.69PMID: 2055", "10.1038/x.69"),
    ("10.1234/Scopus", "10.1234/Scopus"),  # nothing but a label: the DOI's own suffix
    ("10.18653/v1/P19-1712%U", "10.18653/v1/P19-1712"),  # an Endnote field's tag run on
    # the next identifier's label run on (DiVA's row of spans); a DOI's own capitals stay
    ("DOI: 10.61245/jbl.2024.0217ISI: 001187342600004", "10.61245/jbl.2024.0217"),
    ("10.1175/JCLI-D-11-00123.1: see", "10.1175/JCLI-D-11-00123.1"),
    ("https://doi.org/10.1128/AEM.72.2.1364-1372.2006:", "10.1128/AEM.72.2.1364-1372.2006"),
    # a Handle's name in a repository's address, however like a DOI (Eurographics' DSpace)
    ("https://diglib.eg.org/handle/10.1111/cgf15071", None),
    ("https://hdl.handle.net/10.2312/egs.20211004", None),
    ("https://pubs.acs.org/doi/abs/10.1021/acs.jpcb.1c01234", "10.1021/acs.jpcb.1c01234"),
])
def test_doi_normalised_and_validated(raw: str, doi: str | None) -> None:
    assert normalise_doi(raw) == doi


def test_dois_found_only_where_one_starts() -> None:
    text = "See doi:10.1000/abc.1, x10.1000/nope and (10.1016/j.cell.2020.01.001)."
    assert find_dois(text) == ["10.1000/abc.1", "10.1016/j.cell.2020.01.001"]
    # HAL writes identifiers in angle brackets: '⟨10.1051/jphys:019550016⟩. ⟨jpa-002351⟩'
    assert find_dois("Article Numbere14388\nDOI10.1111/rec.14388") == ["10.1111/rec.14388"]  # glued
    assert find_dois("ISBN 978110.1234/x and 2010.1234/y") == []  # inside longer numbers
    assert find_dois("Roe. Title. 1955, 16 (6). ⟨10.1051/jphys:019550016⟩.") == [
        "10.1051/jphys:019550016"]
    # another identifier's prefix: JMIR's registered report, 'RR2-10.2196/38820'
    assert find_dois("DERR1-10.2196/12345 and RR2-10.2196/38820") == []
    assert find_dois("doi:10.2196/12345 - 10.2196/38820") == ["10.2196/12345", "10.2196/38820"]
    assert find_dois("URI https://doi.org/10.1111/cgf.15071 https://diglib.eg.org/handle/10.1111/cgf15071"
                     ) == ["10.1111/cgf.15071"]


_ABSTRACT = ("We measured the Knight shift in dilute alloys of copper with twelve solutes at four "
             "temperatures and found that it fell with the solute's valence, as theory predicts.")


@pytest.mark.parametrize("tail, doi", [
    ("https://doi.org/10.1530/EC-23-0412", "10.1530/EC-23-0412"),  # its own line, shown once
    ("DOI: 10.1530/EC-23-0412", "10.1530/EC-23-0412"),
    # one DOI, in a reference's citation: another work's
    ("1. Roe A. Thyroid function in pregnancy. Example J 2019; 19: 88-94. DOI: "
     "https://doi.org/10.1530/EC-19-0001.", None),
    ("Similar articles\nhttps://doi.org/10.1530/EC-19-0001", None),  # a listed article's
])
def test_the_one_doi_a_page_shows_far_below_its_head(tail: str, doi: str | None) -> None:
    page = (f"Knight shift in dilute alloys of copper\nJane Doe\nAbstract\n{_ABSTRACT}\n"
            + "Introduction\n" + "The body goes on at length about the alloys.\n" * 60 + tail + "\n")
    assert clean(page).doi == doi


@pytest.mark.parametrize("below_abstract, doi", [
    # a reference's DOI in the body's reference list, a lists' heading far below it
    ("", None),
    # the page's own DOI just under its abstract, the same heading far below
    ("DOI: 10.1530/EC-23-0412", "10.1530/EC-23-0412"),
])
def test_the_head_ends_some_way_below_the_abstract(below_abstract: str, doi: str | None) -> None:
    """Identifiers the page shows far below its abstract, above a 'Citing articles' list, are
    its references' (a full-text page: body, references, then the lists)."""
    page = (f"Knight shift in dilute alloys of copper\nJane Doe\nAbstract\n{_ABSTRACT}\n"
            + (below_abstract + "\n" if below_abstract else "") + "Introduction\n"
            + "The body goes on at length about the alloys.\n" * 60 + "References\n"
            + "Pedrós-Alió, C. & Roe, A. (2010). Bicarbonate assimilation in the dark. ISME J 4, "
              "1581–1590. doi:10.1038/ismej.2010.69pmid:20555365\n"
            + "Citing Articles\nLoad citing article information\n")
    assert clean(page).doi == doi


def test_a_reference_list_opens_no_head_on_a_page_of_headings() -> None:
    """A full-text outline without prose (headings alone, the text behind tabs): its own DOI
    under the journal's line, its references below, one DOI cited twice among them."""
    refs = [f"Roe A, Poe B ({2000 + k}) Cave fauna of the karst {k}. Biota Neotropica 14: 1-28. "
            "doi: 10.1590/1676-06032014011414" for k in range(2)]
    page = "\n".join(["ZooKeys 470: 1-16 (12 Jan 2015)", "doi: 10.3897/zookeys.470.8728",
                      "Article title", "Introduction", "Material and methods", "Discussion",
                      "References", *refs])
    assert clean(page).doi == "10.3897/zookeys.470.8728"


def test_the_pages_citation_of_itself_names_its_doi() -> None:
    """A record page shows a related dataset's DOI and its other versions' above its own; its
    citation of itself says which is its own."""
    page = "\n".join([
        "Soil moisture memory delays spring leaf-out in temperate forests",
        "Roe, Ann; Doe, Ben",
        "Is supplemented by Dataset: 10.5281/zenodo.100557 (DOI)",
        "Abstract",
        "We combined 18 years of PhenoCam and eddy-covariance observations at 40 forest sites to "
        "test whether soil moisture in late winter delays leaf-out in beech and oak stands.",
        "Related works",
        "Dataset: 10.5281/zenodo.100557",
        "Version v1 10.5281/zenodo.100615",
        "Citation",
        "Roe, A., & Doe, B. (2024). Soil moisture memory delays spring leaf-out in temperate "
        "forests (v2). Zenodo. https://doi.org/10.5281/zenodo.104823",
    ])
    assert clean(page).doi == "10.5281/zenodo.104823"


@pytest.mark.parametrize("line, names", [
    ("J. Smith, A.-M. Dupont and K. van der Berg", True),
    ("Smith J, Jones AB, Wang X*, Li Y", True),
    ("Jean-Pierre de la Fontaine, María José García-López, Ngozi Okafor", True),
    # Headings in capitals are no author list (and cost milliseconds of backtracking each).
    ("RENSEIGNEMENTS SUPPLÉMENTAIRES, ADMINISTRATEURS ET MEMBRES DE LA HAUTE DIRECTION, VENTES", False),
    ("Cells were washed, fixed, stained and imaged at 40x", False),
])
def test_author_lists(line: str, names: bool) -> None:
    assert author_list(line) is names


def test_other_identifiers() -> None:
    assert find_pmid("PMID: 12345678") == "12345678"
    assert find_pmid("call 12345678") is None
    assert find_pmid("DOI: 10.1098/x\nPubMed:\n    38471553") == "38471553"  # a label and its value
    assert find_pmid("Age Ageing 2019;48:712-9. [PMID: 31212345]") is None  # a reference's
    assert find_pmid("DOI 10.1186/s12877-023-04287-x\nPubMed 37661234") == "37661234"  # a link's
    assert find_pmid("[PubMed] [Google Scholar]\nPubMed 2023 search") is None  # no PMID's digits
    assert find_pmcid("PMCID: PMC1234567") == "PMC1234567"
    assert find_arxiv("arXiv:2309.01234v2 [cs.LG]") == "2309.01234"
    assert find_arxiv("https://arxiv.org/abs/hep-th/9901001") == "hep-th/9901001"


@pytest.mark.parametrize("shown, kept", [
    ("Review", "Review"), ("ORIGINAL RESEARCH article", "Original Research"),
    ("Focused Review ARTICLE", "Focused Review"), ("Issue Section: Original Article", "Original Article"),
    ("Open AccessArticle", "Article"), ("research article", "Research article"),
    ("RESEARCH ARTICLE", "Research Article"),
    # Slovenia's COBISS typology, its code dropped (dLib)
    ("Tipologija: 1.01 - Izvirni znanstveni članek", "Izvirni znanstveni članek"),
    ("1.04 - Strokovni članek", "Strokovni članek"),
])
def test_type_labels_normalised(shown: str, kept: str) -> None:
    from cleanabstract.fields import normalise_type

    assert normalise_type(shown) == kept


def test_not_an_article_gets_no_guess() -> None:
    page = "\n".join(["Home", "Latest issue", "Most read"] + [
        f"Article number {i} about soils and rivers in the lowlands of the north …" for i in range(8)])
    rec = clean(page)
    assert rec.abstract is None
    assert "not-an-article" in rec.warnings


def test_an_affiliation_line_is_no_author_list() -> None:
    assert not author_list("^a1 Example Research Institute, Example City, UK")
    assert author_list("ADA ROE^a1, BEN POE^a2, CY DOE^a1 and DI LOE^a1")


@pytest.mark.parametrize("text, cited", [
    ("J Clin Med. 2020;9(3):e123. doi: 10.3390/jcm9030123", True),
    ("Lancet 1998 ; 352 (9131): 837-853", True),
    ("Received 2020; revised 2021 (twice): accepted", False),
    ("Follow-up ran from 2019 to 2021 in 3 (of 4) centres", False),
])
def test_citation_lines(text: str, cited: bool) -> None:
    assert cites(text) is cited


@pytest.mark.parametrize("text, prose", [
    ("[S[VO]] is a point of no return in grammar.", True),  # a bracket before the capital
    ("“Quoted words open this short sentence.", True),
    ("[ pdf ] and four more words.", False),
    ("lowercase words do not open a sentence.", False),
])
def test_short_sentences_may_open_with_a_bracket_or_quote(text: str, prose: bool) -> None:
    assert is_prose(text) is prose


@pytest.mark.parametrize(("text", "lang"), [
    ("Xâm nhập mặn ngày càng gia tăng ở vùng đồng bằng ven biển miền Trung đang đe dọa sản "
     "xuất lúa. Nghiên cứu này nhằm đánh giá khả năng chịu mặn của các giống lúa.", "vi"),
    ("การศึกษานี้มีวัตถุประสงค์เพื่อประเมินผลของการใช้ใบมันสำปะหลังหมักทดแทนกากถั่วเหลือง", "th"),
    ("यह अध्ययन भारत में किसानों की आय पर जलवायु परिवर्तन के प्रभाव का मूल्यांकन करता है", "hi"),
    ("Os resultados mostram que a salinidade reduziu o crescimento das plântulas em todas as "
     "variedades avaliadas.", "pt"),  # (no Vietnamese for Portuguese's accents)
])
def test_language_of_vietnamese_thai_and_hindi(text: str, lang: str) -> None:
    from cleanabstract.language import detect

    assert detect(text) == lang


@pytest.mark.parametrize(("text", "lang"), [
    ("Zaraščanje kmetijskih zemljišč je proces, ki ga v Sloveniji pospešuje opuščanje rabe, "
     "zato smo na Banjški planoti primerjali letalske posnetke, ki so bili zajeti med letoma "
     "1975 in 2022, ter ugotovili, kje je gozd napredoval najhitreje.", "sl"),
    ("Tyrimo tikslas – atskleisti, kaip ikimokyklinio ugdymo pedagogai vertina tyrinėjimu "
     "grįstą mokymąsi ir kokias kliūtis jie mato, taip pat kaip jų nuostatos susijusios su "
     "darbo patirtimi.", "lt"),
    # must not move: Croatian, which shares most of Slovenian's shortest words
    ("Cilj rada je utvrditi kako dugotrajne poplave utječu na prirodno pomlađivanje hrasta "
     "lužnjaka te koji čimbenici između ostalog određuju opstanak ponika nakon povlačenja vode.",
     "hr"),
    # Estonian, which shares Finnish's 'ja', 'on' and 'ei', and Finnish itself
    ("HIV-infektsiooni hiline diagnoosimine on seotud suurema haigestumusega ning uuringu "
     "eesmärk oli hinnata, kui paljud juhud diagnoositi hilja ja mis tegurid olid sellega seotud.",
     "et"),
    ("Tutkimuksen tavoitteena oli selvittää, miten potilaat kokevat hoidon ja onko sillä "
     "vaikutusta elämänlaatuun, ja tulokset osoittavat, että hoito on tehokas.", "fi"),
])
def test_language_of_slovenian_and_lithuanian(text: str, lang: str) -> None:
    from cleanabstract.language import detect

    assert detect(text) == lang


@pytest.mark.parametrize(("text", "lang"), [
    ("Aquest article analitza com es reparteixen les hores de lectura entre els estudiants de "
     "primer curs i quins factors les expliquen, amb dades de quatre universitats.", "ca"),
    ("Els resultats mostren que la majoria dels participants prefereix la llengua de la llar, "
     "però també que la tria canvia segons el grup.", "ca"),
    # must not move: Spanish and French, which share most of Catalan's shortest words
    ("Este artículo analiza cómo se reparten las horas de lectura entre los estudiantes de "
     "primer curso y qué factores las explican, con datos de cuatro universidades.", "es"),
    ("Cet article analyse la répartition des heures de lecture entre les étudiants de première "
     "année et les facteurs qui l'expliquent, avec des données de quatre universités.", "fr"),
])
def test_language_of_catalan(text: str, lang: str) -> None:
    """A Catalan abstract, whose accents French writes too, is Catalan: its paragraphs are
    then one abstract, not a French one and its Spanish translation."""
    from cleanabstract.language import detect

    assert detect(text) == lang
