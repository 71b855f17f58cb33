"""Works for the fifty-second held-out pool, "blind52": what gambling, betting, lottery and gaming-regulation
marketers in the UK, Ireland, Malta and Gibraltar cite on CIM Level 6 and 7 courses.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-second hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how CRM, affiliate,
compliance, brand and safer-gambling marketers at bookmakers, online casinos, lotteries, bingo and slots operators,
affiliates and agencies write: gambling-studies journals (Journal of Gambling Studies, International Gambling
Studies, Addiction, Critical Gambling Studies, Journal of Behavioral Addictions) with one to eight authors,
marketing and gambling-policy textbooks and handbook chapters, the Gambling Commission, GambleAware, the Betting and
Gaming Council, the ASA and CAP, the MGA, GRAI and the Gibraltar Gambling Commissioner as authors, operators' annual
reports (plc, Ltd, AB, "&"), H2 Gambling Capital, Regulus Partners and YouGov reports, ASA rulings on named operators,
Acts and regulations under the country that made them, the Racing Post, iGB, EGR, SBC News, the Guardian and the
Irish, Maltese and Gibraltarian press, conference talks at ICE London and SiGMA, theses, web pages with and without
dates or access dates; British, Irish (Ó, Ní, Mac and fadas), Maltese (Borg, Camilleri, Vella, Żammit, with ġ, ħ and
ż), Gibraltarian, Spanish (de la, del, double surnames) and Scandinavian names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (given names, family names) by the cultures these writers meet at work and on their course.
_NAMES: dict[str, tuple[list[str], list[str]]] = {
    "british": (["Oliver", "Hannah", "James", "Charlotte", "Tom", "Rebecca", "Daniel", "Lucy", "Gareth", "Emma",
                 "Rhys", "Priya", "Imran", "Nadia", "Callum", "Sophie", "Marcus", "Georgina", "Kwame", "Bethany"],
                ["Atherton", "Pickering", "Whitcombe", "Hollins", "Marsden", "Threlfall", "Oakes", "Baverstock",
                 "Kettleborough", "Pryce", "Llewellyn", "Hussain", "Chaudhry", "Fairclough", "Rowbotham",
                 "Ashworth-Kemp", "Stanier", "Denholm", "Okafor", "Brackley", "Wickens", "Tranter"]),
    "irish": (["Aoife", "Cian", "Siobhán", "Oisín", "Niamh", "Pádraig", "Gráinne", "Eoin", "Clodagh", "Ciarán",
               "Sinéad", "Darragh", "Róisín", "Fionn"],
              ["Ó Súilleabháin", "Ní Bhriain", "Mac Giolla Phádraig", "O'Driscoll", "McGettigan", "Ní Chonaill",
               "Ó Ceallaigh", "Brennan", "Fitzgerald", "MacNamara", "O'Keeffe", "Ní Mhurchú", "Kavanagh", "Quigley"]),
    "maltese": (["Ġorġ", "Marija", "Ġulja", "Karmenu", "Ċensu", "Ġużeppi", "Rachel", "Kurt", "Charlene", "Luqa",
                 "Ramona", "Ġabriel", "Maria Dolores", "Ħelena", "Nikolai", "Roderick"],
                ["Borg", "Camilleri", "Vella", "Żammit", "Farrugia", "Grech", "Attard", "Mifsud", "Micallef",
                 "Azzopardi", "Spiteri", "Xuereb", "Caruana", "Debono", "Buħagiar", "Ċutajar", "Fenech", "Żerafa",
                 "Borg-Cardona", "Galea", "Muscat", "Abela", "Ellul", "Ħili"]),
    "gibraltarian": (["Joseph", "Gemma", "Albert", "Jonathan", "Elena", "Nicholas", "Yvette", "Keith", "Samantha",
                      "Francis"],
                     ["Picardo", "Bossano", "Feetham", "Linares", "Isola", "Montegriffo", "Netto", "Sacramento",
                      "Azopardi", "Triay", "Origo", "Vinet", "Llamas", "Cortes", "Olivero", "Reyes-Sanchez"]),
    "spanish": (["Lucía", "Javier", "Begoña", "Íñigo", "Marta", "Álvaro", "Nerea", "Sergio", "Inmaculada", "Pau"],
                ["García-Ortega", "Fernández", "Muñoz", "Iñiguez", "Ruiz Zafón", "Jiménez", "Castaño", "Ibáñez",
                 "Martín-Peña", "Ortúzar"]),
    "scandinavian": (["Ida", "Magnus", "Sigrid", "Henrik", "Linnea", "Oskar", "Freja", "Mikael", "Astrid", "Jonas",
                      "Maja", "Eirik"],
                     ["Østergaard", "Lindqvist", "Åberg", "Sjöberg", "Håkansson", "Nørgaard", "Solberg",
                      "Kjærgaard", "Bergström", "Lundén", "Dahl", "Rasmussen", "Wahlström", "Fjeldstad"]),
}  # fmt: skip
_CULTURES = ["british", "british", "british", "british", "irish", "irish", "maltese", "maltese", "maltese",
             "gibraltarian", "spanish", "scandinavian", "scandinavian"]  # fmt: skip
# Family names kept with their particle apart, as reference managers hold them.
_PARTICLE_NAMES = [("de la", "Fuente", "Carmen"), ("del", "Río", "Andrés"), ("de", "Vries", "Sanne"),
                   ("van der", "Meer", "Joost"), ("van", "Leeuwen", "Femke"), ("de", "Giorgio", "Stefano"),
                   ("von", "Platen", "Karin"), ("de la", "Paz", "Rocío"), ("di", "Marco", "Elisa")]  # fmt: skip

# Organisations as authors: (name, tags), real bodies, operators, charities, research firms and press.
_REGULATORS = [
    ("Gambling Commission", {"government"}), ("Malta Gaming Authority", {"government"}),
    ("Malta Gaming Authority (MGA)", {"government", "abbreviation"}),
    ("Gambling Regulatory Authority of Ireland", {"government"}), ("GRAI", {"government", "acronym"}),
    ("Gibraltar Gambling Commissioner", {"government"}), ("HM Government of Gibraltar", {"government"}),
    ("Department for Culture, Media and Sport", {"government", "comma"}),
    ("Department for Culture, Media & Sport", {"government", "comma", "ampersand"}),
    ("Department of Justice", {"government"}), ("House of Commons Library", {"government"}),
    ("House of Lords Select Committee on the Social and Economic Impact of the Gambling Industry", {"government"}),
    ("National Audit Office", {"government"}), ("Office for Health Improvement and Disparities", {"government"}),
    ("Public Health England", {"government"}), ("HM Revenue & Customs", {"government", "ampersand"}),
    ("Information Commissioner's Office", {"government", "apostrophe"}),
    ("Advertising Standards Authority", {"trade-body"}), ("ASA", {"trade-body", "acronym"}),
    ("Committee of Advertising Practice (CAP)", {"trade-body", "abbreviation"}),
    ("Broadcast Committee of Advertising Practice", {"trade-body"}),
]  # fmt: skip
_BODIES = [
    ("Betting and Gaming Council", {"trade-body"}), ("Betting & Gaming Council (BGC)", {"trade-body", "ampersand", "abbreviation"}),
    ("GambleAware", {"charity"}), ("GamCare", {"charity"}), ("GAMSTOP", {"charity", "acronym"}),
    ("Young Gamers & Gamblers Education Trust (YGAM)", {"charity", "ampersand", "abbreviation"}),
    ("Gambling with Lives", {"charity"}), ("Citizens Advice", {"charity"}), ("The Children's Society", {"charity", "apostrophe"}),
    ("Children's Commissioner for England", {"government", "apostrophe"}),
    ("Independent Betting Adjudication Service (IBAS)", {"trade-body", "abbreviation"}),
    ("Gibraltar Betting & Gaming Association", {"trade-body", "ampersand"}),
    ("European Gaming & Betting Association (EGBA)", {"trade-body", "ampersand", "abbreviation"}),
    ("Maltese Remote Gaming Council", {"trade-body"}), ("Irish Bookmakers Association", {"trade-body"}),
    ("British Horseracing Authority", {"trade-body"}), ("Horse Racing Ireland", {"trade-body"}),
    ("Bacta", {"trade-body"}), ("The Lotteries Council", {"trade-body"}), ("Social Market Foundation", {"think-tank"}),
    ("Gambling Health Alliance", {"charity"}), ("Royal Society for Public Health", {"charity"}),
]  # fmt: skip
_OPERATORS = [
    ("Entain plc", {"company"}), ("Flutter Entertainment plc", {"company"}), ("Evoke plc", {"company"}),
    ("888 Holdings plc", {"company"}), ("The Rank Group Plc", {"company"}), ("Playtech plc", {"company"}),
    ("Kindred Group plc", {"company"}), ("Kambi Group plc", {"company"}), ("Betsson AB", {"company"}),
    ("Bet365 Group Ltd", {"company"}), ("Allwyn UK", {"company"}), ("Camelot UK Lotteries Ltd", {"company"}),
    ("Premier Lotteries Ireland", {"company"}), ("People's Postcode Lottery", {"company", "apostrophe"}),
    ("Bally's Corporation", {"company", "apostrophe"}), ("Sky Betting & Gaming", {"company", "ampersand"}),
    ("William Hill Ltd", {"company"}), ("Paddy Power", {"company"}), ("Betfred", {"company"}),
    ("BoyleSports", {"company"}), ("LeoVegas AB", {"company"}), ("Lottoland Gibraltar Ltd", {"company"}),
    ("Tote", {"company"}), ("Gamesys Group", {"company"}),
]  # fmt: skip
_RESEARCH = [
    ("H2 Gambling Capital", {"market-research"}), ("Regulus Partners", {"market-research"}),
    ("YouGov", {"market-research"}), ("Ipsos", {"market-research"}), ("Mintel", {"market-research"}),
    ("Statista", {"market-research"}), ("Deloitte", {"company"}), ("PwC", {"company", "acronym"}),
    ("KPMG", {"company", "acronym"}), ("Ernst & Young", {"company", "ampersand"}), ("Kantar", {"market-research"}),
    ("NatCen Social Research", {"market-research"}), ("Vixio GamblingCompliance", {"market-research"}),
]  # fmt: skip
_PRESS = ["The Guardian", "Racing Post", "iGB", "EGR", "SBC News", "BBC News", "The Irish Times", "Irish Independent",
          "Times of Malta", "Malta Independent", "Gibraltar Chronicle", "Financial Times", "The Times",
          "Marketing Week", "Campaign", "The Drum", "Gambling Insider", "CasinoBeats", "Daily Mail"]  # fmt: skip
_JOURNALS = ["Journal of Gambling Studies", "Journal of Gambling Studies", "International Gambling Studies",
             "International Gambling Studies", "Addiction", "Critical Gambling Studies",
             "Journal of Behavioral Addictions", "Addictive Behaviors", "Journal of Gambling Issues",
             "BMC Public Health", "The Lancet Public Health", "International Journal of Advertising",
             "Journal of Marketing Management", "Gaming Law Review", "Psychology of Addictive Behaviors",
             "Journal of Business Research", "International Journal of Mental Health and Addiction"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Palgrave Macmillan", "Cham"), ("Oxford University Press", "Oxford"),
               ("Bristol University Press", "Bristol"), ("Policy Press", "Bristol"), ("Kogan Page", "London"),
               ("Pearson", "Harlow"), ("Sage", "London"), ("Edward Elgar", "Cheltenham"), ("Springer", "Cham"),
               ("Emerald Publishing", "Bingley"), ("Wiley-Blackwell", "Chichester")]  # fmt: skip
_UNIVERSITIES = ["University of Malta", "University of Bristol", "University of Stirling", "University College Dublin",
                 "University of Glasgow", "Trinity College Dublin", "University of Nottingham",
                 "University of Gibraltar", "Lancaster University", "University of Warwick",
                 "Uppsala University", "University of Helsinki"]  # fmt: skip
_EVENTS = [("ICE London 2024", "London"), ("SiGMA Europe 2023", "St Julian's"), ("iGB Affiliate London 2024", "London"),
           ("SBC Summit Barcelona 2023", "Barcelona"), ("Safer Gambling Conference 2022", "London"),
           ("Gambling Compliance Forum 2024", "Gibraltar"), ("SiGMA Europe 2024", "Malta"),
           ("ICE Barcelona 2025", "Barcelona"), ("Irish Gaming Summit 2023", "Dublin")]  # fmt: skip
# Acts and regulations: (body that made it, title, year, URL).
_LEGISLATION = [
    ("Great Britain", "Gambling Act 2005", 2005, "https://www.legislation.gov.uk/ukpga/2005/19"),
    ("Great Britain", "Gambling (Licensing and Advertising) Act 2014", 2014, "https://www.legislation.gov.uk/ukpga/2014/17"),
    ("Great Britain", "National Lottery etc. Act 1993", 1993, "https://www.legislation.gov.uk/ukpga/1993/39"),
    ("Great Britain", "Data Protection Act 2018", 2018, "https://www.legislation.gov.uk/ukpga/2018/12"),
    ("Great Britain", "Online Safety Act 2023", 2023, "https://www.legislation.gov.uk/ukpga/2023/50"),
    ("Great Britain", "Consumer Protection from Unfair Trading Regulations 2008", 2008, "https://www.legislation.gov.uk/uksi/2008/1277"),
    ("Great Britain", "Privacy and Electronic Communications (EC Directive) Regulations 2003", 2003, "https://www.legislation.gov.uk/uksi/2003/2426"),
    ("Great Britain", "Digital Markets, Competition and Consumers Act 2024", 2024, "https://www.legislation.gov.uk/ukpga/2024/13"),
    ("Ireland", "Gambling Regulation Act 2024", 2024, "https://www.irishstatutebook.ie/eli/2024/act/35"),
    ("Ireland", "Betting Act 1931", 1931, "https://www.irishstatutebook.ie/eli/1931/act/27"),
    ("Ireland", "Gaming and Lotteries Act 1956", 1956, "https://www.irishstatutebook.ie/eli/1956/act/2"),
    ("Ireland", "National Lottery Act 2013", 2013, "https://www.irishstatutebook.ie/eli/2013/act/13"),
    ("Malta", "Gaming Act (Cap. 583)", 2018, "https://legislation.mt/eli/cap/583/eng"),
    ("Malta", "Gaming Commercial Communications Regulations (S.L. 583.09)", 2019, "https://legislation.mt/eli/sl/583.9/eng"),
    ("Malta", "Gaming Authorisations and Compliance Directive (Directive 3 of 2018)", 2018, "https://www.mga.org.mt/legislation"),
    ("Gibraltar", "Gambling Act 2005", 2005, "https://www.gibraltarlaws.gov.gi/legislations/gambling-act-2005-815"),
    ("Gibraltar", "Gambling Act 2025", 2025, "https://www.gibraltarlaws.gov.gi/legislations/gambling-act-2025"),
    ("European Union", "Regulation (EU) 2016/679 (General Data Protection Regulation)", 2016, "https://eur-lex.europa.eu/eli/reg/2016/679/oj"),
]  # fmt: skip

# Words titles are built from.
_TOPICS = ["free-bet offers", "bonus wagering requirements", "in-play betting", "safer-gambling messaging",
           "affordability checks", "affiliate marketing", "VIP schemes", "gambling advertising on social media",
           "football shirt sponsorship", "loot boxes", "the whistle-to-whistle ban", "online slots stake limits",
           "self-exclusion", "GAMSTOP", "customer interaction", "deposit limits", "lottery brand trust",
           "bingo communities", "esports betting", "odds boosts", "cash-out features", "CRM personalisation",
           "push notifications", "price promotions in casino", "influencer gambling content", "the National Lottery",
           "gambling harm among young men", "women and online bingo", "horse-racing media rights",
           "white-paper reforms", "operator licensing in Malta", "remote gambling in Gibraltar",
           "the Irish gambling regulator", "returns to player", "near misses", "responsible gambling tools",
           "marketing to lapsed customers", "sports-betting sponsorship", "the statutory levy", "age verification"]  # fmt: skip
_AUDIENCES = ["young adults", "sports bettors", "online casino players", "lottery players", "Irish punters",
              "young men in Great Britain", "women who play bingo", "high-value customers", "football fans",
              "students", "problem gamblers", "horse-racing audiences", "Maltese residents", "affiliates"]  # fmt: skip
_FRAMES = [
    "{topic_c} and {aud}: evidence from Great Britain",
    "Exposure to {topic} among {aud}",
    "{topic_c}: a systematic review",
    "{topic_c} in Ireland",
    "Marketing, harm and {topic}",
    "The effect of {topic} on {aud}",
    "{topic_c} and the gambling industry: a critical review",
    "Rethinking {topic}",
    "What {aud} make of {topic}",
    "{topic_c}: lessons from Malta and Gibraltar",
    "Measuring the reach of {topic}",
    "{topic_c}, regulation and the CAP Code",
    "Who profits from {topic}?",
    "{topic_c} during major football tournaments",
    "{topic_c} at the Cheltenham Festival",
]  # fmt: skip
_REPORT_TITLES = ["Annual report and accounts {y}", "Safer gambling report {y}", "Sustainability report {y}",
                  "Industry statistics: April {y0} to March {y}", "Gambling Survey for Great Britain: annual report ({y})",
                  "Statistics on participation and problem gambling: year to March {y}",
                  "Annual GB Treatment and Support Survey {y}", "Global gambling market forecast {y}",
                  "The UK online gambling market {y}", "Remote gambling in Malta: industry performance {y}",
                  "Consumer voice research: wave {w}", "Gambling Survey for Great Britain: wave {w} official statistics",
                  "Annual report {y}", "Strategic plan {y0}-{y}", "Player protection report {y}",
                  "Advertising and marketing: a review of evidence ({y})"]  # fmt: skip
_WEB_TITLES = ["Safer gambling tools", "Customer interaction: guidance for remote operators", "Our approach to affordability",
               "Self-exclusion schemes", "Responsible advertising code", "How we regulate advertising", "Gambling: advertising guidance",
               "Licensing, compliance and enforcement", "Bonus terms and conditions", "Making a complaint", "Problem gambling statistics",
               "Levy and funding", "About the National Lottery", "Player protection directive explained", "Guide for affiliates",
               "Age and identity verification", "Marketing to existing customers", "Gambling harms: what we know"]  # fmt: skip
_NEWS_TITLES = ["{op} fined £{m}m over safer-gambling failures", "Gambling Commission sets out timetable for {topic}",
                "Operators brace for {topic} after white paper", "Why {topic} worries Ireland's new regulator",
                "Malta's gaming sector reports record year despite {topic}", "Affiliates question the future of {topic}",
                "Premier League clubs and {topic}: what happens next", "{op} chief defends {topic}",
                "Gibraltar operators weigh the cost of {topic}", "MPs call for tougher rules on {topic}",
                "Cheltenham week: {topic} under the spotlight", "Inside the row over {topic}"]  # fmt: skip
_NEWS_OPERATORS = ["Entain", "Flutter", "Evoke", "Betway", "Kindred", "bet365", "William Hill", "Allwyn", "Rank",
                   "BoyleSports", "Betfred", "LeoVegas"]  # fmt: skip
_RULING_FIRMS = ["Betfair Ltd", "Hillside (UK Sports) ENC t/a bet365", "Petfre (Gibraltar) Ltd t/a Betfred", "PPB Counterparty Services Ltd t/a Paddy Power",
                 "William Hill Organization Ltd", "LC International Ltd t/a Coral", "ElectraWorks Ltd t/a Ladbrokes", "Betway Ltd",
                 "BV Gaming Ltd t/a BetVictor", "Lottoland Ltd", "Buzz Group Ltd", "Jumpman Gaming Ltd", "Skill On Net Ltd t/a PlayOJO",
                 "Football Index", "Sky Betting and Gaming", "Kwiff Ltd"]  # fmt: skip


class Blind52WorkFactory(WorkFactory):
    """The blind52 pool's works, from one seeded random source."""

    KINDS = ("book", "chapter", "journal", "news", "web", "report", "legislation", "market-research", "ruling",
             "thesis", "conference")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 52 + 5252)
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.07:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        given_names, families = _NAMES[self.rng.choice(_CULTURES)]
        family, given = self.rng.choice(families), self.rng.choice(given_names)
        if self.rng.random() < 0.05 and "-" not in family and " " not in family:
            family = f"{family}-{self.rng.choice(_NAMES['british'][1]).split('-')[0]}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 25, 18, 10, 7, 4, 3, 3][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        table = self.rng.choices([_REGULATORS, _BODIES, _OPERATORS, _RESEARCH], weights=[35, 25, 25, 15])[0]
        name, tags = self.rng.choice(table)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1994, 2007)
        return self.rng.randint(2012, 2025)

    def _accessed_after(self, record: dict[str, Any]) -> None:
        year = self.rng.randint(2023, 2025)
        accessed = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if "issued" in record:
            issued = record["issued"]["date-parts"][0]
            if accessed[: len(issued)] < issued:
                accessed = [issued[0], 12, 28] if len(issued) == 1 else [issued[0], max(issued[1], 12), 28]
        record["accessed"] = {"date-parts": [accessed]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        frame = self.rng.choice(_FRAMES)
        title = frame.format(topic=topic, topic_c=topic[0].upper() + topic[1:], aud=self.rng.choice(_AUDIENCES))
        return title[0].upper() + title[1:]

    def _place(self, name: str) -> str:
        if "Malta" in name or "Maltese" in name or name.startswith(("Kambi", "Kindred", "Betsson", "LeoVegas")):
            return self.rng.choice(["Valletta", "St Julian's", "Ta' Xbiex"])
        if "Gibraltar" in name or name.startswith(("Lottoland", "Evoke", "888")):
            return "Gibraltar"
        if name.startswith(("GRAI", "Gambling Regulatory", "Department of Justice", "Irish", "Horse Racing Ireland",
                            "Premier Lotteries", "Paddy", "BoyleSports", "Flutter")):  # fmt: skip
            return "Dublin"
        return self.rng.choice(["London", "London", "London", "Birmingham", "Manchester", "Leeds"])

    def _url(self, host: str) -> str:
        host = "".join(ch for ch in host.lower() if ch.isascii() and (ch.isalnum() or ch == "."))
        slug = "-".join(self.rng.sample(["safer", "gambling", "bonus", "players", "report", "guide", "marketing",
                                         "data", "advertising", "betting", "lottery", "news", "compliance"], 3))  # fmt: skip
        return f"https://www.{host}/{slug}-{self.rng.randint(10, 999)}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "news", "web", "report", "legislation", "market-research", "ruling",
             "thesis", "conference"],
            weights=[10, 6, 24, 10, 13, 11, 5, 7, 5, 3, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation already cited, in the same year: "Gambling Commission (2023a)" and "(2023b)".
        earlier = [o for o in self.dated_orgs if kind != "ruling" or o[0] == name]
        if earlier and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                self._accessed_after(record)
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 7))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Palgrave handbook of gambling studies", "Gambling policy in Europe",
                                                "Research handbook on gambling regulation", "The Routledge companion to sport marketing",
                                                "Gambling and public health", "Harm reduction in the betting industry"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 42)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 1200))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1007', '1080', '1111', '1556', '1186'])}/s{self.rng.randint(10000, 99999)}-0{self.rng.randint(10, 99)}"
            )
        return self._person_work(record, "journal")

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "container-title": paper,
            "title": self.rng.choice(_NEWS_TITLES).format(op=self.rng.choice(_NEWS_OPERATORS), m=self.rng.randint(2, 20),
                                                          topic=self.rng.choice(_TOPICS)),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(paper.lower().replace(" ", "") + ".com"),
        }  # fmt: skip
        if self.rng.random() < 0.85:
            self._accessed_after(record)
        if self.rng.random() < 0.8:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(_WEB_TITLES)}
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.rng.randint(2015, 2025)]]}
        if self.rng.random() < 0.2:
            record["author"] = self._people(2)
            record["title"] = self._title()
            record["URL"] = self._url("medium.com")
            if self.rng.random() < 0.85:
                self._accessed_after(record)
            if "issued" not in record:
                record["issued"] = {"date-parts": [[self.rng.randint(2015, 2025)]]}
            return self._person_work(record, "web")
        name, tags = self.organisation()
        record["URL"] = self._url(name.split(" (")[0].lower().replace(" ", "").replace("'", "") + ".org.uk")
        if self.rng.random() < 0.8:
            self._accessed_after(record)
        return self._org(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _report(self) -> Work:
        name, tags = self.organisation()
        year = self.year() if self.rng.random() < 0.3 else self.rng.randint(2016, 2025)
        title = self.rng.choice(_REPORT_TITLES).format(y=year, y0=year - 1, w=self.rng.randint(1, 4))
        if self.rng.random() < 0.3:
            title = self._title()
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self._place(name)}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(name.split(" (")[0].lower().replace(" ", "").replace("'", "") + ".com")
            if self.rng.random() < 0.85:
                self._accessed_after(record)
        if self.rng.random() < 0.1:
            del record["issued"]
            record["title"] = self.rng.choice(_WEB_TITLES)
        if self.rng.random() < 0.2:  # a report signed by its authors
            record["author"] = self._people(3)
            record["title"] = self._title()
            return self._person_work(record, "report")
        return self._org(record, "report", name, tags)

    def _market_research(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2017, 2025)
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice([f"Gambling in the UK: market report {year}", f"European online gambling {year}",
                                      f"Betting and gaming tracker: Q{self.rng.randint(1, 4)} {year}",
                                      f"Global iGaming forecasts {year}-{year + 5}", f"Lottery players {year}",
                                      f"Sports betting audiences in Ireland {year}", f"Gambling annual review {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": "London",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url(name.lower().replace(" ", "") + ".com")
            self._accessed_after(record)
        return self._org(record, "market-research", name, set(tags))

    def _legislation(self) -> Work:
        body, title, year, url = self.rng.choice(_LEGISLATION)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.7:
            record["URL"] = url
            self._accessed_after(record)
        record["id"] = self._id()
        record["author"] = [{"literal": body}]
        return Work(record, body, str(year), True, 1, "legislation", {"organisation", "legislation", "government"})

    def _ruling(self) -> Work:
        year = self.rng.randint(2017, 2025)
        firm = self.rng.choice(_RULING_FIRMS)
        record: dict[str, Any] = {
            "type": "webpage", "title": f"ASA Ruling on {firm}",
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.asa.org.uk/rulings/{firm.split()[0].lower()}-a{year % 100}-{self.rng.randint(100000, 999999)}.html",
        }  # fmt: skip
        if self.rng.random() < 0.85:
            self._accessed_after(record)
        name = self.rng.choice(["Advertising Standards Authority", "Advertising Standards Authority", "ASA",
                                "Independent Betting Adjudication Service (IBAS)"])  # fmt: skip
        if name.startswith("Independent"):
            record["title"] = (
                f"Adjudication: {self.rng.choice(['void bet', 'palpable error', 'bonus abuse', 'withheld winnings'])} dispute with {firm.split(' t/a ')[-1]}"
            )
        return self._org(record, "ruling", name, {"trade-body"})

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(["PhD thesis", "MSc dissertation", "MPhil thesis"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event, place = self.rng.choice(_EVENTS)
        year = int(event.split()[-1])
        record: dict[str, Any] = {"type": "speech", "title": self._title(), "author": self._people(2), "event": event,
                                  "publisher-place": place,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        return self._person_work(record, "conference")
