"""Session 24's review 30: what review 29 left of web news landed as plain text, and the docs' tables.

Web pages copied as text (EventStoryLine's dev half, ECB+ topics 12, 20, 30 and 33) open with the page's
address, a headline and a line stating the page's day. On main a ``.txt`` without a title kept its headline
in the body (spaCy read "Andrew Lopez Confesses" as a person), a line that is only a date ("November 28, 2005",
"August 17, 2011") stayed body and did not date the page, and a page's stated day was used even when it was
after the day the run lands. Also: an EventStoryLine paragraph had been put in the middle of the entities
figures table of docs/evaluation.md, whose rows after it rendered as loose text.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tasks.clean import clean_batch, clean_record, split_boilerplate
from tasks.ingest import FileResult, RawRecord
from tests.helpers import sql
from tests.test_review22 import _run

REPO = Path(__file__).resolve().parents[1]

HUFFPOST = """http: / / www. huffingtonpost. com/2011/10/25/andrew-lopez-confesses-to _ n _ 1031411. html
Andrew Lopez Confesses To Murder Of Zurana Horton In Brooklyn Shooting
First Posted: 10/25/11 06:44 PM ET Updated: 12/25/11 05:12 AM ET
An 18-year old male confessed to the gang related murder of a Brooklyn mother who tried to protect a group of school children from harm by shielding them.
The suspect, Andrew Lopez, was among three teens arrested on Tuesday for the shooting that took place last Friday outside a Brownsville school that claimed the life of 34-year old Zurana Horton.
Horton died instantly from a shot in the face and chest when she attempted to protect students from gunfire.
"""

LATIMES = """http: / / articles. latimes. com/2005/nov/28/world/fg-quake28
Earthquake Levels Villages on Iranian Island of Qeshm
Ten people are killed and about 50 hurt.
U.S. Geological Survey puts the magnitude at 6.1.
November 28, 2005
Ten people were killed and at least 50 injured when an earthquake razed mud-brick villages on the Persian Gulf island of Qeshm off Iran's southern coast Sunday, officials and state media said.
Tehran's seismologic center put the quake's magnitude at 5.9, but the U.S. Geological Survey in Golden, Colo., said it was 6.1.
"""

TECHEGYPT = """http: / / www. techegypt. com/article/127/title/Undersea-internet-cables-severed-near-Egyptian-coast-line
August 17, 2011
Undersea internet cables severed near Egyptian coast line
Have you experienced any internet connection or mobile phone problems yesterday!?
It seems that another incident of an undersea telecommunications cable being severed on Tuesday has resulted in partially blocking internet and mobile services in Alexandria and some other governorates.
"""

NDTV = """http: / / www. ndtv. com/article/india/indian-ship-thwarts-piracy-attempt-in-gulf-of-aden-26-pirates-arrested-148985
Indian ship thwarts piracy attempt in Gulf of Aden, 26 pirates arrested
Updated: November 11, 2011 18:50 IST
Indian Naval ship, INS Sukanya, thwarted a piracy attack in the Gulf of Aden and captured three boats of the pirates.
A statement from the Defence PRO says the incident happened yesterday when INS Sukanya was escorting a group of merchant vessels.
"""


def _kinds(text: str, **kw: object) -> list[tuple[str, str]]:
    return [(b.kind, b.line) for b in split_boilerplate(text, **kw)[1]]  # type: ignore[arg-type]


def _rec(text: str, title: str | None = None) -> RawRecord:
    return RawRecord("page.txt", "page.txt", None, text, "0" * 64, title=title)


# -- 1. the docs' tables ---------------------------------------------------------------------------------

_ROW = re.compile(r"^\|.*\|\s*$")
_SEPARATOR = re.compile(r"^\|(\s*:?-+:?\s*\|)+\s*$")


def _loose_table_rows(path: Path) -> list[str]:
    """Table rows that do not render as part of a table: the line before is not a row of the same table
    and the row is not a header (followed by its ``|---|`` line)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    loose, fenced = [], False
    for i, line in enumerate(lines):
        if line.startswith("```"):
            fenced = not fenced
        if fenced or not _ROW.match(line):
            continue
        after_row = i > 0 and bool(_ROW.match(lines[i - 1]))
        header = i + 1 < len(lines) and bool(_SEPARATOR.match(lines[i + 1])) and not _SEPARATOR.match(line)
        if not after_row and not header:
            loose.append(f"{path.relative_to(REPO)}:{i + 1}: {line[:70]}")
    return loose


def test_every_markdown_table_row_renders_inside_its_table() -> None:
    files = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
    assert [f for f in files if f.exists()] == files
    assert [row for f in files for row in _loose_table_rows(f)] == []


# -- 2b. a line that is only a date, at the top of a page --------------------------------------------------

@pytest.mark.parametrize(("line", "lookalike"), [
    ("November 28, 2005", "November 2005"), ("August 17, 2011", "May 2"), ("05/02/2013", "2013"),
    ("Monday 16 September 2013 03.31 BST", "Seacom operations fully restored: 4 November 2011"),
    ("on July 02 2013 7:41 AM", "Qtr ended March 31, 1987"), ("July 03, 2013 6: 22AM", "Record March 15"),
    ("April 10, 2007-7: 07AM", "April 10, 2007 was a Tuesday"), ("8: 05am UK, Monday 16 September 2013", "Monday"),
    ("Friday, June 7, 2013", "Friday, June 7"),
])
def test_a_date_alone_among_the_page_header_lines_is_its_page_date(line: str, lookalike: str) -> None:
    text = f"Fire at Waitrose in Wellington\n{line}\nA FIRE has badly damaged the Waitrose supermarket in Wellington's High Street."
    assert ("page_date", line) in _kinds(text)
    assert all(k != "page_date" for k, _ in _kinds(text.replace(line, lookalike)))
    # below the page's header lines a date alone may be a table cell or a section head: body
    lower = "\n".join(["Results table"] + [f"Line {i} of the story ends here." for i in range(6)] + [line, "Net 5 mln."])
    assert all(k != "page_date" for k, _ in _kinds(lower))


# -- 2a. the headline of a text without a title -------------------------------------------------------------

def test_a_web_pages_headline_becomes_its_title_and_leaves_the_body() -> None:
    doc = clean_record(_rec(HUFFPOST))
    assert doc.title == "Andrew Lopez Confesses To Murder Of Zurana Horton In Brooklyn Shooting"
    assert doc.text.startswith("An 18-year old male confessed")
    assert [b.kind for b in doc.boilerplate] == ["url", "headline", "page_date"]
    # a date line before it is the page's, not the headline (techegypt), and one after the standfirst too (latimes)
    assert clean_record(_rec(TECHEGYPT)).title == "Undersea internet cables severed near Egyptian coast line"
    latimes = clean_record(_rec(LATIMES))
    assert latimes.title == "Earthquake Levels Villages on Iranian Island of Qeshm"
    assert latimes.text.startswith("Ten people are killed and about 50 hurt.")
    # a given title wins; a sentence, a hard-wrapped paragraph's first line or a one-line text stays body
    given = clean_record(_rec(HUFFPOST, title="Teen confesses"))
    assert given.title == "Teen confesses" and given.text.startswith("Andrew Lopez Confesses To Murder")
    sentence = "Oil prices rose 2.5 pct on Wednesday.\n\nBrent crude settled at 64.00 dlrs a barrel."
    wrapped = ("The Indian Navy patrolling the Gulf of Aden on Thursday\nthwarted a multi-boat attack by sea brigands on\n"
               "merchant vessels, apprehending 26 Somali pirates and\nconfiscating a large quantity of arms and ammunition.")
    for text in (sentence, wrapped, "Indian ship thwarts piracy attempt in Gulf of Aden"):
        doc = clean_record(_rec(text))
        assert doc.title is None and all(b.kind != "headline" for b in doc.boilerplate), text


def test_a_headline_followed_by_a_blank_line_is_the_title() -> None:
    text = "Oil Rises On OPEC Cut\n\nOil prices rose 2.5 pct on Wednesday after OPEC said it would cut output.\n\nBrent rose."
    doc = clean_record(_rec(text))
    assert doc.title == "Oil Rises On OPEC Cut" and doc.text.startswith("Oil prices rose")


# -- 2c. a page's day after the run's logical date ----------------------------------------------------------

def test_a_page_dated_after_the_logical_date_stays_undated_and_the_file_says_so() -> None:
    res = FileResult("12_2ecbplus.txt", "0" * 64, 1, "txt", records=[_rec(NDTV)])
    late = clean_batch([res], frozenset(), date(2011, 11, 9)).docs[0]
    assert (late.published_at, late.dct_source) == (None, "none")
    assert res.warnings == ["page.txt: the page's date 2011-11-11 is after this run's logical date 2011-11-09; "
                            "the document is left undated"]
    # a day of slack for time zones: a page of the 11th (IST) in the folder of the 10th is dated
    res = FileResult("12_2ecbplus.txt", "0" * 64, 1, "txt", records=[_rec(NDTV)])
    ok = clean_batch([res], frozenset(), date(2011, 11, 10)).docs[0]
    assert (str(ok.published_at.date()), ok.dct_source, res.warnings) == ("2011-11-11", "page_date", [])


# -- end to end, with the CLI ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def web_landing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("review30")
    landing = root / "landing"
    landing.mkdir()
    for name, text in (("33_10ecbplus", HUFFPOST), ("20_11ecbplus", LATIMES), ("30_2ecbplus", TECHEGYPT), ("12_2ecbplus", NDTV)):
        (landing / f"{name}.txt").write_text(text)
    _run(landing, root / "wh", "2011-11-01")
    return root / "wh"


def test_landed_pages_have_their_headline_as_title_and_not_as_mentions(web_landing: Path) -> None:
    titles = dict(sql(web_landing, "select source_id, title from documents"))
    assert titles["33_10ecbplus"] == "Andrew Lopez Confesses To Murder Of Zurana Horton In Brooklyn Shooting"
    assert titles["30_2ecbplus"] == "Undersea internet cables severed near Egyptian coast line"
    mentions = {t for (t,) in sql(web_landing, "select text from mentions")}
    assert not any("Confesses" in m or "Levels Villages" in m for m in mentions), mentions
    assert "Andrew Lopez" in mentions


def test_landed_pages_are_dated_by_a_bare_date_line_but_not_by_a_later_one(web_landing: Path) -> None:
    docs = dict(sql(web_landing, "select source_id, dct_source || ' ' || coalesce(cast(cast(timezone('UTC', published_at) as date) "
                                 "as varchar), '-') from documents"))
    assert docs == {"33_10ecbplus": "page_date 2011-10-25", "20_11ecbplus": "page_date 2005-11-28",
                    "30_2ecbplus": "page_date 2011-08-17", "12_2ecbplus": "none -"}
    rows = sql(web_landing, "select d.source_id, t.value from timexes t join documents d using (doc_id) where t.text = 'yesterday'")
    assert ("30_2ecbplus", "2011-08-16") in rows
    (error,) = sql(web_landing, "select error from ingest_log where path = '12_2ecbplus.txt'")[0]
    assert error == ("warning: 12_2ecbplus.txt: the page's date 2011-11-11 is after this run's logical date 2011-11-01; "
                     "the document is left undated")


# -- 3. the command line as a new user meets it ---------------------------------------------------------------

def _cli(*args: str):  # noqa: ANN202 - click's Result
    from typer.testing import CliRunner

    from flows.cli import app

    return CliRunner().invoke(app, list(args))


def test_a_mistyped_date_names_the_option_it_was_given_to(tmp_path: Path) -> None:
    res = _cli("backfill", "--start", "2020-01-01", "--end", "2020-1-5", "--input", str(tmp_path))
    assert res.exit_code == 2 and "'--end'" in res.stderr and "not a date: '2020-1-5'" in res.stderr, res.stderr
    res = _cli("run", "--logical-date", "2020-13-01", "--input", str(tmp_path))
    assert res.exit_code == 2 and "'--logical-date'" in res.stderr, res.stderr


def test_eval_says_what_is_wrong_with_data_on_stderr(tmp_path: Path) -> None:
    res = _cli("eval", "timex", "--data", str(tmp_path / "nowhere"))
    assert res.exit_code == 2 and res.stdout == ""
    assert f"newsetl eval: --data {tmp_path / 'nowhere'}: no such folder" in " ".join(res.stderr.split())


def test_run_and_backfill_help_give_the_defaults_and_what_max_parallel_does() -> None:
    run_help = re.sub(r"[\s│]+", " ", _cli("run", "--help").stdout)  # the words, without the box a narrow terminal folds
    assert "default: 200" in run_help and "default: 0 = one per core" in run_help
    backfill_help = re.sub(r"[\s│]+", " ", _cli("backfill", "--help").stdout)
    assert "always run one after another" in backfill_help and "Dates run at once" not in backfill_help
    assert _cli("run", "--batch-size", "0", "--input", "nowhere").exit_code == 2
