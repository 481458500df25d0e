"""Cleaning rules: boilerplate split, datelines, sign-offs, normalization and near-duplicates."""

from __future__ import annotations

from collections import Counter
from itertools import islice

import pytest

from tasks.clean import (
    DedupState,
    clean_batch,
    dateline_date,
    detect_language,
    normalize,
    plainly_english,
    split_boilerplate,
)
from tasks.evaluate import SHARED_DATA
from tasks.ingest import FileResult, RawRecord
from tests.conftest import SEED_ARTICLE, needs_shared


def kinds(text: str, title: str | None = None) -> list[tuple[str, str]]:
    return [(b.kind, b.line) for b in split_boilerplate(text, title)[1]]


def test_seed_article_post_and_caption_leave_the_body() -> None:
    text = normalize(SEED_ARTICLE.read_text())
    body, removed = split_boilerplate(text)
    assert [(b.kind, b.line) for b in removed] == [
        ("lone_word", "post"), ("caption", "US troops at Ayn al Asad air base in Iraq on January 13 Photo: NYTimes.")]
    assert "Photo: NYTimes" not in body and "\npost\n" not in body
    for b in removed:
        assert text[b.start_char : b.start_char + len(b.line)] == b.line


@pytest.mark.parametrize(("text", "expected"), [
    ("WASHINGTON, Jan 15 (Reuters) - The Senate voted.", ("dateline", "WASHINGTON, Jan 15 (Reuters) -")),
    ("NEW YORK, March 2 - Shares rose.", ("dateline", "NEW YORK, March 2 -")),
    ("RICHMOND, Va. Feb 26 - Qtly div 10 cts.", ("dateline", "RICHMOND, Va. Feb 26 -")),
    ("AMSTERDAM, 2 March - The Dutch central bank said.", ("dateline", "AMSTERDAM, 2 March -")),
    ("LONDON (AP) \u2014 Prices fell.", ("dateline", "LONDON (AP) \u2014")),
    ("By Jane Doe and John Roe\n\nThe talks ended.", ("byline", "By Jane Doe and John Roe")),
    ("The talks ended.\n\n(Reporting by Jane Doe; Editing by John Roe)", ("byline", "(Reporting by Jane Doe; Editing by John Roe)")),
    ("The talks ended.\n\nReuter", ("signature", "Reuter")),
    ("The talks ended, the sources said. REUTER", ("signature", "REUTER")),
    ("Markets rallied.\n\nAdvertisement\n\nBonds fell.", ("advertisement", "Advertisement")),
])
def test_rules_find_what_is_not_body(text: str, expected: tuple[str, str]) -> None:
    assert kinds(text) == [expected]


@pytest.mark.parametrize("text", [
    "Image Technology makes chemicals for the semiconductor industry.",
    "Related companies profit 3.1 mln vs 1.4 mln.",
    "The company said it would buy back shares. It also bought Reuters.",
    "Shares in U.S. Steel - the largest producer - rose 3 pct.",
    "1987\n\nThe year in review.",
    "He said the video: a short clip filmed by a bystander, showed the crash in detail, and it was later broadcast on "
    "national television across the country as investigators began to piece together what had happened on the runway that night.",
])
def test_rules_leave_ordinary_body_text_alone(text: str) -> None:
    assert kinds(text) == []


def test_dateline_is_cut_from_the_first_paragraph_with_its_offset() -> None:
    text = "  WASHINGTON, Jan 15 (Reuters) - The Senate voted.\n\nMore later."
    body, removed = split_boilerplate(text)
    (d,) = removed
    assert body == "The Senate voted.\n\nMore later."
    assert (d.kind, d.line_index, text[d.start_char : d.start_char + len(d.line)]) == ("dateline", 0, d.line)
    assert not kinds("The Senate voted.\n\nWASHINGTON, Jan 15 (Reuters) - later paragraph")


def test_a_dateline_supplies_a_date_only_when_it_writes_the_year() -> None:
    assert dateline_date(split_boilerplate("NEW YORK, Jan 14, 2020 (Reuters) - Citi rose.")[1]) == "2020-01-14"
    assert dateline_date(split_boilerplate("NEW YORK, Jan 14 (Reuters) - Citi rose.")[1]) is None


def test_headline_repeated_as_first_line_is_removed() -> None:
    assert kinds("Brazil cuts rates\nThe central bank cut.", title="Brazil cuts rates") == [("headline", "Brazil cuts rates")]


def test_normalize_nfc_line_endings_and_control_characters() -> None:
    assert normalize("Cafe\u0301\r\nline\rnext\x07 \u200b") == "Caf\u00e9\nline\nnext"


def _records(*texts: str) -> list[FileResult]:
    res = FileResult("f.jsonl", None, None, "jsonl")
    res.records = [RawRecord(f"f.jsonl#L{i}", "f.jsonl", i, t, str(i)) for i, t in enumerate(texts, start=1)]
    return [res]


STORY = ("The central bank raised its main interest rate by half a point on Thursday to curb inflation, which reached its highest "
         "level in a decade last month, and said further increases were likely if price pressures did not ease soon, "
         "governor Maria Lopez told reporters at a news conference in the capital.")


def test_near_duplicates_point_at_the_first_seen_copy_and_state_carries_over() -> None:
    resend = STORY.replace("on Thursday", "on Thursday morning").replace("told reporters", "said")
    other = ("Heavy rain flooded parts of the northern region on Monday, forcing thousands of residents from their homes, closing "
             "schools and cutting power to villages, while rescue teams searched for people reported missing after a river burst its banks.")
    first = clean_batch(_records(STORY, other), frozenset())
    second = clean_batch(_records(resend, STORY), first.seen)
    (canon, unrelated), (copy,) = first.docs, second.docs
    assert canon.cluster_id == canon.doc_id and canon.duplicate_of is None
    assert unrelated.duplicate_of is None
    assert (copy.cluster_id, copy.duplicate_of) == (canon.doc_id, canon.doc_id)
    assert second.duplicates == ["f.jsonl#L2"]


def test_a_run_starts_from_the_landed_stories_and_points_new_copies_at_them() -> None:
    resend = STORY.replace("on Thursday", "on Thursday morning").replace("told reporters", "said")
    landed = clean_batch(_records(STORY), frozenset()).docs[0]
    state = DedupState.from_landed([landed.doc_id], [(landed.doc_id, landed.text)])
    out = clean_batch(_records(STORY, resend), state)
    assert out.duplicates == ["f.jsonl#L1"], "the exact copy is a duplicate of the landed one"
    assert [(d.cluster_id, d.duplicate_of) for d in out.docs] == [(landed.doc_id, landed.doc_id)]


def test_short_templated_notices_are_not_clustered() -> None:
    a = "Qtly div 10 cts vs 10 cts prior Pay April 1 Record March 15"
    b = "Qtly div 12 cts vs 12 cts prior Pay April 1 Record March 15"
    docs = clean_batch(_records(a, b), frozenset()).docs
    assert [d.duplicate_of for d in docs] == [None, None]


@needs_shared
def test_reuters_boilerplate_rules_on_a_thousand_articles() -> None:
    from bench.reuters import articles

    counts: Counter[str] = Counter()
    docs = list(islice(articles(SHARED_DATA / "reuters21578"), 1000))
    for art in docs:
        text = normalize(art["text"])
        body, removed = split_boilerplate(text)
        assert body
        for b in removed:
            assert text[b.start_char : b.start_char + len(b.line)] == b.line
        counts.update(b.kind for b in removed)
    # Measured on the first 1,000 bodies: 998 datelines, 992 sign-offs, 0 other lines removed.
    assert counts["dateline"] >= 990 and counts["signature"] >= 985
    assert sum(n for k, n in counts.items() if k not in ("dateline", "signature")) <= 5, counts
    assert SHARED_DATA.exists()


ALL_CAPS_WIRE = ("THE BANK OF KOREA SAID IT FIXED THE MIDRATE OF THE WON AT 844.30 TO THE DOLLAR, ITS HIGHEST LEVEL "
                 "SINCE FEBRUARY 26, 1985, WHEN IT WAS 843.90.\n\nTHE WON WAS SET at 845.50 YESTERDAY.\n\nTHE WON HAS "
                 "RISEN 2.03 PCT AGAINST THE DOLLAR SO FAR THIS YEAR, AFTER RISING 3.34 PCT IN 1986.")  # Reuters-21578


@pytest.mark.parametrize(("text", "expected"), [
    ("The Bank of England said it had provided the money market with 250 mln stg of assistance this morning, "
     "and that it would have been ready to do more if the shortage had been larger than it forecast.", "en"),
    (ALL_CAPS_WIRE, "en"),  # the classifier alone calls this und
    ("Die Bundesbank hat am Donnerstag den Diskontsatz unverändert gelassen, wie ein Sprecher der Notenbank in "
     "Frankfurt mitteilte. Die Entscheidung war von den meisten Händlern am Devisenmarkt erwartet worden, "
     "nachdem der Dollar in den letzten Tagen gefallen war.", "de"),
    ("La Banque de France a annoncé jeudi qu'elle laissait son taux d'intervention inchangé, a indiqué un porte-parole "
     "de l'institut d'émission à Paris. Cette décision était attendue par la plupart des opérateurs du marché des "
     "changes, après la baisse du dollar.", "fr"),
    ("De Nederlandsche Bank heeft donderdag de officiële rente ongewijzigd gelaten, zo heeft een woordvoerder van "
     "de centrale bank in Amsterdam meegedeeld. Het besluit was door de meeste handelaren op de valutamarkt "
     "verwacht, nadat de dollar in de afgelopen dagen was gedaald.", "nl"),
    ("El Banco de España ha mantenido sin cambios el tipo de interés, según ha informado un portavoz de la "
     "institución en Madrid. La decisión era esperada por la mayoría de los operadores del mercado de divisas, "
     "tras la caída del dólar en los últimos días.", "es"),
])
def test_language_of_english_and_other_news(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_function_word_shortcut_needs_enough_words() -> None:
    assert not plainly_english("The bank said that it has the rates.")  # too few words to decide on
    assert not plainly_english("Die Bundesbank hat am Donnerstag den Diskontsatz unverändert gelassen " * 3)
