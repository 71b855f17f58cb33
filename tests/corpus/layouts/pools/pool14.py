"""Pool 14 (HELD OUT): long, heavily referenced CIM 2206 scripts, written without reading marker's readers.

The candidates behind these reports write at length and annotate everything: two to six footnotes (or endnotes)
per part, some of them long enough to run onto the next page, indented block quotations in a smaller size,
numbered paragraphs typed by hand, bullet lists nested inside numbered lists, cross-references to other sections
("see section 2.1", some as Word REF fields) and a reference list with hanging indents, often followed by an
appendix with tables. Seven layouts vary the fonts (10.5 to 14 pt), the line spacing (single to double), the
margins, how part headings are labelled and made (Heading 2 or typed bold) and the extras around the answers.

Truth is counted while each paragraph is written, under the 2206 word-count policy: body paragraphs, list items
(an automatic number or bullet is not text, a typed number is), citations and block quotations are counted;
headings, sub-headings, tables, captions, footnotes, endnotes, headers and footers, the cover, the contents, the
reference list, the appendix and the "Word count" lines are not.
"""

from __future__ import annotations

import datetime
import io
import random
from dataclasses import dataclass

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Footnote- and quotation-heavy 2206 scripts: 2-6 footnotes or endnotes per part (some long, running over a "
    "page), smaller indented block quotes, hand-numbered paragraphs, bullets nested in numbered lists, "
    "cross-references and REF fields, hanging-indent references and appendix tables, in seven layouts"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
LAYOUT_NAMES = (
    "heading2_footnotes",
    "caps_bold_numbered_paragraphs",
    "dense_endnotes_nested_lists",
    "double_spaced_long_notes",
    "section_numbered_ref_fields",
    "cover_contents_formal",
    "paren_labels_no_task_headings",
)

# --- the organisations --------------------------------------------------------------------------------------
SECTORS = (
    {
        "kind": "independent outdoor-equipment retailer",
        "products": "tents, walking boots, technical clothing and climbing gear",
        "rivals": ("Go Outdoors", "Cotswold Outdoor", "Decathlon", "Blacks"),
        "segments": ("weekend family campers", "urban trail runners", "young adventure travellers"),
        "names": ("Ridgeline Outdoor", "Fellside Supply Co.", "Summit and Stream"),
    },
    {
        "kind": "regional building society",
        "products": "mortgages, savings accounts, cash ISAs and home insurance",
        "rivals": ("Nationwide", "Yorkshire Building Society", "Monzo", "Coventry Building Society"),
        "segments": ("first-time buyers aged 25 to 34", "over-55 savers", "self-employed borrowers"),
        "names": ("Tamar Valley Building Society", "Northgate Mutual", "Wealdstone Building Society"),
    },
    {
        "kind": "subscription meal-kit company",
        "products": "weekly recipe boxes, ready meals and a kitchen-essentials shop",
        "rivals": ("HelloFresh", "Gousto", "Mindful Chef", "Simply Cook"),
        "segments": ("busy young professionals", "families with children under ten", "plant-based cooks"),
        "names": ("Pantry Post", "Harvest Table", "Crate and Ladle"),
    },
    {
        "kind": "boutique hotel group",
        "products": "rooms, restaurants, spa breaks and wedding packages",
        "rivals": ("Hotel du Vin", "Malmaison", "Premier Inn", "Airbnb"),
        "segments": ("midweek business travellers", "couples booking short breaks", "wedding planners"),
        "names": ("Lanyard Hotels", "The Quayside Collection", "Oakmere House Hotels"),
    },
    {
        "kind": "direct-to-consumer pet-food brand",
        "products": "dry and wet food, tailored feeding plans, treats and supplements",
        "rivals": ("Butternut Box", "Tails.com", "Pets at Home", "Lily's Kitchen"),
        "segments": ("owners of puppies under one year", "owners of senior dogs", "multi-cat households"),
        "names": ("Barkwell", "Whisker and Wag", "Good Bowl Pet Co."),
    },
    {
        "kind": "university continuing-education department",
        "products": "short courses, part-time certificates, online diplomas and corporate training",
        "rivals": ("the Open University", "FutureLearn", "Coursera", "City Lit"),
        "segments": ("career changers aged 30 to 45", "mid-career managers", "retired lifelong learners"),
        "names": ("Kingsbridge Lifelong Learning", "Westmoor Continuing Education", "Harcourt Open Studies"),
    },
    {
        "kind": "mid-sized fashion e-tailer",
        "products": "womenswear, menswear, footwear and accessories",
        "rivals": ("ASOS", "Boohoo", "Next", "Zalando"),
        "segments": ("Gen Z students", "working mothers aged 30 to 40", "occasion-wear shoppers"),
        "names": ("Threadline", "Marlow and Finch", "Kestrel Clothing"),
    },
)
CHANNEL_PAIRS = (
    ("email", "the mobile app"),
    ("paid social", "the website"),
    ("email marketing", "paid search"),
    ("the website", "SMS"),
    ("Instagram", "email"),
    ("the app", "display re-marketing"),
)

# --- the sources ---------------------------------------------------------------------------------------------
_SOURCE_TEXT = """
Chaffey and Ellis-Chadwick | 2019 | Digital marketing: strategy, implementation and practice. 7th edn. Harlow:
Pearson.

Chaffey and Smith | 2017 | Digital marketing excellence: planning, optimizing and integrating online
marketing. 5th edn. Abingdon: Routledge.

Kingsnorth | 2019 | Digital marketing strategy: an integrated approach to online marketing. 2nd edn. London:
Kogan Page.

Ryan | 2017 | Understanding digital marketing: marketing strategies for engaging the digital generation. 4th
edn. London: Kogan Page.

Smith and Zook | 2020 | Marketing communications: integrating online and offline, customer engagement and
digital technologies. 7th edn. London: Kogan Page.

Kotler, Kartajaya and Setiawan | 2017 | Marketing 4.0: moving from traditional to digital. Hoboken, NJ: Wiley.

Lemon and Verhoef | 2016 | 'Understanding customer experience throughout the customer journey', Journal of
Marketing, 80(6), pp. 69-96.

Bleier and Eisenbeiss | 2015 | 'Personalized online advertising effectiveness: the interplay of what, when,
and where', Marketing Science, 34(5), pp. 669-688.

Aguirre et al. | 2015 | 'Unraveling the personalization paradox: the effect of information collection and
trust-building strategies on online advertisement effectiveness', Journal of Retailing, 91(1), pp. 34-49.

Google | 2018 | Micro-moments: your guide to winning the shift to mobile. Available at:
https://www.thinkwithgoogle.com (Accessed: 12 March 2020).

ICO | 2021 | Guide to the UK General Data Protection Regulation (UK GDPR). Wilmslow: Information
Commissioner's Office.

Econsultancy | 2019 | Personalisation: the state of play. London: Econsultancy.

McKinsey and Company | 2019 | The future of personalization and how to get ready for it. New York: McKinsey
and Company.

Deloitte | 2020 | Connecting with meaning: hyper-personalizing the customer experience using data, analytics
and AI. London: Deloitte.

Gartner | 2019 | Gartner predicts 80% of marketers will abandon personalization efforts by 2025. Stamford, CT:
Gartner.

Salesforce | 2020 | State of the connected customer. 4th edn. San Francisco: Salesforce Research.

Accenture | 2018 | Making it personal: why brands must move from communication to conversation. Dublin:
Accenture Interactive.

Boerman, Kruikemeier and Zuiderveen Borgesius | 2017 | 'Online behavioral advertising: a literature review and
research agenda', Journal of Advertising, 46(3), pp. 363-376.

CIM | 2019 | Mastering Digital Channels (2206) assignment brief, July 2019. Maidenhead: The Chartered
Institute of Marketing.

Epsilon | 2018 | The power of me: the impact of personalization on marketing performance. Irving, TX: Epsilon.
"""
SOURCES = tuple(
    (author, int(year), rest)
    for author, year, rest in (
        [field.strip() for field in " ".join(entry.split()).split(" | ")]
        for entry in _SOURCE_TEXT.strip().split("\n\n")
    )
)

QUOTES = (
    "Personalisation is not a campaign tactic but an operating model: it asks the organisation to decide, "
    "customer by customer, what it knows, what it may use and what it should say next",
    "The most effective personalisation is often invisible; customers notice relevance, not the machinery "
    "that produced it",
    "Consumers are willing to share data in exchange for value, but the exchange must be explicit, fair and "
    "revocable at any time",
    "A micro-moment is an intent-rich moment when a person turns to a device to act on a need to know, go, do "
    "or buy, and the brand that is useful in that moment earns the preference",
    "Re-marketing works best when it continues a conversation the customer started, and worst when it "
    "follows them around the web repeating an offer they have already rejected",
    "Trust is the currency of the data economy; once it is spent carelessly it is very expensive to earn back",
    "Organisations overestimate their data maturity: most hold a great deal of customer data but can act on "
    "very little of it in real time",
    "The customer journey is no longer a funnel but a loop, and every touchpoint is an opportunity either to "
    "reinforce or to erode the relationship",
    "Community turns a transaction into a conversation, and conversation produces the kind of first-party "
    "insight that no third-party data set can match",
    "Privacy by design means that data protection is considered at the start of every project, not bolted on "
    "once the campaign is ready to launch",
)

# --- sentences ---------------------------------------------------------------------------------------------
GENERIC = (
    "Few organisations of {org}'s size have the analysts needed to make sense of all the data they hold {cite}.",
    "Customers reward brands that make their lives easier and punish those that waste their time {cite}.",
    "{narr} make the point that personalisation should be judged by the value it creates for the customer.",
    "This is consistent with what {org}'s own customer survey found last year.",
    "The lesson from {rival} is that even simple tactics, done consistently, can produce a strong return.",
    "It is worth stressing that personalisation without a clear customer benefit is simply targeting.",
    "The board will need evidence of return on investment before approving a larger programme.",
    "Personalisation in digital channels means using what is known about a customer to change the content, "
    "offer or timing of a message {cite}.",
    "{narr} argue that relevance rather than volume now decides whether a message is read at all.",
    "For {org}, the practical question is which data it already holds and how quickly it can act on it.",
    "Customers increasingly expect consistent experiences across mobile, web and social media {cite}.",
    "This matters because {pct}% of {org}'s revenue now comes through digital channels.",
    "The evidence is mixed, however, and several studies warn that poorly judged personalisation feels "
    "intrusive {cite}.",
    "A balanced view is therefore needed before the management team commits budget.",
    "{narr} found that tailored experiences lifted conversion by around {pct2}% across the retailers studied.",
    "{org} competes directly with {rival} and {rival2}, both of which already personalise their home pages.",
    "The implication for senior management is that investment in data quality must come before investment in "
    "new tools.",
    "In short, personalisation is a capability to be built over time rather than a product to be bought.",
    "Internal data shows that around {n} customers used {ch1} in the last quarter.",
)
PART_SENTENCES = {
    "1b": (
        "Current developments centre on recommendation engines, triggered email and dynamic web content {cite}.",
        "Rule-based segmentation remains the most common approach because it is cheap and transparent.",
        "Generative AI is beginning to produce copy and images tailored to individuals at scale {cite}.",
        "Contextual personalisation, based on weather, time or location rather than identity, is growing fast.",
        "Zero-party data, which customers give willingly through quizzes and preference centres, is a further "
        "development {cite}.",
        "Machine learning now allows predictive personalisation, where the next best action is chosen in real "
        "time {cite}.",
        "Voice assistants and conversational interfaces are an emerging channel for personalised service.",
        "{narr} predict that hyper-personalisation will become the norm within five years.",
        "At the same time, the loss of third-party cookies will push organisations towards first-party data {cite}.",
        "Location-based personalisation through mobile apps offers timely offers but raises privacy concerns.",
        "A strategic decision for {org} is whether to build these capabilities in-house or buy them as a service.",
        "The cost of advanced platforms is falling, which brings them within reach of a business of {org}'s size.",
        "Nevertheless, {narr} warn that most organisations lack the data quality to exploit them fully.",
        "The advantage of basic approaches is speed; the disadvantage is that customers see through them.",
    ),
    "1c": (
        "The segment chosen for this report is {seg}, who make up about {pct}% of {org}'s online customers.",
        "{seg_cap} research on mobile first and expect the brand to remember their preferences.",
        "Their journey typically starts on social media and ends on {ch1} {cite}.",
        "Personalising {ch1} for this segment would mean tailoring content to life stage and recent behaviour.",
        "For {ch2}, personalisation could use browsing data to surface relevant products and reminders.",
        "Analysis of the CRM data shows this segment has the highest basket value but the lowest retention.",
        "{narr} suggest that segments with high digital engagement respond best to behavioural triggers.",
        "The risk is that the segment is also the most sensitive to over-familiar messages {cite}.",
        "A persona has been built from interviews with six customers and from the web analytics.",
        "Members of this segment often compare prices with {rival} before buying {cite}.",
        "They open emails mostly in the evening and on their phones, which affects timing and design.",
        "Their lifetime value is estimated at £{aov}0 over five years, well above the average customer.",
    ),
    "2a": (
        "The action plan focuses on two channels, {ch1} and {ch2}, as set out in the brief {cite}.",
        "The overall goal is to raise the conversion rate of {seg} from {pct}% to {pct2}% within twelve months.",
        "The See-Think-Do-Care framework of {narr} is used to structure the stages of the plan.",
        "Google's micro-moments research identifies the I-want-to-know and I-want-to-buy moments as critical {cite}.",
        "Existing data from the CRM and web analytics will be used to build triggers for each stage.",
        "An online community for {seg} would move the communication from broadcast to conversation.",
        "Metrics include click-through rate, add-to-basket rate, conversion rate and customer lifetime value.",
        "Each action has an owner, a budget and a review date so that senior management can track progress.",
        "The first ninety days concentrate on quick wins such as abandoned-basket emails.",
        "A/B testing will be built into every stage so that decisions rest on evidence rather than opinion.",
        "The community stage draws on the typology of online communities set out by {narr}.",
        "Conversion will be measured separately for new and returning customers to avoid a misleading average.",
        "The plan links each micro moment to a specific trigger and a specific piece of content {cite}.",
    ),
    "2b": (
        "Content on {ch1} can be personalised by name, by recent behaviour and by predicted interest {cite}.",
        "Dynamic content blocks allow a single email to show different products to different customers.",
        "On {ch2}, the home page could greet returning visitors with the category they browsed last.",
        "Re-marketing to visitors who abandoned a basket is the most cost-effective technique available {cite}.",
        "{narr} show that re-marketing works best when the message changes with each exposure.",
        "Frequency caps prevent customers from seeing the same advertisement too often.",
        "User-generated content from the community can be matched to each customer's interests.",
        "Simplicity matters: a customer should never be shown more than three recommendations at once.",
        "Video and interactive quizzes offer richer ways to collect preferences without feeling intrusive.",
        "{rival} uses a similar approach, showing recently viewed items in every email footer.",
        "Re-marketing lists should exclude customers who have already bought, to avoid wasting budget {cite}.",
        "Personalised subject lines alone raise open rates, but personalised content raises revenue {cite}.",
    ),
    "3a": (
        "Managing personalisation requires a cross-functional team drawn from marketing, IT and data {cite}.",
        "{org} should appoint a personalisation lead reporting to the marketing director.",
        "External agencies can provide skills in data science and marketing automation in the short term.",
        "Paid channels need different controls from owned channels, where {org} holds the data directly {cite}.",
        "Earned channels such as reviews and social sharing can be encouraged but not controlled.",
        "Basic implementation uses the existing email platform; advanced implementation requires a customer "
        "data platform.",
        "Mobile must be the starting point because {pct}% of sessions now begin on a smartphone.",
        "{narr} recommend a phased roll-out so that the organisation learns before it scales.",
        "Advanced tracking through server-side tagging will protect data quality as cookies decline.",
        "The budget for the first year is estimated at £{budget},000, including training.",
        "Skills gaps in analytics should be closed through training rather than new hires in year one.",
        "Scalability depends on choosing tools that integrate with the existing e-commerce platform {cite}.",
        "Governance should include a monthly review of results and of any customer complaints.",
    ),
    "3b": (
        "The first risk is legal: processing personal data without a lawful basis breaches the UK GDPR {cite}.",
        "Fines can reach £17.5 million or 4% of global turnover, whichever is higher {cite}.",
        "Consent must be freely given, specific, informed and unambiguous, and as easy to withdraw as to give.",
        "The second risk is reputational, since customers who feel watched may switch to {rival} {cite}.",
        "The third risk is operational: automated decisions can go wrong at scale before anyone notices.",
        "{narr} describe this as the personalisation paradox, where relevance and privacy pull apart.",
        "Each risk has been scored for likelihood and impact and given a mitigation and an owner.",
        "Transparency about how data is used is the most effective way to build trust {cite}.",
        "Senior management should agree clear lines that the organisation will not cross.",
        "The Privacy and Electronic Communications Regulations add rules for email, SMS and cookies {cite}.",
        "A well-known example is the retailer that predicted a pregnancy before the customer had told her family.",
        "Automated pricing that varies by customer could be seen as unfair and attract regulatory attention.",
    ),
}
OVERVIEW = (
    (
        "{org} is a {kind} founded in {founded} and based in {city}.",
        "The organisation trades as {org} online and in its printed materials.",
        "This report is written for the senior management team of {org}, where the author works in marketing.",
    ),
    (
        "It employs around {staff} people and had a turnover of about £{turnover} million last year.",
        "Its range covers {products}.",
        "The main competitors are {rival}, {rival2} and a growing number of online-only brands.",
        "It is privately owned and has grown steadily, with online sales now the fastest-growing part of the business.",
        "Compared with {rival}, it is smaller but has a reputation for service and expert advice.",
        "The marketing team has seven people, two of whom work mainly on digital channels.",
    ),
    (
        "The customer base is around {n} active customers, {pct}% of whom buy online at least once a year.",
        "Most customers are aged between 25 and 54 and live within a two-hour drive of {city}.",
        "Personalisation is at an early stage: emails are segmented by purchase history but the website shows "
        "the same content to every visitor.",
        "The CRM system holds purchase and contact data, but it is not yet linked to web analytics.",
        "Against the maturity model of {narr}, {org} sits at the second of five stages.",
        "Loyalty-scheme members account for {pct2}% of sales and are the best-understood group.",
        "Repeat customers are loyal but older, and the business is finding it harder to attract younger buyers.",
        "There is no single customer view, so the same person may receive conflicting messages from different teams.",
    ),
)
SUBHEADINGS = {
    "1a": ("Organisation name", "Organisation information", "Specific background"),
    "1b": ("Current developments", "Future developments", "Implications for strategic decisions"),
    "1c": ("The chosen segment", "Channel priorities", "Pros and cons for the segment"),
    "2a": ("Goals and metrics", "Stages of the customer journey", "The role of an online community"),
    "2b": ("Personalised content", "Dynamic content", "Re-marketing techniques"),
    "3a": ("Resources and skills", "Paid, owned and earned channels", "Mobile, tracking and the future of data"),
    "3b": ("Risk one: legal compliance", "Risk two: loss of trust", "Risk three: automation errors"),
}
LIST_INTROS = {
    "1b": "The developments can be grouped into three levels of sophistication:",
    "1c": "The segment's main needs are set out below:",
    "2a": "The plan has four stages:",
    "2b": "Three kinds of content are proposed:",
    "3a": "The recommendations are, in order of priority:",
    "3b": "The mitigations proposed are:",
}
LIST_ITEMS = {
    "1b": ("Basic personalisation using names and purchase history in email", "Segment-level personalisation "
           "using rules and customer attributes", "Individual, predictive personalisation driven by machine "
           "learning"),
    "1c": ("Fast, mobile-first journeys with saved preferences", "Advice and reassurance before purchase",
           "Recognition of loyalty after purchase"),
    "2a": ("See: build awareness among {seg} with personalised social content", "Think: use {ch2} to answer "
           "questions at the research stage", "Do: remove friction at checkout with saved details", "Care: "
           "invite customers into the community after purchase"),
    "2b": ("Behavioural emails triggered by browsing", "Dynamic home-page banners for returning visitors",
           "Sequential re-marketing advertisements with a frequency cap"),
    "3a": ("Appoint a personalisation lead and a small core team", "Audit and clean the CRM data before any "
           "new tool is bought", "Pilot on {ch1} before extending to {ch2}", "Review results quarterly with "
           "the board"),
    "3b": ("Run a data-protection impact assessment before launch", "Publish a plain-English privacy notice",
           "Keep a human in the loop for automated decisions"),
}  # fmt: skip
BULLETS = (
    "owner: the digital marketing manager",
    "metric: conversion rate by week",
    "data source: CRM and web analytics",
    "timing: months one to three",
    "budget: within the existing channel spend",
    "example: {rival}'s post-purchase emails",
    "risk: low, as the data is already held",
    "tool: the existing email platform",
)
NOTE_SENTENCES = (
    "The brief asks for personalisation in digital channels specifically, not personalisation in general, "
    "so examples from stores have been left out.",
    "Figures are taken from {org}'s internal dashboard for the year to March and were shared with the author "
    "by the head of e-commerce.",
    "See also {narr}, who make a similar point about the cost of poor data quality.",
    "The brief asks for exactly two digital channels; {ch1} and {ch2} were chosen because together they "
    "reach most of the segment.",
    "This estimate assumes that current traffic levels continue and that the average order value stays at "
    "about £{aov}.",
    "The terms personalisation and customisation are often used interchangeably; here personalisation means "
    "changes made by the organisation and customisation changes made by the customer.",
    "The author works in the marketing team at {org}, so some of this information is based on direct "
    "observation rather than published sources.",
    "The maturity model used here has five stages, from no personalisation to fully predictive "
    "personalisation across all channels.",
    "Competitor information was gathered by signing up to the email programmes of {rival} and {rival2} in "
    "January and comparing the messages received over six weeks.",
    "The Information Commissioner's Office guidance on legitimate interests has been used as the basis for "
    "this assessment, although legal advice would be needed before launch.",
    "The guidance notes for this task suggest reading the micro-moments research, which is summarised in the appendix.",
    "The exact figure is commercially sensitive and has been rounded.",
    "A fuller comparison of the platforms considered is given in the appendix.",
    "This was confirmed in a conversation with the CRM manager, who estimated that about a third of the "
    "records hold incomplete contact details.",
)

MONTHS = ("January", "March", "May", "June", "September", "November")


# --- layouts -------------------------------------------------------------------------------------------------
@dataclass
class Layout:
    name: str
    font: str
    size: float
    spacing: float
    margin_cm: float
    heading_mode: str  # "style": Heading 1/2 styles; "bold": typed bold paragraphs
    notes: str  # "foot", "end" or "both"
    typed_numbers: bool = False  # "1.1" typed at the start of body paragraphs
    task_headings: bool = True
    cover: bool = False
    contents: bool = False
    ref_fields: bool = False
    landscape_plan: bool = False
    wc_lines: str = "part"  # "part", "group" or ""
    quote_italic: bool = False
    quote_drop: float = 1.5
    appendix: bool = True
    task_page_breaks: bool = False
    long_notes: float = 0.25  # share of long notes
    justify: bool = False


TASK_TITLES = {
    "1": "Developments in personalisation and one target segment",
    "2": "Maximising conversion through personalised digital channels",
    "3": "Managing, implementing and the risks of personalisation",
}
SECTION_NO = {"1a": "1.1", "1b": "1.2", "1c": "1.3", "2a": "2.1", "2b": "2.2", "3a": "3.1", "3b": "3.2"}
PARA_NO = {"1a": 1, "1b": 2, "1c": 3, "2a": 4, "2b": 5, "3a": 6, "3b": 7}


def make_layout(name: str, rng: random.Random) -> Layout:
    if name == "heading2_footnotes":
        return Layout(
            name,
            rng.choice(("Calibri", "Aptos")),
            rng.choice((11, 11.5)),
            rng.choice((1.15, 1.0)),
            2.54,
            "style",
            "foot",
            wc_lines="part",
            quote_drop=1.5,
        )
    if name == "caps_bold_numbered_paragraphs":
        return Layout(
            name,
            "Times New Roman",
            12,
            1.5,
            rng.choice((2.54, 2.2)),
            "bold",
            "foot",
            typed_numbers=True,
            wc_lines="group",
            quote_italic=True,
            quote_drop=2,
            justify=True,
        )
    if name == "dense_endnotes_nested_lists":
        return Layout(
            name,
            "Arial",
            10.5,
            1.0,
            rng.choice((1.8, 2.0)),
            "style",
            "both",
            wc_lines="",
            quote_drop=1.5,
            long_notes=0.35,
        )
    if name == "double_spaced_long_notes":
        return Layout(
            name,
            rng.choice(("Georgia", "Garamond")),
            rng.choice((13, 14)),
            2.0,
            3.0,
            "bold",
            "foot",
            wc_lines="part",
            quote_drop=2.5,
            long_notes=0.5,
            task_page_breaks=True,
        )
    if name == "section_numbered_ref_fields":
        return Layout(
            name,
            "Cambria",
            12,
            rng.choice((1.15, 1.3)),
            2.54,
            "style",
            "foot",
            ref_fields=True,
            landscape_plan=True,
            wc_lines="group",
            quote_italic=True,
            quote_drop=1,
        )
    if name == "cover_contents_formal":
        return Layout(
            name,
            rng.choice(("Calibri", "Segoe UI")),
            11,
            1.5,
            2.54,
            "style",
            "both",
            cover=True,
            contents=True,
            wc_lines="part",
            quote_drop=1.5,
            task_page_breaks=True,
            justify=True,
        )
    return Layout(name, rng.choice(("Verdana", "Tahoma")), rng.choice((10.5, 11)), rng.choice((1.15, 1.5)), 2.0,
                  "bold", "end", typed_numbers=True, task_headings=False, wc_lines="part", quote_italic=True,
                  quote_drop=1.5, long_notes=0.3)  # fmt: skip


def part_heading(layout: Layout, part: str, title: str) -> tuple[str, str]:
    """(label, title) as the layout writes them; the heading's text is their join."""
    task, letter = part[0], part[1]
    name = layout.name
    if name == "heading2_footnotes":
        return f"{task} {letter})", f" {title}"
    if name == "caps_bold_numbered_paragraphs":
        return f"TASK {task}{letter.upper()}", f": {title.upper()}"
    if name == "dense_endnotes_nested_lists":
        return f"{task}.({letter})", f" {title}"
    if name == "double_spaced_long_notes":
        return f"Task {task} — ({letter})", f" {title}"
    if name == "section_numbered_ref_fields":
        return SECTION_NO[part], f" Task {task}({letter}) – {title}"
    if name == "cover_contents_formal":
        return f"Task {task} ({letter})", f": {title}"
    return f"({task}{letter})", f" {title}"


def task_heading(layout: Layout, task: str) -> str:
    name = layout.name
    if name == "heading2_footnotes":
        return f"Task {task}: {TASK_TITLES[task]}"
    if name == "caps_bold_numbered_paragraphs":
        return f"TASK {task}"
    if name == "dense_endnotes_nested_lists":
        return f"Task {task}"
    if name == "double_spaced_long_notes":
        return f"Task {task} — {TASK_TITLES[task]}"
    if name == "section_numbered_ref_fields":
        return f"{task}. Task {task}: {TASK_TITLES[task]}"
    return f"Task {task}"


# --- the report writer ---------------------------------------------------------------------------------------
class Writer:
    def __init__(self, index: int) -> None:
        self.rng = random.Random(14_000 + index)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(14_000 + index)
        self.index = index
        self.layout = make_layout(LAYOUT_NAMES[index % len(LAYOUT_NAMES)], self.rng)
        sector = SECTORS[(index * 3 + index // 7) % len(SECTORS)]
        self.facts = {
            "org": self.rng.choice(sector["names"]),
            "kind": sector["kind"],
            "products": sector["products"],
            "city": self.fake.city(),
            "founded": self.rng.randint(1952, 2012),
            "staff": self.rng.choice((85, 140, 260, 420, 650, 1200)),
            "turnover": self.rng.choice((8, 14, 23, 37, 58, 96)),
            "aov": self.rng.choice((28, 45, 62, 85, 120)),
            "budget": self.rng.choice((45, 60, 85, 120, 150)),
        }
        self.rivals = list(sector["rivals"])
        seg = self.rng.choice(sector["segments"])
        self.facts["seg"] = seg
        self.facts["seg_cap"] = seg[0].upper() + seg[1:]
        ch1, ch2 = self.rng.choice(CHANNEL_PAIRS)
        self.facts["ch1"], self.facts["ch2"] = ch1, ch2
        self.cited: set[int] = set()
        self.decks: dict[str, list[str]] = {}
        self.document = docx.Document()
        self.part: str | None = None
        self.part_words = dict.fromkeys(PARTS, 0)
        self.headings: dict[str, str] = {}
        self.footnotes: list[tuple[int, str]] = []
        self.endnotes: list[tuple[int, str]] = []
        self.bookmarks: dict[str, str] = {}
        self.next_bookmark = 10
        self.num_next = 300
        self.para_counter = 0
        self.setup()

    # ---- text ----
    def cite(self, narrative: bool = False, page: bool = False) -> str:
        i = self.rng.randrange(len(SOURCES))
        self.cited.add(i)
        author, year, _ = SOURCES[i]
        if narrative:
            return f"{author} ({year})"
        extra = f", p. {self.rng.randint(12, 340)}" if page else ""
        return f"({author}, {year}{extra})"

    def fill(self, template: str) -> str:
        rival, rival2 = self.rng.sample(self.rivals, 2)
        pct = self.rng.randint(12, 48)
        values = dict(self.facts)
        values.update(
            rival=rival,
            rival2=rival2,
            pct=pct,
            pct2=pct + self.rng.randint(3, 20),
            n=f"{self.rng.randint(12, 480) * 100:,}",
            cite=self.cite() if "{cite}" in template else "",
            narr=self.cite(narrative=True) if "{narr}" in template else "",
        )
        return template.format(**values)

    def draw(self, key: str, pool: tuple | list) -> str:
        deck = self.decks.get(key)
        if not deck:
            deck = list(pool)
            self.rng.shuffle(deck)
            self.decks[key] = deck
        return deck.pop()

    def sentences(self, part: str, k: int) -> list[str]:
        picks: list[str] = []
        for _ in range(k):
            if self.rng.random() < 0.6:
                picks.append(self.draw(part, PART_SENTENCES[part]))
            else:
                picks.append(self.draw("generic", GENERIC))
        return [self.fill(s) for s in dict.fromkeys(picks)]

    def note_text(self, long: bool) -> str:
        k = self.rng.randint(5, 8) if long else self.rng.randint(1, 2)
        picks = self.rng.sample(NOTE_SENTENCES, k)
        return " ".join(self.fill(s) for s in picks)

    # ---- document set-up ----
    def setup(self) -> None:
        lay = self.layout
        doc = self.document
        normal = doc.styles["Normal"]
        normal.font.name = lay.font
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), lay.font)
        normal.font.size = Pt(lay.size)
        pf = normal.paragraph_format
        pf.line_spacing = lay.spacing
        pf.space_after = Pt(self.rng.choice((6, 8, 10)))
        pf.space_before = Pt(0)
        for level, size in ((1, lay.size + 4), (2, lay.size + 2), (3, lay.size + 0.5)):
            style = doc.styles[f"Heading {level}"]
            style.font.name = lay.font
            rfonts = style.element.rPr.find(qn("w:rFonts"))
            if rfonts is not None:
                for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                    rfonts.attrib.pop(qn(attr), None)
            style.font.size = Pt(size)
            if lay.name in ("section_numbered_ref_fields", "dense_endnotes_nested_lists") or level == 3:
                style.font.color.rgb = RGBColor(0x1F, 0x1F, 0x1F)
            style.font.italic = level == 3 and lay.name == "cover_contents_formal"
        section = doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(lay.margin_cm))
        if lay.name == "double_spaced_long_notes":
            section.left_margin = Cm(3.5)
        self.headers(section)

    def headers(self, section) -> None:
        lay = self.layout
        cand = f"Candidate {self.rng.randint(10_000_000, 99_999_999)}"
        section.different_first_page_header_footer = True
        header = section.header.paragraphs[0]
        header.text = f"{cand} | CIM 2206 Mastering Digital Channels | {self.facts['org']}"
        header.runs[0].font.size = Pt(8.5)
        if not lay.cover:
            first = section.first_page_header.paragraphs[0]
            first.text = f"CIM Level 6 Digital Diploma in Professional Marketing — {cand}"
            first.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            first.runs[0].font.size = Pt(9)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run("Page ")
        self.field(footer, "PAGE", str(1))

    def field(self, paragraph, instr: str, result: str) -> None:
        p = paragraph._p
        p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
        p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'))
        p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
        p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{result}</w:t></w:r>'))
        p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))

    # ---- paragraphs ----
    def counted(self, text: str) -> None:
        assert "\u00a0" not in text
        if self.part is not None:
            self.part_words[self.part] += count(text)

    def add_note(self, paragraph, text: str, kind: str) -> None:
        notes = self.footnotes if kind == "foot" else self.endnotes
        note_id = len(notes) + 1
        notes.append((note_id, text))
        tag = "footnoteReference" if kind == "foot" else "endnoteReference"
        style = "FootnoteReference" if kind == "foot" else "EndnoteReference"
        paragraph._p.append(
            parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="{style}"/><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:{tag} w:id="{note_id}"/></w:r>'
            )
        )

    def body(self, segments: list, *, style: str | None = None, quote: bool = False, level: int = 0,
             num_id: int | None = None) -> None:  # fmt: skip
        """One counted paragraph from segments: str (text), ("note", text) or ("ref", part)."""
        doc = self.document
        paragraph = doc.add_paragraph(style=style)
        lay = self.layout
        visible = []
        for seg in segments:
            if isinstance(seg, str):
                run = paragraph.add_run(seg)
                visible.append(seg)
                if quote:
                    run.font.size = Pt(lay.size - lay.quote_drop)
                    run.italic = lay.quote_italic
            elif seg[0] == "note":
                kind = lay.notes
                if kind == "both":
                    kind = "end" if self.rng.random() < 0.5 else "foot"
                self.add_note(paragraph, seg[1], kind)
            elif seg[0] == "ref":
                target = seg[1]
                result = SECTION_NO[target]
                self.field(paragraph, f"REF {self.bookmarks[target]} \\h", result)
                visible.append(result)
        if quote:
            fmt = paragraph.paragraph_format
            fmt.left_indent = Cm(self.rng.choice((1.0, 1.27, 1.5)))
            fmt.right_indent = Cm(self.rng.choice((0.0, 1.0, 1.27)))
            fmt.line_spacing = 1.0
            fmt.space_after = Pt(10)
        elif lay.justify and num_id is None:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if num_id is not None:
            pPr = paragraph._p.get_or_add_pPr()
            pPr.insert(
                0 if style is None else 1,
                parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'),
            )
            paragraph.paragraph_format.space_after = Pt(3)
        self.counted("".join(visible))

    def heading(self, text: str, level: int, *, label: str | None = None, bookmark: str | None = None,
                page_break: bool = False):  # fmt: skip
        lay = self.layout
        doc = self.document
        if lay.heading_mode == "style":
            paragraph = doc.add_paragraph(style=f"Heading {level}")
            runs = [label, text[len(label) :]] if label else [text]
            for i, chunk in enumerate(runs):
                if i == 0 and bookmark:
                    bid = self.next_bookmark
                    self.next_bookmark += 1
                    paragraph._p.append(
                        parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{bid}" w:name="{bookmark}"/>')
                    )
                    paragraph.add_run(chunk)
                    paragraph._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{bid}"/>'))
                else:
                    paragraph.add_run(chunk)
        else:
            paragraph = doc.add_paragraph()
            run = paragraph.add_run(text)
            run.bold = True
            if level == 1:
                run.font.size = Pt(lay.size + 3)
            elif level == 2:
                run.font.size = Pt(lay.size + (1 if lay.name != "double_spaced_long_notes" else 0))
                run.underline = lay.name == "double_spaced_long_notes"
            else:
                run.italic = True
                run.font.size = Pt(lay.size - (0.5 if lay.size > 11 else 0))
            paragraph.paragraph_format.keep_with_next = True
            paragraph.paragraph_format.space_before = Pt(12 if level < 3 else 6)
        if page_break:
            paragraph.paragraph_format.page_break_before = True
        return paragraph

    def wc_line(self, words: int) -> None:
        style = self.rng.choice(("Word count: {n:,}", "[Word count: {n}]", "(Words: {n:,})", "Word count = {n}"))
        paragraph = self.document.add_paragraph()
        run = paragraph.add_run(style.format(n=words))
        run.italic = True
        run.font.size = Pt(self.layout.size - 1)
        if self.rng.random() < 0.5:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # ---- numbering ----
    def new_list(self) -> int:
        """A new multilevel list (decimal, then bullets) of its own, starting at 1."""
        numbering = self.document.part.numbering_part.element
        abstract_id = self.num_next
        num_id = self.num_next
        self.num_next += 1
        size = int(self.layout.size * 2)
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="hybridMultilevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
            f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="{size}"/></w:rPr></w:lvl>'
            f'<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="2160" w:hanging="360"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/></w:rPr></w:lvl>'
            f"</w:abstractNum>"
        )
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
        )
        return num_id

    # ---- one part ----
    def write_part(self, part: str, target: int, note_count: int) -> None:
        lay = self.layout
        rng = self.rng
        blocks: list[tuple] = []  # planned blocks: ("p", sentences) ("q",) ("list",) ("sub", text)
        subs = list(SUBHEADINGS[part])
        use_subs = rng.random() < (0.7 if part == "1a" else 0.65)
        quotes = 0 if part == "1a" else rng.randint(1, 3)
        lists = 0 if part == "1a" else (1 if rng.random() < 0.7 else 0)
        xrefs = 0 if part in ("1a", "1b") else rng.randint(1, 2)
        estimate = 0
        if part == "1a":
            for g, group in enumerate(OVERVIEW):
                if use_subs:
                    blocks.append(("sub", subs[g]))
                budget = target * (0.12, 0.4, 0.48)[g]
                spent = 0
                deck = list(group)
                rng.shuffle(deck)
                if g == 0:
                    deck.remove(group[0])
                    deck.append(group[0])
                while deck and (spent < budget or spent == 0):
                    k = min(len(deck), rng.randint(2, 3) if g else 1)
                    chosen = [self.fill(deck.pop()) for _ in range(k)]
                    blocks.append(("p", chosen))
                    spent += sum(count(c) for c in chosen)
                estimate += spent
            # an overview must stay within one side: drop sentences from the longest paragraphs
            while estimate > target:
                longest = max((b for b in blocks if b[0] == "p"), key=lambda b: len(b[1]))
                if len(longest[1]) < 2:
                    break
                estimate -= count(longest[1].pop())
            target = estimate
        elif use_subs:
            blocks.append(("sub", subs.pop(0)))
        while estimate < target:
            kind = "p"
            if quotes and rng.random() < 0.25 and estimate > 60:
                kind, quotes = "q", quotes - 1
            elif lists and rng.random() < 0.2 and estimate > 80:
                kind, lists = "list", 0
            if kind == "p":
                k = rng.randint(3, 6) if part != "1a" else rng.randint(2, 3)
                blocks.append(("p", self.sentences(part, k)))
                estimate += sum(count(s) for s in blocks[-1][1]) + (1 if lay.typed_numbers else 0)
            elif kind == "q":
                blocks.append(("q", rng.choice(QUOTES)))
                estimate += count(blocks[-1][1]) + 5
            else:
                plan = self.plan_list(part)
                blocks.append(("list", plan))
                estimate += count(LIST_INTROS[part]) + sum(count(t) + sum(count(b) for b in bs) for t, bs in plan)
            if use_subs and subs and estimate > target * (0.35 if len(subs) == 2 else 0.7):
                blocks.append(("sub", subs.pop(0)))
        # trim the last paragraph so the part lands near its target
        paragraph_slots = [i for i, b in enumerate(blocks) if b[0] == "p"]
        while estimate - target > 25 and len(blocks[paragraph_slots[-1]][1]) > 1:
            removed = blocks[paragraph_slots[-1]][1].pop()
            estimate -= count(removed)
        # notes: choose sentences to carry a note mark
        slots = [(i, j) for i, b in enumerate(blocks) if b[0] == "p" for j in range(len(b[1]))]
        # a quotation or a list item may carry one of the part's notes too
        extra = [i for i, b in enumerate(blocks) if b[0] in ("q", "list") and rng.random() < 0.3]
        extra = extra[: max(0, note_count - 1)]
        marked = set(rng.sample(slots, min(note_count - len(extra), len(slots))))
        # cross-references
        xref_slots = set(rng.sample(paragraph_slots, min(xrefs, len(paragraph_slots))))
        para_no = 0
        for i, block in enumerate(blocks):
            if block[0] == "sub":
                self.heading(block[1], 3)
            elif block[0] == "p":
                segments: list = []
                if lay.typed_numbers:
                    para_no += 1
                    sep = "\t" if lay.name == "caps_bold_numbered_paragraphs" else " "
                    segments.append(f"{PARA_NO[part]}.{para_no}{sep}")
                for j, sentence in enumerate(block[1]):
                    text = sentence if j == 0 else " " + sentence
                    segments.append(text)
                    if (i, j) in marked:
                        long = part != "1a" and rng.random() < lay.long_notes
                        segments.append(("note", self.note_text(long)))
                if i in xref_slots:
                    segments.extend(self.xref(part))
                if lay.typed_numbers and lay.name == "caps_bold_numbered_paragraphs":
                    # a hanging indent so the typed number stands out
                    self.body(segments)
                    fmt = self.document.paragraphs[-1].paragraph_format
                    fmt.left_indent, fmt.first_line_indent = Cm(1.0), Cm(-1.0)
                    fmt.tab_stops.add_tab_stop(Cm(1.0))
                else:
                    self.body(segments)
            elif block[0] == "q":
                author, year, _ = SOURCES[rng.randrange(len(SOURCES))]
                self.cited.add([s[0] for s in SOURCES].index(author))
                page = rng.randint(8, 290)
                if rng.random() < 0.6:
                    text = f"“{block[1]}” ({author}, {year}, p. {page})."
                else:
                    text = f"{block[1]}. ({author}, {year}, p. {page})"
                segments = [text]
                if i in extra:
                    segments.append(("note", self.note_text(False)))
                self.body(segments, quote=True)
            else:
                self.write_list(part, block[1], i in extra)

    def xref(self, part: str) -> list:
        lay = self.layout
        earlier = [p for p in PARTS if PARTS.index(p) < PARTS.index(part) and p != "1a"]
        target = self.rng.choice(earlier) if earlier else "1b"
        if lay.ref_fields:
            return [" This builds on the analysis in section ", ("ref", target), " above."]
        if lay.typed_numbers and lay.name == "caps_bold_numbered_paragraphs":
            return [f" See also paragraph {PARA_NO[target]}.{self.rng.randint(1, 4)} above."]
        label = f"Task {target[0]} ({target[1]})"
        return [self.rng.choice((f" (See {label} above.)", f" This links back to {label}.",
                                 f" This was discussed under {label} above."))]  # fmt: skip

    def plan_list(self, part: str) -> list[tuple[str, list[str]]]:
        rng = self.rng
        plan = []
        for item in LIST_ITEMS[part]:
            bullets = [self.fill(b) for b in rng.sample(BULLETS, rng.randint(1, 3))] if rng.random() < 0.6 else []
            plan.append((self.fill(item), bullets))
        return plan

    def write_list(self, part: str, plan: list[tuple[str, list[str]]], noted: bool) -> None:
        rng = self.rng
        self.body([LIST_INTROS[part]])
        num_id = self.new_list()
        noted_item = rng.randrange(len(plan)) if noted else -1
        for n, (text, bullets) in enumerate(plan):
            segments: list = [text]
            if n == noted_item:
                segments.append(("note", self.note_text(False)))
            self.body(segments, num_id=num_id, level=0)
            for bullet in bullets:
                self.body([bullet], num_id=num_id, level=1)

    # ---- tables, cover, contents, references, appendix ----
    def table(self, rows: list[list[str]], caption: str) -> None:
        doc = self.document
        cap = doc.add_paragraph()
        run = cap.add_run(caption)
        run.bold = True
        run.font.size = Pt(self.layout.size - 1)
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.text = value
                for p in cell.paragraphs:
                    p.paragraph_format.space_after = Pt(0)
                    p.paragraph_format.line_spacing = 1.0
                    for run in p.runs:
                        run.font.size = Pt(9)
                        run.bold = r == 0
        doc.add_paragraph()

    def plan_rows(self) -> list[list[str]]:
        f = self.facts
        return [
            ["Stage", "Action", "Channel", "KPI", "Target", "Owner", "Timing"],
            ["See", f"Personalised social content for {f['seg']}", f["ch1"], "Reach", "+20%", "Social lead", "M1-3"],
            ["Think", "Dynamic content by browsing history", f["ch2"], "CTR", "4.5%", "CRM manager", "M2-6"],
            ["Do", "Abandoned-basket sequence", f["ch1"], "Conversion", "3.2%", "E-commerce", "M1-12"],
            ["Care", "Community invitation after purchase", f["ch2"], "Repeat rate", "+15%", "Community lead", "M4-12"],
        ]  # fmt: skip

    def cover(self) -> None:
        doc = self.document
        for text, size, bold in (
            ("CIM Level 6 Digital Diploma in Professional Marketing", 14, False),
            ("Mastering Digital Channels (2206)", 20, True),
            (f"Personalisation report for {self.facts['org']}", 16, False),
            (f"Candidate: {self.fake.name()}", 12, False),
            (f"Submission: {self.rng.choice(MONTHS)} {self.rng.choice((2019, 2020))}", 12, False),
        ):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(36)
            run = p.add_run(text)
            run.font.size = Pt(size)
            run.bold = bold
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("Word counts are given at the end of each part.").italic = True
        p.add_run().add_break(WD_BREAK.PAGE)

    def contents(self, labels: dict[str, str]) -> None:
        doc = self.document
        p = doc.add_paragraph()
        r = p.add_run("Contents")
        r.bold = True
        r.font.size = Pt(16)
        lines = []
        page = 3
        for task in "123":
            lines.append((f"Task {task}", page, 0))
            for part in PARTS:
                if part[0] == task:
                    lines.append((labels[part], page, 1))
                    page += 1
        lines += [("References", page + 1, 0), ("Appendix A", page + 2, 0), ("Appendix B", page + 2, 0)]
        for n, (text, pg, indent) in enumerate(lines):
            para = doc.add_paragraph()
            para.paragraph_format.left_indent = Cm(0.6 * indent)
            para.paragraph_format.tab_stops.add_tab_stop(Cm(15.9), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            para.paragraph_format.space_after = Pt(2)
            if n == 0:
                para._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
                para._p.append(
                    parse_xml(
                        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve">'
                        ' TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                    )
                )
                para._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
            para.add_run(f"{text}\t{pg}")
            if n == len(lines) - 1:
                para._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def references(self) -> None:
        lay = self.layout
        doc = self.document
        self.part = None
        if lay.heading_mode == "style":
            doc.add_paragraph("References", style="Heading 1").paragraph_format.page_break_before = True
        else:
            p = doc.add_paragraph()
            p.paragraph_format.page_break_before = True
            r = p.add_run("REFERENCES" if lay.name == "caps_bold_numbered_paragraphs" else "Reference list")
            r.bold = True
            r.font.size = Pt(lay.size + 2)
        entries = sorted((SOURCES[i][0], SOURCES[i][1], SOURCES[i][2]) for i in self.cited)
        for author, year, rest in entries:
            p = doc.add_paragraph()
            fmt = p.paragraph_format
            fmt.left_indent = Cm(1.27)
            fmt.first_line_indent = Cm(-1.27)
            fmt.line_spacing = 1.0 if lay.spacing < 1.6 else 1.5
            p.add_run(f"{author} ({year}) ")
            if rest.startswith("'"):
                p.add_run(rest)
            else:
                title, _, tail = rest.partition(". ")
                p.add_run(title + ".").italic = True
                p.add_run(" " + tail)

    def appendix(self) -> None:
        doc = self.document
        lay = self.layout
        heading = "Appendix A: Personalisation maturity audit"
        if lay.heading_mode == "style":
            doc.add_paragraph(heading, style="Heading 1").paragraph_format.page_break_before = True
        else:
            p = doc.add_paragraph()
            p.paragraph_format.page_break_before = True
            r = p.add_run(heading)
            r.bold = True
            r.font.size = Pt(lay.size + 2)
        doc.add_paragraph(
            f"The audit below was carried out with the e-commerce team at {self.facts['org']} and scores each "
            "capability from 1 (absent) to 5 (advanced)."
        )
        rows = [["Capability", "Score", "Evidence", "Gap"]]
        for cap in ("Single customer view", "Email segmentation", "Web personalisation", "App messaging",
                    "Consent management", "Testing culture"):  # fmt: skip
            rows.append([cap, str(self.rng.randint(1, 4)), self.rng.choice(("Partial", "Documented", "Anecdotal")),
                         self.rng.choice(("High", "Medium", "Low"))])  # fmt: skip
        self.table(rows, "Table A1: Maturity scores")
        heading_b = "Appendix B: Risk register"
        if lay.heading_mode == "style":
            doc.add_paragraph(heading_b, style="Heading 1")
        else:
            p = doc.add_paragraph()
            r = p.add_run(heading_b)
            r.bold = True
            r.font.size = Pt(lay.size + 2)
        rows = [["Risk", "Likelihood", "Impact", "Mitigation", "Owner"],
                ["Breach of UK GDPR consent rules", "Medium", "High", "DPIA; consent audit", "DPO"],
                ["Loss of trust from intrusive messages", "Medium", "Medium", "Frequency caps; preference centre",
                 "CRM manager"],
                ["Automation error at scale", "Low", "High", "Human review; staged roll-out",
                 "Digital lead"]]  # fmt: skip
        self.table(rows, "Table B1: Risk register")

    # ---- the whole report ----
    def write(self) -> Truth:
        lay = self.layout
        rng = self.rng
        doc = self.document
        density = 650 * (11 / lay.size) ** 2 / lay.spacing**1.5
        target_1a = int(min(390, density * rng.uniform(0.42, 0.55)))
        mode = rng.choice(("near", "near", "over", "under", "near", "over"))
        factor = {"near": rng.uniform(0.88, 0.99), "over": rng.uniform(1.03, 1.11), "under": rng.uniform(0.6, 0.8)}[
            mode
        ]
        limits = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
        targets = {"1a": target_1a}
        for group, members in LIMIT_GROUPS.items():
            total = limits[group] * factor * (rng.uniform(0.97, 1.03) if mode != "over" else 1.0)
            share = rng.uniform(0.42, 0.58)
            targets[members[0]] = int(total * share)
            targets[members[1]] = int(total * (1 - share))
        titles = {}
        for part in PARTS:
            title = PART_TITLES[part]
            if rng.random() < 0.3:
                title = {"1a": "Organisational overview", "1b": "Developments in personalisation",
                         "1c": "One target segment", "2a": "Action plan", "2b": "Personalised content and "
                         "remarketing", "3a": "Managing and implementing", "3b": "Risks"}[part]  # fmt: skip
            titles[part] = title
        labels = {p: "".join(part_heading(lay, p, titles[p])) for p in PARTS}
        if lay.cover:
            self.cover()
        if lay.contents:
            self.contents(labels)
        for part in PARTS:
            task = part[0]
            if part[1] == "a":
                self.part = None
                if lay.task_headings:
                    breaks = lay.task_page_breaks and task != "1"
                    self.heading(task_heading(lay, task), 1, page_break=breaks)
            label, rest = part_heading(lay, part, titles[part])
            bookmark = None
            if lay.ref_fields:
                bookmark = f"_Ref{5_000_000 + self.index * 100 + PARTS.index(part)}"
                self.bookmarks[part] = bookmark
            breaks = not lay.task_headings and part in ("2a", "3a") and lay.task_page_breaks
            self.heading(label + rest, 2, label=label, bookmark=bookmark, page_break=breaks)
            self.headings[part] = label + rest
            self.part = part
            notes = rng.randint(1, 2 if lay.spacing < 2 else 1) if part == "1a" else rng.randint(2, 6)
            if part == "2a" and lay.landscape_plan:
                self.write_part(part, targets[part] // 2, notes // 2)
                self.part = None
                new = doc.add_section(WD_SECTION.NEW_PAGE)
                new.orientation = WD_ORIENT.LANDSCAPE
                new.page_width, new.page_height = Cm(29.7), Cm(21.0)
                self.table(self.plan_rows(), "Table 1: Action plan for the two channels")
                back = doc.add_section(WD_SECTION.NEW_PAGE)
                back.orientation = WD_ORIENT.PORTRAIT
                back.page_width, back.page_height = Cm(21.0), Cm(29.7)
                self.part = part
                self.write_part(part, targets[part] - targets[part] // 2, notes - notes // 2)
            else:
                self.write_part(part, targets[part], notes)
                if part == "2a":
                    self.part = None
                    self.table(self.plan_rows(), "Table 1: Personalised conversion action plan")
                    self.part = part
            self.part = None
            if lay.wc_lines == "part" and part != "1a":
                self.wc_line(self.part_words[part])
            elif lay.wc_lines == "group" and part in ("1c", "2b", "3b"):
                group = next(g for g, m in LIMIT_GROUPS.items() if part in m)
                self.wc_line(sum(self.part_words[p] for p in LIMIT_GROUPS[group]))
        self.references()
        if lay.appendix and (lay.name != "heading2_footnotes" or self.index % 2 == 0):
            self.appendix()
        return Truth(
            name="",
            seed=self.index,
            layout=lay.name,
            split="",
            part_words=dict(self.part_words),
            group_words={g: sum(self.part_words[p] for p in m) for g, m in LIMIT_GROUPS.items()},
            words_all=sum(self.part_words.values()),
            headings=dict(self.headings),
        )

    # ---- notes parts ----
    def note_part(self, kind: str) -> None:
        notes = self.footnotes if kind == "foot" else self.endnotes
        if not notes:
            return
        tag = "footnote" if kind == "foot" else "endnote"
        size = int((self.layout.size - 2) * 2)
        body = [
            f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            f'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{tag}>',
            f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            f'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>',
        ]
        for note_id, text in notes:
            safe = text.replace("&", "&amp;").replace("<", "&lt;")
            body.append(
                f'<w:{tag} w:id="{note_id}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
                f'</w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="{size}"/></w:rPr><w:{tag}Ref/>'
                f'</w:r><w:r><w:rPr><w:sz w:val="{size}"/></w:rPr><w:t xml:space="preserve"> {safe}</w:t></w:r>'
                f"</w:p></w:{tag}>"
            )
        xml = f"<w:{tag}s {nsdecls('w', 'r')}>{''.join(body)}</w:{tag}s>"
        content_type = CT.WML_FOOTNOTES if kind == "foot" else CT.WML_ENDNOTES
        reltype = RT.FOOTNOTES if kind == "foot" else RT.ENDNOTES
        part = Part(
            PackURI(f"/word/{tag}s.xml"),
            content_type,
            ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml).encode("utf-8"),
            self.document.part.package,
        )
        self.document.part.relate_to(part, reltype)
        settings = self.document.settings.element
        pr = parse_xml(
            f'<w:{tag}Pr {nsdecls("w")}><w:{tag} w:id="-1"/><w:{tag} w:id="0"/></w:{tag}Pr>'
            if kind == "foot"
            else f'<w:{tag}Pr {nsdecls("w")}><w:numFmt w:val="lowerRoman"/><w:{tag} w:id="-1"/><w:{tag} w:id="0"/>'
            f"</w:{tag}Pr>"
        )
        compat = settings.find(qn("w:compat"))
        if compat is not None:
            compat.addprevious(pr)
        else:
            settings.append(pr)

    def save(self) -> bytes:
        self.note_part("foot")
        self.note_part("end")
        props = self.document.core_properties
        props.author = self.fake.name()
        props.title = f"2206 Mastering Digital Channels — {self.facts['org']}"
        props.created = props.modified = props.last_printed = datetime.datetime(2020, 3, 14, 9, 30, 0)
        props.revision = 1
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


def build(index: int) -> tuple[bytes, Truth]:
    writer = Writer(index)
    truth = writer.write()
    return writer.save(), truth
