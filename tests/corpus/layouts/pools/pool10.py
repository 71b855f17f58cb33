"""Pool 10 (HELD OUT): CIM 2206 reports structured like a consultancy's report.

Each report has a cover page, a contents page, an executive summary and an introduction before Task 1, every part
divided into sub-sections (typed decimal numbers, automatic numbers or lettered points) with many sub-headings,
multi-level lists, a short conclusion closing each task, a boxed "Key recommendation" in a text box, tables of
figures, a glossary or list of abbreviations, and appendices after the reference list. Written from the pool brief
without reading marker's readers; the truth is counted while each paragraph is written.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Consultancy-style CIM 2206 reports: cover, contents, executive summary and introduction before Task 1, "
    "numbered sub-sections and many sub-headings in every part, nested lists, task conclusions, a text-box key "
    "recommendation, tables of figures, glossary and appendices after the references"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_PARTS = {1: ("1a", "1b", "1c"), 2: ("2a", "2b"), 3: ("3a", "3b")}
TASK_TITLES = {
    1: "Developments in personalisation and one target segment",
    2: "Personalisation and channel conversion for the target segment",
    3: "Managing, implementing and the risks of personalisation",
}
OWN_TITLES = {
    "1a": "Background to {org}",
    "1b": "Appraising developments in personalisation",
    "1c": "Personalising channels for {seg}",
    "2a": "Conversion action plan for {ch1} and {ch2}",
    "2b": "Personalised content and re-marketing",
    "3a": "Managing and implementing personalisation at {org}",
    "3b": "Evaluating three risks of personalisation",
}

# --- references ------------------------------------------------------------------------------------------------
REFERENCES = {
    ("Chaffey and Ellis-Chadwick", "2019"): "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. "
    "Harlow: Pearson.",
    ("Chaffey and Smith", "2017"): "Chaffey, D. and Smith, P.R. (2017) Digital marketing excellence: planning, "
    "optimizing and integrating online marketing. 5th edn. Abingdon: Routledge.",
    ("Ryan", "2016"): "Ryan, D. (2016) Understanding digital marketing: marketing strategies for engaging the "
    "digital generation. 4th edn. London: Kogan Page.",
    ("Kingsnorth", "2019"): "Kingsnorth, S. (2019) Digital marketing strategy: an integrated approach to online "
    "marketing. 2nd edn. London: Kogan Page.",
    ("Kotler, Kartajaya and Setiawan", "2017"): "Kotler, P., Kartajaya, H. and Setiawan, I. (2017) Marketing 4.0: "
    "moving from traditional to digital. Hoboken, NJ: Wiley.",
    ("Hanlon", "2019"): "Hanlon, A. (2019) Digital marketing: strategic planning and integration. London: Sage.",
    ("Econsultancy", "2019"): "Econsultancy (2019) Personalisation: the state of play. London: Econsultancy.",
    ("McKinsey and Company", "2021"): "McKinsey and Company (2021) The value of getting personalization right, or "
    "wrong, is multiplying. Available at: https://www.mckinsey.com (Accessed: 12 March 2022).",
    ("Google", "2016"): "Google (2016) Micro-moments: your guide to winning the shift to mobile. Mountain View, CA: "
    "Google.",
    ("ICO", "2018"): "Information Commissioner's Office (2018) Guide to the General Data Protection Regulation "
    "(GDPR). Wilmslow: ICO.",
    ("Accenture", "2018"): "Accenture (2018) Making it personal: Pulse Check 2018. Dublin: Accenture Interactive.",
    ("Gartner", "2019"): "Gartner (2019) Predicts 2020: marketers, it's all about trust. Stamford, CT: Gartner.",
    ("Epsilon", "2018"): "Epsilon (2018) The power of me: the impact of personalization on marketing "
    "performance. Irving, TX: Epsilon.",
    ("Lemon and Verhoef", "2016"): "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience "
    "throughout the customer journey', Journal of Marketing, 80(6), pp. 69-96.",
    ("Aguirre et al.", "2015"): "Aguirre, E., Mahr, D., Grewal, D., de Ruyter, K. and Wetzels, M. (2015) "
    "'Unraveling the personalization paradox', Journal of Retailing, 91(1), pp. 34-49.",
    ("Bleier and Eisenbeiss", "2015"): "Bleier, A. and Eisenbeiss, M. (2015) 'Personalized online advertising "
    "effectiveness: the interplay of what, when, and where', Marketing Science, 34(5), pp. 669-688.",
    ("Jobber and Ellis-Chadwick", "2016"): "Jobber, D. and Ellis-Chadwick, F. (2016) Principles and practice of "
    "marketing. 8th edn. London: McGraw-Hill.",
    ("Kozinets", "2015"): "Kozinets, R.V. (2015) Netnography: redefined. 2nd edn. London: Sage.",
    ("Ofcom", "2021"): "Ofcom (2021) Online nation: 2021 report. London: Ofcom.",
    ("Deloitte", "2020"): "Deloitte (2020) Connecting with meaning: hyper-personalizing the customer experience "
    "using data, analytics and AI. London: Deloitte.",
    ("Smith and Zook", "2020"): "Smith, P.R. and Zook, Z. (2020) Marketing communications: integrating online "
    "and offline, customer engagement and digital technologies. 7th edn. London: Kogan Page.",
}
QUOTES = (
    ("personalisation at scale remains the exception rather than the rule", ("Econsultancy", "2019"), "6"),
    ("customers now expect to be recognised as individuals in every channel", ("McKinsey and Company", "2021"), "3"),
    ("the more personal the message, the greater the need for trust", ("Aguirre et al.", "2015"), "36"),
    ("relevance is the currency of the attention economy", ("Kingsnorth", "2019"), "112"),
    ("micro-moments are intent-rich moments when decisions are made", ("Google", "2016"), "4"),
)

SECTORS = (
    ("online fashion retailer", "clothing, footwear and accessories", "women aged 25 to 34"),
    ("regional building society", "mortgages, savings accounts and insurance", "first-time buyers"),
    ("independent travel agency", "package holidays, city breaks and cruises", "retired couples"),
    ("gym and leisure chain", "memberships, classes and personal training", "young professionals"),
    ("specialist coffee roaster", "coffee subscriptions, equipment and gifts", "home baristas"),
    ("home furnishings retailer", "furniture, lighting and soft furnishings", "new homeowners"),
    ("pet supplies retailer", "pet food, accessories and veterinary plans", "first-time dog owners"),
    ("craft brewery", "beer subscriptions, events and merchandise", "craft beer enthusiasts"),
    ("garden centre group", "plants, garden furniture and cafe dining", "busy parents"),
    ("car dealership group", "new and used cars, finance and servicing", "small business owners"),
)
CHANNELS = ("email", "the mobile app", "the website", "Instagram", "Facebook", "paid search", "YouTube", "TikTok")

# --- sentences ---------------------------------------------------------------------------------------------------
GENERIC = (
    "This matters for {org} because its customers compare the experience with the best retailers they use{c}.",
    "The evidence suggests that relevance, rather than volume, drives engagement in digital channels{c}.",
    "{N} argues that personalisation only creates value when it is based on accurate and timely data.",
    "In practice this means that {org} has to balance the cost of the technology against the expected uplift{c}.",
    "Research shows that {p} of consumers are more likely to buy from brands that offer relevant experiences{c}.",
    "For a business of around {staff} employees, the approach has to be pragmatic and phased.",
    "A further consideration is the capability of the marketing team, which currently has {k} digital specialists.",
    "This judgement is supported by the organisation's own data, which shows a repeat purchase rate of {p}.",
    "However, the benefits are not automatic and depend on how well the data is integrated{c}.",
    "It is therefore recommended that senior management treat personalisation as a strategic capability.",
    "The comparison with {comp} is instructive, as the competitor already personalises its homepage{c}.",
    "On balance, the advantages outweigh the risks provided that customers remain in control of their data.",
    "This is consistent with the view that customer experience is built across every touchpoint{c}.",
    "As {N} notes, the customer journey is no longer linear and customers move freely between channels.",
)
BANK = {
    "1a": (
        "{org} is a {sector} founded in {year} and based in {city}.",
        "The business employs around {staff} people and reported a turnover of {money} in the last financial year.",
        "Its range covers {products}, sold through its website, {stores} stores and third-party marketplaces.",
        "The main competitors are {comp}, {comp2} and {comp3}, all of which invest heavily in digital marketing.",
        "The customer base is broad, with {n} active customers, of whom {p} bought online in the past year.",
        "Around {p} of customers are aged under 35, while the most valuable customers are older and more loyal.",
        "In terms of personalisation, {org} is at an early stage of maturity{c}.",
        "Email is segmented by broad customer groups, but the website shows the same content to every visitor.",
        "Data is held in separate systems for the stores, the website and the loyalty scheme.",
        "Using the maturity model of {N}, {org} would be placed at the second of five stages.",
        "The marketing team of {k} people has recently been given a budget for a customer data platform.",
        "Customers increasingly expect recognition across channels, which the current set-up cannot provide.",
    ),
    "1b": (
        "Personalisation in digital channels ranges from basic rules-based messages to predictive experiences{c}.",
        "At the basic level, organisations insert a first name or send a birthday offer by email{c}.",
        "Segment-level personalisation groups customers by behaviour, for example recency, frequency and value{c}.",
        "Advanced personalisation uses machine learning to predict the next best product or offer{c}.",
        "Real-time contextual personalisation adapts content to location, device, weather or time of day{c}.",
        "Recommendation engines are now expected by customers and account for a large share of online sales{c}.",
        "A current development is the move from third-party cookies to first-party and zero-party data{c}.",
        "Voice assistants and conversational interfaces are a future development that will change search{c}.",
        "The pros of advanced personalisation include higher conversion and basket value, around {p} in studies{c}.",
        "The cons include cost, the need for clean data and the risk of appearing intrusive{c}.",
        "For {org}, the strategic decision is whether to build capability in-house or to buy a platform.",
        "Generative AI is likely to reduce the cost of producing many versions of content{c}.",
        "Privacy regulation will continue to limit what can be done without explicit consent{c}.",
        "Omnichannel personalisation, linking store and online data, is where most value is expected{c}.",
        "It is important to appraise these developments critically rather than assume they will all pay back.",
    ),
    "1c": (
        "The chosen segment is {seg}, who account for around {p} of {org}'s online revenue.",
        "This segment is digitally confident, uses {ch1} daily and expects fast, relevant communication{c}.",
        "A good example of practice is Amazon, whose recommendations reflect browsing and purchase history{c}.",
        "Spotify's personalised playlists show how data can create value that customers actively enjoy{c}.",
        "By contrast, a poor example is the retargeting of products that the customer has already bought.",
        "In my own experience, a retailer sent me offers for a product I had returned, which felt careless.",
        "Good personalisation can be measured through click-through rate, conversion rate and repeat purchase{c}.",
        "Bad personalisation shows up in unsubscribes, complaints and falling engagement over time{c}.",
        "The cross-channel experience matters because {seg} move between {ch1} and {ch2} before buying{c}.",
        "To personalise well, {org} needs data on preferences, purchase history and preferred channels.",
        "The depth of data required should be proportionate to the value that the customer receives in return.",
        "Improvements would include a preference centre and triggered messages based on browsing behaviour.",
        "The success factors are relevance, timing and the customer's sense of control{c}.",
    ),
    "2a": (
        "The goal of the plan is to raise the conversion rate of {seg} on {ch1} from {cr} to {p2} within a year.",
        "The plan follows the RACE framework of reach, act, convert and engage{c}.",
        "Google's micro-moments help to identify the points at which the segment wants to know, go, do or buy{c}.",
        "In the awareness stage, {ch2} will be used with lookalike audiences based on existing customers.",
        "In the consideration stage, personalised product recommendations will be shown on {ch1}.",
        "At the point of purchase, simplified checkout and saved preferences will reduce abandonment{c}.",
        "After purchase, a triggered onboarding sequence will encourage a second order within sixty days.",
        "Existing data from the loyalty scheme and the web analytics platform will be combined in a single view{c}.",
        "Key metrics include conversion rate, average order value, cost per acquisition and customer lifetime value.",
        "Online communities could play an important role by moving communication to a conversation{c}.",
        "A brand community for {seg} would allow customers to share reviews, questions and ideas{c}.",
        "The plan will be reviewed monthly by the digital manager and reported quarterly to the board.",
        "A/B testing will be used at each stage so that decisions are based on evidence rather than opinion{c}.",
        "The budget for the first year is estimated at {money}, mainly for technology and content.",
    ),
    "2b": (
        "Content can be personalised by topic, format, timing and offer{c}.",
        "On {ch1}, dynamic content blocks will change according to the customer's last purchase.",
        "On {ch2}, personalised video and carousel formats can reflect the products each customer has viewed{c}.",
        "User-generated content from the community can be matched to customers with similar interests{c}.",
        "Dynamic creative optimisation allows many versions of an advert to be tested automatically{c}.",
        "Re-marketing reminds customers of products they have viewed but not bought{c}.",
        "Sequential re-marketing tells a story over several exposures rather than repeating one advert{c}.",
        "Frequency caps are essential because too many reminders irritate customers{c}.",
        "Abandoned basket emails are one of the most effective re-marketing techniques, with open rates near {p}{c}.",
        "Content should be kept simple so that customers are not overwhelmed by choice{c}.",
        "For example, a weekly email could show three products chosen for the customer rather than twenty.",
        "Customers who have already converted should be excluded from acquisition re-marketing.",
        "The tone of content should reflect the segment, which responds well to practical advice and inspiration.",
    ),
    "3a": (
        "Personalisation should be managed by a small cross-functional team led by the head of digital{c}.",
        "Internal resources include the CRM manager, an analyst and the content team.",
        "External resources will be needed for the platform, data engineering and specialist training{c}.",
        "The skills gap is greatest in data analysis, testing and marketing automation{c}.",
        "Paid channels require audience management and careful budget control, while owned channels need content.",
        "Earned channels such as reviews and social sharing can be encouraged but not controlled{c}.",
        "A basic implementation can use the existing email platform and website rules within three months.",
        "An advanced implementation would need a customer data platform and predictive models{c}.",
        "Mobile must be the priority, because {p} of the segment's sessions take place on smartphones{c}.",
        "Advanced tracking through server-side tagging will protect data quality as cookies decline{c}.",
        "The approach should be scaled in phases, starting with the highest-value journeys.",
        "Governance should include a monthly steering group and clear ownership of customer data{c}.",
        "Customer expectations are rising faster than {org}'s current ability to meet them{c}.",
        "The recommendation is justified by the organisation's size, budget and current level of maturity.",
    ),
    "3b": (
        "The first risk is non-compliance with the UK GDPR and the Privacy and Electronic Communications "
        "Regulations{c}.",
        "Personal data must be processed lawfully, fairly and transparently, with a clear legal basis{c}.",
        "A breach could result in fines of up to four per cent of global turnover and lasting damage to trust{c}.",
        "The likelihood of this risk is medium, but its impact would be high.",
        "The second risk is a poor channel experience caused by inaccurate or out-of-date data{c}.",
        "Customers who receive irrelevant messages may switch to competitors such as {comp}.",
        "The third risk is the personalisation paradox, where customers find messages creepy{c}.",
        "Over-automation can also produce errors at scale, as algorithms act on incomplete data{c}.",
        "Mitigation includes consent management, data audits and human review of automated campaigns.",
        "{org} should publish a clear policy on how data is used and give customers control over preferences{c}.",
        "Some lines should not be crossed, such as using sensitive data or inferring personal circumstances{c}.",
        "Trust and transparency are therefore the foundation of any future campaign{c}.",
        "Senior management should review these risks quarterly as part of the risk register.",
    ),
}
# the executive summary, the introduction and the organisation overview are written in order, a paragraph a row
FRONT = {
    "exec": (
        (
            "This report appraises how {org}, a {sector}, can use personalisation to improve the performance of its "
            "digital channels.",
            "It was commissioned by the senior management team and draws on secondary research, internal data and "
            "the author's own experience as a customer.",
            "The report focuses on one target segment, {seg}, and on two channels, {ch1} and {ch2}.",
        ),
        (
            "The analysis finds that {org} is at an early stage of personalisation maturity, with customer data held "
            "in separate systems and little use of behavioural data.",
            "Competitors such as {comp} already personalise their websites and emails, which raises customers' "
            "expectations.",
            "There is therefore a clear case for investment, provided that it is phased and measured.",
        ),
        (
            "Three risks are evaluated, of which legal compliance with the UK GDPR is the most significant, "
            "followed by a poor channel experience and the loss of trust caused by intrusive messages.",
            "If the recommendations are followed, the expected outcome is a rise in conversion of around {p2} and a "
            "higher lifetime value for the segment.",
        ),
    ),
    "intro": (
        (
            "This report has been prepared for the senior management team of {org}.",
            "Its purpose is to investigate current and future developments in the personalisation of digital "
            "channels and to recommend how the organisation can use them.",
            "Secondary research has been combined with internal data and the author's own experience of the "
            "channels discussed.",
        ),
        (
            "The report is structured in three tasks, following the brief set by the Chartered Institute of Marketing.",
            "The first provides an overview of the organisation and appraises developments in personalisation for "
            "one target segment.",
            "The second sets out an action plan to improve conversion across two channels, and the third recommends "
            "how personalisation can be managed and evaluates the main risks.",
            "Each task closes with a short conclusion, and supporting material is given in the appendices.",
        ),
    ),
}
OVERVIEW = {
    "1a-info": (
        "{org} is a {sector} founded in {year} and based in {city}.",
        "The business employs around {staff} people and reported a turnover of {money} in the last financial year.",
        "Its range covers {products}, sold through its website, {stores} stores and third-party marketplaces.",
        "The main competitors are {comp}, {comp2} and {comp3}, all of which invest heavily in digital marketing.",
        "Compared with these competitors, {org} competes on service and expertise rather than on price.",
        "The organisation is privately owned, which allows a longer-term view of investment in technology.",
    ),
    "1a-cust": (
        "The customer base is broad, with {n} active customers, of whom {p} bought online in the past year.",
        "Around {p} of customers are aged under 35, while the most valuable customers are older and more loyal.",
        "Most customers live within an hour of a store, but online sales now reach the whole of the UK.",
        "The loyalty scheme has {n} members, who spend on average {p} more than other customers.",
        "Customers value advice and convenience, and many research online before visiting a store.",
    ),
    "1a-mat": (
        "In terms of personalisation, {org} is at an early stage of maturity{c}.",
        "Email is segmented by broad customer groups, but the website shows the same content to every visitor.",
        "Data is held in separate systems for the stores, the website and the loyalty scheme.",
        "Using the maturity model of {N}, {org} would be placed at the second of five stages.",
        "The marketing team of {k} people has recently been given a budget for a customer data platform.",
        "Customers increasingly expect recognition across channels, which the current set-up cannot provide.",
    ),
}
ITEMS = {
    "1a": (
        "Type: private limited company",
        "Size: {staff} employees and {stores} stores",
        "Turnover: {money}",
        "Products: {products}",
        "Competitors: {comp} and {comp2}",
        "Active customers: {n}",
    ),
    "1b": (
        "Basic personalisation: name, location and birthday messages",
        "Segmented personalisation based on purchase behaviour",
        "Predictive recommendations using machine learning{c}",
        "Real-time personalisation of website content",
        "Higher conversion and stronger loyalty{c}",
        "Cost of technology and skills",
        "Dependence on good quality first-party data",
        "Growing regulation and customer scepticism{c}",
    ),
    "1c": (
        "Relevant product recommendations based on past purchases",
        "Timely reminders linked to the customer's own behaviour",
        "Generic offers sent to every customer",
        "Re-targeting products already bought",
        "Preferred channel and time of contact",
        "Purchase history and average order value",
        "Stated preferences captured through a quiz{c}",
    ),
    "2a": (
        "Goal: increase conversion on {ch1} by {p} in twelve months",
        "Metric: conversion rate by stage of the journey",
        "Metric: cost per acquisition and return on ad spend",
        "Action: personalised landing pages for {seg}",
        "Action: triggered emails after browsing",
        "Community: a moderated customer forum{c}",
        "Community: a private group for loyal customers",
    ),
    "2b": (
        "Dynamic product blocks in email",
        "Personalised video on {ch2}{c}",
        "Abandoned basket reminders within one hour",
        "Sequential re-marketing across three exposures",
        "Frequency cap of three impressions a day{c}",
        "Exclusion of recent purchasers",
        "User reviews from similar customers",
    ),
    "3a": (
        "Head of digital: overall ownership",
        "CRM manager: data and segmentation",
        "Agency partner: platform set-up and training",
        "Phase 1: rules-based personalisation on owned channels",
        "Phase 2: predictive recommendations and paid media audiences",
        "Phase 3: real-time personalisation across channels{c}",
        "Training budget of {money} over two years",
    ),
    "3b": (
        "Likelihood: medium",
        "Impact: high",
        "Mitigation: consent management platform{c}",
        "Mitigation: quarterly data audits",
        "Mitigation: human review of automated messages",
        "Clear privacy notice and preference centre",
        "Staff training on data protection{c}",
    ),
    "exec": (
        "Build a single customer view from existing data",
        "Personalise {ch1} and {ch2} for {seg} first",
        "Create an online community to support conversion",
        "Invest in skills before advanced technology",
        "Put consent and transparency at the centre of the programme",
    ),
}
SUBHEADINGS = {
    "1a": ("Organisation name", "Organisation information", "Customer base", "Maturity in personalisation"),
    "1b": (
        "Defining personalisation in digital channels",
        "Levels of personalisation",
        "Rules-based and segmented approaches",
        "Predictive and AI-driven personalisation",
        "Real-time and contextual personalisation",
        "Future developments",
        "Advantages and limitations",
        "Strategic implications for {org}",
    ),
    "1c": (
        "Profile of the target segment",
        "Examples of good practice",
        "Examples of poor practice",
        "Measuring good and bad personalisation",
        "Cross-channel experience",
        "Data required on the segment",
        "Improvements for {org}",
    ),
    "2a": (
        "Goals and metrics",
        "Framing model: RACE and the customer journey",
        "Micro-moments",
        "Channel one: {ch1}",
        "Channel two: {ch2}",
        "Using existing data",
        "The role of online communities",
    ),
    "2b": (
        "Content types",
        "Personalising content on {ch1}",
        "Personalising content on {ch2}",
        "Dynamic content",
        "Re-marketing techniques",
        "Keeping content simple",
    ),
    "3a": (
        "Resources and skills",
        "Paid, owned and earned channels",
        "Basic versus advanced implementation",
        "Mobile and advanced tracking",
        "Scalability and governance",
        "Meeting audience expectations",
    ),
    "3b": (
        "Risk one: legal compliance and data protection",
        "Risk two: poor channel experience",
        "Risk three: the personalisation paradox and automation",
    ),
}
RECOMMENDATIONS = (
    "{org} should build a single customer view before investing in predictive tools, starting with {ch1}.",
    "Start with {seg} on {ch1} and {ch2}, test every change, and scale only what lifts conversion.",
    "Appoint a personalisation lead and a monthly steering group, with consent and transparency as fixed rules.",
    "Invest {money} over two years in skills and a customer data platform, phased by journey value.",
)
MINOR = ("Strengths", "Limitations", "Evidence", "Implications", "Example", "Assessment")
CONCLUSIONS = ("Conclusion", "Conclusions", "Summary and conclusion", "Concluding remarks", "Key takeaways")
CONCLUDING = (
    "In summary, {org} has a clear opportunity to use personalisation to improve the experience of {seg}.",
    "The analysis shows that a phased approach is the most realistic option for an organisation of this size.",
    "The recommendations above should be reviewed against the metrics defined in this section.",
    "Overall, the benefits are significant, but they depend on data quality and customer trust{c}.",
    "These findings lead directly into the next stage of the report.",
)
OVERVIEW["1a-bg"] = OVERVIEW["1a-cust"][:3] + OVERVIEW["1a-mat"]
GLOSSARY = (
    ("A/B", "Split testing of two versions"),
    ("AI", "Artificial intelligence"),
    ("CDP", "Customer data platform"),
    ("CLV", "Customer lifetime value"),
    ("CPA", "Cost per acquisition"),
    ("CRM", "Customer relationship management"),
    ("CTR", "Click-through rate"),
    ("DCO", "Dynamic creative optimisation"),
    ("GDPR", "General Data Protection Regulation"),
    ("ICO", "Information Commissioner's Office"),
    ("KPI", "Key performance indicator"),
    ("PECR", "Privacy and Electronic Communications Regulations"),
    ("RACE", "Reach, act, convert, engage"),
    ("ROAS", "Return on advertising spend"),
    ("UGC", "User-generated content"),
)


# --- layouts -----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Layout:
    name: str
    font: str
    size: float
    spacing: float
    margins: float  # cm
    head_font: str
    modes: tuple[str, str, str, str]  # how headings of levels 1-4 are made: style, manual, custom, auto
    task_label: str
    part_label: str
    sub_numbers: str  # typed (1.2.1), auto, none
    offset: int  # typed section numbers start this far past the task number (an "Introduction" numbered 1)
    contents: str  # field or typed
    lists: str  # auto or typed
    points: bool  # lettered "a." points with bold lead-ins
    glossary: str  # front (table), back (list), appendix (table)
    box_part: str
    footnotes: bool
    landscape_plan: bool
    roman_front: bool
    task_breaks: bool
    wordcount_lines: bool
    overview_words: tuple[int, int]
    colour: str
    caps_tasks: bool = False
    minor_headings: bool = False
    intro_subheadings: bool = False
    tables: tuple[str, ...] = ("1a", "2a", "3b")


LAYOUTS = (
    Layout(
        "decimal_part_dash",
        "Calibri",
        11,
        1.15,
        2.54,
        "Calibri Light",
        ("style", "style", "style", "style"),
        "Task {t}: {title}",
        "{t}.{k} Part ({l}) – {ptitle}",
        "typed",
        0,
        "field",
        "auto",
        False,
        "back",
        "3a",
        True,
        True,
        False,
        True,
        False,
        (200, 290),
        "1F4E79",
        minor_headings=True,
    ),
    Layout(
        "caps_part_letter",
        "Arial",
        10.5,
        1.0,
        2.0,
        "Arial",
        ("style", "style", "manual", "manual"),
        "TASK {t}: {TITLE}",
        "PART {L} – {PTITLE}",
        "none",
        0,
        "typed",
        "auto",
        True,
        "front",
        "2a",
        False,
        False,
        False,
        True,
        True,
        (250, 350),
        "000000",
        caps_tasks=True,
        tables=("1a", "1b", "2a", "3b"),
    ),
    Layout(
        "manual_bold_task1b",
        "Times New Roman",
        12,
        2.0,
        2.54,
        "Times New Roman",
        ("manual", "manual", "manual", "manual"),
        "Task {t} – {title}",
        "Task {t}{l}: {ptitle}",
        "none",
        0,
        "typed",
        "auto",
        False,
        "back",
        "3a",
        True,
        False,
        False,
        False,
        False,
        (130, 170),
        "000000",
        tables=("2a", "3b"),
    ),
    Layout(
        "bracket_under_task",
        "Georgia",
        12,
        1.5,
        2.5,
        "Georgia",
        ("style", "style", "style", "style"),
        "Task {t} – {title}",
        "({l}) {ptitle}",
        "none",
        0,
        "field",
        "auto",
        True,
        "appendix",
        "1c",
        False,
        False,
        True,
        True,
        True,
        (170, 240),
        "2E5E3E",
        minor_headings=True,
        intro_subheadings=True,
    ),
    Layout(
        "auto_numbered_headings",
        "Cambria",
        11,
        1.5,
        2.2,
        "Cambria",
        ("auto", "auto", "auto", "style"),
        "Task {t}: {title}",
        "Task {t}({l}) {ptitle}",
        "auto",
        1,
        "field",
        "auto",
        False,
        "back",
        "2b",
        True,
        False,
        False,
        True,
        False,
        (180, 260),
        "7B2C2C",
        tables=("1a", "1b", "2a", "3a", "3b"),
    ),
    Layout(
        "offset_decimal_custom",
        "Verdana",
        10.5,
        1.25,
        2.0,
        "Verdana",
        ("custom", "custom", "custom", "custom"),
        "{n}. TASK {t}: {TITLE}",
        "{n}.{k} Task {t}({l}) – {ptitle}",
        "typed",
        1,
        "typed",
        "typed",
        False,
        "back",
        "1b",
        False,
        False,
        False,
        True,
        True,
        (220, 310),
        "003B5C",
    ),
    Layout(
        "large_print_own_titles",
        "Arial",
        14,
        1.5,
        2.8,
        "Arial",
        ("style", "style", "style", "manual"),
        "Task {t}",
        "Task {t}{l} – {own}",
        "none",
        0,
        "field",
        "auto",
        True,
        "front",
        "3a",
        False,
        False,
        False,
        True,
        False,
        (120, 170),
        "4B2E83",
        tables=("1a", "2a"),
    ),
)


# --- the plan: what the report says, counted as it is written -------------------------------------------------
@dataclass
class Block:
    kind: str  # heading, para, item, table, box, break, section, wordcount, toc, refs
    text: str = ""
    level: int = 0
    role: str = ""  # heading roles: front, task, part, sub, minor, back; item kinds: bullet, number, letter
    lead: str = ""  # a bold lead-in at the start of the text
    rows: list[list[str]] = field(default_factory=list)
    footnote: str = ""
    pid: str = ""  # the part a part heading opens
    number: str = ""  # an automatic heading number, shown only in the contents
    restart: bool = False  # an item that starts a new numbered list


class Writer:
    def __init__(self, rng: random.Random, fake: Faker, layout: Layout) -> None:
        self.rng = rng
        self.layout = layout
        sector, products, segment = rng.choice(SECTORS)
        name = fake.company().replace(",", "")
        channels = rng.sample(CHANNELS, 2)
        comps = [fake.company().replace(",", "") for _ in range(3)]
        self.ctx = {
            "org": name,
            "sector": sector,
            "products": products,
            "seg": segment,
            "ch1": channels[0],
            "ch2": channels[1],
            "comp": comps[0],
            "comp2": comps[1],
            "comp3": comps[2],
            "city": fake.city(),
            "year": str(rng.randint(1962, 2012)),
            "staff": f"{rng.randint(80, 2400):,}",
            "stores": str(rng.randint(3, 60)),
            "k": str(rng.randint(3, 12)),
        }
        self.blocks: list[Block] = []
        self.part: str | None = None
        self.words = dict.fromkeys(PARTS, 0)
        self.cited: set[tuple[str, str]] = set()
        self.notes = 0
        self.unused: dict[str, list[str]] = {}

    # text ------------------------------------------------------------------------------------------------------
    def cite(self) -> str:
        key = self.rng.choice(list(REFERENCES))
        self.cited.add(key)
        roll = self.rng.random()
        if roll < 0.15:
            other = self.rng.choice(list(REFERENCES))
            if other != key:
                self.cited.add(other)
                return f" ({key[0]}, {key[1]}; {other[0]}, {other[1]})"
        if roll < 0.3:
            return f" ({key[0]}, {key[1]}, p. {self.rng.randint(12, 340)})"
        return f" ({key[0]}, {key[1]})"

    def fill(self, template: str, cite_rate: float = 0.45) -> str:
        rng = self.rng
        values = dict(self.ctx)
        values["p"] = f"{rng.randint(12, 78)}%"
        values["p2"] = f"{rng.randint(3, 9)}.{rng.randint(0, 9)}%"
        values["cr"] = f"{rng.randint(1, 2)}.{rng.randint(0, 9)}%"
        values["n"] = f"{rng.randint(12, 480) * 1000:,}"
        values["money"] = f"£{rng.randint(2, 95)}.{rng.randint(1, 9)}m"
        values["c"] = self.cite() if "{c}" in template and rng.random() < cite_rate else ""
        if "{N}" in template:
            key = rng.choice(list(REFERENCES))
            self.cited.add(key)
            values["N"] = f"{key[0]} ({key[1]})"
        text = template.format(**values)
        return text[0].upper() + text[1:]

    def draw(self, bank: str) -> str:
        """The next sentence of a bank: each is used once before any is used again. The overview's facts are
        written in order, once each, and then general points."""
        if bank in OVERVIEW:
            queue = self.unused.setdefault(bank, list(OVERVIEW[bank]))
            if queue:
                return queue.pop(0)
            bank = "generic"
        if not self.unused.get(bank):
            pool = list(GENERIC if bank == "generic" else BANK[bank])
            self.rng.shuffle(pool)
            self.unused[bank] = pool
        return self.unused[bank].pop()

    def front(self, which: str, paragraph: int) -> str:
        return " ".join(self.fill(s, 0) for s in FRONT[which][paragraph])

    def sentences(self, bank: str, n: int) -> str:
        chosen = [self.draw(bank if bank in OVERVIEW or self.rng.random() < 0.7 else "generic") for _ in range(n)]
        text = " ".join(self.fill(s) for s in chosen)
        if self.rng.random() < 0.12:
            quote, key, page = self.rng.choice(QUOTES)
            self.cited.add(key)
            text += f" As one study puts it, “{quote}” ({key[0]}, {key[1]}, p. {page})."
        return text

    # blocks ----------------------------------------------------------------------------------------------------
    def add(self, block: Block) -> Block:
        self.blocks.append(block)
        if block.kind in ("para", "item") and self.part:
            self.words[self.part] += count(block.text)
        return block

    def heading(self, level: int, text: str, role: str) -> Block:
        if role in ("front", "back", "task"):
            self.part = None
        return self.add(Block("heading", text, level, role))

    def para(self, text: str, add: bool = True) -> Block:
        block = Block("para", text)
        if self.layout.footnotes and self.part and self.notes < 6 and self.rng.random() < 0.12:
            self.notes += 1
            block.footnote = self.fill(
                self.rng.choice(
                    (
                        "Figures taken from {org}'s annual report for {year}.",
                        "Internal data supplied by the marketing team, accessed with permission.",
                        "Based on the author's own experience as a customer of {comp}.",
                        "See Appendix 1 for the full data.",
                        "The ICO guidance was updated after this report was written.",
                        "Survey of {n} customers carried out by {org} last year.",
                    )
                )
            )
        return self.add(block) if add else block

    def items(self, bank: str, n: int, kind: str) -> list[Block]:
        """A list of ``n`` items, some with items of their own at the second level (not yet added)."""
        rng = self.rng
        blocks = []
        chosen = rng.sample(ITEMS[bank], min(n, len(ITEMS[bank])))
        for i, template in enumerate(chosen):
            text = self.fill(template)
            if rng.random() < 0.4 and bank not in ("exec",):
                text += ". " + self.fill(rng.choice(BANK[bank]))
            typed = self.layout.lists == "typed" and kind == "number"
            if typed:
                text = f"{i + 1}. {text}"
            blocks.append(Block("item", text, 1, kind, restart=i == 0))
            if not typed and bank != "exec" and rng.random() < 0.3:
                for j, sub in enumerate(rng.sample(GENERIC, rng.randint(1, 2))):
                    blocks.append(Block("item", self.fill(sub), 2, kind, restart=j == 0))
        return blocks

    def points(self, bank: str, n: int) -> list[Block]:
        """Lettered points, each a bold lead-in and a sentence or two (not yet added)."""
        blocks = []
        leads = self.rng.sample(ITEMS[bank], min(n, len(ITEMS[bank])))
        for i, lead in enumerate(leads):
            lead_text = self.fill(lead, 0).split(":")[0].split(" (")[0] + ":"
            body = self.sentences(bank, self.rng.randint(1, 2))
            blocks.append(Block("item", f"{lead_text} {body}", 1, "letter", lead=lead_text, restart=i == 0))
        return blocks

    def table(self, caption: str, rows: list[list[str]]) -> None:
        self.add(Block("table", caption, rows=rows))

    def fill_section(self, bank: str, target: int) -> None:
        """Paragraphs and lists until the part has ``target`` more words."""
        assert self.part
        lists = self.part
        start = self.words[self.part]
        first = True
        while self.words[self.part] - start < target:
            left = target - (self.words[self.part] - start)
            roll = self.rng.random()
            blocks: list[Block] = []
            if not first and left > 70 and roll < 0.2:
                blocks = self.items(lists, self.rng.randint(3, 5), "bullet")
            elif not first and left > 70 and roll < 0.3:
                if self.layout.points:
                    blocks = self.points(lists, self.rng.randint(2, 4))
                else:
                    blocks = self.items(lists, self.rng.randint(3, 4), "number")
            if not blocks or sum(count(b.text) for b in blocks) > left + 25:
                blocks = [self.para(self.sentences(bank, max(1, min(5, left // 19))), add=False)]
            for block in blocks:
                self.add(block)
            first = False


# --- building the plan -------------------------------------------------------------------------------------------
def _targets(rng: random.Random, layout: Layout) -> dict[str, int]:
    limits = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
    targets = {"1a": rng.randint(*layout.overview_words)}
    for group, (first, second) in LIMIT_GROUPS.items():
        roll = rng.random()
        if roll < 0.25:
            factor = rng.uniform(0.6, 0.8)
        elif roll < 0.72:
            factor = rng.uniform(0.86, 0.99)
        else:
            factor = rng.uniform(1.02, 1.1)
        total = int(limits[group] * factor)
        share = rng.uniform(0.44, 0.58)
        targets[first] = int(total * share)
        targets[second] = total - targets[first]
    return targets


def _labels(layout: Layout, ctx: dict[str, str]) -> tuple[dict[int, str], dict[str, str]]:
    tasks, parts = {}, {}
    for t, members in TASK_PARTS.items():
        n = t + layout.offset
        title = TASK_TITLES[t]
        tasks[t] = layout.task_label.format(t=t, n=n, title=title, TITLE=title.upper())
        for k, part in enumerate(members, start=1):
            letter = part[1]
            own = OWN_TITLES[part].format(**ctx)
            parts[part] = layout.part_label.format(
                t=t,
                n=n,
                k=k,
                l=letter,
                L=letter.upper(),
                ptitle=PART_TITLES[part],
                PTITLE=PART_TITLES[part].upper(),
                own=own,
            )
    return tasks, parts


def _plan(index: int) -> tuple[Writer, dict[str, str]]:
    rng = random.Random(100_000 + index)
    fake = Faker("en_GB")
    fake.seed_instance(1000 + index)
    layout = LAYOUTS[index % len(LAYOUTS)]
    w = Writer(rng, fake, layout)
    ctx = w.ctx
    targets = _targets(rng, layout)
    tasks, parts = _labels(layout, ctx)
    typed = layout.sub_numbers == "typed"

    # front matter: executive summary and introduction, in no part
    w.heading(1, "EXECUTIVE SUMMARY" if layout.caps_tasks else "Executive summary", "front")
    w.para(w.front("exec", 0))
    w.para(w.front("exec", 1))
    w.para(w.fill(rng.choice(("The key recommendations are:", "This report recommends that {org} should:"))))
    for block in w.items("exec", rng.randint(3, 5), "bullet"):
        w.add(block)
    w.para(w.front("exec", 2))
    if rng.random() < 0.6:
        w.add(Block("break"))
    intro = "1. Introduction" if layout.offset and typed else "Introduction"
    w.heading(1, intro.upper() if layout.caps_tasks else intro, "front")
    if layout.intro_subheadings:
        for n, sub in enumerate(("Purpose of the report", "Structure of the report")):
            w.heading(3, sub, "sub")
            w.para(w.front("intro", n))
    else:
        w.para(w.front("intro", 0))
        w.para(w.front("intro", 1))
    w.add(Block("section" if layout.roman_front else "break"))

    headings: dict[str, str] = {}
    for t, members in TASK_PARTS.items():
        if t > 1 and layout.task_breaks:
            w.add(Block("break"))
        w.heading(1, tasks[t], "task")
        for k, part in enumerate(members, start=1):
            headings[part] = parts[part]
            w.heading(2, parts[part], "part").pid = part
            w.part = part
            target = targets[part]
            last = part == members[-1]
            subs = list(SUBHEADINGS[part])
            banks = [part] * 8
            if part == "1a" and rng.random() < 0.5:
                chosen, banks = subs, ["", "1a-info", "1a-cust", "1a-mat"]
            elif part == "1a":
                chosen, banks = [*subs[:2], "Specific background"], ["", "1a-info", "1a-bg"]
            elif part == "3b":
                chosen = subs
            else:
                chosen = sorted(rng.sample(subs, rng.randint(3, min(5, len(subs)))), key=subs.index)
            conclusion = int(target * rng.uniform(0.03, 0.05)) if last else 0
            body = target - conclusion
            done = w.words[part]
            if part != "1a" and rng.random() < 0.5:
                # a short lead-in paragraph before the first sub-heading
                w.para(w.sentences(part, 2))
            for j, sub in enumerate(chosen, start=1):
                number = f"{t + layout.offset}.{k}.{j} " if typed else ""
                w.heading(3, number + sub.format(**ctx), "sub")
                if part == "1a" and j == 1:
                    w.para(w.fill(f"{{org}} ({rng.choice(('www', 'shop'))}.{ctx['org'].split()[0].lower()}.co.uk)."))
                    continue
                share = (body - (w.words[part] - done)) // (len(chosen) - j + 1)
                if layout.minor_headings and part not in ("1a",) and rng.random() < 0.3 and share > 120:
                    for minor in rng.sample(MINOR, 2):
                        w.heading(4, minor, "minor")
                        w.fill_section(part, share // 2)
                else:
                    w.fill_section(banks[j - 1], max(share, 20))
                if part in layout.tables and j == min(2, len(chosen)):
                    _table(w, part)
                if part == layout.box_part and j == 1:
                    w.add(Block("box", w.fill(rng.choice(RECOMMENDATIONS)), 0, "box"))
            if last:
                n = len(chosen) + 1
                number = f"{t + layout.offset}.{k}.{n} " if typed else ""
                w.heading(3, number + rng.choice(CONCLUSIONS), "sub")
                left = max(target - w.words[part], 25)
                w.para(" ".join(w.fill(s) for s in rng.sample(CONCLUDING, 2 if left < 60 else 3)))
                if layout.wordcount_lines:
                    group = next(g for g, ms in LIMIT_GROUPS.items() if part in ms)
                    w.add(Block("wordcount", group))
    w.part = None
    return w, headings


def _table(w: Writer, part: str) -> None:
    rng = w.rng
    ctx = w.ctx
    years = [str(2020 + i) for i in range(3)]
    if part == "1a":
        rows = [["Indicator", *years]]
        for label in ("Revenue (£m)", "Online share of sales (%)", "Active customers (000s)", "Email subscribers"):
            base = rng.randint(20, 90)
            rows.append([label] + [f"{base + i * rng.randint(1, 9)}" for i in range(3)])
        w.table(f"Key figures for {ctx['org']}, {years[0]} to {years[-1]}", rows)
    elif part == "1b":
        rows = [
            ["Level", "Example", "Data needed", "Cost"],
            ["Basic", "Name in subject line", "Contact details", "Low"],
            ["Segmented", "Offers by customer group", "Purchase history", "Medium"],
            ["Predictive", "Next best product", "Behavioural data", "High"],
            ["Real-time", "Contextual web content", "Live session data", "High"],
        ]
        w.table("Levels of personalisation compared", rows)
    elif part == "2a":
        rows = [["Stage", "Action", "Channel", "KPI", "Target"]]
        for stage, action in (
            ("Reach", "Lookalike audiences"),
            ("Act", "Personalised landing pages"),
            ("Convert", "Saved baskets and reminders"),
            ("Engage", "Community and onboarding"),
        ):
            channel = rng.choice((ctx["ch1"], ctx["ch2"]))
            rows.append(
                [
                    stage,
                    action,
                    channel,
                    rng.choice(("CTR", "Conversion", "CPA", "Repeat rate")),
                    f"+{rng.randint(5, 30)}%",
                ]
            )
        w.table(f"Action plan for {ctx['ch1']} and {ctx['ch2']}", rows)
    elif part == "3a":
        rows = [["Phase", "Months", "Budget (£000)", "Owner"]]
        for phase, owner in (("Foundation", "Head of digital"), ("Growth", "CRM manager"), ("Scale", "Agency")):
            rows.append([phase, f"{rng.randint(2, 6)}", f"{rng.randint(20, 180)}", owner])
        w.table("Implementation phases and budget", rows)
    elif part == "3b":
        rows = [["Risk", "Likelihood", "Impact", "Score"]]
        for risk in ("Legal compliance", "Poor experience", "Creepiness and automation"):
            like, impact = rng.randint(2, 5), rng.randint(3, 5)
            rows.append([risk, str(like), str(impact), str(like * impact)])
        w.table("Risk assessment matrix (1 = low, 5 = high)", rows)


# --- rendering ------------------------------------------------------------------------------------------------------
def _set_font(style, name: str, size: float | None = None, bold: bool | None = None, colour: str | None = None):
    style.font.name = name
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    if size:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if colour:
        style.font.color.rgb = RGBColor.from_string(colour)


def _field(paragraph, instruction: str, result: str) -> None:
    for xml in (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))
    paragraph.add_run(result)
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


class Numbering:
    """Multi-level lists added to the document's numbering part."""

    def __init__(self, document) -> None:
        self.root = document.part.numbering_part.element
        ids = [int(a.get(qn("w:abstractNumId"))) for a in self.root.findall(qn("w:abstractNum"))]
        nums = [int(n.get(qn("w:numId"))) for n in self.root.findall(qn("w:num"))]
        self.next_abstract = max(ids, default=0) + 1
        self.next_num = max(nums, default=0) + 1
        self.bullet = self._abstract([("bullet", "•", ""), ("bullet", "o", "Courier New"), ("bullet", "▪", "")], 360)
        self.numbered = self._abstract(
            [("decimal", "%1.", ""), ("lowerLetter", "%2.", ""), ("lowerRoman", "%3.", "")], 360
        )
        self.letter = self._abstract(
            [("lowerLetter", "%1.", ""), ("lowerRoman", "%2.", ""), ("decimal", "%3.", "")], 360
        )
        self.bullet_num = self.new(self.bullet)

    def _abstract(self, levels: list[tuple[str, str, str]], step: int) -> int:
        aid = self.next_abstract
        self.next_abstract += 1
        lvls = []
        for i, (fmt, text, font) in enumerate(levels):
            rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ""
            lvls.append(
                f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{step * (i + 1) + 360}" w:hanging="360"/></w:pPr>'
                f"{rpr}</w:lvl>"
            )
        element = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:multiLevelType w:val="hybridMultilevel"/>'
            + "".join(lvls)
            + "</w:abstractNum>"
        )
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(element)
        else:
            self.root.append(element)
        return aid

    def headings(self) -> int:
        aid = self.next_abstract
        self.next_abstract += 1
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent}" w:hanging="{indent}"/></w:pPr></w:lvl>'
            for i, (text, indent) in enumerate((("%1", 432), ("%1.%2", 576), ("%1.%2.%3", 720)))
        )
        element = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>'
            f"{lvls}</w:abstractNum>"
        )
        self.root.find(qn("w:num")).addprevious(element)
        return self.new(aid)

    def new(self, abstract: int, restart: bool = False) -> int:
        nid = self.next_num
        self.next_num += 1
        override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
        self.root.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{abstract}"/>{override}</w:num>')
        )
        return nid


def _number(paragraph, num_id: int, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(
        0 if ppr.find(qn("w:pStyle")) is None else 1,
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'),
    )


def _textbox(paragraph, ident: int, title: str, text: str, colour: str, font: str) -> None:
    lines = len(text) // 95 + 2
    cy = lines * 228600
    body = (
        f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
        f'<w:b/><w:color w:val="{colour}"/></w:rPr><w:t>{title}</w:t></w:r></w:p>'
        f'<w:p><w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/><w:sz w:val="20"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    )
    xml = f"""<w:r {BOX_NS}><mc:AlternateContent>
<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="91440" distB="91440" distL="114300" distR="114300"
 simplePos="0" relativeHeight="{251659264 + ident}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>
<wp:extent cx="5040000" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{100 + ident}" name="Text Box {ident}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5040000" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>
<a:ln w="19050"><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"
 anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>
</mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"
 path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
</v:shapetype><v:shape id="Text Box {ident}" o:spid="_x0000_s{1025 + ident}" type="#_x0000_t202"
 style="position:absolute;margin-left:0;margin-top:3.6pt;width:396.85pt;height:{cy / 12700:.1f}pt;z-index:{ident};
 mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text"
 fillcolor="#f2f2f2" strokecolor="#{colour}" strokeweight="1.5pt"><v:textbox style="mso-fit-shape-to-text:t">
<w:txbxContent>{body}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>
</mc:Fallback></mc:AlternateContent></w:r>"""
    paragraph._p.append(parse_xml(xml))


BOX_NS = " ".join(
    f'xmlns:{prefix}="{uri}"'
    for prefix, uri in (
        ("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
        ("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
        ("v", "urn:schemas-microsoft-com:vml"),
        ("w10", "urn:schemas-microsoft-com:office:word"),
        ("o", "urn:schemas-microsoft-com:office:office"),
    )
)
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _footnotes_part(document, notes: list[str], font: str) -> None:
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for i, note in enumerate(notes, start=1):
        body.append(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/><w:sz w:val="18"/></w:rPr>'
            f'<w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote>'
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:footnotes {nsdecls('w', 'r')}>{''.join(body)}</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


class Renderer:
    def __init__(self, w: Writer, index: int) -> None:
        self.w = w
        self.layout = w.layout
        self.rng = random.Random(200_000 + index)
        self.doc = docx.Document()
        self.numbering = Numbering(self.doc)
        self.heading_num = self.numbering.headings() if "auto" in self.layout.modes else 0
        self.auto_counter = [0, 0, 0]
        self.notes: list[str] = []
        self.tables = 0
        self.boxes = 0
        self.list_num = 0
        self._styles()

    # document set-up ----------------------------------------------------------------------------------------------
    def _styles(self) -> None:
        lay = self.layout
        doc = self.doc
        section = doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(lay.margins))
        normal = doc.styles["Normal"]
        _set_font(normal, lay.font, lay.size)
        normal.paragraph_format.line_spacing = lay.spacing
        normal.paragraph_format.space_after = Pt(8 if lay.spacing < 1.5 else 4)
        sizes = {1: lay.size + 5, 2: lay.size + 2.5, 3: lay.size + 1, 4: lay.size}
        for level in range(1, 5):
            style = doc.styles[f"Heading {level}"]
            _set_font(style, lay.head_font, sizes[level], True, lay.colour if level < 4 else None)
            style.font.italic = level == 4
            style.paragraph_format.space_before = Pt(18 if level == 1 else 12 if level == 2 else 8)
            style.paragraph_format.space_after = Pt(6)
        for name in ("List Paragraph", "Caption"):
            _set_font(doc.styles[name], lay.font)
        doc.styles["Caption"].font.size = Pt(max(lay.size - 2, 9))
        if "custom" in lay.modes:
            for level in range(1, 5):
                style = doc.styles.add_style(f"Report Heading {level}", 1)
                style.base_style = normal
                style.next_paragraph_style = normal
                _set_font(style, lay.head_font, sizes[level] - (1 if level > 1 else 0), True, lay.colour)
                style.font.italic = level == 4
                style.font.all_caps = level == 1
                style.paragraph_format.keep_with_next = True
                style.paragraph_format.space_before = Pt(14 if level < 3 else 8)
        for level in (1, 2, 3):
            style = doc.styles.add_style(f"toc {level}", 1)
            style.base_style = normal
            style.paragraph_format.left_indent = Cm(0.5 * (level - 1))
            style.paragraph_format.space_after = Pt(3)
            width = Cm(21.0 - 2 * lay.margins)
            style.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        core = doc.core_properties
        core.author = "Candidate"
        core.title = "Mastering Digital Channels"

    def _footer(self, candidate: str) -> None:
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT if self.rng.random() < 0.5 else WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run("Page ")
        _field(footer, "PAGE", "2")
        if self.rng.random() < 0.6:
            header = section.header.paragraphs[0]
            header.text = f"Candidate {candidate} | CIM 2206 Mastering Digital Channels"
            header.runs[0].font.size = Pt(9)
            header.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    # pieces -------------------------------------------------------------------------------------------------------
    def cover(self, words: dict[str, int]) -> str:
        doc, w, rng = self.doc, self.w, self.rng
        candidate = str(rng.randint(10_000_000, 99_999_999))
        for _ in range(rng.randint(3, 6)):
            doc.add_paragraph()
        title = doc.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = title.add_run(
            rng.choice(
                (
                    "Personalisation in Digital Channels",
                    f"Personalising the Digital Customer Experience at {w.ctx['org']}",
                    "Mastering Digital Channels: A Report on Personalisation",
                )
            )
        )
        run.bold = True
        run.font.size = Pt(24 if self.layout.size < 13 else 26)
        run.font.color.rgb = RGBColor.from_string(self.layout.colour)
        for line in (
            f"A report for the senior management team of {w.ctx['org']}",
            "CIM Level 6 Diploma in Professional Marketing",
            "Module: Mastering Digital Channels (2206)",
            f"Candidate number: {candidate}",
            f"Submission: {rng.choice(('June', 'July', 'December'))} {rng.choice((2021, 2022, 2023))}",
        ):
            p = doc.add_paragraph(line)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        total = sum(words[p] for p in PARTS if p != "1a")
        if rng.random() < 0.7:
            p = doc.add_paragraph(f"Word count: {total:,} (excluding Task 1a, tables, references and appendices)")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_page_break()
        return candidate

    def contents(self) -> None:
        doc, lay = self.doc, self.layout
        head = doc.add_paragraph("CONTENTS" if lay.caps_tasks else "Contents")
        if "style" in lay.modes or "auto" in lay.modes:
            head.style = doc.styles["TOC Heading"] if lay.contents == "field" else doc.styles["Heading 1"]
        else:
            for run in head.runs:
                run.bold = True
                run.font.size = Pt(lay.size + 4)
        entries = []
        page = 3
        words = 0
        per_page = int(560 * (11 / lay.size) ** 2 / lay.spacing)
        counter = [0, 0]
        for block in self.w.blocks:
            if block.kind in ("para", "item"):
                words += count(block.text)
            if block.kind == "table":
                words += 80
            if block.kind == "break":
                words = (words // per_page + 1) * per_page
            if block.kind == "heading" and block.level <= 2:
                number = ""
                numbered = block.role in ("task", "part") or (block.role == "front" and block.text == "Introduction")
                if self.heading_num and numbered:
                    if block.level == 1:
                        counter = [counter[0] + 1, 0]
                        number = f"{counter[0]} "
                    else:
                        counter[1] += 1
                        number = f"{counter[0]}.{counter[1]} "
                entries.append((block.level, number + block.text, page + words // per_page))
        entries.append((1, "References", page + words // per_page + 1))
        entries.append((1, "Appendices", page + words // per_page + 2))
        if lay.contents == "field":
            first = True
            for level, text, number in entries:
                p = doc.add_paragraph(style=f"toc {level}")
                if first:
                    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
                    p._p.append(
                        parse_xml(
                            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u '
                            "</w:instrText></w:r>"
                        )
                    )
                    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
                    first = False
                p.add_run(f"{text}\t{number}")
            end = doc.add_paragraph()
            end._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
        else:
            for level, text, number in entries:
                p = doc.add_paragraph(style=f"toc {level}")
                run = p.add_run(f"{text}\t{number}")
                run.bold = level == 1
        doc.add_page_break()

    def glossary_table(self, title: str) -> None:
        doc = self.doc
        self.heading(1 if self.layout.glossary == "front" else 2, title, "back")
        rows = self.rng.sample(GLOSSARY, self.rng.randint(8, 12))
        rows.sort()
        self.table_rows([["Abbreviation", "Meaning"], *[list(r) for r in rows]])
        doc.add_paragraph()

    def table_rows(self, rows: list[list[str]]) -> None:
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = table.cell(r, c)
                cell.text = ""
                run = cell.paragraphs[0].add_run(text)
                run.font.size = Pt(max(self.layout.size - 1.5, 9))
                run.bold = r == 0
                cell.paragraphs[0].paragraph_format.space_after = Pt(0)
                cell.paragraphs[0].paragraph_format.line_spacing = 1.0
                if r == 0:
                    shading = f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
                    cell._tc.get_or_add_tcPr().append(parse_xml(shading))

    def caption(self, text: str) -> None:
        self.tables += 1
        p = self.doc.add_paragraph(style="Caption")
        p.add_run("Table ")
        _field(p, "SEQ Table \\* ARABIC", str(self.tables))
        p.add_run(f": {text}")

    def heading(self, level: int, text: str, role: str) -> None:
        lay, doc = self.layout, self.doc
        mode = lay.modes[level - 1]
        if mode == "auto" and role not in ("task", "part", "sub") and not (role == "front" and text == "Introduction"):
            mode = "style"
        if mode in ("style", "auto"):
            p = doc.add_paragraph(text, style=f"Heading {level}")
            if mode == "auto":
                _number(p, self.heading_num, level - 1)
        elif mode == "custom":
            p = doc.add_paragraph(text, style=f"Report Heading {level}")
        else:
            p = doc.add_paragraph()
            run = p.add_run(text)
            run.bold = level < 4
            run.italic = level >= 3
            run.font.size = Pt({1: lay.size + 4, 2: lay.size + 2}.get(level, lay.size))
            if level == 1 and lay.caps_tasks:
                run.font.all_caps = True
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(12 if level < 3 else 6)

    def para(self, block: Block) -> None:
        p = self.doc.add_paragraph()
        if block.footnote:
            words = block.text.split(" ")
            cut = self.rng.randint(max(1, len(words) // 2), len(words))
            p.add_run(" ".join(words[:cut]))
            self.notes.append(block.footnote)
            p._p.append(
                parse_xml(
                    f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{len(self.notes)}"/></w:r>'
                )
            )
            if cut < len(words):
                p.add_run(" " + " ".join(words[cut:]))
        else:
            p.add_run(block.text)

    def item(self, block: Block) -> None:
        lay = self.layout
        p = self.doc.add_paragraph(style="List Paragraph")
        p.paragraph_format.space_after = Pt(2)
        if block.lead:
            run = p.add_run(block.lead)
            run.bold = True
            p.add_run(block.text[len(block.lead) :])
        else:
            p.add_run(block.text)
        if block.role == "bullet":
            _number(p, self.numbering.bullet_num, block.level - 1)
        elif lay.lists == "typed" and block.role == "number":
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-0.6)
        else:
            if (block.restart and block.level == 1) or not self.list_num:
                abstract = self.numbering.letter if block.role == "letter" else self.numbering.numbered
                self.list_num = self.numbering.new(abstract, restart=True)
            _number(p, self.list_num, block.level - 1)

    def section_break(self, landscape: bool | None = None, roman: bool = False) -> None:
        doc = self.doc
        previous = doc.sections[-1]
        new = doc.add_section(WD_SECTION.NEW_PAGE)
        if roman:
            sect = doc.sections[-2]._sectPr
            sect.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:fmt="lowerRoman"/>'))
            new._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:fmt="decimal" w:start="1"/>'))
            new.different_first_page_header_footer = False
        if landscape is not None:
            width, height = previous.page_width, previous.page_height
            if landscape:
                new.orientation = WD_ORIENT.LANDSCAPE
                new.page_width, new.page_height = max(width, height), min(width, height)
            else:
                new.orientation = WD_ORIENT.PORTRAIT
                new.page_width, new.page_height = min(width, height), max(width, height)
            pgnum = new._sectPr.find(qn("w:pgNumType"))
            if pgnum is not None:
                new._sectPr.remove(pgnum)

    # the whole report -------------------------------------------------------------------------------------------
    def render(self) -> bytes:
        w, lay, doc = self.w, self.layout, self.doc
        candidate = self.cover(w.words)
        self.contents()
        if lay.glossary == "front":
            self.glossary_table("List of abbreviations" if not lay.caps_tasks else "LIST OF ABBREVIATIONS")
            doc.add_page_break()
        part = ""
        for block in w.blocks:
            if block.kind == "heading":
                if block.role in ("part", "task", "front", "back"):
                    part = block.pid
                self.heading(block.level, block.text, block.role)
            elif block.kind == "para":
                self.para(block)
            elif block.kind == "item":
                self.item(block)
            elif block.kind == "break":
                doc.add_page_break()
            elif block.kind == "section":
                self.section_break(roman=True)
            elif block.kind == "table":
                landscape = lay.landscape_plan and part == "2a"
                if landscape:
                    self.section_break(landscape=True)
                above = self.rng.random() < 0.5
                if above:
                    self.caption(block.text)
                self.table_rows(block.rows)
                if not above:
                    self.caption(block.text)
                if landscape:
                    self.section_break(landscape=False)
                else:
                    doc.add_paragraph()
            elif block.kind == "box":
                self.boxes += 1
                p = doc.add_paragraph()
                _textbox(p, self.boxes, "Key recommendation", block.text, lay.colour, lay.font)
            elif block.kind == "wordcount":
                group = block.text
                p = doc.add_paragraph()
                run = p.add_run(f"Word count: {sum(w.words[m] for m in LIMIT_GROUPS[group]):,}")
                run.italic = True
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self.back_matter()
        self._footer(candidate)
        if self.notes:
            _footnotes_part(doc, self.notes, lay.font)
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()

    def back_matter(self) -> None:
        w, lay, doc, rng = self.w, self.layout, self.doc, self.rng
        doc.add_page_break()
        title = rng.choice(("References", "Reference list", "Bibliography"))
        self.heading(1, title.upper() if lay.caps_tasks else title, "back")
        for key in sorted(w.cited, key=lambda k: REFERENCES[k]):
            p = doc.add_paragraph(REFERENCES[key])
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
        if lay.glossary == "back":
            self.heading(1, "Glossary", "back")
            for abbr, meaning in sorted(rng.sample(GLOSSARY, rng.randint(8, 12))):
                p = doc.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
                p.add_run(abbr).bold = True
                p.add_run(f"\t{meaning}")
                p.paragraph_format.space_after = Pt(2)
        doc.add_page_break()
        self.heading(1, "APPENDICES" if lay.caps_tasks else "Appendices", "back")
        appendices = [
            f"Appendix 1: Customer journey map for {w.ctx['seg']}",
            f"Appendix 2: Customer survey results for {w.ctx['org']}",
        ]
        if lay.glossary == "appendix":
            appendices.append("Appendix 3: Glossary of terms")
        for n, title in enumerate(appendices):
            if n == 2:
                self.glossary_table(title)
                continue
            self.heading(2, title, "back")
            if n == 0:
                rows = [["Stage", "Customer goal", "Touchpoint", "Opportunity"]]
                for stage in ("Awareness", "Consideration", "Purchase", "Retention", "Advocacy"):
                    rows.append(
                        [
                            stage,
                            rng.choice(("Find ideas", "Compare", "Buy easily", "Get help")),
                            rng.choice((w.ctx["ch1"], w.ctx["ch2"], "store")),
                            rng.choice(("Personalised offer", "Reminder", "Review request", "Community invite")),
                        ]
                    )
                self.table_rows(rows)
                doc.add_paragraph()
                doc.add_paragraph(w.sentences("2a", 2))
            else:
                doc.add_paragraph(
                    f"An online survey of {rng.randint(120, 900)} customers was carried out. The main findings were:"
                )
                for template in rng.sample(ITEMS["1c"], 3):
                    p = doc.add_paragraph(
                        f"{w.fill(template)}: {rng.randint(20, 80)}% rated this as important", style="List Paragraph"
                    )
                    _number(p, self.numbering.bullet_num, 0)


def build(index: int) -> tuple[bytes, Truth]:
    w, headings = _plan(index)
    data = Renderer(w, index).render()
    part_words = {p: w.words[p] for p in PARTS}
    truth = Truth(
        name="",
        seed=index,
        layout=w.layout.name,
        split="",
        part_words=part_words,
        group_words={g: sum(part_words[p] for p in ms) for g, ms in LIMIT_GROUPS.items()},
        headings=headings,
    )
    return data, truth
