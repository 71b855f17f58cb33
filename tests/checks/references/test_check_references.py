"""The whole reference check: the contract's ``references`` object, findings, regions and real DOCX files."""

from __future__ import annotations

import io

import docx
import pytest

from marker.checks.references import RegionsMismatch, check_references, label_regions
from marker.checks.references.quotations import language
from marker.checks.regions import REFERENCE_LIST
from marker.documents import read_document
from marker.documents.model import Block, BlockKind, Document
from tests.checks.references.planted import FORM_PROBLEMS, LIST_PROBLEMS, NO_LIST
from tests.checks.references.test_issue_14_forms import _check


def test_report_dict_has_the_contract_keys() -> None:
    result = check_references(LIST_PROBLEMS.document, LIST_PROBLEMS.regions).to_dict()
    assert set(result) == {"citations", "entries", "problems", "unconfirmed"}
    assert {"text", "authors", "year", "narrative", "part", "block_index", "start", "end", "locator",
            "secondary"} <= set(result["citations"][0])  # fmt: skip
    assert {"text", "authors", "year", "kind", "title", "url", "doi", "accessed"} <= set(result["entries"][0])
    assert set(result["problems"][0]) == {"kind", "author", "year", "part", "message", "certain"}


def test_candidate_sees_an_uncited_source_named_with_its_part() -> None:
    report = check_references(LIST_PROBLEMS.document, LIST_PROBLEMS.regions)
    # One name alone in its bracket, cited once, may credit a maker or a place of that year ("(Netflix, 2020)" after
    # a film's title) rather than cite a source: it is named, with its part, in the one note of such brackets.
    assert [p for p in report.problems if p.kind == "cited_not_listed"] == []
    [smith] = [report.citations[index] for index in report.unconfirmed]
    assert (smith.text, smith.year, smith.part) == ("(Smith, 2018)", "2018", "2a")
    [note] = [finding for finding in report.findings() if finding.code == "reference_unconfirmed"]
    assert note.message.startswith(
        "Check this: a bracket names something with a year but matches no entry in the reference list: "
        "(Smith, 2018) in Task 2 (a)."
    )


def test_an_uncited_source_beside_another_work_gets_a_check_this_warning_of_its_own() -> None:
    report = _check(["Loyalty schemes often fail (Smith, 2018; Mintel, 2023)."],
                    ["Mintel (2023) Online reviews. London: Mintel Group."])  # fmt: skip
    [smith] = [p for p in report.problems if p.kind == "cited_not_listed"]
    assert (smith.author, smith.year, smith.part, smith.certain) == ("Smith", "2018", "1a", False)
    assert smith.message == (
        "Check this: Smith, 2018 in Task 1 (a) looks like a citation of Smith (2018), but no entry in the "
        "reference list matches it. If it cites a source, add the source to the list."
    )
    assert report.unconfirmed == ()


@pytest.mark.parametrize(
    "cited",
    [
        "Loyalty pays (Smith, 2018). Prices rose (Smith, 2018).",  # the same work twice
        "Loyalty pays (Smith, Jones and Brown, 2018).",  # more than two authors
        "Loyalty pays (Smith, 2018, p. 4).",  # a page
        "Smith (2018) found that loyalty pays (Smith, 2018).",  # the same work in both forms
    ],
)
def test_an_unlisted_source_is_said_for_certain_when_corroborated(cited: str) -> None:
    report = _check([cited + " Reviews matter (Mintel, 2023)."],
                    ["Mintel (2023) Online reviews. London: Mintel Group."])  # fmt: skip
    assert [(p.kind, p.certain) for p in report.problems] == [("cited_not_listed", True)]


def test_two_unlisted_names_in_a_bracket_cited_once_are_only_worth_checking() -> None:
    """Two names in a bracket are as often a pair of that year (a match, a merger, a designer and the maker) as
    two authors: named in the one note, as looking like a citation, and no problem of their own."""
    report = _check(["Loyalty pays (Smith and Jones, 2018). Reviews matter (Mintel, 2023)."],
                    ["Mintel (2023) Online reviews. London: Mintel Group."])  # fmt: skip
    assert report.problems == ()
    assert [report.citations[i].text for i in report.looks_cited] == ["(Smith and Jones, 2018)"]


def test_a_body_by_its_kind_cited_once_is_only_worth_checking() -> None:
    """ "(Retail Research Institute, 2018)" may say who granted, held or ran something that year as well as cite:
    alone in its bracket it is in the one note; beside another work, it gets a "check this" warning of its own."""
    listed = ["Mintel (2023) Online reviews. London: Mintel Group."]
    report = _check(["Loyalty pays (Retail Research Institute, 2018). Reviews matter (Mintel, 2023)."], listed)
    assert report.problems == ()
    assert [report.citations[index].authors for index in report.unconfirmed] == [("Retail Research Institute",)]
    report = _check(["Loyalty pays (Retail Research Institute, 2018; Mintel, 2023)."], listed)
    assert [(p.kind, p.certain) for p in report.problems] == [("cited_not_listed", False)]


def test_findings_are_warnings_with_reference_codes() -> None:
    report = check_references(FORM_PROBLEMS.document, FORM_PROBLEMS.regions)
    findings = report.findings()
    # A problem marker may have misread (a quotation's page) is only "info", worded "Check this".
    assert {f.severity for f in findings} == {"warning", "info"}
    for problem, finding in zip(report.problems, findings, strict=True):
        assert (finding.severity == "info") == (not problem.certain)
        assert finding.message.startswith("Check this") == (not problem.certain)
    assert "reference_quotation_without_page" in {f.code for f in findings}
    assert "reference_secondary_source_listed" in {f.code for f in findings}


def test_missing_reference_list_is_an_error_when_sources_are_cited() -> None:
    [finding] = check_references(NO_LIST.document, NO_LIST.regions).findings()
    assert (finding.severity, finding.code) == ("error", "reference_no_reference_list")


def test_missing_reference_list_without_citations_is_a_warning() -> None:
    document = Document("empty.docx", "docx", (Block(BlockKind.PARAGRAPH, "No sources here."),), None, None)
    [finding] = check_references(document, [None]).findings()
    assert finding.severity == "warning"


def test_regions_must_line_up_with_blocks() -> None:
    with pytest.raises(RegionsMismatch, match="2 region labels for 3 blocks"):
        check_references(NO_LIST.document.__class__("x.docx", "docx", NO_LIST.document.blocks[:3], None, None),
                         [None, None])  # fmt: skip


def test_label_regions_finds_the_list_by_its_heading() -> None:
    blocks = (
        Block(BlockKind.HEADING, "Task 1", level=1),
        Block(BlockKind.PARAGRAPH, "Text (Harris, 2015)."),
        Block(BlockKind.PARAGRAPH, "Bibliography", bold=True),
        Block(BlockKind.PARAGRAPH, "Harris, J. (2015) Loyalty. London: Routledge."),
        Block(BlockKind.HEADING, "Appendix 1", level=1),
        Block(BlockKind.PARAGRAPH, "Survey questions"),
    )
    labels = label_regions(Document("r.docx", "docx", blocks, None, None))
    assert labels == [None, None, REFERENCE_LIST, REFERENCE_LIST, "@appendix", None]


def test_spacy_is_loaded_once_per_process() -> None:
    assert language() is language()


def _docx(paragraphs: list[tuple[str, str | None]]) -> bytes:
    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_whole_docx_report_through_the_document_reader() -> None:
    data = _docx([
        ("Task 1 (a) Organisation overview", "Heading 1"),
        ("Greggs grew its digital sales (Greggs plc, 2023), as Ryan (2016, p. 112) predicted.", None),
        ("The CIM (2015) and Sharp (2011) both stress reach; see also (Kotler et al., 2019).", None),
        ("References", "Heading 1"),
        ("Chartered Institute of Marketing (CIM) (2015) Marketing and the 7Ps. Available at: "
         "https://www.cim.co.uk/7ps.pdf", None),
        ("Greggs plc (2023) Annual report and accounts 2023. Newcastle: Greggs plc.", None),
        ("Ryan, D. (2016) Understanding digital marketing. 4th edn. London: Kogan Page.", None),
        ("Kotler, P. and Keller, K.L. (2016) Marketing management. 15th edn. Harlow: Pearson.", None),
        ("Sharp, B. (2010) How brands grow. South Melbourne: Oxford University Press.", None),
    ])  # fmt: skip
    document = read_document(data, "report.docx", layout="never")
    report = check_references(document, label_regions(document))
    assert [(c.authors[0], c.year) for c in report.citations] == [
        ("Greggs plc", "2023"), ("Ryan", "2016"), ("CIM", "2015"), ("Sharp", "2011"), ("Kotler", "2019"),
    ]  # fmt: skip
    assert len(report.entries) == 5
    problems = {(p.kind, p.author, p.year) for p in report.problems}
    assert problems == {
        ("missing_access_date", "Chartered Institute of Marketing", "2015"),
        ("year_mismatch", "Sharp", "2011"),
        ("year_mismatch", "Kotler", "2019"),
        ("not_alphabetical", "Kotler", "2016"),
    }


def test_footnote_or_text_box_read_after_the_reference_list_is_not_an_entry() -> None:
    # A DOCX's footnotes come after its last paragraph, so segmentation places them under "References".
    blocks = (
        Block(BlockKind.HEADING, "Task 1 (a) Overview", level=1),
        Block(BlockKind.PARAGRAPH, "Loyalty matters (Ryan, 2016), as Jones (2019) shows."),
        Block(BlockKind.HEADING, "References", level=1),
        Block(BlockKind.PARAGRAPH, "Jones, K. (2019) Loyalty. London: Sage."),
        Block(BlockKind.FOOTNOTE, "1 The segment accounts for 42% of online revenue (Ryan, 2016)."),
        Block(BlockKind.PARAGRAPH, "Ryan, D. (2016) Understanding digital marketing. London: Kogan Page."),
        Block(BlockKind.FOOTNOTE, "2 Visits rose in the summer."),
        Block(BlockKind.TEXT_BOX, "Loyalty members responded well to a pilot that offered\nflexible delivery"),
    )
    regions = ("1a", "1a") + (REFERENCE_LIST,) * 6
    report = check_references(Document("r.docx", "docx", blocks, None, None), regions)
    assert [(e.authors, e.year) for e in report.entries] == [(("Jones",), "2019"), (("Ryan",), "2016")]
    assert report.problems == ()
    assert [c.block_index for c in report.citations].count(4) == 1  # the note's citation is still read


def test_entry_carried_over_a_page_break_of_a_pdf_stays_one_entry() -> None:
    blocks = (
        Block(BlockKind.PARAGRAPH, "Rates rose (ONS, 1988) and fell (Ricolfi, 2003).", page=3),
        Block(BlockKind.HEADING, "References", page=4, level=1),
        Block(BlockKind.PARAGRAPH, "ONS (1988) Rethinking customer lifetime value. Available at:", page=4),
        Block(
            BlockKind.PARAGRAPH,
            "https://www.gov.uk/publications/top (Accessed: 10 November 2022). Ricolfi, A. (2003) The role of "
            "customer journeys in metrics. Abingdon: Palgrave Macmillan.",
            page=5,
        ),
    )
    regions = ("1a", REFERENCE_LIST, REFERENCE_LIST, REFERENCE_LIST)
    report = check_references(Document("r.pdf", "pdf", blocks, 5, "pdf"), regions)
    assert [(e.authors, e.year, e.block_index) for e in report.entries] == [
        (("ONS",), "1988", 2), (("Ricolfi",), "2003", 3),
    ]  # fmt: skip
    assert report.entries[0].url == "https://www.gov.uk/publications/top"
    assert report.entries[0].accessed == "10 November 2022"
    assert report.problems == ()
