"""What the blind240 to blind242 pools showed once they became development data (stop 49): a British honour and the
year it was given, written in a bracket after a person ("The company's founder (MBE, 2018)"), taken for a body cited
and flagged as missing from the list; the Irish "An Post" cut to "Post", its "An" read as the English article; a
listed body whose name opens on a sentence opener ("Building Digital UK (BDUK) (2021)") read without it; a body
cited in a bracket and then by name in another sentence, neither read as sure alone; an event's first edition and
its year ("The first Edinburgh International Festival (1947)") taken for the listed festival's work; and three
authors cited in a bracket after an event's name, read as where the event was held.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references import find_citations
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES


@pytest.mark.parametrize(
    "sentence",
    [
        "The company's founder (MBE, 2018) still fronts its radio adverts.",
        "The society's former chief executive (OBE, 2019) now chairs a charity.",
        "Its chair (CBE, 2021) left the board in 2023.",
        "The founder (Chair and CBE, 2016) sold the firm.",
    ],
)
def test_an_honour_and_its_year_is_no_citation(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


def test_a_body_whose_letters_are_no_honour_is_still_cited() -> None:
    # Only the honours are taken out: a body's letters in a bracket stay a citation to check.
    report = _check(["Rates rose (CMA, 2021).", MOYO_ARGUES], [MOYO])
    assert ("CMA",) in _authors(report)


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("An Post (2013) questioned whether tracking updates reduce calls.", "An Post"),
        ("An Post’s (2023) survey of 396 shippers found that ports compete.", "An Post"),
        ("An Bord Pleanála (2020) refused the application.", "An Bord Pleanála"),
        # English "An" before a vowel, an "H" or letters read by name is the article, not the name's.
        ("An Ipsos (2019) survey found that shoppers switch.", "Ipsos"),
        ("An OECD (2020) report found that prices rose.", "OECD"),
    ],
)
def test_an_irish_an_opens_the_name(sentence: str, author: str) -> None:
    [citation] = find_citations(sentence)
    assert citation.authors == (author,)


@pytest.mark.parametrize(
    ("sentence", "entry", "author"),
    [
        (
            "An Post (2013) questioned whether tracking updates reduce calls.",
            "An Post (2013) Annual report 2013. Dublin: An Post.",
            "An Post",
        ),
        # A listed name opening on a sentence opener is read whole.
        (
            "Evidence from Building Digital UK (BDUK) (2021) suggests that exclusion is rural.",
            "Building Digital UK (BDUK) (2021) Shared Rural Network: annual update. London: BDUK.",
            "Building Digital UK",
        ),
        # The article before a listed body is still no part of its name.
        (
            "The ASA (2020) ruled against the advert.",
            "Advertising Standards Authority (ASA) (2020) Ruling on Acme Ltd. London: ASA.",
            "ASA",
        ),
    ],
)
def test_a_listed_name_is_read_as_the_list_gives_it(sentence: str, entry: str, author: str) -> None:
    report = _check([sentence], [entry])
    assert _authors(report) == [(author,)]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Lockers cut the cost of the last mile (Citizens Advice, 2020).", "Citizens Advice (2020) went further."],
        ["Data published by Lloyd's List (2014) show that choice lifts sales.", "Lockers help (Lloyd's List, 2014)."],
    ],
)
def test_a_name_cited_in_a_bracket_and_by_name_in_another_sentence_is_a_source_to_check(
    paragraphs: list[str],
) -> None:
    report = _check([*paragraphs, MOYO_ARGUES], [MOYO])
    assert len(_authors(report)) == 3
    [problem] = report.problems
    assert problem.kind == "cited_not_listed"
    assert not problem.certain


@pytest.mark.parametrize(
    "paragraphs",
    [
        # Named twice, never in a bracket: a thing of that year that the text comes back to.
        ["Citizens Advice (2020) opened a helpline.", "Citizens Advice (2020) closed it again."],
        # In a bracket and by name in one sentence.
        ["Lockers cut costs (Citizens Advice, 2020), as Citizens Advice (2020) showed."],
    ],
)
def test_a_name_not_cited_in_two_sentences_with_a_bracket_is_no_citation(paragraphs: list[str]) -> None:
    report = _check([*paragraphs, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]


@pytest.mark.parametrize(
    "entry",
    [
        "Edinburgh International Festival (2018) Annual review 2018. Edinburgh: EIF.",
        "Edinburgh International Festival (no date) Become a member. Available at: https://www.eif.co.uk/join "
        "(Accessed: 2 March 2024).",
    ],
)
def test_an_events_first_edition_and_its_year_is_no_work_of_the_listed_event(entry: str) -> None:
    text = "It hangs in Room 34. The first Edinburgh International Festival (1947) set the model for arts festivals."
    cited = "Festivals sell memberships (Edinburgh International Festival, {year})."
    year = "2018" if "(2018)" in entry else "no date"
    report = _check([text, cited.format(year=year)], [entry])
    assert [c.year for c in report.citations] == ["2018" if year == "2018" else "n.d."]
    assert _kinds(report) == []


def test_the_latest_edition_s_report_is_still_cited() -> None:
    [citation] = find_citations("The latest Retail Week Awards (2024) report found that entries rose.")
    assert citation.authors == ("Retail Week Awards",)


def test_three_authors_after_an_event_s_name_are_cited() -> None:
    text = "Costs leave it exposed, especially for the Hay Festival (Whitfield, MacLeod and Mackenzie, 2023)."
    report = _check([text], [])
    assert _authors(report) == [("Whitfield", "MacLeod", "Mackenzie")]


def test_three_places_after_an_event_s_name_say_where_it_was_held() -> None:
    report = _check(["It toured with the Hay Festival (Leeds, York and Hull, 2019).", MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
