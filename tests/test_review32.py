"""Session 25's review 32: a new user's and a BI analyst's pass over the README, the year of a dateline,
and where a scheduled run reads its day.

On main a dateline that writes its year ("LONDON, March 3, 2021 (Reuters) -") dated an undated document
even when that day was after the run's logical date, which review 30 had ruled out for a page's stated
date; and prefect.yaml's deployment, like ``newsetl serve`` without ``--input``, read the flat seeds folder,
so every scheduled day would have read the seeds again instead of its day's landing folder.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from tasks.clean import clean_batch
from tasks.ingest import FileResult, RawRecord
from tasks.settings import REPO_ROOT
from tests.helpers import sql
from tests.test_review22 import _run

BODY = ("The Bank of England said on Tuesday it would keep interest rates unchanged until next month, "
        "officials said.\n")


def _clean(text: str, day: date) -> tuple[object, str, list[str]]:
    res = FileResult("story.txt", "0" * 64, 1, "txt", records=[RawRecord("story.txt", "story.txt", None, text, "0" * 64)])
    doc = clean_batch([res], frozenset(), day).docs[0]
    return (doc.published_at.date() if doc.published_at else None), doc.dct_source, res.warnings


# -- 2. a dateline that writes its year, against the run's logical date -----------------------------------

def test_a_dateline_year_after_the_logical_date_does_not_date_the_story_and_the_file_says_so() -> None:
    got = _clean("LONDON, March 3, 2021 (Reuters) - " + BODY, date(2020, 1, 16))
    assert got == (None, "none", ["story.txt: the dateline's date 2021-03-03 is after this run's logical date "
                                  "2020-01-16; it does not date the document"])
    # a day of slack for time zones, as for a page's date
    assert _clean("TOKYO, Jan 17, 2020 (Reuters) - " + BODY, date(2020, 1, 16)) == (date(2020, 1, 17), "dateline", [])
    # years before is kept: an archive landed today was filed that day, as a metadata or page date years back is used
    assert _clean("LONDON, March 3, 1987 - " + BODY, date(2020, 1, 16)) == (date(1987, 3, 3), "dateline", [])


def test_a_later_dateline_leaves_a_page_date_to_date_the_story() -> None:
    text = "Published: January 15, 2020\n\nLONDON, March 3, 2021 (Reuters) - " + BODY
    day, source, warnings = _clean(text, date(2020, 1, 16))
    assert (day, source) == (date(2020, 1, 15), "page_date") and len(warnings) == 1, warnings


def test_landed_story_with_a_later_dateline_is_undated_and_ingest_log_says_why(tmp_path: Path) -> None:
    landing = tmp_path / "in"
    landing.mkdir()
    (landing / "future.txt").write_text("LONDON, March 3, 2021 (Reuters) - " + BODY)
    (landing / "old.txt").write_text("LONDON, March 3, 1987 - Sterling rose against the dollar on Tuesday, dealers said.\n")
    _run(landing, tmp_path / "wh", "2020-01-16")
    docs = dict(sql(tmp_path / "wh", "select source_uri, dct_source || ' ' || coalesce(cast(cast(timezone('UTC', "
                                     "published_at) as date) as varchar), '-') from documents"))
    assert docs == {"future.txt": "none -", "old.txt": "dateline 1987-03-03"}
    log = dict(sql(tmp_path / "wh", "select path, coalesce(error, '') from ingest_log"))
    assert "the dateline's date 2021-03-03 is after this run's logical date 2020-01-16" in log["future.txt"], log
    assert log["old.txt"] == ""
    # "on Tuesday" is not resolved against a day the story cannot have been filed on
    values = {v for (v,) in sql(tmp_path / "wh", "select t.value from timexes t join documents d using (doc_id) "
                                                 "where d.source_uri = 'future.txt' and t.text = 'Tuesday'")}
    assert values == {"XXXX-WXX-2"}


# -- 3. the scheduled runs read the landing folder ---------------------------------------------------------

def test_the_deployment_reads_the_landing_folder_the_readme_schedules() -> None:
    (dep,) = yaml.safe_load((REPO_ROOT / "prefect.yaml").read_text())["deployments"]
    assert dep["parameters"]["input"] == "landing", "on main each scheduled day read seeds/articles again"
    readme = " ".join((REPO_ROOT / "README.md").read_text().split())
    assert "`landing/` in the project folder, one `YYYY-MM-DD` sub-folder per day" in readme
    assert "the 06:00 run of the 16th lands `landing/2020-01-15/`" in readme


def test_serve_defaults_to_the_landing_folder_and_stops_when_it_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from flows import cli

    monkeypatch.delenv("NEWSETL_INPUT", raising=False)
    from prefect.settings import PREFECT_API_URL, temporary_settings

    monkeypatch.setattr(cli, "DEFAULT_LANDING", tmp_path / "landing")
    with temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:9/api"}):  # never reached: it stops first
        res = CliRunner().invoke(cli.app, ["serve", "--warehouse", str(tmp_path / "wh")])
    out = " ".join(res.output.split())
    assert res.exit_code == 1, out
    assert f"newsetl serve: input not found: {tmp_path / 'landing'}" in out and "one YYYY-MM-DD sub-folder" in out, out
    assert not (tmp_path / "wh").exists()


def test_serve_help_names_its_landing_default() -> None:
    from flows.cli import app

    res = CliRunner().invoke(app, ["serve", "--help"], env={**os.environ, "COLUMNS": "200"})
    assert "landing/ in the project folder" in " ".join(res.output.split()), res.output


# -- 1. the README walked: a backfill day whose stories were landed the day before ---------------------------

def test_backfill_says_a_day_of_copies_found_its_stories_landed_before() -> None:
    from tasks.relanding import backfill_day_line

    summary = {"status": "published", "documents loaded": 0, "duplicates": 4, "rejected": 0}
    # on main "2020-01-16: published, 0 documents, 0 rejected", for a folder of four stories
    assert backfill_day_line(date(2020, 1, 16), summary) == (
        "2020-01-16: published, 0 documents, 4 duplicates of stories landed before, 0 rejected")
