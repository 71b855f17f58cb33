"""What the blind228 to blind230 pools showed once they became development data (stop 47): a historic event a date
marks, written alone in the bracket ("before 30 July (Independence, 1980)"); a city written with a Polynesian
glottal stop, the ʻokina, where the gazetteer writes an apostrophe ("(Nukuʻalofa, 2023)"); a model's name of its
maker, a number and a word ("The Fendt 1000 Vario (2015) set a new benchmark"), whose last word is no author; and a
body's segmentation cited by its possessive ("could apply Sika AG's (2023) segmentation").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import MOYO, MOYO_ARGUES, _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds, _told_unlisted


@pytest.mark.parametrize(
    "sentence",
    [
        "Flags sold out before 30 July (Independence, 1980).",
        "Shops closed early on 4 June (Independence, 1970).",
        "Parades filled the capital on 3 October (Reunification, 1990).",
        "The LDS temple open day (Nukuʻalofa, 2023) drew crowds from across the island.",
        "The choir festival (Hagåtña, 2019) drew crowds from across the island.",
        "The Fendt 1000 Vario (2015) set a new benchmark for large tractors.",
        "Dealers say the Valtra 8 Versu (2019) changed what buyers expect from a cab.",
    ],
)
def test_events_places_and_models_with_a_year_are_no_citations(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        # A number before a name at a sentence's start is a year or a count, not a model's: the name still cites.
        ("In 2019 Porter (2020) argued that rivalry shapes strategy.", ("Porter",)),
        ("Brands gain trust slowly (Independence Group, 2021).", ("Independence Group",)),
        ("Kiosks spread quickly (Nuku, 2020).", ("Nuku",)),
    ],
)
def test_names_beside_those_shapes_still_cite(sentence: str, author: tuple[str, ...]) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert author in _authors(report)
    assert _told_unlisted(report) == ["cited_not_listed"]


@pytest.mark.parametrize("mark", ["’", "'"])
def test_a_bodys_segmentation_by_its_possessive_is_its_work(mark: str) -> None:
    sentence = f"Jones-Hancock could apply Sika AG{mark}s (2023) segmentation, since distributors need better tools."
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert ("Sika AG",) in _authors(report)
    assert _kinds(report) == ["cited_not_listed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "This was agreed at the meeting on 25 June 2019. Ní Dhonnchadha (2008) points out that volunteers stay.",
        "Revenue rose in FY 2005 compared with FY 2001. Twal (2002) conclude that donors give more in Ramadan.",
    ],
)
def test_a_name_after_a_sentence_ending_on_a_number_still_cites(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert len(_authors(report)) == 2
    assert _kinds(report) == ["cited_not_listed"]
