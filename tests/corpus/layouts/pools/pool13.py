"""Pool 13 (HELD OUT): CIM 2206 reports made to look polished with Word's design tools.

Coloured and shaded part headings, rules under headings, white headings on dark bands, shaded and bordered
call-out paragraphs of running text (counted), real text boxes and shapes holding key points (not counted),
SmartArt-like diagrams drawn with shapes, icons as pictures, shaded one-cell tables holding a quotation or key
figure (not counted), covers with a full-page coloured shape, contents pages, headers with a logo and the
candidate number, footers with "Page X of Y". Written from the pool brief without reading marker's readers.
Truth is counted as each paragraph is written.
"""

from __future__ import annotations

import datetime
import io
import random
import zipfile

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, Truth, count

DESCRIPTION = (
    "Reports polished with Word's design tools: coloured, shaded and banded headings, rules under headings, "
    "shaded call-out paragraphs (counted), key points in text boxes and shapes, SmartArt-like shape diagrams, "
    "icons beside headings, shaded quotation tables, coloured covers, contents pages, logo headers"
)
REPORTS = 28

LAYOUTS = (
    "shaded_band",
    "boxed_code",
    "part_rule",
    "pipe_caps",
    "dark_band",
    "theme_callouts",
    "icon_smartart",
)

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")

THEMES = (
    {"dark": "1F3864", "mid": "2F5496", "light": "D9E2F3", "accent": "ED7D31"},
    {"dark": "385623", "mid": "538135", "light": "E2EFD9", "accent": "BF8F00"},
    {"dark": "7B2C5F", "mid": "A5357E", "light": "F6E1EE", "accent": "2E75B6"},
    {"dark": "0E4D64", "mid": "137C8B", "light": "DDF1F3", "accent": "E36C0A"},
    {"dark": "3B3838", "mid": "C00000", "light": "FBE4D5", "accent": "404040"},
    {"dark": "203864", "mid": "7030A0", "light": "EADCF4", "accent": "00B0F0"},
)

TASK_TITLES = {
    "1": ("Developments in personalisation and one target segment", "Personalisation in digital channels"),
    "2": ("Maximising conversion with personalised content", "Conversion, content and re-marketing"),
    "3": ("Managing, implementing and the risks of personalisation", "Implementation and risk"),
}

TITLE_VARIANTS = {
    "1a": ("Organisation overview", "Organisation Overview", "Overview of the organisation"),
    "1b": (
        "Current and future developments in personalisation",
        "Appraisal of current and future developments",
        "Developments in personalisation of digital channels",
    ),
    "1c": (
        "Personalising digital channels for one target segment",
        "Personalisation for one target segment",
        "Good and bad practice for our target segment",
    ),
    "2a": (
        "Action plan to maximise conversion rates",
        "Conversion action plan for two digital channels",
        "Action plan for senior management",
    ),
    "2b": (
        "Personalised content and re-marketing",
        "Personalising content and using re-marketing",
        "Content personalisation and re-marketing techniques",
    ),
    "3a": (
        "Managing and implementing personalisation",
        "Recommendations for managing and implementing personalisation",
        "How personalisation should be managed and implemented",
    ),
    "3b": (
        "Three risks of implementing personalisation",
        "Evaluation of three risks",
        "Risks of personalisation, including legal compliance",
    ),
}

SECTORS = (
    {
        "type": "a UK fashion and homeware retailer",
        "products": "clothing, footwear, beauty and homeware sold in stores, online and through an app",
        "competitors": ("Next", "Marks and Spencer", "ASOS", "John Lewis"),
        "segment": "time-poor working parents aged 30 to 45",
    },
    {
        "type": "a mutual building society",
        "products": "mortgages, savings accounts, insurance and financial advice",
        "competitors": ("Nationwide", "Yorkshire Building Society", "Monzo", "Santander"),
        "segment": "first-time buyers aged 25 to 34",
    },
    {
        "type": "an independent tour operator",
        "products": "package holidays, city breaks, cruises and tailor-made tours",
        "competitors": ("TUI", "Jet2holidays", "loveholidays", "Expedia"),
        "segment": "active retired couples aged 60 and over",
    },
    {
        "type": "a regional chain of budget gyms",
        "products": "monthly memberships, personal training, classes and a fitness app",
        "competitors": ("PureGym", "The Gym Group", "David Lloyd", "Anytime Fitness"),
        "segment": "students and graduates aged 18 to 24",
    },
    {
        "type": "a subscription meal-kit company",
        "products": "weekly recipe boxes, ready meals, wine and kitchen add-ons",
        "competitors": ("HelloFresh", "Gousto", "Mindful Chef", "Tesco"),
        "segment": "young professional couples in cities",
    },
    {
        "type": "a national charity",
        "products": "fundraising events, regular giving, charity shops and support services",
        "competitors": ("Cancer Research UK", "the British Heart Foundation", "Macmillan", "Oxfam"),
        "segment": "lapsed regular donors aged 35 to 55",
    },
    {
        "type": "a consumer electronics e-retailer",
        "products": "laptops, phones, smart-home devices, warranties and repairs",
        "competitors": ("Currys", "Amazon", "Argos", "AO.com"),
        "segment": "tech-savvy gamers aged 16 to 30",
    },
)

CHANNEL_PAIRS = (
    ("email", "the mobile app"),
    ("the website", "email"),
    ("paid social media", "the website"),
    ("the mobile app", "paid search"),
    ("email", "Instagram"),
)

CITATIONS = (
    (
        "Chaffey and Ellis-Chadwick, 2019",
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital Marketing. 7th edn. Harlow: Pearson.",
    ),
    (
        "Chaffey and Smith, 2017",
        "Chaffey, D. and Smith, P.R. (2017) Digital Marketing Excellence. 5th edn. Abingdon: Routledge.",
    ),
    (
        "Kingsnorth, 2019",
        "Kingsnorth, S. (2019) Digital Marketing Strategy: An Integrated Approach to Online"
        " Marketing. 2nd edn. London: Kogan Page.",
    ),
    ("Ryan, 2016", "Ryan, D. (2016) Understanding Digital Marketing. 4th edn. London: Kogan Page."),
    (
        "Kotler et al., 2019",
        "Kotler, P., Armstrong, G., Harris, L. and Piercy, N. (2019) Principles of"
        " Marketing. 8th European edn. Harlow: Pearson.",
    ),
    (
        "Epsilon, 2018",
        "Epsilon (2018) The Power of Me: The Impact of Personalization on Marketing Performance."
        " Available at: https://us.epsilon.com (Accessed: 12 June 2019).",
    ),
    (
        "Accenture, 2018",
        "Accenture (2018) Personalization Pulse Check. Available at: https://www.accenture.com"
        " (Accessed: 10 June 2019).",
    ),
    (
        "McKinsey, 2019",
        "McKinsey and Company (2019) The Future of Personalization. Available at:"
        " https://www.mckinsey.com (Accessed: 14 June 2019).",
    ),
    (
        "Think with Google, 2018",
        "Think with Google (2018) Micro-Moments: Your Guide to Winning the Shift to"
        " Mobile. Available at: https://www.thinkwithgoogle.com (Accessed: 3 June 2019).",
    ),
    ("Econsultancy, 2019", "Econsultancy (2019) Digital Trends 2019. London: Econsultancy."),
    (
        "ICO, 2018",
        "Information Commissioner's Office (2018) Guide to the General Data Protection Regulation."
        " Available at: https://ico.org.uk (Accessed: 20 June 2019).",
    ),
    ("Gartner, 2019", "Gartner (2019) Predicts 2019: Personalization. Stamford: Gartner."),
    (
        "Lemon and Verhoef, 2016",
        "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience"
        " throughout the customer journey', Journal of Marketing, 80(6), pp. 69-96.",
    ),
    ("Salesforce, 2019", "Salesforce (2019) State of the Connected Customer. 3rd edn. San Francisco: Salesforce."),
    ("Deloitte, 2018", "Deloitte (2018) The Deloitte Consumer Review: Made-to-order. London: Deloitte."),
)

OPENERS = (
    "",
    "",
    "",
    "Moreover, ",
    "In practice, ",
    "However, ",
    "Importantly, ",
    "At the same time, ",
    "As a result, ",
    "For {org}, ",
    "In addition, ",
    "Crucially, ",
    "On balance, ",
)

CLAIMS = {
    "1a": (
        "{org} is {type} founded in {year} and employing around {staff} people",
        "its range covers {products}",
        "the main competitors are {comp1}, {comp2} and {comp3}, all of which invest heavily in digital channels",
        "annual turnover was approximately £{turnover} million last year, with {online}% of sales made online",
        "the customer base of about {customers} active customers is split between loyal older customers and"
        " younger digital-first customers",
        "the loyalty scheme holds data on {members} members, yet this data is rarely joined to website behaviour",
        "personalisation is at an early stage: emails are segmented by broad demographics and the website shows"
        " the same homepage to every visitor",
        "using the maturity model of Chaffey and Smith (2017), {org} sits at the 'basic segmentation' level rather"
        " than real-time individual personalisation",
        "the marketing team of {team} people relies on an agency for paid media and has no dedicated data analyst",
        "customer satisfaction is high in store but online reviews mention irrelevant offers and repeated emails",
        "the board has set a goal to grow digital revenue by {growth}% within three years",
        "{segment} are the fastest growing group of customers and expect a seamless mobile experience",
    ),
    "1b": (
        "personalisation has moved from simple name insertion in emails to recommendations driven by behaviour",
        "rule-based segmentation remains the most common method because it is cheap and easy to control",
        "{pct}% of consumers are more likely to buy from a brand that offers personalised experiences ({cit})",
        "machine learning now allows product recommendations to update in real time as a visitor browses",
        "the weakness of basic personalisation is that it treats everyone in a segment as if they were the same",
        "predictive analytics can anticipate when a customer is likely to lapse and trigger a timely message",
        "voice assistants and smart speakers will make conversational personalisation a strategic question",
        "contextual personalisation uses location, weather and device to change what a visitor sees",
        "the decline of third-party cookies will force organisations to rely on first-party data",
        "a single customer view is the foundation of advanced personalisation, yet few organisations have one",
        "the cost of customer data platforms is falling, which makes advanced approaches affordable for"
        " mid-sized firms",
        "over-personalisation can feel intrusive, and {pct}% of customers say some brands know too much about"
        " them ({cit})",
        "strategic decisions about technology, skills and data governance will determine whether these"
        " developments create value",
        "augmented reality and visual search are emerging ways to personalise the browsing experience",
        "the management team must weigh the quick wins of email personalisation against the longer payback of"
        " artificial intelligence",
    ),
    "1c": (
        "{segment} have been chosen as the target segment because they are valuable but under-served",
        "good practice can be seen at Netflix, where recommendations feel helpful because they reflect viewing history",
        "Amazon remains the benchmark for cross-channel personalisation, linking browsing, basket and email data",
        "bad practice occurs when a customer keeps seeing adverts for a product they have already bought",
        "my own experience of a hotel chain that addressed me by the wrong name showed how quickly trust is lost",
        "Spotify's Wrapped campaign shows how personal data can be turned into shareable content ({cit})",
        "success depends on relevance, timing and the value the customer receives in return for their data",
        "failures usually stem from poor data quality, siloed systems and rules that are never reviewed",
        "this segment uses {ch1} most often, so personalisation should start there and extend to {ch2}",
        "the data required includes purchase history, browsing behaviour, preferred channel and life stage",
        "good personalisation could help {org} raise repeat purchase and reduce the cost of acquisition",
        "measures of success should include click-through, conversion, average order value and unsubscribe rates",
        "a consistent experience across channels matters more to this segment than any single clever tactic",
        "the improvements required are better consent capture, a preference centre and shared customer records",
    ),
    "2a": (
        "the action plan focuses on {ch1} and {ch2}, the two channels where {segment} are most active",
        "the first goal is to raise the conversion rate on {ch1} from {conv1}% to {conv2}% within twelve months",
        "the RACE framework frames the plan across reach, act, convert and engage ({cit})",
        "Google's micro-moments research shows that customers turn to mobile devices in 'I-want-to-buy' moments",
        "existing purchase and loyalty data will be used to build propensity scores for the segment",
        "in the first quarter the team will audit data, agree consent wording and set up tracking",
        "abandoned basket messages will be triggered within one hour and personalised with the items left",
        "A/B testing will compare personalised and generic versions so that the uplift can be proved",
        "an online community for {segment} will move communication from broadcast to conversation",
        "senior management will review a dashboard of conversion, revenue per visitor and cost per acquisition"
        " each month",
        "the budget of £{budget} is split between technology, content and staff training",
        "simplifying the journey to three steps from product page to payment will remove friction",
        "success will be judged against SMART objectives agreed with the board at the start of the plan",
        "the second goal is to increase repeat purchase among the segment by {growth}% in the first year",
    ),
    "2b": (
        "dynamic content blocks in {ch1} can change images and offers for each recipient ({cit})",
        "user-generated content from the community adds authenticity to personalised messages",
        "product recommendations should be limited to three items so that customers are not overwhelmed",
        "re-marketing through display and social adverts brings back visitors who left without buying",
        "sequential re-marketing tells a story across several adverts rather than repeating one message",
        "frequency caps are essential because repeated adverts quickly become irritating",
        "video content personalised with the customer's name and recent purchase has high engagement",
        "location-based content can promote local events and stock in the nearest store",
        "email re-marketing reminds customers of items they viewed and can include reviews from similar customers",
        "on {ch2}, content can be tailored to the stage of the customer journey rather than demographics alone",
        "lookalike audiences extend re-marketing to new prospects who resemble the best customers",
        "a content calendar will make sure that personalised messages support the wider campaign goals",
        "interactive quizzes help customers express preferences that feed later personalisation",
        "the examples show that relevance and simplicity matter more than the volume of content",
    ),
    "3a": (
        "{org} should begin with basic personalisation on owned channels before moving to advanced methods",
        "a small cross-functional team of marketing, data and IT staff should own personalisation",
        "external agencies can supply skills in data science while internal staff are trained",
        "a customer data platform is recommended because it joins data from {ch1}, {ch2} and stores",
        "paid channels need audience data shared securely with platforms, whereas owned channels can use richer data",
        "earned channels such as reviews and social sharing are harder to personalise and should be monitored",
        "mobile platforms must be prioritised because {mobile}% of visits to {org} come from smartphones",
        "advanced tracking through server-side tagging will protect data quality as cookies decline",
        "the implementation should be phased so that each stage proves its value before more is invested",
        "scalability depends on templates and automation rather than manual campaign building",
        "the expectations of the wider audience, not only the target segment, should shape the roadmap",
        "governance will be needed to agree who can access data and how decisions are made",
        "the justification for this approach is the limited budget and the low current maturity of {org}",
        "training in analytics and testing will close the skills gap identified in the overview",
    ),
    "3b": (
        "the first risk is legal non-compliance with the General Data Protection Regulation ({cit})",
        "the Privacy and Electronic Communications Regulations also govern email marketing and cookies",
        "fines of up to 4% of global turnover make this the risk with the highest impact",
        "the likelihood of a breach is moderate because data is currently held in several systems",
        "the second risk is reputational damage when personalisation feels creepy or intrusive",
        "a well-known example is Target predicting a customer's pregnancy before her family knew",
        "the third risk is technical failure, where automation sends the wrong message to thousands of customers",
        "mitigation includes a clear privacy notice, a preference centre and regular data audits",
        "a legitimate interests assessment should be completed before profiling customers",
        "trust and transparency require {org} to explain what data is used and why",
        "automated decisions with significant effects need human review under Article 22",
        "the policy should set lines that will not be crossed, such as using sensitive health data",
        "testing every automated journey before launch reduces the chance of embarrassing errors",
        "on balance the benefits outweigh the risks if senior management invest in governance",
    ),
}

TAILS = (
    ".",
    ".",
    ".",
    " ({cit}).",
    " ({cit}).",
    ", which has clear implications for {org}.",
    ", as {cit2} argue.",
    ", a point supported by recent research ({cit}).",
    " and this should inform future decisions.",
)

SUBHEADINGS = {
    "1a": ("Organisation name", "Organisation information", "Specific background"),
    "1b": ("Basic personalisation", "Advanced personalisation", "Future developments", "Strategic implications"),
    "1c": ("The target segment", "Good practice", "Bad practice", "Improvements required"),
    "2a": ("Goals and metrics", "Stage one: reach", "Stage two: convert", "Online communities"),
    "2b": ("Dynamic content", "Content for the second channel", "Re-marketing"),
    "3a": ("Resources and skills", "Paid, owned and earned channels", "Basic versus advanced", "Mobile and data"),
    "3b": ("Risk one: legal compliance", "Risk two: reputation", "Risk three: automation", "Advice to management"),
}

KEY_POINTS = (
    "Key point: personalisation must earn trust before it can earn revenue.",
    "Key figure: {pct}% of customers expect personalised offers.",
    "Quick win: abandoned basket emails personalised with the items left.",
    "Key point: start with owned channels and first-party data.",
    "Remember: consent and transparency come first.",
    "Key figure: conversion target of {conv2}% on {ch1}.",
)

QUOTES = (
    (
        "\u201cPersonalisation is not about first names, it is about relevance at the moment that matters.\u201d",
        "Kingsnorth, 2019",
    ),
    ("\u201cCustomers do not want more messages; they want better ones.\u201d", "Chaffey and Smith, 2017"),
    ("\u201cThe best personalisation is invisible: it simply feels like good service.\u201d", "Gartner, 2019"),
    ("{pct}% of consumers are more likely to buy when brands offer personalised experiences", "Epsilon, 2018"),
)


# --------------------------------------------------------------------------------------------------- text


class Content:
    """Sentences for one report, seeded."""

    def __init__(self, rng: random.Random, info: dict[str, str]) -> None:
        self.rng = rng
        self.info = info
        self.decks: dict[str, list[str]] = {}
        self.used: list[str] = []

    def _cit(self) -> str:
        key, _ = self.rng.choice(CITATIONS)
        if key not in self.used:
            self.used.append(key)
        return key

    def fill(self, template: str) -> str:
        values = dict(self.info)
        if "{cit}" in template:
            values["cit"] = self._cit()
        values["pct"] = str(self.rng.randint(52, 91))
        return template.format(**values)

    def sentence(self, part: str) -> str:
        deck = self.decks.setdefault(part, [])
        if not deck:
            deck.extend(CLAIMS[part])
            self.rng.shuffle(deck)
        claim = self.fill(deck.pop())
        opener = self.fill(self.rng.choice(OPENERS))
        tail = self.rng.choice(TAILS)
        if "{cit2}" in tail:
            cited = self._cit()
            author, year = cited.rsplit(", ", 1)
            tail = tail.replace("{cit2}", f"{author} ({year})")
            if " et al." not in author and " and " not in author:
                tail = tail.replace(" argue.", " argues.")
        tail = self.fill(tail)
        text = opener + claim if opener else claim[0].upper() + claim[1:]
        return text + tail

    def paragraph(self, part: str, words: int) -> str:
        sentences: list[str] = []
        while count(" ".join(sentences)) < words:
            sentences.append(self.sentence(part))
        return " ".join(sentences)


# ----------------------------------------------------------------------------------------------- xml bits

WPS_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shade(paragraph, fill: str) -> None:
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def borders(paragraph, color: str, sides=("bottom",), size: int = 12, space: int = 1) -> None:
    inner = "".join(f'<w:{s} w:val="single" w:sz="{size}" w:space="{space}" w:color="{color}"/>' for s in sides)
    paragraph._p.get_or_add_pPr().append(parse_xml(f"<w:pBdr {nsdecls('w')}>{inner}</w:pBdr>"))


def fix_ppr_order(paragraph) -> None:
    """Put pBdr and shd where the schema wants them (after keepNext..., before spacing)."""
    ppr = paragraph._p.pPr
    if ppr is None:
        return
    order = [
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
    rank = {qn(f"w:{name}"): i for i, name in enumerate(order)}
    children = list(ppr)
    children.sort(key=lambda el: rank.get(el.tag, 99))
    for child in children:
        ppr.remove(child)
        ppr.append(child)


def run_box(run, color: str, fill: str) -> None:
    rpr = run._r.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:bdr {nsdecls("w")} w:val="single" w:sz="8" w:space="0" w:color="{color}"/>'))
    rpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def add_field(paragraph, instr: str, cached: str, size: float | None = None) -> None:
    def r(inner: str) -> None:
        run = paragraph.add_run()
        if size:
            run.font.size = Pt(size)
        run._r.append(parse_xml(inner))

    r(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>')
    r(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>')
    r(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>')
    run = paragraph.add_run(cached)
    if size:
        run.font.size = Pt(size)
    r(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>')


class Shapes:
    """DrawingML shapes (wps) anchored in paragraphs."""

    def __init__(self) -> None:
        self.next_id = 100

    def anchor(
        self,
        paragraph,
        *,
        cx: int,
        cy: int,
        x: int | str,
        y: int,
        rel_h: str = "column",
        rel_v: str = "paragraph",
        fill: str,
        line: str | None,
        geom: str = "rect",
        lines: tuple[str, ...] = (),
        color: str = "000000",
        size: float = 10,
        bold: bool = False,
        wrap: str = "square",
        behind: bool = False,
        center: bool = False,
        textbox: bool = True,
    ) -> None:
        self.next_id += 1
        sid = self.next_id
        pos_h = f"<wp:align>{x}</wp:align>" if isinstance(x, str) else f"<wp:posOffset>{x}</wp:posOffset>"
        wraps = {
            "square": '<wp:wrapSquare wrapText="bothSides"/>',
            "topbottom": "<wp:wrapTopAndBottom/>",
            "none": "<wp:wrapNone/>",
        }
        ln = (
            f'<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>'
            if line
            else "<a:ln><a:noFill/></a:ln>"
        )
        jc = '<w:jc w:val="center"/>' if center else ""
        b = "<w:b/>" if bold else ""
        paras = (
            "".join(
                f'<w:p><w:pPr><w:spacing w:before="0" w:after="60" w:line="240" w:lineRule="auto"/>{jc}</w:pPr>'
                f'<w:r><w:rPr>{b}<w:color w:val="{color}"/><w:sz w:val="{int(size * 2)}"/></w:rPr>'
                f'<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>'
                for text in lines
            )
            or "<w:p/>"
        )
        txbx = f"<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>"
        tb = ' txBox="1"' if textbox else ""
        xml = (
            f"<w:r {WPS_NS}><w:drawing>"
            f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{251658240 + sid}" behindDoc="{1 if behind else 0}" locked="0" layoutInCell="1" '
            f'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="{rel_h}">{pos_h}</wp:positionH>'
            f'<wp:positionV relativeFrom="{rel_v}"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wraps[wrap]}'
            f'<wp:docPr id="{sid}" name="{"Text Box" if textbox else "Shape"} {sid}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f"<wps:wsp><wps:cNvSpPr{tb}/><wps:spPr>"
            f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom>'
            f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>{ln}</wps:spPr>'
            f"{txbx if lines else ''}"
            f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
            f'anchor="{"ctr" if center else "t"}" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
            f"</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
        )
        paragraph._p.append(parse_xml(xml))


def icon_png(color: str, kind: int, px: int = 96) -> bytes:
    rgb = tuple(int(color[i : i + 2], 16) for i in (0, 2, 4))
    image = Image.new("RGBA", (px, px), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((2, 2, px - 3, px - 3), fill=rgb)
    white = (255, 255, 255, 255)
    m = px // 4
    if kind % 4 == 0:  # magnifier
        draw.ellipse((m, m, 2 * m + 6, 2 * m + 6), outline=white, width=6)
        draw.line((2 * m + 4, 2 * m + 4, 3 * m, 3 * m), fill=white, width=7)
    elif kind % 4 == 1:  # bar chart
        for i, h in enumerate((0.4, 0.7, 1.0)):
            x0 = m + i * (m * 2 // 3)
            draw.rectangle((x0, 3 * m - int(2 * m * h), x0 + m // 2, 3 * m), fill=white)
    elif kind % 4 == 2:  # person
        draw.ellipse((px // 2 - m // 2, m, px // 2 + m // 2, 2 * m), fill=white)
        draw.pieslice((m, 2 * m, 3 * m, 4 * m), 180, 360, fill=white)
    else:  # shield / lock
        draw.rectangle((m + 4, px // 2 - 4, 3 * m - 4, 3 * m), fill=white)
        draw.arc((m + 10, m, 3 * m - 10, px // 2 + 8), 180, 360, fill=white, width=6)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def logo_png(color: str, initials: str) -> bytes:
    rgb = tuple(int(color[i : i + 2], 16) for i in (0, 2, 4))
    image = Image.new("RGB", (240, 80), rgb)
    draw = ImageDraw.Draw(image)
    draw.rectangle((8, 8, 72, 72), outline=(255, 255, 255), width=4)
    draw.text((22, 30), initials, fill=(255, 255, 255))
    draw.text((90, 30), "CIM 2206", fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


# ---------------------------------------------------------------------------------------------- the writer


class Writer:
    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(1300 + index * 7919)
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        self.theme = THEMES[self.rng.randrange(len(THEMES))]
        fake = Faker("en_GB")
        fake.seed_instance(13_000 + index)
        sector = SECTORS[self.rng.randrange(len(SECTORS))]
        comps = list(sector["competitors"])
        self.rng.shuffle(comps)
        ch1, ch2 = self.rng.choice(CHANNEL_PAIRS)
        base = fake.last_name()
        suffix = self.rng.choice(("& Co", "Group", "Ltd", "Direct", "and Sons", "Living", "Plus"))
        self.org = f"{base} {suffix}"
        self.candidate = f"{self.rng.randint(100000, 999999)}"
        self.candidate_name = fake.name()
        conv1 = round(self.rng.uniform(1.2, 3.0), 1)
        self.info = {
            "org": self.org,
            "type": sector["type"],
            "products": sector["products"],
            "comp1": comps[0],
            "comp2": comps[1],
            "comp3": comps[2],
            "segment": sector["segment"],
            "year": str(self.rng.randint(1890, 2012)),
            "staff": f"{self.rng.randint(3, 95) * 100:,}",
            "turnover": str(self.rng.randint(12, 900)),
            "online": str(self.rng.randint(18, 70)),
            "customers": f"{self.rng.randint(40, 2400) * 1000:,}",
            "members": f"{self.rng.randint(20, 900) * 1000:,}",
            "team": str(self.rng.randint(4, 40)),
            "growth": str(self.rng.randint(8, 35)),
            "ch1": ch1,
            "ch2": ch2,
            "conv1": str(conv1),
            "conv2": str(round(conv1 + self.rng.uniform(0.6, 1.8), 1)),
            "budget": f"{self.rng.randint(40, 400) * 1000:,}",
            "mobile": str(self.rng.randint(55, 82)),
        }
        self.content = Content(self.rng, self.info)
        self.shapes = Shapes()
        self.doc = docx.Document()
        self.part: str | None = None
        self.words = {p: 0 for p in PARTS}
        self.headings: dict[str, str] = {}
        self.notes: list[str] = []
        # look
        self.font = self.rng.choice(("Calibri", "Arial", "Georgia", "Cambria", "Verdana", "Segoe UI", "Garamond"))
        self.size = self.rng.choice((10.5, 11, 11, 12, 12, 13, 14))
        self.spacing = self.rng.choice((1.0, 1.15, 1.15, 1.5, 2.0))
        if self.layout == "theme_callouts":
            self.spacing = self.rng.choice((1.5, 2.0))
        if self.layout == "icon_smartart":
            self.size = self.rng.choice((12, 13, 14))
            self.spacing = self.rng.choice((1.0, 1.15))
        if self.layout == "part_rule":
            self.size = self.rng.choice((10.5, 11))
        self._setup()

    # ---------------------------------------------------------------- setup

    def _setup(self) -> None:
        doc = self.doc
        normal = doc.styles["Normal"]
        normal.font.name = self.font
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), self.font)
        normal.font.size = Pt(self.size)
        pf = normal.paragraph_format
        pf.line_spacing = self.spacing
        pf.space_after = Pt(self.rng.choice((6, 8, 10)))
        section = doc.sections[0]
        section.page_height = Cm(29.7)
        section.page_width = Cm(21.0)
        margin = self.rng.choice((1.8, 2.0, 2.54, 2.54, 3.0))
        section.left_margin = section.right_margin = Cm(margin)
        section.top_margin = section.bottom_margin = Cm(self.rng.choice((2.0, 2.54)))
        dark = RGBColor.from_string(self.theme["dark"])
        mid = RGBColor.from_string(self.theme["mid"])
        for name, size, color in (("Heading 1", 16, dark), ("Heading 2", 13.5, mid), ("Heading 3", 11.5, mid)):
            style = doc.styles[name]
            style.font.name = self.font
            fonts = style.element.rPr.rFonts
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if fonts.get(qn(attr)) is not None:
                    del fonts.attrib[qn(attr)]
            style.font.color.rgb = color
            style.font.size = Pt(
                max(size, self.size + (4 if name == "Heading 1" else 2 if name == "Heading 2" else 0.5))
            )
            style.paragraph_format.line_spacing = 1.0
        for name in ("List Bullet", "List Number"):
            doc.styles[name].font.name = self.font
        doc.core_properties.author = self.candidate
        doc.core_properties.title = f"CIM 2206 Mastering Digital Channels - {self.org}"
        doc.core_properties.revision = 1
        stamp = datetime.datetime(2019, 7, 1, 9, 0, 0)
        doc.core_properties.created = stamp
        doc.core_properties.modified = stamp
        doc.core_properties.last_modified_by = self.candidate

    def header_footer(self, section, *, logo: bool, page_of: bool) -> None:
        header = section.header
        header.is_linked_to_previous = False
        hp = header.paragraphs[0]
        hp.paragraph_format.line_spacing = 1.0
        if logo:
            hp.add_run().add_picture(io.BytesIO(logo_png(self.theme["dark"], self.org[:2].upper())), width=Cm(3.0))
        tabbed = hp.add_run(f"\t\tCandidate number: {self.candidate}")
        tabbed.font.size = Pt(9)
        tabbed.font.color.rgb = RGBColor.from_string(self.theme["mid"])
        borders(hp, self.theme["mid"], ("bottom",), 6, 4)
        fix_ppr_order(hp)
        footer = section.footer
        footer.is_linked_to_previous = False
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if self.rng.random() < 0.5 else WD_ALIGN_PARAGRAPH.CENTER
        if page_of:
            fp.add_run("Page ").font.size = Pt(9)
            add_field(fp, "PAGE", "1", 9)
            fp.add_run(" of ").font.size = Pt(9)
            add_field(fp, "NUMPAGES", "1", 9)
        else:
            add_field(fp, "PAGE", "1", 9)

    # ---------------------------------------------------------------- primitives

    def body(self, text: str, *, style: str | None = None) -> docx.text.paragraph.Paragraph:
        paragraph = self.doc.add_paragraph(text, style=style)
        assert self.part is not None
        self.words[self.part] += count(text)
        return paragraph

    def para(self, words: int) -> None:
        self.body(self.content.paragraph(self.part, words))

    def uncounted(self, text: str, *, style: str | None = None):
        return self.doc.add_paragraph(text, style=style)

    def subheading(self, text: str) -> None:
        kind = self.sub_kind
        if kind == "h3":
            self.doc.add_paragraph(text, style="Heading 3")
        else:
            p = self.doc.add_paragraph()
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(self.size)
            if kind == "colour":
                run.font.color.rgb = RGBColor.from_string(self.theme["mid"])
            if kind == "italic":
                run.italic = True
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.keep_with_next = True

    def callout(self) -> None:
        """A shaded, bordered paragraph of running text: counted like any paragraph."""
        text = self.content.paragraph(self.part, self.rng.randint(35, 70))
        lead = self.rng.choice(("Key point: ", "In summary, ", "Insight: ", "", "Recommendation: "))
        if lead and not lead.endswith(", "):
            text = lead + text
        elif lead:
            text = lead + text[0].lower() + text[1:]
        p = self.body(text)
        shade(p, self.theme["light"])
        sides = self.rng.choice((("left",), ("top", "left", "bottom", "right"), ("top", "bottom")))
        borders(p, self.theme["mid"], sides, self.rng.choice((12, 18, 24)), 4)
        fix_ppr_order(p)
        p.paragraph_format.left_indent = Cm(0.3)
        p.paragraph_format.right_indent = Cm(0.3)
        self.notes.append(f"{self.part}: shaded call-out paragraph counted ({count(text)} words)")

    def textbox(self) -> None:
        """A real text box with a key point, anchored in an empty paragraph: not counted."""
        text = self.content.fill(self.rng.choice(KEY_POINTS))
        p = self.doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        width = Cm(self.rng.choice((5.0, 5.5, 6.0)))
        self.shapes.anchor(
            p,
            cx=width,
            cy=Cm(2.8),
            x=self.rng.choice(("right", "left")),
            y=0,
            fill=self.theme["light"],
            line=self.theme["mid"],
            geom=self.rng.choice(("rect", "roundRect")),
            lines=(text,),
            color=self.theme["dark"],
            size=10,
            bold=True,
        )

    def quote_table(self) -> None:
        quote, cite = self.rng.choice(QUOTES)
        quote = self.content.fill(quote)
        table = self.doc.add_table(rows=1, cols=1)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        cell = table.cell(0, 0)
        tcpr = cell._tc.get_or_add_tcPr()
        tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{self.theme["light"]}"/>'))
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(quote)
        run.italic = True
        run.font.size = Pt(self.size + 1)
        run.font.color.rgb = RGBColor.from_string(self.theme["dark"])
        p2 = cell.add_paragraph(f"({cite})")
        p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self.doc.add_paragraph().paragraph_format.space_after = Pt(0)

    def bullets(self, n: int, numbered: bool = False) -> None:
        style = "List Number" if numbered else "List Bullet"
        for _ in range(n):
            self.body(self.content.sentence(self.part), style=style)

    def typed_points(self, n: int) -> None:
        for i in range(n):
            text = f"{i + 1}. " + self.content.sentence(self.part)
            p = self.body(text)
            p.paragraph_format.left_indent = Cm(0.6)
            p.paragraph_format.first_line_indent = Cm(-0.6)

    def plan_table(self) -> None:
        rows = [("Stage", "Action", "Channel", "KPI", "Timing")]
        ch1, ch2 = self.info["ch1"], self.info["ch2"]
        rows += [
            ("Reach", "Lookalike audiences from loyalty data", ch2, "Cost per visit", "Q1"),
            ("Act", "Personalised landing content", ch1, "Bounce rate", "Q1-Q2"),
            ("Convert", "Abandoned basket triggers", ch1, f"Conversion {self.info['conv2']}%", "Q2"),
            ("Engage", "Community and loyalty content", ch2, "Repeat purchase", "Q3-Q4"),
        ]
        table = self.doc.add_table(rows=len(rows), cols=5)
        table.style = self.doc.styles["Table Grid"]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.text = value
                run = cell.paragraphs[0].runs[0]
                run.font.size = Pt(9)
                if r == 0:
                    run.bold = True
                    run.font.color.rgb = RGBColor(255, 255, 255)
                    cell._tc.get_or_add_tcPr().append(
                        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{self.theme["dark"]}"/>')
                    )
        cap = self.uncounted(f"Table 1: Action plan for {ch1} and {ch2}", style="Caption")
        cap.paragraph_format.space_after = Pt(8)

    def smartart(self, labels: tuple[str, ...], caption: str) -> None:
        """A SmartArt-like process of chevrons drawn with shapes: not counted; its caption is not counted."""
        p = self.doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        section = self.doc.sections[-1]
        usable = section.page_width - section.left_margin - section.right_margin
        n = len(labels)
        gap = Cm(0.15)
        width = int((usable - gap * (n - 1)) / n)
        geom = self.rng.choice(("chevron", "homePlate", "roundRect"))
        for i, label in enumerate(labels):
            self.shapes.anchor(
                p,
                cx=width,
                cy=Cm(1.9),
                x=int(i * (width + gap)),
                y=Cm(0.1),
                fill=self.theme["mid"] if i % 2 == 0 else self.theme["dark"],
                line=None,
                geom=geom,
                lines=(label,),
                color="FFFFFF",
                size=9,
                bold=True,
                wrap="topbottom",
                center=True,
                textbox=False,
            )
        self.uncounted(caption, style="Caption")

    def icon(self, paragraph, kind: int) -> None:
        run = paragraph.add_run()
        run.add_picture(io.BytesIO(icon_png(self.theme["mid"], kind)), width=Cm(0.9))
        paragraph.add_run("  ")

    def wordcount_line(self, group: str) -> None:
        n = sum(self.words[p] for p in LIMIT_GROUPS[group])
        p = self.uncounted(f"Word count: {n:,}")
        p.runs[0].italic = True
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # ---------------------------------------------------------------- headings per layout

    def task_heading(self, task: str) -> None:
        title = TASK_TITLES[task][self.rng.randrange(2)]
        lay = self.layout
        th = self.theme
        if lay == "shaded_band":
            p = self.doc.add_paragraph(f"Task {task}: {title}", style="Heading 1")
            borders(p, th["dark"], ("bottom",), 18, 4)
        elif lay == "boxed_code":
            p = self.doc.add_paragraph(style="Heading 1")
            p.add_run(f"TASK {task}").bold = True
            p.add_run(f" \u2013 {title}")
        elif lay == "part_rule":
            p = self.doc.add_paragraph(f"Task {task} \u2013 {title}", style="Heading 1")
            borders(p, th["accent"], ("bottom",), 24, 2)
        elif lay == "pipe_caps":
            p = self.doc.add_paragraph(style="Heading 1")
            r = p.add_run(f"TASK {task} | {title.upper()}")
            r.font.color.rgb = RGBColor.from_string(th["dark"])
        elif lay == "dark_band":
            p = self.doc.add_paragraph()
            r = p.add_run(f"Task {task}: {title}")
            r.bold = True
            r.font.size = Pt(self.size + 5)
            r.font.color.rgb = RGBColor(255, 255, 255)
            shade(p, th["dark"])
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(12)
        elif lay == "theme_callouts":
            p = self.doc.add_paragraph(f"Task {task}. {title}", style="Heading 1")
            shade(p, th["light"])
            borders(p, th["dark"], ("left",), 36, 6)
        else:  # icon_smartart
            p = self.doc.add_paragraph(style="Heading 1")
            self.icon(p, int(task))
            p.add_run(f"Task {task} \u2013 {title}")
        p.paragraph_format.line_spacing = 1.0
        fix_ppr_order(p)
        if self.layout in ("dark_band", "pipe_caps") and task != "1" and self.rng.random() < 0.7:
            p.paragraph_format.page_break_before = True

    def part_heading(self, part: str) -> None:
        task, letter = part[0], part[1]
        title = self.rng.choice(TITLE_VARIANTS[part])
        lay = self.layout
        th = self.theme
        self.part = part
        if lay == "shaded_band":
            text = f"Task {task}({letter}) \u2013 {title}"
            p = self.doc.add_paragraph(text, style="Heading 2")
            shade(p, th["light"])
            p.paragraph_format.space_before = Pt(10)
        elif lay == "boxed_code":
            p = self.doc.add_paragraph(style="Heading 2")
            code = p.add_run(f"{task}{letter.upper()}")
            code.bold = True
            code.font.color.rgb = RGBColor(255, 255, 255)
            run_box(code, th["dark"], th["mid"])
            p.add_run(" ")
            p.add_run(title)
            text = f"{task}{letter.upper()} {title}"
        elif lay == "part_rule":
            text = f"Part {letter.upper()} \u2013 {title}"
            p = self.doc.add_paragraph(text, style="Heading 2")
            borders(p, th["mid"], ("bottom",), 8, 1)
        elif lay == "pipe_caps":
            p = self.doc.add_paragraph(style="Heading 2")
            first = p.add_run(f"TASK {task} | PART {letter.upper()}")
            first.font.color.rgb = RGBColor.from_string(th["accent"])
            if self.index % 2:
                first.add_break(WD_BREAK.LINE)
                p.add_run(title)
                text = f"TASK {task} | PART {letter.upper()}\n{title}"
            else:
                p.add_run(f" \u2013 {title}")
                text = f"TASK {task} | PART {letter.upper()} \u2013 {title}"
        elif lay == "dark_band":
            text = f"{task}({letter}) {title}"
            p = self.doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(self.size + 2)
            r.font.color.rgb = RGBColor(255, 255, 255)
            shade(p, th["mid"])
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(8)
        elif lay == "theme_callouts":
            text = f"{task}({letter}) {title}"
            p = self.doc.add_paragraph(text, style="Heading 2")
            borders(p, th["accent"], ("bottom",), 6, 1)
        else:  # icon_smartart
            p = self.doc.add_paragraph(style="Heading 2")
            self.icon(p, PARTS.index(part))
            text = f"Task {task} ({letter}): {title}"
            p.add_run(text)
        p.paragraph_format.line_spacing = 1.0
        fix_ppr_order(p)
        self.headings[part] = text

    # ---------------------------------------------------------------- cover and contents

    def cover(self, full_page: bool) -> None:
        doc = self.doc
        th = self.theme
        first = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
        if full_page:
            self.shapes.anchor(
                first,
                cx=Cm(21.0),
                cy=Cm(29.7),
                x=0,
                y=0,
                rel_h="page",
                rel_v="page",
                fill=th["dark"],
                line=None,
                lines=(),
                wrap="none",
                behind=True,
                textbox=False,
            )
            self.shapes.anchor(
                first,
                cx=Cm(21.0),
                cy=Cm(1.2),
                x=0,
                y=Cm(22.0),
                rel_h="page",
                rel_v="page",
                fill=th["accent"],
                line=None,
                lines=(),
                wrap="none",
                behind=True,
                textbox=False,
            )
        white = RGBColor(255, 255, 255) if full_page else RGBColor.from_string(th["dark"])
        first.paragraph_format.space_before = Pt(150)
        lines = [
            ("CIM Level 6 Diploma in Professional Digital Marketing", 14, False),
            ("Mastering Digital Channels (2206)", 26, True),
            (f"Personalisation of digital channels at {self.org}", 18, False),
            (f"Candidate number: {self.candidate}", 12, False),
            ("Submission: July 2019", 12, False),
        ]
        for i, (text, size, bold) in enumerate(lines):
            p = first if i == 0 else doc.add_paragraph()
            r = p.add_run(text)
            r.font.size = Pt(size)
            r.bold = bold
            r.font.color.rgb = white
            p.paragraph_format.line_spacing = 1.0
            p.paragraph_format.space_after = Pt(14)

    def contents(self) -> None:
        doc = self.doc
        p = doc.add_paragraph()
        r = p.add_run("Contents")
        r.bold = True
        r.font.size = Pt(self.size + 6)
        r.font.color.rgb = RGBColor.from_string(self.theme["dark"])
        entries = []
        page = 3
        for task in ("1", "2", "3"):
            entries.append((0, f"Task {task}: {TASK_TITLES[task][0]}", page))
            for part in PARTS:
                if part[0] == task:
                    entries.append((1, f"{task}({part[1]}) {PART_TITLES_SHORT[part]}", page))
                    page += 1
        entries.append((0, "References", page))
        last = len(entries) - 1
        for i, (level, text, pg) in enumerate(entries):
            e = doc.add_paragraph()
            e.paragraph_format.left_indent = Cm(0.6 * level)
            e.paragraph_format.tab_stops.add_tab_stop(
                doc.sections[0].page_width - doc.sections[0].left_margin - doc.sections[0].right_margin,
                alignment=WD_TAB_ALIGNMENT.RIGHT,
                leader=WD_TAB_LEADER.DOTS,
            )
            e.paragraph_format.line_spacing = 1.0
            e.paragraph_format.space_after = Pt(4)
            if i == 0:
                e.add_run()._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
                e.add_run()._r.append(
                    parse_xml(
                        f'<w:instrText {nsdecls("w")} xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText>'
                    )
                )
                e.add_run()._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
            run = e.add_run(f"{text}\t{pg}")
            run.bold = level == 0
            if i == last:
                e.add_run()._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))

    # ---------------------------------------------------------------- the report

    def sizes(self) -> dict[str, int]:
        # 1a must stay within one side of A4: scale by the page's capacity
        capacity = 560 * (11 / self.size) ** 2 / self.spacing
        capacity *= (21.0 - 2 * self.doc.sections[0].left_margin.cm) / 16.0
        target = {"1a": int(min(self.rng.randint(260, 430), capacity * 0.62))}
        limits = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
        mood = self.rng.random()
        for group, parts in LIMIT_GROUPS.items():
            r = self.rng.random()
            if mood < 0.25:
                factor = self.rng.uniform(1.02, 1.13)  # over, inside 15 %
            elif mood < 0.45:
                factor = self.rng.uniform(0.55, 0.8)  # well under
            else:
                factor = self.rng.uniform(0.86, 1.0) if r < 0.8 else self.rng.uniform(1.0, 1.1)
            total = limits[group] * factor
            share = self.rng.uniform(0.42, 0.58)
            target[parts[0]] = int(total * share)
            target[parts[1]] = int(total * (1 - share))
        return target

    def write_part(self, part: str, target: int) -> None:
        """Body paragraphs up to the target, with this layout's extras placed between them."""
        lay = self.layout
        subs = list(SUBHEADINGS[part])
        extras: list[str] = []
        if part == "1a":
            extras = []
        else:
            if lay in ("shaded_band", "theme_callouts", "pipe_caps") and self.rng.random() < 0.8:
                extras.append("callout")
            if lay in ("shaded_band", "dark_band", "theme_callouts") and part in ("1b", "2a", "3a", "3b"):
                extras.append("textbox")
            if lay in ("boxed_code", "theme_callouts") and part in ("1b", "3b", "2b"):
                extras.append("quote")
            if part == "2a" and lay in ("boxed_code", "part_rule", "pipe_caps", "dark_band"):
                extras.append("plan")
            if lay in ("part_rule", "icon_smartart") and part in ("2a", "3a"):
                extras.append("smartart")
            if lay in ("boxed_code", "dark_band", "icon_smartart", "shaded_band") and self.rng.random() < 0.6:
                extras.append("bullets")
            if lay == "part_rule" and part in ("1b", "3b"):
                extras.append("typed")
            if lay == "pipe_caps" and self.rng.random() < 0.5:
                extras.append("numbered")
        self.rng.shuffle(extras)
        use_subs = part == "1a" or self.rng.random() < 0.55
        n_paras = max(2, round(target / self.rng.randint(95, 150)))
        if part == "1a":
            n_paras = 3
        start = self.words[part]
        slots = list(range(1, n_paras))
        self.rng.shuffle(slots)
        at = {slot: extras[i] for i, slot in enumerate(slots[: len(extras)])}
        leftover = extras[len(slots) :]
        for i in range(n_paras):
            if target - (self.words[part] - start) <= 0:
                break
            if use_subs and subs and (part == "1a" or i % max(1, n_paras // len(SUBHEADINGS[part])) == 0):
                self.subheading(subs.pop(0))
            remaining = target - (self.words[part] - start)
            if part == "1a" and i == 0:
                kind = self.info["type"].split(" ", 1)[1]
                self.body(f"{self.org} ({kind}).")
                remaining = target - (self.words[part] - start)
            share = remaining // (n_paras - i)
            self.para(max(20, share))
            extra = at.get(i + 1) if i + 1 < n_paras else None
            for e in ([extra] if extra else []) + (leftover if i == n_paras - 1 else []):
                self.extra(e)

    def extra(self, kind: str) -> None:
        if kind == "callout":
            self.callout()
        elif kind == "textbox":
            self.textbox()
        elif kind == "quote":
            self.quote_table()
        elif kind == "plan":
            self.plan_table()
        elif kind == "smartart":
            labels = (
                ("Audit data", "Segment", "Personalise", "Test", "Scale")
                if self.part == "3a"
                else ("Reach", "Act", "Convert", "Engage")
            )
            what = "Figure 1: RACE stages" if self.part == "2a" else "Figure 2: Implementation roadmap"
            self.smartart(labels, f"{what} for {self.org}")
        elif kind == "bullets":
            self.bullets(self.rng.randint(3, 5))
        elif kind == "typed":
            self.typed_points(self.rng.randint(3, 4))
        elif kind == "numbered":
            self.bullets(self.rng.randint(3, 4), numbered=True)

    def references(self) -> None:
        lay = self.layout
        if lay in ("dark_band",):
            p = self.doc.add_paragraph()
            r = p.add_run("References")
            r.bold = True
            r.font.size = Pt(self.size + 5)
            r.font.color.rgb = RGBColor(255, 255, 255)
            shade(p, self.theme["dark"])
            fix_ppr_order(p)
        else:
            p = self.doc.add_paragraph("References", style="Heading 1")
        if self.rng.random() < 0.5:
            p.paragraph_format.page_break_before = True
        used = set(self.content.used) | {"Chaffey and Smith, 2017", "Kingsnorth, 2019", "Gartner, 2019"}
        used |= {"Epsilon, 2018", "Chaffey and Ellis-Chadwick, 2019"}
        for key, ref in sorted(CITATIONS, key=lambda c: c[1]):
            if key in used:
                e = self.doc.add_paragraph(ref)
                e.paragraph_format.left_indent = Cm(1.0)
                e.paragraph_format.first_line_indent = Cm(-1.0)

    def appendix(self) -> None:
        self.doc.add_paragraph(
            "Appendix 1: Customer data audit", style="Heading 1"
        ).paragraph_format.page_break_before = True
        self.doc.add_paragraph(
            f"The audit below lists the customer data {self.org} already holds and where it is stored. It supports"
            " the recommendations in Task 3 and is not part of the word count."
        )
        table = self.doc.add_table(rows=4, cols=3)
        table.style = self.doc.styles["Table Grid"]
        for r, row in enumerate(
            (
                ("Data", "System", "Quality"),
                ("Purchase history", "ERP", "Good"),
                ("Email engagement", "ESP", "Fair"),
                ("Web behaviour", "Analytics", "Poor"),
            )
        ):
            for c, v in enumerate(row):
                table.cell(r, c).text = v

    def build(self) -> tuple[bytes, Truth]:
        lay = self.layout
        cover = lay in ("dark_band", "theme_callouts", "part_rule") or self.rng.random() < 0.3
        full_page = lay == "dark_band" or (cover and self.rng.random() < 0.5)
        contents = lay in ("part_rule", "dark_band") or (cover and self.rng.random() < 0.4)
        logo = lay in ("shaded_band", "pipe_caps", "icon_smartart") or self.rng.random() < 0.4
        if cover:
            self.cover(full_page)
            if contents:
                self.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
                self.contents()
            new = self.doc.add_section(WD_SECTION.NEW_PAGE)
            self.doc.sections[0].different_first_page_header_footer = True
            self.header_footer(new, logo=logo, page_of=self.rng.random() < 0.7)
        else:
            self.header_footer(self.doc.sections[0], logo=logo, page_of=self.rng.random() < 0.7)
        self.sub_kind = self.rng.choice(("h3", "bold", "colour", "italic"))
        target = self.sizes()
        for task in ("1", "2", "3"):
            self.task_heading(task)
            for part in PARTS:
                if part[0] != task:
                    continue
                self.part_heading(part)
                self.write_part(part, target[part])
            if (self.rng.random() < 0.45 and task != "1") or (task == "1" and self.rng.random() < 0.3):
                group = {"1": "task1-bc", "2": "task2-ab", "3": "task3-ab"}[task]
                self.wordcount_line(group)
        self.part = None
        self.references()
        if lay == "theme_callouts" or self.rng.random() < 0.15:
            self.appendix()
        out = io.BytesIO()
        self.doc.save(out)
        data = normalise_zip(out.getvalue())
        groups = {g: sum(self.words[p] for p in parts) for g, parts in LIMIT_GROUPS.items()}
        truth = Truth(
            name="",
            seed=self.index,
            layout=lay,
            split="",
            part_words=dict(self.words),
            group_words=groups,
            words_all=sum(self.words.values()),
            headings=dict(self.headings),
        )
        return data, truth


PART_TITLES_SHORT = {part: variants[0] for part, variants in TITLE_VARIANTS.items()}


def normalise_zip(data: bytes) -> bytes:
    """The same bytes for the same report: fixed dates on the zip's entries."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2019, 7, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name))
    return out.getvalue()


def build(index: int) -> tuple[bytes, Truth]:
    """Report ``index`` as DOCX bytes and its truth."""
    return Writer(index).build()
