"""Validate: run each table's Great Expectations suite on the staged partition.

Suites are JSON files in ``expectations/<table>.json``. Checks that span tables (an offset
slicing its document's text, a currency code being ISO 4217) are computed here as boolean
``_check`` columns, then expected true. Error-severity failures send their rows to
``quarantine``; over ``threshold`` of a table's rows, the run publishes nothing.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

import pandas as pd
import pyarrow as pa
from prefect import task

from tasks.settings import REPO_ROOT

EXPECTATIONS_DIR = REPO_ROOT / "expectations"
ROW = "_row"

_DATE = r"(PAST_REF|PRESENT_REF|FUTURE_REF|[0-9X]{2,4}(-([0-9X]{2}|W[0-9X]{2}|Q[1-4X]|H[12X]|SP|SU|FA|WI)(-([0-9X]{2}|[1-7X]|WE))?)?)"
_TIME = r"([0-9X]{4}(-[0-9X]{2}){0,2}T([0-9X]{2}(:[0-9X]{2}){0,2}|MO|AF|EV|NI|DT)|PRESENT_REF)"
_DURATION = r"(P(([0-9.]+|X+)(Y|M|W|D|DE|CE|Q|H|L|E))*(T(([0-9.]+|X+)[HMS])+)?)"
#: TIMEX3 value shapes by type (TimeML 1.2.1).
TIMEX_VALUE = {
    "DATE": re.compile(f"^{_DATE}$"),
    "TIME": re.compile(f"^{_TIME}$"),
    "DURATION": re.compile(f"^{_DURATION}$"),
    "SET": re.compile(f"^({_DATE}|{_TIME}|{_DURATION})$"),
}


@dataclass
class TableResult:
    table: str
    rows: int
    failed_rows: set[int] = field(default_factory=set)
    """Row positions failing an error-severity expectation."""
    reasons: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    results: list[dict[str, object]] = field(default_factory=list)

    @property
    def failed_share(self) -> float:
        return len(self.failed_rows) / self.rows if self.rows else 0.0


@dataclass
class GateResult:
    tables: dict[str, TableResult]
    threshold: float

    @property
    def blocking(self) -> list[str]:
        """Tables whose failing share is over the threshold, or a table-level error failed."""
        out = []
        for name, t in self.tables.items():
            table_level = any(
                r["severity"] == "error" and not r["success"] and r["unexpected_count"] is None
                for r in t.results
            )
            if table_level or t.failed_share > self.threshold:
                out.append(name)
        return out

    @property
    def passed(self) -> bool:
        return not self.blocking

    @property
    def n_errors(self) -> int:
        return sum(1 for t in self.tables.values() for r in t.results if r["severity"] == "error" and not r["success"])

    @property
    def n_warnings(self) -> int:
        return sum(1 for t in self.tables.values() for r in t.results if r["severity"] == "warning" and not r["success"])

    def failed_positions(self) -> dict[str, list[int]]:
        return {name: sorted(t.failed_rows) for name, t in self.tables.items()}

    @property
    def n_failed_rows(self) -> int:
        return sum(len(t.failed_rows) for t in self.tables.values())

    def dq_rows(self) -> list[dict[str, object]]:
        return [r for t in self.tables.values() for r in t.results]

    def quarantine_rows(self, frames: Mapping[str, pd.DataFrame]) -> list[dict[str, object]]:
        out = []
        for name, t in self.tables.items():
            df = frames[name]
            cols = [c for c in df.columns if not c.startswith("_")]
            for pos in sorted(t.failed_rows):
                row = df.iloc[pos][cols].to_dict()
                for rule, reason in t.reasons[pos]:
                    out.append({"table_name": name, "rule": rule, "reason": reason, "row_json": json.dumps(row, default=str, sort_keys=True)})
        return out


def load_suite(table: str, directory: Path = EXPECTATIONS_DIR) -> dict[str, object]:
    path = directory / f"{table}.json"
    return json.loads(path.read_text())


@cache
def _context():  # noqa: ANN202 - GX object
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return ctx


def _gx_suite(spec: Mapping[str, object]):  # noqa: ANN202 - GX object
    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    suite = gx.ExpectationSuite(name=str(spec["name"]))
    for e in spec["expectations"]:  # type: ignore[attr-defined]
        cfg = ExpectationConfiguration(type=e["type"], kwargs=e["kwargs"], meta=e.get("meta") or {}, severity=e.get("severity", "critical"))
        suite.add_expectation_configuration(cfg)
    return suite


def add_check_columns(table: str, df: pd.DataFrame, texts: Mapping[str, str], run_started: datetime) -> pd.DataFrame:
    """Derived boolean columns the suites expect to be true."""
    df = df.copy()
    if {"start_char", "end_char"} <= set(df.columns):
        has_text = "text" in df.columns
        ok = []
        for row in df.itertuples(index=False):
            doc = texts.get(row.doc_id)
            s, e = row.start_char, row.end_char
            good = doc is not None and 0 <= s < e <= len(doc)
            if good and has_text:
                good = doc[s:e] == row.text
            ok.append(bool(good))
        df["_span_ok"] = ok
    if table == "documents":
        latest = pd.Timestamp(run_started + timedelta(days=1))
        pub = df["published_at"]
        df["_published_ok"] = pub.isna() | ((pub >= pd.Timestamp("1900-01-01", tz="UTC")) & (pub <= latest))
    if table == "timexes":
        df["_value_ok"] = [bool(TIMEX_VALUE.get(t, re.compile("^$")).match(v or "")) for t, v in zip(df["type"], df["value"], strict=True)]
        df["_dates_ordered"] = df["date_start"].isna() | df["date_end"].isna() | (df["date_start"] <= df["date_end"])
    if table == "amounts":
        codes = _currencies()
        df["_currency_ok"] = df["currency"].isna() | df["currency"].isin(codes)
        lo, hi, v = df["value_low"], df["value_high"], df["value"]
        df["_range_ok"] = (lo.isna() | hi.isna() | (lo <= hi)) & (v.isna() | ((lo.isna() | (lo <= v)) & (hi.isna() | (v <= hi))))
    return df


@cache
def _currencies() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def validate_frame(table: str, df: pd.DataFrame, spec: Mapping[str, object]) -> TableResult:
    ctx = _context()
    df = df.reset_index(drop=True)
    df[ROW] = range(len(df))
    name = f"{table}_{id(df)}"
    asset = ctx.data_sources.add_or_update_pandas("newsetl").add_dataframe_asset(name)
    batch = asset.add_batch_definition_whole_dataframe("all").get_batch(batch_parameters={"dataframe": df})
    res = batch.validate(_gx_suite(spec), result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [ROW]})
    out = TableResult(table, len(df))
    for r in res.results:
        cfg = r.expectation_config
        severity = "warning" if str(cfg.severity).lower().endswith("warning") else "error"
        info = r.result or {}
        args = {k: v for k, v in cfg.kwargs.items() if k not in ("batch_id", "column_set", "value_set", "result_format")}
        label = f"{cfg.type}({', '.join(f'{k}={v}' for k, v in sorted(args.items()))})"
        failed = [i[ROW] for i in (info.get("unexpected_index_list") or []) if isinstance(i, dict) and ROW in i]
        if severity == "error" and not r.success:
            if r.exception_info and r.exception_info.get("raised_exception"):
                info = {}
            for pos in failed:
                out.failed_rows.add(int(pos))
                out.reasons.setdefault(int(pos), []).append((label, _reason(cfg.type, cfg.kwargs)))
        sample = info.get("partial_unexpected_list") or []
        out.results.append({
            "table_name": table, "expectation": label, "severity": severity, "success": bool(r.success),
            "element_count": info.get("element_count"), "unexpected_count": info.get("unexpected_count"),
            "unexpected_percent": info.get("unexpected_percent"),
            "unexpected_sample": json.dumps(sample[:5], default=str) if sample else None,
        })
    ctx.data_sources.delete("newsetl")
    return out


def _reason(type_: str, kwargs: Mapping[str, object]) -> str:
    col = kwargs.get("column") or kwargs.get("column_list")
    checks = {
        "_span_ok": "offsets do not slice the document text to the span's text",
        "_published_ok": "published_at is before 1900 or after the run",
        "_value_ok": "TIMEX3 value does not have the shape of its type",
        "_dates_ordered": "date_start is after date_end",
        "_currency_ok": "currency is not an ISO 4217 code",
        "_range_ok": "value is outside value_low..value_high",
    }
    if col in checks:
        return checks[str(col)]
    return f"{type_.removeprefix('expect_').replace('_', ' ')} failed for {col}"


def validate_tables(frames: Mapping[str, pd.DataFrame], threshold: float, directory: Path = EXPECTATIONS_DIR) -> GateResult:
    return GateResult({t: validate_frame(t, df, load_suite(t, directory)) for t, df in frames.items()}, threshold)


def frames_for(tables: Mapping[str, pa.Table], run_started: datetime) -> dict[str, pd.DataFrame]:
    """Arrow tables to pandas with the derived check columns."""
    docs = tables.get("documents")
    texts = dict(zip(docs.column("doc_id").to_pylist(), docs.column("text").to_pylist(), strict=True)) if docs is not None else {}
    return {
        name: add_check_columns(name, t.to_pandas(date_as_object=False), texts, run_started)
        for name, t in tables.items()
    }


@task(name="validate")
def validate_task(tables: dict[str, pa.Table], threshold: float, run_started: datetime) -> tuple[GateResult, dict[str, pd.DataFrame]]:
    frames = frames_for(tables, run_started)
    return validate_tables(frames, threshold), frames
