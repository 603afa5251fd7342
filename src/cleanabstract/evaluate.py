"""Score cleanabstract against a labelled corpus (schema in shared/corpus/README.md)."""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from .pipeline import clean
from .rules.engine import RuleSet

_TOKEN = re.compile(r"\w+", re.UNICODE)


def norm_title(text: str | None) -> str:
    t = re.sub(r"\s+", " ", text or "").strip().casefold()
    return t[:-1] if t.endswith(".") else t


def token_f1(got: str | None, want: str | None) -> float:
    """Token F1 over case-folded word tokens (multiset overlap)."""
    g = _TOKEN.findall((got or "").casefold())
    w = _TOKEN.findall((want or "").casefold())
    if not g and not w:
        return 1.0
    if not g or not w:
        return 0.0
    counts: dict[str, int] = {}
    for t in w:
        counts[t] = counts.get(t, 0) + 1
    common = 0
    for t in g:
        if counts.get(t, 0) > 0:
            counts[t] -= 1
            common += 1
    if common == 0:
        return 0.0
    p, r = common / len(g), common / len(w)
    return 2 * p * r / (p + r)


@dataclass
class PageScore:
    file: str
    title_ok: bool | None = None
    f1: float | None = None
    no_abstract_ok: bool | None = None
    types_ok: bool | None = None
    doi_ok: bool | None = None
    crashed: str | None = None
    ms: float = 0.0
    got_title: str | None = None
    want_title: str | None = None


@dataclass
class Summary:
    pages: list[PageScore] = field(default_factory=list)

    def rate(self, attr: str) -> tuple[float | None, int]:
        vals = [getattr(p, attr) for p in self.pages if getattr(p, attr) is not None]
        return (sum(vals) / len(vals) if vals else None), len(vals)

    def figures(self) -> dict[str, float | int | None]:
        f1s = [p.f1 for p in self.pages if p.f1 is not None]
        times = sorted(p.ms for p in self.pages)
        return {
            "pages": len(self.pages),
            "title": self.rate("title_ok")[0],
            "abstract_f1": sum(f1s) / len(f1s) if f1s else None,
            "f1_ge_095": sum(1 for f in f1s if f >= 0.95) / len(f1s) if f1s else None,
            "no_abstract": self.rate("no_abstract_ok")[0],
            "types": self.rate("types_ok")[0],
            "doi": self.rate("doi_ok")[0],
            "crashes": sum(1 for p in self.pages if p.crashed),
            "ms_per_page": times[len(times) // 2] if times else None,
        }


def evaluate(corpus: Path, rules: RuleSet | None = None) -> Summary:
    labels = corpus / "labels.jsonl"
    if not labels.is_file():
        raise FileNotFoundError(f"{labels}: no labels.jsonl in this corpus folder")
    summary = Summary()
    for line in labels.read_text(encoding="utf-8").splitlines():
        if line.strip():
            summary.pages.append(score_page(corpus, json.loads(line), rules))
    return summary


def score_page(corpus: Path, label: dict, rules: RuleSet | None) -> PageScore:
    score = PageScore(label["file"])
    data = (corpus / label["file"]).read_bytes()
    start = time.perf_counter()
    try:
        rec = clean(data, url=label.get("url"), rules=rules)
    except Exception as exc:  # a crash is a figure to report, not a reason to stop scoring
        score.crashed = f"{type(exc).__name__}: {exc}"
        return score
    score.ms = (time.perf_counter() - start) * 1000
    if label.get("title"):
        score.want_title, score.got_title = label["title"], rec.title
        score.title_ok = norm_title(rec.title) == norm_title(label["title"])
    if label.get("abstract"):
        score.f1 = token_f1(rec.abstract, label["abstract"])
    else:
        score.no_abstract_ok = not rec.abstract
    if label.get("article_types"):
        have = {t.casefold() for t in rec.article_types}
        score.types_ok = all(t.casefold() in have for t in label["article_types"])
    if label.get("doi"):
        score.doi_ok = (rec.doi or "").casefold() == label["doi"].casefold()
    return score


def format_summary(summary: Summary, verbose: bool = False) -> str:
    lines = []
    if verbose:
        for p in summary.pages:
            bits = [p.file]
            if p.crashed:
                bits.append(f"CRASH {p.crashed}")
            if p.title_ok is not None:
                bits.append("title ok" if p.title_ok
                            else f"title MISS got={p.got_title!r} want={p.want_title!r}")
            if p.f1 is not None:
                bits.append(f"f1={p.f1:.3f}")
            if p.no_abstract_ok is not None:
                bits.append("no-abstract ok" if p.no_abstract_ok else "no-abstract MISS")
            if p.types_ok is not None:
                bits.append(f"types {'ok' if p.types_ok else 'MISS'}")
            if p.doi_ok is not None:
                bits.append(f"doi {'ok' if p.doi_ok else 'MISS'}")
            bits.append(f"{p.ms:.1f}ms")
            lines.append("  ".join(bits))
    f = summary.figures()

    def pct(v: float | int | None) -> str:
        return "n/a" if v is None else f"{v:.3f}"

    lines.append(
        f"pages={f['pages']} title={pct(f['title'])} abstract_f1={pct(f['abstract_f1'])} "
        f"f1>=0.95={pct(f['f1_ge_095'])} no_abstract={pct(f['no_abstract'])} "
        f"types={pct(f['types'])} doi={pct(f['doi'])} crashes={f['crashes']} "
        f"ms/page={pct(f['ms_per_page'])}"
    )
    return "\n".join(lines)
