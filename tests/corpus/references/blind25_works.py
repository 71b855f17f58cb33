"""Works for the twenty-fifth held-out pool, "blind25": what sport, music, events and entertainment marketers cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-fifth hand, without reading the checker, its tests or the other pools, for CIM candidates in
Australia, New Zealand, Canada and Ireland who market leagues, clubs, festivals, tours, venues, ticketing, streaming
and betting: Māori, Pacific, Aboriginal and First Nations, Irish-language ("Ó", "Ní", "Uí", "Mac an"), Scottish and
Irish ("Mc", "Mac", "O'"), French-Canadian and hyphenated names; statistics offices, sport and arts agencies,
regulators, leagues and governing bodies as authors (with "&", "plc", "Ltd", "Inc.", abbreviations, "The", a comma,
an apostrophe, a fada or a macron); textbooks in their editions, handbook chapters, sport and arts marketing
journals, annual reports, market research, newspapers and trade press, podcasts, YouTube videos and Instagram and
TikTok posts, web pages with and without dates.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_AU", "en_NZ", "en_CA", "fr_CA", "en_IE", "ga_IE"]

# (family, given) as the reading lists and bylines write them
MAORI_PACIFIC = [("Ngata", "Aroha"), ("Te Whata", "Rāwiri"), ("Pōmare", "Hine"), ("Tāwhiri", "Anahera"), ("Hēnare", "Tipene"),
                 ("Te Huia", "Ataahua"), ("Ruatapu", "Manaia"), ("Ngāwhika", "Tama"), ("Parata", "Mereana"), ("Tūhiwai", "Kahu"),
                 ("Fifita", "Siosaia"), ("Tuilagi", "Sefo"), ("Faleolo", "Losa"), ("Vaipulu", "Mele"), ("Leaupepe", "Tavita"),
                 ("Aumua", "Sina"), ("Fonoti-Fuimaono", "Malia"), ("Havili", "Tevita"), ("Taufa", "Ana"), ("Sopoaga", "Iosefa")]  # fmt: skip
FIRST_PEOPLES = [("Mundine", "Kirra"), ("Bamblett", "Jarrah"), ("Wandin", "Tamika"), ("Watego", "Lowanna"), ("Yunupingu", "Djalu"),
                 ("Cardinal", "Tanya"), ("Whiteduck", "Lisa"), ("Littlechild", "Wilton"), ("Sinclair", "Niigaan"), ("Deer", "Kahente"),
                 ("Morningstar", "Dakota"), ("Brant", "Tehonikonrathe")]  # fmt: skip
IRISH = [("Ní Chonaill", "Saoirse"), ("Uí Bhriain", "Máire"), ("Ó Súilleabháin", "Cian"), ("Mac Giolla Phádraig", "Oisín"),
         ("Nic Aodha", "Clodagh"), ("O'Mahony", "Ciarán"), ("McGuinness", "Orla"), ("MacNamara", "Dara"), ("Ó Flaithearta", "Pádraig"),
         ("Ní Dhuibhir", "Róisín"), ("Mac an tSaoi", "Eimear"), ("O'Driscoll", "Niamh"), ("McAteer", "Ronan"), ("Ó Cearbhaill", "Éanna"),
         ("MacMahon", "Gráinne"), ("Ní Mhurchú", "Aisling"), ("McKenna-Doyle", "Siún"), ("O'Sullivan", "Tadhg")]  # fmt: skip
FRENCH_CANADIAN = [("Tremblay", "Marie-Ève"), ("Gagnon", "Jean-François"), ("Côté", "Geneviève"), ("Bouchard", "Étienne"),
                   ("Lévesque", "Mathieu"), ("Bélanger", "Sophie"), ("St-Pierre", "Luc"), ("Desjardins-Roy", "Annick"),
                   ("Gauthier", "Noémie"), ("Thériault", "Rémi"), ("Pelletier", "Josée"), ("Bergeron", "Frédéric")]  # fmt: skip
ASIAN_DIASPORA = [("Nguyen", "Thanh"), ("Singh", "Harpreet"), ("Wong", "Karen"), ("Patel", "Ravi"), ("Zhou", "Lin"),
                  ("Kaur", "Simran"), ("Tan", "Mei Ling"), ("Park", "Soo-Jin"), ("Huynh", "Bao"), ("Dhillon", "Arjun")]  # fmt: skip
PARTICLES = [("de", "Villiers", "Pieter"), ("van", "der Merwe", "Anneke"), ("de", "Courcy", "Eoin"), ("da", "Costa", "Rafael"),
             ("du", "Plessis", "Marnus"), ("van", "Niekerk", "Hanna"), ("de", "Burgh", "Fiadh"), ("le", "Roux", "Chantal")]  # fmt: skip
DOUBLE = [("Smith-Ngata", "Jordan"), ("O'Neill-Dunne", "Fiona"), ("Kerr-Dineen", "Hamish"), ("Walker-Pōtae", "Ngaio"),
          ("Lloyd Williams", "Bronwyn"), ("Bowen-Tūrei", "Kiri"), ("Cormier-Leblanc", "Isabelle"), ("Harte Ó Néill", "Conall")]  # fmt: skip

# (name, tags): who is cited when no person is named
ORGS: list[tuple[str, set[str]]] = [
    ("Australian Bureau of Statistics", {"government"}), ("Australian Bureau of Statistics (ABS)", {"government", "abbreviation"}),
    ("Stats NZ", {"government"}), ("Stats NZ Tatauranga Aotearoa", {"government"}), ("Statistics Canada", {"government"}),
    ("Central Statistics Office", {"government"}), ("Central Statistics Office (CSO)", {"government", "abbreviation"}),
    ("Sport Australia", {"government"}), ("Australian Sports Commission", {"government"}), ("Sport New Zealand", {"government"}),
    ("Sport NZ", {"government"}), ("Sport Ireland", {"government"}), ("Creative Ireland", {"government"}),
    ("Canadian Heritage", {"government"}), ("Fáilte Ireland", {"government", "diacritic"}), ("Tourism Australia", {"government"}),
    ("Manatū Taonga Ministry for Culture and Heritage", {"government", "diacritic"}), ("Coimisiún na Meán", {"government", "diacritic"}),
    ("Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media", {"government", "comma"}),
    ("Australian Communications and Media Authority (ACMA)", {"government", "abbreviation"}),
    ("Canadian Radio-television and Telecommunications Commission (CRTC)", {"government", "abbreviation"}),
    ("Creative New Zealand", {"government"}), ("Screen Australia", {"government"}), ("Canada Council for the Arts", {"government"}),
    ("Live Nation Entertainment, Inc.", {"company", "comma"}), ("Live Nation Entertainment", {"company"}), ("TEG Pty Ltd", {"company"}),
    ("Ticketek Pty Ltd", {"company"}), ("Tabcorp Holdings Limited", {"company"}), ("Flutter Entertainment plc", {"company"}),
    ("Entain plc", {"company"}), ("Spotify Technology S.A.", {"company"}), ("Rogers Communications Inc.", {"company"}),
    ("Maple Leaf Sports & Entertainment (MLSE)", {"company", "ampersand", "abbreviation"}), ("Sky Network Television Ltd", {"company"}),
    ("Foxtel Group", {"company"}), ("RTÉ", {"company", "diacritic"}), ("TG4", {"company"}), ("Nine Entertainment Co.", {"company"}),
    ("Bell Media", {"company"}), ("MCD Productions", {"company"}), ("The Frontier Touring Company", {"company", "the"}),
    ("Mushroom Group", {"company"}), ("Paddy Power", {"company"}), ("Sportsbet", {"company"}),
    ("Gaelic Athletic Association (GAA)", {"abbreviation"}), ("Cumann Lúthchleas Gael", {"diacritic"}),
    ("Australian Football League (AFL)", {"abbreviation"}), ("AFL", {"acronym"}), ("New Zealand Rugby", set()), ("Rugby Australia", set()),
    ("Irish Rugby Football Union (IRFU)", {"abbreviation"}), ("Cricket Australia", set()), ("New Zealand Cricket", set()),
    ("Cricket Ireland", set()), ("Netball Australia", set()), ("Netball New Zealand", set()),
    ("Ladies Gaelic Football Association (LGFA)", {"abbreviation"}), ("National Rugby League", set()), ("Hockey Canada", set()),
    ("Deloitte Sports Business Group", {"company"}), ("Deloitte", {"company"}), ("Nielsen Sports", {"company"}), ("PwC", {"company"}),
    ("KPMG", {"company"}), ("Ernst & Young", {"company", "ampersand"}), ("IFPI", {"acronym"}),
    ("International Federation of the Phonographic Industry (IFPI)", {"abbreviation"}), ("Music Canada", set()),
    ("Australian Recording Industry Association (ARIA)", {"abbreviation"}), ("Recorded Music NZ", set()),
    ("Irish Recorded Music Association", set()), ("Live Performance Australia", set()), ("Roy Morgan", {"market-research"}),
    ("Angus Reid Institute", {"market-research"}), ("Red C Research", {"market-research"}), ("Women's Sport Trust", {"apostrophe"}),
    ("Chartered Institute of Marketing", set()), ("The Chartered Institute of Marketing (CIM)", {"abbreviation", "the"}),
]  # fmt: skip
RESEARCH = [("Mintel", "https://store.mintel.com/"), ("Statista", "https://www.statista.com/statistics/"),
            ("Nielsen Sports", "https://nielsensports.com/"), ("Roy Morgan", "https://www.roymorgan.com/findings/"),
            ("Angus Reid Institute", "https://angusreid.org/"), ("Red C Research", "https://www.redcresearch.ie/"),
            ("Kantar", "https://www.kantar.com/inspiration/"), ("GWI", "https://www.gwi.com/reports/"),
            ("Euromonitor International", "https://www.euromonitor.com/"), ("YouGov", "https://today.yougov.com/")]  # fmt: skip
GOVERNMENT = [("Australian Bureau of Statistics", "https://www.abs.gov.au/statistics/"), ("Stats NZ", "https://www.stats.govt.nz/information-releases/"),
              ("Statistics Canada", "https://www150.statcan.gc.ca/n1/daily-quotidien/"), ("Central Statistics Office", "https://www.cso.ie/en/releasesandpublications/"),
              ("Sport Australia", "https://www.sportaus.gov.au/"), ("Sport New Zealand", "https://sportnz.org.nz/resources/"),
              ("Sport Ireland", "https://www.sportireland.ie/research/"), ("Creative Ireland", "https://www.creativeireland.gov.ie/en/"),
              ("Canadian Heritage", "https://www.canada.ca/en/canadian-heritage/"), ("Australian Communications and Media Authority (ACMA)", "https://www.acma.gov.au/"),
              ("Coimisiún na Meán", "https://www.cnam.ie/"), ("Manatū Taonga Ministry for Culture and Heritage", "https://mch.govt.nz/"),
              ("Fáilte Ireland", "https://www.failteireland.ie/research/"), ("Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media", "https://www.gov.ie/en/")]  # fmt: skip
GOV_TITLES = ["Participation in sport and physical recreation, {y}", "Cultural and creative activities survey {y}", "Active NZ: the New Zealand participation survey {y}",
              "Household spending on live events and recreation", "Attendance at cultural venues and events, {y}", "Arts and culture in the regions: {y} results",
              "Sport and recreation strategy {y}-{y2}", "Women and girls in sport: participation and attitudes", "Tourism satellite account {y}",
              "Online gambling: consumer survey {y}", "Broadcasting of sport on free-to-air television: review", "Music streaming and radio listening in {y}"]  # fmt: skip
ACTS = [("Government of Ireland", "Gambling Regulation Act 2024", 2024, "Dublin", "Stationery Office"),
        ("Government of Ireland", "Online Safety and Media Regulation Act 2022", 2022, "Dublin", "Stationery Office"),
        ("New Zealand Government", "Major Events Management Act 2007", 2007, "Wellington", "Parliamentary Counsel Office"),
        ("New Zealand Government", "Gambling Act 2003", 2003, "Wellington", "Parliamentary Counsel Office"),
        ("Commonwealth of Australia", "Broadcasting Services Act 1992", 1992, "Canberra", "Federal Register of Legislation"),
        ("Commonwealth of Australia", "Interactive Gambling Act 2001", 2001, "Canberra", "Federal Register of Legislation"),
        ("Government of Canada", "Online Streaming Act (S.C. 2023, c. 8)", 2023, "Ottawa", "Justice Laws"),
        ("Government of Canada", "Competition Act (R.S.C. 1985, c. C-34)", 1985, "Ottawa", "Justice Laws")]  # fmt: skip

BOOKS = ["Sport marketing", "Strategic sport marketing", "Sports marketing: a strategic perspective", "Marketing the arts: a fresh approach",
         "Arts marketing", "Music business essentials", "Events management: an introduction", "Festival and special event management",
         "Sport sponsorship: principles and practices", "Principles of marketing", "Marketing: an introduction", "Consumer behaviour",
         "Sport broadcasting and media rights", "Fan engagement in the digital age", "Managing live music venues", "Esports business and marketing",
         "The business of sport management", "Brand management: research, theory and practice", "Social media marketing", "Digital marketing"]  # fmt: skip
PUBLISHERS = [("Routledge", "Abingdon"), ("Human Kinetics", "Champaign, IL"), ("Cengage", "Melbourne"), ("Pearson Australia", "Melbourne"),
              ("McGraw-Hill Education", "Sydney"), ("Oxford University Press", "Don Mills, ON"), ("Nelson Education", "Toronto"),
              ("Goodfellow Publishers", "Oxford"), ("Palgrave Macmillan", "London"), ("Wiley", "Milton, Qld"), ("SAGE", "London"),
              ("Kogan Page", "London"), ("Pearson", "Harlow"), ("Butterworth-Heinemann", "Oxford"), ("Gill Education", "Dublin")]  # fmt: skip
HANDBOOKS = ["The Routledge handbook of sport marketing", "The Routledge handbook of festivals", "Handbook of research on sport and business",
             "The SAGE handbook of popular music", "Contemporary issues in sport management", "Sport business in Australia and New Zealand",
             "Arts and cultural management: critical and primary sources", "Esports: a guide to competitive gaming"]  # fmt: skip
TOPICS = ["fan engagement", "sponsorship activation", "ticket pricing", "dynamic pricing", "season-ticket renewal", "women's sport",
          "streaming rights", "athlete branding", "festival loyalty", "live music attendance", "sports betting advertising",
          "esports audiences", "stadium experience", "club membership", "broadcast audiences", "artist brands", "merchandise",
          "secondary ticketing", "community sport", "theatre subscriptions", "music streaming", "social media fandom",
          "Indigenous round", "Gaelic games", "grassroots rugby", "T20 cricket", "netball broadcasting", "tour marketing"]  # fmt: skip
ARTICLE_FORMS = ["{T} and {t2}: evidence from {s}", "Understanding {t} in {s}", "The effect of {t} on {t2}", "{T}: a systematic review",
                 "Why do fans stay? {T} in {s}", "Measuring {t} across the season", "{T} in a small market: the case of {s}",
                 "Exploring {t} through the lens of {t2}", "From the terraces to TikTok: {t} in {s}"]  # fmt: skip
SETTINGS = ["the AFL", "the AFLW", "Super Rugby Pacific", "the GAA", "the NRL", "Canadian hockey", "New Zealand netball", "the Big Bash League",
            "Irish music festivals", "Australian concert promotion", "Canadian theatre", "Oceanic esports", "the United Rugby Championship",
            "the Canadian Premier League", "community sport in Aotearoa", "Irish theatre", "the CFL", "the A-Leagues"]  # fmt: skip
JOURNALS = ["Sport Marketing Quarterly", "Sport Management Review", "European Sport Management Quarterly",
            "International Journal of Sports Marketing and Sponsorship", "Journal of Sport Management", "International Journal of Arts Management",
            "Arts and the Market", "Journal of Consumer Behaviour", "Popular Music and Society", "Event Management",
            "Journal of Convention & Event Tourism", "Australasian Marketing Journal", "Irish Journal of Management",
            "Canadian Journal of Administrative Sciences", "Journal of Gambling Studies", "Communication & Sport", "Journal of Marketing Management"]  # fmt: skip
NEWS = [("The Irish Times", "https://www.irishtimes.com/sport/"), ("ABC News", "https://www.abc.net.au/news/"), ("RNZ", "https://www.rnz.co.nz/news/"),
        ("CBC News", "https://www.cbc.ca/news/"), ("The Sydney Morning Herald", "https://www.smh.com.au/sport/"), ("The Globe and Mail", "https://www.theglobeandmail.com/"),
        ("Irish Independent", "https://www.independent.ie/"), ("The New Zealand Herald", "https://www.nzherald.co.nz/"), ("Stuff", "https://www.stuff.co.nz/"),
        ("RTÉ News", "https://www.rte.ie/news/"), ("The Age", "https://www.theage.com.au/"), ("Toronto Star", "https://www.thestar.com/")]  # fmt: skip
TRADE = [("SportBusiness", "https://www.sportbusiness.com/news/"), ("Music Week", "https://www.musicweek.com/"), ("Billboard", "https://www.billboard.com/pro/"),
         ("Pollstar", "https://news.pollstar.com/"), ("Mumbrella", "https://mumbrella.com.au/"), ("B&T", "https://www.bandt.com.au/"),
         ("StopPress", "https://stoppress.co.nz/"), ("SportsPro", "https://www.sportspromedia.com/"), ("IQ Magazine", "https://www.iq-mag.net/"),
         ("The Industry Observer", "https://theindustryobserver.thebrag.com/"), ("Esports Insider", "https://esportsinsider.com/"),
         ("Strategy", "https://strategyonline.ca/"), ("Marketing Week", "https://www.marketingweek.com/")]  # fmt: skip
BRANDS = ["Electric Picnic", "Splendour in the Grass", "Laneway Festival", "Rhythm and Vines", "Osheaga", "the Wallabies", "the All Blacks",
          "Leinster Rugby", "Collingwood", "the Silver Ferns", "the Toronto Raptors", "Ticketek", "Ticketmaster", "Sportsbet", "Paddy Power",
          "Kayo Sports", "Sky Sport NZ", "TSN", "RTÉ Player", "Spotify", "Croke Park", "the MCG", "Eden Park", "Scotiabank Arena",
          "3Olympia Theatre", "the Big Bash League", "the AFLW", "Netball Australia", "ORDER Esports", "Frontier Touring"]  # fmt: skip
HEADLINES = ["{B} sells out in record time as fans face queues online", "Why {B} is betting on women's sport", "{B} signs new broadcast deal",
             "Dynamic pricing row hits {B}", "How {B} turned TikTok views into ticket sales", "{B} confirms sponsor for next season",
             "Crowds return to {B} after a slow start", "{B} faces backlash over ticket fees", "Inside {B}'s push into streaming",
             "Betting ads around {B} under review", "Festival season: what {B} learned"]  # fmt: skip
PODCASTS = [("The Sport Marketing Show", "Podcast"), ("Ticket to Ride: live music business", "Podcast"), ("Off the Ball", "Podcast"),
            ("The Business of Sport", "Podcast"), ("Music Business Worldwide podcast", "Podcast"), ("SportsPro podcast", "Podcast"),
            ("Taonga Sport Talk", "Podcast"), ("Les affaires du sport", "Balado")]  # fmt: skip
CHANNELS = ["AFL", "New Zealand Rugby", "Cricket Australia", "GAA", "Live Nation Entertainment", "TEDx Talks", "Netball New Zealand",
            "Hockey Canada", "Deloitte", "RNZ", "CBC Sports", "The Frontier Touring Company", "IFPI"]  # fmt: skip
VIDEOS = ["How we sold out {B} in a day", "Behind the scenes: match-day operations at {B}", "{B} season launch", "Fan engagement masterclass",
          "The future of sport sponsorship", "Building an artist brand on TikTok", "What women's sport means to sponsors", "Ticketing explained"]  # fmt: skip
SOCIAL = [("Instagram", "https://www.instagram.com/p/"), ("TikTok", "https://www.tiktok.com/@"), ("X", "https://x.com/"),
          ("LinkedIn", "https://www.linkedin.com/posts/"), ("Facebook", "https://www.facebook.com/")]  # fmt: skip
POSTS = ["Sold out! Thank you to every fan", "Season memberships are now on sale", "Our new kit, made with the community",
         "Presale starts Thursday", "Line-up announcement", "Matariki round jersey reveal", "Seachtain na Gaeilge at the match",
         "Record crowd for the women's final"]  # fmt: skip
WEB_TITLES = ["Ticketing terms and conditions", "Our fan charter", "About us", "Community partnerships", "Membership packages {y}",
              "Accessibility at the venue", "Sponsorship opportunities", "Responsible gambling", "Our history", "Sustainability commitments",
              "Artist resale policy", "Inclusion and diversity in sport", "Media centre"]  # fmt: skip
UNIS = ["University of Otago", "Griffith University", "Dublin City University", "University of Waterloo", "Université Laval",
        "Deakin University", "Technological University Dublin", "Auckland University of Technology"]  # fmt: skip


class Blind25WorkFactory(WorkFactory):
    """The blind25 pool's works, drawn from its own seeded random source so a seed always gives the same works."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 11, "chapter": 5, "journal": 18, "web": 9, "report": 6, "market-research": 5, "company-report": 6,
        "government": 8, "legislation": 2, "news": 8, "trade-press": 7, "podcast": 3, "video": 3, "social": 3,
        "press-release": 2, "thesis": 1,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 59 + 25025)
        for index, locale in enumerate(_LOCALES):
            fake = Faker(locale)
            fake.seed_instance(seed * 307 + index)
            self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        groups = [MAORI_PACIFIC, FIRST_PEOPLES, IRISH, FRENCH_CANADIAN, ASIAN_DIASPORA, DOUBLE]
        if roll < 0.45:
            family, given = self.rng.choice(self.rng.choices(groups, weights=[5, 3, 6, 4, 3, 2])[0])
            return {"family": family, "given": given}
        if roll < 0.52:
            particle, family, given = self.rng.choice(PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name().split("-")[0]
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_AU'].last_name()}"
        return {"family": family, "given": given}

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 17, 9, 6, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.04:  # the classics of sport and arts marketing still on reading lists
            return self.rng.randint(1986, 2004)
        return self.rng.randint(2010, 2025)

    def dated(self, year: int, detail: str = "year") -> dict[str, Any]:
        if detail == "day":
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def access(self, record: dict[str, Any], chance: float = 0.92) -> None:
        if self.rng.random() >= chance:
            return  # the access date left off by habit; the truth records it all the same
        parts = record.get("issued", {}).get("date-parts", [[2021]])[0]
        year = self.rng.randint(max(parts[0], 2022), 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if year == parts[0] and len(parts) > 1:
            month = self.rng.randint(parts[1], 12)
            if month == parts[1] and len(parts) > 2:
                day = self.rng.randint(parts[2], 28)
        record["accessed"] = {"date-parts": [[year, month, day]]}

    def org(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(ORGS)
        return name, set(tags)

    def topic_title(self, forms: list[str], year: int | None = None) -> str:
        t, t2 = self.rng.sample(TOPICS, 2)
        title = self.rng.choice(forms).format(t=t, t2=t2, T=t[0].upper() + t[1:], s=self.rng.choice(SETTINGS),
                                              y=year or self.rng.randint(2016, 2025), y2=self.rng.randint(2026, 2032),
                                              B=self.rng.choice(BRANDS))  # fmt: skip
        return title[0].upper() + title[1:]

    def _id(self) -> str:
        self.counter += 1
        return f"b25w{self.counter}"

    def person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work: "(Sport NZ, 2023a; 2023b)".
        twin = kind in ("web", "report", "government", "market-research", "press-release")
        if twin and self.dated_orgs and "issued" in record and self.rng.random() < 0.1:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(p) for p in issued["date-parts"]]}
            if "accessed" in record:
                del record["accessed"]
                self.access(record, 1.0)
        if twin and "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _book(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.rng.choice(BOOKS), "author": self.people(4),
                                  "issued": self.dated(self.year()), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            record["edition"] = str(self.rng.choice([2, 2, 3, 4, 5, 6, 8]))
        return self.person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS[:3] + PUBLISHERS[8:12])
        start = self.rng.randint(3, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self.topic_title(ARTICLE_FORMS), "author": self.people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))], "container-title": self.rng.choice(HANDBOOKS),
            "issued": self.dated(self.year()), "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self.person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self.topic_title(ARTICLE_FORMS), "author": self.people(8),
            "container-title": self.rng.choice(JOURNALS), "issued": self.dated(self.year()),
            "volume": str(self.rng.randint(4, 38)), "issue": str(self.rng.randint(1, 6)), "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice([1080, 1016, 1108, 1123, 3390])}/{self.rng.randint(10000, 99999)}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 9999)}"
            )
        elif self.rng.random() < 0.3:
            record["URL"] = f"https://journals.example.org/{self.slug(record['title'])}"
            self.access(record)
        return self.person_work(record, "journal")

    def slug(self, text: str) -> str:
        return "-".join(
            "".join(ch for ch in word.lower() if ch.isascii() and ch.isalnum()) for word in text.split()[:6]
        ).strip("-")

    def _web(self) -> Work:
        if self.rng.random() < 0.3:
            record: dict[str, Any] = {"type": "webpage", "title": self.topic_title(["{T}: what it means for {B}", "A guide to {t}",
                                                                                  "Five lessons on {t} from {s}"]),
                                      "author": self.people(2), "container-title": self.rng.choice(["LinkedIn", "Medium", "The Conversation"])}  # fmt: skip
            if self.rng.random() < 0.8:
                record["issued"] = self.dated(self.rng.randint(2016, 2025), "day")
            record["URL"] = f"https://www.example.com/{self.slug(record['title'])}"
            self.access(record, 0.88)
            return self.person_work(record, "web")
        name, tags = self.org()
        record = {"type": "webpage", "title": self.topic_title(WEB_TITLES), "container-title": name.split(" (")[0]}
        if self.rng.random() < 0.6:
            record["issued"] = self.dated(self.rng.randint(2015, 2025))
        record["URL"] = (
            f"https://www.{self.slug(name.split(' (')[0]).replace('-', '')[:18] or 'org'}.org/{self.slug(record['title'])}"
        )
        self.access(record, 0.85)
        return self.org_work(record, "web", name, tags)

    def _report(self) -> Work:
        name, tags = self.org()
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self.topic_title(["{T}: insight report {y}", "The state of {t} {y}",
                                                                             "{T} in {s}: a review", "Fan survey {y}: {t}"], year),
                                  "publisher": name.split(" (")[0], "issued": self.dated(year)}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = (
                f"https://www.{self.slug(name).replace('-', '')[:16] or 'org'}.com/insights/{self.slug(record['title'])}"
            )
            self.access(record)
        if self.rng.random() < 0.12:
            record.pop("issued")
            if "accessed" not in record and "URL" in record:
                self.access(record, 1.0)
        return self.org_work(record, "report", name, tags)

    def _market_research(self) -> Work:
        name, url = self.rng.choice(RESEARCH)
        market = self.rng.choice(["Live music and festivals", "Sports betting", "Music streaming", "Spectator sports", "Esports",
                                  "Theatre and the performing arts", "Sports merchandise", "Sports broadcasting"])  # fmt: skip
        country = self.rng.choice(["Australia", "New Zealand", "Canada", "Ireland"])
        year = self.rng.randint(2016, 2025)
        title = self.rng.choice([f"{market} - {country} - {year}", f"{market} in {country}: market report", f"Sports fandom in {country} {year}",
                                 f"Share of adults in {country} who attended a live event in {year}, by age"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": url + self.slug(title)}
        if self.rng.random() < 0.9:
            record["issued"] = self.dated(year)
        self.access(record)
        return self.org_work(record, "market-research", name, {"market-research"})

    def _company_report(self) -> Work:
        name = self.rng.choice(["Live Nation Entertainment, Inc.", "TEG Pty Ltd", "Tabcorp Holdings Limited", "Flutter Entertainment plc",
                                "Entain plc", "Spotify Technology S.A.", "Rogers Communications Inc.", "Sky Network Television Ltd",
                                "Nine Entertainment Co.", "Maple Leaf Sports & Entertainment (MLSE)", "Gaelic Athletic Association (GAA)",
                                "Cricket Australia", "New Zealand Rugby", "Irish Rugby Football Union (IRFU)", "Australian Football League (AFL)"])  # fmt: skip
        year = self.rng.randint(2015, 2025)
        title = self.rng.choice([f"Annual report {year - 1}", f"Annual report {year - 1}/{str(year)[2:]}", f"Integrated report {year}",
                                 f"Form 10-K for the fiscal year ended December 31, {year - 1}", f"Sustainability report {year}",
                                 f"Annual review {year - 1}"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "publisher": name.split(" (")[0],
            "issued": self.dated(year),
        }
        if self.rng.random() < 0.75:
            record["URL"] = f"https://investors.example.com/{self.slug(name)}/{year}"
            self.access(record)
        return self.org_work(record, "company-report", name, {"company"})

    def _government(self) -> Work:
        name, url = self.rng.choice(GOVERNMENT)
        year = self.rng.randint(2014, 2025)
        title = self.rng.choice(GOV_TITLES).format(y=year - 1, y2=year + 4)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": title,
            "URL": url + self.slug(title),
        }
        if self.rng.random() < 0.92:
            record["issued"] = self.dated(year)
        self.access(record)
        if self.rng.random() < 0.25 and name in ("Australian Bureau of Statistics", "Central Statistics Office"):
            name = f"{name} ({'ABS' if name.startswith('Australian') else 'CSO'})"
        return self.org_work(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        # An Act written under its jurisdiction as author, as these candidates' centres teach it.
        author, title, year, place, publisher = self.rng.choice(ACTS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": self.dated(year), "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        return self.org_work(record, "legislation", author, {"government", "legislation"})

    def _news(self) -> Work:
        outlet, url = self.rng.choice(NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.rng.choice(HEADLINES).format(B=self.rng.choice(BRANDS)),
                                  "container-title": outlet, "issued": self.dated(self.rng.randint(2016, 2025), "day")}  # fmt: skip
        record["title"] = record["title"][0].upper() + record["title"][1:]
        record["URL"] = url + self.slug(record["title"])
        self.access(record)
        if self.rng.random() < 0.8:
            record["author"] = self.people(2)
            return self.person_work(record, "news")
        return self.org_work(record, "news", outlet, {"press"})

    def _trade_press(self) -> Work:
        outlet, url = self.rng.choice(TRADE)
        record: dict[str, Any] = {"type": "article-magazine", "title": self.rng.choice(HEADLINES).format(B=self.rng.choice(BRANDS)),
                                  "container-title": outlet, "issued": self.dated(self.rng.randint(2016, 2025), "day")}  # fmt: skip
        record["title"] = record["title"][0].upper() + record["title"][1:]
        record["URL"] = url + self.slug(record["title"])
        self.access(record)
        if self.rng.random() < 0.7:
            record["author"] = self.people(2)
            return self.person_work(record, "trade-press")
        return self.org_work(record, "trade-press", outlet, {"press"})

    def _podcast(self) -> Work:
        show, medium = self.rng.choice(PODCASTS)
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {self.rng.randint(3, 240)}: {self.topic_title(['{t}', '{t} with {B}', '{T} in {s}'])}",
                                  "container-title": show, "medium": medium, "issued": self.dated(self.rng.randint(2018, 2025), "day")}  # fmt: skip
        record["URL"] = f"https://podcasts.example.com/{self.slug(show)}/{self.slug(record['title'])}"
        self.access(record)
        if self.rng.random() < 0.6:
            record["author"] = self.people(2)
            return self.person_work(record, "podcast")
        return self.org_work(record, "podcast", show, {"media"})

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(VIDEOS).format(B=self.rng.choice(BRANDS)),
                                  "medium": "YouTube", "issued": self.dated(self.rng.randint(2015, 2025), "day")}  # fmt: skip
        record["title"] = record["title"][0].upper() + record["title"][1:]
        record["URL"] = f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10 - 1)}"
        self.access(record)
        if self.rng.random() < 0.3:
            record["author"] = self.people(1)
            return self.person_work(record, "video")
        return self.org_work(record, "video", self.rng.choice(CHANNELS), {"media"})

    def _social(self) -> Work:
        platform, url = self.rng.choice(SOCIAL)
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(POSTS), "container-title": platform,
                                  "issued": self.dated(self.rng.randint(2019, 2025), "day")}  # fmt: skip
        record["URL"] = f"{url}{self.rng.randint(10**6, 10**7)}"
        self.access(record)
        if self.rng.random() < 0.35:
            record["author"] = self.people(1)
            return self.person_work(record, "social")
        name = self.rng.choice(["Netball New Zealand", "Cricket Ireland", "Electric Picnic", "Splendour in the Grass", "Hockey Canada",
                                "AFL", "Leinster Rugby", "Rhythm and Vines", "Osheaga", "ORDER Esports"])  # fmt: skip
        return self.org_work(record, "social", name, {"media"})

    def _press_release(self) -> Work:
        name, tags = self.org()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(HEADLINES).format(B=self.rng.choice(BRANDS)) + " [Press release]",
                                  "container-title": name.split(" (")[0], "issued": self.dated(self.rng.randint(2017, 2025), "day")}  # fmt: skip
        record["title"] = record["title"][0].upper() + record["title"][1:]
        record["URL"] = f"https://media.example.com/{self.slug(record['title'])}"
        self.access(record)
        return self.org_work(record, "press-release", name, tags)

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self.topic_title(ARTICLE_FORMS), "author": self.people(1),
                                  "genre": self.rng.choice(["MBA dissertation", "MCom thesis", "PhD thesis", "MSc dissertation"]),
                                  "publisher": self.rng.choice(UNIS), "issued": self.dated(self.year())}  # fmt: skip
        return self.person_work(record, "thesis")
