"""Entities round 40: one real-world thing under several rows because its label differs between
stories, and firms the model tags PERSON.

Read on 3,000 Reuters-21578 stories picked by ``sha256("ent40:" + NEWID)`` (the links set, the dates
fixture and the amounts fixture left out), grouping entity rows by their name key across labels:

- an agreement or an act the gazetteer does not know took whatever label the model gave it in
  each story ("the Lome Convention" ORG and LOC, "the Financial Services Act" ORG and
  WORK_OF_ART, "the Uruguay Round" LOC and LAW): its head word now decides (LAW; EVENT for a
  round of talks);
- firms tagged PERSON with a cue the rules did not read: a progressive after "said it" ("Cybertek
  said it is forming"), "led the actives" in a market report, a Romance name ending in an elided
  article ("Caisse d'Epargne de l'Etat"), a name in a list of firms ("Co-managers are Daiwa, ...").

The guards: a person in apposition after two bodies stays a person; GATT, which the gazetteer
knows, stays an organization.

Sentences are Reuters-21578 stories (none in an evaluation set), each named on its row: this round's
sample, and for "said it is forming" a story found by searching the collection for the phrase
(reuters-782). No third-party checklist was used."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import written

# (source, text, date, surface, label)
_COVENANTS = [
    (
        "reuters-18150",
        "They said the EC failed to follow consultation procedures laid down in the Lome Convention "
        "which regulates relations between ACP states and the bloc.",
        date(1987, 6, 2),
        "the Lome Convention",
        "LAW",
    ),
    (
        "reuters-18700",
        "They said it contravened not only article three of the General Agreement on Tariffs and Trade "
        "(GATT), the Lome Convention, and the United Nations Food and Agriculture Organization (FAO) guidelines.",
        date(1987, 6, 18),
        "the Lome Convention",
        "LAW",
    ),
    (
        "reuters-12025",
        "Britain has threatened to use its new Financial Services Act to revoke or deny licences to "
        "Japanese brokerage houses.",
        date(1987, 4, 1),
        "Financial Services Act",
        "LAW",
    ),
    (
        "reuters-10455",
        '"The Financial Services Act gives (Trade and Industry Secretary Paul) Channon power to stop '
        'firms," he said.',
        date(1987, 3, 27),
        "The Financial Services Act",
        "LAW",
    ),
    (
        "reuters-10742",
        "The new International Cocoa Agreement should lead to a stabilisation of prices, both because "
        "of the buffer stock and the changed supply situation.",
        date(1987, 3, 30),
        "International Cocoa Agreement",
        "LAW",
    ),
    (
        "reuters-2359",
        '"We have agreed to put the waiver on the table during the Uruguay Round and invite other '
        'countries to do the same with their programs."',
        date(1987, 3, 5),
        "the Uruguay Round",
        "EVENT",
    ),
]


@pytest.mark.parametrize(("source", "text", "day", "surface", "label"), _COVENANTS)
def test_an_agreement_act_or_round_takes_its_heads_label(nlp, source, text, day, surface, label):
    ms = written(nlp, text, day, surface)
    assert ms, source
    assert {(m.label, m.entity.label) for m in ms} == {(label, label)}, source


def test_an_agreement_is_one_row_whatever_the_model_tagged(nlp):
    rows = {
        m.entity.entity_id
        for source, text, day, surface, label in _COVENANTS[:2]
        for m in written(nlp, text, day, surface)
    }
    assert len(rows) == 1


def test_a_body_the_gazetteer_knows_keeps_its_label(nlp):
    source, text, day = _COVENANTS[1][:3]
    ms = written(nlp, text, day, "the General Agreement on Tariffs and Trade")
    assert ms, source
    assert ms and all(m.entity.label == "ORG" for m in ms)


# (source, text, date, surface)
_FIRMS_TAGGED_PERSONS = [
    (
        "reuters-13830",
        "Declines led advances three to two on volume of 19 mln shares. Bellsouth led the actives with "
        "a loss of 1/4 to 39-1/4. IBM fell 1/4 to 149-1/8.",
        date(1987, 4, 7),
        "Bellsouth",
    ),
    (
        "reuters-1547",
        "Banque Generale du Luxembourg is issuing a 500 mln Luxembourg franc private placement bond with "
        "a 7-1/4 pct coupon at par, lead manager Caisse d'Epargne de l'Etat du Grand-Duche de Luxembourg said.",
        date(1987, 3, 4),
        "Caisse d'Epargne de l'Etat",
    ),
    (
        "reuters-8954",
        "Co-managers are Daiwa, Dillon Read, Drexel Burnham and Wertheim Schroder.",
        date(1987, 3, 24),
        "Wertheim Schroder",
    ),
    (
        "reuters-2603",
        "The trust is offering six mln shares of beneficial interest through underwriters led by Morgan "
        "Keegan and Co Inc, Bateman Eichler, Hill Richards Inc and Piper, Jaffray and Hopwood Inc at an expected price "
        "of 10 dlrs a share.",
        date(1987, 3, 6),
        "Bateman Eichler",
    ),
    (
        "reuters-782",
        "Cybertek said it is forming a General Products division which will be located in Dallas.",
        date(1987, 3, 2),
        "Cybertek",
    ),
]


@pytest.mark.parametrize(("source", "text", "day", "surface"), _FIRMS_TAGGED_PERSONS)
def test_a_firm_with_a_firms_cue_is_no_person(nlp, source, text, day, surface):
    ms = written(nlp, text, day, surface)
    assert ms and all(m.label == "ORG" for m in ms), source


@pytest.mark.parametrize(
    ("source", "text", "day", "surface"),
    [
        (
            "reuters-2115",
            "Brazil now had to reconsider its position, President of the Brazilian Coffee Institute, IBC, "
            "Jorio Dauster said.",
            date(1987, 3, 5),
            "Jorio Dauster",
        ),
    ],
)
def test_a_person_stays_a_person(nlp, source, text, day, surface):
    ms = written(nlp, text, day, surface)
    assert ms and all(m.label == "PERSON" for m in ms), source
