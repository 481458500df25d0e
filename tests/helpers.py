from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest
from spacy.language import Language

from tasks import land
from tasks.amounts import Amount, extract_amounts
from tasks.dates import extract_timexes
from tasks.entities import Mention, extract_mentions
from tasks.gazetteer import load, norm
from tasks.schema import TABLES


def sql(warehouse: Path, query: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse / land.CATALOG), read_only=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def snapshot(warehouse: Path, exclude: tuple[str, ...] = ("runs",)) -> dict[str, list[dict]]:
    """Every published table's rows, in file order, for comparing runs."""
    out = {}
    for table in TABLES:
        if table in exclude:
            continue
        files = sorted((warehouse / land.PARQUET / table).glob("dt=*/*.parquet"))
        out[table] = [row for f in files for row in pq.read_table(f).to_pylist()]
    return out


def mentions_by_text(nlp, text: str, dct: date | None) -> dict[str, list[Mention]]:
    """The mentions ``extract_mentions`` finds in ``text``, grouped by their surface text."""
    out: dict[str, list[Mention]] = {}
    for m in extract_mentions(nlp(text), dct):
        out.setdefault(m.text, []).append(m)
    return out


def titles_by_text(nlp, text: str, day: date | None) -> dict[str, list[str]]:
    """The canonical name of every mention ``extract_mentions`` finds in ``text``, grouped by its surface
    text with a leading "the" dropped."""
    out: dict[str, list[str]] = {}
    for m in extract_mentions(nlp(text), day):
        out.setdefault(m.text.removeprefix("the ").removeprefix("The "), []).append(m.entity.canonical_name)
    return out


def first_mention(nlp, text: str, day: date, surface: str) -> Mention:
    """The first mention written ``surface`` (a leading "the" aside) in ``text`` dated ``day``."""
    found = [m for m in extract_mentions(nlp(text), day) if m.text.removeprefix("the ") == surface]
    assert found, surface
    return found[0]


def written(nlp, text: str, day: date, surface: str) -> list[Mention]:
    """Every mention written exactly ``surface`` in ``text`` dated ``day``, in text order."""
    return [m for m in extract_mentions(nlp(text), day) if m.text == surface]


def found(nlp, text: str, surface: str) -> list[tuple[str, str]]:
    """(label, canonical name) of every undated mention written exactly ``surface`` in ``text``."""
    return [(m.label, m.entity.canonical_name) for m in extract_mentions(nlp(text)) if m.text == surface]


def linked(nlp, text: str, day: date, surface: str) -> list[str]:
    """The titles the mentions written ``surface`` link to in ``text`` dated ``day``."""
    ms: list[Mention] = extract_mentions(nlp(text), day)
    return [m.entity.canonical_name for m in ms if norm(m.text).rstrip(".") == norm(surface).rstrip(".")]


def known(name: str) -> str:
    """The gazetteer's canonical name for ``name`` (its rows are another module's business)."""
    return load().lookup(name)[0][0].canonical_name


#: A timex's (type, value, mod), or None where the surface must not be tagged.
Expected = tuple[str, str, str | None] | None


@cache
def parser() -> Language:
    """The pipeline's spaCy model, loaded once for the date tests that need a parse."""
    from tasks.nlp import load_pipeline

    return load_pipeline("en_core_web_sm")


def parsed_timexes(text: str, dct: str) -> list[tuple[str, str, str]]:
    """(text, type, value) of each timex in ``text``, tagged with its parse as the pipeline does, DCT ``YYYY-MM-DD``."""
    return [(t.text, t.type, t.value) for t in extract_timexes(text, date.fromisoformat(dct), parser()(text))]


def parsed_timexes_with_mod(text: str, dct: str) -> list[tuple[str, str, str, str | None]]:
    """As :func:`parsed_timexes`, with each timex's ``mod``."""
    return [(t.text, t.type, t.value, t.mod) for t in extract_timexes(text, date.fromisoformat(dct), parser()(text))]


TimexRow = tuple[str, str, str, str | None]


def timex_rows_test(cases: Sequence[tuple[str, str, TimexRow]]) -> Callable[[str, str, TimexRow], None]:
    """A test that each ``(text, dct, row)`` case's parsed text yields ``row`` (text, type, value, mod).
    Bind it to a descriptive name in the test module (``test_the_age_of_an_event_is_a_duration =
    timex_rows_test(_EVENT_AGES)``): pytest collects it by that name, one item per case."""

    @pytest.mark.parametrize(("text", "dct", "row"), cases, ids=lambda v: str(v)[:30])
    def test(text: str, dct: str, row: TimexRow) -> None:
        got = parsed_timexes_with_mod(text, dct)
        assert row in got, got

    return test


def check_timex(
    text: str, dct: str, surface: str, expected: Expected, parsed: bool = False
) -> None:
    """Assert what ``extract_timexes`` makes of ``surface`` in ``text`` written on ``dct``."""
    doc = parser()(text) if parsed else None
    found = extract_timexes(text, date.fromisoformat(dct), doc)
    got = [(t.type, t.value, t.mod) for t in found if t.text == surface]
    everything = [(t.text, t.type, t.value) for t in found]
    if expected is None:
        assert got == [], everything
    else:
        assert got and set(got) == {expected}, everything


Classes = Sequence[tuple[str, Sequence[tuple[Any, ...]]]]


def timex_test(classes: Classes, parsed: bool = False) -> Callable[..., None]:
    """One test over a round's tables of (text, dct, surface, expected) rows, each table named
    for the class of expression it holds: the rounds' date cases differ only in their rows."""
    cases = [pytest.param(*row, id=f"{cls}: {row[2]}") for cls, rows in classes for row in rows]

    @pytest.mark.parametrize(("text", "dct", "surface", "expected"), cases)
    def test(text: str, dct: str, surface: str, expected: Expected) -> None:
        check_timex(text, dct, surface, expected, parsed=parsed)

    return test


def link_test(classes: Classes) -> Callable[..., None]:
    """One test over a round's tables of (story, text, date, surface, title) rows: every mention
    written ``surface`` links to that one title, or, where ``title`` is a list, the mentions link
    to its titles in order (so a name written twice must be found twice)."""
    cases = [pytest.param(*row, id=f"{cls}: {row[3]}") for cls, rows in classes for row in rows]

    @pytest.mark.parametrize(("story", "text", "day", "surface", "title"), cases)
    def test(nlp: Language, story: str, text: str, day: date, surface: str, title: str | list[str]) -> None:
        got = linked(nlp, text, day, surface)
        if isinstance(title, list):
            assert got == title, story
        else:
            assert set(got) == {title}, story

    return test


def staged_copy(warehouse: Path, run_id: str, day: date) -> land.Stage:
    """A staging area holding a copy of ``day``'s published partitions, as a run about to publish them."""
    stage = land.open_stage(warehouse, run_id, day)
    for table in land.PUBLISHED_TABLES:
        dst = stage.final_dir(table)
        dst.mkdir(parents=True)
        for f in land.partition_dir(warehouse, table, day).glob("*.parquet"):
            shutil.copy(f, dst / f.name)
    return stage


def amount_rows(nlp: Language, passage: str, **where: Any) -> dict[str, Amount]:
    """The amounts of ``passage`` by their text; ``where`` passes ``dct``/``dateline`` to ``extract_amounts``."""
    return {a.text: a for a in extract_amounts(nlp(passage), **where)}


def dateline_amount_rows(nlp: Language, passage: str, dateline: str | None) -> dict[str, Amount]:
    """``amount_rows`` of a passage whose dateline cleaning cut off (it places the story's market)."""
    return amount_rows(nlp, passage, dateline=dateline)
