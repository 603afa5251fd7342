"""Partitions: how the batch command's inputs are cut into tasks, and how one task reads its share.

A part is a run of page files, one whole dump (JSONL.gz, WARC, a JSONL smaller than a block), or
one byte range of a plain JSONL file, so no task ever holds a whole dump. A byte range owns the
lines that start inside it. Its lines keep the numbers the local engine gives them (``FILE:LINE``):
each range of a file first counts its newlines (cheap, in parallel), and a range's first line
number is one plus the newlines before it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..batch.options import BatchOptions
from ..batch.pages import READ_ERROR, Page
from ..batch.readers import Input, iter_pages, jsonl_page

BLOCKSIZE = 32_000_000  # bytes of plain JSONL per part: ~600 pages of 50 kB, a few seconds' work
FILES_PER_PART = 64  # page files per part: enough to amortise a task's overhead
_READ = 1 << 20


@dataclass(frozen=True, slots=True)
class Part:
    """One task's share: whole inputs, or bytes [start, end) of one plain JSONL file."""

    inputs: tuple[Input, ...]
    start: int = 0
    end: int | None = None  # None: the inputs are read whole


def plan(inputs: Iterable[Input], blocksize: int | None = BLOCKSIZE,
         files_per_part: int = FILES_PER_PART) -> list[Part]:
    """Parts in input order, so that part files numbered in this order hold rows in input order.
    Raises ValueError for stdin, which a cluster's workers cannot read."""
    parts: list[Part] = []
    pages: list[Input] = []
    for item in inputs:
        if item.kind == "stdin":
            raise ValueError("stdin (-) cannot be read by a cluster's workers: write it to a file")
        if item.kind == "page":
            pages.append(item)
            if len(pages) >= max(files_per_part, 1):
                parts.append(Part(tuple(pages)))
                pages = []
            continue
        if pages:
            parts.append(Part(tuple(pages)))
            pages = []
        parts += _split(item, blocksize)
    if pages:
        parts.append(Part(tuple(pages)))
    return parts


def _split(item: Input, blocksize: int | None) -> list[Part]:
    if item.kind != "jsonl" or item.path.lower().endswith(".gz") or not blocksize:
        return [Part((item,))]
    size = os.path.getsize(item.path)
    if size <= blocksize:
        return [Part((item,))]
    return [Part((item,), start, min(start + blocksize, size)) for start in range(0, size, blocksize)]


def same_file_before(parts: list[Part], index: int) -> list[int]:
    """Indexes of the earlier byte ranges of part ``index``'s file (whose newlines it needs)."""
    part = parts[index]
    if part.end is None:
        return []
    return [i for i in range(index) if parts[i].end is not None and parts[i].inputs == part.inputs]


def count_newlines(part: Part) -> int:
    """Newlines in the part's byte range."""
    if part.end is None:
        return 0
    total, left = 0, part.end - part.start
    with open(part.inputs[0].path, "rb") as f:
        f.seek(part.start)
        while left > 0:
            data = f.read(min(_READ, left))
            if not data:
                break
            total += data.count(b"\n")
            left -= len(data)
    return total


def read_part(part: Part, opts: BatchOptions, newlines_before: int = 0) -> Iterator[Page]:
    """The part's pages, one at a time, exactly as the local engine's readers give them."""
    if part.end is None:
        yield from iter_pages(part.inputs, opts)
    else:
        yield from _read_range(part.inputs[0].path, part.start, part.end, newlines_before, opts)


def _read_range(path: str, start: int, end: int, newlines_before: int,
                opts: BatchOptions) -> Iterator[Page]:
    """Lines that start in [start, end). The line starting at byte q is line 1 + (newlines in
    [0, q)); ``newlines_before`` counts those in [0, start)."""
    lineno = newlines_before
    with open(path, "rb") as f:
        try:
            if start > 0:
                f.seek(start - 1)
                lineno += f.readline()[1:].count(b"\n")  # the line that started before us
            pos = f.tell()
            while pos < end:
                line = f.readline()
                if not line:
                    break
                lineno, pos = lineno + 1, pos + len(line)
                if line.strip():
                    yield jsonl_page(line, f"{path}:{lineno}", opts)
        except OSError as exc:
            msg = f"{type(exc).__name__}: {exc}; the rest of the file was not read"
            yield Page(None, None, None, f"{path}:{lineno + 1}", error=(READ_ERROR, msg))
