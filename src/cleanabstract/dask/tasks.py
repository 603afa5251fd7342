"""Worker side: the functions Dask runs. Plain functions of their arguments, no dask imports.

The RuleSet comes in as an argument that Dask ships to each worker once (a scattered or delayed
object, kept in the worker's memory); only its compiled patterns and memo are per-process caches,
rebuilt once per worker on unpickling. ``--timeout`` is not applied here: tasks run in worker
threads, which SIGALRM cannot interrupt (the rules' own time limits still hold).
"""

from __future__ import annotations

import math
import os
import shutil
import uuid
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..batch import as_page
from ..batch.options import BatchOptions
from ..batch.pages import Page, Row
from ..batch.stats import Stats
from ..batch.work import clean_page
from ..batch.writers import TEMP_SUFFIX, ParquetWriter, Writer, open_writer
from ..rules.engine import RuleSet
from .parts import Part, read_part

PageDict = dict[str, Any]


def page_dict(page: Page) -> PageDict:
    """A Page as a plain dict (what ``read_pages`` bags hold)."""
    error = {"type": page.error[0], "message": page.error[1]} if page.error else None
    return {"id": page.id, "url": page.url, "content": page.content, "source": page.source,
            "error": error}


def to_page(item: Any, partition: int, position: int, opts: BatchOptions) -> Page:
    """A page dict from ``read_pages`` as it was read; anything ``clean_many`` takes otherwise,
    with the dict's own ``source`` or else ``#partition:position``."""
    if isinstance(item, Mapping) and "source" in item and "error" in item and "content" in item:
        error = item["error"]
        return Page(item.get("id"), item.get("url"), item["content"], item["source"],
                    error=(error["type"], error["message"]) if error else None)
    page = as_page(position, item, opts)
    own = item.get("source") if isinstance(item, Mapping) else None
    page.source = str(own) if own is not None else f"#{partition}:{position}"
    return page


def read_part_dicts(part: Part, opts: BatchOptions, counts: list[int]) -> list[PageDict]:
    """One ``read_pages`` partition."""
    return [page_dict(p) for p in read_part(part, opts, sum(counts))]


def clean_partition(items: Iterable[Any], partition: list[int], rules: RuleSet | None,
                    opts: BatchOptions) -> list[Row]:
    """One ``clean_bag`` partition: a row per item, in order. ``partition`` is the matching
    one-element partition of a bag of partition numbers."""
    return [clean_page(to_page(item, partition[0], j, opts), rules) for j, item in enumerate(items)]


def write_part(part: Part, index: int, out: str, fmt: str, opts: BatchOptions,
               rules: RuleSet | None, counts: list[int]) -> Stats:
    """Read, clean and write one part as ``OUT/part-NNNNN.FMT``; return its counts."""
    stats = Stats()

    def rows() -> Iterator[Row]:
        for page in read_part(part, opts, sum(counts)):
            stats.pages_in += 1
            row = clean_page(page, rules)
            stats.add(row)
            yield row

    write_rows(rows(), index, out, fmt)
    return stats


def write_rows(rows: Iterable[Row], index: int, out: str, fmt: str) -> None:
    """Write rows as ``OUT/part-NNNNN.FMT``, in a private folder first and moved into place when
    complete: a task that Dask retries after its worker died writes its part again, so a part
    file under its real name is whole, and there is exactly one per part."""
    temp = Path(out) / f".task-{index:05d}-{uuid.uuid4().hex}{TEMP_SUFFIX}"
    temp.mkdir(parents=True)
    try:
        writer = _writer(temp, fmt)
        try:
            for row in rows:
                writer.write(row)
        finally:
            writer.close()
        done = [p for p in temp.iterdir() if not p.name.startswith(".")]
        if done:
            os.replace(done[0], Path(out) / f"part-{index:05d}.{fmt}")
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def _writer(folder: Path, fmt: str) -> Writer:
    """The local engine's writers; Parquet's never splits a part (by rows or by time)."""
    if fmt == "parquet":
        return ParquetWriter(folder, part_rows=2**62, part_seconds=math.inf)
    return open_writer(folder / f"part.{fmt}", fmt, append=False)


def list_pages(part: Part, opts: BatchOptions, counts: list[int]) -> list[Page]:
    """A part's pages, for the fallback when cleaning it whole keeps killing workers."""
    return list(read_part(part, opts, sum(counts)))
