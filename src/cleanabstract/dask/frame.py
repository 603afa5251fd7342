"""``clean_dataframe`` on one pandas partition: the record's columns, typed by the Parquet schema.

The added columns take their Arrow types from the batch writers' declared schema (strings,
lists, structs, a map), so the Dask ``meta`` is exact, an all-error partition has the same
dtypes as any other, and ``to_parquet`` writes what ``cleanabstract batch`` writes.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import pyarrow as pa

from ..batch.options import BatchOptions
from ..batch.pages import NO_CONTENT, Page
from ..batch.readers import limit_size
from ..batch.work import clean_page
from ..batch.writers import COLUMNS, arrow_row, arrow_schema
from ..rules.engine import RuleSet

ADDED: tuple[str, ...] = tuple(c for c in COLUMNS if c not in ("id", "source"))  # url, error, fields


def added_schema() -> pa.Schema:
    full = arrow_schema()
    return pa.schema([full.field(c) for c in ADDED])


def clean_frame(df: pd.DataFrame, content: str, url: str | None, id: str | None,
                rules: RuleSet | None, opts: BatchOptions) -> pd.DataFrame:
    """``df`` with the record's columns set (a column of the same name is replaced)."""
    rows = [arrow_row(clean_page(limit_size(_page(df, i, content, url, id), opts.max_bytes), rules),
                      ADDED) for i in range(len(df))]
    table = pa.Table.from_pylist(rows, added_schema())
    added = table.to_pandas(types_mapper=pd.ArrowDtype)
    out = df.copy()
    for column in ADDED:
        out[column] = added[column].array
    return out


def _page(df: pd.DataFrame, i: int, content: str, url: str | None, id: str | None) -> Page:
    page = Page(_cell(df, i, id), _cell(df, i, url), df[content].iat[i], f"#{df.index[i]}")
    if not isinstance(page.content, (str, bytes)):
        page.content = None
        page.error = (NO_CONTENT, f"column {content!r} holds no str or bytes")
    return page


def _cell(df: pd.DataFrame, i: int, column: str | None) -> Any:
    if column is None:
        return None
    value = df[column].iat[i]
    missing = value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))
    return None if missing else str(value)
