"""Amounts round 20: multiples, "one" in fixed phrases, results-table cells, rate levels, software versions.

A BI user summing the ``amounts`` table met multiples stored as counts of ``time`` ("29 times Pioneer's
net earnings"), "one" of "one way or the other" as a count, results-table cells left as bare counts
("Net 248,000 vs 155,000 Revs ..."), the level of a rate after a move in points stored in ``percentage
point`` and "Berkeley BSD 4.3" as Bahamian dollars. MEANTIME dev gold marks the number of a multiple as a
QUANTITY ("four" of "up to four times faster", 30414_Apple_unveils_new_Intel-based_Mac), so multiples stay
amounts: quantities in ``unit`` ``times``.

Every sentence is from a Reuters-21578 story outside the evaluation sets, named by NEWID on its case (most
from the round-20 samples ``amt20:``/``amt20b:``; reuters-11817 from round 19's), or from MEANTIME dev,
unless it carries ``# made``.
"""

from __future__ import annotations

import re

import pytest

from tasks.amounts import extract_amounts
from tests.helpers import amount_rows as rows

MULTIPLES = [
    # reuters-11237
    ("It said the offer is generous since it will give Pioneer Sugar shareholders a price equivalent to 29 times "
     "Pioneer's net earnings last financial year and a premium of 22 pct over yesterday's market price which CSR said "
     "it believed already contained an element of takeover speculation.", "29", 29),
    # reuters-13966
    ("Assuming the company was valued at around eight times earnings, this would give a selling price valuing it "
     "at about 1.2 billion, though he said the recent good performance of the aerospace sector could nudge this "
     "figure upwards.", "around eight", 8),
    # reuters-16851
    ("In a separate statement, the ministry said last week's privatisation offer of 1.07 mln shares in <Banque du "
     "Batiment et des Travaux Publics> (BTP) was 65 times oversubscribed.", "65", 65),
    # reuters-3027
    ("Kodak also announced a 14-inch optical disk with 6.8 gigabytes of memory, five times the memory of a CD-ROM.",
     "five", 5),
    # reuters-4522
    ("The also reported that 25 pct of the non-farm businesses in their areas were having severe financial problems, "
     "and said the rate of rural non-farm business closings was nearly three times higher than normal.",
     "nearly three", 3),
    # reuters-18576
    ("It granted 25 of the officials a severance payment of just under three times their annual compensation if "
     "they are fired after a takeover.", "just under three", 3),
    # reuters-12909
    ("Europe's outsiders -- the six members of the European Free Trade Association (EFTA), and other small states -- "
     "fear the growing power of the 12 EC member countries, a market of 320 mln people, one and a half times as big "
     "as the whole U.S.", "one and a half", 1.5),
    # reuters-17891
    ("The first issue of 300 mln dlrs worth of T-bills by the MAS was 1.9 times subscribed while the first issue of "
     "500 mln dlrs worth of five-year bonds was three times oversubscribed.", "1.9", 1.9),
    # reuters-8055
    ("He inherited inflation of 23,000 pct a year, state enterprises that were losing hundreds of mlns of dlrs and a "
     "currency that traded on the black market at up to 16 times its official rate.", "16", 16),
    # reuters-1202: "-fold" only ever multiplies
    ("GENEVA, March 3 - General Motors hopes to sell between 7,000 and 8,000 North American-made vehicles in Europe "
     "this year, a five-fold rise over the year before, James Fry, vice- president of GM Overseas Distribution "
     "Corporation said.", "five", 5),
    # reuters-17891: the subscription before the multiple
    ("Economists and bankers said the recent share offer by Sembawang Maritime Ltd, which was oversubscribed 92.3 "
     "times and which raked in a record 6.80 billion dlrs, showed the flow of liquidity into the share market.",
     "92.3", 92.3),
    # reuters-5412: "a bank's", not "a week"
    ("The central bank has also lifted the restriction on the amount of foreign exchange loans, which previously "
     "were limited to three times a bank's capital equity.", "three", 3),
]


@pytest.mark.parametrize(("sentence", "text", "value"), MULTIPLES, ids=[c[1] for c in MULTIPLES])
def test_a_multiple_is_a_ratio_not_a_count_of_times(nlp, sentence: str, text: str, value: float) -> None:
    found = rows(nlp, sentence)[text]
    assert (found.kind, found.value, found.unit, found.object) == ("quantity", value, "times", None)


def test_an_elided_comparison_is_still_a_multiple(nlp) -> None:
    # MEANTIME dev 30414_Apple_unveils_new_Intel-based_Mac: the last "four times" drops its "faster"
    found = extract_amounts(nlp(
        "The new MacBook Pro - the computer replacing the PowerBook - are said to be up to four times faster than "
        "their predecessors (up to two times faster in the iMac, four times for the MacBook.)"
    ))
    assert [(a.text, a.unit) for a in found] == [("four", "times"), ("two", "times"), ("four", "times")]


OCCASIONS = [
    # reuters-10799
    ("The Philippine negotiating team refined the PINs idea three times before the final agreement was struck "
     "last Friday, Ongpin said.", "three"),
    # reuters-2052
    ("Last year the Republican-controlled Senate voted three times over the objections of the administration to "
     "cut U.S. funding of development banks by the amount of these loans.", "three"),
    # reuters-11215
    ("Tasker said Japan's discount rate, which was cut five times this past fiscal year, was so low that it forced "
     "funds from bank accounts into stocks, buoying the market.", "five"),
    # reuters-14359
    ("He said more than 100 men and women in the U.S. and Germany have been treated for six months to two years with "
     "the drug, and said studies indicate that its therapeutic effect can be maintained if patients take maintenance "
     "doses two or three times a week.", "three"),
]


@pytest.mark.parametrize(("sentence", "text"), OCCASIONS, ids=[c[0][:30] for c in OCCASIONS])
def test_a_number_of_occasions_stays_a_count(nlp, sentence: str, text: str) -> None:
    found = rows(nlp, sentence)[text]
    assert (found.kind, found.unit, found.object) == ("count", None, "time")


IDIOMS = [
    # reuters-9581
    "There's not much evidence one way or the other,\" said Dean Witter analyst Mark Daugherty.",
    # reuters-16009
    "\"One way or another, we will force our major trading partners to stimulate their economies,\" as a measure to "
    "correct the mounting U.S. trade deficit, Chronowitz said.",
    # reuters-4382
    "However, Lyng said he did not want to make a \"definitive commitment one way or another at this point.\"",
    # reuters-10472
    "As a result of the loss, the company said it has decided to discontinue the operations of its Big Value Outlets "
    "division, which will result in a yet undisclosed one time charge against earnings for the year.",
    # reuters-1306
    "\"They are trying to make sure that no one discounts, and to prevent that, it appears that Saudi Arabia or "
    "some other OPEC member will allocate some of their oil sales to help members that lose sales,\" Margoshes said.",
]


@pytest.mark.parametrize("sentence", IDIOMS, ids=[s[:30] for s in IDIOMS])
def test_one_in_a_fixed_phrase_counts_nothing(nlp, sentence: str) -> None:
    assert not [a for a in extract_amounts(nlp(sentence)) if a.text.lower() == "one"]


def test_one_side_against_the_other_counts_nothing_but_one_faction_counts(nlp) -> None:
    # reuters-5164
    found = extract_amounts(nlp(
        "Khomeini said there should not be \"one faction on one side and another on the other...The armed forces "
        "must be on the side of the Revolutionary Guards Corps and the Corps must support the armed forces.\""
    ))
    assert [(a.text, a.object) for a in found] == [("one", "faction")]


@pytest.mark.parametrize(("sentence", "obj"), [
    # reuters-15745: one of several ways, counted as the TimeBank-AQUAINT set counts "one of its judges"
    ("WASHINGTON, April 9 - Reducing the amount of crop base a farmer can receive deficiency payments on is being "
     "looked at as one way to cut the U.S. agriculture budget for fiscal year 1988, congressional aides and lobbyists "
     "said.", "way"),
    # reuters-12465: a source, counted
    ("\"The annual fear of frost in Brazil will probably grip the market sometime this month until June or early "
     "July,\" one trader said.", "trader"),
])
def test_one_that_counts_something_stays(nlp, sentence: str, obj: str) -> None:
    assert rows(nlp, sentence)["one"].object == obj


TABLES = [
    # reuters-17660: the parse counted the row's second cell as "cts" three cells on
    ("EDISON, N.J., June 1 - Shr 11 cts vs eight cts Net 248,000 vs 155,000 Revs 4,385,000 vs 2,487,000 Year Shr 36 "
     "cts vs 12 cts Net 720,000 vs 220,000", "155,000", 155000),
    # reuters-21388: a lower-case table, whose row label "assets" read as the counted noun
    ("NEW YORK, Oct 19 - shr profit 1.18 dlrs vs profit 1.15 dlrs net profit 219.2 mln vs profit 211.5 mln nine mths "
     "shr loss 84 cts vs profit 3.72 dlrs net loss 140.8 mln vs profit 682.4 mln assets 79.69 billion vs 71.99 billion "
     "loans 33.93 billion vs 35.33 billion", "682.4 mln", 682.4e6),
    ("NEW YORK, Oct 19 - shr profit 1.18 dlrs vs profit 1.15 dlrs net profit 219.2 mln vs profit 211.5 mln nine mths "
     "shr loss 84 cts vs profit 3.72 dlrs net loss 140.8 mln vs profit 682.4 mln assets 79.69 billion vs 71.99 billion "
     "loans 33.93 billion vs 35.33 billion", "71.99 billion", 71.99e9),
    # reuters-20548: the wire dropped the "vs"
    ("NEW YORK, Oct 20 - Shr 80 cts vs 62 cts Net 11.1 mln vs 8,545,000 Revs 68.6 mln vs 41.9 mln Nine mths Shr 1.96 "
     "dlrs vs 1.88 dlrs Net 26.8 mln 24.1 mln Revs 180.1 mln vs 126.3 mln", "24.1 mln", 24.1e6),
    # reuters-21081: the parse counted the row's cell as the "cts" of the next period's "Shr 58 cts"
    ("MONTREAL, Oct 19 - Shr 17 cts vs 13 cts Net 2.1 mln vs 1.03 mln Revs 15.6 mln vs 12 mln Nine mths Shr 58 cts "
     "vs 37 cts Net 6.9 mln vs 3.7 mln Revs 56.2 mln vs 27.5 mln", "12 mln", 12e6),
    # reuters-7476
    ("Toronto, March 19 - Shr 17 cts vs five cts Net 1,442,000 vs 393,000 Revs 9,771,000 vs 8,052,000 Year Shr 74 cts "
     "vs 23 cts Net 6,076,000 vs 1,875,000 Revs 34.9 mln vs 30.3 mln", "8,052,000", 8052000),
    # reuters-17685: a whole per-share figure beside one in cents
    ("SHEPHERD, Mont., June 1 - Shr profit four cts vs profit three cts Net profit 64,197 vs profit 56,437 Revs 4.9 "
     "mln vs 1.6 mln Six months Shr profit four vs loss seven cts Net profit 67,133 vs loss 114,427", "four", 0.04),
    # reuters-7954: a per-share figure with decimals is in dollars, whatever the other cell
    ("KEARNY, N.J., March 20 - Oper shr 1.21 vs 88 cts Oper net 7,767,000 vs 5,494,000 Revs 163.7 mln vs 133.5 mln",
     "1.21", 1.21),
]


@pytest.mark.parametrize(("passage", "text", "value"), TABLES, ids=[c[1] for c in TABLES])
def test_results_table_cells_are_money(nlp, passage: str, text: str, value: float) -> None:
    found = rows(nlp, passage)[text]
    # Toronto and Montreal datelines quote Canadian dollars since round 30
    currency = "CAD" if re.match(r"(?:TORONTO|MONTREAL)\b", passage, re.I) else "USD"
    assert (found.kind, found.currency, found.value) == ("money", currency, pytest.approx(value))


def test_a_share_count_row_stays_a_count(nlp) -> None:
    # reuters-5582: the "Avg shrs" row after a cell the change made money
    got = rows(nlp, "DALLAS, March 16 - Shr two cts vs eight cts Net 73,000 vs 233,000 Revs 21.0 mln vs 9,510,000 "
                    "Avg shrs 3,620,000 vs 2,886,000 Year Shr 66 cts vs 37 cts")
    assert (got["9,510,000"].kind, got["3,620,000"].kind, got["2,886,000"].kind) == ("money", "count", "count")


def test_a_count_in_a_tables_note_stays_a_count(nlp) -> None:
    # reuters-3903: "vs 13 and 52 week periods" shares its noun, and is no table cell
    got = rows(nlp, "NEW YORK, March 11 - Shr 26 cts vs 36 cts Shr diluted 25 cts vs 36 cts Net 1,389,000 vs "
                    "1,412,000 Revs 56.9 mln vs 35.1 mln Avg shrs 5,412,000 vs 3,962,000 Year Shr 90 cts vs 75 cts "
                    "Shr diluted 86 cts vs 75 cts Net 4,692,000 vs 2,961,000 Revs 201.4 mln vs 140.0 mln Avg shrs "
                    "5,234,000 vs 3,954,000 NOTE: Results for 14 and 53 week periods ended January 3, 1987, vs 13 and "
                    "52 week periods ended December 28, 1985 1985 net in both periods includes gain of 99,000 dlrs "
                    "from tax loss carryforward")
    assert got["13"].kind == "count"


def test_a_rate_level_after_a_move_in_points_is_a_percent_not_a_move(nlp) -> None:
    # reuters-11817: round 19 left the level "6-1/2" in percentage points, inherited from the move
    got = rows(nlp, "The banks raised the prime to the current six pct from five pct on February 28 after cutting "
                    "it 1-1/2 points from 6-1/2 on January 15 in response to upside pressure on the Hong Kong dollar, "
                    "he said.")
    assert (got["1-1/2 points"].kind, got["1-1/2 points"].unit) == ("percent", "percentage point")
    assert (got["6-1/2"].kind, got["6-1/2"].value, got["6-1/2"].unit) == ("percent", 6.5, None)


@pytest.mark.parametrize(("sentence", "text", "unit"), [
    # reuters-17449: both ends of a range of moves stay moves
    ("The tariff cuts, of between five and 30 percentage points, take effect on July 1.", "five", "percentage point"),
    # made: a move, then the level as the wire writes a rate, bare
    ("The central bank cut its discount rate by half a percentage point to 2.5 from 3.0.", "2.5", None),
])
def test_only_moves_are_in_percentage_points(nlp, sentence: str, text: str, unit: str | None) -> None:
    found = rows(nlp, sentence)[text]
    assert (found.kind, found.unit) == ("percent", unit)


def test_a_unix_version_is_no_bahamian_money(nlp) -> None:
    # reuters-9440
    got = rows(nlp, "Called the NPL, the mini supercomputers use Gould's UTX/32 operating system, which is a "
                    "compatible multi-processor extension of the UNIX operating system consisting of complete AT and T "
                    "System V and Berkeley BSD 4.3 environments, company officials said at a teleconference.")
    assert not [t for t in got if "4.3" in t]


def test_a_version_in_brackets_is_no_amount(nlp) -> None:
    # made: round 17's left-over probe, a version in brackets after an operating system's name
    assert rows(nlp, "Apple said Mac OS X Leopard (10.5) will ship in October.") == {}


@pytest.mark.parametrize(("sentence", "text", "kind"), [
    # made: Bahamian dollars written as the code, with a scale word
    ("The Bahamas government will borrow BSD 4.3 mln to rebuild the airport.", "BSD 4.3 mln", "money"),
    # reuters-1907: figures in brackets after names in a list stay amounts (their elided tonnes are left to a
    # later round)
    ("The major destinations in February were: China (419,196 tonnes), Egypt (301,909), Iraq (142,055), Japan "
     "(110,261), South Korea (100,847) and the Soviet Union (100,056 tonnes).", "301,909", "count"),
])
def test_figures_beside_names_that_are_no_versions_stay(nlp, sentence: str, text: str, kind: str) -> None:
    assert rows(nlp, sentence)[text].kind == kind
