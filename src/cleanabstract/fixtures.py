"""Fixture folders: pages with ``NAME.expected.json`` beside them, checked after every change.

Users keep such folders of pages they care about; our own ``tests/fixtures`` uses the same
machinery. An expected file holds record fields (only those present are compared, exactly)
and optionally ``removed_must_include``: lines that some rule must have dropped. A ``url`` in
the expected file is also passed to ``clean()``.

From pytest::

    from cleanabstract.fixtures import fixture_params, assert_fixture

    @pytest.mark.parametrize("page", fixture_params("tests/my_pages"))
    def test_page(page):
        assert_fixture(page)
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .front.text import as_block_text
from .pipeline import clean
from .record import FIELD_NAMES
from .rules.engine import RuleSet

PAGE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".md")
EXTRA_KEYS = {"removed_must_include"}
NOT_RECORDED = {"provenance", "removed"}


def expected_path(page: Path) -> Path:
    return page.with_name(page.name.rsplit(".", 1)[0] + ".expected.json")


def find_pages(folder: str | Path) -> list[Path]:
    """Every page in a folder (recursively) that has an expected file beside it, sorted."""
    root = Path(folder)
    return sorted(
        p for p in root.rglob("*")
        if p.suffix in PAGE_SUFFIXES and p.is_file() and expected_path(p).is_file()
    )


@dataclass(frozen=True)
class Outcome:
    page: Path
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_page(page: Path, rules: RuleSet | None = None) -> Outcome:
    """Clean a page and compare it with its expected file; each difference is a problem line."""
    try:
        want = json.loads(expected_path(page).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return Outcome(page, (f"cannot read {expected_path(page).name}: {exc}",))
    unknown = set(want) - set(FIELD_NAMES) - EXTRA_KEYS
    if unknown:
        return Outcome(page, (f"unknown keys in expected file: {sorted(unknown)}",))
    got = clean(page.read_bytes(), url=want.get("url"), rules=rules).to_dict()
    problems = [_diff(name, got[name], value) for name, value in want.items()
                if name in FIELD_NAMES and got[name] != value]
    removed = {r["text"] for r in got["removed"]}
    # An HTML element dropped whole (a similar-articles box) drops every line inside it.
    elements = " \n ".join(r["text"] for r in got["removed"] if r["where"].startswith("dom:"))
    problems += [f"removed: no rule dropped {line!r}"
                 for line in want.get("removed_must_include", [])
                 if line not in removed and as_block_text(line) not in removed
                 and as_block_text(line) not in elements]
    return Outcome(page, tuple(problems))


def _diff(name: str, got: Any, want: Any) -> str:
    if isinstance(got, str) and isinstance(want, str) and ("\n" in got + want or len(want) > 80):
        lines = difflib.unified_diff(want.splitlines(), got.splitlines(), "expected", "got",
                                     lineterm="", n=0)
        return f"{name}:\n" + "\n".join("    " + ln for ln in lines)
    return f"{name}: expected {json.dumps(want, ensure_ascii=False)}, got {json.dumps(got, ensure_ascii=False)}"


def record_page(page: Path, rules: RuleSet | None = None, url: str | None = None) -> Path:
    """Write PAGE.expected.json from today's output, for a person to review before committing."""
    rec = clean(page.read_bytes(), url=url, rules=rules).to_dict()
    out = {k: v for k, v in rec.items() if k not in NOT_RECORDED}
    out["removed_must_include"] = list(dict.fromkeys(r["text"] for r in rec["removed"]))
    path = expected_path(page)
    path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def fixture_params(folder: str | Path) -> list:
    """pytest parameters, one per page, with the page's name as the test id."""
    import pytest

    root = Path(folder)
    return [pytest.param(p, id=str(p.relative_to(root))) for p in find_pages(root)]


def assert_fixture(page: Path, rules: RuleSet | None = None) -> None:
    """Fail with every difference listed when a page no longer gives its expected record."""
    outcome = check_page(Path(page), rules)
    if not outcome.ok:
        raise AssertionError(f"{page}:\n" + "\n".join(outcome.problems))
