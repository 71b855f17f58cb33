"""Names that do not look like an author's, cited in brackets in two sentences (stop 48).

Two capitalised words in a bracket ("(Espinoza Chambi, 2021)", "(Rakuten Insight, 2024)") are a person's two
surnames or a firm's name as often as a product, an event or a place of that year ("(Apple Vision Pro, 2024)"), and
no word list tells them apart. What does is use: a candidate cites a source again in another sentence, while a
product or an event is named once, where it comes up. On the development pools, 68 such brackets stood in two
sentences of one report and every one was a citation; none of 2,206 decoys of that shape did.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import MOYO, MOYO_ARGUES, _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds

CHAMBI = "Espinoza Chambi, R. (2021) Consumo y marcas en La Paz. La Paz: Plural Editores."


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Growth was slow in El Alto (Espinoza Chambi, 2021).", "Margins fell too (Espinoza Chambi, 2021)."],
        ["Growth was slow (Espinoza Chambi, 2021). Margins fell too (Espinoza Chambi, 2021)."],
        ["Shoppers compare prices on their phones (Rakuten Insight, 2024).", "Few trust ads (Rakuten Insight, 2024)."],
    ],
)
def test_a_name_cited_in_two_sentences_is_a_source_to_check(paragraphs: list[str]) -> None:
    report = _check([*paragraphs, MOYO_ARGUES], [MOYO])
    assert len(_authors(report)) == 3
    [problem] = report.problems
    assert problem.kind == "cited_not_listed"
    assert not problem.certain
    assert problem.message.startswith("Check this")


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Growth was slow (Espinoza Chambi, 2021)."],
        # Twice in one sentence is one thing named twice, not a source cited again.
        ["Growth was slow (Espinoza Chambi, 2021), and margins fell (Espinoza Chambi, 2021)."],
        # Two years are two things of one name.
        ["Sales rose (Apple Vision Pro, 2024).", "Reviews were mixed (Apple Vision Pro, 2023)."],
        # A place, where a survey ran or a firm is, may come up in two sentences.
        [
            "Of the 437 respondents (Muscat, 2018), most were under 35.",
            "Company X (Muscat, 2018) asked not to be named.",
        ],
    ],
)
def test_a_name_that_looks_like_no_author_named_once_is_no_citation(paragraphs: list[str]) -> None:
    report = _check([*paragraphs, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


def test_a_listed_name_cited_twice_raises_nothing() -> None:
    paragraphs = ["Growth was slow (Espinoza Chambi, 2021).", "Margins fell too (Espinoza Chambi, 2021)."]
    report = _check(paragraphs, [CHAMBI])
    assert _authors(report) == [("Espinoza Chambi",), ("Espinoza Chambi",)]
    assert _kinds(report) == []
