"""Layout pool 23 (development data since stop 65): CIM 2206 reports numbered the way candidates number exam answers.

Parts are labelled "Q1a", "Q1(b)", "Question 1 part (c)", "Task 1 (ii)", "1(iii)" (roman numerals for the
parts) or "1.2" (decimal), with or without the part's title; some put the label alone on a line and the title on
the next; some put label and title in the two cells of a borderless table. Inside a part, candidates number
their own sub-points ("(i)", "a)", or Word's automatic list) and these are not parts. Truth is counted while each
paragraph is written, under the rubric's word-count policy.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Exam-style numbering: parts labelled Q1a, Q1(b), Question 1 part (c), Task 1 (ii), 1(iii) or 1.2, "
    "labels alone above their title or in a borderless label|title table, typed and automatic sub-points "
    "(i), a) inside parts that are not parts; headers, page-number footers, covers, word-count lines"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
LIMITS = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
ROMAN = {"a": "i", "b": "ii", "c": "iii"}
MODULE = "CIM 2206 Mastering Digital Channels"

# --- sources and text ------------------------------------------------------------------------------------------
SOURCES = (
    (
        "Chaffey and Ellis-Chadwick",
        "2019",
        "Digital marketing: strategy, implementation and practice. 7th edn. Harlow: Pearson.",
    ),
    ("Chaffey and Smith", "2017", "Digital marketing excellence. 5th edn. Abingdon: Routledge."),
    ("Kotler, Kartajaya and Setiawan", "2017", "Marketing 4.0: moving from traditional to digital. Hoboken: Wiley."),
    ("Ryan", "2016", "Understanding digital marketing. 4th edn. London: Kogan Page."),
    (
        "Google",
        "2018",
        "Micro-moments: your guide to winning the shift to mobile. Available at:"
        " thinkwithgoogle.com (Accessed: 12 June 2019).",
    ),
    ("Econsultancy", "2019", "The state of personalisation 2019. London: Econsultancy."),
    ("McKinsey", "2019", "The future of personalization. New York: McKinsey & Company."),
    ("ICO", "2018", "Guide to the General Data Protection Regulation. Wilmslow: Information Commissioner's Office."),
    ("Gartner", "2019", "Predicts 2019: personalization engines. Stamford: Gartner."),
    ("Hanlon", "2019", "Digital marketing: strategic planning and integration. London: Sage."),
    ("Smith", "2011", "The SOSTAC guide to your perfect digital marketing plan. London: PR Smith."),
    ("Accenture", "2018", "Making it personal: pulse check 2018. Dublin: Accenture."),
    (
        "Lemon and Verhoef",
        "2016",
        "Understanding customer experience throughout the customer journey, Journal of Marketing, 80(6), pp. 69-96.",
    ),
    ("Deloitte", "2019", "The Deloitte consumer review: made-to-order. London: Deloitte."),
)

SECTORS = (
    (
        "Outdoor",
        "outdoor clothing and equipment retailer",
        "jackets, footwear, tents and climbing gear",
        ("weekend hikers", "family campers", "trail runners"),
    ),
    (
        "Travel",
        "independent tour operator",
        "city breaks, cruises and tailor-made holidays",
        ("empty-nest couples", "young solo travellers", "families with school-age children"),
    ),
    (
        "Home",
        "homeware and furniture retailer",
        "sofas, lighting, kitchenware and soft furnishings",
        ("first-time buyers", "renters aged 25-34", "home improvers"),
    ),
    (
        "Cycles",
        "bicycle manufacturer and retailer",
        "road bikes, e-bikes, servicing and accessories",
        ("commuter cyclists", "e-bike buyers over 55", "club riders"),
    ),
    (
        "Foods",
        "online grocery and meal-kit business",
        "meal kits, organic boxes and a weekly subscription",
        ("busy professionals", "health-conscious parents", "students sharing houses"),
    ),
    (
        "Fitness",
        "gym and fitness club chain",
        "memberships, classes, personal training and an app",
        ("lapsed members", "new year joiners", "students"),
    ),
    (
        "Books",
        "specialist bookseller",
        "new and second-hand books, events and a reading subscription",
        ("gift buyers", "young adult readers", "book club organisers"),
    ),
    (
        "Pets",
        "pet supplies retailer",
        "food, accessories, grooming and veterinary insurance",
        ("new puppy owners", "multi-pet households", "older cat owners"),
    ),
)
RIVALS = (
    "Amazon",
    "John Lewis",
    "Argos",
    "Decathlon",
    "Ocado",
    "TUI",
    "Halfords",
    "Waterstones",
    "Pets at Home",
    "PureGym",
    "Wiggle",
    "Dunelm",
    "Next",
    "Tesco",
)

BANK: dict[str, tuple[str, ...]] = {
    "1a": (
        "{org} is {a_sector} founded in {founded} and based in {city}, with {stores} stores and an online shop.",
        "It employs around {staff} people and reported turnover of £{turnover} million in the last financial year.",
        "The range covers {products}, sold through the website, the app and the stores.",
        "Its main competitors are {rival}, {rival2} and a number of smaller online specialists.",
        "The customer base is mainly aged {age1} to {age2}, with {pct}% of sales now made online.",
        "About {pct2}% of customers are in the loyalty scheme, which records purchases in store and online.",
        "Personalisation is at an early stage: emails are segmented by gender and region only.",
        "The website shows the same home page to every visitor, and product recommendations are not used.",
        "Against the maturity model of {ncite}, {org} sits at the second of five stages.",
        "Data is held in separate systems for the stores, the website and email, so no single customer view exists.",
        "Senior management has set a target of growing online revenue by {pct3}% within two years.",
        "Repeat customers account for roughly {pct2}% of revenue, and most of them live within an hour of a store.",
        "The marketing team of {team} people manages email, social media and paid search in-house.",
        "Customer reviews are collected on the website but are not used in marketing messages.",
        "A mobile app was launched in {applaunch} and has been downloaded around {downloads} times.",
        "The brand is known for service and expertise rather than for the lowest prices.",
        "Marketing spend is split roughly {pct}% offline and the rest on digital channels.",
    ),
    "1b": (
        "Personalisation is the use of data to tailor content, offers and experiences to an individual {cite}.",
        "Artificial intelligence now allows offers to be adjusted within milliseconds of a click {cite}.",
        "Machine learning models predict which product a visitor is most likely to buy next {cite}.",
        "Voice search and smart speakers are changing how customers look for {products} {cite}.",
        "As {ncite} argue, customers expect brands to remember their preferences across every channel.",
        "Research shows that {pct}% of consumers are more likely to buy from brands that recognise them {cite}.",
        "At the same time, tighter data protection rules limit the use of third-party cookies {cite}.",
        "The move to first-party data means loyalty schemes become more valuable than bought-in lists.",
        "Real-time personalisation of the home page is now available to mid-sized retailers at low cost {cite}.",
        "Chatbots are expected to handle most routine service questions within five years {cite}.",
        "Predictive analytics can flag customers who are likely to lapse before they do so {cite}.",
        "For {org}, the most useful development is the joining up of store and online data.",
        "Augmented reality lets customers see products in their own homes before buying {cite}.",
        "{ncite} warns that personalisation which feels intrusive reduces trust rather than building it.",
        "Competitors such as {rival} already use recommendation engines on every product page.",
    ),
    "1c": (
        "The chosen segment is {segment}, who make up {pct}% of the customer base and {pct2}% of online revenue.",
        "They visit the site {visits} times a month on average, mostly from a smartphone in the evening.",
        "Their main motivation is saving time, and they respond well to reminders and timely offers {cite}.",
        "Using the persona approach of {ncite}, the typical customer is aged {age1} and shops on mobile.",
        "Email is the strongest owned channel for this segment, with an open rate of {pct3}%.",
        "Paid social media reaches them during micro-moments of inspiration {cite}.",
        "Personalised product recommendations on the website would reflect their previous purchases.",
        "The app could use location to show stock in the nearest store when a customer is close by.",
        "Content should be short, visual and relevant to the season and the customer's past behaviour {cite}.",
        "At present {org} sends the same newsletter to {segment} as to every other customer.",
        "Analysis of the loyalty data shows that this segment buys {products} most often.",
        "Triggered emails after browsing sessions would move them from consideration to purchase {cite}.",
        "The segment values honesty about how data is used, so a clear preference centre is needed {cite}.",
    ),
    "2a": (
        "The plan covers two channels, email and the mobile website, chosen because they drive {pct}% of sales.",
        "The overall goal is to raise the conversion rate of {segment} from {conv1}% to {conv2}% within a year.",
        "The RACE framework of {ncite} is used to organise actions across reach, act, convert and engage.",
        "Each action has a metric, an owner and a date, so senior management can track progress {cite}.",
        "Google's micro-moments research identifies I-want-to-buy moments as the point to simplify checkout {cite}.",
        "Existing purchase data in the loyalty scheme will be used to segment the email list by behaviour.",
        "Abandoned basket emails will be sent within one hour, with the products left behind shown first.",
        "On the mobile site, returning visitors will see a home page based on the categories they browse most.",
        "The checkout will be reduced from five steps to three, with saved details for logged-in customers.",
        "An online community of {segment} will let customers share reviews and tips, moving talk to conversation.",
        "A/B tests will compare personalised and standard versions before each change is rolled out {cite}.",
        "Success will be measured through conversion rate, average order value and repeat purchase rate.",
        "The budget for the first phase is £{budget}k, mainly for the personalisation platform and training.",
        "Phase two adds predictive product recommendations once enough data has been collected {cite}.",
    ),
    "2b": (
        "Content for {segment} can be personalised by product, by timing and by format {cite}.",
        "Dynamic email blocks change the products shown according to each customer's last purchase.",
        "For example, a customer who bought {products} would receive care tips and matching accessories.",
        "On the mobile site, banners will change to reflect the weather and location of the visitor {cite}.",
        "User-generated content from the community adds authenticity to personalised pages {cite}.",
        "Re-marketing shows ads to people who visited the site but did not buy {cite}.",
        "Dynamic re-marketing on social media displays the exact items a visitor viewed, with stock levels.",
        "Frequency caps will stop the same ad being seen more than three times a day, to avoid annoyance.",
        "As {ncite} notes, relevance matters more than volume when customers see thousands of messages a day.",
        "Search re-marketing lists allow higher bids when past visitors search again {cite}.",
        "Content should stay simple: one message and one call to action in each email {cite}.",
        "Video content personalised with the customer's name performed well for {rival} in a recent campaign.",
        "Re-marketing emails will offer help rather than discounts first, to protect margin.",
    ),
    "3a": (
        "Managing personalisation needs a small cross-functional team led by the head of digital {cite}.",
        "Internal skills in data analysis are limited, so an agency partner will support the first year.",
        "A customer data platform would join the store, web and email data into one profile {cite}.",
        "Paid channels need close work with the media agency, while owned channels can be run in-house.",
        "Earned channels such as the community and reviews need moderation rather than automation {cite}.",
        "A basic implementation uses rules, such as showing recently viewed items; an advanced one uses AI {cite}.",
        "The mobile app is the priority platform, since {pct}% of sessions now begin on a phone.",
        "Advanced tracking through server-side tagging will improve data quality as cookies decline {cite}.",
        "Staff training is needed so that the customer service team understands the new data {cite}.",
        "Scalability matters: the platform chosen should cope with a doubling of traffic at peak times.",
        "The wider audience, not only {segment}, expects relevant service and quick answers {cite}.",
        "A test-and-learn culture, with monthly reviews, will help {org} improve step by step {cite}.",
        "The total cost of the platform and agency support is estimated at £{budget}k a year.",
        "This approach is justified because {org} has data but lacks the means to use it.",
    ),
    "3b": (
        "The first risk is legal: personal data must be processed lawfully under the GDPR {cite}.",
        "Consent for marketing emails must be freely given, specific and recorded {cite}.",
        "Profiling that has significant effects requires a data protection impact assessment {cite}.",
        "A breach could lead to fines of up to 4% of global turnover and lasting damage to trust {cite}.",
        "The second risk is that personalisation feels creepy, which drives customers to {rival} {cite}.",
        "Showing products related to sensitive events, such as illness, is a line that should not be crossed.",
        "The third risk is automation failure, where wrong data produces irrelevant or offensive offers {cite}.",
        "The likelihood of this risk is medium, but its impact on the brand would be high.",
        "Mitigation includes human checks on new rules and a clear policy on which data may be used.",
        "Transparency builds trust: customers should see why they receive a recommendation {cite}.",
        "As {ncite} suggest, a preference centre gives customers control over how they are targeted.",
        "Future campaigns should be reviewed by the data protection officer before launch.",
        "The risk of poor data quality grows as more sources are joined together {cite}.",
    ),
}

FRAMES = (
    "For {org}, {topic} matters because {reason} {cite}.",
    "{Topic} deserves attention here, since {reason}.",
    "A practical step would be to {action}, which {benefit}.",
    "In practice, {org} could {action} {cite}.",
    "If {org} were to {action}, it is likely that {segment} {outcome}.",
    "{ncite} make a similar point about {topic}, noting that {reason}.",
    "The evidence on {topic} suggests that {reason} {cite}.",
)
IDEAS: dict[str, dict[str, tuple[str, ...]]] = {
    "1": {
        "topic": (
            "data maturity",
            "the single customer view",
            "first-party data",
            "mobile behaviour",
            "customer expectations",
            "real-time relevance",
            "the customer journey",
        ),
        "reason": (
            "customers now compare every brand with the best experience they have had",
            "most visits now start on a phone and end within a few minutes",
            "generic messages are increasingly ignored",
            "data is already collected but rarely used",
            "competitors are moving quickly in this area",
            "trust depends on how data is handled",
        ),
        "action": (
            "link loyalty data to the email platform",
            "test product recommendations on the home page",
            "build simple personas from purchase history",
            "map the main touchpoints of the segment",
            "ask customers for their preferences at sign-up",
            "review which data is held and where",
        ),
        "benefit": (
            "would make messages more relevant",
            "gives a clear starting point",
            "costs little and shows results quickly",
            "builds the case for further investment",
        ),
        "outcome": (
            "would visit more often",
            "would respond better to offers",
            "would feel better understood",
            "would stay loyal for longer",
        ),
    },
    "2": {
        "topic": (
            "conversion",
            "checkout friction",
            "the micro-moments of the journey",
            "email timing",
            "mobile usability",
            "the online community",
            "measurement",
        ),
        "reason": (
            "small improvements in conversion have a large effect on revenue",
            "most baskets are abandoned on mobile",
            "relevant reminders recover lost sales",
            "customers trust other customers more than advertising",
            "each action must be tracked to prove its value",
            "attention spans on mobile are short",
        ),
        "action": (
            "send basket reminders within the hour",
            "simplify the checkout to three steps",
            "show returning visitors the categories they browse most",
            "run monthly A/B tests",
            "invite active customers to the community",
            "cap re-marketing ads at three a day",
            "use dynamic content blocks in emails",
        ),
        "benefit": (
            "would raise the conversion rate",
            "keeps the plan measurable",
            "reduces drop-out at the final step",
            "turns browsing into conversation",
        ),
        "outcome": (
            "would complete more purchases",
            "would return sooner",
            "would open more emails",
            "would recommend the brand to friends",
        ),
    },
    "3": {
        "topic": (
            "governance",
            "skills",
            "consent",
            "data quality",
            "automation",
            "transparency",
            "scalability",
            "legal compliance",
        ),
        "reason": (
            "errors in personalisation are seen by many customers at once",
            "the regulator expects clear records of consent",
            "skills in analytics are in short supply",
            "customers leave brands that misuse their data",
            "systems must cope with peak trading",
            "poor data produces poor recommendations",
        ),
        "action": (
            "appoint a personalisation lead",
            "carry out a data protection impact assessment",
            "train staff in the use of customer data",
            "check new rules by hand before launch",
            "publish a clear privacy notice",
            "review supplier contracts for data processing",
        ),
        "benefit": (
            "reduces the risk of a breach",
            "protects the brand's reputation",
            "makes responsibilities clear",
            "allows the programme to grow safely",
        ),
        "outcome": (
            "would trust the brand with their data",
            "would accept personalised offers",
            "would be less likely to unsubscribe",
            "would not feel watched",
        ),
    },
}

SUBPOINTS: dict[str, tuple[tuple[str, str], ...]] = {
    "1a": (
        ("Type", "{org} is a private limited company trading as {a_sector}."),
        ("Size", "around {staff} staff, {stores} stores and £{turnover} million turnover."),
        ("Products", "{products}."),
        ("Competitors", "{rival}, {rival2} and online specialists."),
    ),
    "1b": (
        ("Artificial intelligence", "machine learning predicts the next best product for each visitor {cite}."),
        ("Voice and visual search", "customers increasingly search by speaking or by photo {cite}."),
        ("Privacy changes", "the decline of third-party cookies moves value to first-party data {cite}."),
        ("Real-time content", "pages and emails adapt at the moment they are opened {cite}."),
    ),
    "1c": (
        ("Website", "recommendations based on browsing and past purchases."),
        ("Email", "triggered messages after browsing and timely reminders {cite}."),
        ("App", "location-based offers and stock in the nearest store."),
        ("Social media", "lookalike audiences built from the segment's profile {cite}."),
    ),
    "2a": (
        ("Reach", "target lookalike audiences of {segment}; metric: new visitors per month."),
        ("Act", "personalised landing pages; metric: bounce rate below {pct}%."),
        ("Convert", "a three-step checkout and basket reminders; metric: conversion rate {conv2}%."),
        ("Engage", "community membership and loyalty points; metric: repeat purchase rate {cite}."),
    ),
    "2b": (
        ("Dynamic email", "product blocks chosen by the customer's last purchase and browsing."),
        ("Contextual banners", "content adapted to weather, location and time of day {cite}."),
        ("Social re-marketing", "carousels of the exact items viewed, capped at three views a day."),
        ("Search re-marketing", "higher bids for past visitors who search again {cite}."),
    ),
    "3a": (
        ("People", "a personalisation lead, a data analyst and agency support in year one."),
        ("Technology", "a customer data platform joining store, web and email data {cite}."),
        ("Process", "monthly test-and-learn reviews with clear owners for each channel."),
        ("Budget", "about £{budget}k a year, reviewed against conversion gains."),
    ),
    "3b": (
        ("Legal compliance", "processing without valid consent breaches the GDPR {cite}."),
        ("Customer trust", "messages that feel intrusive push customers to competitors {cite}."),
        ("Automation errors", "faulty rules send irrelevant or insensitive offers to many customers at once."),
        ("Data quality", "duplicate or outdated records lead to the wrong personalisation {cite}."),
    ),
}

SUBHEADINGS: dict[str, tuple[str, ...]] = {
    "1a": ("Organisation information", "Specific background"),
    "1b": ("Current developments", "Future developments"),
    "1c": ("Segment profile", "Using personalisation in the channels"),
    "2a": ("Goals and metrics", "Actions across the customer journey"),
    "2b": ("Personalised content", "Re-marketing techniques"),
    "3a": ("Resources and skills", "Basic versus advanced implementation"),
    "3b": ("Legal compliance", "Trust and automation"),
}


class Writer:
    """The candidate's words: sentences from the bank with the organisation's own figures and citations."""

    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        suffix, sector, products, segments = rng.choice(SECTORS)
        rivals = rng.sample(RIVALS, 2)
        self.sources = rng.sample(SOURCES, 9)
        self.cited: set[int] = set()
        self.ctx = {
            "org": f"{fake.last_name()} {suffix}",
            "sector": sector,
            "a_sector": ("an " if sector[0] in "aeiou" else "a ") + sector,
            "products": products,
            "segment": rng.choice(segments),
            "city": fake.city(),
            "rival": rivals[0],
            "rival2": rivals[1],
            "founded": str(rng.randint(1968, 2012)),
            "stores": str(rng.randint(6, 140)),
            "staff": f"{rng.randint(2, 40) * 50:,}",
            "turnover": str(rng.randint(12, 480)),
            "budget": str(rng.randint(4, 60) * 5),
            "team": str(rng.randint(4, 18)),
            "applaunch": str(rng.randint(2014, 2018)),
            "downloads": f"{rng.randint(10, 400) * 1000:,}",
        }
        self.used: dict[str, list[int]] = {}

    def fill(self, template: str) -> str:
        rng = self.rng
        values = dict(self.ctx)
        values.update(
            pct=str(rng.randint(12, 68)),
            pct2=str(rng.randint(15, 55)),
            pct3=str(rng.randint(18, 45)),
            age1=str(rng.randint(22, 40)),
            age2=str(rng.randint(45, 64)),
            visits=str(rng.randint(2, 9)),
            conv1=f"{rng.randint(12, 25) / 10:.1f}",
            conv2=f"{rng.randint(28, 45) / 10:.1f}",
        )
        if "{cite}" in template:
            values["cite"] = self.citation(narrative=False)
        if "{ncite}" in template:
            values["ncite"] = self.citation(narrative=True)
        return template.format(**values)

    def citation(self, *, narrative: bool) -> str:
        index = self.rng.randrange(len(self.sources))
        self.cited.add(index)
        author, year, _ = self.sources[index]
        return f"{author} ({year})" if narrative else f"({author}, {year})"

    def sentence(self, part: str) -> str:
        if part != "1a" and self.rng.random() < 0.45:
            ideas = IDEAS[part[0]]
            pick = {key: self.rng.choice(values) for key, values in ideas.items()}
            pick["Topic"] = pick["topic"][0].upper() + pick["topic"][1:]
            template = self.rng.choice(FRAMES)
            return self.fill(template.replace("{Topic}", pick["Topic"]).format_map(_Keep(pick)))
        bank = BANK[part]
        order = self.used.setdefault(part, [])
        if not order:
            order.extend(self.rng.sample(range(len(bank)), len(bank)))
        return self.fill(bank[order.pop()])

    def paragraph(self, part: str, words: int) -> str:
        sentences = [self.sentence(part)]
        while count(" ".join(sentences)) < words - 6:
            sentences.append(self.sentence(part))
        return " ".join(sentences)

    def references(self) -> list[str]:
        chosen = sorted(self.sources[i] for i in (self.cited or {0}))
        return [f"{author} ({year}) {title}" for author, year, title in chosen]


class _Keep(dict):
    """Fills the ideas of a frame and leaves the other placeholders for ``Writer.fill``."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# --- WordprocessingML helpers ----------------------------------------------------------------------------------
def add_field(paragraph, instr: str, shown: str) -> None:
    paragraph._p.append(
        parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" {instr} "><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>')
    )


def no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblBorders")):
        tbl_pr.remove(old)
    sides = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tbl_pr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{sides}</w:tblBorders>"))


def set_cell_width(cell, cm: float) -> None:
    cell.width = Cm(cm)


class AutoList:
    """Word's automatic numbering: a list definition whose numbers Word draws (they are not text)."""

    def __init__(self, doc, fmt: str, text: str) -> None:
        self.numbering = doc.part.numbering_part.element
        ids = [int(el.get(qn("w:abstractNumId"))) for el in self.numbering.findall(qn("w:abstractNum"))]
        self.abstract_id = max(ids, default=0) + 1
        xml = (
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{self.abstract_id}">'
            '<w:multiLevelType w:val="hybridMultilevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
        )
        element = parse_xml(xml)
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(element)
        else:
            self.numbering.append(element)

    def new_list(self) -> int:
        nums = [int(el.get(qn("w:numId"))) for el in self.numbering.findall(qn("w:num"))]
        num_id = max(nums, default=0) + 1
        self.numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{self.abstract_id}"/>'
                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )
        return num_id

    @staticmethod
    def number(paragraph, num_id: int) -> None:
        p_pr = paragraph._p.get_or_add_pPr()
        p_pr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


# --- layouts ---------------------------------------------------------------------------------------------------
def label(scheme: str, part: str) -> str:
    task, letter = part[0], part[1]
    if scheme == "q_compact":
        return f"Q{task}{letter}"
    if scheme == "q_paren":
        return f"Q{task}({letter})"
    if scheme == "question_part":
        return f"Question {task} part ({letter})"
    if scheme == "task_roman":
        return f"Task {task} ({ROMAN[letter]})"
    if scheme == "num_roman":
        return f"{task}({ROMAN[letter]})"
    if scheme == "question_roman":
        return f"Question {task}({ROMAN[letter]})"
    if scheme == "decimal":
        return f"{task}.{'abc'.index(letter) + 1}"
    raise ValueError(scheme)


@dataclass
class Look:
    name: str
    font: str
    size: float
    spacing: float
    margin_cm: float
    heading_font: str
    scheme: str
    titled: bool
    sep: str
    subpoints: str  # "roman" for typed (i), "letter" for typed a), "auto" for Word's automatic a), "bullet"
    subheadings: bool
    cover: bool
    contents: bool
    header: bool
    footer: str  # "", "page", "page_of"
    wordcount_lines: bool
    appendix: bool
    figures_table: bool
    landscape_plan: bool = False
    extras: dict = field(default_factory=dict)


@dataclass
class Built:
    part_words: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PARTS, 0))
    headings: dict[str, str] = field(default_factory=dict)


class Report:
    def __init__(self, look: Look, writer: Writer, rng: random.Random, candidate: str) -> None:
        self.look = look
        self.writer = writer
        self.rng = rng
        self.candidate = candidate
        self.doc = Document()
        self.built = Built()
        self.part: str | None = None
        self.tables = 0
        self.auto = AutoList(self.doc, "lowerLetter", "%1)") if look.subpoints == "auto" else None
        self._setup()

    # setup
    def _setup(self) -> None:
        look, doc = self.look, self.doc
        normal = doc.styles["Normal"]
        normal.font.name = look.font
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), look.font)
        normal.font.size = Pt(look.size)
        normal.paragraph_format.line_spacing = look.spacing
        normal.paragraph_format.space_after = Pt(6 if look.spacing > 1.2 else 8)
        for level, size in ((1, look.size + 4), (2, look.size + 2), (3, look.size + 0.5)):
            style = doc.styles[f"Heading {level}"]
            style.font.name = look.heading_font
            style.element.rPr.rFonts.set(qn("w:eastAsia"), look.heading_font)
            style.font.size = Pt(size)
            style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F) if level < 3 else RGBColor(0x40, 0x40, 0x40)
            style.font.bold = level < 3
            style.font.italic = level == 3
            style.paragraph_format.space_before = Pt(12 if level < 3 else 6)
            style.paragraph_format.space_after = Pt(6 if level < 3 else 3)
        section = doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(look.margin_cm))
        core = doc.core_properties
        core.author = self.candidate
        core.title = "Mastering Digital Channels assignment"
        core.created = core.modified = datetime(2019, 7, 1 + self.rng.randrange(20), 9, 0, 0)
        core.last_modified_by = self.candidate
        core.revision = 1
        if look.header:
            paragraph = section.header.paragraphs[0]
            paragraph.text = f"{MODULE} | Candidate {self.extras('number')}"
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            paragraph.runs[0].font.size = Pt(9)
        if look.footer:
            paragraph = section.footer.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run("Page ")
            add_field(paragraph, "PAGE", "1")
            if look.footer == "page_of":
                paragraph.add_run(" of ")
                add_field(paragraph, "NUMPAGES", "1")
        if look.cover:
            section.different_first_page_header_footer = True

    def extras(self, key: str) -> str:
        return str(self.look.extras[key])

    # uncounted furniture
    def plain(self, text: str, *, bold: bool = False, size: float | None = None, align=None, italic: bool = False):
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if align is not None:
            paragraph.alignment = align
        return paragraph

    def cover(self, total: int) -> None:
        center = WD_ALIGN_PARAGRAPH.CENTER
        for _ in range(4):
            self.doc.add_paragraph()
        self.plain("CIM Level 6 Digital Diploma in Professional Marketing", bold=True, size=16, align=center)
        self.plain("Mastering Digital Channels (2206)", bold=True, size=20, align=center)
        self.plain("Assignment: July 2019", size=13, align=center)
        self.doc.add_paragraph()
        self.plain(f"Organisation: {self.writer.ctx['org']}", size=12, align=center)
        self.plain(f"Candidate number: {self.extras('number')}", size=12, align=center)
        self.plain(f"Word count: {total:,} (excluding headings, tables and references)", size=12, align=center)
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def contents(self, entries: list[tuple[str, int]]) -> None:
        self.plain("Contents", bold=True, size=self.look.size + 4)
        for text, page in entries:
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.tab_stops.add_tab_stop(
                Cm(21.0 - 2 * self.look.margin_cm - 0.1), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
            )
            paragraph.add_run(f"{text}\t{page}")
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def figures_table(self, part: str) -> None:
        writer = self.writer
        rng = self.rng
        self.tables += 1
        if part == "1a":
            caption = f"Table {self.tables}: {writer.ctx['org']} at a glance"
            rows = [
                ("Measure", "Value"),
                ("Founded", writer.ctx["founded"]),
                ("Stores", writer.ctx["stores"]),
                ("Employees", writer.ctx["staff"]),
                ("Turnover", f"£{writer.ctx['turnover']}m"),
                ("Online share of sales", f"{rng.randint(15, 60)}%"),
            ]
        elif part == "2a":
            caption = f"Table {self.tables}: Action plan for the two channels"
            rows = [
                ("Stage", "Action", "Metric", "Owner", "Date"),
                ("Reach", "Lookalike audiences on social media", "New visitors", "Digital manager", "Q1"),
                ("Act", "Personalised home page for returning visitors", "Bounce rate", "Web team", "Q2"),
                ("Convert", "Basket reminder emails within one hour", "Conversion rate", "CRM manager", "Q2"),
                ("Engage", "Online community and loyalty points", "Repeat purchase", "Community lead", "Q3"),
            ]
        else:
            caption = f"Table {self.tables}: Risk assessment"
            rows = [
                ("Risk", "Likelihood", "Impact", "Mitigation"),
                ("Legal compliance", "Medium", "High", "Consent audit and DPIA"),
                ("Loss of trust", "Medium", "High", "Preference centre"),
                ("Automation error", "Low", "Medium", "Human checks on rules"),
            ]
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.text = value
                run = cell.paragraphs[0].runs[0]
                run.font.size = Pt(max(9, self.look.size - 1.5))
                run.bold = r == 0
        paragraph = self.doc.add_paragraph(caption, style="Caption")
        paragraph.paragraph_format.space_after = Pt(10)

    # counted text
    def body(self, text: str) -> None:
        assert self.part is not None
        self.doc.add_paragraph(text)
        self.built.part_words[self.part] += count(text)

    def subpoint_list(self, items: list[tuple[str, str]]) -> None:
        assert self.part is not None
        kind = self.look.subpoints
        num_id = self.auto.new_list() if self.auto else None
        for i, (lead, rest) in enumerate(items):
            if kind == "roman":
                typed = f"({['i', 'ii', 'iii', 'iv'][i]}) "
            elif kind == "letter":
                typed = f"{'abcd'[i]}) "
            else:
                typed = ""
            style = "List Bullet" if kind == "bullet" else None
            paragraph = self.doc.add_paragraph(style=style)
            if typed:
                paragraph.paragraph_format.left_indent = Cm(1.0)
                paragraph.paragraph_format.first_line_indent = Cm(-0.75)
                paragraph.add_run(typed)
            if num_id is not None:
                AutoList.number(paragraph, num_id)
            paragraph.add_run(f"{lead}:").bold = True
            paragraph.add_run(f" {rest}")
            self.built.part_words[self.part] += count(f"{typed}{lead}: {rest}")

    def subheading(self, text: str) -> None:
        if self.look.name in ("task_heading_styles", "decimal_heading_styles"):
            self.doc.add_heading(text, level=3)
        else:
            paragraph = self.plain(text, italic=True, bold=self.look.name != "label_above_title")
            paragraph.paragraph_format.space_before = Pt(4)
            paragraph.paragraph_format.keep_with_next = True

    def plan_part(self, part: str, words: int) -> list[tuple[str, object]]:
        """The part's body as blocks: paragraphs, perhaps sub-headings, a list of sub-points, a figures table."""
        rng, writer, look = self.rng, self.writer, self.look
        subheads = list(SUBHEADINGS[part]) if look.subheadings and words > 260 and rng.random() < 0.75 else []
        with_points = rng.random() < (0.85 if part != "1a" else 0.4)
        with_table = look.figures_table and part in ("1a", "2a", "3b") and rng.random() < 0.7
        kinds: list[str] = ["para"] * (2 if words > 250 else 1)
        if subheads:
            kinds = ["sub", "para", "para", "sub", "para"]
        if with_points:
            kinds.insert(rng.randrange(2 if subheads else 1, len(kinds) + 1), "points")
        if with_table:
            kinds.insert(len(kinds) - 1 if len(kinds) > 2 else len(kinds), "table")
        blocks: list[tuple[str, object]] = []
        written = 0
        points_done = False
        paras_left = kinds.count("para")
        for i, kind in enumerate(kinds):
            if kind == "sub":
                text = subheads.pop(0)
                if look.scheme == "decimal":
                    text = f"{label('decimal', part)}.{2 - len(subheads)} {text}"
                blocks.append(("sub", text))
            elif kind == "table":
                blocks.append(("table", part))
            elif kind == "points":
                n = rng.choice((3, 4))
                items = [(lead, writer.fill(rest)) for lead, rest in SUBPOINTS[part][:n]]
                blocks.append(("points", items))
                written += sum(count(f"{lead}: {rest}") for lead, rest in items)
                points_done = True
            else:
                left = words - written - (0 if points_done or "points" not in kinds[i:] else 45)
                share = max(30, left // max(1, paras_left))
                while share > 0:
                    chunk = min(share, rng.randint(70, 150))
                    if share - chunk < 35:
                        chunk = share
                    text = writer.paragraph(part, chunk)
                    blocks.append(("para", text))
                    written += count(text)
                    share -= max(chunk, count(text))
                paras_left -= 1
        return blocks

    def render_part(self, part: str, blocks: list[tuple[str, object]]) -> None:
        self.part = part
        for kind, value in blocks:
            if kind == "sub":
                self.subheading(str(value))
            elif kind == "table":
                if self.look.landscape_plan and part == "2a":
                    self.landscape(lambda: self.figures_table(part))
                else:
                    self.figures_table(part)
            elif kind == "points":
                self.subpoint_list(value)  # type: ignore[arg-type]
            else:
                self.body(str(value))

    def landscape(self, make: Callable[[], None]) -> None:
        doc = self.doc
        portrait = doc.sections[-1]
        section = doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = portrait.page_height, portrait.page_width
        make()
        back = doc.add_section(WD_SECTION.NEW_PAGE)
        back.orientation = WD_ORIENT.PORTRAIT
        back.page_width, back.page_height = Cm(21.0), Cm(29.7)

    def references(self) -> None:
        for entry in self.writer.references():
            paragraph = self.doc.add_paragraph(entry)
            paragraph.paragraph_format.left_indent = Cm(1.0)
            paragraph.paragraph_format.first_line_indent = Cm(-1.0)

    def save(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


# --- heading makers per layout ---------------------------------------------------------------------------------
TASK_NAMES = {
    "1": "Personalisation and one target segment",
    "2": "Personalisation and channel conversion",
    "3": "Managing, implementing and the risks of personalisation",
}


def part_heading_text(look: Look, part: str) -> str:
    text = label(look.scheme, part)
    if look.titled:
        text += f"{look.sep}{PART_TITLES[part]}"
    return text


def heading_maker(look: Look) -> tuple[Callable[[Report, str], None], Callable[[Report, str], str]]:
    """Two functions: one writes a task's heading, one writes a part's heading and returns its truth text."""
    name = look.name

    if name == "q_bold_inline":

        def task(rep: Report, t: str) -> None:
            paragraph = rep.plain(f"Question {t}", bold=True, size=look.size + 3)
            paragraph.paragraph_format.space_before = Pt(12)
            paragraph.paragraph_format.keep_with_next = True

        def part(rep: Report, p: str) -> str:
            text = part_heading_text(look, p)
            paragraph = rep.plain(text, bold=True, size=look.size + 1)
            paragraph.paragraph_format.space_before = Pt(8)
            paragraph.paragraph_format.keep_with_next = True
            return text

    elif name in ("task_heading_styles", "decimal_heading_styles", "q_heading_styles"):

        def task(rep: Report, t: str) -> None:
            if name == "decimal_heading_styles":
                text = f"{t}. Task {t}: {TASK_NAMES[t]}"
            elif name == "task_heading_styles":
                text = f"Task {t}"
            else:
                text = f"Question {t} – {TASK_NAMES[t]}"
            rep.doc.add_heading(text, level=1)

        def part(rep: Report, p: str) -> str:
            text = part_heading_text(look, p)
            rep.doc.add_heading(text, level=2)
            return text

    elif name == "label_above_title":

        def task(rep: Report, t: str) -> None:
            paragraph = rep.plain(f"QUESTION {t}", bold=True, size=look.size + 2, align=WD_ALIGN_PARAGRAPH.CENTER)
            paragraph.paragraph_format.keep_with_next = True

        def part(rep: Report, p: str) -> str:
            text = label(look.scheme, p)
            first = rep.plain(text, bold=True, size=look.size + 1)
            first.paragraph_format.space_before = Pt(10)
            first.paragraph_format.space_after = Pt(0)
            first.paragraph_format.keep_with_next = True
            second = rep.plain(PART_TITLES[p], bold=True, italic=True, size=look.size)
            if look.extras.get("underline_title"):
                second.runs[0].underline = True
            second.paragraph_format.keep_with_next = True
            return text

    elif name == "roman_run_bold":

        def task(rep: Report, t: str) -> None:
            paragraph = rep.plain(f"Task {t}: {TASK_NAMES[t]}", bold=True, size=look.size + 2.5)
            paragraph.runs[0].underline = True
            paragraph.paragraph_format.space_before = Pt(14)
            paragraph.paragraph_format.keep_with_next = True

        def part(rep: Report, p: str) -> str:
            text = part_heading_text(look, p)
            paragraph = rep.plain(text, bold=True, size=look.size + 1.5)
            paragraph.paragraph_format.space_before = Pt(8)
            paragraph.paragraph_format.keep_with_next = True
            return text

    elif name == "label_table":

        def task(rep: Report, t: str) -> None:
            paragraph = rep.plain(f"Task {t} – {TASK_NAMES[t]}", bold=True, size=look.size + 3)
            paragraph.paragraph_format.space_before = Pt(12)
            paragraph.paragraph_format.keep_with_next = True

        def part(rep: Report, p: str) -> str:
            table = rep.doc.add_table(rows=1, cols=2)
            no_borders(table)
            left, right = table.cell(0, 0), table.cell(0, 1)
            table.autofit = False
            first = 4.9 if look.scheme == "question_part" else 2.4
            widths = (first, 21.0 - 2 * look.margin_cm - first)
            for column, cell, width in zip(table.columns, (left, right), widths, strict=True):
                column.width = Cm(width)
                set_cell_width(cell, width)
            left.text = label(look.scheme, p)
            right.text = PART_TITLES[p]
            for cell in (left, right):
                run = cell.paragraphs[0].runs[0]
                run.bold = True
                run.font.size = Pt(look.size + 1)
                cell.paragraphs[0].paragraph_format.space_after = Pt(2)
            if look.extras.get("shade"):
                for cell in (left, right):
                    cell._tc.get_or_add_tcPr().append(
                        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="E7EEF7"/>')
                    )
            rep.doc.add_paragraph().paragraph_format.space_after = Pt(0)
            return ""

    else:
        raise ValueError(name)
    return task, part


# --- the seven layouts -----------------------------------------------------------------------------------------
LAYOUT_NAMES = (
    "q_bold_inline",
    "q_heading_styles",
    "label_above_title",
    "task_heading_styles",
    "roman_run_bold",
    "decimal_heading_styles",
    "label_table",
)


def make_look(name: str, rng: random.Random) -> Look:
    number = rng.randint(1000000, 9999999)
    common = {"extras": {"number": number}}
    if name == "q_bold_inline":
        return Look(
            name,
            rng.choice(("Calibri", "Arial")),
            rng.choice((11, 11.5, 12)),
            rng.choice((1.0, 1.15)),
            rng.choice((2.0, 2.54)),
            "Calibri",
            rng.choice(("q_compact", "q_paren")),
            rng.random() < 0.6,
            rng.choice((" ", " – ", ": ")),
            rng.choice(("letter", "roman")),
            True,
            True,
            False,
            True,
            "page",
            False,
            False,
            rng.random() < 0.5,
            **common,
        )
    if name == "q_heading_styles":
        return Look(
            name,
            rng.choice(("Arial", "Calibri", "Verdana")),
            rng.choice((11, 12)),
            1.5,
            rng.choice((2.54, 2.2)),
            rng.choice(("Arial", "Calibri Light")),
            rng.choice(("q_paren", "q_compact")),
            rng.random() < 0.7,
            rng.choice((" ", " – ", ". ")),
            rng.choice(("roman", "letter")),
            False,
            True,
            True,
            True,
            "page_of",
            False,
            rng.random() < 0.5,
            True,
            **common,
        )
    if name == "label_above_title":
        common["extras"]["underline_title"] = rng.random() < 0.5
        return Look(
            name,
            rng.choice(("Times New Roman", "Georgia")),
            rng.choice((12, 13, 14)),
            rng.choice((2.0, 1.5)),
            2.54,
            "Times New Roman",
            rng.choice(("question_part", "question_part", "question_roman")),
            False,
            "",
            "letter",
            True,
            rng.random() < 0.5,
            False,
            False,
            "page",
            False,
            False,
            False,
            **common,
        )
    if name == "task_heading_styles":
        return Look(
            name,
            rng.choice(("Cambria", "Calibri")),
            rng.choice((11, 12)),
            rng.choice((1.15, 1.0)),
            rng.choice((2.54, 3.0)),
            "Cambria",
            "task_roman",
            rng.random() < 0.75,
            rng.choice((" – ", ": ", " ")),
            "auto",
            True,
            True,
            False,
            True,
            "page_of",
            False,
            True,
            rng.random() < 0.5,
            **common,
        )
    if name == "roman_run_bold":
        return Look(
            name,
            rng.choice(("Garamond", "Georgia", "Book Antiqua")),
            rng.choice((10.5, 11)),
            rng.choice((1.0, 1.15)),
            rng.choice((2.0, 2.5)),
            "Georgia",
            "num_roman",
            True,
            rng.choice((" ", ". ", " – ")),
            "letter",
            False,
            rng.random() < 0.6,
            False,
            rng.random() < 0.5,
            "page",
            True,
            False,
            True,
            landscape_plan=rng.random() < 0.6,
            **common,
        )
    if name == "decimal_heading_styles":
        return Look(
            name,
            rng.choice(("Calibri", "Arial")),
            rng.choice((11, 12)),
            rng.choice((1.5, 1.15)),
            2.54,
            "Calibri Light",
            "decimal",
            True,
            " ",
            rng.choice(("roman", "bullet")),
            True,
            True,
            True,
            rng.random() < 0.5,
            "page",
            rng.random() < 0.5,
            rng.random() < 0.5,
            True,
            **common,
        )
    if name == "label_table":
        common["extras"]["shade"] = rng.random() < 0.4
        return Look(
            name,
            rng.choice(("Arial", "Tahoma", "Calibri")),
            rng.choice((10.5, 11, 12)),
            rng.choice((1.15, 1.0, 1.5)),
            rng.choice((2.0, 2.54)),
            "Arial",
            rng.choice(("q_paren", "question_part", "num_roman", "q_compact")),
            True,
            "",
            "roman",
            False,
            rng.random() < 0.5,
            False,
            True,
            "page_of",
            False,
            False,
            rng.random() < 0.5,
            **common,
        )
    raise ValueError(name)


def sizes(rng: random.Random, look: Look) -> dict[str, int]:
    """Target words per part: each limit group under, near or over its limit (never more than 15 % over)."""
    targets: dict[str, int] = {}
    dense = look.spacing >= 2.0 or look.size >= 13
    targets["1a"] = rng.randint(170, 230) if dense else rng.randint(200, 300)
    for group, members in LIMIT_GROUPS.items():
        mode = rng.choices(("under", "near", "over"), weights=(3, 5, 3))[0]
        factor = {"under": rng.uniform(0.55, 0.85), "near": rng.uniform(0.9, 1.03), "over": rng.uniform(1.04, 1.11)}
        total = int(LIMITS[group] * factor[mode])
        first = int(total * rng.uniform(0.4, 0.58))
        targets[members[0]], targets[members[1]] = first, total - first
    return targets


def build(index: int) -> tuple[bytes, Truth]:
    rng = random.Random(23_000 + index)
    fake = Faker("en_GB")
    fake.seed_instance(23_000 + index)
    name = LAYOUT_NAMES[index % len(LAYOUT_NAMES)]
    look = make_look(name, rng)
    writer = Writer(rng, fake)
    report = Report(look, writer, rng, fake.name())
    targets = sizes(rng, look)
    task_heading, part_heading = heading_maker(look)
    plans = {p: report.plan_part(p, targets[p]) for p in PARTS}
    planned = {p: _planned_words(plans[p], look) for p in PARTS}
    if look.cover:
        report.cover(sum(planned.values()) - planned["1a"])
    if look.contents:
        entries = []
        page = 3 if look.cover else 2
        for t, parts in TASKS:
            entries.append((f"Question {t}" if look.scheme.startswith("q") else f"Task {t}", page))
            for p in parts:
                entries.append((f"    {part_heading_text(look, p)}", page))
                page += planned[p] // 420
        entries.append(("References", page + 1))
        report.contents(entries)
    for t, parts in TASKS:
        if t != "1" and look.name in ("label_above_title", "task_heading_styles"):
            report.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        task_heading(report, t)
        for p in parts:
            report.built.headings[p] = part_heading(report, p)
            report.render_part(p, plans[p])
        if look.wordcount_lines:
            group = {"1": "task1-bc", "2": "task2-ab", "3": "task3-ab"}[t]
            words = sum(report.built.part_words[m] for m in LIMIT_GROUPS[group])
            paragraph = report.plain(f"Word count: {words:,}", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
            paragraph.paragraph_format.space_after = Pt(12)
    report.part = None
    _back_matter(report, look)
    part_words = dict(report.built.part_words)
    assert part_words == planned, (part_words, planned)
    truth = Truth(
        name="",
        seed=index,
        layout=name,
        split="",
        part_words=part_words,
        group_words={g: sum(part_words[p] for p in members) for g, members in LIMIT_GROUPS.items()},
        words_all=sum(part_words.values()),
        headings=dict(report.built.headings),
    )
    return report.save(), truth


TASKS = (("1", ("1a", "1b", "1c")), ("2", ("2a", "2b")), ("3", ("3a", "3b")))


def _planned_words(blocks: list[tuple[str, object]], look: Look) -> int:
    """The words a part will hold: its paragraphs and its sub-points, with a typed "(i)" or "a)" one word."""
    typed = 1 if look.subpoints in ("roman", "letter") else 0
    words = 0
    for kind, value in blocks:
        if kind == "para":
            words += count(str(value))
        elif kind == "points":
            words += sum(typed + count(f"{lead}: {rest}") for lead, rest in value)  # type: ignore[union-attr]
    return words


def _back_matter(report: Report, look: Look) -> None:
    styled = look.name in ("task_heading_styles", "decimal_heading_styles", "q_heading_styles")
    if look.name in ("label_above_title", "task_heading_styles"):
        report.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading = {"decimal_heading_styles": "4. References", "label_table": "Reference list"}.get(look.name, "References")
    if styled:
        report.doc.add_heading(heading, level=1)
    else:
        report.plain(heading, bold=True, size=look.size + 2)
    report.references()
    if look.appendix:
        title = "Appendix 1: Customer persona"
        if styled:
            report.doc.add_heading(title, level=1)
        else:
            report.plain(title, bold=True, size=look.size + 2)
        ctx = report.writer.ctx
        report.plain(
            f"Persona: a typical member of the {ctx['segment']} segment who buys {ctx['products']} from "
            f"{ctx['org']}, shops mainly on a smartphone and reads emails in the evening."
        )
