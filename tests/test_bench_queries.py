"""The queries `make bench` times over the full warehouse, run on a landed catalog in the suite."""

from __future__ import annotations

from pathlib import Path

from bench import run


def test_every_benchmark_query_runs_on_a_landed_catalog(seeded_warehouse: Path) -> None:
    # The bench times these against the full warehouse only in `make bench`; a view column renamed under
    # them would otherwise surface as a failed benchmark after 15 minutes, not in the suite.
    out = run.query_latency(seeded_warehouse, repeats=1)
    assert out["entity"]
    assert set(run.QUERIES) <= set(out)
    assert out["documents per day"]["rows"] >= 1
    assert out["one entity's sums by month"]["first_s"] >= 0
