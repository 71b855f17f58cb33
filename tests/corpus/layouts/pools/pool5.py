"""Pool 5: compact CIM 2206 scripts squeezed to fit the limits, written by an independent hand.

Most layouts are tightly set: 10.5 to 11 pt, single spacing, narrow margins, headings barely larger than the
body (bold at body size, or small capitals) and little space between paragraphs. A few vary the theme (larger
type, 1.5 or double spacing) as real scripts do. Truth is counted while the text is written: each body
paragraph and list item is counted with ``count()`` as it is added to its part; headings, tables, captions,
text boxes, footnotes, headers and footers, cover pages, word-count lines, references and appendices are not.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Compact scripts squeezed to fit: 10.5-11 pt, single spacing, narrow margins, headings at body size in bold "
    "or small capitals, run-in bold phrases, dense tables, footnotes, text boxes, word-count lines (a few roomier)"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_NAMES = {"1": "Personalisation report", "2": "Conversion plan", "3": "Implementation and risk"}


@dataclass(frozen=True)
class Layout:
    name: str
    font: str
    size: float
    spacing: float  # line spacing multiple
    margin_cm: float
    after_pt: float
    heading: str  # bold | smallcaps | builtin | underline | boldlarger | caps
    label: str  # how part headings are labelled
    task_headings: bool
    cover: bool
    header: bool
    page_footer: bool
    wordcount_line: bool
    run_in: bool
    hand_numbers: bool
    auto_lists: bool
    footnotes: bool
    textbox: bool
    sections: bool
    subheadings: bool
    colon: bool = False
    appendix: bool = False


LAYOUTS = (
    Layout(
        "tight-runin",
        "Calibri",
        10.5,
        1.0,
        1.5,
        2,
        "bold",
        "dot",
        False,
        False,
        True,
        True,
        False,
        True,
        False,
        True,
        False,
        False,
        False,
        False,
    ),
    Layout(
        "smallcaps-tasks",
        "Cambria",
        11,
        1.0,
        1.8,
        3,
        "smallcaps",
        "letter",
        True,
        True,
        False,
        True,
        True,
        False,
        False,
        True,
        False,
        False,
        False,
        False,
    ),
    Layout(
        "narrow-colon-numbered",
        "Arial",
        10.5,
        1.0,
        1.27,
        0,
        "bold",
        "taskpart",
        False,
        False,
        True,
        True,
        False,
        False,
        True,
        False,
        True,
        False,
        False,
        False,
        colon=True,
    ),
    Layout(
        "shrunk-builtin-sections",
        "Times New Roman",
        11,
        1.08,
        2.0,
        4,
        "builtin",
        "paren",
        True,
        True,
        True,
        False,
        False,
        False,
        False,
        True,
        False,
        False,
        True,
        True,
        appendix=True,
    ),
    Layout(
        "roomy-textbox",
        "Arial",
        12,
        1.5,
        2.54,
        6,
        "boldlarger",
        "plain",
        False,
        False,
        True,
        True,
        False,
        True,
        False,
        True,
        False,
        True,
        False,
        True,
    ),
    Layout(
        "double-underlined",
        "Times New Roman",
        12,
        2.0,
        2.54,
        0,
        "underline",
        "taskparen",
        False,
        True,
        False,
        True,
        True,
        False,
        True,
        False,
        False,
        False,
        False,
        False,
    ),
    Layout(
        "caps-tasks-letters",
        "Calibri Light",
        10.5,
        1.0,
        1.27,
        2,
        "caps",
        "bracket",
        True,
        False,
        True,
        True,
        True,
        True,
        False,
        True,
        True,
        False,
        False,
        False,
    ),
)

CITES = (
    (
        "Chaffey and Ellis-Chadwick",
        "2019",
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing: strategy, implementation and practice. "
        "7th edn. Harlow: Pearson.",
    ),
    (
        "Kotler and Keller",
        "2016",
        "Kotler, P. and Keller, K.L. (2016) Marketing management. 15th edn. Harlow: Pearson.",
    ),
    ("Ryan", "2016", "Ryan, D. (2016) Understanding digital marketing. 4th edn. London: Kogan Page."),
    ("Kingsnorth", "2019", "Kingsnorth, S. (2019) Digital marketing strategy. 2nd edn. London: Kogan Page."),
    (
        "Smith and Zook",
        "2020",
        "Smith, P.R. and Zook, Z. (2020) Marketing communications. 7th edn. London: Kogan Page.",
    ),
    (
        "Lemon and Verhoef",
        "2016",
        "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience throughout the customer journey', "
        "Journal of Marketing, 80(6), pp. 69-96.",
    ),
    (
        "Chaffey and Smith",
        "2017",
        "Chaffey, D. and Smith, P.R. (2017) Digital marketing excellence. 5th edn. Abingdon: Routledge.",
    ),
    ("Ofcom", "2023", "Ofcom (2023) Online nation: 2023 report. London: Ofcom."),
    ("ICO", "2022", "Information Commissioner's Office (2022) Guide to the UK GDPR. Wilmslow: ICO."),
    (
        "Arora et al.",
        "2008",
        "Arora, N. et al. (2008) 'Putting one-to-one marketing to work: personalization, customization, and "
        "choice', Marketing Letters, 19(3), pp. 305-321.",
    ),
    (
        "Hanlon",
        "2022",
        "Hanlon, A. (2022) Digital marketing: strategic planning and integration. 2nd edn. London: Sage.",
    ),
)

SECTORS = (
    ("outdoor clothing retailer", "jackets"),
    ("independent coffee roaster", "subscriptions"),
    ("regional building society", "savings accounts"),
    ("online furniture brand", "sofas"),
    ("family-run garden centre chain", "plants"),
    ("boutique hotel group", "weekend breaks"),
    ("cycling equipment retailer", "e-bikes"),
    ("specialist pet food supplier", "dog food plans"),
)
SEGMENTS = (
    "young professionals",
    "busy parents",
    "first-time buyers",
    "loyal repeat customers",
    "students",
    "retired customers",
    "small business owners",
)
CHANNELS = ("email", "the mobile app", "the website", "Instagram", "paid search", "SMS", "TikTok")
TOOLS = ("Salesforce Marketing Cloud", "Klaviyo", "HubSpot", "Dynamic Yield", "Google Analytics 4", "Optimizely")

GENERAL = (
    "Customers now expect {org} to recognise them on every channel, not only at the checkout {c}.",
    "This matters because {pct}% of visits to {org} now begin on a smartphone, often from {ch}.",
    "{A} ({Y}) argue that relevance, rather than volume, is what earns attention in crowded digital channels.",
    "In practice this means {org} must join up data that currently sits in separate systems {c}.",
    "The evidence suggests that small, well-tested changes often deliver more than large redesigns {c}.",
    "Without a clear owner, however, such work tends to stall after the first campaign.",
    "A simple test would be whether a returning visitor sees anything different from a first-time visitor.",
    "At present the answer for {org} is largely no, which is a missed opportunity.",
)

BANK = {
    "1a": (
        "{org} is a {sector} founded in {founded} and based in {city}, with {stores} sites and a growing online "
        "business.",
        "It employs around {staff} people and reported turnover of {money} in the last financial year.",
        "Online sales now account for {pct}% of revenue, up from {pct2}% three years ago.",
        "The core customers are {seg}, who buy {product} mainly through {ch} and the website.",
        "The marketing team of {team} people manages email, social media, paid search and the website in house.",
        "Its main competitors are larger national chains that already use personalised recommendations {c}.",
        "The brand is known for service and product knowledge, which gives it a base of loyal customers.",
        "Digital maturity is moderate: data is collected but little of it is used to tailor content {c}.",
        "The customer database holds {n} contacts, of whom about {pct}% opened an email in the last quarter.",
    ),
    "1b": (
        "Personalisation means using what is known about a customer to tailor content, offers and timing {c}.",
        "{A} ({Y}) describe a spectrum running from simple name insertion to real-time individual recommendations.",
        "Currently {org} personalises only at a basic level, with segmented emails and a welcome series.",
        "The website shows the same home page to every visitor, whatever they have browsed before.",
        "Across the sector, retailers are moving towards predictive models that anticipate the next purchase {c}.",
        "Artificial intelligence now lets smaller firms use recommendation engines that were once too costly {c}.",
        "Tools such as {tool} make product recommendations and triggered emails affordable for a firm of this size.",
        "The loss of third-party cookies pushes brands towards first-party data collected with consent {c}.",
        "Zero-party data, which customers share on purpose through quizzes and preferences, is a growing trend {c}.",
        "Voice search and conversational interfaces are likely to shape how customers find {product} in future.",
        "Privacy regulation remains a constraint, and customers are wary of brands that seem to know too much {c}.",
        "Research suggests that {pct}% of consumers are more likely to buy from brands that personalise {c}.",
        "Location data could allow {org} to tailor messages to the nearest of its {stores} sites.",
        "Over the next three years, personalisation is likely to become an expectation rather than a differentiator.",
    ),
    "1c": (
        "The chosen segment is {seg}, who make up about {pct}% of the customer base and {pct2}% of online revenue.",
        "They are time-poor, research on mobile and expect relevant offers without searching for them {c}.",
        "On the website, returning {seg} would see recommended {product} based on their last visit.",
        "Email would move from monthly newsletters to triggered messages after browsing or abandoning a basket.",
        "On {ch}, dynamic creative could show the products a visitor looked at, with stock levels near them.",
        "The mobile app could use push notifications timed to when each customer usually opens it {c}.",
        "Content would be tailored by life stage, so that messages reflect what the customer is trying to do.",
        "A preference centre would let customers choose topics and frequency, which builds trust {c}.",
        "Social media advertising would use lookalike audiences built from the best existing customers.",
        "Each change would be tested against a control group so that its effect on sales can be measured.",
        "{A} ({Y}) stress that personalisation must be consistent across touchpoints to feel genuine.",
        "The customer journey map shows that the biggest drop-off happens between product page and basket.",
    ),
    "2a": (
        "The current conversion rate is {rate}%, against a sector benchmark of about {rate2}% {c}.",
        "The first step is to audit the journey with analytics and session recordings to find where visitors leave.",
        "Checkout would be shortened from five steps to three, with guest checkout and digital wallets offered.",
        "Product pages need clearer delivery information, reviews and stock messages, as these reduce doubt {c}.",
        "A/B testing would run continuously, with one hypothesis tested at a time and results shared each month.",
        "Page speed on mobile is {secs} seconds; reducing it below three seconds should lift conversion {c}.",
        "Targets follow the SMART principle: raise conversion from {rate}% to {rate3}% within twelve months.",
        "Budget of {money2} would be split between testing tools, development time and paid media.",
        "The plan would be reviewed each quarter against the KPIs in the dashboard.",
        "Trust signals such as secure payment badges and clear returns policies matter on first visits {c}.",
        "Live chat at key moments could answer questions that otherwise lead to abandoned baskets.",
    ),
    "2b": (
        "Personalised content would draw on browsing and purchase history held in the customer data platform.",
        "Re-marketing reminds visitors of products they viewed, across display, social media and email {c}.",
        "Basket abandonment emails would be sent after one hour, then after twenty-four hours with a reminder.",
        "Frequency caps are needed, because repeated adverts quickly become irritating to customers {c}.",
        "Dynamic product adverts on {ch} would show the exact {product} a visitor looked at.",
        "Existing customers would be excluded from acquisition adverts, which saves budget.",
        "{A} ({Y}) found that re-marketing works best when it offers something new rather than repeating the advert.",
        "Content would be sequenced: inspiration first, then comparison, then a reason to buy now.",
        "Post-purchase emails would suggest accessories and ask for reviews, building loyalty.",
        "Consent would be gathered clearly at sign-up, in line with the UK GDPR and PECR {c}.",
        "Success would be measured by return on ad spend and by the share of revenue from returning visitors.",
    ),
    "3a": (
        "Implementation would follow a phased roadmap over eighteen months, starting with data foundations.",
        "A cross-functional team led by the head of digital would own the programme {c}.",
        "IT, customer service and store teams all need to be involved, since data comes from each of them.",
        "The first phase joins the e-commerce, email and store systems into one customer view.",
        "Staff will need training in analytics and testing, as current skills are limited {c}.",
        "Senior managers must agree the business case, with clear costs of about {money2} and expected returns.",
        "Change management matters: teams used to broadcast campaigns must learn to work from data {c}.",
        "Governance would include a monthly steering group and a data protection impact assessment.",
        "A pilot with the {seg} segment would prove value before the approach is extended to others.",
        "Agencies could supply specialist skills at the start, with knowledge transferred to the in-house team.",
        "Progress would be tracked through a balanced set of KPIs covering revenue, engagement and satisfaction.",
    ),
    "3b": (
        "Customers may feel that personalisation is intrusive if it reveals how much the brand knows {c}.",
        "A breach or misuse of data would damage trust and could lead to fines from the ICO {c}.",
        "This is mitigated by collecting only the data needed and explaining clearly how it is used.",
        "Poor data quality leads to wrong recommendations, which annoy customers rather than help them.",
        "Regular data cleansing and a single customer view reduce this risk {c}.",
        "Costs may overrun if the technology proves harder to integrate than planned.",
        "A phased budget with review points allows the programme to be stopped or changed early.",
        "Algorithms can create filter bubbles, showing customers only what they already buy {c}.",
        "Recommendations should therefore include some variety and new products.",
        "Staff resistance is another risk, since new ways of working can feel threatening.",
    ),
}

RUN_INS = {
    "2a": (
        "Step one: audit.",
        "Step two: checkout.",
        "Step three: testing.",
        "Step four: speed.",
        "Step five: review.",
    ),
    "2b": ("Content.", "Re-marketing.", "Email.", "Measurement."),
    "3a": ("People.", "Process.", "Technology.", "Governance."),
    "3b": ("Risk one: privacy.", "Risk two: data quality.", "Risk three: cost.", "Mitigation."),
    "1b": ("Today.", "Trends.", "Outlook."),
    "1c": ("The segment.", "Website.", "Email.", "Social and mobile."),
}
SUBHEADINGS = {
    "1b": ("Current position", "Future developments"),
    "1c": ("Segment profile", "Channel changes"),
    "2a": ("Diagnosis", "Actions and targets"),
    "3a": ("Resources", "Timeline"),
    "3b": ("Privacy", "Data and cost"),
}
TARGETS = {"1a": 300, "1b": 700, "1c": 800, "2a": 950, "2b": 800, "3a": 750, "3b": 750}

FOOTNOTES = (
    "Figures taken from the company's annual report and internal dashboard.",
    "Benchmark from industry sources; figures rounded.",
    "Budget figures are estimates prepared for this report.",
    "Based on a conversation with the marketing manager.",
)


class Writer:
    def __init__(self, index: int) -> None:
        self.rng = random.Random(52060 + index * 7919)
        fake = Faker("en_GB")
        fake.seed_instance(5_000 + index)
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        sector, product = self.rng.choice(SECTORS)
        name = fake.last_name()
        self.facts = {
            "org": self.rng.choice((f"{name} & Co", f"{name} Outdoors", f"{fake.city()} {name}", f"{name} Ltd"))
            if "retailer" in sector
            else self.rng.choice((f"{name} & Sons", f"{name} Group", f"{name}")),
            "sector": sector,
            "product": product,
            "city": fake.city(),
            "founded": str(self.rng.randint(1962, 2012)),
            "stores": str(self.rng.randint(3, 40)),
            "staff": str(self.rng.randint(60, 900)),
            "team": str(self.rng.randint(3, 12)),
            "seg": self.rng.choice(SEGMENTS),
        }
        self.candidate = str(self.rng.randint(100000000, 999999999))
        self.doc = docx.Document()
        self.part_words = {p: 0 for p in PARTS}
        self.headings: dict[str, str] = {}
        self.part: str | None = None
        self.used_cites: list[int] = []
        self.footnotes: list[str] = []
        self.tables = 0
        self.decks: dict[str, list[str]] = {}
        self.setup()

    # --- text -----------------------------------------------------------------------------------------------
    def cite(self) -> str:
        i = self.rng.randrange(len(CITES))
        if i not in self.used_cites:
            self.used_cites.append(i)
        authors, year, _ = CITES[i]
        if self.rng.random() < 0.15:
            return f"({authors}, {year}, p. {self.rng.randint(12, 420)})"
        return f"({authors}, {year})"

    def fill(self, template: str) -> str:
        r = self.rng
        i = r.randrange(len(CITES))
        if "{A}" in template and i not in self.used_cites:
            self.used_cites.append(i)
        values = dict(self.facts)
        values.update(
            pct=str(r.randint(18, 72)),
            pct2=str(r.randint(8, 40)),
            n=f"{r.randint(12, 480)},{r.randint(100, 999)}",
            money=f"£{r.randint(4, 95)}.{r.randint(1, 9)} million",
            money2=f"£{r.randint(40, 480)},000",
            rate=f"{r.randint(11, 24) / 10:.1f}",
            rate2=f"{r.randint(22, 34) / 10:.1f}",
            rate3=f"{r.randint(25, 38) / 10:.1f}",
            secs=f"{r.randint(38, 74) / 10:.1f}",
            ch=r.choice(CHANNELS),
            tool=r.choice(TOOLS),
            A=CITES[i][0],
            Y=CITES[i][1],
        )
        values["c"] = self.cite() if "{c}" in template and r.random() < 0.75 else ""
        text = template.format(**values)
        text = re.sub(r" +([.,])", r"\1", text).strip()
        return text[0].upper() + text[1:]

    def sentences(self, part: str, n: int) -> list[str]:
        out = []
        for _ in range(n):
            deck = self.decks.setdefault(part, [])
            if not deck:
                deck.extend(BANK[part] + GENERAL)
                self.rng.shuffle(deck)
            out.append(self.fill(deck.pop()))
        return out

    # --- document set-up ------------------------------------------------------------------------------------
    def setup(self) -> None:
        lay = self.layout
        normal = self.doc.styles["Normal"]
        normal.font.name = lay.font
        normal.font.size = Pt(lay.size)
        rpr = normal.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), lay.font)
        pf = normal.paragraph_format
        pf.space_after = Pt(lay.after_pt)
        pf.space_before = Pt(0)
        pf.line_spacing = lay.spacing
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE if lay.spacing == 1.0 else WD_LINE_SPACING.MULTIPLE
        if lay.spacing == 1.0:
            pf.line_spacing = 1.0
        for name, size in (("Heading 1", lay.size + 1.5), ("Heading 2", lay.size + 0.5), ("Heading 3", lay.size)):
            style = self.doc.styles[name]
            style.font.name = lay.font
            style.font.size = Pt(size)
            style.font.color.rgb = RGBColor(0, 0, 0)
            style.font.bold = True
            style.font.italic = name == "Heading 3"
            fonts = style.element.get_or_add_rPr().find(qn("w:rFonts"))
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                fonts.attrib.pop(qn(attr), None)
            style.paragraph_format.space_before = Pt(6 if name != "Heading 3" else 3)
            style.paragraph_format.space_after = Pt(2)
        for section in self.doc.sections:
            section.page_height, section.page_width = Cm(29.7), Cm(21.0)
            for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
                setattr(section, side, Cm(lay.margin_cm))
            section.header_distance = section.footer_distance = Cm(min(1.0, lay.margin_cm * 0.6))
        if lay.header:
            hp = self.doc.sections[0].header.paragraphs[0]
            hp.text = f"Candidate number: {self.candidate}    CIM 2206 Mastering Digital Channels"
            hp.runs[0].font.size = Pt(8.5)
        if lay.page_footer:
            fp = self.doc.sections[0].footer.paragraphs[0]
            fp.alignment = 1
            fp.add_run("Page ")
            fp._p.append(
                parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
            )
            fp.add_run(" of ")
            fp._p.append(
                parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
            )

    # --- blocks ---------------------------------------------------------------------------------------------
    def heading(self, text: str, level: int) -> None:
        """level 1: task, 2: part, 3: sub-heading inside a part."""
        lay = self.layout
        if lay.heading == "builtin":
            self.doc.add_heading(text, level)
            return
        p = self.doc.add_paragraph()
        run = p.add_run(text)
        pf = p.paragraph_format
        pf.keep_with_next = True
        pf.space_before = Pt({1: 8, 2: 5, 3: 2}[level] if lay.after_pt < 4 else {1: 12, 2: 8, 3: 4}[level])
        pf.space_after = Pt(1 if lay.after_pt < 4 else 3)
        if level == 3:
            run.italic = True
            if lay.heading == "boldlarger":
                run.bold = True
            return
        run.bold = True
        if lay.heading == "smallcaps":
            run.font.small_caps = True
            if level == 1:
                run.font.size = Pt(lay.size + 1)
        elif lay.heading == "underline":
            run.underline = True
        elif lay.heading == "boldlarger":
            run.font.size = Pt(lay.size + (2 if level == 1 else 1))
        elif lay.heading == "caps" and level == 2:
            run.italic = True

    def body(self, text: str, run_in: str | None = None, footnote: str | None = None) -> None:
        p = self.doc.add_paragraph()
        words = text
        if run_in:
            r = p.add_run(run_in)
            r.bold = True
            p.add_run(" ")
            words = f"{run_in} {text}"
        stop = re.search(r"(?<!p)\. ", text) if footnote else None
        if stop:
            p.add_run(text[: stop.start() + 1])
            self.footnote_ref(p, footnote)
            p.add_run(text[stop.start() + 1 :])
        else:
            p.add_run(text)
        if self.layout.spacing == 1.0 and self.layout.after_pt == 0 and self.rng.random() < 0.5:
            p.paragraph_format.first_line_indent = Cm(0.5)
        self.part_words[self.part] += count(words)

    def item(self, text: str, style: str | None, typed: str | None = None) -> None:
        if style:
            p = self.doc.add_paragraph(text, style=style)
            self.part_words[self.part] += count(text)
        else:
            p = self.doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.6)
            p.paragraph_format.first_line_indent = Cm(-0.6)
            p.paragraph_format.space_after = Pt(1)
            p.add_run(f"{typed}\t{text}")
            self.part_words[self.part] += count(f"{typed} {text}")

    def footnote_ref(self, p, text: str) -> None:
        self.footnotes.append(text)
        fid = len(self.footnotes) + 1
        p._p.append(
            parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{fid}"/></w:r>'
            )
        )

    def table(self, kind: str) -> None:
        self.tables += 1
        r = self.rng
        cap = self.doc.add_paragraph()
        cap_run = cap.add_run(
            f"Table {self.tables}: "
            + {"facts": f"{self.facts['org']} at a glance", "plan": "Conversion action plan", "kpi": "KPIs"}[kind]
        )
        cap_run.italic = True
        cap_run.font.size = Pt(self.layout.size - 1.5)
        cap.paragraph_format.space_after = Pt(1)
        cap.paragraph_format.keep_with_next = True
        if kind == "facts":
            rows = [("Measure", "2021", "2022", "2023")]
            for label in (
                "Revenue (£m)",
                "Online share (%)",
                "Active customers (000)",
                "Email open rate (%)",
                "Conversion rate (%)",
                "Average order (£)",
            ):
                base = r.randint(5, 90)
                rows.append((label, str(base), str(base + r.randint(1, 9)), str(base + r.randint(5, 15))))
        elif kind == "plan":
            rows = [("Action", "Owner", "Timing", "KPI", "Budget")]
            for action, owner in (
                ("Journey audit", "Digital manager"),
                ("Checkout redesign", "Developer"),
                ("A/B testing", "CRO lead"),
                ("Mobile speed fixes", "IT"),
                ("Abandonment emails", "CRM executive"),
            ):
                rows.append(
                    (action, owner, f"Q{r.randint(1, 4)}", f"+{r.randint(2, 15)}% conversion", f"£{r.randint(3, 60)}k")
                )
        else:
            rows = [("KPI", "Baseline", "Target", "Review")]
            for label in ("Conversion rate", "Repeat purchase", "Email click rate", "Unsubscribe rate"):
                rows.append((label, f"{r.randint(1, 30)}%", f"{r.randint(5, 40)}%", "Monthly"))
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                cell = t.cell(i, j)
                cell.text = value
                run = cell.paragraphs[0].runs[0]
                run.font.size = Pt(max(8.0, self.layout.size - 2))
                run.bold = i == 0
                cell.paragraphs[0].paragraph_format.space_after = Pt(0)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(0)

    def textbox(self) -> None:
        quote = self.fill("Key fact: {pct}% of {org}'s customers use more than one channel before buying.")
        p = self.doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p._p.append(
            parse_xml(
                f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
                '<v:shape id="tb1" type="#_x0000_t202" style="width:430pt;height:36pt" '
                'strokecolor="#4F81BD" fillcolor="#DBE5F1"><v:textbox><w:txbxContent><w:p><w:r>'
                f"<w:t>{escape(quote)}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
            )
        )

    # --- labels ---------------------------------------------------------------------------------------------
    def part_label(self, part: str) -> str:
        task, letter = part[0], part[1]
        title = PART_TITLES[part]
        lay = self.layout
        text = {
            "dot": f"{task}{letter}. {title}",
            "letter": f"{letter}) {title}",
            "taskpart": f"Task {task}{letter}: {title}",
            "paren": f"{task} ({letter}) {title}",
            "plain": f"{task}{letter} {title}",
            "taskparen": f"Task {task} ({letter}) - {title}",
            "bracket": f"({letter}) {title}",
        }[lay.label]
        if lay.colon:
            text += ":"
        return text

    def task_label(self, task: str) -> str:
        if self.layout.heading == "caps":
            return f"TASK {task} - {TASK_NAMES[task].upper()}"
        return f"Task {task}: {TASK_NAMES[task]}"

    # --- the report -----------------------------------------------------------------------------------------
    def cover(self) -> None:
        lines = (
            "CIM Level 6 Diploma in Professional Digital Marketing",
            "Mastering Digital Channels (2206)",
            f"Personalisation at {self.facts['org']}",
            f"Candidate number: {self.candidate}",
            f"Submitted: {self.rng.choice(('June', 'July', 'December'))} {self.rng.choice((2023, 2024))}",
        )
        for i, line in enumerate(lines):
            p = self.doc.add_paragraph()
            p.alignment = 1
            p.paragraph_format.space_before = Pt(120 if i == 0 else 6)
            run = p.add_run(line)
            run.bold = i < 3
            run.font.size = Pt(16 if i == 2 else self.layout.size + 1)
        self.doc.add_page_break()

    def write_part(self, part: str, scale: float) -> None:
        lay = self.layout
        r = self.rng
        heading = self.part_label(part)
        self.heading(heading, 2)
        self.headings[part] = heading
        self.part = part
        if part == "1a":
            target = r.randint(190, 360) if lay.spacing < 1.2 else r.randint(100, 170)
        else:
            target = int(TARGETS[part] * scale)
        subs = list(SUBHEADINGS.get(part, ())) if lay.subheadings and part != "1a" else []
        run_ins = list(RUN_INS.get(part, ())) if lay.run_in else []
        extras = ["list"] if part in ("1c", "2a", "2b", "3a") else []
        if part == "2a" or (part == "1a" and lay.spacing < 1.6):
            extras.append("table")
        if lay.textbox and part in ("1c", "3a"):
            extras.append("textbox")
        r.shuffle(extras)
        paragraphs = 0
        sub_at = max(2, int(target / 90 / 2)) if subs else -1
        if subs:
            self.heading(subs.pop(0), 3)
        while self.part_words[part] < target:
            remaining = target - self.part_words[part]
            if subs and paragraphs == sub_at:
                self.heading(subs.pop(0), 3)
            if extras and paragraphs >= 1 and r.random() < 0.45:
                self.extra(extras.pop(), part)
            n = max(1, min(r.randint(3, 6), remaining // 18 + 1))
            text = " ".join(self.sentences(part, n))
            foot = None
            if lay.footnotes and r.random() < 0.12 and ". " in text and len(self.footnotes) < 6:
                foot = r.choice(FOOTNOTES)
            run_in = run_ins.pop(0) if run_ins and (paragraphs > 0 or part == "3b") else None
            self.body(text, run_in=run_in, footnote=foot)
            paragraphs += 1
        for extra in extras:
            if extra == "table":
                self.extra(extra, part)
        self.part = None

    def extra(self, kind: str, part: str) -> None:
        lay = self.layout
        r = self.rng
        if kind == "table":
            self.table("facts" if part == "1a" else r.choice(("plan", "kpi")))
        elif kind == "textbox":
            self.textbox()
        elif kind == "list":
            if lay.auto_lists:
                self.body(
                    self.fill(
                        r.choice(
                            ("The main actions are:", "Three priorities stand out:", "The plan covers the following:")
                        )
                    )
                )
                for _ in range(r.randint(3, 5)):
                    self.item(self.sentences(part, 1)[0], "List Bullet")
                    if r.random() < 0.35:
                        for _ in range(r.randint(1, 2)):
                            self.item(self.sentences(part, 1)[0].rstrip("."), "List Bullet 2")
            elif lay.hand_numbers:
                self.body(self.fill("The actions, in order of priority, are:"))
                for k in range(r.randint(3, 5)):
                    self.item(self.sentences(part, 1)[0], None, typed=f"{k + 1}.")
            else:
                for _ in range(r.randint(3, 4)):
                    self.item(self.sentences(part, 1)[0], "List Bullet")

    def wordcount_line(self, task: str) -> None:
        if task == "1":
            words = self.part_words["1b"] + self.part_words["1c"]
            label = "Word count (1b and 1c)"
        else:
            words = sum(self.part_words[p] for p in LIMIT_GROUPS[f"task{task}-ab"])
            label = f"Word count Task {task}"
        p = self.doc.add_paragraph()
        run = p.add_run(f"{label}: {words:,}")
        run.italic = True
        run.font.size = Pt(self.layout.size - 1)

    def write(self) -> None:
        lay = self.layout
        r = self.rng
        if lay.cover:
            self.cover()
        mode = ("near", "over", "under", "near", "far-under", "over", "near")[r.randrange(7)]
        ranges = {"near": (0.9, 1.0), "over": (1.03, 1.1), "under": (0.7, 0.85), "far-under": (0.5, 0.65)}
        scales = {g: r.uniform(*ranges[r.choice((mode, mode, "near"))]) for g in LIMIT_GROUPS}
        for task in ("1", "2", "3"):
            if lay.sections and task != "1":
                self.doc.add_section(WD_SECTION.NEW_PAGE)
            if lay.task_headings:
                self.heading(self.task_label(task), 1)
            group = "task1-bc" if task == "1" else f"task{task}-ab"
            for part in PARTS:
                if part[0] == task:
                    self.write_part(part, scales[group])
            if lay.wordcount_line:
                self.wordcount_line(task)
        self.heading("References" + (":" if lay.colon else ""), 1 if lay.task_headings else 2)
        refs = sorted(CITES[i][2] for i in self.used_cites)
        for ref in refs:
            p = self.doc.add_paragraph(ref)
            p.paragraph_format.left_indent = Cm(0.8)
            p.paragraph_format.first_line_indent = Cm(-0.8)
        if lay.appendix:
            self.doc.add_page_break()
            self.heading("Appendix A: Customer data summary", 1)
            self.doc.add_paragraph(
                "The figures below come from the company's dashboard and are provided for context only."
            )
            self.table("kpi")

    def save(self) -> bytes:
        buf = io.BytesIO()
        self.doc.save(buf)
        data = buf.getvalue()
        if not self.footnotes:
            return data
        return add_footnotes(data, self.footnotes)


def add_footnotes(data: bytes, notes: list[str]) -> bytes:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = (
        f"<w:footnotes {w}>"
        '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote>"
    )
    for i, note in enumerate(notes):
        body += (
            f'<w:footnote w:id="{i + 2}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote>'
        )
    body += "</w:footnotes>"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFoot1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/footnotes" Target="footnotes.xml"/></Relationships>',
                )
            dst.writestr(item, content)
        dst.writestr("word/footnotes.xml", body.encode("utf-8"))
    return out.getvalue()


def build(index: int) -> tuple[bytes, Truth]:
    writer = Writer(index)
    writer.write()
    data = writer.save()
    part_words = dict(writer.part_words)
    truth = Truth(
        name="",
        seed=index,
        layout=writer.layout.name,
        split="",
        part_words=part_words,
        group_words={g: sum(part_words[p] for p in parts) for g, parts in LIMIT_GROUPS.items()},
        words_all=sum(part_words.values()),
        headings=dict(writer.headings),
    )
    return data, truth
