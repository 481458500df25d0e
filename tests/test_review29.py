"""Session 23's review 29: web news landed as plain text.

Web pages copied as text start with the page's address and a line stating when the page was published or
updated ("Updated: November 11, 2011 20:09 IST", "PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM"). On main both
stayed in ``documents.text``: the address gave mentions ("indian", "uk/2", "N. htm") and amounts ("1031411"),
the stamp gave timexes, and a story landed without a sidecar had no date though its page states one, so its
"yesterday" stayed ``XXXX-XX-XX``. Now both lines are boilerplate (``url``, ``page_date``), and without a given
date the page's stated day dates the document (``dct_source = 'page_date'``). The stories are EventStoryLine's
dev half (ECB+ topics 12 and 1).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tasks.clean import boilerplate_kind, split_boilerplate
from tests.conftest import SEED_ARTICLE
from tests.helpers import sql
from tests.test_review22 import _run

NDTV = """http: / / www. ndtv. com/article/india/indian-ship-thwarts-piracy-attempt-in-gulf-of-aden-26-pirates-arrested-148985
Indian ship thwarts piracy attempt in Gulf of Aden, 26 pirates arrested
Updated: November 11, 2011 18:50 IST
Indian Naval ship, INS Sukanya, thwarted a piracy attack in the Gulf of Aden and captured three boats of the pirates.
A statement from the Defence PRO says the incident happened yesterday when INS Sukanya was escorting a group of merchant vessels.
"""

DAILY_NEWS = """http: / / www. nydailynews. com/entertainment/gossip/lindsay-lohan-checks-newport-beach-rehab-article-1.1333220
Lindsay Lohan checks into rehab at Betty Ford Center, rehires longtime lawyer Shawn Holley
Actress Lindsay Lohan finally checked into court-mandated rehab at the Betty Ford Center late Thursday, after hiring former lawyer Shawn Holley for help.
PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM
UPDATED: FRIDAY, MAY 3, 2013, 9:56 AM
Lindsay Lohan checked into California's Betty Ford Center rehab facility late Thursday, dodging arrest after whirlwind confusion surrounding the actress' whereabouts, sources told the Daily News.
"""


@pytest.mark.parametrize(
    ("line", "kind", "lookalike"),
    [
        ("http: / / news. bbc. co. uk/2/hi/middle _ east/4475546. stm", "url",
         "http://www.ndtv.com has the full statement from the Defence PRO."),
        ("http: / / www. wellington-today. co. uk/news. cfm? id=24877", "url", "www.bbc.co.uk reported the quake first."),
        ("https://www.cbc.ca/sports/wladimir-klitschko-stops-tony-thompson-to-retain-world-heavyweight-titles-1.1263752", "url",
         "See https://www.cbc.ca for the fight."),
        ("Updated: November 11, 2011 20:09 IST", "page_date",
         "Updated figures released on Monday show the economy grew 2.1 percent in the third quarter."),
        ("Last Updated: Monday, 28 November 2005, 02:24 GMT", "page_date", "Updated at 9.25 a.m. on Thursday"),
        ("First Posted: 10/25/11 06:44 PM ET Updated: 12/25/11 05:12 AM ET", "page_date", "Published: 2013"),
        ("Posted Oct 26, 2011 8:57 AM CDT", "page_date", "Posted on Monday, the video showed the pirate skiffs reversing course."),
        ("Posted on July 3, 2013 by Jane Doe", "page_date", "Posted on July 3, 2013 by Jane Doe, who saw the attack."),
    ],
)
def test_address_and_publish_stamp_lines_are_boilerplate_body_lookalikes_are_not(line: str, kind: str, lookalike: str) -> None:
    assert boilerplate_kind(line) == kind
    assert boilerplate_kind(lookalike) is None


def test_the_published_line_dates_the_page_before_the_updated_line() -> None:
    body, removed = split_boilerplate(DAILY_NEWS)
    assert [b.kind for b in removed] == ["url", "page_date", "page_date"]
    assert "PUBLISHED" not in body and not body.startswith("http")
    from tasks.clean import page_date

    assert page_date(removed) == "2013-05-02"


@pytest.fixture(scope="module")
def web_landing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("review29")
    landing = root / "landing"
    landing.mkdir()
    (landing / "12_2ecbplus.txt").write_text(NDTV)
    (landing / "1_11ecbplus.txt").write_text(DAILY_NEWS)
    shutil.copy(SEED_ARTICLE, landing / "seed.txt")  # without its sidecar
    (landing / "dated.txt").write_text(NDTV.replace("Indian Naval ship", "The Indian Naval ship"))
    (landing / "dated.json").write_text(json.dumps({"published_at": "2011-11-12T09:00:00Z"}))
    _run(landing, root / "wh", "2014-01-01")
    return root / "wh"


def test_a_web_page_lands_without_its_address_and_stamp_in_the_body(web_landing: Path) -> None:
    texts = [t for (t,) in sql(web_landing, "select text from documents where source_id like '%ecbplus'")]
    assert len(texts) == 2 and not any("http" in t or "Updated" in t or "PUBLISHED" in t for t in texts)
    kinds = sql(web_landing, "select d.source_id, b.kind, b.line from boilerplate b join documents d using (doc_id) "
                             "where d.source_id = '12_2ecbplus' order by b.start_char")
    # review 30: without a title, the headline line leaves the body too
    assert [(k, line[:19]) for _, k, line in kinds] == [("url", "http: / / www. ndtv"), ("headline", "Indian ship thwarts"),
                                                         ("page_date", "Updated: November 1")]
    spans = sql(web_landing, "select m.text from mentions m join documents d using (doc_id) where d.source_id like '%ecbplus' "
                             "union all select t.text from timexes t join documents d using (doc_id) where d.source_id like '%ecbplus'")
    assert not any(s in {"indian", "November 11, 2011 18:50 IST", "THURSDAY, MAY 2, 2013, 1:32 PM"} for (s,) in spans)


def test_the_page_stated_day_dates_an_undated_story_and_says_so(web_landing: Path) -> None:
    docs = dict(sql(web_landing, "select source_id, dct_source || ' ' || coalesce(cast(cast(timezone('UTC', published_at) as date) as varchar), '-') from documents"))
    assert docs["12_2ecbplus"] == "page_date 2011-11-11"
    assert docs["1_11ecbplus"] == "page_date 2013-05-02"
    assert docs["dated"] == "metadata 2011-11-12"  # a given date is never overridden
    assert docs["seed"] == "none -"
    rows = sql(web_landing, "select d.source_id, t.text, t.value from timexes t join documents d using (doc_id) "
                            "where t.text in ('yesterday', 'late Thursday', 'January 15')")
    assert ("12_2ecbplus", "yesterday", "2011-11-10") in rows
    assert ("dated", "yesterday", "2011-11-11") in rows
    assert ("1_11ecbplus", "late Thursday", "2013-05-02") in rows
    assert ("seed", "January 15", "XXXX-01-15") in rows
