"""Layout pool 19 (development data since stop 64): CIM 2206 reports as centres around the world format them.

US Letter as well as A4 paper; Times New Roman, Georgia, Cambria, Segoe UI and Candara from 10.5 to 14 pt; justified
text with automatic hyphenation on; first-line indents instead of space between paragraphs; single to double
spacing; task and part headings labelled the way other countries' schools do ("Task 1.b", "Q.1(b)", "1-b",
"Task-1 Part-b", "TASK #1 (b)", "Task I (b)", "Task 1 – Section B", "Activity 1b"). Extras: cover pages with the
centre's name and candidate number, a declaration of authenticity on the cover (not counted), contents pages,
footnotes, headers with the centre's name, page-number fields in the footer, text boxes, action-plan tables with
captions, word-count lines, bibliographies headed "Bibliography", "Works cited" or "References", appendices.

Truth is counted while the report is written: every counted paragraph's text goes through ``count()`` as it is
added, under the 2206 policy (body paragraphs, list items, quotations and citations count; headings,
sub-headings, tables, captions, text boxes, footnotes, headers and footers, the cover, the declaration, the
contents page, word-count lines, the reference list and appendices do not).
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports from centres around the world: US Letter and A4, Times New Roman, Georgia, Cambria, Segoe UI and "
    "Candara, justified and hyphenated, first-line indents, 'Task 1.b', 'Q.1(b)', '1-b', 'Task-1 Part-b', "
    "'TASK #1 (b)', 'Task I (b)', 'Task 1 – Section B' and 'Activity 1b' headings, covers with declarations, "
    "footnotes, headers and page-number fields"
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

TASK_TITLES = {
    "1": "Developments in personalisation and one target segment",
    "2": "Personalisation and channel conversion for the target segment",
    "3": "Managing, implementing and the risks of personalisation",
}
ROMAN = {"1": "I", "2": "II", "3": "III"}
PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")

CENTRES = (
    ("Marina Bay Institute of Professional Marketing", "Singapore"),
    ("Lakeshore College of Business Studies", "Chicago"),
    ("Nairobi School of Marketing Practice", "Nairobi"),
    ("Gulf Centre for Professional Studies", "Dubai"),
    ("Cape Peninsula Marketing Academy", "Cape Town"),
    ("Colombo Institute of Management Studies", "Colombo"),
    ("Kuala Lumpur Professional Learning Centre", "Kuala Lumpur"),
    ("Harbourside Business Institute", "Hong Kong"),
    ("Lagos Centre for Marketing Excellence", "Lagos"),
    ("Accra Institute of Professional Studies", "Accra"),
    ("Mumbai School of Digital Commerce", "Mumbai"),
    ("Auckland Professional Studies College", "Auckland"),
)

SEGMENTS = (
    "young professionals aged 25 to 34",
    "first-time parents",
    "urban students aged 18 to 24",
    "small business owners",
    "retired travellers over 60",
    "frequent mobile shoppers",
    "health-conscious commuters",
)
SECTORS = (
    ("online fashion retailer", "clothing, footwear and accessories"),
    ("regional supermarket chain", "groceries, household goods and a loyalty programme"),
    ("budget airline", "flights, holidays and travel insurance"),
    ("mobile network operator", "prepaid and contract plans, handsets and broadband"),
    ("private hospital group", "outpatient care, diagnostics and wellness packages"),
    ("consumer bank", "current accounts, cards, loans and savings products"),
    ("hotel group", "city hotels, resorts and a members' club"),
    ("furniture retailer", "furniture, homeware and interior design services"),
)
CHANNELS = ("email", "the mobile app", "Instagram", "the website", "Facebook", "WhatsApp", "paid search", "TikTok")

# (parenthetical author, year, reference entry)
SOURCES = (
    (
        "Chaffey and Ellis-Chadwick",
        2019,
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson.",
    ),
    (
        "Chaffey and Smith",
        2017,
        "Chaffey, D. and Smith, P.R. (2017) Digital marketing excellence: planning, optimizing and integrating "
        "online marketing. 5th edn. Abingdon: Routledge.",
    ),
    ("Kotler and Keller", 2016, "Kotler, P. and Keller, K.L. (2016) Marketing management. 15th edn. Harlow: Pearson."),
    (
        "Ryan",
        2016,
        "Ryan, D. (2016) Understanding digital marketing: marketing strategies for engaging the digital "
        "generation. 4th edn. London: Kogan Page.",
    ),
    (
        "Kingsnorth",
        2019,
        "Kingsnorth, S. (2019) Digital marketing strategy: an integrated approach to online marketing. 2nd edn. "
        "London: Kogan Page.",
    ),
    (
        "Lemon and Verhoef",
        2016,
        "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience throughout the customer "
        "journey', Journal of Marketing, 80(6), pp. 69-96.",
    ),
    (
        "Boudet et al.",
        2019,
        "Boudet, J., Gregg, B., Rathje, K., Stein, E. and Vollhardt, K. (2019) The future of personalization. "
        "New York: McKinsey & Company.",
    ),
    (
        "Epsilon",
        2018,
        "Epsilon (2018) The power of me: the impact of personalization on marketing performance. Irving, TX: Epsilon.",
    ),
    (
        "Information Commissioner's Office",
        2021,
        "Information Commissioner's Office (2021) Guide to the UK General Data Protection Regulation. Wilmslow: ICO.",
    ),
    (
        "Aguirre et al.",
        2015,
        "Aguirre, E., Mahr, D., Grewal, D., de Ruyter, K. and Wetzels, M. (2015) 'Unraveling the personalization "
        "paradox: the effect of information collection and trust-building strategies on online advertisement "
        "effectiveness', Journal of Retailing, 91(1), pp. 34-49.",
    ),
    ("Hanlon", 2019, "Hanlon, A. (2019) Digital marketing: strategic planning and integration. London: SAGE."),
    (
        "Accenture",
        2018,
        "Accenture (2018) Making it personal: pulse check 2018. Dublin: Accenture Interactive.",
    ),
    (
        "Smith and Zook",
        2020,
        "Smith, P.R. and Zook, Z. (2020) Marketing communications: integrating online and offline, customer "
        "engagement and digital technologies. 7th edn. London: Kogan Page.",
    ),
    (
        "Tiago and Veríssimo",
        2014,
        "Tiago, M.T.P.M.B. and Veríssimo, J.M.C. (2014) 'Digital marketing and social media: why bother?', "
        "Business Horizons, 57(6), pp. 703-708.",
    ),
)

GENERIC = (
    "This matters because customers now compare every digital experience with the best one they have had anywhere {c}.",
    "In practice {org} has to balance relevance against the cost of collecting and cleaning the data it needs.",
    "The management team should therefore treat personalisation as a capability to be built over time rather "
    "than a single project.",
    "Evidence from the wider market suggests that relevance, not volume, drives engagement {c}.",
    "{cn} argue that the customer journey is now shaped by many touchpoints that the firm does not fully control.",
    "For {org} the practical question is which of these developments can be adopted with the skills and budget "
    "already available.",
    "A simple test is whether a message would still make sense if the customer saw it on a different device.",
    "The same principle applies to in-store and call-centre contact, which should recognise what the customer "
    "has already done online.",
    "Without a single customer view the organisation will keep sending offers that contradict each other.",
    "Personalisation is therefore a strategic choice about data, technology and people as much as about messages {c}.",
)

BANK = {
    "1a": (
        "The organisation describes its mission as making {products} simple and affordable for everyday customers.",
        "Its head office in {city} houses marketing, finance and customer service, while logistics is run "
        "from two regional hubs.",
        "Most online orders are placed on mobile devices, and the app has an average store rating of {rating}"
        " out of five.",
        "The firm competes mainly on price and convenience rather than on premium service.",
        "Customers fall into three broad groups: loyal regulars, occasional bargain hunters and new customers"
        " acquired through social media.",
        "The CRM system records purchases but is not yet connected to web analytics, which limits any single "
        "customer view.",
        "Email open rates of around {pct}% are in line with the sector average {c}.",
        "Social media is used mainly for brand awareness, with little tailoring of content to different audiences.",
        "Senior management has set a goal of doubling the share of digital sales within three years.",
        "Product recommendations on the website are chosen by hand each week rather than generated from customer data.",
        "{org} is {a_sector} based in {city}, founded in {founded} and employing around {staff} people.",
        "It sells {products} through {n_stores} outlets, its website and a mobile app launched in {app_year}.",
        "Annual turnover was approximately US${turnover} million in the last financial year, of which {pct}% came "
        "through digital channels.",
        "Its main competitors are {rival} and {rival2}, both of which have invested heavily in e-commerce.",
        "The customer base of roughly {customers} active customers is mostly urban, with {pct2}% aged under 40.",
        "Around {pct3}% of customers are members of the loyalty scheme, which gives the firm first-party data "
        "on purchases and preferences.",
        "Personalisation at {org} is at an early stage of maturity: emails are segmented by age and location but "
        "the website shows the same content to every visitor.",
        "Using the maturity model of {cn}, the organisation sits between the basic and the intermediate stage.",
        "Marketing is handled by a team of {team} staff, with web development and analytics outsourced to an agency.",
        "Customer satisfaction surveys show that customers value convenience and would welcome more relevant "
        "offers {c}.",
    ),
    "1b": (
        "Email remains the most mature channel for personalisation, with triggered messages outperforming "
        "batch campaigns {c}.",
        "Predictive analytics can estimate the next best offer for each customer, but the models are only as "
        "good as the data behind them.",
        "Geo-fencing and beacon technology make it possible to send offers when a customer is near a store, "
        "although uptake has been slower than expected.",
        "Generative AI will soon allow copy and images to be produced for each customer, which raises new "
        "questions about brand control {c}.",
        "Consent management platforms are becoming a standard part of the marketing technology stack.",
        "Zero-party data, which customers share deliberately through quizzes and preference centres, is "
        "likely to grow in importance {c}.",
        "Rule-based segmentation remains the most common form of personalisation, using fixed rules such as "
        "location or last purchase {c}.",
        "Its strength is simplicity, but it quickly becomes unmanageable when the number of segments grows.",
        "Recommendation engines based on collaborative filtering are now standard among large retailers and "
        "account for a large share of online sales {c}.",
        "Real-time personalisation uses behavioural signals from the current session to change content within "
        "milliseconds of a click.",
        "Artificial intelligence and machine learning are moving personalisation from segments of many to "
        "segments of one {c}.",
        "However, predictive models need large volumes of clean data, which {org} does not yet hold.",
        "The decline of third-party cookies will force organisations to rely on first-party and consented data {c}.",
        "Voice assistants and conversational interfaces are an emerging channel where personalisation will be "
        "expected rather than admired.",
        "{cn} warn that over-personalisation can feel intrusive, creating a privacy paradox in which customers "
        "want relevance but fear surveillance.",
        "Customer data platforms bring together data from every channel so that each interaction can be "
        "informed by the last one.",
        "The strategic implication for {org} is that investment in data infrastructure must come before "
        "investment in advanced tools.",
        "Location-based personalisation through the app could link online offers with visits to the {n_stores} stores.",
        "Dynamic pricing is a more controversial development, since customers who notice different prices may "
        "lose trust in the brand.",
        "According to {cn}, around {pct}% of consumers are more likely to buy from brands that offer "
        "personalised experiences.",
    ),
    "1c": (
        "Members of this segment typically research on a smartphone during the commute and complete purchases"
        " in the evening.",
        "Sephora shows good practice by linking its app, loyalty scheme and in-store consultations into one "
        "profile {c}.",
        "A poor example is the generic 'Dear Customer' newsletter that ignores everything the brand already "
        "knows about the reader.",
        "The segment responds well to short video, reviews from peers and offers that save time rather than money.",
        "Measuring the impact of personalisation requires a control group that receives the generic experience {c}.",
        "The business goals served by better personalisation include retention, higher basket value and lower"
        " acquisition costs.",
        "The chosen segment is {seg}, who make up about {pct}% of {org}'s online customers.",
        "They are heavy users of {ch1} and {ch2}, and they expect quick, relevant and mobile-friendly content.",
        "A good example of practice is Spotify, whose Discover Weekly playlist uses listening data to build a "
        "unique list for every user {c}.",
        "Amazon's recommendations show how purchase history can be turned into timely suggestions, although "
        "they sometimes repeat items already bought.",
        "By contrast, a recent email from a large retailer addressed me by the wrong name and promoted a product "
        "I had returned, which shows poor data hygiene.",
        "Such errors damage trust more than generic messages would, because they reveal that data is held but "
        "not managed {c}.",
        "Good practice can be measured through click-through rate, conversion rate and repeat purchase, while "
        "bad practice shows in unsubscribes and complaints.",
        "For this segment the key data needed are device, preferred channel, purchase frequency and content interests.",
        "Cross-channel consistency is essential: an offer seen on {ch1} should be recognised when the customer "
        "reaches {ch2}.",
        "{org} could improve by adding preference centres, so that customers choose what they receive and how often.",
        "Netflix demonstrates how artwork and rows of content can be personalised without the customer noticing "
        "the mechanism {c}.",
        "My own experience with a travel website that kept showing a holiday I had already booked shows how "
        "re-targeting can fail.",
        "Success depends on matching the level of personalisation to the goals of the business, such as "
        "retention or average order value.",
    ),
    "2a": (
        "Each action in the plan is linked to one stage of the customer journey, from first visit to repeat "
        "purchase {c}.",
        "Checkout friction will be reduced by offering guest checkout and local payment methods popular in {city}.",
        "Personalised product pages will be tested first with returning visitors, who are most likely to convert.",
        "Heat maps and session recordings will show where the segment abandons the journey on {ch2}.",
        "A contingency of ten per cent of the budget is kept for actions that prove more effective than expected.",
        "The overall objective is to raise the conversion rate for {seg} from {pct_low}% to {pct_high}% within "
        "twelve months.",
        "The two channels selected are {ch1} and {ch2}, because they carry the largest share of this segment's "
        "traffic.",
        "The plan follows the SOSTAC framework, moving from situation analysis to objectives, strategy, tactics, "
        "action and control {c}.",
        "In the first quarter the team will audit data sources and fix tracking so that conversions can be "
        "attributed correctly.",
        "A/B testing of landing pages on {ch2} will compare personalised hero banners with the current generic "
        "version.",
        "Abandoned-basket emails will be triggered within one hour, with a reminder after 24 hours.",
        "A budget of around US${money} thousand will be split between technology, content production and paid media.",
        "Progress will be reviewed monthly against KPIs such as conversion rate, average order value and cost "
        "per acquisition.",
        "Responsibility for each action is assigned to a named owner so that the plan can be monitored {c}.",
        "Quick wins such as saved baskets and simpler checkout forms can be delivered before more advanced work "
        "begins.",
        "The plan allows for a pilot with {pct}% of the segment before the changes are rolled out to everyone.",
    ),
    "2b": (
        "Interactive content such as quizzes can collect preferences while entertaining the customer {c}.",
        "On {ch1}, subject lines that mention the product last viewed tend to achieve higher open rates than "
        "generic ones.",
        "Content should be adapted to the time of day, with short formats in the morning and longer reads in "
        "the evening.",
        "Re-marketing should stop as soon as the customer buys, otherwise the brand pays to annoy its own "
        "customers {c}.",
        "Personalised video, generated from a template with the customer's name and recent activity, is an "
        "advanced option.",
        "On {ch1}, content can be personalised by inserting products that similar customers viewed in the last "
        "{days} days.",
        "Dynamic content blocks allow one email template to show different images and offers to different "
        "recipients {c}.",
        "On {ch2}, the home page could greet returning visitors with the category they browsed most recently.",
        "Re-marketing lists built from site visitors allow {org} to show tailored adverts to people who left "
        "without buying {c}.",
        "Frequency caps are important, because the same advert shown too often becomes irritating and reduces "
        "brand liking.",
        "User-generated content such as reviews from customers in the same segment adds social proof to "
        "personalised pages.",
        "Sequential messaging can move the customer from awareness to purchase, with each advert building on "
        "the previous one.",
        "Content should remain simple: one clear offer and one call to action works better than a page of choices {c}.",
        "Birthday and anniversary messages are a low-cost way to show recognition and usually achieve high open rates.",
        "Look-alike audiences extend re-marketing to new prospects who resemble the best existing customers.",
        "Personalised push notifications in the app should be triggered by behaviour, not sent in bulk.",
    ),
    "3a": (
        "Data ownership should sit with a named data steward so that quality problems are fixed at the source.",
        "Training for the customer service team will ensure that offline contact reflects what the customer "
        "sees online.",
        "Scalability depends on choosing tools that integrate through open APIs rather than closed, single-"
        "vendor suites {c}.",
        "Success should be measured through a small set of agreed KPIs reported monthly to the board.",
        "A test-and-learn culture is needed, in which failed experiments are seen as useful evidence {c}.",
        "{org} should begin with a basic implementation using the tools it already licenses before buying an "
        "advanced platform.",
        "A cross-functional team of {team} people, led by the head of digital, should own the programme {c}.",
        "New skills in data analysis and marketing automation will be needed, which can be hired or developed "
        "through training.",
        "External agencies can provide capacity in the short term, but core customer data should stay in-house.",
        "Paid channels need audience integration with advertising platforms, while owned channels depend on the "
        "quality of the CRM {c}.",
        "Earned channels are harder to personalise, so the focus there should be on listening and responding.",
        "Mobile must be treated as the primary platform, since {pct}% of the segment's visits come from smartphones.",
        "Advanced tracking with server-side tagging will keep measurement reliable as browsers restrict cookies.",
        "A phased roadmap allows the organisation to scale from email to the website and then to the app.",
        "Governance should include clear rules about which data may be used and who approves new uses {c}.",
        "The expectations of the wider audience, not only the target segment, should be tested through regular "
        "surveys.",
        "Investment should be justified by a business case that links each phase to revenue and retention.",
    ),
    "3b": (
        "The Privacy and Electronic Communications Regulations add specific rules for email and cookies {c}.",
        "A recent case in which a retailer was fined for sending marketing emails without consent shows that "
        "regulators act on complaints.",
        "Customers who feel watched may switch to competitors who appear more respectful of privacy.",
        "Algorithmic bias is a further concern, since automated models may exclude some groups from offers "
        "without anyone noticing.",
        "Regular audits of automated journeys should be scheduled so that outdated rules are removed {c}.",
        "The first risk is legal non-compliance, since the GDPR requires a lawful basis for processing personal "
        "data {c}.",
        "Fines can reach four per cent of global turnover, and the reputational damage may be even more costly.",
        "{org} should carry out a data protection impact assessment before any profiling begins.",
        "The second risk is loss of trust if customers feel that personalisation is creepy or intrusive {c}.",
        "The likelihood of this risk is medium but the impact is high, because trust is slow to rebuild.",
        "The third risk is technical failure, such as broken data feeds that show the wrong product or price.",
        "Automation amplifies mistakes, so an error in one rule can reach thousands of customers within minutes.",
        "Mitigation includes testing, clear escalation routes and a human check on automated campaigns.",
        "Transparency about why a customer sees a message, for example a short explanation, can reduce concern {c}.",
        "Senior management should set a policy that excludes sensitive categories of data from targeting.",
        "Each risk has been scored for likelihood and impact so that resources go first to the most serious.",
        "Overall, the benefits outweigh the risks provided that consent and data quality are managed carefully.",
    ),
}

CONNECTIVES = (
    "",
    "",
    "In addition,",
    "However,",
    "For example,",
    "As a result,",
    "Similarly,",
    "At the same time,",
    "In practice,",
    "Equally,",
    "Furthermore,",
    "On the other hand,",
    "Put simply,",
    "Crucially,",
)
LOWER_AFTER_CONNECTIVE = {
    "According",
    "Generative",
    "For",
    "Consent",
    "Zero-party",
    "Predictive",
    "Geo-fencing",
    "Email",
    "Members",
    "Measuring",
    "Interactive",
    "Checkout",
    "Heat",
    "Data",
    "Training",
    "Scalability",
    "Algorithmic",
    "Regular",
    "Customers",
    "They",
    "The",
    "A",
    "An",
    "It",
    "Its",
    "This",
    "Such",
    "Each",
    "In",
    "By",
    "On",
    "Good",
    "Budget",
    "Progress",
    "Quick",
    "Responsibility",
    "Rule-based",
    "Recommendation",
    "Real-time",
    "Artificial",
    "Voice",
    "Customer",
    "Location-based",
    "Dynamic",
    "Cross-channel",
    "Success",
    "Abandoned-basket",
    "Frequency",
    "User-generated",
    "Sequential",
    "Content",
    "Birthday",
    "Look-alike",
    "Personalised",
    "New",
    "External",
    "Paid",
    "Earned",
    "Mobile",
    "Advanced",
    "Governance",
    "Investment",
    "Fines",
    "Automation",
    "Mitigation",
    "Transparency",
    "Senior",
    "Overall",
    "Without",
    "Evidence",
    "Personalisation",
    "Re-marketing",
    "My",
    "Around",
    "Marketing",
    "Using",
}

SUBHEADINGS = {
    "1a": ("Organisation name", "Organisation information", "Specific background"),
    "1b": ("Current developments", "Future developments", "Implications for strategic decisions"),
    "1c": ("The target segment", "Examples of good practice", "Examples of bad practice", "Improvements"),
    "2a": ("Objectives", "Actions and timescales", "Monitoring and control"),
    "2b": ("Personalised content", "Dynamic content", "Re-marketing techniques"),
    "3a": ("Resources and skills", "Paid, owned and earned channels", "Mobile, tracking and data"),
    "3b": ("Risk one: legal compliance", "Risk two: customer trust", "Risk three: automation errors"),
}

FOOTNOTES = (
    "Figures taken from the organisation's most recent annual report.",
    "Based on the author's own experience as a customer in 2023.",
    "The General Data Protection Regulation (EU) 2016/679.",
    "Estimate supplied by the marketing manager in an informal interview.",
    "See the appendix for the full customer survey results.",
    "Conversion rate is defined here as orders divided by sessions.",
)


@dataclass(frozen=True)
class Layout:
    name: str
    paper: str  # "a4" or "letter"
    fonts: tuple[str, ...]
    sizes: tuple[float, ...]
    spacings: tuple[float, ...]
    indent_cm: float  # first-line indent, 0 for none
    space_after: float  # points after body paragraphs
    justified: bool
    heading_mode: str  # "styles" (Heading 1/2/3) or "bold" (direct formatting on Normal)
    label: str
    task_headings: bool
    title_choice: str  # "always", "never" or "either"
    cover: bool
    declaration: bool
    contents: bool
    footnotes: bool
    textbox: bool
    word_count_lines: bool
    bib_heading: str
    appendix: bool
    footer: str  # "page", "page_of", "centre_page"
    header: bool
    one_a_words: tuple[int, int]


LAYOUTS = (
    Layout(
        "letter_tnr_task_dot",
        "letter",
        ("Times New Roman",),
        (12,),
        (2.0, 1.5),
        1.27,
        0,
        True,
        "styles",
        "task_dot",
        True,
        "either",
        True,
        True,
        False,
        True,
        False,
        False,
        "Works Cited",
        False,
        "page_of",
        True,
        (200, 260),
    ),
    Layout(
        "a4_georgia_question",
        "a4",
        ("Georgia",),
        (11, 11.5),
        (1.5,),
        1.0,
        0,
        True,
        "styles",
        "q",
        True,
        "always",
        True,
        True,
        False,
        True,
        False,
        True,
        "Bibliography",
        False,
        "page",
        True,
        (240, 320),
    ),
    Layout(
        "a4_cambria_hyphen_numbered",
        "a4",
        ("Cambria",),
        (12, 11),
        (1.0, 1.15),
        0.75,
        0,
        True,
        "styles",
        "dash",
        True,
        "always",
        True,
        False,
        True,
        False,
        False,
        True,
        "References",
        True,
        "centre_page",
        False,
        (300, 420),
    ),
    Layout(
        "letter_segoe_task_part",
        "letter",
        ("Segoe UI",),
        (10.5, 11),
        (1.0, 1.15),
        0,
        8,
        False,
        "bold",
        "task_part",
        True,
        "either",
        True,
        True,
        False,
        False,
        True,
        True,
        "References",
        False,
        "page",
        True,
        (300, 400),
    ),
    Layout(
        "a4_candara_hash_caps",
        "a4",
        ("Candara",),
        (12, 13),
        (1.5,),
        1.25,
        0,
        True,
        "styles",
        "hash",
        True,
        "either",
        True,
        True,
        False,
        True,
        False,
        False,
        "Works cited",
        True,
        "page_of",
        True,
        (220, 300),
    ),
    Layout(
        "a4_tnr_roman_tasks",
        "a4",
        ("Times New Roman",),
        (12,),
        (1.5, 1.0),
        1.25,
        0,
        True,
        "bold",
        "roman",
        True,
        "always",
        True,
        True,
        False,
        True,
        False,
        True,
        "Bibliography",
        False,
        "centre_page",
        True,
        (250, 330),
    ),
    Layout(
        "letter_georgia_sections",
        "letter",
        ("Georgia", "Cambria"),
        (10.5, 11),
        (1.15, 1.0),
        0.5,
        0,
        True,
        "styles",
        "section",
        False,
        "either",
        False,
        False,
        False,
        True,
        True,
        False,
        "References",
        False,
        "page",
        True,
        (300, 420),
    ),
    Layout(
        "a4_large_activity",
        "a4",
        ("Candara", "Segoe UI", "Cambria"),
        (13, 14),
        (1.0, 1.15),
        1.0,
        0,
        True,
        "bold",
        "activity",
        True,
        "either",
        True,
        False,
        False,
        False,
        False,
        True,
        "Bibliography",
        True,
        "page",
        False,
        (200, 270),
    ),
)

REPORTS = 32


# --- headings --------------------------------------------------------------------------------------------------
def task_heading(label: str, task: str) -> str:
    title = TASK_TITLES[task]
    return {
        "task_dot": f"Task {task}",
        "q": f"Question {task}",
        "dash": f"{task}. {title}",
        "task_part": f"Task-{task}",
        "hash": f"TASK #{task}: {title.upper()}",
        "roman": f"Task {ROMAN[task]}: {title}",
        "section": f"Task {task}",
        "activity": f"Activity {task}",
    }[label]


def part_heading(label: str, part: str, with_title: bool) -> str:
    task, letter = part[0], part[1]
    title = PART_TITLES[part]
    if label == "task_dot":
        return f"Task {task}.{letter}: {title}" if with_title else f"Task {task}.{letter}"
    if label == "q":
        return f"Q.{task}({letter}) {title}" if with_title else f"Q.{task}({letter})"
    if label == "dash":
        return f"{task}-{letter} {title}" if with_title else f"{task}-{letter}"
    if label == "task_part":
        return f"Task-{task} Part-{letter}: {title}" if with_title else f"Task-{task} Part-{letter}"
    if label == "hash":
        return f"TASK #{task} ({letter}) – {title.upper()}" if with_title else f"TASK #{task} ({letter})"
    if label == "roman":
        return f"Task {ROMAN[task]} ({letter}) – {title}" if with_title else f"Task {ROMAN[task]} ({letter})"
    if label == "section":
        head = f"Task {task} – Section {letter.upper()}"
        return f"{head}: {title}" if with_title else head
    if label == "activity":
        return f"Activity {task}{letter} {title}" if with_title else f"Activity {task}{letter}"
    raise ValueError(label)


# --- XML helpers -----------------------------------------------------------------------------------------------
def set_run_font(rpr_owner, name: str) -> None:
    """Set a font on a style's or run's rPr, dropping theme fonts that would override it."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def add_field(paragraph, instruction: str, shown: str) -> None:
    for kind in ("begin", None, "separate", "text", "end"):
        run = paragraph.add_run()
        if kind == "text":
            run.text = shown
        elif kind is None:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        else:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)


class Report:
    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(19_000 + index)
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        self.fake = Faker("en_GB")
        self.fake.seed_instance(19_000 + index)
        rng = self.rng
        lay = self.layout
        self.font = rng.choice(lay.fonts)
        self.size = rng.choice(lay.sizes)
        self.spacing = rng.choice(lay.spacings)
        self.with_title = {"always": True, "never": False}.get(lay.title_choice, rng.random() < 0.5)
        self.centre, self.city = rng.choice(CENTRES)
        self.candidate = f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
        sector, products = rng.choice(SECTORS)
        ch1, ch2 = rng.sample(CHANNELS, 2)
        rivals = [self.fake.company() for _ in range(3)]
        self.org = rivals[0]
        low = rng.randint(15, 35) / 10
        self.facts = {
            "org": self.org,
            "sector": sector,
            "products": products,
            "city": self.city,
            "founded": rng.randint(1965, 2012),
            "staff": f"{rng.randint(3, 90) * 50:,}",
            "n_stores": rng.randint(6, 140),
            "app_year": rng.randint(2014, 2021),
            "turnover": rng.randint(12, 900),
            "rating": rng.choice(("3.4", "3.9", "4.1", "4.4", "4.6")),
            "a_sector": ("an " if sector[0] in "aeiou" else "a ") + sector,
            "customers": f"{rng.randint(40, 950) * 1000:,}",
            "rival": rivals[1],
            "rival2": rivals[2],
            "team": rng.randint(4, 15),
            "seg": rng.choice(SEGMENTS),
            "ch1": ch1,
            "ch2": ch2,
            "pct_low": f"{low:.1f}",
            "pct_high": f"{low + rng.randint(5, 15) / 10:.1f}",
            "days": rng.choice((7, 14, 30)),
        }
        self.cited: list[tuple[str, int, str]] = []
        self.footnotes: list[str] = []
        self.part_words = {part: 0 for part in PARTS}
        self.headings: dict[str, str] = {}
        self.doc = docx.Document()
        self.list_num_id: int | None = None
        self.order = {part: rng.sample(range(len(BANK[part])), len(BANK[part])) for part in PARTS}
        self.cursor = {part: 0 for part in PARTS}
        self.generic_cursor = rng.randint(0, len(GENERIC) - 1)
        self.used: set[str] = set()

    # --- text ---
    def cite(self, narrative: bool) -> str:
        author, year, entry = self.rng.choice(SOURCES)
        if (author, year, entry) not in self.cited:
            self.cited.append((author, year, entry))
        if narrative:
            return f"{author} ({year})"
        if self.rng.random() < 0.2:
            return f"({author}, {year}, p. {self.rng.randint(12, 340)})"
        return f"({author}, {year})"

    def fill(self, template: str) -> str:
        values = dict(self.facts)
        values["pct"] = self.rng.randint(12, 68)
        values["pct2"] = self.rng.randint(40, 75)
        values["pct3"] = self.rng.randint(18, 60)
        values["money"] = self.rng.randint(12, 900)
        text = template
        while "{c}" in text:
            text = text.replace("{c}", self.cite(False), 1)
        while "{cn}" in text:
            text = text.replace("{cn}", self.cite(True), 1)
        text = text.format(**values)
        return text[0].upper() + text[1:]

    def sentence(self, part: str) -> str:
        rng = self.rng
        for _attempt in range(12):
            if rng.random() < 0.15 and part != "1a":
                self.generic_cursor = (self.generic_cursor + 1) % len(GENERIC)
                core = self.fill(GENERIC[self.generic_cursor])
            else:
                order = self.order[part]
                core = self.fill(BANK[part][order[self.cursor[part] % len(order)]])
                self.cursor[part] += 1
            if part != "1a" and self.cursor[part] > len(self.order[part]):
                lead = rng.choice(CONNECTIVES)
                first, _, rest = core.partition(" ")
                if first.endswith(","):
                    pass  # the sentence already opens with a connective of its own
                elif lead and first in LOWER_AFTER_CONNECTIVE:
                    core = f"{lead} {first.lower()} {rest}"
                elif lead:
                    core = f"{lead} {core}"
            if core not in self.used:
                self.used.add(core)
                return core
        return core

    # --- styles and page ---
    def setup(self) -> None:
        lay = self.layout
        doc = self.doc
        normal = doc.styles["Normal"]
        set_run_font(normal.element, self.font)
        normal.font.size = Pt(self.size)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "en-US" if lay.paper == "letter" else "en-GB")
        normal.element.get_or_add_rPr().append(lang)
        fmt = normal.paragraph_format
        fmt.line_spacing = self.spacing
        fmt.space_after = Pt(lay.space_after)
        fmt.space_before = Pt(0)
        if lay.justified:
            fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if lay.indent_cm:
            fmt.first_line_indent = Cm(lay.indent_cm)
        for level, bump in (("Heading 1", 4), ("Heading 2", 2), ("Heading 3", 0)):
            style = doc.styles[level]
            set_run_font(style.element, self.font)
            style.font.size = Pt(self.size + bump)
            style.font.bold = True
            style.font.italic = level == "Heading 3"
            style.font.color.rgb = RGBColor(0, 0, 0)
            style.paragraph_format.first_line_indent = Cm(0)
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
            style.paragraph_format.space_before = Pt(12 if level != "Heading 3" else 6)
            style.paragraph_format.space_after = Pt(6 if level != "Heading 3" else 3)
            style.paragraph_format.line_spacing = 1.0
        for name in ("List Bullet", "List Number"):
            style = doc.styles[name]
            style.paragraph_format.first_line_indent = None
        settings = doc.settings.element
        hyph = OxmlElement("w:autoHyphenation")
        tab = settings.find(qn("w:defaultTabStop"))
        if tab is not None:
            tab.addnext(hyph)
        else:
            settings.insert(0, hyph)
        section = doc.sections[0]
        if lay.paper == "letter":
            section.page_width, section.page_height = Inches(8.5), Inches(11)
            margin = Inches(self.rng.choice((1.0, 1.0, 1.25)))
        else:
            section.page_width, section.page_height = Cm(21.0), Cm(29.7)
            margin = Cm(self.rng.choice((2.0, 2.54, 2.5)))
        section.left_margin = section.right_margin = margin
        section.top_margin = section.bottom_margin = margin

    def header_footer(self, section) -> None:
        lay = self.layout
        if lay.header:
            para = section.header.paragraphs[0]
            para.text = f"{self.centre}, {self.city}  |  Candidate {self.candidate}"
            para.paragraph_format.first_line_indent = Cm(0)
            para.alignment = WD_ALIGN_PARAGRAPH.LEFT
        foot = section.footer.paragraphs[0]
        foot.paragraph_format.first_line_indent = Cm(0)
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER if lay.footer != "centre_page" else WD_ALIGN_PARAGRAPH.RIGHT
        if lay.footer == "page_of":
            foot.add_run("Page ")
            add_field(foot, "PAGE", "1")
            foot.add_run(" of ")
            add_field(foot, "NUMPAGES", "1")
        elif lay.footer == "centre_page":
            foot.add_run(f"{self.centre} | CIM 2206 | ")
            add_field(foot, "PAGE", "1")
        else:
            add_field(foot, "PAGE", "1")

    # --- blocks ---
    def plain(self, text: str = "", *, align=None, bold: bool = False, size: float | None = None, indent=0.0):
        para = self.doc.add_paragraph()
        if text:
            run = para.add_run(text)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
        para.paragraph_format.first_line_indent = Cm(indent)
        if align is not None:
            para.alignment = align
        return para

    def heading(self, text: str, level: int) -> None:
        lay = self.layout
        if lay.heading_mode == "styles":
            para = self.doc.add_paragraph(text, style=f"Heading {level}")
        else:
            bump = {1: 3, 2: 1.5, 3: 0}[level]
            para = self.plain(text, align=WD_ALIGN_PARAGRAPH.LEFT, bold=level < 3, size=self.size + bump)
            para.paragraph_format.space_before = Pt(12 if level < 3 else 6)
            para.paragraph_format.space_after = Pt(6 if level < 3 else 2)
            para.paragraph_format.keep_with_next = True
            if level == 3:
                para.runs[0].italic = True
                para.runs[0].underline = True

    def body(self, part: str, target: int) -> int:
        sentences: list[str] = []
        words = 0
        while words < target:
            sentence = self.sentence(part)
            sentences.append(sentence)
            words += count(sentence)
        para = self.doc.add_paragraph()
        note_at = -1
        if self.layout.footnotes and self.rng.random() < 0.3 and len(self.footnotes) < 6:
            note_at = self.rng.randrange(len(sentences))
        for i, sentence in enumerate(sentences):
            lead = "" if i == 0 else " "
            if i == note_at:
                para.add_run(lead + sentence)
                self.footnote_ref(para)
            else:
                para.add_run(lead + sentence)
        text = " ".join(sentences)
        assert para.text == text
        counted = count(text)
        self.part_words[part] += counted
        return counted

    def footnote_ref(self, para) -> None:
        note = FOOTNOTES[(self.index + len(self.footnotes)) % len(FOOTNOTES)]
        self.footnotes.append(note)
        run = para.add_run()
        rpr = run._r.get_or_add_rPr()
        valign = OxmlElement("w:vertAlign")
        valign.set(qn("w:val"), "superscript")
        rpr.append(valign)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(len(self.footnotes)))
        run._r.append(ref)

    def new_list_num(self) -> int:
        numbering = self.doc.part.numbering_part.element
        style = self.doc.styles["List Number"]
        num_id = int(style.element.pPr.numPr.numId.val)
        abstract = None
        for num in numbering.findall(qn("w:num")):
            if int(num.get(qn("w:numId"))) == num_id:
                abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
        numbering.append(
            parse_xml(
                f'<w:num xmlns:w="{W_NS}" w:numId="{new_id}"><w:abstractNumId w:val="{abstract}"/>'
                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )
        return new_id

    def bullets(self, part: str, items: int, numbered: bool) -> int:
        total = 0
        num_id = self.new_list_num() if numbered else None
        typed = self.layout.label == "task_part" and numbered
        for i in range(items):
            text = self.sentence(part)
            if typed:
                text = f"({('i', 'ii', 'iii', 'iv', 'v', 'vi')[i]}) {text}"
                para = self.plain(text)
                para.paragraph_format.left_indent = Cm(0.8)
            else:
                para = self.doc.add_paragraph(text, style="List Number" if numbered else "List Bullet")
                para.paragraph_format.first_line_indent = None
                if num_id is not None:
                    numpr = para._p.get_or_add_pPr().get_or_add_numPr()
                    numpr.get_or_add_ilvl().val = 0
                    numpr.get_or_add_numId().val = num_id
            total += count(text)
        self.part_words[part] += total
        return total

    def quotation(self, part: str) -> int:
        author, year, entry = SOURCES[self.rng.choice((0, 1, 6))]
        if (author, year, entry) not in self.cited:
            self.cited.append((author, year, entry))
        text = (
            "“Personalisation is not about technology for its own sake; it is about using what we know about a "
            f"customer to make the next interaction more useful” ({author}, {year}, p. {self.rng.randint(20, 300)})."
        )
        para = self.plain(text, indent=0)
        para.paragraph_format.left_indent = Cm(1.25)
        para.paragraph_format.right_indent = Cm(1.25)
        para.runs[0].italic = True
        self.part_words[part] += count(text)
        return count(text)

    def table(self, part: str) -> None:
        rng = self.rng
        rows = [("Action", "Channel", "Owner", "Timing", "KPI")]
        actions = (
            "Audit tracking and data",
            "Personalised landing pages",
            "Abandoned-basket emails",
            "A/B test hero banners",
            "Saved baskets and one-click checkout",
            "Monthly KPI review",
        )
        owners = ("Digital manager", "CRM executive", "Web agency", "Analytics lead", "Content team")
        for i, action in enumerate(rng.sample(actions, 5)):
            rows.append(
                (
                    action,
                    self.facts["ch1"] if i % 2 == 0 else self.facts["ch2"],
                    rng.choice(owners),
                    f"Month {i * 2 + 1}-{i * 2 + 3}",
                    rng.choice(("Conversion rate", "Open rate", "AOV", "CPA", "Click-through rate")),
                )
            )
        caption = self.plain(
            f"Table 1: Action plan to raise conversion for {self.facts['seg']}",
            align=WD_ALIGN_PARAGRAPH.LEFT,
            bold=True,
            size=self.size - 1,
        )
        caption.paragraph_format.keep_with_next = True
        table = self.doc.add_table(rows=len(rows), cols=5)
        if "Table Grid" in [style.name for style in self.doc.styles]:
            table.style = self.doc.styles["Table Grid"]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.text = value
                cpara = cell.paragraphs[0]
                cpara.paragraph_format.first_line_indent = Cm(0)
                cpara.alignment = WD_ALIGN_PARAGRAPH.LEFT
                cpara.paragraph_format.line_spacing = 1.0
                for run in cpara.runs:
                    run.font.size = Pt(max(9, self.size - 2))
                    run.bold = r == 0
        self.plain("")  # the empty paragraph Word users leave after a table

    def textbox(self, part: str) -> None:
        text = f"Key fact: {self.rng.randint(55, 85)}% of {self.facts['seg']} expect offers tailored to them."
        xml = (
            f'<w:r xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
            f'<v:shape id="TextBox{self.index}{len(self.footnotes)}" o:spid="_x0000_s10{self.rng.randint(10, 99)}" '
            'type="#_x0000_t202" style="width:360pt;height:42pt" strokeweight="1pt" fillcolor="#EAF1F8">'
            '<v:textbox><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
            f"<w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
        para = self.plain("", align=WD_ALIGN_PARAGRAPH.CENTER)
        para._p.append(parse_xml(xml))

    # --- the report ---
    def cover(self) -> None:
        lay = self.layout
        center = WD_ALIGN_PARAGRAPH.CENTER
        self.plain(self.centre, align=center, bold=True, size=self.size + 6)
        self.plain(self.city, align=center, size=self.size + 1)
        self.plain("")
        self.plain("CIM Level 6 Digital Diploma in Professional Marketing", align=center, size=self.size + 2)
        self.plain("Mastering Digital Channels (2206)", align=center, bold=True, size=self.size + 4)
        self.plain(f"Personalisation in digital channels: a report for {self.org}", align=center)
        self.plain("")
        self.plain(f"Candidate number: {self.candidate}", align=center)
        self.plain(
            f"Submission date: {self.rng.randint(1, 28)} {self.rng.choice(('June', 'July', 'December'))} 2024",
            align=center,
        )
        if lay.declaration:
            self.plain("")
            self.plain("Declaration of authenticity", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
            self.plain(
                "I confirm that this assignment is my own work and that all sources have been acknowledged. "
                "This declaration and the cover page are not included in the word count.",
                align=WD_ALIGN_PARAGRAPH.LEFT,
                size=self.size - 1,
            )
            self.plain(f"Signed: {self.fake.name()}", align=WD_ALIGN_PARAGRAPH.LEFT, size=self.size - 1)

    def contents(self) -> None:
        self.plain("Contents", bold=True, size=self.size + 3, align=WD_ALIGN_PARAGRAPH.LEFT)
        page = 2
        for part in PARTS:
            if part.endswith("a"):
                self.plain(f"{task_heading(self.layout.label, part[0])}\t{page}", align=WD_ALIGN_PARAGRAPH.LEFT)
            line = self.plain(f"{part_heading(self.layout.label, part, True)}\t{page}", align=WD_ALIGN_PARAGRAPH.LEFT)
            line.paragraph_format.left_indent = Cm(0.6)
            page += 1 if part != "1a" else 0
        self.plain(f"{self.layout.bib_heading}\t{page}", align=WD_ALIGN_PARAGRAPH.LEFT)

    def page_break(self) -> None:
        self.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    def write_part(self, part: str, target: int) -> None:
        rng = self.rng
        lay = self.layout
        heading = part_heading(lay.label, part, self.with_title or (part == "1a" and lay.label in ("q", "dash")))
        self.headings[part] = heading
        self.heading(heading, 2 if lay.task_headings else 1)
        subs = list(SUBHEADINGS[part]) if rng.random() < (0.8 if part == "1a" else 0.45) else []
        extras: list[str] = []
        if part == "2a" and rng.random() < 0.8:
            extras.append("table")
        if part in ("1b", "2b", "3a") and rng.random() < 0.6:
            extras.append("bullets")
        if part in ("2a", "3b") and rng.random() < 0.5:
            extras.append("numbered")
        if part in ("1b", "1c") and rng.random() < 0.3:
            extras.append("quote")
        if lay.textbox and part in ("1c", "2b") and rng.random() < 0.7:
            extras.append("textbox")
        paragraphs = max(len(subs), 2, round(target / rng.uniform(95, 150)))
        # which paragraph each sub-heading and each extra goes before (never before the first paragraph for
        # extras, so that a part opens with running text after its heading or sub-heading)
        sub_at = {round(i * paragraphs / len(subs)): sub for i, sub in enumerate(subs)} if subs else {}
        extra_at: dict[int, str] = {}
        for extra in extras:
            spot = rng.randint(1, paragraphs - 1)
            while spot in extra_at or spot in sub_at:
                spot = spot + 1 if spot + 1 < paragraphs else 1
                if len(extra_at) + len(sub_at) >= paragraphs - 1:
                    break
            extra_at.setdefault(spot, extra)
        written = 0
        for i in range(paragraphs):
            if i in sub_at:
                self.heading(sub_at[i], 3)
            extra = extra_at.get(i)
            if extra == "table":
                self.table(part)
            elif extra == "bullets":
                written += self.bullets(part, rng.randint(3, 5), numbered=False)
            elif extra == "numbered":
                written += self.bullets(part, rng.randint(3, 4), numbered=True)
            elif extra == "quote":
                written += self.quotation(part)
            elif extra == "textbox":
                self.textbox(part)
            goal = max(30, (target - written) // (paragraphs - i))
            written += self.body(part, goal)

    def word_count_line(self, group: str) -> None:
        total = sum(self.part_words[p] for p in LIMIT_GROUPS[group])
        text = self.rng.choice(("Word count: {n:,}", "(Word count: {n:,} words)", "Words: {n:,}"))
        self.plain(text.format(n=total), align=WD_ALIGN_PARAGRAPH.RIGHT, size=self.size - 1)

    def build(self) -> tuple[bytes, Truth]:
        rng = self.rng
        lay = self.layout
        self.setup()
        section = self.doc.sections[0]
        profile = rng.choices(("near", "over", "under"), weights=(5, 3, 2))[0]
        factor = {
            "near": rng.uniform(0.88, 0.99),
            "over": rng.uniform(1.03, 1.1),
            "under": rng.uniform(0.55, 0.8),
        }[profile]
        # the overview stays within one side: fewer words when the lines are further apart
        shrink = {1.0: 1.0, 1.15: 0.95, 1.5: 0.85, 2.0: 0.72}[self.spacing]
        targets = {"1a": int(rng.randint(*lay.one_a_words) * shrink)}
        for group, limit in (("task1-bc", 1500), ("task2-ab", 1750), ("task3-ab", 1500)):
            a, b = LIMIT_GROUPS[group]
            total = int(limit * (factor + rng.uniform(-0.02, 0.02)))
            split = rng.uniform(0.45, 0.58)
            targets[a] = int(total * split)
            targets[b] = total - targets[a]
        if lay.cover:
            self.cover()
            section.different_first_page_header_footer = True
            if lay.contents:
                self.page_break()
                self.contents()
            new = self.doc.add_section(WD_SECTION.NEW_PAGE) if rng.random() < 0.5 else None
            if new is None:
                self.page_break()
            else:
                new.different_first_page_header_footer = False
        else:
            self.plain(
                f"Personalisation in digital channels: a report for {self.org}",
                align=WD_ALIGN_PARAGRAPH.CENTER,
                bold=True,
                size=self.size + 4,
            )
        self.header_footer(section)
        for part in PARTS:
            if part.endswith("a") and lay.task_headings:
                if part != "1a" and rng.random() < 0.35:
                    self.page_break()
                self.heading(task_heading(lay.label, part[0]), 1)
            self.write_part(part, targets[part])
            if lay.word_count_lines and part in ("1c", "2b", "3b"):
                group = {"1c": "task1-bc", "2b": "task2-ab", "3b": "task3-ab"}[part]
                self.word_count_line(group)
        self.page_break()
        self.heading(lay.bib_heading, 1)
        for _author, _year, entry in sorted(self.cited, key=lambda source: source[2]):
            para = self.plain(entry, align=WD_ALIGN_PARAGRAPH.LEFT)
            para.paragraph_format.left_indent = Cm(1.0)
            para.paragraph_format.first_line_indent = Cm(-1.0)
            para.paragraph_format.space_after = Pt(6)
        if lay.appendix:
            self.page_break()
            self.heading("Appendix 1: Customer survey summary", 1)
            self.plain(
                f"A short online survey of {rng.randint(40, 180)} customers was run through {self.facts['ch1']} "
                "to test attitudes to personalised offers. The main results are summarised below.",
            )
            rows = (
                ("Statement", "Agree"),
                ("Relevant offers are welcome", f"{rng.randint(55, 80)}%"),
                ("I worry about how my data is used", f"{rng.randint(30, 60)}%"),
            )
            table = self.doc.add_table(rows=3, cols=2)
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        if self.footnotes:
            self.add_footnotes_part()
        out = io.BytesIO()
        self.doc.save(out)
        part_words = dict(self.part_words)
        truth = Truth(
            name="",
            seed=self.index,
            layout=lay.name,
            split="",
            part_words=part_words,
            group_words={g: sum(part_words[p] for p in parts) for g, parts in LIMIT_GROUPS.items()},
            words_all=sum(part_words.values()),
            headings=dict(self.headings),
        )
        return out.getvalue(), truth

    def add_footnotes_part(self) -> None:
        size = int((self.size - 2) * 2)
        notes = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for i, note in enumerate(self.footnotes, start=1):
            notes.append(
                f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
                f'<w:ind w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:vertAlign '
                f'w:val="superscript"/><w:sz w:val="{size}"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr>'
                f'<w:sz w:val="{size}"/></w:rPr><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote>'
            )
        blob = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:footnotes xmlns:w="{W_NS}">' + "".join(notes) + "</w:footnotes>"
        ).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def build(index: int) -> tuple[bytes, Truth]:
    """Report ``index`` of the pool as DOCX bytes and its truth, the same for the same index."""
    return Report(index).build()
