"""Round-7 TIMEX3 rules, one table per mechanism.

Every row is a real news sentence (Reuters-21578 from 1987 with its <DATE>, or TimeBank-AQUAINT
dev) with the document date and the expected (type, value, mod) of one expression; ``None`` means
the surface must not be tagged. Rows marked "parsed" run with the spaCy parse as the pipeline does.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import Expected, check_timex

# -- the reference time carries into the next sentence ----------------------------------------------
# TimeML anchors "the previous year", "a year earlier" to the time the narrative talks about, which
# a sentence sets and the next one keeps; two sentences on, the story is back at the DCT. A year
# named as the point of comparison, even at the end of a long "from X in ... and Y in ..." list, sets
# no reference time.

_CARRIED_REFERENCE_CASES = [
    # reuters-7066
    ("Gross profit for 1986 reached 340.5 mln francs, with 276 mln francs subtracted for ordinary depreciation.\n\nGross profits for the previous year had been 382.5 mln francs, with 314 mln subtracted.", "1987-03-19", "the previous year", ("DATE", "1985", None)),
    # reuters-4686
    ("Outstanding savings on December 31, 1986 totalled 545,303 billion yen. Funds in investment trusts alone totalled 21,918 billion yen, up 37.4 pct from a year earlier.", "1987-03-13", "a year earlier", ("DATE", "1985", None)),
    # reuters-4962
    ("Natural gas liquid reserves were also lower in 1986 from the previous year.\n\nNet proved crude oil reserves also fell in Canada to 224 mln barrels from the previous year's level of 231 mln barrels.", "1987-03-13", "the previous year", ("DATE", "1985", None)),
    # two sentences on, the DCT anchors again
    ("Gross profit for 1984 reached 340.5 mln francs. The airline bought two aircraft. Profits for the previous year had been 382.5 mln francs.", "1987-03-19", "the previous year", ("DATE", "1986", None)),
    # reuters-15425, reuters-4470: a narrative year hung on a preposition
    ("On February 26 MEPC made an agreed bid for Oldham based on a formula reflecting its asset value at 30 September 1986. A year earlier Oldham's net asset value was put at 531.4 mln stg.", "1987-04-09", "A year earlier", ("DATE", "1985", None)),
    ("The last poor temporao was in 1984 when prolonged drought and later pod rot cut production to 1.79 mln bags, the lowest since 1974.\n\nGood growing conditions the following year produced a temporao of 3.12 mln bags.", "1987-03-12", "the following year", ("DATE", "1985", None)),
    # no carry: a year modifying a noun (reuters-3840), a bare "Prior year" column label (reuters-4930),
    # a sentence naming a time of its own (reuters-6376), a DCT-counted "a year before" (reuters-1618)
    ("1985 net excludes 32 ct shr loss from discontinued operations.\n\nGross proven and probable reserves of crude oil 18.4 mln barrels, off 7.6 pct from a year before.", "1987-03-11", "a year before", ("DATE", "1986", None)),
    ("Share adjusted for three-for-one stock split and recapitalization in December 1985.\n\nPrior year net both periods includes pretax charge of 2,300,000 dlrs.", "1987-03-13", "Prior year", ("DATE", "1986", None)),
    ("Overseas production will account for 35 pct of its total production in 1990 from the present 20 pct.\n\nHashimoto also said parent current profit in the five-month period is estimated at around 17 billion yen, down 33 pct from a year earlier.", "1987-03-18", "a year earlier", ("DATE", "1986", None)),
    ("General Motors Corp said car sales for February 21 through 28 were off 8.6 pct to 98,036 from 107,207 a year before.\n\nThe company said truck sales for the period were up 10.9 pct to 42,593 from 38,402 a year before.", "1987-03-04", "a year before", ("DATE", "1986", None)),
    # reuters-198: the December 1985 of "from ... in November and ... in December 1985" is a comparison
    ("Year-on-year M-3 rose 17.77 pct from a revised 15.34 pct in November and 20.50 pct in December 1985.\n\nNarrowly defined year-on-year M-1 growth was 15.89 pct against a revised 27.52 pct in November and 12.3 pct a year earlier.", "1987-02-26", "a year earlier", ("DATE", "1986", None)),
    # reuters-4036: "against 594,500 in February 1986" compares, digit commas and all
    ("The number of unemployed declined to 632,100 from 638,300 in January, against 594,500 in February 1986, it said.\n\nBut unadjusted, the number of jobless rose to 699,800 from 671,400 in January and 658,500 a year earlier.", "1987-03-12", "a year earlier", ("DATE", "1986", None)),
    # reuters-293: "in the corresponding period of 1985/86" is the comparison
    ("Total offtake was 2.71 mln tonnes, against 2.81 mln tonnes (including 993,000 imported) in the corresponding period of 1985/86.\n\nFactory stocks at end-January were 3.05 mln tonnes against 3.13 mln a year earlier.", "1987-03-02", "a year earlier", ("DATE", "1986-01", None)),  # the month reported, a year back (round 41)
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected"), _CARRIED_REFERENCE_CASES, ids=lambda v: str(v)[:30])
def test_reference_time_of_the_previous_sentence(text: str, dct: str, surface: str, expected: Expected) -> None:
    check_timex(text, dct, surface, expected)


# -- a month word that is a person's first name ---------------------------------------------------
# "August Busch", "June Page": spaCy may tag the month word as a DATE of its own; the surname is
# told from a traded good ("April Brent", "June Eurodollars") by a title or role before the pair, a
# suffix, a reporting verb or an apposition after it, or the surname standing alone as a person.

_FIRST_NAME_CASES = [
    # reuters-9376, reuters-10605
    ("He will be replaced as president of the unit by August Busch III, chairman and president of the company.", "1987-03-25", "August", None, True),
    ("Investors will zero in on stocks that have visible and predictable earnings growth,\" E.F. Hutton food analyst June Page said.", "1987-03-27", "June", None, True),
    ("August Busch, chairman of Anheuser-Busch Cos Inc, said beer sales rose.", "1987-03-10", "August", None, True),
    ("U.S. Ambassador April Glaspie met Saddam Hussein on July 25.", "1990-09-12", "April", None, False),
    ("The brewer named August Busch to its board. Mr. Busch said the plan would work.", "1987-03-10", "August", None, False),
    # months stay months: traded goods, a range, a day, a company
    ("April Brent traded as high as 19.40 dlrs, traders said.", "1987-03-10", "April", ("DATE", "1987-04", None), True),
    ("June Eurodollars were untraded on a buy/sell quote.", "1987-03-10", "June", ("DATE", "1987-06", None), True),
    ("The central bank said that between January and May Ecuador sold 16.1 mln barrels of crude. Ecuador said it would resume.", "1987-06-18", "May", ("DATE", "1987-05", None), True),
    ("The company said it will pay the dividend June 15 to holders of record May 20.", "1987-03-10", "June 15", ("DATE", "1987-06-15", None), True),
    ("The May Department Stores Co said its sales rose 12 pct.", "1987-03-10", "May", None, True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected", "parsed"), _FIRST_NAME_CASES, ids=lambda v: str(v)[:30])
def test_month_word_as_first_name(text: str, dct: str, surface: str, expected: Expected, parsed: bool) -> None:
    check_timex(text, dct, surface, expected, parsed)


# -- month pairs ------------------------------------------------------------------------------------
# TimeML annotates a range's two ends apart, so "Aug/Sept" is two DATEs (short names without a
# period count only in a pair); a pair spanning a calendar quarter before "quarter" or "period" is
# that quarter. A range holding the DCT takes the DCT's year, one after a split year ("1987/88
# (July-June)") opens in its first year, and a run of months before a trade noun is a forward position.

_MONTH_PAIR_CASES = [
    # reuters-19322, reuters-13653, reuters-20757, reuters-5879
    ("The next tender, for Aug/Sept/Oct shipment, was set for June 24, the spokesman said.", "1987-06-19", "Aug", ("DATE", "1987-08", None)),
    ("The next tender, for Aug/Sept/Oct shipment, was set for June 24, the spokesman said.", "1987-06-19", "Oct", ("DATE", "1987-10", None)),
    ("Jun/Jul shipments of Philippine/Indonesian coconut oil sold at 390 dlrs.", "1987-04-07", "Jun", ("DATE", "1987-06", None)),
    ("Salek said the accumulated surplus in the Jan-Sept period was 7.857 billion dlrs.", "1987-10-20", "Sept", ("DATE", "1987-09", None)),
    ("Other economists said the 0.8 pct growth registered in Oct/Dec may have been inflated by special factors.", "1987-03-17", "Dec", ("DATE", "1986-12", None)),
    ("Argentine meat exports during Jan/Dec 1986 totalled 220,911 tonnes.", "1987-03-11", "Jan", ("DATE", "1986-01", None)),
    # a spread's name in a table of differences, and a lone short name, stay untagged
    ("MONTHS    LAST          DIFFERENCE May/Jul   0.34 under    0.35 under", "1987-04-07", "Jul", None),
    ("Shr 12 cts vs 10 cts Net 1.2 mln vs 1.1 mln Sales 4.5 mln vs 4.2 mln Note: Qtr ended Aug", "1987-10-19", "Aug", None),
    # the calendar quarter two months span (reuters-5805, reuters-6494, reuters-5210, reuters-8153)
    ("TOKYO, March 17 - Japan's gross national product (GNP) rose a real 0.8 pct in the October/December quarter after an upwardly revised 0.7 pct increase.", "1987-03-17", "the October/December quarter", ("DATE", "1986-Q4", None)),
    ("The Commerce Department said the rate of growth of the Gross National Product in the October-December period was only slightly less than a preliminary estimate.", "1987-03-18", "the October-December period", ("DATE", "1986-Q4", None)),
    ("Japan's overall business performance was likely to bottom out in the current January-March quarter, the Finance Ministry said.", "1987-03-16", "the current January-March quarter", ("DATE", "1987-Q1", None)),
    ("The economy will start picking up in the April-June quarter, partly because of an improvement in earnings.", "1987-03-23", "the April-June quarter", ("DATE", "1987-Q2", None)),
    # a fiscal span is no calendar quarter: two months (reuters-16134-like load factor note)
    ("The load factor was 66.6 pct in the April/February period compared with 65.1 pct.", "1987-03-20", "the April/February period", None),
    # the range holding the DCT (reuters-17896); a split year opens the season (reuters-18297, reuters-15290, reuters-3034)
    ("Fernandez said an IMF mission would visit here in July or August to review performance in the January-June period.", "1987-06-02", "January", ("DATE", "1987-01", None)),
    ("Morocco had been expected to import 140,000 tonnes of mostly French wheat during the 1987/88 (July-June) season.", "1987-06-02", "July", ("DATE", "1987-07", None)),
    ("Morocco had been expected to import 140,000 tonnes of mostly French wheat during the 1987/88 (July-June) season.", "1987-06-02", "June", ("DATE", "1988-06", None)),
    ("The government authorized an export quota of nearly 1.1 mln head of live cattle for the 1986/87 season (Aug-July).", "1987-04-08", "Aug", ("DATE", "1986-08", None)),
    ("The CMB has estimated that production will rise 20 to 25 pct in the current 1986/87 October-September season.", "1987-03-09", "October", ("DATE", "1986-10", None)),
    # "would have risen" is a past counterfactual, not a future (reuters-5879)
    ("Agency officials said public spending would have risen 1.1 pct in Oct/Dec without the issue.", "1987-03-17", "Oct", ("DATE", "1986-10", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected"), _MONTH_PAIR_CASES, ids=lambda v: str(v)[:30])
def test_month_pairs(text: str, dct: str, surface: str, expected: Expected) -> None:
    check_timex(text, dct, surface, expected, parsed=True)


# -- two-digit years ----------------------------------------------------------------------------------
# Crop, fiscal and plan years ("1986/87", "1985-86", "the 1985-90 plan") are ranges of years: TimeML
# tags the two ends apart, and the first year is the one talked about ("in 1986/87 ... a year earlier"
# is 1985; "during that year" is 1986). A date "ending June 30" after one falls in its second year.
# Tables write "Feb 87   Jan 87   Feb 86"; a two-digit year must lie near the DCT and be framed by a
# column or a preposition ("Aug 98 unch" is a price).

_TWO_DIGIT_YEAR_CASES = [
    # reuters-275, reuters-238, reuters-227
    ("The embassy report says coffee stocks will rise to 1.3 mln tonnes in 1987/88 from 1.15 mln in 1986/87.", "1987-03-02", "1987", ("DATE", "1987", None)),
    ("The embassy report says coffee stocks will rise to 1.3 mln tonnes in 1987/88 from 1.15 mln in 1986/87.", "1987-03-02", "88", ("DATE", "1988", None)),
    ("Businessmen said growth would stay below the five pct a year envisaged by the 1985-90 development plan.", "1987-03-01", "90", ("DATE", "1990", None)),
    ("Domestic demand is now expected to make no contribution to Australian economic growth in fiscal 1986/87, ending June 30, while net exports will account for it.", "1987-02-26", "June 30", ("DATE", "1987-06-30", None)),
    ("Sales rose between 1992-1995 and fell in 1996.", "1997-03-01", "1995", ("DATE", "1995", None)),
    # the first year is the reference time (reuters-17460), the focus of "that year" (reuters-246)
    ("Office automation equipment sales rose to 650 billion yen in 1986/87 from 600 billion a year earlier, Iemura said.", "1987-06-01", "a year earlier", ("DATE", "1985", None)),
    ("The government failed to publish a 1986/87 budget due to uncertainty surrounding oil revenues.\n\nSheikh Abdul-Aziz said that during that year the government decided to limit recurrent expenditure.", "1987-03-01", "that year", ("DATE", "1986", None)),
    # the first half of a split fiscal year (reuters-10342)
    ("Dieter Spethmann told the annual meeting the group was satisfied with profit developments in the first half of the 1986/87 financial year to September 30.", "1987-03-27", "September 30", ("DATE", "1987-09-30", None)),
    # no range: a descending pair, a bond's price
    ("The index stood at 1986/85 points.", "1987-03-02", "85", None),
    # table headers (reuters-10322, reuters-14783)
    ("Sales and end-month stocks in tonnes were: Feb 87   Jan 87   Feb 86 Sales   36,557   38,678   75,687", "1987-03-27", "Feb 86", ("DATE", "1986-02", None)),
    ("The stocks (in tonnes), with February and year-earlier comparisons, were - March 87  Feb 87    March 86 Crude Rubber     41,536   42,094", "1987-04-07", "March 87", ("DATE", "1987-03", None)),
    ("Stocks have risen steadily since Dec 86, traders said.", "1987-03-17", "Dec 86", ("DATE", "1986-12", None)),
    # a price, a day, a distant number (reuters-13653-like price table, reuters-6494)
    ("MILLET - Argentine Jly 96.50 unch Aug 98 unch", "1987-04-07", "Aug 98", None),
    ("The company reported 54,993 common shares on March 67 at 10 dlrs each.", "1987-03-17", "March 67", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected"), _TWO_DIGIT_YEAR_CASES, ids=lambda v: str(v)[:30])
def test_two_digit_years(text: str, dct: str, surface: str, expected: Expected) -> None:
    check_timex(text, dct, surface, expected)


# -- fractions of an hour ---------------------------------------------------------------------------

_FRACTION_CASES = [
    # reuters-20745
    ("The SEC said it made a one-day exception to its rule of prohibiting companies from repurchasing their own stock in the last half hour of trading.", "1987-10-20", "the last half hour", ("DURATION", "PT30M", None)),
    ("The rule prohibiting repurchases in the final half-hour of trading works to prevent rapid end-of-day stock price rises.", "1987-10-20", "the final half-hour", ("DURATION", "PT30M", None)),
    ("Prices fell sharply in the first half-hour of trading.", "1987-10-20", "the first half", None),
    ("Three-quarters of an hour later the talks resumed.", "1987-10-20", "Three-quarters of an hour", ("DURATION", "PT45M", None)),
    ("The index rose in the last quarter-hour of trading.", "1987-10-20", "the last quarter-hour", ("DURATION", "PT15M", None)),
    # a half of the year stays one
    ("Profit in the first half of 1987 rose 12 pct.", "1987-10-20", "the first half of 1987", ("DATE", "1987-H1", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected"), _FRACTION_CASES, ids=lambda v: str(v)[:30])
def test_fractions_of_an_hour(text: str, dct: str, surface: str, expected: Expected) -> None:
    check_timex(text, dct, surface, expected)


# -- fresh Reuters reading -----------------------------------------------------------------------------
# "year-on-year" compares, it spans nothing; "a year before and ..." counts back like "a year
# before."; a newspaper named for its day ("the Sunday Telegraph") is no date; a dateline a day off
# the feed's UTC stamp gives the reporter's date, from which "today" and "Tuesday" count.

_FRESH_READING_CASES = [
    # reuters-7606, reuters-6965, reuters-3193, reuters-9668
    ("The rise follows a year-on-year increase in December 1986 of 4.5 pct.", "1987-03-20", "a year", None),
    ("Istat figures showed industrial production rose 2.4 pct in January, on a month-on-month basis.", "1987-03-20", "a month", None),
    ("The company said revenue passenger miles rose 9.5 pct to 10.9 mln from 9,962,399 a year before and available seat miles rose 20.3 pct.", "1987-03-09", "a year before", ("DATE", "1986", None)),
    ("The joint company will continue to print northern editions of the Telegraph and Sunday Telegraph.", "1987-03-25", "Sunday", None),
    # reuters-19995 (sent 19-OCT-1987 21:58 GMT), reuters-13260 (sent 5-APR-1987 20:33 GMT)
    ("MANILA, Oct 20 - An explosive device blew up in the Philippine Congress building early on Tuesday, a congressional security official said.", "1987-10-19", "Tuesday", ("DATE", "1987-10-20", None)),
    ("LONDON, April 6 - A poll in today's Daily Express showed 39 pct support for the ruling Conservatives. A poll in yesterday's Sunday Times gave the Conservatives 41 pct.", "1987-04-05", "yesterday", ("DATE", "1987-04-05", None)),
    # a dateline further off is no local date: the feed's date stays
    ("LONDON, April 9 - The Bank of England said today it had provided 200 mln stg.", "1987-04-05", "today", ("DATE", "1987-04-05", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected"), _FRESH_READING_CASES, ids=lambda v: str(v)[:30])
def test_fresh_reuters_reading(text: str, dct: str, surface: str, expected: Expected) -> None:
    check_timex(text, dct, surface, expected)


_RATE_AND_CLOCK_CASES = [
    # wire units before "a year" make a rate, not a duration (reuters-21565, reuters-15730, reuters-6546)
    ("The loss of aid and sugar supports will cost Fiji about 10 mln dlrs a year.", "1987-10-19", "a year", None),
    ("The army says Israel's air raids on its northern neighbour, averaging two a month, are aimed mostly at Palestinian guerrillas.", "1987-04-09", "a month", None),
    ("Production of alumina is running at around 3,000 tonnes a day and is expected to get back to full capacity within a week.", "1987-03-18", "a week", ("DURATION", "P1W", None)),
    # "0930 hrs EST April 7" is one time on its own day (reuters-12954, reuters-11694)
    ("The notes are for settlement April 9 and when-issued trading is expected to begin at 0930 hrs EST April 7, it said.", "1987-04-03", "0930 hrs EST April 7", ("TIME", "1987-04-07T09:30", None)),
    ("Offers are due no later than 1200 hrs EST, April 2, and will remain valid through April 3.", "1987-03-31", "1200 hrs EST, April 2", ("TIME", "1987-04-02T12:00", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected"), _RATE_AND_CLOCK_CASES, ids=lambda v: str(v)[:30])
def test_rates_and_wire_clock_times(text: str, dct: str, surface: str, expected: Expected) -> None:
    check_timex(text, dct, surface, expected)


# -- which year a bare month takes: cues the clause's tense misses ----------------------------------------
# A preposition places a possessive day's event ("after Monday's U.S. Action"); forward trade names a
# month by its price against another ("for June at 20-1/2 cents over July") or by a stock index future
# ("June S and Ps"); bills "maturing in June" and money coming "no earlier than June" lie ahead; an
# amount compared "from 14.8 billion in January" lies behind, whatever the forecast's tense.

_MONTH_YEAR_CUE_CASES = [
    # reuters-20774 (local date Tuesday Oct 20)
    ("BAHRAIN, Oct 20 - Iran, having vowed to react strongly after Monday's U.S. Action, launched a barrage of threats.", "1987-10-20", "Monday", ("DATE", "1987-10-19", None)),
    # reuters-14702, reuters-14699, reuters-8951, reuters-13809, reuters-15454, reuters-2611
    ("Dealers said that 50,000 tonnes traded yesterday for June at 20-1/2 cents over July.", "1987-04-07", "June", ("DATE", "1987-06", None)),
    ("Corn (Number three grade) April - 23 ov May bid, 26 offered. June - 21 ov Jly bid, 23 offered.", "1987-04-07", "June", ("DATE", "1987-06", None)),
    ("The selloff followed an early rally that had sent June S and P 500s to a new contract high of 306.10.", "1987-04-07", "June", ("DATE", "1987-06", None)),
    ("She said that the Fed bought bills maturing in June and July, and on August 27 and September 10.", "1987-03-24", "June", ("DATE", "1987-06", None)),
    ("He said the World Bank co-financing is likely to come to the market no earlier than June.", "1987-04-07", "June", ("DATE", "1987-06", None)),
    ("The figures are expected to show a deficit of 13 billion dlrs, from a provisional 14.8 billion in January.", "1987-04-09", "January", ("DATE", "1987-01", None)),
    ("The partnership said it will make a five ct per share distribution to unitholders, down from 15 cts in December.", "1987-03-06", "December", ("DATE", "1986-12", None)),
    # a number in the sentence before is no comparison (reuters-6054)
    ("Merx has since withdrawn from the oil market. The firm will announce 1986 results in July.", "1987-03-17", "July", ("DATE", "1987-07", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected"), _MONTH_YEAR_CUE_CASES, ids=lambda v: str(v)[:30])
def test_month_year_cues(text: str, dct: str, surface: str, expected: Expected) -> None:
    check_timex(text, dct, surface, expected, parsed=True)


def test_local_date_of_a_split_off_dateline() -> None:
    """The pipeline's cleaning splits the dateline off; its local date can still be the DCT."""
    from tasks.dates import local_date

    assert local_date("PEKING, April 1 -", date(1987, 3, 31)) == date(1987, 4, 1)
    assert local_date("PEKING, April 1 -", date(1987, 3, 25)) == date(1987, 3, 25)
    assert local_date("The Senate voted.", date(1987, 3, 31)) == date(1987, 3, 31)
    assert local_date("PEKING, April 1 -", None) is None
