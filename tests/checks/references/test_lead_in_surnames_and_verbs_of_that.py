"""A surname that is also a lead-in word ("Such", "Also") joined to another name, verbs of saying followed by
"that" ("established that", "opined that"), and clinics as bodies.

Shapes the blind69 to blind71 pools showed once they became development data (stop 31); the examples here are
made up, of the same shape.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds, _told_unlisted

_LISTED = ["Okafor, T. (2020) Pricing. London: Sage."]


def test_a_lead_in_word_joined_to_a_name_is_a_surname() -> None:
    report = _check(
        ["Loyalty drives repeat visits (Okafor, 2020; Such and van Buren, 2019, pp. 30–33)."],
        [*_LISTED, "Such, A. and van Buren, B. (2019) Loyalty. London: Sage."],
    )
    assert _cited(report) == [(("Okafor",), "2020"), (("Such", "van Buren"), "2019")]
    assert _kinds(report) == []


def test_a_lead_in_word_joined_by_an_ampersand_stays_in_the_name() -> None:
    report = _check(
        ["Loyalty drives repeat visits (Also & Partners, 2019)."], ["Also & Partners (2019) Loyalty. Leeds."]
    )
    assert _cited(report) == [(("Also & Partners",), "2019")]
    assert _kinds(report) == []


def test_a_lead_in_word_before_a_name_is_still_a_lead_in() -> None:
    report = _check(["Loyalty drives repeat visits (Such as Okafor, 2020; see also Okafor, 2020)."], _LISTED)
    assert _cited(report) == [(("Okafor",), "2020"), (("Okafor",), "2020")]


@pytest.mark.parametrize("verb", ["established", "opined", "implies", "assumes", "remarks"])
def test_a_body_that_says_something_is_cited_though_unlisted(verb: str) -> None:
    report = _check(
        [f"In a township study, Northern Cape Provincial Government (2005) {verb} that data matters."], _LISTED
    )
    assert _cited(report) == [(("Northern Cape Provincial Government",), "2005")]
    assert ("cited_not_listed", "Northern Cape Provincial Government") in [(p.kind, p.author) for p in report.problems]


def test_a_thing_that_means_something_is_not_read_as_a_source() -> None:
    report = _check(["The Barbie Movie Premiere (2023) means that pink sells."], _LISTED)
    assert report.citations == ()


def test_a_clinic_is_a_body_that_is_cited() -> None:
    report = _check(["Patients value convenience (Cleveland Heart Clinic, 2021)."], _LISTED)
    assert _cited(report) == [(("Cleveland Heart Clinic",), "2021")]
    assert _told_unlisted(report) == ["listed_not_cited", "cited_not_listed"]
