"""What the blind207 to blind209 pools showed once they became development data (stop 45): a reporting verb the
checker did not know ("reiterates"); firms known by a plural word for a firm ("Consultants", "Companies") or by the
word in French ("Compagnie"); a source's article between the lead-in and its name ("as observed by The Times of
India (2020)"); a doubt raised after a name of several words ("questioned whether"); an argument after a possessive
name ("Ada Health's (2022) argument").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.names import looks_like_author
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _kinds

MOYO = "Moyo, T. (2019) Retail in Southern Africa. Cape Town: Juta."
MOYO_ARGUES = "Moyo (2019) argues that loyalty is local."


def _unlisted(sentence: str) -> list[tuple[str, ...]]:
    """The authors of the citations found in ``sentence`` beside a listed, cited work, and no other problem."""
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    return [c.authors for c in report.citations if c.authors != ("Moyo",)]


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("Sengupta (2010) reiterates that data tariffs have made video the default.", ("Sengupta",)),
        ("Panda and Jena (2009) reiterate that older customers prefer local brands.", ("Panda", "Jena")),
        ("Okafor (2016) restates the case, and Brandt (2018) elaborates on it.", ("Okafor",)),
    ],
)
def test_a_name_that_reiterates_is_a_source(sentence: str, authors: tuple[str, ...]) -> None:
    assert authors in _unlisted(sentence)


def test_a_name_that_reiterates_gives_a_problem_when_unlisted() -> None:
    report = _check(["Sengupta (2010) reiterates that data tariffs rose.", MOYO_ARGUES], [MOYO])
    assert _kinds(report) == ["cited_not_listed"]


@pytest.mark.parametrize(
    "name",
    [
        "Redseer Strategy Consultants",
        "The Estée Lauder Companies",
        "Compagnie Financière Richemont",
        "Wyman Brand Advisors",
    ],
)
def test_a_firm_known_by_a_plural_or_french_word_for_a_firm_looks_like_an_author(name: str) -> None:
    assert looks_like_author(name)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales rose (Redseer Strategy Consultants, 2006).",
        "Sales rose (Evans, 2009; Garza, 2013; The Estée Lauder Companies, 2024).",
        "Sales rose (Compagnie Financière Richemont, 2012).",
    ],
)
def test_a_bracketed_firm_known_by_its_kind_is_cited(sentence: str) -> None:
    assert any(len(authors) == 1 and authors[0][0] in "RTC" for authors in _unlisted(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Recall rises, but not repeat purchase, as observed by The Times of India (2020). Nowadays, it is.",
        "Demand is seasonal, according to The Grocer Buyers Panel (2021). Nowadays, it is.",
    ],
)
def test_an_article_between_a_lead_in_and_the_name_keeps_the_lead_in(sentence: str) -> None:
    assert len(_unlisted(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # The article leads in nothing by itself: a product of that year.
        "Spatial video grew after The Apple Vision Pro (2024) arrived in stores.",
        # A song's maker after its quoted title, the band's article before its name: a credit, not a source.
        "‘Mr Brightside’ by The Killers (2004) re-entered the charts after a TV series used it.",
        "The brand signed a partnership with The Body Shop (2021) to sell refills.",
    ],
)
def test_an_article_before_a_name_leads_in_no_source_of_its_own(sentence: str) -> None:
    assert _unlisted(sentence) == []


def test_questioning_whether_is_what_a_source_does() -> None:
    sentence = "Superdrug Online Doctor (2021) questioned whether patient support programmes raise recall."
    assert _unlisted(sentence) == [("Superdrug Online Doctor",)]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("This reflects Ada Health’s (2022) argument that pharmacists trust pharmacists.", [("Ada Health",)]),
        ("This echoes Kantar Worldpanel's (2021) findings on loyalty.", [("Kantar Worldpanel",)]),
        # A product's model, range or data is no source's: the year says when it came.
        ("This reflects Apple Vision Pro’s (2024) model of spatial computing.", []),
    ],
)
def test_an_argument_after_a_possessive_name_is_a_sources(sentence: str, found: list[tuple[str, ...]]) -> None:
    assert _unlisted(sentence) == found


ANDORRA = (
    "Govern d'Andorra, Ministeri de Turisme (2017) Estratègia de turisme. Andorra la Vella: Govern d'Andorra. "
    "Available at: https://www.govern.ad/turisme (Accessed: 2 May 2024)."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Govern d'Andorra, Ministeri de Turisme (2017) questions whether a ‘Swiss-style’ promise means anything.",
        "Research by Govern d'Andorra, Ministeri de Turisme (2017) indicates that labels matter less than returns.",
    ],
)
def test_a_catalan_government_and_its_ministry_are_one_listed_body(sentence: str) -> None:
    """Catalan names its bodies "Govern" and "Ministeri"; the ministry after its government's comma is one name."""
    report = _check([sentence], [ANDORRA])
    assert report.entries[0].authors == ("Govern d'Andorra, Ministeri de Turisme",)
    assert [c.authors for c in report.citations] == [("Govern d'Andorra, Ministeri de Turisme",)]
    assert _kinds(report) == []


def test_a_place_before_a_comma_is_no_part_of_the_listed_name() -> None:
    report = _check(["In Andorra, Ministeri de Turisme (2017) argues that promises matter."], [ANDORRA])
    assert [c.authors for c in report.citations] == [("Ministeri de Turisme",)]
