"""Readers: the command line's inputs as a stream of Pages, one page in memory at a time.

Inputs mix freely: directories (recursive), glob patterns, page files, JSONL(.gz) and WARC(.gz)
files, and ``-`` for JSONL on stdin. Compressed inputs stream through gzip, WARC through warcio.
A page the reader cannot hand over (unreadable, too large, a bad JSONL line) still comes out, as
a Page carrying its error, so that every input yields exactly one row.
"""

from __future__ import annotations

import glob
import gzip
import json
import os
import re
import sys
import zlib
from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from typing import BinaryIO

from .options import BatchOptions
from .pages import BAD_JSON, NO_CONTENT, READ_ERROR, TOO_LARGE, UNDECODABLE, Page

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc",)
STDIN = "-"
_READ_ERRORS = (OSError, EOFError, zlib.error)  # gzip.BadGzipFile is an OSError


@dataclass(frozen=True, slots=True)
class Input:
    kind: str  # "page" | "jsonl" | "warc" | "stdin"
    path: str


def expand(args: Iterable[str]) -> list[Input]:
    """Inputs in command-line order; directories walked in sorted order (so a rerun sees the same
    order), the same file named twice read once. Raises FileNotFoundError for a name that
    matches nothing, before any work starts."""
    out: list[Input] = []
    seen: set[tuple[str, str]] = set()
    for arg in args:
        for item in _expand_one(arg):
            key = (item.kind, item.path if item.kind == "stdin" else os.path.realpath(item.path))
            if key not in seen:
                seen.add(key)
                out.append(item)
    return out


def _expand_one(arg: str) -> list[Input]:
    if arg == STDIN:
        return [Input("stdin", STDIN)]
    if os.path.isdir(arg):
        return [Input("page", p) for p in _walk(arg)]
    if os.path.isfile(arg):
        return [Input(kind_of(arg), arg)]
    matches = sorted(glob.glob(arg, recursive=True))
    if not matches:
        raise FileNotFoundError(f"no such file, directory or pattern: {arg}")
    return [item for m in matches for item in _expand_one(m)]


def kind_of(path: str) -> str:
    """By name: .jsonl/.ndjson and .warc (each optionally .gz) are dumps; anything else named
    explicitly is one page."""
    name = path.lower().removesuffix(".gz")
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    return "page"


def _walk(root: str) -> Iterator[str]:
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name.lower().removesuffix(".gz").endswith(PAGE_SUFFIXES):
                yield os.path.join(folder, name)


def iter_pages(inputs: Iterable[Input], opts: BatchOptions, done: Container[str] = frozenset(),
               stdin: BinaryIO | None = None) -> Iterator[Page]:
    """Every page of every input, in order. Pages whose source is in ``done`` come out marked
    done (a previous run wrote their rows) so that the caller can count them."""
    for item in inputs:
        if item.kind == "stdin":
            pages = read_jsonl("<stdin>", opts, done, stdin or sys.stdin.buffer)
        else:
            pages = _READERS[item.kind](item.path, opts, done)
        for page in pages:  # readers skip reading done pages; this also catches error pages
            if not page.done and page.source in done:
                page = Page(page.id, page.url, None, page.source, done=True)
            yield page


def read_page_file(path: str, opts: BatchOptions, done: Container[str]) -> Iterator[Page]:
    """One page file (.gz decompressed); its path is both id and source."""
    if path in done:
        yield Page(path, None, None, path, done=True)
        return
    try:
        with _open(path) as f:
            data = f.read(-1 if opts.max_bytes is None else opts.max_bytes + 1)
    except _READ_ERRORS as exc:
        yield Page(path, None, None, path, error=(READ_ERROR, _describe(exc)))
        return
    yield limit_size(Page(path, None, data, path), opts.max_bytes)


def read_jsonl(path: str, opts: BatchOptions, done: Container[str],
               stream: BinaryIO | None = None) -> Iterator[Page]:
    """One page per non-blank line; source ``FILE:LINE``. A read error (a truncated .gz) ends the
    file with one error row that says so."""
    lineno = 0
    with nullcontext(stream) if stream is not None else _open(path) as f:
        try:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                source = f"{path}:{lineno}"
                if source in done:
                    yield Page(None, None, None, source, done=True)
                else:
                    yield jsonl_page(line, source, opts)
        except _READ_ERRORS as exc:
            msg = f"{_describe(exc)}; the rest of the file was not read"
            yield Page(None, None, None, f"{path}:{lineno + 1}", error=(READ_ERROR, msg))


def jsonl_page(line: bytes, source: str, opts: BatchOptions) -> Page:
    """One JSONL line as a Page (or an error Page); also used by the Dask engine's byte ranges."""
    try:
        obj = json.loads(line)
    except UnicodeDecodeError as exc:
        return Page(None, None, None, source, error=(UNDECODABLE, f"line is not UTF-8: {exc}"))
    except ValueError as exc:
        return Page(None, None, None, source, error=(BAD_JSON, str(exc)))
    if not isinstance(obj, dict):
        return Page(None, None, None, source, error=(BAD_JSON, "a line must be a JSON object"))
    page = Page(_text(obj.get(opts.id_field)), _text(obj.get(opts.url_field)), None, source)
    page.content = next((obj[k] for k in opts.content_fields if isinstance(obj.get(k), str)), None)
    if page.content is None:
        page.error = (NO_CONTENT, f"no string field {' or '.join(map(repr, opts.content_fields))}")
        return page
    return limit_size(page, opts.max_bytes)


def read_warc(path: str, opts: BatchOptions, done: Container[str]) -> Iterator[Page]:
    """HTML response (and resource) records; id from WARC-Record-ID, url from WARC-Target-URI,
    source ``FILE@OFFSET``. Other records (requests, metadata, images) are not pages."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    offset = 0
    with open(path, "rb") as f:
        records = ArchiveIterator(f)
        try:
            for record in records:
                ctype = _content_type(record)
                if record.rec_type not in ("response", "resource") or "html" not in ctype:
                    continue
                yield _warc_page(record, records, path, ctype, opts, done)
                offset = records.get_record_offset() + records.get_record_length()
        except (ArchiveLoadFailed, *_READ_ERRORS) as exc:
            msg = f"{_describe(exc)}; the rest of the file was not read"
            yield Page(None, None, None, f"{path}@{offset}", error=(READ_ERROR, msg))


def _warc_page(record, records, path: str, ctype: str, opts: BatchOptions,
               done: Container[str]) -> Page:
    rid = record.rec_headers.get_header("WARC-Record-ID")
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:  # content_stream() undoes chunked transfer and gzip/deflate content encodings
        data = record.content_stream().read(-1 if opts.max_bytes is None else opts.max_bytes + 1)
        error = None
    except (*_READ_ERRORS, ValueError) as exc:
        data, error = None, (READ_ERROR, _describe(exc))
    source = f"{path}@{records.get_record_offset()}"  # known once the record is read
    if source in done:
        return Page(rid, url, None, source, done=True)
    page = Page(rid, url, data, source, error=error)
    if error is None:
        page = limit_size(page, opts.max_bytes)
    if page.error is None and isinstance(data, bytes):
        page.content = _decode_declared(data, ctype)
    return page


def _content_type(record) -> str:
    headers = record.http_headers or record.rec_headers
    return (headers.get_header("Content-Type") or "").lower()


def _decode_declared(data: bytes, ctype: str) -> str | bytes:
    """The HTTP header's charset when it decodes cleanly; otherwise the bytes, for clean() to
    sniff (BOM, meta charset, detection)."""
    m = re.search(r"charset=[\"']?([\w.:-]+)", ctype)
    if m:
        try:
            return data.decode(m.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    return data


def limit_size(page: Page, max_bytes: int | None) -> Page:
    """The page, or a TooLarge error page in its place when its content is over ``max_bytes``."""
    content = page.content
    if max_bytes is None or content is None:
        return page
    size = len(content)
    if isinstance(content, str) and size * 4 > max_bytes >= size:  # only then can UTF-8 tip it over
        size = len(content.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        page.content = None
        page.error = (TOO_LARGE, f"page is over --max-bytes {max_bytes}")
    return page


def _open(path: str) -> BinaryIO:
    return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")


def _text(value: object) -> str | None:
    return None if value is None else value if isinstance(value, str) else json.dumps(value)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def count_pages(inputs: Iterable[Input]) -> int | None:
    """Pages to expect, when that is cheap to know (page files and plain JSONL); else None.
    WARC, gzipped JSONL and stdin would need a full extra read, so their total stays unknown."""
    total = 0
    for item in inputs:
        if item.kind == "page":
            total += 1
        elif item.kind == "jsonl" and not item.path.lower().endswith(".gz"):
            with open(item.path, "rb") as f:
                total += sum(1 for line in f if line.strip())
        else:
            return None
    return total


_READERS: dict[str, Callable[[str, BatchOptions, Container[str]], Iterator[Page]]] = {
    "page": read_page_file, "jsonl": read_jsonl, "warc": read_warc,
}
