"""Progress: a tqdm bar on a terminal, a plain line every few seconds otherwise, or nothing."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from tqdm import tqdm


class Progress:
    """Counts rows as they are written. ``total`` (when known) gives a percentage and an ETA."""

    def __init__(self, total: int | None, quiet: bool = False, every: float = 10.0,
                 stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self._total, self._every = total, every
        self._rows = self._new = self._errors = 0
        self._start = self._last = time.monotonic()
        self._bar: tqdm | None = None
        self._plain = False
        if not quiet and self._stream.isatty():
            self._bar = tqdm(total=total, unit="page", file=self._stream, dynamic_ncols=True,
                             postfix={"errors": 0})
        else:
            self._plain = not quiet

    def skipped(self) -> None:
        """A page whose row an earlier run wrote (--resume)."""
        self._rows += 1
        if self._bar is not None:
            self._bar.update(1)

    def advance(self, error: bool) -> None:
        self._rows += 1
        self._new += 1
        self._errors += error
        if self._bar is not None:
            if error:
                self._bar.set_postfix(errors=self._errors, refresh=False)
            self._bar.update(1)
        elif self._plain and time.monotonic() - self._last >= self._every:
            self._log()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self._plain and self._new:
            self._log()

    def _log(self) -> None:
        now = time.monotonic()
        self._last = now
        rate = self._new / max(now - self._start, 1e-9)
        done = f"{self._rows}/{self._total} pages ({100 * self._rows / self._total:.0f}%)" \
            if self._total else f"{self._rows} pages"
        left = (self._total - self._rows) / rate if self._total and rate and self._rows < self._total else None
        eta = f", ETA {_clock(left)}" if left is not None else ""
        print(f"cleanabstract batch: {done}, {rate:.0f} pages/s, {self._errors} errors{eta}",
              file=self._stream, flush=True)


def _clock(seconds: float) -> str:
    m, s = divmod(int(seconds), 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}"
