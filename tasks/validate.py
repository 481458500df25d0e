"""Validate: run each table's Great Expectations suite on the staged partition.

Suites are JSON files in ``expectations/<table>.json``. Checks that need more than one column
or table (an offset slicing its document's text, a mention's entity being landed, a currency
code being ISO 4217) are computed here as boolean ``_check`` columns, then expected true.

Severity: ``error`` expectations quarantine their failing rows (and the rows of a quarantined
document's other tables); if more than ``threshold`` of a table's rows fail, or an error
expectation fails for the table as a whole (a column of the wrong type, a share below its
floor), the run publishes nothing. ``warning`` expectations are recorded and shown only.
"""

from __future__ import annotations

import html
import json
import logging
import math
import os
import re
import threading
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.settings import REPO_ROOT

EXPECTATIONS_DIR = REPO_ROOT / "expectations"
DQ_DIR = "dq"
ROW = "_row"

_DATE = r"(PAST_REF|PRESENT_REF|FUTURE_REF|[0-9X]{2,4}(-([0-9X]{2}|W[0-9X]{2}|Q[1-4X]|H[12X]|SP|SU|FA|WI)(-([0-9X]{2}|[1-7X]|WE))?)?(T(MO|AF|EV|NI|DT))?)"
_TIME = r"([0-9X]{4}((-[0-9X]{2}){0,2}|-W[0-9X]{2}-[1-7X])T([0-9X]{2}(:[0-9X]{2}){0,2}(Z|[+-][0-9]{2}(:?[0-9]{2})?)?|MO|AF|EV|NI|DT)|PRESENT_REF)"
_DURATION = r"(P(([0-9.]+|X+)(Y|M|W|D|DE|CE|Q|H|L|E))*(T(([0-9.]+|X+)[HMS])+)?)"
#: TIMEX3 value shapes by type (TimeML 1.2.1). A DATE may carry a part of day ("Sunday night" ->
#: 2000-02-13TNI), as TimeBank annotates it; a weekly clock time is a week date with a time
#: ("1700 EDT on Tuesday nights" -> XXXX-WXX-2T17:00, a SET).
TIMEX_VALUE = {
    "DATE": re.compile(f"^{_DATE}$"),
    "TIME": re.compile(f"^{_TIME}$"),
    "DURATION": re.compile(f"^{_DURATION}$"),
    "SET": re.compile(f"^({_DATE}|{_TIME}|{_DURATION})$"),
}

#: Arrow type of a contract column -> the GX ``type_`` its pandas column must have. Integers and
#: booleans become pandas nullable dtypes (see ``to_frame``) so a NULL does not turn them into floats.
GX_TYPES = {
    "string": "str", "int32": "int32", "int64": "int64", "double": "float64", "bool": "bool",
    "date32[day]": "datetime64", "timestamp[us, tz=UTC]": "Timestamp", "list<item: string>": "object",
}
_PANDAS_TYPES = {pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}

#: Why a derived check column is false, in words (quarantine.reason).
CHECK_REASONS = {
    "_span_ok": "offsets do not slice the document text to the span's text",
    "_published_ok": "published_at is before 1900 or after the run",
    "_n_chars_ok": "n_chars is not the length of text",
    "_value_ok": "TIMEX3 value does not have the shape of its type",
    "_dates_ordered": "date_start is after date_end",
    "_currency_ok": "currency is not an ISO 4217 code",
    "_range_ok": "value is outside value_low..value_high",
    "_entity_known": "entity_id is not among the partition's entities",
    "_seen_ordered": "first_seen is after last_seen",
    "_has_sentence": "English document without a sentence",
    "_doc_known": "doc_id is not among the partition's documents",
    "_sentence_ok": "sentence_index is not the document's sentence holding start_char",
    "_lineage_ok": "run_id or logical_date is not the run's",
    "_count_ok": "mention_count is not the number of the partition's mentions of the entity",
    "_country_ok": "country_code is not an ISO 3166-1 alpha-2 code",
    "_line_ok": "line is not the input's text at start_char (the raw record the document was read from)",
    "_cluster_ok": "cluster_id is not the document itself (a canonical copy) or its duplicate_of (a near-duplicate)",
    "_duplicate_known": "duplicate_of is not a canonical document of the partition or of an earlier landed one",
    "_coords_ok": "latitude and longitude are not given together",
    "_name_ok": "canonical_name is not the canonical name of the linked entity the mention points at",
    "_seen_ok": "first_seen/last_seen are not the earliest/latest story dates of the documents behind the entity's mentions",
}
#: Checks a landed partition cannot be judged by, and why: ``newsetl validate`` reports them as not
#: judged. Run on its last column each read "pass" though every row was NULL (nothing to compare with).
NOT_JUDGED_WHEN_LANDED = {
    "_line_ok": "the raw input records the lines were cut from are not in the warehouse; each run checked them "
                "before it published, and `newsetl run --reprocess` checks them again against the input",
    "_seen_ok": "the story dates a run stages (the writer's local day, the dateline's day) are not landed: "
                "published_at is kept in UTC; publishing recomputed first_seen/last_seen from them",
}
#: Facts whose ``sentence_index`` names the sentence their span starts in.
SENTENCE_FACTS = ("mentions", "timexes", "amounts")
#: Kosovo: not in ISO 3166-1, but the code Wikidata and the gazetteer give it.
_USER_ASSIGNED_COUNTRIES = frozenset({"XK"})
#: A span that writes its own sign may be negative (the amounts extractor keeps the sign: "minus 30 C",
#: "negative 1.3 pct", "-0.5%", "25 degrees below zero"); any other negative is a parse error.
_SIGN = re.compile(r"(?i)\b(?:minus|negative)\b|\bbelow\s+zero\b|(?:^|(?<=[\s(]))[-\u2212]\s?\d")
CASCADE_RULE = "documents: parent document quarantined"
DUPLICATE_CASCADE_RULE = "documents: canonical copy quarantined"
_DUPLICATE_REASON = "the canonical copy it is a near-duplicate of failed an error expectation and is quarantined"
ENTITY_CASCADE_RULE = "entities: entity quarantined"


@dataclass
class TableResult:
    table: str
    rows: int
    failed_rows: set[int] = field(default_factory=set)
    """Row positions failing an error-severity expectation."""
    reasons: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    results: list[dict[str, object]] = field(default_factory=list)
    table_failures: list[str] = field(default_factory=list)
    """Error expectations that failed for the table as a whole (no rows to hold back)."""
    html: str | None = None
    """GX Data Docs page of this validation, already made readable offline."""

    @property
    def failed_share(self) -> float:
        return len(self.failed_rows) / self.rows if self.rows else 0.0

    def fail_row(self, pos: int, rule: str, reason: str) -> None:
        self.failed_rows.add(pos)
        self.reasons.setdefault(pos, []).append((rule, reason))


@dataclass
class GateResult:
    tables: dict[str, TableResult]
    threshold: float
    quarantined: list[dict[str, object]] = field(default_factory=list)
    """Quarantine rows (see ``quarantine_rows``) of a validation that streamed its tables from files."""
    not_judged: list[dict[str, object]] = field(default_factory=list)
    """Expectations left out because what they compare with is not at hand: table, expectation, reason."""

    @property
    def blocking(self) -> list[str]:
        """Tables whose failing share is over the threshold, or where a table-level error failed."""
        return [n for n, t in self.tables.items() if t.table_failures or t.failed_share > self.threshold]

    @property
    def passed(self) -> bool:
        return not self.blocking

    def _count(self, severity: str) -> int:
        return sum(1 for t in self.tables.values() for r in t.results if r["severity"] == severity and not r["success"])

    @property
    def n_errors(self) -> int:
        return self._count("error")

    @property
    def n_warnings(self) -> int:
        return self._count("warning")

    @property
    def n_expectations(self) -> int:
        return sum(len(t.results) for t in self.tables.values())

    def failed_positions(self) -> dict[str, list[int]]:
        return {name: sorted(t.failed_rows) for name, t in self.tables.items()}

    @property
    def n_failed_rows(self) -> int:
        return sum(len(t.failed_rows) for t in self.tables.values())

    def dq_rows(self) -> list[dict[str, object]]:
        return [r for t in self.tables.values() for r in t.results]

    def quarantine_rows(self, frames: Mapping[str, pd.DataFrame]) -> list[dict[str, object]]:
        """One row per (failing row, failed rule), with the row as JSON: nothing checked is lost."""
        out = []
        for name, t in self.tables.items():
            df = frames[name]
            cols = [c for c in df.columns if not c.startswith("_")]
            for pos in sorted(t.failed_rows):
                row = {c: _plain(v) for c, v in df.iloc[pos][cols].items()}
                doc = json.dumps(row, default=str, sort_keys=True)
                for rule, reason in dict.fromkeys(t.reasons[pos]):
                    out.append({"table_name": name, "rule": rule, "reason": reason, "row_json": doc})
        return out

    def summary_rows(self) -> list[dict[str, object]]:
        """Per table: rows, expectations run / failed by severity, rows quarantined, verdict."""
        blocking = set(self.blocking)
        out = []
        for name, t in self.tables.items():
            failed = [r for r in t.results if not r["success"]]
            out.append({
                "table": name, "rows": t.rows, "expectations": len(t.results),
                "errors": sum(r["severity"] == "error" for r in failed),
                "warnings": sum(r["severity"] == "warning" for r in failed),
                "quarantined": len(t.failed_rows),
                "verdict": "BLOCKED" if name in blocking else ("passed" if not failed else "passed with quarantine/warnings"),
            })
        return out


def _plain(v: Any) -> Any:
    """A pandas/numpy cell as a JSON-able Python value (NA -> None)."""
    if isinstance(v, (list, tuple, np.ndarray)):
        return [_plain(x) for x in v]
    if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, pd.Timestamp):
        return v.date().isoformat() if v.tz is None and v == v.normalize() else v.isoformat()
    if isinstance(v, np.generic):
        return v.item()
    return v


def load_suite(table: str, directory: Path = EXPECTATIONS_DIR) -> dict[str, object]:
    path = directory / f"{table}.json"
    return json.loads(path.read_text())


def quiet_gx() -> None:
    """GX logs INFO lines of its own (e.g. its ephemeral docs site): keep them out of the run's output."""
    for name in [n for n in logging.root.manager.loggerDict if n.startswith("great_expectations")]:
        logging.getLogger(name).setLevel(logging.WARNING)
    logging.getLogger("great_expectations").setLevel(logging.WARNING)


_GX_LOCK = threading.Lock()


def _context():  # noqa: ANN202 - GX object
    with _GX_LOCK:  # the warm-up thread may be building it already
        return _make_context()


@cache
def _make_context():  # noqa: ANN202 - GX object
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    quiet_gx()
    ctx = gx.get_context(mode="ephemeral")
    quiet_gx()
    ctx.config.analytics_enabled = False
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return ctx


def warm() -> None:
    """Import GX and build its context in the background (about 2.5 s of CPU), called once the run's
    input is read: the last batches are still extracting, and the import was otherwise serial after
    them. Not earlier: warming it during the whole extraction held ~70 MiB in the flow process at the
    run's memory peak and saved about a second."""
    threading.Thread(target=_context, daemon=True, name="gx-warm").start()


def _gx_suite(spec: Mapping[str, object]):  # noqa: ANN202 - GX object
    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    suite = gx.ExpectationSuite(name=str(spec["name"]))
    for e in spec["expectations"]:  # type: ignore[attr-defined]
        cfg = ExpectationConfiguration(type=e["type"], kwargs=e["kwargs"], meta=e.get("meta") or {}, severity=e.get("severity", "critical"))
        suite.add_expectation_configuration(cfg)
    return suite


# -- frames and derived check columns ---------------------------------------------------------


def to_frame(t: pa.Table) -> pd.DataFrame:
    """Arrow to pandas keeping integer and boolean columns integer and boolean when NULLs occur."""
    return t.to_pandas(date_as_object=False, types_mapper=_PANDAS_TYPES.get)


@dataclass(frozen=True)
class Context:
    """What the row checks of one table need from the others."""

    texts: Mapping[str, str]
    run_started: datetime
    docs_with_sentences: frozenset[str] = frozenset()
    entity_ids: frozenset[str] = frozenset()
    sentences: Mapping[tuple[str, int], tuple[int, int]] | None = None
    """(doc_id, sentence_index) -> (start_char, end_char); None when the sentences are not at hand."""
    mention_counts: Mapping[str, int] | None = None
    """entity_id -> its mentions in the partition; None when the mentions are not at hand."""
    run_id: str | None = None
    day: date | None = None
    """The run's lineage; None where it is not known (a table validated on its own)."""
    originals: Mapping[str, str] | None = None
    """doc_id -> the normalized text of the raw record it was read from; None when the input is not at hand."""
    canonical: frozenset[str] | None = None
    """Canonical documents (duplicate_of NULL) among the ``duplicate_of`` values asked for, in the
    partition or an earlier landed one; None when the documents are not at hand."""
    linked_names: Mapping[str, str] | None = None
    """entity_id -> canonical_name of the partition's linked entities (with a wikidata_qid); None when not at hand."""
    seen: Mapping[str, tuple[date, date] | None] | None = None
    """entity_id -> (earliest, latest) story date of the documents behind its mentions; None when not at hand."""


def _bool(s: pd.Series) -> pd.Series:
    return s.astype("boolean").fillna(False).astype(bool)


def span_ok(df: pd.DataFrame, texts: Mapping[str, str]) -> pd.Series:
    """0 <= start < end <= len(text of the document), and the span's text is that slice."""
    # plain lists and a loop: pandas' map over Arrow strings costs 20x more here
    spans = df["text"].tolist() if "text" in df.columns else None
    ok = np.zeros(len(df), dtype=bool)
    for i, (d, a, b) in enumerate(zip(df["doc_id"].tolist(), df["start_char"].tolist(), df["end_char"].tolist(), strict=True)):
        doc = texts.get(d) if isinstance(d, str) else None
        if doc is None or a is pd.NA or b is pd.NA or a is None or b is None:
            continue
        if isinstance(a, str) or isinstance(b, str):
            raise TypeError("offsets must be integers")
        ok[i] = 0 <= a < b <= len(doc) and (spans is None or doc[a:b] == spans[i])
    return pd.Series(ok, index=df.index)


def add_check_columns(table: str, df: pd.DataFrame, ctx: Context) -> pd.DataFrame:
    """Derived boolean columns the suites expect to be true (NULL = not applicable)."""
    try:
        return _add_check_columns(table, df.copy(), ctx)
    except (TypeError, ValueError):
        # columns of the wrong type: the type expectations fail the table; the checks cannot run
        out = df.copy()
        for col in CHECK_REASONS:
            out[col] = False
        return out


def _add_check_columns(table: str, df: pd.DataFrame, ctx: Context) -> pd.DataFrame:
    cols = set(df.columns)
    if {"doc_id", "start_char", "end_char"} <= cols:
        df["_span_ok"] = span_ok(df, ctx.texts)
    if table == "documents" and {"published_at", "text", "n_chars", "language"} <= cols:
        latest = pd.Timestamp(ctx.run_started + timedelta(days=1))
        pub = pd.to_datetime(df["published_at"], utc=True)
        df["_published_ok"] = _bool(pub.isna() | ((pub >= pd.Timestamp("1900-01-01", tz="UTC")) & (pub <= latest)))
        df["_n_chars_ok"] = _bool(df["n_chars"] == df["text"].str.len())
        # NULL for other languages, so the share is taken over English documents only
        has = df["doc_id"].isin(ctx.docs_with_sentences).astype("boolean")
        df["_has_sentence"] = has.where(df["language"] == "en", pd.NA)
    if table == "timexes" and {"type", "value", "date_start", "date_end"} <= cols:
        none = re.compile("^$")
        df["_value_ok"] = [bool(TIMEX_VALUE.get(t, none).match(v)) if isinstance(v, str) else False
                           for t, v in zip(df["type"], df["value"], strict=True)]
        df["_dates_ordered"] = _bool(df["date_start"].isna() | df["date_end"].isna() | (df["date_start"] <= df["date_end"]))
    if table == "amounts" and {"currency", "value", "value_low", "value_high"} <= cols:
        df["_currency_ok"] = _bool(df["currency"].isna() | df["currency"].isin(_currencies()))
        lo, hi, v = df["value_low"], df["value_high"], df["value"]
        signed = df["text"].fillna("").str.contains(_SIGN, regex=True).astype(bool)
        if "doc_id" in cols:
            # "minus 10 to 0 degrees F" lands one row per end, both carrying the range's bounds: the
            # sign written on one end is the other's too
            keys = [df["doc_id"], lo.fillna(float("inf")), hi.fillna(float("inf"))]
            signed = signed.groupby(keys).transform("any").astype(bool)
        df["_signed"] = _bool(signed)
        df["_range_ok"] = _bool((lo.isna() | hi.isna() | (lo <= hi)) & (v.isna() | ((lo.isna() | (lo <= v)) & (hi.isna() | (v <= hi)))))
    if table == "mentions" and "entity_id" in cols:
        df["_entity_known"] = df["entity_id"].isin(ctx.entity_ids)
    if table == "mentions" and {"entity_id", "canonical_name"} <= cols:
        df["_name_ok"] = name_ok(df, ctx.linked_names)
    if table == "entities" and {"first_seen", "last_seen"} <= cols:
        df["_seen_ordered"] = _bool(df["first_seen"].isna() | df["last_seen"].isna() | (df["first_seen"] <= df["last_seen"]))
    if table == "entities" and {"entity_id", "mention_count", "country_code"} <= cols:
        df["_count_ok"] = count_ok(df, ctx.mention_counts)
        df["_country_ok"] = _bool(df["country_code"].isna() | df["country_code"].isin(_countries()))
    if table == "entities" and {"latitude", "longitude"} <= cols:
        df["_coords_ok"] = df["latitude"].isna() == df["longitude"].isna()
    if table == "entities" and {"entity_id", "first_seen", "last_seen"} <= cols:
        df["_seen_ok"] = seen_ok(df, ctx.seen)
    if table == "boilerplate" and {"doc_id", "line", "start_char"} <= cols:
        df["_line_ok"] = line_ok(df, ctx.originals)
    if table == "documents" and {"doc_id", "cluster_id", "duplicate_of"} <= cols:
        df["_cluster_ok"] = cluster_ok(df)
        df["_duplicate_known"] = duplicate_known(df, ctx.canonical)
    if table != "documents" and "doc_id" in cols:
        df["_doc_known"] = df["doc_id"].isin(list(ctx.texts)).astype(bool)
    if table in SENTENCE_FACTS and {"doc_id", "sentence_index", "start_char"} <= cols:
        df["_sentence_ok"] = sentence_ok(df, ctx.sentences)
    if {"run_id", "logical_date"} <= cols:
        df["_lineage_ok"] = lineage_ok(df, ctx.run_id, ctx.day)
    return df


def count_ok(df: pd.DataFrame, counts: Mapping[str, int] | None) -> pd.Series:
    """mention_count is the number of mentions linked to the entity (NULL = mentions not at hand)."""
    if counts is None:
        return pd.Series(pd.NA, index=df.index, dtype="boolean")
    behind = df["entity_id"].map(lambda e: counts.get(e, 0) if isinstance(e, str) else 0)
    return _bool(df["mention_count"].isna() | (df["mention_count"] == behind))


def line_ok(df: pd.DataFrame, originals: Mapping[str, str] | None) -> pd.Series:
    """The removed line is the raw record's (normalized) text at start_char: what cleaning cut can be
    put back where it was (NULL where the raw record is not at hand or its bytes changed since)."""
    if originals is None:
        return pd.Series(pd.NA, index=df.index, dtype="boolean")
    # a list, then one Series: setting a Series cell by cell cost a quarter of a millisecond a row
    out: list[bool | None] = [None] * len(df)
    for i, (d, line, a) in enumerate(zip(df["doc_id"].tolist(), df["line"].tolist(), df["start_char"].tolist(), strict=True)):
        raw = originals.get(d) if isinstance(d, str) else None
        if raw is None or not isinstance(line, str) or a is None or a is pd.NA:
            continue
        out[i] = 0 <= a and raw[a : a + len(line)] == line
    return pd.Series(pd.array(out, dtype="boolean"), index=df.index)


def name_ok(df: pd.DataFrame, linked: Mapping[str, str] | None) -> pd.Series:
    """A mention of a linked entity carries that entity's canonical name (NULL for an unlinked one, whose
    name the partition's rollup picks among its mentions' spellings)."""
    if linked is None:
        return pd.Series(pd.NA, index=df.index, dtype="boolean")
    want = df["entity_id"].map(lambda e: linked.get(e) if isinstance(e, str) else None)
    return (df["canonical_name"] == want).astype("boolean").where(want.notna(), pd.NA)


def cluster_ok(df: pd.DataFrame) -> pd.Series:
    """cluster_id is the first-seen copy: the document itself, or the canonical copy it duplicates."""
    doc, cluster, dup = df["doc_id"], df["cluster_id"], df["duplicate_of"]
    canonical = dup.isna() & (cluster == doc)
    duplicate = dup.notna() & (dup != doc) & (cluster == dup)
    return _bool(canonical | duplicate).where(cluster.notna(), pd.NA).astype("boolean")


def duplicate_known(df: pd.DataFrame, canonical: frozenset[str] | None) -> pd.Series:
    """duplicate_of names a canonical document (not itself a duplicate) landed with it or before it."""
    dup = df["duplicate_of"]
    if canonical is None:
        return pd.Series(pd.NA, index=df.index, dtype="boolean")
    return dup.isin(canonical).astype("boolean").where(dup.notna(), pd.NA)


def seen_ok(df: pd.DataFrame, seen: Mapping[str, tuple[date, date] | None] | None) -> pd.Series:
    """first_seen/last_seen are the earliest/latest story dates of the documents behind the mentions."""
    if seen is None:
        return pd.Series(pd.NA, index=df.index, dtype="boolean")

    def one(e: object, first: object, last: object) -> bool:
        span = seen.get(e) if isinstance(e, str) else None
        got = tuple(None if v is None or v is pd.NaT or v is pd.NA else pd.Timestamp(v).date() for v in (first, last))  # type: ignore[arg-type]
        return got == (span or (None, None))

    return pd.Series([one(*r) for r in zip(df["entity_id"], df["first_seen"], df["last_seen"], strict=True)], index=df.index)


def sentence_ok(df: pd.DataFrame, sentences: Mapping[tuple[str, int], tuple[int, int]] | None) -> pd.Series:
    """The sentence named by sentence_index exists in the document and holds the span's start."""
    if sentences is None:
        return pd.Series(pd.NA, index=df.index, dtype="boolean")
    ok = np.ones(len(df), dtype=bool)
    for i, (d, s, a) in enumerate(zip(df["doc_id"].tolist(), df["sentence_index"].tolist(), df["start_char"].tolist(), strict=True)):
        if s is None or s is pd.NA or a is None or a is pd.NA:
            continue  # a missing index or offset is the not-null expectations' business
        bounds = sentences.get((d, int(s)))
        ok[i] = bounds is not None and bounds[0] <= a < bounds[1]
    return pd.Series(ok, index=df.index)


def lineage_ok(df: pd.DataFrame, run_id: str | None, day: date | None) -> pd.Series:
    """run_id and logical_date are the run's, so a row can be traced to the run that wrote it."""
    if run_id is None and day is None:
        return pd.Series(pd.NA, index=df.index, dtype="boolean")
    ok = pd.Series(True, index=df.index)
    if run_id is not None:
        ok &= _bool(df["run_id"].isna() | (df["run_id"] == run_id))
    if day is not None:
        ok &= _bool(df["logical_date"].isna() | (df["logical_date"] == pd.Timestamp(day)))
    return ok


@cache
def _countries() -> frozenset[str]:
    # historic codes too (SU, DD, YU): 1987 news names countries that are gone
    import pycountry

    current = {c.alpha_2 for c in pycountry.countries}
    historic = {getattr(c, "alpha_2", None) for c in pycountry.historic_countries}
    return frozenset(current | {c for c in historic if c} | _USER_ASSIGNED_COUNTRIES)


def _currencies() -> frozenset[str]:
    # ISO 4217 current codes plus the historic ones (DEM, FRF, ...) that 1987 news legitimately uses
    from tasks.amounts import iso_currencies

    return iso_currencies()


def _column(t: pa.Table | None, name: str) -> list[Any]:
    return t.column(name).to_pylist() if t is not None and name in t.column_names else []


def _sentence_bounds(t: pa.Table | None) -> dict[tuple[str, int], tuple[int, int]] | None:
    if t is None or not {"doc_id", "sentence_index", "start_char", "end_char"} <= set(t.column_names):
        return None
    cols = (_column(t, c) for c in ("doc_id", "sentence_index", "start_char", "end_char"))
    return {(d, i): (a, b) for d, i, a, b in zip(*cols, strict=True) if None not in (d, i, a, b)}


def _linked_names(t: pa.Table | None) -> dict[str, str] | None:
    if t is None or not {"entity_id", "canonical_name", "wikidata_qid"} <= set(t.column_names):
        return None
    cols = (_column(t, c) for c in ("entity_id", "canonical_name", "wikidata_qid"))
    return {e: n for e, n, q in zip(*cols, strict=True) if q is not None and e is not None}


def _mention_counts(t: pa.Table | None) -> dict[str, int] | None:
    if t is None or "entity_id" not in t.column_names:
        return None
    import pyarrow.compute as pc

    counts = pc.value_counts(t.column("entity_id").combine_chunks())
    return {str(c["values"]): int(c["counts"]) for c in counts.to_pylist() if c["values"] is not None}


def frames_for(tables: Mapping[str, pa.Table], run_started: datetime, run_id: str | None = None,
               day: date | None = None) -> dict[str, pd.DataFrame]:
    """Arrow tables to pandas with the derived check columns."""
    docs = tables.get("documents")
    ctx = Context(
        texts=dict(zip(_column(docs, "doc_id"), _column(docs, "text"), strict=True)),
        run_started=run_started,
        docs_with_sentences=frozenset(_column(tables.get("sentences"), "doc_id")),
        entity_ids=frozenset(_column(tables.get("entities"), "entity_id")),
        sentences=_sentence_bounds(tables.get("sentences")),
        mention_counts=_mention_counts(tables.get("mentions")),
        run_id=run_id,
        day=day,
        canonical=frozenset(d for d, dup in zip(_column(docs, "doc_id"), _column(docs, "duplicate_of"), strict=True) if dup is None)
        if docs is not None and "duplicate_of" in docs.column_names else None,
        linked_names=_linked_names(tables.get("entities")),
    )
    return {name: add_check_columns(name, to_frame(t), ctx) for name, t in tables.items()}


# -- running the suites -----------------------------------------------------------------------


def _label(type_: str, kwargs: Mapping[str, object]) -> str:
    args = {k: v for k, v in kwargs.items() if k not in ("batch_id", "column_set", "value_set", "result_format")}
    return f"{type_}({', '.join(f'{k}={v}' for k, v in sorted(args.items()))})"


def _reason(type_: str, kwargs: Mapping[str, object]) -> str:
    col = kwargs.get("column") or kwargs.get("column_list")
    if isinstance(col, str) and col in CHECK_REASONS:
        return CHECK_REASONS[col]
    return f"{type_.removeprefix('expect_').replace('_', ' ')} failed for {col}"


def _gx_validate(table: str, df: pd.DataFrame, spec: Mapping[str, object]) -> Any:
    ctx = _context()
    df = df.reset_index(drop=True)
    df[ROW] = np.arange(len(df))
    asset = ctx.data_sources.add_or_update_pandas(f"newsetl_{table}").add_dataframe_asset(table)
    batch = asset.add_batch_definition_whole_dataframe("all").get_batch(batch_parameters={"dataframe": df})
    # COMPLETE is needed for the failing rows' positions; GX only materializes them for failures.
    res = batch.validate(_gx_suite(spec), result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [ROW]})
    ctx.data_sources.delete(f"newsetl_{table}")
    return res


def _render(table: str, res: Any) -> str | None:
    try:
        return render_page(res)
    except Exception as e:  # noqa: BLE001 - a report that fails to render must not fail the gate
        logging.getLogger(__name__).warning("could not render the Data Docs page for %s: %s", table, e)
        return None


def validate_frame(table: str, df: pd.DataFrame, spec: Mapping[str, object], docs: bool = True) -> TableResult:
    res = _gx_validate(table, df, spec)
    out = TableResult(table, len(df))
    for r in res.results:
        _record(out, r)
    if docs:
        out.html = _render(table, res)
    return out


def _record(out: TableResult, r: Any, positions: bool = True, columns: Collection[str] | None = None) -> None:
    cfg = r.expectation_config
    severity = "warning" if str(cfg.severity).lower().endswith("warning") else "error"
    raised = bool(r.exception_info and r.exception_info.get("raised_exception"))
    info = {} if raised else dict(r.result or {})
    label = _label(cfg.type, cfg.kwargs)
    table_scope = (cfg.meta or {}).get("scope") == "table" or info.get("unexpected_count") is None
    if severity == "error" and not r.success:
        if table_scope:
            out.table_failures.append(label)
        elif positions:
            reason = _reason(cfg.type, cfg.kwargs)
            for i in info.get("unexpected_index_list") or []:
                if isinstance(i, dict) and ROW in i:
                    out.fail_row(int(i[ROW]), label, reason)
    if r.success:
        sample: object = None
    elif raised and columns is not None and cfg.kwargs.get("column") not in (None, *columns):
        # GX says "list index out of range" of a column the files lack (a day landed by an older version)
        sample = [f"the landed files have no column {cfg.kwargs['column']}"]
    elif raised:
        sample = [str(r.exception_info.get("exception_message"))]
    elif "observed_value" in info:
        sample = {"observed_value": info["observed_value"]}
    else:
        sample = (info.get("partial_unexpected_list") or [])[:5]
    out.results.append({
        "table_name": out.table, "expectation": label, "severity": severity, "success": bool(r.success),
        "element_count": info.get("element_count"), "unexpected_count": info.get("unexpected_count"),
        "unexpected_percent": _plain(info.get("unexpected_percent")),
        "unexpected_sample": json.dumps(_plain_deep(sample), default=str) if sample else None,
    })


def _plain_deep(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _plain_deep(x) for k, x in v.items()}
    return _plain(v)


def cascade(gate: GateResult, frames: Mapping[str, pd.DataFrame]) -> None:
    """Rows that point at a quarantined row are held back with it, so what is published stays consistent:
    a quarantined document takes its sentences, mentions, ... along; a quarantined entity its mentions."""
    docs = gate.tables.get("documents")
    if docs is not None and docs.failed_rows and "duplicate_of" in frames["documents"].columns:
        df = frames["documents"]
        _hold_duplicates(docs, df["doc_id"].tolist(), df["duplicate_of"].tolist())
    for parent, key, rule in (("entities", "entity_id", ENTITY_CASCADE_RULE), ("documents", "doc_id", CASCADE_RULE)):
        p = gate.tables.get(parent)
        if p is None or not p.failed_rows:
            continue
        bad = set(frames[parent][key].iloc[sorted(p.failed_rows)])
        for name, t in gate.tables.items():
            df = frames[name]
            if name == parent or key not in df.columns or name == "entities":
                continue
            for pos in np.flatnonzero(df[key].isin(bad).to_numpy()):
                t.fail_row(int(pos), rule, f"the {parent[:-1] if parent == 'documents' else 'entity'} it belongs to failed an error expectation and is quarantined")


def validate_tables(frames: Mapping[str, pd.DataFrame], threshold: float, directory: Path = EXPECTATIONS_DIR, docs: bool = True) -> GateResult:
    gate = GateResult({t: validate_frame(t, df, load_suite(t, directory), docs) for t, df in frames.items()}, threshold)
    cascade(gate, frames)
    return gate


# -- validating Parquet files in bounded memory ------------------------------------------------

CHUNK_ROWS = 100_000
"""Rows validated at a time: memory stays flat whatever the size of the partition. GX has a fixed
cost per validation (on full Reuters: 6.4 s in 50k-row chunks, 4.4 s in 100k); a 100k-row chunk
adds about 300 MiB to the flow process while the NLP workers are idle, under the run's peak."""

Files = Mapping[str, "list[Path]"]


def _dataset(paths: list[Path]) -> Any:
    import pyarrow.dataset as ds

    return ds.dataset([str(p) for p in paths], format="parquet")


def chunks(paths: list[Path], key: str, rows: int = CHUNK_ROWS, empty: pa.Schema | None = None) -> Iterable[tuple[int, pa.Table]]:
    """``(offset, rows)`` pieces of key-sorted Parquet files, each cut only where ``key`` changes, so
    rows sharing a key (a document's mentions, a duplicated id) are validated together. Files are
    read as stored: no cast to the contract, so type drift shows."""
    offset, carry = 0, None
    batches = (pa.Table.from_batches([b]) for path in paths for b in pq.ParquetFile(path).iter_batches(batch_size=rows))
    nxt = next(batches, None)
    while nxt is not None:
        t = nxt if carry is None else pa.concat_tables([carry, nxt], promote_options="permissive")
        nxt = next(batches, None)
        if nxt is None:  # the last piece: nothing left to share a key with
            carry = t
            break
        cut = _last_key_start(t, key)
        if cut == 0 and t.num_rows < 4 * rows:  # one key so far: keep reading
            carry = t
            continue
        cut = cut or t.num_rows
        yield offset, t.slice(0, cut)
        offset += cut
        carry = t.slice(cut)
    if carry is not None and carry.num_rows:
        yield offset, carry
    elif offset == 0:  # an empty table still runs its suite (row counts, column sets)
        schema = pq.read_schema(paths[0]) if paths else empty
        if schema is not None:
            yield 0, schema.empty_table()


def _last_key_start(t: pa.Table, key: str) -> int:
    """Index where the trailing run of equal ``key`` values starts (0 if the whole table is one run)."""
    if key not in t.column_names or t.num_rows == 0:
        return t.num_rows
    col = t.column(key)
    last = col[t.num_rows - 1]
    i = t.num_rows - 1
    while i > 0 and col[i - 1] == last:
        i -= 1
    return i


def _range_filter(ids: Iterable[object]) -> Any:
    import pyarrow.dataset as ds

    present = [x for x in ids if x is not None]
    if not present:
        return None
    return (ds.field("doc_id") >= min(present)) & (ds.field("doc_id") <= max(present))


def lineage(files: Files) -> tuple[str | None, date | None]:
    """The run and logical date the files belong to, from where they lie: the run stages under
    ``_staging/<run_id>/`` and every partition is a ``dt=<logical date>`` folder."""
    from tasks.land import STAGING

    for paths in files.values():
        for path in paths:
            parts = Path(path).parts
            run = parts[parts.index(STAGING) + 1] if STAGING in parts[:-1] else None
            dt = next((p.removeprefix("dt=") for p in reversed(parts) if p.startswith("dt=")), None)
            try:
                return run, date.fromisoformat(dt) if dt else None
            except ValueError:
                return run, None
    return None, None


@dataclass(frozen=True)
class Inputs:
    """Where the run read its documents, so that a check can go back to a document's raw record."""

    root: Path
    files: tuple[Any, ...]
    """The run's ``tasks.ingest.InputFile``s (with their manifest metadata: a declared encoding)."""
    max_bytes: int = 1 << 30


def originals(inputs: Inputs, docs: Mapping[str, tuple[str, str]]) -> dict[str, str]:
    """doc_id -> the normalized text of the raw record it was read from, for ``docs`` (doc_id ->
    (source_uri, sha256)); a record whose bytes changed since (another sha256) is left out."""
    from tasks.clean import normalize
    from tasks.ingest import batches, read_batch

    wanted = {uri: (doc, sha) for doc, (uri, sha) in docs.items()}
    rels = {uri for uri in wanted} | {uri.rsplit("#", 1)[0] for uri in wanted}
    picked = [f for f in inputs.files if getattr(f, "role", "input") == "input" and f.rel in rels]
    out: dict[str, str] = {}
    for group in batches(picked, 5_000, inputs.root, inputs.max_bytes):  # a streamed file: 5,000 lines in memory at a time
        for res in read_batch(group, inputs.root, inputs.max_bytes):
            for rec in res.records:
                doc, sha = wanted.get(rec.source_uri, (None, None))
                if doc is not None and rec.sha256 == sha:
                    out[doc] = normalize(rec.text)
    return out


def _where_staged(files: Files) -> tuple[Path | None, Path | None]:
    """(warehouse, staging root of the run) the files lie in: ``<warehouse>/_staging/<run_id>/...``
    for a run's staged files, ``<warehouse>/parquet/<table>/dt=<day>/`` for a landed partition."""
    from tasks.land import PARQUET, STAGING

    for paths in files.values():
        for path in paths:
            parts = Path(path).parts
            if STAGING in parts[:-2]:
                i = parts.index(STAGING)
                return Path(*parts[:i]), Path(*parts[: i + 2])
            if len(parts) >= 4 and parts[-4] == PARQUET and parts[-2].startswith("dt="):
                return Path(*parts[:-4]), None
            return None, None
    return None, None


def canonical_documents(files: Files, wanted: Collection[str], day: date | None) -> frozenset[str] | None:
    """Those of ``wanted`` that are canonical documents (duplicate_of NULL) of the validated partition
    or of a partition landed before ``day``: a story is pointed at an earlier copy, never a later one."""
    import pyarrow.dataset as ds

    from tasks.land import landed_dates, partition_dir

    if not wanted:
        return frozenset()
    ids = pa.array(sorted(wanted), type=pa.string())
    paths = list(files.get("documents") or [])
    warehouse, _ = _where_staged(files)
    if warehouse is not None and day is not None:
        paths += [f for d in landed_dates(warehouse) if d < day for f in sorted(partition_dir(warehouse, "documents", d).glob("*.parquet"))]
    if not paths:
        return None
    found = _dataset(paths).to_table(columns=["doc_id"], filter=ds.field("doc_id").isin(ids) & ds.field("duplicate_of").is_null())
    return frozenset(found.column("doc_id").to_pylist())


def story_dates(files: Files) -> dict[str, date] | None:
    """doc_id -> the date its mentions were seen on (the story date the extractor dated them by), as
    the run staged it; None when the files are not a run's staged ones."""
    from tasks.land import STORY_DATES

    _, root = _where_staged(files)
    paths = sorted((root / "parts" / STORY_DATES).glob("*.parquet")) if root is not None else []
    if not paths:
        return None
    t = _dataset(paths).to_table(columns=["doc_id", "story_date"])
    return {d: s for d, s in zip(t.column("doc_id").to_pylist(), t.column("story_date").to_pylist(), strict=True) if s is not None}


def seen_spans(files: Files, wanted: pa.Array) -> dict[str, tuple[date, date] | None] | None:
    """entity_id -> (earliest, latest) story date of the documents behind its mentions in the partition."""
    import pyarrow.dataset as ds

    dates = story_dates(files)
    if dates is None or not files.get("mentions"):
        return None
    t = _dataset(files["mentions"]).to_table(columns=["entity_id", "doc_id"], filter=ds.field("entity_id").isin(wanted))
    spans: dict[str, tuple[date, date] | None] = {}
    for e, d in zip(t.column("entity_id").to_pylist(), t.column("doc_id").to_pylist(), strict=True):
        seen, span = dates.get(d), spans.get(e)
        if seen is None:
            spans.setdefault(e, None)
        else:
            spans[e] = (min(span[0], seen), max(span[1], seen)) if span else (seen, seen)
    return spans


def chunk_context(files: Files, frame: pd.DataFrame, run_started: datetime, inputs: Inputs | None = None) -> Context:
    """What ``add_check_columns`` needs for one chunk, read for the chunk's documents and entities only."""
    run_id, day = lineage(files)
    try:
        return _chunk_context(files, frame, run_started, run_id, day, inputs)
    except (pa.ArrowException, TypeError, ValueError):
        # key columns of the wrong type: the type expectations fail the table; nothing to look up
        return Context(texts={}, run_started=run_started, run_id=run_id, day=day)


def _chunk_context(files: Files, frame: pd.DataFrame, run_started: datetime, run_id: str | None = None,
                   day: date | None = None, inputs: Inputs | None = None) -> Context:
    import pyarrow.dataset as ds

    docs_ids = frame["doc_id"].tolist() if "doc_id" in frame.columns else []
    rng = _range_filter(docs_ids)
    texts: dict[str, str] = {}
    with_sentences: frozenset[str] = frozenset()
    entity_ids: frozenset[str] = frozenset()
    if rng is not None and files.get("documents"):
        t = _dataset(files["documents"]).to_table(columns=["doc_id", "text"], filter=rng)
        texts = dict(zip(t.column("doc_id").to_pylist(), t.column("text").to_pylist(), strict=True))
    sentences = None
    if rng is not None and files.get("sentences"):
        t = _dataset(files["sentences"]).to_table(columns=["doc_id", "sentence_index", "start_char", "end_char"], filter=rng)
        with_sentences = frozenset(t.column("doc_id").to_pylist())
        sentences = _sentence_bounds(t)
    counts, linked_names = None, None
    if "entity_id" in frame.columns:
        wanted = pa.array(sorted({x for x in frame["entity_id"].tolist() if isinstance(x, str)}), type=pa.string())
        if files.get("entities"):
            found = _dataset(files["entities"]).to_table(columns=["entity_id", "canonical_name", "wikidata_qid"], filter=ds.field("entity_id").isin(wanted))
            entity_ids = frozenset(found.column("entity_id").to_pylist())
            linked_names = _linked_names(found)
        if "mention_count" in frame.columns and files.get("mentions"):
            counts = _mention_counts(_dataset(files["mentions"]).to_table(columns=["entity_id"], filter=ds.field("entity_id").isin(wanted)))
    seen = seen_spans(files, wanted) if "first_seen" in frame.columns else None
    raw = None
    if inputs is not None and "line" in frame.columns and rng is not None and files.get("documents"):
        t = _dataset(files["documents"]).to_table(columns=["doc_id", "source_uri", "sha256"], filter=ds.field("doc_id").isin(sorted(set(docs_ids))))
        raw = originals(inputs, {d: (u, h) for d, u, h in zip(*(t.column(c).to_pylist() for c in ("doc_id", "source_uri", "sha256")), strict=True)})
    canonical = None
    if "duplicate_of" in frame.columns:
        canonical = canonical_documents(files, {x for x in frame["duplicate_of"].tolist() if isinstance(x, str)}, day)
    return Context(texts=texts, run_started=run_started, docs_with_sentences=with_sentences, entity_ids=entity_ids,
                   sentences=sentences, mention_counts=counts, run_id=run_id, day=day, originals=raw,
                   canonical=canonical, seen=seen, linked_names=linked_names)


@dataclass
class _Merged:
    """One expectation's result summed over chunks."""

    first: Any
    element: int = 0
    unexpected: int = 0
    missing: int = 0
    observed: list[object] = field(default_factory=list)
    sample: list[object] = field(default_factory=list)
    success: bool = True
    raised: bool = False

    def add(self, r: Any) -> None:
        info = dict(r.result or {})
        self.raised |= bool(r.exception_info and r.exception_info.get("raised_exception"))
        self.success &= bool(r.success)
        self.element += int(info.get("element_count") or 0)
        self.unexpected += int(info.get("unexpected_count") or 0)
        self.missing += int(info.get("missing_count") or 0)
        if "observed_value" in info:
            self.observed.append(info["observed_value"])
        self.sample += list(info.get("partial_unexpected_list") or [])[: max(0, 20 - len(self.sample))]

    def finish(self) -> Any:
        """The first chunk's GX result, rewritten to describe the whole table."""
        r, cfg = self.first, self.first.expectation_config
        info = r.result
        if self.raised or info is None:
            r.success = self.success
            return r
        if info.get("unexpected_count") is not None:
            nonmissing = self.element - self.missing
            share = self.unexpected / nonmissing if nonmissing else 0.0
            mostly = cfg.kwargs.get("mostly")
            # a share is judged on the whole table, not chunk by chunk
            r.success = (1.0 - share) >= float(mostly) if mostly is not None else self.unexpected == 0
            info.update(element_count=self.element, unexpected_count=self.unexpected, missing_count=self.missing,
                        unexpected_percent=100.0 * share if nonmissing else None, partial_unexpected_list=self.sample)
            for k in ("unexpected_list", "unexpected_index_list", "partial_unexpected_index_list",
                      "partial_unexpected_counts", "unexpected_index_query"):
                info.pop(k, None)
        else:
            r.success = self.success
            if self.observed and cfg.type.startswith("expect_table_row_count"):
                info["observed_value"] = sum(int(x) for x in self.observed if isinstance(x, (int, float)))
        return r


def validate_files(files: Files, threshold: float, run_started: datetime, directory: Path = EXPECTATIONS_DIR,
                   docs: bool = True, chunk_rows: int = CHUNK_ROWS, only: Collection[str] | None = None,
                   inputs: Inputs | None = None, skip: Mapping[str, str] | None = None) -> GateResult:
    """The gate over key-sorted Parquet files, ``chunk_rows`` at a time: the same verdict, failing
    positions (in file order) and quarantine rows as ``validate_tables`` on the whole tables.

    ``only`` runs the suites of these tables; the other files are still read by the cross-table checks.
    ``inputs``: where the run read its documents (the boilerplate rows are checked against them).
    ``skip``: check columns whose expectations are left out, with the reason (``GateResult.not_judged``)."""
    from tasks.schema import TABLES

    tables: dict[str, TableResult] = {}
    not_judged: list[dict[str, object]] = []
    keys: dict[str, dict[int, object]] = {}  # failing positions -> key, for the cascade
    for table, paths in files.items():
        if only is not None and table not in only:
            continue
        key = TABLES[table].key[0]
        out, merged, first, columns = TableResult(table, 0), [], None, set()
        spec, left_out = _without(load_suite(table, directory), skip or {})
        not_judged += [{"table_name": table, **x} for x in left_out]
        for offset, piece in chunks(paths, key, chunk_rows, TABLES[table].schema):
            df = to_frame(piece)
            columns |= set(piece.column_names)
            df = add_check_columns(table, df, chunk_context(files, df, run_started, inputs))
            part, res = _validate_chunk(table, df, spec)
            out.rows += part.rows
            for pos, reasons in part.reasons.items():
                for rule, reason in reasons:
                    out.fail_row(offset + pos, rule, reason)
                if key in df.columns:
                    keys.setdefault(table, {})[offset + pos] = df[key].iloc[pos]
            if first is None:
                first, merged = res, [_Merged(r) for r in res.results]
            for m, r in zip(merged, res.results, strict=True):
                m.add(r)
        if first is not None:
            # verdicts and counts over the whole table: a share is judged once, not per chunk
            first.results = [m.finish() for m in merged]
            first.success = all(r.success for r in first.results)
            for r in first.results:
                _record(out, r, positions=False, columns=columns)
            if docs:
                out.html = _render(table, first)
        tables[table] = out
    gate = GateResult(tables, threshold, not_judged=not_judged)
    _cascade_files(gate, files, keys)
    gate.quarantined = _quarantine_from_files(gate, files)
    return gate


def _without(spec: Mapping[str, object], skip: Mapping[str, str]) -> tuple[dict[str, object], list[dict[str, object]]]:
    """The suite without the expectations on the ``skip`` columns, and those left out (with why)."""
    kept, left = [], []
    for e in spec["expectations"]:  # type: ignore[attr-defined]
        column = e["kwargs"].get("column")
        if column in skip:
            left.append({"expectation": _label(e["type"], e["kwargs"]), "severity": e.get("severity", "error"), "reason": skip[column]})
        else:
            kept.append(e)
    return {**spec, "expectations": kept}, left


def _validate_chunk(table: str, df: pd.DataFrame, spec: Mapping[str, object]) -> tuple[TableResult, Any]:
    res = _gx_validate(table, df, spec)
    part = TableResult(table, len(df))
    for r in res.results:
        _record(part, r)
    return part, res


def _cascade_files(gate: GateResult, files: Files, keys: dict[str, dict[int, object]]) -> None:
    """``cascade`` for streamed tables: reads only the key columns, batch by batch."""
    import pyarrow.compute as pc

    docs = gate.tables.get("documents")
    if docs is not None and docs.failed_rows and files.get("documents"):
        ids: list[object] = []
        dups: list[object] = []
        for path in files["documents"]:
            t = pq.read_table(path, columns=["doc_id", "duplicate_of"])
            ids += t.column("doc_id").to_pylist()
            dups += t.column("duplicate_of").to_pylist()
        before = set(docs.failed_rows)
        _hold_duplicates(docs, ids, dups)
        for pos in docs.failed_rows - before:
            keys.setdefault("documents", {})[pos] = ids[pos]
    for parent, key, rule in (("entities", "entity_id", ENTITY_CASCADE_RULE), ("documents", "doc_id", CASCADE_RULE)):
        p = gate.tables.get(parent)
        if p is None or not p.failed_rows:
            continue
        bad = pa.array(sorted({str(keys[parent][i]) for i in p.failed_rows if i in keys.get(parent, {})}), type=pa.string())
        for name, t in gate.tables.items():
            if name in (parent, "entities"):
                continue
            offset = 0
            for path in files[name]:
                pf = pq.ParquetFile(path)
                if key not in pf.schema_arrow.names:
                    break
                for batch in pf.iter_batches(batch_size=CHUNK_ROWS, columns=[key]):
                    hit = pc.is_in(batch.column(0).cast(pa.string()), value_set=bad)
                    for pos in np.flatnonzero(hit.to_numpy(zero_copy_only=False)):
                        t.fail_row(offset + int(pos), rule, f"the {parent[:-1] if parent == 'documents' else 'entity'} it belongs to failed an error expectation and is quarantined")
                    offset += batch.num_rows


def _hold_duplicates(docs: TableResult, doc_ids: list[object], duplicate_of: list[object]) -> None:
    """A near-duplicate whose canonical copy is quarantined goes with it: published alone, its
    ``duplicate_of`` would name a document no reader can find (duplicates never chain, so one pass)."""
    bad = {doc_ids[i] for i in docs.failed_rows if i < len(doc_ids)}
    for pos, target in enumerate(duplicate_of):
        if target is not None and target in bad and pos not in docs.failed_rows:
            docs.fail_row(pos, DUPLICATE_CASCADE_RULE, _DUPLICATE_REASON)


def _quarantine_from_files(gate: GateResult, files: Files) -> list[dict[str, object]]:
    """``quarantine_rows`` for streamed tables: reads back only the batches holding failing rows."""
    out = []
    for name, t in gate.tables.items():
        if not t.failed_rows:
            continue
        wanted, offset = sorted(t.failed_rows), 0
        for path in files[name]:
            for batch in pq.ParquetFile(path).iter_batches(batch_size=CHUNK_ROWS):
                here = [p - offset for p in wanted if offset <= p < offset + batch.num_rows]
                if here:
                    df = to_frame(pa.Table.from_batches([batch]).take(pa.array(here, type=pa.int64())))
                    cols = [c for c in df.columns if not c.startswith("_")]
                    for i, pos in enumerate(here):
                        row = {c: _plain(v) for c, v in df.iloc[i][cols].items()}
                        doc = json.dumps(row, default=str, sort_keys=True)
                        for rule, reason in dict.fromkeys(t.reasons[offset + pos]):
                            out.append({"table_name": name, "rule": rule, "reason": reason, "row_json": doc})
                offset += batch.num_rows
    return out


@task(name="validate", cache_policy=NO_CACHE)
def validate_task(files: dict[str, list[Path]], threshold: float, run_started: datetime,
                  extractor_failures: Mapping[str, int] | None = None, inputs: Inputs | None = None) -> GateResult:
    return judge_extractors(validate_files(files, threshold, run_started, inputs=inputs), extractor_failures or {})


#: The tables an extractor fills, whose rows a document loses when its extractor fails on it.
EXTRACTED_TABLES = ("mentions", "timexes", "amounts")


def judge_extractors(gate: GateResult, failures: Mapping[str, int]) -> GateResult:
    """Judge extractor failures by the gate's threshold, as failing rows are: a document whose
    extractor failed lands without that extractor's rows (``quarantine`` says so), which is right
    for one odd document and wrong for a bug that fails most of them, where a run published 1 of
    8,355 mentions with the gate passed. ``failures``: documents whose extractor failed, by table.
    Each extracted table gets a table-level error result (in ``dq_results``), failing when more than
    the threshold of the run's documents lost it and more than one did: one odd document never
    blocks a run on its own, however small the run."""
    docs = gate.tables.get("documents")
    n_docs = docs.rows if docs is not None else 0
    for table in EXTRACTED_TABLES:
        t = gate.tables.get(table)
        if t is None:
            continue
        n = failures.get(table, 0)
        share = n / n_docs if n_docs else 0.0
        ok = n <= 1 or share <= gate.threshold
        label = f"extractor_succeeds(max_share_of_documents_failed={gate.threshold})"
        if not ok:
            t.table_failures.append(label)
        t.results.append({
            "table_name": table, "expectation": label, "severity": "error", "success": ok,
            "element_count": n_docs, "unexpected_count": n, "unexpected_percent": 100 * share if n_docs else None,
            "unexpected_sample": None,
        })
    return gate


# -- re-validating what is landed -------------------------------------------------------------


def landed_files(warehouse: Path, table: str, day: date) -> list[Path]:
    from tasks.land import partition_dir

    return sorted(partition_dir(warehouse, table, day).glob("*.parquet"))


def revalidate(warehouse: Path, day: date, threshold: float) -> GateResult:
    """Run every suite on the published partitions of ``day``, as stored (no cast to the contract);
    the checks a landed partition cannot be judged by are listed in ``not_judged``, not run."""
    from tasks.schema import FACT_TABLES

    return validate_files({t: landed_files(warehouse, t, day) for t in FACT_TABLES}, threshold, datetime.now().astimezone(),
                          skip=NOT_JUDGED_WHEN_LANDED)


def schema_drift(warehouse: Path, day: date) -> list[str]:
    """How the landed files of ``day`` differ from this version's contract, a line per table: a day
    landed by an older (or newer) newsetl fails the column checks, and the user needs to know that
    landing it again with this version is the fix, not the data."""
    from tasks.schema import FACT_TABLES, TABLES

    lines = []
    for table in FACT_TABLES:
        want = TABLES[table].schema
        missing: set[str] = set()
        extra: set[str] = set()
        retyped: set[str] = set()
        for f in landed_files(warehouse, table, day):
            have = pq.read_schema(f)
            missing |= set(want.names) - set(have.names)
            extra |= set(have.names) - set(want.names)
            retyped |= {n for n in want.names if n in have.names and not have.field(n).type.equals(want.field(n).type)}
        parts = [f"{what} {', '.join(sorted(cols))}" for what, cols in
                 (("lacks", missing), ("has columns this version does not know:", extra), ("has other types for", retyped)) if cols]
        if parts:
            lines.append(f"{table} dt={day}: {'; '.join(parts)}")
    return lines


def drift_advice(day: date) -> str:
    """What a user does about a day :func:`schema_drift` finds landed under another contract: land it again."""
    return (f"{day} was landed by a newsetl with another table contract: land it again with this one, "
            f"`newsetl backfill --start {day} --end {day} --input <its landing folder>` (or `newsetl run --input "
            f"<its files> --logical-date {day} --reprocess`)")


# -- results people read: Data Docs and the Prefect artifact ----------------------------------

_EXTERNAL = re.compile(
    r"<link\b[^>]*\bhref=\"(?:https?:)?//[^\"]*\"[^>]*>|<script\b[^>]*\bsrc=\"(?:https?:)?//[^\"]*\"[^>]*>\s*</script>"
    r"|<img\b[^>]*\bsrc=\"(?:https?:)?//[^\"]*\"[^>]*>",
    re.I,
)
_SITE_LINK = re.compile(r'href="(?:\.\./)+[^"]*"')
_LOCAL_ASSET = re.compile(r"<link\b[^>]*\bhref=\"(?:\.\./)+static/[^\"]*\"[^>]*>", re.I)
_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0 auto;
     max-width:1200px;padding:1rem 2rem;color:#212529;line-height:1.4}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}
th,td{border:1px solid #dee2e6;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}
th{background:#f1f3f5}
.fail,.text-danger{color:#b00020}.ok,.text-success{color:#1b7f3b}.warn,.text-warning{color:#a15c00}
.badge{display:inline-block;padding:0 .4em;border-radius:.25rem;background:#e9ecef;font-size:.85em}
.collapse:not(.show),.modal{display:block}
code,pre{background:#f8f9fa;padding:0 .2em;white-space:pre-wrap}
a{color:#0b5ed7}nav,.navbar,footer,.sticky{display:none}
.fas{font-style:normal;font-weight:bold}.fa-check-circle::before{content:"\\2714  pass"}
.fa-times::before,.fa-times-circle::before,.fa-exclamation-triangle::before{content:"\\2718  FAIL"}
.card{border:1px solid #dee2e6;border-radius:.25rem;margin:.5rem 0;padding:.5rem}
"""


def offline(page: str) -> str:
    """Drop the CDN stylesheets/scripts Data Docs pages load (unreachable offline), inline a stylesheet."""
    page = _LOCAL_ASSET.sub("", _EXTERNAL.sub("", page))
    # links into a GX site tree we do not build (suite pages, its index) lead to our own summary
    page = _SITE_LINK.sub('href="index.html"', page)
    style = f"<style>{_STYLE}</style>"
    return page.replace("</head>", f"{style}</head>", 1) if "</head>" in page else style + page


def render_page(result: Any) -> str:
    """The stock GX Data Docs validation page for one suite, made readable without network."""
    from great_expectations.render.renderer import ValidationResultsPageRenderer

    return offline(_page_view().render(ValidationResultsPageRenderer().render(result)))


@cache
def _page_view():  # noqa: ANN202 - GX object
    # each view builds its own Jinja environment, which compiles ~120 templates anew: about
    # 0.1 s per table on the run's critical path
    from great_expectations.render.view import DefaultJinjaPageView

    return DefaultJinjaPageView()


def _cell(v: object) -> str:
    return html.escape("" if v is None else str(v))


def report_html(gate: GateResult, title: str) -> str:
    """A self-contained summary page: every expectation, pass/fail, links to the GX pages."""
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>{_cell(title)}</title><style>{_STYLE}</style></head><body>",
             f"<h1>{_cell(title)}</h1>",
             f"<p>Gate: <b class='{'ok' if gate.passed else 'fail'}'>{'passed' if gate.passed else 'FAILED: ' + _cell(', '.join(gate.blocking))}</b>; "
             f"{gate.n_errors} error and {gate.n_warnings} warning expectations failed out of {gate.n_expectations}; "
             f"{gate.n_failed_rows} rows quarantined (threshold {gate.threshold:.1%} of a table).</p>",
             "<table><tr><th>table</th><th>rows</th><th>expectations</th><th>errors</th><th>warnings</th><th>quarantined</th><th>verdict</th></tr>"]
    for s in gate.summary_rows():
        link = f"<a href='{s['table']}.html'>{s['table']}</a>" if gate.tables[str(s["table"])].html else _cell(s["table"])
        parts.append(f"<tr><td>{link}</td>" + "".join(f"<td>{_cell(s[k])}</td>" for k in ("rows", "expectations", "errors", "warnings", "quarantined", "verdict")) + "</tr>")
    parts.append("</table><h2>Expectations</h2><table><tr><th>table</th><th>expectation</th><th>severity</th><th>result</th>"
                 "<th>checked</th><th>unexpected</th><th>%</th><th>sample</th></tr>")
    for r in gate.dq_rows():
        cls = "ok" if r["success"] else ("fail" if r["severity"] == "error" else "warn")
        pct = r["unexpected_percent"]
        parts.append(
            f"<tr><td>{_cell(r['table_name'])}</td><td><code>{_cell(r['expectation'])}</code></td><td>{_cell(r['severity'])}</td>"
            f"<td class='{cls}'>{'pass' if r['success'] else 'FAIL'}</td><td>{_cell(r['element_count'])}</td>"
            f"<td>{_cell(r['unexpected_count'])}</td><td>{'' if pct is None else f'{pct:.2f}'}</td><td><code>{_cell(r['unexpected_sample'])}</code></td></tr>")
    parts.append("</table>")
    if gate.not_judged:
        parts.append("<h2>Not judged</h2><table><tr><th>table</th><th>expectation</th><th>severity</th><th>why</th></tr>")
        parts += [f"<tr><td>{_cell(r['table_name'])}</td><td><code>{_cell(r['expectation'])}</code></td><td>{_cell(r['severity'])}</td>"
                  f"<td>{_cell(r['reason'])}</td></tr>" for r in gate.not_judged]
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_docs(warehouse: Path, day: date, name: str, gate: GateResult, status: str) -> Path:
    """Data Docs for one validation under ``warehouse/dq/dt=<day>/<name>/``; rebuilds ``dq/index.html``."""
    root = warehouse / DQ_DIR
    out = root / f"dt={day.isoformat()}" / name
    out.mkdir(parents=True, exist_ok=True)
    for table, t in gate.tables.items():
        if t.html:
            (out / f"{table}.html").write_text(t.html)
    (out / "index.html").write_text(report_html(gate, f"newsetl data quality {day.isoformat()} ({name}, {status})"))
    (out / "summary.json").write_text(json.dumps({
        "logical_date": day.isoformat(), "name": name, "status": status, "passed": gate.passed,
        "errors": gate.n_errors, "warnings": gate.n_warnings, "quarantined": gate.n_failed_rows,
        "not_judged": len(gate.not_judged),
        "written_at": datetime.now().astimezone().isoformat(timespec="seconds"),
    }))
    _write_index(root)
    return out / "index.html"


def _write_index(root: Path) -> None:
    runs = []
    for f in root.glob("dt=*/*/summary.json"):
        try:
            runs.append((json.loads(f.read_text()), f.parent.relative_to(root).as_posix()))
        except (OSError, ValueError):
            continue
    runs.sort(key=lambda x: str(x[0].get("written_at")), reverse=True)
    rows = "".join(
        f"<tr><td>{_cell(s.get('written_at'))}</td><td>{_cell(s.get('logical_date'))}</td><td><a href='{_cell(p)}/index.html'>{_cell(s.get('name'))}</a></td>"
        f"<td class='{'ok' if s.get('passed') else 'fail'}'>{_cell(s.get('status'))}</td><td>{_cell(s.get('errors'))}</td>"
        f"<td>{_cell(s.get('warnings'))}</td><td>{_cell(s.get('quarantined'))}</td></tr>"
        for s, p in runs
    )
    tmp = root / f".index.html.{os.getpid()}.tmp"  # `newsetl validate` writes it without the run's lock
    tmp.write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><title>newsetl data quality</title><style>{_STYLE}</style></head><body>"
        "<h1>newsetl data quality</h1><table><tr><th>validated at</th><th>logical date</th><th>validation</th><th>status</th>"
        f"<th>failed errors</th><th>failed warnings</th><th>quarantined rows</th></tr>{rows}</table></body></html>"
    )
    os.replace(tmp, root / "index.html")


def dq_markdown(gate: GateResult, day: date) -> str:
    """The pass/fail table as Markdown: a summary per table, then every expectation that did not pass."""
    verdict = "passed" if gate.passed else f"FAILED ({', '.join(gate.blocking)}): nothing published"
    lines = [f"# newsetl data quality {day.isoformat()}", "", f"**Gate {verdict}.** {gate.n_expectations} expectations, "
             f"{gate.n_errors} error and {gate.n_warnings} warning failed; {gate.n_failed_rows} rows quarantined.", "",
             "| table | rows | expectations | errors | warnings | quarantined | verdict |", "|---|---|---|---|---|---|---|"]
    lines += [f"| {s['table']} | {s['rows']} | {s['expectations']} | {s['errors']} | {s['warnings']} | {s['quarantined']} | {s['verdict']} |"
              for s in gate.summary_rows()]
    failed = [r for r in gate.dq_rows() if not r["success"]]
    if failed:
        lines += ["", "| table | expectation | severity | unexpected | % | sample |", "|---|---|---|---|---|---|"]
        lines += [f"| {r['table_name']} | `{_md(r['expectation'])}` | {r['severity']} | {r['unexpected_count']} | "
                  f"{'' if r['unexpected_percent'] is None else round(float(str(r['unexpected_percent'])), 2)} | {_md(r['unexpected_sample'])} |"
                  for r in failed]
    return "\n".join(lines)


def _md(v: object) -> str:
    return "" if v is None else str(v).replace("|", "\\|").replace("\n", " ")[:200]


def failures(gate: GateResult) -> Iterable[dict[str, object]]:
    return (r for r in gate.dq_rows() if not r["success"])


@task(name="dq_report", cache_policy=NO_CACHE)
def dq_report_task(warehouse: Path, day: date, name: str, gate: GateResult, status: str) -> Path:
    """Data Docs under ``warehouse/dq/`` and the pass/fail table as a Prefect artifact."""
    from prefect.artifacts import create_markdown_artifact

    path = write_docs(warehouse, day, name, gate, status)
    create_markdown_artifact(markdown=dq_markdown(gate, day), key="newsetl-data-quality", description="newsetl data-quality gate")
    return path
