"""Works for the sixty-first held-out pool, "blind61": what travel marketers in Türkiye, the Gulf, Egypt and Jordan cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixty-first hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how commercial, loyalty,
destination, revenue and communications marketers at airlines, airports, tourism boards, hotel groups, tour operators,
online travel agencies and agencies in Istanbul, Antalya, Dubai, Abu Dhabi, Doha, Riyadh, Jeddah, Cairo and Amman
reference their CIM Level 6 and 7 assignments and MBA projects: tourism and air-transport journals with up to eight
authors, textbooks in their editions, theses, carriers', airports', hotel groups' and tourism boards' reports and
pages, statistics offices and regulators, laws and decree-laws under the state that made them, market-research
firms, the regional and travel press, TikTok and Instagram posts and podcasts.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# Turkish names: dotted and dotless i, ğ, ş, ç, ö, ü; now and then two given names.
_TR_FAMILY = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Arslan",
              "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Erdoğdu", "Güler",
              "Tekin", "Ünal", "Gündoğdu", "Karaağaç", "Bozkurt", "Sağlam", "Uğurlu", "İnce", "Işık", "Ekinci",
              "Akgül", "Türkmen", "Gökçe", "Erkan", "Başaran", "Çakır", "Sarıkaya", "Yüksel", "Öğüt"]  # fmt: skip
_TR_GIVEN = ["Elif", "Zeynep", "Ayşe", "Selin", "Merve", "Gizem", "Büşra", "Ebru", "Özge", "Şule", "Mehmet", "Mustafa",
             "Emre", "Burak", "Oğuz", "Serkan", "Çağrı", "Tolga", "Barış", "Gökhan", "İlker", "Işıl", "Ümit", "Doğa",
             "Ahmet Can", "Ayşe Gül", "Mehmet Ali", "Fatma Nur", "Hüseyin Emre", "Deniz"]  # fmt: skip
# Arabic names as they reach English-language journals: the article joined or apart, several transliterations.
_AR_FAMILY = ["Al-Harthy", "Al Harthi", "Al-Mansouri", "Al Mansoori", "AlMarzouqi", "Al-Qahtani", "Alqahtani",
              "Al-Otaibi", "Al Shamsi", "Al-Sulaiti", "Al Thani", "Al-Kuwari", "El-Sayed", "Elsayed", "El-Gohary",
              "El Shafei", "Abdel Fattah", "Abdelaziz", "Abd al-Rahman", "Abdul Karim", "Abu Zaid", "Abu-Rumman",
              "bin Rashid", "Bin Touq", "Haddad", "Khoury", "Nasser", "Hamdan", "Darwish", "Mahmoud", "Farouk",
              "Saleh", "Ibrahim", "Al-Hajjaj", "Al-Zoubi", "Obeidat", "Al-Majali", "Masadeh", "Al-Ghamdi", "Alzahrani",
              "Al-Dosari", "Al Nuaimi", "Al-Muhairi", "Al-Khaja", "Ba-Abdullah", "Al-Ansari", "Hegazy", "Shehata",
              "ʿAbd al-Ḥamīd", "Al-Ṭāʾī"]  # fmt: skip
_AR_GIVEN = ["Mohammed", "Muhammad", "Ahmed", "Ahmad", "Khalid", "Khaled", "Omar", "Hamad", "Sultan", "Faisal",
             "Abdullah", "Yousef", "Noura", "Fatima", "Maryam", "Aisha", "Hessa", "Reem", "Latifa", "Dana", "Lina",
             "Rania", "Hala", "Sara", "Dalia", "Mona", "Nour", "Tamer", "Sherif", "Karim", "Ashraf", "Hisham",
             "Mohamed Ahmed", "Ahmed Mohamed", "Sara Hamdy", "Tarek Adel", "Bashar", "Laith", "Zaid", "Ruba"]  # fmt: skip
# Levantine and Iranian names.
_LEV_IR = [("Haddad", "Rami"), ("Khoury", "Maya"), ("Nassar", "Ghada"), ("Saadeh", "Elie"), ("Karam", "Joelle"),
           ("Hosseini", "Parisa"), ("Rahimi", "Reza"), ("Tehrani", "Shirin"), ("Moradi", "Ali"), ("Ghorbani", "Maryam"),
           ("Azizi", "Nima"), ("Jafari", "Leila"), ("Rezaei-Farahani", "Mehdi"), ("Sadeghi", "Niloufar")]  # fmt: skip
# Expatriates: South Asian, Filipino, British and others who write from Dubai, Doha and Riyadh.
_EXPAT = [("Menon", "Anjali"), ("Pillai", "Suresh"), ("D'Souza", "Clyde"), ("Fernandes", "Rhea"), ("Iyer", "Karthik"),
          ("Chaudhry", "Bilal"), ("Qureshi", "Sana"), ("Siddiqui", "Farhan"), ("Rathnayake", "Dilan"),
          ("dela Cruz", "Maria Cristina"), ("Santos", "Jerome"), ("Reyes", "Kristine"), ("Villanueva", "Mark Anthony"),
          ("Pangilinan", "Joy"), ("Thompson", "Claire"), ("O'Connor", "Niamh"), ("McAllister", "Graham"),
          ("Whitfield-Jones", "Harriet"), ("Patel", "Nikhil"), ("Shah", "Priya"), ("Okafor", "Chinedu"),
          ("Kowalski", "Anna"), ("Müller", "Katrin"), ("Dubois", "Élodie")]  # fmt: skip

_ORGS: list[tuple[str, set[str]]] = [
    ("Türk Hava Yolları A.O.", {"company", "abbreviation"}), ("Turkish Airlines", {"company"}),
    ("Pegasus Hava Taşımacılığı A.Ş.", {"company", "abbreviation"}), ("Emirates", {"company"}),
    ("The Emirates Group", {"company"}), ("Etihad Airways PJSC", {"company"}), ("Etihad Aviation Group", {"company"}),
    ("Qatar Airways Group Q.C.S.C.", {"company", "abbreviation"}), ("Saudia", {"company"}), ("flynas", {"company"}),
    ("EgyptAir Holding Company", {"company"}), ("Royal Jordanian Airlines", {"company"}), ("flydubai", {"company"}),
    ("Air Arabia PJSC", {"company"}), ("Riyadh Air", {"company"}), ("İGA İstanbul Havalimanı", {"company"}),
    ("Dubai Airports", {"company"}), ("Abu Dhabi Airports Company PJSC", {"company"}), ("Hamad International Airport", {"company"}),
    ("Jumeirah Group", {"company"}), ("Rotana Hotel Management Corporation PJSC", {"company"}),
    ("Emaar Hospitality Group L.L.C.", {"company", "abbreviation"}), ("Majid Al Futtaim Holding LLC", {"company"}),
    ("Al Tayer Travel Agency L.L.C.", {"company", "abbreviation"}), ("dnata", {"company"}), ("Seera Group", {"company"}),
    ("Almosafer", {"company"}), ("Wego", {"company"}), ("Jolly Tur", {"company"}), ("Anex Tour", {"company"}),
    ("Kerzner International", {"company"}), ("Marriott International, Inc.", {"company", "comma"}),
    ("IHG Hotels & Resorts", {"company", "ampersand"}), ("Accor", {"company"}), ("Hilton", {"company"}),
    ("Visit Dubai", {"tourism-board"}), ("Department of Economy and Tourism (DET)", {"government", "abbreviation"}),
    ("Department of Culture and Tourism – Abu Dhabi", {"government"}), ("Saudi Tourism Authority", {"tourism-board"}),
    ("NEOM", {"company", "acronym"}), ("Red Sea Global", {"company"}), ("Jordan Tourism Board", {"tourism-board"}),
    ("Visit Qatar", {"tourism-board"}), ("Egyptian Tourism Authority", {"tourism-board"}),
    ("Türkiye Tourism Promotion and Development Agency (TGA)", {"tourism-board", "abbreviation"}),
    ("International Air Transport Association (IATA)", {"trade-body", "abbreviation"}), ("IATA", {"trade-body", "acronym"}),
    ("Airports Council International (ACI)", {"trade-body", "abbreviation"}), ("UN Tourism", {"trade-body"}),
    ("World Travel & Tourism Council (WTTC)", {"trade-body", "ampersand", "abbreviation"}),
    ("World Travel & Tourism Council", {"trade-body", "ampersand"}), ("Arab Air Carriers' Organization", {"trade-body", "apostrophe"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("PwC Middle East", {"company"}), ("Deloitte & Touche (M.E.)", {"company", "ampersand"}),
    ("Ernst & Young", {"company", "ampersand"}), ("Alpen Capital", {"company"}), ("Knight Frank", {"company"}),
    ("Colliers International", {"company"}), ("Sotheby's International Realty", {"company", "apostrophe"}),
    ("McDonald's UAE", {"company", "apostrophe"}), ("Ahmed Seddiqi & Sons", {"company", "ampersand"}),
    ("Al-Futtaim Group", {"company"}), ("Meta", {"company"}), ("Google", {"company"}), ("TikTok", {"company"}),
    ("YouGov", {"market-research"}), ("Ipsos", {"market-research"}), ("Kantar", {"market-research"}),
    ("Skift Research", {"market-research"}), ("Arabian Travel Market", {"company"}), ("Dubai Holding", {"company"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("CIM", {"trade-body", "acronym"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, str]] = [
    ("Türkiye İstatistik Kurumu (TÜİK)", "https://data.tuik.gov.tr/Bulten/Index?p="),
    ("Turkish Statistical Institute", "https://data.tuik.gov.tr/Bulten/Index?p="),
    ("T.C. Kültür ve Turizm Bakanlığı", "https://yigm.ktb.gov.tr/"),
    ("Republic of Türkiye Ministry of Culture and Tourism", "https://www.ktb.gov.tr/"),
    ("General Authority for Statistics (GASTAT)", "https://www.stats.gov.sa/en/"),
    ("General Authority of Civil Aviation (GACA)", "https://gaca.gov.sa/"),
    ("Ministry of Tourism (Saudi Arabia)", "https://mt.gov.sa/"),
    ("Ministry of Hajj and Umrah", "https://www.haj.gov.sa/en/"),
    ("Central Agency for Public Mobilization and Statistics (CAPMAS)", "https://www.capmas.gov.eg/"),
    ("Ministry of Tourism and Antiquities", "https://egymonuments.gov.eg/"),
    ("General Civil Aviation Authority (GCAA)", "https://www.gcaa.gov.ae/en/"),
    ("Federal Competitiveness and Statistics Centre", "https://fcsc.gov.ae/en-us/"),
    ("Dubai Statistics Center", "https://www.dsc.gov.ae/en-us/"),
    ("Statistics Centre – Abu Dhabi", "https://www.scad.gov.ae/"),
    ("National Planning Council", "https://www.npc.qa/en/"),
    ("Department of Statistics (Jordan)", "https://dosweb.dos.gov.jo/"),
    ("Ministry of Tourism and Antiquities (Jordan)", "https://www.mota.gov.jo/"),
    ("Vision 2030 Kingdom of Saudi Arabia", "https://www.vision2030.gov.sa/"),
    ("UAE Government", "https://u.ae/en/information-and-services/"),
    ("Civil Aviation Regulatory Commission", "https://carc.jo/"),
]  # fmt: skip
_LAWS: list[tuple[str, int, str]] = [
    ("Republic of Türkiye", 2016, "Law No. 6698 on the Protection of Personal Data"),
    ("Kişisel Verileri Koruma Kurumu", 2016, "6698 sayılı Kişisel Verilerin Korunması Kanunu"),
    ("United Arab Emirates", 2021, "Federal Decree-Law No. 45 of 2021 regarding the Protection of Personal Data"),
    ("United Arab Emirates", 2021, "Federal Decree-Law No. 34 of 2021 on Combatting Rumours and Cybercrimes"),
    ("Kingdom of Saudi Arabia", 2021, "Personal Data Protection Law, Royal Decree No. M/19"),
    ("Saudi Data & AI Authority (SDAIA)", 2023, "Implementing Regulation of the Personal Data Protection Law"),
    ("Arab Republic of Egypt", 2020, "Law No. 151 of 2020 on the Protection of Personal Data"),
    ("State of Qatar", 2016, "Law No. 13 of 2016 on Protecting Personal Data Privacy"),
    ("Hashemite Kingdom of Jordan", 2023, "Personal Data Protection Law No. 24 of 2023"),
    ("General Civil Aviation Authority (GCAA)", 2019, "Civil Aviation Regulations Part IX: Air Operator Certification"),
    ("General Authority of Civil Aviation (GACA)", 2023, "Executive Regulation for the Protection of Customers' Rights"),
    ("Dubai Department of Economy and Tourism", 2022, "Executive Council Resolution No. 2 of 2022 on Hotel Classification"),
    ("Ticaret Bakanlığı", 2022, "Ticari Reklam ve Haksız Ticari Uygulamalar Yönetmeliği"),
]  # fmt: skip
_JOURNALS = ["Tourism Management", "Journal of Air Transport Management", "International Journal of Hospitality Management",
             "Journal of Islamic Marketing", "Anatolia", "Annals of Tourism Research", "Journal of Travel Research",
             "Current Issues in Tourism", "Tourism Management Perspectives", "Journal of Hospitality and Tourism Management",
             "International Journal of Contemporary Hospitality Management", "Transport Policy",
             "Journal of Destination Marketing & Management", "Tourism Review", "Journal of Vacation Marketing",
             "Research in Transportation Business & Management", "International Journal of Tourism Cities",
             "Arab Gulf Journal of Scientific Research", "Journal of Tourism and Services", "Journal of Marketing Management"]  # fmt: skip
_PRESS = ["Hürriyet Daily News", "Daily Sabah", "Gulf News", "The National", "Arab News", "Ahram Online", "Al-Ahram Weekly",
          "Khaleej Times", "Saudi Gazette", "The Jordan Times", "Skift", "Simple Flying", "Arabian Business",
          "Hotelier Middle East", "Breaking Travel News", "TTG Middle East", "Travel Weekly", "Campaign Middle East",
          "Türkiye Today", "Egypt Independent"]  # fmt: skip
_RESEARCH = ["Euromonitor International", "Statista", "STR", "OAG", "CAPA – Centre for Aviation", "Mordor Intelligence",
             "GlobalData", "Phocuswright", "Cirium", "ForwardKeys", "Mastercard Economics Institute", "Colliers"]  # fmt: skip
_TOPICS = ["stopover programmes", "halal tourism", "Muslim-friendly hotels", "airline loyalty", "frequent-flyer tiers",
           "ancillary revenue", "low-cost carriers", "hub competition", "destination image", "Umrah travel",
           "Hajj logistics", "Ramadan campaigns", "Eid travel demand", "giga-projects", "Vision 2030 tourism",
           "Expo 2020 Dubai", "Riyadh Season", "medical tourism in Türkiye", "all-inclusive resorts in Antalya",
           "Red Sea tourism", "Petra and Wadi Rum visitors", "Nile cruises", "airport retail", "duty free spending",
           "mega-events", "service recovery", "online travel agencies", "dynamic pricing", "revenue management",
           "hotel reviews", "influencer marketing in the GCC", "Arabic social media", "destination branding",
           "sustainable aviation", "overtourism in Istanbul", "luxury hospitality", "staycations", "cruise tourism",
           "event tourism in Qatar", "Generation Z travellers", "digital wallets at check-in", "biometric boarding"]  # fmt: skip
_PLACES = ["the UAE", "Saudi Arabia", "Türkiye", "Egypt", "Jordan", "Qatar", "the GCC", "Dubai", "Istanbul", "Antalya",
           "Riyadh", "Jeddah", "AlUla", "Doha", "Cairo", "Aqaba", "the Middle East", "MENA", "Abu Dhabi"]  # fmt: skip
_PUBLISHERS = [("Abingdon", "Routledge"), ("Harlow", "Pearson"), ("Wallingford", "CABI"), ("Oxford", "Goodfellow Publishers"),
               ("Bristol", "Channel View Publications"), ("Cham", "Springer"), ("Bingley", "Emerald Publishing"),
               ("London", "Palgrave Macmillan"), ("Ankara", "Seçkin Yayıncılık"), ("Ankara", "Detay Yayıncılık"),
               ("London", "Kogan Page"), ("Cairo", "The American University in Cairo Press")]  # fmt: skip
_LAW_SITES = {"Republic": ["www.mevzuat.gov.tr", "www.kvkk.gov.tr/Icerik"], "Kişisel": ["www.kvkk.gov.tr/Icerik"], "Ticaret": ["www.mevzuat.gov.tr", "www.resmigazete.gov.tr/eskiler"],
              "United": ["uaelegislation.gov.ae/en/legislations", "u.ae/en/about-the-uae/digital-uae"], "Kingdom": ["laws.boe.gov.sa/BoeLaws/Laws/LawDetails", "sdaia.gov.sa/en"],
              "Saudi": ["sdaia.gov.sa/en/SDAIA/about/Documents"], "Arab": ["www.cc.gov.eg/legislation", "manshurat.org/node"], "State": ["www.almeezan.qa/LawPage.aspx"],
              "Hashemite": ["www.pm.gov.jo/content", "moj.gov.jo/EN"], "(GCAA)": ["www.gcaa.gov.ae/en/ePublication"], "(GACA)": ["gaca.gov.sa/web/en-gb/page"],
              "Dubai": ["dlp.dubai.gov.ae/Legislation%20Reference", "www.dubaidet.gov.ae/en/regulations"]}  # fmt: skip
_UNIVERSITIES = ["Boğaziçi University", "Bilkent University", "Akdeniz Üniversitesi", "Zayed University",
                 "University of Dubai", "Hamad Bin Khalifa University", "King Abdulaziz University",
                 "King Saud University", "American University in Cairo", "Helwan University", "University of Jordan",
                 "Heriot-Watt University Dubai", "Middlesex University Dubai", "Oxford Brookes University"]  # fmt: skip


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Blind61WorkFactory(WorkFactory):
    """The blind61 pool's works: Turkish, Arabic, Egyptian, Levantine, Iranian and expatriate authors; carriers,
    airports, hotel groups and tourism boards with A.Ş., PJSC, L.L.C. and Q.C.S.C.; regulators and statistics
    offices; laws and decree-laws; the regional and travel press; theses, posts and podcasts."""

    KINDS: ClassVar[list[str]] = ["book", "chapter", "journal", "web", "report", "government", "legislation", "market-research", "news",
             "thesis", "social", "podcast"]  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 61 + 6161)
        self.tr = Faker("tr_TR")
        self.tr.seed_instance(seed * 613 + 1)
        self.fake = self.fakers["en_GB"]
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            if self.rng.random() < 0.5:
                return {"family": self.rng.choice(_TR_FAMILY), "given": self.rng.choice(_TR_GIVEN)}
            return {"family": self.tr.last_name(), "given": self.tr.first_name()}
        if roll < 0.62:
            family = self.rng.choice(_AR_FAMILY)
            given = self.rng.choice(_AR_GIVEN)
            if self.rng.random() < 0.12 and " " not in given:  # an Egyptian name with the father's name
                given = f"{given} {self.rng.choice(['Mahmoud', 'Hassan', 'Mostafa', 'Adel', 'Samir', 'Fathy'])}"
            return {"family": family, "given": given}
        if roll < 0.72:
            family, given = self.rng.choice(_LEV_IR)
            return {"family": family, "given": given}
        if roll < 0.92:
            family, given = self.rng.choice(_EXPAT)
            return {"family": family, "given": given}
        return super().person()

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGS)
        return name, set(tags)

    def year(self) -> int:
        roll = self.rng.random()
        if roll < 0.05:
            return self.rng.randint(1979, 1999)
        if roll < 0.25:
            return self.rng.randint(2000, 2014)
        return self.rng.randint(2015, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2022, issued[0] + 1) if issued else 2022
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2026)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        other = self.rng.choice(_TOPICS)
        forms = [
            f"{_cap(topic)}{'' if ' in ' in topic else ' in ' + place}: evidence from {self.rng.choice(['a survey of', 'interviews with', 'a panel of'])} {self.rng.choice(['Gulf travellers', 'inbound visitors', 'hotel managers', 'frequent flyers', 'tour operators', 'Umrah pilgrims'])}",
            f"The effect of {topic} on {other}",
            f"{_cap(topic)} and {other}{'' if ' in ' in topic + other else ' in ' + place}",
            f"Rethinking {topic} after the pandemic",
            f"Understanding {topic}: a {self.rng.choice(['mixed-methods', 'qualitative', 'structural equation modelling', 'netnographic'])} study",
            f"{_cap(topic)}, trust and revisit intention",
            f"From {topic} to {other}: lessons from {place}",
            f"What drives {topic}? The case of {place}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            self.KINDS, weights=[11, 5, 24, 11, 9, 8, 4, 8, 10, 3, 4, 3]
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[32, 28, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        work = super()._person_work(record, kind)
        return work

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # now and then one body's second work of the same year ("Emirates, 2023a" and "2023b")
        pairable = kind in (
            "web",
            "report",
            "social",
        )  # a law, a statistics release or a newspaper keeps its own author
        if pairable and self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if pairable and "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        titles = [f"{_cap(self.rng.choice(_TOPICS))}: {self.rng.choice(['theory and practice', 'a Middle Eastern perspective', 'concepts and cases', 'a strategic approach'])}",
                  self.rng.choice(["Marketing for hospitality and tourism", "Airline marketing and management",
                                   "Tourism in the Middle East", "Destination marketing", "Services marketing",
                                   "Islamic marketing", "Revenue management for hospitality", "Strategic airport management",
                                   "Halal hospitality and Islamic tourism", "Tourism in Turkey", "Marketing management"]),
                  self._title()]  # fmt: skip
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice(titles), "author": self._people(4),
            "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        record["publisher-place"], record["publisher"] = self.rng.choice(_PUBLISHERS)
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of tourism in the Middle East and North Africa",
                                                "Tourism in the Arab world", "Halal tourism and pilgrimage",
                                                "Aviation and tourism: implications for leisure travel", "Event tourism in Asian countries",
                                                "Tourism and hospitality management in the GCC"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Springer", "Emerald Publishing", "CABI"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cham", "Bingley", "Wallingford"]), "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 110)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(9, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1108', '1080', '1177'])}/{self.fake.lexify('????').upper()}-{self.rng.randint(10, 99)}-{self.rng.randint(1000, 99999)}"
            )
        elif self.rng.random() < 0.3:
            record["page"] = str(self.rng.randint(100000, 109999))  # article numbers
        return self._person_work(record, "journal")

    def _web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self.fake.url() + self.fake.uri_path(),
        }
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.rng.randint(2012, 2025)]]}
        if self.rng.random() < 0.85:  # some typed without an access date
            record["accessed"] = self.accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        record["title"] = self.rng.choice(
            [
                record["title"],
                f"{self.rng.choice(['Our story', 'Sustainability', 'Loyalty programme terms', 'Press release', 'About us', 'Newsroom'])}",
            ]
        )
        return self._org_work(record, "web", name, tags)

    def _report(self) -> Work:
        name, tags = self.organisation()
        year = self.rng.randint(2010, 2025)
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice([f"Annual report {year}", f"{year} integrated report", f"Sustainability report {year}",
                                      f"Faaliyet raporu {year}", f"Investor presentation Q{self.rng.randint(1, 4)} {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "publisher-place": self.rng.choice(["Dubai", "Istanbul", "Doha", "Riyadh", "Abu Dhabi", "Cairo", "Amman", "Geneva", "London"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self.fake.url() + self.fake.uri_path()
            record["accessed"] = self.accessed_after([year])
        if self.rng.random() < 0.25:
            record["author"] = self._people(3)
            return self._person_work(record, "report")
        if self.rng.random() < 0.12:
            record.pop("issued")
            if "accessed" in record:
                record["accessed"] = self.accessed_after(None)
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name, base = self.rng.choice(_GOVERNMENT)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Tourism statistics {year}", f"Border statistics, {self.rng.choice(['January', 'April', 'July', 'October'])} {year}",
                                      f"Hotel occupancy bulletin Q{self.rng.randint(1, 4)} {year}", f"Air passenger traffic report {year}",
                                      f"Hajj statistics {year}", f"Inbound tourism survey {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "URL": base + self.fake.slug(),
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        # written as reference managers keep them: the state or body that made it as author, its number in the title
        name, year, title = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://{self.rng.choice(_LAW_SITES[title.split()[0] if title.split()[0] in _LAW_SITES else name.split()[-1] if name.split()[-1] in _LAW_SITES else name.split()[0]])}/{self.fake.slug()}",
                                  "accessed": self.accessed_after([year])}  # fmt: skip
        return self._org_work(record, "legislation", name, {"legislation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2025)
        market = self.rng.choice(["travel in the United Arab Emirates", "hotels in Saudi Arabia", "airlines in Turkey",
                                  "tourism flows in Egypt", "luxury travel in the Middle East", "online travel in the GCC",
                                  "halal travel", "airport retail in the Middle East", "cruise market in the Red Sea"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice([f"{_cap(market)}: country report {year}", f"{_cap(market)} - market size and forecast to 2030",
                                      f"Number of international tourist arrivals in {self.rng.choice(_PLACES)} from 2015 to {year}",
                                      f"{_cap(market)} ({self.rng.choice(['June', 'September', 'December'])} {year})"]),
            "publisher": name, "URL": f"https://www.{name.split()[0].lower()}.com/{self.fake.slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2014, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.fake.url() + self.fake.uri_path(),
        }  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self.accessed_after([year])
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["MBA dissertation", "MSc dissertation", "PhD thesis", "Yüksek lisans tezi"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.rng.randint(2008, 2025)]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _social(self) -> Work:
        year = self.rng.randint(2019, 2025)
        platform = self.rng.choice(["Instagram", "TikTok", "LinkedIn", "X"])
        record: dict[str, Any] = {
            "type": "webpage", "container-title": platform,
            "title": self.rng.choice(["Ramadan Kareem from all of us", "Eid al-Adha getaway offers", "Behind the scenes of our new A350 cabin",
                                      "Meet our cabin crew", "Summer in Antalya starts here", "Riyadh Season is back",
                                      "Double Skywards Miles this weekend", "A day at İstanbul Airport", "Five hidden gems in Amman"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{platform.lower()}.com/{self.fake.user_name()}", "accessed": self.accessed_after([year]),
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.organisation()
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "webpage", "container-title": self.rng.choice(["Skift Travel Podcast", "CAPA Live", "The Hospitality Show",
                                                                    "Simple Flying Podcast", "Arabian Business Talks"]),
            "title": f"Episode {self.rng.randint(3, 240)}: {self._title()} [Podcast]",
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.fake.url() + self.fake.uri_path(), "accessed": self.accessed_after([year]),
        }  # fmt: skip
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")
