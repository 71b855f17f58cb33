"""What the blind156 to blind158 pools showed once they became development data (stop 39): the Italian particles of
old families ("de' Medici", "degli Uberti"), a clause's comma before "and" ahead of a name ("invest in Instagram Reels,
and Pirrò (2020) found"), a firm's city and old founding year ("Lavazza (Torino, 1895)"), a city named as one ("(Cebu
City, 2021)"), bodies named in Filipino and Hungarian ("Kapisanan ng mga Brodkaster ng Pilipinas", "Magyar
Kereskedelmi és Iparkamara") and a title opening on a capital "A" inside a sentence ("in A Dal (2019)").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.entries import parse_entry
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds

MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."
MENON_ARGUES = "Menon (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        ("de' Medici, E. (2022) ‘Why the advert caused a storm’, Reuters, 23 April.", ("de' Medici",)),
        (
            "degli Uberti, F., Kowalski, A. and Iannone, R. (2009) Mobile banking. Milano: Egea.",
            ("degli Uberti", "Kowalski", "Iannone"),
        ),
        ("Guerra, L., De Rosa, M. and de’ Pazzi, C. (2007) Moda. Milano: Egea.", ("Guerra", "De Rosa", "de’ Pazzi")),
    ],
)
def test_italian_particles_of_old_families_open_surnames_in_the_list(entry: str, authors: tuple[str, ...]) -> None:
    assert parse_entry(entry).authors == authors


def test_italian_particles_of_old_families_are_cited_whole() -> None:
    entries = [
        "Dalla Chiesa, M. and de' Pazzi, L. (2023) Lusso. Milano: Egea.",
        "Li Volsi, A. and de' Medici, E. (2021) Marca. Roma: Carocci.",
    ]
    report = _check(
        ["Luxury is local (Dalla Chiesa and de' Pazzi, 2023).", "Li Volsi and de' Medici (2021) argue that it is."],
        entries,
    )
    assert _cited(report) == [(("Dalla Chiesa", "de' Pazzi"), "2023"), (("Li Volsi", "de' Medici"), "2021")]
    assert _kinds(report) == []


def test_a_clauses_comma_before_and_ends_the_names_before_it() -> None:
    report = _check(
        ["Banks invest in Instagram Reels, and Pirrò (2020) found that cash is still used.", MENON_ARGUES], [MENON]
    )
    assert [(p.kind, p.author) for p in report.problems] == [("cited_not_listed", "Pirrò")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lavazza (Torino, 1895) dominates the premium segment.",
        "Barilla (Parma, 1877) is the world's largest pasta maker.",
        "A one-piece meal costs ₱99 (Cebu City, 2021).",
        "The product placement in A Dal (2019) was criticised.",
    ],
)
def test_founding_places_cities_and_titles_with_a_year_are_no_sources(sentence: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        (
            "According to Kapisanan ng mga Brodkaster ng Pilipinas (2020, p. 194), radio still matters.",
            "Kapisanan ng mga Brodkaster ng Pilipinas",
        ),
        (
            "Magyar Kereskedelmi és Iparkamara (MKIK) (2010) argues that small firms lag behind.",
            "Magyar Kereskedelmi és Iparkamara",
        ),
        ("Card use is rising (Magyar Bankszövetség, 2021).", "Magyar Bankszövetség"),
    ],
)
def test_bodies_named_in_their_own_languages_are_read_whole(sentence: str, author: str) -> None:
    report = _check([sentence], [])
    assert [c.authors[0] for c in report.citations] == [author]
