"""--resume: find what an interrupted run wrote, cut off a torn tail, and report every kept row.

The output is its own journal; there is no sidecar file that could fall out of step with it.

- JSONL: a row is one line ending in a newline. Lines are read from the start; the first line
  without its newline, or that is not a JSON object with a ``source``, starts the torn tail, and
  the file is truncated there (anything after it is redone, never lost).
- CSV: the same, with rows parsed by the csv module (a quoted cell may span lines): a row is kept
  when its last line ends in a newline and it has as many cells as the header.
- Parquet: OUT is a directory of part files. A part is written under a temporary name and renamed
  once its footer is synced, so a leftover temporary part is the torn one: it is deleted, and
  every named part is complete.

Every row carries its ``source`` (file and line, or WARC offset), unique per input page. The
rerun, given the same inputs, skips exactly the pages whose rows survived and cleans the rest,
whatever order the first run wrote them in; so the final output holds every input exactly once.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from .pages import Row
from .writers import COLUMNS, PART_GLOB, TEMP_SUFFIX, from_cell

STATS_COLUMNS = ["source", "abstract", "site", "error", "removed"]


class ResumeError(Exception):
    """The existing output is not one this command can continue."""


def recover(path: Path, fmt: str, on_row: Callable[[Row], None]) -> int:
    """Call ``on_row`` for every complete row of an existing output (after truncating a torn
    tail) and return how many there were."""
    if fmt == "parquet":
        return _recover_parquet(path, on_row)
    if path.is_dir():
        raise ResumeError(f"{path} is a directory, not a {fmt} file")
    with open(path, "r+b") as f:
        kept, end = 0, 0
        for row, row_end in (_csv_rows(f) if fmt == "csv" else _jsonl_rows(f)):
            on_row(row)
            kept, end = kept + 1, row_end
        f.truncate(end)
    return kept


def _jsonl_rows(f: IO[bytes]) -> Iterator[tuple[Row, int]]:
    end = 0
    for line in f:
        if not line.endswith(b"\n"):
            return
        try:
            row = json.loads(line)
        except ValueError:
            return
        if not isinstance(row, dict) or "source" not in row:
            return
        end += len(line)
        yield row, end


def _csv_rows(f: IO[bytes]) -> Iterator[tuple[Row, int]]:
    """Rows with the byte offset where each ends. csv.reader pulls exactly the lines one row
    needs, so the bytes consumed after a row is the row's end. The header counts as no row: a
    file with a header and no rows is truncated to nothing and gets a fresh header."""
    consumed = 0
    last_line = b""

    def lines() -> Iterator[str]:
        nonlocal consumed, last_line
        for raw in f:
            consumed += len(raw)
            last_line = raw
            yield raw.decode("utf-8", "replace")

    reader = csv.reader(lines(), strict=True)
    try:
        header = next(reader, None)
        if header is not None and tuple(header) != COLUMNS and last_line.endswith(b"\n"):
            raise ResumeError(f"{f.name}: its header is not this version's columns; cannot resume")
        for cells in reader:
            if len(cells) != len(COLUMNS) or not last_line.endswith(b"\n"):
                return
            yield {c: from_cell(c, cell) for c, cell in zip(COLUMNS, cells, strict=True)}, consumed
    except (csv.Error, ValueError):  # ends inside a quoted cell, or a cut JSON cell: torn
        return


def _recover_parquet(path: Path, on_row: Callable[[Row], None]) -> int:
    import pyarrow.parquet as pq

    if path.exists() and not path.is_dir():
        raise ResumeError(f"{path} is a file; Parquet output is a directory of part files")
    for torn in path.glob(f".part-*{TEMP_SUFFIX}"):
        torn.unlink()
    kept = 0
    for part in sorted(path.glob(PART_GLOB)):
        for row in pq.read_table(part, columns=STATS_COLUMNS).to_pylist():
            on_row(row)
            kept += 1
    return kept
