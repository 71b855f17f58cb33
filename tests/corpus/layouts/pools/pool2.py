"""Pool 2: CIM 2206 reports by candidates who lean on Word's built-in styles and templates.

Title and Subtitle on the cover, Heading 1 to 3 (often numbered by Word's automatic multilevel list, so the
number is not in the text), Caption (SEQ fields, above tables and below figures), Quote, List Bullet and List
Number (nested), a real TOC field, footnotes, headers and PAGE footers, section breaks with landscape pages.
Truth is counted while each report is written, under the rubric's word-count policy.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from faker import Faker
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports made with Word's built-in styles: Title/Subtitle covers, Heading 1-3 with automatic multilevel "
    "numbers or typed labels, TOC fields, Caption, Quote, List Bullet/Number, footnotes, landscape sections"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_TITLES = {
    "1": "Developments in personalisation and one target segment",
    "2": "Conversion action plan and personalised content",
    "3": "Managing, implementing and the risks of personalisation",
}
TITLE_VARIANTS = {
    "1a": ("Organisation overview", "Organisational overview", "Overview of {org}"),
    "1b": (PART_TITLES["1b"], "Current and future developments of personalisation in digital channels"),
    "1c": (PART_TITLES["1c"], "Personalising digital channels for the {segment} segment"),
    "2a": (PART_TITLES["2a"], "Action plan to maximise conversion rates across two digital channels"),
    "2b": (PART_TITLES["2b"], "Personalised content and re-marketing techniques"),
    "3a": (PART_TITLES["3a"], "Managing and implementing personalisation at {org}"),
    "3b": (PART_TITLES["3b"], "Evaluation of three risks of implementing personalisation"),
}


@dataclass(frozen=True)
class Layout:
    name: str
    font: str
    size: float
    spacing: float
    margin_cm: float
    scheme: str  # how headings are made (see _part_heading)
    cover: bool
    toc: bool
    header: bool
    footnotes: bool
    landscape: bool
    figure: bool
    declarations: bool
    task_sections: bool
    hyperlink_body: bool
    appendix: bool
    words_per_page: int


LAYOUTS = (
    Layout(
        "auto-decimal-outline",
        "Calibri",
        11,
        1.15,
        2.54,
        "auto-decimal",
        True,
        True,
        True,
        True,
        False,
        True,
        False,
        False,
        False,
        False,
        520,
    ),
    Layout(
        "auto-task-letter",
        "Times New Roman",
        12,
        2.0,
        2.5,
        "auto-task-letter",
        True,
        False,
        True,
        False,
        True,
        False,
        False,
        False,
        False,
        True,
        280,
    ),
    Layout(
        "typed-part-colon",
        "Arial",
        10.5,
        1.0,
        2.0,
        "typed-part-colon",
        True,
        True,
        True,
        True,
        False,
        False,
        True,
        False,
        False,
        False,
        600,
    ),
    Layout(
        "flat-typed-dash",
        "Georgia",
        12,
        1.5,
        2.54,
        "flat-typed-dash",
        False,
        False,
        False,
        False,
        False,
        True,
        False,
        False,
        False,
        True,
        360,
    ),
    Layout(
        "flat-auto-parts",
        "Cambria",
        13,
        1.5,
        2.2,
        "flat-auto",
        True,
        True,
        True,
        True,
        True,
        True,
        False,
        False,
        False,
        False,
        330,
    ),
    Layout(
        "typed-letter-parts",
        "Garamond",
        14,
        1.0,
        1.8,
        "typed-letter",
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
        420,
    ),
    Layout(
        "auto-task-digit-letter",
        "Verdana",
        10.5,
        2.0,
        2.5,
        "auto-task-digit",
        True,
        True,
        True,
        False,
        False,
        True,
        False,
        True,
        False,
        False,
        300,
    ),
)

CITES = {
    "Chaffey and Ellis-Chadwick, 2019": "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. "
    "Harlow: Pearson.",
    "Kotler, Kartajaya and Setiawan, 2017": "Kotler, P., Kartajaya, H. and Setiawan, I. (2017) Marketing 4.0: "
    "moving from traditional to digital. Hoboken: Wiley.",
    "Ryan, 2020": "Ryan, D. (2020) Understanding digital marketing. 5th edn. London: Kogan Page.",
    "Chaffey and Smith, 2017": "Chaffey, D. and Smith, P.R. (2017) Digital marketing excellence. 5th edn. "
    "Abingdon: Routledge.",
    "Lemon and Verhoef, 2016": "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience "
    "throughout the customer journey', Journal of Marketing, 80(6), pp. 69-96.",
    "Boudet et al., 2019": "Boudet, J., Gregg, B., Rathje, K., Stein, E. and Vollhardt, K. (2019) The future "
    "of personalization. McKinsey & Company.",
    "Epsilon, 2018": "Epsilon (2018) The power of me: the impact of personalization on marketing performance. "
    "Irving: Epsilon.",
    "Accenture, 2018": "Accenture (2018) Making it personal: Pulse check 2018. Dublin: Accenture.",
    "ICO, 2018": "ICO (2018) Guide to the General Data Protection Regulation. Wilmslow: Information "
    "Commissioner's Office.",
    "Kumar and Reinartz, 2018": "Kumar, V. and Reinartz, W. (2018) Customer relationship management. 3rd edn. "
    "Berlin: Springer.",
    "Strycharz et al., 2019": "Strycharz, J., van Noort, G., Helberger, N. and Smit, E. (2019) 'Contrasting "
    "perspectives', Journal of Business Research, 103, pp. 10-21.",
    "Think with Google, 2018": "Think with Google (2018) Micro-moments now. Mountain View: Google.",
    "Econsultancy, 2019": "Econsultancy (2019) Personalization in practice. London: Econsultancy.",
    "Gartner, 2019": "Gartner (2019) Marketing personalization survey. Stamford: Gartner.",
    "Smith and Zook, 2019": "Smith, P.R. and Zook, Z. (2019) Marketing communications. 7th edn. London: Kogan Page.",
}
URLS = (
    "https://www.thinkwithgoogle.com/marketing-strategies/micro-moments/",
    "https://ico.org.uk/for-organisations/guide-to-data-protection/",
    "https://econsultancy.com/reports/personalization/",
)
SEGMENTS = ("young professionals", "busy parents", "students", "retired customers", "first-time buyers")
SECTORS = (
    ("fashion retailer", "garments", "online store"),
    ("independent gym chain", "memberships", "booking app"),
    ("regional building society", "savings accounts", "mobile banking app"),
    ("specialist coffee roaster", "subscription boxes", "website"),
    ("holiday park operator", "short breaks", "booking website"),
    ("home furnishings retailer", "furniture ranges", "e-commerce site"),
)

GENERAL = (
    "Customers now expect a consistent and relevant experience across every digital touchpoint ({c}).",
    "{org} has the data to do this but has not yet joined it up across channels.",
    "The evidence suggests that relevance matters more than volume of messages ({c}).",
    "This has clear implications for how the management team sets priorities for the next {n} months.",
    "A balanced view is needed, because personalisation brings costs as well as benefits ({c}).",
    "For {org}, the {segment} segment is the most valuable place to begin.",
    "The conversion rate currently sits at {p1}%, against a sector average of {p2}% ({c}).",
    "Competitors such as {rival} already use these techniques to good effect.",
    "This is why a phased approach, starting with simple rules, is recommended.",
    "According to {c2}, around {p3}% of consumers are more likely to buy from brands that personalise.",
)
BANK = {
    "1a": (
        "{org} is a UK {sector} founded in {year} and employing around {staff} people.",
        "It sells {product} through {stores} stores and its {channel}, which takes {p3}% of revenue.",
        "Annual turnover was £{money}m last year, and the main competitors are {rival} and {rival2}.",
        "The customer base is broad, but the {segment} segment accounts for {p2}% of online sales.",
        "Most customers are aged between 25 and 54 and live within {n} miles of a store.",
        "Personalisation maturity is low: emails are segmented only by location and purchase history ({c}).",
        "The website shows the same home page to every visitor, and the app has no recommendation feature.",
        "Using the maturity model of {c2}, {org} sits at the second of five stages.",
        "Senior managers recognise the gap and have set aside a budget of £{small}k for digital improvements.",
        "Around {p3}% of customers have registered an account, which gives {org} a useful base of first-party data.",
        "Loyal customers buy {n} times a year on average, while most new customers buy only once.",
        "Social media is used mainly for broadcasting offers rather than for conversation with customers.",
        "Online reviews are positive about service but critical of irrelevant emails ({c}).",
    ),
    "1b": (
        "Basic personalisation, such as inserting a first name into an email, is now expected rather than valued "
        "({c}).",
        "Rule-based segmentation allows different content for different groups but quickly becomes hard to manage.",
        "Machine learning now makes one-to-one recommendations possible in real time ({c}).",
        "Predictive analytics can anticipate needs before the customer expresses them, which raises questions of "
        "trust.",
        "Voice assistants and conversational interfaces are likely to become a major channel for personalised service.",
        "The decline of third-party cookies will push organisations towards first-party and zero-party data ({c}).",
        "Location-based personalisation on mobile offers relevance in the micro-moments that matter ({c}).",
        "Advanced approaches need investment in data platforms, skills and governance that {org} does not yet have.",
        "The strategic decision for {org} is therefore how fast to move from basic to advanced personalisation.",
        "Over-personalisation can feel intrusive, and {p3}% of consumers say they find some tactics creepy ({c}).",
        "Dynamic pricing is a further development, although it carries a real risk to perceived fairness.",
        "Customer data platforms bring data from every channel into a single view of the customer ({c}).",
    ),
    "1c": (
        "The {segment} segment is digitally confident and uses mobile for most of its research ({c}).",
        "Netflix is a strong example of good practice, because its recommendations feel useful rather than intrusive.",
        "Amazon shows how purchase history can drive relevant cross-selling across email and web ({c}).",
        "By contrast, a recent email from a large retailer recommended products I had already returned.",
        "Poor personalisation of this kind damages trust and can increase unsubscribe rates ({c}).",
        "Good personalisation can be measured through click-through, conversion and repeat purchase rates.",
        "The data needed on this segment includes browsing behaviour, life stage and preferred channel.",
        "Cross-channel consistency matters, as the {segment} segment moves between app, email and social media.",
        "Spotify's personalised playlists show how data can become content that customers want to share.",
        "The failure of generic retargeting is that it follows people long after they have bought ({c}).",
        "For {org}, the improvement would be to link app behaviour to the email programme.",
        "This would support the business goal of raising repeat purchase by {p1}% within a year.",
    ),
    "2a": (
        "The two channels chosen are the {channel} and email, because together they carry most conversions.",
        "The plan follows the customer journey from awareness to advocacy, using the RACE framework ({c}).",
        "The first stage is to audit existing data and agree the SMART objectives with senior management.",
        "The objective is to raise the conversion rate from {p1}% to {p2}% within twelve months.",
        "Micro-moments research shows that mobile searches often happen just before purchase ({c}).",
        "Abandoned-basket emails would be triggered within one hour, with the items the visitor left behind.",
        "An online community for the {segment} segment would build advocacy and provide user-generated content.",
        "Progress would be tracked monthly using Google Analytics goals and email platform reports.",
        "A/B tests on landing pages would show which personalised messages convert best ({c}).",
        "The budget of £{small}k would be split between technology, content and staff training.",
        "Each stage has an owner, a deadline and a measure, so that the plan can be reviewed quarterly.",
    ),
    "2b": (
        "Dynamic content blocks allow an email to show different products to each recipient ({c}).",
        "On the {channel}, the home page banner would change according to the visitor's previous browsing.",
        "Video content tailored to life stage has been shown to lift engagement significantly ({c}).",
        "User-generated reviews from similar customers make recommendations more credible.",
        "Re-marketing through social media would remind visitors of items they viewed but did not buy.",
        "Frequency caps are essential, because too many re-marketing adverts irritate customers ({c}).",
        "Sequential re-marketing tells a story across several adverts rather than repeating one message.",
        "Content should be kept simple, with one clear call to action per message.",
        "Search re-marketing lists would allow higher bids for people who have already visited the site ({c}).",
        "Personalised push notifications in the app could alert customers when a favourite item is back in stock.",
    ),
    "3a": (
        "A cross-functional personalisation team should be created, led by the head of digital ({c}).",
        "Internally, {org} needs skills in data analysis, content production and marketing automation.",
        "An external agency could provide specialist skills in the first year while staff are trained.",
        "Paid, owned and earned channels require different approaches to personalisation ({c}).",
        "Owned channels such as email and the app should come first, since {org} controls the data there.",
        "Basic implementation needs only the existing email platform, whereas advanced work needs a data platform.",
        "Mobile must be the priority, since {p3}% of sessions now begin on a smartphone.",
        "Advanced tracking, with consent, would give the insight needed to scale personalisation ({c}).",
        "A test-and-learn culture allows the organisation to scale what works and stop what does not.",
        "Governance should include a monthly review of results against the agreed metrics.",
        "The recommendation is justified by the low current maturity and the limited budget available.",
    ),
    "3b": (
        "The first risk is legal: personal data must be processed lawfully, fairly and transparently ({c}).",
        "Under the GDPR, consent must be freely given, specific, informed and unambiguous ({c}).",
        "A breach could lead to fines of up to 4% of annual global turnover and serious reputational harm.",
        "The second risk is that personalisation feels intrusive and customers lose trust in the brand ({c}).",
        "Target's pregnancy predictions are a well-known example of a line that should not be crossed.",
        "The third risk comes from automation, where errors can be repeated across thousands of messages.",
        "A faulty rule once sent the same discount code to every customer of a large retailer.",
        "The likelihood of this risk is medium, but its impact on margin and reputation is high.",
        "Mitigation includes clear privacy notices, a preference centre and regular audits of automated rules.",
        "Senior management should agree a policy that sets out which data will and will not be used.",
        "Transparency builds trust, and trust is the foundation of future campaigns ({c}).",
    ),
}
SUBHEADINGS = {
    "1a": (),
    "1b": ("Basic and rule-based approaches", "Advanced and predictive personalisation", "Strategic implications"),
    "1c": ("The target segment", "Examples of good practice", "Examples of poor practice", "Improvements"),
    "2a": ("Objectives and framework", "Stages of the plan", "Online communities"),
    "2b": ("Website content", "Email content", "Re-marketing techniques"),
    "3a": ("Resources and skills", "Paid, owned and earned channels", "Scaling up"),
    "3b": ("Legal compliance", "Loss of customer trust", "Automation errors"),
}
BULLETS = (
    "Segment customers by life stage and purchase history.",
    "Trigger emails from behaviour rather than a fixed calendar.",
    "Show recently viewed items on the home page.",
    "Use consent-based data only ({c}).",
    "Test one change at a time and measure its effect.",
    "Limit re-marketing to seven days after a visit.",
    "Invite reviews two weeks after delivery.",
    "Keep every message to a single call to action.",
    "Train staff in the marketing automation platform.",
    "Report results to the board each quarter.",
)
QUOTES = (
    "“Personalisation is not about the technology; it is about making every interaction relevant to the person "
    "receiving it” ({c}, p. {page}).",
    "“Customers reward brands that remember them and punish those that waste their time” ({c}, p. {page}).",
    "“The more personal the message, the greater the responsibility to handle the data behind it with care” "
    "({c}, p. {page}).",
)
FOOTNOTES = (
    "Figures from {org}'s annual report and accounts.",
    "Based on the author's own experience as a customer.",
    "Internal data shared by the e-commerce manager, used with permission.",
    "Mintel category data, accessed through the university library.",
    "The figure excludes in-store sales made after an online visit.",
)


class Report:
    """One candidate's report, written with python-docx and counted as it is written."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(f"pool2-{index}")
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        fake = Faker("en_GB")
        fake.seed_instance(index * 7919 + 2)
        self.org = fake.company().replace(",", "")
        self.rivals = [fake.company().replace(",", "") for _ in range(2)]
        self.sector = self.rng.choice(SECTORS)
        self.segment = self.rng.choice(SEGMENTS)
        self.author = fake.name()
        self.doc = docx.Document()
        self.part_words: dict[str, int] = {}
        self.headings: dict[str, str] = {}
        self.footnotes: list[str] = []
        self.cited: set[str] = set()
        self.tables = 0
        self.figures = 0
        self.toc_entries: list[tuple[int, str, int]] = []
        self.words_so_far = 0
        self.decks: dict[str, list[str]] = {}
        self.first_heading = None

    # --- text --------------------------------------------------------------------------------------------------
    def cite(self) -> str:
        key = self.rng.choice(sorted(CITES))
        self.cited.add(key)
        return key

    def fill(self, template: str) -> str:
        rng = self.rng
        c2 = self.cite()
        author, year = c2.rsplit(", ", 1)
        values = {
            "org": self.org,
            "segment": self.segment,
            "sector": self.sector[0],
            "product": self.sector[1],
            "channel": self.sector[2],
            "rival": self.rivals[0],
            "rival2": self.rivals[1],
            "year": str(rng.randint(1965, 2008)),
            "staff": f"{rng.randint(120, 4800):,}",
            "stores": str(rng.randint(4, 160)),
            "money": f"{rng.uniform(8, 400):.1f}",
            "small": str(rng.randint(40, 450)),
            "n": str(rng.randint(3, 30)),
            "p1": f"{rng.uniform(1.1, 2.4):.1f}",
            "p2": f"{rng.uniform(2.5, 4.5):.1f}",
            "p3": str(rng.randint(35, 80)),
            "page": str(rng.randint(12, 240)),
            "c2": f"{author} ({year})",
        }
        if "{c}" in template:
            values["c"] = self.cite()
        return template.format(**values)

    def sentence(self, part: str) -> str:
        """The next sentence of the part's deck: each template once before any repeats (1a in its order)."""
        deck = self.decks.setdefault(part, [])
        if not deck:
            bank = BANK[part] + GENERAL
            general = self.rng.sample(GENERAL, len(GENERAL))
            deck.extend(BANK["1a"] + tuple(general) if part == "1a" else self.rng.sample(bank, len(bank)))
        return self.fill(deck.pop(0))

    # --- styles ------------------------------------------------------------------------------------------------
    def setup(self) -> None:
        lay, doc = self.layout, self.doc
        normal = doc.styles["Normal"]
        normal.font.name = lay.font
        normal.font.size = Pt(lay.size)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), lay.font)
        normal.paragraph_format.line_spacing = lay.spacing
        normal.paragraph_format.space_after = Pt(6 if lay.spacing < 1.5 else 0)
        for level, grow in ((1, 4), (2, 2), (3, 1)):
            style = doc.styles[f"Heading {level}"]
            style.font.name = lay.font
            style.font.size = Pt(lay.size + grow)
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                style.element.rPr.rFonts.attrib.pop(qn(attr), None)
            style.font.italic = False if level < 3 else self.rng.random() < 0.5
        for name in ("Title", "Subtitle", "Caption", "Quote"):
            self.doc.styles[name].font.name = lay.font
        for section in doc.sections:
            section.page_width, section.page_height = Cm(21), Cm(29.7)
            for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
                setattr(section, side, Cm(lay.margin_cm))
        self.doc.styles["TOC Heading"].element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = 0
        for level in (1, 2):
            style = doc.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
            style.element.set(qn("w:styleId"), f"TOC{level}")
            style.base_style = normal
            style.paragraph_format.left_indent = Cm(0.5 * (level - 1))
            style.paragraph_format.tab_stops.add_tab_stop(Cm(0.5 * (level - 1) + 1.3))
            style.paragraph_format.tab_stops.add_tab_stop(
                Cm(21 - 2 * lay.margin_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
            )
        scheme = lay.scheme
        if scheme == "auto-decimal":
            self.heading_numbering(
                [("%1", "decimal", "tab"), ("%1.%2", "decimal", "tab"), ("%1.%2.%3", "decimal", "tab")]
            )
        elif scheme == "auto-task-letter":
            self.heading_numbering([("Task %1", "decimal", "space"), ("(%2)", "lowerLetter", "tab")])
        elif scheme == "flat-auto":
            self.heading_numbering([("%1.", "decimal", "tab"), ("%1.%2", "decimal", "tab")])
        elif scheme == "auto-task-digit":
            self.heading_numbering([("Task %1:", "decimal", "space"), ("%1%2", "lowerLetter", "tab")])
        if lay.header:
            first = doc.sections[0]
            first.different_first_page_header_footer = lay.cover
            head = first.header.paragraphs[0]
            head.text = f"{self.org}: personalisation in digital channels"
            head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            foot = first.footer.paragraphs[0]
            foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if self.rng.random() < 0.5:
                foot.add_run("Page ")
            self.field(foot, "PAGE", "1")

    def heading_numbering(self, levels: list[tuple[str, str, str]]) -> None:
        lvls = ""
        for i, (text, fmt, suff) in enumerate(levels):
            indent = 0 if suff == "space" else 567 + 284 * i
            lvls += (
                f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:pStyle w:val="Heading{i + 1}"/><w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/>'
                f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="{indent}"/></w:pPr></w:lvl>'
            )
        numbering = self.doc.part.numbering_part.element
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="40"><w:multiLevelType w:val="multilevel"/>'
            f"{lvls}</w:abstractNum>"
        )
        numbering.find(qn("w:num")).addprevious(abstract)
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="40"><w:abstractNumId w:val="40"/></w:num>'))
        for i in range(len(levels)):
            num_pr = self.doc.styles[f"Heading {i + 1}"].element.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = i
            num_pr.get_or_add_numId().val = 40
        self.auto_levels = len(levels)

    auto_levels = 0

    def field(self, paragraph, instruction: str, shown: str) -> None:
        for xml in (
            '<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
            f'<w:r %s><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
            '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
            f"<w:r %s><w:t>{shown}</w:t></w:r>",
            '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>',
        ):
            paragraph._p.append(parse_xml(xml % nsdecls("w")))

    # --- blocks ------------------------------------------------------------------------------------------------
    def heading(self, text: str, level: int, numbered: bool = True) -> None:
        paragraph = self.doc.add_paragraph(text, style=f"Heading {level}")
        if self.first_heading is None:
            self.first_heading = paragraph._p
        if not numbered and level <= self.auto_levels:
            paragraph._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = 0
        if level <= 2:
            page = 2 + self.words_so_far // self.layout.words_per_page
            self.toc_entries.append((level, text, page, numbered and level <= self.auto_levels))

    def body(self, part: str, text: str, style: str | None = None, footnote: bool = False) -> bool:
        """A counted paragraph; true if it carries a footnote mark."""
        paragraph = self.doc.add_paragraph(style=style)
        marked = footnote and self.layout.footnotes and count(text) > 5
        if marked:
            words = text.split(" ")
            ends = [i + 1 for i, word in enumerate(words) if word.endswith(".")]
            cut = self.rng.choice(ends[:-1] or ends)  # after a sentence's full stop, as Word's notes sit
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            paragraph.add_run(head)
            self.footnotes.append(self.fill(self.rng.choice(FOOTNOTES)))
            paragraph._p.append(
                parse_xml(
                    f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{len(self.footnotes) + 1}"/></w:r>'
                )
            )
            if tail:
                paragraph.add_run(" " + tail)
        else:
            paragraph.add_run(text)
        words = count(text)
        self.part_words[part] = self.part_words.get(part, 0) + words
        self.words_so_far += words
        return marked

    def linked_sentence(self, part: str, url: str) -> None:
        """A counted sentence ending in a hyperlink: the link's text is one word with its full stop."""
        prefix = self.rng.choice(("A good example of this approach can be seen at", "See, for example,"))
        paragraph = self.doc.add_paragraph(prefix + " ")
        self.hyperlink(paragraph, url)
        paragraph.add_run(".")
        words = count(f"{prefix} {url}.")
        self.part_words[part] += words
        self.words_so_far += words

    def paragraph_text(self, part: str, budget: int) -> str:
        sentences: list[str] = []
        used = 0
        for _ in range(self.rng.randint(3, 6)):
            candidate = self.sentence(part)
            if used + count(candidate) > budget:
                break
            sentences.append(candidate)
            used += count(candidate)
        return " ".join(sentences)

    def caption(self, label: str, text: str) -> None:
        paragraph = self.doc.add_paragraph(style="Caption")
        paragraph.add_run(f"{label} ")
        self.field(paragraph, f"SEQ {label} \\* ARABIC", str(self.tables if label == "Table" else self.figures))
        paragraph.add_run(f": {text}")

    def table(self, part: str, wide: bool) -> None:
        self.tables += 1
        if part == "1a":
            rows = [
                ("Type", f"Private limited {self.sector[0]}"),
                ("Products", self.sector[1].capitalize()),
                ("Competitors", f"{self.rivals[0]}; {self.rivals[1]}"),
            ]
            title = f"Key facts about {self.org}"
        else:
            stages = ("Awareness", "Consideration", "Conversion", "Retention", "Advocacy")
            rows = (
                [("Stage", "Action", "Channel", "Owner", "Metric", "Target", "Deadline")]
                if wide
                else [("Stage", "Action", "Metric", "Target")]
            )
            for stage in stages:
                action = self.rng.choice(
                    (
                        "Personalised banner",
                        "Triggered email",
                        "Re-marketing advert",
                        "Community launch",
                        "Review request",
                    )
                )
                metric = self.rng.choice(("Conversion rate", "Click-through rate", "Repeat purchase", "Sign-ups"))
                target = f"+{self.rng.randint(5, 40)}%"
                if wide:
                    rows.append(
                        (
                            stage,
                            action,
                            self.sector[2].capitalize(),
                            "E-commerce manager",
                            metric,
                            target,
                            f"Q{self.rng.randint(1, 4)} 2020",
                        )
                    )
                else:
                    rows.append((stage, action, metric, target))
            title = f"Conversion action plan for {self.org}"
        self.caption("Table", title)
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = self.rng.choice(("Table Grid", "Light Grid Accent 1", "Medium Shading 1 Accent 1"))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value

    def figure(self) -> None:
        self.figures += 1
        image = Image.new("RGB", (600, 320), "white")
        draw = ImageDraw.Draw(image)
        for i in range(5):
            height = self.rng.randint(60, 280)
            draw.rectangle((40 + i * 110, 300 - height, 120 + i * 110, 300), fill=(40 + i * 40, 90, 160))
        draw.line((30, 300, 580, 300), fill="black", width=2)
        stream = io.BytesIO()
        image.save(stream, format="PNG")
        stream.seek(0)
        self.doc.add_picture(stream, width=Cm(12))
        self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.caption("Figure", f"Conversion by stage of the customer journey, {self.segment} segment")

    def landscape_table(self, part: str) -> None:
        portrait = self.doc.sections[-1]
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.different_first_page_header_footer = False
        section.page_width, section.page_height = portrait.page_height, portrait.page_width
        self.table(part, wide=True)
        back = self.doc.add_section(WD_SECTION.NEW_PAGE)
        back.orientation = WD_ORIENT.PORTRAIT
        back.different_first_page_header_footer = False
        back.page_width, back.page_height = Cm(21), Cm(29.7)

    # --- parts -------------------------------------------------------------------------------------------------
    def part_heading(self, part: str) -> None:
        lay, rng = self.layout, self.rng
        title = rng.choice(TITLE_VARIANTS[part]).format(org=self.org, segment=self.segment)
        task, letter = part[0], part[1]
        scheme = lay.scheme
        if letter == "a" and scheme in ("auto-decimal", "auto-task-letter", "auto-task-digit"):
            self.heading(TASK_TITLES[task], 1)
        elif letter == "a" and scheme == "typed-part-colon":
            self.heading(f"Task {task}: {TASK_TITLES[task]}", 1)
        elif letter == "a" and scheme == "typed-letter":
            self.heading(f"Task {task}" + (f" – {TASK_TITLES[task]}" if self.index % 2 else ""), 1)
        if scheme in ("auto-decimal", "auto-task-letter", "auto-task-digit"):
            text, level = title, 2
        elif scheme == "typed-part-colon":
            text, level = f"Part ({letter}): {title}", 2
        elif scheme == "flat-typed-dash":
            text, level = f"Task {task}{letter} – {title}", 1
        elif scheme == "flat-auto":
            text, level = title, 1
        else:  # typed-letter
            text, level = f"({letter}) {title}", 2
        self.heading(text, level)
        self.headings[part] = text
        self.part_level = level

    part_level = 2

    def write_part(self, part: str, target: int) -> None:
        lay, rng = self.layout, self.rng
        self.part_heading(part)
        self.part_words[part] = 0
        subs = list(SUBHEADINGS[part])
        chosen = rng.random() < 0.8
        sections = subs[: rng.randint(2, len(subs))] if part != "1a" and subs and chosen else [None]
        share = target // len(sections)
        extras_done = False
        footnote_done = False
        for number, sub in enumerate(sections):
            goal = target if number == len(sections) - 1 else share * (number + 1)
            if sub:
                sub_level = min(self.part_level + 1, 3)
                self.heading(sub, sub_level, numbered=rng.random() < 0.7)
            first = True
            plain = True  # the last block was an ordinary paragraph
            while goal - self.part_words[part] >= 12:
                left = goal - self.part_words[part]
                roll = rng.random() if plain and not first and part != "1a" else 1.0
                plain = False
                if roll < 0.08 and left > 40:
                    self.bullet_list(part, left)
                elif roll < 0.16 and left > 50 and part in ("2a", "3a", "1b"):
                    self.numbered_list(part, left)
                elif roll < 0.22 and left > 45 and part in ("1b", "1c", "2b", "3b"):
                    quote = self.fill(rng.choice(QUOTES))
                    if count(quote) <= left:
                        self.body(part, quote, style="Quote")
                    else:
                        break
                else:
                    text = self.paragraph_text(part, left)
                    if not text:
                        break
                    marked = self.body(part, text, footnote=not footnote_done and rng.random() < 0.5)
                    footnote_done = footnote_done or marked
                    plain = True
                if first and not extras_done:
                    extras_done = True
                    if part == "1a" and rng.random() < 0.5:
                        self.table(part, wide=False)
                    elif part == "2a":
                        self.landscape_table(part) if lay.landscape else self.table(part, wide=False)
                    elif part in ("1c", "2b") and lay.figure and self.figures == 0:
                        self.figure()
                    if part == "2b" and lay.hyperlink_body and goal - self.part_words[part] > 20:
                        self.linked_sentence(part, URLS[self.index % len(URLS)])
                first = False

    def bullet_list(self, part: str, left: int) -> None:
        items = [self.fill(item) for item in self.rng.sample(BULLETS, self.rng.randint(3, 5))]
        used = 0
        for item in items:
            if used + count(item) > left:
                break
            self.body(part, item, style="List Bullet")
            used += count(item)

    def numbered_list(self, part: str, left: int) -> None:
        used = 0
        for _ in range(self.rng.randint(2, 4)):
            item = self.sentence(part)
            if used + count(item) > left:
                return
            self.body(part, item, style="List Number")
            used += count(item)
            if self.rng.random() < 0.5:
                for sub in self.rng.sample(BULLETS, 2):
                    sub = self.fill(sub)
                    if used + count(sub) > left:
                        return
                    self.body(part, sub, style="List Bullet 2")
                    used += count(sub)

    # --- the whole report --------------------------------------------------------------------------------------
    def build(self) -> tuple[bytes, Truth]:
        lay, rng, doc = self.layout, self.rng, self.doc
        self.setup()
        title = f"Personalisation in digital channels: {self.org}"
        subtitle = "CIM Level 6 Diploma in Professional Marketing – Mastering Digital Channels (2206)"
        targets = self.targets()
        if lay.cover:
            doc.add_paragraph(title, style="Title")
            doc.add_paragraph(subtitle, style="Subtitle")
            doc.add_paragraph(f"Candidate number: {rng.randint(10000000, 99999999)}")
            doc.add_paragraph(f"Submitted: {rng.choice(('June', 'July', 'December'))} 2019")
            doc.add_paragraph(f"Word count: {sum(targets.values()) - targets['1a']:,} (excluding Task 1a)")
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            doc.add_paragraph(title, style="Title")
            doc.add_paragraph(subtitle, style="Subtitle")
        for part in PARTS:
            if lay.task_sections and part in ("2a", "3a"):
                doc.add_section(WD_SECTION.NEW_PAGE).different_first_page_header_footer = False
            self.write_part(part, targets[part])
            if lay.declarations and part in ("1c", "2b", "3b"):
                group = next(g for g, members in LIMIT_GROUPS.items() if part in members)
                words = sum(self.part_words[p] for p in LIMIT_GROUPS[group])
                line = doc.add_paragraph()
                line.add_run(f"Word count: {words:,}").italic = True
        self.heading("References", 1, numbered=rng.random() < 0.4)
        for key in sorted(self.cited):
            paragraph = doc.add_paragraph(CITES[key])
            paragraph.paragraph_format.left_indent = Cm(1)
            paragraph.paragraph_format.first_line_indent = Cm(-1)
        for url in rng.sample(URLS, 2 if lay.hyperlink_body or lay.toc else 1):
            paragraph = doc.add_paragraph("Online source. Available at: ")
            self.hyperlink(paragraph, url)
        if lay.appendix:
            self.heading("Appendix A: Customer journey map", 1, numbered=False)
            doc.add_paragraph(
                f"The map below was drawn from {self.org}'s analytics data for the {self.segment} segment and shows "
                "where customers leave the journey."
            )
            self.table("2a", wide=False)
        if lay.toc:
            self.contents()
        self.add_footnotes()
        out = io.BytesIO()
        doc.save(out)
        group_words = {g: sum(self.part_words[p] for p in members) for g, members in LIMIT_GROUPS.items()}
        truth = Truth(
            name="",
            seed=self.index,
            layout=lay.name,
            split="",
            part_words={p: self.part_words[p] for p in PARTS},
            group_words=group_words,
            words_all=sum(self.part_words.values()),
            headings=dict(self.headings),
        )
        return out.getvalue(), truth

    def targets(self) -> dict[str, int]:
        rng = self.rng
        limits = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
        per_page = self.layout.words_per_page  # 1a stays well within one side of A4
        targets = {"1a": min(250, rng.randint(int(per_page * 0.45), int(per_page * 0.62)))}
        for group, (first, second) in LIMIT_GROUPS.items():
            mode = rng.choices(("under", "near", "over"), weights=(3, 5, 2))[0]
            factor = {
                "under": rng.uniform(0.55, 0.85),
                "near": rng.uniform(0.9, 1.02),
                "over": rng.uniform(1.03, 1.15),
            }[mode]
            total = int(limits[group] * factor)
            split = rng.uniform(0.4, 0.6)
            targets[first] = int(total * split)
            targets[second] = total - targets[first]
        return targets

    def hyperlink(self, paragraph, url: str) -> None:
        rid = self.doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
        paragraph._p.append(
            parse_xml(
                f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:rPr><w:color w:val="0563C1"/>'
                f'<w:u w:val="single"/></w:rPr><w:t>{url}</w:t></w:r></w:hyperlink>'
            )
        )

    def contents(self) -> None:
        """A TOC field with its entries (as Word leaves them after an update) and a page break, before Task 1."""
        anchor = self.first_heading
        numbers = [0, 0]
        heading_style = "TOC Heading" if self.rng.random() < 0.6 else None
        new = []
        title = self.doc.add_paragraph("Contents", style=heading_style)
        if heading_style is None:
            title.runs[0].bold = True
        new.append(title)
        for i, (level, text, page, numbered) in enumerate(self.toc_entries):
            paragraph = self.doc.add_paragraph(style=f"toc {level}")
            if i == 0:
                for xml in (
                    '<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
                    '<w:r %s><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>',
                    '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
                ):
                    paragraph._p.append(parse_xml(xml % nsdecls("w")))
            label = text
            if numbered:
                numbers[level - 1] += 1
                if level == 1:
                    numbers[1] = 0
                label = self.number_label(level, numbers) + "\t" + text
            paragraph.add_run(f"{label}\t{page}")
            new.append(paragraph)
        end = self.doc.add_paragraph()
        end._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
        end.add_run().add_break(WD_BREAK.PAGE)
        new.append(end)
        for paragraph in new:
            anchor.addprevious(paragraph._p)

    def number_label(self, level: int, numbers: list[int]) -> str:
        scheme = self.layout.scheme
        letter = "abcdefg"[max(numbers[1] - 1, 0)]
        if scheme == "auto-decimal":
            return str(numbers[0]) if level == 1 else f"{numbers[0]}.{numbers[1]}"
        if scheme == "flat-auto":
            return f"{numbers[0]}." if level == 1 else f"{numbers[0]}.{numbers[1]}"
        if scheme == "auto-task-letter":
            return f"Task {numbers[0]}" if level == 1 else f"({letter})"
        return f"Task {numbers[0]}:" if level == 1 else f"{numbers[0]}{letter}"

    def add_footnotes(self) -> None:
        if not self.footnotes:
            return
        w = nsdecls("w")
        notes = [
            '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r>'
            "</w:p></w:footnote>",
        ]
        for i, text in enumerate(self.footnotes, start=2):
            notes.append(
                f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
                f'</w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p>'
                f"</w:footnote>"
            )
        blob = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {w}>{"".join(notes)}</w:footnotes>'
        ).encode()
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            blob,
            self.doc.part.package,
        )
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def build(index: int) -> tuple[bytes, Truth]:
    """Report ``index`` of the pool as DOCX bytes and its truth, the same for the same index."""
    return Report(index).build()
