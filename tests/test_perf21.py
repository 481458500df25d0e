"""Perf round 21: the faster paths give what the slower ones gave.

Texts are Reuters-21578 story 1 ("BAHIA COCOA REVIEW", reut2-000.sgm, NEWID 1), which is in neither
evaluation set (``tests/fixtures/reuters_links.jsonl``, ``tests/fixtures/amounts_labelled.csv``).
"""

from __future__ import annotations

import pandas as pd
import pytest

from tasks.nlp import sentence_spans
from tasks.validate import line_ok

# Reuters-21578 NEWID 1: the raw record (dateline and all) and the cleaned body
RAW = (
    "SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone, alleviating the "
    "drought since early January and improving prospects for the coming temporao, although normal humidity "
    "levels have not been restored, Comissaria Smith said in its weekly review.\n\n"
    "The dry period means the temporao will be late this year."
)
BODY = RAW.removeprefix("SALVADOR, Feb 26 - ")

# (doc_id, removed line, start_char, raw records at hand) -> what line_ok says
LINE_CASES = [
    ("r1", "SALVADOR, Feb 26 -", 0, True, True),  # the dateline where it was cut
    ("r1", "SALVADOR, Feb 26 -", 5, True, False),  # an offset that does not point at it
    ("r1", "SALVADOR, Feb 26 -", -1, True, False),  # a negative offset
    ("r2", "SALVADOR, Feb 26 -", 0, True, None),  # a document whose raw record is not at hand
    ("r1", None, 0, True, None),  # no line
    ("r1", "SALVADOR, Feb 26 -", None, True, None),  # no offset
    ("r1", "SALVADOR, Feb 26 -", 0, False, None),  # the input is not at hand at all
]


@pytest.mark.parametrize(("doc", "line", "start", "at_hand", "want"), LINE_CASES)
def test_line_check_reads_the_raw_record(doc: str, line: str | None, start: int | None, at_hand: bool, want: bool | None) -> None:
    df = pd.DataFrame({"doc_id": [doc], "line": [line], "start_char": pd.array([start], dtype="Int64")})
    got = line_ok(df, {"r1": RAW} if at_hand else None)
    assert str(got.dtype) == "boolean"
    assert (None if got.isna().iloc[0] else bool(got.iloc[0])) is want


def test_line_check_keeps_the_frame_index() -> None:
    # the gate joins the check column back by index: a chunk's frame need not start at 0
    df = pd.DataFrame({"doc_id": ["r1", "r1"], "line": ["SALVADOR, Feb 26 -", "Showers"], "start_char": pd.array([0, 0], dtype="Int64")},
                      index=[7, 8])
    got = line_ok(df, {"r1": RAW})
    assert list(got.index) == [7, 8]
    assert got.tolist() == [True, False]


def test_sentence_spans_from_the_parsed_text_match_the_spans_from_the_doc(nlp) -> None:  # noqa: ANN001 - spaCy Language
    doc = nlp(BODY)
    spans = sentence_spans(doc, BODY)
    assert spans == sentence_spans(doc)
    assert [BODY[a:b] for a, b in spans][-1] == "The dry period means the temporao will be late this year."


def test_amounts_keep_no_document_after_extracting_it(nlp) -> None:  # noqa: ANN001 - spaCy Language
    # the per-document token index held an NLP worker's last document and ~180 MiB of arenas after its
    # last batch (bench: peak RSS over the corpus 1,642 -> 1,962 MiB until it was dropped)
    from tasks import amounts

    text = "Boeing said it would build 25 of its 747 jets, the 747 being its largest, for 2.5 billion dlrs."  # made
    doc = nlp(text)
    got = amounts.extract_amounts(doc, text=text)
    assert any(a.value == 2.5e9 for a in got)
    assert amounts._READING[0] is None
