"""A range written across two amount rows passes the gate whole.

"minus 10 to 0 degrees F" lands one row per end ("minus 10", "0 degrees F"), both carrying the range's
bounds -10..0. The gate allows a negative bound only where the text writes a sign, and it read each row's
own text: the "0 degrees F" row went to quarantine on a clean Reuters story (reuters-1069, reut2-001.sgm,
in no evaluation set), so a BI user lost half of a correct range. Real flow run, real GX, real Parquet.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from flows.news_etl import news_etl
from tests.helpers import sql

WINTERKILL = {
    "id": "reuters-1069",
    "title": "EAST EUROPE WHEAT WINTERKILL POSSIBLE, ACCU SAYS",
    "published_at": "3-MAR-1987 10:47:04.45",
    "text": "STATE COLLEGE, Pa., March 3 - Winter wheat crops in the western Soviet Union, Poland and eastern "
            "Czechoslovakia through northern Romania may suffer some winterkill over the next two nights, private "
            "forecaster Accu-Weather Inc said.\n\nWestern USSR winter wheat areas have had only light and spotty "
            "snow and winterkill is possible tonight and tomorrow night as temperatures drop to minus 10 to 0 "
            "degrees F.\n\nThe remaining 50 pct of winter wheat crops do not have snow cover, making winterkill "
            "possible on each of the next two nights. Lowest temperatures will be minus 10 to 0 degrees F. REUTER",
}


def test_both_ends_of_a_signed_range_are_published(tmp_path: Path) -> None:
    src = tmp_path / "in" / "wire.jsonl"
    src.parent.mkdir()
    src.write_text(json.dumps(WINTERKILL) + "\n")
    wh = tmp_path / "wh"
    assert news_etl(input=str(src.parent), warehouse=str(wh), logical_date=date(1987, 3, 3))["status"] == "published"
    assert sql(wh, "select count(*) from quarantine") == [(0,)]
    ends = sql(wh, "select text, value_low, value_high from amounts where unit = 'degree Fahrenheit' order by start_char")
    assert ends == [("minus 10", -10.0, 0.0), ("0 degrees F", -10.0, 0.0)] * 2
