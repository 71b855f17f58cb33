"""What the blind159 to blind161 pools showed once they became development data (stop 39): a title just after its
kind and then its maker ("the BL series 2gether (GMMTV, 2020)"), a city after a congress ("the Andicom congress
(Cartagena, 2025)"), a firm's legal name beside its brand or a paper beside its country in one bracket ("Koba Colombia
S.A.S. (Tiendas D1)", "La República (Perú)"), Spanish names with a married woman's "de" or a patronymic ("Rodríguez de
Jiménez", "Echeverri Núñez") and a place and publisher with Swahili "es" where the title goes ("Dar es Salaam: Dar es
Salaam University Press").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.entries import parse_entry, split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _kinds, _unlisted_authors

MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."
MENON_ARGUES = "Menon (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    "sentence",
    [
        "The BL series 2gether (GMMTV, 2020) made its two leads famous.",
        "Gul Ahmed sponsored the drama Kabhi Main Kabhi Tum (ARY Digital, 2018).",
        "The brand presented at the Andicom congress (Cartagena, 2025).",
    ],
)
def test_makers_of_titles_after_their_kind_and_cities_of_congresses_are_no_sources(sentence: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # A claim after a word for a kind of thing, in lower case, is cited.
        "The campaign worked (Smith, 2019).",
        "This is a good example of the app economy (Smith, 2019).",
    ],
)
def test_claims_ending_on_a_kind_of_thing_are_still_cited(sentence: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _unlisted_authors(report) == [("cited_not_listed", "Smith")]


@pytest.mark.parametrize(
    ("entry", "citation"),
    [
        (
            "Koba Colombia S.A.S. (Tiendas D1) (no date) Nosotros. Available at: https://example.com/d1 "
            "(Accessed: 1 May 2024).",
            "Discounters grow fastest (Koba Colombia S.A.S. (Tiendas D1), no date).",
        ),
        (
            "La República (Perú) (2021) Ventas en línea. Lima: Grupo La República.",
            "Sales rose (La República (Perú), 2021).",
        ),
    ],
)
def test_a_firm_with_its_brand_or_a_paper_with_its_country_opens_an_entry_and_is_cited_whole(
    entry: str, citation: str
) -> None:
    block = f"Acosta, R. (2019) Retail in Lima. Available at: https://example.com/a (Accessed: 3 May 2024).\n{entry}"
    assert len(split_entries(block)) == 2
    report = _check(["Acosta (2019) argues that loyalty is local.", citation], block.split("\n"))
    assert _kinds(report) == []


@pytest.mark.parametrize("author", ["Rodríguez de Jiménez", "Echeverri Núñez", "Cusi Sanchez"])
def test_spanish_names_are_authors_with_no_list(author: str) -> None:
    report = _check([f"Shoppers compare prices across channels ({author}, 2015)."], [])
    assert [c.authors[0] for c in report.citations] == [author]


@pytest.mark.parametrize("name", ["Copa do Brasil", "Festival de Cannes", "Love Island", "Cagayan de Oro"])
def test_events_and_shows_are_no_authors_with_no_list(name: str) -> None:
    report = _check([f"Sponsors paid more ({name}, 2019)."], [])
    assert report.citations == ()


def test_a_place_and_publisher_with_swahili_es_where_the_title_goes_is_an_incomplete_entry() -> None:
    entry = "Masanja, G. (2023). Dar es Salaam: Dar es Salaam University Press."
    assert parse_entry(entry).title_only_publisher
    report = _check(["Data bundles are costly (Masanja, 2023)."], [entry])
    assert _kinds(report) == ["incomplete_entry"]
