"""Layout pool 44 (HELD OUT): CIM 2206 reports styled like printed books and magazines.

Spaced-out capitals in headings and running heads, drop caps two to four lines deep at the start of every part,
opening lines in small capitals or bold at a larger size, run-in sub-headings in bold italic, justified and
hyphenated text, display fonts for headings and ornaments between sections. Truth is counted as each paragraph is
written: drop-cap letters belong to their word, run-in sub-headings, headings, ornaments, tables, captions, text
boxes, headers and footers, the cover, the contents and the reference list are not counted.
"""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

import docx
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports styled like printed books and magazines: letter-spaced capitals in headings and running heads, "
    "drop caps at every part, opening lines in small caps or bold, run-in bold italic sub-headings, justified "
    "hyphenated text, display fonts and ornaments between sections"
)
REPORTS = 28

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word"'
)
PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_TITLES = {
    "1": "Developments in personalisation and one target segment",
    "2": "Conversion through personalised digital channels",
    "3": "Managing, implementing and the risks of personalisation",
}


# --- layouts ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Layout:
    name: str
    body_font: str
    body_size: float
    line: float  # line spacing multiple
    margin_cm: float
    head_font: str
    part_size: float
    task_size: float
    tracking: int  # letter spacing of headings, in twentieths of a point
    part_label: str  # how a part heading is written
    task_label: str | None  # how a task heading is written, None: no task headings
    caps: str  # "typed" upper case typed, "format" w:caps on typed mixed case, "small" small caps, "none"
    styled: bool  # headings use Heading 1/2 styles (else direct formatting with an outline level)
    centred: bool
    drop: str  # "frame" (Word drop cap), "inline" (a large first letter in the line)
    drop_lines: tuple[int, int]
    opening: str  # "small", "bold", "caps"
    ornament: str
    ornament_where: str  # "parts" or "tasks"
    runin: str  # separator after a run-in sub-heading, "" for standalone sub-headings
    columns: int = 1
    pullquotes: bool = False
    contents: bool = False
    table: bool = False
    lists: str = "auto"  # "auto" numbering, "typed" numbers, "" none
    kicker: bool = False  # the part's title on a smaller line of its own under the label


LAYOUTS = (
    Layout(
        "garamond_book",
        "Garamond",
        12,
        1.15,
        2.5,
        "Garamond",
        16,
        20,
        60,
        "dash",
        "dot",
        "small",
        False,
        True,
        "frame",
        (3, 3),
        "small",
        "\u2766",
        "parts",
        ".",
        lists="auto",
    ),
    Layout(
        "gothic_magazine",
        "Georgia",
        10.5,
        1.0,
        1.8,
        "Century Gothic",
        13,
        20,
        80,
        "upper_title",
        "upper",
        "typed",
        False,
        False,
        "frame",
        (2, 2),
        "bold",
        "* * *",
        "tasks",
        ":",
        columns=2,
        pullquotes=True,
        lists="",
    ),
    Layout(
        "antiqua_review",
        "Book Antiqua",
        11.5,
        1.5,
        2.54,
        "Book Antiqua",
        15,
        17,
        40,
        "part_of",
        "colon",
        "none",
        True,
        False,
        "inline",
        (2, 3),
        "small",
        "\u2042",
        "tasks",
        "",
        contents=True,
        lists="auto",
    ),
    Layout(
        "numbered_monograph",
        "Georgia",
        11,
        2.0,
        2.54,
        "Georgia",
        14,
        16,
        40,
        "dotted",
        "word",
        "none",
        True,
        False,
        "frame",
        (4, 4),
        "caps",
        "* * *",
        "parts",
        ".",
        table=True,
        lists="auto",
    ),
    Layout(
        "slash_annual",
        "Garamond",
        12.5,
        1.15,
        2.2,
        "Century Gothic",
        13,
        18,
        100,
        "slash",
        "upper",
        "typed",
        False,
        False,
        "frame",
        (3, 3),
        "bold",
        "\u2767",
        "tasks",
        ".",
        table=True,
        lists="typed",
    ),
    Layout(
        "caps_chapbook",
        "Book Antiqua",
        11,
        1.0,
        2.0,
        "Book Antiqua",
        14,
        14,
        60,
        "bracket_colon",
        None,
        "format",
        False,
        True,
        "frame",
        (2, 2),
        "small",
        "* * *",
        "parts",
        ".",
        lists="typed",
    ),
    Layout(
        "georgia_quarterly",
        "Georgia",
        11,
        1.3,
        3.0,
        "Georgia",
        18,
        22,
        120,
        "upper_bare",
        "upper",
        "typed",
        True,
        False,
        "frame",
        (3, 3),
        "bold",
        "~ \u2766 ~",
        "tasks",
        ".",
        kicker=True,
        contents=True,
        lists="auto",
    ),
)

NUMBER_WORDS = {"1": "One", "2": "Two", "3": "Three"}


def part_heading(style: str, part: str) -> str:
    task, letter = part[0], part[1]
    title = PART_TITLES[part]
    if style == "dash":
        return f"Task {task} \u2013 ({letter}) {title}"
    if style == "upper_title":
        return f"TASK {task} ({letter.upper()}) {title.upper()}"
    if style == "part_of":
        return f"Part {letter} of Task {task}: {title}"
    if style == "dotted":
        return f"{task}.{letter} {title}"
    if style == "slash":
        return f"Task {task} / {letter} \u2013 {title}"
    if style == "bracket_colon":
        return f"Task {task} ({letter}): {title}"
    if style == "upper_bare":
        return f"TASK {task} ({letter.upper()})"
    raise ValueError(style)


def task_heading(style: str, task: str) -> str:
    title = TASK_TITLES[task]
    if style == "dot":
        return f"Task {task} \u00b7 {title}"
    if style == "upper":
        return f"TASK {task}"
    if style == "colon":
        return f"Task {task}: {title}"
    if style == "word":
        return f"Task {NUMBER_WORDS[task]} \u2013 {title}"
    raise ValueError(style)


# --- text -------------------------------------------------------------------------------------------------------
CITES = (
    (
        "Chaffey and Ellis-Chadwick, 2019",
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson.",
    ),
    ("Kingsnorth, 2022", "Kingsnorth, S. (2022) Digital marketing strategy. 3rd edn. London: Kogan Page."),
    ("Ryan, 2020", "Ryan, D. (2020) Understanding digital marketing. 5th edn. London: Kogan Page."),
    ("Smith and Zook, 2020", "Smith, P.R. and Zook, Z. (2020) Marketing communications. 7th edn. London: Kogan Page."),
    (
        "Lemon and Verhoef, 2016",
        "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience throughout the customer "
        "journey', Journal of Marketing, 80(6), pp. 69-96.",
    ),
    (
        "McKinsey & Company, 2021",
        "McKinsey & Company (2021) The value of getting personalization right, or wrong, is multiplying. "
        "New York: McKinsey.",
    ),
    ("Gartner, 2023", "Gartner (2023) Predicts 2023: personalization and customer data. Stamford: Gartner."),
    (
        "ICO, 2023",
        "ICO (2023) Guide to the UK General Data Protection Regulation. Wilmslow: Information Commissioner's Office.",
    ),
    ("Salesforce, 2022", "Salesforce (2022) State of the connected customer. 5th edn. San Francisco: Salesforce."),
    (
        "Kotler, Keller and Chernev, 2022",
        "Kotler, P., Keller, K.L. and Chernev, A. (2022) Marketing management. 16th edn. Harlow: Pearson.",
    ),
    (
        "Epsilon, 2018",
        "Epsilon (2018) The power of me: the impact of personalization on marketing performance. Irving: Epsilon.",
    ),
    ("Accenture, 2019", "Accenture (2019) See people, not patterns. Dublin: Accenture Interactive."),
    (
        "Tiago and Verissimo, 2014",
        "Tiago, M.T.P.M.B. and Verissimo, J.M.C. (2014) 'Digital marketing and social media: why bother?', "
        "Business Horizons, 57(6), pp. 703-708.",
    ),
    ("Ofcom, 2023", "Ofcom (2023) Online nation 2023 report. London: Ofcom."),
)

SECTORS = (
    ("Outdoor", "outdoor clothing and camping equipment", "Go Outdoors", "Mountain Warehouse"),
    ("Home", "furniture, lighting and soft furnishings", "Dunelm", "Made.com"),
    ("Travel", "short breaks, city hotels and coach holidays", "Jet2holidays", "TUI"),
    ("Cycles", "bicycles, e-bikes and servicing plans", "Halfords", "Evans Cycles"),
    ("Wellbeing", "gym memberships, classes and nutrition plans", "PureGym", "The Gym Group"),
    ("Books", "books, stationery and gifts", "Waterstones", "WHSmith"),
    ("Garden", "plants, garden tools and landscaping services", "Dobbies", "Wyevale"),
    ("Pets", "pet food, accessories and veterinary plans", "Pets at Home", "Jollyes"),
)
CITIES = ("Leeds", "Bristol", "Norwich", "York", "Cardiff", "Leicester", "Exeter", "Glasgow", "Nottingham", "Bath")
SEGMENTS = (
    "young urban professionals",
    "first-time parents",
    "active retirees",
    "students living away from home",
    "weekend hobbyists",
    "lapsed loyalty members",
)
CHANNELS = (
    ("email", "the mobile app"),
    ("the website", "paid social"),
    ("email", "Instagram"),
    ("the mobile app", "paid search"),
    ("the website", "email"),
)

OPENERS = {
    "1a": (
        "{org} is a {size} {sector_lc} business based in {city}, selling {prod} online and through {stores} stores.",
        "Founded in {founded}, {org} sells {prod} to around {n} customers a year from its base in {city}.",
    ),
    "1b": (
        "Personalisation in digital channels has moved from inserting a first name into an email to predicting what "
        "each visitor wants next ({cite}).",
        "Digital personalisation is changing quickly, and the choices {org} makes now will shape its strategy for "
        "years ({cite}).",
    ),
    "1c": (
        "The segment chosen for this reflection is {seg}, who make up {pct}% of the online customers of {org}.",
        "This section reflects on how {org} could personalise its channels for one segment, {seg}.",
    ),
    "2a": (
        "The action plan below sets out how {org} can raise conversion rates through {ch1} and {ch2} for {seg}.",
        "Conversion at {org} currently stands at {pct_small}% on desktop and lower on mobile, so the plan focuses "
        "on {ch1} and {ch2}.",
    ),
    "2b": (
        "Content on {ch1} and {ch2} can be personalised at several levels, from simple rules to dynamic content "
        "driven by behaviour ({cite}).",
        "Personalised content only works when it is relevant, timely and simple for the customer to act on ({cite}).",
    ),
    "3a": (
        "Managing personalisation well depends as much on people, process and governance as on technology ({cite}).",
        "It is recommended that {org} implements personalisation in stages, starting with owned channels where it "
        "already holds data.",
    ),
    "3b": (
        "Three risks stand out for {org}: legal compliance, customer trust and the automation of decisions.",
        "Personalisation brings real benefits but also risks that senior managers at {org} must weigh ({cite}).",
    ),
}

SENTENCES = {
    "1a": (
        "It employs about {staff} people and reported revenue of \u00a3{rev} million in its last financial year.",
        "Its main competitors are {comp1} and {comp2}, both of which invest heavily in digital channels.",
        "The customer base is broad, but {pct}% of online orders come from customers aged {age1} to {age2}.",
        "Most customers first visit the website from a mobile phone, and {pct2}% of sales are now made online.",
        "Personalisation is at an early stage of maturity, relying on basic segmentation of the email list.",
        "The loyalty scheme holds data on {n} members, but this data is not yet joined to web behaviour.",
        "Product recommendations on the website are rule-based and the same for every visitor in a category.",
        "Compared with {comp1}, {org} is behind in the use of customer data for tailored offers ({cite}).",
        "Marketing is run by a small in-house team of {team} people supported by an external agency.",
        "Customers rate the brand highly for service, with a Trustpilot score of {score} out of five.",
    ),
    "1b": (
        "Basic personalisation uses known details such as name, location and past purchases to tailor messages.",
        "More advanced approaches use behavioural data to change content in real time as a visitor browses ({cite}).",
        "Research suggests that {pct}% of consumers are more likely to buy from brands that personalise ({cite}).",
        "Artificial intelligence now allows predictive recommendations, but it needs clean and joined-up data.",
        "The decline of third-party cookies means {org} must build its own first-party data to keep targeting.",
        "Personalisation can raise revenue by {pct_small} to {pct_small2}% when it is done well ({cite}).",
        "However, heavy personalisation can feel intrusive, and customers may switch off if it goes too far.",
        "Voice search and conversational interfaces are likely to become a new channel for tailored service.",
        "For {org}, the strategic choice is whether to build capability in-house or to buy a platform.",
        "Zero-party data, which customers share willingly through quizzes and preference centres, is growing.",
        "Location-based personalisation could link the app with nearby stores in {city} and beyond.",
        "Hyper-personalisation at scale remains expensive, and the return on investment is not always proven.",
        "The management team should weigh the cost of new technology against the likely gains in loyalty.",
        "Privacy regulation shapes what is possible, and consent must be designed into every development ({cite}).",
    ),
    "1c": (
        "{seg_cap} expect brands to remember their preferences across every device they use.",
        "A good example is Spotify, whose personalised playlists make each user feel known ({cite}).",
        "Amazon recommends products based on browsing and purchase history, which sets expectations for all retailers.",
        "A poor example came from a retailer that kept showing adverts for a product already bought.",
        "In my own experience, an email addressed to the wrong name immediately reduced trust in the brand.",
        "Success can be measured through click-through rates, conversion and the repeat purchase rate of {seg}.",
        "Failure often comes from poor data quality, where records are duplicated or out of date ({cite}).",
        "{org} would need data on purchase history, channel preference and life stage for this segment.",
        "The cross-channel experience matters, because {seg} often research on mobile and buy on desktop.",
        "Improvements include a preference centre and recommendations that take stock levels into account.",
        "Good personalisation could help {org} reach its goal of raising repeat purchases by {pct_small}%.",
        "Netflix shows that testing different artwork for different viewers can lift engagement ({cite}).",
        "Bad practice is also seen when brands ask for data and then fail to use it in any visible way.",
    ),
    "2a": (
        "The first objective is to raise the conversion rate on {ch1} from {pct_small}% to {pct_small2}% "
        "within a year.",
        "The customer journey is mapped from awareness to purchase and loyalty so that each stage has an action.",
        "Online communities, such as a members' forum, can build trust and feed reviews into product pages ({cite}).",
        "Abandoned basket emails will be triggered within an hour and personalised with the items left behind.",
        "On {ch2}, lookalike audiences built from the best customers will bring in new prospects.",
        "Each action has an owner, a budget and a key performance indicator to keep the plan on track.",
        "A/B testing will be used to compare personalised and generic versions before a full roll-out.",
        "Data from the loyalty scheme will be joined to web analytics so that journeys can be tracked.",
        "The budget for the first phase is \u00a3{budget}k, split between technology, content and testing.",
        "Progress will be reviewed monthly using a dashboard of conversion, order value and engagement.",
        "The plan follows the SOSTAC model, moving from situation analysis to control ({cite}).",
        "User-generated content from the community will be reused in emails and on product pages.",
    ),
    "2b": (
        "On {ch1}, dynamic content blocks can show different products to {seg} based on recent browsing.",
        "Personalised subject lines can lift open rates by around {pct_small}% ({cite}).",
        "On {ch2}, creative can be tailored by location, weather or time of day to stay relevant.",
        "Re-marketing reminds visitors of products they viewed, but frequency must be capped to avoid annoyance.",
        "Sequential re-marketing tells a story over several adverts rather than repeating one message ({cite}).",
        "Content should stay simple, with one clear call to action rather than a crowded page.",
        "Video content can be personalised with the customer's name and recent purchases for a stronger effect.",
        "Reviews from similar customers make content more persuasive for {seg} ({cite}).",
        "Search re-marketing lists allow {org} to bid more for people who have already visited the site.",
        "Birthday and anniversary messages are a simple form of personalisation that customers value.",
        "Product recommendations in emails should exclude items the customer has already bought.",
        "Interactive content such as quizzes can collect preferences while entertaining the visitor.",
    ),
    "3a": (
        "A cross-functional team should own personalisation, with members from marketing, IT and customer service.",
        "New skills in data analysis and marketing automation will be needed, through training or recruitment.",
        "An agency could support the advanced stages while the in-house team builds capability ({cite}).",
        "Owned channels such as email and the website should come first, as {org} controls the data there.",
        "Paid channels need audience data shared with platforms, which raises questions of consent.",
        "Earned channels are harder to personalise, but social listening can guide the content created.",
        "A customer data platform would give a single view of each customer across channels ({cite}).",
        "Mobile should be treated as the main platform, since {pct}% of visits come from phones.",
        "Advanced tracking through server-side tagging will protect data quality as cookies decline.",
        "The implementation should scale gradually, with clear checkpoints before further investment.",
        "Senior sponsorship is essential so that personalisation is funded as a long-term capability.",
        "Customers expect relevance, yet {org} can only meet this if its data and systems are joined up.",
    ),
    "3b": (
        "The first risk is legal: processing personal data without a lawful basis breaches UK GDPR ({cite}).",
        "Fines can reach 4% of global turnover, and the damage to reputation may be even greater.",
        "The Privacy and Electronic Communications Regulations require consent for marketing emails and cookies.",
        "The second risk is the loss of trust when personalisation feels creepy to customers ({cite}).",
        "Target's pregnancy prediction case is a well-known example of personalisation crossing a line.",
        "The third risk comes from automation, where an algorithm may make poor or biased decisions.",
        "The likelihood of a data breach is moderate, but its impact on {org} would be high.",
        "Mitigation includes a data protection impact assessment before each new campaign.",
        "A clear policy should state which data will never be used, such as health information.",
        "Transparency, through a simple privacy notice and preference centre, builds trust over time ({cite}).",
        "Automated journeys should be checked by people regularly to catch errors before customers see them.",
        "Senior management should review these risks each quarter as part of the campaign planning cycle.",
    ),
}
GENERAL = (
    "This matters because customers now compare every brand with the best experience they have had ({cite}).",
    "The evidence suggests that relevance, not volume, is what drives engagement.",
    "For {org}, this means starting small and proving value before scaling up.",
    "This approach fits the wider goals of the business and its focus on customer loyalty.",
    "Digital channels should be planned around the customer, not the technology ({cite}).",
    "It is therefore important that the data behind each decision is accurate and up to date.",
    "This would also help {org} to compete more closely with {comp1}.",
    "Measurement should be built in from the start so that results can be compared over time.",
)
QUOTES = (
    'As {cite_name} note, "personalisation is only as good as the data behind it" ({cite}, p. {page}).',
    'In the words of {cite_name}, "relevance is the new reach" ({cite}, p. {page}).',
)
RUNINS = {
    "1a": ("Organisation information", "Customer base", "Personalisation maturity"),
    "1b": ("Current developments", "Levels of personalisation", "Future developments", "Strategic implications"),
    "1c": ("The segment", "Good practice", "Bad practice", "Measuring success", "Data required"),
    "2a": ("Objectives", "The customer journey", "Online communities", "Measurement"),
    "2b": ("Dynamic content", "Re-marketing", "Keeping it simple", "Campaign goals"),
    "3a": ("Resources and skills", "Paid, owned and earned", "Mobile and tracking", "Scalability"),
    "3b": ("Legal compliance", "Customer trust", "Automation", "Advice to management"),
}


class Writer:
    """Fills the sentence templates for one report."""

    def __init__(self, rnd: random.Random, fake: Faker) -> None:
        self.rnd = rnd
        sector = rnd.choice(SECTORS)
        self.org = f"{fake.last_name()} {sector[0]}"
        self.sector = sector
        self.seg = rnd.choice(SEGMENTS)
        self.ch1, self.ch2 = rnd.choice(CHANNELS)
        self.city = rnd.choice(CITIES)
        self.used_cites: list[int] = []
        self.decks: dict[str, list[str]] = {}
        self.quotes = list(QUOTES)
        rnd.shuffle(self.quotes)

    def cite(self) -> int:
        i = self.rnd.randrange(len(CITES))
        if i not in self.used_cites:
            self.used_cites.append(i)
        return i

    def fill(self, template: str) -> str:
        r = self.rnd
        ci = self.cite()
        name = CITES[ci][0].rsplit(",", 1)[0]
        values = {
            "org": self.org,
            "seg": self.seg,
            "seg_cap": self.seg[0].upper() + self.seg[1:],
            "ch1": self.ch1,
            "ch2": self.ch2,
            "city": self.city,
            "cite": CITES[ci][0],
            "cite_name": name,
            "comp1": self.sector[2],
            "comp2": self.sector[3],
            "prod": self.sector[1],
            "sector_lc": self.sector[0].lower(),
            "size": r.choice(("medium-sized", "family-owned", "fast-growing", "well-established")),
            "stores": r.randint(4, 60),
            "founded": r.randint(1962, 2012),
            "n": f"{r.randint(40, 900)},000",
            "staff": r.randint(120, 2400),
            "rev": r.randint(12, 340),
            "pct": r.randint(18, 74),
            "pct2": r.randint(25, 68),
            "pct_small": r.randint(2, 6),
            "pct_small2": r.randint(7, 15),
            "age1": r.choice((18, 25, 35)),
            "age2": r.choice((44, 54, 64)),
            "team": r.randint(3, 12),
            "score": r.choice(("4.1", "4.3", "4.5", "4.6")),
            "budget": r.randint(40, 250),
            "page": r.randint(12, 480),
        }
        return template.format(**values)

    def sentence(self, part: str) -> str:
        r = self.rnd
        if self.quotes and r.random() < 0.04:
            return self.fill(self.quotes.pop())
        deck = self.decks.get(part)
        if not deck:
            deck = list(SENTENCES[part]) + list(GENERAL[:3] if part == "1a" else GENERAL)
            r.shuffle(deck)
            self.decks[part] = deck
        return self.fill(deck.pop())

    def paragraphs(self, part: str, target: int) -> list[str]:
        """Paragraphs of about ``target`` words in all; the first opens the part."""
        r = self.rnd
        paras: list[str] = []
        total = 0
        current = [self.fill(r.choice(OPENERS[part]))]
        size = r.randint(55, 130)
        while True:
            words = count(" ".join(current))
            if total + words >= target:
                paras.append(" ".join(current))
                break
            if words >= size:
                paras.append(" ".join(current))
                total += words
                current = []
                size = r.randint(55, 130)
            current.append(self.sentence(part))
        return paras


# --- WordprocessingML -------------------------------------------------------------------------------------------
def rpr(
    font: str | None = None,
    size: float | None = None,
    bold: bool = False,
    italic: bool = False,
    caps: bool = False,
    small: bool = False,
    tracking: int = 0,
) -> str:
    out = ""
    if font:
        out += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if bold:
        out += "<w:b/><w:bCs/>"
    if italic:
        out += "<w:i/><w:iCs/>"
    if caps:
        out += "<w:caps/>"
    if small:
        out += "<w:smallCaps/>"
    if tracking:
        out += f'<w:spacing w:val="{tracking}"/>'
    if size:
        out += f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>'
    return f"<w:rPr>{out}</w:rPr>" if out else ""


def frag(xml: str):
    """A fragment of WordprocessingML parsed with the namespaces declared on its first element."""
    return parse_xml(re.sub(r"^<([\w:]+)", lambda m: f"<{m.group(1)} {NS}", xml, count=1))


def run(text: str, props: str = "") -> str:
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def ppr(
    style: str | None = None,
    keep: bool = False,
    before_page: bool = False,
    frame: str = "",
    spacing: str = "",
    ind: str = "",
    jc: str | None = None,
    outline: int | None = None,
    tabs: str = "",
) -> str:
    out = ""
    if style:
        out += f'<w:pStyle w:val="{style}"/>'
    if keep:
        out += "<w:keepNext/>"
    if before_page:
        out += "<w:pageBreakBefore/>"
    out += frame + tabs + spacing + ind
    if jc:
        out += f'<w:jc w:val="{jc}"/>'
    if outline is not None:
        out += f'<w:outlineLvl w:val="{outline}"/>'
    return f"<w:pPr>{out}</w:pPr>" if out else ""


class Report:
    def __init__(self, layout: Layout, rnd: random.Random) -> None:
        self.layout = layout
        self.rnd = rnd
        self.doc = docx.Document()
        self.body = self.doc.element.body
        self.part_words: dict[str, int] = {}
        self.headings: dict[str, str] = {}
        self.page_break_next = False
        self.setup()

    def add(self, xml: str) -> None:
        element = parse_xml(xml)
        self.body.sectPr.addprevious(element)

    def para(self, runs: str, props: str = "") -> None:
        self.add(f"<w:p {NS}>{props}{runs}</w:p>")

    # styles, page, settings
    def setup(self) -> None:
        lay = self.layout
        doc = self.doc
        for element in doc.styles.element.iter(qn("w:rFonts")):
            for attr in list(element.attrib):
                if "Theme" in attr:
                    del element.attrib[attr]
        normal = doc.styles["Normal"]
        normal.font.name = lay.body_font
        normal.font.size = Pt(lay.body_size)
        fmt = normal.paragraph_format
        fmt.line_spacing = lay.line
        fmt.space_after = Pt(6 if lay.line < 1.5 else 0)
        fmt.alignment = 3  # justified
        for name, size, level in (("Heading 1", lay.task_size, 1), ("Heading 2", lay.part_size, 2)):
            style = doc.styles[name]
            style.font.name = lay.head_font
            style.font.size = Pt(size)
            style.font.bold = level == 2 and lay.name != "antiqua_review"
            style.font.italic = False
            style.font.color.rgb = None
            style.paragraph_format.space_before = Pt(18 if level == 1 else 14)
            style.paragraph_format.space_after = Pt(8)
            style.paragraph_format.line_spacing = 1.0
        sub = doc.styles["Heading 3"]
        sub.font.name = lay.head_font
        sub.font.size = Pt(lay.body_size)
        sub.font.bold = True
        sub.font.italic = True
        sub.font.color.rgb = None
        sub.paragraph_format.line_spacing = 1.0
        section = doc.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(lay.margin_cm))
        settings = doc.settings.element
        tab = settings.find(qn("w:defaultTabStop"))
        tab.addnext(parse_xml(f"<w:autoHyphenation {NS}/>"))
        if lay.columns > 1:
            cols = section._sectPr.find(qn("w:cols"))
            cols.set(qn("w:num"), str(lay.columns))
            cols.set(qn("w:space"), "567")

    def running_heads(self, org: str) -> None:
        lay = self.layout
        section = self.doc.sections[-1]
        section.different_first_page_header_footer = lay.columns == 1
        head = section.header.paragraphs[0]
        text = {
            "garamond_book": "MASTERING DIGITAL CHANNELS",
            "gothic_magazine": f"{org.upper()} \u00b7 DIGITAL CHANNELS",
            "antiqua_review": "Personalisation in Digital Channels",
            "numbered_monograph": org.upper(),
            "slash_annual": f"CIM 2206 \u00b7 {org.upper()}",
            "caps_chapbook": org,
            "georgia_quarterly": "THE PERSONALISATION REVIEW",
        }[lay.name]
        head._p.append(frag(run(text, rpr(lay.head_font, 8.5, small=lay.name == "caps_chapbook", tracking=50))))
        head.alignment = 1
        foot = section.footer.paragraphs[0]
        foot.alignment = 1 if lay.centred or lay.name == "georgia_quarterly" else 2
        props = rpr(lay.head_font, 9)
        foot._p.append(parse_xml(f'<w:fldSimple {NS} w:instr=" PAGE "><w:r>{props}<w:t>1</w:t></w:r></w:fldSimple>'))

    # headings
    def heading(self, text: str, level: int) -> None:
        """A task (level 1) or part (level 2) heading, or a sub-heading (level 3)."""
        lay = self.layout
        before = self.page_break_next
        self.page_break_next = False
        jc = "center" if lay.centred and level < 3 else "left"
        if lay.styled:
            style = f"Heading{level}"
            props = rpr(
                caps=lay.caps == "format" and level < 3,
                small=lay.caps == "small" and level < 3,
                tracking=lay.tracking if level < 3 else 0,
            )
            self.para(run(text, props), ppr(style, keep=True, before_page=before, jc=jc))
            return
        size = {1: lay.task_size, 2: lay.part_size, 3: lay.body_size}[level]
        props = rpr(
            lay.head_font,
            size,
            bold=level != 1 or lay.caps == "typed",
            italic=level == 3,
            caps=lay.caps == "format" and level < 3,
            small=lay.caps == "small" and level < 3,
            tracking=lay.tracking if level < 3 else 0,
        )
        before_twips, after_twips = (360, 160) if level < 3 else (160, 60)
        spacing = f'<w:spacing w:before="{before_twips}" w:after="{after_twips}" w:line="240" w:lineRule="auto"/>'
        self.para(run(text, props), ppr(None, True, before, "", spacing, "", jc, level - 1))

    def kicker(self, text: str) -> None:
        lay = self.layout
        spacing = '<w:spacing w:before="0" w:after="200" w:line="240" w:lineRule="auto"/>'
        self.para(
            run(text, rpr(lay.head_font, lay.body_size + 2, italic=True)), ppr(None, True, spacing=spacing, jc="left")
        )

    def ornament(self) -> None:
        lay = self.layout
        spacing = '<w:spacing w:before="240" w:after="240"/>'
        self.para(
            run(lay.ornament, rpr(lay.head_font, lay.body_size + 2, tracking=40)), ppr(spacing=spacing, jc="center")
        )

    # body
    def opening(self, text: str, words: int) -> None:
        """The first paragraph of a part: a drop cap and its opening words set large."""
        lay = self.layout
        lines = self.rnd.randint(*lay.drop_lines)
        letter, rest = text[0], text[1:]
        tokens = rest.split(" ")
        head, tail = " ".join(tokens[:words]), " ".join(tokens[words:])
        big = lay.body_size + self.rnd.choice((1, 1.5, 2))
        lead = rpr(
            size=big,
            bold=lay.opening == "bold",
            small=lay.opening == "small",
            caps=lay.opening == "caps",
        )
        cap_size = round(lines * lay.body_size * lay.line * 1.18)
        if lay.drop == "frame":
            frame = f'<w:framePr w:dropCap="drop" w:lines="{lines}" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>'
            spacing = f'<w:spacing w:before="0" w:after="0" w:line="{cap_size * 20}" w:lineRule="exact"/>'
            self.para(
                run(letter, rpr(lay.head_font, cap_size, bold=lay.caps == "typed")),
                ppr(None, False, False, frame, spacing),
            )
            self.para(run(head, lead) + run(" " + tail if tail else ""))
        else:
            self.para(run(letter, rpr(lay.head_font, lay.body_size * lines * 1.1)) + run(head, lead) + run(" " + tail))

    def body_para(self, text: str, runin: str | None) -> None:
        lay = self.layout
        if runin and lay.runin:
            label = runin + lay.runin
            self.para(run(label, rpr(bold=True, italic=True)) + run(" " + text))
        elif runin:
            self.heading(runin, 3)
            self.para(run(text))
        else:
            self.para(run(text))

    def pullquote(self, text: str, number: int) -> None:
        lay = self.layout
        inner = (
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
            f"{run(text, rpr(lay.head_font, lay.body_size + 3, italic=True))}</w:p>"
        )
        shape = (
            f'<w:r><w:pict><v:shape id="pq{number}" type="#_x0000_t202" '
            'style="width:200pt;height:76pt;mso-wrap-style:square" '
            'stroked="f" filled="f"><v:textbox><w:txbxContent>'
            f"{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
        self.para(shape, ppr(spacing='<w:spacing w:before="120" w:after="120"/>', jc="center"))

    def list_items(self, items: list[str]) -> None:
        lay = self.layout
        for number, item in enumerate(items, 1):
            if lay.lists == "auto":
                self.para(run(item), ppr("ListBullet" if lay.name != "numbered_monograph" else "ListNumber"))
            else:
                ind = '<w:ind w:left="567" w:hanging="397"/>'
                self.para(
                    run(f"{number}.\t{item}"),
                    ppr(None, ind=ind, tabs='<w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs>'),
                )

    def table(self, rows: list[tuple[str, ...]], caption: str) -> None:
        lay = self.layout
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = self.doc.styles["Table Grid"]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.text = value
                for paragraph in cell.paragraphs:
                    paragraph.alignment = 0
                    paragraph.paragraph_format.line_spacing = 1.0
                    for piece in paragraph.runs:
                        piece.font.size = Pt(lay.body_size - 1.5)
                        piece.font.bold = r == 0
        self.para(run(caption, rpr(italic=True, size=lay.body_size - 1.5)), ppr("Caption", jc="left"))


# --- a report ---------------------------------------------------------------------------------------------------
def targets(rnd: random.Random, layout: Layout, index: int) -> dict[str, int]:
    profile = ("near", "over", "under", "near", "over", "under", "near")[(index // len(LAYOUTS) + index) % 7]
    limits = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
    out: dict[str, int] = {}
    dense = layout.line >= 1.5 or layout.body_size >= 12.5
    out["1a"] = rnd.randint(170, 260) if dense else rnd.randint(240, 380)
    for group, parts in LIMIT_GROUPS.items():
        if profile == "over":
            factor = rnd.uniform(1.03, 1.14)
        elif profile == "under":
            factor = rnd.uniform(0.55, 0.8)
        else:
            factor = rnd.uniform(0.88, 1.0)
        total = int(limits[group] * factor)
        share = rnd.uniform(0.42, 0.58)
        out[parts[0]] = int(total * share)
        out[parts[1]] = total - out[parts[0]]
    return out


def build(index: int) -> tuple[bytes, Truth]:
    rnd = random.Random(44_000 + index)
    fake = Faker("en_GB")
    fake.seed_instance(44_000 + index)
    layout = LAYOUTS[index % len(LAYOUTS)]
    writer = Writer(rnd, fake)
    report = Report(layout, rnd)
    report.running_heads(writer.org)
    want = targets(rnd, layout, index)
    candidate = fake.name()

    # cover
    title = rpr(layout.head_font, layout.task_size + 6, caps=layout.caps != "none", tracking=layout.tracking)
    report.para(
        run("Mastering Digital Channels", title), ppr(spacing='<w:spacing w:before="2400" w:after="240"/>', jc="center")
    )
    report.para(
        run("CIM Level 6 Digital Diploma in Professional Marketing", rpr(layout.head_font, 13, italic=True)),
        ppr(jc="center"),
    )
    report.para(run(f"Personalisation at {writer.org}", rpr(layout.head_font, 14)), ppr(jc="center"))
    report.para(
        run(layout.ornament, rpr(layout.head_font, 14)),
        ppr(spacing='<w:spacing w:before="480" w:after="480"/>', jc="center"),
    )
    report.para(run(f"Candidate: {candidate}"), ppr(jc="center"))
    report.para(run(f"Submitted {fake.date_between('-3y', '-1y').strftime('%d %B %Y')}"), ppr(jc="center"))
    stated = sum(want[p] for p in PARTS[1:])
    if rnd.random() < 0.7:
        report.para(run(f"Word count: {stated + rnd.randint(-40, 40):,}"), ppr(jc="center"))
    if layout.columns > 1:
        # the cover is a section of one column, the report flows in columns
        sect = report.doc.sections[-1]._sectPr
        cover = parse_xml(sect.xml)
        for child in list(cover):
            if child.tag in (qn("w:cols"), qn("w:headerReference"), qn("w:footerReference"), qn("w:titlePg")):
                cover.remove(child)
        report.add(f"<w:p {NS}><w:pPr/></w:p>")
        report.body.sectPr.getprevious().find(qn("w:pPr")).append(cover)
        report.doc.sections[-1].start_type = WD_SECTION.NEW_PAGE
    else:
        report.page_break_next = True
    if layout.contents:
        report.heading("Contents", 1)
        tabs = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs>'
        page = 3
        for part in PARTS:
            label = part_heading("dash" if layout.part_label == "upper_bare" else layout.part_label, part)
            report.para(run(f"{label}\t{page}"), ppr(tabs=tabs, jc="left"))
            page += 1 if part == "1a" else 2
        report.para(run(f"References\t{page}"), ppr(tabs=tabs, jc="left"))
        report.page_break_next = True

    pull = 0
    for part in PARTS:
        task = part[0]
        if part[1] == "a":
            if task != "1" and layout.ornament_where == "tasks":
                report.ornament()
            if layout.task_label:
                report.heading(task_heading(layout.task_label, task), 1)
        elif layout.ornament_where == "parts":
            report.ornament()
        heading = part_heading(layout.part_label, part)
        report.heading(heading, 2)
        report.headings[part] = heading
        if layout.kicker:
            report.kicker(PART_TITLES[part])
        items: list[str] = []
        if layout.lists and part in ("2a", "3a"):
            items = [writer.sentence(part) for _ in range(rnd.randint(3, 5))]
        item_words = sum(count(item) + (1 if layout.lists == "typed" else 0) for item in items)
        paras = writer.paragraphs(part, want[part] - item_words)
        words = 0
        runins = list(RUNINS[part])
        for n, text in enumerate(paras):
            words += count(text)
            if n == 0:
                report.opening(text, rnd.randint(4, 8))
                continue
            label = runins.pop(0) if runins and rnd.random() < 0.6 else None
            report.body_para(text, label)
            if layout.pullquotes and n == 1 and part in ("1b", "2b", "3a"):
                pull += 1
                report.pullquote("\u201c" + text.split(". ")[0].rstrip(".") + ".\u201d", pull)
            if n == 1 and items:
                report.list_items(items)
                words += item_words
        if layout.table and part == "2a":
            rows = [("Stage", "Action", "Channel", "KPI", "Timing")]
            for stage, action in (
                ("Awareness", "Lookalike audiences"),
                ("Consideration", "Dynamic product blocks"),
                ("Purchase", "Abandoned basket emails"),
                ("Loyalty", "Members' community"),
            ):
                ch = writer.ch1 if rnd.random() < 0.5 else writer.ch2
                rows.append((stage, action, ch, f"{rnd.randint(2, 9)}% uplift", f"Q{rnd.randint(1, 4)}"))
            report.table(rows, "Table 1: Action plan for conversion")
        report.part_words[part] = words
    report.ornament()
    report.heading("References" if rnd.random() < 0.7 else "Reference list", 1)
    for i in sorted(writer.used_cites, key=lambda c: CITES[c][1]):
        ref = '<w:ind w:left="567" w:hanging="567"/>'
        report.para(run(CITES[i][1]), ppr(ind=ref, jc="left"))

    buffer = io.BytesIO()
    report.doc.save(buffer)
    part_words = report.part_words
    truth = Truth(
        name="",
        seed=index,
        layout=layout.name,
        split="",
        part_words=dict(part_words),
        group_words={g: sum(part_words[p] for p in parts) for g, parts in LIMIT_GROUPS.items()},
        words_all=sum(part_words.values()),
        headings=dict(report.headings),
    )
    return buffer.getvalue(), truth
