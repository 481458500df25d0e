"""Which date a run lands when none is given: a scheduled run lands the day before it was due.

Found in session 15's end-to-end review: the 06:00 UTC deployment read ``landing/<today>/``, so files
arriving in today's folder after 06:00 were never landed by the schedule.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from prefect import flow

from flows.news_etl import _schedule
from tasks.ingest import default_logical_date

NOW = datetime(2026, 3, 5, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("auto_scheduled", "expected_start", "landed"),
    [
        # the daily 06:00 UTC run lands yesterday's folder, complete by then
        (True, datetime(2026, 3, 2, 6, 0, tzinfo=UTC), date(2026, 3, 1)),
        # a run due at 00:30 in UTC+2 was due on the 1st in UTC: the day before that
        (True, datetime(2026, 3, 2, 0, 30, tzinfo=timezone(timedelta(hours=2))), date(2026, 2, 28)),
        # a run that starts days late (worker down) still lands the day it was scheduled for, not today's
        (True, datetime(2026, 1, 1, 6, 0, tzinfo=UTC), date(2025, 12, 31)),
        # ad-hoc runs (CLI, "Run now") land the current UTC day
        (False, datetime(2026, 3, 2, 6, 0, tzinfo=UTC), date(2026, 3, 5)),
        (True, None, date(2026, 3, 5)),
    ],
)
def test_default_logical_date(auto_scheduled: bool, expected_start: datetime | None, landed: date) -> None:
    assert default_logical_date(auto_scheduled, expected_start, NOW) == landed


def test_an_ad_hoc_flow_run_is_not_taken_for_a_scheduled_one() -> None:
    @flow
    def probe() -> tuple[bool, datetime | None]:
        return _schedule()

    scheduled, due = probe()
    assert scheduled is False
    assert due is not None and abs((datetime.now(UTC) - due).total_seconds()) < 600
    assert default_logical_date(scheduled, due, datetime.now(UTC)) == datetime.now(UTC).date()
