"""Round-8 TIMEX3 tests: the word gates of the tagger, then one table per rule.

Every text is real news (Reuters-21578 from 1987 with its <DATE>, or TimeBank-AQUAINT dev
APW20000115.0209) with the document date; ``None`` as the expected value means the surface must not be tagged.
"""

from __future__ import annotations

from datetime import date

import pytest

from tasks import dates
from tasks.dates import extract_timexes
from tests.helpers import Expected, check_timex

# -- the gates skip only rules that cannot match ----------------------------------------------------
# A rule runs over a paragraph only when the paragraph holds one of the words (or digit shapes) the
# rule needs; the tagger is fast because most rules are skipped. Skipping must never change what
# is found: with every gate open the output is the same.

_GATED_TEXTS = [
    ("Banks may open on these days during the afternoon between 3.30 and 5.30.\n\nThe regulations apply to "
     "bank opening hours, not to staff working hours, which continue to be decided by banks.\n\nUnder the "
     "five day week introduced in early April, banks have been obliged to open from 8 A.M.", "1987-06-29"),
    ("TOKYO, June 19 - Isuzu Motors Ltd <ISUM.T> forecast a parent company net loss of 15 billion yen in the "
     "year ending October 31, 1987 against a 3.98 billion loss a year earlier, assuming a yen/dollar rate of "
     "140 yen, a spokesman said.\n\nSales in 1986/87 are estimated at 910 billion yen, down 10.2 pct from a "
     "year earlier.\n\nThe automaker earlier reported a parent company net loss of 12.92 billion in the six "
     "months ended April 30, 1987, against a 1.65 billion yen profit a year earlier, on sales of 443.90 "
     "billion, down 15.9 pct from a year earlier.\n\nTruck exports fell to 108,782 from 127,903 because a "
     "two-year contract to sell a total of 40,000 trucks to China ended last year and domestic sales fell to "
     "55,925 from 61,954.", "1987-06-19"),
    ("In 1986 Searle's sales were 665 mln dlrs.\n\nGilgore said the company intends to have sales of three "
     "billion dlrs by the mid-1990s.", "1987-04-09"),
    ("Company officials said although reserves were being depleted, Zambia could continue to produce copper "
     "beyond the end of the century, though at lower levels of production.\n\nIndustry sources said ZCCM's "
     "projected pre-tax profit for the financial year ended March 31 would be around 500 mln kwacha.", "1987-06-18"),
    ("LONDON, April 7 - LME zinc was quiet throughout the morning with very little dealing after some light "
     "trade selling on the pre-market, dealers said.\n\nThree months delivery ended official ring dealings "
     "quoted at 454.50/455 stg a tonne, down around two stg from yesterday afternoon's kerb close.", "1987-04-07"),
    ("WELLINGTON, March 23 - The Reserve Bank said it is cancelling its regular weekly treasury bill tender "
     "scheduled for tomorrow.\n\nThe Bank expects to be conducting open market operations as usual, and after "
     "these operations daily cash balances should fluctuate around 30 mln dlrs.", "1987-03-22"),
    ("The executive committee is due to meet Friday at 1100 GMT, with the council unlikely to reconvene until "
     "late Friday, consumers said.", "1987-03-26"),
    ("NEW YORK, March 20 - Qtly div 19 cts vs 19 cts prior Pay April 15 Record April One", "1987-03-20"),
    ("FRANKFURT, April 13 - West Germany's capital market liberalization program has stalled and bankers are "
     "worried it may take years for further reforms to be completed.\n\nLiberalization got underway in May "
     "1985 when foreign banks received Bundesbank permission to lead-manage mark eurobonds.", "1987-04-13"),
]  # fmt: skip


def _everything(text: str, dct: str) -> list[tuple[int, int, str, str, str | None]]:
    return [(t.start_char, t.end_char, t.type, t.value, t.mod) for t in extract_timexes(text, date.fromisoformat(dct))]


@pytest.mark.parametrize(("text", "dct"), _GATED_TEXTS, ids=lambda v: str(v)[:30])
def test_gates_never_change_the_output(text: str, dct: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _everything(text, dct)
    assert gated, "each text names times"
    every_rule = (1 << len(dates._PATTERNS)) - 1
    monkeypatch.setattr(dates, "_patterns_for", lambda gates, part: every_rule)
    assert _everything(text, dct) == gated


def test_the_modal_may_leaves_the_month_may_tagged() -> None:
    text, dct = _GATED_TEXTS[-1]
    check_timex(text, dct, "May 1985", ("DATE", "1985-05", None))
    check_timex(text, dct, "years", ("DURATION", "PXY", None))


# -- what a day points to: prepositions over modifiers, plans, possessives -------------------------
# A weekday is the nearest one the clause's tense allows; these cues come before the clause's verb.
# "until late Friday" is bounded ahead like "until Friday" (the modifier "late" is part of the
# extent, not of the preposition); "is slated to", "is due back" plan ahead, as does the new time of
# a rescheduled event ("has been accelerated to noon on Friday"); a "since" clause looks
# back; a day's possessive names an event the text already knows ("despite Sunday's defeat"), which
# a plan or a conditional in the clause does not move ahead, and "around" before it is the
# preposition of the noun, not an approximation of the day (TimeML keeps "around" only when it
# modifies the time itself).

_DAY_CUE_CASES = [
    ("The executive committee is due to meet Friday at 1100 GMT, with the council unlikely to reconvene "
     "until late Friday, consumers said.", "1987-03-26", "late Friday", ("DATE", "1987-03-27", "END"), True),
    ("The unilateral boycott gives domestic companies until late September to cut trade ties with South "
     "Africa and Namibia.", "1987-03-17", "late September", ("DATE", "1987-09", "END"), True),
    ("Okongwu left Paris today for London and is due back in Nigeria on Monday, diplomatic sources said.",
     "1987-03-27", "Monday", ("DATE", "1987-03-30", None), True),
    ("Meanwhile, the Chicago Board of Trade is slated to hold a press briefing on Tuesday in New York about "
     "its plans to list a futures contract based on a corporate bond index.", "1987-10-19", "Tuesday", ("DATE", "1987-10-20", None), True),
    ("Earlier, an attorney for shareholder John Paul Decker said he filed suit due to the precipitous decline "
     "in Mellon's stock since reporting on Thursday that it would be posting a first quarter loss of 55-65 mln "
     "dlrs.", "1987-04-03", "Thursday", ("DATE", "1987-04-02", None), True),
    ("Nakasone vowed yesterday to press on with his plan despite Sunday's unexpected Upper House by-election "
     "defeat of the ruling Liberal Democratic Party (LDP) in a conservative stronghold.", "1987-03-11", "Sunday", ("DATE", "1987-03-08", None), True),
    ("Saying ``nothing is certain'' about Elian's return, Cuba's government exhorted citizens to keep "
     "rallying, after the boy's relatives in Miami said they would look for ways to get around Wednesday's "
     "ruling by the U.S. Immigration and Naturalization Service to repatriate the child by Jan. 14.",
     "2000-01-15", "Wednesday", ("DATE", "2000-01-12", None), True),
    ("Selling period for the bond -- which dealers say has been seeing good demand -- has been accelerated to "
     "noon on Friday.", "1987-03-11", "noon on Friday", ("TIME", "1987-03-13T12:00", None), True),
    ("Liquidity will be further tightened by the fortnightly Treasury Bill auction tomorrow and Friday's hike "
     "in reserve requirements, expected to absorb over 200 billion pesetas from the system.", "1987-03-11", "Friday",
     ("DATE", "1987-03-13", None), True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected", "parsed"), _DAY_CUE_CASES, ids=lambda v: str(v)[:30])
def test_day_cues(text: str, dct: str, surface: str, expected: Expected, parsed: bool) -> None:
    check_timex(text, dct, surface, expected, parsed)


def test_around_a_possessive_day_is_no_approximation() -> None:
    text, dct = _DAY_CUE_CASES[6][0], _DAY_CUE_CASES[6][1]
    check_timex(text, dct, "around Wednesday", None, parsed=True)


# -- rates ----------------------------------------------------------------------------------------
# TimeBank and MEANTIME leave a period that divides an amount unannotated ("$1 billion a year" is
# left out in most of TimeBank's rates, "one million visitors per week" in MEANTIME), as this tagger
# already did for "10 mln dlrs a year" right after the amount; the amount may stand a few words back,
# and "per" rates count alike. A period that is the object of a preposition stays a duration.

_RATE_CASES = [
    ('"The well also flows natural gas at the rate of 12 mln standard cubic feet a day," he added.',
     "1987-10-20", "a day", None),
    ("Foreign oil firms pump an average of 225,083 barrels per day in Colombia.", "1987-06-02", "per day", None),
    ("Under the agreement, the EC will import two mln tonnes of maize and 300,000 tonnes of sorghum a year into "
     "Spain at specially reduced levy rates for the next four years.", "1987-04-02", "a year", None),
    ("Under the agreement, the interstate pipeline division of Arkla Inc will carry up to 25 mln cubic feet of "
     "gas a day until Dec 31, 1987, and, subject to capacity, up to 50 mln cubic feet a day in 1988 and 75 mln "
     "feet a day for the rest of the pact.", "1987-03-31", "a day", None),
    ("Masse said the program will probably generate new employment equivalent to 20,000 people working for a "
     "year.", "1987-03-25", "a year", ("DURATION", "P1Y", None)),
    ("Ongpin said the first tranche of 100 mln dlrs was expected within a month.", "1987-03-30", "a month",
     ("DURATION", "P1M", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected"), _RATE_CASES, ids=lambda v: str(v)[:30])
def test_rates_after_an_amount(text: str, dct: str, surface: str, expected: Expected) -> None:
    check_timex(text, dct, surface, expected, parsed=True)


# -- a newspaper is no recurrence -------------------------------------------------------------------
# "daily"/"monthly" as a noun (a newspaper or magazine) closes a noun phrase a determiner opens;
# the adverb and the adjective stay SETs.

_PAPER_CASES = [
    ("The party daily said that losses in the industry owing to waste and theft amounted to 7.3 mln roubles "
     "over the last two and a half years.", "1987-04-07", "daily", None),
    ("AMSTERDAM, June 16 - Dutch retail and services group Vendex International <VENN.AS> has delayed its "
     "flotation from 1988 to 1990, chairman and major shareholder Anton Dreesmann said in an interview with a "
     "Dutch financial daily.", "1987-06-16", "daily", None),
    ("The report, published today by the economic monthly, The Peru Report, said the success of president "
     "Alan Garcia's government in stimulating output last year to achieve a growth in gross domestic product "
     "of over eight pct \"represents gains in the short term at the expense of the long.\"", "1987-03-09",
     "monthly", None),
    ("NEW YORK, April 8 - Pan American Corp's Pan Am World Airways said it will begin daily service tomorrow "
     "from Atlanta to New York, Washington and Miami", "1987-04-08", "daily", ("SET", "P1D", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected"), _PAPER_CASES, ids=lambda v: str(v)[:30])
def test_newspapers_named_daily(text: str, dct: str, surface: str, expected: Expected) -> None:
    check_timex(text, dct, surface, expected)


# -- a period "ending" a month and day still runs --------------------------------------------------
# "the year ending October 31" is the period running at the time of writing: when the nearest
# October 31 lies more than five months back, it is the one ahead; reports on a quarter that has
# just closed ("Qtr ends Jan 31" in March) keep the nearest.

_RUNNING_PERIOD_CASES = [
    ('"Net earnings for the full year (ending October 31) should be in the ball park of some analysts\' '
     'estimates of 16 mln dlrs to 19 mln dlrs," Richard Jacob, Day chairman and chief executive officer said.',
     "1987-04-08", "October 31", ("DATE", "1987-10-31", None)),
    ("The company also said it expects to realize a profit of about 300,000 dlrs on its 25 pct interest in the "
     "Briarcliff Manor condominium project in New York, with about 140,000 dlrs of the profit being reflected "
     "in the year ending September 30.", "1987-03-25", "September 30", ("DATE", "1987-09-30", None)),
    ("LONGMONT, Colo., March 11 - Qtr ends Jan 31 Shr four cts vs 12 cts Net 102,508 vs 264,910 Revs "
     "2,278,083 vs 2,536,312", "1987-03-11", "Jan 31", ("DATE", "1987-01-31", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected"), _RUNNING_PERIOD_CASES, ids=lambda v: str(v)[:30])
def test_a_period_ending_a_date_still_runs(text: str, dct: str, surface: str, expected: Expected) -> None:
    check_timex(text, dct, surface, expected, parsed=True)


# -- "this quarter" still to come ------------------------------------------------------------------
# Earnings copy says "This quarter's loss" of the quarter it reports on (TimeBank dev wsj_0344), but a
# quarter something will still happen in is the DCT's own.

_THIS_QUARTER_CASES = [
    ("Baldrige said he was making his prediction without having seen the February trade figures, but he said "
     "that the volume of imports has dropped beginning with the fourth quarter of 1986 and will continue to "
     "drop in this quarter.", "1987-03-25", "this quarter", ("DATE", "1987-Q1", None)),
    ("He expects real GNP, which grew at a 1.1 pct rate in fourth-quarter 1986, to expand at a 3.3 pct rate "
     "this quarter and 3.5 pct next quarter.", "1987-03-30", "this quarter", ("DATE", "1987-Q1", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected"), _THIS_QUARTER_CASES, ids=lambda v: str(v)[:30])
def test_this_quarter_still_to_come(text: str, dct: str, surface: str, expected: Expected) -> None:
    check_timex(text, dct, surface, expected, parsed=True)


# -- months that lie ahead in wire copy ------------------------------------------------------------
# A dividend "payable in" a month and a futures contract month quoted in a market report ("July was
# up 13.1 cents at 6.785 dlrs") are coming months, whatever the clause's tense, as "payable on" and
# "Aug/Sept at 1,870 dlrs" already were.

_COMING_MONTH_CASES = [
    ("HAMMIND, Ind., March 24 - Northern Indiana Public Service Company said it again omitted its quarterly "
     "common stock dividend which would have been payable in May.", "1987-03-24", "May", ("DATE", "1987-05", None)),
    ("He also said that CSR is sufficiently encouraged by future prospects and the opportunity to reposition "
     "the group in core businesses to foreshadow an increase in final dividend payable in July to 10 cents from "
     "nine to make an annual 19 cents against 18 in 1985/86.", "1987-03-31", "July", ("DATE", "1987-07", None)),
    ("July was up 13.1 cents at 6.785 dlrs, both exactly as they were at 1000 hrs EDT this morning.", "1987-04-07",
     "July", ("DATE", "1987-07", None)),
    ("June and July closed seven ringgit firmer at 746 and 742 ringgit per tonne respectively, while April and "
     "May were six and five ringgit higher at 747.", "1987-04-07", "June", ("DATE", "1987-06", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected"), _COMING_MONTH_CASES, ids=lambda v: str(v)[:30])
def test_coming_months_in_wire_copy(text: str, dct: str, surface: str, expected: Expected) -> None:
    check_timex(text, dct, surface, expected, parsed=True)


# -- a unit as a measure or a fraction ---------------------------------------------------------------
# "hours worked" and a dispute "over hours" measure work, not a stretch of time; "one-half hour" is a
# fraction of an hour, not a range from one hour to a half.

_MEASURE_CASES = [
    ("Economists stressed that gains in hours worked signal much larger gains in February U.S. production and "
     "income than previously forecast.",
     "1987-03-06", "hours", None),
    ("A circular sent to the banks today reverses a shift in early April to a five day week and follows three "
     "months of controversy within the domestic banking sector over hours.", "1987-06-29", "hours", None),
    ("The exchange closed one-half hour early for the second straight day.", "1987-10-20", "one-half hour",
     ("DURATION", "PT30M", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected"), _MEASURE_CASES, ids=lambda v: str(v)[:30])
def test_units_as_measures_and_fractions(text: str, dct: str, surface: str, expected: Expected) -> None:
    check_timex(text, dct, surface, expected, parsed=True)
