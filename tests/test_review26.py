"""Session 22's review 26: the later-day decisions and messages moved from ``flows/`` into ``tasks/relanding.py``.

A refactor: these tests pin what a user reads (which days a warning names, the ``newsetl backfill`` it gives, what a
backfill prints per day) on the pure functions, with no warehouse, no landing folder and no Prefect run
(``pytest --noconftest`` runs them without the Prefect harness). The messages are the ones ``flows/news_etl.py``
and ``flows/cli.py`` printed before the move, byte for byte.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tasks.relanding import (
    Where,
    at_cap,
    backfill_day_line,
    backfill_days,
    backfill_step,
    backfill_warnings,
    cap_text,
    days_text,
    from_first,
    later_day_failed,
    later_days_warning,
    later_than,
    never_landed_message,
    only_warn,
    owned_until,
    relanded_line,
)
from tasks.validate import drift_advice

LANDING, WH = Path("/data/landing"), Path("/data/wh")
HERE = Where(LANDING, WH, landing_area=True)
FLAT = Where(Path("/data/flat.jsonl"), WH, landing_area=False)


def d(day: int, month: int = 3) -> date:
    return date(1987, month, day)


def test_days_are_named_each_up_to_five_else_first_last_and_count() -> None:
    assert days_text([d(2), d(3)]) == "1987-03-02, 1987-03-03"
    assert days_text([d(i) for i in range(2, 7)]) == "1987-03-02, 1987-03-03, 1987-03-04, 1987-03-05, 1987-03-06"
    assert days_text([d(i) for i in range(2, 8)]) == "1987-03-02 to 1987-03-07, 6 days"


def test_a_run_warns_about_the_later_days_with_the_backfill_that_lands_them() -> None:
    later = [d(12), d(13)]
    assert later_days_warning(HERE, d(11), later) == (
        "2 later day(s) (1987-03-12 to 1987-03-13) were landed before this run changed 1987-03-11: their duplicates "
        "were decided without its documents; land them again with `newsetl backfill --start 1987-03-12 --end "
        "1987-03-13 --input /data/landing --warehouse /data/wh` (it lands only the days whose earlier documents changed)")
    assert later_days_warning(HERE, d(11), []) is None  # nothing later: nothing said


def test_an_input_without_day_folders_is_not_pasted_into_the_backfill() -> None:
    # pasted, the command would read that file as a landing folder: the user is told to name theirs
    why = only_warn(31, FLAT)
    assert why is not None and not why.from_first_stale
    text = later_days_warning(FLAT, d(11), [d(12)], why.why)
    assert "without its documents (/data/flat.jsonl has no YYYY-MM-DD folders to read them from);" in text
    assert "--input <their landing folder> --warehouse /data/wh`" in text


def test_whether_a_run_lands_the_later_days_or_only_warns() -> None:
    assert only_warn(31, HERE) is None  # lands them itself
    off = only_warn(0, HERE)
    assert off is not None and off.why == "" and off.from_first_stale  # 0: warns from the first day it reaches
    assert only_warn(0, FLAT) == only_warn(-1, FLAT)
    assert not only_warn(0, FLAT).from_first_stale


def test_the_days_named_start_at_the_first_stale_one_after_what_the_run_owns() -> None:
    landed = [d(10), d(11), d(12), d(13), d(14)]
    assert owned_until(d(11), None) == d(11)
    assert owned_until(d(11), d(13)) == d(13)  # a backfill lands up to its --end itself
    assert owned_until(d(14), d(13)) == d(14)
    assert later_than(landed, owned_until(d(11), d(12))) == [d(13), d(14)]
    assert from_first(later_than(landed, d(11)), d(13)) == [d(13), d(14)]
    assert from_first(landed, None) == []  # no later day is stale: nothing to name


def test_a_run_stops_at_its_cap_and_says_so() -> None:
    relanded = [d(12), d(13)]
    assert not at_cap(relanded[:1], 2) and at_cap(relanded, 2)
    text = later_days_warning(HERE, d(11), [d(14), d(15)], cap_text(relanded))
    assert "without its documents (this run landed 2 again, its reland_later_days limit); land them again" in text
    assert "`newsetl backfill --start 1987-03-14 --end 1987-03-15 --input /data/landing --warehouse /data/wh`" in text
    assert relanded_line(d(12), d(11)) == "1987-03-12: landed again after 1987-03-11 changed"


def test_a_later_day_that_fails_names_what_was_done_and_the_retry() -> None:
    err = RuntimeError("busy")
    assert later_day_failed(HERE, d(11), [d(12)], d(13), d(15), err) == (
        "1987-03-11 was published; landed again: 1987-03-12; landing the later day 1987-03-13 again failed "
        "(RuntimeError: busy); retry with `newsetl backfill --start 1987-03-13 --end 1987-03-15 --input /data/landing "
        "--warehouse /data/wh`")
    assert later_day_failed(HERE, d(11), [], d(12), d(12), err).startswith(
        "1987-03-11 was published; landing the later day 1987-03-12 again failed")


def test_never_landed_days_are_named_only_when_a_later_day_is_landed() -> None:
    folder = [d(11), d(12), d(13), d(14)]
    assert never_landed_message(HERE, [d(11)], folder, d(11)) is None  # landed in order: the rest are simply next
    assert never_landed_message(HERE, [d(11), d(14)], folder, d(11)) == (
        "2 later day(s) of /data/landing were never landed (1987-03-12, 1987-03-13); land them with `newsetl backfill "
        "--start 1987-03-12 --end 1987-03-13 --input /data/landing --warehouse /data/wh`")
    assert never_landed_message(HERE, folder, folder, d(11)) is None
    many = [d(i) for i in range(1, 21)]
    text = never_landed_message(HERE, [d(1), d(20)], many, d(1))
    assert text is not None and text.startswith("18 later day(s) of /data/landing were never landed (1987-03-02 to 1987-03-19);")


def test_a_backfill_names_the_days_of_its_range_that_changed_once() -> None:
    never = "1 later day(s) of /data/landing were never landed (1987-03-20)"
    out = backfill_warnings(HERE, [d(11), d(12)], [d(14), d(15)], never)
    assert out == [
        "2 later day(s) (1987-03-14, 1987-03-15) were landed before this backfill changed 1987-03-11, 1987-03-12: their "
        "duplicates were decided without its documents; land them again with `newsetl backfill --start 1987-03-14 --end "
        "1987-03-15 --input /data/landing --warehouse /data/wh` (it lands only the days whose earlier documents changed)",
        never]
    assert backfill_warnings(HERE, [], [d(14)], None) == []  # nothing in its range changed: no stale-days warning


def test_a_backfill_skips_a_landed_day_only_when_it_is_current() -> None:
    asked: list[date] = []

    def unchanged(day: date) -> bool:
        asked.append(day)
        return day == d(11)

    assert backfill_days(d(11), d(13)) == [d(11), d(12), d(13)]
    assert backfill_days(d(28, 2), d(1)) == [d(28, 2), d(1)]
    assert backfill_step(d(11), {d(11), d(12)}, False, unchanged) == (False, "1987-03-11: already landed, skipped")
    assert backfill_step(d(12), {d(11), d(12)}, False, unchanged) == (True, (
        "1987-03-12: its input changed since it was landed (a late file?), or an earlier day now holds copies of its "
        "documents differently, landing it again"))
    assert backfill_step(d(13), {d(11), d(12)}, False, unchanged) == (True, None)
    assert backfill_step(d(11), {d(11)}, True, unchanged) == (True, None)  # --reprocess lands it again, untested
    assert asked == [d(11), d(12)]  # the costly test runs only for landed days
    summary = {"status": "published", "documents loaded": 6, "rejected": 1}
    assert backfill_day_line(d(13), summary) == "1987-03-13: published, 6 documents, 1 rejected"


@pytest.mark.parametrize("day", [d(11), date(2020, 1, 16)])
def test_a_day_of_another_contract_is_told_how_to_land_it_again(day: date) -> None:
    assert drift_advice(day) == (
        f"{day} was landed by a newsetl with another table contract: land it again with this one, `newsetl backfill "
        f"--start {day} --end {day} --input <its landing folder>` (or `newsetl run --input <its files> --logical-date "
        f"{day} --reprocess`)")
