"""Entities round 30: demonyms whose referent did not exist in the story's year, and "a High
Court hearing".

"European" is the European Union only from 1994 (the Union began on 1 November 1993); in older
copy it is the continent, Europe ("European banks", "European partners" in 1987-1991 copy), and
after a point of the compass it is the continent in any year ("the three eastern European
countries" of 1998). MEANTIME dev (2007) links "European aircraft" to the Union, which stays.
"Russian(s)" is the Soviet Union to 1989 ("give the Russians superiority" in 1987), "Czech" and
"Slovak" are Czechoslovakia to 1992, and "Yugoslav" is the federal republic of Serbia and
Montenegro in 1992-2006, as the name "Yugoslavia" already is. "a High Court hearing" names the
High Court even where the model tags nothing or "Court" alone, and the story's country links it;
Scotland's High Court of Justiciary has a row.

Sentences are from Reuters-21578 stories outside the links set, the dates fixture and the amounts
fixture, and from TimeBank-AQUAINT dev documents outside the links set, each named on its row;
sentences made up are marked. No third-party checklist was used."""

from __future__ import annotations

from datetime import date

from tests.helpers import link_test, linked

_ITC = (  # reuters-18924
    "LONDON, June 18 - The International Tin Council, ITC, intervened in a High Court hearing in an attempt "
    "to prevent the presentation of internal Council documents.\n\nThe ITC's case is being presented by "
    "Professor Rosalyn Higgins and is expected to take a further one or two days next week. Court does not "
    "sit tomorrow."
)

# (source, text, date, surface, title)
_EUROPEAN = [
    ("reuters-914", "TOKYO, March 3 - To date, Japan has allowed European banks to do securities business here "
     "through 50-pct owned subsidiaries.", date(1987, 3, 3), "European", "Europe"),
    ("WSJ910225-0066", "After cabling world leaders about his intention to give Saddam Hussein a final deadline "
     "to exit Kuwait, he offered him a week to withdraw fully, instead of the four days he originally "
     "considered, because of objections from some European partners that four days seemed punitive and "
     "unrealistic.", date(1991, 2, 25), "European", "Europe"),
    ("wsj_0904", "Compaq Computer Corp. said that its net income rose 51% in the third quarter, bolstered by "
     "unusual gains from its investment in a disk-drive maker and reflecting continued growth in its European "
     "operations.", date(1989, 10, 26), "European", "Europe"),
    ("XIE19981203.0008", "NATO decided at last year's Madrid summit to invite the three eastern European "
     "countries to start accession talks.", date(1998, 12, 3), "European", "Europe"),
    # MEANTIME dev 87805 (2007) links "European aircraft" to the Union: the Union's years keep it
    ("meantime 87805", "Indonesia's transport minister tells airlines not to buy European aircraft due to EU "
     "ban", date(2007, 12, 20), "European", "European Union"),
]
_FORMER = [
    ("reuters-11487", "WASHINGTON, March 31 - But Reagan was expected to assure Chirac that he will not agree "
     "to a deal at the Geneva superpower talks that would give the Russians superiority in shorter-range "
     "systems, diplomats said.", date(1987, 3, 31), "Russians", "Soviet Union"),
    ("made", "Czech officials said eastern European countries would follow.", date(1987, 3, 3),  # made
     "Czech", "Czechoslovakia"),
    ("made", "Czech officials said eastern European countries would follow.", date(1999, 3, 3),  # made
     "Czech", "Czech Republic"),
    ("reuters-20955", "BELGRADE, Oct 19 - Yugoslavia's ambitious economic recovery and anti-inflation plan "
     "faces major hurdles before it can be implemented, Yugoslav economists and Western diplomats said.",
     date(1987, 10, 19), "Yugoslav", "Yugoslavia"),
    ("NYT19990312.0271", "In Kosovo, where the Yugoslav leader, Slobodan Milosevic, is resisting the "
     "deployment of NATO-led troops, including 4,000 U.S. soldiers.", date(1999, 3, 12), "Yugoslav",
     "Serbia and Montenegro"),
    ("APW19980308.0201", "The police barred the crowd from reaching the Yugoslavian consulate in downtown "
     "Istanbul, but allowed them to demonstrate on nearby streets.", date(1998, 3, 8), "Yugoslavian",
     "Serbia and Montenegro"),
]
_COURTS = [
    ("reuters-18924", _ITC, date(1987, 6, 18), "High Court", "High Court of Justice"),
    ("reuters-18924", _ITC, date(1987, 6, 18), "Court", "High Court of Justice"),
    ("made", "EDINBURGH, March 3 - Lawyers told the Scottish High Court that the trial should be "  # made
     "adjourned.", date(1987, 3, 3), "Scottish High Court", "High Court of Justiciary"),
]

test_demonyms_link_to_what_existed_in_the_storys_year = link_test([
    ("european", _EUROPEAN), ("former country", _FORMER), ("high court", _COURTS),
])  # fmt: skip


def test_european_is_never_the_union_before_it_began(nlp):
    # reuters-4766: two "European" mentions of 1987 copy, neither of them the Union
    text = ("The company said it now expects third quarter, ending March 31, sales to approximate the second "
            "quarter's 21.1 mln dlrs and third quarter earnings to be less than the second quarter's 2.7 mln "
            "dlrs, or 20 cts a share, due to unexpected European softness and previously announced new product "
            "delays.\n\nExplaining European orders have not materialized at the rate expectd, the company added "
            "\"we believe that the slowness in orders reflects current conditions in the market for research "
            "instrumentation in Europe.\"")
    assert linked(nlp, text, date(1987, 3, 13), "European"), "the story's European mentions were not found"
    assert "European Union" not in linked(nlp, text, date(1987, 3, 13), "European")
