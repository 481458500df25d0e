"""Entities round 52: universities by kind (kind ``university``) and organization acronyms news writes undefined.

Universities of the Association of American Universities, the US state flagships, the Ivy League, the UK's
Russell Group and about 40 of Canada, Australia, France, Germany, Japan, China, India, Israel, Switzerland and
Singapore under their English Wikipedia titles, with the forms wire copy writes ("University of California at
Berkeley", "University of Alabama, Birmingham", "LSU"). A bare town or state ("Oxford", "Michigan") stays the
place; an acronym two universities share ("USC") links only where the story writes one out. Acronyms with one
news meaning (ACLU, NAACP, SEIU, UNITA ...) got rows; NRA did not: Reuters-21578 writes it for Jordan's Natural
Resources Authority and Uganda's National Resistance Army, never the rifle association.

Sentences are from Reuters-21578 stories (named by NEWID), outside the evaluation sets."""

from __future__ import annotations

from datetime import date

from tasks.entities import extract_mentions
from tests.helpers import titles_by_text as _mentions

# NEWID 5486 (16-MAR-1987)
OHIO_STATE = (
    "The consultant, Ohio State University Professor of Medicine Carl Leier, said Rogaine's side effects were "
    "minimal, based on a study of 10,000 individuals who have been getting the drug in Canada."
)
# NEWID 635 (2-MAR-1987)
BERKELEY = (
    'High volume memory chips have become "a perfect commodity market," Robert Brodersen, a professor of '
    "electrical engineering at the University of California at Berkeley, told an industry forum."
)
# NEWID 7144 (19-MAR-1987), last sentence
INSTITUTIONS = (
    "The institutions are Duke University Medical Center in Durham, N.C., Emory University, Atlanta, Johns "
    "Hopkins Medical Institution, Baltimore, Washington University Medical Center, St Louis, Mayo Clinic, "
    "Rochester, Minn., UCLA, Los Angeles, and the University of Alabama, Birmingham."
)
# NEWID 17477 (1-JUN-1987) and NEWID 15752 (9-APR-1987): the university, then the Maine county alone
OXFORD = (
    "Romero said he would also visit Oxford University's department of agricultural economics to discuss ways "
    "of avoiding the copra process altogether.\n\n"
    "In announcing Reagan's action, the White House said in a written statement that Androscoggin, Franklin, "
    "Kennebec, Oxford, Penobscot, Piscataquis and Somerset counties would be eligible for federal aid."
)
# NEWID 9110 (24-MAR-1987) and NEWID 1817 (4-MAR-1987): the university, then the state alone
MICHIGAN = (
    '"There\'s not much that\'s off the table in terms of creative thinking" about ways to sell cars, says David '
    "Cole, analyst with the University of Michigan's Transportation Research Institute.\n\n"
    "The UAW leader said the company and the union agreed in principle in 1985 to pattern a future contract "
    "covering some 6,000 Kenosha workers after lower-cost UAW contracts covering Mazda Motor Corp's new U.S. "
    "plant in Michigan and the New United Motor plant in California."
)
# NEWID 10244 (26-MAR-1987)
UNITA = (
    "WASHINGTON, March 26 - Angola's U.S.-backed UNITA rebel group has offered to reopen the Benguela railroad "
    "that runs through UNITA-held territory and links landlocked Zaire and Zambia to the Angolan port of Lobito."
)
# NEWID 1695 (4-MAR-1987)
SEIU = (
    "The NLRB said the complaint asserts First Union Management hired a cleaning contractor, <Systems Management>, "
    "to clean the 300 Sixth Avenue Building in Pittsburgh on the condition that Systems not deal with the Service "
    "Employees International Union (SEIU), Local 29. Jack Yoedt, executive director of SEIU, the janitors union, "
    "said that damages could amount to more than 200,000 dlrs in back pay for janitors."
)
# NEWID 21516 (19-OCT-1987)
NRA = (
    "The government's National Resistance Army (NRA) closed the road on Friday after the rebel Holy Spirit "
    "Movement of priestess Alice Lakwena reached a village on the road, said. But by the time NRA reinforcements "
    "arrived the rebels had disappeared into thick forest."
)


def _codes(nlp, text: str, day: date, written: str) -> list[str | None]:
    """Country code of each mention written ``written``: set only for a name the gazetteer linked."""
    return [m.entity.country_code for m in extract_mentions(nlp(text), day) if m.text == written]


def _kind(name: str) -> str | None:
    from tasks.gazetteer import load

    e = load().by_name.get(name)
    return e.kind if e is not None else None


def test_university_written_with_a_title_after_it(nlp):
    got = _mentions(nlp, OHIO_STATE, date(1987, 3, 16))
    assert got.get("Ohio State University") == ["Ohio State University"], got
    assert _kind("Ohio State University") == "university"
    assert got.get("Canada") == ["Canada"], got


def test_wire_copy_campus_form_and_a_list_of_institutions(nlp):
    got = _mentions(nlp, BERKELEY, date(1987, 3, 2))
    assert got.get("University of California at Berkeley") == ["University of California, Berkeley"], got
    got = _mentions(nlp, INSTITUTIONS, date(1987, 3, 19))
    assert got.get("University of Alabama, Birmingham") == ["University of Alabama at Birmingham"], got
    assert got.get("UCLA") == ["University of California, Los Angeles"], got
    # the towns after each institution stay the towns
    assert got.get("Durham") == ["Durham, North Carolina"], got
    assert got.get("Atlanta") == ["Atlanta"], got
    assert got.get("Los Angeles") == ["Los Angeles"], got


def test_bare_town_and_state_stay_places_beside_their_university(nlp):
    got = _mentions(nlp, OXFORD, date(1987, 6, 1))
    assert got.get("Oxford University") == ["University of Oxford"], got
    assert _kind("University of Oxford") == "university"
    assert all("University of Oxford" not in v for k, v in got.items() if "University" not in k), got
    got = _mentions(nlp, MICHIGAN, date(1987, 3, 24))
    assert got.get("University of Michigan") == ["University of Michigan"], got
    assert got.get("Michigan") == ["Michigan"], got


def test_acronyms_with_one_news_meaning(nlp):
    got = _mentions(nlp, UNITA, date(1987, 3, 26))
    assert got.get("UNITA") and set(got["UNITA"]) == {"UNITA"}, got
    assert _codes(nlp, UNITA, date(1987, 3, 26), "UNITA") == ["AO", "AO"]
    got = _mentions(nlp, SEIU, date(1987, 3, 4))
    assert got.get("SEIU") == ["Service Employees International Union"] * 2, got
    assert _codes(nlp, SEIU, date(1987, 3, 4), "SEIU") == ["US", "US"]
    # NRA has two meanings in Reuters-21578 and no row: the army the story defines, no gazetteer body
    got = _mentions(nlp, NRA, date(1987, 10, 19))
    assert set(got.get("NRA", [])) == {"National Resistance Army"}, got
    assert set(_codes(nlp, NRA, date(1987, 10, 19), "NRA")) == {None}
    assert _kind("National Resistance Army") is None


def test_acronym_two_universities_share_links_only_when_one_is_written_out():
    from tasks.gazetteer import load

    hits = load().lookup("USC")
    assert {e.canonical_name for e, _ in hits} == {"University of Southern California", "University of South Carolina"}
    assert {role for _, role in hits} == {"acronym"}
