"""NIF 2.0 gold (the N3 collection's format): the reader, the dev/test split, the untyped scorer and
``newsetl eval entities --data`` on a folder of ``.ttl`` files. The fixture is two sentences about the
seed article, written by hand (tests/fixtures/nif/seed_nif.ttl); no N3 text is in the repo."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from tasks.evaluate import nif
from tasks.evaluate.entities import Pred

FIXTURE = Path(__file__).parent / "fixtures" / "nif" / "seed_nif.ttl"


@pytest.fixture(scope="module")
def contexts() -> list[nif.NifContext]:
    return nif.read(FIXTURE)


# ---------------------------------------------------------------- reader


def test_contexts_come_with_their_text_and_phrases(contexts):
    assert [c.uri for c in contexts] == [
        "http://example.org/seed-nif/1#char=0,103", "http://example.org/seed-nif/2#char=0,103",
    ]
    assert [p.anchor for p in contexts[0].phrases] == ["US", "Iraq", "Ayn al Asad air base"]
    assert contexts[0].source_url == "http://example.org/seed"


def test_long_string_escapes_and_line_breaks_are_read(contexts):
    text = contexts[1].text
    assert "café 🙂 in Baghdad.\n\"They asked the Pentagon,\" he said." in text
    assert len(text) == 103


def test_offsets_count_code_points_past_an_accent_and_an_emoji(contexts):
    baghdad = next(p for p in contexts[1].phrases if p.anchor == "Baghdad")
    assert contexts[1].text[baghdad.begin:baghdad.end] == "Baghdad"
    pentagon = next(p for p in contexts[1].phrases if p.anchor == "Pentagon")
    assert (pentagon.begin, pentagon.end) == (84, 92)


def test_refs_give_an_english_title_or_nil(contexts):
    by_anchor = {p.anchor: p for c in contexts for p in c.phrases}
    assert by_anchor["US"].title == "United States"
    assert by_anchor["Iraq"].title == "Iraq"  # written with a prefix of the file's own (dbr:)
    assert by_anchor["Pentagon"].title == "The Pentagon"
    assert by_anchor["Ayn al Asad air base"].nil and by_anchor["Ayn al Asad air base"].title is None
    assert by_anchor["Adel Abdul Mahdi"].nil  # a notInWiki/ URI


def test_percent_encoded_and_german_refs():
    assert nif.Phrase(0, 1, "x", "http://dbpedia.org/resource/Donald_Young_%28tennis%29", 1).title == (
        "Donald Young (tennis)"
    )
    german = nif.Phrase(0, 1, "x", "http://de.dbpedia.org/resource/Montedison", 1)
    assert german.title is None and not german.nil


def test_an_anchor_that_is_not_the_text_names_file_and_line(tmp_path: Path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(FIXTURE.read_text(encoding="utf-8").replace('"Baghdad"^^', '"Basra"^^'), encoding="utf-8")
    with pytest.raises(nif.NifError) as err:
        nif.read(bad)
    assert f"{bad}:57:" in str(err.value) and "Basra" in str(err.value)


def test_an_unclosed_string_or_unknown_prefix_names_file_and_line(tmp_path: Path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(FIXTURE.read_text(encoding="utf-8").replace('"Iraq"^^xsd:string', '"Iraq^^xsd:string'),
                   encoding="utf-8")
    with pytest.raises(nif.NifError, match=rf"{bad}:27: string literal not closed"):
        nif.read(bad)
    bad.write_text(FIXTURE.read_text(encoding="utf-8").replace("dbr:Baghdad", "dbo:Baghdad"), encoding="utf-8")
    with pytest.raises(nif.NifError, match=rf"{bad}:63: unknown prefix 'dbo:'"):
        nif.read(bad)


def test_a_phrase_past_the_end_of_its_text_is_refused(tmp_path: Path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(FIXTURE.read_text(encoding="utf-8").replace('nif:endIndex "92"', 'nif:endIndex "120"'),
                   encoding="utf-8")
    with pytest.raises(nif.NifError, match="outside its text of 103"):
        nif.read(bad)


# ---------------------------------------------------------------- split


def test_split_is_stable_and_about_half():
    uris = [f"http://aksw.org/N3/RSS-500/{i}#char=0,{100 + i}" for i in range(400)]
    splits = [nif.split_of(u) for u in uris]
    assert splits == [nif.split_of(u) for u in uris]
    assert 160 < splits.count("test") < 240


def test_dev_and_test_documents_make_up_the_file():
    dev = nif.corpus(FIXTURE, "dev").docs
    test = nif.corpus(FIXTURE, "test").docs
    assert sorted(d.uri for d in dev + test) == sorted(d.uri for d in nif.corpus(FIXTURE, "all").docs)
    assert all(nif.split_of(d.uri) == "dev" for d in dev) and dev and test


# ---------------------------------------------------------------- scorer


def test_right_wrong_unmatched_and_nil_mentions(contexts):
    """US linked right, Pentagon matched but linked elsewhere, Iraq missed, Ayn al Asad NIL."""
    golds = nif.gold_of(contexts[0]) + nif.gold_of(contexts[1])
    preds = [
        Pred(4, 6, "LOC", "United States"),
        Pred(82, 93, "LOC", "Ayn al Asad"),  # overlaps the NIL phrase: found, no link to score
    ]
    first = nif.tally(nif.gold_of(contexts[0]), preds)
    assert first == {"tp": 2, "n_gold": 3, "n_pred": 2, "link_n": 2, "link_ok": 1}
    second = nif.tally(nif.gold_of(contexts[1]), [Pred(80, 92, "ORG", "United States Department of Defense")])
    assert second == {"tp": 1, "n_gold": 3, "n_pred": 1, "link_n": 2, "link_ok": 0}
    assert len(golds) == 6
    scores = nif.summarize([first, second], exhaustive=False)
    assert scores["recall"] == pytest.approx(3 / 6)
    assert scores["link_acc"] == pytest.approx(1 / 4)  # US right; Iraq unmatched, Pentagon wrong, Baghdad unmatched
    assert "precision" not in scores
    assert nif.summarize([first, second], exhaustive=True)["precision"] == pytest.approx(3 / 3)


def test_a_type_disagreement_is_not_an_error_when_gold_has_no_types(contexts):
    golds = nif.gold_of(contexts[0])
    c = nif.tally(golds, [Pred(4, 6, "ORG", "United States"), Pred(42, 46, "PER", "Iraq")])
    assert c["tp"] == 2 and c["link_ok"] == 2


# ---------------------------------------------------------------- CLI


def test_eval_entities_reads_nif_files_under_data(tmp_path: Path):
    (tmp_path / "seed_nif.ttl").write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", "entities", "--data", str(tmp_path), "--split", "dev"])
    assert res.exit_code == 0, res.output
    assert f"gold: {tmp_path}" in res.output and "seed-nif (NIF)" in res.output
    row = next(ln for ln in res.output.splitlines() if ln.startswith("dev   newsetl entities"))
    # one dev document with three gold phrases, two of them with an English title
    cells = row.split()
    assert cells[3:5] == ["1", "3"] and cells[-1] == "2", res.output
    assert "MEANTIME" not in res.output


def test_eval_entities_on_a_bad_nif_file_exits_2_naming_file_and_line(tmp_path: Path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(FIXTURE.read_text(encoding="utf-8").replace('"Baghdad"^^', '"Basra"^^'), encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", "entities", "--data", str(tmp_path), "--split", "dev"])
    assert res.exit_code == 2, res.output
    assert f"{bad}:57:" in res.output.replace("\n", ""), res.output
