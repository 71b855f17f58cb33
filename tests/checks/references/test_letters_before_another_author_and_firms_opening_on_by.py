"""What the blind270 to blind272 pools showed once they became development data (stop 52): two bodies joined by "&"
after the first one's letters ("International Institute for Population Sciences (IIPS) & ICF (2019)"), whose entry on
a line of its own was joined to the entry before and whose citation was read as "ICF (2019)", in words marked certain;
and a firm whose name opens on "By" ("(By Miles Ltd, 2016)") read as "Miles Ltd", the "By" taken for a lead-in.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds, _told_unlisted
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES

JOINT_BODIES = "Institute for Rural Household Studies (IRHS) & Demos Field Surveys"
# A list laid out as one block of lines, an entry's authors and year alone on its first line.
WRAPPED_LIST = (
    "Government of Kerala (2019) Tourism policy 2019. Thiruvananthapuram: Government of Kerala.\n"
    f"{JOINT_BODIES} (2023)\n"
    "Temple tourism: the case of Kerala. Mumbai: IRHS. Available at:\n"
    "https://www.example.org/temple-tourism (Accessed: 28 March 2025).\n"
    "Moyo, T. (2019) Retail in Southern Africa. Cape Town: Juta."
)


def test_an_entry_of_two_bodies_opens_its_own_line() -> None:
    report = _check(
        ["Pilgrims spend more on food than on rooms (Government of Kerala, 2019).", f"{JOINT_BODIES} (2023) show that "
         "temple towns fill in the monsoon.", MOYO_ARGUES],
        [WRAPPED_LIST],
    )  # fmt: skip
    assert len(report.entries) == 3
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        f"{JOINT_BODIES} (2023) show that temple towns fill in the monsoon.",
        f"As {JOINT_BODIES} (2023) show, temple towns fill in the monsoon.",
        f"Temple towns fill in the monsoon ({JOINT_BODIES}, 2023).",
    ],
)
def test_two_bodies_joined_after_the_first_ones_letters_are_cited_whole(sentence: str) -> None:
    listed = f"{JOINT_BODIES} (2023) Temple tourism: the case of Kerala. Mumbai: IRHS."
    report = _check([sentence], [listed])
    assert _kinds(report) == []
    unlisted = _check([sentence, MOYO_ARGUES], [MOYO])
    assert not any(authors == ("Demos Field Surveys",) for authors in _authors(unlisted))
    assert "cited_not_listed" in _told_unlisted(unlisted)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pay-per-mile cover appeals to drivers who rarely drive (By Foot Ltd, 2016).",
        "Pay-per-mile cover appeals to drivers who rarely drive (see also By Foot Ltd, 2016, p. 225).",
    ],
)
def test_a_firm_whose_name_opens_on_by_is_read_whole(sentence: str) -> None:
    listed = "By Foot Ltd (2016) Annual report 2016. London: By Foot Ltd."
    report = _check([sentence], [listed])
    assert ("By Foot Ltd",) in _authors(report)
    assert _kinds(report) == []


def test_by_in_lower_case_still_leads_in() -> None:
    report = _check(["Pay-per-mile cover appeals to drivers (as shown by Moyo, 2019)."], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []
