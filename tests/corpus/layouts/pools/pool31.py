"""pool31 (held out for its first tables, development data since stop 66): CIM 2206 reports with things drawn on
every page behind or around the text.

Watermarks set in the header (WordArt "DRAFT" or "CONFIDENTIAL", the centre's name, a faint logo), page borders,
line numbers in the margin (restarting each page or running on), coloured page backgrounds, a candidate-number
box in the margin of every page, a vertical strip of text down the page edge, and headers and footers of two or
three lines with a logo and a table. Written without reading marker's readers; truth counted as it is written.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from xml.sax.saxutils import escape

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports with things drawn on every page behind or around the text: header watermarks (WordArt DRAFT or "
    "CONFIDENTIAL, the centre's name, a faint logo), page borders, line numbers, coloured page backgrounds, a "
    "candidate-number box in the margin, a vertical strip of text down the edge, and two- or three-line "
    "headers and footers with a logo and a table"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)

CITES = (
    ("Chaffey and Ellis-Chadwick", 2019),
    ("Chaffey and Smith", 2022),
    ("Kingsnorth", 2022),
    ("Ryan", 2020),
    ("Kotler et al.", 2021),
    ("Dahlen et al.", 2010),
    ("Strauss and Frost", 2016),
    ("Lemon and Verhoef", 2016),
    ("Tiago and Veríssimo", 2014),
    ("Aguirre et al.", 2015),
    ("Bleier and Eisenbeiss", 2015),
    ("McKinsey and Company", 2021),
    ("Hanlon", 2022),
    ("Deloitte", 2023),
)
REFERENCES = (
    "Aguirre, E., Mahr, D., Grewal, D., de Ruyter, K. and Wetzels, M. (2015) Unraveling the personalization "
    "paradox. Journal of Retailing, 91(1), pp. 34-49.",
    "Bleier, A. and Eisenbeiss, M. (2015) Personalized online advertising effectiveness. Marketing Science, "
    "34(5), pp. 669-688.",
    "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital Marketing. 7th edn. Harlow: Pearson.",
    "Chaffey, D. and Smith, P.R. (2022) Digital Marketing Excellence. 6th edn. Abingdon: Routledge.",
    "Dahlen, M., Lange, F. and Smith, T. (2010) Marketing Communications: A Brand Narrative Approach. "
    "Chichester: Wiley.",
    "Deloitte (2023) Global Marketing Trends. London: Deloitte Insights.",
    "Hanlon, A. (2022) Digital Marketing: Strategic Planning and Integration. 2nd edn. London: Sage.",
    "Kingsnorth, S. (2022) Digital Marketing Strategy. 3rd edn. London: Kogan Page.",
    "Kotler, P., Kartajaya, H. and Setiawan, I. (2021) Marketing 5.0. Hoboken: Wiley.",
    "Lemon, K.N. and Verhoef, P.C. (2016) Understanding customer experience throughout the customer journey. "
    "Journal of Marketing, 80(6), pp. 69-96.",
    "McKinsey and Company (2021) The value of getting personalization right, or wrong, is multiplying. "
    "Available at: https://www.mckinsey.com (Accessed: 3 March 2024).",
    "Ryan, D. (2020) Understanding Digital Marketing. 5th edn. London: Kogan Page.",
    "Strauss, J. and Frost, R. (2016) E-Marketing. 7th edn. Abingdon: Routledge.",
    "Tiago, M. and Veríssimo, J. (2014) Digital marketing and social media. Business Horizons, 57(6), pp. 703-708.",
)
SECTORS = (
    ("garden centre chain", "plants, tools and outdoor furniture"),
    ("independent travel agency", "tailor-made holidays and city breaks"),
    ("regional building society", "mortgages, savings and insurance"),
    ("specialist cycling retailer", "bikes, parts and servicing"),
    ("boutique hotel group", "rooms, dining and spa breaks"),
    ("craft brewery", "beers, tours and a taproom"),
    ("pet supplies retailer", "food, accessories and grooming"),
    ("home furnishings brand", "sofas, lighting and soft furnishings"),
)
SEGMENTS = (
    "young professionals",
    "families with children",
    "retired customers",
    "students",
    "first-time buyers",
    "loyal repeat customers",
    "small business owners",
)

GENERIC = (
    "{org} currently reaches most of its customers through its website, email newsletter and social channels.",
    "Customers increasingly expect consistent and relevant experiences whether they shop on mobile, desktop or "
    "in store {cite}.",
    "Around {pct}% of online sessions at {org} now begin on a smartphone, which shapes every decision below.",
    "The marketing team of {n} people has limited analytical skills, so any change must be introduced in stages.",
    "{auth} ({year}) argues that personalisation only works when the data behind it is accurate and current.",
    "Competitors have already introduced tailored emails and product recommendations, raising expectations.",
    "The average order value online is £{money}, compared with £{money2} in the physical branches.",
    "As {auth} ({year}, p. {page}) observes, “the customer now controls when and where the conversation happens”.",
    "Budget for digital activity this year is £{k},000, roughly {pct}% of the total marketing spend.",
    "Management support is strong, although the IT team is stretched by a platform migration.",
    "Evidence from the sector suggests that relevance matters more to customers than frequency {cite}.",
    "Customer reviews mention slow delivery and generic emails as the two main frustrations.",
)
TOPIC = {
    "1a": (
        "{org} is a {sector} founded in {founded} and based in {city}, selling {offer}.",
        "The business employs {emp} staff and reported turnover of £{turn} million last year.",
        "It trades from {stores} sites and an e-commerce website launched in {launched}.",
        "Its mission is to offer expert advice and good value to customers in {city} and beyond.",
        "Online sales account for {pct}% of revenue and have grown each year since the pandemic.",
        "The main customer groups are {seg} and {seg2}, who differ in how they research and buy.",
        "Digital channels include the website, an app, email, Instagram, Facebook and a YouTube channel.",
    ),
    "1b": (
        "Personalisation at {org} is still at an early stage and relies on basic email segmentation by location.",
        "The website shows the same home page to every visitor, regardless of their history or interests.",
        "Artificial intelligence now allows real-time recommendations that were once affordable only to large "
        "retailers {cite}.",
        "Privacy regulation such as UK GDPR limits how third-party data can be used for targeting.",
        "The decline of third-party cookies pushes firms towards first-party data and consent-based profiles {cite}.",
        "Voice search and conversational assistants are likely to become a further channel for tailored content.",
        "{auth} ({year}) describes personalisation as moving from segment level to the individual in real time.",
        "Future developments include predictive analytics that anticipate need before a customer searches.",
    ),
    "1c": (
        "The chosen segment is {seg}, who make up about {pct}% of the active customer base.",
        "These customers research on mobile in the evening and prefer short, visual content.",
        "Email could greet them by name and show products linked to their last purchase.",
        "The website could remember browsing history and surface relevant guides on the home page.",
        "Social media advertising could use lookalike audiences built from the best existing customers {cite}.",
        "The app could send location-based offers when a customer is near one of the {stores} sites.",
        "Personalised content must feel helpful rather than intrusive, as {auth} ({year}) warns.",
        "Each channel should share one customer profile so that messages stay consistent.",
    ),
    "2a": (
        "The first step is to audit the conversion funnel and identify where visitors abandon their journey.",
        "Checkout will be reduced from five steps to three, with guest checkout and digital wallets.",
        "A/B testing of product pages will compare layouts, imagery and calls to action {cite}.",
        "Page speed on mobile will be improved, since each second of delay lowers conversion {cite}.",
        "The current conversion rate of {pct_small}% should rise to {pct_target}% within twelve months.",
        "Responsibility sits with the e-commerce manager, supported by an external agency.",
        "Progress will be reviewed monthly against a dashboard of agreed key performance indicators.",
        "Trust signals such as reviews, delivery promises and secure payment badges will be made visible.",
    ),
    "2b": (
        "Personalised content will be driven by browsing and purchase data held in the CRM system.",
        "Abandoned basket emails will be sent after one hour, with a reminder after twenty-four hours.",
        "Re-marketing display ads will show the exact products a visitor viewed {cite}.",
        "Frequency caps will prevent the same customer seeing an advert more than {cap} times a week.",
        "Dynamic content blocks in emails will change according to the customer's segment and season.",
        "{auth} ({year}) notes that re-marketing works best when the message adds new information.",
        "Social re-marketing on Instagram and Facebook will use custom audiences from site visitors.",
        "Consent will be gathered clearly at sign-up so that every message is lawful and welcome.",
    ),
    "3a": (
        "Implementation will follow a phased plan, starting with email before moving to the website and app.",
        "A cross-functional team from marketing, IT and customer service will own the project.",
        "Staff will need training in data analysis and in using the new personalisation platform {cite}.",
        "A customer data platform will bring together records from the website, stores and email.",
        "Success will be measured through conversion rate, average order value and retention.",
        "{auth} ({year}) recommends a test-and-learn culture in which small pilots lead to wider roll-out.",
        "Governance will include a monthly steering group and clear rules for data quality.",
        "The budget for the first year is estimated at £{k},000 including software licences.",
    ),
    "3b": (
        "The first risk is a breach of data protection law, which could bring fines and lost trust.",
        "The second risk is that customers find personalisation creepy and unsubscribe {cite}.",
        "The third risk is poor data quality, which produces irrelevant recommendations.",
        "Mitigation includes a privacy impact assessment and transparent consent notices.",
        "Customers will be able to see and change the preferences that shape their content.",
        "Regular data cleansing and validation at the point of capture will reduce errors.",
        "{auth} ({year}) describes a personalisation paradox in which more relevance can mean less trust.",
        "Each risk will be reviewed quarterly and assigned an owner in the risk register.",
    ),
}
SUBHEADS = {
    "1a": ("Background", "Products and customers", "Digital presence"),
    "1b": ("Current position", "Emerging technology", "Looking ahead"),
    "1c": ("The segment", "Channel ideas", "Joining the channels up"),
    "2a": ("Funnel audit", "Quick wins", "Targets and measurement"),
    "2b": ("Content", "Re-marketing", "Consent and frequency"),
    "3a": ("Phasing", "People and skills", "Measuring success"),
    "3b": ("Legal risk", "Customer perception", "Data quality"),
}
FOOTNOTES = (
    "Figures are taken from the company's most recent annual report and management accounts.",
    "Based on Google Analytics data for the last twelve months, shared by the marketing manager.",
    "The organisation's name and some figures have been changed for confidentiality.",
    "UK GDPR and the Privacy and Electronic Communications Regulations (PECR) both apply here.",
    "A customer data platform (CDP) unifies records from every channel into one profile.",
    "Conversion rate here means orders divided by sessions, measured on the website only.",
    "Estimate from two supplier quotations received in the last quarter.",
)
TASK_TITLES = {"1": "Personalisation report", "2": "Conversion plan", "3": "Implementation and risk"}


@dataclass(frozen=True)
class Layout:
    name: str
    font: str
    size: float
    spacing: float
    margin_cm: float
    label: str  # how parts are labelled
    with_title: bool
    heading_mode: str  # "styles" (Heading 1/2) or "plain" (bold body paragraphs)
    word_count_lines: bool
    footnotes: bool = False


LAYOUTS = (
    Layout("draft_wordart_header", "Calibri", 11, 1.15, 2.54, "task_paren", True, "styles", False, True),
    Layout("confidential_page_border", "Arial", 11.5, 1.5, 2.2, "caps", False, "plain", True),
    Layout("line_numbers_each_page", "Times New Roman", 12, 2.0, 2.54, "comma_part", True, "plain", False, True),
    Layout("tinted_page_running_numbers", "Georgia", 10.5, 1.0, 2.0, "q", True, "styles", True),
    Layout("candidate_box_and_edge_strip", "Cambria", 13, 1.15, 2.8, "short_paren", True, "styles", False),
    Layout("letterhead_table_logo_watermark", "Verdana", 10.5, 1.3, 2.3, "task_paren", False, "plain", True, True),
    Layout("centre_name_watermark_border", "Garamond", 13, 1.5, 2.5, "short_paren", False, "plain", False),
)


def part_label(layout: Layout, part: str) -> str:
    task, letter = part[0], part[1]
    label = {
        "task_paren": f"Task {task} ({letter})",
        "caps": f"TASK {task}{letter.upper()}",
        "comma_part": f"Task {task}, part {letter}",
        "q": f"Q{task}{letter}",
        "short_paren": f"{task}({letter})",
    }[layout.label]
    if layout.with_title:
        sep = ":" if layout.label in ("q", "comma_part") else ""
        title = PART_TITLES[part]
        return f"{label}{sep} {title}"
    return label


def task_label(layout: Layout, task: str) -> str:
    if layout.label == "caps":
        return f"TASK {task}"
    if layout.label == "q":
        return f"Question {task}"
    return f"Task {task}: {TASK_TITLES[task]}"


# --- raw WordprocessingML -------------------------------------------------------------------------------------
def wordart_watermark(text: str, color: str, font: str, opacity: str = ".45", rotation: int = 315) -> str:
    return (
        f'<w:p {NS}><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><w:pict>'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
        'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
        '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
        '<v:shape id="PowerPlusWaterMarkObject357831064" o:spid="_x0000_s2049" '
        'type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:460pt;height:115pt;'
        f"rotation:{rotation};z-index:-251657216;mso-position-horizontal:center;"
        "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
        f'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="{color}" stroked="f">'
        f'<v:fill opacity="{opacity}"/><v:textpath style="font-family:&quot;{font}&quot;;font-size:1pt" '
        f'string="{escape(text)}"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r></w:p>'
    )


def margin_textbox(text: str, style: str, vertical: bool, fill: str, size_half_pts: int) -> str:
    flow = "layout-flow:vertical;mso-layout-flow-alt:bottom-to-top" if vertical else ""
    return (
        f'<w:p {NS}><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape type="#_x0000_t202" style="position:absolute;{style};z-index:251659264" '
        f'fillcolor="{fill}" strokecolor="#7f7f7f" strokeweight=".5pt" o:allowincell="f">'
        f'<v:textbox style="{flow}" inset="2pt,2pt,2pt,2pt"><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/>'
        f'</w:pPr><w:r><w:rPr><w:sz w:val="{size_half_pts}"/><w:color w:val="404040"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:txbxContent></v:textbox>'
        '<w10:wrap anchorx="page" anchory="page"/></v:shape></w:pict></w:r></w:p>'
    )


def image_watermark(rid: str) -> str:
    return (
        f'<w:p {NS}><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><w:pict>'
        '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
        'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/>'
        '<v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/><o:lock v:ext="edit" '
        'aspectratio="t"/></v:shapetype>'
        '<v:shape id="WordPictureWatermark1" o:spid="_x0000_s2050" type="#_x0000_t75" style="position:absolute;'
        "margin-left:0;margin-top:0;width:300pt;height:300pt;z-index:-251656192;mso-position-horizontal:center;"
        "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
        'mso-position-vertical-relative:margin" o:allowincell="f">'
        f'<v:imagedata r:id="{rid}" o:title="logo" gain="19661f" blacklevel="22938f"/></v:shape>'
        "</w:pict></w:r></w:p>"
    )


def page_field_run(paragraph, instr: str = "PAGE") -> None:
    paragraph._p.append(parse_xml(f'<w:fldSimple {NS} w:instr=" {instr} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def sect_extras(section, *, borders: str | None = None, line_numbers: str | None = None) -> None:
    sect = section._sectPr
    anchor = sect.find(qn("w:pgMar"))
    items = []
    if borders:
        sides = "".join(
            f'<w:{side} w:val="{borders}" w:sz="12" w:space="24" w:color="1F3864"/>'
            for side in ("top", "left", "bottom", "right")
        )
        items.append(f'<w:pgBorders {NS} w:offsetFrom="page">{sides}</w:pgBorders>')
    if line_numbers:
        items.append(f'<w:lnNumType {NS} w:countBy="1" w:distance="284" w:restart="{line_numbers}"/>')
    for xml in items:
        element = parse_xml(xml)
        anchor.addnext(element)
        anchor = element


def page_background(document, color: str) -> None:
    body = document.element
    body.insert(0, parse_xml(f'<w:background {NS} w:color="{color}"/>'))
    settings = document.settings.element
    zoom = settings.find(qn("w:zoom"))
    shape = parse_xml(f"<w:displayBackgroundShape {NS}/>")
    if zoom is not None:
        zoom.addnext(shape)
    else:
        settings.insert(0, shape)


def logo_png(rng: random.Random, initials: str, faint: bool = False) -> bytes:
    size = 240
    hue = rng.choice(((31, 56, 100), (0, 112, 96), (128, 32, 48), (90, 60, 140)))
    image = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(image)
    color = tuple(int(c + (255 - c) * 0.75) for c in hue) if faint else hue
    draw.ellipse((10, 10, size - 10, size - 10), outline=color, width=14)
    draw.rectangle((70, 95, 170, 145), fill=color)
    draw.text((size // 2 - 12, size // 2 - 6), initials, fill="white")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


# --- writing ----------------------------------------------------------------------------------------------------
class Writer:
    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        self.org = fake.company().replace(",", "")
        self.city = fake.city()
        self.sector, self.offer = rng.choice(SECTORS)
        self.segments = rng.sample(SEGMENTS, 3)
        self.stores = rng.randint(3, 40)
        self.used: set[tuple[str, int]] = set()

    def cite(self) -> tuple[str, int]:
        source = self.rng.choice(CITES)
        self.used.add(source)
        return source

    def sentence(self, part: str) -> str:
        rng = self.rng
        template = rng.choice(TOPIC[part]) if rng.random() < 0.7 else rng.choice(GENERIC)
        auth, year = self.cite()
        c_auth, c_year = self.cite()
        return template.format(
            org=self.org,
            city=self.city,
            sector=self.sector,
            offer=self.offer,
            seg=self.segments[0],
            seg2=self.segments[1],
            pct=rng.randint(12, 68),
            pct_small=round(rng.uniform(0.8, 2.4), 1),
            pct_target=round(rng.uniform(2.6, 4.0), 1),
            n=rng.randint(4, 25),
            money=rng.randint(35, 140),
            money2=rng.randint(20, 90),
            page=rng.randint(12, 420),
            k=rng.randint(40, 400),
            auth=auth,
            year=year,
            cite=f"({c_auth}, {c_year})",
            founded=rng.randint(1965, 2012),
            launched=rng.randint(2005, 2019),
            emp=rng.randint(40, 900),
            turn=round(rng.uniform(3, 80), 1),
            stores=self.stores,
            cap=rng.randint(3, 6),
        )

    def paragraph(self, part: str, budget: int) -> str:
        sentences: list[str] = []
        target = self.rng.randint(55, 130)
        while count(" ".join(sentences)) < min(target, budget) or not sentences:
            sentences.append(self.sentence(part))
        return " ".join(sentences)


class Report:
    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(31_000 + index)
        fake = Faker("en_GB")
        fake.seed_instance(31_000 + index)
        self.fake = fake
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        self.writer = Writer(self.rng, fake)
        self.document = docx.Document()
        self.words = dict.fromkeys(PARTS, 0)
        self.headings: dict[str, str] = {}
        self.tables = 0
        self.notes: list[str] = []
        self.candidate = f"{self.rng.randint(100000, 999999)}"
        self.centre = f"{fake.last_name()} College of Marketing"

    # styles ----------------------------------------------------------------------------------------------------
    def setup(self) -> None:
        lay = self.layout
        styles = self.document.styles
        normal = styles["Normal"]
        normal.font.name = lay.font
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), lay.font)
        normal.font.size = Pt(lay.size)
        normal.paragraph_format.line_spacing = lay.spacing
        normal.paragraph_format.space_after = Pt(self.rng.choice((0, 6, 8)))
        for name, grow in (("Heading 1", 4), ("Heading 2", 2), ("Heading 3", 0.5)):
            style = styles[name]
            style.font.name = lay.font
            style.font.size = Pt(lay.size + grow)
            style.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
            if name == "Heading 3":
                style.font.italic = True
                style.font.size = Pt(lay.size)
        for section in self.document.sections:
            section.page_width, section.page_height = Cm(21.0), Cm(29.7)
            for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
                setattr(section, side, Cm(lay.margin_cm))
            section.header_distance = Cm(1.0)
            section.footer_distance = Cm(1.0)

    # counted and uncounted writing ------------------------------------------------------------------------------
    def body(self, part: str, text: str, style: str | None = None) -> None:
        paragraph = self.document.add_paragraph(text, style=style)
        self.words[part] += count(text)
        if self.layout.footnotes and style is None and self.rng.random() < 0.15:
            self.footnote(paragraph)

    def footnote(self, paragraph) -> None:
        """A footnote mark against the paragraph's last word (no space); the note itself is not counted."""
        note = len(self.notes) + 1
        self.notes.append(self.rng.choice(FOOTNOTES))
        paragraph._p.append(
            parse_xml(
                f'<w:r {NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{note}"/></w:r>'
            )
        )

    def footnotes_part(self) -> None:
        if not self.notes:
            return
        notes = "".join(
            f'<w:footnote w:id="{number}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
            f'</w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/>'
            f'</w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
            "</w:p></w:footnote>"
            for number, text in enumerate(self.notes, start=1)
        )
        xml = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {NS}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            f"{notes}</w:footnotes>"
        )
        document_part = self.document.part
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            xml.encode("utf-8"),
            document_part.package,
        )
        document_part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")

    def heading(self, text: str, level: int) -> None:
        lay = self.layout
        if lay.heading_mode == "styles":
            self.document.add_heading(text, level=level)
            return
        paragraph = self.document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = True
        sizes = {1: lay.size + 3, 2: lay.size + 1, 3: lay.size}
        run.font.size = Pt(sizes[level])
        if level == 3:
            run.bold = False
            run.italic = True
            run.underline = True
        if level == 1 and lay.label == "caps":
            run.font.color.rgb = RGBColor(0x80, 0x20, 0x30)
        paragraph.paragraph_format.space_before = Pt(12 if level < 3 else 6)
        paragraph.paragraph_format.keep_with_next = True

    def table(self, caption: str, header: list[str], rows: list[list[str]]) -> None:
        self.tables += 1
        above = self.rng.random() < 0.5
        text = f"Table {self.tables}: {caption}"
        if above:
            self.document.add_paragraph(text, style="Caption")
        table = self.document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, value in zip(table.rows[0].cells, header, strict=True):
            cell.text = value
            cell.paragraphs[0].runs[0].bold = True
        for row in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = value
        if not above:
            self.document.add_paragraph(text, style="Caption")

    def fill(self, part: str, target: int) -> None:
        """Body paragraphs, sometimes a sub-heading or a list, until the part holds about ``target`` words."""
        rng = self.rng
        subheads = list(SUBHEADS[part]) if rng.random() < 0.45 and part != "1a" else []
        stops = sorted(rng.sample(range(1, 6), len(subheads))) if subheads else []
        paragraphs = 0
        listed = False
        while self.words[part] < target:
            if subheads and paragraphs in stops:
                self.heading(subheads.pop(0), 3)
                stops.pop(0)
            left = target - self.words[part]
            if not listed and left > 120 and paragraphs >= 1 and rng.random() < 0.35:
                listed = True
                typed = rng.random() < 0.4
                style = rng.choice(("List Bullet", "List Number"))
                for number in range(1, rng.randint(3, 5) + 1):
                    item = self.writer.sentence(part)
                    if typed:
                        self.body(part, f"{number}. {item}")
                    else:
                        self.body(part, item, style=style)
            else:
                self.body(part, self.writer.paragraph(part, left))
            paragraphs += 1

    def part_tables(self, part: str) -> None:
        rng, w = self.rng, self.writer
        if part == "1a" and rng.random() < 0.6:
            self.table(
                f"{w.org} at a glance",
                ["Measure", "Value"],
                [
                    ["Founded", str(rng.randint(1965, 2012))],
                    ["Sites", str(w.stores)],
                    ["Online share of sales", f"{rng.randint(15, 60)}%"],
                    ["Email subscribers", f"{rng.randint(8, 90)},000"],
                ],
            )
        elif part == "2a" and rng.random() < 0.8:
            months = ["Month 1", "Months 2-3", "Months 3-6", "Months 6-12"]
            self.table(
                "Conversion action plan",
                ["Action", "Owner", "Timing", "KPI"],
                [
                    ["Checkout redesign", "E-commerce manager", months[1], "Checkout completion"],
                    ["A/B testing programme", "Digital executive", months[2], "Conversion rate"],
                    ["Mobile speed fixes", "Web agency", months[0], "Load time under 2s"],
                    ["Reviews on product pages", "CX lead", months[3], "Review coverage"],
                ],
            )
        elif part == "3b" and rng.random() < 0.7:
            self.table(
                "Risk register",
                ["Risk", "Likelihood", "Impact", "Mitigation"],
                [
                    ["Data protection breach", "Low", "High", "Privacy impact assessment"],
                    ["Customer discomfort", "Medium", "Medium", "Preference centre"],
                    ["Poor data quality", "High", "Medium", "Cleansing and validation"],
                ],
            )

    # page furniture -----------------------------------------------------------------------------------------
    def furniture(self) -> None:
        lay, rng = self.layout, self.rng
        section = self.document.sections[0]
        header, footer = section.header, section.footer
        hp = header.paragraphs[0]
        fp = footer.paragraphs[0]
        unit = "CIM Level 4 Certificate in Professional Marketing, Mastering Digital Channels (2206)"
        name = lay.name
        if name == "draft_wordart_header":
            hp.text = unit
            header.add_paragraph(f"Candidate {self.candidate}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
            header._element.append(parse_xml(wordart_watermark("DRAFT", "silver", lay.font)))
            fp.text = "Page "
            page_field_run(fp)
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif name == "confidential_page_border":
            hp.text = f"CONFIDENTIAL - Candidate {self.candidate}"
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            second = header.add_paragraph(self.centre)
            second.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            header._element.append(parse_xml(wordart_watermark("CONFIDENTIAL", "#C00000", "Arial", ".25")))
            sect_extras(section, borders=rng.choice(("single", "double", "thickThinSmallGap")))
            fp.text = f"{self.centre} | Page "
            page_field_run(fp)
            fp.add_run(" of ")
            page_field_run(fp, "NUMPAGES")
        elif name == "line_numbers_each_page":
            hp.text = f"Candidate number: {self.candidate}"
            header.add_paragraph(f"Centre: {self.centre}")
            header.add_paragraph("Mastering Digital Channels - Assignment")
            sect_extras(section, line_numbers="newPage")
            page_field_run(fp)
            fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif name == "tinted_page_running_numbers":
            page_background(self.document, rng.choice(("FFF8E7", "EEF5FB", "F2F7EE")))
            sect_extras(section, line_numbers="continuous")
            hp.text = f"{self.writer.org} - Mastering Digital Channels"
            fp.text = f"Candidate {self.candidate}\t\tPage "
            page_field_run(fp)
        elif name == "candidate_box_and_edge_strip":
            hp.text = "Mastering Digital Channels (2206)"
            box_style = (
                "margin-left:520pt;margin-top:60pt;width:60pt;height:42pt;"
                "mso-position-horizontal-relative:page;mso-position-vertical-relative:page"
            )
            header._element.append(
                parse_xml(margin_textbox(f"Cand. no. {self.candidate}", box_style, False, "#F2F2F2", 16))
            )
            strip_style = (
                "margin-left:8pt;margin-top:150pt;width:26pt;height:540pt;"
                "mso-position-horizontal-relative:page;mso-position-vertical-relative:page"
            )
            strip = f"{self.centre} - CIM assessment - do not copy - candidate {self.candidate}"
            header._element.append(parse_xml(margin_textbox(strip, strip_style, True, "#DDE7F3", 18)))
            fp.text = "Page "
            page_field_run(fp)
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif name == "letterhead_table_logo_watermark":
            initials = "".join(word[0] for word in self.centre.split()[:2]).upper()
            table = header.add_table(rows=2, cols=3, width=Cm(21.0 - 2 * lay.margin_cm))
            table.style = "Table Grid"
            logo_cell = table.cell(0, 0).merge(table.cell(1, 0))
            logo_cell.paragraphs[0].add_run().add_picture(io.BytesIO(logo_png(rng, initials)), width=Cm(1.6))
            table.cell(0, 1).text = self.centre
            table.cell(1, 1).text = "CIM Mastering Digital Channels (2206)"
            table.cell(0, 2).text = f"Candidate {self.candidate}"
            table.cell(1, 2).text = self.fake.date_between("-1y", "today").strftime("%d %B %Y")
            hp.text = ""
            rid, _ = header.part.get_or_add_image(io.BytesIO(logo_png(rng, initials, faint=True)))
            header._element.append(parse_xml(image_watermark(rid)))
            fp.text = f"{self.centre} - internal assessment"
            second = footer.add_paragraph("Page ")
            page_field_run(second)
            second.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:  # centre_name_watermark_border
            header._element.append(
                parse_xml(wordart_watermark(self.centre.upper(), "#8EAADB", lay.font, ".35", rotation=0))
            )
            hp.text = f"{self.centre}\t\t{self.candidate}"
            sect_extras(section, borders="single")
            fp.text = "Mastering Digital Channels"
            second = footer.add_paragraph()
            page_field_run(second)
            second.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # the report -------------------------------------------------------------------------------------------------
    def cover(self) -> None:
        lay, doc = self.layout, self.document
        title = doc.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = title.add_run("Mastering Digital Channels")
        run.bold = True
        run.font.size = Pt(lay.size + 10)
        for line in (
            f"Personalisation report for {self.writer.org}",
            f"Candidate number: {self.candidate}",
            f"Centre: {self.centre}",
            f"Submitted {self.fake.date_between('-1y', 'today').strftime('%d %B %Y')}",
        ):
            paragraph = doc.add_paragraph(line)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def targets(self) -> dict[str, int]:
        rng = self.rng
        mode = rng.random()
        factor = rng.uniform(1.02, 1.12) if mode < 0.3 else rng.uniform(0.6, 0.8) if mode < 0.5 else 0.0
        targets: dict[str, int] = {}
        for group, maximum in (("task1-bc", 1500), ("task2-ab", 1750), ("task3-ab", 1500)):
            size = maximum * (factor or rng.uniform(0.88, 0.99))
            first, second = LIMIT_GROUPS[group]
            share = rng.uniform(0.4, 0.6)
            targets[first] = int(size * share)
            targets[second] = int(size * (1 - share))
        per_side = 330 if self.layout.spacing <= 1.15 else 250 if self.layout.spacing <= 1.5 else 190
        targets["1a"] = int(per_side * (13 / max(self.layout.size, 11)) * rng.uniform(0.6, 0.85))
        return targets

    def write(self) -> Truth:
        self.setup()
        self.furniture()
        self.cover()
        targets = self.targets()
        for task in "123":
            self.heading(task_label(self.layout, task), 1)
            parts = [part for part in PARTS if part[0] == task]
            for part in parts:
                text = part_label(self.layout, part)
                self.headings[part] = text
                self.heading(text, 2)
                self.fill(part, targets[part])
                self.part_tables(part)
            if self.layout.word_count_lines:
                total = sum(self.words[part] for part in parts if part != "1a")
                if total:
                    self.document.add_paragraph(f"Word count: {total:,}").runs[0].italic = True
        self.references()
        self.footnotes_part()
        return Truth(
            name="",
            seed=self.index,
            layout=self.layout.name,
            split="",
            part_words=dict(self.words),
            group_words={g: sum(self.words[p] for p in members) for g, members in LIMIT_GROUPS.items()},
            words_all=sum(self.words.values()),
            headings=dict(self.headings),
        )

    def references(self) -> None:
        doc = self.document
        if self.rng.random() < 0.5:
            doc.add_section(WD_SECTION.NEW_PAGE)
        else:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self.heading("References", 1)
        for entry in REFERENCES:
            paragraph = doc.add_paragraph(entry)
            paragraph.paragraph_format.left_indent = Cm(1.0)
            paragraph.paragraph_format.first_line_indent = Cm(-1.0)


def build(index: int) -> tuple[bytes, Truth]:
    report = Report(index)
    truth = report.write()
    out = io.BytesIO()
    report.document.save(out)
    return out.getvalue(), truth
