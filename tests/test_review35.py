"""Review 35 (session 27): a BI analyst's answers from the analysis views.

On main ``sentence_facts.entity_amount_first`` sat on the row of the sentence's first date, so "exports were 1.2
billion dlrs in January and 1.5 billion in February" put both sums under January, and no column said which date of
the sentence was the amount's own. ``amount_timex`` marks it now, and ``entity_amount_first`` sits on that row. A story
two partitions hold (landed out of order: the 16th, then the 15th, before the 16th is backfilled again) was joined
to both ``documents`` rows on ``doc_id`` alone: ``entity_daily_mentions`` counted each of its mentions four times and
``document_facts`` each mention, timex and amount twice.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tasks.settings import REPO_ROOT
from tests.helpers import sql
from tests.test_review21 import _jsonl
from tests.test_review22 import _run

BRAZIL = {
    "id": "reuters-r35-brazil", "title": "BRAZIL TRADE SURPLUS", "published_at": "10-MAR-1987 12:00:00.00",
    "text": "BRASILIA, March 10 - Brazil's exports were 1.2 billion dlrs in January and 1.5 billion dlrs in February, "
            "the central bank said.\n\nCanada's retail sales fell 0.1 pct in January after gaining 0.9 pct in December, "
            "Statistics Canada said. REUTER",
}


@pytest.fixture(scope="module")
def out_of_order(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("review35")
    landing, wh = root / "landing", root / "wh"
    shutil.copytree(REPO_ROOT / "seeds" / "articles", landing / "2020-01-16")
    _jsonl(landing / "2020-01-16" / "wire.jsonl", BRAZIL)
    _run(landing / "2020-01-16", wh, "2020-01-16")
    shutil.copytree(REPO_ROOT / "seeds" / "articles", landing / "2020-01-15")
    _run(landing / "2020-01-15", wh, "2020-01-15")  # the seeds now held by both days until the 16th is landed again
    return wh


def test_each_amount_is_flagged_with_its_own_date(out_of_order: Path) -> None:
    rows = sql(out_of_order, """select distinct canonical_name, amount_text, timex_text from sentence_facts
                                where amount_timex order by all""")
    assert ("Brazil", "1.2 billion dlrs", "January") in rows and ("Brazil", "1.5 billion dlrs", "February") in rows
    assert ("Canada", "0.1 pct", "January") in rows and ("Canada", "0.9 pct", "December") in rows
    # one own date per amount, and the summing flag sits on it: grouped by month each sum is under its own
    assert sql(out_of_order, """select count(*) from (select logical_date, doc_id, amount_id, entity_id,
                                count(*) filter (where amount_timex) n from sentence_facts where timex_id is not null
                                and amount_id is not null group by all) where n > 1""") == [(0,)]
    by_month = sql(out_of_order, """select strftime(date_trunc('month', date_start), '%Y-%m'), sum(value) from sentence_facts
                                    where entity_amount_first and canonical_name = 'Brazil' and kind = 'money'
                                    group by all order by 1""")
    assert by_month == [("1987-01", 1.2e9), ("1987-02", 1.5e9)]


def test_a_story_two_partitions_hold_counts_its_mentions_once(out_of_order: Path) -> None:
    assert sql(out_of_order, "select count(distinct logical_date) from documents where doc_id in "
                             "(select doc_id from documents where logical_date = '2020-01-15')") == [(2,)]
    want = sql(out_of_order, """select e.canonical_name, count(distinct (m.doc_id, m.mention_id)) from mentions m
                                join entities e using (entity_id) where m.logical_date = '2020-01-15' group by all order by all""")
    got = sql(out_of_order, """select canonical_name, sum(mentions)::bigint from entity_daily_mentions
                               where entity_id in (select entity_id from mentions where logical_date = '2020-01-15')
                               and day <= '2020-01-16' group by all order by all""")
    assert got == want and ("Iraq", 16) in got


def test_document_facts_counts_a_partitions_own_rows(out_of_order: Path) -> None:
    facts = sql(out_of_order, "select doc_id, logical_date, mentions, timexes, amounts from document_facts order by all")
    own = sql(out_of_order, """select d.doc_id, d.logical_date,
                                      (select count(*) from mentions m where (m.doc_id, m.logical_date) = (d.doc_id, d.logical_date)),
                                      (select count(*) from timexes t where (t.doc_id, t.logical_date) = (d.doc_id, d.logical_date)),
                                      (select count(*) from amounts a where (a.doc_id, a.logical_date) = (d.doc_id, d.logical_date))
                               from documents d order by all""")
    assert facts == own and len(facts) == 9


def test_the_docs_name_the_new_column() -> None:
    readme = " ".join((REPO_ROOT / "README.md").read_text().split())
    assert "`amount_timex` (true on the rows whose timex is the amount's own date)" in readme
    assert "where entity_amount_first and amount_timex and kind = 'money'" in readme
