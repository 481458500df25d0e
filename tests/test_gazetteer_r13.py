"""Gazetteer rows of round 13: firms, banks and outlets of 1987 wire copy that the model tags as
people (named after their founders or unknown to it), under today's Wikipedia titles, and the
Canadian province abbreviations of wire datelines; checked by lookup, the way every name the
model finds is linked."""

from __future__ import annotations

import pytest

from tasks import gazetteer as gz

ROWS = [
    ("Tate and Lyle PLC", "Tate & Lyle"), ("Bausch and Lomb", "Bausch & Lomb"), ("Refco Inc", "Refco"),
    ("Jiji Press", "Jiji Press"), ("Bank Hapoalim", "Bank Hapoalim"), ("Mediobanca Spa", "Mediobanca"),
    ("Euratom", "European Atomic Energy Community"), ("Coface", "Coface"),
    ("Puma AG Rudolf Dassler Sport", "Puma (brand)"), ("G. Heileman Brewing Co", "G. Heileman Brewing Company"),
    ("Price Waterhouse", "Price Waterhouse"), ("Coopers and Lybrand", "Coopers & Lybrand"),
    ("Paul, Weiss, Rifkind, Wharton and Garrison", "Paul, Weiss, Rifkind, Wharton & Garrison"),
    ("Legg Mason", "Legg Mason"), ("A.G. Edwards and Sons Inc", "A. G. Edwards"), ("Prensa Latina", "Prensa Latina"),
    ("Sovetskaya Rossiya", "Sovetskaya Rossiya"), ("Advertising Age", "Advertising Age"),
    ("Credit Industriel et Commercial", "Crédit Industriel et Commercial"), ("Janney Montgomery", "Janney Montgomery Scott"),
    ("Dillon, Read and Co", "Dillon, Read & Co."), ("Thomson McKinnon Securities Inc", "Thomson McKinnon"),
    ("Hoare Govett", "Hoare Govett"), ("L.F. Rothschild", "L.F. Rothschild"), ("Ing. C. Olivetti EC", "Olivetti"),
    ("Que.", "Quebec"), ("B.C.", "British Columbia"), ("Ont.", "Ontario"),
]


@pytest.mark.parametrize(("name", "title"), ROWS)
def test_a_1987_firm_has_its_row(name, title):
    hits = gz.load().lookup(name, 1987)
    assert hits and hits[0][0].canonical_name == title
