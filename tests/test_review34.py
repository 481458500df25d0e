"""Review 34 (session 26): BI tools reading ``warehouse/parquet/<table>/dt=YYYY-MM-DD/`` directly, and a total over
``sentence_facts``.

A warehouse of two days (the seeds, then two Reuters-21578 stories of review 22 the next day), read table by table
from another directory with the read calls the data dictionary gives. On main the dictionary gave no pandas call
that keeps the documented types (by default pandas turns an integer column holding a NULL into float64 and a date
into Python objects), and ``sentence_facts`` had no column marking one row per amount, so a BI tool that cannot sum
distinct values added each amount once per timex (and entity) of its sentence.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tasks import land
from tasks.schema import TABLES, data_dictionary
from tasks.settings import REPO_ROOT
from tests.helpers import sql
from tests.test_review21 import _jsonl
from tests.test_review22 import BEEF, MIYAZAWA, _run

DAYS = ("2020-01-15", "2020-01-16")


@pytest.fixture(scope="module")
def two_days(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("review34")
    landing, wh = root / "landing", root / "wh"
    shutil.copytree(REPO_ROOT / "seeds" / "articles", landing / DAYS[0])
    _jsonl(landing / DAYS[1] / "wire.jsonl", MIYAZAWA, BEEF)
    for day in DAYS:
        _run(landing, wh, day)
    return wh


def _read_block() -> str:
    (block,) = re.findall(r"^```python\n(.*?)^```", data_dictionary(), re.M | re.S)
    return block


def test_the_dictionary_gives_read_calls_that_keep_every_documented_type_across_days(
        two_days: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    block = _read_block()
    assert 'folder = "warehouse/parquet/documents"' in block and 'dtype_backend="pyarrow"' in block
    # the case the dictionary promises: a column all NULL one day and not the other keeps its type
    def all_null(table: str, day: str) -> set[str]:
        t = pq.read_table(two_days / land.PARQUET / table / f"dt={day}")
        return {c for c in t.column_names if t.num_rows and t[c].null_count == t.num_rows}

    assert any(all_null(t, DAYS[0]) ^ all_null(t, DAYS[1]) for t in ("documents", "mentions", "timexes", "amounts"))
    monkeypatch.chdir(tmp_path)  # another directory than the warehouse's
    for name, table in TABLES.items():
        folder = two_days / land.PARQUET / name
        scope: dict[str, object] = {}
        exec(block.replace('"warehouse/parquet/documents"', repr(str(folder))), scope)  # noqa: S102 - the docs' own calls
        view = "entities_by_partition" if name == "entities" else name
        (n,) = sql(two_days, f"select count(*) from {view}")[0]
        wanted = [(f.name, f.type) for f in table.schema] + [("dt", pa.date32())]
        got = scope["table"]
        assert got.num_rows == n and [(f.name, f.type) for f in got.schema] == wanted, name
        frame = scope["frame"]
        assert len(frame) == n and [(c, frame[c].dtype.pyarrow_dtype) for c in frame.columns] == wanted, name
        rel = scope["rel"]
        duck = [(c, land._DUCK_TYPES[str(t)]) for c, t in wanted[:-1]] + [("dt", "DATE")]
        assert rel.count("*").fetchone()[0] == n, name
        assert [(c, str(t).replace("TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ")) for c, t in zip(rel.columns, rel.types, strict=True)] == duck, name


def test_the_readme_points_bi_readers_at_the_read_calls() -> None:
    text = " ".join((REPO_ROOT / "README.md").read_text().split())
    assert 'unless given `dtype_backend="pyarrow"`' in text and "gives the read call per tool" in text


def test_entity_amount_first_marks_one_row_per_entity_and_amount(two_days: Path) -> None:
    describe = [r[0] for r in sql(two_days, "describe sentence_facts")]
    assert describe[-2:] == ["entity_amount_first", "amount_timex"]  # review 35 added the last
    # "Under an agreement with the U.S. And Australia, Japan has been increasing imports by 9,000 tonnes a year from
    # March 31, 1985, to reach a projected 177,000 tonnes in the year to March 31, 1988": each tonnage on a row per
    # entity and per date of the sentence
    rows = sql(two_days, """select canonical_name, amount_text, count(*), count(*) filter (where entity_amount_first)
                            from sentence_facts where amount_text like '%177,000 tonnes' group by all order by 1""")
    assert len(rows) >= 2 and all(n > 1 and first == 1 for _, _, n, first in rows), rows
    assert sql(two_days, """select count(*) from (select logical_date, doc_id, amount_id, entity_id,
                                count(*) filter (where entity_amount_first) as n from sentence_facts
                                where amount_id is not null group by all) where n <> 1""") == [(0,)]
    # the flag is NULL exactly where the row has no amount; true on the amount's own date for the entity (review 35:
    # it was the sentence's first date), else its first
    assert sql(two_days, "select count(*) from sentence_facts where (amount_id is null) <> (entity_amount_first is null)") == [(0,)]
    assert sql(two_days, """select count(*) from sentence_facts s where entity_amount_first and not coalesce(amount_timex, true)
                                and exists (select 1 from sentence_facts t where (t.logical_date, t.doc_id, t.amount_id)
                                = (s.logical_date, s.doc_id, s.amount_id) and t.amount_timex)""") == [(0,)]


def test_a_sum_over_the_flagged_rows_is_each_entitys_total_of_distinct_amounts(two_days: Path) -> None:
    flagged = sql(two_days, """select entity_id, kind, sum(value), count(*) from sentence_facts
                               where entity_amount_first and value is not null group by all order by all""")
    distinct = sql(two_days, """select entity_id, kind, sum(value), count(*) from (select distinct logical_date, doc_id,
                                amount_id, entity_id, kind, value from sentence_facts where value is not null)
                                group by all order by all""")
    plain = sql(two_days, """select entity_id, kind, sum(value), count(*) from sentence_facts where value is not null
                             group by all order by all""")
    assert flagged == distinct and flagged != plain
    # filtered to one entity, as the README's Iraq query is: no amount is lost to another entity's first row
    (japan,) = sql(two_days, "select distinct entity_id from sentence_facts where canonical_name = 'Japan'")
    assert [r for r in flagged if r[0] == japan[0]] == [r for r in distinct if r[0] == japan[0]] != []


def test_the_docs_name_the_flag_where_they_list_the_view() -> None:
    readme = " ".join((REPO_ROOT / "README.md").read_text().split())
    assert "`entity_amount_first` (true on one row per entity and amount" in readme
    assert "where entity_amount_first and kind = 'money'" in readme
    assert "`entity_amount_first` is true on one row per entity and amount" in " ".join(data_dictionary().split())
