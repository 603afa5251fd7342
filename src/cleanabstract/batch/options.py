"""One options object for a batch run: readers, pool, writers and progress read what they need."""

from __future__ import annotations

import os
from dataclasses import dataclass

FORMATS = ("jsonl", "parquet", "csv")


@dataclass(frozen=True)
class BatchOptions:
    """Every knob of ``cleanabstract batch`` and ``clean_many``, with the CLI's defaults."""

    workers: int | None = None  # None: one per core; 0: clean in this process (no pool, no timeout)
    ordered: bool = True  # rows in input order; False lets fast chunks overtake slow ones
    chunk_size: int = 16  # pages per task: amortises IPC without making the head of line wait long
    chunk_bytes: int = 8_000_000  # ... and at most this much page content per task
    timeout: float | None = 60.0  # seconds per page before it becomes a Timeout error row
    max_bytes: int | None = 20_000_000  # bigger pages become TooLarge error rows, never cleaned
    id_field: str = "id"
    url_field: str = "url"
    content_fields: tuple[str, ...] = ("html", "text", "content")  # first present one wins
    format: str = "jsonl"
    resume: bool = False
    overwrite: bool = False
    stats: str | None = None
    quiet: bool = False
    progress_every: float = 10.0  # seconds between plain log lines when stderr is not a terminal

    @property
    def worker_count(self) -> int:
        return (os.cpu_count() or 1) if self.workers is None else max(self.workers, 0)

    @property
    def window(self) -> int:
        """Chunks in flight at once: enough to keep every worker fed, few enough that memory
        stays flat whatever the size of the dump."""
        return 3 * max(self.worker_count, 1)
