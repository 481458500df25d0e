"""Entities round 46: provinces and states written as such, and national ministries by kind.

Read off the dev halves of the N3 link sets (Reuters-128, RSS-500) kept outside the repo and
checked on Reuters-21578: Argentina's provinces and Brazil's states share their names with
towns (their capitals, mostly), and wire copy tells them apart only by writing the kind ("Santa
Fe province", "the states of Sao Paulo and Parana"); India's finance ministry had no row.

Sentences are from Reuters-21578 stories (named by NEWID), none of them an N3 story."""

from __future__ import annotations

from tests.helpers import found

# Reuters NEWID 3981 (two sentences)
_RAINS = (
    "BUENOS AIRES, March 11 - Heavy rains fell again in Argentina's grain-producing areas over the week, and in "
    "particularly high volume in Buenos Aires province, Cordoba, La Pampa and Santa Fe provinces.\n"
    "Rainfall totalled between 20 and 290 mm in Buenos Aires, heaviest in western sectors of the province, 20 to "
    "145 mm in La Pampa, 25 to 120 mm in Cordoba, and 10 to 75 mm in Santa Fe."
)


def test_provinces_written_as_provinces_are_the_provinces(nlp):
    assert found(nlp, _RAINS, "Cordoba")[0] == ("GPE", "Córdoba Province, Argentina")
    assert found(nlp, _RAINS, "Santa Fe")[0] == ("GPE", "Santa Fe Province")
    assert found(nlp, _RAINS, "Buenos Aires")[0] == ("GPE", "Buenos Aires Province")


def test_a_province_written_alone_after_its_kind_is_the_province_but_not_the_capital(nlp):
    # the same story's bare "Cordoba" and "Santa Fe" are the provinces it wrote as such; the bare
    # "Buenos Aires" may be the capital, the dateline's town, and stays so
    assert found(nlp, _RAINS, "Cordoba")[1] == ("GPE", "Córdoba Province, Argentina")
    assert found(nlp, _RAINS, "Santa Fe")[1] == ("GPE", "Santa Fe Province")
    assert found(nlp, _RAINS, "Buenos Aires")[1] == ("GPE", "Buenos Aires")


def test_states_of_a_list_are_the_states(nlp):
    # Reuters NEWID 4953
    text = (
        "Television reports said striking truck drivers had blocked roads with their vehicles in several towns "
        "in the states of Sao Paulo and Parana."
    )
    assert found(nlp, text, "Sao Paulo") == [("GPE", "São Paulo (state)")]
    assert found(nlp, text, "Parana") == [("GPE", "Paraná (state)")]


def test_state_of_and_the_later_bare_name_are_the_state(nlp):
    # Reuters NEWID 15686
    text = (
        "Based on field travel in the Brazilian state of Parana, soybean yields should be about average or "
        "above, the U.S. Agriculture Department's officer in Sao Paulo said in a field report.\n"
        "The report, dated March 24, noted Parana accounts for about 20 to 24 pct of Brazil's total soybean crop."
    )
    assert found(nlp, text, "Parana") == [("GPE", "Paraná (state)")] * 2
    assert found(nlp, text, "Sao Paulo") == [("GPE", "São Paulo")]


def test_a_state_the_model_tags_as_a_person_after_state_of_is_the_state(nlp):
    # Reuters NEWID 11459
    text = (
        "Trade estimates of the May/Sept temporao harvest in Brazil's main cocoa growing state of Bahia are now "
        "in the 1.5 mln to 2.0 mln bag range."
    )
    assert found(nlp, text, "Bahia") == [("GPE", "Bahia")]


def test_city_of_sao_paulo_stays_the_city(nlp):
    # Reuters NEWID 19834
    text = (
        "The loan will help finance the rehabilitation of the railway in Sao Paulo state and establish an "
        "institution to run suburban transport on the lines leading to the city of Sao Paulo and the port of Santos."
    )
    assert [name for _, name in found(nlp, text, "Sao Paulo")] == ["São Paulo (state)", "São Paulo"]


def test_bare_finance_ministry_of_a_story_about_india_is_indias(nlp):
    # Reuters NEWID 16772 (its body, after the NEW DELHI dateline)
    text = (
        "The Finance Ministry said India's wholesale-price linked inflation rate dropped "
        "marginally to 5.3 pct in all fiscal 1986/87 ended March from 5.8 pct in 1985/86."
    )
    assert found(nlp, text, "The Finance Ministry") == [("ORG", "Ministry of Finance (India)")]
