"""Pool 4: academic-style CIM 2206 scripts by candidates used to university essays.

Times New Roman or Georgia, 10.5 to 14 pt, single to double spacing, first-line indents, headings centred or
left-aligned and bold, decimal section numbers typed into the heading text ("1.2 Current and Future
Developments"), footnotes, indented block quotations, contents pages typed by hand, hanging-indent reference
lists, appendices with a table and a figure, page numbers in the footer and the candidate number in the header.

Truth is counted while the report is written: every counted paragraph (body text, list items, block
quotations) goes through ``count`` as it is added to its part; headings, sub-headings, tables, captions,
footnotes, headers and footers, the cover, the contents page, word-count declarations, the reference list and
appendices are written without being counted.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, Truth, count

DESCRIPTION = (
    "Academic-style essays: Times New Roman or Georgia 10.5-14 pt, single to double spacing, first-line indents, "
    "typed decimal section numbers, footnotes, block quotations, hand-typed contents, hanging-indent references"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
LIMITS = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}

# --- text ---------------------------------------------------------------------------------------------------

SOURCES = [
    (
        "Chaffey and Ellis-Chadwick",
        2019,
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital Marketing. 7th edn. Harlow: Pearson.",
    ),
    ("Kotler and Keller", 2016, "Kotler, P. and Keller, K.L. (2016) Marketing Management. 15th edn. Harlow: Pearson."),
    ("Ryan", 2017, "Ryan, D. (2017) Understanding Digital Marketing. 4th edn. London: Kogan Page."),
    ("Kingsnorth", 2019, "Kingsnorth, S. (2019) Digital Marketing Strategy. 2nd edn. London: Kogan Page."),
    ("Hanlon", 2019, "Hanlon, A. (2019) Digital Marketing: Strategic Planning and Integration. London: Sage."),
    ("Smith and Zook", 2016, "Smith, P.R. and Zook, Z. (2016) Marketing Communications. 6th edn. London: Kogan Page."),
    (
        "Jobber and Ellis-Chadwick",
        2016,
        "Jobber, D. and Ellis-Chadwick, F. (2016) Principles and Practice of "
        "Marketing. 8th edn. Maidenhead: McGraw-Hill.",
    ),
    ("Econsultancy", 2018, "Econsultancy (2018) The Personalisation Imperative. London: Econsultancy."),
    ("Deloitte", 2019, "Deloitte (2019) The Deloitte Consumer Review: Made-to-order. London: Deloitte LLP."),
    (
        "Information Commissioner's Office",
        2018,
        "Information Commissioner's Office (2018) Guide to the General Data Protection Regulation. Wilmslow: ICO.",
    ),
    (
        "Gartner",
        2019,
        "Gartner (2019) Predicts 2019: Marketers Must Balance Personalization and Privacy. Stamford: Gartner.",
    ),
    (
        "Lemon and Verhoef",
        2016,
        "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience "
        "throughout the customer journey', Journal of Marketing, 80(6), pp. 69-96.",
    ),
    ("Accenture", 2018, "Accenture (2018) Making It Personal: Pulse Check 2018. Dublin: Accenture."),
    (
        "Bughin et al.",
        2017,
        "Bughin, J. et al. (2017) Artificial Intelligence: The Next Digital Frontier? "
        "New York: McKinsey Global Institute.",
    ),
]

CHANNELS = ["email", "the website", "the mobile app", "social media", "paid search"]
SEGMENTS = [
    "young professionals aged 25 to 34",
    "busy parents with children under ten",
    "retired customers aged over 60",
    "full-time university students",
    "owners of small businesses",
    "first-time buyers",
]
SECTORS = ["retail", "travel", "financial services", "hospitality", "fitness and leisure", "home furnishings"]
GOOD = ["Amazon", "Netflix", "Spotify", "ASOS", "Starbucks", "Sephora", "Ocado", "Booking.com"]
BAD = [
    "a national rail operator",
    "a high-street bank",
    "a budget airline",
    "a regional energy supplier",
    "a large department store",
    "a mobile network",
]

CONNECTORS = [
    "Furthermore,",
    "In addition,",
    "However,",
    "As a result,",
    "In practice,",
    "Importantly,",
    "For this reason,",
    "At the same time,",
    "Moreover,",
]
CONNECTABLE = {
    "The",
    "This",
    "It",
    "A",
    "Its",
    "Each",
    "Such",
    "Around",
    "Good",
    "Poor",
    "Content",
    "Different",
    "Key",
    "Mobile",
    "Advanced",
    "Training",
    "Governance",
    "Scalability",
    "Fines",
    "Mitigation",
    "Transparency",
    "Automation",
    "Frequency",
    "Abandoned",
    "Video",
    "Research",
    "Product",
    "Annual",
    "Online",
    "Paid",
    "Earned",
    "Customer",
    "Customers",
    "Senior",
    "Artificial",
    "Voice",
    "Repeat",
    "Progress",
    "Milestones",
    "Personalised",
    "Real-time",
    "Predictive",
    "Consumers",
    "Success",
    "Cross-channel",
    "Goals",
    "Insight",
    "External",
    "Subject",
    "Reviews",
}

PART_SENTENCES = {
    "1a": [
        "Its customers are mainly ABC1 adults, many of whom shop both online and in store.",
        "The website attracts around {money},000 visits a month, of which {pct}% come from mobile devices.",
        "Customer data is held in three separate systems, which makes a single view of the customer difficult.",
        "The organisation has recently appointed a head of digital, signalling a wish to invest in this area.",
        "Compared with {comp1}, its social media following is small and engagement is modest {cite}.",
        "{org} is a {type} based in {city}, employing around {staff} people and trading for over {years} years.",
        "Its range includes {products}, sold through {n_stores} outlets and an online store.",
        "Annual turnover was approximately £{money} million in the last financial year {cite}.",
        "The main competitors are {comp1} and {comp2}, both of which invest heavily in digital channels.",
        "The customer base is broad, although {seg} account for roughly {pct}% of online revenue.",
        "Around {pct}% of customers are registered on the loyalty programme, which gives the firm "
        "useful first-party data.",
        "In terms of maturity, personalisation at {org} is still basic, limited largely to "
        "first-name greetings in email.",
        "Using the maturity model described by {cite_n}, the organisation sits at the second of five stages.",
        "Product recommendations on the website are rule-based rather than driven by behaviour or machine learning.",
        "Management recognise that customers now expect a more relevant experience across channels {cite}.",
        "Repeat purchase rates have fallen by {small}% over two years, which suggests that engagement is weakening.",
        "The marketing team of {team} people has limited analytical capability and relies on an external agency.",
    ],
    "1b": [
        "Segment-based email, where groups receive different versions of a message, remains the most "
        "common method {cite}.",
        "Real-time website personalisation adapts banners and offers while the visitor is still browsing.",
        "Predictive models can estimate a customer's next purchase, but they depend on large volumes of clean data.",
        "Consumers increasingly expect the same recognition on every device, which raises the bar "
        "for smaller firms {cite}.",
        "The growth of consent-based marketing may limit how far personalisation can go in future.",
        "Personalisation can be understood as tailoring content, offers and experiences to the "
        "individual using data {cite}.",
        "At the basic level it involves segmentation and simple rules, such as greeting a customer by name.",
        "More advanced approaches use behavioural data and predictive analytics to anticipate what a "
        "customer needs next {cite}.",
        "{cite_n} argue that relevance is now the main currency of attention in crowded digital channels.",
        "Research suggests that {pct}% of consumers are more likely to buy from brands that offer "
        "personalised experiences {cite}.",
        "However, the same studies show that poorly targeted messages damage trust and increase unsubscribe rates.",
        "Artificial intelligence is likely to make real-time personalisation affordable for "
        "organisations the size of {org}.",
        "Voice assistants and conversational interfaces are an emerging channel where "
        "personalisation will matter greatly {cite}.",
        "A clear disadvantage of advanced personalisation is the cost of the data infrastructure it requires.",
        "There is also a risk that customers perceive hyper-personalised messages as intrusive or "
        "even 'creepy' {cite}.",
        "For {org}, this suggests a staged strategy that moves from rule-based to predictive "
        "personalisation over time.",
        "The decline of third-party cookies means that first-party data will become a strategic asset {cite}.",
        "Strategically, the board should weigh the expected uplift of around {small}% in conversion "
        "against the investment required.",
        "Location-based personalisation on mobile devices offers further potential, particularly for store visits.",
        "Overall, current developments favour organisations that own rich customer data and can act on it quickly.",
    ],
    "1c": [
        "This group typically researches on a smartphone in the evening and completes purchases at the weekend.",
        "Streaming services set a benchmark for relevance that this segment now applies to every brand {cite}.",
        "A further example of poor practice is sending generic discount codes that ignore previous purchases.",
        "Success depends less on the technology than on understanding what this segment values.",
        "Cross-channel consistency matters because the segment moves between {chan1} and {chan2} "
        "within a single journey.",
        "The target segment chosen for this analysis is {seg}, who represent a growing share of {org}'s customers.",
        "This segment is digitally confident, uses {chan} daily and expects brands to remember their "
        "preferences {cite}.",
        "{good} provides a strong example of good practice, using browsing history to recommend relevant products.",
        "In my own experience as a customer of {good}, the recommendations felt useful rather than intrusive.",
        "By contrast, {bad} repeatedly sent me offers for products I had already bought, which felt careless.",
        "Such failures usually stem from disconnected data, where {chan} and the store do not share "
        "customer records {cite}.",
        "Good personalisation can be measured through click-through rate, conversion rate and customer lifetime value.",
        "Poor personalisation shows itself in rising unsubscribe rates and negative comments on social media.",
        "Within the {sector} sector, leaders personalise across channels so that the experience "
        "feels consistent {cite}.",
        "For {org} to succeed with {seg}, it needs data on purchase history, channel preference and life stage.",
        "A cross-channel view would allow a basket abandoned on the app to be followed up by email within hours.",
        "The business goal is to raise repeat purchase among this segment by {small}% within twelve months.",
        "{cite_n} note that the depth of data required rises sharply as personalisation becomes more advanced.",
        "An improvement would be to ask customers directly about their interests through a short preference centre.",
    ],
    "2a": [
        "Goals are expressed as SMART objectives so that progress can be judged objectively {cite}.",
        "The customer journey map shows that most visitors leave at the delivery stage of checkout.",
        "Personalised product pages for returning visitors are expected to lift conversion by {small}%.",
        "The community will be seeded with content from loyal customers and staff to encourage participation.",
        "Responsibility for {chan2} sits with the CRM manager, supported by an external agency.",
        "The two channels selected for the action plan are {chan1} and {chan2}, as they drive most online sales.",
        "The plan follows the RACE framework of reach, act, convert and engage {cite}.",
        "The overall objective is to increase the online conversion rate from {small}.{digit}% to "
        "{big}.{digit}% within twelve months.",
        "In the reach stage, {chan1} will be used to attract new visitors from the target segment "
        "with tailored messages.",
        "At the act stage, landing pages will adapt to the visitor's source and previous behaviour {cite}.",
        "The convert stage focuses on reducing friction at checkout, for example by remembering delivery preferences.",
        "In the engage stage, {chan2} will nurture repeat purchase through personalised follow-up {cite}.",
        "Each action has an owner, a budget and a key performance indicator reviewed monthly by the digital manager.",
        "Online communities will play a role, as customers trust the recommendations of peers more "
        "than advertising {cite}.",
        "A moderated community forum would also provide qualitative data to refine personalisation rules.",
        "The budget for the first phase is estimated at £{money},000, covering software, content and training.",
        "A/B testing will be used at every stage so that decisions are based on evidence rather than opinion.",
        "Progress will be reported on a dashboard that shows conversion by channel and by segment.",
        "Milestones are set for months three, six and twelve so that the plan can be adjusted if targets are missed.",
    ],
    "2b": [
        "Subject lines that refer to a recent browse have been shown to raise open rates {cite}.",
        "Personalised landing pages can match the message of the advert that brought the visitor to the site.",
        "Content for {chan2} should be short, visual and easy to act upon on a small screen.",
        "Re-marketing lists can be segmented by the value of the basket, so that high-value visitors "
        "receive more attention.",
        "Reviews from customers with a similar profile make recommendations more persuasive {cite}.",
        "Content can be personalised in {chan1} by using dynamic blocks that change according to the "
        "reader's profile {cite}.",
        "For example, a customer who browsed {products} would see related items and useful guides in the next message.",
        "On {chan2}, the home page could display recently viewed products and offers relevant to the "
        "visitor's location.",
        "{good} is widely cited for its use of personalised content that feels helpful rather than salesy {cite}.",
        "Different content types suit different stages: blog articles for awareness, reviews for "
        "consideration and offers for purchase.",
        "It is important to keep content simple, as too many personalised elements can overwhelm the customer {cite}.",
        "Re-marketing allows {org} to re-engage visitors who left without buying, through display adverts and email.",
        "Dynamic re-marketing shows the exact products a visitor viewed, which typically improves "
        "click-through rates {cite}.",
        "Frequency caps should be set so that customers are not followed around the internet for weeks.",
        "Abandoned basket emails sent within an hour can recover around {small}% of lost sales, according to {cite_n}.",
        "User-generated content, such as customer photos, adds authenticity and can be personalised "
        "by product interest.",
        "Personalised content should support the wider ambition of {org} to be seen as a helpful, trusted brand.",
        "Video messages that use the customer's name and recent purchases are a more advanced option "
        "for loyal customers.",
    ],
    "3a": [
        "A phased roadmap over eighteen months is recommended, with clear decision points at each phase.",
        "External partners can provide specialist skills quickly, but knowledge must be transferred "
        "to the team {cite}.",
        "The chosen platform should integrate with the existing e-commerce system to avoid duplicated data.",
        "Insight from tracking should be shared with store staff so that the experience is consistent.",
        "The future of data is likely to favour organisations that build direct relationships with customers {cite}.",
        "It is recommended that {org} appoints a personalisation lead who reports directly to the marketing director.",
        "Internal resources are currently limited, so a blend of in-house staff and external "
        "specialists is advised {cite}.",
        "Key skills required include data analysis, content creation and marketing automation {cite}.",
        "A customer data platform should be introduced to bring together data from {chan1}, {chan2} and the stores.",
        "The implementation should begin with basic rule-based personalisation before moving to predictive models.",
        "Paid channels require close work with agencies, whereas owned channels can be personalised "
        "directly by the team {cite}.",
        "Earned channels such as reviews and social sharing are harder to control but can be "
        "encouraged through personalised prompts.",
        "Mobile platforms must be a priority, since around {pct}% of the segment's visits come from smartphones.",
        "Advanced tracking across devices will require consent management and a single customer identifier {cite}.",
        "Scalability is a challenge, as each new segment multiplies the number of content variants to produce.",
        "The justification for this approach is that it limits early spending while building the "
        "capability for later stages.",
        "Training for the existing team should be budgeted at around £{money},000 in the first year.",
        "Customer expectations are rising faster than {org}'s ability to meet them, so quick wins matter {cite}.",
        "Governance should include a monthly review of results and a clear process for approving new rules.",
    ],
    "3b": [
        "The ICO has shown that it is willing to fine organisations for sending marketing without "
        "valid consent {cite}.",
        "A data protection impact assessment should be completed before any new form of profiling begins.",
        "Customers should be able to see and change the data used to personalise their experience.",
        "If this risk materialised, complaints on social media could spread quickly and deter new customers.",
        "A clear escalation process would allow a faulty campaign to be stopped within minutes.",
        "The first risk is legal non-compliance with the General Data Protection Regulation and PECR {cite}.",
        "Fines can reach four per cent of global turnover, and reputational damage may be even more costly.",
        "{org} must establish a lawful basis for processing, most likely consent for marketing communications {cite}.",
        "The second risk is that customers find personalisation intrusive, which erodes trust in the brand.",
        "A well-known example is a retailer that predicted a customer's pregnancy before her family knew {cite}.",
        "The likelihood of this risk is moderate, but its impact on a brand like {org} would be high.",
        "The third risk is technical: poor data quality leads to irrelevant or incorrect messages.",
        "Automation amplifies errors, because one faulty rule can reach thousands of customers in minutes {cite}.",
        "Mitigation includes regular data audits, testing every campaign and keeping a human in the loop.",
        "Transparency is central to trust, so the privacy notice should explain plainly how data is used {cite}.",
        "Senior management should agree a policy on lines that will not be crossed, such as using sensitive data.",
        "Competitors such as {comp1} may gain customers if {org}'s experience becomes frustrating or unreliable.",
        "On balance, the legal risk is the most serious and should be addressed before any further investment.",
    ],
}

QUOTES = [
    (
        "Personalisation is not about technology; it is about using data to be more relevant to customers at "
        "the moments that matter to them, and doing so in a way they recognise as fair",
        0,
    ),
    (
        "The organisations that succeed will be those that treat customer data as something held in trust, "
        "rather than as a resource to be exploited for short-term gain",
        9,
    ),
    (
        "Relevance has become the price of entry: customers no longer reward brands for personalising, but they "
        "increasingly punish brands that fail to do so or that do it badly",
        7,
    ),
    (
        "A customer journey is rarely linear, and every touchpoint is an opportunity either to strengthen or to "
        "weaken the relationship between the customer and the brand",
        11,
    ),
]

FOOTNOTES = [
    "The figures are taken from the organisation's annual report and from internal sales data.",
    "See also {src} for a fuller discussion of this point.",
    "This reflects my own experience as a customer over the last two years.",
    "Figures are rounded to the nearest whole number.",
    "The term 'maturity' is used here in the sense of {src}.",
    "This example was reported widely in the trade press at the time.",
    "Data provided by the marketing department, used with permission.",
]

SUBHEADINGS = {
    "1a": ["Organisation information", "Customer base", "Personalisation maturity"],
    "1b": [
        "Levels of personalisation",
        "Artificial intelligence and automation",
        "Privacy and the future of data",
        "Strategic implications",
    ],
    "1c": [
        "The chosen segment",
        "Examples of good practice",
        "Examples of poor practice",
        "Measuring success",
        "Data requirements",
    ],
    "2a": [
        "Objectives and the RACE framework",
        "Reach and act",
        "Convert and engage",
        "The role of online communities",
    ],
    "2b": ["Dynamic content", "Content types across the journey", "Effective re-marketing"],
    "3a": ["Resources and skills", "Paid, owned and earned channels", "Mobile and advanced tracking", "Governance"],
    "3b": ["Legal compliance", "Customer trust and intrusiveness", "Data quality and automation"],
}

TITLES = {  # (as a candidate titles the part in academic style)
    "1a": "Organisation Overview",
    "1b": "Current and Future Developments in Personalisation",
    "1c": "Personalising Digital Channels for One Target Segment",
    "2a": "Action Plan to Maximise Conversion Rates",
    "2b": "Personalised Content and Re-marketing",
    "3a": "Managing and Implementing Personalisation",
    "3b": "Three Risks of Implementing Personalisation",
}
TASK_NAMES = {
    "1": "Developments in Personalisation",
    "2": "Maximising Conversion",
    "3": "Managing Personalisation and its Risks",
}
TYPES = [
    "family-owned retailer",
    "national retail chain",
    "independent travel company",
    "regional building society",
    "chain of fitness clubs",
    "specialist online retailer",
]
PRODUCTS = [
    "outdoor clothing and footwear",
    "home furnishings and kitchenware",
    "package holidays and city breaks",
    "savings accounts and mortgages",
    "gym memberships and personal training",
    "garden and DIY products",
]


class Writer:
    """Fills sentence templates for one report."""

    def __init__(self, index: int) -> None:
        self.rng = random.Random(4000 + index)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(4000 + index)
        r = self.rng
        self.org = self.fake.company()
        self.comp1, self.comp2 = self.fake.company(), self.fake.company()
        self.city = self.fake.city()
        k = r.randrange(len(TYPES))
        self.type, self.products = TYPES[k], PRODUCTS[k]
        self.seg = r.choice(SEGMENTS)
        self.chan1, self.chan2 = r.sample(CHANNELS, 2)
        self.sector = r.choice(SECTORS)
        self.candidate = str(r.randrange(10_000_000, 99_999_999))
        self.cited: set[int] = set()
        self.used: dict[str, list[int]] = {}

    def source(self) -> tuple[int, str, int]:
        k = self.rng.randrange(len(SOURCES))
        self.cited.add(k)
        return k, SOURCES[k][0], SOURCES[k][1]

    def cite(self) -> str:
        _, name, year = self.source()
        if self.rng.random() < 0.15:
            return f"({name}, {year}, p. {self.rng.randint(12, 380)})"
        return f"({name}, {year})"

    def cite_n(self) -> str:
        _, name, year = self.source()
        return f"{name} ({year})"

    def sentence(self, part: str) -> str:
        pool = PART_SENTENCES[part]
        order = self.used.setdefault(part, [])
        if not order:
            order.extend(self.rng.sample(range(len(pool)), len(pool)))
        template = pool[order.pop()]
        r = self.rng
        values = {
            "org": self.org,
            "type": self.type,
            "city": self.city,
            "products": self.products,
            "comp1": self.comp1,
            "comp2": self.comp2,
            "seg": self.seg,
            "chan": r.choice([self.chan1, self.chan2]),
            "chan1": self.chan1,
            "chan2": self.chan2,
            "sector": self.sector,
            "good": r.choice(GOOD),
            "bad": r.choice(BAD),
            "staff": r.choice([180, 240, 420, 650, 1200, 2300]),
            "years": r.randint(12, 90),
            "n_stores": r.randint(8, 140),
            "money": r.randint(12, 480),
            "pct": r.randint(18, 74),
            "small": r.randint(2, 9),
            "big": r.randint(3, 12),
            "digit": r.randint(1, 9),
            "team": r.randint(3, 14),
        }
        if "{cite}" in template:
            values["cite"] = self.cite()
        if "{cite_n}" in template:
            values["cite_n"] = self.cite_n()
        text = template.format(**values)
        first = text.split()[0]
        if first in CONNECTABLE and r.random() < 0.3:
            return f"{r.choice(CONNECTORS)} {first.lower()}{text[len(first) :]}"
        return text[0].upper() + text[1:]

    def paragraph(self, part: str, budget: int) -> str:
        """A paragraph of three to six sentences, at most ``budget`` words (at least one sentence)."""
        sentences: list[str] = []
        words = 0
        for _ in range(self.rng.randint(3, 6)):
            s = self.sentence(part)
            if sentences and words + count(s) > budget:
                break
            sentences.append(s)
            words += count(s)
        return " ".join(sentences)

    def footnote(self) -> str:
        text = self.rng.choice(FOOTNOTES)
        if "{src}" in text:
            _, name, year = self.source()
            text = text.format(src=f"{name} ({year})")
        return text

    def quote(self) -> str:
        body, k = self.rng.choice(QUOTES)
        self.cited.add(k)
        name, year, _ = SOURCES[k]
        return f"\u201c{body}\u201d ({name}, {year}, p. {self.rng.randint(20, 300)})."


# --- layouts ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    name: str
    font: str
    size: float
    spacing: float  # line spacing multiple
    margin_cm: float
    first_indent: bool
    justify: bool
    task_heading: Callable[[str], str]
    part_heading: Callable[[str], str]
    heading_mode: str  # "styles": Word Heading 1/2/3; "manual": bold Normal paragraphs
    task_align: str  # "center" or "left"
    part_align: str
    subheadings: bool
    sub_number: bool  # "1.2.1" typed before sub-headings
    cover: bool
    contents: bool
    footnotes: bool
    quotes: bool
    tables: bool
    appendix: bool
    header_candidate: bool
    footer: str  # "", "page", "page of"
    bullets: str  # "", "auto", "typed"
    wordcount: str  # "", "cover", "task"
    task_sections: bool = False
    part_size_delta: float = 0.0
    task_caps: bool = False
    space_after: float = 0.0
    one_a_guidance: bool = False


def _decimal_task(task: str) -> str:
    return f"{task}. Task {task}: {TASK_NAMES[task]}"


def _decimal_part(part: str) -> str:
    return f"{part[0]}.{'abc'.index(part[1]) + 1} {TITLES[part]}"


LAYOUTS = [
    Layout(  # APA-like: task centred bold, parts left bold with typed decimals, sub-sections 1.2.1 bold italic
        name="tnr-double-apa-decimal",
        font="Times New Roman",
        size=12,
        spacing=2.0,
        margin_cm=2.54,
        first_indent=True,
        justify=False,
        task_heading=_decimal_task,
        part_heading=_decimal_part,
        heading_mode="manual",
        task_align="center",
        part_align="left",
        subheadings=True,
        sub_number=True,
        cover=True,
        contents=True,
        footnotes=False,
        quotes=True,
        tables=False,
        appendix=False,
        header_candidate=False,
        footer="page",
        bullets="",
        wordcount="",
    ),
    Layout(  # Georgia 11 at 1.5, Word heading styles, "Task 1(b): Title", footnotes, header with candidate no.
        name="georgia-onehalf-task-labels-footnotes",
        font="Georgia",
        size=11,
        spacing=1.5,
        margin_cm=2.5,
        first_indent=False,
        justify=False,
        task_heading=lambda t: f"Task {t}: {TASK_NAMES[t]}",
        part_heading=lambda p: f"Task {p[0]}({p[1]}): {TITLES[p]}",
        heading_mode="styles",
        task_align="left",
        part_align="left",
        subheadings=False,
        sub_number=False,
        cover=True,
        contents=False,
        footnotes=True,
        quotes=False,
        tables=True,
        appendix=False,
        header_candidate=True,
        footer="page",
        bullets="auto",
        wordcount="task",
        space_after=8,
    ),
    Layout(  # Heading 1/2/3 restyled to TNR, decimals typed in the heading text, 1.2.1 sub-sections, appendix
        name="tnr-onehalf-heading-styles-subsections",
        font="Times New Roman",
        size=12,
        spacing=1.5,
        margin_cm=2.54,
        first_indent=True,
        justify=True,
        task_heading=lambda t: f"{t}. {TASK_NAMES[t]}",
        part_heading=_decimal_part,
        heading_mode="styles",
        task_align="left",
        part_align="left",
        subheadings=True,
        sub_number=True,
        cover=True,
        contents=True,
        footnotes=False,
        quotes=True,
        tables=True,
        appendix=True,
        header_candidate=False,
        footer="page",
        bullets="auto",
        wordcount="",
    ),
    Layout(  # Georgia 12 double, "TASK TWO" centred caps, parts "(b) Title" bold left, footnotes, block quotes
        name="georgia-double-lettered-parts",
        font="Georgia",
        size=12,
        spacing=2.0,
        margin_cm=2.54,
        first_indent=True,
        justify=False,
        task_heading=lambda t: f"Task {['One', 'Two', 'Three'][int(t) - 1]}",
        part_heading=lambda p: f"({p[1]}) {PART_TITLES_PLAIN[p]}",
        heading_mode="manual",
        task_align="center",
        part_align="left",
        subheadings=False,
        sub_number=False,
        cover=True,
        contents=False,
        footnotes=True,
        quotes=True,
        tables=False,
        appendix=True,
        header_candidate=True,
        footer="page",
        bullets="",
        wordcount="task",
        task_caps=True,
    ),
    Layout(  # compact: TNR 10.5 single, narrow margins, "Part 1b – Title" bold, typed numbered lists, tables
        name="tnr-compact-single-part-labels",
        font="Times New Roman",
        size=10.5,
        spacing=1.0,
        margin_cm=1.9,
        first_indent=True,
        justify=True,
        task_heading=lambda t: f"Task {t}",
        part_heading=lambda p: f"Part {p} \u2013 {PART_TITLES_PLAIN[p]}",
        heading_mode="manual",
        task_align="center",
        part_align="left",
        subheadings=True,
        sub_number=False,
        cover=False,
        contents=False,
        footnotes=True,
        quotes=False,
        tables=True,
        appendix=True,
        header_candidate=True,
        footer="page of",
        bullets="typed",
        wordcount="",
        task_sections=False,
        part_size_delta=0.5,
        space_after=4,
    ),
    Layout(  # large print: TNR 14 at 1.5, wide margins, cover declaring the word count, "Task 3 (a) – Title"
        name="tnr14-cover-wordcount-declared",
        font="Times New Roman",
        size=14,
        spacing=1.5,
        margin_cm=3.0,
        first_indent=True,
        justify=True,
        task_heading=lambda t: f"TASK {t}",
        part_heading=lambda p: f"Task {p[0]} ({p[1]}) \u2013 {TITLES[p]}",
        heading_mode="manual",
        task_align="center",
        part_align="left",
        subheadings=False,
        sub_number=False,
        cover=True,
        contents=True,
        footnotes=False,
        quotes=True,
        tables=True,
        appendix=False,
        header_candidate=True,
        footer="page",
        bullets="auto",
        wordcount="cover",
        part_size_delta=0.0,
        one_a_guidance=True,
    ),
    Layout(  # Georgia 10.5 at 1.15, each task its own section, "Page X of Y", "1(c) Title", sub-headings italic
        name="georgia-sections-per-task",
        font="Georgia",
        size=10.5,
        spacing=1.15,
        margin_cm=2.2,
        first_indent=False,
        justify=False,
        task_heading=lambda t: f"Task {t} \u2013 {TASK_NAMES[t]}",
        part_heading=lambda p: f"{p[0]}({p[1]}) {TITLES[p]}",
        heading_mode="manual",
        task_align="left",
        part_align="left",
        subheadings=True,
        sub_number=False,
        cover=True,
        contents=True,
        footnotes=True,
        quotes=True,
        tables=True,
        appendix=True,
        header_candidate=True,
        footer="page of",
        bullets="auto",
        wordcount="",
        task_sections=True,
        part_size_delta=1.0,
        space_after=6,
    ),
]

PART_TITLES_PLAIN = {
    "1a": "Organisation overview",
    "1b": "Current and future developments in personalisation",
    "1c": "Personalising digital channels for one target segment",
    "2a": "Action plan to maximise conversion rates",
    "2b": "Personalised content and re-marketing",
    "3a": "Managing and implementing personalisation",
    "3b": "Three risks of implementing personalisation",
}


# --- DOCX helpers -------------------------------------------------------------------------------------------


def _fix_style_fonts(style, name: str) -> None:
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _field(paragraph, instruction: str, shown: str) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    run = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(sep)
    paragraph.add_run(shown)
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _chart_png(rng: random.Random) -> bytes:
    image = Image.new("RGB", (640, 360), "white")
    draw = ImageDraw.Draw(image)
    draw.line((50, 320, 620, 320), fill="black", width=2)
    draw.line((50, 20, 50, 320), fill="black", width=2)
    for k in range(6):
        height = rng.randint(60, 280)
        x = 80 + k * 90
        draw.rectangle((x, 320 - height, x + 50, 320), fill=(70, 90, 140), outline="black")
    return _png_bytes(image)


def _png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "{notes}</w:footnotes>"
)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _with_footnotes(data: bytes, notes: list[str], font: str) -> bytes:
    if not notes:
        return data
    body = "".join(
        f'<w:footnote w:id="{k}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/><w:vertAlign w:val="superscript"/>'
        f'<w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/><w:sz w:val="18"/></w:rPr>'
        f'<w:t xml:space="preserve"> {_escape(text)}</w:t></w:r></w:p></w:footnote>'
        for k, text in enumerate(notes, start=1)
    )
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                    b'officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdPool4Notes" Type="http://schemas.openxmlformats.org/officeDocument/'
                    b'2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
                )
            target.writestr(item, content)
        target.writestr("word/footnotes.xml", FOOTNOTES_XML.format(notes=body).encode())
    return out.getvalue()


# --- the builder --------------------------------------------------------------------------------------------


class Report:
    def __init__(self, index: int, layout: Layout) -> None:
        self.index = index
        self.layout = layout
        self.w = Writer(index)
        self.rng = self.w.rng
        self.doc = docx.Document()
        self.words = dict.fromkeys(PARTS, 0)
        self.headings: dict[str, str] = {}
        self.notes: list[str] = []
        self.part: str | None = None
        self.tables = 0
        self.figures = 0
        self._cover_wordcount = None
        self._styles()

    # styles and page set-up
    def _styles(self) -> None:
        lay = self.layout
        normal = self.doc.styles["Normal"]
        normal.font.name = lay.font
        _fix_style_fonts(normal, lay.font)
        normal.font.size = Pt(lay.size)
        fmt = normal.paragraph_format
        fmt.line_spacing = lay.spacing
        fmt.space_after = Pt(lay.space_after)
        fmt.space_before = Pt(0)
        for level, (size, italic) in enumerate(
            [(lay.size + 2, False), (lay.size + lay.part_size_delta, False), (lay.size, True)], start=1
        ):
            style = self.doc.styles[f"Heading {level}"]
            _fix_style_fonts(style, lay.font)
            style.font.size = Pt(size)
            style.font.bold = True
            style.font.italic = italic
            style.font.color.rgb = RGBColor(0, 0, 0)
            style.paragraph_format.space_before = Pt(12)
            style.paragraph_format.space_after = Pt(6)
            style.paragraph_format.line_spacing = lay.spacing
        for section in self.doc.sections:
            self._page(section)

    def _page(self, section) -> None:
        lay = self.layout
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(lay.margin_cm))

    def _header_footer(self, section, first_page_different: bool) -> None:
        lay = self.layout
        section.different_first_page_header_footer = first_page_different
        if lay.header_candidate:
            header = section.header.paragraphs[0]
            header.text = f"Candidate number: {self.w.candidate}"
            header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for run in header.runs:
                run.font.size = Pt(9)
        if lay.footer:
            footer = section.footer.paragraphs[0]
            footer.alignment = WD_ALIGN_PARAGRAPH.CENTER if lay.footer == "page" else WD_ALIGN_PARAGRAPH.RIGHT
            if lay.footer == "page of":
                footer.add_run("Page ")
                _field(footer, "PAGE", "1")
                footer.add_run(" of ")
                _field(footer, "NUMPAGES", "1")
            else:
                _field(footer, "PAGE", "1")

    # paragraphs
    def _align(self, paragraph, how: str) -> None:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if how == "center" else WD_ALIGN_PARAGRAPH.LEFT

    def heading(self, text: str, level: int) -> None:
        """level 1 task, 2 part, 3 sub-heading."""
        lay = self.layout
        how = lay.task_align if level == 1 else "left" if level == 3 else lay.part_align
        if lay.heading_mode == "styles":
            paragraph = self.doc.add_paragraph(text, style=f"Heading {level}")
        else:
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.keep_with_next = True
            run = paragraph.add_run(text.upper() if level == 1 and lay.task_caps else text)
            if level == 1:
                run.bold = True
                run.font.size = Pt(lay.size + 2)
            elif level == 2:
                run.bold = True
                run.font.size = Pt(lay.size + lay.part_size_delta)
                if lay.name.startswith("tnr-compact"):
                    run.underline = True
            else:
                run.italic = True
                run.bold = lay.sub_number
                run.font.size = Pt(max(lay.size - 0.5, 10) if not lay.sub_number else lay.size)
        self._align(paragraph, how)

    def body(self, text: str, *, note: bool = False) -> None:
        lay = self.layout
        paragraph = self.doc.add_paragraph()
        if note and "." in text[:-1]:
            cut = text.index(". ") + 1 if ". " in text else len(text)
            paragraph.add_run(text[:cut])
            self._note_ref(paragraph)
            paragraph.add_run(text[cut:])
        else:
            paragraph.add_run(text)
        if lay.first_indent:
            paragraph.paragraph_format.first_line_indent = Cm(1.27)
        if lay.justify:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        self._count(text)

    def _note_ref(self, paragraph) -> None:
        self.notes.append(self.w.footnote())
        run = paragraph.add_run()
        run.font.superscript = True
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(len(self.notes)))
        run._r.append(ref)

    def _count(self, text: str) -> None:
        assert self.part is not None
        self.words[self.part] += count(text)

    def quote(self) -> None:
        text = self.w.quote()
        paragraph = self.doc.add_paragraph(text)
        fmt = paragraph.paragraph_format
        fmt.left_indent = Cm(1.27)
        fmt.right_indent = Cm(1.27)
        fmt.line_spacing = 1.0
        fmt.space_after = Pt(12)
        fmt.space_before = Pt(6)
        for run in paragraph.runs:
            run.font.size = Pt(max(self.layout.size - 1, 10))
        self._count(text)

    def items(self, budget: int) -> None:
        lay = self.layout
        n = self.rng.randint(3, 5)
        used = 0
        for k in range(n):
            text = self.w.sentence(self.part or "1b")
            if used + count(text) > budget and k:
                break
            used += count(text)
            if lay.bullets == "typed":
                text = f"{k + 1}. {text}"
                paragraph = self.doc.add_paragraph(text)
                paragraph.paragraph_format.left_indent = Cm(0.9)
                paragraph.paragraph_format.first_line_indent = Cm(-0.6)
            else:
                paragraph = self.doc.add_paragraph(text, style="List Bullet")
            self._count(text)

    def table(self) -> None:
        self.tables += 1
        r = self.rng
        part = self.part or "2a"
        title, header, rows = _table_content(part, self.w, r)
        caption = self.doc.add_paragraph()
        run = caption.add_run(f"Table {self.tables}: {title}")
        run.bold = True
        run.font.size = Pt(max(self.layout.size - 1, 10))
        caption.paragraph_format.keep_with_next = True
        table = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for c, text in enumerate(header):
            cell = table.cell(0, c)
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.bold = True
        for i, row in enumerate(rows, start=1):
            for c, text in enumerate(row):
                table.cell(i, c).text = text
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.line_spacing = 1.0
                    paragraph.paragraph_format.space_after = Pt(0)
                    for run in paragraph.runs:
                        run.font.size = Pt(min(self.layout.size, 11) - 1)
        self.doc.add_paragraph()  # the empty line candidates leave after a table

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _table_content(part: str, w: Writer, r: random.Random) -> tuple[str, list[str], list[list[str]]]:
    if part in ("2a", "2b"):
        header = ["Stage", "Action", "KPI", "Target", "Month"]
        rows = [
            ["Reach", f"Targeted adverts on {w.chan1}", "New visitors", f"+{r.randint(10, 30)}%", "3"],
            ["Act", "Adaptive landing pages", "Bounce rate", f"-{r.randint(5, 15)}%", "4"],
            ["Convert", "Saved delivery preferences", "Conversion rate", f"{r.randint(2, 5)}.{r.randint(0, 9)}%", "6"],
            ["Engage", f"Personalised follow-up on {w.chan2}", "Repeat purchase", f"+{r.randint(5, 20)}%", "9"],
        ]
        return "Action plan by stage of the RACE framework", header, rows
    if part == "1a":
        header = ["Measure", "2017", "2018", "2019"]
        rows = [
            ["Turnover (£m)", *(str(r.randint(40, 300)) for _ in range(3))],
            ["Online share of sales (%)", *(str(r.randint(10, 45)) for _ in range(3))],
            ["Registered customers (000s)", *(str(r.randint(50, 900)) for _ in range(3))],
        ]
        return f"Key figures for {w.org}", header, rows
    if part in ("3a", "3b"):
        header = ["Risk", "Likelihood", "Impact", "Mitigation"]
        rows = [
            ["Breach of GDPR or PECR", "Medium", "High", "Consent audit and DPO review"],
            ["Customers feel watched", "Medium", "Medium", "Clear limits on data used"],
            ["Errors in automated rules", "High", "Medium", "Testing and human sign-off"],
        ]
        return "Risk assessment", header, rows
    header = ["Organisation", "Channel", "Practice", "Rating (1-5)"]
    rows = [[g, r.choice(CHANNELS), "Relevant recommendations", str(r.randint(4, 5))] for g in r.sample(GOOD, 2)]
    rows += [
        [b.capitalize(), r.choice(CHANNELS), "Irrelevant repeat offers", str(r.randint(1, 2))] for b in r.sample(BAD, 2)
    ]
    return "Examples of good and poor personalisation", header, rows


# --- one report ---------------------------------------------------------------------------------------------


def _targets(rng: random.Random, layout: Layout) -> dict[str, int]:
    roomy = layout.spacing >= 2.0 or layout.size >= 14  # fewer words fit on one side of A4
    targets = {"1a": rng.randint(140, 220) if roomy else rng.randint(170, 300)}
    for group, (first, second) in LIMIT_GROUPS.items():
        regime = rng.choice(["near", "near", "near", "over", "under"])
        factor = {"near": rng.uniform(0.88, 1.0), "over": rng.uniform(1.02, 1.12), "under": rng.uniform(0.55, 0.8)}
        total = int(LIMITS[group] * factor[regime])
        share = rng.uniform(0.42, 0.58)
        targets[first] = int(total * share)
        targets[second] = total - targets[first]
    return targets


def _write_part(report: Report, part: str, target: int) -> None:
    lay = report.layout
    rng = report.rng
    w = report.w
    subs = SUBHEADINGS[part][:]
    use_subs = lay.subheadings and part != "1a" and target > 350
    n_sections = min(len(subs), max(2, target // 230)) if use_subs else 1
    if part == "1a" and lay.one_a_guidance:
        use_subs, n_sections = True, 3
    per_section = target // n_sections
    notes_left = rng.randint(1, 2) if lay.footnotes else 0
    quote_done = not (lay.quotes and part in ("1b", "1c", "3a", "3b") and rng.random() < 0.6)
    table_done = not (lay.tables and part in ("1c", "2a", "3b") and rng.random() < 0.7)
    list_done = not (lay.bullets and part in ("1b", "2a", "2b", "3a") and rng.random() < 0.7)
    for k in range(n_sections):
        if use_subs:
            number = f"{part[0]}.{'abc'.index(part[1]) + 1}.{k + 1} " if lay.sub_number else ""
            report.heading(number + subs[k], 3)
        goal = report.words[part] + per_section if k < n_sections - 1 else target
        while goal - report.words[part] >= 12:
            left = goal - report.words[part]
            choice = rng.random()
            if not quote_done and choice < 0.2 and left > 60:
                report.quote()
                quote_done = True
            elif not list_done and choice < 0.4 and left > 70:
                report.items(min(left, 110))
                list_done = True
            else:
                budget = min(left, rng.randint(70, 150))
                text = w.paragraph(part, budget)
                if report.words[part] + count(text) > goal and report.words[part] > 0:
                    text = _trim(text, left)
                    if not text:
                        break
                note = notes_left > 0 and rng.random() < 0.35
                notes_left -= note
                report.body(text, note=note)
            if not table_done and rng.random() < 0.4:
                report.table()
                table_done = True
    if part == "1a" and lay.tables and lay.size <= 11:
        report.table()


def _trim(text: str, words: int) -> str:
    """Whole sentences of ``text`` up to ``words`` words."""
    kept: list[str] = []
    total = 0
    for sentence in text.split(". "):
        piece = sentence if sentence.endswith(".") else sentence + "."
        if total + count(piece) > words:
            break
        kept.append(piece)
        total += count(piece)
    return " ".join(kept)


def build(index: int) -> tuple[bytes, Truth]:
    layout = LAYOUTS[index % len(LAYOUTS)]
    report = Report(index, layout)
    doc, w, rng = report.doc, report.w, report.rng
    targets = _targets(rng, layout)
    for part in PARTS:
        if targets[part] < 40:
            targets[part] = 40
    headings = {part: layout.part_heading(part) for part in PARTS}

    # cover and contents (not counted)
    first_section = doc.sections[0]
    if layout.cover:
        for _ in range(4):
            doc.add_paragraph()
        for text, size, bold in [
            ("The Chartered Institute of Marketing", layout.size + 2, False),
            ("Level 6 Diploma in Professional Digital Marketing", layout.size + 2, False),
            ("Mastering Digital Channels (2206)", layout.size + 6, True),
            (f"A Report on Personalisation for {w.org}", layout.size + 2, True),
            ("", layout.size, False),
            (f"Candidate number: {w.candidate}", layout.size, False),
            ("Submission: July 2019", layout.size, False),
        ]:
            paragraph = doc.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(text)
            run.font.size = Pt(size)
            run.bold = bold
        report._cover_wordcount = doc.add_paragraph() if layout.wordcount == "cover" else None
        report.page_break()
    if layout.contents:
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run("Contents")
        run.bold = True
        run.font.size = Pt(layout.size + 2)
        page = 3 if layout.cover else 2
        entries: list[tuple[str, int]] = []
        for task in "123":
            entries.append((layout.task_heading(task), 0))
            for part in PARTS:
                if part[0] == task:
                    entries.append((headings[part], 1))
        entries += [("References", 0)] + ([("Appendix", 0)] if layout.appendix else [])
        for k, (text, level) in enumerate(entries):
            paragraph = doc.add_paragraph()
            paragraph.paragraph_format.tab_stops.add_tab_stop(
                Cm(21.0 - 2 * layout.margin_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
            )
            paragraph.paragraph_format.left_indent = Cm(0.8 * level)
            paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.ONE_POINT_FIVE
            paragraph.add_run(f"{text}\t{page + (k * 3) // 4}")
        report.page_break()
    report._header_footer(first_section, layout.cover)

    # the tasks
    for task in "123":
        if layout.task_sections and task != "1":
            section = doc.add_section(WD_SECTION.NEW_PAGE)
            report._page(section)
            section.different_first_page_header_footer = False
        elif task != "1" and layout.spacing >= 2.0:
            report.page_break()
        report.part = None
        report.heading(layout.task_heading(task), 1)
        for part in PARTS:
            if part[0] != task:
                continue
            report.part = part
            report.heading(headings[part], 2)
            _write_part(report, part, targets[part])
        if layout.wordcount == "task" and task != "1":
            group = f"task{task}-ab"
            total = sum(report.words[p] for p in LIMIT_GROUPS[group])
            paragraph = doc.add_paragraph()
            run = paragraph.add_run(f"Word count: {total:,}")
            run.italic = True
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif layout.wordcount == "task":
            total = report.words["1b"] + report.words["1c"]
            paragraph = doc.add_paragraph()
            run = paragraph.add_run(f"Word count (1b and 1c): {total:,}")
            run.italic = True
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    report.part = None

    # references (not counted)
    report.page_break()
    ref_heading = "References" if rng.random() < 0.7 else "Reference List"
    if layout.heading_mode == "styles":
        doc.add_paragraph(ref_heading, style="Heading 1")
    else:
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if layout.task_align == "center" else WD_ALIGN_PARAGRAPH.LEFT
        paragraph.add_run(ref_heading).bold = True
    for k in sorted(w.cited, key=lambda k: SOURCES[k][2]):
        paragraph = doc.add_paragraph(SOURCES[k][2])
        paragraph.paragraph_format.left_indent = Cm(1.27)
        paragraph.paragraph_format.first_line_indent = Cm(-1.27)

    # appendix (not counted): a table and a figure
    if layout.appendix:
        if layout.task_sections or rng.random() < 0.5:
            section = doc.add_section(WD_SECTION.NEW_PAGE)
            report._page(section)
            section.different_first_page_header_footer = False
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        else:
            report.page_break()
        title = "Appendix 1: Supporting Data"
        if layout.heading_mode == "styles":
            doc.add_paragraph(title, style="Heading 1")
        else:
            paragraph = doc.add_paragraph()
            paragraph.add_run(title).bold = True
        report.part = "1a"
        saved = report.words["1a"]
        report.table()
        report.words["1a"] = saved
        report.part = None
        caption = doc.add_paragraph()
        caption.add_run("Figure 1: Online conversion rate by month, per cent").bold = True
        doc.add_picture(io.BytesIO(_chart_png(rng)), width=Cm(12))
        source = doc.add_paragraph()
        source.add_run(f"Source: {w.org} internal data (2019)").italic = True

    if layout.wordcount == "cover":
        total = sum(report.words[p] for p in PARTS if p != "1a")
        report._cover_wordcount.alignment = WD_ALIGN_PARAGRAPH.CENTER
        report._cover_wordcount.add_run(f"Word count: {total:,} (excluding the organisation overview)")

    out = io.BytesIO()
    doc.core_properties.author = f"Candidate {w.candidate}"
    doc.save(out)
    data = _with_footnotes(out.getvalue(), report.notes, layout.font)
    part_words = dict(report.words)
    group_words = {group: sum(part_words[p] for p in parts) for group, parts in LIMIT_GROUPS.items()}
    truth = Truth(
        name="",
        seed=index,
        layout=layout.name,
        split="",
        part_words=part_words,
        group_words=group_words,
        headings=headings,
    )
    return data, truth
