"""Pool 15 (development data since stop 64): CIM 2206 reports from other word processors and older Word versions.

Written from the pool brief by a hand that has not read marker's readers. Seven layouts, each the way a candidate's
tool of choice leaves a report: Word 2007-2010 defaults (Cambria headings, Calibri 11, 1.15 spacing, 10 pt after),
an Apple Pages export, WPS Office defaults, Word Online, a report formatted by hand with direct formatting on
Normal, a report merged from three documents with two style sets, and a Word 2010 report set in double spacing.
Truth is counted while each paragraph is written: body paragraphs and list items of a part count; headings,
tables, captions, text boxes, footnotes, headers, footers, cover, contents, references, appendices and
word-count lines do not.
"""

from __future__ import annotations

import io
import random
import re

import docx
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports saved as DOCX from other word processors and older Word: Word 2007-2010 defaults, Pages export, "
    "WPS Office, Word Online, hand-made direct formatting, merged documents with two style sets, double spacing"
)
LAYOUTS = (
    "word2007_defaults",
    "pages_export",
    "wps_office",
    "word_online",
    "direct_overrides",
    "merged_templates",
    "word2010_double",
)
REPORTS = 28
PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
LIMITS = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
MODULE = "CIM 2206 Mastering Digital Channels"
NUMBER_WORDS = {"1": "One", "2": "Two", "3": "Three"}
TASK_NAMES = {"1": "Personalisation report", "2": "Conversion plan", "3": "Implementation and risk"}

# --- text -------------------------------------------------------------------------------------------------------
REFERENCES = {
    "(Chaffey and Ellis-Chadwick, 2019)": "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing: strategy, "
    "implementation and practice. 7th edn. Harlow: Pearson.",
    "(Chaffey and Smith, 2017)": "Chaffey, D. and Smith, P.R. (2017) Digital marketing excellence: planning, "
    "optimizing and integrating online marketing. 5th edn. Abingdon: Routledge.",
    "(Kingsnorth, 2019)": "Kingsnorth, S. (2019) Digital marketing strategy: an integrated approach to online "
    "marketing. 2nd edn. London: Kogan Page.",
    "(Ryan, 2016)": "Ryan, D. (2016) Understanding digital marketing. 4th edn. London: Kogan Page.",
    "(Jobber and Ellis-Chadwick, 2020)": "Jobber, D. and Ellis-Chadwick, F. (2020) Principles and practice of "
    "marketing. 9th edn. London: McGraw-Hill.",
    "(Kotler, Kartajaya and Setiawan, 2017)": "Kotler, P., Kartajaya, H. and Setiawan, I. (2017) Marketing 4.0: "
    "moving from traditional to digital. Hoboken: Wiley.",
    "(Hanlon, 2019)": "Hanlon, A. (2019) Digital marketing: strategic planning and integration. London: Sage.",
    "(Salesforce, 2019)": "Salesforce (2019) State of the connected customer. 3rd edn. San Francisco: Salesforce "
    "Research.",
    "(Econsultancy, 2019)": "Econsultancy (2019) Personalisation: the state of play. London: Econsultancy.",
    "(Information Commissioner's Office, 2018)": "Information Commissioner's Office (2018) Guide to the General "
    "Data Protection Regulation (GDPR). Wilmslow: ICO.",
    "(Epsilon, 2018)": "Epsilon (2018) The power of me: the impact of personalization on marketing performance. "
    "Irving: Epsilon.",
    "(Strauss and Frost, 2014)": "Strauss, J. and Frost, R. (2014) E-marketing. 7th edn. Harlow: Pearson.",
    "(Gartner, 2019)": "Gartner (2019) Gartner predicts 80% of marketers will abandon personalization efforts by "
    "2025. Stamford: Gartner.",
    "(Dodson, 2016)": "Dodson, I. (2016) The art of digital marketing. Hoboken: Wiley.",
}
NARRATIVE = {
    "(Chaffey and Ellis-Chadwick, 2019)": "Chaffey and Ellis-Chadwick (2019)",
    "(Chaffey and Smith, 2017)": "Chaffey and Smith (2017)",
    "(Kingsnorth, 2019)": "Kingsnorth (2019)",
    "(Ryan, 2016)": "Ryan (2016)",
    "(Jobber and Ellis-Chadwick, 2020)": "Jobber and Ellis-Chadwick (2020)",
    "(Hanlon, 2019)": "Hanlon (2019)",
    "(Strauss and Frost, 2014)": "Strauss and Frost (2014)",
    "(Dodson, 2016)": "Dodson (2016)",
}
SECTORS = (
    ("a garden centre chain", "plants, garden furniture and gifts", "Dobbies", "Wyevale"),
    ("an independent travel agency", "tailored holidays and city breaks", "Trailfinders", "Kuoni"),
    ("a regional building society", "mortgages, savings accounts and insurance", "Nationwide", "Yorkshire BS"),
    ("an online homeware retailer", "furniture, lighting and textiles", "Made.com", "Dunelm"),
    ("a craft brewery", "bottled beers, a taproom and gift boxes", "BrewDog", "Camden Town Brewery"),
    ("a fitness club operator", "gym memberships, classes and personal training", "PureGym", "The Gym Group"),
    ("a specialist cycling retailer", "bicycles, clothing and servicing", "Evans Cycles", "Wiggle"),
    ("a university's continuing education unit", "short courses and professional certificates", "FutureLearn", "OU"),
)
SEGMENTS = (
    "first-time buyers aged 25 to 34",
    "busy parents with young children",
    "retired customers over 60",
    "young professionals in cities",
    "small business owners",
    "returning customers who have lapsed",
)
CHANNELS = (
    ("email", "the website"),
    ("the mobile app", "email"),
    ("social media", "the website"),
    ("paid search", "email"),
    ("the website", "Instagram"),
)
SENTENCES = {
    "1a": (
        "{org} is {sector} founded in {year} and now employs around {staff} people.",
        "Its range covers {products}, sold through {shops} stores and an online shop.",
        "Annual turnover was about £{turnover} million last year, with online sales at {pct} per cent of the total.",
        "The main competitors are {comp1} and {comp2}, both of which invest heavily in digital channels.",
        "The customer base is mostly loyal and local, with a large group of repeat customers who buy several "
        "times a year.",
        "Customers are split fairly evenly between men and women and the largest age band is 35 to 54.",
        "In terms of maturity, {org} sits at an early stage of personalisation {cite}.",
        "Email is segmented only by broad interest and the website shows the same content to every visitor.",
        "A loyalty scheme collects purchase data, but it is not yet connected to the email platform or the website.",
        "The marketing team of {team} people manages social media in house and uses an agency for paid search.",
        "Using the maturity model of {narr}, the organisation would be placed at the second of five levels.",
        "Management has agreed that personalisation should be a priority in the next three-year plan.",
    ),
    "1b": (
        "Personalisation has moved from inserting a first name in an email to real-time tailoring of whole "
        "journeys {cite}.",
        "Rule-based personalisation is still the most common method because it is cheap and easy to control.",
        "Recommendation engines use past behaviour to predict what a customer wants next {cite}.",
        "{narr} argue that relevance is the main reason customers open and act on marketing messages.",
        "Around {pct} per cent of consumers say they are more likely to buy from brands that offer "
        "personalised experiences {cite}.",
        "However, the same research shows that customers are uneasy when personalisation feels intrusive.",
        "Artificial intelligence now allows predictive personalisation, where offers are chosen before the "
        "customer searches.",
        "The cost of these platforms has fallen, which makes them realistic for an organisation of the size of {org}.",
        "Voice assistants and conversational interfaces are a future development that may change search "
        "behaviour {cite}.",
        "The removal of third-party cookies means that first-party data will become far more valuable.",
        "For {org} this suggests a strategic decision to invest in a customer data platform before buying new tools.",
        "Basic personalisation brings quick wins, but advanced personalisation needs clean and joined-up data.",
        "Location-based messages are a further development, although they raise questions of consent {cite}.",
        "Dynamic content on websites can change images and offers according to the visitor's segment.",
        "A weakness of many current approaches is that they personalise the message but not the timing.",
        "Gartner predicted that many marketers would abandon personalisation because of poor returns and data "
        "problems (Gartner, 2019).",
    ),
    "1c": (
        "The chosen segment is {segment}, who make up about {pct} per cent of the customer base.",
        "They use {ch1} and {ch2} most often and expect the experience to be consistent between them.",
        "A good example of practice is Amazon, whose recommendations are based on browsing and buying history {cite}.",
        "Spotify's Wrapped campaign shows how personal data can be turned into content that customers share.",
        "By contrast, a poor example came from a retailer that kept sending offers for a product already bought.",
        "From my own experience, a hotel chain addressed me by the wrong name, which reduced my trust at once.",
        "Good personalisation for this segment would save them time, as {narr} suggests.",
        "Success can be measured through open rates, click-through rates and the repeat purchase rate {cite}.",
        "Bad personalisation shows itself in unsubscribes, complaints and abandoned journeys.",
        "{org} would need data on life stage, past purchases, preferred channel and time of contact.",
        "The cross-channel experience matters because this segment often starts on a phone and completes on a laptop.",
        "The business goal that personalisation supports here is to raise customer lifetime value {cite}.",
        "Improvements would include a preference centre and triggered messages based on behaviour.",
        "Boots uses its Advantage Card data well, offering vouchers that match what customers actually buy.",
    ),
    "2a": (
        "The two channels chosen for the conversion plan are {ch1} and {ch2}.",
        "The first action is to map the customer journey and find where {segment} drop out {cite}.",
        "Conversion rate optimisation should start with analytics data rather than opinion.",
        "A series of A/B tests on landing pages will be run over the first three months.",
        "The SMART objective is to raise the conversion rate from {pct_low} per cent to {pct_high} per cent "
        "within twelve months.",
        "Online communities can support conversion, since reviews and forums build trust {cite}.",
        "The RACE framework of {narr} will be used to organise the plan.",
        "Each action has an owner, a budget and a key performance indicator, as shown in the table.",
        "Basket abandonment emails will be triggered within one hour of the customer leaving the site.",
        "Page speed is a further priority, because each extra second of loading reduces conversions {cite}.",
        "The budget for the plan is £{budget},000, split between technology, content and testing.",
        "Customer feedback will be collected after purchase to refine the journey.",
        "Progress will be reviewed monthly by the marketing manager and reported to the board each quarter.",
    ),
    "2b": (
        "Content for {ch1} will be personalised by segment, past purchase and stage in the journey {cite}.",
        "Welcome emails can be followed by content that reflects the first product a customer viewed.",
        "On {ch2}, dynamic banners will show offers linked to the visitor's last session.",
        "Re-marketing reminds visitors of products they viewed but did not buy {cite}.",
        "Frequency caps are needed so that re-marketing does not follow customers for weeks.",
        "{narr} stress that content must be useful first and personal second.",
        "User-generated content, such as customer photos, makes personalised messages more credible.",
        "Video content can be versioned for different segments at low cost with modern tools.",
        "Simple personalisation is often better than complex logic that customers do not notice.",
        "Re-marketing lists can be built from email engagement as well as from website visits.",
        "Seasonal content will be adjusted to local weather and events where the data allows {cite}.",
        "A content calendar will link each personalised message to a campaign goal.",
        "Customers who have already converted will be excluded from acquisition re-marketing.",
    ),
    "3a": (
        "Personalisation at {org} should be managed by a small cross-functional team {cite}.",
        "The team needs skills in data analysis, content production and marketing technology.",
        "Some of these skills can be bought from an agency in the first year while staff are trained.",
        "It is recommended that {org} starts with basic rule-based personalisation before moving to AI tools.",
        "Paid channels need different management from owned channels because the data sits with the platform {cite}.",
        "Earned channels such as reviews are harder to personalise but can be monitored and answered.",
        "A mobile-first approach is justified because most of the target audience browse on phones.",
        "Advanced tracking through a tag manager will give the insight needed for later stages {cite}.",
        "Scalability is a challenge, so the chosen platform should integrate with the existing e-commerce system.",
        "{narr} recommend a test-and-learn culture in which small pilots are scaled when they succeed.",
        "Governance should include a monthly review of results and of the data held.",
        "Customer expectations are rising faster than the ability of {org} to meet them.",
        "The future of data points towards consented first-party data and server-side tracking.",
        "A phased roadmap over eighteen months keeps the risk and the cost manageable.",
    ),
    "3b": (
        "The first risk is legal non-compliance with the UK GDPR and PECR {cite}.",
        "Fines can reach four per cent of global turnover, but the damage to trust may cost more.",
        "Consent must be freely given, specific and recorded, and customers must be able to withdraw it.",
        "The second risk is poor data quality, which leads to irrelevant or wrong messages {cite}.",
        "If customers receive offers for products they have returned, they may move to {comp1}.",
        "The third risk is that personalisation feels creepy and crosses a line for customers.",
        "{narr} note that transparency about how data is used is the best protection against this.",
        "Automation adds a further risk because mistakes are repeated at scale before anyone notices.",
        "The likelihood of a data breach is moderate, but its impact would be severe.",
        "Mitigation includes a data protection impact assessment before each new campaign {cite}.",
        "A clear policy should state which data will never be used, such as health information.",
        "Senior management should treat these risks as business risks and not only as marketing issues.",
        "Each risk has been rated for likelihood and impact in the risk register below.",
    ),
}
GENERIC = (
    "This matters for {org} because its customers compare it with the best experiences they have online.",
    "The evidence here is mixed, and it should be tested on a small scale first {cite}.",
    "A practical example would be a personalised welcome series for {segment}.",
    "The cost of doing nothing is also a risk, since {comp1} is already moving in this direction.",
    "It is important not to overwhelm customers with too many messages {cite}.",
    "Data from the loyalty scheme would give {org} a head start here.",
    "This links back to the wider digital strategy of the organisation.",
    "Success should be judged on customer outcomes and not only on clicks {cite}.",
)
OPENERS = {
    "The",
    "A",
    "An",
    "This",
    "It",
    "Each",
    "Some",
    "Email",
    "Customers",
    "Content",
    "Consent",
    "Progress",
    "Personalisation",
    "Conversion",
    "Frequency",
    "Governance",
    "Mitigation",
    "Page",
    "Video",
    "Welcome",
}
CONNECTORS = ("However,", "In addition,", "Furthermore,", "In practice,", "At the same time,", "For this reason,")
QUOTES = (
    '"personalisation is about delivering the right message to the right person at the right time"',
    '"customers now expect companies to understand their unique needs and expectations"',
    '"relevance is the currency of digital marketing"',
)
LIST_ITEMS = {
    "1a": (
        "Products: {products}.",
        "Competitors: {comp1} and {comp2}.",
        "Staff: about {staff} employees.",
        "Channels: website, email, Facebook and Instagram.",
    ),
    "1b": (
        "Basic: name and location inserted in emails.",
        "Intermediate: segment-based website content.",
        "Advanced: predictive offers driven by machine learning.",
        "Future: voice and conversational personalisation {cite}.",
    ),
    "1c": (
        "Relevant offers based on what the customer has bought before.",
        "Messages timed around the customer's routine.",
        "A consistent experience across app and web.",
        "Easy control of preferences and consent.",
    ),
    "2a": (
        "Audit the current journey and analytics set-up.",
        "Redesign the landing pages for the segment.",
        "Launch triggered basket abandonment emails.",
        "Run monthly A/B tests and report the results {cite}.",
        "Review the plan after six months.",
    ),
    "2b": (
        "Product recommendations in post-purchase emails.",
        "Dynamic website banners by segment.",
        "Re-marketing adverts with a frequency cap of three a week.",
        "Browse abandonment reminders after 24 hours {cite}.",
    ),
    "3a": (
        "A data analyst, recruited in the first quarter.",
        "A content executive shared with the brand team.",
        "An agency retainer for paid media.",
        "Training for the customer service team {cite}.",
    ),
    "3b": (
        "Legal compliance with UK GDPR and PECR.",
        "Poor data quality and wrong messages.",
        "Loss of trust when personalisation feels intrusive.",
    ),
}
SUBHEADINGS = {
    "1a": ("Organisation name", "Organisation information", "Specific background"),
    "1b": ("Current developments", "Future developments", "Implications for strategy"),
    "1c": ("The target segment", "Good practice", "Poor practice", "Measuring success"),
    "2a": ("Objectives", "Actions", "Online communities"),
    "2b": ("Personalised email content", "Website content", "Re-marketing"),
    "3a": ("Resources and skills", "Paid, owned and earned channels", "Roadmap"),
    "3b": ("Legal compliance", "Data quality", "Customer trust", "Advice to senior management"),
}
FOOTNOTES = (
    "Figures taken from the company's annual report.",
    "Based on the author's own experience as a customer in 2019.",
    "The Privacy and Electronic Communications Regulations 2003 apply to email marketing.",
    "Internal estimate supplied by the marketing manager.",
    "See Appendix A for the full persona.",
)


class Writer:
    """Sentences about one organisation, each a citation away from the next."""

    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        sector, products, comp1, comp2 = rng.choice(SECTORS)
        ch1, ch2 = rng.choice(CHANNELS)
        low = rng.randint(1, 3)
        self.ctx = {
            "org": fake.company().replace(" and ", " & "),
            "sector": sector,
            "products": products,
            "comp1": comp1,
            "comp2": comp2,
            "segment": rng.choice(SEGMENTS),
            "ch1": ch1,
            "ch2": ch2,
            "year": str(rng.randint(1962, 2008)),
            "staff": str(rng.choice((45, 120, 260, 480, 900))),
            "shops": str(rng.randint(4, 40)),
            "turnover": str(rng.randint(6, 90)),
            "team": str(rng.randint(3, 9)),
            "budget": str(rng.randint(25, 140)),
            "pct_low": f"{low}.{rng.randint(1, 9)}",
            "pct_high": f"{low + 1}.{rng.randint(1, 9)}",
        }
        self.cited: list[str] = []
        self.decks: dict[str, list[str]] = {}

    def draw(self, part: str) -> str:
        """The part's sentences in a shuffled deck, so that one does not follow itself."""
        deck = self.decks.get(part)
        if not deck:
            deck = list(SENTENCES[part])
            self.rng.shuffle(deck)
            self.decks[part] = deck
        return deck.pop()

    def fill(self, template: str) -> str:
        def cite(_: re.Match[str]) -> str:
            key = self.rng.choice(list(REFERENCES))
            self.cited.append(key)
            return key

        def narr(_: re.Match[str]) -> str:
            key = self.rng.choice(list(NARRATIVE))
            self.cited.append(key)
            return NARRATIVE[key]

        text = re.sub(r"\{cite\}", cite, template)
        text = re.sub(r"\{narr\}", narr, text)
        text = text.replace("{pct}", str(self.rng.randint(12, 78)))
        text = text.format(**self.ctx)
        if "(Gartner, 2019)" in text:
            self.cited.append("(Gartner, 2019)")
        return text

    def sentence(self, part: str) -> str:
        if part != "1a" and self.rng.random() < 0.06:
            key = self.rng.choice(list(NARRATIVE))
            self.cited.append(key)
            page = self.rng.randint(12, 420)
            return f"As {NARRATIVE[key][:-1]}, p. {page}) put it, {self.rng.choice(QUOTES)}."
        if part == "1a" and "1a" not in self.decks:
            self.decks["1a"] = [t for t in SENTENCES["1a"][1:]]
            self.rng.shuffle(self.decks["1a"])
            return self.fill(SENTENCES["1a"][0])
        text = self.fill(self.draw(part) if part == "1a" or self.rng.random() < 0.85 else self.rng.choice(GENERIC))
        first, _, rest = text.partition(" ")
        if first in OPENERS and self.rng.random() < 0.3:
            text = f"{self.rng.choice(CONNECTORS)} {first.lower()} {rest}"
        return text

    def paragraph(self, part: str, words: int) -> str:
        """Sentences for ``part`` until about ``words`` words (always at least one sentence)."""
        out: list[str] = []
        while not out or count(" ".join(out)) < words:
            sentence = self.sentence(part)
            if out and count(" ".join([*out, sentence])) > words + 12:
                break
            out.append(sentence)
        return " ".join(out)


# --- DOCX helpers -------------------------------------------------------------------------------------------------
def set_font(element, name: str | None = None, size: float | None = None, east_asia: str | None = None) -> None:
    """Fonts on a style or run element, dropping the theme fonts that would win over them."""
    rpr = element.get_or_add_rPr()
    if name:
        fonts = rpr.get_or_add_rFonts()
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            if fonts.get(qn(f"w:{attr}")) is not None:
                del fonts.attrib[qn(f"w:{attr}")]
        for attr in ("ascii", "hAnsi", "cs"):
            fonts.set(qn(f"w:{attr}"), name)
        fonts.set(qn("w:eastAsia"), east_asia or name)
    if size:
        for tag in ("w:sz", "w:szCs"):
            for old in rpr.findall(qn(tag)):
                rpr.remove(old)
            rpr.append(parse_xml(f'<{tag} {nsdecls("w")} w:val="{int(size * 2)}"/>'))


def style_font(style, name=None, size=None, bold=None, italic=None, color=None, east_asia=None) -> None:
    set_font(style.element, name, size, east_asia)
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic
    if color:
        style.font.color.rgb = RGBColor.from_string(color)


def paragraph_style(doc, name: str, base: str = "Normal"):
    try:
        return doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles[base]
        style.quick_style = True
        return style


def field_runs(paragraph, instruction: str, shown: str) -> None:
    p = paragraph._p
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p.append(parse_xml(f"<w:r {nsdecls('w')}><w:t>{shown}</w:t></w:r>"))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def chart_png(rng: random.Random, colour: tuple[int, int, int]) -> bytes:
    image = Image.new("RGB", (640, 360), "white")
    draw = ImageDraw.Draw(image)
    draw.line((50, 320, 620, 320), fill="black", width=2)
    draw.line((50, 20, 50, 320), fill="black", width=2)
    for i in range(6):
        height = rng.randint(40, 280)
        x = 80 + i * 90
        draw.rectangle((x, 320 - height, x + 55, 319), fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def footnotes_part(doc, notes: list[str]) -> None:
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for number, note in enumerate(notes, start=1):
        body.append(
            f'<w:footnote w:id="{number}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
            '</w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:footnoteRef/>'
            f'</w:r><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {note}</w:t></w:r></w:p>'
            "</w:footnote>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:footnotes {nsdecls('w', 'r')}>" + "".join(body) + "</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


VML = (
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)


# --- the report ---------------------------------------------------------------------------------------------------
class Report:
    def __init__(self, index: int, layout: str) -> None:
        self.index = index
        self.layout = layout
        self.rng = random.Random(f"pool15/{index}")
        fake = Faker("en_GB")
        fake.seed_instance(index)
        self.writer = Writer(self.rng, fake)
        self.candidate = str(fake.random_number(digits=7, fix_len=True))
        self.doc = docx.Document()
        self.words = dict.fromkeys(PARTS, 0)
        self.headings: dict[str, str] = {}
        self.part: str | None = None
        self.notes: list[str] = []
        self.figures = 0
        self.tables = 0
        # layout knobs, set by the layout's set-up
        self.body_style = "Normal"
        self.body_fmt: dict = {}
        self.split_runs = False
        self.blank_between = False
        self.sub_style: str | None = "Heading 3"
        self.sub_fmt: dict = {}
        self.list_mode = "auto"
        self.table_style = "Light Shading Accent 1"
        self.figure_caption = "below"
        self.caption_field = False
        self.use_footnotes = False
        self.textbox = False
        self.empty_headings = False
        self.wc_line = False
        self.overview_target = 300
        self.a4()

    # page set-up
    def a4(self, top=2.54, bottom=2.54, left=2.54, right=2.54) -> None:
        for section in self.doc.sections:
            section.page_width, section.page_height = Cm(21), Cm(29.7)
            section.top_margin, section.bottom_margin = Cm(top), Cm(bottom)
            section.left_margin, section.right_margin = Cm(left), Cm(right)

    def header_footer(self, header: str | None, page: bool, align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
        section = self.doc.sections[0]
        if header:
            paragraph = section.header.paragraphs[0]
            paragraph.text = header
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if page:
            paragraph = section.footer.paragraphs[0]
            paragraph.alignment = align
            field_runs(paragraph, "PAGE", "1")

    # paragraphs
    def add(self, text: str, style: str | None = None, fmt: dict | None = None, split: bool = False):
        paragraph = self.doc.add_paragraph(style=style)
        pieces = [text]
        if split and len(text) > 30:
            cuts = sorted(self.rng.sample(range(5, len(text) - 5), self.rng.randint(1, 3)))
            pieces = [text[i:j] for i, j in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        for piece in pieces:
            paragraph.add_run(piece)
        self.format(paragraph, fmt or {})
        return paragraph

    def format(self, paragraph, fmt: dict) -> None:
        pf = paragraph.paragraph_format
        if "align" in fmt:
            paragraph.alignment = fmt["align"]
        if "after" in fmt:
            pf.space_after = Pt(fmt["after"])
        if "before" in fmt:
            pf.space_before = Pt(fmt["before"])
        if "line" in fmt:
            pf.line_spacing = fmt["line"]
        if "first" in fmt:
            pf.first_line_indent = Cm(fmt["first"])
        if "keep" in fmt:
            pf.keep_with_next = True
        for run in paragraph.runs:
            if "font" in fmt or "size" in fmt:
                set_font(run._r, fmt.get("font"), fmt.get("size"))
            if "bold" in fmt:
                run.bold = fmt["bold"]
            if "italic" in fmt:
                run.italic = fmt["italic"]
            if "underline" in fmt:
                run.underline = fmt["underline"]
            if "color" in fmt:
                run.font.color.rgb = RGBColor.from_string(fmt["color"])
            if fmt.get("caps"):
                run.font.all_caps = True

    def heading(self, text: str, style: str | None = None, fmt: dict | None = None):
        return self.add(text, style, fmt)

    def part_heading(self, part: str, text: str, style: str | None = None, fmt: dict | None = None) -> None:
        self.part = part
        self.headings[part] = text
        self.heading(text, style, fmt)

    def body(self, text: str, footnote: str | None = None) -> None:
        """A counted body paragraph of the current part."""
        if footnote:
            cut = text.find(". ") + 1
            if cut <= 0:
                cut = len(text)
            paragraph = self.add(text[:cut], self.body_style, self.body_fmt)
            self.notes.append(footnote)
            paragraph._p.append(
                parse_xml(
                    f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{len(self.notes)}"/></w:r>'
                )
            )
            if text[cut:]:
                run = paragraph.add_run(text[cut:])
                if "font" in self.body_fmt or "size" in self.body_fmt:
                    set_font(run._r, self.body_fmt.get("font"), self.body_fmt.get("size"))
        else:
            self.add(text, self.body_style, self.body_fmt, split=self.split_runs)
        if self.part:
            self.words[self.part] += count(text)
        if self.blank_between:
            self.add("", self.body_style, self.body_fmt)

    def not_counted(self, text: str, fmt: dict | None = None) -> None:
        self.add(text, self.body_style, {**self.body_fmt, **(fmt or {})})

    def subheading(self, text: str) -> None:
        self.heading(text, self.sub_style, self.sub_fmt)

    def bullet_list(self, part: str) -> None:
        items = list(LIST_ITEMS[part])
        self.rng.shuffle(items)
        items = items[: self.rng.randint(3, len(items))]
        numbered = self.rng.random() < 0.4
        for number, item in enumerate(items, start=1):
            text = self.writer.fill(item)
            if self.list_mode == "typed":
                text = f"{number}. {text}" if numbered else f"{chr(96 + number)}) {text}"
                self.add(text, self.body_style, {**self.body_fmt, "first": 0})
            else:
                style = "List Number" if numbered else "List Bullet"
                fmt = {k: v for k, v in self.body_fmt.items() if k not in ("first", "align")}
                self.add(text, style, fmt)
            self.words[part] += count(text)

    def table(self, part: str) -> None:
        self.tables += 1
        titles = {
            "1a": ("Key facts", ("Item", "Detail")),
            "1c": ("Good and poor practice compared", ("Organisation", "Practice", "Effect on the segment")),
            "2a": ("Action plan", ("Action", "Channel", "Owner", "Timing", "KPI")),
            "2b": ("Personalised content by channel", ("Stage", "Content", "Re-marketing")),
            "3a": ("Implementation roadmap", ("Phase", "Months", "Resources", "Milestone")),
            "3b": ("Risk register", ("Risk", "Likelihood", "Impact", "Mitigation")),
        }
        title, columns = titles[part]
        caption = f"Table {self.tables}: {title}"
        cap_fmt = {k: v for k, v in self.body_fmt.items() if k in ("font",)}
        self.add(caption, "Caption", cap_fmt)
        rows = self.rng.randint(3, 5)
        table = self.doc.add_table(rows=rows + 1, cols=len(columns))
        try:
            table.style = self.doc.styles[self.table_style]
        except KeyError:
            table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        cells = (
            "Monthly",
            "Email team",
            "High",
            "Medium",
            "Low",
            "Q1 2020",
            "Conversion rate",
            "Open rate",
            "Consent audit",
            "Dynamic banner",
            "Agency",
            "Analyst",
            "Months 1-3",
            "Website",
            "Retargeting",
        )
        for col, name in enumerate(columns):
            table.cell(0, col).text = name
        for row in range(1, rows + 1):
            for col in range(len(columns)):
                table.cell(row, col).text = self.rng.choice(cells)
        self.add("", self.body_style, {"after": 0})

    def figure(self, part: str) -> None:
        self.figures += 1
        title = {
            "1b": "Consumer attitudes to personalisation",
            "1c": "Channel use by the target segment",
            "2b": "Re-marketing funnel",
            "3a": "Resource plan",
        }[part]
        caption = f"Figure {self.figures}: {title} (adapted from {self.rng.choice(['Salesforce', 'Epsilon'])}, 2019)"
        if self.figure_caption == "above":
            self.caption(caption)
        self.doc.add_picture(io.BytesIO(chart_png(self.rng, (79, 129, 189))), width=Cm(11))
        self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if self.figure_caption == "below":
            self.caption(caption)

    def caption(self, text: str) -> None:
        if self.caption_field:
            label, rest = text.split(" ", 1)
            number, rest = rest.split(":", 1)
            paragraph = self.doc.add_paragraph(style="Caption")
            paragraph.add_run(f"{label} ")
            paragraph._p.append(
                parse_xml(
                    f'<w:fldSimple {nsdecls("w")} w:instr=" SEQ {label} \\* ARABIC "><w:r><w:t>{number}</w:t>'
                    "</w:r></w:fldSimple>"
                )
            )
            paragraph.add_run(":" + rest)
        else:
            self.add(text, "Caption")

    def text_box(self, lines: list[str]) -> None:
        content = "".join(
            f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
            f'<w:t xml:space="preserve">{line}</w:t></w:r></w:p>'
            for line in lines
        )
        paragraph = self.doc.add_paragraph()
        paragraph._p.append(
            parse_xml(
                f'<w:r {nsdecls("w")} {VML}><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" '
                'o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                f'<v:shape id="TextBox{self.rng.randint(1, 99)}" o:spid="_x0000_s1026" type="#_x0000_t202" '
                'style="position:absolute;margin-left:0;margin-top:4pt;width:170pt;height:110pt;z-index:251659264;'
                'mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#dbe5f1" '
                'strokecolor="#4f81bd"><v:textbox><w:txbxContent>'
                f'{content}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></w:r>'
            )
        )

    def contents(self, title: str, title_style: str, entries: list[tuple[str, int, int]]) -> None:
        self.heading(title, title_style)
        for level in (1, 2):
            style = paragraph_style(self.doc, f"TOC {level}")
            style.paragraph_format.left_indent = Cm(0.4 * (level - 1))
            style.paragraph_format.space_after = Pt(4)
        for i, (text, level, page) in enumerate(entries):
            paragraph = self.doc.add_paragraph(style=f"TOC {level}")
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(15.9), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p = paragraph._p
            if i == 0:
                p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
                p.append(
                    parse_xml(
                        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u '
                        "</w:instrText></w:r>"
                    )
                )
                p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
            paragraph.add_run(text)
            paragraph.add_run().add_tab()
            paragraph.add_run(str(page))
            if i == len(entries) - 1:
                p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # parts
    def fill(self, part: str, target: int) -> None:
        rng = self.rng
        subs = list(SUBHEADINGS[part]) if rng.random() < 0.55 else []
        chunks: list[str] = []
        written = 0
        extras = {
            "list": rng.random() < 0.45,
            "table": part in ("1c", "2a", "2b", "3a", "3b") and rng.random() < 0.45,
            "figure": part in ("1b", "1c", "2b", "3a") and rng.random() < 0.25,
        }
        paragraphs = max(1, round(target / rng.randint(75, 120)))
        per_sub = max(1, paragraphs // max(1, len(subs))) if subs else paragraphs + 1
        done = 0
        while written < target - 10:
            if subs and done % per_sub == 0:
                self.subheading(subs.pop(0))
            want = min(target - written, rng.randint(60, 135))
            if target - written - want < 25:
                want = target - written
            text = self.writer.paragraph(part, max(8, want))
            note = None
            if self.use_footnotes and rng.random() < 0.12 and ". " in text:
                note = rng.choice(FOOTNOTES)
            before = self.words[part]
            self.body(text, footnote=note)
            written += self.words[part] - before
            chunks.append(text)
            done += 1
            if extras["list"] and done == 2 and written < target - 60:
                extras["list"] = False
                before = self.words[part]
                self.bullet_list(part)
                written += self.words[part] - before
            if extras["table"] and done == 3:
                extras["table"] = False
                self.table(part)
            if extras["figure"] and done == 1:
                extras["figure"] = False
                self.figure(part)

    def overview(self, target: int) -> None:
        rng = self.rng
        if self.textbox:
            ctx = self.writer.ctx
            self.text_box(
                [
                    "Key facts",
                    f"Founded: {ctx['year']}",
                    f"Staff: {ctx['staff']}",
                    f"Turnover: £{ctx['turnover']}m",
                    f"Competitors: {ctx['comp1']}, {ctx['comp2']}",
                ]
            )
        if rng.random() < 0.5:
            subs = list(SUBHEADINGS["1a"])
            self.subheading(subs[0])
            self.body(self.writer.ctx["org"] + ".")
            share = [0.45, 0.55]
            for sub, frac in zip(subs[1:], share, strict=True):
                self.subheading(sub)
                self.body(self.writer.paragraph("1a", int((target - 2) * frac)))
        else:
            first = rng.randint(target // 3, target // 2)
            self.body(self.writer.paragraph("1a", first))
            if self.list_mode != "none" and rng.random() < 0.4:
                self.bullet_list("1a")
            remaining = target - self.words["1a"]
            if remaining > 20:
                self.body(self.writer.paragraph("1a", remaining))

    def targets(self) -> dict[str, int]:
        rng = self.rng
        out: dict[str, int] = {}
        for group, parts in LIMIT_GROUPS.items():
            mode = rng.choices(("near", "over", "under"), weights=(6, 2, 2))[0]
            factor = {
                "near": rng.uniform(0.86, 1.03),
                "over": rng.uniform(1.04, 1.12),
                "under": rng.uniform(0.55, 0.75),
            }
            total = int(LIMITS[group] * factor[mode])
            share = rng.uniform(0.42, 0.58)
            out[parts[0]] = int(total * share)
            out[parts[1]] = total - out[parts[0]]
        return out

    def word_count_line(self, task: str) -> None:
        parts = [p for p in PARTS if p[0] == task and p != "1a"]
        total = sum(self.words[p] for p in parts)
        if self.rng.random() < 0.3:
            total = round(total, -1)
        forms = (
            f"Word count: {total:,}",
            f"(Word count: {total})",
            f"Words: {total:,}",
            f"Word count for Task {task}: {total:,}",
        )
        self.not_counted(self.rng.choice(forms), {"italic": True})

    def references(self, title: str, style: str | None, fmt: dict | None, hanging: bool) -> None:
        self.part = None
        self.heading(title, style, fmt)
        cited = sorted(set(self.writer.cited) | set(self.rng.sample(list(REFERENCES), 3)))
        for key in sorted(cited, key=lambda k: REFERENCES[k]):
            paragraph = self.add(REFERENCES[key], self.body_style, {**self.body_fmt, "first": 0, "align": 0})
            if hanging:
                paragraph.paragraph_format.left_indent = Cm(1.27)
                paragraph.paragraph_format.first_line_indent = Cm(-1.27)

    def appendix(self, style: str | None, fmt: dict | None) -> None:
        self.part = None
        self.heading("Appendix A: Persona for the target segment", style, fmt)
        self.not_counted(self.writer.paragraph("1c", 90))
        self.not_counted(self.writer.paragraph("2b", 60))

    def truth(self) -> Truth:
        return Truth(
            name="",
            seed=self.index,
            layout=self.layout,
            split="",
            part_words=dict(self.words),
            group_words={g: sum(self.words[p] for p in ps) for g, ps in LIMIT_GROUPS.items()},
            words_all=sum(self.words.values()),
            headings=dict(self.headings),
        )

    def save(self) -> bytes:
        if self.notes:
            footnotes_part(self.doc, self.notes)
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()


# --- layouts ------------------------------------------------------------------------------------------------------
def _tasks(report: Report, label, task_heading, part_style, sub_first=None) -> None:
    """The seven parts in order. ``label(part)`` gives (text, style, fmt) of a part heading; ``task_heading(task)``
    writes a task heading (or nothing); ``sub_first(task)`` runs after the last part of a task."""
    targets = report.targets()
    for task in "123":
        task_heading(task)
        for part in [p for p in PARTS if p[0] == task]:
            text, style, fmt = label(part)
            report.part_heading(part, text, style or part_style, fmt)
            if part == "1a":
                report.overview(report.overview_target)
            else:
                report.fill(part, targets[part])
        if sub_first:
            sub_first(task)


def _title(part: str) -> str:
    return PART_TITLES[part]


def word2007_defaults(report: Report) -> None:
    """Word 2007-2010 Normal.dotm: Calibri 11, 1.15 lines, 10 pt after; Cambria blue headings; Title and
    Subtitle on the first page; "Task 1: Part b" labels; header with the module, page number footer."""
    doc, rng = report.doc, report.rng
    normal = doc.styles["Normal"]
    style_font(normal, "Calibri", 11)
    normal.paragraph_format.space_after = Pt(10)
    normal.paragraph_format.line_spacing = 1.15
    style_font(doc.styles["Heading 1"], "Cambria", 14, True, color="365F91")
    style_font(doc.styles["Heading 2"], "Cambria", 13, True, color="4F81BD")
    style_font(doc.styles["Heading 3"], "Cambria", 11, True, color="4F81BD")
    style_font(doc.styles["Title"], "Cambria", 26, color="17365D")
    style_font(doc.styles["Subtitle"], "Cambria", 12, italic=True, color="4F81BD")
    report.header_footer(MODULE, True, WD_ALIGN_PARAGRAPH.RIGHT)
    report.textbox = rng.random() < 0.6
    report.caption_field = True
    report.wc_line = True
    report.table_style = rng.choice(("Light Shading Accent 1", "Medium Shading 1 Accent 1", "Light List Accent 1"))
    report.overview_target = rng.randint(260, 360)
    org = report.writer.ctx["org"]
    report.heading(f"Personalisation in Digital Channels at {org}", "Title")
    report.heading(f"{MODULE} (Candidate {report.candidate})", "Subtitle")
    with_title = rng.random() < 0.7

    def label(part: str):
        text = f"Task {part[0]}: Part {part[1]}"
        return (f"{text} – {_title(part)}" if with_title else text), "Heading 2", None

    def task_heading(task: str) -> None:
        if task != "1":
            report.page_break()
        report.part = None
        report.heading(f"Task {task}: {TASK_NAMES[task]}", "Heading 1")

    _tasks(report, label, task_heading, "Heading 2", lambda t: report.word_count_line(t))
    report.references("References", "Heading 1", None, hanging=True)


def pages_export(report: Report) -> None:
    """An Apple Pages document exported to Word: Helvetica Neue body in a "Body" style, an empty paragraph
    between paragraphs, custom "Heading" for tasks, "1.b." labels, a cover, picture captions below."""
    doc, rng = report.doc, report.rng
    body = paragraph_style(doc, "Body")
    style_font(body, "Helvetica Neue", 11)
    body.paragraph_format.space_after = Pt(0)
    body.paragraph_format.line_spacing = 1.0
    heading = paragraph_style(doc, "Heading", "Body")
    style_font(heading, "Helvetica Neue", 16, True)
    heading.paragraph_format.space_before = Pt(12)
    heading.paragraph_format.keep_with_next = True
    style_font(doc.styles["Heading 2"], "Helvetica Neue", 13, True, color="000000")
    style_font(doc.styles["Heading 3"], "Helvetica Neue", 11, True, color="000000")
    style_font(doc.styles["Title"], "Helvetica Neue", 28, True, color="000000")
    style_font(doc.styles["Subtitle"], "Helvetica Neue", 14, color="555555")
    style_font(doc.styles["Caption"], "Helvetica Neue", 9, color="444444")
    report.body_style = "Body"
    report.blank_between = True
    report.textbox = rng.random() < 0.4
    report.table_style = "Light List Accent 1"
    report.header_footer(None, True)
    report.overview_target = rng.randint(240, 320)
    org = report.writer.ctx["org"]
    for _ in range(6):
        report.add("", "Body")
    report.heading("Mastering Digital Channels", "Title", {"align": WD_ALIGN_PARAGRAPH.CENTER})
    report.heading(f"Personalisation report for {org}", "Subtitle", {"align": WD_ALIGN_PARAGRAPH.CENTER})
    report.add(f"Candidate number {report.candidate}", "Body", {"align": WD_ALIGN_PARAGRAPH.CENTER})
    report.add("July 2019", "Body", {"align": WD_ALIGN_PARAGRAPH.CENTER})
    report.page_break()
    with_title = rng.random() < 0.8
    task_lines = rng.random() < 0.5

    def label(part: str):
        text = f"{part[0]}.{part[1]}."
        return (f"{text} {_title(part)}" if with_title else text), "Heading 2", None

    def task_heading(task: str) -> None:
        report.part = None
        if task_lines:
            report.heading(f"Task {task}", "Heading")

    _tasks(report, label, task_heading, "Heading 2")
    report.references("References", "Heading", None, hanging=False)
    if rng.random() < 0.5:
        report.appendix("Heading", None)


def wps_office(report: Report) -> None:
    """WPS Office defaults: 10.5 pt body justified with SimSun for East Asian text, single lines, no space after,
    wide 3.18 cm side margins, 22 pt Heading 1 for "Question 1", "Question 1b" parts, cover and contents page
    in a section of their own, Table Grid tables, word-count line per task."""
    doc, rng = report.doc, report.rng
    normal = doc.styles["Normal"]
    style_font(normal, "Calibri", 10.5, east_asia="SimSun")
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    h1 = doc.styles["Heading 1"]
    style_font(h1, "Calibri", 22, True, color="000000", east_asia="SimSun")
    h1.paragraph_format.space_before, h1.paragraph_format.space_after = Pt(17), Pt(16.5)
    h1.paragraph_format.line_spacing = 2.4
    h2 = doc.styles["Heading 2"]
    style_font(h2, "Arial", 16, True, color="000000", east_asia="SimHei")
    h2.paragraph_format.space_before, h2.paragraph_format.space_after = Pt(13), Pt(13)
    h2.paragraph_format.line_spacing = 1.73
    h3 = doc.styles["Heading 3"]
    style_font(h3, "Calibri", 14, True, color="000000")
    h3.paragraph_format.space_before, h3.paragraph_format.space_after = Pt(13), Pt(13)
    report.a4(2.54, 2.54, 3.18, 3.18)
    report.header_footer(MODULE, True)
    report.table_style = "Table Grid"
    report.wc_line = True
    report.overview_target = rng.randint(300, 380)
    org = report.writer.ctx["org"]
    centre = {"align": WD_ALIGN_PARAGRAPH.CENTER}
    for _ in range(5):
        report.add("")
    report.add("CIM Level 6 Digital Diploma in Professional Marketing", None, {**centre, "size": 16, "bold": True})
    report.add("Mastering Digital Channels (2206)", None, {**centre, "size": 14})
    report.add(f"Chosen organisation: {org}", None, {**centre, "size": 12})
    report.add(f"Candidate number: {report.candidate}", None, {**centre, "size": 12})
    report.page_break()
    with_title = rng.random() < 0.6
    entries = []
    for task in "123":
        entries.append((f"Question {task}", 1, 2 + 3 * (int(task) - 1)))
        for part in [p for p in PARTS if p[0] == task]:
            text = f"Question {part}" + (f": {_title(part)}" if with_title else "")
            entries.append((text, 2, 2 + 3 * (int(task) - 1) + (ord(part[1]) - 97)))
    entries.append(("References", 1, 11))
    report.contents("Contents", "TOC Heading", entries)
    doc.add_section(WD_SECTION.NEW_PAGE)

    def label(part: str):
        text = f"Question {part}"
        return (f"{text}: {_title(part)}" if with_title else text), "Heading 2", None

    def task_heading(task: str) -> None:
        report.part = None
        report.heading(f"Question {task}", "Heading 1")

    _tasks(report, label, task_heading, "Heading 2", lambda t: report.word_count_line(t))
    report.references("References", "Heading 1", None, hanging=rng.random() < 0.5)


def word_online(report: Report) -> None:
    """Word Online (Office 365): Calibri 11 or Aptos 12 body at 1.08 lines and 8 pt after, Calibri Light or
    Aptos Display headings, a contents field, "Q1 (b)" part labels in Heading 2, empty Heading 2 paragraphs
    left between sections, banded tables."""
    doc, rng = report.doc, report.rng
    modern = rng.random() < 0.5
    body_font, head_font, size = ("Aptos", "Aptos Display", 12) if modern else ("Calibri", "Calibri Light", 11)
    normal = doc.styles["Normal"]
    style_font(normal, body_font, size)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.08
    style_font(doc.styles["Heading 1"], head_font, 16 if not modern else 20, False, color="2F5496")
    style_font(doc.styles["Heading 2"], head_font, 13 if not modern else 16, False, color="2F5496")
    style_font(doc.styles["Heading 3"], head_font, 12 if not modern else 14, False, color="1F3763")
    style_font(doc.styles["Title"], head_font, 28, color="000000")
    style_font(doc.styles["TOC Heading"], head_font, 16, color="2F5496")
    report.table_style = rng.choice(("Medium Shading 1 Accent 1", "Light Grid Accent 1"))
    report.empty_headings = True
    report.header_footer(None, True, WD_ALIGN_PARAGRAPH.RIGHT)
    report.overview_target = rng.randint(270, 350)
    report.heading(f"{report.writer.ctx['org']}: Mastering Digital Channels", "Title")
    with_title = rng.random() < 0.6
    labels = {p: f"Q{p[0]} ({p[1]})" + (f" {_title(p)}" if with_title else "") for p in PARTS}
    entries = []
    for task in "123":
        entries.append((f"Task {task} – {TASK_NAMES[task]}", 1, 2 + 3 * (int(task) - 1)))
        entries += [(labels[p], 2, 2 + 3 * (int(task) - 1) + ord(p[1]) - 97) for p in PARTS if p[0] == task]
    entries.append(("References", 1, 11))
    report.contents("Contents", "TOC Heading", entries)
    report.page_break()

    def label(part: str):
        return labels[part], "Heading 2", None

    def task_heading(task: str) -> None:
        report.part = None
        if task != "1" and rng.random() < 0.7:
            report.heading("", "Heading 2")
        report.heading(f"Task {task} – {TASK_NAMES[task]}", "Heading 1")

    _tasks(report, label, task_heading, "Heading 2")
    report.part = None
    report.heading("", "Heading 1")
    report.references("References", "Heading 1", None, hanging=rng.random() < 0.5)


def direct_overrides(report: Report) -> None:
    """No heading styles at all: every paragraph Normal with direct formatting, Arial 12-14 at 1.5 or double
    spacing, first-line indents, "Task One (b)" headings in bold runs, runs split mid-word by edits,
    footnotes, typed list numbers, references without hanging indent."""
    rng = report.rng
    size = rng.choice((12, 12, 13, 14))
    font = rng.choice(("Arial", "Verdana", "Georgia"))
    line = rng.choice((1.5, 2.0))
    report.body_fmt = {
        "font": font,
        "size": size,
        "line": line,
        "after": 0,
        "first": 1.0,
        "align": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }
    report.split_runs = True
    report.use_footnotes = True
    report.list_mode = "typed"
    report.sub_style = None
    report.sub_fmt = {"font": font, "size": size, "bold": True, "italic": True, "line": line, "before": 6, "keep": True}
    report.table_style = "Light Shading Accent 2"
    report.figure_caption = "above"
    report.wc_line = True
    report.a4(2.0, 2.0, 2.0, 2.0)
    report.header_footer(None, True)
    capacity = int(620 * (11 / size) ** 2 / line)
    report.overview_target = rng.randint(int(capacity * 0.45), int(capacity * 0.6))
    part_fmt = {"font": font, "size": size + 2, "bold": True, "before": 12, "after": 6, "keep": True}
    task_fmt = {
        "font": font,
        "size": size + 4,
        "bold": True,
        "underline": True,
        "after": 6,
        "keep": True,
        "align": WD_ALIGN_PARAGRAPH.CENTER,
    }
    dash = rng.choice((" – ", ": "))

    def label(part: str):
        return f"Task {NUMBER_WORDS[part[0]]} ({part[1]}){dash}{_title(part)}", None, part_fmt

    def task_heading(task: str) -> None:
        report.part = None
        if task != "1":
            report.page_break()
        report.heading(f"TASK {NUMBER_WORDS[task].upper()}", None, task_fmt)

    _tasks(report, label, task_heading, None, lambda t: report.word_count_line(t))
    report.references("Reference List", None, {**part_fmt, "underline": True}, hanging=False)


def merged_templates(report: Report) -> None:
    """One report pasted together from three files: Task 1 in Word 2010 styles (Cambria Heading 1/2,
    Calibri 11), Task 2 in a custom "Task Heading" style based on Normal with Times New Roman 12 body at 1.5
    lines, Task 3 in Heading styles overridden by direct formatting; section breaks between the pieces,
    different labels in each piece, an empty heading left behind, a contents field."""
    doc, rng = report.doc, report.rng
    normal = doc.styles["Normal"]
    style_font(normal, "Calibri", 11)
    normal.paragraph_format.space_after = Pt(10)
    normal.paragraph_format.line_spacing = 1.15
    style_font(doc.styles["Heading 1"], "Cambria", 14, True, color="365F91")
    style_font(doc.styles["Heading 2"], "Cambria", 13, True, color="4F81BD")
    style_font(doc.styles["Heading 3"], "Cambria", 11, True, color="4F81BD")
    task_style = paragraph_style(doc, "Task Heading")
    style_font(task_style, "Arial", 13, True, color="7F0000")
    task_style.paragraph_format.space_before = Pt(12)
    task_style.paragraph_format.space_after = Pt(6)
    task_style.paragraph_format.keep_with_next = True
    style_font(doc.styles["Body Text"], "Times New Roman", 12)
    doc.styles["Body Text"].paragraph_format.line_spacing = 1.5
    doc.styles["Body Text"].paragraph_format.space_after = Pt(6)
    report.header_footer(MODULE, True)
    report.table_style = "Medium Shading 1 Accent 1"
    report.overview_target = rng.randint(260, 340)
    with_title = rng.random() < 0.75
    labels = {
        "1a": "Task 1 (a) Organisation overview",
        "1b": "Task 1 (b)" + (f" {_title('1b')}" if with_title else ""),
        "1c": "Task 1 (c)" + (f" {_title('1c')}" if with_title else ""),
        "2a": "Task 2a – " + _title("2a"),
        "2b": "Task 2b – " + _title("2b"),
        "3a": "3.a " + _title("3a") if rng.random() < 0.5 else "Task 3 – Part a: " + _title("3a"),
        "3b": "",
    }
    labels["3b"] = labels["3a"].replace("3.a", "3.b").replace("Part a", "Part b").replace(_title("3a"), _title("3b"))
    toc = rng.random() < 0.5
    if toc:
        entries = [("Task 1", 1, 2)] + [(labels[p], 2, 2 + i) for i, p in enumerate(PARTS[:3])]
        entries += [(labels[p], 1, 5 + i) for i, p in enumerate(PARTS[3:5])]
        entries += [("Task 3", 1, 8)] + [(labels[p], 2, 8 + i) for i, p in enumerate(PARTS[5:])]
        report.contents("Table of Contents", "TOC Heading", entries)
        report.page_break()
    piece3 = {"font": "Arial", "size": 12, "color": "000000"}

    def label(part: str):
        if part[0] == "1":
            return labels[part], "Heading 2", None
        if part[0] == "2":
            return labels[part], "Task Heading", None
        return labels[part], "Heading 2", piece3

    def task_heading(task: str) -> None:
        report.part = None
        if task == "2":
            doc.add_section(WD_SECTION.NEW_PAGE)
            report.body_style = "Body Text"
            report.sub_style = None
            report.sub_fmt = {"font": "Times New Roman", "size": 12, "bold": True}
            if rng.random() < 0.6:
                report.heading("", "Heading 1")
        elif task == "3":
            doc.add_section(WD_SECTION.NEW_PAGE)
            report.body_style = "Normal"
            report.body_fmt = {"font": "Arial", "size": 10.5, "line": 1.0, "after": 8}
            report.sub_style = "Heading 3"
            report.sub_fmt = {"font": "Arial", "size": 11, "color": "000000"}
            report.heading("Task 3", "Heading 1", {"font": "Arial", "size": 14, "color": "000000"})
        else:
            report.heading(f"Task 1 – {TASK_NAMES['1']}", "Heading 1")

    _tasks(report, label, task_heading, "Heading 2")
    report.body_fmt = {}
    report.body_style = "Normal"
    report.references("References", "Heading 1", None, hanging=True)


def word2010_double(report: Report) -> None:
    """Word 2010 styles kept for headings (Cambria Heading 1 for parts, no task headings), body changed to
    Times New Roman 12 at double spacing for the tutor; Title and Subtitle on page one, figures captioned above,
    footnotes, "Task 1b:" labels, header with the module, bare page number footer."""
    doc, rng = report.doc, report.rng
    normal = doc.styles["Normal"]
    style_font(normal, "Times New Roman", 12)
    normal.paragraph_format.line_spacing = 2.0
    normal.paragraph_format.space_after = Pt(0)
    style_font(doc.styles["Heading 1"], "Cambria", 14, True, color="365F91")
    doc.styles["Heading 1"].paragraph_format.space_before = Pt(24)
    style_font(doc.styles["Heading 2"], "Cambria", 12, True, color="4F81BD")
    style_font(doc.styles["Title"], "Cambria", 24, color="17365D")
    style_font(doc.styles["Subtitle"], "Cambria", 12, italic=True, color="4F81BD")
    for name in ("List Bullet", "List Number"):
        doc.styles[name].paragraph_format.line_spacing = 2.0
    report.sub_style = "Heading 2"
    report.use_footnotes = True
    report.figure_caption = "above"
    report.table_style = rng.choice(("Light Shading Accent 1", "Light List Accent 1"))
    report.wc_line = rng.random() < 0.5
    report.header_footer(MODULE, True)
    report.overview_target = rng.randint(110, 150)
    report.heading("Mastering Digital Channels", "Title")
    report.heading(f"Personalisation at {report.writer.ctx['org']}", "Subtitle")
    long_form = rng.random() < 0.5

    def label(part: str):
        text = f"Task {part[0]} Part ({part[1]}) {_title(part)}" if long_form else f"Task {part}: {_title(part)}"
        return text, "Heading 1", None

    def task_heading(task: str) -> None:
        report.part = None
        if task != "1":
            report.page_break()

    def after(task: str) -> None:
        if report.wc_line:
            report.word_count_line(task)

    _tasks(report, label, task_heading, "Heading 1", after)
    report.page_break()
    report.references("References", "Heading 1", None, hanging=False)
    if rng.random() < 0.4:
        report.appendix("Heading 1", None)


BUILDERS = {
    "word2007_defaults": word2007_defaults,
    "pages_export": pages_export,
    "wps_office": wps_office,
    "word_online": word_online,
    "direct_overrides": direct_overrides,
    "merged_templates": merged_templates,
    "word2010_double": word2010_double,
}


def build(index: int) -> tuple[bytes, Truth]:
    layout = LAYOUTS[index % len(LAYOUTS)]
    report = Report(index, layout)
    BUILDERS[layout](report)
    return report.save(), report.truth()
