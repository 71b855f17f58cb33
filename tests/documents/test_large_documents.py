"""A long report (just under the 200 pages a report may reasonably have) is checked, never refused for time.

LibreOffice's layout of a long DOCX may be slow on a loaded server: it has its own time budget, outside the
read's, and when it runs out the pages come from what the file records. Either way the check gives a report.
"""

from __future__ import annotations

import pytest

from marker.checks import check_document
from marker.documents import ReadLimits
from marker.documents.layout import soffice_path
from marker.rubric import default_library
from tests.documents.builders import long_report_docx

RUBRIC = default_library().get("cim-2206")


@pytest.mark.parametrize("rendered_breaks", [False, True], ids=["no-stored-breaks", "word-rendered-breaks"])
def test_a_199_page_report_is_checked_not_refused(rendered_breaks: bool) -> None:
    data = long_report_docx(199, rendered_breaks=rendered_breaks)
    report = check_document(data, "long.docx", RUBRIC, None, limits=ReadLimits(), isolated=True, layout="auto")
    document = report.to_dict()["document"]
    assert document["words_all"] > 70_000
    if rendered_breaks:
        # Word's own page breaks agree with its saved count: those are the pages, no layout needed.
        assert (document["pages"], document["pages_source"]) == (199, "docx-rendered")
    elif soffice_path() is not None and document["pages_note"] is None:
        assert document["pages_source"] == "libreoffice"
        assert 190 <= document["pages"] <= 210


def test_a_long_report_whose_layout_runs_out_of_time_keeps_the_pages_word_recorded() -> None:
    # Word's breaks that disagree with its saved count send the file to LibreOffice; with no time for it, the
    # report still comes, with Word's breaks and a note saying so.
    data = long_report_docx(120, rendered_breaks=True, saved_pages=121)
    limits = ReadLimits(layout_timeout_s=0.01)
    report = check_document(data, "long.docx", RUBRIC, None, limits=limits, isolated=True, layout="auto")
    document = report.to_dict()["document"]
    assert (document["pages"], document["pages_source"]) == (120, "docx-rendered")
    if soffice_path() is not None:
        assert document["pages_note"] is not None and "ran out of time" in document["pages_note"]
