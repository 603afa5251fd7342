"""Writers: rows to JSONL, CSV or Parquet, all with the same columns.

JSONL writes each row as it is (an error row carries only id, url, source and error). CSV and
Parquet carry every column on every row: CSV JSON-encodes the nested ones; Parquet declares its
schema up front and writes row groups into numbered part files (see resume.py for why).
"""

from __future__ import annotations

import csv
import json
import os
import time
from pathlib import Path
from typing import IO, Any, Protocol

from ..record import FIELD_NAMES
from .pages import Row

COLUMNS: tuple[str, ...] = ("id", "url", "source", "error", *(f for f in FIELD_NAMES if f != "url"))
NESTED = {"error", "abstract_sections", "article_types", "authors", "keywords", "provenance",
          "removed", "warnings"}
PART_GLOB = "part-*.parquet"
TEMP_SUFFIX = ".inprogress"


class Writer(Protocol):
    def write(self, row: Row) -> None: ...
    def flush(self) -> None: ...
    def close(self) -> None: ...


def open_writer(path: Path, fmt: str, append: bool) -> Writer:
    if fmt == "parquet":
        return ParquetWriter(path)
    if fmt == "csv":
        return CsvWriter(path, append)
    return JsonlWriter(path, append)


class JsonlWriter:
    """One row, one line: a line that ends in a newline is a complete row."""

    def __init__(self, path: Path, append: bool) -> None:
        self._f = open(path, "ab" if append else "wb")  # noqa: SIM115 - closed by close()

    def write(self, row: Row) -> None:
        self._f.write(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")

    def flush(self) -> None:
        self._f.flush()

    def close(self) -> None:
        self._f.close()


class CsvWriter:
    """The Parquet columns, nested values as JSON, a missing value as an empty cell."""

    def __init__(self, path: Path, append: bool) -> None:
        fresh = not append or not path.exists() or path.stat().st_size == 0
        self._f: IO[str] = open(path, "a" if append else "w", newline="", encoding="utf-8")  # noqa: SIM115
        self._csv = csv.writer(self._f)
        if fresh:
            self._csv.writerow(COLUMNS)

    def write(self, row: Row) -> None:
        self._csv.writerow([to_cell(c, row.get(c)) for c in COLUMNS])

    def flush(self) -> None:
        self._f.flush()

    def close(self) -> None:
        self._f.close()


def to_cell(column: str, value: Any) -> str:
    if value is None:
        return ""
    if column in NESTED or not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return value


def from_cell(column: str, cell: str) -> Any:
    if cell == "":
        return None
    return json.loads(cell) if column in NESTED else cell


def arrow_schema():  # -> pyarrow.Schema; pyarrow is imported only when Parquet is asked for
    """Declared, not inferred, so every part file has the same schema, even one of only errors.
    A record field this table does not know yet is stored as JSON text rather than lost."""
    import pyarrow as pa

    s = pa.string()
    types = {
        "error": pa.struct([("type", s), ("message", s)]),
        "abstract_sections": pa.list_(pa.struct([("label", s), ("text", s)])),
        "article_types": pa.list_(s), "authors": pa.list_(s), "keywords": pa.list_(s),
        "warnings": pa.list_(s), "provenance": pa.map_(s, s),
        "removed": pa.list_(pa.struct([("text", s), ("rule", s), ("category", s), ("where", s)])),
    }
    return pa.schema([pa.field(c, types.get(c, s)) for c in COLUMNS])


class ParquetWriter:
    """OUT is a directory of part files (``part-00000.parquet``, ...), the layout pyarrow.dataset,
    Dask and Spark read as one table. Rows go out in row groups of ``group_rows``; a part is
    closed after ``part_rows`` rows or ``part_seconds`` seconds, so a crash redoes little. A part
    is written as ``.part-N.parquet.inprogress`` and renamed only once its footer is synced: a
    part file that exists under its real name is complete."""

    def __init__(self, path: Path, group_rows: int = 1000, part_rows: int = 20_000,
                 part_seconds: float = 60.0) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa, self._pq, self._schema = pa, pq, arrow_schema()
        self._dir = path
        path.mkdir(parents=True, exist_ok=True)
        self._group_rows, self._part_rows, self._part_seconds = group_rows, part_rows, part_seconds
        self._next = 1 + max((int(p.stem.split("-")[1]) for p in path.glob(PART_GLOB)), default=-1)
        self._rows: list[Row] = []
        self._part = None
        self._part_rows_written = 0
        self._part_started = 0.0

    def write(self, row: Row) -> None:
        self._rows.append(row)
        if len(self._rows) >= self._group_rows:
            self._write_group()

    def flush(self) -> None:
        """Row groups are written when full; a half group waits (tiny groups make slow files)."""

    def close(self) -> None:
        self._write_group()
        self._close_part()

    def _write_group(self) -> None:
        if not self._rows:
            return
        if self._part is None:
            self._part = self._pq.ParquetWriter(self._temp_path(), self._schema)
            self._part_started = time.monotonic()
        table = self._pa.Table.from_pylist([self._arrow_row(r) for r in self._rows], self._schema)
        self._part.write_table(table)
        self._part_rows_written += len(self._rows)
        self._rows = []
        if (self._part_rows_written >= self._part_rows
                or time.monotonic() - self._part_started >= self._part_seconds):
            self._close_part()

    def _close_part(self) -> None:
        if self._part is None:
            return
        self._part.close()
        temp = self._temp_path()
        with open(temp, "rb") as f:
            os.fsync(f.fileno())
        temp.rename(self._dir / f"part-{self._next:05d}.parquet")
        self._part, self._part_rows_written = None, 0
        self._next += 1

    def _temp_path(self) -> Path:
        return self._dir / f".part-{self._next:05d}.parquet{TEMP_SUFFIX}"

    def _arrow_row(self, row: Row) -> Row:
        return arrow_row(row)


def arrow_row(row: Row, columns: tuple[str, ...] = COLUMNS) -> Row:
    """A row with every column of the declared schema; a field the schema types as text but that
    is not (a future field) becomes JSON text."""
    out = {c: row.get(c) for c in columns}
    for c in columns:
        if c not in NESTED and out[c] is not None and not isinstance(out[c], str):
            out[c] = json.dumps(out[c], ensure_ascii=False)
    return out
