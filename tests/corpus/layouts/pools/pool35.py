"""Layout pool 35 (HELD OUT): CIM 2206 reports decorated for print by hand.

Candidates who dress a Word report up before printing it: line numbers in the margin, a WordArt watermark in
the header (a word or the centre's name), a page border, drawn lines and small shapes as dividers, a shape
beside each heading, margin notes in small text boxes, a "Draft"/"Final" stamp on the first page, and headers
and footers of one or two lines. None of the decoration is counted; the truth counts only body paragraphs and
list items of each part, as they are written.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "CIM 2206 reports decorated for print by hand: line numbers, WordArt watermarks, page borders, drawn "
    "dividers, shapes beside headings, margin-note text boxes, draft/final stamps, one- or two-line headers"
)
REPORTS = 28

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)

TASK_TITLES = {
    "1": "Personalisation in digital channels",
    "2": "Conversion action plan",
    "3": "Managing personalisation and its risks",
}

CITES = (
    "(Chaffey and Ellis-Chadwick, 2019)",
    "(Chaffey and Smith, 2017)",
    "(Kotler, Kartajaya and Setiawan, 2017)",
    "(Ryan, 2016)",
    "(Kingsnorth, 2019)",
    "(Epsilon, 2018)",
    "(Accenture, 2018)",
    "(Information Commissioner's Office, 2018)",
    "(Gartner, 2019)",
    "(McKinsey, 2019)",
    "(Salesforce, 2019)",
    "(Econsultancy, 2019)",
)

REFERENCES = (
    "Accenture (2018) Making it personal: pulse check 2018. Dublin: Accenture Interactive.",
    "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing: strategy, implementation and practice. "
    "7th edn. Harlow: Pearson.",
    "Chaffey, D. and Smith, P. R. (2017) Digital marketing excellence. 5th edn. Abingdon: Routledge.",
    "Econsultancy (2019) Digital intelligence briefing: 2019 digital trends. London: Econsultancy.",
    "Epsilon (2018) The power of me: the impact of personalization on marketing performance. Irving: Epsilon.",
    "Gartner (2019) Predicts 2019: personalization will be a top priority for marketers. Stamford: Gartner.",
    "Information Commissioner's Office (2018) Guide to the General Data Protection Regulation. Wilmslow: ICO.",
    "Kingsnorth, S. (2019) Digital marketing strategy. 2nd edn. London: Kogan Page.",
    "Kotler, P., Kartajaya, H. and Setiawan, I. (2017) Marketing 4.0. Hoboken: Wiley.",
    "McKinsey (2019) The future of personalization. New York: McKinsey & Company.",
    "Ryan, D. (2016) Understanding digital marketing. 4th edn. London: Kogan Page.",
    "Salesforce (2019) State of the connected customer. 3rd edn. San Francisco: Salesforce Research.",
)

SECTORS = (
    ("garden centre chain", "plants, tools, furniture and cafe vouchers", "Dobbies", "Wyevale"),
    ("independent cycling retailer", "bikes, servicing, clothing and accessories", "Evans Cycles", "Halfords"),
    ("regional building society", "mortgages, savings accounts and insurance", "Nationwide", "Yorkshire"),
    ("specialist coffee roaster", "beans, subscriptions, equipment and training", "Pact", "Taylors"),
    ("family-owned hotel group", "rooms, spa breaks, weddings and dining", "Premier Inn", "Hilton"),
    ("outdoor clothing brand", "jackets, footwear, camping kit and repairs", "Rohan", "Berghaus"),
    ("pet supplies retailer", "food, grooming, insurance and vet plans", "Pets at Home", "Jollyes"),
    ("further education college", "courses, apprenticeships and short programmes", "Bolton College", "UCEN"),
)

SEGMENTS = ("young professionals", "busy parents", "first-time buyers", "returning loyalty members", "students")

GENERIC = (
    "{org} has {n} customers on its database, although only {pct}% of them have bought in the last year.",
    "According to {cite_text} {cite}, relevance is now the main reason customers open a marketing email.",
    "This matters because customers who receive irrelevant messages quickly stop engaging {cite}.",
    "The {segment} segment makes up around {pct}% of online sales and visits the website {small} times a month.",
    "Competitors such as {rival} and {rival2} already show recommended products on their home pages.",
    "Basic personalisation, such as using a first name in an email, is now expected rather than valued {cite}.",
    "More advanced approaches use browsing behaviour, purchase history and location to change content in real "
    "time {cite}.",
    "For {org} this means the data held in the till system and the e-commerce platform must be joined up.",
    "The main weakness is that the customer record is split across {small} systems that do not share data.",
    "A single customer view would let the marketing team see every contact a customer has had with the brand.",
    "Artificial intelligence tools can now predict the next best offer for each visitor {cite}.",
    "However, these tools are expensive and need clean, consented data before they add value.",
    "The cost of a recommendation engine is estimated at £{money} a year, which is a large share of the budget.",
    "In my own experience as a customer, the retailer remembered my size but still sent offers for items I had "
    "already bought.",
    "Good practice is measured by engagement, conversion and retention, not just by open rates {cite}.",
    "Poor practice is usually caused by old data, weak segmentation and messages sent at the wrong time.",
    "Mobile now accounts for {pct}% of visits, so the mobile experience has to be personalised first.",
    "Customers are also more aware of how their data is used and expect control over it {cite}.",
    "The strategic decision for {org} is therefore how far and how fast to move beyond basic segmentation.",
    "A phased approach would reduce the risk and let the team learn from each stage before scaling up.",
    "Amazon is often quoted as the benchmark, with around 35% of its revenue linked to recommendations {cite}.",
    "Netflix shows a different model, where artwork and rows change for each viewer based on what they watch.",
    "By contrast, many smaller firms send the same newsletter to every subscriber on the list.",
    "Conversion on the website is currently {low}%, below the sector average of around {high}% {cite}.",
    "Re-marketing would remind visitors of products they viewed, using display and social advertising.",
    "Frequency caps are needed so that re-marketing does not follow customers around the internet for weeks.",
    "The content should be simple and clear, so that customers are not overwhelmed by choice {cite}.",
    "Dynamic email content would show each customer the products and stores closest to them.",
    "The team would test subject lines, images and offers using A/B tests before rolling them out.",
    "Staff will need training in data analysis, content creation and the use of the new platform.",
    "An external agency could support the first phase while internal skills are developed.",
    "The GDPR requires a lawful basis for processing personal data and clear information for customers {cite}.",
    "Profiling that has a significant effect on customers also needs a data protection impact assessment.",
    "A breach of the regulation could lead to fines of up to 4% of annual turnover {cite}.",
    "There is also a risk that personalisation feels intrusive, which is sometimes called the creepy line.",
    "Automation can go wrong quickly, for example when a broken data feed sends the wrong offer to thousands.",
    "Trust and transparency should therefore be built into every campaign from the start {cite}.",
    "Senior management should agree a clear policy on which data will and will not be used.",
    "Success would be tracked monthly through a dashboard showing conversion, revenue per visitor and churn.",
    "Paid channels such as search and social need different tactics from owned channels like email and the app.",
    "Earned channels, such as reviews and shares, are harder to personalise but build credibility {cite}.",
    "Scalability is a concern because the current platform was built for a much smaller customer base.",
    "{org} should start with email and the website, where it already holds the most data.",
    "This would allow quick wins within the first {small} months and build the case for further investment.",
)

PART_SPECIFIC = {
    "1a": (
        "{org} is a {sector} based in {city}, founded in {founded} and employing about {staff} people.",
        "It sells {products} through {stores} stores, a website and a mobile app.",
        "Annual turnover is around £{turnover} million, and online sales make up {pct}% of the total.",
        "Its main competitors are {rival} and {rival2}, both of which invest heavily in digital marketing.",
        "The customer base is mostly aged 25 to 55, with a strong loyal core in the local region.",
        "Personalisation is at an early stage: emails are segmented by location, but the website is the same for "
        "everyone.",
        "On a simple maturity scale {cite}, {org} would sit at level two of five.",
        "The loyalty scheme has {n} members, which gives a good base of first-party data.",
    ),
    "1b": (
        "Current developments in personalisation range from rule-based segmentation to machine learning.",
        "Future developments include voice assistants, predictive offers and personalised pricing {cite}.",
        "Each of these could influence strategic decisions at {org} about budget, skills and technology.",
    ),
    "1c": (
        "The chosen target segment is {segment}, who are short of time and mostly shop on their phones.",
        "An example of good practice is Spotify, whose Wrapped campaign turned personal data into shareable content.",
        "An example of bad practice is a bank that sent a welcome email to customers who had held accounts for years.",
    ),
    "2a": (
        "The action plan aims to raise the conversion rate from {low}% to {high}% by {year}.",
        "The two channels chosen are email and the website, as these hold the most customer data.",
        "Each action has an owner, a budget and a deadline, as shown in the plan below.",
    ),
    "2b": (
        "Content on the website would change depending on whether the visitor is new or returning.",
        "Abandoned basket emails would be sent within one hour, with a reminder after 24 hours.",
    ),
    "3a": (
        "It is recommended that {org} appoints a personalisation manager to own the programme.",
        "A customer data platform would join the data from the website, app and stores.",
    ),
    "3b": (
        "The first risk is legal compliance with the GDPR and the Privacy and Electronic Communications Regulations.",
        "The second risk is reputational damage if customers feel their data is being misused.",
        "The third risk is operational, where automation fails or the data is wrong.",
    ),
}

SUBHEADS = {
    "1a": ("Organisation name", "Organisation information", "Specific background"),
    "1b": ("Current developments", "Future developments", "Implications for strategy"),
    "1c": ("The target segment", "Good practice", "Bad practice", "Improvements"),
    "2a": ("Objectives", "Actions", "Measurement"),
    "2b": ("Website content", "Email content", "Re-marketing"),
    "3a": ("Resources and skills", "Paid, owned and earned channels", "Scalability"),
    "3b": ("Risk one: legal compliance", "Risk two: reputation and trust", "Risk three: automation"),
}

NOTES = (
    "See Figure 1",
    "Key point: data quality first",
    "Links to Task 2 plan",
    "Source: company data",
    "Quick win",
    "Check with tutor",
    "GDPR Art. 6",
    "Compare with rival",
    "Cost estimate only",
)


@dataclass(frozen=True)
class Style:
    name: str
    font: str
    size: float
    spacing: float
    label: str  # how a part is labelled
    titled: str  # "always", "never", "mixed"
    task_headings: bool
    heading_mode: str  # "styles" or "manual"
    line_numbers: int  # 0 none, else countBy
    watermark: str  # "", "word", "centre"
    border: bool
    divider: str  # "", "hr", "line", "para", "shapes"
    icons: str  # "", "oval", "diamond", "square"
    notes: bool
    stamp: bool
    header_lines: int
    footer_lines: int
    cover: bool
    right_margin: float
    a1_words: tuple[int, int]


LAYOUTS = (
    Style(
        "numbered-margin",
        "Times New Roman",
        12,
        1.5,
        "Task {t} ({p})",
        "always",
        True,
        "manual",
        1,
        "",
        False,
        "para",
        "",
        False,
        False,
        1,
        1,
        True,
        2.54,
        (165, 210),
    ),
    Style(
        "wordart-watermark",
        "Calibri",
        11,
        1.15,
        "{t}({p})",
        "always",
        True,
        "styles",
        0,
        "word",
        False,
        "",
        "",
        False,
        False,
        2,
        1,
        False,
        2.54,
        (320, 420),
    ),
    Style(
        "bordered-dividers",
        "Arial",
        10.5,
        1.15,
        "Task {t}{p}.",
        "mixed",
        False,
        "manual",
        0,
        "",
        True,
        "hr",
        "",
        False,
        False,
        1,
        2,
        True,
        2.2,
        (330, 430),
    ),
    Style(
        "icon-headings",
        "Georgia",
        11.5,
        1.5,
        "Part {t}{p}",
        "always",
        True,
        "styles",
        0,
        "",
        False,
        "shapes",
        "diamond",
        False,
        False,
        1,
        1,
        True,
        2.54,
        (175, 220),
    ),
    Style(
        "margin-notes",
        "Cambria",
        11,
        1.3,
        "Q{t} ({p})",
        "always",
        True,
        "manual",
        0,
        "centre",
        False,
        "",
        "",
        True,
        False,
        1,
        1,
        False,
        5.0,
        (240, 320),
    ),
    Style(
        "stamped-draft",
        "Calibri",
        13,
        2.0,
        "Task {t} ({p})",
        "never",
        True,
        "manual",
        0,
        "",
        False,
        "line",
        "",
        False,
        True,
        2,
        2,
        True,
        2.54,
        (110, 140),
    ),
    Style(
        "all-the-trimmings",
        "Garamond",
        12,
        1.5,
        "{t}({p})",
        "mixed",
        False,
        "styles",
        5,
        "centre",
        True,
        "line",
        "oval",
        True,
        True,
        2,
        1,
        True,
        4.2,
        (145, 185),
    ),
)


class Report:
    def __init__(self, style: Style, rng: random.Random, fake: Faker, index: int) -> None:
        self.s = style
        self.rng = rng
        self.fake = fake
        self.index = index
        self.doc = Document()
        self.part: str | None = None
        self.words: dict[str, int] = {}
        self.headings: dict[str, str] = {}
        self.shape_id = 100
        self.used: dict[str, set[str]] = {}
        sector = rng.choice(SECTORS)
        self.vars = {
            "org": fake.company().replace(",", ""),
            "sector": sector[0],
            "products": sector[1],
            "rival": sector[2],
            "rival2": sector[3],
            "city": fake.city(),
            "segment": rng.choice(SEGMENTS),
        }
        self.centre = f"{fake.last_name()} Business School"
        self._setup()

    # --- page set-up -------------------------------------------------------------------------------------
    def _setup(self) -> None:
        s = self.s
        normal = self.doc.styles["Normal"]
        normal.font.name = s.font
        normal.font.size = Pt(s.size)
        rpr = normal.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), s.font)
        pf = normal.paragraph_format
        pf.line_spacing = s.spacing
        pf.space_after = Pt(self.rng.choice((0, 6, 8)))
        for name, size in (("Heading 1", 15), ("Heading 2", 13), ("Heading 3", 11.5)):
            st = self.doc.styles[name]
            st.font.name = s.font
            st.font.size = Pt(max(size, s.size + (2 if name == "Heading 2" else 0)))
            if name == "Heading 3":
                st.font.size = Pt(s.size)
                st.font.italic = True
            hr = st.element.get_or_add_rPr().find(qn("w:rFonts"))
            if hr is not None:
                for attr in ("w:ascii", "w:hAnsi", "w:cs"):
                    hr.set(qn(attr), s.font)
                for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
                    if hr.get(qn(attr)) is not None:
                        del hr.attrib[qn(attr)]
        section = self.doc.sections[0]
        section.page_width = Cm(21)
        section.page_height = Cm(29.7)
        section.left_margin = Cm(self.rng.choice((2.0, 2.54, 3.0)))
        section.right_margin = Cm(s.right_margin)
        section.top_margin = Cm(2.54)
        section.bottom_margin = Cm(2.54)
        sect = section._sectPr
        anchor = sect.find(qn("w:pgMar"))
        if s.border:
            colour = self.rng.choice(("1F3864", "385623", "7F7F7F", "000000"))
            kind = self.rng.choice(("single", "double", "thinThickSmallGap"))
            sides = "".join(
                f'<w:{side} w:val="{kind}" w:sz="12" w:space="24" w:color="{colour}"/>'
                for side in ("top", "left", "bottom", "right")
            )
            borders = parse_xml(f'<w:pgBorders {_NS} w:offsetFrom="page">{sides}</w:pgBorders>')
            anchor.addnext(borders)
            anchor = borders
        if s.line_numbers:
            restart = self.rng.choice(("newPage", "continuous"))
            numbers = parse_xml(
                f'<w:lnNumType {_NS} w:countBy="{s.line_numbers}" w:distance="340" w:restart="{restart}"/>'
            )
            anchor.addnext(numbers)
        self._header_footer(section)

    def _header_footer(self, section) -> None:
        s = self.s
        cand = str(self.rng.randint(100000, 999999))
        lines = [
            f"Candidate {cand} | CIM 2206 Mastering Digital Channels",
            f"{self.vars['org']}: personalisation report | {self.centre}",
        ]
        header = section.header
        para = header.paragraphs[0]
        para.text = lines[0]
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in para.runs:
            run.font.size = Pt(9)
        if s.header_lines > 1:
            extra = header.add_paragraph(lines[1])
            extra.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for run in extra.runs:
                run.font.size = Pt(9)
        if s.watermark:
            text = "DRAFT" if s.watermark == "word" and self.rng.random() < 0.6 else self.centre
            if s.watermark == "word" and text != "DRAFT":
                text = self.rng.choice(("CONFIDENTIAL", "SAMPLE", "DRAFT COPY"))
            para._p.append(parse_xml(self._watermark_xml(text)))
        footer = section.footer
        fpara = footer.paragraphs[0]
        fpara.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fpara.add_run("Page ")
        fpara._p.append(parse_xml(f'<w:fldSimple {_NS} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
        if s.footer_lines > 1:
            footer.add_paragraph(
                f"Submitted {self.fake.date_between('-3y', '-1y'):%d %B %Y}"
            ).alignment = WD_ALIGN_PARAGRAPH.CENTER

    def _next_id(self) -> int:
        self.shape_id += 1
        return self.shape_id

    def _watermark_xml(self, text: str) -> str:
        sid = self._next_id()
        width = 420 if len(text) > 10 else 380
        return (
            f"<w:r {_NS}><w:pict>"
            '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
            'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
            '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
            f'<v:shape id="PowerPlusWaterMarkObject{sid}" o:spid="_x0000_s{2000 + sid}" type="#_x0000_t136" '
            f'style="position:absolute;margin-left:0;margin-top:0;width:{width}pt;height:120pt;rotation:315;'
            "z-index:-251655168;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
            'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
            'fillcolor="silver" stroked="f"><v:fill opacity=".5"/>'
            f'<v:textpath style="font-family:&quot;{self.s.font}&quot;;font-size:1pt" string="{text}"/>'
            '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
        )

    # --- decorations ----------------------------------------------------------------------------------------
    def _float_box(self, paragraph, text: str, style: str, size: float, colour: str, rotation: int = 0) -> None:
        sid = self._next_id()
        rot = f"rotation:{rotation};" if rotation else ""
        xml = (
            f'<w:r {_NS}><w:pict><v:roundrect id="box{sid}" o:spid="_x0000_s{3000 + sid}" arcsize="10923f" '
            f'style="position:absolute;{style};{rot}z-index:251660288" strokecolor="#{colour}" '
            'strokeweight="1.25pt" filled="f"><v:textbox inset="3pt,2pt,3pt,2pt"><w:txbxContent>'
            f'<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>'
            f'<w:r><w:rPr><w:b/><w:color w:val="{colour}"/><w:sz w:val="{int(size * 2)}"/></w:rPr>'
            f"<w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:roundrect></w:pict></w:r>"
        )
        paragraph._p.append(parse_xml(xml))

    def stamp(self, paragraph) -> None:
        word = self.rng.choice(("DRAFT", "FINAL", "FINAL COPY", "DRAFT 2"))
        self._float_box(
            paragraph,
            word,
            "margin-left:330pt;margin-top:-6pt;width:110pt;height:34pt;"
            "mso-position-horizontal-relative:margin;mso-position-vertical-relative:margin",
            18,
            "C00000",
            rotation=self.rng.choice((-12, -8, 8, 0)),
        )

    def margin_note(self, paragraph) -> None:
        sid = self._next_id()
        left = 595 - self.s.right_margin * 28.35 + 10
        width = self.s.right_margin * 28.35 - 30
        xml = (
            f'<w:r {_NS}><w:pict><v:rect id="note{sid}" o:spid="_x0000_s{3000 + sid}" '
            f'style="position:absolute;margin-left:{left:.0f}pt;margin-top:0;width:{width:.0f}pt;'
            'height:44pt;z-index:251662336;mso-position-horizontal-relative:page;mso-position-vertical-relative:text" '
            'fillcolor="#FFF2CC" strokecolor="#BF9000" strokeweight=".5pt"><v:textbox inset="2pt,2pt,2pt,2pt">'
            '<w:txbxContent><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:rPr><w:i/><w:sz w:val="15"/></w:rPr>'
            f"<w:t>{self.rng.choice(NOTES)}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:rect></w:pict></w:r>"
        )
        paragraph._p.append(parse_xml(xml))

    def icon(self, paragraph) -> None:
        sid = self._next_id()
        colour = "2E74B5"
        geometry = {
            "oval": "v:oval",
            "diamond": "v:rect",
            "square": "v:rect",
        }[self.s.icons]
        rot = "rotation:45;" if self.s.icons == "diamond" else ""
        xml = (
            f'<w:r {_NS}><w:pict><{geometry} id="icon{sid}" o:spid="_x0000_s{3000 + sid}" '
            f'style="position:absolute;margin-left:-20pt;margin-top:3pt;width:10pt;height:10pt;{rot}'
            'z-index:251661312;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
            f'fillcolor="#{colour}" stroked="f"/></w:pict></w:r>'
        )
        paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, parse_xml(xml))

    def divider(self) -> None:
        kind = self.s.divider
        if not kind:
            return
        p = self.doc.add_paragraph()
        p.paragraph_format.space_after = Pt(6)
        if kind == "hr":
            p._p.append(
                parse_xml(
                    f'<w:r {_NS}><w:pict><v:rect id="hr{self._next_id()}" style="width:0;height:1.5pt" '
                    'o:hralign="center" o:hrstd="t" o:hrnoshade="t" o:hr="t" fillcolor="#7F7F7F" stroked="f"/>'
                    "</w:pict></w:r>"
                )
            )
        elif kind == "para":
            ppr = p._p.get_or_add_pPr()
            ppr.append(
                parse_xml(f'<w:pBdr {_NS}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="404040"/></w:pBdr>')
            )
        elif kind == "line":
            p._p.append(
                parse_xml(
                    f'<w:r {_NS}><w:pict><v:line id="ln{self._next_id()}" from="0,0" to="440pt,0" '
                    'style="position:absolute;z-index:251663360;mso-position-horizontal-relative:margin;'
                    'mso-position-vertical-relative:text" strokecolor="#2F5496" strokeweight="1.5pt"/>'
                    "</w:pict></w:r>"
                )
            )
        else:  # a row of three small shapes, centred
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for offset in (-30, 0, 30):
                p._p.append(
                    parse_xml(
                        f'<w:r {_NS}><w:pict><v:rect id="dv{self._next_id()}" '
                        f'style="position:absolute;margin-left:{215 + offset}pt;margin-top:4pt;width:7pt;'
                        "height:7pt;rotation:45;z-index:251664384;mso-position-horizontal-relative:margin;"
                        'mso-position-vertical-relative:text" fillcolor="#A5A5A5" stroked="f"/></w:pict></w:r>'
                    )
                )

    # --- text ----------------------------------------------------------------------------------------------
    def sentence(self, part: str) -> str:
        rng = self.rng
        key = part if rng.random() < 0.3 else "generic"
        pool = PART_SPECIFIC[part] if key == part else GENERIC
        unused = [t for t in pool if t not in self.used.setdefault(key, set())]
        if not unused:
            self.used[key] = set()
            unused = list(pool)
        template = rng.choice(unused)
        self.used[key].add(template)
        cite = rng.choice(CITES)
        values = dict(self.vars)
        values.update(
            cite=cite,
            cite_text=rng.choice(("research by Epsilon", "a survey by Accenture", "Salesforce", "Econsultancy")),
            n=f"{rng.randint(12, 480) * 1000:,}",
            pct=rng.randint(12, 68),
            small=rng.randint(2, 6),
            money=f"{rng.randint(15, 140) * 1000:,}",
            low=f"{rng.randint(10, 22) / 10:.1f}",
            high=f"{rng.randint(25, 40) / 10:.1f}",
            year=rng.choice((2020, 2021)),
            founded=rng.randint(1890, 2008),
            staff=rng.randint(60, 2400),
            stores=rng.randint(3, 85),
            turnover=rng.randint(6, 420),
        )
        return template.format(**values)

    def paragraph_text(self, part: str, budget: int) -> str:
        sentences: list[str] = []
        target = self.rng.randint(55, 120)
        while True:
            sentence = self.sentence(part)
            sentences.append(sentence)
            words = count(" ".join(sentences))
            if words >= min(target, budget) or words >= budget:
                break
        return " ".join(sentences)

    def body(self, text: str, style: str | None = None):
        p = self.doc.add_paragraph(text, style=style)
        if self.part is not None:
            self.words[self.part] = self.words.get(self.part, 0) + count(text)
        return p

    def heading(self, text: str, level: int):
        s = self.s
        if s.heading_mode == "styles":
            p = self.doc.add_paragraph(text, style=f"Heading {level}")
        else:
            p = self.doc.add_paragraph()
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt({1: s.size + 3, 2: s.size + 1.5, 3: s.size}[level])
            if level == 1:
                run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
            if level == 3:
                run.italic = True
                run.bold = self.rng.random() < 0.5
            p.paragraph_format.space_before = Pt(12 if level < 3 else 6)
            p.paragraph_format.space_after = Pt(6 if level < 3 else 2)
            p.paragraph_format.keep_with_next = True
        return p

    # --- the report -------------------------------------------------------------------------------------------
    def cover(self) -> None:
        first = self.doc.paragraphs[0] if self.doc.paragraphs else self.doc.add_paragraph()
        first.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if self.s.stamp:
            self.stamp(first)
            first.paragraph_format.space_after = Pt(36)
        for text, size in (
            ("CIM Level 6 Diploma in Professional Digital Marketing", 14),
            ("Mastering Digital Channels (2206)", 20),
            (f"Personalisation report for {self.vars['org']}", 16),
            (f"Candidate number: {self.rng.randint(100000, 999999)}", 12),
            (f"Study centre: {self.centre}", 12),
        ):
            p = self.doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(18)
            run = p.add_run(text)
            run.font.size = Pt(size)
            run.bold = size >= 16
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def label(self, part: str) -> str:
        task, letter = part[0], part[1]
        text = self.s.label.format(t=task, p=letter)
        titled = self.s.titled == "always" or (self.s.titled == "mixed" and self.rng.random() < 0.5)
        if titled:
            sep = self.rng.choice((" – ", ": ", " ")) if not text.endswith(".") else " "
            text = f"{text}{sep}{PART_TITLES[part]}"
        return text

    def write_part(self, part: str, target: int) -> None:
        s = self.s
        text = self.label(part)
        p = self.heading(text, 2 if s.task_headings else 1 if s.heading_mode == "styles" else 2)
        if s.icons:
            self.icon(p)
        self.headings[part] = text
        self.part = part
        self.words[part] = 0
        subs = list(SUBHEADS[part])
        use_subs = part == "1a" or self.rng.random() < 0.55
        n_paras = max(2, round(target / 95))
        sub_every = max(1, n_paras // len(subs)) if use_subs else 0
        para_no = 0
        table_done = False
        list_done = False
        notes_left = self.rng.randint(1, 2) if s.notes else 0
        while self.words[part] < target - 15:
            if use_subs and subs and para_no % sub_every == 0:
                self.heading(subs.pop(0), 3)
            remaining = target - self.words[part]
            if not list_done and para_no == 2 and part in ("1b", "2b", "3a") and remaining > 90:
                list_done = True
                self.body(self.paragraph_text(part, 40).split(". ")[0] + ":")
                style = "List Bullet" if self.rng.random() < 0.6 else "List Number"
                for _ in range(self.rng.randint(3, 5)):
                    self.body(self.sentence(part), style=style)
            else:
                p = self.body(self.paragraph_text(part, max(remaining, 20)))
                if notes_left and self.rng.random() < 0.5:
                    self.margin_note(p)
                    notes_left -= 1
            para_no += 1
            if part == "2a" and not table_done and para_no == 2:
                table_done = True
                self.plan_table()
            if part == "1a" and not table_done and para_no == 1 and s.spacing < 2 and self.rng.random() < 0.4:
                table_done = True
                self.fact_table()
        self.part = None

    def caption(self, text: str) -> None:
        p = self.doc.add_paragraph(text, style="Caption")
        p.paragraph_format.space_after = Pt(8)

    def plan_table(self) -> None:
        above = self.rng.random() < 0.5
        caption = "Table 1: Action plan to raise conversion"
        if above:
            self.caption(caption)
        rows = (
            ("Action", "Channel", "Owner", "Deadline", "KPI"),
            ("Segment list by last purchase", "Email", "CRM manager", "Month 1", "Open rate 25%"),
            ("Abandoned basket journey", "Email", "Digital executive", "Month 2", "Recovery 10%"),
            ("Recommended products block", "Website", "E-commerce lead", "Month 3", "CVR +0.4 pts"),
            ("Returning visitor banner", "Website", "Web developer", "Month 4", "Bounce -5%"),
            ("Monthly review of results", "Both", "Marketing manager", "Ongoing", "Dashboard"),
        )
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.text = value
                for run in cell.paragraphs[0].runs:
                    run.font.size = Pt(9)
                    run.bold = r == 0
        if not above:
            self.caption(caption + " (source: author)")

    def fact_table(self) -> None:
        rows = (
            ("Organisation", self.vars["org"]),
            ("Type", self.vars["sector"].capitalize()),
            ("Competitors", f"{self.vars['rival']}, {self.vars['rival2']}"),
        )
        table = self.doc.add_table(rows=3, cols=2)
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value

    def build(self) -> tuple[bytes, Truth]:
        s = self.s
        rng = self.rng
        if s.cover:
            self.cover()
        elif s.stamp:
            self.stamp(self.doc.add_paragraph())
        factor = rng.choice((0.72, 0.86, 0.94, 0.98, 1.02, 1.06, 1.09, 1.12))
        limits = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
        targets = {"1a": rng.randint(*s.a1_words)}
        for group, (p1, p2) in LIMIT_GROUPS.items():
            total = limits[group] * factor * rng.uniform(0.95, 1.0)
            share = rng.uniform(0.45, 0.56)
            targets[p1] = round(total * share)
            targets[p2] = round(total * (1 - share))
        word_lines = rng.random() < 0.5
        for task in ("1", "2", "3"):
            if task != "1":
                self.divider()
            if s.task_headings:
                title = f"Task {task}: {TASK_TITLES[task]}"
                self.heading(title.upper() if rng.random() < 0.3 else title, 1)
            parts = [p for p in PART_TITLES if p[0] == task]
            for i, part in enumerate(parts):
                if i and s.divider and rng.random() < 0.5:
                    self.divider()
                self.write_part(part, targets[part])
                if part == "1a" and s.cover:
                    self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            if word_lines:
                group = next(g for g, members in LIMIT_GROUPS.items() if members[0][0] == task)
                total = sum(self.words[p] for p in LIMIT_GROUPS[group])
                line = self.doc.add_paragraph(f"Word count: {total:,}")
                line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                line.runs[0].italic = True
        self.divider()
        self.heading("References", 1)
        for ref in REFERENCES:
            p = self.doc.add_paragraph(ref)
            p.paragraph_format.left_indent = Cm(1)
            p.paragraph_format.first_line_indent = Cm(-1)
        out = io.BytesIO()
        self.doc.save(out)
        part_words = {p: self.words[p] for p in PART_TITLES}
        truth = Truth(
            name="",
            seed=self.index,
            layout=s.name,
            split="",
            part_words=part_words,
            group_words={g: sum(part_words[p] for p in members) for g, members in LIMIT_GROUPS.items()},
            words_all=sum(part_words.values()),
            headings=dict(self.headings),
        )
        return out.getvalue(), truth


def build(index: int) -> tuple[bytes, Truth]:
    rng = random.Random(35_000 + index)
    fake = Faker("en_GB")
    fake.seed_instance(35_000 + index)
    style = LAYOUTS[index % len(LAYOUTS)]
    return Report(style, rng, fake, index).build()
