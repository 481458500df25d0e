"""Entities round 38: one real-world thing under several rows of the corpus `entities` table.

Read on 3,000 Reuters-21578 stories picked by ``sha256("ent38:" + NEWID)`` (the links set, the dates
fixture and the amounts fixture left out), grouping rows by QID, by name modulo case, punctuation
and legal form, by surname and by country name:

- an unlinked name wire copy writes with and without a hyphen or a dot, in another story, was two
  entities ("Prudential-Bache Securities" and "Prudential Bache Securities", "Greenwell Montagu
  Gilt-Edged" and "Gilt Edged"): its key now ignores case, hyphens, dots and stray quotes;
- a company the gazetteer knows, written with its legal form spelt out ("the Pennzoil Company",
  "E.F. Hutton and Company Inc") or without the "and" of its partnership name ("Mitsui Co Ltd"),
  stayed unlinked beside the linked row.

The guard at the end is a name the legal-form lookup must leave alone: a company that shares a
short name with a gazetteer company but writes a legal form of its own ("Continental Corp", the
insurer, is no airline).

Sentences are Reuters-21578 stories of this round's sample (none in an evaluation set), each named
on its row. No third-party checklist was used."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import extract_mentions
from tests.helpers import known, written

# (source, text, date, surface) pairs: the same unlinked firm written two ways in two stories
_TWO_SPELLINGS = [
    (
        ("reuters-17363", "\"It would give some real focus to the visit, and it might steady the dollar and prevent it "
         "from going down,\" said Charles Taylor, an analyst with Prudential-Bache Securities.",
         date(1987, 4, 28), "Prudential-Bache Securities"),
        ("reuters-17166", "\"The rumors do no make economic sense, and I am skeptical,\" analyst Mark Rogers of "
         "Prudential Bache Securities said, \"but politics has been known to override economic concerns.\"",
         date(1987, 4, 24), "Prudential Bache Securities"),
    ),
    (
        ("reuters-4902", "A spokesman said Greenwell Montagu Gilt Edged, which is a primary gilt edged market maker, "
         "and Greenwell Montagu stockbrokers, were not affected by the decision.",
         date(1987, 3, 13), "Greenwell Montagu Gilt Edged"),
        ("reuters-17966", "Kevin Boakes of Greenwell Montagu Gilt-Edged cautioned against over-optimistic forecasts, "
         "but agreed a half point cut looked likely.",
         date(1987, 6, 2), "Greenwell Montagu Gilt-Edged"),
    ),
]


@pytest.mark.parametrize(("one", "other"), _TWO_SPELLINGS)
def test_a_firm_written_with_and_without_a_hyphen_is_one_entity(nlp, one, other):
    first = written(nlp, *one[1:])
    second = written(nlp, *other[1:])
    assert first and second, (one[0], other[0])
    assert {m.entity.entity_id for m in first} == {m.entity.entity_id for m in second}, (one[0], other[0])


# (source, text, date, surface, gazetteer name it must link to)
_LEGAL_FORM_SPELT = [
    ("reuters-16224", "Deutsche Texaco AG, Texaco Inc's <TX.N> 99.15 pct-owned West German subsidiary, will not be "
     "affected by the legal dispute with the Pennzoil Company <PZL.N>, managing board chairman Armin Schram said.",
     date(1987, 4, 13), "Pennzoil Company", "Pennzoil"),
    ("reuters-14611", "Energy futures were led by the 15-day forward Brent Crude market in Europe, said Robert "
     "Murphy, account executive at E.F. Hutton and Company Inc, adding, \"crude futures could jump above 19 dlrs a "
     "barrel but will not remain there long if products are not strong,\" he added.",
     date(1987, 4, 7), "E.F. Hutton and Company Inc", "E.F. Hutton and Co"),
    ("reuters-19637", "The Japanese car maker Daihatsu Motor <DMOT.T> and three trading houses including Mitsui Co "
     "Ltd plan to export production facilities to Poland's state-owned car maker FSO to make the Charade minicar, "
     "according to Mitsui officials.",
     date(1987, 6, 29), "Mitsui Co Ltd", "Mitsui and Co"),
]


@pytest.mark.parametrize(("source", "text", "day", "surface", "name"), _LEGAL_FORM_SPELT)
def test_a_known_company_with_its_legal_form_spelt_out_links(nlp, source, text, day, surface, name):
    ms = written(nlp, text, day, surface)
    assert ms, source
    assert {m.entity.canonical_name for m in ms} == {known(name)}, source


def test_the_firm_and_its_short_name_in_two_stories_are_one_row(nlp):
    # reuters-19637 writes "Mitsui Co Ltd", other stories "Mitsui and Co Ltd": one company
    a = written(nlp, _LEGAL_FORM_SPELT[2][1], date(1987, 6, 29), "Mitsui Co Ltd")
    b = written(nlp, "Mitsui and Co Ltd said it bought the cargo.", date(1987, 6, 29), "Mitsui and Co Ltd")
    assert a and b
    assert a[0].entity.entity_id == b[0].entity.entity_id


_GUARDS = [
    # reuters-1105: the insurer shares its short name with the airline, not its legal name
    ("NEW YORK, March 3 - Continental Corp said the fresh start provision of the Tax Reform Act of 1986 may add "
     "1.30 to 1.60 to 1987 earnings per share.\n\nThe insurance holding company had net earnings of 449.6 mln "
     "dlrs, or, or 7.42 per share, in 1986.", date(1987, 3, 3), "Continental Corp", "Continental Airlines"),
]


@pytest.mark.parametrize(("text", "day", "surface", "wrong"), _GUARDS)
def test_a_legal_form_never_makes_another_namesake(nlp, text, day, surface, wrong):
    ms = [m for m in extract_mentions(nlp(text), day) if surface in m.text]
    assert all(m.entity.canonical_name != known(wrong) for m in ms)
