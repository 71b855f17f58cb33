"""Works for the blind172 pool (HELD OUT): what marketers in Wales, Scotland and the Isle of Man, and their diaspora,
cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Authors are Welsh (Jones, Davies, Llywelyn,
Gruffydd, "Elis-Thomas", "Wyn Jones", patronymics kept before the surname as "ap Dafydd", "ab Owain", "ferch
Ieuan"), Scottish and Gaelic (MacDonald and McDonald, MacDhòmhnaill, NicLeòid for women, Urquhart, Farquharson,
Orkney and Shetland names), Manx (Quayle, Kermode, Qualtrough, Kneale, Cregeen), Welsh Patagonian ("Roberts de
González"), Cape Breton, and the Glasgow and Cardiff families of Italian, Pakistani, Somali and Polish descent.
Organisations are the banks and building societies, utilities, food and drink makers, tourism bodies, media, the
Welsh and Scottish Governments, Tynwald and their commissioners; laws carry their asp, anaw and nawm numbers;
titles in Welsh, Scottish Gaelic, Scots and Manx carry English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import unicodedata
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_WELSH_GIVEN = ["Dafydd", "Rhys", "Iolo", "Ieuan", "Gwion", "Emyr", "Aled", "Huw", "Gethin", "Llŷr", "Osian",
                "Gruffudd", "Owain", "Hywel", "Siôn", "Meirion", "Elfed", "Siân", "Angharad", "Cerys", "Ffion",
                "Nia", "Eleri", "Lowri", "Manon", "Gwenllian", "Mererid", "Heledd", "Catrin", "Elin", "Rhiannon",
                "Sioned", "Bethan", "Llinos", "Gareth", "Rhodri", "Tomos", "Non"]  # fmt: skip
_WELSH_FAMILY = ["Jones", "Davies", "Williams", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan",
                 "Griffiths", "Gruffydd", "Price", "Pritchard", "Rees", "Rhys", "Llywelyn", "Pugh", "Powell", "Bowen",
                 "Parry", "Vaughan", "Prosser", "Probert", "Lloyd", "Meredith", "Howells", "Jenkins", "Watkins",
                 "Bevan", "Ellis", "Elis-Thomas", "Wyn Jones", "Lloyd-Jones", "Parry-Williams", "Hughes-Roberts",
                 "Morgan-Owen", "Wynne", "Dafis", "Tudur", "Rowlands", "Ifans", "Huws", "Llwyd", "Glyn"]  # fmt: skip
_WELSH_PATRONYMS = [("ap", "Dafydd"), ("ap", "Gwilym"), ("ab", "Owain"), ("ab", "Iorwerth"), ("ap", "Rhys"),
                    ("ap", "Glyn"), ("ab", "Ieuan"), ("ferch", "Ieuan"), ("ferch", "Dafydd")]  # fmt: skip
_SCOTS_GIVEN = ["Hamish", "Fraser", "Callum", "Euan", "Kirsty", "Fiona", "Morag", "Isla", "Ailsa", "Shona",
                "Mhairi", "Iain", "Alasdair", "Ruaraidh", "Eilidh", "Catrìona", "Seumas", "Màiri", "Ciorstaidh",
                "Dòmhnall", "Aonghas", "Lachlann", "Fionnlagh", "Murdo", "Kenny", "Douglas", "Lorna", "Gordon",
                "Craig", "Rona", "Magnus", "Inga", "Thorfinn"]  # fmt: skip
_SCOTS_FAMILY = ["MacDonald", "McDonald", "Mackenzie", "MacKenzie", "MacLeod", "McLeod", "MacKinnon", "McIntyre",
                 "Macintosh", "MacAulay", "McGregor", "Maclean", "MacNeil", "McAllister", "McKay", "Grant", "Fraser",
                 "Urquhart", "Farquharson", "Munro", "Sinclair", "Gunn", "Campbell", "Buchanan", "Cruickshank",
                 "Menzies", "Dalziel", "Drummond", "Ogilvie", "Lamont", "Chisholm", "Innes", "Wishart", "Rennie",
                 "Tulloch", "Isbister", "Rendall", "Flett", "Linklater", "Halcrow", "Scollay", "Mackay-Ross",
                 "Nicolson", "Morrison", "Matheson"]  # fmt: skip
# Gaelic forms as Gaelic-medium authors sign them: "Nic" for women, "Mac" for men, with accents.
_GAELIC = [("MacDhòmhnaill", "Iain"), ("MacLeòid", "Tormod"), ("MacCoinnich", "Coinneach"), ("MacAoidh", "Ruaraidh"),
           ("MacIlleathain", "Eachann"), ("NicDhòmhnaill", "Mòrag"), ("NicLeòid", "Mairead"), ("NicCoinnich", "Raonaid"),
           ("NicAoidh", "Peigi"), ("Caimbeul", "Ealasaid"), ("Rothach", "Murchadh"), ("Friseal", "Seonag"),
           ("Nic a' Phearsain", "Iseabail"), ("Ó Dochartaigh", "Seumas"), ("Ní Bhriain", "Aoife"),
           ("Mac an t-Saoir", "Calum")]  # fmt: skip
_MANX = [("Quayle", "Juan"), ("Kermode", "Breesha"), ("Qualtrough", "Illiam"), ("Kneale", "Orry"),
         ("Cregeen", "Aalin"), ("Corlett", "Moirrey"), ("Quilliam", "Fenella"), ("Kinvig", "Pherick"),
         ("Clucas", "Voirrey"), ("Faragher", "Ealish"), ("Kewley", "Stuart"), ("Callister", "Ruth"),
         ("Crellin", "Tom"), ("Mylchreest", "Jess"), ("Teare", "Howard"), ("Corkill", "Lisa")]  # fmt: skip
# Diaspora and the families of Cardiff's and Glasgow's older migrations.
_DIASPORA = [("Roberts de González", "Luned"), ("Jones", "Ana Laura"), ("Hughes de Fernández", "Esyllt"),
             ("Davies", "Mirta"), ("Williams", "Gustavo"), ("MacIsaac", "Heather"), ("Beaton", "Rodney"),
             ("Rankin", "Colleen"), ("MacNeil", "Bernadette"), ("Sarwar", "Aamer"), ("Anwar", "Humza"),
             ("Iqbal", "Sana"), ("Coia", "Francesca"), ("Crolla", "Vittorio"), ("Di Rollo", "Marco"),
             ("Farah", "Hodan"), ("Hassan", "Abdi"), ("Kowalska", "Zofia"), ("Wong", "Mei Ling"),
             ("Ó Súilleabháin", "Niamh"), ("Müller", "Katrin"), ("Chaudhry", "Imran")]  # fmt: skip

_PUBLISHERS = [("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("University of Wales Press", "Cardiff"),
               ("Gwasg Prifysgol Cymru", "Caerdydd"), ("Edinburgh University Press", "Edinburgh"),
               ("Birlinn", "Edinburgh"), ("Y Lolfa", "Talybont"), ("Gwasg Gomer", "Llandysul"),
               ("Luath Press", "Edinburgh"), ("Acair", "Stornoway"), ("Wiley", "Chichester"),
               ("Butterworth-Heinemann", "Oxford"), ("Palgrave Macmillan", "London"), ("Lily Publications", "Ramsey"),
               ("Goodfellow Publishers", "Oxford")]  # fmt: skip
_JOURNALS = ["Journal of Marketing Management", "European Journal of Marketing", "Journal of Strategic Marketing",
             "Journal of Brand Management", "Journal of Place Management and Development", "Tourism Management",
             "Scottish Affairs", "Contemporary Wales", "Welsh Economic Review", "International Journal of Bank Marketing",
             "Journal of Financial Services Marketing", "British Food Journal", "Journal of Heritage Tourism",
             "Current Issues in Language Planning", "Journal of Multilingual and Multicultural Development", "Gwerddon",
             "Scottish Gaelic Studies", "Island Studies Journal", "Journal of Marketing Communications",
             "Journal of Small Business and Enterprise Development", "Regional Studies"]  # fmt: skip
_TOPICS = ["bilingual branding", "Welshness as a brand asset", "Scottishness and provenance", "place branding",
           "heritage tourism", "whisky tourism", "mutuality and member trust", "rural broadband", "island connectivity",
           "minority-language media", "sports sponsorship", "festival marketing", "PGI status and food provenance",
           "diaspora marketing", "homecoming campaigns", "green claims in the utilities", "financial inclusion",
           "adventure tourism", "comparison websites", "craft beer", "shortbread exports", "Gaelic in advertising",
           "Welsh-medium social media", "community banking", "ferry services", "the cost-of-living crisis",
           "local sourcing", "loyalty among building society members"]  # fmt: skip
_TITLE_FORMS = ["{T}: evidence from {P}", "Rethinking {T} in {P}", "{T} and small firms in {P}",
                "Marketing {T}: lessons from {P}", "Consumer attitudes to {T} in {P}", "{T} after the pandemic",
                "The role of {T} in the visitor economy of {P}", "{T}, authenticity and trust", "Measuring {T}",
                "Who buys {T}? A study of {P}"]  # fmt: skip
_PLACES = ["Wales", "Scotland", "the Isle of Man", "Cardiff", "Swansea", "Gwynedd", "Ceredigion", "Glasgow",
           "Edinburgh", "Aberdeen", "Dundee", "the Highlands", "the Western Isles", "Orkney", "Shetland",
           "Y Wladfa", "Cape Breton", "north Wales", "the Valleys"]  # fmt: skip
# Titles in Welsh, Scottish Gaelic, Scots and Manx with the English a candidate adds in square brackets.
_LOCAL_TITLES = [
    "Marchnata dwyieithog: canllaw i fusnesau [Bilingual marketing: a guide for businesses]",
    "Defnyddio'r Gymraeg mewn busnes [Using Welsh in business]",
    "Cymraeg 2050: Miliwn o siaradwyr [Welsh 2050: A million speakers]",
    "Brandio Cymru: hunaniaeth a'r farchnad [Branding Wales: identity and the market]",
    "Ymddiriedaeth cwsmeriaid mewn cymdeithasau adeiladu [Customer trust in building societies]",
    "Twristiaeth a'r iaith yng Ngwynedd [Tourism and the language in Gwynedd]",
    "Y Wladfa a'r farchnad dwristiaeth [Y Wladfa and the tourism market]",
    "Plana Nàiseanta na Gàidhlig 2023–2028 [National Gaelic Language Plan 2023–2028]",
    "A' Ghàidhlig ann an saoghal a' ghnìomhachais [Gaelic in the business world]",
    "Margaidheachd tro mheadhan na Gàidhlig [Marketing through the medium of Gaelic]",
    "Turasachd anns na h-Eileanan Siar [Tourism in the Western Isles]",
    "Wir ain leid: Scots in the mercat [Our own language: Scots in the market]",
    "Blethers an brands: Scots on social media [Chat and brands: Scots on social media]",
    "Strateysh son y Ghaelg 2022–2032 [Manx Language Strategy 2022–2032]",
    "Gaelg ayns y dellal [Manx in business]",
]  # fmt: skip

_COMPANIES = [("Principality Building Society", "company"), ("Monmouthshire Building Society", "company"),
              ("Bank of Scotland", "company"), ("NatWest Group plc", "company"), ("Royal Bank of Scotland", "company"),
              ("Virgin Money UK PLC", "company"), ("Tesco Bank", "company"), ("Skipton Building Society", "company"),
              ("Development Bank of Wales", "company"), ("Dŵr Cymru Welsh Water", "company"),
              ("Scottish Water", "company"), ("SSE plc", "company"), ("ScottishPower", "company"),
              ("Thomas Tunnock Ltd", "company"), ("Baxters Food Group", "company"), ("Walkers Shortbread Ltd", "company"),
              ("A.G. BARR p.l.c.", "company"), ("BrewDog plc", "company"), ("William Grant & Sons", "ampersand"),
              ("Diageo plc", "company"), ("Penderyn Distillery", "company"), ("Halen Môn", "company"),
              ("S.A. Brain & Co. Ltd", "ampersand"), ("Tomos Watkin", "company"), ("Radnor Hills", "company"),
              ("Admiral Group plc", "company"), ("Go.Compare", "company"), ("Castell Howell Foods", "company"),
              ("Zip World", "company"), ("CalMac Ferries Ltd", "company"), ("Loganair", "company"),
              ("Transport for Wales", "company"), ("Trafnidiaeth Cymru", "company"), ("S4C", "company"),
              ("BBC Cymru Wales", "company"), ("ITV Cymru Wales", "company"), ("STV Group plc", "company"),
              ("Golwg Cyf.", "company"), ("Manx Telecom", "company"), ("Isle of Man Steam Packet Company", "company"),
              ("Okell's", "apostrophe"), ("Mentrau Iaith Cymru", "company"), ("Urdd Gobaith Cymru", "company"),
              ("Cwmni Da Cyfyngedig", "company"), ("Stornoway Black Pudding Ltd", "company"),
              ("Comann na Gàidhlig (CnaG)", "abbreviation"), ("Fèisean nan Gàidheal", "company"),
              ("Tŷ Cerdd CIC", "company"), ("Culture Collective SCIO", "company")]  # fmt: skip
_BODIES = [("Chartered Institute of Marketing (CIM)", "abbreviation"), ("Federation of Small Businesses Wales", "trade-body"),
           ("Scotland Food & Drink", "ampersand"), ("Scotch Whisky Association", "trade-body"),
           ("Food & Drink Wales", "ampersand"), ("Institute of Welsh Affairs (IWA)", "abbreviation"),
           ("Fraser of Allander Institute", "trade-body"), ("Scottish Council for Development and Industry (SCDI)", "abbreviation"),
           ("CBI Wales", "trade-body"), ("Marketing Society Scotland", "trade-body"), ("PRCA Scotland", "trade-body"),
           ("Building Societies Association", "trade-body"), ("Wales Tourism Alliance", "trade-body"),
           ("Scottish Tourism Alliance", "trade-body"), ("Isle of Man Chamber of Commerce", "trade-body")]  # fmt: skip
_GOVERNMENT = ["Welsh Government", "Llywodraeth Cymru", "Scottish Government", "StatsWales", "Office for National Statistics",
               "National Records of Scotland", "Ofcom", "Skills Development Scotland", "Bòrd na Gàidhlig",
               "Comisiynydd y Gymraeg", "Welsh Language Commissioner", "Isle of Man Government", "Statistics Isle of Man",
               "Senedd Cymru", "Audit Wales", "Scottish Enterprise", "Highlands and Islands Enterprise", "Business Wales",
               "Future Generations Commissioner for Wales", "VisitScotland", "Visit Wales", "Croeso Cymru",
               "Visit Isle of Man", "Financial Conduct Authority", "Competition and Markets Authority"]  # fmt: skip
_GOV_TITLES = {
    "Welsh Government": ["Prosperity for all: economic action plan", "Food and drink strategy for Wales", "Cymraeg 2050: action plan 2021–26", "Welcome to Wales: priorities for the visitor economy 2020–2025"],
    "Llywodraeth Cymru": ["Cymraeg 2050: Miliwn o siaradwyr [Welsh 2050: A million speakers]", "Arolwg defnydd iaith 2019–20 [Welsh language use survey 2019–20]"],
    "Scottish Government": ["Scottish household survey: key findings", "National strategy for economic transformation", "Scotland's national strategy for economic transformation: delivery plan", "Scottish Budget 2024 to 2025"],
    "StatsWales": ["Labour market statistics for Wales", "Welsh language data from the Annual Population Survey", "Visits to tourist attractions by region"],
    "Office for National Statistics": ["Census 2021: Welsh language", "Internet users, UK", "Family spending in the UK", "Regional gross disposable household income"],
    "National Records of Scotland": ["Scotland's Census 2022: Gaelic", "Scotland's Census 2022: ethnic group, national identity, language and religion"],
    "Ofcom": ["Connected Nations report: Wales", "Connected Nations report: Scotland", "Media nations: Wales", "Media nations: Scotland"],
    "Bòrd na Gàidhlig": ["Plana Nàiseanta na Gàidhlig 2023–2028 [National Gaelic Language Plan 2023–2028]", "Gaelic language plan guidance"],
    "Comisiynydd y Gymraeg": ["Adroddiad sicrwydd 2022–23 [Assurance report 2022–23]", "Defnyddio'r Gymraeg mewn busnes [Using Welsh in business]"],
    "Welsh Language Commissioner": ["Guidance on the Welsh Language Standards", "Assurance report 2022–23", "Bilingual design guide"],
    "Isle of Man Government": ["Isle of Man economic strategy", "Our Island plan", "Tourism in the Isle of Man: passenger survey"],
    "Statistics Isle of Man": ["Isle of Man census report 2021", "Isle of Man earnings survey", "Passenger survey"],
    "Visit Isle of Man": ["Visitor economy strategy 2022–2032", "TT visitor survey"],
    "Visit Wales": ["Wales visitor survey 2023", "Wales tourism barometer", "Marketing Wales to the world"],
    "Croeso Cymru": ["Arolwg ymwelwyr Cymru [Wales visitor survey]", "Croeso i Gymru [Welcome to Wales]"],
    "VisitScotland": ["Scotland visitor survey", "Outlook for the visitor economy in the Highlands", "Insight: the Gaelic visitor market"],
    "*": ["Annual report 2022–23", "Corporate plan 2023–2026", "Consumer research: summary of findings", "Business survey results",
          "Guidance for small businesses", "Evaluation of the programme"],
}  # fmt: skip
_GOV_HOSTS = {"Welsh Government": "gov.wales", "Llywodraeth Cymru": "llyw.cymru", "Scottish Government": "gov.scot",
              "StatsWales": "statswales.gov.wales", "Office for National Statistics": "ons.gov.uk",
              "National Records of Scotland": "nrscotland.gov.uk", "Ofcom": "ofcom.org.uk", "Bòrd na Gàidhlig": "gaidhlig.scot",
              "Comisiynydd y Gymraeg": "comisiynyddygymraeg.cymru", "Welsh Language Commissioner": "welshlanguagecommissioner.wales",
              "Isle of Man Government": "gov.im", "Statistics Isle of Man": "gov.im", "Visit Isle of Man": "visitisleofman.com",
              "Visit Wales": "visitwales.com", "Croeso Cymru": "croeso.cymru", "VisitScotland": "visitscotland.org",
              "Senedd Cymru": "senedd.wales", "Audit Wales": "audit.wales", "Skills Development Scotland": "skillsdevelopmentscotland.co.uk",
              "Scottish Enterprise": "scottish-enterprise.com", "Highlands and Islands Enterprise": "hie.co.uk",
              "Business Wales": "businesswales.gov.wales", "Future Generations Commissioner for Wales": "futuregenerations.wales",
              "Financial Conduct Authority": "fca.org.uk", "Competition and Markets Authority": "gov.uk"}  # fmt: skip
# Laws as the legislatures number them: asp (Scottish Parliament), anaw (Senedd, 2012–2020), asc (since 2020),
# nawm (Assembly Measures); Acts of Tynwald; UK Acts with their chapter.
_LAWS = [("Well-being of Future Generations (Wales) Act 2015 (anaw 2)", 2015, "National Assembly for Wales", "https://www.legislation.gov.uk/anaw/2015/2/contents"),
         ("Welsh Language (Wales) Measure 2011 (nawm 1)", 2011, "National Assembly for Wales", "https://www.legislation.gov.uk/mwa/2011/1/contents"),
         ("Gaelic Language (Scotland) Act 2005 (asp 7)", 2005, "Scottish Parliament", "https://www.legislation.gov.uk/asp/2005/7/contents"),
         ("Alcohol (Minimum Pricing) (Scotland) Act 2012 (asp 4)", 2012, "Scottish Parliament", "https://www.legislation.gov.uk/asp/2012/4/contents"),
         ("Public Health (Minimum Price for Alcohol) (Wales) Act 2018 (anaw 5)", 2018, "National Assembly for Wales", "https://www.legislation.gov.uk/anaw/2018/5/contents"),
         ("Environment (Wales) Act 2016 (anaw 3)", 2016, "National Assembly for Wales", "https://www.legislation.gov.uk/anaw/2016/3/contents"),
         ("Community Empowerment (Scotland) Act 2015 (asp 6)", 2015, "Scottish Parliament", "https://www.legislation.gov.uk/asp/2015/6/contents"),
         ("Curriculum and Assessment (Wales) Act 2021 (asc 4)", 2021, "Senedd Cymru", "https://www.legislation.gov.uk/asc/2021/4/contents"),
         ("Climate Change Act 2021", 2021, "Tynwald", "https://legislation.gov.im/cms/"),
         ("Equality Act 2017", 2017, "Tynwald", "https://legislation.gov.im/cms/"),
         ("Online Gambling Regulation Act 2001", 2001, "Tynwald", "https://legislation.gov.im/cms/"),
         ("Consumer Rights Act 2015 (c. 15)", 2015, "UK Parliament", "https://www.legislation.gov.uk/ukpga/2015/15/contents"),
         ("Digital Markets, Competition and Consumers Act 2024 (c. 13)", 2024, "UK Parliament", "https://www.legislation.gov.uk/ukpga/2024/13/contents")]  # fmt: skip
_RESEARCH = ["Mintel", "Kantar", "YouGov", "Ipsos Scotland", "Beaufort Research", "Savanta", "Statista",
             "Euromonitor International", "IBISWorld", "GlobalData"]  # fmt: skip
_MARKETS = ["Scotch whisky", "Welsh whisky", "shortbread and biscuits", "soft drinks", "craft beer", "adventure tourism",
            "car insurance", "building society savings", "bottled water", "sea salt", "ferry travel", "mortgages",
            "staycations", "regional airlines"]  # fmt: skip
_PRESS = ["WalesOnline", "Nation.Cymru", "Golwg360", "BBC Cymru Fyw", "The Herald", "The Scotsman", "The Press and Journal",
          "Daily Record", "The Courier", "Western Mail", "South Wales Argus", "Daily Post", "Isle of Man Today",
          "Manx Radio", "The National", "Marketing Week", "The Drum", "Campaign", "The Grocer", "Insider.co.uk",
          "BBC News"]  # fmt: skip
_UNIVERSITIES = [("Cardiff University", "Cardiff"), ("Swansea University", "Swansea"),
                 ("Aberystwyth University", "Aberystwyth"), ("Bangor University", "Bangor"),
                 ("Prifysgol Bangor", "Bangor"), ("University of Edinburgh", "Edinburgh"),
                 ("University of Strathclyde", "Glasgow"), ("University of the Highlands and Islands", "Inverness"),
                 ("Sabhal Mòr Ostaig", "An t-Eilean Sgitheanach"), ("University of Glasgow", "Glasgow"),
                 ("Robert Gordon University", "Aberdeen"), ("Cardiff Metropolitan University", "Cardiff"),
                 ("University of South Wales", "Pontypridd"), ("University of Stirling", "Stirling")]  # fmt: skip
_CONFERENCES = ["Academy of Marketing Conference", "British Academy of Management Conference",
                "Institute for Small Business and Entrepreneurship Conference", "Gaelic in Society Conference",
                "Welsh Economic Forum", "Island Dynamics Conference", "Tourism and Hospitality Research in Scotland Conference"]  # fmt: skip
_PLATFORMS = ["Instagram", "LinkedIn", "X (formerly Twitter)", "TikTok", "Facebook", "Threads"]


class Blind172WorkFactory(WorkFactory):
    """The blind172 pool's works, from a seeded random source of its own."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "chapter": 6, "journal": 22, "thesis": 5, "conference": 4, "company": 12, "company-report": 8,
             "body": 6, "government": 10, "legislation": 4, "market-research": 7, "news": 8, "news-unsigned": 3,
             "social": 3, "podcast": 2, "video": 2, "undated": 4, "person-report": 3}  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 172 + 17201)
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.36:
            return {"family": rng.choice(_WELSH_FAMILY), "given": rng.choice(_WELSH_GIVEN)}
        if roll < 0.44:
            particle, family = rng.choice(_WELSH_PATRONYMS)
            return {"family": family, "given": rng.choice(_WELSH_GIVEN), "non-dropping-particle": particle}
        if roll < 0.70:
            return {"family": rng.choice(_SCOTS_FAMILY), "given": rng.choice(_SCOTS_GIVEN)}
        if roll < 0.80:
            family, given = rng.choice(_GAELIC)
            return {"family": family, "given": given}
        if roll < 0.88:
            family, given = rng.choice(_MANX)
            return {"family": family, "given": given}
        family, given = rng.choice(_DIASPORA)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[40, 25, 15, 8, 5, 3, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1978, 2004)  # the classics of place branding and services marketing
        return self.rng.randint(2008, 2024)

    def accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(max(year + 1, 2022), 2025), self.rng.randint(1, 12),
                                self.rng.randint(1, 28)]]}  # fmt: skip

    def _title(self) -> str:
        if self.rng.random() < 0.15:
            return self.rng.choice(_LOCAL_TITLES)
        topic = self.rng.choice(_TOPICS)
        title = self.rng.choice(_TITLE_FORMS).replace("{T}", topic).replace("{P}", self.rng.choice(_PLACES))
        return title[0].upper() + title[1:]

    def _url(self, host: str, title: str = "") -> str:
        words = "".join(ch if ch.isalnum() else " " for ch in title.split(" [")[0].lower()).split()[:6]
        slug = "-".join(words) or "__SLUG__"  # filled from the record's title once it is made
        return f"https://www.{host}/{self.rng.choice(['', 'en/', 'news/', 'insights/', 'about/'])}{slug}"

    @staticmethod
    def _host(name: str) -> str:
        plain = unicodedata.normalize("NFKD", name.split(" (")[0].lower())  # "Môn" is "mon" in a web address
        word = "".join(ch for ch in plain if (ch.isascii() and ch.isalnum()) or ch == " ").split()
        return ("".join(word[:3]) or "example") + (".cymru" if "cymru" in name.lower() else ".co.uk")

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        record = work.record
        if "URL" in record:
            words = "".join(ch if ch.isalnum() else " " for ch in str(record.get("title", "")).split(" [")[0].lower())
            record["URL"] = record["URL"].replace("__SLUG__", "-".join(words.split()[:6]) or "home")
            record["URL"] = record["URL"].replace("__HOST__", self._host(str(record.get("container-title", "news"))))
        return work

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work: "Welsh Government (2019a, 2019b)".
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
            if "URL" in record and record.get("type") != "article-newspaper":  # the page is on its own site
                record["URL"] = self._url(_GOV_HOSTS.get(name, self._host(name)), str(record.get("title", "")))
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:  # an e-book read online
            record["URL"] = (
                f"https://ebookcentral.proquest.com/lib/{self.rng.choice(['cardiff', 'strath', 'uhi', 'bangor'])}/detail.action?docID={self.rng.randint(100000, 999999)}"
            )
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Marketing Wales", "The Routledge handbook of place branding",
                                                "Tourism in Scotland", "Celtic consumers", "Small nations, big brands",
                                                "Minority languages and the media", "The Highlands and Islands economy"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jmm', 'ejm', 'ijbm', 'bfj', 'cw', 'sa'])}.{self.rng.randint(2008, 2024)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": university,
                                  "publisher-place": place,
                                  "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation",
                                                            "MPhil thesis", "DBA thesis"])}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = (
                f"https://{self.rng.choice(['orca.cardiff.ac.uk', 'cronfa.swan.ac.uk', 'research.bangor.ac.uk', 'era.ed.ac.uk', 'stax.strath.ac.uk', 'pure.aber.ac.uk'])}/id/{self.rng.randint(1000, 99999)}"
            )
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        event = self.rng.choice(_CONFERENCES)
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"Proceedings of the {event} {year}",
                                  "event-place": self.rng.choice(["Cardiff", "Glasgow", "Aberdeen", "Swansea", "Inverness", "Douglas", "Bangor", "Stirling"]),
                                  "issued": {"date-parts": [[year]]}, "page": f"{start}-{start + self.rng.randint(6, 14)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _company(self) -> Work:
        name, tag = self.rng.choice(_COMPANIES)
        title = self.rng.choice(
            [
                "About us",
                "Our story",
                "Sustainability",
                "Community",
                "Our Welsh language scheme",
                "Gaelic language plan",
                "Member benefits",
                "Press release: new campaign launches",
                "Ein stori [Our story]",
                "Amdanom ni [About us]",
                "Careers",
                "Responsible marketing",
            ]
        )
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url(self._host(name), title)}
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(
                record["issued"]["date-parts"][0][0] if "issued" in record else 2021
            )
        return self._org_work(record, "web", name, {tag})

    def _company_report(self) -> Work:
        name, tag = self.rng.choice(_COMPANIES + _BODIES)
        year = self.year()
        title = self.rng.choice([f"Annual report and accounts {year}", f"Impact report {year}",
                                 f"Adroddiad blynyddol {year} [Annual report {year}]", f"Sustainability report {year}",
                                 f"Strategic report {year}/{(year + 1) % 100:02d}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Cardiff", "Glasgow", "Edinburgh", "Aberdeen", "Douglas", "Swansea", "Perth"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self._host(name), title)
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, {tag})

    def _body(self) -> Work:
        name, tag = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["webpage", "report"]), "title": self._title(),
                                  "URL": self._url(self._host(name))}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0] if "issued" in record else 2021)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {tag})

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        if self.rng.random() < 0.2:  # the Welsh Government's two works of 2019
            name, year = "Welsh Government", 2019
            title = self.rng.choice(
                [
                    "Tourism action plan for Wales",
                    "Prosperity for all: economic action plan",
                    "Welsh language use survey 2019–20",
                    "Cymraeg 2050: work programme 2017–21",
                    "Food and drink Wales industry plan",
                ]
            )
        else:
            year = self.rng.randint(2010, 2024)
            title = self.rng.choice(_GOV_TITLES.get(name, _GOV_TITLES["*"]))
        host = _GOV_HOSTS.get(name, "gov.uk")
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(host, title),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        title, year, body, url = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": url, "accessed": self.accessed_after(year)}  # fmt: skip
        record["id"] = self._id()
        record["author"] = [{"literal": body}]
        return Work(record, body, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2015, 2024)
        market = self.rng.choice(_MARKETS)
        region = self.rng.choice(["UK", "Wales", "Scotland", "Isle of Man"])
        title = self.rng.choice([f"{market.capitalize()} - {region} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                                 f"{market.capitalize()} in {region}: market report {year}",
                                 f"Share of adults in {region} who bought {market} in {year}",
                                 f"Welsh Omnibus Survey {year}: {market}", f"{region} {market} market forecast to 2030"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self._host(name), title), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("__HOST__"), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        year = self.year()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(self._host(paper)), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2016, 2024)
        platform = self.rng.choice(_PLATFORMS)
        title = self.rng.choice(["Dydd Gŵyl Dewi hapus! Happy St David's Day", "Oidhche Challainn mhath! Happy Hogmanay",
                                 "Burns Night supper sorted", "See you at the Eisteddfod", "Tynwald Day opening hours",
                                 "We're hiring in Bangor", "New bilingual app now live", "Diolch am eich cefnogaeth [Thank you for your support]",
                                 "TT fortnight ferry update", "Our Mòd sponsorship"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": title, "container-title": platform,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{platform.split()[0].lower()}.com/p/{self.rng.randint(10**6, 10**7)}"}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tag = self.rng.choice(_COMPANIES)
        return self._org_work(record, "social", name, {tag})

    def _podcast(self) -> Work:
        year = self.rng.randint(2017, 2024)
        record: dict[str, Any] = {"type": "song", "medium": "Podcast",
                                  "title": self.rng.choice(["Marketing in two languages", "Building a Scottish brand",
                                                            "Mutuals and members", "The Manx start-up scene",
                                                            "Selling Wales to the world", "Episode 12: Gaelic and growth"]),
                                  "container-title": self.rng.choice(["Marchnata Cymru", "Scottish Marketing Podcast",
                                                                      "The Business of Wales", "Manx Business Podcast"]),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("podcasts.example.com"), "accessed": self.accessed_after(year),
                                  "author": self._people(2)}  # fmt: skip
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        year = self.rng.randint(2014, 2024)
        name, tag = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "motion_picture", "medium": "YouTube",
                                  "title": self.rng.choice(["Our St David's Day advert", "The Christmas advert", "Brand film",
                                                            "Behind the scenes at the Royal Welsh Show",
                                                            "Hogmanay campaign", "TT 2023 highlights", "Meet our members"]),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "video", name, {tag})

    def _undated(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": self._url("example.cymru"), "accessed": self.accessed_after(2021)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            record["URL"] = self._url(
                self.rng.choice(["medium.com", "linkedin.com/pulse", "wordpress.com", "substack.com"])
            )
            return self._person_work(record, "web")
        name, tag = self.rng.choice(_COMPANIES + _BODIES)
        record["URL"] = self._url(self._host(name))
        return self._org_work(record, "web", name, {tag, "undated"})

    def _person_report(self) -> Work:
        name, _tag = self.rng.choice(_BODIES)
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3),
                                  "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Cardiff", "Glasgow", "Edinburgh", "Douglas"])}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url(self._host(name))
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "report")
