"""What the blind168 to blind170 pools showed once they became development data (stop 40): what a date marks ("5 July
(Independence of Cabo Verde, 1975)"), a festival written with its year beside a listed author of that name ("(Eid
2022)" beside "Eid, F. (2013)"); and what is cited all the same: a claim ending on a platform, a festival or a list of
names, a site cited by its address, states and bodies of the Alpine countries ("Swiss Confederation", "Fürstentum
Liechtenstein", "Datenschutzstelle"), Portuguese newspapers and ministries, and brands ending on "+" ("Unitel T+").

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
        "The campaign is timed for 5 July (Independence of Cabo Verde, 1975).",
    ],
)
def test_what_a_date_marks_is_no_source(sentence: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _kinds(report) == []


def test_a_festival_and_its_year_is_a_listed_authors_only_in_a_year_the_list_gives() -> None:
    entry = "Eid, F. (2013) ‘Christmas promotions in Lebanon’, Journal of Retailing, 22(3), pp. 17–37."
    report = _check(["Boxes sold out (Eid 2022).", "Gifting peaks in December (Eid, 2013)."], [entry])
    assert _kinds(report) == []
    assert [c.year for c in report.citations] == ["2013"]


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Students switch between Vodacom, Movitel and Tmcel (Mussa, 2007), although families differ.", "Mussa"),
        ("Spending rises in Cabo Verde around Christmas (Dlamini, 2018).", "Dlamini"),
        ("Portuguese content performs better than English content on Facebook (Veiga, 2021).", "Veiga"),
        ("Card payments overtook cash (Swiss Confederation, 2020).", "Swiss Confederation"),
        ("Consent banners changed (Fürstentum Liechtenstein, 2018).", "Fürstentum Liechtenstein"),
        (
            "Cookie walls were judged unlawful (Datenschutzstelle Liechtenstein, 2024).",
            "Datenschutzstelle Liechtenstein",
        ),
        ("Readers trust the local press (Diário de Moçambique, 2023).", "Diário de Moçambique"),
        # A site cited by its address is cited, as some candidates do; a pool's decoy that reads the same is left.
        ("The rules changed in 2012 (legislation.gov.uk, 2012).", "legislation.gov.uk"),
    ],
)
def test_claims_and_bodies_of_these_shapes_are_still_cited(sentence: str, author: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _cited(report)[0][0][0] == author
    assert _unlisted_authors(report) == [("cited_not_listed", author)]


def test_a_brand_ending_on_a_plus_is_read_whole() -> None:
    entry = "Unitel T+ (2019) Relatório anual [Annual report]. Praia: Unitel T+."
    report = _check(["Prepaid bundles dominate (Unitel T+, 2019)."], [entry])
    assert [c.authors[0] for c in report.citations] == ["Unitel T+"]
    assert _kinds(report) == []


def test_a_show_after_its_name_is_still_credited() -> None:
    report = _check(["The Traitors (BBC, 2019) was a hit with families.", MENON_ARGUES], [MENON])
    assert _kinds(report) == []
