"""Bodies named in their own language in sentence case ("Institut de la statistique du Québec (ISQ) (2010)",
"(Republički zavod za statistiku, 2021)"), Balkan firms' legal forms ("Hemofarm a.d.", "Podravka d.d."), a place
and a publishing house named in its own language where the title should be ("Beograd: Centar za izdavačku
delatnost Ekonomskog fakulteta"), a place governed by "in" before a list of authors whatever the place, and region
codes and a body's place that are no author ("(NCR, 2019)", "(Philippines 2012)").

Shapes the blind102 to blind104 pools showed once they became development data (stop 34); the examples here are
made up, of the same shape.
"""

from __future__ import annotations

import pytest

from marker.checks.references.entries import parse_entry
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds, _looks_cited, _noted

TREMBLAY = "Tremblay, M. (2019) Le marketing au Québec. Montréal: Chenelière."


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        ("Institut de la statistique du Québec (ISQ) (2010) found that winter spending falls.",
         "Institut de la statistique du Québec"),
        ("Office de la protection du consommateur (2014) says that loyalty cards need clear terms.",
         "Office de la protection du consommateur"),
        ("We read Fédération des caisses Desjardins du Québec's (2013, para. 22) report on members.",
         "Fédération des caisses Desjardins du Québec"),
    ],
)  # fmt: skip
def test_a_body_named_in_its_own_language_in_sentence_case_is_read_whole(sentence: str, cited: str) -> None:
    report = _check([sentence, "Shops grew (Tremblay, 2019)."], [TREMBLAY])
    assert _cited(report)[0][0] == (cited,)
    # Not in the list: the whole name is said to be missing, not its last words ("du Québec").
    assert [p.author for p in report.problems] == [cited]


def test_a_body_in_its_own_language_that_the_list_gives_is_cited() -> None:
    report = _check(
        ["Trust in cooperatives is high (Agropur coopérative, 2007) and rising (Republički zavod za statistiku, "
         "2021)."],
        ["Agropur coopérative (2007) Rapport annuel. Longueuil: Agropur.",
         "Republički zavod za statistiku (2021) Statistički godišnjak. Beograd: RZS."],
    )  # fmt: skip
    assert _cited(report) == [(("Agropur coopérative",), "2007"), (("Republički zavod za statistiku",), "2021")]
    assert _kinds(report) == []


def test_a_phrase_in_lower_case_is_no_body_unless_the_list_names_it() -> None:
    report = _check(["Footfall rose (Retail bank data, 2020). Shops grew (Tremblay, 2019)."], [TREMBLAY])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "entry", "cited"),
    [
        ("Generics lead the market (Hemofarm a.d., 2019).", "Hemofarm a.d. (2019) Annual report. Vršac: Hemofarm.",
         "Hemofarm a.d."),
        ("Podravka d.d. (2022) found that private labels grow.", "Podravka d.d. (2022) Annual report. Koprivnica: "
         "Podravka.", "Podravka d.d."),
        ("Data bundles sell best (Vodafone Albania sh.a., 2019).", "Vodafone Albania sh.a. (2019) Annual report. "
         "Tirana: Vodafone.", "Vodafone Albania sh.a."),
    ],
)  # fmt: skip
def test_balkan_legal_forms_end_a_firms_name(sentence: str, entry: str, cited: str) -> None:
    report = _check([sentence], [entry])
    assert _cited(report)[0][0] == (cited,)
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "entry",
    [
        "Boskovic, M. (2017). Beograd: Centar za izdavačku delatnost Ekonomskog fakulteta.",
        "Tran, L.-P. (2006). Montréal: Presses de l'Université de Montréal.",
        "Gélinas, C. et al. (2011). Montréal: Les Éditions de l'Homme.",
        "Obradović, U. (2010). Skopje: Ekonomski fakultet - Skopje.",
    ],
)
def test_a_place_and_a_publishing_house_in_its_own_language_is_no_title(entry: str) -> None:
    assert parse_entry(entry).title_only_publisher


def test_a_title_with_a_subtitle_and_a_publisher_after_it_is_a_title() -> None:
    entry = parse_entry("Boskovic, M. (2017). Beograd: grad i marka. Beograd: Centar za izdavačku delatnost.")
    assert not entry.title_only_publisher


@pytest.mark.parametrize(
    "sentence",
    [
        "In a study of Gen Z consumers in Tuzla, Lefèvre and Mitreski (2018, cited in Tremblay, 2019) found that "
        "families decide together.",
        "Among shoppers surveyed across Kotor, Lefèvre and Mitreski (2018, cited in Tremblay, 2019) show that "
        "families decide together.",
    ],
)
def test_a_place_after_in_before_a_list_of_authors_is_none_of_them(sentence: str) -> None:
    report = _check([sentence], [TREMBLAY])
    assert _cited(report)[0] == (("Lefèvre", "Mitreski"), "2018")
    assert "et_al_misuse" not in _kinds(report)


@pytest.mark.parametrize(
    "sentence",
    [
        "As discussed in Smith, Jones and Brown (2019), families decide together.",
        "In the run-up to polling day, the analysis in Smith, Jones and Brown (2019) indicates that families decide.",
    ],
)
def test_a_list_after_in_that_is_not_the_verbs_subject_keeps_every_author(sentence: str) -> None:
    report = _check([sentence], ["Smith, A., Jones, B. and Brown, C. (2019) Families. London: Sage."])
    assert _cited(report) == [(("Smith", "Jones", "Brown"), "2019")]


def test_a_region_code_or_a_bodys_place_beside_a_year_is_no_citation() -> None:
    report = _check(
        ["Metro Manila has about 14 million residents (NCR, 2019).",
         "The chain was named one of the Best Employers (Philippines 2012).",
         "Domestic tourism grew (Tourism Promotions Board Philippines, 2012)."],
        ["Tourism Promotions Board Philippines (2012) Visitor arrivals. Available at: https://www.tpb.gov.ph/arrivals "
         "(Accessed: 3 March 2024)."],
    )  # fmt: skip
    assert _kinds(report) == []


@pytest.mark.parametrize("marks", [("„", "“"), ("“", "”")])
def test_a_quotation_cited_to_a_body_with_its_abbreviation_needs_a_page(marks: tuple[str, str]) -> None:
    opening, closing = marks
    report = _check(
        [f"For banks in the region, {opening}cash on delivery remains the default for online orders outside the "
         f"capitals{closing} (Serbian Marketing Association (SEMA), 2022). Ramstore (Skopje, 10 stores) competes."],
        ["Serbian Marketing Association (SEMA) (2022) Generation Z and fintech. Available at: https://www.sema.rs/z "
         "(Accessed: 11 June 2023)."],
    )  # fmt: skip
    assert _kinds(report) == ["quotation_without_page"]


def test_a_court_case_between_a_body_in_its_own_language_and_a_firm_is_no_author() -> None:
    report = _check(
        ["The shape of the KitKat was refused as a trade mark in Société des Produits Nestlé v Cadbury (2013).",
         "Chocolate sales grew (Cadbury, 2013)."],
        ["Cadbury (2013) Annual report. London: Mondelez."],
    )  # fmt: skip
    assert {authors for authors, _year in _cited(report)} == {("Cadbury",)}
    assert _kinds(report) == []


def test_a_name_that_concludes_or_argues_something_is_a_source() -> None:
    report = _check(
        ["Coca-Cola HBC Srbija (2020) concluded that loyalty cards change where older customers shop.",
         "Love Island Final (2019) showed that viewers vote with their phones. Shops grew (Tremblay, 2019)."],
        [TREMBLAY],
    )  # fmt: skip
    # A finding is a source's: its missing entry is worth checking. A show that "showed" something may be the show.
    assert [(p.kind, p.author, p.certain) for p in report.problems] == [
        ("cited_not_listed", "Coca-Cola HBC Srbija", False)
    ]


def test_a_firms_name_before_english_words_and_a_particle_opens_no_body() -> None:
    report = _check(
        ["Our team at Riley PLC relied on del Rosario (2020a) to show the board that payday sales matter."],
        ["del Rosario, J. (2020a) Payday retail. Manila: Anvil."],
    )
    assert _cited(report) == [(("del Rosario",), "2020a")]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The advert received a Golden Tandis award (Tehran, 2021).",
        "Fuel prices rose fastest in the capital (Tbilisi, 2019).",
        "The survey was run by students at a university (Guadalajara, 2020).",
    ],
)
def test_a_capital_or_a_large_city_beside_a_year_is_where_not_who(sentence: str) -> None:
    report = _check([sentence, "Shops grew (Tremblay, 2019)."], [TREMBLAY])
    assert _kinds(report) == []


def test_a_city_that_is_as_often_a_surname_is_still_worth_checking() -> None:
    report = _check(["Banks grew fastest in the north (Lima, 2019). Shops grew (Tremblay, 2019)."], [TREMBLAY])
    # A capital's name is a surname as often: worth checking, in the one note of brackets that match no entry.
    assert [(p.kind, p.author, p.certain) for p in report.problems] == []
    assert [report.citations[i].text for i in report.unconfirmed] == ["(Lima, 2019)"]


def test_a_course_and_the_year_it_was_taken_is_no_citation() -> None:
    report = _check(
        ["The course (BME GTK, Marketing MSc, 1998) included a module on B2B sales. Shops grew (Tremblay, 2019)."],
        [TREMBLAY],
    )
    assert _kinds(report) == []


def test_a_thai_lineage_name_joined_by_na_is_one_surname() -> None:
    report = _check(
        ["Medical tourism grew fastest in Chiang Mai (Malakul na Ayudhya and Rahman, 2024, para. 15).",
         "Snidvongs na Ayutthaya (2008) found that digital nomads stay longer."],
        ["Malakul na Ayudhya, A. and Rahman, N. (2024) Medical tourism. Bangkok: Chulalongkorn University Press.",
         "Snidvongs na Ayutthaya, C. (2008) Digital nomads. Bangkok: Chulalongkorn University Press."],
    )  # fmt: skip
    assert _cited(report) == [(("Malakul na Ayudhya", "Rahman"), "2024"), (("Snidvongs na Ayutthaya",), "2008")]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kalleh was founded in Amol (1991) and now exports to many countries.",
        "Szegedi téliszalámi (PGI, 2019) is protected in the EU.",
    ],
)
def test_where_something_began_and_a_protected_name_are_no_citations(sentence: str) -> None:
    report = _check([sentence, "Shops grew (Tremblay, 2019)."], [TREMBLAY])
    assert _kinds(report) == []


def test_a_currency_code_beside_a_year_after_a_price_is_no_citation() -> None:
    report = _check(
        ["In Serbia the same product costs 450 dinars (RSD, 2019). Shops grew (Tremblay, 2019)."], [TREMBLAY]
    )
    assert _kinds(report) == []


def test_one_word_and_a_year_with_no_comma_is_read_only_where_the_list_gives_it() -> None:
    report = _check(
        ["The brand ran its campaign before the holiday (Naadam 2019). Shops grew (Tremblay 2019)."], [TREMBLAY]
    )
    assert _cited(report) == [(("Tremblay",), "2019")]
    assert _kinds(report) == []


def test_two_abbreviations_cited_together_are_worth_checking_not_certain() -> None:
    report = _check(["The pilot ran in the capital (BZD and KhUD, 2019). Shops grew (Tremblay, 2019)."], [TREMBLAY])
    # Two sets of letters name two districts or two bodies as often as two authors: listed in the one note.
    assert [(p.kind, p.certain) for p in report.problems] == []
    assert [report.citations[i].text for i in report.unconfirmed] == ["(BZD and KhUD, 2019)"]
    assert report.looks_cited == ()
    # Two surnames cited together and not listed look like a citation: the one note names them first. Three are
    # surely a source.
    report = _check(["Shops grew (Gagnon and Roy, 2021). Shops grew (Tremblay, 2019)."], [TREMBLAY])
    assert [(p.kind, p.certain) for p in report.problems if p.kind == "cited_not_listed"] == []
    assert _noted(report) == _looks_cited(report) == ["Gagnon"]
    report = _check(["Shops grew (Gagnon, Roy and Smith, 2021). Shops grew (Tremblay, 2019)."], [TREMBLAY])
    assert [(p.kind, p.certain) for p in report.problems if p.kind == "cited_not_listed"] == [
        ("cited_not_listed", True)
    ]


def test_a_venezuelan_firms_form_after_its_comma_ends_its_name() -> None:
    report = _check(
        ["Banco Mercantil, C.A. (2019) found that remittances shape saving."],
        ["Banco Mercantil, C.A. (2019) Informe anual. Caracas: Banco Mercantil."],
    )
    assert [(authors[0].split(",")[0], year) for authors, year in _cited(report)] == [("Banco Mercantil", "2019")]
    assert _kinds(report) == []


def test_an_initial_in_ethiopianist_transliteration_is_an_initial() -> None:
    report = _check(
        ["Täsämma et al. (2020) found that market orientation pays."],
        ["Täsämma, Ǝ., Beyene, N., Alemu, T. and Haile, B. (2020) Market orientation. Addis Ababa: AAU Press."],
    )
    assert _cited(report) == [(("Täsämma",), "2020")]
    assert _kinds(report) == []


def test_one_word_read_before_a_finding_is_not_made_a_source_by_it() -> None:
    # The word may end a longer name the reader did not take in: the finding proves nothing about "Nigeria".
    report = _check(
        ["Securities and Exchange Commission, Nigeria (2013) concludes that failed transactions damage trust.",
         "Shops grew (Tremblay, 2019)."],
        [TREMBLAY],
    )  # fmt: skip
    assert "Nigeria" not in [p.author for p in report.problems]


def test_a_firms_legal_forms_alone_before_a_finding_are_no_source() -> None:
    report = _check(
        ["Becker Automation GmbH & Co. KG (2015) found that dealers want training. Shops grew (Tremblay, 2019)."],
        [TREMBLAY],
    )
    assert "Co. KG" not in [p.author for p in report.problems]
