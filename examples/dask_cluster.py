"""cleanabstract on Dask: the bundled example pages and test fixtures, on a LocalCluster.

    pip install 'cleanabstract[dask]'
    python examples/dask_cluster.py [SCHEDULER_ADDRESS]

With an address (``tcp://host:8786``) it runs on that cluster instead; the workers must then see
the same paths (a shared filesystem).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq
from distributed import Client, LocalCluster

import cleanabstract.dask as cd
from cleanabstract.batch import BatchOptions
from cleanabstract.dask.engine import run_dask

HERE = Path(__file__).resolve().parent
INPUTS = [str(HERE), str(HERE.parent / "tests" / "fixtures")]


def main(client: Client) -> None:
    print(f"dashboard: {client.dashboard_link}")
    # 1. A bag of rows, from the same inputs `cleanabstract batch` reads.
    rows = cd.clean_bag(cd.read_pages(INPUTS)).compute()
    print(f"{len(rows)} rows; errors: {sum(1 for r in rows if r['error'])}")
    for row in sorted(rows, key=lambda r: r["source"])[:5]:
        print(f"  {Path(row['source']).name:40} {(row.get('title') or '')[:70]}")
    # 2. The command's engine: Parquet part files under OUT/, read back as one table.
    out = Path(tempfile.mkdtemp(prefix="cleanabstract-dask-")) / "out"
    run_dask(INPUTS, out, BatchOptions(format="parquet"), client=client)
    table = pq.read_table(out)
    print(f"{out}: {len(list(out.glob('part-*.parquet')))} parts, {table.num_rows} rows")


if __name__ == "__main__":  # worker processes import this file: start the cluster only here
    if len(sys.argv) > 1:
        with Client(sys.argv[1]) as c:
            main(c)
    else:
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster, Client(cluster) as c:
            main(c)
