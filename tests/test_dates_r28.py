"""Round-28 TIMEX3 tests: the headline's closing day dates a results table, and durations in two units.

What a BI user read wrong: a table under "ZAYRE CORP 4TH QTR JAN 31 NET" had no row for its "Year"
(or the calendar year 1986 for its "Current year" note), "Nine mths" under "3RD QTR JAN 31" had no
days to filter on, and "four years and two weeks" was two rows, four years and two weeks apart.
The headline is not in ``documents.text``: it is context (``title=``), never a row of its own.
Values follow the tagger's rule for a company's period dated by its closing day (the closing year,
as TimeBank values a fiscal period: ``_year_closed_by``), with the days it ran in ``date_start``/``date_end``.
The stories are Reuters-21578 ones outside the evaluation sets (from the dates28 sample).
"""

from __future__ import annotations

from datetime import date

import pytest

from tasks.dates import extract_timexes
from tests.helpers import parser

_HEADLINED = [
    # reuters-2194: the year to January 31, 1987 (was no row)
    ("ZAYRE CORP <ZY> 4TH QTR JAN 31 NET",
     "FRAMINGHAM, Mass., March 5 - Shr 73 cts vs 60 cts Net 43,792,000 vs 36,480,000 Rev 1.78 billion vs 1.34 "
     "billion Year Shr 1.49 dlrs vs 1.61 dlrs Net 88,974,000 vs 94,647,000 Rev 5.35 billion vs 4.04 billion NOTE: "
     "4th qtr net includes pre-tax gain of 9.7 mln dlrs from sale of real estate and real estate development company.",
     "1987-03-05", "Year", ("1987", date(1986, 2, 1), date(1987, 1, 31))),
    # reuters-2042: nine months to January 31 (was no days)
    ("CASEY'S GENERAL STORES INC <CASY> 3RD QTR JAN 31",
     "DES MOINES, Iowa, March 5 - Shr 16 cts vs 13 cts Net 1,900,000 vs 1,600,000 Sales 68.2 mln vs 69.6 mln Nine "
     "mths Shr 60 cts vs 43 cts Net 7,100,000 vs 4,700,000 Sales 214.0 mln vs 219.5 mln",
     "1987-03-05", "Nine mths", ("P9M", date(1986, 5, 1), date(1987, 1, 31))),
    # reuters-9839: the note's current year is the table's year to January 31 (was calendar 1986)
    ("BEST PRODUCTS CO <BES> 4TH QTR JAN 31 NET",
     "RICHMOND, Va., March 26 - Shr profit 1.44 dlrs vs profit 83 cts Net profit 39.0 mln vs profit 22.5 mln Sales "
     "816.1 mln vs 865.3 mln Year Shr loss 95 cts vs profit eight cts Net loss 25.6 mln vs profit 2,223,000 Sales "
     "2,142,118 vs 2,234,768 NOTE: Current year net both periods includes prtax provisions for restructuring "
     "operations of 4,868,000 dlrs in quarter and 38.1 mln dlrs in year.",
     "1987-03-26", "Current year", ("1987", date(1986, 2, 1), date(1987, 1, 31))),
    # reuters-9678: the quarter to February 27 is the company's first of 1987 (was calendar 1986-Q4)
    ("PENOBSCOT SHOE CO <PSO> 1ST QTR FEB 27 NET",
     "OLD TOWN, Me., March 25 - Shr 69 cts vs six cts Net 421,306 vs 44,132 Revs 3,721,178 vs 3,125,935 Note: "
     "Current qtr net includes a gain of 281,000 dlrs, mostly from the sale of securities and property.",
     "1987-03-25", "Current qtr", ("1987-Q1", date(1986, 11, 28), date(1987, 2, 27))),
    # reuters-21224: Reuters spells a day under ten ("OCT THREE"): nine months to October 3, 1987
    ("AVX CORP <AVX> 3RD QTR OCT THREE NET",
     "GREAT NECK, N.Y., Oct 19 - Shr profit 30 cts vs profit three cts Net profit 3,933,000 vs profit 436,000 Revs "
     "70.4 mln vs 47.2 mln Avg 13.2 mln vs 13.0 mln Nine mths Shr profit 85 cts vs loss 17 cts Net profit 11.2 mln "
     "vs loss 2,083,000 Revs 192.1 mln vs 144.8 mln Avg shrs 13.2 mln vs 12.0 mln",
     "1987-10-19", "Nine mths", ("P9M", date(1987, 1, 4), date(1987, 10, 3))),
]  # fmt: skip


@pytest.mark.parametrize(("title", "text", "dct", "surface", "want"), _HEADLINED, ids=lambda v: str(v)[:24])
def test_round28_headline_dates_the_table(title: str, text: str, dct: str, surface: str,
                                          want: tuple[str, date, date]) -> None:
    found = extract_timexes(text, date.fromisoformat(dct), parser()(text), title=title)
    assert [(t.value, t.date_start, t.date_end) for t in found if t.text == surface] == [want], found
    # the headline adds no row of its own: every row lies in the text
    assert all(text[t.start_char : t.end_char] == t.text for t in found)


def test_round28_headline_without_closing_day_changes_nothing() -> None:
    # reuters-8340: "4TH QTR NET" names no day, so the table's "Year" stays untagged, as without a title
    title = "HOSPOSABLE PRODUCTS INC <HOSP> 4TH QTR NET"
    text = ("BOUND BROOK, N.J., March 23 - Shr 12 cts vs eight cts Net 102,002 vs 59,396 Sales 3,024,423 vs "
            "2,437,489 Avg shrs 1,032,000 vs 746,004 Year Shr 64 cts vs 45 cts Net 570,491 vs 340,852 Sales "
            "11.1 mln vs 10.6 mln Avg shrs 1,032,000 vs 753,948")
    dct = date(1987, 3, 23)
    assert extract_timexes(text, dct, parser()(text), title=title) == extract_timexes(text, dct, parser()(text))


_COMPOUND = [
    # reuters-9798 (a former White House spokesman): one span, weeks counted as days beside years
    ('"I spent four years and two weeks in the White House job refusing to comment on personnel matters," he said.',
     "1987-03-26", "four years and two weeks", "DURATION", "P4Y14D"),
    # reuters-4002: a sentence of a year and a day
    ("Mason Benson, former president and chief operating officer of Empire of Carolina Inc, a toy maker, today was "
     "sentenced in Manhattan federal court to a year and one day in jail for his involvement in a kickback scheme.",
     "1987-03-11", "a year and one day", "DURATION", "P1Y1D"),
    ("The strike lasted two years and six months.", "1987-03-11", "two years and six months", "DURATION", "P2Y6M"),  # made
    ("The flight took two hours and 40 minutes.", "1987-03-11", "two hours and 40 minutes", "DURATION", "PT2H40M"),  # made
    ("The plant closed two years and six months ago.", "1987-03-11", "two years and six months ago", "DATE", "1984-09"),  # made
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "type_", "value"), _COMPOUND, ids=lambda v: str(v)[:30])
def test_round28_compound_duration_is_one_row(text: str, dct: str, surface: str, type_: str, value: str) -> None:
    found = extract_timexes(text, date.fromisoformat(dct), parser()(text))
    assert [(t.text, t.type, t.value) for t in found if t.type != "DATE" or "ago" in t.text] == [(surface, type_, value)], found


def test_round28_range_of_growing_units_stays_apart() -> None:
    # reuters-10389: "from 30 days and six months" is a range's two ends, not one span
    text = "The minimum issue unit will be 100 mln yen, and maturities will be from 30 days and six months, they said."
    found = extract_timexes(text, date(1987, 3, 27), parser()(text))
    assert [(t.text, t.value) for t in found] == [("30 days", "P30D"), ("six months", "P6M")], found


def test_round28_the_pipeline_hands_the_headline_to_the_tagger() -> None:
    from tasks.nlp import extract_docs

    # reuters-2194: the headline travels with the document to the worker; the row stays in the text
    title, text, dct, surface, want = _HEADLINED[0]
    facts, _ = extract_docs([("d1", text, date.fromisoformat(dct), None, title)], "en_core_web_sm")
    rows = [r for r in facts[0].timexes if r["text"] == surface]
    assert [(r["value"], r["date_start"], r["date_end"]) for r in rows] == [want], facts[0].timexes
    assert all(text[r["start_char"] : r["end_char"]] == r["text"] for r in facts[0].timexes)
