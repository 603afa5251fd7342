"""Rules: every shipped rule against its own examples, packs validated, user files merged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleanabstract import RuleError, RuleSet, RuleTimeout, clean
from cleanabstract.rules.engine import CATEGORIES

SHIPPED = RuleSet.default().rules


@pytest.mark.parametrize("rule", SHIPPED, ids=[r.id for r in SHIPPED])
def test_rule_examples(rule) -> None:
    assert rule.examples, "every shipped rule carries examples"
    assert rule.counter_examples, "every shipped rule carries counter-examples"
    for ex in rule.examples:
        assert rule.matches(ex), f"must match: {ex!r}"
    for ex in rule.counter_examples:
        assert not rule.matches(ex), f"must not match: {ex!r}"


HOSTILE = ("a " * 2000, "Abstract " * 500, "(" * 3000, "x" * 6000, "a, " * 1500,
           "x > " * 40 + "!", "a/" * 40 + ".", "a | " * 40 + ".", "a-" * 200 + "!",
           "[a] " * 100 + "!", "a:" * 200, "ab" * 600)


@pytest.mark.parametrize("rule", SHIPPED, ids=[r.id for r in SHIPPED])
def test_shipped_rule_is_fast_on_hostile_input(rule) -> None:
    """Shipped rules run on the standard `re` engine, which has no timeout: a pattern that
    backtracks catastrophically would hang a batch. An alarm turns that into a failure."""
    import re
    import signal

    def too_slow(*_: object) -> None:
        raise TimeoutError(f"{rule.id} backtracks catastrophically")

    try:
        pattern = re.compile(rule.anchored)
    except re.error:
        pattern = rule.compiled  # needs `regex` syntax; the engine uses `regex` for it too
    previous = signal.signal(signal.SIGALRM, too_slow)
    try:
        for text in HOSTILE:
            signal.setitimer(signal.ITIMER_REAL, 2.0)
            pattern.match(text)
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_rule_ids_unique_and_categories_known() -> None:
    ids = [r.id for r in SHIPPED]
    assert len(ids) == len(set(ids))
    assert {r.category for r in SHIPPED} <= set(CATEGORIES)


ABSTRACTS_ON_CHROME_TOPICS = [
    "Mobile health apps are widely used by adolescents with asthma. We randomised 212 patients "
    "to use the mobile app or usual care for 12 weeks. For the best experience of patients, "
    "reminders were sent daily. Adherence improved by 18% (95% CI 9-27).",
    "Cookie consent banners are ubiquitous on European websites. We use cookies as a lens on "
    "dark patterns: across 10,000 sites, accept all buttons were more prominent than reject "
    "all buttons in 84% of banners, and consent rates followed.",
    "Copyright © notices and licences shape how researchers reuse published figures. All rights "
    "reserved statements appeared on 61% of the 2,000 articles we sampled, while Creative "
    "Commons licences grew from 12% in 2010 to 48% in 2020.",
]


@pytest.mark.parametrize("abstract", ABSTRACTS_ON_CHROME_TOPICS)
def test_abstracts_about_chrome_topics_survive_whole(abstract: str) -> None:
    page = f"Journal Article\n\nA study of the topic\n\nAbstract\n\n{abstract}\n\nFull text links\n"
    rec = clean(page)
    assert rec.abstract == abstract
    assert all(abstract not in r.text for r in rec.removed)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_user_rules_add_and_disable(tmp_path: Path) -> None:
    mine = _write(tmp_path, """
disable = ["qxmd/reactions"]

[[rule]]
id = "mine/promo"
category = "ads"
pattern = "buy our t-shirts"
examples = ["Buy our T-shirts"]
counter_examples = ["T-shirts were worn"]
""")
    rules = RuleSet.load(mine)
    page = ("Add like\nA title about immune cells in mice\nAbstract\n" + "Cells grew fast. " * 10
            + "\nBuy our T-shirts\n")
    rec = clean(page, rules=rules)
    by_text = {r.text: r.rule for r in rec.removed}
    assert by_text["Buy our T-shirts"] == "mine/promo"
    assert "Add like" not in by_text or by_text["Add like"] != "qxmd/reactions"
    assert rules.first_match("Add like", "qxmd") is None or rules.first_match("Add like", "qxmd").id != "qxmd/reactions"


def test_malformed_rule_file_names_file_line_and_rule(tmp_path: Path) -> None:
    mine = _write(tmp_path, """
[[rule]]
id = "mine/ok"
category = "ads"
pattern = "fine"

[[rule]]
id = "mine/broken"
category = "ads"
pattern = "(unclosed"
""")
    with pytest.raises(RuleError) as err:
        RuleSet.load(mine)
    msg = str(err.value)
    assert str(mine) in msg and ":8:" in msg and "mine/broken" in msg


def test_invalid_toml_names_file_and_line(tmp_path: Path) -> None:
    mine = _write(tmp_path, "[[rule]]\nid = 'x'\ncategory = = 'ads'\n")
    with pytest.raises(RuleError, match=r"mine\.toml.*line 3"):
        RuleSet.load(mine)


@pytest.mark.parametrize("bad, message", [
    ('id = "a/b"\ncategory = "nope"\npattern = "x+"', "category"),
    ('id = "a/b"\ncategory = "ads"\npattern = ".*"', "matches everything"),
    ('id = "a/b"\ncategory = "ads"\npattern = "x"\ncolour = "red"', "unknown keys"),
    ('id = "a/b"\ncategory = "ads"\npattern = "(?P<n>x)"', "named groups"),
])
def test_rule_validation(tmp_path: Path, bad: str, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        RuleSet.load(_write(tmp_path, "[[rule]]\n" + bad + "\n"))


def test_disable_unknown_id_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="unknown rule ids"):
        RuleSet.load(_write(tmp_path, 'disable = ["no/such-rule"]\n'))


def test_catastrophic_user_pattern_gives_clear_error(tmp_path: Path) -> None:
    """The RE2 prefilter rules out a text that this pattern's relaxed form cannot match ('!'
    at the end), so no hang there; a text it lets through (the lookbehind it drops) runs on
    `regex`, whose time limit turns the backtracking into an error naming the rule."""
    mine = _write(tmp_path, """
[[rule]]
id = "mine/slow"
category = "ads"
pattern = "(a|aa)+(?<=b)"
max_words = 400
""")
    rules = RuleSet.load(mine)
    assert clean("a" * 60 + "!\n", rules=rules).abstract is None
    with pytest.raises(RuleTimeout, match="mine/slow"):
        clean("a" * 60 + "\n", rules=rules)


def test_catastrophic_user_element_pattern_gives_clear_error(tmp_path: Path) -> None:
    mine = _write(tmp_path, """
[[rule]]
id = "mine/slow-element"
category = "ads"
match = "element"
pattern = "div[.](a|aa)+(?<=b)"
""")
    rules = RuleSet.load(mine)
    page = "<html><body><div class='{}'><p>Text</p></div></body></html>"
    assert clean(page.format("a" * 60 + "-"), rules=rules).removed == ()  # (ruled out by RE2)
    with pytest.raises(RuleTimeout, match="mine/slow-element"):
        clean(page.format("a" * 60), rules=rules)


def test_ruleset_pickles_for_workers() -> None:
    import pickle

    rules = RuleSet.default()
    rules.first_match("Skip to main content")
    clone = pickle.loads(pickle.dumps(rules))
    assert clone.first_match("Skip to main content").id == "navigation/skip-link"


def test_site_detected_by_host_and_fingerprint() -> None:
    rules = RuleSet.default()
    assert rules.detect_site("https://read.qxmd.com/read/123", "") == "qxmd"
    assert rules.detect_site("https://pubmed.ncbi.nlm.nih.gov/123/", "") == "pubmed"
    assert rules.detect_site(None, "Add to saved papers\nFor the best experience, use the Read mobile app") == "qxmd"
    assert rules.detect_site("https://example.org/x", "An essay about apps") is None


def test_naming_pubmed_and_the_library_makes_no_pubmed_page() -> None:
    """Reference lists link to PubMed and every NLM site's footer names the library: only
    PubMed's own furniture says a page is PubMed's."""
    rules = RuleSet.default()
    other = ("ClinicalTrials.gov\nPublications\nDoe J. A trial. PubMed\n"
             "National Library of Medicine\n8600 Rockville Pike")
    assert rules.detect_site(None, other) is None
    assert rules.detect_site(None, "Full text links\nSimilar articles\nMeSH terms") == "pubmed"


def test_known_address_of_another_site_is_not_overruled_by_fingerprints() -> None:
    """A journal that quotes PubMed's chrome is still not PubMed; OJS runs on any host."""
    rules = RuleSet.default()
    qxmd_chrome = "Add to saved papers\nFor the best experience, use the Read mobile app"
    assert rules.detect_site("https://journal.example.org/a/1", qxmd_chrome) is None
    declared = '<html><head><link rel="canonical" href="https://journal.example.org/a/1">'
    assert rules.detect_site(None, declared + qxmd_chrome) is None
    ojs = '<div class="pkp_structure_page">Open Journal Systems ... index.php/jrn/article'
    assert rules.detect_site("https://journal.example.org/index.php/jrn", ojs) == "ojs"


def test_case_rules_whether_run_on_lowered_text_or_not(tmp_path: Path) -> None:
    """Lower-case patterns run on the lower-cased block; a pattern that spells out upper case
    (or asks for case) keeps the ignore-case flag, or its case, on the block as it is."""
    mine = _write(tmp_path, r"""
[[rule]]
id = "mine/lower"
category = "ads"
pattern = "sponsored by \\w+"

[[rule]]
id = "mine/upper"
category = "ads"
pattern = "PROMOTED Content|[A-Z]{3} offer"

[[rule]]
id = "mine/exact"
category = "ads"
case_sensitive = true
pattern = "ADVERT"
""")
    rules = RuleSet.load(mine)
    lower, upper, exact = (next(r for r in rules.rules if r.id == i)
                           for i in ("mine/lower", "mine/upper", "mine/exact"))
    assert lower.folded and not upper.folded and not exact.folded
    assert rules.first_match("SPONSORED BY Acme").id == "mine/lower"
    assert rules.first_match("promoted content").id == "mine/upper"
    assert rules.first_match("abc offer").id == "mine/upper"  # ignore-case, as before
    assert rules.first_match("ADVERT").id == "mine/exact"
    assert rules.first_match("Advert") is None or rules.first_match("Advert").id != "mine/exact"
    assert upper.matches("Promoted CONTENT") and lower.matches("Sponsored by X")


@pytest.mark.parametrize("tag", [
    '<link rel="canonical" href="https://journal.example.org/a/1">',
    '<meta content="https://journal.example.org/a/1" property="og:url" />',
    "<meta name=citation_pdf_url content=https://journal.example.org/a/1.pdf>",
])
def test_declared_address_in_any_attribute_order_rules_out_hosted_profiles(tag: str) -> None:
    rules = RuleSet.default()
    qxmd_chrome = "Add to saved papers\nFor the best experience, use the Read mobile app"
    assert rules.detect_site(None, f"<html><head>{tag}</head><body>{qxmd_chrome}") is None
    assert rules.detect_site(None, f"<html><head></head><body>{qxmd_chrome}") == "qxmd"


@pytest.mark.parametrize("url, site", [
    ("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1234567/", "pmc"),  # a host entry with a path
    ("https://pmc.ncbi.nlm.nih.gov/articles/PMC1234567/", "pmc"),
    ("https://www.ncbi.nlm.nih.gov/books/NBK1234/", None),  # same host, another path
    ("https://doi.org/10.1000/xyz", "qxmd"),  # a resolver says nothing: fingerprints decide
    ("https://read-qxmd-com.ezproxy.example.edu/read/1", "qxmd"),
    ("https://web.archive.org/web/2020id_/https://read.qxmd.com/read/1", "qxmd"),
])
def test_site_from_the_pages_own_address(url: str, site: str | None) -> None:
    qxmd_chrome = "Add to saved papers\nFor the best experience, use the Read mobile app"
    assert RuleSet.default().detect_site(url, qxmd_chrome) == site


def test_declared_address_prefers_the_page_over_its_pdf() -> None:
    rules = RuleSet.default()
    head = ('<html><head><meta name="citation_pdf_url" content="https://cdn.example-res.com/a.pdf">'
            '<link rel="Canonical" href="https://www.mdpi.com/2073-4395/13/7/1842"></head>')
    assert rules.detect_site(None, head) == "mdpi"


def test_only_true_posix_classes_keep_a_pattern_from_folding() -> None:
    """'[[:upper:]]' asks for case; a class that merely starts with a colon ('[:|]') does not,
    and the shipped rules written that way must run folded (at half the cost)."""
    from cleanabstract.rules.engine import _lower_case

    assert not _lower_case("[[:upper:]]x") and not _lower_case("[[:^alpha:]]")
    assert _lower_case(r"home\s*[:|›»>]?")
    rules = RuleSet.default()
    unfolded = [r.id for r in rules.rules if not r.folded and not r.case_sensitive]
    assert unfolded == []


def test_fingerprints_found_in_any_case_and_in_any_position() -> None:
    """A site's last two phrases are enough, in capitals too; so is a phrase outside ASCII,
    and a phrase listed twice counts twice."""
    from cleanabstract.rules.phrases import PhraseCounter

    rules = RuleSet.default()
    pubmed = rules.sites["pubmed"].fingerprints
    assert rules.detect_site(None, f"<p>{pubmed[-2].upper()}</p><p>{pubmed[-1].upper()}</p>") == "pubmed"
    assert rules.detect_site(None, f"<p>{pubmed[-1]}</p>") is None
    counter = PhraseCounter([("ru", "Аннотация"), ("en", "Abstract"), ("en", "summary"),
                             ("both", "abstract"), ("both", "abstract")])
    assert counter.count("<h2>АННОТАЦИЯ</h2> ABSTRACT") == {"ru": 1, "en": 1, "both": 2}
    assert counter.count("nothing here") == {}
    assert PhraseCounter([]).count("abstract") == {}
    # (text its caller lower-cased: every phrase, ASCII or not, in the one pass)
    lowered = PhraseCounter([("fr", "Déclare"), ("ja", "」と"), ("en", "said")], lowered=True)
    assert lowered.count("« oui », déclare-t-il ; 「はい」と") == {"fr": 1, "ja": 1}


def test_shipped_rules_run_on_the_standard_engine_behind_the_prefilter() -> None:
    """A shipped pattern in syntax only `regex` knows (\\p{Lu}) runs some 2.5 times slower, and
    one the RE2 prefilter cannot take is tried on every block of every page: none may be so."""
    rules = RuleSet.default()
    for kind in ("block", "element"):
        plan = rules._plan(kind)
        assert plan.rules and not plan.unfiltered, kind
        assert all(isinstance(pattern, re.Pattern) for pattern, _ in plan.patterns), kind


def test_chrome_with_a_lists_comma_run_on_is_chrome_still() -> None:
    """get_text puts the comma between two authors after the link of chrome between them."""
    rules = RuleSet.default()
    assert rules.first_match("View all articles by this author,").id == "chrome/author-card-tools"
    assert rules.first_match("Search for more papers by this author;") is not None
    assert rules.first_match("Terms and Conditions,").category == "copyright"
    # a role's words so are an item of a list; a number or one word a piece of a reference
    assert rules.first_match("Materials and Methods").category == "role"
    assert rules.first_match("Materials and Methods,") is None
    assert rules.first_match("2016;") is None
