"""Entities round 53: a country written for its national side in sports copy.

"England captain Andrew Strauss" in a cricket report is the England cricket team, not the country. The gazetteer
got the national sides by kind (kind ``sports_team``: the twelve full members of the ICC, 23 rugby union sides,
59 men's football sides) and the resolver links a country's name to its side only where it stands before a
side's role ("captain", "coach", "opener", "flyhalf"; at most three lower-case words between) in a story whose
words are one sport's (``_SPORT_WORDS``: "wickets", "Six Nations", "World Cup qualifiers"). Reuters-21578 has no
sports copy (no story writes a cricket or football word; "Rugby" once, as Rugby Portland Cement), so its countries
before "manager" or "strikers" stay the countries.

The sports sentences restate real reports (Scroll.in, 8 December 2021; The Scotsman, March 2013; the Indian
Express, 28 September 2012) in their form; the guards are Reuters-21578 stories named by NEWID, outside the
evaluation sets."""

from __future__ import annotations

from datetime import date

from tests.helpers import titles_by_text as _mentions

# the first morning of the 2021-22 Ashes at the Gabba
CRICKET = (
    "Australia's fast bowlers dismissed England for 147 on the opening day of the first Test in Brisbane. "
    "Mitchell Starc bowled England opener Rory Burns with the first ball of the series and the wickets kept "
    "falling after that."
)
# Ryan Jones's broken shoulder before the 2013 Six Nations finale
RUGBY = (
    "Ryan Jones has broken a bone in his shoulder and will miss the Six Nations finale against England, Wales "
    "assistant coach Robin McBryde said."
)
# Alejandro Sabella's squad for the qualifiers of October 2012
FOOTBALL = (
    "Lionel Messi leads a squad of 18 players picked by Argentina for the World Cup qualifiers against Uruguay "
    "and Chile. Argentina coach Alejandro Sabella named only players based abroad."
)
# NEWID 3844 (11-MAR-1987): a country before "manager" in business copy
DISTRIBUTION = (
    "Keystone Camera Products Corp said it has agreed to be the United States distribution manager for Le Clip "
    "clip-on fashion watches."
)
# NEWID 19126 (19-JUN-1987): "strikers" of a postal strike
STRIKERS = (
    "About 20 people were arrested in Eastern Canada as strikers scuffled with police called in to escort "
    "replacement workers."
)


def test_country_before_a_cricketers_role_is_its_cricket_side(nlp):
    got = _mentions(nlp, CRICKET, date(2021, 12, 8))
    assert got.get("England") == ["England", "England cricket team"], got
    assert got.get("Rory Burns") is not None, got


def test_country_before_a_rugby_role_is_its_rugby_side(nlp):
    got = _mentions(nlp, RUGBY, date(2013, 3, 12))
    assert got.get("Wales") == ["Wales national rugby union team"], got
    # the opponent, written without a role, stays the place
    assert got.get("England") == ["England"], got


def test_country_before_a_coach_in_football_copy_is_its_football_side(nlp):
    got = _mentions(nlp, FOOTBALL, date(2012, 9, 28))
    # the side only where the country stands before its coach; the opponents stay countries
    assert got.get("Argentina") == ["Argentina", "Argentina national football team"], got
    assert got.get("Uruguay") == ["Uruguay"], got


def test_countries_before_a_role_outside_sports_copy_stay_countries(nlp):
    got = _mentions(nlp, DISTRIBUTION, date(1987, 3, 11))
    assert got.get("United States") == ["United States"], got
    got = _mentions(nlp, STRIKERS, date(1987, 6, 19))
    assert all("national" not in t for ts in got.values() for t in ts), got

