"""A body named beside a listed source, lists of authors no Harvard list can be, lead-in words and versions
before a bracket, and two entries by one name in one year.

Shapes the blind27 and blind29 pools showed once they became development data (stop 27); the examples here are
made up, of the same shape.
"""

from __future__ import annotations

import pytest

from marker.checks.references.citations import no_author_list
from tests.checks.references.test_issue_14_forms import _check

CIM = "CIM (2020) The state of the profession. London: CIM."
OXFAM = "Oxfam GB (2016) Annual review 2016. Oxford: Oxfam GB."


def _cited(report: object) -> list[tuple[tuple[str, ...], str]]:
    return [(c.authors, c.year) for c in report.citations]  # type: ignore[attr-defined]


def _kinds(report: object) -> list[str]:
    return [p.kind for p in report.problems]  # type: ignore[attr-defined]


def _told_unlisted(report: object) -> list[str]:
    """The problems' kinds, and "cited_not_listed" for each citation the report's one note lists as matching no entry
    (a name and a year in a bracket and nothing more): either way the candidate is told it is not in the list."""
    return _kinds(report) + ["cited_not_listed"] * len(report.unconfirmed)  # type: ignore[attr-defined]


def _unlisted_authors(report: object) -> list[tuple[str, str | None]]:
    """``_told_unlisted`` with each work's first author."""
    problems = [(p.kind, p.author) for p in report.problems]  # type: ignore[attr-defined]
    unconfirmed = [report.citations[i].authors[0] for i in report.unconfirmed]  # type: ignore[attr-defined]
    return problems + [("cited_not_listed", author) for author in unconfirmed]


def _noted(report: object) -> list[str]:
    """The first author of each citation the report's one note lists as matching no entry."""
    return [report.citations[i].authors[0] for i in report.unconfirmed]  # type: ignore[attr-defined]


def _looks_cited(report: object) -> list[str]:
    """The first author of each citation the one note names first, as looking like a citation no entry matches."""
    return [report.citations[i].authors[0] for i in report.looks_cited]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "entry", "cited"),
    [
        # The list gives the body named first in another year and the source after it in this one.
        ("Both the CIM and Oxfam GB (2016) stress that the press release still matters.", OXFAM, ("Oxfam GB",)),
        (
            "The CIM and Ferris and Lowe (2009) agree that embargoes are broken.",
            "Ferris, A. and Lowe, B. (2009) Media relations. London: Sage.",
            ("Ferris", "Lowe"),
        ),
        # A firm written in lower case is read where capitals inside its first word make it a name.
        (
            "Both the CIM and easyJet plc (2016) stress that crises move fast.",
            "easyJet plc (2016) Annual report 2016. Luton: easyJet plc.",
            ("easyJet plc",),
        ),
        # A wider reading over the sentence's words ends on no surname: "News" alone matches nothing.
        (
            "Both the CIM and Sky News (2023) stress that the first hour decides the story.",
            "Sky News (2023) ‘Inside the recall’, Sky News, 3 February.",
            ("Sky News",),
        ),
    ],
)
def test_a_body_named_before_a_listed_source_is_the_sentences(
    sentence: str, entry: str, cited: tuple[str, ...]
) -> None:
    report = _check([sentence], [CIM, entry])
    assert _cited(report)[0] == (cited, report.citations[0].year)
    assert not {"cited_not_listed", "year_mismatch"} & set(_kinds(report))


def test_a_joint_work_the_list_gives_whole_is_kept_whole() -> None:
    report = _check(["Both Acme and Oxfam GB (2016) stress that aid needs stories."],
                    ["Acme and Oxfam GB (2016) Joint statement. Oxford: Oxfam GB.", OXFAM])  # fmt: skip
    assert _cited(report) == [(("Acme", "Oxfam GB"), "2016")]
    assert "cited_not_listed" not in _kinds(report)


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        ("Both the CIM and Lindgren et al. (2023, cited in Heath, 2014) stress that AVEs are dead.", ("Lindgren",)),
        ("The CIM and Ní Bhriain and Dubois (2019, cited in Heath, 2014) say so.", ("Ní Bhriain", "Dubois")),
    ],
)
def test_a_second_hand_citation_starts_where_a_list_of_authors_can(sentence: str, cited: tuple[str, ...]) -> None:
    report = _check([sentence], [CIM, "Heath, R. (2014) Public relations. London: Sage."])
    assert next(c.authors for c in report.citations if c.secondary or "cited" in c.text) == cited


@pytest.mark.parametrize(
    ("names", "impossible"),
    [
        ("CIM and Lindgren et al.", True),
        ("CIM and Ní Bhriain and Dubois", True),
        ("CIM and Verčič, Mac an tSaoi and di Stefano", True),
        ("Lindgren et al.", False),
        ("Verčič, Mac an tSaoi and di Stefano", False),
        ("Marks and Spencer", False),
        ("Department for Culture, Media and Sport", False),
    ],
)
def test_no_author_list(names: str, impossible: bool) -> None:
    assert no_author_list(names) is impossible


def test_an_earlier_name_of_a_listed_list_is_taken_in_over_its_comma() -> None:
    report = _check(
        ["Both the CIM and Whitmore, Fernández and Şahin (2011) stress that staff are the best spokespeople."],
        [CIM, "Whitmore, A., Fernández, B. and Şahin, C. (2011) Crisis communication. London: Sage."],
    )
    assert _cited(report) == [(("Whitmore", "Fernández", "Şahin"), "2011")]
    assert "cited_not_listed" not in _kinds(report)


def test_a_committee_named_with_commas_is_read_whole_after_a_body() -> None:
    committee = "House of Commons Culture, Media and Sport Committee"
    entry = f"{committee} (2022) Disinformation: final report. HC 1532. London: The Stationery Office."
    report = _check([f"Both the CIM and {committee} (2022) stress that trust is falling."], [CIM, entry])
    assert report.citations[0].author_text == committee
    assert "cited_not_listed" not in _kinds(report)


def test_a_names_comma_needs_and_before_the_last_name() -> None:
    # "Fernández, Şahin" is no list of authors: the name before the comma is the sentence's.
    entries = ["Fernández Şahin, C. (2011) Crisis. London: Sage.", "Şahin, C. (2011) Crisis. London: Sage."]
    report = _check(["For Fernández, Şahin (2011) stressed speed."], entries)
    assert _cited(report) == [(("Şahin",), "2011")]


def test_an_opener_before_the_newspaper_i_is_no_part_of_its_name() -> None:
    report = _check(["Following i (2018), the press office accepted that lobbying is about relationships."],
                    ["i (2018) ‘Lobbying rules’, 3 May, p. 4."])  # fmt: skip
    assert _cited(report) == [(("i",), "2018")]
    assert _kinds(report) == []


@pytest.mark.parametrize("opener", ["Replicating", "Extending", "Adapting", "Contrasting"])
def test_a_lead_in_word_opening_the_sentence_is_no_name(opener: str) -> None:
    report = _check([f"{opener} Kantar (2022), we fitted a churn model to two years of panel data."],
                    ["Kantar (2022) Worldpanel report. London: Kantar."])  # fmt: skip
    assert _cited(report) == [(("Kantar",), "2022")]
    assert _kinds(report) == []


def test_a_body_named_as_an_organisation_is_an_author_though_it_names_standards() -> None:
    report = _check(["Complaints rose sharply (Broadcast Standards Organisation, 2021)."], [OXFAM])
    assert _cited(report) == [(("Broadcast Standards Organisation",), "2021")]
    assert "cited_not_listed" in _told_unlisted(report)


def test_making_the_point_is_what_an_author_does() -> None:
    report = _check(["di Marco, Pereira and Moloney (2015) makes the point that loyal customers are sceptical."],
                    [OXFAM])  # fmt: skip
    assert _cited(report) == [(("di Marco", "Pereira", "Moloney"), "2015")]
    assert "cited_not_listed" in _kinds(report)


def test_a_products_version_then_a_name_and_year_credits_its_maker() -> None:
    report = _check(["Code was written in Python 3.11 (Jupyter, 2021). The dashboard ran in Tableau 2023.1 "
                     "(Salesforce, 2023). Loyalty pays (Kotler and Keller, 2016)."],
                    ["Kotler, P. and Keller, K. (2016) Marketing management. Harlow: Pearson."])  # fmt: skip
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales rose in Q3 2.5 (Jones, 2018).",  # a quarter's figure, not a product's version
        "Satisfaction scored 4.5 (Jones, 2018).",
        "The NPS 4.5 target was met (Jones, 2018).",
    ],
)
def test_a_figure_before_a_citation_leaves_it_a_citation(sentence: str) -> None:
    report = _check([sentence], [OXFAM])
    assert (("Jones",), "2018") in _cited(report)
    assert "cited_not_listed" in _told_unlisted(report)


def test_a_listed_version_of_a_product_still_cites_its_maker() -> None:
    entry = "R Core Team (2023) R: a language and environment for statistical computing. Vienna: R Foundation."
    report = _check(["Models were fitted in R 4.3.1 (R Core Team, 2023)."], [entry])
    assert _cited(report) == [(("R Core Team",), "2023")]
    assert _kinds(report) == []


def test_an_account_and_its_owner_in_one_year_are_two_works() -> None:
    report = _check(["Rulings are rare (Ofcom, 2018). Trust is falling (@Ofcom, 2018)."],
                    ["Ofcom (2018) Broadcast bulletin 351. London: Ofcom.",
                     "@Ofcom (2018) New research: trust is rising, X. Available at: https://x.com/ofcom/1 "
                     "(Accessed: 24 January 2024)."])  # fmt: skip
    assert _kinds(report) == []


def test_a_years_ranking_in_a_bracket_is_no_source() -> None:
    report = _check(["Some applicants only consider the top 300 (World University Rankings 2021). "
                     "Loyalty pays (Kotler and Keller, 2016)."],
                    ["Kotler, P. and Keller, K. (2016) Marketing management. Harlow: Pearson."])  # fmt: skip
    assert _kinds(report) == []


def test_another_year_of_an_author_whose_listed_work_is_cited_is_a_work_left_out() -> None:
    dfe = "Department for Education (2023) Skills for jobs. London: DfE."
    report = _check(["Funding follows the learner (Department for Education, 2023). "
                     "Department for Education (2015) set the first targets."], [dfe])  # fmt: skip
    assert [(p.kind, p.year) for p in report.problems] == [("cited_not_listed", "2015")]


def test_a_year_not_listed_beside_an_uncited_entry_is_still_a_year_mismatch() -> None:
    report = _check(["Department for Education (2015) set the first targets."],
                    ["Department for Education (2023) Skills for jobs. London: DfE."])  # fmt: skip
    assert [p.kind for p in report.problems] == ["year_mismatch"]


@pytest.mark.parametrize(
    ("names", "cited"),
    [
        ("de los Reyes, A. and Ellwood, R.", "de los Reyes and Ellwood"),
        ("dela Cruz, R. and Kowalczyk, K.", "dela Cruz and Kowalczyk"),
        ("Ɗanladi, B., van Wyk, R. and Hughes, R.", "Ɗanladi, van Wyk and Hughes"),
    ],
)
def test_an_entry_opening_with_a_particle_or_a_hooked_letter_starts_its_own_line(names: str, cited: str) -> None:
    entries = [
        "Amoako, K. (2011) ‘Youth banking’, Telematics and Informatics, 8(4), pp. 1–9.",
        f"{names} (2018) ‘Message framing’, Journal of Social Marketing, 3(1), pp. 5–9.",
    ]
    report = _check([f"Framing matters (Amoako, 2011; {cited}, 2018)."], ["\n".join(entries)])
    assert [e.authors[0] for e in report.entries] == ["Amoako", names.split(",")[0]]
    assert _kinds(report) == []


def test_a_hooked_letter_files_under_its_base_letter() -> None:
    # "Ɗ" files as "D": after Cole, before Eze (not after Zulu, nor before Cole as "anladi").
    entries = [
        "Cole, C. (2018) Branch banking. London: Kogan Page.",
        "Ɗanladi, B. (2019) Agency banking. Lagos: Spectrum.",
        "Eze, C. (2020) Mobile money. Lagos: Spectrum.",
    ]
    report = _check(["Agents matter (Cole, 2018; Ɗanladi, 2019; Eze, 2020)."], entries)
    assert _kinds(report) == []


def test_a_law_with_two_brackets_in_its_name_is_read_whole() -> None:
    act = "Human Tissue (Authorisation) (Scotland) Act 2019"
    entries = [
        "Fingertips (2020) Public health profiles. Available at:\nhttps://www.gov.uk/x\n(Accessed: 21 August 2022).\n"
        f"{act} (2019) {act}.\nAvailable at: https://www.legislation.gov.uk/asp/2019/11 (Accessed: 2 May 2023)."
    ]
    report = _check([f"Consent is now opt-out under the {act} (2019). Profiles help (Fingertips, 2020)."], entries)
    assert [e.authors[0] for e in report.entries] == ["Fingertips", act]
    assert _cited(report)[0] == ((act,), "2019")
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        ("Building Societies Association (2019) found that savers are loyal.", "Building Societies Association"),
        ("Research Councils UK (2015) found that open access pays.", "Research Councils UK"),
        ("Building on Kotler (2019), we ran a test.", "Kotler"),
        ("Research by Kotler (2019) shows it.", "Kotler"),
    ],
)
def test_an_opener_that_also_opens_a_bodys_name_is_kept_with_it(sentence: str, cited: str) -> None:
    report = _check([sentence], [OXFAM])
    assert _cited(report) == [((cited,), "2019" if "2019" in sentence else "2015")]


def test_a_directorys_practice_area_and_region_is_a_title_not_a_place_and_publisher() -> None:
    entries = ["Chambers and Partners (2015) Family: Australia. Available at: https://chambers.com/x "
               "(Accessed: 2 May 2023).",
               "Legal 500 (2019) Employment: North West. Available at: https://www.legal500.com/x "
               "(Accessed: 2 May 2023)."]  # fmt: skip
    report = _check(["Rankings drive panels (Chambers and Partners, 2015; Legal 500, 2019)."], entries)
    assert "incomplete_entry" not in _kinds(report)


def test_a_place_and_a_publisher_where_the_title_goes_is_still_reported() -> None:
    report = _check(["Pricing is hard (Bell, 1986)."], ["Bell, A. (1986) Abingdon: Routledge."])
    assert "incomplete_entry" in _kinds(report)


def test_a_scottish_gaelic_mutation_with_a_hyphen_is_part_of_the_surname() -> None:
    entry = (
        "Mac an t-Saoir, R. and van Rensburg, E. (2000) ‘Beyond the billable hour’, Journal of Services, 3(1), pp. 5–9."
    )
    report = _check(["As Mac an t-Saoir and van Rensburg (2000) argue, fees matter. Fees matter "
                     "(Mac an t-Saoir and van Rensburg, 2000, p. 6)."], [entry])  # fmt: skip
    assert {c.authors for c in report.citations} == {("Mac an t-Saoir", "van Rensburg")}
    assert _kinds(report) == []


def test_a_lower_case_word_hyphened_to_a_capital_is_no_name() -> None:
    report = _check(["Growth was strong (pre-Covid, 2016). Loyalty pays (Kotler and Keller, 2016)."],
                    ["Kotler, P. and Keller, K. (2016) Marketing management. Harlow: Pearson."])  # fmt: skip
    assert _kinds(report) == []


def test_a_court_case_is_a_source_only_where_the_list_gives_it() -> None:
    unlisted = _check(["The webinar on Pacific Trust v Lim (2022) drew 248 registrations."], [OXFAM])
    assert "cited_not_listed" not in _kinds(unlisted)
    listed = _check(["As Donoghue v Stevenson (1932) shows, a duty of care is owed."],
                    ["Donoghue v Stevenson (1932) AC 562."])  # fmt: skip
    assert _cited(listed) == [(("Donoghue v Stevenson",), "1932")]
    assert "cited_not_listed" not in _kinds(listed)


def test_a_site_named_with_a_figure_and_a_domain_is_cited_as_listed() -> None:
    entry = "Motor1.com (2019) Range test [YouTube]. Available at: https://www.youtube.com/v (Accessed: 3 May 2023)."
    report = _check(["Range is the claim buyers trust least (Motor1.com, 2019)."], [entry])
    assert _cited(report) == [(("Motor1.com",), "2019")]
    assert _kinds(report) == []


def test_a_magazine_named_as_a_question_keeps_its_first_word() -> None:
    entry = "What Car? (2019) Best electric cars. Available at: https://www.whatcar.com/x (Accessed: 3 May 2024)."
    report = _check(["For dealers, the lesson from What Car? (2019, para. 19) is that reviews shape the shortlist."],
                    [entry])  # fmt: skip
    assert _cited(report) == [(("What Car?",), "2019")]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Writing about France, Barth, Dawson and Kapur (2018) found that drivers switched to EVs.",
        "Writing about the UK, Barth, Dawson and Kapur (2018) found that drivers switched to EVs.",
        "In Scandinavia, Barth, Dawson and Kapur (2018) found that drivers switched to EVs.",
    ],
)
def test_a_place_before_a_list_of_authors_is_the_sentences(sentence: str) -> None:
    report = _check([sentence], ["Barth, A., Dawson, B. and Kapur, C. (2018) Electric fleets. London: Sage."])
    assert _cited(report) == [(("Barth", "Dawson", "Kapur"), "2018")]
    assert _kinds(report) == []


def test_a_firm_ending_in_co_may_close_one_entry_before_the_next() -> None:
    block = ("Byrne O'Dwyer & Co (2009) Winning work. Dublin: Byrne O'Dwyer & Co.\n"
             "Byrne O'Dwyer & Co (2019) Members' report 2019. Available at: https://example.com/r "
             "(Accessed: 3 May 2024).")  # fmt: skip
    report = _check(["Reports matter (Byrne O'Dwyer & Co, 2009; Byrne O'Dwyer & Co, 2019)."], [block])
    assert [e.year for e in report.entries] == ["2009", "2019"]
    assert _kinds(report) == []


@pytest.mark.parametrize("quoted", ["„Monthly payments matter more than the price of the car“",
                                    "«Monthly payments matter more than the price of the car»"])  # fmt: skip
def test_a_quotation_in_german_or_french_marks_needs_its_page(quoted: str) -> None:
    report = _check([f"Barth and Kapur (2018) put it plainly: {quoted}. Buyers agree."],
                    ["Barth, A. and Kapur, C. (2018) Car finance. Berlin: Springer."])  # fmt: skip
    assert _kinds(report) == ["quotation_without_page"]


def test_an_arabic_article_joined_by_a_hyphen_opens_the_surname() -> None:
    report = _check(["Luxury grows in the Gulf (Kwon and al-Hashimi, 2024)."],
                    ["Kwon, J. and al-Hashimi, N. (2024) Luxury in the Gulf. Paris: Dunod."])  # fmt: skip
    assert _cited(report) == [(("Kwon", "al-Hashimi"), "2024")]
    assert _kinds(report) == []
