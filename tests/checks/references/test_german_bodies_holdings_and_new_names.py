"""What the blind231 to blind233 pools showed once they became development data (stop 48): a German body's name
joined by "für" and cited as a sentence's subject ("Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin) (2023)
argued"), read as its last word alone; a firm named with "Holding" ("(Faruk Holding, 2025)"), the form Turkish,
Arab and Latin American groups take, read as no author; and a firm's new name with the year it came ("Norwich
Union became Aviva (2009)"), taken for a listed body's work of a year the list does not give.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import MOYO, MOYO_ARGUES, _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds, _told_unlisted

BAFIN = (
    "Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin) (2023) Annual report 2022. Bonn: BaFin. "
    "Available at: https://www.bafin.de/report (Accessed: 2 March 2024)."
)
AVIVA = "Aviva (2012) Sustainability report 2012. London: Aviva."


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        (
            "Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin) (2023) argued that savers underestimate risk.",
            "Bundesanstalt für Finanzdienstleistungsaufsicht",
        ),
        (
            "As the Institut für Demoskopie Allensbach (2021) found, trust in banks is low.",
            "Institut für Demoskopie Allensbach",
        ),
    ],
)
def test_a_german_body_joined_by_fur_is_read_whole(sentence: str, author: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert (author,) in _authors(report)
    assert _kinds(report) == ["cited_not_listed"]


def test_a_listed_german_body_cited_as_the_subject_raises_nothing() -> None:
    sentence = "Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin) (2023) argued that savers underestimate risk."
    report = _check([sentence, MOYO_ARGUES], [BAFIN, MOYO])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Islamic banking products attract customers who avoid interest (Faruk Holding, 2025).",
        "Family groups dominate retail (for example, Koç Holding, 2019).",
    ],
)
def test_a_firm_named_as_a_holding_cites(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert len(_authors(report)) == 2
    assert _told_unlisted(report) == ["cited_not_listed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norwich Union became Aviva (2009), one of the biggest UK rebrands.",
        "The insurer was renamed Aviva (2002) after the merger.",
    ],
)
def test_a_listed_firms_new_name_and_its_year_is_no_citation(sentence: str) -> None:
    report = _check([sentence, "Aviva (2012) suggests that the advice gap leaves savers without help."], [AVIVA])
    assert _authors(report) == [("Aviva",)]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # The list's year, or a work read as cited, is still the listed body's.
        "Aviva (2012) became the benchmark for plain-English pension letters.",
        "As Aviva (2011) argues, the advice gap leaves savers without help.",
    ],
)
def test_a_listed_firm_cited_beside_those_shapes_still_cites(sentence: str) -> None:
    report = _check([sentence], [AVIVA])
    assert ("Aviva",) in _authors(report)
    assert set(_kinds(report)) <= {"year_mismatch"}
