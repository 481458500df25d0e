"""Relative dates in wire copy count from the reporter's day, which the dateline gives."""

from __future__ import annotations

import pytest

from tasks.clean import clean_record
from tasks.extract import extract_batch, story_date
from tasks.ingest import RawRecord

STORY = (
    "{dateline} - China said today it would raise its purchases of U.S. wheat this year, "
    "a trade official told reporters.\nReuter"
)


def record(dateline: str, stamp: str) -> RawRecord:
    text = STORY.format(dateline=dateline)
    return RawRecord("file:story.txt", "story.txt", None, text, "0" * 64, published_at=stamp)


@pytest.mark.parametrize(
    ("dateline", "stamp", "day"),
    [
        ("PEKING, April 1", "1987-03-31T22:30:00", "1987-04-01"),  # sent late on the UTC day before
        ("NEW YORK, March 30", "1987-03-31T02:10:00", "1987-03-30"),  # sent early on the UTC day after
        ("TOKYO, Jan 1", "1986-12-31T23:40:00", "1987-01-01"),  # across the new year
        ("PEKING, April 5", "1987-03-31T22:30:00", "1987-03-31"),  # days apart: the stamp stands
        ("PEKING, March 31", "1987-03-31T22:30:00", "1987-03-31"),
    ],
)
def test_today_is_the_datelines_day_when_the_stamp_is_a_day_off(dateline: str, stamp: str, day: str) -> None:
    doc = clean_record(record(dateline, stamp))
    assert str(story_date(doc)) == day
    timexes = extract_batch([doc], "en_core_web_sm").tables["timexes"]
    today = [t for t in timexes if t["text"] == "today"]
    assert [t["value"] for t in today] == [day]
    assert doc.published_at is not None and doc.published_at.isoformat().startswith(stamp[:10])


def test_without_a_stamp_the_dateline_gives_no_year() -> None:
    doc = clean_record(record("PEKING, April 1", ""))
    assert story_date(doc) is None
    today = [t for t in extract_batch([doc], "en_core_web_sm").tables["timexes"] if t["text"] == "today"]
    assert len(today) == 1 and today[0]["value"].startswith("XXXX")  # never the machine's year


# Stamps with the writer's offset, as feeds write them (RFC 3339). The story text carries no dateline.
LOCAL_STORY = "The Senate will vote tomorrow on the measure, the majority leader said today."  # made


@pytest.mark.parametrize(
    ("stamp", "today", "tomorrow", "utc_day"),
    [
        ("2020-01-16T23:30:00-05:00", "2020-01-16", "2020-01-17", "2020-01-17"),  # late evening in New York
        ("2020-01-17T00:30:00+09:00", "2020-01-17", "2020-01-18", "2020-01-16"),  # just after midnight in Tokyo
        ("Thu, 16 Jan 2020 23:30:00 -0500", "2020-01-16", "2020-01-17", "2020-01-17"),  # RFC 2822
        ("2020-01-16T23:30:00", "2020-01-16", "2020-01-17", "2020-01-16"),  # no offset: taken as UTC
    ],
)
def test_relative_dates_count_from_the_day_where_the_story_was_written(
    stamp: str, today: str, tomorrow: str, utc_day: str
) -> None:
    doc = clean_record(RawRecord("file:s.txt", "s.txt", None, LOCAL_STORY, "0" * 64, published_at=stamp))
    assert doc.published_at is not None and str(doc.published_at.date()) == utc_day  # still stored in UTC
    values = {t["text"]: t["value"] for t in extract_batch([doc], "en_core_web_sm").tables["timexes"]}
    assert values == {"today": today, "tomorrow": tomorrow}
