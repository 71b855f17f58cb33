"""Swedish "af" and Kikuyu "wa" opening surnames, a web page "About" a body, a statute's number written as year and
serial ("SFS 2008:486"), a body with its country in brackets before its form, and a firm's name and form wrapped onto
a line of their own.

Shapes the blind63 to blind65 pools showed once they became development data (stop 30); the examples here are
made up, of the same shape.
"""

from __future__ import annotations

import pytest

from marker.checks.references import parse_entry, split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds


@pytest.mark.parametrize(
    ("entry", "surname"),
    [
        ("af Lindholm, C. (2015) Retail. Stockholm: Studentlitteratur.", "af Lindholm"),
        ("wa Kamau, V. (2012b) Brands in Nairobi. Nairobi: East African Educational Publishers.", "wa Kamau"),
    ],
)
def test_a_particle_opens_a_persons_surname(entry: str, surname: str) -> None:
    parsed = parse_entry(entry, block_index=0, list_index=0)
    assert parsed.authors == (surname,)
    assert not parsed.organisation


def test_surnames_with_particles_are_cited_and_matched() -> None:
    report = _check(
        ["Brands grow (af Lindholm, 2015). As wa Kamau (2012b) argues, trust matters."],
        [
            "af Lindholm, C. (2015) Retail. Stockholm: Studentlitteratur.",
            "wa Kamau, V. (2012b) Brands in Nairobi. Nairobi: East African Educational Publishers.",
        ],
    )
    assert _cited(report) == [(("af Lindholm",), "2015"), (("wa Kamau",), "2012b")]
    assert _kinds(report) == []


def test_a_page_about_a_body_has_a_title() -> None:
    report = _check(
        ["Mobile money is everywhere (Pesa Group PLC, 2025)."],
        ["Pesa Group PLC (2025) About Pesa Group PLC. Available at: https://www.example.co.ke/about (Accessed: 2 May "
         "2025)."],
    )  # fmt: skip
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    ["Under Marknadsföringslagen (2008:486), claims must be proven.", "Claims must be proven (SFS 2008:486)."],
)
def test_a_statutes_number_is_no_year_and_page(sentence: str) -> None:
    report = _check([sentence], ["Lind, K. (2019) Claims. Stockholm: Liber."])
    assert report.citations == ()


def test_a_year_and_page_joined_by_a_colon_after_a_comma_are_cited() -> None:
    report = _check(["Trust matters (Lind, 2019:45)."], ["Lind, K. (2019) Claims. Stockholm: Liber."])
    assert _cited(report) == [(("Lind",), "2019")]
    assert report.citations[0].locator == "45"


def test_a_body_with_its_country_in_brackets_before_its_form_opens_an_entry() -> None:
    lines = (
        "Zine (2019) ‘Food halls in Osaka’, Zine, 26 November. Available at: https://zine.example.jp/x (Accessed: 4 "
        "August 2025).\nBurger Holdings Company (Japan), Ltd. (2011) Seasonal products. Available\nat: "
        "https://www.example.jp/y (Accessed: 2 May 2024)."
    )
    assert [entry.split(" (", 1)[0] for entry in split_entries(lines)] == ["Zine", "Burger Holdings Company"]


def test_a_firms_name_and_form_wrapped_onto_their_own_line_carry_the_entry_on() -> None:
    lines = (
        "Kitty Company, Ltd. (2020a) Gift-season survey 2014.\nPanel Research, Inc. Available at: "
        "https://www.example.co.jp/survey\n(Accessed: 4 September 2025).\nOtsuki, S. (2018) Station retail. Harlow: "
        "Pearson."
    )
    entries = split_entries(lines)
    assert len(entries) == 2
    assert "Panel Research, Inc. Available at:" in entries[0]


@pytest.mark.parametrize(
    ("entry", "authors", "organisation"),
    [
        ("Haile, M.A. and Selam Tesfaye (2016) Loyalty. Addis Ababa: AAU Press.", ("Haile", "Selam Tesfaye"), False),
        # "&" may join a firm's names ("White, Stone & Ross"), so only "and" brings in a last author named in full:
        # "Rowe" is not read as a third person.
        ("Blake, Stone & Rowe (1987) Annual report. London: BSR.", ("Blake",), False),
    ],
)
def test_a_last_author_named_in_full_after_and_is_a_person(
    entry: str, authors: tuple[str, ...], organisation: bool
) -> None:
    parsed = parse_entry(entry, block_index=0, list_index=0)
    assert (parsed.authors, parsed.organisation) == (authors, organisation)
