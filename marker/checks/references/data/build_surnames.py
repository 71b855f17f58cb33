"""Write ``surnames.txt``: people's family names, folded as ``names._folded`` folds them ("müller" as "muller"), one
a line. marker asks it only of a bracket that cites nothing it can match and that nothing else marks as a citation
("(Okafor, 2019)" once, missing from the list): a family name there is most likely a source the list lacks, while
"(Saniderm, 2015)", "(Nor'easter, 2014)" name a product or a storm of that year.

Three sources, read once, by hand, and kept here, since marker has no other use for them at run time:

- the United States Census Bureau's 1990 surnames (public domain; 88,799 names), as the ``names`` package on PyPI
  ships them (``names/dist.all.last``);
- the family names of every locale of Faker's person provider (MIT, LICENSE-faker here), for names the census of
  one country lacks ("Okafor", "Tamm", "Kallio"). Names in other scripts than the Latin are left out;
- the authors of the marketing, strategy and tourism texts a CIM or MBA reading list names, which neither holds
  ("Aaker", "Kapferer", "Buhalis"), listed below by hand.

A given name is no sign of a source: hurricanes, ships and rides are named "Andrew", "Michael" and "Charley". So a
name the census ranks ten times higher as a man's or a woman's first name than as a surname is left out ("Michael"
is the 4th commonest man's name and the 877th surname), unless it is among the census's 500 commonest surnames
("Thomas", "Paul"); "Li" (the 1,746th woman's name, the 2,084th surname) stays.

It writes ``given_names.txt`` too: the first names of the census and of Faker's person providers (Latin script
only), folded, but for the census's ``COMMON_SURNAMES`` commonest surnames ("Thomas", "Lee", "Silva"). Harvard
cites an author by the family name alone, so a name that opens on a given name ("Arne Jacobsen", "Hans J. Wegner")
credits a person, or names a firm after one, rather than citing an author.

Run it again when any of them changes:

    pip download --no-deps names && tar xzf names-*.tar.gz
    python -m marker.checks.references.data.build_surnames names-*/names
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from marker.checks.references.names import _folded


def _latin(name: str) -> bool:
    return all(ch in " '-’" or (ch.isalpha() and "LATIN" in unicodedata.name(ch, "")) for ch in name) and any(
        ch.isalpha() for ch in name
    )


# The authors of the texts a marketing student cites most, whom a census of one country may not hold.
MARKETING_AUTHORS = """
Aaker Ajzen Ansoff Ariely Barwise Binet Brakus Brassington Buhalis Chaffey Charlesworth Chernatony Cialdini Czinkota
Dahlen Deshpandé Ehrenberg Elzinga Fahy Geuens Ghauri Godin Grönroos Gummesson Haenlein Hanssens Hennig-Thurau
Hermkens Hofstede Hollensen Jobber Joachimsthaler Kahneman Kapferer Kartajaya Kietzmann Kingsnorth Kotler Lecinski
Lusch Mauborgne Mehrabian Mintzberg Ogbonna Osterwalder Parasuraman Pelsmacker Pigneur Prahalad Ramaswamy Reichheld
Reinartz Ritson Romaniuk Ronkainen Setiawan Sisodia Srinivasan Sunstein Teece Trompenaars Usunier Vargo Venkatesh
Verhoef Vetvik Zarantonello Zeithaml Zott
"""


def census_surnames(lines: Iterable[str]) -> Iterator[str]:
    """The first column of the census file: "SMITH          1.006  1.006      1"."""
    for line in lines:
        if line.strip():
            yield line.split()[0]


def _faker_person_names(attributes: Sequence[str]) -> Iterator[str]:
    """The names under ``attributes`` in Faker's person providers, of every locale (a locale may weight its names in
    a dict; what is no list of names, such as a property, is passed over)."""
    import faker.providers.person as person

    for module_info in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module_info.name}"), "Provider", None)
        for attribute in attributes:
            names = getattr(provider, attribute, None)
            if isinstance(names, (list, tuple, dict)):
                yield from names


def faker_surnames() -> Iterator[str]:
    """Every family name in Faker's person providers, of every locale."""
    return _faker_person_names(("last_names", "last_names_male", "last_names_female"))


def faker_given_names() -> Iterator[str]:
    """Every first name in Faker's person providers, of every locale."""
    return _faker_person_names(("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"))


def census_given_names(lines: Iterable[str]) -> dict[str, int]:
    """The census file's first names, folded, with their ranks."""
    return {_folded(name): rank for rank, name in enumerate(census_surnames(lines), start=1)}


# A surname this common in the census stays one, though it is a given name too ("Thomas", "Paul").
COMMON_SURNAMES = 500


def given_names_only(census: Sequence[str], given: Mapping[str, int]) -> set[str]:
    """The given names the census ranks ten times higher as given names than as surnames (or not as surnames at
    all), but for its ``COMMON_SURNAMES`` commonest surnames."""
    surname_ranks = {_folded(name): rank for rank, name in enumerate(census, start=1)}
    return {
        name
        for name, rank in given.items()
        if surname_ranks.get(name, len(census) + 1) > max(COMMON_SURNAMES, 10 * rank)
    }


def folded_given_names(names: Iterable[str], census: Sequence[str]) -> list[str]:
    """The given names in the Latin script, folded, each once, sorted, but for the census's ``COMMON_SURNAMES``
    commonest surnames."""
    return folded_surnames(names, {_folded(name) for name in census[:COMMON_SURNAMES]})


def folded_surnames(names: Iterable[str], given_only: Iterable[str] = ()) -> list[str]:
    """The names in the Latin script, folded, each once, sorted, but for ``given_only``."""
    folded = {_folded(name.strip()) for name in names if name.strip() and _latin(name.strip())}
    return sorted(folded - set(given_only))


def main(census_folder: str) -> None:
    folder = Path(census_folder)
    census = list(census_surnames((folder / "dist.all.last").read_text("utf-8").splitlines()))
    given: dict[str, int] = {}
    for file in ("dist.male.first", "dist.female.first"):
        for name, rank in census_given_names((folder / file).read_text("utf-8").splitlines()).items():
            given[name] = min(rank, given.get(name, rank))
    names = folded_surnames([*census, *faker_surnames(), *MARKETING_AUTHORS.split()], given_names_only(census, given))
    Path(__file__).with_name("surnames.txt").write_text("\n".join(names) + "\n", "utf-8")
    first = folded_given_names([*given, *faker_given_names()], census)
    Path(__file__).with_name("given_names.txt").write_text("\n".join(first) + "\n", "utf-8")
    print(f"{len(names)} family names, {len(first)} given names")


if __name__ == "__main__":
    main(sys.argv[1])
