"""A firm named after its founder and its partners ("Shakespeare and Company", "Bain and Company", "Ernest Benn and
Sons") is one body, not two authors: nobody is cited by the family name "Company". Unlisted and cited once, such a
bracket is a name and a year alone, so it goes to the one "check this" note; a reference list that gives the founder
and a partner as two people still matches it. "Co" without its stop is a Chinese Filipino family name, read as one.

The examples are made up, of the shapes the development and held-out pools showed.
"""

from __future__ import annotations

import pytest

from marker.checks.references.citations import find_citations
from marker.checks.references.names import lead_of_a_firms_name, names_a_firm_and_its_partners
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Readers still queue at the old shop (Shakespeare and Company, 1919).", ("Shakespeare and Company",)),
        ("Consultants agree (Bain and Company, 2020).", ("Bain and Company",)),
        ("Consultants agree (McKinsey & Company, 2021).", ("McKinsey & Company",)),
        ("Printers grew fast (Benn and Sons, 1902).", ("Benn and Sons",)),
        ("Retail moved online (Okafor and Partners, 2022).", ("Okafor and Partners",)),
        # Two people: "Co" with no stop is a family name; three names joined by commas are a list of authors.
        ("Others agree (Magsaysay and Co, 2023).", ("Magsaysay", "Co")),
        ("Others agree (Jones, Smith and Company, 2020).", ("Jones", "Smith", "Company")),
    ],
)
def test_a_firm_named_with_its_partners_is_one_author(text: str, authors: tuple[str, ...]) -> None:
    assert [citation.authors for citation in find_citations(text)] == [authors]


def test_the_lead_of_a_firms_name_is_its_founder() -> None:
    assert names_a_firm_and_its_partners("Norris and Company")
    assert not names_a_firm_and_its_partners("Norris and Comp")
    assert lead_of_a_firms_name("Bain & Company") == "Bain"
    assert lead_of_a_firms_name("Norris and Company") == "Norris"


def test_an_unlisted_firm_cited_once_is_in_the_note_not_warned_about() -> None:
    report = _check(["Readers still queue at the old shop (Shakespeare and Company, 1919).", MOYO_ARGUES], [MOYO])
    assert [p.kind for p in report.problems if p.kind == "cited_not_listed"] == []
    assert [report.citations[i].text for i in report.unconfirmed] == ["(Shakespeare and Company, 1919)"]


def test_a_listed_firm_matches_and_so_do_listed_people() -> None:
    report = _check(
        [
            "Norris and Company’s (1989) model suggests that live chat raises conversion. Consultants agree "
            "(Bain and Company, 2020)."
        ],
        [
            "Bain and Company (2020) The state of retail. Boston: Bain and Company.",
            "Norris, J. and Company, C. (1989) ‘Content marketing’, European Journal of Retailing, 76(11), pp. 22–34.",
        ],
    )
    assert [citation.authors for citation in report.citations] == [("Norris", "Company"), ("Bain and Company",)]
    assert report.problems == ()
