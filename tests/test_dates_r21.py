"""Round-21 TIMEX3 tests: dates anchored to an event the story dated earlier.

Round 21 sorted every TimeBank-AQUAINT dev value error by cause. The largest class that is the
tagger's own and not the gold disagreeing with itself is the event-anchored date: "in the weeks
before the shooting", "the day after his death". TimeBank tags the unit word ("weeks", "day") as
a DATE and values it by the event's time, which the story wrote out earlier ("the Oct. 23 sniper
shooting"): the weeks or days around it by the event's month (APW19990122, APW19990506,
NYT19990505: 1998-10) and the day after it as that day plus one (NYT19981121: 1998-10-24). The
event is the first past day the story writes with its month; a later one is a development ("on
April 8, investigators ... unearthed a rifle"). Where the story writes no such day, or the phrase
stands in apposition to the day just named ("on April 3, the day after the government
intervened", tagged in one of TimeBank dev's two cases), nothing is tagged, as before.

A second, smaller class of the tagger's own: a count multiplied by "hundred" or "thousand" ("more
than two thousand years", missed in TimeBank dev; "three hundred years", which gave "hundred
years" P100Y).

Rows with two sentences join sentences of one story (TimeBank-AQUAINT dev, or Reuters-21578
outside the evaluation sets), dated with the story's date. ``None`` as the expected value means
the surface must not be tagged.
"""

from __future__ import annotations

from tests.helpers import timex_test

# -- anchored to the event's day -------------------------------------------------------------------

_ANCHORED = [
    # APW19990506.0155
    ("Authorities have been searching for Kopp since shortly after the Oct. 23 slaying. His car was spotted in "
     "Slepian's suburban Amherst neighborhood in the weeks before the shooting.", "1999-05-06", "weeks",
     ("DATE", "1998-10", None)),
    # APW19990122.0193: the event as a name in a past passive
    ("Kopp has eluded authorities since they obtained a warrant for him as a material witness in the Oct. 23 "
     "sniper shooting of Dr. Barnett Slepian, a 52-year-old obstetrician-gynecologist who performed abortions. "
     "Authorities obtained a material-witness arrest warrant for Kopp after they said Kopp's car was spotted in "
     "Amherst in the weeks before Slepian was killed.", "1999-01-22", "weeks", ("DATE", "1998-10", None)),
    # NYT19990505.0443: the first past day is the event's, the later April 8 a development
    ("Slepian, a 52-year-old obstetrician and gynecologist who was the mainstay of Buffalo's only abortion "
     "clinic, was shot to death on the night of Oct. 23 as he stood in the kitchen of his home in suburban "
     "Amherst, N.Y. chatting with his wife and one of his four sons. But on April 8, investigators searched the "
     "site of the shooting once more and unearthed a rifle buried one foot below ground 200 feet behind the "
     "Slepian home. Clark, the Erie district attorney, said afterwards that investigators think the doctor's "
     "killer buried the rifle in the days before the shooting.", "1999-05-05", "days", ("DATE", "1998-10", None)),
    # NYT19981121.0173
    ("FBI officials on Saturday played down the likelihood that either was involved in the Oct. 23 killing of "
     "the doctor, Barnett Slepian. Moskal said the two men apparently showed up at Slepian's house the day after "
     "his death.", "1998-11-21", "day", ("DATE", "1998-10-24", None)),
]  # fmt: skip


# -- left untagged ---------------------------------------------------------------------------------

_UNTAGGED = [
    # APW19990122.0193 on its own: no day of the event written
    ("Authorities obtained a material-witness arrest warrant for Kopp after they said Kopp's car was spotted in "
     "Amherst in the weeks before Slepian was killed.", "1999-01-22", "weeks", None),
    # reuters-14869: in apposition to the day just named
    ("The composite index hit a record 405.13 early last week, nearly 50 pct up from the New Year when it stood "
     "at 264.82, but plunged to a 383.48 close on April 3, the day after the government intervened.",
     "1987-04-08", "the day", None),
    ("The composite index hit a record 405.13 early last week, nearly 50 pct up from the New Year when it stood "
     "at 264.82, but plunged to a 383.48 close on April 3, the day after the government intervened.",
     "1987-04-08", "day", None),
    # reuters-3294: a recurring day, no event
    ("Sallie Mae said previously interest on the notes, which are for settlement March 12 and are due Sept 10, "
     "1987, will be reset the day following each weekly T-bill auction.", "1987-03-09", "day", None),
    # reuters-12857: no event after the signal
    ("\"The events we sustained yesterday and the day before are a very serious setback for Gaspe Mines "
     "operations,\" Lefebvre said.", "1987-04-03", "day", None),
]  # fmt: skip


# -- counts multiplied by "hundred" or "thousand" ---------------------------------------------------

_MULTIPLIED = [
    # PRI19980121.2000.2591 (TimeBank dev writes P2L; the tagger writes years, as for decades)
    ("Some families have kept their glass working secrets for more than two thousand years.", "1998-01-21",
     "more than two thousand years", ("DURATION", "P2000Y", "MORE_THAN")),
    # reuters-5709
    ("All domestic non-union employees who have completed one thousand hours of service in the 12 months ended "
     "December 31 are eligible to participate in the plan.", "1987-03-16", "one thousand hours",
     ("DURATION", "PT1000H", None)),
    # made: the count before "hundred" was left out ("hundred years", P100Y)
    ("The family has farmed the valley for three hundred years.", "1987-03-16", "three hundred years",
     ("DURATION", "P300Y", None)),
]  # fmt: skip


_CLASSES = [
    ("event-anchored date", _ANCHORED),
    ("no event day to anchor to", _UNTAGGED),
    ("multiplied count", _MULTIPLIED),
]
test_round21_event_anchored = timex_test(_CLASSES)
test_round21_event_anchored_parsed = timex_test(_CLASSES, parsed=True)
