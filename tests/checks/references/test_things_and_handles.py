"""Things of a year written like narrative citations, accounts and sites cited by the name they go by, and a
sentence's last letter read as an initial.

Shapes the blind18 to blind23 pools showed once they became development data (stop 26); the examples here are made
up, of the same shape.
"""

from __future__ import annotations

import pytest

from marker.checks.references import find_citations, parse_entry, split_entries
from tests.checks.references.test_decoys import ENTRIES
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _unlisted_authors


def _authors(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(c.authors, c.year) for c in find_citations(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        # Which one of a recurring thing: the year says which census, budget or election.
        "The last Census (2011) shows that the town is getting older.",
        "The latest Budget (2024) raised duty on alcohol.",
        "the most recent Spending Review (2021) froze the grant.",
        # A made thing named after the word for its kind, in apposition.
        "The film The Social Network (2010) shows how Facebook started.",
        "Students still hum the song Sweet Caroline (1969) at matches.",
        "Their 2019 documentary Fyre (2019) was a warning to festival brands.",
        # A role or title held, after a noun and "as".
        "Galway's year as European Capital of Culture (2020) was cut short by lockdown.",
        "Her spell as Young Marketer of the Year (2018) opened doors.",
        # A version of a song or a film, or a programme something appeared in.
        "A cover of Despacito (2017) went viral on TikTok.",
        "Visitor numbers jumped after the site appeared in Countryfile (2020).",
        "The shop was featured on Dragons Den (2019) and sold out.",
        # A body's plan is no author, nor is a slogan ending on a name.
        "The NHS Long Term Plan (2019) puts prevention at the centre.",
        "The strapline ‘Should’ve gone to Specsavers’ (2024) is still used on packaging.",
    ],
)
def test_a_thing_of_that_year_is_no_source_to_check(sentence: str) -> None:
    report = _check([sentence + " Loyalty pays (Kotler and Keller, 2016)."], ENTRIES[:1])
    assert [p.kind for p in report.problems] == []


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        # A source's work after its name, or a reporting verb after "as", keeps it a source.
        ("The latest Ofcom (2023) report shows that children stream more.", "Ofcom"),
        ("Brands must adapt, as Mensah (2016) argues.", "Mensah"),
        # The kind of thing before a name is a source's kind: not a made thing.
        ("The consultancy Okonjo Partners (2021) found that loyalty pays.", "Okonjo Partners"),
    ],
)
def test_a_source_beside_such_words_is_still_reported(sentence: str, author: str) -> None:
    report = _check([sentence + " Loyalty pays (Kotler and Keller, 2016)."], ENTRIES[:1])
    assert [(p.kind, p.author) for p in report.problems] == [("cited_not_listed", author)]


@pytest.mark.parametrize(
    ("sentence", "entry", "author"),
    [
        (
            "Gyms lose members in winter (u/gymrat_leeds, 2024, p. 110).",
            "u/gymrat_leeds (2024) 'Is the gym worth it?', Reddit. Available at: https://www.reddit.com/r/x "
            "(Accessed: 1 May 2024).",
            "u/gymrat_leeds",
        ),
        (
            "Prices matter (Khan et al., 2015; throwaway_2021, 2019).",
            "throwaway_2021 (2019) 'Bubble tea for kids?', Mumsnet. Available at: https://www.mumsnet.com/talk/x "
            "(Accessed: 1 May 2024).",
            "throwaway_2021",
        ),
        (
            "As tutor2u (2015) explains, price is one of the 4Ps.",
            "tutor2u (2015) Marketing mix. Available at: https://www.tutor2u.net/x (Accessed: 1 May 2024).",
            "tutor2u",
        ),
        (
            "Repairs are cheap (Source: iSmash, 2019).",
            "iSmash (2019) Screen repairs. Available at: https://www.ismash.com/x (Accessed: 1 May 2024).",
            "iSmash",
        ),
        (
            "The Act is online at legislation.gov.uk (2010), as is its guidance.",
            "legislation.gov.uk (2010) Equality Act 2010. Available at: https://www.legislation.gov.uk/x "
            "(Accessed: 1 May 2024).",
            "legislation.gov.uk",
        ),
    ],
)
def test_an_account_or_site_cited_by_its_handle_is_matched_to_its_entry(sentence: str, entry: str, author: str) -> None:
    report = _check([sentence], [entry])
    assert author in [c.authors[0] for c in report.citations]
    assert [p.kind for p in report.problems if p.author == author] == []


@pytest.mark.parametrize("sentence", ["Sales rose (revenue, 2019).", "See asos.com (2023) for the range."])
def test_a_lower_case_word_or_site_alone_is_checked_only_against_the_list(sentence: str) -> None:
    report = _check([sentence + " Loyalty pays (Kotler and Keller, 2016)."], ENTRIES[:1])
    assert [p.kind for p in report.problems] == []


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "This changed how brands talk to young people on X. Asante, Szymańska and de Mello (2017) makes the point.",
            ("Asante", "Szymańska", "de Mello"),
        ),
        ("Brands post daily on X. Reddy and Sharma (2024) argue that tone matters.", ("Reddy", "Sharma")),
        # Initials on every author are the authors' own.
        ("As J. Smith and K. Jones (2019) argue, tone matters.", ("J. Smith", "K. Jones")),
        ("As noted by J. Smith (2019), tone matters.", ("J. Smith",)),
    ],
)
def test_a_letter_ending_the_sentence_before_is_no_initial(text: str, authors: tuple[str, ...]) -> None:
    assert _authors(text)[-1][0] == authors


def test_a_chapter_s_editor_with_an_accented_initial_continues_the_entry() -> None:
    entries = split_entries(
        "Iyer, N. (2020) ‘Marketing higher education: a critical review’, in É.\n"
        "Ballantyne, F. Adebayo, and S. Iyer (eds) Marketing higher education: a\n"
        "handbook. Basingstoke: Palgrave Macmillan, pp. 288–315.\n"
        "Mensah, R. and Iyer, N. (2014) Business marketing management: B2B. Boston, MA:\nCengage."
    )
    assert [parse_entry(entry).authors[0] for entry in entries] == ["Iyer", "Mensah"]


def test_a_law_named_with_etc_is_one_entry_and_one_author() -> None:
    entries = split_entries(
        "Equality Act 2010 (2010) Equality Act 2010. Available at:\n"
        "https://www.legislation.gov.uk/ukpga/2010/8/contents (Accessed: 27 July 2024).\n"
        "Health and Safety at Work etc. Act 1974 (1974) Health and Safety at\nWork etc. Act 1974.\n"
    )
    assert [parse_entry(entry).authors for entry in entries] == [
        ("Equality Act 2010",),
        ("Health and Safety at Work etc. Act 1974",),
    ]
    found = _authors("As the Health and Safety at Work etc. Act 1974 (1974) points out, staff need training.")
    assert found == [(("Health and Safety at Work etc. Act 1974",), "1974")]


@pytest.mark.parametrize(
    ("entry", "publisher_only"),
    [
        # A one-word title in the address's path names the page's subject ...
        ("Wikipedia (2024) PureGym. Available at: https://en.wikipedia.org/wiki/PureGym (Accessed: 1 May 2024)", False),
        # ... in its host, the body that published it.
        ("Asante, K. (2024). YouGov. Available at: https://yougov.co.uk/topics/retail (Accessed: 1 May 2024).", True),
    ],
)
def test_a_one_word_title_in_the_address_path_is_a_title(entry: str, publisher_only: bool) -> None:
    assert parse_entry(entry).title_only_publisher is publisher_only


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # Malay names: "bin" and "binti" are particles of the surname, like "van" and "de".
        ("Halal labels build trust (binti Hassan, 2018).", ("binti Hassan",)),
        ("Yeo, binti Abdullah and Trần (2024) argue that malls must adapt.", ("Yeo", "binti Abdullah", "Trần")),
        # "refer to" leads in to a bracket's first work.
        ("Students compare rankings (refer to Ng, 2012).", ("Ng",)),
        # An abbreviation of two words after a body's name.
        ("Ads must be labelled (Internet Advertising Bureau UK (IAB UK), 2024).", ("Internet Advertising Bureau UK",)),
        ("Internet Advertising Bureau UK (IAB UK) (2023) reports growth.", ("Internet Advertising Bureau UK",)),
        # A sentence opening with "On" and a platform: the authors start after its comma.
        ("On Threads, Jensen and le Gall (2021) report that gaming pays.", ("Jensen", "le Gall")),
        # A firm's suffix after a comma, a body's country after a comma: one author.
        (
            "The Hongkong and Shanghai Hotels, Limited (2019) reports growth.",
            ("Hongkong and Shanghai Hotels, Limited",),
        ),
        ("Ministry of Economy, UAE (2020, p. 106) says tourism will grow.", ("Ministry of Economy, UAE",)),
        ("Schools recruit abroad (Ministry of Education, Singapore, 2019).", ("Ministry of Education, Singapore",)),
        # A law whose name holds a bracket.
        (
            "Consent is needed (Privacy and Electronic Communications (EC Directive) Regulations 2003, 2003).",
            ("Privacy and Electronic Communications (EC Directive) Regulations 2003",),
        ),
        # An account's name in Chinese characters.
        ("Lazada 官方 (2020) posted the offer first.", ("Lazada 官方",)),
    ],
)
def test_names_from_more_hands(text: str, authors: tuple[str, ...]) -> None:
    assert _authors(text)[-1][0] == authors


def test_a_body_s_country_is_not_read_into_a_place_or_a_list() -> None:
    assert _authors("Sales grew (Mintel, UK, 2020).")[-1][0] == ("Mintel", "UK")
    assert _authors("In Dubai, UAE (2020) figures show growth.")[-1][0] == ("UAE",)


def test_an_entry_opening_with_a_reddit_handle_starts_a_new_entry() -> None:
    entries = split_entries(
        "throwaway_2021 (2019) ‘Bubble tea - safe for children?’, Mumsnet. Available at:\n"
        "https://www.mumsnet.com/talk/bubble-tea--safe-for-children.\n"
        "u/gymrat_leeds (2023) ‘Is the gym worth it?’, Mumsnet. Available at:\n"
        "https://www.mumsnet.com/talk/is-the-gym-worth-it."
    )
    assert [parse_entry(entry).authors for entry in entries] == [("throwaway_2021",), ("u/gymrat_leeds",)]


def test_an_act_s_title_wrapped_onto_a_line_of_its_own_continues_the_entry() -> None:
    entries = split_entries(
        "Digital Markets, Competition and Consumers Act 2024 (2024) Digital\n"
        "Markets, Competition and Consumers Act 2024.\n"
        "Kingsnorth, S. (2024) Digital marketing strategy. London: Kogan Page."
    )
    assert [parse_entry(entry).authors for entry in entries] == [
        ("Digital Markets, Competition and Consumers Act 2024",),
        ("Kingsnorth",),
    ]


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        (
            "St. Hill, M., Banerjee, S. and Dubois, H. (2012) Tourism. Singapore: Palgrave.",
            ("St. Hill", "Banerjee", "Dubois"),
        ),
        ("Stone, J. (2020) Retail. London: Sage.", ("Stone",)),
    ],
)
def test_a_surname_opening_with_st(entry: str, authors: tuple[str, ...]) -> None:
    assert parse_entry(entry).authors == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Visits rose (VisitBritain/VisitEngland, 2025).", ("VisitBritain/VisitEngland",)),
        ("The categories set out by i News (2017) show stigma.", ("i News",)),
        ("The Larder CIC (2023) says food banks are busy.", ("Larder CIC",)),
    ],
)
def test_slashed_bodies_a_lone_letter_and_a_community_interest_company(text: str, authors: tuple[str, ...]) -> None:
    assert _authors(text)[-1][0] == authors


def test_a_listed_name_with_marks_no_name_holds_is_read_where_the_list_gives_it() -> None:
    report = _check(
        ["Telecoms lead (Etisalat by e&, 2019; Smith, 2020). Etisalat by e& (2019) argues that 5G matters."],
        ["Etisalat by e& (2019) Annual report 2019. Abu Dhabi: e&.", "Smith, J. (2020) Telecoms. London: Sage."],
    )
    assert [c.authors[0] for c in report.citations] == ["Etisalat by e&", "Smith", "Etisalat by e&"]
    assert report.problems == ()


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        # Public bodies, regulators and charities by their marks.
        ("In my experience, and as NHS England (2022) also found, stories work better.", "NHS England"),
        (
            "Martin House Children's Hospice (2025) reported that smokers quit with support.",
            "Martin House Children's Hospice",
        ),
        # What a source's reader or learner says of it.
        ("When I read Blackbaud Institute (2023) I realised that donors need thanks.", "Blackbaud Institute"),
        ("A key lesson from Kerrigan and Mensah (2007) is that segmentation helps.", "Kerrigan"),
        # A possessive, a thing of the author's, then what it says.
        ("Lloyd-Hughes, Huxtable and van Rooij’s (2011) guidance says that volunteers stay.", "Lloyd-Hughes"),
        ("Fundraising Regulator’s (2024) research shows that audiences book later.", "Fundraising Regulator"),
    ],
)
def test_an_unlisted_source_read_from_its_frame_is_reported(sentence: str, author: str) -> None:
    report = _check([sentence], ENTRIES[:1])
    assert ("cited_not_listed", author) in [(p.kind, p.author) for p in report.problems]


@pytest.mark.parametrize(
    "sentence", ["Nike's (2020) campaign was a hit.", "Barbie's (2023) marketing team says it worked."]
)
def test_a_possessive_thing_that_does_not_say_is_no_source(sentence: str) -> None:
    report = _check([sentence + " Loyalty pays (Kotler and Keller, 2016)."], ENTRIES[:1])
    assert [p.kind for p in report.problems] == []


def test_a_listed_title_opening_with_a_lone_letter_is_read_in_every_form() -> None:
    report = _check(
        ["Stigma matters (e.g. i News, 2017, pp. 296–301). The categories set out by i News (2017) help."],
        ["i News (2017) ‘Why digital fundraising matters’, i News, 20 March."],
    )
    assert [c.authors[0] for c in report.citations] == ["i News", "i News"]
    assert [p.kind for p in report.problems if p.kind in {"cited_not_listed", "listed_not_cited"}] == []


def test_a_law_with_a_bracket_in_its_name_opens_an_entry() -> None:
    entries = split_entries(
        "Smith, J. (2019) Title. London: Sage.\n"
        "Public Services (Social Value) Act 2012 (2012) Public Services (Social Value) Act 2012. London: TSO."
    )
    assert [parse_entry(entry).authors for entry in entries] == [
        ("Smith",),
        ("Public Services (Social Value) Act 2012",),
    ]


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Mobile money grew fastest in cities (PwC Nigeria, 2017).", "PwC Nigeria"),
        ("Republic of Kenya (2019) reports that mobile money is used by most adults.", "Republic of Kenya"),
        ("Retail sales fell (Institutul Național de Statistică, 2017).", "Institutul Național de Statistică"),
    ],
)
def test_a_firm_s_arm_a_state_and_bodies_in_their_own_language_are_sources(sentence: str, author: str) -> None:
    report = _check([sentence], ENTRIES[:1])
    assert ("cited_not_listed", author) in _unlisted_authors(report)


def test_an_event_in_a_place_is_no_source() -> None:
    report = _check(["Visitors came (Expo Dubai, 2020). Loyalty pays (Kotler and Keller, 2016)."], ENTRIES[:1])
    assert [p.kind for p in report.problems] == []


def test_a_listed_name_opening_with_a_word_that_opens_sentences_is_read_whole() -> None:
    report = _check(
        ["Social use grew (We Are Social & Meltwater, 2019). We Are Social & Meltwater (2019) shows it."],
        ["We Are Social & Meltwater (2019) Digital 2019. London: We Are Social."],
    )
    assert [c.authors[0] for c in report.citations] == ["We Are Social & Meltwater"] * 2
    assert report.problems == ()


def test_the_newspaper_i_and_i_news_listed_together_are_each_read() -> None:
    report = _check(
        ["Sales grew (i, 2022; IKEA, 2020). The categories set out by i News (2017) help."],
        ["i (2022) Headline. i, 1 May.", "i News (2017) ‘Why’, i News, 20 March.", "IKEA (2020) Report. Leiden: IKEA."],
    )
    assert [c.authors[0] for c in report.citations] == ["i", "IKEA", "i News"]
    assert report.problems == ()


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "This is in line with Medicines and Healthcare products Regulatory Agency (MHRA) (2015), who showed it.",
            ("Medicines and Healthcare products Regulatory Agency",),
        ),
        (
            "Unlike earlier studies, Okafor and op den Kamp (2002, p. 294) argue that dealers matter.",
            ("Okafor", "op den Kamp"),
        ),
        (
            "Becker Automation GmbH & Co. KG (2015) found that buyers could not define it.",
            ("Becker Automation GmbH & Co. KG",),
        ),
    ],
)
def test_bodies_with_lower_case_words_dutch_particles_and_german_firm_forms(
    text: str, authors: tuple[str, ...]
) -> None:
    assert _authors(text)[-1][0] == authors


@pytest.mark.parametrize(
    "sentence",
    [
        "The slides from our partner summit (Rotterdam, 2021) are in Appendix 1.",
    ],
)
def test_a_city_with_a_year_is_no_source(sentence: str) -> None:
    report = _check([sentence + " Loyalty pays (Kotler and Keller, 2016)."], ENTRIES[:1])
    assert [p.kind for p in report.problems] == []


def test_an_irish_prefix_inside_a_double_surname() -> None:
    entries = split_entries(
        "Cormier-Leblanc, I. (2018) Athlete branding. Toronto: Nelson.\n"
        "Harte Ó Néill, C. and Walshe, C. (2023) ‘Social media fandom and\nathlete branding’, Event Management, 21(6), "
        "pp. 431–451."
    )
    assert [parse_entry(entry).authors for entry in entries] == [("Cormier-Leblanc",), ("Harte Ó Néill", "Walshe")]
    assert _authors("Harte Ó Néill and Walshe (2023) argue that fans want access.")[0][0] == ("Harte Ó Néill", "Walshe")


def test_a_place_and_publisher_on_a_line_of_their_own_continue_the_entry() -> None:
    entries = split_entries(
        "Kotler, P. and Keller, K. (2016) Marketing management. 3rd edn.\nMilton, Qld: Wiley.\n"
        "Smith, J. (2019) Title. London: Sage."
    )
    assert [parse_entry(entry).authors for entry in entries] == [("Kotler", "Keller"), ("Smith",)]


def test_a_firm_s_abbreviation_after_its_suffix() -> None:
    found = _authors("On-Pack Recycling Label Ltd (OPRL) (2018) defines greenwashing broadly.")
    assert found == [(("On-Pack Recycling Label Ltd",), "2018")]


def test_a_department_named_for_its_portfolios_is_one_author() -> None:
    found = _authors("Funding grew (Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media, 2009).")
    assert found == [(("Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media",), "2009")]


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        ("Ó hÉidhniú, S. et al. (2023) Principles of marketing. Dublin: Gill Education.", ("Ó hÉidhniú",)),
        ("Mac mBriartaigh, T. (2020) Events management. Oxford: Goodfellow.", ("Mac mBriartaigh",)),
        (
            "Mac a' Bhuí-Brown, M. (2020) ‘How TSN turned TikTok views into ticket sales’, RTÉ News.",
            ("Mac a' Bhuí-Brown",),
        ),
    ],
)
def test_irish_surnames_with_their_mutations(entry: str, authors: tuple[str, ...]) -> None:
    assert parse_entry(entry).authors == authors


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Broadcast rules changed (Coimisiún na Meán, 2020, p. 250).", "Coimisiún na Meán"),
        ("Participation fell after the pandemic (Sport New Zealand, 2015).", "Sport New Zealand"),
    ],
)
def test_bodies_named_with_irish_words_or_after_their_country(sentence: str, author: str) -> None:
    report = _check([sentence], ENTRIES[:1])
    assert ("cited_not_listed", author) in _unlisted_authors(report)


def test_a_firm_s_forms_wrapped_over_two_lines_are_one_entry() -> None:
    entries = split_entries(
        "Ashworth, R. et al. (2011) Global marketing. 9th edn. Cham: Springer.\nBeckhoff Automation GmbH & Co.\n"
        "KG (no date) Technical brochure. Available at: https://www.beckhoff.com/x\n"
        "Bitkom (2016) The B2B buying journey. Available at: https://www.bitkom.com/x"
    )
    assert [parse_entry(entry).authors[0] for entry in entries] == [
        "Ashworth",
        "Beckhoff Automation GmbH & Co. KG",
        "Bitkom",
    ]


def test_mac_giolla_na_is_one_surname() -> None:
    entry = parse_entry("Gonzales, J. and Mac Giolla na Naomh, M. (2023) ‘Netball’, Journal, 1(2), pp. 1–2.")
    assert entry.authors == ("Gonzales", "Mac Giolla na Naomh")
    assert _authors("Rights were sold (Gonzales and Mac Giolla na Naomh, 2023).")[0][0] == (
        "Gonzales",
        "Mac Giolla na Naomh",
    )
