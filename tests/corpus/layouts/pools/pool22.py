"""Layout pool 22 (development data since stop 65): CIM 2206 reports with full front and back matter.

Every report carries a cover page (candidate number, centre), a signed declaration of authorship, a contents page
(Word's automatic table of contents with dotted leaders and page numbers, or one typed by hand), a list of
figures, a word-count table, an executive summary and an introduction before Task 1, and after the answers a
reference list, a bibliography and appendices whose headings look like the tasks' ("Appendix A – Task 1 data").

Truth is counted while the report is written, with ``count`` of generate.py over the text Word shows:

- counted: a part's body paragraphs and list items (citations, quotations and typed list numbers included), from
  the part's heading to the next part's or task's heading, or to the reference list;
- not counted: the cover page, the declaration, the contents page, the list of figures, the word-count table,
  the executive summary and the introduction (they come before Task 1 (a)'s heading, so they belong to no part),
  headings and sub-headings, tables, figures and captions, text boxes, footnotes, headers and footers, lines
  declaring a word count, the reference list, the bibliography and the appendices.
"""

from __future__ import annotations

import datetime
import io
import random
import re
from dataclasses import dataclass

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Scripts with full front and back matter: cover with candidate number and centre, signed declaration, "
    "automatic or hand-typed contents with dotted leaders, list of figures, word-count table, executive summary "
    "and introduction, then references, bibliography and task-like appendices; headers with the candidate "
    "number, 'Page X of Y' footers, footnotes, text boxes, section breaks and automatic heading numbers"
)
REPORTS = 28

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    f'xmlns:w="{W_NS}" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)
PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
ORDINALS = {"1": "ONE", "2": "TWO", "3": "THREE"}
TASK_NAMES = {
    "1": "Personalisation in digital channels",
    "2": "Conversion action plan",
    "3": "Managing personalisation and its risks",
}

# --- layouts ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Look:
    name: str
    font: str
    size: float
    spacing: float  # line spacing multiple
    margin_cm: float
    headings: str  # "styles" (Heading 1/2/3), "bold" (formatted Normal), "auto" (numbered Heading styles)
    label: str  # how part headings are worded
    toc: str  # "field" (Word TOC field) or "typed" (tabs with dotted leader) or "dots" (typed full stops)
    footer: str  # "page_of", "page", "roman_then_arabic"
    sections: bool  # section breaks between front matter, body and a landscape appendix
    footnotes: bool
    textbox: bool
    wc_line: bool  # "Word count: 1,234" line at the end of each group
    bullets: str  # "auto" (List Bullet), "number" (List Number), "typed" (typed "1." numbers)
    appendix: str  # "letter" (Appendix A – Task 1 data) or "number" (Appendix 2: Task 2 (b) plan)
    colour: str | None
    max_1a: int  # words that fit one side of A4 with the overview's sub-headings


LOOKS = (
    Look(
        "word_toc_styles",
        "Calibri",
        11,
        1.15,
        2.54,
        "styles",
        "paren_title",
        "field",
        "page_of",
        False,
        False,
        False,
        False,
        "auto",
        "letter",
        "2F5496",
        420,
    ),
    Look(
        "typed_contents_bold_labels",
        "Arial",
        12,
        1.5,
        2.0,
        "bold",
        "comma_part",
        "typed",
        "page",
        False,
        True,
        False,
        True,
        "typed",
        "number",
        None,
        230,
    ),
    Look(
        "decimal_double_spaced",
        "Times New Roman",
        12,
        2.0,
        2.54,
        "styles",
        "decimal",
        "dots",
        "page_of",
        False,
        True,
        False,
        True,
        "auto",
        "letter",
        "000000",
        150,
    ),
    Look(
        "caps_task_one_sections",
        "Georgia",
        10.5,
        1.0,
        2.2,
        "bold",
        "caps",
        "field",
        "roman_then_arabic",
        True,
        False,
        True,
        False,
        "auto",
        "number",
        None,
        400,
    ),
    Look(
        "part_letter_colon_large",
        "Cambria",
        14,
        1.15,
        1.8,
        "styles",
        "part_letter",
        "typed",
        "page_of",
        False,
        True,
        True,
        False,
        "number",
        "letter",
        "1F3864",
        250,
    ),
    Look(
        "auto_numbered_headings",
        "Verdana",
        10.5,
        1.15,
        2.54,
        "auto",
        "auto",
        "field",
        "page_of",
        True,
        False,
        False,
        True,
        "auto",
        "letter",
        "385623",
        340,
    ),
    Look(
        "two_line_centred_headings",
        "Book Antiqua",
        11.5,
        1.5,
        2.54,
        "bold",
        "two_line",
        "typed",
        "page",
        False,
        True,
        True,
        False,
        "typed",
        "number",
        None,
        250,
    ),
)

# --- organisations and text -------------------------------------------------------------------------------------

SECTORS = (
    (
        "independent fashion retailer",
        "womenswear, menswear and accessories",
        ("ASOS", "Next", "River Island"),
        "young professional women aged 25 to 34",
    ),
    (
        "regional building society",
        "mortgages, savings accounts and home insurance",
        ("Nationwide", "Yorkshire Building Society", "Santander"),
        "first-time buyers aged 22 to 35",
    ),
    (
        "garden centre group",
        "plants, outdoor furniture, cafés and gift ranges",
        ("Dobbies", "Wyevale", "B&Q"),
        "retired home owners aged 60 and over",
    ),
    (
        "boutique hotel group",
        "rooms, spa breaks, weddings and restaurants",
        ("Hotel du Vin", "Malmaison", "Premier Inn"),
        "couples booking weekend breaks",
    ),
    (
        "online pet supplies retailer",
        "pet food, accessories, insurance and vet subscriptions",
        ("Pets at Home", "Zooplus", "Amazon"),
        "new puppy owners",
    ),
    (
        "craft brewery and taproom business",
        "bottled beers, subscriptions, merchandise and events",
        ("BrewDog", "Beavertown", "Camden Town Brewery"),
        "craft beer subscribers aged 28 to 45",
    ),
    (
        "family-owned travel agency",
        "package holidays, cruises and tailor-made tours",
        ("TUI", "Jet2holidays", "Trailfinders"),
        "families with school-age children",
    ),
    (
        "health and fitness club chain",
        "gym memberships, classes, personal training and an app",
        ("PureGym", "David Lloyd", "The Gym Group"),
        "lapsed members aged 30 to 50",
    ),
)
CHANNELS = (
    ("email", "the website"),
    ("the mobile app", "email"),
    ("paid social media", "the website"),
    ("the website", "Instagram"),
    ("email", "paid search"),
)

CITES = {
    "Chaffey and Ellis-Chadwick, 2019": "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing: strategy, "
    "implementation and practice. 7th edn. Harlow: Pearson.",
    "Chaffey and Smith, 2017": "Chaffey, D. and Smith, P.R. (2017) Digital marketing excellence. 5th edn. "
    "Abingdon: Routledge.",
    "Kingsnorth, 2019": "Kingsnorth, S. (2019) Digital marketing strategy: an integrated approach to online "
    "marketing. 2nd edn. London: Kogan Page.",
    "Ryan, 2017": "Ryan, D. (2017) Understanding digital marketing. 4th edn. London: Kogan Page.",
    "Kotler and Keller, 2016": "Kotler, P. and Keller, K.L. (2016) Marketing management. 15th edn. Harlow: Pearson.",
    "Lemon and Verhoef, 2016": "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience "
    "throughout the customer journey', Journal of Marketing, 80(6), pp. 69-96.",
    "Econsultancy, 2019": "Econsultancy (2019) Digital intelligence briefing: 2019 digital trends. London: "
    "Econsultancy.",
    "Epsilon, 2018": "Epsilon (2018) The power of me: the impact of personalization on marketing performance. "
    "Irving, TX: Epsilon.",
    "Accenture, 2018": "Accenture (2018) Making it personal: why brands must move from communication to "
    "conversation. Dublin: Accenture.",
    "Information Commissioner's Office, 2018": "Information Commissioner's Office (2018) Guide to the General "
    "Data Protection Regulation (GDPR). Wilmslow: ICO.",
    "Smith and Zook, 2016": "Smith, P.R. and Zook, Z. (2016) Marketing communications: offline and online "
    "integration, engagement and analytics. 6th edn. London: Kogan Page.",
    "Aguirre et al., 2015": "Aguirre, E., Mahr, D., Grewal, D., de Ruyter, K. and Wetzels, M. (2015) 'Unraveling "
    "the personalization paradox', Journal of Retailing, 91(1), pp. 34-49.",
    "McKinsey & Company, 2019": "McKinsey & Company (2019) The future of personalization and how to get ready for "
    "it. New York: McKinsey & Company.",
    "Google, 2018": "Google (2018) Micro-moments: your guide to winning the shift to mobile. Mountain View, CA: "
    "Google.",
    "Hanlon, 2019": "Hanlon, A. (2019) Digital marketing: strategic planning and integration. London: SAGE.",
    "Salesforce, 2018": "Salesforce (2018) State of the connected customer. 2nd edn. San Francisco: Salesforce.",
}
BIBLIOGRAPHY = (
    "Bala, M. and Verma, D. (2018) 'A critical review of digital marketing', International Journal of Management, "
    "IT and Engineering, 8(10), pp. 321-339.",
    "CIM (2019) Mastering digital channels: module guide. Cookham: The Chartered Institute of Marketing.",
    "Gartner (2019) Predicts 2020: marketers, it's personal. Stamford, CT: Gartner.",
    "Strauss, J. and Frost, R. (2014) E-marketing. 7th edn. Harlow: Pearson.",
    "Tiago, M.T.P.M.B. and Veríssimo, J.M.C. (2014) 'Digital marketing and social media: why bother?', Business "
    "Horizons, 57(6), pp. 703-708.",
)
QUOTES = (
    "personalisation is no longer a nice-to-have but an expectation",
    "relevance is the currency of attention in digital channels",
    "customers reward brands that remember them and punish those that do not",
    "the most effective personalisation is the one the customer barely notices",
)

TEXT = {
    "1a": (
        "It was founded in {founded} and has its head office in {city}.",
        "It employs around {staff} people and reported a turnover of £{turnover} million in its last financial year.",
        "Its range covers {products}, sold through {n_sites} sites and an e-commerce website.",
        "The main competitors are {rival}, {rival2} and {rival3}, all of which invest heavily in digital channels.",
        "The customer base numbers about {customers} active customers, of whom {pct}% bought online last year.",
        "Most customers live within {miles} miles of a site, although online orders now reach the whole of the UK.",
        "The largest segment is {segment}, who account for {pct2}% of online revenue.",
        "Personalisation is at an early stage of maturity: emails are segmented only by gender and location.",
        "The website shows the same home page to every visitor, and product recommendations are set by hand.",
        "A loyalty scheme holds purchase data for {loyal} members, but it is not yet linked to the email platform.",
        "On a simple maturity scale the business sits at the second of five levels, described as 'basic segmentation'.",
        "The senior management team has set aside £{budget},000 to improve the digital experience over two years.",
        "Customers are loyal but ageing, and the share of new customers recruited online has fallen for two years.",
        "Social media is used mainly for announcements, with little two-way conversation with customers.",
        "Web analytics are in place, but reports are read monthly rather than used to change content.",
        "The customer service team handles around {calls} enquiries a week, many of them about orders placed online.",
        "Repeat customers spend on average £{spend} a year, compared with £{spend2} for one-off buyers.",
        "Competitors offer apps with saved preferences, which {org} does not yet provide.",
        "The marketing team of {team} people includes one digital specialist and relies on an agency for paid media.",
        "Management sees personalisation as a way to defend margins against larger online rivals.",
        "Customer reviews are collected after purchase but are not shown on product pages.",
        "The email list holds {emails} subscribers, with an average open rate of {pct2}%.",
    ),
    "1b": (
        "Personalisation in digital channels ranges from inserting a first name in an email to predicting what "
        "each visitor will want next.",
        "At the basic level, rules-based segmentation groups customers by simple attributes such as age, location "
        "or last purchase.",
        "More advanced approaches use behavioural data in real time, changing the content of a page as the visitor "
        "browses.",
        "Recommendation engines of the kind used by Amazon and Netflix now drive a large share of online sales in "
        "retail.",
        "Research suggests that {pct}% of consumers are more likely to buy from a brand that offers personalised "
        "experiences.",
        "The strength of this development is relevance: customers see fewer messages that do not apply to them.",
        "The weakness is cost, because the data, tools and skills required are expensive for a business the size of "
        "{org}.",
        "Artificial intelligence and machine learning are expected to make one-to-one personalisation affordable "
        "for mid-sized firms within five years.",
        "Voice search and smart speakers create a new channel in which only one answer is given, raising the stakes "
        "for relevance.",
        "Location-based personalisation through mobile devices lets offers change as a customer approaches a site.",
        "Predictive analytics could allow {org} to contact customers before they lapse rather than after.",
        "Privacy concerns are growing, and the removal of third-party cookies will push firms to rely on "
        "first-party data.",
        "For {org}, this means that building its own customer data is a strategic priority rather than a "
        "technical detail.",
        "Customer data platforms bring data from the website, email, app and stores into a single customer view.",
        "A strategic decision for the management team is whether to buy a platform or to build capability in house.",
        "Competitors such as {rival} already personalise their home pages, so standing still carries its own risk.",
        "Chatbots and conversational interfaces are a further development, answering simple questions at any hour.",
        "However, poorly trained chatbots frustrate customers and can damage the brand more than they help it.",
        "Overall, the developments favour a staged approach that starts with the data {org} already holds.",
    ),
    "1c": (
        "The chosen segment is {segment}, who make up {pct2}% of online revenue at {org}.",
        "They use their smartphones for most browsing and expect pages to load in under three seconds.",
        "A good example of practice is Spotify, whose personalised playlists make each user feel understood.",
        "Another good example is Boots, which sends offers based on the products a customer actually buys.",
        "A bad example was an online retailer that kept showing adverts for a sofa the customer had already bought.",
        "Poor personalisation often comes from data that is out of date or from systems that do not talk to each "
        "other.",
        "From my own experience, an airline addressed me by the wrong name in three emails in a row.",
        "Such errors reduce trust, and the customer is less likely to open the next message.",
        "Good practice can be measured through open rates, click-through rates, conversion and repeat purchase.",
        "For this segment, email and the website are the most relevant channels, supported by Instagram.",
        "The cross-channel experience matters because {segment} move between devices during a single purchase.",
        "To personalise well, {org} needs data on past purchases, browsing behaviour, preferences and life stage.",
        "The elements leading to success are accurate data, a clear purpose and content that is genuinely useful.",
        "The elements leading to failure are intrusive messages, wrong timing and repeated offers.",
        "An improvement would be a preference centre where customers choose what they hear about and how often.",
        "This would help {org} reach its goal of raising repeat purchase by {pct}% within a year.",
    ),
    "2a": (
        "The action plan covers two digital channels, {ch1} and {ch2}, chosen because {segment} use them most.",
        "The overall goal is to raise the online conversion rate from {low}% to {high}% within twelve months.",
        "The plan follows the customer journey from awareness through consideration to purchase and loyalty.",
        "Google's micro-moments model frames the plan around 'I want to know', 'I want to go', 'I want to do' and "
        "'I want to buy' moments.",
        "In the awareness stage, {ch1} will carry content matched to the interests shown in past browsing.",
        "In the consideration stage, {ch2} will show recommendations based on what similar customers bought.",
        "At the purchase stage, basket reminders will be sent within one hour of abandonment.",
        "Existing data from the loyalty scheme and web analytics will be used to build the first segments.",
        "Each action has an owner, a budget and a deadline, and progress will be reviewed every month.",
        "Metrics include conversion rate, average order value, email click-through rate and revenue per visitor.",
        "Online communities have a role, because customers trust other customers more than they trust brands.",
        "A members' community on the website would let {segment} share reviews, photographs and advice.",
        "Content from the community can then be reused in {ch1} to make messages more credible.",
        "The budget for the first phase is £{budget},000, with most of it spent on technology and training.",
        "A test-and-learn approach will be used, with A/B tests on subject lines, images and offers.",
        "If the first quarter shows no improvement, the plan will be reviewed before further spending.",
    ),
    "2b": (
        "Content can be personalised in {ch1} by changing the subject line, the hero image and the products shown.",
        "For example, a customer who bought {product} would receive care advice and matching items a week later.",
        "Dynamic content blocks allow one email to carry many versions, each chosen at the moment of opening.",
        "On {ch2}, the home page banner can change according to the visitor's last category viewed.",
        "Personalised video, showing the customer's name and recent purchases, has raised engagement for some brands.",
        "Re-marketing reminds visitors of products they viewed but did not buy, through display and social adverts.",
        "Sequential re-marketing changes the message over time, moving from a reminder to a review to an offer.",
        "Frequency caps are needed so that customers do not see the same advert more than {cap} times a week.",
        "Lookalike audiences extend re-marketing to new prospects who resemble the best existing customers.",
        "Simplicity matters: too many options can overwhelm visitors and reduce conversion.",
        "User-generated content, such as customer photographs, makes personalised messages feel more authentic.",
        "Birthday and anniversary emails are a simple but effective form of personalised content.",
        "Interactive content, such as quizzes and product finders, collects preferences while engaging the customer.",
        "Each piece of content should support the wider ambition of {org} to be known for helpful service.",
        "Abandoned basket emails recover around {pct}% of lost sales in the sector when they are well timed.",
    ),
    "3a": (
        "Personalisation should be managed by a small cross-functional team led by the head of digital marketing.",
        "The team needs skills in data analysis, content creation, marketing automation and customer insight.",
        "Some of these skills exist in house, but data science would need to come from an external agency at first.",
        "A phased implementation is recommended, starting with basic segmentation before moving to real-time "
        "personalisation.",
        "Owned channels such as email and the website should come first, because {org} controls the data and content.",
        "Paid channels need a different approach, using platform audiences and re-marketing lists.",
        "Earned channels, such as reviews and social sharing, can be encouraged but not fully controlled.",
        "Mobile must be at the centre of the implementation, since {pct}% of sessions now start on a smartphone.",
        "Advanced tracking, using a tag management system and server-side events, will improve data quality.",
        "A customer data platform would provide a single view of each customer and is scalable as the business grows.",
        "The main challenges are budget, legacy systems and the time needed to train staff.",
        "Clear governance is needed, with agreed rules on which data may be used and for what purpose.",
        "Customers expect relevant offers, but {org} can only meet these expectations if its data is accurate.",
        "The future of data lies in first-party and zero-party data that customers give willingly.",
        "Success should be judged against the metrics set in the action plan and reported to the board each quarter.",
    ),
    "3b": (
        "The first risk is legal non-compliance with the GDPR and the Privacy and Electronic Communications "
        "Regulations.",
        "Personal data must be processed lawfully, fairly and transparently, and only for specified purposes.",
        "Fines can reach 4% of global turnover, and British Airways was fined for a data breach affecting "
        "thousands of customers.",
        "This risk is likely if consent records are incomplete, and its impact would be severe.",
        "It can be reduced by auditing consent, appointing a data protection lead and running impact assessments.",
        "The second risk is that personalisation feels intrusive and customers feel watched.",
        "Target's pregnancy predictions are a well-known example of personalisation crossing a line.",
        "This risk is moderate in likelihood but would damage trust and brand reputation.",
        "A clear policy on sensitive data, and an explanation of why customers see each message, would reduce it.",
        "The third risk comes from automation, where errors can be repeated across thousands of messages in minutes.",
        "An automated email that sends the wrong offer, or the wrong name, quickly becomes a social media story.",
        "Testing, approval steps and human oversight of automated journeys would lower this risk.",
        "Each risk should be recorded on a risk register and reviewed by senior management every quarter.",
        "Trust and transparency are therefore the foundation for future campaigns at {org}.",
    ),
    "front": (
        "This report advises the senior management team of {org} on personalisation in digital channels.",
        "It appraises current and future developments and reflects on good and bad practice for {segment}.",
        "An action plan for {ch1} and {ch2} sets out how conversion rates can be improved.",
        "Recommendations are made on managing and implementing personalisation, and three risks are evaluated.",
        "The report concludes that a phased approach, built on first-party data, offers the best return.",
        "Investment of £{budget},000 is proposed over two years, with results reviewed quarterly.",
    ),
}
GENERAL = (
    "Customers now move between devices and channels many times before they buy, and they expect to be recognised.",
    "The quality of personalisation depends on the quality of the data that sits behind it.",
    "Small improvements in relevance can add up to large gains in revenue when repeated across thousands of visits.",
    "Consumers say they value personalised experiences, yet many are uneasy about how their data is used.",
    "Marketing teams often underestimate the content needed to personalise messages for several segments at once.",
    "Measurement should compare personalised experiences with a control group, so that the true uplift is known.",
    "Senior managers need a clear business case before they commit budget to new technology.",
    "The customer journey is rarely linear, so personalisation must work at each touchpoint rather than at one.",
    "Good personalisation feels helpful to the customer, while poor personalisation feels like surveillance.",
    "Many organisations collect more data than they use, and the gap between data and action is a common weakness.",
    "Integration between systems is usually harder and slower than the purchase of the systems themselves.",
    "Staff across marketing, sales and service must share the same view of the customer if messages are to agree.",
    "Testing small changes regularly is more reliable than launching one large change and hoping it works.",
    "Customer expectations are shaped by the best experiences they have anywhere, not only by direct competitors.",
    "A clear value exchange, in which customers see what they gain from sharing data, builds willingness to share.",
    "Over-personalisation can narrow choice, showing customers only what they have bought before.",
    "The cost of acquiring a new customer is several times higher than the cost of keeping an existing one.",
    "Mobile screens leave little room, so the most relevant content must appear first.",
)
OPENERS = (
    "",
    "",
    "",
    "",
    "In addition, ",
    "However, ",
    "As a result, ",
    "In practice, ",
    "For {org}, ",
    "Equally, ",
    "Importantly, ",
    "At the same time, ",
)
BULLETS = {
    "1b": (
        "Rules-based segmentation using age, location and purchase history",
        "Behavioural targeting based on pages viewed in the current session",
        "Predictive recommendations powered by machine learning",
        "Location-based offers delivered through the mobile app",
        "Conversational personalisation through chatbots and voice assistants",
    ),
    "1c": (
        "Accurate and up-to-date customer data",
        "Messages timed to the customer's stage in the journey",
        "A consistent experience across email, website and social media",
        "Easy control for customers over what they receive",
    ),
    "2a": (
        "Build segments from existing loyalty and web analytics data",
        "Launch personalised welcome and basket reminder emails",
        "Add product recommendations to the home page and basket",
        "Open an online community for reviews and advice",
        "Review results monthly and adjust the plan",
    ),
    "2b": (
        "Dynamic email content chosen at the moment of opening",
        "Personalised home page banners by last category viewed",
        "Sequential re-marketing adverts on social media",
        "Quizzes and product finders that capture preferences",
    ),
    "3a": (
        "Phase 1: data audit and basic segmentation",
        "Phase 2: automated journeys in email",
        "Phase 3: real-time personalisation on the website and app",
    ),
    "3b": (
        "Audit consent records every six months",
        "Set a written policy on the use of sensitive data",
        "Keep human approval for every new automated journey",
    ),
}
SUBHEADS = {
    "1a": ("Organisation name", "Organisation information", "Specific background"),
    "1b": ("Current developments", "Future developments", "Implications for strategic decisions"),
    "1c": ("The target segment", "Good and bad practice", "Improvements required"),
    "2a": ("Goals and metrics", "Stages of the customer journey", "The role of online communities"),
    "2b": ("Personalised content", "Dynamic content", "Re-marketing techniques"),
    "3a": ("Resources and skills", "Paid, owned and earned channels", "Mobile, tracking and data"),
    "3b": ("Risk 1: legal compliance", "Risk 2: intrusive personalisation", "Risk 3: automation errors"),
}
FIGURES = {
    "1c": "Online revenue by segment",
    "2b": "Email click-through rate by content type",
    "3a": "Share of sessions by device",
}
FOOTNOTES = (
    "Figures taken from the company's annual report and internal web analytics.",
    "Based on the author's own experience as a customer in 2019.",
    "The GDPR applies in the UK through the Data Protection Act 2018.",
    "Internal estimate, not audited.",
    "See Appendix for the full data set.",
    "Micro-moments are described by Google (2018).",
)


# --- the writer ---------------------------------------------------------------------------------------------------


class Writer:
    def __init__(self, look: Look, index: int) -> None:
        self.look = look
        self.rng = random.Random(22_000 + index)
        fake = Faker("en_GB")
        fake.seed_instance(22_000 + index)
        sector, products, rivals, segment = self.rng.choice(SECTORS)
        ch1, ch2 = self.rng.choice(CHANNELS)
        self.values = {
            "org": fake.company().replace(" and ", " & "),
            "sector": sector,
            "products": products,
            "rival": rivals[0],
            "rival2": rivals[1],
            "rival3": fake.company(),
            "segment": segment,
            "city": fake.city(),
            "ch1": ch1,
            "ch2": ch2,
            "product": products.split(",")[0],
        }
        self.candidate = fake.numerify("#########")
        self.centre = f"{fake.numerify('#####')} – {fake.city()} College"
        self.author = fake.name()
        self.values.update(self._facts())
        self.used: dict[str, list[str]] = {}
        self.cited: list[str] = []

    def _facts(self) -> dict[str, str]:
        r = self.rng
        low = r.randint(1, 3)
        spend = r.randrange(80, 900, 5)
        return {
            "calls": str(r.randrange(150, 2400, 50)),
            "spend": str(spend),
            "spend2": str(spend // r.randint(2, 4)),
            "team": str(r.randint(3, 14)),
            "emails": f"{r.randint(9, 260)},000",
            "founded": str(r.randint(1962, 2012)),
            "staff": str(r.randrange(40, 900, 10)),
            "turnover": f"{r.randint(3, 140)}.{r.randint(0, 9)}",
            "n_sites": str(r.randint(2, 48)),
            "customers": f"{r.randint(12, 420)},000",
            "pct2": str(r.randint(18, 46)),
            "miles": str(r.randint(10, 40)),
            "loyal": f"{r.randint(8, 190)},000",
            "budget": str(r.randrange(40, 400, 10)),
            "low": f"{low}.{r.randint(0, 9)}",
            "high": f"{low + r.randint(1, 2)}.{r.randint(0, 9)}",
            "cap": str(r.randint(3, 6)),
        }

    def sentence(self, key: str) -> str:
        bank = self.used.get(key)
        if not bank:
            bank = list(TEXT[key])
            self.rng.shuffle(bank)
            self.used[key] = bank
        text = bank.pop()
        if key != "front" and self.rng.random() < 0.3:
            general = self.used.setdefault("general", [])
            if not general:
                general.extend(GENERAL)
                self.rng.shuffle(general)
            text = general.pop()
        opener = self.rng.choice(OPENERS)
        first_word = text.split(" ", 1)[0]
        if opener and "," not in text[:24] and first_word not in ("{org}", "Google's", "Target's", "It", "Its"):
            text = opener + text[0].lower() + text[1:]
        text = text.format(**self.values, pct=self.rng.randint(12, 78))
        roll = self.rng.random()
        if roll < 0.3:
            cite = self.rng.choice(list(CITES))
            self.cite(cite)
            text = f"{text[:-1]} ({cite})."
        elif roll < 0.36:
            cite = self.rng.choice(list(CITES))
            self.cite(cite)
            quote = self.rng.choice(QUOTES)
            author, year = cite.rsplit(", ", 1)
            text = f"{text} As {author} ({year}, p. {self.rng.randint(12, 320)}) puts it, “{quote}”."
        return text

    def cite(self, cite: str) -> None:
        if cite not in self.cited:
            self.cited.append(cite)


class Report:
    """One report: a python-docx document, its part counts and the bits of raw XML python-docx has no API for."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.look = LOOKS[index % len(LOOKS)]
        self.w = Writer(self.look, index)
        self.rng = self.w.rng
        self.doc = docx.Document()
        self.part: str | None = None
        self.words = dict.fromkeys(PARTS, 0)
        self.headings: dict[str, str] = {}
        self.footnotes: list[str] = []
        self.figures: list[str] = []
        self.toc: list[tuple[int, str, float]] = []  # level, text as listed, running words when written
        self.running = 0.0  # words on pages so far, to guess page numbers for the contents page
        self.shapes = 0
        self.with_title = self.rng.random() < 0.6
        self._styles()

    # --- styles ------------------------------------------------------------------------------------------------
    def _styles(self) -> None:
        look = self.look
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = look.font
        normal.font.size = Pt(look.size)
        rpr = normal.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), look.font)
        normal.paragraph_format.line_spacing = look.spacing
        normal.paragraph_format.space_after = Pt(6 if look.spacing < 1.4 else 0)
        for level, size in ((1, look.size + 5), (2, look.size + 2), (3, look.size)):
            style = styles[f"Heading {level}"]
            style.font.name = look.font
            style.font.size = Pt(size)
            style.font.bold = True
            style.font.italic = level == 3
            style.font.color.rgb = RGBColor.from_string(look.colour or "000000")
            style.paragraph_format.space_before = Pt(14 if level == 1 else 10)
            style.paragraph_format.space_after = Pt(6)
        for name in ("TOC 1", "TOC 2", "Table of Figures"):
            if name not in [s.name for s in styles]:
                style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
                style.base_style = normal
                style.paragraph_format.space_after = Pt(3)
                style.paragraph_format.line_spacing = 1.0
                if name == "TOC 2":
                    style.paragraph_format.left_indent = Cm(0.6)
        caption = styles["Caption"]
        caption.font.size = Pt(max(9, look.size - 2))
        caption.font.italic = True
        caption.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
        for section in self.doc.sections:
            self._page(section)

    def _page(self, section) -> None:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(self.look.margin_cm))

    @property
    def words_per_page(self) -> float:
        look = self.look
        usable = (21.0 - 2 * look.margin_cm) * (29.7 - 2 * look.margin_cm) / (16.0 * 24.7)
        return 560 * usable * (11 / look.size) ** 2 / (look.spacing / 1.15)

    # --- paragraphs --------------------------------------------------------------------------------------------
    def para(
        self,
        text: str = "",
        *,
        counted: bool = False,
        style: str | None = None,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
        align=None,
    ):
        paragraph = self.doc.add_paragraph(style=style)
        if text:
            run = paragraph.add_run(text)
            run.bold = bold or None
            run.italic = italic or None
            if size:
                run.font.size = Pt(size)
        if align is not None:
            paragraph.alignment = align
        if counted and self.part:
            self.words[self.part] += count(text)
        self.running += count(text) + 4
        return paragraph

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self.running = (int(self.running / self.words_per_page) + 1) * self.words_per_page

    def body(self, text: str) -> None:
        """A counted paragraph of the current part; sometimes with a footnote mark against a word."""
        if self.look.footnotes and self.part and self.rng.random() < 0.12:
            ends = [i + 1 for i, char in enumerate(text[:-1]) if char in ".”" and text[i + 1] == " "]
            cut = self.rng.choice(ends) if ends and self.rng.random() < 0.7 else len(text)
            head, tail = text[:cut], text[cut:].lstrip(" ")
            paragraph = self.para(head, counted=False)
            self.footnotes.append(self.rng.choice(FOOTNOTES))
            paragraph._p.append(
                parse_xml(
                    f'<w:r {NSDECL}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{len(self.footnotes)}"/></w:r>'
                )
            )
            if tail:
                paragraph.add_run(" " + tail)
            if self.part:
                self.words[self.part] += count(text)
            return
        self.para(text, counted=True)

    def heading(self, text: str, level: int, *, numbered: bool = False, listed: str | None = None) -> None:
        """A heading; level 1 task or front/back matter, 2 part, 3 sub-heading. ``listed`` is the contents text."""
        look = self.look
        if look.headings in ("styles", "auto"):
            paragraph = self.doc.add_paragraph(text, style=f"Heading {level}")
            if numbered:
                paragraph._p.get_or_add_pPr().append(
                    parse_xml(
                        f'<w:numPr {NSDECL}><w:ilvl w:val="{level - 1}"/>'
                        f'<w:numId w:val="{self.heading_num}"/></w:numPr>'
                    )
                )
        else:
            size = {1: look.size + 4, 2: look.size + 1.5, 3: look.size}[level]
            centred = look.label == "two_line" and level < 3
            paragraph = self.para(
                text, bold=level < 3, italic=level == 3, size=size, align=WD_ALIGN_PARAGRAPH.CENTER if centred else None
            )
            if centred and level == 2:
                paragraph.runs[0].underline = True
            paragraph.paragraph_format.space_before = Pt(12 if level < 3 else 6)
            paragraph.paragraph_format.space_after = Pt(6)
            paragraph.paragraph_format.keep_with_next = True
            if look.label == "caps" and level < 3 and look.colour is None:
                paragraph.runs[0].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        self.running += 20
        if level < 3:
            self.toc.append((level, listed if listed is not None else text, self.running))

    # --- automatic numbering for headings and lists -----------------------------------------------------------
    def _numbering(self) -> None:
        numbering = self.doc.part.numbering_part.element
        abstract = parse_xml(
            f'<w:abstractNum {NSDECL} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Task %1"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
            "<w:rPr><w:b/></w:rPr></w:lvl>"
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1(%2)"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
            "</w:abstractNum>"
        )
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(parse_xml(f'<w:num {NSDECL} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
        self.heading_num = 90

    # --- front matter --------------------------------------------------------------------------------------------
    def cover(self) -> None:
        v = self.w.values
        self.para("", size=12)
        self.para(
            "CIM Level 6 Digital Diploma in Professional Marketing",
            bold=True,
            size=self.look.size + 4,
            align=WD_ALIGN_PARAGRAPH.CENTER,
        )
        self.para(
            "Mastering Digital Channels (2206)", bold=True, size=self.look.size + 8, align=WD_ALIGN_PARAGRAPH.CENTER
        )
        self.para("Assignment: July 2019", size=self.look.size + 2, align=WD_ALIGN_PARAGRAPH.CENTER)
        self.para(
            f"Personalisation in digital channels at {v['org']}",
            italic=True,
            size=self.look.size + 3,
            align=WD_ALIGN_PARAGRAPH.CENTER,
        )
        self.para("")
        details = [
            ("Candidate number", self.w.candidate),
            ("Centre", self.w.centre),
            ("Submission date", f"{self.rng.randint(1, 28)} {self.rng.choice(['June', 'July'])} 2019"),
            ("Word count", "see the word-count table"),
        ]
        if self.look.name in ("part_letter_colon_large", "caps_task_one_sections"):
            table = self.doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for key, value in details:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = key, value
                cells[0].paragraphs[0].runs[0].bold = True
        else:
            for key, value in details:
                self.para(f"{key}: {value}", align=WD_ALIGN_PARAGRAPH.CENTER)

    def declaration(self) -> None:
        title = self.rng.choice(["Declaration of authorship", "Declaration", "Statement of authenticity"])
        self.heading(title, 1, listed=None)
        self.toc.pop()  # the declaration is not listed in the contents
        self.para(
            "I declare that this assignment is my own work and that all sources used have been acknowledged "
            "in the reference list. I have not submitted this work for any other qualification, and I "
            "understand that CIM may check it for plagiarism."
        )
        self.para(
            "I confirm that the organisation information used is accurate to the best of my knowledge and "
            "that I have permission to use it."
        )
        self.para("")
        self.para(f"Signed: {self.w.author}", italic=True)
        self.para(f"Candidate number: {self.w.candidate}")
        self.para(f"Date: {self.rng.randint(1, 28)}/0{self.rng.randint(6, 7)}/2019")

    def placeholder(self):
        return self.doc.add_paragraph()._p

    def word_table(self, anchor) -> None:
        heading = self.doc.add_paragraph("Word count", style="Heading 1" if self.look.headings != "bold" else None)
        if self.look.headings == "bold":
            heading.runs[0].bold = True
            heading.runs[0].font.size = Pt(self.look.size + 4)
        rows = [("Section", "Words", "Limit")]
        rows.append(("Task 1 (a) Organisation overview", "One side of A4", "One side of A4"))
        total = 0
        for group, label, limit in (
            ("task1-bc", "Task 1 (b) and (c)", "1,500"),
            ("task2-ab", "Task 2 (a) and (b)", "1,750"),
            ("task3-ab", "Task 3 (a) and (b)", "1,500"),
        ):
            words = sum(self.words[p] for p in LIMIT_GROUPS[group])
            if self.rng.random() < 0.4:
                words = round(words, -1)
            total += words
            rows.append((label, f"{words:,}", limit))
        rows.append(("Total (excluding the overview, references and appendices)", f"{total:,}", "4,750"))
        table = self.doc.add_table(rows=0, cols=3)
        table.style = "Table Grid"
        for row in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = value
        for cell in table.rows[0].cells:
            cell.paragraphs[0].runs[0].bold = True
        anchor.addprevious(heading._p)
        anchor.addprevious(table._tbl)

    def contents(self, anchor, lof_anchor) -> None:
        """The contents page and the list of figures, written once the body is known, before ``anchor``."""
        look = self.look
        first = self.doc.sections[0]
        width = first.page_width - first.left_margin - first.right_margin

        def page_of(running: float) -> int:
            return int(running / self.words_per_page) + 1

        entries = [(level, text, page_of(running)) for level, text, running in self.toc]
        figure_entries = [(0, text, page_of(running)) for text, running in self.figures]
        for target, items, title in ((anchor, entries, "Contents"), (lof_anchor, figure_entries, "List of figures")):
            heading_style = "TOC Heading" if look.toc == "field" else None
            head = self.doc.add_paragraph(
                title if not (look.label == "caps" and title == "Contents") else "CONTENTS", style=heading_style
            )
            if heading_style is None:
                head.runs[0].bold = True
                head.runs[0].font.size = Pt(look.size + 4)
            else:
                head.runs[0].font.size = Pt(look.size + 5)
            target.addprevious(head._p)
            paragraphs = []
            for level, text, page in items:
                style = "Table of Figures" if title != "Contents" else f"TOC {max(1, level)}"
                if look.toc != "field":  # typed by hand: Normal paragraphs, indented with the ruler
                    style = None
                paragraph = self.doc.add_paragraph(style=style)
                if style is None:
                    paragraph.paragraph_format.space_after = Pt(2)
                    if level == 2:
                        paragraph.paragraph_format.left_indent = Cm(0.75)
                if look.toc == "dots":
                    dots = "." * max(3, 70 - len(text) - 4 * level)
                    paragraph.add_run(f"{text} {dots} {page}")
                else:
                    paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                    paragraph.add_run(text)
                    paragraph.add_run().add_tab()
                    paragraph.add_run(str(page))
                paragraphs.append(paragraph)
                target.addprevious(paragraph._p)
            if look.toc == "field" and paragraphs:
                instr = ' TOC \\o "1-2" \\h \\z \\u ' if title == "Contents" else ' TOC \\h \\z \\c "Figure" '
                paragraphs[0]._p.insert(
                    1 if paragraphs[0]._p.pPr is not None else 0,
                    parse_xml(f'<w:r {NSDECL}><w:fldChar w:fldCharType="begin"/></w:r>'),
                )
                begin = paragraphs[0]._p.find(qn("w:r"))
                begin.addnext(parse_xml(f'<w:r {NSDECL}><w:instrText xml:space="preserve">{instr}</w:instrText></w:r>'))
                begin.getnext().addnext(parse_xml(f'<w:r {NSDECL}><w:fldChar w:fldCharType="separate"/></w:r>'))
                paragraphs[-1]._p.append(parse_xml(f'<w:r {NSDECL}><w:fldChar w:fldCharType="end"/></w:r>'))
        anchor.getparent().remove(anchor)
        lof_anchor.getparent().remove(lof_anchor)

    def exec_and_intro(self) -> None:
        title = self.rng.choice(["Executive summary", "Executive Summary", "EXECUTIVE SUMMARY"])
        self.heading(title if self.look.label != "caps" else title.upper(), 1)
        for _ in range(self.rng.randint(2, 3)):
            self.para(" ".join(self.w.sentence("front") for _ in range(self.rng.randint(2, 3))))
        self.heading("Introduction" if self.look.label != "caps" else "INTRODUCTION", 1)
        v = self.w.values
        self.para(
            f"This report has been prepared for the senior management team of {v['org']} ({v['sector']}). "
            "It follows the structure of the CIM 2206 assignment brief: Task 1 appraises developments in "
            "personalisation, Task 2 sets out an action plan and Task 3 considers implementation and risk."
        )
        self.para(
            f"The report draws on published research, the author's own experience as a customer and data held "
            f"by {v['org']}. Supporting material is given in the appendices."
        )

    # --- headings of tasks and parts ----------------------------------------------------------------------------
    def task_heading(self, task: str) -> None:
        look = self.look
        name = TASK_NAMES[task]
        if look.label == "caps":
            text = f"TASK {ORDINALS[task]} – {name.upper()}"
        elif look.label == "auto":
            self.heading(name, 1, numbered=True, listed=f"Task {task} {name}")
            return
        elif look.label == "decimal":
            text = f"{task}. Task {task}: {name}"
        elif look.label == "part_letter":
            text = f"Task {task}: {name}"
        elif look.label == "two_line":
            text = f"TASK {task}"
        else:
            text = f"Task {task} – {name}" if self.with_title else f"Task {task}"
        self.heading(text, 1)

    def part_heading(self, part: str) -> None:
        look = self.look
        task, letter = part[0], part[1]
        title = PART_TITLES[part]
        listed = None
        level = 2
        if look.label == "paren_title":
            text = f"Task {task} ({letter}): {title}"
        elif look.label == "comma_part":
            text = f"Task {task}, Part ({letter})" + (f" – {title}" if self.with_title else "")
        elif look.label == "decimal":
            text = f"{task}.{letter} {title}" if self.with_title else f"{task}.{letter}"
        elif look.label == "caps":
            text = f"TASK {ORDINALS[task]} ({letter})" + (f" – {title.upper()}" if self.with_title else "")
        elif look.label == "part_letter":
            text = f"Task {task} Part {letter.upper()}:" + (f" {title}" if self.with_title else "")
        elif look.label == "auto":
            text = title
            listed = f"{task}({letter}) {title}"
        else:  # two_line: the part's label, then its title as a second, smaller line
            text = f"Task {task} ({letter})"
        self.part = None
        if look.label == "auto":
            self.heading(text, level, numbered=True, listed=listed)
        else:
            self.heading(text, level, listed=listed if look.label != "two_line" else f"{text} {title}")
        if look.label == "two_line":
            self.para(
                title, italic=True, size=look.size + 1, align=WD_ALIGN_PARAGRAPH.CENTER
            ).paragraph_format.keep_with_next = True
        self.headings[part] = text
        self.part = part

    def subheading(self, text: str) -> None:
        if self.look.label == "caps":
            small = {"of", "and", "for", "the", "a"}
            text = " ".join(w if w in small else w[:1].upper() + w[1:] for w in text.split(" "))
        if self.look.headings == "bold":
            paragraph = self.para(text, bold=self.look.label != "two_line", italic=True, size=self.look.size)
            paragraph.paragraph_format.keep_with_next = True
            self.running += 10
        else:
            self.heading(text, 3)

    # --- extras inside parts ------------------------------------------------------------------------------------
    def figure(self, part: str) -> None:
        title = FIGURES[part]
        rng = self.rng
        image = Image.new("RGB", (640, 300), "white")
        draw = ImageDraw.Draw(image)
        bars = [rng.randint(30, 230) for _ in range(rng.randint(4, 6))]
        for i, height in enumerate(bars):
            draw.rectangle((40 + i * 95, 270 - height, 100 + i * 95, 270), fill=(60, 90 + 20 * i, 160))
        draw.line((30, 270, 620, 270), fill="black", width=2)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        self.doc.add_picture(buffer, width=Cm(11))
        self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        number = len(self.figures) + 1
        self.running += 180
        self.figures.append((f"Figure {number}: {title}", self.running))
        self.para(
            f"Figure {number}: {title} (source: {self.w.values['org']} data, 2019)",
            style="Caption",
            align=WD_ALIGN_PARAGRAPH.CENTER,
        )

    def table(self, part: str) -> None:
        rng = self.rng
        v = self.w.values
        if part == "2a":
            rows = [("Stage", "Channel", "Action", "Metric", "Owner")]
            for stage in ("Awareness", "Consideration", "Purchase", "Loyalty"):
                channel = rng.choice((v["ch1"], v["ch2"]))
                rows.append(
                    (
                        stage,
                        channel,
                        rng.choice(BULLETS["2a"]),
                        f"{rng.randint(2, 30)}% uplift",
                        rng.choice(("Digital manager", "CRM executive", "Agency", "Content lead")),
                    )
                )
        elif part == "3b":
            rows = [("Risk", "Likelihood", "Impact", "Mitigation")]
            for risk in ("Legal non-compliance", "Intrusive personalisation", "Automation errors"):
                rows.append(
                    (
                        risk,
                        rng.choice(("Low", "Medium", "High")),
                        rng.choice(("Medium", "High")),
                        rng.choice(BULLETS["3b"]),
                    )
                )
        else:
            rows = [("Example", "Practice", "Why")]
            for brand, kind in (("Spotify", "Good"), ("Boots", "Good"), ("A fashion retailer", "Bad")):
                rows.append(
                    (
                        brand,
                        kind,
                        rng.choice(
                            ("Relevant and timely", "Uses purchase data", "Repeats a bought item", "Wrong name used")
                        ),
                    )
                )
        table = self.doc.add_table(rows=0, cols=len(rows[0]))
        table.style = "Table Grid"
        for row in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = value
        for cell in table.rows[0].cells:
            cell.paragraphs[0].runs[0].bold = True
        self.running += 25 * len(rows)
        label = {"2a": "Action plan summary", "3b": "Risk assessment"}.get(part, "Good and bad practice")
        self.para(f"Table {rng.randint(1, 3)}: {label}", style="Caption")

    def textbox(self, anchor_paragraph, text: str) -> None:
        self.shapes += 1
        emu_w, emu_h = 2_300_000, 1_100_000
        xml = (
            f'<w:r {NSDECL}><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" '
            f'simplePos="0" relativeHeight="{251659264 + self.shapes}" behindDoc="0" locked="0" layoutInCell="1" '
            'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{emu_w}" cy="{emu_h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:wrapSquare wrapText="bothSides"/>'
            f'<wp:docPr id="{500 + self.shapes}" name="Text Box {self.shapes}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
            f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EAF1FB"/></a:solidFill>'
            '<a:ln w="9525"><a:solidFill><a:srgbClr val="4F81BD"/></a:solidFill></a:ln></wps:spPr>'
            "<wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Key point</w:t></w:r></w:p>"
            f"<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx>"
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
            'anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
        )
        anchor_paragraph._p.insert(1 if anchor_paragraph._p.pPr is not None else 0, parse_xml(xml))

    def bullets(self, part: str) -> None:
        items = list(BULLETS[part])
        self.rng.shuffle(items)
        items = items[: self.rng.randint(3, len(items))]
        for number, item in enumerate(items, 1):
            text = item + self.rng.choice((".", "", ";"))
            if self.look.bullets == "typed":
                self.para(f"{number}. {text}", counted=True).paragraph_format.left_indent = Cm(0.8)
            else:
                self.para(text, counted=True, style="List Bullet" if self.look.bullets == "auto" else "List Number")

    # --- a part's body ------------------------------------------------------------------------------------------
    def write_part(self, part: str, target: int) -> None:
        rng = self.rng
        subheads = list(SUBHEADS[part])
        use_subheads = part == "1a" or rng.random() < 0.6
        n_sections = len(subheads) if use_subheads else 1
        extras = []
        if part in FIGURES and (rng.random() < 0.6 or (part == "3a" and not self.figures)):
            extras.append("figure")
        if part in ("2a", "3b", "1c") and rng.random() < 0.6:
            extras.append("table")
        if part in BULLETS and rng.random() < 0.6:
            extras.append("bullets")
        if self.look.textbox and part in ("1b", "2b", "3a"):
            extras.append("textbox")
        slots = {extra: rng.randrange(n_sections) for extra in extras}
        for section in range(n_sections):
            if use_subheads:
                self.subheading(subheads[section])
            if part == "1a" and section == 0:
                v = self.w.values
                article = "an" if v["sector"][0] in "aeiou" else "a"
                self.body(f"The organisation chosen for this report is {v['org']}, {article} {v['sector']} in the UK.")
            share = target * (section + 1) // n_sections
            first = True
            while True:
                budget = share - self.words[part]
                paragraph_target = rng.randint(55, 120)
                sentences: list[str] = []
                while sum(count(s) for s in sentences) < paragraph_target:
                    sentence = self.w.sentence(part)
                    if sum(count(s) for s in sentences) + count(sentence) > budget:
                        break
                    sentences.append(sentence)
                if not sentences:
                    break
                self.body(" ".join(sentences))
                paragraph = self.doc.paragraphs[-1]
                if first:
                    for extra, slot in slots.items():
                        if slot != section:
                            continue
                        if extra == "figure":
                            self.figure(part)
                        elif extra == "table":
                            self.table(part)
                        elif extra == "bullets":
                            self.bullets(part)
                        elif extra == "textbox":
                            self.textbox(paragraph, rng.choice(QUOTES).capitalize() + ".")
                first = False
                if budget - count(" ".join(sentences)) < 12:
                    break

    # --- header, footer, footnotes ---------------------------------------------------------------------------
    def _field(self, paragraph, instr: str, shown: str) -> None:
        paragraph._p.append(
            parse_xml(
                f'<w:fldSimple {NSDECL} w:instr=" {instr} \\* MERGEFORMAT"><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>'
            )
        )

    def header_footer(self) -> None:
        look = self.look
        for number, section in enumerate(self.doc.sections):
            section.different_first_page_header_footer = number == 0
            if number > 0:
                continue
            header = section.header.paragraphs[0]
            header.text = self.rng.choice(
                [
                    f"Candidate number: {self.w.candidate}",
                    f"CIM 2206 Mastering Digital Channels – Candidate {self.w.candidate}",
                    f"{self.w.candidate}",
                ]
            )
            header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            footer = section.footer.paragraphs[0]
            footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if look.footer == "page_of":
                footer.add_run("Page ")
                self._field(footer, "PAGE", "1")
                footer.add_run(" of ")
                self._field(footer, "NUMPAGES", "1")
            else:
                self._field(footer, "PAGE", "1")
        if look.sections:
            if look.footer == "roman_then_arabic":
                for section in self.doc.sections[:2]:
                    _put_pgnum(section._sectPr, parse_xml(f'<w:pgNumType {NSDECL} w:fmt="lowerRoman"/>'))
            _put_pgnum(self.doc.sections[2]._sectPr, parse_xml(f'<w:pgNumType {NSDECL} w:fmt="decimal" w:start="1"/>'))

    def footnote_part(self) -> None:
        if not self.footnotes:
            return
        notes = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for number, text in enumerate(self.footnotes, 1):
            notes.append(
                f'<w:footnote w:id="{number}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r>'
                "</w:p></w:footnote>"
            )
        blob = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
            + "".join(notes)
            + "</w:footnotes>"
        ).encode()
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            blob,
            self.doc.part.package,
        )
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    # --- back matter ---------------------------------------------------------------------------------------------
    def back_matter(self) -> None:
        look = self.look
        self.part = None
        self.page_break()
        ref_title = self.rng.choice(["References", "Reference list", "Reference List"])
        self.heading(ref_title.upper() if look.label == "caps" else ref_title, 1)
        for cite in sorted(self.w.cited):
            paragraph = self.para(CITES[cite])
            paragraph.paragraph_format.left_indent = Cm(1)
            paragraph.paragraph_format.first_line_indent = Cm(-1)
        self.heading("BIBLIOGRAPHY" if look.label == "caps" else "Bibliography", 1)
        for entry in BIBLIOGRAPHY:
            paragraph = self.para(entry)
            paragraph.paragraph_format.left_indent = Cm(1)
            paragraph.paragraph_format.first_line_indent = Cm(-1)
        if look.sections:
            section = self.doc.add_section(WD_SECTION.NEW_PAGE)
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        else:
            self.page_break()
        if look.appendix == "letter":
            titles = [
                "Appendix A – Task 1 data",
                "Appendix B – Task 2 (a) action plan in full",
                "Appendix C – Task 3 (b) risk register",
            ]
        else:
            titles = [
                "Appendix 1: Task 1 (c) customer survey",
                "Appendix 2: Task 2 (b) plan",
                "Appendix 3: Task 3 (a) implementation timeline",
            ]
        if look.label == "caps":
            titles = [re.sub(r"\(([A-C])\)", lambda m: f"({m.group(1).lower()})", t.upper()) for t in titles]
        v = self.w.values
        for number, title in enumerate(titles):
            self.heading(title, 1)
            self.para(
                f"The table below gives supporting detail for the main report. Data were supplied by {v['org']} "
                "and are used with permission."
            )
            part = ("2a", "3b", "1c")[number]
            self.table(part)
            self.para(" ".join(self.w.sentence("front") for _ in range(2)))

    # --- the whole report ---------------------------------------------------------------------------------------
    def build(self) -> tuple[bytes, Truth]:
        look = self.look
        rng = self.rng
        if look.headings == "auto":
            self._numbering()
        self.cover()
        if look.sections:
            self.doc.add_section(WD_SECTION.NEW_PAGE)
        else:
            self.page_break()
        self.declaration()
        self.page_break()
        contents_anchor = self.placeholder()
        self.page_break()
        lof_anchor = self.placeholder()
        wc_anchor = self.placeholder()
        if look.sections:
            self.doc.add_section(WD_SECTION.NEW_PAGE)
            self.running = 0.0
        else:
            self.page_break()
        self.exec_and_intro()
        self.page_break()
        targets = self._targets()
        for task, parts in (("1", ("1a", "1b", "1c")), ("2", ("2a", "2b")), ("3", ("3a", "3b"))):
            self.task_heading(task)
            for part in parts:
                self.part_heading(part)
                self.write_part(part, targets[part])
                if part == "1a" and rng.random() < 0.5:
                    self.page_break()
            if look.wc_line:
                group = next(g for g, members in LIMIT_GROUPS.items() if task in members[0][0])
                claimed = sum(self.words[p] for p in LIMIT_GROUPS[group])
                self.para(f"Word count: {claimed:,}", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
            if task != "3" and rng.random() < 0.6:
                self.page_break()
        self.back_matter()
        self.contents(contents_anchor, lof_anchor)
        self.word_table(wc_anchor)
        wc_anchor.getparent().remove(wc_anchor)
        self.header_footer()
        self.footnote_part()
        buffer = io.BytesIO()
        self.doc.core_properties.author = self.w.author
        self.doc.core_properties.title = "CIM 2206 Mastering Digital Channels"
        self.doc.core_properties.created = datetime.datetime(2019, 7, 1, 9, 0)
        self.doc.save(buffer)
        groups = {group: sum(self.words[p] for p in members) for group, members in LIMIT_GROUPS.items()}
        truth = Truth(
            name="",
            seed=self.index,
            layout=look.name,
            split="",
            part_words=dict(self.words),
            group_words=groups,
            words_all=sum(self.words.values()),
            headings=dict(self.headings),
        )
        return buffer.getvalue(), truth

    def _targets(self) -> dict[str, int]:
        rng = self.rng
        targets = {"1a": rng.randint(int(self.look.max_1a * 0.6), self.look.max_1a)}
        for group, limit in (("task1-bc", 1500), ("task2-ab", 1750), ("task3-ab", 1500)):
            scenario = rng.choices(("near", "over", "under"), weights=(5, 3, 2))[0]
            factor = {"near": rng.uniform(0.9, 1.0), "over": rng.uniform(1.02, 1.11), "under": rng.uniform(0.55, 0.8)}[
                scenario
            ]
            total = int(limit * factor)
            first, second = LIMIT_GROUPS[group]
            targets[first] = int(total * rng.uniform(0.42, 0.58))
            targets[second] = total - targets[first]
        return targets


def _put_pgnum(sect_pr, element) -> None:
    """Put w:pgNumType where the schema wants it: before cols, titlePg, docGrid and the rest."""
    later = ("cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid")
    for child in sect_pr:
        if child.tag in {qn(f"w:{name}") for name in later}:
            child.addprevious(element)
            return
    sect_pr.append(element)


def build(index: int) -> tuple[bytes, Truth]:
    """Report ``index`` of the pool as DOCX bytes and its truth, counted as it was written."""
    return Report(index).build()
