"""What the blind368 and blind369 pools showed once their misses were read (stop 64).

* A bracket that points the reader to a work ("(see AEON Life, 2022)", "(cf. BVA Doxa, 2009)") or says the work
  has no date ("(Royal London, no date)") cites a source whatever its name looks like: matching no entry, it gets a
  "check this" warning of its own rather than a place in the one note. "(e.g. Saniderm, 2015)" may give a product
  as an example, and stays in the note.
* An entry whose editors wrap onto a new line after "Edited by R." is one entry: "McIntyre, K. Helmy, and J.
  Lachance." opens no entry of its own.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references import split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _kinds
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES


@pytest.mark.parametrize(
    "sentence",
    [
        "Families plan ahead more than they did (see Kestrel Life, 2022).",
        "Visitors value quiet galleries (cf. Doxa Panel, 2009).",
        "Most plans are bought online (Westbrook Mutual, no date).",
        "Trust is built before the need arises (Adjei, n.d.).",
    ],
)
def test_a_bracket_pointing_to_a_work_or_saying_it_has_no_date_is_a_citation_missing_from_the_list(
    sentence: str,
) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _kinds(report) == ["cited_not_listed"]
    (problem,) = report.problems
    assert not problem.certain and problem.message.startswith("Check this")


def test_a_product_given_as_an_example_stays_in_the_note() -> None:
    report = _check(["Creams sell well in winter (e.g. Saniderm, 2015).", MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []
    assert len(report.unconfirmed) == 1


def test_editors_wrapped_after_edited_by_and_an_initial_stay_in_their_entry() -> None:
    block = (
        "Museo Civico (1993) Gold of the pharaohs. Edited by R.\n"
        "McIntyre, K. Helmy, and J. Lachance. Lanham, MD: Rowman & Littlefield.\n"
        "Moyo, T. (2019) Retail in Southern Africa. Cape Town: Juta."
    )
    entries = split_entries(block)
    assert len(entries) == 2
    assert entries[0].endswith("Rowman & Littlefield.")
    assert entries[1].startswith("Moyo, T. (2019)")
