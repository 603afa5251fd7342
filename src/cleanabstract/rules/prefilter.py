"""Which rules may match a text, found in one pass by RE2 before Python's engine confirms them.

A block is tested against every rule, each an alternation of dozens of phrasings. Python's
backtracking engine tries those alternatives one after another, so a text that matches no rule
(most of them) pays for every alternative of every rule. RE2 runs all the patterns of a set as
one automaton, in a single pass over the text, whatever their number.

RE2 lacks lookaround, possessive quantifiers and Python's Unicode classes, so each rule enters
the set in a relaxed form that matches everything the rule matches, and maybe more: lookarounds
and word boundaries go, counted repeats become open ones, and every character beyond ASCII, in
the patterns and in the text, becomes one mark ('?', as the ASCII codec writes it) that stands
for any of them. The set therefore only rules patterns out; the few it names are then matched
by Python's engine, the answer of record. Over ASCII alone, the automaton stays small (a class
of Unicode letters would compile to thousands of states). A pattern that cannot be relaxed
(syntax only the `regex` module knows, an inline ignore-case flag) is always a candidate.

The automaton is built lazily, one state per set of patterns still alive at a point of the
text. A pattern that opens with words of any kind (a site's name as a run of word characters
and spaces before 'uses cookies', a few optional words, 'the' and four words) stays alive
through the first words of every block, beside every other such pattern, and the states
multiply past the cache: one such alternative made the shipped rules' labelling several times
slower, and so did two optional words added to the end of the copyright rule's '©' and up to
nine words (the mark opens every line in another script). Shipped patterns open with their
fixed words; `python bench/html_speed.py` after each change to the rules shows a slip.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as sre  # (the standard library's own parser: the same syntax tree
from re import _parser  # that `re` compiles, so the relaxed form reads the pattern as `re` does)

import re2

# A POSIX class ('[[:upper:]]'): `regex` reads it as one, `re` as a set of characters.
POSIX_CLASS = re.compile(r"\[:\^?[a-z]+:\]")
_MARK = 0x3F  # '?': what text.encode("ascii", "replace") writes for any character beyond ASCII
# What Python's classes hold within ASCII, each with the mark for what they hold beyond it.
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"0-9?", sre.CATEGORY_WORD: r"0-9A-Za-z_?",
    sre.CATEGORY_SPACE: r"\t-\r\x1c-\x20?", sre.CATEGORY_NOT_DIGIT: r"\x00-/:-\x7f",
    sre.CATEGORY_NOT_WORD: r"\x00-/:-@\[-\^`\{-\x7f", sre.CATEGORY_NOT_SPACE: r"\x00-\x08\x0e-\x1b!-\x7f",
}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_MAX_MEM = 32 << 20  # RE2's budget for a set: the shipped rules need some 10 MB to compile
# (more with each rule), the rest caches the automaton as texts need it. At 16 MB the cache
# left had shrunk to where a few more labels made it thrash, and labelling took five times as
# long; the cache fills as texts need it, so peak memory stayed as it was.


class Unsupported(ValueError):
    """A pattern with no relaxed form: it stays a candidate for every text."""


def relax(pattern: str) -> str:
    """An RE2 pattern (over ASCII and the mark) matching every text that the Python pattern
    matches, once each character beyond ASCII is the mark, and maybe more."""
    if POSIX_CLASS.search(pattern):
        raise Unsupported("a POSIX class")
    try:
        parsed = _parser.parse(pattern)
    except Exception as err:  # (syntax `re` lacks: the `regex` module runs such a pattern)
        raise Unsupported(str(err)) from None
    if parsed.state.flags & (sre.SRE_FLAG_IGNORECASE | sre.SRE_FLAG_MULTILINE):
        raise Unsupported("flags")
    return _emit(parsed, bool(parsed.state.flags & sre.SRE_FLAG_DOTALL))


_ANY = r"[\x00-\x7f]"


def _char(code: int) -> str:
    return f"\\x{code if code < 0x80 else _MARK:02x}"


def _class(items: Sequence) -> str:
    """A character class over ASCII, with the mark when it holds any character beyond. A
    negated class never shuts the mark out: it takes some characters beyond ASCII."""
    negated = bool(items) and items[0][0] is sre.NEGATE
    out = []
    for op, av in items:
        if op is sre.LITERAL and not (negated and (av == _MARK or av > 0x7F)):
            out.append(_char(av))
        elif op is sre.RANGE:
            low, high = av
            if negated:  # (its ASCII part, less the mark)
                for part_low, part_high in ((low, min(high, 0x7F, _MARK - 1)),
                                            (max(low, _MARK + 1), min(high, 0x7F))):
                    if part_low <= part_high:
                        out.append(f"{_char(part_low)}-{_char(part_high)}")
                continue
            if low < 0x80:
                out.append(f"{_char(low)}-{_char(min(high, 0x7F))}")
            if high > 0x7F:
                out.append(_char(_MARK))
        elif op is sre.CATEGORY:
            if negated:
                return _ANY  # (a complement of a class: take any character)
            out.append(_CATEGORIES[av])
        elif op not in (sre.NEGATE, sre.LITERAL):
            raise Unsupported(str(op))
    if negated:
        return f"[^{''.join(out)}]" if out else _ANY
    return f"[{''.join(out)}]"


def _emit(items: Sequence, dotall: bool) -> str:
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(_char(av))
        elif op is sre.NOT_LITERAL:
            out.append(f"[^{_char(av)}]" if av < 0x80 and av != _MARK else _ANY)
        elif op is sre.ANY:
            out.append(_ANY if dotall else r"[^\n]")
        elif op is sre.IN:
            out.append(_class(av))
        elif op is sre.CATEGORY:
            out.append(f"[{_CATEGORIES[av]}]")
        elif op in _REPEATS:  # {m,n} becomes * or +: no unrolled copies, and no fewer texts
            low, high, item = av
            if high:
                mark = ("?" if low == 0 else "") if high == 1 else ("*" if low == 0 else "+")
                out.append(f"(?:{_emit(item, dotall)}){mark}")
        elif op is sre.SUBPATTERN:
            _, add, remove, item = av
            if (add | remove) & (sre.SRE_FLAG_IGNORECASE | sre.SRE_FLAG_MULTILINE):
                raise Unsupported("inline flags")
            inner = (dotall or bool(add & sre.SRE_FLAG_DOTALL)) and not remove & sre.SRE_FLAG_DOTALL
            out.append(f"(?:{_emit(item, inner)})")
        elif op is sre.ATOMIC_GROUP:
            out.append(f"(?:{_emit(av, dotall)})")
        elif op is sre.BRANCH:
            out.append("(?:" + "|".join(_emit(branch, dotall) for branch in av[1]) + ")")
        elif op is sre.GROUPREF_EXISTS:
            _, yes, no = av
            out.append(f"(?:{_emit(yes, dotall)}|{_emit(no, dotall) if no else ''})")
        elif op is sre.GROUPREF:
            out.append(_ANY + "*")
        elif op is sre.AT:
            if av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
                out.append("^")
            elif av is sre.AT_END_STRING:
                out.append(r"\z")
            elif av is sre.AT_END:
                out.append(r"\n?\z")
            # (word boundaries go)
        elif op not in (sre.ASSERT, sre.ASSERT_NOT):  # (lookarounds go)
            raise Unsupported(str(op))
    return "".join(out)


class Prefilter:
    """The patterns that may match at the start of a text, by their index in ``patterns``:
    those RE2 finds in their relaxed forms, and those it could not take."""

    def __init__(self, patterns: Sequence[str], max_mem: int = _MAX_MEM) -> None:
        options = re2.Options()
        options.max_mem = max_mem
        options.encoding = re2.Options.Encoding.LATIN1  # (a byte is a character)
        options.log_errors = False
        self._set: re2.Set | None = re2.Set.MatchSet(options)
        self._index: list[int] = []  # the set's own numbering -> index in patterns
        self.always: list[int] = []
        for i, pattern in enumerate(patterns):
            try:
                self._set.Add(relax(pattern))
            except (Unsupported, re2.error):
                self.always.append(i)
            else:
                self._index.append(i)
        if not self._index:
            self._set = None
            return
        try:
            self._set.Compile()
        except re2.error:
            self._set, self.always = None, list(range(len(patterns)))

    @property
    def screens(self) -> bool:
        """Whether RE2 screens the patterns at all: false when none could be relaxed, or the
        set did not compile within its budget (then every pattern is always a candidate)."""
        return self._set is not None

    def candidates(self, text: str) -> list[int]:
        """Indices of the patterns that may match ``text`` from its start, in rising order."""
        if self._set is None:
            return self.always
        found = self._set.Match(text.encode("ascii", "replace"))
        if not found:
            return self.always
        index = self._index
        return sorted((*(index[k] for k in found), *self.always))
