"""Pool 18: long CIM 2206 scripts shaped by page and section layout (development data since stop 65).

Written by an independent hand from the pool brief, without reading marker's readers. Every report answers the
2206 brief (Task 1 (a)-(c), Task 2 (a)-(b), Task 3 (a)-(b)) in Word's page and section machinery: page breaks
before parts, next-page and continuous section breaks between tasks, a landscape section holding a wide
action-plan table (not counted), a two-column glossary section inside a part (its entries are body paragraphs
and are counted), headings repeated as "(continued)" / "cont." at the top of the next page (headings, not
counted), headings left free to fall at the foot of a page with widow and orphan control off, manual line breaks
inside paragraphs (one paragraph), different first-page headers, "Page X" footers and contents pages.
Words are counted while the text is written, with ``count()`` over exactly the text of each counted paragraph.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Long 2206 scripts shaped by page and section layout: page breaks before parts, next-page and continuous "
    "section breaks, a landscape action-plan table, a two-column glossary inside a part (counted), '(continued)' "
    "and 'cont.' headings on the next page, headings at a page's foot, manual line breaks, first-page headers"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_TITLES = {"1": "Personalisation report", "2": "Conversion action plan", "3": "Implementation and risk"}
GROUP_MAX = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}


@dataclass(frozen=True)
class Layout:
    name: str
    label: str  # how parts are labelled
    titled: bool  # the part's title after its label
    heading_mode: str  # "styles" (Heading 1/2) or "bold" (formatted Normal paragraphs)
    part_page_break: bool  # page break before every part heading
    task_break: str  # "nextpage" / "continuous" / "mixed" / "pagebreak" (a Ctrl+Enter paragraph) / "none"
    landscape_plan: bool
    glossary: bool
    continued: str  # "" / "(continued)" / "cont."
    line_breaks: float  # share of body paragraphs holding manual line breaks
    widow_off: bool
    heading_keep_next: bool
    first_page_header: bool
    footer: str  # "" / "page" / "page-of"
    contents: str  # "" / "field" / "typed"
    cover: bool
    word_count_lines: bool
    typed_numbers: bool  # numbered points typed by hand ("1. ") rather than Word's automatic numbering


LAYOUTS = (
    Layout(
        "page-break-every-part",
        "Task {t} ({p})",
        True,
        "styles",
        True,
        "pagebreak",
        False,
        False,
        "",
        0.0,
        False,
        True,
        False,
        "page",
        "field",
        True,
        False,
        False,
    ),
    Layout(
        "next-page-sections-landscape-plan",
        "TASK {t}({P})",
        True,
        "styles",
        False,
        "nextpage",
        True,
        False,
        "",
        0.1,
        False,
        True,
        True,
        "page-of",
        "",
        True,
        True,
        False,
    ),
    Layout(
        "continued-headings-next-page",
        "Task {t} – {p}",
        True,
        "bold",
        False,
        "pagebreak",
        False,
        False,
        "(continued)",
        0.0,
        True,
        False,
        False,
        "page",
        "typed",
        True,
        False,
        True,
    ),
    Layout(
        "continuous-sections-two-column-glossary",
        "Task {t}{p}:",
        True,
        "styles",
        False,
        "continuous",
        False,
        True,
        "",
        0.0,
        False,
        True,
        True,
        "page",
        "",
        True,
        True,
        False,
    ),
    Layout(
        "manual-line-breaks-orphan-headings",
        "{t} ({p})",
        True,
        "bold",
        False,
        "none",
        False,
        False,
        "cont.",
        0.55,
        True,
        False,
        False,
        "page",
        "",
        False,
        True,
        True,
    ),
    Layout(
        "mixed-sections-landscape-glossary",
        "Task {t} ({p})",
        False,
        "styles",
        True,
        "mixed",
        True,
        True,
        "(continued)",
        0.15,
        True,
        True,
        True,
        "page-of",
        "field",
        True,
        False,
        False,
    ),
    Layout(
        "first-page-header-headings-at-foot",
        "Task {t}({p})",
        False,
        "styles",
        False,
        "nextpage",
        False,
        False,
        "cont.",
        0.25,
        True,
        False,
        True,
        "page",
        "typed",
        True,
        False,
        True,
    ),
)

FONTS = ("Calibri", "Arial", "Times New Roman", "Georgia", "Cambria", "Verdana", "Garamond", "Trebuchet MS")

CITES = (
    ("Chaffey and Ellis-Chadwick", 2019, "Digital marketing. 7th edn. Harlow: Pearson."),
    ("Chaffey and Smith", 2017, "Digital marketing excellence. 5th edn. Abingdon: Routledge."),
    ("Kotler et al.", 2019, "Principles of marketing. 8th European edn. Harlow: Pearson."),
    ("Ryan", 2016, "Understanding digital marketing. 4th edn. London: Kogan Page."),
    ("Kingsnorth", 2019, "Digital marketing strategy. 2nd edn. London: Kogan Page."),
    ("Strauss and Frost", 2014, "E-marketing. 7th edn. Harlow: Pearson."),
    ("Tiago and Veríssimo", 2014, "'Digital marketing and social media', Business Horizons, 57(6), pp. 703-708."),
    ("Hanlon", 2019, "Digital marketing: strategic planning and integration. London: Sage."),
    ("Econsultancy", 2018, "Personalisation: a marketer's guide. London: Econsultancy."),
    ("McKinsey", 2019, "The future of personalization. New York: McKinsey and Company."),
    ("Gartner", 2019, "Predicts 2020: marketers, it's personal. Stamford: Gartner."),
    ("Deloitte", 2018, "The Deloitte consumer review: made-to-order. London: Deloitte."),
    ("Smith and Zook", 2016, "Marketing communications. 6th edn. London: Kogan Page."),
    ("Jobber and Ellis-Chadwick", 2020, "Principles and practice of marketing. 9th edn. London: McGraw-Hill."),
)

SECTORS = (
    ("an online fashion retailer", "clothing, footwear and accessories", "ASOS, Boohoo and Zalando"),
    ("a regional building society", "mortgages, savings and insurance", "Nationwide, Yorkshire and Skipton"),
    ("a garden centre chain", "plants, outdoor furniture and cafés", "Dobbies, Wyevale and B&Q"),
    ("a boutique hotel group", "rooms, spa breaks and events", "Hotel du Vin, Malmaison and Premier Inn"),
    ("a subscription meal-kit business", "weekly recipe boxes and add-ons", "HelloFresh, Gousto and Mindful Chef"),
    ("a specialist cycling retailer", "bikes, components and servicing", "Halfords, Evans Cycles and Wiggle"),
    ("a further education college", "vocational courses, apprenticeships and degrees", "three nearby colleges"),
    ("an independent pet supplies chain", "pet food, accessories and grooming", "Pets at Home and Zooplus"),
)

SEGMENTS = ("young professionals", "families with children", "retired customers", "students", "small businesses")
CHANNELS = ("email", "the website", "the mobile app", "Instagram", "Facebook", "paid search", "SMS")

GENERAL = (
    "{org} already collects data on {n} customers but uses little of it to shape what they see online {cite}.",
    "Personalisation means tailoring content, offers and timing to the individual rather than the average {cite}.",
    "Customers now expect relevant experiences, and {pct}% say they ignore generic messages {cite}.",
    "For {org} the main barrier is not technology but the way customer data is held in separate systems.",
    "The {segment} segment visits {channel} around {k} times a month, which gives many chances to personalise.",
    "As {cite_name} ({year}, p. {page}) argue, “relevance is what earns attention in crowded digital channels”.",
    "This suggests that {org} should start with a small number of well-measured changes rather than a big launch.",
    "Competitors have moved faster, and their use of {channel} sets the benchmark that customers compare against.",
    "A single customer view would let {org} recognise returning visitors across devices {cite}.",
    "The evidence from the sector is mixed, although most studies report a lift in engagement {cite}.",
    "Budget is limited, so each step must show a clear return within the financial year.",
    "Staff in {city} have already raised the idea of using purchase history to tailor offers.",
    "In practice the quality of the data matters more than the sophistication of the algorithm {cite}.",
    "Privacy rules under the GDPR require a lawful basis and clear consent for profiling {cite}.",
    "Revenue from digital channels reached £{money} million last year, {pct}% of the total.",
)

BANK = {
    "1a": (
        "{org} is {sector} founded in {founded} and based in {city}, employing around {staff} people.",
        "Its range covers {products}, sold in stores and through {channel}.",
        "The main competitors are {rivals}, all of which invest heavily in digital marketing.",
        "The customer base numbers about {n} active customers, {pct}% of whom buy online at least once a year.",
        "Most customers are aged between 25 and 54, and the {segment} segment is the fastest growing.",
        "Personalisation is at an early stage: emails are segmented by region but content is otherwise the same.",
        "The website shows the same home page to every visitor and does not use browsing history.",
        "Using the maturity model of {cite_name} ({year}), {org} sits at the second of five stages.",
        "Annual turnover is about £{money} million, with online sales growing by {pct}% a year.",
        "The loyalty scheme holds {n2} members but its data is not linked to the e-commerce platform.",
    ),
    "1b": (
        "Current personalisation relies mainly on rules set by marketers, such as showing offers by location {cite}.",
        "Recommendation engines now use collaborative filtering to suggest products that similar buyers chose {cite}.",
        "Future developments point to real-time personalisation driven by machine learning {cite}.",
        "Voice assistants and conversational interfaces will personalise the dialogue itself, not just the content.",
        "Predictive analytics can anticipate when a customer is likely to lapse and trigger a timely message {cite}.",
        "The decline of third-party cookies will push organisations towards first-party and consented data {cite}.",
        "Dynamic creative optimisation already assembles adverts from components matched to each viewer {cite}.",
        "However, personalisation that feels intrusive can reduce trust, a risk often called the creepiness effect.",
        "Appraising these developments, the most realistic for {org} in the next two years are email and web ones.",
        "Customer data platforms are becoming affordable for mid-sized firms and would close the data gap {cite}.",
        "Location-based personalisation on mobile offers value for firms with physical branches such as {org}.",
    ),
    "1c": (
        "The chosen target segment is {segment}, who make up {pct}% of the customer base.",
        "They research on mobile in the evening and expect quick, relevant answers {cite}.",
        "Personalising the app home screen around their last visit would shorten the path to purchase.",
        "Triggered emails after browsing, rather than weekly newsletters, match their buying cycle {cite}.",
        "Analysis of their journey shows drop-off at the delivery options page, where {pct}% leave.",
        "Social channels such as {channel} could carry tailored content based on declared interests {cite}.",
        "Reflecting on this, the segment values convenience over discounts, so messages should stress ease.",
        "A preference centre would let them choose topics and frequency, which also supports consent.",
        "Persona work suggests two sub-groups within the segment with different motivations {cite}.",
        "The customer lifetime value of this segment is about £{money}0, well above the average.",
    ),
    "2a": (
        "The first objective is to raise the online conversion rate from {small}% to {small2}% within twelve months.",
        "Actions are sequenced so that quick wins on the checkout come before larger personalisation projects.",
        "A/B testing of product pages will establish a baseline before personalised versions go live {cite}.",
        "Abandoned basket emails will be sent within one hour, carrying the items left behind {cite}.",
        "Responsibility for each action sits with a named owner in the digital team of {org}.",
        "The budget of £{money}0,000 is weighted towards analytics and testing tools in the first quarter.",
        "Key performance indicators include conversion rate, average order value and revenue per visitor {cite}.",
        "The SOSTAC framework gives structure to the plan, from situation analysis to control {cite}.",
        "Progress will be reviewed monthly against the targets set out in the plan.",
        "Landing pages for paid search will be matched to the keyword and the segment that clicked {cite}.",
    ),
    "2b": (
        "Personalised content for returning visitors will replace the generic banner on the home page.",
        "Re-marketing will use display and social adverts to bring back visitors who viewed but did not buy {cite}.",
        "For example, a visitor who viewed a product on {channel} would see it again with a short review.",
        "Frequency caps prevent re-marketing from becoming irritating, a common complaint {cite}.",
        "Email content blocks will change according to the last category the customer browsed.",
        "Lookalike audiences built from best customers can extend the reach of re-marketing {cite}.",
        "This illustrates how content and re-marketing work together across the customer journey {cite}.",
        "Sequential messaging moves the customer from reminder to incentive over about two weeks.",
        "Content for the {segment} segment will lead with convenience and delivery options.",
        "Dynamic product adverts on {channel} achieved click-through rates {pct}% higher in a pilot.",
    ),
    "3a": (
        "Implementation should begin with a cross-functional team drawn from marketing, IT and customer service.",
        "A phased roll-out reduces risk and allows each change to be tested before it scales {cite}.",
        "{org} should invest in a customer data platform before more advanced personalisation tools {cite}.",
        "Governance needs a clear owner for customer data and regular audits of consent records.",
        "Staff training is justified because the skills gap is the main cause of failed projects {cite}.",
        "The recommendation is to partner with a specialist agency for the first year and build skills in-house.",
        "Success measures should be agreed with the board at the start and reported each quarter.",
        "Change management matters because store teams may see online personalisation as a threat {cite}.",
        "The justification for this approach lies in the limited budget and the need for early results.",
        "Technology choices should favour tools that integrate with the existing e-commerce platform {cite}.",
    ),
    "3b": (
        "The first risk is a breach of data protection law, with fines of up to 4% of global turnover {cite}.",
        "The second risk is customer distrust if personalisation appears to know too much {cite}.",
        "The third risk is poor data quality, which leads to irrelevant or wrong recommendations {cite}.",
        "Evaluating the first risk, its likelihood is moderate but its impact would be severe.",
        "Mitigation includes privacy by design, clear notices and a simple way to opt out {cite}.",
        "Filter bubbles may narrow what customers discover and reduce sales of new lines {cite}.",
        "On balance the data quality risk is the most likely, so cleansing should come first.",
        "Technical failure of integrations could show customers the wrong name or offer, damaging the brand.",
        "A risk register reviewed monthly keeps these issues visible to senior managers.",
        "The cost of mitigation is small compared with the revenue at stake from lost trust {cite}.",
    ),
}

GLOSSARY = (
    ("Personalisation", "tailoring content, offers or experiences to an individual using data about them."),
    ("Customisation", "changes that the customer makes themselves, such as choosing topics in a preference centre."),
    ("Re-marketing", "showing adverts to people who have already visited a website or app."),
    ("Conversion rate", "the share of visitors who complete a desired action such as a purchase."),
    ("Customer data platform", "software that joins customer data from many sources into single profiles."),
    ("Collaborative filtering", "recommending items that similar customers have bought or rated."),
    ("First-party data", "data an organisation collects directly from its own customers with consent."),
    ("A/B testing", "comparing two versions of a page or message to see which performs better."),
    ("Segmentation", "dividing customers into groups with shared needs or behaviour."),
    ("Dynamic content", "parts of a page or email that change according to who is viewing them."),
)

SUBHEADS = {
    "1a": ("Organisation name", "Organisation information", "Specific background"),
    "1b": ("Current developments", "Future developments"),
    "1c": ("The target segment", "Personalising the channels"),
    "2a": ("Objectives", "Actions and timing"),
    "2b": ("Personalised content", "Re-marketing"),
    "3a": ("Team and governance", "Phasing and justification"),
    "3b": ("Risk one: data protection", "Risk two: customer trust", "Risk three: data quality"),
}


def _field(paragraph, instr: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES, TOC...) with its cached result."""
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run(shown)
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def _columns(section, number: int) -> None:
    """Set the section's columns in its own w:cols element, where the schema puts it (after w:pgMar)."""
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml(f"<w:cols {nsdecls('w')}/>")
        section._sectPr.find(qn("w:pgMar")).addnext(cols)
    cols.set(qn("w:num"), str(number))
    cols.set(qn("w:space"), "567")


class Report:
    def __init__(self, index: int, layout: Layout) -> None:
        self.index = index
        self.layout = layout
        self.rng = random.Random(18_000 + index * 7919)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(18_000 + index)
        self.doc = docx.Document()
        self.words = {part: 0 for part in PARTS}
        self.headings: dict[str, str] = {}
        self.used: dict[str, int] = {}
        self.cited: set[int] = set()
        rng = self.rng
        sector = rng.choice(SECTORS)
        self.facts = {
            "org": self.fake.company().replace(" and ", " & ").replace(",", ""),
            "city": self.fake.city(),
            "sector": sector[0],
            "products": sector[1],
            "rivals": sector[2],
            "founded": str(rng.randint(1952, 2012)),
            "staff": f"{rng.randint(12, 240) * 10:,}",
            "segment": rng.choice(SEGMENTS),
        }
        self.font = rng.choice(FONTS)
        self.size = rng.choice((10.5, 11, 11, 12, 12, 13, 14))
        self.spacing = rng.choice((1.0, 1.15, 1.5, 1.5, 2.0))
        if self.size >= 13 and self.spacing == 2.0:
            self.spacing = 1.5
        self.margin = rng.choice((1.9, 2.0, 2.54, 2.54, 3.0))
        self.sep = rng.choice((" ", " – ", ": "))
        self.setup()

    # --- document set-up ---------------------------------------------------------------------------------------
    def setup(self) -> None:
        lay, doc = self.layout, self.doc
        normal = doc.styles["Normal"]
        normal.font.name = self.font
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), self.font)
        normal.font.size = Pt(self.size)
        fmt = normal.paragraph_format
        fmt.line_spacing = self.spacing
        fmt.space_after = Pt(self.rng.choice((0, 6, 8, 10)))
        fmt.widow_control = not lay.widow_off
        for name, bump in (("Heading 1", 4), ("Heading 2", 2), ("Heading 3", 0)):
            style = doc.styles[name]
            style.font.name = self.font
            rfonts = style.element.rPr.find(qn("w:rFonts"))
            if rfonts is not None:
                for key in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                    rfonts.attrib.pop(qn(key), None)
                rfonts.set(qn("w:ascii"), self.font)
                rfonts.set(qn("w:hAnsi"), self.font)
            style.font.size = Pt(self.size + bump)
            style.paragraph_format.keep_with_next = lay.heading_keep_next
            style.paragraph_format.widow_control = not lay.widow_off
            if self.rng.random() < 0.5:
                style.font.color.rgb = RGBColor(0, 0, 0)
        section = doc.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(self.margin))
        header = section.header.paragraphs[0]
        self.candidate = str(self.rng.randint(1_000_000, 9_999_999))
        header.text = f"CIM 2206 Mastering Digital Channels | Candidate {self.candidate}"
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if lay.first_page_header:
            section.different_first_page_header_footer = True
            first = section.first_page_header.paragraphs[0]
            first.text = f"CIM Level 6 Digital Diploma in Professional Marketing – July {self.rng.choice((2019, 2020))}"
            first.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if lay.footer:
            foot = section.footer.paragraphs[0]
            foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
            foot.add_run("Page ")
            _field(foot, "PAGE", "1")
            if lay.footer == "page-of":
                foot.add_run(" of ")
                _field(foot, "NUMPAGES", "12")

    # --- text --------------------------------------------------------------------------------------------------
    def cite(self) -> tuple[str, str]:
        number = self.rng.randrange(len(CITES))
        self.cited.add(number)
        name, year, _ = CITES[number]
        return name, str(year)

    def sentence(self, part: str) -> str:
        rng = self.rng
        if part == "1a":  # the overview follows the guidance headings in order: name, information, background
            template = BANK["1a"][self.used.get("1a", 0) % len(BANK["1a"])]
            self.used["1a"] = self.used.get("1a", 0) + 1
        else:
            pool = BANK[part] + GENERAL
            least = min(self.used.get(s, 0) for s in pool)
            template = rng.choice([s for s in pool if self.used.get(s, 0) == least])
            self.used[template] = self.used.get(template, 0) + 1
        name, year = self.cite()
        values = dict(self.facts)
        values.update(
            cite=f"({name}, {year})",
            cite_name=name,
            year=year,
            page=str(rng.randint(12, 240)),
            n=f"{rng.randint(12, 480) * 1000:,}",
            n2=f"{rng.randint(5, 90) * 1000:,}",
            k=str(rng.randint(2, 9)),
            pct=str(rng.randint(8, 72)),
            small=f"{rng.randint(12, 24) / 10:.1f}",
            small2=f"{rng.randint(26, 40) / 10:.1f}",
            money=str(rng.randint(3, 95)),
            channel=rng.choice(CHANNELS),
        )
        if part != "1a" and "{segment}" in template:
            values["segment"] = self.facts["segment"] if rng.random() < 0.7 else rng.choice(SEGMENTS)
        text = template.format(**values)
        text = text[0].upper() + text[1:]
        if rng.random() < 0.2 and not template.startswith("{") and text[1].islower():
            opener = rng.choice(("Moreover,", "In addition,", "However,", "Similarly,", "At the same time,"))
            text = f"{opener} {text[0].lower()}{text[1:]}"
        return text

    def body(self, part: str, sentences: list[str], *, style: str | None = None) -> None:
        """One counted paragraph, its sentences perhaps split by manual line breaks (Shift+Enter)."""
        paragraph = self.doc.add_paragraph(style=style)
        split = self.rng.random() < self.layout.line_breaks and len(sentences) > 1
        for position, text in enumerate(sentences):
            if position and split and self.rng.random() < 0.6:
                paragraph.add_run().add_break()
                paragraph.add_run(text)
            else:
                paragraph.add_run(("" if position == 0 else " ") + text)
        self.words[part] += count(" ".join(sentences))

    def prose(self, part: str, target: int) -> None:
        """Counted paragraphs until the part has about ``target`` more words."""
        goal = self.words[part] + target
        while self.words[part] < goal:
            left = goal - self.words[part]
            sentences = [self.sentence(part)]
            while count(" ".join(sentences)) < min(left, self.rng.randint(60, 130)):
                sentences.append(self.sentence(part))
            self.body(part, sentences)

    def points(self, part: str) -> None:
        """A short list: Word's bullets or numbers (not text), or numbers typed by hand (words)."""
        items = [self.sentence(part) for _ in range(self.rng.randint(3, 5))]
        kind = self.rng.choice(("bullet", "number"))
        for number, item in enumerate(items, 1):
            if self.layout.typed_numbers and kind == "number":
                text = f"{number}. {item}"
                self.doc.add_paragraph(text)
                self.words[part] += count(text)
            else:
                self.body(part, [item], style="List Bullet" if kind == "bullet" else "List Number")

    # --- headings ----------------------------------------------------------------------------------------------
    def heading(self, text: str, level: int, *, page_break: bool = False):
        if self.layout.heading_mode == "styles":
            paragraph = self.doc.add_paragraph(text, style=f"Heading {level}")
        else:
            paragraph = self.doc.add_paragraph()
            run = paragraph.add_run(text)
            run.bold = True
            run.font.size = Pt(self.size + {1: 3, 2: 1, 3: 0}[level])
            if level == 3:
                run.italic = True
            paragraph.paragraph_format.space_before = Pt(12 if level < 3 else 6)
            paragraph.paragraph_format.keep_with_next = self.layout.heading_keep_next
        if page_break:
            paragraph.paragraph_format.page_break_before = True
        return paragraph

    def part_label(self, part: str) -> str:
        task, letter = part[0], part[1]
        label = self.layout.label.format(t=task, p=letter, P=letter.upper())
        return label

    def part_heading(self, part: str, *, page_break: bool) -> None:
        label = self.part_label(part)
        title = PART_TITLES[part]
        if self.layout.titled:
            if label.endswith(":"):
                text = f"{label} {title}"
            elif label.startswith("TASK"):
                text = f"{label}{self.sep}{title.upper()}"
            else:
                sep = ": " if " – " in label and self.sep == " – " else self.sep
                text = f"{label}{sep}{title}"
        else:
            text = label.rstrip(":") if self.rng.random() < 0.5 else label
        self.heading(text, 2, page_break=page_break)
        self.headings[part] = text

    def continued(self, part: str) -> None:
        """The part's label again at the top of the next page, marked as continued (a heading, not counted)."""
        label = self.part_label(part).rstrip(":")
        mark = self.layout.continued
        text = f"{label} {mark}" if self.rng.random() < 0.7 else f"{label} – {PART_TITLES[part]} {mark}"
        self.heading(text, 2, page_break=True)

    def subheading(self, text: str) -> None:
        self.heading(text, 3)

    # --- sections ----------------------------------------------------------------------------------------------
    def page_break_paragraph(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def task_break(self, task: str) -> bool:
        """Break before a task's heading; True if the heading itself should carry page-break-before."""
        kind = self.layout.task_break
        if kind == "mixed":
            kind = "nextpage" if task == "2" else "continuous"
        if kind == "nextpage":
            self.doc.add_section(WD_SECTION.NEW_PAGE)
        elif kind == "continuous":
            self.doc.add_section(WD_SECTION.CONTINUOUS)
            return self.layout.part_page_break
        elif kind == "pagebreak":
            self.page_break_paragraph()
        return self.layout.part_page_break and kind == "none"

    def landscape_plan(self) -> None:
        doc = self.doc
        doc.add_section(WD_SECTION.NEW_PAGE)
        section = doc.sections[-1]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        caption = doc.add_paragraph(
            f"Table 1: Action plan to maximise conversion rates at {self.facts['org']}", style="Caption"
        )
        caption.alignment = WD_ALIGN_PARAGRAPH.LEFT
        columns = ("Objective", "Action", "Channel", "Owner", "Start", "End", "Budget (£)", "KPI and target")
        rows = self.rng.randint(5, 8)
        table = doc.add_table(rows=rows + 1, cols=len(columns))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(table.rows[0].cells, columns, strict=True):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.bold = True
        actions = (
            ("Reduce basket abandonment", "Abandoned basket email series", "Email"),
            ("Lift product page conversion", "A/B test personalised recommendations", "Website"),
            ("Grow repeat purchase", "Triggered replenishment reminders", "Email and SMS"),
            ("Recover lost visitors", "Dynamic re-marketing adverts", "Display and social"),
            ("Improve mobile checkout", "One-page checkout with saved details", "App"),
            ("Raise search conversion", "Segment-matched landing pages", "Paid search"),
            ("Build first-party data", "Preference centre and progressive profiling", "Website"),
            ("Increase order value", "Personalised bundles at checkout", "Website and app"),
        )
        owners = ("Digital manager", "CRM executive", "E-commerce lead", "Analytics team", "Agency")
        months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Sep", "Oct", "Nov")
        for row, action in zip(table.rows[1:], actions, strict=False):
            start = self.rng.randrange(len(months) - 2)
            values = (
                *action,
                self.rng.choice(owners),
                months[start],
                months[self.rng.randint(start + 1, len(months) - 1)],
                f"{self.rng.randint(2, 40) * 500:,}",
                f"Conversion +{self.rng.randint(5, 30) / 10:.1f} pts",
            )
            for cell, text in zip(row.cells, values, strict=True):
                cell.text = text
        cell_size = Pt(self.rng.choice((9, 9.5, 10)))
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.line_spacing = 1.0
                    paragraph.paragraph_format.space_after = Pt(0)
                    for run in paragraph.runs:
                        run.font.size = cell_size
        doc.add_section(WD_SECTION.NEW_PAGE)
        section = doc.sections[-1]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)

    def glossary(self, part: str) -> None:
        """A two-column section of glossary entries inside a part: counted body paragraphs."""
        self.doc.add_section(WD_SECTION.CONTINUOUS)
        _columns(self.doc.sections[-1], 2)
        self.subheading(self.rng.choice(("Glossary of key terms", "Key terms used in this report", "Glossary")))
        for term, meaning in self.rng.sample(GLOSSARY, self.rng.randint(5, 8)):
            paragraph = self.doc.add_paragraph()
            paragraph.add_run(f"{term}:").bold = True
            paragraph.add_run(f" {meaning}")
            self.words[part] += count(f"{term}: {meaning}")
        self.doc.add_section(WD_SECTION.CONTINUOUS)
        _columns(self.doc.sections[-1], 1)

    # --- front matter ------------------------------------------------------------------------------------------
    def cover(self) -> None:
        doc = self.doc
        for _ in range(self.rng.randint(2, 5)):
            doc.add_paragraph()
        title = doc.add_paragraph(style="Title")
        title.add_run("Mastering Digital Channels (2206)")
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for line in (
            "CIM Level 6 Digital Diploma in Professional Marketing",
            f"Report for {self.facts['org']}",
            f"Candidate number: {self.candidate}",
            f"Submitted: {self.fake.date_between(start_date='-3y', end_date='-1y').strftime('%d %B %Y')}",
        ):
            paragraph = doc.add_paragraph(line)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.page_break_paragraph()

    def contents(self) -> None:
        doc = self.doc
        lay = self.layout
        entries = []
        page = 2 + (1 if lay.cover else 0)
        for part in PARTS:
            if part.endswith("a"):
                entries.append((f"Task {part[0]}: {TASK_TITLES[part[0]]}", 0, page))
            entries.append((f"{self.part_label(part).rstrip(':')} {PART_TITLES[part]}", 1, page))
            page += self.rng.randint(1, 3)
        entries.append(("References", 0, page))
        head = doc.add_paragraph()
        head.add_run("Contents").bold = True
        head.runs[0].font.size = Pt(self.size + 4)
        width = Cm(21.0 - 2 * self.margin)
        for number, (text, level, page) in enumerate(entries):
            paragraph = doc.add_paragraph()
            paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            paragraph.paragraph_format.left_indent = Cm(0.6 * level)
            paragraph.paragraph_format.space_after = Pt(2)
            if lay.contents == "field" and number == 0:
                for kind in ("begin", "instr", "separate"):
                    run = paragraph.add_run()
                    if kind == "instr":
                        run._r.append(
                            parse_xml(
                                f'<w:instrText {nsdecls("w")} xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u '
                                "</w:instrText>"
                            )
                        )
                    else:
                        run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"/>'))
            paragraph.add_run(f"{text}\t{page}")
            if lay.contents == "field" and number == len(entries) - 1:
                paragraph.add_run()._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
        self.page_break_paragraph()

    # --- the report --------------------------------------------------------------------------------------------
    def targets(self) -> dict[str, int]:
        rng = self.rng
        # 1a: under one side of A4 whatever the font and spacing
        width = 21.0 - 2 * self.margin
        capacity = 560 * (11 / self.size) ** 2 / self.spacing * (width / 16.0) * ((29.7 - 2 * self.margin) / 24.7)
        sizes = {"1a": int(capacity * rng.uniform(0.4, 0.62))}
        for group, (first, second) in LIMIT_GROUPS.items():
            mode = rng.choices(("near", "over", "under"), weights=(5, 2, 2))[0]
            factor = {"near": rng.uniform(0.86, 1.0), "over": rng.uniform(1.03, 1.13), "under": rng.uniform(0.5, 0.72)}
            total = GROUP_MAX[group] * factor[mode]
            share = rng.uniform(0.4, 0.6)
            sizes[first] = int(total * share)
            sizes[second] = int(total * (1 - share))
        return sizes

    def write_part(self, part: str, target: int, *, page_break: bool) -> None:
        lay, rng = self.layout, self.rng
        self.part_heading(part, page_break=page_break)
        subs = list(SUBHEADS[part])
        use_subs = part == "1a" or rng.random() < 0.4
        extras: list[str] = []
        if part == "2a" and lay.landscape_plan:
            extras.append("landscape")
        if part == ("1b" if lay.name.startswith("continuous") else "3a") and lay.glossary:
            extras.append("glossary")
        if lay.continued and part != "1a" and target > 380 and "landscape" not in extras:
            extras.append("continued")
        if part in ("2a", "3b", "1c") and rng.random() < 0.6:
            extras.append("points")
        chunks = len(subs) if use_subs else rng.randint(2, 3)
        share = [rng.uniform(0.7, 1.3) for _ in range(chunks)]
        scale = target / sum(share)
        steps = [int(s * scale) for s in share]
        events = {}
        for extra in extras:
            events.setdefault(rng.randrange(1, chunks) if chunks > 1 else 0, []).append(extra)
        glossary_words = 0
        for number, step in enumerate(steps):
            for extra in events.get(number, []):
                if extra == "landscape":
                    self.landscape_plan()
                    if lay.continued:
                        self.continued(part)
                elif extra == "glossary":
                    before = self.words[part]
                    self.glossary(part)
                    glossary_words += self.words[part] - before
                elif extra == "continued":
                    self.continued(part)
            if use_subs:
                self.subheading(subs[number])
            if "points" in events.get(number, []):
                before = self.words[part]
                self.points(part)
                step -= self.words[part] - before
            if glossary_words:
                step -= glossary_words
                glossary_words = 0
            self.prose(part, max(step, 40))

    def word_count_line(self, group: str) -> None:
        total = sum(self.words[p] for p in LIMIT_GROUPS[group])
        text = self.rng.choice((f"Word count: {total:,}", f"(Word count: {total:,} words)", f"Words: {total}"))
        paragraph = self.doc.add_paragraph()
        paragraph.add_run(text).italic = True

    def references(self) -> None:
        lay = self.layout
        if lay.task_break in ("nextpage", "mixed"):
            self.doc.add_section(WD_SECTION.NEW_PAGE)
            head = self.heading("References", 1)
        else:
            head = self.heading("References", 1, page_break=True)
        del head
        for number in sorted(self.cited, key=lambda n: CITES[n][0]):
            name, year, rest = CITES[number]
            paragraph = self.doc.add_paragraph(f"{name} ({year}) {rest}")
            paragraph.paragraph_format.left_indent = Cm(1.0)
            paragraph.paragraph_format.first_line_indent = Cm(-1.0)

    def build(self) -> tuple[bytes, Truth]:
        lay = self.layout
        if lay.cover:
            self.cover()
        if lay.contents:
            self.contents()
        sizes = self.targets()
        for task in "123":
            parts = [p for p in PARTS if p[0] == task]
            heading_break = False if task == "1" else self.task_break(task)
            task_heading = f"Task {task}: {TASK_TITLES[task]}"
            if lay.label.startswith("TASK"):
                task_heading = task_heading.upper()
            elif lay.heading_mode == "bold" and self.rng.random() < 0.5:
                task_heading = f"Task {task} – {TASK_TITLES[task]}"
            self.heading(task_heading, 1, page_break=heading_break)
            for number, part in enumerate(parts):
                self.write_part(part, sizes[part], page_break=lay.part_page_break and number > 0)
            if lay.word_count_lines:
                for group, members in LIMIT_GROUPS.items():
                    if members[-1] == parts[-1]:
                        self.word_count_line(group)
        self.references()
        out = io.BytesIO()
        self.doc.core_properties.author = self.fake.name()
        self.doc.save(out)
        part_words = dict(self.words)
        truth = Truth(
            name="",
            seed=self.index,
            layout=lay.name,
            split="",
            part_words=part_words,
            group_words={g: sum(part_words[p] for p in members) for g, members in LIMIT_GROUPS.items()},
            words_all=sum(part_words.values()),
            headings=dict(self.headings),
        )
        return out.getvalue(), truth


def build(index: int) -> tuple[bytes, Truth]:
    """Report ``index`` of the pool as DOCX bytes and its truth, the same for the same index."""
    layout = LAYOUTS[index % len(LAYOUTS)]
    return Report(index, layout).build()
