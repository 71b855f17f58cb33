"""A page of a script's PDF drawn as a PNG image, for "the script as submitted" beside the marking view.

The PDF is the candidate's upload (or LibreOffice's layout of their DOCX): untrusted. PDFium draws it in a child
process under the same address-space and time limits as a read (``isolation``), so a hostile page can stall or
exhaust only that child. PNG encoding uses Pillow (HPND licence), which fpdf2 already brings.
"""

from __future__ import annotations

import contextlib
import io
from multiprocessing.connection import Connection
from typing import Any

from marker.documents.errors import UnreadableDocument
from marker.documents.isolation import _await_answer, _context, _limit_self
from marker.documents.limits import DEFAULT_LIMITS, ReadLimits
from marker.errors import MarkerError

MAX_HEIGHT_PX = 4000  # a very tall page is drawn narrower rather than as a huge bitmap


class NoSuchPage(MarkerError):
    """The PDF has no page of that number."""


def render_page_png(pdf: bytes, page: int, *, width_px: int = 1000, limits: ReadLimits = DEFAULT_LIMITS) -> bytes:
    """Page ``page`` (1-based) of the PDF as PNG bytes about ``width_px`` wide; UnreadableDocument when the PDF
    cannot be drawn ("corrupt", "timeout", "too_much_memory"), NoSuchPage when it has no such page."""
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_render_in_child, args=(sender, pdf, page, width_px, limits), name="marker-page", daemon=True
    )
    child.start()
    sender.close()
    answer: tuple[Any, ...] | None = None
    try:
        answer = _await_answer(receiver, limits.timeout_s)
    finally:
        receiver.close()
        if answer is not None:
            child.join(2.0)
        if child.is_alive():
            child.kill()
            child.join()
        with contextlib.suppress(ValueError):
            child.close()
    if answer is None:
        raise UnreadableDocument("timeout")
    if answer[0] == "ok":
        return bytes(answer[1])
    if answer[0] == "died":
        raise UnreadableDocument("too_much_memory")
    if answer[0] == "no_page":
        raise NoSuchPage(f"The script has no page {page}.")
    raise UnreadableDocument(answer[1])


def _render_in_child(sender: Connection, pdf: bytes, page: int, width_px: int, limits: ReadLimits) -> None:
    answer: tuple[Any, ...]
    try:
        _limit_self(limits)
        answer = ("ok", _render(pdf, page, width_px))
    except NoSuchPage:
        answer = ("no_page",)
    except MemoryError:
        answer = ("error", "too_much_memory")
    except Exception:  # PDFium's or Pillow's failure on a hostile file: say "damaged", not a trace
        answer = ("error", "corrupt")
    try:
        sender.send(answer)
    finally:
        sender.close()


def _render(pdf: bytes, page: int, width_px: int) -> bytes:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        if not 1 <= page <= len(document):
            raise NoSuchPage(str(page))
        drawn = document[page - 1]
        try:
            width, height = drawn.get_size()
            scale = min(width_px / max(width, 1.0), MAX_HEIGHT_PX / max(height, 1.0))
            bitmap = drawn.render(scale=scale)
            out = io.BytesIO()
            bitmap.to_pil().save(out, format="PNG", optimize=False)
            bitmap.close()
            return out.getvalue()
        finally:
            drawn.close()
    finally:
        document.close()
