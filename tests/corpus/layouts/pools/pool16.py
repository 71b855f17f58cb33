"""Layout pool 16 (development data since stop 64): CIM 2206 reports set for accessibility and readability.

Written from ``/work/lay/brief16.md`` by a hand that has not read marker's readers. Every report is a candidate's
Word document set for easy reading: sans-serif type (Arial, Verdana, Tahoma, Calibri) from 10.5 to 14 pt, single to
double line spacing, ragged left text, extra space before headings, short paragraphs closed by bulleted summaries,
often a cream or pale page colour. Headings are bold larger type on plain paragraphs in some layouts and Word's
Heading styles in others. The extras are those such scripts carry: a cover page, a typed or field contents page,
a header with the candidate number, page-number footers, "Key points" text boxes, summary tables per task,
pictures with alt text only, a reading-order footnote and word-count lines.

Truth is counted while the text is written, under the rubric's ``word_count_policy``: body paragraphs and list items
of a part count (citations and quotations included); headings, sub-headings, tables, captions, text boxes,
footnotes, headers, footers, cover, contents, word-count lines, the reference list and appendices do not. The
summary tables hold figures only and are not counted, as the policy says of tables.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import docx
from docx.enum.section import WD_SECTION
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

from tests.corpus.layouts.generate import LIMIT_GROUPS, Truth, count

DESCRIPTION = (
    "Accessibility and readability: 10.5-14 pt Arial, Verdana, Tahoma or Calibri, 1.15 to double spacing, ragged "
    "left text, cream or pale pages, bold larger headings on plain paragraphs or Heading styles, part labels such as "
    "'Task 1 – Part (b)', 'Task 1, part b:', '1 (b)' above the title, 'Part b of Task 1', 'T1b'; bulleted summaries, "
    "Key points text boxes, summary tables, alt-text pictures, footnotes, contents pages and candidate-number headers"
)
REPORTS = 24

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W_NS}" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
LIMITS = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}


# --- layouts ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Layout:
    name: str
    font: str
    size: float  # body size in points
    spacing: float  # line spacing multiple
    after: float  # space after body paragraphs, points
    margin: float  # cm, all sides
    page_colour: str | None
    styles: bool  # Heading styles (True) or bold larger type on Normal paragraphs (False)
    label: str  # how parts are labelled
    with_title: bool  # the part's title follows the label
    task_headings: bool
    part_size: float  # part heading size
    before: float  # space before part headings
    cover: str  # "none", "page" (page break) or "section" (its own section)
    contents: str  # "none", "typed" or "field"
    header: bool  # candidate number in the header
    footer: str  # "none", "page" or "page-of"
    summaries: bool  # bulleted summary at the end of each part (counted)
    keypoints: bool  # a Key points text box in some parts (not counted)
    tables: bool  # a summary table per task (not counted)
    picture: bool  # a picture with alt text only
    footnote: bool  # reading-order note in a footnote
    wordcount_lines: bool
    task_sections: bool  # each task starts a new section
    sentences: tuple[int, int]  # sentences per paragraph
    overview_words: tuple[int, int]  # 1a stays within one side of A4
    appendix: bool


LAYOUTS = (
    Layout(
        name="arial14-cream-bold-dash",
        font="Arial",
        size=14,
        spacing=1.5,
        after=12,
        margin=2.54,
        page_colour="FFF8E7",
        styles=False,
        label="dash",
        with_title=True,
        task_headings=True,
        part_size=18,
        before=24,
        cover="page",
        contents="typed",
        header=True,
        footer="page",
        summaries=True,
        keypoints=True,
        tables=False,
        picture=True,
        footnote=False,
        wordcount_lines=True,
        task_sections=False,
        sentences=(2, 3),
        overview_words=(95, 125),
        appendix=False,
    ),
    Layout(
        name="verdana12-double-heading-styles-toc",
        font="Verdana",
        size=12,
        spacing=2.0,
        after=6,
        margin=2.54,
        page_colour=None,
        styles=True,
        label="comma",
        with_title=True,
        task_headings=True,
        part_size=15,
        before=24,
        cover="section",
        contents="field",
        header=True,
        footer="page-of",
        summaries=True,
        keypoints=False,
        tables=True,
        picture=False,
        footnote=True,
        wordcount_lines=False,
        task_sections=False,
        sentences=(2, 4),
        overview_words=(95, 125),
        appendix=True,
    ),
    Layout(
        name="tahoma13-number-line-above-title",
        font="Tahoma",
        size=13,
        spacing=1.5,
        after=10,
        margin=2.5,
        page_colour="FDF6E3",
        styles=False,
        label="numline",
        with_title=True,
        task_headings=True,
        part_size=16,
        before=30,
        cover="page",
        contents="none",
        header=True,
        footer="page",
        summaries=False,
        keypoints=True,
        tables=True,
        picture=True,
        footnote=False,
        wordcount_lines=True,
        task_sections=False,
        sentences=(2, 3),
        overview_words=(105, 140),
        appendix=False,
    ),
    Layout(
        name="tahoma14-double-part-of-task-no-title",
        font="Tahoma",
        size=14,
        spacing=2.0,
        after=8,
        margin=3.0,
        page_colour="FFFBEA",
        styles=False,
        label="partof",
        with_title=False,
        task_headings=False,
        part_size=18,
        before=28,
        cover="page",
        contents="typed",
        header=False,
        footer="page",
        summaries=True,
        keypoints=False,
        tables=True,
        picture=False,
        footnote=False,
        wordcount_lines=True,
        task_sections=False,
        sentences=(1, 2),
        overview_words=(70, 95),
        appendix=False,
    ),
    Layout(
        name="arial10_5-single-t1b-heading-styles",
        font="Arial",
        size=10.5,
        spacing=1.0,
        after=8,
        margin=2.0,
        page_colour=None,
        styles=True,
        label="t1b",
        with_title=True,
        task_headings=True,
        part_size=13,
        before=18,
        cover="page",
        contents="field",
        header=True,
        footer="page",
        summaries=False,
        keypoints=False,
        tables=True,
        picture=True,
        footnote=True,
        wordcount_lines=False,
        task_sections=False,
        sentences=(3, 5),
        overview_words=(160, 200),
        appendix=False,
    ),
    Layout(
        name="verdana11-pale-blue-paren-styles-no-task-headings",
        font="Verdana",
        size=11,
        spacing=1.15,
        after=10,
        margin=2.54,
        page_colour="EEF5FB",
        styles=True,
        label="paren",
        with_title=True,
        task_headings=False,
        part_size=14,
        before=24,
        cover="none",
        contents="none",
        header=True,
        footer="page-of",
        summaries=True,
        keypoints=True,
        tables=False,
        picture=False,
        footnote=True,
        wordcount_lines=True,
        task_sections=False,
        sentences=(2, 3),
        overview_words=(200, 280),
        appendix=True,
    ),
    Layout(
        name="arial12-task-sections-dash-no-title",
        font="Arial",
        size=12,
        spacing=1.5,
        after=10,
        margin=2.54,
        page_colour=None,
        styles=False,
        label="dash",
        with_title=False,
        task_headings=True,
        part_size=16,
        before=24,
        cover="page",
        contents="typed",
        header=True,
        footer="page-of",
        summaries=False,
        keypoints=False,
        tables=True,
        picture=True,
        footnote=False,
        wordcount_lines=True,
        task_sections=True,
        sentences=(2, 4),
        overview_words=(180, 250),
        appendix=False,
    ),
    Layout(
        name="calibri14-double-cream-heading-styles-keypoints",
        font="Calibri",
        size=14,
        spacing=2.0,
        after=6,
        margin=2.54,
        page_colour="FFF8E7",
        styles=True,
        label="paren-dash",
        with_title=True,
        task_headings=True,
        part_size=18,
        before=30,
        cover="page",
        contents="none",
        header=False,
        footer="page",
        summaries=True,
        keypoints=True,
        tables=False,
        picture=True,
        footnote=True,
        wordcount_lines=False,
        task_sections=False,
        sentences=(1, 3),
        overview_words=(85, 115),
        appendix=False,
    ),
)

ALT_TITLES = {
    "1a": ("Organisation overview", "Overview of the organisation", "Organisational overview"),
    "1b": (
        "Current and future developments in personalisation",
        "Developments in personalisation of digital channels",
        "Personalisation: current and future developments",
    ),
    "1c": (
        "Personalising digital channels for one target segment",
        "Personalisation for one target segment",
        "Good and bad practice for one segment",
    ),
    "2a": (
        "Action plan to maximise conversion rates",
        "Conversion action plan for two digital channels",
        "Action plan for senior management",
    ),
    "2b": (
        "Personalised content and re-marketing",
        "Personalising content and re-marketing",
        "Content personalisation and re-marketing techniques",
    ),
    "3a": (
        "Managing and implementing personalisation",
        "Managing and implementing personalisation effectively",
        "Recommendations for managing personalisation",
    ),
    "3b": (
        "Three risks of implementing personalisation",
        "Risks of implementing personalisation",
        "Evaluation of three risks",
    ),
}
TASK_NAMES = {
    "1": ("Developments in personalisation and one target segment", "Personalisation in digital channels"),
    "2": ("Maximising conversion and personalised content", "Conversion and content"),
    "3": ("Managing, implementing and the risks of personalisation", "Implementation and risk"),
}


def label(layout: Layout, part: str) -> str:
    task, letter = part[0], part[1]
    return {
        "dash": f"Task {task} – Part ({letter})",
        "comma": f"Task {task}, part {letter}",
        "numline": f"{task} ({letter})",
        "partof": f"Part {letter} of Task {task}",
        "t1b": f"T{task}{letter}",
        "paren": f"Task {task} ({letter})",
        "paren-dash": f"Task {task} ({letter})",
    }[layout.label]


def heading_text(layout: Layout, part: str, title: str) -> str:
    lab = label(layout, part)
    if not layout.with_title or layout.label == "numline":
        return lab
    joiner = {"dash": ": ", "comma": ": ", "t1b": ": ", "paren": " ", "paren-dash": " – ", "partof": ": "}
    return f"{lab}{joiner[layout.label]}{title}"


# --- organisations and sources ---------------------------------------------------------------------------------
SECTORS = (
    {
        "kind": "a building society",
        "products": "mortgages, savings accounts, home insurance and financial advice",
        "segment": "first-time buyers aged 25 to 34",
        "seg_short": "first-time buyers",
        "channels": ("email", "the mobile app"),
        "suffix": "Building Society",
    },
    {
        "kind": "an online retailer of outdoor clothing",
        "products": "waterproof jackets, walking boots, camping equipment and accessories",
        "segment": "weekend hikers aged 30 to 45",
        "seg_short": "weekend hikers",
        "channels": ("the website", "email"),
        "suffix": "Outdoor",
    },
    {
        "kind": "a regional chain of garden centres",
        "products": "plants, garden furniture, tools, a café offer and seasonal gifts",
        "segment": "new homeowners with their first garden",
        "seg_short": "new gardeners",
        "channels": ("email", "Facebook"),
        "suffix": "Garden Centres",
    },
    {
        "kind": "a group of boutique hotels",
        "products": "rooms, spa breaks, weddings, meetings and a restaurant in each hotel",
        "segment": "couples booking short leisure breaks",
        "seg_short": "short-break couples",
        "channels": ("the website", "Instagram"),
        "suffix": "Hotels",
    },
    {
        "kind": "a chain of fitness clubs",
        "products": "gym memberships, group classes, personal training and an on-demand video service",
        "segment": "lapsed members aged 18 to 30",
        "seg_short": "lapsed young members",
        "channels": ("the mobile app", "Instagram"),
        "suffix": "Fitness",
    },
    {
        "kind": "a specialist pet insurer",
        "products": "cat, dog and exotic pet insurance, a vet video-call service and pet food subscriptions",
        "segment": "owners of newly adopted puppies",
        "seg_short": "new puppy owners",
        "channels": ("the website", "email"),
        "suffix": "Pet Insurance",
    },
    {
        "kind": "an independent craft brewery with a web shop",
        "products": "bottled and canned beers, subscription boxes, brewery tours and taproom events",
        "segment": "subscription box customers",
        "seg_short": "box subscribers",
        "channels": ("email", "the website"),
        "suffix": "Brewing Co",
    },
    {
        "kind": "a regional bus and coach operator",
        "products": "local bus services, season tickets, coach holidays and private hire",
        "segment": "students travelling to college",
        "seg_short": "student travellers",
        "channels": ("the mobile app", "Twitter"),
        "suffix": "Travel",
    },
)

SOURCES = (
    (
        "Chaffey and Ellis-Chadwick, 2019",
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing: strategy, implementation and practice. "
        "7th edn. Harlow: Pearson.",
    ),
    (
        "Kingsnorth, 2019",
        "Kingsnorth, S. (2019) Digital marketing strategy: an integrated approach to online marketing. 2nd edn. "
        "London: Kogan Page.",
    ),
    ("Ryan, 2016", "Ryan, D. (2016) Understanding digital marketing. 4th edn. London: Kogan Page."),
    (
        "Chaffey and Smith, 2017",
        "Chaffey, D. and Smith, P.R. (2017) Digital marketing excellence. 5th edn. Abingdon: Routledge.",
    ),
    (
        "Boudet et al., 2019",
        "Boudet, J., Gregg, B., Rathje, K. and Vollhardt, K. (2019) The future of personalization. McKinsey & "
        "Company. Available at: https://www.mckinsey.com (Accessed: 14 June 2019).",
    ),
    (
        "Google, 2016",
        "Google (2016) Micro-moments: your guide to winning the shift to mobile. Think with Google. Available at: "
        "https://www.thinkwithgoogle.com (Accessed: 2 June 2019).",
    ),
    (
        "Information Commissioner's Office, 2018",
        "Information Commissioner's Office (2018) Guide to the General Data Protection Regulation (GDPR). "
        "Wilmslow: ICO.",
    ),
    (
        "Accenture, 2018",
        "Accenture (2018) Making it personal: pulse check 2018. Available at: https://www.accenture.com "
        "(Accessed: 9 June 2019).",
    ),
    ("Salesforce, 2019", "Salesforce (2019) State of the connected customer. 3rd edn. San Francisco: Salesforce."),
    (
        "Gartner, 2019",
        "Gartner (2019) Gartner predicts 80% of marketers will abandon personalization efforts by 2025. "
        "Available at: https://www.gartner.com (Accessed: 20 June 2019).",
    ),
    ("Smith and Zook, 2016", "Smith, P.R. and Zook, Z. (2016) Marketing communications. 6th edn. London: Kogan Page."),
    (
        "Kotler et al., 2017",
        "Kotler, P., Kartajaya, H. and Setiawan, I. (2017) Marketing 4.0: moving from traditional to digital. "
        "Hoboken: Wiley.",
    ),
    (
        "Epsilon, 2018",
        "Epsilon (2018) The power of me: the impact of personalization on marketing performance. Available at: "
        "https://www.epsilon.com (Accessed: 11 June 2019).",
    ),
)

# Sentences a candidate writes, by part. Slots are filled per sentence; {c} is a bracketed citation.
GENERAL = (
    "Personalisation is only valuable when it makes the experience simpler for the customer {c}.",
    "Customers now expect brands to remember them across every device and visit {c}.",
    "{org} already holds more customer data than it uses, which is both an opportunity and a responsibility.",
    "The management team should see personalisation as a long-term capability rather than a single campaign.",
    "This matters because attention spans are short and customers leave quickly when content feels irrelevant {c}.",
    "Any change should be tested on a small group first and measured against a control group.",
    "The {seg_short} segment is a sensible place to start because its needs are clear and its value is high.",
    "Competitors such as {rival} have raised expectations, so doing nothing is itself a risk for {org}.",
    "Data quality is the foundation for every other step described here {c}.",
    "My own experience as a customer of several retailers supports this view.",
    "A simple approach done well is better than an advanced one that confuses people {c}.",
    "Trust has to be earned, so customers should always understand why they are seeing a message.",
    "The figures suggest that the potential gain is large compared with the cost of the tools involved.",
    "Staff across marketing, IT and customer service will need to work together more closely than today.",
)
PART_SENTENCES = {
    "1a": (
        "{org} is {kind} based in {city}, founded in {founded} and employing around {staff} people.",
        "It offers {products}.",
        "Annual turnover was about £{turnover} million last year, with {online}% of sales now made online.",
        "Its main competitors are {rival}, {rival2} and several smaller local businesses.",
        "The customer base is around {customers} active customers, most of them living within {miles} miles.",
        "The largest group is aged {age1} to {age2}, and {mobile}% of website visits now come from mobile phones.",
        "Personalisation is at an early stage: emails greet customers by first name but the content is the same "
        "for everyone.",
        "The website has no recommendations, and the app shows the same offers to every user.",
        "Customer data sits in separate systems for sales, service and marketing, so there is no single view of "
        "the customer.",
        "On a simple maturity scale from one to five, I would place {org} at level {level} {c}.",
        "The board has asked marketing to improve online conversion and retention over the next two years.",
    ),
    "1b": (
        "Current personalisation ranges from basic segmentation by age or location to one-to-one recommendations "
        "driven by behaviour {c}.",
        "The most common method today is rules-based personalisation, where marketers set if-then rules for each "
        "segment.",
        "Rules are easy to understand and cheap to set up, but they do not scale well as segments multiply {c}.",
        "Behavioural targeting uses browsing and purchase history to predict what a visitor wants next.",
        "Machine learning now allows offers to be chosen in real time, within milliseconds of a click {c}.",
        "{pct}% of consumers say they are more likely to buy from brands that recognise them and provide relevant "
        "offers {c}.",
        "However, Gartner (2019) predicts that many marketers will abandon personalisation by 2025 because of poor "
        "returns and privacy concerns.",
        "Location-based personalisation on mobile is growing as customers share their location with apps.",
        "Voice assistants and chatbots are a future development that will make conversations more personal.",
        "Predictive analytics can identify customers who are likely to leave before they actually do {c}.",
        "The main disadvantage of advanced methods is that they need clean data and skilled staff that {org} does "
        "not yet have.",
        "A further concern is that customers find some personalisation creepy when it reveals how much a brand "
        "knows {c}.",
        "For {org}, the strategic decision is how far and how fast to move from basic to advanced methods.",
        "The evidence suggests a staged approach, starting with email and the website before investing in AI.",
        "As {qauthor} ({qyear}, p. {page}) argues, “personalisation is a promise that the brand understands me, "
        "and a broken promise costs more than no promise at all”.",
        "Privacy regulation will shape future developments as much as technology will {c}.",
    ),
    "1c": (
        "The chosen segment is {segment}, who make up about {pct}% of {org}'s customers.",
        "They research online, mostly on their phones, and expect quick answers at each step {c}.",
        "A good example of personalisation is Amazon, whose recommendations reflect what similar customers bought.",
        "Netflix personalises even the artwork shown for each title, which shows how far the practice can go {c}.",
        "In contrast, I recently received an email from a retailer recommending a product I had already bought, "
        "which felt careless.",
        "Poor practice often comes from data that is out of date or systems that do not talk to each other.",
        "Good personalisation can be measured through open rates, click-through, conversion and repeat purchase {c}.",
        "Bad personalisation shows up as unsubscribes, complaints and falling engagement over time.",
        "For the {seg_short}, {ch1} and {ch2} are the most relevant channels, with a consistent message across both.",
        "{org} would need data on life stage, browsing behaviour, past purchases and preferred channel.",
        "An improvement would be to let customers set their own preferences in a simple profile page.",
        "Cross-channel consistency matters because this segment often starts on mobile and finishes on a laptop {c}.",
        "Getting this right would support the business goals of higher conversion and better retention.",
        "The depth of data required should be balanced against what customers are willing to share {c}.",
    ),
    "2a": (
        "The aim of the plan is to raise the conversion rate for the {seg_short} from {low}% to {high}% within "
        "twelve months.",
        "The two channels chosen are {ch1} and {ch2}, because the segment already uses them most.",
        "The plan follows the customer journey using the RACE framework of reach, act, convert and engage {c}.",
        "Google's micro moments, the I-want-to-know, go, do and buy moments, help to frame each stage {c}.",
        "In the first quarter, the team will clean existing customer data and build a single customer view.",
        "In the second quarter, welcome journeys in {ch1} will be personalised by life stage and interest.",
        "Metrics will include conversion rate, average order value, cost per acquisition and customer lifetime value.",
        "Each action has an owner, a budget and a review date so that senior management can track progress.",
        "Existing data from the CRM system and web analytics will be used to build the first segments.",
        "An online community, moderated by {org} staff, would let customers ask questions and share advice.",
        "Communities can move the relationship from a transaction to a conversation, which builds loyalty {c}.",
        "A budget of about £{budget} is proposed for the first year, mainly for software and training.",
        "Progress will be reported monthly on a simple dashboard shared with the board.",
        "The plan keeps the journey simple, removing steps that do not help the customer to decide.",
    ),
    "2b": (
        "Content in {ch1} can be personalised by name, location, past behaviour and stage in the journey {c}.",
        "Dynamic content blocks change images and offers for each reader when the message is opened.",
        "For example, a customer who browsed one product would see guides and reviews about that product.",
        "On {ch2}, content can be tailored using audiences built from website visits and customer lists {c}.",
        "User-generated content, such as reviews and photographs from other customers, makes messages more credible.",
        "Re-marketing reminds visitors of products they viewed and brings them back to complete the purchase {c}.",
        "Abandoned basket emails sent within an hour are among the most effective re-marketing techniques.",
        "Frequency caps stop re-marketing from following people around the internet, which annoys them.",
        "Sequential messaging tells a story over several contacts rather than repeating the same advert.",
        "Content should stay simple, with one clear call to action in each message {c}.",
        "A/B testing of subject lines, images and offers will show which content works best for the segment.",
        "Personalised content also supports wider ambitions, such as building the brand and reducing service calls.",
        "Lookalike audiences can extend re-marketing to people who resemble the best existing customers {c}.",
    ),
    "3a": (
        "I recommend that {org} appoints a personalisation lead who reports to the marketing director.",
        "This is justified because at present nobody owns customer data across departments {c}.",
        "Internal skills in analytics and content creation should be built through training over six months.",
        "Specialist skills, such as data science, can be bought in from an agency at first to reduce risk.",
        "A customer data platform would join data from the website, app, email and stores {c}.",
        "Paid channels need audience data shared with platforms, so consent must be checked first.",
        "Owned channels such as email and the website offer the most control and should come first.",
        "Earned channels, such as reviews and social sharing, are harder to personalise but build trust {c}.",
        "Basic implementation needs clean data and an email tool; advanced implementation needs real-time decisioning.",
        "Mobile must be the priority, since {mobile}% of visits are now on phones.",
        "Advanced tracking, including server-side tagging, will be needed as browsers block third-party cookies {c}.",
        "The future of data is first-party, so {org} should invest in reasons for customers to share it.",
        "The approach should scale in stages, so that each success pays for the next step.",
        "Customer expectations are rising faster than {org}'s ability to meet them, which is why a clear plan matters.",
    ),
    "3b": (
        "The first risk is legal non-compliance with the GDPR and the Privacy and Electronic Communications "
        "Regulations {c}.",
        "Fines can reach 4% of global turnover, but the greater damage is often to reputation.",
        "Consent must be freely given, specific and informed, and customers must be able to withdraw it easily {c}.",
        "{org} should carry out a data protection impact assessment before any profiling begins.",
        "The second risk is that personalisation feels intrusive and damages trust {c}.",
        "Target's pregnancy prediction case is often quoted as an example of crossing the line.",
        "A clear policy on what {org} will never do with data would reduce this risk.",
        "The third risk is poor data quality, which leads to wrong recommendations and a poor channel experience.",
        "Automation can repeat a mistake thousands of times before anyone notices it {c}.",
        "Regular audits, human review of automated rules and a quick way to switch campaigns off are needed.",
        "The likelihood of the legal risk is medium but its impact is high, so it should be managed first.",
        "Customers who have a poor experience may move to competitors such as {rival}.",
        "Transparency, such as explaining why a product is recommended, builds trust over time {c}.",
        "These risks have clear implications for future campaigns, which must be planned with privacy by design.",
    ),
}
MORE_SENTENCES = {
    "general": (
        "In my view, the benefits outweigh the costs, provided that the work is phased carefully.",
        "Senior managers will want evidence of return on investment before approving each stage {c}.",
        "It is worth noting that smaller organisations can compete here because they often know their customers "
        "personally.",
        "The same principle applies online: customers reward brands that save them time {c}.",
        "A short customer survey would confirm which of these ideas matter most to people.",
        "None of this works without clear ownership inside {org}.",
        "This links back to the business goal of growing online sales while keeping costs under control.",
        "Marketing technology is now affordable for a business of {org}'s size {c}.",
        "Measurement should be agreed at the start so that success is not argued about later.",
        "There is a balance to strike between automation and the human touch that customers still value.",
    ),
    "1b": (
        "Segmentation by demographics is the most basic level and is still what most organisations do {c}.",
        "Contextual personalisation uses signals such as time of day, weather or device to change a message.",
        "Real-time web personalisation changes banners and product lists while the visitor is still on the site.",
        "The cost of these tools has fallen sharply, which makes them realistic for mid-sized firms {c}.",
        "Customer data platforms are a current development that joins data from many sources into one profile.",
        "A likely future development is the decline of third-party cookies, which will make first-party data more "
        "valuable {c}.",
        "Augmented reality may allow customers to see products in their own homes before buying.",
        "The advantage of advanced personalisation is higher relevance; the disadvantage is complexity and cost.",
        "Some writers argue that personalisation has been oversold and that good basic service matters more {c}.",
        "For a business like {org}, the pros and cons point to investing in data before investing in algorithms.",
    ),
    "1c": (
        "Spotify's yearly Wrapped campaign is a strong example of personalisation that customers share willingly {c}.",
        "By contrast, generic 'Dear Customer' emails suggest that the sender does not know who I am.",
        "A travel company once sent me offers for a trip I had already taken, which reduced my trust in it.",
        "Good practice is timely, relevant and useful; bad practice is late, wrong or intrusive {c}.",
        "The {seg_short} often compare several providers before choosing, so clear and helpful content matters.",
        "Their key moments are when they first search, when they compare options and when they decide.",
        "Retail is ahead of most sectors, while many service businesses are still at a basic stage {c}.",
        "Data on channel preference would stop {org} from sending messages through channels people ignore.",
        "Success factors include accurate data, a clear value exchange and consistent messages across channels.",
        "Failure usually comes from treating personalisation as a technology project rather than a customer one.",
    ),
    "2a": (
        "The first goal is awareness among the {seg_short}, measured by reach and new visitors from {ch2}.",
        "The second goal is conversion, measured by the share of visitors who complete a purchase or enquiry.",
        "The third goal is retention, measured by repeat purchases within ninety days {c}.",
        "In the third quarter, {ch2} content will be tailored using the segments built earlier.",
        "In the fourth quarter, results will be reviewed and the best-performing journeys extended.",
        "Micro moments matter here because the {seg_short} make quick decisions on their phones {c}.",
        "Simplifying the journey, for example by saving details and reducing form fields, removes friction.",
        "Existing purchase history can trigger timely messages, such as reminders when a product runs out.",
        "The community could take the form of a forum, a Facebook group or a customer panel.",
        "Each stage has a measurable target, so the plan can be adjusted if results fall short {c}.",
        "Training for the team is built into the plan so that skills grow alongside the tools.",
    ),
    "2b": (
        "Interactive content, such as quizzes and calculators, gathers preferences while helping the customer {c}.",
        "Video messages that use the customer's name and recent activity can lift engagement noticeably.",
        "On {ch1}, recommended products could be based on what similar customers bought next.",
        "On {ch2}, short stories and posts could be shown to people who have already shown an interest.",
        "Location can be used to promote events or stock at the nearest branch.",
        "Content should match the stage of the journey: inspiration early on and reassurance near the decision {c}.",
        "Search re-marketing shows tailored adverts to past visitors when they search again.",
        "Email re-marketing can win back lapsed customers with a personal offer and a reminder of past purchases.",
        "Re-marketing should stop once someone has bought, otherwise it wastes budget and irritates them {c}.",
        "Each piece of content should have a clear purpose that links to the campaign goals set earlier.",
    ),
    "3a": (
        "An agency could run paid media at first while in-house skills are developed {c}.",
        "A small steering group with members from marketing, IT, legal and customer service should meet monthly.",
        "The main challenges are legacy systems, limited budget and the time needed to change habits.",
        "I recommend starting with email personalisation because it uses data {org} already holds.",
        "Advanced implementation, such as predictive recommendations, should wait until data quality is proven.",
        "Insight from testing should be shared widely so that each team learns from the results {c}.",
        "The target audience expects the same quality of experience that large online brands provide.",
        "Budgets should be allocated in stages, with clear criteria for moving to the next stage.",
        "Mobile-first design means messages must be short, fast to load and easy to act on {c}.",
        "A data dictionary and simple governance rules will keep the approach consistent as it grows.",
    ),
    "3b": (
        "Under the GDPR, profiling that has significant effects on people needs particular care {c}.",
        "Staff must be trained so that data is handled correctly at every stage.",
        "The impact of a data breach would include fines, compensation claims and lost customers.",
        "Mitigation includes clear privacy notices, easy preference controls and regular reviews.",
        "Customers differ in how much personalisation they accept, so {org} should let them choose.",
        "A further example is when recommendations reveal sensitive information to other people using the same device.",
        "Automated decisions should be explainable, so that staff can answer customer questions about them {c}.",
        "The risk of poor experience is real because customers switch quickly when something goes wrong.",
        "Overall, the legal risk is the most serious, but the trust risk is the most likely.",
        "Senior management should agree a written policy and review it every year {c}.",
    ),
}
EXTRA_SENTENCES = {
    "general": (
        "Looking ahead, the pace of change is likely to increase rather than slow down {c}.",
        "Evidence from other sectors shows what is possible when data and content are joined up.",
        "The risk of moving too slowly is that customers form habits with competitors instead.",
        "Each recommendation here is designed to be realistic for the budget and skills available.",
        "Customer feedback should be collected throughout, not only at the end of the project {c}.",
        "Clear, plain language in every message is part of good personalisation too.",
    ),
    "1b": (
        "Personalised search results on the website are a practical next step that customers notice quickly.",
        "Triggered emails, sent when a customer does something specific, outperform scheduled newsletters {c}.",
        "Social platforms already personalise feeds, so brands compete with highly relevant content every day.",
        "Loyalty schemes have long been a basic form of personalisation based on purchase history.",
        "Personalised pricing is a controversial development because customers see it as unfair {c}.",
        "Hyper-personalisation, using real-time data from many sources, is where leading brands are heading.",
        "Consumers are becoming more aware of their data rights, which affects what they agree to share {c}.",
        "The strategic choice for {org} is between building capability in-house and buying it as a service.",
        "Personalisation also needs content in many versions, which increases the workload for the team.",
        "Developments in analytics mean that results can be measured more precisely than before {c}.",
    ),
    "1c": (
        "On {ch1}, the segment responds best to short, practical messages with a clear next step.",
        "On {ch2}, they expect content that feels personal rather than a generic promotion {c}.",
        "An example of bad practice is a website that asks for the same details on every visit.",
        "ASOS uses saved preferences and size information to make shopping quicker, which is good practice {c}.",
        "Some banks now greet app users with tailored insights about their spending, which customers value.",
        "The impact of good practice can be seen in higher repeat purchase and better reviews.",
        "The impact of bad practice is often silent, as customers simply stop opening messages.",
        "Measuring both requires a baseline before any change is made {c}.",
        "The data needed should be collected gradually, asking for a little more at each stage of the relationship.",
        "Consistency between online and offline contact is an area where {org} can improve quickly.",
    ),
    "2a": (
        "The plan is presented in stages so that senior management can approve it step by step.",
        "Stage one focuses on data, stage two on journeys and stage three on community and loyalty.",
        "The conversion funnel shows the largest drop between viewing a product and starting checkout {c}.",
        "Personalised reminders at this point could recover a share of lost sales.",
        "Landing pages will be tailored for the {seg_short}, with messages that reflect their needs.",
        "Web analytics will track each step of the journey so that problems can be seen quickly {c}.",
        "Members of the community can also become advocates who recommend {org} to friends.",
        "The plan includes clear milestones and a review at the end of each quarter.",
        "Risks to the plan include delays in cleaning data and limited staff time.",
        "Success will be judged against the baseline conversion rate recorded before the plan starts {c}.",
    ),
    "2b": (
        "Personalised subject lines can increase open rates, but only if the content inside matches them {c}.",
        "Product recommendations in emails work best when they are based on recent behaviour.",
        "For the {seg_short}, practical guides and checklists are likely to be more useful than adverts.",
        "Dynamic creative optimisation tests combinations of images and text automatically {c}.",
        "Content should be accessible, with alt text for images and clear, readable fonts.",
        "Customer stories from the same segment help people picture themselves using the product.",
        "Re-marketing lists can be divided by how far a visitor got, so that messages match their intent {c}.",
        "A visitor who left at checkout needs reassurance, while a casual browser needs inspiration.",
        "Cross-sell messages after purchase can suggest useful additions without pressure.",
        "The effectiveness of re-marketing should be measured by incremental sales, not only by clicks {c}.",
    ),
    "3a": (
        "The recommendations are ordered by priority, starting with those that need least investment.",
        "Internal resources include the marketing team, IT support and customer service staff who know customers.",
        "External resources include technology vendors, agencies and freelance specialists {c}.",
        "Scalability matters because what works for one segment should be repeatable for others.",
        "Paid channels should use consented first-party audiences rather than bought lists.",
        "A test-and-learn culture should be encouraged, where small failures are accepted as part of learning {c}.",
        "Regular reporting to the board will keep support for the programme over time.",
        "Partnerships with other local organisations could add useful data and content.",
        "The audience's expectations include speed, relevance, privacy and a consistent experience {c}.",
        "These recommendations are justified by the gap between {org}'s current maturity and what customers expect.",
    ),
    "3b": (
        "Each risk is evaluated below by likelihood, impact and how it could be reduced.",
        "Consent records must be kept so that {org} can prove how and when permission was given {c}.",
        "Children's data and sensitive information need extra protection and should be avoided in campaigns.",
        "The trust risk grows when customers cannot see why they received a particular message.",
        "Examples from other brands show that one badly judged campaign can cause lasting damage {c}.",
        "Data quality problems often come from duplicate records and out-of-date contact details.",
        "Automated systems can also reinforce bias, showing some groups fewer offers than others {c}.",
        "A named person should be responsible for data protection and for approving new uses of data.",
        "Future campaigns should be tested against these risks before launch.",
        "On balance, the risks are manageable if {org} acts on them from the start {c}.",
    ),
}
FURTHER_SENTENCES = {
    "1b": (
        "Email remains the channel where personalisation is most established, because it is cheap, measurable and "
        "based on data that customers have given directly {c}.",
        "Website personalisation is catching up quickly, with tools that change headlines, images and offers for "
        "returning visitors without any help from developers.",
        "Mobile apps offer the richest data of all, since they know location, usage patterns and preferences, but "
        "they only reach customers who have chosen to download them.",
        "Social media platforms personalise their own feeds very effectively, yet brands have limited control over "
        "how and when their content appears there {c}.",
        "One useful way to judge maturity is to ask whether personalisation is driven by rules written by people "
        "or by models that learn from behaviour.",
        "At the basic level, {org} could personalise by name, location and product interest, which needs little "
        "more than its current email tool.",
        "At the intermediate level, it could trigger messages from behaviour, such as browsing a product without "
        "buying it, which needs web tracking linked to customer records.",
        "At the advanced level, it could predict the next best action for each customer, which needs a data "
        "platform, analytical skills and a culture of testing {c}.",
        "The pros of moving up these levels are higher relevance, better conversion and stronger loyalty, while "
        "the cons are cost, complexity and a greater privacy burden.",
        "Conversational interfaces, such as chatbots on the website and in messaging apps, are likely to become a "
        "normal part of customer service within a few years {c}.",
        "Another development is the move towards zero-party data, meaning information that customers choose to "
        "share, such as their preferences and plans.",
        "This is attractive for {org} because it is accurate, freely given and easier to justify under data "
        "protection law than data gathered silently {c}.",
        "These developments should influence strategic decisions on budget, technology, skills and the order in "
        "which channels are improved.",
        "In short, the direction of travel is clear, but the pace should be set by the quality of {org}'s data "
        "rather than by what competitors are doing.",
    ),
    "1c": (
        "I chose this segment because it is large enough to matter commercially and specific enough for "
        "personalisation to make a visible difference.",
        "Members of this segment typically discover {org} through search or social media, compare options on their "
        "phones and then return later to complete the purchase {c}.",
        "A good example I experienced myself was a retailer that reminded me of an item left in my basket and "
        "offered help with sizing, which made me complete the order.",
        "Another example of good practice is Starbucks, whose app suggests drinks based on past orders, time of "
        "day and weather {c}.",
        "A poor example was a streaming service that kept recommending children's programmes long after a visiting "
        "relative had used my account.",
        "This shows that personalisation can fail when the data reflects a household rather than an individual, "
        "which is a real issue for {org} too.",
        "Good practice in {ch1} would mean content that changes with the customer's stage, not a single newsletter "
        "sent to everyone.",
        "Good practice in {ch2} would mean showing relevant content to people who have already shown interest, "
        "while respecting how often they want to hear from {org}.",
        "The elements that lead to success are relevance, timing, accuracy and a clear benefit for the customer {c}.",
        "The elements that lead to failure are irrelevance, poor timing, mistakes in the data and a feeling of being "
        "watched.",
        "To measure the difference, {org} could compare the behaviour of customers who receive personalised "
        "messages with a control group who receive the standard version.",
        "Improvements should start with fixing basic data problems, such as duplicate records and missing "
        "preferences, before any advanced technique is tried.",
        "The business goals supported would include more first purchases, higher repeat purchase and fewer "
        "customers leaving after their first experience {c}.",
        "The depth of data needed grows with ambition, so {org} should decide early which decisions the data must "
        "support.",
    ),
    "2a": (
        "Before setting out actions, it is important to understand where the customer journey currently loses "
        "people, which the web analytics data makes clear.",
        "For {ch1}, the main actions are a personalised welcome series, behaviour-triggered reminders and a monthly "
        "message built around each customer's interests.",
        "For {ch2}, the main actions are tailored content for the {seg_short}, faster routes to purchase and "
        "prompts that bring people back at the right moment {c}.",
        "The SOSTAC framework is useful for structuring the plan, moving from situation and objectives to "
        "strategy, tactics, actions and control {c}.",
        "Objectives should be specific, measurable, achievable, relevant and time-bound, so each one below has a "
        "number and a date.",
        "A secondary objective is to increase the share of the {seg_short} who opt in to personalised "
        "communication by the end of the year.",
        "The customer journey can be simplified by removing unnecessary form fields, allowing guest checkout and "
        "remembering preferences between visits.",
        "In the I-want-to-know moment, helpful guides and answers to common questions build trust with the "
        "segment {c}.",
        "In the I-want-to-buy moment, clear prices, delivery information and reassurance about returns remove the "
        "last barriers to purchase.",
        "An online community adds value after purchase, when customers want advice, reassurance and a chance to "
        "share their experience.",
        "Brand communities have been shown to increase loyalty and advocacy when members feel heard and valued {c}.",
        "The community would need clear rules, a moderator and regular content from {org} to keep it active.",
        "Resources for the plan include the existing marketing team, a part-time analyst and support from the "
        "technology supplier.",
        "Senior management will be asked to approve the budget, agree the targets and attend a quarterly review "
        "of results.",
        "If the early stages succeed, the same approach could be extended to other segments in the following year.",
    ),
    "2b": (
        "The aim of personalised content is to make each contact feel relevant without overwhelming the customer "
        "with choice {c}.",
        "A welcome email for the {seg_short} could include a short guide chosen from the interests they gave when "
        "signing up.",
        "Later emails could feature products related to earlier purchases, with reviews from similar customers "
        "to add credibility.",
        "On the website, returning visitors could see a homepage that reflects the categories they viewed last "
        "time, rather than a generic promotion {c}.",
        "For social channels, short videos and images showing real customers from the segment are likely to "
        "perform better than polished adverts.",
        "Content can also be personalised by timing, sending messages when each customer is most likely to open "
        "them {c}.",
        "Dynamic content tools let one template serve many versions, which saves time for a small team.",
        "Advanced methods, such as predictive product recommendations, should be introduced once simpler versions "
        "have proved their value.",
        "Re-marketing can be organised in three waves: a gentle reminder, a helpful piece of content and finally "
        "a time-limited incentive {c}.",
        "Visitors who read advice pages but did not buy could be shown related guides rather than hard-selling "
        "adverts.",
        "Customers who bought recently could be excluded from re-marketing for a period, or shown complementary "
        "products instead.",
        "The content strategy should support broader ambitions such as brand reputation, customer satisfaction "
        "and lower service costs {c}.",
        "Keeping things simple means one message, one offer and one button, especially on small mobile screens.",
        "An example from the travel sector shows how a reminder of a searched destination, with current prices, "
        "can bring customers back to book {c}.",
    ),
    "3a": (
        "The first recommendation is to agree a clear vision for personalisation that links directly to {org}'s "
        "business goals.",
        "This matters because projects without a clear purpose tend to focus on technology rather than customers {c}.",
        "The second recommendation is to audit existing data and systems, so that gaps are known before money is "
        "spent.",
        "The third recommendation is to build a small, cross-functional team with the authority to test and "
        "change customer journeys.",
        "Skills needed include data analysis, content creation, marketing automation and an understanding of "
        "data protection law.",
        "Some of these skills can be developed through CIM training and online courses, while others may need "
        "new recruits {c}.",
        "For paid media, personalisation depends heavily on the platforms' own tools, so the focus should be on "
        "giving them good-quality, consented audiences.",
        "For owned media, {org} has full control and can personalise content, timing and offers directly.",
        "For earned media, the best approach is to encourage reviews and sharing among satisfied customers rather "
        "than trying to control the message {c}.",
        "Scalability depends on automation, so manual processes should be replaced gradually as volumes grow.",
        "Challenges will include competing priorities, limited budgets and the need to keep data accurate over time.",
        "Mobile platforms require fast, simple experiences, and app notifications should be personalised with "
        "care to avoid annoying users {c}.",
        "Insights from each campaign should be recorded so that the organisation learns and improves continually.",
        "These recommendations are justified because they match {org}'s current level of maturity while "
        "preparing it for more advanced methods later.",
    ),
    "3b": (
        "The legal framework includes the GDPR, the Data Protection Act 2018 and PECR, which together govern how "
        "personal data and electronic marketing are handled {c}.",
        "A key requirement is having a lawful basis for processing, such as consent or legitimate interests, for "
        "each type of personalisation.",
        "Customers also have rights to access their data, correct it, object to profiling and ask for it to be "
        "deleted {c}.",
        "The likelihood of a breach of these rules increases when data is copied between systems without clear "
        "controls.",
        "The trust risk arises when personalisation reveals more than customers expect, or uses data in ways they "
        "did not anticipate {c}.",
        "For example, a message that refers to a customer's recent life event without explanation may feel "
        "invasive rather than helpful.",
        "The impact of lost trust is significant, because customers who feel uncomfortable often unsubscribe, "
        "leave negative reviews or switch to competitors.",
        "Mitigation includes a clear explanation of how data is used, simple controls for customers and a rule "
        "that sensitive topics are never used in targeting.",
        "The third risk relates to data quality and automation, where errors can spread quickly across channels.",
        "A recommendation engine fed with inaccurate data might promote products that are out of stock or "
        "irrelevant, damaging the channel experience {c}.",
        "The likelihood of this risk is high in the early stages, when systems are new and processes are still "
        "being developed.",
        "Its impact is moderate for single errors but can become serious if mistakes are repeated at scale.",
        "Regular testing, monitoring dashboards and a human review of new automated journeys would reduce the "
        "risk considerably {c}.",
        "Senior management should treat these risks as part of normal governance, with clear owners and regular "
        "reporting.",
    ),
}
FIGURE_SENTENCES = {
    "1": (
        "A review of {org}'s emails sent in {month} found that {p}% used any personal data beyond the first name.",
        "In a quick test of {n} competitor emails, {k} used browsing data and only {k2} felt genuinely relevant to me.",
        "Around {p}% of the {seg_short} opened at least one email from {org} in {month}, against {q}% of all "
        "customers.",
        "A survey of {n} customers found that {p}% would share their preferences in return for more useful offers.",
        "Only {p}% of visitors to {org}'s website in {month} were logged in, which limits what can be tailored.",
        "Industry figures suggest that {p}% of retailers now use some form of product recommendation {c}.",
    ),
    "2": (
        "In {month}, {ch1} converted {p}% of visitors from the {seg_short}, against {q}% for all customers.",
        "Basket abandonment on mobile was {p}% in {month}, compared with {q}% on desktop.",
        "If conversion rose by {d} percentage points, the extra revenue would be about £{money} a year.",
        "Abandoned basket emails tested in {month} recovered {p}% of lost baskets, worth about £{money}.",
        "Traffic from {ch2} grew by {p}% between {month} and the end of the year, but few visits led to a sale.",
        "The cost per acquisition through {ch2} was £{cost} in {month}, against £{cost2} through {ch1}.",
    ),
    "3": (
        "An audit in {month} found that {p}% of customer records had missing or duplicate details.",
        "{org} received {n} subject access requests last year, each answered within {d} days.",
        "About {p}% of customers have given marketing consent, which limits the audience for personalised campaigns.",
        "The marketing team has {staff2} staff, of whom only {k} have had training in analytics.",
        "A survey of {n} customers in {month} found that {p}% were worried about how their data is used.",
        "The technology needed would cost about £{money} a year, a little under {d}% of the marketing budget.",
    ),
}
SIBLINGS = {
    "1b": ("1b", "1c"),
    "1c": ("1c", "1b"),
    "2a": ("2a", "2b"),
    "2b": ("2b", "2a"),
    "3a": ("3a", "3b"),
    "3b": ("3b", "3a"),
}
MONTHS = ("January", "February", "March", "April", "May", "June", "September", "October", "November")
SUMMARY_BULLETS = {
    "1a": ("{org} is {kind} with about {customers} customers.", "Personalisation maturity is low to moderate."),
    "1b": (
        "Basic rules-based methods are cheap but do not scale.",
        "AI and predictive methods are the main future development.",
        "Privacy and trust limit how far {org} should go.",
        "A staged approach suits {org}'s current data and skills.",
    ),
    "1c": (
        "The {seg_short} value speed and relevance on mobile.",
        "Good practice uses accurate data across channels.",
        "Poor practice comes from out-of-date or disconnected data.",
        "A preference centre would improve the experience.",
    ),
    "2a": (
        "Two channels: {ch1} and {ch2}.",
        "The target is a rise in conversion from {low}% to {high}%.",
        "Actions follow the customer journey with clear owners.",
        "An online community supports the later stages.",
    ),
    "2b": (
        "Dynamic content tailors each message to the reader.",
        "Re-marketing brings back visitors who did not buy.",
        "Frequency caps keep re-marketing from annoying people.",
        "Testing shows which content works for the segment.",
    ),
    "3a": (
        "Appoint a personalisation lead with clear ownership.",
        "Start with owned channels, then paid and earned.",
        "Invest in first-party data and mobile tracking.",
        "Scale in stages so that each success funds the next.",
    ),
    "3b": (
        "Legal compliance is the most serious risk.",
        "Intrusive messages can damage trust quickly.",
        "Poor data and automation can repeat mistakes at scale.",
        "Transparency and audits reduce all three risks.",
    ),
}
SUBHEADINGS = {
    "1a": ("Organisation name", "Organisation information", "Specific background"),
    "1b": ("Current developments", "Future developments", "Implications for strategy"),
    "1c": ("The chosen segment", "Good and bad practice", "Improvements and data needed"),
    "2a": ("Goals and metrics", "Actions across the customer journey", "Online communities"),
    "2b": ("Personalised content", "Re-marketing techniques", "Keeping it simple"),
    "3a": ("Resources and skills", "Paid, owned and earned channels", "Mobile, tracking and data"),
    "3b": ("Risk 1: legal compliance", "Risk 2: loss of trust", "Risk 3: data quality and automation"),
}


# --- the writer ------------------------------------------------------------------------------------------------
def _rfonts(element, font: str) -> None:
    """Set every script of an rPr's fonts to ``font``, dropping theme fonts that would override it."""
    rpr = element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    for attr in list(rfonts.attrib):
        del rfonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), font)


def _field(paragraph, instruction: str, shown: str, size: float | None = None) -> None:
    def run(xml: str) -> None:
        rpr = f'<w:rPr><w:sz w:val="{int(size * 2)}"/></w:rPr>' if size else ""
        paragraph._p.append(parse_xml(f"<w:r {NS}>{rpr}{xml}</w:r>"))

    run('<w:fldChar w:fldCharType="begin"/>')
    run(f'<w:instrText xml:space="preserve"> {instruction} </w:instrText>')
    run('<w:fldChar w:fldCharType="separate"/>')
    run(f"<w:t>{shown}</w:t>")
    run('<w:fldChar w:fldCharType="end"/>')


def _chart_png(rng: random.Random) -> bytes:
    image = Image.new("RGB", (640, 360), "white")
    draw = ImageDraw.Draw(image)
    draw.line((40, 320, 620, 320), fill="black", width=2)
    draw.line((40, 20, 40, 320), fill="black", width=2)
    for i in range(6):
        height = rng.randint(60, 280)
        x = 70 + i * 90
        draw.rectangle((x, 320 - height, x + 50, 319), fill=(40 + i * 30, 90, 160))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


class Report:
    def __init__(self, index: int) -> None:
        self.index = index
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        self.rng = random.Random(16_000 + index * 7919)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(16_000 + index)
        self.doc = docx.Document()
        self.part: str | None = None
        self.words = dict.fromkeys(PARTS, 0)
        self.headings: dict[str, str] = {}
        self.cited: set[str] = set()
        self.footnotes: list[str] = []
        self.shape_id = 100
        self.quoted = False
        self.total_line = None
        self.figures_used: set[str] = set()
        self.figure_texts: set[str] = set()
        sector = SECTORS[self.rng.randrange(len(SECTORS))]
        self.sector = sector
        surname = self.fake.last_name()
        self.org = self.rng.choice([f"{surname} {sector['suffix']}", f"{self.fake.city()} {sector['suffix']}"])
        self.qauthor = self.fake.last_name()
        self.qyear = self.rng.choice([2017, 2018, 2019])
        self.facts = {
            "org": self.org,
            "kind": sector["kind"],
            "products": sector["products"],
            "segment": sector["segment"],
            "seg": sector["segment"],
            "seg_short": sector["seg_short"],
            "ch1": sector["channels"][0],
            "ch2": sector["channels"][1],
            "city": self.fake.city(),
            "rival": self.fake.last_name() + " " + sector["suffix"],
            "rival2": self.fake.company(),
            "founded": self.rng.randint(1870, 2008),
            "staff": self.rng.choice([85, 140, 260, 420, 650, 1200, 2300]),
            "turnover": self.rng.choice([6, 12, 28, 45, 90, 150, 310]),
            "online": self.rng.randint(18, 64),
            "customers": f"{self.rng.randint(12, 480)},000",
            "miles": self.rng.choice([20, 30, 50, 80]),
            "age1": (age := self.rng.choice([25, 30, 35, 45])),
            "age2": age + 19,
            "mobile": self.rng.randint(55, 78),
            "level": self.rng.choice(["one", "two", "two"]),
            "low": (low := round(self.rng.uniform(1.2, 2.6), 1)),
            "high": round(low + self.rng.uniform(0.6, 1.4), 1),
            "budget": f"{self.rng.choice([45, 60, 80, 120, 150])},000",
            "qauthor": self.qauthor,
            "qyear": self.qyear,
        }
        self.decks: dict[str, list[str]] = {}

    # text ------------------------------------------------------------------------------------------------------
    def cite(self) -> str:
        key = self.rng.choice(SOURCES)[0]
        self.cited.add(key)
        return f"({key})"

    def fill(self, template: str) -> str:
        values = dict(self.facts)
        values["pct"] = self.rng.choice([63, 71, 80, 91])
        values["page"] = self.rng.randint(12, 240)
        text = template
        while "{c}" in text:
            text = text.replace("{c}", self.cite(), 1)
        text = text.format(**values)
        if "{qauthor}" in template:
            self.quoted = True
        if "Gartner (2019)" in text:
            self.cited.add("Gartner, 2019")
        return text

    def figure(self, part: str) -> str:
        rng = self.rng
        values = {
            "month": rng.choice(MONTHS),
            "p": rng.randint(11, 74),
            "q": rng.randint(5, 40),
            "n": rng.choice([40, 60, 120, 250, 400, 850]),
            "k": rng.randint(3, 9),
            "k2": rng.randint(1, 2),
            "d": rng.randint(2, 9),
            "money": f"{rng.randint(18, 390)},000",
            "cost": rng.randint(9, 40),
            "cost2": rng.randint(3, 12),
            "staff2": rng.randint(10, 24),
        }
        unused = [t for t in FIGURE_SENTENCES[part[0]] if t not in self.figures_used]
        template = rng.choice(unused or FIGURE_SENTENCES[part[0]])
        self.figures_used.add(template)
        while "{c}" in template:
            template = template.replace("{c}", self.cite(), 1)
        text = template.format(**values, **{k: v for k, v in self.facts.items() if k not in values})
        if text in self.figure_texts:
            return self.figure(part)  # the same figures twice: draw again
        self.figure_texts.add(text)
        return text

    def sentence(self, part: str) -> str:
        """A sentence of the part's own, now and then a general remark or a figure, never one already used;
        a part that runs out of its own borrows from the other part of its task."""
        decks = self.decks
        for key, sentences in (
            ("general", GENERAL + MORE_SENTENCES["general"] + EXTRA_SENTENCES["general"]),
            *(
                (p, PART_SENTENCES[p] + MORE_SENTENCES[p] + EXTRA_SENTENCES[p] + FURTHER_SENTENCES[p])
                for p in SIBLINGS[part]
            ),
        ):
            if key not in decks:
                decks[key] = list(sentences)
                self.rng.shuffle(decks[key])
        roll = self.rng.random()
        if roll < 0.04:
            return self.figure(part)
        sibling = next(p for p in SIBLINGS[part] if p != part)
        for deck in (
            (decks["general"], decks[part], decks[sibling])
            if roll < 0.22
            else (decks[part], decks["general"], decks[sibling])
        ):
            if deck:
                return self.fill(deck.pop())
        return self.figure(part)

    # paragraphs ------------------------------------------------------------------------------------------------
    def body(self, text: str):
        paragraph = self.doc.add_paragraph(text)
        self.words[self.part] += count(text)
        return paragraph

    def bullet(self, text: str):
        paragraph = self.doc.add_paragraph(text, style="List Bullet")
        self.words[self.part] += count(text)
        return paragraph

    def uncounted(self, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None):
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
        return paragraph

    def big_heading(self, text: str, size: float, level: int, before: float):
        lay = self.layout
        if lay.styles:
            paragraph = self.doc.add_paragraph(text, style=f"Heading {level}")
        else:
            paragraph = self.doc.add_paragraph()
            run = paragraph.add_run(text)
            run.bold = True
            run.font.size = Pt(size)
            paragraph.paragraph_format.space_before = Pt(before)
            paragraph.paragraph_format.space_after = Pt(8)
            paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def subheading(self, text: str):
        lay = self.layout
        if lay.styles:
            return self.doc.add_paragraph(text, style="Heading 3")
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt(lay.size)
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # extras ----------------------------------------------------------------------------------------------------
    def footnote_on(self, paragraph, note: str) -> None:
        self.footnotes.append(note)
        number = len(self.footnotes)
        paragraph._p.append(
            parse_xml(
                f'<w:r {NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{number}"/></w:r>'
            )
        )

    def text_box(self, paragraph, title: str, lines: list[str]) -> None:
        lay = self.layout
        self.shape_id += 1
        size = max(lay.size - 2, 10)
        width = Cm(6.0)
        height = int((len(lines) * 2.2 + 2) * size * 1.5 * 12700)
        inner = f'<w:p><w:r><w:rPr><w:b/><w:sz w:val="{int(size * 2)}"/></w:rPr><w:t>{title}</w:t></w:r></w:p>'
        for line in lines:
            inner += (
                f'<w:p><w:pPr><w:ind w:left="227" w:hanging="227"/></w:pPr><w:r><w:rPr><w:sz w:val="{int(size * 2)}"/>'
                f'</w:rPr><w:t xml:space="preserve">• {line}</w:t></w:r></w:p>'
            )
        xml = (
            f'<w:r {NS}><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" '
            f'simplePos="0" relativeHeight="{251658240 + self.shape_id}" behindDoc="0" locked="0" layoutInCell="1" '
            f'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{width}" cy="{height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{self.shape_id}" name="Text Box {self.shape_id}"/>'
            f"<wp:cNvGraphicFramePr/><a:graphic><a:graphicData "
            f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width}" cy="{height}"/>'
            f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/>'
            f'</a:solidFill><a:ln w="19050"><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></a:ln></wps:spPr>'
            f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
            f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
            f'anchor="t"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
            f"</w:drawing></w:r>"
        )
        paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, parse_xml(xml))

    def picture(self, alt: str) -> None:
        self.doc.add_picture(io.BytesIO(_chart_png(self.rng)), width=Cm(11))
        paragraph = self.doc.paragraphs[-1]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for doc_pr in paragraph._p.iter(qn("wp:docPr")):
            doc_pr.set("descr", alt)

    def table(self, caption: str, header: list[str], rows: list[list[str]]) -> None:
        cap = self.doc.add_paragraph(caption, style="Caption")
        cap.paragraph_format.keep_with_next = True
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            run.bold = True
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.line_spacing = 1.0
                    paragraph.paragraph_format.space_after = Pt(2)
                    for run in paragraph.runs:
                        run.font.size = Pt(max(self.layout.size - 2, 10))
        self.doc.add_paragraph()

    # setup -----------------------------------------------------------------------------------------------------
    def setup(self) -> None:
        lay = self.layout
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.size = Pt(lay.size)
        _rfonts(normal.element, lay.font)
        fmt = normal.paragraph_format
        fmt.line_spacing = lay.spacing
        fmt.space_after = Pt(lay.after)
        fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
        for name, size in (("Heading 1", lay.part_size + 2), ("Heading 2", lay.part_size), ("Heading 3", lay.size)):
            style = styles[name]
            _rfonts(style.element, lay.font)
            style.font.size = Pt(size)
            style.font.bold = True
            style.font.italic = False
            style.font.color.rgb = RGBColor(0x1F, 0x38, 0x64) if name != "Heading 3" else RGBColor(0, 0, 0)
            style.paragraph_format.space_before = Pt(lay.before if name != "Heading 3" else 12)
            style.paragraph_format.space_after = Pt(8)
            style.paragraph_format.line_spacing = 1.15
        for name in ("Caption", "Title", "List Bullet", "Header", "Footer"):
            _rfonts(styles[name].element, lay.font)
        styles["Caption"].font.size = Pt(max(lay.size - 2, 10))
        styles["Caption"].font.color.rgb = RGBColor(0x26, 0x26, 0x26)
        styles["Caption"].font.italic = True
        for section in self.doc.sections:
            section.page_width, section.page_height = Cm(21.0), Cm(29.7)
            for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
                setattr(section, side, Cm(lay.margin))
        if lay.page_colour:
            self.doc.element.insert(0, parse_xml(f'<w:background {NS} w:color="{lay.page_colour}"/>'))
            settings = self.doc.settings.element
            zoom = settings.find(qn("w:zoom"))
            shape = parse_xml(f"<w:displayBackgroundShape {NS}/>")
            if zoom is not None:
                zoom.addnext(shape)
            else:
                settings.insert(0, shape)

    def header_footer(self, section) -> None:
        lay = self.layout
        if lay.header:
            section.header.is_linked_to_previous = False
            paragraph = section.header.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = paragraph.add_run(f"Candidate number: {self.candidate}")
            run.font.size = Pt(12)
        if lay.footer != "none":
            section.footer.is_linked_to_previous = False
            paragraph = section.footer.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if lay.footer == "page-of":
                paragraph.add_run("Page ").font.size = Pt(11)
                _field(paragraph, "PAGE", "1", 11)
                paragraph.add_run(" of ").font.size = Pt(11)
                _field(paragraph, "NUMPAGES", "9", 11)
            else:
                _field(paragraph, "PAGE", "1", 11)

    # the report ------------------------------------------------------------------------------------------------
    def plan(self) -> dict[str, int]:
        rng = self.rng
        lay = self.layout
        targets = {"1a": rng.randint(*lay.overview_words)}
        for group, parts in LIMIT_GROUPS.items():
            mode = rng.choices(("near", "over", "under"), weights=(5, 3, 2))[0]
            factor = {
                "near": rng.uniform(0.9, 1.02),
                "over": rng.uniform(1.04, 1.12),
                "under": rng.uniform(0.55, 0.78),
            }[mode]
            total = int(LIMITS[group] * factor)
            share = rng.uniform(0.42, 0.58)
            targets[parts[0]] = int(total * share)
            targets[parts[1]] = total - targets[parts[0]]
        return targets

    def titles(self) -> dict[str, str]:
        titles = {}
        for part in PARTS:
            options = ALT_TITLES[part]
            titles[part] = options[0] if self.rng.random() < 0.55 else self.rng.choice(options[1:])
        return titles

    def cover(self, total: int) -> None:
        lay = self.layout
        for _ in range(4):
            self.doc.add_paragraph()
        paragraph = self.uncounted("Mastering Digital Channels (2206)", bold=True, size=lay.part_size + 8)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
        self.uncounted(f"Personalisation in digital channels: a report for {self.org}", size=lay.part_size + 2)
        self.uncounted("CIM Level 6 Digital Diploma in Professional Marketing")
        self.doc.add_paragraph()
        self.uncounted(f"Candidate number: {self.candidate}")
        self.uncounted(f"Centre: {self.fake.city()} College of Marketing")
        self.uncounted(f"Submitted: {self.rng.randint(2, 26)} July 2019")
        if lay.wordcount_lines:
            self.total_line = self.uncounted(f"Total word count: {total:,}")

    def contents(self, titles: dict[str, str], targets: dict[str, int]) -> None:
        lay = self.layout
        paragraph = self.uncounted("Contents", bold=True, size=lay.part_size + 2)
        paragraph.paragraph_format.space_after = Pt(12)
        words_per_page = {10.5: 620, 11: 480, 12: 330, 13: 300, 14: 230}[lay.size]
        if lay.spacing >= 2:
            words_per_page = int(words_per_page * 0.7)
        page = 3 if lay.cover != "none" else 2
        used = 0
        entries = []
        for part in PARTS:
            task = part[0]
            if lay.task_headings and part[1] == "a":
                entries.append((1, f"Task {task}: {self.task_titles[task]}", page + used // words_per_page))
            text = self.headings_plan[part]
            if lay.label == "numline":
                text = f"{text} {titles[part]}"
            entries.append((2 if lay.task_headings else 1, text, page + used // words_per_page))
            used += targets[part]
            if part == "1a":
                used = (used // words_per_page + 1) * words_per_page
        entries.append((1, self.ref_heading, page + used // words_per_page + 1))
        width = 21.0 - 2 * lay.margin
        field = lay.contents == "field"
        for number, (level, text, pg) in enumerate(entries):
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            paragraph.paragraph_format.left_indent = Cm(0.8 * (level - 1))
            paragraph.paragraph_format.space_after = Pt(4)
            if field and number == 0:
                paragraph._p.append(parse_xml(f'<w:r {NS}><w:fldChar w:fldCharType="begin"/></w:r>'))
                paragraph._p.append(
                    parse_xml(f'<w:r {NS}><w:instrText xml:space="preserve"> TOC \\o "1-2" \\u </w:instrText></w:r>')
                )
                paragraph._p.append(parse_xml(f'<w:r {NS}><w:fldChar w:fldCharType="separate"/></w:r>'))
            paragraph.add_run(f"{text}\t{pg}")
            if field and number == len(entries) - 1:
                paragraph._p.append(parse_xml(f'<w:r {NS}><w:fldChar w:fldCharType="end"/></w:r>'))

    def summary_table(self, task: str) -> None:
        rng = self.rng
        f = self.facts
        number = int(task)
        if task == "1":
            rows = [
                [channel, rng.choice(["Basic", "Low", "None"]), rng.choice(["Moderate", "Advanced"]), str(pri)]
                for pri, channel in enumerate(["Email", "Website", "Mobile app", "Social media"], start=1)
            ]
            self.table(
                f"Table {number}: Personalisation maturity by channel",
                ["Channel", "Today", "Target", "Priority"],
                rows,
            )
        elif task == "2":
            rows = []
            for quarter, owner in zip(
                ("Q1", "Q2", "Q3", "Q4"), ("CRM manager", "Email lead", "Web team", "Head of digital"), strict=True
            ):
                rows.append(
                    [quarter, rng.choice([f["ch1"], f["ch2"]]).capitalize(), owner, f"£{rng.randint(5, 40)},000"]
                )
            rows.append(["Target", "Conversion rate", "Board", f"{f['low']}% to {f['high']}%"])
            self.table(f"Table {number}: Action plan summary", ["Stage", "Channel", "Owner", "Budget"], rows)
        else:
            rows = [
                ["Legal compliance", "Medium", "High", "DPIA, consent audit"],
                ["Loss of trust", rng.choice(["Medium", "High"]), "High", "Clear data policy"],
                ["Data quality", "High", rng.choice(["Medium", "High"]), "Cleansing, human review"],
            ]
            self.table(f"Table {number}: Risk summary", ["Risk", "Likelihood", "Impact", "Mitigation"], rows)

    def write_part(self, part: str, target: int, title: str) -> None:
        lay = self.layout
        rng = self.rng
        self.part = part
        if lay.label == "numline":
            first = self.big_heading(self.headings_plan[part], lay.part_size, 2, lay.before)
            first.paragraph_format.space_after = Pt(0)
            self.big_heading(title, lay.part_size, 2, 0)
        else:
            self.big_heading(self.headings_plan[part], lay.part_size, 2, lay.before)
        self.headings[part] = self.headings_plan[part]
        subheads = list(SUBHEADINGS[part])
        use_subheads = part == "1a" or rng.random() < 0.6
        if part == "1a":
            self.subheading(subheads[0])
            self.body(self.org)
            self.subheading(subheads[1])
            text = " ".join(self.fill(t) for t in PART_SENTENCES["1a"][:4])
            self.body(text)
            self.subheading(subheads[2])
            rest = list(PART_SENTENCES["1a"][4:])
            rng.shuffle(rest)
            while rest and self.words["1a"] < target:
                n = min(rng.randint(*lay.sentences), len(rest), max(1, round((target - self.words["1a"]) / 20)))
                chunk = [rest.pop() for _ in range(n)]
                self.body(" ".join(self.fill(t) for t in chunk))
            return
        summary = [self.fill(t) for t in SUMMARY_BULLETS[part]]
        budget = target - (sum(count(s) for s in summary) if lay.summaries else 0)
        paragraphs = 0
        next_sub = 1
        sub_every = max(2, int(budget / 3 / 60))
        boxed = lay.keypoints and part in ("1b", "2a", "3a", "3b") and rng.random() < 0.8
        while self.words[part] < budget - 12:
            if use_subheads and paragraphs == 0:
                self.subheading(subheads[0])
            elif use_subheads and next_sub < len(subheads) and paragraphs >= sub_every * next_sub:
                self.subheading(subheads[next_sub])
                next_sub += 1
            n = min(rng.randint(*lay.sentences), max(1, round((budget - self.words[part]) / 22)))
            paragraph = self.body(" ".join(self.sentence(part) for _ in range(n)))
            if paragraphs == 0 and boxed:
                self.text_box(paragraph, "Key points", summary[:3])
            if paragraphs == 0 and lay.footnote and part == "1b":
                self.footnote_on(
                    paragraph,
                    "Reading order: parts follow the order of the brief; tables and boxes summarise the text and "
                    "are outside the word count.",
                )
            if lay.picture and part == "2a" and paragraphs == 1:
                self.picture(
                    f"Bar chart of monthly conversion rate for {self.org} over the last six months, by channel."
                )
            paragraphs += 1
        if lay.summaries:
            self.subheading(rng.choice(["Summary", "In brief", "Summary of this section"]))
            for text in summary:
                self.bullet(text)

    def references(self) -> None:
        lay = self.layout
        if lay.task_sections:
            self.doc.add_section(WD_SECTION.NEW_PAGE)
        else:
            self.page_break()
        self.big_heading(self.ref_heading, lay.part_size, 1, lay.before)
        entries = sorted(ref for key, ref in SOURCES if key in self.cited)
        if self.quoted:
            journal = self.rng.choice(
                [
                    "Journal of Direct, Data and Digital Marketing Practice",
                    "Journal of Marketing Management",
                    "Journal of Digital and Social Media Marketing",
                ]
            )
            entries.append(
                f"{self.qauthor}, {self.fake.first_name()[0]}. ({self.qyear}) 'Personalisation and the promise of "
                f"relevance', {journal}, {self.rng.randint(8, 24)}({self.rng.randint(1, 4)}), pp. "
                f"{(start := self.rng.randint(10, 200))}-{start + self.rng.randint(8, 20)}."
            )
            entries.sort()
        for entry in entries:
            paragraph = self.doc.add_paragraph(entry)
            paragraph.paragraph_format.left_indent = Cm(1.0)
            paragraph.paragraph_format.first_line_indent = Cm(-1.0)
        if lay.appendix:
            self.page_break()
            self.big_heading("Appendix 1: Customer survey questions", lay.part_size, 1, lay.before)
            for question in (
                "How often do you visit our website or app each month?",
                "Which offers or messages from us have you found useful?",
                "How comfortable are you with us using your purchase history to tailor offers?",
                "Which channel do you prefer us to contact you through?",
            ):
                self.doc.add_paragraph(question, style="List Number")

    def footnotes_part(self) -> None:
        if not self.footnotes:
            return
        lay = self.layout
        notes = ""
        for number, note in enumerate(self.footnotes, start=1):
            notes += (
                f'<w:footnote w:id="{number}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
                f'</w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:rFonts w:ascii="{lay.font}" w:hAnsi="{lay.font}"/><w:sz w:val="20"/></w:rPr>'
                f'<w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote>'
            )
        xml = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            f"{notes}</w:footnotes>"
        )
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            xml.encode("utf-8"),
            self.doc.part.package,
        )
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    def build(self) -> tuple[bytes, Truth]:
        lay = self.layout
        rng = self.rng
        self.candidate = f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
        self.ref_heading = rng.choice(["References", "Reference list", "References"])
        self.task_titles = {task: rng.choice(names) for task, names in TASK_NAMES.items()}
        self.setup()
        targets = self.plan()
        titles = self.titles()
        self.headings_plan = {part: heading_text(lay, part, titles[part]) for part in PARTS}
        planned_total = sum(targets[p] for p in PARTS if p != "1a")
        first = self.doc.sections[0]
        if lay.cover == "page":
            first.different_first_page_header_footer = True
            self.header_footer(first)
            self.cover(planned_total)
            self.page_break()
        elif lay.cover == "section":
            self.cover(planned_total)
            body = self.doc.add_section(WD_SECTION.NEW_PAGE)
            self.header_footer(body)
        else:
            self.header_footer(first)
            title = self.uncounted(
                f"Mastering Digital Channels (2206): personalisation report for {self.org}",
                bold=True,
                size=lay.part_size + 4,
            )
            title.paragraph_format.space_after = Pt(12)
        if lay.contents != "none":
            self.contents(titles, targets)
            self.page_break()
        for part in PARTS:
            task = part[0]
            if part[1] == "a":
                if task != "1":
                    if lay.task_sections:
                        self.doc.add_section(WD_SECTION.NEW_PAGE).different_first_page_header_footer = False
                    elif lay.styles or lay.size >= 13:
                        self.page_break()
                if lay.task_headings:
                    self.big_heading(f"Task {task}: {self.task_titles[task]}", lay.part_size + 2, 1, lay.before)
            self.write_part(part, targets[part], titles[part])
            if part == "1a" and not lay.task_sections:
                self.page_break()
            if part in ("1c", "2b", "3b"):
                if lay.tables:
                    self.summary_table(task)
                if lay.wordcount_lines:
                    group = {"1": "task1-bc", "2": "task2-ab", "3": "task3-ab"}[task]
                    declared = sum(self.words[p] for p in LIMIT_GROUPS[group])
                    self.uncounted(f"Word count: {declared:,}", italic=True)
        self.part = None
        if self.total_line is not None:
            self.total_line.runs[0].text = f"Total word count: {sum(self.words[p] for p in PARTS if p != '1a'):,}"
        self.references()
        self.footnotes_part()
        out = io.BytesIO()
        self.doc.save(out)
        truth = Truth(
            name="",
            seed=self.index,
            layout=lay.name,
            split="",
            part_words=dict(self.words),
            group_words={group: sum(self.words[p] for p in parts) for group, parts in LIMIT_GROUPS.items()},
            words_all=sum(self.words.values()),
            headings=dict(self.headings),
        )
        return out.getvalue(), truth


def build(index: int) -> tuple[bytes, Truth]:
    """Report ``index`` of the pool as DOCX bytes and its truth, the same for the same index."""
    return Report(index).build()
