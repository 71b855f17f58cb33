"""Pool 25: CIM 2206 reports laid out like magazines and reports with sidebars.

Written by a hand that has not read marker's readers. Two-column sections for parts of the answer, pull quotes
in floating text boxes, boxed case studies and "Did you know?" panels (shaded one-cell tables or text boxes),
coloured bands behind headings, a wide first-page masthead, images with captions between columns, column breaks,
and one-column sections between them. Truth is counted while each report is written: body paragraphs and list
items of a part count; headings, sub-headings, tables, panels, text boxes, captions, headers and footers, the
masthead, the reference list and word-count lines do not.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Inches, Mm, Pt, RGBColor
from faker import Faker
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports laid out like magazines and reports with sidebars: two-column parts, pull quotes and 'Did you know?' "
    "panels in text boxes or shaded one-cell tables, boxed case studies, banded headings, a wide masthead, "
    "captioned images between column sections, column breaks"
)

LAYOUTS = (
    "banded-masthead-two-column",
    "margin-sidebar-report",
    "newsletter-column-breaks",
    "annual-report-bands",
    "feature-pull-quotes",
    "three-column-digest",
    "cover-contents-case-boxes",
)
REPORTS = 28

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)
LIMITS = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}

# --- the candidate's text --------------------------------------------------------------------------------------
CITES = {
    "Chaffey and Ellis-Chadwick, 2019": "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital Marketing. 7th edn. "
    "Harlow: Pearson.",
    "Chaffey and Smith, 2017": "Chaffey, D. and Smith, P.R. (2017) Digital Marketing Excellence. 5th edn. "
    "Abingdon: Routledge.",
    "Kotler and Keller, 2016": "Kotler, P. and Keller, K.L. (2016) Marketing Management. 15th edn. Harlow: Pearson.",
    "Ryan, 2016": "Ryan, D. (2016) Understanding Digital Marketing. 4th edn. London: Kogan Page.",
    "Epsilon, 2018": "Epsilon (2018) The Power of Me: The Impact of Personalization on Marketing Performance. "
    "Irving, TX: Epsilon.",
    "Accenture, 2018": "Accenture (2018) Making It Personal: Pulse Check 2018. Dublin: Accenture Interactive.",
    "Econsultancy, 2019": "Econsultancy (2019) Personalisation Best Practice Guide. London: Econsultancy.",
    "Gartner, 2019": "Gartner (2019) Predicts 2020: Marketers, Beware of Personalization Pitfalls. Stamford, CT: "
    "Gartner.",
    "ICO, 2018": "Information Commissioner's Office (2018) Guide to the General Data Protection Regulation. "
    "Wilmslow: ICO.",
    "McKinsey, 2019": "McKinsey & Company (2019) The Future of Personalization. New York: McKinsey.",
    "Salesforce, 2019": "Salesforce (2019) State of the Connected Customer. 3rd edn. San Francisco: Salesforce.",
    "Lemon and Verhoef, 2016": "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience "
    "throughout the customer journey', Journal of Marketing, 80(6), pp. 69-96.",
    "Deloitte, 2018": "Deloitte (2018) The Deloitte Consumer Review: Made-to-order. London: Deloitte.",
    "Smith and Zook, 2020": "Smith, P.R. and Zook, Z. (2020) Marketing Communications. 7th edn. London: Kogan Page.",
}

SECTORS = (
    ("fashion retailer", "clothing, footwear and accessories", ("ASOS", "Next", "Zara")),
    ("travel operator", "package holidays, flights and city breaks", ("TUI", "Jet2holidays", "Expedia")),
    ("gym chain", "memberships, classes and personal training", ("PureGym", "The Gym Group", "David Lloyd")),
    ("home furnishings retailer", "furniture, lighting and soft furnishings", ("IKEA", "DFS", "Dunelm")),
    ("cosmetics brand", "skincare, make-up and fragrance", ("Boots", "Sephora", "The Body Shop")),
    ("building society", "mortgages, savings and insurance", ("Nationwide", "Halifax", "Monzo")),
    ("garden centre group", "plants, outdoor furniture and cafés", ("Dobbies", "B&Q", "Wyevale")),
    ("cinema chain", "film tickets, memberships and food and drink", ("Odeon", "Vue", "Cineworld")),
)
SEGMENTS = (
    "young professionals aged 25 to 34",
    "busy parents with children under ten",
    "students living away from home",
    "over-55s with high disposable income",
    "first-time buyers",
    "lapsed loyalty-scheme members",
)
CHANNELS = ("email", "the mobile app", "the website", "paid social media", "paid search")

OPEN = {
    "1a": (
        "{org} is a {kind} founded in {founded} and headquartered in {city}.",
        "It employs around {staff} people and reported revenue of £{rev}m in its last financial year.",
        "The range covers {range}, sold through {stores} stores, the website and a mobile app.",
        "Its main competitors are {r1}, {r2} and {r3}, each of which invests heavily in digital channels.",
        "The customer base of roughly {cust} active customers is {pct}% female and skews towards {seg}.",
        "Around {pct2}% of sales are now made online, and mobile accounts for most of that traffic.",
        "Personalisation is at an early stage of maturity: emails are segmented only by age and location.",
        "The website shows the same homepage to every visitor, and product recommendations are not yet used.",
        "A loyalty scheme holds {loyal} members, yet its data is not joined to the e-commerce platform.",
        "Using the maturity model of {ncite}, {org} sits at the second of five stages, 'segmented'.",
        "It is a private company with {stores} sites, most of them in the south of England.",
        "Customers aged under 35 are the fastest-growing group, up {pct2}% in two years.",
        "Most customers first find {org} through paid search or a recommendation from a friend.",
        "Repeat customers generate about {pct}% of revenue, so retention is a priority for the board.",
        "The email list holds {loyal} subscribers, but only a third have opened a message in the last year.",
        "Social media is used mainly for brand awareness, with little targeting beyond age and location.",
        "The app was launched in {applaunch} and has a rating of {rating} stars in the app stores.",
        "Data sits in three separate systems, so the team cannot see one view of each customer.",
        "Compared with {r1}, whose app greets each customer by name and history, {org} lags behind.",
        "Senior managers see personalisation as a way to defend margins against discounters.",
        "Management wants to move towards one-to-one personalisation within the next three years.",
        "The marketing team of {team} people relies on an agency for paid media and analytics.",
        "Customers rate service highly, with a Net Promoter Score of {nps}, but online reviews mention "
        "irrelevant offers.",
    ),
    "1b": (
        "Personalisation in digital channels ranges from basic rules-based segmentation to real-time, "
        "one-to-one experiences driven by machine learning {cite}.",
        "At the basic level, a marketer inserts a first name or sends different emails to different segments.",
        "More advanced approaches use behavioural data, such as pages viewed and items left in a basket, to "
        "trigger messages within minutes.",
        "Research suggests that {pct}% of consumers are more likely to buy from a brand that offers personalised "
        "experiences {cite}.",
        "However, the same research shows that poorly targeted messages damage trust and increase unsubscribes.",
        "Recommendation engines are now standard in retail, and {r1} already shows 'customers also bought' "
        "panels on every product page.",
        "Artificial intelligence allows offers, prices and content to be adjusted for each visitor, but it needs "
        "clean, joined-up data that {org} does not yet hold.",
        "Voice assistants and conversational chatbots are a future development that could change how customers "
        "search for {range}.",
        "The decline of third-party cookies will push organisations towards first-party and zero-party data {cite}.",
        "For {org}, this means the loyalty scheme becomes a strategic asset rather than a discount mechanism.",
        "A strategic decision is therefore whether to build capability in-house or buy a personalisation platform.",
        "Location-based personalisation, such as geo-fenced push notifications near a store, offers quick wins "
        "but raises privacy concerns.",
        "Predictive analytics can estimate a customer's next purchase and lifetime value, which helps to set "
        "budgets by segment {cite}.",
        "The cost of advanced personalisation is high, and returns depend on scale, so a phased approach is "
        "more realistic for a business of {org}'s size.",
        "According to {ncite}, relevance rather than volume now decides whether a message is opened at all.",
        "Hyper-personalisation across channels is the likely direction of travel, yet many customers still find "
        "it intrusive.",
    ),
    "1c": (
        "The chosen segment is {seg}, who make up about {pct}% of {org}'s online revenue.",
        "They browse mainly on mobile in the evening and expect fast, relevant and consistent experiences.",
        "Good practice is shown by Netflix, whose recommendations drive a large share of viewing because they "
        "are based on behaviour rather than stated preferences {cite}.",
        "Spotify's Wrapped campaign turns personal data into shareable content that customers welcome.",
        "By contrast, poor practice occurs when a retailer keeps showing adverts for a product already bought.",
        "In my own experience, a high-street retailer emailed me a 'welcome back' offer the day after I "
        "complained, which felt careless.",
        "Success depends on accurate data, relevant timing and a clear benefit for the customer {cite}.",
        "Failure usually comes from thin data, broken integrations between channels and over-frequent messages.",
        "For this segment, {org} needs data on purchase history, browsing behaviour, preferred channel and "
        "life-stage events.",
        "The cross-channel experience matters because the segment moves between the app, email and social media "
        "before buying.",
        "Good personalisation could help {org} raise repeat purchase by {pct2}% and lift average order value.",
        "Measuring it requires control groups, so that uplift is compared with customers who saw generic content.",
        "An improvement would be a preference centre where customers choose topics and frequency themselves.",
        "Amazon remains the benchmark, although its scale of data is beyond what {org} can match {cite}.",
        "A simple first step is to personalise the app's home screen by recently viewed categories.",
    ),
    "2a": (
        "The action plan focuses on two channels, {c1} and {c2}, because they reach {seg} most often.",
        "The objective is to raise the conversion rate from {conv}% to {conv2}% within twelve months.",
        "Using the RACE framework of {cite}, actions are grouped into reach, act, convert and engage stages.",
        "In the first quarter, the team will audit data sources and connect the loyalty database to the "
        "e-commerce platform.",
        "Abandoned-basket messages will be triggered within one hour, carrying the items left and related products.",
        "The customer journey will be mapped from first visit to repeat purchase, identifying where visitors "
        "drop out {cite}.",
        "Online communities will be built around a members' group where customers share reviews and photos.",
        "User-generated content from the community will be reused in {c1} to add social proof.",
        "A/B tests will compare personalised and generic versions of each message every month.",
        "The budget is £{budget}k, split between technology, content production and staff training.",
        "Key performance indicators include conversion rate, average order value and repeat purchase rate.",
        "Responsibility sits with the digital marketing manager, supported by the agency for paid media.",
        "Progress will be reviewed monthly on a dashboard shared with the senior management team.",
        "Checkout friction will be reduced by saving preferences and offering one-click payment on mobile.",
    ),
    "2b": (
        "Content in {c1} can be personalised by product category, browsing history and life stage {cite}.",
        "For example, a customer who viewed {range} three times would receive a tailored edit of new arrivals.",
        "Dynamic content blocks allow one email template to show different images and offers to each reader.",
        "On {c2}, the home screen can show recently viewed items and offers that expire within the week.",
        "Re-marketing keeps {org} visible to visitors who left without buying, through display and social "
        "adverts {cite}.",
        "Sequential re-marketing changes the message over time, from a reminder to a review and then an incentive.",
        "Frequency caps are essential, because customers quickly find repeated adverts irritating.",
        "Content should be simple: one clear offer and one call to action work better than several.",
        "Video is increasingly effective, and personalised video that names the customer has raised "
        "click-through rates in trials.",
        "Lookalike audiences built from the best customers extend reach without losing relevance.",
        "Content also supports broader ambitions, such as sustainability, by showing care and repair advice.",
        "Testing subject lines, images and timing for each segment will show what actually drives engagement.",
        "Email re-marketing for lapsed customers can offer a reason to return rather than a bare discount.",
        "According to {ncite}, relevance and timing matter more than the volume of content produced.",
    ),
    "3a": (
        "Personalisation should be managed by a small cross-functional team led by the head of digital {cite}.",
        "Internally, {org} needs a data analyst, a CRM executive and content designers with testing skills.",
        "Externally, a customer data platform provider and the current agency can supply technology and expertise.",
        "A phased implementation is recommended, starting with basic segmentation before advanced "
        "machine-learning models.",
        "Owned channels such as email and the app should come first, because {org} controls the data and cost.",
        "Paid channels need audience matching with platforms, which depends on consent and first-party data.",
        "Earned channels, such as reviews and community content, are harder to personalise but build trust.",
        "Mobile must be central, since {pct}% of the target audience's visits happen on smartphones.",
        "Advanced tracking through server-side tagging will improve data quality as cookies decline {cite}.",
        "Scalability matters: a platform chosen now should support more channels and markets later.",
        "The main challenges are legacy systems, limited budget and the skills gap in analytics.",
        "Customers expect personalisation to be helpful, and {org}'s current ability falls short of this.",
        "Training and a clear governance process will help the team decide which data may be used and how.",
        "Success will be measured through incremental revenue against a control group, reported each quarter.",
    ),
    "3b": (
        "The first risk is legal non-compliance with the GDPR and the Privacy and Electronic Communications "
        "Regulations {cite}.",
        "Processing personal data for profiling requires a lawful basis, clear privacy notices and respect for "
        "the right to object.",
        "Fines can reach 4% of global turnover, and the reputational damage may be greater than the fine.",
        "Mitigation includes a data protection impact assessment, consent management and regular audits.",
        "The second risk is that customers find personalisation intrusive, the so-called 'creepy' line {cite}.",
        "Target's pregnancy prediction case shows how accurate inferences can still upset customers.",
        "{org} should avoid sensitive categories of data and explain why a customer sees each recommendation.",
        "The third risk is technical failure, where automation sends the wrong content to the wrong person.",
        "An example is a retailer that emailed thousands of customers by the wrong first name.",
        "Automated systems need human checks, testing before each send and clear rules for exceptions.",
        "Each risk has been judged on likelihood and impact, and legal compliance is the most serious.",
        "Transparency builds trust, so a plain-language data promise should sit on the website and in the app.",
        "For future campaigns, senior management should treat privacy as part of the customer experience.",
        "Poor channel experience may push customers to competitors such as {r1}, so quality must come first.",
    ),
}

SUBHEADS = {
    "1a": ("Organisation information", "Customer base", "Personalisation maturity"),
    "1b": ("Levels of personalisation", "Current developments", "Future developments", "Strategic implications"),
    "1c": ("The segment", "Good practice", "Poor practice", "Data and improvements"),
    "2a": ("Objectives", "The customer journey", "Online communities", "Measuring success"),
    "2b": ("Personalised content", "Dynamic content", "Re-marketing", "Keeping it simple"),
    "3a": ("Resources and skills", "Paid, owned and earned channels", "Mobile and tracking", "Scaling up"),
    "3b": ("Risk one: legal compliance", "Risk two: intrusion", "Risk three: automation", "Overall judgement"),
}

FACTS = (
    "80% of consumers are more likely to buy from a brand that offers personalised experiences (Epsilon, 2018).",
    "91% of consumers prefer brands that recognise them and give relevant offers (Accenture, 2018).",
    "Abandoned-basket emails are opened at nearly three times the rate of ordinary promotional emails.",
    "Under the GDPR, fines can reach €20 million or 4% of global annual turnover.",
    "63% of consumers say they are annoyed by generic advertising messages (Salesforce, 2019).",
    "Netflix estimates that its recommendations save it more than $1 billion a year in churn.",
)
CASES = (
    (
        "Spotify Wrapped",
        "Each December Spotify turns a year of listening data into a personal story. Users share "
        "it on social media, so personal data becomes free earned reach.",
    ),
    (
        "Starbucks Rewards",
        "The app suggests drinks by time of day, weather and past orders. Offers are set for "
        "each member, and mobile orders now make up a large share of sales.",
    ),
    (
        "Sephora",
        "Sephora links its app, store visits and beauty profile so that advice online matches advice in "
        "store. Virtual try-on tools use the customer's own face.",
    ),
    (
        "Amazon",
        "Recommendations appear on the homepage, product pages and in email, using purchase and browsing "
        "history. They are estimated to drive over a third of sales.",
    ),
    (
        "Tesco Clubcard",
        "Coupons are printed and emailed on the basis of each household's shopping basket, and "
        "Clubcard Prices now reward members with personalised discounts.",
    ),
)
SCHEMES = (
    ("1F4E79", "DEEAF6"),
    ("7B2C5E", "F3E3EC"),
    ("1E6B52", "E2F0EA"),
    ("B4451F", "FBE9E1"),
    ("2F3E5C", "E6E9F0"),
    ("5B3A87", "ECE6F4"),
)
CONNECTIVES = ("Moreover,", "In addition,", "Equally,", "Furthermore,", "Importantly,", "It follows that", "Again,")
COMMON_STARTS = set(
    [
        "The",
        "A",
        "An",
        "At",
        "In",
        "For",
        "By",
        "Using",
        "Around",
        "It",
        "Its",
        "Management",
        "Customers",
        "Research",
        "More",
        "Personalisation",
        "Content",
        "Success",
        "Failure",
        "Good",
        "Measuring",
        "Mitigation",
        "Each",
        "Transparency",
        "Paid",
        "Owned",
        "Earned",
        "Mobile",
        "Advanced",
        "Training",
        "Scalability",
        "Video",
        "Frequency",
        "Lookalike",
        "Testing",
        "Email",
        "Dynamic",
        "Sequential",
        "Responsibility",
        "Progress",
        "Checkout",
        "Online",
        "Processing",
        "Fines",
        "Automated",
        "Poor",
        "Predictive",
        "Location-based",
        "Artificial",
        "Voice",
        "Recommendation",
        "Hyper-personalisation",
        "Key",
        "User-generated",
        "Abandoned-basket",
        "Re-marketing",
        "According",
        "Most",
        "Repeat",
        "Social",
        "Data",
        "Senior",
        "Compared",
        "Internally,",
        "Externally,",
    ]
)
NUMBER_WORDS = {"1": "ONE", "2": "TWO", "3": "THREE"}
TASK_NAMES = {
    "1": "Personalisation in digital channels",
    "2": "Action plan for conversion",
    "3": "Managing personalisation and its risks",
}


# --- raw WordprocessingML helpers -----------------------------------------------------------------------------
PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]


def _ppr_insert(paragraph, element) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    tag = element.tag.split("}")[1]
    rank = PPR_ORDER.index(tag)
    for existing in ppr.findall(qn(f"w:{tag}")):
        ppr.remove(existing)
    for index, child in enumerate(ppr):
        name = child.tag.split("}")[1]
        if name in PPR_ORDER and PPR_ORDER.index(name) > rank:
            ppr.insert(index, element)
            return
    ppr.append(element)


def shade(paragraph, fill: str) -> None:
    _ppr_insert(paragraph, parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def rule_below(paragraph, colour: str, size: int = 12) -> None:
    _ppr_insert(
        paragraph,
        parse_xml(f'<w:pBdr {NS}><w:bottom w:val="single" w:sz="{size}" w:space="1" w:color="{colour}"/></w:pBdr>'),
    )


def rule_left(paragraph, colour: str) -> None:
    _ppr_insert(
        paragraph,
        parse_xml(f'<w:pBdr {NS}><w:left w:val="single" w:sz="24" w:space="8" w:color="{colour}"/></w:pBdr>'),
    )


def set_columns(section, number: int, space_twips: int = 425, separator: bool = False) -> None:
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml(f"<w:cols {NS}/>")
        section._sectPr.append(cols)
    for child in list(cols):
        cols.remove(child)
    cols.set(qn("w:num"), str(number))
    cols.set(qn("w:space"), str(space_twips))
    if separator:
        cols.set(qn("w:sep"), "1")
    elif qn("w:sep") in cols.attrib:
        del cols.attrib[qn("w:sep")]


def add_field(paragraph, instruction: str, shown: str) -> None:
    paragraph._p.append(
        parse_xml(f'<w:fldSimple {NS} w:instr=" {instruction} "><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>')
    )


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Shapes:
    def __init__(self) -> None:
        self.next_id = 100

    def text_box(
        self,
        lines: list[tuple[str, bool, float, str]],
        *,
        width: float,
        fill: str,
        line: str | None,
        align: str = "right",
        relative: str = "column",
        wrap: str = "square",
        offset_v: float = 0.0,
        font: str = "Calibri",
    ):
        """A floating DrawingML text box: lines are (text, bold, size in points, colour)."""
        self.next_id += 1
        ident = self.next_id
        chars = sum(len(text) for text, *_ in lines)
        height = 0.35 + 0.2 * len(lines) + chars * 0.011 * (2.2 / width)
        cx, cy = int(width * 914400), int(height * 914400)
        paras = "".join(
            f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="{font}" '
            f'w:hAnsi="{font}"/>{"<w:b/>" if bold else ""}<w:color w:val="{colour}"/><w:sz w:val="{int(size * 2)}"/>'
            f'</w:rPr><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>'
            for text, bold, size, colour in lines
        )
        outline = (
            f'<a:ln w="19050"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>'
            if line
            else "<a:ln><a:noFill/></a:ln>"
        )
        wrapping = '<wp:wrapSquare wrapText="bothSides"/>' if wrap == "square" else "<wp:wrapTopAndBottom/>"
        xml = (
            f'<w:r {NS}><w:drawing><wp:anchor distT="91440" distB="91440" distL="114300" distR="114300" '
            f'simplePos="0" relativeHeight="{251659264 + ident}" behindDoc="0" locked="0" layoutInCell="1" '
            f'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="{relative}"><wp:align>{align}</wp:align></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(offset_v * 914400)}</wp:posOffset>'
            f'</wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'{wrapping}<wp:docPr id="{ident}" name="Text Box {ident}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
            f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/>'
            f"</a:solidFill>{outline}</wps:spPr><wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>"
            f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="91440" rIns="91440" bIns="91440" '
            f'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
            f"</wp:anchor></w:drawing></w:r>"
        )
        return parse_xml(xml)


def chart_png(rng: random.Random, colour: str) -> bytes:
    image = Image.new("RGB", (640, 300), "white")
    draw = ImageDraw.Draw(image)
    rgb = tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))
    values = [rng.randint(20, 95) for _ in range(6)]
    for i, value in enumerate(values):
        x = 50 + i * 95
        draw.rectangle([x, 270 - value * 2.4, x + 60, 270], fill=rgb)
    draw.line([40, 270, 620, 270], fill=(80, 80, 80), width=2)
    draw.line([40, 20, 40, 270], fill=(80, 80, 80), width=2)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


# --- the report writer ----------------------------------------------------------------------------------------
class Report:
    """One candidate's report; counts each part's words as it writes them."""

    def __init__(self, index: int, layout: str) -> None:
        self.index = index
        self.layout = layout
        self.rng = random.Random(25_000 + index * 7919)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(25_000 + index)
        rng = self.rng
        self.doc = docx.Document()
        self.shapes = Shapes()
        self.part: str | None = None
        self.words = {part: 0 for part in PART_TITLES}
        self.headings: dict[str, str] = {}
        self.used_cites: set[str] = set()
        self.dark, self.light = rng.choice(SCHEMES)
        kind, product_range, rivals = rng.choice(SECTORS)
        name = self.fake.last_name()
        suffix = rng.choice(("& Co", "Group", "Ltd", "plc", "Living", "Direct"))
        self.org = f"{name} {suffix}" if suffix != "Direct" else f"{name}Direct"
        c1, c2 = rng.sample(CHANNELS, 2)
        self.values = {
            "org": self.org,
            "kind": kind,
            "range": product_range,
            "r1": rivals[0],
            "r2": rivals[1],
            "r3": rivals[2],
            "seg": rng.choice(SEGMENTS),
            "city": self.fake.city(),
            "c1": c1,
            "c2": c2,
        }
        self.candidate = str(rng.randint(1_000_000, 9_999_999))
        self.sentence_pool: dict[str, list[str]] = {}
        self.refills: dict[str, int] = {}
        self.columns = (1, 425)
        self.body_sentences: dict[str, list[str]] = {part: [] for part in PART_TITLES}

    # text
    def _cite(self) -> str:
        key = self.rng.choice(list(CITES))
        self.used_cites.add(key)
        return f"({key})"

    def sentence(self, part: str) -> str:
        pool = self.sentence_pool.get(part)
        if not pool:
            pool = list(OPEN[part])
            self.rng.shuffle(pool)
            self.sentence_pool[part] = pool
            self.refills[part] = self.refills.get(part, 0) + 1
        template = pool.pop()
        if self.refills[part] > 1 and self.rng.random() < 0.7:
            first, rest = template.split(" ", 1)
            if first in COMMON_STARTS:
                template = f"{self.rng.choice(CONNECTIVES)} {first[0].lower()}{first[1:]} {rest}"
            elif not first.endswith(","):
                template = f"{self.rng.choice(CONNECTIVES)} {template}"
        rng = self.rng
        values = dict(self.values)
        values.update(
            founded=str(rng.randint(1890, 2012)),
            staff=f"{rng.randint(4, 95) * 100:,}",
            rev=str(rng.randint(40, 900)),
            stores=str(rng.randint(12, 260)),
            cust=f"{rng.randint(2, 40) * 50_000:,}",
            pct=str(rng.randint(18, 82)),
            pct2=str(rng.randint(8, 45)),
            loyal=f"{rng.randint(5, 90) * 10_000:,}",
            team=str(rng.randint(4, 30)),
            nps=str(rng.randint(12, 64)),
            conv=f"{rng.randint(11, 24) / 10:.1f}",
            conv2=f"{rng.randint(26, 40) / 10:.1f}",
            budget=str(rng.randint(40, 400)),
            applaunch=str(rng.randint(2012, 2018)),
            rating=f"{rng.randint(30, 47) / 10:.1f}",
        )
        text = template.format(cite="{cite}", ncite="{ncite}", **values)
        while "{cite}" in text:
            text = text.replace("{cite}", self._cite(), 1)
        if "{ncite}" in text:
            author, year = self._cite()[1:-1].rsplit(", ", 1)
            text = text.replace("{ncite}", f"{author} ({year})")
        return text

    def paragraph_text(self, part: str, budget: int) -> str:
        sentences: list[str] = []
        words = 0
        for _ in range(self.rng.randint(3, 5)):
            sentence = self.sentence(part)
            if words + count(sentence) > budget and sentences:
                break
            sentences.append(sentence)
            words += count(sentence)
        self.body_sentences[part].extend(sentences)
        return " ".join(sentences)

    # paragraphs
    def counted(self, text: str, style: str | None = None, lead: str | None = None):
        """A body paragraph or list item of the current part: counted."""
        paragraph = self.doc.add_paragraph(style=style)
        if lead:
            paragraph.add_run(lead + " ").bold = True
        paragraph.add_run(text)
        full = f"{lead} {text}" if lead else text
        assert self.part is not None
        self.words[self.part] += count(full)
        return paragraph

    def plain(self, text: str = "", style: str | None = None):
        """A paragraph that is not counted (headings, masthead, references, word-count lines)."""
        return self.doc.add_paragraph(text, style=style)

    def heading(
        self,
        text: str,
        *,
        style: str | None = None,
        size: float | None = None,
        bold: bool = True,
        colour: str | None = None,
        band: str | None = None,
        rule: str | None = None,
        before: float | None = None,
        after: float | None = None,
        keep: bool = True,
    ):
        paragraph = self.doc.add_paragraph(style=style)
        run = paragraph.add_run(text)
        if style is None:
            run.bold = bold
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        if band:
            shade(paragraph, band)
        if rule:
            rule_below(paragraph, rule)
        if before is not None:
            paragraph.paragraph_format.space_before = Pt(before)
        if after is not None:
            paragraph.paragraph_format.space_after = Pt(after)
        paragraph.paragraph_format.keep_with_next = keep
        return paragraph

    def begin_part(self, part: str, text: str, **kwargs):
        self.part = part
        self.headings[part] = text
        return self.heading(text, **kwargs)

    def end_parts(self) -> None:
        self.part = None

    def column_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def section(self, columns: int, *, new_page: bool = False, separator: bool = False, space: int = 425):
        section = self.doc.add_section(WD_SECTION.NEW_PAGE if new_page else WD_SECTION.CONTINUOUS)
        set_columns(section, columns, space, separator)
        self.columns = (columns, space)
        return section

    def column_width(self) -> float:
        """The width of one text column, in inches."""
        section = self.doc.sections[-1]
        text = (section.page_width - section.left_margin - section.right_margin) / 914400
        number, space = self.columns
        return (text - (number - 1) * space / 1440) / number - 0.1

    def fit(self, table, shares: list[float]) -> None:
        table.autofit = False
        width = self.column_width()
        for row in table.rows:
            for cell, share in zip(row.cells, shares, strict=True):
                cell.width = Inches(width * share)
        for col, share in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), shares, strict=True):
            col.set(qn("w:w"), str(int(width * share * 1440)))
        tblpr = table._tbl.tblPr
        for old in tblpr.findall(qn("w:tblW")):
            tblpr.remove(old)
        tblw = parse_xml(f'<w:tblW {NS} w:w="{int(width * 1440)}" w:type="dxa"/>')
        style = tblpr.find(qn("w:tblStyle"))
        tblpr.insert(1 if style is not None else 0, tblw)

    # extras (never counted)
    def panel_table(self, title: str, text: str, *, fill: str, border: str | None = None):
        table = self.doc.add_table(rows=1, cols=1)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        cell = table.cell(0, 0)
        tcpr = cell._tc.get_or_add_tcPr()
        if border:
            tcpr.append(
                parse_xml(
                    f"<w:tcBorders {NS}>"
                    + "".join(
                        f'<w:{side} w:val="single" w:sz="12" w:space="0" w:color="{border}"/>'
                        for side in ("top", "left", "bottom", "right")
                    )
                    + "</w:tcBorders>"
                )
            )
        tcpr.append(parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
        self.fit(table, [1.0])
        first = cell.paragraphs[0]
        run = first.add_run(title)
        run.bold = True
        run.font.color.rgb = RGBColor.from_string(self.dark)
        for chunk in text.split("\n"):
            cell.add_paragraph(chunk)
        self.plain("")
        return table

    def data_table(self, header: list[str], rows: list[list[str]], *, style: str = "Table Grid"):
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = self.doc.styles[style]
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
            cell._tc.get_or_add_tcPr().append(
                parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="{self.light}"/>')
            )
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
        self.fit(table, [1 / len(header)] * len(header) if len(header) != 2 else [0.35, 0.65])
        return table

    def anchor_box(self, paragraph, lines, **kwargs) -> None:
        """Anchor a floating text box at the start of a paragraph, as Word does when one is drawn beside it."""
        paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, self.shapes.text_box(lines, **kwargs))

    def pull_quote_lines(self, part: str, size: float) -> list[tuple[str, bool, float, str]]:
        said = [
            s
            for s in self.body_sentences[part]
            if 8 <= count(s) <= 24 and "(" not in s and not s.split(" ", 1)[0].endswith(",") and "follows" not in s
        ]
        quote = self.rng.choice(said) if said else "Relevance, not volume, decides whether a message is opened."
        return [(f"“{quote.rstrip('.')}”", True, size, self.dark)]

    def fact_lines(self) -> list[tuple[str, bool, float, str]]:
        return [("Did you know?", True, 12, self.dark), (self.rng.choice(FACTS), False, 10, "333333")]

    def caption(self, number: int, text: str) -> None:
        paragraph = self.doc.add_paragraph(style="Caption")
        paragraph.add_run(f"Figure {number}: " if number else "")
        paragraph.add_run(text)

    def picture(self, width: float, number: int, text: str) -> None:
        self.doc.add_picture(io.BytesIO(chart_png(self.rng, self.dark)), width=Inches(width))
        self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.caption(number, text)

    def word_count_line(self, group: str) -> None:
        total = sum(self.words[part] for part in LIMIT_GROUPS[group])
        paragraph = self.plain(f"Word count: {total:,}")
        paragraph.runs[0].italic = True

    # page set-up
    def setup(self, *, font: str, size: float, spacing: float, margins: tuple[float, float], after: float = 6) -> None:
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = section.bottom_margin = Inches(margins[0])
        section.left_margin = section.right_margin = Inches(margins[1])
        normal = self.doc.styles["Normal"]
        normal.font.name = font
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        normal.font.size = Pt(size)
        normal.paragraph_format.line_spacing = spacing
        normal.paragraph_format.space_after = Pt(after)
        for name in ("Heading 1", "Heading 2", "Heading 3", "Title", "Subtitle"):
            style = self.doc.styles[name]
            style.font.name = font
            rfonts = style.element.rPr.rFonts if style.element.rPr is not None else None
            if rfonts is not None:
                for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                    rfonts.attrib.pop(qn(attr), None)
            style.font.color.rgb = RGBColor.from_string(self.dark)
        for name, extra in (("Heading 1", 5), ("Heading 2", 3), ("Heading 3", 1)):
            self.doc.styles[name].font.size = Pt(size + extra)
        self.doc.styles["Caption"].font.size = Pt(9)
        self.doc.core_properties.author = self.fake.name()
        self.doc.core_properties.title = f"CIM 2206 report: {self.org}"

    def header_footer(self, *, header: str, footer: str = "page", align: str = "right") -> None:
        section = self.doc.sections[0]
        hp = section.header.paragraphs[0]
        hp.text = header
        hp.runs[0].font.size = Pt(9)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "right" else WD_ALIGN_PARAGRAPH.LEFT
        fp = section.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if footer == "page":
            add_field(fp, "PAGE", "1")
        else:
            fp.add_run("Page ")
            add_field(fp, "PAGE", "1")
            fp.add_run(" of ")
            add_field(fp, "NUMPAGES", "9")

    def references(self, heading_kwargs: dict) -> None:
        self.end_parts()
        self.heading("References", **heading_kwargs)
        for key in sorted(self.used_cites | {"Chaffey and Ellis-Chadwick, 2019"}):
            paragraph = self.plain(CITES[key])
            paragraph.paragraph_format.left_indent = Inches(0.3)
            paragraph.paragraph_format.first_line_indent = Inches(-0.3)

    def truth(self) -> Truth:
        groups = {group: sum(self.words[part] for part in parts) for group, parts in LIMIT_GROUPS.items()}
        return Truth(
            name="",
            seed=self.index,
            layout=self.layout,
            split="",
            part_words=dict(self.words),
            group_words=groups,
            words_all=sum(self.words.values()),
            headings=dict(self.headings),
        )

    def save(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


# --- sizes ------------------------------------------------------------------------------------------------------
def targets(rng: random.Random, overview: tuple[int, int]) -> dict[str, int]:
    sizes = {"1a": rng.randint(*overview)}
    for group, parts in LIMIT_GROUPS.items():
        regime = rng.choice(("under", "near", "near", "over", "over"))
        low, high = {"under": (0.55, 0.8), "near": (0.88, 1.0), "over": (1.02, 1.13)}[regime]
        total = int(LIMITS[group] * rng.uniform(low, high))
        share = rng.uniform(0.42, 0.58)
        sizes[parts[0]] = int(total * share)
        sizes[parts[1]] = total - sizes[parts[0]]
    return sizes


def overview_range(report: Report, reserve: float) -> tuple[int, int]:
    """Words for the organisation overview that leave it inside one side of A4: about 600 words fill a page of
    11 pt single-spaced text 6.27 by 9.69 inches; reserve is the share of that page taken by mastheads, bands
    and tables."""
    section = report.doc.sections[0]
    width = (section.page_width - section.left_margin - section.right_margin) / 914400
    height = (section.page_height - section.top_margin - section.bottom_margin) / 914400
    normal = report.doc.styles["Normal"]
    size, spacing = normal.font.size.pt, normal.paragraph_format.line_spacing
    capacity = 600 * (11 / size) ** 2 / spacing * (width / 6.27) * (height / 9.69) * (1 - reserve)
    return int(capacity * 0.6), int(capacity * 0.9)


def label(part: str, style: str, with_title: bool) -> str:
    task, letter = part[0], part[1]
    title = PART_TITLES[part]
    if style == "paren":
        head = f"Task {task} ({letter})"
        return f"{head}: {title}" if with_title else head
    if style == "compact":
        head = f"{task}({letter}):"
        return f"{head} {title}" if with_title else head
    if style == "partword":
        head = f"Part {task}{letter}"
        return f"{head} – {title}" if with_title else head
    if style == "dash":
        head = f"Task {task} – {letter}."
        return f"{head} {title}" if with_title else head
    if style == "upper":
        head = f"TASK {NUMBER_WORDS[task]}, PART {letter.upper()}"
        return f"{head}: {title.upper()}" if with_title else head
    raise ValueError(style)


Block = tuple[str, object]


def compose(report: Report, part: str, target: int, *, subheads: bool, lists: bool) -> list[Block]:
    """The part's counted content as blocks, written until the target is reached: ('p', text), ('sub', text),
    ('bullets', [texts]), ('numbers', [texts]), ('lead', (lead, text))."""
    rng = report.rng
    blocks: list[Block] = []
    written = 0
    heads = list(SUBHEADS[part])
    used_list = False
    n_para = 0
    while written < target - 12:
        remaining = target - written
        if subheads and heads and ((n_para == 0 and rng.random() < 0.5) or (n_para >= 2 and rng.random() < 0.45)):
            blocks.append(("sub", heads.pop(0)))
            n_para = 0
        if lists and not used_list and remaining > 90 and rng.random() < 0.3:
            items = []
            for _ in range(rng.randint(3, 5)):
                item = report.sentence(part)
                if written + count(item) > target:
                    break
                items.append(item)
                written += count(item)
            report.body_sentences[part].extend(items)
            if items:
                blocks.append(("bullets" if rng.random() < 0.6 else "numbers", items))
                used_list = True
                continue
        text = report.paragraph_text(part, min(remaining, rng.randint(55, 120)))
        if written + count(text) > target + 6 and blocks:
            break
        if rng.random() < 0.12 and part != "1a" and not text.split(" ", 1)[0].endswith(","):
            lead = rng.choice(("In practice:", "Key point:", "Judgement:", "Example:"))
            blocks.append(("lead", (lead, text)))
            written += count(lead) + count(text)
        else:
            blocks.append(("p", text))
            written += count(text)
        n_para += 1
    while blocks and blocks[-1][0] == "sub":
        blocks.pop()
    return blocks


def render(report: Report, blocks: list[Block], *, sub: Callable[[str], object], hook=None) -> None:
    """Write the blocks; hook(i, paragraph) may anchor a text box to the i-th body paragraph."""
    i = 0
    for kind, value in blocks:
        if kind == "sub":
            sub(str(value))
        elif kind in ("bullets", "numbers"):
            style = "List Bullet" if kind == "bullets" else "List Number"
            for item in value:  # type: ignore[union-attr]
                report.counted(item, style=style)
        else:
            if kind == "lead":
                lead, text = value  # type: ignore[misc]
                paragraph = report.counted(text, lead=lead)
            else:
                paragraph = report.counted(str(value))
            if hook:
                hook(i, paragraph)
            i += 1


def action_plan_table(report: Report) -> None:
    c1, c2 = report.values["c1"], report.values["c2"]
    rows = [
        ["Reach", f"Lookalike audiences on {c1}", "Months 1-3", "New visitors"],
        ["Act", "Personalised landing pages by segment", "Months 2-4", "Bounce rate"],
        ["Convert", f"Abandoned-basket triggers in {c2}", "Months 3-6", "Conversion rate"],
        ["Engage", "Members' community and reviews", "Months 4-12", "Repeat purchase"],
    ]
    report.data_table(["Stage", "Action", "Timing", "KPI"], rows)
    report.caption(0, "Table 1: Action plan summary (RACE)")


def risk_table(report: Report) -> None:
    rows = [
        ["Legal non-compliance", "Medium", "High", "DPIA, consent audit"],
        ["Intrusive experience", "High", "Medium", "Sensitive-data policy"],
        ["Automation error", "Medium", "Medium", "Human checks, testing"],
    ]
    report.data_table(["Risk", "Likelihood", "Impact", "Mitigation"], rows)


def overview_facts(report: Report) -> None:
    v = report.values
    rows = [
        ["Type", v["kind"].capitalize()],
        ["Products", v["range"].capitalize()],
        ["Competitors", f"{v['r1']}, {v['r2']}, {v['r3']}"],
    ]
    report.data_table(["Fact", "Detail"], rows)
    report.plain("")


# --- layouts ----------------------------------------------------------------------------------------------------
def masthead(report: Report, *, size: float, subtitle_band: bool = True) -> None:
    title = report.heading(
        f"{report.org}: Personalising Digital Channels", size=size, colour="FFFFFF", band=report.dark, after=0
    )
    title.paragraph_format.space_before = Pt(0)
    sub = report.heading(
        f"CIM Level 6 Digital Diploma | Mastering Digital Channels (2206) | Candidate {report.candidate}",
        size=10,
        bold=False,
        colour=report.dark,
        band=report.light if subtitle_band else None,
        after=12,
    )
    del sub


def layout_banded_masthead(report: Report) -> None:
    """Wide masthead band; task headings in coloured bands across the page; each part in two columns with a
    separator line; pull quotes float in the columns; 'Did you know?' in shaded one-cell tables."""
    rng = report.rng
    font = rng.choice(("Georgia", "Cambria", "Calibri"))
    size = rng.choice((10.5, 11))
    report.setup(font=font, size=size, spacing=rng.choice((1.0, 1.08, 1.15)), margins=(0.8, 0.75))
    report.header_footer(header=f"CIM 2206 Mastering Digital Channels – {report.org}")
    sizes = targets(rng, overview_range(report, 0.45))
    style = rng.choice(("paren", "compact"))
    masthead(report, size=rng.choice((24, 26, 28)))
    for task in "123":
        report.end_parts()
        if task != "1":
            report.section(1, new_page=rng.random() < 0.5)
        report.heading(
            f"Task {task}: {TASK_NAMES[task]}", size=15, colour="FFFFFF", band=report.dark, before=6, after=6
        )
        parts = [p for p in PART_TITLES if p[0] == task]
        report.section(2, separator=True)
        for k, part in enumerate(parts):
            if k and rng.random() < 0.5:
                report.column_break()
            report.begin_part(part, label(part, style, True), size=12.5, colour=report.dark, rule=report.dark)
            blocks = compose(report, part, sizes[part], subheads=part != "1a", lists=True)

            def hook(i, paragraph, part=part):
                if i == 1 and part in ("1b", "2b", "3a"):
                    report.anchor_box(
                        paragraph,
                        report.pull_quote_lines(part, 13),
                        width=report.column_width(),
                        fill=report.light,
                        line=None,
                        align="center",
                        wrap="topbottom",
                        font=font,
                    )

            render(report, blocks, sub=lambda t: report.heading(t, size=size, colour="404040"), hook=hook)
            if part == "1a":
                overview_facts(report)
            if part in ("1c", "3b"):
                report.panel_table("Did you know?", rng.choice(FACTS), fill=report.light)
            if part == "2a":
                action_plan_table(report)
    report.section(1)
    report.references({"size": 15, "colour": "FFFFFF", "band": report.dark})


def layout_margin_sidebar(report: Report) -> None:
    """One column with a wide outer margin; sidebars ('Did you know?', key terms, pull quotes) are text boxes
    floating in that margin; part headings are bold paragraphs with a rule below, labelled '1(b):'."""
    rng = report.rng
    font = rng.choice(("Calibri", "Segoe UI", "Arial"))
    size = rng.choice((11, 11.5, 12))
    report.setup(font=font, size=size, spacing=rng.choice((1.15, 1.5)), margins=(0.9, 0.7))
    section = report.doc.sections[0]
    section.right_margin = Inches(2.6)
    report.header_footer(header=f"2206 Mastering Digital Channels | {report.candidate}", footer="of")
    sizes = targets(rng, overview_range(report, 0.3))
    style = rng.choice(("compact", "paren", "partword"))
    with_title = rng.random() < 0.7
    report.heading(f"Personalisation at {report.org}", style="Title")
    report.heading(f"A report for the marketing director | Candidate {report.candidate}", style="Subtitle")
    for task in "123":
        report.end_parts()
        if task != "1":
            report.page_break()
        report.heading(f"Task {task}", style="Heading 1")
        for part in [p for p in PART_TITLES if p[0] == task]:
            report.begin_part(part, label(part, style, with_title), size=size + 2, colour=report.dark, rule=report.dark)
            blocks = compose(report, part, sizes[part], subheads=True, lists=True)

            def hook(i, paragraph, part=part):
                if i == 0:
                    lines = report.fact_lines() if rng.random() < 0.6 else report.pull_quote_lines(part, 12)
                    report.anchor_box(
                        paragraph,
                        lines,
                        width=1.9,
                        fill=report.light,
                        line=report.dark,
                        align="right",
                        relative="page",
                        font=font,
                    )

            render(report, blocks, sub=lambda t: report.heading(t, style="Heading 3"), hook=hook)
            if part == "2a":
                action_plan_table(report)
            if part == "3b":
                risk_table(report)
        report.word_count_line(next(g for g, ps in LIMIT_GROUPS.items() if ps[0][0] == task))
    report.references({"style": "Heading 1"})


def layout_newsletter(report: Report) -> None:
    """Newsletter: after the masthead the whole report runs in two columns, tasks start after a column break,
    'Part 1b – title' headings in a coloured band, and a chart with its caption sits in a one-column section
    between two-column sections."""
    rng = report.rng
    font = rng.choice(("Cambria", "Georgia", "Book Antiqua"))
    size = rng.choice((10.5, 11))
    report.setup(font=font, size=size, spacing=1.0, margins=(0.7, 0.7), after=4)
    report.header_footer(header="CIM 2206 – Mastering Digital Channels", align="left")
    sizes = targets(rng, overview_range(report, 0.3))
    style = rng.choice(("partword", "paren"))
    masthead(report, size=30, subtitle_band=False)
    report.section(2, space=567)
    figure = 0
    for task in "123":
        report.end_parts()
        if task != "1":
            report.column_break()
        report.heading(f"TASK {task}", size=16, colour=report.dark, rule=report.dark)
        for part in [p for p in PART_TITLES if p[0] == task]:
            report.begin_part(part, label(part, style, True), size=11.5, colour="FFFFFF", band=report.dark)
            blocks = compose(report, part, sizes[part], subheads=part != "1a", lists=True)
            half = len(blocks) // 2 if part in ("1b", "2b") else None
            render(report, blocks[:half], sub=lambda t: report.heading(t, size=size, colour=report.dark))
            if half is not None:
                figure += 1
                report.section(1)
                report.picture(4.2, figure, rng.choice(("Conversion rate by channel", "Share of online sales")))
                report.section(2, space=567)
                render(report, blocks[half:], sub=lambda t: report.heading(t, size=size, colour=report.dark))
            if part in ("1c", "3a"):
                case_title, case_text = rng.choice(CASES)
                report.panel_table(f"Case study: {case_title}", case_text, fill=report.light, border=report.dark)
            if part == "2a":
                action_plan_table(report)
    report.references({"size": 14, "colour": report.dark, "rule": report.dark})


def layout_annual_report(report: Report) -> None:
    """Annual-report style: 'TASK ONE' bands and 'TASK ONE, PART B' headings in capitals, one-column parts with
    key-figure tables, while 1b, 2b and 3b run in two columns from a new page (the part heading at the top of the
    first column); boxed case studies are shaded one-cell tables."""
    rng = report.rng
    font = rng.choice(("Arial", "Verdana", "Tahoma"))
    size = rng.choice((10.5, 11))
    report.setup(font=font, size=size, spacing=rng.choice((1.3, 1.5)), margins=(1.0, 0.9))
    report.header_footer(header=f"{report.org} | CIM 2206")
    sizes = targets(rng, overview_range(report, 0.4))
    with_title = rng.random() < 0.5
    masthead(report, size=22)
    for task in "123":
        report.end_parts()
        if task != "1":
            report.section(1, new_page=True)
        report.heading(f"TASK {NUMBER_WORDS[task]}", size=18, colour="FFFFFF", band=report.dark, after=8)
        for part in [p for p in PART_TITLES if p[0] == task]:
            two = part in ("1b", "2b", "3b")
            if two:
                report.section(2, new_page=True, space=500)
            report.begin_part(part, label(part, "upper", with_title), size=12, colour=report.dark, band=report.light)
            blocks = compose(report, part, sizes[part], subheads=part != "1a", lists=part != "1a")
            render(report, blocks, sub=lambda t: report.heading(t, size=size, colour=report.dark))
            if two:
                report.section(1)
            if part == "1a":
                overview_facts(report)
            if part in ("1b", "2a", "3a"):
                case_title, case_text = rng.choice(CASES)
                report.panel_table(f"CASE STUDY – {case_title}", case_text, fill=report.light)
            if part == "2a":
                action_plan_table(report)
    report.end_parts()
    report.page_break()
    report.references({"size": 14, "colour": "FFFFFF", "band": report.dark})


def layout_feature(report: Report) -> None:
    """Feature article: large type and generous spacing, one column, Heading 2 parts 'Task 1 – b.' with the
    title, big pull quotes as text boxes wrapping top and bottom, 'Did you know?' boxes floating beside text."""
    rng = report.rng
    font = rng.choice(("Garamond", "Palatino Linotype", "Times New Roman", "Constantia"))
    size = rng.choice((12, 13, 14))
    report.setup(font=font, size=size, spacing=rng.choice((1.5, 2.0)), margins=(1.0, 1.0))
    report.header_footer(header=f"CIM 2206 | {report.org}")
    sizes = targets(rng, overview_range(report, 0.25))
    style = rng.choice(("dash", "paren"))
    report.heading(report.org, size=34, colour=report.dark, after=0)
    report.heading("How personalisation can win back the digital customer", size=16, bold=False, colour="555555")
    for task in "123":
        report.end_parts()
        report.heading(f"Task {task} – {TASK_NAMES[task]}", style="Heading 1")
        for part in [p for p in PART_TITLES if p[0] == task]:
            report.begin_part(part, label(part, style, True), style="Heading 2")
            blocks = compose(report, part, sizes[part], subheads=part != "1a", lists=True)

            def hook(i, paragraph, part=part):
                if i == 2 and part != "1a":
                    report.anchor_box(
                        paragraph,
                        report.pull_quote_lines(part, 18),
                        width=5.2,
                        fill="FFFFFF",
                        line=None,
                        align="center",
                        wrap="topbottom",
                        font=font,
                    )
                elif i == 0 and part in ("1c", "3a"):
                    report.anchor_box(
                        paragraph, report.fact_lines(), width=2.2, fill=report.light, line=None, font=font
                    )

            render(report, blocks, sub=lambda t: report.heading(t, style="Heading 3"), hook=hook)
            if part == "1b" and rng.random() < 0.6:
                quote = report.counted(
                    "“Personalisation is no longer a nice-to-have; customers expect brands to know them and to "
                    "use that knowledge responsibly” (Accenture, 2018, p. 4).",
                    style="Quote",
                )
                report.used_cites.add("Accenture, 2018")
                del quote
            if part == "2a":
                action_plan_table(report)
        if task == "3":
            report.word_count_line("task3-ab")
    report.references({"style": "Heading 1"})


def layout_three_column(report: Report) -> None:
    """Digest: tasks and parts in one-column banded headings, bodies of 1b, 1c, 2b, 3a and 3b in three narrow
    columns of 10.5 pt text, with column breaks and text-box 'Did you know?' panels; parts labelled 'Task 1 (b)'
    with no title."""
    rng = report.rng
    font = rng.choice(("Calibri", "Candara", "Franklin Gothic Book"))
    report.setup(font=font, size=10.5, spacing=1.0, margins=(0.7, 0.6), after=4)
    report.header_footer(header=f"2206 Mastering Digital Channels · {report.org}")
    sizes = targets(rng, overview_range(report, 0.3))
    masthead(report, size=28)
    for task in "123":
        report.end_parts()
        if task != "1":
            report.section(1, new_page=rng.random() < 0.4)
        report.heading(f"Task {task}", style="Heading 1")
        for part in [p for p in PART_TITLES if p[0] == task]:
            three = part != "1a" and part != "2a"
            report.begin_part(
                part, label(part, "paren", False), size=12, colour="FFFFFF", band=report.dark, before=8, keep=not three
            )
            if three:
                report.section(3, space=340, separator=rng.random() < 0.5)
            blocks = compose(report, part, sizes[part], subheads=True, lists=True)
            cut = len(blocks) // 3

            def hook(i, paragraph, part=part):
                if i == 1 and part in ("1c", "3b"):
                    report.anchor_box(
                        paragraph,
                        report.fact_lines(),
                        width=1.8,
                        fill=report.light,
                        line=None,
                        align="center",
                        wrap="topbottom",
                    )

            if three and cut and rng.random() < 0.5:
                render(report, blocks[:cut], sub=lambda t: report.heading(t, size=11, colour=report.dark), hook=hook)
                report.column_break()
                render(report, blocks[cut:], sub=lambda t: report.heading(t, size=11, colour=report.dark))
            else:
                render(report, blocks, sub=lambda t: report.heading(t, size=11, colour=report.dark), hook=hook)
            if three:
                report.section(1)
            if part == "2a":
                action_plan_table(report)
                report.panel_table("Did you know?", rng.choice(FACTS), fill=report.light)
    report.references({"style": "Heading 1"})


def layout_cover_contents(report: Report) -> None:
    """Formal report: full-page cover with a masthead band, a typed contents page, Heading 1 tasks with a band,
    Heading 2 parts 'Task 1 (b) – title'; boxed case studies and pull quotes as bordered text boxes, some parts
    in two columns, one chart with caption between column sections, word-count lines per task."""
    rng = report.rng
    font = rng.choice(("Calibri", "Arial", "Century Gothic"))
    size = rng.choice((11, 12))
    report.setup(font=font, size=size, spacing=rng.choice((1.15, 1.5, 2.0)), margins=(1.0, 1.0))
    report.header_footer(header=f"CIM Mastering Digital Channels (2206) – {report.candidate}", footer="of")
    sizes = targets(rng, overview_range(report, 0.1))
    style = rng.choice(("paren", "compact", "dash"))
    for _ in range(4):
        report.plain("")
    report.heading("MASTERING DIGITAL CHANNELS", size=30, colour="FFFFFF", band=report.dark, after=0)
    report.heading(f"Personalisation strategy for {report.org}", size=16, band=report.light, colour=report.dark)
    report.plain(f"Candidate number: {report.candidate}")
    report.plain(f"Submitted: {rng.choice(('June', 'July', 'December'))} 2019")
    report.page_break()
    report.heading("Contents", style="Heading 1")
    for n, part in enumerate((*PART_TITLES, "References")):
        line = report.plain(f"{label(part, style, True) if part != 'References' else part}\t{3 + n}")
        line.paragraph_format.tab_stops.add_tab_stop(Inches(6.2), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    report.page_break()
    for task in "123":
        report.end_parts()
        if task != "1":
            report.page_break()
        heading = report.heading(f"Task {task}: {TASK_NAMES[task]}", style="Heading 1")
        shade(heading, report.light)
        for part in [p for p in PART_TITLES if p[0] == task]:
            two = part in ("1c", "2b", "3a")
            report.begin_part(part, label(part, style, True), style="Heading 2", keep=not two)
            if two:
                report.section(2, space=567)
            blocks = compose(report, part, sizes[part], subheads=part != "1a", lists=True)

            def hook(i, paragraph, part=part):
                if i == 1 and part in ("1b", "2a", "3b"):
                    case_title, case_text = rng.choice(CASES)
                    report.anchor_box(
                        paragraph,
                        [(f"Case study: {case_title}", True, 11, report.dark), (case_text, False, 10, "222222")],
                        width=2.4,
                        fill="FFFFFF",
                        line=report.dark,
                        font=font,
                    )
                if i == 2 and part in ("1c", "2b"):
                    report.anchor_box(
                        paragraph, report.pull_quote_lines(part, 12), width=2.0, fill=report.light, line=None
                    )

            render(report, blocks, sub=lambda t: report.heading(t, style="Heading 3"), hook=hook)
            if two:
                report.section(1)
            if part == "1b":
                report.picture(4.5, 1, "Levels of personalisation maturity")
            if part == "2a":
                action_plan_table(report)
        report.word_count_line(next(g for g, ps in LIMIT_GROUPS.items() if ps[0][0] == task))
    report.page_break()
    report.references({"style": "Heading 1"})


BUILDERS = {
    "banded-masthead-two-column": layout_banded_masthead,
    "margin-sidebar-report": layout_margin_sidebar,
    "newsletter-column-breaks": layout_newsletter,
    "annual-report-bands": layout_annual_report,
    "feature-pull-quotes": layout_feature,
    "three-column-digest": layout_three_column,
    "cover-contents-case-boxes": layout_cover_contents,
}


def build(index: int) -> tuple[bytes, Truth]:
    layout = LAYOUTS[index % len(LAYOUTS)]
    report = Report(index, layout)
    BUILDERS[layout](report)
    return report.save(), report.truth()
