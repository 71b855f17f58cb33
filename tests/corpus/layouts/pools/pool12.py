"""pool12: CIM 2206 reports that use Word's page layout fully.

Written from ``tests/corpus/layouts/POOL_BRIEF.md``-style instructions by a hand that has not read marker's readers.
Every report answers the 2206 brief (Task 1 (a)-(c), Task 2 (a)-(b), Task 3 (a)-(b)) and carries some of:
cover and contents in a section of their own, next-page and continuous section breaks, a landscape section for a
wide plan table, a two-column section for part of an answer, a different first-page header, odd and even
headers, footnotes and endnotes, pull quotes and sidebars in text boxes, drop caps and page borders.

Truth is counted while the text is written: a part's words are its body paragraphs and list items (citations
included), never its headings, sub-headings, tables, captions, text boxes, notes, headers or footers, the
cover, the contents, word-count lines, the reference list or the appendix.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, Truth, count

DESCRIPTION = (
    "Reports using Word's page layout fully: cover and contents sections, next-page and continuous section "
    "breaks, landscape sections holding a wide plan table, two-column sections, different first-page and "
    "odd/even headers, footnotes and endnotes, pull quotes and sidebars in text boxes, drop caps, page borders"
)
REPORTS = 28

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    f'xmlns:w="{W_NS}" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


@dataclass(frozen=True)
class Layout:
    name: str
    fonts: tuple[str, ...]
    sizes: tuple[float, ...]
    spacings: tuple[float, ...]
    margins_cm: tuple[float, ...]
    heading_mode: str
    cover_section: bool = False  # cover (and contents) in a section of their own, next-page break to the body
    contents: bool = False
    title_block: bool = False  # no cover page: a title block on page 1
    first_page_header: bool = False
    odd_even: bool = False
    landscape_part: str | None = None
    two_column_part: str | None = None
    footnotes: bool = False
    endnotes: bool = False
    pull_quote_part: str | None = None
    sidebar_part: str | None = None
    drop_caps: bool = False
    page_border: str | None = None
    task_sections: bool = False  # each task starts a next-page section with its own header
    word_count_lines: bool = False
    appendix: bool = False
    colour: str = "1F4E79"


LAYOUTS = (
    Layout(
        "sections_heading2_landscape_plan",
        fonts=("Calibri", "Calibri Light"),
        sizes=(11, 11.5),
        spacings=(1.15, 1.08),
        margins_cm=(2.54, 2.5),
        heading_mode="heading2",
        cover_section=True,
        contents=True,
        first_page_header=True,
        landscape_part="2a",
        footnotes=True,
        word_count_lines=True,
        colour="2E74B5",
    ),
    Layout(
        "shaded_bands_two_columns",
        fonts=("Arial", "Segoe UI"),
        sizes=(10.5, 11),
        spacings=(1.0, 1.1),
        margins_cm=(2.0, 1.9),
        heading_mode="band",
        title_block=True,
        first_page_header=True,
        two_column_part="1b",
        pull_quote_part="2b",
        endnotes=True,
        colour="00806F",
    ),
    Layout(
        "task_banners_drop_caps_border",
        fonts=("Georgia", "Cambria"),
        sizes=(12, 11.5),
        spacings=(1.5, 1.4),
        margins_cm=(2.5, 2.2),
        heading_mode="banner",
        first_page_header=True,
        footnotes=True,
        sidebar_part="1a",
        drop_caps=True,
        page_border="single",
        colour="1F3864",
    ),
    Layout(
        "bordered_letters_odd_even",
        fonts=("Times New Roman",),
        sizes=(12,),
        spacings=(2.0, 1.5),
        margins_cm=(2.54, 3.17),
        heading_mode="border_letter",
        cover_section=True,
        contents=True,
        odd_even=True,
        landscape_part="3a",
        footnotes=True,
        endnotes=True,
        sidebar_part="3a",
        word_count_lines=True,
        appendix=True,
        colour="000000",
    ),
    Layout(
        "small_caps_mirrored_columns",
        fonts=("Garamond", "Book Antiqua"),
        sizes=(13, 12.5),
        spacings=(1.3, 1.2),
        margins_cm=(2.3, 2.0),
        heading_mode="smallcaps",
        cover_section=True,
        first_page_header=True,
        odd_even=True,
        two_column_part="3b",
        pull_quote_part="1c",
        drop_caps=True,
        endnotes=True,
        colour="7B2C3B",
    ),
    Layout(
        "task_sections_magazine",
        fonts=("Cambria", "Constantia"),
        sizes=(11, 10.5),
        spacings=(1.15, 1.0),
        margins_cm=(2.2, 1.8),
        heading_mode="magazine",
        title_block=True,
        task_sections=True,
        landscape_part="2a",
        two_column_part="2b",
        pull_quote_part="1b",
        sidebar_part="3a",
        footnotes=True,
        page_border="double",
        colour="C55A11",
    ),
    Layout(
        "large_print_numbered_sections",
        fonts=("Arial", "Verdana"),
        sizes=(14, 13),
        spacings=(1.5, 1.15),
        margins_cm=(2.54, 2.0),
        heading_mode="numbered",
        cover_section=True,
        contents=True,
        first_page_header=True,
        landscape_part="3a",
        two_column_part="1c",
        footnotes=True,
        endnotes=True,
        page_border="single",
        word_count_lines=True,
        colour="385623",
    ),
)

# --- text --------------------------------------------------------------------------------------------------------
REFERENCES = {
    "cee": (
        "(Chaffey and Ellis-Chadwick, 2019)",
        "Chaffey and Ellis-Chadwick (2019)",
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson.",
    ),
    "cs": (
        "(Chaffey and Smith, 2017)",
        "Chaffey and Smith (2017)",
        "Chaffey, D. and Smith, P.R. (2017) Digital marketing excellence. 5th edn. Abingdon: Routledge.",
    ),
    "king": (
        "(Kingsnorth, 2019)",
        "Kingsnorth (2019)",
        "Kingsnorth, S. (2019) Digital marketing strategy: an integrated approach to online marketing. "
        "2nd edn. London: Kogan Page.",
    ),
    "ryan": (
        "(Ryan, 2016)",
        "Ryan (2016)",
        "Ryan, D. (2016) Understanding digital marketing. 4th edn. London: Kogan Page.",
    ),
    "hanlon": (
        "(Hanlon, 2019)",
        "Hanlon (2019)",
        "Hanlon, A. (2019) Digital marketing: strategic planning and integration. London: Sage.",
    ),
    "econ": (
        "(Econsultancy, 2019)",
        "Econsultancy (2019)",
        "Econsultancy (2019) Personalisation: the state of the industry. London: Econsultancy.",
    ),
    "acc": (
        "(Accenture, 2018)",
        "Accenture (2018)",
        "Accenture (2018) Making it personal: pulse check 2018. Dublin: Accenture Interactive.",
    ),
    "sf": (
        "(Salesforce, 2019)",
        "Salesforce (2019)",
        "Salesforce (2019) State of the connected customer. 3rd edn. San Francisco: Salesforce Research.",
    ),
    "ico": (
        "(ICO, 2018)",
        "The ICO (2018)",
        "Information Commissioner's Office (2018) Guide to the General Data Protection Regulation (GDPR). "
        "Wilmslow: ICO.",
    ),
    "kotler": (
        "(Kotler, Kartajaya and Setiawan, 2017)",
        "Kotler, Kartajaya and Setiawan (2017)",
        "Kotler, P., Kartajaya, H. and Setiawan, I. (2017) Marketing 4.0: moving from traditional to digital. "
        "Hoboken: Wiley.",
    ),
    "lemon": (
        "(Lemon and Verhoef, 2016)",
        "Lemon and Verhoef (2016)",
        "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience throughout the customer "
        "journey', Journal of Marketing, 80(6), pp. 69-96.",
    ),
    "gartner": (
        "(Gartner, 2019)",
        "Gartner (2019)",
        "Gartner (2019) Gartner survey finds 63% of digital marketing leaders struggle with personalization. "
        "Stamford: Gartner.",
    ),
    "boudet": (
        "(Boudet et al., 2019)",
        "Boudet et al. (2019)",
        "Boudet, J., Gregg, B., Rathje, K. and Stein, E. (2019) The future of personalization and how to get "
        "ready for it. New York: McKinsey & Company.",
    ),
    "sz": (
        "(Smith and Zook, 2016)",
        "Smith and Zook (2016)",
        "Smith, P.R. and Zook, Z. (2016) Marketing communications: offline and online integration, engagement "
        "and analytics. 6th edn. London: Kogan Page.",
    ),
    "deloitte": (
        "(Deloitte, 2018)",
        "Deloitte (2018)",
        "Deloitte (2018) The Deloitte consumer review. Made-to-order: the rise of mass personalisation. "
        "London: Deloitte.",
    ),
    "epsilon": (
        "(Epsilon, 2018)",
        "Epsilon (2018)",
        "Epsilon (2018) The power of me: the impact of personalization on marketing performance. Irving, TX: Epsilon.",
    ),
}

SECTORS = (
    ("online fashion retailer", "clothing, footwear and accessories", "ASOS", "Boohoo"),
    ("garden centre chain", "plants, outdoor furniture and garden cafés", "Dobbies", "Wyevale"),
    ("regional building society", "mortgages, savings accounts and insurance", "Nationwide", "Yorkshire"),
    ("independent travel agency", "tailor-made holidays, city breaks and cruises", "Trailfinders", "Kuoni"),
    ("craft brewery", "bottled and canned beers, a beer club and two taprooms", "BrewDog", "Beavertown"),
    ("gym and fitness club group", "memberships, personal training and online classes", "PureGym", "The Gym"),
    ("furniture retailer", "sofas, beds and home accessories", "DFS", "Made.com"),
    ("pet supplies retailer", "pet food, accessories and grooming services", "Pets at Home", "Zooplus"),
    ("cosmetics brand", "skincare, make-up and subscription boxes", "The Body Shop", "Lush"),
    ("cinema chain", "film tickets, food and drink and a membership scheme", "Odeon", "Vue"),
)
SEGMENTS = (
    "young urban professionals aged 25 to 34",
    "busy parents with children under ten",
    "retired customers over 65",
    "university students",
    "first-time buyers",
    "lapsed loyalty-card members",
)
CHANNELS = (("email", "the mobile app"), ("the website", "email"), ("social media", "the website"))

S_1A_INFO = (
    "{org} is a {sector} founded in {founded} and based in {city}, employing around {staff} people.",
    "It sells {products} through {stores} stores, a transactional website and a mobile app.",
    "Annual turnover was £{turnover} million in {year}, of which {pct}% came from digital channels.",
    "Its main competitors are {rival1}, {rival2} and a growing number of online-only challengers.",
    "The business is privately owned and is classed as a medium-sized enterprise.",
    "{org} has grown steadily since {founded}, largely through word of mouth and a loyal local following.",
)
S_1A_BACK = (
    "The customer base is {pct}% female and the largest age band is 35 to 54, with most customers living "
    "within an hour of a store.",
    "Around {members} customers belong to the loyalty scheme, which gives the firm its richest first-party data.",
    "Repeat customers generate {pct2}% of revenue, but the average customer buys only {visits} times a year.",
    "Personalisation is at an early stage of maturity: emails address customers by first name, but offers "
    "are the same for everyone.",
    "Using the maturity model of {Cite}, {org} sits at the second of five stages, with segmented but not "
    "individual communication.",
    "Website content is not yet personalised, and data from the stores, the app and the website sit in "
    "separate systems.",
    "The marketing team of {team} people has started to use a customer data platform, but it is not yet "
    "connected to the email tool.",
    "Senior managers see personalisation as a priority for the next three years, as stated in the {year} strategy.",
)
S_1B = (
    "Personalisation in digital channels ranges from basic approaches, such as using a customer's name, to "
    "advanced approaches that predict needs from behaviour in real time {cite}.",
    "{Cite} argue that personalisation is now expected rather than a source of delight, so standing still "
    "carries a strategic cost for {org}.",
    "Rule-based personalisation, where marketers set if-then rules for segments, is the current norm for "
    "mid-sized firms and suits {org}'s present data.",
    "Algorithmic recommendations, as used by Amazon and Netflix, rely on collaborative filtering and large "
    "volumes of behavioural data {cite}.",
    "A clear advantage is relevance: {pct}% of consumers say they are more likely to buy from brands that "
    "recognise them and remember their preferences {cite}.",
    "However, the cost of the technology and the skills needed to run it are significant for a business of "
    "{org}'s size.",
    "Future developments include artificial intelligence that personalises whole journeys rather than single "
    "messages, and voice assistants that answer in context {cite}.",
    "The loss of third-party cookies will push organisations towards first-party data and value exchanges "
    "that customers understand {cite}.",
    "Contextual personalisation using location, weather and time of day is a middle step that needs little "
    "personal data.",
    "{Cite} warn that many firms overestimate their personalisation maturity and underestimate the data "
    "quality work involved.",
    "For {org}, the strategic decision is therefore whether to build capability in-house or buy a platform "
    "with personalisation built in.",
    "Gartner predicts that by 2025 many marketers will abandon personalisation because of a lack of return, "
    "which argues for careful, staged investment {cite}.",
    "Real-time personalisation on the website would let {org} change banners and product order for each "
    "visitor within milliseconds.",
    "Privacy concerns are growing, and {Cite} found that {pct2}% of customers feel uneasy when a brand appears "
    "to know too much.",
    "A balanced appraisal suggests that {org} should master segment-level personalisation before moving to "
    "one-to-one prediction.",
    "Chatbots that draw on order history are a near-term development that could reduce contact-centre costs "
    "while personalising service {cite}.",
)
S_1C = (
    "The chosen segment is {segment}, who make up {pct}% of {org}'s online customers and are most active on {ch1}.",
    "Good practice can be seen at Spotify, whose Discover Weekly playlist uses listening data to feel "
    "personal without being intrusive {cite}.",
    "By contrast, my own experience of a retailer that kept showing me a sofa I had already bought shows how "
    "poor data joining damages trust.",
    "{Cite} note that success depends on relevance, timing and a clear value exchange for the customer.",
    "Boots personalises its Advantage Card offers by purchase history, which has raised redemption rates "
    "compared with generic vouchers {cite}.",
    "A bad example is a bank that sent birthday greetings to customers who had died, because its records "
    "were not updated.",
    "For {segment}, the data needed includes purchase history, preferred channel, device, location and life "
    "events such as moving home.",
    "Success could be measured by click-through rate, conversion rate and repeat purchase, compared against a "
    "control group that receives generic messages.",
    "The cross-channel experience matters: a customer who browses on the app should not be shown the same "
    "introductory offer by email {cite}.",
    "An improvement for {org} would be a preference centre where customers choose topics and frequency.",
    "Elements of failure in the examples include stale data, over-frequency and personalisation that adds "
    "no value for the customer.",
    "Personalising {ch1} and {ch2} for this segment would support the business goal of raising repeat "
    "purchase by {pct2}% within two years.",
    "ASOS shows good practice by using size and style data to recommend items, reducing returns as well as "
    "lifting sales {cite}.",
    "A simple test-and-learn approach would let {org} compare personalised and generic journeys before scaling up.",
)
S_2A = (
    "The objective is to raise the online conversion rate from {low}% to {high}% within twelve months, "
    "using {ch1} and {ch2}.",
    "The plan follows the SOSTAC framework of {cite}, moving from situation analysis to objectives, "
    "strategy, tactics, action and control.",
    "The first phase audits the customer journey on {ch1} to find where {segment} drop out before buying.",
    "Basket abandonment is currently {pct}%, which is above the sector average reported by {cite}.",
    "Triggered emails will be sent one hour and twenty-four hours after a basket is abandoned, with the "
    "products left behind.",
    "On {ch2}, returning visitors will see recently viewed products and recommendations on the home page.",
    "Each action has an owner, a budget and a key performance indicator so that progress can be reviewed monthly.",
    "A/B testing will compare personalised landing pages against the current pages for six weeks before "
    "any wider roll-out {cite}.",
    "The budget of £{money} covers the personalisation software, agency support and staff training.",
    "Conversion will be measured in Google Analytics using goals and enhanced e-commerce reports.",
    "Quick wins in the first ninety days include simplifying checkout and adding saved baskets to the app.",
    "The plan is realistic because it uses data that {org} already holds, rather than depending on new data "
    "collection {cite}.",
    "Risks to delivery, such as delays in integrating the customer data platform, are reviewed at each "
    "monthly steering meeting.",
)
S_2B = (
    "Personalised content on {ch1} could include product recommendations, dynamic banners and content that "
    "changes with the weather or the customer's location {cite}.",
    "For example, Netflix changes the artwork of each title to match what a viewer has watched before.",
    "Dynamic email content lets one campaign show different products to each recipient at the moment the "
    "email is opened {cite}.",
    "Re-marketing through display and social advertising would reach visitors who left {ch2} without buying.",
    "{Cite} recommend capping the frequency of re-marketing adverts to avoid annoying customers.",
    "User-generated content, such as reviews from similar customers, makes personalised pages more credible.",
    "Content must stay simple: too many personalised elements on one page can overwhelm visitors and slow the page.",
    "Amazon's 'customers who bought this also bought' module is a well-known example of personalised content "
    "driving basket size {cite}.",
    "For {segment}, short video content and how-to guides would be more engaging than long product copy.",
    "Sequential re-marketing tells a story over several adverts, moving the customer from interest to purchase {cite}.",
    "Dynamic product adverts on Facebook would show the exact items viewed, with a limited-time offer for "
    "loyalty members.",
    "Relevance should be judged by engagement metrics such as open rate, dwell time and the share of "
    "visitors who return within thirty days.",
    "Personalised push notifications in the app could remind customers of items back in stock in their size.",
)
S_3A = (
    "{org} should appoint a personalisation lead within the e-commerce team to own the roadmap and the budget {cite}.",
    "Internal resources are limited, so an external agency should support set-up while staff are trained.",
    "Skills needed include data analysis, content production, marketing automation and testing {cite}.",
    "Implementation should start with owned channels, where {org} controls the data, before moving to paid "
    "and earned channels.",
    "Paid channels need audience matching with platforms such as Google and Facebook, which depends on "
    "consent being recorded properly.",
    "A basic implementation would segment emails by purchase history; an advanced one would use machine "
    "learning to predict the next best offer.",
    "Mobile must be a priority because {pct}% of visits to {org}'s website now come from smartphones.",
    "Advanced tracking across devices requires customers to log in, so the app should offer clear benefits "
    "for doing so {cite}.",
    "Scalability is a challenge: rules written by hand for a few segments become unmanageable as the number "
    "of segments grows.",
    "A cross-functional steering group of marketing, IT, data protection and customer service should meet monthly.",
    "The expectations of the target audience are high, as customers compare {org} with Amazon rather than "
    "with local competitors {cite}.",
    "The future of data points to first-party data collected through value exchanges, such as quizzes and "
    "preference centres.",
    "These recommendations are justified by the gap between customers' expectations and {org}'s current "
    "ability to meet them.",
)
S_3B = (
    "The first risk is legal non-compliance: under the GDPR, personalisation based on profiling needs a "
    "lawful basis and clear information for customers {cite}.",
    "Fines can reach four per cent of global turnover, and the reputational damage of a breach could be greater still.",
    "British Airways was fined after a data breach in 2018, which shows that the risk is real for consumer "
    "brands {cite}.",
    "The likelihood of this risk is medium, but its impact is high, so {org} should complete a data "
    "protection impact assessment before launch.",
    "The second risk is that personalisation feels intrusive, the so-called creepiness factor, and damages "
    "trust {cite}.",
    "Target's pregnancy predictions are a well-known example of a line that should not be crossed.",
    "Mitigation includes a clear policy on sensitive data and a test of whether customers would be "
    "comfortable if the logic were explained.",
    "The third risk is poor data quality, which leads to irrelevant offers and a poor channel experience.",
    "Automation increases this risk, because errors are repeated at scale before anyone notices {cite}.",
    "Regular data audits and human review of automated campaigns would reduce the likelihood of failure.",
    "Under the Privacy and Electronic Communications Regulations, marketing emails also need consent or a "
    "soft opt-in {cite}.",
    "Senior management should treat trust and transparency as a brand asset rather than a compliance cost.",
    "If these risks are not managed, customers may move to competitors such as {rival1}, whose apps already "
    "feel more personal.",
)
LIST_ITEMS = {
    "1b": (
        "Basic: name and location inserted into emails.",
        "Segment-based: offers chosen by rules for each customer group.",
        "Behavioural: content chosen from browsing and purchase history.",
        "Predictive: machine learning forecasts the next best offer.",
        "Contextual: messages adapt to time, weather and device.",
    ),
    "1c": (
        "Relevance of the offer to the customer's recent behaviour.",
        "Timing that matches the customer's stage in the journey.",
        "A clear benefit in return for sharing data.",
        "Consistency across the app, email and website.",
    ),
    "2a": (
        "Audit the checkout journey and fix the three largest drop-out points.",
        "Launch abandoned-basket emails with dynamic product blocks.",
        "Personalise the home page for returning visitors.",
        "Review conversion weekly against the control group.",
    ),
    "2b": (
        "Recommendations based on browsing history.",
        "Dynamic banners that change with location and weather.",
        "Re-marketing adverts capped at three per week.",
        "Reviews from customers with a similar profile.",
    ),
    "3a": (
        "A personalisation lead in the e-commerce team.",
        "Training for two analysts in marketing automation.",
        "An agency retained for the first six months of set-up.",
        "A monthly steering group with IT and data protection.",
    ),
    "3b": (
        "Likelihood: how probable the risk is in the first year.",
        "Impact: the cost to revenue, trust and reputation.",
        "Mitigation: the controls that reduce likelihood or impact.",
    ),
}
SUBHEADINGS = {
    "1a": ("Organisation name", "Organisation information", "Specific background"),
    "1b": ("Levels of personalisation", "Current developments", "Future developments", "Strategic implications"),
    "1c": ("The target segment", "Good practice", "Bad practice", "Measuring success", "Improvements"),
    "2a": ("Objectives", "Actions and timing", "Measurement and control"),
    "2b": ("Types of personalised content", "Dynamic content", "Re-marketing"),
    "3a": ("Resources and skills", "Paid, owned and earned channels", "Basic and advanced implementation"),
    "3b": ("Risk one: legal compliance", "Risk two: intrusion and trust", "Risk three: data quality"),
}
FOOTNOTES = (
    "Figures taken from the company's most recent annual report.",
    "Based on my own experience as a customer in spring 2019.",
    "Internal data shared by the marketing manager, used with permission.",
    "Percentages are rounded to the nearest whole number.",
    "The survey sample was 1,000 UK adults; results may not reflect every sector.",
    "The organisation's name has been kept but some figures are estimated.",
    "See the action plan table for owners and dates.",
    "Regulation (EU) 2016/679, applied in the UK through the Data Protection Act 2018.",
)
TITLES = {
    "1a": ("Organisation overview", "Organisation overview and personalisation maturity", "Organisational overview"),
    "1b": (
        "Current and future developments in personalisation",
        "Appraisal of developments in personalisation",
        "Developments in digital personalisation",
    ),
    "1c": (
        "Personalising digital channels for one target segment",
        "Personalisation for one target segment",
        "Good and bad practice for one segment",
    ),
    "2a": (
        "Action plan to maximise conversion rates",
        "Conversion action plan",
        "Action plan for two digital channels",
    ),
    "2b": (
        "Personalised content and re-marketing",
        "Personalising content and re-marketing",
        "Content personalisation and re-marketing",
    ),
    "3a": (
        "Managing and implementing personalisation",
        "Recommendations for managing and implementing personalisation",
        "Implementing personalisation",
    ),
    "3b": (
        "Three risks of implementing personalisation",
        "Evaluation of three risks",
        "Risks of personalisation",
    ),
}
TASK_TITLES = {
    "1": ("Developments in personalisation and one target segment", "Personalisation", "Personalisation report"),
    "2": ("Conversion action plan and personalised content", "Conversion and content", "Action plan"),
    "3": (
        "Managing, implementing and the risks of personalisation",
        "Implementation and risk",
        "Implementing personalisation and its risks",
    ),
}
PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
BANKS = {"1b": S_1B, "1c": S_1C, "2a": S_2A, "2b": S_2B, "3a": S_3A, "3b": S_3B}


class Text:
    """Seeded sentences for one report."""

    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        self.fake = fake
        self.org = fake.company()
        self.sector, self.products, self.rival1, self.rival2 = rng.choice(SECTORS)
        self.segment = rng.choice(SEGMENTS)
        self.ch1, self.ch2 = rng.choice(CHANNELS)
        self.cited: set[str] = set()
        self.queues: dict[str, list[str]] = {}
        self.values = {
            "org": self.org,
            "sector": self.sector,
            "products": self.products,
            "rival1": self.rival1,
            "rival2": self.rival2,
            "segment": self.segment,
            "ch1": self.ch1,
            "ch2": self.ch2,
            "city": fake.city(),
            "founded": rng.randint(1965, 2012),
            "staff": rng.choice((120, 240, 380, 450, 620, 900, 1400)),
            "stores": rng.randint(3, 60),
            "turnover": rng.randint(8, 140),
            "year": rng.choice((2017, 2018)),
            "members": f"{rng.randint(12, 400) * 1000:,}",
            "visits": rng.randint(2, 6),
            "team": rng.randint(3, 14),
            "money": f"{rng.randint(30, 400) * 1000:,}",
        }

    def fill(self, template: str) -> str:
        rng = self.rng
        low = rng.randint(1, 3)
        values = dict(self.values)
        values.update(pct=rng.randint(12, 68), pct2=rng.randint(20, 75), low=low, high=low + rng.randint(1, 2))
        while "{cite}" in template or "{Cite}" in template:
            key = rng.choice(sorted(REFERENCES))
            self.cited.add(key)
            if "{Cite}" in template and ("{cite}" not in template or rng.random() < 0.5):
                template = template.replace("{Cite}", REFERENCES[key][1], 1)
            else:
                template = template.replace("{cite}", REFERENCES[key][0], 1)
        return template.format(**values)

    def sentence(self, part: str) -> str:
        queue = self.queues.setdefault(part, [])
        if not queue:
            bank = list(BANKS[part])
            self.rng.shuffle(bank)
            queue.extend(bank)
        return self.fill(queue.pop())

    def paragraph(self, part: str, words: int) -> str:
        sentences = [self.sentence(part)]
        while count(" ".join(sentences)) < words - 12:
            sentences.append(self.sentence(part))
        return " ".join(sentences)


# --- WordprocessingML helpers ------------------------------------------------------------------------------------
def _shade(paragraph, fill: str) -> None:
    paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:shd {NSDECL} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _bottom_border(paragraph, colour: str) -> None:
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:pBdr {NSDECL}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="{colour}"/></w:pBdr>')
    )


def _banner_border(paragraph, colour: str) -> None:
    sides = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="4" w:color="{colour}"/>'
        for side in ("top", "left", "bottom", "right")
    )
    paragraph._p.get_or_add_pPr().append(parse_xml(f"<w:pBdr {NSDECL}>{sides}</w:pBdr>"))


def _sect_child_after(sect_pr, element, after: tuple[str, ...]) -> None:
    """Insert ``element`` into a sectPr after the last present child named in ``after`` (schema order)."""
    anchor = None
    for name in after:
        found = sect_pr.find(qn(name))
        if found is not None:
            anchor = found
    if anchor is None:
        sect_pr.insert(0, element)
    else:
        anchor.addnext(element)


def _columns(section, number: int, separator: bool) -> None:
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml(f"<w:cols {NSDECL}/>")
        _sect_child_after(section._sectPr, cols, ("w:pgSz", "w:pgMar", "w:pgBorders", "w:pgNumType"))
    for attribute in ("w:num", "w:sep", "w:equalWidth"):
        cols.attrib.pop(qn(attribute), None)
    cols.set(qn("w:space"), "567")
    if number > 1:
        cols.set(qn("w:num"), str(number))
        if separator:
            cols.set(qn("w:sep"), "1")


def _page_border(section, kind: str, colour: str) -> None:
    size = "4" if kind == "single" else "6"
    sides = "".join(
        f'<w:{side} w:val="{kind}" w:sz="{size}" w:space="24" w:color="{colour}"/>'
        for side in ("top", "left", "bottom", "right")
    )
    element = parse_xml(f'<w:pgBorders {NSDECL} w:offsetFrom="page">{sides}</w:pgBorders>')
    _sect_child_after(section._sectPr, element, ("w:pgSz", "w:pgMar", "w:paperSrc"))


def _page_numbers_restart(section) -> None:
    element = parse_xml(f'<w:pgNumType {NSDECL} w:start="1"/>')
    _sect_child_after(section._sectPr, element, ("w:pgSz", "w:pgMar", "w:paperSrc", "w:pgBorders", "w:lnNumType"))


def _page_field(paragraph) -> None:
    paragraph._p.append(
        parse_xml(f'<w:fldSimple {NSDECL} w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )


def _note_reference(paragraph, kind: str, note_id: int) -> None:
    paragraph._p.append(
        parse_xml(
            f'<w:r {NSDECL}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:{kind}Reference w:id="{note_id}"/></w:r>'
        )
    )


def _notes_part(kind: str, notes: list[str]) -> bytes:
    tag = f"{kind}s"
    body = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:' + kind + ">"
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:' + kind + ">"
    )
    for number, note in enumerate(notes, start=1):
        body += (
            f'<w:{kind} w:id="{number}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:{kind}Ref/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:{kind}>'
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} xmlns:w="{W_NS}">{body}</w:{tag}>'.encode()
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text_box(paragraph, shape_id: int, lines: list[tuple[str, bool]], *, width_cm: float, colour: str,
              fill: str, font: str, size_pt: float, italic: bool) -> None:  # fmt: skip
    """A floating text box (DrawingML shape) anchored in ``paragraph``, on the right of the column."""
    width = int(width_cm * 360000)
    words = sum(len(text.split()) for text, _ in lines)
    per_line = max(4, int(width_cm * 11 / size_pt * 2.2))
    height = int((words / per_line + len(lines) + 1) * size_pt * 1.45 * 12700)
    half = int(size_pt * 2)
    inner = ""
    for text, bold in lines:
        inner += (
            f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="{font}" '
            f'w:hAnsi="{font}"/>{"<w:b/>" if bold else ""}{"<w:i/>" if italic and not bold else ""}'
            f'<w:color w:val="{colour}"/><w:sz w:val="{half}"/></w:rPr>'
            f'<w:t xml:space="preserve">{_escape(text)}</w:t></w:r></w:p>'
        )
    xml = (
        f'<w:r {NSDECL}><w:drawing><wp:anchor distT="45720" distB="45720" distL="182880" distR="0" '
        f'simplePos="0" relativeHeight="{251658240 + shape_id}" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="0"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width}" cy="{height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{width}" cy="{height}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="15875"><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" '
        'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing></w:r>"
    )
    run = parse_xml(xml)
    ppr = paragraph._p.pPr
    if ppr is None:
        paragraph._p.insert(0, run)
    else:
        ppr.addnext(run)


# --- the report --------------------------------------------------------------------------------------------------
class Report:
    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(12_000 + index * 7919)
        fake = Faker("en_GB")
        fake.seed_instance(12_000 + index)
        self.fake = fake
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        rng = self.rng
        lay = self.layout
        self.font = rng.choice(lay.fonts)
        self.size = rng.choice(lay.sizes)
        self.spacing = rng.choice(lay.spacings)
        self.margin = rng.choice(lay.margins_cm)
        self.text = Text(rng, fake)
        self.doc = docx.Document()
        self.footnotes: list[str] = []
        self.endnotes: list[str] = []
        self.shape_id = 1
        self.part_words = dict.fromkeys(PARTS, 0)
        self.headings: dict[str, str] = {}
        self.title_variant = rng.randrange(3)
        self.candidate = f"{rng.randint(1000000, 9999999)}"
        self.tables = 0
        self._styles()

    # styles and page set-up
    def _styles(self) -> None:
        doc, lay = self.doc, self.layout
        normal = doc.styles["Normal"]
        normal.font.name = self.font
        normal.font.size = Pt(self.size)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), self.font)
        fmt = normal.paragraph_format
        fmt.line_spacing = self.spacing
        fmt.space_after = Pt(8 if self.spacing < 1.4 else 6)
        colour = RGBColor.from_string(lay.colour)
        for level, size in ((1, self.size + 5), (2, self.size + 2.5), (3, self.size + 0.5)):
            style = doc.styles[f"Heading {level}"]
            style.font.name = self.font
            for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                style.element.rPr.rFonts.attrib.pop(qn(attribute), None)
            style.font.size = Pt(size)
            style.font.color.rgb = colour
            style.font.bold = level < 3
            style.font.italic = level == 3 and lay.heading_mode in ("banner", "magazine")
            style.paragraph_format.space_before = Pt(14 if level == 1 else 10)
            style.paragraph_format.space_after = Pt(6)
            style.paragraph_format.keep_with_next = True
        section = doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(self.margin)
        section.top_margin = section.bottom_margin = Cm(self.margin if self.margin < 3 else 2.54)
        if lay.heading_mode == "smallcaps":  # mirrored margins with a gutter, as for a bound report
            doc.settings.element.append(parse_xml(f"<w:mirrorMargins {NSDECL}/>"))
            section.gutter = Cm(0.8)
            section.left_margin, section.right_margin = Cm(self.margin + 0.4), Cm(self.margin - 0.3)
        if lay.odd_even:
            doc.settings.odd_and_even_pages_header_footer = True

    def para(self, text: str = "", style: str | None = None):
        paragraph = self.doc.add_paragraph(style=style)
        if text:
            paragraph.add_run(text)
        return paragraph

    # front matter
    def front(self) -> None:
        lay, doc, t = self.layout, self.doc, self.text
        title = f"Personalisation in digital channels: a report for {t.org}"
        if lay.title_block:
            p = self.para()
            run = p.add_run(title)
            run.bold = True
            run.font.size = Pt(self.size + 8)
            run.font.color.rgb = RGBColor.from_string(lay.colour)
            p = self.para()
            p.add_run(
                f"CIM Level 6 Digital Diploma in Professional Marketing | Mastering Digital Channels (2206) | "
                f"Candidate {self.candidate}"
            ).italic = True
            _bottom_border(p, lay.colour)
            return
        for _ in range(5):
            self.para()
        for text, size, bold in (
            ("Chartered Institute of Marketing", self.size + 2, False),
            ("CIM Level 6 Digital Diploma in Professional Marketing", self.size + 2, False),
            ("Mastering Digital Channels (2206)", self.size + 10, True),
            (title, self.size + 4, True),
        ):
            p = self.para()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(text)
            run.font.size = Pt(size)
            run.bold = bold
            if bold:
                run.font.color.rgb = RGBColor.from_string(lay.colour)
        for _ in range(4):
            self.para()
        for text in (
            f"Candidate number: {self.candidate}",
            f"Study centre: {self.fake.city()} School of Marketing",
            "Submission: July 2019",
        ):
            p = self.para(text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if lay.contents:
            self.para().add_run().add_break(WD_BREAK.PAGE)
            self.contents()
        if lay.cover_section:
            doc.add_section(WD_SECTION.NEW_PAGE)
        else:
            self.para().add_run().add_break(WD_BREAK.PAGE)

    def contents(self) -> None:
        p = self.para()
        run = p.add_run("Contents")
        run.bold = True
        run.font.size = Pt(self.size + 5)
        page = 1
        usable = 21.0 - 2 * self.margin
        for task in "123":
            entries = [(self.task_heading_text(task), 0)]
            entries += [(self.part_heading_text(part), 1) for part in PARTS if part[0] == task]
            for text, level in entries:
                p = self.para()
                p.paragraph_format.tab_stops.add_tab_stop(
                    Cm(usable), alignment=WD_TAB_ALIGNMENT.RIGHT, leader=WD_TAB_LEADER.DOTS
                )
                p.paragraph_format.left_indent = Cm(0.6 * level)
                p.paragraph_format.space_after = Pt(2)
                p.add_run(f"{text}\t{page}").bold = level == 0
                page += 1 if level else 0
        for text in ("References", "Appendix: customer persona") if self.layout.appendix else ("References",):
            p = self.para()
            p.paragraph_format.tab_stops.add_tab_stop(
                Cm(usable), alignment=WD_TAB_ALIGNMENT.RIGHT, leader=WD_TAB_LEADER.DOTS
            )
            p.add_run(f"{text}\t{page}").bold = True
            page += 1

    # headings
    def task_heading_text(self, task: str) -> str:
        mode, variant = self.layout.heading_mode, self.title_variant
        title = TASK_TITLES[task][variant]
        return {
            "heading2": f"Task {task}: {title}",
            "band": f"Task {task} – {title}",
            "banner": f"Task {task}: {title}",
            "border_letter": f"TASK {task}: {title.upper()}",
            "smallcaps": f"Task {task} · {title}",
            "magazine": f"Task {task} – {title}",
            "numbered": f"{task}. Task {task}: {title}",
        }[mode]

    def part_heading_text(self, part: str) -> str:
        mode = self.layout.heading_mode
        task, letter = part[0], part[1]
        title = TITLES[part][(self.title_variant + PARTS.index(part)) % 3]
        number = "abc".index(letter) + 1
        return {
            "heading2": f"Task {task} Part ({letter}): {title}",
            "band": f"{part}  {title}",
            "banner": f"Part {letter.upper()} – {title}",
            "border_letter": f"({letter}) {title}",
            "smallcaps": f"Task {task} ({letter}) {title}",
            "magazine": f"{task}({letter}) {title}",
            "numbered": f"{task}.{number} Task {task}({letter}): {title}",
        }[mode]

    def task_heading(self, task: str) -> None:
        lay, mode = self.layout, self.layout.heading_mode
        text = self.task_heading_text(task)
        colour = RGBColor.from_string(lay.colour)
        if mode in ("heading2", "magazine", "numbered"):
            self.doc.add_heading(text, level=1)
        elif mode == "band":
            p = self.para()
            p.paragraph_format.space_before = Pt(18)
            p.paragraph_format.keep_with_next = True
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(self.size + 7)
            run.font.color.rgb = colour
        elif mode == "banner":
            p = self.para()
            _shade(p, lay.colour)
            _banner_border(p, lay.colour)
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.keep_with_next = True
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(self.size + 6)
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        elif mode == "border_letter":
            p = self.para()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.keep_with_next = True
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(self.size + 2)
        elif mode == "smallcaps":
            p = self.para()
            p.paragraph_format.space_before = Pt(16)
            p.paragraph_format.keep_with_next = True
            run = p.add_run(text)
            run.font.small_caps = True
            run.bold = True
            run.font.size = Pt(self.size + 6)
            run.font.color.rgb = colour
            run._r.get_or_add_rPr().append(parse_xml(f'<w:spacing {NSDECL} w:val="20"/>'))

    def part_heading(self, part: str) -> None:
        lay, mode = self.layout, self.layout.heading_mode
        text = self.part_heading_text(part)
        self.headings[part] = text
        colour = RGBColor.from_string(lay.colour)
        if mode in ("heading2", "banner", "magazine", "numbered"):
            self.doc.add_heading(text, level=2)
            return
        p = self.para()
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(12)
        run = p.add_run(text)
        run.bold = True
        if mode == "band":
            _shade(p, lay.colour)
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            run.font.size = Pt(self.size + 2)
        elif mode == "border_letter":
            _bottom_border(p, "000000")
            run.font.size = Pt(self.size + 1)
        elif mode == "smallcaps":
            run.font.small_caps = True
            run.font.size = Pt(self.size + 2)
            run.font.color.rgb = colour

    def subheading(self, text: str) -> None:
        mode = self.layout.heading_mode
        if mode in ("heading2", "banner", "magazine", "numbered"):
            self.doc.add_heading(text, level=3)
            return
        p = self.para()
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_after = Pt(2)
        run = p.add_run(text)
        if mode == "band":
            run.bold = True
            run.font.color.rgb = RGBColor.from_string(self.layout.colour)
        elif mode == "border_letter":
            run.italic = True
        else:
            run.italic = True
            run.font.color.rgb = RGBColor.from_string(self.layout.colour)

    # body text
    def body(self, part: str, text: str, *, note: bool = True, style: str | None = None):
        """A counted paragraph or list item, with perhaps a footnote or endnote mark after its last sentence."""
        p = self.para(text, style)
        self.part_words[part] += count(text)
        lay = self.layout
        if note and (lay.footnotes or lay.endnotes) and self.rng.random() < 0.12:
            kinds = [k for k, on in (("footnote", lay.footnotes), ("endnote", lay.endnotes)) if on]
            kind = self.rng.choice(kinds)
            notes = self.footnotes if kind == "footnote" else self.endnotes
            notes.append(self.rng.choice(FOOTNOTES))
            _note_reference(p, kind, len(notes))
        return p

    def drop_cap_body(self, part: str, text: str) -> None:
        """The first paragraph of a task opened with a drop cap: Word's frame paragraph holds the first letter."""
        line = self.size * max(self.spacing, 1.0) * 1.18
        frame = self.para()
        ppr = frame._p.get_or_add_pPr()
        ppr.append(
            parse_xml(
                f'<w:framePr {NSDECL} w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>'
            )
        )
        frame.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        frame.paragraph_format.line_spacing = Pt(line * 3)
        frame.paragraph_format.space_after = Pt(0)
        run = frame.add_run(text[0])
        run.font.size = Pt(round(line * 3 * 0.85))
        run.font.color.rgb = RGBColor.from_string(self.layout.colour)
        run._r.get_or_add_rPr().append(parse_xml(f'<w:position {NSDECL} w:val="-4"/>'))
        self.para(text[1:])
        self.part_words[part] += count(text)  # the word the candidate typed, counted once

    def fill(self, part: str, target: int, *, first_drop: bool = False, subheads: bool = True) -> None:
        """Paragraphs (and perhaps one list, sub-headings, a pull quote) for ``part`` up to about ``target``."""
        rng, lay = self.rng, self.layout
        start = self.part_words[part]
        heads = list(SUBHEADINGS[part]) if subheads and rng.random() < 0.65 else []
        list_at = rng.randint(1, 3) if rng.random() < 0.6 else -1
        quote_at = rng.randint(1, 2) if lay.pull_quote_part == part else -1
        number = 0
        per_head = max(1, round(target / 220))
        while self.part_words[part] - start < target - 25:
            if heads and number % per_head == 0:
                self.subheading(heads.pop(0))
            remaining = target - (self.part_words[part] - start)
            size = min(remaining, rng.randint(70, 150))
            text = self.text.paragraph(part, max(size, 20))
            if number == 0 and first_drop:
                self.drop_cap_body(part, text)
            else:
                p = self.body(part, text)
                if number == quote_at:
                    sentence = text.split(". ")[0].rstrip(".") + "."
                    self.text_box(p, [(f"“{sentence}”", False)], italic=True, width=6.0)
            if number == list_at and part in LIST_ITEMS:
                items = list(LIST_ITEMS[part])
                rng.shuffle(items)
                style = "List Number" if part in ("2a", "3a") and rng.random() < 0.5 else "List Bullet"
                for item in items[: rng.randint(3, len(items))]:
                    self.body(part, item, note=False, style=style)
            number += 1

    def text_box(self, paragraph, lines, *, italic: bool, width: float) -> None:
        fills = {"000000": "F2F2F2"}
        _text_box(
            paragraph,
            self.shape_id,
            lines,
            width_cm=width,
            colour=self.layout.colour,
            fill=fills.get(self.layout.colour, "FFFFFF" if italic else "F3F6FA"),
            font=self.font,
            size_pt=self.size + (1 if italic else -1),
            italic=italic,
        )
        self.shape_id += 1

    def sidebar(self, paragraph, part: str) -> None:
        t = self.text
        if part == "1a":
            lines = [
                ("At a glance", True),
                (f"Founded: {t.values['founded']}", False),
                (f"Staff: {t.values['staff']}", False),
                (f"Stores: {t.values['stores']}", False),
                (f"Turnover: £{t.values['turnover']}m", False),
                (f"Rivals: {t.rival1}, {t.rival2}", False),
            ]
        else:
            lines = [
                ("Key resources", True),
                ("Personalisation lead (1 FTE)", False),
                ("Two analysts, trained in automation", False),
                ("Agency support for six months", False),
                (f"Budget: £{t.values['money']}", False),
            ]
        self.text_box(paragraph, lines, italic=False, width=5.2)

    # the extras that use sections
    def two_columns(self, part: str, target: int) -> None:
        lead = self.rng.randint(60, 130)
        self.fill(part, lead, subheads=False)
        self.doc.add_section(WD_SECTION.CONTINUOUS)
        _columns(self.doc.sections[-1], 2, self.rng.random() < 0.5)
        inner = int((target - lead) * self.rng.uniform(0.55, 0.8))
        self.fill(part, inner)
        self.doc.add_section(WD_SECTION.CONTINUOUS)
        _columns(self.doc.sections[-1], 1, False)
        self.fill(part, max(30, target - lead - inner), subheads=False)

    def landscape(self, part: str, target: int) -> None:
        rng = self.rng
        before = rng.randint(120, 260)
        self.fill(part, before)
        self.doc.add_section(WD_SECTION.NEW_PAGE)
        section = self.doc.sections[-1]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        intro = (
            f"Table {self.tables + 1} sets out the plan in detail, with an owner, timing, budget and key "
            f"performance indicator for each action, so that {self.text.org} can track progress monthly "
            f"{REFERENCES['cee'][0]}."
        )
        self.text.cited.add("cee")
        self.body(part, intro, note=False)
        self.wide_table(part)
        after = self.text.paragraph(part, rng.randint(50, 90))
        self.body(part, after, note=False)
        self.doc.add_section(WD_SECTION.NEW_PAGE)
        section = self.doc.sections[-1]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        spent = self.part_words[part]
        self.fill(part, max(40, target - spent), subheads=False)

    def wide_table(self, part: str) -> None:
        t, rng = self.text, self.rng
        self.tables += 1
        if part == "2a":
            header = ("Objective", "Action", "Channel", "Owner", "Start", "End", "Budget (£)", "KPI")
            actions = (
                "Audit checkout journey",
                "Abandoned-basket emails",
                "Personalised home page",
                "Dynamic email content",
                "Saved baskets in app",
                "Re-marketing audiences",
                "A/B test landing pages",
            )
            months = ("Aug 2019", "Sep 2019", "Oct 2019", "Nov 2019", "Jan 2020", "Mar 2020")
            rows = []
            for number, action in enumerate(actions[: rng.randint(5, 7)]):
                start = rng.randrange(3)
                rows.append(
                    (
                        f"O{number % 3 + 1}",
                        action,
                        rng.choice((t.ch1, t.ch2)).replace("the ", "").capitalize(),
                        rng.choice(("E-commerce manager", "CRM executive", "Agency", "Digital analyst")),
                        months[start],
                        months[start + rng.randint(1, 3)],
                        f"{rng.randint(2, 40) * 500:,}",
                        rng.choice(("Conversion rate", "Abandonment rate", "CTR", "Revenue per visit")),
                    )
                )
            caption = f"Table {self.tables}: Action plan to raise the conversion rate"
        else:
            header = ("Phase", "Activity", "Resources", "Q3 2019", "Q4 2019", "Q1 2020", "Q2 2020", "Measure")
            phases = (
                ("Prepare", "Data audit and DPIA", "DPO, IT"),
                ("Prepare", "Recruit personalisation lead", "HR, marketing"),
                ("Build", "Connect CDP to email tool", "IT, agency"),
                ("Build", "Train two analysts", "External trainer"),
                ("Test", "Pilot with one segment", "CRM team"),
                ("Scale", "Roll out to paid media", "Agency"),
                ("Review", "Quarterly steering review", "Steering group"),
            )
            rows = []
            for phase, activity, resources in phases[: rng.randint(5, 7)]:
                start = rng.randrange(4)
                span = rng.randint(1, 4 - start)
                marks = tuple("■" if start <= q < start + span else "" for q in range(4))
                rows.append((phase, activity, resources, *marks, rng.choice(("Milestone met", "KPI report"))))
            caption = f"Table {self.tables}: Implementation roadmap"
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            run.bold = True
            run.font.size = Pt(self.size - 1)
            _shade(cell.paragraphs[0], "D9E2F3")
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = ""
                cell.paragraphs[0].add_run(text).font.size = Pt(self.size - 1)
        p = self.para(caption, "Caption")
        p.paragraph_format.space_before = Pt(4)

    def small_table(self) -> None:
        """A small facts table in the overview (not counted)."""
        t = self.text
        rows = (
            ("Type", f"Private company, {t.sector}"),
            ("Size", f"{t.values['staff']} staff, £{t.values['turnover']}m turnover"),
            ("Products", t.products.capitalize()),
            ("Competitors", f"{t.rival1}, {t.rival2}"),
        )
        table = self.doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for key, value in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = key, value
            cells[0].paragraphs[0].runs[0].bold = True
        self.para()

    # parts
    def overview(self, target: int) -> None:
        lay, t, rng = self.layout, self.text, self.rng
        heads = rng.random() < 0.75 and not lay.drop_caps
        if heads:
            self.subheading("Organisation name")
            if rng.random() < 0.5:
                self.body("1a", f"{t.org}.", note=False)
            else:
                self.body("1a", f"The organisation chosen for this report is {t.org}, a {t.sector}.", note=False)
        info = list(S_1A_INFO)
        back = list(S_1A_BACK)
        rng.shuffle(back)
        if heads:
            self.subheading("Organisation information")
        first = " ".join(t.fill(s) for s in info[: rng.randint(4, 6)])
        if lay.drop_caps:
            self.drop_cap_body("1a", first)
            anchor = None
        else:
            anchor = self.body("1a", first)
        if lay.sidebar_part == "1a":
            self.sidebar(anchor if anchor is not None else self.doc.paragraphs[-1], "1a")
        if rng.random() < 0.3:
            self.small_table()
        if heads:
            self.subheading("Specific background")
        while self.part_words["1a"] < target - 20 and back:
            take = rng.randint(2, 3)
            text = " ".join(t.fill(s) for s in back[:take])
            back = back[take:]
            self.body("1a", text)

    def write_part(self, part: str, target: int, first_of_task: bool) -> None:
        lay = self.layout
        self.part_heading(part)
        drop = lay.drop_caps and first_of_task
        if part == "1a":
            self.overview(target)
            return
        if lay.landscape_part == part:
            self.landscape(part, target)
        elif lay.two_column_part == part:
            self.two_columns(part, target)
        else:
            self.fill(part, target, first_drop=drop)
        if lay.sidebar_part == part:
            self.sidebar(self.doc.paragraphs[-1], part)

    def targets(self) -> dict[str, int]:
        rng = self.rng
        kind = self.index % 4  # 0, 1: near the limit, 2: over by up to 15 %, 3: well under
        limits = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
        out: dict[str, int] = {}
        for group, parts in LIMIT_GROUPS.items():
            factor = {0: rng.uniform(0.93, 1.02), 1: rng.uniform(0.96, 1.06), 2: rng.uniform(1.04, 1.14)}.get(
                kind, rng.uniform(0.6, 0.82)
            )
            total = limits[group] * factor
            share = rng.uniform(0.45, 0.58)
            out[parts[0]] = int(total * share)
            out[parts[1]] = int(total * (1 - share))
        width_pt = (21.0 - 2 * self.margin) * 28.35
        height_pt = (29.7 - 2 * min(self.margin, 2.54)) * 28.35
        per_page = (width_pt / (self.size * 0.5) / 6.2) * (height_pt / (self.size * 1.2 * self.spacing))
        out["1a"] = int(min(430, per_page * 0.7) * rng.uniform(0.75, 1.0))
        return out

    def headers(self) -> None:
        lay, doc, t = self.layout, self.doc, self.text
        sections = doc.sections
        body = 1 if lay.cover_section else 0
        colour = RGBColor.from_string(lay.colour)

        def write(header_or_footer, text: str, align, page: bool = False, italic: bool = True) -> None:
            header_or_footer.is_linked_to_previous = False
            p = header_or_footer.paragraphs[0]
            p.alignment = align
            if text:
                run = p.add_run(text)
                run.italic = italic
                run.font.size = Pt(9)
                run.font.color.rgb = colour
            if page:
                _page_field(p)

        main = sections[body]
        if lay.cover_section:
            _page_numbers_restart(main)
        task_starts = getattr(self, "task_starts", {})
        odd_text = f"{t.org} – personalisation in digital channels"
        write(main.header, odd_text, WD_ALIGN_PARAGRAPH.RIGHT)
        write(main.footer, "Page ", WD_ALIGN_PARAGRAPH.CENTER, page=True, italic=False)
        if lay.odd_even:
            write(main.even_page_header, f"CIM 2206 Mastering Digital Channels | Candidate {self.candidate}",
                  WD_ALIGN_PARAGRAPH.LEFT)  # fmt: skip
            write(main.even_page_footer, "", WD_ALIGN_PARAGRAPH.LEFT, page=True)
        if lay.first_page_header:
            first = sections[0]
            first.different_first_page_header_footer = True
            if lay.cover_section:
                write(first.first_page_header, "", WD_ALIGN_PARAGRAPH.RIGHT)
                write(first.header, "Mastering Digital Channels (2206)", WD_ALIGN_PARAGRAPH.RIGHT)
                write(first.footer, "", WD_ALIGN_PARAGRAPH.CENTER)
            else:
                write(first.first_page_header, f"Candidate number {self.candidate} | July 2019",
                      WD_ALIGN_PARAGRAPH.LEFT)  # fmt: skip
                write(first.first_page_footer, "", WD_ALIGN_PARAGRAPH.CENTER)
        elif lay.cover_section:
            write(sections[0].header, "", WD_ALIGN_PARAGRAPH.RIGHT)
            write(sections[0].footer, "", WD_ALIGN_PARAGRAPH.RIGHT)
        for task, number in task_starts.items():
            if number == body:
                continue
            write(sections[number].header, f"{odd_text} | Task {task}", WD_ALIGN_PARAGRAPH.RIGHT)
        if lay.page_border:
            for section in sections:
                _page_border(section, lay.page_border, lay.colour)

    def references(self) -> None:
        lay = self.layout
        mode = lay.heading_mode
        if mode in ("heading2", "magazine", "numbered", "banner"):
            self.doc.add_heading("References", level=1)
        else:
            p = self.para()
            p.paragraph_format.space_before = Pt(16)
            run = p.add_run("REFERENCES" if mode == "border_letter" else "References")
            run.bold = True
            run.font.size = Pt(self.size + 3)
            run.font.small_caps = mode == "smallcaps"
        for key in sorted(self.text.cited | {"cee"}, key=lambda k: REFERENCES[k][2]):
            p = self.para(REFERENCES[key][2])
            p.paragraph_format.left_indent = Cm(1)
            p.paragraph_format.first_line_indent = Cm(-1)
        if lay.appendix:
            self.para().add_run().add_break(WD_BREAK.PAGE)
            p = self.para()
            run = p.add_run("APPENDIX 1: CUSTOMER PERSONA")
            run.bold = True
            t = self.text
            self.para(
                f"Name: Sam, one of the {t.segment}. Uses {t.ch1} daily and {t.ch2} weekly. Buys from {t.org} "
                f"about {t.values['visits']} times a year and expects offers that reflect past purchases."
            )

    def build(self) -> tuple[bytes, Truth]:
        lay = self.layout
        targets = self.targets()
        self.front()
        self.task_starts: dict[str, int] = {}
        for task in "123":
            if lay.task_sections and task != "1":
                self.doc.add_section(WD_SECTION.NEW_PAGE)
            if lay.task_sections:
                self.task_starts[task] = len(self.doc.sections) - 1
            self.task_heading(task)
            parts = [part for part in PARTS if part[0] == task]
            for number, part in enumerate(parts):
                self.write_part(part, targets[part], number == 0)
            if lay.word_count_lines and task != "1":
                group = f"task{task}-ab"
                p = self.para(f"Word count: {sum(self.part_words[x] for x in LIMIT_GROUPS[group]):,}")
                p.runs[0].italic = True
            elif lay.word_count_lines:
                p = self.para(f"Word count (1b and 1c): {self.part_words['1b'] + self.part_words['1c']:,}")
                p.runs[0].italic = True
        if not lay.task_sections and self.rng.random() < 0.5:
            self.para().add_run().add_break(WD_BREAK.PAGE)
        self.references()
        self.headers()
        self.notes()
        out = io.BytesIO()
        self.doc.core_properties.author = f"Candidate {self.candidate}"
        self.doc.save(out)
        groups = {group: sum(self.part_words[p] for p in parts) for group, parts in LIMIT_GROUPS.items()}
        truth = Truth(
            name="",
            seed=self.index,
            layout=lay.name,
            split="",
            part_words=dict(self.part_words),
            group_words=groups,
            words_all=sum(self.part_words.values()),
            headings=dict(self.headings),
        )
        return out.getvalue(), truth

    def notes(self) -> None:
        package = self.doc.part.package
        for kind, notes, content_type, reltype in (
            ("footnote", self.footnotes, CT.WML_FOOTNOTES, RT.FOOTNOTES),
            ("endnote", self.endnotes, CT.WML_ENDNOTES, RT.ENDNOTES),
        ):
            if notes:
                part = Part(PackURI(f"/word/{kind}s.xml"), content_type, _notes_part(kind, notes), package)
                self.doc.part.relate_to(part, reltype)


def build(index: int) -> tuple[bytes, Truth]:
    """Report ``index`` of the pool as DOCX bytes and its truth."""
    return Report(index).build()
