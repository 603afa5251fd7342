"""Every page in tests/fixtures with an expected record beside it, through the user-facing
fixture machinery. Adding a case is adding two files."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanabstract.fixtures import assert_fixture, find_pages, fixture_params

FIXTURES = Path(__file__).parent / "fixtures"
# Pages the engine does not yet get right: each must fail today (strict xfail), so the list
# shrinks as the rules improve and can never hide a regression in a passing page.
KNOWN_GAPS = {
    line.split("#")[0].strip()
    for line in (FIXTURES / "KNOWN_GAPS").read_text(encoding="utf-8").splitlines()
    if line.split("#")[0].strip()
}


def _params() -> list:
    out = []
    for param in fixture_params(FIXTURES):
        (page,) = param.values
        name = str(page.relative_to(FIXTURES))
        marks = [pytest.mark.xfail(strict=True, reason="listed in KNOWN_GAPS")] if name in KNOWN_GAPS else []
        out.append(pytest.param(page, id=name, marks=marks))
    return out


@pytest.mark.parametrize("page", _params())
def test_fixture(page: Path) -> None:
    assert_fixture(page)


def test_there_are_enough_fixtures() -> None:
    pages = find_pages(FIXTURES)
    assert len(pages) >= 25
    assert len(KNOWN_GAPS) < len(pages) / 2


def test_known_gaps_name_real_pages() -> None:
    names = {str(p.relative_to(FIXTURES)) for p in find_pages(FIXTURES)}
    assert names >= KNOWN_GAPS
