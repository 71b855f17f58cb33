"""A country or a capital beside a year in a bracket (where and when, not who), a body's survey named by its title,
and quotations between the corner brackets of Japanese and Korean text.

Shapes the blind66 to blind68 pools showed once they became development data (stop 30); the examples here are
made up, of the same shape.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds

_LISTED = ["Okafor, T. (2020) Pricing. London: Sage."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two operators together have around 70% of subscribers (Kyrgyzstan, 2019).",
        "The festival (Tbilisi, 2023) gave the video a silver award.",
        "Prices rose fastest in the capital (Tashkent, 2021).",
    ],
)
def test_a_country_or_a_capital_beside_a_year_is_no_citation(sentence: str) -> None:
    report = _check([sentence], _LISTED)
    assert report.citations == ()


def test_a_country_listed_as_the_author_of_its_law_is_still_cited() -> None:
    report = _check(
        ["Personal data needs consent (Kazakhstan, 2013)."],
        ["Kazakhstan (2013) Law No. 94-V on personal data and their protection. Astana: Parliament."],
    )
    assert _cited(report) == [(("Kazakhstan",), "2013")]
    assert _kinds(report) == []


def test_a_bodys_survey_named_by_its_title_is_no_citation() -> None:
    report = _check(["KOFICE's Content Industry Survey (2004) lists webtoon revenue in the billions of won."], _LISTED)
    assert report.citations == ()


def test_a_quotation_between_corner_brackets_needs_its_page() -> None:
    report = _check(
        [
            "Bae (2022) describes the market as 「Private-label products now compete directly with national brands」.",
            "Han (2021, p. 4) says 『Short-form video is now the main discovery channel for cosmetics』.",
        ],
        ["Bae, S. (2022) Retail. Seoul: Pakyoungsa.", "Han, J. (2021) Video. Seoul: Pakyoungsa."],
    )
    assert [(p.kind, p.author) for p in report.problems] == [("quotation_without_page", "Bae")]
