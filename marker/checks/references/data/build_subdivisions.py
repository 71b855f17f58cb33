"""Write ``subdivisions.txt``: the names of every country's first-level subdivisions, in their own language and in
English ("Vlaams Gewest" and "Flanders", "Bayern" and "Bavaria", "Catalunya" and "Catalonia").

countryinfo, which marker reads at run time, names them in their own language only, so "(Bavaria, 2018)" after a
claim was not seen to name a place. The English names come from the ISO 3166-2 data of the ``iso3166-2`` package (MIT,
LICENSE-iso3166-2 here), whose code needs pycountry (LGPL) and network libraries marker has no other use for: so its
data is read once, by hand, and the names kept here. Run it again when that data changes:

    pip download --no-deps iso3166-2 && unzip -o iso3166_2-*.whl 'iso3166_2/iso3166-2.json'
    python -m marker.checks.references.data.build_subdivisions iso3166_2/iso3166-2.json

Its English "other names" mix names with nicknames, translations and letters ("The Garden State", "Big Apple",
"Iron Door", "KiM"), so a name is kept only where each word is capitalised, and no word is one of textstat's easy
English words but for the words of direction and kind place names are made of ("North Rhine-Westphalia",
"Brussels-Capital Region"), nor has a capital inside it. And a name kept is no town's of 5,000 people in
GeoNames: towns are named after people and people after towns ("Nelson", "Medina"), while a region's name that is no
town's ("Flanders", "Bavaria") is seldom a person's. countryinfo's own names are read as they are.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from marker.checks.references.names import _folded, _word_set, easy_english_words, gazetteer_names

_ENGLISH_NAME = re.compile(r"(.+)\s+\(eng\)")
# The words a place's English name may share with plain English.
_PLACE_NAME_WORDS = _word_set(
    """north south east west northern southern eastern western upper lower new central greater great middle
    region province state county district division territory capital islands island"""
)


_JOINING_WORDS = _word_set("and de del da do dos la y et")


def _a_place_name(name: str, easy: frozenset[str]) -> bool:
    # "Newfoundland and Labrador", "Trinidad and Tobago": the small words that join a place's names stay small.
    words = [word for word in re.split(r"[\s-]+", name) if word not in _JOINING_WORDS]
    return (
        "," not in name
        and "(" not in name
        and not name.isupper()
        and bool(words)
        and all(word[:1].isupper() and not any(map(str.isupper, word[1:])) for word in words)
        and any(word.casefold() not in _PLACE_NAME_WORDS for word in words)
        and all(word.casefold() not in easy or word.casefold() in _PLACE_NAME_WORDS for word in words)
    )


def subdivision_names(iso_3166_2: dict[str, dict[str, dict[str, Any]]]) -> list[str]:
    easy = easy_english_words()
    names: set[str] = set()
    for subdivisions in iso_3166_2.values():
        for subdivision in subdivisions.values():
            if subdivision.get("parentCode") is not None:
                continue  # first-level subdivisions only: lower levels name villages that are surnames too
            candidates = [subdivision["name"]]
            for other in (subdivision.get("localOtherName") or "").split(","):
                if (english := _ENGLISH_NAME.fullmatch(other.strip())) is not None:
                    candidates.append(english.group(1))
            names.update(name.strip() for name in candidates if _a_place_name(name.strip(), easy))
    towns = gazetteer_names(5000)
    return sorted(name for name in names if _folded(name) not in towns)


def main(source: str) -> None:
    names = subdivision_names(json.loads(Path(source).read_text(encoding="utf-8")))
    target = Path(__file__).with_name("subdivisions.txt")
    target.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names written to {target}")


if __name__ == "__main__":
    main(sys.argv[1])
