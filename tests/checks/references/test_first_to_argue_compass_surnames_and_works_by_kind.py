"""What the blind204 to blind206 pools showed once they became development data (stop 44): "were among the first to
argue" after a name; a compass word that is a surname opening a list of authors ("West, Wilson and Condron"); a
firm's letters in lower case with figures ("Andreessen Horowitz (a16z)"); a lettered year after a narrative name; two
surnames ending on a city's name in a list entry ("Alcántara Madrid, C."); a possessive before a work named by its
kind a few words on ("Kerwick's (2018) fan engagement framework"); "warn that" after a body's name.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.citations import find_citations
from marker.checks.references.entries import parse_entry, split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _kinds

MOYO = "Moyo, T. (2019) Retail in Southern Africa. Cape Town: Juta."
MOYO_ARGUES = "Moyo (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    "sentence",
    [
        "Wagle (2015) were among the first to argue that webinars shorten sales cycles.",
        "European Commission (2022) was the first to warn that expansion revenue is cheaper.",
    ],
)
def test_the_first_to_argue_is_a_source(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert len(report.citations) == 2
    assert _kinds(report) == ["cited_not_listed"]


def test_the_first_to_launch_is_no_source() -> None:
    report = _check(["Tesco (1919) was one of the first to launch loyalty cards.", MOYO_ARGUES], [MOYO])
    assert [c.authors for c in report.citations] == [("Moyo",)]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("Gift Aid is rising. West, Wilson and Condron (1984) argue that it is.", ("West", "Wilson", "Condron")),
        ("North, Smith and Jones (2019) found that it is.", ("North", "Smith", "Jones")),
        ("In the West, Wilson and Condron (1984) argue that it is.", ("Wilson", "Condron")),
        ("Across the North, Smith and Jones (2019) found that it is.", ("Smith", "Jones")),
    ],
)
def test_a_compass_word_alone_opening_a_list_is_a_surname(sentence: str, authors: tuple[str, ...]) -> None:
    (citation,) = find_citations(sentence)
    assert citation.authors == authors


def test_a_firms_letters_with_figures_keep_its_name() -> None:
    entry = (
        "Andreessen Horowitz (a16z) (2017) Software is eating the world. Available at: https://a16z.com/x "
        "(Accessed: 1 May 2024)."
    )
    assert parse_entry(entry).authors == ("Andreessen Horowitz (a16z)",)
    report = _check(
        [
            "Andreessen Horowitz (a16z) (2017) argues that software wins.",
            "Software wins (see Andreessen Horowitz (a16z), 2017).",
        ],
        [entry],
    )
    assert [c.authors for c in report.citations] == [("Andreessen Horowitz (a16z)",)] * 2
    assert _kinds(report) == []


def test_a_lettered_year_after_a_narrative_name_reads_as_cited_without_a_list() -> None:
    report = _check(["Giving has not fallen back, a point Barry and Damps (2008a) makes about housing as well."], [])
    assert [c.authors for c in report.citations] == [("Barry", "Damps")]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Hickey, C. and Alcántara Madrid, C. (2025) ‘What drives athlete influencers?’, Billboard, 22 April.",
            ("Hickey", "Alcántara Madrid"),
        ),
        ("Alcántara Madrid, C. (2020) Marketing deportivo. Madrid: Pirámide.", ("Alcántara Madrid",)),
        (
            "Turismo de Portugal, I.P. (2019) Estratégia Turismo 2027. Lisboa: Turismo de Portugal.",
            ("Turismo de Portugal, I.P.",),
        ),
    ],
)
def test_two_surnames_ending_on_a_city_are_a_person(text: str, authors: tuple[str, ...]) -> None:
    assert parse_entry(text).authors == authors


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        ("Using Kerwick's (2018) fan engagement framework, it is clear that fans expect it.", [("Kerwick",)]),
        ("Disney's (2019) new theme park ride opened in spring.", []),
        ("Tottenham Hotspur (2024) warn that secondary ticketing damages trust.", [("Tottenham Hotspur",)]),
    ],
)
def test_what_follows_a_name_says_it_is_a_source(sentence: str, cited: list[tuple[str, ...]]) -> None:
    report = _check([sentence], [])
    assert [c.authors for c in report.citations] == cited


def test_an_entry_run_on_after_another_opens_on_a_firms_letters_with_figures() -> None:
    text = (
        "Ahluwalia, F. (2022) ‘Intent data’, Industrial Marketing Management, 24(5), pp. 916–944. Andreessen Horowitz "
        "(a16z) (2017) Investor presentation. Available at: https://a16z.com/x (Accessed: 20 June 2025)."
    )
    assert [parse_entry(entry).authors for entry in split_entries(text)] == [
        ("Ahluwalia",),
        ("Andreessen Horowitz (a16z)",),
    ]


def test_a_body_of_a_country_with_its_legal_form_stays_one_body() -> None:
    entry = "Telia Lietuva, AB (2015) Annual report 2015. Vilnius: Telia Lietuva."
    assert parse_entry(entry).authors == ("Telia Lietuva, AB",)
    report = _check(["Prices fell (Telia Lietuva, AB, 2015)."], [entry])
    assert [c.authors for c in report.citations] == [("Telia Lietuva, AB",)]
    assert _kinds(report) == []
