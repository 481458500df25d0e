"""Amounts: news styles, normalization, non-amounts, the seed article and the harness."""

from __future__ import annotations

from typing import Any

import pytest

from tasks.amounts import Amount, extract_amounts, valid_currency, words_value
from tasks.evaluate import SHARED_DATA
from tasks.settings import REPO_ROOT

SEED = (REPO_ROOT / "seeds" / "articles" / "000_f5a45168e158e88b.txt").read_text(encoding="utf-8")


def amounts(nlp, text: str, exclude=()) -> list[Amount]:
    return extract_amounts(nlp(text), exclude)


def find(found: list[Amount], text: str) -> Amount:
    hits = [a for a in found if a.text == text]
    assert hits, f"no amount {text!r} in {[a.text for a in found]}"
    return hits[0]


def check(a: Amount, want: dict[str, Any]) -> None:
    for field, expected in want.items():
        got = getattr(a, field)
        if isinstance(expected, float) and got is not None:
            assert got == pytest.approx(expected), f"{a.text!r}.{field}: {got} != {expected}"
        else:
            assert got == expected, f"{a.text!r}.{field}: {got!r} != {expected!r}"


SEED_CASES = [
    ("$ 250 million", dict(kind="money", value=250e6, currency="USD", vague=False)),
    ("5,300", dict(kind="count", value=5300.0, object="troop", approximate=None)),
    ("About 5,300", dict(kind="count", value=5300.0, object="serviceman", approximate="approx")),
    ("eight", dict(kind="count", value=8.0, object="other")),
    ("two", dict(kind="count", value=2.0, object="official")),
    ("hundreds of", dict(kind="count", value=None, value_low=100.0, value_high=999.0, vague=True, object="partner")),
    ("billions of dollars", dict(kind="money", value=None, value_low=1e9, value_high=1e12, currency="USD", vague=True)),
]


@pytest.mark.parametrize(("text", "want"), SEED_CASES, ids=[c[0] for c in SEED_CASES])
def test_seed_article(nlp, text, want):
    check(find(amounts(nlp, SEED), text), want)


def test_seed_article_has_no_date_amounts(nlp):
    # "January 15", "January 13", "January 3", "two-week pause", "two weeks" are dates, not amounts
    texts = [a.text for a in amounts(nlp, SEED)]
    assert not any(t in ("15", "13", "3", "14") for t in texts), texts
    assert "two-week" not in " ".join(texts)


# Real sentences (Reuters-21578 unless marked), the amount's text and what it must mean.
TABLE_USD = (
    "Shr 54 cts vs 73 cts Net 3,080,000 vs 4,367,000 Sales 59.6 mln vs 55.6 mln Nine mths Shr 1.44 dlrs "
    "vs 1.81 dlrs Net 8,526,000 vs 10,857,000 Avg shrs 14.9 mln vs 13.2 mln"
)
TABLE_YEN = "Group shr 24.20 yen vs 37.42 Net 10.95 billion vs 15.46 billion Pretax 25.25 billion vs 31.15 billion"

STYLE_CASES = [
    # Reuters: mln/bln, dlrs, stg, pct, cts, 60-kilo bags
    ("Arrivals for the week ended February 22 were 155,221 bags of 60 kilos making a cumulative "
     "total for the season of 5.93 mln against 5.81 at the same stage last year.",
     "155,221 bags", dict(kind="quantity", value=155221.0, unit="bag", object="bag")),
    ("Arrivals for the week ended February 22 were 155,221 bags of 60 kilos.",
     "60 kilos", dict(kind="quantity", value=60.0, unit="kilogram")),
    ("Total Bahia sales are currently estimated at 6.13 mln bags against the 1986/87 crop.",
     "6.13 mln bags", dict(kind="quantity", value=6.13e6, unit="bag", object="bag")),
    ("Brown-Forman today reported a 37 pct increase in third quarter profits to 21.6 mln dlrs, or "
     "1.00 dlr a share, on a seven pct increase in sales to a record 337 mln dlrs.",
     "21.6 mln dlrs", dict(kind="money", value=21.6e6, currency="USD")),
    ("Brown-Forman today reported a 37 pct increase in third quarter profits.",
     "37 pct", dict(kind="percent", value=37.0, currency=None)),
    ("Sales rose on a seven pct increase in sales to a record 337 mln dlrs.",
     "seven pct", dict(kind="percent", value=7.0)),
    ("He also noted that there was a 6.9 pct drop in January shipments, compared with a 5.4 pct "
     "rise in December.", "5.4 pct", dict(kind="percent", value=5.4)),
    ("The Bank of England said it forecast a shortage of around 250 mln stg in the money market today.",
     "around 250 mln stg", dict(kind="money", value=250e6, currency="GBP", approximate="approx")),
    ("He repeated an earlier projection that earnings will be off slightly from last year's 40 cts a share.",
     "40 cts", dict(kind="money", value=0.4, currency="USD")),
    ("The proposed issue volume is 475 billion yen against the 600 billion in February.",
     "475 billion yen", dict(kind="money", value=475e9, currency="JPY")),
    ("The proposed issue volume is 475 billion yen against the 600 billion in February.",
     "600 billion", dict(kind="money", value=600e9, currency="JPY")),
    ("Disclosed risk provisions rose to 736.3 mln marks from 224.0 mln.",
     "736.3 mln marks", dict(kind="money", value=736.3e6, currency="DEM")),
    ("Net foreign assets of Swiss banks rose by 3.5 billion Swiss francs to 71.2 billion francs.",
     "71.2 billion francs", dict(kind="money", value=71.2e9, currency="CHF")),
    ("Bankers said a total of 650 mln U.S. Dlrs was raised in the Singapore capital market last year.",
     "650 mln U.S. Dlrs", dict(kind="money", value=650e6, currency="USD")),
    ("These CMOs were given an initial coupon of 11-1/2 pct and priced at 104.40.",
     "11-1/2 pct", dict(kind="percent", value=11.5)),
    ("There is a 1/4 pct selling concession and a 5/8 pct combined management and underwriting fee.",
     "5/8 pct", dict(kind="percent", value=0.625)),
    ("There is a seven basis point management and underwriting fee.",
     "seven basis point", dict(kind="percent", value=0.07, unit="basis point")),
    ("Money market sources said the announcement might herald a quarter percentage point cut.",
     "a quarter percentage point", dict(kind="percent", value=0.25, unit="percentage point")),
    ("MEES said the Soviet firm recommended a pipeline with an eventual 500,000 bpd capacity.",
     "500,000 bpd", dict(kind="quantity", value=500000.0, unit="barrel per day")),
    ("The U.S. Agriculture Department said private U.S. exporters reported sales of 104,000 tonnes "
     "of corn to unknown destinations.", "104,000 tonnes",
     dict(kind="quantity", value=104000.0, unit="tonne", object="corn")),
    # ranges and approximations
    ("The allowances are expected to rise between 10 and 20 per cent in many areas, the Pentagon said.",
     "20 per cent", dict(kind="percent", value=None, value_low=10.0, value_high=20.0)),
    ("The company said construction will take about 12 months, costing about 14 to 16 mln dlrs.",
     "16 mln dlrs",
     dict(kind="money", value=None, value_low=14e6, value_high=16e6, currency="USD", approximate="approx")),
    ("The number of unit holder accounts rose by 93,000 to 3,594,000.",
     "3,594,000", dict(kind="count", value=3594000.0, value_low=None)),
    ("Trans World Airlines Inc said it owns more than four mln USAir Group shares.",
     "more than four mln",
     dict(kind="count", value=4e6, value_low=4e6, approximate="more_than", object="share")),
    ("Burlington Northern Inc said it plans to repurchase up to five mln shares.",
     "five mln", dict(kind="count", value=5e6, value_high=5e6, approximate="at_most", object="share")),
    ("In a complaint, the SEC said the firms had at least 1,000 customers.",
     "at least 1,000", dict(kind="count", value=1000.0, approximate="at_least", object="customer")),
    ("Iomega Corp said it has laid off nearly half of its direct labor force.",
     "nearly half", dict(kind="percent", value=50.0, approximate="less_than")),
    ("M-1 makes up about a quarter of M-2.",
     "about a quarter", dict(kind="percent", value=25.0, approximate="approx")),
    # vague amounts
    ("The legislation could save U.S. companies hundreds of thousands of dollars annually.",
     "hundreds of thousands of dollars",
     dict(kind="money", vague=True, value=None, value_low=1e5, value_high=1e6, currency="USD")),
    ("If you put billions of dlrs into other acquisitions, this is a good idea.",
     "billions of dlrs", dict(kind="money", vague=True, value_low=1e9, value_high=1e12, currency="USD")),
    ("We will be getting dozens of offers from elsewhere, Santana added.",
     "dozens of", dict(kind="count", vague=True, object="offer")),
    # number words and mixed forms
    ("Eastman Kodak Co said it is introducing four information technology systems.",
     "four", dict(kind="count", value=4.0, object="system")),
    ("The agreement will be signed by two dozen suppliers.",  # news style
     "two dozen", dict(kind="count", value=24.0, object="supplier")),
    ("The city has 1.2 million residents.",  # news style
     "1.2 million", dict(kind="count", value=1.2e6, object="resident")),
    ("Versar Inc said it received a contract with a value of 9.5 mln dlrs.",
     "9.5 mln dlrs", dict(kind="money", value=9.5e6)),
    # symbols and codes (news style)
    ("The group raised US$1.5bn from investors.", "US$1.5bn", dict(kind="money", value=1.5e9, currency="USD")),
    ("The bank lent Stg 2.5 billion to the utility.",
     "Stg 2.5 billion", dict(kind="money", value=2.5e9, currency="GBP")),
    ("EADS defeated Boeing for a US$ 40 billion (GB # 20.1 billion) contract.",
     "GB # 20.1 billion", dict(kind="money", value=20.1e9, currency="GBP")),
    ("China Eastern will buy jets for 9.9 billion yuan (about US$ 1.4 billion).",
     "9.9 billion yuan", dict(kind="money", value=9.9e9, currency="CNY")),
    ("The program costs $249 USD to join.", "$249 USD", dict(kind="money", value=249.0, currency="USD")),
    ("It lent 500 mln Canadian dlrs to the province.",
     "500 mln Canadian dlrs", dict(kind="money", value=500e6, currency="CAD")),
    ("The new iPod comes in a 30GB edition.", "30GB", dict(kind="quantity", value=30.0, unit="gigabyte")),
    # currency and unit from context
    ("Emery Air Freight Corp said weight was up 27 pct to 61.4 mln pounds from 48.4 mln.",
     "61.4 mln pounds", dict(kind="quantity", value=61.4e6, unit="pound", currency=None)),
    ("Emery Air Freight Corp said weight was up 27 pct to 61.4 mln pounds from 48.4 mln.",
     "48.4 mln", dict(kind="quantity", value=48.4e6, unit="pound")),
    ("Belgium's public expenditure deficit fell sharply to 59.5 billion francs in May from 96.7 "
     "billion in the same month last year.",
     "96.7 billion", dict(kind="money", value=96.7e9, currency="BEF")),
    ("Uganda's Coffee Marketing Board needs between 10 and 15 billion shillings to pay farmers.",
     "15 billion shillings",
     dict(kind="money", value=None, value_low=10e9, value_high=15e9, currency="UGX")),
    ("The Bank of France cut its intervention rate to 7-3/4 pct from eight.",
     "eight", dict(kind="percent", value=8.0)),
    ("The issue is available in denominations of 20 and five mln yen.",
     "20", dict(kind="money", value=20e6, currency="JPY")),
    ("The cost of the project so far is # 8.4 bn, # 1bn over budget.",  # Penn Treebank pound sign
     "# 8.4 bn", dict(kind="money", value=8.4e9, currency="GBP")),
    ("Songs are sold for # 0.79 per song and # 7.99 per album.",  # a price, not a number sign
     "# 0.79", dict(kind="money", value=0.79, currency="GBP")),
    ("The SGD1.75-billion Terminal 3 will open its doors in January.",  # ISO code against the number
     "SGD1.75-billion", dict(kind="money", value=1.75e9, currency="SGD")),
    ("Clinton has requested dlrs 50 million in emergency assistance.",  # AP style
     "dlrs 50 million", dict(kind="money", value=50e6, currency="USD")),
    # news style: vague scales, rates, sizes, capacities
    ("The compensation could well run into a few hundred million US dollars.",
     "a few hundred million US dollars",
     dict(kind="money", vague=True, value=None, value_low=2e8, value_high=9e8, currency="USD")),
    ("The union said several thousand jobs were at risk.",
     "several thousand", dict(kind="count", vague=True, value_low=2e3, value_high=9e3, object="job")),
    ("The tankers will be delivered at a rate of 15 a year.", "15", dict(kind="count", value=15.0)),
    ("Production will rise from two a month to ten.", "two", dict(kind="count", value=2.0)),
    ("Production will rise from two a month to ten.", "ten", dict(kind="count", value=10.0)),
    ("Sales are expected to exceed the 250 required to break even.",  # round: a count, not a model
     "250", dict(kind="count", value=250.0)),
    ("Video is stored at a resolution of 320x240.", "320x240", dict(kind="quantity", value=None)),
    ("On the larger model, 75 hours of video can be stored.",
     "75 hours", dict(kind="quantity", value=75.0, unit="hour", object="video")),
    ("The law forbids a sound louder than 100 decibels.",
     "100 decibels", dict(kind="quantity", value=100.0, unit="decibel")),
    ("The deal includes a dozen new jets.", "a dozen", dict(kind="count", value=12.0, object="jet")),
    ("Revenue was $32.5 billion, with sales of 2.6 million Macs.",  # counts Macs: no elided "$"
     "2.6 million", dict(kind="count", value=2.6e6, currency=None, object="mac")),
    ("Net profit was 5.2 mln dlrs against 4.1 mln a year earlier.",
     "4.1 mln", dict(kind="money", value=4.1e6, currency="USD")),
    ("He said ``we have ordered 20'' and left.",  # a closing quote, not inches
     "20", dict(kind="count", unit=None)),
    ("The Macbook features a 13.3'' widescreen display.", "13.3''", dict(kind="quantity", unit="inch")),
    ("Airbus delivered 453 aircraft in 2007.", "453", dict(kind="count", value=453.0, object="aircraft")),
    ("Few airlines want 500-seat aircraft.", "500", dict(kind="count", value=500.0)),
    ("Air India paid Rs 500 crore for the jets.", "Rs 500 crore", dict(kind="money", value=5e9, currency="INR")),
    ("The iPhone costs US $199 in the U.S.", "US $199", dict(kind="money", value=199.0, object=None)),
    ("Airbus's 5,000 employees in Toulouse went on strike, as did Boeing's 300 engineers.",
     "300", dict(kind="count", value=300.0, object="engineer")),
    # Reuters results tables (fresh Reuters-21578 documents, round 3): money in the table's currency
    (TABLE_USD, "3,080,000", dict(kind="money", value=3080000.0, currency="USD")),
    (TABLE_USD, "4,367,000", dict(kind="money", value=4367000.0, currency="USD")),
    (TABLE_USD, "55.6 mln", dict(kind="money", value=55.6e6, currency="USD")),
    (TABLE_USD, "13.2 mln", dict(kind="count", value=13.2e6, currency=None)),  # Avg shrs counts shares
    (TABLE_YEN, "37.42", dict(kind="money", value=37.42, currency="JPY")),
    ("Shr loss five cts Net loss 753,000 Revs 8,932,000 Avg shrs 16.0 mln Year Shr loss seven cts",
     "753,000", dict(kind="money", value=753000.0, currency="USD")),  # a one-column table
    ("Shr loss five cts Net loss 753,000 Revs 8,932,000 Avg shrs 16.0 mln Year Shr loss seven cts",
     "16.0 mln", dict(kind="count", value=16e6, currency=None)),
    (TABLE_YEN, "10.95 billion", dict(kind="money", value=10.95e9, currency="JPY")),
    ("Shr profit 70 cts vs profit 89 cts Net loss 500,000 vs loss 500,000 Sales 47.4 mln vs 37.5 mln",
     "37.5 mln", dict(kind="money", value=37.5e6, currency="USD")),
    # a number written in full takes no scale from the next one
    ("Analysts expect gasoline stocks to rise 500,000 to two mln barrels above the 234 mln reported.",
     "two mln barrels", dict(kind="quantity", value=None, value_low=5e5, value_high=2e6, unit="barrel")),
    ("The paper will be issued in denominations of 500,000 and one mln stg.",
     "500,000", dict(kind="money", value=5e5, currency="GBP")),
    ("But part of this would be offset by an estimated five to six billion marks flowing in.",
     "six billion marks",
     dict(kind="money", value=None, value_low=5e9, value_high=6e9, currency="DEM", approximate="approx")),
    ("The issue is available in denominations of two mln and five mln lire.",
     "two mln", dict(kind="money", value=2e6, currency="ITL")),
    ("He said the cut to 3.5 from seven pct was approved by the government.",
     "3.5", dict(kind="percent", value=3.5)),
    # pence written against the number in sterling stories
    ("In London, Hepworth shares eased 0.5p on the announcement to 227.5p.",
     "227.5p", dict(kind="money", value=2.275, currency="GBP")),
    ("Foreigners will be able to invest up to two mln N.Z. Dlrs in New Zealand assets.",
     "two mln N.Z. Dlrs", dict(kind="money", value=2e6, currency="NZD")),
    ("The company said it sold about one-half of its 50 pct interest in the Oak field.",
     "about one-half", dict(kind="percent", value=50.0, approximate="approx")),
    ("They would offer to buy one-sixth of the number of Life Investors' common stock outstanding.",
     "one-sixth", dict(kind="percent", value=100 / 6)),
    # an identifier's label used as a verb takes an amount
    ("For the acquisition, Dotronix will issue 312,500 unregistered shares of its common stock.",
     "312,500", dict(kind="count", value=312500.0, object="share")),
    ("It will seat about 150 passengers, the company said.",
     "about 150", dict(kind="count", value=150.0, object="passenger", approximate="approx")),
    ("Shandwick said it would raise 5.1 mln stg through the placing of 1.16 mln shares to finance the deal.",
     "1.16 mln", dict(kind="count", value=1.16e6, currency=None, object="share")),
    ("In March it sold 4,324 vehicles, down from 6,198 last year.", "6,198", dict(kind="count", object=None)),
    ("Earlier this year, Apple opened a 500,000 square foot data center in North Carolina.",
     "500,000 square foot", dict(kind="quantity", value=5e5, unit="square foot")),
    # a dollar country's own stories print its money as plain "dlrs"
    ("Canada had a trade surplus of 1.25 billion dlrs in February compared with an upward revised 623 mln "
     "dlrs surplus in January, Statistics Canada said.", "1.25 billion dlrs", dict(kind="money", currency="CAD")),
    ("New Zealand's current account deficit narrowed to 78 mln dlrs in February from 93 mln in January.",
     "93 mln", dict(kind="money", value=93e6, currency="NZD")),
    ("Keen demand pushed the Australian share market to highs. Western Mining gained 30 cents to 9.00 dlrs.",
     "30 cents", dict(kind="money", value=0.3, currency="AUD")),
    ("Industrial Equity (Pacific) Ltd, a Hong Kong-based investment firm, said it bought 918,900 shares of "
     "Calmat common stock at 33 dlrs a share.", "33 dlrs", dict(kind="money", currency="USD")),
    ("U.S. Commerce Secretary Malcolm Baldrige will stop in Hong Kong. The U.S. deficit with Hong Kong was "
     "6.4 billion dlrs.", "6.4 billion dlrs", dict(kind="money", currency="USD")),
    ("An additional 761 head of dairy cattle are still quarantined, it said.",
     "761", dict(kind="count", value=761.0, object="head")),
    ("The deficit will fall in 1987 to around 420 billion francs from 561 billion last year.",
     "561 billion", dict(kind="money", value=561e9, currency="FRF")),
    ("A rise in note circulation will take out some 280 mlns stg.",
     "some 280 mlns stg", dict(kind="money", value=280e6, currency="GBP", approximate="approx")),
    ("Lewis said Shearson contributed 316 mln in after-tax operating earnings, up from 1.2 billion dlrs.",
     "316 mln", dict(kind="money", value=316e6, currency="USD")),
    ("BMA figures show OBU assets rose to 58.30 billion dlrs at the end of June, the highest since early "
     "1985 when assets topped 61 billion. Local banks hold 120 mln dinars.",
     "61 billion", dict(kind="money", value=61e9, currency="USD")),
    # a scaled figure of a money noun is money in the document's nearest currency
    ("Irving said its first quarter net income would have rose 8.4 pct to 32.9 mln and per share amounts "
     "would have risen eight pct to 1.75 dlr.", "32.9 mln", dict(kind="money", value=32.9e6, currency="USD")),
    ("West Germany posted a trade surplus of 124 billion marks in 1986. The current account surplus widened "
     "to a provisional 6.6 billion in February from 4.8 billion in January.",
     "4.8 billion", dict(kind="money", value=4.8e9, currency="DEM")),
    ("The trading included one for 5.0 mln Kalimantan Gold at 65 cents, brokers said of the special sales.",
     "5.0 mln", dict(kind="count", currency=None)),
    ("Kenya had an overall balance of payments surplus of 780 mln Kenya shillings (48 mln dlrs).",
     "780 mln Kenya shillings", dict(kind="money", value=780e6, currency="KES")),
    ("Versar Inc received a contract from the U.S. Air Force with a maximum value of 9.5 mln dlrs.",
     "a maximum value of 9.5 mln dlrs", dict(kind="money", value=9.5e6, value_high=9.5e6, approximate="at_most")),
    ("Hog slaughter at about 262,000 to 275,000 head versus 278,000 week ago.",
     "278,000", dict(kind="count", value=278000.0, object=None)),
]


@pytest.mark.parametrize(("sentence", "text", "want"), STYLE_CASES, ids=[c[1] for c in STYLE_CASES])
def test_news_styles(nlp, sentence, text, want):
    check(find(amounts(nlp, sentence), text), want)


NOT_AMOUNTS = [
    ("Argentina announced the lifting until December 1989 of import taxes.", "1989"),  # year
    ("It said the recall involves only 1987 model year vehicles.", "1987"),
    ("The ICO ad hoc working group will meet on March 30.", "30"),  # date
    ("The quake struck at 9:40 A.M. (0040 GMT), some 240 km north of Tokyo.", "9:40"),  # time
    ("The quake struck at 9:40 A.M. (0040 GMT), some 240 km north of Tokyo.", "0040"),
    ("Brown-Forman reported a 37 pct increase in third quarter profits.", "third"),  # ordinal
    ("The company marked its 25th year of operation.", "25th"),
    ("For details call 555-0199 or +44 20 7250 1122.", "555-0199"),  # phone numbers
    ("For details call 555-0199 or +44 20 7250 1122.", "7250"),
    ("Under clause 4 of the accord, the parties agreed to arbitration.", "4"),  # clause number
    ("Article 12 of the treaty forbids it.", "12"),
    ("The 400 series is the latest model of the Boeing 747 family, he said.", "747"),  # names
    ("Finance ministers of the G7 met in Paris.", "7"),
    ("The dollar will rise when the Group of Seven industrial nations meets again.", "Seven"),
    ("Cut to Baa-2 from Baa-1 were the senior debt of the company.", "2"),
    ("Apple unveils iPhone 4, iOS 4 at Worldwide Developers Conference 2010.", "4"),
    ("The Navy grounded its A-6E attack jets and two Boeing 737-800 planes.", "737"),
    ("Boeing's 787 is late. You can't simply shrink the 787 and expect the same benefits.", "787"),
    ("Its manufacturer's serial number is 001, and it is registered F-WWOW.", "001"),
    ("This will go down in history as one of our greatest days.", "one"),
    ("Fifteen people died in the crash of Flight 574.", "574"),
    ("The credit terms must be in excess of three years.", "three"),  # durations are dates
    ("The passage of the budget follows a 50-day stop-gap budget.", "50"),
    ("Apple released Mac OS X 10.5.2 on Tuesday.", "10.5"),  # versions
    ("Apple announced the 2.0 software update for the iPhone.", "2.0"),
    ("Apple also updated its iTunes software, bringing it to version 5. It also supports podcasts.", "5"),
    ("The Air India order is worth US$ 6.8 billion for 50 787s. Air India said the 20 extra seats the 787 "
     "offers were decisive.", "787"),
    ("Apple sells one millionth iPhone 3G", "one"),  # an ordinal
    ("The tanker is the number-one procurement priority for us.", "one"),  # a rank
    ("The Boeing 787 flew. This is the first 787, said the project manager.", "787"),
    ("He was shot to death at 10 p.m. as he stood chatting.", "10"),  # times
    ("This courageous father will leave at 4 in the morning.", "4"),
    ("It was the level we saw in the winter of nineteen ninety-four.", "ninety-four"),  # a year
    ("You may, in a year or two, save a few more lives.", "two"),  # the rest of a duration
    ("But a minute and a half later, a pilot called.", "a half"),
    ("Citadel posted a third-quarter net loss of $2.3 million.", "a third"),
    ("The charge will be spread over the next three quarters.", "three quarters"),
    ("There was violence in Northern Ireland for the past three summers.", "three"),
    ("His promise to half unemployment by the year two thousand has now been abandoned.", "two thousand"),
    ("Makers of engineering workstations are developing 486-based machines.", "486"),
    ("The stock fell after announcing a five-for-eight bonus issue.", "five"),  # ratios
    ("Results are adjusted for a December 1986 three-for-two split.", "two"),
    ("It bought 46 mln stg in band three at 9-3/4 pct and seven mln stg in band four.", "three"),  # bands
    ("It has acquired the Robert Half and Accountemps franchises in New York.", "Half"),  # names
    ("Regulations after the Three Mile Island incident raised costs.", "Three"),
    ("Avg shrs 4,600,199 vs 4,815,062 1st half Shr loss 23 cts vs profit 10 cts", "half"),  # periods
    ("Inflation fell to 16.432 in 1985. The half yearly report said exports increased.", "half"),
    ("The latest two-week period included a quarter end when seasonal demand often pushes rates up.",
     "a quarter"),
    ("Shr 54 cts vs 73 cts Net 3,080,000 vs 4,367,000 Sales 59.6 mln vs 55.6 mln Nine mths Shr 1.44 dlrs",
     "Nine"),
]


@pytest.mark.parametrize(("sentence", "number"), NOT_AMOUNTS, ids=[f"{n}:{s[:25]}" for s, n in NOT_AMOUNTS])
def test_not_amounts(nlp, sentence, number):
    start = sentence.rindex(number)  # the last occurrence: earlier ones give the context
    end = start + len(number)
    found = amounts(nlp, sentence)
    assert not [a for a in found if a.start_char < end and start < a.end_char], found


def test_exclude_drops_overlapping_spans(nlp):
    text = "Sales rose 12 pct to 5.2 mln dlrs in the 12 months to March."
    doc = nlp(text)
    start = text.index("12 months")
    found = extract_amounts(doc, [(start, start + len("12 months to March"))])
    assert [a.text for a in found] == ["12 pct", "5.2 mln dlrs"]


def test_offsets_sorted_non_overlapping_and_index_text(nlp):
    found = amounts(nlp, SEED)
    for a in found:
        assert SEED[a.start_char : a.end_char] == a.text
    pairs = list(zip(found, found[1:], strict=False))
    assert all(x.end_char <= y.start_char for x, y in pairs)


def test_currencies_are_iso_4217(nlp):
    text = ("It raised 3.5 billion Swiss francs, 12 mln marks, 400 mln stg, 5 bln yen, "
            "20 mln Hong Kong dlrs and 130 mln rand.")
    found = amounts(nlp, text)
    assert [a.currency for a in found] == ["CHF", "DEM", "GBP", "JPY", "HKD", "ZAR"]
    assert all(valid_currency(a.currency) for a in found)


def test_number_words_via_text2num():
    assert words_value("twenty-five") == 25
    assert words_value("two dozen") == 24
    assert words_value("a hundred") == 100
    assert words_value("one hundred and five") == 105


@pytest.mark.skipif(not SHARED_DATA.exists(), reason="../shared/data not present")
def test_harness_on_a_slice():
    from tasks.evaluate import amounts as harness

    out = harness.main("dev", limit=3)
    assert "MEANTIME" in out and "newsetl" in out and "spacy ents" in out
    assert "Labelled Reuters amounts" in out


@pytest.mark.parametrize(("sentence", "text", "want"), [
    ("EADS won a US$ 40 billion contract.", "US$ 40 billion", "MONEY"),
    ("Shares fell 2.5 percent.", "2.5 percent", "PERCENT"),
    ("About half of those cuts will be made among subcontractors.", "About half", "QUANTITY"),
    ("The iPod holds 500 songs.", "500", "QUANTITY"),
    ("It has a 3.5-inch display.", "3.5-inch", "QUANTITY"),
    ("The dispute between the two companies goes on.", "two", None),
    ("Air India said the 20 extra seats were decisive.", "20", "QUANTITY"),  # digits after "the" stay
])
def test_rows_map_onto_meantime_types(nlp, sentence, text, want):
    from tasks.evaluate.amounts import meantime_type

    assert meantime_type(find(amounts(nlp, sentence), text), sentence) == want


def test_labelled_rows_locate_in_their_sentence():
    from tasks.evaluate.amounts import locate, read_labelled

    rows = read_labelled()
    assert sum(r.kind != "none" for r in rows) >= 150
    for r in rows:
        start, end = locate(r)
        assert r.sentence[start:end] == r.text
        assert r.currency is None or valid_currency(r.currency)


@pytest.mark.slow
@pytest.mark.skipif(not SHARED_DATA.exists(), reason="../shared/data not present")
def test_invariants_on_reuters(nlp):
    from tasks.evaluate.amounts import reuters_bodies

    items = list(reuters_bodies(limit=500))
    for (_, body), doc in zip(items, nlp.pipe([b for _, b in items]), strict=True):
        found = extract_amounts(doc)
        for a, b in zip(found, found[1:], strict=False):
            assert a.end_char <= b.start_char, (a, b)
        for a in found:
            assert body[a.start_char : a.end_char] == a.text
            assert a.kind in ("money", "count", "percent", "quantity")
            assert a.currency is None or valid_currency(a.currency)
            if a.kind != "money":
                assert a.currency is None, a


def test_a_fraction_after_decimals_is_a_fraction_of_the_last_digit(nlp) -> None:
    # seen in Reuters grain quotes; it once crashed the whole run
    text = "Kansas City hard wheat futures rose another 2-1/4 cents by midday at 2.88-1/4 dlrs per bushel."
    found = {a.text: a for a in extract_amounts(nlp(text))}
    assert found["2.88-1/4 dlrs"].value == pytest.approx(2.8825) and found["2.88-1/4 dlrs"].currency == "USD"
    assert found["2-1/4 cents"].value == pytest.approx(0.0225)


@pytest.mark.parametrize("text,value", [
    ("The dividend will be not less than 10 cents a share.", 0.10),
    ("Payouts of over 69 cts were expected.", 0.69),
])
def test_one_sided_bounds_in_cents_are_converted_with_the_value(nlp, text: str, value: float) -> None:
    (a,) = extract_amounts(nlp(text))
    assert a.value == pytest.approx(value) and a.value_low == pytest.approx(value) and a.value_high is None
