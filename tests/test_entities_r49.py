"""Entities round 49: two provinces named without the kind in a story that writes others with it,
an acronym set off by commas after the name it stands for, and a noun of nationality before a name.

Read off the N3 RSS-500 dev misses (kept outside the repo) and round 48's leftovers. The province
and nationality sentences are from Reuters-21578 stories named by NEWID (none an N3 story); the
acronym sentence is written for this test, in the form wire copy uses ("Ministry of International Trade and
Industry, or MITI,"), with an acronym whose letters are not the name's initials."""

from __future__ import annotations

from tests.helpers import found

# NEWID 12160
CROP_REPORT = (
    "In Corrientes province the rains also passed an average of 200 mm in some parts, notably the Paso de "
    "los Libres area bordering on Uruguay. In Santa Fe and Entre Rios provinces they were over 100 mm in "
    "places, in Misiones and San Luis 90 mm and in Cordoba 80 mm. The rains were less intense in Chaco "
    "and Formosa."
)


def test_two_provinces_without_the_kind_in_a_story_that_writes_it(nlp):
    assert found(nlp, CROP_REPORT, "Chaco") == [("GPE", "Chaco Province")]
    assert found(nlp, CROP_REPORT, "Formosa") == [("GPE", "Formosa Province")]
    assert found(nlp, CROP_REPORT, "San Luis") == [("GPE", "San Luis Province")]
    # a story that writes no province with its kind keeps two names as towns
    text = "The company has plants in Cordoba and Mendoza, it said."
    assert all(name != "Córdoba Province, Argentina" for _, name in found(nlp, text, "Cordoba"))


def test_an_acronym_after_a_comma_is_the_name_before_it(nlp):
    text = (
        "Thailand's state oil firm, the Petroleum Authority of Thailand, known as PTT, will buy the cargo, "
        "officials said. PTT has bought three cargoes this year."
    )
    assert found(nlp, text, "PTT") == [("ORG", "Petroleum Authority of Thailand")] * 2
    text = "Officials of the Petroleum Authority of Thailand, or PTT, said PTT would buy the cargo."
    assert found(nlp, text, "PTT") == [("ORG", "Petroleum Authority of Thailand")] * 2
    # the acronym must stand alone between the commas
    text = "Officials of the Petroleum Authority of Thailand, or PTT officials, declined comment."
    assert found(nlp, text, "PTT") != [("ORG", "Petroleum Authority of Thailand")]


def test_a_nationality_noun_before_a_name_is_no_part_of_it(nlp):
    # NEWID 17110
    text = (
        "Petranol Plc said it was discussing the takeover of an unnamed company owned by Frenchman Hubert "
        "Perrodo in exchange for Perrodo taking a large stake in Petranol."
    )
    assert found(nlp, text, "Hubert Perrodo") == [("PERSON", "Hubert Perrodo")]
    assert found(nlp, text, "Perrodo") == [("PERSON", "Hubert Perrodo")]
