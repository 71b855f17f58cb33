"""Layout pool 26 (development data since stop 65): CIM 2206 reports written in Word set to another language by
candidates studying in English abroad. Built-in styles carry their localised style ids (berschrift1, Titre1, Ttulo1,
Kop1, Nagwek1, Rubrik1) and, in some layouts, their localised names; captions are numbered "Abbildung 1",
"Tableau 2" or "Figura 3"; contents pages are titled in the local language; figures use decimal commas; the
paper is A4 and fonts and spacing follow the locale's defaults. The answer itself is in English.

Truth is counted while each paragraph is written, under the 2206 word-count policy: body paragraphs and list
items count; headings, sub-headings, tables, captions, footnotes, headers and footers, the cover, the contents,
word-count lines, the reference list and appendices do not.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import dataclass

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor
from faker import Faker
from lxml import etree
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports from Word set to other languages (German, French, Spanish, Dutch, Polish, Swedish): localised "
    "built-in style ids and names, local captions and contents titles, decimal commas, A4, answers in English"
)
REPORTS = 28

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WNS = f'xmlns:w="{W}"'
PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")

# Word's localised style ids (the display name with characters outside ASCII letters dropped) and names.
LOCALES: dict[str, dict] = {
    "de": {
        "faker": "de_DE",
        "lang": "de-DE",
        "ids": {
            "Normal": ("Standard", "Standard"),
            "Heading1": ("berschrift1", "Überschrift 1"),
            "Heading2": ("berschrift2", "Überschrift 2"),
            "Heading3": ("berschrift3", "Überschrift 3"),
            "Heading1Char": ("berschrift1Zchn", "Überschrift 1 Zchn"),
            "Heading2Char": ("berschrift2Zchn", "Überschrift 2 Zchn"),
            "Heading3Char": ("berschrift3Zchn", "Überschrift 3 Zchn"),
            "Title": ("Titel", "Titel"),
            "Subtitle": ("Untertitel", "Untertitel"),
            "Caption": ("Beschriftung", "Beschriftung"),
            "ListBullet": ("Aufzhlungszeichen", "Aufzählungszeichen"),
            "ListNumber": ("Listennummer", "Listennummer"),
            "ListParagraph": ("Listenabsatz", "Listenabsatz"),
            "TableGrid": ("Tabellenraster", "Tabellenraster"),
            "Header": ("Kopfzeile", "Kopfzeile"),
            "Footer": ("Fuzeile", "Fußzeile"),
            "FootnoteText": ("Funotentext", "Fußnotentext"),
            "FootnoteReference": ("Funotenzeichen", "Fußnotenzeichen"),
            "TOC1": ("Verzeichnis1", "Verzeichnis 1"),
            "TOC2": ("Verzeichnis2", "Verzeichnis 2"),
            "TOCHeading": ("Inhaltsverzeichnisberschrift", "Inhaltsverzeichnisüberschrift"),
        },
        "figure": "Abbildung",
        "table": "Tabelle",
        "contents": "Inhaltsverzeichnis",
        "page": "Seite",
        "of": "von",
        "thousands": ".",
        "pct": " %",
    },
    "fr": {
        "faker": "fr_FR",
        "lang": "fr-FR",
        "ids": {
            "Normal": ("Normal", "Normal"),
            "Heading1": ("Titre1", "Titre 1"),
            "Heading2": ("Titre2", "Titre 2"),
            "Heading3": ("Titre3", "Titre 3"),
            "Heading1Char": ("Titre1Car", "Titre 1 Car"),
            "Heading2Char": ("Titre2Car", "Titre 2 Car"),
            "Heading3Char": ("Titre3Car", "Titre 3 Car"),
            "Title": ("Titre", "Titre"),
            "Subtitle": ("Sous-titre", "Sous-titre"),
            "Caption": ("Lgende", "Légende"),
            "ListBullet": ("Listepuces", "Liste à puces"),
            "ListNumber": ("Listenumros", "Liste à numéros"),
            "ListParagraph": ("Paragraphedeliste", "Paragraphe de liste"),
            "TableGrid": ("Grilledutableau", "Grille du tableau"),
            "Header": ("En-tte", "En-tête"),
            "Footer": ("Pieddepage", "Pied de page"),
            "FootnoteText": ("Notedebasdepage", "Note de bas de page"),
            "FootnoteReference": ("Appelnotedebasdep", "Appel note de bas de p."),
            "TOC1": ("TM1", "TM 1"),
            "TOC2": ("TM2", "TM 2"),
            "TOCHeading": ("En-ttedetabledesmatires", "En-tête de table des matières"),
        },
        "figure": "Figure",
        "table": "Tableau",
        "contents": "Table des matières",
        "page": "Page",
        "of": "sur",
        "thousands": " ",
        "pct": " %",
    },
    "es": {
        "faker": "es_ES",
        "lang": "es-ES",
        "ids": {
            "Normal": ("Normal", "Normal"),
            "Heading1": ("Ttulo1", "Título 1"),
            "Heading2": ("Ttulo2", "Título 2"),
            "Heading3": ("Ttulo3", "Título 3"),
            "Heading1Char": ("Ttulo1Car", "Título 1 Car"),
            "Heading2Char": ("Ttulo2Car", "Título 2 Car"),
            "Heading3Char": ("Ttulo3Car", "Título 3 Car"),
            "Title": ("Ttulo", "Título"),
            "Subtitle": ("Subttulo", "Subtítulo"),
            "Caption": ("Descripcin", "Descripción"),
            "ListBullet": ("Listaconvietas", "Lista con viñetas"),
            "ListNumber": ("Listaconnmeros", "Lista con números"),
            "ListParagraph": ("Prrafodelista", "Párrafo de lista"),
            "TableGrid": ("Tablaconcuadrcula", "Tabla con cuadrícula"),
            "Header": ("Encabezado", "Encabezado"),
            "Footer": ("Piedepgina", "Pie de página"),
            "FootnoteText": ("Textonotapie", "Texto nota pie"),
            "FootnoteReference": ("Refdenotaalpie", "Ref. de nota al pie"),
            "TOC1": ("TDC1", "TDC 1"),
            "TOC2": ("TDC2", "TDC 2"),
            "TOCHeading": ("TtuloTDC", "Título TDC"),
        },
        "figure": "Figura",
        "table": "Tabla",
        "contents": "Índice",
        "page": "Página",
        "of": "de",
        "thousands": ".",
        "pct": "%",
    },
    "nl": {
        "faker": "nl_NL",
        "lang": "nl-NL",
        "ids": {
            "Normal": ("Standaard", "Standaard"),
            "Heading1": ("Kop1", "Kop 1"),
            "Heading2": ("Kop2", "Kop 2"),
            "Heading3": ("Kop3", "Kop 3"),
            "Heading1Char": ("Kop1Char", "Kop 1 Char"),
            "Heading2Char": ("Kop2Char", "Kop 2 Char"),
            "Heading3Char": ("Kop3Char", "Kop 3 Char"),
            "Title": ("Titel", "Titel"),
            "Subtitle": ("Ondertitel", "Ondertitel"),
            "Caption": ("Bijschrift", "Bijschrift"),
            "ListBullet": ("Lijstopsomteken", "Lijst opsom.teken"),
            "ListNumber": ("Lijstnummering", "Lijstnummering"),
            "ListParagraph": ("Lijstalinea", "Lijstalinea"),
            "TableGrid": ("Tabelraster", "Tabelraster"),
            "Header": ("Koptekst", "Koptekst"),
            "Footer": ("Voettekst", "Voettekst"),
            "FootnoteText": ("Voetnoottekst", "Voetnoottekst"),
            "FootnoteReference": ("Voetnootmarkering", "Voetnootmarkering"),
            "TOC1": ("Inhopg1", "Inhopg 1"),
            "TOC2": ("Inhopg2", "Inhopg 2"),
            "TOCHeading": ("Kopvaninhoudsopgave", "Kop van inhoudsopgave"),
        },
        "figure": "Figuur",
        "table": "Tabel",
        "contents": "Inhoudsopgave",
        "page": "Pagina",
        "of": "van",
        "thousands": ".",
        "pct": "%",
    },
    "pl": {
        "faker": "pl_PL",
        "lang": "pl-PL",
        "ids": {
            "Normal": ("Normalny", "Normalny"),
            "Heading1": ("Nagwek1", "Nagłówek 1"),
            "Heading2": ("Nagwek2", "Nagłówek 2"),
            "Heading3": ("Nagwek3", "Nagłówek 3"),
            "Heading1Char": ("Nagwek1Znak", "Nagłówek 1 Znak"),
            "Heading2Char": ("Nagwek2Znak", "Nagłówek 2 Znak"),
            "Heading3Char": ("Nagwek3Znak", "Nagłówek 3 Znak"),
            "Title": ("Tytu", "Tytuł"),
            "Subtitle": ("Podtytu", "Podtytuł"),
            "Caption": ("Legenda", "Legenda"),
            "ListBullet": ("Listapunktowana", "Lista punktowana"),
            "ListNumber": ("Listanumerowana", "Lista numerowana"),
            "ListParagraph": ("Akapitzlist", "Akapit z listą"),
            "TableGrid": ("Tabela-Siatka", "Tabela - Siatka"),
            "Header": ("Nagwek", "Nagłówek"),
            "Footer": ("Stopka", "Stopka"),
            "FootnoteText": ("Tekstprzypisudolnego", "Tekst przypisu dolnego"),
            "FootnoteReference": ("Odwoanieprzypisudolnego", "Odwołanie przypisu dolnego"),
            "TOC1": ("Spistreci1", "Spis treści 1"),
            "TOC2": ("Spistreci2", "Spis treści 2"),
            "TOCHeading": ("Nagwekspisutreci", "Nagłówek spisu treści"),
        },
        "figure": "Rysunek",
        "table": "Tabela",
        "contents": "Spis treści",
        "page": "Strona",
        "of": "z",
        "thousands": " ",
        "pct": "%",
    },
    "sv": {
        "faker": "sv_SE",
        "lang": "sv-SE",
        "ids": {
            "Normal": ("Normal", "Normal"),
            "Heading1": ("Rubrik1", "Rubrik 1"),
            "Heading2": ("Rubrik2", "Rubrik 2"),
            "Heading3": ("Rubrik3", "Rubrik 3"),
            "Heading1Char": ("Rubrik1Char", "Rubrik 1 Char"),
            "Heading2Char": ("Rubrik2Char", "Rubrik 2 Char"),
            "Heading3Char": ("Rubrik3Char", "Rubrik 3 Char"),
            "Title": ("Rubrik", "Rubrik"),
            "Subtitle": ("Underrubrik", "Underrubrik"),
            "Caption": ("Beskrivning", "Beskrivning"),
            "ListBullet": ("Punktlista", "Punktlista"),
            "ListNumber": ("Numreradlista", "Numrerad lista"),
            "ListParagraph": ("Liststycke", "Liststycke"),
            "TableGrid": ("Tabellrutnt", "Tabellrutnät"),
            "Header": ("Sidhuvud", "Sidhuvud"),
            "Footer": ("Sidfot", "Sidfot"),
            "FootnoteText": ("Fotnotstext", "Fotnotstext"),
            "FootnoteReference": ("Fotnotsreferens", "Fotnotsreferens"),
            "TOC1": ("Innehll1", "Innehåll 1"),
            "TOC2": ("Innehll2", "Innehåll 2"),
            "TOCHeading": ("Innehllsfrteckningsrubrik", "Innehållsförteckningsrubrik"),
        },
        "figure": "Figur",
        "table": "Tabell",
        "contents": "Innehållsförteckning",
        "page": "Sida",
        "of": "av",
        "thousands": " ",
        "pct": " %",
    },
}


@dataclass(frozen=True)
class Layout:
    name: str
    locale: str
    font: str
    size: float
    line: float  # line spacing, multiple
    after: float  # space after a paragraph, pt
    margins: tuple[float, float, float, float]  # top, right, bottom, left, cm
    headings: str  # "styles" or "manual"
    label: str  # how a part is labelled
    titles: bool  # the part's title follows its label
    task_headings: bool
    localised_names: bool
    cover: bool
    contents: str  # "start", "end" or ""
    footnotes: bool
    figures: bool
    lists: str  # "auto" or "typed"
    header: bool
    footer: str  # "page", "page_of" or ""
    sub_headings: bool
    word_count_lines: bool
    landscape_table: bool
    appendix: bool


LAYOUTS = (
    # German Word 2016+: Calibri 11, 1,08 lines, 8 pt after; cover, Inhaltsverzeichnis, "Task 1 (a): title".
    Layout(
        "de_ueberschrift_calibri",
        "de",
        "Calibri",
        11,
        1.08,
        8,
        (2.5, 2.5, 2.0, 2.5),
        "styles",
        "paren",
        True,
        True,
        False,
        True,
        "start",
        True,
        True,
        "auto",
        True,
        "page_of",
        True,
        False,
        False,
        False,
    ),
    # French Word: Times New Roman 12, 1,5 lines, Titre 1/2 with localised names, "1.b)" labels, table des
    # matières at the end, footnotes.
    Layout(
        "fr_titre_tdm_fin",
        "fr",
        "Times New Roman",
        12,
        1.5,
        6,
        (2.5, 2.5, 2.5, 2.5),
        "styles",
        "dot",
        True,
        True,
        True,
        True,
        "end",
        True,
        True,
        "auto",
        False,
        "page",
        True,
        False,
        False,
        False,
    ),
    # Spanish Word: Arial 11, single, "Task 1 – Part B: title", Título headings, Figura captions, Página footer.
    Layout(
        "es_titulo_arial",
        "es",
        "Arial",
        11,
        1.0,
        6,
        (2.5, 3.0, 2.5, 3.0),
        "styles",
        "part_word",
        True,
        True,
        True,
        True,
        "start",
        True,
        True,
        "auto",
        True,
        "page",
        True,
        True,
        False,
        False,
    ),
    # Dutch Word: Verdana 10,5, 1,15 lines, "1(b)" without titles, Kop headings, landscape section for the plan.
    Layout(
        "nl_kop_verdana",
        "nl",
        "Verdana",
        10.5,
        1.15,
        10,
        (2.5, 2.5, 2.5, 2.5),
        "styles",
        "bare",
        False,
        True,
        False,
        False,
        "start",
        False,
        True,
        "auto",
        True,
        "page",
        False,
        False,
        True,
        True,
    ),
    # Polish Word: Times New Roman 12, double, headings typed as bold Normalny paragraphs, typed list numbers.
    Layout(
        "pl_normalny_manual",
        "pl",
        "Times New Roman",
        12,
        2.0,
        0,
        (2.5, 2.5, 2.5, 3.5),
        "manual",
        "compact",
        True,
        False,
        True,
        True,
        "",
        True,
        False,
        "typed",
        True,
        "page",
        True,
        True,
        False,
        False,
    ),
    # Swedish Word: Cambria 12, 1,15, Rubrik headings with localised names, "Task 2b" labels, no task headings.
    Layout(
        "sv_rubrik_cambria",
        "sv",
        "Cambria",
        12,
        1.15,
        6,
        (2.5, 2.5, 2.5, 2.5),
        "styles",
        "compact",
        True,
        False,
        True,
        False,
        "start",
        False,
        True,
        "auto",
        True,
        "page_of",
        True,
        False,
        False,
        True,
    ),
    # German again: Arial 14 for low vision, 1,5 lines, "Task 1 – Part A" without titles, footnotes, no cover.
    Layout(
        "de_arial14_partword",
        "de",
        "Arial",
        14,
        1.5,
        6,
        (2.0, 2.0, 2.0, 2.0),
        "styles",
        "part_word",
        False,
        True,
        True,
        False,
        "start",
        True,
        False,
        "typed",
        False,
        "page",
        False,
        True,
        False,
        False,
    ),
)

CITATIONS = (
    (
        "Chaffey and Ellis-Chadwick",
        2019,
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson.",
    ),
    ("Kingsnorth", 2022, "Kingsnorth, S. (2022) Digital marketing strategy. 3rd edn. London: Kogan Page."),
    ("Ryan", 2020, "Ryan, D. (2020) Understanding digital marketing. 5th edn. London: Kogan Page."),
    ("Smith and Zook", 2020, "Smith, P.R. and Zook, Z. (2020) Marketing communications. 7th edn. London: Kogan Page."),
    (
        "Lemon and Verhoef",
        2016,
        "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience "
        "throughout the customer journey', Journal of Marketing, 80(6), pp. 69-96.",
    ),
    (
        "McKinsey & Company",
        2021,
        "McKinsey & Company (2021) The value of getting personalization right - or "
        "wrong - is multiplying. New York: McKinsey.",
    ),
    ("Gartner", 2023, "Gartner (2023) Personalization in marketing: market guide. Stamford: Gartner."),
    (
        "Epsilon",
        2018,
        "Epsilon (2018) The power of me: the impact of personalization on marketing performance. Irving: Epsilon.",
    ),
    (
        "Strycharz et al.",
        2019,
        "Strycharz, J., van Noort, G., Helberger, N. and Smit, E. (2019) 'Contrasting "
        "perspectives', Journal of Business Research, 95, pp. 1-10.",
    ),
    ("ICO", 2023, "Information Commissioner's Office (2023) Guide to the UK GDPR. Wilmslow: ICO."),
    (
        "Kotler, Kartajaya and Setiawan",
        2021,
        "Kotler, P., Kartajaya, H. and Setiawan, I. (2021) Marketing 5.0: technology for humanity. Hoboken: Wiley.",
    ),
    (
        "Chaffey and Smith",
        2022,
        "Chaffey, D. and Smith, P.R. (2022) Digital marketing excellence. 6th edn. Abingdon: Routledge.",
    ),
    ("Salesforce", 2022, "Salesforce (2022) State of the connected customer. 5th edn. San Francisco: Salesforce."),
)

SEGMENTS = (
    "young urban professionals",
    "families with children",
    "students aged 18 to 24",
    "retired customers over 60",
    "small business owners",
    "first-time buyers",
)
CHANNELS = (
    ("email", "the mobile app"),
    ("the website", "Instagram"),
    ("email", "paid search"),
    ("the mobile app", "Facebook"),
    ("the website", "email"),
)
SECTORS = (
    ("a retailer of outdoor clothing and equipment", "outdoor clothing"),
    ("a regional bank", "current accounts, savings and loans"),
    ("a chain of fitness studios", "memberships and online classes"),
    ("an online grocery service", "fresh food and household goods"),
    ("a furniture retailer", "furniture and home accessories"),
    ("a travel agency", "package holidays and city breaks"),
)

GENERIC = (
    "{org} could use this insight to focus its budget on the channels where {seg} are most active {cite}.",
    "Customers now expect a consistent experience across devices, and {pct} of them say they switch brands "
    "after a poor digital experience {cite}.",
    "This matters for {org} because its competitors, including {rival}, already respond to customers in real time.",
    "However, the benefits depend on the quality of the data and on the trust that customers place in the brand.",
    "A balanced view is needed, since personalisation that feels intrusive can reduce engagement rather than "
    "increase it {cite}.",
    "Internal data show that the conversion rate on {ch1} is {pct}, against {pct2} on {ch2}.",
    "The company handled {num} online orders last year, with an average basket of €{money}.",
    "As {auth} ({year}) argue, relevance is what earns attention in crowded digital channels.",
)
BANK = {
    "1a": (
        "{org} is {sector}, founded in {founded} and based in {city}.",
        "It employs about {staff} people and reported a turnover of €{mill} million in the last financial year.",
        "Its range covers {products}, sold through {shops} stores, a website and a mobile app.",
        "The main competitors are {rival}, {rival2} and international online players.",
        "The customer base is broad, but {seg} make up {pct} of online revenue.",
        "About {num} customers hold a loyalty account, which gives the company first-party data on purchases.",
        "Personalisation is at an early stage of maturity: emails are segmented by region only and the website "
        "shows the same content to every visitor.",
        "Using the maturity model of {auth} ({year}), {org} sits at the second of five stages.",
        "The marketing team of {team} people has no data analyst, and campaign reports are built by hand.",
        "Most customers live within an hour of {city}, although online sales now reach the whole country.",
        "Repeat customers generate {pct} of revenue, and the average customer buys {shops} times a year.",
        "The website runs on a standard e-commerce platform with a built-in email tool that is barely used.",
        "Product recommendations are chosen by hand each week and are identical for every visitor.",
        "Social media are used mainly for brand posts, with little targeting beyond age and region.",
        "Compared with {rival}, which already tailors its app, {org} is clearly behind in personalisation.",
        "The board has nevertheless set a goal of growing online sales by {pct} over the next three years.",
    ),
    "1b": (
        "Rule-based personalisation, such as inserting a first name or a location, remains the most common "
        "approach {cite}.",
        "More advanced approaches use machine learning to predict the next best offer for each visitor {cite}.",
        "Recommendation engines already drive {pct} of sales on the largest retail platforms {cite}.",
        "The end of third-party cookies will push organisations such as {org} to build their own first-party data.",
        "Real-time personalisation across channels needs a customer data platform, which is a major investment "
        "for a firm of this size.",
        "Generative AI promises content tailored at scale, but it also raises questions of accuracy and brand "
        "voice {cite}.",
        "Voice assistants and conversational interfaces are likely to become a further channel for tailored offers.",
        "The strategic decision for {org} is therefore whether to build capability in-house or to buy it as a service.",
        "Contextual personalisation, based on weather, time of day or location, is cheaper and less intrusive "
        "than profiling.",
        "Predictive analytics can reduce churn, yet the models need at least {num} records to be reliable.",
    ),
    "1c": (
        "The chosen segment is {seg}, who are digitally confident but impatient with irrelevant messages.",
        "A good example is a streaming service that recommends content on the basis of viewing history {cite}.",
        "A poor example is a retailer that kept sending offers for a product the customer had already bought.",
        "My own experience as a customer of {rival} showed how a reminder email with the right size and colour "
        "led directly to a purchase.",
        "For {seg}, the most relevant channels are {ch1} and {ch2}, with the journey often starting on mobile.",
        "Success can be measured through click-through rate, conversion rate and repeat purchase within {days} days.",
        "Failures usually come from poor data, with duplicate records and outdated preferences {cite}.",
        "{org} would need data on purchase history, browsing behaviour and stated preferences for this segment.",
        "A cross-channel view matters, because a customer who abandons a basket in the app may complete it on "
        "the website.",
    ),
    "2a": (
        "The action plan follows the RACE framework of reach, act, convert and engage {cite}.",
        "The first objective is to raise the conversion rate on {ch1} from {pct} to {pct2} within twelve months.",
        "In the reach stage, lookalike audiences built from loyal {seg} will attract similar prospects.",
        "In the act stage, the landing pages will show products based on the visitor's previous category views.",
        "Conversion will be supported by basket reminders sent within {hours} hours, with a tailored incentive.",
        "An online community, moderated by the brand, will let customers share reviews and tips {cite}.",
        "Each action has an owner, a budget and a metric, so that progress can be reviewed monthly.",
        "The budget for the first phase is €{money}, split between technology, content and media.",
        "A/B tests will compare the personalised journey with the current one before it is rolled out.",
    ),
    "2b": (
        "On {ch1}, dynamic content blocks can change the hero image and the offer for each recipient {cite}.",
        "On {ch2}, the content can reflect the customer's location, the weather and recent purchases.",
        "Re-marketing will target visitors who viewed a product without buying, with a frequency cap of three "
        "impressions a day.",
        "Sequential re-marketing tells a story over several messages rather than repeating the same banner {cite}.",
        "User-generated content from the community can be reused in emails to build social proof.",
        "The content should stay simple, since too many tailored elements can overwhelm the customer.",
        "Dynamic product feeds allow re-marketing adverts to show the exact item and its current price.",
        "Lapsed customers will receive a win-back series after {days} days without a visit.",
    ),
    "3a": (
        "{org} should start with a basic implementation in owned channels, where it controls the data.",
        "A small cross-functional team, led by the head of e-commerce, should own the programme.",
        "External agencies can provide skills in data science that the company lacks today {cite}.",
        "Paid channels need different tools, since the platforms hold most of the data themselves.",
        "Earned channels such as reviews and social sharing can only be influenced, not controlled.",
        "The technology should scale, so a cloud customer data platform is preferred to a bespoke build.",
        "Mobile must come first, as {pct} of sessions already start on a smartphone.",
        "Staff training should be budgeted at about €{money} in the first year.",
        "Advanced tracking, such as server-side tagging, will keep data reliable as browsers restrict cookies {cite}.",
    ),
    "3b": (
        "The first risk is legal: processing personal data without a lawful basis breaches the GDPR {cite}.",
        "Fines can reach four per cent of global turnover, which for {org} would mean up to €{money}.",
        "Consent must be freely given, specific and informed, and customers must be able to withdraw it easily.",
        "The second risk is reputational, since customers may find some forms of targeting creepy {cite}.",
        "A well-known example is a retailer that inferred a pregnancy from shopping data before the family knew.",
        "The third risk lies in automation: algorithms can make errors at scale before anyone notices.",
        "The likelihood of this risk is medium, but its impact on trust would be high.",
        "Mitigation includes a clear privacy policy, regular audits and human review of automated decisions.",
        "Senior managers should agree which lines will not be crossed, such as the use of health data.",
    ),
}
SUBHEADINGS = {
    "1a": ("Organisation name", "Organisation information", "Specific background"),
    "1b": ("Current developments", "Future developments", "Implications for strategy"),
    "1c": ("Good practice", "Bad practice", "Data required"),
    "2a": ("Objectives", "Actions across the journey", "Online community"),
    "2b": ("Content on the first channel", "Content on the second channel", "Re-marketing"),
    "3a": ("Resources and skills", "Paid, owned and earned channels", "Mobile and tracking"),
    "3b": ("Risk 1: legal compliance", "Risk 2: customer trust", "Risk 3: automation"),
}
TASK_TITLES = {"1": "Personalisation", "2": "Conversion and content", "3": "Managing personalisation and risk"}
FOOTNOTES = (
    "Figures taken from the company's annual report.",
    "Based on the author's own experience as a customer.",
    "Regulation (EU) 2016/679 (General Data Protection Regulation).",
    "Data from the internal web analytics account, accessed with permission.",
    "The term is used here as defined by the CIM glossary.",
)


class Writer:
    """Writes the text, counting each part's words as it goes."""

    def __init__(self, rng: random.Random, layout: Layout, fake: Faker) -> None:
        self.rng = rng
        self.layout = layout
        loc = LOCALES[layout.locale]
        sector, products = rng.choice(SECTORS)
        self.values = {
            "org": fake.company().replace(",", ""),
            "city": fake.city(),
            "rival": fake.company().replace(",", ""),
            "rival2": fake.company().replace(",", ""),
            "sector": sector,
            "products": products,
            "seg": rng.choice(SEGMENTS),
            "founded": str(rng.randint(1950, 2012)),
        }
        self.values["ch1"], self.values["ch2"] = rng.choice(CHANNELS)
        self.thousands = loc["thousands"]
        self.pct_sign = loc["pct"]
        self.cited: list[tuple[str, int, str]] = []
        self.decks: dict[str, list[str]] = {}

    def number(self, low: int, high: int) -> str:
        value = f"{self.rng.randint(low, high):,}"
        return value.replace(",", self.thousands)

    def decimal(self, low: int, high: int) -> str:
        return f"{self.rng.randint(low, high)},{self.rng.randint(1, 9)}"

    def citation(self) -> tuple[str, int]:
        auth, year, ref = self.rng.choice(CITATIONS)
        if (auth, year, ref) not in self.cited:
            self.cited.append((auth, year, ref))
        return auth, year

    def fill(self, template: str) -> str:
        values = dict(self.values)
        auth, year = self.citation()
        values["auth"], values["year"] = auth, year
        values["cite"] = "({}, {})".format(*self.citation())
        values["pct"] = self.decimal(3, 60) + self.pct_sign
        values["pct2"] = self.decimal(5, 70) + self.pct_sign
        values["num"] = self.number(1200, 250000)
        values["money"] = self.number(4000, 900000)
        values["mill"] = self.decimal(2, 480)
        values["staff"] = self.number(40, 9000)
        values["shops"] = str(self.rng.randint(3, 140))
        values["team"] = str(self.rng.randint(2, 12))
        values["days"] = str(self.rng.choice((30, 45, 60, 90)))
        values["hours"] = str(self.rng.choice((1, 3, 24, 48)))
        text = template.format(**values)
        return text[0].upper() + text[1:]

    def paragraph(self, part: str, words: int) -> str:
        """Sentences drawn from the part's deck, without repeats until the deck runs out."""
        sentences: list[str] = []
        while count(" ".join(sentences)) < words:
            deck = self.decks.get(part)
            if not deck:
                first = part == "1a" and part not in self.decks  # the overview reads in order, once
                deck = list(BANK[part]) if first else list(BANK[part]) + list(GENERIC)
                if part == "1a" and not first:
                    deck = list(GENERIC)
                if not first:
                    self.rng.shuffle(deck)
                self.decks[part] = deck
            sentences.append(self.fill(deck.pop(0)))
        return " ".join(sentences)


def _set_spacing(paragraph_format, layout: Layout) -> None:
    paragraph_format.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    paragraph_format.line_spacing = layout.line
    paragraph_format.space_after = Pt(layout.after)


def _field(instr: str, shown: str) -> str:
    return (
        f'<w:fldSimple {WNS} w:instr=" {instr} "><w:r><w:rPr><w:noProof/></w:rPr><w:t>{shown}</w:t></w:r></w:fldSimple>'
    )


def _chart(rng: random.Random) -> bytes:
    image = Image.new("RGB", (640, 320), "white")
    draw = ImageDraw.Draw(image)
    draw.line((40, 290, 620, 290), fill="black", width=2)
    draw.line((40, 20, 40, 290), fill="black", width=2)
    for bar in range(6):
        height = rng.randint(40, 250)
        x = 70 + bar * 90
        draw.rectangle((x, 290 - height, x + 55, 290), fill=(68, 114, 196) if bar % 2 else (237, 125, 49))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


class Report:
    def __init__(self, index: int, layout: Layout) -> None:
        self.index = index
        self.layout = layout
        self.rng = random.Random(26_000 + index)
        loc = LOCALES[layout.locale]
        self.loc = loc
        fake = Faker(loc["faker"])
        fake.seed_instance(26_000 + index)
        self.fake = fake
        self.writer = Writer(self.rng, layout, fake)
        self.doc = docx.Document()
        self.part: str | None = None
        self.words = dict.fromkeys(PARTS, 0)
        self.headings: dict[str, str] = {}
        self.footnotes: list[str] = []
        self.figure_no = 0
        self.table_no = 0
        self.candidate = str(self.rng.randint(1_000_000, 9_999_999))
        self.toc_entries: list[tuple[int, str]] = []
        self._setup()

    # --- set-up --------------------------------------------------------------------------------------------
    def _setup(self) -> None:
        layout = self.layout
        normal = self.doc.styles["Normal"]
        normal.font.name = layout.font
        normal.font.size = Pt(layout.size)
        rpr = normal.element.get_or_add_rPr()
        fonts = rpr.find(f"{{{W}}}rFonts")
        for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
            fonts.set(f"{{{W}}}{attr}", layout.font)
        _set_spacing(normal.paragraph_format, layout)
        for level, size in ((1, layout.size + 5), (2, layout.size + 2), (3, layout.size)):
            style = self.doc.styles[f"Heading {level}"]
            style.font.name = layout.font
            style.font.size = Pt(size)
            style.font.color.rgb = RGBColor(0x1F, 0x38, 0x64) if level < 3 else RGBColor(0x2F, 0x54, 0x96)
            style.font.italic = level == 3
            style.paragraph_format.space_before = Pt(12 if level < 3 else 6)
            style.paragraph_format.space_after = Pt(6 if level < 3 else 3)
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        top, right, bottom, left = layout.margins
        section.top_margin, section.right_margin = Cm(top), Cm(right)
        section.bottom_margin, section.left_margin = Cm(bottom), Cm(left)

    # --- writing -------------------------------------------------------------------------------------------
    def body(self, text: str, footnote: str | None = None, style: str | None = None) -> None:
        paragraph = self.doc.add_paragraph(style=style)
        end = re.search(r"[a-z)]\. (?=[A-Z])", text)
        if footnote and end:
            head, tail = text[: end.start() + 2], text[end.end() :]
            paragraph.add_run(head)
            self.footnotes.append(footnote)
            note_id = len(self.footnotes)
            paragraph._p.append(
                parse_xml(
                    f'<w:r {WNS}><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{note_id}"/></w:r>'
                )
            )
            paragraph.add_run(" " + tail)
        else:
            paragraph.add_run(text)
        assert self.part is not None
        self.words[self.part] += count(text)

    def uncounted(self, text: str, style: str | None = None, bold: bool = False, italic: bool = False):
        paragraph = self.doc.add_paragraph(style=style)
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        return paragraph

    def heading(self, text: str, level: int) -> None:
        layout = self.layout
        if layout.headings == "styles":
            self.doc.add_paragraph(text, style=f"Heading {level}")
        else:
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(12 if level < 3 else 6)
            paragraph.paragraph_format.keep_with_next = True
            run = paragraph.add_run(text)
            run.bold = True
            run.font.size = Pt(layout.size + (4 if level == 1 else 2 if level == 2 else 0))
            if level == 1:
                run.font.all_caps = True
            if level == 3:
                run.bold = None
                run.italic = True
                run.underline = True
        if level < 3:
            self.toc_entries.append((level, text))

    def part_heading(self, part: str) -> str:
        task, letter = part[0], part[1]
        label = {
            "paren": f"Task {task} ({letter})",
            "dot": f"{task}.{letter})",
            "part_word": f"Task {task} – Part {letter.upper()}",
            "bare": f"{task}({letter})",
            "compact": f"Task {task}{letter}",
        }[self.layout.label]
        title = PART_TITLES[part]
        if self.layout.titles or part == "1a":
            sep = {"paren": ": ", "dot": " ", "part_word": ": ", "bare": " ", "compact": " – "}[self.layout.label]
            return f"{label}{sep}{title}"
        return label

    def caption(self, kind: str, text: str) -> None:
        if kind == "figure":
            self.figure_no += 1
            word, number = self.loc["figure"], self.figure_no
        else:
            self.table_no += 1
            word, number = self.loc["table"], self.table_no
        paragraph = self.doc.add_paragraph(style="Caption")
        paragraph.add_run(f"{word} ")
        paragraph._p.append(parse_xml(_field(f"SEQ {word} \\* ARABIC", str(number))))
        sep = {"fr": " : ", "es": ". "}.get(self.layout.locale, ": ")
        paragraph.add_run(f"{sep}{text}")

    def table(self, rows: list[list[str]], title: str) -> None:
        if self.layout.locale in ("de", "nl", "sv"):
            self.caption("table", title)
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = self.doc.styles["Table Grid"]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.text = value
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.space_after = Pt(0)
                    paragraph.paragraph_format.line_spacing = 1.0
                    for run in paragraph.runs:
                        run.font.size = Pt(max(9, self.layout.size - 2))
                        run.bold = (r == 0) or None
        if self.layout.locale not in ("de", "nl", "sv"):
            self.caption("table", title)

    def figure(self, title: str) -> None:
        paragraph = self.doc.add_paragraph()
        paragraph.alignment = 1
        paragraph.add_run().add_picture(io.BytesIO(_chart(self.rng)), width=Cm(11))
        self.caption("figure", title)

    def list_items(self, items: list[str]) -> None:
        for number, item in enumerate(items, 1):
            if self.layout.lists == "auto":
                paragraph = self.doc.add_paragraph(item, style="List Bullet")
                _set_spacing(paragraph.paragraph_format, self.layout)
            else:
                text = f"{number}) {item}"
                paragraph = self.doc.add_paragraph(text)
                paragraph.paragraph_format.left_indent = Cm(0.75)
                paragraph.paragraph_format.first_line_indent = Cm(-0.75)
                item = text
            self.words[self.part] += count(item)

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # --- parts ---------------------------------------------------------------------------------------------
    def write_part(self, part: str, target: int) -> None:
        rng = self.rng
        layout = self.layout
        self.part = part
        heading = self.part_heading(part)
        self.headings[part] = heading
        self.heading(heading, 2 if layout.task_headings else 1)
        subs = list(SUBHEADINGS[part]) if layout.sub_headings and (part == "1a" or rng.random() < 0.6) else []
        n_paragraphs = 3 if part == "1a" and subs else max(2, round(target / rng.randint(85, 140)))
        sizes = [target // n_paragraphs] * n_paragraphs
        sub_at = {0: 0}
        if subs:
            step = max(1, n_paragraphs // len(subs))
            sub_at = {i * step: i for i in range(len(subs)) if i * step < n_paragraphs}
        extras_at = rng.randint(1, max(1, n_paragraphs - 1))
        for i, size in enumerate(sizes):
            remaining = target - self.words[part]
            if i > 0 and remaining < 25:
                break
            if subs and i in sub_at:
                self.heading(subs[sub_at[i]], 3)
            want = remaining if i == n_paragraphs - 1 else min(size, remaining)
            text = self.writer.paragraph(part, max(8, want - 3))
            note = None
            if layout.footnotes and part != "1a" and rng.random() < 0.25:
                note = rng.choice(FOOTNOTES)
            self.body(text, footnote=note)
            if i == extras_at:
                self.extras(part)
        if layout.word_count_lines and part in ("1c", "2b", "3b"):
            group = next(g for g, members in LIMIT_GROUPS.items() if part in members)
            total = sum(self.words[p] for p in LIMIT_GROUPS[group])
            shown = f"{total:,}".replace(",", self.loc["thousands"])
            self.uncounted(f"Word count: {shown}", italic=True)

    def extras(self, part: str) -> None:
        layout = self.layout
        if part in ("3a", "1b") and self.rng.random() < 0.7:
            items = [self.writer.fill(t) for t in self.rng.sample(BANK[part], 3)]
            self.list_items(items)
        if part == "2a":
            rows = [["Stage", "Action", "Metric", "Target"]]
            plan = (
                ("Reach", "Lookalike audiences", "Sessions"),
                ("Act", "Dynamic landing pages", "Bounce rate"),
                ("Convert", "Basket reminders", "Conversion rate"),
                ("Engage", "Community forum", "Repeat rate"),
            )
            for stage, action, metric in plan:
                rows.append([stage, action, metric, self.writer.decimal(1, 40) + self.loc["pct"]])
            if layout.landscape_table:
                self._landscape(rows)
            else:
                self.table(rows, "Action plan for the two channels")
        if part == "2b" and layout.figures:
            self.figure("Monthly sessions by channel, 2023")
        if part == "3b":
            rows = [
                ["Risk", "Likelihood", "Impact", "Mitigation"],
                ["Legal compliance", "Medium", "High", "Consent audit"],
                ["Customer trust", "Medium", "High", "Clear privacy notice"],
                ["Automation errors", "Low", "Medium", "Human review"],
            ]
            self.table(rows, "Risk assessment")
        if part == "1a" and layout.figures and self.rng.random() < 0.4:
            rows = [
                ["Indicator", "Value"],
                ["Turnover (€ million)", self.writer.decimal(2, 400)],
                ["Employees", self.writer.number(40, 9000)],
                ["Online share of sales", self.writer.decimal(5, 60) + self.loc["pct"]],
            ]
            self.table(rows, "Key figures")

    def _landscape(self, rows: list[list[str]]) -> None:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        self.table(rows, "Action plan for the two channels")
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)

    # --- whole report --------------------------------------------------------------------------------------
    def build(self) -> tuple[bytes, Truth]:
        rng = self.rng
        layout = self.layout
        w = self.writer
        if layout.cover:
            title = self.doc.add_paragraph(style="Title")
            title.add_run(f"Personalisation of digital channels at {w.values['org']}")
            self.uncounted("CIM Level 6 Diploma in Professional Marketing")
            self.uncounted("Mastering Digital Channels (2206)")
            self.uncounted(f"Candidate: {self.fake.first_name()} {self.fake.last_name()}")
            self.uncounted(f"Candidate number: {self.candidate}")
            self.uncounted(f"Date: {self.fake.date_between('-3y', 'today').strftime('%d.%m.%Y')}")
            self.page_break()
        toc_at = None
        if layout.contents == "start":
            toc_at = len(self.doc.paragraphs)
            self.page_break()
        factors = (0.55, 0.75, 0.88, 0.95, 1.0, 1.04, 1.07, 1.1)
        capacity = 470 / ((layout.size / 11) ** 2 * layout.line)  # words on one A4 side, roughly
        targets = {"1a": int(capacity * rng.uniform(0.55, 0.8))}
        for group, members in LIMIT_GROUPS.items():
            limit = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}[group]
            total = int(limit * rng.choice(factors))
            first = int(total * rng.uniform(0.42, 0.58))
            targets[members[0]], targets[members[1]] = first, total - first
        for part in PARTS:
            if part[1] == "a" and layout.task_headings:
                task = part[0]
                self.part = None
                if layout.label in ("bare", "dot"):
                    self.heading(f"{task}. {TASK_TITLES[task]}", 1)
                else:
                    self.heading(f"Task {task}: {TASK_TITLES[task]}", 1)
            self.write_part(part, targets[part])
        self.part = None
        self.heading(rng.choice(("References", "Reference list", "Bibliography")), 1)
        for _, _, ref in sorted(w.cited, key=lambda c: c[2]):
            paragraph = self.uncounted(ref)
            paragraph.paragraph_format.left_indent = Cm(1)
            paragraph.paragraph_format.first_line_indent = Cm(-1)
        if layout.appendix:
            self.page_break()
            self.heading("Appendix 1: Customer survey summary", 1)
            self.uncounted(w.paragraph("1c", 90))
        if layout.contents == "end":
            self.page_break()
            toc_at = len(self.doc.paragraphs)
        if toc_at is not None:
            self._contents(toc_at)
        self._headers()
        data = self._localise()
        part_words = dict(self.words)
        truth = Truth(
            name="",
            seed=self.index,
            layout=layout.name,
            split="",
            part_words=part_words,
            group_words={g: sum(part_words[p] for p in m) for g, m in LIMIT_GROUPS.items()},
            words_all=sum(part_words.values()),
            headings=self.headings,
        )
        return data, truth

    def _contents(self, at: int) -> None:
        body = self.doc.element.body
        anchor = self.doc.paragraphs[at]._p if at < len(self.doc.paragraphs) else None
        elements = [
            f'<w:p {WNS}><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>'
            f"{self.loc['contents']}</w:t></w:r></w:p>"
        ]
        page = 2 if self.layout.cover else 1
        entries = self.toc_entries
        for n, (level, text) in enumerate(entries):
            if level == 2 or not self.layout.task_headings:
                page += self.rng.choice((0, 1, 1, 2))
            runs = ""
            if n == 0:
                runs += (
                    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                    ' TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
                    "</w:r>"
                )
            runs += f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r><w:r><w:tab/><w:t>{page}</w:t></w:r>'
            if n == len(entries) - 1:
                runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            elements.append(
                f'<w:p {WNS}><w:pPr><w:pStyle w:val="TOC{min(level, 2)}"/><w:tabs><w:tab '
                f'w:val="right" w:leader="dot" w:pos="9060"/></w:tabs></w:pPr>{runs}</w:p>'
            )
        for xml in elements:
            element = parse_xml(xml)
            if anchor is not None:
                anchor.addprevious(element)
            else:
                body.insert(len(body) - 1, element)

    def _headers(self) -> None:
        layout = self.layout
        size = Pt(min(12, max(10.5, layout.size - 1)))
        for n, section in enumerate(self.doc.sections):
            if n > 0:
                continue
            if layout.header:
                paragraph = section.header.paragraphs[0]
                paragraph.style = self.doc.styles["Header"]
                run = paragraph.add_run(f"Candidate number: {self.candidate}\tCIM 2206")
                run.font.size = size
            if layout.footer:
                paragraph = section.footer.paragraphs[0]
                paragraph.style = self.doc.styles["Footer"]
                paragraph.alignment = 1
                paragraph.add_run(f"{self.loc['page']} ").font.size = size
                paragraph._p.append(parse_xml(_field("PAGE", "1")))
                if layout.footer == "page_of":
                    paragraph.add_run(f" {self.loc['of']} ").font.size = size
                    paragraph._p.append(parse_xml(_field("NUMPAGES", "1")))
            if layout.cover:
                section.different_first_page_header_footer = True

    # --- localisation of the saved package -----------------------------------------------------------------
    def _localise(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        source = zipfile.ZipFile(io.BytesIO(out.getvalue()))
        ids = {eng: local for eng, (local, _) in self.loc["ids"].items()}
        names = {eng: name for eng, (_, name) in self.loc["ids"].items()}
        pattern = re.compile(r'(<w:(?:pStyle|rStyle|tblStyle|basedOn|next|link) w:val=")([^"]+)(")')

        def rename(xml: str) -> str:
            return pattern.sub(lambda m: m.group(1) + ids.get(m.group(2), m.group(2)) + m.group(3), xml)

        files: dict[str, bytes] = {}
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename in ("word/styles.xml", "word/stylesWithEffects.xml"):
                data = self._styles(data, ids, names)
            if item.filename.startswith("word/") and item.filename.endswith(".xml"):
                data = rename(data.decode("utf-8")).encode("utf-8")
            files[item.filename] = data
        if self.footnotes:
            notes = [
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                "</w:p></w:footnote>",
            ]
            for n, note in enumerate(self.footnotes, 1):
                notes.append(
                    f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="{ids["FootnoteText"]}"/></w:pPr><w:r>'
                    f'<w:rPr><w:rStyle w:val="{ids["FootnoteReference"]}"/></w:rPr><w:footnoteRef/></w:r><w:r>'
                    f'<w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote>'
                )
            files["word/footnotes.xml"] = (
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {WNS}>'
                + "".join(notes)
                + "</w:footnotes>"
            ).encode("utf-8")
            rels = files["word/_rels/document.xml.rels"].decode("utf-8")
            rels = rels.replace(
                "</Relationships>",
                '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats'
                '.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                "</Relationships>",
            )
            files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
            types = files["[Content_Types].xml"].decode("utf-8")
            types = types.replace(
                "</Types>",
                '<Override PartName="/word/footnotes.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
            )
            files["[Content_Types].xml"] = types.encode("utf-8")
        result = io.BytesIO()
        with zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as target:
            for name, data in files.items():
                info = zipfile.ZipInfo(name, date_time=(2024, 5, 1, 12, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                target.writestr(info, data)
        return result.getvalue()

    def _styles(self, data: bytes, ids: dict[str, str], names: dict[str, str]) -> bytes:
        root = etree.fromstring(data)
        size = int(self.layout.size * 2)
        extra = {
            "FootnoteText": f'<w:style {WNS} w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote '
            'text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:pPr><w:spacing '
            'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr>'
            "</w:style>",
            "FootnoteReference": f'<w:style {WNS} w:type="character" w:styleId="FootnoteReference"><w:name '
            'w:val="footnote reference"/><w:uiPriority w:val="99"/><w:rPr><w:vertAlign '
            'w:val="superscript"/></w:rPr></w:style>',
            "TOC1": f'<w:style {WNS} w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn '
            'w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing '
            f'w:after="100"/></w:pPr><w:rPr><w:sz w:val="{size}"/></w:rPr></w:style>',
            "TOC2": f'<w:style {WNS} w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn '
            'w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing '
            'w:after="100"/><w:ind w:left="220"/></w:pPr></w:style>',
        }
        present = {style.get(f"{{{W}}}styleId") for style in root.iter(f"{{{W}}}style")}
        for style_id, xml in extra.items():
            if style_id not in present:
                root.append(etree.fromstring(xml))
        for style in root.iter(f"{{{W}}}style"):
            style_id = style.get(f"{{{W}}}styleId")
            if style_id in ("Heading1", "Heading2", "Heading3"):
                ppr = style.find(f"{{{W}}}pPr")
                if ppr is not None and ppr.find(f"{{{W}}}outlineLvl") is None:
                    level = etree.SubElement(ppr, f"{{{W}}}outlineLvl")
                    level.set(f"{{{W}}}val", str(int(style_id[-1]) - 1))
            if style_id in ids:
                style.set(f"{{{W}}}styleId", ids[style_id])
                if self.layout.localised_names:
                    style.find(f"{{{W}}}name").set(f"{{{W}}}val", names[style_id])
        defaults = root.find(f"{{{W}}}docDefaults/{{{W}}}rPrDefault/{{{W}}}rPr")
        if defaults is not None:
            lang = defaults.find(f"{{{W}}}lang")
            if lang is None:
                lang = etree.SubElement(defaults, f"{{{W}}}lang")
            lang.set(f"{{{W}}}val", self.loc["lang"])
            lang.set(f"{{{W}}}eastAsia", "en-US")
            lang.set(f"{{{W}}}bidi", "ar-SA")
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def build(index: int) -> tuple[bytes, Truth]:
    """Report ``index`` of the pool as DOCX bytes and its truth."""
    layout = LAYOUTS[index % len(LAYOUTS)]
    return Report(index, layout).build()
