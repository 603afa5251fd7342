"""cleanabstract on Dask: the batch command's readers, rows and schema over a cluster's workers.

    import cleanabstract.dask as cd
    rows = cd.clean_bag(cd.read_pages(["crawl/*.warc.gz", "dump.jsonl"]))   # a dask Bag
    ddf = cd.clean_dataframe(ddf, content="html", url="url", id="id")        # a dask DataFrame

Everything is lazy: nothing is read until the graph runs, each partition is read inside its own
task (one per dump, per byte range of a plain JSONL, or per run of page files), and rows are
the local engine's rows, error rows included. The RuleSet (your own rules included) enters the
graph once, as a single key that each worker fetches once and keeps. ``cleanabstract batch
--engine dask`` (see ``engine.py``) writes the same rows as part files.

Needs ``pip install 'cleanabstract[dask]'``; ``import cleanabstract`` never imports dask.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

try:
    import dask
    import dask.bag as db
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("cleanabstract.dask needs dask: pip install 'cleanabstract[dask]'") from exc

from ..batch.options import BatchOptions
from ..batch.readers import expand
from ..rules.engine import RuleSet
from .parts import BLOCKSIZE, FILES_PER_PART, count_newlines, plan, same_file_before
from .tasks import clean_partition, read_part_dicts

__all__ = ["clean_bag", "clean_dataframe", "read_pages"]


def read_pages(paths: str | Iterable[str], options: BatchOptions | None = None,
               blocksize: int | None = BLOCKSIZE, files_per_partition: int = FILES_PER_PART) -> db.Bag:
    """A bag of page dicts (``id url content source error``) from the inputs ``cleanabstract
    batch`` reads: folders, globs, page files, JSONL(.gz), WARC(.gz). One partition per dump,
    per ``blocksize`` bytes of plain JSONL, or per ``files_per_partition`` page files. A page
    the reader could not hand over carries its ``error`` ({type, message}) and no content."""
    opts = options or BatchOptions()
    parts = plan(expand([paths] if isinstance(paths, str) else paths), blocksize, files_per_partition)
    if not parts:
        return db.from_sequence([], npartitions=1)
    counts = {i: dask.delayed(count_newlines)(p) for i, p in enumerate(parts) if p.end is not None}
    return db.from_delayed([
        dask.delayed(read_part_dicts)(part, opts, [counts[j] for j in same_file_before(parts, i)])
        for i, part in enumerate(parts)])


def clean_bag(bag: db.Bag, rules: RuleSet | None = None, options: BatchOptions | None = None) -> db.Bag:
    """A bag of rows, one per item, in order: the record's fields plus ``id url source error``, or
    an error row. Items are ``read_pages`` dicts, or anything ``clean_many`` takes (``source``
    is then the item's own, or ``#PARTITION:POSITION``)."""
    n = bag.npartitions
    numbers = db.from_sequence(range(n), npartitions=n)
    return bag.map_partitions(clean_partition, numbers, rules_once(rules), options or BatchOptions())


def clean_dataframe(ddf: Any, content: str = "html", url: str | None = None, id: str | None = None,
                    rules: RuleSet | None = None, options: BatchOptions | None = None) -> Any:
    """``ddf`` with the record's columns added (``url``, ``error``, ``title``, ``abstract``, ...;
    a column of the same name is replaced), typed by the batch Parquet schema. ``content``
    names the column holding the page; ``url`` and ``id`` may be None."""
    from .frame import clean_frame

    opts = options or BatchOptions()
    missing = [c for c in (content, url, id) if c is not None and c not in ddf.columns]
    if missing:
        raise KeyError(f"no such column: {', '.join(missing)}")
    meta = clean_frame(ddf._meta, content, url, id, None, opts)
    return ddf.map_partitions(clean_frame, content, url, id, rules_once(rules), opts, meta=meta)


def rules_once(rules: RuleSet | None) -> Any:
    """The RuleSet as one graph key (not copied into every task), or None for the shipped rules,
    which each worker loads once."""
    if rules is None:
        return None
    return dask.delayed(rules, name=f"cleanabstract-rules-{uuid.uuid4().hex}", traverse=False)
