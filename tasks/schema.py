"""The warehouse contract: every landed table, its columns, their types and meaning.

Column names are public API for BI tools and SQL users: change them only on purpose,
and regenerate the data dictionary (``docs/data_dictionary.md``) with
``python -m tasks.schema > docs/data_dictionary.md``; a test keeps the two in sync.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    nullable: bool
    doc: str


@dataclass(frozen=True)
class Table:
    name: str
    doc: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]

    @property
    def schema(self) -> pa.Schema:
        return pa.schema(
            [pa.field(c.name, c.type, nullable=c.nullable, metadata={"doc": c.doc}) for c in self.columns],
            metadata={"table": self.name},
        )

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


S, I32, I64, F64, B = pa.string(), pa.int32(), pa.int64(), pa.float64(), pa.bool_()
DATE = pa.date32()
TS = pa.timestamp("us", tz="UTC")


def C(name: str, type_: pa.DataType, doc: str, nullable: bool = True) -> Column:
    return Column(name, type_, nullable, doc)


LINEAGE = (
    C("run_id", S, "Content id of the run that landed the row: sha256 of logical date, input fingerprint, code version and fingerprint (step code, gazetteer, suites) and settings. A re-run of the same input lands the same id; it lands nothing while the earlier days hold the same copies of its documents as when it landed (see IDs and landing order).", False),
    C("logical_date", DATE, "The data interval the row belongs to (Airflow-style); equals the partition `dt`.", False),
)

SPAN = (
    C("start_char", I32, "Start offset (Python string index, inclusive) into `documents.text`.", False),
    C("end_char", I32, "End offset (exclusive) into `documents.text`; `text = documents.text[start_char:end_char]`.", False),
    C("text", S, "The span's surface text, exactly the slice of `documents.text`.", False),
)

DOCUMENTS = Table(
    "documents",
    "One row per distinct article body. Duplicates of an article already landed are logged in `ingest_log`, not stored twice.",
    ("doc_id",),
    (
        C("doc_id", S, "sha256 (hex, 32 chars) of the cleaned body text: the same text always has the same id.", False),
        C("source_id", S, "The input's own id (JSONL `id`, file stem for `.txt`), if any."),
        C("source_uri", S, "Input file path relative to the input root, with `#L<n>` for a JSONL line and `#item<n>` for an element of a JSON array.", False),
        C("title", S, "Headline from metadata; without one, the `headline` line of a text (see `boilerplate`); NULL when neither."),
        C("published_at", TS, "Document creation time (UTC) from metadata, else from a dateline or page line (`dct_source` says which); NULL when unknown. Relative dates resolve against its day in the offset the metadata wrote (the writer's \"today\"), not its UTC day."),
        C("dct_source", S, "Where `published_at` came from: `metadata` (sidecar, JSON field or manifest), `html` (found in the page by trafilatura), `dateline` (only when the dateline writes a year: a year is never guessed; a day more than one after the run's logical date is not used, and the file's `ingest_log.error` says so), `page_date` (the day a `page_date` boilerplate line among the first six lines states, a `Published`/`Posted` line or a date alone before an `Updated` one; its clock and zone are not read, so the value is that day at midnight UTC; a day more than one after the run's logical date is not used, and the file's `ingest_log.error` says so) or `none`.", False),
        C("text", S, "Cleaned article body (NFC, normalized line endings, boilerplate removed). All span offsets index into it.", False),
        C("language", S, "ISO 639-1 language code of the body; `und` when undetermined.", False),
        C("n_words", I32, "Whitespace-separated words in `text`.", False),
        C("n_chars", I32, "Length of `text` in characters.", False),
        C("sha256", S, "sha256 of the exact original bytes of the input record.", False),
        C("cluster_id", S, "Near-duplicate cluster: the `doc_id` of the first-seen copy of the story (itself for a canonical document). MinHash LSH over word 3-shingles, estimated Jaccard >= 0.7, texts of 30+ words; clusters span the run (all its batches) and the canonical documents landed in the 7 days before its logical date (`NEWSETL_NEAR_DUP_WINDOW_DAYS`). A story is pointed at an earlier partition's copy, never the other way round."),
        C("duplicate_of", S, "`doc_id` of the canonical (first-seen) copy when this is a near-duplicate (e.g. a wire re-send with a few words changed); NULL otherwise."),
        *LINEAGE,
    ),
)

SENTENCES = Table(
    "sentences",
    "Sentence boundaries of each document, as offsets into `documents.text`.",
    ("doc_id", "sentence_index"),
    (
        C("doc_id", S, "Document.", False),
        C("sentence_index", I32, "0-based sentence number within the document.", False),
        C("start_char", I32, "Sentence start offset into `documents.text`.", False),
        C("end_char", I32, "Sentence end offset (exclusive) into `documents.text`.", False),
        *LINEAGE,
    ),
)

BOILERPLATE = Table(
    "boilerplate",
    "Lines removed from the article body (captions, bylines, share links, ...), kept so nothing is lost and each decision can be audited.",
    ("doc_id", "start_char"),
    (
        C("doc_id", S, "Document the line was removed from.", False),
        C("line_index", I32, "0-based line number in the original text (a dateline and a sign-off cut from one line share it).", False),
        C("line", S, "The removed line as it stood, or the piece cut from the front (`dateline`) or end (`signature`) of a body line.", False),
        C("kind", S, "Why it was removed: `caption`, `lone_word`, `share`, `read_more`, `advertisement`, `byline`, `dateline` (e.g. `WASHINGTON, Jan 15 (Reuters) -` cut off the first paragraph), `signature` (the agency's sign-off, e.g. Reuters' trailing `Reuter`), `headline` (a first line repeating the title, as HTML extraction keeps it; in a text given without a title, its first body line among the first six when it reads as a headline: 3 to 20 words, a capital or digit first, a letter or digit last, a paragraph of its own, as in `Andrew Lopez Confesses To Murder Of Zurana Horton In Brooklyn Shooting`; it is then the document's `title`), `url` (a line that is only a web address), `page_date` (a line that only states when the page was published or updated: `Updated: November 11, 2011 20:09 IST`, `Posted on <date> by <name>`, or, among the first six lines, a full date alone: `November 28, 2005`, `Monday 16 September 2013 03.31 BST`), `other`.", False),
        C("start_char", I32, "Offset of the removed text in the original (decoded, normalized) text: `line = original[start_char:start_char + len(line)]`.", False),
        *LINEAGE,
    ),
)

MENTIONS = Table(
    "mentions",
    "Named-entity mentions, each linked to a corpus-level entity.",
    ("doc_id", "mention_id"),
    (
        C("doc_id", S, "Document.", False),
        C("mention_id", I32, "0-based mention number within the document, in text order.", False),
        *SPAN,
        C("label", S, "spaCy/OntoNotes label: PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, LAW, PRODUCT, WORK_OF_ART.", False),
        C("entity_id", S, "Stable id of the canonical entity (see `entities`).", False),
        C("canonical_name", S, "Canonical name of the entity (English Wikipedia title when linked).", False),
        C("sentence_index", I32, "Sentence containing the mention."),
        C("role", S, "How the mention names its entity: `name`, `demonym`, `metonym`, `acronym`, `short_form`.", False),
        C("title", S, "Title or role split off the name (e.g. `Prime Minister`), if any."),
        C("affiliation", S, "Canonical name of the country or organization the title belongs to (`Iraqi Prime Minister` -> `Iraq`), if any."),
        *LINEAGE,
    ),
)

ENTITIES = Table(
    "entities",
    "Canonical entities. Parquet holds one row per entity per partition (counts for that partition); the DuckDB view `entities` rolls them up to one row per entity across the corpus: "
    "`mention_count` summed, `aliases` merged, `first_seen`/`last_seen` over all partitions, and `run_id` and `logical_date` are those of the latest partition "
    "naming the entity (`entities_by_partition` keeps each partition's row).",
    ("entity_id",),
    (
        C("entity_id", S, "Deterministic id: sha256 of the entity key (gazetteer QID, or label + normalized name), 16 hex chars.", False),
        C("canonical_name", S, "Canonical name (English Wikipedia title when linked).", False),
        C("label", S, "Entity label (PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, LAW, PRODUCT, WORK_OF_ART), the gazetteer's for a linked entity. A mention keeps the label spaCy gave it, which may differ: the demonym `Iraqi` is NORP for GPE Iraq, an all-caps `BRAZIL` may be ORG (406 of the 8,131 mentions of 982 Reuters-21578 stories, all of linked entities); the analysis views group by this one.", False),
        C("wikidata_qid", S, "Wikidata QID when the gazetteer knows it."),
        C("country_code", S, "ISO 3166-1 alpha-2 country of a place or the country an organization belongs to, when known."),
        C("latitude", F64, "Latitude of a geocoded place (a country: its capital's; see seeds/gazetteer/README.md)."),
        C("longitude", F64, "Longitude of a geocoded place (a country: its capital's)."),
        C("aliases", pa.list_(S), "Surface forms seen for the entity, sorted."),
        C("mention_count", I64, "Mentions of the entity in the partition (the view sums them).", False),
        C("first_seen", DATE, "Earliest `published_at` date (or logical date) of a document mentioning it."),
        C("last_seen", DATE, "Latest such date."),
        *LINEAGE,
    ),
)

TIMEXES = Table(
    "timexes",
    "Temporal expressions normalized as TIMEX3 against the document date.",
    ("doc_id", "timex_id"),
    (
        C("doc_id", S, "Document.", False),
        C("timex_id", I32, "0-based number within the document, in text order.", False),
        *SPAN,
        C("type", S, "TIMEX3 type: DATE, TIME, DURATION, SET.", False),
        C("value", S, "TIMEX3 value, e.g. 2020-01-15, 2020-W03, 2020-01-15T14:00 (a trailing Z when the text says UTC or GMT), P2W, XXXX-01-15, PRESENT_REF.", False),
        C("mod", S, "TIMEX3 mod: BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE, START, MID, END, APPROX; NULL when none."),
        C("date_start", DATE, "First calendar day the value covers (a fiscal quarter the text dates by its closing day: the first of the three months up to that day; a results table's \"Six mths\"/\"Nine mths\" DURATION dated by its closing day, in the text or in the headline (\"3RD QTR JAN 31 NET\"): the first of those months; its \"Year\" and a note's \"Current year\"/\"Current qtr\" likewise: the company's twelve or three months to that day); NULL when not a calendar span."),
        C("date_end", DATE, "Last calendar day the value covers (a fiscal quarter, or a results table's \"Six mths\"/\"Nine mths\"/\"Year\" DURATION or DATE, the text or the headline dates by its closing day: that day); NULL when not a calendar span."),
        C("granularity", S, "day, week, month, quarter, season, half, year, decade, century, time, duration, set or ref."),
        C("anchor", S, "What the value was resolved against: `dct` (the document date), `text` (explicit), `none`.", False),
        C("year_inferred", B, "True when the year was not written and was taken from the document date.", False),
        C("sentence_index", I32, "Sentence containing the expression."),
        *LINEAGE,
    ),
)

AMOUNTS = Table(
    "amounts",
    "Money, counts, percents and physical quantities with their meaning.",
    ("doc_id", "amount_id"),
    (
        C("doc_id", S, "Document.", False),
        C("amount_id", I32, "0-based number within the document, in text order.", False),
        *SPAN,
        C("kind", S, "money, count, percent or quantity.", False),
        C("value", F64, "The number: 250000000 for `$ 250 million`; percents in percentage points (3.5 for `3.5 pct`). NULL for vague amounts and ranges (see `value_low`/`value_high`) and for sizes such as `320x240` (their bounds too)."),
        C("value_low", F64, "Lower bound of a range or vague amount (`hundreds` -> 100). A range whose ends a word joins (`between $14 and $16`, `175 million to 180 million dollars`) is one row per end, and both rows carry the range's bounds; count ranges by distinct (doc_id, value_low, value_high, currency, unit)."),
        C("value_high", F64, "Upper bound (`hundreds` -> 999)."),
        C("currency", S, "ISO 4217 code for money."),
        C("unit", S, "Normalized unit for quantities (tonne, barrel, bag, kilogram, index point for a stock index's level or move, point for another move quoted in points (a bond price, a lead in a poll), deadweight tonne for a ship's capacity, magnitude for an earthquake, times for a multiple such as 'three times the size' or 'five times earnings', percentage point for a percent's move such as 'down half a point to 7.5 pct', ...)."),
        C("object", S, "Lemma of the counted noun (troop, official, bag)."),
        C("approximate", S, "Approximation and its direction: `approx`, `more_than`, `less_than`, `at_least`, `at_most`; NULL when exact."),
        C("vague", B, "True when no explicit number is given (`billions of dollars`).", False),
        C("sentence_index", I32, "Sentence containing the amount."),
        *LINEAGE,
    ),
)

INGEST_LOG = Table(
    "ingest_log",
    "One row per input file read by a run: what became of it, and why.",
    ("path",),
    (
        C("path", S, "Input file path relative to the input root.", False),
        C("sha256", S, "sha256 of the file's bytes; NULL when unreadable."),
        C("size_bytes", I64, "File size in bytes."),
        C("format", S, "Detected format: txt, jsonl, json, html (gzipped or not), csv-manifest; NULL when not read."),
        C("status", S, "`loaded` (no record rejected; records repeating one already landed, in this file or earlier, count in `n_duplicate`), `partial` (some rejected), `duplicate` (every record already landed), `rejected` (nothing usable), `skipped` (deliberately not read, e.g. not listed in the folder's manifest.csv).", False),
        C("n_records", I32, "Records found in the file.", False),
        C("n_loaded", I32, "Records landed as new documents.", False),
        C("n_duplicate", I32, "Records whose document was already landed (this run or earlier).", False),
        C("n_rejected", I32, "Records rejected; details in `rejects`.", False),
        C("error", S, "First error, in words a person understands, naming the file and the line when it applies; else `warning: ...` (e.g. unknown sidecar fields) or why the file was skipped."),
        C("error_line", I32, "1-based line of the first error, when it applies."),
        *LINEAGE,
    ),
)

REJECTS = Table(
    "rejects",
    "Every rejected input record, with its raw content, so nothing is lost.",
    ("path", "line"),
    (
        C("path", S, "Input file path relative to the input root.", False),
        C("line", I32, "1-based line of the record in the file; NULL for whole-file rejections."),
        C("reason", S, "Why it was rejected, naming file and line.", False),
        C("raw", S, "The rejected content (decoded with replacement characters, at most 64 KiB)."),
        *LINEAGE,
    ),
)

QUARANTINE = Table(
    "quarantine",
    "Rows that failed an error-severity data-quality expectation; held back from the published tables.",
    ("table_name", "rule", "row_json"),
    (
        C("table_name", S, "Table the row was bound for.", False),
        C("rule", S, "Expectation that failed.", False),
        C("reason", S, "What was wrong, in words.", False),
        C("row_json", S, "The row as JSON.", False),
        *LINEAGE,
    ),
)

DQ_RESULTS = Table(
    "dq_results",
    "Outcome of every Great Expectations expectation run on the partition.",
    ("table_name", "expectation"),
    (
        C("table_name", S, "Validated table.", False),
        C("expectation", S, "Expectation type and its column/arguments.", False),
        C("severity", S, "`error` (blocks rows) or `warning` (recorded only).", False),
        C("success", B, "Whether the expectation held.", False),
        C("element_count", I64, "Rows checked."),
        C("unexpected_count", I64, "Rows that failed."),
        C("unexpected_percent", F64, "Share of rows that failed, in percent."),
        C("unexpected_sample", S, "A few failing values, as JSON."),
        *LINEAGE,
    ),
)

RUNS = Table(
    "runs",
    "Execution log: one row per run of the flow. Unlike the other tables it is appended to, so re-runs show up here.",
    ("flow_run_id",),
    (
        C("flow_run_id", S, "Prefect flow run id (or a random id outside Prefect).", False),
        C("input", S, "Input path as given.", False),
        C("started_at", TS, "Wall-clock start (UTC).", False),
        C("finished_at", TS, "Wall-clock end (UTC)."),
        C("status", S, "`published`, `noop` (nothing new), `failed_dq`, `failed`; `running` while it runs, and `crashed` when its process died (killed, out of memory) before recording how it ended: the next run on the warehouse marks it, and finishes its publish if the swap had begun.", False),
        C("n_files", I32, "Input files seen.", False),
        C("n_records", I32, "Records read.", False),
        C("n_loaded", I32, "New documents landed.", False),
        C("n_duplicate", I32, "Records already landed.", False),
        C("n_rejected", I32, "Records rejected at ingest.", False),
        C("n_quarantined", I32, "Rows quarantined by the data-quality gate.", False),
        C("n_mentions", I32, "Mentions landed.", False),
        C("n_timexes", I32, "Timexes landed.", False),
        C("n_amounts", I32, "Amounts landed.", False),
        C("dq_success", B, "True when no error-severity expectation failed."),
        C("duration_s", F64, "Wall time in seconds."),
        C("stage_seconds", S, "Seconds per stage, as JSON."),
        C("versions", S, "Versions of newsetl, spaCy model, prefect, duckdb, GX, as JSON; `code` fingerprints the step code, gazetteer and suites.", False),
        *LINEAGE,
    ),
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        DOCUMENTS, SENTENCES, BOILERPLATE, MENTIONS, ENTITIES, TIMEXES, AMOUNTS,
        INGEST_LOG, REJECTS, QUARANTINE, DQ_RESULTS, RUNS,
    )
}

#: Tables produced from documents, validated by the data-quality gate before publishing.
FACT_TABLES = ("documents", "sentences", "boilerplate", "mentions", "entities", "timexes", "amounts")
#: Tables that record what happened; written for every run, never quarantined.
LOG_TABLES = ("ingest_log", "rejects", "quarantine", "dq_results")


def _type_name(t: pa.DataType) -> str:
    """The type as readers show it: pyarrow names a list's item ``item``, Parquet readers ``element``."""
    return f"list<{t.value_type}>" if pa.types.is_list(t) else str(t)


#: Views of the catalog beyond one per table; the analysis views are defined in ``tasks/land.py``.
VIEWS = {
    "entities_by_partition": "`entities` as landed, one row per entity and partition `dt` (the `entities` view "
    "rolls these up: counts added, aliases merged, first and last seen over all partitions).",
    "entity_daily_mentions": "One row per entity and day (`day` = the document's UTC date, in any reader's TimeZone, else the logical date): "
    "`mentions`, `documents` (a story two partitions hold, landed out of order until the later day is backfilled "
    "again, counts once).",
    "entity_cooccurrence": "One row per unordered pair of entities named in the same documents (`entity_a < "
    "entity_b`): `documents`.",
    "entity_cooccurrence_daily": "One row per ordered pair and day, both directions, so `name_a = 'Iraq'` finds "
    "every partner: `documents`.",
    "document_facts": "One row per `documents` row: `mentions`, `timexes`, `amounts` of that partition counted.",
    "sentence_facts": "Who, when and how much in one sentence: one row per sentence, entity, amount and timex of a "
    "sentence that names at least one entity and holds at least one amount or timex (the timex columns NULL when it "
    "has amounts only, the amount columns NULL when it has timexes only). Flat columns, not lists, because BI tools "
    "connected to the catalog filter and group plain columns and most cannot unnest a LIST; so an amount repeats once "
    "per entity and per timex of its sentence. `amount_timex` is true on the rows whose timex is the amount's own date: "
    "the nearest DATE or TIME timex of the sentence with no clause break between the two (a comma or semicolon followed by "
    "a space, a dash, or one of the words and, from, vs, versus, against, compared with/to, after, following, while, but), "
    "the one before on a tie, else the sentence's first DATE or TIME timex (\"exports were 1.2 billion dlrs in January "
    "and 1.5 billion in February\" dates each sum by its own month); false on the amount's other rows, NULL on a row "
    "without an amount or a timex, and false on every row of an amount whose sentence has only DURATION or SET timexes. "
    "`entity_amount_first` is true on one row per entity and amount (the `amount_timex` row, else the sentence's first "
    "timex; NULL on a row without an amount), so `sum(value)` over the rows where it is true totals each entity's amounts, "
    "grouped by the amount's own date if wanted, in any BI tool, filtered or grouped by entity; across entities one amount counts once per entity of its sentence, "
    "so a total over all of them takes each `doc_id, amount_id` once (or reads `amounts`). `start_char`/`end_char` "
    "are the sentence's, `sentence_text` its text; `kind`, `value`, `value_low`, `value_high`, `currency`, `unit` as in "
    "`amounts`; `timex_type`, `timex_value`, `date_start`, `date_end` as `type`, `value`, `date_start`, `date_end` in "
    "`timexes`; `day` as in `entity_daily_mentions`.",
}


def data_dictionary() -> str:
    """The data dictionary as Markdown, generated from the schemas above."""
    out = [
        "# Data dictionary",
        "",
        "Generated from `tasks/schema.py` (`python -m tasks.schema > docs/data_dictionary.md`).",
        "Every table is Parquet under `warehouse/parquet/<table>/dt=YYYY-MM-DD/` (zstd) and a view",
        "of the same name in `warehouse/news.duckdb`. Column names are public API.",
        "The partition key `dt` is in the folder names, not in the files: the catalog's views and DuckDB's",
        "`read_parquet(..., hive_partitioning=true)` read it as a DATE, but `pyarrow.dataset` (`partitioning=\"hive\"`)",
        "and `pandas.read_parquet` of a table folder as a string (pandas: a category of strings) unless given",
        "`partitioning=ds.partitioning(pa.schema([(\"dt\", pa.date32())]), flavor=\"hive\")`; every row's",
        "`logical_date` holds the same day as a date32. Timestamps are UTC (`timestamp[us, tz=UTC]`); DuckDB",
        "shows them in its session `TimeZone`, so take a UTC day with `cast(timezone('UTC', published_at) as date)`.",
        "polars (`pl.scan_parquet(folder, hive_partitioning=True)`) reads `dt` as a Date. pandas without",
        "`dtype_backend=\"pyarrow\"` turns an integer column holding a NULL into float64 (`ingest_log.error_line`,",
        "`dq_results.element_count`) and a date into Python objects. The calls that give every table's columns the",
        "types below, whatever each day holds (review 34, on a warehouse of three days):",
        "",
        "```python",
        "import duckdb, pandas as pd, pyarrow as pa, pyarrow.dataset as ds",
        "folder = \"warehouse/parquet/documents\"  # one table's folder, holding its dt=YYYY-MM-DD/ folders",
        "dt = ds.partitioning(pa.schema([(\"dt\", pa.date32())]), flavor=\"hive\")",
        "table = ds.dataset(folder, format=\"parquet\", partitioning=dt).to_table()  # pyarrow: dt a date32",
        "frame = pd.read_parquet(folder, partitioning=dt, dtype_backend=\"pyarrow\")  # pandas: Arrow types, dt a date32",
        "rel = duckdb.sql(f\"select * from read_parquet('{folder}/*/*.parquet', hive_partitioning=true)\")  # dt a DATE",
        "```",
        "",
        "`news.duckdb`'s views name the warehouse's absolute path, so it opens from any working directory, but a",
        "warehouse moved or copied elsewhere (`mv`, `cp -r`, `aws s3 sync`) has a catalog that still reads the old",
        "place, silently while that is there (review 28), until the next run or `newsetl query \"select 1\" --warehouse",
        "<new place>` rewrites it; the Parquet folders themselves can be read wherever they are.",
        "",
        "Every partition of a table is written with the table's schema below (same columns in the same order, same",
        "types and nullability), a one-document day's, an empty day's (no rows) and one whose column is all NULL",
        "alike, so `union_by_name` changes nothing. A list column (`entities.aliases`) comes back from Parquet as",
        "`list<element: string>`, which Arrow compares equal to the `list<string>` below. `warehouse/parquet/` holds",
        "only the table folders below, and a table folder only `dt=` folders of `.parquet` files: runs write under",
        "`_staging/` (internal state lives in `warehouse/_state/`) and rename into place, so a reader listing",
        "a folder never meets a temp or half-written file. A date being re-landed is swapped by two renames (old",
        "folder out, new folder in), so a listing made in that instant would miss that one date; 6,749 rounds of reads of",
        "three tables during a 150-document publish (review 20) saw every row every time.",
        "",
        "IDs and landing order. `doc_id` (a hash of the cleaned body) and `entity_id` (a hash of the entity's key)",
        "depend on the text alone, and `mention_id`, `timex_id`, `amount_id` and `sentence_index` number a document's",
        "rows in text order: the same text landed by the same code gets the same IDs in every warehouse, whatever was",
        "landed before or after. Landing a day rewrites only that day's partitions, so rows published with other days",
        "never change. What landing order decides is which day holds a story more than one day carries: a day's",
        "duplicates are decided against the days before it (exact copies against every earlier day, near copies",
        "against the canonical documents of the `NEWSETL_NEAR_DUP_WINDOW_DAYS` before it). So a day landed before an",
        "earlier one keeps its own copy of a story the earlier day also has (one `doc_id` in two partitions, its",
        "mentions counted twice in `entities` and `document_facts`), and when an earlier day is landed again without a",
        "story, a later day that skipped it as that day's copy no longer has it anywhere. So the run that lands or",
        "changes an earlier day then lands again, in date order, each later day that change reaches: one whose own",
        "documents the earlier days now hold differently (a doc_id they gained or lost, or a canonical story in its",
        "near-duplicate window that shares an LSH band with one of its own; the day's doc_ids and band keys are kept",
        "in the internal `_state/dedup/dt=<day>/` folder beside `parquet/<table>/`, swapped in with its tables; review",
        "24 kept them in `parquet/_dedup/dt=<day>/`, where a BI tool listing the tables took them for one, and the next run on such",
        "a warehouse moves them). A day the change does not reach would come out the same and is left as it is. At",
        "most `reland_later_days` days are landed again (`NEWSETL_RELAND_LATER_DAYS`, default 31); the run",
        "names the rest in a warning with the `newsetl backfill` that lands them; `newsetl backfill` lands its range",
        "the same way, skips the days still current, and names once, at its end, the days after its range it left",
        "stale and the landing folder's days never landed. After either, every table and view holds, row for row, what",
        "landing the days in date order gives: `run_id` and `logical_date` included, `runs` (a log of every run) excepted.",
        "",
    ]
    for t in TABLES.values():
        out += [f"## `{t.name}`", "", t.doc, "", f"Key: `{', '.join(t.key)}` (within a partition)", ""]
        out += ["| column | type | null | meaning |", "|---|---|---|---|"]
        for c in t.columns:
            out.append(f"| `{c.name}` | {_type_name(c.type)} | {'yes' if c.nullable else 'no'} | {c.doc} |")
        out.append("")
    out += ["## Views", "", "Besides the view of each table, `warehouse/news.duckdb` holds:", ""]
    out += ["| view | meaning |", "|---|---|"] + [f"| `{name}` | {doc} |" for name, doc in VIEWS.items()] + [""]
    return "\n".join(out)


if __name__ == "__main__":
    print(data_dictionary(), end="")
