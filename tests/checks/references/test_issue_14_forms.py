"""The forms issue 14 found failing on documents marker had never seen (examples made up, same shape)."""

from __future__ import annotations

from marker.checks.references import check_references
from marker.checks.regions import REFERENCE_LIST
from marker.documents.model import Block, BlockKind, Document


def _check(paragraphs: list[str], entries: list[str]):  # type: ignore[no-untyped-def]
    blocks = [Block(BlockKind.HEADING, "Task 1 (a) Overview", level=1)]
    regions: list[str | None] = ["1a"]
    for text in paragraphs:
        blocks.append(Block(BlockKind.PARAGRAPH, text))
        regions.append("1a")
    if entries:
        blocks.append(Block(BlockKind.HEADING, "References", level=1))
        regions.append(REFERENCE_LIST)
        for text in entries:
            blocks.append(Block(BlockKind.PARAGRAPH, text))
            regions.append(REFERENCE_LIST)
    return check_references(Document("report.docx", "docx", tuple(blocks), None, None), tuple(regions))


ENTRIES = [
    "Acme (2018) Annual report 2018. London: Acme.",
    "Barnes & Noble (2020) Our stores. Available at: https://www.example.com/stores (Accessed: 3 May 2024).",
    "Jones, A. and Patel, B. (2016) Retail marketing. Harlow: Pearson.",
    "Mintel (2023) Online reviews in the UK: market report 2023. London: Mintel Group.",
    "Smith, J., Brown, K., Lee, M. and Okafor, N. (2019) ‘Email and loyalty’, Journal of Marketing, 4(2), pp. 1–9.",
]


def test_long_paragraph_keeps_its_narrative_citations() -> None:
    # Names were looked for 200 characters back; their offsets were counted twice past that point.
    filler = "Customers compare prices across channels before they buy anything at all. " * 4
    report = _check([filler + "Smith et al. (2019) show that email builds loyalty."], ENTRIES)
    assert [(c.authors[0], c.year, c.narrative) for c in report.citations] == [("Smith", "2019", True)]


def test_narrative_forms_at_sentence_start_are_read_and_matched() -> None:
    report = _check(
        [
            "Acme (2018) found that sales rose. Jones and Patel (2016) stress the store. Barnes & Noble (2020) "
            "agree, and Mintel (2023) shows the same (Acme, 2018; Jones and Patel, 2016; Smith et al., 2019)."
        ],
        ENTRIES,
    )
    assert [(c.authors, c.year) for c in report.citations][:4] == [
        (("Acme",), "2018"), (("Jones", "Patel"), "2016"), (("Barnes & Noble",), "2020"), (("Mintel",), "2023"),
    ]  # fmt: skip
    assert len(report.citations) == 7
    assert report.problems == ()


def test_ampersand_in_an_organisation_name_is_no_problem() -> None:
    report = _check(["Stores still matter (Barnes & Noble, 2020)."], ENTRIES[1:2])
    assert [c.authors for c in report.citations] == [("Barnes & Noble",)]
    assert report.problems == ()


def test_abbreviation_and_year_without_a_comma_is_no_citation() -> None:
    # "(GDPR 2018)" in shape; GDPR itself is on the list of words that never name an author.
    report = _check(["Consent is recorded under the law (PECR 2003), as Acme (2018) explains."], ENTRIES[:1])
    assert [c.authors for c in report.citations] == [("Acme",)]
    assert report.problems == ()


def test_scare_quotes_and_quoted_examples_need_no_page() -> None:
    report = _check(
        [
            "Brands now talk of ‘human in the loop’ service (Acme, 2018). The subject line ‘Your basket misses "
            "you: 20% off today’ lifted opens (Acme, 2018)."
        ],
        ENTRIES[:1],
    )
    assert report.problems == ()


def test_a_real_quotation_without_a_page_is_flagged_as_check_this() -> None:
    report = _check(["Acme (2018) argues that ‘every store must earn its visit from a customer’."], ENTRIES[:1])
    [problem] = report.problems
    assert (problem.kind, problem.certain) == ("quotation_without_page", False)
    assert problem.message.startswith("Check this")


def test_market_research_title_is_a_title() -> None:
    report = _check(["Reviews matter (Mintel, 2023)."], ENTRIES[3:4])
    assert report.entries[0].title == "Online reviews in the UK: market report 2023"
    assert report.problems == ()


def test_narrative_name_not_in_the_list_is_only_check_this() -> None:
    # A buyer after "bought by" names no source at all (stop 48): a name read as a source's is the one to check.
    report = _check(["As Facebook (2012) reported, Instagram had 30 million users (Acme, 2018)."], ENTRIES[:1])
    [problem] = report.problems
    assert (problem.kind, problem.certain) == ("cited_not_listed", False)
    assert problem.message.startswith("Check this")
    [finding] = report.findings()
    assert finding.severity == "info"


def test_uncited_entry_whose_author_is_named_is_only_check_this() -> None:
    report = _check(["Acme's own figures are strong (Acme, 2018). Mintel tracks reviews."], ENTRIES[:1] + ENTRIES[3:4])
    [problem] = report.problems
    assert (problem.kind, problem.author, problem.certain) == ("listed_not_cited", "Mintel", False)
