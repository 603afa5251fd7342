"""The process pool: chunks of pages out, rows back, a bounded number of chunks in flight.

pebble's ProcessPool does the process work: it replaces a worker that dies and fails only that
worker's task (concurrent.futures' pool would break whole), and it kills a task past its hard
time limit. When a chunk fails that way we cannot tell which of its pages was to blame, so each of
its pages is tried again alone; a page that fails alone becomes its error row (WorkerDied or
Timeout). Innocent neighbours of a deadly page are thus cleaned, and nothing is lost.

pebble gives a whole pool up (BrokenProcessPool on every task in flight) when a worker dies
before the pool has heard which task it took. Then a fresh pool takes its place and every task
the broken one held is sent again, a few times a run at most.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from pebble import ProcessExpired, ProcessPool

from ..rules.engine import RuleSet
from .options import BatchOptions
from .pages import TIMEOUT, WORKER_DIED, Page, Row, error_row
from .work import PageTimeout, clean_chunk, clean_page, init_worker

GRACE = 5.0  # seconds a task may run past its pages' summed --timeout before it is killed
POLL = 0.25  # seconds between checks for a stop request while waiting on workers
RESTARTS = 3  # fresh pools a run starts for broken ones; past that, their pages are error rows
POOL_BROKE = "BrokenProcessPool"


@dataclass(slots=True)
class _Job:
    pages: list[Page]
    future: Future
    pool: int  # which pool of the run took it (see _Workers.restarts)


class _Workers:
    """The run's pebble pool, replaced by a fresh one when pebble gives it up."""

    def __init__(self, rules: RuleSet | None, opts: BatchOptions) -> None:
        self.rules, self.opts = rules, opts
        self.restarts = 0
        self.pool = self._start()

    def _start(self) -> ProcessPool:
        return ProcessPool(max_workers=self.opts.worker_count, initializer=init_worker,
                           initargs=(self.rules, self.opts.timeout), context=_context())

    def submit(self, pages: list[Page]) -> _Job:
        limit = len(pages) * self.opts.timeout + GRACE if self.opts.timeout else None
        try:
            future = self.pool.schedule(clean_chunk, args=(pages,), timeout=limit)
        except RuntimeError as exc:  # a broken pool takes no more tasks: the task fails as one
            future = Future()
            future.set_exception(BrokenProcessPool(str(exc)))
        return _Job(pages, future, self.restarts)

    def resend(self, job: _Job, pending: deque[_Job]) -> _Job | None:
        """``job`` again, when its pool broke: on the pool that replaced it, or on a fresh one,
        and with it every pending job of the broken pool that has no rows yet (pebble may never
        finish them). None once RESTARTS fresh pools have broken too."""
        if job.pool == self.restarts <= RESTARTS:  # the running pool broke
            self.stop()
            self.restarts += 1
            if self.restarts <= RESTARTS:
                self.pool = self._start()  # (else the stopped pool fails whatever it is sent)
            for other in pending:  # (in place: a caller may hold them)
                if other.pool < self.restarts and not _has_rows(other.future):
                    fresh = self.submit(other.pages)
                    other.future, other.pool = fresh.future, fresh.pool
        return self.submit(job.pages) if self.restarts <= RESTARTS else None

    def stop(self) -> None:
        self.pool.stop()
        self.pool.join()


def process(pages: Iterable[Page], rules: RuleSet | None, opts: BatchOptions,
            stop: threading.Event | None = None) -> Iterator[Row]:
    """One row per page. With ``stop`` set, raises KeyboardInterrupt at the next safe point."""
    if opts.worker_count == 0:
        for page in pages:
            yield clean_page(page, rules)
        return
    workers = _Workers(rules, opts)
    try:
        pending: deque[_Job] = deque()
        for chunk in _chunks(pages, opts):
            pending.append(workers.submit(chunk))
            while len(pending) >= opts.window:
                yield from _next_rows(workers, pending, opts, stop)
        while pending:
            yield from _next_rows(workers, pending, opts, stop)
    finally:
        workers.stop()


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


def _next_rows(workers: _Workers, pending: deque[_Job], opts: BatchOptions,
               stop: threading.Event | None) -> list[Row]:
    """Rows of the oldest job (ordered), or of whichever jobs finish first (unordered). A failed
    chunk goes back into ``pending`` as single pages; one whose pool broke, as it was."""
    if opts.ordered:
        job = pending.popleft()
        _wait([job.future], stop)
        return _rows_or_retry(workers, job, pending, stop)
    done = _wait([j.future for j in pending], stop)
    rows: list[Row] = []
    for job in [j for j in pending if j.future in done]:
        if job.future not in done:
            continue  # sent again to a fresh pool, as the broken one's task, a moment ago
        pending.remove(job)
        failure = _failure(job.future)
        if failure and failure[0] == POOL_BROKE and (again := workers.resend(job, pending)):
            pending.append(again)
        elif failure and len(job.pages) > 1:
            pending.extend(workers.submit([page]) for page in job.pages)
        else:
            rows += [error_row(job.pages[0], *failure)] if failure else job.future.result()
    return rows


def _rows_or_retry(workers: _Workers, job: _Job, pending: deque[_Job],
                   stop: threading.Event | None) -> list[Row]:
    failure = _failure(job.future)
    if failure is None:
        return job.future.result()
    if failure[0] == POOL_BROKE and (again := workers.resend(job, pending)):
        _wait([again.future], stop)
        return _rows_or_retry(workers, again, pending, stop)
    if len(job.pages) == 1:
        return [error_row(job.pages[0], *failure)]
    singles = [workers.submit([page]) for page in job.pages]
    rows: list[Row] = []
    for single in singles:
        _wait([single.future], stop)
        rows += _rows_or_retry(workers, single, pending, stop)
    return rows


def _wait(futures: list[Future], stop: threading.Event | None) -> set[Future]:
    while True:
        done, _ = wait(futures, timeout=POLL, return_when=FIRST_COMPLETED)
        if stop is not None and stop.is_set():
            raise KeyboardInterrupt
        if done:
            return done


def _has_rows(future: Future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _failure(future: Future) -> tuple[str, str] | None:
    """Why a finished task gave no rows, or None when it did."""
    try:
        future.result()
    except FutureTimeout:
        return TIMEOUT, "the worker gave no answer in time and was stopped"
    except ProcessExpired as exc:
        return WORKER_DIED, f"the worker process died (exit code {exc.exitcode}) and was replaced"
    except BrokenProcessPool as exc:
        return POOL_BROKE, f"the process pool broke ({exc or 'a worker died'}) too many times"
    except (Exception, PageTimeout) as exc:
        return type(exc).__name__, str(exc)[:1000]
    return None
