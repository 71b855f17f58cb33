"""Works cited by marketers in Saudi Arabia, the UAE, Qatar, Kuwait, Bahrain, Oman and their expatriate communities.

The two-hundred-and-second independent pool ("blind202", HELD OUT), written without reading the checker, its tests
or any other pool. Candidates at Gulf banks, telecoms, airlines, retailers, malls, developers, giga-projects and
agencies writing CIM Level 6 and 7 reports and MBA assignments in English cite textbooks and e-books (often the
Arabic-region editions), chapters, journal articles (Gulf journals, Arabic journals with English titles in square
brackets), theses from KSU, KAU, KFUPM, UAEU, AUS, Qatar University and SQU, conference papers, company pages and
annual reports, regulators and statistics offices (GASTAT, SAMA, CST, TDRA, the Vision 2030 programmes), royal
decrees and federal laws (cited under the body that issued them), market research with years in its titles, news
signed and unsigned, social posts, videos, podcasts and undated pages. Arabic names come in every transliteration
(Al-Otaibi, Alotaibi, Al Otaibi, al-ʿUtaybī; Bin, Abdul, Abdel, ʿAbd al-), beside the expatriate names of the Gulf
(South Asian, Filipino, Egyptian, Levantine and British).
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "news", "social", "video", "podcast",
         "legislation", "market-research", "government")  # fmt: skip

# Family names as Gulf scholars and journals print them: one family, several transliterations.
_ARAB_FAMILIES = [
    "Al-Otaibi", "Alotaibi", "Al Otaibi", "al-ʿUtaybī", "Al-Ghamdi", "Alghamdi", "Al-Qahtani", "Alqahtani",
    "al-Qaḥṭānī", "Al-Harbi", "Alharbi", "Al-Dosari", "Aldossary", "Al-Shehri", "Alshehri", "Al-Zahrani",
    "Alzahrani", "Al-Mutairi", "Almutairi", "Al-Shammari", "Al Shamsi", "Al Suwaidi", "Al Marzouqi", "Al Hashmi",
    "Al Mansoori", "Al-Mansouri", "Al Nuaimi", "Al Ketbi", "Al Falasi", "Al-Kuwari", "Al-Sulaiti", "Al-Emadi",
    "Al-Mohannadi", "Al-Ajmi", "Al-Rashidi", "Al-Enezi", "Alenezi", "Al-Sabah", "Al-Khalifa", "Al-Harthy",
    "Al-Busaidi", "Al Balushi", "Al-Kharusi", "Al-Hinai", "Al-Maskari", "Bin Saeed", "bin Hamad", "Bin Taleb",
    "Abdulrahman", "Abdul Rahman", "Abdel-Rahman", "ʿAbd al-Raḥmān", "Abdulaziz", "Abdullah", "Bawazir",
    "Baeshen", "Bukhari", "Belhoul", "Lootah", "Bukhash", "Kanoo", "Fakhro", "Jameel", "Juffali", "Al-Ansari",
    "Al Ansari", "Ba-Abdullah", "Al-Saʿdi", "Al-Saadi", "Al Saadi", "El-Sayed", "Abdel Aziz", "Haddad", "Khoury",
    "Abi Nader", "Sabbagh", "Hamdan", "Shaheen", "Al-Ḥarbī", "Al-Jubūrī", "AlSaud", "Alnaim",
]  # fmt: skip
_ARAB_GIVEN = ["Mohammed", "Muhammad", "Mohamed", "Abdullah", "Abdulaziz", "Abdul Aziz", "Fahad", "Fahd", "Faisal",
               "Sultan", "Khalid", "Saud", "Turki", "Hamdan", "Meshal", "Mishaal", "Saif", "Rashid", "Yousef",
               "Noura", "Nourah", "Nūra", "Hessa", "Maha", "Reem", "Latifa", "Aisha", "Ayesha", "Amna", "Shaikha",
               "Mariam", "Sara", "Hind", "Lulwa", "Dana", "Abeer", "Hanan", "Ghada", "Aḥmad", "Ahmed", "Omar",
               "Salem", "Nasser", "Majid", "Bader", "Ali", "Hasan"]  # fmt: skip
# The expatriate Gulf: names from South Asia, the Philippines, Egypt, the Levant, East Africa and Britain.
_EXPAT_NAMES = [
    ("Nair", "Priya"), ("Menon", "Anand"), ("Pillai", "Lakshmi"), ("D'Souza", "Clive"), ("Fernandes", "Ryan"),
    ("D'Mello", "Sharon"), ("Kutty", "Rahul"), ("Varghese", "Joseph"), ("Thomas", "Anju"), ("Iyer", "Vikram"),
    ("Qureshi", "Ayesha"), ("Siddiqui", "Imran"), ("Chaudhry", "Sana"), ("Malik", "Bilal"), ("Rahman", "Tanvir"),
    ("Hossain", "Farhana"), ("Perera", "Dilani"), ("Fernando", "Chaminda"), ("Dela Cruz", "Maria"),
    ("Santos", "Joanna"), ("Reyes", "Mark"), ("Bautista", "Carla"), ("Mendoza", "Paolo"), ("Gonzales", "Kristine"),
    ("Abdel-Fattah", "Mona"), ("Mostafa", "Karim"), ("Farouk", "Yasmine"), ("Haddad", "Rania"), ("Saab", "Karl"),
    ("Nasrallah", "Rami"), ("Khalil", "Lina"), ("Odhiambo", "Brian"), ("Wanjiru", "Grace"), ("Mekonnen", "Hana"),
    ("Kapoor", "Neha"), ("Sharma", "Rohit"), ("Shetty", "Kavya"), ("Gill", "Harpreet"),
]  # fmt: skip
# Who Gulf candidates cite when no person is named.
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Saudi Central Bank (SAMA)", {"government", "abbreviation"}), ("Saudi Central Bank", {"government"}),
    ("General Authority for Statistics (GASTAT)", {"government", "abbreviation"}), ("GASTAT", {"government", "acronym"}),
    ("Communications, Space & Technology Commission (CST)", {"government", "ampersand", "comma", "abbreviation"}),
    ("Telecommunications and Digital Government Regulatory Authority (TDRA)", {"government", "abbreviation"}),
    ("TDRA", {"government", "acronym"}), ("Saudi Vision 2030", {"government"}),
    ("Quality of Life Program", {"government"}), ("Financial Sector Development Program", {"government"}),
    ("Human Capability Development Program", {"government"}), ("Ministry of Commerce", {"government"}),
    ("Ministry of Tourism", {"government"}), ("Saudi Tourism Authority", {"government"}),
    ("Dubai Department of Economy and Tourism (DET)", {"government", "abbreviation"}),
    ("Dubai Statistics Center", {"government"}), ("Statistics Centre – Abu Dhabi", {"government", "dash"}),
    ("Federal Competitiveness and Statistics Centre (FCSC)", {"government", "abbreviation"}),
    ("Planning and Statistics Authority", {"government"}), ("Central Bank of the UAE", {"government"}),
    ("Qatar Central Bank", {"government"}), ("Central Bank of Kuwait", {"government"}),
    ("Central Bank of Bahrain", {"government"}), ("Central Bank of Oman", {"government"}),
    ("National Centre for Statistics & Information (NCSI)", {"government", "ampersand", "abbreviation"}),
    ("Information & eGovernment Authority", {"government", "ampersand"}),
    ("Zakat, Tax and Customs Authority (ZATCA)", {"government", "comma", "abbreviation"}),
    ("General Commission for Audiovisual Media (GCAM)", {"government", "abbreviation"}),
    ("Saudi Data & AI Authority (SDAIA)", {"government", "ampersand", "abbreviation"}),
    ("Monsha'at", {"government", "apostrophe"}), ("Ma'aden", {"company", "apostrophe"}),
    ("Saudi Aramco", {"company"}), ("stc", {"company", "lowercase"}), ("stc Group", {"company", "lowercase"}),
    ("e& (Etisalat by e&)", {"company", "ampersand", "lowercase"}), ("e&", {"company", "ampersand", "lowercase"}),
    ("du", {"company", "lowercase"}), ("Ooredoo", {"company"}), ("Zain KSA", {"company"}), ("Mobily", {"company"}),
    ("Batelco", {"company"}), ("Omantel", {"company"}), ("Emirates", {"company"}), ("Etihad Airways", {"company"}),
    ("Qatar Airways", {"company"}), ("Saudia", {"company"}), ("flynas", {"company", "lowercase"}),
    ("flydubai", {"company", "lowercase"}), ("Riyadh Air", {"company"}), ("Gulf Air", {"company"}),
    ("Majid Al Futtaim", {"company"}), ("Alshaya Group", {"company"}), ("Landmark Group", {"company"}),
    ("Jarir Bookstore", {"company"}), ("Al Rajhi Bank", {"company"}), ("Saudi National Bank (SNB)", {"company", "abbreviation"}),
    ("Emirates NBD", {"company"}), ("First Abu Dhabi Bank (FAB)", {"company", "abbreviation"}),
    ("Qatar National Bank (QNB)", {"company", "abbreviation"}), ("National Bank of Kuwait (NBK)", {"company", "abbreviation"}),
    ("Emaar Properties", {"company"}), ("Aldar Properties", {"company"}), ("DAMAC Properties", {"company"}),
    ("NEOM", {"company", "acronym"}), ("Red Sea Global", {"company"}), ("ROSHN", {"company", "acronym"}),
    ("Qiddiya Investment Company", {"company"}), ("Diriyah Company", {"company"}), ("noon", {"company", "lowercase"}),
    ("Talabat", {"company"}), ("Careem", {"company"}), ("Tabby", {"company"}), ("Almarai", {"company"}),
    ("Americana Restaurants", {"company"}), ("ASDA'A BCW", {"company", "apostrophe"}),
    ("PwC Middle East", {"company"}), ("Deloitte Middle East", {"company"}), ("KPMG Lower Gulf", {"company"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Bain & Company", {"company", "ampersand"}),
    ("Strategy& Middle East", {"company", "ampersand"}), ("Arthur D. Little", {"company", "punctuation"}),
    ("Dubai Chamber of Commerce & Industry", {"trade-body", "ampersand"}), ("Dubai Chambers", {"trade-body"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("CIM", {"trade-body", "acronym"}),
    ("Saudi Press Agency (SPA)", {"press", "abbreviation"}), ("WAM", {"press", "acronym"}),
]  # fmt: skip
_GOVERNMENT = ["Saudi Central Bank (SAMA)", "General Authority for Statistics (GASTAT)", "GASTAT",
               "Communications, Space & Technology Commission (CST)", "Ministry of Commerce", "Ministry of Tourism",
               "Telecommunications and Digital Government Regulatory Authority (TDRA)", "Dubai Statistics Center",
               "Federal Competitiveness and Statistics Centre (FCSC)", "Planning and Statistics Authority",
               "Central Bank of the UAE", "National Centre for Statistics & Information (NCSI)", "Saudi Vision 2030",
               "Quality of Life Program", "Financial Sector Development Program", "Monsha'at",
               "Zakat, Tax and Customs Authority (ZATCA)", "Information & eGovernment Authority",
               "General Commission for Audiovisual Media (GCAM)", "Statistics Centre – Abu Dhabi"]  # fmt: skip
_GOV_DOMAINS = ["https://www.stats.gov.sa/en/", "https://www.sama.gov.sa/en-US/", "https://www.cst.gov.sa/en/",
                "https://www.vision2030.gov.sa/en/", "https://u.ae/en/", "https://www.tdra.gov.ae/en/",
                "https://www.psa.gov.qa/en/", "https://www.ncsi.gov.om/", "https://www.iga.gov.bh/",
                "https://www.dsc.gov.ae/en-us/", "https://www.mc.gov.sa/en/", "https://zatca.gov.sa/en/"]  # fmt: skip
# Laws as candidates list them: under the body or the state that issued them, with the Gregorian year of issue.
_LAWS = [
    ("Bureau of Experts at the Council of Ministers", "Personal Data Protection Law, Royal Decree No. M/19 of 9/2/1443H", 2021),
    ("Bureau of Experts at the Council of Ministers", "E-Commerce Law, Royal Decree No. M/126 of 7/11/1440H", 2019),
    ("Bureau of Experts at the Council of Ministers", "Anti-Commercial Concealment Law, Royal Decree No. M/4 of 1/1/1442H", 2020),
    ("Bureau of Experts at the Council of Ministers", "Trademarks Law, Royal Decree No. M/21 of 28/5/1423H", 2002),
    ("United Arab Emirates", "Federal Decree-Law No. 45 of 2021 on the Protection of Personal Data", 2021),
    ("United Arab Emirates", "Federal Law No. 15 of 2020 on Consumer Protection", 2020),
    ("United Arab Emirates", "Federal Decree-Law No. 14 of 2023 on Trading by Modern Technological Means", 2023),
    ("State of Qatar", "Law No. 13 of 2016 on the Protection of Personal Data Privacy", 2016),
    ("State of Qatar", "Law No. 8 of 2008 on Consumer Protection", 2008),
    ("Kingdom of Bahrain", "Law No. 30 of 2018 with Respect to Personal Data Protection", 2018),
    ("Sultanate of Oman", "Royal Decree No. 6/2022 Promulgating the Personal Data Protection Law", 2022),
    ("State of Kuwait", "Law No. 39 of 2014 on Consumer Protection", 2014),
]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Pearson Middle East", "Dubai"), ("Routledge", "Abingdon"),
               ("Kogan Page", "London"), ("Sage", "London"), ("Oxford University Press", "Oxford"),
               ("Wiley", "Chichester"), ("Palgrave Macmillan", "Cham"), ("Cengage", "Boston"),
               ("McGraw-Hill Education", "New York"), ("Obeikan", "Riyadh"), ("Dar Al-Shorouk", "Cairo"),
               ("King Saud University Press", "Riyadh"), ("Hamad Bin Khalifa University Press", "Doha"),
               ("Emerald Publishing", "Bingley"), ("Gulf Research Center", "Jeddah")]  # fmt: skip
_JOURNALS = ["Journal of Islamic Marketing", "Arab Economic and Business Journal",
             "International Journal of Islamic and Middle Eastern Finance and Management",
             "Journal of King Abdulaziz University: Economics and Administration",
             "Journal of King Saud University – Administrative Sciences", "Arab Journal of Administrative Sciences",
             "Saudi Journal of Business and Management Studies", "Journal of Gulf and Arabian Peninsula Studies",
             "Middle East Journal of Management", "International Journal of Emerging Markets",
             "Journal of Retailing and Consumer Services", "Journal of Marketing Management",
             "Tourism Management Perspectives", "Journal of Business Research", "Sustainability",
             "Cogent Business & Management", "Qatar University Journal of Business and Economics",
             "Sultan Qaboos University Journal for Economics and Political Science", "Arab Gulf Journal of Scientific Research"]  # fmt: skip
_ARABIC_JOURNALS = ["Majallat Jāmiʿat al-Malik Saʿūd [Journal of King Saud University]",
                    "al-Majalla al-ʿArabiyya lil-Idāra [Arab Journal of Administration]",
                    "Majallat al-ʿUlūm al-Iqtiṣādiyya wa-l-Idāriyya [Journal of Economic and Administrative Sciences]",
                    "Majallat Dirāsāt al-Khalīj wa-l-Jazīra al-ʿArabiyya [Journal of Gulf and Arabian Peninsula Studies]",
                    "Majallat Jāmiʿat Umm al-Qurā [Umm Al-Qura University Journal]"]  # fmt: skip
_ARABIC_TITLES = [
    ("Athar al-taswīq ʿabr al-muʾaththirīn ʿalā niyyat al-shirāʾ", "The effect of influencer marketing on purchase intention"),
    ("Dawr wasāʾil al-tawāṣul al-ijtimāʿī fī binaʾ al-ʿalāma al-tijāriyya", "The role of social media in brand building"),
    ("Wilāʾ al-ʿumalāʾ fī al-maṣārif al-islāmiyya", "Customer loyalty in Islamic banks"),
    ("al-Tasawwuq al-iliktrūnī fī Ramaḍān", "Online shopping in Ramadan"),
    ("Jūdat al-khidma wa-riḍā al-ʿumalāʾ fī sharikāt al-ṭayarān", "Service quality and customer satisfaction in airlines"),
    ("al-Taswīq al-siyāḥī wa-Ruʾyat 2030", "Tourism marketing and Vision 2030"),
]  # fmt: skip
_UNIVERSITIES = [("King Saud University", "Riyadh"), ("King Abdulaziz University", "Jeddah"),
                 ("King Fahd University of Petroleum and Minerals", "Dhahran"), ("United Arab Emirates University", "Al Ain"),
                 ("American University of Sharjah", "Sharjah"), ("Qatar University", "Doha"),
                 ("Sultan Qaboos University", "Muscat"), ("University of Bahrain", "Sakhir"),
                 ("Kuwait University", "Kuwait City"), ("Prince Sultan University", "Riyadh"),
                 ("Hamdan Bin Mohammed Smart University", "Dubai")]  # fmt: skip
_CONFERENCES = ["Proceedings of the Gulf Marketing Conference", "Proceedings of the International Conference on Business and Economics (ICBE)",
                "Proceedings of the Saudi International Conference on Information Technology", "Proceedings of the Arab Academy for Management Conference",
                "Proceedings of the Qatar Foundation Annual Research Conference", "Proceedings of the Academy of Marketing Science Middle East Forum"]  # fmt: skip
_PRESS = ["Arab News", "Gulf News", "The National", "Khaleej Times", "Arabian Business", "Saudi Gazette", "Gulf Times",
          "The Peninsula", "Arab Times", "Kuwait Times", "Gulf Daily News", "Times of Oman", "Muscat Daily",
          "Campaign Middle East", "Communicate", "Zawya", "Argaam", "Asharq Al-Awsat", "Al Arabiya English"]  # fmt: skip
_PRESS_DOMAINS = {"Arab News": "arabnews.com", "Gulf News": "gulfnews.com", "The National": "thenationalnews.com",
                  "Khaleej Times": "khaleejtimes.com", "Arabian Business": "arabianbusiness.com",
                  "Saudi Gazette": "saudigazette.com.sa", "Gulf Times": "gulf-times.com", "The Peninsula": "thepeninsulaqatar.com",
                  "Arab Times": "arabtimesonline.com", "Kuwait Times": "kuwaittimes.com", "Gulf Daily News": "gdnonline.com",
                  "Times of Oman": "timesofoman.com", "Muscat Daily": "muscatdaily.com",
                  "Campaign Middle East": "campaignme.com", "Communicate": "communicateonline.me", "Zawya": "zawya.com",
                  "Argaam": "argaam.com", "Asharq Al-Awsat": "english.aawsat.com", "Al Arabiya English": "english.alarabiya.net"}  # fmt: skip
_MARKET_RESEARCH = ["YouGov MENA", "Kantar MENA", "Ipsos Saudi Arabia", "Euromonitor International", "Statista",
                    "GWI", "Mordor Intelligence", "Redseer Strategy Consultants", "Nielsen MENA", "Alpen Capital"]  # fmt: skip
_MARKETS = ["quick commerce", "coffee shops", "buy now, pay later", "fashion e-commerce", "fragrances and oud",
            "modest fashion", "premium dates", "fast food", "luxury goods", "grocery delivery", "gaming and esports",
            "fintech", "mobile data", "family entertainment", "halal cosmetics", "real estate off-plan sales"]  # fmt: skip
_MARKET_PLACES = ["Saudi Arabia", "KSA", "the UAE", "the GCC", "Qatar", "Kuwait", "Bahrain", "Oman", "MENA", "Dubai"]
_TOPICS = ["Ramadan campaigns", "Islamic banking loyalty", "giga-project branding", "Saudization and employer branding",
           "influencer marketing in the Gulf", "halal branding", "mall footfall", "Arabic-first content",
           "customer experience in telecoms", "airline loyalty programmes", "destination marketing", "White Friday sales",
           "BNPL adoption", "super-app strategy", "off-plan property marketing", "nation branding", "expatriate consumers",
           "Gen Z in Saudi Arabia", "women's entry into the workforce", "luxury retail in Dubai", "esports sponsorship",
           "e-wallet adoption", "omnichannel grocery", "Snapchat advertising", "country-of-origin effects"]  # fmt: skip
_PLATFORMS = [("Snapchat", "https://www.snapchat.com/add/"), ("Instagram", "https://www.instagram.com/p/"),
              ("X", "https://x.com/"), ("LinkedIn", "https://www.linkedin.com/posts/"), ("TikTok", "https://www.tiktok.com/@")]  # fmt: skip


class Blind202WorkFactory(WorkFactory):
    """The blind202 pool's works (see the module's docstring). A subclass, so the other halves are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 202)
        fake = Faker("en_GB")
        fake.seed_instance(seed * 389 + 202)
        self.fakers["gulf"] = fake
        self.families: list[str] = []
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.55:
            name = {"family": self.rng.choice(_ARAB_FAMILIES), "given": self.rng.choice(_ARAB_GIVEN)}
        elif roll < 0.78:
            family, given = self.rng.choice(_EXPAT_NAMES)
            name = {"family": family, "given": given}
        elif roll < 0.93 or not self.families:
            fake = self.fakers["gulf"]
            name = {"family": fake.last_name(), "given": fake.first_name()}
        else:  # a second author with a family name already in the report ("Al-Otaibi, F." and "Al-Otaibi, N.")
            name = {"family": self.rng.choice(self.families), "given": self.rng.choice(_ARAB_GIVEN)}
        self.families.append(name["family"])
        return name

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics still on Gulf reading lists
            return self.rng.randint(1960, 1999)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        parts = record.get("issued", {}).get("date-parts", [[2015]])[0]
        year = self.rng.randint(max(parts[0], 2022), 2025)
        month = self.rng.randint(parts[1] if len(parts) > 1 and year == parts[0] else 1, 12)
        day_low = parts[2] if len(parts) > 2 and year == parts[0] and month == parts[1] else 1
        return {"date-parts": [[year, month, self.rng.randint(min(day_low, 28), 28)]]}

    def _dated(self, day: bool = False) -> dict[str, list[list[int]]]:
        year = self.year()
        if day:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice([t for t in _TOPICS if t != topic])
        place = self.rng.choice(["Saudi Arabia", "the UAE", "Qatar", "Kuwait", "Bahrain", "Oman", "the GCC", "Riyadh",
                                 "Dubai", "Jeddah", "Abu Dhabi", "Doha", "Muscat"])  # fmt: skip
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The effect of {topic} on {other}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and consumer trust in {place}",
                 f"Understanding {topic}: a study of consumers in {place}",
                 f"{topic[0].upper()}{topic[1:]}, {other} and brand loyalty", f"Rethinking {topic} after Vision 2030",
                 f"Drivers of {topic} among Gen Z consumers in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, base: str | None = None) -> str:
        fake = self.fakers["gulf"]
        return (base or fake.url()) + fake.slug()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "arabic-journal", "thesis", "conference", "organisation-web",
             "organisation-report", "government", "legislation", "market-research", "news", "social", "video",
             "podcast", "undated-web"],
            weights=[12, 5, 18, 5, 5, 4, 10, 8, 8, 3, 7, 9, 3, 2, 2, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 9, 5, 3, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation twice in one year ("GASTAT, 2023a" and "2023b"): a research firm with
        # a research firm, any other author with any other but the press (an unsigned article is the paper's own).
        research = kind == "market-research"
        earlier = [o for o in self.organisations if ("market-research" in o[1]) == research and "press" not in o[1]]
        if earlier and kind != "news" and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record)
            if record.get("publisher") and kind in ("report", "market-research"):
                record["publisher"] = name.split(" (")[0]
            if research:
                record["URL"] = self._url(f"https://www.{name.split()[0].lower()}.com/")
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(5),
                                  "issued": self._dated(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 17))
        if self.rng.random() < 0.2:  # an e-book read online
            record["URL"] = self._url("https://www.vitalsource.com/products/")
            record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 350)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"Marketing in the Gulf: {self.rng.choice(_TOPICS)}", "issued": self._dated(),
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._dated(),
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['gulf'].lexify('????').lower()}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _arabic_journal(self) -> Work:
        arabic, english = self.rng.choice(_ARABIC_TITLES)
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": f"{arabic} [{english}]", "author": self._people(3),
            "container-title": self.rng.choice(_ARABIC_JOURNALS), "issued": self._dated(),
            "volume": str(self.rng.randint(1, 40)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()], "issued": self._dated(),
            "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation", "DBA thesis"]),
            "publisher": university, "publisher-place": place,
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice(_CONFERENCES), "issued": self._dated(), "publisher": university,
            "publisher-place": place, "page": f"{start}-{start + self.rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.rng.random() < 0.8:
            record["issued"] = self._dated()
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = (f"{self.rng.choice(['Annual report', 'Integrated annual report', 'Sustainability report', 'ESG report'])} {year}"
                 if self.rng.random() < 0.5 else self._title())  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Riyadh", "Dubai", "Abu Dhabi", "Doha", "Kuwait City", "Manama", "Muscat", "Jeddah"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": self._dated(), "URL": self._url(self.rng.choice(_GOV_DOMAINS))}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        body, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self.rng.choice(["https://laws.boe.gov.sa/BoeLaws/Laws/LawDetails/", "https://uaelegislation.gov.ae/en/legislations/",
                                                       "https://www.almeezan.qa/LawView.aspx?", "https://qanoon.om/p/"]))  # fmt: skip
            record["accessed"] = self._accessed_after(record)
        # never paired with another organisation's year: a law's year is its own
        return WorkFactory._org_work(self, record, "legislation", body, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market, place = self.rng.choice(_MARKETS), self.rng.choice(_MARKET_PLACES)
        titles = [f"{market[0].upper()}{market[1:]} in {place} {year or 2024}",
                  f"{place[0].upper()}{place[1:]} {market} market: size, share and forecast to 2030",
                  f"{market[0].upper()}{market[1:]} - {place} - {self.rng.choice(['March', 'Ramadan', 'Q4'])} {year or 2023}",
                  f"Share of consumers in {place} who bought {market} online during Ramadan {year or 2024}",
                  f"Arab Youth Survey {year or 2023}: {market}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(f"https://www.{name.split()[0].lower()}.com/")}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": self._dated(day=True), "URL": self._url(f"https://www.{_PRESS_DOMAINS[paper]}/")}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        platform, base = self.rng.choice(_PLATFORMS)
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "post", "title": f"{self.rng.choice(['Ramadan Kareem from all of us', 'Our White Friday deals are live', 'National Day offers', 'Eid Mubarak', 'Now open in Riyadh', 'Introducing our new loyalty app'])} [{platform}]",
                                  "container-title": platform, "issued": self._dated(day=True), "URL": self._url(base)}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.3:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "motion_picture", "title": f"{self._title()} [Video]", "container-title": "YouTube",
                                  "issued": self._dated(day=True), "URL": self._url("https://www.youtube.com/watch?v=")}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "song", "title": f"Episode {self.rng.randint(1, 180)}: {self._title()}",
                                  "container-title": self.rng.choice(["The Majlis", "Startup Sauce", "Marketing in MENA", "Kerning Cultures", "Gulf Business Podcast"]),
                                  "issued": self._dated(day=True), "author": self._people(2),
                                  "URL": self._url("https://open.spotify.com/episode/")}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
