"""``cleanabstract batch``: readers -> pool -> writer, with progress, a summary and --resume.

Ctrl-C (or SIGTERM) only sets a flag; the loop stops at the next row boundary, so no row is ever
half-written by us, then closes the writer (a Parquet part in progress is finished and named).
A second Ctrl-C stops at once; --resume copes with whatever that leaves.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from ..rules.engine import RuleSet
from .options import BatchOptions
from .pages import Page
from .pool import process
from .progress import Progress
from .readers import count_pages, expand, iter_pages
from .resume import ResumeError, recover
from .stats import Stats
from .writers import PART_GLOB, TEMP_SUFFIX, open_writer

FLUSH_EVERY = 1.0  # seconds: a killed run loses at most this much of what it had cleaned


class BatchError(Exception):
    """A reason not to start (missing input, output in the way); the message says what to do."""


def run_batch(inputs: Iterable[str], out: str | Path, opts: BatchOptions,
              rules: RuleSet | None = None, log: TextIO | None = None) -> int:
    """Clean every page of ``inputs`` into ``out``. Returns the exit code: 0 when every page has
    its row, 1 when rows out != pages in, 130 when interrupted."""
    log = log or sys.stderr
    out = Path(out)
    try:
        sources = expand(inputs)
    except FileNotFoundError as exc:
        raise BatchError(str(exc)) from None
    stats = Stats()
    done: set[str] = set()
    _prepare_output(out, opts, lambda row: (done.add(row["source"]), stats.add(row)))
    stats.resumed = stats.rows_out
    writer = open_writer(out, opts.format, append=opts.resume)
    progress = Progress(None if opts.quiet else count_pages(sources), opts.quiet, opts.progress_every)
    stop = threading.Event()
    start = time.monotonic()
    interrupted = False
    with _StopOnSignal(stop):
        rows = process(_fresh(iter_pages(sources, opts, done), stats, progress),
                       rules, opts, stop)
        try:
            last_flush = time.monotonic()
            for row in rows:
                writer.write(row)
                stats.add(row)
                progress.advance(bool(row.get("error")))
                if stop.is_set():
                    raise KeyboardInterrupt
                if time.monotonic() - last_flush >= FLUSH_EVERY:
                    writer.flush()
                    last_flush = time.monotonic()
        except KeyboardInterrupt:
            interrupted = True
        finally:
            rows.close()
            writer.close()
            progress.close()
    elapsed = time.monotonic() - start
    if opts.stats:
        Path(opts.stats).write_text(json.dumps(stats.to_dict(elapsed, interrupted), indent=2) + "\n")
    if not opts.quiet:
        print(stats.summary(elapsed, interrupted), file=log)
    return 130 if interrupted else 0 if stats.balanced else 1


def _fresh(pages: Iterator[Page], stats: Stats, progress: Progress) -> Iterator[Page]:
    """Count every input page; pass on only those with no row yet."""
    for page in pages:
        stats.pages_in += 1
        if page.done:
            progress.skipped()
        else:
            yield page


def _prepare_output(out: Path, opts: BatchOptions, on_row) -> None:
    if opts.format != "parquet" and out.is_dir():
        raise BatchError(f"{out} is a folder; {opts.format} output is one file")
    exists = out.is_file() or (out.is_dir() and any(_parts(out)))
    if not exists:
        return
    if opts.resume:
        try:
            recover(out, opts.format, on_row)
        except ResumeError as exc:
            raise BatchError(str(exc)) from None
    elif opts.overwrite:
        for part in [out] if out.is_file() else _parts(out):
            part.unlink()
    else:
        raise BatchError(f"{out} already exists: add --resume to finish it, or --overwrite")


def _parts(folder: Path) -> list[Path]:
    return [*folder.glob(PART_GLOB), *folder.glob(f".part-*{TEMP_SUFFIX}")]


class _StopOnSignal:
    """SIGINT/SIGTERM set ``stop``; a second one raises KeyboardInterrupt at once."""

    def __init__(self, stop: threading.Event) -> None:
        self._stop = stop
        self._saved: dict[int, object] = {}

    def __enter__(self) -> _StopOnSignal:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._saved[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self._saved.items():
            signal.signal(sig, handler)  # type: ignore[arg-type]

    def _handle(self, signum: int, frame: object) -> None:
        if self._stop.is_set():
            raise KeyboardInterrupt
        self._stop.set()
