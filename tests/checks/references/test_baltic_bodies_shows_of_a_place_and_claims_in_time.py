"""What the blind162 to blind164 pools showed once they became development data (stop 39): a show named "The ... of"
a place ("(The Voice of Lithuania, 2017)" after its own title), Baltic bodies' words and legal forms ("Šiaulių
bankas AB", "Maxima Grupė, UAB"), a claim ending on a month ("happen in January (Mintel, 2017)") and a surname that is
half of a place's name after a claim ending on a country ("in Jamaica (Kong, 2023)").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds, _unlisted_authors

MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."
MENON_ARGUES = "Menon (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    "sentence",
    [
        '"Lietuvos balsas" (The Voice of Lithuania, 2017) had 549 000 viewers.',
    ],
)
def test_shows_named_of_a_place_are_no_sources(sentence: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _kinds(report) == []


def test_a_body_named_of_a_place_is_still_a_source() -> None:
    report = _check(["Card payments overtook cash (Bank of Lithuania, 2019).", MENON_ARGUES], [MENON])
    assert _unlisted_authors(report) == [("cited_not_listed", "Bank of Lithuania")]


@pytest.mark.parametrize(
    ("sentences", "entry", "author"),
    [
        (
            ["Regional banks grow fastest (Šiaulių bankas AB, 2023)."],
            "Šiaulių bankas AB (2023) Metinis pranešimas [Annual report]. Šiauliai: Šiaulių bankas.",
            "Šiaulių bankas AB",
        ),
        (
            ["Maxima Grupė, UAB (2018) found that own brands sell best in Vilnius."],
            "Maxima Grupė, UAB (2018) Annual report 2018. Vilnius: Maxima Grupė.",
            "Maxima Grupė, UAB",
        ),
    ],
)
def test_baltic_bodies_and_their_legal_forms_are_read_whole(sentences: list[str], entry: str, author: str) -> None:
    report = _check(sentences, [entry])
    assert [c.authors[0] for c in report.citations] == [author]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Boxing Day sales bring forward purchases that would otherwise happen in January (Mintel, 2017).", "Mintel"),
        ("In St Lucia, remittances fund a large share of household spending in Jamaica (Kong, 2023).", "Kong"),
    ],
)
def test_claims_ending_on_a_month_or_a_country_are_cited(sentence: str, author: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _cited(report)[0][0] == (author,)
    assert _unlisted_authors(report) == [("cited_not_listed", author)]


def test_a_city_after_a_country_still_says_where() -> None:
    report = _check(["5G was launched in Kenya (Nairobi, 2019).", MENON_ARGUES], [MENON])
    assert _kinds(report) == []
