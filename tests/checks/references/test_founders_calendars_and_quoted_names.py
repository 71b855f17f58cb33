"""What the blind132 to blind134 pools showed once they became development data (stop 37): Bikram Sambat years
("Letho (2069)", a Nepali source of 2012), an event that "was held" somewhere ("The Bhutan Innovation Forum (2019)
was held in Thimphu"), founders after "founded by" ("Zambeef was founded by Carl Irwin and Francis Grogan (1994)"), a
work by its maker opening a sentence ("Zdob și Zdub's song (Eurovision, 2022) was used"), a body named after its
members ("Marketers Association of Zimbabwe (2017)") and quotation marks inside a listed body's name ("Î.S.
„Combinatul de Vinuri Cricova”").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.citations import find_citations
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds, _told_unlisted

MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."
LETHO = "Letho, P. (2069) Banking in Nepal [in Nepali]. Kathmandu: Sajha Prakashan."


def test_a_bikram_sambat_year_is_read_where_the_list_gives_it() -> None:
    report = _check(["Letho (2069) argues that remittances drive deposits."], [LETHO])
    assert _cited(report) == [(("Letho",), "2069")]
    assert _kinds(report) == []


def test_a_year_past_the_gregorian_range_is_no_source_without_the_list() -> None:
    report = _check(["Letho (2069) argues that remittances drive deposits.", "Menon (2019) argues so."], [MENON])
    assert _cited(report) == [(("Menon",), "2019")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bhutan Innovation Forum (2019) was held in Thimphu.",
        "Zambeef was founded by Carl Irwin and Francis Grogan (1994).",
        "The bakery was set up by Tembo (1987) in Ndola.",
        "Zdob și Zdub's song (Eurovision, 2022) was used in a Moldcell advert.",
    ],
)
def test_events_founders_and_a_makers_work_are_no_sources(sentence: str) -> None:
    report = _check([sentence, "Menon (2019) argues that loyalty is local."], [MENON])
    assert _cited(report) == [(("Menon",), "2019")]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dorji (2019) held that prices rose.",
        "Nike's campaign (Rossi, 2019) showed that sport sells.",
        "Apple's brand (Interbrand, 2023) is worth more than any other.",
    ],
)
def test_what_a_source_holds_or_shows_is_still_cited(sentence: str) -> None:
    report = _check([sentence], [MENON])
    assert len(report.citations) == 1
    assert sorted(_told_unlisted(report)) == ["cited_not_listed", "listed_not_cited"]


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("Marketers Association of Zimbabwe (2014) notes that prices matter.", ("Marketers Association of Zimbabwe",)),
        ("Retailers Association of Malawi (2014) notes that prices matter.", ("Retailers Association of Malawi",)),
        ("However Institute of Directors (2014) notes that prices matter.", ("Institute of Directors",)),
    ],
)
def test_a_body_named_after_its_members_keeps_its_first_word(sentence: str, authors: tuple[str, ...]) -> None:
    [citation] = find_citations(sentence)
    assert citation.authors == authors


def test_quotation_marks_inside_a_citation_are_its_authors_name() -> None:
    cricova = "Î.S. „Combinatul de Vinuri Cricova” (2010) Raport anual. Chișinău: Cricova."
    report = _check(
        ["Black Friday is the biggest sales event of the year (Î.S. „Combinatul de Vinuri Cricova”, 2010; Menon, "
         "2019), but price promotions work less well in winter."],
        [cricova, MENON],
    )  # fmt: skip
    assert "quotation_without_page" not in _kinds(report)
