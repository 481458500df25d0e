"""Round-23 TIMEX3 tests: yearless months a BI user sees pushed a year ahead.

Round 23 queried the ``timexes`` table landed from 2,000 Reuters-21578 stories picked by
``sha256("dates23:" + NEWID)`` outside the evaluation sets, for spans a reader can check without
gold: a month or day whose year was taken from the document date but which lands months after it
although the clause reports it as done. Five causes, each fixed by a rule on the clause, not the
story:

- a past passive of a verb of compulsion reports the act as done ("the refinery was forced to
  close at the end of January"), where an active "ordered ... to repay by December 31" looks ahead;
- a date between a reporting verb and its clause's subject dates the saying ("officials said in
  January the cabinet would decide"), though the parser hangs it on the reported verb;
- a month after a company's possessive or before a possessive names an event of its own ("El Paso
  Electric's January rate case", "maintain January's suspension"), as "the June summit" does, so
  the clause's tense only decides within half a year; so does a day written before its noun ("the
  August 13 purchase");
- a figure compared "in both January and December" is reported, and a second month listed after
  one already past is last year's, not one still ahead.

It also lists every timex TimeBank-AQUAINT dev and MEANTIME dev leave unmatched (relaxed) and
tags three classes the dev gold tags every time they occur and the tagger missed: bare "past
years" after "in" (PAST_REF), "a later date" (FUTURE_REF) and the "last" that stands for "last
year" after "this year as/than/and" (TimeML tags the elided expression).

Of the round's other ``timexes`` checks (``date_start > date_end``, spans beyond the story's year
plus or minus 30 anchored on the DCT, DURATION or SET rows with a ``date_start``, calendar DATE
values with a NULL ``date_start``, ``granularity`` against ``value``), only ``year_inferred`` was
wrong: a quarter dated by a closing date that writes its year ("the first quarter ended January
24, 1985") was flagged as inferred from the DCT.

Rows hold sentences of TimeBank-AQUAINT dev documents or of Reuters-21578 stories outside the
evaluation sets (``timex_reuters.jsonl``, ``reuters_links.jsonl`` and the stories holding
``amounts_labelled.csv`` sentences), read from the SGML in ``../shared/data/reuters21578`` and dated
with the story's date. The clause rules read the spaCy parse, so their table runs with it; the
other rows run without it too.
"""

from __future__ import annotations

from datetime import date

import pytest

from tasks.dates import extract_timexes
from tests.helpers import timex_test

# -- fixed: the clause reports a month already past ------------------------------------------------

_REPORTED = [
    # reuters-6546: the refinery closed then
    ("The refinery was forced to close at the end of January when rebels cut the main power line.",
     "1987-03-18", "the end of January", ("DATE", "1987-01", "END")),
    # reuters-11843: the saying is dated, not the decision
    ("Ministry of Primary Industries officials said in January the cabinet would decide on Malaysia's "
     "participation, but so far a decision has not been announced.", "1987-04-01", "January",
     ("DATE", "1987-01", None)),
    # reuters-1472: the same for a weekday
    ("Lusinchi said on Monday the government will limit foreign borrowing, which would come from banks and "
     "multilateral agencies, to 50 pct of interest and principal paid in the next two years.", "1987-03-04",
     "Monday", ("DATE", "1987-03-02", None)),
    # reuters-3813: a month after a possessive names the case filed then
    ("If it is approved, the new rates could go into effect as early as this summer. El Paso Electric's "
     "January rate case will remain before the commission pending approval of the settlement.", "1987-03-11",
     "January", ("DATE", "1987-01", None)),
    # reuters-5270: a possessive month
    ("Cordero on Friday estimated total damages caused by the quake at one billion dlrs and said that Ecuador as "
     "a result would maintain January's suspension of interest payments on its foreign commercial bank debt.",
     "1987-03-16", "January", ("DATE", "1987-01", None)),
    # reuters-21269: a day before its noun
    ("The company had previously said it expected the August 13 purchase of Diamond-Bathurst Inc to reduce "
     "third quarter earnings.", "1987-10-19", "August 13", ("DATE", "1987-08-13", None)),
    # reuters-5869: both months compared are behind the March story
    ("Economists expect the seasonally-adjusted annualized rate to ease to about 1.75 mln units in February "
     "from just under 1.81 mln in both January and December.", "1987-03-17", "January", ("DATE", "1987-01", None)),
    ("Economists expect the seasonally-adjusted annualized rate to ease to about 1.75 mln units in February "
     "from just under 1.81 mln in both January and December.", "1987-03-17", "December", ("DATE", "1986-12", None)),
]  # fmt: skip


# -- kept: months that do lie ahead -----------------------------------------------------------------

_AHEAD = [
    # reuters-8933: the pact expires in June, after the March story
    ("Delegates said most countries now favour a continued legal ITC presence to answer the still unresolved "
     "legal disputes over the outstanding debts of its buffer stock with court hearings likely to continue well "
     "after the June 30 expiry of the pact.", "1987-03-24", "June 30", ("DATE", "1987-06-30", None)),
    # reuters-551, reuters-914, reuters-3185: a list whose first month is still ahead runs forward,
    # whatever the clause's verb (a first version of the list rule sent these back to 1986)
    ("The company said both transactions are subject to approval by shareholders at a meeting to be held in "
     "April or May, it said.", "1987-03-02", "May", ("DATE", "1987-05", None)),
    ("Ministry sources said the talks are likely to be held in April or June.", "1987-03-03", "June",
     ("DATE", "1987-06", None)),
    ("They said the facility, which will be syndicated among a small group of the borrower's relationship banks, "
     "is being put in place ahead of the privatisation of Rolls Royce in April or May.", "1987-03-09", "May",
     ("DATE", "1987-05", None)),
    # reuters-17903 (round 16): an active directive still looks ahead
    ("Last month, the government ordered 82 companies to repay 10 pct of their bank borrowings by "
     "December 31.", "1987-06-02", "December 31", ("DATE", "1987-12-31", None)),
]  # fmt: skip


# -- missed in TimeBank-AQUAINT dev, tagged there each time the expression occurs -------------------

_MISSED = [
    # wsj_0585 (TBAQ dev: bare "past years" tagged 1 of 1), as "in recent years"
    ("Of course, there were sell programs in past years, too, but they seem to hurt market makers more "
     "painfully these days.", "1989-10-30", "past years", ("DATE", "PAST_REF", None)),
    # made: before a noun it is an adjective, as "the future results" (round 18)
    ("Past years' losses were written off.", "1989-10-30", "Past years", None),
    # wsj_0981 (TBAQ dev: 1 of 1)
    ("MGM Grand said the latest stock offering won't cover the $600 million or more cost of building the "
     "proposed resort and theme park, and added it will need to seek additional financing, either through bank "
     "borrowings or debt and equity offerings, at a later date.", "1989-10-26", "a later date",
     ("DATE", "FUTURE_REF", None)),
    # reuters-19485
    ("Whitman took the issues under advisement and will rule at a later date.", "1987-06-19", "a later date",
     ("DATE", "FUTURE_REF", None)),
    # wsj_0810 (TBAQ dev: the elided "last" tagged 1 of 1)
    ("Mr. Fournier said the exceptional gain would mean nearly twice as high a dividend this year as last.",
     "1989-10-27", "last", ("DATE", "1988", None)),
    # reuters-4879
    ("There were eight selling days in the period both this year and last.", "1987-03-13", "last",
     ("DATE", "1986", None)),
    # made: "last" with no unit named before it is no time
    ("He came last, after the others.", "1987-03-13", "last", None),
]  # fmt: skip


_CLASSES = [
    ("reported month", _REPORTED),
    ("month ahead", _AHEAD),
    ("missed in TBAQ dev", _MISSED),
]
test_round23_reported_months_parsed = timex_test(_CLASSES, parsed=True)
test_round23_unparsed = timex_test([("month ahead", _AHEAD), ("missed in TBAQ dev", _MISSED)])


# -- year_inferred: a quarter dated by a closing date that writes its year ---------------------------

_CLOSED_WITH_YEAR = [
    # reuters-5114
    ("Lifestyle Restaurants Inc said revenues for the first quarter ended January 24, 1985, were 17.5 mln dlrs "
     "and not the 17.8 mln dlrs it had reported earlier.", "1987-03-13", "the first quarter", "1985-Q1", False),
    # reuters-13735
    ("Data General reported a loss of 1.8 mln dlrs or six cts a share for the second quarter ended March 29, "
     "1986.", "1987-04-07", "the second quarter", "1986-Q2", False),
    # reuters-3984: a closing date without its year leaves the year inferred from the DCT
    ("Baker, in its first fiscal quarter ended December 31, lost 34.2 mln dlrs on revenues of 297.7 mln dlrs.",
     "1987-03-11",
     "first fiscal quarter", "1986-Q1", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "value", "inferred"), _CLOSED_WITH_YEAR)
def test_round23_quarter_year_written_in_closing_date(text: str, dct: str, surface: str, value: str, inferred: bool) -> None:
    got = {t.text: t for t in extract_timexes(text, date.fromisoformat(dct))}
    assert got[surface].value == value
    # a BI user filtering on year_inferred must not find a year the text wrote
    assert got[surface].year_inferred is inferred
    assert got[surface].anchor == ("dct" if inferred else "text")
