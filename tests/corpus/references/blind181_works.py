"""Works for the blind181 pool (HELD OUT): what marketers in Jamaica, Trinidad and Tobago, Barbados, the wider
English-speaking Caribbean and its diaspora cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Afro-Caribbean, Indo-Caribbean,
Chinese-Caribbean, Syrian-Lebanese, Portuguese-Guyanese, French Creole (St Lucia, Dominica, Haiti's diaspora) and
Rastafarian names, with "Jr." and "III", hyphens, "de" and "D'", accents and expatriate scholars; banks, telecoms,
food and drink makers, resorts and airlines with their legal forms (Ltd., Limited, Inc., Holdings, "LIAT (1974)
Ltd", credit unions and building societies), regulators and governments, laws as the region numbers them, UWI,
UTech, Lok Jack and University of Guyana theses, SALISES and other conference papers, research firms' titles with
a year, the Gleaner, the Observer, the Express and the Nation signed and unsigned, posts, podcasts, videos and
undated pages, and titles in Jamaican patois, Trinidadian Creole and Bajan with English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_GIVEN_AFRO = ["Kemar", "Shanique", "Tameka", "Orville", "Marlon", "Keisha", "Andre", "Damion", "Nadine", "Sashana",
               "Jermaine", "Rohan", "Dwayne", "Camille", "Shamoy", "Odane", "Kadian", "Tricia", "Sherika", "Akeem",
               "Omari", "Kamau", "Nkosi", "Ayodele", "Delroy", "Winston", "Yvonne", "Hyacinth", "Claudette", "Garfield",
               "Everton", "Natalee", "Kerene", "Tashana", "Jodi", "Ricardo", "Ainsley", "Collin", "Kirk", "Shenelle"]  # fmt: skip
_FAMILY_AFRO = ["Brown", "Campbell", "Williams", "Thompson", "Grant", "McKenzie", "Clarke", "Reid", "Henry", "Francis",
                "Gordon", "Spence", "Bailey", "Powell", "Lewis", "Morrison", "Walters", "Wint", "Lindo", "Gayle",
                "Chambers", "Ellington", "Bartley", "Cumberbatch", "Greenidge", "Holder", "Worrell", "Best", "Springer",
                "Alleyne", "Joseph", "Charles", "Ferguson", "Knowles", "Pinder", "Rolle", "Bethel", "Toppin", "Forde",
                "Blackman", "Nurse", "Griffith", "Mathurin", "Bynoe", "Smikle", "Chin-Quee", "Lewis-Bynoe",
                "Hall-Campbell", "Bennett-Coverley", "Williams-Mitchell", "McFarlane", "MacPherson", "O'Meally"]  # fmt: skip
_GIVEN_INDO = ["Ravindra", "Anand", "Vidya", "Shiva", "Kamla", "Sunil", "Indira", "Rajesh", "Nadira", "Farouk",
               "Aleem", "Shabana", "Sharda", "Vishnu", "Devika", "Nirmala", "Vashti", "Suresh", "Rhondall", "Krishna",
               "Shazard", "Savitri", "Roshan", "Amrita"]  # fmt: skip
_FAMILY_INDO = ["Ramdial", "Maharaj", "Persad", "Ali", "Mohammed", "Ramkissoon", "Seepersad", "Ramlogan", "Boodram",
                "Rampersad", "Singh", "Khan", "Baksh", "Jagessar", "Dookeran", "Ramsaran", "Sookdeo", "Bissessar",
                "Ramnarine", "Chatoor", "Hosein", "Mahabir", "Persad-Bissessar", "Maharaj-Seepersad", "Rambharat"]  # fmt: skip
_NAMES_CHINESE_LEBANESE = [("Chin", "Wayne"), ("Lyn", "Richard"), ("Chen", "Karen"), ("Lee", "Michael"),
                           ("Ho Sang", "Chantal"), ("Chung", "Patrick"), ("Chin See", "Lisa"), ("Lee Chin", "Gordon"),
                           ("Lue", "Andrea"), ("Chen See", "Donovan"), ("Yap", "Stephanie"), ("Ho-Sing-Loy", "Anthony"),
                           ("Issa", "Gabriel"), ("Hanna", "Diane"), ("Matalon", "Joseph"), ("Mahfood", "Elias"),
                           ("Azar", "Nadia"), ("Hadeed", "Kamal"), ("Sabga", "Christine"), ("Aboud", "Gerald"),
                           ("Habib", "Rania"), ("Shoucair", "Simone"), ("Elias", "Joanne")]  # fmt: skip
# French Creole, Haitian and Portuguese-Guyanese names, accents and particles kept as the authors write them.
_NAMES_ACCENTED = [("Désir", "Théodore"), ("Bélizaire", "Josué"), ("Pierre-Louis", "Marie-Claude"),
                   ("Étienne", "Célestine"), ("Lafortune", "Frédérick"), ("St. Hélène", "Gérard"),
                   ("Jn Baptiste", "Marcia"), ("Gonçalves", "Ana"), ("Fernandes", "João"), ("Camacho", "Rosário"),
                   ("Théobalds", "Nadège"), ("Médard", "Régis")]  # fmt: skip
_PARTICLE_NAMES = [("de", "Freitas", "Rhonda"), ("de", "Souza", "Mark"), ("da", "Silva", "Renata"),
                   ("de", "Caires", "Peter"), ("de", "Verteuil", "Anthony"), ("de", "Gannes", "Jean")]  # fmt: skip
_RASTA = [("Christie", "Ras Iyah"), ("Morgan", "Makeda"), ("Tafari-Ama", "Imani"), ("Barrett", "Jahmali"),
          ("Dread", "Ijahnya"), ("Hylton", "Nyah")]  # fmt: skip
_EXPATRIATES = [("Smith", "Alison"), ("Hughes", "Gareth"), ("Baker", "Emma"), ("Meyer", "Stefan"),
                ("Okonkwo", "Chidi"), ("Nguyen", "Thi Lan"), ("Gutiérrez", "Lucía"), ("Jensen", "Mette"),
                ("Johnson", "Robert"), ("Pattullo", "Polly"), ("Crick", "Malcolm"), ("Dunn", "Hopeton")]  # fmt: skip
_SUFFIXES = ["Jr.", "III", "Jr.", "Sr."]

# Organisations as Caribbean candidates cite them: (name, tags).
_COMPANIES = [
    ("GraceKennedy Limited", {"company"}), ("GraceKennedy Financial Group", {"company"}), ("Grace Foods UK", {"company"}),
    ("Wisynco Group Limited", {"company"}), ("National Commercial Bank Jamaica Limited", {"company"}),
    ("NCB Financial Group Limited", {"company"}), ("Scotiabank Jamaica", {"company"}), ("JMMB Group Ltd.", {"company"}),
    ("Sagicor Group Jamaica Limited", {"company"}), ("First Citizens Bank Limited", {"company"}),
    ("Republic Financial Holdings Limited", {"company"}), ("CIBC Caribbean", {"company"}),
    ("CIBC FirstCaribbean International Bank", {"company"}), ("Lynk", {"company"}), ("Digicel Group", {"company"}),
    ("Digicel Jamaica Limited", {"company"}), ("Liberty Latin America Ltd.", {"company"}), ("Flow Jamaica", {"company"}),
    ("Telecommunications Services of Trinidad and Tobago Limited (TSTT)", {"company", "abbreviation"}),
    ("Tastee Limited", {"company"}), ("Juici Beef Limited", {"company"}), ("J. Wray & Nephew Limited", {"company", "ampersand"}),
    ("Appleton Estate", {"company"}), ("Mount Gay Distilleries Limited", {"company"}),
    ("Angostura Holdings Limited", {"company"}), ("Carib Brewery Limited", {"company"}), ("Banks DIH Limited", {"company"}),
    ("Massy Holdings Ltd.", {"company"}), ("PriceSmart, Inc.", {"company", "comma"}),
    ("Courts (Jamaica) Limited", {"company", "bracket"}), ("Sandals Resorts International", {"company"}),
    ("Caribbean Airlines Limited", {"company"}), ("interCaribbean Airways", {"company", "lowercase"}),
    ("LIAT (1974) Ltd", {"company", "bracket-year"}), ("Seprod Limited", {"company"}),
    ("Jamaica Producers Group Limited", {"company"}), ("ANSA McAL Limited", {"company"}),
    ("Agostini's Limited", {"company", "apostrophe"}), ("Prestige Holdings Limited", {"company"}),
    ("Goddard Enterprises Limited", {"company"}), ("Guardian Holdings Limited", {"company"}),
    ("Jamaica Broilers Group Limited", {"company"}), ("JN Group", {"company"}),
    ("The Victoria Mutual Building Society", {"company"}), ("Hi-Lo Food Stores", {"company"}),
    ("Jamaica Co-operative Credit Union League Limited", {"friendly-society"}),
    ("COK Sodality Co-operative Credit Union Limited", {"friendly-society"}),
    ("Teachers Credit Union Co-operative Society Limited", {"friendly-society"}),
    ("Barbados Public Workers' Co-operative Credit Union Limited", {"friendly-society", "apostrophe"}),
    ("Jamaica Stock Exchange", {"company"}), ("Caribbean Information and Credit Rating Services Limited (CariCRIS)", {"company", "abbreviation"}),
]  # fmt: skip
_BODIES = [
    ("Jamaica Tourist Board", {"government"}), ("Barbados Tourism Marketing Inc.", {"government"}),
    ("Caribbean Tourism Organization (CTO)", {"trade-body", "abbreviation"}), ("Caribbean Tourism Organization", {"trade-body"}),
    ("Jamaica Hotel & Tourist Association (JHTA)", {"trade-body", "ampersand", "abbreviation"}),
    ("Private Sector Organisation of Jamaica (PSOJ)", {"trade-body", "abbreviation"}),
    ("Trinidad and Tobago Chamber of Industry and Commerce", {"trade-body"}),
    ("Jamaica Manufacturers & Exporters Association", {"trade-body", "ampersand"}),
    ("Barbados Private Sector Association", {"trade-body"}), ("Caribbean Export Development Agency", {"trade-body"}),
    ("Caribbean Development Bank", {"trade-body"}), ("Advertising Agencies Association of Jamaica", {"trade-body"}),
    ("Trinidad and Tobago Publishers and Broadcasters Association", {"trade-body"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Bank of Jamaica", {"government"}), ("Central Bank of Trinidad and Tobago", {"government"}),
    ("Central Bank of Barbados", {"government"}), ("Eastern Caribbean Central Bank", {"government"}),
    ("Office of the Information Commissioner", {"government"}), ("Fair Trading Commission", {"government"}),
    ("Consumer Affairs Commission", {"government"}), ("Statistical Institute of Jamaica (STATIN)", {"government", "abbreviation"}),
    ("STATIN", {"government", "acronym"}), ("Central Statistical Office", {"government"}),
    ("Barbados Statistical Service", {"government"}), ("Planning Institute of Jamaica (PIOJ)", {"government", "abbreviation"}),
    ("Ministry of Tourism, Jamaica", {"government", "comma"}), ("Ministry of Industry, Investment and Commerce", {"government", "comma"}),
    ("Government of Jamaica", {"government"}), ("Government of the Republic of Trinidad and Tobago", {"government"}),
    ("Government of Barbados", {"government"}), ("CARICOM Secretariat", {"government"}),
    ("Organisation of Eastern Caribbean States (OECS) Commission", {"government", "abbreviation"}),
    ("Telecommunications Authority of Trinidad and Tobago (TATT)", {"government", "abbreviation"}),
    ("Office of Utilities Regulation", {"government"}), ("Broadcasting Commission of Jamaica", {"government"}),
    ("Jamaica Promotions Corporation (JAMPRO)", {"government", "abbreviation"}), ("Financial Services Commission", {"government"}),
    ("Bureau of Standards Jamaica", {"government"}),
]  # fmt: skip
# Laws as the region numbers them, with the government that made them.
_LAWS = [
    ("Data Protection Act, 2020 (Jamaica)", "Government of Jamaica", 2020, "https://laws.moj.gov.jm/library/statute/the-data-protection-act"),
    ("The Data Protection Act, 2020", "Government of Jamaica", 2020, "https://opm.gov.jm/wp-content/uploads/2020/06/data-protection-act.pdf"),
    ("Data Protection Act, Chap. 22:04 (Trinidad and Tobago)", "Government of the Republic of Trinidad and Tobago", 2011, "https://rgd.legalaffairs.gov.tt/laws2/alphabetical_list/lawspdfs/22.04.pdf"),
    ("Consumer Protection Act (Jamaica) 2005", "Government of Jamaica", 2005, "https://laws.moj.gov.jm/library/statute/the-consumer-protection-act"),
    ("The Fair Competition Act", "Government of Jamaica", 1993, "https://jftc.gov.jm/fair-competition-act"),
    ("Electronic Transactions Act, 2006", "Government of Jamaica", 2006, "https://laws.moj.gov.jm/library/statute/the-electronic-transactions-act"),
    ("Data Protection Act, 2019-29 (Barbados)", "Government of Barbados", 2019, "https://www.barbadosparliament.com/bills/details/data-protection"),
    ("Consumer Protection Act, Cap. 326D", "Government of Barbados", 2002, "https://www.ftc.gov.bb/library/consumer-protection-act"),
    ("Fair Trading Act, Chap. 81:13", "Government of the Republic of Trinidad and Tobago", 2006, "https://rgd.legalaffairs.gov.tt/laws2/alphabetical_list/lawspdfs/81.13.pdf"),
    ("Payment Clearing and Settlement Act, 2010", "Government of Jamaica", 2010, "https://boj.org.jm/payments/psa"),
    ("Banking Services Act, 2014", "Government of Jamaica", 2014, "https://laws.moj.gov.jm/library/statute/the-banking-services-act"),
    ("Electronic Transactions Act, Chap. 22:05", "Government of the Republic of Trinidad and Tobago", 2011, "https://rgd.legalaffairs.gov.tt/laws2/alphabetical_list/lawspdfs/22.05.pdf"),
]  # fmt: skip
_RESEARCH = ["Market Research Services Limited", "Blue Dot Insights", "Statista", "Euromonitor International", "Kantar",
             "Mintel", "GSMA Intelligence", "DataReportal", "Caribbean Market Research Limited", "Johnson Survey Research"]  # fmt: skip
_RESEARCH_MARKETS = ["consumer foodservice", "alcoholic drinks", "rum", "soft drinks", "mobile money", "retail banking",
                     "patties and quick-service food", "all-inclusive hotels", "remittances", "digital payments",
                     "beer", "snack foods", "mobile telephony", "e-commerce"]  # fmt: skip
_RESEARCH_PLACES = ["Jamaica", "Trinidad and Tobago", "Barbados", "the Caribbean", "the Bahamas", "Guyana", "the OECS",
                    "the English-speaking Caribbean"]  # fmt: skip
_PRESS = ["The Gleaner", "Jamaica Gleaner", "The Sunday Gleaner", "Jamaica Observer", "Trinidad Guardian",
          "Trinidad Express", "Newsday", "Nation News", "Barbados Today", "Loop News", "RJR News", "CNC3",
          "Stabroek News", "Kaieteur News", "The Tribune", "St Lucia Times", "The Voice", "Caribbean Life",
          "Miami Herald", "Caribbean Journal", "Caribbean Business Report"]  # fmt: skip
_PRESS_SITES = {"The Gleaner": "jamaica-gleaner.com", "Jamaica Gleaner": "jamaica-gleaner.com",
                "The Sunday Gleaner": "jamaica-gleaner.com", "Jamaica Observer": "www.jamaicaobserver.com",
                "Trinidad Guardian": "www.guardian.co.tt", "Trinidad Express": "trinidadexpress.com",
                "Newsday": "newsday.co.tt", "Nation News": "nationnews.com", "Barbados Today": "barbadostoday.bb",
                "Loop News": "tt.loopnews.com", "RJR News": "radiojamaicanewsonline.com", "CNC3": "www.cnc3.co.tt",
                "Stabroek News": "www.stabroeknews.com", "Kaieteur News": "www.kaieteurnewsonline.com",
                "The Tribune": "www.tribune242.com", "St Lucia Times": "stluciatimes.com", "The Voice": "www.voice-online.co.uk",
                "Caribbean Life": "www.caribbeanlife.com", "Miami Herald": "www.miamiherald.com",
                "Caribbean Journal": "www.caribjournal.com", "Caribbean Business Report": "caribbeanbusinessreport.com"}  # fmt: skip
_JOURNALS = ["Social and Economic Studies", "Journal of Eastern Caribbean Studies", "Caribbean Quarterly",
             "Journal of Retailing and Consumer Services", "Journal of Marketing Management",
             "International Journal of Bank Marketing", "Journal of Destination Marketing & Management",
             "Tourism Management", "Journal of Hospitality and Tourism Insights", "Journal of Small Business and Enterprise Development",
             "Caribbean Journal of Management", "International Journal of Consumer Studies",
             "Journal of Islands and Small States Studies", "Journal of Tourism Futures"]  # fmt: skip
_PUBLISHERS = [("Ian Randle Publishers", "Kingston"), ("University of the West Indies Press", "Kingston"),
               ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Palgrave Macmillan", "London"), ("Arawak Publications", "Kingston"), ("Oxford University Press", "Oxford"),
               ("McGraw Hill", "New York"), ("Wiley", "Hoboken, NJ"), ("Goodfellow Publishers", "Oxford")]  # fmt: skip
_UNIVERSITIES = ["University of the West Indies, Mona", "University of the West Indies, St. Augustine",
                 "The University of the West Indies, Cave Hill", "University of Technology, Jamaica",
                 "Arthur Lok Jack Global School of Business", "University of Guyana", "Mona School of Business and Management",
                 "University of the Southern Caribbean", "Northern Caribbean University", "University of the West Indies, Open Campus"]  # fmt: skip
_GENRES = ["MBA dissertation", "MSc thesis", "PhD thesis", "DBA thesis", "MPhil thesis", "EMBA research project"]
_CONFERENCES = [("Proceedings of the SALISES Annual Conference", "Kingston"),
                ("Proceedings of the Caribbean Academy of Management Conference", "Port of Spain"),
                ("Proceedings of the UWI Mona Academic Conference", "Kingston"),
                ("Caribbean Tourism Organization State of the Industry Conference", "Bridgetown"),
                ("Proceedings of the Academy of Marketing Conference", "London"),
                ("Proceedings of the Caribbean Finance and Business Conference", "Port of Spain")]  # fmt: skip
_TOPICS = ["mobile money adoption", "diaspora marketing", "remittance services", "brand loyalty among Jamaican youth",
           "Carnival sponsorship", "rum tourism", "all-inclusive resort marketing", "the Buy Local movement",
           "social media advertising", "influencer marketing", "customer service in retail banking",
           "financial inclusion", "patty chains and quick-service food", "destination branding", "dancehall and brand culture",
           "WhatsApp commerce", "price sensitivity after devaluation", "sports sponsorship and West Indies cricket",
           "cashless payments", "loyalty programmes", "Crop Over marketing", "nation branding", "food import substitution",
           "airline connectivity", "customer experience in telecoms", "ethnic food brands in the diaspora",
           "data privacy and consent", "second-hand and informal trade", "festival tourism", "fintech trust"]  # fmt: skip
# Titles in Jamaican patois, Trinidadian Creole and Bajan, with English in square brackets as candidates cite them.
_CREOLE_TITLES = [
    "Wi likkle but wi tallawah [We are small but strong]", "Mi nuh business [I don't care]",
    "Tun yuh hand mek fashion [Make do with what you have]", "Wah gwaan wid di food price? [What is happening with food prices?]",
    "Every mickle mek a muckle [Small savings add up]", "One one coco full basket [Little by little the basket fills]",
    "Doh study it [Don't worry about it]", "Liming and spending [Hanging out and spending]",
    "Who doh hear does feel [Those who do not listen will suffer]", "Fete after fete [One party after another]",
    "Yuh cyah play mas and fraid powder [You cannot take part and fear the consequences]",
    "Bun and cheese fi Easter [Bun and cheese for Easter]", "Buss a lime [Have a good time]",
    "Wha sweet nanny goat a go run him belly [What pleases now may harm later]", "Nuh weh nuh betta dan yaad [There is no place like home]",
    "De higher de monkey climb [The higher you rise, the more you are exposed]", "Sweet fuh so [Very enjoyable]",
]  # fmt: skip


class Blind181WorkFactory(WorkFactory):
    """The blind181 pool's works: the English-speaking Caribbean and its diaspora, from its own seeded source."""

    # What make() draws, with weights; KINDS are the Work kinds they come out as.
    DRAWN: ClassVar[dict[str, int]] = {
        "book": 12, "chapter": 5, "journal": 20, "thesis": 5, "conference": 4, "company-web": 10, "company-report": 8,
        "trade-body": 5, "government": 8, "legislation": 4, "market-research": 7, "news-signed": 8, "news-unsigned": 4,
        "social": 3, "video": 3, "undated-web": 4,
    }  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "video", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 181 + 18101)
        self.dated_organisations: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.38:
            name = {"family": self.rng.choice(_FAMILY_AFRO), "given": self.rng.choice(_GIVEN_AFRO)}
        elif roll < 0.6:
            name = {"family": self.rng.choice(_FAMILY_INDO), "given": self.rng.choice(_GIVEN_INDO)}
        elif roll < 0.72:
            family, given = self.rng.choice(_NAMES_CHINESE_LEBANESE)
            name = {"family": family, "given": given}
        elif roll < 0.8:
            family, given = self.rng.choice(_NAMES_ACCENTED)
            name = {"family": family, "given": given}
        elif roll < 0.85:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.88:
            family, given = self.rng.choice(_RASTA)
            name = {"family": family, "given": given}
        elif roll < 0.96:
            family, given = self.rng.choice(_EXPATRIATES)
            name = {"family": family, "given": given}
        else:
            fake = self.fakers["en_GB"]
            name = {"family": fake.last_name(), "given": fake.first_name()}
        if self.rng.random() < 0.05:
            name["suffix"] = self.rng.choice(_SUFFIXES)
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 8, 5, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        table = self.rng.choices([_COMPANIES, _BODIES, _GOVERNMENT], weights=[55, 20, 25])[0]
        name, tags = self.rng.choice(table)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1972, 1999)
        return self.rng.randint(2005, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        start = max(2022, year + 1) if year else 2022
        return {
            "date-parts": [
                [self.rng.randint(start, max(start, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(["Jamaica", "Trinidad and Tobago", "Barbados", "the Caribbean", "Guyana", "the OECS",
                                 "the Caribbean diaspora", "small island developing states", "Kingston", "Port of Spain"])  # fmt: skip
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"{topic[0].upper()}{topic[1:]}: evidence from {place}",
            f"Understanding {topic} in {place}",
            f"The impact of {topic} on consumer behaviour in {place}",
            f"{self.rng.choice(_CREOLE_TITLES)}: {topic} in {place}",
            f"Rethinking {topic} after COVID-19: the case of {place}",
            f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}",
            f"Determinants of {topic} among consumers in {place}",
        ]
        return self.rng.choice(forms)

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://{host}/{fake.slug()}" if host else fake.url() + fake.uri_path()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _dated_org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation with a second work in the same year ("Bank of Jamaica, 2019a" and "2019b").
        if self.dated_organisations and "issued" in record and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(self.dated_organisations)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
            record["title"] = record["title"].replace(str(record.pop("shown", year)), str(year))
        record.pop("shown", None)
        if "issued" in record:
            self.dated_organisations.append((name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:
            record["medium"] = "e-book"
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2),
            "container-title": self.rng.choice(["Marketing in the Caribbean", "Caribbean tourism: new perspectives",
                                                "Business and society in the Caribbean", "Caribbean business cases",
                                                "Consumer behaviour in small island economies", "The Caribbean diaspora and business"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 280))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 72)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "issued": {"date-parts": [[self.year()]]}, "genre": self.rng.choice(_GENRES),
                                  "publisher": self.rng.choice(_UNIVERSITIES)}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        container, place = self.rng.choice(_CONFERENCES)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "container-title": container,
                                  "publisher-place": place,
                                  "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(5, 15)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        title = self.rng.choice(["About us", "Our history", "Sustainability", "Investor relations", "Our brands",
                                 "Careers", "Newsroom", "Community and foundation", "Personal banking", "Rewards",
                                 "Our heritage", "Privacy notice", "Group profile", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url()}
        if self.rng.random() < 0.7:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after(year)
        else:
            record["accessed"] = self.accessed_after(None)
        if self.rng.random() < 0.1:
            record.pop("accessed")  # candidates often leave it out
        return self._dated_org_work(record, "web", name, set(tags))

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"{year} annual report", f"Sustainability report {year}",
                                 f"Integrated report {year}", "Annual report", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]}, "shown": year,
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Kingston", "Port of Spain", "Bridgetown", "Georgetown", "Nassau"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return self._dated_org_work(record, "report", name, set(tags))

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._dated_org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        if "Statistic" in name or "STATIN" in name or "Planning" in name:
            titles = [f"Labour force survey {year}", f"Consumer price index bulletin, {year}", f"Economic and social survey {year}",
                      f"Household expenditure survey {year}", "Population and housing census: key findings"]  # fmt: skip
        elif "Bank" in name:
            titles = [f"Financial stability report {year}", f"Payment systems report {year}", "Financial inclusion strategy",
                      "Consumer guide to mobile money", f"Monetary policy report, {year}"]  # fmt: skip
        elif "Information" in name or "Fair" in name or "Consumer" in name or "Standards" in name:
            titles = ["Guidance on the lawful processing of personal data", "Consumer rights and responsibilities",
                      "Guidelines on advertising and pricing", "Direct marketing and consent", self._title()]  # fmt: skip
        else:
            titles = [self._title(), f"Annual report {year}", "National strategy for the digital economy",
                      f"Tourism statistics {year}", "Strategic plan"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}, "shown": year, "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._dated_org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _legislation(self) -> Work:
        title, government, year, url = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": url, "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "legislation", government, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market, place = self.rng.choice(_RESEARCH_MARKETS), self.rng.choice(_RESEARCH_PLACES)
        shown = year or 2024
        title = self.rng.choice([
            f"{market[0].upper()}{market[1:]} in {place} {shown}", f"{market[0].upper()}{market[1:]} in {place}: market report {shown}",
            f"Digital {shown}: {place}", f"The mobile economy: Latin America and the Caribbean {shown}",
            f"Share of adults in {place} using {market}, {shown}", f"{place[0].upper()}{place[1:]} consumer tracker, Q{self.rng.randint(1, 4)} {shown}",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
            record["shown"] = year
        return self._dated_org_work(record, "report", name, {"market-research"})

    def _news_signed(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "author": self._people(2), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(_PRESS_SITES[paper]), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(_PRESS_SITES[paper]), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _headline(self) -> str:
        brand = self.rng.choice(["Wisynco", "GraceKennedy", "NCB", "JMMB", "Digicel", "Flow", "Tastee", "Juici Patties",
                                 "Massy Stores", "Republic Bank", "Sandals", "Caribbean Airlines", "Lynk", "Red Stripe",
                                 "Angostura", "Carib", "Banks Beer", "Courts", "PriceSmart", "bmobile"])  # fmt: skip
        return self.rng.choice([
            f"{brand} bets big on digital", f"{brand} posts record profit", f"{brand} rolls out new loyalty app",
            f"Consumers feel the pinch as {brand} raises prices", f"{brand} sponsors Carnival bands",
            f"{brand} expands into the diaspora market", f"'Buy local' push boosts {brand}",
            f"{brand} under fire over data breach", f"{brand} targets Gen Z with TikTok campaign",
            f"{self.rng.choice(_CREOLE_TITLES)}: {brand} campaign strikes a chord",
        ])  # fmt: skip

    def _social(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES + _BODIES[:3])
        platform = self.rng.choice(["Instagram", "Facebook", "X (formerly Twitter)", "TikTok", "LinkedIn"])
        year = self.rng.randint(2016, 2024)
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Crop Over ready!", "Happy Emancipendence, Jamaica!",
                                                      "Carnival Tuesday energy", "Lime with us this weekend",
                                                      "Divali blessings to all", "Reggae Sumfest countdown",
                                                      "Independence Day giveaway", "New flavour alert"]),
            "container-title": platform, "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(f"www.{platform.split()[0].lower()}.com"), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "social", name, set(tags) | {"social"})

    def _video(self) -> Work:
        year = self.rng.randint(2015, 2025)
        if self.rng.random() < 0.5:
            name, tags = self.rng.choice(_COMPANIES + _BODIES)
            record: dict[str, Any] = {
                "type": "motion_picture", "title": self.rng.choice(["Our story", "Behind the brand", "Brand film",
                                                                    "How we serve the diaspora", "Meet the makers"]),
                "container-title": "YouTube", "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
                "accessed": self.accessed_after(year),
            }  # fmt: skip
            return self._org_work(record, "video", name, set(tags))
        record = {
            "type": "song", "title": f"Episode {self.rng.randint(1, 180)}: {self._title()}", "author": self._people(2),
            "container-title": self.rng.choice(["The Caribbean Marketer Podcast", "Real Talk Caribbean",
                                                "Small Island Business", "Yaad Business", "Liming with Leaders"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url("podcasts.apple.com"), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
