"""Works for the ninety-fourth held-out pool, "blind94": what marketers in Mauritius, Seychelles, Madagascar and
Réunion cite on CIM Level 6 and 7 courses and MBAs taught in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninety-fourth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how island reading lists
look: Indo-, Sino- and Franco-Mauritian, Creole, Seychellois, Malagasy, Réunionnais and expatriate authors; hotel,
sugar, rum, textile, bank and telecoms groups with "Ltd", "Ltée", "S.A." and "&" in their names; tourism boards,
regulators and statistics offices; Acts and Government Notices; newspapers; French and Kreol titles with an English
translation in square brackets; theses from the island universities; social posts, podcasts and undated pages.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, particle or "") ; given names drawn separately by culture
_INDO = ["Ramgoolam", "Jugnauth", "Boolell", "Seetaram", "Doorgakant", "Ramdin", "Beeharry", "Gopaul", "Sooklall",
         "Bhugowandeen", "Jhurry", "Ramsurrun", "Dabee", "Purmessur", "Nunkoo", "Ramkissoon", "Soobramanien",
         "Mootoosamy", "Appadoo", "Peerthum", "Goburdhun", "Hurreeram"]  # fmt: skip
_INDO_GIVEN = ["Anjali", "Vikash", "Pooja", "Rajesh", "Kavita", "Deepak", "Shalini", "Yogesh", "Nisha", "Sanjeev",
               "Priya", "Ashvin", "Reshma", "Kiran", "Veena", "Dev"]  # fmt: skip
_MUSLIM = ["Joomun", "Peeroo", "Ameer", "Rojoa", "Dulloo", "Jaunbocus", "Mohamedbhai", "Bundhoo"]
_MUSLIM_GIVEN = ["Yasmeen", "Irfaan", "Nazeerah", "Shafiq", "Aisha", "Abdel-Rahman", "Zaheer", "Fareeda"]
_SINO = ["Ah-Chuen", "Lam Po Tang", "Li Kwong Ken", "Ah-Kiow", "Wong Chung", "Lai Fat Fur", "Chan Kin", "Ng Wing Hing",
         "Leung Shing", "Ah-Sue"]  # fmt: skip
_SINO_GIVEN = ["Jean-Marc", "Sylvie", "Kevin", "Patricia", "Eric", "Marie-Anne", "Michel", "Christelle", "Didier"]
_FRANCO = [("Spéville", "de"), ("Chazal", "de"), ("Dalais", ""), ("Lagesse", ""), ("d'Unienville", ""), ("Rochecouste", ""),
           ("Robillard", "de"), ("Maroussem", "de"), ("Espitalier-Noël", ""), ("Hardy", ""), ("Marrier d'Unienville", ""),
           ("Sornay", "de"), ("Ravel", "")]  # fmt: skip
_FRANCO_GIVEN = ["Hélène", "Jean-Claude", "Amédée", "Géraldine", "Thierry", "Bénédicte", "Olivier", "Anne-Sophie",
                 "Frédéric", "Céline"]  # fmt: skip
_CREOLE = ["Perrine", "Bégué", "L'Entêté", "Casimir", "Laurette", "Jolicoeur", "Labonne", "Sainte-Croix", "Édouard",
           "Agathe", "François"]  # fmt: skip
_CREOLE_GIVEN = ["Josiane", "Stéphane", "Nathalie", "Désiré", "Marie-Noëlle", "Jocelyn", "Ginette", "Fabrice"]
_SEY = ["Michel", "Faure", "Ramkalawan", "Hoareau", "Payet", "Pillay", "Dubignon", "Mancienne", "Labrosse", "Savy",
        "Larue", "Confait"]  # fmt: skip
_SEY_GIVEN = ["Marie-Céline", "Dominique", "Ronny", "Sherin", "Terry", "Joëlle", "Wavel", "Antoinette"]
_MALAGASY = ["Rakotomalala", "Andrianarivo", "Rasoanaivo", "Razafindrabe", "Randriamampionona", "Rabemananjara",
             "Ravelomanana", "Andriamihaja", "Rakotondrazaka", "Ranaivoson", "Razanajatovo", "Raharinirina"]  # fmt: skip
_MALAGASY_GIVEN = ["Hery", "Voahangy", "Tojo", "Fanja", "Mamy", "Haingo", "Lalaina", "Njaka", "Tiana", "Faniry"]
_REUNION = ["Hoarau", "Payet", "Grondin", "Fontaine", "Técher", "Boyer", "Rivière", "Lebon", "Maillot", "Nativel",
            "Sautron", "Gonthier"]  # fmt: skip
_REUNION_GIVEN = ["Loïc", "Émilie", "Jean-Hugues", "Mélanie", "Yannick", "Sandrine", "Gaël", "Aurélie"]
_EXPAT = [("Whitfield", ""), ("O'Sullivan", ""), ("Naidoo", ""), ("Okonkwo", ""), ("Müller", ""), ("Mostert", ""),
          ("Hollander", "den"), ("Brink", "van den"), ("MacLeod", ""), ("Søndergaard", ""), ("Cohen", ""), ("Ferreira", "")]  # fmt: skip
_EXPAT_GIVEN = ["Claire", "Graham", "Thandiwe", "Chidi", "Katrin", "Pieter", "Fiona", "Lars", "Rachel", "Hugo"]

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("IBL Ltd", {"company"}), ("ENL Limited", {"company"}), ("Rogers and Company Limited", {"company"}),
    ("CIEL Limited", {"company"}), ("Beachcomber Resorts & Hotels", {"company", "ampersand"}),
    ("New Mauritius Hotels Ltd", {"company"}), ("Lux* Resorts & Hotels", {"company", "ampersand"}),
    ("Sun Limited", {"company"}), ("Air Mauritius Ltd", {"company"}), ("Air Seychelles Ltd", {"company"}),
    ("Mauritius Commercial Bank Ltd", {"company"}), ("SBM Holdings Ltd", {"company"}), ("Emtel Ltd", {"company"}),
    ("Mauritius Telecom Ltd", {"company"}), ("Cable & Wireless (Seychelles) Ltd", {"company", "ampersand"}),
    ("Telma", {"company"}), ("Orange Madagascar", {"company"}), ("Intermart (Mauritius) Ltd", {"company"}),
    ("Omnicane Limited", {"company"}), ("Medine Limited", {"company"}), ("Alteo Limited", {"company"}),
    ("Grays Inc. Ltd", {"company"}), ("Trois Frères Distillery", {"company"}),
    ("Compagnie Mauricienne de Textile Ltée", {"company"}), ("Winner's", {"company", "apostrophe"}),
    ("Mauritius Tourism Promotion Authority (MTPA)", {"abbreviation", "government"}),
    ("Seychelles Tourism Board", {"government"}), ("Office National du Tourisme de Madagascar", {"government"}),
    ("Île de la Réunion Tourisme (IRT)", {"abbreviation", "government"}),
    ("Financial Services Commission (FSC)", {"abbreviation", "government"}), ("Bank of Mauritius", {"government"}),
    ("Statistics Mauritius", {"government"}), ("National Bureau of Statistics", {"government"}),
    ("INSTAT Madagascar", {"government"}), ("INSEE La Réunion", {"government"}),
    ("Information and Communication Technologies Authority (ICTA)", {"abbreviation", "government"}),
    ("Business Mauritius", {"company"}), ("Economic Development Board Mauritius", {"government"}),
    ("Mauritius Chamber of Commerce & Industry", {"ampersand"}), ("AHRIM", {"abbreviation"}),
    ("Mauritius Sugar Industry Research Institute (MSIRI)", {"abbreviation"}),
    ("Mauritius Cane Industry Authority", {"government"}), ("Seychelles Hospitality & Tourism Association", {"ampersand"}),
    ("PwC Mauritius", {"company"}), ("Afrobarometer", {"company"}), ("Kantar", {"market-research"}),
    ("Ipsos", {"market-research"}), ("Euromonitor International", {"market-research"}),
    ("Chamarel Rum Distillery", {"company"}), ("Shoprite Mauritius", {"company"}),
]  # fmt: skip
_GOVERNMENTS = ["Government of Mauritius", "Government of Seychelles", "République de Madagascar",
                "Ministry of Tourism (Mauritius)", "Ministry of Finance, Economic Planning and Development",
                "Ministry of Information Technology, Communication and Innovation", "Data Protection Office",
                "Ministry of Tourism (Seychelles)", "Légifrance"]  # fmt: skip
_LAWS = [
    ("Government of Mauritius", "Data Protection Act 2017 (Act No. 20 of 2017)", 2017),
    ("Government of Mauritius", "Consumer Protection Act 1991", 1991),
    ("Government of Mauritius", "Financial Services Act 2007", 2007),
    ("Government of Mauritius", "Information and Communication Technologies Act 2001", 2001),
    ("Government of Seychelles", "Data Protection Act, 2023 (Act 21 of 2023)", 2023),
    ("Government of Seychelles", "Consumer Protection Act, 2010", 2010),
    ("République de Madagascar", "Loi n° 2014-038 sur la protection des données à caractère personnel [Law No. 2014-038 on the protection of personal data]", 2015),
    ("Légifrance", "Code de la consommation [Consumer Code]", 2016),
    ("Government of Mauritius", "Government Notice No. 123 of 2021: Consumer Protection (Price and Supplies Control) Regulations", 2021),
    ("Financial Services Commission (FSC)", "Circular Letter CL140121: guidance on advertising by licensees", 2021),
    ("Information and Communication Technologies Authority (ICTA)", "Guidelines on unsolicited commercial communications", 2019),
]  # fmt: skip
_NEWS = ["l'express", "Le Mauricien", "Defimedia", "Business Magazine", "Seychelles Nation", "Today in Seychelles",
         "L'Express de Madagascar", "Midi Madagasikara", "Le Quotidien de la Réunion", "Clicanoo", "News Moris"]  # fmt: skip
_JOURNALS = ["Journal of Vacation Marketing", "Tourism Management", "Island Studies Journal",
             "African Journal of Hospitality, Tourism and Leisure", "Journal of Business Research",
             "Tourism Management Perspectives", "Journal of Destination Marketing & Management",
             "Small States & Territories", "Journal of Islamic Marketing", "International Journal of Bank Marketing",
             "Journal of Fashion Marketing and Management", "Current Issues in Tourism",
             "University of Mauritius Research Journal", "Journal of African Business"]  # fmt: skip
_TOPICS = ["repeat visitation", "all-inclusive packages", "destination image", "honeymoon travel", "rum tourism",
           "sugar estate heritage", "mobile money adoption", "offshore brand trust", "loyalty cards in hypermarkets",
           "Instagram travel content", "Kreol-language advertising", "textile export branding", "vanilla provenance",
           "airline seat pricing", "mall footfall", "WhatsApp customer service", "4G and fibre bundles",
           "eco-labels in hotels", "diaspora remittances", "duty-free shopping", "festival promotions",
           "domestic tourism", "green bonds", "seafood traceability", "villa rentals", "medical tourism",
           "gift shop retail", "resort wellness", "e-wallets", "island connectivity"]  # fmt: skip
_PLACES = ["Mauritius", "Seychelles", "Madagascar", "Réunion", "Rodrigues", "the Indian Ocean islands",
           "Small Island Developing States", "Port Louis", "Mahé and Praslin", "Antananarivo", "Saint-Denis"]  # fmt: skip
_FRENCH_TITLES = [
    ("Le marketing touristique dans l'océan Indien", "Tourism marketing in the Indian Ocean"),
    ("La marque Maurice : identité et promesse", "Brand Mauritius: identity and promise"),
    ("Consommation et distribution à La Réunion", "Consumption and retail in Réunion"),
    ("Le rhum agricole, de la canne au verre", "Agricultural rum, from cane to glass"),
    ("Stratégies digitales des opérateurs télécoms à Madagascar", "Digital strategies of telecoms operators in Madagascar"),
    ("Marketing des services bancaires", "Marketing of banking services"),
    ("L'hôtellerie de luxe et la relation client", "Luxury hotels and customer relations"),
    ("Textile mauricien : marques et marchés", "Mauritian textiles: brands and markets"),
]  # fmt: skip
_KREOL_TITLES = [
    ("Nou lakaz, nou zil", "Our home, our island"), ("Lavi dan Port Louis", "Life in Port Louis"),
    ("Fer biznes ek lamour", "Doing business with love"), ("Ti-lagar ek gran magazin", "Corner shops and big stores"),
    ("Zanmi lamer", "Friends of the sea"), ("Fandrosoana ara-barotra", "Commercial progress"),
    ("Ny tsena eto Madagasikara", "The market here in Madagascar"),
]  # fmt: skip
_UNIVERSITIES = [("University of Mauritius", "Réduit"), ("University of Technology, Mauritius", "Pointe-aux-Sables"),
                 ("Middlesex University Mauritius", "Flic en Flac"), ("University of Seychelles", "Anse Royale"),
                 ("Université d'Antananarivo", "Antananarivo"), ("Université de La Réunion", "Saint-Denis")]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Dunod", "Paris"), ("Vuibert", "Paris"),
               ("Éditions de l'Océan Indien", "Rose-Hill"), ("Goodfellow Publishers", "Oxford"),
               ("CABI", "Wallingford"), ("Wiley", "Chichester"), ("Présence Africaine", "Paris")]  # fmt: skip
_SITES = ["mtpa.mu", "seychelles.travel", "reunion.fr", "mcb.mu", "emtel.com", "myt.mu", "statsmauritius.govmu.org",
          "fscmauritius.org", "ibl.mu", "alteo.mu", "luxresorts.com", "beachcomber-hotels.com", "telma.mg",
          "orange.mg", "instat.mg", "insee.fr", "bom.mu", "nbs.gov.sc"]  # fmt: skip


class Blind94WorkFactory(WorkFactory):
    """The island reading lists: people of every community, groups and regulators, Acts, news, theses and posts."""

    KINDS = ("book", "chapter", "journal", "web", "report", "government", "legislation", "news", "thesis",
             "social", "market-research", "undated-web")  # fmt: skip

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        particle = ""
        if roll < 0.25:
            family, given = self.rng.choice(_INDO), self.rng.choice(_INDO_GIVEN)
        elif roll < 0.32:
            family, given = self.rng.choice(_MUSLIM), self.rng.choice(_MUSLIM_GIVEN)
        elif roll < 0.40:
            family, given = self.rng.choice(_SINO), self.rng.choice(_SINO_GIVEN)
        elif roll < 0.52:
            (family, particle), given = self.rng.choice(_FRANCO), self.rng.choice(_FRANCO_GIVEN)
        elif roll < 0.58:
            family, given = self.rng.choice(_CREOLE), self.rng.choice(_CREOLE_GIVEN)
        elif roll < 0.67:
            family, given = self.rng.choice(_SEY), self.rng.choice(_SEY_GIVEN)
        elif roll < 0.80:
            family, given = self.rng.choice(_MALAGASY), self.rng.choice(_MALAGASY_GIVEN)
        elif roll < 0.90:
            family, given = self.rng.choice(_REUNION), self.rng.choice(_REUNION_GIVEN)
        else:
            (family, particle), given = self.rng.choice(_EXPAT), self.rng.choice(_EXPAT_GIVEN)
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 15, 9, 6, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            candidate = self.person()
            if candidate not in people:
                people.append(candidate)
        return people

    def year(self) -> int:
        return self.rng.randint(1994, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2022, year or 2022)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic, other, place = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [
            f"{topic.capitalize()} in {place}",
            f"{topic.capitalize()} and {other}: evidence from {place}",
            f"Rethinking {topic} for {place}",
            f"What drives {topic}? A study of {place}",
            f"{topic.capitalize()}, {other} and the island consumer",
            f"Beyond sun, sea and sand: {topic} in {place}",
            f"Marketing {topic} to the diaspora",
        ]
        return self.rng.choice(forms)

    def _translated(self) -> str:
        original, english = self.rng.choice(_FRENCH_TITLES + _KREOL_TITLES)
        return f"{original} [{english}]"

    def _url(self, site: str | None = None) -> str:
        slug = "-".join(self.rng.choice(_TOPICS).split()[:3]).lower().replace("*", "")
        return f"https://www.{site or self.rng.choice(_SITES)}/{slug}-{self.rng.randint(10, 9999)}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "web", "report", "government", "legislation", "news", "thesis", "social",
             "market-research", "undated-web"],
            weights=[13, 6, 26, 8, 10, 6, 5, 7, 4, 4, 6, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = (
            self._translated()
            if publisher in ("Dunod", "Vuibert", "Éditions de l'Océan Indien", "Présence Africaine")
            else self._title()
        )
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"{self.rng.choice(['Tourism in', 'Marketing in', 'Island economies of', 'Retail and consumption in'])} {self.rng.choice(_PLACES)}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(9, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jvm', 'tm', 'isj', 'ajhtl', 'jbr'])}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web(self) -> Work:
        if self.rng.random() < 0.4:
            year = self.year()
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                      "issued": {"date-parts": [[year]]}, "URL": self._url()}  # fmt: skip
            if self.rng.random() < 0.8:
                record["accessed"] = self.accessed_after(year)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_ORGANISATIONS)
        year = self.year()
        record = {"type": "webpage", "title": self.rng.choice([self._title(), f"{self.rng.choice(['Our story', 'Sustainability', 'Newsroom', 'Careers', 'About us'])}"]),
                  "issued": {"date-parts": [[year]]}, "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.75:
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "web", name, tags)

    def _undated_web(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([self._title(), self._translated()]),
                                  "URL": self._url(), "accessed": self.accessed_after(None)}  # fmt: skip
        return self._org_work(record, "undated-web", name, tags | {"no-date"})

    def _report(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Integrated report {year}", f"Sustainability report {year}",
                                 f"Digest of tourism statistics {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Port Louis", "Ebène", "Victoria", "Antananarivo", "Saint-Denis"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENTS)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice([f"Budget speech {year}-{str(year + 1)[2:]}", f"Tourism strategic plan {year}-{year + 5}", self._title()]),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("govmu.org")}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        name, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.7:
            record["URL"] = self._url(
                self.rng.choice(["mra.mu", "legislation.govmu.org", "seylii.org", "legifrance.gouv.fr"])
            )
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "legislation", name, {"government", "legislation"})

    def _news(self) -> Work:
        paper = self.rng.choice(_NEWS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "container-title": paper,
            "title": self.rng.choice([self._title(), f"{self.rng.choice(['Tourisme', 'Télécoms', 'Sucre', 'Distribution'])} : {self.rng.choice(['la reprise se confirme', 'les prix flambent', 'nouvelle offre'])} [{self.rng.choice(['Tourism', 'Telecoms', 'Sugar', 'Retail'])}: {self.rng.choice(['recovery confirmed', 'prices soar', 'a new offer'])}]"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
            work = self._person_work(record, "news")
        else:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
            work = self._org_work(record, "news", paper, {"news"})
        if "accessed" in record:  # the access date follows the full issue date
            issued = record["issued"]["date-parts"][0]
            if record["accessed"]["date-parts"][0] < issued:
                record["accessed"] = {"date-parts": [[issued[0] + 1, 1, 15]]}
        return work

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self.rng.choice([self._title(), self._translated()]), "author": self._people(1),
            "genre": self.rng.choice(["MBA dissertation", "MSc dissertation", "PhD thesis", "Mémoire de master"]),
            "publisher": university, "publisher-place": place, "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _social(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS[:25])
        year = self.rng.randint(2018, 2025)
        platform = self.rng.choice(
            ["Facebook", "Instagram", "TikTok", "WhatsApp Channel", "LinkedIn", "Spotify podcast"]
        )
        record: dict[str, Any] = {
            "type": self.rng.choice(["post", "webpage"]) if platform != "Spotify podcast" else "song",
            "title": self.rng.choice(["Bonne fête Divali à tous ! [Happy Divali, everyone!]", "Festival Kreol is here",
                                      "Happy Independence Day, Mauritius", "Thaipoosam Cavadee opening hours",
                                      "Winter escapes from Rs 4,990", "Episode 12: who buys local?",
                                      "Nouvo pake fibre [New fibre package]", "Fèt Kaf offers this week",
                                      "Meet our vanilla growers", "Coupe 2024 has started"]),
            "container-title": platform, "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": {"date-parts": [[min(year + self.rng.randint(0, 1), 2025), 12, 28]]},
        }  # fmt: skip
        return self._org_work(record, "social", name, tags | {"social"})

    def _market_research(self) -> Work:
        name = self.rng.choice(["Kantar", "Ipsos", "Euromonitor International", "PwC Mauritius", "Afrobarometer",
                                "Statista", "GlobalData"])  # fmt: skip
        year = self.year() if self.rng.random() < 0.9 else None
        market = self.rng.choice(["Travel in Mauritius", "Rum in Madagascar", "Retailing in Réunion",
                                  "Telecoms in Seychelles", "Apparel and footwear in Mauritius",
                                  "Consumer lifestyles in Madagascar", "Banking in Mauritius"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": f"{market}: {self.rng.choice(['country report', 'market forecast', 'consumer survey'])} {year or 2024}",
                                  "publisher": name, "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "market-research", name, {"market-research"})
