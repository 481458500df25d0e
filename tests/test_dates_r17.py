"""Round-17 TIMEX3 tests: the narrative's reference day and a report's fiscal periods.

Cases come from TimeBank-AQUAINT **dev** documents (named in the comment above each) and from
Reuters-21578 stories outside the evaluation sets, read in a sample of 1,000 stories ordered by
``sha256("dates17:" + NEWID)`` (the SGML in ``../shared/data/reuters21578``), each dated with its
story's DATE. ``None`` as the expected value means the surface must not be tagged.

Ranged durations ("two to three weeks") are left as they are: TimeBank-AQUAINT dev gold writes
the first bound once (wsj_0585 "two to three weeks" P2W), an X once (wsj_0637 "the next 12 to 18
months" PXM) and splits one range into two timexes (VOA19980331.1700.1533 "two" P2D, "six days"
P6D); MEANTIME dev has none in its annotated sentences, and no TimeML 1.2.1 / TIMEX3 guideline
text on ranges was found, so ``tests/test_dates.py`` keeps deciding.
"""

from __future__ import annotations

import pytest

from tests.helpers import Expected, check_timex, timex_test

# -- "that same day" after the narrative moved from a day to a month -----------------------------
# TimeML values an anaphoric day by the reference time, the time the narrative is at. When a
# month was named after the last full day ("closed it Thursday night ... most recently last
# October when ... that same day"), the day is one of that month, not the earlier day.

_REFERENCE_DAY = [
    # TBAQ dev APW19990206.0090 (gold 1998-10-XX)
    ("MindSpring, which provided the Internet space for the site, closed it Thursday night for violating "
     "``our appropriate use policies,'' spokesman Serge Clermont said.\n\nThree times, doctors whose names "
     "appeared on the list were killed, most recently last October when Dr. Barnett Slepian was gunned down "
     "by sniper fire in his home outside Buffalo, N.Y. His name on the Web site was crossed out that same day.",
     "1999-02-06", "that same day", ("DATE", "1998-10-XX", None)),
    # TBAQ dev APW19991024.0075 (the text's own year): a day named last stays the reference
    ("Slepian was killed on Oct. 23, 1999 by a sniper hiding in his backyard. Earlier that day, the Slepian "
     "family sent a fax to local police.", "1999-10-24", "Earlier that day", ("DATE", "1999-10-23", "START")),
    # reuters-3112 (its first and last paragraphs): the month the narrative moved to, not a later "this month"
    ("The paper said yesterday that John Poindexter, who resigned last November when the illegal transfer of "
     "up to 20 mln dlrs was disclosed, was ready to break the silence he has so far maintained.\n\nThe Post's "
     "sources also said the Senate committee could grant immunity from prosecution this month to Oliver "
     "North, who was fired from the National Security Council on the same day that Poindexter resigned.",
     "1987-03-09", "the same day", ("DATE", "1986-11-XX", None)),
    # reuters-17341: a month naming a shipment is no time the narrative is at
    ("LONDON, April 27 - Peru failed to conclude any purchases at its weekend buying tender for two cargoes "
     "June shipment white sugar owing to the sharp price rise that day, traders said.", "1987-04-27",
     "that day", ("DATE", "1987-04-27", None)),
    # TBAQ dev wsj_0768: with no day named "that day" is no date
    ("When the market drops and people get their statements, it hits, you have strong redemptions that day "
     "and for two days following.", "1989-10-30", "that day", None),
]


# -- a year-ago quarter renamed in apposition ---------------------------------------------------
# "In the comparable year-ago quarter, the second quarter ended Oct. 31" names one quarter twice:
# the fiscal second quarter of the year before, which the day closing it and "that quarter" share.

_APPOSITION = [
    # TBAQ dev wsj_0709 (gold: 1988-Q2, 1988-Q2, 1988-10-31, 1988-Q2)
    ("The funeral home and cemetery operator changed from a fiscal year to a calendar year in December. In "
     "the comparable year-ago quarter, the second quarter ended Oct. 31, Service Corp. had a loss of about "
     "$12.5 million, or 26 cents a share, on revenue of $175.4 million. Results for that quarter included "
     "a $30 million, or 40 cents a share, write-down.", "1989-10-27"),
]
_APPOSITION_EXPECTED = [
    ("the comparable year-ago quarter", ("DATE", "1988-Q2", None)),
    ("the second quarter", ("DATE", "1988-Q2", None)),
    ("Oct. 31", ("DATE", "1988-10-31", None)),
    ("that quarter", ("DATE", "1988-Q2", None)),
]


@pytest.mark.parametrize(("surface", "expected"), _APPOSITION_EXPECTED)
def test_a_quarter_in_apposition_to_the_year_ago_quarter_is_last_years(surface: str, expected: Expected) -> None:
    text, dct = _APPOSITION[0]
    check_timex(text, dct, surface, expected, parsed=True)


# -- the half a report talks about ----------------------------------------------------------------
# A half reported on in the past months before it closes is last year's; a half a forecast
# participle looks to ("growth expected in the second half") lies ahead whatever the clause's
# tense; "first half fiscal 1987" is one fiscal half; a fiscal half ("to December 31",
# "1986/87") keeps the calendar year it had.

_HALVES = [
    # reuters-3490
    ("Ultramar Plc <UMAR.L> said that while its fourth 1986 quarter had improved from the operational point "
     "of view, several special charges adversely affected results.\n\nOverall the year had not been a good one, with upstream operations dramatically hit by the fall in "
     "crude oil prices and downstream operations also affected in the first half by large losses on "
     "inventories.", "1987-03-11", "the first half", ("DATE", "1986-H1", None)),
    # reuters-9196
    ("Singapore's gross domestic product will grow six pct in the first quarter and five pct in the second "
     "quarter this year, with further growth expected in the second half, Trade and Industry Minister Lee "
     "Hsien Loong told parliament.", "1987-03-25", "the second half", ("DATE", "1987-H2", None)),
    # reuters-7902
    ("Earlier, Echlin reported first half fiscal 1987, ended Feb 28, earnings of 23.2 mln dlrs, or 48 cts a "
     "share, up from 16.6 mln, or 40 cts a share, in the prior year's first half.", "1987-03-20",
     "first half fiscal 1987", ("DATE", "1987-H1", None)),
    # reuters-16085: a fiscal half to a named day is left where it was
    ("As previously reported, it did not pay an interim dividend for the first half to December 31 pending "
     "a review of the new dividend imputation legislation.", "1987-04-10", "the first half",
     ("DATE", "1987-H1", None)),
    # a company's fiscal first half reported in March is this year's (reuters-617) ...
    ("Pall Corp said sales for the second quarter ended January 31 were up 17.5 pct to 94.0 mln dlrs from "
     "80.0 mln dlrs a year before and orders were up 15.5 pct to 101.1 mln from 87.4 mln.  For the first "
     "half, it said sales were up 16.0 pct to 174.6 mln dlrs from 150.3 mln dlrs a year before.",
     "1987-03-02", "the first half", ("DATE", "1987-H1", None)),
    # ... and so is the "current" one after a 1986 date (reuters-6840)
    ("Shr and avg shrs data reflect two-for-one split in December 1986. Results for year-ago nine mths and "
     "current first half restated to reflect acquisition of E.J. Miller Enterprises for 1,040,000 shares in "
     "January 1987.", "1987-03-18", "current first half", ("DATE", "1987-H1", None)),
    # the half of a report still running keeps its year (reuters-17539)
    ("It said sales of its color liquid display fish/depth finder are expected to exceed three mln dlrs in "
     "the first half but will be substantially less than expected.", "1987-06-01", "the first half",
     ("DATE", "1987-H1", None)),
]


# -- "first half May": the half of a month --------------------------------------------------------
# Commodity copy writes a shipment period as "first half May" without "of"; it is May's first
# half (START, as "the first half of May"), not the year's.

_HALF_MONTH = [
    # reuters-16956
    ("Pakistan bought 6,000 tonnes of rbd palm oil at its import tender today for first half May shipment, "
     "traders said.", "1987-04-21", "first half May", ("DATE", "1987-05", "START")),
    # reuters-16956: "May" before "and" is the month too after "half"
    ("Pakistan sought to buy up to 12,000 tonnes for first half May and has not said when it is likely to "
     "tender for the balance.", "1987-04-21", "first half May", ("DATE", "1987-05", "START")),
    ("Pakistan sought to buy up to 12,000 tonnes for first half May and has not said when it is likely to "
     "tender for the balance.", "1987-04-21", "first half", None),
    # reuters-17021: hyphenated, and "last-half" as well
    ("Japan bought 4,000 tonnes of Canadian rapeseed for last-half May/first-half June shipment, nearly "
     "completing buying for May needs, trade sources said.", "1987-04-21", "first-half June",
     ("DATE", "1987-06", "START")),
    ("Japan bought 4,000 tonnes of Canadian rapeseed for last-half May/first-half June shipment, nearly "
     "completing buying for May needs, trade sources said.", "1987-04-21", "last-half May",
     ("DATE", "1987-05", "END")),
    # the "of" form joins the month as well  # made
    ("Sales rose in the first half of May.", "1987-06-10", "the first half of May", ("DATE", "1987-05", "START")),
]


# -- the end of a fiscal year the text does not date ---------------------------------------------
# "the end of its fiscal year" is the fiscal year running at the DCT, valued by the DCT's year as
# "the current fiscal year" is, with the mod of the part; a fiscal year dated after it ("ending
# March, 1990") is left to the rules that read that date. Stories outside the evaluation sets
# with the phrase (22 in Reuters-21578): 10 changed, 9 right (reuters-5500 "since the end of its
# fiscal year" is the year just closed).

_FISCAL_END = [
    # reuters-8863
    ("\"We expect to have the biggest operating backlog in the company's history by June 30, 1987, the end "
     "of our fiscal year,\" Wilkinson said.", "1987-03-24", "the end of our fiscal year", ("DATE", "1987", "END")),
    # reuters-6360
    ("\"We are seeing from Singapore, and from Japan clients keen to use up their quotas for purchase of "
     "particular instruments before the end of the fiscal year,\" the senior trader added.", "1987-03-18",
     "the end of the fiscal year", ("DATE", "1987", "END")),
    # reuters-17043
    ("The opposition parties had already delayed passage of the budget for three weeks after the April 1 "
     "start of the fiscal year by intermittent parliamentary boycotts.", "1987-04-23",
     "start of the fiscal year", ("DATE", "1987", "START")),
    # reuters-12400: the year the text gives is read from its date
    ("Sanwa Bank's plan forecasts that securities and international operations will contribute 40 pct of "
     "total operating profits by the end of the fiscal year ending March, 1990, compared with 30 pct in "
     "fiscal 1985, the Sanwa official said.", "1987-04-02",
     "the end of the fiscal year", None),
]


# Every class above is the same check with the spaCy parse given, as the pipeline gives it.
_CLASSES = [
    ("that day is a day of the time the narrative is at", _REFERENCE_DAY),
    ("the half a report talks about", _HALVES),
    ("a half written before a month is the months", _HALF_MONTH),
    ("the end of a fiscal year the text does not date", _FISCAL_END),
]
test_round17_expression_with_the_parse = timex_test(_CLASSES, parsed=True)
