"""A legal form alone in a bracket ("(OAO, 2018)") or after a firm's name ("Belaruskali OAO"), two currencies'
codes ("(BYR and BYN, 2016)"), a thing a firm launched named by its kind before a bracket ("launched a new yogurt
line (Teos, 2022)"), firms whose names open with a number ("7-Eleven", "21vek.by"), Arabic names opening with
"Abu" or "Abd" ("(Abu Zaid, 2019)"), citeproc-py's rendering of a given name opening with an ʿayn ("al-Ṭayyib, .
ʿAlī .") and "clarified" as a reporting verb.

Shapes the blind120 and blind121 pools showed once they became development data (stop 36); the examples here are
made up, of the same shape.
"""

from __future__ import annotations

import pytest

from marker.checks.references.entries import parse_entry
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds

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
    assert (cited, "cited_not_listed") in [((p.author,), p.kind) for p in report.problems]


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
