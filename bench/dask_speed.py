"""The Dask engine's overhead: pages/s on a Dask LocalCluster against the local process pool.

    python bench/dask_speed.py [--pages 3000] [--workers N] [--partition-mb 4]

One JSONL dump (built by batch_speed.py's dump builder from our fixtures and, when present,
../shared/corpus pages) goes through `cleanabstract batch` twice, as subprocesses with the same
number of worker processes: the local engine (JSONL out) and `--engine dask` (a LocalCluster it
starts itself, Parquet parts out). Pages/s is pages over wall time, interpreter and pool or
cluster start included, so the ratio is what a user sees on one machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from batch_speed import CORPUS, build_jsonl, source_pages


def run(dump: Path, out: Path, workers: int, extra: list[str]) -> dict:
    """One `cleanabstract batch` subprocess: wall seconds and its --stats."""
    stats = out.parent / (out.name + ".stats.json")
    cmd = [sys.executable, "-m", "cleanabstract", "batch", str(dump), "-o", str(out), "--workers",
           str(workers), "--quiet", "--overwrite", "--stats", str(stats), *extra]
    start = time.perf_counter()
    subprocess.run(cmd, check=True)
    wall = time.perf_counter() - start
    figures = json.loads(stats.read_text())
    return {"pages": figures["pages"], "seconds": wall, "pages_per_s": figures["pages"] / wall,
            "balanced": figures["balanced"], "errors": figures["errors"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=3000, help="pages in the dump (default 3000)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)")
    ap.add_argument("--partition-mb", type=float, default=4.0,
                    help="Dask part size for the dump (default 4: many parts per worker)")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="dask-bench-"))
    try:
        pages = source_pages()
        dump = work / "dump.jsonl"
        n = build_jsonl(dump, pages, count=args.pages)
        print(f"{n} pages JSONL, {dump.stat().st_size / 1e6:.0f} MB "
              f"({'fixtures + shared corpus' if CORPUS.is_dir() else 'fixtures'}), "
              f"{args.workers} workers, {os.cpu_count()} cores")
        local = run(dump, work / "local.jsonl", args.workers, [])
        _show("local process pool", local)
        dask = run(dump, work / "dask.parquet", args.workers,
                   ["--engine", "dask", "--partition-mb", str(args.partition_mb)])
        _show(f"Dask LocalCluster, {args.partition_mb:g} MB parts", dask)
        print(f"  Dask / local: {dask['pages_per_s'] / local['pages_per_s']:.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _show(label: str, r: dict) -> None:
    check = "" if r["balanced"] else "  ROWS != PAGES"
    print(f"{label}: {r['pages_per_s']:.0f} pages/s ({r['pages']} pages in {r['seconds']:.1f} s), "
          f"{r['errors']} errors{check}")


if __name__ == "__main__":
    main()
