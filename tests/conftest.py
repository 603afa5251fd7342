"""Shared paths: our fixtures beside the tests, the shared corpus beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
SHARED = HERE.parent.parent / "shared"


@pytest.fixture
def shared() -> Path:
    """../shared, or a clean skip when it is absent (users run the suite without it)."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED
