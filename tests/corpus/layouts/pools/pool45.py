"""Layout pool 45 (HELD OUT): CIM 2206 reports laid out in columns and panels.

Two-column pages with borderless fact tables in a column, text-box sidebars of facts beside the body, tables set
side by side, tables with a shaded panel column, long tables that run from the foot of one column to the top of
the next, key-figure panels (a big number above its label) and tables floated left or right with the body text
running around them. Truth is counted while the report is written: only body paragraphs and list items count.
"""

from __future__ import annotations

import io
import random
from xml.sax.saxutils import escape

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Columns and panels: two-column pages with borderless tables, text-box sidebars of facts, side-by-side "
    "tables, shaded panel columns, tables running across column breaks, key-figure panels, wrapped tables"
)

LAYOUTS = (
    "twocol-borderless",
    "textbox-sidebar",
    "side-by-side-tables",
    "shaded-panel-table",
    "twocol-running-tables",
    "key-figure-panels",
    "wraparound-tables",
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_TITLES = {"1": "Personalisation report", "2": "Conversion plan", "3": "Implementation and risk"}
LIMITS = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}

CITES = (
    ("Chaffey and Ellis-Chadwick", "2019"),
    ("Chaffey and Smith", "2017"),
    ("Kotler, Kartajaya and Setiawan", "2021"),
    ("Ryan", "2020"),
    ("Strauss and Frost", "2016"),
    ("Kingsnorth", "2019"),
    ("Tiago and Verissimo", "2014"),
    ("Lemon and Verhoef", "2016"),
    ("Smith", "2021"),
    ("Econsultancy", "2022"),
    ("Deloitte", "2023"),
    ("McKinsey & Company", "2021"),
)
REFERENCES = {
    "Chaffey and Ellis-Chadwick": "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital Marketing: Strategy, "
    "Implementation and Practice. 7th edn. Harlow: Pearson.",
    "Chaffey and Smith": "Chaffey, D. and Smith, P.R. (2017) Digital Marketing Excellence. 5th edn. Abingdon: "
    "Routledge.",
    "Kotler, Kartajaya and Setiawan": "Kotler, P., Kartajaya, H. and Setiawan, I. (2021) Marketing 5.0: Technology "
    "for Humanity. Hoboken: Wiley.",
    "Ryan": "Ryan, D. (2020) Understanding Digital Marketing. 5th edn. London: Kogan Page.",
    "Strauss and Frost": "Strauss, J. and Frost, R. (2016) E-Marketing. 7th edn. Abingdon: Routledge.",
    "Kingsnorth": "Kingsnorth, S. (2019) Digital Marketing Strategy. 2nd edn. London: Kogan Page.",
    "Tiago and Verissimo": "Tiago, M. and Verissimo, J. (2014) 'Digital marketing and social media: why bother?', "
    "Business Horizons, 57(6), pp. 703-708.",
    "Lemon and Verhoef": "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience throughout the "
    "customer journey', Journal of Marketing, 80(6), pp. 69-96.",
    "Smith": "Smith, P.R. (2021) SOSTAC Guide to your Perfect Digital Marketing Plan. London: PR Smith.",
    "Econsultancy": "Econsultancy (2022) Personalisation Best Practice Guide. London: Econsultancy.",
    "Deloitte": "Deloitte (2023) Digital Consumer Trends. London: Deloitte LLP.",
    "McKinsey & Company": "McKinsey & Company (2021) The value of getting personalization right - or wrong - is "
    "multiplying. New York: McKinsey.",
}

SECTORS = (
    ("outdoor clothing retailer", "outdoor clothing"),
    ("independent coffee roaster", "speciality coffee"),
    ("regional building society", "savings and mortgages"),
    ("garden centre group", "plants and garden products"),
    ("online furniture brand", "home furniture"),
    ("boutique hotel chain", "short breaks"),
    ("craft brewery", "craft beer"),
    ("pet supplies retailer", "pet food and accessories"),
    ("cycling equipment retailer", "bikes and cycling kit"),
    ("skincare brand", "natural skincare"),
)
SEGMENTS = (
    "young urban professionals",
    "families with young children",
    "retired customers aged over 60",
    "students",
    "loyal repeat buyers",
    "first-time online shoppers",
    "small business buyers",
)
TOOLS = ("Salesforce Marketing Cloud", "Adobe Target", "Dynamic Yield", "Klaviyo", "HubSpot", "Optimizely")
CHANNELS = ("email", "the mobile app", "the website", "paid social", "search advertising", "SMS")

SENTENCES = {
    "1a": (
        "{org} is a {sector} founded in {founded} and based in {city}, employing around {staff} people.",
        "The business sells {product} through {stores} stores, a transactional website and a mobile app.",
        "Annual turnover was £{revenue} million last year, of which {online}% came through digital channels.",
        "Its mission is to make {product} simple and enjoyable for everyone, a promise repeated across channels.",
        "The main competitors are {rival} and {rival2}, both of which invest heavily in digital marketing.",
        "Customers are mostly aged 25 to 54, and the {segment} segment is the fastest growing {cite}.",
        "The marketing team of {team} people manages the website, email, social media and paid search.",
        "The website attracts about {visits} visits a month, yet the conversion rate is only {conv}%.",
        "{org} holds first-party data on {emails} email subscribers, although little of it is used to tailor offers.",
        "A SWOT analysis shows strong brand loyalty but weak data integration between store and online systems.",
        "Social media following has grown by {pct}% in two years, led by Instagram and TikTok {cite}.",
        "The board has set a target to grow online revenue by {pct2}% over the next three years.",
    ),
    "1b": (
        "Personalisation means tailoring content, offers and experiences to an individual customer {cite}.",
        "At {org} personalisation is at an early stage, relying mostly on basic email segmentation by location.",
        "Recommendations on the website are rule-based and show best sellers rather than individual suggestions.",
        "Research by {author} ({year}) shows that tailored offers can lift conversion rates by up to {pct}%.",
        "Artificial intelligence now allows offers to be adjusted within milliseconds of a click {cite}.",
        'As {author} ({year}, p. {page}) argues, "relevance is the currency of attention in digital channels".',
        "Privacy regulation such as the GDPR limits how first-party data may be collected, stored and processed.",
        "The end of third-party cookies will force brands like {org} to build their own first-party data {cite}.",
        "Competitors such as {rival} already use real-time recommendations and dynamic pricing on their apps.",
        "Voice search and conversational chatbots are likely to make personalisation more immediate {cite}.",
        "Customers increasingly expect consistent and efficient experiences across mobile, web and stores.",
        "Within three years {org} could use predictive analytics to anticipate needs before customers search.",
        "A customer data platform would join store, web and email data into one profile per customer {cite}.",
        "Augmented reality may let customers see {product} in their own setting before they buy.",
    ),
    "1c": (
        "The chosen target segment is {segment}, who account for {pct}% of online revenue at {org}.",
        "This group visits the site around {n} times a month, mostly on mobile devices in the evening.",
        "They respond well to tailored content and expect the brand to remember their preferences {cite}.",
        "On the website, personalised landing pages could show {product} matched to past browsing.",
        "In email, dynamic content blocks would change images and offers according to each profile {cite}.",
        "The mobile app could send location-based push notifications when a customer is near a store.",
        "Paid social campaigns would use lookalike audiences built from the segment's best customers.",
        "As {author} ({year}) notes, personalisation should add value for the customer rather than feel intrusive.",
        "Loyalty rewards could be tailored, offering early access to new {product} rather than blanket discounts.",
        "Search advertising would use audience lists so that returning visitors see messages tied to their interests.",
        "Personalised onboarding emails would welcome new members of the segment with content they chose {cite}.",
        "Each channel change would be tested against a control group to prove its effect on conversion.",
    ),
    "2a": (
        "The objective is to raise the online conversion rate from {conv}% to {conv2}% within twelve months.",
        "The plan follows the SOSTAC framework of situation, objectives, strategy, tactics, action and control {cite}.",
        "First, the checkout will be simplified from five steps to three, with guest checkout and digital wallets.",
        "Product pages will gain reviews, clearer delivery information and personalised recommendations {cite}.",
        "A/B testing of landing pages will run continuously, with each test given at least two weeks of traffic.",
        "Site speed on mobile will be improved, since each second of delay reduces conversion by about {pct}%.",
        "Abandoned basket emails will be sent within an hour, with a second reminder after a day {cite}.",
        "The budget for the plan is £{budget},000, split between technology, content and paid media.",
        "Responsibility for each action is shared between the e-commerce manager and the CRM team.",
        "Progress will be reviewed monthly against KPIs such as conversion rate, basket value and bounce rate.",
        "According to {author} ({year}), small improvements at each step of the funnel compound into large gains.",
        "Live chat will be added to the highest-exit pages so that questions are answered before customers leave.",
    ),
    "2b": (
        "Personalised content will be mapped to each stage of the customer journey {cite}.",
        "At the awareness stage, social content will reflect the interests shown by each audience group.",
        "Visitors who view {product} but do not buy will be shown dynamic re-marketing ads on social and display.",
        "Re-marketing lists will exclude recent buyers so that budget is not wasted on converted customers {cite}.",
        "Frequency caps of three impressions a day will stop re-marketing from feeling intrusive.",
        "Email content will draw on purchase history, sending care guides and complementary products.",
        "As {author} ({year}) points out, re-marketing works best when the message moves the story on.",
        "Search re-marketing will raise bids for past visitors who search for {product} again.",
        "Customers who lapse for ninety days will receive a win-back sequence with a personal offer {cite}.",
        "User-generated content from similar customers will be shown on product pages to build trust.",
        "Every message will carry a clear preference centre link so customers can control what they receive.",
    ),
    "3a": (
        "Implementing personalisation needs clear leadership, the right skills and joined-up data {cite}.",
        "A cross-functional team from marketing, IT, customer service and finance will oversee the project.",
        "{org} will adopt {tool} to bring customer data and campaign tools into one platform.",
        "The rollout will run in three phases over nine months, starting with email and the website.",
        "Staff will be trained in data handling, testing and the use of the new platform {cite}.",
        "Change management matters because teams used to mass campaigns may resist new ways of working.",
        "As {author} ({year}) suggests, quick wins help to build support for a longer programme.",
        "Data governance rules will set out who may access customer data and for what purposes.",
        "Agency partners will support the first phase while in-house skills are developed {cite}.",
        "Success will be measured on a dashboard showing conversion, revenue per visitor and opt-out rates.",
        "The budget of £{budget},000 will be released phase by phase as each stage meets its targets.",
    ),
    "3b": (
        "The first risk is a breach of data protection law, which could lead to fines and loss of trust {cite}.",
        "This will be mitigated by a data protection impact assessment and clear consent records.",
        "The second risk is that personalisation feels intrusive, making customers uneasy about how data is used.",
        "Research by {author} ({year}) found that {pct}% of consumers dislike ads that seem to follow them.",
        "Frequency caps, transparent privacy notices and easy opt-outs will reduce this risk {cite}.",
        "The third risk is technical failure, such as poor data quality producing irrelevant recommendations.",
        "Data cleansing before launch and regular audits will keep customer records accurate.",
        "A further concern is cost overrun if the platform needs more integration work than planned {cite}.",
        "Each risk will be scored for likelihood and impact and reviewed monthly by the project board.",
        "Contingency plans include pausing automated campaigns while any issue is investigated.",
        "Handled well, these risks need not stop {org} from gaining the benefits of personalisation.",
    ),
}
SUBHEADINGS = {
    "1a": ("Background", "Products and customers", "Digital presence"),
    "1b": ("Current position", "Emerging developments", "Looking ahead"),
    "1c": ("Segment profile", "Channel by channel", "Measuring the effect"),
    "2a": ("Objectives", "Actions", "Monitoring and control"),
    "2b": ("Content mapping", "Re-marketing approach", "Customer control"),
    "3a": ("Resources", "Phasing", "Governance"),
    "3b": ("Legal and ethical risk", "Customer reaction", "Technical risk"),
}


# --- writing ---------------------------------------------------------------------------------------------------
class Writer:
    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        sector, product = rng.choice(SECTORS)
        self.facts = {
            "org": fake.company().replace(",", ""),
            "sector": sector,
            "product": product,
            "city": fake.city(),
            "founded": str(rng.randint(1965, 2012)),
            "staff": f"{rng.randint(60, 2400):,}",
            "stores": str(rng.randint(4, 90)),
            "revenue": f"{rng.randint(8, 240)}",
            "online": str(rng.randint(18, 62)),
            "rival": fake.company().replace(",", ""),
            "rival2": fake.company().replace(",", ""),
            "segment": rng.choice(SEGMENTS),
            "team": str(rng.randint(4, 25)),
            "visits": f"{rng.randint(40, 900):,},000",
            "conv": f"{rng.randint(10, 24) / 10:.1f}",
            "conv2": f"{rng.randint(26, 40) / 10:.1f}",
            "emails": f"{rng.randint(15, 400)},000",
            "budget": str(rng.randint(60, 450)),
            "tool": rng.choice(TOOLS),
        }
        self.used: set[str] = set()

    def cite(self) -> str:
        author, year = self.rng.choice(CITES)
        self.used.add(author)
        return f"({author}, {year})"

    def sentence(self, part: str) -> str:
        template = self.rng.choice(SENTENCES[part])
        author, year = self.rng.choice(CITES)
        if "{author}" in template:
            self.used.add(author)
        return template.format(
            cite=self.cite() if "{cite}" in template else "",
            author=author,
            year=year,
            page=self.rng.randint(12, 380),
            pct=self.rng.randint(8, 45),
            pct2=self.rng.randint(20, 80),
            n=self.rng.randint(2, 9),
            **self.facts,
        )

    def paragraph(self, part: str, words: int) -> str:
        sentences: list[str] = []
        while not sentences or count(" ".join(sentences)) < words - 4:
            sentence = self.sentence(part)
            if sentence not in sentences:
                sentences.append(sentence)
        return " ".join(sentences)

    def bullet(self, part: str) -> str:
        sentence = self.sentence(part)
        return sentence


# --- raw WordprocessingML helpers --------------------------------------------------------------------------------
def shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def borders(table, kind: str = "none", color: str = "auto") -> None:
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    size = "0" if kind == "none" else "4"
    edges = "".join(
        f'<w:{edge} w:val="{kind}" w:sz="{size}" w:space="0" w:color="{color}"/>'
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    element = parse_xml(f"<w:tblBorders {nsdecls('w')}>{edges}</w:tblBorders>")
    # tblBorders comes after tblW and jc in tblPr's sequence
    anchor = tblPr.find(qn("w:jc"))
    if anchor is None:
        anchor = tblPr.find(qn("w:tblW"))
    if anchor is not None:
        anchor.addnext(element)
    else:
        tblPr.append(element)


def widths(table, cms: list[float]) -> None:
    table.autofit = False
    for tr in table._tbl.tr_lst:
        column = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(cms[column : column + span]))
            column += span
    tblPr = table._tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = parse_xml(f"<w:tblW {nsdecls('w')}/>")
        tblPr.append(tblW)
    tblW.set(qn("w:w"), str(int(sum(cms) * 567)))
    tblW.set(qn("w:type"), "dxa")


def float_table(table, side: str) -> None:
    """Wrap the body text around the table, the table set at the left or right margin."""
    tblPr = table._tbl.tblPr
    element = parse_xml(
        f'<w:tblpPr {nsdecls("w")} w:leftFromText="170" w:rightFromText="170" w:topFromText="85" '
        f'w:bottomFromText="85" w:vertAnchor="text" w:horzAnchor="margin" w:tblpXSpec="{side}" w:tblpY="60"/>'
    )
    style = tblPr.find(qn("w:tblStyle"))
    if style is not None:
        style.addnext(element)
    else:
        tblPr.insert(0, element)


def repeat_header(row) -> None:
    row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def cell_text(cell, text: str, size: float, bold: bool = False, color: str | None = None, align=None) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.line_spacing = 1.0
    if align is not None:
        paragraph.alignment = align
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


_DRAWING_ID = [100]


def textbox_run(lines: list[tuple[str, float, bool]], width_cm: float, height_cm: float, align: str, fill: str):
    """A w:r holding a floating DrawingML text box (square wrap) at the left or right margin."""
    _DRAWING_ID[0] += 1
    ident = _DRAWING_ID[0]
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    paras = "".join(
        f'<w:p><w:pPr><w:spacing w:before="0" w:after="60" w:line="240" w:lineRule="auto"/></w:pPr>'
        f'<w:r><w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{int(size * 2)}"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        for text, size, bold in lines
    )
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + ident}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="margin"><wp:align>{align}</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{ident}" name="Text Box {ident}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing></w:r>"
    )
    return parse_xml(xml)


def page_field(paragraph, size: float) -> None:
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        run.font.size = Pt(size)
        if kind:
            run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"/>'))
        elif text == " PAGE ":
            run._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
        else:
            run.add_text(text)


def set_columns(section, number: int, space_cm: float = 1.0, separator: bool = False) -> None:
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml(f"<w:cols {nsdecls('w')}/>")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(number))
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    if separator:
        cols.set(qn("w:sep"), "1")


# --- the report --------------------------------------------------------------------------------------------------
def label(style: str, part: str, title: bool) -> str:
    task, letter = part[0], part[1]
    name = PART_TITLES[part]
    if style == "dash":
        text = f"Task {task}{letter} – {name}" if title else f"Task {task}{letter}"
    elif style == "paren":
        text = f"({task}{letter}) {name}" if title else f"({task}{letter})"
    elif style == "words":
        text = f"Task {task}, part ({letter}): {name}" if title else f"Task {task}, part ({letter})"
    elif style == "spaced":
        text = f"{task} ({letter}) {name}" if title else f"{task} ({letter})"
    else:  # colon
        text = f"Task {task}: {letter}) {name}" if title else f"Task {task}: {letter})"
    return text


class Report:
    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = rng = random.Random(45_451 + index * 7919)
        fake = Faker("en_GB")
        fake.seed_instance(4500 + index)
        self.writer = Writer(rng, fake)
        self.candidate = str(rng.randint(1_000_000, 9_999_999))
        self.author = fake.name()
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        twocol = self.layout in ("twocol-borderless", "twocol-running-tables")
        self.font = rng.choice(("Calibri", "Arial", "Times New Roman", "Georgia", "Cambria", "Garamond", "Verdana"))
        sizes = (10.5, 11, 11.5, 12) if twocol else (10.5, 11, 11.5, 12, 13, 14)
        self.size = rng.choice(sizes)
        self.spacing = rng.choice((1.0, 1.15, 1.3) if twocol else (1.0, 1.15, 1.5, 2.0))
        self.margin = rng.choice((1.8, 2.0, 2.2, 2.54, 3.0) if not twocol else (1.5, 1.8, 2.0))
        self.label_style = rng.choice(("dash", "paren", "words", "spaced", "colon"))
        self.titled = rng.random() < 0.7
        self.styled_headings = rng.random() < 0.6
        self.task_headings = rng.random() < 0.75
        self.accent = rng.choice(("1F4E79", "385723", "7030A0", "C55A11", "2E75B6", "833C0B"))
        self.panel_fill = rng.choice(("DEEAF6", "E2EFD9", "FBE4D5", "EDEDED", "FFF2CC"))
        self.wordcount_lines = rng.random() < 0.4
        mode = rng.choices(("near", "over", "under"), weights=(5, 2, 2))[0]
        self.scale = {"near": (0.88, 1.0), "over": (1.02, 1.15), "under": (0.5, 0.75)}[mode]
        self.part_words = {part: 0 for part in PARTS}
        self.headings: dict[str, str] = {}
        self.doc = docx.Document()
        self.table_no = 0
        self.column_width = 0.0

    # -- setup
    def setup(self) -> None:
        doc = self.doc
        normal = doc.styles["Normal"]
        normal.font.name = self.font
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), self.font)
        normal.font.size = Pt(self.size)
        normal.paragraph_format.line_spacing = self.spacing
        normal.paragraph_format.space_after = Pt(self.rng.choice((4, 6, 8, 10)))
        for name, size in (("Heading 1", self.size + 5), ("Heading 2", self.size + 2), ("Heading 3", self.size)):
            style = doc.styles[name]
            style.font.name = self.font
            style.font.size = Pt(size)
            style.font.color.rgb = RGBColor.from_string(self.accent)
        section = doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(self.margin))
        self.text_width = 21.0 - 2 * self.margin
        self.column_width = self.text_width

    def header_footer(self, section) -> None:
        size = self.rng.choice((9.5, 10, 10.5, 11, 11.5))
        spacing = self.rng.choice((1.0, 1.15, 1.3))
        section.header.is_linked_to_previous = False
        section.footer.is_linked_to_previous = False
        header = section.header.paragraphs[0]
        header.paragraph_format.line_spacing = spacing
        run = header.add_run(f"CIM 2206 Mastering Digital Channels | Candidate {self.candidate}")
        run.font.size = Pt(size)
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer = section.footer.paragraphs[0]
        footer.paragraph_format.line_spacing = spacing
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = footer.add_run(f"{self.writer.facts['org']} – personalisation report    Page ")
        run.font.size = Pt(size)
        page_field(footer, size)

    def cover(self) -> None:
        doc = self.doc
        for _ in range(self.rng.randint(3, 7)):
            doc.add_paragraph()
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("CIM Level 6 Diploma in Professional Digital Marketing")
        r.font.size = Pt(16)
        r.bold = True
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("Mastering Digital Channels (2206)")
        r.font.size = Pt(20)
        r.font.color.rgb = RGBColor.from_string(self.accent)
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(f"Personalisation report for {self.writer.facts['org']}").italic = True
        doc.add_paragraph()
        for line in (
            f"Candidate number: {self.candidate}",
            f"Name: {self.author}",
            f"Submission: July {self.rng.choice((2019, 2020))}",
        ):
            p = doc.add_paragraph(line)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if self.rng.random() < 0.35:
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
            self.contents()

    def contents(self) -> None:
        doc = self.doc
        p = doc.add_paragraph()
        r = p.add_run("Contents")
        r.bold = True
        r.font.size = Pt(self.size + 4)
        page = 3
        for part in PARTS:
            if part.endswith("a") and self.task_headings:
                doc.add_paragraph(f"Task {part[0]}: {TASK_TITLES[part[0]]}\t{page}")
            doc.add_paragraph(f"    {label(self.label_style, part, True)}\t{page}")
            page += 1
        doc.add_paragraph(f"References\t{page + 1}")

    def body_section(self) -> None:
        """Start the body on a new page; the two-column layouts set their columns here."""
        doc = self.doc
        section = doc.add_section(WD_SECTION.NEW_PAGE)
        if self.layout in ("twocol-borderless", "twocol-running-tables"):
            gap = self.rng.choice((0.8, 1.0, 1.25))
            set_columns(section, 2, gap, separator=self.rng.random() < 0.4)
            self.column_width = (self.text_width - gap) / 2

    # -- headings
    def heading(self, text: str, level: int) -> None:
        if self.styled_headings:
            self.doc.add_heading(text, level)
            return
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12 if level < 3 else 6)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(self.size + {1: 5, 2: 2.5, 3: 0}[level])
        if level < 3:
            r.font.color.rgb = RGBColor.from_string(self.accent)
        else:
            r.italic = True

    # -- counted text
    def body(self, part: str, words: int) -> None:
        text = self.writer.paragraph(part, words)
        self.doc.add_paragraph(text)
        self.part_words[part] += count(text)

    def bullets(self, part: str) -> None:
        numbered = self.rng.random() < 0.4
        typed = numbered and self.rng.random() < 0.5
        for i in range(self.rng.randint(3, 5)):
            text = self.writer.bullet(part)
            if typed:
                text = f"{i + 1}. {text}"
                self.doc.add_paragraph(text)
            else:
                self.doc.add_paragraph(text, style="List Number" if numbered else "List Bullet")
            self.part_words[part] += count(text)

    # -- uncounted extras
    def caption(self, text: str) -> None:
        self.table_no += 1
        p = self.doc.add_paragraph(f"Table {self.table_no}: {text}", style="Caption")
        p.paragraph_format.space_after = Pt(6)

    def fact_rows(self, part: str) -> tuple[str, list[list[str]]]:
        f = self.writer.facts
        rng = self.rng
        if part == "1a":
            return "Fact file", [
                ["Founded", f["founded"]],
                ["Head office", f["city"]],
                ["Employees", f["staff"]],
                ["Stores", f["stores"]],
                ["Turnover", f"£{f['revenue']}m"],
                ["Online share", f"{f['online']}%"],
            ]
        if part == "1b":
            return "Personalisation maturity", [
                ["Email", "Segmented by region"],
                ["Website", "Best sellers only"],
                ["App", "No personalisation"],
                ["Data", "Separate systems"],
            ]
        if part == "1c":
            return "Segment snapshot", [
                ["Segment", f["segment"].capitalize()],
                ["Share of revenue", f"{rng.randint(12, 40)}%"],
                ["Visits a month", str(rng.randint(2, 9))],
                ["Main device", rng.choice(("Mobile", "Tablet", "Desktop"))],
            ]
        if part == "2a":
            return "Conversion targets", [
                ["Conversion now", f"{f['conv']}%"],
                ["Target", f"{f['conv2']}%"],
                ["Basket value", f"£{rng.randint(25, 140)}"],
                ["Budget", f"£{f['budget']}k"],
            ]
        if part == "2b":
            return "Re-marketing rules", [
                ["Window", f"{rng.choice((7, 14, 30))} days"],
                ["Frequency cap", "3 a day"],
                ["Exclusions", "Recent buyers"],
                ["Channels", "Social, display, email"],
            ]
        if part == "3a":
            return "Project at a glance", [
                ["Platform", f["tool"]],
                ["Duration", "9 months"],
                ["Team", f"{rng.randint(5, 12)} people"],
                ["Budget", f"£{f['budget']}k"],
            ]
        return "Risk scores", [
            ["Data breach", "High"],
            ["Intrusiveness", "Medium"],
            ["Poor data", "Medium"],
            ["Cost overrun", "Low"],
        ]

    def long_rows(self, part: str, n: int) -> tuple[list[str], list[list[str]]]:
        rng = self.rng
        months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
        owners = ("E-commerce manager", "CRM lead", "Content team", "IT", "Agency", "Data analyst")
        if part in ("2a", "2b", "1c"):
            actions = (
                "Simplify checkout",
                "Add guest checkout",
                "Add reviews to product pages",
                "Launch basket emails",
                "Test landing pages",
                "Improve mobile speed",
                "Add live chat",
                "Set up dynamic ads",
                "Build look-alike audiences",
                "Create preference centre",
                "Win-back email sequence",
                "Personalised home page",
                "Loyalty tiers in app",
                "Search audience lists",
            )
            rows = [
                [rng.choice(actions), rng.choice(owners), rng.choice(months), f"{rng.randint(2, 30)}% uplift"]
                for _ in range(n)
            ]
            return ["Action", "Owner", "Start", "KPI"], rows
        tasks = (
            "Select platform",
            "Audit data",
            "Clean records",
            "Train staff",
            "Pilot email",
            "Pilot website",
            "Review results",
            "Roll out app",
            "Privacy review",
            "Board sign-off",
            "Consent refresh",
            "Dashboard live",
        )
        rows = [
            [f"Phase {rng.randint(1, 3)}", rng.choice(tasks), rng.choice(owners), rng.choice(months)] for _ in range(n)
        ]
        return ["Phase", "Activity", "Owner", "Month"], rows

    def fact_table(self, part: str, width: float, *, bordered: bool = False, float_side: str | None = None):
        title, rows = self.fact_rows(part)
        table = self.doc.add_table(rows=len(rows) + 1, cols=2)
        if bordered:
            table.style = self.doc.styles["Table Grid"]
        else:
            borders(table, "none")
        small = self.rng.choice((8.5, 9, 9.5))
        header = table.rows[0].cells
        merged = header[0].merge(header[1])
        cell_text(merged, title, small + 1, bold=True, color=self.accent)
        for row, (key, value) in zip(table.rows[1:], rows, strict=True):
            cell_text(row.cells[0], key, small, bold=True)
            cell_text(row.cells[1], value, small)
        widths(table, [width * 0.5, width * 0.5])
        if float_side:
            for tr in table._tbl.tr_lst:
                for tc in tr.tc_lst:
                    tc.get_or_add_tcPr().append(
                        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{self.panel_fill}"/>')
                    )
            float_table(table, float_side)
        return table

    def long_table(self, part: str, n: int, width: float, shaded_panel: bool = False) -> None:
        head, rows = self.long_rows(part, n)
        table = self.doc.add_table(rows=len(rows) + 1, cols=len(head))
        table.style = self.doc.styles["Table Grid"]
        small = self.rng.choice((8, 8.5, 9))
        for cell, text in zip(table.rows[0].cells, head, strict=True):
            cell_text(cell, text, small, bold=True, color="FFFFFF")
            shade(cell, self.accent)
        repeat_header(table.rows[0])
        for row, values in zip(table.rows[1:], rows, strict=True):
            for i, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
                panel = shaded_panel and i == 0
                cell_text(cell, text, small, bold=panel)
                if panel:
                    shade(cell, self.panel_fill)
        widths(table, [width * w for w in (0.2, 0.38, 0.24, 0.18)])

    def panel_table(self, part: str) -> None:
        """A comparison table whose first column is a shaded panel of labels and whose columns fill from it."""
        rng = self.rng
        columns = rng.choice(
            (
                ["Now", "Year 1", "Year 3"],
                ["Website", "Email", "App"],
                ["Likelihood", "Impact", "Owner"],
            )
        )
        _, facts = self.fact_rows(part)
        table = self.doc.add_table(rows=len(facts) + 1, cols=len(columns) + 1)
        borders(table, "single", "BFBFBF")
        small = rng.choice((8.5, 9, 9.5))
        corner = table.rows[0].cells[0]
        shade(corner, self.accent)
        cell_text(corner, "Measure", small, bold=True, color="FFFFFF")
        for cell, text in zip(table.rows[0].cells[1:], columns, strict=True):
            cell_text(cell, text, small, bold=True)
        values = ("Low", "Medium", "High", "Basic", "Advanced", "Planned", "Live", "Pilot")
        for row, (key, _) in zip(table.rows[1:], facts, strict=True):
            shade(row.cells[0], self.accent)
            cell_text(row.cells[0], key, small, bold=True, color="FFFFFF")
            for cell in row.cells[1:]:
                shade(cell, self.panel_fill)
                cell_text(cell, rng.choice(values), small, align=WD_ALIGN_PARAGRAPH.CENTER)
        widths(table, [4.0] + [min(3.5, (self.text_width - 4.0) / len(columns))] * len(columns))

    def side_by_side(self, part: str, other: str) -> None:
        outer = self.doc.add_table(rows=1, cols=2)
        borders(outer, "none")
        half = (self.text_width - 0.4) / 2
        widths(outer, [half + 0.2, half + 0.2])
        for cell, which in zip(outer.rows[0].cells, (part, other), strict=True):
            title, rows = self.fact_rows(which)
            cell_text(cell, title, 9.5, bold=True, color=self.accent)
            inner = cell.add_table(rows=len(rows), cols=2)
            inner.style = self.doc.styles["Table Grid"]
            for row, (key, value) in zip(inner.rows, rows, strict=True):
                cell_text(row.cells[0], key, 8.5, bold=True)
                shade(row.cells[0], self.panel_fill)
                cell_text(row.cells[1], value, 8.5)
            widths(inner, [half * 0.5 - 0.1, half * 0.5 - 0.1])

    def key_figures(self, part: str, width: float) -> None:
        f = self.writer.facts
        rng = self.rng
        pool = [
            (f"£{f['revenue']}m", "annual turnover"),
            (f"{f['online']}%", "sales online"),
            (f"{f['conv']}%", "conversion rate"),
            (f"{f['emails']}", "email subscribers"),
            (f["visits"], "visits a month"),
            (f"{f['stores']}", "stores"),
            (f"£{f['budget']}k", "plan budget"),
            (f"{f['conv2']}%", "target conversion"),
        ]
        figures = rng.sample(pool, rng.choice((3, 4)))
        table = self.doc.add_table(rows=2, cols=len(figures))
        borders(table, "none")
        big = rng.choice((22, 24, 26, 28) if len(figures) == 3 else (18, 20))
        for i, (number, name) in enumerate(figures):
            top, bottom = table.rows[0].cells[i], table.rows[1].cells[i]
            cell_text(top, number, big, bold=True, color=self.accent, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(bottom, name, 9, align=WD_ALIGN_PARAGRAPH.CENTER)
            shade(top, self.panel_fill)
            shade(bottom, self.panel_fill)
        widths(table, [width / len(figures)] * len(figures))
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)

    def sidebar_box(self, paragraph, part: str) -> None:
        title, rows = self.fact_rows(part)
        lines = [(title, 10, True)] + [(f"{key}: {value}", 9, False) for key, value in rows]
        width = self.rng.choice((5.0, 5.5, 6.0))
        height = 0.55 * len(lines) + 0.4
        run = textbox_run(lines, width, height, self.rng.choice(("left", "right")), self.panel_fill)
        pPr = paragraph._p.pPr
        if pPr is not None:
            pPr.addnext(run)
        else:
            paragraph._p.insert(0, run)

    def keyfig_box(self, paragraph) -> None:
        f = self.writer.facts
        number, name = self.rng.choice(
            ((f"{f['online']}%", "of sales are online"), (f"{f['conv']}%", "conversion rate today"))
        )
        run = textbox_run([(number, 26, True), (name, 9, False)], 4.2, 2.2, "right", self.panel_fill)
        if paragraph._p.pPr is not None:
            paragraph._p.pPr.addnext(run)
        else:
            paragraph._p.insert(0, run)

    # -- a part
    def part(self, part: str, target: int, last_in_group: bool) -> None:
        rng = self.rng
        text = label(self.label_style, part, self.titled or part == "1a")
        self.headings[part] = text
        self.heading(text, 2)
        layout = self.layout
        chunks = max(2, round(target / rng.randint(90, 150)))
        sizes = [target // chunks] * chunks
        sizes[-1] += target - sum(sizes)
        placed = rng.randint(0, chunks - 2)
        sub = rng.random() < 0.5 and target > 300
        bullets = rng.random() < 0.35 and part != "1a"
        for i, words in enumerate(sizes):
            if sub and i == 1:
                self.heading(rng.choice(SUBHEADINGS[part]), 3)
            if layout == "wraparound-tables" and i == placed:
                side = rng.choice(("left", "right"))
                self.fact_table(part, rng.choice((5.5, 6.0, 6.5)), float_side=side)
            if bullets and i == chunks - 1:
                before = self.part_words[part]
                self.bullets(part)
                words = max(25, words - (self.part_words[part] - before))
            self.body(part, max(20, words))
            paragraph = self.doc.paragraphs[-1]
            if layout == "textbox-sidebar" and i == placed:
                self.sidebar_box(paragraph, part)
            if layout == "key-figure-panels" and i == placed and rng.random() < 0.3:
                self.keyfig_box(paragraph)
            if i == placed:
                self.extra(part)
        if self.wordcount_lines and last_in_group:
            group = next(g for g, members in LIMIT_GROUPS.items() if part in members)
            total = sum(self.part_words[p] for p in LIMIT_GROUPS[group])
            p = self.doc.add_paragraph()
            r = p.add_run(f"Word count: {total:,}")
            r.italic = True
            r.font.size = Pt(self.size - 1)

    def extra(self, part: str) -> None:
        """The layout's table or panel after one body paragraph of a part."""
        rng = self.rng
        layout = self.layout
        if layout == "twocol-borderless":
            self.fact_table(part, self.column_width - 0.2)
            self.caption(self.fact_rows(part)[0])
        elif layout == "side-by-side-tables":
            if rng.random() < 0.7:
                other = rng.choice([p for p in PARTS if p != part])
                self.side_by_side(part, other)
                self.caption(f"{self.fact_rows(part)[0]} and {self.fact_rows(other)[0].lower()}")
        elif layout == "shaded-panel-table":
            if part != "1a" or rng.random() < 0.5:
                self.panel_table(part)
                self.caption(f"{self.fact_rows(part)[0]} by channel")
        elif layout == "twocol-running-tables":
            if part in ("1c", "2a", "2b", "3a"):
                self.caption(rng.choice(("Action plan", "Implementation timeline", "Activity schedule")))
                self.long_table(part, rng.randint(12, 22), self.column_width - 0.1, shaded_panel=rng.random() < 0.5)
            elif rng.random() < 0.5:
                self.fact_table(part, self.column_width - 0.2)
        elif layout == "key-figure-panels":
            self.key_figures(part, self.text_width)
            if rng.random() < 0.4:
                self.caption(f"Key figures for {self.writer.facts['org']}")
        elif layout == "textbox-sidebar":
            if part in ("2a", "3b") and rng.random() < 0.6:
                self.long_table(part, rng.randint(5, 8), self.text_width)
                self.caption(rng.choice(("Action plan", "Risk register", "Plan summary")))
        elif layout == "wraparound-tables" and part in ("2a", "3a") and rng.random() < 0.5:
            self.long_table(part, rng.randint(4, 7), self.text_width, shaded_panel=True)
            self.caption("Summary plan")

    def references(self) -> None:
        if self.styled_headings:
            self.doc.add_heading("References", 1)
        else:
            p = self.doc.add_paragraph()
            r = p.add_run("References")
            r.bold = True
            r.font.size = Pt(self.size + 5)
            r.font.color.rgb = RGBColor.from_string(self.accent)
        for author in sorted(self.writer.used):
            p = self.doc.add_paragraph(REFERENCES[author])
            p.paragraph_format.left_indent = Cm(1)
            p.paragraph_format.first_line_indent = Cm(-1)

    def write(self) -> tuple[bytes, Truth]:
        rng = self.rng
        self.setup()
        self.cover()
        self.body_section()
        self.header_footer(self.doc.sections[-1])
        lo, hi = self.scale
        side = 1.0 / ((self.size / 11) ** 2 * self.spacing)
        targets = {"1a": int(rng.randint(260, 400) * min(1.0, side))}
        for group, members in LIMIT_GROUPS.items():
            total = int(LIMITS[group] * rng.uniform(lo, hi))
            share = rng.uniform(0.4, 0.6)
            first = int(total * share)
            targets[members[0]] = first
            targets[members[1]] = total - first
        for part in PARTS:
            if part.endswith("a") and self.task_headings:
                title = f"Task {part[0]}" + (f": {TASK_TITLES[part[0]]}" if rng.random() < 0.6 else "")
                self.heading(title, 1)
            # a target is what the writer aims for; each paragraph is counted as written
            last = part in ("1c", "2b", "3b")
            self.part(part, max(60, targets[part] - (8 if part != "1a" else 0)), last)
        self.references()
        buffer = io.BytesIO()
        self.doc.save(buffer)
        group_words = {g: sum(self.part_words[p] for p in members) for g, members in LIMIT_GROUPS.items()}
        truth = Truth(
            name="",
            seed=self.index,
            layout=self.layout,
            split="",
            part_words=dict(self.part_words),
            group_words=group_words,
            words_all=sum(self.part_words.values()),
            headings=dict(self.headings),
        )
        return buffer.getvalue(), truth


def build(index: int) -> tuple[bytes, Truth]:
    _DRAWING_ID[0] = 100
    return Report(index).write()
