"""Entities on general news copy the rules were not tuned on: sentences from the TimeBank and
AQUAINT texts (AP, NYT, WSJ, 1989-2000) and Reuters-21578 datelines. Short forms bind to the
full name written earlier, titles with a name pick the right person, datelines are places."""

from __future__ import annotations

from datetime import date

from tasks.entities import Mention, extract_mentions


def mentions(nlp, text: str, dct: date | None = None) -> list[Mention]:
    return extract_mentions(nlp(text), dct)


def linked(ms: list[Mention], surface: str) -> list[str]:
    return [m.entity.canonical_name for m in ms if m.text == surface]


def test_a_title_and_name_the_gazetteer_knows_beat_an_earlier_namesake(nlp):
    text = ("The Persian Gulf showdown between Iraq and the United States took a more personal turn Thursday "
            "when Iraq's Saddam Hussein called President Bush a liar. After a two-hour meeting at his "
            "Kennebunkport home with King Hussein of Jordan, Bush said, ``I did not come away with any feeling "
            "of hope.'' Bush's chief objective in his meeting with Hussein was to press the king to shut down "
            "Iraq's trade.")
    ms = mentions(nlp, text, date(1990, 8, 16))
    assert linked(ms, "Saddam Hussein") == ["Saddam Hussein"]
    assert linked(ms, "Hussein") == ["Hussein of Jordan", "Hussein of Jordan"]
    king = next(m for m in ms if m.text == "Hussein")
    assert king.title == "King"
    # the royal style is a person and a place, not one long name
    assert linked(ms, "Jordan") == ["Jordan"]


def test_a_given_name_alone_is_the_one_person_named_so(nlp):
    text = ("His mother died in a boating accident trying to get Elian Gonzalez and herself to the United States. "
            "The boy's father, Juan Miguel Gonzalez, lives in Cuba and wants Elian back.")
    ms = mentions(nlp, text, date(2000, 1, 7))
    assert linked(ms, "Elian") == ["Elián González"]
    text = ("Prime Minister Margaret Thatcher might be receptive to any request by Jaguar Chairman Sir John Egan "
            "for the restriction's early removal. In the end, Sir John -- rather than the government or Jaguar "
            "shareholders -- may decide.")
    ms = mentions(nlp, text, date(1989, 10, 27))
    assert linked(ms, "John") == ["John Egan"]
    assert linked(ms, "Jaguar") == ["Jaguar Cars", "Jaguar Cars"]


def test_a_name_without_its_middle_name_is_the_same_person(nlp):
    text = ("James Charles Kopp, 44, of Vermont, was seen in the car of a female associate crossing the US border "
            "days after a sniper killed Dr. Barnett Slepian in his kitchen.\n\n``In all candor, the FBI does not "
            "know where James Kopp is _ period,'' said Paul Moskal, a spokesman for the bureau.")
    ms = mentions(nlp, text, date(1998, 11, 20))
    assert linked(ms, "James Kopp") == ["James Kopp"]


def test_short_forms_ignore_case_and_a_possessive_that_is_part_of_the_name(nlp):
    text = ("The rest remained fugitives, including Saudi radical Osama bin Laden. Bin Laden is accused of "
            "masterminding the attack.")
    assert linked(mentions(nlp, text, date(1999, 10, 8)), "Bin Laden") == ["Osama bin Laden"]
    text = ("Giant Group said it filed with federal antitrust regulators for clearance to buy more than 50% of the "
            "stock of Rally's Inc., a fast-food company based in Louisville, Ky.\n\nRally's operates and franchises "
            "about 160 fast-food restaurants.")
    ms = mentions(nlp, text, date(1989, 10, 27))
    full = linked(ms, "Rally's Inc.")
    assert full and linked(ms, "Rally's") == full


def test_an_acronym_spelling_an_earlier_organization_binds_to_it(nlp):
    text = ("ADDIS ABABA, Ethiopia (AP)_ The Organization of African Unity said Friday it would investigate the "
            "Hutu-organized genocide of more than 500,000 minority Tutsis in Rwanda nearly four years ago. The "
            "investigation will consider the role of the United Nations and its agencies and the OAU before, "
            "during and after the genocide,'' the OAU said.")
    assert linked(mentions(nlp, text, date(1998, 2, 27)), "OAU") == ["Organisation of African Unity"] * 2
    # the initials of the earlier name, legal forms aside (the gazetteer has no "DEC" alias)
    text = ("But Martin said the product cycle was key to understanding the rise and fall of IBM and other "
            "computer companies, and pointed to Digital Equipment Corp <DEC> to support his view. \"By replacing "
            "the product line, earnings have soared,\" he said of DEC's line.")
    ms = mentions(nlp, text, date(1987, 3, 23))
    assert linked(ms, "DEC") == linked(ms, "Digital Equipment Corp") == ["Digital Equipment Corporation"]
    # an acronym written inside an earlier name is that name, whatever else it spells
    text = ("TORONTO, March 4 - International H.R.S. Industries Inc said it would reduce its stake in Hal Roach "
            "Studios Inc to 22 pct from 52 pct.\n\nH.R.S. said that under the deal's first stage, closng March "
            "22, it would sell Qintex 900,000 Hal Roach shares.")
    ms = mentions(nlp, text, date(1987, 3, 4))
    assert "Hal Roach Studios" not in linked(ms, "H.R.S.")


def test_a_demonym_tagged_as_a_place_is_a_demonym(nlp):
    ms = mentions(nlp, "John Prescott, a shipping correspondent, said there was no shipping in Kuwaiti or Iraqi ports "
                       "and that activity was trailing off in the Jordanian port of Aqaba.", date(1990, 8, 16))
    kuwaiti = [m for m in ms if m.text == "Kuwaiti"]
    assert [(m.entity.canonical_name, m.role) for m in kuwaiti] == [("Kuwait", "demonym")]


def test_an_all_caps_dateline_is_the_place_not_a_metonym(nlp):
    ms = mentions(nlp, "MIAMI _\n\nThe small pharmacy on Unity Boulevard in Little Havana is unassuming.",
                  date(2000, 4, 14))
    assert [(m.label, m.entity.canonical_name) for m in ms if m.text == "MIAMI"] == [("GPE", "Miami")]
    ms = mentions(nlp, "LONDON, March 3 - The Bank of England provided the money market with help.", date(1987, 3, 3))
    assert [(m.entity.canonical_name, m.role) for m in ms if m.text == "LONDON"] == [("London", "name")]


def test_a_hyphenated_place_name_finds_the_gazetteer_entry(nlp):
    ms = mentions(nlp, "Eleven people, none of them Americans, died in the blast in Dar-es-Salaam, Tanzania.")
    assert linked(ms, "Dar-es-Salaam") == ["Dar es Salaam"]


def test_a_figure_is_not_a_name_and_a_title_alone_is_not_a_person(nlp):
    ms = mentions(nlp, "Stocks rose, pushing the Dow Jones industrial average up 72.24 points, to 8,189.49, "
                       "leaving the index within 70 points of its record high.")
    assert not [m for m in ms if any(c.isdigit() for c in m.text)]
    ms = mentions(nlp, "Citing an example, Sgt. Derek Glenn, a spokesman for the Newark Police Department, said so.")
    assert not [m for m in ms if m.text.startswith("Sgt")]


def test_well_known_people_of_the_period_are_linked(nlp):
    text = ("In a touch of symbolism, the ceremony took place at the Harry S. Truman Library. It was during the "
            "Truman presidency that the North Atlantic Treaty Organization was founded. Secretary of State "
            "Madeleine Albright spoke.")
    ms = mentions(nlp, text, date(1999, 3, 12))
    assert linked(ms, "Truman") == ["Harry S. Truman"]
    assert linked(ms, "Madeleine Albright") == ["Madeleine Albright"]


def test_party_members_link_to_the_party_of_the_country_the_story_is_about(nlp):
    text = ("One of President Bush's sons has informed White House Chief of Staff John Sununu that he has lost "
            "much of his support among Republicans, prompting an intense effort by Sununu to hold on to his job by "
            "demonstrating his GOP backing, White House and Republican sources said Monday.")
    ms = mentions(nlp, text, date(1991, 12, 3))
    assert set(linked(ms, "Republicans") + linked(ms, "Republican")) == {"Republican Party (United States)"}
    republicans = next(m for m in ms if m.text == "Republicans")
    assert (republicans.label, republicans.role) == ("NORP", "name")
    # no country named: no party
    ms = mentions(nlp, "The Republican sources said Monday that the talks had failed.")
    assert "Republican Party (United States)" not in {m.entity.canonical_name for m in ms}


def test_a_surname_after_a_name_with_a_generational_suffix(nlp):
    text = ("Olin Corp said its board will elect in April John Johnstone Jr as its chief executive officer.\n\n"
            "The company said he will succeed John Henske. It said Johnstone, 54, is now president and chief "
            "operating officer.")
    ms = mentions(nlp, text, date(1987, 2, 26))
    full = linked(ms, "John Johnstone Jr")
    assert full and linked(ms, "Johnstone") == full


def test_a_company_short_form_is_not_a_later_genitive_name(nlp):
    text = ("Cineplex Odeon Corp. directors said the company's chairman and chief executive, Garth Drabinsky, is "
            "considering bidding 780.6 million Canadian dollars (US$666 million) to acquire the company.\n\nIn "
            "addition, the directors said if a bid by Mr. Drabinsky is successful, Cineplex expects Rank "
            "Organisation PLC to acquire the 51% of Cineplex's Film House unit it doesn't own.\n\nCineplex "
            "shareholders responded coolly to yesterday's announcement. In trading on the New York Stock Exchange, "
            "Cineplex closed at $11, down 25 cents.")
    ms = mentions(nlp, text, date(1989, 10, 26))
    assert linked(ms, "Cineplex") and set(linked(ms, "Cineplex")) == {"Cineplex Odeon"}


def test_the_big_board_is_the_new_york_stock_exchange(nlp):
    text = ("Du Pont stock rose $2.50 a share to close at $117.375 in New York Stock Exchange composite trading "
            "yesterday. Seagram closed at $84.75, up 12.5 cents a share in Big Board trading.")
    ms = mentions(nlp, text, date(1989, 10, 26))
    assert linked(ms, "Big Board") == ["New York Stock Exchange"]


def test_a_name_never_runs_across_a_paragraph_break(nlp):
    text = ("\"If you find sound, healthy companies in Japan, they are not for sale,\" said George Watanabe, a "
            "management-consultant at Tokyo-based Asia Advisory Services Inc.\n\nStatistics on acquisitions by "
            "foreigners vary in detail, because unlike Sansui, which is listed, most companies are private.")
    ms = mentions(nlp, text, date(1989, 10, 30))
    assert not [m for m in ms if "\n" in m.text]
    assert "Asia Advisory Services Inc." in {m.text for m in ms}


def test_heads_of_state_of_the_1990s_are_linked(nlp):
    text = ("The presidents of Poland and the Czech Republic have signed papers of accession in simultaneous "
            "ceremonies.\n\nPoland's Aleksander Kwasniewski and Vaclav Havel signed the preparatory documents in "
            "their presidential palaces.")
    ms = mentions(nlp, text, date(1999, 2, 26))
    assert linked(ms, "Aleksander Kwasniewski") == ["Aleksander Kwaśniewski"]
    assert linked(ms, "Vaclav Havel") == ["Václav Havel"]
