"""Rule packs: load, validate, merge, and match blocks against them.

A pack is a TOML file of ``[[rule]]`` tables. Order is preference: the first rule that matches a
block wins, and rules are tried as: a user's own rules, then the active site profile's, then
the shipped role pack, then the shipped boilerplate packs. For speed, one RE2 pass over a
block names the few rules that may match it (see prefilter.py), and only those are matched, in
order of preference; short blocks' answers are remembered.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from .phrases import PhraseCounter
from .prefilter import POSIX_CLASS, Prefilter

CATEGORIES = {
    "login": "sign-in prompts, paywalls, institutional access offers",
    "app_promo": "mobile app promotions",
    "cookie": "cookie and consent banners, privacy choices",
    "copyright": "copyright and licence footers, terms of use",
    "navigation": "menus, skip links, breadcrumbs, pagination",
    "share": "share, save, like, cite and export buttons",
    "related": "related, similar and cited-by lists, full-text links",
    "metrics": "views, downloads, citation counts, altmetrics",
    "cme": "continuing-education credit offers",
    "ads": "advertising and sponsored content",
    "chrome": "site furniture: banners, feedback, search boxes, language switches",
    "role": "not boilerplate: a content role for the assembler",
}
ROLES = {
    "type": "an article-type label shown near the title",
    "abstract": "a heading that opens the abstract",
    "not-abstract": "a heading of a box that is not the abstract (highlights, key points)",
    "section": "a label inside a structured abstract (Background, Methods, ...)",
    "stop": "a heading or line that ends the abstract (References, Acknowledgements)",
    "body": "a heading that opens the article body ('1. Introduction', 'Main text')",
    "keywords": "a keywords line or heading",
    "tail": "a block after which nothing belongs to the article head (Similar articles)",
}
MATCH_MODES = ("full", "start", "search", "element")
RULE_KEYS = {
    "id", "category", "role", "pattern", "match", "max_words", "case_sensitive", "why",
    "examples", "counter_examples", "todo",
}
DEFAULT_MAX_WORDS = 40
_CHARS_PER_WORD = 40  # a block may hold max_words * this many characters, spaces or not
_UNKNOWN = object()  # a memo's answer for a text never asked (None is an answer: no rule)
_MEMO_SIZE = 200_000  # remembered block answers per site; cleared when full
# Escapes that name a character by property, name or octal code, and escapes by hex code.
_NAMED_ESCAPE = re.compile(r"\\[NpP0-7]")
_CODE_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))")
USER_TIMEOUT = 0.25  # seconds a user's pattern may spend on one block before we call it runaway


class RuleError(ValueError):
    """A rule file or rule is malformed; the message names the file, line and rule id."""


class RuleTimeout(RuntimeError):
    """A user rule's pattern ran away on a block (catastrophic backtracking)."""


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    pattern: str
    match: str = "full"
    max_words: int = DEFAULT_MAX_WORDS
    role: str | None = None
    case_sensitive: bool = False
    why: str = ""
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    todo: tuple[str, ...] = ()
    pack: str = ""
    site: str | None = None
    user: bool = False

    @cached_property
    def compiled(self) -> regex.Pattern:
        return regex.compile(self.anchored, regex.V0)

    @cached_property
    def folded(self) -> bool:
        """Case-insensitive and written in lower case. Such a pattern runs without the
        ignore-case flag on the lower-cased text, which finds the same matches at half the
        cost (an ignore-case match folds every character it compares). The two differ only
        on the few letters whose lower case is not their case fold ('İ', 'ſ')."""
        return not self.case_sensitive and _lower_case(self.pattern)

    @property
    def anchored(self) -> str:
        """The pattern in the form the engine runs it: anchored per ``match``, flags inline."""
        body = self.pattern if self.case_sensitive or self.folded else f"(?i:{self.pattern})"
        if self.match == "full":
            return rf"(?:{body})\s*\Z"
        if self.match == "element":
            return rf"(?:{body})\Z"
        if self.match == "start":
            return rf"(?:{body})"
        return rf"(?s:.*?)(?:{body})"

    def matches(self, text: str, timeout: float | None = None) -> bool:
        subject = text.lower() if self.folded else text
        return self.compiled.match(subject, timeout=timeout) is not None


@dataclass(frozen=True, slots=True)
class Site:
    """A site profile: how to recognise the site, and its own rules."""

    name: str
    hosts: tuple[str, ...] = ()
    fingerprints: tuple[str, ...] = ()
    label: str = ""


@dataclass
class RuleSet:
    """The rules in force: shipped packs, site profiles and a user's own rules.

    Picklable and immutable in use, so the same RuleSet can be sent once to every worker.
    """

    rules: list[Rule]
    sites: dict[str, Site] = field(default_factory=dict)
    disabled: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    _compiled: dict[Any, Any] = field(  # the rules of each kind, compiled; rules per role
        default_factory=dict, repr=False, compare=False
    )
    _memo: dict[Any, dict[Any, Any]] = field(default_factory=dict, repr=False,
                                                     compare=False)

    # -- loading -------------------------------------------------------------------------
    @classmethod
    def default(cls) -> RuleSet:
        """The shipped role pack, boilerplate packs and site profiles."""
        return _default_rules()

    @classmethod
    def load(cls, *paths: str | Path) -> RuleSet:
        """The shipped rules with each user file merged over them, in the order given."""
        rs = _default_rules()
        for p in paths:
            rs = rs.merged(load_user_file(Path(p)))
        return rs

    def merged(self, user: UserRules) -> RuleSet:
        """User rules go first (they win), replace shipped rules of the same id, and may
        disable shipped rules by id."""
        known = {r.id for r in self.rules}
        unknown = [d for d in user.disable if d not in known and d not in {r.id for r in user.rules}]
        if unknown:
            raise RuleError(f"{user.path}: disable names unknown rule ids: {', '.join(unknown)}")
        replaced = {r.id for r in user.rules}
        rules = [*user.rules, *(r for r in self.rules if r.id not in replaced)]
        return RuleSet(
            rules, dict(self.sites), self.disabled | frozenset(user.disable),
            (*self.sources, str(user.path)),
        )

    # -- matching ------------------------------------------------------------------------
    def active(self, site: str | None = None) -> list[Rule]:
        """Rules in force for a page of ``site``, in order of preference."""
        return [
            r for r in self.rules
            if r.id not in self.disabled and (r.site is None or r.site == site)
        ]

    def element_match(self, signature: str, site: str | None = None) -> Rule | None:
        """The first element rule matching an HTML element's signature ('div#id.cls[role=x]').

        Not memoised here: the HTML walker remembers its answer per set of attributes."""
        plan = self._plan("element")
        for i in plan.candidates(signature, signature):
            rule = plan.rules[i]
            if (rule.site is None or rule.site == site) and plan.matches(i, signature):
                return rule
        return None

    def first_match(self, text: str, site: str | None = None) -> Rule | None:
        """The first rule (in preference order) that matches the block text, or None.

        Short blocks repeat across pages (menus, buttons, footers), so answers are memoised."""
        if len(text) > 300:
            return self._first_match(text, site)
        memo = self._memo.get(site)  # (not self.memo: this runs hundreds of times a page)
        if memo is None or len(memo) > _MEMO_SIZE:
            memo = self.memo(site)
        found = memo.get(text, _UNKNOWN)
        if found is _UNKNOWN:
            memo[text] = found = self._first_match(text, site)
        return found

    def matches_role(self, text: str, role: str, site: str | None = None) -> bool:
        """Whether some rule of ``role`` matches the block, though a rule of another role may
        come first ('Case report' labels a type above a title, and a section inside an
        abstract). For the few blocks a role is asked of: it tries that role's rules one by
        one, and remembers the answer."""
        memo = self.memo(("role", role, site))
        found = memo.get(text)
        if found is None:
            key = ("role", role, site)
            if key not in self._compiled:
                self._compiled[key] = [r for r in self.active(site)
                                       if r.role == role and r.match != "element"]
            try:
                found = memo[text] = any(r.matches(text, USER_TIMEOUT if r.user else None)
                                         for r in self._compiled[key])
            except TimeoutError:
                raise RuleTimeout(f"a {role} rule ran away on {text[:60]!r}") from None
        return found

    def memo(self, key: Any) -> dict:
        """A dict of answers derived from these rules, kept with them under key (such as the
        HTML walker's verdict per set of element attributes); one outgrowing _MEMO_SIZE
        starts afresh."""
        memo = self._memo.setdefault(key, {})
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        return memo

    def _first_match(self, text: str, site: str | None) -> Rule | None:
        found = self._first_match_whole(text, site)
        if found is None and text[-1:] in ",;" and (bare := text.rstrip(",; ")).count(" ") >= 2:
            # A link of chrome get_text put between the names of a list, the list's comma run
            # on to it ('View all articles by this author,'): chrome still. (A role's words so
            # are an item of a list, 'Review,' among keywords; a number or a word a piece of a
            # reference, '2016;', 'de,'.)
            found = self._first_match_whole(bare, site)
            if found is not None and found.category == "role":
                found = None
        return found

    def _first_match_whole(self, text: str, site: str | None) -> Rule | None:
        # A block too long for a rule's max_words (a long token counts too: see
        # _CHARS_PER_WORD) is not what the rule is for.
        need = max(text.count(" ") + 1, -(-len(text) // _CHARS_PER_WORD))
        plan = self._plan("block")
        if need > plan.longest:
            return None
        lowered = text.lower()
        for i in plan.candidates(lowered, text):
            rule = plan.rules[i]
            if rule.max_words >= need and (rule.site is None or rule.site == site) and (
                    plan.matches(i, lowered if rule.folded else text)):
                return rule
        return None

    def _plan(self, kind: str) -> _Plan:
        """The rules of a kind ('block' or 'element') of every site, built once and cached."""
        plan = self._compiled.get(kind)
        if plan is None:
            element = kind == "element"
            plan = self._compiled[kind] = _Plan([
                r for r in self.rules
                if r.id not in self.disabled and (r.match == "element") == element
            ], fold=not element)
        return plan

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_compiled"] = {}  # compiled patterns are rebuilt in the worker, once
        state["_memo"] = {}
        return state

    def detect_site(self, url: str | None, text: str) -> str | None:
        """The site profile for a page: by address (the given URL, else the page's canonical
        or og:url link, read from its markup), else by at least two of a site's fingerprint
        phrases in its head. The HTML front end, which has the parsed page's links at hand,
        calls site_for instead."""
        return self.site_for(url, _declared_url(text[:_FINGERPRINT_CHARS]), text)

    def site_for(self, url: str | None, declared: str | None, text: str) -> str | None:
        """The site profile for a page given at ``url`` that declares itself at ``declared``.

        A page whose address is known and matches no profile comes from a site we have no
        profile for: only host-less platform profiles (OJS, DSpace), which run on anyone's
        host, are then tried by fingerprint. Scanning every profile's phrases is the costly
        part, and is paid only for pages of unknown address. A resolver's or proxy's address
        (doi.org, an EZproxy host) says nothing of the site, and the Wayback Machine's holds
        the page's own."""
        known = False
        for candidate in (_page_url(url), declared):
            address = _address(candidate)
            if not address:
                continue
            known = True
            for site in self.sites.values():
                if any(_at(address, h) for h in site.hosts):
                    return site.name
        counter = self._compiled.get("fingerprints")
        if counter is None:
            counter = self._compiled["fingerprints"] = PhraseCounter(
                (site.name, phrase) for site in self.sites.values() for phrase in site.fingerprints)
        counts = counter.count(text[:_FINGERPRINT_CHARS])
        best, hits = None, 0
        for site in self.sites.values():  # file order breaks ties
            if not (known and site.hosts) and counts[site.name] > hits:
                best, hits = site.name, counts[site.name]
        return best if hits >= 2 else None

    def check(self) -> list[str]:
        """Run every rule against its examples; return one message per failure."""
        failures = []
        for rule in self.rules:
            for ex in rule.examples:
                if not rule.matches(ex, timeout=1.0):
                    failures.append(f"{rule.id}: example not matched: {ex!r}")
            for ex in rule.counter_examples:
                if rule.matches(ex, timeout=1.0):
                    failures.append(f"{rule.id}: counter-example matched: {ex!r}")
        return failures


@dataclass(frozen=True, slots=True)
class UserRules:
    path: Path
    rules: tuple[Rule, ...]
    disable: tuple[str, ...]


def load_user_file(path: Path) -> UserRules:
    """A user's rule file: ``disable = [ids]`` and ``[[rule]]`` tables, validated."""
    rules, extra = _read_pack(path, user=True)
    disable = extra.get("disable", [])
    if not isinstance(disable, list) or not all(isinstance(d, str) for d in disable):
        raise RuleError(f"{path}: 'disable' must be a list of rule ids")
    return UserRules(path, tuple(rules), tuple(disable))


def _read_pack(path: Path, *, user: bool = False, site: str | None = None,
               text: str | None = None) -> tuple[list[Rule], dict[str, Any]]:
    if text is None:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise RuleError(f"{path}: cannot read rule file: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path}: not valid TOML: {exc}") from None
    raw_rules = data.pop("rule", [])
    if not isinstance(raw_rules, list):
        raise RuleError(f"{path}: 'rule' must be an array of tables ([[rule]])")
    rules, seen = [], set()
    for raw in raw_rules:
        rule = _make_rule(raw, path, text, user=user, site=site)
        if rule.id in seen:
            raise RuleError(f"{path}:{_line_of(text, rule.id)}: rule {rule.id!r}: duplicate id")
        seen.add(rule.id)
        rules.append(rule)
    return rules, data


def _make_rule(raw: dict, path: Path, text: str, *, user: bool, site: str | None) -> Rule:
    rid = raw.get("id")
    where = f"{path}:{_line_of(text, rid) if isinstance(rid, str) else '?'}"
    if not isinstance(rid, str) or not re.fullmatch(r"[a-z0-9_]+(?:[/.\-][a-z0-9_\-]+)*", rid):
        raise RuleError(f"{where}: rule needs an 'id' like 'cookie/accept-all', got {rid!r}")

    def fail(msg: str) -> RuleError:
        return RuleError(f"{where}: rule {rid!r}: {msg}")

    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise fail(f"unknown keys {sorted(unknown)}; allowed: {sorted(RULE_KEYS)}")
    category = raw.get("category", "role" if raw.get("role") else None)
    if category not in CATEGORIES:
        raise fail(f"category must be one of {sorted(CATEGORIES)}, got {category!r}")
    role = raw.get("role")
    if role is not None and role not in ROLES:
        raise fail(f"role must be one of {sorted(ROLES)}, got {role!r}")
    if category == "role" and role is None:
        raise fail("a rule of category 'role' needs a 'role'")
    pattern = raw.get("pattern")
    if not isinstance(pattern, str) or not pattern.strip():
        raise fail("needs a non-empty 'pattern'")
    if re.search(r"\(\?P?<[A-Za-z_]|\\[1-9]|\(\?P=", pattern):
        raise fail("named groups and backreferences are not allowed (a rule only says "
                   "whether a block matches)")
    mode = raw.get("match", "full")
    if mode not in MATCH_MODES:
        raise fail(f"match must be one of {MATCH_MODES}, got {mode!r}")
    max_words = raw.get("max_words", DEFAULT_MAX_WORDS)
    if not isinstance(max_words, int) or not 1 <= max_words <= 400:
        raise fail("max_words must be an integer from 1 to 400")
    lists = {}
    for key in ("examples", "counter_examples", "todo"):
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(f"'{key}' must be a list of strings")
        lists[key] = tuple(value)
    rule = Rule(
        id=rid, category=category, pattern=pattern, match=mode, max_words=max_words, role=role,
        case_sensitive=bool(raw.get("case_sensitive", False)), why=str(raw.get("why", "")),
        pack=path.stem, site=site, user=user, **lists,
    )
    try:
        _ = rule.compiled
    except regex.error as exc:
        raise fail(f"pattern does not compile: {exc}") from None
    for probe in ("", " ", "x"):
        if rule.matches(probe, timeout=1.0):
            raise fail(f"pattern matches everything (it matches {probe!r})")
    return rule


def _line_of(text: str, rid: str | None) -> int | str:
    if not rid:
        return "?"
    m = re.search(rf"""^\s*id\s*=\s*["']{re.escape(rid)}["']""", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else "?"


def _lower_case(pattern: str) -> bool:
    """No upper-case letter in a pattern. Escapes such as \\S or \\W are classes, not letters;
    a character given by hex code counts as the letter it codes; by name or property, as one
    that may need case."""
    if "(?-i" in pattern or POSIX_CLASS.search(pattern) or _NAMED_ESCAPE.search(pattern):
        return False  # (a POSIX class such as [[:upper:]] asks for case too)
    if any(chr(int(m.group(m.lastindex), 16)).isupper() for m in _CODE_ESCAPE.finditer(pattern)):
        return False
    return not any(c.isupper() for c in re.sub(r"\\.", "", _CODE_ESCAPE.sub("", pattern)))


def _culprit(rules: Iterable[tuple[int, Rule]], text: str) -> str:
    for _, rule in rules:
        try:
            rule.matches(text, timeout=USER_TIMEOUT)
        except TimeoutError:
            return (f"rule {rule.id!r} ({rule.pack}) took longer than {USER_TIMEOUT}s on a "
                    f"{len(text)}-character block: its pattern backtracks catastrophically")
    return "a rule pattern ran past its time limit"


class _Plan:
    """The rules of one kind in preference order, each compiled on its own, and the
    prefilters that name the few of them that may match a text (see prefilter.py).

    Block rules written in lower case read the lower-cased block (see Rule.folded), the rest
    read it as it is: one prefilter for each. A user's rule runs on the `regex` engine, with a
    time limit: the prefilter screens it as any other, but a text it lets through may still
    make a careless pattern backtrack."""

    def __init__(self, rules: list[Rule], *, fold: bool) -> None:
        self.rules = rules
        self.longest = max((r.max_words for r in rules), default=0)
        self.patterns = [
            (r.compiled, USER_TIMEOUT) if r.user else (_compile(r.anchored), None)
            for r in rules
        ]
        folded = [i for i, r in enumerate(rules) if fold and r.folded]
        plain = [i for i, r in enumerate(rules) if not (fold and r.folded)]
        # (each prefilter with the index in rules of each of its patterns)
        self._filters = [(Prefilter([rules[i].anchored for i in part]), part)
                         for part in (folded, plain)]

    def candidates(self, lowered: str, text: str) -> list[int]:
        """The rules that may match, by index, in preference order."""
        (lower_filter, lower_index), (plain_filter, plain_index) = self._filters
        found = [lower_index[k] for k in lower_filter.candidates(lowered)]
        more = plain_filter.candidates(text)
        if more:
            found.extend(plain_index[k] for k in more)
            found.sort()
        return found

    @property
    def unfiltered(self) -> list[Rule]:
        """The rules tried on every text: those the prefilter could not take."""
        return [self.rules[part[k]] for prefilter, part in self._filters for k in prefilter.always]

    def matches(self, i: int, subject: str) -> bool:
        pattern, timeout = self.patterns[i]
        try:
            found = pattern.match(subject, timeout=timeout) if timeout else pattern.match(subject)
        except TimeoutError:
            raise RuleTimeout(_culprit([(i, self.rules[i])], subject)) from None
        return found is not None


def _compile(pattern: str) -> Any:
    """Shipped rules run on the standard engine (faster, and they are linear-time by review),
    or on `regex` for syntax `re` lacks. (A user's rules run on `regex`, for its timeout.)"""
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern, regex.V0)


_FINGERPRINT_CHARS = 30_000  # a site's own chrome shows in the head of its pages
# The names a <link rel> or <meta name|property> gives the page's own address (or its PDF's);
# the tag around such a name holds the address, in either attribute order.
_OWN_URL = re.compile(
    r"""(?:canonical|og:url|citation_(?:abstract_html|fulltext_html|public|pdf)_url)["'\s/>]""")
_RESOLVERS = {"doi.org", "dx.doi.org", "hdl.handle.net", "n2t.net", "identifiers.org"}
_URL_VALUE = re.compile(r"""(?:href|content)\s*=\s*["']?(https?://[^"'\s>]+)""", re.I)


def _declared_url(head: str) -> str | None:
    """The page's own address as its <head> declares it: the canonical link, og:url or a
    citation_*_html_url tag, else its PDF's address (which may sit on another host)."""
    if "<" not in head[:2000]:
        return None
    own, pdf = _own_urls(head)
    if own is None:  # names in capitals ('Canonical'): the lowered head serves to choose a site
        own, pdf_lowered = _own_urls(head.lower())
        pdf = pdf or pdf_lowered
    return own or pdf


def _own_urls(head: str) -> tuple[str | None, str | None]:
    """The first page address and the first PDF address that head's tags declare. The names
    are scanned for as pages write them, in lower case: an ignore-case scan costs several times
    as much."""
    pdf = None
    for m in _OWN_URL.finditer(head):
        start = head.rfind("<", 0, m.start())
        tag = head[start : head.find(">", m.end() - 1) + 1]
        if tag[1:5].lower() in ("link", "meta") and (url := _URL_VALUE.search(tag)):
            if "pdf" not in m.group():
                return url.group(1), pdf
            pdf = pdf or url.group(1)
    return None, pdf


def _page_url(url: str | None) -> str | None:
    """The page's own address in a URL a crawler was given: none in a resolver's or a
    proxy's, the archived one in the Wayback Machine's."""
    host = _address(url).partition("/")[0]
    if host == "web.archive.org":
        m = re.search(r"/web/\d+[a-z_]*/(https?://\S+)", url or "")
        return m.group(1) if m else None
    if host in _RESOLVERS or "ezproxy" in host or host.startswith("proxy."):
        return None
    return url


def _address(url: str | None) -> str:
    """'https://www.ncbi.nlm.nih.gov/pmc/articles/X' -> 'ncbi.nlm.nih.gov/pmc/articles/X'."""
    if not url:
        return ""
    m = re.match(r"^[a-z][a-z0-9+.\-]*://([^/:?#]+)(?::\d+)?(/[^?#]*)?", url.strip(), re.I)
    if not m:
        return ""
    return m.group(1).lower().removeprefix("www.") + (m.group(2) or "")


def _at(address: str, entry: str) -> bool:
    """Whether an address is on a profile's host entry: 'hal.science' takes its subdomains,
    'ncbi.nlm.nih.gov/pmc' the paths below it, in any case ('/PMC/articles/...')."""
    host, _, path = address.partition("/")
    entry_host, _, entry_path = entry.partition("/")
    if host != entry_host and not host.endswith("." + entry_host):
        return False
    path, entry_path = path.lower(), entry_path.lower()
    return not entry_path or path == entry_path or path.startswith(entry_path + "/")


_DEFAULT: RuleSet | None = None


def _default_rules() -> RuleSet:
    """Shipped packs, read once per process (a RuleSet is never mutated after loading)."""
    global _DEFAULT
    if _DEFAULT is None:
        root = resources.files("cleanabstract.rules")
        rules: list[Rule] = []
        sites: dict[str, Site] = {}
        for entry in sorted(root.joinpath("sites").iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".toml"):
                site_rules, meta = _read_site(Path(str(entry)), entry.read_text("utf-8"))
                sites[meta.name] = meta
                rules.extend(site_rules)
        packs = sorted(
            (e for e in root.joinpath("packs").iterdir() if e.name.endswith(".toml")),
            key=lambda e: (e.name != "roles.toml", e.name),
        )
        for entry in packs:
            pack_rules, _ = _read_pack(Path(str(entry)), text=entry.read_text("utf-8"))
            rules.extend(pack_rules)
        ids = [r.id for r in rules]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise RuleError(f"shipped packs repeat rule ids: {dupes}")
        _DEFAULT = RuleSet(rules, sites, frozenset(), ("shipped",))
    return _DEFAULT


def _read_site(path: Path, text: str) -> tuple[list[Rule], Site]:
    data = tomllib.loads(text)
    meta = data.get("site")
    if not isinstance(meta, dict) or not isinstance(meta.get("name"), str):
        raise RuleError(f"{path}: a site profile needs a [site] table with a 'name'")
    site = Site(
        name=meta["name"], hosts=tuple(meta.get("hosts", ())),
        fingerprints=tuple(meta.get("fingerprints", ())), label=meta.get("label", meta["name"]),
    )
    rules, _ = _read_pack(path, site=site.name, text=text)
    return rules, site
