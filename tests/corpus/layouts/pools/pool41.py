"""Pool 41 (HELD OUT): CIM 2206 reports set with Word's typography.

Justified, hyphenated text; drop caps on a part's first paragraph; small-capital and all-capital headings;
expanded and condensed letter spacing; headings with text effects (outline, shadow, glow); a part's first
sentence pulled out in a larger size; hanging indents; exact line spacing; bodies in Georgia, Garamond,
Cambria, Arial, Book Antiqua or Palatino. Written without reading marker's readers: truth is counted while
each paragraph is written, from the very text put in the file.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "CIM 2206 reports set with Word's typography: justified hyphenated text, drop caps, small-capital and "
    "all-capital headings, letter spacing, outline/shadow/glow headings, pulled-out first lines, hanging "
    "indents, exact line spacing, Georgia/Garamond/Cambria/Arial/Book Antiqua/Palatino bodies"
)
REPORTS = 28

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
NSDECL = f'xmlns:w="{W_NS}" xmlns:w14="{W14_NS}"'

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
LIMITS = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
TASK_TITLES = {
    "1": "Developments in personalisation and one target segment",
    "2": "Action plan, personalised content and re-marketing",
    "3": "Managing, implementing and the risks of personalisation",
}

REFERENCES = {
    "chaffey": (
        "(Chaffey and Ellis-Chadwick, 2019)",
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital "
        "Marketing: Strategy, Implementation and Practice. 7th edn. Harlow: Pearson.",
    ),
    "smith": (
        "(Chaffey and Smith, 2017)",
        "Chaffey, D. and Smith, P.R. (2017) Digital Marketing Excellence. 5th edn. Abingdon: Routledge.",
    ),
    "kotler": (
        "(Kotler et al., 2019)",
        "Kotler, P., Armstrong, G., Harris, L.C. and He, H. (2019) Principles "
        "of Marketing. 8th European edn. Harlow: Pearson.",
    ),
    "ryan": ("(Ryan, 2016)", "Ryan, D. (2016) Understanding Digital Marketing. 4th edn. London: Kogan Page."),
    "kingsnorth": (
        "(Kingsnorth, 2019)",
        "Kingsnorth, S. (2019) Digital Marketing Strategy: An Integrated "
        "Approach to Online Marketing. 2nd edn. London: Kogan Page.",
    ),
    "mckinsey": (
        "(McKinsey, 2019)",
        "McKinsey and Company (2019) The future of personalization. Available at: "
        "https://www.mckinsey.com (Accessed: 12 June 2019).",
    ),
    "google": (
        "(Google, 2018)",
        "Google (2018) Micro-moments: your guide to winning the shift to mobile. "
        "Available at: https://www.thinkwithgoogle.com (Accessed: 3 June 2019).",
    ),
    "epsilon": (
        "(Epsilon, 2018)",
        "Epsilon (2018) The power of me: the impact of personalization on marketing performance. Irving, TX: Epsilon.",
    ),
    "ico": (
        "(ICO, 2019)",
        "Information Commissioner's Office (2019) Guide to the General Data Protection Regulation. Wilmslow: ICO.",
    ),
    "salesforce": (
        "(Salesforce, 2019)",
        "Salesforce (2019) State of the Connected Customer. 3rd edn. San Francisco: Salesforce Research.",
    ),
    "gartner": (
        "(Gartner, 2019)",
        "Gartner (2019) Predicts 2020: marketers will abandon personalization efforts. Stamford, CT: Gartner.",
    ),
    "econsultancy": (
        "(Econsultancy, 2019)",
        "Econsultancy (2019) Digital Trends 2019. London: Econsultancy and Adobe.",
    ),
    "accenture": (
        "(Accenture, 2018)",
        "Accenture (2018) Making it personal: Pulse Check 2018. Dublin: Accenture Interactive.",
    ),
    "hanlon": (
        "(Hanlon, 2019)",
        "Hanlon, A. (2019) Digital Marketing: Strategic Planning and Integration. London: Sage.",
    ),
}

SECTORS = [
    (
        "an online retailer of outdoor clothing and equipment",
        "walkers and campers aged 25 to 44",
        "waterproof jackets, boots, tents and rucksacks",
        "Cotswold Outdoor, Go Outdoors and Blacks",
    ),
    (
        "a regional building society",
        "first-time buyers aged 22 to 34",
        "mortgages, savings accounts and home insurance",
        "Nationwide, Yorkshire Building Society and Monzo",
    ),
    (
        "a chain of independent gyms",
        "busy professionals who train before work",
        "memberships, personal training and online classes",
        "PureGym, The Gym Group and David Lloyd",
    ),
    (
        "a specialist coffee roaster selling by subscription",
        "home coffee enthusiasts aged 28 to 50",
        "single-origin beans, brewing equipment and gift subscriptions",
        "Pact, Grind and Taylors of Harrogate",
    ),
    (
        "a family-owned garden centre group",
        "new homeowners starting their first garden",
        "plants, garden furniture, tools and a café",
        "Dobbies, Wyevale and B&Q",
    ),
    (
        "a university's continuing education department",
        "working adults seeking part-time qualifications",
        "short courses, part-time degrees and professional certificates",
        "the Open University, FutureLearn and local colleges",
    ),
    (
        "a boutique travel company",
        "couples aged 55 and over planning escorted tours",
        "escorted tours, river cruises and city breaks",
        "Saga, Riviera Travel and Jet2holidays",
    ),
]

CHANNEL_PAIRS = [
    ("email", "the website"),
    ("the mobile app", "email"),
    ("paid social", "the website"),
    ("the website", "SMS"),
    ("Instagram", "email"),
]

# Sentence banks. Placeholders: {org} {seg} {ch1} {ch2} {pct} {pct2} {n} {c} (a citation).
GENERIC = [
    "This matters because customers now expect every exchange with a brand to remember who they are {c}.",
    "The evidence suggests that relevance, rather than volume, is what earns attention in a crowded inbox {c}.",
    "For {org} the practical question is therefore not whether to personalise but how far to go.",
    "Senior management should treat this as a strategic choice with clear costs, benefits and risks.",
    "In short, personalisation only pays when it is built on accurate data and a clear view of the customer.",
    "A recent survey found that {pct}% of consumers are more likely to buy from a brand that offers "
    "personalised experiences {c}.",
    "However, {pct2}% of the same respondents said that poorly targeted messages made them less likely to return {c}.",
    "This reflects the wider shift from mass communication to one-to-one dialogue described by {cn}.",
    "The implication for {org} is that small, well-tested steps are likely to outperform an ambitious "
    "programme launched all at once.",
    "It follows that the organisation needs both the technology and the skills to act on what the data shows.",
]

BANK = {
    "1a": [
        "{org} is {sector}, founded in {year} and based in {city}.",
        "It employs around {n} people and reported turnover of £{m} million in its last financial year.",
        "Its range covers {products}, sold online and through {stores} stores.",
        "The main competitors are {competitors}, each of which invests heavily in digital channels.",
        "Most customers are {seg}, although the base also includes a loyal group of older repeat buyers.",
        "Around {pct}% of sales now come through digital channels, up from {pct2}% three years ago.",
        "The customer database holds about {k} thousand active records, most of them collected at checkout.",
        "Personalisation is at an early stage: emails are segmented by location and past purchase only.",
        "The website shows the same home page to every visitor and product recommendations are set by hand.",
        "Using the maturity model of {cn}, {org} sits between the basic and the intermediate stage.",
        "The marketing team of {t} people has limited analytics skills and relies on an external agency.",
        "Management wants to grow repeat purchase and sees personalisation as the route to do so.",
    ],
    "1b": [
        "Current practice ranges from simple name insertion in emails to real-time recommendation engines {c}.",
        "Rule-based segmentation remains the most common approach because it is cheap and easy to explain.",
        "Behavioural targeting uses browsing and purchase history to predict the next best offer {c}.",
        "Machine learning now allows product recommendations to update within a single session {c}.",
        "Contextual personalisation adapts content to location, device, weather or time of day.",
        "Voice assistants and conversational interfaces are likely to become a significant channel within "
        "five years {c}.",
        "Gartner predicts that many marketers will abandon personalisation because of poor returns and data "
        "difficulties {c}.",
        "The end of third-party cookies will push organisations towards first-party and zero-party data {c}.",
        "Privacy regulation is tightening, which raises the cost of getting personalisation wrong {c}.",
        "The advantage of advanced methods is scale; the disadvantage is that they are opaque and costly.",
        "Basic personalisation is quick to implement but easily copied by competitors such as {comp1}.",
        "Predictive analytics could help {org} anticipate when a customer is about to lapse {c}.",
        "A strategic decision for {org} is whether to build these capabilities in-house or buy them as a service.",
        "Customers increasingly expect a consistent experience across every device they use {c}.",
    ],
    "1c": [
        "The chosen segment is {seg}, who account for roughly {pct}% of revenue at {org}.",
        "They research on mobile, compare prices widely and expect fast, relevant responses {c}.",
        "Amazon is the benchmark of good practice, with recommendations based on what similar customers bought {c}.",
        "Spotify's personalised playlists show how data can create value that customers actively enjoy {c}.",
        "By contrast, a retailer that kept sending baby-product offers after a customer's loss shows how "
        "automation can cause real harm.",
        "My own experience of a bank that addressed me by the wrong name illustrates the damage poor data "
        "quality does.",
        "Good personalisation can be measured through click-through, conversion and repeat-purchase rates {c}.",
        "Bad personalisation shows up in unsubscribes, complaints and falling engagement over time.",
        "For this segment, {ch1} and {ch2} are the channels where relevance would make the largest difference.",
        "The data needed includes purchase history, browsing behaviour, stated preferences and life-stage events.",
        "A cross-channel view is essential so that an offer seen in one channel is not contradicted in another {c}.",
        "Success depends on timing as much as content: the right message a week late is the wrong message.",
    ],
    "2a": [
        "The goal is to raise conversion on {ch1} from {pct2}% to {pct}% within twelve months.",
        "The plan follows the SOSTAC framework of situation, objectives, strategy, tactics, action and control {c}.",
        "The RACE model frames the actions across reach, act, convert and engage {c}.",
        "Google's micro-moments research identifies I-want-to-know, go, do and buy moments {c}.",
        "For {seg}, the key moment is the comparison stage, when they check prices on a phone.",
        "Existing purchase data from the customer database will be used to build the first audiences.",
        "In the first quarter, {org} will audit its data and set up tracking on {ch1} and {ch2}.",
        "In the second quarter, triggered messages will be tested against the current generic versions.",
        "Metrics include conversion rate, average order value, cost per acquisition and customer lifetime value.",
        "An online community would let customers answer each other's questions and share reviews {c}.",
        "Moving from communication to conversation builds trust and gives the team richer data {c}.",
        "Each action has an owner, a budget line and a date so that senior management can track progress.",
        "A/B tests will run for at least two weeks so that the results are statistically meaningful.",
    ],
    "2b": [
        "On {ch1}, content can adapt to the products a customer has browsed in the last visit {c}.",
        "On {ch2}, dynamic blocks can change the hero image and offer for each segment {c}.",
        "User-generated content, such as reviews from similar customers, adds credibility {c}.",
        "Abandoned-basket emails sent within an hour recover a significant share of lost sales {c}.",
        "Re-marketing on social platforms should exclude customers who have already bought.",
        "Frequency caps prevent re-marketing from becoming intrusive and damaging the brand {c}.",
        "Sequential re-marketing tells a story across several ads rather than repeating one message.",
        "Content should stay simple: one clear message and one call to action per touchpoint.",
        "Video content personalised with the customer's first name has lifted engagement in other sectors {c}.",
        "Look-alike audiences extend reach to prospects who resemble the best existing customers {c}.",
        "Seasonal content for {seg} could be triggered by weather or by the date of their last purchase.",
        "The tone of content must match the brand and the segment, or personalisation will feel forced.",
    ],
    "3a": [
        "{org} should start with owned channels, where it controls the data and the customer experience.",
        "A customer data platform would bring together records that currently sit in separate systems {c}.",
        "The team needs a data analyst and a marketing automation specialist in addition to current staff.",
        "An agency can provide specialist skills in the short term while internal capability is built.",
        "Paid channels need tighter audience management because the platforms own much of the data {c}.",
        "Earned channels such as reviews and communities need moderation rather than automation.",
        "Basic implementation requires clean data, consent records and a simple rules engine.",
        "Advanced implementation adds predictive models and real-time decisioning across channels {c}.",
        "Mobile must come first because most of {seg} browse and buy on their phones {c}.",
        "Advanced tracking should rely on first-party data and server-side tagging as cookies decline {c}.",
        "A steering group with members from marketing, IT and legal should govern the programme.",
        "The budget of £{k} thousand in year one is justified by the expected rise in repeat purchase.",
        "Scalability depends on choosing tools that integrate with the existing e-commerce platform.",
    ],
    "3b": [
        "The first risk is legal: processing personal data without a lawful basis breaches the GDPR {c}.",
        "Fines can reach four per cent of global turnover, and the reputational damage may cost more {c}.",
        "{org} must record consent, honour the right to object and complete impact assessments {c}.",
        "The second risk is the creepiness factor, when customers feel watched rather than helped {c}.",
        "Target's pregnancy prediction case remains the best-known example of crossing that line {c}.",
        "The third risk is operational: poor data quality leads to wrong names, wrong offers and lost trust.",
        "Automation magnifies errors, because one faulty rule can reach thousands of customers at once.",
        "The likelihood of the legal risk is medium and its impact high, so it deserves the most attention.",
        "Mitigation includes clear privacy notices, a preference centre and regular data audits {c}.",
        "Transparency builds trust: customers should be able to see why they received a recommendation.",
        "Senior management should set a policy on which data will never be used, such as health data.",
        "Future campaigns will need privacy by design rather than compliance checked at the end {c}.",
    ],
}

SUBHEADINGS = {
    "1a": ["Organisation name", "Organisation information", "Specific background"],
    "1b": ["Current developments", "Future developments", "Implications for strategy"],
    "1c": ["The chosen segment", "Good practice", "Bad practice", "Data required"],
    "2a": ["Goals and metrics", "Customer journey and micro-moments", "Online communities"],
    "2b": ["Personalised content", "Re-marketing", "Keeping it simple"],
    "3a": ["Resources and skills", "Paid, owned and earned channels", "Basic versus advanced"],
    "3b": ["Risk one: legal compliance", "Risk two: crossing the line", "Risk three: data quality"],
}

QUOTES = [
    (
        "Personalisation is not about technology but about understanding customers well enough to be useful "
        "to them at the moment that matters",
        "chaffey",
    ),
    (
        "Marketers who get personalisation right can deliver five to eight times the return on investment on "
        "marketing spend and lift sales by ten per cent or more",
        "mckinsey",
    ),
    (
        "Consumers will reward brands that use their data to make life easier and will punish those that use "
        "it to make them feel watched",
        "accenture",
    ),
    (
        "Data protection is not a barrier to good marketing; it is the foundation of the trust that good "
        "marketing depends upon",
        "ico",
    ),
]


@dataclass
class Look:
    """One layout: a way a candidate sets the report in Word."""

    name: str
    font: str
    size: float  # points
    line: str  # w:spacing attributes of body paragraphs
    jc: str
    hyphenate: bool
    margins: tuple[float, float]  # left/right, top/bottom in cm
    extras: set[str] = field(default_factory=set)


LOOKS = [
    Look(
        "georgia-dropcap-smallcaps",
        "Georgia",
        11,
        'w:line="276" w:lineRule="auto"',
        "both",
        True,
        (2.54, 2.54),
        {"dropcap", "header"},
    ),
    Look(
        "garamond-allcaps-expanded-exact",
        "Garamond",
        12.5,
        'w:line="340" w:lineRule="exact"',
        "both",
        True,
        (3.0, 2.5),
        {"cover", "quote", "wordcount"},
    ),
    Look(
        "cambria-pullout-glow",
        "Cambria",
        11,
        'w:line="276" w:lineRule="auto"',
        "left",
        False,
        (2.0, 2.0),
        {"pullout", "contents", "table"},
    ),
    Look(
        "arial-hanging-numbered-condensed",
        "Arial",
        10.5,
        'w:line="300" w:lineRule="exact"',
        "both",
        True,
        (2.2, 2.2),
        {"numbered", "table", "footer"},
    ),
    Look(
        "bookantiqua-double-outline",
        "Book Antiqua",
        12,
        'w:line="480" w:lineRule="auto"',
        "left",
        False,
        (2.54, 2.54),
        {"quote", "footer", "cover", "table"},
    ),
    Look(
        "palatino-smallcaps-margin-dropcap",
        "Palatino Linotype",
        13,
        'w:line="360" w:lineRule="auto"',
        "both",
        True,
        (2.0, 2.2),
        {"margincap", "softhyphen", "header", "wordcount"},
    ),
    Look(
        "cambria-allcaps-shadow-pullout",
        "Cambria",
        12,
        'w:line="240" w:lineRule="auto"',
        "both",
        True,
        (2.5, 2.0),
        {"pullout", "quote", "table", "footer"},
    ),
]


def _rpr(
    *,
    font: str | None = None,
    size: float | None = None,
    bold=False,
    italic=False,
    caps=False,
    small=False,
    outline=False,
    shadow=False,
    spacing: int = 0,
    color: str | None = None,
    glow: bool = False,
    w14shadow: bool = False,
    w14outline: bool = False,
) -> str:
    parts = []
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if caps:
        parts.append("<w:caps/>")
    if small:
        parts.append("<w:smallCaps/>")
    if outline:
        parts.append("<w:outline/>")
    if shadow:
        parts.append("<w:shadow/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if spacing:
        parts.append(f'<w:spacing w:val="{spacing}"/>')
    if size:
        parts.append(f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>')
    if glow:
        parts.append(
            '<w14:glow w14:rad="63500"><w14:schemeClr w14:val="accent1"><w14:alpha w14:val="60000"/>'
            "</w14:schemeClr></w14:glow>"
        )
    if w14shadow:
        parts.append(
            '<w14:shadow w14:blurRad="38100" w14:dist="19050" w14:dir="2700000" w14:sx="100000" '
            'w14:sy="100000" w14:kx="0" w14:ky="0" w14:algn="tl"><w14:srgbClr w14:val="000000">'
            '<w14:alpha w14:val="60000"/></w14:srgbClr></w14:shadow>'
        )
    if w14outline:
        parts.append(
            '<w14:textOutline w14:w="9525" w14:cap="flat" w14:cmpd="sng" w14:algn="ctr">'
            '<w14:solidFill><w14:srgbClr w14:val="1F3864"/></w14:solidFill>'
            '<w14:prstDash w14:val="solid"/><w14:round/></w14:textOutline>'
        )
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def _run(text: str, rpr: str = "") -> str:
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


class Writer:
    def __init__(self, look: Look, rng: random.Random) -> None:
        self.look = look
        self.rng = rng
        self.doc = docx.Document()
        self.body = self.doc.element.body
        self.part: str | None = None
        self.words = dict.fromkeys(PARTS, 0)
        self.first_in_part = False
        self._setup()

    def _setup(self) -> None:
        look = self.look
        doc = self.doc
        section = doc.sections[0]
        section.left_margin = section.right_margin = docx.shared.Cm(look.margins[0])
        section.top_margin = section.bottom_margin = docx.shared.Cm(look.margins[1])
        section.page_width, section.page_height = docx.shared.Mm(210), docx.shared.Mm(297)
        for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Caption", "Title", "Quote"):
            style = doc.styles[name]
            style.font.name = look.font
            rfonts = style.element.get_or_add_rPr().find(qn("w:rFonts"))
            for attr in list(rfonts.attrib):
                if "Theme" in attr:
                    del rfonts.attrib[attr]
            rfonts.set(qn("w:cs"), look.font)
            rfonts.set(qn("w:eastAsia"), look.font)
        doc.styles["Normal"].font.size = Pt(look.size)
        if look.hyphenate:
            settings = doc.settings.element
            tab = settings.find(qn("w:defaultTabStop"))
            tab.addnext(parse_xml(f'<w:hyphenationZone {NSDECL} w:val="357"/>'))
            tab.addnext(parse_xml(f"<w:autoHyphenation {NSDECL}/>"))

    # --- low level -------------------------------------------------------------------------------------
    def _append(self, xml: str) -> None:
        element = parse_xml(xml)
        self.body.insert(len(self.body) - 1, element)

    def para(self, runs: list[tuple[str, str]] | str, ppr: str = "", style: str | None = None) -> None:
        if isinstance(runs, str):
            runs = [(runs, "")]
        style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
        body = "".join(raw if text is None else _run(text, rpr) for text, rpr, raw in _norm(runs))
        self._append(f"<w:p {NSDECL}><w:pPr>{style_xml}{ppr}</w:pPr>{body}</w:p>")

    def body_ppr(self, extra_ind: str = "", after: int = 160) -> str:
        jc = f'<w:jc w:val="{self.look.jc}"/>'
        return f'<w:spacing w:after="{after}" {self.look.line}/>{extra_ind}{jc}'

    # --- counted text ----------------------------------------------------------------------------------
    def text(self, text: str) -> None:
        """A body paragraph: counted in the current part."""
        look = self.look
        self.words[self.part] += count(text)
        first, self.first_in_part = self.first_in_part, False
        if first and ("dropcap" in look.extras or "margincap" in look.extras) and text[0].isalpha():
            self._drop_cap(text[0], margin="margincap" in look.extras)
            self.para(self._soft(text[1:]), self.body_ppr())
            return
        if first and "pullout" in look.extras:
            cut = text.find(". ") + 1
            if cut > 0:
                lead = _rpr(size=look.size + 3, color="2F5496", bold=look.name.endswith("pullout"))
                self.para([(text[:cut], lead), (text[cut:], "")], self.body_ppr())
                return
        self.para(self._soft(text), self.body_ppr())

    def _soft(self, text: str) -> list:
        """Manual optional hyphens in long words (Word's manual hyphenation), one run."""
        if "softhyphen" not in self.look.extras:
            return [(text, "")]
        out = []
        for i, word in enumerate(text.split(" ")):
            sep = " " if i else ""
            if len(word) >= 12 and word.isalpha():
                cut = len(word) // 2
                out.append((sep + word[:cut], ""))
                out.append((None, "", "<w:r><w:softHyphen/></w:r>"))
                out.append((word[cut:], ""))
            else:
                out.append((sep + word, ""))
        return out

    def _drop_cap(self, letter: str, margin: bool) -> None:
        size_half = round(self.look.size * 2 * 3.3)
        frame = (
            f'<w:keepNext/><w:framePr w:dropCap="{"margin" if margin else "drop"}" w:lines="3" '
            'w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>'
            f'<w:spacing w:after="0" w:line="{round(size_half * 7.6)}" w:lineRule="exact"/>'
            '<w:textAlignment w:val="baseline"/>'
        )
        rpr = (
            f'<w:rPr><w:rFonts w:ascii="{self.look.font}" w:hAnsi="{self.look.font}"/>'
            f'<w:color w:val="7F1E1E"/><w:position w:val="-8"/><w:sz w:val="{size_half}"/>'
            f'<w:szCs w:val="{size_half}"/></w:rPr>'
        )
        self._append(f"<w:p {NSDECL}><w:pPr>{frame}</w:pPr>{_run(letter, rpr)}</w:p>")

    def bullets(self, items: list[str], numbered: bool = False) -> None:
        self.first_in_part = False
        for item in items:
            self.words[self.part] += count(item)
            style = "ListNumber" if numbered else "ListBullet"
            self.para(item, f'<w:spacing w:after="60" {self.look.line}/><w:jc w:val="{self.look.jc}"/>', style)

    def quote(self, text: str) -> None:
        self.first_in_part = False
        self.words[self.part] += count(text)
        ppr = (
            '<w:spacing w:before="120" w:after="200" w:line="260" w:lineRule="auto"/>'
            '<w:ind w:left="851" w:right="851"/><w:jc w:val="both"/>'
        )
        self.para([(text, _rpr(italic=True, size=self.look.size - 1))], ppr)

    # --- not counted -----------------------------------------------------------------------------------
    def plain(self, text: str, rpr: str = "", ppr: str = "") -> None:
        self.para([(text, rpr)], ppr)

    def caption(self, text: str) -> None:
        self.para(text, '<w:spacing w:before="60" w:after="240"/>', "Caption")

    def table(self, rows: list[list[str]]) -> None:
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = self.doc.styles["Table Grid"]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.text = value
                for run in cell.paragraphs[0].runs:
                    run.font.size = Pt(9.5)
                    run.font.bold = r == 0

    def page_break(self) -> None:
        self._append(f'<w:p {NSDECL}><w:r><w:br w:type="page"/></w:r></w:p>')


def _norm(runs):
    for run in runs:
        if len(run) == 3:
            yield run
        else:
            yield (run[0], run[1], "")


class Content:
    """The words of one report: an organisation and sentences about it."""

    def __init__(self, index: int, rng: random.Random) -> None:
        fake = Faker("en_GB")
        fake.seed_instance(index)
        self.rng = rng
        self.sector, self.seg, self.products, self.competitors = SECTORS[index % len(SECTORS)]
        suffix = rng.choice(["Ltd", "Group", "& Co", "plc", ""])
        self.org = f"{fake.last_name()} {rng.choice(['Outdoor', 'Home', 'Living', 'Direct', 'Partners'])}"
        self.org_full = f"{self.org} {suffix}".strip()
        self.city = fake.city()
        self.ch1, self.ch2 = CHANNEL_PAIRS[rng.randrange(len(CHANNEL_PAIRS))]
        self.cited: list[str] = []
        self.decks: dict[str, list[str]] = {}
        self.opened = False
        self.facts = {
            "n": rng.choice([85, 140, 260, 420, 900, 1300]),
            "m": rng.choice([4.2, 11, 18.5, 36, 72]),
            "k": rng.choice([40, 65, 120, 180, 250]),
            "t": rng.randint(3, 9),
            "year": rng.randint(1968, 2012),
            "stores": rng.randint(4, 48),
        }

    def cite(self) -> str:
        key = self.rng.choice(list(REFERENCES))
        if key not in self.cited:
            self.cited.append(key)
        return REFERENCES[key][0]

    def cite_name(self) -> str:
        key = self.rng.choice(["chaffey", "smith", "kingsnorth", "ryan", "hanlon"])
        if key not in self.cited:
            self.cited.append(key)
        inner = REFERENCES[key][0].strip("()")
        author, year = inner.rsplit(", ", 1)
        return f"{author} ({year})"

    def fill(self, template: str) -> str:
        rng = self.rng
        values = {
            "org": self.org,
            "seg": self.seg,
            "ch1": self.ch1,
            "ch2": self.ch2,
            "sector": self.sector,
            "products": self.products,
            "competitors": self.competitors,
            "city": self.city,
            "comp1": self.competitors.split(",")[0],
            "pct": rng.randint(38, 81),
            "pct2": rng.randint(3, 30),
            **self.facts,
        }
        if "{c}" in template:
            values["c"] = self.cite()
        if "{cn}" in template:
            values["cn"] = self.cite_name()
        text = template.format(**values)
        return text[0].upper() + text[1:]

    def one(self, part: str) -> str:
        """The next sentence template of a part, none repeated until the part's bank is used up."""
        deck = self.decks.get(part)
        if not deck:
            bank = BANK[part][3:] if part == "1a" else BANK[part]
            deck = self.decks[part] = self.rng.sample(bank + GENERIC, len(bank) + len(GENERIC))
        return deck.pop()

    def sentences(self, part: str, n: int) -> str:
        if part == "1a" and not self.opened:
            self.opened = True
            return " ".join(self.fill(s) for s in BANK["1a"][:3])
        return " ".join(self.fill(self.one(part)) for _ in range(n))

    def plan(self, part: str, target: int) -> list[tuple]:
        """Blocks of a part: ('p', text), ('sub', text), ('list', [texts]), ('quote', text), ('table', rows)."""
        rng = self.rng
        blocks: list[tuple] = []
        words = 0
        subs = list(SUBHEADINGS[part])
        use_subs = part in ("1a", "3b") or rng.random() < 0.45
        per_sub = max(1, target // max(1, len(subs)))
        since_sub = per_sub
        listed = quoted = tabled = False
        while words < target:
            if use_subs and subs and since_sub >= per_sub and (words + 40 < target or not blocks):
                blocks.append(("sub", subs.pop(0)))
                since_sub = 0
            room = target - words
            roll = rng.random()
            if not listed and any(b[0] == "p" for b in blocks) and roll < 0.18 and room > 60:
                items = [self.fill(self.one(part)) for _ in range(rng.randint(3, 5))]
                items = list(dict.fromkeys(items))
                blocks.append(("list", items))
                added = sum(count(i) for i in items)
                listed = True
            elif not quoted and any(b[0] == "p" for b in blocks) and roll < 0.3 and part not in ("1a",) and room > 60:
                text, key = rng.choice(QUOTES)
                if key not in self.cited:
                    self.cited.append(key)
                author = REFERENCES[key][0][:-1] + ", p. " + str(rng.randint(12, 240)) + ")"
                quote = f"\u201c{text}\u201d {author}."
                blocks.append(("quote", quote))
                added = count(quote)
                quoted = True
            else:
                n = max(2, min(6, room // 20 + 1))
                text = self.sentences(part, rng.randint(2, n) if room > 60 else 2)
                blocks.append(("p", text))
                added = count(text)
            words += added
            since_sub += added
            if part in ("2a", "3b") and not tabled and words > target // 3:
                blocks.append(("table", self.table_rows(part)))
                tabled = True
        return blocks

    def table_rows(self, part: str) -> list[list[str]]:
        if part == "2a":
            return [
                ["Stage", "Action", "Channel", "KPI", "Timing"],
                ["Reach", "Look-alike audiences from best customers", self.ch1, "New visitors +15%", "Q1"],
                ["Act", "Personalised landing pages", self.ch2, "Bounce rate below 40%", "Q2"],
                ["Convert", "Triggered basket reminders", self.ch1, "Conversion 2.1% to 3%", "Q2-Q3"],
                ["Engage", "Member community and reviews", self.ch2, "Repeat purchase +10%", "Q4"],
            ]
        return [
            ["Risk", "Likelihood", "Impact", "Mitigation"],
            ["Legal compliance (GDPR, PECR)", "Medium", "High", "Consent records, DPIA, audits"],
            ["Crossing the line", "Medium", "Medium", "Sensitive-data policy, testing"],
            ["Data quality and automation", "High", "Medium", "Data cleansing, human review"],
        ]


# --- headings by layout ----------------------------------------------------------------------------------
ORDINAL = {"1": "One", "2": "Two", "3": "Three"}


def part_label(look: Look, part: str, rng: random.Random) -> str:
    task, letter = part[0], part[1]
    title = PART_TITLES[part]
    name = look.name
    if name.startswith("georgia"):
        return f"Task {task} \u2013 {letter}) {title}"
    if name.startswith("garamond"):
        return f"TASK {ORDINAL[task].upper()} ({letter.upper()}): {title.upper()}"
    if name.startswith("cambria-pullout"):
        return f"{task} {letter}) {title}"
    if name.startswith("arial"):
        return f"Task {task}, part {letter}: {title}"
    if name.startswith("bookantiqua"):
        return f"Question {task}({letter}) \u2013 {title}" if rng.random() < 0.7 else f"Question {task}({letter})"
    if name.startswith("palatino"):
        return f"Task {task} ({letter})"
    return f"Task {task} \u2013 Part {letter.upper()}: {title}"


def task_label(look: Look, task: str) -> str | None:
    name = look.name
    if name.startswith("georgia"):
        return f"Task {task}: {TASK_TITLES[task]}"
    if name.startswith("garamond"):
        return f"TASK {ORDINAL[task].upper()}"
    if name.startswith("cambria-pullout"):
        return f"Task {task}"
    if name.startswith("arial"):
        return f"Task {task} \u2013 {TASK_TITLES[task]}"
    if name.startswith("palatino"):
        return f"Task {task}: {TASK_TITLES[task]}"
    return None  # bookantiqua and cambria-allcaps: part headings carry the task


def write_task_heading(w: Writer, text: str) -> None:
    look = w.look
    name = look.name
    if name.startswith("georgia"):
        w.para([(text, _rpr(small=True, spacing=20))], '<w:spacing w:before="360" w:after="120"/>', "Heading1")
    elif name.startswith("garamond"):
        w.plain(
            text,
            _rpr(bold=True, size=16, spacing=60),
            '<w:keepNext/><w:spacing w:before="360" w:after="200"/><w:jc w:val="center"/>',
        )
    elif name.startswith("cambria-pullout"):
        w.para(
            [(text, _rpr(glow=True, w14shadow=True, size=18))], '<w:spacing w:before="360" w:after="120"/>', "Heading1"
        )
    elif name.startswith("arial"):
        w.plain(
            text,
            _rpr(bold=True, caps=True, size=14, spacing=-10),
            '<w:keepNext/><w:spacing w:before="360" w:after="160"/><w:outlineLvl w:val="0"/>',
        )
    elif name.startswith("palatino"):
        w.para(
            [(text, _rpr(small=True, spacing=30, size=17))],
            '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="7F7F7F"/></w:pBdr>'
            '<w:spacing w:before="480" w:after="200"/>',
            "Heading1",
        )


def write_part_heading(w: Writer, text: str) -> None:
    name = w.look.name
    if name.startswith("georgia"):
        w.para([(text, _rpr(small=True, spacing=10))], '<w:spacing w:before="240" w:after="120"/>', "Heading2")
    elif name.startswith("garamond"):
        w.plain(text, _rpr(bold=True, size=13, spacing=30), '<w:keepNext/><w:spacing w:before="240" w:after="120"/>')
    elif name.startswith("cambria-pullout"):
        w.para([(text, _rpr(w14shadow=True))], '<w:spacing w:before="240" w:after="100"/>', "Heading2")
    elif name.startswith("arial"):
        w.plain(
            text,
            _rpr(bold=True, size=12, spacing=-6, color="1F3864"),
            '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/>',
        )
    elif name.startswith("bookantiqua"):
        w.plain(
            text,
            _rpr(bold=True, size=15, outline=True, w14outline=True),
            '<w:keepNext/><w:spacing w:before="360" w:after="160" w:line="240" w:lineRule="auto"/>',
        )
    elif name.startswith("palatino"):
        w.para([(text, _rpr(small=True, spacing=40))], '<w:spacing w:before="280" w:after="140"/>', "Heading2")
    else:
        w.plain(
            text,
            _rpr(bold=True, caps=True, shadow=True, size=14, color="833C0B", spacing=20),
            '<w:keepNext/><w:spacing w:before="360" w:after="160"/><w:outlineLvl w:val="0"/>',
        )


def write_subheading(w: Writer, text: str) -> None:
    name = w.look.name
    size = w.look.size
    if name.startswith(("georgia", "palatino", "cambria-pullout")):
        w.para(
            [(text, _rpr(italic=name.startswith("palatino")))], '<w:spacing w:before="160" w:after="60"/>', "Heading3"
        )
    elif name.startswith("garamond"):
        w.plain(text, _rpr(small=True, italic=True, size=11.5), '<w:keepNext/><w:spacing w:before="160" w:after="60"/>')
    elif name.startswith("arial"):
        w.plain(text, _rpr(bold=True, size=10.5), '<w:keepNext/><w:spacing w:before="120" w:after="60"/>')
    elif name.startswith("bookantiqua"):
        w.plain(
            text,
            _rpr(italic=True, bold=True, size=size),
            '<w:keepNext/><w:spacing w:before="120" w:after="60" w:line="240" w:lineRule="auto"/>',
        )
    else:
        w.plain(text, _rpr(bold=True, small=True, size=size), '<w:keepNext/><w:spacing w:before="160" w:after="60"/>')


def group_targets(rng: random.Random, index: int) -> dict[str, int]:
    mode = ("near", "over", "under", "near")[index % 4]
    targets = {}
    for group, limit in LIMITS.items():
        if mode == "over" and rng.random() < 0.7:
            factor = rng.uniform(1.02, 1.09)
        elif mode == "under":
            factor = rng.uniform(0.55, 0.8)
        else:
            factor = rng.uniform(0.9, 1.0)
        targets[group] = round(limit * factor)
    return targets


def build(index: int) -> tuple[bytes, Truth]:
    rng = random.Random(41_000 + index)
    look = LOOKS[index % len(LOOKS)]
    w = Writer(look, rng)
    content = Content(index, rng)
    headings: dict[str, str] = {}
    candidate = rng.randint(100000, 999999)
    header_text = f"{content.org_full} \u2013 Mastering Digital Channels (2206)"

    if "header" in look.extras:
        par = w.doc.sections[0].header.paragraphs[0]
        par.text = header_text
        par.runs[0].font.small_caps = True
        par.runs[0].font.size = Pt(9)
    if "footer" in look.extras:
        par = w.doc.sections[0].footer.paragraphs[0]
        par.text = f"CIM 2206 | Candidate {candidate} | Page "
        par._p.append(parse_xml(f'<w:fldSimple {NSDECL} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))

    if "cover" in look.extras:
        w.plain("", "", '<w:spacing w:before="2400"/>')
        w.plain(
            "CIM Level 6 Diploma in Professional Digital Marketing",
            _rpr(caps=True, spacing=40, size=13),
            '<w:jc w:val="center"/><w:spacing w:after="240"/>',
        )
        w.plain(
            "Mastering Digital Channels (2206)",
            _rpr(bold=True, size=22, shadow=True),
            '<w:jc w:val="center"/><w:spacing w:after="480"/>',
        )
        w.plain(
            f"Personalisation in digital channels: {content.org_full}",
            _rpr(italic=True, size=15),
            '<w:jc w:val="center"/><w:spacing w:after="960"/>',
        )
        for line in (f"Candidate number: {candidate}", f"Submission: {rng.choice(['June', 'July'])} 2019"):
            w.plain(line, _rpr(size=12), '<w:jc w:val="center"/>')
        w.page_break()
    if "contents" in look.extras:
        w.plain("Contents", _rpr(bold=True, size=16, color="2F5496"), '<w:spacing w:after="240"/>')
        page = 2
        entries = []
        for task in "123":
            entries.append((f"Task {task}", 1, page))
            for part in PARTS:
                if part[0] == task:
                    entries.append((f"{part[0]} {part[1]}) {PART_TITLES[part]}", 2, page))
                    page += 1
        entries.append(("References", 1, page))
        for i, (text, level, number) in enumerate(entries):
            ppr = (
                '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9350"/></w:tabs>'
                f'<w:spacing w:after="60"/><w:ind w:left="{(level - 1) * 440}"/>'
            )
            begin = (
                (
                    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                    ' TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
                    "</w:r>"
                )
                if i == 0
                else ""
            )
            end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(entries) - 1 else ""
            runs = f"{begin}{_run(text)}<w:r><w:tab/></w:r>{_run(str(number))}{end}"
            w._append(f'<w:p {NSDECL}><w:pPr><w:pStyle w:val="TOC{level}"/>{ppr}</w:pPr>{runs}</w:p>')
        w.page_break()

    targets = group_targets(rng, index)
    if look.name.startswith("bookantiqua"):
        part_targets = {"1a": rng.randint(170, 220)}
    elif look.name.startswith("palatino"):
        part_targets = {"1a": rng.randint(200, 250)}
    else:
        part_targets = {"1a": rng.randint(250, 330)}
    for group, (p1, p2) in LIMIT_GROUPS.items():
        share = rng.uniform(0.42, 0.58)
        part_targets[p1] = round(targets[group] * share)
        part_targets[p2] = targets[group] - part_targets[p1]

    table_no = 0
    for task in "123":
        label = task_label(look, task)
        number = 0
        if label:
            write_task_heading(w, label)
        for part in PARTS:
            if part[0] != task:
                continue
            heading = part_label(look, part, rng)
            headings[part] = heading
            write_part_heading(w, heading)
            w.part = part
            w.first_in_part = True
            for kind, value in content.plan(part, part_targets[part]):
                if kind == "sub":
                    write_subheading(w, value)
                elif kind == "p" and "numbered" in look.extras:
                    number += 1
                    text = f"{task}.{number}\t{value}"
                    w.words[part] += count(text)
                    w.first_in_part = False
                    ppr = w.body_ppr('<w:ind w:left="567" w:hanging="567"/>')
                    w._append(
                        f"<w:p {NSDECL}><w:pPr>{ppr}</w:pPr>{_run(f'{task}.{number}')}<w:r><w:tab/></w:r>"
                        f"{_run(value)}</w:p>"
                    )
                elif kind == "p":
                    w.text(value)
                elif kind == "list":
                    w.bullets(value, numbered=look.name.startswith("garamond"))
                elif kind == "quote":
                    if "quote" in look.extras or rng.random() < 0.5:
                        w.quote(value)
                    else:
                        w.text(value)
                elif kind == "table":
                    table_no += 1
                    what = "Action plan for the two channels" if part == "2a" else "Risk assessment"
                    if look.name.startswith("arial"):
                        w.caption(f"Table {table_no}: {what}")
                        w.table(value)
                        w.plain("", "", '<w:spacing w:after="120"/>')
                    else:
                        w.table(value)
                        w.caption(f"Table {table_no}: {what} (author's own)")
            if "wordcount" in look.extras and part in ("1c", "2b", "3b"):
                group = {"1c": "task1-bc", "2b": "task2-ab", "3b": "task3-ab"}[part]
                total = sum(w.words[p] for p in LIMIT_GROUPS[group])
                w.plain(
                    f"Word count: {total:,}",
                    _rpr(italic=True, size=look.size - 1),
                    '<w:jc w:val="right"/><w:spacing w:before="120" w:after="240"/>',
                )
        w.part = None

    # reference list, hanging indent
    w.plain(
        "References",
        _rpr(bold=True, size=look.size + 3, small=look.name.startswith(("georgia", "palatino"))),
        '<w:keepNext/><w:pageBreakBefore/><w:spacing w:after="200"/>',
    )
    for key in sorted(content.cited, key=lambda k: REFERENCES[k][1]):
        w.plain(REFERENCES[key][1], "", '<w:spacing w:after="120"/><w:ind w:left="720" w:hanging="720"/>')

    part_words = {part: w.words[part] for part in PARTS}
    group_words = {group: sum(part_words[p] for p in members) for group, members in LIMIT_GROUPS.items()}
    truth = Truth(
        name="",
        seed=index,
        layout=look.name,
        split="",
        part_words=part_words,
        group_words=group_words,
        words_all=sum(part_words.values()),
        headings=headings,
    )
    buffer = io.BytesIO()
    w.doc.save(buffer)
    return buffer.getvalue(), truth
