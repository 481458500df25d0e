"""Round 10: a coverage audit against Microsoft Recognizers-Text's English specs (MIT).

Every expected result of its CurrencyModel, DimensionModel, AgeModel, TemperatureModel, PercentModel
and NumberRangeModel specs was run through the extractor; each class missed or read wrong by our own
conventions was then looked for in Reuters-21578, the TimeBank-AQUAINT dev stories and the MEANTIME
dev text, and fixed where news writes it. The sentences are copied from Reuters-21578 (the story's
NEWID in the comment); the few styles none of those corpora prints (modern currency signs, URLs) are
marked ``# made``.
"""

from __future__ import annotations

import pytest

from tasks.amounts import Amount, extract_amounts


def amounts(nlp, sentence: str, exclude: tuple[str, ...] = ()) -> dict[str, Amount]:
    """The amounts of ``sentence`` by text; ``exclude``: substrings a date extractor would take."""
    spans = [(sentence.index(x), sentence.index(x) + len(x)) for x in exclude]
    return {a.text: a for a in extract_amounts(nlp(sentence), exclude=spans)}


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), [
    # reuters-1570
    ("Some varieties of winter wheat sown in Poland can survive ground temperatures as low as minus 20 "
     "degrees C, Spokesman Teresa Tomaszewska told Reuters.", "minus 20 degrees C", -20, "degree Celsius"),
    # reuters-1570: the scale letter a space from the number, after the weather is named
    ("Even though an earlier thin protective layer of snow mainly melted in February, air temperatures down "
     "to minus 30 C should not be harmful, she said.", "minus 30 C", -30, "degree Celsius"),
    # reuters-1623
    ("This week's sudden fall in temperatures has affected large parts of the country and has caused "
     "fieldwork to stop in the Ukraine, it said, adding that temperatures fell to as low as minus 30 "
     "centigrade in Byelorussia.", "minus 30 centigrade", -30, "degree Celsius"),
    # reuters-12513
    ("The wires the company uses are a blend of yttrium, barium and copper oxide and can conduct with no "
     "resistance at minus 179.5 degrees centigrade.", "minus 179.5 degrees centigrade", -179.5, "degree Celsius"),
    # reuters-18691
    ("Energy Conversion Devices Inc said its scientists have achieved superconductivity at  a temperature "
     "of 90 degrees Fahrenheit.", "90 degrees Fahrenheit", 90, "degree Fahrenheit"),
    # reuters-15072
    ("It said when cooled to 91 degrees Kelvin, or 296 degrees below zero Fahrenheit, the wires conduct "
     "electricity without resistance.", "91 degrees Kelvin", 91, "kelvin"),
    # made: the scale letter against the number, with its conversion, as modern weather copy prints it
    ("Temperatures in Seville hit 40C (104F) on Sunday.", "40C", 40, "degree Celsius"),
    ("Temperatures in Seville hit 40C (104F) on Sunday.", "104F", 104, "degree Fahrenheit"),
])
def test_a_temperature_keeps_its_scale_and_sign(nlp, sentence: str, text: str, value: float, unit: str) -> None:
    # the scale was left out of the extent ("20 degrees") and the sign dropped ("minus" before it)
    found = amounts(nlp, sentence)[text]
    assert (found.kind, found.value, found.unit) == ("quantity", value, unit)


def test_a_temperature_range_below_zero_keeps_both_ends(nlp) -> None:
    # reuters-1069: "minus 10 to 0" used to give 10 and "0 degrees" (a range cannot fall from 10 to 0)
    sentence = ("Western USSR winter wheat areas have had only light and spotty snow and winterkill is possible "
                "tonight and tomorrow night as temperatures drop to minus 10 to 0 degrees F.")
    found = amounts(nlp, sentence)["0 degrees F"]
    assert (found.value_low, found.value_high, found.unit) == (-10, 0, "degree Fahrenheit")


def test_scale_letters_need_the_weather(nlp) -> None:
    # reuters-2869: "P-3C" and "SH-2F" name aircraft, in a story about no temperature
    found = amounts(nlp, "The Navy said it has received a 36.0 mln dlr contract for electronic support work "
                         "for P-3C Orion anti-submarine warfare planes and SH-2F anti-submarine helicopters.")
    assert not {t for t in found if t.endswith(("C", "F"))}


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # reuters-5830
    ("Unadjusted annual inflation for the seven leading industrialised nations in January was running at "
     "4.4 pct in Italy, 3.9 pct in Britain and Canada, three pct in France, 1.4 pct in the U.S., Minus 0.8 "
     "pct in West Germany and minus 1.5 pct in Japan, the OECD said.", "minus 1.5 pct", -1.5),
    # reuters-4602
    ("Analysts said that M-1 last month grew at a negative 1.3 pct annual rate compared with minus 0.7 pct "
     "for M-2 and actual positive growth of 1.0 pct annualized for M-3.", "negative 1.3 pct", -1.3),
    # reuters-2744
    ("Chartered bank net foreign currency assets fell 23 mln dlrs to minus 1.92 billion dlrs.",
     "minus 1.92 billion dlrs", -1.92e9),
    # made: a signed change in a market table's style
    ("The euro fell -0.5% against the dollar.", "-0.5%", -0.5),
])
def test_a_negative_amount_keeps_its_sign(nlp, sentence: str, text: str, value: float) -> None:
    assert amounts(nlp, sentence)[text].value == value


@pytest.mark.parametrize(("sentence", "text"), [
    # reuters-141: LIBOR less a margin
    ("Subsequent rates on the inverse floater will equal 11-1/2 pct minus the product of three times "
     "(LIBOR minus 6-1/2 pct).", "6-1/2 pct"),
    # reuters-4633: a tolerance either way
    ("He also said he still believes a dollar exchange rate level plus or minus 10 yen from 170 yen would be "
     "within levels agreed upon last month in Paris by six major industrial nations.", "10 yen"),
    # reuters-12907: the second of two isotopes
    ("In a letter to the West German community here, Ambassador Joerg Kastl said laboratory tests on food "
     "samples bought in Moscow in February had shown elevated levels of caesium-134 and -137 in tea from "
     "Azerbaijan and Ukrainian hazelnuts.", "137"),
])
def test_minus_between_two_things_subtracts(nlp, sentence: str, text: str) -> None:
    found = amounts(nlp, sentence, exclude=("February",) if "February" in sentence else ())
    assert text in found and found[text].value > 0


@pytest.mark.parametrize(("sentence", "text", "value", "unit", "exclude"), [
    # reuters-6921
    ("The House of Representatives voted 217 to 206 to raise the national speed limit from 55 to 65 miles "
     "per hour on rural sections of interstate highways.", "65 miles per hour", 65, "mile per hour", ()),
    # reuters-5514; "per hour" taken by a date extractor does not cut the speed off
    ("The aircraft could reach speeds in excess of 5,000 km an hour.", "in excess of 5,000 km an hour", 5000,
     "kilometre per hour", ("an hour",)),
    # reuters-12496
    ("The company said the smaller diskettes store from two to four times more data than larger diskette, "
     "which typically handle 360 kilobytes of data.", "360 kilobytes", 360, "kilobyte", ()),
    # reuters-19032
    ("It will assemble 16-bit MP-286 and 32-bit MP-386 desk-top computers at its wholly-owned computer and "
     "computer-related equipment sales unit <Mitsubishi Electronics America Inc> in Torrance, California at "
     "a rate if 10,000 a month, he said.", "32-bit", 32, "bit", ()),
    # reuters-21472
    ("Tandem Computers Inc said it has introduced an 84-gigabyte write-once, read-many-times optical disk "
     "library subsystem.", "84-gigabyte", 84, "gigabyte", ()),
    # reuters-20953
    ("Par said it would begin to market the drug in dosage strengths of five mg and 25 mg.", "25 mg", 25,
     "milligram", ()),
])
def test_units_of_speed_storage_and_dose(nlp, sentence: str, text: str, value: float, unit: str,
                                         exclude: tuple[str, ...]) -> None:
    found = amounts(nlp, sentence, exclude)[text]
    assert (found.kind, found.value, found.unit) == ("quantity", value, unit)


def test_a_partitive_count_does_not_take_an_adjective_unit(nlp) -> None:
    # reuters-4588: 300,000 microprocessors, not 300,000 bits
    found = amounts(nlp, "Tooker said Motorola has shipped about 300,000 of its 32-bit 68020 microprocessor "
                         "to 200 customers.")["about 300,000"]
    assert (found.kind, found.unit) == ("count", None)


def test_a_cut_mln_in_a_results_table_is_no_millilitre(nlp) -> None:
    # reuters-20598
    found = amounts(nlp, "Net loss 151.6 mln vs loss 340.3 mln Revs 118.9 mln vs 161.8 ml NOTE: 1987 qtr "
                         "includes loss 1,500,000 dlrs for mobilization costs.", exclude=("1987 qtr",))
    assert all(a.unit != "millilitre" for a in found.values())


@pytest.mark.parametrize(("sentence", "text", "value", "currency"), [
    # reuters-7603
    ("Newman shares eased one penny on the announcement to 43p while Hawker was unchanged at 528p, three "
     "pence higher on last night's close.", "one penny", 0.01, "GBP"),
    # reuters-17250
    ("Coats is offering one Irish penny in cash per Youghal ordinary share.", "one Irish penny", 0.01, "IEP"),
    # made: the renminbi's usual abbreviation, before and after the number
    ("The bank will lend RMB 1.2 billion to the project and another 500 million rmb next year.",
     "RMB 1.2 billion", 1.2e9, "CNY"),
    ("The bank will lend RMB 1.2 billion to the project and another 500 million rmb next year.",
     "500 million rmb", 5e8, "CNY"),
    # made: a euro sign after the number, in continental style
    ("Tickets cost 10 € for adults.", "10 €", 10, "EUR"),
])
def test_currencies_seen_in_the_specs(nlp, sentence: str, text: str, value: float, currency: str) -> None:
    found = amounts(nlp, sentence, exclude=("next year",) if "next year" in sentence else ())[text]
    assert (found.kind, found.value, found.currency) == ("money", value, currency)


@pytest.mark.parametrize(("sentence", "text", "approximate", "low", "high"), [
    # reuters-654
    ("Federal law requires brokerage firms and banks to report to the Treasury Department all cash deposits "
     "greater than 10,000 dlrs.", "greater than 10,000 dlrs", "more_than", 10000, None),
    # reuters-5888
    ('"Their (Phelps Dodge) costs are so low, they don\'t need copper prices higher than 70 cts to make a lot '
     'of money," said Vahid Fathi of Prescott Ball and Turben Inc.', "higher than 70 cts", "more_than", 0.7, None),
    # reuters-732: "or more" bounds the amount and stays outside it, as "or so" does
    ("The rights are exercisable ten days after a person or group acquires 20 pct or more of Alberston's "
     "common stock or announces a tender offer for 30 pct or more of the stock.", "20 pct", "at_least", 20, None),
    # reuters-2118
    ("Shad said insider trading cases involved only 10 pct or less of SEC enforcement actions in recent years.",
     "10 pct", "at_most", None, 10),
])
def test_threshold_words_bound_the_amount(nlp, sentence: str, text: str, approximate: str,
                                          low: float | None, high: float | None) -> None:
    found = amounts(nlp, sentence, exclude=("ten days",) if "ten days" in sentence else ())[text]
    assert (found.approximate, found.value_low, found.value_high) == (approximate, low, high)


@pytest.mark.parametrize(("sentence", "text"), [
    # reuters-708: the base of a comparison, not a threshold
    ("January 1987 natural gas output totalled 1.15 billion cubic metrers, 3.6 pct higher than 1.11 billion "
     "cubic metres produced in January 1986, Yacimientos Petroliferos Fiscales added.",
     "1.11 billion cubic metres"),
    # reuters-17196: a band either side of a rate
    ("The UAE dirham can fluctuate within a band of 7.25 pct higher or lower than 4.7619 to the SDR but has "
     "been fixed at 3.671 to the dollar since November 1980.", "4.7619"),
])
def test_a_comparison_base_is_not_a_threshold(nlp, sentence: str, text: str) -> None:
    exclude = tuple(x for x in ("January 1987", "January 1986", "November 1980") if x in sentence)
    assert amounts(nlp, sentence, exclude)[text].approximate is None


def test_digits_in_a_web_address_are_no_amounts(nlp) -> None:
    # made: a source link at the foot of a story
    found = amounts(nlp, "The full report is at http://www.example.org/report?id=305&page=20%25 and costs $5.")
    assert set(found) == {"$5"}


@pytest.mark.parametrize(("sentence", "text", "value", "low", "high"), [
    # reuters-6375: the fraction hyphenated to its whole number, as the range's low end
    ("According to the newspaper, the padding of figures makes up one-and-a-half to three per cent of the "
     "volume of production.", "three per cent", None, 1.5, 3),
    # reuters-12496: and as its high end
    ("The company said the new bus offers processing power up to two to three-and-a-half times the existing "
     "IBM PC AT.", "three-and-a-half", None, 2, 3.5),
    # made: a quarter, and a half after the scale word (half a million more, not half of one)
    ("Some one and a quarter million people and a million and a half tourists came.",
     "Some one and a quarter million", 1.25e6, None, None),
    ("Some one and a quarter million people and a million and a half tourists came.",
     "a million and a half", 1.5e6, None, None),
])
def test_a_whole_number_and_a_fraction(nlp, sentence: str, text: str, value: float | None,
                                       low: float | None, high: float | None) -> None:
    found = amounts(nlp, sentence)[text]
    assert (found.value, found.value_low, found.value_high) == (value, low, high)


def test_warming_in_degrees_is_a_temperature(nlp) -> None:
    # made: climate copy writes the scale letter against the number, with no "temperature" in sight
    found = amounts(nlp, "The Paris agreement aims to limit global warming to 1.5C above pre-industrial levels.")["1.5C"]
    assert (found.value, found.unit) == (1.5, "degree Celsius")
