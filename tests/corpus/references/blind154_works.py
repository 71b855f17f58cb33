"""Works for the hundred-and-fifty-fourth independent pool, "blind154" (HELD OUT): marketers in Saudi Arabia and its
diaspora and expatriate workforce, citing Saudi, Gulf and Western textbooks, journals, theses from King Saud
University, KAU, KFUPM, KAUST and PSU, companies (Co., CJSC, JSC), regulators (SAMA, CST, GASTAT, SDAIA, GAC),
laws numbered by royal decree with Hijri dates, research firms, the Saudi and Gulf press, posts and podcasts."""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_GIVEN_M = ["Mohammed", "Muhammad", "Mohamed", "Abdullah", "Abdulaziz", "Abdulrahman", "Abd al-Rahman", "Abdul Aziz",
            "Faisal", "Fahad", "Fahd", "Khalid", "Saud", "Sultan", "Turki", "Nasser", "Saad", "Bandar", "Majed", "Waleed",
            "Omar", "Ahmed", "Ali", "Hamad", "Talal", "Yazeed", "Osama", "Ibrahim", "Mansour", "Badr", "Rakan", "Nawaf"]  # fmt: skip
_GIVEN_F = ["Nora", "Noura", "Sara", "Reem", "Lama", "Hessa", "Haifa", "Maha", "Hind", "Latifa", "Amal", "Aljawhara",
            "Lulwa", "Dalia", "Asma", "Rawan", "Shahad", "Afnan", "Mashael", "Wejdan", "Ghada", "Munira", "Nada"]  # fmt: skip
_FATHERS = ["Abdullah", "Mohammed", "Saleh", "Nasser", "Ibrahim", "Hamad", "Suleiman", "Abdulaziz", "Fahad", "Ali"]
_FAMILIES = ["Al-Ghamdi", "Al-Qahtani", "Al-Otaibi", "Al-Harbi", "Al-Zahrani", "Al-Shehri", "Al-Dosari", "Al-Mutairi",
             "Alshehri", "Alghamdi", "Alqahtani", "AlSaud", "Al Saud", "al-Saud", "Al-Rasheed", "Alrasheed", "Al Rajhi",
             "Al-Sudairy", "Al-Faisal", "Al-Turki", "Al-Jaber", "Al Jaber", "AlOmran", "Al-Omran", "Bin Laden", "Binladin",
             "Abuzinadah", "Abu Zinadah", "Al-Amoudi", "Bakheet", "Bahamdan", "Basalamah", "Al-Suwaidan", "Kurdi",
             "Khashoggi", "Al-Sabban", "Jamjoom", "Zainy", "Alireza", "Juffali", "Olayan", "Al-Harthi", "Al-Anazi",
             "Alanazi", "Al-Ḥarbī", "al-Qaḥṭānī", "Al-Ajmi", "Al-Khalifa", "Aldossary", "Al-Dossary", "Al-Sulaiman"]  # fmt: skip
_EXPATS = [("Ahmed", "Abdel-Fattah"), ("Mahmoud", "El-Sayed"), ("Mona", "Elshazly"), ("Heba", "Abou-Elnaga"),
           ("Rami", "Haddad"), ("Lina", "Khoury"), ("Tarek", "Nassar"), ("Rania", "Abu-Ghazaleh"), ("Omar", "Farooq"),
           ("Ayesha", "Siddiqui"), ("Imran", "Qureshi"), ("Zainab", "Malik"), ("Rajesh", "Menon"), ("Priya", "Nair"),
           ("Anand", "Krishnamurthy"), ("Shireen", "D'Souza"), ("Maria Cristina", "Dela Cruz"), ("Jose", "Peñaflor"),
           ("Ma. Luisa", "Santos-Reyes"), ("Rowena", "Ibáñez"), ("Mark Anthony", "de los Santos"), ("James", "Whitfield"),
           ("Claire", "O'Connell"), ("Emma", "Thornton"), ("David", "Hart"), ("Karim", "Benali"), ("Youssef", "Ouédraogo"),
           ("Fatma", "Öztürk"), ("Nour", "Ghoneim"), ("Samir", "Ḥusayn")]  # fmt: skip

_CITIES = ["Riyadh", "Jeddah", "Dammam", "Dhahran", "Khobar", "Mecca", "Medina", "Abha", "Dubai", "Cairo", "London",
           "Beirut", "Manila", "Boston"]  # fmt: skip
_PUBLISHERS = [("King Saud University Press", "Riyadh"), ("Obeikan", "Riyadh"), ("Jarir Bookstore", "Riyadh"),
               ("Dar Al-Fikr", "Beirut"), ("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Kogan Page", "London"),
               ("Emerald Publishing", "Bingley"), ("Palgrave Macmillan", "Cham"), ("Hamad Bin Khalifa University Press", "Doha"),
               ("Sage", "London"), ("Edward Elgar", "Cheltenham"), ("Gerlach Press", "Berlin"), ("I.B. Tauris", "London")]  # fmt: skip
_TOPICS = ["Vision 2030", "Saudisation", "Islamic banking", "buy now, pay later", "Ramadan advertising", "halal branding",
           "women's consumer behaviour", "Gen Z in the Gulf", "e-commerce adoption", "mobile wallets", "giga-project branding",
           "destination image", "religious tourism", "Umrah travel", "influencer marketing on Snapchat", "loyalty programmes",
           "quick-service restaurants", "telecom churn", "open banking", "service quality", "country-of-origin effects",
           "Arabic-language content", "entertainment and Riyadh Season", "brand trust", "online grocery", "fintech adoption",
           "CSR disclosure", "nation branding", "airline loyalty", "social commerce"]  # fmt: skip
_PLACES = ["Saudi Arabia", "the Kingdom of Saudi Arabia", "KSA", "the GCC", "Riyadh", "Jeddah", "the Eastern Province",
           "the Gulf", "the Arab world", "the MENA region"]  # fmt: skip
_JOURNALS = ["Journal of Islamic Marketing", "Arab Economic and Business Journal", "Journal of King Saud University - Computer and Information Sciences",
             "Saudi Journal of Business and Management Studies", "International Journal of Bank Marketing",
             "Journal of Marketing Management", "Tourism Management", "Journal of Retailing and Consumer Services",
             "Middle East Journal of Management", "Journal of King Abdulaziz University: Economics and Administration",
             "Sustainability", "International Journal of Emerging Markets", "Journal of Hospitality and Tourism Insights",
             "Arab Journal of Administrative Sciences", "Journal of Islamic Accounting and Business Research"]  # fmt: skip
_COMPANIES = ["Al Rajhi Bank", "Saudi National Bank (SNB)", "Riyad Bank", "Saudi Awwal Bank (SAB)", "STC Bank",
              "Tamara", "Tabby", "Saudi Telecom Company (stc)", "Mobily (Etihad Etisalat Co.)", "Zain KSA",
              "Panda Retail Co.", "Abdullah Al Othaim Markets Co.", "Jarir Marketing Co.", "United Electronics Co. (Extra)",
              "noon", "Nahdi Medical Co.", "Almarai Co.", "SADAFCO", "Al Baik", "Herfy Food Services Co.", "Saudia",
              "flynas", "flyadeal", "Riyadh Air", "NEOM", "Red Sea Global", "Diriyah Company", "MBC Group",
              "Rotana Media Group", "Asharq Business", "Saudi Research and Media Group (SRMG)", "Tamkeen Technologies CJSC",
              "Lean Business Services JSC", "Jahez International Co.", "HungerStation", "Careem"]  # fmt: skip
_BODIES = ["Saudi Central Bank (SAMA)", "Saudi Central Bank", "Communications, Space and Technology Commission (CST)",
           "General Authority for Statistics (GASTAT)", "General Authority for Statistics", "Saudi Data and AI Authority (SDAIA)",
           "General Authority for Competition (GAC)", "Saudi Tourism Authority", "Ministry of Tourism", "Ministry of Commerce",
           "Ministry of Investment (MISA)", "Ministry of Hajj and Umrah", "Vision 2030", "Council of Economic and Development Affairs",
           "General Entertainment Authority", "Capital Market Authority (CMA)", "Zakat, Tax and Customs Authority (ZATCA)",
           "Monsha'at", "Saudi Chambers", "Riyadh Chamber", "Jeddah Chamber of Commerce and Industry"]  # fmt: skip
_RESEARCH = ["YouGov", "Kantar", "Ipsos KSA", "Euromonitor International", "Statista", "GlobalData", "Mordor Intelligence",
             "Redseer Strategy Consultants", "PwC Middle East", "Bain & Company", "McKinsey & Company", "Arab Youth Survey"]  # fmt: skip
_PRESS = ["Arab News", "Saudi Gazette", "Asharq Al-Awsat", "Al Arabiya English", "Argaam", "Gulf Business", "The National",
          "Financial Times", "Bloomberg", "Okaz", "Al Riyadh", "Al Eqtisadiah", "Campaign Middle East", "Zawya", "Reuters"]  # fmt: skip
_ARABIC_TITLES = [("Al-taswiq al-raqami fi al-mamlaka", "Digital marketing in the Kingdom"),
                  ("Suluk al-mustahlik al-Saudi", "Saudi consumer behaviour"),
                  ("Al-iʿlan fi shahr Ramadan", "Advertising in the month of Ramadan"),
                  ("Al-tijara al-iliktruniya wa ruʾyat 2030", "E-commerce and Vision 2030"),
                  ("Al-wala' lil-ʿalama al-tijariya", "Brand loyalty"),
                  ("Tajribat al-ʿamil fi al-bunuk al-Saudiya", "Customer experience in Saudi banks"),
                  ("Al-siyaha al-dakhiliya", "Domestic tourism")]  # fmt: skip
_LAWS = ["Personal Data Protection Law (Royal Decree No. M/19 of 9/2/1443H)", "E-Commerce Law (Royal Decree No. M/126 of 7/11/1440H)",
         "Competition Law (Royal Decree No. M/75 of 29/6/1440H)", "Anti-Commercial Fraud Law (Royal Decree No. M/19 of 23/4/1429H)",
         "Companies Law (Royal Decree No. M/132 of 1/12/1443H)", "Trademarks Law (Royal Decree No. M/21 of 28/5/1423H)",
         "Telecommunications and Information Technology Act (Royal Decree No. M/106 of 2/11/1443H)",
         "Implementing Regulation of the Personal Data Protection Law", "Rules Regulating Buy-Now-Pay-Later Companies",
         "Payment Services Providers Regulations", "Regulations for Advertising on Social Media Platforms"]  # fmt: skip
_UNIS = ["King Saud University", "King Abdulaziz University", "King Fahd University of Petroleum and Minerals",
         "King Abdullah University of Science and Technology", "Prince Sultan University", "Imam Abdulrahman Bin Faisal University",
         "University of Hull", "Brunel University London", "University of Manchester", "Effat University"]  # fmt: skip


class Blind154WorkFactory(WorkFactory):
    """Works a CIM or MBA candidate writing on Saudi Arabia cites, with Arabic names in every spelling."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "chapter": 7, "journal": 24, "thesis": 5, "conference": 4, "company": 8, "report": 7,
             "government": 7, "law": 4, "market-research": 6, "news": 6, "news-unsigned": 3, "social": 3,
             "podcast": 2, "undated": 3, "arabic": 4}  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "news", "social", "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 154 + 15401)
        self.twin = 0

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            first, family = self.rng.choice(_EXPATS)
            return {"family": family, "given": first}
        given = self.rng.choice(_GIVEN_M if self.rng.random() < 0.6 else _GIVEN_F)
        family = self.rng.choice(_FAMILIES)
        if self.rng.random() < 0.2:  # the patronymic written out: "Nora bint Abdullah", "Fahad bin Saleh"
            link = "bint" if given in _GIVEN_F else self.rng.choice(["bin", "ibn", "Bin"])
            given = f"{given} {link} {self.rng.choice(_FATHERS)}"
        elif self.rng.random() < 0.15:
            given = f"{given} {self.rng.choice(_FATHERS)}"
        return {"family": family, "given": given}

    def year(self) -> int:
        return self.rng.randint(2005, 2025)

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        place = self.rng.choice(_PLACES)
        forms = [f"{topic.capitalize()} in {place}: an empirical study", f"The effect of {topic} on {other} in {place}",
                 f"Understanding {topic} among Saudi consumers", f"{topic.capitalize()} and {other}: evidence from {place}",
                 f"Drivers of {topic} in {place}", f"{topic.capitalize()}: a Vision 2030 perspective",
                 f"Does {topic} matter? The case of {place}", f"Exploring {topic} during Ramadan in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2022, (year or 2021) + 1)  # read after it came out, whatever its month
        if low > 2025:
            return {"date-parts": [[2025, 12, self.rng.randint(28, 31)]]}
        return {"date-parts": [[self.rng.randint(low, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.rng.choice(['en', 'ar', 'news', 'media', 'insights'])}/{self.rng.randint(1000, 99999)}"

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    # ------------------------------------------------------------------ works by people
    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:
            record["medium"] = "E-book"
            record["URL"] = (
                f"https://ebookcentral.proquest.com/lib/{self.rng.choice(['ksu', 'kau', 'hull'])}/detail.action?docID={self.rng.randint(100000, 999999)}"
            )
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        editors = [self.person() for _ in range(self.rng.randint(1, 3))]
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3), "editor": editors,
                                  "container-title": f"{self.rng.choice(['Marketing in', 'Consumer behaviour in', 'Business and society in', 'Tourism in'])} {self.rng.choice(['the Gulf', 'Saudi Arabia', 'the Middle East', 'Islamic markets'])}",
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(10, 30)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.rng.randint(1, 75)), "issue": str(self.rng.randint(1, 12)),
                                  "page": f"{start}-{start + self.rng.randint(8, 25)}"}  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.1108/JIMA-{self.rng.randint(2015, 2025)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(100, 999):04d}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation", "DBA thesis"]),
                                  "publisher": self.rng.choice(_UNIS), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"{self.rng.choice(['Proceedings of the', ''])} {self.rng.choice(['International Conference on Business and Economics', 'Saudi International Marketing Conference', 'Academy of Marketing Conference', 'Gulf Research Meeting'])}".strip(),
                                  "publisher-place": self.rng.choice(["Riyadh", "Jeddah", "Dhahran", "Cambridge", "Dubai"]),
                                  "issued": {"date-parts": [[year]]}, "page": f"{(s := self.rng.randint(1, 300))}-{s + 12}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": f"{self.rng.choice(_COMPANIES).split(' (')[0]} {self.rng.choice(['bets on', 'doubles down on', 'launches', 'scales back', 'rethinks'])} {self.rng.choice(_TOPICS)}",
                                  "author": self._people(2), "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(self.rng.choice(["arabnews.com", "saudigazette.com.sa", "argaam.com", "zawya.com"])),
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.15:
            del record["accessed"]
        return self._person_work(record, "news")

    def _arabic(self) -> Work:
        arabic, english = self.rng.choice(_ARABIC_TITLES)
        publisher, place = self.rng.choice(_PUBLISHERS[:4])
        record: dict[str, Any] = {"type": "book", "title": f"{arabic} [{english}]", "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            return self._person_work(record, "book")
        record["type"], record["container-title"] = "article-journal", self.rng.choice(_JOURNALS[-3:])
        record["volume"], record["page"] = str(self.rng.randint(1, 40)), f"{(s := self.rng.randint(1, 200))}-{s + 20}"
        del record["publisher"], record["publisher-place"]
        return self._person_work(record, "journal")

    def _social(self) -> Work:
        year = self.rng.randint(2018, 2025)
        who = self.person()
        platform = self.rng.choice(["X", "LinkedIn", "Instagram", "Snapchat", "TikTok"])
        record: dict[str, Any] = {"type": "webpage", "title": f"{self.rng.choice(['Ramadan Kareem to all', 'What Riyadh Season taught us about', 'Thread: why', 'Proud of our team on'])} {self.rng.choice(_TOPICS)} [{platform}]",
                                  "author": [who], "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{platform.lower()}.com/{who['family'].replace(' ', '').replace('-', '').lower()}/{self.rng.randint(10**6, 10**7)}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._person_work(record, "social")

    def _podcast(self) -> Work:
        year = self.rng.randint(2017, 2025)
        video = self.rng.random() < 0.5
        record: dict[str, Any] = {"type": "motion_picture" if video else "song",
                                  "title": f"{self.rng.choice(['Thmanyah', 'Sowt', 'Marketing in KSA', 'The Riyadh Brief', 'Fintech Majlis'])}: {self.rng.choice(_TOPICS)}",
                                  "author": self._people(2), "medium": "YouTube video" if video else "Podcast",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("youtube.com" if video else "podcasts.apple.com"),
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._person_work(record, "video" if video else "podcast")

    # ------------------------------------------------------------------ works by organisations
    def _company(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        year: int | None = self.year() if self.rng.random() < 0.85 else None
        if self.twin < 2 and self.rng.random() < 0.3:  # one organisation, two works in a year: 2019a/b
            self.twin += 1
            name, year = "Almarai Co.", 2019
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["About us", "Our story", "Sustainability", "Investor relations", "Ramadan offers", "Press centre", f"{self.rng.choice(_TOPICS).capitalize()}"]),
                                  "URL": self._url(name.split(" (")[0].lower().replace(" ", "").replace(".", "") + ".com.sa"),
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.15:
            del record["accessed"]
        return self._org_work(record, "web", name, {"company"})

    def _undated(self) -> Work:
        name = self.rng.choice(_COMPANIES + _BODIES)
        record: dict[str, Any] = {"type": "webpage", "title": f"{self.rng.choice(['FAQs', 'Terms and conditions', 'Loyalty programme', 'Careers', 'Brand guidelines'])}: {self.rng.choice(_TOPICS)}",
                                  "URL": self._url("example.sa"), "accessed": self._accessed_after(None)}  # fmt: skip
        return self._org_work(record, "web", name, {"undated"})

    def _report(self) -> Work:
        name = self.rng.choice(_COMPANIES + _BODIES[-4:])
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report {year}", f"Integrated report {year}", f"Sustainability report {year}", self._title()]),
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(_CITIES[:6]),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url("tadawul.com.sa")
            if self.rng.random() < 0.85:
                record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "report", name, {"company"})

    def _government(self) -> Work:
        name = self.rng.choice(_BODIES)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice([f"Labour market statistics Q{self.rng.randint(1, 4)} {year}", f"Financial stability report {year}",
                                                            f"ICT indicators report {year}", f"Tourism statistics {year}", self._title()]),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("gov.sa"), "accessed": self._accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.12:
            del record["accessed"]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _law(self) -> Work:
        name = self.rng.choice(["Kingdom of Saudi Arabia", "Bureau of Experts at the Council of Ministers",
                                "Saudi Central Bank (SAMA)", "Saudi Data and AI Authority (SDAIA)"])  # fmt: skip
        year = self.rng.randint(2008, 2024)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(_LAWS), "issued": {"date-parts": [[year]]},
                                  "URL": "https://laws.boe.gov.sa/BoeLaws/Laws/LawDetails/" + str(self.rng.randint(1000, 9999)),
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work(record, "web", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        record: dict[str, Any] = {"type": "report", "publisher": name, "issued": {"date-parts": [[year]]},
                                  "title": self.rng.choice([f"{self.rng.choice(_TOPICS).capitalize()} in Saudi Arabia {year}", f"Saudi Arabia {self.rng.choice(['e-commerce', 'fintech', 'grocery retail', 'telecoms', 'tourism'])} market: size and forecast to 2030",
                                                            f"KSA consumer pulse survey {year}", f"Arab Youth Survey {year}"]),
                                  "URL": self._url(name.split()[0].lower() + ".com"), "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work(record, "report", name, {"market-research"})

    def _news_unsigned(self) -> Work:
        name = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": f"{self.rng.choice(_COMPANIES).split(' (')[0]} posts SAR {self.rng.randint(1, 900)}m profit as {self.rng.choice(_TOPICS)} grows",
                                  "container-title": name, "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(name.lower().replace(" ", "") + ".com"), "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work(record, "news", name, {"press"})
