"""The plain-text front end undoes each flattening style into the same blocks."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cleanabstract import RuleSet, clean
from cleanabstract.assemble import label_blocks
from cleanabstract.blocks import PageEvidence
from cleanabstract.fields import own_doi
from cleanabstract.front.text import to_blocks
from cleanabstract.pipeline import _chrome_test

SENTENCE = ("We measured growth of Escherichia coli cells in 40 cultures over ten days and "
            "found that the rate doubled.")


def texts(page: str) -> list[str]:
    return [b.text for b in to_blocks(page)[0]]


def test_soup_fragments_rejoin_into_one_sentence() -> None:
    page = ("Abstract\nWe measured growth of\nEscherichia coli\ncells in 40 cultures over ten "
            "days and found that the rate doubled\n.\nReferences")
    assert texts(page) == ["Abstract", SENTENCE, "References"]


def test_soup_fragments_rejoin_after_a_comma_before_an_aside_and_as_a_ratio() -> None:
    """An italic gene after a list's comma ('class II,' / 'Cd274'), one before an aside in
    brackets ('gene' / 'wbaZ' / '(19%)'), and a ratio set as a subscript ('Aβ' / '42/40',
    which alone reads as a pager's '1/12')."""
    page = ("Abstract\nEnteric glia express major histocompatibility complex class II,\nCd274\n"
            "(encoding PD-L1), and interferon-stimulated genes in the\nadult gut\n. Resistance "
            "arose through loss of the glycosyltransferase gene\nwbaZ\n(19%) and of\nwcaJ\n"
            ", and the plasma Aβ\n42/40\nratio over 3 years fell in 40 adults\n.\nReferences")
    assert texts(page) == [
        "Abstract",
        "Enteric glia express major histocompatibility complex class II, Cd274 (encoding PD-L1), "
        "and interferon-stimulated genes in the adult gut. Resistance arose through loss of the "
        "glycosyltransferase gene wbaZ (19%) and of wcaJ, and the plasma Aβ42/40 ratio over 3 "
        "years fell in 40 adults.",
        "References"]
    # (a name after a comma is no fragment: it starts a line of its own)
    names = "Abstract\nWe thank the staff of the unit,\nJane Doe Roe\n(Example)\n.\n.\n."
    assert texts(names)[:2] == ["Abstract", "We thank the staff of the unit,"]


def test_soup_an_italic_name_before_a_comma_goes_on_the_sentence() -> None:
    """A genus set in italics after a sentence's words ('the genus' / 'Sulfurimonas' / ',
    within the class'): the comma's piece joins the name first, and the two must still join
    the sentence. A name under a title or after a chrome link is no such piece."""
    page = ("Abstract\nThe isolate belongs to the genus\nSulfurimonas\n, within the class\n"
            "Epsilonproteobacteria\n, with 94 % similarity to\nSulfurimonas autotrophica\n.\n"
            "References")
    assert texts(page) == [
        "Abstract",
        "The isolate belongs to the genus Sulfurimonas, within the class Epsilonproteobacteria, "
        "with 94 % similarity to Sulfurimonas autotrophica.",
        "References"]
    names = ("Smoke altitude and the cloud adjustment in the tropics\nAnn Roe\n, Ben Doe\n.\n"
             "Search for more papers by this author\nJavier Echeverría‐Ruiz\n,\nHiroshi Tanabe")
    chrome = _chrome_test(RuleSet.default(), None)
    assert [b.text for b in to_blocks(names, chrome)[0]][:4] == [
        "Smoke altitude and the cloud adjustment in the tropics", "Ann Roe, Ben Doe.",
        "Search for more papers by this author", "Javier Echeverría‐Ruiz,"]


@pytest.mark.parametrize("lines, joined", [
    # a mass number in superscript, its element after it
    ("dated sediment cores using\n210\nPb and\n137\nCs profiles.",
     "dated sediment cores using 210Pb and 137Cs profiles."),
    # ... after a title's capitalised word (JNM); an oxide's subscript stays on its metal
    ("Pretherapeutic\n68\nGa-DOTATATE PET Uptake Predicts Survival After\n177\nLu-DOTATATE",
     "Pretherapeutic 68Ga-DOTATATE PET Uptake Predicts Survival After 177Lu-DOTATATE"),
    ("the rust was mostly Fe\n2\nO\n3\nwith some magnetite", "the rust was mostly Fe2O3 with some magnetite"),
    # a subscript word, then a relation
    ("share a common saturation threshold at Ro\nsat\n= 0.11 ± 0.02 for all stars.",
     "share a common saturation threshold at Rosat = 0.11 ± 0.02 for all stars."),
    ("In all populations, CT\nmax\nincreased with acclimation temperature.",
     "In all populations, CTmax increased with acclimation temperature."),
    ("the coefficient of variation of lesion SUV\nmean\nacross all lesions.",
     "the coefficient of variation of lesion SUVmean across all lesions."),  # (JNM)
    # an ion's charge before the rest of its name, and a delta's mass number
    ("we analysed NO\n3\n−\n-N together with δ\n15\nN-NO\n3\n−\nand δ\n18\nO = −1.9‰ in wells.",
     "we analysed NO3−-N together with δ15N-NO3− and δ18O = −1.9‰ in wells."),
    # a formula's last element after its subscript
    ("Nitrification performance and N\n2\nO emissions of a pilot reactor",
     "Nitrification performance and N2O emissions of a pilot reactor"),
    # ... and within a formula: a bracketed group and its count, an element after a slash
    ("defects create μ\n3\n-OH/H\n2\nO sites in Zr\n6\nO\n4\n(OH)\n4\nclusters that bind NH\n3\nwell",
     "defects create μ3-OH/H2O sites in Zr6O4(OH)4 clusters that bind NH3 well"),
    # an aside in brackets that the sentence goes on after
    ("Carbapenem-resistant Klebsiella pneumoniae\n(CRKP) of sequence type 258 causes infection.",
     "Carbapenem-resistant Klebsiella pneumoniae (CRKP) of sequence type 258 causes infection."),
    # a score's name in sub- and superscripts
    ("adjusted for age, sex, education, CHA\n2\nDS\n2\n-VASc score, and anticoagulation.",
     "adjusted for age, sex, education, CHA2DS2-VASc score, and anticoagulation."),
    # an abbreviation ends no sentence
    ("remaking those records between 1667 and\nc.\n1685. Drawing on vestry minutes, we show it.",
     "remaking those records between 1667 and c. 1685. Drawing on vestry minutes, we show it."),
    # an open bracket closes in a long line
    ("Goji berries (\nLycium barbarum\nL.) have a waxy cuticle" + " that slows drying" * 12 + ".",
     "Goji berries (Lycium barbarum L.) have a waxy cuticle" + " that slows drying" * 12 + "."),
    # a long sentence going on past a superscript, and past an italic name in French
    ("where canopy exceeded 1 200 m\n2\n. Summer use" + " shifts to mornings" * 30 + ".",
     "where canopy exceeded 1 200 m2. Summer use" + " shifts to mornings" * 30 + "."),
    ("et discutons leur place dans le\nPlan Canopée\nde la Métropole de Lyon.",
     "et discutons leur place dans le Plan Canopée de la Métropole de Lyon."),
    # an italic letter opening a hyphenated word
    ("analysed with the χ2 test, independent\nt\n-test, and repeated-measures ANCOVA.",
     "analysed with the χ2 test, independent t-test, and repeated-measures ANCOVA."),
    # a relation spaced as it is spaced from its number
    ("in the experimental group (n\n=35) and knowledge (F\n=18.42,\np\n<.001).",
     "in the experimental group (n=35) and knowledge (F=18.42, p<.001)."),
    # and what must stay as it is: a formula's subscripts, and chrome
    ("production coupled to H\n2\nO\n2\ngeneration in a membrane-free flow cell",
     "production coupled to H2O2 generation in a membrane-free flow cell"),
    ("emissions of 1.2 t CO\n2\nper hectare and year, mostly in summer",
     "emissions of 1.2 t CO2 per hectare and year, mostly in summer"),
    ("Skip Navigation\n×\nDonate\n> cs > arXiv:2309.01234",
     "Skip Navigation | × | Donate | > cs > arXiv:2309.01234"),
    # ... a count under a DOI
    ("DOI: 10.1126/science.adk7314\n2,914\nViews",
     "DOI: 10.1126/science.adk7314 | 2,914 | Views"),
    ("https://doi.org/10.1038/s44318-024-00112-7\n4\nCitations",
     "https://doi.org/10.1038/s44318-024-00112-7 | 4 | Citations"),
    # ... and counts over their labels in a metrics bar, under a type label
    ("Research Article\n412\nViews\n0\nCrossRef citations to date\n3\nAltmetric",
     "Research Article | 412 | Views | 0 | CrossRef citations to date | 3 | Altmetric"),
    ("Original Paper\n1,204\nDownloads", "Original Paper | 1,204 | Downloads"),
    # an aside set off by a dash, its words in italics
    ("yet evidence that its two factors –\nStandards and Discrepancy\ncarry the same meaning.",
     "yet evidence that its two factors – Standards and Discrepancy carry the same meaning."),
    # ... a label in lower case, and an address, under a line
    ("Example Keys 470: 1-16 (12 Jan 2015)\ndoi: 10.3897/zookeys.470.8728",
     "Example Keys 470: 1-16 (12 Jan 2015) | doi: 10.3897/zookeys.470.8728"),
    ("Jane Doe ∙ John Roe ∙ Anna Poe\nanna.poe@example.org",
     "Jane Doe ∙ John Roe ∙ Anna Poe | anna.poe@example.org"),
])
def test_get_text_rejoins_scripts_relations_and_abbreviations(lines: str, joined: str) -> None:
    assert " | ".join(texts(lines)) == joined


def test_get_text_keeps_a_keywords_heading_off_the_abstract_before_it() -> None:
    """'... to relative caregivers.' / 'Keywords' / 'kinship care' / ',' / ...: the heading
    looked like an <i> fragment in mid-sentence, and the keywords ran into the abstract."""
    abstract = ("Kinship care may promote placement stability even for children with elevated "
                "behavioral needs. Early and sustained support to relative caregivers appears to "
                "matter most for the children in our sample.")
    page = ("Knight shift in dilute alloys of copper\nJane Doe\nhttps://doi.org/10.1000/xyz.2024.1\n"
            f"Abstract\n{abstract}\nKeywords\nkinship care\n,\nplacement stability\n,\nfoster care\n"
            ",\nchild welfare\n,\nnavigators\nIntroduction\nKinship care places children with relatives.")
    rec = clean(page)  # (no closing newline: get_text's output, read as such)
    assert rec.abstract == abstract
    assert rec.keywords == ("kinship care", "placement stability", "foster care", "child welfare",
                            "navigators")


def test_get_text_rejoins_a_title_as_the_page_title_gives_it() -> None:
    """The <title>, which get_text gives first, holds the title whole: 'Semi-Arid' / 'Zea
    mays' / 'Rotation: ...' (an italic name) and 'in B' / 'antu Languages' (a drop capital)
    run on as it shows them; a lone 'by' over the authors stays with them."""
    page = ("Soil Carbon under Cover Crops in a Semi-Arid Zea mays Rotation in Bantu Fields | Agronomy\n"
            "Open Access\nArticle\nSoil Carbon under Cover Crops in a Semi-Arid\nZea mays\n"
            "Rotation in B\nantu Fields\nby\nRafael Duarte\n,\nCamille Moreau\nAbstract\n"
            f"{ABSTRACT_TEXT}\n(\nthis\n)\n.")
    assert to_blocks(page)[1].style == "soup"
    assert "Soil Carbon under Cover Crops in a Semi-Arid Zea mays Rotation in Bantu Fields" in texts(page)
    assert clean(page).title == "Soil Carbon under Cover Crops in a Semi-Arid Zea mays Rotation in Bantu Fields"


def test_the_page_titles_site_end_joins_nothing_to_the_title() -> None:
    """Brill's <title>: '<title> in: Arabica Volume 71': 'In: Arabica' under the heading is
    the journal's line, not the title's end."""
    page = ("Grammar in the margins of a Mamluk commentary (IXe/XVe siècle) in: Arabica Volume 71\n"
            "Journal home\nGrammar in the margins of a Mamluk commentary (IX\ne\n/XV\ne\nsiècle)\n"
            f"In: Arabica\nClaire Dumontet\nAbstract\n{ABSTRACT_TEXT}\nKeywords\ngrammar\n,\n"
            "marginalia\n,\nMamluk Cairo\n,\ncommentaries")
    assert to_blocks(page)[1].style == "soup"
    assert texts(page)[2:4] == ["Grammar in the margins of a Mamluk commentary (IXe/XVe siècle)",
                                "In: Arabica"]


def test_get_text_keeps_a_field_label_off_the_sentence_before_it() -> None:
    """'... in the SME sector.' / 'Keywords:' / 'cloud ERP; ...': a label, no <i> fragment."""
    from cleanabstract.front.text import _glue_soup

    sentence = "and policymakers seeking to accelerate change in the sector."
    assert _glue_soup(sentence, "Keywords:", "cloud ERP; SMEs") is None
    assert _glue_soup(sentence, "Escherichia coli", "was the commonest isolate.") == " "


def test_raw_get_text_rejoins_inline_nodes_by_their_own_spaces() -> None:
    """get_text('\\n') without strip=True, on pretty-printed markup: a text node's own
    spaces say it went on beside an <i> or <sub>; the markup's indentation between blocks
    keeps them apart."""
    from bs4 import BeautifulSoup

    html = """<html><body>
      <div class="tools"><a href="#">Download</a> <a href="#">Cite</a></div>
      <h2>Abstract</h2>
      <p>The Asian shore crab <i>Hemigrapsus sanguineus</i> has spread
         along the coast, and CO<sub>2</sub> uptake by (<i>Ulva</i>) rose
         with <span>temperature</span>.</p>
      <p>A second paragraph, on <i>Ulva</i> and <i>Fucus</i>, closes it.</p>
    </body></html>"""
    page = BeautifulSoup(html, "html.parser").get_text("\n")
    assert texts(page) == [
        "Download Cite", "Abstract",
        "The Asian shore crab Hemigrapsus sanguineus has spread along the coast, and CO2 "
        "uptake by (Ulva) rose with temperature.",
        "A second paragraph, on Ulva and Fucus, closes it."]
    assert to_blocks(page)[1].style == "soup"


def test_soup_superscripts_join_without_space() -> None:
    assert texts("Levels of Ca\n2+\nrose in the cells of the embryo.") == [
        "Levels of Ca2+ rose in the cells of the embryo."]
    # a statistic's subscript, a prime, a fraction set as a superscript
    soup = "Roe\n,\nDoe\n.\nVol\n.\n3\n)\n"  # (what makes a page read as get_text output)
    assert texts(soup + "It correlated with SAA (r\ns\n= 0.52, p < 0.001) and with CRP.")[-1] == (
        "It correlated with SAA (rs = 0.52, p < 0.001) and with CRP.")
    assert texts(soup + "Perceived contrast (d\n′-matched) followed the same pattern.")[-1] == (
        "Perceived contrast (d′-matched) followed the same pattern.")
    assert texts(soup + "It rests on extensions in weighted H\n1/2\n-norms and on an inequality."
                 )[-1] == "It rests on extensions in weighted H1/2-norms and on an inequality."
    assert texts(soup + "Numéro\n98/2\n")[-2:] == ["Numéro", "98/2"]  # an issue's number


def test_soup_short_clause_after_an_italic_name_joins_it() -> None:
    """A section that opens with an italic genus: the clause after it is short, but ends in a
    word no sentence ends in. Names of authors ('Roe' / 'and' / 'Doe') and keyword lists stay
    apart."""
    soup = "Roe\n,\nDoe\n.\nVol\n.\n3\n)\n"  # (what makes a page read as get_text output)
    page = soup + ("Results\nCryptosporidium\nwas detected in 58 (18.6%) and\nGiardia\n"
                   "in 91 (29.2%) of the samples.\nKeywords\nEpichlo\u00eb\nfungal endophyte\n"
                   "mutualism")
    assert texts(page)[-5:] == [
        "Cryptosporidium was detected in 58 (18.6%) and Giardia in 91 (29.2%) of the samples.",
        "Keywords", "Epichlo\u00eb", "fungal endophyte", "mutualism"]
    assert "Jiro Arima2" in texts(soup + "Authors\nJiro Arima\n2\nand\nTadashi Hatanaka")


def test_zero_width_joiners_stay_in_persian_and_go_elsewhere() -> None:
    """A non-joiner is part of Persian spelling; in a Latin word it is scrape noise, as are
    zero-width spaces and soft hyphens."""
    assert texts("تداخل\u200cسنجی راداری") == ["تداخل\u200cسنجی راداری"]
    assert texts("Sign\u200c in to con\u00adtinue\u200b reading") == ["Sign in to continue reading"]


def test_get_text_types_from_a_path_and_a_repositorys_field() -> None:
    """get_text sets each step of Pure's path on a line of its own, the '›' between them
    dropped as chrome: the type after one is a step of the path, not one more tool. SSOAR
    states the type as its 'Dokumentart' field."""
    abstract = ABSTRACT_TEXT
    pure = ("Walking to work and diabetes\nJane Roe\nMax Poe\nDepartment of Public Health\n"
            "Research output\n:\nContribution to journal\n›\nArticle\n›\npeer-review\n"
            f"Abstract\n{abstract}\n")
    assert clean(pure).article_types == ("Article",)
    ssoar = ("SSOAR Startseite\nDokumentart\nZeitschriftenartikel\nWalking to work and diabetes\n"
             f"Jane Roe\nAbstract\n{abstract}\n")
    assert clean(ssoar).article_types == ("Zeitschriftenartikel",)


GLUED_ABSTRACT = (
    "Background: Outdoor workers in West Africa are exposed to rising heat stress, yet heat "
    "limits come from temperate studies.Methods: We followed 612 construction workers at 14 "
    "sites over two hot seasons and recorded wet-bulb globe temperature every 10 min.Results: "
    "Heat-related illness rose above 29 °C, well below the limits in use, and doubled after "
    "four hot days in a row.Conclusions: Site limits for West Africa should be set lower.")


def test_a_page_get_text_read_whole_into_one_line_is_cut_where_its_elements_met() -> None:
    """get_text() with no separator on a script-built page, no white space between its
    elements: one line of the whole page."""
    page = ("Heat illness among construction workers - Article | QeiosBrowseJournalsAbout"
            "Submit your workLog inSign upResearch ArticleOpen AccessPeer-approved"
            "Heat illness among construction workers in coastal Ghana: a cohort study"
            "Kwame Asante-Boateng1, Efua Mensah1Affiliations1School of Public Health, "
            "University of Ghana, Legon, Ghana2Department of Public Health, University of "
            "Copenhagen, DenmarkFeb 12, 2024 · Qeios ID: K7Q2XM1,287Views214Downloads"
            f"PDFCiteShareAbstract{GLUED_ABSTRACT}KeywordsHeat stress, occupational health"
            "Peer Reviews (3)Review of: Heat illness among construction workersA sound study.")
    rec = clean(page)
    assert rec.title == "Heat illness among construction workers in coastal Ghana: a cohort study"
    assert [s.label for s in rec.abstract_sections] == [
        "Background", "Methods", "Results", "Conclusions"]
    assert rec.article_types == ("Research Article",)


def test_a_long_paragraph_with_brand_names_stays_whole() -> None:
    """Words such as 'mRNA', 'iPhone', 'GitHub' or 'SARS-CoV-2' in an ordinary long line are
    not the glue of a page read whole."""
    sentence = ("Participants logged symptoms on an iPhone app whose code is on GitHub, and "
                "mRNA vaccination against SARS-CoV-2 was recorded at every visit to the clinic. ")
    assert texts("Abstract\n" + sentence * 12) == ["Abstract", (sentence * 12).strip()]


def test_a_journals_name_as_the_pages_title_is_not_the_articles() -> None:
    """AMS: the page's <title> (get_text's first line) and a heading give the journal's name
    only; the article's title is the line over its authors."""
    page = ("AMS :: Proceedings of the American Mathematical Society\nSkip to Main Content\n"
            "Proceedings of the American Mathematical Society\nPublished by the American "
            "Mathematical Society since 1950, Proceedings of the American Mathematical Society "
            "is devoted to research articles of the highest quality.\nISSN 1088-6826\n"
            "Previous Article\nTable of Contents\nNext Article\n"
            "Global regularity for degenerate Monge–Ampère equations on convex polygons\n"
            "Authors: Tobias Grünwald and Ji-Hoon Seo\n"
            "Journal: Proc. Amer. Math. Soc. 152 (2024), 2031-2044\n"
            f"Abstract: {ABSTRACT_TEXT}\nReferences\n")
    assert clean(page).title == (
        "Global regularity for degenerate Monge–Ampère equations on convex polygons")


def test_a_title_naming_a_laboratory_before_its_subtitle_is_no_affiliation() -> None:
    """ERIC: the title names a 'Laboratory' and its subtitle lists with commas; the source
    line under the authors is no title."""
    title = ("Retrieval Practice Quizzes before General Chemistry Laboratory Sessions: Effects "
             "on Pre-Lab Preparation, Safety Errors, and Report Quality")
    page = ("ERIC Number: EJ1417263\nRecord Type: Journal\nPublication Date: 2024-Apr\n"
            "Share: Facebook X LinkedIn Email\n\n"
            f"{title}\n\nBettencourt, Laura M.; Oyelaran, Tunde; Kovac, Mirela\n"
            f"Journal of Chemical Education, v101 n4 p1487-1497 2024\n{ABSTRACT_TEXT}\n"
            "Descriptors: Science Instruction, Chemistry, College Freshmen\nPeer reviewed\n"
            "Direct link: https://doi.org/10.1021/acs.jchemed.3c01142\n")
    assert clean(page).title == title
    # an affiliation's unit before a colon is still one ('Department of Chemistry: ...')
    from cleanabstract.title import _title_doubts
    assert _title_doubts("Or sign in to access through Authors: Roe, J.; your institution, or") >= 3


def test_an_index_records_descriptors_are_its_keywords_and_end_its_abstract() -> None:
    """ERIC and CAB Abstracts label their index terms 'Descriptors'; the publisher's address
    after them is no part of the abstract."""
    page = ("Walking to work and diabetes\n\nRoe, Jane; Poe, Max\n"
            f"Journal of Urban Health, v12 n3 p101-109 2021\n\n{ABSTRACT_TEXT}\n\n"
            "Descriptors: Walking, Diabetes, Adults, Commuting\n\n"
            "Example Press. 12 Sixteenth Street, Example City. Tel: 800-227-5558; e-mail: "
            "eic@example.org; Web site: http://example.org/juh\n\nPeer reviewed\n"
            "https://doi.org/10.1234/juh.2021.7\n")
    rec = clean(page)
    assert rec.abstract == ABSTRACT_TEXT
    assert rec.keywords == ("Walking", "Diabetes", "Adults", "Commuting")


@pytest.mark.parametrize("line, names", [
    ("Chiara Lombardi, Davide Ferraresi", ("Chiara Lombardi", "Davide Ferraresi")),
    ("Messerli Research Institute, Vienna Medical School", ()),  # an institute and its school
    ("Ann Arbor, United States", ()),  # a place
])
def test_two_authors_parted_by_a_comma_alone(line: str, names: tuple[str, ...]) -> None:
    page = ("Saggi\n\nLavoro da remoto e divari territoriali nelle imprese italiane\n\n"
            f"{line}\n\npp. 215-248\n\nDOI: 10.1425/112947\n\nAbstract\n\n{ABSTRACT_TEXT}\n")
    assert clean(page).authors == names


def test_a_german_byline_is_no_title() -> None:
    """e-periodica: 'Von A, B und C' under the title; the names without the 'Von'."""
    page = ("Schweizerische Zeitschrift für Forstwesen\n\nNaturverjüngung der Weisstanne auf "
            "Lothar-Sturmflächen im Mittelland: Einfluss von Räumung und Wildverbiss\n\n"
            "Von Lukas Brunner, Marianne Keller-Zürcher und Andreas Rohrer\n\n"
            f"Abstract\n\n{ABSTRACT_TEXT}\n\nhttps://doi.org/10.3188/szf.2024.0112\n")
    rec = clean(page)
    assert rec.title.startswith("Naturverjüngung der Weisstanne")
    assert rec.authors == ("Lukas Brunner", "Marianne Keller-Zürcher", "Andreas Rohrer")


@pytest.mark.parametrize("sidebar, pmid", [
    ("Lens ID\n045-618-293-377-41X\nPMID\n37061894\nPMCID\nPMC10312547\n", "37061894"),
    # a list of similar articles, each with its own: none of them is the page's
    ("Similar articles\nHeat and kidneys. PMID: 31234567\nHeat and hearts. PMID: 32345678\n", None),
])
def test_the_one_pmid_a_page_shows_below_its_abstract(sidebar: str, pmid: str | None) -> None:
    citing = "".join(f"Citing work {k}: heat and health in cohort {k}\n" for k in range(45))
    page = (f"Walking to work and diabetes\nJane Roe, Max Poe\nAbstract\n{ABSTRACT_TEXT}\n"
            f"Keywords\nwalking; diabetes\n{citing}{sidebar}")
    assert clean(page).pmid == pmid


def test_brand_names_in_lowercase_start_new_blocks() -> None:
    assert texts("Skip to main content\nbioRxiv\nNew Results") == [
        "Skip to main content", "bioRxiv", "New Results"]


def test_wrapped_lines_rejoin_and_hyphens_mend() -> None:
    lines = [
        "The study enrolled patients after pancreatic surgery and followed them for two",
        "years in three large centres in the north where the rate of completed pancrea-",
        "tectomy was stable across the period of observation and the results were clear.",
    ]
    filler = ["   • Home", "   • Journals", "", "Abstract", ""]
    page = "\n".join(filler + lines + ["", "   • Next", ""] + ["x" * 70 + " end"] * 6)
    got = texts(page)
    assert "pancreatectomy" in " ".join(got)
    assert any(t.startswith("The study enrolled") and t.endswith("were clear.") for t in got)
    assert "Home" in got


def test_a_paragraph_wrapped_at_a_table_cells_width_is_rejoined() -> None:
    """w3m wraps an abstract beside a purchase box at the cell's width, not the page's: each
    line could have fit the page, yet the paragraph goes on."""
    cell = textwrap.wrap(
        "Cross-laminated timber made from low-grade lumber could expand markets for small "
        "hem-fir in the Pacific Northwest, but its long-term behaviour under service loads "
        "is not well documented. Five-layer panels were loaded in bending for ninety days "
        "and their creep was measured at two levels of relative humidity.", 44,
        break_on_hyphens=False)
    menu = ["Editorial Board", "Information for Authors", "Subscribe to this Title",
            "Contact the publisher", "Terms and conditions"]
    page = "\n".join(["x" * 76 + " end"] * 6 + ["", *cell, "", *menu, ""])
    got = texts(page)
    assert " ".join(cell) in got
    assert all(item in got for item in menu)  # (short lines of their own stay apart)


def test_w3m_subscripts_superscripts_and_hyphens_cut_by_the_wrap() -> None:
    """w3m writes <sub> as 'K[d]', <sup> as '10^-1', and its wrap may cut right after a caret
    or right before the hyphen of 'C difficile-associated'."""
    lines = ["x" * 76 + " end"] * 12 + [
        "",
        "Zinc binds the dimer interface (K[d] = 0.42 uM) and raises k[cat] twofold in all",
        "the twelve strains that we grew at night under the lamps much brighter than 10^",
        "−1 lx, and it prevents the infection with Clostridioides and with C difficile",
        "-associated diarrhoea in the mice we treated for three weeks in the cold room.",
    ]
    sub = ["x" * 76 + " end"] * 12 + [
        "", "the catalytically active species is the monomer, and in all cases zinc raised k",
        "[cat]/K[m] for the substrate we tested by a factor of about eighty in the assays."]
    assert texts("\n".join(sub))[-1].startswith("the catalytically active species is the monomer, "
                                                 "and in all cases zinc raised kcat/Km for the")
    assert texts("\n".join(lines))[-1] == (
        "Zinc binds the dimer interface (Kd = 0.42 uM) and raises kcat twofold in all the twelve "
        "strains that we grew at night under the lamps much brighter than 10−1 lx, and it prevents "
        "the infection with Clostridioides and with C difficile-associated diarrhoea in the "
        "mice we treated for three weeks in the cold room.")


def test_abstract_toggles_and_glued_labels() -> None:
    """A toggle's label ends the visible abstract ('... more »', 'Collapse'), a record field
    after it is no paragraph of it, and labels get_text glued to a sentence still split it."""
    head = "Lithium-sulfur pouch cells at low temperature\nRoe, Ann; Poe, Ben\nAbstract\n"
    cut = clean(head + "The cells delivered 1,020 mAh per gram at 25 °C and were cycled in "
                "lean electrolyte for two hundred cycles, but retained only... more »\n"
                "Authors: Roe, Ann; Poe, Ben\n")
    assert cut.abstract.endswith("but retained only...")
    assert "abstract-truncated" in cut.warnings
    glued = clean(head + "Background: Heart failure is a leading cause of admission in rural "
                  "districts and evidence on follow-up by telephone is limited.Objective: To "
                  "test whether weekly calls by nurses reduce readmission at ninety days.Results: "
                  "Readmission fell from 31% to 22% among the 412 patients we followed.Collapse\n")
    assert [x.label for x in glued.abstract_sections] == ["Background", "Objective", "Results"]
    assert glued.abstract.endswith("patients we followed.")


def test_a_structured_abstract_without_heading_whose_labels_stand_alone() -> None:
    """QxMD-style: no 'Abstract' heading, each label on a line of its own over its text; and an
    italic name get_text cut off before the full stop that ends its sentence."""
    soup = "Roe\n,\nDoe\n.\nVol\n.\n3\n)\n"
    page = soup + (
        "Theta-burst stimulation in late-life depression\nAnn Roe,\nBen Poe\nJAMA Psychiatry\n"
        "BACKGROUND:\nRepetitive stimulation of the left prefrontal cortex treats depression, but "
        "sessions last forty minutes and evidence in older adults is limited.\nMETHODS:\nIn this "
        "trial at four centres, adults aged 60 years or older received one of two protocols "
        "against\nAedes aegypti\n. The raters were blinded.\nRESULTS:\nOf 168 adults randomized, "
        "152 completed treatment and the mean reduction did not differ between arms.\n"
        "CONCLUSIONS:\nIn older adults the shorter protocol was non-inferior to the standard one.\n"
        "Full text links\n")
    rec = clean(page)
    assert [s.label for s in rec.abstract_sections] == ["BACKGROUND", "METHODS", "RESULTS",
                                                        "CONCLUSIONS"]
    assert "protocols against Aedes aegypti. The raters were blinded." in rec.abstract


def test_markdown_syntax_never_reaches_fields() -> None:
    page = """Title: A study of *Listeria* in cheese | Journal
URL Source: https://example.org/article/1
Markdown Content:
[Skip to content](#main)

# A study of *Listeria* in cheese

**Research article**

[Jane Roe](https://example.org/jr), [John Doe](https://example.org/jd)

## Abstract

We tested 200 samples of _soft cheese_ for **Listeria monocytogenes** using
[qPCR](https://example.org/qpcr) and found 12 positives. ![figure](https://example.org/f.png)
Prevalence was highest in raw-milk cheeses.

## Introduction
"""
    rec = clean(page)
    assert rec.title == "A study of Listeria in cheese"
    assert rec.abstract == ("We tested 200 samples of soft cheese for Listeria monocytogenes using "
                            "qPCR and found 12 positives. Prevalence was highest in raw-milk cheeses.")
    assert rec.url == "https://example.org/article/1"
    for value in (rec.title, rec.abstract):
        assert not any(ch in value for ch in "*_[]()#!")


def test_structured_abstract_labels_on_own_lines_and_inline() -> None:
    own = ("Structured study of sleep in shift workers\n\nAbstract\n\nBackground\n\nShift work "
           "disturbs sleep in many nurses.\n\nMethods\n\nWe followed 300 nurses for a year with "
           "actigraphy.\n\nResults\n\nSleep fell by 40 minutes per night.\n\nConclusions\n\n"
           "Rotas matter for sleep.\n\nKeywords: sleep; shift work\n")
    inline = own.replace("Background\n\n", "Background: ").replace("Methods\n\n", "Methods: ")
    inline = inline.replace("Results\n\n", "Results: ").replace("Conclusions\n\n", "Conclusions: ")
    for page in (own, inline):
        rec = clean(page)
        assert [s.label for s in rec.abstract_sections] == ["Background", "Methods", "Results", "Conclusions"]
        assert rec.abstract.startswith("Background: Shift work disturbs")
        assert rec.abstract.endswith("Conclusions: Rotas matter for sleep.")
        assert list(rec.keywords) == ["sleep", "shift work"]


@pytest.mark.parametrize("label_form", ["own line", "inline"])
def test_a_structured_abstract_ends_where_the_body_opens_with_a_label(label_form: str) -> None:
    page = ("Sleep in shift workers\n\nAbstract\n\nBackground\n\nShift work disturbs sleep in "
            "many nurses.\n\nMethods\n\nWe followed 300 nurses for a year with actigraphy.\n\n"
            "Conclusions\n\nRotas matter for sleep.\n\nIntroduction\n\nNurses on night rotas "
            "sleep less than day workers, and the deficit builds over the week.\n\nMethods\n\n"
            "We recruited nurses from three hospitals.\n")
    if label_form == "inline":
        for label in ("Background", "Methods", "Conclusions", "Introduction"):
            page = page.replace(f"{label}\n\n", f"{label}: ")
    rec = clean(page)
    assert [s.label for s in rec.abstract_sections] == ["Background", "Methods", "Conclusions"]
    assert rec.abstract.endswith("Conclusions: Rotas matter for sleep.")


def test_a_structured_abstract_may_open_with_introduction() -> None:
    page = ("Sleep in shift workers\n\nAbstract\n\nIntroduction: Shift work disturbs sleep in "
            "many nurses.\n\nMethods: We followed 300 nurses for a year with actigraphy.\n\n"
            "Conclusion: Rotas matter for sleep.\n\nKeywords: sleep; shift work\n")
    rec = clean(page)
    assert [s.label for s in rec.abstract_sections] == ["Introduction", "Methods", "Conclusion"]


def test_labels_set_before_their_text_without_a_colon_split_a_structured_abstract() -> None:
    page = ("Heat and newborns\n\nAbstract\n\nImportance Extreme heat may raise the risk of "
            "intensive care at birth.\n\nDesign, Setting, and Participants This case-crossover "
            "study included 4127 term infants in six hospitals.\n\nConclusions and Relevance "
            "Heat before delivery was associated with more admissions.\n")
    rec = clean(page)
    assert [s.label for s in rec.abstract_sections] == [
        "Importance", "Design, Setting, and Participants", "Conclusions and Relevance"]
    assert rec.abstract_sections[1].text.startswith("This case-crossover study")


def test_one_paragraph_opening_with_a_label_word_is_no_structured_abstract() -> None:
    page = ("Heat and newborns\n\nAbstract\n\nWe studied heat and intensive care at birth in "
            "six hospitals over eight summers.\n\nResults From 4127 infants showed more "
            "admissions after hot weeks than after cool ones.\n")
    rec = clean(page)
    assert rec.abstract_sections == ()
    assert "Results From 4127 infants" in rec.abstract


def test_truncated_abstract_warns() -> None:
    page = ("A trial of vitamin D in winter\n\nAbstract\n\nWe randomised 400 adults to vitamin D "
            "or placebo for six months and measured infections, finding that the rate of …\n")
    rec = clean(page)
    assert rec.abstract.endswith("…")
    assert "abstract-truncated" in rec.warnings


def test_highlights_are_not_the_abstract() -> None:
    page = ("Research article\n\nGut microbes and sleep in older adults\n\nHighlights\n\n"
            "Microbial diversity predicted sleep quality in a large cohort of older adults.\n\n"
            "Abstract\n\nWe sequenced stool from 900 adults aged over 65 and related diversity "
            "to actigraphy-measured sleep over one month of follow-up.\n")
    rec = clean(page)
    assert rec.abstract.startswith("We sequenced stool")
    assert "Microbial diversity" not in rec.abstract


ABSTRACT_TEXT = ("This article describes a project that funds four transcription projects on a "
                 "crowdsourcing platform. These projects support research at four institutions and "
                 "extend the platform for galleries, libraries, archives and museums.")


def test_authors_each_with_affiliation_and_email_lines() -> None:
    """A magazine byline: each author with an affiliation, an e-mail line under each."""
    page = ("Example Magazine\nMay/June 2017\nVolume 23, Number 5/6\nTable of Contents\n\n"
            "Crowds in the Archive: Transcription at Scale\n\n"
            "Ada Lovelace, University of Examples, Zooniverse\nada [at] example.org\n\n"
            "Grace Hopper, The Example Planetarium\ngrace [at] example.org\n\n"
            f"Abstract\n\n{ABSTRACT_TEXT}\n")
    rec = clean(page)
    assert rec.title == "Crowds in the Archive: Transcription at Scale"
    assert rec.authors == ("Ada Lovelace", "Grace Hopper")


def test_authors_grouped_by_affiliation_on_one_line() -> None:
    """Conference style: 'A, Univ; B and C, Lab; D, Univ'."""
    page = ("Fuzzing Virtual Devices by Bending Their Input Space\n\n"
            "Ada Lovelace, Example University and Example Lab; Alan Turing and Grace Hopper, "
            "Example Lab; Edsger Dijkstra, Example University\n\n"
            f"Abstract\n\n{ABSTRACT_TEXT}\n")
    assert clean(page).authors == ("Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra")


def test_a_year_field_line_is_no_title() -> None:
    """Repository record headers: 'Document type, Journal, Year : 1955' above the title."""
    page = ("Journal Article Journal of Example Physics Year : 1955\n\n"
            "Knight shift in dilute alloys\n\nJane Doe\n\n"
            f"Abstract\n\n{ABSTRACT_TEXT}\n")
    assert clean(page).title == "Knight shift in dilute alloys"


def test_title_cut_at_its_italics_is_run_on_to_the_declared_title() -> None:
    """get_text puts an italic species name and a strain code on lines of their own; the
    page's <title> line says where the title ends."""
    page = ("Growth of a marine bacterium from Vibrio fischeri ES114 | Example Journal | Full Text\n"
            "Skip to main content\nMenu\nSearch\nExample Journal\nResearch\nOpen Access\n"
            "Growth of a marine bacterium from\nVibrio fischeri\nES114\n"
            "Ada Lovelace\n1\n,\nAlan Turing\n2\n"
            f"Abstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).title == "Growth of a marine bacterium from Vibrio fischeri ES114"


def test_reference_entries_are_neither_title_nor_abstract() -> None:
    """A page whose article body is missing shows its reference list under the title."""
    refs = "\n".join(
        f"Roe A, Poe B ({1990 + i}) Freshwater planarians from caves number {i}: a survey of "
        f"the species found in them, with notes on their habitats and on how they were "
        f"collected over several seasons. Example Journal {i}: {100 + i}–{120 + i}." for i in range(4))
    page = ("Research Article\nCave flatworms of the Example Plateau\n\nAda Lovelace\n"
            f"Department of Zoology, University of Examples\ndoi: 10.1234/example.5678\n\n{refs}\n")
    rec = clean(page)
    assert rec.abstract is None
    assert not (rec.title or "").startswith("Roe A")


def test_a_list_item_is_no_title() -> None:
    """Tool links under a title ('• Article author query') sit closer to the authors and
    the abstract than the title does, but a page's own title is never a list item."""
    page = ("Example Journal of Parasites\n\n  • PDF (826 KB)\n  • Previous Article\n\n"
            "A multiplex assay for four cattle parasites\n\n"
            "  • Article author query\n  • roe a [Google Scholar]\n  • poe b [Google Scholar]\n\n"
            "ADA ROE^a1, BEN POE^a2, CY DOE^a1 and DI LOE^a1\n\n^a1 Example Research Institute, Example City, UK\n\n"
            f"SUMMARY\n\n{ABSTRACT_TEXT}\n")
    assert clean(page).title == "A multiplex assay for four cattle parasites"


STORY = ("Scholarly journals are supposed to keep a lasting record of science, but dozens of "
         "open-access titles have gone offline in the past two decades, a study finds. ")


def test_a_news_story_has_no_abstract_to_guess() -> None:
    """A news piece's standfirst and first paragraphs are no abstract, and its DOI line under
    the story is still its own."""
    page = ("NEWS\n10 September 2020\nJournals are vanishing from the web\n"
            "Researchers count open-access journals that went offline.\nJane Roe\n"
            + "\n".join(STORY * 2 for _ in range(4))
            + "\ndoi: https://doi.org/10.1038/d00000-020-00000-z\nReferences\n")
    rec = clean(page)
    assert rec.title == "Journals are vanishing from the web"
    assert rec.article_types == ("News",)
    assert rec.abstract is None and "no-abstract" in rec.warnings
    assert rec.doi == "10.1038/d00000-020-00000-z"


def test_a_marked_abstract_is_kept_whatever_the_type() -> None:
    page = (f"Editorial\nWhy journals vanish\nJane Roe\nAbstract\n{ABSTRACT_TEXT}\n"
            f"Introduction\n{STORY}\n")
    assert clean(page).abstract == ABSTRACT_TEXT


def test_a_dated_record_header_above_counts_as_a_type_label() -> None:
    """Repository records put 'Type Venue Year : 1955' over the title; chrome repeated in the
    search form above it ('Expert search' twice) is no title."""
    page = ("Example Open Archive\nExpert search (SolR)\nExpert search (SolR)\nLoading...\n"
            "Article dans une revue Journal of Example Physics Année : 1955\n\n"
            "Knight shift in dilute alloys\n\nJane Doe\nShow more details\nJane Doe\n\n"
            f"Abstract\n\n{ABSTRACT_TEXT}\n")
    rec = clean(page)
    assert rec.title == "Knight shift in dilute alloys"
    assert rec.article_types == ("Article dans une revue",)


@pytest.mark.parametrize("above, below, types", [
    ("Case report Peer-Reviewed", "", ("Case report",)),  # a section label too, and a badge
    ("Research Article [lock]Requires Authentication Unlicensed", "", ("Research Article",)),
    ("Artigo • Rev Exemplo 29 (3) • Mar 2024", "", ("Artigo",)),
    ("Originalarbeit", "", ("Originalarbeit",)),
    ("研究論文 ジャーナル フリー", "", ("研究論文",)),
    ("Review Article Open Access Review in Advance", "", ("Review Article",)),
    ("Letter Editors' Suggestion", "", ("Letter",)),
    ("Original Article Restricted access", "", ("Original Article",)),
    ("Research Article In Review Open Access", "", ("Research Article",)),
    ("Preprint Article Version 2 This version is not peer-reviewed", "", ("Preprint", "Article")),
    ("Articles Open Access Online First", "", ("Articles",)),
    ("Intervention Review Free access", "", ("Intervention Review",)),
    ("Authors\nNews\nProject MUSE", "", ()),  # a menu's item, not a type
    ("", "Research Article May 14, 2024", ("Research Article",)),  # below the whole byline
    ("", "Correspondence", ()),  # below the byline: the corresponding author's address
    ("", "First Published April 3, 2017 Research Article", ("Research Article",)),  # SAGE
    ("Report", "", ("Report",)),  # Science
    ("Home /\nArchives /\nVol. 17 No. 5 (2023) /\nArticles", "", ()),  # OJS: the issue's section
    ("", "Print\nShare\nComment", ()),  # Medscape's tools
    ("Research article Special Issue: Mathematical modeling of vector-borne diseases", "",
     ("Research article",)),  # AIMS Press: the special issue after the type
    ("Izvorni znanstveni članak", "", ("Izvorni znanstveni članak",)),  # Hrčak
    # a text browser runs the badges CSS spaced apart on to the label (EMBO, Scholastica)
    ("ArticleOpen Access\n30 April 2024", "", ("Article",)),
    ("ArticleCC BY 4.0Peer Reviewed", "", ("Article",)),
    ("BioScience", "", ()),  # a name in camel case is no label and badge
    ("Aufsatz Kein Zugriff", "", ("Aufsatz",)),  # Nomos: a German essay's label, 'no access'
    # J-STAGE in get_text: a tab over the label, the access badge under it (no menu's item)
    ("書誌\n研究論文\nジャーナル フリー", "", ("研究論文",)),
    ("Vitenskapelig publikasjon [o] Åpen tilgang", "", ("Vitenskapelig publikasjon",)),  # Idunn
    ("Articolo in rivista Accesso aperto", "", ("Articolo in rivista",)),
    ("紀要論文 オープンアクセス", "", ("紀要論文",)),  # IRDB, and w3m runs the two together
    ("紀要論文オープンアクセス", "", ("紀要論文",)),
    # the issue and pages beside it (Aging's, MedCrave's); not a label run into a sentence
    ("Research Paper Volume 16, Issue 3 pp 2811—2830", "", ("Research Paper",)),
    ("Research Article Volume 13 Issue 2", "", ("Research Article",)),
    ("Review of volume 16 of the series", "", ()),
    # a series' number after it (CEPR's, NBER's); not a sentence with a number in it
    ("Discussion Paper DP19120", "", ("Discussion Paper",)),
    ("Working Paper No. 31234", "", ("Working Paper",)),
    ("Review of 2024 trials", "", ()),
    ("Review #1", "", ()),  # an open review's heading (Semantic Web Journal)
    # an article label over its series or focused issue (AME); not a title on a subject
    ("Original Article on Thoracic Surgery", "", ("Original Article",)),
    ("Review on deep learning for thoracic surgery", "", ()),
    # an open-access icon's alt text, hyphenated, in brackets (Annual Reviews in w3m)
    ("Review Article [open-acces] Open Access Review in Advance", "", ("Review Article",)),
    ("Review Article [see erratum] on soils of the urban fringe", "", ()),
    # w3m: an icon's alt text after the badges, or before them and run on to the label
    ("Research article Open access [crossmark-]", "", ("Research article",)),
    ("[open-acces]Open AccessOriginal Research", "", ("Original Research",)),
    ("Journal article Metadata-only", "", ("Journal article",)),  # INIS
    ("Journal Article DOI: 10.1109/ACCESS.2022.3199471 Open Access", "", ("Journal Article",)),
    ("Journal Article on DOI: 10.1109/ACCESS.2022.3199471 and others", "", ()),
    # a breadcrumb that w3m numbers as a list: its last step is no type (Eurosurveillance)
    (" 1. Home\n 2. Volume 29, Issue 16\n 3. Article\n\nResearch Open Access", "", ("Research",)),
    (" 1. Home\n 2. Volume 29, Issue 16\n 3. Article", "", ()),
    (" 1. Methods\n 2. Results\n 3. Review", "", ("Review",)),
    # a rubric before a long one-word type (Deutsches Ärzteblatt); not a journal's name
    ("Medizin Originalarbeit", "", ("Originalarbeit",)),
    ("Physical Review", "", ()),
])
def test_type_labels_beside_badges_dates_and_citations(above: str, below: str,
                                                       types: tuple) -> None:
    page = (f"Example Journal\n{above}\n\nKnight shift in dilute alloys of copper\n\n"
            "Jane Doe\nJohn Roe\nAnna Poe\nUniversity of Exampletown, Exampletown, UK\n"
            f"Institute of Examples, Exampleville, France\n{below}\nDr Jane Doe, jane@example.org\n"
            f"\nAbstract\n\n{ABSTRACT_TEXT}\n")
    rec = clean(page)
    assert rec.title == "Knight shift in dilute alloys of copper"
    assert rec.article_types == types


@pytest.mark.parametrize("above, types", [
    ("Research Article Climate Change", ("Research Article",)),  # a subject run on to the type
    ("Editorial Team", ()),  # a menu's item
])
def test_a_type_label_with_a_subject_right_over_the_title(above: str, types: tuple) -> None:
    page = (f"Example Journal\n{above}\nKnight shift in dilute alloys of copper\nJane Doe\n"
            f"Abstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).article_types == types


def test_badges_dates_and_counts_between_a_type_and_the_title_one_a_line() -> None:
    """get_text sets every badge, date and count on its own line between a type label and
    the title: they do not push the label out of reach."""
    page = ("Example Journal\nVolume 78 Issue 7\nResearch Article\nRequires Authentication\n"
            "Unlicensed\nPublished by\nExample Press\nMay 14, 2024\n2024 Aug;54(3):312-325.\n"
            "Published online August 30, 2024.\n412\n"
            "Knight shift in dilute alloys of copper\nJane Doe\nAbstract\n"
            f"{ABSTRACT_TEXT}\n")
    rec = clean(page)
    assert rec.title == "Knight shift in dilute alloys of copper"
    assert rec.article_types == ("Research Article",)


def test_an_abstract_tab_beside_other_tabs_heads_the_prose_below_them() -> None:
    """Ingenta: 'Abstract', 'References', 'Citations', 'Supplementary Data' side by side, and
    the abstract under the row."""
    page = ("Knight shift in dilute alloys of copper\nAuthors: Doe, Jane\nAbstract\nReferences\n"
            f"Citations\nSupplementary Data\n{ABSTRACT_TEXT}\nDocument Type: Research Article\n")
    rec = clean(page)
    assert rec.abstract == ABSTRACT_TEXT
    assert rec.article_types == ("Research Article",)


@pytest.mark.parametrize("fields, types", [
    ("Document Type: Research Article\nPublication date: March 1, 2014", ("Research Article",)),
    ("Item Type:\tArticle\nUncontrolled Keywords:\ta; b", ("Article",)),  # innerText's tab
    ("Item Type:\nArticle", ("Article",)),  # a table's cells, one a line
    ("Тип: статья в журнале - научная статья Язык: русский", ("Статья в журнале - научная статья",)),
    ("Resource type\nTechnical report", ("Technical report",)),
    ("Type: Article", ("Article",)),
    ("Appare nelle tipologie:\t1.1 Articolo in rivista", ("Articolo in rivista",)),  # IRIS' number
    ("Tipologia: 2.2 Contributo in volume", ("Contributo in volume",)),
    ("Qualification Name:\tThesis (Ph.D.)\nAwarding Body:\tUniversity of Aberdeen",
     ("Thesis (Ph.D.)",)),  # EThOS
    ("Type\nfulltext\nMimetype\napplication/pdf", ()),  # a table of files
    ("Type de document\nSous-type de document", ()),  # labels whose values sit elsewhere
    ("Publication types\nJournal Article", ()),  # PubMed's heading, its items below
    ("Document type: Article\nDocument type: Review", ()),  # two records' fields
])
def test_a_record_states_its_type_in_a_field(fields: str, types: tuple) -> None:
    """Repositories and older platforms give the type as a field among the record's others,
    below the abstract as often as above it."""
    page = (f"Example Repository\n\nKnight shift in dilute alloys of copper\n\nJane Doe\n\n"
            f"Abstract\n\n{ABSTRACT_TEXT}\n\n{fields}\n")
    rec = clean(page)
    assert rec.title == "Knight shift in dilute alloys of copper"
    assert rec.article_types == types


@pytest.mark.parametrize("decoy", [
    "Subject Area: Neurology",
    "Journal of Example Engineering, Volume 20, Number 6",
])
def test_field_and_issue_lines_by_the_title_are_no_title(decoy: str) -> None:
    page = (f"Research Article\nKnight shift in dilute alloys of copper\n{decoy}\n"
            f"Jane A. Doe; John B. Roe; Anna C. Poe\n\nAbstract\n\n{ABSTRACT_TEXT}\n")
    assert clean(page).title == "Knight shift in dilute alloys of copper"


def test_a_breadcrumb_ending_in_the_title_names_it() -> None:
    page = ("Home > Journals > Example Letters > Volume 34 > Knight shift in dilute alloys of "
            "copper and sil...\n\nResearch Article\n\nKnight shift in dilute alloys of copper and "
            "silver at low temperature\nPublished online by Example Press: 15 April 2024\n"
            "Jane A. Doe\n[Opens in a new window]\n, John B. Roe and Anna C. Poe\n"
            f"Show author details\n\nAbstract\n\n{ABSTRACT_TEXT}\n")
    rec = clean(page)
    assert rec.title == "Knight shift in dilute alloys of copper and silver at low temperature"
    assert rec.authors == ("Jane A. Doe", "John B. Roe", "Anna C. Poe")


def test_an_abstract_in_three_languages_is_no_listing() -> None:
    other = "Este artigo descreve um projeto que financia quatro projetos de transcrição " * 3
    spanish = "Este artículo describe un proyecto que financia cuatro proyectos de transcripción " * 3
    page = (f"Resumo\nAbstract\nResumen\n\nKnight shift in dilute alloys of copper\n\n"
            f"Jane A. Doe; John B. Roe; Anna C. Poe\n\nAbstract\n\n{ABSTRACT_TEXT}\n\n"
            f"Resumo\n\n{other}\n\nResumen\n\n{spanish}\n")
    rec = clean(page)
    assert rec.abstract == ABSTRACT_TEXT
    assert rec.title == "Knight shift in dilute alloys of copper"


def test_translations_after_an_abstract_are_dropped_but_close_languages_kept() -> None:
    """Portuguese and Spanish share too many little words to be told apart paragraph by
    paragraph; English after them is a translation."""
    pt = ("Este estudo avaliou o efeito da caminhada sobre o risco de diabetes em adultos de "
          "meia idade. Os participantes foram acompanhados por dez anos e os resultados "
          "mostraram uma redução do risco.")
    es = ("Este estudio evaluó el efecto de la caminata sobre el riesgo de diabetes en adultos "
          "de mediana edad. Los participantes fueron seguidos durante diez años y los "
          "resultados mostraron una reducción del riesgo.")
    page = (f"Artigo original\nCaminhada e diabetes em adultos\nAna Lima\nResumo\n{pt}\n{es}\n"
            f"{ABSTRACT_TEXT}\nIntrodução\n{pt}\n")
    rec = clean(page)
    assert rec.abstract == f"{pt}\n\n{es}"


def test_affiliations_and_citations_under_a_byline_are_no_authors() -> None:
    cases = [
        ("Example Research Institute, Example City\nJane Roe, John Poe and Ann Doe\n",
         ("Jane Roe", "John Poe", "Ann Doe")),
        ("Jane Roe, University of Example\njane [at] example.org\n"
         "Nature Astronomy, volume 3, pages 10-20\n", ("Jane Roe",)),
    ]
    for lines, authors in cases:
        page = f"Moons of the outer planets\n{lines}\nAbstract\n{ABSTRACT_TEXT}\n"
        assert clean(page).authors == authors


@pytest.mark.parametrize("raw, want", [
    ("  plain  words\there ", "plain words here"),
    ("no\u00a0break\u2003em\u3000ideographic", "no break em ideographic"),
    ("café  au\u202flait", "café au lait"),
    ("already tidy", "already tidy"),
    ("zero\u200bwidth stays", "zero\u200bwidth stays"),  # not a space: removed elsewhere
])
def test_runs_of_any_space_become_one(raw: str, want: str) -> None:
    from cleanabstract.front.text import spaced

    assert spaced(raw) == want


@pytest.mark.parametrize("raw, want", [
    ("Ca^2+ and Mg^2+ ions", "Ca2+ and Mg2+ ions"),
    ("strain GD1^T (=DSM 19862^T)", "strain GD1T (=DSM 19862T)"),  # a type strain's superscript
    ("x ^ y and a lone ^", "x ^ y and a lone ^"),
    ("ADA ROE^a1, BEN POE^a2", "ADA ROE^a1, BEN POE^a2"),  # affiliation marks stay for the authors
    ("from cosmogenic ^36Cl exposure ages (^10Be too)", "from cosmogenic 36Cl exposure ages (10Be too)"),
    ("evidence from ^ 13C-glucose", "evidence from 13C-glucose"),  # a wrap after the caret
    ("Fe^III and Mn^II", "FeIII and MnII"),  # oxidation states
    ("Sarah J. Roe^A, Dan Poe^B", "Sarah J. Roe^A, Dan Poe^B"),  # CSIRO's affiliation marks stay
    ("au Caire mamelouk (IX^e/XV^e siècle), le 1^er mai", "au Caire mamelouk (IXe/XVe siècle), le 1er mai"),
    ("WANG LI^a, CHEN CI^b", "WANG LI^a, CHEN CI^b"),  # (marks on names in capitals stay)
])
def test_text_browser_superscript_carets_removed(raw: str, want: str) -> None:
    from cleanabstract.front.text import clean_inline

    assert clean_inline(raw) == want


def test_a_label_repeated_down_the_page_is_no_title() -> None:
    """A tool shown under every entry ('In text citation') repeats far more often than a title
    ever does, however much prose sits below it."""
    notes = "".join(
        f"In text citation\nThe caves of the karst hold many species found nowhere else. We "
        f"sampled {i} springs and streams over two dry seasons, and describe the planarians that "
        "live in them, with notes on their habitat and behaviour.\n" for i in range(1, 9))
    page = ("The first troglobitic flatworm from the caves of South America\nAbout\nJournals\n"
            "Login\nCaveKeys 470: 1-16 (12 Jan 2015)\ndoi: 10.3897/cavekeys.470.8728\n"
            "Contents\nArticle info\nNotes\n" + notes)
    assert clean(page).title == "The first troglobitic flatworm from the caves of South America"


def test_a_reference_whose_first_surname_was_split_off_is_still_a_reference() -> None:
    from cleanabstract.labels import front_matter

    assert front_matter("A, Rubbioli E, Brandi R (2001) As grandes cavernas do Brasil. Grupo")
    assert front_matter("Kawakatsu M, Froehlich EM (1992) Freshwater planarians of Brazil.")
    assert not front_matter("A new species of planarian from the caves of Brazil (2001 survey)")


def test_of_a_title_and_its_translation_the_cited_one_wins() -> None:
    """A thesis shows its title and a translation, one above the other; the citation at the
    foot of the page names the one it was published under."""
    abstract = ("This thesis deals with graph colouring problems. We develop the discharging "
                "method, a counting argument that makes strong use of the structure of the graph, "
                "and prove that planar graphs of maximum degree eight are edge nine-choosable.")
    page = ("Theses\n\nGlobal discharging methods for colouring problems in graphs\n\n"
            "Méthodes de déchargement global pour la coloration des graphes\n\n"
            "Marthe Roe, Jean Poe, Anne Doe\n\nAbstract\n\n" + abstract + "\n\nCite\n\n"
            "Marthe Roe. Global discharging methods for colouring problems in graphs. "
            "Discrete Mathematics. Université de Montpellier, 2015. English.\n")
    assert clean(page).title == "Global discharging methods for colouring problems in graphs"


def test_a_title_shown_five_times_is_still_the_title() -> None:
    abstract = ("We followed 1,200 adults for ten years and found that walking to work lowered "
                "the risk of type 2 diabetes by a fifth, independent of body mass index. The "
                "effect held in both sexes and in every age band we studied.")
    title = "Walking to work and the risk of diabetes in adults"
    page = (f"{title}\n\nShare\n\n{title}\n\nRoe A, Poe B, Doe C\n\nAbstract\n\n{abstract}\n\n"
            f"Cite\n\n{title}\n\nRequest permissions\n\n{title}\n\nPrint\n\n{title}\n")
    assert clean(page).title == title


def test_a_journal_named_in_the_citation_is_no_title() -> None:
    abstract = ("We mapped hedgerows across the lowlands and found that their length fell by a "
                "third in forty years. Losses were greatest where fields were merged, and least "
                "where farms were small.")
    page = ("Journal of Hedge Studies\n\nHedgerow loss in the lowlands since 1980\n\n"
            f"Roe A, Poe B, Doe C\n\nAbstract\n\n{abstract}\n\nCitation: Roe A, Poe B, Doe C. "
            "Hedgerow loss across the lowlands. Journal of Hedge Studies. 2015;3(2):12-20.\n")
    assert clean(page).title == "Hedgerow loss in the lowlands since 1980"


@pytest.mark.parametrize("citation", [
    "Journal of Hedge Studies, v101 n4 p1487-1497 2024",  # ERIC's record
    "Journal of Hedge Studies, v. 18, n. 2, p. 45-60",  # (as Brazilian journals write it)
])
def test_a_citation_by_volume_number_and_page_above_the_abstract_is_no_title(citation: str) -> None:
    """The citation right above an abstract without a heading, under the title and its names
    (ERIC in get_text)."""
    abstract = ("We surveyed hedgerows in three lowland counties and mapped their length from "
                "aerial photographs taken in 1980 and 2020. Hedgerow length fell by a third over "
                "the period, with the greatest losses where fields were merged for arable "
                "farming. Results suggest that small farms kept more of their hedges, and that "
                "grants for replanting have so far offset little of the loss.")
    title = "Hedgerow Loss in the Lowlands since 1980: A Survey of Three Counties"
    page = (f"Peer reviewed\nISSN:\nISSN-0021-9584\nShare:\n{title}\nRoe, Anna M.;\nPoe, Ben\n"
            f"{citation}\n{abstract}\nDescriptors:\nHedges\n")
    assert clean(page).title == title


def _wrapped_value(label: str, text: str) -> str:
    import textwrap

    lines = textwrap.wrap(text, 60)
    return "\n".join(f"{label if i == 0 else '':<16}{line}" for i, line in enumerate(lines))


def test_labels_beside_their_values_are_read_by_rows_not_as_columns() -> None:
    """A repository's record table in a text-mode dump: 'Abstract:' beside its wrapped text is
    no page layout, and the label stays with the text it labels."""
    from cleanabstract.front.text import _column

    abstract = ("We followed 1,200 adults for ten years and found that walking to work lowered "
                "the risk of type 2 diabetes by a fifth, independent of body mass index. The "
                "effect held in both sexes, in every age band and in towns of every size, and "
                "it grew with the distance walked each day.")
    rows = [_wrapped_value("Title:", "Walking to work and diabetes in northern towns"),
            _wrapped_value("Authors:", "Roe, Ada; Poe, Ben; Doe, Cy"),
            _wrapped_value("Abstract:", abstract),
            _wrapped_value("Keywords:", "walking; diabetes; cohort"),
            _wrapped_value("Issue Date:", "2015")]
    page = "Example Repository\n\n" + "\n\n".join(rows) + "\n\nShow full item record\n" * 3
    assert _column(page.splitlines()) is None
    assert clean(page).abstract == abstract


LAYOUT = Path(__file__).parent / "fixtures" / "text" / "copernicus-w3m-table-layout.txt"


def _with_sidebar(items: list[str]) -> str:
    """The layout fixture with another sidebar, drawn from its 16th table row down."""
    lines = [line[:85].rstrip() for line in LAYOUT.read_text("utf-8").split("\n")]
    rows = [i for i, line in enumerate(lines) if line.startswith("  ")]
    for item, i in zip(items, rows[15:], strict=False):
        lines[i] = f"{lines[i]:<87}{item}"
    return "\n".join(lines)


@pytest.mark.parametrize("sidebar", [
    ["Metrics", "  • Views", "  • Downloads", "Cite", "  • BibTeX", "  • EndNote", "Share",
     "  • Email", "  • Twitter", "Related", "  • Similar"],  # headings over indented items
    ["Search GLI", "[Full Text] ●", "PDF XML", "Citation", "Share"],  # a short one
])
def test_a_table_layout_is_read_a_column_at_a_time(sidebar: list[str]) -> None:
    """Menu, article and sidebar drawn side by side: each column read on its own, the article
    rejoined at its own width, and provenance pointing at the page's own lines."""
    rec = clean(_with_sidebar(sidebar))
    assert rec.title == ("Seasonal export of dissolved organic carbon from three upland peat "
                         "catchments in northern Wales")
    assert rec.abstract.startswith("Upland peat soils store") and rec.abstract.endswith(
        "underestimate export by a third.") and "\n" not in rec.abstract
    assert not {"BibTeX", "Submission", "Share"} & set(rec.abstract.split())
    assert rec.provenance["abstract"] == "text:line-21"


def test_a_record_table_of_labels_and_values_is_read_by_rows() -> None:
    """A repository record drawn by w3m: one label beside each value, most of them one line."""
    from cleanabstract.front.text import _column

    abstract = ("We followed 1,200 adults for ten years and found that walking to work lowered "
                "the risk of type 2 diabetes by a fifth, independent of body mass index.")
    fields = [("Title:", "Walking to work and diabetes in the towns of the north"),
              ("Authors:", "Roe, Ada; Poe, Ben; Doe, Cy; Loe, Di; Moe, Ed"),
              ("Abstract:", abstract), ("Keywords:", "walking; active commuting; diabetes"),
              ("Issue Date:", "2015"), ("Publisher:", "University of Example Press, Exampleton"),
              ("Citation:", "Journal of Examples 12(3): 101-109, published in March 2015"),
              ("Type:", "Article, peer reviewed, published version of record"),
              ("URI:", "https://repository.example.org/handle/123456789/4242"),
              ("Appears in:", "School of Health Sciences: articles and papers 2015"),
              ("Licence:", "Creative Commons Attribution 4.0 International licence")]
    lines = []
    for label, value in fields:
        lines += [f"{label if i == 0 else '':<16}{part}" for i, part in enumerate(
            textwrap.wrap(value, 60))]
    assert _column(lines) is None
    rec = clean("Example Repository\n\n" + "\n".join(lines) + "\n\nShow full item record\n")
    assert rec.keywords == ("walking", "active commuting", "diabetes")


def test_a_label_cell_centred_beside_its_value_heads_it() -> None:
    """Inderscience's record table as w3m draws it: each label halfway down its value."""
    keywords = ("Knight shift", "dilute copper alloys", "nuclear magnetic resonance",
                "conduction electrons", "low temperature physics", "solid state")

    def cell(label: str, value: str) -> str:
        parts = textwrap.wrap(value, 60)
        return "\n".join(f"{label if i == (len(parts) - 1) // 2 else '':<12}{part}"
                         for i, part in enumerate(parts))

    page = ("Title:      Knight shift in dilute alloys of copper\n\nAuthors:    Jane Doe; John Roe\n\n"
            + cell("Abstract:", ABSTRACT_TEXT + " " + ABSTRACT_TEXT) + "\n\n"
            + cell("Keywords:", "; ".join(keywords)) + "\n")
    rec = clean(page)
    assert rec.abstract == ABSTRACT_TEXT + " " + ABSTRACT_TEXT
    assert rec.keywords == keywords


def test_label_cells_without_colons_centred_in_rows_without_gaps() -> None:
    """CDS (Invenio) as w3m draws it: labels without colons, halfway down their values, and no
    blank line between rows; a label wrapped onto two lines ('Report' / 'number') ends its
    row."""
    title = ("Radiation tolerance of carbon-enriched Low Gain Avalanche Detectors for the "
             "ATLAS High Granularity Timing Detector after neutron and proton irradiation")

    def cell(label: str, value: str) -> list[str]:
        parts = textwrap.wrap(value, 66)
        return [f"{label if i == (len(parts) - 1) // 2 else '':<12}{part}" for i, part in enumerate(parts)]

    rows = ["Article", "", "Report      arXiv:2403.06417", "number", *cell("Title", title),
            "Subject     physics.ins-det ; Detectors and Experimental Techniques", "category",
            *cell("Abstract", ABSTRACT_TEXT + " " + ABSTRACT_TEXT)]
    rec = clean("\n".join(rows) + "\n")
    assert rec.title == title.rstrip(".")
    assert rec.abstract == ABSTRACT_TEXT + " " + ABSTRACT_TEXT
    # after a gap, a word without a colon beside a cell is taken for no label (SSOAR's second
    # 'Abstract' would otherwise beat its first, whose rows no gap parts from the authors')
    from cleanabstract.front.text import _labels_on_top
    cell_after_gap = ["", *cell("Abstract", ABSTRACT_TEXT)]
    assert _labels_on_top(cell_after_gap) == cell_after_gap


def test_a_centred_label_under_a_row_of_its_own_heads_its_value() -> None:
    """DSpace's full record in w3m: a 'dc.*' field name one space from its value, halfway down
    an abstract whose first rows follow a row of their own ('dc.identifier.uri  https://...');
    the rows past the halfway mark over a label belong to the row above (a title over two
    rows, then 'Author(s)' halfway down five, CDS)."""
    from cleanabstract.front.text import _labels_on_top

    def cell(label: str, value: str, at: int) -> list[str]:
        parts = textwrap.wrap(value, 60)
        return [f"{label if i == (len(parts) - 1) // 2 else '':<{at}}{part}"
                for i, part in enumerate(parts)]

    rows = ["dc.identifier.uri       https://repository.example/handle/1/2",
            *cell("dc.description.abstract", ABSTRACT_TEXT + " " + ABSTRACT_TEXT, 24),
            "dc.language.iso         en"]
    moved = _labels_on_top(rows)
    assert moved[1].startswith("dc.description.abstract: ") and moved[1].endswith(rows[1][24:])
    title = ["Title       Knight shift in dilute alloys of copper and silver at low",
             "            temperatures"]
    authors = ["            Roe, Jane (CERN) ; Poe, Max (DESY) ; Doe, Ann (INFN) ; Moe, Kim",
               "            (LIP) ; Loe, Bo (IFAE) ; Koe, Li (Mainz U.) ; Zoe, Ada (Lund U.)",
               "Author(s)   ; Voe, Eva (Uppsala U.) ; Hoe, Ida (Turin U.) ; Noe, Una (Oslo",
               "            U.) ; Goe, Tor (Bergen U.) ; Foe, Ivo (Prague) ; Joe, Al (Riga U.)",
               "            ; Woe, Eli (Tartu U.)"]
    assert _labels_on_top([*title, *authors])[2].startswith("Author(s):  Roe, Jane")
    # (an even number of rows: one fewer over the label, where the row over them ends the
    # sentence of the value above; EconStor's 'Subjects' under its abstract)
    subjects = ["working from home", "motherhood penalty", "gender earnings gap", "event study",
                "linked employer-employee data", "J16"]
    table = [*cell("Abstract:", ABSTRACT_TEXT, 14),
             *(f"{'Subjects:' if n == 2 else '':<14}{w}" for n, w in enumerate(subjects))]
    first = len(table) - len(subjects)
    assert _labels_on_top(table)[first] == "Subjects:     working from home"
    # (one row over the label, under a row of its own: whose it is, nothing tells)
    two = ["Title       Knight shift in dilute alloys", "            of copper and silver",
           "Author(s)   Roe, Jane ; Poe, Max", "            ; Doe, Ann"]
    assert _labels_on_top(two) == two


def test_the_name_under_an_authors_label_is_no_title() -> None:
    """Brill in w3m: the name runs on to its card's 'View More' toggle, and its affiliation
    below it reads as a byline's: what stands under 'Authors:' is no title all the same."""
    title = "Lire la grammaire dans les marges : les annotations d'un commentaire mamelouk"
    page = (f"Arabica\nResearch Article Restricted Access\n{title}\nIn: Arabica\nAuthors:\n"
            "Claire Roe ● View More\nUniversité Lumière Lyon 2, CIHAM-UMR 5648, Lyon, France\n"
            "View Less\nOnline Publication Date:\n12 Jun 2024\nAbstract\n"
            "Les manuscrits de commentaires grammaticaux produits au Caire à l'époque mamelouke "
            "portent souvent des notes marginales. Cette étude en décrit trois cents, relevées "
            "dans douze copies, et montre comment les lecteurs corrigeaient et complétaient le "
            "texte de la glose au fil de leur enseignement.\n")
    assert clean(page).title == title


def test_a_title_cell_under_its_label_beats_the_journal_shown_twice() -> None:
    page = ("International Journal of Examples\nIssues\nInternational Journal of Examples\n"
            "2024 Vol.45 No.2\nTitle:\nKnight shift in dilute alloys of copper at low temperature\n"
            f"Authors:\nJane Doe; John Roe\nAbstract:\n{ABSTRACT_TEXT}\n")
    assert clean(page).title == "Knight shift in dilute alloys of copper at low temperature"


def test_a_file_mark_before_the_page_title_hides_no_title() -> None:
    """Academia.edu's <title>: '(PDF) <title> | <uploader> - Academia.edu'."""
    page = ("(PDF) Knight shift in dilute alloys of copper | Jane Doe - Academia.edu\n"
            "Knight shift in dilute alloys of copper\nJane Doe\nUniversity of Example\n"
            f"Abstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).title == "Knight shift in dilute alloys of copper"


def test_a_data_table_is_no_page_layout() -> None:
    from cleanabstract.front.text import _column

    rows = [f"Total abundance   Outward   Count  {40 + i}.24 3.37 40.87 47.61" for i in range(12)]
    assert _column(["      Taxa        Direction Method Mean  S.E. Lower Upper", *rows]) is None


@pytest.mark.parametrize("text, lang", [
    ("Videosprechstunden wurden in ländlichen Regionen, in denen sie Wege verkürzen könnten, "
     "seltener genutzt als in Städten. Maßnahmen zur Förderung sollten die digitale "
     "Infrastruktur berücksichtigen.", "de"),
    ("Os adolescentes em insegurança alimentar consumiram mais alimentos ultraprocessados na "
     "escola e nos fins de semana.", "pt"),
    ("More than 100 scientific journals have disappeared from the Internet", "en"),
    # titles: few function words, some shared by several languages
    ("Valorisation catalytique de la lignine en composés aromatiques biosourcés", "fr"),
    ("Catalytic upgrading of lignin into bio-based aromatic compounds", "en"),
    ("Insegurança alimentar e consumo de alimentos ultraprocessados entre adolescentes de "
     "escolas públicas do Recife", "pt"),
    ("Penelitian ini bertujuan untuk mengetahui pengaruh Trichoderma terhadap pertumbuhan "
     "padi gogo yang ditanam pada tanah masam.", "id"),
    ("Bu çalışma, farklı sulama düzeylerinin makarnalık buğdayın tane verimi ve kalite "
     "özellikleri üzerine etkilerini belirlemek amacıyla yürütülmüştür.", "tr"),
    ("Celem pracy była ocena wyników leczenia chorych w wieku powyżej 70 lat, którzy zostali "
     "poddani operacji przez minitorakotomię.", "pl"),
    # Polish that shares 'na' and 'do' with Portuguese and none of the older Polish list
    # (Biblioteka Nauki's second paragraph had read as Portuguese and been cut as a translation)
    ("Średnia roczna temperatura wynosiła 1,4°C, a w nocy osiągała 2,6°C, przy czym najwyższe "
     "wartości notowano w sytuacjach bez wiatru; wzrost wynosił 0,3°C na dekadę, do dziś.", "pl"),
    ("Hrast lužnjak u nizinskim šumama istočne Hrvatske ovisi o redovitom pomlađivanju, koje je "
     "nakon poplava sve rjeđe.", "hr"),
    # Danish, Norwegian, Swedish, Finnish, Czech and Romanian (Danish had read as French)
    ("Artiklen undersøger, hvordan borgere med kronisk lungesygdom og kommunale fysioterapeuter "
     "forhandler om selvtræning, når genoptræning flyttes hjem.", "da"),
    ("Ufrivillig deltid blant sykepleiere er et problem som har fått mye oppmerksomhet, og det er "
     "behov for mer kunnskap om turnus.", "no"),
    ("Syftet med studien var att undersöka hur sjuksköterskor upplever arbetet och vilka "
     "faktorer som påverkar deras arbetsmiljö.", "sv"),
    ("Tämän tutkimuksen tarkoituksena oli selvittää, miten sairaanhoitajat kokevat työn ja "
     "mitkä tekijät vaikuttavat siihen sekä jaksamiseen.", "fi"),
    ("Cílem této studie bylo zjistit, jak sestry vnímají práci na urgentním příjmu a které "
     "faktory ovlivňují jejich pracovní prostředí.", "cs"),
    ("Scopul acestui studiu a fost de a examina modul în care asistentele percep munca și care "
     "sunt factorii care influențează mediul de lucru.", "ro"),
    # the Arabic script: Persian and Urdu by the letters Arabic does not write
    ("يهدف هذا البحث إلى دراسة تأثير الملوحة على إنبات الشعير في منطقة بسكرة.", "ar"),
    ("هدف این پژوهش برآورد نرخ فرونشست دشت نیشابور با تداخل‌سنجی راداری است.", "fa"),
    ("اس تحقیق کا مقصد پاکستان میں گندم کی پیداوار پر درجہ حرارت کے اثرات کا جائزہ لینا ہے۔", "ur"),
])
def test_language_of_a_short_abstract(text: str, lang: str) -> None:
    from cleanabstract import language

    assert language.detect(text) == lang


KEYWORDS_PAGE = ("Knight shift in dilute alloys of copper\n\nJane A. Doe; John B. Roe; Anna C. Poe\n"
                 f"\nAbstract\n\n{ABSTRACT_TEXT}\n\n{{keywords}}\n\nIntroduction\n\n"
                 "Alloys of copper have been studied for a century and more.\n")


@pytest.mark.parametrize("keywords, want", [
    # of keywords in two languages, those in the abstract's (here English), wherever shown
    ("Palavras-chave\nligas; cobre; ressonância\n\nKeywords\nalloys; copper; resonance",
     ("alloys", "copper", "resonance")),
    ("Keywords\nalloys; copper; resonance\n\nPalavras-chave\nligas; cobre; ressonância",
     ("alloys", "copper", "resonance")),
    ("Schlüsselwörter\nLegierung - Kupfer - Resonanz", ("Legierung", "Kupfer", "Resonanz")),
    # a list on one line is all of them: the short lines after it are something else
    ("Keywords\nalloys, copper, resonance, spin\nType\nResearch Article",
     ("alloys", "copper", "resonance", "spin")),
    # ... unless it goes on: a separator at its end, or one keyword a line
    ("Keywords\nalloys, copper,\nresonance", ("alloys", "copper", "resonance")),
    ("Keywords\nalloys\n;\ncopper;\nresonance", ("alloys", "copper", "resonance")),
    # list items end at the first line that is none
    ("Keywords\n• alloys\n• copper\nResearch organism\n• Mus musculus", ("alloys", "copper")),
    # 'Keywords' as an item of a search form's menu heads nothing
    ("• Title\n• Keywords\n• Author\n• Journal", ()),
])
def test_keywords_of_the_page_s_own_language_and_no_further(keywords: str, want: tuple) -> None:
    assert clean(KEYWORDS_PAGE.format(keywords=keywords)).keywords == want


@pytest.mark.parametrize("byline, names", [
    ("Rosa I. Delgado-Marín, MD, MPH1,2; Kevin T. Oyelaran, PhD3; Helena J. Strand, MS1",
     ("Rosa I. Delgado-Marín", "Kevin T. Oyelaran", "Helena J. Strand")),
    ("Maartje E. van der Linden, M.D., Ph.D., Pieter J. Claessens, M.D., and Signe H. "
     "Mortensen, M.Sc., for the MELODY Trial Investigators*",
     ("Maartje E. van der Linden", "Pieter J. Claessens", "Signe H. Mortensen")),
    ("Lena Fischbach1 ∙ Arjun Mehta1,2 ∙ Rosa Delgado-Pinto1,6,7,∗",
     ("Lena Fischbach", "Arjun Mehta", "Rosa Delgado-Pinto")),
    ("Marco Lindner ORCID logo, Aino Virtanen, Jiří Kratochvíl and Susanne Oberhofer EMAIL logo",
     ("Marco Lindner", "Aino Virtanen", "Jiří Kratochvíl", "Susanne Oberhofer")),
    # one a line: affiliations between them, a dated line before, marks get_text moved on
    ("51 Pages Posted: 5 Oct 2023\nMarta Quintana-Reyes\nUniversidad Carlos III de Madrid - "
     "Department of Business\nJonas Feldhaus\nGoethe University Frankfurt",
     ("Marta Quintana-Reyes", "Jonas Feldhaus")),
    ("Katharina Vogelsang\n1, Jonas Riedl\n1, Miriam Okafor",
     ("Katharina Vogelsang", "Jonas Riedl", "Miriam Okafor")),
])
def test_author_lines_without_degrees_icons_and_marks(byline: str, names: tuple) -> None:
    page = f"Knight shift in dilute alloys of copper\n{byline}\n\nAbstract\n\n{ABSTRACT_TEXT}\n"
    assert clean(page).authors == names


def test_a_note_closing_a_structured_abstract_joins_its_last_section() -> None:
    page = ("Melatonin after hip surgery\n\nAbstract\n\nBACKGROUND\nDelirium is common after "
            "surgery.\n\nMETHODS\nWe randomised 600 patients to melatonin or placebo.\n\n"
            "CONCLUSIONS\nMelatonin did not lower the incidence of delirium.\n\n"
            "(Funded by the Example Council; ClinicalTrials.gov number, NCT01234567.)\n\n"
            "Get the latest research and clinical content from Example Journal.\n\n"
            "Subscribe Now\n")
    rec = clean(page)
    assert rec.abstract_sections[-1].text == (
        "Melatonin did not lower the incidence of delirium. (Funded by the Example Council; "
        "ClinicalTrials.gov number, NCT01234567.)")
    assert rec.abstract.endswith("NCT01234567.)")
    assert {r.text for r in rec.removed} >= {
        "Get the latest research and clinical content from Example Journal.", "Subscribe Now"}


def test_labels_run_in_after_sentences_of_one_paragraph_split_it() -> None:
    page = ("Closed-loop nerve stimulation\n\nAbstract\n\nObjective. We tested whether timing "
            "matters. Approach. Forty adults took part in a crossover study. Main results. "
            "Timed stimulation doubled the effect. Significance. Timing matters for trials.\n\n"
            "Original content from this work may be used under the terms of the Creative "
            "Commons Attribution 4.0 licence.\n")
    rec = clean(page)
    assert [(s.label, s.text) for s in rec.abstract_sections] == [
        ("Objective", "We tested whether timing matters."),
        ("Approach", "Forty adults took part in a crossover study."),
        ("Main results", "Timed stimulation doubled the effect."),
        ("Significance", "Timing matters for trials.")]
    assert "licence" not in rec.abstract


def test_an_orcid_address_between_two_authors_does_not_cut_the_list() -> None:
    page = ("Closed-loop nerve stimulation in healthy adults\nMaren Solberg1\n"
            "https://orcid.org/0000-0001-6402-3318\n, Carlos E Ibáñez2 and Priyanka Raghavan1\n"
            f"\nAbstract\n\n{ABSTRACT_TEXT}\n")
    assert clean(page).authors == ("Maren Solberg", "Carlos E Ibáñez", "Priyanka Raghavan")


def test_a_title_s_translation_below_it_is_not_the_title() -> None:
    page = ("Originalarbeit\n\nNutzung von Videosprechstunden in ländlichen und städtischen "
            "Regionen: Eine Analyse der Jahre 2020 bis 2022\nUse of Video Consultations in Rural "
            "and Urban Regions: An Analysis of the Years 2020 to 2022\nKatharina Vogelsang\n"
            "Jonas Riedl\n\nZusammenfassung\n\nDie Pandemie hat die Verbreitung von "
            "Videosprechstunden in der hausärztlichen Versorgung beschleunigt, und wir haben die "
            "Nutzung in den Regionen mit den Daten der Praxen verglichen.\n")
    rec = clean(page)
    assert rec.title.startswith("Nutzung von Videosprechstunden")
    assert rec.authors == ("Katharina Vogelsang", "Jonas Riedl")


def test_a_japanese_page_keeps_its_japanese_title_authors_and_abstract() -> None:
    japanese = ("近年の夏季の夜温上昇は水稲の玄米品質を低下させる要因として懸念されているが，"
                "日中の高温とは独立した夜温の影響は明らかでない．本研究では人工気象室で夜温を"
                "変えて白未熟粒の発生を調べた．")
    page = ("研究論文 ジャーナル フリー\n夜間の高温が水稲の白未熟粒発生に及ぼす影響\n"
            "田中 由紀1), 佐々木 健太2), 森本 亮2)\nEffects of High Night Temperature on Chalky "
            "Grain Occurrence in Rice\nYuki TANAKA, Kenta SASAKI, Ryo MORIMOTO\n\n抄録\n\n"
            f"{japanese}\n\n{ABSTRACT_TEXT} {ABSTRACT_TEXT}\n\nキーワード： 高温登熟, 白未熟粒\n")
    rec = clean(page)
    assert rec.title == "夜間の高温が水稲の白未熟粒発生に及ぼす影響"
    assert rec.authors == ("田中 由紀", "佐々木 健太", "森本 亮")
    assert rec.abstract == japanese
    assert rec.article_types == ("研究論文",)
    assert rec.warnings == ()


def test_w3m_subscripts_and_affiliation_marks() -> None:
    abstract = textwrap.fill(f"The cathode reduced O[2] to H[2]O[2] at high yield (Gd[0.2]Y[0.8] "
                             f"and Aβ[42/40] too), and Ṁ[O[2]] "
                             f"fell in bla[CTX-M-1] strains with HbA[1c] unchanged. {ABSTRACT_TEXT} "
                             f"{ABSTRACT_TEXT} {ABSTRACT_TEXT} {ABSTRACT_TEXT} {ABSTRACT_TEXT}",
                             78)
    byline = textwrap.fill("Hanna Kowalczyk^a, Tiago R. Mendes^a, Ahmed El-Sayed ORCID logo^b "
                           "and Giulia Ferraro ORCID logo^*ab", 78)
    page = (f"Glycolate coupled to H[2]O[2] generation in a flow cell\n\n{byline}\n\n"
            f"Abstract\n\n{abstract}\n")
    rec = clean(page)
    assert rec.title == "Glycolate coupled to H2O2 generation in a flow cell"
    assert rec.abstract.startswith("The cathode reduced O2 to H2O2 at high yield (Gd0.2Y0.8 and "
                                   "Aβ42/40 too), and ṀO2 fell "
                                   "in blaCTX-M-1 strains with HbA1c unchanged.")
    # a caret inside a raw TeX formula is TeX's, not w3m's superscript
    from cleanabstract.front.text import clean_inline
    assert clean_inline("a solution of $\\det D^2 u = f$ with Ca^2+ ions") == (
        "a solution of $\\det D^2 u = f$ with Ca2+ ions")
    assert clean_inline("flows of class \\(C^2\\) with Ca^2+ ions") == "flows of class \\(C^2\\) with Ca2+ ions"
    assert rec.authors == ("Hanna Kowalczyk", "Tiago R. Mendes", "Ahmed El-Sayed", "Giulia Ferraro")
    # only in a text browser's dump: elsewhere '[4]' after a word is a citation or a link
    assert texts("Cases of COVID-19[4] rose in 2021, as reported previously[12] in mice.") == [
        "Cases of COVID-19[4] rose in 2021, as reported previously[12] in mice."]



def test_a_title_far_above_its_abstract_is_found_when_nothing_near_is() -> None:
    tools = "\n".join(f"Assessment term {n}: convincing and important evidence" for n in range(45))
    page = ("Sleep rebound after starvation in fruit flies\nChiamaka N Okafor\nJun-Ho Park\n"
            "Daniel R WhitcombeIs a corresponding author\nVersion of Record\n"
            "Cite this article (links to download the citations from this article)\n"
            f"{tools}\nOkafor CN, Park J-H, Whitcombe DR (2024) Sleep rebound after starvation "
            f"in fruit flies. eLife 13:RP93417.\n\nAbstract\n\n{ABSTRACT_TEXT}\n")
    rec = clean(page)
    assert rec.title == "Sleep rebound after starvation in fruit flies"
    assert rec.authors == ("Chiamaka N Okafor", "Jun-Ho Park", "Daniel R Whitcombe")


def test_soup_rejoins_italic_prefixes_and_mass_numbers() -> None:
    from bs4 import BeautifulSoup

    html = """<html><body>
      <h2>Abstract</h2>
      <p>Secondary and <i>ortho</i>-substituted substrates react with <i>Ulva</i> extract,
         and <sup>13</sup>CO<sub>2</sub> labelling supports the mechanism we propose.</p>
      <p>A second paragraph, on <i>Ulva</i> and <i>Fucus</i>, closes it.</p>
    </body></html>"""
    page = BeautifulSoup(html, "html.parser").get_text("\n")
    assert texts(page)[1] == ("Secondary and ortho-substituted substrates react with Ulva "
                              "extract, and 13CO2 labelling supports the mechanism we propose.")


def test_type_words_of_a_menu_above_the_title_are_no_types() -> None:
    page = ("Latest\nNews\nResearch\nEducation\nComment\nPodcasts\nCampaigns\nResearch\n"
            "Knight shift in dilute alloys of copper\nJane A. Doe, John B. Roe, Anna C. Poe\n"
            f"\nAbstract\n\n{ABSTRACT_TEXT}\n")
    assert clean(page).article_types == ("Research",)


def test_a_structured_abstract_without_a_heading_is_found_by_its_labels() -> None:
    page = ("Gabapentinoids and hip fracture in kidney disease\nKatrine L Roe,1 Jonas B Poe2\n"
            "Correspondence: Katrine L Roe, Department of Epidemiology, Example University\n"
            "Purpose: Gabapentinoids are prescribed more and more often for pain in patients with "
            "kidney disease, in whom they may accumulate and cause falls.\nPatients and Methods: "
            "Using national registries we matched new users to non-users and followed them for a "
            "year for hip fracture.\nResults: We included 21,486 pairs, and the risk of hip "
            "fracture was higher among users than among non-users of the drugs.\nConclusion: "
            "Gabapentinoids were associated with hip fracture in older adults with kidney disease.\n"
            "Keywords: gabapentin, pregabalin, hip fracture\n")
    rec = clean(page)
    assert [s.label for s in rec.abstract_sections] == [
        "Purpose", "Patients and Methods", "Results", "Conclusion"]


def test_a_table_of_contents_with_snippets_before_abstract_toggles_is_no_article() -> None:
    entry = ("Research Article\nSelect article\nThermal tolerance of stonefly nymph number {n} "
             "along an elevation gradient\nHannah R. Roe, Julio C. Poe\nPages: {n}-{m}\n"
             "https://doi.org/10.61893/jfib.2024.00{n}\nStonefly nymphs are among the most "
             "cold-adapted aquatic insects, yet their capacity to tolerate heat is poorly known. "
             "We measured the critical thermal maxima of nymphs along a gradient of elevation.\n"
             "Abstract\nFull text\nPDF\n")
    page = "Volume 12, Issue 3\n" + "".join(entry.format(n=10 + k, m=20 + k) for k in range(5))
    rec = clean(page)
    assert rec.warnings == ("not-an-article",) and rec.abstract is None and rec.doi is None


def test_a_type_and_a_date_set_as_a_row_of_links_give_the_type() -> None:
    page = ("Research article | 14 Mar 2024\nHeatwave-driven methane ebullition from a rewetted "
            "coastal fen\nHannah Roe1, Tunde Poe1, and Ines Doe2\n\nAbstract\n\n"
            f"{ABSTRACT_TEXT}\n")
    assert clean(page).article_types == ("Research article",)


def test_emerald_labels_and_a_history_line_end_the_abstract_where_they_should() -> None:
    page = ("Algorithmic scheduling and turnover in hotels\n\nAbstract\n\nPurpose\nThis study "
            "examines scheduling software and turnover.\n\nDesign/methodology/approach\nWe "
            "surveyed 486 employees in 37 hotels.\n\nOriginality/value\nThe first study of its "
            "kind in housekeeping.\n\nReceived 23 October 2023; Accepted 6 March 2024; "
            "Published 11 April 2024\n")
    rec = clean(page)
    assert [s.label for s in rec.abstract_sections] == [
        "Purpose", "Design/methodology/approach", "Originality/value"]
    assert "Received" not in rec.abstract


def test_a_registration_closing_a_structured_abstract_is_no_sign_of_a_cut() -> None:
    page = ("CBT for insomnia in shift nurses\n\nAbstract\n\nBackground: Nurses on rotating "
            "shifts sleep badly.\n\nResults: Insomnia fell by a third.\n\nTrial Registration: "
            "ClinicalTrials.gov NCT05012345; https://clinicaltrials.gov/study/NCT05012345\n\n"
            "International Registered Report Identifier (IRRID): RR2-10.2196/38820\n")
    rec = clean(page)
    assert rec.abstract_sections[-1].label == "International Registered Report Identifier (IRRID)"
    assert rec.warnings == ()


@pytest.mark.parametrize("line, is_one", [
    ("Maja Lindqvist", True), ("Daniel E. Okonkwo1,2", True),
    ("Madrid, Spain", False),  # a surname-first name looks like a place: neither counts
    ("Stockholm University", False), ("Individual Access", False),
    ("Heat waves are increasing worldwide," + ",".join(map(str, range(1, 40))) + " and more",
     False)])  # (and fast: a run of marks once backtracked for minutes)
def test_one_name(line: str, is_one: bool) -> None:
    from cleanabstract.labels import one_name

    assert one_name(line) is is_one


def test_pages_whose_lines_end_in_spaces_or_are_minified_stay_readable() -> None:
    from bs4 import BeautifulSoup

    page = (f"Knight shift in dilute alloys of copper\nJane A. Doe, John B. Roe, Anna C. Poe\n\n"
            f"Abstract\n\n{ABSTRACT_TEXT}\n\nKeywords: alloys; copper\n")
    trailing = "\n".join(line + " " for line in page.split("\n"))
    html = ("<html><body><div>Home</div> <div>Journals</div> <h1>Knight shift in dilute alloys "
            "of copper</h1> <p>Jane A. Doe, John B. Roe, Anna C. Poe</p> <h2>Abstract</h2> "
            f"<p>{ABSTRACT_TEXT}</p> <p>Keywords: alloys; copper</p></body></html>")
    minified = BeautifulSoup(html, "html.parser").get_text("\n")
    for text in (trailing, minified):
        rec = clean(text)
        assert rec.title == "Knight shift in dilute alloys of copper"
        assert rec.abstract == ABSTRACT_TEXT and rec.keywords == ("alloys", "copper")


def test_received_and_accepted_inside_an_abstract_do_not_end_it() -> None:
    page = ("Text-message invitations to screening\n\nAbstract\n\nWe invited adults to "
            "screening by text message in a randomised trial of two wordings.\n\nOf the 4,000 "
            "adults who received a text-message invitation, 2,100 accepted it within a week.\n\n"
            "Personal wording raised uptake by a tenth over the standard one.\n")
    assert clean(page).abstract.endswith("over the standard one.")


@pytest.mark.parametrize("lines, title", [
    ("Example Journal\nFollow-up of older adults after heat waves in forty cities",
     "Follow-up of older adults after heat waves in forty cities"),
    ("Home > Journals > Environmental Health Perspectives\nEnvironmental Health Perspectives\n"
     "Heat waves and mortality in forty cities of Europe",
     "Heat waves and mortality in forty cities of Europe"),
])
def test_titles_that_look_like_chrome_and_chrome_that_looks_like_a_title(lines: str,
                                                                        title: str) -> None:
    page = f"{lines}\nJane A. Doe, John B. Roe, Anna C. Poe\n\nAbstract\n\n{ABSTRACT_TEXT}\n"
    assert clean(page).title == title


@pytest.mark.parametrize("line, instruction", [
    ("Sign in to download the full text", True), ("If you have access, log in?", True),
    ("Free access for subscribers?", True),  # (an offer, however it ends)
    ("To what extent does heat exposure predict acute kidney injury?", False),  # a question
])
def test_instructions_but_not_a_titles_question_are_doubted(line: str, instruction: bool) -> None:
    from cleanabstract.title import _title_doubts

    assert (_title_doubts(line) > 0) == instruction


@pytest.mark.parametrize("line, doubted", [
    ("Sarah E. Whitfield", True), ("Okonkwo, Daniel E", True),
    ("Claire Dumontet & Étienne Favreau", True), ("西北农林科技大学水土保持研究所", True),
    ("Backpressure Flow Control", False), ("Heat waves & mortality", False),
    ("IV. Learning the Contact Covariance", True), ("Article and author information", True),
    ("Tan Siew Ling (a3) and Matthew J. Oakes (a2)", True),
    ("Lotte Verhaegen, Marc De Smedt, Pieter Claeys Show all authors", True),
    ("Stanford University - Graduate School of Business", True),
    ("최재웅 (부산대학교 조선해양공학과)", True),  # a name with its Korean department
    # a record's fields (OpenAlex in w3m), not a title's 'Funding Cuts: ...'
    ("Institutions: Lakeside University, Northern Institute of Soil Science", True),
    ("Funders: Deutsche Forschungsgemeinschaft, Swedish Research Council Formas", True),
    ("Funders and Their Priorities in Global Health", False),
    ("한국산학기술학회 논문지 Vol.25 No.3 [2024] 112-121(10쪽)", True),  # a citation (RISS)
    ("国家自然科学基金项目(42061012) 甘肃省重点研发计划项目(21YF5NA094)", True),  # grants (CQVIP)
    ("国家自然科学基金项目管理研究", False),  # (a title on the programme)
    ("ภาควิชาสัตวศาสตร์ คณะเกษตรศาสตร์ มหาวิทยาลัยขอนแก่น", True),  # a Thai department
    # an institution's name, not a title that opens with an institution's word
    ("Institute for Advanced Study", True), ("Hospital Clínic de Barcelona", True),
    ("Fakultas Pertanian Universitas Riau", True), ("Facultad de Ciencias Agrarias", True),
    # a citation line, its year after the volume's '54(3):151-158' (Ovid's 'Source' field)
    ("Source JONA: The Journal of Nursing Administration. 54(3):151-158, March 2024.", True),
    ("Interleukin 6 (IL-6) and 12 (p70): markers of sepsis", False),
    ("University students and sleep deprivation: a cohort study", False),
    ("Hospital-acquired pneumonia in older adults", False),
    ("Institutional investors and corporate governance in emerging markets", False),
    # a date's label and its date, not a title that opens with the label's word
    ("Received 12 May 2023", True), ("Published online by Cambridge University Press:", True),
    ("Volume 12, Issue 3", True), ("Received wisdom and accepted practice in surgery", False),
    ("Volume rendering techniques for medical imaging", False),
    ("Published mayhem in the archives", False),
])
def test_names_and_affiliations_are_doubted_as_titles(line: str, doubted: bool) -> None:
    """A text browser may lay the authors out nearer the abstract than the title: a line of
    one or two names (with an initial, or surname first) or an institute is no title."""
    from cleanabstract.title import _title_doubts

    assert (_title_doubts(line) >= 3) is doubted


def test_a_chinese_title_the_pages_own_title_repeats_wins_over_its_institute() -> None:
    title = "黄土高原退耕还林区土壤团聚体稳定性及其与有机碳组分的关系"
    page = "\n".join([
        f"{title} - 中国知网", "首页", "期刊", title, "张伟1", "李娜2",
        "西北农林科技大学水土保持研究所", "摘要：",
        "为揭示退耕还林对黄土高原土壤结构和碳固存的影响，本研究以不同退耕年限的刺槐林地为对象，"
        "以坡耕地为对照，测定了土壤团聚体稳定性和有机碳组分，结果表明退耕显著提高了团聚体稳定性。",
        "关键词：", "退耕还林；土壤团聚体；有机碳"])
    assert clean(page).title == title


def test_a_french_news_story_quoting_a_papers_summary_is_no_article() -> None:
    page = "\n".join([
        "Accueil", "Bretagne", "Des chercheurs découvrent une algue qui dégrade le plastique",
        "Publié le 07/03/2019 à 06h30", "Modifié le 07/03/2019 à 11h48", "12 commentaires",
        "Une équipe du laboratoire des sciences de la mer de l'université de Brest a identifié "
        "une microalgue qui dégrade le PET, selon une étude publiée dans une revue scientifique.",
        "« Au départ, on cherchait tout autre chose, raconte Maëlle Le Goff, doctorante. Nous "
        "avons vu les films se creuser en quelques semaines. »",
        "Lire aussi", "L'étude en bref",
        "Résumé. Les chercheurs ont isolé une microalgue marine qui colonise les débris "
        "plastiques et sécrète une enzyme qui dégrade le PET à basse température dans l'eau.",
        "Publication : M. Le Goff et al., Marine Biology Letters, 2019, doi:10.3318/mbl.2019.00217",
        "« Ce n'est pas une solution miracle, précise Yann Kerbrat, directeur du laboratoire. »",
        "Sur le même sujet"])
    rec = clean(page)
    assert rec.abstract is None and "not-an-article" in rec.warnings


def test_structured_labels_that_also_head_page_fields() -> None:
    """'Subjects:' heads arXiv's subject line, and a SAGE abstract's section on its patients;
    a label run in before a number ('Participants: 412 adults') splits a paragraph too."""
    page = ("Balance training by video call after knee arthroplasty\nAnn Roe, Ben Poe, Cy Doe\n"
            "Abstract\nObjective: To assess whether balance training by video call is feasible.\n"
            "Setting: A university hospital and the participants' homes.\n"
            "Subjects: Forty-eight patients who underwent primary knee arthroplasty.\n"
            "Results: Adherence was 87%. Participants: 412 adults completed the survey.\n")
    rec = clean(page)
    assert [s.label for s in rec.abstract_sections] == [
        "Objective", "Setting", "Subjects", "Results", "Participants"]


def test_an_abstract_label_glued_to_its_text_opens_it() -> None:
    page = ("Pyoverdine cheaters in cystic fibrosis sputum\nAnn Roe, Ben Poe, Cy Doe\n"
            "AbstractIron limitation selects for the production of pyoverdine, a public good "
            "that cheaters exploit; we measured their spread in sputum from forty patients.\n"
            "doi: https://doi.org/10.1101/151877CiteULike\n")
    rec = clean(page)
    assert rec.abstract.startswith("Iron limitation selects")
    assert rec.doi == "10.1101/151877"


def test_soup_a_link_closing_a_sentence_after_a_comma_joins_it() -> None:
    soup = "Roe\n,\nDoe\n.\nVol\n.\n3\n)\n"
    page = soup + ("Methods\nThe trial was done in 48 villages and is registered with ClinicalTrials.gov,"
                   "\nNCT05127843\n, and is completed.\nFindings")
    assert ("The trial was done in 48 villages and is registered with ClinicalTrials.gov, "
            "NCT05127843, and is completed.") in texts(page)


def test_a_byline_under_the_title_is_not_run_on_to_it() -> None:
    title = "Soil organic carbon under cover cropping: a six-year field study"
    page = (f"Open Access Article\n{title}\nby Rafael Duarte1, Camille Moreau2 and Hamza Iqbal1\n"
            "1\nCentre for Functional Ecology, University of Coimbra, Portugal\n"
            f"Abstract\n{ABSTRACT_TEXT}\n")
    rec = clean(page)
    assert rec.title == title.rstrip(".")


def test_a_menus_highlights_item_hides_no_title() -> None:
    """innerText marks no list items: a 'Highlights' menu entry is told from a Highlights box
    by the short items after it."""
    title = "Ground-state cooling of the librational motion of a levitated nanorotor"
    page = "\n".join(["Physical Review Letters", "Highlights", "Recent", "Accepted",
                       "Collections", "Editorial Team", "Letter", title,
                       "Kenji Arakawa, Lena M. Vogt, Irene Castellanos", "Abstract", ABSTRACT_TEXT])
    assert clean(page).title == title


def test_a_listing_whose_items_each_show_a_type_is_no_article() -> None:
    items = [f"Research Article\nLinking dune vegetation to {topic} along a microtidal coast\n"
             f"Strand et al.\nJournal of Marine Ecology, 2023\nAbstract PDF Add to list\n"
             f"We examine how dune vegetation interacts with {topic} using observations from "
             f"fifty monitoring sites, and show that seasonal variability dominates over trends."
             for topic in ("sea-level rise", "storm surge", "estuarine turbidity", "erosion")]
    rec = clean("Search results\n148 results for dune vegetation\n" + "\n".join(items))
    assert rec.abstract is None and "not-an-article" in rec.warnings


def test_authors_one_a_line_with_the_conjunction_before_the_last() -> None:
    page = ("Knight shift in dilute alloys of copper\nGeneviève Lachance-Roy,\nÉtienne Bourassa et\n"
            f"Nadia Kanatewat\nAbstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).authors == ("Geneviève Lachance-Roy", "Étienne Bourassa", "Nadia Kanatewat")


def test_a_breadcrumb_cut_short_over_the_title_beats_a_note_naming_the_journal() -> None:
    """Érudit: the breadcrumb's last step, cut short, right over the title; 'Un article de la
    revue ...' closer to the abstract names the journal, no title."""
    page = ("Revues\nCahiers de géographie\nVolume 67, numéro 189, septembre 2023\n"
            "La pêche blanche au lac Saint-Pierre : savoirs locaux…\n"
            "La pêche blanche au lac Saint-Pierre : savoirs locaux et couvert de glace\n"
            "…plus d’informations\nReçu le 14 novembre 2022 ; accepté le 2 juin 2023\n"
            "Un article de la revue Cahiers de géographie\nVolume 67, Numéro 189, p. 211–232\n"
            f"Résumé\n{ABSTRACT_TEXT}\n")
    assert clean(page).title == ("La pêche blanche au lac Saint-Pierre : savoirs locaux et "
                                 "couvert de glace")


@pytest.mark.parametrize("glued, abstract", [
    (f"Résumé{ABSTRACT_TEXT}", ABSTRACT_TEXT),  # plain get_text runs the label on (Persée)
    (f"Abstract{ABSTRACT_TEXT}", ABSTRACT_TEXT),
    ("Summary statistics were computed for every site and every year of the panel we built "
     "from the registry.", None),  # a sentence that opens with the word
])
def test_a_label_glued_to_its_abstract(glued: str, abstract: str | None) -> None:
    page = f"Knight shift in dilute alloys of copper\nJane Doe\n{glued}\nIntroduction\n"
    assert clean(page).abstract == abstract


@pytest.mark.parametrize("heading, paragraph, sections", [
    ("Resumen", "Objetivo: evaluar un programa de recreos activos en escolares. Método: ensayo "
     "controlado aleatorizado en 12 centros públicos. Resultados: la actividad aumentó en el "
     "grupo de intervención. Conclusiones: los recreos activos son eficaces.",
     ["Objetivo", "Método", "Resultados", "Conclusiones"]),  # Dialnet: lower case after ':'
    ("Аннотация научной статьи по сельскому хозяйству, автор научной работы — Кузнецова Анна",
     "Цель: Оценить влияние сроков посева на урожайность пшеницы. Методы: Полевой опыт проводили "
     "в 2019–2021 гг. Результаты: Ранний посев повысил урожайность. Научная новизна: Впервые "
     "оценены сроки посева новых сортов.",
     ["Цель", "Методы", "Результаты", "Научная новизна"]),  # CyberLeninka's described heading
])
def test_structured_labels_run_in_one_paragraph_in_spanish_and_russian(
        heading: str, paragraph: str, sections: list) -> None:
    page = f"Knight shift in dilute alloys of copper\nJane Doe\n{heading}\n{paragraph}\nIntroduction\n"
    assert [s.label for s in clean(page).abstract_sections] == sections


def test_a_cookie_banner_over_the_tabs_does_not_end_the_head_of_a_page_without_abstract() -> None:
    """A retraction notice (no abstract): its head ends at the first tab after some prose,
    and the prose of a cookie banner the rules dropped is none."""
    page = ("We use cookies and similar technologies on our websites to provide a personalized "
            "experience, measure traffic and improve our services. You can accept all of them, "
            "reject the ones that are not essential, or choose which ones to allow.\n"
            "Accept All\nPLOS ONE\nFigures\nTables\nRetraction\n"
            "Retraction: Knight shift in dilute alloys of copper\nThe Example Editors\n"
            "Published: November 7, 2024\nhttps://doi.org/10.1371/journal.pone.0313528\n"
            "After publication of this article, concerns were raised "
            "about the figures. The authors could not provide the data, and the editors retract it.\n")
    rec = clean(page, url="https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0313528")
    assert rec.title == "Retraction: Knight shift in dilute alloys of copper"
    assert rec.article_types == ("Retraction",)


def test_a_structured_abstract_whose_first_label_pairs_two_with_a_slash() -> None:
    page = ("Knight shift in dilute alloys of copper\nJane Doe\nAbstract\n"
            "Background/aim: Knight shifts in dilute alloys are poorly known at low temperature.\n"
            "Materials and methods: We measured twelve alloys by nuclear magnetic resonance.\n"
            "Results: The shift fell with the solute's valence in every alloy.\n"
            "Conclusion: Valence sets the shift in these alloys.\nIntroduction\n")
    assert [s.label for s in clean(page).abstract_sections] == [
        "Background/aim", "Materials and methods", "Results", "Conclusion"]


def test_significance_closing_a_structured_abstract_is_its_last_section() -> None:
    """IOP: 'Objective.' ... 'Significance.' on lines of their own. A 'Significance' box
    before the abstract (PNAS) is still none of it."""
    page = ("Knight shift in dilute alloys of copper\nJane Doe\nAbstract\nObjective.\n"
            "Knight shifts in dilute alloys are poorly known at low temperature.\nApproach.\n"
            "We measured twelve alloys by nuclear magnetic resonance.\nMain results.\n"
            "The shift fell with the solute's valence in every alloy.\nSignificance.\n"
            "Valence sets the shift in these alloys.\nIntroduction\n")
    rec = clean(page)
    assert [s.label for s in rec.abstract_sections] == [
        "Objective", "Approach", "Main results", "Significance"]


def test_abstracts_under_resumes_over_language_tabs() -> None:
    page = (f"Knight shift in dilute alloys of copper\nJane Doe\nRésumés\nFrançais\nEnglish\n"
            f"{ABSTRACT_TEXT}\nIntroduction\n")
    assert clean(page).abstract == ABSTRACT_TEXT


def test_the_page_citing_itself_over_three_lines_gives_its_doi() -> None:
    """OpenEdition's 'Pour citer cet article' quotes the title, then the journal's name and
    the DOI on lines of their own, below a reference's DOI."""
    lines = ("Bibliographie\nDoe J., 2021, « Les jardins », Norois, 12, p. 1-9.\n"
             "10.4000/norois.11284\nPour citer cet article\nRéférence électronique\n"
             "Claire Mazoyer, « Jardins partagés et chaleur urbaine à Lyon »,\nGéocarrefour\n"
             "[En ligne], 98/2 | 2024, DOI : https://doi.org/10.4000/geocarrefour.24871\n")
    labelled = label_blocks(to_blocks(lines)[0], RuleSet.default(), None)
    title = "Jardins partagés et chaleur urbaine à Lyon"
    assert own_doi(labelled, title) == "10.4000/geocarrefour.24871"


def test_a_reply_quoting_the_title_gives_no_doi_of_its_own() -> None:
    """PubMed's 'Comment in': 'Reply to: <title>' and the reply's DOI below it."""
    page = ("Knight shift in dilute alloys of copper\nJane Doe\nAbstract\n"
            f"{ABSTRACT_TEXT}\ndoi: 10.1111/jgs.16634\nComment in\n"
            "Reply to: Knight shift in dilute alloys of copper.\n"
            "Roe J. J Am Geriatr Soc. 2020;68:2158. doi: 10.1111/jgs.16641.\n")
    assert clean(page).doi == "10.1111/jgs.16634"


def test_a_correction_titled_correction_is_no_listing() -> None:
    """The breadcrumb, the type label and the title all say 'Correction': one item, not three
    items of a listing under the same label."""
    page = ("Example Journal of Animal Science\nVolume 23, Issue 1\nCorrection\nSubmit an article\n"
            "Correction\nCorrection\nPage 512 | Published online: 14 Mar 2024\n"
            "https://doi.org/10.1080/1828051X.2024.2331406\n"
            "This article has been corrected. In the article 'Cooling dairy cows at the feed bunk', "
            "the values in Table 2 were reported incorrectly. They have now been corrected.\n")
    rec = clean(page)
    assert "not-an-article" not in rec.warnings
    assert rec.article_types == ("Correction",)
    assert rec.doi == "10.1080/1828051X.2024.2331406"


@pytest.mark.parametrize("furniture", [
    ("Cite this dataset", "Usage notes", "Data Files", "Download full dataset", "README.md",
     "Primary article"),
    ("Inventor", "Current Assignee", "Priority date", "Application filed by", "Legal status",
     "Patent Citations (12)", "Similar Documents"),
    # Dataverse's, and a grant's record in KAKEN (Japan's grants database), as w3m lays out
    # their field rows
    ("Cite Dataset", "Learn about Data Citation Standards.", "Access Dataset",
     "  • Archival Format (.tab) ZIP (7.1 MB)", "  • Dataset Metadata Viewer", "Dataset Metrics"),
    ("  研究種目   基盤研究(C)", "  配分区分   基金", " 研究代表者  佐野由紀子  新潟大学, 准教授",
     " 研究分担者  北村健太  新潟大学, 助教", "配分額 *注記 2021年度: 910千円", "研究成果"),
    # CORDIS's fact sheet of a project in get_text, a label a line
    ("Project Information", "Grant agreement ID: 101088314", "Funded under",
     "Coordinated by", "Total cost", "EU contribution"),
    # a talk's video page (SlidesLive): its abstract is the talk's
    ("Oral presentation", "Like Share Embed Download slides", "Speakers", "Show transcript",
     "Browse all 1,317 talks", "Recording, streaming and archiving of conference talks."),
    # a geoscience data publisher's record (PANGAEA's) in get_text: its coverage and parameters
    ("Coverage:", "Median Latitude:", "55.2395 *", "South-bound Latitude:", "West-bound Longitude:",
     "Date/Time Start:", "Parameter(s):"),
])
def test_a_datasets_a_patents_a_grants_or_a_talks_record_is_no_article(
        furniture: tuple[str, ...]) -> None:
    """A dataset's landing page, a patent's, a grant's and a talk's have an abstract and
    authors; their own furniture says what they are."""
    head, tail = "\n".join(furniture[:3]), "\n".join(furniture[3:])
    page = (f"Hourly talus temperature on 42 slopes\nJane Roe, Max Poe\n{head}\nAbstract\n"
            f"{ABSTRACT_TEXT}\n{tail}\nhttps://doi.org/10.5061/dryad.8w9ghx3w2\n")
    rec = clean(page)
    assert rec.abstract is None and "not-an-article" in rec.warnings


@pytest.mark.parametrize("first_line, article", [
    ("Aims and Scope: Journal of Community Health Workforce: Sage Journals", False),
    ("Editorial board | Journal of Examples", False),
    ("Aims and scope of palliative care teams in rural hospitals | Journal of Examples", True),
    ("Walking to work and diabetes | Journal of Examples", True),
])
def test_a_journal_s_own_page_as_its_title_names_it_is_no_article(first_line: str,
                                                                  article: bool) -> None:
    """get_text keeps the <title> as a page's first line: a journal's 'Aims and scope' page
    says what it is there, while its description reads like an abstract and its menu and
    most-read list show DOIs. An article's page, whose menu names the same pages, stays one."""
    page = (f"{first_line}\nSubmit an article\nAims and scope\nEditorial board\n"
            f"Walking to work and diabetes\nJane Roe, Max Poe\nAbstract\n{ABSTRACT_TEXT}\n"
            "https://doi.org/10.1177/12345678241234567\n")
    rec = clean(page)
    assert ("not-an-article" not in rec.warnings) is article
    assert (rec.abstract == ABSTRACT_TEXT) is article


def test_an_aggregator_s_author_page_is_no_article() -> None:
    """Semantic Scholar's author page in get_text: the author's counts, then their papers,
    each a title, names and a summary; the first paper is not the page's. An article whose
    author card shows an h-index stays an article."""
    counts = ("Jane Roe\nUniversity of Examples\nFollow Author\nClaim Author Page\nPublications\n87\n"
              "h-index\n24\nCitations\n2,918\nHighly Influential Citations\n312\n"
              "Citing Authors\nReferenced Authors\nCo-Authors\n")
    papers = "".join(f"Walking to work and diabetes, part {k}\nJane Roe\n,\nMax Poe\nJ Example Res\n"
                     f"2023\nTLDR\n{ABSTRACT_TEXT}\nExpand\n61 Citations\n" for k in range(1, 4))
    rec = clean(f"Jane Roe | Semantic Scholar\n{counts}{papers}")
    assert rec.title is None and "not-an-article" in rec.warnings
    article = (f"Walking to work and diabetes\nJane Roe, Max Poe\nJane Roe\nh-index\n24\n"
               f"Abstract\n{ABSTRACT_TEXT}\nhttps://doi.org/10.1000/jer.2023.12\n")
    assert clean(article).abstract == ABSTRACT_TEXT


def test_an_ai_summary_box_over_the_abstract_is_not_it() -> None:
    """AMiner: 'AI Understanding' and its 'Summary' above the page's tabs and its own
    'Abstract'; a
    'Graphical abstract' right over the only 'Abstract' heading leaves it the abstract."""
    summary = ("This study shows that adults who walk to work are half as likely to develop "
               "diabetes as those who drive, mainly because they walk some forty minutes a day "
               "more, and the effect holds in every age group and in both sexes alike.")
    points = "".join(f"Walking to work lowers the risk of diabetes in group {k}.\n" for k in range(3))
    page = (f"Walking to work and diabetes\nJane Roe, Max Poe\nAI Understanding\n"
            f"AI-generated content, for reference only\nSummary\n{summary}\nKey points\n"
            f"{points}Log in\nAbstract\nReferences (58)\nCited by (17)\nRelated papers\n"
            f"Abstract\nTranslate\n{ABSTRACT_TEXT}\nKeywords\nwalking\n")
    assert clean(page).abstract == ABSTRACT_TEXT
    page = f"Walking to work and diabetes\nJane Roe, Max Poe\nGraphical abstract\nAbstract\n{ABSTRACT_TEXT}\n"
    assert clean(page).abstract == ABSTRACT_TEXT


@pytest.mark.parametrize("fields, doi", [
    ("Data repository URLs:\nhttps://doi.org/10.5281/zenodo.10520418\n", None),  # Semantic Web Journal
    ("DOI: 10.3233/SW-243611\nCode availability: 10.5281/zenodo.10520418\n", "10.3233/SW-243611"),
    ("Metadata: https://doi.org/10.3233/SW-243611\n", "10.3233/SW-243611"),  # (no data field)
])
def test_a_doi_a_data_or_code_field_gives_is_not_the_page_s(fields: str, doi: str | None) -> None:
    page = (f"Walking to work and diabetes\nJane Roe, Max Poe\n{fields}Abstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).doi == doi


def test_a_trial_registry_record_is_no_article() -> None:
    """Its brief summary reads like an abstract; its fields say what it is."""
    page = ("Saved Studies (0)\nRecruiting\nSmartphone therapy for chronic tinnitus\n"
            "ClinicalTrials.gov ID NCT06128417\nLast Update Posted 2024-06-18\n"
            "Study Details Record History\nStudy Overview\nBrief Summary\n"
            f"{ABSTRACT_TEXT}\nKeywords\ntinnitus\ncognitive therapy\nEligibility Criteria\n"
            "Ages 18 to 70\nStudy Start (Actual)\n2023-11-01\nFirst Posted\n2023-11-09\n"
            "Publications\nDoe J, Roe R. Internet therapy for tinnitus: a randomized controlled "
            "trial. J Example Res. 2021;12:1-9. doi: 10.1000/jer.2021.12. PubMed\n"
            "National Library of Medicine\n")
    rec = clean(page)
    assert rec.abstract is None and "not-an-article" in rec.warnings


def test_a_discussion_thread_about_a_paper_is_no_article() -> None:
    """PubPeer: the paper's title, authors and DOI on top, then comments quoting it."""
    comment = ("In the western blot of Figure 5C, lanes 1 and 2 and lanes 4 and 5 look "
               "remarkably similar, down to a small speck below the band in both of them.")
    page = ("Journal of Development 2019\nWound signals coordinate fin regeneration\n"
            "Jane Doe, John Roe\ndoi: 10.1016/j.ydbio.2019.07.913\nAdd comment Subscribe\n"
            "5 Comments\nSort by\nOldest first\nNewest first\n#1 Hoya camphorifolia March 2022\n"
            f"{comment}\nReply Link Report\n#2 Cyathea sp. April 2022\n{comment}\n"
            "Reply Link Report\n")
    rec = clean(page)
    assert rec.abstract is None and "not-an-article" in rec.warnings


@pytest.mark.parametrize("shown, title", [
    ("Zinc Activates MsrB2 of Mycobacterium smegmatis*S", "Zinc Activates MsrB2 of Mycobacterium smegmatis"),
    ("Zinc Activates MsrB2 of Mycobacterium smegmatis^*^S", "Zinc Activates MsrB2 of Mycobacterium smegmatis"),
    ("Title:Sparse Routing for Long Speech", "Sparse Routing for Long Speech"),
    ("Heat waves in Europe.", "Heat waves in Europe"),
    ("Title\tEffect of a Huddle Protocol on Missed Care", "Effect of a Huddle Protocol on Missed Care"),
    ("Title IX and Campus Reporting of Assaults", "Title IX and Campus Reporting of Assaults"),
    ("タイトル\t高温登熟条件下における水稲の白未熟粒", "高温登熟条件下における水稲の白未熟粒"),  # NDL
    ("ONLINE FIRST Nocturnal heart rate variability in rowers", "Nocturnal heart rate variability in rowers"),
    ("Distância até o serviço de hemodiálise e mortalidade no Maranhão / Distance to the "
     "hemodialysis facility and mortality in Maranhão", "Distância até o serviço de hemodiálise e "
     "mortalidade no Maranhão"),  # LILACS: the title and its translation
    ("Love / hate relationships with the office in remote work", "Love / hate relationships "
     "with the office in remote work"),
    # F1000's version badge, and a record table's next row that a text browser wrapped in
    ("Heat-health action plans in 42 cities: a document analysis [version 2; peer review: 2 "
     "approved, 1 approved with reservations]", "Heat-health action plans in 42 cities: a "
     "document analysis"),
    ("Microbial controls on methane emissions from rewetted bog Author: Strachan, Eilidh",
     "Microbial controls on methane emissions from rewetted bog"),
    ("Remoção de microplásticos numa estação de tratamento Autor: Mariana Sousa",
     "Remoção de microplásticos numa estação de tratamento"),
    ("Ask the Author: A Column on Writing", "Ask the Author: A Column on Writing"),  # no row
    ("Fiber optics [Invited]", "Fiber optics [Invited]"),
])
def test_title_cleaning(shown: str, title: str) -> None:
    from cleanabstract.title import clean_title

    assert clean_title(shown) == title


def test_a_title_label_and_a_link_run_on_to_a_doi_are_no_part_of_them() -> None:
    page = ("Title:Heat waves and mortality in forty cities of Europe\nJane A. Doe, John B. Roe\n"
            f"https://doi.org/10.1016/j.watres.2023.120412Get rights and content\n\nAbstract\n\n"
            f"{ABSTRACT_TEXT}\n")
    rec = clean(page)
    assert (rec.title, rec.doi) == ("Heat waves and mortality in forty cities of Europe",
                                    "10.1016/j.watres.2023.120412")


def test_mesh_headings_one_a_line_are_all_kept_and_a_methods_heading_is_no_type() -> None:
    page = ("Knight shift in dilute alloys of copper\nJane A. Doe, John B. Roe, Anna C. Poe\n"
            "Abstract\nObjective\nTo measure the shift in dilute alloys of copper and silver.\nMethods\n"
            "We used nuclear magnetic resonance at low temperature in twelve samples.\n\n"
            "MeSH terms\nLeukemia, Myeloid, Acute\nHumans\nMale\n")
    rec = clean(page)
    assert rec.article_types == ()
    assert rec.keywords == ("Leukemia", "Myeloid", "Acute", "Humans", "Male")


def test_initials_after_compound_surnames_are_no_degrees() -> None:
    from cleanabstract.labels import plain_byline

    line = "García Márquez, MA; Van der Berg, MS; Roe, JB"
    assert plain_byline(line) == line
    assert plain_byline("Rosa I. Roe, MD, MPH1; Kevin T. Poe, MS2") == "Rosa I. Roe1; Kevin T. Poe2"
    # affiliations in brackets after each name, and a list that shows only some (INSPIRE)
    assert plain_byline("Marta Kowalska(Warsaw U.), Ana Ruiz-Herrera(IFIC, Valencia), Kenji "
                        "Watanabe(Tokyo U.) et al. Show all 8 authors") == (
        "Marta Kowalska, Ana Ruiz-Herrera, Kenji Watanabe")
    # degrees after a space, with no comma (JNS in w3m); one-word names keep their initials
    assert plain_byline("Marcus A. Roe MD^1, Wen-Hsuan Liao PhD^3, and Gregory P. Poe MD^1") == (
        "Marcus A. Roe, Wen-Hsuan Liao, and Gregory P. Poe")
    assert plain_byline("Lindqvist MD, Roe JB, Poe K") == "Lindqvist MD, Roe JB, Poe K"
    # the toggles run on to names: 'View ORCID profile' (w3m), 'Show authors' (Springer)
    assert plain_byline("Imogen R. Roe^1View ORCID profile, Kwabena Poe^1").replace(" ,", ",") == (
        "Imogen R. Roe, Kwabena Poe")
    assert plain_byline("Ingrid Roe, Maren K. Poe Show authors").strip() == "Ingrid Roe, Maren K. Poe"
    # an icon's alt text run on to the last degree (Radiology in w3m)
    assert plain_byline("Hannah L. Ostrowski, MD, PhDORCID logo,").strip(" ,") == "Hannah L. Ostrowski"


def _authors_under_title(*lines: str) -> tuple[str, ...]:
    """The authors read off a page of a title, these lines under it, and an abstract."""
    page = "\n".join(["Knight shift in dilute alloys of copper and silver", *lines,
                      "Abstract", ABSTRACT_TEXT])
    return clean(page).authors


@pytest.mark.parametrize("lines, names", [
    # ACS in get_text: each name twice (link and pop-up card), the card's affiliation and
    # 'More by' link, then a separator on a line of its own; the last name after ', and'.
    (["Julia M. Brandt", "Julia M. Brandt", "Department of Chemistry, University of Irvine",
      "More by Julia M. Brandt", ",", "Wei-Chen Lo", "Wei-Chen Lo", "More by Wei-Chen Lo",
      ", and", "Yusuke Morimoto*", "Yusuke Morimoto", "More by Yusuke Morimoto"],
     ("Julia M. Brandt", "Wei-Chen Lo", "Yusuke Morimoto")),
    # OJS in innerText: an 'Authors' label, each name over its university.
    (["Authors", "Nneka Okafor", "University of Leeds", "Henrik Lindqvist",
      "Södertörn University"], ("Nneka Okafor", "Henrik Lindqvist")),
    # A date's label and the date before the names (F1000).
    (["Published", "17 Jun 2024", "Chanda M. Mwale1,", "Ruth Banda-Phiri1,", "Joseph Lungu2"],
     ("Chanda M. Mwale", "Ruth Banda-Phiri", "Joseph Lungu")),
    # Degrees one a line, and two names on the last line (AHA in get_text).
    (["Jonathan R. Mercer, MD, PhD ,", "Aiyana Whitehorse, MD,",
      "Marguerite L. Van Hoorn, PhD, and Stefan Kowalczuk, CNM"],
     ("Jonathan R. Mercer", "Aiyana Whitehorse", "Marguerite L. Van Hoorn", "Stefan Kowalczuk")),
    # USENIX in get_text: 'Name,' over 'Institution;' (no university in its name).
    (["Alexander Bulekov,", "Boston University and Red Hat;", "Bandan Das and Stefan Hajnoczi,",
      "Red Hat;", "Manuel Egele,", "Boston University"],
     ("Alexander Bulekov", "Bandan Das", "Stefan Hajnoczi", "Manuel Egele")),
    # Royal Society in w3m: each author's contribution under their affiliation.
    (["Johanna K. Reiter", "Max Planck Institute of Animal Behavior, Radolfzell",
      "Contribution: Conceptualization, Data curation", "Eleanor M. Pryce",
      "School of Biological Sciences, University of Bristol", "Contribution: Investigation"],
     ("Johanna K. Reiter", "Eleanor M. Pryce")),
    # SciELO: an affiliation with its postal address and e-mail, some twenty words long
    (["Larissa C. Roe", "Programa de Pós-Graduação em Nutrição, Universidade Federal de "
      "Pernambuco. Av. Prof. Moraes Rego 1235, Cidade Universitária. 50670-901 Recife PE "
      "Brasil. larissa.roe@ufpe.example", "Rodrigo M. Poe",
      "Departamento de Nutrição, Universidade Federal de Pernambuco. Recife PE Brasil."],
     ("Larissa C. Roe", "Rodrigo M. Poe")),
    # Wiley in w3m: each author's card, with the ORCID icon's alt text after the name, and
    # the name again under 'Correspondence to:'
    (["Kirsten M. Roe, ORCID iD", "Corresponding Author", "Kirsten M. Roe",
      "Department of Atmospheric Science, University of Washington, Seattle, WA, USA",
      "Correspondence to:", "K. M. Roe,", "kmroe@uw.example", "Contribution: Methodology",
      "Search for more papers by this author", "Tomasz Poe,", "Tomasz Poe",
      "Institute of Geophysics, University of Warsaw, Poland", "Search for more papers by this author"],
     ("Kirsten M. Roe", "Tomasz Poe")),
    # Index Copernicus in get_text: the record's next field after the last affiliation, its
    # label dropped as chrome, its value a journal's name in title case
    (["Katarzyna Roe", "Institute of Health Sciences, University of Opole, Poland",
      "Piotr Poe", "Faculty of Physical Education, Opole University of Technology, Poland",
      "Journal:", "Medical Science Pulse", "Volume / Issue:", "15 / 3"],
     ("Katarzyna Roe", "Piotr Poe")),
    # One name under an 'Authors' label (theses.fr's 'Auteur / Autrice :').
    (["Auteur / Autrice :", "Camille Durand-Lefèvre"], ("Camille Durand-Lefèvre",)),
    # An icon a text browser shows as '●' after a name, an icon font's ligature run on to the
    # last (ChemRxiv in w3m).
    (["Hanna Roe●,", "Tomás Poe,", "Priya Doe●,", "Sophie L. Moe●mail_outline"],
     ("Hanna Roe", "Tomás Poe", "Priya Doe", "Sophie L. Moe")),
    # 'MD' and 'MA' after a name written given name first are degrees, even on a line that
    # shows no other (The Lancet in w3m); after a surname alone they may be initials.
    (["Bishnu P Roe, MD^a ∙", "Sarita Poe, MPH^a ∙", "Kamala Thapa Doe, MA^b ∙"],
     ("Bishnu P Roe", "Sarita Poe", "Kamala Thapa Doe")),
    (["Authors:", "García Márquez, MA", "Vidal Roe, MD"], ("García Márquez, MA", "Vidal Roe, MD")),
    # A person's post one a line under their name is no name (AIAA in get_text).
    (["Tomasz Roe", "Graduate Student", "Anjali R. Poe", "Research Scientist", "Marco Doe",
      "Associate Professor"], ("Tomasz Roe", "Anjali R. Poe", "Marco Doe")),
    # A site's or a subject's name in title case between the names is none (MIT Press in
    # get_text), nor are a Turkish card's university, faculty and department (TR Dizin).
    (["Nadia Roe", "MIT Press Direct", "Jonas P. Poe", "Mei Doe"],
     ("Nadia Roe", "Jonas P. Poe", "Mei Doe")),
    (["Elif Nur ROE", "İnönü Üniversitesi", "Mühendislik Fakültesi", "Gıda Mühendisliği Bölümü",
      "Mehmet Ali POE"], ("Elif Nur ROE", "Mehmet Ali POE")),
    # Each name before its institution, after a ';' (Hrčak, an ORCID icon's alt text between
    # in w3m) or a dash, one a line, the author's e-mail link between.
    (["Ivana Roe orcid ; Hrvatski šumarski institut, Jastrebarsko, Hrvatska", "E-pošta autora",
      "Damir Poe ; Sveučilište u Zagrebu Fakultet šumarstva, Zagreb, Hrvatska",
      "Petra Doe - Hrvatske šume d.o.o., Uprava šuma, Vinkovci, Hrvatska"],
     ("Ivana Roe", "Damir Poe", "Petra Doe")),
    (["Original Research - Volume 12, Issue 3, 2024, pages 45-60"], ()),
    # Given and family names on two lines, each before its institution in brackets (Emerald
    # in get_text).
    (["Author(s):", "Chiamaka N.", "Roe", "(Hull University Business School, Hull, UK)", "Mats",
      "Poe", "(School of Hospitality, Örebro University, Grythyttan, Sweden)"],
     ("Chiamaka N. Roe", "Mats Poe")),
    # A name with its institution in brackets run on to it, under an 'Authors' label (NTRS).
    (["Document ID", "20230017456", "Document Type", "Conference Paper", "Authors",
      "Kristen M. Roe(Glenn Research Center Cleveland, Ohio, United States)",
      "Priya Poe(HX5, LLC Cleveland, Ohio, United States)"], ("Kristen M. Roe", "Priya Poe")),
    # A doctor of osteopathy's 'DO' is a degree; the line with the list's 'and' before its
    # last name ends the list, and a tool in title case below is no author (AAFP in get_text).
    (["Chidinma A. Roe, MD, MPH,", "Erik T. Poe, DO, and Teresa Doe-Ruiz, MD", "Download PDF",
      "CME Quiz"], ("Chidinma A. Roe", "Erik T. Poe", "Teresa Doe-Ruiz")),
    # ... but not when the name after the 'and' is the one before it again, a card's copy.
    (["Tamara L. Roe*,", "Tamara L. Roe", "Jane Addams College of Social Work",
      "Soo-Jin Poe, and Soo-Jin Poe", "School of Social Work, University of Michigan",
      "Rebecca E. Doe", "Rebecca E. Doe", "Jane Addams College of Social Work"],
     ("Tamara L. Roe", "Soo-Jin Poe", "Rebecca E. Doe")),
    # a surname with its article in lower case ('el', Arabic and Spanish), as NTvG shows it
    (["Sanne M. van den Roe", "Fatima el Poe", "Marloes C. de Doe-Lind"],
     ("Sanne M. van den Roe", "Fatima el Poe", "Marloes C. de Doe-Lind")),
])
def test_authors_one_a_line_among_what_pages_show_of_them(lines: list, names: tuple) -> None:
    assert _authors_under_title(*lines) == names


def test_an_orcid_icon_w3m_reads_as_a_subscript_leaves_the_names_it_ran_on_to() -> None:
    """w3m shows an ORCID icon's alt text as '[o]', which reads as a subscript ('Luo[o]'):
    the names go without it where the page shows them without it too (SAGE's cards)."""
    abstract = textwrap.fill(("We mapped hedgerows across the lowlands and found that their "
                              "length fell by a third in forty years, with the greatest losses "
                              "where fields were merged and the least where farms stayed "
                              "small. ") * 5, 119)  # (hard-wrapped as w3m does)
    page = ("  • Home\n  • Journals\n\nKnight shift in dilute alloys of copper and silver\n\n"
            "Wenjing Luo[o], Daniel Ferreira-Haupt, and Helena Chiu[o] View all authors and "
            f"affiliations\n\nAbstract\n\n{abstract}\n\nWenjing Luo\nSun Yat-sen University\n"
            "Helena Chiu\n")
    assert clean(page).authors == ("Wenjing Luo", "Daniel Ferreira-Haupt", "Helena Chiu")


def test_names_surname_first_with_a_text_browsers_bare_mark() -> None:
    """Web of Science in w3m: a mark's '^[1]' whose number went as a subscript leaves '^'."""
    page = ("Knight shift in dilute alloys of copper and silver\n"
            "By Roe, H (Roe, Haingotiana)^[1]; Poe, C (Poe, Claire)^[2]\n"
            f"Abstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).authors == ("Roe, Haingotiana", "Poe, Claire")


def test_a_records_title_over_its_fields_and_authors_label() -> None:
    """NTRS in w3m: the title first, far above the abstract, then the record's fields with
    an 'Authors' label among them; field values in title case below are no title."""
    title = "Design and Cryogenic Testing of a Hydrogen-Cooled Stator for a Superconducting Motor"
    fields = "\n".join(["Document ID", "20230017456", "Document Type", "Conference Paper",
                        "Authors", "Kristen M. Roe(Glenn Research Center Cleveland, Ohio, United States)",
                        "Priya Poe(HX5, LLC Cleveland, Ohio, United States)",
                        *(f"Field {n}\nvalue {n}" for n in range(12)),
                        "Distribution Limits", "Public", "Public Use Permitted.",
                        "Technical Review", "External Peer Committee"])
    page = f"NTRS - NASA Technical Reports Server\n{title}\n{fields}\nAbstract\n{ABSTRACT_TEXT}\n"
    record = clean(page)
    assert (record.title, record.authors) == (title, ("Kristen M. Roe", "Priya Poe"))


@pytest.mark.parametrize("cite, names", [
    ("How to Cite\nRoe, Y., Poe, P., Lins, M. A., & Doe, S. (2024). Knight shift in dilute alloys "
     "of copper and silver. Journal of Metals, 38(8), 912-920.",
     ("Yuxuan Roe", "Priya Poe", "Mateus Albuquerque Lins", "Sofia Doe")),
    ("", ()),  # (where the name ends, nothing on the page tells)
])
def test_names_run_on_to_their_institutions_end_where_the_page_cites_the_surname(
        cite: str, names: tuple[str, ...]) -> None:
    """An OJS page in w3m: each author's name and institution on one line, with nothing between;
    the page's 'How to Cite' names the surnames."""
    page = ("Knight shift in dilute alloys of copper and silver\nAuthors\n"
            "Yuxuan Roe Zhejiang University\nPriya Poe University of Illinois Urbana-Champaign\n"
            "Mateus Albuquerque Lins Zhejiang University\nSofia Doe Politecnico di Milano\n"
            f"Abstract\n{ABSTRACT_TEXT}\n{cite}\n")
    assert clean(page).authors == names


def test_a_cited_surname_leaves_a_name_s_suffix_on_it() -> None:
    page = ("Knight shift in dilute alloys of copper and silver\nAuthors\nAnna Poe\n"
            f"Thomas H. Roe IV\nAbstract\n{ABSTRACT_TEXT}\nCite: Poe, A., & Roe, T. H. (2024).\n")
    assert clean(page).authors == ("Anna Poe", "Thomas H. Roe IV")


def test_a_journal_name_after_the_last_author_is_no_author() -> None:
    """Nature in get_text: '&' on a line of its own before the last name, then the journal."""
    page = ("Knight shift in dilute alloys of copper and silver\nHannah J. Lindqvist1,\n"
            "Rahul S. Menon2\n&\nMargaret A. Hollis1,\nNature Communications\n"
            f"volume 14, Article number: 2561 (2023)\nAbstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).authors == ("Hannah J. Lindqvist", "Rahul S. Menon", "Margaret A. Hollis")


def test_one_name_without_a_label_is_no_author_list() -> None:
    page = ("Knight shift in dilute alloys of copper and silver\nVictorian Studies\n"
            f"Indiana University Press\nAbstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).authors == ()


@pytest.mark.parametrize("line, names", [
    ("SARAH THOMSONa, ELISABETH A. INNESb and FRANK KATZERa",
     ("SARAH THOMSON", "ELISABETH A. INNES", "FRANK KATZER")),  # marks on names in capitals
    ("R. K. Li, X. W. Fu and B. J. Siwick", ("R. K. Li", "X. W. Fu", "B. J. Siwick")),
    ("Daniela R. Quintero, Owen T. Hale, Kevin J. Fairbanks AUTHORS INFO & AFFILIATIONS",
     ("Daniela R. Quintero", "Owen T. Hale", "Kevin J. Fairbanks")),  # Atypon's button
    ("Authors: Ferraresi, L., Bonacina, G. M., Spadaro, R. & Lombardo, C.", ()),  # cut apart
    # French 'Par' before the names, Cairn's button after them
    ("Par Claire Roe, Hugo Poe-Lambert et Nadia Doe Informations sur les auteurs",
     ("Claire Roe", "Hugo Poe-Lambert", "Nadia Doe")),
    # DergiPark in w3m: an ORCID icon's alt text in brackets after each name
    ("Mehmet Ali ROE [orcid-logo], Zeynep Ece POE [orcid-logo] , Hasan Hüseyin DOE [orcid-logo]",
     ("Mehmet Ali ROE", "Zeynep Ece POE", "Hasan Hüseyin DOE")),
    ("Rachel N. Whitcombe, MD, MPH, Anand K. Subramaniam, PharmD, and Michael A. Strand, MD, "
     "MPH Author, Article, and Disclosure Information",  # ACP's button
     ("Rachel N. Whitcombe", "Anand K. Subramaniam", "Michael A. Strand")),
])
def test_author_lines_with_marks_and_buttons(line: str, names: tuple) -> None:
    assert _authors_under_title(line) == names


def test_given_and_family_names_on_two_lines_read_as_one_name() -> None:
    """Science and BMJ in get_text: given and family names are spans of their own."""
    page = ("Knight shift in dilute alloys of copper and silver\nElin M.\nSvensson,\nTomasz\n"
            "Wójcik,\nMarcus J.\nO’Donnell,\nRichard D\nHolloway\n"
            f"Abstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).authors == ("Elin M. Svensson", "Tomasz Wójcik", "Marcus J. O’Donnell",
                                   "Richard D Holloway")


def test_a_journal_name_in_title_case_after_names_in_capitals_is_no_author() -> None:
    page = ("Knight shift in dilute alloys of copper and silver\nMIN-JUN PARK\n"
            "LUCÍA FERNÁNDEZ-ORTEGA\nClimate Change Economics\nVol. 15, No. 02\n"
            f"Abstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).authors == ("MIN-JUN PARK", "LUCÍA FERNÁNDEZ-ORTEGA")


@pytest.mark.parametrize("lines, names", [
    # Silverchair in get_text: 'Name;' over the card's name, affiliation and search links.
    (["Subject Area:", "Neurology", "Ingrid Solheim;", "Ingrid Solheim",
      "Department of Neurology, Haukeland University Hospital, Bergen, Norway",
      "Search for other works by this author on:", "This Site", "Google Scholar",
      "Tobias Rademacher", "Tobias Rademacher"], ("Ingrid Solheim", "Tobias Rademacher")),
    # AMS in get_text: an affiliation's mark on a line of its own after the name.
    (["Harriet J. Collinson a", "Search for other papers by Harriet J. Collinson in",
      "Current site", "Ming Zhao", "c", "Nicholas W. Ferrar b"],
     ("Harriet J. Collinson", "Ming Zhao", "Nicholas W. Ferrar")),
    # Brill: the journal's field, then the 'Authors:' label over the names.
    (["In:", "Arabica", "Authors:", "Claire Dumontet", "Youssef Ben Slimane"],
     ("Claire Dumontet", "Youssef Ben Slimane")),
])
def test_authors_under_fields_and_with_their_marks_apart(lines: list, names: tuple) -> None:
    assert _authors_under_title(*lines) == names


def test_keywords_in_the_abstract_s_language_when_the_page_shows_two() -> None:
    """OJS in get_text: the Spanish abstract and its English translation, each with its
    keywords; and a label in a language the vocabulary had missed ('Kata kunci')."""
    resumen = ("Objetivo: Evaluar el daño causado por las heladas en distintas fases de la quinua "
               "y la recuperación del rendimiento de ocho variedades en el altiplano. Métodos: "
               "Se establecieron ensayos en bloques completos al azar con cuatro repeticiones.")
    page = ("Daño por heladas en quinua\nAna Quispe; Luis Mamani\nResumen\n" + resumen +
            "\nAbstract\nObjective: To assess frost damage in quinoa across phases and the "
            "recovery of yield in eight varieties on the altiplano.\nKeywords: quinoa; frost; "
            "phenology\nPalabras clave\nquinua; heladas; fenología\n")
    assert clean(page).keywords == ("quinua", "heladas", "fenología")
    page = page.replace("Palabras clave", "Kata kunci")
    assert clean(page).keywords == ("quinoa", "frost", "phenology")  # (no Indonesian abstract)


def test_structured_abstract_opening_with_significance_and_closing_with_funding() -> None:
    """SPIE opens with 'Significance:' (PNAS's box of that name is no section); Annals
    closes with 'Limitation:', 'Conclusion:' and 'Primary Funding Source:'; a supplement's
    note after the abstract (the Lyell Collection) is none of it."""
    page = ("Knight shift in dilute alloys of copper and silver\nJane Roe, John Poe, Ann Moe\n"
            "Abstract\nSignificance: Knight shifts tell how electrons screen a solute.\n"
            "Aim: We measured the shift in twelve alloys.\n"
            "Results: The shift fell with the solute's valence.\n"
            "Limitation: Only dilute alloys were measured.\n"
            "Conclusion: Screening is local.\n"
            "Primary Funding Source: The Example Foundation.\n"
            "Supplementary material: Spectra are available at https://doi.org/10.6084/m9.x.1\n"
            "Introduction\nKnight shifts were first seen in 1949.\n")
    rec = clean(page)
    assert [s.label for s in rec.abstract_sections] == [
        "Significance", "Aim", "Results", "Limitation", "Conclusion", "Primary Funding Source"]
    assert "Spectra" not in rec.abstract


@pytest.mark.parametrize("above, types", [
    ("Research Articles, Systems/Circuits", ("Research Articles",)),  # JNeurosci's section
    ("Research Articles,\nSystems/Circuits", ("Research Articles",)),  # the same in get_text
    ("Research Article|", ("Research Article",)),  # the separator of a row of badges
    ("Original Research Cardiac Imaging Free Access", ("Original Research",)),  # Radiology's
    ("Research & Theory Open Access", ()),  # a section's own name, not 'Research'
    ("Retrospective Study", ("Retrospective Study",)),  # a study's design (Baishideng)
    ("Method", ("Method",)),  # Genome Research
    ("Dissertation or Thesis", ("Dissertation or Thesis",)),  # ProQuest
    ("Araştırma Makalesi", ("Araştırma Makalesi",)),  # DergiPark
    ("Research Article | Microbial evolution and epidemiology: Mechanisms of evolution",
     ("Research Article",)),
    ("Short Communications", ("Short Communications",)),  # a journal's plural section name
    ("Technical Papers", ("Technical Papers",)),
    ("Article\nResearch Article", ("Research Article",)),  # a crumb's 'Article' over the type
    ("Review, synthesis and outlook for coastal wetlands in a warmer world.", ()),
])
def test_type_labels_with_the_journal_s_section_beside_them(above: str, types: tuple) -> None:
    page = (f"Volume 10, Issue 3\n{above}\nKnight shift in dilute alloys of copper and silver\n"
            f"Jane Roe, John Poe and Ann Moe\nAbstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).article_types == types


def test_hashtag_keywords_and_a_counted_references_heading() -> None:
    page = (f"Knight shift in dilute alloys\nJane Roe, John Poe and Ann Moe\nAbstract\n"
            f"{ABSTRACT_TEXT}\nKeywords\n#alloys #copper #Knight shift #NMR\nReferences (38)\n"
            "1. Knight WD. Phys Rev. 1949;76:1259.\n")
    assert clean(page).keywords == ("alloys", "copper", "Knight shift", "NMR")


def test_affiliation_letters_run_on_to_names_go_when_the_page_writes_them_without() -> None:
    """SPIE in innerText: 'Rafael Ortegaa, Harriet Kwanb'; the citation below has the names."""
    page = ("Knight shift in dilute alloys of copper and silver\n"
            "Rafael Ortegaa, Harriet Kwanb, Jonas A. Feldmanna,*\n"
            f"Abstract\n{ABSTRACT_TEXT}\nCite: Rafael Ortega, Harriet Kwan, and Jonas A. "
            "Feldmann, \"Knight shift in dilute alloys,\" J. Example 29(3), 036001 (2024).\n")
    assert clean(page).authors == ("Rafael Ortega", "Harriet Kwan", "Jonas A. Feldmann")
    page = page.split("Cite:")[0]  # (no such copy: 'Anna' may end in a letter of its own)
    assert clean(page).authors == ("Rafael Ortegaa", "Harriet Kwanb", "Jonas A. Feldmanna")


@pytest.mark.parametrize("page", [
    # a library catalogue's record of a book: a summary, no article
    ("Soil microbial communities in a changing climate\nAuthors: Ingrid Solheim (Editor)\n"
     "Print Book, English, 2024\nFind a copy in the library\nFinding libraries that hold this item\n"
     "View all formats and editions (3)\nOCLC Number / Unique Identifier\n1417752093\n"
     f"Physical Description\nxii, 384 pages\nSummary\n{ABSTRACT_TEXT}\n"),
    # a journal's editorial board
    ("Editorial board\nEditors-in-Chief\nHendrik J. van der Molen\nDelft University of Technology\n"
     "Associate Editors\nAisha Al-Mansoori\nKhalifa University\nEditorial Board Members\n"
     "Javier Arrieta Lozano\nUniversidad de Cantabria\nLatest articles\nResearch Article\n"
     f"Knight shift in dilute alloys\n{ABSTRACT_TEXT}\ndoi: 10.1234/ex.2024.1\n"),
    # a journal's open-access policy record (Sherpa Romeo, innerText's tabs), its notes
    # naming the journal's articles and their DOIs
    ("Journal of Estuary Mud\nPublication Information\nTitle\tJournal of Estuary Mud [English]\n"
     "ISSNs\tPrint: 2345-6789\nPublisher Policy\nOpen Access pathways permitted by this journal's "
     "policy are listed below by article version.\nPublished Version\nOA Fee\tYes (Article "
     "Processing Charge: EUR 2,400)\nEmbargo\tNo Embargo\nLicence\tCC BY\nCopyright Owner\t"
     "Authors\nLocation\tAny Website\nAccepted Version\nEmbargo\t6 Months\nNotes\nThe journal "
     "publishes peer-reviewed research articles, reviews and short communications on estuarine "
     "sediment transport, and every article carries a DOI such as 10.1234/jem.2024.001.\n"),
    # a compound's record (PubChem): a description that reads like an abstract, literature
    ("Tormesidine\nCompound Summary\nPubChem CID\n1234567\nMolecular Formula\nC14H19NO3\n"
     "Molecular Weight\n249.31 g/mol\nComputed by PubChem 2.2\nDescription\nTormesidine is a "
     "morpholine acylated by an arylpropanoyl group. It is an experimental inhibitor studied in "
     "rodent models of depression, where it raised brain monoamine levels over four weeks of daily "
     "dosing.\nChemical and Physical Properties\nComputed Properties\nXLogP3\n1.4\nHydrogen Bond "
     "Donor Count\n0\nIUPAC Name\n3-(4-methoxyphenyl)-1-morpholin-4-ylpropan-1-one\nLiterature\n"
     "Roe J, Poe K. Tormesidine in rodent models. J Psychopharmacol. 2021;35(4):412-420. doi: "
     "10.1177/0269881121991234. PMID: 33612345\n"),
    # a paper's code repository (GitHub): its README quotes the abstract and cites the paper
    ("estuary-lab / tidalnet Public\nCode\nIssues 3\nPull requests 1\nActions\nmain\n"
     "2 branches\n0 tags\nGo to file\nCode\nLatest commit\n48 commits\nREADME.md\n"
     "Physics-informed graph networks for salinity intrusion\nJane Roe, Max Poe\nAbstract\n"
     f"{ABSTRACT_TEXT}\nCitation\ndoi = {{10.1029/2024WR037715}}\nAbout\n12 stars\n"
     "3 watching\n4 forks\nReleases\nContributors 2\nLanguages\nPython 98.1%\n"),
    # a forum's thread on a study (Reddit): the post links the paper, a comment quotes it
    ("r/science • 1 yr. ago\nProf_Roe\nOutdoor time and myopia in schoolchildren\n"
     "doi.org/10.1001/jamaophthalmol.2024.1873\nSort by: Best\nAutoModerator • MOD • 1y ago "
     "Stickied comment\nWelcome to r/science!\nProf_Roe OP • 1y ago\nFrom the abstract:\n"
     f"{ABSTRACT_TEXT}\nReply\nComment removed by moderator\nView more comments\n"),
    # a podcast's episode page: the show notes cite the paper and quote its abstract
    ("Microbe Minutes\nEpisode 112: Gut microbes and broken sleep\nListen on\nApple Podcasts\n"
     "Spotify\nPocket Casts\nShow notes\nRoe J, Poe K. Gut microbiome and sleep. Microbiome. "
     f"2024;12:88. doi: 10.1186/s40168-024-01799-1\nFrom the paper's abstract:\n{ABSTRACT_TEXT}\n"
     "Chapters\n00:00 Intro\nCreators and Guests\nAll episodes\n"),
    # a thread of comments on a paper (PubPeer, flattened by w3m)
    ("GPX4 stabilization protects cancer cells from ferroptosis\nCancer Letters (2023) - 3 "
     "comments\ndoi: 10.1016/j.canlet.2023.216390\nAdd comment Follow Share\n#1 Hoya carnosa "
     f"commented September 2024\n{ABSTRACT_TEXT}\nLink Reply Report #2 Ilex verum commented "
     "October 2024\nHas anyone contacted the journal?\nLink Reply Report\nPlease log in or "
     "create an account to comment.\nAlso commented on\n"),
])
def test_catalogue_records_and_editorial_boards_are_no_articles(page: str) -> None:
    rec = clean(page)
    assert rec.abstract is None and "not-an-article" in rec.warnings


@pytest.mark.parametrize("line, names", [
    ("Tolliver, Rebecca M. MD, MPHa; Achebe, Daniel O. PhDb; Lindqvist-Maraña, Sofía MDa,c",
     ("Tolliver, Rebecca M.", "Achebe, Daniel O.", "Lindqvist-Maraña, Sofía")),  # LWW
    ("Authors: Sørensen, Helena M.a | Ambrose, Delia J. | Takeda, Ren",  # IOS Press
     ("Sørensen, Helena M.", "Ambrose, Delia J.", "Takeda, Ren")),
    ("Albuquerque, Renata Siqueira de; Nunes, Tiago Ferraz",  # BASE: a surname's particle last
     ("Albuquerque, Renata Siqueira de", "Nunes, Tiago Ferraz")),
    ("By Okafor, BE (Okafor, Benedict E.)[1]; Lund, C (Lund, Claire)[2]",  # Web of Science
     ("Okafor, Benedict E.", "Lund, Claire")),
    ("Results; methods, design and analysis; discussion of the findings", ()),  # no names
])
def test_names_written_surname_first_one_a_group(line: str, names: tuple) -> None:
    assert _authors_under_title(line) == names


@pytest.mark.parametrize("lines, names", [
    # Bentham: 'Author(s):' before the list
    (["Author(s): Priya Raghavan, Arjun K. Menon and Sunita Deshpande*"],
     ("Priya Raghavan", "Arjun K. Menon", "Sunita Deshpande")),
    # w3m's marks on names one a line ('^*', '^¶') and a card's copy of each name
    ([" 1. Hannah E. Lindqvist^‡,", " 2. Marcus J. Odell^¶, and", " 3. Kathleen M. Brandt^*"],
     ("Hannah E. Lindqvist", "Marcus J. Odell", "Kathleen M. Brandt")),
    # Dialnet: each author's line a name and an institution, under 'Autores'
    (["Autores", "Lucía Fernández-Ortega Universidad Pública de Navarra, Pamplona, España",
      "María del Carmen Soler Gil Universidad de La Rioja, Logroño, España"],
     ("Lucía Fernández-Ortega", "María del Carmen Soler Gil")),
    # Danish OJS: 'Forfattere' over names and institutions, one a line (an institution's
    # word inside a compound); Bazhum: 'Autorzy' before the names
    (["Forfattere", "Mette Roe", "Københavns Universitet", "Jonas Poe",
      "Professionshøjskolen Absalon"], ("Mette Roe", "Jonas Poe")),
    (["Autorzy Katarzyna Roe, Tomasz Poe"], ("Katarzyna Roe", "Tomasz Poe")),
    # EM-Consulte in innerText: each name's first mark run on to it, its others after commas
    (["C. Vautrina, *, M. Haddadb, É. Lefèvre-Rouxa, J.-P. Marchala, b"],
     ("C. Vautrin", "M. Haddad", "É. Lefèvre-Roux", "J.-P. Marchal")),
    # ... but names that end in such letters, with no marks of their own, keep them
    (["Wei Zhang, Ellen Reid, Tom Smith"], ("Wei Zhang", "Ellen Reid", "Tom Smith")),
    # OPS (SciELO Preprints): institutions that open with other words, a particle in a name
    (["Autores", "Luana Ribeiro Costa Universidade Federal do Maranhão https://orcid.org/0000-0003-1187-2209",
      "Francisco das Chagas Moura Secretaria de Estado da Saúde do Maranhão",
      "Rafael Nogueira Lima Fundação Oswaldo Cruz, Instituto Leônidas e Maria Deane"],
     ("Luana Ribeiro Costa", "Francisco das Chagas Moura", "Rafael Nogueira Lima")),
    # ... and not a name whose institution's name opens before the word we know
    (["Autores", "Ana Roe Universidad de La Rioja", "Mei Poe Lee Kong Chian Natural History Museum"],
     ("Ana Roe",)),
    # ... but an institution named for someone, under a name, is the name's affiliation
    (["Tamara L. Whitfield,", "Jane Addams College of Social Work, University of Illinois",
      "Andre M. Okafor", "Brown School, Washington University"],
     ("Tamara L. Whitfield", "Andre M. Okafor")),
])
def test_author_labels_marks_and_institutions_beside_names(lines: list, names: tuple) -> None:
    assert _authors_under_title(*lines) == names


@pytest.mark.parametrize("keywords, want", [
    ("KeywordsAquatic beetles, DNA barcoding, endemism", ("Aquatic beetles", "DNA barcoding", "endemism")),
    ("Author Tags\nolder adults\nambient sensing\nfall detection",
     ("older adults", "ambient sensing", "fall detection")),
    ("Keywords\nDeprescribing\nFalls\nGeriatrics\nAuthors\nAffiliations\nRachel N. Whitcombe",
     ("Deprescribing", "Falls", "Geriatrics")),  # (the record's next field ends the list)
])
def test_keyword_labels_glued_named_otherwise_and_ended_by_the_next_field(keywords: str, want: tuple) -> None:
    assert clean(KEYWORDS_PAGE.format(keywords=keywords)).keywords == want


def test_a_keywords_label_a_space_alone_parts_from_its_list_ends_the_abstract() -> None:
    """SPIE in innerText: 'KEYWORDS Optical coherence tomography, Angiography, ...' under the
    abstract, with no colon after the label."""
    page = ("Knight shift in dilute alloys of copper and silver\nJane Roe, John Poe and Ann Moe\n"
            f"Abstract\n{ABSTRACT_TEXT}\nKEYWORDS Optical coherence tomography, Angiography, Hypoxia\n")
    rec = clean(page)
    assert rec.abstract == ABSTRACT_TEXT and "abstract-truncated" not in rec.warnings
    assert rec.keywords == ("Optical coherence tomography", "Angiography", "Hypoxia")


@pytest.mark.parametrize("line, names", [
    ("СМИРНОВА Е.В., ГАЛИУЛЛИН Р.Ф., КИМ А.Ю.", ("СМИРНОВА Е.В.", "ГАЛИУЛЛИН Р.Ф.", "КИМ А.Ю.")),
    ("Jihoon Parkorcid, Seo Yeon Kimorcid and Minji Leeorcid",  # w3m: the icon's alt text
     ("Jihoon Park", "Seo Yeon Kim", "Minji Lee")),
])
def test_a_last_initial_keeps_its_stop_and_an_icon_s_text_goes(line: str, names: tuple) -> None:
    assert _authors_under_title(line) == names


def test_cjk_names_with_their_romanisation_in_brackets() -> None:
    """KCI: '김지현 ( Jihyun Kim ) 1 , 박서연 ( Seoyeon Park ) 2' under the titles."""
    page = ("종합병원 간호사의 감정노동과 소진\nEmotional Labor and Burnout among Nurses\n"
            "김지현 ( Jihyun Kim ) 1 , 박서연 ( Seoyeon Park ) 2 , 이민호 ( Minho Lee ) 3\n"
            f"Abstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).authors == ("김지현", "박서연", "이민호")


def test_a_title_cut_short_in_the_page_s_title_line_is_the_title() -> None:
    """Érudit's tab title cuts the article's title and names the journal in full; the
    journal's name, shown again above the volume, is not the title."""
    menu = "\n".join(f"Menu item {n}" for n in range(40))
    page = ("Knight shift in dilute alloys of copper and s… – Journal of Metal Physics – Example\n"
            f"{menu}\nJournal of Metal Physics\nVolume 67, numéro 189, septembre 2023\n"
            "Knight shift in dilute alloys of copper and silver\nJane Roe, John Poe et Ann Moe\n"
            f"{menu}\nAbstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).title == "Knight shift in dilute alloys of copper and silver"


def test_a_researcher_s_profile_is_no_article() -> None:
    """ORCID: a biography that reads like an abstract, keywords, and a list of works with DOIs."""
    page = ("Jane Roe\nAlso known as\nJ. Roe\nOther IDs\nScopus Author ID: 56234918700\n"
            "Keywords\nphysical oceanography, Arctic Ocean, ocean gliders\nBiography\n"
            f"{ABSTRACT_TEXT}\nEmployment (2)\nUniversity of Bergen: Bergen, NO\n"
            "Education and qualifications (1)\nUniversity of Oslo: Oslo, NO\nWorks (48)\n"
            "Winter convection in the Lofoten Basin\nGeophysical Research Letters\n"
            "2023-09-14 | Journal article\nDOI: 10.1029/2023GL104882\n")
    rec = clean(page)
    assert rec.abstract is None and "not-an-article" in rec.warnings


def test_a_record_s_dates_and_bracketed_affiliations_are_not_its_title() -> None:
    """KoreaScience: names with affiliations in brackets, then a line of dates, over the
    abstract. (Of the title and its translation, the one in the abstract's language is taken.)"""
    page = ("KoreaScience\n목차\n홈페이지\nVolume 38 Issue 1 / Pages.12-21 / 2024\n"
            "태풍 조건에서 부유식 해상풍력발전기 계류선의 피로손상 평가\n"
            "Fatigue damage of mooring lines of a floating wind turbine under typhoons\n"
            "김민수 (부산대학교 조선해양공학과); 이정훈 (부산대학교 조선해양공학과)\n"
            "최재웅 (부산대학교 조선해양공학과)\n"  # (w3m sets the last name on a line of its own)
            "투고 : 2023.11.20 | 심사 : 2024.01.05 | 게재 : 2024.01.18\n"
            f"PDF 다운로드 DOI: 10.26748/KSOE.2023.041\n초록\n{ABSTRACT_TEXT}\n")
    assert clean(page).title == ("Fatigue damage of mooring lines of a floating wind turbine "
                                 "under typhoons")


def test_a_significance_paragraph_closing_a_plain_abstract_is_part_of_it() -> None:
    """AACR: 'Significance: ...' after the abstract's paragraph, as the page shows it; another
    label there ('Introduction: ...') opens the body."""
    page = (f"Knight shift in dilute alloys of copper and silver\nJane Roe, John Poe and Ann Moe\n"
            f"Abstract\n{ABSTRACT_TEXT}\nSignificance: Screening in alloys is local, which "
            "simplifies the design of new conductors for power grids.\n"
            "Introduction: Knight shifts were first seen in 1949 in metals of many kinds.\n")
    rec = clean(page)
    assert rec.abstract == (f"{ABSTRACT_TEXT}\n\nSignificance: Screening in alloys is local, "
                            "which simplifies the design of new conductors for power grids.")
    assert rec.abstract_sections == ()


@pytest.mark.parametrize("after", ["Introduction\n", "Key Words: alloys; screening\n"])
def test_labelled_sections_after_an_opening_part_with_no_label_are_the_abstract(
        after: str) -> None:
    """JNM: the abstract's first paragraph has no label, the sections after it have
    ('Methods:' 'Results:' 'Conclusion:'); one labelled paragraph alone there ('Introduction:'
    above) is still the body's."""
    page = (f"Knight shift in dilute alloys of copper and silver\nJane Roe, John Poe and Ann Moe\n"
            f"Abstract\n{ABSTRACT_TEXT}\nMethods: We measured twelve alloys at 4 K in a field "
            "of 7 T with pulsed resonance.\nResults: The shift fell with the solute's valence "
            "in every alloy.\nConclusion: Screening in these alloys is local.\n"
            f"{after}Knight shifts were first seen in metals, and many kinds followed.\n")
    rec = clean(page)
    assert rec.abstract.startswith(f"{ABSTRACT_TEXT}\n\nMethods: We measured")
    assert rec.abstract.endswith("Conclusion: Screening in these alloys is local.")
    assert [s.label for s in rec.abstract_sections] == ["Methods", "Results", "Conclusion"]


@pytest.mark.parametrize("colon", [":", ""])
def test_labels_on_lines_of_their_own_after_an_opening_part_with_no_label(colon: str) -> None:
    """JNM in get_text: each label on its own line ('Methods:' / 'We retrospectively ...').
    Without the colons they are the body's headings ('Methods' / 'We measured ...'), and the
    abstract is its first paragraph alone."""
    page = (f"Knight shift in dilute alloys of copper and silver\nJane Roe, John Poe and Ann Moe\n"
            f"Abstract\n{ABSTRACT_TEXT}\nMethods{colon}\nWe measured twelve alloys at 4 K in a "
            f"field of 7 T with pulsed resonance.\nResults{colon}\nThe shift fell with the "
            f"solute's valence in every alloy.\nConclusion{colon}\nScreening in these alloys "
            "is local.\nReferences\n1. Knight WD. Phys Rev. 1949;76:1259.\n")
    rec = clean(page)
    if colon:
        assert rec.abstract.endswith("Conclusion: Screening in these alloys is local.")
        assert [s.label for s in rec.abstract_sections] == ["Methods", "Results", "Conclusion"]
    else:
        assert rec.abstract == ABSTRACT_TEXT


def test_the_body_s_first_paragraph_under_no_heading_ends_the_abstract() -> None:
    """Genome Research: the introduction follows the abstract with no heading; its citations
    of other work by author and year show where the abstract ended."""
    page = (f"Knight shift in dilute alloys of copper and silver\nJane Roe, John Poe and Ann Moe\n"
            f"Abstract\n{ABSTRACT_TEXT}\nKnight shifts measure how conduction electrons screen "
            "a nucleus, and were first seen in metals (Knight et al. 1949).\nResults\n"
            "The shift fell with the solute's valence in every alloy we measured.\n")
    assert clean(page).abstract == ABSTRACT_TEXT


def test_a_summary_statement_over_the_abstract_is_not_the_abstract() -> None:
    """JEB: 'Summary:' over a one-sentence summary statement, then 'ABSTRACT'; the Lancet's
    'Summary' alone is the abstract."""
    head = "Knight shift in dilute alloys of copper and silver\nJane Roe, John Poe and Ann Moe\n"
    statement = ("Summary:\nScreening in dilute alloys of copper and silver is local, which a "
                 "simple model of the conduction electrons explains well.\n")
    page = f"{head}{statement}ABSTRACT\n{ABSTRACT_TEXT}\nINTRODUCTION\nKnight shifts were seen.\n"
    assert clean(page).abstract == ABSTRACT_TEXT
    lancet = f"{head}Summary\n{ABSTRACT_TEXT}\nIntroduction\nKnight shifts were seen.\n"
    assert clean(lancet).abstract == ABSTRACT_TEXT


def test_a_publisher_s_notice_run_on_to_the_abstract_s_end_goes() -> None:
    """Scopus and PubMed end an abstract with '© 2024 Elsevier Ltd. All rights reserved.'"""
    page = (f"Knight shift in dilute alloys of copper and silver\nJane Roe, John Poe and Ann Moe\n"
            f"Abstract\n{ABSTRACT_TEXT} © 2024 Elsevier Ltd. All rights reserved.\n"
            "Author keywords\nKnight shift; alloys\n")
    assert clean(page).abstract == ABSTRACT_TEXT
    apa = page.replace("© 2024 Elsevier Ltd. All rights reserved.",
                       "(PsycInfo Database Record (c) 2024 APA, all rights reserved)")
    assert clean(apa).abstract == ABSTRACT_TEXT


def test_a_text_browser_s_wrap_after_a_slash_joins_without_a_space() -> None:
    """w3m may wrap a line after a slash ('0.9 ± 0.3 mm/' 'yr'); the unit is one word."""
    wrapped = "\n".join(textwrap.wrap(f"{ABSTRACT_TEXT} {ABSTRACT_TEXT}", 78))
    broken = ("Along the eastern strand of the fault the measured slip rate was 0.9 ± 0.3 mm/\n"
              "yr between 41 and 28 ka, and it rose sixfold after that in every trench we dug.")
    page = ("Owl Creek fault slip rates\n\nJane Roe and Ann Moe\n\nAbstract\n\n"
            f"{wrapped}\n{broken}\n")
    assert "0.9 ± 0.3 mm/yr between" in clean(page).abstract


def test_a_text_browser_s_wrap_after_an_opening_bracket_joins_without_a_space() -> None:
    """w3m may wrap between '(' and the italic that opens inside it ('(' / '<i>p</i> < 0,001)',
    Springer Medizin's); the bracket's text runs on without a space."""
    wrapped = "\n".join(textwrap.wrap(f"{ABSTRACT_TEXT} {ABSTRACT_TEXT}", 78))
    broken = ("Share of discharges with a proton pump inhibitor but no indication fell to (\n"
              "p < 0.001) in the intervention phase and stayed low for six months.")
    assert len(broken.split("\n")[0]) + 2 > max(map(len, wrapped.split("\n")))  # ('p' did not fit)
    page = ("Deprescribing proton pump inhibitors\n\nJane Roe and Ann Moe\n\nAbstract\n\n"
            f"{wrapped}\n{broken}\n")
    assert "fell to (p < 0.001) in the" in clean(page).abstract


def test_marks_on_the_letter_before_them_take_no_column_of_a_text_browser_s_width() -> None:
    """EMHJ in w3m: an Arabic line whose vowel points make it longer in characters than the
    width it wrapped at, in columns. The width is still the English lines' own, so a line
    that ends a sentence where the next word would not have fit runs on."""
    filler = textwrap.fill(" ".join([ABSTRACT_TEXT] * 8), 119)
    arabic = "وَ" * 3 + " ".join(["الصيدليات المجتمعية في عمان"] * 4) + " عمان"
    assert len(arabic) > 119 >= len(arabic) - 3
    first = ("Conclusion: Non-prescription dispensing of antibiotics remains common in the capital "
             "despite existing rules.")
    second = "Enforcement should go with training of pharmacy staff."
    assert len(first) + 1 + len("Enforcement") == 120 and len(first) < 119
    page = (f"Dispensing without prescription\n\nAbstract\n\n{filler}\n\n{first}\n{second}\n\n"
            f"{arabic}\n\n{filler}\n")
    assert f"{first} {second}" in texts(page)


def test_a_link_on_its_own_line_does_not_pull_a_citation_into_the_title() -> None:
    """Oncotarget in get_text: the title cut at an italic gene, its citation and link below,
    then a metrics box ('Metrics:' 'HTML 1842 views') over the names."""
    page = ("PRMT5 inhibition sensitizes KRAS-mutant colorectal cancer to MEK blockade | Oncotarget\n"
            "Home\nArchive\nResearch Paper\n"
            "PRMT5 inhibition sensitizes\nKRAS\n-mutant colorectal cancer to MEK blockade\n"
            "Oncotarget. 2024; 15:312-327.\nhttps://doi.org/10.18632/oncotarget.28589\n"
            "Metrics:\nPDF 412 views\nHTML 1842 views\n"
            "Hyun-Jin Park\n1\n,\nSarah E. Whitfield\n2\n,\nPriya Raman\n1\n,\n3\nand\n"
            f"Daniel R. Okafor\n1\nAbstract\n{ABSTRACT_TEXT}\n")
    rec = clean(page)
    assert rec.title == "PRMT5 inhibition sensitizes KRAS-mutant colorectal cancer to MEK blockade"
    assert rec.authors == ("Hyun-Jin Park", "Sarah E. Whitfield", "Priya Raman", "Daniel R. Okafor")
    assert {"Metrics:", "HTML 1842 views"} <= {r.text for r in rec.removed}


@pytest.mark.parametrize("below, keywords", [
    # get_text: one a line, each but the last with its comma; a field of the record next
    ("Makarnalık buğday,\nKısıntılı sulama,\nTane verimi\nDestekleyen Kurum\nTÜBİTAK",
     ("Makarnalık buğday", "Kısıntılı sulama", "Tane verimi")),
    # a toggle after the list ('Show all 14'), then other works
    ("haloscope\ndielectric\nsensitivity\nShow all 14\nExperimental Tests of the Invisible Axion",
     ("haloscope", "dielectric", "sensitivity")),
])
def test_where_a_list_of_keywords_one_a_line_ends(below: str, keywords: tuple) -> None:
    page = (f"Knight shift in dilute alloys of copper and silver\nJane Roe, John Poe and Ann Moe\n"
            f"Abstract\n{ABSTRACT_TEXT}\nKeywords\n{below}\n")
    assert clean(page).keywords == keywords


def test_names_below_a_title_that_get_text_cut_in_pieces() -> None:
    """The names are read below the title's last piece, not its first."""
    page = ("PRMT5 inhibition sensitizes KRAS-mutant colorectal cancer to MEK blockade | Oncotarget\n"
            "Research Paper\nPRMT5 inhibition sensitizes\nKRAS\n-mutant colorectal cancer to MEK "
            "blockade\nOncotarget. 2024; 15:312-327.\nHyun-Jin Park\n1\n,\nSarah E. Whitfield\n2\n"
            f",\nPriya Raman\n1\nAbstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).authors == ("Hyun-Jin Park", "Sarah E. Whitfield", "Priya Raman")


@pytest.mark.parametrize(("shown", "title"), [
    ("Nodal solutions of a Kirchhoff problem. (English) Zbl 1531.35123",
     "Nodal solutions of a Kirchhoff problem"),
    ("Sur les solutions nodales d'un problème de Kirchhoff (French. English summary)",
     "Sur les solutions nodales d'un problème de Kirchhoff (French. English summary)"),
    ("Estimates for the Ricci flow. (Russian)", "Estimates for the Ricci flow"),
    ("A survey of interviews with nurses (English)", "A survey of interviews with nurses"),
    ("Learning to read in a second language (English) and in Welsh",
     "Learning to read in a second language (English) and in Welsh"),
])
def test_a_databases_language_tag_and_number_after_a_title_go(shown: str, title: str) -> None:
    page = f"{shown}\n\nAbstract\n\n{'We study nodal solutions of an elliptic problem. ' * 4}\n"
    assert clean(page).title == title


_KEYWORD_PAGE = ("Walking to work and diabetes\n\nAbstract\n\n"
                 "We followed 1,200 adults for ten years and found that walking to work lowered the "
                 "risk of type 2 diabetes by a fifth, independent of body mass index.\n\n{}\n")


@pytest.mark.parametrize(("shown", "keywords"), [
    # A&A: ' / ' between keywords that hold a colon themselves
    ("Key words: galaxies: abundances / galaxies: evolution / ISM: abundances",
     ("galaxies: abundances", "galaxies: evolution", "ISM: abundances")),
    # CQVIP: Chinese keywords set apart by spaces alone
    ("关键词\n土壤盐分 空间变异 地统计学 随机森林", ("土壤盐分", "空间变异", "地统计学", "随机森林")),
    # EKB, Hyrax: the next field's label under one keyword a line
    ("Keywords\nBiochar\nCompost tea\nSalinity\nMain Subjects\nSoil Fertility and Plant Nutrition",
     ("Biochar", "Compost tea", "Salinity")),
    ("Keyword\nroad salt\nchloride\nSubject\nWater -- Pollution", ("road salt", "chloride")),
    # Mendeley's label; SID's English abstract's heading under Persian keywords
    ("Author supplied keywords\nhedgerows\nbat acoustic monitoring\nBACI",
     ("hedgerows", "bat acoustic monitoring", "BACI")),
    ("Keywords\nzaferan\nkam-abyari\nEnglish Abstract", ("zaferan", "kam-abyari")),
    # Airiti's: a space alone after the label, or none (w3m), and a list in lower case
    ("關鍵字 細懸浮微粒、 氣喘、 兒童", ("細懸浮微粒", "氣喘", "兒童")),
    ("關鍵字細懸浮微粒、氣喘、兒童", ("細懸浮微粒", "氣喘", "兒童")),
    ("Keywords fine particulate matter; asthma; children",
     ("fine particulate matter", "asthma", "children")),
    # w3m's narrow column: the list wrapped on to the lines below its label
    ("Keywords: cross-laminated timber; creep;\nhem-fir; rolling shear;\nBurgers model\n\nReferences",
     ("cross-laminated timber", "creep", "hem-fir", "rolling shear", "Burgers model")),
    ("Keywords: minimally invasive cardiac\nsurgery, mitral valve repair,\nelderly\n\nStreszczenie",
     ("minimally invasive cardiac surgery", "mitral valve repair", "elderly")),
    ("Keywords: walking, diabetes\nThe authors thank the cohort's members.",
     ("walking", "diabetes")),  # a sentence after the list is none of it
])
def test_keywords_set_apart_by_slashes_spaces_or_ended_by_the_next_field(
        shown: str, keywords: tuple) -> None:
    assert clean(_KEYWORD_PAGE.format(shown)).keywords == keywords


@pytest.mark.parametrize("byline", [
    "Jane Roe^1✉, Max Poe^2 and Ann Lee^1",  # w3m: TechRxiv's, Minerva's envelope
    "Jane Roe1✉, Max Poe2, Ann Lee1",  # innerText
    "Jane Roe1, Max Poe2, and Ann Lee1 ✉",  # PubFactory's in innerText: a space before it
])
def test_a_corresponding_authors_envelope_is_a_mark(byline: str) -> None:
    page = (f"Walking to work and diabetes\n\n{byline}\n\nAbstract\n\n"
            "We followed 1,200 adults for ten years and found that walking to work lowered the "
            "risk of type 2 diabetes by a fifth, independent of body mass index.\n")
    assert clean(page).authors == ("Jane Roe", "Max Poe", "Ann Lee")


def test_a_wikis_entry_is_no_article() -> None:
    """An encyclopedia's entry copied from a browser: its lead reads like an abstract and its
    references carry DOIs, but MediaWiki's menus say what it is."""
    tools = "\n".join(f"  • {t}" for t in ("Main page", "Random article", "Recent changes",
                                            "Community portal", "What links here",
                                            "Permanent link", "Page information",
                                            "Cite this page"))
    page = (f"{tools}\n\nFrost heave\n\nFrom Wikipedia, the free encyclopedia\n\n"
            "Frost heave is an upwards swelling of soil during freezing conditions caused by an "
            "increasing presence of ice as it grows towards the surface, upwards from the depth "
            "in the soil where freezing temperatures have penetrated into the soil.\n\n"
            "References\n\n1. Rempel AW (2007). J Geophys Res. doi:10.1029/2006JF000525\n")
    rec = clean(page)
    assert (rec.abstract, rec.doi, rec.warnings) == (None, None, ("not-an-article",))


_PROCEEDINGS_ABSTRACT = ("Agents trained on a sequence of tasks gradually lose the ability to fit "
                         "new targets. We show that replay shaped by the feature covariance keeps "
                         "that ability after twelve task switches, at a small cost in time.")


def test_a_proceedings_page_under_its_venue_and_file_links() -> None:
    """NeurIPS' abstract page as w3m shows it: the venue and a row of file links between the
    title and the 'Authors' label; neither is the title."""
    page = ("NeurIPS Proceedings\n\nSpectral Replay: Preserving Plasticity in Continual "
            "Reinforcement Learning\n\nPart of Advances in Neural Information Processing Systems "
            "36 (NeurIPS 2023) Main Conference Track\n\nBibtex Paper Supplemental\n\nAuthors\n\n"
            "Mireia Castells-Soto, Ravi Anand Kulkarni, Johanna Vesterlund\n\nAbstract\n\n"
            f"{_PROCEEDINGS_ABSTRACT}\n")
    rec = clean(page)
    assert rec.title == ("Spectral Replay: Preserving Plasticity in Continual Reinforcement "
                         "Learning")
    assert rec.authors == ("Mireia Castells-Soto", "Ravi Anand Kulkarni", "Johanna Vesterlund")


def test_an_authors_field_of_names_each_before_their_institution() -> None:
    page = ("Keystroke leakage over USB power delivery\n\nPaper download\n\nAuthors:\n\n"
            "Lina Haddad and Marcus Feld, Technische Universität Berlin; Soo-ah Park, KAIST\n\n"
            f"Abstract:\n\n{_PROCEEDINGS_ABSTRACT}\n")
    assert clean(page).authors == ("Lina Haddad", "Marcus Feld", "Soo-ah Park")


_CEEOL_LINES = (
    "CEEOL - Article Detail", "This website uses cookies to ensure you get the best experience.",
    "Accept", "Login", "Register", "Search", "Browse", "Journals", "Open Access", "News", "Home",
    "Rural Development Quarterly", "Issue No. 62/2022", "Article Detail",
    "Ubóstwo energetyczne gospodarstw domowych na obszarach wiejskich w Polsce",
    "Energy Poverty of Rural Households in Poland", "Author(s):", "Jane Roe", ",", "Max Poe",
    "Keywords:", "energy poverty", ";", "rural areas", "Summary/Abstract:",
    "The article examines the scale and determinants of energy poverty among rural households "
    "in Poland between 2015 and 2021, using household budget survey data. Energy poverty fell "
    "over the period but stayed higher in rural areas, above all among older people.",
    "Cite", "Add to Bookshelf", "Journal:", "Rural Development Quarterly", "Issue:", "62/2022")


def test_a_records_page_heading_and_its_journals_name_are_no_titles() -> None:
    """CEEOL's record as get_text gives it: 'Article Detail' heads the page (and its
    <title>), the journal's name stands above it and again under 'Journal:'."""
    rec = clean("\n".join(_CEEOL_LINES) + "\n")
    assert rec.title == "Ubóstwo energetyczne gospodarstw domowych na obszarach wiejskich w Polsce"


def test_a_type_in_a_menu_above_the_articles_own_is_no_type() -> None:
    """Scholastica's journal menu ('Home', 'Articles', 'Issues', ...), its items dropped but
    'Articles', over the article's own label."""
    page = ("Home\nArticles\nIssues\nFor Authors\nSubmit to journal\nArticle\nPeer Reviewed\n"
            "Fiber broadband and remote work in rural counties\nKelsey M. Ortega, Darnell Whitfield\n"
            f"Abstract\n{_PROCEEDINGS_ABSTRACT}\n")
    assert clean(page).article_types == ("Article",)


def test_a_structured_abstract_in_traditional_chinese() -> None:
    """Airiti's: 目標 / 方法 / 結果 / 結論, each with a full-width colon."""
    page = ("細懸浮微粒短期暴露與兒童氣喘急診就醫之關聯\n\n林怡君, 陳志明\n\n摘要\n\n"
            "目標：探討細懸浮微粒短期暴露與臺中市兒童因氣喘至急診就醫之關聯。\n\n"
            "方法：串連全民健康保險急診申報資料與空氣品質監測站資料，採用時間序列分析。\n\n"
            "結果：細懸浮微粒濃度每增加十單位，兒童氣喘急診就醫之相對風險上升百分之六。\n\n"
            "結論：短期暴露與兒童氣喘急診就醫有關。\n")
    rec = clean(page)
    assert [s.label for s in rec.abstract_sections] == ["目標", "方法", "結果", "結論"]


def test_a_question_and_answer_thread_quoting_an_abstract_is_no_article() -> None:
    page = ("Interpreting a zero-inflated model of clinic visits\n\nAsked 1 year ago\n\n"
            "I am reading a paper whose abstract says:\n\nMethods: We surveyed 1,200 residents "
            "about their visits to rural clinics and fitted a zero-inflated negative binomial model "
            "to the counts.\n\nRoe J (2021). doi:10.1186/s12913-021-07163-4\n\nShare\n"
            "Improve this question\nFollow\n\n1 Answer\n\nYour reading is right.\n\nShare\n"
            "Improve this answer\nFollow\n\nYour Answer\n\nPost Your Answer Discard\n\n"
            "Not the answer you're looking for? Browse other questions tagged regression\n")
    rec = clean(page)
    assert (rec.abstract, rec.doi, rec.warnings) == (None, None, ("not-an-article",))


def test_names_surname_first_with_particles_and_the_lists_full_stop() -> None:
    page = ("Distância até o serviço de hemodiálise e mortalidade\n\n"
            "Carvalho, Thaís Moura; Nogueira Neto, Francisco das Chagas; Barros, Helena Lages.\n\n"
            f"Resumo\n\n{_PROCEEDINGS_ABSTRACT}\n")
    assert clean(page).authors == ("Carvalho, Thaís Moura", "Nogueira Neto, Francisco das Chagas",
                                   "Barros, Helena Lages")


def test_a_written_by_label_and_a_supplementary_heading_are_no_names() -> None:
    page = ("Phosphate-solubilizing bacteria in acid soils\n\nWritten By\n\nChiamaka Nwachukwu\n\n"
            "Thiago Henrique Almeida\n\nSupplementary Materials\n\n"
            f"Abstract\n\n{_PROCEEDINGS_ABSTRACT}\n")
    assert clean(page).authors == ("Chiamaka Nwachukwu", "Thiago Henrique Almeida")


def test_chinese_names_with_their_affiliations_numbers() -> None:
    page = ("青藏高原高寒草甸土壤有机碳对增温的响应\n\n马晓婷1,2, 周思远1, 拉毛卓玛3, 陈立新1,2,*\n\n"
            "1中国科学院西北高原生物研究所, 西宁 810008\n\n摘要\n\n我们在青藏高原东北部的高寒草甸开展了为期六年的"
            "增温与放牧控制实验，测定了土壤有机碳及其组分的变化，发现增温降低了颗粒态有机碳。\n")
    assert clean(page).authors == ("马晓婷", "周思远", "拉毛卓玛", "陈立新")


def test_korean_names_one_a_line_with_their_institutions_under_an_english_title() -> None:
    """DBpia's record as a browser copies it: the Korean title, its English translation (some
    three times as many characters), then each author with the institution in brackets."""
    page = ("재가 노인의 디지털 헬스 리터러시와 만성질환 자기관리의 관계\n\n"
            "The Relationship between Digital Health Literacy and Chronic Disease Self-Management "
            "among Community-Dwelling Older Adults\n\n김서연(서울여자간호대학교)\n박준혁(경희대학교)\n"
            "이하늘(서울여자간호대학교)\n\n초록\n\n본 연구는 재가 노인의 디지털 헬스 리터러시와 만성질환 "
            "자기관리의 관계에서 사회적 지지의 매개효과를 확인하기 위한 서술적 조사연구이다.\n")
    assert clean(page).authors == ("김서연", "박준혁", "이하늘")


def test_persian_keywords_after_a_persian_abstract() -> None:
    """Magiran: 'کلیدواژگان:' and its list parted by Arabic commas, before the English
    abstract and its keywords: the abstract's own language's keywords."""
    fa = ("استفاده از سنگ‌دانه‌های بازیافتی در بتن خودتراکم می‌تواند مصرف منابع طبیعی را کاهش "
          "دهد. در این پژوهش اثر نانوسیلیس بر خواص تازه، مکانیکی و دوام این بتن بررسی شد و نتایج "
          "نشان داد که افزودن سه درصد نانوسیلیس افت مقاومت را جبران می‌کند.")
    page = ("مقاله پژوهشی\n\nاثر نانوسیلیس بر خواص بتن خودتراکم حاوی سنگ‌دانه بازیافتی\n\n"
            f"چکیده:\n\n{fa}\n\nکلیدواژگان: بتن خودتراکم، سنگ‌دانه بازیافتی، نانوسیلیس\n\n"
            "Abstract:\n\nRecycled aggregates reduce the use of natural resources in self-compacting "
            "concrete, and nano-silica restores the strength they cost, as forty mixes show.\n\n"
            "Keywords: Self-compacting concrete, Recycled aggregate, Nano-silica\n")
    assert clean(page).keywords == ("بتن خودتراکم", "سنگ‌دانه بازیافتی", "نانوسیلیس")


def test_a_line_far_past_the_wrap_width_was_never_wrapped() -> None:
    """A page wrapped at one width whose abstract came out as one long line (Neliti's
    get_text): the keywords line after it starts a block of its own, not the abstract's
    next piece."""
    wrapped = textwrap.fill(" ".join(f"Menu item {k} of the site's long navigation list, with "
                                     "words enough to wrap." for k in range(14)), width=100)
    page = (f"Walking to work and diabetes\n\nJane Roe, Max Poe\n\n{wrapped}\n\nAbstract\n\n"
            f"{ABSTRACT_TEXT} {ABSTRACT_TEXT}\nKeywords: walking, diabetes, cohort\n\n{wrapped}\n")
    rec = clean(page)
    assert rec.keywords == ("walking", "diabetes", "cohort")
    assert not rec.abstract.endswith("cohort")


@pytest.mark.parametrize("fields, names", [
    ("Researcher:\nLakshmi Roe, S\nGuide:\nRamesh Poe, K\n", ("Lakshmi Roe, S",)),  # Shodhganga
    ("Researcher\nGuide\nUniversity\nCompleted Date\n", ()),  # a tab row of labels: no one
    ("Author:\nMariana Sousa Pinto\nAdvisor:\nJoão Poe\n", ("Mariana Sousa Pinto",)),  # no advisor
    ("Jane Roe\nMax Poe\nOrientador:\nJoão Doe\n", ("Jane Roe", "Max Poe")),
])
def test_one_author_in_a_theses_field(fields: str, names: tuple) -> None:
    page = (f"Deep transfer learning for banana leaf disease detection\n{fields}"
            f"Abstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).authors == names


@pytest.mark.parametrize("below, names", [
    ("Jane B Roe,1 Kevin Poe,2 Ann M Doe1", ("Jane B Roe", "Kevin Poe", "Ann M Doe")),
    ("Jane B Roe,1 Kevin Poe2", ("Roe JB", "Poe K", "Doe AM")),  # not all of them: as shown
])
def test_vancouver_names_as_the_page_writes_them_in_full(below: str, names: tuple) -> None:
    """Dove: 'Authors Roe JB, Poe K, Doe AM' under the title; the names in full above the
    article's text."""
    page = ("Walking to work and diabetes\nAuthors Roe JB , Poe K , Doe AM\n"
            f"Received 14 September 2023\n{below}\nAbstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).authors == names


@pytest.mark.parametrize("later, names", [
    ("Lotte Roe1, Marc De Poe2, Annelies Doe1, Pieter Moe1",
     ("Lotte Roe", "Marc De Poe", "Annelies Doe", "Pieter Moe")),
    ("Lotte Roe, Kevin Hale, Ann Doe, Max Moe",  # another list (a reference's): not this one
     ("Lotte Roe", "Marc De Poe", "Pieter Moe")),
])
def test_a_byline_shown_in_part_and_the_whole_list_below(later: str, names: tuple) -> None:
    """SAGE: the byline shows three names and 'Show all authors'; the article's information
    further down lists them all."""
    page = ("Walking to work and diabetes\nLotte Roe, Marc De Poe, Pieter Moe Show all authors\n"
            f"Abstract\n{ABSTRACT_TEXT}\nAuthors and affiliations\n{later}\n")
    assert clean(page).authors == names


@pytest.mark.parametrize("lines, names", [
    # get_text cuts a byline at each link: given names over family names and degrees, the
    # list's 'and' run on to the last given name (AHA, SIAM, Neurology).
    (["Jonathan R.", "Mercer, MD, PhD,", "Aiyana", "Whitehorse, MD,", "Hyun-Woo",
      "Baek, PhD, and Stefan", "Kowalczuk, MD", "Circulation"],
     ("Jonathan R. Mercer", "Aiyana Whitehorse", "Hyun-Woo Baek", "Stefan Kowalczuk")),
    # marks after the family names and a separator between the names (Cell Press)
    (["Lena", "Fischbach1", "∙", "Arjun", "Mehta1,2", "∙", "Inês", "Vasconcelos3",
      "Show more"], ("Lena Fischbach", "Arjun Mehta", "Inês Vasconcelos")),
    # PNAS in get_text: each name split, then whole on the card its link opens, with an
    # affiliation of no known kind and the card's link between the names
    (["Marisol", "Quispe-Huamán", "Marisol Quispe-Huamán", "Museu Paraense Emílio Goeldi, Belém",
      "View all articles by this author,", "Ingrid", "Solheim", "Ingrid Solheim",
      "Department of Biology, Trondheim University", "View all articles by this author"],
     ("Marisol Quispe-Huamán", "Ingrid Solheim")),
    # tabs between the title and the byline
    (["Figures & Data", "Metrics", "Lena K.", "Hoffmann,", "Tomás", "Ibarra-Quiroga, and Wei",
      "Zhang"], ("Lena K. Hoffmann", "Tomás Ibarra-Quiroga", "Wei Zhang")),
    # No byline: a record's table of names written surname first under its headings.
    (["Attribute Name", "Values", "Creator", "Okonkwo-Reyes, Adaeze", "Brandvold, Erik T.",
      "Sakamoto, Hana", "Contributor"], ()),
])
def test_a_byline_get_text_cut_into_pieces(lines: list, names: tuple) -> None:
    assert _authors_under_title(*lines) == names


@pytest.mark.parametrize("line, names", [
    # Silverchair in a text browser: each name's link, ';', and the card it opens, which
    # starts with the name again; the last name has no ';'.
    ("Ingrid Roe; Ingrid Roe Department of Neurology, Vestland University Hospital, Bergen, "
     "Norway Search for other works by this author on: Karger PubMed Google Scholar "
     "Paolo Ferri;Paolo Ferri2Klinikum Kassel, Kassel, Germany Search for other works by this "
     "author on: This Site Google Scholar Hanna Lund Hanna Lund a) Author to whom "
     "correspondence should be addressed",
     ("Ingrid Roe", "Paolo Ferri", "Hanna Lund")),
    # Rockefeller's: ',' between the link and its card, an ORCID icon's alt text, and a place
    # named twice inside a card
    ("Mariko Roe ORCID logo, Mariko Roe 1Department of Cell Biology, Klinikum Kassel, Kassel, "
     "Germany Search for other works by this author on: This Site PubMed Google Scholar Daniel "
     "J. Poe, Daniel J. Poe 2Department of Biophysics, Oslo, Norway",
     ("Mariko Roe", "Daniel J. Poe")),
    # The Company of Biologists in w3m: the card's name run on to its affiliation, the ORCID
    # icon's '[orcid]' after a link, and the e-mail icon's '[envelope]' before the last card
    ("Emma R. Roe; Emma R. RoeDepartment of Zoology, University of British Columbia Search for "
     "other works by this author on:This Site PubMed Google Scholar Isabelle F. Poe[orcid]; "
     "Isabelle F. PoeBamfield Marine Sciences Centre Search for other works by this author "
     "on:This Site PubMed Google Scholar Patricia M. Doe[orcid] [envelope] Patricia M. "
     "Doe*Author for correspondence (doe@zoology.example)",
     ("Emma R. Roe", "Isabelle F. Poe", "Patricia M. Doe")),
    # arXiv's label as w3m runs it on
    ("Authors:Chidera Okafor, Erik Lind, Yui Nakamura", ("Chidera Okafor", "Erik Lind", "Yui Nakamura")),
    # Wiley's hyphen proper (U+2010) inside a name
    ("Ines Valverde, Hye‐jin Seo and Marta Kowalczyk", ("Ines Valverde", "Hye‐jin Seo", "Marta Kowalczyk")),
    # BioOne: the icon's alt text after the first name, the affiliations' toggle after the last
    ("Kirsten A. Roe1,Corresponding author email, Tomás E. Poe1, Grace M. Doe2 Author Affiliations +",
     ("Kirsten A. Roe", "Tomás E. Poe", "Grace M. Doe")),
    # SAGE: the toggle after the last name
    ("Wenjing Roe, Daniel Poe-Haupt, and Helena Chiu View all authors and affiliations",
     ("Wenjing Roe", "Daniel Poe-Haupt", "Helena Chiu")),
    # a place named twice is no card
    ("Department of Neurology, Klinikum Kassel; Kassel, Germany", ()),
    # Atypon's medical journals in w3m: degrees, the ORCID icon's '●' apart from them or not,
    # and the toggle after the last; ASCE's member grades and an engineer's licence
    ("Jonathan R. Roe, MD, PhD ●, Aiyana Poe, MD, Hyun-Woo Doe, PhD●, and Stefan Lind, MD ● "
     "AUTHOR INFO & AFFILIATIONS",
     ("Jonathan R. Roe", "Aiyana Poe", "Hyun-Woo Doe", "Stefan Lind")),
    ("Authors: Ahmed R. Roe, Ph.D., M.ASCE , Sofia Poe, S.M.ASCE, and Daniel O. Doe, Ph.D., "
     "P.E., F.ASCE Author Affiliations", ("Ahmed R. Roe", "Sofia Poe", "Daniel O. Doe")),
])
def test_author_lines_as_text_browsers_show_them(line: str, names: tuple) -> None:
    assert _authors_under_title(line) == names


def test_an_authors_field_over_names_one_a_line_below_other_fields() -> None:
    """TRID and PubAg: a record's 'Authors:' label over its names, surname first, one a line."""
    assert _authors_under_title(
        "Record Type: Publication", "Serial: Transportation Research Record", "Publisher: Sage",
        "Authors:", "Alvarez, Daniela M", "Okafor, Chinedu", "Brandt, Stefan",
        "Publication Date:", "2024-6") == ("Alvarez, Daniela M", "Okafor, Chinedu", "Brandt, Stefan")


@pytest.mark.parametrize("line, names", [
    # IOS Press in w3m: surname first, grouped by '|', marks with a ';' inside them
    ("Authors: Roe, Helena M.^a^; ^* | Poe, Piotr^b | Doe, Ren^c",
     ("Roe, Helena M.", "Poe, Piotr", "Doe, Ren")),
    # in innerText the letter marks run on to the given names: which letters are whose?
    ("Authors: Roe, Helena M.a; * | Poe, Piotrb | Doe, Renc; d", ()),
])
def test_an_authors_field_on_one_line_below_other_fields(line: str, names: tuple) -> None:
    assert _authors_under_title("Issue title: Sleep and Neurodegeneration",
                                "Guest editors: Marco Bellandi and Yuki Hasegawa",
                                "Article type: Research Article", line) == names


def test_a_byline_under_a_title_that_ran_to_the_wrap_width_is_not_its_continuation() -> None:
    """A title as long as the dump's width, by chance, over its authors' full names."""
    title = "Computed tomography-derived muscle index and early recurrence after hepatectomy."
    abstract = textwrap.fill(f"{ABSTRACT_TEXT} {ABSTRACT_TEXT} {ABSTRACT_TEXT}", 80)
    assert len(title) == 80
    page = f"{title}\nLi-Na Zhang, Wei-Hua Chen, Jian-Feng Xu, Hao Liu\n\nAbstract\n\n{abstract}\n"
    rec = clean(page)
    assert rec.title == title.rstrip(".")
    assert rec.authors == ("Li-Na Zhang", "Wei-Hua Chen", "Jian-Feng Xu", "Hao Liu")
    # a sentence that goes on with names, and ends, is one line wrapped
    sentence = textwrap.fill("We followed the protocol that was first set out and then tested "
                             "in three cohorts by Jane Roe, Ann Poe, Max Doe and Eve Lund.", 80)
    assert "by Jane Roe, Ann Poe, Max Doe and Eve Lund." in clean(
        f"{title}\n\nAbstract\n\n{sentence}\n{abstract}\n").abstract


def test_a_thesis_record_in_portuguese_reads_as_scholarly() -> None:
    """A Brazilian thesis record shows no DOI and no English word: 'Tese de doutorado',
    'Orientador' and its graduate programme say what it is."""
    page = ("Biblioteca Digital de Teses e Dissertações\nInício\n"
            "Bioinsumos à base de Trichoderma no manejo do mofo-branco da soja\n"
            "Autor: Rezende, Larissa Moura\nTipo de documento: Tese de doutorado\n"
            "Instituição: Universidade Federal de Goiás\nPrograma: Pós-graduação em Agronomia\n"
            "Orientador: Cunha, Marcos Gomes da\n"
            "Resumo: O mofo-branco é uma das doenças mais destrutivas da soja nas áreas de altitude do "
            "Cerrado, e a sobrevivência dos escleródios no solo limita o controle químico. Este "
            "trabalho avaliou bioinsumos formulados com isolados de Trichoderma na redução do "
            "inóculo e da severidade da doença em laboratório, casa de vegetação e campo.\n")
    rec = clean(page)
    assert "not-an-article" not in rec.warnings
    assert "O mofo-branco é uma das doenças" in rec.abstract


def test_korean_names_each_with_their_institution_under_an_authors_label() -> None:
    """ScienceON in innerText: '저자' over a line of names, each with its institution."""
    page = ("왕겨 바이오차 시용량에 따른 논토양 메탄 배출 및 벼 수량 변화\n"
            "Effects of Rice Husk Biochar Application on Methane Emission\n원문보기\n내보내기\n"
            "공유하기\n관심논문 등록\n저자\n"
            "김민재 (국립농업과학원 기후변화평가과) , 이수연 (국립농업과학원 기후변화평가과) , "
            "박정호 (전북대학교 농화학과)\n초록\n" + ABSTRACT_TEXT + "\n")
    assert clean(page).authors == ("김민재", "이수연", "박정호")


def _three_columns(left: list[str], middle: list[str], right: list[str]) -> str:
    """Columns drawn side by side as w3m draws a layout table: 29 and 65 characters wide."""
    rows = max(len(left), len(middle), len(right))
    pad = [*left, *[""] * rows][:rows], [*middle, *[""] * rows][:rows], [*right, *[""] * rows][:rows]
    return "\n".join(f"{a:<29}{b:<65}{c}".rstrip() for a, b, c in zip(*pad, strict=True))


def test_a_menu_the_article_and_a_sidebar_are_read_a_column_at_a_time() -> None:
    """An old journal site as w3m draws it: a menu, the article, and a sidebar of related
    links, whose rows the article's short lines (type, title, names) leave mostly short.
    The title and the type label over it are the middle column's, not run into the menu's
    and the sidebar's words on the same rows."""
    title = ("Early outcomes of keyhole valve repair in patients aged seventy years and older: "
             "a matched cohort analysis")
    abstract = ("Introduction: Keyhole valve surgery is offered more and more to older patients, "
                "but its early safety in the very old is little known. Aim: To compare early "
                "outcomes in patients aged seventy and older with those of younger patients. "
                "Results: Bypass times, strokes and deaths did not differ between the groups.")
    menu = ["Editorial System", "Submit your Manuscript", "", "", "Impact Factor: 0.9",
            "CiteScore: 1.4", "Points: 70", "", "", "Most read articles", "",
            "Outcomes of surgical", "ablation during bypass", "grafting", "", "Lobectomy by one",
            "port: a learning curve", "", "Small valves in small", "annuli: one centre"]
    article = ["4/2024", "vol. 21", "Original paper", *textwrap.wrap(title, 62), "",
               "Ada Roe^ 1, Ben Poe^ 2, Cy Doe^ 1", "", "1. Department of Cardiac Surgery,",
               "   Example Medical University", "Example Journal 2024; 21 (4): 78-85",
               "DOI: https://doi.org/10.5114/xyz.2024.140392", "", "Abstract", "",
               *textwrap.wrap(abstract, 62)]
    sidebar = ["Share: Mail Print", "[Go]", "", "Related articles", "", "- in Google Scholar",
               "Roe Ada", "Poe Ben", "Doe Cy", "- in PubMed", "Roe Ada", "Doe Cy", "",
               "Newsletter", "Sign up for the", "table of contents", "of new issues.", "Subscribe"]
    page = ("This website uses cookies. By continuing you agree to their use.        Close\n\n"
            "Example Press    Journals | Conferences | Books | Contact\n\n"
            + _three_columns(menu, article, sidebar)
            + "\n\nKeywords: valve repair, elderly, keyhole surgery\n\nReferences\n\n"
            "1. Roe A. An earlier paper. Example Journal 2019; 16: 1-9.\n")
    rec = clean(page)
    assert rec.title == title
    assert rec.article_types == ("Original paper",)
    assert rec.abstract.replace("\n\n", " ") == abstract  # (a structured abstract)


def test_an_abstract_goes_on_past_a_formula_piece_get_text_set_apart() -> None:
    """A subscript or symbol on a line of its own in mid-sentence ('where L' / 'X' / '/L bol',
    'initial87' / 'Sr/86' / 'Sr of'), which no rule rejoined: the abstract goes on past it."""
    first = ("We combine rotation periods for 4128 M dwarfs with X-ray luminosities from the "
             "first all-sky survey to map the rotation-activity relation, where L")
    then = "/L bol ≈ 10-3.1 at saturation and initial87"
    rest = ("Sr of 0.70291 in the host rocks. Below this threshold the slowly rotating stars "
            "follow a steeper power law.")
    page = (f"Magnetic braking of M dwarfs\nAbstract\n{first}\nX\n{then}\nSr/86\n{rest}\n"
            "References\n1. Roe A. 2019.\n")
    assert clean(page).abstract == f"{first} X {then} Sr/86 {rest}"


@pytest.mark.parametrize("page", [
    # an abstract that ended: what follows is no part of it
    f"Abstract\n{ABSTRACT_TEXT}\nNature\nDoe J, Roe A. Walking and diabetes in northern towns "
    "over ten years of a cohort. Nature 2020; 12: 1-9.\n",
    # a tab bar read as an abstract's first line, a badge, and the title under it
    "Abstract Introduction Methods References Additional Information\nPeer-reviewed\nWalking "
    f"and diabetes in northern towns over ten years of a cohort\nJane Doe\nAbstract\n{ABSTRACT_TEXT}\n",
])
def test_no_formula_piece_joins_what_is_no_sentence_going_on(page: str) -> None:
    assert clean(page).abstract == ABSTRACT_TEXT


def _wrap_wide(text: str, columns: int) -> list[str]:
    """Chinese text wrapped as w3m wraps it: before any character that would pass the width,
    each Chinese character two columns wide."""
    lines, line, used = [], "", 0
    for char in text:
        width = 2 if "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uff60" else 1
        if used + width > columns:
            lines.append(line)
            line, used = "", 0
        line, used = line + char, used + width
    return [*lines, line]


def test_chinese_wrapped_by_a_text_browser_rejoins_without_spaces() -> None:
    """w3m wraps Chinese between any two characters, at 80 columns of which each character
    takes two: its lines rejoin with nothing between them, even on a page whose other lines
    are short items, and the English title under the Chinese one stays a line of its own."""
    abstract = ("为揭示退耕还林对黄土高原土壤结构和碳固存的影响，本研究以陕北不同退耕年限（5、15、25和35 a）的"
                "刺槐林地为对象，以坡耕地为对照，测定0～40 cm土层水稳性团聚体组成，并分析颗粒有机碳和矿物结合态"
                "有机碳含量的变化。结果表明，退耕后大团聚体比例随年限增加而显著升高，颗粒有机碳是驱动团聚体稳定性"
                "提升的首要因子，其次为根系生物量和微生物量碳。退耕年限超过25 a后团聚体稳定性的增速趋缓，表明"
                "土壤结构恢复存在阶段性特征。研究结果可为黄土高原植被恢复成效评估和土壤质量提升提供科学依据。")
    title = "黄土高原退耕还林区土壤团聚体稳定性及其与有机碳组分的关系"
    items = [f"{n}. 李晓峰, 王静. 植被恢复对土壤性质的影响. 水土保持学报, 2019" for n in range(1, 13)]
    page = "\n".join(["首页 > 期刊 > 土壤与生态学杂志 > 2024年第5期", title,
                      "Soil aggregate stability and organic carbon fractions on the Loess Plateau", "",
                      "李晓峰^1 王静^1", "", "摘要", "", *_wrap_wide(abstract, 80), "",
                      "关键词：退耕还林;团聚体稳定性;颗粒有机碳", "", "参考文献", "", *items, ""])
    rec = clean(page)
    assert rec.abstract == abstract
    assert rec.title == title


def test_a_page_with_tabs_is_no_text_browser_dump() -> None:
    """innerText sets a tab between a table's cells; a text-mode browser never writes one."""
    from cleanabstract.front.text import _wrap_width

    lines = ["タイトル\t高温登熟条件下における水稲品種の白未熟粒発生と穂温の関係について", ""] * 12
    assert _wrap_width([line.expandtabs(4) for line in lines]) > 0  # (as columns alone say)
    page = "\n".join(lines) + "\n著者\t\n山本 翔太\n"
    assert to_blocks(page)[1].style != "wrapped"


@pytest.mark.parametrize("tools", [
    "Add to my collection Report a problem with this document",  # Epistemonikos
    "원문보기 내보내기 내서재담기 공유하기 QR코드",  # RISS
    "دانلود فایل PDF ارجاع به این مقاله اشتراک گذاری افزودن به علاقه\u200cمندی\u200cها",  # SID
])
def test_a_row_of_tools_on_one_line_is_no_title(tools: str) -> None:
    """A text browser sets a tool bar's links on one line: each is chrome, and so is the row,
    though no rule knows the row; right over the abstract, it had been taken for the title."""
    title = "Exercise for fear of falling in older adults living at home: a systematic review"
    page = (f"Example Evidence Portal\n\nSystematic review\n\n{title}\n\n  • English\n  • Español\n"
            f"\nCite\nExport\n\n  • RIS (EndNote, Mendeley, Zotero)\n  • BibTeX\n\n{tools}\n\n"
            f"Authors\n    Doe J, Roe J, Poe A\nJournal\n    Example geriatrics\nYear\n    2024\n\n"
            f"Abstract\n\n{ABSTRACT_TEXT}\n")
    assert clean(page).title == title


def test_a_row_of_words_that_are_not_all_tools_stays_a_candidate() -> None:
    from cleanabstract.fields import tool_row

    rules = RuleSet.default()
    assert tool_row("Share Cite", rules, None)
    assert not tool_row("Share of patients on statins", rules, None)
    assert not tool_row("Download", rules, None)  # (one tool is no row)


def test_cyrillic_names_under_a_title_in_get_text_are_no_fragment_of_it() -> None:
    title = "Точные неравенства Бернштейна для целых функций экспоненциального типа"
    page = (f"Математические заметки\n{title}\nА. В. Кузнецов\na\n,\nЕ. С. Воронцова\nb\n"
            "a\nМатематический институт им. В.А. Стеклова, г. Москва\nАннотация:\n"
            "Изучаются неравенства типа Бернштейна для производных целых функций "
            "экспоненциального типа, ограниченных на вещественной оси, в пространствах Lp.\n"
            "Ключевые слова:\nцелые функции\n,\nнеравенство Бернштейна\n,\nконстанты")
    assert texts(page)[1] == title  # (no closing newline: get_text's output, read as such)


def _toc_item(title: str, doi: str) -> str:
    return (f"Open access\n\n{title}\n\n  • Jane Doe,\n  • John Roe\n\nPublished: 13 March 2024 "
            f"https://doi.org/{doi}\n\n  • Abstract\n  • Full text\n  • PDF\n  • Supplementary "
            f"Material\n\n{ABSTRACT_TEXT}\n\n")


def test_a_table_of_contents_with_a_row_of_tabs_over_each_teaser_is_a_listing() -> None:
    """An issue's contents as w3m shows them: each article's 'Abstract' tab sits in a row of
    tabs over its teaser, four blocks above the teaser's first line."""
    page = ("Biology Letters\n\nVolume 20, Issue 3\n\n"
            + _toc_item("Wild jackdaws adjust alarm calls to their nestmates", "10.1098/rsbl.2023.0541")
            + _toc_item("Social learning of foraging routes in cleaner shrimp", "10.1098/rsbl.2023.0587")
            + _toc_item("Repeated loss of eye pigmentation in cave amphipods", "10.1098/rsbl.2023.0612"))
    rec = clean(page)
    assert rec.abstract is None and "not-an-article" in rec.warnings


def test_an_article_with_one_row_of_tabs_over_its_abstract_is_no_listing() -> None:
    page = ("Biology Letters\n\n" + _toc_item("Wild jackdaws adjust alarm calls to their "
                                             "nestmates", "10.1098/rsbl.2023.0541")
            + "References\n\n1. Roe, A. & Doe, B. (2002).\n\n  • Abstract\n  • Full Text\n\n"
            "2. Poe, C. & Loe, D. (2001).\n\n  • Abstract\n  • Full Text\n")
    assert clean(page).abstract == ABSTRACT_TEXT


@pytest.mark.parametrize("first, rest", [
    # a sentence cut before a Greek letter in lower case, which opens no sentence
    ("We followed 214 adults for three years, and linear mixed-effects models were adjusted for "
     "age, sex and APOE",
     "ε4 carriage, body mass index, and apnea–hypopnea index."),
    # a formula's subscript set apart, after a bracket that ends no sentence
    ("To resist attack by molten silicate, a five-component rare-earth zirconate, (Gd0.2 Yb0.2 "
     "Lu0.2 Sc0.2 Y0.2)",
     "2Zr2\nO7 (HE-RZ), was deposited as coatings and exposed to molten silicate at 1300 °C for "
     "up to ten hours."),
])
def test_an_abstract_paragraph_goes_on_where_get_text_cut_its_sentence(first: str,
                                                                         rest: str) -> None:
    page = (f"Knight shift in dilute alloys\nJane Doe\nAbstract\n{ABSTRACT_TEXT}\n{first}\n{rest}\n"
            "Keywords\nalloys\n")
    assert clean(page).abstract == f"{ABSTRACT_TEXT}\n\n{first} {rest.replace(chr(10), ' ')}"


def test_a_heading_after_a_closing_bracket_is_no_piece_of_the_sentence() -> None:
    """'... (PsycInfo Database Record (c) 2024 APA, all rights reserved)' / 'Impact Statement'
    / its own paragraph: the abstract ends at the note."""
    note = f"{ABSTRACT_TEXT} (Database Record (c) 2024 APA, all rights reserved)"
    page = (f"Knight shift in dilute alloys\nJane Doe\nAbstract\n{note}\nImpact Statement\n"
            "Public Significance Statement—Among adults with diabetes, irregular sleep goes with "
            "poorer control of blood sugar, which suggests a target for care.\n")
    abstract = clean(page).abstract
    assert abstract.startswith(ABSTRACT_TEXT) and "Significance" not in abstract


@pytest.mark.parametrize("distinct, width", [(True, 89), (False, 0)])
def test_a_few_lines_flush_with_the_longest_make_a_wrapped_page_when_they_differ(
        distinct: bool, width: int) -> None:
    """Many short items and five lines ending at one width, none past it: a wrapped paragraph,
    unless the five are one line said again (a footer's)."""
    from cleanabstract.front.text import _wrap_width

    line = "This article is distributed under the terms of a Creative Commons licence, reuse {}."
    long = [line.format(f"no. {k}" if distinct else "allowed") for k in range(5)]
    long = [text.ljust(89, "x") if distinct else text for text in long]
    lines = [f"Item {k} of the list of short things" for k in range(80)] + ["", ""] * 3
    assert _wrap_width([*lines, *long, ""]) == width


def test_the_page_title_with_the_journal_after_a_colon_names_the_heading_below() -> None:
    """get_text gives the <title> first, 'Title: Cell Reports' (Cell Press): the heading that
    repeats it without the journal's name is the title."""
    title = "Enteric glia acquire an immunoregulatory state at weaning in the colon"
    # (the heading far above the summary: names and affiliations, one piece a line, between)
    names = "".join(f"Jane{k}\nDoe\n{k}\n∙\n" for k in range(12)) + "".join(
        f"{k}\nDepartment {k} of Example Sciences, University of Exampletown\n" for k in range(30))
    page = (f"{title}: Cell Reports\nWe use cookies to make our site work.\nAccept all cookies\n"
            "Cell Reports\nVolume 43, Issue 5, 114175\nArticle\n" + title + f"\n{names}"
            f"Summary\n{ABSTRACT_TEXT}\nKeywords\nglia\n,\nweaning\n,\nT cells")
    assert clean(page).title == title


def test_a_danish_abstract_in_two_paragraphs_is_one_language() -> None:
    """Two paragraphs a guesser without Danish had read as French and English: the second was
    cut off as the first's translation."""
    first = ("Artiklen undersøger, hvordan borgere med kronisk lungesygdom og kommunale "
             "fysioterapeuter forhandler om selvtræning i hjemmet. Vi viser, at selvtræning ikke "
             "blot er en overførsel af øvelser, men en omforhandling af ansvar, hvor borgerne skal "
             "gøre deres hverdag til et træningsrum, og terapeuterne skal bedømme motivation på "
             "afstand.")
    second = ("Hjemmet fungerer både som ressource og som modstand: velkendte rutiner gjorde "
              "øvelserne lettere at fastholde for nogle, mens andre oplevede, at sygdommen blev "
              "mere synlig for familien. Vi diskuterer, hvordan idealet om den aktive borger kan "
              "skærpe uligheder i rehabiliteringen.")
    page = (f"Forskningsartikler\nNår træningen flytter hjem\nMette Lund\n"
            f"DOI: https://doi.org/10.7146/tfs.v21i40.143210\nAbstract\n{first}\n{second}\n"
            "Nøgleord\nKOL\n")
    assert clean(page).abstract == f"{first}\n\n{second}"


@pytest.mark.parametrize("after, whole", [
    # get_text shows the hidden rest after the toggle
    ("38% of this capacity at −20 °C, compared with 12% for cells with an ether electrolyte, "
     "and fade at 45 °C was half as fast.", True),
    # a browser's innerText does not: the next field follows
    ("Authors:", False),
])
def test_an_abstract_goes_on_past_a_more_toggle_when_the_hidden_rest_is_shown(
        after: str, whole: bool) -> None:
    shown = ("Lithium–sulfur batteries promise high specific energy, but their performance at low "
             "temperature is poorly understood. The cells delivered 1,020 mAh per gram at 25 °C "
             "but retained only")
    page = (f"Low-temperature performance of lithium–sulfur pouch cells\nAbstract\n{shown}\n...\n"
            f"more »\n{after}\nKowalczyk, Anna M.; Ramesh, Vikram\nPublication Date:\n2018")
    abstract = clean(page).abstract
    assert abstract == (f"{shown} {after}" if whole else shown)


def test_a_type_label_below_names_given_and_surname_one_a_line() -> None:
    """ScienceDirect in get_text: each author's given names and surname on lines of their own
    between the title and the type label below it; they are the byline, not lines that put
    the label out of the title's reach."""
    names = "Sofie\nVan den Broeck\nMartin\nKjeldsen\nAnnika\nRautio\nJulián\nOrtega-Ruiz\nEveline I.P.\nVolcke"
    page = ("Water Research\nVolume 243, 1 September 2023, 120412\n"
            "Nitrous oxide emissions from full-scale partial nitritation reactors\n"
            f"Author links open overlay panel\n{names}\nShow more\nShare\nCite\n"
            "https://doi.org/10.1016/j.watres.2023.120412\nGet rights and content\n"
            f"Research article\nAbstract\n{ABSTRACT_TEXT}\nKeywords\nnitrous oxide\nanammox")
    assert clean(page).article_types == ("Research article",)
    # (a line of three capitalised words is no name's piece when it is a sentence's start)
    from cleanabstract.fields import _NAME_PIECE
    assert not _NAME_PIECE.fullmatch("Results of the survey")


def test_a_title_cut_at_its_markup_far_above_the_abstract_is_still_the_pages_own() -> None:
    """get_text cuts a heading at a tag ('Hypoxia-Induced' / the rest) and puts dozens of
    authors' cards between it and the abstract; the journal's name, another part of the
    <title>, stands in the menu. The pieces that together are the <title>'s first part win."""
    title = "Hypoxia-Induced Silencing of a Lactate Transporter Sensitizes Tumours to Inhibition"
    cards = "".join(f"Jane{k} Doe{k};\nJane{k} Doe{k}1\nDepartment {k}, University of Example."
                    "\nSearch for other works by this author on:\nGoogle Scholar\n"
                    for k in range(20))
    page = (f"{title} | Example Cancer Journal | Example Society\nSkip to Main Content\n"
            "Journals\nExample Cancer Journal\nSign In\nExample Cancer Journal\nAbstract\n"
            "Volume 84, Issue 6\nResearch Article\nMarch 15 2024\nHypoxia-Induced\n"
            f"{title.removeprefix('Hypoxia-Induced ')}\n{cards}Abstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).title == title


@pytest.mark.parametrize("suffix", ["-维普网", "_百度学术", "-期刊-万方数据知识服务平台"])
def test_a_chinese_sites_name_after_a_bare_hyphen_leaves_the_title_part(suffix: str) -> None:
    """get_text gives the <title> first, '标题-维普网': the heading that repeats its first
    part is the title, not the journal's name in the breadcrumb over it."""
    title = "石羊河流域下游绿洲农田土壤盐分空间变异特征及其影响因素"
    abstract = ("土壤盐渍化是制约干旱区绿洲农业可持续发展的重要因素。本文以民勤绿洲为研究区，采集农田土壤"
                "样品，利用地统计学与随机森林方法分析土壤盐分的空间变异特征及其影响因素。结果表明，"
                "土壤盐分具有中等空间自相关性，地下水埋深和灌溉方式是主要影响因素。")
    page = (f"{title}{suffix}\n登录\n注册\n首页\n>\n期刊\n>\n干旱区资源与环境\n>\n2023年第8期\n"
            f"北大核心\n{title}\n被引量418\n作者\n马晓东\n出处\n《\n干旱区资源与环境\n》\n"
            f"摘要\n{abstract}\n关键词\n土壤盐分\n")
    assert clean(page).title == title


@pytest.mark.parametrize("opening", ["Introduction/Objective.", "Background:", "Background and aims:"])
def test_a_structured_abstracts_first_label_opens_a_paragraph_under_a_full_line(
        opening: str) -> None:
    """w3m: the last author's affiliation in brackets runs nearly to the wrap's width, and the
    headless structured abstract starts on the next line; its first section is no part of the
    affiliation, however little room the line had left."""
    width = 118
    sections = [
        (opening, "Delirium is frequent after hip fracture surgery in older adults, and vitamin D "
                  "deficiency has been proposed as a modifiable risk factor for it."),
        ("Methods.", "This prospective cohort study included 214 consecutive patients operated on "
                     "for proximal femoral fracture at a tertiary centre between 2022 and 2023."),
        ("Results.", "Postoperative delirium developed in 71 patients (33.2%), more often in those "
                     "with severe deficiency than in the others (adjusted odds ratio 2.41)."),
        ("Conclusion.", "Severe vitamin D deficiency is associated with postoperative delirium in "
                        "older patients with hip fracture, independently of other factors."),
    ]
    affiliation = ("Milošević Ana (University Clinical Centre of Serbia, Centre for "
                   "Anaesthesiology and Resuscitation, Belgrade, Serbia)")
    assert width - 10 < len(affiliation) <= width
    paragraphs = "\n\n".join(textwrap.fill(f"{label} {text}", width) for label, text in sections)
    page = ("Example Archive of Medicine\n\n2024 Volume 152, Issue 5-6, Pages: 245-251\n\n"
            "Original article\n\nSerum vitamin D and postoperative delirium in older patients "
            "with hip fracture\n\nPetrović Marko (Faculty of Medicine, University of Belgrade, "
            f"Belgrade, Serbia)\n{affiliation}\n{paragraphs}\n\nKeywords: vitamin D; delirium\n")
    record = clean(page)
    assert record.abstract_sections[0].label == opening.rstrip(".:")
    assert record.abstract_sections[0].text == sections[0][1]
    assert len(record.abstract_sections) == 4


@pytest.mark.parametrize("first, second", [
    ("We compared both cohorts with the national registry and the regional forms (see",
     "Background: noise level and the reason for the visit."),  # (the line ends no sentence)
    ("We compared both cohorts with the national registry. The forms were all new.",
     "Introduction of the forms took a year."),  # (no label: the word begins a sentence)
    ("We compared both cohorts with the national registry (NR). The forms were new.",
     "Methods: the forms were filled in by hand."),  # (a later section's label, lower case)
])
def test_a_wrapped_sentence_goes_on_past_a_label_like_word_inside_it(
        first: str, second: str) -> None:
    """Must not fire: a line wrapped at the width runs on to the next where that one opens
    with a section's word but no opening label, or where the line before ends no sentence."""
    from cleanabstract.front.text import _wrapped_blocks

    assert len(first) + len(second.split()[0]) >= 80
    assert [text for _, text, _, _ in _wrapped_blocks([first, second], 80)] == [
        f"{first} {second}"]


def test_an_opening_label_under_a_full_line_ends_its_paragraph() -> None:
    """The rule itself, at the same width: a line ending in an aside, then an opening label."""
    from cleanabstract.front.text import _wrapped_blocks

    first = "Milošević Ana (University Clinical Centre of Serbia, Belgrade, Serbia, Europe)"
    second = "Introduction/Objective. Postoperative delirium is frequent."
    assert [text for _, text, _, _ in _wrapped_blocks([first, second], 80)] == [first, second]


_SPIE_SECTIONS = [
    ("Significance", "Capillary stalls are thought to add to cerebral hypoperfusion, but their "
                     "response to hypoxia has only been studied under anesthesia."),
    ("Aim", "We aimed to quantify capillary stalling in awake mice before, during and after a "
            "brief hypoxic challenge."),
    ("Approach", "A spectral-domain OCT system acquired repeated angiograms of the same field "
                 "through a chronic cranial window in eleven mice."),
    ("Results", "Stalls tripled during hypoxia and returned to baseline within ten minutes of "
                "reoxygenation in every animal we imaged."),
    ("Conclusions", "Hypoxia transiently increases capillary stalling in the awake cortex, which "
                    "label-free OCT angiography can follow."),
]


def test_a_significance_label_opening_a_structured_abstract_is_its_first_section() -> None:
    """SPIE's journals open a structured abstract with 'Significance:', get_text puts each
    label on a line of its own: under the 'Abstract' heading, followed by its paragraph and
    the next label, it is the abstract's first section, not a significance box."""
    body = "".join(f"{label}:\n{text}\n" for label, text in _SPIE_SECTIONS)
    page = ("Journal of Example Optics\nResearch Paper\nLabel-free angiography reveals capillary "
            f"stalling after transient hypoxia in awake mice\nAbstract\n{body}Keywords\nOCT\n")
    record = clean(page)
    assert [(s.label, s.text) for s in record.abstract_sections] == _SPIE_SECTIONS


def test_a_significance_box_over_the_abstract_stays_out_of_it() -> None:
    """Must not fire: PNAS's 'Significance' statement above the 'Abstract' heading, and one
    under it that no other section's label follows, are no part of a structured abstract."""
    statement = ("Capillary stalls are thought to add to cerebral hypoperfusion. We show that "
                 "they triple during hypoxia in awake mice.")
    abstract = " ".join(text for _, text in _SPIE_SECTIONS)
    page = ("PNAS\nResearch Article\nLabel-free angiography reveals capillary stalling after "
            f"transient hypoxia in awake mice\nSignificance\n{statement}\nAbstract\n{abstract}\n"
            "Keywords\nOCT\n")
    record = clean(page)
    assert record.abstract == abstract


def _cell(paragraphs: list[str], indent: int, width: int) -> str:
    """Paragraphs as w3m sets a table cell's: wrapped at the cell's width, indented, one
    blank line apart."""
    pad = " " * indent
    return "\n\n".join(textwrap.fill(p, width, initial_indent=pad, subsequent_indent=pad)
                       for p in paragraphs)


def test_short_paragraphs_of_a_narrow_cell_take_the_width_of_its_long_ones() -> None:
    """Termedia in w3m: the abstract's cell wraps at 66 columns on a page 120 wide. Its long
    paragraphs show that width; its short ones ('Introduction', 'Aim': three lines or so) are
    too few to, and still are wrapped paragraphs, not one block a line."""
    sections = [
        ("Introduction", "Minimally invasive mitral valve surgery through a right "
                         "mini-thoracotomy is increasingly offered to older patients, but data "
                         "on its early safety in septuagenarians remain limited."),
        ("Aim", "To compare early outcomes of mitral valve repair via right mini-thoracotomy "
                "in patients aged 70 years or more with those of younger patients."),
        ("Material and methods", "We retrospectively analysed 412 consecutive patients who "
         "underwent isolated mitral valve repair via right mini-thoracotomy between 2016 and "
         "2022. Patients were divided into two groups, and propensity score matching was used "
         "to adjust for the operative risk, the ejection fraction and the functional class."),
        ("Results", "After matching, bypass and cross-clamp times were comparable. Thirty-day "
                    "mortality was 2.1% in older and 0.5% in younger patients. Older patients "
                    "more often developed atrial fibrillation and stayed longer in intensive "
                    "care, while the quality of the repair at discharge was the same."),
        ("Conclusions", "Mitral valve repair via right mini-thoracotomy can be performed safely "
                        "in selected older patients, at the cost of more atrial fibrillation."),
    ]
    cell = _cell([f"{label}: {text}" for label, text in sections], 29, 66 + 29)
    menu = "\n".join(f"Menu entry {k} of the journal's site, among many others" for k in range(6))
    wide = textwrap.fill(" ".join(
        f"This journal's site shows notice {k} across the whole page about its cookies, its "
        "policies and its partners, as wide as the page can be." for k in range(8)), 120)
    page = (f"{wide}\n\n{menu}\n\nOriginal paper\n\nEarly outcomes of mitral valve repair in "
            f"older patients\n\n" + " " * 29 + f"Abstract\n{cell}\n\nKeywords: mitral valve\n")
    record = clean(page)
    assert [(s.label, s.text) for s in record.abstract_sections] == sections


def test_lines_beside_a_narrow_cell_at_another_indentation_keep_their_breaks() -> None:
    """Must not fire: the lines under a narrow cell set at another indentation (the page's
    own column) are not the cell's, and a line of theirs that would overflow the cell's
    width still ends where the page ended it."""
    from cleanabstract.front.text import _narrow_widths

    cell = _cell([" ".join(["Results of the cell's long paragraph go on."] * 12)], 29, 95)
    beside = ["Correspondence: Department of Cardiac Surgery, Medical University, Example City",
              "Received 12 May 2024"]
    lines = [*cell.splitlines(), "", *beside]
    widths = _narrow_widths(lines, 120)
    widest = max(len(line) for line in cell.splitlines())
    assert all(widths.get(k) == widest for k in range(len(cell.splitlines())))
    assert len(lines) - 2 not in widths and len(lines) - 1 not in widths


@pytest.mark.parametrize("heading", ["Resumé", "Sammenfatning", "Kokkuvõte", "Santrauka",
                                     "Souhrn", "Резюме"])
def test_abstract_headings_of_more_european_languages(heading: str) -> None:
    """Danish journals head the abstract 'Resumé' (no accent on the first e), Estonian,
    Lithuanian, Czech and Bulgarian ones 'Kokkuvõte', 'Santrauka', 'Souhrn', 'Резюме'."""
    page = (f"Example Journal\nForskningsartikler\nNår træningen flytter hjem\nMette Lund\n"
            f"{heading}\n{ABSTRACT_TEXT}\nNøgleord\nKOL\n")
    assert clean(page).abstract == ABSTRACT_TEXT


@pytest.mark.parametrize("section, types", [
    ("Research Communications", ("Research Communications",)),
    ("Forskningsartikler", ("Forskningsartikler",)),
    ("Articles", ()),  # (OJS's default section: every kind of piece)
    ("Ciências da Saúde", ()),  # (a subject)
])
def test_an_ojs_section_field_names_the_type_the_rules_know(
        section: str, types: tuple[str, ...]) -> None:
    """get_text of an OJS page: the 'Section' field's label on a line of its own, its value
    below. A value the type rules know is the article's type; others are not."""
    page = ("Current Example Science\nHome\n/\nArchives\n/\nVol. 126 No. 8 (2024)\n"
            "Walking to work and diabetes\nAuthors\nJane Roe\nAbstract\n"
            f"{ABSTRACT_TEXT}\nIssue\nVol. 126 No. 8 (2024)\nSection\n{section}\nLicense\n"
            "Copyright (c) 2024 Current Example Science\n")
    assert clean(page).article_types == types


def test_a_w3m_subscript_after_a_formulas_bracket_joins_the_formula() -> None:
    """w3m writes a group's count after its bracket, '(Gd[0.2]Y[0.8])[2]Zr[2]O[7]': the count
    is a subscript while the formula goes on. A reference's number after a bracket, the
    sentence going on past a space, stays as it is."""
    abstract = textwrap.fill(f"Coatings of (Gd[0.2]Y[0.8])[2]Zr[2]O[7] and Ca(OH)[2]Cl resist "
                             f"molten silicates, as reported (in 2019)[2] before. {ABSTRACT_TEXT} "
                             f"{ABSTRACT_TEXT} {ABSTRACT_TEXT} {ABSTRACT_TEXT}", 78)
    page = (f"Sluggish melt infiltration in (Gd[0.2]Y[0.8])[2]Zr[2]O[7] coatings\n\n"
            f"Abstract\n\n{abstract}\n")
    rec = clean(page)
    assert rec.title == "Sluggish melt infiltration in (Gd0.2Y0.8)2Zr2O7 coatings"
    assert rec.abstract.startswith("Coatings of (Gd0.2Y0.8)2Zr2O7 and Ca(OH)2Cl resist molten "
                                   "silicates, as reported (in 2019)[2] before.")


def test_a_decimal_subscript_the_wrap_put_first_joins_the_line_above() -> None:
    """w3m wrapped between an element and its decimal count ('...Y' / '[0.2])[2]Zr[2]O[7]'):
    the count goes on the element with no space, as a whole-number count already did."""
    from cleanabstract.front.text import _wrapped_blocks

    first = "Here, a five-component rare-earth zirconate, (Gd[0.2]Yb[0.2]Lu[0.2]Sc[0.2]Y"
    second = "[0.2])[2]Zr[2]O[7], was made by solid-state reaction."
    assert len(first) + 1 + len(second.split()[0]) > 80
    assert [t for _, t, _, _ in _wrapped_blocks([first, second], 80)] == [first + second]


@pytest.mark.parametrize("head, sections, sep, tail", [
    # 'Implications for practice:' after 'Conclusion:' (integrated-care journals), each label
    # on a line of its own
    ("Research & Theory\nA pharmacist handover after discharge",
     [("Introduction", "Medication problems after discharge cause readmissions."),
      ("Methods", "A stepped-wedge design in eleven hospital and pharmacy networks."),
      ("Results", "Medication-related readmissions fell from 6.2% to 4.1%."),
      ("Conclusion", "A pharmacist handover reduces medication-related readmissions."),
      ("Implications for practice", "Electronic transfer of discharge information is "
                                    "a prerequisite for scaling it up.")], "\n", "Keywords:\ncare\n"),
    # 'Clinical trial registration: <registry>, <number>.', as 'Trial registration:' is
    ("Vaccine\nResearch article\nText reminders and measles second doses",
     [("Background", "Second-dose measles coverage lags in rural districts."),
      ("Methods", "We randomised 1,200 caregivers to text reminders or none."),
      ("Results", "Reminders raised second-dose coverage by nine points."),
      ("Clinical trial registration", "Pan African Clinical Trials Registry, "
                                      "PACTR202201574839926.")], " ", ""),
])
def test_a_closing_section_is_the_structured_abstracts_last(
        head: str, sections: list[tuple[str, str]], sep: str, tail: str) -> None:
    """A closing label is the abstract's last section, not a paragraph or a field the
    abstract ends before."""
    body = "".join(f"{label}:{sep}{text}\n" for label, text in sections)
    page = f"{head}\nAbstract\n{body}{tail}"
    assert [(s.label, s.text) for s in clean(page).abstract_sections] == sections


@pytest.mark.parametrize("rest, joined", [
    (["Synthesis and applications", ". Replanting gaps is a low-cost way to restore links."],
     True),  # (its bold label in a node of its own, the sentence after it in another)
    (["Replanting hedgerow gaps is a low-cost way to restore landscape connectivity."], True),
    (["Home"], False),  # (a numbered menu's item: no paragraph)
])
def test_a_numbered_paragraphs_number_on_a_line_of_its_own_opens_it(
        rest: list[str], joined: bool) -> None:
    """get_text gives a numbered paragraph's number ('5.') a line of its own when it sits in
    a node of its own (Journal of Applied Ecology's summaries): it opens the paragraph."""
    from cleanabstract.front.text import _glue_words

    assert (_glue_words("5.", rest[0], rest[1] if len(rest) > 1 else "") == " ") == joined


@pytest.mark.parametrize("box", ["What’s Known on This Subject", "What This Study Adds",
                                 "Highlights"])
def test_a_boxs_run_in_label_ends_the_abstract_above_it(box: str) -> None:
    """Pediatrics sets its 'What’s Known on This Subject: ...' and 'What This Study Adds: ...'
    paragraphs right under the abstract: they are boxes, not more of the abstract."""
    page = (f"Pediatrics\nResearch Article\nNurse-driven weaning of high-flow nasal cannula\n"
            f"Abstract\nBACKGROUND AND OBJECTIVES: {ABSTRACT_TEXT}\nRESULTS: Weaning took half "
            f"a day less.\n{box}: Use of high-flow nasal cannula outside the ICU has grown "
            "rapidly, and weaning is often left to each physician.\nKeywords\nbronchiolitis\n")
    record = clean(page)
    assert [s.label for s in record.abstract_sections] == ["BACKGROUND AND OBJECTIVES", "RESULTS"]
    assert record.abstract.endswith("RESULTS: Weaning took half a day less.")


def test_a_section_that_is_also_a_boxs_name_stays_in_the_abstract() -> None:
    """Must not fire: 'Significance:' closing a structured abstract (AACR, IOP) is a section
    of it, though PNAS's box has the same name."""
    page = (f"Cancer Research\nResearch Article\nLactate export and MCT1 inhibition\nAbstract\n"
            f"Background: {ABSTRACT_TEXT}\nResults: Tumours low in MCT4 responded.\n"
            "Significance: Silencing of MCT4 marks tumours that MCT1 inhibitors can treat.\n"
            "Keywords\nlactate\n")
    record = clean(page)
    assert [s.label for s in record.abstract_sections] == ["Background", "Results", "Significance"]
    assert record.abstract.endswith("marks tumours that MCT1 inhibitors can treat.")


def test_a_mass_number_in_superscript_after_a_dash_joins_its_label() -> None:
    """get_text splits '[1-<sup>13</sup>C]pyruvate' over three lines: the mass number joins
    the dash and its element, with no spaces ('[1-13C]pyruvate')."""
    from cleanabstract.front.text import _glue_tight

    assert _glue_tight("MRI with hyperpolarized [1-", "13", "C]pyruvate distinguished") == ""
    assert _glue_tight("MRI with hyperpolarized [1-13", "C]pyruvate distinguished", "") == ""
    # (not a number of four digits, a year's or a count's, nor a number after a word's dash)
    assert _glue_tight("MRI with hyperpolarized [1-", "2024", "Views") is None


@pytest.mark.parametrize("prev, line, joined", [
    ("ضریب ذخیره آبخوان بین 10−3", "تا 10", True),  # (past an exponent's superscript)
    ("ضریب ذخیره آبخوان بین 10 تا 10−2", "برآورد شد.", True),
    ("نشریه مهندسی عمران دوره 55، شماره 3", "مقاله پژوهشی", False),  # (a number: no exponent)
    ("The storage coefficient was between 10−3", "Results", False),  # (a capital opens a block)
])
def test_a_sentence_in_a_script_without_capitals_goes_on_past_an_exponent(
        prev: str, line: str, joined: bool) -> None:
    """get_text cuts a Persian sentence at each superscript ('10' / '−3' / 'تا 10'): the
    words after an exponent carry the sentence on. A line after a plain number (a volume's)
    may open a block of its own ('مقاله پژوهشی', the article's type)."""
    from cleanabstract.front.text import _glue_words

    assert (_glue_words(prev, line, "") == " ") == joined


def test_authors_cards_run_into_one_paragraph_are_no_abstract() -> None:
    """w3m runs Silverchair's authors' cards into one long paragraph of names, affiliations
    and 'Search for other works by this author on:' links, which reads like prose: it is no
    headless abstract. (The page's abstract, far below, is then not guessed at.)"""
    cards = " ".join(f"Jane{k} Doe{k}; Jane{k} Doe{k} Department of Chemistry {k}, University "
                     f"of Example, 0315 Example City. Search for other works by this author "
                     f"on: This Site Google Scholar" for k in range(4))
    page = ("The Journal of Example Physics\nResearch Article\n| April 09 2024\n\n"
            "Nuclear quantum effects on proton transfer in the aqueous formic acid dimer\n\n"
            f"{cards}\n\nAuthor & Article Information\n")
    record = clean(page)
    assert record.title == ("Nuclear quantum effects on proton transfer in the aqueous formic "
                            "acid dimer")
    assert record.abstract is None and "no-abstract" in record.warnings


def test_a_title_shown_with_its_translation_after_a_slash_is_the_title_alone() -> None:
    """LILACS shows 'title / translated title' under a heading cut short; its <title> gives
    the title alone: the line that opens with it is the title, without the translation."""
    title = ("Distância até o serviço de hemodiálise e mortalidade em pacientes com doença "
             "renal crônica no Maranhão, Brasil: coorte retrospectiva")
    english = ("Distance to the hemodialysis facility and mortality among patients with "
               "chronic kidney disease in Maranhão, Brazil: a retrospective cohort")
    page = (f"{title}  |  Cad. Saúde Pública (Online) ; 40(3): e00097123, 2024\nPesquisa\n"
            "Portal Regional da BVS\nInformação e Conhecimento para a Saúde\n"
            f"{title[:88]}\n{title} / {english}\nCarvalho, Thaís Moura;\nRibeiro, Danilo;\n"
            f"Afiliação\nUniversidade Federal do Maranhão\nResumo\n{ABSTRACT_TEXT}\n")
    assert clean(page).title == title


def test_a_title_with_a_slash_of_its_own_stays_whole() -> None:
    """Must not fire: a title whose own words hold ' / ' ('Input / output ...'), repeated
    whole by the <title>, keeps all of them."""
    title = "Input / output scheduling for solid-state drives under mixed workloads"
    page = (f"{title} | Example Transactions on Storage\nHome\nJournals\n{title}\nJane Roe\n"
            f"Abstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).title == title


@pytest.mark.parametrize("line, types", [
    ("preprint posted on 2023-10-02, 14:07 authored by Maja Kristiansen, Tomás Oliveira",
     ("Preprint",)),
    ("journal contribution posted on 2023-10-02, 14:07 authored by Maja Kristiansen", ()),
])
def test_figshares_item_line_names_the_items_type(line: str, types: tuple[str, ...]) -> None:
    """figshare writes '<type> posted on <date>, authored by ...' under the title: the type
    counts when the type rules know it (not figshare's 'journal contribution')."""
    page = ("figshare\nBrowse\nUrban heat exposure of cycle commuters: a sensor-instrumented "
            f"bicycle study\nCite\nShare\n{line}\nAbstract\n{ABSTRACT_TEXT}\nKeywords\nheat\n")
    assert clean(page).article_types == types


_UKRAINIAN = ("Вовчок соняшниковий залишається основним біотичним чинником, що обмежує "
              "врожайність соняшнику в Південному Степу України. Метою роботи було оцінити, як "
              "строки сівби впливають на інтенсивність ураження рослин паразитом.")


@pytest.mark.parametrize("first, abstract", [
    (f"Анотація {_UKRAINIAN}", _UKRAINIAN),  # (the heading again, in the page's language)
    ("Summary statistics of forty trials show that the effect of sowing dates on the parasite "
     "is larger than that of the hybrid's genotype in the south of the steppe.",
     "Summary statistics of forty trials show that the effect of sowing dates on the parasite "
     "is larger than that of the hybrid's genotype in the south of the steppe."),
])
def test_the_heading_run_into_the_abstract_in_another_language_comes_off(
        first: str, abstract: str) -> None:
    """w3m runs the Ukrainian heading 'Анотація' into the abstract under the English
    'Abstract'; it comes off the text. Must not fire: an abstract's own first word."""
    page = (f"Example Agricultural Journal\nResearch article\nSowing dates and sunflower "
            f"broomrape in the southern steppe\n\nAbstract\n\n{first}\n\nKeywords: sunflower\n")
    assert clean(page).abstract == abstract


@pytest.mark.parametrize("prev, line, glue", [
    ("in larvae lacking tfeba", "−/−", ""),  # (a genotype on its gene)
    ("in CH2Cl2", "/H", ""),  # (a mixture's slash: 'CH2Cl2/H2O')
    ("perchlorate (Mes-Acr+", "ClO", ""),  # (the ion pair's other ion)
    ("the Na+ and K+", "Channels", None),  # (a word after a charge, not an ion)
    ("see the journal", "/ Archive", None),  # (a separator with its space)
])
def test_get_text_pieces_of_formulas_and_genotypes_join_tightly(
        prev: str, line: str, glue: str | None) -> None:
    """get_text splits '(Mes-Acr<sup>+</sup>ClO<sub>4</sub><sup>−</sup>)', 'CH<sub>2</sub>Cl<sub>2
    </sub>/H<sub>2</sub>O' and 'tfeba<sup>−/−</sup>' at every tag: the pieces join with no
    space."""
    from cleanabstract.front.text import _glue_tight

    assert _glue_tight(prev, line, "") == glue


def test_the_pages_title_line_is_no_copy_of_the_title_to_read_types_beside() -> None:
    """get_text gives the <title> first, the site's menu under it ('News', 'Articles'): the
    menu's items are no type labels of the article, whose own heading has none."""
    title = "Tracing nitrate sources in a karst spring catchment using dual isotopes"
    menu = "\n".join(["Journal Home", "Aims & Scope", "Editorial Board", "Indexing",
                       "Guidelines for Authors", "Paper Submission", "Open Special Issues"])
    page = (f"{title}\nHome\nJournals A-Z\nBooks\nConferences\nNews\nAbout Us\nJobs\n"
            f"{menu}\nJournal of Water Resource and Protection\n>\nVol.16 No.2, February 2024\n"
            f"{title}\nLiwen Tang1,\nHaoran Qiu1*\nAbstract\n{ABSTRACT_TEXT}\n")
    record = clean(page)
    assert record.title == title
    assert record.article_types == ()


@pytest.mark.parametrize("value, types", [
    ("Technical documents", ("Technical documents",)),  # (WHO IRIS' record)
    ("Working Paper", ("Working Paper",)),  # (the World Bank's)
    ("PDF", ()),  # (a table of files: 'Type' heads its column)
    ("Size", ()),
])
def test_a_bare_type_label_over_a_type_the_rules_know_is_a_field(
        value: str, types: tuple[str, ...]) -> None:
    """A repository record flattened to text: 'Type' alone on its line, its value on the
    next. Without markup to say it is a field's label, the value must be a type the rules
    know: 'Type' also heads a table of files."""
    page = ("Institutional Repository\nHeat-health action plans in practice: a field evaluation "
            f"in twelve European cities\nAuthors\nRoe, Jane\nDocument number\nEURO:2024-8812\n"
            f"Type\n{value}\nAbstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).article_types == types


def test_names_written_family_name_first_sit_between_a_title_and_its_type() -> None:
    """DiVA in get_text: the title, each author 'Family, Given' over an affiliation, then
    'In:' and the journal, then the type: the names are the title's, however many, and do
    not use up the lines a type below the title may be looked for in."""
    people = "".join(f"Lindqvist{k}, Maja\nStockholm University, Department of Ecology\n"
                     for k in range(4))
    page = ("DiVA portal\nShorter ice-cover seasons advance the spring diatom bloom in subarctic "
            f"lakes\n{people}Show others and affiliations\n(English)\nIn:\nJournal of Boreal "
            "Limnology, ISSN 2031-4417, Vol. 31, no 2\nArticle in journal (Refereed)\nPublished\n"
            f"Abstract [en]\n{ABSTRACT_TEXT}\n")
    assert clean(page).article_types == ("Article in journal (Refereed)",)


@pytest.mark.parametrize("title", ["Morphuzz: Bending (Input) Space to Fuzz Virtual Devices",
                                   "Backpressure Flow Control"])
def test_the_pages_bibtex_export_names_its_title(title: str) -> None:
    """No <title> line and a lone author under the title: the page's BibTeX export quoting a
    line whole shows it is the title, however short; its booktitle names no title."""
    page = "\n".join([
        "Past Symposia", "Conference Policies", "31st USENIX Security Symposium", title,
        "Alexander Bulekov,", "Boston University and Red Hat;", "Bandan Das and Stefan Hajnoczi,",
        "Red Hat;", "Manuel Egele,", "Boston University", ABSTRACT_TEXT, "BibTeX",
        "@inproceedings {277148,", "author = {Alexander Bulekov and Manuel Egele},",
        f"title = {{{title}}},", "booktitle = {31st USENIX Security Symposium},",
        "year = {2022}", "}"])
    assert clean(page).title == title


def test_an_authors_credit_roles_are_no_title() -> None:
    """Wiley's author cards in get_text, no <title> line: each name's CRediT roles
    ('Investigation, Data curation, Writing - review & editing') sit closer to the abstract
    than the title does, and are no title."""
    title = "Vertical Separation Between Biomass Burning Smoke and Marine Stratocumulus"
    cards = []
    for name, place, roles in [
            ("Kirsten M. Aldridge", "Department of Atmospheric Science, University of Washington",
             "Conceptualization, Methodology, Formal analysis, Writing - original draft"),
            ("Tomasz Wieczorek", "Institute of Geophysics, University of Warsaw",
             "Investigation, Data curation, Writing - review & editing")]:
        cards += [f"{name},", name, place, "Contribution:", roles, "Search for more papers by this author"]
    page = "\n".join(["Journal of Geophysical Research: Atmospheres", "Research Article", title,
                      *cards, "First published:", "02 April 2024", "Abstract", ABSTRACT_TEXT])
    assert clean(page).title == title


def test_a_title_far_above_the_abstract_beats_a_weak_line_near_it() -> None:
    """A long list of affiliations between the title and the abstract, and a tool's note just
    above the abstract: the note wins the near look only weakly, so the whole page is read."""
    title = "Dopaminergic input to mushroom body output neurons gates sleep rebound"
    affiliations = [f"{k} Department of Neurobiology {k}, University of Example, Example City, "
                    "Country" for k in range(1, 46)]
    page = "\n".join(["eLife", "Research Article", title, "Ann Roe, Ben Poe, Cleo Doe",
                      *affiliations, "(links to download the citations from this article in "
                      "formats compatible with various reference manager tools)",
                      "Abstract", ABSTRACT_TEXT])
    assert clean(page).title == title


def test_a_records_field_list_under_its_title_gives_no_title_and_its_authors() -> None:
    """OpenAlex's work page: the title, then the record's fields one a line. 'Source:
    <journal>' sits between 'Type: article' and 'Authors: ...', which speak for a title
    above and below; it is a field, and the names of 'Authors:' are given names first."""
    text = "\n".join([
        "Example Index", "About Docs Log in", "Works / W123",
        "Walking to work lowers the risk of type 2 diabetes in adults", "Work", "HTML PDF",
        "Year: 2024", "Type: article", "Source: Journal of Urban Health",
        "Authors: Henrike Vogelsang, Tomás Echeverría, Priya Raghunathan",
        "Institutions: University of Göttingen, Université Laval", "Language: English",
        "Abstract", ABSTRACT_TEXT, "Related works"])
    rec = clean(text)
    assert rec.title == "Walking to work lowers the risk of type 2 diabetes in adults"
    assert rec.authors == ("Henrike Vogelsang", "Tomás Echeverría", "Priya Raghunathan")


@pytest.mark.parametrize(("line", "names"), [
    ("Authors: Henrike Vogelsang, Tomás Echeverría, Priya Raghunathan",
     ("Henrike Vogelsang", "Tomás Echeverría", "Priya Raghunathan")),
    ("Authors: Roe, L., Poe, G. M., Doe, C.", ()),  # surname first: the pairs cannot be told
    ("Authors: Ahmed R. Farouk, M.ASCE, Sofia Marchetti, S.M.ASCE", ()),  # society grades
])
def test_an_authors_field_line_between_commas(line: str, names: tuple) -> None:
    from cleanabstract.fields import _field_names

    assert _field_names(line) == names


def test_a_w3m_record_table_gives_its_title_over_wrapped_field_labels() -> None:
    """Ovid's record in w3m: field names wrap in their column ('Unique' / 'Identifier', and
    'Digital Object' / 'Identifier' further down), and the 'Source' row cites the article
    right above its abstract. A word shown twice is as likely a label as a title, and the
    citation is none."""
    text = textwrap.dedent("""\
        Journals@Example Full Text

            Walking to Work and the Risk of Type 2 Diabetes in Adults Who Commute to City Offices in Three Cities: A
            Stepped-Wedge Cluster Trial

            Unique         00005110-202403000-00007
            Identifier
            Authors        Halvorsen, Ingrid M. PhD, RN^1; Adeyemi-Brooks, Tolu MSN, RN^2
            Source         Journal of Urban Health. 54(3):151-158, March 2024.
                           OBJECTIVE: To find whether walking to work lowers the risk of diabetes in
                           adults who commute to city offices.

                           METHODS: We followed 1,200 adults for ten years and recorded how they
                           travelled to work and whether they developed type 2 diabetes.

                           RESULTS: Walking to work lowered the risk of type 2 diabetes by a fifth,
                           independent of body mass index and income.

            Publication    Research Article
            Type
            Digital Object 10.1097/NNA.0000000000001398
            Identifier
        """)
    rec = clean(text)
    assert rec.title == ("Walking to Work and the Risk of Type 2 Diabetes in Adults Who Commute to "
                         "City Offices in Three Cities: A Stepped-Wedge Cluster Trial")


def _dspace_rows(fields: list[tuple[str, str]], cell: int, code: str | None) -> list[str]:
    """A DSpace full item record as w3m draws it: the field's name in a column of 24, its
    value wrapped at ``cell`` columns, the name beside the middle line of a long value (w3m
    centres a cell), and the value's language code in a last column when ``code``."""
    rows = []
    for name, value in fields:
        lines = textwrap.wrap(value, cell)
        middle = (len(lines) - 1) // 2
        for k, line in enumerate(lines):
            row = (name if k == middle else "").ljust(24) + line
            rows.append(row.ljust(24 + cell + 2) + code if code and k == middle else row)
    return rows


_ES_ABSTRACT = ("El tiempo de fermentación determina en gran medida el sabor y el contenido de "
                "compuestos bioactivos del cacao. En este estudio se evaluó el efecto de cuatro "
                "tiempos de fermentación sobre el contenido de polifenoles totales y la calidad "
                "sensorial de granos de cacao criollo de tres fincas de la provincia de Lamas. "
                "El contenido de polifenoles disminuyó a la mitad entre el día 0 y el día 7, y el "
                "panel sensorial prefirió los granos fermentados durante cinco días.")
_EN_ABSTRACT = ("Fermentation time largely determines the flavour and the bioactive compound "
                "content of cocoa. This study evaluated the effect of four fermentation times on "
                "total polyphenols and the sensory quality of criollo cocoa beans from three farms "
                "in the province of Lamas. Polyphenols halved between day 0 and day 7, and the "
                "sensory panel preferred beans fermented for five days.")


@pytest.mark.parametrize(("cell", "code"), [(48, "es_PE"), (90, "en_US"), (48, None)])
def test_a_dspace_full_item_record_in_w3m(cell: int, code: str | None) -> None:
    """Each field a row, the abstract's name halfway down its value, the Spanish abstract's
    cell right under a one-line row and right over the English one's, and (when the page
    gives it) a column of language codes past the values' wrap: the abstract is the whole
    Spanish cell, and no row runs on to the row above, however long."""
    rows = _dspace_rows([
        ("dc.contributor.author", "Ríos Panduro, Milagros"),
        ("dc.date.issued", "2018-12"),
        ("dc.identifier.uri", "https://hdl.handle.net/20.500.14292/1843"),
        ("dc.identifier.doi", "https://doi.org/10.36955/RCAA.v7n2.2018.04"),
        ("dc.description.abstract", _ES_ABSTRACT),
        ("dc.description.abstract", _EN_ABSTRACT),
        ("dc.language.iso", "spa"),
        ("dc.title", "Efecto del tiempo de fermentación sobre la calidad del cacao criollo"),
    ], cell, code)
    text = "\n".join(["Repositorio Institucional", "", "Efecto del tiempo de fermentación sobre "
                      "la calidad del cacao criollo", "", "Mostrar el registro sencillo del ítem",
                      "", *rows, "", "Ficheros en el ítem", ""])
    rec = clean(text)
    assert rec.abstract == _ES_ABSTRACT
    assert rec.title == "Efecto del tiempo de fermentación sobre la calidad del cacao criollo"
    assert rec.doi == "10.36955/RCAA.v7n2.2018.04"


@pytest.mark.parametrize(("ends", "stripped"), [
    (["en_US", "en_US", "en", "*"], True),
    (["en_US", "en_US"], False),  # two rows: no column
    (["12", "40", "7", "3"], False),  # counts, no language codes
])
def test_a_record_tables_column_of_language_codes(ends: list, stripped: bool) -> None:
    from cleanabstract.front.text import _without_locale_column

    lines = [f"dc.subject              Term number {k}".ljust(90) + end for k, end in enumerate(ends)]
    out = _without_locale_column(lines)
    assert (out == [line[:90].rstrip() for line in lines]) is stripped
    assert stripped or out == lines


def test_a_form_box_on_its_own_line_does_not_cut_a_w3m_cell() -> None:
    """Ovid's record: a checkbox drawn as '[ ]' on a line of its own inside the abstract's
    cell (w3m puts the box at the margin): the cell, and its centred label, read on past it."""
    rows = _dspace_rows([("dc.identifier.doi", "https://doi.org/10.36955/RCAA.v7n2.2018.04"),
                         ("dc.description.abstract", _ES_ABSTRACT)], 48, None)
    rows.insert(len(rows) - 2, "[ ]")
    text = "\n".join(["Efecto del tiempo de fermentación sobre la calidad del cacao criollo", "",
                      *rows, "", "Ficheros en el ítem", ""])
    assert clean(text).abstract == _ES_ABSTRACT


def test_a_wrapped_title_row_over_a_centred_label_keeps_its_last_line() -> None:
    """Biblat's record in w3m: the title's row fills its line and wraps once, and the authors'
    label stands by the second of their four rows (w3m centres it, rounding up): the row
    under the title ends the title, not the authors' list."""
    title = ("Calidad del agua de pozos someros en comunidades rurales del anillo de cenotes de "
             "Yucatán: nitratos y coliformes fecales")
    rows = _dspace_rows([("Título:", title)], 92, None)
    rows += ["".ljust(24) + "Pech Canché, Wilberth Manuel", "Autores:".ljust(24) + "Dzib Ek, Rosalía",
             "".ljust(24) + "Herrera Vidal, Andrés Felipe", "".ljust(24) + "Lizama Cauich, Gabriela"]
    rows += _dspace_rows([("Año:", "2023"), ("DOI:", "10.36955/RCAA.v7n2.2023.04"),
                          ("Resumen:", _ES_ABSTRACT)], 92, None)
    assert len(rows[0]) > 24 + 92 - 12 and len(rows) > 6  # (the title's row fills its line)
    rec = clean("\n".join(["Registro bibliográfico", "", *rows, "", "Texto completo", ""]))
    assert rec.title == title
    assert rec.abstract == _ES_ABSTRACT


def test_the_title_under_a_journals_issue_line_and_over_an_authors_field() -> None:
    """eScholarship's innerText: the journal's name twice (header, then over 'Volume 25, Issue
    3'), the title with its year on the next line (no superscript of it), and an 'Author(s):'
    field with its first name run in."""
    journal = "Western Journal of Rural Emergency Care and Population Health"
    page = (f"Open Access Publications from the University of Examples\n{journal}\nMenu\n"
            f"UC Example\n{journal}\nVolume 25, Issue 3\nDownload PDF\n"
            "Nerve block and opioid use in older adults with hip fracture\n2024\n"
            "Author(s): Roe, Jane A;\nPoe, Max;\nDoe, Ann\n"
            f"Abstract\n{ABSTRACT_TEXT}\n")
    rec = clean(page)
    assert (rec.title, rec.abstract) == (
        "Nerve block and opioid use in older adults with hip fracture", ABSTRACT_TEXT)


@pytest.mark.parametrize(("closing", "sections"), [
    # a label on a line of its own after labels run in: the page's next field (figshare)
    ("Funding\nHeat-resilient active mobility (HEATMOB) — European Agency — 101056874\n",
     ("Background", "Methods", "Results")),
    # must not fire: labels on lines of their own throughout
    ("", ("Background", "Methods", "Results")),
])
def test_a_label_on_its_own_line_after_run_in_labels_ends_the_abstract(
        closing: str, sections: tuple[str, ...]) -> None:
    own = not closing
    body = "".join((f"{label}\n{text}\n" if own else f"{label}: {text}\n") for label, text in (
        ("Background", "Cycle commuting is promoted for its health and climate benefits, yet "
                       "commuters may be exposed to hazardous heat on urban routes in summer."),
        ("Methods", "We equipped 48 commuters with shielded temperature sensors and recorded "
                    "3,912 trips between June and September in three cities."),
        ("Results", "Median route heat stress exceeded that of the nearest weather station by "
                    "2.1 degrees, and by up to 7.4 degrees on afternoon trips.")))
    page = ("Urban heat exposure of cycle commuters\nJane Roe, Max Poe\nDescription\n"
            f"{body}{closing}History\nPosted 2023-10-02\n")
    rec = clean(page)
    assert tuple(s.label for s in rec.abstract_sections) == sections
    assert "HEATMOB" not in (rec.abstract or "")


@pytest.mark.parametrize(("ids", "article"), [
    (["2406.08117", "2406.08152", "2406.08203", "2406.08240", "2406.08266"], False),
    # must not fire: an abstract page shows its own identifier, with its versions
    (["2406.08117v2", "2406.08117", "2406.08117v1"], True),
])
def test_a_preprint_servers_listing_is_no_article(ids: list[str], article: bool) -> None:
    """arXiv's 'new submissions': each entry its own identifier, title, authors, subjects."""
    entries = "".join(
        f"[{k}] arXiv:{i} [pdf, other]\nTitle: Marine heatwave onset number {k} in the "
        f"western Mediterranean\nAuthors: Jane Roe, Max Poe\nSubjects: Atmospheric and "
        "Oceanic Physics (physics.ao-ph)\n" for k, i in enumerate(ids, 1))
    page = f"Atmospheric and Oceanic Physics\nNew submissions\n{entries}"
    if article:
        page += f"Abstract\n{ABSTRACT_TEXT}\n"
    rec = clean(page)
    assert ("not-an-article" in rec.warnings) is not article


def test_a_catalan_abstract_and_keywords_over_their_translations() -> None:
    """RACO's pages: the Catalan 'Resum' and 'Paraules clau' first, then the Spanish ones."""
    catalan = ("Aquest article analitza els usos lingüístics de l'alumnat durant l'esbarjo en tres "
               "instituts amb perfils sociodemogràfics diferents, a partir d'un treball de camp.")
    spanish = ("Este artículo analiza los usos lingüísticos del alumnado durante el recreo en tres "
               "institutos con perfiles sociodemográficos diferentes, a partir de un trabajo de campo.")
    page = ("Els usos lingüístics dels adolescents a l'esbarjo\nLaia Ferrer, Jordi Casals\n"
            f"Resum\n{catalan}\nParaules clau: esbarjo, usos lingüístics, etnografia\n"
            f"Resumen\n{spanish}\nPalabras clave: recreo, usos lingüísticos, etnografía\n")
    rec = clean(page)
    assert (rec.abstract, rec.keywords) == (catalan, ("esbarjo", "usos lingüístics", "etnografia"))


def test_a_contributors_note_under_a_name_is_no_title() -> None:
    """UTP Journals' innerText: each author's note under the name, the title above them."""
    page = ("The Canadian Review of Examples\nResearch Article No Access\n"
            "Translanguaging in grade 6 immersion science classrooms\nSophie Roe\n"
            "Sophie Roe is an assistant professor in the Faculty of Education at the University "
            "of Examples.\nSearch for more papers by this author\nMax Poe\n"
            "Max Poe is a PhD candidate in the Faculty of Education at the University of Examples.\n"
            "Search for more papers by this author\nPublished Online: May 14, 2024\n"
            f"Abstract\n{ABSTRACT_TEXT}\n")
    rec = clean(page)
    assert rec.title == "Translanguaging in grade 6 immersion science classrooms"


@pytest.mark.parametrize(("line", "field"), [
    ("Journal: Research Journal of Islamic History » Autumn 2023, No. 51", True),
    ("نشریه: پژوهش‌نامه تاریخ اسلام » پاییز 1402، شماره 51", True),  # Persian 'journal:'
    ("دسترسی: دسترسی با اشتراک یا خرید تکی", True),  # 'access:'
    ("Language: Persian", True),
    ("Journal impact of open access mandates: a survey", False),  # a title, no field
])
def test_a_records_field_lines_are_doubted_as_titles(line: str, field: bool) -> None:
    from cleanabstract.title import _title_doubts

    assert (_title_doubts(line) >= 5) is field


@pytest.mark.parametrize(("links", "article"), [
    # each reference with its 'Abstract' and 'Google Scholar' links (SEG's get_text)
    ("Abstract\nGoogle Scholar\n", True),
    ("Crossref\nGoogle Scholar\n", True),
])
def test_abstract_links_in_a_reference_list_are_no_listing(links: str, article: bool) -> None:
    refs = "".join(f"Roe, J., and M. Poe, 20{k}, Attenuation of seismic waves in gas-charged "
                   f"sediments number {k}: Geophysics, {k}, no. 2, C69–C77.\n{links}"
                   for k in range(10, 15))
    page = ("Viscoacoustic inversion of shallow gas sediments\nResearch Article\nJane Roe\n"
            "Abstract\nReferences\nFigures\nRelated\n"
            f"Abstract\n{ABSTRACT_TEXT}\nKeywords\nattenuation\nReferences\n{refs}")
    rec = clean(page)
    assert ("not-an-article" in rec.warnings) is not article
    assert rec.abstract == ABSTRACT_TEXT


def test_abstract_toggles_over_teasers_still_make_a_listing() -> None:
    """Must not fire: a listing's teasers, with no reference list before them."""
    teasers = "".join(f"Marine heatwave onset number {k} in the western Mediterranean\n"
                      f"Abstract\n{ABSTRACT_TEXT}\n" for k in range(4))
    rec = clean(f"Search results\nReferences\nFigures\n{teasers}")
    assert "not-an-article" in rec.warnings


@pytest.mark.parametrize("items, article", [(4, False), (1, True)])
def test_a_volume_s_papers_each_with_an_abs_toggle_make_a_listing(items: int,
                                                                   article: bool) -> None:
    """ACL Anthology's volume page in get_text: 'pdf' / 'bib' / 'abs' over each paper, its
    title, its authors and its abstract. One paper so shown is no listing."""
    papers = "".join(f"pdf\nbib\nabs\nTagging Samoan social media text, part {k}\nTavita Roe\n|\n"
                     f"Hannah Poe\n{ABSTRACT_TEXT}\n" for k in range(items))
    head = ("ACL Anthology\nProceedings of the Workshop on Pacific Languages\nAnthology ID:\n"
            "2024.pilt-1\nVenue:\nWorkshop\nPublisher:\nAssociation for Computational "
            "Linguistics\nDOI:\n10.18653/v1/2024.pilt-1.3\n")
    rec = clean(head + papers)
    assert ("not-an-article" in rec.warnings) is not article


def test_a_line_shown_twice_is_no_wrap_of_itself() -> None:
    """w3m draws a heading twice (its image's alt text, then the text): two lines, not one."""
    title = ("Seismic tremor as an early indicator of drainage in ice-dammed lakes: a "
             "three-year record from the Kishtwar Himalaya")
    wrapped = textwrap.fill(ABSTRACT_TEXT * 3, 120)
    page = f"Menu\n\n  • Preprints\n\n{title}\n{title}\n\nAbstract\n\n{wrapped}\n"
    assert texts(page)[2:4] == [title, title]


@pytest.mark.parametrize(("head", "title"), [
    # a site's camel-case name before the title in <title>, menus repeated below
    ("EconPapers: Hedgerow payments and farmers' intrinsic motivation in Lower Saxony",
     "Hedgerow payments and farmers' intrinsic motivation in Lower Saxony"),
    # must not fire: a title's own acronym before its colon
    ("CRISPR: Hedgerow payments and farmers' intrinsic motivation in Lower Saxony", None),
])
def test_a_sites_name_before_a_colon_in_the_title_line(head: str, title: str | None) -> None:
    from cleanabstract.title import _page_title_parts

    parts = _page_title_parts([], PageEvidence(title=head, style="html"))
    assert ("hedgerow payments and farmers' intrinsic motivation in lower saxony" in parts) is (
        title is not None)


def test_a_chapters_number_and_its_books_editors() -> None:
    """Cambridge Core's chapter page in w3m: '5 - Title' (its number dropped), the chapter's
    authors, then the book's editors, who are no title."""
    page = ("Seed Sovereignty in the Andes\nBook contents\n  • 4 - Maize Landraces and the Seed Law\n"
            "  • 5 - Potato Seed Exchange Networks and the Politics of Certification\n\n"
            "5 - Potato Seed Exchange Networks and the Politics of Certification\n"
            "Published online by Cambridge University Press: 08 February 2024\n"
            "Jane Roe and\nMax Poe\nEdited by Marisol Rojas and Thomas Bellweather\n"
            f"Summary\n{ABSTRACT_TEXT}\n")
    rec = clean(page)
    assert rec.title == "Potato Seed Exchange Networks and the Politics of Certification"


def test_a_protocols_tool_row_and_its_citation_with_a_bare_year() -> None:
    """protocols.io in w3m: a row of tools over the title, a version badge under it, and the
    page's citation of itself ('Jane Roe, Max Poe 2024. <title>. protocols.io ...')."""
    title = "High-molecular-weight DNA extraction from lichen thalli for long-read sequencing"
    page = ("Explore Plans Use cases Support\n\nCopy link Fork Run Bookmark Download PDF Share\n\n"
            f"Mar 05, 2024\n\n{title}\n\nV.1\n\nJane Roe1, Max Poe2\n\n"
            "1Department of Plant Sciences, Example University\n\n4 Runs\n\n2 Forks\n\n"
            f"Protocol Citation\n\nJane Roe, Max Poe 2024. {title}. protocols.io "
            "https://dx.doi.org/10.17504/protocols.io.j8nlkw2x6l5r/v1\n\nLicense\n\n"
            "Protocol status\n\nWorking\n\nCreated\n\nJanuary 22, 2024\n\nLast Modified\n\n"
            "March 06, 2024\n\nProtocol Integer ID\n\n96314\n\nKeywords\n\nlichen, HMW DNA\n\n"
            "Funders Acknowledgements\n\nDutch Research Council\n\nGrant ID: 318\n\n"
            f"Abstract\n\n{ABSTRACT_TEXT}\n")
    assert clean(page).title == title


@pytest.mark.parametrize(("before", "cites"), [
    ("saskia vermeulen, ngozi eze 2024. ", True),  # protocols.io's citation of itself
    ("roe a, poe m (2024) ", True),
    ("jane roe, max poe. ", False),  # no year before the title: one after it is looked for
])
def test_a_citations_year_before_the_title(before: str, cites: bool) -> None:
    from cleanabstract.title import _YEAR_BEFORE

    assert (_YEAR_BEFORE.search(before) is not None) is cites


@pytest.mark.parametrize(("after", "joined"), [
    # Hugging Face's comments under the abstract: a heading, then a user's name
    ("Community\nrantunes\nPaper author\n", False),
    # must not fire: an italic name opening the next sentence
    ("Escherichia coli\nwas found in 40 of the 120 stored samples.\n", True),
])
def test_a_heading_after_a_sentence_is_no_fragment_of_it(after: str, joined: bool) -> None:
    page = ("Jane Roe\n,\nMax Poe\n,\nAda Doe\n.\nAbstract\nWe measured growth of\n"
            "Escherichia coli\ncells in 40 cultures over ten days and found that the rate doubled "
            f"in every one of the cultures.\n{after}References")
    first = after.split("\n", 1)[0]
    assert (first in next(t for t in texts(page) if t.startswith("We measured"))) is joined


def test_a_right_aligned_label_centred_beside_a_two_paragraph_value() -> None:
    """EThOS in w3m: labels set flush right in their column ('  Abstract:'), the abstract's
    label halfway down its two paragraphs, a blank line between them inside the cell."""
    first = textwrap.wrap(ABSTRACT_TEXT[:150], 100)  # two lines, then five
    second = textwrap.wrap(ABSTRACT_TEXT + " Closed-chamber flux measurements over three "
                           "growing seasons were combined with amplicon sequencing of peat, and "
                           "emissions were highest at sites rewetted five to ten years before.", 100)
    pad = " " * 14
    rows = [pad + ln for ln in first] + [""] + [pad + ln for ln in second]
    middle = len(rows) // 2  # (w3m's: halfway down the cell, the blank line counted)
    rows[middle] = "  Abstract:   " + rows[middle][14:]
    page = "\n".join(["   Author:    Roe, Jane", "   Date of    2022", "   Award:", *rows,
                      "", " Supervisor:  Poe, Max", "  Keywords:   peatland ; methane", ""])
    rec = clean(page)
    assert rec.abstract is not None and rec.abstract.startswith(ABSTRACT_TEXT[:40])
    assert rec.abstract.rstrip(".").endswith("five to ten years before")
    assert "Abstract" not in rec.abstract


@pytest.mark.parametrize(("shown", "title"), [
    ("5 - Potato Seed Exchange Networks", "Potato Seed Exchange Networks"),
    # must not fire: a number and a dash inside a title
    ("Effects of COVID 19 - A Review of Trials", "Effects of COVID 19 - A Review of Trials"),
])
def test_a_chapters_number_is_dropped_only_before_the_title(shown: str, title: str) -> None:
    from cleanabstract.title import clean_title

    assert clean_title(shown) == title


@pytest.mark.parametrize(("line", "doubt"), [
    ("Bergström, Per-Olof ORCID iD", 3),  # a name with its ORCID badge (DiVA in a text dump)
    ("Jane A. Roe ORCID", 3),
    ("Edited by Marisol Rojas and Thomas Bellweather", 5),  # a book's editors, as a field
    ("Herausgegeben von Jana Roe", 5),
    ("Copy link Fork Run Bookmark Download PDF Share", 3),  # protocols.io's tool row
    # must not fire: titles that open with such words
    ("ORCID adoption among early-career researchers in Sweden", 0),
    ("Editing by example: program synthesis for spreadsheet users", 0),
    ("Run to failure: fork-join scheduling under bursty load", 0),
])
def test_names_editors_and_tool_rows_are_doubted_as_titles(line: str, doubt: int) -> None:
    from cleanabstract.title import _title_doubts

    found = _title_doubts(line)
    assert found >= doubt if doubt else found == 0


@pytest.mark.parametrize(("above", "centred"), [
    (4, True),  # MyJurnal in w3m: 'Abstract' halfway down, in the row of a paragraph break
    (1, False),  # must not fire: a line of its own near the top, which is no cell's label
])
def test_a_label_alone_in_the_row_of_a_paragraph_break(above: int, centred: bool) -> None:
    pad = " " * 25
    lines = textwrap.wrap(ABSTRACT_TEXT * 4, 90)
    first, second = lines[:above], lines[above : 8]
    page = "\n".join(["Journal                  Example Journal of Health Sciences",
                      "Keywords                 pain, tapping, ergonomics",
                      *(pad + ln for ln in first), "Abstract", *(pad + ln for ln in second),
                      "", "Full Text                PDF (412 KB)", ""])
    assert any(t.startswith(f"Abstract: {lines[0]}") for t in texts(page)) is centred


@pytest.mark.parametrize(("after", "types"), [
    # BASE in w3m: 'Document' / 'Type:' drawn on two lines, the next field under the label
    ("Type:\nLanguage: Portuguese\n", ()),
    # must not fire: the label alone with its value under it
    ("Type:\nJournal Article\nLanguage: Portuguese\n", ("Journal Article",)),
])
def test_a_type_labels_next_field_is_no_type(after: str, types: tuple[str, ...]) -> None:
    page = ("Plate cisterns and drinking water quality in the semi-arid region\nJane Roe; Max Poe\n"
            f"Abstract\n{ABSTRACT_TEXT}\nDocument article in journal/newspaper\n{after}"
            "Relation: https://example.org/article/view/2891\n")
    assert clean(page).article_types == types


@pytest.mark.parametrize(("note", "types"), [
    # DTIC's record: the report's type, then the period it covers
    ("Technical Report, 01 Oct 2019 – 30 Jun 2022", ("Technical Report",)),
    # must not fire: a note that names no type
    ("Presented at the AIAA Aviation Forum, June 2021", ()),
])
def test_a_reports_descriptive_note_gives_its_type(note: str, types: tuple[str, ...]) -> None:
    page = ("Icing effects on small unmanned aircraft propellers\nAccession Number:\nAD1187342\n"
            "Title:\nIcing effects on small unmanned aircraft propellers\nDescriptive Note:\n"
            f"{note}\nCorporate Author:\nNAVAL POSTGRADUATE SCHOOL MONTEREY CA\n"
            f"Abstract:\n{ABSTRACT_TEXT}\n")
    assert clean(page).article_types == types


def test_authors_under_the_first_copy_of_a_title_a_later_one_won() -> None:
    """CiteSeerX in get_text: the title and its byline at the top, then a long list of citing
    papers, then a table of the record's fields just above the abstract, whose 'TITLE' label
    makes its copy the title. The byline under the first copy still gives the names."""
    title = "Temporal consistency priors for lane boundary tracking"
    cites = "\n".join(f"Cited paper number {n} on rain and roads" for n in range(45))
    fields = "\n".join(["Datum", "Value", "TITLE", title, "VENUE", "Pattern Recognition Letters"])
    page = (f"Sign Up\n{title}\nAnna Roe, Max Poe, Li Wei\nPattern Recognition Letters - 2016\n"
            f"Citations\n{cites}\n{fields}\nAbstract\n{ABSTRACT_TEXT}\n")
    record = clean(page)
    assert record.provenance["title"] == "text:line-54"
    assert record.authors == ("Anna Roe", "Max Poe", "Li Wei")


@pytest.mark.parametrize("talks, article", [(3, False), (1, True)])
def test_a_programme_with_a_speaker_under_every_talk_is_no_article(talks: int, article: bool) -> None:
    """Indico's timetable in get_text: each talk's title, 'Speaker:' on a line of its own over
    the name, and a description. One talk page (a conference abstract) is an article."""
    slots = "\n".join(f"09:{10 * n:02d} Status of the detector array number {n} 25m\nSpeaker:\n"
                      f"Anna Roe{n} (CERN)\n{ABSTRACT_TEXT}" for n in range(talks))
    page = f"CRES 2024 workshop\nTimetable\nTuesday 11 June 2024\n{slots}\nDOI: 10.5281/zenodo.1234567\n"
    rec = clean(page)
    assert ("not-an-article" in rec.warnings) is not article
    assert (rec.abstract is None) is not article


@pytest.mark.parametrize("label", ["Onderzoek", "Videnskabelig artikel", "Originalstudie"])
def test_type_labels_of_dutch_danish_and_swedish_journals(label: str) -> None:
    page = (f"{label}\nKnight shift in dilute alloys of copper and silver\nAnna Roe, Max Poe\n"
            f"Abstract\n{ABSTRACT_TEXT}\n")
    assert clean(page).article_types == (label,)


def test_a_share_row_in_french_under_the_names_is_no_author() -> None:
    """Revue Médicale Suisse in w3m: the share bar, its networks run on, under the byline."""
    page = ("Knight shift in dilute alloys of copper and silver\nAnna Roe\nMax Poe\nLi Wei\n"
            f"Partager Facebook LinkedIn E-mail\nRésumé\n{ABSTRACT_TEXT}\n")
    rec = clean(page)
    assert rec.authors == ("Anna Roe", "Max Poe", "Li Wei")
    assert "Partager Facebook LinkedIn E-mail" in {r.text for r in rec.removed}


def test_the_abstract_s_lines_end_before_the_heading_that_ends_it() -> None:
    """Provenance names the abstract's own lines: not the body's 'Introduction' under it."""
    page = (f"Knight shift in dilute alloys\nAnna Roe, Max Poe\nAbstract\n{ABSTRACT_TEXT}\n"
            f"Introduction\n{ABSTRACT_TEXT}\n")
    assert clean(page).provenance["abstract"] == "text:line-4"


def test_a_breadcrumb_cut_short_a_few_lines_over_the_title_speaks_for_it() -> None:
    """elsevier.es in w3m: the numbered trail's last step cut short ('... d...'), the issue's
    lines and the type between it and the title; the byline under it, wrapped in mid-name,
    with an icon's alt text and a group clause in Spanish, is no title but the authors."""
    title = ("Fragilidad y pronóstico al año tras el implante percutáneo de válvula aórtica en "
             "octogenarios")
    page = (f" 1. Revista Española de Cardiología\n 2. Vol. 77. Núm. 4\n 3. {title[:60]}...\n\n"
            "Vol. 77. Núm. 4.\nPáginas 301-310 (Abril 2024)\nArtículo original\n\n"
            f"{title}\n\nLucía Roe^a^,Autor para correspondencia, Javier Poe Ortega^b, Meritxell Doe "
            "Vidal^c, Andrés\nLind Salgado^d, Itziar Wei^e, en representación de los investigadores "
            "del registro FRAGIL\nDOI: 10.1016/j.recesp.2023.09.011\n\nResumen\n\n"
            f"{ABSTRACT_TEXT}\n")
    record = clean(page)
    assert record.title == title
    assert record.authors == ("Lucía Roe", "Javier Poe Ortega", "Meritxell Doe Vidal",
                              "Andrés Lind Salgado", "Itziar Wei")


@pytest.mark.parametrize("lines, names", [
    # w3m wrapped the byline in mid-name; the icon's alt text and the group clause in Spanish
    (["Lucía Roe^a^,Autor para correspondencia, Javier Poe Ortega^b, Meritxell Doe Vidal^c, Andrés",
      "Lind Salgado^d, Itziar Wei^e, en representación de los investigadores del registro FRAGIL"],
     ("Lucía Roe", "Javier Poe Ortega", "Meritxell Doe Vidal", "Andrés Lind Salgado", "Itziar Wei")),
    # a line that ends in a degree or in a mark is whole
    (["Rachel T. Roe, PhD, RN; Hannah M. Poe, MPH; Joanne K. Doe, PhD, CNM", "Lancet Digital Health"],
     ("Rachel T. Roe", "Hannah M. Poe", "Joanne K. Doe")),
])
def test_a_byline_wrapped_in_mid_name(lines: list, names: tuple) -> None:
    assert _authors_under_title(*lines) == names


@pytest.mark.parametrize("lines", [
    # Biblat in get_text: the label over the names, each with its institution's number
    ["Autores:", "Pech Roe, Wilberth Manuel1", "Dzib Poe, Rosalía1", "Herrera Doe, Andrés Felipe2"],
    # w3m sets the table's label at the middle of its rows; eScholarship's 'et al.' after the last
    ["Pech Roe, Wilberth Manuel^1", "Autores: Dzib Poe, Rosalía^1", "Herrera Doe, Andrés Felipe^2"],
    ["Author(s): Pech Roe, Wilberth Manuel;", "Dzib Poe, Rosalía;", "Herrera Doe, Andrés Felipe",
     "et al."],
])
def test_names_surname_first_one_a_line_under_an_authors_label(lines: list) -> None:
    assert _authors_under_title(*lines) == (
        "Pech Roe, Wilberth Manuel", "Dzib Poe, Rosalía", "Herrera Doe, Andrés Felipe")


def test_two_names_given_name_first_without_a_label_stay_two() -> None:
    assert _authors_under_title("Chiara Lombardi, Davide Ferraresi") == ("Chiara Lombardi", "Davide Ferraresi")


def test_names_surname_first_under_a_label_past_a_translated_title() -> None:
    """IRDB in get_text: the title and its translation, then the record's fields: the title
    again, the translation and its label between it and the authors' label; each name
    written surname first, its parts set apart by a comma."""
    title = "小学校高学年の協働学習における話し合いの質と学級風土の関連"
    english = "Relations between the Quality of Group Talk and Classroom Climate"
    page = (f"{title} | IRDB\n検索\n紀要論文\n{title}\n{english}\nタイトル\n{title}\nその他のタイトル\n"
            f"{english}\n著者\n"
            f"松永, 彩花\n藤井, 健太郎\n大川, 典子\n抄録\n{ABSTRACT_TEXT}\n")
    assert clean(page).authors == ("松永, 彩花", "藤井, 健太郎", "大川, 典子")


def test_a_thai_title_and_abstract_with_no_space_between_words() -> None:
    """ThaiJO's OJS page as get_text gives it: Thai spaces clauses, not words, apart, so its
    title is one 'word' and its abstract ends without a full stop. The Thai title, repeated
    from the page's <title>, wins over its English translation; the abstract under
    'บทคัดย่อ' is the record's, not flagged as cut."""
    th_title = "ผลของการให้น้ำแบบหยดต่อผลผลิตและคุณภาพของมะม่วงน้ำดอกไม้สีทองในจังหวัดพิษณุโลก"
    th_abstract = ("การศึกษานี้มีวัตถุประสงค์เพื่อเปรียบเทียบผลของการให้น้ำแบบหยดกับการให้น้ำแบบร่องต่อผลผลิตและ"
                   "คุณภาพของมะม่วง ดำเนินการในสวนเกษตรกร 3 แห่ง ระหว่างปี 2564-2566 ผลการศึกษาพบว่า"
                   "การให้น้ำแบบหยดเพิ่มผลผลิตได้ร้อยละ 18 และลดการใช้น้ำลงร้อยละ 35 โดยไม่มีผลต่อความหวานของผล")
    page = (f"{th_title}\n| วารสารเกษตร\nหน้าแรก\nฉบับย้อนหลัง\nเข้าสู่ระบบ\n{th_title}\n"
            "Effects of drip irrigation on yield and quality of Nam Dok Mai Si Thong mango in "
            "Phitsanulok Province\nผู้แต่ง\nสมชาย ใจดี\nคณะเกษตรศาสตร์ มหาวิทยาลัยนเรศวร\n"
            f"บทคัดย่อ\n{th_abstract}\nABSTRACT\nThis study compared drip with furrow irrigation of "
            "mango orchards on three farms from 2021 to 2023. Drip irrigation raised yield by 18% "
            "and cut water use by 35% without changing fruit sweetness.\nKeywords: mango; drip "
            "irrigation; water use\nเอกสารอ้างอิง\n")
    rec = clean(page)
    assert (rec.title, rec.abstract) == (th_title, th_abstract)
    assert "abstract-truncated" not in rec.warnings
    cut = page.replace(th_abstract, th_abstract + " and the")  # (English cut short: still flagged)
    assert "abstract-truncated" in clean(cut).warnings
