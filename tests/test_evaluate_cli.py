"""`newsetl eval --data`: a user scores the pipeline on gold of their own (corpora we never tuned on)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from tasks.evaluate import SHARED_DATA

needs_shared = pytest.mark.skipif(not SHARED_DATA.exists(), reason="../shared/data not present beside the repo")

# The seed article's sentence in TimeML, as a TempEval-3 style corpus would ship it (made for this test:
# the file layout is TimeML's, the sentence and the gold values are the seed's).
SEED_TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>seed</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-16" temporalFunction="false" functionInDocument="CREATION_TIME">2020-01-16</TIMEX3></DCT>
<TEXT>"The US resumed its military operations in Iraq on <TIMEX3 tid="t1" type="DATE" value="2020-01-15">January 15</TIMEX3>, ending a <TIMEX3 tid="t2" type="DURATION" value="P2W">two-week</TIMEX3> pause after the attack on the US Embassy in Baghdad," two US military officials said <TIMEX3 tid="t3" type="DATE" value="2020-01-15">January 15</TIMEX3>.</TEXT>
</TimeML>
"""


def row(output: str, name: str) -> list[str]:
    """The cells of the table row that starts with ``name``."""
    line = next(ln for ln in output.splitlines() if ln.startswith(name))
    return line[len(name):].split()


def test_timex_scores_a_flat_folder_of_timeml(tmp_path: Path) -> None:
    (tmp_path / "seed.tml").write_text(SEED_TML)
    res = CliRunner().invoke(app, ["eval", "timex", "--data", str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert f"gold: {tmp_path}" in res.output
    # n_gold n_pred strict relaxed value type: all three spans found with their TimeML values
    cells = row(res.output, "newsetl TimeML (all, 1 docs)")
    assert cells[:2] == ["3", "3"] and cells[4] == "1.000", res.output


def test_a_wrong_gold_value_costs_value_f1_not_extent(tmp_path: Path) -> None:
    (tmp_path / "seed.tml").write_text(SEED_TML.replace('value="P2W"', 'value="P3W"'))
    res = CliRunner().invoke(app, ["eval", "timex", "--data", str(tmp_path)])
    cells = row(res.output, "newsetl TimeML (all, 1 docs)")
    assert cells[2] == "1.000" and cells[4] == "0.667", res.output


def test_a_folder_without_gold_is_named_in_the_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("no gold here")
    for what in ("timex", "entities", "amounts"):
        res = CliRunner().invoke(app, ["eval", what, "--data", str(tmp_path)])
        assert res.exit_code == 2, (what, res.output)
        # review 30: on stderr (res.output holds both), as "newsetl eval: ..." like the other commands' errors
        assert str(tmp_path) in res.output.replace("\n", "") and "newsetl eval:" in res.stderr, (what, res.output)


def test_an_unknown_split_is_refused() -> None:
    res = CliRunner().invoke(app, ["eval", "timex", "--split", "train"])
    assert res.exit_code == 2 and "train" in res.output


@needs_shared
def test_meantime_documents_laid_out_like_another_topic_are_scored(tmp_path: Path) -> None:
    """A part of MEANTIME we do not have (corpus_gm, corpus_stock) would sit in a folder like this."""
    picked = sorted((SHARED_DATA / "meantime-dev").glob("corpus_*/*.xml"))[:2]
    topic = tmp_path / "corpus_other"
    topic.mkdir()
    for p in picked:
        shutil.copy(p, topic / p.name)
    for what, name in (("entities", "all   newsetl entities"), ("amounts", "newsetl"), ("timex", "newsetl MEANTIME")):
        res = CliRunner().invoke(app, ["eval", what, "--data", str(tmp_path)])
        assert res.exit_code == 0, (what, res.output)
        assert f"gold: {tmp_path}" in res.output, what
        assert name in res.output, (what, res.output)
    res = CliRunner().invoke(app, ["eval", "entities", "--data", str(tmp_path)])
    docs = row(res.output, "all   newsetl entities")[0]
    assert docs == "2", res.output
    # the Reuters linking set is this repo's own fixture: scoring a user's folder leaves it out
    assert "Reuters" not in res.output
    res = CliRunner().invoke(app, ["eval", "amounts", "--data", str(tmp_path)])
    assert "Labelled Reuters" not in res.output and int(row(res.output, "newsetl")[0]) > 0, res.output
