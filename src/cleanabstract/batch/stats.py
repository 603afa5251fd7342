"""Counts for the summary and --stats: what went in, what came out, and why rows are errors."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .pages import Row

TOP_RULES = 20


@dataclass
class Stats:
    """Counts over rows. ``pages_in`` counts input pages (resumed ones included) and
    ``rows_out`` rows in the output, old and new: the two must be equal."""

    pages_in: int = 0
    rows_out: int = 0
    resumed: int = 0  # rows found in the output from an earlier run
    with_abstract: int = 0
    without_abstract: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    sites: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)

    def add(self, row: Row) -> None:
        self.rows_out += 1
        error = row.get("error")
        if error:
            self.errors[error.get("type") or "unknown"] += 1
            return
        if row.get("abstract"):
            self.with_abstract += 1
        else:
            self.without_abstract += 1
        self.sites[row.get("site") or "(none)"] += 1
        self.rules.update(r["rule"] for r in row.get("removed") or ())

    def merge(self, other: Stats) -> None:
        """Add another run's counts (the Dask engine counts each partition on its worker)."""
        for name in ("pages_in", "rows_out", "resumed", "with_abstract", "without_abstract"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("errors", "sites", "rules"):
            getattr(self, name).update(getattr(other, name))

    @property
    def balanced(self) -> bool:
        return self.pages_in == self.rows_out

    def to_dict(self, elapsed: float, interrupted: bool = False) -> dict[str, Any]:
        new = self.rows_out - self.resumed
        return {
            "pages": self.pages_in, "rows_out": self.rows_out, "balanced": self.balanced,
            "resumed_rows": self.resumed, "interrupted": interrupted,
            "with_abstract": self.with_abstract, "without_abstract": self.without_abstract,
            "errors": sum(self.errors.values()), "errors_by_type": dict(self.errors.most_common()),
            "pages_by_site": dict(self.sites.most_common()),
            "top_rules": dict(self.rules.most_common(TOP_RULES)),
            "seconds": round(elapsed, 2), "pages_per_second": round(new / elapsed, 1) if elapsed else None,
        }

    def summary(self, elapsed: float, interrupted: bool = False) -> str:
        d = self.to_dict(elapsed, interrupted)
        if interrupted:
            head = f"{d['rows_out']} rows out before the interruption ({d['pages']} pages read)"
        else:
            check = "rows out == pages in" if self.balanced else "MISMATCH: rows out != pages in"
            head = f"{d['pages']} pages in, {d['rows_out']} rows out ({check})"
        lines = [
            head + (f", {self.resumed} from an earlier run" if self.resumed else ""),
            f"  with abstract {self.with_abstract}, without {self.without_abstract}, "
            f"errors {d['errors']}" + _pairs(d["errors_by_type"]),
            "  sites:" + _pairs(dict(self.sites.most_common(8)), bracket=False),
            "  top rules:" + _pairs(dict(self.rules.most_common(8)), bracket=False),
            f"  {d['seconds']} s, {d['pages_per_second'] or 0} pages/s",
        ]
        if interrupted:
            lines.append("interrupted: the rows above are intact; run the same command with "
                         "--resume to finish")
        return "\n".join(lines)


def _pairs(counts: dict[str, int], bracket: bool = True) -> str:
    text = ", ".join(f"{k} {v}" for k, v in counts.items())
    if bracket:
        return f" ({text})" if text else ""
    return " " + (text or "-")
