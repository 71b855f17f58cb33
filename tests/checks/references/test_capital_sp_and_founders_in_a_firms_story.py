"""What the blind342 to blind344 pools showed once they became development data (stop 60): the Polish limited
company written with a capital ("Lux Med Sp. z o.o.") inside a list's lines, and a founder or an inventor named in
full with a year long ago, told in a narrative and again in a bracket ("Fritz Henkel (1876)").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.entries import split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _kinds, _looks_cited, _noted

SMITH = "Smith, J. (2020) Retail. London: Kogan Page."
LIST_LINES = (
    "Gustaw, E. (2009) ‘Why patients choose influencers’, Journal of Orthodontics, 10(2), pp. 270–279. Available\n"
    "at: https://doi.org/10.1111/coax.95777.\n"
    "Lux Med Sp. z o.o. (2024) Teeth whitening: prices and options. Available\n"
    "at: https://www.luxmed.pl/whitening (Accessed: 7 May 2025).\n"
    "Perreault, T. (2013) Service quality and dental tourism. Harlow: Pearson."
)


@pytest.mark.parametrize("form", ["Sp.", "sp."])
def test_a_polish_limited_company_with_either_case_opens_its_own_entry(form: str) -> None:
    entries = split_entries(LIST_LINES.replace("Sp.", form))
    assert [entry.split(" (", 1)[0] for entry in entries] == ["Gustaw, E.", f"Lux Med {form} z o.o.", "Perreault, T."]


def test_a_capital_sp_firm_is_listed_cited_and_in_order() -> None:
    report = _check(
        ["Whitening is sold on price (Lux Med Sp. z o.o., 2024), as Perreault (2013) and Gustaw (2009) found."],
        [LIST_LINES],
    )
    assert _kinds(report) == []


def test_a_founder_named_in_full_long_ago_is_in_the_note_not_warned_about() -> None:
    report = _check(
        [
            "The company still tells the story of Fritz Henkel (1876) and his first bleaching soda.",
            "Its story begins with a single chemist in Aachen (Fritz Henkel, 1876).",
            "Smith (2020) says stories sell.",
        ],
        [SMITH],
    )
    assert _kinds(report) == []
    assert [report.citations[i].text for i in report.unconfirmed] == ["Fritz Henkel (1876)", "(Fritz Henkel, 1876)"]


def test_a_family_name_long_ago_is_still_warned_about_and_a_person_named_in_full_lately_looks_cited() -> None:
    report = _check(
        [
            "Kotler (1967) argues that marketing is a process. Philip Kotler (2017) argues that it is social.",
            "Smith (2020) says so.",
        ],
        [SMITH],
    )
    assert [(p.kind, p.author) for p in report.problems] == [("cited_not_listed", "Kotler")]
    # A person named in full is as often a founder as an author: named in the one note, as looking like a citation.
    assert _noted(report) == _looks_cited(report) == ["Philip Kotler"]
