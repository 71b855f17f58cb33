"""What the blind258 to blind260 pools showed once they became development data (stop 51): a body whose name opens
on "The" lost from a bracket of several works ("(Taylor, 2018; The Crown Estate, 2018)"); a name after a lead-in and
"The" ("a point that The Chartered Institute of Marketing (2016) also made", "Research by The Crown Estate (2022)
shows"); a verb after an aside ("Which? Trusted Traders (no date b), for instance, maintained that") or "point out
that" not read as a source's; and "Abroad," opening a sentence read as an author.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        (
            "Live chat builds trust (Taylor, 2018; The Crown Estate, 2018; Moyo, 2019).",
            [("Taylor",), ("The Crown Estate",), ("Moyo",)],
        ),
        ("Research by The Crown Estate (2022) shows charter holidays lead to ownership.", [("Crown Estate",)]),
        ("Merchants lag – a point that The Chartered Institute of Marketing (2016) also made.", None),
        ("Confindustria Sicilia (2024) point out that small producers struggle to fund loyalty schemes.", None),
        (
            "Not everyone agrees; Which? Trusted Traders (no date b), for instance, maintained that referrals win.",
            None,
        ),
    ],
)
def test_a_body_read_as_a_source_is_flagged_when_not_listed(sentence: str, cited: list[tuple[str, ...]] | None) -> None:
    report = _check([sentence], [MOYO])
    if cited is not None:
        assert _authors(report) == cited
    assert "cited_not_listed" in _kinds(report)


def test_abroad_opening_a_sentence_is_no_author() -> None:
    report = _check(
        ["Abroad, Nicolosi and Kowalski (2005, cited in Moyo, 2019) argued that heritage brands look dated."], [MOYO]
    )
    assert ("Nicolosi", "Kowalski") in _authors(report)
    assert not any("Abroad" in authors for authors in _authors(report))
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # A bracket's opener other than "The" is still no name: "(As Moyo, 2019)" is not read with "As".
        "Sales were flat that year (Moyo, 2019).",
        # An event's data is no source: "data from" is no lead-in to a source.
        "Wristband data from BST Hyde Park (2024) was not shared with sponsors.",
        # A thing that points at something is no source: only "point out that" is a source's.
        "The Ferris Wheel (2019) points towards the marina.",
    ],
)
def test_what_is_no_source_stays_so(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert "cited_not_listed" not in _kinds(report)
