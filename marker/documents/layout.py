"""Real pages for a DOCX from LibreOffice, when it is installed: convert to PDF, then find each block's text.

LibreOffice is optional. Two ways to run it, the same isolation in both (its own profile directory and TMPDIR,
its own process group killed when the time limit passes; see ``office_server`` for the warm one):
  * "cold" (``layout="auto"`` or ``"cold"``): ``soffice --convert-to pdf`` per document, with a throw-away
    profile, so concurrent conversions do not fight over one profile; seconds of start-up per document;
  * "warm" (``layout="warm"``): the process's warm unoserver (``office_server.configure``), a fraction of a
    second per document; when it is not configured or not available, the cold way.
Any failure leaves the document as the DOCX reader made it. The PDF LibreOffice made is kept on the document
(``Document.layout_pdf``): it is the script as the candidate's pages looked.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import shutil
import signal
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from marker.documents.limits import ReadLimits
from marker.documents.model import Block, BlockKind, Document

log = logging.getLogger(__name__)
LAYOUT_MODES = ("auto", "cold", "warm", "never")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_PROBE_CHARS = 40
_UNPAGED = (BlockKind.FOOTNOTE, BlockKind.HEADER_FOOTER)


def soffice_path() -> str | None:
    """The LibreOffice executable on PATH, if any."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def apply_libreoffice_pages(document: Document, data: bytes, limits: ReadLimits, mode: str = "cold") -> Document:
    """Return the document with pages laid out by LibreOffice (and its PDF in ``layout_pdf``), or, when that
    is not possible, as the DOCX reader made it with ``pages_note`` saying why (LibreOffice failed or ran out
    of time). ``mode`` is "warm" for the process's warm server, else per document (see the module's note).

    A document whose page breaks, as Word last laid it out, agree with the page count Word saved needs no
    layout: those pages are Word's own.
    """
    if pages_confirmed(document):
        return document
    program = soffice_path()
    if program is None:
        return document
    pdf, problem = convert_to_pdf(program, data, limits.layout_timeout_s, warm=mode == "warm")
    page_texts = _pdf_page_texts(pdf, limits) if pdf is not None else None
    if page_texts is None:
        return replace(document, pages_note=_fallback_note(document, problem or "failed"))
    return replace(
        document,
        blocks=locate_blocks(document.blocks, page_texts),
        pages=len(page_texts),
        pages_source="libreoffice",
        layout_pdf=pdf,
    )


def convert_to_pdf(program: str, data: bytes, timeout_s: float, *, warm: bool) -> tuple[bytes | None, str | None]:
    """LibreOffice's PDF of a DOCX, or None and why not ("timeout", "failed"): through the warm server when
    ``warm`` and one is configured and available, else by starting LibreOffice for this document."""
    if warm:
        from marker.documents.office_server import OfficeUnavailable, configured_server

        server = configured_server()
        if server is not None:
            try:
                return server.convert_to_pdf(data, timeout_s)
            except OfficeUnavailable as why:
                log.warning("warm LibreOffice unavailable (%s); laying this document out per document", why)
    return _convert_to_pdf(program, data, timeout_s)


def pages_confirmed(document: Document) -> bool:
    """Whether a DOCX's stored page breaks (``docx-rendered``) agree with the page count saved beside them."""
    return (
        document.format == "docx"
        and document.pages_source == "docx-rendered"
        and document.saved_pages is not None
        and document.saved_pages == document.pages
    )


def _fallback_note(document: Document, problem: str) -> str:
    why = "ran out of time" if problem == "timeout" else "could not lay the document out"
    if document.pages_source == "docx-rendered":
        where = "the page breaks Word recorded when the file was last saved"
    elif document.pages_source == "docx-metadata":
        where = "the page count saved in the file"
    elif document.pages is not None:
        where = "the page breaks typed into the file (an estimate)"
    else:
        return f"Page layout {why}, and the file records no pages: page limits could not be measured."
    return f"Page layout {why}; pages come from {where}."


def _convert_to_pdf(program: str, data: bytes, timeout_s: float) -> tuple[bytes | None, str | None]:
    """LibreOffice's PDF of the DOCX, or None and why not ("timeout", "failed"). Its temporary folder and
    every process it started are gone when this returns, whatever happened."""
    with tempfile.TemporaryDirectory(prefix="marker-lo-") as folder:
        root = Path(folder)
        source = root / "report.docx"
        source.write_bytes(data)
        profile = (root / "profile").as_uri()
        command = [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(root),
            str(source),
        ]
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # its own process group, so a timeout kills its helpers too
                # Its scratch files go in the folder removed below, never in the machine's shared /tmp.
                env={**os.environ, "TMPDIR": folder},
            )
        except OSError:
            return None, "failed"
        try:
            process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            return None, "timeout"
        finally:
            # Helpers LibreOffice started may outlive it (or it may still run after a timeout or an
            # interrupt): the whole group goes before its folder is removed.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        result = root / "report.pdf"
        if process.returncode != 0 or not result.is_file():
            return None, "failed"
        return result.read_bytes(), None


def _pdf_page_texts(pdf: bytes, limits: ReadLimits) -> list[str] | None:
    """Each page's text in LibreOffice's PDF (pdfium where installed: a long report's PDF reads in a fraction
    of pypdf's time), or None when it is too large or cannot be read."""
    if len(pdf) > limits.max_uncompressed_bytes:
        return None
    try:
        import pypdfium2 as pdfium
    except ImportError:
        pdfium = None
    try:
        if pdfium is not None:
            document = pdfium.PdfDocument(pdf)
            try:
                if len(document) > limits.max_pages:
                    return None
                texts = []
                for page in document:
                    textpage = page.get_textpage()
                    texts.append(textpage.get_text_range())
                    textpage.close()
                    page.close()
                return texts
            finally:
                document.close()
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(pdf))
        if len(reader.pages) > limits.max_pages:
            return None
        return [page.extract_text() or "" for page in reader.pages]
    except Exception:  # a broken conversion is not the candidate's problem: fall back to the DOCX's pages
        return None


def locate_blocks(blocks: tuple[Block, ...], page_texts: list[str]) -> tuple[Block, ...]:
    """Give each block the page of the PDF where its text is found, searching forward in reading order."""
    joined: list[str] = []
    starts: list[int] = []
    offset = 0
    for text in page_texts:
        normalised = _NOT_WORD.sub("", text.lower())
        starts.append(offset)
        joined.append(normalised)
        offset += len(normalised)
    haystack = "".join(joined)
    cursor = 0
    page = 1
    located: list[Block] = []
    for block in blocks:
        if block.kind in _UNPAGED:
            located.append(replace(block, page=None))
            continue
        whole = _NOT_WORD.sub("", block.text.lower())
        probe = whole[:_PROBE_CHARS]
        found = haystack.find(probe, cursor) if probe else -1
        if found >= 0:
            page = _page_at(starts, found)
            # Step over the whole block when the PDF has it verbatim, so a repeated opening phrase in the next
            # block is not found again inside this one.
            cursor = found + (len(whole) if haystack.startswith(whole, found) else len(probe))
        located.append(replace(block, page=page))
    return tuple(located)


def _page_at(starts: list[int], position: int) -> int:
    page = 1
    for index, start in enumerate(starts):
        if start <= position:
            page = index + 1
        else:
            break
    return page
