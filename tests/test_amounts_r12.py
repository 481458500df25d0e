"""Amounts round 12: the sixth TimeBank-AQUAINT labelling round (business stories, part ``r6``).

Sentences are from TimeBank-AQUAINT Wall Street Journal stories of the ``r6`` dev split
(``../shared/data/timebank-aquaint``, named on each case) and from Reuters-21578 stories outside
the evaluation sets (``reut2-NNN:id``). No third-party checklist was used this round.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from tasks.amounts import Amount, extract_amounts
from tasks.evaluate import SHARED_DATA, split_of
from tasks.evaluate import amounts as harness


def found(nlp, text: str) -> dict[str, Amount]:
    return {a.text: a for a in extract_amounts(nlp(text))}


def r6_entries() -> list[dict[str, Any]]:
    raw = json.loads(harness.TIMEBANK_LABELLED.read_text(encoding="utf-8"))
    return [d for d in raw if d.get("round") == 6]


# a fraction right before "share" (no article or owner before it) is part of one share, a count of
# shares, whereas "its one-third share" is a stake, a proportion
SHARE_PARTS: list[tuple[str, str, dict[str, Any]]] = [
    # wsj_0356
    ("Each right entitles shareholders to buy one-half share of common for $30.",
     "one-half", dict(kind="count", value=0.5)),
    # wsj_0324: the part of a share after a price is no money
    ("QVC agreed to pay $19 and one-eighth QVC share for each of CVN's 20 million fully diluted shares.",
     "one-eighth", dict(kind="count", value=0.125, currency=None)),
    ("QVC agreed to pay $19 and one-eighth QVC share for each of CVN's 20 million fully diluted shares.",
     "$19", dict(kind="money", value=19.0, currency="USD")),
    # Reuters reut2-002:2315 (a depositary share)
    ("Each depositary share represents one quarter share of a convertible exchange preference share.",
     "one quarter", dict(kind="count", value=0.25)),
    # Reuters reut2-008:8077, reut2-011:11592: an owner's part of a cost is a proportion
    ("But it has asked Congress to give it authority to finance its one-third share in the event agreement on "
     "voting power is reached.",
     "one-third", dict(kind="percent")),
    ("The proposals from the EC's Brussels headquarters would slash guaranteed prices paid to producers and seek "
     "to peg farm spending at its current two-thirds share of a total budget of 36.2 billion European Currency "
     "Units (41 billion dlrs).",
     "two-thirds", dict(kind="percent")),
]


@pytest.mark.parametrize(("sentence", "span", "want"), SHARE_PARTS)
def test_a_fraction_of_one_share_is_a_count(nlp, sentence: str, span: str, want: dict[str, Any]) -> None:
    got = found(nlp, sentence)
    assert span in got, got
    assert {k: getattr(got[span], k) for k in want} == pytest.approx(want)


# r6 dev sentences the extractor got right on first contact, kept so they stay right
FIRST_CONTACT: list[tuple[str, list[str]]] = [
    # wsj_0376: pounds written "#", with a dollar conversion between the bounds
    ("The British chemical and textile company's plan, which requires shareholder approval, would create a new, "
     "listed U.K. stock with a probable market capitalization between #300 million ($473 million) and "
     "#400 million, analysts said.",
     ["#300 million", "$473 million", "#400 million"]),
    # wsj_0583
    ("Polly Peck, a fast-growing British conglomerate, will pay 15.6 billion yen ($110 million) for 39 million "
     "new shares of Sansui, a well-known maker of high-fidelity audio equipment that failed to adjust to "
     "changing market conditions.",
     ["15.6 billion yen", "$110 million", "39 million"]),
    # wsj_0650: a coupon with a fraction
    ("Sun Microsystems Inc., a computer maker, announced the effectiveness of its registration statement for "
     "$125 million of 6 3/8% convertible subordinated debentures due Oct. 15, 1999.",
     ["$125 million", "6 3/8%"]),
    # wsj_0356: a count inside a hyphenated modifier
    ("Earlier this month, a group led by three of the company's directors, Burt Sugarman, James M. Trotter III "
     "and Willam E. Trotter II, indicated it had a 45.2% stake in the Louisville, Ky., fast-food company and "
     "that it planned to seek a majority of seats on Rally's nine-member board.",
     ["three", "45.2%", "nine"]),
    # wsj_0557: a second "$2 billion" in the same sentence
    ("Roughly $2 billion of that debt has already been repaid from previous asset sales, and RJR expects to use "
     "another $2 billion from the pending, two-part sale of most of its Del Monte unit.",
     ["Roughly $2 billion", "$2 billion", "two"]),
]


@pytest.mark.parametrize(("sentence", "spans"), FIRST_CONTACT)
def test_r6_first_contact_spans_stay_found(nlp, sentence: str, spans: list[str]) -> None:
    assert sorted(found(nlp, sentence)) == sorted(spans)


def test_a_to_range_is_one_row_per_end(nlp) -> None:
    # wsj_0106: the r6 labels split "X to Y" into two VALUEs (as r4 did "10% to 20%"); since round 13
    # each end is a row of its own, and both rows carry the range's bounds and currency
    got = found(nlp, "ROGERS COMMUNICATIONS Inc. said it plans to raise 175 million to 180 million Canadian dollars "
                     "(US$148.9 million to $153.3 million) through a private placement of perpetual preferred shares.")
    for end in ("175 million", "180 million Canadian dollars"):
        assert (got[end].value_low, got[end].value_high, got[end].currency) == (175e6, 180e6, "CAD")


def test_r6_is_forty_business_stories_by_the_stated_rule() -> None:
    raw = json.loads(harness.TIMEBANK_LABELLED.read_text(encoding="utf-8"))
    earlier = {d["doc"] for d in raw if d.get("round", 4) in (4, 5)}
    r6 = r6_entries()
    assert len(r6) == 40 and all(d["doc"].startswith("wsj_") for d in r6)
    assert not earlier & {d["doc"] for d in r6}
    assert {split_of(d["doc"]) for d in r6} == {"dev", "test"}
    assert sum(len(v["values"]) for d in r6 for v in d["sentences"]) == 246
    for d in r6:
        for sent in d["sentences"]:
            for v in sent["values"]:
                assert sent["text"][v["start"] : v["end"]] == v["text"]
    tml = SHARED_DATA / "timebank-aquaint"
    if not tml.exists():
        pytest.skip("TimeBank-AQUAINT not present")
    names = sorted({p.stem for p in tml.rglob("wsj_*.tml")} - earlier,
                   key=lambda n: hashlib.sha256(("amounts-timebank:" + n).encode()).hexdigest())
    assert [d["doc"] for d in r6] == names[:40]


def test_harness_reports_the_r6_part() -> None:
    assert harness.TIMEBANK_PARTS["r6"] == (6,)
    res = harness.evaluate("dev", limit=2)
    assert "timebank/newsetl r6" in res


# what an amount is of, when the tokenizer splits a hyphenated noun: the whole noun, not its last part;
# "proceeds" has no singular; a count's own compound ("four-wheel") still counts the noun after the hyphen
OBJECTS: list[tuple[str, str, str]] = [
    # wsj_1013 (r6 dev)
    ("The loss stems from $357.5 million of write-downs on Columbia's $4.4 billion high-yield investment "
     "securities portfolio, which includes about $3.7 billion of junk bonds, $400 million of preferred stock, "
     "and Treasury securities.",
     "$357.5 million", "write-down"),
    # wsj_1008 (r6 dev)
    ("Lawrence Insurance, based in Albany, N.Y., plans to use the $22.5 million in proceeds to help finance "
     "the acquisition of United Republic.",
     "$22.5 million", "proceeds"),
    # Reuters reut2-009:9050
    ("Gordon Macklin, 58, who has served as president for 17 years, today announced his decision to leave the "
     "organization of 6,658 broker-dealers.",
     "6,658", "broker-dealer"),
    # Reuters reut2-007:7214
    ("The administration has proposed development bank funding of 1.8 billion dlrs for fiscal year 1988 and "
     "seeks about 290 mln dlrs in catch-up from funding reduced in prior years.",
     "about 290 mln dlrs", "catch-up"),
    # Reuters reut2-014:14857
    ("Major Japanese automakers are gearing up to equip sporty models with four-wheel steering, a feature that "
     "could become standard on high-grade cars in the future, automotive industry sources said.",
     "four", "wheel"),
]


@pytest.mark.parametrize(("sentence", "span", "thing"), OBJECTS)
def test_a_hyphenated_noun_is_the_whole_object(nlp, sentence: str, span: str, thing: str) -> None:
    got = found(nlp, sentence)
    assert span in got, got
    assert got[span].object == thing
