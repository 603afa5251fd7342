"""``cleanabstract batch --engine dask``: the batch command's parts as Dask tasks, rows as part files.

Each part is one task that reads, cleans and writes ``OUT/part-NNNNN.FMT`` itself and returns
only its counts, so no page passes through this process. The RuleSet is scattered to every
worker once (broadcast); a worker that joins later fetches it from a peer. A worker that dies is
replaced by its nanny and Dask runs its tasks again; a part file appears only when complete, so
the output holds every page exactly once. A part that keeps killing workers (Dask gives up
after ``distributed.scheduler.allowed-failures``) is cleaned page by page, as the local pool
does, and the page that kills a worker alone becomes a ``WorkerDied`` row.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from distributed import Client, Future, LocalCluster, as_completed
from distributed.scheduler import KilledWorker

from ..batch.options import BatchOptions
from ..batch.pages import WORKER_DIED, Page, Row, error_row
from ..batch.progress import Progress
from ..batch.readers import expand
from ..batch.run import BatchError
from ..batch.stats import Stats
from ..batch.work import clean_page
from ..rules.engine import RuleSet
from .parts import BLOCKSIZE, FILES_PER_PART, Part, count_newlines, plan, same_file_before
from .tasks import list_pages, write_part, write_rows

CONNECT_TIMEOUT = "30s"


def run_dask(inputs: Iterable[str], out: str | Path, opts: BatchOptions, rules: RuleSet | None = None,
             scheduler: str | None = None, client: Client | None = None, blocksize: int | None = BLOCKSIZE,
             files_per_part: int = FILES_PER_PART, log: TextIO | None = None) -> int:
    """Clean every page of ``inputs`` into part files under ``out`` on a Dask cluster: ``client``'s,
    the one at ``scheduler``, or a LocalCluster started here. Returns the exit code, as
    ``run_batch`` does: 0 when every page has its row, 1 if not, 130 when interrupted."""
    log = log or sys.stderr
    out = Path(out)
    try:
        parts = plan(expand(inputs), blocksize, files_per_part)
    except (FileNotFoundError, ValueError) as exc:
        raise BatchError(str(exc)) from None
    _prepare_output(out, opts)
    start = time.monotonic()
    stats, interrupted = Stats(), False
    with _client(client, scheduler, opts, log) as c:
        try:
            _run(c, parts, out, opts, rules, stats)
        except KeyboardInterrupt:
            interrupted = True
    for leftover in out.glob(".task-*"):  # folders of tasks that were stopped or whose worker died
        shutil.rmtree(leftover, ignore_errors=True)
    elapsed = time.monotonic() - start
    if opts.stats:
        Path(opts.stats).write_text(json.dumps(stats.to_dict(elapsed, interrupted), indent=2) + "\n")
    if not opts.quiet:
        print(stats.summary(elapsed, interrupted), file=log)
    return 130 if interrupted else 0 if stats.balanced else 1


def _prepare_output(out: Path, opts: BatchOptions) -> None:
    if opts.resume:
        raise BatchError("--resume is for the local engine; with --engine dask run again with --overwrite")
    if out.exists() and not out.is_dir():
        raise BatchError(f"{out} is a file; --engine dask writes a folder of part files")
    old = [*out.glob("part-*"), *out.glob(".task-*")] if out.is_dir() else []
    if old and not opts.overwrite:
        raise BatchError(f"{out} already holds part files: add --overwrite to replace them")
    for path in old:
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    out.mkdir(parents=True, exist_ok=True)


@contextmanager
def _client(client: Client | None, scheduler: str | None, opts: BatchOptions,
            log: TextIO) -> Iterator[Client]:
    """The given client; or one connected to ``scheduler``; or a LocalCluster of one
    single-threaded worker process per core (cleaning holds the GIL: threads would not help)."""
    if client is not None:
        yield client
        return
    if scheduler:
        with Client(scheduler, timeout=CONNECT_TIMEOUT) as c:
            _say(opts, log, f"dask: connected to {scheduler}, {len(c.scheduler_info()['workers'])} "
                            f"workers, dashboard {c.dashboard_link}")
            yield c
        return
    workers = opts.worker_count or 1
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True) as cluster, \
            Client(cluster) as c:
        _say(opts, log, f"dask: LocalCluster of {workers} worker processes, dashboard {cluster.dashboard_link}")
        yield c


def _say(opts: BatchOptions, log: TextIO, line: str) -> None:
    if not opts.quiet:
        print(line, file=log, flush=True)


def _run(client: Client, parts: list[Part], out: Path, opts: BatchOptions, rules: RuleSet | None,
         stats: Stats) -> None:
    """Submit every part, count each as it finishes; cancel what is left on Ctrl-C."""
    shipped = client.scatter(rules, broadcast=True, hash=False) if rules is not None else None
    counts = {i: client.submit(count_newlines, p, pure=False)
              for i, p in enumerate(parts) if p.end is not None}
    befores = [[counts[j] for j in same_file_before(parts, i)] for i in range(len(parts))]
    futures = {client.submit(write_part, part, i, str(out), opts.format, opts, shipped, befores[i],
                             pure=False): i for i, part in enumerate(parts)}
    progress = Progress(None, opts.quiet, opts.progress_every)
    try:
        for future in as_completed(futures):
            part_stats = _part_stats(client, future, futures[future], parts, befores, out, opts, shipped)
            stats.merge(part_stats)
            errors = sum(part_stats.errors.values())
            for n in range(part_stats.rows_out):
                progress.advance(n < errors)
    except BaseException:
        client.cancel([*futures, *counts.values()])
        raise
    finally:
        progress.close()


def _part_stats(client: Client, future: Future, index: int, parts: list[Part], befores: list[list[Future]],
                out: Path, opts: BatchOptions, shipped: object) -> Stats:
    try:
        return future.result()
    except KilledWorker:
        pass
    pages = client.submit(list_pages, parts[index], opts, befores[index], pure=False).result()
    singles = [client.submit(clean_page, page, shipped, pure=False) for page in pages]
    rows = [_alone(single, page) for single, page in zip(singles, pages, strict=True)]
    client.submit(write_rows, rows, index, str(out), opts.format, pure=False).result()
    stats = Stats(pages_in=len(rows))
    for row in rows:
        stats.add(row)
    return stats


def _alone(future: Future, page: Page) -> Row:
    """A page of a part that kept killing workers, cleaned alone: its row, or WorkerDied if it
    kills workers on its own."""
    try:
        return future.result()
    except KilledWorker as exc:
        return error_row(page, WORKER_DIED, f"the page killed the worker processes that cleaned it: {exc}")
