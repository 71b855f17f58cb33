"""What the blind345 to blind347 pools showed once they became development data (stop 60): a survey's title with the
region it covers after a colon ("On Premise User Survey: New South Wales") is a title, not a place and a publisher;
two names in a bracket where every listed work of the first has it alone ("(Greene King and CKA, 2019)" beside a
listed "Greene King (2024)") are a pair of that year as often as a slipped year, so the mismatch is worded "check
this"; a brand ending on a degree sign ("tado°") is a name; and a web site's address alone in a bracket
("(realestate.com.au, 1995)") is no more a sign of a source than a firm's name, so it goes to the one note.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.entries import parse_entry
from tests.checks.references.test_capital_sp_and_founders_in_a_firms_story import SMITH
from tests.checks.references.test_issue_14_forms import _check
from tests.corpus.references.scoring import key, lead_keys

GREENE_KING = "Greene King (2024) Our pubs. Available at: https://www.greeneking.co.uk (Accessed: 3 May 2024)."


@pytest.mark.parametrize(
    ("entry", "publisher_only"),
    [
        ("IWSR (2014) On Premise User Survey: Great Britain. IWSR. Available at: https://www.theiwsr.com/s "
         "(Accessed: 3 May 2024).", False),
        ("Statista (2019) On Premise User Survey: New South Wales. Statista. Available at: https://www.statista.com/s "
         "(Accessed: 3 May 2024).", False),
        ("Mintel (2024) On Premise User Survey: Flanders. Mintel.", False),
        # A town and a publisher named like a place are still what stands where the title goes.
        ("Bell, A. (1986) Bingley: Emerald.", True),
        ("Bell, A. (1986) Abingdon: Routledge.", True),
        ("Booth, P. (2015b). Jefferson, NC: McFarland.", True),
    ],
)  # fmt: skip
def test_a_surveys_region_after_a_colon_is_part_of_its_title(entry: str, publisher_only: bool) -> None:
    assert parse_entry(entry).title_only_publisher is publisher_only


@pytest.mark.parametrize(
    ("sentence", "entries"),
    [
        ("The brewer was sold to a Hong Kong group (Greene King and CKA, 2019).", [GREENE_KING, SMITH]),
        ("Pubs matter (Jones and Smith, 2019).", ["Jones, A. (2020) Pubs. London: Kogan Page.", SMITH]),
    ],
)
def test_names_joined_to_a_single_listed_author_cited_once_are_in_the_note(sentence: str, entries: list[str]) -> None:
    """A pair of that year (a takeover) as often as a slipped year: named first in the note, as looking cited."""
    report = _check([sentence, "Smith (2020) says so."], entries)
    assert report.problems == ()
    assert [report.citations[i].text for i in report.looks_cited] == [sentence[sentence.index("(") : -1]]


@pytest.mark.parametrize(
    ("sentence", "entries", "certain"),
    [
        # With a page, the pair is surely cited: whether the year slipped is still to check.
        ("The brewer was sold (Greene King and CKA, 2019, p. 4).", [GREENE_KING, SMITH], False),
        # One name, as listed, a year out: a slip, said for certain; so is one body's name the list gives whole.
        ("Pubs matter (Greene King, 2023).", [GREENE_KING, SMITH], True),
        ("Prices rose (Competition and Markets Authority, 2022).",
         ["Competition and Markets Authority (2023) Groceries. London: CMA.", SMITH], True),
        ("Pubs matter (Jones and Smith, 2019).", ["Jones, A. and Smith, J. (2020) Pubs. London: Kogan Page.", SMITH],
         True),
    ],
)  # fmt: skip
def test_names_joined_to_a_single_listed_author_are_a_mismatch_to_check(
    sentence: str, entries: list[str], certain: bool
) -> None:
    report = _check([sentence, "Smith (2020) says so."], entries)
    assert [(p.kind, p.certain) for p in report.problems] == [("year_mismatch", certain)]


def test_the_scorer_reads_a_firm_without_its_legal_form_after_a_comma() -> None:
    assert key("Young & Co.'s Brewery") in lead_keys("Young & Co.'s Brewery, P.L.C.")
    assert key("Young") in lead_keys("Young & Co.'s Brewery, P.L.C.")
    assert key("Brewery") not in lead_keys("Young & Co.'s Brewery, P.L.C.")


def test_a_brand_ending_on_a_degree_sign_is_cited_as_listed() -> None:
    report = _check(
        ["Smart valves sell (tado°, 2016).", "As tado° (2016) argues, valves sell.", "Smith (2020) says so."],
        [SMITH, "tado° (2016) Smart thermostats. Available at: https://www.tado.com/v (Accessed: 3 May 2024)."],
    )
    assert [c.authors for c in report.citations] == [("tado°",), ("tado°",), ("Smith",)]
    assert report.problems == ()


def test_a_sites_address_cited_once_alone_is_in_the_note() -> None:
    report = _check(
        ["The market is split between two portals (realestate.com.au, 1995; Domain, 1999).", "Smith (2020) says so."],
        [SMITH],
    )
    assert report.problems == ()
    assert [report.citations[i].authors[0] for i in report.unconfirmed] == ["realestate.com.au", "Domain"]
    report = _check(["The rules changed (legislation.gov.uk, 2012).", "Smith (2020) says so."], [SMITH])
    assert report.problems == ()
    assert [report.citations[i].authors[0] for i in report.unconfirmed] == ["legislation.gov.uk"]
