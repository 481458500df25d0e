"""Round-37 TIMEX3 tests: modern web-news bylines and dates written with their clock time.

What a BI user read wrong or missed in web news (EventStoryLine's ECB+ stories, 2005-2013): an
all-caps byline ("PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM") gave only "2013", and its time fell on
the story's date rather than the byline's own; "as of 4 November 02:00 GMT" was read "November 02"
(2011-11-02); a date followed by its clock ("Jul 07, 2012 8:44 PM ET") was two rows, where TimeML
tags a date with its time as one TIME (TimeBank-AQUAINT: "5 p.m. EST Nov. 9", "9 a.m. Tuesday"); "at
1353 (1023 GMT)" had no row. Sentences are ECB+ web news (``# esc``) or Reuters-21578's (``# reuters``).
"""

from __future__ import annotations

import pytest

from tests.helpers import parsed_timexes_with_mod as _rows

_DATE_WITH_CLOCK = [
    ("PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM", "2013-05-03",  # esc
     ("THURSDAY, MAY 2, 2013, 1:32 PM", "TIME", "2013-05-02T13:32", None)),
    ("Last Updated: Jul 07, 2012 8:44 PM ET", "2012-07-07",  # esc
     ("Jul 07, 2012 8:44 PM ET", "TIME", "2012-07-07T20:44", None)),
    ("Posted Oct 26, 2011 8:57 AM CDT", "2011-10-26",  # esc
     ("Oct 26, 2011 8:57 AM CDT", "TIME", "2011-10-26T08:57", None)),
    ("Last Updated: Monday, 28 November 2005, 02:24 GMT", "2005-11-28",  # esc
     ("Monday, 28 November 2005, 02:24 GMT", "TIME", "2005-11-28T02:24Z", None)),
    ("Seacom said that its cable network was successfully repaired on 29 October 2011 and all circuits were "
     "restored to the core network as of 4 November 02:00 GMT.", "2011-11-04",  # esc
     ("4 November 02:00 GMT", "TIME", "2011-11-04T02:00Z", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "row"), _DATE_WITH_CLOCK, ids=lambda v: str(v)[:30])
def test_a_date_and_its_clock_are_one_time(text: str, dct: str, row: tuple[str, str, str, str | None]) -> None:
    got = _rows(text, dct)
    assert row in got, got
    assert len([r for r in got if r[1] in ("DATE", "TIME")]) == (2 if "29 October" in text else 1), got


def test_an_all_caps_byline_date_is_a_date() -> None:
    # esc (the byline without its time)
    assert _rows("PUBLISHED: THURSDAY, MAY 2, 2013", "2013-05-03") == [("THURSDAY, MAY 2, 2013", "DATE", "2013-05-02", None)]


def test_a_clock_its_gmt_restates_is_a_time() -> None:
    got = _rows("The quake, which struck at 1353 (1023 GMT), was felt in the neighbouring Gulf states of Oman and "
                "the UAE.", "2005-11-28")  # esc
    assert ("1353", "TIME", "2005-11-28T13:53", None) in got, got
    assert not any(r[0].startswith("1023") for r in got), got
    got = _rows("The Stockholm bourse authorities said they were to extend trading on the exchange by 30 minutes "
                "until 1500 (1400 GMT) because the afternoon call took longer than normal due to hectic selling "
                "pressure.", "1987-10-20")  # reuters
    assert ("1500", "TIME", "1987-10-20T15:00", None) in got, got


_GUARDS = [
    # reuters: a results table's "MAY" is a contract month, no day
    ("MLN FEDERATED         9.6      720 MLN    657 MLN MAY               15.0     632 MLN    550 MLN", "1987-03-05"),
    # reuters: a redemption date's price is no clock
    ("The issue is callable from March 31, 1990 at 104 pct declining by 1/2 pct per annum to par thereafter.",
     "1987-03-05"),  # reuters (shortened)
    # made: an amount before a bracketed amount is no clock
    ("Output rose to 1500 (1400) tonnes in February.", "1987-03-05"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct"), _GUARDS, ids=lambda v: str(v)[:30])
def test_no_clock_or_all_caps_may_without_the_form(text: str, dct: str) -> None:
    got = _rows(text, dct)
    assert not any(r[1] == "TIME" for r in got), got
    assert not any("MAY" in r[0] for r in got), got
