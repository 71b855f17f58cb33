"""Pool 11 (HELD OUT): messy CIM 2206 scripts pasted together from several drafts and web sources.

Every report answers the 2206 brief (Task 1 (a)-(c), Task 2 (a)-(b), Task 3 (a)-(b)) in one of seven layouts a
hurried candidate makes in Word: fonts and sizes that change inside a part where a paragraph was pasted from
another draft or a web page (keeping its font, colour, shading or highlight), soft line breaks (Shift+Enter),
tabs and double spaces, empty paragraphs for spacing, manual page breaks, hyperlinks and bare URLs, words joined
by slashes and dashes, ampersands, figures and smart quotes. Part labels are typed as a hurried candidate types
them ("task 1 b)", "1(b)", "Task1b", "TASK 1 - PART B:", "1.b").

The truth is counted while the report is written: each body paragraph's or list item's visible text (the runs,
hyperlinks, tabs and soft breaks as Word shows them; an automatic bullet or number is not text) is counted with
``count`` of the generator and added to its part. Headings, sub-headings, captions, tables, the cover, the typed
contents page, the word-count lines, the reference list and the appendix are written without being counted.
"""

from __future__ import annotations

import datetime
import io
import random
from dataclasses import dataclass

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import (
    WD_ALIGN_PARAGRAPH,
    WD_BREAK,
    WD_COLOR_INDEX,
    WD_LINE_SPACING,
    WD_TAB_ALIGNMENT,
    WD_TAB_LEADER,
)
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, Truth, count

DESCRIPTION = (
    "Messy scripts pasted together from drafts and web pages: mixed fonts and sizes inside a part, Shift+Enter "
    "breaks, tabs and double spaces, empty spacing paragraphs, page breaks, hyperlinks and bare URLs, hurried "
    "part labels (task 1 b), 1(b), Task1b, TASK 1 - PART B:, 1.b), fake bold headings, auto-numbered headings"
)

LAYOUTS = (
    "pasted_drafts_heading_styles",
    "bold_big_normal_headings",
    "plain_bold_lowercase_labels",
    "cover_contents_sections",
    "web_paste_underlined",
    "auto_numbered_headings",
    "label_tab_title_shift_enter",
)
REPORTS = 28
PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
GROUP_MAX = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}

# --- sources and citations --------------------------------------------------------------------------------------------
# key: (in-text parenthetical, narrative, reference entry, url or "")
SOURCES = {
    "chaffey": (
        "(Chaffey and Ellis-Chadwick, 2019)",
        "Chaffey and Ellis-Chadwick (2019)",
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital Marketing: Strategy, Implementation and Practice. "
        "7th edn. Harlow: Pearson.",
        "",
    ),
    "ryan": (
        "(Ryan, 2016, p. 112)",
        "Ryan (2016)",
        "Ryan, D. (2016) Understanding Digital Marketing. 4th edn. London: Kogan Page.",
        "",
    ),
    "kingsnorth": (
        "(Kingsnorth, 2019)",
        "Kingsnorth (2019)",
        "Kingsnorth, S. (2019) Digital Marketing Strategy: An Integrated Approach to Online Marketing. 2nd edn. "
        "London: Kogan Page.",
        "",
    ),
    "mckinsey": (
        "(McKinsey & Company, 2021)",
        "McKinsey & Company (2021)",
        "McKinsey & Company (2021) The value of getting personalization right—or wrong—is multiplying. Available at:",
        "https://www.mckinsey.com/capabilities/growth-marketing-and-sales/our-insights/"
        "the-value-of-getting-personalization-right-or-wrong-is-multiplying",
    ),
    "epsilon": (
        "(Epsilon, 2018)",
        "Epsilon (2018)",
        "Epsilon (2018) New Epsilon research indicates 80% of consumers are more likely to make a purchase when "
        "brands offer personalized experiences. Available at:",
        "https://www.epsilon.com/us/about-us/pressroom/new-epsilon-research-indicates-80-of-consumers-are-more-"
        "likely-to-make-a-purchase-when-brands-offer-personalized-experiences",
    ),
    "google": (
        "(Google, 2015)",
        "Google (2015)",
        "Google (2015) Micro-Moments: Your Guide to Winning the Shift to Mobile. Available at:",
        "https://www.thinkwithgoogle.com/marketing-strategies/micro-moments/",
    ),
    "ico": (
        "(ICO, 2023)",
        "the ICO (2023)",
        "Information Commissioner’s Office (2023) Guide to the UK General Data Protection Regulation (UK GDPR). "
        "Available at:",
        "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/",
    ),
    "gartner": (
        "(Gartner, 2019)",
        "Gartner (2019)",
        "Gartner (2019) Gartner predicts 80% of marketers will abandon personalization efforts by 2025. Available at:",
        "https://www.gartner.com/en/newsroom/press-releases/2019-12-02-gartner-predicts-80--of-marketers-will-"
        "abandon-person",
    ),
    "smith": (
        "(Smith and Zook, 2020)",
        "Smith and Zook (2020)",
        "Smith, P.R. and Zook, Z. (2020) Marketing Communications: Integrating Online and Offline, Customer "
        "Engagement and Digital Technologies. 7th edn. London: Kogan Page.",
        "",
    ),
    "lemon": (
        "(Lemon and Verhoef, 2016)",
        "Lemon and Verhoef (2016)",
        "Lemon, K.N. and Verhoef, P.C. (2016) ‘Understanding customer experience throughout the customer "
        "journey’, Journal of Marketing, 80(6), pp. 69–96.",
        "",
    ),
    "salesforce": (
        "(Salesforce, 2022)",
        "Salesforce (2022)",
        "Salesforce (2022) State of the Connected Customer. 5th edn. Available at:",
        "https://www.salesforce.com/resources/research-reports/state-of-the-connected-customer/",
    ),
    "hanlon": (
        "(Hanlon, 2022)",
        "Hanlon (2022)",
        "Hanlon, A. (2022) Digital Marketing: Strategic Planning & Integration. 2nd edn. London: SAGE.",
        "",
    ),
    "bleier": (
        "(Bleier and Eisenbeiss, 2015)",
        "Bleier and Eisenbeiss (2015)",
        "Bleier, A. and Eisenbeiss, M. (2015) ‘The importance of trust for personalized online advertising’, "
        "Journal of Retailing, 91(3), pp. 390–409.",
        "",
    ),
    "accenture": (
        "(Accenture, 2018)",
        "Accenture (2018)",
        "Accenture (2018) Making It Personal: Why Brands Must Move from Communication to Conversation for "
        "Greater Personalization. Available at:",
        "https://www.accenture.com/us-en/insights/strategy/personalization-pulse-check",
    ),
}

SECTORS = (
    ("an online retailer of outdoor clothing and camping equipment", "outdoor clothing, tents and walking boots"),
    ("a regional building society", "mortgages, savings accounts and home insurance"),
    ("an independent chain of garden centres", "plants, garden furniture, tools and a café offer"),
    ("a B2B supplier of catering equipment", "commercial ovens, refrigeration and servicing contracts"),
    ("a subscription meal-kit company", "weekly recipe boxes, ready meals and gift cards"),
    ("a boutique hotel group", "rooms, spa packages, weddings and corporate events"),
    ("a family-owned furniture retailer", "sofas, beds, dining sets and made-to-order pieces"),
    ("a specialist cycling retailer", "road and e-bikes, components, clothing and a workshop service"),
)
SEGMENTS = (
    "young urban professionals (25–34)",
    "time-poor parents",
    "first-time buyers",
    "returning loyalty-club members",
    "small business owners",
    "over-55 ‘silver surfers’",
)
CHANNEL_PAIRS = (
    ("email", "paid social"),
    ("the website", "email"),
    ("the mobile app", "paid search"),
    ("paid social", "the website"),
)

# --- sentences --------------------------------------------------------------------------------------------------------
# {org} {rival} {rival2} {seg} {ch1} {ch2} {pct} {pct2} {n} {money} {year} {c} (a parenthetical citation)
# {C} (a narrative citation) {url} (a bare URL or a hyperlink)
SENTENCES = {
    "1a": (
        "{org} is {sector} founded in {founded} and based in {city}, with around {staff} staff and a turnover "
        "of roughly £{turnover}m in 2023–2024.",
        "Its range covers {products}, sold online (www.{domain}.co.uk), by phone and through {stores} physical sites.",
        "The main competitors are {rival} and {rival2}, both of which invest heavily in e-commerce and/or app "
        "development.",
        "{rival} in particular has a loyalty app with personalised offers, which {org} does not yet have.",
        "The customer base is about {cust},000 active customers, {online}% of whom bought online in the last 12 "
        "months.",
        "Roughly {age}% of customers are aged 35–54 and most live within 40 miles of a site, so the business is "
        "still regional rather than national.",
        "Around a fifth of revenue comes from B2B/trade accounts, which are managed by phone & email rather than "
        "online.",
        "Customer reviews average 4.{digit} out of 5 on Trustpilot, but repeat purchase has fallen from {rep_hi}% to "
        "{rep_lo}% since 2022.",
        "Personalisation maturity is low: emails are segmented only by ‘new’ vs ‘existing’ customer and the "
        "website shows the same homepage to everyone {c}.",
        "On the maturity model described by {C} the firm sits at the ‘basic’ stage, with data held in separate "
        "CRM, EPOS & email systems.",
        "There is no single customer view, so a customer who buys in store and online appears twice in the data.",
        "The marketing team is small (three people) and relies on an agency for paid search/social.",
        "The website runs on an off-the-shelf e-commerce platform with basic product recommendations switched on "
        "but never tested.",
        "Email is the strongest digital channel, with a list of about {list},000 subscribers and open rates of "
        "around {open}%.",
        "Social media is used mainly for brand awareness—Instagram & Facebook—with little targeting beyond age "
        "and location.",
        "Senior management want a clearer view of how digital channels—and personalisation in particular—could "
        "grow online revenue.",
        "The business has a good reputation for service, which gives it permission to use customer data if this "
        "is done transparently.",
        "Its mission statement promises “expert advice, personally given”, which fits naturally with a "
        "personalisation strategy.",
    ),
    "1b": (
        "Personalisation has moved from simply inserting a first name into an email to real-time, AI-driven "
        "experiences across channels {c}.",
        "{C} argue that relevance is now expected rather than a ‘nice to have’, and {pct}% of consumers say they "
        "are more likely to buy from brands that personalise {c}.",
        "Rule-based personalisation (e.g. ‘if basket value > £{money} then show free delivery’) is cheap and "
        "transparent, but it does not scale well.",
        "Predictive and AI/ML models can recommend products based on browsing behaviour, although they need "
        "clean first-party data & skilled staff {c}.",
        "The loss of third-party cookies in 2024–2025 is a major development that will push {org} towards "
        "first-party and zero-party data.",
        "Gartner predicted that 80% of marketers would abandon personalisation by 2025 because of poor ROI and "
        "data problems {c}, which is a warning as much as a forecast.",
        "Voice search, chatbots and conversational commerce are emerging as ‘always-on’ channels where "
        "personalisation is expected in real time.",
        "For {org} the strategic question is not whether to personalise but how far to go, and at what cost "
        "versus benefit.",
        "A more advanced option is omni-channel personalisation, joining web, app and in-store data into a "
        "single customer view (SCV) {c}.",
        "However, more data means more risk—both reputational and legal—so each step up needs a clear business case.",
        "Location-based and context-aware messages (weather, time of day, device) are now easy to set up in most "
        "email/automation platforms.",
        "Further information on current trends is available at {url}.",
        "Overall, basic segmentation is a quick win, while predictive recommendations are a medium-term goal "
        "for 2025–2026.",
    ),
    "1c": (
        "The chosen target segment is {seg}, who make up about {pct}% of {org}’s online customers.",
        "They are mobile-first, research on social media & review sites, and expect fast, relevant responses {c}.",
        "A good example of practice is Spotify’s ‘Wrapped’, which turns listening data into shareable, "
        "personal content that customers actually look forward to.",
        "Amazon’s ‘customers who bought this also bought’ is the classic example of recommendation-based "
        "personalisation, and it reportedly drives up to 35% of sales {c}.",
        "By contrast, a poor example is when retargeting ads keep showing a product that has already been "
        "bought—this annoys rather than engages.",
        "From my own experience, I received an email from a retailer that said “Hi FIRSTNAME” which "
        "immediately reduced my trust in the brand.",
        "Success factors include accurate data, a clear value exchange and consistency across channels {c}.",
        "For {seg} the most relevant channels are {ch1} and {ch2}, with some cross-channel use of SMS for "
        "delivery updates.",
        "{org} would need data on purchase history, preferred channel, device and life-stage to personalise "
        "properly—and/or ask customers directly through a preference centre.",
        "Measuring success should use open and click-through rates, conversion rate and customer lifetime "
        "value (CLV) rather than vanity metrics {c}.",
        "Netflix is another good example: its artwork changes depending on what a viewer has watched before, "
        "which shows how far B2C—and increasingly B2B—personalisation has come.",
        "Failure often comes from ‘creepy’ personalisation, where customers feel they are being watched {c}.",
    ),
    "2a": (
        "The goal of this action plan is to raise the online conversion rate from {pct_low}% to {pct_high}% "
        "within 12 months for {seg}.",
        "The two channels chosen are {ch1} and {ch2}, because they already carry most of {org}’s digital traffic.",
        "The plan is framed around Google’s micro-moments (‘I want to know’, ‘I want to go’, ‘I want to do’, "
        "‘I want to buy’) {c}.",
        "The RACE framework (Reach, Act, Convert, Engage) is used to structure actions and KPIs {c}.",
        "Existing data in the CRM, Google Analytics 4 and the email platform will be combined into simple "
        "customer segments in Q1 2025.",
        "Stage one focuses on quick wins: abandoned-basket emails, browse-abandonment triggers and "
        "personalised subject lines.",
        "Stage two adds dynamic website content, such as showing recently viewed items and location-based "
        "stock availability.",
        "An online community (e.g. a members’ forum or private Facebook group) could move communication from "
        "a broadcast to a conversation {c}.",
        "KPIs will include conversion rate, average order value (AOV), cost per acquisition (CPA) and "
        "email revenue per recipient.",
        "The budget is estimated at £{money},000 for year one, including a customer data platform (CDP) "
        "licence and agency support.",
        "Progress will be reported monthly to the senior management team via a shared dashboard.",
        "The micro-moments research can be read in full at {url}.",
        "The customer journey for {seg} is short on mobile, so every extra step at checkout costs conversions {c}.",
    ),
    "2b": (
        "Content for {ch1} will be personalised using purchase history, so that customers see products "
        "related to what they bought before {c}.",
        "For example, a customer who bought a tent in spring could receive an email in May about "
        "sleeping bags & camping stoves.",
        "Dynamic content blocks allow one email template to show different images, offers and copy to each segment.",
        "On {ch2}, carousel ads can show the exact products a visitor looked at, with a message such as "
        "“Still thinking about it?”.",
        "Re-marketing should be capped at around three impressions a day to avoid annoying people {c}.",
        "User-generated content (UGC)—reviews, photos and short videos—can be personalised by showing posts "
        "from customers in the same area or life-stage.",
        "Search re-marketing (RLSA) lets {org} bid higher for people who have already visited the site {c}.",
        "Content should be kept simple: one clear call-to-action per message works better than several "
        "competing offers.",
        "Birthday and anniversary messages are a low-cost way to show the brand ‘remembers’ the customer.",
        "Examples of good dynamic content can be found at {url}.",
        "Re-marketing lists should exclude recent purchasers for 30 days, otherwise budget is wasted and the "
        "experience suffers {c}.",
        "Interactive content such as quizzes (‘Which product is right for you?’) collects zero-party data "
        "that can feed future personalisation.",
    ),
    "3a": (
        "It is recommended that {org} starts with basic personalisation and builds towards advanced "
        "approaches over 18–24 months {c}.",
        "A small cross-functional team (marketing, IT/data and customer service) should own the programme, "
        "led by a digital marketing manager.",
        "Internal skills are limited, so an external agency or freelancer should support analytics and "
        "automation in year one.",
        "Owned channels (website, email, app) should be personalised first, because {org} controls the data "
        "and the experience.",
        "Paid channels need a different approach: audiences are built on platforms such as Meta & Google, so "
        "first-party data must be uploaded securely {c}.",
        "Earned channels (reviews, social shares, PR) are harder to personalise but can be encouraged with "
        "tailored referral offers.",
        "Mobile should be the priority, since around {pct}% of sessions are now on smartphones.",
        "Advanced tracking via GA4 and server-side tagging will be needed to keep data accurate after "
        "cookies are phased out {c}.",
        "The future of data is consent-based, so a preference centre and clear value exchange are essential.",
        "Scalability depends on choosing a platform that integrates with the existing EPOS/CRM rather than "
        "bolting on separate tools.",
        "The justification for this phased approach is that it limits risk while showing early ROI to the board.",
        "Customer expectations are high: {C} found that most customers expect companies to understand their needs.",
    ),
    "3b": (
        "The first risk is legal non-compliance with UK GDPR and PECR, especially around consent for "
        "marketing emails and cookies {c}.",
        "Fines can reach £17.5m or 4% of global turnover, whichever is higher, although reputational damage "
        "is often worse for a firm of {org}’s size.",
        "Mitigation includes a data protection impact assessment (DPIA), clear privacy notices and a "
        "documented lawful basis for each use of data {c}.",
        "The second risk is the ‘creepiness’ factor: personalisation that feels intrusive reduces trust "
        "and can push customers towards {rival} {c}.",
        "For example, Target’s pregnancy-prediction case is still quoted as a line that should not be crossed.",
        "The third risk is poor data quality and automation errors—wrong names, wrong offers, or "
        "recommending products that are out of stock.",
        "The likelihood of this risk is medium but the impact on customer experience is high, so regular "
        "testing & human checks are needed.",
        "Algorithmic bias is a further concern: automated models can exclude or stereotype some groups {c}.",
        "Guidance on lawful processing is published by the ICO at {url}.",
        "Overall, {org} should adopt a clear personalisation policy, be transparent about data use and review "
        "risks every quarter.",
        "Trust is the foundation: customers share data only when they see a fair value exchange {c}.",
    ),
}
GENERAL = (
    "This matters for {org} because its customers already compare it with {rival} on every visit.",
    "In practice this would need to be tested on a small sample first (A/B or multivariate testing) before "
    "a full roll-out.",
    "A counter-argument is that {pct}% of consumers say they are uncomfortable with how brands use their data {c}.",
    "The cost/benefit balance is therefore uncertain and should be reviewed by the senior team every quarter.",
    "{C} make a similar point, arguing that personalisation only works when it is linked to clear business goals.",
    "On balance, the advantages outweigh the disadvantages, provided the data is accurate and up to date.",
    "It is worth noting that {rival2} tried a similar approach in 2022–2023 with mixed results.",
    "This links back to the segment chosen earlier, who value speed & convenience over price.",
    "For a business of {org}’s size (roughly {staff} staff) the budget for this is limited—perhaps "
    "£{money},000 a year.",
    "As one industry report put it, “customers do not want more messages, they want better ones” {c}.",
    "A realistic target would be a {pct_low}–{pct_high}% uplift in the first year, rising as the data improves.",
    "However, this assumes the CRM and the e-commerce platform can share data in (near) real time.",
    "Smaller competitors are unlikely to match this quickly, which could give {org} a first-mover advantage "
    "in its region.",
    "The risk is that the team tries to do too much at once and none of it is done well.",
    "Customer feedback from the {year} survey (n = {n}) supports this, with convenience ranked first.",
    "In other words, relevance & timing matter more than the sophistication of the technology {c}.",
    "My own experience as a customer of several retailers supports this: the best messages felt helpful, not pushy.",
    "B2C and B2B buyers both expect this now—B2B buyers increasingly behave like consumers online {c}.",
    "Metrics such as CTR, CR & AOV should be tracked before and after each change so the impact is clear.",
    "The ‘test and learn’ culture this needs is not yet in place at {org}, and building it will take time.",
    "An omni-channel view would also let store staff see online behaviour, though this raises training needs.",
)
CITE_KEYS = {
    "1a": ("chaffey", "kingsnorth", "hanlon"),
    "1b": ("chaffey", "mckinsey", "epsilon", "gartner", "accenture", "kingsnorth", "salesforce"),
    "1c": ("lemon", "mckinsey", "ryan", "smith", "bleier", "chaffey"),
    "2a": ("google", "chaffey", "lemon", "hanlon", "ryan"),
    "2b": ("ryan", "smith", "kingsnorth", "chaffey", "hanlon"),
    "3a": ("chaffey", "kingsnorth", "hanlon", "salesforce"),
    "3b": ("ico", "bleier", "chaffey", "smith"),
}
URLS = {
    "1b": "https://www.mckinsey.com/capabilities/growth-marketing-and-sales/our-insights",
    "2a": "https://www.thinkwithgoogle.com/marketing-strategies/micro-moments/",
    "2b": "https://www.smartinsights.com/email-marketing/email-creative-and-copywriting/dynamic-content/",
    "3b": "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/",
}

# --- part headings as hurried candidates type them --------------------------------------------------------------------
TITLES = {
    "1a": ("Organisation overview", "Organisational Overview", "Background to {org}", "Overview of {org}"),
    "1b": (
        "Current and future developments in personalisation",
        "Current & future developments",
        "Personalisation – current/future developments",
        "Appraisal of developments in personalisation",
    ),
    "1c": (
        "Personalising digital channels for one target segment",
        "Personalisation for ONE target segment",
        "Good & bad practice for {seg_short}",
        "Target segment – good/bad practice",
    ),
    "2a": (
        "Action plan to maximise conversion rates",
        "Action plan – conversion ({ch1} & {ch2})",
        "Conversion action plan",
        "Action Plan",
    ),
    "2b": (
        "Personalised content and re-marketing",
        "Content personalisation & remarketing",
        "Personalised content / re-marketing",
    ),
    "3a": (
        "Managing and implementing personalisation",
        "Managing & implementing personalisation",
        "Implementation recommendations",
    ),
    "3b": (
        "Three risks of implementing personalisation",
        "Risks (x3) incl. legal compliance",
        "Evaluation of three risks",
    ),
}
TASK_TITLES = {
    "1": ("Personalisation report", "Personalisation", "Developments in personalisation"),
    "2": ("Conversion plan", "Action plan & content", "Conversion & re-marketing"),
    "3": ("Implementation and risk", "Managing personalisation & risks", "Implementation/risks"),
}
SUBHEADINGS = {
    "1a": ("Organisation name", "Organisation information", "Specific background"),
    "2a": ("Goals and KPIs", "Stage one – quick wins", "Online communities"),
    "3b": ("Risk 1 – legal compliance (UK GDPR/PECR)", "Risk 2 – the ‘creepy’ line", "Risk 3 – data & automation"),
}

WEB_FONTS = ("Helvetica Neue", "Segoe UI", "Verdana", "Georgia", "Roboto", "Open Sans")
DRAFT_FONTS = ("Times New Roman", "Calibri", "Arial", "Cambria", "Calibri Light")


@dataclass
class Fmt:
    font: str | None = None
    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    color: str | None = None
    highlight: bool = False
    shade: str | None = None


# --- low-level helpers ------------------------------------------------------------------------------------------------
def _apply(run, fmt: Fmt | None) -> None:
    if fmt is None:
        return
    font = run.font
    if fmt.font:
        font.name = fmt.font
        rfonts = run._r.get_or_add_rPr().get_or_add_rFonts()
        rfonts.set(qn("w:eastAsia"), fmt.font)
        rfonts.set(qn("w:cs"), fmt.font)
    if fmt.size:
        font.size = Pt(fmt.size)
    if fmt.bold is not None:
        font.bold = fmt.bold
    if fmt.italic is not None:
        font.italic = fmt.italic
    if fmt.underline is not None:
        font.underline = fmt.underline
    if fmt.color:
        font.color.rgb = RGBColor.from_string(fmt.color)
    if fmt.highlight:
        font.highlight_color = WD_COLOR_INDEX.YELLOW
    if fmt.shade:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fmt.shade)
        run._r.get_or_add_rPr().append(shd)


def _link(paragraph, text: str, url: str, fmt: Fmt | None) -> None:
    """A hyperlink as Word writes one: w:hyperlink around a blue, underlined run."""
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    link.set(qn("w:history"), "1")
    run = paragraph.add_run(text)
    _apply(run, fmt)
    run.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    run.font.underline = True
    link.append(run._r)
    paragraph._p.append(link)


def _spacing(paragraph, line: float | None = None, after: float | None = None, before: float | None = None):
    pf = paragraph.paragraph_format
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
        pf.line_spacing = line
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)


def _figure_png(rng: random.Random, labels: list[str]) -> bytes:
    """A bar chart as a candidate pastes one from a spreadsheet: drawn, never read."""
    width, height = 640, 360
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.line((50, 20, 50, 320), fill="black", width=2)
    draw.line((50, 320, 620, 320), fill="black", width=2)
    colours = ("#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5")
    slot = 560 // len(labels)
    for i, label in enumerate(labels):
        value = rng.randint(60, 280)
        x = 60 + i * slot
        draw.rectangle((x + 10, 320 - value, x + slot - 10, 320), fill=colours[i % len(colours)])
        draw.text((x + 12, 328), label, fill="black")
        draw.text((x + 12, 305 - value), f"{value / 10:.1f}%", fill="black")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


# --- the writer -------------------------------------------------------------------------------------------------------
class Script:
    """One candidate's report, written paragraph by paragraph with its parts' words counted as they are written."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        self.rng = random.Random(f"pool11/{index}")
        self.fake = Faker("en_GB")
        self.fake.seed_instance(1100 + index)
        rng = self.rng
        self.doc = docx.Document()
        self.words = dict.fromkeys(PARTS, 0)
        self.headings: dict[str, str] = {}
        self.cited: set[str] = set()
        self.part: str | None = None
        self.figures = 0
        self.tables = 0
        sector, products = rng.choice(SECTORS)
        name = self.fake.last_name()
        self.facts = {
            "org": rng.choice((f"{name} & Co", f"{name} Ltd", f"{name} Group", f"{name} Home", f"{name} Direct")),
            "rival": f"{self.fake.last_name()} {rng.choice(('Ltd', 'plc', 'Group', 'Retail'))}",
            "rival2": f"{self.fake.last_name()} & {self.fake.last_name()}",
            "sector": sector,
            "products": products,
            "city": self.fake.city(),
            "founded": str(rng.randint(1962, 2012)),
            "staff": str(rng.choice((45, 80, 120, 240, 310, 650))),
            "turnover": f"{rng.randint(3, 95)}.{rng.randint(1, 9)}",
            "stores": str(rng.randint(2, 28)),
            "seg": rng.choice(SEGMENTS),
        }
        self.facts["ch1"], self.facts["ch2"] = rng.choice(CHANNEL_PAIRS)
        rep_lo = rng.randint(18, 40)
        self.facts.update(
            cust=str(rng.randint(12, 480)),
            online=str(rng.randint(25, 80)),
            age=str(rng.randint(30, 64)),
            rep_hi=str(rep_lo + rng.randint(5, 20)),
            rep_lo=str(rep_lo),
            digit=str(rng.randint(1, 7)),
            list=str(rng.randint(8, 150)),
            open=str(rng.randint(14, 31)),
        )
        self.facts["domain"] = "".join(ch for ch in self.facts["org"].lower() if ch.isalpha())
        self.facts["seg_short"] = self.facts["seg"].split(" (")[0]
        self.candidate = str(rng.randint(1000000, 9999999))

    # numbers that change per sentence
    def _fill(self, template: str, part: str) -> list[tuple[str, str | None]]:
        rng = self.rng
        values = dict(self.facts)
        low = rng.randint(1, 3)
        values.update(
            pct=str(rng.randint(18, 78)),
            pct2=str(rng.randint(20, 64)),
            pct_low=f"{low}.{rng.randint(1, 9)}",
            pct_high=f"{low + 1}.{rng.randint(1, 9)}",
            n=str(rng.randint(12, 480)),
            money=str(rng.choice((25, 40, 50, 60, 75, 120))),
            year=str(rng.randint(2016, 2023)),
        )
        key = rng.choice(CITE_KEYS[part])
        if "{c}" in template or "{C}" in template:
            self.cited.add(key)
        values["c"] = SOURCES[key][0]
        values["C"] = SOURCES[key][1]
        if "{url}" not in template:
            return [(template.format(**values), None)]
        before, after = template.split("{url}")
        values["url"] = "{url}"
        return [(before.format(**values), None), (URLS[part], URLS[part]), (after.format(**values), None)]

    def sentences(self, part: str, words: int) -> list[list[tuple[str, str | None]]]:
        """Sentences of a part, about ``words`` long: the part's own bank (in its order the first time for the
        overview and the risks, which follow their sub-headings), reshuffled when it runs out, with the
        candidate's general linking and evaluative sentences mixed in."""
        bank: list[str] = []
        general: list[str] = []
        out: list[list[tuple[str, str | None]]] = []
        total = 0
        first = True
        while total < words:
            if not bank:
                bank = list(SENTENCES[part])
                if first and part in ("1a", "3b"):
                    bank.reverse()
                else:
                    self.rng.shuffle(bank)
                first = False
            if not general:
                general = list(GENERAL)
                self.rng.shuffle(general)
            template = general.pop() if (part != "1a" and self.rng.random() < 0.4) else bank.pop()
            pieces = self._fill(template, part)
            out.append(pieces)
            total += count("".join(text for text, _ in pieces))
        return out

    # --- paragraphs ---
    def para(self, style: str | None = None):
        paragraph = self.doc.add_paragraph(style=style)
        return paragraph

    def empty(self, n: int = 1) -> None:
        for _ in range(n):
            self.doc.add_paragraph()

    def page_break(self, paragraph=None) -> None:
        if paragraph is None:
            paragraph = self.doc.add_paragraph()
        paragraph.add_run().add_break(WD_BREAK.PAGE)

    def body(
        self,
        sentences: list[list[tuple[str, str | None]]],
        fmt: Fmt | None = None,
        *,
        style: str | None = None,
        lead: str = "",
        lead_fmt: Fmt | None = None,
        soft_breaks: float = 0.0,
        double_space: float = 0.0,
        links: bool = True,
        mixed: Fmt | None = None,
        indent_tab: bool = False,
    ):
        """A counted body paragraph (or list item) of the current part, with its runs as a messy script has them:
        a typed lead-in ("Organisation name:"), double spaces and Shift+Enter breaks between sentences, a
        hyperlink or the bare URL, and now and then a sentence pasted in another font."""
        rng = self.rng
        paragraph = self.doc.add_paragraph(style=style)
        shown = ""
        if indent_tab:
            paragraph.add_run().add_tab()
            shown += "\t"
        if lead:
            run = paragraph.add_run(lead)
            _apply(run, lead_fmt or fmt)
            shown += lead
        odd = rng.randrange(len(sentences)) if mixed is not None and len(sentences) > 1 else -1
        for i, pieces in enumerate(sentences):
            if i > 0:
                if rng.random() < soft_breaks:
                    run = paragraph.add_run()
                    run.add_break()
                    shown += "\n"
                else:
                    gap = "  " if rng.random() < double_space else " "
                    run = paragraph.add_run(gap)
                    _apply(run, fmt)
                    shown += gap
            sentence_fmt = mixed if i == odd else fmt
            for text, url in pieces:
                if not text:
                    continue
                if url is not None and links:
                    _link(paragraph, text, url, sentence_fmt)
                else:
                    run = paragraph.add_run(text)
                    _apply(run, sentence_fmt)
                shown += text
        assert shown == paragraph.text, (shown, paragraph.text)
        if self.part is not None:
            self.words[self.part] += count(shown)
        return paragraph

    def plain(self, text: str, fmt: Fmt | None = None, style: str | None = None):
        """A paragraph that is not counted (heading, caption, word-count line, reference)."""
        paragraph = self.doc.add_paragraph(style=style)
        if text:
            _apply(paragraph.add_run(text), fmt)
        return paragraph

    def heading(self, part: str, text: str, fmt: Fmt | None = None, style: str | None = None, runs=None):
        """A part's heading: from here on words count to ``part``."""
        self.part = part
        if runs is None:
            paragraph = self.plain(text, fmt, style)
        else:
            paragraph = self.doc.add_paragraph(style=style)
            for piece, piece_fmt in runs:
                if piece == "\t":
                    paragraph.add_run().add_tab()
                else:
                    _apply(paragraph.add_run(piece), piece_fmt)
        self.headings[part] = paragraph.text
        return paragraph

    def end_parts(self) -> None:
        self.part = None

    # --- extras ---
    def figure(self, caption_fmt: Fmt | None, caption_style: str | None = None, prefix: str = "Figure") -> None:
        self.figures += 1
        labels = ["Email", "Search", "Social", "Direct", "Referral"]
        png = _figure_png(self.rng, labels)
        paragraph = self.doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run().add_picture(io.BytesIO(png), width=Cm(self.rng.choice((11.0, 12.5, 14.0))))
        caption = self.rng.choice(
            (
                "Conversion rate by traffic source, {org} (Google Analytics, 2024)",
                "Share of online sales by channel – {org} internal data 2023/24",
                "Email & social performance vs sector benchmark",
            )
        ).format(**self.facts)
        sep = self.rng.choice((": ", " – ", ". "))
        self.plain(f"{prefix} {self.figures}{sep}{caption}", caption_fmt, caption_style)

    def table(self, kind: str, fmt: Fmt | None, caption_fmt: Fmt | None, caption_above: bool = True) -> None:
        self.tables += 1
        rng = self.rng
        ch1, ch2 = self.facts["ch1"], self.facts["ch2"]
        if kind == "plan":
            header = ("Stage", "Action", "Channel", "KPI / target", "Timing")
            rows = [
                ("1", "Abandoned-basket & browse triggers", ch1, f"+{rng.randint(5, 15)}% recovered baskets", "Q1"),
                ("2", "Dynamic homepage / recently viewed", ch2, f"CR {rng.randint(2, 3)}.{rng.randint(0, 9)}%", "Q2"),
                ("3", "Preference centre (zero-party data)", ch1, f"{rng.randint(20, 40)}% opt-in", "Q2–Q3"),
                ("4", "Members’ community launch", "Owned", f"{rng.randint(500, 3000)} members", "Q4"),
            ]
            caption = f"Table {self.tables}: Action plan for {ch1} and {ch2}"
        else:
            header = ("Risk", "Likelihood", "Impact", "Mitigation")
            rows = [
                ("UK GDPR / PECR breach", "Medium", "High", "DPIA, consent audit, DPO sign-off"),
                ("‘Creepy’ personalisation", "Medium", "Medium", "Clear limits & testing"),
                ("Data quality / automation error", "High", "Medium", "QA checks, fallback content"),
            ]
            caption = f"Table {self.tables} – Risk matrix"
        if caption_above:
            self.plain(caption, caption_fmt)
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.text = ""
            _apply(cell.paragraphs[0].add_run(text), Fmt(font=fmt.font if fmt else None, bold=True, size=10))
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                _apply(cell.paragraphs[0].add_run(text), Fmt(font=fmt.font if fmt else None, size=10))
        if not caption_above:
            self.plain(caption, caption_fmt)

    def references(self, heading: str, heading_fmt: Fmt | None, fmt: Fmt | None, style: str | None = None):
        """The reference list, pasted with its links: some entries keep a hyperlink, some a bare address."""
        self.end_parts()
        self.plain(heading, heading_fmt, style)
        keys = sorted(self.cited | {self.rng.choice(tuple(SOURCES))}, key=lambda key: SOURCES[key][2])
        for key in keys:
            entry, url = SOURCES[key][2], SOURCES[key][3]
            paragraph = self.doc.add_paragraph()
            _apply(paragraph.add_run(entry), fmt)
            if url:
                _apply(paragraph.add_run(" "), fmt)
                if self.rng.random() < 0.7:
                    _link(paragraph, url, url, fmt)
                else:
                    _apply(paragraph.add_run(url), fmt)
                accessed = f" [Accessed {self.rng.randint(2, 27)} {self.rng.choice(('March', 'April', 'May'))} 2024]."
                _apply(paragraph.add_run(accessed), fmt)
            paragraph.paragraph_format.left_indent = Cm(1.0)
            paragraph.paragraph_format.first_line_indent = Cm(-1.0)

    def word_count_line(self, group: str, fmt: Fmt | None, style: str = "short") -> None:
        total = sum(self.words[part] for part in LIMIT_GROUPS[group])
        parts = " & ".join(LIMIT_GROUPS[group])
        text = f"Word count: {total:,}" if style == "short" else f"(Word count {parts}: {total:,} words)"
        self.plain(text, fmt)

    # --- sizes ---
    def sizes(self, capacity_1a: int) -> dict[str, int]:
        """Body words aimed at per part: 1a within one side, each group around its limit (a few well under, a
        few over by up to 15 %)."""
        rng = self.rng
        kind = (self.index // len(LAYOUTS)) % 4
        targets: dict[str, int] = {"1a": min(380, int(capacity_1a * rng.uniform(0.55, 0.85)))}
        for n, (group, (first, second)) in enumerate(LIMIT_GROUPS.items()):
            if kind == 0:
                factor = rng.uniform(0.55, 0.75)  # well under
            elif kind == 1 and n == self.index % 3:
                factor = rng.uniform(1.04, 1.11)  # over, within 15 %
            elif kind == 2:
                factor = rng.uniform(0.92, 1.02)
            else:
                factor = rng.uniform(0.85, 1.08)
            total = GROUP_MAX[group] * factor
            share = rng.uniform(0.42, 0.58)
            targets[first] = int(total * share)
            targets[second] = int(total - targets[first])
        return targets

    def chunks(self, part: str, words: int, low: int = 55, high: int = 150) -> list[list[list[tuple[str, str | None]]]]:
        """A part's sentences grouped into paragraphs of ``low`` to ``high`` words."""
        sentences = self.sentences(part, words)
        out: list[list[list[tuple[str, str | None]]]] = []
        current: list[list[tuple[str, str | None]]] = []
        size = 0
        aim = self.rng.randint(low, high)
        for sentence in sentences:
            current.append(sentence)
            size += count("".join(text for text, _ in sentence))
            if size >= aim:
                out.append(current)
                current, size, aim = [], 0, self.rng.randint(low, high)
        if current:
            out.append(current)
        return out

    def save(self) -> bytes:
        props = self.doc.core_properties
        props.author = self.fake.name()
        props.title = "CIM 2206 Mastering Digital Channels"
        stamp = datetime.datetime(2024, 5, 1 + self.index % 27, 9, 30)
        props.created = stamp
        props.modified = stamp
        props.last_modified_by = props.author
        props.revision = 3
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    def truth(self) -> Truth:
        groups = {group: sum(self.words[part] for part in parts) for group, parts in LIMIT_GROUPS.items()}
        return Truth(
            name="",
            seed=self.index,
            layout=self.layout,
            split="",
            part_words=dict(self.words),
            group_words=groups,
            words_all=sum(self.words.values()),
            headings=dict(self.headings),
        )


# --- document set-up --------------------------------------------------------------------------------------------------
def _setup(script: Script, font: str, size: float, line: float, margin_cm: float, after: float = 8) -> None:
    doc = script.doc
    normal = doc.styles["Normal"]
    normal.font.name = font
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), font)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(theme), None)
    normal.font.size = Pt(size)
    pf = normal.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    pf.line_spacing = line
    pf.space_after = Pt(after)
    for section in doc.sections:
        section.page_height = Cm(29.7)
        section.page_width = Cm(21.0)
        section.left_margin = section.right_margin = Cm(margin_cm)
        section.top_margin = section.bottom_margin = Cm(max(1.5, margin_cm - 0.3))


def _capacity(size: float, line: float, margin_cm: float) -> int:
    """Roughly how many words fill one side of A4 at this size, spacing and margin."""
    width_pt = (21.0 - 2 * margin_cm) / 0.03528
    height_pt = (29.7 - 2 * margin_cm) / 0.03528
    words_per_line = width_pt / (size * 0.5) / 6.2
    lines = height_pt / (size * 1.2 * line) * 0.8
    return int(words_per_line * lines)


def _page_field(paragraph, prefix: str = "") -> None:
    if prefix:
        paragraph.add_run(prefix)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " PAGE ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _style_heading(doc, name: str, font: str, size: float, color: str | None = "000000", bold: bool = True):
    style = doc.styles[name]
    style.font.name = font
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(theme), None)
    style.font.size = Pt(size)
    style.font.bold = bold
    if color:
        style.font.color.rgb = RGBColor.from_string(color)


def _title(script: Script, part: str, upper: bool = False) -> str:
    text = script.rng.choice(TITLES[part]).format(**script.facts)
    return text.upper() if upper else text


def _task_title(script: Script, task: str) -> str:
    return script.rng.choice(TASK_TITLES[task])


def _paste_fmt(script: Script, body_font: str, body_size: float, web: bool) -> Fmt:
    """How a paragraph pasted from another draft or a web page looks: another font, size, colour, shading."""
    rng = script.rng
    if web:
        return Fmt(
            font=rng.choice(WEB_FONTS),
            size=rng.choice((10.5, 12.0, 12.0, 13.5)),
            color=rng.choice(("333333", "222222", "404040", "1A1A1A")),
            shade=rng.choice((None, "F7F7F7", "FFFFFF")),
            highlight=rng.random() < 0.08,
        )
    fonts = [font for font in DRAFT_FONTS if font != body_font]
    sizes = [size for size in (10.5, 11.0, 12.0) if size != body_size]
    return Fmt(font=rng.choice(fonts), size=rng.choice(sizes))


def _part_body(
    script: Script,
    part: str,
    words: int,
    base: Fmt | None,
    *,
    paste: float,
    web: bool,
    body_font: str,
    body_size: float,
    soft: float = 0.0,
    double: float = 0.0,
    empty_between: bool = False,
    indent_tab: bool = False,
    sub: Fmt | None = None,
    sub_style: str | None = None,
    bullets: str | None = None,
    typed_numbers: bool = False,
    links: bool = True,
    extra=None,
) -> None:
    """A part's body: paragraphs, some pasted from elsewhere, with optional sub-headings and a list."""
    rng = script.rng
    paragraphs = script.chunks(part, words)
    subs = list(SUBHEADINGS.get(part, ())) if (sub is not None or sub_style) else []
    sub_at = sorted(rng.sample(range(len(paragraphs)), min(len(subs), len(paragraphs)))) if subs else []
    if sub_at:
        sub_at[0] = 0
    list_at = rng.randrange(len(paragraphs)) if (bullets or typed_numbers) and len(paragraphs) > 2 else -1
    extra_at = rng.randrange(1, len(paragraphs)) if extra is not None and len(paragraphs) > 1 else -1
    if extra is not None and extra_at < 0:
        extra_at = 0
    for i, sentences in enumerate(paragraphs):
        if i in sub_at:
            script.plain(subs[sub_at.index(i)], sub, sub_style)
        if i == extra_at:
            extra()
            if empty_between:
                script.empty()
        pasted = rng.random() < paste
        fmt = _paste_fmt(script, body_font, body_size, web) if pasted else base
        mixed = _paste_fmt(script, body_font, body_size, web) if (not pasted and rng.random() < paste / 2) else None
        if i == list_at:
            # the paragraph's sentences as list points: automatic bullets, or numbers the candidate typed
            for n, sentence in enumerate(sentences, start=1):
                if bullets:
                    script.body([sentence], base, style=bullets, links=links)
                else:
                    script.body([sentence], base, lead=rng.choice((f"{n}. ", f"{n})\t", f"{n}) ")), links=links)
            if empty_between:
                script.empty()
            continue
        script.body(
            sentences,
            fmt,
            soft_breaks=soft,
            double_space=double,
            links=links and rng.random() < 0.6,
            mixed=mixed,
            indent_tab=indent_tab,
        )
        if empty_between:
            script.empty()


# --- the layouts ------------------------------------------------------------------------------------------------------
def _pasted_drafts_heading_styles(script: Script) -> None:
    """Word's Heading 1/2/3 styles; a Calibri body with paragraphs pasted in Times or Arial from older drafts;
    Shift+Enter inside paragraphs; a manual page break before each task; labels like "1(a)", "1 (b)"."""
    rng = script.rng
    font, size, line, margin = "Calibri", rng.choice((11.0, 11.5, 12.0)), rng.choice((1.0, 1.15)), 2.54
    _setup(script, font, size, line, margin)
    targets = script.sizes(_capacity(size, line, margin))
    common = dict(paste=0.3, web=False, body_font=font, body_size=size, soft=0.12, double=0.15)
    script.plain(f"Mastering Digital Channels – {script.facts['org']}", Fmt(size=18, bold=True), "Title")
    script.plain(f"Candidate no. {script.candidate}", None)
    for task, parts in (("1", ("1a", "1b", "1c")), ("2", ("2a", "2b")), ("3", ("3a", "3b"))):
        if task != "1":
            script.page_break()
        script.end_parts()
        script.plain(f"Task {task} – {_task_title(script, task)}", None, "Heading 1")
        for part in parts:
            label = rng.choice((f"{task}({part[1]})", f"{task} ({part[1]})", f"{task}{part[1]})"))
            script.heading(part, f"{label} {_title(script, part)}", None, "Heading 2")
            extra = None
            if part == "2a":
                extra = lambda: script.table("plan", Fmt(font=font), Fmt(italic=True, size=9), True)  # noqa: E731
            _part_body(
                script,
                part,
                targets[part],
                None,
                sub_style="Heading 3" if part in SUBHEADINGS else None,
                bullets="List Bullet" if part in ("2a", "3a") else None,
                extra=extra,
                **common,
            )
    script.page_break()
    script.references("References", None, None, "Heading 1")


def _bold_big_normal_headings(script: Script) -> None:
    """No heading styles: part headings are Normal paragraphs made bold at 14 pt ("TASK 1 - PART B: ..."), the
    tasks at 16 pt; Arial 1.5-spaced with an empty paragraph after every paragraph; a pasted chart with its
    caption; a word-count line under each limit group."""
    rng = script.rng
    font, size, line, margin = "Arial", rng.choice((10.5, 11.0)), 1.5, rng.choice((2.0, 2.54))
    _setup(script, font, size, line, margin, after=0)
    targets = script.sizes(_capacity(size, line, margin) * 3 // 4)
    common = dict(paste=0.25, web=True, body_font=font, body_size=size, soft=0.05, double=0.3, empty_between=True)
    head = Fmt(size=14, bold=True)
    upper = rng.random() < 0.5
    for task, parts in (("1", ("1a", "1b", "1c")), ("2", ("2a", "2b")), ("3", ("3a", "3b"))):
        script.end_parts()
        script.plain(f"TASK {task}", Fmt(size=16, bold=True))
        script.empty()
        for part in parts:
            letter = part[1].upper()
            title = _title(script, part, upper)
            label = rng.choice((f"TASK {task} - PART {letter}: {title}", f"TASK {task} – PART {letter} – {title}"))
            script.heading(part, label, head)
            script.empty()
            extra = None
            if part == "1b":
                extra = lambda: script.figure(Fmt(italic=True, size=9))  # noqa: E731
            if part == "2a":
                extra = lambda: script.table("plan", Fmt(font=font), Fmt(bold=True, size=9), False)  # noqa: E731
            sub = Fmt(bold=True) if part in ("2a", "3b") else None
            _part_body(script, part, targets[part], None, sub=sub, typed_numbers=part == "3a", extra=extra, **common)
        group = {"1": "task1-bc", "2": "task2-ab", "3": "task3-ab"}[task]
        script.end_parts()
        script.word_count_line(group, Fmt(italic=True), rng.choice(("short", "long")))
        script.empty()
    script.references("REFERENCES", Fmt(size=14, bold=True), None)


def _plain_bold_lowercase_labels(script: Script) -> None:
    """Headings pasted as plain text at body size, only bold, typed in a hurry ("task 1 b)", "Task 2a", no
    title); Times New Roman double-spaced with a typed tab at each paragraph's start, double spaces after full
    stops, paragraphs from another draft in Calibri, typed list numbers, page breaks mid-part."""
    rng = script.rng
    font, size, line, margin = "Times New Roman", 12.0, 2.0, rng.choice((2.54, 3.0))
    _setup(script, font, size, line, margin, after=0)
    targets = script.sizes(_capacity(size, line, margin))
    common = dict(paste=0.3, web=False, body_font=font, body_size=size, double=0.6, indent_tab=True)
    bold = Fmt(bold=True)
    task_heads = rng.random() < 0.5
    for task, parts in (("1", ("1a", "1b", "1c")), ("2", ("2a", "2b")), ("3", ("3a", "3b"))):
        script.end_parts()
        if task_heads:
            script.plain(rng.choice((f"Task {task}", f"TASK {task}", f"Task {task}:")), bold)
        for part in parts:
            letter = part[1]
            if part == "1a" and rng.random() < 0.5:
                label = "Organisation Overview"
            else:
                label = rng.choice(
                    (f"task {task} {letter})", f"Task {task}{letter}", f"task {task}{letter}", f"Task {task} {letter})")
                )
                if rng.random() < 0.3:
                    label += f" {_title(script, part).lower()}"
            script.heading(part, label, bold)
            _part_body(script, part, targets[part], None, typed_numbers=part in ("2a", "3b"), **common)
            if rng.random() < 0.3:
                script.page_break()
    script.references(rng.choice(("References", "Reference list", "Bibliography")), bold, None)


def _cover_contents_sections(script: Script) -> None:
    """A cover page and a typed contents page with dotted tab leaders, then a section break; tasks in
    Heading 1 ("TASK ONE – ..."), parts in Heading 2 re-formatted by hand to black body-font bold ("Task1b –
    Current & future developments"); header and PAGE footer, a table, a figure, automatic bullets and an
    appendix after the references."""
    rng = script.rng
    font, size, line, margin = (*rng.choice((("Calibri", 11.0), ("Segoe UI", 10.5))), 1.15, 2.54)
    _setup(script, font, size, line, margin)
    doc = script.doc
    _style_heading(doc, "Heading 1", font, 16, "1F3864")
    _style_heading(doc, "Heading 2", font, 13, "2E74B5")
    targets = script.sizes(_capacity(size, line, margin))
    common = dict(paste=0.2, web=True, body_font=font, body_size=size, soft=0.08, double=0.1)
    # cover
    script.empty(4)
    for text, fmt in (
        ("CIM Level 6 Diploma in Professional Digital Marketing", Fmt(size=14)),
        ("Mastering Digital Channels (2206)", Fmt(size=24, bold=True)),
        (f"Personalisation report for {script.facts['org']}", Fmt(size=16)),
        ("", None),
        (f"Candidate number: {script.candidate}", Fmt(size=12)),
        (f"Submission date: {rng.randint(3, 28)} June 2024", Fmt(size=12)),
    ):
        script.plain(text, fmt).alignment = WD_ALIGN_PARAGRAPH.CENTER
    script.page_break()
    # typed contents
    script.plain("Contents", Fmt(size=16, bold=True))
    labels = {}
    titles = {}
    for part in PARTS:
        titles[part] = _title(script, part)
        labels[part] = rng.choice((f"Task{part}", f"Task {part}", f"Task {part[0]}{part[1].upper()}"))
    page = 3
    for part in PARTS:
        paragraph = script.plain(f"{labels[part]} – {titles[part]}", None)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        paragraph.add_run("\t" + str(page))
        page += rng.choice((0, 1, 1, 2))
    paragraph = script.plain("References", None)
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    paragraph.add_run(f"\t{page + 1}")
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    section.header.paragraphs[0].text = f"Candidate {script.candidate} | 2206 Mastering Digital Channels"
    _page_field(section.footer.paragraphs[0], "Page ")
    section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    words = ("ONE", "TWO", "THREE")
    for task, parts in (("1", ("1a", "1b", "1c")), ("2", ("2a", "2b")), ("3", ("3a", "3b"))):
        script.end_parts()
        script.plain(f"TASK {words[int(task) - 1]} – {_task_title(script, task).upper()}", None, "Heading 1")
        for part in parts:
            paragraph = script.heading(part, f"{labels[part]} – {titles[part]}", None, "Heading 2")
            for run in paragraph.runs:
                _apply(run, Fmt(font=font, size=12, color="000000"))
            extra = None
            if part == "2a":
                extra = lambda: script.table("plan", Fmt(font=font), Fmt(bold=True, size=10), True)  # noqa: E731
            if part == "2b":
                extra = lambda: script.figure(None, "Caption")  # noqa: E731
            if part == "3b":
                extra = lambda: script.table("risk", Fmt(font=font), Fmt(bold=True, size=10), True)  # noqa: E731
            _part_body(
                script,
                part,
                targets[part],
                None,
                bullets="List Bullet" if part in ("2a", "3a") else None,
                extra=extra,
                **common,
            )
        if task != "3":
            script.page_break()
    script.page_break()
    script.references("Reference List", None, None, "Heading 1")
    script.page_break()
    script.plain("Appendix 1 – Customer persona", None, "Heading 1")
    persona = script.fake.first_name()
    script.plain(
        f"{persona}, {rng.randint(27, 44)}, lives in {script.fake.city()} and shops mostly on mobile in the evening. "
        f"She follows {script.facts['org']} on Instagram & opens about a third of its emails.",
        None,
    )


def _web_paste_underlined(script: Script) -> None:
    """Verdana 10.5 with narrow margins; headings are Normal paragraphs, bold and underlined at 12 pt ("1.b",
    sometimes with a title); much of the text pasted from web pages (Helvetica/Segoe/Georgia, grey, shaded or
    highlighted); in-text hyperlinks and bare URLs; an empty paragraph after every paragraph."""
    rng = script.rng
    font, size, line, margin = "Verdana", 10.5, rng.choice((1.0, 1.15)), rng.choice((1.8, 2.0))
    _setup(script, font, size, line, margin, after=0)
    targets = script.sizes(_capacity(size, line, margin) * 3 // 4)
    common = dict(paste=0.4, web=True, body_font=font, body_size=size, soft=0.1, double=0.2, empty_between=True)
    head = Fmt(size=12, bold=True, underline=True)
    for task, parts in (("1", ("1a", "1b", "1c")), ("2", ("2a", "2b")), ("3", ("3a", "3b"))):
        script.end_parts()
        script.plain(f"Task {task}", Fmt(size=13, bold=True, underline=True))
        script.empty()
        for part in parts:
            label = f"{task}.{part[1]}"
            if rng.random() < 0.6:
                label += rng.choice((" ", " – ", ": ")) + _title(script, part)
            script.heading(part, label, head)
            script.empty()
            extra = None
            if part == "1c":
                extra = lambda: script.figure(Fmt(size=8, italic=True, color="595959"), None, "Fig.")  # noqa: E731
            _part_body(
                script,
                part,
                targets[part],
                None,
                sub=Fmt(bold=True, size=size) if part == "1a" else None,
                extra=extra,
                **common,
            )
        if task == "1":
            script.page_break()
    script.references("References", head, Fmt(font=font, size=9))


def _numbering_for_parts(script: Script) -> list[int]:
    """One abstract list "(a)" "(b)" ... tied to Heading 2, and one list instance per task so each restarts."""
    numbering = script.doc.part.numbering_part.element
    abstract_id = 1 + max(int(v) for v in numbering.xpath("./w:abstractNum/@w:abstractNumId"))
    num_start = 1 + max(int(v) for v in numbering.xpath("./w:num/@w:numId"))
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    fmt = script.rng.choice(("(%1)", "%1)", "%1."))
    abstract = docx.oxml.parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="{fmt}"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(abstract)
    ids = []
    for k in range(3):
        num_id = num_start + k
        numbering.append(
            docx.oxml.parse_xml(
                f'<w:num {w} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )
        ids.append(num_id)
    return ids


def _number(paragraph, num_id: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, numpr)


def _auto_numbered_headings(script: Script) -> None:
    """Task headings typed in Heading 1 ("Task 2: Conversion plan"); part headings in Heading 2 with Word's
    automatic list letters ("(a)", "b)"), so the label is not text; Cambria 12 at 1.5 lines; Heading 3
    sub-headings; a word-count line at the end of each task."""
    rng = script.rng
    font, size, line, margin = "Cambria", rng.choice((11.0, 12.0)), 1.5, 2.54
    _setup(script, font, size, line, margin, after=6)
    doc = script.doc
    _style_heading(doc, "Heading 1", font, 15, "000000")
    _style_heading(doc, "Heading 2", font, 13, "000000")
    _style_heading(doc, "Heading 3", font, size, "404040")
    doc.styles["Heading 3"].font.italic = True
    targets = script.sizes(_capacity(size, line, margin))
    common = dict(paste=0.25, web=rng.random() < 0.5, body_font=font, body_size=size, soft=0.1, double=0.15)
    nums = _numbering_for_parts(script)
    for t, (task, parts) in enumerate((("1", ("1a", "1b", "1c")), ("2", ("2a", "2b")), ("3", ("3a", "3b")))):
        script.end_parts()
        script.plain(f"Task {task}: {_task_title(script, task)}", None, "Heading 1")
        for part in parts:
            paragraph = script.heading(part, PART_TITLE_FOR_NUMBERED[part], None, "Heading 2")
            _number(paragraph, nums[t])
            _part_body(
                script,
                part,
                targets[part],
                None,
                sub_style="Heading 3" if part in SUBHEADINGS else None,
                bullets="List Bullet" if part == "2b" else None,
                **common,
            )
        script.end_parts()
        group = {"1": "task1-bc", "2": "task2-ab", "3": "task3-ab"}[task]
        script.word_count_line(group, Fmt(bold=True), "long")
        if task != "3" and rng.random() < 0.6:
            script.page_break()
    script.references("References", None, None, "Heading 1")


PART_TITLE_FOR_NUMBERED = {
    "1a": "Organisation overview",
    "1b": "Current and future developments in personalisation",
    "1c": "Personalising digital channels for one target segment",
    "2a": "Action plan to maximise conversion rates",
    "2b": "Personalised content and re-marketing",
    "3a": "Managing and implementing personalisation",
    "3b": "Three risks of implementing personalisation",
}


def _label_tab_title_shift_enter(script: Script) -> None:
    """No task headings; each part's heading is one Normal paragraph at 13 pt, a bold label, a tab and the
    title in plain type ("Task 1 (b):<tab>Current ..."), or the label alone; Arial 12 at 1.5 lines where
    Shift+Enter (often twice) separates what should be paragraphs; paragraphs pasted at 10.5 or 14 pt; a manual
    page break before each part; PAGE footer."""
    rng = script.rng
    font, size, line, margin = "Arial", 12.0, rng.choice((1.5, 1.3)), rng.choice((2.54, 2.2))
    _setup(script, font, size, line, margin, after=10)
    targets = script.sizes(_capacity(size, line, margin) * 3 // 4)
    common = dict(paste=0.3, web=False, body_font=font, body_size=size, soft=0.35, double=0.25)
    section = script.doc.sections[0]
    _page_field(section.footer.paragraphs[0])
    section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    script.plain(f"{script.facts['org']} – Mastering Digital Channels", Fmt(size=16, bold=True))
    script.plain(f"Candidate: {script.candidate}", Fmt(size=10))
    first = True
    for task, parts in (("1", ("1a", "1b", "1c")), ("2", ("2a", "2b")), ("3", ("3a", "3b"))):
        for part in parts:
            if not first:
                script.end_parts()
                script.page_break()
            first = False
            letter = part[1]
            label = rng.choice(
                (
                    f"Task {task} ({letter}):",
                    f"Task{task}{letter}",
                    f"{task}({letter})",
                    f"TASK {task} {letter.upper()}",
                )
            )
            bold = Fmt(size=13, bold=True)
            if rng.random() < 0.65:
                runs = [(label, bold), ("\t", None), (_title(script, part), Fmt(size=13))]
                script.heading(part, "", runs=runs)
            else:
                script.heading(part, label, bold)
            extra = None
            if part == "3b":
                extra = lambda: script.table("risk", Fmt(font=font), Fmt(italic=True, size=9), False)  # noqa: E731
            _part_body(script, part, targets[part], None, **common, extra=extra)
    script.end_parts()
    script.page_break()
    script.references("References", Fmt(size=13, bold=True), None)


BUILDERS = {
    "pasted_drafts_heading_styles": _pasted_drafts_heading_styles,
    "bold_big_normal_headings": _bold_big_normal_headings,
    "plain_bold_lowercase_labels": _plain_bold_lowercase_labels,
    "cover_contents_sections": _cover_contents_sections,
    "web_paste_underlined": _web_paste_underlined,
    "auto_numbered_headings": _auto_numbered_headings,
    "label_tab_title_shift_enter": _label_tab_title_shift_enter,
}


def build(index: int) -> tuple[bytes, Truth]:
    """Report ``index`` of the pool as DOCX bytes and its truth, counted as it was written."""
    script = Script(index)
    BUILDERS[script.layout](script)
    return script.save(), script.truth()
