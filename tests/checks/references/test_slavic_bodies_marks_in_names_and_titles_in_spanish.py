"""What the blind201 to blind203 pools showed once they became development data (stop 44): Czech and Slovak bodies'
names, which capitalise only their first word and their places ("Česká obchodní inspekce", "Úrad na ochranu osobných
údajov Slovenskej republiky"), with letters that carry marks ("(ÚOOÚ)"); a brand ending on "&" ("Strategy& Middle
East"); a listed name in lower case after the platform "X." ends a sentence ("on X. e& (2019)"); a bracket that sends
the reader to a work ("(see ...)") or tells two works of a year apart ("2019b"); a title in Spanish before a name
opening on a particle ("El vuelo de la Victoria (2017)"); two places ending a claim ("in Monterrey and Guadalajara
(FEMSA, 2023)"); an entry's proceedings wrapped onto a line that looks like an entry; and a place and publisher with
a small word in its name where the title goes ("Bratislava: Sprint dva.").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.citations import find_citations
from marker.checks.references.entries import parse_entry, split_entries
from marker.checks.references.names import is_author_text, looks_like_author
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _kinds, _told_unlisted

NOVAK = "Novák, P. (2019) Retail in Central Europe. Praha: Grada."
NOVAK_ARGUES = "Novák (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    "name",
    [
        "Česká obchodní inspekce",
        "Český telekomunikační úřad",
        "Slovenská sporiteľňa",
        "Štatistický úrad Slovenskej republiky",
        "Úrad na ochranu osobných údajov Slovenskej republiky",
        "Rada pro reklamu",
        "Asociace komunikačních agentur",
        "Hrvatska narodna banka",
    ],
)
def test_slavic_bodies_in_sentence_case_are_authors(name: str) -> None:
    assert is_author_text(name)
    assert looks_like_author(name)
    (bracketed,) = find_citations(f"Prices rose sharply ({name}, 2021).")
    assert bracketed.authors == (name,)
    (narrative,) = find_citations(f"In its report, {name} (2021) found that prices rose.")
    assert narrative.authors == (name,)
    assert narrative.narrative


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose (Survey of shoppers, 2021).",
        "The council a decade later (2019) agreed.",
        "Rada said on the panel pro bono (2019) that prices rose.",
    ],
)
def test_english_words_in_lower_case_make_no_body(text: str) -> None:
    # Only Czech, Slovak and South Slavic words for a body, or their small words after one, let a name run on in
    # lower case: English sentences stay as they were.
    assert all(citation.weak for citation in find_citations(text))
    assert not is_author_text("Survey of shoppers") and not is_author_text("Council a decade later")


def test_a_body_with_marked_letters_is_cited_with_them() -> None:
    entry = "Úřad pro ochranu osobních údajů (ÚOOÚ) (2020) Výroční zpráva 2019. Praha: ÚOOÚ."
    report = _check(
        [
            "Úřad pro ochranu osobních údajů (ÚOOÚ) (2020) found that consent is rare.",
            "Consent is rare (Úřad pro ochranu osobních údajů (ÚOOÚ), 2020).",
            NOVAK_ARGUES,
        ],
        [NOVAK, entry],
    )
    # Read with its letters, as the list's entry is.
    assert [c.authors[0] for c in report.citations] == ["Úřad pro ochranu osobních údajů (ÚOOÚ)"] * 2 + ["Novák"]
    assert _kinds(report) == []


def test_an_unlisted_slavic_body_is_cited_but_not_listed() -> None:
    report = _check(["Refunds are slow (Česká obchodní inspekce, 2022).", NOVAK_ARGUES], [NOVAK])
    assert _told_unlisted(report) == ["cited_not_listed"]


def test_a_brand_ending_on_an_ampersand_is_read_whole() -> None:
    entry = "Strategy& Middle East (2016) Annual report 2016. Dubai: Strategy& Middle East."
    report = _check(
        [
            "As Strategy& Middle East (2016, p. 14) put it, trust is earned.",
            "Trust is earned (Strategy& Middle East, 2016).",
        ],
        [entry],
    )
    assert [c.authors for c in report.citations] == [("Strategy& Middle East",)] * 2
    assert _kinds(report) == []


def test_a_listed_name_in_lower_case_after_the_platform_x() -> None:
    entry = "e& (2019) Digital life in the Gulf. Available at: https://www.example.com/e (Accessed: 3 May 2024)."
    report = _check(["Engagement is low on X. e& (2019) argued that reach matters more."], [entry])
    assert [(c.authors, c.text) for c in report.citations] == [(("e&",), "e& (2019)")]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Premium brands depend on tourists (see Abi Nader, 2020).",
        "Premium brands depend on tourists (Seznam Zprávy, 2020b).",
        "Premium brands depend on tourists (cf. Emaar Properties, 2015).",
    ],
)
def test_a_bracket_that_sends_to_a_work_or_letters_its_year_cites_without_a_list(sentence: str) -> None:
    # With no reference list, a bracket of several capitalised words may name a product or a show; "see" and a
    # lettered year say it names a source.
    report = _check([sentence], [])
    assert len(report.citations) == 1
    assert _kinds(report) == ["no_reference_list"]


def test_a_bracket_of_several_capitalised_words_alone_still_needs_the_list() -> None:
    report = _check(["The launch drew crowds (Apple Vision Pro, 2024)."], [])
    assert report.citations == ()


def test_a_title_in_spanish_before_a_particle_is_no_author() -> None:
    report = _check(
        ["Product placement in El vuelo de la Victoria (2017) showed how telenovelas sell brands.", NOVAK_ARGUES],
        [NOVAK],
    )
    assert _kinds(report) == []
    (weak,) = find_citations("In La reina del Sur (2011) the bank's logo is everywhere.")
    assert weak.weak
    (cited,) = find_citations("As noted by de la Torre (2019), loyalty is local.")
    assert cited.authors == ("de la Torre",) and not cited.weak


def test_a_claim_ending_on_two_places_is_cited() -> None:
    (citation,) = find_citations("Pride is a strong theme in Monterrey and Guadalajara (FEMSA, 2023), first of all.")
    assert citation.authors == ("FEMSA",) and not citation.weak


def test_proceedings_wrapped_onto_a_line_that_looks_like_an_entry() -> None:
    text = (
        "Kolář, L. (2008) ‘Zelený marketing’, Proceedings of the Innovation\n"
        "Management, Entrepreneurship and Sustainability (IMES) 2008. Prague: Oeconomica, pp. 247–257."
    )
    (entry,) = split_entries(text)
    assert parse_entry(entry).authors == ("Kolář",)


@pytest.mark.parametrize(
    "text",
    ["Karlíček, J. (2008). Bratislava: Sprint dva.", "Kopecká, B. and Horáková, M. (2006). Brno: Computer Press."],
)
def test_a_place_and_publisher_where_the_title_goes(text: str) -> None:
    report = _check([], [text])
    assert "incomplete_entry" in _kinds(report)


def test_a_title_naming_a_city_before_its_publisher_is_a_title() -> None:
    entry = parse_entry("Dvořák, J. (2010) Bratislava: The City Brand. Praha: Grada.")
    assert entry.title == "Bratislava: The City Brand"


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("The team at Williams LLC relied on de Saram (2018) to justify the claim.", ("de Saram",)),
        ("Thomas LLC could apply El Hassani Sbai et al.'s (2011, p. 383) model.", ("El Hassani Sbai",)),
    ],
)
def test_a_firm_and_a_particle_before_a_name_make_no_slavic_body(sentence: str, authors: tuple[str, ...]) -> None:
    # A firm's form and a particle before a name do not run a name in lower case back to the firm.
    (citation,) = find_citations(sentence)
    assert citation.authors == authors


def test_a_name_read_with_see_is_not_made_sure_by_it() -> None:
    report = _check(["Models were trained (see scikit-learn developers, 2023)."], [])
    assert all(not c.author_text.startswith("see") for c in report.citations)


def test_a_title_opening_on_a_country_is_a_title() -> None:
    report = _check([], ["Ethiopian Diaspora Service (2009) Ethiopia: Article IV consultation."])
    assert "incomplete_entry" not in _kinds(report)
