"""Firms whose legal form names partners ("GmbH & Co. KG", "& Cie. KG", "GmbH + Co. KG"), a body's name with its
state's initials after a comma ("..., R.O.C. (Taiwan)"), an ampersand inside an abbreviation ("(C&SD)"), a name
in capitals that is also a lead-in word ("LINE"), particles joined by "und" ("von und zu"), and long bodies' names
wrapped over the lines of a reference list.

Shapes the blind72 to blind74 pools showed once they became development data (stop 31); the examples here are
made up, of the same shape.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds


@pytest.mark.parametrize(
    ("sentence", "entry", "cited"),
    [
        (
            "Bergmann Handels-SE & Co. oHG (no date) found that insurers struggle to build a brand.",
            "Bergmann Handels-SE & Co. oHG (no date) Karriere. Available at: https://bergmann.example/k "
            "(Accessed: 1 May 2024).",
            ("Bergmann Handels-SE & Co. oHG",),
        ),
        (
            "Kessler Brauerei Gruppe GmbH & Co. KGaA (2016) observed that buyers research before they call.",
            "Kessler Brauerei Gruppe GmbH & Co. KGaA (2016) Kundenkarte. Available at: https://kessler.example/app "
            "(Accessed: 1 May 2024).",
            ("Kessler Brauerei Gruppe GmbH & Co. KGaA",),
        ),
        (
            "Word of mouth still outweighs reviews (kl-werke markt GmbH + Co. KG, 2015, pp. 248–250).",
            "kl-werke markt GmbH + Co. KG (2015) Halbjahresbericht 2015. Karlsruhe: kl-werke markt GmbH + Co. KG.",
            ("kl-werke markt GmbH + Co. KG",),
        ),
    ],
)
def test_a_firm_whose_legal_form_names_its_partners_is_read_whole(
    sentence: str, entry: str, cited: tuple[str, ...]
) -> None:
    report = _check([sentence], [entry])
    assert [c.authors for c in report.citations] == [cited]
    assert _kinds(report) == []


def test_a_firm_with_partners_in_its_form_starts_a_wrapped_entry() -> None:
    entries = [
        "Adler, J. (2021) ‘Kakao wird teurer’, Handelsblatt, 15 September. Available at:\n"
        "https://handelsblatt.example/kakao (Accessed: 2 June 2023).\n"
        "Vogt & Cie. KG (no date) Neue Kampagne für den Herbst. Available at:\n"
        "https://vogt.example/presse (Accessed: 7 May 2023)."
    ]
    report = _check(["Prices rose (Adler, 2021; Vogt & Cie. KG, no date)."], entries)
    assert _cited(report) == [(("Adler",), "2021"), (("Vogt & Cie. KG",), "n.d.")]
    assert _kinds(report) == []


BODY_WITH_STATE = (
    "Consumer Protection Commission, R.O.K. (Korea) (2018) Guidance on direct marketing. Available at: "
    "https://cpc.example/2018 (Accessed: 6 April 2023)."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Service recovery matters (Consumer Protection Commission, R.O.K. (Korea), 2018).",
        "Following Consumer Protection Commission, R.O.K. (Korea) (2018), the plan assumes that trust matters.",
        "Consumer Protection Commission, R.O.K. (Korea) (2018, pp. 2–3) is clear that customers skip notices.",
    ],
)
def test_a_body_and_its_states_initials_is_one_author(sentence: str) -> None:
    report = _check([sentence], [BODY_WITH_STATE])
    assert _cited(report) == [(("Consumer Protection Commission, R.O.K.",), "2018")]
    assert _kinds(report) == []


def test_an_ampersand_inside_an_abbreviation_joins_no_authors() -> None:
    report = _check(
        ["The literature (Survey and Statistics Office (S&SO), 2016, pp. 93–94) suggests that promotions teach."],
        ["Survey and Statistics Office (S&SO) (2016) Household survey 2016. Available at: https://sso.example/16 "
         "(Accessed: 24 November 2025)."],
    )  # fmt: skip
    assert _cited(report) == [(("Survey and Statistics Office",), "2016")]
    assert _kinds(report) == []


@pytest.mark.parametrize("name", ["LINE Mobile Limited", "AS Harbour Group"])
def test_a_name_in_capitals_is_no_lead_in_word(name: str) -> None:
    report = _check([f"Members stay longer (see {name}, 2017)."], [f"{name} (2017) Membership. Taipei: {name}."])
    assert _cited(report) == [((name,), "2017")]
    assert _kinds(report) == []


def test_particles_joined_by_und_are_one_surname() -> None:
    report = _check(
        ["Trust falls after a scandal (von Arnim and von und zu Eltz, 1986, p. 33)."],
        ["von Arnim, K. and von und zu Eltz, B. (1986) Marke und Vertrauen. München: Vahlen."],
    )
    assert _cited(report) == [(("von Arnim", "von und zu Eltz"), "1986")]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("body", "wrapped"),
    [
        (
            "Ministère de la Culture, de l'Artisanat et de l'Économie Sociale et Solidaire",
            "Ministère de la Culture, de l'Artisanat et de l'Économie Sociale et\nSolidaire",
        ),
        (
            "Commission Nationale de contrôle des Données à caractère Personnel",
            "Commission Nationale de contrôle des Données à caractère\nPersonnel",
        ),
    ],
)
def test_a_bodys_long_name_wrapped_over_lines_of_the_list_stays_whole(body: str, wrapped: str) -> None:
    entries = [
        "Alaoui, F. and Berrada, H. (2019) ‘Diaspora tourism’, Revue Internationale de Gestion, 59(2), pp. 5–9.\n"
        f"{wrapped} (2023) Annual survey of households 2023. Rabat: Ministère. Available at:\n"
        "https://gov.example/2023 (Accessed: 3 July 2024)."
    ]
    report = _check([f"Consumers respond to radio (Alaoui and Berrada, 2019; {body}, 2023)."], entries)
    assert _cited(report) == [(("Alaoui", "Berrada"), "2019"), ((body,), "2023")]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("entry", "missing_title"),
    [
        # A body's online page whose title has a subtitle after a colon: no publisher the body would be.
        ("Kranich SE (2021) Pressemitteilung: Jahreszahlen. Available at: https://kranich.example/p "
         "(Accessed: 1 May 2024).", False),
        # A body's online report with its place and itself as publisher where the title goes.
        ("Kranich SE (2021) Hamburg: Kranich SE. Available at: https://kranich.example/p (Accessed: 1 May 2024).",
         True),
        # A person's book with only a place and a publisher.
        ("Kranich, J. (2021) Hamburg: Springer.", True),
    ],
)  # fmt: skip
def test_a_bodys_subtitle_is_no_place_and_publisher(entry: str, missing_title: bool) -> None:
    report = _check(["Prices rose (Kranich SE, 2021; Kranich, 2021)."], [entry])
    assert ("incomplete_entry" in _kinds(report)) is missing_title


@pytest.mark.parametrize(
    ("sentence", "entry", "cited"),
    [
        (
            "Loyalty matters to shoppers (Comercial Quetzal, S. de R.L., 2023, pp. 251–255).",
            "Comercial Quetzal, S. de R.L. (2023) Informe anual. Guatemala: Comercial Quetzal.",
            "Comercial Quetzal, S. de R.L.",
        ),
        (
            "Tejo Energia, SGPS, S.A. (2019) reports that fuel cards keep drivers loyal.",
            "Tejo Energia, SGPS, S.A. (2019) Relatório e contas. Lisboa: Tejo Energia.",
            "Tejo Energia, SGPS, S.A.",
        ),
        (
            "Deposits grew (Superintendencia de Valores, Seguros y Pensiones (SVSP), 2021).",
            "Superintendencia de Valores, Seguros y Pensiones (SVSP) (2021) Informe. Lima: SVSP.",
            "Superintendencia de Valores, Seguros y Pensiones",
        ),
    ],
)
def test_a_body_or_firm_read_as_surname_and_initials_is_one_author(sentence: str, entry: str, cited: str) -> None:
    report = _check([sentence], [entry])
    assert _cited(report) == [((cited,), sentence[sentence.index("20") : sentence.index("20") + 4])]
    assert _kinds(report) == []
    assert report.entries[0].authors == (cited,)


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        ("Smith, S.A. (2019) Branding. London: Sage.", ("Smith",)),
        ("Del Banco, A. (2019) Credito. Roma: Carocci.", ("Del Banco",)),
        ("Lloyd Webber, A. and Ferreira, S.A. (2019) Shows. London: Faber.", ("Lloyd Webber", "Ferreira")),
    ],
)
def test_people_whose_initials_or_surnames_look_like_a_firms_stay_people(entry: str, authors: tuple[str, ...]) -> None:
    report = _check([], [entry])
    assert report.entries[0].authors == authors


@pytest.mark.parametrize("place", ["Cape Verde", "El Salvador", "Sierra Leone"])
def test_a_country_of_two_words_before_a_list_of_authors_is_none_of_them(place: str) -> None:
    report = _check(
        [f"Writing about {place}, Marques and Ferreira (2013, cited in Okafor, 2020) observed that tourists spend."],
        ["Okafor, T. (2020) Pricing. London: Sage."],
    )
    assert _cited(report) == [(("Marques", "Ferreira"), "2013"), (("Okafor",), "2020")]
    assert _kinds(report) == []


def test_a_public_body_named_after_its_country_with_its_initials_is_one_author() -> None:
    report = _check(
        ["Turismo de Angola, I.P. (2018) found that visitors book late (Turismo de Angola, I.P., 2018, p. 4)."],
        ["Turismo de Angola, I.P. (2018) Relatório anual. Luanda: Turismo de Angola."],
    )
    assert _cited(report) == [(("Turismo de Angola, I.P.",), "2018")] * 2
    assert _kinds(report) == []
