"""What the blind138 to blind140 pools showed once they became development data (stop 37): a sequel's number ending a
title before its maker ("Kingdom Come: Deliverance II (Warhorse, 2025)"), Azerbaijani legal forms alone in a bracket
("(ASC, 2019)"), an interviewee's post and employer ("(Head of Marketing, Xalq Bank, 2019)"), a place something was
tested in ("tested in Mingachevir (2019)") and a sentence adverb before a list of authors ("Locally, Bakari, O'Neill
and Chebet's (2019) study").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.citations import find_citations
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds

MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."


@pytest.mark.parametrize(
    "sentence",
    [
        "Kingdom Come: Deliverance II (Warhorse, 2025) sold a million copies in a day.",
        "The company re-registered as an open joint-stock company (ASC, 2019).",
        "Aliyev (Head of Marketing, Xalq Bank, 2019) agreed to be interviewed.",
        "The campaign was tested in Mingachevir (2019) before the national roll-out.",
        "The format was piloted in Lankaran (2021) first.",
    ],
)
def test_a_makers_title_a_legal_form_a_post_and_a_test_town_are_no_sources(sentence: str) -> None:
    report = _check([sentence, "Menon (2019) argues that loyalty is local."], [MENON])
    assert _cited(report) == [(("Menon",), "2019")]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("Locally, Bakari, O'Neill and Chebet's (2019) study shows that trust matters.",
         ("Bakari", "O'Neill", "Chebet")),
        # A surname ending in "-ly" still opens a list.
        ("Kelly, Bakari and Chebet (2019) show that trust matters.", ("Kelly", "Bakari", "Chebet")),
    ],
)  # fmt: skip
def test_a_sentence_adverb_is_no_author(sentence: str, authors: tuple[str, ...]) -> None:
    [citation] = find_citations(sentence)
    assert citation.authors == authors
