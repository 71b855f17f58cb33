"""What the blind252 to blind254 pools showed once they became development data (stop 50): a studio that "added"
sound stages read as an author who adds a point ("Sky Studios Elstree (2022) added thirteen sound stages"); the
buyer in a takeover read as an author after "by" ("The takeover by Comcast (2018) changed ..."); and a reference
list wrapped line by line, where a conference paper's venue on a line of its own ("Edinburgh TV Festival, Dublin.")
or the rest of a conference's name after its letters ("... Studies (BAFTSS)" then "Annual Conference, Dublin.") was
read as an entry, and flagged as certain: incomplete, not cited, out of order.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.entries import split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES


@pytest.mark.parametrize(
    "sentence",
    [
        "Sky Studios Elstree (2022) added thirteen sound stages.",
        "The takeover by Comcast (2018) changed the broadcaster's content budgets.",
        "The £1bn acquisition of the chain by Vue International (2019) cut screen numbers.",
    ],
)
def test_what_a_firm_added_or_bought_is_no_citation(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kowalczyk (2017) adds that trailers matter more than posters.",
        "Kowalczyk (2017) added, however, that trailers matter more than posters.",
        "Kowalczyk (2017) adds a caveat about small samples.",
        "Kowalczyk (2017) adds to this debate.",
        "A similar point is made by Kowalczyk (2017).",
    ],
)
def test_an_author_who_adds_a_point_or_writes_after_by_is_still_cited(sentence: str) -> None:
    report = _check([sentence], [])
    assert _authors(report) == [("Kowalczyk",)]


CONFERENCE_LIST = (
    "Campbell, D. and Chatterjee, M. (2015) ‘Audiences, data and event cinema’, British\n"
    "Association of Film, Television and Screen Studies (BAFTSS) Annual Conference.\n"
    "Edinburgh TV Festival, Dublin.\n"
    "Czochara, I. (2024) The economics of community cinema. London: Bloomsbury\n"
    "Academic.\n"
    "Thompson, S. and Gallagher, C. (1998) ‘The trailer: evidence from Ireland’, Academy of\n"
    "Marketing Conference. British Association of Film, Television and Screen Studies (BAFTSS)\n"
    "Annual Conference, Dublin.\n"
    "Webb, R. (2016) Audiences, data and word of mouth for films. London: Kogan Page."
)


def test_a_conference_paper_s_venue_and_its_name_wrapped_after_its_letters_stay_in_its_entry() -> None:
    entries = split_entries(CONFERENCE_LIST)
    assert [entry.split(" (", 1)[0] for entry in entries] == [
        "Campbell, D. and Chatterjee, M.",
        "Czochara, I.",
        "Thompson, S. and Gallagher, C.",
        "Webb, R.",
    ]
    assert entries[0].endswith("Annual Conference. Edinburgh TV Festival, Dublin.")


def test_a_wrapped_conference_list_gives_no_false_problem() -> None:
    report = _check(
        [
            "Event cinema grows (Campbell and Chatterjee, 2015; Czochara, 2024).",
            "Trailers still sell films (Thompson and Gallagher, 1998; Webb, 2016).",
        ],
        [CONFERENCE_LIST],
    )
    assert _kinds(report) == []


def test_a_short_line_after_an_entry_with_its_own_year_is_still_an_entry() -> None:
    lines = (
        "Campbell, D. (2015) ‘Event cinema’, Academy of Marketing Conference.\n"
        "Ofcom (2019) Media nations.\n"
        "Webb, R. (2016) Audiences. London: Kogan Page."
    )
    assert len(split_entries(lines)) == 3
