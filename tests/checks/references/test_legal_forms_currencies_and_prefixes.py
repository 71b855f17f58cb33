"""A legal form alone in a bracket ("(OAO, 2018)") or after a firm's name ("Belaruskali OAO"), two currencies'
codes ("(BYR and BYN, 2016)"), a thing a firm launched named by its kind before a bracket ("launched a new yogurt
line (Teos, 2022)"), firms whose names open with a number ("7-Eleven", "21vek.by"), Arabic names opening with
"Abu" or "Abd" ("(Abu Zaid, 2019)"), citeproc-py's rendering of a given name opening with an ʿayn ("al-Ṭayyib, .
ʿAlī .") and "clarified" as a reporting verb.

Then what the blind123 to blind125 pools showed: a regulator or a licence named by its letters after its kind ("the
regulator (ETCCPA, 2019)"), a fast named after "season", a degree being studied for or written with its university
("(MBA, VU Amsterdam, 2017)"), a survey that "is the only source", a city after a campaign, an abbreviation spelled
out by syllables ("FIKIN (Foire Internationale de Kinshasa, 2019)"), "made clear", Chinese-Surinamese surnames
("Tjon A Fong") and Dutch ministries with commas in their names.

Shapes those pools showed once they became development data (stop 36); the examples here are made up, of the same
shape.
"""

from __future__ import annotations

import pytest

from marker.checks.references.entries import parse_entry, split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds, _looks_cited, _noted, _unlisted_authors

NOVIK = "Novik, A. (2019) Marketing in Belarus. Minsk: Vysheishaya Shkola."


@pytest.mark.parametrize(
    "sentence",
    [
        "The dairy became an open joint-stock company (OAO, 2018).",
        "The bank was registered as a closed company (ZAO, 2009).",
        "Price tags showed both currencies (BYR and BYN, 2016).",
        "Prices were quoted in two currencies (RUB and BYN, 2022).",
        "Savushkin launched a new yogurt line (Teos, 2022).",
        "The bakery introduced its gluten-free range (Zlata, 2021).",
        "The operator rolled out a prepaid card (Velcom, 2012).",
        "Coverage widened quickly (5G, 2021).",
    ],
)
def test_no_source_is_read_where_a_bracket_names_a_legal_form_a_currency_or_a_thing_launched(sentence: str) -> None:
    report = _check([sentence, "Novik (2019) argues that loyalty is local."], [NOVIK])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "entry", "cited"),
    [
        ("Potash exports fell (Belaruskali OAO, 2020).",
         "Belaruskali OAO (2020) Annual report 2020. Soligorsk: Belaruskali.", ("Belaruskali OAO",)),
        ("Savushkin Product OJSC (2021) argues that private labels grow.",
         "Savushkin Product OJSC (2021) Sustainability report. Brest: Savushkin Product.", ("Savushkin Product OJSC",)),
        ("Convenience formats spread fast (7-Eleven, 2019).",
         "7-Eleven (2019) Annual report. Dallas: 7-Eleven Inc.", ("7-Eleven",)),
        ("Online retail grew by a third (21vek.by, 2009).",
         "21vek.by (2009) About us. Available at: https://www.21vek.by/about (Accessed: 2 May 2024).", ("21vek.by",)),
        ("Innovation is a habit there (3M, 2020).",
         "3M (2020) Innovation report. St Paul, MN: 3M Company.", ("3M",)),
    ],
)  # fmt: skip
def test_a_firm_with_a_russian_legal_form_or_opening_with_a_number_is_cited_where_the_list_names_it(
    sentence: str, entry: str, cited: tuple[str, ...]
) -> None:
    report = _check([sentence], [entry])
    assert _cited(report) == [(cited, report.citations[0].year)]
    assert _kinds(report) == []


def test_a_name_opening_with_a_number_is_not_certain_without_the_list() -> None:
    # "(7-Eleven, 2019)" and "(5G, 2021)" have one shape: with no entry naming it, neither is reported.
    report = _check(["Convenience formats spread fast (7-Eleven, 2019)."], [NOVIK])
    assert _cited(report) == []
    assert _kinds(report) == ["listed_not_cited"]


def test_a_brand_launched_with_its_maker_cited_stays_a_citation_when_listed() -> None:
    entry = "Teos, M. (2022) ‘Dairy brands in Belarus’, Baltic Journal of Management, 17(3), pp. 1–12."
    report = _check(["Savushkin launched a new yogurt line (Teos, 2022)."], [entry])
    assert _cited(report) == [(("Teos",), "2022")]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "entry", "cited"),
    [
        ("Remittances from the Gulf shape spending (Abu Zaid, 2019).", NOVIK, ("Abu Zaid",)),
        ("Word of mouth beats advertising (Abdel Gadir, 2001).", NOVIK, ("Abdel Gadir",)),
        ("Agents matter most in rural areas (Abd Elmoneim, 2004).", NOVIK, ("Abd Elmoneim",)),
    ],
)
def test_an_arabic_surname_opening_with_abu_or_abd_is_an_author_even_unlisted(
    sentence: str, entry: str, cited: tuple[str, ...]
) -> None:
    report = _check([sentence], [entry])
    assert (cited, "cited_not_listed") in [((author,), kind) for kind, author in _unlisted_authors(report)]


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        ("al-Ṭayyib, . ʿAlī . (2002) ‘Mobile money use surges’, Eye Radio, 4 December.", ("al-Ṭayyib",)),
        ("Mohamed Ali, A.M. and al-Ṭayyib, . ʿAlī . (2014) ‘Word of mouth in Omdurman’, Journal of Management "
         "Studies, 22(2), pp. 227–254.", ("Mohamed Ali", "al-Ṭayyib")),
        ("Eltayeb, M.O. and Ḥasan, . ʿAbd A. (2024) Brands in Sudan. 7th edn. Woodbridge: James Currey.",
         ("Eltayeb", "Ḥasan")),
    ],
)  # fmt: skip
def test_a_given_name_opening_with_an_ayn_as_citeproc_renders_it_is_read_as_initials(
    entry: str, authors: tuple[str, ...]
) -> None:
    assert parse_entry(entry, block_index=0, list_index=0).authors == authors


def test_clarified_is_what_an_author_does() -> None:
    report = _check(["Deng (2013) clarified that customers switch networks when data prices rise."], [NOVIK])
    assert ((("Deng",), "cited_not_listed")) in [((p.author,), p.kind) for p in report.problems]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices are now monitored by the regulator (KCCA, 2019).",
        "The licence (TIC, 2020) allows foreign ownership of up to 49%.",
        "Brands avoided alcohol advertising during the fasting season (Tsome, 2015).",
        "The harvest festival (Dia di San Juan, 2019) is a chance for the brewer to show its roots.",
        "The writer is studying for an MBA (Unity University, 2019) part-time.",
        "The marketing manager holds a degree (MBA, VU Amsterdam, 2017).",
        "She took the course in Willemstad (CIM Diploma, FHR, 2012).",
        "He graduated in Curaçao (Bachelor Business Administration, UoC, 2021).",
        "The Household Budget Survey (2021) is the only source for rural spending.",
        "The agency's vaccination campaign (Goma, 2019) used SMS reminders.",
        "The drink was launched at the FIKIN (Foire Internationale de Kinshasa, 2019).",
    ],
)
def test_no_source_is_read_where_a_bracket_names_a_body_a_season_a_degree_or_a_place_after_its_kind(
    sentence: str,
) -> None:
    report = _check([sentence, "Novik (2019) argues that loyalty is local."], [NOVIK])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("IMF (2019) made clear that personalisation only works when the offer is relevant.", "IMF"),
        ("Oostindie and Gumbs (2005) made clear that CSR is expected of mining firms.", "Oostindie"),
    ],
)
def test_what_an_author_made_clear_is_cited(sentence: str, author: str) -> None:
    report = _check([sentence], [NOVIK])
    assert ("cited_not_listed", author) in [(p.kind, p.author) for p in report.problems]


def test_glastonbury_made_money_is_no_citation() -> None:
    report = _check(
        ["Glastonbury (2024) made £10m for charity.", "Novik (2019) argues that loyalty is local."], [NOVIK]
    )
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        ("Tjon A Fong, R. (2019) Supermarket labels. Paramaribo: Vaco.", ("Tjon A Fong",)),
        ("Lie A Ling, K. and Venetiaan, M. (2010) Retail banks in Curaçao. Willemstad: UoC.",
         ("Lie A Ling", "Venetiaan")),
        ("Kong A San, M. et al. (2013) ‘Beer brand loyalty’, Caribbean Journal of Marketing, 2(1), pp. 1–12.",
         ("Kong A San",)),
        ("Ministerie van Handel, Industrie en Toerisme (2018) Toerisme in cijfers. Paramaribo: HIT.",
         ("Ministerie van Handel, Industrie en Toerisme",)),
    ],
)  # fmt: skip
def test_chinese_surinamese_surnames_and_a_dutch_ministry_are_read_whole(entry: str, authors: tuple[str, ...]) -> None:
    assert parse_entry(entry, block_index=0, list_index=0).authors == authors


def test_a_dutch_ministry_with_a_comma_in_its_name_is_cited_where_listed() -> None:
    entry = "Ministerie van Handel, Industrie en Toerisme (2018) Toerisme in cijfers. Paramaribo: HIT."
    report = _check(["Arrivals rose by a fifth (Ministerie van Handel, Industrie en Toerisme, 2018)."], [entry])
    assert _cited(report) == [(("Ministerie van Handel, Industrie en Toerisme",), "2018")]
    assert _kinds(report) == []


def test_saint_abbreviated_inside_a_firms_name_opens_no_new_entry() -> None:
    entries = split_entries(
        "Mulder, C. (2011) Resorts. Willemstad: UoC.\n"
        "Port St. Maarten Group (2012) Investor presentation. Philipsburg: Port St. Maarten Group."
    )
    assert [parse_entry(e, block_index=0, list_index=0).authors for e in entries] == [
        ("Mulder",),
        ("Port St. Maarten Group",),
    ]


def test_a_place_after_writing_on_is_no_author_of_the_list_after_it() -> None:
    report = _check(["Writing on Eritrea, Seid and Gebreslassie (2024) suggested that buyers pay more."], [NOVIK])
    assert _cited(report) == [(("Seid", "Gebreslassie"), "2024")]


@pytest.mark.parametrize(
    ("sentence", "certain"),
    [
        # Two names in a bracket may be a pair of that year: worth checking, not certain.
        ("Loyalty grew in the islands (Croes and Maduro, 2019).", False),
        # Certain only where every name reads as an author's: "Pinas" is in no list of family names.
        ("Loyalty grew in the islands (Croes, Pinas and Maduro, 2019).", False),
        ("Loyalty grew in the islands (Croes, Smith and Maduro, 2019).", True),
        ("Loyalty grew in the islands (Croes, Aruba Bank, 2019).", False),  # no "and": a list Harvard does not write
    ],
)
def test_several_unlisted_names_are_certain_only_when_joined_as_harvard_joins_authors(
    sentence: str, certain: bool
) -> None:
    report = _check([sentence], [NOVIK])
    # A certain one is a problem of its own; one only worth checking is named in the one note, as looking cited.
    assert [(p.kind, p.certain) for p in report.problems if p.kind == "cited_not_listed"] == (
        [("cited_not_listed", True)] if certain else []
    )
    assert _noted(report) == _looks_cited(report) == ([] if certain else ["Croes"])


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        ("Banks grew fastest on the islands (De Castro and in 't Veld, 2011).", ("De Castro", "in 't Veld")),
        ("Banks grew fastest on the islands (in 't Veld, 2008).", ("in 't Veld",)),
        ("Sedney and in 't Veld (2015) argue that remittances drive spending.", ("Sedney", "in 't Veld")),
        ("Banks grew fastest on the islands (in de Vries, 2011).", ("de Vries",)),  # "in" the work of de Vries
    ],
)
def test_dutch_in_before_an_article_opens_a_surname(sentence: str, cited: tuple[str, ...]) -> None:
    report = _check([sentence], [NOVIK])
    assert _cited(report) == [(cited, report.citations[0].year)]


def test_a_title_ending_on_a_place_is_credited_and_a_season_cited_by_several_authors_is_read() -> None:
    report = _check(
        [
            "Emily in Paris (Netflix, 2020) is often discussed as product placement.",
            "Diaspora audiences amplify campaigns during the festive season (Lynch et al., 2016).",
        ],
        [NOVIK],
    )
    assert [(p.kind, p.author) for p in report.problems if p.kind == "cited_not_listed"] == [
        ("cited_not_listed", "Lynch")
    ]


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Low-cost flights have changed how families plan holidays (McAllister, 2020).", "McAllister"),
        ("Streaming has changed how buyers follow a season (de Burgh, 2016).", "de Burgh"),
        ("Licensed operators face tighter scrutiny from the UK regulator (Tranter, 2018).", "Tranter"),
        ("Direct bookings protect a hotel's margin from OTA commission (TurkStat, 2024).", "TurkStat"),
    ],
)
def test_a_claim_ending_on_a_word_the_naming_rules_know_is_cited(sentence: str, author: str) -> None:
    report = _check([sentence], [NOVIK])
    assert ("cited_not_listed", author) in _unlisted_authors(report)
    assert not report.citations[0].weak
