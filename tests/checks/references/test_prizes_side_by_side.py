"""What the blind366 pool showed once its misses were read (stop 63): a bracket of two prizes with their years,
"(Recruiter Awards 2024; CIPD People Management Awards 2024)", read as a bracket of two works, because a segment
beside a semicolon was taken for a source whatever its name looked like. A bracket of works lists at least one name
an author's looks like; prizes side by side list none.

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
        "The campaign was shortlisted twice (Recruiter Awards 2024; CIPD People Management Awards 2024).",
        "The app was recognised twice (Drum Marketing Awards 2023; Retail Week Awards 2023).",
    ],
)
def test_prizes_side_by_side_in_a_bracket_are_no_works(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


def test_a_prize_beside_an_author_in_a_bracket_is_still_read_as_cited() -> None:
    # Beside a work, a name that looks like no author's is read as the candidate wrote it: a source.
    report = _check(["Judges praised the campaign (Moyo, 2019; Drum Marketing Awards 2023).", MOYO_ARGUES], [MOYO])
    assert ("Drum Marketing Awards",) in _authors(report)


def test_a_name_before_a_semicolon_after_its_bracket_is_still_read_as_cited() -> None:
    # The semicolon ends a clause, not a bracket's segment: nothing is beside the work in its bracket.
    listed = "Prospects Luminate (2018) What do graduates do? Manchester: Prospects Luminate."
    sentence = "Rejected candidates still recommend the firm (Prospects Luminate, 2018); InMail works."
    report = _check([sentence], [listed])
    assert _authors(report) == [("Prospects Luminate",)]
    assert _kinds(report) == []
