"""Worker side: clean pages one by one, each under its own time limit, never raising.

The RuleSet reaches a worker once, through the pool initializer, and stays in a module global,
so a task carries only pages. A page past --timeout is stopped by SIGALRM: Python code and both
regex engines check for signals, so the limit costs one page, not the worker. The parent's hard
limit per task catches the rare C call that never checks.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from ..pipeline import clean
from ..record import WARNINGS
from ..rules.engine import RuleSet
from .pages import TIMEOUT, UNDECODABLE, Page, Row, error_row, record_row

_rules: RuleSet | None = None
_timeout: float | None = None
_armed = False
_init_error: str | None = None
_WARM_UP = ("<html><head><title>A warm-up page</title></head><body><h2>Abstract</h2><p>Words.</p>"
            "</body></html>", "A warm-up page\n\nAbstract\n\nSome words of abstract.\n")


class PageTimeout(BaseException):
    """A BaseException so that no ``except Exception`` inside clean() can swallow it."""


def init_worker(rules: RuleSet | None, timeout: float | None) -> None:
    """Pool initializer: runs once per worker process (and again in a replacement)."""
    global _rules, _timeout, _init_error
    try:
        _rules = rules if rules is not None else RuleSet.default()
    except Exception as exc:  # a worker that cannot start would be restarted forever: report it
        _init_error = f"{type(exc).__name__}: {exc}"
    _timeout = timeout or None
    if _timeout and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGALRM, _on_alarm)
    for page in _WARM_UP:  # lazy imports and pattern compiling, not charged to a real page's time
        with suppress(Exception):  # never fail a worker's start: a real page would fail as a row
            clean(page, rules=_rules)


def clean_chunk(pages: list[Page]) -> list[Row]:
    """The pool's task: one row per page, in order."""
    if _init_error:
        return [error_row(page, "WorkerStartFailed", _init_error) for page in pages]
    return [clean_page(page, _rules, _timeout) for page in pages]


def clean_page(page: Page, rules: RuleSet | None = None, timeout: float | None = None) -> Row:
    """One page to one row: its record, or an error row saying what went wrong."""
    if page.error:
        return error_row(page, *page.error)
    try:
        with _time_limit(timeout):
            record = clean(page.content, url=page.url, rules=rules)  # type: ignore[arg-type]
    except PageTimeout:
        return error_row(page, TIMEOUT, f"cleaning took longer than --timeout {timeout:g}s")
    except Exception as exc:  # one bad page must never stop a batch: it becomes its error row
        return error_row(page, type(exc).__name__, str(exc)[:1000])
    if "not-text" in record.warnings:
        return error_row(page, UNDECODABLE, WARNINGS["not-text"])
    return record_row(page, record.to_dict())


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    global _armed
    if not seconds:
        yield
        return
    _armed = True
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        _armed = False  # an alarm that lands after this point is ignored, not raised
        signal.setitimer(signal.ITIMER_REAL, 0)


def _on_alarm(signum: int, frame: object) -> None:
    if _armed:
        raise PageTimeout
