"""Review 18: the gate's blind spots left by review 17, and crash-safety of the published Parquet.

Each contract is broken in one staged row of a real seed run (real Parquet, real GX, the run's own
staging area and input files, captured just before its gate ran), and the gate must quarantine the
row under the rule that names the contract. Two faults are injected into a real flow run instead,
where what matters is what gets published. The Reuters-21578 stories used (reut2-000.sgm, NEWID 332
and 944) are in neither evaluation set (tests/fixtures/reuters_links.jsonl, amounts_labelled.csv).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import flows.news_etl as news_etl_module
from flows.news_etl import news_etl
from tasks import land
from tasks.schema import FACT_TABLES, TABLES
from tasks.validate import CHECK_REASONS, GateResult, Inputs, validate_files
from tests.conftest import SEEDS
from tests.helpers import sql
from tests.test_review17 import DAY, NO_DOC, RUN, Change, Rows, Staged


@dataclass(frozen=True)
class Captured:
    """A seed run's staging area as its gate saw it, and where the run read its input."""

    root: Path
    inputs: Inputs


@pytest.fixture(scope="module")
def captured(tmp_path_factory: pytest.TempPathFactory) -> Captured:
    keep = tmp_path_factory.mktemp("captured")
    seen: dict[str, object] = {}
    real = news_etl_module.validate_task

    def validate_and_keep(files, threshold, run_started, failures=None, inputs=None):  # noqa: ANN001, ANN202 - the task's own signature
        inputs = inputs.unquote() if hasattr(inputs, "unquote") else inputs  # a task would be handed it unwrapped
        root = Path(files["documents"][0]).parents[3]
        shutil.copytree(root, keep / "wh" / land.STAGING / root.name)
        seen["root"], seen["inputs"] = keep / "wh" / land.STAGING / root.name, inputs
        return real(files, threshold, run_started, failures, inputs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(news_etl_module, "validate_task", validate_and_keep)
        summary = news_etl(input=str(SEEDS), warehouse=str(tmp_path_factory.mktemp("run") / "wh"), logical_date=DAY)
    assert summary["status"] == "published" and summary["quarantined"] == 0
    assert isinstance(seen["inputs"], Inputs), "the flow hands the gate where it read its input"
    return Captured(Path(str(seen["root"])), seen["inputs"])  # type: ignore[arg-type]


def files_of(root: Path) -> dict[str, list[Path]]:
    return {t: [root / "final" / t / f"dt={DAY.isoformat()}" / "part-0.parquet"] for t in FACT_TABLES}


def inject(c: Captured, tmp: Path, table: str, change: Change) -> tuple[Path, int]:
    """A copy of the staged run with ``table`` changed; returns the copy's root and the broken row's position."""
    root = tmp / "wh" / land.STAGING / c.root.name
    shutil.copytree(c.root, root)
    staged = {t: pq.read_table(files_of(root)[t][0]).to_pylist() for t in FACT_TABLES}
    pos = change(staged[table], staged)
    pq.write_table(pa.Table.from_pylist(staged[table], schema=TABLES[table].schema), files_of(root)[table][0])
    return root, pos


def gate_on(root: Path, table: str, c: Captured, threshold: float = 1.0) -> GateResult:
    return validate_files(files_of(root), threshold, RUN, docs=False, only=(table,), inputs=c.inputs)


# -- faults ------------------------------------------------------------------------------------


def _where(pred: Callable[[dict, Staged], bool], **values: object) -> Change:
    def change(rows: Rows, staged: Staged) -> int:
        i = next(i for i, r in enumerate(rows) if pred(r, staged))
        rows[i].update(values)
        return i

    return change


def _first(**values: object) -> Change:
    return _where(lambda r, s: True, **values)


def _shift_line(rows: Rows, staged: Staged) -> int:
    rows[0]["start_char"] = int(rows[0]["start_char"]) + 1  # type: ignore[arg-type]
    return 0


def _other_words(rows: Rows, staged: Staged) -> int:
    # the caption is kept with its offsets, but its words are no longer what the input said there
    i = next(i for i, r in enumerate(rows) if r["kind"] == "caption")
    rows[i]["line"] = str(rows[i]["line"]).replace("Iraq", "Iran")
    return i


def _own_duplicate(rows: Rows, staged: Staged) -> int:
    rows[0].update(duplicate_of=rows[0]["doc_id"], cluster_id=rows[0]["doc_id"])
    return 0


def _chain(rows: Rows, staged: Staged) -> int:
    """Document 1 a near-duplicate of document 0 (valid), document 2 a near-duplicate of document 1."""
    rows[1].update(duplicate_of=rows[0]["doc_id"], cluster_id=rows[0]["doc_id"])
    rows[2].update(duplicate_of=rows[1]["doc_id"], cluster_id=rows[1]["doc_id"])
    return 2


def _linked(r: dict, s: Staged) -> bool:
    return any(e["entity_id"] == r["entity_id"] and e["wikidata_qid"] for e in s["entities"])


#: contract -> (table, fault, the rule that must catch it). None of them was caught before review 18.
CASES: dict[str, tuple[str, Change, str]] = {
    "boilerplate: line at start_char of its raw record": ("boilerplate", _shift_line, "_line_ok"),
    "boilerplate: line is what the raw record says there": ("boilerplate", _other_words, "_line_ok"),
    "documents: cluster_id is the canonical copy": ("documents", _first(cluster_id=NO_DOC), "_cluster_ok"),
    "documents: duplicate_of names a landed document": ("documents", _first(duplicate_of=NO_DOC, cluster_id=NO_DOC), "_duplicate_known"),
    "documents: duplicate_of is not a duplicate": ("documents", _chain, "_duplicate_known"),
    "documents: a document is not its own duplicate": ("documents", _own_duplicate, "_cluster_ok"),
    "mentions: canonical_name of its linked entity": ("mentions", _where(_linked, canonical_name="Iran"), "_name_ok"),
    "entities: no latitude without longitude": ("entities", _where(lambda r, s: r["latitude"] is not None, longitude=None), "_coords_ok"),
    "entities: no longitude without latitude": ("entities", _where(lambda r, s: r["latitude"] is not None, latitude=None), "_coords_ok"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_broken_contract_is_quarantined_under_its_rule(captured: Captured, tmp_path: Path, case: str) -> None:
    table, change, rule = CASES[case]
    root, pos = inject(captured, tmp_path, table, change)
    gate = gate_on(root, table, captured)
    t = gate.tables[table]
    assert pos in t.reasons and any(rule in r for r, _ in t.reasons[pos]), f"{case}: missed; {t.reasons}"
    assert any(why == CHECK_REASONS[rule] for r, why in t.reasons[pos] if rule in r)
    assert not t.table_failures and gate.passed, "one bad row is held back, the rest published"
    bad = pq.read_table(files_of(root)[table][0]).slice(pos, 1).to_pylist()[0]
    held = [json.loads(str(q["row_json"])) for q in gate.quarantined if q["table_name"] == table and rule in str(q["rule"])]
    assert any(all(q[k] == bad[k] for k in TABLES[table].key) for q in held), "the row is not in quarantine"


def test_the_clean_staged_run_checks_every_row_and_passes(captured: Captured) -> None:
    gate = validate_files(files_of(captured.root), 0.05, RUN, docs=False, inputs=captured.inputs)
    new = ("_line_ok", "_cluster_ok", "_duplicate_known", "_name_ok", "_coords_ok", "_seen_ok")
    ran = {str(r["expectation"]).split("column=")[1].rstrip(")"): r for r in gate.dq_rows() if any(c in str(r["expectation"]) for c in new)}
    assert set(ran) == set(new) and all(r["success"] for r in ran.values()), ran
    assert gate.passed and gate.n_failed_rows == 0
    # checked, not skipped as NULL: every boilerplate row was found in its raw record, every entity dated
    from tasks.validate import add_check_columns, chunk_context, to_frame

    for table, col in (("boilerplate", "_line_ok"), ("entities", "_seen_ok"), ("documents", "_cluster_ok")):
        df = to_frame(pq.read_table(files_of(captured.root)[table][0]))
        checked = add_check_columns(table, df, chunk_context(files_of(captured.root), df, RUN, captured.inputs))[col]
        assert checked.notna().all() and checked.all(), (table, checked.tolist())


def test_without_the_input_the_boilerplate_is_not_judged(captured: Captured, tmp_path: Path) -> None:
    # `newsetl validate` re-checks landed partitions long after the input may have gone
    root, pos = inject(captured, tmp_path, "boilerplate", _shift_line)
    gate = validate_files(files_of(root), 1.0, RUN, docs=False, only=("boilerplate",))
    assert not gate.tables["boilerplate"].failed_rows


def test_an_input_changed_since_the_run_is_not_blamed_on_the_row(captured: Captured, tmp_path: Path) -> None:
    src = tmp_path / "input"
    shutil.copytree(captured.inputs.root, src)
    target = src / "001_markets_brief.txt"
    target.write_text(target.read_text().replace("By Jane Doe", "By John Doe"))
    from tasks.ingest import plan_run

    plan = plan_run(src, DAY, "salt")
    gate = validate_files(files_of(captured.root), 1.0, RUN, docs=False, only=("boilerplate",),
                          inputs=Inputs(plan.root, plan.files, plan.max_bytes))
    assert gate.passed and not gate.tables["boilerplate"].failed_rows, "another sha256: the record is not the one landed"


def test_a_mention_keeps_its_own_label_under_a_linked_entity(captured: Captured, tmp_path: Path) -> None:
    # not a contract: spaCy tags an all-caps "BRAZIL" ORG (Reuters-21578 headlines) and the linker
    # rightly links it to the country; 406 of 8,131 mentions on 982 Reuters stories differ so
    root, pos = inject(captured, tmp_path, "mentions", _where(lambda r, s: _linked(r, s) and r["label"] == "GPE", label="ORG"))
    gate = gate_on(root, "mentions", captured)
    assert gate.passed and not gate.tables["mentions"].failed_rows


def test_a_duplicate_may_point_at_an_earlier_partition_never_a_later_one(captured: Captured, tmp_path: Path) -> None:
    root = tmp_path / "wh" / land.STAGING / captured.root.name
    shutil.copytree(captured.root, root)
    docs = pq.read_table(files_of(root)["documents"][0]).to_pylist()
    for day, doc_id in ((date(2020, 1, 15), "a" * 32), (date(2020, 1, 17), "b" * 32)):
        d = land.partition_dir(tmp_path / "wh", "documents", day)
        d.mkdir(parents=True)
        row = {**docs[0], "doc_id": doc_id, "cluster_id": doc_id, "logical_date": day}
        pq.write_table(pa.Table.from_pylist([row], schema=TABLES["documents"].schema), d / "part-0.parquet")
    verdicts = {}
    for target in ("a" * 32, "b" * 32):
        docs[1].update(duplicate_of=target, cluster_id=target)
        pq.write_table(pa.Table.from_pylist(docs, schema=TABLES["documents"].schema), files_of(root)["documents"][0])
        verdicts[target] = sorted(gate_on(root, "documents", captured).tables["documents"].failed_rows)
    assert verdicts == {"a" * 32: [], "b" * 32: [1]}


def test_a_misdated_entity_is_a_warning_not_a_quarantine(captured: Captured, tmp_path: Path) -> None:
    # publishing redates entities from the published mentions; quarantining one would take its mentions along
    root, pos = inject(captured, tmp_path, "entities", _where(lambda r, s: r["first_seen"] is not None, first_seen=date(1999, 1, 1)))
    gate = gate_on(root, "entities", captured, threshold=0.05)
    assert gate.passed and not gate.tables["entities"].failed_rows
    (row,) = [r for r in gate.dq_rows() if "_seen_ok" in str(r["expectation"])]
    assert (row["severity"], row["success"], row["unexpected_count"]) == ("warning", False, 1)


# -- faults in a real flow run -------------------------------------------------------------------

#: Reuters-21578 reut2-000.sgm, NEWID 332 and 944 (bench/reuters.py's JSONL form): Pakistan on two days.
PAKISTAN = [
    {"id": "reuters-332", "title": "PAKISTAN TO TENDER FOR RBD PALM OIL", "published_at": "2-MAR-1987 06:57:06.79",
     "text": "LONDON, March 2 - Pakistan will hold an import tender tomorrow for 6,000 tonnes of refined bleached "
             "deodorised palm oil for second half March shipments, traders said. REUTER"},
    {"id": "reuters-944", "title": "PAKISTAN TO RETENDER FOR RBD PALM OIL TOMORROW", "published_at": "3-MAR-1987 07:15:03.04",
     "text": "LONDON, March 3 - Pakistan will retender for 6,000 tonnes of refined bleached deodorised palm oil for "
             "second half March shipment tomorrow, after failing to take up offers today, palm oil traders said. REUTER"},
]
MARCH = date(1987, 3, 3)


def _pakistan_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, table: str, change: Callable[[Rows], None]) -> Path:
    src = tmp_path / "in" / "wire.jsonl"
    src.parent.mkdir()
    src.write_text("".join(json.dumps(r) + "\n" for r in PAKISTAN))
    real = news_etl_module.consolidate_task

    def consolidate_then_break(st: land.Stage) -> dict[str, list[Path]]:
        files = real(st)
        path = st.final_dir(table) / "part-0.parquet"
        rows = pq.read_table(path).to_pylist()
        change(rows)
        pq.write_table(pa.Table.from_pylist(rows, schema=TABLES[table].schema), path)
        return files

    monkeypatch.setattr(news_etl_module, "consolidate_task", consolidate_then_break)
    monkeypatch.setenv("NEWSETL_DQ_ERROR_THRESHOLD", "0.9")  # two stories: one bad row is half a table
    wh = tmp_path / "wh"
    assert news_etl(input=str(src.parent), warehouse=str(wh), logical_date=MARCH)["status"] == "published"
    return wh


def test_an_entity_is_redated_when_the_story_that_dated_it_is_quarantined(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def break_the_later_story(rows: Rows) -> None:
        later = next(r for r in rows if r["source_id"] == "reuters-944")
        later["n_chars"] = 3

    wh = _pakistan_run(tmp_path, monkeypatch, "documents", break_the_later_story)
    assert sql(wh, "select source_id from documents") == [("reuters-332",)]
    # before: Pakistan stayed last seen on March 3, by a story nobody can find in the warehouse
    assert sql(wh, "select first_seen, last_seen, mention_count from entities where canonical_name = 'Pakistan'") == [
        (date(1987, 3, 2), date(1987, 3, 2), 1)]
    assert sql(wh, "select count(*) from dq_results where expectation like '%_seen_ok%' and success") == [(1,)]


def test_a_staged_boilerplate_row_off_its_input_is_quarantined_by_the_flow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def shift_a_dateline(rows: Rows) -> None:
        row = next(r for r in rows if r["kind"] == "dateline")
        row["start_char"] = int(row["start_char"]) + 2  # type: ignore[arg-type]

    wh = _pakistan_run(tmp_path, monkeypatch, "boilerplate", shift_a_dateline)
    ((rule, reason, row),) = sql(wh, "select rule, reason, row_json from quarantine where table_name = 'boilerplate'")
    assert "_line_ok" in rule and reason == CHECK_REASONS["_line_ok"] and json.loads(row)["kind"] == "dateline"
    assert sql(wh, "select count(*) from boilerplate") == [(3,)]
    assert sql(wh, "select element_count, unexpected_count from dq_results where expectation like '%_line_ok%'") == [(4, 1)]


# -- durability of the publish -------------------------------------------------------------------


@pytest.fixture
def io_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    """The fsyncs, renames and removals of ``tasks.land``, in order, with the paths they touched."""
    log: list[tuple[str, str]] = []
    real_fsync, real_replace, real_rmtree = os.fsync, os.replace, shutil.rmtree

    def fsync(fd: int) -> None:
        log.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(src: str | Path, dst: str | Path) -> None:
        log.append(("replace", f"{src} -> {dst}"))
        real_replace(src, dst)

    def rmtree(path: str | Path, *args: object, **kwargs: object) -> None:
        log.append(("rmtree", str(path)))
        real_rmtree(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(land.os, "replace", replace)
    monkeypatch.setattr(land.shutil, "rmtree", rmtree)
    yield log


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads fd paths from /proc")
def test_publish_syncs_files_before_the_journal_and_folders_before_dropping_it(
        seeded_warehouse: Path, tmp_path: Path, io_log: list[tuple[str, str]]) -> None:
    wh = tmp_path / "wh"
    shutil.copytree(seeded_warehouse, wh)
    from tests.helpers import staged_copy

    stage = staged_copy(wh, "r18", DAY)
    staged = sorted(str(p.resolve()) for p in (stage.root / "final").rglob("*.parquet"))
    io_log.clear()
    land.publish(stage)
    synced = [p for op, p in io_log if op == "fsync"]
    journal = next(i for i, (op, p) in enumerate(io_log) if op == "replace" and p.endswith(land.JOURNAL))
    # every staged file is on disk before the journal makes it publishable
    assert set(staged) <= {p for op, p in io_log[:journal] if op == "fsync"}, set(staged) - set(synced)
    # every table folder that got a new partition is synced after its rename, before the journal goes
    dropped = next(i for i, (op, p) in enumerate(io_log) if op == "rmtree" and p == str(stage.root))
    renamed = [i for i, (op, p) in enumerate(io_log) if op == "replace" and "/final/" in p]
    folders = {str(land.partition_dir(wh, t, DAY).parent.resolve()) for t in land.PUBLISHED_TABLES}
    after = {p for op, p in io_log[max(renamed) + 1 : dropped] if op == "fsync"}
    assert len(renamed) == len(land.PUBLISHED_TABLES) and folders <= after, folders - after
    assert sql(wh, "select count(*) from documents") == [(4,)]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads fd paths from /proc")
def test_the_run_log_and_the_catalog_are_synced_before_they_are_renamed_into_place(
        seeded_warehouse: Path, tmp_path: Path, io_log: list[tuple[str, str]]) -> None:
    wh = tmp_path / "wh"
    (seeded,) = land.read_partition(seeded_warehouse, "runs", DAY).drop_columns(["run_id", "logical_date"]).to_pylist()
    target = land.append_run(wh, {**seeded, "flow_run_id": "r18"}, "r18", DAY)
    catalog = land.build_catalog(wh)
    for final in (target, catalog):
        i = next(i for i, (op, p) in enumerate(io_log) if op == "replace" and p.endswith(f"-> {final}"))
        tmp = io_log[i][1].split(" -> ")[0]
        assert ("fsync", str(Path(tmp).resolve())) in io_log[:i], f"{final.name} renamed before its data was synced"
        assert ("fsync", str(final.parent.resolve())) in io_log[i + 1 :], f"{final.name}'s folder not synced after the rename"
