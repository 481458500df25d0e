"""Set-up mistakes end a command in one line naming what to change, before the Prefect API starts: a
spaCy model that is not installed (it died in a worker's BrokenProcessPool traceback 15 seconds later) and a
warehouse path that is a file (a FileExistsError traceback)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tasks.nlp import ModelNotInstalled, resolve_model

REPO = Path(__file__).resolve().parents[1]


def test_resolve_model_names_the_model_and_the_setting() -> None:
    with pytest.raises(ModelNotInstalled, match=r"'no_such_model' is not installed.*NEWSETL_SPACY_MODEL"):
        resolve_model("no_such_model")
    with pytest.raises(ModelNotInstalled):
        resolve_model("no_such_pkg.sub")  # a dotted name under a missing package is not a crash of its own


@pytest.mark.parametrize("args", [
    ["run", "--input", "seeds/articles", "--logical-date", "2020-01-16"],
    ["eval", "amounts", "--split", "dev", "--limit", "1"],
])
def test_a_missing_model_stops_the_command_in_one_line(tmp_path: Path, args: list[str]) -> None:
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("NEWSETL_")}
    env["NEWSETL_SPACY_MODEL"] = "no_such_model"
    wh = ["--warehouse", str(tmp_path / "wh")] if args[0] == "run" else []
    r = subprocess.run([sys.executable, "-m", "flows.cli", *args, *wh], cwd=REPO, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2, r.stderr[-2000:]
    assert "spaCy model 'no_such_model' is not installed" in r.stderr
    assert "Traceback" not in r.stderr and "BrokenProcessPool" not in r.stderr
    assert not (tmp_path / "wh").exists()  # nothing started, nothing half-landed


@pytest.mark.parametrize("under", [False, True])
def test_a_warehouse_path_that_is_a_file_stops_in_one_line(tmp_path: Path, under: bool) -> None:
    afile = tmp_path / "afile"
    afile.write_text("not a warehouse\n")
    wh = afile / "wh" if under else afile
    r = subprocess.run([sys.executable, "-m", "flows.cli", "run", "--input", "seeds/articles", "--warehouse", str(wh),
                        "--logical-date", "2020-01-16"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2, r.stderr[-2000:]
    assert f"{afile} is a file" in r.stderr.replace("\n", "")
    assert "Traceback" not in r.stderr
    assert afile.read_text() == "not a warehouse\n"
