"""The bootstrap interval printed beside every held-out figure."""

from __future__ import annotations

import pytest

from tasks.evaluate import bootstrap_interval, f1_of, share_of


def test_documents_that_all_score_alike_give_a_point_interval() -> None:
    docs = [{"tp": 9, "n_pred": 10, "n_gold": 10}] * 20
    assert bootstrap_interval(docs, f1_of("tp", "n_pred", "n_gold")) == pytest.approx((0.9, 0.9))


def test_interval_brackets_the_figure_and_narrows_with_more_documents() -> None:
    few = [{"ok": 1, "n": 1}] * 8 + [{"ok": 0, "n": 1}] * 2
    many = few * 10
    lo_few, hi_few = bootstrap_interval(few, share_of("ok", "n"))
    lo_many, hi_many = bootstrap_interval(many, share_of("ok", "n"))
    assert lo_few < 0.8 < hi_few
    assert lo_many < 0.8 < hi_many
    assert hi_many - lo_many < (hi_few - lo_few) / 2


def test_interval_is_reproducible_and_resamples_whole_documents() -> None:
    # One document carries all the errors: resampling documents (not spans) must be able to drop it.
    docs = [{"ok": 10, "n": 10}] * 9 + [{"ok": 0, "n": 10}]
    metric = share_of("ok", "n")
    assert bootstrap_interval(docs, metric) == bootstrap_interval(docs, metric)
    assert bootstrap_interval(docs, metric)[1] == 1.0


def test_no_documents_gives_zero() -> None:
    assert bootstrap_interval([], share_of("ok", "n")) == (0.0, 0.0)
