"""Malay and Tamil names written whole with the father's name ("Hairul Nizam bin Yusof", "Nur Ain bt. Sabtu",
"Kavitha a/p Rajendran"), a country before a government body's name in a wrapped list ("Saudi Arabia. Bureau of
Experts ... (2019)"), Hungarian, Slovak, Gulf and Malaysian firms' forms, Hungarian closing quotation marks
("„...”"), a body where an entry's title goes, and a body's name that lists its fields ("Department of
Agriculture, Food and the Marine").

Shapes the blind78 to blind83 pools showed once they became development data (stop 32); the examples here are
made up, of the same shape.
"""

from __future__ import annotations

import pytest

from marker.checks.references.entries import parse_entry, split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds, _told_unlisted


@pytest.mark.parametrize(
    ("sentence", "entry", "cited"),
    [
        (
            "Loyalty grows with each visit (Zulkarnain b. Mohd Nor and Hale, 2020, pp. 15–17).",
            "Zulkarnain b. Mohd Nor and Hale, J. (2020) ‘Bazaar loyalty’, Journal of Retail, 2(1), pp. 1–20.",
            ("Zulkarnain b. Mohd Nor", "Hale"),
        ),
        (
            "Later, Nur Aina bt. Sabri (2010) argues that cashback keeps users.",
            "Nur Aina bt. Sabri (2010) Dompet digital [Digital wallets]. Shah Alam: Penerbit Kota.",
            ("Nur Aina bt. Sabri",),
        ),
        (
            "The clearest finding is that of de Souza and Noor Haslina bte Idrus (1998), who tracked gifting.",
            "de Souza, C. and Noor Haslina bte Idrus (1998) ‘Festive gifting’, in L. Reed (ed.) Retail in Asia. "
            "Singapore: Cengage, pp. 1–9.",
            ("de Souza", "Noor Haslina bte Idrus"),
        ),
        (
            "Banks win trust slowly (Lee and Priya a/p Subramaniam, no date, pp. 180–183).",
            "Lee, G.K. and Priya a/p Subramaniam (no date) Trust online. Available at: https://lee.example/trust "
            "(Accessed: 27 February 2023).",
            ("Lee", "Priya a/p Subramaniam"),
        ),
    ],
)
def test_a_name_written_with_the_fathers_name_is_one_person(sentence: str, entry: str, cited: tuple[str, ...]) -> None:
    report = _check([sentence], [entry])
    assert [c.authors for c in report.citations] == [cited]
    assert _kinds(report) == []


def test_a_list_of_people_named_whole_gives_each_person() -> None:
    entry = parse_entry("Syed Hakim b. Mat Saad and Awang Jamil bin Mohd Noor (2010) Rethinking. London: Sage.")
    assert entry.authors == ("Syed Hakim b. Mat Saad", "Awang Jamil bin Mohd Noor")
    assert not entry.organisation


def test_the_fathers_name_may_be_linked_either_way() -> None:
    report = _check(
        ["Pereira and Hajah Rosmah bte Jaafar (2007) found that families shop together."],
        ["Pereira, D. and Hajah Rosmah bt. Jaafar (2007) Family shopping. Kuala Lumpur: Oxford Fajar."],
    )
    assert _kinds(report) == []


def test_a_wrapped_entry_of_people_named_whole_is_its_own_entry() -> None:
    text = (
        "Campaign Asia (2023) ‘Gen Z on TikTok Shop’, Campaign Asia, 14 January. Available at:\n"
        "https://campaign.example/gen-z (Accessed: 16 November 2024).\n"
        "Dayang Norlia bt. Hj Ali, Farah Nadira binti Ab Rahim and Amir Hakim bin Sulaiman\n"
        "(1995) ‘Influencer disclosure in Penang’, Pertanika Journal, 3(2), pp. 1–9."
    )
    entries = split_entries(text)
    assert len(entries) == 2
    assert parse_entry(entries[1]).authors == (
        "Dayang Norlia bt. Hj Ali",
        "Farah Nadira binti Ab Rahim",
        "Amir Hakim bin Sulaiman",
    )


def test_a_country_before_a_government_body_opens_its_entry() -> None:
    text = (
        "Kantar (2024) Telecoms in Oman: mobile and fixed broadband. Kantar.\n"
        "Saudi Arabia. Bureau of Experts at the Council of Ministers (2019) E-Commerce\n"
        "Law (Royal Decree M/126). Bureau of Experts at the Council of\n"
        "Ministers. Available at: https://laws.example/ecommerce (Accessed: 3 May 2024)."
    )
    entries = split_entries(text)
    assert [parse_entry(entry).authors for entry in entries] == [
        ("Kantar",),
        ("Saudi Arabia. Bureau of Experts at the Council of Ministers",),
    ]
    report = _check(
        ["Trust grows slowly (Kantar, 2024; Saudi Arabia. Bureau of Experts at the Council of Ministers, 2019)."],
        [text],
    )
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        ("Prices rose, as Vörösmarty Nyrt. (2022) argues in its report.", "Vörösmarty Nyrt."),
        ("Prices rose, as Dunántúli Szolgáltató Zrt. (no date) argues in its report.", "Dunántúli Szolgáltató Zrt."),
        ("Prices rose, as Gulf Dairy Q.P.S.C. (2010) argues in its report.", "Gulf Dairy Q.P.S.C."),
        ("Prices rose, as Nasr Foods K.S.C.P. (2016) argues in its report.", "Nasr Foods K.S.C.P."),
        ("Prices rose, as Bintang Snacks (M) Sdn. Bhd. (2022) argues in its report.", "Bintang Snacks (M) Sdn. Bhd."),
        ("Prices rose, as R&K's Foods (Pvt.) Ltd. (2011) argues in its report.", "R&K's Foods (Pvt.) Ltd."),
    ],
)
def test_a_firm_s_form_is_part_of_its_name(sentence: str, cited: str) -> None:
    report = _check([sentence], [])
    assert [c.authors for c in report.citations] == [(cited,)]


def test_an_entry_opens_with_a_firm_whose_name_holds_a_bracket() -> None:
    text = (
        "Lefèvre, S. (2012) Etika pengiklanan [Advertising ethics]. Shah\nAlam: Oxford Fajar.\n"
        "Bintang Snacks (M) Sdn. Bhd. (2022) Integrated annual report 2022. Kuala\n"
        "Lumpur: Bintang Snacks (M) Sdn. Bhd.\n"
        "R&K's Foods (Pvt.) Ltd. (2011) Annual report. Lahore: R&K's."
    )
    assert [parse_entry(entry).authors for entry in split_entries(text)] == [
        ("Lefèvre",),
        ("Bintang Snacks (M) Sdn. Bhd",),  # the list's full stop is not the name's: compared without it
        ("R&K's Foods (Pvt.) Ltd",),
    ]


def test_a_census_alone_is_no_author() -> None:
    report = _check(
        ["The office puts the population at 35.3 million (Census 2022). Shoppers trust brands (Kantar, 2023)."],
        ["Kantar (2023) Saudi shoppers. London: Kantar."],
    )
    assert _cited(report) == [(("Kantar",), "2023")]
    assert _kinds(report) == []


def test_hungarian_closing_marks_end_a_quotation() -> None:
    report = _check(
        ["Kovács (2018) writes that „Pharmacy customers value advice from staff above discounts and price cuts”."],
        ["Kovács, A. (2018) Patikai marketing [Pharmacy marketing]. Budapest: Akadémiai Kiadó."],
    )
    assert _kinds(report) == ["quotation_without_page"]


@pytest.mark.parametrize(
    "entry",
    [
        "van Dam, I. (1999). Port of Spain: Paria Publishing.",
        "Rolle, T., Abiola, K. and Ramsaran, K. (2023). Caribbean Tourism Organization (CTO).",
        "Senior, N. (2014). Caribbean Development Bank.",
        "Ho Sang, C. (2018). Telecommunications Authority of Trinidad and Tobago (TATT).",
    ],
)
def test_a_place_and_publisher_or_a_body_where_the_title_goes_is_no_title(entry: str) -> None:
    assert parse_entry(entry).title_only_publisher


def test_a_body_serving_a_place_is_still_a_title_when_more_follows() -> None:
    entry = parse_entry("Ho Sang, C. (2018) Tourism Authority of Jamaica. Kingston: Ian Randle.")
    assert not entry.title_only_publisher


def test_saint_and_a_double_initial_do_not_end_a_wrapped_entry() -> None:
    text = (
        "Senior, K. (2004) Marketing Barbados: private labels. MSc thesis. University of the West Indies, Mona.\n"
        "St. Clair, Z., de Freitas, J.-M. and Grant, D. (2016) Marketing Barbados: financial\n"
        "inclusion after COVID-19. 3rd edn. London: Kogan Page."
    )
    assert [parse_entry(entry).authors for entry in split_entries(text)] == [
        ("Senior",),
        ("St. Clair", "de Freitas", "Grant"),
    ]


def test_an_abbreviation_with_a_digit_before_the_year_opens_an_entry() -> None:
    text = (
        "Al Rashid, R. (2023) ‘5G bundles in Jeddah’,\nTourism Management, 51(2), pp. 154–184.\n"
        "Gulf Advertising Agencies Association (4A's) (no date) Dairy brand trust.\n"
        "Available at: https://gaaa.example/dairy (Accessed: 1 May 2020)."
    )
    entries = [parse_entry(entry) for entry in split_entries(text)]
    assert [entry.authors for entry in entries] == [("Al Rashid",), ("Gulf Advertising Agencies Association (4A's)",)]
    assert entries[0].url is None


def test_a_gaelic_infix_after_nic_is_inside_the_surname() -> None:
    entry = parse_entry("Nic a' Phì, E., Gruffydd, I. and de Barra, O. (2019) The value. London: Sage.")
    assert entry.authors == ("Nic a' Phì", "Gruffydd", "de Barra")


def test_a_body_listing_its_fields_is_one_author() -> None:
    report = _check(
        ["Similarly, Department of Agriculture, Food and the Sea (2024) argues that exports grew."],
        ["Department of Agriculture, Food and the Sea (2024) Annual review. Dublin: DAFS."],
    )
    assert _cited(report) == [(("Department of Agriculture, Food and the Sea",), "2024")]
    assert _kinds(report) == []


def test_a_government_body_after_its_country_is_cited_whole() -> None:
    entries = [
        "Saudi Arabia. Bureau of Experts at the Council of Ministers (2019) E-Commerce Law. Riyadh: BOE.",
        "Saudi Arabia. Bureau of Experts at the Council of Ministers (2021) Data Law. Riyadh: BOE.",
    ]
    report = _check(
        [
            "Trust is slow to build. Saudi Arabia. Bureau of Experts at the Council of Ministers (2019, pp. 43–45) "
            "sets the rules. Shops must comply (Saudi Arabia. Bureau of Experts at the Council of Ministers, 2021)."
        ],
        entries,
    )
    body = ("Saudi Arabia. Bureau of Experts at the Council of Ministers",)
    assert _cited(report) == [(body, "2019"), (body, "2021")]
    assert _kinds(report) == []


def test_an_unlisted_government_body_after_its_country_is_cited_not_listed() -> None:
    report = _check(
        ["Shops must comply with the rules on data (Oman. Bureau of Experts at the Council of Ministers, 2021)."],
        ["Kantar (2020) Gulf shoppers. London: Kantar."],
    )
    assert "cited_not_listed" in _told_unlisted(report)


def test_an_abbreviation_opening_in_lower_case_follows_a_body_s_name() -> None:
    report = _check(
        ["As Information & eServices Authority (iSA) (no date) reports, use rose among shoppers."],
        ["Information & eServices Authority (iSA) (no date) Statistics. Manama: iSA."],
    )
    assert _cited(report) == [(("Information & eServices Authority (iSA)",), "n.d.")]
    assert _kinds(report) == []


def test_a_word_for_a_bank_in_another_language_is_inside_the_name() -> None:
    report = _check(
        [
            "As Národná banka Slovenska (2015) shows, rates rose. Shops grew (Tesco, 2008). "
            "The Swiss bank UBS (2020) agrees."
        ],
        [
            "Národná banka Slovenska (2015) Report. Bratislava: NBS.",
            "Tesco (2008) Report. London: Tesco.",
            "UBS (2020) Report. Zurich: UBS.",
        ],
    )
    assert _cited(report) == [(("Národná banka Slovenska",), "2015"), (("Tesco",), "2008"), (("UBS",), "2020")]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "entry", "cited"),
    [
        (
            "This is consistent with Bodegas Arrels, S.L. (2012), who showed that branches still matter.",
            "Bodegas Arrels, S.L. (2012) Memoria anual. Bilbao: Bodegas Arrels, S.L.",
            "Bodegas Arrels",
        ),
        (
            "Fans buy more shirts after a cup run (Club Deportivo Ribera, S.A.D., 2014a).",
            "Club Deportivo Ribera, S.A.D. (2014a) Memoria. Madrid: CD Ribera.",
            "Club Deportivo Ribera, S.A.D.",
        ),
        (
            "Hijos de Ramírez, S.A.U. (no date) shows that export growth depends on distributors.",
            "Hijos de Ramírez, S.A.U. (no date) Nosotros. Available at: https://ramirez.example/nosotros "
            "(Accessed: 1 May 2022).",
            "Hijos de Ramírez",
        ),
    ],
)
def test_a_spanish_firm_s_form_after_its_comma_is_part_of_its_name(sentence: str, entry: str, cited: str) -> None:
    report = _check([sentence], [entry])
    assert [c.authors for c in report.citations] == [(cited,)]
    assert _kinds(report) == []


def test_a_surname_opening_with_an_okina_opens_an_entry() -> None:
    report = _check(
        ["Trust matters (Statista, 2007; ʻAkauola, 2009). ʻAkauola, Kenilolea and Khan (2023) agree."],
        [
            "ʻAkauola, S. (2009) Trust in Tonga. Suva: USP Press.",
            "ʻAkauola, V., Kenilolea, P. and Khan, S. (2023) Trust again. Suva: USP Press.",
            "Statista (2007) Pacific data. Hamburg: Statista.",
        ],
    )
    assert _cited(report) == [
        (("Statista",), "2007"),
        (("ʻAkauola",), "2009"),
        (("ʻAkauola", "Kenilolea", "Khan"), "2023"),
    ]
    assert _kinds(report) == []


def test_a_body_listing_its_fields_in_its_own_language_is_one_author() -> None:
    report = _check(
        [
            "Ministerio de Pesca, Agricultura y Alimentación (2015, p. 386) made the point. "
            "Departament d'Acció Rural, Alimentació i Agenda Verda (2009, p. 297) agrees."
        ],
        [
            "Departament d'Acció Rural, Alimentació i Agenda Verda (2009) Pla. Barcelona: Generalitat.",
            "Ministerio de Pesca, Agricultura y Alimentación (2015) Informe. Madrid: MAPA.",
        ],
    )
    assert _cited(report) == [
        (("Ministerio de Pesca, Agricultura y Alimentación",), "2015"),
        (("Departament d'Acció Rural, Alimentació i Agenda Verda",), "2009"),
    ]
    assert _kinds(report) == []


def test_a_body_and_a_firm_cited_together_stay_two_authors() -> None:
    report = _check(
        ["Stores grew (Ministerio de Sanidad and Kantar, 2020)."],
        ["Ministerio de Sanidad and Kantar (2020) Informe. Madrid: Ministerio de Sanidad."],
    )
    assert _cited(report) == [(("Ministerio de Sanidad", "Kantar"), "2020")]


def test_a_gazette_s_year_and_issue_is_no_citation() -> None:
    report = _check(
        ["The new rules were published in the Staatsblad (Stb. 2010, 19) and apply from 1 January."],
        ["Smit, J. (2019) Trust in Dutch banks. Amsterdam: Boom."],
    )
    assert report.citations == ()
    # A page after the year still makes an abbreviation a source: "(Stb. 2010, p. 19)" is read, if listed.
    listed = _check(
        ["The rules changed (Stb. 2010, p. 19)."],
        ["Stb. (2010) Wet van 25 juni 2010. Den Haag: Sdu."],
    )
    assert _cited(listed) == [(("Stb.",), "2010")]


def test_dutch_in_before_a_particle_opens_a_surname() -> None:
    text = (
        "Eneco (2014) Sustainability report 2014. Available at:\n"
        "https://eneco.example/report (Accessed: 17\nJanuary 2024).\n"
        "in 't Hout, N. and Visser, D. (2020) Parcel lockers versus chatbots in\n"
        "insurance. 10th edn. Harlow: Pearson."
    )
    assert [parse_entry(entry).authors for entry in split_entries(text)] == [("Eneco",), ("in 't Hout", "Visser")]
    report = _check(["Trust recovers slowly ('t Hout and Visser, 2020; Eneco, 2014)."], [text])
    assert _kinds(report) == []


def test_a_khoekhoe_click_opens_a_surname() -> None:
    report = _check(
        ["Shoppers cross borders (Dara and le Roux, 2007; !Nanub and Kumwenda, 2010). Prices rose (/Uirab, 2022)."],
        [
            "Dara, K. and le Roux, P. (2007) Retail. Windhoek: UNAM Press.",
            "!Nanub, I. and Kumwenda, T. (2010) ‘Cross-border shopping’, Journal of African Business, 2(1), pp. 1–9.",
            "/Uirab, H. (2022) Retail. Windhoek: UNAM Press.",
        ],
    )
    assert _cited(report) == [(("Dara", "le Roux"), "2007"), (("!Nanub", "Kumwenda"), "2010"), (("/Uirab",), "2022")]
    assert _kinds(report) == []


def test_a_law_s_name_wrapped_onto_the_next_line_is_not_a_new_entry() -> None:
    text = (
        "Republic of Zambia (2023) Information and Communication Technologies (Electronic Commerce)\n"
        "Regulations, Statutory Instrument No. 54 of 2023. Lusaka: Government Printer.\n"
        "Cohen, M. (2017) Customer-owned banking among under-35s. MBA dissertation.\n"
        "Bayes Business School, City, University of London."
    )
    assert [parse_entry(entry).authors for entry in split_entries(text)] == [("Republic of Zambia",), ("Cohen",)]


def test_faroese_particles_and_a_particle_written_apart_open_surnames() -> None:
    report = _check(
        ["Banners matter (d' Arsonval, 2022). Christensen and á Ryggi (1998) agree, as does í Lið (2010)."],
        [
            "Christensen, B. and á Ryggi, S. (1998) Fish. Tórshavn: Sprotin.",
            "d' Arsonval, J. (2022) ‘Consent banners’, Journal of Law, 2(1), pp. 1–9.",
            "í Lið, A. (2010) Tourism. Tórshavn: Sprotin.",
        ],
    )
    assert _cited(report) == [(("d' Arsonval",), "2022"), (("Christensen", "á Ryggi"), "1998"), (("í Lið",), "2010")]
    assert _kinds(report) == []


def test_a_guide_s_edition_is_no_author() -> None:
    report = _check(
        ["The hotel holds three stars (Guide 1995). Guests return (Kantar, 2023)."],
        ["Kantar (2023) Hotel guests. London: Kantar."],
    )
    assert _cited(report) == [(("Kantar",), "2023")]


def test_a_name_opening_with_a_figure_opens_an_entry() -> None:
    text = (
        "66°South (2023) Beyond the Northern Lights. Available at:\n"
        "https://south.example/lights (Accessed: 16\nFebruary 2025).\n"
        "66°South (no date) Rethinking Arctic tourism. Available at:\n"
        "https://south.example/arctic (Accessed: 10 May 2025)."
    )
    assert [(parse_entry(e).authors, parse_entry(e).year) for e in split_entries(text)] == [
        (("66°South",), "2023"),
        (("66°South",), "n.d."),
    ]
