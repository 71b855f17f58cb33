"""Why a file could not be read, as a stable code and a message written for the candidate who uploaded it."""

from __future__ import annotations

from typing import Literal

from marker.errors import MarkerError

UnreadableCode = Literal[
    "empty",
    "not_a_document",
    "legacy_doc",
    "encrypted",
    "corrupt",
    "zip_bomb",
    "doctype",
    "no_text_layer",
    "too_many_pages",
    "too_large",
    "timeout",
    "too_much_memory",
]

# The default message per code; a raiser may pass a more specific one (naming a limit, say).
MESSAGES: dict[str, str] = {
    "empty": "This file is empty (0 bytes). Upload the saved report again.",
    "not_a_document": "This file is not a Word document (.docx) or a PDF. Save your report as .docx or PDF "
    "and check it again.",
    "legacy_doc": "This file is a Word 97-2003 .doc; save it as .docx (File > Save As) and check it again.",
    "encrypted": "This file is password-protected. Remove the password (or save an unprotected copy) and "
    "check it again.",
    "corrupt": "This file is damaged or incomplete and cannot be opened. Save it again from Word (or export "
    "the PDF again) and check the new copy.",
    "zip_bomb": "This file expands to far more data than a report could hold, so it was not opened. Save "
    "your report again from Word and check the new copy.",
    "doctype": "This file contains XML features (a DOCTYPE) that Word never writes, so it was not opened. "
    "Save your report again from Word and check the new copy.",
    "no_text_layer": "This PDF has no text layer (it looks like scanned images), so its words cannot be "
    "counted. Export the PDF from Word (File > Save As > PDF) rather than scanning or printing it.",
    "too_many_pages": "This file has more pages than a report for this assignment could have, so it was not checked.",
    "too_large": "This file is larger than the upload limit. Compress the images in it (or remove them) and "
    "check it again.",
    "timeout": "This file took too long to read, so reading it was stopped. Save it again from Word (or "
    "export the PDF again) and check the new copy.",
    "too_much_memory": "This file needed more memory to read than is allowed, so reading it was stopped. "
    "Compress the images in it and check it again.",
}


class UnreadableDocument(MarkerError):
    """A file that cannot be read as a report; ``code`` is stable for programs, the message is for people."""

    def __init__(self, code: UnreadableCode, message: str | None = None) -> None:
        super().__init__(message or MESSAGES[code])
        self.code: UnreadableCode = code

    def __reduce__(self) -> tuple[type[UnreadableDocument], tuple[str, str]]:
        # Errors cross back from the reading child process by pickling; keep code and message.
        return (UnreadableDocument, (self.code, self.message))
