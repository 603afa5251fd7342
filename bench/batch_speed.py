"""Batch throughput, scaling and memory: `cleanabstract batch` on a dump, trafilatura as reference.

    python bench/batch_speed.py [--pages 5000] [--mb 200] [--workers N] [--no-trafilatura]

Builds dumps from our fixtures and, when present, ../shared/corpus/*/ pages, repeated with
distinct ids: N pages as JSONL and (HTML pages only) as WARC.gz, plus JSONL dumps of about --mb
megabytes and a tenth of that for the memory runs. Each run is a real `cleanabstract batch` subprocess; pages/s is
pages over wall time (interpreter and pool start included), and peak RSS is the largest sum of
resident memory over the whole process tree (batch, forkserver, workers), sampled every 50 ms.
Repeated pages flatter cleanabstract a little (its per-worker rule memo hits); trafilatura gets
the same pages on the same number of processes.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "tests" / "fixtures"
CORPUS = HERE.parent.parent / "shared" / "corpus"
SUFFIXES = (".html", ".htm", ".txt")


def source_pages() -> list[tuple[str, bytes]]:
    """(name, bytes) of every fixture page and, when beside the checkout, every corpus page."""
    roots = [FIXTURES, *(sorted(CORPUS.iterdir()) if CORPUS.is_dir() else [])]
    return [(str(p), p.read_bytes()) for root in roots for p in sorted(root.rglob("*"))
            if p.suffix in SUFFIXES and p.is_file()]


def build_jsonl(path: Path, pages: list[tuple[str, bytes]], count: int | None = None,
                megabytes: float | None = None) -> int:
    """Pages repeated with distinct ids until ``count`` pages or ``megabytes`` of output."""
    written = size = 0
    limit = megabytes * 1e6 if megabytes else None
    with open(path, "wb") as f:
        while (count is None or written < count) and (limit is None or size < limit):
            _, data = pages[written % len(pages)]
            line = json.dumps({"id": f"page-{written}", "url": None,
                               "html": data.decode("utf-8", "replace")}).encode() + b"\n"
            f.write(line)
            written, size = written + 1, size + len(line)
    return written


def build_warc(path: Path, pages: list[tuple[str, bytes]], count: int) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = [(n, d) for n, d in pages if n.endswith((".html", ".htm"))]
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for i in range(count):
            _, data = html[i % len(html)]
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://example.org/page-{i}", "response", payload=io.BytesIO(data),
                http_headers=headers))
    return count


def run_batch(dump: Path, out: Path, workers: int) -> dict:
    """One `cleanabstract batch` subprocess: wall seconds, peak tree RSS, and its --stats."""
    stats = out.with_suffix(".stats.json")
    cmd = [sys.executable, "-m", "cleanabstract", "batch", str(dump), "-o", str(out),
           "--workers", str(workers), "--quiet", "--overwrite", "--stats", str(stats)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak = _watch(proc)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"batch failed ({proc.returncode}): {' '.join(cmd)}")
    figures = json.loads(stats.read_text())
    return {"pages": figures["pages"], "seconds": wall, "pages_per_s": figures["pages"] / wall,
            "peak_rss_mb": peak / 1e6, "errors": figures["errors"],
            "balanced": figures["balanced"]}


def _watch(proc: subprocess.Popen) -> int:
    """Peak of the summed RSS of ``proc`` and all its descendants until it ends."""
    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        total = 0
        try:
            for p in [root, *root.children(recursive=True)]:
                total += p.memory_info().rss
        except psutil.Error:
            pass  # a process ended between listing and reading
        peak = max(peak, total)
        time.sleep(0.05)
    return peak


def _trafilatura_one(line: bytes) -> bool:
    import trafilatura

    return trafilatura.bare_extraction(json.loads(line)["html"], with_metadata=True) is not None


def run_trafilatura(dump: Path, workers: int) -> dict:
    """The same dump through trafilatura.bare_extraction(with_metadata=True), the reference of
    bench/html_speed.py, on a pool of the same size, streamed."""
    start = time.perf_counter()
    with open(dump, "rb") as f, multiprocessing.get_context("forkserver").Pool(workers) as pool:
        pages = sum(1 for _ in pool.imap(_trafilatura_one, f, chunksize=16))
    wall = time.perf_counter() - start
    return {"pages": pages, "seconds": wall, "pages_per_s": pages / wall}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=5000, help="pages in the speed dump (default 5000)")
    ap.add_argument("--mb", type=float, default=200, help="size of the memory-run dump (default 200)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="'all cores' (default: cpu count)")
    ap.add_argument("--no-trafilatura", action="store_true", help="skip the reference run")
    ap.add_argument("--keep", type=Path, help="build the dumps here and keep them")
    args = ap.parse_args()

    pages = source_pages()
    work = args.keep or Path(tempfile.mkdtemp(prefix="batch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    dump, warc, big = work / "dump.jsonl", work / "dump.warc.gz", work / "big.jsonl"
    small, html_dump = work / "small.jsonl", work / "html.jsonl"
    n = build_jsonl(dump, pages, count=args.pages)
    html_pages = [(name, data) for name, data in pages if not name.endswith(".txt")]
    build_jsonl(html_dump, html_pages, count=args.pages)
    n_warc = build_warc(warc, pages, count=args.pages)
    n_big = build_jsonl(big, pages, megabytes=args.mb)
    build_jsonl(small, pages, megabytes=args.mb / 10)
    print(f"{len(pages)} distinct pages ({'fixtures + shared corpus' if CORPUS.is_dir() else 'fixtures'}); "
          f"dumps: {n} pages JSONL {dump.stat().st_size / 1e6:.0f} MB, {n_warc} pages WARC.gz "
          f"{warc.stat().st_size / 1e6:.0f} MB, {n_big} pages JSONL {big.stat().st_size / 1e6:.0f} MB; "
          f"{os.cpu_count()} cores")

    one = run_batch(dump, work / "one.jsonl", 1)
    _show(f"JSONL, 1 worker ({n} pages)", one)
    many = run_batch(dump, work / "many.jsonl", args.workers)
    _show(f"JSONL, {args.workers} workers", many)
    print(f"  scaling: {many['pages_per_s'] / one['pages_per_s']:.2f}x on {args.workers} workers")
    _show(f"WARC.gz, {args.workers} workers", run_batch(warc, work / "warc.jsonl", args.workers))
    _show(f"Parquet out, {args.workers} workers", run_batch(dump, work / "out.parquet", args.workers))
    memory = run_batch(big, work / "big.out.jsonl", args.workers)
    _show(f"memory run, {big.stat().st_size / 1e6:.0f} MB JSONL, {args.workers} workers", memory)
    tenth = run_batch(small, work / "small.out.jsonl", args.workers)
    print(f"  peak RSS of the whole run: {memory['peak_rss_mb']:.0f} MB for "
          f"{big.stat().st_size / 1e6:.0f} MB of pages, {tenth['peak_rss_mb']:.0f} MB for "
          f"{small.stat().st_size / 1e6:.0f} MB (flat: it does not grow with the dump)")
    if not args.no_trafilatura:
        # On text pages trafilatura finds no HTML to work on and returns at once, so the fair
        # comparison is on HTML pages; the mixed dump's ratio is printed too, labelled.
        html_run = run_batch(html_dump, work / "html.out.jsonl", args.workers)
        _show(f"HTML-only JSONL, {args.workers} workers", html_run)
        for label, path, ours in (("HTML-only dump", html_dump, html_run), ("mixed dump", dump, many)):
            ref = run_trafilatura(path, args.workers)
            print(f"trafilatura.bare_extraction(with_metadata=True), {label}, {args.workers} "
                  f"processes: {ref['pages_per_s']:.0f} pages/s ({ref['seconds']:.1f} s); "
                  f"cleanabstract batch / trafilatura: {ours['pages_per_s'] / ref['pages_per_s']:.2f}x")
    if not args.keep:
        for path in sorted(work.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        work.rmdir()


def _show(label: str, r: dict) -> None:
    check = "" if r["balanced"] else "  ROWS != PAGES"
    print(f"{label}: {r['pages_per_s']:.0f} pages/s ({r['pages']} pages in {r['seconds']:.1f} s), "
          f"peak RSS {r['peak_rss_mb']:.0f} MB, {r['errors']} errors{check}")


if __name__ == "__main__":
    main()
