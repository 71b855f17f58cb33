"""What the blind126 to blind128 pools showed once they became development data (stop 37): a decade in a bracket ("a
song by Magool (1970s)"), a year's letter after a name before a bracket ("in Buchanan (Jaber, 2016b)"), the weather's
seasons, which have no names ("during the rainy season (LTA, 2005)"), a department's fields alone ("(Industries and
Commerce, 2019)"), a participle's phrase before a list of authors ("Writing about Gbarnga, Jobe and Adeyemi (2012)
observed"), a body and the government it belongs to ("Department of Tourism, Government of Kerala (2024)"), "Pvt.
Ltd.", "proved that", a body named between the sentence's opening subject and its verb ("The cooperative (Aavin,
1981) buys"), South Indian names written with their initials first ("K. S. Ravi", "A. R. Rahmath"), a name linked to
the father's between two by "Surname, I." and a publisher's branch written with its country ("McGraw Hill Education
(India)").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.citations import find_citations
from marker.checks.references.entries import parse_entry
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds, _told_unlisted

MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."


@pytest.mark.parametrize(
    "sentence",
    [
        "The advert reused a tune by Magool (1970s).",
        "Shoppers still hum jingles from the Bollywood of the 1990s (Rafi, 1980s).",
        "The jingle quoted a hit by Ilaiyaraaja (2000s) in its second verse.",
    ],
)
def test_a_decade_is_no_year_of_a_citation(sentence: str) -> None:
    report = _check([sentence, "Menon (2019) argues that loyalty is local."], [MENON])
    assert _cited(report) == [(("Menon",), "2019")]
    assert _kinds(report) == []


def test_a_year_with_a_letter_cites_even_after_a_place() -> None:
    # "in Buchanan (Jaber, 2016b)" has the shape of a place and who made it; the letter says a list has the work.
    sentence = "WhatsApp groups carry most promotions in Buchanan (Jaber, 2016b)."
    [citation] = find_citations(sentence)
    assert (citation.authors, citation.year, citation.weak) == (("Jaber",), "2016b", False)


@pytest.mark.parametrize(
    ("sentence", "weak"),
    [
        # The weather's seasons have no names: the bracket cites.
        ("Supermarkets compete on range during the rainy season (Kamara, 2005).", False),
        ("Road access improves in the dry season (Sesay, 2011).", False),
        # A named fast is still named by its bracket.
        ("Brands avoided alcohol advertising during the fasting season (Hudade, 2015).", True),
    ],
)
def test_only_a_named_season_is_named_by_its_bracket(sentence: str, weak: bool) -> None:
    [citation] = find_citations(sentence)
    assert citation.weak is weak


def test_a_departments_fields_alone_are_no_two_authors() -> None:
    # A Government Order's department, written by its fields: read only if the list names it, and never certain.
    report = _check(
        ["The incentives are set out in G.O.Ms.No. 12 (Industries and Commerce, 2019).", "Menon (2019) argues so."],
        [MENON],
    )
    assert _cited(report) == [(("Menon",), "2019")]
    assert _kinds(report) == []


def test_two_firms_joined_by_and_are_still_two_authors() -> None:
    [citation] = find_citations("Audit fees rose (Deloitte and KPMG, 2019).")
    assert (citation.authors, citation.weak) == (("Deloitte", "KPMG"), False)


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("Writing about Gbarnga, Jobe and Adeyemi (2012) observed that trust fell.", ("Jobe", "Adeyemi")),
        ("Trust fell. Writing on Kenema, Koroma and Bah (2015) noted that it recovered.", ("Koroma", "Bah")),
        (
            "Writing about Bo, Ministry of Commerce and Industry, Liberia (2024) observed that prices rose.",
            ("Ministry of Commerce and Industry, Liberia",),
        ),
    ],
)
def test_what_a_participles_preposition_governs_is_no_author(sentence: str, authors: tuple[str, ...]) -> None:
    [citation] = find_citations(sentence)
    assert citation.authors == authors


def test_a_participles_phrase_is_kept_where_no_verb_of_saying_follows() -> None:
    # With no verb of saying, the names may be the sentence's own: nothing is cut.
    [citation] = find_citations("Writing about Gbarnga, Jobe and Adeyemi (2012) is a paper.")
    assert citation.authors == ("Gbarnga", "Jobe", "Adeyemi")


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Department of Tourism, Government of Kerala (2024) proved that visitors book late.",
         "Department of Tourism, Government of Kerala"),
        ("Ministry of Commerce and Industry, Federal Government of Somalia (2015) found that prices rose.",
         "Ministry of Commerce and Industry, Federal Government of Somalia"),
        ("Exports doubled (Department of Fisheries, Government of Tamil Nadu, 2021).",
         "Department of Fisheries, Government of Tamil Nadu"),
    ],
)  # fmt: skip
def test_a_body_and_the_government_it_belongs_to_are_one_author(sentence: str, author: str) -> None:
    [citation] = find_citations(sentence)
    assert citation.authors == (author,)


def test_a_listed_government_does_not_take_the_place_of_its_department() -> None:
    # The list gives the government in another year: the department, unlisted, is what the text cites.
    government = "Government of Kerala (2012) Kerala Money Lenders (Amendment) Act 2012. Thiruvananthapuram: GoK."
    report = _check(
        ["Department of Tourism, Government of Kerala (2024) proved that visitors book late.",
         "Government of Kerala (2012) requires lenders to be licensed."],
        [government],
    )  # fmt: skip
    assert _cited(report) == [
        (("Department of Tourism, Government of Kerala",), "2024"),
        (("Government of Kerala",), "2012"),
    ]
    assert _kinds(report) == ["cited_not_listed"]


@pytest.mark.parametrize(
    ("sentence", "reads"),
    [
        ("Menon (2019) proved that loyalty is local.", True),
        ("The Onam pack (2019) proved popular with families.", False),
    ],
)
def test_proved_reports_only_before_that(sentence: str, reads: bool) -> None:
    report = _check([sentence], [MENON])
    assert bool(report.citations) is reads


def test_pvt_ltd_is_inside_a_firms_name() -> None:
    [citation] = find_citations("Research by Arha Media & Broadcasting Pvt. Ltd. (aha) (2008) suggests that it works.")
    assert citation.authors == ("Arha Media & Broadcasting Pvt. Ltd. (aha)",)
    [citation] = find_citations("Research by Tata Consultancy Pvt. Ltd. (2008) suggests that it works.")
    assert citation.authors == ("Tata Consultancy Pvt. Ltd.",)


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        ("Reddy, P. and K. S. Ravi (2010) Marketing of financial services. New Delhi: PHI Learning.",
         ("Reddy", "K. S. Ravi")),
        ("A. R. Rahmath, Suppiah, K. and Kamath, G. (2005) Rural marketing. Abingdon: Routledge.",
         ("A. R. Rahmath", "Suppiah", "Kamath")),
        ("R. Karthikeyan and K. S. Ravi (2015) Filter coffee brands. Chennai: Notion Press.",
         ("R. Karthikeyan", "K. S. Ravi")),
        # A name linked to the father's by "s/o" between two by "Surname, I.".
        ("Mathew, T., Rajendran s/o Muthu and Rāmaṇan, Ś. (2019) Festive demand. Kochi: DC Books.",
         ("Mathew", "Rajendran s/o Muthu", "Rāmaṇan")),
    ],
)  # fmt: skip
def test_south_indian_names_with_initials_first_are_authors_of_the_list(entry: str, authors: tuple[str, ...]) -> None:
    parsed = parse_entry(entry)
    assert parsed.authors == authors
    assert not parsed.organisation


def test_a_publishers_branch_with_its_country_is_no_title() -> None:
    report = _check(["Pillai (2016) argues that gold loans carry less stigma."],
                    ["Pillai, G. (2016). Chennai: McGraw Hill Education (India)."])  # fmt: skip
    assert _kinds(report) == ["incomplete_entry"]


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        # A body or a thing a sentence opens on by its kind, named with its year between it and its verb.
        ("The cooperative (Aavin, 1981) buys milk from village societies.", False),
        ("The startup body (Kerala Startup Mission, 2006) funds incubators.", False),
        # A work, or a claim about a market or a system, is cited there.
        ("The report (Mintel, 2020) shows that sales rose.", True),
        ("The legal services market (Gartner, 2019) is growing.", True),
        ("The wantok system (Kaupa, 2020) gives word of mouth an unusual reach.", True),
        # With no verb after it, the bracket closes the sentence's claim.
        ("Milk is bought from village societies by the cooperative (Aavin, 1981).", True),
    ],
)
def test_a_bracket_naming_the_sentences_opening_subject_is_read_only_where_listed(sentence: str, cited: bool) -> None:
    report = _check([sentence, "Menon (2019) argues that loyalty is local."], [MENON])
    assert (len(report.citations) == 2) is cited
    assert _told_unlisted(report) == (["cited_not_listed"] if cited else [])
