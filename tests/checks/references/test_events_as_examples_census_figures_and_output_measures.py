"""What the blind222 to blind224 pools showed once they became development data (stop 46): events given as examples
of their kind with an article before the name ("events such as the Great North Run (1981)"); a census and a count
from it ("(Census 2021: 519,562)"), whose figure is no page; and an economy's measures by their letters ("(GVA,
2023)", as "(GDP, 2023)").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references import find_citations
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import MOYO, MOYO_ARGUES, _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Long-running events such as the Cowes Week Regatta (1826) show how a fixture becomes a tradition.",
        "Mass races such as the Dam tot Damloop (1985) show how a run becomes a tradition.",
        "Festivals like the Edinburgh Fringe (1947) show how a city can own a month.",
    ],
)
def test_events_given_as_examples_after_an_article_are_no_citations(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Scholars such as Porter (1985) argue that rivalry shapes strategy.", ("Porter",)),
        ("Researchers such as the late Porter (1985) argue that rivalry shapes strategy.", ("Porter",)),
    ],
)
def test_sources_given_as_examples_still_cite(sentence: str, author: tuple[str, ...]) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert author in _authors(report)
    assert _kinds(report) == ["cited_not_listed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gozo's population passed thirty thousand (Census 2021: 31,592).",
        "The island had 103,267 residents (Census 2021: 103,267).",
    ],
)
def test_a_census_and_a_count_from_it_is_no_citation(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


def test_a_page_after_a_colon_is_still_a_page() -> None:
    [citation] = find_citations("Trust grew (Camilleri, 2021: 45).")
    assert citation.authors == ("Camilleri",) and citation.locator == "45"


@pytest.mark.parametrize("measure", ["GVA", "GNP", "GNI", "CPI", "RPI", "HICP"])
def test_an_economys_measures_by_their_letters_are_no_authors(measure: str) -> None:
    report = _check([f"Financial services make up 40% of output ({measure}, 2023).", MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []
