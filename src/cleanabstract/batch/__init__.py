"""Batch cleaning: many pages through a process pool, one row per page, on every core.

``clean_many`` is the library entry point; ``run_batch`` is ``cleanabstract batch``. Readers,
the pool and writers stand apart, so the same ``clean()`` runs unchanged on Dask for more than
one machine.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from ..rules.engine import RuleSet
from .options import BatchOptions
from .pages import Page, Row
from .readers import limit_size

__all__ = ["BatchError", "BatchOptions", "clean_many", "run_batch"]


def __getattr__(name: str) -> Any:
    """The pool, tqdm and pebble load on first use, so ``import cleanabstract`` stays light."""
    if name in ("BatchError", "run_batch"):
        from . import run

        return getattr(run, name)
    raise AttributeError(name)


def clean_many(pages: Iterable[Any], workers: int | None = None, rules: RuleSet | None = None,
               options: BatchOptions | None = None) -> Iterator[Row]:
    """Clean many pages on a process pool; yield one row per page, in input order unless
    ``options.ordered`` is False.

    A page is an ``(id, url, page)`` tuple, a dict with ``id``, ``url`` and ``html``, ``text``,
    ``content`` or ``page``, or a bare str/bytes. A row is the record's fields plus ``id``,
    ``url``, ``source`` (the page's position, ``#0``, ``#1``...) and ``error``: None, or
    ``{"type", "message"}`` for a page that could not be cleaned (then only id, url and source
    come with it). ``workers=None`` uses every core; ``0`` cleans in this process.
    """
    opts = options or BatchOptions()
    if workers is not None:
        opts = replace(opts, workers=workers)
    from .pool import process

    return process((as_page(i, p, opts) for i, p in enumerate(pages)), rules, opts)


def as_page(index: int, item: Any, opts: BatchOptions) -> Page:
    """A tuple, dict or bare page as a Page with source ``#index`` (also used by cleanabstract.dask)."""
    source = f"#{index}"
    if isinstance(item, (str, bytes)):
        return Page(None, None, item, source)
    if isinstance(item, Mapping):
        keys = (*opts.content_fields, "page")
        content = next((item[k] for k in keys if item.get(k) is not None), None)
        page = Page(item.get(opts.id_field), item.get(opts.url_field), content, source)
    else:
        page_id, url, content = item
        page = Page(page_id, url, content, source)
    if not isinstance(page.content, (str, bytes)):
        page.error = ("TypeError", f"page must be str or bytes, not {type(page.content).__name__}")
        page.content = None
    return limit_size(page, opts.max_bytes)
