"""Entities round 51: sports teams, by kind (kind ``sports_team`` in the gazetteer).

The current franchises of the NFL, NBA, MLB and NHL and the clubs of the 2024-25 Premier League, La Liga,
Serie A and Bundesliga (with Celtic, Rangers, Ajax, PSV, Porto, Benfica, PSG, Marseille, Lyon) under their
English Wikipedia titles. A nickname two teams share ("Giants", "Rangers", "Kings") links only in a story
that names one of them in full; a city alone stays the city; a firm named like a club ("Arsenal Holdings
Inc") stays the firm, and so does its short form after it.

Sentences are from Reuters-21578 stories (named by NEWID), the 1987 wire copy, which has little sports copy."""

from __future__ import annotations

from datetime import date

from tasks.entities import extract_mentions
from tests.helpers import titles_by_text as _mentions

# NEWID 15260 (8-APR-1987), dateline and second paragraph
MSG = (
    "NEW YORK, April 8 - Gulf and Western Inc's Madison Square Garden Corp subsidiary said it has reorganized "
    "into three operating groups including two new groups.\n\n"
    "The company said its MSG Sports group will continue to operate the New York Rangers National Hockey League "
    "team and the New York Knickerbockers National Basketball Association team."
)
# NEWID 2988 (9-MAR-1987): "Giants" shared by the New York and San Francisco Giants, neither named
GIANTS = (
    "TOKYO, March 9 - Three Japanese credit rating agencies are entering into fierce competition with <Moody's "
    "Japan K.K.> and <Standard and Poor's Asia Inc>, the local branches of the two U.S. Giants, as the Japanese "
    "credit market opens up to foreigners, Japanese rating agency managers said."
)
# NEWID 393 (2-MAR-1987): National Amusements' bidding company, not the London club
ARSENAL = (
    "Viacom said National Amusements' Arsenal Holdings Inc raised the value of its offer for the Viacom shares "
    "not held by National Amusements in three areas.\n\n"
    "A Viacom spokesman said the Arsenal Holdings's offer continues to include a 20 pct interest in Arsenal "
    "for present Viacom shareholders."
)


def _teams(nlp, text: str, day: date) -> list[str]:
    from tasks.gazetteer import load

    by_name = load().by_name
    return [
        m.entity.canonical_name for m in extract_mentions(nlp(text), day)
        if (e := by_name.get(m.entity.canonical_name)) is not None and e.kind == "sports_team"
    ]


def test_team_written_in_full_is_the_team_and_the_city_stays_the_city(nlp):
    got = _mentions(nlp, MSG, date(1987, 4, 8))
    assert got.get("New York Rangers") == ["New York Rangers"], got
    assert got.get("New York Knickerbockers") == ["New York Knicks"], got
    assert got.get("NEW YORK") == ["New York City"], got


def test_shared_nickname_alone_and_a_firm_named_like_a_club_are_no_team(nlp):
    # the same run: the rows link the team written in full...
    assert _teams(nlp, MSG, date(1987, 4, 8)) == ["New York Rangers", "New York Knicks"]
    # ...but not "Giants" that no story names in full, nor "Arsenal" after "Arsenal Holdings Inc"
    assert _teams(nlp, GIANTS, date(1987, 3, 9)) == []
    arsenal = _mentions(nlp, ARSENAL, date(1987, 3, 2))
    assert _teams(nlp, ARSENAL, date(1987, 3, 2)) == [], arsenal
    assert arsenal.get("Arsenal") == arsenal.get("Arsenal Holdings Inc"), arsenal
