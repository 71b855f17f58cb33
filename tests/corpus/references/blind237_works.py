"""The blind237 pool's works: what marketers in Albania, Kosovo, North Macedonia and Montenegro and their diaspora
cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Textbooks from the London publishers their reading lists hold, chapters, journal articles from the region's own
journals and the marketing and tourism journals, theses from Tirana, Prishtina, Skopje, Tetovo and Podgorica,
conference papers, statistics offices, central banks and regulators (a body's two works of one year), laws with their
numbers, company pages and annual reports, market research with years, the region's press signed and unsigned,
social posts, videos, podcasts and undated pages. Names are written as their owners print them on English-language
papers: Albanian names with ë and ç and their anglicised spellings (Çela and Cela, Dërmaku and Dermaku), Macedonian
and Montenegrin names in Latin letters with their diacritics (Đukanović, Petreska), and the diaspora's names.
Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# What make() draws, and the kinds of work they give (bodies', companies' and research firms' works are reports or
# web pages).
_RECIPES = ("book", "chapter", "journal", "thesis", "conference", "government", "legislation", "company",
            "annual-report", "market-research", "news", "press", "social", "video", "podcast", "web")  # fmt: skip
KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "legislation", "news", "press",
         "social", "video", "podcast")  # fmt: skip

# (family, given) as printed on English-language papers; both spellings of the names the diaspora anglicises.
_ALBANIAN = [
    ("Hoxha", "Arta"), ("Berisha", "Blerina"), ("Rama", "Erion"), ("Krasniqi", "Driton"), ("Gashi", "Vjosa"),
    ("Çela", "Elona"), ("Cela", "Elona"), ("Dërmaku", "Besnik"), ("Dermaku", "Besnik"), ("Shehu", "Ilir"),
    ("Kadriu", "Albulena"), ("Morina", "Fatos"), ("Bytyçi", "Lirie"), ("Bytyqi", "Arben"), ("Xhafa", "Anila"),
    ("Dushku", "Klodian"), ("Qosja", "Rina"), ("Hysa", "Ermal"), ("Mehmeti", "Teuta"), ("Zeqiri", "Agron"),
    ("Kola", "Ledia"), ("Muça", "Gentian"), ("Sula", "Dorina"), ("Lleshi", "Fatjon"), ("Ahmeti", "Valbona"),
    ("Bajrami", "Shpëtim"), ("Kryeziu", "Mimoza"), ("Thaçi", "Arbër"), ("Haxhiu", "Ornela"), ("Dervishi", "Kreshnik"),
    ("Përmeti", "Enkeleda"), ("Ndreu", "Ardit"), ("Gjoni", "Alketa"), ("Brahimaj", "Dafina"), ("Zhubi", "Egzon"),
]  # fmt: skip
_MACEDONIAN_MONTENEGRIN = [
    ("Stojanovski", "Goran"), ("Petreska", "Marija"), ("Đukanović", "Milena"), ("Vujović", "Nikola"),
    ("Trajkovska", "Elena"), ("Nikolovski", "Dejan"), ("Jovanovska", "Ana"), ("Popović", "Marko"),
    ("Radović", "Jelena"), ("Dimitrievski", "Aleksandar"), ("Ristevska", "Biljana"), ("Mitrevski", "Zoran"),
    ("Kostić", "Ivana"), ("Lazarević", "Miloš"), ("Vukčević", "Tamara"), ("Bojović", "Danilo"),
    ("Angelovska", "Katerina"), ("Gjorgjievski", "Igor"), ("Šćekić", "Ksenija"), ("Perović", "Vesna"),
    ("Ivanovska", "Sanja"), ("Kovačević", "Predrag"),
]  # fmt: skip
_INTERNATIONAL = [
    ("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona"),
    ("Solomon", "Michael"), ("Jobber", "David"), ("Kapferer", "Jean-Noël"), ("Sharp", "Byron"), ("Brassington", "Frances"),
    ("Bartlett", "Will"), ("Uvalić", "Milica"), ("Bieber", "Florian"), ("Pettifer", "James"), ("Vickers", "Miranda"),
    ("O'Brien", "Siobhan"), ("Papadopoulos", "Nikos"), ("Rossi", "Giulia"), ("Müller", "Jürgen"), ("Smith", "Rachel"),
    ("Hall", "Derek"), ("Morgan", "Nigel"), ("Pritchard", "Annette"), ("Sánchez", "Lucía"), ("Yılmaz", "Elif"),
]  # fmt: skip
_DIASPORA = [("Gashi", "Bekim"), ("Cela", "Kristian"), ("Dermaku", "Lena"), ("Berisha", "Adrian"),
             ("Shehu", "Daniel"), ("Hoxha", "Eric"), ("Krasniqi", "Laura"), ("Stojanovski", "Michael"),
             ("Vujovic", "Stefan"), ("Djukanovic", "Sara"), ("Petreski", "Alex")]  # fmt: skip

# Organisations as authors: (name, tags, domain). Abbreviations as the bodies print them, "&", apostrophes.
_BODIES = [
    ("INSTAT", {"government", "acronym"}, "instat.gov.al"),
    ("Institute of Statistics (INSTAT)", {"government", "abbreviation"}, "instat.gov.al"),
    ("Bank of Albania", {"government"}, "bankofalbania.org"),
    ("Albanian Electronic and Postal Communications Authority (AKEP)", {"government", "abbreviation"}, "akep.al"),
    ("AKEP", {"government", "acronym"}, "akep.al"),
    ("Kosovo Agency of Statistics", {"government"}, "ask.rks-gov.net"),
    ("Kosovo Agency of Statistics (ASK)", {"government", "abbreviation"}, "ask.rks-gov.net"),
    ("Central Bank of the Republic of Kosovo", {"government"}, "bqk-kos.org"),
    ("State Statistical Office of North Macedonia", {"government"}, "stat.gov.mk"),
    ("MAKSTAT", {"government", "acronym"}, "makstat.stat.gov.mk"),
    ("National Bank of the Republic of North Macedonia", {"government"}, "nbrm.mk"),
    ("MONSTAT", {"government", "acronym"}, "monstat.org"),
    ("Statistical Office of Montenegro (MONSTAT)", {"government", "abbreviation"}, "monstat.org"),
    ("Central Bank of Montenegro", {"government"}, "cbcg.me"),
    ("European Bank for Reconstruction and Development", {"government"}, "ebrd.com"),
    ("European Bank for Reconstruction and Development (EBRD)", {"government", "abbreviation"}, "ebrd.com"),
    ("European Commission", {"government"}, "neighbourhood-enlargement.ec.europa.eu"),
    ("World Bank", {"government"}, "worldbank.org"), ("World Bank Group", {"government"}, "worldbank.org"),
    ("UNDP", {"government", "acronym"}, "undp.org"), ("UNDP Albania", {"government"}, "undp.org"),
    ("Regional Cooperation Council", {"government"}, "rcc.int"),
    ("Albanian Investment Development Agency (AIDA)", {"government", "abbreviation"}, "aida.gov.al"),
    ("National Agency of Tourism", {"government"}, "akt.gov.al"),
    ("Montenegro Tourist Organisation", {"government"}, "montenegro.travel"),
    ("Information and Data Protection Commissioner", {"government"}, "idp.al"),
    ("American Chamber of Commerce in Kosovo", {"trade-body"}, "amchamksv.org"),
    ("Foreign Investors Association of Albania (FIAA)", {"trade-body", "abbreviation"}, "fiaalbania.al"),
    ("Ministry of Tourism & Environment", {"government", "ampersand"}, "turizmi.gov.al"),
]  # fmt: skip
_COMPANIES = [
    ("Raiffeisen Bank Sh.a.", {"company"}, "raiffeisen.al"), ("Raiffeisen Bank Albania", {"company"}, "raiffeisen.al"),
    ("Banka Kombëtare Tregtare", {"company"}, "bkt.com.al"), ("BKT", {"company", "acronym"}, "bkt.com.al"),
    ("Credins Bank", {"company"}, "bankacredins.com"), ("ProCredit Bank Kosovo", {"company"}, "procreditbank-kos.com"),
    ("Komercijalna Banka AD Skopje", {"company"}, "kb.com.mk"), ("NLB Banka Skopje", {"company"}, "nlb.mk"),
    ("CKB", {"company", "acronym"}, "ckb.me"), ("One Albania sh.a.", {"company"}, "one.al"),
    ("Vodafone Albania", {"company"}, "vodafone.al"), ("IPKO Telecommunications LLC", {"company"}, "ipko.com"),
    ("Vala", {"company"}, "vala.com"), ("Makedonski Telekom AD Skopje", {"company"}, "telekom.mk"),
    ("A1 Macedonia", {"company"}, "a1.mk"), ("Crnogorski Telekom A.D.", {"company"}, "telekom.me"),
    ("Albtelecom", {"company"}, "albtelecom.al"), ("Tikveš AD", {"company"}, "tikves.com.mk"),
    ("13 Jul Plantaže AD", {"company", "numeral"}, "plantaze.com"), ("Kurum International", {"company"}, "kurum.al"),
    ("Birra Korça", {"company"}, "birrakorca.com"), ("Frutomania", {"company"}, "frutomania.com"),
    ("Spar Albania", {"company"}, "spar.al"), ("Tinex", {"company"}, "tinex.mk"), ("Voli", {"company"}, "voli.me"),
    ("Air Albania", {"company"}, "airalbania.com.al"), ("Hotel Splendid Conference & Spa Resort", {"company", "ampersand"}, "splendidhotelmontenegro.com"),
    ("Kujtesa Net & TV", {"company", "ampersand"}, "kujtesa.com"), ("McDonald's Kosovo", {"company", "apostrophe"}, "mcdonalds-ks.com"),
    ("Rrota e Mirë", {"company"}, "rrota.al"),
]  # fmt: skip
_RESEARCH = [("IDRA Research & Consulting", {"market-research", "ampersand"}, "idrapoll.com"),
             ("Ipsos Strategic Marketing", {"market-research"}, "ipsos.rs"), ("Index Kosova", {"market-research"}, "indexkosova.com"),
             ("UBO Consulting", {"market-research"}, "ubo-consulting.com"), ("Statista", {"market-research"}, "statista.com"),
             ("Regional Cooperation Council", {"market-research"}, "rcc.int"),
             ("Euromonitor International", {"market-research"}, "euromonitor.com"),
             ("Datareportal", {"market-research"}, "datareportal.com")]  # fmt: skip
_NEWS = [("Balkan Insight", "balkaninsight.com"), ("Exit News", "exit.al"), ("Top Channel", "top-channel.tv"),
         ("Koha Ditore", "koha.net"), ("Kallxo", "kallxo.com"), ("Meta.mk", "meta.mk"), ("Vijesti", "vijesti.me"),
         ("RFE/RL", "rferl.org"), ("BBC News", "bbc.co.uk"), ("Euronews Albania", "euronews.al"),
         ("Euronews", "euronews.com"), ("Prishtina Insight", "prishtinainsight.com"), ("Monitor", "monitor.al")]  # fmt: skip
_JOURNALS = ["Southeast European and Black Sea Studies", "Economic Annals",
             "South East European Journal of Economics and Business", "Journal of Balkan and Near Eastern Studies",
             "Tourism Management", "Journal of Marketing Management", "European Journal of Marketing",
             "Journal of Destination Marketing & Management", "International Journal of Bank Marketing",
             "Journal of Retailing and Consumer Services", "Economic Alternatives", "Balkan Social Science Review"]  # fmt: skip
_UNIVERSITIES = ["University of Tirana", "Epoka University", "University of New York Tirana", "University of Prishtina",
                 "Ss. Cyril and Methodius University", "South East European University", "University of Montenegro",
                 "London School of Economics and Political Science, LSEE"]  # fmt: skip
_TOPICS = ["mobile banking adoption", "brand loyalty in telecoms", "diaspora tourism", "destination image",
           "remittances and consumer spending", "country-of-origin effects", "wine tourism", "e-commerce trust",
           "social media marketing", "green consumption", "retail banking", "customer satisfaction", "digital payments",
           "coastal tourism", "food brand heritage", "consumer ethnocentrism", "influencer marketing", "fintech adoption",
           "hotel service quality", "private labels", "word of mouth", "EU integration and consumer confidence"]  # fmt: skip
_PLACES = ["Albania", "Kosovo", "North Macedonia", "Montenegro", "the Western Balkans", "Tirana", "Prishtina",
           "Skopje", "Podgorica", "the Albanian Riviera", "Ohrid", "Budva", "the Albanian diaspora", "South East Europe"]  # fmt: skip


class Blind237WorkFactory(WorkFactory):
    """Works of Albanian, Kosovan, Macedonian and Montenegrin marketing reports, from one seeded random source."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 237)
        self.bodies_used: list[tuple[str, set[str], str, dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.45:
            family, given = self.rng.choice(_ALBANIAN)
        elif roll < 0.7:
            family, given = self.rng.choice(_MACEDONIAN_MONTENEGRIN)
        elif roll < 0.8:
            family, given = self.rng.choice(_DIASPORA)
        else:
            family, given = self.rng.choice(_INTERNATIONAL)
        if self.rng.random() < 0.06:  # double surnames married women print
            family = f"{family}-{self.rng.choice(_ALBANIAN + _MACEDONIAN_MONTENEGRIN)[0]}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1983, 2006)
        return self.rng.randint(2008, 2025)

    def accessed(self, after: int | None = None) -> dict[str, list[list[int]]]:
        """A day the candidate read the page: from 2023 on, and in a later year than the work's own date."""
        year = self.rng.randint(max(2023, (after or 2022) + 1), 2026)
        return {"date-parts": [[year, self.rng.randint(1, 11 if year == 2026 else 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The determinants of {topic}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)} in {place}",
                 f"Consumers' attitudes to {topic} in {place}", f"Marketing {place}: {topic} after the pandemic",
                 f"Does {topic} matter? A study of {place}", f"{topic[0].upper()}{topic[1:]} among young consumers in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 3, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _dated(self, record: dict[str, Any], day: bool = False) -> int:
        year = self.year()
        record["issued"] = {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if day else [year]]}
        return year

    def _org(self, table: list[tuple[str, set[str], str]], record: dict[str, Any], kind: str) -> Work:
        name, tags, domain = self.rng.choice(table)
        # Now and then a body's second work of a year already in the report ("Bank of Albania, 2023a" and "2023b").
        if self.bodies_used and "issued" in record and self.rng.random() < 0.15:
            name, tags, domain, issued = self.rng.choice(self.bodies_used)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
        if "URL" in record:
            record["URL"] = f"https://www.{domain}/{record['URL']}"
            issued_year = record["issued"]["date-parts"][0][0] if "issued" in record else None
            record["accessed"] = self.accessed(issued_year)
        if record.get("publisher") == "":
            record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.bodies_used.append((name, tags, domain, record["issued"]))
        return self._org_work(record, kind, name, set(tags))

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(_RECIPES), weights=[12, 5, 20, 4, 3, 10, 3, 6, 5, 7, 6, 4, 2, 2, 1, 4])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _slug(self) -> str:
        return self.fakers["en_GB"].slug()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice([self._title(), "Marketing management", "Principles of marketing",
                                                      "Digital marketing: strategy, implementation and practice",
                                                      "Strategic brand management", "Tourism in the Balkans",
                                                      "The Albanians: a modern history", "Consumer behaviour"]),
            "author": self._people(4), "publisher": self.rng.choice(["Pearson", "Routledge", "Sage", "Kogan Page", "Oxford University Press"]),
            "publisher-place": self.rng.choice(["Harlow", "London", "Abingdon", "Oxford", "Thousand Oaks"]),
        }  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 17))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Tourism in the Western Balkans", "The Routledge handbook of Balkan and Southeast European history",
                                                "Marketing in emerging markets", "Doing business in the Western Balkans"]),
            "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Sage"]), "publisher-place": "London",
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 70)),
            "issue": str(self.rng.randint(1, 4)), "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '2298', '2478', '1016', '1108'])}/{self.rng.choice(['14683857', 'EKA', 'jeb', 'j.tourman', '19448953'])}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["PhD thesis", "MSc dissertation", "MBA dissertation"]),
            "publisher": self.rng.choice(_UNIVERSITIES),
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(3),
            "container-title": self.rng.choice(["Balkan Studies Association Annual Conference",
                                                "Proceedings of the Academy of Marketing Conference"]),
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([self._title(), "Household budget survey", "Statistical bulletin", "Financial stability report",
                                      "Tourism in figures", "Labour force survey", "Western Balkans regular economic report",
                                      "Transition report", "Albania report", "Kosovo report", "Montenegro report", "Remittances by country"]),
            "URL": self._slug(),
        }  # fmt: skip
        if self.rng.random() < 0.9:
            self._dated(record)
        if record["type"] == "report":
            record["publisher"] = ""
        return self._org(_BODIES, record, "report" if record["type"] == "report" else "web")

    def _legislation(self) -> Work:
        # Laws as candidates list them: under the state that passed them, the number and title as the title.
        law = self.rng.choice([
            ("Republic of Albania", 2008, "Law No. 9918/2008 on Electronic Communications in the Republic of Albania"),
            ("Republic of Albania", 2024, "Law No. 124/2024 on Personal Data Protection"),
            ("Republic of Kosovo", 2018, "Law No. 06/L-034 on Consumer Protection"),
            ("Republic of North Macedonia", 2020, "Law on Personal Data Protection (Official Gazette No. 42/2020)"),
            ("Montenegro", 2014, "Law on Consumer Protection (Official Gazette of Montenegro No. 2/2014)"),
        ])  # fmt: skip
        name, year, title = law
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": "Official Gazette", "URL": f"https://qbz.gov.al/{self._slug()}",
                                  "accessed": self.accessed(year)}  # fmt: skip
        work = self._org_work(record, "legislation", name, {"government", "legislation"})
        return work

    def _company(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["About us", "Our history", "Sustainability",
                                  "Products and services", "Press release: new mobile app", "Loyalty programme", "Careers"]),
                                  "URL": self._slug()}  # fmt: skip
        if self.rng.random() < 0.6:
            self._dated(record)
        return self._org(_COMPANIES, record, "web")

    def _annual_report(self) -> Work:
        record: dict[str, Any] = {"type": "report", "publisher": ""}
        year = self._dated(record)
        record["title"] = self.rng.choice(
            [f"Annual report {year - 1}", f"Annual report {year}", f"Sustainability report {year}"]
        )
        if self.rng.random() < 0.7:
            record["URL"] = self._slug()
        return self._org(_COMPANIES, record, "report")

    def _market_research(self) -> Work:
        record: dict[str, Any] = {"type": "report", "publisher": "", "URL": self._slug()}
        year = self._dated(record) if self.rng.random() < 0.9 else None
        record["title"] = self.rng.choice([f"Public opinion survey {year or 2024}", f"Media consumption in {self.rng.choice(_PLACES)}",
                                           f"Digital {year or 2024}: {self.rng.choice(['Albania', 'Kosovo', 'North Macedonia', 'Montenegro'])}",
                                           "Consumer confidence survey", f"Banking customer satisfaction {year or 2023}",
                                           f"Smartphone users in {self.rng.choice(['Albania', 'Kosovo', 'Montenegro'])} 2019-2028"])  # fmt: skip
        work = self._org(_RESEARCH, record, "report")
        if work.lead == "Regional Cooperation Council" and self.rng.random() < 0.7:  # the Council's own survey
            record["title"] = f"Balkan Barometer {work.year[:4] if work.year != 'n.d.' else 2024}: public opinion"
        return work

    def _news(self) -> Work:
        outlet, domain = self.rng.choice(_NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": outlet, "URL": f"https://{domain}/{self._slug()}"}  # fmt: skip
        year = self._dated(record, day=True)
        record["accessed"] = self.accessed(year)
        return self._person_work(record, "news")

    def _press(self) -> Work:
        outlet, domain = self.rng.choice(_NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": outlet,
                                  "URL": f"https://{domain}/{self._slug()}"}  # fmt: skip
        year = self._dated(record, day=True)
        record["accessed"] = self.accessed(year)
        record["id"] = self._id()
        record["author"] = [{"literal": outlet}]
        return Work(record, outlet, str(year), True, 1, "press", {"organisation", "press"})

    def _social(self) -> Work:
        name, tags, _domain = self.rng.choice(_COMPANIES)
        platform = self.rng.choice(["Instagram", "Facebook", "LinkedIn", "TikTok", "X"])
        record: dict[str, Any] = {"type": "webpage", "title": f"{self.rng.choice(['New in store', 'Summer offer', 'Our new app', 'Thank you, diaspora'])} [{platform}]",
                                  "URL": f"https://www.{platform.lower()}.com/{self._slug()}"}  # fmt: skip
        year = self._dated(record, day=True)
        record["accessed"] = self.accessed(year)
        return self._org_work(record, "social", name, set(tags))

    def _video(self) -> Work:
        name, tags, _domain = self.rng.choice(_COMPANIES + _BODIES)
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [YouTube video]",
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}"}  # fmt: skip
        year = self._dated(record, day=True)
        record["accessed"] = self.accessed(year)
        return self._org_work(record, "video", name, set(tags))

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [Podcast]", "author": self._people(2),
                                  "container-title": self.rng.choice(["Flasim Biznes", "Balkan Business Podcast", "Marketing Shqip"]),
                                  "URL": f"https://open.spotify.com/episode/{self._slug()}"}  # fmt: skip
        year = self._dated(record, day=True)
        record["accessed"] = self.accessed(year)
        return self._person_work(record, "podcast")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._slug()}
        if self.rng.random() < 0.5:
            self._dated(record)
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            record["URL"] = (
                f"https://www.{self.rng.choice(['albaniantimes.al', 'balkangreenenergynews.com', 'marketing.al'])}/{record['URL']}"
            )
            record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0] if "issued" in record else None)
            return self._person_work(record, "web")
        return self._org(_BODIES + _COMPANIES, record, "web")
