"""Batch: readers, the pool, writers, resume, and a real run killed mid-way.

Test data is written into tmp_path from tests/fixtures; nothing here reads ../shared.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import psutil
import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import cleanabstract
from cleanabstract.batch import BatchOptions, clean_many
from cleanabstract.batch import pool as pool_module
from cleanabstract.batch.pool import RESTARTS
from cleanabstract.batch.readers import expand, iter_pages
from cleanabstract.batch.writers import COLUMNS, arrow_schema
from cleanabstract.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".html", ".txt"))
SLOW_RULES = """
[[rule]]
id = "mine/slow"
category = "chrome"
pattern = '(?:a|aa)+(?<=b)'
why = "Backtracks on a run of a's, which RE2's screen lets through: such a page takes until the rule limit."
"""
SLOW_PAGE = "A title for a slow page\n\nAbstract\n\n" + "a" * 40 + "\n\nA sentence of abstract.\n"
csv.field_size_limit(sys.maxsize)


def write_jsonl(path: Path, n: int, field: str = "html", start: int = 0) -> list[str]:
    ids = [f"p{i}" for i in range(start, start + n)]
    with open(path, "w", encoding="utf-8") as f:
        for i, pid in enumerate(ids):
            page = PAGES[i % len(PAGES)]
            f.write(json.dumps({"id": pid, "url": None, field: page.read_text("utf-8", "replace")}) + "\n")
    return ids


def write_warc(path: Path, pages: list[tuple[str, bytes, str]]) -> None:
    """(url, body, content type) responses, each after a request record that is not a page."""
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=path.suffix == ".gz")
        for url, body, ctype in pages:
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                http_headers=headers))


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def run(*argv: str | Path) -> int:
    return main(["batch", *map(str, argv)])


# ---- readers -------------------------------------------------------------------------------

def test_inputs_mix_folders_globs_and_dumps(tmp_path: Path) -> None:
    (tmp_path / "site" / "deep").mkdir(parents=True)
    (tmp_path / "site" / "b.html").write_text("<p>b</p>")
    with gzip.open(tmp_path / "site" / "a.txt.gz", "wt") as f:
        f.write("a")
    (tmp_path / "site" / "deep" / "c.xhtml").write_text("<p>c</p>")
    (tmp_path / "site" / "notes.json").write_text("{}")  # not a page extension: not read
    write_jsonl(tmp_path / "d1.jsonl", 2)
    write_warc(tmp_path / "w.warc.gz", [("https://x.org/1", b"<html><p>x</p></html>", "text/html")])
    site = str(tmp_path / "site")
    inputs = expand([site, str(tmp_path / "*.jsonl"), str(tmp_path / "w.warc.gz"), site + "/b.html"])
    assert [(i.kind, Path(i.path).name) for i in inputs] == [
        ("page", "a.txt.gz"), ("page", "b.html"), ("page", "c.xhtml"), ("jsonl", "d1.jsonl"),
        ("warc", "w.warc.gz")]  # b.html named twice, read once
    pages = list(iter_pages(inputs, BatchOptions()))
    assert [p.source.removeprefix(str(tmp_path)) for p in pages][:5] == [
        "/site/a.txt.gz", "/site/b.html", "/site/deep/c.xhtml", "/d1.jsonl:1", "/d1.jsonl:2"]
    assert pages[0].content == b"a"
    with pytest.raises(FileNotFoundError):
        expand([str(tmp_path / "nothing-*.jsonl")])


def test_warc_html_responses_with_record_id_and_target_uri(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [
        ("https://a.org/1", "<html><title>é</title></html>".encode("latin-1"), "text/html; charset=iso-8859-1"),
        ("https://a.org/logo.png", b"\x89PNG", "image/png"),
        ("https://a.org/2", b"<html><p>two</p></html>", "application/xhtml+xml"),
    ])
    pages = list(iter_pages(expand([str(warc)]), BatchOptions()))
    assert [p.url for p in pages] == ["https://a.org/1", "https://a.org/2"]
    assert all(p.id.startswith("<urn:uuid:") for p in pages)
    assert pages[0].content == "<html><title>é</title></html>"  # the HTTP charset was used
    offsets = [int(p.source.rsplit("@", 1)[1]) for p in pages]
    assert offsets[0] > 0 and offsets[1] > offsets[0]


def test_jsonl_gz_on_stdin_and_named_fields(tmp_path: Path) -> None:
    lines = [json.dumps({"key": "a", "link": "https://x.org/a", "body": "<p>a</p>"}), "",
             json.dumps({"key": 7, "body": "text"})]
    data = ("\n".join(lines) + "\n").encode()
    opts = BatchOptions(id_field="key", url_field="link", content_fields=("body",))
    (tmp_path / "d.jsonl.gz").write_bytes(gzip.compress(data))
    from_file = list(iter_pages(expand([str(tmp_path / "d.jsonl.gz")]), opts))
    from_stdin = list(iter_pages(expand(["-"]), opts, stdin=io.BytesIO(data)))
    assert [(p.id, p.url, p.content) for p in from_file] == [("a", "https://x.org/a", "<p>a</p>"),
                                                              ("7", None, "text")]
    assert [p.source for p in from_stdin] == ["<stdin>:1", "<stdin>:3"]


# ---- one row per page, whatever the page ---------------------------------------------------

def test_bad_pages_become_error_rows(tmp_path: Path) -> None:
    dump = tmp_path / "bad.jsonl"
    dump.write_bytes(b"\n".join([
        json.dumps({"id": "ok", "text": "A short title\n\nAbstract\n\nOne sentence of abstract."}).encode(),
        b'{"id": "broken", "text": ',
        b"[1, 2]",
        json.dumps({"id": "empty-handed", "url": "https://x.org"}).encode(),
        b'{"id": "latin1", "text": "caf\xe9"}',
        json.dumps({"id": "big", "text": "x" * 5000}).encode(),
    ]) + b"\n")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "junk.html").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "pages" / "cut.html.gz").write_bytes(gzip.compress(b"<p>hello</p>" * 100)[:40])
    out = tmp_path / "out.jsonl"
    assert run(dump, tmp_path / "pages", "-o", out, "--workers", "0", "--max-bytes", "4000",
               "--quiet") == 0
    rows = read_rows(out)
    assert len(rows) == 8
    errors = {r["source"].rsplit("/", 1)[-1]: r["error"]["type"] for r in rows if r["error"]}
    assert errors == {"bad.jsonl:2": "BadJSON", "bad.jsonl:3": "BadJSON",
                      "bad.jsonl:4": "NoContent", "bad.jsonl:5": "Undecodable",
                      "bad.jsonl:6": "TooLarge", "cut.html.gz": "ReadError",
                      "junk.html": "Undecodable"}
    assert rows[0]["id"] == "ok" and rows[0]["error"] is None and "abstract" in rows[0]
    assert set(rows[3]) == {"id", "url", "source", "error"} and rows[3]["url"] == "https://x.org"


def test_clean_many_takes_tuples_and_dicts_and_keeps_order() -> None:
    texts = [p.read_bytes() for p in PAGES[:12]]
    items = [(f"t{i}", None, t) if i % 2 else {"id": f"t{i}", "html": t} for i, t in enumerate(texts)]
    rows = list(cleanabstract.clean_many(items, workers=2, options=BatchOptions(chunk_size=3)))
    assert [r["id"] for r in rows] == [f"t{i}" for i in range(12)]
    for row, text in zip(rows, texts, strict=True):
        expected = cleanabstract.clean(text).to_dict()
        assert {k: row[k] for k in expected if k != "url"} == {k: v for k, v in expected.items() if k != "url"}
    assert [r["id"] for r in clean_many(items[:3], workers=0)] == ["t0", "t1", "t2"]
    [bad] = clean_many([("x", None, 42)], workers=0)
    assert bad["error"]["type"] == "TypeError"


def test_unordered_gives_the_same_rows(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    ids = write_jsonl(dump, 60)
    assert run(dump, "-o", tmp_path / "o.jsonl", "--workers", "2", "--chunk-size", "4",
               "--unordered", "--quiet") == 0
    assert sorted(r["id"] for r in read_rows(tmp_path / "o.jsonl")) == sorted(ids)


# ---- output formats, stats, progress -------------------------------------------------------

def test_jsonl_csv_and_parquet_hold_the_same_rows(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    ids = write_jsonl(dump, 30)
    with open(dump, "a") as f:
        f.write("not json\n")
    for fmt in ("jsonl", "csv", "parquet"):
        assert run(dump, "-o", tmp_path / f"out.{fmt}", "--workers", "0", "--quiet") == 0
    rows = read_rows(tmp_path / "out.jsonl")
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema == arrow_schema()
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        assert tuple(next(reader)) == COLUMNS
        cells = list(reader)
    for got in (table.column("id").to_pylist(), [c[0] for c in cells]):
        assert got[:30] == ids and got[30] in (None, "")
    assert table.column("title").to_pylist()[:30] == [r["title"] for r in rows[:30]]
    assert json.loads(cells[30][3])["type"] == "BadJSON"
    removed = COLUMNS.index("removed")
    assert json.loads(cells[0][removed]) == rows[0]["removed"]


def test_summary_stats_file_progress_and_quiet(tmp_path: Path, capsys) -> None:
    dump = tmp_path / "d.jsonl"
    write_jsonl(dump, 20)
    with open(dump, "a") as f:
        f.write("{}\n")
    stats = tmp_path / "stats.json"
    assert run(dump, "-o", tmp_path / "o.jsonl", "--workers", "0", "--stats", stats,
               "--progress-every", "0") == 0
    err = capsys.readouterr().err
    assert "cleanabstract batch: 1/21 pages" in err  # plain progress lines: stderr is no terminal
    assert "21 pages in, 21 rows out (rows out == pages in)" in err
    figures = json.loads(stats.read_text())
    assert figures["pages"] == figures["rows_out"] == 21
    assert figures["with_abstract"] + figures["without_abstract"] + figures["errors"] == 21
    assert figures["errors_by_type"] == {"NoContent": 1}
    assert sum(figures["pages_by_site"].values()) == 20
    assert figures["top_rules"] and all("/" in r for r in figures["top_rules"])
    assert run(dump, "-o", tmp_path / "q.jsonl", "--workers", "0", "--quiet") == 0
    assert capsys.readouterr() == ("", "")


def test_existing_output_needs_resume_or_overwrite(tmp_path: Path, capsys) -> None:
    dump = tmp_path / "d.jsonl"
    write_jsonl(dump, 3)
    out = tmp_path / "o.jsonl"
    assert run(dump, "-o", out, "--workers", "0", "--quiet") == 0
    assert run(dump, "-o", out, "--workers", "0", "--quiet") == 2
    assert "--resume" in capsys.readouterr().err
    assert run(dump, "-o", out, "--workers", "0", "--quiet", "--overwrite") == 0
    assert len(read_rows(out)) == 3


# ---- rules in workers, timeouts, dying workers ---------------------------------------------

def test_user_rules_reach_the_workers(tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text('disable = ["share/button"]\n')
    dump = tmp_path / "d.jsonl"
    write_jsonl(dump, 40)
    assert run(dump, "-o", tmp_path / "o.jsonl", "--workers", "2", "--rules", mine, "--quiet") == 0
    rules = Counter(r["rule"] for row in read_rows(tmp_path / "o.jsonl") for r in row["removed"])
    assert rules and "share/button" not in rules


def test_slow_pages_become_timeout_rows_and_the_batch_goes_on(tmp_path: Path) -> None:
    rules = tmp_path / "slow.toml"
    rules.write_text(SLOW_RULES)
    dump = tmp_path / "d.jsonl"
    write_jsonl(dump, 6)
    with open(dump, "a") as f:
        f.write(json.dumps({"id": "slow", "text": SLOW_PAGE}) + "\n")
    write_jsonl(tmp_path / "e.jsonl", 3, start=6)
    for timeout, kind in (("0.3", "Timeout"), ("0", "RuleTimeout")):  # the rule limit is 0.5 s
        out = tmp_path / f"o{timeout}.jsonl"
        assert run(dump, tmp_path / "e.jsonl", "-o", out, "--rules", rules, "--timeout", timeout,
                   "--workers", "2", "--chunk-size", "2", "--quiet") == 0
        rows = read_rows(out)
        assert [r["id"] for r in rows] == [*(f"p{i}" for i in range(6)), "slow", "p6", "p7", "p8"]
        assert [r["error"]["type"] for r in rows if r["error"]] == [kind]


def _workers(parent: int) -> list[psutil.Process]:
    """Pool workers: the forkserver's children, so grandchildren of the batch process."""
    return [p for p in psutil.Process(parent).children(recursive=True) if p.ppid() != parent]


def _kill_a_worker(parent: int, after: float) -> threading.Thread:
    """Kill a worker once it has spent ``after`` seconds of CPU and is computing: mid-page, not
    while it starts up (on a loaded machine, that can take longer than any fixed wait) or
    holds the pool's channel to pass a task or a result on."""
    def kill() -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            for worker in _workers(parent):
                spent = _cpu(worker)
                if spent >= after:
                    time.sleep(0.05)  # (and busy now: computing, not passing a task or result)
                    if _cpu(worker) - spent >= 0.03:
                        worker.kill()
                        return
            time.sleep(0.02)

    def _cpu(process: psutil.Process) -> float:
        try:
            times = process.cpu_times()
        except psutil.Error:
            return 0.0
        return times.user + times.system

    thread = threading.Thread(target=kill, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("chunk_size", [1, 4])
def test_a_dying_worker_is_replaced_and_no_page_is_lost(tmp_path: Path, chunk_size: int) -> None:
    """Each slow page keeps its worker busy ~0.5 s (until the rule limit, twice), after the
    worker's first page has compiled the rules (~0.2 s), so a kill at 0.5 s of CPU lands
    mid-page. Alone in its task, that page becomes a WorkerDied row; in a chunk of 4, the
    chunk's pages are retried one by one and come out as usual. When pebble gives the whole
    pool up instead (the worker died before the pool heard which task it took), a fresh pool
    cleans every page the broken one held, the killed one too."""
    rules = cleanabstract.RuleSet.load(_write(tmp_path / "slow.toml", SLOW_RULES))
    items = [(f"s{i}", None, SLOW_PAGE) for i in range(6)]
    killer = _kill_a_worker(os.getpid(), after=0.5)
    opts = BatchOptions(chunk_size=chunk_size, timeout=None)
    rows = list(clean_many(items, workers=2, rules=rules, options=opts))
    killer.join()
    assert [r["id"] for r in rows] == [f"s{i}" for i in range(6)]
    kinds = Counter(r["error"]["type"] for r in rows)
    if chunk_size == 1:
        assert kinds in ({"RuleTimeout": 5, "WorkerDied": 1}, {"RuleTimeout": 6})
    else:
        assert kinds == {"RuleTimeout": 6}


class _PoolThatBreaks:
    """A stand-in for pebble's pool, cleaning in this process: the task it takes as its
    ``breaks_at``-th, and every task after, fail as pebble fails those of a pool it gives up
    (BrokenProcessPool), and past that point it refuses new tasks (RuntimeError), as pebble's
    does. Tasks before that point give their rows."""

    def __init__(self, breaks_at: int, initializer, initargs, **_) -> None:
        initializer(*initargs)
        self.breaks_at, self.taken = breaks_at, 0

    def schedule(self, function, args=(), timeout=None) -> Future:
        self.taken += 1
        if self.taken > self.breaks_at:
            raise RuntimeError("Unexpected error within the Pool")
        future: Future = Future()
        if self.taken == self.breaks_at:
            future.set_exception(BrokenProcessPool("All workers expired"))
        else:
            future.set_result(function(*args))
        return future

    def stop(self) -> None:
        pass

    def join(self) -> None:
        pass


def _breaking_pools(monkeypatch: pytest.MonkeyPatch, breaks_at: list[int]) -> list:
    """Pools that break at the given task, one number per pool the run starts, in order."""
    started: list[_PoolThatBreaks] = []

    def start(**kw) -> _PoolThatBreaks:
        started.append(_PoolThatBreaks(breaks_at[len(started)], **kw))
        return started[-1]
    monkeypatch.setattr(pool_module, "ProcessPool", start)
    return started


@pytest.mark.parametrize("ordered", [True, False])
@pytest.mark.parametrize("chunk_size", [1, 3])
def test_a_broken_pool_is_replaced_and_its_pages_are_cleaned(
        monkeypatch: pytest.MonkeyPatch, ordered: bool, chunk_size: int) -> None:
    started = _breaking_pools(monkeypatch, [3, 10**6])
    items = [(f"p{i}", None, PAGES[i].read_bytes()) for i in range(10)]
    opts = BatchOptions(chunk_size=chunk_size, ordered=ordered)
    rows = list(clean_many(items, workers=2, options=opts))
    assert len(started) == 2
    ids = [r["id"] for r in rows]
    assert (ids if ordered else sorted(ids, key=lambda i: int(i[1:]))) == [f"p{i}" for i in range(10)]
    assert [r["error"] for r in rows] == [None] * 10
    assert all(r["title"] or r["warnings"] for r in rows)


def test_pools_that_keep_breaking_give_error_rows_and_lose_no_page(
        monkeypatch: pytest.MonkeyPatch) -> None:
    started = _breaking_pools(monkeypatch, [1] * (RESTARTS + 1))
    items = [(f"p{i}", None, PAGES[i].read_bytes()) for i in range(5)]
    rows = list(clean_many(items, workers=2, options=BatchOptions(chunk_size=2)))
    assert len(started) == RESTARTS + 1
    assert [r["id"] for r in rows] == [f"p{i}" for i in range(5)]
    assert {r["error"]["type"] for r in rows} == {"BrokenProcessPool"}


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


# ---- resume --------------------------------------------------------------------------------

def test_resume_cuts_a_torn_jsonl_line_and_redoes_it(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    ids = write_jsonl(dump, 25)
    out, stats = tmp_path / "o.jsonl", tmp_path / "s.json"
    assert run(dump, "-o", out, "--workers", "0", "--quiet") == 0
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:10]) + lines[10][:-40])  # a crash tore row 11
    assert run(dump, "-o", out, "--workers", "0", "--quiet", "--resume", "--stats", stats) == 0
    assert [r["id"] for r in read_rows(out)] == ids
    figures = json.loads(stats.read_text())
    assert (figures["resumed_rows"], figures["rows_out"], figures["balanced"]) == (10, 25, True)


def test_resume_of_a_finished_run_adds_nothing_not_even_error_rows(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    write_jsonl(dump, 5)
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(dump.read_bytes())[:-30])  # truncated
    out, stats = tmp_path / "o.jsonl", tmp_path / "s.json"
    assert run(dump, tmp_path / "cut.jsonl.gz", "-o", out, "--workers", "0", "--quiet") == 0
    before = out.read_bytes()
    assert b'"ReadError"' in before
    assert run(dump, tmp_path / "cut.jsonl.gz", "-o", out, "--workers", "0", "--quiet", "--resume",
               "--stats", stats) == 0
    assert out.read_bytes() == before
    figures = json.loads(stats.read_text())
    assert figures["pages"] == figures["rows_out"] == figures["resumed_rows"] == before.count(b"\n")


def test_resume_cuts_a_torn_csv_row(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    ids = write_jsonl(dump, 12)
    out = tmp_path / "o.csv"
    assert run(dump, "-o", out, "--workers", "0", "--quiet") == 0
    data = out.read_bytes()
    out.write_bytes(data[:-300])  # a crash tore the last row
    assert run(dump, "-o", out, "--workers", "0", "--quiet", "--resume") == 0
    with open(out, newline="", encoding="utf-8") as f:
        assert [row["id"] for row in csv.DictReader(f)] == ids


def test_resume_parquet_drops_the_part_in_progress(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    ids = write_jsonl(dump, 20)
    out = tmp_path / "o.parquet"
    assert run(dump, "-o", out, "--workers", "0", "--quiet") == 0
    part = out / "part-00000.parquet"
    pq.write_table(pq.read_table(part).slice(0, 7), part)  # as if only 7 rows had landed
    (out / ".part-00001.parquet.inprogress").write_bytes(b"PAR1 torn")
    assert run(dump, "-o", out, "--workers", "0", "--quiet", "--resume") == 0
    assert sorted(p.name for p in out.iterdir()) == ["part-00000.parquet", "part-00001.parquet"]
    assert sorted(pq.read_table(out).column("id").to_pylist()) == sorted(ids)


# ---- a real run, killed ------------------------------------------------------------------

@pytest.fixture(scope="module")
def big_dump(tmp_path_factory) -> tuple[Path, list[str]]:
    """Enough pages that two workers take a few seconds."""
    path = tmp_path_factory.mktemp("dump") / "dump.jsonl"
    return path, write_jsonl(path, 1500)


def _start(dump: Path, out: Path, *extra: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "cleanabstract", "batch", str(dump), "-o", str(out),
           "--workers", "2", "--chunk-size", "8", "--progress-every", "0.5", *extra]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _wait_for_rows(proc: subprocess.Popen, out: Path, rows: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= rows:
            return
        time.sleep(0.05)
    pytest.fail(f"batch ended or stalled before writing {rows} rows: {proc.communicate()}")


def _ids_once(out: Path, ids: list[str]) -> None:
    got = [r["id"] for r in read_rows(out)]
    assert len(got) == len(ids) and Counter(got) == Counter(ids)


def test_sigkill_mid_run_then_resume_gives_every_page_once(tmp_path: Path, big_dump) -> None:
    dump, ids = big_dump
    out = tmp_path / "o.jsonl"
    proc = _start(dump, out)
    _wait_for_rows(proc, out, 300)
    os.killpg(proc.pid, signal.SIGKILL)  # the batch, its forkserver and its workers, no warning
    proc.wait()
    written = out.read_bytes().count(b"\n")
    assert 300 <= written < len(ids)
    again = _start(dump, out, "--resume", "--stats", str(tmp_path / "s.json"))
    _, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    _ids_once(out, ids)
    assert json.loads((tmp_path / "s.json").read_text())["resumed_rows"] >= 300


def test_ctrl_c_stops_cleanly_then_resume_finishes(tmp_path: Path, big_dump) -> None:
    dump, ids = big_dump
    out = tmp_path / "o.jsonl"
    proc = _start(dump, out)
    _wait_for_rows(proc, out, 200)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"interrupted" in err and b"Traceback" not in err
    data = out.read_bytes()
    assert data.endswith(b"\n") and all(json.loads(line) for line in data.splitlines())
    assert run(dump, "-o", out, "--workers", "2", "--resume", "--quiet") == 0
    _ids_once(out, ids)
