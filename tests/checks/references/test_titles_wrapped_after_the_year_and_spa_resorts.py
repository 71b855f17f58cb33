"""What the blind237 to blind239 pools showed once they became development data (stop 48): an entry whose title
wraps onto the next line straight after its year, the title holding a year of its own ("House of Lords Select
Committee on ... Industry (2022)" then "Gambling Survey for Great Britain: annual report (2022). Available at:
..."), split in two, which gave three false problems worded as certain; and "& Spa Resort" in a hotel's name read as
the Italian legal form "SpA" ending a firm's name, leaving "Resort (2025)" as the author.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references import find_citations, split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _kinds

LORDS = (
    "House of Lords Select Committee on the Social and Economic Impact of the Gambling Industry (2022)\n"
    "Gambling Survey for Great Britain: annual report (2022). Available at:\n"
    "https://www.parliament.uk/gambling-survey (Accessed: 7 August 2024)."
)
MAY = "May, R. et al. (2022) ‘Self-exclusion after the Gambling Act review’, Addictive Behaviors, 41(4), pp. 721–741."


def test_a_title_wrapped_after_the_year_stays_in_its_entry() -> None:
    assert len(split_entries(LORDS)) == 1


def test_a_title_wrapped_after_the_year_raises_nothing() -> None:
    text = (
        "The House of Lords Select Committee on the Social and Economic Impact of the Gambling Industry (2022) "
        "found that most players bet online. May et al. (2022) agree."
    )
    report = _check([text], [LORDS + "\n" + MAY])
    assert len(report.entries) == 2
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "entries",
    [
        # A line opening on a person's name after an entry with no title is the next entry: the first lacks a title.
        "Hooper, J. (2012)\nKantar, L. (2019) Betting in Britain. London: Kantar.",
        "Hooper, J. (2012).\nBetting and Gaming Council (2019) Annual review. London: BGC.",
    ],
)
def test_a_new_entry_after_one_without_a_title_is_still_new(entries: str) -> None:
    assert len(split_entries(entries)) == 2


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        (
            "Hotel Splendid Conference & Spa Resort (2025) identified that loyalty programmes work.",
            "Hotel Splendid Conference & Spa Resort",
        ),
        ("As Villa Borghese & Spa Hotel (2021) argues, guests book late.", "Villa Borghese & Spa Hotel"),
        # The legal form after a name still ends it: "Richardson Inc." is the sentence's, Bhatia the author.
        ("Loyalty grew at Richardson Inc. Bhatia (2019) argues that it matters.", "Bhatia"),
    ],
)
def test_spa_after_an_ampersand_opens_the_names_next_part(sentence: str, author: str) -> None:
    assert [c.author_text for c in find_citations(sentence)] == [author]
