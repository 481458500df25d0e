"""Amounts on news text the extractor was not built on (TimeBank-AQUAINT, Reuters), and the
TimeBank-AQUAINT set labelled in the MEANTIME VALUE style that the harness scores."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tasks.amounts import Amount, extract_amounts, valid_currency
from tasks.evaluate import split_of
from tasks.evaluate.amounts import TIMEBANK_LABELLED, read_timebank


def found(nlp, text: str) -> dict[str, Amount]:
    return {a.text: a for a in extract_amounts(nlp(text))}


CASES: list[tuple[str, str, dict[str, Any]]] = [
    # vague money whose owner stands between "of" and the currency word (wsj_0768)
    ("Billions of investors' dollars are pouring out of the nation's junk-bond mutual funds, undermining a "
     "pillar of support in the already reeling junk market.",
     "Billions of investors' dollars", dict(kind="money", currency="USD", vague=True, value_low=1e9)),
    # a part of the count that follows is a count of the same things, not money named earlier (wsj_0329)
    ("The Dallas oil and gas concern said that $10 million of the facility would be used to consolidate the "
     "company's $8.1 million of existing bank debt, to repurchase 4 million of its 4.9 million shares "
     "outstanding of Series D convertible preferred stock.",
     "4 million", dict(kind="count", currency=None, value=4e6, object="share")),
    # a degree word belongs to the bound it modifies (wsj_0340, Reuters reut2-000:950)
    ("The Credit Lyonnais purchase, for 33,000 regular common shares and 10,000 newly created shares, is "
     "valued at about slightly more than 80 million French francs.",
     "slightly more than 80 million French francs",
     dict(kind="money", currency="FRF", value=80e6, value_low=80e6, approximate="more_than")),
    # "far" after "so" is not a degree word (Reuters reut2-000:276)
    ("SNP shares have advanced from an initial 1.87 dlrs to a Friday close of 2.32 after a 2.80 high. So far "
     "more than 900,000 shares have traded.",
     "more than 900,000", dict(kind="count", value=9e5, approximate="more_than")),
    # pounds with a metric conversion before "of" weigh something; "kms" are kilometres (APW19980322.0749)
    ("Police found more than 1,300 pounds (600 kgs) of fertilizer-based explosives Sunday in a shed in "
     "Dundalk, 50 miles (80 kms) south of Belfast.",
     "more than 1,300 pounds", dict(kind="quantity", unit="pound", currency=None)),
    ("Police found more than 1,300 pounds (600 kgs) of fertilizer-based explosives Sunday in a shed in "
     "Dundalk, 50 miles (80 kms) south of Belfast.",
     "80 kms", dict(kind="quantity", unit="kilometre", value=80.0)),
    # currencies of older news: the Finnish markka (plural markkaa), the Bangladeshi taka
    ("Under an accord signed yesterday, the government and Union Bank of Finland would become major "
     "shareholders in the new company, each injecting 100 million Finnish markkaa ($23.5 million).",
     "100 million Finnish markkaa", dict(kind="money", currency="FIM", value=1e8)),
    ("Metropolitan police told reporters the four arrested, put under six month pre-trial detention, owed "
     "nearly 50.7 mln taka -- the equivalent of about 1.7 mln dlrs -- to Bangladesh Shilpa (Industrial) Bank.",
     "nearly 50.7 mln taka", dict(kind="money", currency="BDT", value=50.7e6)),
    # results tables (fresh Reuters, reut2-020/021): a cell before a period label is money, not a count
    # of months; a nummod link back to an earlier "cts" counts nothing
    ("Shr 25 cts Net 3,081,000 vs 2,063,000 Nine months Shr 86 cts Net 10.5 mln vs 6,966,000 Assets 1.43 "
     "billion vs 1.30 billion Deposits 912.5 mln vs 875.8 mln",
     "2,063,000", dict(kind="money", currency="USD", value=2063000.0)),
    ("Shr 65 cts vs 10 cts Net 55,960,000 vs 8,785,000 Revs 588.2 mln vs 596.1 mln Avg shrs 85,710,000 vs "
     "87,987,000 Nine mths Shr 1.24 dlrs vs 44 cts Net 106,738,000 vs 39,055,000 Revs 1.98 billion vs 2.24 "
     "billion Avg shrs 86,320,000 vs 88,007,000",
     "2.24 billion", dict(kind="money", currency="USD", value=2.24e9)),
    # a total beside its per-share figure is money (reut2-021:21437)
    ("Net for nine mths 1987 includes a cumulative effect of a change in accounting for gain on pension "
     "assets reversion of 10.1 mln or 42 cts a shr.",
     "10.1 mln", dict(kind="money", currency="USD", value=10.1e6)),
    # a scaled number before a name in capitals and a plural noun counts that noun (reut2-020:20064)
    ("Japan had hoped to raise at least 5,000 billion yen from the sale of 1.95 mln NTT shares on November 10.",
     "1.95 mln", dict(kind="count", currency=None, object="share")),
    # exports and imports are money nouns: their scaled figures are in the text's currency (reut2-020:20264)
    ("Chien said Taiwan's trade will reach 80 billion U.S. Dlrs this year compared with 63.96 billion last "
     "year. Its exports are expected to total 50 billion and imports 30 billion against exports of 39.79 "
     "billion and imports of 24.17 billion last year.",
     "39.79 billion", dict(kind="money", currency="USD", value=39.79e9)),
    # bare cents after an amount in another country's dollars are cents of that dollar (wsj_0798)
    ("On the Toronto Stock Exchange, Hudson's Bay shares closed at C$35, up 12.5 cents.",
     "12.5 cents", dict(kind="money", currency="CAD", value=0.125)),
    # round 5, fresh Reuters (by sha256("amounts-r5-reuters:" + id)) and the new TimeBank stories:
    # a percent in words before "year-on-year" is no "half yearly" period (reut2-008:8173)
    ("The Commission, headed by Finance minister Edouard Balladur, forecast a fall in consumer price "
     "inflation to two pct year-on-year at end-1988 from 2.4 pct at end 1987 and 2.1 pct last year.",
     "two pct", dict(kind="percent", value=2.0)),
    # speeds in kilometres per hour (reut2-002:2012)
    ("Snow whipped by 48 kph winds continued to fall on Istanbul and northwest Anatolia after 36 hours.",
     "48 kph", dict(kind="quantity", unit="kilometre per hour", value=48.0)),
    # "75-100,000": the low bound shares the high bound's thousands (reut2-002:2383)
    ('Lukman said that some industry reports "may be correct" that in February, Nigeria propuced '
     "75-100,000 bpd below its 1.238 mln bpd quota.",
     "75-100,000 bpd", dict(kind="quantity", unit="barrel per day", value_low=75000.0, value_high=100000.0)),
    # a label opening the next line of a results table is not what the figure counts (reut2-015:15136)
    ("Revs 410.1 mln vs 393.5 mln Avg shrs 35.4 mln vs 164.7 mln NOTE: 1987 net reflects interest expense "
     "on debt incurred to finance recapitalization in Oct. 1986.",
     "164.7 mln", dict(kind="count", object=None, value=164.7e6)),
    # a number joined to the noun it measures after a possessive name is no model number (wsj_0786)
    ("Harry J. Gray and Melvyn N. Klein, along with five other IMA designees, were named to join American "
     "Medical's 10-member board.",
     "10", dict(kind="count", value=10.0)),
    # a proportion after "said that" is no part of a period ("that half of 1989") (reut2-020:20295)
    ("He said that about half of that loss was offset by the strong performance of the company's domestic "
     "cosmetics business.",
     "about half", dict(kind="percent", value=50.0, approximate="approx")),
    # "a couple of million": a vague amount of two or so (reut2-018:18891)
    ("A compromise reached between Gulf Canada Corp and debenture holders will cost the company a couple "
     "of million dlrs, chairman Marshall Cohen said.",
     "a couple of million dlrs", dict(kind="money", vague=True, value_low=2e6, value_high=3e6)),
    # currencies of 1980s wire copy in the plural: forints, the IMF's SDRs (reut2-003:3593, reut2-017:17896)
    ("It said the budget deficit, which tripled to a provisional 47 billion forints last year after "
     "quadrupling in 1985, must be cut.",
     "47 billion forints", dict(kind="money", currency="HUF", value=47e9, object=None)),
    ("The Philippines has so far drawn three tranches totalling 58 mln SDRs from the arrangement expiring "
     "on April 23.",
     "58 mln SDRs", dict(kind="money", currency="XDR", value=58e6)),
    # the row label after a results-table cell is not what the cell counts (reut2-020:20498)
    ("Revs 6,328,000 vs 4,117,000 Avg shrs 2,558,400 vs 1,884,200 Nine mths Shr 29 cts vs 20 cts",
     "1,884,200", dict(kind="count", object=None)),
    # "estimated" after its subject is the verb, not "an estimated" (reut2-002:2475)
    ("Carroll said Baker had previously estimated 110 to 130 mln dlrs in savings if the companies were "
     "merged.",
     "130 mln dlrs", dict(kind="money", approximate=None, value_low=110e6, value_high=130e6)),
    # a fraction of a unit is a quantity of that unit, not a proportion (reut2-003:3793)
    ("The coins will be sold in denominations of one ounce, a half ounce, a quarter ounce and a tenth of an "
     "ounce.",
     "a quarter ounce", dict(kind="quantity", unit="ounce", value=0.25)),
    ("The coins will be sold in denominations of one ounce, a half ounce, a quarter ounce and a tenth of an "
     "ounce.",
     "a tenth of an ounce", dict(kind="quantity", unit="ounce", value=0.1)),
    # "a previously estimated" is still the adjective (reut2-008:8033)
    ("The deficit is expected to fall to 1.30 billion dlrs from a previously estimated 2.20 billion dlrs.",
     "estimated 2.20 billion dlrs", dict(kind="money", approximate="approx")),
    ("VICORP Restaurants Inc said it has terminated the sale and leaseback of 29 Bakers Square restaurant "
     "properties.",
     "29", dict(kind="count", object="property")),
    # a restaurant chain's name after a count is no street address (reut2-009:9303)
    ("The company completed a sale/leaseback of 31 Baker Street's with United Trust in December, raising "
     "26.5 mln dlrs.",
     "31", dict(kind="count", value=31.0)),
]


@pytest.mark.parametrize(("sentence", "text", "want"), CASES, ids=[c[1] for c in CASES])
def test_fresh_news_text(nlp, sentence: str, text: str, want: dict[str, Any]) -> None:
    got = found(nlp, sentence)
    assert text in got, f"no amount {text!r} in {list(got)}"
    for field, expected in want.items():
        value = getattr(got[text], field)
        assert value == (pytest.approx(expected) if isinstance(expected, float) else expected), (field, value)


@pytest.mark.parametrize("sentence", [
    # NYT20000105.0325, Reuters reut2-000:434: "a third" before a noun is an ordinal
    "Having a third party escort Elian frees the INS from the politically uncomfortable spectacle of having "
    "to do the task itself.",
    "Public construction outlays rose for a third successive month to 75.2 billion dlrs in January.",
])
def test_a_third_before_a_noun_is_an_ordinal(nlp, sentence: str) -> None:
    assert not [a for a in extract_amounts(nlp(sentence)) if a.text.lower().startswith("a third")]


@pytest.mark.parametrize(("sentence", "number"), [
    # a capitalised label names what follows, even a plural noun (reut2-019:19724)
    ("An Apollo spokesman said the cuts bring prices to under 5,000 dlrs for some Series 3000 models.", "3000"),
    # a chain of numbers is a name, no range (reut2-006:6839)
    ("Lotus Development Corp said it reduced the suggested retail price of its 1-2-3 Report Writer software "
     "package to 95 dlrs from 150 dlrs.", "1-2"),
    # a 24-hour clock time before a time zone (reut2-020:20587)
    ("The Pacific Stock Exchange said it will close one half hour early at 1300, pacific daylight time, due "
     "to heavy volume.", "1300"),
    # a money-supply aggregate and SEC forms are names (reut2-010:10267, reut2-002:2475, reut2-011:11041)
    ("Taiwan's Central Bank will issue 12 billion Taiwan dlrs worth of savings bonds on April 13 to help "
     "curb M-1b money supply.", "1b"),
    ("Simmons said he intends to file a 13-D with the Securities and Exchange Commission Monday.", "13"),
    ("Henley late Friday filed a 10-K report with the Securities and Exchange Commission.", "10"),
    # a street address
    ("The company's headquarters are at 1200 Main Street in Dallas, the filing said.", "1200"),
])
def test_names_times_and_addresses_are_not_amounts(nlp, sentence: str, number: str) -> None:
    got = [a.text for a in extract_amounts(nlp(sentence)) if number in a.text]
    assert not got, got


def test_a_third_of_stays_a_proportion(nlp) -> None:
    got = found(nlp, "About a third of the workers at the plant were laid off last year.")
    assert any(a.kind == "percent" and a.value == pytest.approx(100 / 3) for a in got.values()), got


def test_the_timebank_set_is_well_formed() -> None:
    raw = json.loads(TIMEBANK_LABELLED.read_text(encoding="utf-8"))
    assert len(raw) >= 80
    assert len({d["doc"] for d in raw}) == len(raw)  # no story twice
    assert sum(d.get("round") == 5 for d in raw) == 40
    for d in raw:
        assert len(d["sentences"]) <= 6  # sentences 0-5, as MEANTIME annotates
        for sent in d["sentences"]:
            for v in sent["values"]:
                assert sent["text"][v["start"] : v["end"]] == v["text"]
                assert v["type"] in ("MONEY", "PERCENT", "QUANTITY")
    docs = read_timebank()
    assert sum(len(d.gold) for d in docs) >= 150
    for d in docs:
        assert all(d.text[g.start : g.end] == g.text for g in d.gold)
    assert {split_of(d.name) for d in docs} == {"dev", "test"}


def test_harness_reports_the_timebank_rows() -> None:
    from tasks.evaluate import amounts as harness

    res = harness.evaluate("dev", limit=2)
    assert "timebank/newsetl" in res and "timebank/spacy MPQ" in res
    assert "timebank/newsetl r5" in res  # each labelling round reported on its own
    assert "TimeBank-AQUAINT" in harness.format_report(res)
    ours = res["timebank/newsetl"]
    assert ours["n_docs"] == 2
    lo, hi = ours["relaxed_f1_ci"]
    assert lo <= ours["relaxed"]["f1"] <= hi


def test_currencies_added_for_older_news_are_iso() -> None:
    for code in ("FIM", "BDT", "HRK", "LTL", "EEK"):
        assert valid_currency(code)
