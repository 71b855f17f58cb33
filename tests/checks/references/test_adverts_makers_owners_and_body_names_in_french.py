"""What the blind165 to blind167 pools showed once they became development data (stop 40): an advert's maker ("The
spot was created by Contagion (2018)"), a thing that "went viral", a version of a web site ("airnewzealand.co.nz
(Mobile, 2023)"), degrees listed in turn ("a BBA (UT Austin, 2003) and an MBA (Rice, 2009)"), a product by its kind
("The truck (Cybertruck, 2023)"), a new owner ("changed hands (Whataburger, 2019)"); and what is cited all the same: a
claim ending on a language or a festival, a French body's long name with its letters ("(Chambre de Commerce et
d'Industrie Algéro-Française (CCI Algérie-France), 2022)"), US partnerships' forms ("H-E-B, LP"), public offices
known by their holder's title, and authors who "reached the same conclusion".

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds, _unlisted_authors

MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."
MENON_ARGUES = "Menon (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    "sentence",
    [
        "The 'Kia ora' spot was created by Contagion (2018).",
        "The adverts were shot by Special Group (2019) in Wellington.",
        "Hogarth's Matariki work for Hall Group (2017) went viral.",
        "Customers book through airnewzealand.co.nz (Mobile, 2023).",
        "The CMO holds a BBA (UT Austin, 2003) and an MBA (Rice, 2009).",
        "The truck (Cybertruck, 2023) was shown at SXSW.",
        "The chain changed hands (Whataburger, 2019) but kept its stripes.",
        "The dairy was acquired (Fonterra, 2021).",
    ],
)
def test_makers_versions_degrees_products_and_owners_are_no_sources(sentence: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("The framework was developed by Porter (1985).", "Porter"),
        ("Kotler (2017) went further, arguing that brands matter.", "Kotler"),
        ("Brands win trust when they respect Tamazight (Bensalem, 2019).", "Bensalem"),
        ("Footfall grows, especially during Ramadan (Ouali, 2012).", "Ouali"),
        ("Nasri and Hammami (2023) reached the same conclusion for Sfax.", "Nasri"),
        ("Carrefour could learn from Bendjelloul (2015), for whom word of mouth matters most.", "Bendjelloul"),
        ("Card payment is rare in the south (Privacy Commissioner, 2023).", "Privacy Commissioner"),
        (
            "Studies of JD.com (Japan Fair Trade Commission, 2020) show that margins fell.",
            "Japan Fair Trade Commission",
        ),
    ],
)
def test_sources_of_the_same_shapes_are_still_cited(sentence: str, author: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _cited(report)[0][0][0] == author
    assert _unlisted_authors(report) == [("cited_not_listed", author)]


@pytest.mark.parametrize(
    ("sentence", "entry", "author"),
    [
        (
            "Halal finance grows (Chambre de Commerce et d'Industrie Algéro-Française (CCI Algérie-France), 2022).",
            "Chambre de Commerce et d'Industrie Algéro-Française (CCI Algérie-France) (2022) La banque islamique. "
            "Alger: CCI.",
            "Chambre de Commerce et d'Industrie Algéro-Française",
        ),
        (
            "Mobile money grows (Autorité de Régulation de la Poste et des Communications Électroniques (ARPCE), "
            "2021).",
            "Autorité de Régulation de la Poste et des Communications Électroniques (ARPCE) (2021) Rapport annuel. "
            "Alger: ARPCE.",
            "Autorité de Régulation de la Poste et des Communications Électroniques",
        ),
        (
            "H-E-B, LP (2019) reports that shoppers stay loyal to the state.",
            "H-E-B, LP (2019) Annual review. San Antonio: H-E-B.",
            "H-E-B, LP",
        ),
        (
            "Fees rose for small firms (Bauer & Broussard, PLLC, 2019).",
            "Bauer & Broussard, PLLC (2019) Fee survey. Lafayette: Bauer & Broussard.",
            "Bauer & Broussard, PLLC",
        ),
    ],
)
def test_long_french_bodies_and_us_partnerships_are_read_whole(sentence: str, entry: str, author: str) -> None:
    report = _check([sentence], [entry])
    assert [c.authors[0] for c in report.citations] == [author]
    assert _kinds(report) == []
