"""Round-26 TIMEX3 tests: the company's year in results stories, and a day's closing figure.

Rows are paragraphs of Reuters-21578 stories outside the evaluation sets (``timex_reuters.jsonl``,
``reuters_links.jsonl`` and the stories holding ``amounts_labelled.csv`` sentences), picked by
``sha256("dates26:" + NEWID)`` and ``sha256("dates26b:" + NEWID)``, dated with the story's date;
"abridged" marks a story whose paragraphs in between are left out. What a BI user filtering on
``date_start``/``date_end`` read wrong: a March 1987 results story's "for the full year" was 1987,
the year it was written in, not the year it reports; a company's year dated by its closing day
("For the year ended December 31 ... For the year") was the calendar year of the story; a results
table's "Year" heading was untagged; "Friday's final 71.8" in a Monday story was the Friday ahead.
TimeML 1.2.1 (timeml/timeml.github.io, docs/site/publications/timeMLdocs/timeml_1.2.1.html, s2.3)
resolves an anaphoric "the year" against the reference time; TimeBank values a fiscal period by
the year it closed (TBAQ dev wsj_0189: "For the year ended Sept. 30 ... For the year, pet food
volume was flat" is 1989, a November 1989 story).
"""

from __future__ import annotations

from datetime import date

import pytest

from tasks.dates import extract_timexes
from tests.helpers import parser

_HARTFORD = (
    "Hartford Insurance Group, a unit of New York-based ITT Corp, said higher worldwide premiums help boost net "
    "income for the 1986 fourth quarter to 88.6 mln dlrs, from net income of 36.7 mln dlrs for the 1985 quarter. "
    "For the full year, Hartford said it earned 329 mln dlrs, up from 151.4 mln dlrs in 1985.\n\nHartford said "
    "results for the year were aided by a gain of 46.5 mln dlrs on the sale of its remaining 52 pct stake."
)
_PARADYNE = (
    "For the year ended December 31, Paradyne reported a net loss of 38.5 mln dlrs.\n\nThe company also said "
    "that due to the sluggish marketplace, it does not expect to be profitable in the first quarter but is "
    "optimistic about the outlook for the year."
)
_CONSUL = (
    "For the year ended May 31, 1986, the company reported a net loss of 1.12 dlr per share or 5.3 mln dlrs on "
    "revenues of 77.6 mln dlrs.\n\nCrivits said the company will not produce a gain in the fourth quarter or the "
    "full year, and said there will be a write off in the fourth quarter for the debenture exchange offer."
)

_YEAR = [
    # reuters-852: the year the 1986 fourth quarter closes, not the story's 1987
    (_HARTFORD, "1987-03-02", "the full year", ("1986", date(1986, 1, 1), date(1986, 12, 31))),
    (_HARTFORD, "1987-03-02", "the year", ("1986", date(1986, 1, 1), date(1986, 12, 31))),
    # reuters-45: the year the sentence names
    ("Schlang said the company's profits are concentrated in the fourth quarter. In 1986 ChemLawn earned 1.19 "
     "dlrs per share for the full year, and 2.58 dlrs in the fourth quarter.", "1987-02-26", "the full year",
     ("1986", date(1986, 1, 1), date(1986, 12, 31))),
    # reuters-13187: a forecast's year is the one to come, whatever the acquisition "last year" was
    ("Time Inc said the acquisition of Scott, Foresman and Co last year will dilute earnings per share by about "
     "17 cts a share for the full year in 1987.", "1987-04-03", "the full year",
     ("1987", date(1987, 1, 1), date(1987, 12, 31))),
    # reuters-6752 (abridged): the year the story dates by its closing day, still to close
    ("Revenues for the year ended August 31 will be about 1.2 billion dlrs, including GSX Corp, the U.S. waste "
     "services unit acquired from Imasco Ltd last year for 358 mln dlrs, Laidlaw president Michael de Groote "
     "told analysts.\n\nHe would not estimate the contribution of each segment to earnings per share for the "
     "year.", "1987-03-18", "the year", ("1987", date(1986, 9, 1), date(1987, 8, 31))),
    # reuters-2513 (abridged): the outlook is for the year after the one reported
    (_PARADYNE, "1987-03-05", "the year", ("1987", date(1987, 1, 1), date(1987, 12, 31))),
    # reuters-5482 (abridged): the fiscal year under way, June 1986 to May 1987
    (_CONSUL, "1987-03-16", "the full year", ("1987", date(1986, 6, 1), date(1987, 5, 31))),
    # reuters-15281: "(ending October 31)" after the fiscal year ending October 31, 1987
    ("Day said the sale could enable Day to accelerate its earnings for its current fiscal year ending October "
     "31, 1987.\n\n\"Net earnings for the full year (ending October 31) should be in the ball park of some "
     "analysts' estimates of 16 mln dlrs to 19 mln dlrs,\" Richard Jacob, Day chairman, said.", "1987-04-08",
     "the full year", ("1987", date(1986, 11, 1), date(1987, 10, 31))),
    # results tables' "Year" heading, untagged before: reuters-6297, reuters-14524 (fiscal years closing
    # in February and January), reuters-15056 (after the "4th qtr" heading)
    ("Period ends February 28 Shr 89 cts vs 87 cts Net 119.5 mln vs 114.6 mln Revs 872.3 mln vs 917.4 mln Year "
     "Shr 2.87 dlrs vs 3.32 dlrs Net 383.4 mln vs 413.6 mln", "1987-03-17", "Year",
     ("1987", date(1986, 3, 1), date(1987, 2, 28))),
    ("Period ended Jan 31 Shr loss three cts vs loss two cts Net loss 183,500 vs loss 163,800 Sales 608,800 vs "
     "1,156,100 Year Shr loss 16 cts vs loss 21 cts", "1987-04-07", "Year", ("1987", date(1986, 2, 1), date(1987, 1, 31))),
    ("4th qtr Shr loss 17 cts vs loss 22 cts Net loss 14.5 mln vs loss 18.0 mln Revs 27.3 mln vs 23.7 mln Year "
     "Shr 58 cts vs 1.01 dlrs Net loss 48.3 mln vs loss 84.2 mln", "1987-04-08", "Year",
     ("1986", date(1986, 1, 1), date(1986, 12, 31))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected"), _YEAR, ids=lambda v: str(v)[:24])
def test_round26_year_in_view(text: str, dct: str, surface: str, expected: tuple[str, date, date]) -> None:
    found = extract_timexes(text, date.fromisoformat(dct), parser()(text))
    got = [(t.value, t.date_start, t.date_end) for t in found if t.text == surface and t.type == "DATE"]
    # a BI user grouping results by year gets the year the story reports
    assert got == [expected], [(t.text, t.type, t.value, t.date_start, t.date_end) for t in found]


_NO_YEAR_HEADING = [
    # reuters-3602 (abridged): a table with no closing day and no quarter heading says not which
    # year it is (a March story's "Year" may close in 1986 or, for a retailer, 1987)
    ("Oper shr profit 32 cts vs loss 66 cts Oper net profit 2,454,000 vs loss 3,558,000 Sales 96.1 mln vs 91.4 "
     "mln Year Oper shr profit 72 cts vs loss 63 cts", "1987-03-11"),
    # the word at the head of a sentence is no heading  # made
    ("Year after year, net income rose.", "1987-03-11"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct"), _NO_YEAR_HEADING, ids=lambda v: str(v)[:24])
def test_round26_year_heading_left_untagged(text: str, dct: str) -> None:
    found = extract_timexes(text, date.fromisoformat(dct))
    assert [t for t in found if t.text == "Year"] == [], found


_CLOSE = [
    # reuters-3111 (Monday): the level sterling closed at on the Friday before; was the Friday ahead
    ("However, they noted that although sterling had edged down from its highs following the base rate cut, it "
     "had still closed on a trade-weighted basis at 72.4, well ahead of Friday's final 71.8 and only just "
     "beneath the peak of 72.5 touched at 1300 GMT.", "1987-03-09", "1987-03-06"),
    # reuters-17212 (a Monday in Sydney, stamped Sunday 22:57 UTC): a premium over the price already paid
    ("It said the offer is generous because it will give Monier shareholders a price equivalent to 16.8 times "
     "after-tax earnings in 1985/86 ended June 30, a 25 pct premium over Friday's market price and a 125 pct "
     "premium over last reported net tangible asset backing per share of 1.57 dlrs.", "1987-04-27", "1987-04-24"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "value"), _CLOSE, ids=lambda v: str(v)[:24])
def test_round26_day_of_a_closing_figure(text: str, dct: str, value: str) -> None:
    found = extract_timexes(text, date.fromisoformat(dct), parser()(text))
    assert [t.value for t in found if t.text == "Friday"] == [value], found


def test_round26_possessive_deadline_still_ahead() -> None:
    # reuters-21004 (a Monday): a deadline is no closing figure, and its day still lies ahead
    text = ("But union president Bob White said many local issues at the 11 plants in Ontario and Quebec still "
            "remained unresolved ahead of Thursday's deadline for a strike by 40,000 workers.")
    found = extract_timexes(text, date(1987, 10, 19), parser()(text))
    assert [t.value for t in found if t.text == "Thursday"] == ["1987-10-22"], found


# -- a results table's note: its "current" and "prior" periods are the table's columns -------------
# What is left: a company whose year closes in January (reuters-9963, "4TH QTR JAN 31" in the
# title only) gets the calendar year before, as the text never writes the closing day.

_NOTES = [
    # reuters-10008 (a 4th-quarter table): the year reported, not 1987
    ("Shr loss nil vs profit 19 cts Net loss 3,175 vs profit 284,945 Revs 13.6 mln vs 10.6 mln Year Shr profit 13 "
     "cts vs profit 56 cts Net profit 195,202 vs profit 857,006 Revs 47.5 mln vs 42.9 mln Note: Current year net "
     "includes charge against discontinued operations of 1,060,848 dlrs.", "1987-03-26", "Current year", "1986"),
    # reuters-2807: the year before it, not 1986
    ("Shr loss 15 cts vs loss 11 cts Net loss 632,000 vs loss 437,000 Revs 3,206,000 vs 2,650,000 Year Shr loss "
     "19 cts vs loss 24 cts Net loss 793,000 vs loss 1,004,000 Revs 11.5 mln vs 14.4 mln NOTE: Prior year figures "
     "restated to reflect merger in March 1986 with Amtron Corp.", "1987-03-06", "Prior year", "1985"),
    # reuters-10973: the quarter reported, not the DCT's unfinished 1987-Q1
    ("Oper shr loss two cts vs profit eight cts Oper net loss 77,000 vs profit 285,000 Revs 3,781,000 vs 4,721,000 "
     "Year Oper shr profit 23 cts vs profit 26 cts Oper net profit 904,00 vs profit 952,000 Revs 19.0 mln vs 15.1 "
     "mln Note: Current qtr and year figures exclude losses from discontinued operations of 303,000 dlrs.",
     "1987-03-30", "Current qtr", "1986-Q4"),
    # reuters-16585 (a first-quarter table in April): was 1987-Q2
    ("Shr 1.35 dlrs vs 1.53 dlrs Net 42,137,000 vs 47,792,000 Loans 10.26 billion vs 9.97 billion Deposits 7.65 "
     "billion vs 7.63 billion Assets 11.84 billion vs 12.00 billion Note: Current qtr figures include 3.3 mln dlr "
     "charge resulting from penalties for prepayment of FHLB borrowings.", "1987-04-13", "Current qtr", "1987-Q1"),
    # reuters-21179 (nine months in October): was 1987-Q4
    ("Shr 1.13 dlrs vs 87 cts Net 5,010,000 vs 3,868,000 Nine mths Shr 4.91 dlrs vs 4.84 dlrs Net 21.8 mln vs 21.5 "
     "mln NOTE: Current quarter figures include gain of 4.7 mln dlrs on property sales vs gain of 2.9 mln in prior "
     "year's quarter.", "1987-10-19", "Current quarter", "1987-Q3"),
    # reuters-8860: nine months in March run in a year closing after the story, so the prior year
    # stays 1986 (unchanged)
    ("Oper shr 28 cts vs 33 cts Oper net 1,647,000 vs 1,910,000 Revs 19.7 mln vs 17.5 mln Nine mths Oper shr 82 "
     "cts vs 84 cts Oper net 4,787,000 vs 8,748,000 Revs 55.9 mln vs 53.0 mln NOTE: Prior year net excludes tax "
     "credits of 29,000 dlrs in quarter and 1,761,000 dlrs in nine mths.", "1987-03-24", "Prior year", "1986"),
    # reuters-7467: outside a results note "current year" stays the DCT's (fiscal 1987 outlays)
    ("Without the Republicans' votes, the Democratic majority on the committee voted tentatively 13-8 to cap 1988 "
     "defense spending at 282.6 billion dlrs, three billion dlrs more than current year defense outlays.",
     "1987-03-19", "current year", "1987"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "value"), _NOTES, ids=lambda v: str(v)[:24])
def test_round26_results_note_periods(text: str, dct: str, surface: str, value: str) -> None:
    found = extract_timexes(text, date.fromisoformat(dct), parser()(text))
    assert [t.value for t in found if t.text == surface] == [value], found
