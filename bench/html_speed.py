"""Speed, memory and quality on the same HTML pages: cleanabstract vs trafilatura vs a bare parse.

    python bench/html_speed.py [--corpus ../shared/corpus/html] [--rounds 7]

Each tool runs in its own fresh process (so peak memory is its own), pinned to one core where
the OS allows. The processes take turns, one round each over every page, so that the rounds of
the three tools are measured side by side: a load spike on the shared machine then slows a
round of each rather than all the rounds of one. pages/s is the median of a tool's rounds; the
ratios are medians of the per-round ratios. Quality is scored on the corpus labels for both
extractors: title exact, abstract token F1 (trafilatura has no abstract field: its
`description` is the nearest it offers), correct "no abstract", and DOI.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "html"
FIXTURES = HERE.parent / "tests" / "fixtures" / "html"


def pages(corpus: Path) -> list[tuple[bytes, dict]]:
    """Labelled corpus pages when present, else our own HTML fixtures (speed only)."""
    out = []
    labels = corpus / "labels.jsonl"
    if labels.is_file():
        for line in labels.read_text("utf-8").splitlines():
            if line.strip():
                label = json.loads(line)
                out.append(((corpus / label["file"]).read_bytes(), label))
    else:
        for page in sorted(FIXTURES.glob("*.html")):
            out.append((page.read_bytes(), {}))
    return out


def serve(tool: str, corpus: Path) -> None:
    """Inside a worker process: on each 'round' line, time the tool over all pages and print the
    seconds; on 'done', print peak memory and the quality of the last round's output."""
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    work = pages(corpus)
    extract = _tool(tool)
    for data, _ in work[:3]:
        extract(data)  # warm-up: imports, compiled patterns
    outputs: list[dict] = []
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() != "round":
            break
        _forget()  # every round starts with nothing remembered from the last
        start = time.perf_counter()
        outputs = [extract(data) for data, _ in work]
        print(time.perf_counter() - start, flush=True)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"tool": tool, "pages": len(work), "peak_mb": peak_kb / 1024,
                      "quality": _quality(outputs, [lab for _, lab in work])}), flush=True)


def _forget() -> None:
    """Clear cleanabstract's memo of short block answers, so rounds do not flatter it."""
    if "cleanabstract" in sys.modules:
        sys.modules["cleanabstract"].RuleSet.default()._memo.clear()


def _tool(tool: str):
    if tool == "cleanabstract":
        import cleanabstract

        rules = cleanabstract.RuleSet.default()

        def run(data: bytes) -> dict:
            rec = cleanabstract.clean(data, rules=rules)
            return {"title": rec.title, "abstract": rec.abstract, "doi": rec.doi}
        return run
    if tool == "trafilatura":
        import trafilatura

        def run(data: bytes) -> dict:
            doc = trafilatura.bare_extraction(data, with_metadata=True) or {}
            doc = doc if isinstance(doc, dict) else doc.as_dict()
            return {"title": doc.get("title"), "abstract": doc.get("description"), "doi": None}
        return run
    import lxml.html

    def run(data: bytes) -> dict:
        lxml.html.fromstring(data)
        return {}
    return run


def _quality(outputs: list[dict], labels: list[dict]) -> dict:
    from cleanabstract.evaluate import norm_title, token_f1

    titles, f1s, empties, dois = [], [], [], []
    for out, label in zip(outputs, labels, strict=True):
        if not label or not out:
            continue
        if label.get("title"):
            titles.append(norm_title(out.get("title")) == norm_title(label["title"]))
        if label.get("abstract"):
            f1s.append(token_f1(out.get("abstract"), label["abstract"]))
        else:
            empties.append(not out.get("abstract"))
        if label.get("doi"):
            dois.append((out.get("doi") or "").casefold() == label["doi"].casefold())

    def mean(xs: list) -> float | None:
        return round(sum(xs) / len(xs), 3) if xs else None

    return {"title": mean(titles), "abstract_f1": mean(f1s), "no_abstract": mean(empties),
            "doi": mean(dois)}


TOOLS = ("lxml-parse", "cleanabstract", "trafilatura")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        serve(args.worker, args.corpus)
        return 0
    workers = {tool: subprocess.Popen(
        [sys.executable, __file__, "--worker", tool, "--corpus", str(args.corpus)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for tool in TOOLS}
    for proc in workers.values():
        if proc.stdout.readline().strip() != "ready":
            raise SystemExit("a bench worker failed to start")
    seconds: dict[str, list[float]] = {tool: [] for tool in TOOLS}
    for r in range(args.rounds):
        for tool in TOOLS[r % 3:] + TOOLS[: r % 3]:  # each tool goes first in turn
            workers[tool].stdin.write("round\n")
            workers[tool].stdin.flush()
            seconds[tool].append(float(workers[tool].stdout.readline()))
    results = {}
    for tool, proc in workers.items():
        proc.stdin.write("done\n")
        proc.stdin.flush()
        results[tool] = json.loads(proc.stdout.readline())
        proc.wait()
    n = results["cleanabstract"]["pages"]
    speed = {t: statistics.median(n / s for s in seconds[t]) for t in TOOLS}
    ours, traf, bare = (results[t] for t in ("cleanabstract", "trafilatura", "lxml-parse"))
    ours_s = seconds["cleanabstract"]
    vs_traf = statistics.median(t / o for o, t in zip(ours_s, seconds["trafilatura"], strict=True))
    vs_bare = statistics.median(o / b for o, b in zip(ours_s, seconds["lxml-parse"], strict=True))
    print(f"{n} pages, {args.rounds} rounds taken in turn, one core, median pages/s:")
    for tool, r in results.items():
        q = r["quality"]
        quality = "" if tool == "lxml-parse" else (
            f"  title={q['title']} abstract_f1={q['abstract_f1']} no_abstract={q['no_abstract']}"
            f" doi={q['doi']}")
        print(f"  {tool:14} {speed[tool]:8.1f} pages/s  peak {r['peak_mb']:6.1f} MB{quality}")
    print(f"cleanabstract / trafilatura speed: {vs_traf:.1f}x (median of per-round ratios)")
    print(f"bare parse / cleanabstract time:   {vs_bare:.1f}x (median of per-round ratios)")
    print(f"peak memory cleanabstract / trafilatura: {ours['peak_mb'] / traf['peak_mb']:.2f}")
    print(f"peak memory cleanabstract / bare parse:  {ours['peak_mb'] / bare['peak_mb']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
