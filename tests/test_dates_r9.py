"""Round-9 TIMEX3 tests: modern (2004-2011) Wikinews copy from the unannotated sentences of MEANTIME
dev articles, checked against 1987 Reuters wire copy and TimeBank-AQUAINT dev.

Every text is real news with its document date (Wikinews is CC BY 2.5); ``None`` as the expected
value means the surface must not be tagged.
"""

from __future__ import annotations

from datetime import date

import pytest

from tasks import dates
from tasks.dates import extract_timexes
from tests.helpers import Expected, check_timex

# -- "financial" is British and Wikinews for "fiscal" ----------------------------------------------
# A financial year or quarter is the fiscal one: TimeML values it like "the last fiscal year". "The
# last year" is the twelve months to now (a duration), but "the last financial year" names a year.

_FISCAL = [
    ("In the last financial quarter, Mac sales increased 22 percent, comprising 24 percent of total "
     "revenue for Apple.", "2010-10-23", "the last financial quarter", ("DATE", "2010-Q3", None)),
    ("LONDON, March 18 - The British Conservative government said it would sell off its remaining 31.7 "
     "pct shareholding in British Petroleum Co Plc <BP.L> during the next financial year which starts on "
     "April 1.", "1987-03-18", "the next financial year", ("DATE", "1988", None)),
    ("LONDON, March 17 - Data on the U.K.'s public sector borrowing requirement has boosted hopes of a large "
     "fiscal adjustment for the coming financial year, broking and banking analysts said.", "1987-03-17",
     "the coming financial year", ("DATE", "1988", None)),
]  # fmt: skip


# -- "as early as March": the bound names the month --------------------------------------------------
# "March" and "May" are also a verb and a modal, so they are months only after a word that takes a
# time; "as early as", "as soon as" take one as "by" does.

_AS_EARLY_AS = [
    ("The first test flight of the aircraft may take place as early as March, and the first commercial "
     "flight is expected to take off in mid-2006 from Singapore's Changi Airport.", "2005-01-18", "March",
     ("DATE", "2005-03", None)),
    ("The first test flight of the aircraft may take place as early as March, and the first commercial "
     "flight is expected to take off in mid-2006 from Singapore's Changi Airport.", "2005-01-18", "mid-2006",
     ("DATE", "2006", "MID")),
]  # fmt: skip


# -- "at present", "at the moment" are PRESENT_REF like "currently" -----------------------------------
# TimeML leaves the preposition out of the extent. "For the moment", like "for now", is a stance
# TimeBank leaves untagged, and "present levels" is an adjective.

_PRESENT = [
    ("At present Ryanair has 91 aircraft and 230 on order.", "2005-06-13", "present",
     ("DATE", "PRESENT_REF", None)),
    ("At the moment songs are sold for # 0.79 per song and # 7.99 per album which after the price cut "
     "will on average be reduced to # 0.74 and # 7.48 to match the EU prices of $0.99 and $9.99, "
     "according to Times Online.", "2008-01-09", "the moment", ("DATE", "PRESENT_REF", None)),
    ("The Netherlands is at present the biggest importer of Indonesian cocoa beans.", "1987-03-02",
     "present", ("DATE", "PRESENT_REF", None)),
    ("For the moment, the sources said, he has decided against seeking a white knight or organizing a "
     "counterbid for Paribas.", "1989-10-27", "the moment", None),
    ("But he said investors looking ahead six to 12 months might want to buy at present levels for the "
     "\"tremendous fundamental values\" in the group.", "1987-03-13", "present", None),
]  # fmt: skip


# -- a duration's open bound: "a year or more" -------------------------------------------------------
# TIMEX3 keeps the bound in the extent and says it in the mod, as for "at least a year".

_OPEN_BOUND = [
    ("This process could take a year or more to complete.", "2008-07-02", "a year or more",
     ("DURATION", "P1Y", "EQUAL_OR_MORE")),
    ("Outstanding loans to Venezuela currently total about 1.3 billion dlrs, of which 241 mln dlrs of loans "
     "have been reported as either nonaccrual or past due 90 days or more, it said.", "1987-03-17",
     "90 days or more", ("DURATION", "P90D", "EQUAL_OR_MORE")),
    ("But the ceiling on MMCs with maturities of one year or less will remain the same, or 0.75 "
     "percentage point below the CD rates.", "1987-03-02", "one year or less",
     ("DURATION", "P1Y", "EQUAL_OR_LESS")),
]  # fmt: skip


# -- a clock time's zone offset ----------------------------------------------------------------------
# The zone in brackets belongs to the time's extent; ISO 8601 writes the offset after the local time.

_A380 = ("It was a milestone in aviation history: the first Airbus A380 landed at Singapore's Changi "
         "International Airport at 6:40 p.m. (GMT +8) after a 12-hour flight from Airbus' Delivery Center.")


def test_a_bracketed_utc_offset_is_part_of_the_time() -> None:
    check_timex(_A380, "2007-10-17", "6:40 p.m. (GMT +8)", ("TIME", "2007-10-17T18:40+08:00", None))
    check_timex(_A380, "2007-10-17", "6:40 p.m.", None)


def test_utc_alone_is_still_z() -> None:
    text = "Boeing's 787 Dreamliner made its first test flight Tuesday in Everett, Washington at 18:00 UTC."
    check_timex(text, "2009-12-16", "18:00 UTC", ("TIME", "2009-12-15T18:00Z", None), parsed=True)


# -- a capitalized season after a year opens a name ----------------------------------------------------


def test_the_summer_olympics_are_no_season() -> None:
    text = ("Brunswick expects its recreation centers to benefit from increased attention to the sport of "
            "bowling resulting from acceptance in the 1988 Summer Olympics of bowling as an exhibition sport "
            "and as a medal sport in the 1991 Pan American Games, he said.")  # fmt: skip
    check_timex(text, "1987-03-23", "1988 Summer", None)
    check_timex(text, "1987-03-23", "1988", ("DATE", "1988", None))


# -- Easter's holidays, and a holiday's year ---------------------------------------------------------
# Easter Sunday moves (the Gregorian computus); Good Friday is two days before it, Easter Monday one
# after. As for a month and day, the clause's tense picks a holiday's year only within ten months.

_HOLIDAYS = [
    ("The Chicago Board of Trade's (CBT) April Major Market Index (MMI) stock index futures will expire "
     "1515 CDT Thursday instead of Friday because of the Good Friday holiday, the exchange said.",
     "1987-04-13", "Good Friday", ("DATE", "1987-04-17", None)),
    ("Foley's view appears to differ with the Senate leadership who have said they hope to have farm credit "
     "legislation under consideration before Congress breaks for Easter April 9.", "1987-03-05", "Easter",
     ("DATE", "1987-04-19", None)),
    ("Note: week ago figures reduced by Memorial Day holiday.", "1987-06-01", "Memorial Day",
     ("DATE", "1987-05-25", None)),
    # reuters-17173: a Monday holiday's weekend is the one it closes (1987-05-23/25)
    ("The American Petroleum Institute said U.S. gasoline stocks for the week ended April 17 are 37.6 mln "
     "barrels above last year's levels, and analysts said they don't believe the expected one to two pct "
     "rise in demand will take care of the surplus before the start of the summer driving season, which "
     "begins Memorial Day weekend.", "1987-04-24", "Memorial Day weekend", ("DATE", "1987-W21-WE", None)),
    # TimeBank-AQUAINT dev APW20000417.0031: the week holding Easter Sunday
    ("Earlier Sunday, protesters prayed for divine help as Easter week began, waving palm fronds and "
     "posters of the Cuban boy and Jesus.", "2000-04-17", "Easter week", ("DATE", "2000-W16", None)),
]  # fmt: skip


#: Every table above, by the class it tests; the holiday cases need no parse, the others read the
#: tense or the noun a word modifies from it.
_CLASSES = [
    ("financial year or quarter is fiscal", _FISCAL, True),
    ("a month after 'as early as'", _AS_EARLY_AS, True),
    ("'at present', 'at the moment'", _PRESENT, True),
    ("'or more', 'or less' bound a duration", _OPEN_BOUND, True),
    ("Easter holidays and a holiday's year", _HOLIDAYS, False),
]
_CASES = [(cls, *row, parsed) for cls, rows, parsed in _CLASSES for row in rows]


@pytest.mark.parametrize(
    ("cls", "text", "dct", "surface", "expected", "parsed"), _CASES, ids=[f"{c[0]}: {c[3]}" for c in _CASES]
)
def test_round9_expression(cls: str, text: str, dct: str, surface: str, expected: Expected, parsed: bool) -> None:
    check_timex(text, dct, surface, expected, parsed=parsed)


@pytest.mark.parametrize(("year", "easter"), [(1987, "1987-04-19"), (2008, "2008-03-23"), (2011, "2011-04-24"), (2024, "2024-03-31")])
def test_easter_sunday_by_the_computus(year: int, easter: str) -> None:
    assert dates._easter(year).isoformat() == easter


def test_the_good_friday_agreement_is_no_day() -> None:
    text = "The Good Friday Agreement was signed in 1998."  # not news copy: the name alone is the case
    check_timex(text, "2009-04-15", "Good Friday", None)
    check_timex(text, "2009-04-15", "Friday", None)


# -- typographic marks ---------------------------------------------------------------------------
# Modern copy sets apostrophes, quotes and ranges with typographic marks (’ “ ” –). The tagger reads
# them as their ASCII forms; offsets and surfaces stay the text's own. (1987 wire copy is ASCII, so
# the texts below are real sentences as a modern publisher would set them.)

_GRAIN = ("World grain trade could be turning the corner and heading toward recovery in the 1986-87 "
          "season, a Cargill, Inc. analyst said.")  # reuters-2223, 1987-03-05


def _rows(text: str, dct: str) -> list[tuple[int, int, str, str, str | None]]:
    return [(t.start_char, t.end_char, t.type, t.value, t.mod) for t in extract_timexes(text, date.fromisoformat(dct))]


def test_an_en_dash_splits_years_as_a_hyphen_does() -> None:
    typeset = _GRAIN.replace("1986-87", "1986\u201387")
    assert _rows(typeset, "1987-03-05") == _rows(_GRAIN, "1987-03-05") != []
    assert [t.text for t in extract_timexes(typeset, date(1987, 3, 5))] == ["1986", "87"]


def test_a_curly_apostrophe_reads_as_a_straight_one() -> None:
    text = ("LONDON, March 11 - U.K. Interest rates look set to move lower even after Monday’s half-point cut "
            "in bank base rates to 10-1/2 pct, analysts said.")  # reuters-3762, set with ’
    check_timex(text, "1987-03-11", "Monday", ("DATE", "1987-03-09", None))
    text = "It was popular in the \u201990s."  # not news copy
    check_timex(text, "2009-03-05", "the \u201990s", ("DATE", "199", None))


def test_new_years_day_passes_the_gate() -> None:
    # not news copy: no story read this round names the day; the gate never let the rule run
    check_timex("Sales rose on New Year’s Day.", "2009-03-05", "New Year’s Day", ("DATE", "2009-01-01", None))
    check_timex("Sales rose on New Year's Eve.", "2009-03-05", "New Year's Eve", ("DATE", "2008-12-31", None))


# -- "the 1800s" is a century ---------------------------------------------------------------------
# TimeBank values centuries by their first two digits ("20th century" is 19); "the 1800s" and "the
# early 1900s" name centuries, not the decades 1800-1809 and 1900-1909. "The 2000s" stays the decade.
# (No story read this round says it: the sentences are not news copy.)


@pytest.mark.parametrize(("surface", "expected"), [
    ("the 1800s", ("DATE", "18", None)), ("the early 1900s", ("DATE", "19", "START")), ("the 2000s", ("DATE", "200", None)),
])  # fmt: skip
def test_the_1800s_is_a_century(surface: str, expected: Expected) -> None:
    check_timex(f"The building dates from {surface}.", "2009-03-05", surface, expected)


# -- the gates still let every new rule run -----------------------------------------------------------

_NEW_TEXTS = [(t, d) for t, d, _, _ in _FISCAL + _AS_EARLY_AS + _PRESENT + _OPEN_BOUND + _HOLIDAYS] + [(_A380, "2007-10-17")]


@pytest.mark.parametrize(("text", "dct"), _NEW_TEXTS, ids=lambda v: str(v)[:30])
def test_gates_never_change_the_round9_output(text: str, dct: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def everything() -> list[tuple[int, int, str, str, str | None]]:
        return [(t.start_char, t.end_char, t.type, t.value, t.mod) for t in extract_timexes(text, date.fromisoformat(dct))]

    gated = everything()
    monkeypatch.setattr(dates, "_patterns_for", lambda gates, part: (1 << len(dates._PATTERNS)) - 1)
    assert everything() == gated
