"""Layout pool 6 (HELD OUT): CIM 2206 reports drafted in Google Docs or LibreOffice and saved as DOCX.

Arial or a Google font name (Roboto, Lato, Open Sans, Montserrat, Source Sans Pro), 10.5 to 14 pt, mostly 1.15
spacing, Heading 1 to 3 restyled with custom sizes and colours, the Title style on the first page. Truth is
counted while each paragraph is written: body paragraphs and list items of a part count, nothing else does.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Scripts drafted in Google Docs or LibreOffice and saved as DOCX: Arial or Google fonts, 10.5-14 pt, "
    "1.15 spacing mostly, restyled Heading 1-3, Title on the first page, charts, nested bullets, tables"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_OF = {part: part[0] for part in PARTS}
TASK_NAMES = {
    "1": ("Personalisation report", "Developments in personalisation", "Personalisation and one target segment"),
    "2": ("Conversion plan", "Maximising conversion", "Action plan and re-marketing"),
    "3": ("Implementation and risk", "Managing personalisation", "Implementing personalisation"),
}
ALT_TITLES = {
    "1a": ("Organisation overview", "Overview of the organisation", "Organisational overview"),
    "1b": (PART_TITLES["1b"], "Developments in personalisation", "Current and future personalisation trends"),
    "1c": (PART_TITLES["1c"], "Personalising channels for the target segment", "Target segment personalisation"),
    "2a": (PART_TITLES["2a"], "Conversion rate action plan", "Action plan for conversion"),
    "2b": (PART_TITLES["2b"], "Personalised content and remarketing", "Content personalisation and re-marketing"),
    "3a": (PART_TITLES["3a"], "Managing personalisation", "Recommendations for implementation"),
    "3b": (PART_TITLES["3b"], "Risks of personalisation", "Evaluation of three risks"),
}


@dataclass(frozen=True)
class Look:
    name: str
    font: str
    size: float
    spacing: float
    margins_cm: float
    h_sizes: tuple[float, float, float]
    h_colours: tuple[str, str, str]
    part_level: int  # 2 or 3: the Heading level of part headings; 0: manual bold paragraphs
    label: str  # how a part heading is written
    task_label: str
    cover_section: bool = False
    contents: bool = False
    footer: str = "page"  # "page", "page-of", ""
    page_break: str = "before"  # "before" (paragraph property), "break" (a paragraph holding a page break), ""
    charts: bool = True
    screenshot: bool = False
    tables: bool = True
    hyperlinks: bool = False
    spacers: bool = False
    word_count_lines: bool = False
    numbered_lists: bool = False
    appendix: bool = False


LOOKS = (
    Look(
        "gdocs-arial11-h2-task1b",
        "Arial",
        11,
        1.15,
        2.54,
        (20, 16, 14),
        ("000000", "000000", "434343"),
        2,
        "task-colon",
        "task-colon",
        footer="page",
        page_break="break",
        hyperlinks=True,
    ),
    Look(
        "libre-roboto12-h3-part",
        "Roboto",
        12,
        1.5,
        2.0,
        (18, 15, 13),
        ("1F3864", "2E74B5", "2E74B5"),
        3,
        "part-paren",
        "task-dash",
        cover_section=True,
        footer="page",
        tables=True,
        spacers=True,
    ),
    Look(
        "lato10.5-single-1B-dash",
        "Lato",
        10.5,
        1.0,
        1.8,
        (16, 13, 11.5),
        ("C00000", "7F6000", "595959"),
        2,
        "upper-dash",
        "caps",
        screenshot=True,
        hyperlinks=True,
        spacers=True,
        page_break="",
    ),
    Look(
        "opensans12-double-Q",
        "Open Sans",
        12,
        2.0,
        2.54,
        (18, 14, 12),
        ("38761D", "38761D", "666666"),
        2,
        "q",
        "question",
        numbered_lists=True,
        word_count_lines=True,
        charts=False,
        screenshot=True,
    ),
    Look(
        "montserrat14-manual-parts",
        "Montserrat",
        14,
        1.15,
        2.2,
        (22, 17, 14),
        ("674EA7", "674EA7", "674EA7"),
        0,
        "letter",
        "task-colon",
        footer="page-of",
        spacers=True,
        tables=False,
    ),
    Look(
        "sourcesans11-contents-letter",
        "Source Sans Pro",
        11,
        1.15,
        2.54,
        (20, 15, 12),
        ("0B5394", "3D85C6", "6FA8DC"),
        2,
        "letter",
        "task-colon",
        contents=True,
        footer="page-of",
        word_count_lines=True,
    ),
    Look(
        "arial12-1.5-numbered-h2",
        "Arial",
        12,
        1.5,
        2.54,
        (17, 14, 12),
        ("990000", "CC0000", "000000"),
        2,
        "numbered",
        "numbered",
        footer="page",
        page_break="break",
        appendix=True,
        hyperlinks=True,
    ),
)

CITES = (
    (
        "(Chaffey and Ellis-Chadwick, 2019)",
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson.",
    ),
    (
        "(Kotler, Kartajaya and Setiawan, 2021)",
        "Kotler, P., Kartajaya, H. and Setiawan, I. (2021) Marketing 5.0: technology for humanity. Hoboken: Wiley.",
    ),
    (
        "(McKinsey, 2021)",
        "McKinsey (2021) The value of getting personalization right, or wrong, is multiplying. "
        "Available at: https://www.mckinsey.com/capabilities/growth-marketing-and-sales/our-insights (Accessed: 3 "
        "March 2023).",
    ),
    (
        "(Gartner, 2022)",
        "Gartner (2022) Marketing personalization: hype or help? Available at: "
        "https://www.gartner.com/en/marketing/topics/personalization (Accessed: 12 February 2023).",
    ),
    ("(Ryan, 2020)", "Ryan, D. (2020) Understanding digital marketing. 5th edn. London: Kogan Page."),
    (
        "(Lemon and Verhoef, 2016)",
        "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience "
        "throughout the customer journey', Journal of Marketing, 80(6), pp. 69-96.",
    ),
    (
        "(Information Commissioner's Office, 2023)",
        "Information Commissioner's Office (2023) Guide to the UK GDPR. "
        "Available at: https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/ (Accessed: 1 March "
        "2023).",
    ),
    (
        "(Salesforce, 2022)",
        "Salesforce (2022) State of the connected customer. 5th edn. Available at: "
        "https://www.salesforce.com/resources/research-reports/state-of-the-connected-customer/ (Accessed: 20 "
        "February 2023).",
    ),
    (
        "(Smith and Chaffey, 2017)",
        "Smith, P.R. and Chaffey, D. (2017) Digital marketing excellence. 5th edn. Abingdon: Routledge.",
    ),
    (
        "(Adobe, 2023)",
        "Adobe (2023) Digital trends report. Available at: https://business.adobe.com/resources/"
        "digital-trends-report.html (Accessed: 5 March 2023).",
    ),
)

SECTORS = (
    ("online fashion retailer", "clothing, footwear and accessories", "ASOS", "Boohoo"),
    ("regional supermarket chain", "groceries, home delivery and click-and-collect", "Tesco", "Ocado"),
    ("independent travel agency", "package holidays, city breaks and cruises", "TUI", "Jet2holidays"),
    ("fitness club group", "gym memberships, classes and a training app", "PureGym", "The Gym Group"),
    ("home furnishings retailer", "furniture, lighting and soft furnishings", "Dunelm", "Made.com"),
    ("specialist coffee roaster", "coffee beans, subscriptions and brewing equipment", "Pact", "Grind"),
    ("outdoor equipment retailer", "camping, hiking and cycling gear", "Go Outdoors", "Cotswold Outdoor"),
    ("pet supplies business", "pet food, accessories and grooming", "Pets at Home", "Zooplus"),
)

SEGMENTS = (
    "young professionals aged 25 to 34",
    "busy families with children",
    "students",
    "retired customers",
    "loyal repeat buyers",
    "first-time mobile visitors",
)

GENERIC = (
    "{org} serves around {n} customers across {city} and the wider region through its website, app and stores.",
    "Personalisation is about delivering the right message to the right person at the right time {c}.",
    "Customers now expect consistent experiences across mobile, email, social media and the website {c}.",
    "The firm's main competitors, {rival} and {rival2}, already use real-time product recommendations.",
    "Research suggests that tailored offers can lift conversion rates by as much as {pct}% {c}.",
    "This matters because the {segment} segment generates {pct}% of online revenue for {org}.",
    "As a result, {org} needs a clear plan that links customer data to the content each visitor sees.",
    "However, the business still relies on broad email campaigns sent to the whole database each week.",
    "Machine learning allows offers to be adjusted within milliseconds of a customer clicking a link {c}.",
    "Data from the loyalty scheme shows that members spend {pct}% more per visit than non-members.",
    "It is therefore important that {org} builds a single customer view before adding more channels {c}.",
    "The website receives {n2} visits a month, but only {small}% of sessions end in a purchase.",
    "Mobile traffic has grown steadily and now accounts for {pct}% of all sessions on the site.",
    "Trust is central, as customers will only share data when they see a clear benefit in return {c}.",
    "In practice, small changes such as using a first name in the subject line raise open rates by {small}%.",
    "A customer journey map helps the team see where visitors drop out and why {c}.",
    "The marketing team of {team} people has limited analytics skills, which slows testing and learning.",
    "Competitors are investing heavily in apps, so {org} risks falling behind if it does nothing.",
    "Personalised product recommendations already drive around {pct}% of sales for leading retailers {c}.",
    "On balance, the benefits of personalisation outweigh its costs if the rollout is phased carefully.",
)

BY_PART = {
    "1a": (
        "{org} is {kind} founded in {year} and based in {city}, employing about {staff} people.",
        "It sells {range} online and through {stores} stores, with a turnover of around £{turnover} million.",
        "Its main competitors are {rival} and {rival2}, which both have larger digital marketing budgets.",
        "The customer base is mainly {segment}, with a growing share of shoppers from outside the region.",
        "In terms of maturity, {org} is at an early stage, using simple email segmentation by location only.",
        "The website shows the same home page to every visitor, and the app has no personalised content.",
    ),
    "1b": (
        "Current developments include recommendation engines, dynamic email content and personalised search {c}.",
        "In the future, artificial intelligence will make predictive personalisation far more accessible {c}.",
        "Voice assistants and conversational chatbots are another emerging channel for tailored service {c}.",
        "The decline of third-party cookies means first-party data will become far more valuable {c}.",
        "Augmented reality lets customers see products in their own homes before they buy {c}.",
        "Hyper-personalisation uses real-time behavioural data rather than static demographic segments {c}.",
    ),
    "1c": (
        "The chosen segment is {segment}, who make up about {pct}% of the customer base of {org}.",
        "These customers mostly browse on mobile in the evening and respond well to short, visual content.",
        "Email could be personalised by using browsing history to show products they viewed but did not buy.",
        "On social media, lookalike audiences would help {org} reach people similar to its best customers {c}.",
        "The website could greet returning visitors with recently viewed items and relevant offers.",
        "Push notifications in the app should be triggered by location and past purchases, not sent to all.",
    ),
    "2a": (
        "The first action is to audit the checkout process, as {pct}% of baskets are currently abandoned.",
        "Within three months, {org} should introduce A/B testing on the product pages {c}.",
        "Abandoned basket emails would be sent one hour and again 24 hours after the visitor leaves.",
        "The SMART objective is to raise the conversion rate from {small}% to {pct2}% within twelve months.",
        "Responsibility for each action sits with the digital manager, supported by an external agency.",
        "Progress will be measured weekly through Google Analytics dashboards and reported monthly.",
    ),
    "2b": (
        "Personalised content could include product carousels based on previous purchases {c}.",
        "Re-marketing uses cookies or customer lists to show ads to people who have visited the site {c}.",
        "For example, a visitor who viewed walking boots would later see an ad for those boots on Facebook.",
        "Dynamic display ads can change the product, price and message for each individual viewer.",
        "Frequency caps are needed so that re-marketing does not become annoying or intrusive {c}.",
        "Email re-marketing tends to be cheaper than paid social and gives {org} more control over timing.",
    ),
    "3a": (
        "{org} should appoint a personalisation lead who reports directly to the marketing director.",
        "A customer data platform would bring data from the website, app and stores together {c}.",
        "Staff will need training in analytics and testing, which could be delivered over six months.",
        "A phased approach is recommended, starting with email before moving to the website and app.",
        "The budget of around £{budget},000 is justified by the expected rise in online revenue.",
        "Clear governance is needed so that every campaign is checked against the data policy {c}.",
    ),
    "3b": (
        "The first risk is a breach of data protection law, which could lead to heavy fines {c}.",
        "The second risk is that customers find personalisation creepy and lose trust in the brand {c}.",
        "The third risk is poor data quality, which leads to irrelevant or wrong recommendations.",
        "The likelihood of a data breach is low, but its impact on reputation would be very high.",
        "To reduce this risk, {org} should collect only the data it needs and explain clearly why.",
        "Overall, the risks can be managed if the business is open with customers about how data is used.",
    ),
}

SUBHEADINGS = {
    "1a": ("Organisation name", "Organisation information", "Specific background"),
    "1b": ("Current developments", "Future developments", "Implications"),
    "1c": ("Segment profile", "Email and mobile", "Social media and website"),
    "2a": ("Objectives", "Actions and timescales", "Measurement"),
    "2b": ("Personalised content", "Re-marketing", "Examples"),
    "3a": ("People and skills", "Technology", "Budget and timings"),
    "3b": ("Risk one: data protection", "Risk two: customer trust", "Risk three: data quality"),
}

TARGETS = {"1a": 380, "1b": 820, "1c": 680, "2a": 950, "2b": 800, "3a": 800, "3b": 700}


def _hex(colour: str) -> RGBColor:
    return RGBColor.from_string(colour)


def _set_font(style_or_run_font, name: str) -> None:
    style_or_run_font.name = name
    rpr = style_or_run_font.element.get_or_add_rPr() if hasattr(style_or_run_font, "element") else None
    if rpr is None:
        return
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)


def _style_font(style, name: str) -> None:
    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)


def _field(paragraph, instruction: str, shown: str) -> None:
    def run_with(child):
        run = OxmlElement("w:r")
        run.append(child)
        paragraph._p.append(run)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    text = OxmlElement("w:t")
    text.text = shown
    run_with(text)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _hyperlink(paragraph, url: str, text: str) -> None:
    rel = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "1155CC")
    under = OxmlElement("w:u")
    under.set(qn("w:val"), "single")
    rpr.append(colour)
    rpr.append(under)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


class Report:
    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(7919 * index + 6)
        self.look = LOOKS[index % len(LOOKS)]
        fake = Faker("en_GB")
        fake.seed_instance(index + 6000)
        self.fake = fake
        sector = SECTORS[self.rng.randrange(len(SECTORS))]
        word = fake.last_name()
        self.org = self.rng.choice([f"{word} & Co", f"{word} Direct", f"{word}s", f"{word} Group"])
        self.kind, self.range, self.rival, self.rival2 = sector
        self.kind = ("an " if self.kind[0] in "aeiou" else "a ") + self.kind
        self.city = fake.city()
        self.segment = self.rng.choice(SEGMENTS)
        self.doc = docx.Document()
        self.part: str | None = None
        self.words = {part: 0 for part in PARTS}
        self.headings: dict[str, str] = {}
        self.used_cites: set[int] = set()
        self.figure = 0
        self.table_no = 0
        self._styles()

    # --- styles -----------------------------------------------------------------------------------------------
    def _styles(self) -> None:
        look = self.look
        styles = self.doc.styles
        normal = styles["Normal"]
        _style_font(normal, look.font)
        normal.font.size = Pt(look.size)
        normal.paragraph_format.line_spacing = look.spacing
        normal.paragraph_format.space_after = Pt(self.rng.choice((0, 6, 8)))
        for level in (1, 2, 3):
            style = styles[f"Heading {level}"]
            _style_font(style, look.font)
            style.font.size = Pt(look.h_sizes[level - 1])
            style.font.color.rgb = _hex(look.h_colours[level - 1])
            style.font.bold = level < 3 or self.rng.random() < 0.5
            style.font.italic = False
            style.paragraph_format.space_before = Pt(20 - 4 * level)
            style.paragraph_format.space_after = Pt(6)
            style.paragraph_format.line_spacing = 1.15
        for name in ("Title", "Subtitle", "Caption", "List Bullet", "List Bullet 2", "List Number"):
            _style_font(styles[name], look.font)
        styles["Title"].font.size = Pt(26)
        styles["Title"].font.color.rgb = _hex(look.h_colours[0])
        styles["Subtitle"].font.size = Pt(15)
        styles["Caption"].font.size = Pt(9)
        for section in self.doc.sections:
            section.page_height = Cm(29.7)
            section.page_width = Cm(21.0)
            for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
                setattr(section, side, Cm(look.margins_cm))
        if look.footer and not look.cover_section:
            self._footer(self.doc.sections[0])

    def _footer(self, section) -> None:
        section.footer.is_linked_to_previous = False
        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT if self.rng.random() < 0.5 else WD_ALIGN_PARAGRAPH.CENTER
        if self.look.footer == "page-of":
            paragraph.add_run("Page ")
            _field(paragraph, "PAGE", "1")
            paragraph.add_run(" of ")
            _field(paragraph, "NUMPAGES", "12")
        else:
            _field(paragraph, "PAGE", "1")

    # --- text -------------------------------------------------------------------------------------------------
    def cite(self) -> str:
        i = self.rng.randrange(len(CITES))
        self.used_cites.add(i)
        return CITES[i][0]

    def sentence(self, part: str) -> str:
        bank = BY_PART[part] if self.rng.random() < 0.55 else GENERIC
        template = self.rng.choice(bank)
        cite = self.cite() if "{c}" in template and self.rng.random() < 0.7 else ""
        text = template.format(
            org=self.org,
            city=self.city,
            kind=self.kind,
            range=self.range,
            rival=self.rival,
            rival2=self.rival2,
            segment=self.segment,
            n=f"{self.rng.randrange(20, 900)},000",
            n2=f"{self.rng.randrange(40, 600)},000",
            pct=self.rng.randrange(12, 65),
            pct2=self.rng.choice(("3.5", "4", "4.2", "5")),
            small=self.rng.choice(("1.8", "2.1", "2.4", "3")),
            year=self.rng.randrange(1975, 2015),
            staff=self.rng.randrange(40, 2500),
            stores=self.rng.randrange(3, 60),
            turnover=self.rng.randrange(5, 400),
            team=self.rng.randrange(3, 15),
            budget=self.rng.randrange(40, 400),
            c=cite,
        )
        text = text.replace(" .", ".")
        return text

    def text_of(self, part: str, words: int) -> str:
        sentences = [self.sentence(part)]
        while count(" ".join(sentences)) < words:
            sentences.append(self.sentence(part))
        return " ".join(sentences)

    # --- paragraphs -------------------------------------------------------------------------------------------
    def body(self, text: str, *, counted: bool = True):
        paragraph = self.doc.add_paragraph(text)
        if counted:
            self.words[self.part] += count(text)
        return paragraph

    def body_with_link(self, text: str, url: str, link_text: str) -> None:
        paragraph = self.doc.add_paragraph(text + " ")
        _hyperlink(paragraph, url, link_text)
        paragraph.add_run(".")
        self.words[self.part] += count(text + " " + link_text + ".")

    def bullets(self, items: list[str], style: str = "List Bullet", bold_lead: bool = False) -> None:
        for item in items:
            paragraph = self.doc.add_paragraph(style=style)
            if bold_lead and ":" in item[:40]:
                lead, rest = item.split(":", 1)
                paragraph.add_run(lead + ":").bold = True
                paragraph.add_run(rest)
            else:
                paragraph.add_run(item)
            self.words[self.part] += count(item)

    def spacer(self) -> None:
        self.doc.add_paragraph()

    def caption(self, text: str) -> None:
        paragraph = self.doc.add_paragraph(text, style="Caption")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def subheading(self, text: str) -> None:
        look = self.look
        if look.part_level == 2:
            self.doc.add_heading(text, level=3)
        else:  # parts at Heading 3 or manual: bold paragraph at body size
            paragraph = self.doc.add_paragraph()
            run = paragraph.add_run(text)
            run.bold = True
            if look.part_level == 0:
                run.italic = True
            paragraph.paragraph_format.space_before = Pt(6)
            paragraph.paragraph_format.keep_with_next = True

    # --- headings ---------------------------------------------------------------------------------------------
    def task_heading(self, task: str, first: bool) -> None:
        look = self.look
        name = self.rng.choice(TASK_NAMES[task])
        text = {
            "task-colon": f"Task {task}: {name}",
            "task-dash": f"Task {task} – {name}",
            "caps": f"TASK {task}",
            "question": f"Question {task}",
            "numbered": f"{task}. {name} (Task {task})",
        }[look.task_label]
        if not first and look.page_break == "break":
            self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        heading = self.doc.add_heading(text, level=1)
        if not first and look.page_break == "before":
            heading.paragraph_format.page_break_before = True

    def part_heading(self, part: str) -> None:
        look = self.look
        task, letter = part[0], part[1]
        title = self.rng.choice(ALT_TITLES[part])
        number = "abc".index(letter) + 1
        text = {
            "task-colon": f"Task {task}{letter}: {title}",
            "part-paren": f"Part {task} ({letter}) – {title}",
            "upper-dash": f"{task}{letter.upper()} – {title}",
            "q": f"Q{task}({letter}) {title}",
            "letter": f"({letter}) {title}",
            "numbered": f"{task}.{number} Task {task}({letter}) {title}",
        }[look.label]
        if look.part_level == 0:
            paragraph = self.doc.add_paragraph()
            run = paragraph.add_run(text)
            run.bold = True
            run.font.size = Pt(look.h_sizes[1])
            run.font.color.rgb = _hex(look.h_colours[1])
            paragraph.paragraph_format.space_before = Pt(14)
            paragraph.paragraph_format.space_after = Pt(6)
            paragraph.paragraph_format.keep_with_next = True
        else:
            self.doc.add_heading(text, level=look.part_level)
        self.part = part
        self.headings[part] = text

    # --- extras -----------------------------------------------------------------------------------------------
    def chart(self) -> None:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        labels = ["Email", "Search", "Social", "Direct", "Display"]
        values = [self.rng.randrange(5, 40) for _ in labels]
        fig, ax = plt.subplots(figsize=(5, 2.6), dpi=90)
        ax.bar(labels, values, color="#" + self.look.h_colours[1])
        ax.set_ylabel("% of sessions")
        ax.set_title(f"Traffic by channel, {self.org}")
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", metadata={"Software": None})
        plt.close(fig)
        buffer.seek(0)
        self.doc.add_picture(buffer, width=Cm(13))
        self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.figure += 1
        self.caption(f"Figure {self.figure}: Website sessions by channel (Google Analytics, {self.org}, 2022)")

    def screenshot(self) -> None:
        from PIL import Image, ImageDraw

        image = Image.new("RGB", (640, 360), "white")
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, 0, 640, 40), fill="#" + self.look.h_colours[0])
        draw.text((14, 12), f"{self.org}  |  Home  Shop  Offers  Account", fill="white")
        draw.text((20, 60), "Recommended for you", fill="black")
        for i in range(4):
            x = 20 + i * 155
            draw.rectangle((x, 90, x + 140, 250), outline="#999999", fill="#eeeeee")
            draw.text((x + 10, 260), f"Product {i + 1}", fill="black")
            draw.text((x + 10, 278), f"£{self.rng.randrange(9, 120)}.99", fill="#cc0000")
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        buffer.seek(0)
        self.doc.add_picture(buffer, width=Cm(12))
        self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.figure += 1
        self.caption(f"Figure {self.figure}: Mock-up of a personalised home page for {self.org}")

    def table(self, part: str) -> None:
        self.table_no += 1
        if part == "2a":
            head = ("Action", "Owner", "Timescale", "KPI")
            rows = [
                ("Checkout audit", "Digital manager", "Month 1", "Drop-off rate"),
                ("A/B test product pages", "UX lead", "Months 2-4", "Conversion rate"),
                ("Basket abandonment emails", "CRM executive", "Month 3", "Recovered sales"),
                ("Live chat pilot", "Customer service", "Months 4-6", "Chat-to-sale rate"),
            ]
            title = f"Table {self.table_no}: Action plan to raise conversion"
        elif part == "3b":
            head = ("Risk", "Likelihood", "Impact", "Mitigation")
            rows = [
                ("Data breach", "Low", "High", "Encryption, staff training"),
                ("Creepiness", "Medium", "Medium", "Clear privacy notices"),
                ("Poor data quality", "High", "Medium", "Data cleansing routine"),
            ]
            title = f"Table {self.table_no}: Risk assessment"
        else:
            head = ("Metric", "2021", "2022")
            rows = [
                ("Online revenue (£m)", str(self.rng.randrange(2, 40)), str(self.rng.randrange(3, 50))),
                ("Conversion rate (%)", "1.9", "2.2"),
                ("Email open rate (%)", str(self.rng.randrange(14, 22)), str(self.rng.randrange(15, 25))),
            ]
            title = f"Table {self.table_no}: Key digital figures for {self.org}"
        caption = self.doc.add_paragraph(title, style="Caption")
        caption.paragraph_format.keep_with_next = True
        table = self.doc.add_table(rows=1, cols=len(head))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(table.rows[0].cells, head, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
        if self.look.spacers:
            self.spacer()

    # --- parts ------------------------------------------------------------------------------------------------
    def write_part(self, part: str, target: int) -> None:
        look = self.look
        rng = self.rng
        self.part_heading(part)
        subs = list(SUBHEADINGS[part]) if rng.random() < 0.6 or part == "1a" else []
        blocks = 3
        share = [target // blocks] * blocks
        share[-1] += target - sum(share)
        extras_done = False
        for block in range(blocks):
            if subs:
                self.subheading(subs[block])
            remaining = share[block]
            if part == "1a" and block == 0:
                self.body(f"{self.org}", counted=True)
                remaining -= count(self.org)
                continue
            # a paragraph, maybe a bullet list, maybe a second paragraph
            para = max(25, int(remaining * rng.uniform(0.45, 0.7))) if part != "1a" else remaining
            if look.hyperlinks and part in ("1b", "2b") and block == 1:
                lead = self.text_of(part, max(15, para - 6))
                url = rng.choice(
                    ("https://www.thinkwithgoogle.com", "https://www.smartinsights.com", "https://econsultancy.com")
                )
                self.body_with_link(lead + " Further examples are collected at", url, url.split("//")[1])
                remaining -= count(lead) + 6
            else:
                text = self.text_of(part, para)
                self.body(text)
                remaining -= count(text)
            if part == "1a":
                continue
            if remaining > 30 and rng.random() < 0.75:
                items = []
                while remaining > 30 and len(items) < rng.randrange(3, 6):
                    lead = rng.choice(SUBHEADINGS[part] + ("Quick win", "Longer term", "Evidence"))
                    body = self.text_of(part, rng.randrange(8, 22)).split(". ")[0].rstrip(".") + "."
                    item = f"{lead}: {body}" if rng.random() < 0.5 else body
                    items.append(item)
                    remaining -= count(item)
                style = "List Number" if look.numbered_lists and rng.random() < 0.5 else "List Bullet"
                if style == "List Bullet" and len(items) >= 3 and rng.random() < 0.5:
                    self.bullets(items[:2], style, bold_lead=True)
                    nested = [self.text_of(part, rng.randrange(6, 14)).split(". ")[0].rstrip(".") for _ in range(2)]
                    self.bullets(nested, "List Bullet 2")
                    remaining -= sum(count(n) for n in nested)
                    self.bullets(items[2:], style, bold_lead=True)
                else:
                    self.bullets(items, style, bold_lead=True)
            if look.spacers and rng.random() < 0.4:
                self.spacer()
            if not extras_done and block == 1:
                extras_done = True
                if look.charts and part in ("1b", "2a"):
                    self.chart()
                if look.screenshot and part in ("1c", "2b"):
                    self.screenshot()
                if look.tables and part in ("2a", "3b", "1c"):
                    self.table(part)
            if remaining > 12:
                text = self.text_of(part, remaining)
                self.body(text)

    def cover(self) -> None:
        look = self.look
        doc = self.doc
        for _ in range(self.rng.randrange(2, 5)):
            doc.add_paragraph()
        doc.add_paragraph("Mastering Digital Channels", style="Title")
        doc.add_paragraph(f"Personalisation report for {self.org}", style="Subtitle")
        doc.add_paragraph()
        for line in (
            "CIM Level 6 Digital Diploma in Professional Marketing",
            "Module 2206, July 2019 assignment",
            f"Candidate: {self.fake.name()}",
            f"CIM membership number: {self.rng.randrange(10000000, 99999999)}",
            f"Study centre: {self.fake.city()} School of Marketing",
        ):
            doc.add_paragraph(line)
        if look.cover_section:
            doc.add_section(WD_SECTION.NEW_PAGE)
            if look.footer:
                self._footer(doc.sections[-1])
                doc.sections[0].footer.is_linked_to_previous = True
        else:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        if look.contents:
            self.contents()

    def contents(self) -> None:
        doc = self.doc
        doc.add_paragraph("Contents", style="TOC Heading")
        entries = []
        for task in "123":
            entries.append((0, f"Task {task}"))
            for part in PARTS:
                if part[0] == task:
                    entries.append((1, f"({part[1]}) {PART_TITLES[part]}"))
        entries.append((0, "References"))
        page = 3
        first = True
        for level, text in entries:
            paragraph = doc.add_paragraph()
            paragraph.paragraph_format.left_indent = Cm(0.6 * level)
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16), alignment=2, leader=1)
            if first:
                self._field_begin(paragraph, 'TOC \\o "1-3" \\h \\z \\u')
                first = False
            paragraph.add_run(f"{text}\t{page}")
            page += self.rng.choice((0, 1, 1))
        end = doc.paragraphs[-1]
        fld = OxmlElement("w:fldChar")
        fld.set(qn("w:fldCharType"), "end")
        run = OxmlElement("w:r")
        run.append(fld)
        end._p.append(run)
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _field_begin(self, paragraph, instruction: str) -> None:
        for kind, value in (("begin", None), ("instr", instruction), ("separate", None)):
            run = OxmlElement("w:r")
            if kind == "instr":
                child = OxmlElement("w:instrText")
                child.set(qn("xml:space"), "preserve")
                child.text = f" {value} "
            else:
                child = OxmlElement("w:fldChar")
                child.set(qn("w:fldCharType"), kind)
            run.append(child)
            paragraph._p.append(run)

    def references(self) -> None:
        look = self.look
        self.part = None
        if look.page_break in ("break", "before"):
            self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self.doc.add_heading(self.rng.choice(("References", "Reference list", "Bibliography")), level=1)
        used = sorted(self.used_cites | {0, 4}, key=lambda i: CITES[i][1])
        for i in used:
            paragraph = self.doc.add_paragraph(CITES[i][1])
            paragraph.paragraph_format.left_indent = Cm(1.27)
            paragraph.paragraph_format.first_line_indent = Cm(-1.27)
            paragraph.paragraph_format.space_after = Pt(6)
        if look.appendix:
            self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            self.doc.add_heading("Appendix 1: Customer survey results", level=1)
            self.doc.add_paragraph(
                f"The survey ran online for two weeks in January 2023 and drew {self.rng.randrange(150, 900)} "
                "responses from customers on the email database."
            )
            self.table("3b")

    def word_count_line(self, group: str) -> None:
        total = sum(self.words[p] for p in LIMIT_GROUPS[group])
        stated = total + self.rng.choice((0, 0, -3, 5, 11))
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(f"Word count: {stated:,}")
        run.italic = True
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def build(self) -> Truth:
        rng = self.rng
        mode = self.index % 3
        scale = {0: rng.uniform(0.9, 1.0), 1: rng.uniform(1.0, 1.06), 2: rng.uniform(0.6, 0.8)}[mode]
        self.cover()
        for task in "123":
            parts = [p for p in PARTS if p[0] == task]
            self.task_heading(task, first=task == "1")
            for part in parts:
                target = TARGETS[part]
                if part == "1a":
                    target = int(target * (0.6 if self.look.size >= 13 or self.look.spacing >= 1.5 else 0.95))
                    target = int(target * rng.uniform(0.8, 1.05))
                else:
                    target = int(target * scale * rng.uniform(0.93, 1.07))
                self.write_part(part, target)
            if self.look.word_count_lines:
                group = {"1": "task1-bc", "2": "task2-ab", "3": "task3-ab"}[task]
                self.word_count_line(group)
        self.references()
        group_words = {g: sum(self.words[p] for p in members) for g, members in LIMIT_GROUPS.items()}
        return Truth(
            name="",
            seed=self.index,
            layout=self.look.name,
            split="",
            part_words=dict(self.words),
            group_words=group_words,
            headings=dict(self.headings),
        )


def build(index: int) -> tuple[bytes, Truth]:
    report = Report(index)
    truth = report.build()
    props = report.doc.core_properties
    props.author = report.fake.name()
    props.title = "Mastering Digital Channels"
    import datetime

    props.created = props.modified = datetime.datetime(2023, 3, 10, 9, 0, 0)
    props.last_modified_by = props.author
    props.revision = 1
    buffer = io.BytesIO()
    report.doc.save(buffer)
    return buffer.getvalue(), truth
