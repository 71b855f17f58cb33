"""A listed body's name read whole where the text gives it before a year, whatever it holds (commas, brackets,
initials, small words in other languages); bodies' names in Italian, Indonesian and Filipino; an abbreviation
inside a name; and entries whose people carry a generation, a second surname after "d'", or a given name that
citeproc-py renders as ". 'Ana .".

Shapes the blind57 to blind59 pools showed once they became development data (stop 30); the examples here are
made up, of the same shape.
"""

from __future__ import annotations

import pytest

from marker.checks.references import parse_entry, split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds


@pytest.mark.parametrize(
    ("sentence", "entry", "name"),
    [
        (
            "Department of Transport, Tasmania (no date, p. 12) showed that the offer must feel worth it.",
            "Department of Transport, Tasmania (no date) Road safety insights. Available at: https://www.t.gov.au/r "
            "(Accessed: 2 May 2024).",
            "Department of Transport, Tasmania",
        ),
        (
            "As Ernst Young (EY) Malaysia (2011) explained, cash on delivery still matters.",
            "Ernst Young (EY) Malaysia (2011) Payments in Malaysia. Kuala Lumpur: EY.",
            "Ernst Young (EY) Malaysia",
        ),
        (
            "PT Garuda Nusantara (Persero) Tbk’s (2021) study shows that halal labels reassure.",
            "PT Garuda Nusantara (Persero) Tbk (2021) Annual report 2021. Jakarta: Garuda Nusantara.",
            "PT Garuda Nusantara (Persero) Tbk",
        ),
        (
            "In Japan, Ferrero G. e M. Fratelli S.p.A. Società Benefit (2019) warns that origin adds a premium.",
            "Ferrero G. e M. Fratelli S.p.A. Società Benefit (2019) Sustainability report 2019. Alba: Ferrero.",
            "Ferrero G. e M. Fratelli S.p.A. Società Benefit",
        ),
        (
            "Trade fairs open doors (ENIT - Agenzia per la promozione dell'offerta turistica internazionale, 2018).",
            "ENIT - Agenzia per la promozione dell'offerta turistica internazionale (2018) Rapporto. Roma: ENIT.",
            "ENIT - Agenzia per la promozione dell'offerta turistica internazionale",
        ),
    ],
)
def test_a_listed_bodys_name_given_whole_is_read_whole(sentence: str, entry: str, name: str) -> None:
    report = _check([sentence], [entry])
    assert [c.authors for c in report.citations] == [(name,)]
    # Read as the list gives it, the citation and the entry agree: no "not in the list", no "not cited".
    assert _kinds(report) == []


def test_a_listed_name_running_on_into_a_longer_one_is_not_taken_for_it() -> None:
    # "Department of Health" is listed, but the text cites "Department of Health and Social Care": the listed name
    # is followed by more of a name, not by its year, and the citation keeps the longer name.
    report = _check(
        ["Screening saves lives (Department of Health and Social Care, 2019)."],
        ["Department of Health (2019) Screening. London: DH."],
    )
    assert _cited(report) == [(("Department of Health and Social Care",), "2019")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "A study in Cebu by Bangko Sentral ng Pilipinas (BSP) (2020) confirmed that QR codes help.",
            "Bangko Sentral ng Pilipinas",
        ),
        (
            "After the update, Kementerian Perindustrian dan Perdagangan (Kemenperin) (2017) showed that prices vary.",
            "Kementerian Perindustrian dan Perdagangan",
        ),
        (
            "Istituto dell'Autodisciplina Commerciale (IAC) (no date) reports that green claims meet doubt.",
            "Istituto dell'Autodisciplina Commerciale",
        ),
        ("This matches what Società Agricola Tenuta dei Colli (2015) describes.", "Società Agricola Tenuta dei Colli"),
        ("However, MarketWatchers (MW) Vietnam (2012) warned that sachets sell.", "MarketWatchers (MW) Vietnam"),
    ],
)
def test_a_bodys_name_in_its_own_language_or_with_its_abbreviation_inside_is_read_whole_unlisted(
    sentence: str, name: str
) -> None:
    # Not listed: the warning that it is missing from the list must name the body, not its last word.
    report = _check([sentence], ["Okoro, T. (2020) Pricing. London: Sage."])
    assert [c.authors for c in report.citations] == [(name,)]
    assert "cited_not_listed" in _kinds(report)


def test_an_abbreviation_that_is_not_the_names_letters_does_not_join_it() -> None:
    # "(UK)" gives no letters of "Tesco": the bracket is the sentence's, and the name after it stands alone.
    report = _check(
        ["Sales at Tesco (UK) rose; Okoro (2020) explains why."], ["Okoro, T. (2020) Pricing. London: Sage."]
    )
    assert [c.authors for c in report.citations] == [("Okoro",)]
    report = _check(["As Tesco (UK) Okoro (2020) put it, prices rose."], ["Okoro, T. (2020) Pricing. London: Sage."])
    assert [c.authors for c in report.citations] == [("Okoro",)]


def test_a_wider_reading_listed_for_that_year_wins_over_a_listed_author_of_another() -> None:
    # "Rossi" is listed for 2025; "Bianchi, Rossi and Verdi" for 1994: the possessive cites the 1994 work.
    report = _check(
        ["Bianchi, Rossi and Verdi's (1994) study of exporters found that heritage sells."],
        [
            "Bianchi, A., Rossi, P. and Verdi, M. (1994) Exporters. Milano: Egea.",
            "Rossi, P. (2025) Brands. Milano: Egea.",
        ],
    )
    assert _cited(report) == [(("Bianchi", "Rossi", "Verdi"), "1994")]
    assert [p.kind for p in report.problems if p.kind != "listed_not_cited"] == []


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        (
            "dela Paz, R., III, Moreno-Cruz, O., Jr. and Villar, J. (2019) ‘Why rural buyers trust’, Journal of "
            "Retailing, 3(2), pp. 1–2.",
            ("dela Paz", "Moreno-Cruz", "Villar"),
        ),
        (
            "Tan, K., II and Hartono, I. (2003a) ‘Flash sales’, Journal of Asian Business, 50(3), pp. 458–469.",
            ("Tan", "Hartono"),
        ),
        ("Spina d'Aragona, R. and Cinà, M.C. (2021) Quiet luxury. Milano: Egea.", ("Spina d'Aragona", "Cinà")),
        (
            "Tupou, . 'Ana . and Brown, G. (2007) Audience insights. Auckland: Bridget Williams Books.",
            ("Tupou", "Brown"),
        ),
    ],
)
def test_entry_people_with_a_generation_a_second_surname_or_a_rendered_given_name(
    entry: str, authors: tuple[str, ...]
) -> None:
    parsed = parse_entry(entry, block_index=0, list_index=0)
    assert parsed.authors == authors
    assert not parsed.organisation


def test_a_generation_is_no_author_of_its_own() -> None:
    report = _check(
        ["Rural buyers trust cash (dela Paz, Moreno-Cruz and Villar, 2019)."],
        ["dela Paz, R., III, Moreno-Cruz, O., II and Villar, J. (2019) Trust. Manila: Anvil."],
    )
    # Three authors in the list: "et al." is not wanted, and the citation matches.
    assert _kinds(report) == []


def test_an_entry_opening_with_a_rendered_given_name_opens_its_own_entry() -> None:
    lines = (
        "Bamblett, M. (2006) Quitline referrals. Melbourne:\nOxford University Press.\n"
        "Tupou, . 'Ana . and Brown, G. (2007) Audience insights on smokefree\ngeneration policy. Auckland: Bridget "
        "Williams Books."
    )
    assert [entry.split(" (")[0] for entry in split_entries(lines)] == [
        "Bamblett, M.",
        "Tupou, . 'Ana . and Brown, G.",
    ]


def test_a_firms_dotted_form_inside_its_name_ends_no_entry() -> None:
    lines = (
        "Barbieri, A. and Soru, P. (2014) Brands. Abingdon: Routledge.\n"
        "Ferrero G. e M. Fratelli S.p.A. Società Benefit (2019) Sustainability report 2019.\n"
        "Alba: Ferrero G. e M. Fratelli S.p.A. Available at:\nhttps://www.example.it/en/1."
    )
    entries = split_entries(lines)
    assert len(entries) == 2
    assert entries[1].startswith("Ferrero G. e M. Fratelli S.p.A. Società Benefit (2019)")
