"""Layout pool 21 (development data since stop 64): CIM 2206 reports that mix scripts and symbols in English text.

Written from the pool brief by a hand that has not read marker's readers. Quotations and brand names in French,
Spanish, Arabic, Chinese, Japanese and Korean sit inside English sentences, beside names with diacritics,
currency symbols, em dashes without spaces, ellipses, hashtags, @handles, URLs, emoji in quoted social posts
and a mix of smart and straight quotes. Words are counted as Microsoft Word counts them (``word_count`` below):
each Han character, hiragana, katakana and Hangul syllable is one word, and so is each mark of CJK punctuation
(、。「」！: Word counts them, as counts taken in Word show; the pool's writer had left them out, corrected at
stop 65), and everything else is a run of characters between spaces, so an emoji, a hashtag, a URL or two words joined
by an em dash are one word each. Truth is counted while the report is written.
"""

from __future__ import annotations

import io
import random
import unicodedata
import zipfile
from dataclasses import dataclass

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth

DESCRIPTION = (
    "Reports mixing scripts and symbols: French, Spanish, Arabic, Chinese, Japanese and Korean quotations and "
    "brand names in English text, diacritics, currency symbols, em dashes, ellipses, hashtags, @handles, URLs and "
    "emoji in quoted social posts; CJK characters counted one word each as Word counts them"
)
REPORTS = 24

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
MODULE = "CIM 2206 Mastering Digital Channels"


# --- counting, as Word counts ----------------------------------------------------------------------------------
def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF  # CJK unified ideographs
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x3040 <= o <= 0x309F  # hiragana
        or 0x30A0 <= o <= 0x30FA  # katakana (not the middle dot)
        or 0xAC00 <= o <= 0xD7A3  # Hangul syllables
    )


def _is_cjk_punct(ch: str) -> bool:
    o = ord(ch)
    return 0x3000 <= o <= 0x303F or o == 0x30FB or (0xFF00 <= o <= 0xFF65 and unicodedata.category(ch)[0] == "P")


def word_count(text: str) -> int:
    """Words as Word counts them: each CJK character (Han, kana, Hangul syllable) is a word, each mark of CJK
    punctuation is one too, and any other run of characters between spaces (or between CJK characters) is one word."""
    total = 0
    for token in text.split():
        if not any(_is_cjk(ch) or _is_cjk_punct(ch) for ch in token):
            total += 1
            continue
        run = ""
        for ch in token + "\u3000":
            if _is_cjk(ch) or _is_cjk_punct(ch):
                if run and any(unicodedata.category(c)[0] != "P" for c in run):
                    total += 1
                run = ""
                if ch != "\u3000":
                    total += 1
            else:
                run += ch
    return total


# --- organisations ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Org:
    name: str
    sector: str
    city: str
    native: str  # brand name in another script, as customers abroad see it
    native_lang: str
    handle: str
    site: str
    rivals: tuple[str, ...]
    currency: str
    motto: str  # a quotation in another language or script
    motto_gloss: str


ORGS = (
    Org(
        "Maison Célestine",
        "French premium skincare brand",
        "Lyon",
        "赛莱斯汀",
        "Chinese",
        "@maisoncelestine",
        "www.maison-celestine.fr",
        ("L'Occitane en Provence", "Nuxe", "Caudalie", "Yves Rocher"),
        "€",
        "«la beauté sur mesure»",
        "made-to-measure beauty",
    ),
    Org(
        "Sabores de Añil",
        "Spanish delicatessen and online grocer",
        "Sevilla",
        "サボレス",
        "Japanese",
        "@saboresdeanil",
        "https://saboresdeanil.es",
        ("El Corte Inglés Club del Gourmet", "Mercadona", "Ibérica Foods", "Delicias Núñez"),
        "€",
        "«¡Qué rico, qué cerca!»",
        "how tasty, how close",
    ),
    Org(
        "Nūr Home",
        "homeware retailer in the Gulf",
        "Dubai",
        "نور للمنزل",
        "Arabic",
        "@nurhome_ae",
        "https://nurhome.ae",
        ("Home Centre", "IKEA", "Pottery Barn Arabia", "Danube Home"),
        "AED ",
        "«أهلاً وسهلاً في بيتك»",
        "welcome to your home",
    ),
    Org(
        "Kōyō Tea House",
        "Japanese tea retailer based in London",
        "London",
        "紅葉茶房",
        "Japanese",
        "@koyotea_ldn",
        "https://koyotea.co.uk",
        ("Whittard of Chelsea", "Lupicia", "Jing Tea", "Postcard Teas"),
        "£",
        "「一期一会」",
        "one time, one meeting",
    ),
    Org(
        "Hanbit Beauty",
        "Korean cosmetics brand selling across Europe",
        "Manchester",
        "한빛 뷰티",
        "Korean",
        "@hanbitbeauty",
        "https://hanbitbeauty.eu",
        ("Innisfree", "Laneige", "The Body Shop", "Glossier"),
        "£",
        "「빛나는 피부」",
        "glowing skin",
    ),
    Org(
        "Zhēnbǎo Jewellery",
        "jewellery retailer with stores in Hong Kong and London",
        "Hong Kong",
        "珍寶珠寶",
        "Chinese",
        "@zhenbao.jewellery",
        "https://zhenbao.hk",
        ("Chow Tai Fook", "Pandora", "Swarovski", "Tiffany & Co."),
        "HK$",
        "「以客為尊」",
        "the customer is honoured",
    ),
)

CITES = {
    "chaffey": (
        "(Chaffey and Ellis-Chadwick, 2019)",
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson.",
    ),
    "kotler": (
        "(Kotler et al., 2021)",
        "Kotler, P., Kartajaya, H. and Setiawan, I. (2021) Marketing 5.0: technology for humanity. Hoboken: Wiley.",
    ),
    "ryan": ("(Ryan, 2016)", "Ryan, D. (2016) Understanding digital marketing. 4th edn. London: Kogan Page."),
    "perez": (
        "(Pérez-Núñez and Gómez, 2021)",
        "Pérez-Núñez, A. and Gómez, L. (2021) 'Personalización y "
        "confianza en el comercio electrónico', Revista Española de Marketing, 25(2), pp. 41–63.",
    ),
    "muller": ("(Müller, 2018)", "Müller, J. (2018) Datenschutz im Marketing. München: C.H. Beck."),
    "ostergaard": (
        "(Østergaard, 2020)",
        "Østergaard, M. (2020) 'Micro-moments and mobile intent', Journal of Interactive Marketing, 49, pp. 12–27.",
    ),
    "tanaka": (
        "(Tanaka and Sato, 2022)",
        "Tanaka, Y. and Sato, H. (2022) 'Omotenashi online: hospitality "
        "and personalisation in Japanese e-commerce', Asia Pacific Journal of Marketing, 34(5), pp. "
        "1021–1040.",
    ),
    "mckinsey": (
        "(McKinsey & Company, 2021)",
        "McKinsey & Company (2021) The value of getting personalization "
        "right—or wrong—is multiplying. Available at: https://www.mckinsey.com/ (Accessed: 3 March "
        "2023).",
    ),
    "ico": (
        "(ICO, 2022)",
        "ICO (2022) Guide to the UK General Data Protection Regulation (UK GDPR). Available "
        "at: https://ico.org.uk/for-organisations/ (Accessed: 10 March 2023).",
    ),
    "google": (
        "(Google, 2019)",
        "Google (2019) Micro-moments: your guide to winning the shift to mobile. "
        "Available at: https://www.thinkwithgoogle.com/ (Accessed: 1 March 2023).",
    ),
    "alami": (
        "(Al-Amin and Haddad, 2020)",
        "Al-Amin, S. and Haddad, R. (2020) 'Arabic-language content and "
        "trust in Gulf e-commerce', Journal of Islamic Marketing, 11(6), pp. 1533–1550.",
    ),
}

# Sentences per part. Placeholders: {org} {native} {city} {rival} {rival2} {cur} {money} {pct} {pct2} {n}
# {handle} {site} {motto} {gloss} {year} {c1} {c2} {person} {sector}
COMMON = (
    "As {n1} argue, personalisation is “the right message, to the right person, at the right time”—a phrase "
    "that sounds simple but is hard to deliver.",
    "The brand’s motto {motto} (“{gloss}”) already promises a personal experience, yet the digital channels "
    "rarely keep that promise.",
    "In {native_lang} markets the brand trades as {native}, which means search and social data sit in two "
    "separate accounts… and rarely meet.",
    "Research suggests that {pct}% of shoppers expect brands to recognise them across channels {c2}.",
    "Customers who see a tailored offer spend on average {cur}{money} per order, against {cur}{money2} for "
    "those who do not.",
    '{person}, the head of e-commerce, admits that "we know a lot about our customers but we don\'t use it".',
    "Competitors such as {rival} and {rival2} have moved faster—both now show recommended products on the home "
    "page {c1}.",
    "The website ({site}) receives roughly {n},000 visits a month, {pct}% of them from mobile devices.",
    "A quick test in {city} showed that a French-language landing page («Découvrez votre sélection») lifted "
    "clicks by {pct2}% among francophone visitors.",
    "Prices shown as {cur}{money}, US${money2} or ¥{n3},000 depending on the visitor’s location confuse "
    "customers when the currency changes at checkout.",
    "Staff at the {city} flagship often hear “Is this the same as on the website?”—a sign that channels feel "
    "disconnected.",
    "The {native_lang} version of the site, {native}, was last updated in {year}, and its product copy is "
    "still machine-translated.",
    "On Instagram, {handle} has {n2},000 followers, and the hashtag #{tag} appears in about {n3} posts a week.",
)

SENTENCES = {
    "1a": (
        "{org} is a {sector} founded in {city} in {founded}, with about {staff} employees and a turnover of "
        "{cur}{turnover} million.",
        "Its range covers {products}, sold through {stores} stores, the website {site} and marketplaces.",
        "The main competitors are {rival}, {rival2} and {rival3}, each with stronger loyalty programmes.",
        "Abroad the brand is known as {native}, and {pct}% of online orders now come from outside {city}.",
        "The customer base is mostly women aged 25–44 with above-average incomes; around {pct2}% are repeat buyers.",
        "Personalisation is at an early stage of maturity: emails are segmented by country only, and the app "
        "greets everyone with the same “Bonjour!” or “Hello!” banner.",
        "Customer data sits in three systems—the till, the web shop and the email platform—which do not share a "
        "single customer ID.",
        "The brand’s motto {motto} is printed on every bag, and loyal customers quote it back on social media.",
        "Using Chaffey and Ellis-Chadwick’s (2019) maturity model, {org} sits at level two of five.",
    ),
    "1b": (
        "Current developments centre on recommendation engines, dynamic email content and location-based offers {c1}.",
        "Basic personalisation—first name in a subject line—no longer impresses; customers expect relevance, "
        "not flattery.",
        "Rule-based segmentation is cheap and transparent, but it cannot react to behaviour in real time.",
        "Machine learning allows offers to change within milliseconds of a click, yet it needs clean first-party "
        "data {c2}.",
        "Voice assistants and conversational commerce are growing fast: in Japan, LINE shops greet users with "
        "「いらっしゃいませ」 before a single product is shown.",
        "Chinese platforms such as 天猫 (Tmall) and 小红书 (Xiaohongshu) already personalise every feed, setting "
        "expectations for shoppers who travel.",
        "The end of third-party cookies will push {org} towards consent-based data and zero-party data collected "
        "through quizzes and preference centres.",
        "Generative AI could write product copy in French, Spanish or Arabic on the fly… but mistakes in tone "
        "would be costly.",
        "For senior management the strategic question is not whether to personalise but how far—and at what "
        "cost to trust.",
        "Hyper-personalisation promises a “segment of one”, although {n1} warn that the returns fall once the "
        "data become intrusive.",
        "A pragmatic path would start with behavioural triggers and move to predictive models within 18–24 months.",
        "Future developments such as augmented-reality try-ons and visual search will reward brands with rich "
        "product data.",
    ),
    "1c": (
        "The chosen segment is the “digital regular”: customers aged 25–34 who buy at least four times a year "
        "and use the app.",
        "Good practice can be seen at Sephora, whose app remembers shade matches and suggests refills at the "
        "right moment {c2}.",
        "Bad practice is just as instructive: one rival sent a “Happy Birthday, {{FirstName}}!” email to "
        "thousands of customers in 2022.",
        "Uniqlo’s Japanese site ユニクロ greets returning visitors by size and store, a simple but effective touch.",
        "Spotify Wrapped shows how data can become content that customers want to share—#Wrapped trended in more "
        "than 100 countries.",
        "Poor personalisation often fails because the data are stale: recommending a kettle a week after one was "
        "bought annoys rather than helps.",
        "For this segment, the email, app and Instagram channels matter most, and each must recognise the same "
        "customer {c1}.",
        "The segment values speed and tone; a Spanish customer expects “¡Hola, Lucía!” rather than a stiff "
        "“Dear Customer”.",
        "Success would be measured through click-through rate, repeat purchase rate and net promoter score.",
        "My own experience of ordering from Zalando was mixed: the recommendations were good, but the same "
        "jacket followed me for weeks.",
        "Data needed include purchase history, preferred language, size, store and consent status for each channel.",
    ),
    "2a": (
        "The action plan focuses on two channels: the mobile app and email, because together they drive {pct}% "
        "of online revenue.",
        "The goal is to raise the app conversion rate from {low}% to {high}% within twelve months.",
        "Google’s micro-moments—I want to know, I want to go, I want to buy—frame the journey {c2}.",
        "In the awareness stage, the app would show content in the customer’s chosen language: English, "
        "français, español or {native_lang}.",
        "At consideration, saved baskets and price-drop alerts would nudge the digital regular towards purchase.",
        "Email triggers would fire within 30 minutes of an abandoned basket worth more than {cur}{money}.",
        "Existing data from the loyalty scheme—about {n2},000 members—would seed the first models.",
        "An online community, built around the hashtag #{tag}, would move conversation from broadcast to dialogue.",
        "Key metrics are conversion rate, average order value, email revenue per send and app retention at day 30.",
        "Phase one (months 1–3) cleans the data; phase two (months 4–8) launches triggers; phase three tests and "
        "scales.",
        "The budget of {cur}{budget},000 covers a customer data platform, agency support and training.",
        "Success will be reviewed monthly by the steering group using a shared dashboard {c1}.",
    ),
    "2b": (
        "Content in the app would change with the customer’s history: a first-time buyer sees guides, a regular "
        "sees new arrivals.",
        "Dynamic email blocks would show products that similar customers bought in the last 14 days {c2}.",
        "Re-marketing on Instagram and Facebook would target visitors who left the checkout, with a cap of "
        "three impressions a day.",
        "Sequential re-marketing tells a story: day one shows the product, day three a review, day seven a "
        "small offer.",
        "For customers who read {native_lang}, ads would use the brand name {native} and native copy rather than "
        "machine translation.",
        "User-generated content is powerful: reposting a customer’s photo with credit to their @handle builds "
        "trust {c1}.",
        "Content must stay simple; too many “you may also like…” carousels overwhelm rather than help.",
        "Seasonal moments differ by market—Ramadan, 春节 (Spring Festival), Black Friday—so the content calendar "
        "must be local.",
        "Search re-marketing lists would raise bids for past customers searching for the brand or its rivals.",
        "A/B tests would compare personalised and generic subject lines, with the winner sent to the rest of the list.",
    ),
    "3a": (
        "Personalisation should be managed by a small cross-functional team led by the head of e-commerce.",
        "Internal skills are limited, so an agency would support the first year while staff are trained {c2}.",
        "Owned channels—app, email, website—should be personalised first, because {org} controls the data.",
        "Paid channels need careful audience rules, while earned channels such as reviews can only be "
        "encouraged, not controlled.",
        "A basic implementation uses rules and segments; an advanced one adds predictive scoring and real-time "
        "decisioning.",
        "Mobile must come first: {pct}% of sessions start on a phone, often in the store itself.",
        "Advanced tracking through server-side tagging would protect data quality as browsers block cookies.",
        "The customer data platform should hold one ID per customer, linking web, app, till and customer service {c1}.",
        "Scalability matters: what works for {city} must also work for customers who shop in {native_lang}.",
        "The recommendation is justified by the gap between customers’ expectations and {org}’s present capability.",
        "Governance would include a monthly review of models, a test-and-learn budget and clear ownership of "
        "each channel.",
    ),
    "3b": (
        "The first risk is legal: the UK GDPR and the EU GDPR require a lawful basis and clear consent for "
        "profiling {c2}.",
        "A breach could cost up to 4% of global turnover, and the reputational damage would last far longer.",
        "The second risk is the “creepy line”: customers welcome relevance but reject offers that reveal too much.",
        "Target’s pregnancy predictions remain the classic warning—accurate, yet deeply unwelcome.",
        "The third risk is automation: models trained on biased data may exclude customers or repeat mistakes "
        "at scale {c1}.",
        "Cross-border data transfers add complexity when customers in {city} and abroad share one platform.",
        "Mitigation includes privacy by design, a preference centre and regular audits of every model.",
        "Transparency builds trust: a short note such as “Why am I seeing this?” explains each recommendation.",
        "Each risk has been scored for likelihood and impact, and the legal risk is rated highest.",
        "Senior management should agree a policy on which data will never be used, such as health or religion.",
    ),
}

SUBHEADINGS = {
    "1a": ("Organisation name", "Organisation information", "Specific background"),
    "1b": ("Current developments", "Future developments", "Implications for strategy"),
    "1c": ("The segment", "Good practice", "Bad practice", "Data required"),
    "2a": ("Goals and metrics", "Customer journey", "Online community", "Timeline"),
    "2b": ("App content", "Email content", "Re-marketing"),
    "3a": ("Resources and skills", "Paid, owned and earned", "Data and tracking"),
    "3b": ("Risk 1: legal compliance", "Risk 2: intrusiveness", "Risk 3: automation"),
}

POSTS = (
    "“Just got my order from {handle} 😍 the handwritten note was 💯 #happycustomer #{tag}”",
    '"Why does the app keep showing me things I already bought?? 🙄 {handle} sort it out"',
    "“¡Me encanta! Pedido en 24h y con mi nombre en la caja 🎁 {handle} #{tag}”",
    "“Merci {handle} pour le petit cadeau… vraiment sur mesure ✨ #{tag}”",
    "“Loved the recommendation—spot on for once 👏 {handle}”",
    '"Third email today, unsubscribing 😤 {handle} #spam"',
    "“届いた！ありがとう {handle} 🍵 #{tag}”",
    "“شكراً {handle} التوصيل كان سريع 👍 #{tag}”",
    "“좋아요 {handle} 💕 #{tag}”",
)

BULLETS = {
    "1b": (
        "Recommendation engines: strong return, but need clean data {c1}.",
        "Dynamic email content: quick win, low cost.",
        "Location-based offers: useful in {city}, risky for privacy.",
        "Conversational commerce: growing fast in Asia—WeChat, LINE, KakaoTalk.",
    ),
    "2a": (
        "Goal 1: raise app conversion from {low}% to {high}% by month 12.",
        "Goal 2: lift email revenue per send by 15%.",
        "Goal 3: grow the #{tag} community to {n2},000 members.",
        "Goal 4: cut basket abandonment by a fifth.",
    ),
    "3b": (
        "Legal: likelihood medium, impact high—mitigate with consent and audits.",
        "Intrusiveness: likelihood high, impact medium—mitigate with clear limits.",
        "Automation: likelihood medium, impact medium—mitigate with human review.",
    ),
}

PRODUCTS = (
    "skincare, gifts and refills",
    "hampers, olive oil and jamón ibérico",
    "furniture, textiles and lighting",
    "matcha, sencha and teaware",
    "serums, masks and sun care",
    "rings, necklaces and jade",
)


# --- layouts ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Style:
    name: str
    font: str
    size: float
    spacing: float
    margin_cm: float
    label: str  # how parts are labelled
    with_title: bool
    heading: str  # "styles", "bold", "caps"
    task_headings: bool
    cover: bool
    contents: bool
    footnotes: bool
    table: bool
    posts: bool
    bullets: str  # "auto", "typed", "none"
    header: bool
    footer: str  # "", "page", "page_of"


LAYOUTS = (
    Style(
        "lyon_heading_styles",
        "Times New Roman",
        12,
        1.5,
        2.54,
        "paren",
        True,
        "styles",
        True,
        True,
        False,
        True,
        True,
        True,
        "auto",
        True,
        "page",
    ),
    Style(
        "tokyo_bold_colon",
        "Calibri",
        11,
        1.0,
        2.0,
        "colon",
        True,
        "bold",
        False,
        False,
        False,
        False,
        True,
        True,
        "none",
        False,
        "page_of",
    ),
    Style(
        "madrid_bare_numbers",
        "Arial",
        10.5,
        1.15,
        2.2,
        "bare",
        False,
        "styles",
        True,
        False,
        False,
        True,
        False,
        True,
        "auto",
        True,
        "page",
    ),
    Style(
        "dubai_caps_words",
        "Georgia",
        12,
        2.0,
        2.54,
        "words",
        True,
        "caps",
        True,
        True,
        False,
        False,
        True,
        True,
        "typed",
        False,
        "page",
    ),
    Style(
        "seoul_cover_contents",
        "Cambria",
        13,
        1.5,
        3.0,
        "words",
        False,
        "styles",
        False,
        True,
        True,
        True,
        True,
        False,
        "auto",
        True,
        "page_of",
    ),
    Style(
        "hongkong_big_underlined",
        "Garamond",
        14,
        1.15,
        2.54,
        "paren",
        False,
        "underline",
        True,
        False,
        False,
        True,
        False,
        True,
        "typed",
        True,
        "",
    ),
)

WORD_NUMBERS = {"1": "One", "2": "Two", "3": "Three"}
TASK_NAMES = {
    "1": "Personalisation in digital channels",
    "2": "Conversion and content",
    "3": "Managing personalisation and its risks",
}


def part_label(style: Style, part: str) -> str:
    task, letter = part[0], part[1]
    if style.label == "paren":
        label = f"Task {task} ({letter})"
    elif style.label == "colon":
        label = f"Task {task}{letter}:"
    elif style.label == "bare":
        label = f"{task}{letter}."
    else:
        label = f"Task {WORD_NUMBERS[task]} – Part {letter.upper()}"
    if style.with_title:
        title = PART_TITLES[part]
        label = f"{label} {title}" if style.label == "colon" else f"{label} – {title}"
    if style.heading == "caps":
        label = label.upper()
    return label


def narrative(cite: str) -> str:
    """'(Ryan, 2016)' as a sentence names it: 'Ryan (2016)'."""
    author, year = cite[1:-1].rsplit(", ", 1)
    return f"{author} ({year})"


# --- writing ---------------------------------------------------------------------------------------------------
class Writer:
    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(2100 + index)
        self.style = LAYOUTS[index % len(LAYOUTS)]
        self.org = ORGS[(index * 5 + index // len(LAYOUTS)) % len(ORGS)]
        faker = Faker(["fr_FR", "es_ES", "en_GB"])
        faker.seed_instance(index)
        self.person = faker.name()
        self.candidate = f"{self.rng.randint(1000000, 9999999)}"
        self.document = docx.Document()
        self.part_words: dict[str, int] = {}
        self.headings: dict[str, str] = {}
        self.part: str | None = None
        self.footnotes: list[str] = []
        self.used_cites: set[str] = set()
        self.facts = {
            "founded": self.rng.randint(1962, 2012),
            "staff": self.rng.randint(60, 900),
            "turnover": f"{self.rng.randint(8, 140)}.{self.rng.randint(1, 9)}",
            "stores": self.rng.randint(3, 48),
            "n": self.rng.randint(40, 420),
        }
        self.tag = self.org.handle.lstrip("@").replace(".", "").replace("_", "").capitalize()
        rivals = list(self.org.rivals)
        self.rng.shuffle(rivals)
        self.rivals = rivals
        self.setup()

    # -- formatting
    def setup(self) -> None:
        s = self.style
        normal = self.document.styles["Normal"]
        normal.font.name = s.font
        normal.font.size = Pt(s.size)
        rpr = normal.element.get_or_add_rPr()
        rpr.rFonts.set(qn("w:eastAsia"), "MS Mincho" if self.org.native_lang == "Japanese" else "SimSun")
        normal.paragraph_format.line_spacing = s.spacing
        normal.paragraph_format.space_after = Pt(6 if s.spacing < 1.5 else 0)
        for level, size in ((1, s.size + 4), (2, s.size + 2), (3, s.size)):
            heading = self.document.styles[f"Heading {level}"]
            heading.font.name = s.font
            heading.font.size = Pt(size)
            heading.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            if level == 3:
                heading.font.italic = True
        section = self.document.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(s.margin_cm))
        if s.header:
            header = section.header.paragraphs[0]
            header.text = f"{MODULE} — Candidate {self.candidate}"
            header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if s.footer:
            footer = section.footer.paragraphs[0]
            footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
            footer.add_run("Page ")
            self.field(footer, "PAGE", "1")
            if s.footer == "page_of":
                footer.add_run(" of ")
                self.field(footer, "NUMPAGES", "9")

    @staticmethod
    def field(paragraph, instruction: str, shown: str) -> None:
        paragraph._p.append(
            parse_xml(
                f'<w:fldSimple {nsdecls("w")} w:instr=" {instruction} \\* MERGEFORMAT ">'
                f"<w:r><w:t>{shown}</w:t></w:r></w:fldSimple>"
            )
        )

    def fill(self, template: str) -> str:
        rng = self.rng
        cites = list(CITES)
        c1, c2 = rng.sample(cites, 2)
        if "{c1}" in template or "{n1}" in template:
            self.used_cites.add(c1)
        if "{c2}" in template:
            self.used_cites.add(c2)
        low = rng.randint(18, 32) / 10
        values = {
            "org": self.org.name,
            "native": self.org.native,
            "native_lang": self.org.native_lang,
            "city": self.org.city,
            "rival": self.rivals[0],
            "rival2": self.rivals[1],
            "rival3": self.rivals[2],
            "cur": self.org.currency,
            "money": f"{rng.randint(40, 180)}",
            "money2": f"{rng.randint(25, 39)}.{rng.randint(10, 99)}",
            "pct": rng.randint(22, 71),
            "pct2": rng.randint(30, 60),
            "n2": rng.randint(5, 90),
            "n3": rng.randint(30, 400),
            "handle": self.org.handle,
            "site": self.org.site,
            "motto": self.org.motto,
            "gloss": self.org.motto_gloss,
            "year": rng.randint(2019, 2023),
            "person": self.person,
            "sector": self.org.sector,
            "products": PRODUCTS[ORGS.index(self.org)],
            "tag": self.tag,
            "low": f"{low:.1f}",
            "high": f"{low + rng.randint(6, 15) / 10:.1f}",
            "budget": rng.randint(60, 350),
            "c1": CITES[c1][0],
            "n1": narrative(CITES[c1][0]),
            "c2": CITES[c2][0],
        }
        values.update(self.facts)
        return template.format(**values)

    def heading(self, text: str, level: int) -> None:
        s = self.style
        if s.heading == "styles":
            self.document.add_heading(text, level=level)
            return
        p = self.document.add_paragraph()
        run = p.add_run(text)
        run.bold = level < 3 or s.heading != "underline"
        size = {1: s.size + 3, 2: s.size + 1.5, 3: s.size}[level]
        run.font.size = Pt(size)
        if level == 3:
            run.italic = True
            run.bold = False
        if s.heading == "underline" and level == 2:
            run.underline = True
        if level == 1 and s.heading == "caps":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(12 if level < 3 else 6)
        p.paragraph_format.keep_with_next = True

    def body(self, text: str, counted: bool = True, indent: bool = False, italic: bool = False):
        p = self.document.add_paragraph()
        run = p.add_run(text)
        if italic:
            run.italic = True
        if indent:
            p.paragraph_format.left_indent = Cm(1.25)
            p.paragraph_format.right_indent = Cm(1.0)
        if counted:
            self.count(text)
        return p

    def count(self, text: str) -> None:
        assert self.part is not None
        self.part_words[self.part] = self.part_words.get(self.part, 0) + word_count(text)

    def footnote(self, paragraph, text: str) -> None:
        """A footnote mark against the paragraph's last word (no space before it)."""
        self.footnotes.append(text)
        run = paragraph.add_run()
        rpr = OxmlElement("w:rPr")
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        run._r.append(rpr)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(len(self.footnotes)))
        run._r.append(ref)

    # -- content
    def paragraph_text(self, part: str, n: int, pool: list[str]) -> str:
        sentences = []
        for _ in range(n):
            if not pool:
                pool.extend(SENTENCES[part][1:] + COMMON if part == "1a" else SENTENCES[part] + COMMON)
                self.rng.shuffle(pool)
            sentences.append(self.fill(pool.pop()))
        return " ".join(sentences)

    def write_part(self, part: str, target: int) -> None:
        self.part = part
        self.part_words[part] = 0
        s = self.style
        label = part_label(s, part)
        self.headings[part] = label
        self.heading(label, 2)
        pool: list[str] = list(SENTENCES[part][1:] + COMMON if part == "1a" else SENTENCES[part] + COMMON)
        self.rng.shuffle(pool)
        subs = list(SUBHEADINGS[part])
        extras = []
        if (s.posts and part in ("1c", "2b")) or (s.posts and part == "3b" and self.index % 2):
            extras.append("post")
        if s.bullets != "none" and part in BULLETS:
            extras.append("bullets")
        if s.table and part == ("1c" if self.index % 2 else "2b"):
            extras.append("table")
        if s.footnotes and part in ("1b", "2a", "3b"):
            extras.append("footnote")
        self.rng.shuffle(extras)
        paragraphs = 0
        while self.part_words[part] < target:
            if subs and ((paragraphs == 0 and part == "1a") or (paragraphs and self.rng.random() < 0.3)):
                self.heading(subs.pop(0), 3)
            remaining = target - self.part_words[part]
            n = self.rng.randint(2, 5)
            if part == "1a" and paragraphs == 0:
                pool.append(SENTENCES["1a"][0])
                n = 1
            text = self.paragraph_text(part, n, pool)
            if word_count(text) > remaining + 25 and paragraphs:
                text = self.paragraph_text(part, 1, pool)
            p = self.body(text)
            paragraphs += 1
            if extras and paragraphs >= 2 and self.rng.random() < 0.6:
                self.extra(part, extras.pop(), p)
        for extra in extras:
            if extra != "footnote":
                self.extra(part, extra, None)
                if extra in ("post", "bullets"):
                    self.body(self.paragraph_text(part, 1, pool))

    def extra(self, part: str, kind: str, last) -> None:
        s = self.style
        if kind == "footnote":
            if last is None:
                return
            sites = (
                f"See {self.org.site}/privacy (accessed 2 March 2023).",
                "https://www.thinkwithgoogle.com/consumer-insights/ — figures for 2019.",
                "Figures from the company’s annual report; see https://ico.org.uk/ for the legal position.",
            )
            self.footnote(last, self.rng.choice(sites))
        elif kind == "post":
            intro = self.fill("Typical posts tagging {handle} show both sides of the experience:")
            self.body(intro)
            for template in self.rng.sample(POSTS, 2):
                self.body(self.fill(template), indent=True, italic=True)
        elif kind == "bullets":
            items = [self.fill(t) for t in BULLETS[part]]
            for number, item in enumerate(items, 1):
                if s.bullets == "auto":
                    p = self.document.add_paragraph(style="List Number" if part == "2a" else "List Bullet")
                    p.add_run(item)
                    self.count(item)
                else:
                    self.body(f"{number}. {item}")
        elif kind == "table":
            caption = self.document.add_paragraph()
            caption.add_run(f"Table 1: {self.org.name} and its rivals across markets").italic = True
            rows = [
                ("Brand", "Local name", "Market", "Handle"),
                (self.org.name, self.org.native, self.org.city, self.org.handle),
                ("Uniqlo", "ユニクロ", "Japan", "@uniqlo"),
                ("Carrefour", "家乐福", "China", "@carrefour"),
                ("Amazon", "أمازون", "UAE", "@amazon_ae"),
                ("Olive Young", "올리브영", "Korea", "@oliveyoung"),
                ("El Corte Inglés", "El Corte Inglés", "Spain", "@elcorteingles"),
            ]
            table = self.document.add_table(rows=len(rows), cols=4)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = value
                    if r == 0:
                        cell.paragraphs[0].runs[0].bold = True

    def cover(self, total: int) -> None:
        s = self.style
        for _ in range(4):
            self.document.add_paragraph()
        title = self.document.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = title.add_run("Mastering Digital Channels (2206)")
        run.bold = True
        run.font.size = Pt(s.size + 10)
        for line in (
            f"Personalisation report for {self.org.name} ({self.org.native})",
            "CIM Level 6 Digital Diploma in Professional Marketing",
            f"Candidate number: {self.candidate}",
            f"Word count: {total:,}",
        ):
            p = self.document.add_paragraph(line)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.page_break()
        if s.contents:
            p = self.document.add_paragraph()
            r = p.add_run("Contents")
            r.bold = True
            r.font.size = Pt(s.size + 3)
            page = 3
            for part in PARTS:
                label = part_label(s, part)
                entry = label if s.with_title else f"{label} {PART_TITLES[part]}"
                line = self.document.add_paragraph(f"{entry}\t{page}")
                line.paragraph_format.tab_stops.add_tab_stop(Cm(15), alignment=2, leader=1)
                page += 1 if part != "1a" else 0
            self.document.add_paragraph(f"References\t{page}").paragraph_format.tab_stops.add_tab_stop(
                Cm(15), alignment=2, leader=1
            )
            self.page_break()

    def page_break(self) -> None:
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def references(self) -> None:
        self.part = None
        self.heading("References", 1 if self.style.task_headings else 2)
        keys = sorted(self.used_cites | {"chaffey", "google"}, key=lambda k: CITES[k][1])
        for key in keys:
            p = self.document.add_paragraph(CITES[key][1])
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)

    def targets(self) -> dict[str, int]:
        rng = self.rng
        small = self.style.size < 13 and self.style.spacing < 1.5
        targets = {"1a": rng.randint(170, 280) if small else rng.randint(130, 190)}
        limits = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
        for group, parts in LIMIT_GROUPS.items():
            kind = rng.choice(("under", "near", "near", "over"))
            factor = {"under": rng.uniform(0.6, 0.8), "near": rng.uniform(0.88, 1.0), "over": rng.uniform(1.03, 1.09)}[
                kind
            ]
            total = limits[group] * factor
            share = rng.uniform(0.42, 0.58)
            targets[parts[0]] = int(total * share)
            targets[parts[1]] = int(total * (1 - share))
        return targets

    def build(self) -> tuple[bytes, Truth]:
        targets = self.targets()
        s = self.style
        if s.cover:
            self.cover(sum(targets.values()) - targets["1a"] + self.rng.randint(-40, 40))
        for part in PARTS:
            task = part[0]
            if s.task_headings and part[1] == "a":
                name = f"Task {WORD_NUMBERS[task]}" if s.label == "words" else f"Task {task}"
                text = f"{name}: {TASK_NAMES[task]}"
                self.heading(text.upper() if s.heading == "caps" else text, 1)
            self.write_part(part, targets[part])
            if part == "1a" and s.cover:
                self.page_break()
        self.references()
        buffer = io.BytesIO()
        self.document.save(buffer)
        data = add_footnotes(buffer.getvalue(), self.footnotes, s.size)
        group_words = {group: sum(self.part_words[p] for p in parts) for group, parts in LIMIT_GROUPS.items()}
        truth = Truth(
            name="",
            seed=self.index,
            layout=s.name,
            split="",
            part_words=dict(self.part_words),
            group_words=group_words,
            words_all=sum(self.part_words.values()),
            headings=dict(self.headings),
        )
        return data, truth


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_footnotes(data: bytes, notes: list[str], size: float) -> bytes:
    """Add word/footnotes.xml with the notes (python-docx has no footnote API)."""
    if not notes:
        return data
    half_points = int((size - 2) * 2)
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote>",
    ]
    for number, note in enumerate(notes, 1):
        body.append(
            f'<w:footnote w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
            f'<w:sz w:val="{half_points}"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="{half_points}"/>'
            f'</w:rPr><w:t xml:space="preserve"> {_esc(note)}</w:t></w:r></w:p></w:footnote>'
        )
    footnotes = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
    footnotes += "".join(body) + "</w:footnotes>"
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                    b'officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFootnotes1" Type="http://schemas.openxmlformats.org/officeDocument/'
                    b'2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
                )
            target.writestr(item, content)
        target.writestr("word/footnotes.xml", footnotes.encode("utf-8"))
    return out.getvalue()


def build(index: int) -> tuple[bytes, Truth]:
    return Writer(index).build()
