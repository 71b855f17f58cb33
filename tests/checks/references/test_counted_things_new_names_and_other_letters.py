"""What the blind147 to blind149 pools showed once they became development data (stop 38): the things a sentence has
just counted, named in a bracket with a year ("two rival brewers (Brahma and Antarctica, 1999)"), a firm's new names
("renamed twice (Via, 2021; Grupo Casas Bahia, 2023)"), a body's letters in another language after its own ("METU
(ODTÜ, 1956) runs") and a maker whose name starts in lower case after a title ("Crash Landing on You (tvN, 2019)").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds

MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."
MENON_ARGUES = "Menon (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    "sentence",
    [
        "The group was born from two rival brewers (Brahma and Antarctica, 1999).",
        "The pilot ran in two districts (Bayan and Khan, 2019).",
        "The chain was renamed twice (Via, 2021; Grupo Casas Bahia, 2023).",
        "The airline was rebranded (Azul Conecta, 2020).",
        "METU (ODTÜ, 1956) runs a popular MBA.",
        "Crash Landing on You (tvN, 2019) was a hit across Asia.",
    ],
)
def test_names_given_to_things_just_named_are_no_sources(sentence: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _cited(report) == [(("Menon",), "2019")]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        # The same letters in the bracket cite the body.
        ("ONS (ONS, 2021) says that trust in brands is high.", "ONS"),
        # A claim ending on a body's letters cites another body.
        ("Trust in the NHS is high (ONS, 2021).", "ONS"),
    ],
)
def test_sources_in_the_same_places_are_still_reported(sentence: str, author: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert [(p.kind, p.author) for p in report.problems] == [("cited_not_listed", author)]


def test_sources_counted_are_cited_and_named_in_the_note() -> None:
    report = _check(["Two studies (Smith and Jones, 2019) found that loyalty is local.", MENON_ARGUES], [MENON])
    assert report.problems == ()
    assert [report.citations[i].authors for i in report.looks_cited] == [("Smith", "Jones")]


def test_several_works_in_one_bracket_are_still_sources() -> None:
    report = _check(["Research shows this (Ipsos, 2008; Tony's Chocolonely, 2023).", MENON_ARGUES], [MENON])
    # Ipsos, a research firm, is worth a warning of its own; a name beside it in a bracket of unlisted works, in
    # the one note.
    assert [p.author for p in report.problems] == ["Ipsos"]
    assert [report.citations[i].authors[0] for i in report.unconfirmed] == ["Tony's Chocolonely"]
