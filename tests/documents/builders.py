"""Small document builders for the reading tests: DOCX from python-docx or raw WordprocessingML, PDF from fpdf2."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable

import docx
from fpdf import FPDF

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'mc:Ignorable="wps"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def save(document: docx.document.Document) -> bytes:
    """The bytes of a python-docx document."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def p(text: str, style: str | None = None, *, bold: bool = False) -> str:
    """A plain WordprocessingML paragraph."""
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def rewrite(data: bytes, edits: dict[str, Callable[[str], str]], extra: dict[str, str] | None = None) -> bytes:
    """Copy a DOCX, passing named parts through text edits and adding extra parts."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename in edits:
                content = edits[info.filename](content.decode("utf-8")).encode("utf-8")
            target.writestr(info.filename, content)
        for name, content in (extra or {}).items():
            target.writestr(name, content)
    return out.getvalue()


def docx_with_body(
    body_xml: str,
    *,
    parts: Iterable[tuple[str, str, str, str]] = (),
    styles_xml: str = "",
    app_pages: int | None = None,
) -> bytes:
    """A DOCX whose body is ``body_xml``, with extra parts (name, xml, relationship type, content type).

    ``styles_xml`` is inserted into python-docx's default styles; ``app_pages`` sets docProps/app.xml Pages.
    """
    base = save(docx.Document())
    extra: dict[str, str] = {}
    rels: list[str] = []
    overrides: list[str] = []
    for index, (name, xml, rel_type, content_type) in enumerate(parts):
        extra[name] = xml
        rels.append(f'<Relationship Id="rIdX{index}" Type="{REL}/{rel_type}" Target="{name.split("/", 1)[1]}"/>')
        overrides.append(f'<Override PartName="/{name}" ContentType="{content_type}"/>')

    def body(xml: str) -> str:
        xml = re.sub(r"<w:document [^>]*>", f"<w:document {NAMESPACES}>", xml, count=1)
        sect = re.search(r"<w:sectPr.*</w:sectPr>", xml, re.S)
        new_body = f"<w:body>{body_xml}{sect.group(0) if sect else ''}</w:body>"
        return re.sub(r"<w:body>.*</w:body>", lambda _: new_body, xml, flags=re.S)

    edits: dict[str, Callable[[str], str]] = {
        "word/document.xml": body,
        "word/_rels/document.xml.rels": lambda xml: xml.replace("</Relationships>", "".join(rels) + "</Relationships>"),
        "[Content_Types].xml": lambda xml: xml.replace("</Types>", "".join(overrides) + "</Types>"),
        "word/styles.xml": lambda xml: xml.replace("</w:styles>", styles_xml + "</w:styles>"),
    }
    if app_pages is not None:
        edits["docProps/app.xml"] = lambda xml: _with_pages(xml, app_pages)
    return rewrite(base, edits, extra)


def _with_pages(xml: str, pages: int) -> str:
    if "<Pages>" in xml:
        return re.sub(r"<Pages>\d*</Pages>", f"<Pages>{pages}</Pages>", xml)
    return xml.replace("</Properties>", f"<Pages>{pages}</Pages></Properties>")


def notes_part(kind: str, notes: dict[int, str]) -> tuple[str, str, str, str]:
    """A footnotes or endnotes part (kind "footnote"/"endnote") with a separator and the given notes."""
    body = f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
    for note_id, text in notes.items():
        body += f'<w:{kind} w:id="{note_id}">{p(text)}</w:{kind}>'
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s {NAMESPACES}>{body}</w:{kind}s>'
    content_type = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"
    return (f"word/{kind}s.xml", xml, f"{kind}s", content_type)


def header_part(name: str, kind: str, text: str) -> tuple[str, str, str, str]:
    """A header or footer part (kind "header"/"footer") with one paragraph."""
    tag = "hdr" if kind == "header" else "ftr"
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag} {NAMESPACES}>{p(text)}</w:{tag}>'
    content_type = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"
    return (f"word/{name}", xml, kind, content_type)


def make_pdf(
    pages: list[list[tuple[str, int, bool]]],
    *,
    header: str | None = None,
    footer_numbers: bool = False,
    font: str = "Helvetica",
) -> bytes:
    """A PDF with one list of (text, size, bold) lines per page; each line is its own paragraph."""

    class _Pdf(FPDF):
        def header(self) -> None:
            if header:
                self.set_font(font, "", 9)
                self.cell(0, 6, header, new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self) -> None:
            if footer_numbers:
                self.set_y(-15)
                self.set_font(font, "", 9)
                self.cell(0, 6, f"Page {self.page_no()}", align="C")

    pdf = _Pdf()
    for lines in pages:
        pdf.add_page()
        for text, size, bold in lines:
            pdf.set_font(font, "B" if bold else "", size)
            pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(size * 0.4)
    return bytes(pdf.output())


_VOCABULARY = (
    "digital",
    "channels",
    "customers",
    "engagement",
    "content",
    "search",
    "social",
    "email",
    "mobile",
    "analytics",
    "conversion",
    "journey",
    "brand",
    "audience",
    "campaign",
    "budget",
    "insight",
    "segment",
    "retention",
    "loyalty",
    "value",
    "proposition",
    "objectives",
    "measure",
    "platform",
    "data",
    "organisation",
    "market",
    "growth",
    "strategy",
    "channel",
    "performance",
    "review",
    "evidence",
    "recommendation",
    "stakeholders",
    "website",
)


def long_report_docx(
    pages: int, *, rendered_breaks: bool = False, saved_pages: int | None = None, words_per_page: int = 385
) -> bytes:
    """A report of about ``pages`` pages (python-docx's default page and font): a heading and three paragraphs
    per page, a small table every tenth page. ``rendered_breaks`` records, as Word does when it saves, a
    ``w:lastRenderedPageBreak`` where each page starts and the page count in docProps/app.xml (``saved_pages``
    when given, as a file whose saved count disagrees with its breaks)."""
    from docx.oxml import OxmlElement

    document = docx.Document()
    seed = 7
    for page in range(pages):
        heading = document.add_heading(level=1)
        if rendered_breaks and page:
            heading.add_run()._r.append(OxmlElement("w:lastRenderedPageBreak"))
        heading.add_run(f"Section {page + 1}: review of the channel plan")
        for _ in range(3):
            words = []
            for _ in range(words_per_page // 3):
                seed = (seed * 1103515245 + 12345) % 2**31
                words.append(_VOCABULARY[seed % len(_VOCABULARY)])
            document.add_paragraph(" ".join(words).capitalize() + ".")
        if page % 10 == 9:
            table = document.add_table(rows=3, cols=3)
            for row_index, row in enumerate(table.rows):
                for col_index, cell in enumerate(row.cells):
                    cell.text = f"Figure {page}.{row_index}.{col_index}"
    data = save(document)
    if rendered_breaks:
        count = pages if saved_pages is None else saved_pages
        data = rewrite(data, {"docProps/app.xml": lambda xml: _with_pages(xml, count)})
    return data
