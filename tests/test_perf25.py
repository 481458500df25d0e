"""Perf session 25: the faster paths give what the slower ones gave.

The texts are written for these tests (no evaluation document).
"""

from __future__ import annotations

from datetime import date

from tasks import amounts, entities
from tasks.gazetteer import load

STORY = (
    "TOKYO, April 8 - Japan's Finance Ministry said the Bank of Japan would keep rates steady. "
    "The Bank of Japan and the U.S. Federal Reserve met in Washington on Tuesday, and Japan's "
    "Finance Ministry said Washington and Tokyo agreed. Ford Motor Co and Toyota said Japan would buy more."
)


def test_resolver_lookup_cache_equals_uncached(nlp) -> None:  # noqa: ANN001 - a spaCy Language
    doc = nlp(STORY)
    res = entities._Resolver(doc, load(), 1987)
    names = [e.text for e in doc.ents] + ["Japan", "EC", "Washington", "Saint Paul", "Nowhere Inc"]
    for name in names * 2:  # the second pass answers from the cache
        assert res.lookup(name) == res._lookup(name)
    # a caller changing the list it got does not change what the next caller gets
    got = res.lookup("Japan")
    got.clear()
    assert res.lookup("Japan") == res._lookup("Japan") != []


def test_mentions_unchanged_by_repeated_names(nlp) -> None:  # noqa: ANN001
    doc = nlp(STORY)
    twice = entities.extract_mentions(nlp(STORY), date(1987, 4, 8))
    once = entities.extract_mentions(doc, date(1987, 4, 8))
    assert [(m.start_char, m.text, m.entity.entity_id) for m in once] == [
        (m.start_char, m.text, m.entity.entity_id) for m in twice
    ]
    assert any(m.text == "Japan" for m in once)


def test_amounts_inside_addresses_still_skipped(nlp) -> None:  # noqa: ANN001
    text = (
        "Details are at www.example.com/report/2000 and http://example.org/q/350 or from "
        "sales500@example.com, the company said. Sales rose 5 pct to 300 mln dlrs."
    )
    found = [text[a.start_char : a.end_char] for a in amounts.extract_amounts(nlp(text), text=text)]
    assert found == ["5 pct", "300 mln dlrs"]


def test_fold_fast_path_equals_full_fold() -> None:
    import unicodedata

    from tasks import gazetteer as gz

    def full(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", gz.norm(text).replace("-", " "))
        return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()

    names = ["Nestle", "Nestlé", "Dar-es-Salaam", "The New York Stock Exchange", "McDONALD's", "ﬁat", "Noël Forgeard",
             "São Paulo", "<San Miguel Corp>", "Köln-Bonn", "ACME-Ltd.", *(chr(i) for i in range(128))]
    for name in names:
        assert gz.fold.__wrapped__(name) == full(name)


def test_version_elsewhere_precheck_keeps_answers() -> None:
    text = "Apple shipped OS 10.5 last year; the 10.5 mln dlrs loss and version 4.2 followed. It sold 4.2 mln units."
    assert amounts._version_elsewhere(text, text.index("10.5 mln"), "10.5")  # "OS 10.5" elsewhere
    assert amounts._version_elsewhere(text, text.index("4.2 mln"), "4.2")  # "version 4.2" elsewhere
    alone = "Sales rose 7.3 pct in the year."
    assert not amounts._version_elsewhere(alone, alone.index("7.3"), "7.3")  # written nowhere else


def test_doc_text_is_the_text(nlp) -> None:  # noqa: ANN001
    from tasks import dates

    doc = nlp(STORY)
    assert entities.doc_text(doc) == STORY == dates._doc_text(doc) == doc.text

