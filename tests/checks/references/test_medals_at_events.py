"""What the blind387 pool showed once it became development data (stop 67): a list of medals, each with the
event that gave it and its year ("(Gold, IWSC 2022; Silver, Great Taste 2022)"), read as citations of works by
"Gold" and "Silver" with "IWSC" and "Great Taste" as their second authors. Names after a comma that run on to a
year with no "and" before the last are no list of authors: Harvard joins the last author with "and" ("Smith,
Jones and Brown 2019"), and a candidate who cites two authors without it writes no year after the first.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES


@pytest.mark.parametrize(
    "sentence",
    [
        "The gin has won often (Gold, IWSC 2022; Silver, Great Taste 2022).",
        "Its cider took a medal (Best in Class, International Cider Challenge 2018).",
        "The lager was praised (Double Gold, Brussels Beer Challenge 2023).",
    ],
)
def test_a_medal_and_the_event_that_gave_it_is_no_citation(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


def test_a_list_of_authors_with_no_comma_before_its_year_is_still_read() -> None:
    entry = "Smith, A., Jones, B. and Brown, C. (2019) Craft beer. Leeds: Hop Press."
    report = _check(["Craft is local (Smith, Jones and Brown 2019).", MOYO_ARGUES], [MOYO, entry])
    assert _authors(report)[0] == ("Smith", "Jones", "Brown")
    assert _kinds(report) == []
    # An ampersand joins them as well; marker then says Cite Them Right writes "and" in a bracket too.
    report = _check(["Craft is local (Smith, Jones & Brown 2019).", MOYO_ARGUES], [MOYO, entry])
    assert _authors(report)[0] == ("Smith", "Jones", "Brown")
    assert _kinds(report) == ["ampersand_in_brackets"]
