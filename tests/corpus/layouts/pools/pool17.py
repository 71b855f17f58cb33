"""Layout pool 17 (development data since stop 64): CIM 2206 reports organised as outlines and lists.

Every report answers the 2206 brief (Task 1 a-c, Task 2 a-b, Task 3 a-b) in one of nine outline-and-list layouts:
Word's automatic multi-level numbering on headings or on plain paragraphs (the numbers are not in the text),
numbers typed by hand ("1.1", "1(a)", "(ii)", "Q1b:", "Task 1 > b"), parts written as lettered list paragraphs,
bold "Part b" run into the answer's first paragraph, bold question lines, nested bullets three levels deep,
lettered sub-points, definition-list paragraphs (a bold term followed by its text), numbered recommendations,
tables with numbered rows, headers with the module code, "Page X" footers and word-count tables.

Truth is counted while the text is written: every counted paragraph or list item goes through ``_Report.body``
(or ``_Report.run_in``), which adds ``count()`` of the text Word shows (automatic numbers and bullets are not
text; typed numbers are) to the current part. Headings, sub-headings, captions, tables, the cover, the contents,
word-count lines and tables, and the reference list never reach it.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from dataclasses import dataclass

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Scripts organised as outlines and lists: automatic and typed multi-level numbering carrying task and part "
    "labels, lettered list paragraphs as parts, run-in bold 'Part b', Q&A lines, nested bullets, lettered "
    "sub-points and bold-term definition paragraphs (nine layouts)"
)

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_PARTS = {"1": ("1a", "1b", "1c"), "2": ("2a", "2b"), "3": ("3a", "3b")}
TASK_NAMES = {
    "1": "Developments in personalisation and one target segment",
    "2": "Maximising conversion through personalisation",
    "3": "Managing, implementing and the risks of personalisation",
}
QUESTIONS = {
    "1a": "Provide a background to the organisation, its customer base and its maturity in personalisation",
    "1b": "Appraise the current and future developments of personalisation in digital channels",
    "1c": "Reflect on how to personalise digital channels for ONE target segment",
    "2a": "Create an action plan to maximise conversion rates in TWO digital channels",
    "2b": "Illustrate how content can be personalised for the TWO channels, including re-marketing",
    "3a": "Recommend, with justification, how personalisation can be managed and implemented",
    "3b": "Evaluate THREE risks of implementing personalisation, including legal compliance",
}
SHORT_TITLES = {
    "1a": "Organisation overview",
    "1b": "Developments in personalisation",
    "1c": "Personalisation for one target segment",
    "2a": "Action plan for conversion",
    "2b": "Personalised content and re-marketing",
    "3a": "Managing and implementing personalisation",
    "3b": "Risks of personalisation",
}

# --- sources ---------------------------------------------------------------------------------------------------
# (parenthetical citation, narrative citation, Harvard reference)
SOURCES = (
    (
        "Chaffey and Ellis-Chadwick, 2019",
        "Chaffey and Ellis-Chadwick (2019)",
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital Marketing: Strategy, Implementation and Practice. "
        "7th edn. Harlow: Pearson.",
    ),
    (
        "Kotler, Kartajaya and Setiawan, 2017",
        "Kotler, Kartajaya and Setiawan (2017)",
        "Kotler, P., Kartajaya, H. and Setiawan, I. (2017) Marketing 4.0: Moving from Traditional to Digital. "
        "Hoboken, NJ: Wiley.",
    ),
    (
        "Chaffey and Smith, 2017",
        "Chaffey and Smith (2017)",
        "Chaffey, D. and Smith, P.R. (2017) Digital Marketing Excellence. 5th edn. Abingdon: Routledge.",
    ),
    (
        "Ryan, 2016",
        "Ryan (2016)",
        "Ryan, D. (2016) Understanding Digital Marketing. 4th edn. London: Kogan Page.",
    ),
    (
        "Kingsnorth, 2019",
        "Kingsnorth (2019)",
        "Kingsnorth, S. (2019) Digital Marketing Strategy: An Integrated Approach to Online Marketing. 2nd edn. "
        "London: Kogan Page.",
    ),
    (
        "Epsilon, 2018",
        "Epsilon (2018)",
        "Epsilon (2018) The Power of Me: The Impact of Personalization on Marketing Performance. Irving, TX: Epsilon.",
    ),
    (
        "Boudet et al., 2019",
        "Boudet et al. (2019)",
        "Boudet, J., Gregg, B., Rathje, K., Stein, E. and Vollhardt, K. (2019) The future of personalization. "
        "New York: McKinsey & Company.",
    ),
    (
        "Accenture, 2018",
        "Accenture (2018)",
        "Accenture (2018) Personalization Pulse Check. Dublin: Accenture Interactive.",
    ),
    (
        "ICO, 2018",
        "the ICO (2018)",
        "ICO (2018) Guide to the General Data Protection Regulation (GDPR). Wilmslow: Information "
        "Commissioner's Office.",
    ),
    (
        "Smith and Zook, 2016",
        "Smith and Zook (2016)",
        "Smith, P.R. and Zook, Z. (2016) Marketing Communications: Offline and Online Integration, Engagement "
        "and Analytics. 6th edn. London: Kogan Page.",
    ),
    (
        "Vesanen, 2007",
        "Vesanen (2007)",
        "Vesanen, J. (2007) 'What is personalization? A conceptual framework', European Journal of Marketing, "
        "41(5/6), pp. 409-418.",
    ),
    (
        "Aguirre et al., 2015",
        "Aguirre et al. (2015)",
        "Aguirre, E., Mahr, D., Grewal, D., de Ruyter, K. and Wetzels, M. (2015) 'Unraveling the "
        "personalization paradox', Journal of Retailing, 91(1), pp. 34-49.",
    ),
    (
        "Lemon and Verhoef, 2016",
        "Lemon and Verhoef (2016)",
        "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience throughout the customer "
        "journey', Journal of Marketing, 80(6), pp. 69-96.",
    ),
    (
        "Salesforce, 2018",
        "Salesforce (2018)",
        "Salesforce (2018) State of the Connected Customer. 2nd edn. San Francisco, CA: Salesforce Research.",
    ),
    (
        "Hanlon, 2019",
        "Hanlon (2019)",
        "Hanlon, A. (2019) Digital Marketing: Strategic Planning and Integration. London: Sage.",
    ),
    (
        "DMA, 2018",
        "the DMA (2018)",
        "DMA (2018) Data Privacy: What the Consumer Really Thinks. London: Data & Marketing Association.",
    ),
    (
        "Gartner, 2019",
        "Gartner (2019)",
        "Gartner (2019) Gartner Survey Finds Personalization Efforts Risk Alienating Customers. Stamford, CT: Gartner.",
    ),
    (
        "Econsultancy, 2019",
        "Econsultancy (2019)",
        "Econsultancy (2019) Personalization: Consumer Perspectives. London: Econsultancy.",
    ),
)

QUOTES = (
    "personalisation is only valuable when the customer can see the benefit",
    "relevance is the currency of attention in digital channels",
    "customers expect companies to understand their needs and expectations",
    "data without insight is simply noise",
    "trust is earned in drops and lost in buckets",
    "the best personalisation feels like service rather than surveillance",
)

SECTORS = (
    ("an independent outdoor clothing retailer", "outdoor clothing, footwear and camping equipment", "shops"),
    ("a regional building society", "mortgages, savings accounts and insurance", "branches"),
    ("a chain of budget gyms", "memberships, personal training and online classes", "clubs"),
    ("a specialist travel agency", "tailor-made holidays, city breaks and cruises", "stores"),
    ("a furniture and homeware retailer", "sofas, beds, lighting and home accessories", "showrooms"),
    ("a national animal welfare charity", "adoption, sponsorship and regular giving", "centres"),
    ("a family-owned garden centre group", "plants, garden furniture, a café and gifts", "centres"),
    ("a subscription meal-kit company", "weekly recipe boxes, ready meals and gift cards", "hubs"),
    ("a private further education college", "professional courses, apprenticeships and short courses", "campuses"),
)
SEGMENTS = (
    "young professionals aged 25 to 34",
    "families with children under twelve",
    "retired customers aged 60 and over",
    "first-time buyers",
    "lapsed customers who have not purchased for a year",
    "university students",
    "high-value loyalty members",
)
CHANNEL_PAIRS = (
    ("email", "the website"),
    ("the mobile app", "email"),
    ("paid social", "the website"),
    ("email", "paid search"),
    ("the website", "the mobile app"),
)


@dataclass(frozen=True)
class Style:
    name: str
    font: str
    size: float
    spacing: float
    margin_cm: float


# --- sentence banks --------------------------------------------------------------------------------------------
BANK = {
    "1a": (
        "{org} is {sector} founded in {founded} and based in {city}, employing around {staff} people across "
        "{sites} {outlets}.",
        "Its range covers {products}, sold through its {outlets}, its website and a mobile app launched in {founded2}.",
        "Annual turnover was about £{turnover} million last year, of which {pct}% came from online sales.",
        "The main competitors are {rival} and {rival2}, both of which invest heavily in digital channels {cite}.",
        "The customer base of roughly {customers} active customers is split between loyal repeat buyers and occasional "
        "visitors who arrive through search.",
        "Around {pct}% of customers are aged over 45, although the fastest growing group is {seg}.",
        "Personalisation is at an early stage: email newsletters are segmented only by region and purchase "
        "history is not used on the website.",
        "Using the maturity model described by {Cite}, {org} sits at the second of five stages, with basic "
        "segmentation but no real-time personalisation.",
        "Customer data is held in three separate systems, so a single customer view does not yet exist.",
        "Competitors such as {rival} already show personalised product recommendations, which raises customer "
        "expectations {cite}.",
        "The marketing team of {team} people has recently been given a budget to improve the digital experience.",
        "Net Promoter Score has fallen over the last two years, and online reviews mention irrelevant offers.",
    ),
    "1b": (
        "Personalisation has moved from simple name insertion in emails to real-time recommendations driven by "
        "machine learning {cite}.",
        "{Cite} distinguish between rule-based personalisation, which relies on segments defined by marketers, and "
        "predictive personalisation, which learns from behaviour.",
        "According to {Cite}, {pct}% of consumers are more likely to buy from a brand that offers personalised "
        "experiences.",
        "Rule-based approaches are cheap and transparent, but they quickly become unmanageable as the number of "
        "segments grows.",
        "Predictive models improve relevance, yet they need large volumes of clean first-party data that {org} "
        "does not yet have.",
        "Contextual personalisation uses location, device, weather or time of day, and does not require a "
        "customer to log in {cite}.",
        "The decline of third-party cookies will make first-party data far more valuable over the next five "
        "years {cite}.",
        "Voice assistants and conversational chatbots are a future development that could personalise service "
        "at scale.",
        "As {Cite} note, “{quote}” {cite_page}.",
        "Hyper-personalisation combines artificial intelligence with real-time data to tailor each interaction, "
        "but it raises privacy concerns.",
        "The personalisation paradox means that customers want relevance but react badly when they feel watched "
        "{cite}.",
        "For {org}, the strategic decision is whether to invest in a customer data platform now or to improve "
        "basic segmentation first.",
        "A phased approach would reduce risk, since it allows the business to prove the return on investment "
        "before scaling up.",
        "Competitors like {rival} have shown that personalised emails can raise click-through rates by {pct}% {cite}.",
        "However, advanced personalisation is expensive, and the skills needed to run it are scarce in the "
        "current labour market.",
        "Augmented reality and visual search could allow customers to see products in their own homes, which "
        "personalises the experience further.",
        "Overall, the evidence suggests that {org} should treat personalisation as a capability to be built "
        "over time rather than a single project.",
        "Personalisation also shapes pricing, since dynamic offers can be targeted at customers who are most "
        "sensitive to price {cite}.",
    ),
    "1c": (
        "The chosen segment is {seg}, who make up about {pct}% of {org}'s online customers.",
        "This segment mainly uses smartphones, checks email daily and expects a fast, consistent experience "
        "across channels {cite}.",
        "A good example of practice is Amazon, whose recommendations are based on browsing and purchase "
        "history and feel genuinely useful.",
        "Spotify's Discover Weekly playlist shows how personal data can create value that customers look forward "
        "to {cite}.",
        "In contrast, poor practice includes emails that address customers by the wrong name or promote products "
        "they have already bought.",
        "My own experience of a retailer that kept showing a sofa I had already purchased illustrates how "
        "re-targeting can irritate customers.",
        "{Cite} argue that the customer journey should be mapped before personalisation is applied, so that "
        "each touchpoint has a clear purpose.",
        "To measure good personalisation, {org} should track click-through rate, conversion rate, average order "
        "value and unsubscribe rate.",
        "For {seg}, the most relevant channels are the mobile app, email and social media.",
        "The data required includes purchase history, browsing behaviour, stated preferences and lifecycle stage.",
        "Netflix personalises artwork as well as recommendations, which shows the depth of data that leading "
        "firms use {cite}.",
        "A cross-channel view would allow a basket abandoned in the app to be followed up by a reminder email "
        "within hours.",
        "Improvements for {org} include a preference centre, better product tagging and a single customer ID "
        "across channels.",
        "Failure usually comes from poor data quality, lack of testing and messages that are too frequent {cite}.",
        "Good personalisation would help {org} reach its goals of higher retention and a {pct}% rise in repeat "
        "purchases.",
    ),
    "2a": (
        "The objective is to raise the online conversion rate from {pct_low}% to {pct_high}% within twelve months.",
        "The two channels chosen are {ch1} and {ch2}, because they reach the target segment most often.",
        "SMART objectives give the plan focus and allow progress to be measured each month {cite}.",
        "In the first quarter, the team will audit the customer journey and fix the main points of friction.",
        "Analytics will be set up so that every campaign is tracked from the first click to the final sale.",
        "A/B testing of landing pages and subject lines will be carried out every fortnight {cite}.",
        "The budget for the plan is £{money}, of which most will be spent on technology and content.",
        "For {ch1}, the priority is a welcome journey of three messages that responds to what a new customer browses.",
        "For {ch2}, personalised product recommendations and saved baskets will be introduced.",
        "According to {Cite}, reducing the number of checkout steps is one of the quickest ways to improve conversion.",
        "The head of digital will own the plan, with weekly reports to the marketing director.",
        "Key performance indicators include conversion rate, cost per acquisition and revenue per visitor {cite}.",
        "Customer reviews and ratings will be shown next to products, since social proof reduces uncertainty.",
        "The plan will be reviewed after six months and resources moved to the actions that work best.",
        "Risks to the plan include slow IT delivery and a lack of content, so contingency time has been included.",
    ),
    "2b": (
        "Content for {ch1} can be personalised by using dynamic blocks that change according to each "
        "customer's interests {cite}.",
        "For example, a customer who browsed walking boots would receive an email showing boots in their size "
        "and a care guide.",
        "On {ch2}, the home page can show recently viewed products and offers linked to the customer's location.",
        "{Cite} explain that relevance and timing matter more than the volume of content sent.",
        "User-generated content, such as customer photos and reviews, can be filtered to match the viewer's profile.",
        "Re-marketing allows {org} to reach visitors who left without buying, through display, social and "
        "email reminders {cite}.",
        "Dynamic re-marketing ads show the exact products a visitor looked at, which can raise conversion "
        "considerably.",
        "However, frequency caps are needed so that customers are not followed around the internet for weeks.",
        "Basket abandonment emails sent within one hour have the highest recovery rates {cite}.",
        "Content should be kept simple, with one clear call to action, so that customers are not overwhelmed.",
        "As {Cite} observe, “{quote}” {cite_page}.",
        "Personalised video, such as a yearly summary of a customer's purchases, is a more advanced method that "
        "builds engagement.",
        "Look-alike audiences on social media can extend re-marketing to new prospects who resemble existing "
        "customers.",
        "Each content type should be tested against a control group so that the uplift can be measured.",
        "These examples support the findings in Task 1 (c) that the segment values convenience and relevance.",
    ),
    "3a": (
        "It is recommended that {org} appoints a personalisation manager to lead the programme across teams.",
        "Internal resources are limited, so an agency partner should be used for the technical set-up {cite}.",
        "A customer data platform would join data from the website, app, stores and email into one profile.",
        "Staff will need training in analytics, testing and data protection, which should be budgeted at £{money}.",
        "Basic implementation can start with segmentation and triggered emails, while advanced personalisation "
        "follows once data is clean.",
        "{Cite} recommend a test-and-learn culture in which every change is measured against a control group.",
        "Paid channels need different management from owned channels, since the data belongs partly to the "
        "platforms {cite}.",
        "Earned channels such as reviews and social sharing can be encouraged but not fully controlled.",
        "Mobile should be the priority because {pct}% of visits to {org}'s website now come from smartphones.",
        "Advanced tracking, including server-side tagging, will be needed as browsers block third-party cookies.",
        "A governance group should meet monthly to review performance, data quality and customer complaints.",
        "This approach is justified because it builds capability step by step and limits the financial risk {cite}.",
        "The programme is scalable, since the same data platform can later support stores and customer service.",
        "Customer expectations are rising quickly, and {org} must close the gap with {rival} within two years.",
    ),
    "3b": (
        "The first risk is legal non-compliance, since personalisation relies on personal data covered by the "
        "GDPR {cite}.",
        "Under the GDPR, {org} must have a lawful basis for processing, such as consent or legitimate interest.",
        "Fines can reach 4% of global turnover, and the damage to reputation may be even more costly.",
        "The Privacy and Electronic Communications Regulations also require consent for most marketing emails "
        "and cookies {cite}.",
        "The likelihood of this risk is medium, but its impact would be high, so it must be managed first.",
        "Mitigation includes a data protection impact assessment, clear privacy notices and a preference centre.",
        "The second risk is that personalisation feels intrusive, which damages trust and leads customers to "
        "switch to {rival} {cite}.",
        "Target's pregnancy prediction case is a well-known example of personalisation crossing a line.",
        "{Cite} found that many consumers are uncomfortable when brands use data they did not knowingly share.",
        "The third risk comes from automation, where algorithms may make errors or show bias without anyone noticing.",
        "A poorly tested rule could send the wrong offer to thousands of customers within minutes.",
        "Human review of automated campaigns and regular audits of the models would reduce this risk.",
        "Data breaches are a further concern, as a single incident could expose customer profiles {cite}.",
        "Senior management should therefore agree a clear policy on which data will and will not be used.",
        "Transparency, such as explaining why a product is recommended, helps to build trust over time.",
    ),
}

BULLETS = {
    "1a": (
        "Type: {sector}",
        "Size: about {staff} employees and {sites} {outlets}",
        "Products and services: {products}",
        "Main competitors: {rival} and {rival2}",
        "Customer base: around {customers} active customers",
    ),
    "1b": (
        "Rule-based segmentation, which is simple but limited",
        "Predictive recommendations based on machine learning {cite}",
        "Contextual personalisation using location and device",
        "Conversational interfaces such as chatbots",
        "Real-time pricing and offers",
        "Visual search and augmented reality",
    ),
    "1c": (
        "Relevant product recommendations",
        "Timely reminders based on behaviour",
        "Consistent messages across channels {cite}",
        "Emails with the wrong name or product",
        "Re-targeting after a purchase has been made",
        "Too many messages in a short time",
    ),
    "2a": (
        "Audit the customer journey in month one",
        "Introduce saved baskets and one-click checkout",
        "Launch a welcome journey on {ch1}",
        "Test landing pages every two weeks {cite}",
        "Report conversion rate weekly to the director",
        "Review the plan after six months",
    ),
    "2b": (
        "Dynamic email content based on browsing",
        "Personalised home page banners",
        "Basket abandonment reminders within one hour",
        "Dynamic re-marketing ads on social media {cite}",
        "Frequency caps to avoid irritation",
        "Look-alike audiences for new prospects",
    ),
    "3a": (
        "Appoint a personalisation manager",
        "Use an agency for the technical set-up",
        "Invest in a customer data platform {cite}",
        "Train staff in analytics and data protection",
        "Set up a monthly governance group",
        "Prioritise mobile experiences",
    ),
    "3b": (
        "Legal non-compliance with the GDPR and PECR {cite}",
        "Loss of trust when personalisation feels intrusive",
        "Errors and bias in automated decisions",
        "Data breaches exposing customer profiles",
        "Reputational damage on social media",
    ),
}
SUB_BULLETS = (
    "low cost and quick to set up",
    "needs clean first-party data",
    "measured by click-through rate",
    "supported by {Cite}",
    "owned by the digital team",
    "high impact on customer trust",
    "tested against a control group",
    "reviewed every month",
    "depends on customer consent",
    "visible to the customer",
)
SUB_SUB_BULLETS = (
    "for example, a reminder sent after one hour",
    "based on the last {n2} days of browsing",
    "within a budget of £{money}",
    "as seen at {rival}",
    "reported on the monthly dashboard",
    "agreed with the data protection officer",
)
RECOMMENDATIONS = (
    "Appoint a personalisation lead who reports to the marketing director and owns the roadmap.",
    "Build a single customer view by connecting the website, app, email and store data {cite}.",
    "Start with triggered emails for welcome, browse and basket abandonment journeys.",
    "Introduce a preference centre so that customers choose what they receive and how often.",
    "Run A/B tests on every major change and keep a control group of {pct_low}% of customers {cite}.",
    "Train the marketing team in analytics and data protection within the first six months.",
    "Review performance monthly against conversion, retention and complaint measures.",
    "Use an agency partner for the technical set-up while building skills in house.",
)
TERMS = {
    "1a": {
        "Organisation name": "{org}, {sector} based in {city}.",
        "Organisation information": "{org} employs about {staff} people in {sites} {outlets} and sells {products}; "
        "its main competitors are {rival} and {rival2}.",
        "Customer base": "Around {customers} active customers buy each year, and the fastest growing group is {seg}.",
        "Personalisation maturity": "Personalisation is basic: emails are segmented by region only and the website "
        "shows the same content to every visitor.",
    },
    "1b": {
        "Rule-based personalisation": "Marketers define segments and rules, such as a birthday offer or a "
        "reminder after a visit {cite}.",
        "Predictive personalisation": "Machine learning predicts what each customer is likely to want next from "
        "their behaviour {cite}.",
        "Contextual personalisation": "Content changes with location, device, weather or time of day, without "
        "needing a login.",
        "Hyper-personalisation": "Artificial intelligence and real-time data tailor each interaction to one "
        "person {cite}.",
        "Future developments": "Voice search, chatbots and the end of third-party cookies will reshape how data "
        "is gathered.",
        "Strategic implications": "{org} must decide how fast to invest and which capabilities to build first.",
    },
    "1c": {
        "Target segment": "The chosen segment is {seg}, about {pct}% of {org}'s online customers.",
        "Good practice": "Amazon and Spotify use behaviour to make recommendations that feel useful rather than "
        "intrusive {cite}.",
        "Bad practice": "Emails with the wrong name, or adverts for products already bought, irritate customers.",
        "Measurement": "Click-through, conversion, order value and unsubscribe rates show whether personalisation "
        "works.",
        "Data required": "Purchase history, browsing behaviour, stated preferences and lifecycle stage are needed.",
        "Improvements": "A preference centre, better product tagging and a single customer ID would help.",
    },
    "2a": {
        "Objective": "Raise the online conversion rate from {pct_low}% to {pct_high}% within twelve months.",
        "Channel one": "On {ch1}, a welcome journey will respond to what each new customer browses.",
        "Channel two": "On {ch2}, personalised recommendations and saved baskets will be introduced.",
        "Resources": "A budget of £{money} and a team led by the head of digital will deliver the plan.",
        "Measurement": "Conversion rate, cost per acquisition and revenue per visitor will be reported weekly {cite}.",
        "Timescale": "The plan runs for twelve months, with a formal review after six.",
    },
    "2b": {
        "Dynamic content": "Blocks in each message change according to the customer's interests {cite}.",
        "User-generated content": "Reviews and customer photos can be filtered to match the viewer's profile.",
        "Re-marketing": "Display, social and email reminders reach visitors who left without buying {cite}.",
        "Simplicity": "Each message should carry one clear call to action.",
        "Advanced methods": "Personalised video and look-alike audiences extend the approach further.",
    },
    "3a": {
        "Resources": "An agency partner should support the small internal team during the set-up {cite}.",
        "Skills": "Staff need training in analytics, testing and data protection.",
        "Paid, owned and earned": "Each channel type needs its own approach because {org} controls the data to "
        "different degrees.",
        "Basic versus advanced": "Segmentation and triggered emails come first, predictive models later.",
        "Mobile and tracking": "About {pct}% of visits are on smartphones, and server-side tracking will be "
        "needed {cite}.",
    },
    "3b": {
        "Legal compliance": "Breaching the GDPR or PECR could bring fines of up to 4% of global turnover {cite}.",
        "Loss of trust": "Personalisation that feels intrusive drives customers towards {rival}.",
        "Automation errors": "A faulty rule or biased model could send the wrong offer to thousands of customers.",
        "Policy": "Senior management should agree which data will and will not be used {cite}.",
        "Transparency": "Explaining why a product is recommended helps to build trust over time.",
    },
}
SUBHEADS = {
    "1a": ("Organisation information", "Customer base", "Personalisation maturity"),
    "1b": ("Current developments", "Future developments", "Strategic implications"),
    "1c": ("The target segment", "Good and bad practice", "Data and improvements"),
    "2a": ("Objectives", "Actions", "Measurement"),
    "2b": ("Content for each channel", "Re-marketing techniques", "Keeping it simple"),
    "3a": ("Resources and skills", "Implementation approach", "Recommendations"),
    "3b": ("Risk one: legal compliance", "Risk two: loss of trust", "Risk three: automation"),
}


CONNECTORS = ("Furthermore,", "However,", "In addition,", "As a result,", "In practice,", "Similarly,")
GENERIC = (
    "This matters because {org} competes on service rather than price.",
    "Evidence from {Cite} supports this view.",
    "The same point is made by {Cite}, who stress the role of data quality.",
    "This is consistent with wider research on customer experience {cite}.",
    "It would also give managers clearer evidence for future investment decisions.",
    "The cost of doing nothing is likely to be a steady loss of share to {rival}.",
    "Customers notice quickly when a message is not relevant to them {cite}.",
    "This has clear implications for the budget and the skills of the team.",
    "A pilot with one product range would test the idea before a full launch.",
    "Results should be reported monthly to the senior management team.",
    "In my own experience as a customer, this approach feels helpful rather than intrusive.",
    "The weakness of this approach is that it depends on accurate and complete data {cite}.",
    "{rival} has already taken a similar step, which shows that it is achievable.",
    "This would need the support of the IT department and an external partner.",
    "Over time, this could raise customer lifetime value by around {pct}%.",
    "The trade-off between relevance and privacy must be managed carefully {cite}.",
)


class _Fill(dict):
    """A format mapping that makes up each slot's value as it is asked for, and records the sources cited."""

    def __init__(self, rng: random.Random, ctx: dict, cited: list[int]) -> None:
        super().__init__()
        self.rng = rng
        self.ctx = ctx
        self.cited = cited

    def _source(self) -> int:
        index = self.rng.randrange(len(SOURCES))
        if index not in self.cited:
            self.cited.append(index)
        return index

    def __missing__(self, key: str) -> str:
        rng = self.rng
        if key in self.ctx:
            return self.ctx[key]
        if key == "cite":
            return f"({SOURCES[self._source()][0]})"
        if key == "Cite":
            return SOURCES[self._source()][1]
        if key == "cite_page":
            return f"(p. {rng.randint(12, 340)})"
        if key == "quote":
            return rng.choice(QUOTES)
        if key == "n":
            return f"{rng.randint(12, 480) * 1000:,}"
        if key == "n2":
            return str(rng.choice((7, 14, 30, 60, 90)))
        if key == "pct":
            return str(rng.randint(12, 68))
        if key == "pct_low":
            return f"{rng.randint(10, 25) / 10:.1f}"
        if key == "pct_high":
            return f"{rng.randint(28, 45) / 10:.1f}"
        if key == "money":
            return f"{rng.randint(15, 240) * 1000:,}"
        if key == "staff":
            return f"{rng.randint(80, 2400):,}"
        if key == "sites":
            return str(rng.randint(4, 60))
        if key == "team":
            return str(rng.randint(4, 15))
        if key == "turnover":
            return str(rng.randint(8, 320))
        if key == "founded":
            return str(rng.randint(1950, 2008))
        if key == "founded2":
            return str(rng.randint(2014, 2018))
        raise KeyError(key)


def _clean(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Layout:
    name: str
    fonts: tuple[str, ...]
    sizes: tuple[float, ...]
    spacings: tuple[float, ...]
    margins: tuple[float, ...]


LAYOUTS = (
    Layout("auto-outline-headings", ("Calibri", "Arial"), (11, 12), (1.15, 1.5), (2.54, 2.0)),
    Layout("typed-decimal-outline", ("Times New Roman", "Cambria"), (12, 13), (1.5, 2.0), (2.54, 3.0)),
    Layout("lettered-list-parts", ("Arial", "Calibri"), (10.5, 11), (1.0, 1.15), (1.8, 2.0)),
    Layout("bold-question-lines", ("Georgia", "Calibri"), (11, 12), (1.5, 2.0), (2.5, 2.54)),
    Layout("run-in-part-labels", ("Cambria", "Garamond"), (11, 12), (1.15, 1.5), (2.54, 2.2)),
    Layout("definition-list", ("Verdana", "Tahoma"), (10.5, 11), (1.15, 1.5), (2.0, 2.54)),
    Layout("one-automatic-list", ("Calibri", "Segoe UI"), (11, 12), (1.5, 1.15), (2.54, 2.0)),
    Layout("number-letter-headings", ("Garamond", "Book Antiqua"), (13, 14), (1.15, 1.5), (2.54, 2.8)),
    Layout("roman-part-bullets", ("Arial", "Helvetica"), (11, 12), (1.15, 1.5), (2.0, 2.54)),
)

REPORTS = 27

_BULLET_GLYPHS = (("\u2022", "Arial"), ("o", "Courier New"), ("\u25aa", "Arial"))


class _Report:
    """One report being written: the document, its numbering definitions and the words counted per part."""

    def __init__(self, index: int, layout: Layout) -> None:
        self.index = index
        self.layout = layout
        self.rng = random.Random(1700 + index * 7919)
        rng = self.rng
        self.fake = Faker("en_GB")
        self.fake.seed_instance(17_000 + index)
        self.style = Style(
            layout.name,
            rng.choice(layout.fonts),
            rng.choice(layout.sizes),
            rng.choice(layout.spacings),
            rng.choice(layout.margins),
        )
        sector = rng.choice(SECTORS)
        org = self.fake.company()
        rivals = [self.fake.company() for _ in range(2)]
        ch1, ch2 = rng.choice(CHANNEL_PAIRS)
        self.ctx = {
            "org": org,
            "rival": rivals[0],
            "rival2": rivals[1],
            "sector": sector[0],
            "products": sector[1],
            "outlets": sector[2],
            "city": self.fake.city(),
            "seg": rng.choice(SEGMENTS),
            "ch1": ch1,
            "ch2": ch2,
            "staff": f"{rng.randint(80, 2400):,}",
            "customers": f"{rng.randint(12, 480) * 1000:,}",
            "sites": str(rng.randint(4, 60)),
            "team": str(rng.randint(4, 15)),
            "turnover": str(rng.randint(8, 320)),
            "founded": str(rng.randint(1950, 2008)),
            "founded2": str(rng.randint(2014, 2018)),
        }
        self.cited: list[int] = []
        self.fill = _Fill(rng, self.ctx, self.cited)
        self.doc = docx.Document()
        self.part: str | None = None
        self.words = dict.fromkeys(PARTS, 0)
        self.headings: dict[str, str] = {}
        self.terms_used: dict[str, set[str]] = {}
        self.opened: set[str] = set()
        self.queues: dict[str, list[str]] = {}
        self.next_abstract = 40
        self.next_num = 40
        self.bullet_num = 0
        self._setup()

    # --- set-up --------------------------------------------------------------------------------------------
    def _setup(self) -> None:
        style = self.style
        normal = self.doc.styles["Normal"]
        normal.font.name = style.font
        normal.font.size = Pt(style.size)
        normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), style.font)
        normal.paragraph_format.line_spacing = style.spacing
        normal.paragraph_format.space_after = Pt(self.rng.choice((6, 8, 10)))
        for level, bump in ((1, 4), (2, 2), (3, 0.5)):
            heading = self.doc.styles[f"Heading {level}"]
            heading.font.name = style.font
            heading.font.size = Pt(style.size + bump)
            heading.font.bold = True
            heading.font.italic = level == 3
            heading.font.color.rgb = RGBColor(0x1F, 0x2A, 0x44) if level < 3 else RGBColor(0x33, 0x33, 0x33)
            rfonts = heading.element.get_or_add_rPr().get_or_add_rFonts()
            for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                rfonts.set(qn(attr), style.font)
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if rfonts.get(qn(attr)) is not None:
                    del rfonts.attrib[qn(attr)]
            heading.paragraph_format.space_before = Pt(12 if level == 1 else 8)
            heading.paragraph_format.space_after = Pt(6)
        section = self.doc.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(style.margin_cm))

    # --- numbering ---------------------------------------------------------------------------------------------
    def abstract(self, levels: list[tuple[str, str, int, dict]]) -> int:
        """A multi-level list definition: (numFmt, lvlText, left indent in twips, extras) per level."""
        abstract_id = self.next_abstract
        self.next_abstract += 1
        lvls = []
        for ilvl, (fmt, text, left, extra) in enumerate(levels):
            rpr = ""
            if extra.get("font"):
                font = extra["font"]
                rpr += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/>'
            if extra.get("bold"):
                rpr += "<w:b/>"
            style = f'<w:pStyle w:val="{extra["style"]}"/>' if extra.get("style") else ""
            hanging = extra.get("hanging", 360)
            lvls.append(
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{style}'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>'
                + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
                + "</w:lvl>"
            )
        element = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="multilevel"/>{"".join(lvls)}</w:abstractNum>'
        )
        numbering = self.doc.part.numbering_part.element
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(element)
        else:
            numbering.append(element)
        return abstract_id

    def num(self, abstract_id: int) -> int:
        num_id = self.next_num
        self.next_num += 1
        self.doc.part.numbering_part.element.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )
        return num_id

    @staticmethod
    def number(paragraph, num_id: int, ilvl: int) -> None:
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = ilvl
        num_pr.get_or_add_numId().val = num_id

    def bullets(self, base_left: int = 720) -> int:
        if not self.bullet_num:
            abstract = self.abstract(
                [
                    ("bullet", glyph, base_left + 360 * i, {"font": font})
                    for i, (glyph, font) in enumerate(_BULLET_GLYPHS)
                ]
            )
            self.bullet_num = self.num(abstract)
        return self.bullet_num

    # --- text ----------------------------------------------------------------------------------------------
    def sentence(self, part: str) -> str:
        queue = self.queues.setdefault(part, [])
        if not queue:
            queue.extend(BANK[part])
            self.rng.shuffle(queue)
            if part == "1a" and part not in self.opened:
                self.opened.add(part)
                queue.remove(BANK["1a"][0])
                queue.append(BANK["1a"][0])  # the overview opens by naming the organisation
        text = _clean(queue.pop().format_map(self.fill))
        if self.rng.random() < 0.3:
            connector = self.rng.choice(CONNECTORS)
            if text.startswith(("The ", "A ", "This ")):
                text = f"{connector} {text[0].lower()}{text[1:]}"
            elif self.rng.random() < 0.5:
                text = f"{text} {self.sentence_generic()}"
        return text[0].upper() + text[1:]

    def sentence_generic(self) -> str:
        queue = self.queues.setdefault("generic", [])
        if not queue:
            queue.extend(GENERIC)
            self.rng.shuffle(queue)
        return _clean(queue.pop().format_map(self.fill))

    def prose(self, part: str, words: int) -> str:
        sentences = [self.sentence(part)]
        while count(" ".join(sentences)) < words:
            sentences.append(self.sentence(part))
        return " ".join(sentences)

    def phrase(self, template: str) -> str:
        return _clean(template.format_map(self.fill))

    # --- paragraphs ----------------------------------------------------------------------------------------
    def body(self, text: str = "", *, style: str | None = None, runs: list[tuple[str, dict]] | None = None):
        """A counted paragraph (body text or a list item) of the current part."""
        paragraph = self.doc.add_paragraph(style=style)
        runs = runs if runs is not None else [(text, {})]
        for chunk, fmt in runs:
            run = paragraph.add_run(chunk)
            run.bold = fmt.get("bold")
            run.italic = fmt.get("italic")
        shown = "".join(chunk for chunk, _ in runs)
        assert "\u00a0" not in shown and "  " not in shown
        if self.part is None:
            raise AssertionError("counted text outside a part")
        self.words[self.part] += count(shown)
        return paragraph

    def run_in(self, label: str, text: str):
        """A paragraph that opens with the part's bold label and carries on with the answer: the label is the
        part's heading (not counted), the rest is counted."""
        paragraph = self.doc.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(" " + text)
        self.words[self.part] += count(text)
        return paragraph

    def plain(self, text: str, *, bold: bool = False, size: float | None = None, style: str | None = None):
        """A paragraph that is not counted (headings made by hand, cover, contents, captions, references)."""
        paragraph = self.doc.add_paragraph(style=style)
        run = paragraph.add_run(text)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        return paragraph

    def heading(self, text: str, level: int):
        return self.doc.add_heading(text, level=level)

    def start_part(self, part: str, heading_text: str) -> None:
        self.part = part
        self.headings[part] = heading_text.strip()

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # --- furniture -----------------------------------------------------------------------------------------
    def header_footer(self, *, header: bool, footer: str, first_different: bool) -> None:
        section = self.doc.sections[-1]
        section.different_first_page_header_footer = first_different
        if header:
            paragraph = section.header.paragraphs[0]
            paragraph.text = (
                f"CIM 2206 Mastering Digital Channels \u2013 Candidate {self.rng.randint(10_000_000, 99_999_999)}"
            )
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for run in paragraph.runs:
                run.font.size = Pt(9)
        if footer:
            paragraph = section.footer.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run("Page ")
            paragraph._p.append(
                parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
            )
            if footer == "of":
                paragraph.add_run(" of ")
                paragraph._p.append(
                    parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
                )

    def cover(self, *, section_break: bool) -> None:
        for _ in range(4):
            self.doc.add_paragraph()
        title = self.plain("CIM Level 6 Diploma in Professional Digital Marketing", bold=True, size=18)
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for line in (
            "Mastering Digital Channels (2206)",
            f"Personalisation report for {self.ctx['org']}",
            f"Candidate number: {self.rng.randint(10_000_000, 99_999_999)}",
            f"Submission: {self.rng.choice(('June', 'July', 'December'))} {self.rng.choice((2019, 2020))}",
        ):
            self.plain(line, size=self.style.size + 2).alignment = WD_ALIGN_PARAGRAPH.CENTER
        if section_break:
            self.doc.add_section(WD_SECTION.NEW_PAGE)
        else:
            self.page_break()

    def contents(self, lines: list[str]) -> None:
        self.plain("Contents", bold=True, size=self.style.size + 3)
        page = 2
        for i, line in enumerate(lines):
            paragraph = self.plain(f"{line}\t{page}")
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            if i % 2:
                page += self.rng.randint(1, 3)
        self.plain("References\t" + str(page + 2)).paragraph_format.tab_stops.add_tab_stop(
            Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        self.page_break()

    def table(self, part: str) -> None:
        """A table with numbered rows (not counted), with a caption (not counted)."""
        rng = self.rng
        if part == "2a":
            caption = "Table 1: Action plan"
            header = ("No.", "Action", "Owner", "Timescale", "KPI")
            rows = [
                ("Audit customer journey", "Head of digital", "Month 1", "Issues logged"),
                (f"Welcome journey on {self.ctx['ch1']}", "CRM manager", "Months 2-3", "Conversion rate"),
                (f"Recommendations on {self.ctx['ch2']}", "E-commerce lead", "Months 3-5", "Revenue per visitor"),
                ("A/B testing programme", "Analyst", "Ongoing", "Uplift %"),
                ("Checkout simplification", "Developer", "Months 4-6", "Abandonment rate"),
            ]
        elif part == "3b":
            caption = "Table 2: Risk assessment"
            header = ("#", "Risk", "Likelihood", "Impact", "Mitigation")
            rows = [
                ("GDPR non-compliance", "Medium", "High", "DPIA and consent audit"),
                ("Loss of customer trust", "Medium", "High", "Transparency and preference centre"),
                ("Automation errors", "Low", "Medium", "Human review of campaigns"),
            ]
        elif part == "1b":
            caption = "Table 1: Levels of personalisation"
            header = ("Level", "Approach", "Data needed", "Cost")
            rows = [
                ("Basic segmentation", "Purchase history", "Low"),
                ("Rule-based triggers", "Behaviour on site", "Medium"),
                ("Predictive models", "Large first-party data sets", "High"),
            ]
        else:
            caption = "Table 3: Implementation timeline"
            header = ("Step", "Activity", "Quarter", "Budget")
            rows = [
                ("Appoint personalisation lead", "Q1", f"£{rng.randint(40, 60)},000"),
                ("Customer data platform", "Q2", f"£{rng.randint(60, 120)},000"),
                ("Staff training", "Q2-Q3", f"£{rng.randint(8, 20)},000"),
                ("Advanced testing", "Q4", f"£{rng.randint(10, 30)},000"),
            ]
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
        for number, row in enumerate(rows, start=1):
            cells = table.add_row().cells
            for cell, text in zip(cells, (f"{number}", *row), strict=True):
                cell.text = text
        self.plain(caption, style="Caption")

    def references(self, mode: str, heading: Callable[[str], object]) -> None:
        heading("References")
        entries = sorted(SOURCES[i][2] for i in self.cited)
        if mode == "auto-numbered":
            num_id = self.num(self.abstract([("decimal", "%1.", 720, {})]))
            for entry in entries:
                self.number(self.plain(entry), num_id, 0)
        elif mode == "typed-numbered":
            for i, entry in enumerate(entries, start=1):
                self.plain(f"{i}. {entry}")
        elif mode == "bulleted":
            num_id = self.bullets()
            for entry in entries:
                self.number(self.plain(entry), num_id, 0)
        else:
            for entry in entries:
                paragraph = self.plain(entry)
                paragraph.paragraph_format.left_indent = Cm(1)
                paragraph.paragraph_format.first_line_indent = Cm(-1)

    def word_count_table(self, heading: Callable[[str], object]) -> None:
        heading("Word count")
        table = self.doc.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("Section", "Limit", "Words"), strict=True):
            cell.text = text
        for label, group, limit in (
            ("Task 1 (b) and (c)", "task1-bc", "1,500"),
            ("Task 2 (a) and (b)", "task2-ab", "1,750"),
            ("Task 3 (a) and (b)", "task3-ab", "1,500"),
        ):
            cells = table.add_row().cells
            words = sum(self.words[p] for p in LIMIT_GROUPS[group])
            for cell, text in zip(cells, (label, limit, f"{words:,}"), strict=True):
                cell.text = text

    # --- blocks inside a part ----------------------------------------------------------------------------------
    def bullet_list(self, part: str, depth: int, *, style: str | None = None) -> None:
        num_id = self.bullets()
        depth = 1 if part == "1a" else depth
        items = list(BULLETS[part])
        self.rng.shuffle(items)
        for item in items[: self.rng.randint(3, 5)]:
            self.number(self.body(self.phrase(item), style=style), num_id, 0)
            if depth >= 2 and self.rng.random() < 0.6:
                for sub in self.rng.sample(SUB_BULLETS, self.rng.randint(1, 2)):
                    sub_text = self.phrase(sub)
                    self.number(self.body(sub_text[0].upper() + sub_text[1:]), num_id, 1)
                    if depth >= 3 and self.rng.random() < 0.5:
                        third = self.phrase(self.rng.choice(SUB_SUB_BULLETS))
                        self.number(self.body(third[0].upper() + third[1:]), num_id, 2)

    def recommendations(self, *, typed: bool) -> None:
        items = self.rng.sample(RECOMMENDATIONS, self.rng.randint(3, 5))
        if typed:
            for i, item in enumerate(items, start=1):
                paragraph = self.body(f"{i}. {self.phrase(item)}")
                paragraph.paragraph_format.left_indent = Cm(0.8)
        else:
            num_id = self.num(self.abstract([("decimal", "%1.", 720, {})]))
            for item in items:
                self.number(self.body(self.phrase(item)), num_id, 0)

    def definitions(self, part: str, target: int) -> None:
        used = self.terms_used.setdefault(part, set())
        for term, opening in TERMS[part].items():
            if self.words[part] >= target:
                return
            if term in used:
                continue
            used.add(term)
            text = self.phrase(opening)
            if self.rng.random() < 0.8:
                text += " " + self.prose(part, self.rng.randint(20, 55))
            paragraph = self.body(runs=[(f"{term}:", {"bold": True}), (" " + text, {})])
            paragraph.paragraph_format.left_indent = Cm(0.6 if self.rng.random() < 0.5 else 0)

    def lettered_points(self, part: str, target: int, *, numerals: str) -> None:
        """Sub-points typed by hand: "(i)", "(ii)" ... or "a.", "b." at the start of paragraphs (counted)."""
        labels = ("(i)", "(ii)", "(iii)", "(iv)") if numerals == "roman" else ("a.", "b.", "c.", "d.")
        for label in labels[: self.rng.randint(2, 4)]:
            if self.words[part] >= target:
                return
            paragraph = self.body(f"{label} {self.prose(part, self.rng.randint(35, 80))}")
            paragraph.paragraph_format.left_indent = Cm(0.75)

    def fill_part(self, part: str, target: int, plan: dict) -> None:
        """Write the part's answer until it reaches about ``target`` counted words."""
        rng = self.rng
        subheads = list(SUBHEADS[part]) if plan.get("subheads") else []
        extras = list(plan.get("extras", ()))
        table_done = not plan.get("tables") or part not in ("2a", "3b", "1b", "3a")
        step = 0
        while self.words[part] < target:
            if subheads and (step == 0 or (step >= 2 and self.words[part] > target * (3 - len(subheads)) / 3)):
                plan["subhead"](subheads.pop(0))
            remaining = target - self.words[part]
            if extras and (step >= 1 or plan.get("extras_first")) and remaining > 60:
                kind = extras.pop(0)
                if kind == "bullets":
                    self.bullet_list(part, plan.get("depth", 2))
                elif kind == "recs":
                    self.recommendations(typed=plan.get("typed_recs", False))
                elif kind == "defs":
                    self.definitions(part, target)
                elif kind == "points":
                    self.lettered_points(part, target, numerals=plan.get("numerals", "roman"))
            elif not table_done and step >= 1:
                self.table(part)
                table_done = True
            else:
                words = min(max(remaining, 25), rng.randint(55, 130))
                plan["paragraph"](part, self.prose(part, words))
            step += 1
        if not table_done and part in ("2a", "3b"):
            self.table(part)


# --- targets -----------------------------------------------------------------------------------------------------
def _targets(rng: random.Random, style: Style) -> dict[str, int]:
    capacity = 560 * (11 / style.size) ** 2 / style.spacing * (2.54 / style.margin_cm) ** 0.3
    targets = {"1a": max(140, min(420, int(capacity * rng.uniform(0.45, 0.7))))}
    for group, limit in (("task1-bc", 1500), ("task2-ab", 1750), ("task3-ab", 1500)):
        roll = rng.random()
        if roll < 0.25:
            factor = rng.uniform(1.01, 1.08)
        elif roll < 0.5:
            factor = rng.uniform(0.55, 0.78)
        else:
            factor = rng.uniform(0.86, 0.99)
        total = limit * factor
        first, second = LIMIT_GROUPS[group]
        share = rng.uniform(0.42, 0.58)
        targets[first] = int(total * share)
        targets[second] = int(total * (1 - share))
    return targets


def _plain_paragraph(report: _Report):
    def write(part: str, text: str) -> None:
        report.body(text)

    return write


# --- layouts -----------------------------------------------------------------------------------------------------
def _auto_outline_headings(report: _Report, targets: dict[str, int]) -> None:
    """Heading 1 / Heading 2 carry Word's automatic "1" / "1.1" numbering (not in the text); Heading 3
    sub-headings; bullets three levels deep; automatic numbered recommendations; cover page and section break;
    header with the module code, "Page X of Y" footer; references as a bulleted list."""
    outline = report.abstract(
        [
            ("decimal", "%1", 432, {"style": "Heading1", "hanging": 432}),
            ("decimal", "%1.%2", 576, {"style": "Heading2", "hanging": 576}),
            ("decimal", "%1.%2.%3", 720, {"style": "Heading3", "hanging": 720}),
        ]
    )
    outline_num = report.num(outline)
    report.cover(section_break=True)
    report.header_footer(header=True, footer="of", first_different=False)
    with_titles = report.rng.random() < 0.5
    for task, parts in TASK_PARTS.items():
        heading = report.heading(f"Task {task}: {TASK_NAMES[task]}" if with_titles else TASK_NAMES[task], 1)
        report.number(heading, outline_num, 0)
        for part in parts:
            text = PART_TITLES[part]
            report.number(report.heading(text, 2), outline_num, 1)
            report.start_part(part, text)
            extras = {"1a": [], "1b": ["bullets"], "1c": ["bullets"], "2a": ["recs"], "2b": ["bullets"]}
            report.fill_part(
                part,
                targets[part],
                {
                    "paragraph": _plain_paragraph(report),
                    "subheads": part != "1a",
                    "subhead": lambda text: report.number(report.heading(text, 3), outline_num, 2),
                    "extras": extras.get(part, ["recs"] if part == "3a" else ["bullets"]),
                    "depth": 3,
                    "tables": part in ("2a",),
                },
            )
    report.part = None
    report.references("bulleted", lambda text: report.heading(text, 1))


def _typed_decimal_outline(report: _Report, targets: dict[str, int]) -> None:
    """Numbers typed by hand: "1. Task 1 ..." (Heading 1), "1.1 Organisation overview" (Heading 2) and body
    paragraphs numbered "1.2.3" by hand (the typed numbers count); typed numbered recommendations; tables
    with numbered rows; a "Word count:" line after each task; references typed-numbered; "Page X" footer."""
    report.header_footer(header=False, footer="page", first_different=False)
    title = report.plain(f"Personalisation of digital channels at {report.ctx['org']}", bold=True, size=16)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    with_label = report.rng.random() < 0.5
    for t, (task, parts) in enumerate(TASK_PARTS.items(), start=1):
        report.heading(f"{t}. Task {task} \u2013 {TASK_NAMES[task]}", 1)
        for p, part in enumerate(parts, start=1):
            letter = part[1]
            text = (
                f"{t}.{p} Task {task}({letter}) {PART_TITLES[part]}" if with_label else f"{t}.{p} {PART_TITLES[part]}"
            )
            report.heading(text, 2)
            report.start_part(part, text)
            counter = iter(range(1, 100))

            def paragraph(part: str, body: str, t=t, p=p, counter=counter) -> None:
                report.body(f"{t}.{p}.{next(counter)} {body}")

            report.fill_part(
                part,
                targets[part],
                {
                    "paragraph": paragraph,
                    "extras": ["recs"] if part in ("2a", "3a") else [],
                    "typed_recs": True,
                    "tables": True,
                },
            )
        words = sum(report.words[q] for q in parts if q != "1a")
        line = report.plain(f"Word count: {words:,}")
        line.runs[0].italic = True
        line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    report.part = None
    report.references("typed-numbered", lambda text: report.heading(text, 1))


def _lettered_list_parts(report: _Report, targets: dict[str, int]) -> None:
    """Task lines typed in bold capitals (Normal style); each part is an automatic "a)" list paragraph with
    the part's title in bold (the letter is not in the text), restarting for each task; typed "(i)" sub-points;
    nested bullets; tight single spacing and narrow margins; "Page X" footer."""
    parts_abstract = report.abstract([("lowerLetter", "%1)", 426, {"bold": True, "hanging": 426})])
    report.header_footer(header=True, footer="page", first_different=False)
    for task, parts in TASK_PARTS.items():
        report.plain(f"TASK {task}: {TASK_NAMES[task].upper()}", bold=True, size=report.style.size + 3)
        num_id = report.num(parts_abstract)
        for part in parts:
            text = PART_TITLES[part]
            report.number(report.plain(text, bold=True, size=report.style.size + 1), num_id, 0)
            report.start_part(part, text)

            def paragraph(part: str, body: str) -> None:
                report.body(body).paragraph_format.left_indent = Cm(0.75)

            report.fill_part(
                part,
                targets[part],
                {
                    "paragraph": paragraph,
                    "extras": [] if part == "1a" else ["points", "bullets"],
                    "numerals": "roman",
                    "depth": 3,
                },
            )
    report.part = None
    report.references("plain", lambda text: report.plain(text, bold=True, size=report.style.size + 3))


def _bold_question_lines(report: _Report, targets: dict[str, int]) -> None:
    """Each part opens with a bold question line "Q1b: <the question>" (a Normal paragraph); task headings
    in bold capitals; the first answer paragraph starts with a bold "Answer:" (counted, as Word counts it);
    nested bullets; auto-numbered references; header and "Page X" footer."""
    report.header_footer(header=True, footer="page", first_different=False)
    report.cover(section_break=False)
    for task, parts in TASK_PARTS.items():
        report.plain(f"TASK {task}", bold=True, size=report.style.size + 4)
        for part in parts:
            text = f"Q{part}: {QUESTIONS[part]}"
            report.plain(text, bold=True)
            report.start_part(part, text)
            first = [True]

            def paragraph(part: str, body: str, first=first) -> None:
                if first[0]:
                    report.body(runs=[("Answer:", {"bold": True}), (" " + body, {})])
                    first[0] = False
                else:
                    report.body(body)

            report.fill_part(
                part,
                targets[part],
                {
                    "paragraph": paragraph,
                    "extras": [] if part == "1a" else ["bullets"],
                    "depth": 3 if part in ("1b", "2b", "3b") else 2,
                },
            )
    report.part = None
    report.references("auto-numbered", lambda text: report.plain(text, bold=True, size=report.style.size + 4))


def _run_in_part_labels(report: _Report, targets: dict[str, int]) -> None:
    """Task headings are Heading 1 ("Task 2"); parts have no heading line of their own: the first paragraph
    opens with a bold "Part b" (or "Part b – title.") and carries on with the answer; automatic numbered
    recommendations; definition paragraphs in 1a; word-count table after the references."""
    with_title = report.index // len(LAYOUTS) != 1
    report.header_footer(header=True, footer="page", first_different=False)
    for task, parts in TASK_PARTS.items():
        report.heading(f"Task {task}", 1)
        for part in parts:
            letter = part[1]
            label = f"Part {letter} \u2013 {PART_TITLES[part]}." if with_title else f"Part {letter}"
            report.start_part(part, label)
            opened = [False]

            def paragraph(part: str, body: str, label=label, opened=opened) -> None:
                if not opened[0]:
                    report.run_in(label, body)
                    opened[0] = True
                else:
                    report.body(body)

            paragraph(part, report.prose(part, report.rng.randint(50, 90)))
            report.fill_part(
                part,
                targets[part],
                {
                    "paragraph": paragraph,
                    "extras": {"1a": ["defs"], "2a": ["recs"], "3a": ["recs"]}.get(part, ["bullets"]),
                    "depth": 2,
                    "tables": part == "3b",
                },
            )
    report.part = None
    report.references("plain", lambda text: report.heading(text, 1))
    report.word_count_table(lambda text: report.heading(text, 2))


def _definition_list(report: _Report, targets: dict[str, int]) -> None:
    """Part headings "Task 1 > b: title" (bold, larger, Normal style) under "Task 1" Heading 1; answers
    mostly written as definition-list paragraphs, a bold term and colon followed by its text (the term
    counts); some plain paragraphs and bullets; references bulleted; word-count table at the end."""
    report.header_footer(header=False, footer="page", first_different=False)
    for task, parts in TASK_PARTS.items():
        report.heading(f"Task {task} \u2013 {TASK_NAMES[task]}", 1)
        for part in parts:
            text = f"Task {task} > {part[1]}: {PART_TITLES[part]}"
            report.plain(text, bold=True, size=report.style.size + 1.5)
            report.start_part(part, text)
            report.fill_part(
                part,
                targets[part],
                {
                    "paragraph": _plain_paragraph(report),
                    "extras": ["defs", "defs"] if part == "1a" else ["defs", "bullets", "defs"],
                    "depth": 2,
                    "extras_first": part == "1a",
                },
            )
    report.part = None
    report.references("bulleted", lambda text: report.heading(text, 1))
    report.word_count_table(lambda text: report.heading(text, 2))


def _one_automatic_list(report: _Report, targets: dict[str, int]) -> None:
    """The whole answer is one automatic multi-level list in Normal style: tasks at level 1 ("1."), parts at
    level 2 ("1.1", bold) and every body paragraph at level 3 ("1.1.1"); none of the numbers is in the text.
    Nested bullets sit between numbered paragraphs; cover page; header; references plain."""
    outline = report.abstract(
        [
            ("decimal", "%1.", 432, {"bold": True, "hanging": 432}),
            ("decimal", "%1.%2", 720, {"bold": True, "hanging": 720}),
            ("decimal", "%1.%2.%3", 1080, {"hanging": 720}),
        ]
    )
    num_id = report.num(outline)
    report.cover(section_break=True)
    report.header_footer(header=True, footer="page", first_different=False)
    for task, parts in TASK_PARTS.items():
        report.number(report.plain(TASK_NAMES[task], bold=True, size=report.style.size + 2), num_id, 0)
        for part in parts:
            text = PART_TITLES[part]
            report.number(report.plain(text, bold=True), num_id, 1)
            report.start_part(part, text)

            def paragraph(part: str, body: str) -> None:
                report.number(report.body(body), num_id, 2)

            report.fill_part(
                part,
                targets[part],
                {
                    "paragraph": paragraph,
                    "extras": [] if part == "1a" else (["recs"] if part in ("2a", "3a") else ["bullets"]),
                    "depth": 2,
                },
            )
    report.part = None
    report.references("plain", lambda text: report.plain(text, bold=True, size=report.style.size + 2))


def _number_letter_headings(report: _Report, targets: dict[str, int]) -> None:
    """Typed "1(a) Organisation overview" Heading 2 under "Task 1" Heading 1; a typed contents page after the
    cover; Heading 3 sub-headings; automatic "(i)" lettered sub-points (the numerals are not in the text);
    tables with numbered rows; "Page X" footer; references auto-numbered."""
    report.cover(section_break=False)
    lines = []
    for task, parts in TASK_PARTS.items():
        lines.append(f"Task {task}: {TASK_NAMES[task]}")
        lines.extend(f"{part[0]}({part[1]}) {PART_TITLES[part]}" for part in parts)
    report.contents(lines)
    report.header_footer(header=True, footer="page", first_different=True)
    roman = report.abstract([("lowerRoman", "(%1)", 720, {"hanging": 540})])
    for task, parts in TASK_PARTS.items():
        report.heading(f"Task {task}: {TASK_NAMES[task]}", 1)
        for part in parts:
            text = f"{part[0]}({part[1]}) {PART_TITLES[part]}"
            report.heading(text, 2)
            report.start_part(part, text)

            def paragraph(part: str, body: str) -> None:
                report.body(body)

            def roman_points(part: str = part) -> None:
                num_id = report.num(roman)
                for _ in range(report.rng.randint(2, 4)):
                    report.number(report.body(report.prose(part, report.rng.randint(25, 55))), num_id, 0)

            plan = {
                "paragraph": paragraph,
                "subheads": part in ("1b", "2b", "3b"),
                "subhead": lambda text: report.heading(text, 3),
                "extras": [] if part == "1a" else ["bullets"],
                "depth": 2,
                "tables": True,
            }
            if part != "1a":
                report.body(report.prose(part, report.rng.randint(40, 70)))
                roman_points()
            report.fill_part(part, targets[part], plan)
    report.part = None
    report.references("auto-numbered", lambda text: report.heading(text, 1))


def _roman_part_bullets(report: _Report, targets: dict[str, int]) -> None:
    """Parts typed as "(i) title", "(ii) title" (Heading 2) under "TASK 2" Heading 1, so Task 1 (ii) is part
    b; answers heavy with bullets three levels deep and typed lettered sub-points "a.", "b."; numbered
    recommendations typed; bulleted references; header, "Page X of Y" footer; word-count table."""
    romans = ("(i)", "(ii)", "(iii)")
    report.header_footer(header=True, footer="of", first_different=False)
    title = report.plain(f"{report.ctx['org']}: personalising digital channels", bold=True, size=18)
    title.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for task, parts in TASK_PARTS.items():
        report.heading(f"TASK {task}", 1)
        for p, part in enumerate(parts):
            text = f"{romans[p]} {PART_TITLES[part]}" if part != "1a" else f"{romans[p]} Organisation overview"
            report.heading(text, 2)
            report.start_part(part, text)
            report.fill_part(
                part,
                targets[part],
                {
                    "paragraph": _plain_paragraph(report),
                    "extras": ["bullets"] if part == "1a" else ["bullets", "points", "bullets"],
                    "numerals": "letters",
                    "depth": 3,
                    "typed_recs": True,
                },
            )
            if part == "3a" and report.rng.random() < 0.7:
                report.recommendations(typed=True)
    report.part = None
    report.references("bulleted", lambda text: report.heading(text, 1))
    report.word_count_table(lambda text: report.heading(text, 2))


WRITERS = {
    "auto-outline-headings": _auto_outline_headings,
    "typed-decimal-outline": _typed_decimal_outline,
    "lettered-list-parts": _lettered_list_parts,
    "bold-question-lines": _bold_question_lines,
    "run-in-part-labels": _run_in_part_labels,
    "definition-list": _definition_list,
    "one-automatic-list": _one_automatic_list,
    "number-letter-headings": _number_letter_headings,
    "roman-part-bullets": _roman_part_bullets,
}


def build(index: int) -> tuple[bytes, Truth]:
    layout = LAYOUTS[index % len(LAYOUTS)]
    report = _Report(index, layout)
    targets = _targets(report.rng, report.style)
    WRITERS[layout.name](report, targets)
    out = io.BytesIO()
    report.doc.core_properties.author = report.fake.name()
    report.doc.core_properties.title = "CIM 2206 assignment"
    report.doc.save(out)
    part_words = dict(report.words)
    group_words = {group: sum(part_words[p] for p in members) for group, members in LIMIT_GROUPS.items()}
    truth = Truth(
        name="",
        seed=index,
        layout=layout.name,
        split="",
        part_words=part_words,
        group_words=group_words,
        words_all=sum(part_words.values()),
        headings=dict(report.headings),
    )
    return out.getvalue(), truth
