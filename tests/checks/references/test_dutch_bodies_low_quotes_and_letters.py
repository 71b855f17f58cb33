"""What the blind186 to blind188 pools showed once they became development data (stop 42): a firm's arm named with
its country in that country's language ("GfK Nederland"), newspapers' words in Dutch, German and the Nordic languages
("RTL Nieuws", "Leeuwarder Courant"), double surnames whose second part opens on a particle ("Jansen-van der Laan"),
a body's letters before the name they stand for ("CBL (Centraal Bureau Levensmiddelenhandel)"), Dutch bodies joined
by "en" after a particle ("Centrale Bank van Curaçao en Sint Maarten"), the low single quotation mark ("‚...’"),
Dutch and Nordic publishers ("Boom uitgevers"), agencies' names with backslashes ("TBWA\\NEBOKO"), a claim after
times given as examples ("national moments such as Koningsdag"), a sentence's opening phrase with a capitalised
adjective ("For the Caribbean part of the Kingdom, ..."), a new name after "renamed", and a state's legislature.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.citations import find_citations
from marker.checks.references.crosscheck import looks_like_author
from marker.checks.references.entries import parse_entry, split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds

DEKKER = "Dekker, R. (2019) Merken in Nederland. Amsterdam: Noordhoff."
DEKKER_ARGUES = "Dekker (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    "name",
    [
        "GfK Nederland",
        "Lidl Nederland",
        "RTL Nieuws",
        "Het Financieele Dagblad",
        "Leeuwarder Courant",
        "Süddeutsche Zeitung",
        "Dagens Nyheter",
        "Jansen-van der Laan",
        "Peters-El Amrani",
        "CBL (Centraal Bureau Levensmiddelenhandel)",
        "Washington State Legislature",
        "Kamehameha Schools",
    ],
)
def test_bodies_papers_and_double_surnames_look_like_authors_with_no_list(name: str) -> None:
    assert looks_like_author(name)


@pytest.mark.parametrize(
    "name", ["Cannes Lions Grand Prix", "Apple Vision Pro", "Love Island", "Coca-Cola Europacific"]
)
def test_events_products_and_shows_still_do_not(name: str) -> None:
    assert not looks_like_author(name)


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Shoppers compare prices online first (CBL (Centraal Bureau Levensmiddelenhandel), 2018b).",
         "CBL (Centraal Bureau Levensmiddelenhandel)"),
        ("A study by CBL (Centraal Bureau Levensmiddelenhandel) (2018) showed that trust grew.",
         "CBL (Centraal Bureau Levensmiddelenhandel)"),
        ("A sober tone works better than hype, as Centrale Bank van Curaçao en Sint Maarten (2021) points out.",
         "Centrale Bank van Curaçao en Sint Maarten"),
        ("As Vereniging van Communicatie- en Reclamebureaus (VIA) (2017) notes, agencies self-regulate.",
         "Vereniging van Communicatie- en Reclamebureaus"),
        ("Email works best when linked to national moments such as Koningsdag (Leeuwarder Courant, 2022).",
         "Leeuwarder Courant"),
        ("Prices are compared everywhere, particularly in Rasht (Communications Regulatory Authority (CRA), 2022).",
         "Communications Regulatory Authority"),
        ("TBWA\\NEBOKO (2021) argues that Dutch directness sells.", "TBWA\\NEBOKO"),
        ("Agencies pitch on ideas (TBWA\\Hunt\\Lascaris, 2019).", "TBWA\\Hunt\\Lascaris"),
    ],
)  # fmt: skip
def test_dutch_bodies_letters_and_agencies_are_cited(sentence: str, author: str) -> None:
    found = find_citations(sentence)
    assert [(c.authors, c.weak) for c in found] == [((author,), False)]


def test_a_title_given_as_an_example_still_credits_its_maker() -> None:
    found = find_citations("Films such as The Social Dilemma (Netflix, 2020) changed the debate.")
    assert [(c.authors, c.weak) for c in found] == [(("Netflix",), True)]


def test_a_capitalised_adjective_in_an_opening_phrase_keeps_its_object_out_of_the_author_list() -> None:
    found = find_citations("For the Caribbean part of the Kingdom, van der Linden and ten Brink (2015) found that.")
    assert [c.authors for c in found] == [("van der Linden", "ten Brink")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The webshop bol.com shortened its name to Bol (2018).",
        "T-Mobile was renamed Odido (2023).",
        "The bank was rebranded as Knab (2012).",
    ],
)
def test_a_new_name_and_its_year_is_a_citation_only_if_listed(sentence: str) -> None:
    assert [c.weak for c in find_citations(sentence)] == [True]
    report = _check([sentence, DEKKER_ARGUES], [DEKKER])
    assert _kinds(report) == []


def test_the_low_single_quotation_mark_opens_a_quotation() -> None:
    report = _check(["Dekker (2019) put it plainly: ‚The return on live chat falls once budgets grow’."], [DEKKER])
    assert _kinds(report) == ["quotation_without_page"]


@pytest.mark.parametrize(
    "entry",
    [
        "Doğan, Z. and de Groot, J. (2024). Amsterdam: Boom uitgevers.",
        "Berg, K. (2019). Oslo: Gyldendal forlag.",
    ],
)
def test_a_dutch_or_nordic_publisher_where_the_title_goes_is_no_title(entry: str) -> None:
    assert parse_entry(entry).title_only_publisher


def test_a_body_named_by_its_letters_then_its_name_opens_an_entry_on_a_wrapped_line() -> None:
    block = (
        "Bos, F. (2020) ‘Rethinking beer brands’,\nBNR Nieuwsradio. Available at:\nhttps://www.bnr.nl/x (Accessed: 5\n"
        "March 2022).\nCBL (Centraal Bureau Levensmiddelenhandel) (2018) When churn meets the polder model.\n"
        "Amsterdam: CBL."
    )
    entries = [parse_entry(text) for text in split_entries(block)]
    assert [(e.authors, e.year) for e in entries] == [
        (("Bos",), "2020"),
        (("CBL (Centraal Bureau Levensmiddelenhandel)",), "2018"),
    ]


def test_a_firms_arm_in_its_own_countrys_language_is_cited_with_no_list() -> None:
    report = _check(["Trust in banks fell (GfK Nederland, 2021)."], [])
    assert _cited(report) == [(("GfK Nederland",), "2021")]


def test_a_bodys_letters_before_a_name_with_small_words_open_an_entry_on_a_wrapped_line() -> None:
    block = (
        "Eriksson, J. (2020) From stage to screen [Podcast]. Available at: https://example.com (Accessed: 8 September\n"
        "2022).\nLIVE (Live music Industry Venues & Entertainment) (2018) The state of catalogue\n"
        "acquisitions. London: LIVE."
    )
    entries = [parse_entry(text) for text in split_entries(block)]
    assert [e.year for e in entries] == ["2020", "2018"]


def test_a_listed_law_with_and_in_its_bracket_is_read_whole_before_its_year() -> None:
    law = "Consumer Insurance (Disclosure and Representations) Act 2012"
    listed = f"{law} (2012) {law}. Available at: https://www.legislation.gov.uk/ukpga/2012/6 (Accessed: 1 May 2024)."
    report = _check([f"{law} (2012) requires insurers to ask clear questions.", DEKKER_ARGUES], [listed, DEKKER])
    assert _cited(report)[0] == ((law,), "2012")
    assert _kinds(report) == []


def test_examples_of_holidays_end_with_their_sentence() -> None:
    sentence = (
        "Campaigns work best when tied to religious holidays such as Meskel and Eid. Irreecha (Bishoftu, 2022) drew "
        "more than a million people."
    )
    assert [c.weak for c in find_citations(sentence)] == [True]
