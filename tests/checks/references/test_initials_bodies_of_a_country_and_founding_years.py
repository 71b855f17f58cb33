"""What the blind153 to blind155 pools showed once they became development data (stop 39): initials that read like
"n.d." ("Ankrah, N.D., Quaye, N.A."), a body named with "and" and the country it serves ("Securities and Exchange
Commission, Nigeria"), a brand and its firm's legal name ("Mobily (Etihad Etisalat Co.)"), sources led in by their
study or a position, or followed by "suggest that", places given as examples or called by their kind ("cities such as
Hail and Jazan", "the Kingdom"), and a firm's founding year beside a listed work of another year.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.entries import parse_entry, split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds, _unlisted_authors

MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."
MENON_ARGUES = "Menon (2019) argues that loyalty is local."


def test_initials_n_d_inside_a_list_of_authors_are_no_date() -> None:
    entry = "Ankrah, N.D., Quaye, N.A. and Ezeani, O. (2011) Airline service quality. Accra: Woeli."
    assert split_entries(entry) == [entry]
    parsed = parse_entry(entry)
    assert (parsed.authors, parsed.year) == (("Ankrah", "Quaye", "Ezeani"), "2011")
    report = _check(["Service drives loyalty (Ankrah, Quaye and Ezeani, 2011)."], [entry])
    assert _kinds(report) == []


def test_a_body_named_with_and_and_its_country_is_one_author_in_the_text() -> None:
    entry = "Securities and Exchange Commission, Nigeria (2022) Capital market report. Abuja: SEC."
    report = _check(
        ["Be that as it may, Securities and Exchange Commission, Nigeria (2022) found that trust rises."], [entry]
    )
    assert _cited(report) == [(("Securities and Exchange Commission, Nigeria",), "2022")]
    assert _kinds(report) == []


def test_a_brand_and_its_firms_legal_name_open_an_entry_and_are_cited_whole() -> None:
    block = (
        "Menon, R. (2019) Marketing in Kerala. Available at: https://example.com/a (Accessed: 3 May 2024).\n"
        "Mobily (Etihad Etisalat Co.) (2007) Annual report 2007. Riyadh: Mobily."
    )
    assert [parse_entry(text).authors for text in split_entries(block)] == [
        ("Menon",),
        ("Mobily (Etihad Etisalat Co.)",),
    ]
    report = _check(
        [MENON_ARGUES, "Prepaid users churn (Mobily (Etihad Etisalat Co.), 2007, p. 12; Menon, 2019)."],
        block.split("\n"),
    )
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Oyelaran (2025) in their study of deposit money banks in Takoradi found that retailers decide.", "Oyelaran"),
        ("USSD remains the main channel; this was also the position of Air Peace Ltd (2009).", "Air Peace Ltd"),
        ("Elorza Martínez (2022) suggest that Spanish shoppers compare prices across channels.", "Elorza Martínez"),
        ("Cash is still common in smaller cities such as Hail and Jazan (Krishnamurthy, 2007).", "Krishnamurthy"),
        ("The brand does best when it is localised for each region of the Kingdom (Kantar, 2021).", "Kantar"),
    ],
)
def test_unlisted_sources_in_these_places_are_reported(sentence: str, author: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _unlisted_authors(report) == [("cited_not_listed", author)]


@pytest.mark.parametrize(
    "sentence",
    [
        # A title given as an example still credits its maker.
        "Films such as The Social Dilemma (Netflix, 2020) show how data is used.",
        # A place's name ending a title.
        "Emily in Paris (Netflix, 2020) made the city a brand.",
    ],
)
def test_makers_of_titles_are_still_no_sources(sentence: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _kinds(report) == []


def test_a_firms_founding_year_beside_its_listed_work_of_another_year_is_no_citation() -> None:
    entry = "Consum S.Coop. (2025) Annual report 2024. Valencia: Consum S.Coop."
    report = _check(
        [
            "Own brands sell well in Valencia (Consum S.Coop., 2025).",
            "Consum, S.Coop. (1975) is a consumer cooperative.",
        ],
        [entry],
    )
    assert _cited(report) == [(("Consum S.Coop.",), "2025")]
    assert _kinds(report) == []


def test_a_source_of_another_year_that_reports_is_still_a_year_mismatch() -> None:
    report = _check(["Menon (2018) argues that loyalty is local."], [MENON])
    assert _kinds(report) == ["year_mismatch"]
