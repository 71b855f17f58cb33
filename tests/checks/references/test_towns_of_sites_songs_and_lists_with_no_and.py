"""What the blind285 to blind287 pools showed once they became development data (stop 53): the town of a site just named
by its kind ("later added a junior centre (Perth, 2022)") or of a first opening ("The first franchise opened abroad
(Valencia, 2019)"), a campaign song's singer after "was by", and names listed with no "and" ("The CAN stadiums
(Ombaka, Tundavala, Chiazi, 2010)") read as sources; a Portuguese surname with a generation or a particle ("Nunes
Júnior", "Alves da Rocha") read as no author; and "fast" and "lent" read as a fasting season after any word.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds, _looks_cited, _noted, _told_unlisted
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES


@pytest.mark.parametrize(
    "sentence",
    [
        "Dublin's Horner School later added a junior centre (Perth, 2022).",
        "The first franchise opened abroad (Valencia, 2019).",
        "The campaign song was by Paulo Flores (2020).",
        "The CAN stadiums (Ombaka, Tundavala, Chiazi, 2010) are underused.",
    ],
)
def test_a_sites_town_a_singer_or_names_with_no_and_are_no_source(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The study was by Okafor (2020), who found that prices rise.",
        "Loyalty grows (Okafor, Brandt and Lee, 2019).",
    ],
)
def test_sources_in_such_places_still_cite(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _kinds(report) == ["cited_not_listed"]


def test_two_authors_after_a_store_still_look_cited_in_the_note() -> None:
    report = _check(["Sales rose in the store (Okafor and Brandt, 2019).", MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []
    assert _noted(report) == _looks_cited(report) == ["Okafor"]


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("Mobile money reaches the unbanked (Nunes Júnior, 2023).", ("Nunes Júnior",)),
        ("Paid search drives retention when the offer is relevant (Alves da Rocha, 2020).", ("Alves da Rocha",)),
        # "fast" as an adverb is no fasting season, nor "lent" a verb Lent.
        ("Mobile money grows fast (Okafor, 2023).", ("Okafor",)),
        ("Most of the money was lent (Okafor, 2015).", ("Okafor",)),
    ],
)
def test_portuguese_surnames_and_words_like_a_seasons_still_cite(sentence: str, authors: tuple[str, ...]) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert authors in _authors(report)
    assert _told_unlisted(report) == ["cited_not_listed"]
