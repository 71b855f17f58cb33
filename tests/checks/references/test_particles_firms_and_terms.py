"""Portuguese and Welsh particles, firms' suffixes after a comma and in other languages, listed names with
figures or marks, words of the language in a citation's place, and a body whose name holds commas.

Shapes the blind36 to blind38 pools showed once they became development data (stop 28); the examples here are
made up, of the same shape.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds, _told_unlisted


@pytest.mark.parametrize(
    ("sentence", "entry", "cited"),
    [
        (
            "Gacha events lift spending (do Carmo and Lind, 2021).",
            "do Carmo, R. and Lind, E. (2021) ‘Gacha events’, Games Studies, 4(1), pp. 1–9.",
            ("do Carmo", "Lind"),
        ),
        (
            "Later, do Carmo (2022) found that players distrust hidden odds.",
            "do Carmo, R. (2022) Odds and trust. Lisbon: Almedina.",
            ("do Carmo",),
        ),
        (
            "As ab Iorwerth (2019) notes, farm shops sell the story as much as the lamb.",
            "ab Iorwerth, D. (2019) Selling the farm. Cardiff: University of Wales Press.",
            ("ab Iorwerth",),
        ),
    ],
)
def test_a_lower_case_particle_opens_the_surname(sentence: str, entry: str, cited: tuple[str, ...]) -> None:
    report = _check([sentence], [entry])
    assert _cited(report) == [(cited, report.citations[0].year)]
    assert not {"cited_not_listed", "listed_not_cited"} & set(_kinds(report))


def test_the_verb_do_before_names_is_the_sentences() -> None:
    report = _check(
        ["How do Hale and Mercer (2019) define churn? Reeve (2018) counts it weekly, as do Hale and Mercer (2019)."],
        [
            "Hale, T. and Mercer, P. (2019) Live games. London: Routledge.",
            "Reeve, S. (2018) Retention. Leeds: Emerald.",
        ],
    )
    assert _cited(report) == [(("Hale", "Mercer"), "2019"), (("Reeve",), "2018"), (("Hale", "Mercer"), "2019")]


@pytest.mark.parametrize(
    ("sentence", "entry", "cited"),
    [
        # A comma before a second suffix: the name runs on ("Co., Ltd."), and no second author starts.
        ("As Hoshino Co., Ltd. (2023) reports, sales rose.", "Hoshino Co., Ltd. (2023) Report. Osaka.", "Hoshino Co."),
        # A Swedish firm's "AB" is its suffix, not the Welsh particle "ab".
        ("Sales rose (Varberg Games AB, 2022).", "Varberg Games AB (2022) Report. Malmö.", "Varberg Games AB"),
        # A listed name opening with a figure, or holding a mark no name holds, is read where the list gives it.
        ("Next, 7 bit kilns S.A. (2018) found that.", "7 bit kilns S.A. (2018) Report. Warsaw.", "7 bit kilns S.A."),
        ("Prices rose (Volt±, 2019).", "Volt± (2019) Prices. Available at: https://example.com.", "Volt±"),
    ],
)  # fmt: skip
def test_listed_firms_with_suffixes_figures_or_marks_are_cited(sentence: str, entry: str, cited: str) -> None:
    report = _check([sentence], [entry])
    assert _cited(report) == [((cited,), report.citations[0].year)]
    assert "listed_not_cited" not in _kinds(report)


def test_a_letter_ending_the_sentence_before_is_no_initial_of_the_listed_name() -> None:
    report = _check(
        ["Targets are 30 fps on the Console Series S. Halloran (2006, p. 51) warns that fans spend more."],
        ["Halloran, K. (2006) Fans. Dublin: Gill."],
    )
    assert [(c.authors, c.text) for c in report.citations] == [(("Halloran",), "Halloran (2006, p. 51)")]


def test_a_preposition_phrase_ending_on_like_governs_the_name_before_the_comma() -> None:
    report = _check(
        ["For a live-service title like Skyforge, Lund and Vidal (2013) point out that players churn in a week."],
        ["Lund, A. and Vidal, B. (2013) Churn. Madrid: Pirámide."],
    )
    assert _cited(report) == [(("Lund", "Vidal"), "2013")]


def test_a_word_of_the_language_in_a_citations_place_is_not_an_unlisted_source() -> None:
    report = _check(
        ["Phase 1 (Pre-alpha, 2019) was closed to the public; Phase 2 (Non-binding, 2020) opened to all."],
        ["Acme (2018) Annual report 2018. London: Acme."],
    )
    assert _cited(report) == []
    assert "cited_not_listed" not in _kinds(report)


def test_a_hyphened_name_the_list_gives_is_still_cited() -> None:
    report = _check(["Members vote (Co-op, 2023)."], ["Co-op (2023) Annual report. Manchester: Co-op."])
    assert _cited(report) == [(("Co-op",), "2023")]
    assert "listed_not_cited" not in _kinds(report)


def test_an_unlisted_double_barrelled_body_is_still_reported() -> None:
    report = _check(["Shoppers trust it (The Co-operative Group, 2021)."], ["Acme (2018) Annual report. London."])
    assert "cited_not_listed" in _told_unlisted(report)


def test_an_unlisted_firm_named_by_its_trade_is_reported() -> None:
    report = _check(["Review bombs hurt (Kestrel Interactive Entertainment, 2019)."], ["Acme (2018) T. London: P."])
    assert "cited_not_listed" in _told_unlisted(report)


def test_a_committee_whose_name_holds_commas_is_no_list_of_four_authors() -> None:
    report = _check(
        ["Loot boxes were reviewed (House of Commons Digital, Culture, Media and Sport Committee, 2022)."],
        ["Acme (2018) Annual report 2018. London: Acme."],
    )
    assert "et_al_misuse" not in _kinds(report)


def test_four_unlisted_people_still_want_et_al() -> None:
    report = _check(["Players churn (Hale, Mercer, Reeve and Lund, 2020)."], ["Acme (2018) T. London: P."])
    assert "et_al_misuse" in _kinds(report)


def test_a_quotation_in_guillemets_set_apart_from_its_words_wants_a_page() -> None:
    report = _check(
        ["According to Mintel (2024), « Esports sponsorship builds recall mainly among viewers who already play »."],
        ["Mintel (2024) Esports. London: Mintel."],
    )
    assert "quotation_without_page" in _kinds(report)


def test_a_second_hand_work_with_other_co_authors_is_not_the_listed_one() -> None:
    report = _check(
        ["Trust fell (Shah and Lowe, 2024, cited in Kerr, 2025). Bills rose (Shah and Moss, 2024)."],
        ["Kerr, A. (2025) Trust. Leeds: Emerald.", "Shah, F. and Moss, E. (2024) Bills. London: Kogan Page."],
    )
    assert "secondary_source_listed" not in _kinds(report)


def test_a_second_hand_work_the_list_gives_with_the_same_authors_is_reported() -> None:
    report = _check(
        ["Trust fell (Shah and Moss, 2024, cited in Kerr, 2025)."],
        ["Kerr, A. (2025) Trust. Leeds: Emerald.", "Shah, F. and Moss, E. (2024) Bills. London: Kogan Page."],
    )
    assert "secondary_source_listed" in _kinds(report)


@pytest.mark.parametrize(
    ("sentence", "entry", "cited"),
    [
        ("Fees rose (Building, 2018).", "Building (2018) ‘Fees’, Building, 3 May.", "Building"),
        (
            "Costs rose (e.g. Building Safety Regulator, 2023, p. 38).",
            "Building Safety Regulator (2023) Guidance. London: HSE.",
            "Building Safety Regulator",
        ),
        ("As Building (2023) notes, fees rose.", "Building (2023) ‘Costs’, Building, 4 June.", "Building"),
        ("We agree (building on Jones, 2020).", "Jones, B. (2020) Homes. Leeds: Emerald.", "Jones"),
    ],
)
def test_building_is_a_lead_in_only_before_on(sentence: str, entry: str, cited: str) -> None:
    report = _check([sentence], [entry])
    assert _cited(report) == [((cited,), report.citations[0].year)]
    assert not {"cited_not_listed", "listed_not_cited"} & set(_kinds(report))


def test_two_surnames_joined_by_i_y_or_e_are_one_persons() -> None:
    report = _check(
        ["Sales rose (Puig i Ferrer and Lopes Rodrigues, 2015). Later, Foster and Costa e Silva (2019) agree."],
        [
            "Foster, A. and Costa e Silva, B. (2019) Marketplaces. Lisbon: Almedina.",
            "Puig i Ferrer, J. and Lopes Rodrigues, M. (2015) Comerç electrònic. Barcelona: UOC.",
        ],
    )
    assert _cited(report) == [(("Puig i Ferrer", "Lopes Rodrigues"), "2015"), (("Foster", "Costa e Silva"), "2019")]
    assert [entry.authors[0] for entry in report.entries] == ["Foster", "Puig i Ferrer"]
    assert not {"cited_not_listed", "listed_not_cited"} & set(_kinds(report))


def test_a_lone_lower_case_letter_still_opens_a_titles_name() -> None:
    report = _check(["The i Paper (2020) said so."], ["i Paper (2020) ‘News’, i Paper, 2 May."])
    assert _cited(report) == [(("i Paper",), "2020")]


def test_a_place_and_publisher_wrapped_onto_its_own_line_ends_the_entry_before() -> None:
    report = _check(
        ["Sellers trust it (Vargas, Inc., 2022)."],
        [
            "Vargas, Inc. (2022) Form 10-K for the fiscal year ended December 31, 2021.\n"
            "Montevideo: Vargas, Inc. Available at:\nhttps://www.example.com/ri/2022 (Accessed: 3 May 2024)."
        ],
    )
    # One entry, the firm's (its form after the comma is no given name: "Vargas, Inc").
    assert [(entry.authors[0].split(",")[0], entry.year) for entry in report.entries] == [("Vargas", "2022")]
    assert "listed_not_cited" not in _kinds(report)


def test_an_initial_inside_a_bodys_name_does_not_cut_its_entry() -> None:
    report = _check(
        ["Returns are a right (Cámara de Diputados del H. Congreso de la Unión, 2024)."],
        [
            "García Peña, R. (2012) O varejo. Ciudad de México: McGraw-Hill.\n"
            "Cámara de Diputados del H. Congreso de la Unión (2024) Ley Federal de\n"
            "Protección al Consumidor. Available at: https://www.example.gob.mx/ley.pdf (Accessed: 2 May 2025)."
        ],
    )
    assert [entry.authors[0] for entry in report.entries] == [
        "García Peña",
        "Cámara de Diputados del H. Congreso de la Unión",
    ]
    assert not {"cited_not_listed", "missing_access_date"} & set(_kinds(report))


def test_a_bodys_name_joining_words_by_y_before_a_particle_is_read_whole() -> None:
    report = _check(
        ["As Comisión Nacional de los Mercados y la Competencia (CNMC) (2024) ruled, fees fell."],
        ["Comisión Nacional de los Mercados y la Competencia (CNMC) (2024) Resolución. Madrid: CNMC."],
    )
    assert _cited(report) == [(("Comisión Nacional de los Mercados y la Competencia",), "2024")]
    assert not {"cited_not_listed", "listed_not_cited"} & set(_kinds(report))


def test_dutch_particles_het_and_s_open_surnames() -> None:
    report = _check(
        ["As Jansen-Smith and 's Gravenmoer (2013) argue, claims are a risk; van het Broek (2009) agrees."],
        [
            "Jansen-Smith, V. and 's Gravenmoer, J. (2013) ‘Green claims’, CSR Review, 42(6), pp. 97–110.",
            "van het Broek, S. (2009) Labels. Utrecht: Lemma.",
        ],
    )
    assert _cited(report) == [(("Jansen-Smith", "'s Gravenmoer"), "2013"), (("van het Broek",), "2009")]
    assert not {"cited_not_listed", "listed_not_cited"} & set(_kinds(report))


def test_a_quotation_in_reversed_guillemets_wants_a_page() -> None:
    report = _check(
        ["Liu (2009) noted that »Consumers distrust claims that are made by the brand itself rather than others«."],
        ["Liu, X. (2009) Claims. Oslo: Gyldendal."],
    )
    assert "quotation_without_page" in _kinds(report)


def test_a_surname_that_is_also_a_word_opens_a_list_of_authors() -> None:
    report = _check(
        ["Buyers distrust it (Page, Fletcher and Pearce, 2025). Sales fell (Figure, Table and Chart, 2020)."],
        ["Page, A., Fletcher, J. and Pearce, A. (2025) ‘Brand purpose’, Journal of Marketing, 65, pp. 233–243."],
    )
    assert _cited(report) == [(("Page", "Fletcher", "Pearce"), "2025")]
    assert not {"cited_not_listed", "listed_not_cited"} & set(_kinds(report))


def test_a_bodys_abbreviation_in_lower_case_opens_its_entry() -> None:
    report = _check(
        ["Labels confuse (Taylor, 2020). Claims mislead (Verbraucherzentrale Bundesverband (vzbv), 2019)."],
        [
            "Taylor, D. (2020) The purpose-driven brand. Harlow: Pearson.\n"
            "Verbraucherzentrale Bundesverband (vzbv) (2019) Green claims. Available at: https://www.example.de/gc."
        ],
    )
    assert [entry.authors[0] for entry in report.entries] == ["Taylor", "Verbraucherzentrale Bundesverband (vzbv)"]
    missing = [p for p in report.problems if p.kind == "missing_access_date"]
    assert [p.author for p in missing] == ["Verbraucherzentrale Bundesverband (vzbv)"]


def test_a_body_publishing_its_own_report_on_a_line_of_its_own_is_no_new_entry() -> None:
    report = _check(
        ["Sales grew (Kirin Beauty Company, Limited, 2025)."],
        [
            "Kirin Beauty Company, Limited (2025) Universal registration document 2025.\n"
            "Kirin Beauty Company, Limited. Available at:\nhttps://www.example.com/ir/2025 (Accessed: 2 May 2025)."
        ],
    )
    assert len(report.entries) == 1
    assert "incomplete_entry" not in _kinds(report)


def test_a_un_documents_symbol_with_its_year_is_no_new_entry() -> None:
    report = _check(
        ["Civilians must be protected (UN Security Council, 2018)."],
        [
            "UN Security Council (2018) Protection of civilians in armed conflict. S/RES/2447 (2018). New York: "
            "United Nations. Available at: https://undocs.org/S/RES/2447 (Accessed: 24 April 2025)."
        ],
    )
    assert [(entry.authors[0], entry.year) for entry in report.entries] == [("UN Security Council", "2018")]
    assert not {"listed_not_cited", "incomplete_entry", "not_alphabetical"} & set(_kinds(report))


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        ("al-Hakim, R. and Tesfaye, E. (2007) ‘Aid imagery’, Disasters, 31(2), pp. 1–9.", ("al-Hakim", "Tesfaye")),
        ("ʿAbd al-Qadir, K. and Nur, B. (2020) ‘Zakat’, Disasters, 44(1), pp. 3–9.", ("ʿAbd al-Qadir", "Nur")),
        # People with no surname are named in full, before those given as "Surname, I.".
        ("Almaz Haile and Wilkins, A. (2013) ‘Self-reliance’, Disasters, 37(4), pp. 1–9.", ("Almaz Haile", "Wilkins")),
    ],
)
def test_entries_of_arabic_and_ethiopian_names_give_each_person(entry: str, authors: tuple[str, ...]) -> None:
    report = _check(["Aid works (Acme, 2018)."], ["Acme (2018) Annual report. London: Acme.", entry])
    assert report.entries[1].authors == authors
    assert not report.entries[1].organisation


def test_a_name_after_an_ayn_is_cited() -> None:
    report = _check(
        ["Trust fell (Murray and ʿAbd al-Qadir, 2018). As ʿAbd al-Qadir (2010) argues, zakat matters."],
        [
            "ʿAbd al-Qadir, K. (2010) ‘The politics of zakat’, The East African, 27 May.",
            "Murray, J. and ʿAbd al-Qadir, K. (2018) ‘Trust’, Disasters, 2(1), pp. 1–9.",
        ],
    )
    assert _cited(report) == [(("Murray", "ʿAbd al-Qadir"), "2018"), (("ʿAbd al-Qadir",), "2010")]
    assert not {"cited_not_listed", "listed_not_cited", "not_alphabetical"} & set(_kinds(report))


def test_an_acts_number_and_year_carried_onto_a_line_is_no_new_entry() -> None:
    report = _check(
        ["Consumers are protected (Parliament of Sri Lanka, 2003)."],
        [
            "Parliament of Sri Lanka (2003) Consumer\nAffairs Authority Act, No. 9 of 2003. Available at: "
            "https://www.example.lk/act9 (Accessed: 2 May 2025)."
        ],
    )
    assert [entry.authors[0] for entry in report.entries] == ["Parliament of Sri Lanka"]
    assert not {"listed_not_cited", "incomplete_entry"} & set(_kinds(report))


KAITO = "Kaito Motor Co., Ltd. (2022) Annual report. Kaito Motor Co., Ltd."
KOWLOON = "The Kowloon and Macau Hotels, Limited (2019) Annual report."


@pytest.mark.parametrize(
    ("sentence", "entry", "author"),
    [
        ("Leasing grew (Kaito Motor Co., Ltd., 2022).", KAITO, "Kaito Motor Co."),
        (
            "Rooms sold out (The Kowloon and Macau Hotels, Limited, 2019).",
            KOWLOON,
            "The Kowloon and Macau Hotels, Limited",
        ),
        (
            "Risks fell (Lund and Berg, 2016, cited in ISO/IEC, 2022).",
            "ISO/IEC (2022) ISO/IEC 27001. Geneva.",
            "ISO/IEC",
        ),
    ],
)
def test_firms_and_standards_bodies_are_no_people_named_in_full(sentence: str, entry: str, author: str) -> None:
    report = _check([sentence], [entry])
    assert report.entries[0].organisation
    assert not {"cited_not_listed", "listed_not_cited"} & set(_kinds(report))
    assert report.citations[-1].authors[0] == author


@pytest.mark.parametrize(
    ("sentence", "entry", "author"),
    [
        (
            "As Office of the Prime Minister, Uganda (2021) reports, refugees arrived.",
            "Office of the Prime Minister, Uganda (2021) Refugee response plan. Kampala: OPM.",
            "Office of the Prime Minister, Uganda",
        ),
        (
            "Department of Census and Statistics, Sri Lanka (2023) shows that bundles reduce churn.",
            "Department of Census and Statistics, Sri Lanka (2023) Census. Colombo: DCS.",
            "Department of Census and Statistics, Sri Lanka",
        ),
        (
            "Data show it (Department of Census and Statistics, Sri Lanka, 2023).",
            "Department of Census and Statistics, Sri Lanka (2023) Census. Colombo: DCS.",
            "Department of Census and Statistics, Sri Lanka",
        ),
    ],
)
def test_a_body_and_the_country_it_serves_are_one_author(sentence: str, entry: str, author: str) -> None:
    report = _check([sentence], [entry])
    assert [c.authors for c in report.citations] == [(author,)]
    assert not {"cited_not_listed", "listed_not_cited"} & set(_kinds(report))


def test_a_single_name_opens_a_list_of_authors_in_an_entry() -> None:
    report = _check(["Kirana stores matter (Shobhaa and Kanagaratnam, 2021)."],
                    ["Shobhaa and Kanagaratnam, G.S. (2021) Retail in Sri Lanka. Colombo: Sarasavi."])  # fmt: skip
    assert report.entries[0].authors == ("Shobhaa", "Kanagaratnam")
    assert not {"cited_not_listed", "listed_not_cited"} & set(_kinds(report))


def test_a_theses_institution_on_a_line_of_its_own_is_no_new_entry() -> None:
    report = _check(
        ["Fans engage (Somerton-Lane, 2007)."],
        ["Somerton-Lane, H. (2007) Fan engagement. MSc dissertation.\nGoldsmiths, University of London."],
    )
    assert [entry.authors for entry in report.entries] == [("Somerton-Lane",)]
    assert not {"incomplete_entry", "listed_not_cited"} & set(_kinds(report))


def test_an_entry_opened_by_a_single_name_on_a_new_line_is_its_own() -> None:
    report = _check(
        ["Trust matters (Shobhaa and Lee, 2022). Brands grow (Pathan, 2018)."],
        [
            "Pathan, A. (2018) Ayurvedic brands. MPhil thesis.\nLahore University of Management Sciences.\n"
            "Shobhaa and Lee, H.-. woo . (2022) ‘Antecedents of brands’, Vikalpa, 2, pp. 1–2."
        ],
    )
    assert [entry.authors for entry in report.entries] == [("Pathan",), ("Shobhaa", "Lee")]
    assert not {"cited_not_listed", "listed_not_cited"} & set(_kinds(report))


def test_a_preposition_phrase_ending_on_an_article_governs_the_name_before_the_comma() -> None:
    report = _check(
        ["In the context of the Grand Bargain, Ochieng, Harris and Abdalla (2016) argue that coverage counts."],
        ["Ochieng, A., Harris, B. and Abdalla, C. (2016) Appeals. Nairobi: Longhorn."],
    )
    assert _cited(report) == [(("Ochieng", "Harris", "Abdalla"), "2016")]
    assert "et_al_misuse" not in _kinds(report)
