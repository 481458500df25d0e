"""``make bench``: the pipeline at corpus scale, side by side with its limit (bare ``nlp.pipe``).

Steps (each result is written to ``bench/results/bench.json`` as soon as it is measured):

1. convert ``../shared/data/reuters21578`` to JSONL shards of :data:`SHARD` documents;
2. cold start: ``newsetl run`` on a one-document input (imports, Prefect API, model load);
3. the full pipeline through the CLI on 1k, 5k and all documents (every available core), each
   into a fresh warehouse, peak RSS of the whole process tree sampled every 0.2 s;
4. 1 core vs 2 cores on 5k documents (``--cores-docs``) (``taskset`` to one core, ``--processes 1``);
5. bare ``nlp.pipe`` over the same cleaned texts with the same components, batch size and
   processes: one pass over all texts timed at 1k and 5k documents too;
6. on the full warehouse: a re-run with nothing new, then a new logical date whose input is every
   old document (duplicates) plus 1 % new ones, then five typical DuckDB queries.

Every pass also records its process tree's CPU seconds and the machine's steal share, so the flow
and the bare pass, run minutes apart on a shared machine, can be compared by words per CPU-second.

    python bench/run.py [--sizes 1000,5000,all] [--skip cold,cores,bare,incremental]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import reuters  # noqa: E402

WORK = ROOT / "bench" / "work"
RESULTS = ROOT / "bench" / "results"
SRC = ROOT.parent / "shared" / "data" / "reuters21578"
SHARD = 200
"""Documents per JSONL shard; the bench runs with ``--batch-size`` equal to it, so each shard is one batch
(JSONL is streamed by lines, so one big file would batch the same way)."""
NLP_BATCH = 64
DAY = date(1987, 10, 19)
NEXT_DAY = date(1987, 10, 20)
ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}


# -- measuring a process tree ----------------------------------------------------------------


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def machine_ticks() -> list[int]:
    """The machine's CPU time by state since boot (``/proc/stat``'s ``cpu`` line: user, nice, system,
    idle, iowait, irq, softirq, steal); empty where there is no such file."""
    try:
        with open("/proc/stat") as fh:
            return [int(x) for x in fh.readline().split()[1:9]]
    except (OSError, ValueError):
        return []


def steal_share(before: list[int], after: list[int]) -> float | None:
    """Share of the machine's CPU time the hypervisor gave to other guests between two readings: a
    wall time measured while it is high says more about the host than about the program."""
    if len(before) < 8 or len(after) < 8:
        return None
    d = [b - a for a, b in zip(before, after, strict=True)]
    return round(d[7] / sum(d), 4) if sum(d) else None


def measure(cmd: Sequence[str], cpus: str | None = None, log: Path | None = None) -> dict[str, object]:
    """Run ``cmd``; wall seconds, peak RSS of it and all its descendants, exit code, the CPU seconds
    its process tree used (user + system of every waited-for descendant) and the machine's steal share.
    CPU seconds do not count time spent waiting for a core, so they compare two programs even when
    the machine's load differs between their runs, which wall time does not."""
    if cpus:
        cmd = ["taskset", "-c", cpus, *cmd]
    log = log or WORK / "last.log"
    peak = 0
    ticks = machine_ticks()
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    launched = datetime.now(UTC)
    with log.open("w") as fh:
        p = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, env=ENV, cwd=ROOT)
        ps = psutil.Process(p.pid)
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not stop.is_set():
                try:
                    peak = max(peak, tree_rss(ps))
                except psutil.NoSuchProcess:
                    return
                stop.wait(0.2)

        th = threading.Thread(target=sample, daemon=True)
        th.start()
        rc = p.wait()
        stop.set()
        th.join()
    wall = time.perf_counter() - t0
    ru2 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (ru2.ru_utime - ru.ru_utime) + (ru2.ru_stime - ru.ru_stime)
    out = {"cmd": " ".join(cmd), "wall_s": round(wall, 2), "peak_rss_mib": round(peak / 2**20, 1), "rc": rc,
           "launched": launched.isoformat(), "load_avg_1m_after": round(os.getloadavg()[0], 2),
           "cpu_s": round(cpu, 2), "steal_share": steal_share(ticks, machine_ticks())}
    if rc != 0:
        out["log_tail"] = log.read_text(errors="replace")[-3000:]
    return out


# -- inputs ----------------------------------------------------------------------------------


def convert() -> Path:
    out = WORK / "reuters.jsonl"
    t0 = time.perf_counter()
    n = reuters.convert(SRC, out)
    RESULT["corpus"] = {"documents": n, "convert_s": round(time.perf_counter() - t0, 2), "source": str(SRC)}
    return out


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def write_shards(docs: Sequence[str], folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for i in range(0, len(docs), SHARD):
        (folder / f"reuters-{i // SHARD:04d}.jsonl").write_text("\n".join(docs[i : i + SHARD]) + "\n", encoding="utf-8")
    return folder


def cleaned_texts(docs: Sequence[str], out: Path) -> Path:
    """The texts the pipeline parses: cleaned, duplicates dropped (first one kept)."""
    from tasks.clean import doc_id, normalize, split_boilerplate

    seen: set[str] = set()
    with out.open("w", encoding="utf-8") as fh:
        for line in docs:
            text = split_boilerplate(normalize(json.loads(line)["text"]))[0]
            key = doc_id(text)
            if text and key not in seen:
                seen.add(key)
                fh.write(json.dumps(text) + "\n")
    return out


# -- pipeline runs ---------------------------------------------------------------------------


def newsetl(input: Path, wh: Path, day: date, *extra: str, cpus: str | None = None, log: str = "run") -> dict[str, object]:
    cmd = [sys.executable, "-m", "flows.cli", "run", "--input", str(input), "--warehouse", str(wh),
           "--logical-date", day.isoformat(), "--batch-size", str(SHARD), *extra]
    m = measure(cmd, cpus, WORK / f"{log}.log")
    m.update(run_row(wh, day))
    return m


def run_row(wh: Path, day: date) -> dict[str, object]:
    import duckdb

    con = duckdb.connect()
    glob = (wh / "parquet" / "runs" / f"dt={day.isoformat()}" / "*.parquet").as_posix()
    row = con.execute(
        f"select status, started_at, duration_s, stage_seconds, n_loaded, n_duplicate, n_mentions, n_timexes, n_amounts "
        f"from read_parquet('{glob}') order by finished_at desc limit 1").fetchone()
    words = 0
    docs = wh / "parquet" / "documents" / f"dt={day.isoformat()}"
    if any(docs.glob("*.parquet")):
        words = con.execute(
            f"select coalesce(sum(n_words), 0) from read_parquet('{docs.as_posix()}/*.parquet') "
            "where language in ('en', 'und')").fetchone()[0]
    con.close()
    if row is None:
        return {}
    status, started, duration, stages, loaded, dup, men, tmx, amt = row
    return {"status": status, "flow_started_at": started.isoformat(), "flow_s": duration,
            "stage_seconds": json.loads(stages), "documents": loaded, "duplicates": dup, "words": int(words),
            "mentions": men, "timexes": tmx, "amounts": amt}


def rates(m: dict[str, object]) -> None:
    words = int(m.get("words") or 0)
    m["words_per_s_wall"] = round(words / float(m["wall_s"]), 1) if words else None
    m["words_per_s_flow"] = round(words / float(m["flow_s"]), 1) if words and m.get("flow_s") else None


# -- bare nlp.pipe ---------------------------------------------------------------------------


def bare(texts: Path, processes: int, checkpoints: Sequence[int], cpus: str | None = None) -> dict[str, object]:
    cmd = [sys.executable, str(ROOT / "bench" / "bare.py"), str(texts), "--processes", str(processes),
           "--batch-size", str(NLP_BATCH), "--checkpoints", ",".join(map(str, checkpoints))]
    log = WORK / f"bare-{processes}.log"
    m = measure(cmd, cpus, log)
    if m["rc"] == 0:
        m.update(json.loads(log.read_text().strip().splitlines()[-1]))
    return m


# -- queries ---------------------------------------------------------------------------------

QUERIES = {
    "top entities per month": """
        with m as (
            select date_trunc('month', day) as month, entity_id, canonical_name, label, sum(mentions) as mentions
            from entity_daily_mentions group by month, entity_id, canonical_name, label)
        select month, canonical_name, label, mentions from (
            select *, row_number() over (partition by month order by mentions desc, canonical_name) as rank from m)
        where rank <= 10 order by month, rank""",
    "co-occurrence with one entity": """
        select case when entity_a = $id then name_b else name_a end as other, documents
        from entity_cooccurrence where entity_a = $id or entity_b = $id
        order by documents desc, other limit 20""",
    "timeline of one entity": """
        select day, mentions, documents from entity_daily_mentions where entity_id = $id order by day""",
    "amounts by currency": """
        select currency, count(*) as amounts, sum(value) as total, median(value) as median
        from amounts where kind = 'money' and currency is not null group by currency order by amounts desc""",
    "documents per day": """
        select cast(published_at as date) as day, count(*) as documents from documents group by day order by day""",
    # the README's "how much, with whom, for which date": sentence_facts pairs every amount with every timex of
    # its sentence and reads the text between them, the heaviest view a BI user filters
    "one entity's sums by month": """
        select date_trunc('month', date_start) as month, currency, sum(value) as total, count(*) as amounts
        from sentence_facts
        where entity_id = $id and entity_amount_first and amount_timex and kind = 'money' and value is not null
        group by all order by month, currency""",
}


def query_latency(wh: Path, repeats: int = 5) -> dict[str, object]:
    import duckdb

    con = duckdb.connect(str(wh / "news.duckdb"), read_only=True)
    (top_id, top_name) = con.execute(
        "select entity_id, canonical_name from mentions group by all order by count(*) desc limit 1").fetchone()
    out: dict[str, object] = {"entity": top_name}
    # The Python client imports pandas on its first parameterised statement (0.4-0.5 s, measured in
    # perf round 21): that is the client's start-up, not the warehouse, and the DuckDB CLI or a BI
    # driver never pays it, so it is paid here before any query is timed.
    con.execute("select $id", {"id": top_id}).fetchall()
    for name, sql in QUERIES.items():
        times, rows = [], 0
        for _ in range(repeats):
            t0 = time.perf_counter()
            rows = len(con.execute(sql, {"id": top_id} if "$id" in sql else None).fetchall())
            times.append(time.perf_counter() - t0)
        out[name] = {"first_s": round(times[0], 4), "median_s": round(statistics.median(times), 4),
                     "max_s": round(max(times), 4), "rows": rows}
    con.close()
    return out


# -- results ---------------------------------------------------------------------------------

RESULT: dict[str, object] = {}


def machine() -> dict[str, object]:
    mem = psutil.virtual_memory().total
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor())
    return {"cores": os.cpu_count(), "cpu": cpu, "ram_gib": round(mem / 2**30, 1), "python": platform.python_version(),
            "os": platform.platform(), "load_avg_at_start": [round(x, 2) for x in os.getloadavg()]}


def save() -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "bench.json").write_text(json.dumps(RESULT, indent=2, default=str) + "\n")
    (RESULTS / "bench.md").write_text(markdown(RESULT))


def _f(x: object, nd: int = 1) -> str:
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:,.{nd}f}"
    if isinstance(x, int):
        return f"{x:,}"
    return str(x)


def markdown(r: dict[str, object]) -> str:  # noqa: C901 - one table after another
    m = r.get("machine", {})
    out = ["# newsetl benchmark", "",
           f"Machine: {m.get('cores')} cores ({m.get('cpu')}), {m.get('ram_gib')} GiB RAM, Python {m.get('python')}; "
           f"load average at start {m.get('load_avg_at_start')} (the machine was shared with other jobs).",
           f"Run {r.get('started')} – {r.get('finished', 'unfinished')}; corpus: Reuters-21578, "
           f"{_f(r.get('corpus', {}).get('documents'))} articles with a body; `newsetl run --batch-size 200` on "
           f"{SHARD}-document JSONL shards (one shard per batch); spaCy `nlp.pipe` batch size {NLP_BATCH}.", ""]
    runs = r.get("runs", {})
    if runs:
        out += ["## End to end vs bare `nlp.pipe` (all cores)", "",
                "| documents | words | wall s | flow s | words/s (wall) | words/s (flow) | bare nlp.pipe words/s | ratio (wall) | ratio (flow) | peak RSS MiB |",
                "|---|---|---|---|---|---|---|---|---|---|"]
        runs = dict(sorted(runs.items(), key=lambda kv: kv[1].get("documents") or 0))
        for size, e in runs.items():
            lim, note = limit_for(r, size)
            ratio_w = e["words_per_s_wall"] / lim if lim and e.get("words_per_s_wall") else None
            ratio_f = e["words_per_s_flow"] / lim if lim and e.get("words_per_s_flow") else None
            out.append(f"| {_f(e.get('documents'))} | {_f(e.get('words'))} | {_f(e['wall_s'])} | {_f(e.get('flow_s'))} | "
                       f"{_f(e.get('words_per_s_wall'), 0)} | {_f(e.get('words_per_s_flow'), 0)} | {_f(lim, 0)}{note} | "
                       f"{_f(ratio_w, 2)} | {_f(ratio_f, 2)} | {_f(e['peak_rss_mib'], 0)} |")
        out += ["", "Seconds per stage (`runs.stage_seconds`; nlp/entities/timexes/amounts are process-seconds "
                "summed over NLP workers, inside `extract`, which overlaps ingest/clean/stage):", ""]
        keys = ["ingest", "clean", "extract", "nlp", "entities", "timexes", "amounts", "stage", "validate", "land", "first_batch"]
        out += ["| documents | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
        for e in runs.values():
            st = e.get("stage_seconds", {})
            out.append(f"| {_f(e.get('documents'))} | " + " | ".join(_f(st.get(k)) for k in keys) + " |")
        out.append("")
        out += cpu_table(r, runs)
    cores = r.get("cores")
    if cores:
        out += [f"## 1 core vs 2 cores ({_f(cores.get('documents', 1000))} documents)", "", "| | 1 core | 2 cores | speed-up |", "|---|---|---|---|"]
        for label, k in (("end to end words/s (wall)", "words_per_s_wall"), ("end to end words/s (flow)", "words_per_s_flow"),
                         ("bare nlp.pipe words/s", "bare_words_per_s")):
            a, b = cores["1"].get(k), cores["2"].get(k)
            out.append(f"| {label} | {_f(a, 0)} | {_f(b, 0)} | {_f(b / a if a and b else None, 2)} |")
        out.append("")
    inc = r.get("incremental")
    if inc:
        full = runs.get("all", {})
        out += ["## Re-runs on the full warehouse", "", "| run | wall s | flow s | share of the full run (wall) | documents | duplicates |",
                "|---|---|---|---|---|---|"]
        for k, label in (("noop", "re-run, nothing new"), ("plus_1pct", "new date: all old documents + 1 % new")):
            e = inc.get(k)
            if e:
                share = e["wall_s"] / full["wall_s"] if full.get("wall_s") else None
                out.append(f"| {label} | {_f(e['wall_s'])} | {_f(e.get('flow_s'))} | {_f(share * 100 if share else None, 1)} % | "
                           f"{_f(e.get('documents'))} | {_f(e.get('duplicates'))} |")
        out.append("")
    q = r.get("queries")
    if q:
        out += [f"## DuckDB queries over the full warehouse (entity: {q['entity']})", "",
                "| query | first run s | median s | rows |", "|---|---|---|---|"]
        out += [f"| {k} | {v['first_s']:.3f} | {v['median_s']:.3f} | {v['rows']} |" for k, v in q.items() if isinstance(v, dict)]
        out.append("")
    cold, warm = r.get("cold_start"), r.get("cold_start_server_running") or {}
    if cold:
        out += ["## Cold start (one-document input, fresh warehouse)", "",
                "| seconds | ephemeral Prefect API (default) | `prefect server start` already running |", "|---|---|---|"]
        out += [f"| {k} | {_f(v, 2)} | {_f(warm.get(k), 2)} |" for k, v in cold.items() if isinstance(v, int | float)]
        out.append("")
    targets = r.get("targets")
    if targets:
        out += ["## Targets", "", "| target | measured | met |", "|---|---|---|"]
        out += [f"| {t['target']} | {t['measured']} | {'yes' if t['met'] else 'no'} |" for t in targets]
        out.append("")
    return "\n".join(out)


def words_per_cpu_s(m: dict[str, object], words: object) -> float | None:
    cpu = m.get("cpu_s")
    return float(words) / float(cpu) if cpu and words else None  # type: ignore[arg-type]


def cpu_ratio(r: dict[str, object]) -> float | None:
    """Words per CPU-second of the full run over those of the bare pass: the wall ratio's counterpart
    that the machine's other load and steal do not move (the bare pass runs minutes after the flow)."""
    e, b = r.get("runs", {}).get("all", {}), r.get("bare_run", {})
    pts = b.get("points") or [{}]
    flow, bare = words_per_cpu_s(e, e.get("words")), words_per_cpu_s(b, pts[-1].get("words"))
    return flow / bare if flow and bare else None


def cpu_table(r: dict[str, object], runs: dict[str, dict[str, object]]) -> list[str]:
    b = r.get("bare_run", {})
    rows = [(f"newsetl run, {_f(e.get('documents'))} documents", e, e.get("words")) for e in runs.values() if e.get("cpu_s")]
    if b.get("cpu_s"):
        last = (b.get("points") or [{}])[-1]
        rows.append((f"bare nlp.pipe, {_f(last.get('docs'))} texts", b, last.get("words")))
    if not rows:
        return []
    out = ["CPU seconds of each process tree (user + system; time waiting for a core is not counted) and the share",
           "of the machine's CPU time the host gave to other guests (steal) while it ran:", "",
           "| pass | wall s | CPU s | words per CPU-second | steal |", "|---|---|---|---|---|"]
    for label, m, words in rows:
        st = m.get("steal_share")
        out.append(f"| {label} | {_f(m.get('wall_s'))} | {_f(m.get('cpu_s'))} | {_f(words_per_cpu_s(m, words), 0)} | "
                   f"{_f(st * 100 if st is not None else None, 1)} % |")
    ratio = cpu_ratio(r)
    if ratio:
        out += ["", f"Words per CPU-second, full run over bare pass: {ratio:.2f}x.", ""]
    return out + [""]


def limit_for(r: dict[str, object], size: str) -> tuple[float | None, str]:
    """Bare nlp.pipe words/s for ``size``; else the longest prefix measured, named in the note."""
    lim = r.get("bare", {})
    if size in lim:
        return lim[size]["words_per_s"], ""
    if not lim:
        return None, ""
    best = max(lim.values(), key=lambda p: p["docs"])
    return best["words_per_s"], f" (limit measured on the first {best['docs']:,} texts)"


def targets(r: dict[str, object]) -> list[dict[str, object]]:
    out = []
    runs = r.get("runs", {})
    lim, note = limit_for(r, "all")
    if "all" in runs and lim:
        e = runs["all"]
        ratio = e["words_per_s_wall"] / lim
        ratio_f = e["words_per_s_flow"] / lim
        out.append({"target": "end to end >= 0.85x bare nlp.pipe words/s (all documents)",
                    "measured": f"{ratio:.2f}x wall, {ratio_f:.2f}x flow{note}"
                    + (f" ({c:.2f}x in words per CPU-second)" if (c := cpu_ratio(r)) else ""), "met": ratio >= 0.85})
    if r.get("cores"):
        c = r["cores"]
        s = c["2"]["words_per_s_wall"] / c["1"]["words_per_s_wall"]
        bare_s = (c["2"].get("bare_words_per_s") or 0) / (c["1"].get("bare_words_per_s") or 1)
        out.append({"target": f"2 cores >= 1.7x 1 core (end to end, {c.get('documents', 1000):,} documents)",
                    "measured": f"{s:.2f}x wall (bare nlp.pipe itself: {bare_s:.2f}x)", "met": s >= 1.7})
    inc = r.get("incremental", {})
    if "noop" in inc and "all" in runs:
        share = inc["noop"]["wall_s"] / runs["all"]["wall_s"]
        out.append({"target": "re-run with nothing new <= 5 % of a full run", "measured": f"{share * 100:.1f} %", "met": share <= 0.05})
    if runs:
        peaks = [e["peak_rss_mib"] for e in runs.values()]
        flat = max(peaks) <= 1.15 * min(peaks)  # "flat": the largest corpus within 15 % of the smallest
        out.append({"target": "peak RSS <= 2 GiB and flat (within 15 %) from 1k to all",
                    "measured": " / ".join(f"{p:.0f}" for p in peaks) + " MiB", "met": max(peaks) <= 2048 and flat})
    q = r.get("queries")
    if q:
        worst = max(v["max_s"] for v in q.values() if isinstance(v, dict))
        out.append({"target": "each query < 0.5 s", "measured": f"slowest {worst:.3f} s", "met": worst < 0.5})
    return out


# -- main ------------------------------------------------------------------------------------


def cold_start(docs: Sequence[str]) -> dict[str, object]:
    folder = WORK / "one"
    write_shards(docs[:1], folder)
    wh = WORK / "wh-cold"
    shutil.rmtree(wh, ignore_errors=True)
    imp = measure([sys.executable, "-c", "import flows.news_etl"])
    m = newsetl(folder, wh, DAY, log="cold")
    started = datetime.fromisoformat(str(m["flow_started_at"]))
    to_flow = (started - datetime.fromisoformat(str(m["launched"]))).total_seconds()
    first = float(m["stage_seconds"].get("first_batch", 0))
    return {"total wall (newsetl run, one document)": m["wall_s"], "launch to flow start (imports, Prefect API, flow run)": to_flow,
            "of which: python -c 'import flows.news_etl'": imp["wall_s"], "flow start to first batch extracted (model load)": first,
            "launch to first batch": to_flow + first, "after the first batch (validate, land, report, exit)": m["wall_s"] - to_flow - first,
            "status": m.get("status")}


def cold_start_with_server(docs: Sequence[str]) -> dict[str, object]:
    """The same one-document run against an already running ``prefect server start``."""
    import urllib.request

    port = 4297
    url = f"http://127.0.0.1:{port}/api"
    log = (WORK / "prefect-server.log").open("w")
    server = subprocess.Popen([str(Path(sys.executable).parent / "prefect"), "server", "start", "--host", "127.0.0.1",
                               "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, env=ENV, cwd=ROOT)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{url}/health", timeout=2)
                break
            except OSError:
                time.sleep(1)
        ENV["PREFECT_API_URL"] = url
        try:
            return cold_start(docs)
        finally:
            del ENV["PREFECT_API_URL"]
    finally:
        server.terminate()
        server.wait(30)


def incremental(docs: Sequence[str]) -> None:
    wh = WORK / "wh-all"
    inc: dict[str, object] = {"noop": newsetl(WORK / "in-all", wh, DAY, log="noop")}
    RESULT["incremental"] = inc
    save()
    step = 100  # every 100th article, corrected: a new document (1 %)
    new = []
    for line in docs[::step]:
        d = json.loads(line)
        d["id"] = f"{d['id']}-corrected"
        d["text"] += "\n\n(Corrects the figures in the second paragraph.)"
        new.append(json.dumps(d))
    folder = write_shards([*docs, *new], WORK / "in-plus-1pct")
    inc["plus_1pct"] = newsetl(folder, wh, NEXT_DAY, log="plus-1pct")
    inc["plus_1pct"]["new_documents_offered"] = len(new)
    save()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,5000,all")
    ap.add_argument("--skip", default="")
    ap.add_argument("--cores-docs", type=int, default=5000,
                    help="corpus size (one of --sizes) for 1 core vs 2 cores; at 1k the fixed start-up cost hides the scaling")
    ap.add_argument("--bare-docs", type=int, default=0, help="bare nlp.pipe over only this many texts (0 = all)")
    ap.add_argument("--resume", action="store_true", help="keep bench/results/bench.json; skip the steps it has")
    ap.add_argument("--redo", default="", help="with --resume: steps or sizes to measure again, e.g. 1000,cores")
    a = ap.parse_args()
    skip = set(a.skip.split(","))
    WORK.mkdir(parents=True, exist_ok=True)
    if a.resume and (RESULTS / "bench.json").exists():
        RESULT.update(json.loads((RESULTS / "bench.json").read_text()))
        for key in filter(None, a.redo.split(",")):  # measured under very different load: again
            RESULT.pop(key, None)
            RESULT.get("runs", {}).pop(key, None)
        RESULT.setdefault("resumed", []).append(datetime.now(UTC).isoformat(timespec="seconds"))
        skip |= {k for k in ("cold_start", "bare", "cores", "incremental") if k in RESULT} | ({"cold"} if "cold_start" in RESULT else set())
    else:
        RESULT.update({"started": datetime.now(UTC).isoformat(timespec="seconds"), "machine": machine()})
    corpus = convert()
    docs = lines(corpus)
    save()
    sizes = [len(docs) if s == "all" else int(s) for s in a.sizes.split(",")]
    names = {n: ("all" if n == len(docs) else str(n)) for n in sizes}
    texts = cleaned_texts(docs, WORK / "texts.jsonl")

    if "cold" not in skip:
        RESULT["cold_start"] = cold_start(docs)
        save()
        RESULT["cold_start_server_running"] = cold_start_with_server(docs)
        save()
    runs: dict[str, object] = RESULT.get("runs", {})  # type: ignore[assignment]
    for n in sizes:
        if names[n] in runs:
            continue
        folder = write_shards(docs[:n], WORK / f"in-{names[n]}")
        wh = WORK / f"wh-{names[n]}"
        shutil.rmtree(wh, ignore_errors=True)
        e = newsetl(folder, wh, DAY, log=f"run-{names[n]}")
        rates(e)
        runs[names[n]] = e
        RESULT["runs"] = runs
        save()
        if names[n] == "all" and "incremental" not in skip:
            incremental(docs)
    if "queries" not in RESULT and "all" in runs:
        RESULT["queries"] = query_latency(WORK / "wh-all")
        save()
    if "bare" not in skip:
        if a.bare_docs:  # a prefix of the texts, when the full pass does not fit the time there is
            capped = WORK / f"texts-{a.bare_docs}.jsonl"
            capped.write_text("".join(t + "\n" for t in lines(texts)[: a.bare_docs]), encoding="utf-8")
            texts = capped
        b = bare(texts, os.cpu_count() or 1, [n for n in sizes if n < len(docs)])
        RESULT["bare_run"] = b
        n_all = len(lines(WORK / "texts.jsonl"))
        RESULT["bare"] = {("all" if p["docs"] == n_all else str(p["docs"])): p for p in b.get("points", [])}
        save()
    cn = str(a.cores_docs)
    if "cores" not in skip and cn in runs:
        write_shards(docs[: a.cores_docs], WORK / f"in-{cn}")
        # 2 cores: that size's run and the bare pass above; 1 core: the same pinned to CPU 0.
        sub = WORK / f"texts-{cn}.jsonl"
        sub.write_text("".join(t + "\n" for t in lines(texts)[: a.cores_docs]), encoding="utf-8")
        shutil.rmtree(WORK / "wh-cores-1", ignore_errors=True)
        one = newsetl(WORK / f"in-{cn}", WORK / "wh-cores-1", DAY, "--processes", "1", cpus="0", log="cores-1")
        rates(one)
        b = bare(sub, 1, [], cpus="0")
        one["bare"] = b
        one["bare_words_per_s"] = b["points"][-1]["words_per_s"] if b.get("points") else None
        two = {k: runs[cn].get(k) for k in ("wall_s", "flow_s", "words", "words_per_s_wall", "words_per_s_flow", "peak_rss_mib")}
        two["bare_words_per_s"] = RESULT.get("bare", {}).get(cn, {}).get("words_per_s")
        RESULT["cores"] = {"1": one, "2": two, "documents": a.cores_docs}
        save()
    RESULT["targets"] = targets(RESULT)
    RESULT["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    save()
    print(markdown(RESULT))


if __name__ == "__main__":
    main()
