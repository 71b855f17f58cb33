"""What the blind219 to blind221 pools showed once they became development data (stop 46): a podcast's or a show's
success and its year ("The success of Serial (2014) proved that"); Mayan names written with a glottal stop at their
end ("Tz'ib' (2018)"); a firm's founding year before what it is now ("Copa Airlines (1947) is now the largest
carrier"); firms known by a Spanish word for a firm, by "Properties" or by a region in Spanish ("Corporación
Latinobarómetro", "Emaar Properties", "Nielsen Centroamérica"); and the evidence a study found ("found little
evidence that").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references import find_citations
from marker.checks.references.names import looks_like_author
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import MOYO, MOYO_ARGUES, _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "The success of Serial (2014) proved that long-form audio could find a mass audience.",
        "The runaway success of Normal People (2018) lifted sales of the backlist.",
        "The launch of Threads (2023) drew users away for a week.",
    ],
)
def test_a_things_fortune_and_its_year_is_no_citation(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("The influence of Porter (1985) is clear in the brief.", ("Porter",)),
        ("The findings of Liverpool Echo (2024) show that readers pay.", ("Liverpool Echo",)),
    ],
)
def test_a_sources_influence_or_findings_still_cite(sentence: str, author: tuple[str, ...]) -> None:
    assert [c.authors for c in find_citations(sentence)] == [author]


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("Buyers pay more for a traceable origin, according to Tz'ib' (2018, para. 8).", [("Tz'ib",)]),
        ("Castillo and K'oy' (2019) found that buyers pay more.", [("Castillo", "K'oy")]),
    ],
)
def test_a_name_closing_on_a_glottal_stop_is_read_as_a_name(sentence: str, authors: list[tuple[str, ...]]) -> None:
    assert [c.authors for c in find_citations(sentence)] == authors


def test_a_quoted_title_with_apostrophes_inside_stays_a_title() -> None:
    assert find_citations("Its 'Rock'n'Roll' (2019) tour sold out.") == []


def test_a_firms_founding_year_before_what_it_is_now_is_no_citation() -> None:
    entry = "Copa Airlines (2024) Annual report 2024. Panama City: Copa Holdings."
    report = _check(
        ["Copa Airlines (1947) is now the largest carrier based in Panama.", "Loyalty grew (Copa Airlines, 2024)."],
        [entry],
    )
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("name", "author"),
    [
        ("Nielsen Centroamérica", True),
        ("Kantar Latinoamérica", True),
        ("Emaar Properties", True),
        ("Corporación Latinobarómetro", True),
        ("Centroamérica", False),
    ],
)
def test_firms_by_a_spanish_word_properties_or_a_region_in_spanish_look_like_authors(name: str, author: bool) -> None:
    assert looks_like_author(name) is author


def test_a_firm_that_found_little_evidence_is_a_source() -> None:
    report = _check(["Mott MacDonald (2025) found little evidence that installers trust suppliers."], [])
    assert ("Mott MacDonald",) in _authors(report)
