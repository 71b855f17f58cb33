"""Where a narrative citation's list of authors starts, surnames that are particles, and filing order.

Forms the development half of the generated corpus showed failing (benchmarks/reference_accuracy.py
--halves dev-more); the examples here are made up, of the same shape.
"""

from __future__ import annotations

import pytest

from marker.checks.references import find_citations, parse_entry
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _told_unlisted


def _authors(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(c.authors, c.year) for c in find_citations(text)]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # A piece with its own "and" ends an earlier list: the firm is not among the authors.
        ("For Ball, Williams and Smith, Coleman and Green (1986) found that loyalty pays.", ("Coleman", "Green")),
        (
            "For Shah, Hill and Parker, Clarke, Hughes and Murray (2024) show that it pays.",
            ("Clarke", "Hughes", "Murray"),
        ),
        # A company's suffix ends the company's name.
        ("For Owen PLC, Bond, Filippini and Khan (2021) found that it pays.", ("Bond", "Filippini", "Khan")),
        ("It matters for Richardson Inc. Bhatia (2019) note that search pays.", ("Bhatia",)),
        # A sentence opening with a preposition: its object stands before the first comma, the subject after.
        ("For Parkes-Smith, Szołtysik and Erdmann (1998) found that it pays.", ("Szołtysik", "Erdmann")),
        # ...unless the bracket ends the phrase: then the preposition governs the whole list.
        ("For Smith, Jones and Patel (2019), brands must listen.", ("Smith", "Jones", "Patel")),
        # An "and" opening the run joins the sentence, not two authors.
        ("As do Evans (2020) and de Wit, McDonald and Wallace (2011).", ("de Wit", "McDonald", "Wallace")),
    ],
)
def test_narrative_list_starts_where_the_authors_start(text: str, authors: tuple[str, ...]) -> None:
    assert _authors(text)[-1][0] == authors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Loyalty pays (Le, 2009).", [(("Le",), "2009")]),
        ("Jonkman-Hartley and De (2022) show it.", [(("Jonkman-Hartley", "De"), "2022")]),
        ("It pays (Le et al., 1992).", [(("Le",), "1992")]),
        # A particle written after its surname, as some reference managers invert names.
        ("It pays (Gilbride-Lyons and Bourgondië, van, 2007b).", [(("Gilbride-Lyons", "Bourgondië"), "2007b")]),
    ],
)
def test_a_particle_can_be_the_whole_surname_or_follow_it(
    text: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    assert _authors(text) == expected


def test_particle_alone_in_lower_case_is_no_author() -> None:
    assert _authors("It pays (van, 2009).") == []


def test_secondary_citation_is_sure_even_when_the_name_is_also_a_word() -> None:
    mintel = ["Mintel (2025) Online reviews in the UK. London: Mintel Group."]
    report = _check(["Small brands gain more, as Page (2009, cited in Mintel, 2025) point out."], mintel)
    assert [(c.authors[0], c.year, c.secondary) for c in report.citations] == [
        ("Page", "2009", True),
        ("Mintel", "2025", False),
    ]
    # Without "cited in", "Page (2009)" might be a page of something: it is kept only when confirmed.
    report = _check(["Small brands gain more, as Page (2009) shows."], mintel)
    assert all(c.authors[0] != "Page" for c in report.citations)


def test_weak_reading_is_confirmed_by_a_sure_citation_of_the_same_work() -> None:
    report = _check(
        ["Page and Kothari (1985) show it pays. Loyalty pays (Page and Kothari, 1985)."],
        ["Ipsos (2020) Retail. London: Ipsos."],
    )
    assert [(c.authors[0], c.narrative) for c in report.citations] == [("Page", True), ("Page", False)]
    assert {(p.kind, p.author) for p in report.problems} >= {("cited_not_listed", "Page")}


def _alphabetical_problems(entries: list[str]) -> list[str]:
    citations = " ".join(f"({entry.split(' (')[0].split(',')[0]}, {entry.split('(')[1][:4]})." for entry in entries)
    report = _check([citations], entries)
    return [p.message for p in report.problems if p.kind == "not_alphabetical"]


@pytest.mark.parametrize(
    "entries",
    [
        # Word by word, "la Wade" files before "Law".
        ["la Wade, P. (2011) Brands. London: Kogan.", "Law, T. (2023) Retail. London: Kogan."],
        # Letter by letter, "de Werd" files after "Department".
        ["Department for Business (2019) Report. London: HMSO.", "de Werd, A. (1998) Media. Leeds: Emerald."],
        # A surname that begins another is a tie, whichever comes first.
        ["Edwards-Akhtar, M. (2008) Email. Leeds: Emerald.", "Edwards, J. (1995) Search. Leeds: Emerald."],
        ["Singh, A. and Berry, B. (2001) Loyalty. Harlow: Pearson.", "Singh, C. (1987) Pricing. Harlow: Pearson."],
        # A reference manager files names with their initials letter by letter: "Lindvik, S." before "Lin, J.".
        [
            "Lindvik, S. (2012) Switching. Leeds: Emerald.",
            "Lin, J. et al. (2014) Car clubs. Leeds: Emerald.",
            "MacLeod, O. (2020) Prices. London: Kogan.",
            "Ma, M. and Shaw, A. (2021) Leagues. London: Kogan.",
        ],
        # Figures before letters: "B2B Growth" before "Baines".
        ["B2B Growth (2018) Leads. London: B2B Growth.", "Baines, P. (2014) Marketing. Oxford: OUP."],
    ],
)
def test_lists_filed_by_any_one_rule_are_in_order(entries: list[str]) -> None:
    assert _alphabetical_problems(entries) == []


def test_list_in_order_under_no_single_rule_is_flagged() -> None:
    # Under V, "van Guha" precedes Rodriguez wrongly; under G, it follows O'Choudhary wrongly.
    entries = [
        "O'Choudhary, G. (1992) Automation. London: Kogan.",
        "van Guha, S. (2021) Content. London: Routledge.",
        "Rodriguez, V. (1986) Loyalty. Harlow: Pearson.",
    ]
    messages = _alphabetical_problems(entries)
    assert len(messages) == 1 and messages[0].startswith("Check this")


def test_plainly_unordered_list_is_flagged_as_certain() -> None:
    entries = ["Wilson, A. (2019) Brands. London: Kogan.", "Adams, B. (2018) Retail. London: Kogan."]
    messages = _alphabetical_problems(entries)
    assert messages and not messages[0].startswith("Check this")


def test_particle_inside_a_double_surname_in_an_entry() -> None:
    entry = parse_entry("van Kuijc van Malsen, J. and Unruoch Hunerik, I. (1986) Social media. London: Kogan.")
    assert (entry.authors, entry.year, entry.organisation) == (
        ("van Kuijc van Malsen", "Unruoch Hunerik"),
        "1986",
        False,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It pays (easyJet plc, 2019).", [(("easyJet plc",), "2019")]),
        ("eBay Inc. (2013) describes it.", [(("eBay Inc.",), "2013")]),
        ("It pays (Which?, 2010, p. 4).", [(("Which?",), "2010")]),
        ("It pays (Mac an Chrosáin, 1987).", [(("Mac an Chrosáin",), "1987")]),
        ("It pays (see also van Dam et al., 2012).", [(("van Dam",), "2012")]),
        ("It pays (Mintel, no date a; Mintel, no date b).", [(("Mintel",), "n.d.a"), (("Mintel",), "n.d.b")]),
    ],
)
def test_names_students_cite_that_are_not_plain_capitalised_words(
    text: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    assert _authors(text) == expected


def test_discourse_opener_before_a_list_is_not_an_author() -> None:
    assert _authors("Consequently, Rastogi and Adeyemi (2018) argued that it pays.")[0][0] == ("Rastogi", "Adeyemi")


def test_reading_widened_over_a_word_taken_for_the_sentence() -> None:
    report = _check(
        ["We Are Social and Meltwater (2015) went further."],
        ["We Are Social and Meltwater (2015) Digital 2015. London: We Are Social."],
    )
    assert [c.authors[0] for c in report.citations] == ["We Are Social"]
    assert report.problems == ()


def test_narrowed_reading_must_match_the_year_too() -> None:
    # Paulsen is listed, but for another year: "Hughes, Paulsen and Roberts (2005)" is Hughes's work, unlisted.
    report = _check(
        ["This view is shared by Hughes, Paulsen and Roberts (2005)."],
        ["Paulsen, K. (1993) Retail. London: Kogan."],
    )
    assert [c.authors[0] for c in report.citations] == ["Hughes"]
    assert {p.kind for p in report.problems} == {"cited_not_listed", "listed_not_cited"}


def test_single_author_citation_links_to_the_single_author_entry() -> None:
    report = _check(
        ["It pays (Malý, 2011). Malý, Malý and Xu (2011) agree."],
        ["Malý, J. (2011) Email. Brno: Host.", "Malý, J., Malý, K. and Xu, L. (2011) Loyalty. Brno: Host."],
    )
    assert report.problems == ()


def test_lower_case_organisation_entries_in_a_wrapped_list() -> None:
    from marker.checks.references.entries import split_entries

    lines = (
        "Ipsos (2019) Title. London: Ipsos.\ninnocent drinks (1994) Our story. London: innocent.\nJones, A. (2001) X."
    )
    assert [parse_entry(t).authors[0] for t in split_entries(lines)] == ["Ipsos", "innocent drinks", "Jones"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Consent is needed under the GDPR (2018) for email marketing.",
        "Brands must follow PECR (2003) rules.",
        "The Consumer Rights Act (2015) protects buyers.",
        "Nike's ‘Just Do It’ (1988) campaign is iconic.",
    ],
)
def test_laws_abbreviations_and_quoted_slogans_before_a_year_raise_nothing_unless_listed(sentence: str) -> None:
    report = _check([sentence], ["Ipsos (2020) Retail. London: Ipsos."])
    assert report.citations == ()
    assert {p.kind for p in report.problems} == {"listed_not_cited"}


def test_abbreviation_before_a_year_is_a_citation_when_the_list_names_it() -> None:
    report = _check(
        ["The ASA (2020) ruled against the advert."],
        ["Advertising Standards Authority (ASA) (2020) Ruling on Acme Ltd. London: ASA."],
    )
    assert [c.authors[0] for c in report.citations] == ["ASA"]
    assert report.problems == ()


def test_narrative_year_mismatch_is_worded_as_a_check() -> None:
    report = _check(
        ["Ofcom (2023) reports that adults spend four hours online."], ["Ofcom (2022) Online nation. London: Ofcom."]
    )
    [problem] = [p for p in report.problems if p.kind == "year_mismatch"]
    assert not problem.certain and problem.message.startswith("Check this")


def test_a_term_alone_before_a_year_in_brackets_raises_nothing_unless_listed() -> None:
    report = _check(["Consent must be recorded (GDPR, 2018)."], ["Ipsos (2020) Retail. London: Ipsos."])
    assert report.citations == ()


def test_unlisted_abbreviation_in_brackets_is_reported_as_a_check() -> None:
    report = _check(["Green claims must be clear (CMA, 2021)."], ["Ipsos (2020) Retail. London: Ipsos."])
    # Letters and a year alone may name a body's work or a standard, a scheme or a storm of that year: one note
    # lists every such bracket for the candidate to check, with "check this" wording.
    assert [p for p in report.problems if p.kind == "cited_not_listed"] == []
    assert [report.citations[i].text for i in report.unconfirmed] == ["(CMA, 2021)"]
    [note] = [f for f in report.findings() if f.code == "reference_unconfirmed"]
    assert note.severity == "info" and note.message.startswith("Check this: a bracket names something with a year")
    assert "(CMA, 2021) in Task 1 (a)" in note.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Similarly, DCMS (2021) found that shoppers still want to touch a sofa before buying it.",
        "GWI's (2018) findings show that younger buyers research on social media first.",
        "As the data show, ONS (2024) reports that online sales fell.",
    ],
)
def test_an_unlisted_abbreviation_that_reports_or_has_findings_is_a_source_to_check(sentence: str) -> None:
    report = _check([sentence], ["Ipsos (2020) Retail. London: Ipsos."])
    [problem] = [p for p in report.problems if p.kind == "cited_not_listed"]
    assert not problem.certain and problem.message.startswith("Check this")


@pytest.mark.parametrize(
    "sentence",
    [
        "PECR (2003) applies to every email a brand sends.",
        "PAS (2019) sets out how a brand should handle complaints.",
        "The Diary of a CEO (no date) defines a brand as a promise.",
    ],
)
def test_an_abbreviation_that_rules_or_ends_a_longer_name_raises_nothing_unless_listed(sentence: str) -> None:
    report = _check([sentence], ["Ipsos (2020) Retail. London: Ipsos."])
    assert report.citations == ()


def test_a_sentence_s_first_word_before_a_bracket_is_no_name_the_bracket_credits() -> None:
    report = _check(["Research (YouGov, 2016) shows that app-only banks grow by referral."], [])
    assert [(c.authors, c.year) for c in report.citations] == [(("YouGov",), "2016")]
    report = _check(["Viewers loved Outlander (Starz, 2014) for its scenery."], [])
    assert report.citations == ()


def test_a_sentence_opening_preposition_governs_the_first_name_after_its_phrase() -> None:
    found = _authors("In the case of Revolut, Huang and Eze (2013) suggest that loyalty schemes work.")
    assert found == [(("Huang", "Eze"), "2013")]
    # A clause between the opening preposition and the names leaves the list whole.
    found = _authors("In my own business I have seen what D'Amato, Mutasa and Rahman (2022) describe: adults buy toys.")
    assert found == [(("D'Amato", "Mutasa", "Rahman"), "2022")]
    # The object of a lead-in within the sentence is the whole list of authors.
    found = _authors("The work of Huang, Eze and Smith (2013) shows that loyalty schemes work.")
    assert found == [(("Huang", "Eze", "Smith"), "2013")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Table 4: key market figures for Ryanair (Huang, 2016).",
        "Sales grew. Figure 2: the customer journey for a first visit to Moo Free (Great Britain, 2020).",
    ],
)
def test_the_bracket_that_ends_a_caption_gives_its_source(sentence: str) -> None:
    report = _check([sentence], ["Ipsos (2020) Retail. London: Ipsos."])
    assert len(report.citations) == 1
    assert [kind for kind in _told_unlisted(report) if kind == "cited_not_listed"] == ["cited_not_listed"]


def test_a_name_followed_by_which_and_a_reporting_verb_is_a_source() -> None:
    report = _check(["My manager recommended Bello (2008), which explains that fees matter."], [])
    assert [(c.authors, c.year) for c in report.citations] == [(("Bello",), "2008")]
    for sentence in (
        "Wonka (2023), which grossed millions, was a hit.",
        "The firm could learn from Share a Coke (2013), which was built around real customers.",
    ):
        report = _check([sentence], ["Ipsos (2020) Retail. London: Ipsos."])
        assert report.citations == ()


def test_a_quotation_cited_without_a_date_and_without_a_page_is_a_check() -> None:
    report = _check(
        ["A useful quote is ‘staff are part of the brand in hospitality and in healthcare alike’ (Boateng, no date)."],
        ["Boateng, K. (no date) Marketing in services. London: Sage."],
    )
    [problem] = [p for p in report.problems if p.kind == "quotation_without_page"]
    assert problem.author == "Boateng" and not problem.certain


def test_a_quotation_after_a_weakly_read_name_the_list_confirms_needs_a_page() -> None:
    report = _check(
        ["In the words of The Diary of a CEO (2022), ‘destination marketing works best when local firms share one "
         "message’."],
        ["Ipsos (2022) Destinations. London: Ipsos.",
         "The Diary of a CEO (2022) Episode 12 [Podcast]. London: Flight."],
    )  # fmt: skip
    assert [p.kind for p in report.problems if p.kind == "quotation_without_page"] == ["quotation_without_page"]


@pytest.mark.parametrize(
    "sentence",
    [
        "As Chester Zoo (2020) points out, low-cost airlines compete on price.",
        "On the other hand, it is clear from Robertson and Hughes (2012a) that the bank could grow.",
    ],
)
def test_a_source_s_frame_makes_an_unlisted_name_a_source_to_check(sentence: str) -> None:
    report = _check([sentence], ["Ipsos (2020) Retail. London: Ipsos."])
    [problem] = [p for p in report.problems if p.kind == "cited_not_listed"]
    assert not problem.certain


@pytest.mark.parametrize(
    "sentence",
    [
        "It can be argued, with Tran and Deng (2025), that halal certification adds value.",
        "A good answer would refer to Liu and Llewellyn (2019) here, noting that awareness is not enough.",
    ],
)
def test_lead_ins_of_agreeing_and_referring_make_names_sources(sentence: str) -> None:
    report = _check([sentence], ["Ipsos (2020) Retail. London: Ipsos."])
    [problem] = [p for p in report.problems if p.kind == "cited_not_listed"]
    assert not problem.certain


def test_an_example_after_such_as_in_an_opening_phrase_is_no_author() -> None:
    found = _authors("For a dealership group such as Boots, Adébísí, Hu and Liu (2018) argue that live selling works.")
    assert found == [(("Adébísí", "Hu", "Liu"), "2018")]


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        (
            "Ọlátúnjí, A., Xie, Q. and Sharma, P. (2021) Hotels in Lagos. Singapore: Springer.",
            ("Ọlátúnjí", "Xie", "Sharma"),
        ),
        (
            "Sun, Y. and Ọlátúnjí, A. (2019) ‘Is word of mouth worth it?’, Tourism Review, 3(2), pp. 1–9.",
            ("Sun", "Ọlátúnjí"),
        ),
        ("Ẩn, T. and Lê, Q. (2020) Marketing in Vietnam. Hanoi: NXB Tre.", ("Ẩn", "Lê")),
    ],
)
def test_surnames_with_letters_of_latin_extended_additional(entry: str, authors: tuple[str, ...]) -> None:
    assert parse_entry(entry).authors == authors


@pytest.mark.parametrize("publisher", ["Euromonitor International", "McKinsey & Company"])
def test_a_research_firm_where_a_web_page_s_title_goes_is_no_title(publisher: str) -> None:
    entry = parse_entry(
        f"Asante, K. (2024). {publisher}. Available at: https://www.example.com/x (Accessed: 1 May 2024)."
    )
    assert entry.title_only_publisher
    assert not parse_entry(
        "Smith, J. (2022). Marketing to Gen Z. Available at: https://www.example.com/x"
    ).title_only_publisher
