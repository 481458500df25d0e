"""Review 36 (session 27): property and fuzz tests of the stages.

Every span (mention, timex, amount) must slice ``documents.text`` to its own text, every timex value must
have the TIMEX3 shape of its type, no float column may hold NaN or inf, and no extractor may fail on any text:
a failure quarantines the document's facts. On main the amounts extractor failed on a number followed by a
hyphen, a space and a combining accent at the end of the text ("400- \\u0300"), and on a run of more than 4,300 digits
(Python's limit for ``int()``), and read a figure past a double's range ("1" and 400 zeros) as inf.
"""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tasks import clean, nlp
from tasks.ingest import RawRecord
from tasks.settings import REPO_ROOT
from tasks.validate import TIMEX_VALUE
from tests.helpers import sql
from tests.test_review22 import _run

FUZZ = settings(derandomize=True, database=None, deadline=None, max_examples=200,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

#: Real wire copy (Reuters-21578 and the seeds) the mutations start from.
REAL = [
    "TORONTO, March 3 - This week's Ontario government auction of 50 mln dlrs worth of 91-day treasury bills "
    "yielded an average of 7.28 pct, up slightly from 7.26 pct last week, a treasury department spokesman said.",
    "WASHINGTON, Feb 26 - U.S. grain carloadings totaled 26,108 cars in the week ended February 21, down 2.2 pct "
    "from the previous week but 22.8 pct above the corresponding week a year ago, the Association of American "
    "Railroads reported.",
    "DAYTON, Ohio, March 5 - Shr 19 cts vs 13 cts Net 2,656,000 vs 1,712,000 Revs 15.4 mln vs 9,443,000 Avg shrs "
    "14.1 mln vs 12.6 mln Year Shr 98 cts vs 77 cts Net 13.8 mln vs 8,928,000",
    "LONDON, March 5 - The Commonwealth Bank of Australia's 16 pct Australian dlr bond issue of yesterday has been "
    "raised to a total of 125 mln Australian dlrs from 100 mln, lead manager Swiss Bank Corp International said.",
    "Sugar imports subject to the U.S. sugar import quota during the week ended January 9, the initial week of "
    "the 1987 quota year, totaled 5,988 short tons versus 46,254 tons the previous week.",
    *[p for p in (REPO_ROOT / "seeds" / "articles" / "000_f5a45168e158e88b.txt").read_text().split("\n\n")
      if len(p) > 80][:4],
]
#: Unicode oddities and number shapes the brief names.
ODD = [
    "\x00", "\ufeff", "\u200b", "\u200d", "\u200e", "\u200f", "\u202e", "\u0301", "\u0308", "\r", "\r\n",
    "\u2028", "\u2029", "\t", "\x0b", "\x0c", "\x85", "\\ud800", "\ufffd", "10^400", "1" * 400, "$$$",
    "1,2,3,4", "((([[{}]])))", "–", "—", "’", "“", "½", "٣", "１２", "%", "$", "£", "€", "-", ".", ",", " ",
    "\n\n", "mln", "billion", "dlrs", "pct", "1987", "Q3", "March", "3-1/2", "1e308", "9" * 30, "0.0000001",
    "U.S.", "Jan. 5", "tomorrow", "1,000,000,000,000,000,000,000", "Exxon Corp", " said ", " rose ",
]
DCTS = [None, date(1987, 3, 2), date(2020, 1, 16)]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A real sentence with characters deleted, duplicated, swapped, or oddities inserted (some repeated)."""
    t = list(draw(st.sampled_from(REAL)))
    for _ in range(draw(st.integers(1, 8))):
        if not t:
            t = list(draw(st.sampled_from(ODD)))
            continue
        i, op = draw(st.integers(0, len(t) - 1)), draw(st.integers(0, 4))
        if op == 0:
            del t[i]
        elif op == 1:
            t.insert(i, t[i])
        elif op == 2 and i + 1 < len(t):
            t[i], t[i + 1] = t[i + 1], t[i]
        else:
            t[i:i] = list(draw(st.sampled_from(ODD)) * (1 if op == 3 else draw(st.integers(1, 40))))
    return "".join(t)


odd_texts = st.lists(st.sampled_from(ODD), min_size=1, max_size=30).map("".join)
texts = st.one_of(mutated(), odd_texts, st.text(max_size=200))


def facts(nlp_model, text: str, dct: date | None, dateline: str | None = None, title: str | None = None) -> nlp.DocFacts:
    return nlp.doc_facts(("d", text, dct, dateline, title), nlp_model(text), {})


def assert_sound(text: str, f: nlp.DocFacts) -> None:
    assert f.errors == [], (text, f.errors)
    for table, rows in (("timexes", f.timexes), ("amounts", f.amounts), ("mentions", f.mentions)):
        for r in rows:
            s, e = r["start_char"], r["end_char"]
            assert 0 <= s < e <= len(text) and text[s:e] == r["text"], (table, r, text)
            for k, v in r.items():
                assert not (isinstance(v, float) and not math.isfinite(v)), (table, k, r)
    for r in f.timexes:
        assert TIMEX_VALUE[r["type"]].match(r["value"]), r
        assert r["date_start"] is None or r["date_end"] is None or r["date_start"] <= r["date_end"], r
    for r in f.amounts:
        v, lo, hi = r["value"], r["value_low"], r["value_high"]
        assert lo is None or hi is None or lo <= hi, r
        assert v is None or lo is None or lo <= v, r
        assert v is None or hi is None or v <= hi, r


# -- regressions: each failed on main ------------------------------------------------------------


def test_a_number_a_hyphen_a_space_and_a_stray_accent_does_not_fail_the_amounts(nlp):
    # a story ending in a number, a hyphen, a space and a combining accent with no letter to sit on
    text = "Sales rose 2.1 billion dlrs. 400- \u0300"
    assert clean.normalize(text) == text  # cleaning keeps it: this is the text the extractors get
    f = facts(nlp, text, date(1987, 3, 2))
    assert_sound(text, f)
    assert "2.1 billion dlrs" in [r["text"] for r in f.amounts]


def test_a_run_of_more_than_4300_digits_does_not_fail_the_amounts(nlp):
    text = "The company said it had " + "1" * 4400 + " shares and sales of 5.2 mln dlrs."
    f = facts(nlp, text, date(1987, 3, 2))
    assert_sound(text, f)
    assert "5.2 mln dlrs" in [r["text"] for r in f.amounts]


@pytest.mark.parametrize("figure", ["1" + "0" * 400, "4-1" + "1" * 400])
def test_a_figure_past_a_doubles_range_lands_no_inf(nlp, figure):
    text = f"Sales were {figure} dlrs, up from 3.4 mln dlrs."
    f = facts(nlp, text, date(1987, 3, 2))
    assert_sound(text, f)
    assert [r["text"] for r in f.amounts] == ["3.4 mln dlrs"]


# -- properties (guards: these pass on main too) -------------------------------------------------


@FUZZ
@given(text=texts, dct=st.sampled_from(DCTS), dateline=st.sampled_from([None, "NEW YORK, March 2 -"]),
       title=st.sampled_from([None, "4TH QTR JAN 31 NET", "BANK RATE UP 1/2 PCT IN 3RD QTR"]))
def test_extractors_never_fail_and_spans_slice_the_text(nlp, text, dct, dateline, title):
    assume(text.strip())  # cleaning rejects a record with nothing left; an empty parse is never extracted from
    assert_sound(text, facts(nlp, text, dct, dateline, title))


@FUZZ
@given(text=texts, title=st.sampled_from([None, "", "\ufeffTITLE\x00"]))
def test_cleaning_never_fails_and_keeps_the_text_it_cleans(text, title):
    doc = clean.clean_record(RawRecord("u", "p", 1, text, "0" * 64, title=title), date(2020, 1, 17))
    assert doc.n_words == len(doc.text.split())
    assert doc.language == "und" or len(doc.language) == 2
    assert doc.doc_id == clean.doc_id(doc.text)


# -- ingest: malformed files through the real flow ------------------------------------------------


def _story(i: int, place: str, company: str) -> str:
    return json.dumps({
        "id": f"r36-{i}", "published_at": "1987-03-02",
        "text": f"{place}, March 2 - {company} said its first quarter net profit rose {i + 10} pct to {i + 3}.5 mln dlrs "
                f"on sales of {i + 40} mln dlrs, helped by exports to {['Japan', 'Brazil', 'Kenya', 'Norway', 'Chile'][i % 5]}.",
    })


BAD_FILES = {
    "truncated.jsonl": (_story(1, "TOKYO", "Sony Corp") + "\n" + _story(2, "OSLO", "Norsk Hydro")[:50] + "\n").encode(),
    "latin1.jsonl": (_story(3, "PARIS", "Peugeot SA") + "\n").encode() + b'{"id": "x", "text": "caf\xe9 cr\xe8me"}\n',
    "binary.jsonl": bytes(range(256)) * 4,
    "empty.jsonl": b"",
    "not_objects.jsonl": b'[1, 2]\n"a string"\n42\nnull\n' + (_story(4, "BONN", "Siemens AG") + "\n").encode(),
    "no_text.jsonl": b'{"id": "nt", "title": "a headline alone"}\n' + (_story(5, "MADRID", "Telefonica SA") + "\n").encode(),
    "huge_line.jsonl": (_story(6, "SYDNEY", "Qantas Airways") + "\n").encode()
    + json.dumps({"id": "huge", "text": "word " * (10 * 1024 * 1024)}).encode() + b"\n",
}
#: file -> (line the first error names, words the error holds, good documents that land)
EXPECTED = {
    "truncated.jsonl": (2, "malformed JSON", 1),
    "latin1.jsonl": (2, "UTF-8", 1),
    "binary.jsonl": (1, "binary", 0),
    "empty.jsonl": (None, "empty", 0),
    "not_objects.jsonl": (1, "JSON object", 1),
    "no_text.jsonl": (1, '"text"', 1),
    "huge_line.jsonl": (2, "1,000,000", 1),
}


@pytest.fixture(scope="module")
def fuzzed_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("review36")
    (root / "in").mkdir()
    for name, data in BAD_FILES.items():
        (root / "in" / name).write_bytes(data)
    _run(root / "in", root / "wh", "1987-03-03")
    return root / "wh"


def test_every_malformed_file_is_logged_by_file_and_line_and_its_good_documents_land(fuzzed_input):
    log = {p: (line, err) for p, line, err in sql(fuzzed_input, "select path, error_line, error from ingest_log")}
    assert set(log) == set(BAD_FILES)
    landed = dict(sql(fuzzed_input, "select split_part(source_uri, '#', 1), count(*) from documents group by 1"))
    for name, (line, words, good) in EXPECTED.items():
        got_line, err = log[name]
        assert got_line == line and name in err and words in err, (name, got_line, err)
        assert landed.get(name, 0) == good, (name, landed)
