"""The Dask engine: its parts read what the local readers read, and its rows are the local rows.

Clusters are LocalClusters of 2 single-threaded worker processes, started and closed by context
managers; test data is written into tmp_path from tests/fixtures.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

import cloudpickle  # noqa: E402
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from distributed import Client, LocalCluster, WorkerPlugin  # noqa: E402

import cleanabstract  # noqa: E402
import cleanabstract.dask as cd  # noqa: E402
from cleanabstract.batch import BatchOptions, run_batch  # noqa: E402
from cleanabstract.batch.readers import expand, iter_pages  # noqa: E402
from cleanabstract.batch.writers import arrow_schema  # noqa: E402
from cleanabstract.cli import main  # noqa: E402
from cleanabstract.dask.engine import run_dask  # noqa: E402
from cleanabstract.dask.parts import count_newlines, plan, read_part, same_file_before  # noqa: E402
from test_batch import PAGES, SLOW_PAGE, SLOW_RULES, read_rows, write_jsonl, write_warc  # noqa: E402

cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import this file


def _cluster(**config: object) -> LocalCluster:
    with dask.config.set(config):
        return LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                            worker_dashboard_address=":0")


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with _cluster() as cluster, Client(cluster, timeout="30s") as c:
        yield c


def read_parts(out: Path) -> list[dict]:
    return [row for part in sorted(out.glob("part-*.jsonl")) for row in read_rows(part)]


def by_source(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: r["source"])


def mixed_inputs(tmp_path: Path) -> list[str]:
    """Good pages of every input kind, and bad ones: a bad JSON line, a line that is no object,
    one with no content, an empty page, a non-UTF-8 line, a page over --max-bytes, binary
    junk, a truncated .gz."""
    dump = tmp_path / "dump.jsonl"
    write_jsonl(dump, 30)
    with open(dump, "ab") as f:
        f.write(b"\n".join([b"", b'{"id": "broken", "html": ', b"[1, 2]", b'{"id": "no-content"}',
                            b'{"id": "empty", "html": ""}', b'{"id": "latin1", "text": "caf\xe9"}',
                            json.dumps({"id": "big", "text": "x" * 300_000}).encode()]) + b"\n")
    write_jsonl(tmp_path / "more.jsonl", 12, start=100)
    gz = tmp_path / "more.jsonl.gz"
    gz.write_bytes(gzip.compress((tmp_path / "more.jsonl").read_bytes()))
    (tmp_path / "more.jsonl").unlink()
    write_warc(tmp_path / "crawl.warc.gz", [(f"https://x.org/{i}", p.read_bytes(), "text/html")
                                            for i, p in enumerate(PAGES[:6]) if p.suffix == ".html"])
    pages = tmp_path / "pages"
    pages.mkdir()
    for p in PAGES[:10]:
        (pages / p.name).write_bytes(p.read_bytes())
    (pages / "junk.html").write_bytes(bytes(range(256)) * 8)
    (pages / "empty.html").write_bytes(b"")
    (pages / "cut.html.gz").write_bytes(gzip.compress(b"<p>hello</p>" * 100)[:40])
    return [str(dump), str(gz), str(tmp_path / "crawl.warc.gz"), str(pages)]


# ---- parts, without a cluster ---------------------------------------------------------------

@pytest.mark.parametrize("blocksize", [3, 50, 1_000, 100_000, None])
def test_byte_ranges_read_exactly_the_local_pages(tmp_path: Path, blocksize: int | None) -> None:
    """Every line once, with the local engine's line numbers: blank lines, a line longer than a
    block, and no newline at the end."""
    dump = tmp_path / "d.jsonl"
    lines = [json.dumps({"id": f"p{i}", "text": "x" * (i * 97 % 300)}) for i in range(25)]
    lines[3:3] = ["", "   "]
    lines.insert(10, "{bad")
    dump.write_text("\n".join(lines))
    inputs = expand([str(dump)])
    parts = plan(inputs, blocksize)
    counts = [count_newlines(p) for p in parts]
    got = [(p.source, p.id, p.error) for i, part in enumerate(parts)
           for p in read_part(part, BatchOptions(), sum(counts[j] for j in same_file_before(parts, i)))]
    want = [(p.source, p.id, p.error) for p in iter_pages(inputs, BatchOptions())]
    assert got == want and len(want) == 26
    assert len(parts) == (1 if blocksize in (None, 100_000) else -(-dump.stat().st_size // blocksize))


def test_plan_groups_page_files_keeps_dumps_whole_and_refuses_stdin(tmp_path: Path) -> None:
    inputs = expand(mixed_inputs(tmp_path))
    parts = plan(inputs, blocksize=20_000, files_per_part=4)
    kinds = [(part.inputs[0].kind, len(part.inputs), part.end is not None) for part in parts]
    ranges = sum(1 for k in kinds if k[2])
    assert ranges > 5 and kinds[ranges:] == [("jsonl", 1, False), ("warc", 1, False),
                                             *[("page", 4, False)] * 3, ("page", 1, False)]
    with pytest.raises(ValueError, match="stdin"):
        plan(expand(["-"]))


# ---- same answer as the local engine --------------------------------------------------------

def test_dask_engine_rows_equal_the_local_engines(tmp_path: Path, client: Client) -> None:
    inputs = mixed_inputs(tmp_path)
    mine = tmp_path / "mine.toml"
    mine.write_text('disable = ["share/button"]\n')
    rules = cleanabstract.RuleSet.load(mine)
    opts = BatchOptions(workers=2, max_bytes=200_000, quiet=True)
    assert run_batch(inputs, tmp_path / "local.jsonl", opts, rules) == 0
    local = by_source(read_rows(tmp_path / "local.jsonl"))

    out = tmp_path / "out"
    dopts = BatchOptions(max_bytes=200_000, quiet=True, format="jsonl")
    assert run_dask(inputs, out, dopts, rules, client=client, blocksize=40_000, files_per_part=4) == 0
    assert by_source(read_parts(out)) == local
    assert not list(out.glob(".*"))  # no task folders left behind

    errors = Counter(r["error"]["type"] for r in local if r["error"])
    assert errors == {"BadJSON": 2, "NoContent": 1, "Undecodable": 2, "TooLarge": 1, "ReadError": 1}
    assert len(local) == len({r["source"] for r in local}) == len(list(iter_pages(expand(inputs), opts)))
    fired = Counter(r["rule"] for row in local for r in row.get("removed") or ())
    assert fired and "share/button" not in fired  # the user's rules reached the workers

    bag_rows = cd.clean_bag(cd.read_pages(inputs, dopts, blocksize=40_000), rules, dopts).compute()
    assert by_source(bag_rows) == local


def test_parquet_parts_have_the_declared_schema_and_every_row(tmp_path: Path, client: Client) -> None:
    inputs = mixed_inputs(tmp_path)
    out = tmp_path / "out"
    opts = BatchOptions(max_bytes=200_000, quiet=True, format="parquet")
    assert run_dask(inputs, out, opts, client=client, blocksize=40_000) == 0
    table = pq.read_table(out)
    assert table.schema.equals(arrow_schema())
    assert sorted(table.column("source").to_pylist()) == sorted(
        p.source for p in iter_pages(expand(inputs), opts))


def test_clean_bag_takes_what_clean_many_takes(client: Client) -> None:
    texts = [p.read_bytes() for p in PAGES[:6]]
    items = [{"id": "a", "html": texts[0]}, ("b", None, texts[1]), texts[2],
             {"id": "d", "text": texts[3], "source": "mine:4"}, {"id": "e"}, ("f", None, texts[5])]
    rows = cd.clean_bag(db.from_sequence(items, npartitions=2)).compute()
    local = list(cleanabstract.clean_many(items, workers=0))
    assert [r["source"] for r in rows] == ["#0:0", "#0:1", "#0:2", "mine:4", "#1:1", "#1:2"]
    for row, want in zip(rows, local, strict=True):
        assert {**row, "source": None} == {**want, "source": None}
    assert rows[4]["error"]["type"] == "TypeError"


def test_clean_dataframe_adds_typed_record_columns(client: Client) -> None:
    texts = [p.read_text("utf-8", "replace") for p in PAGES[:5]]
    df = pd.DataFrame({"key": [f"k{i}" for i in range(6)], "html": [*texts, None], "n": range(6)})
    ddf = cd.clean_dataframe(dd.from_pandas(df, npartitions=2), content="html", id="key")
    got = ddf.compute()
    assert list(got.columns[:3]) == ["key", "html", "n"] and "abstract" in got.columns
    assert dict(ddf.dtypes) == dict(got.dtypes)  # the meta is the real thing
    assert isinstance(got["authors"].dtype, pd.ArrowDtype)
    local = list(cleanabstract.clean_many([(f"k{i}", None, t) for i, t in enumerate(texts)], workers=0))
    for column in ("title", "abstract", "doi"):
        assert [None if pd.isna(v) else v for v in got[column].iloc[:5]] == [r[column] for r in local]
    assert got["error"].iloc[5]["type"] == "NoContent"
    with pytest.raises(KeyError):
        cd.clean_dataframe(dd.from_pandas(df, npartitions=1), content="page")


def test_read_pages_is_lazy_and_partitioned(tmp_path: Path) -> None:
    inputs = mixed_inputs(tmp_path)
    bag = cd.read_pages(inputs, blocksize=40_000, files_per_partition=4)
    assert bag.npartitions == len(plan(expand(inputs), 40_000, 4))
    with dask.config.set(scheduler="sync"):
        pages = bag.compute()
    assert [p["source"] for p in pages] == [p.source for p in iter_pages(expand(inputs), BatchOptions())]
    assert set(pages[0]) == {"id", "url", "content", "source", "error"}


# ---- the command, and workers that die ------------------------------------------------------

def test_cli_starts_a_local_cluster_and_prints_summary_and_stats(tmp_path: Path, capsys) -> None:
    dump = tmp_path / "d.jsonl"
    write_jsonl(dump, 20)
    out, stats = tmp_path / "out", tmp_path / "stats.json"
    argv = ["batch", str(dump), "-o", str(out), "--engine", "dask", "--workers", "2",
            "--partition-mb", "0.1", "--stats", str(stats)]
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "dask: LocalCluster of 2 worker processes, dashboard http" in err
    assert "20 pages in, 20 rows out (rows out == pages in)" in err
    figures = json.loads(stats.read_text())
    assert figures["pages"] == 20 and figures["balanced"]
    assert pq.read_table(out).num_rows == 20 and len(list(out.glob("part-*.parquet"))) > 1
    assert main(argv) == 2  # the parts are there: --overwrite to replace them
    assert main([*argv, "--resume"]) == 2
    assert main(["batch", str(dump), "-o", str(out), "--scheduler", "tcp://x:1"]) == 2


def test_a_killed_worker_is_retried_and_every_page_is_written_once(tmp_path: Path) -> None:
    """Each slow page keeps a worker busy ~0.8 s (until the rule limit), so the kill lands in
    the middle of a part; Dask runs that part again on the surviving or replacement worker."""
    rules = tmp_path / "slow.toml"
    rules.write_text(SLOW_RULES)
    dump = tmp_path / "slow.jsonl"
    lines = [json.dumps({"id": f"s{i}", "text": SLOW_PAGE}) for i in range(8)]
    dump.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    blocksize = len(lines[0]) + 1  # a page a part: eight parts
    with _cluster() as cluster, Client(cluster, timeout="30s") as client:
        before = set(client.run(os.getpid).values())
        killed: list[int] = []
        killer = threading.Thread(target=_kill_when_a_part_appears, args=(out, min(before), killed))
        killer.start()
        code = run_dask([str(dump)], out, BatchOptions(quiet=True, format="jsonl"),
                        cleanabstract.RuleSet.load(rules), client=client, blocksize=blocksize)
        killer.join()
        client.wait_for_workers(2, timeout=30)
        after = set(client.run(os.getpid).values())
    assert code == 0
    assert killed and killed[0] < 8  # the worker died mid-run, with parts still to write
    assert min(before) not in after  # ... and its nanny started a new one
    rows = read_parts(out)
    assert sorted(r["id"] for r in rows) == sorted(f"s{i}" for i in range(8))  # each exactly once


def _kill_when_a_part_appears(out: Path, pid: int, killed: list[int], limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        parts = list(out.glob("part-*")) if out.is_dir() else []
        if parts:
            os.kill(pid, signal.SIGKILL)
            killed.append(len(parts))
            return
        time.sleep(0.02)


class _Poison(WorkerPlugin):
    """Makes a worker process die on a page that says POISON, as a segfault would."""

    def setup(self, worker: object) -> None:
        import cleanabstract.batch.work as work
        import cleanabstract.dask.tasks as tasks

        real = work.clean_page

        def deadly(page, *args, **kwargs):
            if isinstance(page.content, str) and "POISON" in page.content:
                os._exit(1)
            return real(page, *args, **kwargs)

        work.clean_page = tasks.clean_page = deadly


def test_a_page_that_kills_every_worker_becomes_a_worker_died_row(tmp_path: Path) -> None:
    """Dask gives up on its part (KilledWorker); the part is cleaned page by page, and only the
    deadly page becomes an error row."""
    dump = tmp_path / "d.jsonl"
    write_jsonl(dump, 5)
    with open(dump, "a") as f:
        f.write(json.dumps({"id": "poison", "text": "POISON"}) + "\n")
    out = tmp_path / "out"
    config = {"distributed.scheduler.allowed-failures": 0, "distributed.scheduler.worker-saturation": 1.0}
    with _cluster(**config) as cluster, Client(cluster, timeout="30s") as client:
        client.register_plugin(_Poison())
        code = run_dask([str(dump)], out, BatchOptions(quiet=True, format="jsonl"), client=client)
    rows = read_parts(out)
    assert code == 0 and [r["id"] for r in rows] == ["p0", "p1", "p2", "p3", "p4", "poison"]
    assert [r["error"]["type"] for r in rows if r["error"]] == ["WorkerDied"]
