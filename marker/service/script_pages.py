"""The script as submitted: its pages as the candidate laid them out, drawn as images for the marking desk.

The pages are those of a PDF kept with the script: the uploaded PDF itself, or, for a DOCX, the PDF LibreOffice
made when the check laid its pages out (``Submission.layout_pdf_name``). Nothing is laid out on a page view: a
DOCX whose check took Word's own pages (or ran without LibreOffice) has no page images until it is re-checked
with LibreOffice. The pages hold no marks; they are for the assessment's tutors and moderators.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from marker.config import Settings
from marker.service.access import require_script
from marker.service.checking import read_limits
from marker.service.errors import NotFound
from marker.store.files import read_upload
from marker.store.models import CHECK_DONE, Submission, User

PAGE_WIDTH_PX = 1000


@dataclass(frozen=True)
class SubmittedPages:
    """What the pages view shows: how many pages, where they come from, and a tag that changes with the file."""

    count: int
    source: str  # "pdf": the uploaded PDF; "libreoffice": LibreOffice's layout of the DOCX
    version: str


def _pdf_name(submission: Submission) -> str | None:
    return submission.stored_name if submission.format == "pdf" else submission.layout_pdf_name


def submitted_pages(user: User, submission: Submission | None) -> SubmittedPages | None:
    """The script's pages for the desk, or None when no PDF of them is kept (nor a checked page count)."""
    found = require_script(user, submission, "tutor", "moderator")
    name = _pdf_name(found)
    report = found.check_report if found.check_state == CHECK_DONE else None
    pages = (report or {}).get("file", {}).get("pages")
    if not name or not isinstance(pages, int) or pages < 1:
        return None
    version = hashlib.sha256(name.encode()).hexdigest()[:16]
    return SubmittedPages(pages, "pdf" if found.format == "pdf" else "libreoffice", version)


def page_image(settings: Settings, user: User, submission: Submission | None, page: int) -> bytes:
    """Page ``page`` (1-based) of the script as submitted, as PNG; NotFound when there is no such page kept.
    The PDF is the candidate's (untrusted): it is drawn in a child process under the read's limits."""
    from marker.documents.errors import UnreadableDocument
    from marker.documents.page_images import NoSuchPage, render_page_png

    pages = submitted_pages(user, submission)
    name = _pdf_name(submission) if submission is not None else None
    if pages is None or name is None or not 1 <= page <= pages.count:
        raise NotFound("The script has no such page kept.")
    try:
        data = read_upload(name)
    except FileNotFoundError as exc:
        raise NotFound("The file of this script is no longer kept.") from exc
    try:
        return render_page_png(data, page, width_px=PAGE_WIDTH_PX, limits=read_limits(settings))
    except (NoSuchPage, UnreadableDocument) as exc:
        raise NotFound("This page of the script cannot be drawn.") from exc
