"""The hand-labelled Reuters linking set and its harness (``tasks.evaluate.links``)."""

from __future__ import annotations

from collections import Counter

import pytest

from tasks.evaluate import SHARED_DATA
from tasks.evaluate import links as lk
from tasks.evaluate.entities import Gold, Pred

needs_shared = pytest.mark.skipif(not SHARED_DATA.exists(), reason="../shared/data not present beside the repo")


def test_the_fixture_records_forty_stories_split_twenty_twenty():
    docs = lk.read_fixture()
    assert len(docs) == 40 and len({d.id for d in docs}) == 40
    assert Counter(d.split for d in docs) == {"dev": 20, "test": 20}
    assert all(lb.type in lk.TYPES for d in docs for lb in d.labels)
    assert sum(len(d.labels) for d in docs) > 300


def test_a_mention_links_only_through_a_match_of_its_type():
    golds = [Gold(0, 5, "ORG", "Pfizer", True), Gold(10, 16, "LOC", "Canada", True), Gold(20, 25, "PER", None, True)]
    preds = [Pred(0, 9, "ORG", "Pfizer"), Pred(10, 16, "ORG", "Canada"), Pred(30, 35, "LOC", "Paris")]
    c = lk.tally(golds, preds)
    assert (c["tp"], c["n_pred"], c["n_gold"]) == (1, 3, 3)
    assert (c["link_ok"], c["link_any_ok"], c["link_n"]) == (1, 2, 2)
    assert (c["tp_ORG"], c["n_pred_ORG"], c["n_gold_LOC"]) == (1, 2, 1)


def test_locate_counts_whole_words_only():
    text = "Dart Group Corp said Dart's bid for Supermarkets General beat Darts Inc."
    assert lk.occurrences(text, "Dart") == [0, 21]
    assert lk.locate(text, "Dart", 2) == (21, 25)
    with pytest.raises(ValueError):
        lk.locate(text, "Dart", 3)


@needs_shared
def test_every_label_slices_to_its_surface_text():
    docs = lk.read_fixture()
    texts = lk.texts({d.id for d in docs})
    for d in docs:
        text = texts[d.id]
        for lb in d.labels:
            assert text[lb.start:lb.end] == lb.surface, (d.id, lb)
            assert lk.locate(text, lb.surface, lb.occurrence) == (lb.start, lb.end), (d.id, lb)


@needs_shared
def test_the_stories_are_the_stable_hash_pick():
    picked = lk.pick()
    assert [(a["id"], a["split"]) for a in picked] == [(d.id, d.split) for d in lk.read_fixture()]


@needs_shared
def test_the_harness_runs_on_a_slice_with_intervals_around_its_figures():
    results = lk.evaluate("dev", limit=3)
    ours = results["newsetl entities"]
    assert ours["n_docs"] == 3 and ours["n_gold"] > 0 and ours["n_linkable"] > 0
    for key in ("relaxed_f1", "link_acc"):
        lo, hi = ours[f"{key}_ci"]
        assert 0.0 <= lo <= ours[key] <= hi <= 1.0
    # the rules and linking beat the bare model's surface forms on these stories
    assert ours["link_acc"] > results["en_core_web_sm (plain)"]["link_acc"]
    assert "link" in lk.table("dev", results)


# The TimeBank-AQUAINT (general news) links set, round 21.


def test_the_general_news_fixture_records_thirty_stories_split_twenty_ten():
    docs = lk.read_fixture(lk.TB_FIXTURE)
    assert len(docs) == 30 and len({d.id for d in docs}) == 30
    assert Counter(d.split for d in docs) == {"dev": 20, "test": 10}
    assert not any(d.id.lower().startswith("wsj") for d in docs)
    assert all(lb.type in lk.TYPES for d in docs for lb in d.labels)
    assert sum(len(d.labels) for d in docs) > 250
    # only the opening is labelled: no label starts after it
    assert all(d.scored_end and lb.start < d.scored_end for d in docs for lb in d.labels)


@pytest.mark.parametrize("published_at, expected", [
    ("1998-08-07", "1998-08-07"),  # TimeBank-AQUAINT DCT, APW19980807.0261
    ("1-APR-1987", "1987-04-01"),  # Reuters <DATE>, reuters-12048
])
def test_both_sets_give_the_story_date(published_at: str, expected: str):
    assert lk.LabelledDoc("x", "dev", published_at).dct.isoformat() == expected


# Sentences from APW19980227.0476 (TimeBank-AQUAINT, dev); the cut is the first sentence end
# or line break at or after the given character, and an abbreviation's full stop counts as one
# (the rule is a fixed, stated cut, not a sentence splitter).
HAGUE = (
    "THE HAGUE, Netherlands (AP)_ The World Court Friday rejected U.S. and British objections to a "
    "Libyan World Court case that has blocked the trial of two Libyans suspected of blowing up a Pan Am "
    "jumbo jet over Scotland in 1988. Libya, which brought the case to the United Nations' highest "
    "judicial body in its dispute with the United States and Britain, hailed the ruling."
)


@pytest.mark.parametrize("start, ends_after", [
    (10, "Friday rejected U.S."),
    (200, "over Scotland in 1988."),
    (len(HAGUE), "hailed the ruling."),
])
def test_the_labelled_opening_ends_at_a_sentence_end(start: int, ends_after: str):
    assert HAGUE[:lk.scored_end(HAGUE, start)].endswith(ends_after)


def test_a_prediction_after_the_labelled_opening_is_not_scored():
    d = lk.LabelledDoc("APW19980227.0476", "dev", "1998-02-27", (), scored_end=100)
    preds = [Pred(33, 44, "ORG", "International Court of Justice"), Pred(120, 127, "ORG", "Pan Am")]
    assert lk.in_scored_part(d, preds) == preds[:1]
    assert lk.in_scored_part(lk.LabelledDoc("reuters-1", "dev", "1-APR-1987"), preds) == preds


@needs_shared
def test_every_general_news_label_slices_to_its_surface_text():
    docs = lk.read_fixture(lk.TB_FIXTURE)
    texts = lk.tb_texts({d.id for d in docs})
    for d in docs:
        text = texts[d.id]
        assert d.scored_end == lk.scored_end(text)
        for lb in d.labels:
            assert text[lb.start:lb.end] == lb.surface, (d.id, lb)
            assert lk.locate(text, lb.surface, lb.occurrence) == (lb.start, lb.end), (d.id, lb)


@needs_shared
def test_the_general_news_stories_are_the_stable_hash_pick_of_unread_stories():
    picked = lk.tb_pick()
    assert [(a["id"], a["split"]) for a in picked] == [(d.id, d.split) for d in lk.read_fixture(lk.TB_FIXTURE)]
    assert not {a["id"] for a in picked} & lk.excluded_stories()



@needs_shared
def test_the_harness_scores_the_general_news_set_only_in_each_opening():
    results = lk.evaluate("dev", limit=3, fixture="timebank")
    ours = results["newsetl entities"]
    assert ours["n_docs"] == 3 and ours["n_gold"] > 0 and ours["n_linkable"] > 0
    lo, hi = ours["link_acc_ci"]
    assert 0.0 <= lo <= ours["link_acc"] <= hi <= 1.0
    assert ours["link_acc"] > results["en_core_web_sm (plain)"]["link_acc"]


# The EventStoryLine (ECB+) web-news links set, session 23: texts inside the fixture (CC BY 3.0).


def test_the_web_news_set_holds_its_texts_and_needs_no_shared_data():
    docs = lk.read_fixture(lk.ESC_FIXTURE)
    texts = lk.esc_texts({d.id for d in docs})
    assert len(docs) == 44 and set(texts) == {d.id for d in docs}
    assert Counter(d.split for d in docs) == {"dev": 22, "test": 22}
    for d in docs:
        for lb in d.labels:
            assert texts[d.id][lb.start:lb.end] == lb.surface, (d.id, lb)
            assert lb.type in lk.TYPES


def test_the_web_news_halves_split_by_topic_so_no_event_is_on_both_sides():
    # ECB+ names a story "<topic>_<n>ecbplus"; two stories of one topic report the same event
    topics = {split: {d.id.split("_")[0] for d in lk.read_fixture(lk.ESC_FIXTURE) if d.split == split}
              for split in ("dev", "test")}
    assert topics["dev"] and topics["test"] and not topics["dev"] & topics["test"]


def test_a_story_that_states_no_date_is_linked_without_one():
    # 7_10ecbplus (a boxing report) carries no creation time in EventStoryLine
    assert lk.LabelledDoc("7_10ecbplus", "dev", "").dct is None


def test_the_harness_scores_the_web_news_set_without_shared_data():
    results = lk.evaluate("dev", limit=2, fixture="esc")
    ours = results["newsetl entities"]
    assert ours["n_docs"] == 2 and ours["n_linkable"] > 0
    assert 0.0 <= ours["link_acc"] <= 1.0
    assert "EventStoryLine" in lk.main("dev", limit=1, fixture="esc")
