"""The benchmark's CPU accounting: a wall ratio taken minutes apart on a shared machine moved by half
between runs (session 25), so each measured pass also reports its process tree's CPU seconds."""

from __future__ import annotations

import sys
from pathlib import Path

from bench import run


def test_measure_counts_the_cpu_of_a_process_tree_not_its_waiting(tmp_path: Path) -> None:
    # A parent that spins in a child it waits for: the grandchild's CPU must be counted.
    spin = "import time; t=time.process_time()\nwhile time.process_time()-t<0.4: pass"
    busy = run.measure([sys.executable, "-c", f"import subprocess,sys; subprocess.run([sys.executable,'-c',{spin!r}])"],
                       log=tmp_path / "busy.log")
    idle = run.measure([sys.executable, "-c", "import time; time.sleep(0.5)"], log=tmp_path / "idle.log")
    assert busy["rc"] == idle["rc"] == 0
    assert busy["cpu_s"] >= 0.4
    assert idle["cpu_s"] < busy["cpu_s"] - 0.3


def test_steal_share_is_the_steal_column_of_the_cpu_time_that_passed() -> None:
    before = [100, 0, 50, 800, 10, 0, 0, 40]
    after = [300, 0, 90, 1300, 10, 0, 0, 100]  # 800 ticks passed, 60 of them stolen
    assert run.steal_share(before, after) == 0.075
    assert run.steal_share([], after) is None


def test_the_report_gives_words_per_cpu_second_and_their_ratio() -> None:
    r = {"runs": {"all": {"documents": 10, "words": 1000, "wall_s": 3.0, "flow_s": 2.0, "cpu_s": 4.0,
                          "steal_share": 0.01, "peak_rss_mib": 100.0, "words_per_s_wall": 333.3,
                          "words_per_s_flow": 500.0, "stage_seconds": {}}},
         "bare_run": {"wall_s": 1.0, "cpu_s": 2.0, "steal_share": 0.0, "points": [{"docs": 10, "words": 1000}]},
         "bare": {"all": {"docs": 10, "words": 1000, "words_per_s": 1000.0}}}
    text = run.markdown(r)
    assert "| newsetl run, 10 documents | 3.0 | 4.0 | 250 | 1.0 % |" in text
    assert "| bare nlp.pipe, 10 texts | 1.0 | 2.0 | 500 | 0.0 % |" in text
    assert "full run over bare pass: 0.50x" in text
    assert "(0.50x in words per CPU-second)" in run.targets(r)[0]["measured"]

