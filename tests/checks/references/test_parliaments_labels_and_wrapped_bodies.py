"""Houses of parliaments and parties, a country's dotted abbreviation before a body, a label's letter ending the
sentence before a narrative citation, a firm's "and" in its own language, and a body's name wrapped over two lines
of the reference list.

Shapes the blind45 to blind47 pools showed once they became development data (stop 29); the examples here are
made up, of the same shape.
"""

from __future__ import annotations

import pytest

from marker.checks.references import parse_entry, split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds


@pytest.mark.parametrize(
    "name",
    ["House of Commons", "House of Lords", "Seanad Éireann", "Senedd Cymru", "The Green Party", "Scottish Assembly"],
)
def test_a_house_of_parliament_or_a_party_is_cited_with_no_list_to_confirm_it(name: str) -> None:
    report = _check([f"Fact-checks rarely slow a rumour ({name}, 2010)."], [])
    assert _cited(report) == [((name,), "2010")]


def test_a_countrys_dotted_abbreviation_opens_the_body_it_names() -> None:
    report = _check(
        [
            "As U.S. Congress (2003) put it, consent comes first.",
            "U.S. Bureau of Labor Statistics (2024, pp. 5–6) counts the jobs.",
            "Opt-outs must be honoured (U.S. Congress, 2003).",
        ],
        [],
    )
    assert _cited(report) == [
        (("U.S. Congress",), "2003"),
        (("U.S. Bureau of Labor Statistics",), "2024"),
        (("U.S. Congress",), "2003"),
    ]


def test_a_body_of_a_government_in_its_own_language_is_cited() -> None:
    report = _check(["Tax credits favour studios (Gouvernement du Québec, 2021a)."], [])
    assert _cited(report) == [(("Gouvernement du Québec",), "2021a")]


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        (
            "Screenshots are in Appendix D. Gallagher and Fitzgerald (2022) call such a line a hook.",
            ("Gallagher", "Fitzgerald"),
        ),
        ("Pricing pages are in Appendix B. van der Berg et al. (2024) warn that trials mislead.", ("van der Berg",)),
    ],
)
def test_a_labels_letter_ends_the_sentence_before_a_narrative_citation(sentence: str, cited: tuple[str, ...]) -> None:
    # Listed or not, the label ("Appendix D.") is no part of the names: the warning names the source alone.
    report = _check([sentence], ["Okoro, T. (2020) Pricing. London: Sage."])
    assert _cited(report) == [(cited, report.citations[0].year)]
    assert any("Appendix" not in problem.message and cited[0] in problem.message for problem in report.problems)


def test_a_firms_and_in_its_own_language_stays_inside_its_name() -> None:
    name = "Kaya Gıda Sanayi ve Ticaret A.Ş."
    report = _check(
        [f"{name} (2023, pp. 20–26) opened forty cafés.", f"Franchising grew ({name}, 2023)."],
        [f"{name} (2023) Faaliyet raporu 2023. Istanbul: Kaya Gıda."],
    )
    assert _cited(report) == [((name,), "2023"), ((name,), "2023")]
    assert not {"cited_not_listed", "listed_not_cited"} & set(_kinds(report))


def test_an_english_verb_between_a_brand_and_a_firm_is_the_sentences() -> None:
    report = _check(["Spotify uses Acme Ltd (2020) as a supplier."], [])
    assert [citation.authors for citation in report.citations] in ([], [("Acme Ltd",)])


LIST_WITH_A_WRAPPED_COMMITTEE = """Fairbrother, I. and Hussain, S. (2019) ‘Beyond the doorstep’, Public Relations
Review, 53(1), pp. 811–828.
House of Commons Public Administration and Constitutional Affairs
Committee (2016) Who decides? (Sixth Report of Session 2015-16, HC 1289). London: House
of Commons.
Ofcom (2020) Online nation. London: Ofcom."""


def test_a_bodys_name_wrapped_before_its_kind_opens_one_entry() -> None:
    entries = [parse_entry(text) for text in split_entries(LIST_WITH_A_WRAPPED_COMMITTEE)]
    assert [(entry.authors, entry.year) for entry in entries] == [
        (("Fairbrother", "Hussain"), "2019"),
        (("House of Commons Public Administration and Constitutional Affairs Committee",), "2016"),
        (("Ofcom",), "2020"),
    ]


def test_the_wrapped_committee_is_cited_and_in_order() -> None:
    name = "House of Commons Public Administration and Constitutional Affairs Committee"
    report = _check(
        [f"Trust fell after the vote ({name}, 2016). Fairbrother and Hussain (2019) and Ofcom (2020) agree."],
        [LIST_WITH_A_WRAPPED_COMMITTEE],
    )
    assert _kinds(report) == []


# Shapes the blind48 to blind50 pools showed once they became development data (stop 29), made up here.


@pytest.mark.parametrize(
    ("sentence", "entry", "cited"),
    [
        (
            "Agents shape choices (Ó Briain, Bùi and a/p Muniandy, 2017).",
            "Ó Briain, P., Bùi, B.N. and a/p Muniandy, T. (2017) Choosing a university. Kuala Lumpur: UM Press.",
            ("Ó Briain", "Bùi", "a/p Muniandy"),
        ),
        (
            "Supramaniam (2018) counts agents' commission.",
            "a/l Supramaniam, S. (2018) Agents. Kuala Lumpur: UM Press.",
            ("Supramaniam",),
        ),
        (
            "Like vom Stein and zur Nieden (2022), doctors prefer short formats.",
            "vom Stein, T. and zur Nieden, L. (2022) ‘Real-world evidence’, Pharma Marketing, 3(1), pp. 1–9.",
            ("vom Stein", "zur Nieden"),
        ),
    ],
)
def test_malaysian_and_german_particles_open_surnames(sentence: str, entry: str, cited: tuple[str, ...]) -> None:
    report = _check([sentence], [entry])
    assert _cited(report) == [(cited, report.citations[0].year)]
    assert not {"cited_not_listed", "listed_not_cited"} & set(_kinds(report))


def test_a_college_and_its_university_are_one_author() -> None:
    name = "St George's, University of London"
    report = _check(
        [f"{name} (2022) warned that alumni drive applications.", f"The audit draws on {name} (2021), who argue it."],
        [
            f"{name} (2021) Prospectus 2021. London: {name}.",
            f"{name} (2022) International student guide 2022. London: {name}.",
        ],
    )
    assert _cited(report) == [((name,), "2022"), ((name,), "2021")]
    assert [entry.authors for entry in report.entries] == [(name,), (name,)]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("name", "body"),
    [
        (
            "Institut für Qualität und Wirtschaftlichkeit im Gesundheitswesen (IQWiG)",
            "Institut für Qualität und Wirtschaftlichkeit im Gesundheitswesen",
        ),
        (
            "Freiwillige Selbstkontrolle für die Arzneimittelindustrie e.V.",
            "Freiwillige Selbstkontrolle für die Arzneimittelindustrie e.V.",
        ),
        # A lower-case abbreviation stays in the name, as the list gives it.
        (
            "Verband Forschender Arzneimittelhersteller e.V. (vfa)",
            "Verband Forschender Arzneimittelhersteller e.V. (vfa)",
        ),
        ("Bundesministerium für Gesundheit", "Bundesministerium für Gesundheit"),
    ],
)
def test_a_german_bodys_small_words_stay_inside_its_name(name: str, body: str) -> None:
    report = _check([f"{name} (2016) found that benefit dossiers take a year."], [])
    assert _cited(report) == [((body,), "2016")]
    listed = _check([f"Dossiers take a year ({name}, 2016)."], [f"{name} (2016) Dossier A16-01. Köln: {body}."])
    assert _cited(listed) == [((body,), "2016")]
    assert _kinds(listed) == []


def test_english_words_between_a_name_and_a_body_are_the_sentences() -> None:
    report = _check(["Heritage brands die Smith (2019) says.", "Sales grow in firms for Jones (2020) argues."], [])
    assert [citation.authors for citation in report.citations] == [("Smith",), ("Jones",)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Monster Hunter: World (2018) showed that a paid title can travel.",
        "Final Fantasy XIV: Endwalker (2021) showed that fans pay for stories.",
    ],
)
def test_a_titles_second_half_after_its_colon_is_no_author(sentence: str) -> None:
    assert _check([sentence], ["Okoro, T. (2020) Games. London: Sage."]).citations == ()


def test_a_source_after_a_label_and_colon_is_still_cited() -> None:
    report = _check(["Source: Mintel (2020) shows that fans pay."], [])
    assert _cited(report) == [(("Mintel",), "2020")]


def test_two_authors_listed_together_in_another_year_are_one_work_not_the_last_authors() -> None:
    report = _check(
        ["Kim and Shimizu’s (2015) analysis shows that buyers trust small creators."],
        [
            "Kim, D. and Shimizu, M. (2016) Short video. Available at: https://example.com/a (Accessed: 1 May 2024).",
            "Shimizu, E. et al. (2015) ‘Flash sales’, Journal of Brand Management, 23(3), pp. 308–333.",
        ],
    )
    assert _cited(report) == [(("Kim", "Shimizu"), "2015")]
    assert "et_al_misuse" not in _kinds(report)
    assert "year_mismatch" in _kinds(report)


def test_a_hyphened_abbreviation_opens_an_entry_run_on_after_another() -> None:
    block = """Bråthen, S. et al. (2017) ‘Key accounts in Sweden’, Duodecim, 117(10), pp. 193–205.
Gemeinsamer Bundesausschuss (G-BA) (2015) Beschluss über die Arzneimittel-Richtlinie. Berlin: G-BA."""
    entries = [parse_entry(text) for text in split_entries(block)]
    assert [(entry.authors, entry.year) for entry in entries] == [
        (("Bråthen",), "2017"),
        (("Gemeinsamer Bundesausschuss (G-BA)",), "2015"),
    ]
    report = _check(["Prices fell (Gemeinsamer Bundesausschuss (G-BA), 2015), as Bråthen et al. (2017) show."], [block])
    assert _cited(report) == [(("Gemeinsamer Bundesausschuss (G-BA)",), "2015"), (("Bråthen",), "2017")]
    assert _kinds(report) == []


def test_a_swedish_public_companys_legal_form_stays_in_its_name() -> None:
    name = "Swedish Orphan Biovitrum AB (publ)"
    report = _check([f"Rare-disease sales grew ({name}, 2011)."], [f"{name} (2011) Annual report. Stockholm: Sobi."])
    assert _cited(report) == [((name,), "2011")]
    assert [entry.authors for entry in report.entries] == [(name,)]
    assert _kinds(report) == []


# Shapes the blind51 to blind53 pools showed once they became development data (stop 29), made up here.


def test_a_french_body_named_in_sentence_case_is_cited_where_the_list_names_it() -> None:
    bodies = [
        "Commissariat à la protection de la vie privée du Canada",
        "Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique",
    ]
    report = _check(
        [f"Consent rules tightened ({bodies[0]}, 2016; Léger, 2025).", f"Prices were capped ({bodies[1]}, 2023)."],
        [
            f"{bodies[0]} (2016) Rapport annuel au Parlement 2016. Ottawa: CPVP.",
            "Léger (2025) Sondage omnibus. Montréal: Léger.",
            f"{bodies[1]} (2023) Rapport sur les prix. Paris: Bercy.",
        ],
    )
    assert _cited(report) == [((bodies[0],), "2016"), (("Léger",), "2025"), ((bodies[1],), "2023")]
    assert "listed_not_cited" not in _kinds(report)


def test_a_sentence_case_phrase_with_a_year_is_no_citation_unless_listed() -> None:
    assert _check(["Nothing changed (Not a source at all, 2019)."], []).citations == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The loi Évin (1991) still frames every alcohol campaign.",
        "Burna Boy's Twice as Tall (2020) won the Grammy in 2021.",
    ],
)
def test_a_law_named_after_its_minister_or_a_titles_words_are_no_author(sentence: str) -> None:
    assert _check([sentence], ["Okoro, T. (2020) Music marketing. Lagos: Kachifo."]).citations == ()


def test_brands_such_as_a_named_author_are_still_cited() -> None:
    report = _check(["Retailers such as Okafor (2019) argue that loyalty is bought."], [])
    assert _cited(report) == [(("Okafor",), "2019")]


def test_a_maltese_h_with_a_bar_is_filed_under_h() -> None:
    report = _check(
        ["Operators comply (Grech, 2019; Ħili, 2020; Ivanova, 2021)."],
        [
            "Grech, M. (2019) Compliance. Valletta: Allied.",
            "Ħili, J. (2020) Gaming law. Valletta: Allied.",
            "Ivanova, K. (2021) Lotteries. Sofia: Ciela.",
        ],
    )
    assert "not_alphabetical" not in _kinds(report)
    misfiled = _check(
        ["Operators comply (Grech, 2019; Ħili, 2020; Ivanova, 2021)."],
        [
            "Grech, M. (2019) Compliance. Valletta: Allied.",
            "Ivanova, K. (2021) Lotteries. Sofia: Ciela.",
            "Ħili, J. (2020) Gaming law. Valletta: Allied.",
        ],
    )
    assert "not_alphabetical" in _kinds(misfiled)


def test_a_line_carrying_on_a_title_or_a_name_opens_no_entry() -> None:
    block = """Children's Commissioner for England (2022) The state of children's rights in Great
Britain: annual report (2022). London: Children's Commissioner for England.
Hussain, K. (2025) Odds and ends. London: Sage.
Ministère de l'Économie, des Finances et de la Souveraineté industrielle
et numérique (2023b) Rapport sur les jeux. Paris: Bercy.
innocent drinks (2023) Our story. London: innocent."""
    entries = [parse_entry(text) for text in split_entries(block)]
    assert [(entry.authors[0], entry.year) for entry in entries] == [
        ("Children's Commissioner for England", "2022"),
        ("Hussain", "2025"),
        ("Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique", "2023b"),
        ("innocent drinks", "2023"),
    ]


# Shapes the blind54 to blind56 pools showed once they became development data (stop 29), made up here.


def test_a_bodys_name_with_a_comma_in_it_is_one_listed_author() -> None:
    name = "Department of Forestry, Fisheries and the Environment"
    report = _check([f"Host communities matter ({name}, 2019)."], [f"{name} (2019) Carbon offsets. Pretoria: DFFE."])
    assert _cited(report) == [((name,), "2019")]
    assert _kinds(report) == []
    unlisted = _check([f"Host communities matter ({name}, 2019)."], ["Okoro, T. (2020) Mines. Johannesburg: Wits."])
    assert "cited_not_listed" not in {p.kind for p in unlisted.problems if p.certain}


def test_a_dash_between_two_names_of_one_firm_stays_in_its_name() -> None:
    name = "A.P. Moller - Maersk A/S"
    report = _check(
        [f"Green claims are vague (Bakker, 2017; {name}, 2025).", f"Reliability wins, according to {name} (2025)."],
        [f"{name} (2025) Annual report 2025. Copenhagen: Maersk.", "Bakker, T. (2017) Ports. Rotterdam: Nai010."],
    )
    assert _cited(report) == [(("Bakker",), "2017"), ((name,), "2025"), ((name,), "2025")]
    assert "listed_not_cited" not in _kinds(report) and "cited_not_listed" not in _kinds(report)


def test_names_in_greek_letters_are_matched_to_their_entries() -> None:
    report = _check(
        ["Ζαχαρίου (2019) argues that charterers trust brokers.", "Brokers matter (Ζαχαρίου and Al-Qassimi, 2021)."],
        [
            "Ζαχαρίου, Π. (2019) Ναυτιλιακό μάρκετινγκ. Αθήνα: Κριτική.",
            "Ζαχαρίου, Π. and Al-Qassimi, S. (2021) ‘Brokers’, Maritime Policy & Management, 48(2), pp. 1–9.",
        ],
    )
    assert _cited(report) == [(("Ζαχαρίου",), "2019"), (("Ζαχαρίου", "Al-Qassimi"), "2021")]
    assert _kinds(report) == []
    assert _check(["Ζαχαρίου (2019) argues it."], ["Παππάς, Γ. (2019) Λιμάνια. Αθήνα: Κριτική."]).problems


def test_an_australian_states_abbreviation_with_a_year_is_where_not_who() -> None:
    report = _check(["Royalties of A$492m (WA, 2019) were paid to the state."], [])
    assert report.citations == ()


def test_a_quoted_line_a_source_would_call_something_is_an_example() -> None:
    report = _check(
        ["Sedláček et al. (2015) would call “Black Week starts now – up to 70% off” a classic scarcity message."],
        ["Sedláček, P., Novák, J. and Dvořák, K. (2015) Scarcity. Prague: Grada."],
    )
    assert "quotation_without_page" not in _kinds(report)
    quoted = _check(
        ["Sedláček et al. (2015) call it “the most persuasive message a retailer can send” in the sales season."],
        ["Sedláček, P., Novák, J. and Dvořák, K. (2015) Scarcity. Prague: Grada."],
    )
    assert "quotation_without_page" in _kinds(quoted)


def test_an_entry_opening_with_a_name_in_greek_letters_is_an_entry_of_its_own() -> None:
    block = """Vlachou, K. (2023) Managing a mega-port. MSc thesis.
Kühne Logistics University.
Ζαχαρίου, Π. (2017) ‘Measuring Incoterms 2020’, in J. van der Linden (ed.) The
Routledge handbook of maritime management. London: Lloyd's."""
    assert [(entry.authors, entry.year) for entry in map(parse_entry, split_entries(block))] == [
        (("Vlachou",), "2023"),
        (("Ζαχαρίου",), "2017"),
    ]
