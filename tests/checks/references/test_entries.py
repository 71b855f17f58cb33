"""Reading reference-list entries and splitting PDF blocks that hold several."""

from __future__ import annotations

from marker.checks.references import parse_entry, split_entries


def test_book_entry() -> None:
    entry = parse_entry("Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson.")
    assert (entry.authors, entry.year, entry.kind, entry.title) == (
        ("Chaffey", "Ellis-Chadwick"), "2019", "book", "Digital marketing",
    )  # fmt: skip


def test_journal_entry_with_doi_and_et_al() -> None:
    entry = parse_entry(
        "van Doorn, J. et al. (2010) ‘Customer engagement behavior’, Journal of Service Research, 13(3), "
        "pp. 253–266. Available at: https://doi.org/10.1177/1094670510375599."
    )
    assert (entry.authors, entry.et_al, entry.kind) == (("van Doorn",), True, "journal")
    assert entry.doi == "10.1177/1094670510375599"
    assert entry.title == "Customer engagement behavior"


def test_web_entry_with_organisation_abbreviation_and_access_date() -> None:
    entry = parse_entry(
        "Chartered Institute of Marketing (CIM) (2019) Digital skills. Available at: https://www.cim.co.uk/x "
        "(Accessed: 12 March 2024)."
    )
    assert (entry.authors, entry.aliases, entry.organisation) == (("Chartered Institute of Marketing",), ("CIM",), True)
    assert (entry.kind, entry.url, entry.accessed) == ("web", "https://www.cim.co.uk/x", "12 March 2024")


def test_chapter_report_and_undated_entries() -> None:
    chapter = parse_entry("Keller, K. (2002) ‘Brand equity’, in B. Weitz (ed.) Handbook of marketing. London: Sage.")
    report = parse_entry("Tesco PLC (2023) Annual report 2023. Welwyn Garden City: Tesco PLC.")
    undated = parse_entry("Statista (no date) Mobile traffic. Available at: https://www.statista.com/x")
    assert (chapter.kind, report.kind, undated.year) == ("chapter", "report", "n.d.")


def test_entry_without_year_has_authors_and_no_year() -> None:
    entry = parse_entry("Harris, J. Customer loyalty in UK grocery retail. London: Routledge.")
    assert (entry.authors, entry.year) == (("Harris",), None)


def test_pdf_block_with_wrapped_entries_splits_on_entry_starts() -> None:
    block = (
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing: strategy,\n"
        "implementation and practice. 7th edn. Harlow: Pearson.\n"
        "Chartered Institute of Marketing (2019) Trends. Available at: https://www.cim.co.\n"
        "uk/trends (Accessed: 12 March 2024).\n"
        "Ryan, D. (2016) Understanding digital marketing. London: Kogan\nPage."
    )
    entries = split_entries(block)
    assert len(entries) == 3
    assert entries[0].endswith("strategy, implementation and practice. 7th edn. Harlow: Pearson.")
    assert "https://www.cim.co.uk/trends (Accessed" in entries[1]
    assert parse_entry(entries[1]).url == "https://www.cim.co.uk/trends"


def test_pdf_paragraph_of_entries_run_together_splits_after_each_entry() -> None:
    # A PDF whose entries have no space between them reads as one paragraph: its lines joined by spaces.
    block = (
        "O'Baker, D. and Sacristán, T. (1993) ‘The role of customer journeys’, in K. da Smith and L. Scharroo "
        "(eds) The price promotions handbook. London: Sage, pp. 13–42. ONS (1988) Rethinking customer lifetime "
        "value. Available at: https://www.gov.uk/x (Accessed: 10 November 2022). la Morán, M. (1985) ‘How "
        "automation shapes services’, International Journal of Marketing, 34(4), pp. 488–509. Society of Data "
        "Protection (SDP) (1987) The role of word of mouth. London: Society of Data Protection. innocent drinks "
        "(2023) Our story. Available at: https://www.innocentdrinks.co.uk (Accessed: 2 May 2024). eBay Inc. (1997) "
        "Marketing automation in practice. Available at: http://www.example.com/tag (Accessed: 12 May 2022)."
    )
    entries = [parse_entry(text) for text in split_entries(block)]
    assert [(e.authors[0], e.year) for e in entries] == [
        ("O'Baker", "1993"), ("ONS", "1988"), ("la Morán", "1985"), ("Society of Data Protection", "1987"),
        ("innocent drinks", "2023"), ("eBay Inc", "1997"),
    ]  # fmt: skip
    assert entries[0].text.endswith("London: Sage, pp. 13–42.")
    assert entries[1].accessed == "10 November 2022"


def test_full_stops_inside_one_entry_do_not_split_it() -> None:
    text = (
        "Brown, K. L. and Smith, J. (2020) Digital marketing. 2nd edn. Edited by A. Jones. London: Sage. "
        "Available at: https://example.com/a.b (Accessed: 3 May 2021)."
    )
    assert split_entries(text) == [text]


def test_line_that_ends_an_entry_cut_off_mid_sentence_is_not_a_new_entry() -> None:
    block = (
        "Trincavelli, F. (1995) The role of omnichannel retailing in applications. Abingdon:\n"
        "Pearson. Trubin, D., Donnelly, J. and Gay, C. (2025) ‘How omnichannel retailing shapes services’, "
        "Journal of Marketing, 47(10), pp. 398–426."
    )
    entries = [parse_entry(text) for text in split_entries(block)]
    assert [(e.authors[0], e.year) for e in entries] == [("Trincavelli", "1995"), ("Trubin", "2025")]
    assert entries[0].text.endswith("Abingdon: Pearson.")


def test_a_publisher_named_like_people_does_not_start_an_entry() -> None:
    block = (
        "Brown, Carter and Harris (2025) Impact report 1997. London: Brown, Carter and Harris. Available at: "
        "http://www.example.com/search (Accessed: 25 April 2025). Department of Communications (2002) Rethinking "
        "word of mouth. Available at: https://example.info/blog (Accessed: 27 December 2023)."
    )
    entries = [parse_entry(text) for text in split_entries(block)]
    assert [(e.authors[0], e.year) for e in entries] == [
        ("Brown", "2025"), ("Department of Communications", "2002"),
    ]  # fmt: skip
    assert entries[0].accessed == "25 April 2025"


def test_a_line_ending_the_entry_before_and_opening_the_next_is_split_between_them() -> None:
    block = (
        "Yáñez, R. and Seery, M. (2010a) ‘How online reviews shape loyalty’, Journal of Marketing, 3(1), pp. 1–9.\n"
        "Available at: https://doi.org/10.4231/awOq.73809. Yáñez, R. and Seery, M. (2010b) ‘Rethinking customer "
        "lifetime value’, European Journal of Strategic Marketing, 2(8), pp. 249–269.\n"
        "J. Sainsbury plc (2020) Annual report 2020. London: J. Sainsbury plc. Available at: https://doi.org/10.9/x.\n"
        "ten Kennedy, C., McDwyer, G. and Cooke, A. (1999a) ‘How customer lifetime\nvalue shapes consumption’."
    )
    entries = [parse_entry(text) for text in split_entries(block)]
    assert [(e.authors[0], e.year) for e in entries] == [
        ("Yáñez", "2010a"), ("Yáñez", "2010b"), ("J. Sainsbury plc", "2020"), ("ten Kennedy", "1999a"),
    ]  # fmt: skip
    assert entries[0].doi == "10.4231/awOq.73809"
