"""The RE2 prefilter: it may name a rule that then fails to match, never miss one that matches."""

from __future__ import annotations

import re

import pytest

from cleanabstract import RuleSet
from cleanabstract.rules.engine import _CHARS_PER_WORD, Rule, _Plan
from cleanabstract.rules.prefilter import _MAX_MEM, Prefilter, Unsupported, relax

RULES = RuleSet.default()


# (pattern, texts it matches from their start, texts the prefilter must rule out)
CASES = [
    ("abc", ["abc", "abcd"], ["xyz", "ab"]),
    (r"(?=.*x)a.*", ["a x"], ["b x"]),  # a lookahead goes; what follows it stays
    (r"\bword\b\s*\Z", ["word", "word  "], ["words"]),
    (r"[^©\n]+\Z", ["é", "plain", "naïve"], []),  # characters beyond ASCII outside a negated class
    (r"[^\x00-\x1f]+\Z", ["é", "ok"], []),
    (r"[^!-@]+\Z", ["é", "ok"], []),  # a negated range that holds the mark's own code ('?')
    (r"[^?.]+\Z", ["é", "ok"], []),
    (r"what\?\Z", ["what?"], ["what!"]),
    (r"[\u0600-\u06ff]+\Z", ["سلام"], ["abc"]),  # a range beyond ASCII: the mark, and only it
    (r"\w+\Z", ["Müller", "x_1"], ["--"]),
    (r"\W+\Z", ["—", "--"], ["abc"]),
    (r"\s+x", ["\u2003x", "\xa0x", " x"], ["yx"]),
    (r"\d+\Z", ["٣٤", "12"], ["ab"]),
    (r"\S+\Z", ["é", "ab"], [" "]),
    (r"\D+\Z", ["é", "ab"], ["12"]),
    (r"[\w\-]{2,4}\Z", ["ab-c", "éé"], ["a b"]),  # a counted repeat opens: no fewer texts
    (r"(?:\S++ ){0,2}end", ["one two end", "end"], ["the start"]),  # possessive
    (r"(?>ab|a)c", ["abc"], ["xbc"]),  # atomic group
    (r"mots[- ]cl[ée]s\Z", ["mots-clés", "mots cles"], ["mots-clxs"]),
    (r"(?s:.*?)(?:cookies)", ["we use cookies", "line\nthen cookies"], []),
    ("(a)?(?(1)b|c)", ["ab", "c"], ["d"]),  # a conditional takes either branch
    ("京icp证\\d+号", ["京icp证040431号"], ["icp"]),
]


@pytest.mark.parametrize(("pattern", "takes", "rules_out"), CASES, ids=[c[0] for c in CASES])
def test_relaxed_pattern_takes_what_the_pattern_takes(pattern, takes, rules_out) -> None:
    compiled, prefilter = re.compile(pattern), Prefilter([pattern])
    assert not prefilter.always, "every case here has a relaxed form"
    for text in takes:
        assert compiled.match(text), f"the case is wrong: {pattern!r} on {text!r}"
        assert prefilter.candidates(text) == [0], text
    for text in rules_out:
        assert prefilter.candidates(text) == [], text


def test_patterns_without_a_relaxed_form_are_always_candidates() -> None:
    """Syntax only `regex` knows (a property, a POSIX class that `re` would read as a set of
    characters), and an ignore-case flag (Python's case folding is its own), cannot enter the
    set: such a pattern is tried on every text, never left out."""
    for pattern in (r"\p{Lu}\w+", "(?i:abc)", "(?i)abc", "[[:upper:]]+"):
        with pytest.raises(Unsupported):
            relax(pattern)
    prefilter = Prefilter(["abc", r"\p{Lu}x", "[[:alpha:]]", "(?i:def)"])
    assert prefilter.always == [1, 2, 3]
    assert prefilter.candidates("abc") == [0, 1, 2, 3]
    assert prefilter.candidates("zzz") == [1, 2, 3]


def test_text_no_codec_can_write_is_read_all_the_same() -> None:
    """A lone surrogate (text read from JSON with a broken escape) is one more character
    beyond ASCII to the prefilter, not an error."""
    prefilter = Prefilter([r"x.y\Z", "abc"])
    assert prefilter.candidates("x\ud800y") == [0]
    assert RULES.first_match("Skip to main content\ud800") is None


def _one_by_one(rules: RuleSet, text: str, site: str | None) -> Rule | None:
    """What the rules say of a block when each is tried in turn: the reference answer."""
    need = max(text.count(" ") + 1, -(-len(text) // _CHARS_PER_WORD))
    for rule in rules.active(site):
        if rule.match != "element" and need <= rule.max_words and rule.matches(text):
            return rule
    return None


def _texts() -> list[str]:
    """Every shipped rule's examples and counter-examples, as written, in capitals, and with
    letters beyond ASCII put in ('é' for 'e'): text the prefilter reads through its mark."""
    out = []
    for rule in RULES.rules:
        if rule.match == "element":
            continue
        for text in (*rule.examples, *rule.counter_examples):
            out += [text, text.upper(), text.replace("e", "é"), f"{text} ∗"]
    return out


@pytest.mark.parametrize("site", [None, "pubmed", "plos", "springer"])
def test_first_match_gives_the_answer_of_trying_every_rule_in_turn(site) -> None:
    rules = RuleSet.default()
    rules._memo.clear()
    for text in _texts():
        assert rules.first_match(text, site) == _one_by_one(rules, text, site), text


def test_element_rules_behind_the_prefilter_give_the_first_in_turn() -> None:
    rules = RuleSet.default()
    elements = [r for r in rules.active(None) if r.match == "element"]
    for rule in elements:
        for signature in (*rule.examples, *rule.counter_examples):
            expected = next((r for r in elements if r.matches(signature)), None)
            assert rules.element_match(signature) == expected, signature


def test_the_shipped_rules_leave_the_automaton_half_the_budget() -> None:
    """RE2 caches the automaton in what compiling the set leaves of its budget. With too
    little left the cache thrashes and labelling slows several times over, with no error and
    no changed record: a memory figure, not a timing, guards it."""
    RULES.first_match("Abstract")  # (the plans compile on first use)
    RULES.element_match("div.abstract")
    plans = [plan for plan in RULES._compiled.values() if isinstance(plan, _Plan)]
    assert len(plans) >= 2
    for plan in plans:
        for prefilter, part in plan._filters:
            patterns = [plan.rules[i].anchored for i in part]
            if patterns:  # (an empty part has nothing to screen)
                assert Prefilter(patterns, max_mem=_MAX_MEM // 2).screens, prefilter
