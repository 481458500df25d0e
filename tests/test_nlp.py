"""How a batch is cut into ``nlp.pipe`` groups: bounded in documents and characters, order kept."""

from __future__ import annotations

from tasks.nlp import group


def _docs(*lengths: int) -> list[tuple[str, str, None]]:
    return [(f"d{i}", "x" * n, None) for i, n in enumerate(lengths)]


def test_groups_keep_every_document_in_order() -> None:
    items = _docs(*([100] * 150))
    groups = group(items, size=64, chars=64_000)
    assert [len(g) for g in groups] == [64, 64, 22]
    assert [d for g in groups for d in g] == items


def test_long_articles_make_smaller_groups_and_one_longer_than_the_cap_stands_alone() -> None:
    groups = group(_docs(30_000, 30_000, 30_000, 90_000, 10), size=64, chars=64_000)
    assert [[d[0] for d in g] for g in groups] == [["d0", "d1"], ["d2"], ["d3"], ["d4"]]
    assert all(sum(len(t) for _, t, _ in g) <= 64_000 or len(g) == 1 for g in groups)


def test_no_documents_no_groups() -> None:
    assert group([]) == []
