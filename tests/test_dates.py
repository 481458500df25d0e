"""TIMEX3 tagging, normalization and anchoring; document dates and datelines.

``fixtures/timex_cases.csv`` holds real news sentences from the *dev* split of TimeBank-AQUAINT
with the gold TIMEX3 (type, value, mod) of one expression each, and the document date. They were
chosen among gold expressions the tagger reproduces from the sentence alone (so they guard
against regressions); the expressions it still gets wrong are measured by the eval harness.
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tasks.dates import Timex, extract_timexes, parse_dateline, parse_published_at
from tasks.evaluate import SHARED_DATA, split_of

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).parent.parent / "seeds" / "articles" / "000_f5a45168e158e88b.txt"
DCT = date(2020, 1, 16)


def _cases() -> list[dict[str, str]]:
    with open(FIXTURES / "timex_cases.csv", newline="") as f:
        return list(csv.DictReader(f))


def _one(text: str, dct: date | None, surface: str) -> Timex:
    hits = [t for t in extract_timexes(text, dct) if t.text == surface]
    assert hits, f"{surface!r} not found in {[t.text for t in extract_timexes(text, dct)]}"
    return hits[0]


# -- table of real expressions -------------------------------------------------------------------


def test_fixture_table_is_large_and_from_dev_only() -> None:
    cases = _cases()
    assert len(cases) >= 150
    assert {c["type"] for c in cases} >= {"DATE", "DURATION", "SET", "TIME"}
    assert all(split_of(c["doc"]) == "dev" for c in cases)


@pytest.mark.parametrize("case", _cases(), ids=lambda c: f"{c['doc']}:{c['text']}")
def test_real_expression(case: dict[str, str]) -> None:
    got = _one(case["sentence"], date.fromisoformat(case["dct"]), case["text"])
    assert (got.type, got.value, got.mod or "") == (case["type"], case["value"], case["mod"])


# -- seed article ----------------------------------------------------------------------------------


def test_seed_article_with_document_date() -> None:
    text = SEED.read_text()
    got = {(t.text, t.type, t.value, t.mod) for t in extract_timexes(text, DCT)}
    assert ("January 15", "DATE", "2020-01-15", None) in got
    assert ("January 13", "DATE", "2020-01-13", None) in got
    assert ("January 3", "DATE", "2020-01-03", None) in got
    assert ("January 14", "DATE", "2020-01-14", None) in got
    assert ("two-week", "DURATION", "P2W", None) in got
    assert ("less than two weeks", "DURATION", "P2W", "LESS_THAN") in got


def test_seed_article_without_document_date() -> None:
    timexes = extract_timexes(SEED.read_text(), None)
    jan15 = [t for t in timexes if t.text == "January 15"]
    assert jan15 and all(t.value == "XXXX-01-15" and t.anchor == "none" for t in jan15)
    assert all(not t.year_inferred and t.date_start is None for t in jan15)
    assert {t.value for t in timexes if t.text == "less than two weeks"} == {"P2W"}


def test_offsets_sorted_and_non_overlapping() -> None:
    text = SEED.read_text()
    timexes = extract_timexes(text, DCT)
    assert all(text[t.start_char : t.end_char] == t.text for t in timexes)
    assert all(a.end_char <= b.start_char for a, b in zip(timexes, timexes[1:], strict=False))


# -- anchoring ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The talks collapsed on December 28.", "December 28", "2019-12-28"),
        ("Troops arrived Dec. 30 and left a week later.", "Dec. 30", "2019-12-30"),
        ("The vote is scheduled for February 3.", "February 3", "2020-02-03"),
        ("Prices fell sharply in December.", "December", "2019-12"),
        ("The bank will raise rates in March.", "March", "2020-03"),
        ("Profit fell in the fourth quarter.", "the fourth quarter", "2019-Q4"),
    ],
)
def test_year_boundary_nearest_year(sentence: str, surface: str, value: str) -> None:
    got = _one(sentence, DCT, surface)
    assert got.value == value
    assert got.anchor == "dct" and got.year_inferred


def test_month_span_for_bi() -> None:
    got = _one("Prices fell sharply in December.", DCT, "December")
    assert (got.date_start, got.date_end, got.granularity) == (date(2019, 12, 1), date(2019, 12, 31), "month")
    q = _one("Profit fell in the fourth quarter.", DCT, "the fourth quarter")
    assert (q.date_start, q.date_end, q.granularity) == (date(2019, 10, 1), date(2019, 12, 31), "quarter")


@pytest.mark.parametrize(
    ("sentence", "surface", "type_", "value", "mod"),
    [
        ("He said it yesterday.", "yesterday", "DATE", "2020-01-15", None),
        ("The report came out today.", "today", "DATE", "2020-01-16", None),
        ("Officials met on Friday.", "Friday", "DATE", "2020-01-10", None),
        ("Officials will meet on Friday.", "Friday", "DATE", "2020-01-17", None),
        ("He left last week.", "last week", "DATE", "2020-W02", None),
        ("The plant closed two weeks ago.", "two weeks ago", "DATE", "2020-W01", None),
        ("Deliveries start next month.", "next month", "DATE", "2020-02", None),
        ("Sales rose earlier this year.", "earlier this year", "DATE", "2020", "START"),
        ("The index rose in the past three years.", "the past three years", "DURATION", "P3Y", None),
        ("Shipments stopped for 33 years.", "33 years", "DURATION", "P33Y", None),
        ("A three-day strike began.", "three-day", "DURATION", "P3D", None),
        ("The talks lasted about five hours.", "about five hours", "DURATION", "PT5H", "APPROX"),
        ("It took more than two years.", "more than two years", "DURATION", "P2Y", "MORE_THAN"),
        ("Prices have risen recently.", "recently", "DATE", "PAST_REF", None),
        ("Prices are high now.", "now", "DATE", "PRESENT_REF", None),
        ("Rates may rise in the future.", "the future", "DATE", "FUTURE_REF", None),
        ("The board meets every Monday.", "every Monday", "SET", "XXXX-WXX-1", None),
        ("The league holds a draft each season.", "each season", "SET", "P3M", None),
        ("The paper is published weekly.", "weekly", "SET", "P1W", None),
        ("Inflation peaked in the 1990s.", "the 1990s", "DATE", "199", None),
        ("Results for Q3 were weak.", "Q3", "DATE", "2019-Q3", None),
        ("Profit in fiscal 1987 rose.", "fiscal 1987", "DATE", "1987", None),
        ("The deal closed on 15/01/2020.", "15/01/2020", "DATE", "2020-01-15", None),
        ("The deal closed on 2020-01-15.", "2020-01-15", "DATE", "2020-01-15", None),
        ("The deal closed Jan. 15, 2020.", "Jan. 15, 2020", "DATE", "2020-01-15", None),
        ("The meeting started at 2 p.m. Wednesday.", "2 p.m. Wednesday", "TIME", "2020-01-15T14:00", None),
        ("Sales slowed in early 2019.", "early 2019", "DATE", "2019", "START"),
        ("The strike ended in late November.", "late November", "DATE", "2019-11", "END"),
        ("It is due in mid-February.", "mid-February", "DATE", "2020-02", "MID"),
        ("The treaty expires at the end of 2021.", "the end of 2021", "DATE", "2021", "END"),
        ("The talks lasted a minute and a half.", "a minute and a half", "DURATION", "PT1M30S", None),
        ("He was jailed for almost two and a half years.", "almost two and a half years", "DURATION", "P2Y6M", "EQUAL_OR_LESS"),
        ("The plant closed a year and a half ago.", "a year and a half ago", "DATE", "2018-07", None),
        ("The flight took 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M", None),
        ("Prices fell in 1986 and rose the following year.", "the following year", "DATE", "1987", None),
        ("Shares fell on Oct. 12, and rose the next day.", "the next day", "DATE", "2019-10-13", None),
        ("M1 fell in February after a rise in the previous month.", "the previous month", "DATE", "2020-01", None),
    ],
)
def test_relative_and_explicit(sentence: str, surface: str, type_: str, value: str, mod: str | None) -> None:
    got = _one(sentence, DCT, surface)
    assert (got.type, got.value, got.mod) == (type_, value, mod)


# Real dev-split sentences (TimeBank-AQUAINT) for rules that follow the TimeML guidelines where the
# dev gold is inconsistent about them: (dct, sentence, surface, type, value, mod)
@pytest.mark.parametrize(
    ("dct", "sentence", "surface", "type_", "value", "mod"),
    [
        # APW19980808.0022: the day after a parenthetical dates the clock time
        ("1998-08-08", "The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a crowded building toward the embassy and a street packed with cars, trucks and buses.",
         "about 10:35 a.m.", "TIME", "1998-08-07T10:35", "APPROX"),
        # APW20000405.0276: "N in the morning" is a clock time, dated by the restatement in brackets
        ("2000-04-05", "''This courageous father will leave at 4 in the morning (4 a.m. EDT Thursday),'' Castro said.",
         "4 in the morning", "TIME", "2000-04-06T04:00", None),
        # wsj_0558, APW19980219.0476, APW20000401.0150: approximators belong to a counted point
        ("1989-10-30", "The insurer has started processing claims from the Northern California earthquake nearly two weeks ago.",
         "nearly two weeks ago", "DATE", "1989-W42", "EQUAL_OR_LESS"),
        ("1998-02-19", "O'SMACH, Cambodia (AP)_ The top commander of a Cambodian resistance force said Thursday he has sent a team to recover the remains of a British mine removal expert kidnapped and presumed killed by Khmer Rouge guerrillas almost two years ago.",
         "almost two years ago", "DATE", "1996", "EQUAL_OR_LESS"),
        ("2000-04-01", "Tens of thousands of people paid tribute to the men who launched the Cuban Revolution more than four decades ago in a rally Saturday demanding the return of Elian Gonzalez.",
         "more than four decades ago", "DATE", "196", "MORE_THAN"),
        # APW20000403.0057: "as soon as" looks ahead
        ("2000-04-03", "The group would be ready to leave for the United States as soon as Tuesday, Castro said.",
         "Tuesday", "DATE", "2000-04-04", None),
        # wsj_0973: a decade keeps its determiner
        ("1989-10-26", "Lego said the company foresees the need for a major boost in new-generation capability throughout the 1990s.",
         "the 1990s", "DATE", "199", None),
        # NYT20000224.0173: vague decades are counted in years
        ("2000-02-24", "For decades, Cuban Americans in Miami were largely cut off from the families they left behind.",
         "decades", "DURATION", "PXY", None),
    ],
)
def test_guideline_rules_on_dev_sentences(
    dct: str, sentence: str, surface: str, type_: str, value: str, mod: str | None
) -> None:
    got = _one(sentence, date.fromisoformat(dct), surface)
    assert (got.type, got.value, got.mod) == (type_, value, mod)


def test_indefinite_quarter_sets_no_focus() -> None:
    # wsj_0292 (dev): "a flat second quarter" is a contrast; the year-earlier period is that of Q3
    text = (
        "Despite continuing problems in its newsprint business, Kimberly-Clark Corp. posted a 20% gain in "
        "third-quarter net income.\n\nAfter a flat second quarter tied largely to lower newsprint earnings, "
        "Kimberly-Clark attributed the gain to improved results in its consumer businesses in North America, "
        "Brazil and Korea.\n\nThe quarter-to-quarter comparison was also enhanced by charges taken in the "
        "year-earlier period, including $11 million related to the modernization of a pulp and newsprint mill "
        "in Alabama."
    )
    assert _one(text, date(1989, 11, 1), "the year-earlier period").value == "1988-Q3"


def test_adjectival_quarter_after_an_article_still_sets_the_focus() -> None:
    # constructed guard for the rule above: here "a" belongs to "loss", so Q2 is the quarter reported on
    text = "Acme reported a second quarter loss of $5 million. The year-earlier period had a profit."
    assert _one(text, date(1989, 11, 1), "The year-earlier period").value == "1988-Q2"


def test_as_early_as_follows_a_past_clause(nlp: Any) -> None:
    # constructed guard: "as early as" only looks ahead when the clause does
    text = "Police said the suspect was seen as early as Tuesday near the house."
    assert [t.value for t in extract_timexes(text, date(2000, 4, 3), nlp(text))] == ["2000-03-28"]


def test_definite_part_of_day_follows_the_day_in_focus() -> None:
    # wsj_0586 (dev)
    text = (
        "An official at Wako Securities said brokerages' excessive expectations about recent advances in Tokyu "
        "Group shares and real estate issues were dashed Friday.\n\nDealers placed heavy buy orders in the "
        "morning to start the first trading day for November transactions."
    )
    got = _one(text, date(1989, 10, 30), "the morning")
    assert (got.type, got.value, got.anchor) == ("TIME", "1989-10-27TMO", "text")


def test_week_span_and_anchor() -> None:
    got = _one("He left last week.", DCT, "last week")
    assert (got.date_start, got.date_end) == (date(2020, 1, 6), date(2020, 1, 12))
    assert got.anchor == "dct" and got.year_inferred


def test_explicit_year_is_anchored_to_text() -> None:
    got = _one("The deal closed Jan. 15, 2020.", None, "Jan. 15, 2020")
    assert (got.anchor, got.year_inferred, got.date_start) == ("text", False, date(2020, 1, 15))


@pytest.mark.parametrize(
    "sentence",
    [
        "A second A380 is also travelling to the show.",
        "A second devaluation might be needed.",
        "Rates fell a quarter percentage point.",
        "Mr. Reupke, 52 years old, resigned.",
        "The 6-year-old boy arrived.",
        "It earns $500 million a year in fees.",
        "The index closed at 2082.1 points.",
        "Avg shrs 2,695,206 vs 2,562,160     Year     Oper shr 50 cts",
        "Intel clocks the chip's speed at 15 million instructions per second, or MIPs.",  # wsj_0781 (dev)
    ],
)
def test_not_temporal(sentence: str) -> None:
    assert extract_timexes(sentence, DCT) == []


def test_durations_and_sets_have_no_calendar_span() -> None:
    for t in extract_timexes("A two-week pause and weekly meetings.", DCT):
        assert t.date_start is None and t.date_end is None
        assert t.granularity in ("duration", "set")


# -- no document date ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("He was seen on January 15.", "January 15", "XXXX-01-15"),
        ("He said it yesterday.", "yesterday", "XXXX-XX-XX"),
        ("Officials met on Friday.", "Friday", "XXXX-WXX-5"),
        ("Deliveries start next month.", "next month", "XXXX-XX"),
        ("He left last week.", "last week", "XXXX-WXX"),
        ("Prices fell last year.", "last year", "XXXX"),
        ("Profit fell in the fourth quarter.", "the fourth quarter", "XXXX-Q4"),
        ("Prices fell sharply in December.", "December", "XXXX-12"),
    ],
)
def test_no_dct_gives_underspecified_values(sentence: str, surface: str, value: str) -> None:
    got = _one(sentence, None, surface)
    assert got.value == value
    assert got.anchor == "none" and not got.year_inferred
    assert got.date_start is None and got.date_end is None


def test_no_dct_never_uses_the_clock() -> None:
    values = {t.value for t in extract_timexes("It happened today, yesterday and on March 3.", None)}
    assert not any(str(datetime.now(UTC).year) in v for v in values)


def test_spacy_doc_is_optional_context() -> None:
    nlp = pytest.importorskip("tasks.nlp").load_pipeline("en_core_web_sm")
    text = "Officials will meet on Friday, after prices fell on December 28."
    with_doc = extract_timexes(text, DCT, nlp(text))
    without = extract_timexes(text, DCT)
    assert [t.text for t in with_doc] == [t.text for t in without]
    assert {t.text: t.value for t in with_doc} == {"Friday": "2020-01-17", "December 28": "2019-12-28"}


# -- document dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2020-01-16", datetime(2020, 1, 16, tzinfo=UTC)),
        ("2020-01-16T10:00:00Z", datetime(2020, 1, 16, 10, tzinfo=UTC)),
        ("2020-01-16T10:00:00+02:00", datetime(2020, 1, 16, 8, tzinfo=UTC)),
        ("26-FEB-1987 15:01:01.79", datetime(1987, 2, 26, 15, 1, 1, 790000, tzinfo=UTC)),
        ("Thu, 16 Jan 2020 10:00:00 GMT", datetime(2020, 1, 16, 10, tzinfo=UTC)),
        ("Thu, 16 Jan 2020 10:00:00 -0500", datetime(2020, 1, 16, 15, tzinfo=UTC)),
        ("Thu, 16 Jan 2020 10:00:00 EST", datetime(2020, 1, 16, 15, tzinfo=UTC)),
        ("January 16, 2020", datetime(2020, 1, 16, tzinfo=UTC)),
        ("Jan. 16, 2020", datetime(2020, 1, 16, tzinfo=UTC)),
        ("16 January 2020", datetime(2020, 1, 16, tzinfo=UTC)),
        ("27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM", datetime(1987, 3, 27, 0, 2, 59, 130000, tzinfo=UTC)),
        ("9-APR-1987 00:00:00.00    # date added by S Finch as guesswork", datetime(1987, 4, 9, tzinfo=UTC)),
        (date(2020, 1, 16), datetime(2020, 1, 16, tzinfo=UTC)),
        (datetime(2020, 1, 16, 12, tzinfo=timezone(timedelta(hours=5))), datetime(2020, 1, 16, 7, tzinfo=UTC)),
    ],
)
def test_parse_published_at(raw: object, expected: datetime) -> None:
    got = parse_published_at(raw)
    assert got == expected and got is not None and got.tzinfo is not None
    assert got.utcoffset() == timedelta(0)


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_parse_published_at_empty(raw: object) -> None:
    assert parse_published_at(raw) is None


@pytest.mark.parametrize(
    "raw", ["yesterday-ish", "2020-13-45", "31-FOO-1987", "February 30, 2020", "31-MAR-1987 605:12:19.12", 12345]
)
def test_parse_published_at_junk(raw: object) -> None:
    with pytest.raises(ValueError, match="unparseable date"):
        parse_published_at(raw)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON, Jan 15 (Reuters) - The U.S. said", (1, 15, "Jan 15")),
        ("NEW YORK, March 3 - Stocks fell", (3, 3, "March 3")),
        ("BRUSSELS, December 2 (Xinhua) -- The ratification", (12, 2, "December 2")),
        ("TOKYO, Feb. 26 (Reuters) - Japan's", (2, 26, "Feb. 26")),
        ("    RICHMOND, Va. Feb 26 -\n    Dominion Resources said", (2, 26, "Feb 26")),
        ("AMSTERDAM, 2 March - Dutch bank", (3, 2, "2 March")),
        ("JOHANNESBURG March 13 - Gold", (3, 13, "March 13")),
        ("WASHINGTON, FEb 26 - The", (2, 26, "FEb 26")),
        ("Stocks fell on Jan 15 - a bad day", None),
        ("The May 5 - 6 talks ended", None),
        ("WASHINGTON (AP) - No date here", None),
        ("LONDON, Feb 30 (Reuters) - invalid day", None),
    ],
)
def test_parse_dateline(text: str, expected: tuple[int, int, str] | None) -> None:
    got = parse_dateline(text)
    if expected is None:
        assert got is None
        return
    assert got is not None
    month, day, start, end = got
    assert (month, day, text[start:end]) == expected


# -- evaluation harness --------------------------------------------------------------------------


@pytest.mark.skipif(not SHARED_DATA.exists(), reason="../shared/data not present")
def test_eval_harness_small_slice() -> None:
    from tasks.evaluate import timex

    docs = timex.documents("dev", limit=5)
    assert docs and all(d.dct is not None for d in docs)
    for d in docs:
        assert all(d.text[g.start_char : g.end_char] == g.text for g in d.timexes)
    scores, _ = timex.evaluate(docs, use_spacy=False)
    assert scores.n_gold > 0 and scores.prf("relaxed").f1 > 0.6
    # per-document counts add up to the totals, and the interval brackets the figure
    assert len(scores.per_doc) == 5 and sum(c["value"] for c in scores.per_doc) == scores.value
    lo, hi = scores.as_dict()["value_f1_ci"]
    assert lo <= scores.prf("value").f1 <= hi
    out = timex.main("dev", limit=3)
    assert "95 % bootstrap interval over documents" in out
    assert "strict_f1" in out and "HeidelTime" in out
    assert "MEANTIME (dev, 3 docs)" in out


@pytest.mark.skipif(not SHARED_DATA.exists(), reason="../shared/data not present")
def test_meantime_harness_scores_annotated_sentences_without_the_date_line() -> None:
    from tasks.evaluate import timex

    docs = timex.meantime_documents("all")
    assert {d.name for d in timex.meantime_documents("test")}.isdisjoint(d.name for d in timex.meantime_documents("dev"))
    # every article gets a document date: its CREATION_TIME, else its date line
    assert all(d.dct is not None for d in docs)
    airbus = next(d for d in docs if d.name.startswith("100911_"))
    assert airbus.dct_span is not None and airbus.text[slice(*airbus.dct_span)] == "March 01, 2008"
    assert all(g.end_char <= d.annotated_end for d in docs for g in d.timexes)
    scores, _ = timex.evaluate_meantime([airbus], use_spacy=False)
    # "March 01, 2008" is the CREATION_TIME, not a scored timex, so it is no spurious prediction
    assert not [e for e in scores.errors if e["kind"] == "spurious" and "2008-03-01" in str(e["pred"])]


# -- tense from the parse (dev sentences; the parse decides which Tuesday or which January) -------

_PARSED_TENSE_CASES = [
    ("APW19990507.0207", "1999-05-07", "Until Thursday, they had not called Kopp a suspect.", "Thursday", "1999-05-06"),
    ("NYT20000330.0406", "2000-03-30", "U.S. Immigration officials postponed until Tuesday morning any action on revoking the boy's temporary permission to stay in the United States.", "Tuesday morning", "2000-04-04TMO"),
    ("APW20000403.0057", "2000-04-03", "In its latest deadline, the U.S. Immigration and Naturalization Service has given the Miami relatives until 9 a.m. Tuesday to sign a paper promising to turn over the boy to immigration authorities.", "9 a.m. Tuesday", "2000-04-04T09:00"),
    ("wsj_0768", "1989-10-27", "Those withdrawals, most of which were transferred to other T. Rowe Price funds, followed little change in the fund's sales picture this year through August.", "August", "1989-08"),
    ("wsj_0575", "1989-10-30", "In recent months a group of lenders, led by Bank of America, has extended Control Data up to $90 million in revolving loans through January, as well as $115 million in standby letters of credit.", "January", "1990-01"),
    ("APW19990506.0155", "1999-05-06", "Investigators have been searching for Kopp since shortly after the Oct. 23 slaying.", "Oct. 23", "1998-10-23"),
    ("NYT19990505.0443", "1999-05-05", "Denise O'Donnell, the U.S. attorney for the Western District of New York in Buffalo, has scheduled a news conference Thursday to announce a ``major development'' in the Slepian murder investigation.", "Thursday", "1999-05-06"),
    ("wsj_0810", "1989-10-27", "But sources said he will be urging his allies to boost their stakes in Navigation Mixte, which is being traded in London and is to resume trading in Paris Tuesday.", "Tuesday", "1989-10-31"),
    ("APW19991024.0075", "1999-10-24", "A memorial service planned at the University of Rochester for Saturday was canceled after security plans were leaked.", "Saturday", "1999-10-23"),
    ("wsj_0542", "1989-10-30", "The offer, which Telerate's two independent directors have rejected as inadequate, previously had been scheduled to expire at midnight Friday.", "midnight Friday", "1989-10-27T24:00"),
    # news' present is a timetable, but a past spelled like a present ("hurt") is no cue
    ("VOA19980501.1800.0355", "1998-05-01", "He and Palestinian leader Yasser Arafat meet separately Monday with US Secretary of State Madeleine Albright.", "Monday", "1998-05-04"),
    ("wsj_0585", "1989-10-30", "Weakness in big technology stocks hurt the composite as well as the Nasdaq 100 Index, which fell 1.4%, or 6.43, on Friday, to 437.68.", "Friday", "1989-10-27"),
    # a day before the modal belongs to another clause
    ("CNN19980213.2130.0155", "1998-02-13", "President Clinton, meantime, glossed over stern warnings from Moscow on Thursday that US air strikes against Iraq could do serious harm to relations with the Kremlin.", "Thursday", "1998-02-12"),
]  # fmt: skip


@pytest.mark.parametrize(("doc", "dct", "sentence", "surface", "value"), _PARSED_TENSE_CASES, ids=lambda v: str(v)[:24])
def test_tense_from_parse(nlp: Any, doc: str, dct: str, sentence: str, surface: str, value: str) -> None:
    assert split_of(doc) == "dev"
    hits = [t for t in extract_timexes(sentence, date.fromisoformat(dct), nlp(sentence)) if t.text == surface]
    assert [t.value for t in hits] == [value]


_REUTERS_PARSED_CASES = [
    ("1987-04-09", "The company said Hanson Trust's offer requires approval at the annual meeting which is expected to be held in June.", "June", "1987-06"),
    ("1987-04-07", "The unit will be capitalised at 2.1 billion yen and start operations in October, he told Reuters.", "October", "1987-10"),
    ("1987-03-19", "Dividends on the A and B stock are payable commencing May 18 and June eight, respectively, the co-managers said.", "June eight", "1987-06-08"),
    ("1987-04-13", "But sellers could not be found at those levels and the bids soon rebounded to the 75 to 85 area, he added.", "soon", None),
    # a day or weekend named after a modal lies ahead (DCT Friday, Friday, Monday) ...
    ("1987-03-20", "Weather forecasts say winds may ease during the weekend but a further drop in temperature could bring shipping to a standstill, the officials said.", "the weekend", "1987-W12-WE"),
    ("1987-04-24", "They also said the STC is still in the market and additional business may be concluded over the weekend.", "the weekend", "1987-W17-WE"),
    ("1987-10-19", "He said the Tokyo Exchange's 225-share index may fall 1,000 points on Tuesday, because of basic concern.", "Tuesday", "1987-10-20"),
    # ... but not a possessive day naming an event of its own
    ("1987-10-20", "U.S. commodity markets should not suffer any long-term ill effects from Monday's financial turmoil, Agriculture Secretary Richard Lyng said.", "Monday", "1987-10-19"),
    # the present names a timetable (DCT Sunday, Monday, Friday)
    ("1987-03-22", "LONDON, March 22 - King Fahd of Saudi Arabia begins a four-day state visit on Tuesday which will focus on redressing Britain's large trade surplus with the kingdom and reaffirming ties between the traditionally close countries.", "Tuesday", "1987-03-24"),
    ("1987-03-02", "Whipple, here to attend the Geneva Auto Show which opens on Thursday, said that the Ford Motor Co unit had sold a record 1.5 million vehicles in Europe in 1986.", "Thursday", "1987-03-05"),
    ("1987-04-03", "The dispute goes to the Commission on Monday, they said.", "Monday", "1987-04-06"),
    # ... only for a day the verb itself takes, said by a verb with a subject
    ("1987-10-20", "The outlook for Mexico's economy and stockmarket remains optimistic despite the market's worst-ever fall of 52,671.56 points on Monday, the president of the Mexican stock exchange, Manuel Somoza, said.", "Monday", "1987-10-19"),
    ("1987-03-25", "CAYACQ, an investor group led by Audio/Video Affiliates Inc and Citicorp, raised the value of its offer from 80 dlrs per Cyclops share on Friday.", "Friday", "1987-03-20"),
    # a clock time takes the day its sentence names, but not a possessive day of comparison
    ("1987-03-02", "White House Chief of Staff Howard Baker said President Reagan will address the nation in a nationally televised speech Wednesday night at 2100 EST on the Tower Commission Report on the arms to Iran scandal.", "2100 EST", "1987-03-04T21:00"),
    ("1987-03-09", "However, they noted that although sterling had edged down from its highs following the base rate cut, it had still closed on a trade-weighted basis at 72.4, well ahead of Friday's final 71.8 and only just beneath the peak of 72.5 touched at 1300 GMT.", "1300 GMT", "1987-03-09T13:00Z"),
]  # fmt: skip


@pytest.mark.parametrize(("dct", "sentence", "surface", "value"), _REUTERS_PARSED_CASES, ids=lambda v: str(v)[:24])
def test_tense_from_parse_on_reuters(nlp: Any, dct: str, sentence: str, surface: str, value: str | None) -> None:
    # a passive infinitive after "expected" looks ahead; conjoined base verbs share "will", but a
    # conjoined past verb keeps its tense ("could not be found ... and the bids soon rebounded")
    hits = [t for t in extract_timexes(sentence, date.fromisoformat(dct), nlp(sentence)) if t.text == surface]
    assert [t.value for t in hits] == ([value] if value else [])


# -- MEANTIME (Wikinews 2005-2011) dev sentences: the same rules on a second gold corpus -----------

_MEANTIME_CASES = [
    # a clock time falls on the day its sentence has just named; UTC is written "Z" as in the gold
    ("145930_Boeing_787_Dreamliner_makes_maiden_flight", "2009-12-16", "Boeing's newest commercial aircraft, the 787 ``Dreamliner'', made its first test flight Tuesday in Everett, Washington at 18:00 UTC.", "18:00 UTC", "TIME", "2009-12-15T18:00Z"),
    # "local time" belongs to the clock time as a zone name does (sentence 6, unannotated)
    ("78496_Airbus_A380_test_flight_delayed_after_accident", "2007-09-01", "The plane left four hours after its scheduled 9:45 a.m. local time departure, carrying 150 passengers.", "9:45 a.m. local time", "TIME", "2007-09-01T09:45"),
]  # fmt: skip


@pytest.mark.parametrize(("doc", "dct", "sentence", "surface", "type_", "value"), _MEANTIME_CASES, ids=lambda v: str(v)[:24])
def test_meantime_dev_sentence(doc: str, dct: str, sentence: str, surface: str, type_: str, value: str) -> None:
    assert split_of(doc) == "dev"
    got = _one(sentence, date.fromisoformat(dct), surface)
    assert (got.type, got.value) == (type_, value)


def test_clock_time_in_another_sentence_keeps_the_document_date() -> None:
    text = "The rocket was launched on Tuesday. A second launch is set for 18:00 UTC."
    assert _one(text, date(2009, 12, 16), "18:00 UTC").value == "2009-12-16T18:00Z"


def test_part_of_day_before_a_date_is_not_anchored_to_the_dct() -> None:
    # NYT19990505.0443 (dev): the gold annotates only the date; "the night" is not tonight
    text = "Slepian, who was the mainstay of Buffalo's only abortion clinic, was shot to death on the night of Oct. 23 as he stood in the kitchen of his home."
    got = [(t.text, t.value) for t in extract_timexes(text, date(1999, 5, 5))]
    assert got == [("Oct. 23", "1998-10-23")]


@pytest.mark.parametrize("text,expected", [
    ("3-MAR-1987", "1987-03-03T00:00:00+00:00"),
    ("31-MAR-1987", "1987-03-31T00:00:00+00:00"),
])
def test_reuters_date_without_a_time_is_not_read_as_an_offset(text: str, expected: str) -> None:
    assert parse_published_at(text).isoformat() == expected


# -- robustness on unseen news: Reuters-21578 sentences (1987; never part of the TBAQ tuning) -----
# Each row is a real Reuters sentence with its document date; `None` means no timex may be found
# for the surface. They cover Reuters house style that TimeBank does not show: spelled days under
# ten, "end-September", "first quarter 1987", "a year before.", 24-hour GMT times, split years.

_REUTERS_CASES = [
    ("Zayre Corp said sales for the five weeks ended April Four were up 12.7 pct to 522.3 mln dlrs.", "1987-04-09", "April Four", ("DATE", "1987-04-04", None)),
    ("The company declared a quarterly dividend of 45 cts per share, payable April 15 to holders of record April One.", "1987-03-20", "April One", ("DATE", "1987-04-01", None)),
    ("Kenneth will replace Douglas, who is also chairman, on October one, Douglas' 65th birthday.", "1987-06-01", "October one", ("DATE", "1987-10-01", None)),
    ("Sun has scheduled a new conference on July eight.", "1987-06-29", "July eight", ("DATE", "1987-07-08", None)),
    ("Net foreign debt fell to 62.7 billion dlrs at end-1986 from 63.4 billion at end-September.", "1987-04-02", "end-1986", ("DATE", "1986", "END")),
    ("Net foreign debt fell to 62.7 billion dlrs at end-1986 from 63.4 billion at end-September.", "1987-04-02", "end-September", ("DATE", "1986-09", "END")),
    ("Foreign investment in Mexico stood at end August at 17.8 billion dlrs, following an increase of 900 mln dlrs.", "1987-10-20", "end August", ("DATE", "1987-08", "END")),
    ("Total Liffe volume in first quarter 1987 rose to 2.8 mln contracts, or 89 pct up on the same 1986 period.", "1987-04-07", "first quarter 1987", ("DATE", "1987-Q1", None)),
    ("Production is set to begin in third quarter 1989.", "1987-04-07", "third quarter 1989", ("DATE", "1989-Q3", None)),
    ("Michaels Stores Inc said February sales rose 26.2 pct to 8,049,000 dlrs from 6,380,000 dlrs a year before, with same-store sales up 10.6 pct.", "1987-03-04", "a year before", ("DATE", "1986-02", None)),  # February a year back (round 41)
    ("Iran said its forces at the Rostam field were attacked at 1100 GMT on Monday in response to Friday's missile attack.", "1987-10-19", "1100 GMT on Monday", ("TIME", "1987-10-19T11:00Z", None)),
    ("The Nomura broker said he expects the rate cut in May or June, after the Prime Minister returns.", "1987-04-13", "June", ("DATE", "1987-06", None)),
    ("There are many problems to surmount in detailed negotiations due in May, June and August before these loans are finalised.", "1987-04-17", "August", ("DATE", "1987-08", None)),
    ("It has bought 200,000 tonnes of U.S. wheat for May and June shipments under PL 480, exporters said.", "1987-04-07", "May", ("DATE", "1987-05", None)),
    ("Reference New York Grain Freights 1 of April 8, ship brokers say the vessel fixed by Comanav was the Vamand Wave.", "1987-04-09", "April 8", ("DATE", "1987-04-08", None)),
    ("It said sales are expected to begin in the fall, and the initial license agreement begins in June.", "1987-06-19", "the fall", ("DATE", "1987-FA", None)),
    ("Reference New York Grain Freights 1 of April 8, ship brokers say the vessel fixed by Comanav was the Vamand Wave.", "1987-04-09", "1 of April", None),
    ("\"The fall is a technical and emotional reaction to the failure of the talks,\" the roasters said.", "1987-03-03", "The fall", None),
    ("The airline has cut its flights across the Atlantic and to the Middle East following the fall in business.", "1987-03-31", "the fall", None),
    ("Revenues were 2.75 billion stg more than the 1986 Budget forecasts and above the Autumn Statement forecasts.", "1987-03-17", "the Autumn", None),
    ("Porsche has hedged its dollar-denominated business for the 1986/87 business year, the finance director said.", "1987-03-27", "87 business year", None),
    # round 35: the first end of a 24-hour range is a TIME of its own, as TimeML tags each end of a range
    # round 36: a trading session's hours recur, a SET (each day at 18:00), not the story's day
    ("The CBT has proposed starting an evening trading session between 1800 and 2100 local time in Treasury bond futures.", "1987-04-13", "1800", ("SET", "XXXX-XX-XXT18:00", None)),
    ("The talks broke up around 2 p.m. local time (1800 gmt).", "1987-04-08", "1800", None),
    ("This week's meeting, which began yesterday, is due to end Friday.", "1987-03-03", "end Friday", None),
    ("In March two banks failed in the province, officials said.", "1987-04-09", "March two", None),
    ("The Japanese insurer had about 50,000 investors in variable life by end-March.", "1987-04-09", "end-March", ("DATE", "1987-03", "END")),
    ("U.S. officials said Japan had done nothing since the March announcement to alter Reagan's plan.", "1987-04-09", "March", ("DATE", "1987-03", None)),
    ("The union may march on the capital.", "1987-04-09", "march", None),
    ("The company said it will report its earnings soon.", "1987-04-13", "soon", ("DATE", "FUTURE_REF", None)),
    ("He said the U.S. Currency could fall as low as 135 yen soon.", "1987-10-19", "soon", ("DATE", "FUTURE_REF", None)),
    ("The company said it would be profitable as soon as the plant reopened.", "1987-10-19", "soon", None),
    ("He was soon released and appeared to be recovering.", "1987-10-19", "soon", None),
    # which year a bare month means: cues next to it outweigh the clause's tense
    ("Gold for delivery in June settled at 426.20 dlrs an ounce, up 3.60 dlrs.", "1987-04-07", "June", ("DATE", "1987-06", None)),
    ("For June shipment, Brazil bought 25,000 tonnes from the U.S.", "1987-04-02", "June", ("DATE", "1987-06", None)),
    ("Iraq, which said it would not honour its 1.466 mln bpd quota under the December pact, had produced less than had been allocated.", "1987-03-05", "December", ("DATE", "1986-12", None)),
    ("This comes as the G-7 finance ministers meeting is set to review their February Paris accord on currency stability.", "1987-04-07", "February", ("DATE", "1987-02", None)),
    ("Schutz said domestic sales were expected to fall to 9,000 in the year ending July 31 from 11,340 in 1985/86.", "1987-03-27", "July 31", ("DATE", "1987-07-31", None)),
    ("Kennametal Inc said second quarter, ending December 31, earnings should show significant improvement.", "1987-10-19", "December 31", ("DATE", "1987-12-31", None)),
    ("Analysts said shifts of funds ahead of tax changes due in October are helping boost the demand.", "1987-06-01", "October", ("DATE", "1987-10", None)),
    ("All sales must be registered before export but not later than September 30.", "1987-03-09", "September 30", ("DATE", "1987-09-30", None)),
    ("The plant is set to begin in August with completion due April-May 1988.", "1987-06-18", "April", ("DATE", "1988-04", None)),
    ("Dividends on the A and B stock are payable commencing May 18 and June eight, respectively, the co-managers said.", "1987-03-19", "June eight", ("DATE", "1987-06-08", None)),
    ("Cocoa futures were about unchanged from last night by midmorning with near July trading at 1,319 stg.", "1987-04-07", "last night", ("TIME", "1987-04-06TNI", None)),
    ("Cocoa futures were about unchanged from last night by midmorning with near July trading at 1,319 stg.", "1987-04-07", "July", ("DATE", "1987-07", None)),
    ("The exchange said trading would resume at 10 a.m. ET on Friday.", "1987-04-07", "10 a.m. ET on Friday", ("TIME", "1987-04-10T10:00", None)),
    # the compared period is the month reported on, not a quarter guessed from the document date
    ("Seasonally adjusted retail sales rose by 0.1 pct in January. Retail sales rose 5.3 pct compared with a 9.6 pct increase in the year-earlier period.", "1987-03-19", "the year-earlier period", ("DATE", "1986-01", None)),
    ("Usage of oils in January comprised 15.7 mln lbs, vs 154.2 mln lbs in the year-ago period.", "1987-03-03", "the year-ago period", ("DATE", "1986-01", None)),
    ("An NBC spokesman said the schedule we've put together for this Sunday night has not taken Fox's programming into account.", "1987-04-03", "this Sunday night", ("DATE", "1987-04-05TNI", None)),
    ("The CFTC reported the following stocks: CCC STOCKS              1803    1783   793 TOTAL WHEAT STOCKS", "1987-04-07", "1803", None),
    ("The new facility will replace the current advances, a result of the tight bids accepted for the previous seven-day facility.", "1987-03-06", "seven-day", ("DURATION", "P7D", None)),
    ("The IBC president left Brazil early today to attend a weekend meeting of Latin American coffee producers.", "1987-03-20", "a weekend", None),
    ("The CFTC will consider the proposal to establish a night trading session when the commission meets Wednesday.", "1987-04-13", "a night", None),
    ("Iran had warned the United States earlier in the day against exacerbating the Gulf crisis.", "1987-10-19", "the day", ("DATE", "1987-10-19", None)),
    ("Taiwan's foreign exchange reserves were likely to reach 72 billion dlrs by year-end, he said.", "1987-10-20", "year-end", ("DATE", "1987", "END")),
    ("Fund managers may have to sell junk bonds to pay departing investors in the weeks ahead.", "1987-10-20", "the weeks ahead", ("DURATION", "PXW", None)),
    ("The production of edible products during January totaled 21.3 mln lbs, vs a revised 25.6 mln lbs in December, according to Census Bureau figures. In the year-earlier period, usage was lower.", "1987-03-03", "the year-earlier period", ("DATE", "1986-01", None)),
    ("SARASOTA, Fla., March 12 - Feb 28 end Shr five cts vs one ct Net 161,019", "1987-03-12", "Feb 28", ("DATE", "1987-02-28", None)),
    ("He said the actual production during the 1986/87 season (November/May) is about 480,000 tonnes.", "1987-03-15", "May", ("DATE", "1987-05", None)),
    ("Centuries of tradition have kept their glass working secrets for centuries.", "1998-01-21", "centuries", ("DURATION", "PXC", None)),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "dct", "surface", "expected"), _REUTERS_CASES, ids=lambda v: str(v)[:30])
def test_reuters_house_style(sentence: str, dct: str, surface: str, expected: tuple[str, str, str | None] | None) -> None:
    got = [(t.type, t.value, t.mod) for t in extract_timexes(sentence, date.fromisoformat(dct)) if t.text == surface]
    assert got == ([expected] if expected else [])


def test_reuters_rules_without_a_document_date_stay_underspecified() -> None:
    text = "Dealers met last night; payable April 15 to holders of record April One, and reserves will reach 72 billion by year-end."
    got = {(t.text, t.value, t.anchor, t.year_inferred) for t in extract_timexes(text, None)}
    assert got == {
        ("last night", "XXXX-XX-XXTNI", "none", False),
        ("April 15", "XXXX-04-15", "none", False),
        ("April One", "XXXX-04-01", "none", False),
        ("year-end", "XXXX", "none", False),
    }


@pytest.mark.parametrize(("text", "word"), [
    ("On the North Atlantic route, where 1986 business suffered because American visitors were deterred by the falling dollar, fears of terrorism grew.", "falling"),
    ("Louisiana Land said Blocks Q4a, E12c and E15b were offered to the group in which Conoco has a 67.5 pct interest.", "Q4a"),
    ("Quantum said it will eliminate 29 staff positions as a result of the cancellation of the Q160.", "Q160"),
])
def test_words_that_merely_begin_with_a_timex_are_not_one(text: str, word: str) -> None:
    # every alternative of a rule must end on a word boundary ("fall" in "falling", "Q4" in "Q4a")
    at = text.index(word)
    assert not [t for t in extract_timexes(text, date(1987, 3, 1)) if t.start_char < at + len(word) and at < t.end_char]


def test_an_expression_never_runs_across_a_blank_line() -> None:
    text = ("Dry weather will affect trees in East Malaysia in July/Sept.\n\n"
            "Last year's cut in fertilizer use will hit this year's yields.")
    got = [(t.text, t.value) for t in extract_timexes(text, date(1987, 3, 1))]
    assert ("Last year", "1986") in got
    assert not [g for g in got if "\n" in g[0]]
