"""Pool 7 (HELD OUT): CIM 2206 reports by candidates studying abroad or keeping another locale's Word defaults.

US Letter as well as A4 pages; Calibri 11 with 1.08 spacing and 8 pt after, Aptos 12 (Word's newest default),
Times New Roman 12 double-spaced; headings typed with the brief's labels written in unusual ways ("Q1 b)",
"Ques. 1(b)", "Task-1 (b)", "TASK 1 PART B", "1 b -", "Task 1.b:", "Task1b" at Heading 1 with no task headings).
Truth is counted while each paragraph is written: body paragraphs and list items of a part count; headings,
sub-headings, tables, captions, text boxes, footnotes, headers and footers, cover, contents, word-count lines,
references and appendices do not.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from xml.sax.saxutils import escape

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Inches, Mm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Other locales' Word defaults (US Letter and A4; Calibri 11 at 1.08 with 8 pt after, Aptos 12, Times New "
    "Roman 12 double) with the brief's labels typed in unusual ways: 'Q1 b)', 'Ques. 1(b)', 'Task-1 (b)', "
    "'TASK 1 PART B', '1 b -', 'Task 1.b:', and 'Task1b' at Heading 1 without task headings"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
LIMITS = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
QUALIFICATION = "CIM Level 6 Digital Diploma in Professional Marketing"
MODULE = "Mastering Digital Channels (2206)"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
VML = "urn:schemas-microsoft-com:vml"

SOURCES = {
    "Chaffey and Ellis-Chadwick, 2019": "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital Marketing. 7th edn. "
    "Harlow: Pearson.",
    "Chaffey and Smith, 2022": "Chaffey, D. and Smith, P.R. (2022) Digital Marketing Excellence. 6th edn. "
    "Abingdon: Routledge.",
    "Kingsnorth, 2022": "Kingsnorth, S. (2022) Digital Marketing Strategy: An Integrated Approach to Online "
    "Marketing. 3rd edn. London: Kogan Page.",
    "Ryan, 2020": "Ryan, D. (2020) Understanding Digital Marketing. 5th edn. London: Kogan Page.",
    "Kotler et al., 2021": "Kotler, P., Kartajaya, H. and Setiawan, I. (2021) Marketing 5.0: Technology for "
    "Humanity. Hoboken, NJ: Wiley.",
    "McKinsey, 2021": "McKinsey & Company (2021) The value of getting personalization right - or wrong - is "
    "multiplying. Available at: https://www.mckinsey.com (Accessed: 12 March 2024).",
    "Google, 2018": "Google (2018) Micro-moments: Your guide to winning the shift to mobile. Available at: "
    "https://www.thinkwithgoogle.com (Accessed: 2 March 2024).",
    "ICO, 2023": "Information Commissioner's Office (2023) Guide to the UK General Data Protection Regulation. "
    "Available at: https://ico.org.uk (Accessed: 20 March 2024).",
    "Epsilon, 2018": "Epsilon (2018) The power of me: The impact of personalization on marketing performance. "
    "Irving, TX: Epsilon.",
    "Salesforce, 2022": "Salesforce (2022) State of the Connected Customer. 5th edn. San Francisco: Salesforce.",
    "Gartner, 2019": "Gartner (2019) Gartner predicts 80% of marketers will abandon personalization efforts by "
    "2025. Stamford, CT: Gartner.",
    "Lemon and Verhoef, 2016": "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience "
    "throughout the customer journey', Journal of Marketing, 80(6), pp. 69-96.",
}

INDUSTRIES = (
    ("outdoor clothing retailer", "waterproof jackets, walking boots and camping gear", "Mountain Warehouse"),
    ("regional building society", "mortgages, savings accounts and home insurance", "Nationwide"),
    ("independent coffee roaster", "subscription coffee, brewing equipment and gift boxes", "Pact Coffee"),
    ("budget gym chain", "monthly memberships, personal training and online classes", "PureGym"),
    ("specialist cycle retailer", "road bikes, e-bikes, servicing and accessories", "Evans Cycles"),
    ("online pet supplies business", "pet food, insurance and veterinary advice", "Pets at Home"),
    ("family-owned hotel group", "short breaks, weddings and spa packages", "Premier Inn"),
    ("home furniture retailer", "sofas, beds, lighting and interior design services", "Dunelm"),
)
SEGMENTS = (
    "young urban professionals",
    "first-time buyers",
    "busy parents aged 30 to 45",
    "students studying away from home",
    "retired customers over 60",
    "loyal repeat customers",
)
CHANNELS = (("email", "the mobile app"), ("the website", "paid social"), ("email", "the website"))

SENTENCES = {
    "1a": (
        "{org} is {article} {kind} founded in {year} and based in {city}.",
        "The business employs around {staff} people and reported turnover of £{turnover} million last year.",
        "Its range covers {products}, sold through {shops} stores and online.",
        "Its main competitors are {rival} and {rival2}, both of which invest heavily in digital channels.",
        "Around {pct}% of sales are now made online, most of them on a smartphone.",
        "The customer base is broad, but {segment} are the fastest-growing group.",
        "Personalisation at {org} is at an early stage: emails are segmented by region and little else.",
        "The loyalty scheme has {members} members, but its data is held apart from web analytics.",
        "On a five-stage maturity model ({cite}), {org} sits at the second stage.",
        "Customers are mostly aged 25 to 55, and two thirds of them live within an hour of a store.",
        "Average order value online is £{aov}, slightly above the sector average.",
        "Repeat customers generate {pct}% of revenue, which makes retention the main commercial priority.",
        "The company is privately owned and has grown mainly through word of mouth and local advertising.",
        "A small in-house team of {team} people manages the website, email and social media accounts.",
        "The email list holds {members} addresses, but only one newsletter is sent to everyone each week.",
        "Product recommendations on the website are chosen by hand rather than from customer data.",
        "Social media is used mainly for announcements, with little two-way conversation with followers.",
        "There is no single customer view, because store, web and app records sit in separate systems.",
        "The board has recently approved a digital transformation budget of £{budget} million over three years.",
        "Competitors already tailor their homepages to returning visitors, so {org} risks falling behind.",
        "Customer satisfaction scores fell by {small} points last year, mainly because of slow online service.",
        "Customers rate the service highly, yet online reviews mention generic offers and repeated messages.",
    ),
    "gen": (
        "Personalisation uses data about a customer to tailor messages, offers and content ({cite}).",
        "Research shows that {pct}% of consumers are more likely to buy when brands offer tailored experiences "
        "({cite}).",
        "For {org}, this matters because {segment} compare prices across several sites before buying.",
        "Basic personalisation, such as inserting a first name in an email, is now expected rather than valued.",
        "More advanced approaches use browsing history, purchase data and location to predict the next purchase.",
        "Artificial intelligence allows recommendations to change in real time as a visitor moves through a site.",
        "However, these tools are costly and depend on clean, joined-up customer data ({cite}).",
        "Relevance is only valuable when it feels helpful rather than intrusive ({cite}).",
        "Competitors such as {rival} already show product suggestions based on previous orders.",
        "{org} could start with rule-based segments and move towards predictive models within two years.",
        "This would support the strategic goal of growing online revenue by {pct}% by {target}.",
        "A weakness of many schemes is that data is collected but never acted upon.",
        "Customer expectations are rising, and a poor digital experience quickly leads to lost sales ({cite}).",
        "Privacy concerns also shape what customers will accept, particularly among {segment}.",
        "The management team should therefore weigh the cost of each step against its likely return.",
        "A test-and-learn approach would let {org} prove value before committing larger budgets.",
        "Zero-party data, which customers share willingly through quizzes and preference centres, is growing.",
        "The decline of third-party cookies means first-party data will become a strategic asset ({cite}).",
        "Conversational interfaces and chatbots allow one-to-one dialogue at scale.",
        "Good practice can be seen at {rival}, whose app remembers sizes, favourites and delivery preferences.",
        "Bad practice includes recommending products a customer has already bought, which erodes trust.",
        "Measured by click-through rate, the tailored emails at {rival2} outperform generic ones by {pct}%.",
        "{segment} want speed and convenience, so saved baskets and one-click checkout are valued highly.",
        "The micro-moments framework helps identify when customers want to know, go, do or buy ({cite}).",
        "Each stage of the journey needs a clear metric, from reach and engagement to conversion and loyalty.",
        "Online communities could move communication from broadcast to conversation ({cite}).",
        "Dynamic content blocks in email can change the hero image according to the reader's last visit.",
        "Re-marketing reminds visitors of products they viewed, but frequency must be capped to avoid irritation.",
        "Abandoned basket emails sent within an hour recover around {pct}% of lost orders ({cite}).",
        "Skills in data analysis and marketing automation will be needed in the team.",
        "An external agency could support the first phase while internal skills are developed.",
        "Paid channels need audience lists, owned channels need content rules and earned channels need listening.",
        "Mobile is the main platform for {segment}, so every personalised journey must work on a small screen.",
        "The UK GDPR requires a lawful basis for processing personal data and clear privacy notices ({cite}).",
        "Profiling that has significant effects on individuals needs particular care and transparency.",
        "A data breach would damage trust and could lead to fines of up to 4% of global turnover.",
        "Automation brings a risk that errors are repeated at scale before anyone notices them.",
        "Over-personalisation can feel creepy, for example when an advert follows a customer across every site.",
        "Each risk should be assessed for likelihood and impact and given a named owner.",
        "Clear policies, staff training and regular audits would reduce these risks to an acceptable level.",
    ),
}

BULLETS = (
    "Welcome journey with preferences captured at sign-up",
    "Product recommendations based on the last three orders",
    "Location-based offers for customers near a store",
    "Abandoned basket reminder after one hour, capped at two messages",
    "Monthly review of conversion rate, average order value and unsubscribe rate",
    "Preference centre so customers control what they receive",
    "Lookalike audiences built from the most valuable customers",
    "A/B tests of subject lines and hero images for each segment",
)


@dataclass(frozen=True)
class Layout:
    name: str
    page: str  # "letter" or "a4"
    font: str
    size: float
    line: float  # line spacing multiple
    after: float  # space after in points
    margin: float  # cm
    heading: str  # how part headings are made: "style" or "typed"
    cover: bool
    header: bool
    footer: bool
    footnotes: bool
    textbox: bool
    contents: bool
    wordcount_lines: bool
    landscape_table: bool
    task_headings: bool = True


LAYOUTS = (
    Layout(
        "letter-calibri-q1b",
        "letter",
        "Calibri",
        11,
        1.08,
        8,
        2.54,
        "typed",
        True,
        True,
        True,
        False,
        False,
        False,
        False,
        False,
    ),
    Layout(
        "a4-aptos-ques", "a4", "Aptos", 12, 1.0, 6, 2.5, "style", False, True, True, True, False, False, False, False
    ),
    Layout(
        "a4-tnr-double-task-dash",
        "a4",
        "Times New Roman",
        12,
        2.0,
        0,
        2.54,
        "style",
        True,
        False,
        True,
        False,
        False,
        True,
        True,
        False,
    ),
    Layout(
        "letter-arial-caps-part",
        "letter",
        "Arial",
        10.5,
        1.15,
        6,
        1.9,
        "typed",
        True,
        True,
        True,
        False,
        True,
        False,
        False,
        True,
    ),
    Layout(
        "a4-calibri14-1b-dash",
        "a4",
        "Calibri",
        14,
        1.5,
        10,
        2.0,
        "style",
        False,
        False,
        True,
        True,
        False,
        False,
        True,
        False,
    ),
    Layout(
        "a4-calibri-task-dot-colon",
        "a4",
        "Calibri",
        11,
        1.08,
        8,
        2.54,
        "typed",
        True,
        True,
        True,
        False,
        True,
        False,
        False,
        False,
    ),
    Layout(
        "letter-aptos-task1b-h1",
        "letter",
        "Aptos",
        12,
        1.5,
        8,
        2.54,
        "style",
        False,
        True,
        True,
        False,
        False,
        False,
        False,
        False,
        task_headings=False,
    ),
)


def task_label(layout: str, task: str) -> str:
    return {
        "letter-calibri-q1b": f"Question {task}",
        "a4-aptos-ques": f"Ques. {task}",
        "a4-tnr-double-task-dash": f"Task-{task}",
        "letter-arial-caps-part": f"TASK {task}",
        "a4-calibri14-1b-dash": f"{task} -",
        "a4-calibri-task-dot-colon": f"Task {task}:",
    }[layout]


TASK_NAMES = {
    "1": "Personalisation in digital channels",
    "2": "Conversion action plan and content",
    "3": "Managing personalisation and its risks",
}

SHORT_TITLES = {
    "1a": ("Organisation overview", "Organisational overview", "Background to the organisation"),
    "1b": ("Current and future developments", "Appraisal of personalisation developments"),
    "1c": ("Personalising channels for one segment", "Good and bad practice for one target segment"),
    "2a": ("Action plan", "Action plan to maximise conversion"),
    "2b": ("Personalised content and re-marketing", "Content personalisation and remarketing"),
    "3a": ("Managing and implementing personalisation", "Recommendations for implementation"),
    "3b": ("Three risks", "Evaluation of three risks"),
}


def part_label(layout: str, part: str, rng: random.Random) -> str:
    task, letter = part[0], part[1]
    title = rng.choice(SHORT_TITLES[part] + (PART_TITLES[part],))
    return {
        "letter-calibri-q1b": f"Q{task} {letter}) {title}",
        "a4-aptos-ques": f"Ques. {task}({letter}) {title}",
        "a4-tnr-double-task-dash": f"Task-{task} ({letter}) {title}",
        "letter-arial-caps-part": f"TASK {task} PART {letter.upper()} – {title.upper()}",
        "a4-calibri14-1b-dash": f"{task} {letter} - {title}",
        "a4-calibri-task-dot-colon": f"Task {task}.{letter}: {title}",
        "letter-aptos-task1b-h1": f"Task{task}{letter} – {title}",
    }[layout]


class Writer:
    """Builds one report, counting each part's words as its paragraphs are written."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(7000 + index)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(7000 + index)
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        self.doc = docx.Document()
        self.words = dict.fromkeys(PARTS, 0)
        self.headings: dict[str, str] = {}
        self.part = ""
        self.cited: set[str] = set()
        self.footnotes: list[str] = []
        self.shapes = 0
        self.decks: dict[str, list[str]] = {}
        kind, products, rival = self.rng.choice(INDUSTRIES)
        self.facts = {
            "org": self.fake.company().replace(" and ", " & "),
            "kind": kind,
            "products": products,
            "rival": rival,
            "rival2": self.rng.choice(("Amazon", "John Lewis", "Next", "Argos", "Tesco")),
            "city": self.fake.city(),
            "year": self.rng.randint(1962, 2012),
            "staff": self.rng.choice((120, 340, 850, 1200, 2600)),
            "turnover": self.rng.choice((14, 38, 62, 145, 310)),
            "shops": self.rng.randint(6, 140),
            "members": f"{self.rng.randint(20, 480)},000",
            "segment": self.rng.choice(SEGMENTS),
            "target": self.rng.choice((2026, 2027, 2028)),
            "aov": self.rng.choice((38, 54, 72, 96, 120)),
            "team": self.rng.randint(3, 12),
            "budget": self.rng.choice(("1.2", "2.5", "4", "6.8")),
        }
        self.channels = self.rng.choice(CHANNELS)

    # --- text ---------------------------------------------------------------------------------------------------
    def sentence(self, bank: str) -> str:
        if not self.decks.get(bank):  # a shuffled deck, so a sentence comes back only when all have been used
            self.decks[bank] = self.rng.sample(SENTENCES[bank], len(SENTENCES[bank]))
        template = self.decks[bank].pop()
        cite = self.rng.choice(sorted(SOURCES))
        if "{cite}" in template:
            self.cited.add(cite)
        values = dict(
            self.facts,
            cite=cite,
            pct=self.rng.randint(8, 64),
            small=self.rng.randint(3, 9),
            article="an" if self.facts["kind"][0] in "aeiou" else "a",
        )
        text = template.format(**values)
        return text[0].upper() + text[1:]

    def paragraph_text(self, bank: str, limit: int) -> str:
        sentences: list[str] = []
        while len(sentences) < self.rng.randint(3, 6):
            candidate = self.sentence(bank)
            if count(" ".join([*sentences, candidate])) > limit and sentences:
                break
            sentences.append(candidate)
            if count(" ".join(sentences)) >= limit:
                break
        return " ".join(sentences)

    # --- formatting ---------------------------------------------------------------------------------------------
    def setup(self) -> None:
        lay = self.layout
        styles = self.doc.styles
        defaults = styles.element.find(qn("w:docDefaults"))
        fonts = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(attr), None)
        for attr in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(attr), lay.font)
        normal = styles["Normal"]
        normal.font.name = lay.font
        normal.font.size = Pt(lay.size)
        pf = normal.paragraph_format
        pf.space_after = Pt(lay.after)
        pf.space_before = Pt(0)
        if lay.line == 1.0:
            pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
        elif lay.line == 2.0:
            pf.line_spacing_rule = WD_LINE_SPACING.DOUBLE
        else:
            pf.line_spacing = lay.line
        for name, size in (("Heading 1", lay.size + 4), ("Heading 2", lay.size + 2), ("Heading 3", lay.size)):
            style = styles[name]
            rpr = style.element.get_or_add_rPr()
            old = rpr.find(qn("w:rFonts"))
            if old is not None:
                rpr.remove(old)
            style.font.name = lay.font
            style.font.size = Pt(size)
            style.font.color.rgb = RGBColor(0x1F, 0x38, 0x64) if lay.font != "Times New Roman" else RGBColor(0, 0, 0)
            if name == "Heading 3":
                style.font.italic = True
        section = self.doc.sections[0]
        if lay.page == "letter":
            section.page_width, section.page_height = Inches(8.5), Inches(11)
        else:
            section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(lay.margin))
        if lay.cover:
            section.different_first_page_header_footer = True
        if lay.header:
            par = section.header.paragraphs[0]
            par.text = f"{QUALIFICATION} – {MODULE}"
            par.runs[0].font.size = Pt(9)
        if lay.footer:
            par = section.footer.paragraphs[0]
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if self.index % 2:
                par.add_run("Page ")
                self.field(par, "PAGE")
                par.add_run(" of ")
                self.field(par, "NUMPAGES")
            else:
                self.field(par, "PAGE")

    @staticmethod
    def field(par, instruction: str) -> None:
        for xml in (
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
            f"<w:r {nsdecls('w')}><w:t>1</w:t></w:r>",
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
        ):
            par._p.append(parse_xml(xml))

    def typed_heading(self, text: str, size: float, *, caps: bool = False, underline: bool = False):
        par = self.doc.add_paragraph()
        run = par.add_run(text)
        run.bold = True
        run.underline = underline
        run.font.size = Pt(size)
        par.paragraph_format.keep_with_next = True
        par.paragraph_format.space_before = Pt(12)
        return par

    # --- structure ----------------------------------------------------------------------------------------------
    def cover(self) -> None:
        doc = self.doc
        title = doc.add_paragraph()
        run = title.add_run(f"{QUALIFICATION}\n{MODULE}")
        run.bold = True
        run.font.size = Pt(self.layout.size + 6)
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph(
            f"Personalisation in digital channels: a report for {self.facts['org']}"
        ).alignment = WD_ALIGN_PARAGRAPH.CENTER
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        rows = (
            ("Candidate name", self.fake.name()),
            ("Candidate number", f"{self.rng.randint(10000000, 99999999)}"),
            ("Study centre", f"{self.fake.city()} School of Business"),
            ("Submission date", self.rng.choice(("14 June 2024", "6 December 2024", "13 June 2025"))),
        )
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        doc.add_paragraph()
        doc.add_paragraph(
            "Declaration: I confirm that this assignment is my own work and that all sources have been "
            "acknowledged in accordance with CIM's regulations."
        ).runs[0].italic = True
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def contents(self, labels: dict[str, str]) -> None:
        self.doc.add_paragraph().add_run("Contents").bold = True
        for page, part in enumerate(PARTS, start=2):
            par = self.doc.add_paragraph(f"{labels[part]}\t{page + (page > 3)}")
            par.paragraph_format.tab_stops.add_tab_stop(Cm(15), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            par.paragraph_format.space_after = Pt(0)
        self.doc.add_paragraph("References\t11").paragraph_format.tab_stops.add_tab_stop(
            Cm(15), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def task_heading(self, task: str) -> None:
        lay = self.layout
        text = f"{task_label(lay.name, task)} {TASK_NAMES[task]}"
        if lay.name == "letter-arial-caps-part":
            text = text.upper()
        if lay.heading == "style":
            self.doc.add_paragraph(text, style="Heading 1")
        else:
            self.typed_heading(text, lay.size + 3, underline=lay.name == "a4-calibri-task-dot-colon")

    def part_heading(self, part: str, text: str) -> None:
        lay = self.layout
        self.part = part
        self.headings[part] = text
        if lay.heading == "style":
            style = "Heading 1" if not lay.task_headings else "Heading 2"
            self.doc.add_paragraph(text, style=style)
        else:
            self.typed_heading(text, lay.size + 1, underline=lay.name == "a4-calibri-task-dot-colon")

    def sub_heading(self, text: str) -> None:
        if self.layout.heading == "style":
            self.doc.add_paragraph(text, style="Heading 3" if self.layout.task_headings else "Heading 2")
        else:
            par = self.doc.add_paragraph()
            run = par.add_run(text)
            run.italic = True
            run.bold = self.layout.name != "letter-calibri-q1b"
            par.paragraph_format.keep_with_next = True

    def body(self, text: str, style: str | None = None, footnote: str | None = None) -> None:
        par = self.doc.add_paragraph(style=style)
        if footnote and " " in text:
            cut = text.index(".") if "." in text[:-1] else len(text) - 1
            par.add_run(text[:cut])
            self.footnote_ref(par, footnote)
            par.add_run(text[cut:])
        else:
            par.add_run(text)
        self.words[self.part] += count(text)

    def footnote_ref(self, par, text: str) -> None:
        self.footnotes.append(text)
        number = len(self.footnotes)
        par._p.append(
            parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{number}"/></w:r>'
            )
        )

    def text_box(self, text: str) -> None:
        self.shapes += 1
        width = 300 if self.layout.page == "letter" else 280
        xml = (
            f'<w:p {nsdecls("w")} xmlns:v="{VML}"><w:r><w:pict>'
            f'<v:shape id="pull{self.shapes}" type="#_x0000_t202" style="width:{width}pt;height:64pt" '
            'strokecolor="#1f3864" fillcolor="#dee7f4"><v:textbox><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/>'
            "</w:pPr><w:r><w:rPr><w:i/></w:rPr>"
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:txbxContent>'
            "</v:textbox></v:shape></w:pict></w:r></w:p>"
        )
        self.doc.element.body.append(parse_xml(xml))
        # keep the body's sectPr last
        sect = self.doc.element.body.find(qn("w:sectPr"))
        if sect is not None:
            self.doc.element.body.remove(sect)
            self.doc.element.body.append(sect)

    def table(self, caption: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
        cap = self.doc.add_paragraph()
        run = cap.add_run(caption)
        run.italic = True
        run.font.size = Pt(max(9, self.layout.size - 1))
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
        self.doc.add_paragraph()

    def write_part(self, part: str, target: int) -> None:
        lay, rng = self.layout, self.rng
        bank = "1a" if part == "1a" else "gen"
        remaining = target
        items: list[str] = []
        if part == "1a" and self.index % 2 == 0:
            summary = (
                f"Summary: this report advises the senior team of {self.facts['org']} on how to personalise its "
                f"digital channels for {self.facts['segment']}, how to convert more visits into sales and how to "
                "manage the risks involved."
            )
            self.body(summary)
            remaining -= count(summary)
        if part in ("1b", "2a", "3a") and target > 300:
            items = rng.sample(BULLETS, rng.randint(3, 5))
        tables_here = part == "2a" or (part == "1c" and rng.random() < 0.5)
        subs = part == "3b" and target > 250
        sub_names = iter(
            ("Risk one: legal compliance", "Risk two: intrusive personalisation", "Risk three: automation errors")
        )
        position = 0
        list_at = rng.randint(1, 2)
        table_at = rng.randint(1, 3)
        while remaining > 0:
            if subs and position in (0, 2, 4):
                name = next(sub_names, None)
                if name:
                    self.sub_heading(name)
            if items and position == list_at:
                numbered = part == "2a" and lay.name in (
                    "a4-aptos-ques",
                    "a4-calibri14-1b-dash",
                    "a4-calibri-task-dot-colon",
                )
                intro = "The main actions are:" if numbered else "Key elements would include:"
                self.body(intro)
                remaining -= count(intro)
                for item in items:
                    if remaining - count(item) < 20:
                        break
                    self.body(item, style="List Number" if numbered else "List Bullet")
                    remaining -= count(item)
                items = []
            if tables_here and position == table_at:
                self.part_table(part)
                tables_here = False
            if lay.textbox and part == "2b" and position == 1:
                self.text_box(f"“Relevance is the new reach” – {self.facts['org']} content principle")
            if lay.landscape_table and part == "2a" and position == 2:
                self.landscape_plan()
            limit = min(remaining, rng.randint(60, 130))
            if remaining - limit < 12:
                limit = remaining
            text = self.paragraph_text(bank, limit)
            note = None
            if lay.footnotes and rng.random() < 0.2:
                source = rng.choice(sorted(SOURCES))
                self.cited.add(source)
                note = f"See {source} for a fuller discussion."
            self.body(text, footnote=note)
            remaining -= count(text)
            position += 1

    def part_table(self, part: str) -> None:
        ch1, ch2 = self.channels
        if part == "2a":
            self.table(
                "Table 1: Action plan summary",
                ("Stage", "Channel", "Action", "KPI", "Target"),
                [
                    ("Awareness", ch2, "Lookalike audiences", "Reach", "+20%"),
                    ("Consideration", ch1, "Tailored recommendations", "CTR", "4.5%"),
                    ("Purchase", ch1, "Basket reminders", "Conversion rate", "3.2%"),
                    ("Loyalty", ch2, "Community invitations", "Repeat rate", "35%"),
                ],
            )
        else:
            self.table(
                "Table 2: Good and bad practice compared",
                ("Organisation", "Practice", "Assessment"),
                [
                    (self.facts["rival"], "Saved preferences in app", "Good"),
                    (self.facts["rival2"], "Repeated offers for bought items", "Poor"),
                    ("Spotify", "Wrapped annual summary", "Good"),
                ],
            )

    def landscape_plan(self) -> None:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.different_first_page_header_footer = False
        section.page_width, section.page_height = section.page_height, section.page_width
        months = ("Month 1-2", "Month 3-4", "Month 5-6", "Month 7-9", "Month 10-12")
        ch1, ch2 = self.channels
        self.table(
            "Figure 1: Twelve-month implementation timeline",
            ("Workstream", *months),
            [
                (f"{ch1} personalisation", "Audit data", "Segments", "Dynamic blocks", "Predictive", "Review"),
                (f"{ch2} personalisation", "Tracking", "Audiences", "Re-marketing", "Lookalikes", "Review"),
                ("Community", "Research", "Pilot group", "Launch", "Moderation", "Evaluate"),
            ],
        )
        back = self.doc.add_section(WD_SECTION.NEW_PAGE)
        back.orientation = WD_ORIENT.PORTRAIT
        back.different_first_page_header_footer = False
        back.page_width, back.page_height = back.page_height, back.page_width

    def references(self) -> None:
        lay = self.layout
        if lay.heading == "style":
            self.doc.add_paragraph("References", style="Heading 1")
        else:
            self.typed_heading("References" if lay.name != "letter-arial-caps-part" else "REFERENCES", lay.size + 3)
        for key in sorted(self.cited | {"Chaffey and Ellis-Chadwick, 2019"}):
            par = self.doc.add_paragraph(SOURCES[key])
            par.paragraph_format.left_indent = Cm(1)
            par.paragraph_format.first_line_indent = Cm(-1)
        if self.index % 3 == 0:
            self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            self.typed_heading("Appendix 1: Customer survey questions", lay.size + 1)
            for question in (
                "How often do you shop with us online?",
                "Which messages from us do you find most useful?",
                "Would you share your preferences in return for tailored offers?",
            ):
                self.doc.add_paragraph(question, style="List Number")

    def add_footnotes_part(self) -> None:
        if not self.footnotes:
            return
        ns = nsdecls("w")
        notes = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
            "</w:p></w:footnote>",
        ]
        for number, text in enumerate(self.footnotes, start=1):
            notes.append(
                f'<w:footnote w:id="{number}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>'
                f'<w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr>'
                f'<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
            )
        blob = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {ns}>{"".join(notes)}</w:footnotes>'
        )
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, blob.encode(), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    def targets(self) -> dict[str, int]:
        rng = self.rng
        lay = self.layout
        # the overview stays within one side: fewer words where the type is large or the lines far apart
        fits = round(375 * (11 * 1.08) / (lay.size * lay.line))
        plan = {"1a": min(rng.randint(230, 380), fits - rng.randint(0, 30))}
        for group, (first, second) in LIMIT_GROUPS.items():
            band = (self.index + len(group) + ord(group[4])) % 4
            factor = (rng.uniform(0.55, 0.8), rng.uniform(0.9, 1.0), rng.uniform(0.95, 1.08), rng.uniform(1.05, 1.15))[
                band
            ]
            total = round(LIMITS[group] * factor)
            share = rng.uniform(0.4, 0.6)
            plan[first] = round(total * share)
            plan[second] = total - plan[first]
        return plan

    def build(self) -> tuple[bytes, Truth]:
        lay = self.layout
        self.setup()
        labels = {part: part_label(lay.name, part, self.rng) for part in PARTS}
        plan = self.targets()
        if lay.cover:
            self.cover()
        if lay.contents:
            self.contents(labels)
        done_task = ""
        for part in PARTS:
            task = part[0]
            if task != done_task and lay.task_headings:
                self.task_heading(task)
            done_task = task
            self.part_heading(part, labels[part])
            self.write_part(part, plan[part])
            if lay.wordcount_lines and part in ("1c", "2b", "3b"):
                group = next(g for g, members in LIMIT_GROUPS.items() if part in members)
                total = sum(self.words[p] for p in LIMIT_GROUPS[group])
                self.doc.add_paragraph(f"Word count: {total:,}")
        self.references()
        self.add_footnotes_part()
        out = io.BytesIO()
        self.doc.core_properties.author = self.fake.name()
        self.doc.save(out)
        truth = Truth(
            name="",
            seed=self.index,
            layout=lay.name,
            split="",
            part_words=dict(self.words),
            group_words={g: sum(self.words[p] for p in members) for g, members in LIMIT_GROUPS.items()},
            headings=dict(self.headings),
        )
        return out.getvalue(), truth


def build(index: int) -> tuple[bytes, Truth]:
    """Report ``index`` of pool 7 as DOCX bytes and its truth, counted as it was written."""
    return Writer(index).build()
