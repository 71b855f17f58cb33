"""A place or a participle's phrase before a list of authors ("In Texas, Brandt, Keller and Osei (2014)", "Looking at
Harbour Mall, Duval and Rakoto (1999) add"), names owning what follows ("In Asante, Boateng and Mensah’s (2003)
analysis"), a body's name listing its fields before "and", a firm's second legal form ("Pemberton Inc. Ltd", "Co.
S.A.L."), "& Co." inside a name, "Sol*", a college after the university it belongs to, a place and publisher with a
dotted state ("Bogotá, D.C.:"), and names that read as authors with no list to confirm them.

Shapes the blind93 to blind95 pools showed once they became development data (stop 33); the examples here are
made up, of the same shape.
"""

from __future__ import annotations

import pytest

from marker.checks.references.entries import parse_entry, split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds, _told_unlisted

MORENO = "Moreno, L. (2019) Retail in the borderlands. Austin, TX: Lone Star Press."


@pytest.mark.parametrize(
    "sentence",
    [
        "Turning to figures for Ohio, Brandt, Keller and Osei (2014, cited in Moreno, 2019) found that loyalty lags.",
        "In Portugal as in Texas, Brandt, Keller and Osei (2014, cited in Moreno, 2019) add that loyalty lags.",
        "Looking at Southern Arizona, Brandt, Keller and Osei (2014, cited in Moreno, 2019) note that loyalty lags.",
        "For Greater Leeds, Brandt, Keller and Osei (2014, cited in Moreno, 2019) show that loyalty lags.",
    ],
)
def test_a_place_before_a_list_of_authors_is_none_of_them(sentence: str) -> None:
    report = _check([sentence], [MORENO])
    assert _cited(report)[0] == (("Brandt", "Keller", "Osei"), "2014")
    assert "et_al_misuse" not in _kinds(report)


def test_a_participles_phrase_before_a_list_holds_the_first_name() -> None:
    report = _check(
        ["Looking at Harbour Mall, Duval and Rakoto (1999) add that footfall follows food."],
        ["Duval, A. and Rakoto, H. (1999) Malls and islands. Port Louis: Océan."],
    )
    assert _cited(report) == [(("Duval", "Rakoto"), "1999")]
    assert _kinds(report) == []


def test_according_to_still_brings_in_every_author() -> None:
    report = _check(
        ["According to Asante, Boateng and Mensah (2003) there is a gap in service recovery."],
        ["Asante, K., Boateng, E. and Mensah, J. (2003) Service recovery. Accra: Adwinsa."],
    )
    assert _cited(report) == [(("Asante", "Boateng", "Mensah"), "2003")]


def test_names_owning_what_follows_are_all_authors_after_in() -> None:
    report = _check(
        ["In Asante, Boateng and Mensah’s (2003) analysis, service recovery matters more than failure."],
        ["Asante, K., Boateng, E. and Mensah, J. (2003) Service recovery. Accra: Adwinsa."],
    )
    assert _cited(report) == [(("Asante", "Boateng", "Mensah"), "2003")]
    assert _kinds(report) == []


def test_a_body_listing_its_fields_before_and_is_one_author() -> None:
    report = _check(
        ["In Ministry of Tourism, Heritage and Culture’s (2012) report, packages cut spending outside hotels."],
        ["Ministry of Tourism, Heritage and Culture (2012) Visitor survey 2012. Victoria: Government Printer."],
    )
    assert _cited(report) == [(("Ministry of Tourism, Heritage and Culture",), "2012")]
    assert _kinds(report) == []


def test_a_firms_second_legal_form_ends_no_entry() -> None:
    entries = split_entries(
        "Abbott, R. (2014) Island retail. London: Sage. Pemberton Inc. Ltd (2015) Annual report 2015. "
        "Port Louis: Pemberton Inc. Ltd."
    )
    assert len(entries) == 2
    assert parse_entry(entries[1]).authors == ("Pemberton Inc. Ltd",)
    report = _check(
        ["Pemberton Inc. Ltd (2015) reports that bundles sell on data first."],
        ["Pemberton Inc. Ltd (2015) Annual report 2015. Port Louis: Pemberton Inc. Ltd."],
    )
    assert _cited(report) == [(("Pemberton Inc. Ltd",), "2015")]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "entry", "cited"),
    [
        # Read as "Marks and Spencer plc" is, in the text and in the list alike.
        (
            "Sales rose, as Halabi Canning and Preserving Co. S.A.L. (2021) found.",
            "Halabi Canning and Preserving Co. S.A.L. (2021) Annual report. Beirut: Halabi.",
            "Halabi Canning and Preserving Co. S.A.L. (2021)",
        ),
        (
            "Building on Nasser & Co. Consulting (2021), it can be argued that donors give more in Ramadan.",
            "Nasser & Co. Consulting (2021) Giving in Jordan. Amman: Nasser & Co.",
            "Nasser & Co. Consulting (2021)",
        ),
        (
            "In Seychelles, Sol* Hotels & Resorts (2018) found that guests book bundles.",
            "Sol* Hotels & Resorts (2018) Guest survey. Victoria: Sol* Hotels & Resorts.",
            "Sol* Hotels & Resorts (2018)",
        ),
    ],
)
def test_a_firms_name_runs_on_past_its_forms_and_marks(sentence: str, entry: str, cited: str) -> None:
    report = _check([sentence], [entry])
    assert [c.text for c in report.citations] == [cited]
    assert _kinds(report) == []


def test_a_college_after_its_university_is_no_citation() -> None:
    report = _check(
        ["I completed my MBA at UCLA (Hartwell School of Management, 2015) before joining the bank."],
        [MORENO],
    )
    assert "cited_not_listed" not in _kinds(report)


def test_a_college_cited_after_a_claim_is_still_a_citation() -> None:
    report = _check(["Bilingual adverts lift recall (Hartwell School of Management, 2015)."], [MORENO])
    assert "cited_not_listed" in _told_unlisted(report)


def test_a_place_and_publisher_with_a_dotted_state_is_no_title() -> None:
    report = _check(["Banks grow slowly (Ruiz, 2019)."], ["Ruiz, P. (2019). Bogotá, D.C.: Editorial Norte."])
    assert _kinds(report) == ["incomplete_entry"]
    wrapped = split_entries("Ruiz, P. (2019) La banca y el cliente.\nBogotá, D.C.: Editorial Norte.")
    assert len(wrapped) == 1


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        # "et al." follows a person's name, however many words the name has.
        ("Shoppers differ (see Ibarra Soto et al., 2020) by language.", ("Ibarra Soto",)),
        # Spanish "y" joins one person's two surnames.
        ("Ortega y Ruiz (2021) suggested that sponsorship builds affinity.", ("Ortega y Ruiz",)),
        # A source used to make a point.
        ("When we briefed the agency we used Ibarra (2024a) to show that recall rose.", ("Ibarra",)),
        # A word for an advert before a word for a body is the body's own ("Commercial Bank").
        ("The team could draw on Andean Commercial Bank Ltd (no date), who found that trust matters.",
         ("Andean Commercial Bank Ltd",)),
    ],
)  # fmt: skip
def test_names_that_read_as_authors_with_no_list_to_confirm_them(sentence: str, cited: tuple[str, ...]) -> None:
    report = _check([sentence], [])
    assert [c.authors for c in report.citations] == [cited]


def test_an_advert_named_after_a_place_is_still_no_author() -> None:
    report = _check(["Sales rose after Dubai Commercial (2019) aired on television."], [])
    assert report.citations == ()


def test_a_body_whose_name_lists_the_and_its_fields_is_one_author() -> None:
    entry = "Department of Trade, Industry, the Arts and Heritage (2001) Annual review 2001. Canberra: DTIAH."
    report = _check(["Exports grew (Department of Trade, Industry, the Arts and Heritage, 2001, p. 116)."], [entry])
    assert _cited(report) == [(("Department of Trade, Industry, the Arts and Heritage",), "2001")]
    assert _kinds(report) == []


def test_an_entry_written_with_its_year_in_a_form_not_read_is_not_uncited() -> None:
    entries = [
        "De Morgen (2017) News. Brussels: De Morgen.",
        "Kemp, L. (2015) Loyalty. London: Sage.",
        "Ramos, S., in 't Hof, A. and de Wit, R. (2011b) Bonus cards. Cham: Springer.",
    ]
    # "in 't Hof" in a bracket of several works is not read as a name; the entry's author and year are there.
    report = _check(["Cards keep shoppers (Kemp, 2015; Ramos, in 't Hof and de Wit, 2011b; De Morgen, 2017)."], entries)
    assert "listed_not_cited" not in _kinds(report)


def test_an_uncited_entry_beside_a_cited_work_of_its_author_and_year_is_still_uncited() -> None:
    entries = [
        "Kemp, L. (2015a) Loyalty. London: Sage.",
        "Kemp, L. and Ahmed, S. (2015) Cards. London: Sage.",
    ]
    report = _check(["Loyalty is earned (Kemp and Ahmed, 2015), as Kemp (2015a) shows."], entries[1:] + entries[:1])
    assert _kinds(report) == []
    report = _check(
        ["Loyalty is earned (Kemp and Ahmed, 2015)."], [entries[1], "Kemp, L. (2015) Loyalty. London: Sage."]
    )
    assert _kinds(report) == ["listed_not_cited"]


def test_a_body_cited_once_and_not_listed_is_worth_checking_not_certain() -> None:
    report = _check(["The firm moved to a full e-money licence (Bank of Arcadia, 2024). Shops grew (Moreno, 2019)."],
                    [MORENO])  # fmt: skip
    # Alone in its bracket, it may say who granted the licence: the one note names it.
    assert report.problems == ()
    assert [report.citations[index].text for index in report.unconfirmed] == ["(Bank of Arcadia, 2024)"]
    report = _check(["The firm moved to a licence (see Bank of Arcadia, 2024). Shops grew (Moreno, 2019)."],
                    [MORENO])  # fmt: skip
    assert [(p.kind, p.certain) for p in report.problems] == [("cited_not_listed", False)]
    assert report.problems[0].message.startswith("Check this")
    # A page, or the same work cited again, makes it surely a source the list lacks.
    report = _check(["The firm moved to a full licence (Bank of Arcadia, 2024, p. 4). Shops grew (Moreno, 2019)."],
                    [MORENO])  # fmt: skip
    assert [(p.kind, p.certain) for p in report.problems] == [("cited_not_listed", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Stores win on location (Reyes, Kemp and Lê, 2019).",  # the entry's author second in another work
        "Stores win on location (Kemp, 2018, cited in Ahmed, 2019).",  # another year first
        "Stores win on location, as Kemp Retail's (2019) survey shows.",  # a body's name run on
    ],
)
def test_an_uncited_entry_named_only_beside_another_work_is_still_uncited(text: str) -> None:
    entries = [
        "Kemp, L. (2019) Loyalty. London: Sage.",
        "Reyes, M., Kemp, L. and Lê, T. (2019) Stores. Leeds: Emerald.",
    ]
    report = _check([text], entries)
    assert ("listed_not_cited", "Kemp") in [(p.kind, p.author) for p in report.problems]


def test_a_surname_closed_by_son_of_or_daughter_of_is_one_name() -> None:
    """Kyrgyz "uulu" (son of) and "kyzy" (daughter of) close a surname made of the father's name."""
    entries = [
        "Almaz kyzy, A. and Osmonov, T. (2019) Apps. Bishkek: AUCA.",
        "Temir uulu, B. (2018) Trust. Bishkek: AUCA.",
        "Temir uulu, B. (2021) Apps. Bishkek: AUCA.",
    ]
    assert parse_entry(entries[1]).authors == ("Temir uulu",)
    report = _check(
        ["Trust grows (Temir uulu, 2018). Temir uulu (2021) found that apps win. As Almaz kyzy and Osmonov (2019) "
         "argue, wallets matter."],
        entries,
    )  # fmt: skip
    assert _cited(report) == [
        (("Temir uulu",), "2018"),
        (("Temir uulu",), "2021"),
        (("Almaz kyzy", "Osmonov"), "2019"),
    ]
    assert _kinds(report) == []


def test_a_surname_written_as_its_initials_is_a_name() -> None:
    """Nepali surnames written as initials ("K.C.", "B.K."), alone in a bracket or in a list of names."""
    entries = [
        "G.C., H. (2015) Trekking. Kathmandu: Ekta.",
        "G.C., H. and Sharma, P. (2013) Lodges. Kathmandu: Ekta.",
        "Thapa, R., D.B. and Lama, S. (2012) Tea. Kathmandu: Ekta.",
    ]
    report = _check(
        ["Guests book early (G.C., 2015). A premium is described by G.C. and Sharma (2013). Thapa, D.B. and Lama "
         "(2012) observed that tea sells."],
        entries,
    )  # fmt: skip
    assert [c.authors[0].rstrip(".") for c in report.citations] == ["G.C", "G.C", "Thapa"]
    assert _kinds(report) == []
    # An initial after a name is still the name's: "(Smith, J., 2019)".
    assert _cited(_check(["Prices rose (Smith, J., 2019)."], [])) == [(("Smith",), "2019")]


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        ("Thant, K.M., Min Thu and Pema Wangmo (2008) Brands. Yangon: Ava.", ("Thant", "Min Thu", "Pema Wangmo")),
        ("Søndergaard, M. and Ma Hnin Ei Phyo (1991) Bundles. Yangon: Ava.", ("Søndergaard", "Ma Hnin Ei Phyo")),
        ("Daw Khin Ei Htoo and Dhakal, R. (2011) Origin. Yangon: Ava.", ("Daw Khin Ei Htoo", "Dhakal")),
        ("Gurung, S. and U Tin Maung Oo (2018) Lodges. Pokhara: Ekta.", ("Gurung", "U Tin Maung Oo")),
    ],
)
def test_people_named_in_full_beside_surnames_and_initials(entry: str, authors: tuple[str, ...]) -> None:
    """Burmese and Bhutanese names have no surname: written whole, of up to four words, an honorific of one letter."""
    assert parse_entry(entry).authors == authors


def test_azerbaijani_patronymics_and_their_capital_schwa() -> None:
    """ "oglu" and "qizi" close a surname as "uulu" does; "Ə" opens one as any capital does, and sorts after "Z"
    as reference managers sort it."""
    entries = [
        "Rasul oglu, T. and Kerimli, S. (2016) Brands. Baku: ADA.",
        "Samir qizi, A. (2017) Tea. Baku: ADA.",
        "Əhmədova, L. (2015) Wallets. Baku: ADA.",
    ]
    assert [parse_entry(entry).authors for entry in entries] == [
        ("Rasul oglu", "Kerimli"),
        ("Samir qizi",),
        ("Əhmədova",),
    ]
    report = _check(
        ["Trust is low (Əhmədova, 2015; Rasul oglu and Kerimli, 2016). Samir qizi (2017) found that tea sells."],
        entries,
    )
    assert _kinds(report) == []


def test_a_law_named_by_its_country_and_subject_is_no_author() -> None:
    report = _check(
        ["The new Law of Ruritania on Personal Data Protection (2023) introduced stricter rules. Sales rose "
         "(Kemp, 2019)."],
        ["Kemp, L. (2019) Loyalty. London: Sage."],
    )  # fmt: skip
    assert _cited(report) == [(("Kemp",), "2019")]
    assert _kinds(report) == []


def test_a_convention_or_conference_of_a_year_is_no_author() -> None:
    report = _check(
        ["The Northern Traders Convention (2005) drew thousands of delegates. Sales rose (Kemp, 2019)."],
        ["Kemp, L. (2019) Loyalty. London: Sage."],
    )
    assert _kinds(report) == []


def test_a_thesis_institution_on_a_line_of_its_own_is_the_entrys() -> None:
    entries = split_entries(
        "Rasul oglu, T. (2016) Open banking in the Caucasus. MSc dissertation.\nISET, Tbilisi State University.\n"
        "Samir qizi, A. (2017) Tea. Baku: ADA."
    )
    assert len(entries) == 2
    assert entries[0].endswith("Tbilisi State University.")


def test_a_city_and_a_year_after_a_numbered_measure_is_no_citation() -> None:
    report = _check(["Proposition 4 (Tucson, 2009) was a bond for the port. Sales rose (Kemp, 2019)."],
                    ["Kemp, L. (2019) Loyalty. London: Sage."])  # fmt: skip
    assert _kinds(report) == []
