"""Amounts round 14: the old range after a new one, and the type of a percent range's bare first end.

Round 14 read every row past sentence 5 of 30 TimeBank-AQUAINT dev stories (general news); its one
recurring class there ("one of" a group) stays out by the round-5 call, see the report. The two
changes here come from the round-13 leftovers, checked on Reuters-21578 stories outside the
evaluation sets (``reut2-NNN:id``, each named on its case):

* "from X to Y" right after a range already given as the new level ("to between 15 and 18 pct from
  13 to 15 pct") is the old range: the move is told, so X and Y are the ends of one range, not a
  change and a level; so is "from X to Y" after "priced" (6 times in Reuters outside the evaluation
  sets, all ranges) or after "range in size", "ranged in prices", "range widely" (3 times, all
  ranges). "from X to Y" after a change verb alone stays two values.
* the harness types the bare first end of a percent range ("about 65" of "about 65 to 70 pct") by
  the mark on its second end, as the TimeBank-AQUAINT dev labels type the bare first end of a money
  range by the range ("175 million" of "175 million to 180 million Canadian dollars", wsj_0106:
  MONEY). No dev label holds a percent range's first end.

No third-party checklist was used this round.
"""

from __future__ import annotations

import pytest

from tasks.amounts import Amount, extract_amounts
from tasks.evaluate.amounts import meantime_type


def rows(nlp, sentence: str) -> list[Amount]:
    return extract_amounts(nlp(sentence))


OLD_RANGE_AFTER_NEW = [
    # reut2-003:3493
    ("A tight money market has pushed interest rates on three to six month time deposits to between 15 and 18 pct "
     "from 13 to 15 pct a month ago, bankers said.",
     [("13", 13.0, 15.0), ("15 pct", 13.0, 15.0)]),
    # reut2-016:16053: the old range's first end in words
    ("If it is, however, he said that Fed probably has just nudged up its funds rate goal to around 6.25 to 6.35 pct "
     "from six to 6.10 pct previously.",
     [("six", 6.0, 6.1), ("6.10 pct", 6.0, 6.1)]),
    # reut2-004:4019: two marked ends, past "a share"
    ("Bank of British Columbia said it revised its estimate of shareholder distributions from last November's sale "
     "of most of the bank's assets to HongKong Bank of Canada to between 65 cts and 1.15 dlrs a share from 55 cts to "
     "1.20 dlrs a share.",
     [("55 cts", 0.55, 1.2), ("1.20 dlrs", 0.55, 1.2)]),
    # reut2-005:5109: the old range takes the scale and unit of its second end
    ("Indications of a heavy sign-up in the conservation program recently lowered most trade estimates of corn "
     "planted acreage to 63.0 to 67.0 mln acres from 67.0 to 69.0 mln.",
     [("67.0", 6.7e7, 6.9e7), ("69.0 mln", 6.7e7, 6.9e7)]),
]


@pytest.mark.parametrize(("sentence", "want"), OLD_RANGE_AFTER_NEW, ids=[c[1][0][0] for c in OLD_RANGE_AFTER_NEW])
def test_from_x_to_y_after_a_new_range_is_the_old_range(nlp, sentence: str, want: list) -> None:
    found = rows(nlp, sentence)
    old = [(a.text, a.value_low, a.value_high) for a in found if a.text in {w[0] for w in want}][-2:]
    assert old == want


PRICED_OR_RANGING = [
    # reut2-000:385
    ("The Macintosh II, which is priced from 3,898 dlrs to 5,498 dlrs, also has six internal printed circuit card "
     "slots for adding multiple functions, including an optional color display, network connections and MS-DOS "
     "compatibility, the company said.",
     [("3,898 dlrs", 3898.0, 5498.0), ("5,498 dlrs", 3898.0, 5498.0)]),
    # reut2-015:15160
    ("The devices are priced from 7.25 dlrs to 29.25 dlrs.",
     [("7.25 dlrs", 7.25, 29.25), ("29.25 dlrs", 7.25, 29.25)]),
    # reut2-017:17497: the first end takes the second's currency
    ("Priced from 5.5 mln to 22 mln dlrs, the ETA 10 contains about 240 chips in each of its processing units, built "
     "onto a board about the size of a standard newspaper section.",
     [("5.5 mln", 5.5e6, 2.2e7), ("22 mln dlrs", 5.5e6, 2.2e7)]),
    # reut2-006:6714: what ranges comes between "range" and "from"
    ("The three Shell vessels are Lakeshell, Eastern Shell and Northern Shell, which range in size from 6,000 to "
     "10,000 tonnes, Shell said.",
     [("6,000", 6000.0, 10000.0), ("10,000 tonnes", 6000.0, 10000.0)]),
    # reut2-008:8595
    ("Estimates of profits from the firm's wholly owned Swire Properties Ltd unit range widely from 500 mln dlrs to "
     "700 mln compared with 570 mln dlrs in 1985.",
     [("500 mln dlrs", 5e8, 7e8), ("700 mln", 5e8, 7e8)]),
]


@pytest.mark.parametrize(("sentence", "want"), PRICED_OR_RANGING, ids=[c[1][0][0] for c in PRICED_OR_RANGING])
def test_priced_from_and_range_in_size_from_make_one_range(nlp, sentence: str, want: list) -> None:
    found = rows(nlp, sentence)
    assert [(a.text, a.value_low, a.value_high) for a in found if a.text in {w[0] for w in want}] == want


MOVES = [
    # reut2-007:7925
    ("It lowered its holding from 100 pct to 41 pct.", ["100 pct", "41 pct"]),
    # reut2-019:19684
    ("The U.S. is increasing its Gulf fleet from seven to 10.", ["seven", "10"]),
    # reut2-006:6196
    ("The top rate will fall from 38.5 pct to 28 pct.", ["38.5 pct", "28 pct"]),
]


@pytest.mark.parametrize(("sentence", "texts"), MOVES, ids=[c[1][0] for c in MOVES])
def test_from_x_to_y_after_a_change_verb_alone_stays_two_values(nlp, sentence: str, texts: list[str]) -> None:
    found = {a.text: a for a in rows(nlp, sentence)}
    assert [(found[t].value is not None, found[t].value_low) for t in texts] == [(True, None)] * len(texts)


PERCENT_RANGE_TYPES = [
    # reut2-004:4647: the approximator stays inside the first end
    ("Kingston said about 65 to 70 pct of Emperor's shareholders are domiciled outside Australia, but the vast "
     "majority are registered through Australian nominees and are thus entitled to participate.",
     [("about 65", "PERCENT"), ("70 pct", "PERCENT")]),
    # reut2-013:13238: a first end in words, "between" outside
    ("Production in the manufactured goods industry has been falling since mid-1986 and will decline by between "
     "one and two pct this year after a 2.5 pct increase in 1986, the Ifo economic institute said.",
     [("one", "PERCENT"), ("two pct", "PERCENT"), ("2.5 pct", "PERCENT")]),
    # reut2-014:14853
    ("Bankers said some Thai banks have offered credit-worthy clients loans at near money market rates of seven to "
     "eight pct in a bid to compete with foreign funds.",
     [("seven", "PERCENT"), ("eight pct", "PERCENT")]),
    # a proportion in words keeps MEANTIME's QUANTITY: no end carries a mark
    ("Between a third and a half of the shares were sold.",  # made
     [("a third", "QUANTITY"), ("a half", "QUANTITY")]),
]


@pytest.mark.parametrize(("sentence", "want"), PERCENT_RANGE_TYPES, ids=[c[1][0][0] for c in PERCENT_RANGE_TYPES])
def test_a_percent_range_types_both_ends_by_its_mark(nlp, sentence: str, want: list) -> None:
    doc = nlp(sentence)
    found = extract_amounts(doc)
    assert [(a.text, meantime_type(a, doc.text, found)) for a in found] == want
