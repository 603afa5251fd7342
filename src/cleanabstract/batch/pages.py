"""The unit that flows through a batch (a Page) and the row each one becomes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Row = dict[str, Any]

# Error types of our own; an exception raised while cleaning is reported by its class name.
TOO_LARGE = "TooLarge"
UNDECODABLE = "Undecodable"
TIMEOUT = "Timeout"
WORKER_DIED = "WorkerDied"
READ_ERROR = "ReadError"
BAD_JSON = "BadJSON"
NO_CONTENT = "NoContent"


@dataclass(slots=True)
class Page:
    """One input page. ``error`` is set when the reader already knows the page cannot be cleaned
    (too large, unreadable, a bad JSONL line): it still becomes exactly one row. ``done`` marks a
    page whose row a previous run already wrote (--resume): counted, never cleaned again."""

    id: str | None
    url: str | None
    content: str | bytes | None
    source: str
    error: tuple[str, str] | None = None
    done: bool = False


def error_row(page: Page, kind: str, message: str) -> Row:
    return {"id": page.id, "url": page.url, "source": page.source,
            "error": {"type": kind, "message": message}}


def record_row(page: Page, record: dict[str, Any]) -> Row:
    """The record's fields plus id, url and source; the record's url (given or found in the page)
    wins over the input's."""
    row: Row = {"id": page.id, "url": record.get("url") or page.url, "source": page.source}
    row.update((k, v) for k, v in record.items() if k != "url")
    row["error"] = None
    return row
