"""The process pool: chunks of pages out, rows back, a bounded number of chunks in flight.

pebble's ProcessPool does the process work: it replaces a worker that dies and fails only that
worker's task (concurrent.futures' pool would break whole), and it kills a task past its hard
time limit. When a chunk fails that way we cannot tell which of its pages was to blame, so each of
its pages is tried again alone; a page that fails alone becomes its error row (WorkerDied or
Timeout). Innocent neighbours of a deadly page are thus cleaned, and nothing is lost.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from pebble import ProcessExpired, ProcessPool

from ..rules.engine import RuleSet
from .options import BatchOptions
from .pages import TIMEOUT, WORKER_DIED, Page, Row, error_row
from .work import PageTimeout, clean_chunk, clean_page, init_worker

GRACE = 5.0  # seconds a task may run past its pages' summed --timeout before it is killed
POLL = 0.25  # seconds between checks for a stop request while waiting on workers


@dataclass(slots=True)
class _Job:
    pages: list[Page]
    future: Future


def process(pages: Iterable[Page], rules: RuleSet | None, opts: BatchOptions,
            stop: threading.Event | None = None) -> Iterator[Row]:
    """One row per page. With ``stop`` set, raises KeyboardInterrupt at the next safe point."""
    if opts.worker_count == 0:
        for page in pages:
            yield clean_page(page, rules)
        return
    pool = ProcessPool(max_workers=opts.worker_count, initializer=init_worker,
                       initargs=(rules, opts.timeout), context=_context())
    try:
        pending: deque[_Job] = deque()
        for chunk in _chunks(pages, opts):
            pending.append(_submit(pool, chunk, opts))
            while len(pending) >= opts.window:
                yield from _next_rows(pool, pending, opts, stop)
        while pending:
            yield from _next_rows(pool, pending, opts, stop)
    finally:
        pool.stop()
        pool.join()


def _context() -> multiprocessing.context.BaseContext:
    """forkserver: workers start from a clean, preloaded process rather than a fork of a parent
    that runs threads (pebble's, tqdm's), which can deadlock."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["cleanabstract.batch.work"])
    return ctx


def _chunks(pages: Iterable[Page], opts: BatchOptions) -> Iterator[list[Page]]:
    chunk: list[Page] = []
    size = 0
    for page in pages:
        chunk.append(page)
        size += len(page.content or "")
        if len(chunk) >= opts.chunk_size or size >= opts.chunk_bytes:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _submit(pool: ProcessPool, pages: list[Page], opts: BatchOptions) -> _Job:
    limit = len(pages) * opts.timeout + GRACE if opts.timeout else None
    return _Job(pages, pool.schedule(clean_chunk, args=(pages,), timeout=limit))


def _next_rows(pool: ProcessPool, pending: deque[_Job], opts: BatchOptions,
               stop: threading.Event | None) -> list[Row]:
    """Rows of the oldest job (ordered), or of whichever jobs finish first (unordered). A failed
    chunk goes back into ``pending`` as single pages."""
    if opts.ordered:
        job = pending.popleft()
        _wait([job.future], stop)
        return _rows_or_retry(pool, job, opts, stop)
    done = _wait([j.future for j in pending], stop)
    rows: list[Row] = []
    for job in [j for j in pending if j.future in done]:
        pending.remove(job)
        failure = _failure(job.future)
        if failure and len(job.pages) > 1:
            pending.extend(_submit(pool, [page], opts) for page in job.pages)
        else:
            rows += [error_row(job.pages[0], *failure)] if failure else job.future.result()
    return rows


def _rows_or_retry(pool: ProcessPool, job: _Job, opts: BatchOptions,
                   stop: threading.Event | None) -> list[Row]:
    failure = _failure(job.future)
    if failure is None:
        return job.future.result()
    if len(job.pages) == 1:
        return [error_row(job.pages[0], *failure)]
    singles = [_submit(pool, [page], opts) for page in job.pages]
    rows: list[Row] = []
    for single in singles:
        _wait([single.future], stop)
        rows += _rows_or_retry(pool, single, opts, stop)
    return rows


def _wait(futures: list[Future], stop: threading.Event | None) -> set[Future]:
    while True:
        done, _ = wait(futures, timeout=POLL, return_when=FIRST_COMPLETED)
        if stop is not None and stop.is_set():
            raise KeyboardInterrupt
        if done:
            return done


def _failure(future: Future) -> tuple[str, str] | None:
    """Why a finished task gave no rows, or None when it did."""
    try:
        future.result()
    except FutureTimeout:
        return TIMEOUT, "the worker gave no answer in time and was stopped"
    except ProcessExpired as exc:
        return WORKER_DIED, f"the worker process died (exit code {exc.exitcode}) and was replaced"
    except (Exception, PageTimeout) as exc:
        return type(exc).__name__, str(exc)[:1000]
    return None
