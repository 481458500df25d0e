"""Perf session 26: the narrowed look-aheads and the two new timex gates give what the unguarded
scans gave, on real Reuters-21578 copy (stories outside the evaluation sets) and on every word a
core amount can open with.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from itertools import islice

import pytest

from tasks import amounts, dates
from tasks.evaluate import SHARED_DATA
from tests.conftest import FIXTURES, needs_shared

#: the core pattern as it was: any word start may open a match
_PLAIN_CORE_HEAD = r"(?=[\d.½¼¾⅓⅔⅛⅜⅝⅞]|\b[a-z])(?:"
#: the phone pattern as it was: no look-ahead
_PLAIN_PHONE = re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\b\d{3}-\d{4}\b|\+\d[\d ()-]{7,}\d")


@cache
def _stories() -> list[str]:
    from tasks.evaluate.reuters import articles

    held = {json.loads(line)["id"] for name in ("timex_reuters.jsonl", "reuters_links.jsonl")
            for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines() if line.strip()}
    texts = (a["text"] for a in articles(SHARED_DATA / "reuters21578") if f"reuters-{a['id']}" not in held)
    return [t for t in islice(texts, 600) if t]


def _plain(aminor: str) -> re.Pattern[str]:
    head = amounts._CORE_PATTERN[: amounts._CORE_PATTERN.index("(?P<dims>")]
    return re.compile(amounts._CORE_PATTERN.replace(head, _PLAIN_CORE_HEAD, 1).replace("{aminor}", aminor), re.I)


def _spans(p: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in p.finditer(text)]


def test_core_look_ahead_lets_no_word_start_the_plain_one_took() -> None:
    assert amounts._CORE_PATTERN.startswith("(?=[") and "the" not in amounts._CORE_WORD_START
    plain, plain_a = _plain("|(?P<aminor>(?!))"), _plain(rf"|(?P<aminor>{amounts._A_MINOR})")
    words = [*amounts._CORE_FIRST_WORDS, *amounts._FRACTIONS, "a few", "a couple of", "a score of", "a penny",
             "a cent", "a hundred", "a-dozen", "an estimated million people", "multimillion", "multi-billion",
             "tens of thousands", "several hundred million", "half", "the", "and", "April", "three-quarters"]
    text = " ".join(f"{w} {w.upper()} {w.title()} 12 {w}-year," for w in words)
    assert _spans(amounts._CORE_RE, text) == _spans(plain, text)
    assert _spans(amounts._CORE_A_RE, text) == _spans(plain_a, text)
    assert len(_spans(plain, text)) > 3 * len(words)


@needs_shared
def test_core_and_phone_scans_equal_the_plain_ones_on_reuters() -> None:
    plain, plain_a = _plain("|(?P<aminor>(?!))"), _plain(rf"|(?P<aminor>{amounts._A_MINOR})")
    stories = _stories()
    assert len(stories) == 600
    n = 0
    for text in stories:
        got = _spans(amounts._CORE_RE, text)
        assert got == _spans(plain, text)
        assert _spans(amounts._CORE_A_RE, text) == _spans(plain_a, text)
        assert [m.span() for m in amounts._PHONE_RE.finditer(text)] == [m.span() for m in _PLAIN_PHONE.finditer(text)]
        n += len(got)
    assert n > 5_000


def test_phone_look_ahead_keeps_every_form() -> None:
    assert amounts._PHONE_RE.pattern.startswith("(?=[")
    text = "Call (212) 555-1234, 212.555.1234, 555-1234 or +44 20 7250 1122; not 12-345."
    assert [text[m.start() : m.end()] for m in amounts._PHONE_RE.finditer(text)] == [
        "(212) 555-1234", "212.555.1234", "555-1234", "+44 20 7250 1122"]


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    needs = {k: v for k, v in dates._NEEDS_WORDS.items() if k not in ("_later_date", "_elided_last")}
    also = {k: v for k, v in dates._ALSO_NEEDS.items() if k != "_later_date"}
    monkeypatch.setattr(dates, "_NEEDS_WORDS", needs)
    monkeypatch.setattr(dates, "_ALSO_NEEDS", also)
    monkeypatch.setattr(dates, "_GATE", [])


def _timexes(text: str) -> list[tuple[int, int, str, str | None]]:
    return [(t.start_char, t.end_char, t.type, t.value) for t in dates.extract_timexes(text, date(1987, 4, 1))]


def test_every_timex_pattern_is_gated_and_the_two_new_gates_still_fire(monkeypatch: pytest.MonkeyPatch) -> None:
    gates = dates._gate_index()
    assert gates.ungated == 0
    text = "The plan will be reviewed at a later date. Profit was twice as high this year as last."
    got = _timexes(text)
    assert ("a later date", "FUTURE_REF") in [(text[s:e], v) for s, e, _, v in got]
    assert any(text[s:e] == "last" for s, e, _, _ in got)
    _ungated(monkeypatch)
    assert _timexes(text) == got


@needs_shared
def test_timexes_equal_the_ungated_scan_on_reuters(monkeypatch: pytest.MonkeyPatch) -> None:
    stories = _stories()[:300]
    gated = [_timexes(t) for t in stories]
    _ungated(monkeypatch)
    assert [_timexes(t) for t in stories] == gated
    assert sum(map(len, gated)) > 500
