"""A reference list pasted with its lines broken where the page broke them: a line that gives a town and its state,
region or country before the publisher ("Hamilton, Bermuda: Proximo Spirits, Inc.") carries on the entry above it,
though "Hamilton, B." would open an entry. The examples are made up, of the shapes the development pools showed."""

from __future__ import annotations

import pytest

from marker.checks.references.entries import parse_entry, split_entries


@pytest.mark.parametrize(
    "place",
    [
        "Hamilton, Bermuda: Proximo Spirits, Inc.",
        "Cape Town, South Africa: Juta.",
        "Thousand Oaks, California: Sage.",
        "Thousand Oaks, CA: Sage.",
        "London: Kogan Page.",
    ],
)
def test_a_place_and_publisher_line_carries_on_the_entry_above(place: str) -> None:
    text = f"Proximo Spirits, Inc (2019) Annual report 2019.\n{place}\nIglesias, N. (2009) Bakery. Leeds: Emerald."
    first, second = split_entries(text)
    assert first == f"Proximo Spirits, Inc (2019) Annual report 2019. {place}"
    assert parse_entry(first).year == "2019"
    assert parse_entry(second).authors == ("Iglesias",)


def test_an_author_with_initials_still_opens_an_entry_after_a_place() -> None:
    text = "Kotler, P. (2016) Marketing. Harlow: Pearson.\nHamilton, B. (2019) Brands. London: Sage."
    assert [parse_entry(entry).authors for entry in split_entries(text)] == [("Kotler",), ("Hamilton",)]
