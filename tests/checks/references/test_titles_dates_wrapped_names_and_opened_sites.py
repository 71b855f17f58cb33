"""What the blind273 to blind275 pools showed once they became development data (stop 52): a title's last words and
its date wrapped onto a line of their own ("... sub-Saharan" then "Africa, October 2016. Washington, DC: ...") read as
a new entry by "Africa", which put the list out of order in words marked certain; a body's long name wrapped before
its letters and year ("... et des Postes" then "(ARCEP Gabon) (no date) ...") joined to the entry before; Beti and
Bulu "bi" (son of) inside a surname ("Biyiti bi Essam, E."); and where and when a shop opened read as a source ("Bloww
opened its first Amsterdam site (Utrechtsestraat, 2021).").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds, _looks_cited, _noted, _told_unlisted
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES

WRAPPED_LIST = (
    "Agence des Marchés Financiers (AMF) (2016) Regional outlook: West and Central\n"
    "Africa, October 2016. Washington, DC: Agence des Marchés Financiers.\n"
    "Available at: https://www.example.org/outlook.pdf (Accessed: 3 May 2024).\n"
    "Autorité de Régulation des Télécommunications et des Postes du Tchad\n"
    "(ARTP Tchad) (no date) Our brands. Available at:\n"
    "https://www.example.td/brands (Accessed: 20 October 2023).\n"
    "Mbarga bi Ondoua, E. (1984) Satisfaction in Yaoundé. Yaoundé: CLÉ.\n"
    "Moyo, T. (2019) Retail in Southern Africa. Cape Town: Juta."
)
CITING_ALL = [
    "Mobile money grew fastest in the region (Agence des Marchés Financiers (AMF), 2016).",
    "Prices are set by the regulator (Autorité de Régulation des Télécommunications et des Postes du Tchad (ARTP "
    "Tchad), no date, p. 23).",
    "Mbarga bi Ondoua (1984) argues that trust follows service.",
    MOYO_ARGUES,
]


def test_a_wrapped_list_is_read_entry_by_entry() -> None:
    report = _check(CITING_ALL, [WRAPPED_LIST])
    assert [entry.authors[0] for entry in report.entries] == [
        "Agence des Marchés Financiers",
        "Autorité de Régulation des Télécommunications et des Postes du Tchad",
        "Mbarga bi Ondoua",
        "Moyo",
    ]
    assert _kinds(report) == []


def test_a_surname_joined_by_bi_is_cited_whole() -> None:
    report = _check(["Trust follows service (Mbarga bi Ondoua, 1984).", MOYO_ARGUES], [MOYO])
    assert ("Mbarga bi Ondoua",) in _authors(report)
    assert "cited_not_listed" in _told_unlisted(report)


def test_a_person_named_in_full_with_a_month_still_opens_an_entry() -> None:
    # "Africa, October 2016" is a title's date; a person's given name that is a month comes with a bracketed year.
    listed = "Moyo, T. (2019) Retail in Southern Africa. Cape Town: Juta.\nSmith, April (2020) Loyalty. London: Sage."
    report = _check([MOYO_ARGUES, "Loyalty pays (Smith, 2020)."], [listed])
    assert [entry.authors[0] for entry in report.entries] == ["Moyo", "Smith"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bloww opened its first Amsterdam site (Utrechtsestraat, 2021).",
        "The chain opened a new flagship store (Covent Garden, 2015).",
    ],
)
def test_where_and_when_a_shop_opened_is_no_source(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []


def test_a_source_after_a_shop_still_looks_cited_in_the_note() -> None:
    report = _check(
        ["Loyalty grows where a salon opened its first site (Okafor and Brandt, 2019).", MOYO_ARGUES], [MOYO]
    )
    assert _kinds(report) == []
    assert _noted(report) == _looks_cited(report) == ["Okafor"]
