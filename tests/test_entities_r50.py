"""Entities round 50: the body written, untagged, before a person's role and full name.

Read off the recognition misses of the dev sets (kept outside the repo): "Harmonix co-founder Alex
Rigopulos", "Dodgers manager Don Mattingly" left the body untagged. The sentences are from
Reuters-21578 stories named by NEWID (none an N3 story nor one of the links set), some cut
short; the guards' NEWIDs are 10256, 11502, 1999 and 1254."""

from __future__ import annotations

from tests.helpers import found


def test_firm_before_a_role_and_a_full_name(nlp):
    # NEWID 16252 (a sentence's first word the gazetteer knows as a firm)
    text = (
        "Goodyear chairman Robert E. Mercer also told the annual meeting that unless there is a major "
        "downturn in the economy, it expects to work its debt down to normal levels in three years."
    )
    assert found(nlp, text, "Goodyear") == [("ORG", "Goodyear Tire and Rubber Company")]
    # NEWID 7902 (inside the sentence, after a quotation)
    text = (
        '"As expected, market conditions have improved so that demand for automotive replacement parts '
        'is gradually and steadily expanding," Echlin president Frederick Mancheski said.'
    )
    assert found(nlp, text, "Echlin") == [("ORG", "Echlin")]


def test_broker_before_an_analyst(nlp):
    # NEWIDs 11504 and 12782
    text = 'I personally think the company is (worth) around 55 dlrs per share," said Pershing analyst Richard Henderson.'
    assert [label for label, _ in found(nlp, text, "Pershing")] == ["ORG"]
    text = 'The bond will improve the group\'s debt structure significantly," Keppel chairman Sim Kee Boon said.'
    assert [label for label, _ in found(nlp, text, "Keppel")] == ["ORG"]
    # not a demonym, an adjective, a body's bare head word or the end of a longer name
    for text, word in (
        ("LA PAZ, March 26 - Bolivian president Victor Paz Estenssoro will propose to Andean Pact countries a summit.", "Bolivian"),
        ("WASHINGTON, March 31 - Presidential spokesman Marlin Fitzwater shrugged off yesterday's sharp decline.", "Presidential"),
        ('... obscures the danger signals that lie just below the surface," Committee chairman Sen. Paul Sarbanes '
         "said in a statement.", "Committee"),
        ('"Kodak perceives that these new businesses will be its bread and butter," said Wertheim and Co analyst Michael Ellman.', "Co"),
    ):
        assert all(label != "ORG" for label, _ in found(nlp, text, word)), word
