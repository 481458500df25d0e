"""The dateline cleaning cuts from a wire story still says whose institution a bare name is.

Cleaning moves "TOKYO, March 30 -" to ``boilerplate`` before parsing; the linker weighs the
dateline's country when it decides whose "Finance Ministry" or "Navy" a story names, so it must
get the cut line, or the pipeline links differently from the same text with its dateline."""

from __future__ import annotations

import pytest

from tasks.clean import clean_record
from tasks.extract import dateline, extract_batch
from tasks.ingest import RawRecord

# Reuters-21578 (outside the evaluation sets): reuters-10690 and reuters-9017 (first sentences, own stamps)
CASES = [
    (
        "TOKYO, March 30 - The Finance Ministry said it proposed to the underwriting syndicate a record low "
        "4.7 pct coupon on the 10-year government bond to be issued in April.\n\nReuter",
        "30-MAR-1987 02:03:41.65", "The Finance Ministry", "Ministry of Finance (Japan)",
    ),
    (
        "WASHINGTON, March 24 - Eaton Corp's AIL Division has received a 53.0 mln dlr contract for jamming "
        "system work for the EA-6B electronic warfare aircraft, the Navy said.\n\nReuter",
        "24-MAR-1987 16:12:45.97", "Navy", "United States Navy",
    ),
]


@pytest.mark.parametrize(("text", "stamp", "surface", "canonical"), CASES)
def test_a_cut_dateline_still_names_the_storys_country(text: str, stamp: str, surface: str, canonical: str) -> None:
    doc = clean_record(RawRecord("file:s.txt", "s.txt", None, text, "0" * 64, published_at=stamp))
    assert dateline(doc) is not None and not doc.text.startswith(dateline(doc))  # cut from the text
    mentions = extract_batch([doc], "en_core_web_sm").tables["mentions"]
    assert [m["canonical_name"] for m in mentions if m["text"] == surface] == [canonical]
