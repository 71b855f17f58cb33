"""Pool 9: CIM 2206 reports written into a template a study centre hands out.

Every report opens with the centre's cover sheet (a candidate-number table and a declaration), carries the
centre's name in the header and "Page X of Y" in the footer, starts each task on a new page, and copies each
part's brief wording beneath the part's heading inside a shaded one-cell table or a text box before the
candidate's answer. Truth is counted while the text is written, under the rubric's word-count policy: body
paragraphs and list items count; headings, sub-headings, tables, text boxes, the cover, headers and footers,
word-count lines and the reference list do not.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor, Twips
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, Truth, count

DESCRIPTION = (
    "Reports written into a study centre's template: cover sheet with declaration and candidate-number table, "
    "centre header, 'Page X of Y' footer, each task on a new page, each part's brief wording copied under its "
    "heading in a shaded one-cell table or a text box, word-count lines after each task, hanging-indent references"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
LIMITS = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
TITLES = {
    "1a": "Organisation overview",
    "1b": "Current and future developments in personalisation",
    "1c": "Personalising digital channels for one target segment",
    "2a": "Action plan to maximise conversion rates",
    "2b": "Personalised content and re-marketing",
    "3a": "Managing and implementing personalisation",
    "3b": "Three risks of implementing personalisation",
}
TASK_NAMES = {
    "1": "Developments in personalisation",
    "2": "Conversion and re-marketing plan",
    "3": "Managing personalisation and its risks",
}
BRIEF = {
    "1a": "Provide a background to your chosen organisation that gives an overview of the customer base and the "
    "level of maturity in the use of personalisation in digital marketing. (5 marks, maximum one side of A4)",
    "1b": "Appraise the general current and future developments of personalisation in digital channels that "
    "could influence strategic decisions in your chosen organisation. (15 marks)",
    "1c": "Reflect on how to personalise relevant digital channels for ONE target segment, by analysing examples "
    "of good and bad practice. (15 marks)",
    "2a": "Create an action plan to maximise conversion rates within different parts of the customer journey for "
    "TWO digital channels and exploring the role online communities could play. (20 marks)",
    "2b": "Illustrate how content can be personalised for the TWO digital channels selected in Task 2 (a) "
    "including the effective use of re-marketing techniques. (15 marks)",
    "3a": "Recommend, with justification, how personalisation of digital channels can be managed and implemented "
    "effectively by your chosen organisation. (15 marks)",
    "3b": "Evaluate, using examples, THREE risks involved in implementing personalisation within your chosen "
    "organisation, including those relating to legal compliance. (15 marks)",
}

SOURCES = [
    (
        "Chaffey and Ellis-Chadwick",
        2019,
        "Digital marketing: strategy, implementation and practice. 7th edn. Harlow: Pearson.",
    ),
    ("Chaffey and Smith", 2017, "Digital marketing excellence. 5th edn. Abingdon: Routledge."),
    ("Kotler, Kartajaya and Setiawan", 2021, "Marketing 5.0: technology for humanity. Hoboken: Wiley."),
    ("Ryan", 2020, "Understanding digital marketing. 5th edn. London: Kogan Page."),
    ("Kingsnorth", 2019, "Digital marketing strategy: an integrated approach. 2nd edn. London: Kogan Page."),
    ("Econsultancy", 2019, "The state of personalisation 2019. London: Econsultancy."),
    ("McKinsey", 2021, "The value of getting personalization right, or wrong, is multiplying. New York: McKinsey."),
    ("Accenture", 2018, "Making it personal: pulse check 2018. Dublin: Accenture Interactive."),
    ("Information Commissioner's Office", 2019, "Guide to the General Data Protection Regulation. Wilmslow: ICO."),
    ("Gartner", 2019, "Predicts 2020: marketers, it's personal. Stamford: Gartner."),
    ("Hanlon", 2019, "Digital marketing: strategic planning and integration. London: Sage."),
    ("Strauss and Frost", 2016, "E-marketing. 7th edn. Abingdon: Routledge."),
    (
        "Tiago and Verissimo",
        2014,
        "Digital marketing and social media: why bother? Business Horizons, 57(6), pp. 703-708.",
    ),
    (
        "Lemon and Verhoef",
        2016,
        "Understanding customer experience throughout the customer journey. Journal of Marketing, 80(6), pp. 69-96.",
    ),
    ("Smith", 2020, "Personalisation at scale. Journal of Digital and Social Media Marketing, 8(2), pp. 110-121."),
]

SEGMENTS = [
    "busy young professionals aged 25 to 34",
    "first-time buyers",
    "families with young children",
    "retired customers over 60",
    "students living away from home",
    "small business owners",
]
CHANNELS = [
    ("email", "the mobile app"),
    ("the website", "email"),
    ("paid social media", "the website"),
    ("the mobile app", "paid search"),
    ("Instagram", "email"),
]
SECTORS = [
    ("an online fashion retailer", "clothing, footwear and accessories"),
    ("a regional building society", "mortgages, savings and insurance"),
    ("an independent travel company", "city breaks, tours and travel insurance"),
    ("a specialist coffee roaster", "coffee subscriptions, equipment and cafe vouchers"),
    ("a home furniture retailer", "sofas, beds and home accessories"),
    ("a fitness club chain", "memberships, classes and online training"),
    ("a garden centre group", "plants, outdoor furniture and gifts"),
]

GENERIC = [
    "{Org} has an opportunity here, although the benefits depend on how consistently the data is used {cite}.",
    "This matters because customers now expect a relevant experience on every channel they use {cite}.",
    "For {org} the practical question is not whether to personalise but how far to go and how quickly.",
    "Research suggests that {pct}% of consumers are more likely to buy from a brand that recognises them {cite}.",
    "{Author} ({year}) argues that relevance, timing and context matter more than the volume of messages sent.",
    "The management team should therefore weigh the cost of new tools against the likely gain in revenue.",
    "A weakness at present is that customer data sits in separate systems that do not talk to each other.",
    "In the last financial year {org} recorded {n} online orders, so even a small uplift is worth pursuing.",
    "This would allow {org} to test ideas cheaply before committing the larger budget to a full roll-out.",
    "Competitors such as {comp} already do this well, which raises the expectations of {org}'s customers.",
    'As {author} ({year}) notes, "personalisation is only as good as the data and the insight behind it".',
    "However, a more cautious view is that customers can find heavy personalisation intrusive {cite}.",
    "The evidence from {org}'s own analytics supports this, with {pct}% of sessions now starting on a phone.",
    "Overall, the balance of benefit and risk favours a phased approach led by clear objectives.",
]
BANK = {
    "1b": [
        "Current developments include rule-based segmentation, behavioural email triggers and product recommendations.",
        "Basic personalisation, such as using a customer's name, is now expected rather than valued {cite}.",
        "More advanced approaches use machine learning to predict the next best offer for each visitor {cite}.",
        "Real-time website personalisation changes banners and content according to location, device and history.",
        "Artificial intelligence is moving personalisation from segments of many to segments of one {cite}.",
        "Voice assistants and chatbots create new moments in which a personal response can be given.",
        "The decline of third-party cookies means that first-party data will become the main asset for {org}.",
        "Privacy regulation and consumer concern are likely to limit how far tracking can go in future {cite}.",
        "Predictive analytics could help {org} decide which customers are at risk of leaving.",
        "A strategic implication is that {org} should invest in a single customer view before buying new tools.",
        "The cost of advanced platforms is high and the return is uncertain for an organisation of this size.",
        "Location-based messages through the app could link online browsing with visits to the stores.",
    ],
    "1c": [
        "The chosen segment is {seg}, who are heavy users of {ch1} and {ch2}.",
        "They value convenience and speed, and they are quick to abandon a journey that feels generic.",
        "A good example is Netflix, which personalises artwork and rows of content for each viewer {cite}.",
        "Amazon shows the value of recommendations based on browsing and purchase history {cite}.",
        "Bad practice includes sending the same offer repeatedly after a customer has already bought the product.",
        "One retailer was criticised for emails that used the wrong name, which damaged trust in the brand.",
        "For {org}, {ch1} could greet returning customers with products related to their last visit.",
        "Through {ch2}, reminders could be timed to when the segment is most active, often in the evening.",
        "The lesson from poor practice is that personalisation must be accurate or it is better not attempted.",
        "Spotify's Wrapped campaign shows how personal data can be turned into content customers want to share.",
        "Testing with a small sample of the segment would show which messages improve engagement.",
    ],
    "2a": [
        "The two channels chosen for the plan are {ch1} and {ch2}, as they reach {seg} most effectively.",
        "At the awareness stage the objective is to attract new visitors with relevant, targeted content.",
        "At the consideration stage, tailored product information and reviews can reduce uncertainty {cite}.",
        "At the purchase stage, a simpler checkout and saved preferences should lift the conversion rate.",
        "After purchase, follow-up messages can encourage reviews, referrals and a second order.",
        "The current conversion rate of {conv}% is below the sector average, so the target is {conv2}% within a year.",
        "Each action has an owner, a budget and a measure so that progress can be reviewed every month.",
        "Online communities could play an important role, because customers trust other customers {cite}.",
        "A members' forum or Facebook group would let {seg} share tips and answer each other's questions.",
        "Community content can be reused on {ch1}, which adds social proof at the point of decision.",
        "A/B testing of landing pages will show which personalised elements actually improve conversion.",
    ],
    "2b": [
        "Content on {ch1} can be personalised by showing products based on each customer's browsing history.",
        "Dynamic content blocks in {ch2} can change images and offers for each recipient when the message opens.",
        "For example, a customer who viewed a product twice could receive a short guide on how to use it.",
        "User-generated content, such as photos from other customers, makes messages feel more relevant {cite}.",
        "Re-marketing reminds visitors who left without buying, using the products they looked at {cite}.",
        "Abandoned basket emails sent within an hour typically recover {pct}% of lost orders {cite}.",
        "Frequency caps are important so that re-marketing does not follow customers around for weeks.",
        "Content should stay simple, with one clear message and one call to action in each communication.",
        "Seasonal content can be matched to the customer's location and the weather in their area.",
        "Lookalike audiences allow {org} to reach new prospects who resemble its best existing customers.",
        "Sequential messages can move a prospect from inspiration to a specific offer over several days.",
    ],
    "3a": [
        "It is recommended that {org} appoints a personalisation lead within the marketing team.",
        "Internal resources are limited, so an agency partner could support the technical set-up {cite}.",
        "Skills in data analysis and content production will need to be developed through training.",
        "A customer data platform would join up the website, app, email and store data into one view.",
        "Implementation should start with basic, low-risk activity on owned channels such as email.",
        "Paid channels need a different approach because targeting depends on the platforms' own data.",
        "Earned channels, such as reviews and social sharing, are harder to control but can be encouraged.",
        "Mobile should come first, since most of the segment's browsing now happens on a phone.",
        "Advanced tracking must be set up with consent so that data can be used lawfully {cite}.",
        "A steering group with IT, legal and customer service would keep the project on track.",
        "Success should be measured by conversion, average order value and customer lifetime value.",
        "The budget of about £{budget},000 in the first year is justified by the expected rise in repeat sales.",
    ],
    "3b": [
        "The first risk is legal compliance, as personal data must be processed under the GDPR {cite}.",
        "Consent must be freely given, specific and informed, and customers can withdraw it at any time.",
        "A breach could lead to fines of up to 4% of global turnover and serious harm to reputation.",
        "British Airways, for example, faced a large fine after customer data was stolen in 2018 {cite}.",
        "The second risk is that personalisation feels intrusive, which can drive customers to competitors.",
        "Target's pregnancy predictions are a well-known example of personalisation crossing a line {cite}.",
        "The third risk comes from automation, where errors can be repeated across thousands of messages.",
        "A faulty rule could send the wrong offer to every customer before anyone notices the problem.",
        "The likelihood of this risk is moderate, but the impact on trust would be high.",
        "Mitigation includes a clear privacy policy, a preference centre and regular audits of the data.",
        "Senior management should agree which types of data will never be used for targeting.",
        "Transparency about why a customer sees a message helps to build trust over time {cite}.",
    ],
}
BULLETS = {
    "1b": [
        "Rule-based segmentation using purchase history and location",
        "Behavioural triggers such as browse and basket abandonment emails",
        "Predictive product recommendations driven by machine learning",
        "Real-time personalisation of website content and search results",
        "Conversational interfaces, including chatbots and voice assistants",
    ],
    "1c": [
        "Greet returning visitors with categories they browsed before",
        "Send reminders at the times the segment is most active",
        "Avoid repeating offers for products already bought",
        "Let customers choose the topics they want to hear about",
    ],
    "2a": [
        "Awareness: targeted social content for the segment",
        "Consideration: tailored product pages with reviews",
        "Purchase: saved preferences and a one-page checkout",
        "Retention: personalised follow-up and loyalty rewards",
        "Advocacy: an online community with member-only events",
    ],
    "2b": [
        "Dynamic product blocks in each email",
        "Browse abandonment reminders within 24 hours",
        "Frequency caps of three impressions a day",
        "Lookalike audiences built from loyal customers",
    ],
    "3a": [
        "Appoint a personalisation lead and a small project team",
        "Audit the current data and link the main systems",
        "Start with basic personalisation on owned channels",
        "Train staff in analytics and content production",
        "Review results each quarter before scaling up",
    ],
    "3b": [
        "Keep a record of consent for every customer",
        "Run a data protection impact assessment before launch",
        "Test automated rules on a small sample first",
        "Publish a clear and simple privacy notice",
    ],
}
OVERVIEW = [
    [
        "The organisation chosen for this report is {org}, {sector} based in {city}.",
        "It was founded in {founded} and is still privately owned.",
        "I have worked in its marketing department for {team} months, which gives me access to its data.",
    ],
    [
        "{Org} employs around {staff} people and operates {shops} stores as well as its website.",
        "It sells {products}, and a mobile app was launched in {applaunch}.",
        "Annual turnover was about £{turnover} million last year, and online sales are growing each year.",
        "Its main competitors are {comp} and {comp2}, both of which invest heavily in digital marketing.",
        "The marketing team of {team} people reports to a marketing director who sits on the board.",
        "Most of the digital budget is spent on paid search and email, with a small amount on social media.",
    ],
    [
        "The customer base numbers roughly {customers} active customers, most of them living within the region.",
        "The largest group is {seg}, who account for about {pct}% of online revenue.",
        "Loyalty scheme members make up {pct2}% of customers and generate the most repeat purchases.",
        "Customers increasingly browse on their phones before they buy, either online or in a store.",
        "Personalisation is at an early stage, limited to first-name emails and basic product recommendations.",
        "On the maturity model of Econsultancy (2019) {org} sits at the second of five stages.",
        "Data is held in a customer relationship management system but it is not linked to web analytics.",
        "As a result, the same offers are often sent to every customer whatever they have bought before.",
        "The board has recently agreed to invest in the digital channels over the next two years.",
    ],
]
TOPICS = {
    "1b": [
        "rule-based segmentation",
        "predictive recommendations",
        "real-time web personalisation",
        "behavioural email triggers",
        "AI-driven next best offers",
        "conversational chatbots",
        "location-based app messages",
        "first-party data collection",
    ],
    "1c": [
        "personalised welcome journeys",
        "tailored app home screens",
        "timed reminder messages",
        "preference centres",
        "recommendations based on past orders",
        "personalised push notifications",
    ],
    "2a": [
        "a simpler checkout",
        "tailored landing pages",
        "personalised product reviews",
        "an online community forum",
        "saved basket reminders",
        "loyalty rewards at the point of purchase",
        "live chat support",
    ],
    "2b": [
        "dynamic email content",
        "personalised video",
        "browse abandonment reminders",
        "user-generated content",
        "sequential re-marketing adverts",
        "lookalike audiences",
        "weather-triggered content",
    ],
    "3a": [
        "a customer data platform",
        "an agency partnership",
        "staff training in analytics",
        "a phased roll-out",
        "a personalisation steering group",
        "consent-based tracking",
        "a test and learn programme",
    ],
    "3b": [
        "a data protection impact assessment",
        "a clear privacy notice",
        "regular audits of automated rules",
        "a preference centre",
        "limits on sensitive data",
        "human checks before large sends",
    ],
}
FRAMES = [
    "{Topic} is one way {org} could make its digital channels more relevant to {seg}.",
    "The main advantage of {topic} is that it responds to what each customer actually does {cite}.",
    "A limitation of {topic} is the cost of the data, the technology and the skills it needs.",
    "{Author} ({year}) finds that {topic} raises engagement when it is used with care.",
    "For {org}, {topic} would need clear objectives and a way to measure its effect on sales.",
    "Evidence on {topic} is mixed, with some studies reporting gains of about {pct}% {cite}.",
    "Without reliable data, {topic} could easily frustrate customers rather than help them.",
    "Compared with {comp}, {org} is behind on {topic}, which is a gap worth closing.",
    "{Topic} should be piloted with a small group before it is used across the whole customer base.",
    "In the longer term, {topic} is likely to become a standard expectation rather than an advantage {cite}.",
]
SUBHEADS = {
    "1a": ["Organisation name", "Organisation information", "Specific background"],
    "1b": ["Current developments", "Future developments", "Implications for strategy"],
    "1c": ["The target segment", "Good practice", "Bad practice", "Applying the lessons"],
    "2a": ["Customer journey stages", "Role of online communities", "Measuring success"],
    "2b": ["Personalised content", "Re-marketing techniques"],
    "3a": ["Resources and skills", "Paid, owned and earned channels", "Basic versus advanced implementation"],
    "3b": ["Risk 1: legal compliance", "Risk 2: intrusive personalisation", "Risk 3: automation errors"],
}
CENTRES = [
    "Northbridge School of Marketing",
    "Pennine Professional Studies",
    "Meridian Business Academy",
    "Thameside Marketing Institute",
    "Lakeland Centre for Professional Learning",
]


@dataclass(frozen=True)
class Layout:
    name: str
    font: str
    size: float
    spacing: float
    margin_cm: float
    brief_box: str  # "table" or "textbox"
    heading_mode: str  # "styles" or "manual"
    part_label: str  # how a part heading is written
    title_next_line: bool
    task_break: str  # "before" (page break before the heading) or "run" (Ctrl+Enter paragraph)
    count_line: str
    shade: str


LAYOUTS = [
    Layout(
        "dash-table",
        "Calibri",
        11,
        1.0,
        2.54,
        "table",
        "styles",
        "Task {t} – Part ({p}): {title}",
        False,
        "before",
        "Word count: {n}",
        "DEEAF6",
    ),
    Layout(
        "colon-textbox",
        "Arial",
        12,
        1.5,
        2.0,
        "textbox",
        "manual",
        "Task {t}({p}): {title}",
        False,
        "run",
        "Word count: {n}",
        "F2F2F2",
    ),
    Layout(
        "short-label-nextline",
        "Cambria",
        12,
        2.0,
        2.5,
        "table",
        "styles",
        "{t}{p})",
        True,
        "before",
        "(Word count: {n})",
        "E2EFD9",
    ),
    Layout(
        "part-under-task",
        "Times New Roman",
        12,
        1.5,
        2.54,
        "textbox",
        "styles",
        "Part ({p}) {title}",
        False,
        "before",
        "Word count for Task {t}: {n}",
        "FFF2CC",
    ),
    Layout(
        "part-nextline-compact",
        "Georgia",
        10.5,
        1.0,
        1.8,
        "table",
        "styles",
        "Part ({p})",
        True,
        "run",
        "Word count: {n} words",
        "EDEDED",
    ),
    Layout(
        "large-print-textbox",
        "Verdana",
        14,
        1.15,
        2.0,
        "textbox",
        "manual",
        "Task {t} – Part ({p})",
        True,
        "before",
        "Word count: {n}",
        "DAEEF3",
    ),
    Layout(
        "colon-table-manual",
        "Garamond",
        13,
        1.15,
        3.0,
        "table",
        "manual",
        "Task {t}({p}): {title}",
        False,
        "before",
        "Total words (Task {t}): {n}",
        "F2DCDB",
    ),
]


def _fmt(n: int) -> str:
    return f"{n:,}"


class Writer:
    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        org = fake.company().replace(",", "")
        sector, products = rng.choice(SECTORS)
        ch1, ch2 = rng.choice(CHANNELS)
        self.cited: set[int] = set()
        self.values = {
            "org": org,
            "Org": org,
            "sector": sector,
            "products": products,
            "city": fake.city(),
            "founded": str(rng.randint(1965, 2012)),
            "applaunch": str(rng.randint(2014, 2019)),
            "staff": _fmt(rng.randint(120, 4800)),
            "shops": str(rng.randint(6, 140)),
            "turnover": str(rng.randint(12, 480)),
            "customers": _fmt(rng.randint(40, 900) * 1000),
            "team": str(rng.randint(4, 22)),
            "comp": fake.company().replace(",", ""),
            "comp2": fake.company().replace(",", ""),
            "seg": rng.choice(SEGMENTS),
            "ch1": ch1,
            "ch2": ch2,
            "conv": f"{rng.randint(11, 24) / 10:.1f}",
            "conv2": f"{rng.randint(26, 40) / 10:.1f}",
            "budget": str(rng.randint(40, 250)),
        }

    def fill(self, template: str) -> str:
        rng = self.rng
        values = dict(self.values)
        values["pct"] = str(rng.randint(12, 78))
        values["pct2"] = str(rng.randint(10, 45))
        values["n"] = _fmt(rng.randint(20, 950) * 1000)
        index = rng.randrange(len(SOURCES))
        author, year, _ = SOURCES[index]
        values["author"] = author
        values["Author"] = author
        values["year"] = str(year)
        if "{cite}" in template or "{author}" in template or "{Author}" in template:
            self.cited.add(index)
        text = template.replace("{cite}", f"({author}, {year})")
        text = text.format(**values)
        return text[0].upper() + text[1:]

    def sentences(self, part: str) -> list[str]:
        """The part's own sentences first, then topic sentences, shuffled, so that little repeats."""
        rng = self.rng
        own = [self.fill(t) for t in rng.sample(BANK[part], len(BANK[part]))]
        combos = [(topic, frame) for topic in TOPICS[part] for frame in FRAMES]
        rng.shuffle(combos)
        extra = [self.fill(frame.replace("{topic}", topic).replace("{Topic}", topic)) for topic, frame in combos]
        generic = [self.fill(t) for t in rng.sample(GENERIC, len(GENERIC))]
        mixed = own + extra[:12] + generic
        rng.shuffle(mixed)
        return mixed + extra[12:]

    def overview(self) -> list[list[str]]:
        """Part 1a under its three guidance headings: name, information, specific background."""
        rng = self.rng
        name = [self.fill(OVERVIEW[0][0])] + [self.fill(t) for t in OVERVIEW[0][1:] if rng.random() < 0.6]
        info = [self.fill(t) for t in OVERVIEW[1] if rng.random() < 0.85]
        background = [self.fill(t) for t in OVERVIEW[2] if rng.random() < 0.85]
        return [name, info, background]


class Report:
    def __init__(self, layout: Layout, rng: random.Random, writer: Writer) -> None:
        self.layout = layout
        self.rng = rng
        self.writer = writer
        self.doc = docx.Document()
        self.words = dict.fromkeys(PARTS, 0)
        self.headings: dict[str, str] = {}
        self.current: str | None = None
        self.shape_id = 1
        self._styles()

    # --- styles and page --------------------------------------------------------------------------------------
    def _styles(self) -> None:
        lay = self.layout
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = lay.font
        normal.font.size = Pt(lay.size)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), lay.font)
        normal.paragraph_format.line_spacing = lay.spacing
        normal.paragraph_format.space_after = Pt(6 if lay.spacing < 1.5 else 0 if lay.spacing >= 2 else 4)
        for name, size in (("Heading 1", lay.size + 5), ("Heading 2", lay.size + 2), ("Heading 3", lay.size)):
            style = styles[name]
            style.font.name = lay.font
            style.font.size = Pt(size)
            style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            style.paragraph_format.line_spacing = 1.0
            style.paragraph_format.space_before = Pt(12)
            style.paragraph_format.space_after = Pt(6)
        styles["Heading 3"].font.italic = True
        section = self.doc.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(lay.margin_cm))

    def header_footer(self, centre: str, candidate: str) -> None:
        sections = self.doc.sections
        section = sections[-1]
        sections[0].different_first_page_header_footer = True  # the cover has no header or footer
        if len(sections) > 1:
            section.header.is_linked_to_previous = False
            section.footer.is_linked_to_previous = False
        head = section.header.paragraphs[0]
        head.text = ""
        width = section.page_width - section.left_margin - section.right_margin
        tabs = head.paragraph_format.tab_stops
        tabs.add_tab_stop(Twips(4680), WD_TAB_ALIGNMENT.CLEAR)
        tabs.add_tab_stop(Twips(9360), WD_TAB_ALIGNMENT.CLEAR)
        tabs.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        run = head.add_run(f"{centre}\tCandidate {candidate}")
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        foot.add_run("Page ")
        self._field(foot, "PAGE")
        foot.add_run(" of ")
        self._field(foot, "NUMPAGES")

    @staticmethod
    def _field(paragraph, instruction: str) -> None:
        p = paragraph._p
        p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
        p.append(
            parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>')
        )
        p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
        p.append(parse_xml(f"<w:r {nsdecls('w')}><w:t>1</w:t></w:r>"))
        p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))

    # --- cover -------------------------------------------------------------------------------------------------
    def cover(self, centre: str, candidate: str, fake: Faker) -> None:
        doc = self.doc
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(centre)
        run.bold = True
        run.font.size = Pt(20)
        for line, size in (
            ("CIM Level 6 Digital Diploma in Professional Marketing", 14),
            ("Mastering Digital Channels (2206)", 16),
            ("Assignment: July 2019", 12),
        ):
            q = doc.add_paragraph()
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = q.add_run(line)
            r.font.size = Pt(size)
            r.bold = size >= 16
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        rows = [
            ("Candidate number", candidate),
            ("Study centre number", str(self.rng.randint(1000, 9999))),
            ("Module", "Mastering Digital Channels (2206)"),
            ("Organisation", self.writer.values["org"]),
            ("Submission date", f"{self.rng.randint(1, 28)} July 2019"),
        ]
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].text = label
            cells[1].text = value
            cells[0].paragraphs[0].runs[0].bold = True
        doc.add_paragraph()
        p = doc.add_paragraph()
        p.add_run("Candidate declaration").bold = True
        doc.add_paragraph(
            "I confirm that this assignment is my own work and that all sources used have been acknowledged in "
            "the text and in the reference list. I understand that plagiarism and collusion are forms of "
            "malpractice and may lead to disqualification."
        )
        doc.add_paragraph(f"Signed: {candidate}        Date: {self.rng.randint(1, 28)} July 2019")
        if self.rng.random() < 0.5:
            doc.add_section(WD_SECTION.NEW_PAGE)
            # the body section keeps the cover's page settings
        else:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # --- headings ------------------------------------------------------------------------------------------
    def _heading(self, text: str, level: int):
        lay = self.layout
        if lay.heading_mode == "styles":
            return self.doc.add_heading(text, level)
        p = self.doc.add_paragraph()
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt({1: lay.size + 5, 2: lay.size + 2, 3: lay.size}[level])
        if level == 1:
            run.font.all_caps = False
        if level == 3:
            run.italic = True
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.line_spacing = 1.0
        return p

    def task_heading(self, task: str, first: bool) -> None:
        lay = self.layout
        if lay.task_break == "run" and not first:
            self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        text = f"Task {task}: {TASK_NAMES[task]}" if self.rng.random() < 0.7 else f"TASK {task}"
        h = self._heading(text, 1)
        if lay.task_break == "before" and not first:
            h.paragraph_format.page_break_before = True
        self.current = None

    def part_heading(self, part: str) -> None:
        lay = self.layout
        t, p = part[0], part[1]
        text = lay.part_label.format(t=t, p=p, title=TITLES[part])
        self._heading(text, 2)
        self.headings[part] = text
        if lay.title_next_line:
            self._heading(TITLES[part], 3)
        self.current = part
        self.brief(part)

    def subheading(self, text: str) -> None:
        self._heading(text, 3)

    # --- the copied brief ------------------------------------------------------------------------------------
    def brief(self, part: str) -> None:
        lay = self.layout
        label = f"Task {part[0]} ({part[1]}) brief:"
        if lay.brief_box == "table":
            table = self.doc.add_table(rows=1, cols=1)
            table.style = "Table Grid"
            cell = table.rows[0].cells[0]
            tc_pr = cell._tc.get_or_add_tcPr()
            tc_pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{lay.shade}"/>'))
            para = cell.paragraphs[0]
            para.paragraph_format.line_spacing = 1.0
            para.add_run(label + " ").bold = True
            run = para.add_run(BRIEF[part])
            run.italic = True
            self.doc.add_paragraph().paragraph_format.space_after = Pt(0)
        else:
            self._textbox(label, BRIEF[part])

    def _textbox(self, label: str, text: str) -> None:
        lay = self.layout
        section = self.doc.sections[-1]
        width = int(section.page_width - section.left_margin - section.right_margin)
        chars_per_line = max(40, int(width / 914400 * 72 / (lay.size * 0.5)))
        lines = (len(label) + len(text)) // chars_per_line + 2
        height = int(lines * lay.size * 1.25 / 72 * 914400) + 182880
        self.shape_id += 1
        sid = self.shape_id
        size = int(lay.size * 2) - 2
        esc = text.replace("&", "&amp;").replace("<", "&lt;")
        xml = (
            f'<w:r {nsdecls("w")} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
            ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
            ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            "<w:drawing>"
            f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{width}" cy="{height}"/>'
            f'<wp:docPr id="{sid}" name="Text Box {sid}"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
            f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{width}" cy="{height}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            f'<a:solidFill><a:srgbClr val="{lay.shade}"/></a:solidFill>'
            '<a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
            "</w:pPr>"
            f'<w:r><w:rPr><w:b/><w:sz w:val="{size}"/></w:rPr><w:t xml:space="preserve">{label} </w:t></w:r>'
            f'<w:r><w:rPr><w:i/><w:sz w:val="{size}"/></w:rPr><w:t>{esc}</w:t></w:r>'
            "</w:p></w:txbxContent></wps:txbx>"
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720"'
            ' anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
            "</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        )
        p = self.doc.add_paragraph()
        p.paragraph_format.line_spacing = 1.0
        p._p.append(parse_xml(xml))

    # --- counted text -------------------------------------------------------------------------------------------
    def body(self, text: str) -> None:
        self.doc.add_paragraph(text)
        self.words[self.current] += count(text)

    def bullet(self, text: str, numbered: bool = False) -> None:
        self.doc.add_paragraph(text, style="List Number" if numbered else "List Bullet")
        self.words[self.current] += count(text)

    def table(self, rows: list[tuple[str, ...]]) -> None:
        table = self.doc.add_table(rows=0, cols=len(rows[0]))
        table.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = value
                cell.paragraphs[0].paragraph_format.line_spacing = 1.0
                if i == 0 and cell.paragraphs[0].runs:
                    cell.paragraphs[0].runs[0].bold = True
        caption = self.doc.add_paragraph(f"Table {self.rng.randint(1, 3)}: {rows[0][0]} summary", style="Caption")
        caption.paragraph_format.space_after = Pt(6)


def _write_part(report: Report, part: str, target: int) -> None:
    rng = report.rng
    writer = report.writer
    if part == "1a":
        with_subheads = rng.random() < 0.75
        for heading, group in zip(SUBHEADS["1a"], writer.overview(), strict=True):
            if with_subheads:
                report.subheading(heading)
                report.body(" ".join(group))
            else:
                half = max(1, len(group) // 2)
                for chunk in (group[:half], group[half:]):
                    if chunk:
                        report.body(" ".join(chunk))
        if rng.random() < 0.5:
            values = writer.values
            report.table(
                [
                    ("Key facts", ""),
                    ("Founded", values["founded"]),
                    ("Employees", values["staff"]),
                    ("Stores", values["shops"]),
                    ("Turnover", f"£{values['turnover']}m"),
                ]
            )
        return
    subheads = SUBHEADS[part] if rng.random() < 0.7 else []
    supply = writer.sentences(part)
    while len(supply) < 200:
        supply += writer.sentences(part)
    position = 0
    sections = max(1, len(subheads))
    per_section = target / sections
    used_bullets = False
    used_table = False
    for s in range(sections):
        if subheads:
            report.subheading(subheads[s])
        section_target = min(target, round(per_section * (s + 1)))
        while report.words[part] < section_target:
            remaining = section_target - report.words[part]
            if (
                not used_bullets
                and part in BULLETS
                and remaining > 90
                and report.words[part] > 0
                and rng.random() < 0.35
            ):
                items = rng.sample(BULLETS[part], rng.randint(3, len(BULLETS[part])))
                if sum(count(i) for i in items) + report.words[part] <= target:
                    lead = supply[position]
                    position += 1
                    if count(lead) + report.words[part] <= target:
                        report.body(lead)
                    numbered = part in ("2a", "3a") and rng.random() < 0.5
                    for item in items:
                        report.bullet(item, numbered)
                    used_bullets = True
                    continue
            if part == "2a" and not used_table and report.words[part] > 60:
                ch1, ch2 = writer.values["ch1"], writer.values["ch2"]
                report.table(
                    [
                        ("Stage", "Action", "Channel", "Measure"),
                        ("Awareness", "Targeted content for the segment", ch1, "New visitors"),
                        ("Consideration", "Tailored product pages", ch2, "Pages per visit"),
                        ("Purchase", "Saved preferences at checkout", ch1, "Conversion rate"),
                        ("Retention", "Personalised follow-up", ch2, "Repeat purchase rate"),
                    ]
                )
                used_table = True
            paragraph: list[str] = []
            words = report.words[part]
            for _ in range(rng.randint(3, 6)):
                sentence = supply[position]
                if words + count(sentence) > section_target:
                    break
                paragraph.append(sentence)
                words += count(sentence)
                position += 1
            if not paragraph:
                break
            report.body(" ".join(paragraph))


def build(index: int) -> tuple[bytes, Truth]:
    rng = random.Random(9000 + index)
    fake = Faker("en_GB")
    fake.seed_instance(9000 + index)
    layout = LAYOUTS[index % len(LAYOUTS)]
    writer = Writer(rng, fake)
    report = Report(layout, rng, writer)
    centre = rng.choice(CENTRES)
    candidate = str(rng.randint(1000000, 9999999))
    report.cover(centre, candidate, fake)
    report.header_footer(centre, candidate)

    targets: dict[str, int] = {}
    for group, members in LIMIT_GROUPS.items():
        kind = rng.choice(("under", "near", "near", "over"))
        low, high = {"under": (0.55, 0.85), "near": (0.9, 1.0), "over": (1.02, 1.15)}[kind]
        total = int(LIMITS[group] * rng.uniform(low, high))
        share = rng.uniform(0.42, 0.58)
        targets[members[0]] = round(total * share)
        targets[members[1]] = total - targets[members[0]]

    for task in ("1", "2", "3"):
        report.task_heading(task, first=task == "1")
        members = [p for p in PARTS if p[0] == task]
        for part in members:
            report.part_heading(part)
            _write_part(report, part, targets.get(part, 0))
        counted = sum(report.words[p] for p in members if p != "1a")
        report.doc.add_paragraph(layout.count_line.format(t=task, n=_fmt(counted))).runs[0].italic = True

    # references, with hanging indents
    h = report._heading("References", 1)
    h.paragraph_format.page_break_before = True
    for i in sorted(writer.cited | {0}, key=lambda k: SOURCES[k][0]):
        author, year, rest = SOURCES[i]
        p = report.doc.add_paragraph(f"{author} ({year}) {rest}")
        p.paragraph_format.left_indent = Cm(1.27)
        p.paragraph_format.first_line_indent = Cm(-1.27)
    report.current = None

    buffer = io.BytesIO()
    report.doc.core_properties.author = candidate
    report.doc.save(buffer)
    part_words = dict(report.words)
    truth = Truth(
        name="",
        seed=index,
        layout=layout.name,
        split="",
        part_words=part_words,
        group_words={g: sum(part_words[p] for p in m) for g, m in LIMIT_GROUPS.items()},
        words_all=sum(part_words.values()),
        headings=dict(report.headings),
    )
    return buffer.getvalue(), truth
