"""The page this project started from must come out exactly."""

from __future__ import annotations

import json
from pathlib import Path

from cleanabstract import clean
from cleanabstract.pipeline import explain


def _seed(shared: Path) -> tuple[bytes, dict]:
    page = next((shared / "seeds").glob("*.txt"))
    expected = json.loads(page.with_name(page.stem + ".expected.json").read_text("utf-8"))
    return page.read_bytes(), expected


def test_seed_record(shared: Path) -> None:
    data, want = _seed(shared)
    rec = clean(data)
    assert rec.title == want["title"]
    assert rec.abstract == want["abstract"]
    assert list(rec.article_types) == want["article_types"]
    assert rec.warnings == ()
    removed = {r.text: r.rule for r in rec.removed}
    for line in want["removed_must_include"]:
        assert line in removed, line


def test_seed_every_dropped_line_names_a_rule(shared: Path) -> None:
    data, _ = _seed(shared)
    rec, trace = explain(data)
    leftover = [lb.text for i, lb in enumerate(trace.blocks)
                if not lb.removed and not lb.role and i not in trace.used]
    assert leftover == []
    assert all(r.rule and r.category for r in rec.removed)
