"""Maghrebi particles in lower case ("ben Achour", "ould Daddah", "aït Ahmed", "bou Hamdi"), value-added taxes'
abbreviations in other languages ("(TVA, 2023)"), a thing's two names joined by a slash ("(Halloumi/Hellim,
2021)"), a capital cited with another city ("(Athens and Thessaloniki, 2020)"), a paper's proceedings wrapped onto
a line of their own, French bodies with a hyphen or their abbreviation ("Haut-Commissariat au Plan (HCP)"),
states named in their own language ("Royaume du Maroc"), a firm's arm in a country named in French ("Orange
Maroc") and a web page named by letters ("FAQ").

Shapes the blind111 to blind113 pools showed once they became development data (stop 35); the examples here are
made up, of the same shape.
"""

from __future__ import annotations

import pytest

from marker.checks.references.entries import parse_entry, split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds, _looks_cited, _noted, _unlisted_authors

SAIDI = "Saidi, K. (2019) Le marketing au Maghreb. Casablanca: Afrique Orient."


@pytest.mark.parametrize(
    ("sentence", "entry", "cited"),
    [
        ("Cash on delivery still dominates (ben Youssef, 2016).",
         "ben Youssef, F.-Z. (2016) Le e-commerce au Maroc. Rabat: Dar Al Kitab.", ("ben Youssef",)),
        ("ould Cheikh (2013) found that diaspora clients bank at home.",
         "ould Cheikh, A. (2013) ‘Diaspora banking’, Revue Marocaine de Gestion, 4(2), pp. 11–25.", ("ould Cheikh",)),
        ("Amazigh symbols sell (Idrissi, aït Lahcen and Moreau, 2021).",
         "Idrissi, S., aït Lahcen, M. and Moreau, L. (2021) ‘Symbols on the pack’, Journal of Branding, 8(1), "
         "pp. 3–19.", ("Idrissi", "aït Lahcen", "Moreau")),
        ("Influencers drive trial (bou Rached and Martin, 2014, p. 12).",
         "bou Rached, L. and Martin, C. (2014) Influence. Tunis: Cérès.", ("bou Rached", "Martin")),
    ],
)  # fmt: skip
def test_a_surname_opening_with_a_maghrebi_particle_in_lower_case_is_cited_and_listed(
    sentence: str, entry: str, cited: tuple[str, ...]
) -> None:
    report = _check([sentence], [entry])
    assert _cited(report)[0][0] == cited
    assert parse_entry(entry, block_index=0, list_index=0).authors[0] == cited[0]
    assert _kinds(report) == []


def test_ben_capitalised_at_the_end_of_a_name_is_a_name_not_a_particle() -> None:
    report = _check(["Car washes compete on speed (Barber Ben, 2023)."], [SAIDI])
    assert _cited(report) == [(("Barber Ben",), "2023")]
    assert _unlisted_authors(report) == [("listed_not_cited", "Saidi"), ("cited_not_listed", "Barber Ben")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Most products carry VAT at 20% (TVA, 2023).",
        "Food is taxed at a lower rate (IVA, 2021).",
        "Prices include tax at 19% (MwSt, 2020).",
        "Halloumi was registered as a protected name (Halloumi/Hellim, 2021).",
        "The questionnaire was answered by 94 people (Athens and Thessaloniki, 2020).",
    ],
)
def test_a_tax_a_things_two_names_or_two_places_beside_a_year_are_no_source(sentence: str) -> None:
    report = _check([sentence, "Exports grew (Saidi, 2019)."], [SAIDI])
    assert _kinds(report) == []


def test_names_joined_by_a_slash_that_the_list_gives_are_still_cited() -> None:
    entry = "Halloumi/Hellim Council (2021) Annual report. Nicosia: The Council."
    report = _check(["Exports doubled (Halloumi/Hellim Council, 2021)."], [entry])
    assert _cited(report) == [(("Halloumi/Hellim Council",), "2021")]
    assert _kinds(report) == []


def test_a_firms_legal_form_with_a_slash_is_no_pair_of_names() -> None:
    report = _check(["Freight rates rose (Nordlys A/S, 2006, p. 4). Shops grew (Saidi, 2019)."], [SAIDI])
    assert [(p.kind, p.author, p.certain) for p in report.problems] == [("cited_not_listed", "Nordlys A/S", True)]


def test_two_unlisted_surnames_that_are_cities_are_worth_checking_not_certain() -> None:
    # "Preston" and "Hamilton" are cities of 100,000 people as well as surnames: the bracket may say where. It is
    # no problem of its own but named in the one note, as looking like a citation.
    report = _check(["Footfall fell (Preston and Hamilton, 2019). Exports grew (Saidi, 2019)."], [SAIDI])
    assert report.problems == ()
    assert _noted(report) == _looks_cited(report) == ["Preston"]
    # Three surnames that are no cities are certain.
    report = _check(["Footfall fell (Okonkwo, Smith and Varga, 2019). Exports grew (Saidi, 2019)."], [SAIDI])
    assert [(p.kind, p.author, p.certain) for p in report.problems] == [("cited_not_listed", "Okonkwo", True)]


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        ("Households save less (Haut-Commissariat au Plan (HCP), 2014).", "Haut-Commissariat au Plan"),
        ("Haut-Commissariat au Plan (2019) argues that households save less.", "Haut-Commissariat au Plan"),
        ("Tourism receipts rose (Royaume du Maroc, 2017).", "Royaume du Maroc"),
        ("Orange Maroc (2021) claims that data bundles drive loyalty.", "Orange Maroc"),
    ],
)  # fmt: skip
def test_a_body_or_a_state_named_in_french_is_read_whole(sentence: str, cited: str) -> None:
    report = _check([sentence, "Exports grew (Saidi, 2019)."], [SAIDI])
    assert _cited(report)[0][0] == (cited,)
    assert [author for _kind, author in _unlisted_authors(report)] == [cited]


def test_a_long_body_in_sentence_case_with_its_abbreviation_is_cited_as_the_list_gives_it() -> None:
    body = "Autorité de Régulation de la Poste et des Communications Électroniques"
    report = _check(
        [f"Operators must publish tariffs ({body} (ARPCE), 2024)."],
        [f"{body} (ARPCE) (2024) Rapport annuel. Alger: ARPCE."],
    )
    assert _cited(report) == [((body,), "2024")]
    assert _kinds(report) == []


def test_proceedings_that_name_their_event_again_on_a_line_of_their_own_stay_in_the_entry() -> None:
    block = (
        "Jones, O. (2011) ‘Bank loyalty: evidence from Greece’, Proceedings of the EMAC Annual Conference.\n"
        "EMAC Annual Conference, Limassol, pp. 353–364.\n"
        "Kourti, E. (2015) Digital Greece. Athens: Kritiki."
    )
    entries = split_entries(block)
    assert len(entries) == 2
    assert entries[0].endswith("pp. 353–364.")


@pytest.mark.parametrize("title", ["FAQ", "FAQs", "ESG"])
def test_a_web_page_named_by_letters_is_a_title_not_a_publisher(title: str) -> None:
    entry = parse_entry(
        f"World Bank (no date) {title}. Available at: https://www.worldbank.org/faq (Accessed: 3 May 2023).",
        block_index=0,
        list_index=0,
    )
    assert entry.title == title
    assert not entry.title_only_publisher


def test_a_bodys_letters_alone_where_the_title_goes_are_still_a_publisher() -> None:
    entry = parse_entry(
        "Kantar (2019) IGD. Available at: https://www.igd.com/x (Accessed: 3 May 2023).", block_index=0, list_index=0
    )
    assert entry.title_only_publisher


def test_a_legal_form_written_before_the_firms_name_opens_it() -> None:
    entry = (
        "SARL Ibrahim & Fils (Ifri) (no date) Notre histoire. Available at: https://www.ifri.dz (Accessed: 3 May 2023)."
    )
    report = _check(["A PESTEL analysis follows. SARL Ibrahim & Fils (Ifri) (no date) describes its water."], [entry])
    assert _cited(report) == [(("SARL Ibrahim & Fils",), "n.d.")]
    assert _kinds(report) == []
    # After a firm's name, the same form still ends it: "Richardson Inc." is no part of Bhatia's name.
    report = _check(["As shown by Richardson Inc. Bhatia (2019) finds that loyalty matters."], [SAIDI])
    assert _cited(report)[0][0] == ("Bhatia",)
    # In lower case with stops, a form ends the sentence before the names.
    report = _check(["Its arm is a d.o.o. As Marković-Gjoni, Janevski and Đorđević (2010) show, it works."], [SAIDI])
    assert _cited(report)[0][0] == ("Marković-Gjoni", "Janevski", "Đorđević")


def test_ben_capitalised_files_under_b_so_a_list_out_of_order_is_said_for_certain() -> None:
    report = _check(
        ["Ice cream sells (Ben & Jerry's, 2019; Zaki, 2018)."],
        ["Zaki, R. (2018) Ice cream. London: Sage.",
         "Ben & Jerry's (2019) Our values. Available at: https://www.benjerry.co.uk (Accessed: 3 May 2023)."],
    )  # fmt: skip
    assert [(p.kind, p.certain) for p in report.problems] == [("not_alphabetical", True)]
    # In lower case the particle may be filed under either word: "ben Achour" after "Bakr" is in order under "ben".
    report = _check(
        ["Banks grow (ben Achour, 2019; Bakr, 2018)."],
        ["Bakr, R. (2018) Banks. London: Sage.", "ben Achour, F. (2019) Banques. Tunis: Cérès."],
    )
    assert report.problems == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The consumer law (LDC, 1997) protects buyers in El Alto too.",
        "The Fernheim cooperative's Ausstellung (1998) drew visitors from Asunción.",
        "The International Year of Quinoa (2013) put Bolivia on menus abroad.",
        "Huari (1882) claims to be the oldest beer in Bolivia.",
    ],
)
def test_a_laws_short_name_a_things_owner_a_year_of_something_or_a_founding_year_is_no_source(sentence: str) -> None:
    # Shapes from blind114 (stop 35): unlisted, each is read only where the list or a sure citation names it.
    report = _check([sentence, "Exports grew (Saidi, 2019)."], [SAIDI])
    assert _kinds(report) == []


def test_the_same_shapes_are_cited_where_the_list_names_them() -> None:
    report = _check(
        ["The data law (ICO, 2018) is strict.", "Marshall (1890) defined elasticity."],
        ["ICO (2018) Guide to the GDPR. Wilmslow: ICO.",
         "Marshall, A. (1890) Principles of economics. London: Macmillan."],
    )  # fmt: skip
    assert _cited(report) == [(("ICO",), "2018"), (("Marshall",), "1890")]
    assert _kinds(report) == []


def test_an_entry_opening_with_an_ampersand_is_an_entry_of_its_own() -> None:
    # Two entries in one block, a line each: the second opens with "&", not a run-on of the first.
    report = _check(
        ["Lodges sell silence (&Beyond, no date; Abbas, 2018). Exports grew (Saidi, 2019)."],
        ["Abbas, K. (2018) Safari marketing. Arusha: Mkuki na Nyota.\n"
         "&Beyond (no date) Safari lodges. Available at: https://www.andbeyond.com (Accessed: 3 May 2023).", SAIDI],
    )  # fmt: skip
    assert [entry.authors[0] for entry in report.entries] == ["Abbas", "&Beyond", "Saidi"]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The brand manager holds an MBA (INCAE, 2024).",
        "She completed her MSc in Digital Marketing (Aston, 2019).",
        "She studied marketing (Licenciatura, USAC, 1998) before joining the firm.",
    ],
)
def test_where_and_when_a_degree_was_taken_is_no_source(sentence: str) -> None:
    # Shapes from blind117 (stop 35), the second pair of names worded as certain before.
    report = _check([sentence, "Exports grew (Saidi, 2019)."], [SAIDI])
    assert _kinds(report) == []


def test_a_source_after_a_degree_that_nobody_holds_is_still_cited() -> None:
    report = _check(["Employers value the MBA (Pfeffer and Fong, 2002). Exports grew (Saidi, 2019)."], [SAIDI])
    assert report.problems == ()
    assert _noted(report) == _looks_cited(report) == ["Pfeffer"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Graduates of ISCTE (MSc Marketing, 2018) staff the agency.",
        "Angola's rating was raised (B-, 2024).",
        "The sovereign was rated (Baa3, 2021) before the crisis.",
        "Bahrain International Airshow (2022) drew exhibitors from 40 countries.",
    ],
)
def test_a_degree_a_credit_rating_or_an_airshow_beside_a_year_is_no_source(sentence: str) -> None:
    # Shapes from blind118 and blind119 (stop 35).
    report = _check([sentence, "Exports grew (Saidi, 2019)."], [SAIDI])
    assert _kinds(report) == []


def test_a_hadhrami_ba_surname_and_an_agency_with_its_letters_are_still_cited() -> None:
    report = _check(["Bundles sell (Ba Surrah and Pillai, 2020; AA, 2019). Exports grew (Saidi, 2019)."], [SAIDI])
    assert _cited(report)[:2] == [(("Ba Surrah", "Pillai"), "2020"), (("AA",), "2019")]
    # Cited once beside letters, not beside a source: both brackets are left to the one "check this" note.
    assert [report.citations[index].text for index in report.unconfirmed] == ["Ba Surrah and Pillai, 2020", "AA, 2019"]


def test_a_region_opening_the_sentence_is_no_author_of_the_list_after_it() -> None:
    report = _check(
        ["Writing about the Gulf, Al-Amoudi, Bazara and Al-Ghanem (2007) note that loyalty rises."],
        ["Al-Amoudi, S., Bazara, K. and Al-Ghanem, F. (2007) Gulf retail. Muscat: SQU Press."],
    )
    assert _cited(report) == [(("Al-Amoudi", "Bazara", "Al-Ghanem"), "2007")]
    assert _kinds(report) == []
