"""Works for the seventy-ninth held-out pool, "blind79": what Gulf marketers on CIM and MBA courses cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventy-ninth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital, loyalty and communications marketers in Riyadh, Jeddah, Dammam, Kuwait City, Doha, Manama and Muscat
write: Arabic names written several ways (Al-Qahtani, Al Saud, AlGhamdi, al-Harbi, bin, Abu, Abdul / Abdel),
Gulf family names, South Asian, Filipino, Egyptian, Levantine and Western expatriate names; companies with
K.S.C.P., Q.P.S.C., B.S.C., S.A.O.G. and W.L.L. endings, regulators and statistics offices, laws by number and
year published by the bodies that issue them, Arab and regional press signed and unsigned, research-firm reports,
regional journals with up to eight authors, textbooks, theses, Arabic titles transliterated with English
translations in square brackets, social posts and podcasts, works with no date and web pages with and without
access dates.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_FAMILIES = ["Al-Qahtani", "Al Saud", "AlGhamdi", "Al-Ghamdi", "al-Harbi", "Al-Otaibi", "Al Dosari", "Al-Shehri",
             "Al-Zahrani", "AlMutairi", "Al-Sabah", "Al Thani", "Al Khalifa", "Al Said", "Al-Busaidi", "Al-Balushi",
             "Al-Kuwari", "Al-Marri", "Al-Hajri", "Al-Ajmi", "Al-Rashidi", "Al-Enezi", "Al Mahmoud", "Al-Hinai",
             "Al-Jaber", "Bukhamseen", "Alsayegh", "Abu Khalil", "Abu-Rahma", "Abdulkarim", "Abdel-Hamid", "El-Sayed",
             "El Shenawy", "Fakhro", "Kanoo", "Zainal", "Juma", "Al-Lawati", "Haddad", "Khoury", "Nassar", "Saadé",
             "Mansour", "Farouk", "Gamal", "Menon", "Pillai", "Nair", "Krishnamurthy", "Qureshi", "Siddiqui", "Rahman",
             "Dela Cruz", "Santos", "Villanueva", "Peña", "Bautista", "Reyes", "Thompson", "O'Connor", "Fletcher",
             "Yılmaz", "Müller", "Sánchez-Ortega", "Al-Saʿdi", "Ḥammād", "Mubarak", "Al-Maskari", "Al-Rawahi"]  # fmt: skip
_GIVEN = ["Abdulrahman", "Abdul Rahman", "Abdel-Rahman", "Abdul-Aziz", "Mohammed", "Muhammad", "Faisal", "Nouf",
          "Reem", "Lama", "Sara", "Hessa", "Dana", "Fatma", "Aisha", "Khalid", "Saud", "Turki", "Hamad", "Jassim",
          "Noor", "Maryam", "Latifa", "Yousef", "Ahmed", "Omar", "Rania", "Hind", "Sultan", "Salim", "Zahra",
          "Tariq", "Rashid", "Jumana", "Anand", "Priya", "Lakshmi", "Imran", "Ayesha", "Maria Cristina", "Jose",
          "Ma. Theresa", "Rafael", "Hoda", "Karim", "Rami", "Layal", "Georges", "Emma", "James", "Siobhán",
          "Chloé", "Mehmet", "Nadia", "Ibrahim", "Haya", "Al-Anoud", "Shaikha", "Abu Bakr", "Mona"]  # fmt: skip
_PATRONYMIC = ["bin Salman", "bin Nasser", "bint Khalid", "ibn Hamad", "bin Rashid"]

_ORGANISATIONS: list[tuple[str, tuple[str, ...]]] = [
    ("Almarai Company", ("company",)), ("Savola Group", ("company",)), ("Panda Retail Company", ("company",)),
    ("Jarir Marketing Company", ("company",)), ("Al Rajhi Banking and Investment Corporation", ("company",)),
    ("Saudi National Bank (SNB)", ("company", "abbreviation")), ("stc", ("company",)),
    ("Saudi Telecom Company (stc)", ("company", "abbreviation")), ("Etihad Etisalat Company (Mobily)", ("company", "abbreviation")),
    ("Zain KSA", ("company",)), ("NEOM Company", ("company",)), ("Red Sea Global", ("company",)),
    ("Saudi Tourism Authority", ("government",)), ("General Entertainment Authority (GEA)", ("government", "abbreviation")),
    ("Alshaya Group", ("company",)), ("Al Ghanim Industries", ("company",)), ("Kuwait Finance House K.S.C.P.", ("company",)),
    ("Ooredoo Q.P.S.C.", ("company",)), ("Qatar National Bank (Q.P.S.C.)", ("company",)),
    ("Al Meera Consumer Goods Company Q.P.S.C.", ("company",)), ("Beyon B.S.C.", ("company",)),
    ("Omantel S.A.O.G.", ("company",)), ("Lulu Group International", ("company",)),
    ("Landmark Group", ("company",)), ("Majid Al Futtaim", ("company",)), ("Marks & Spencer Middle East", ("company", "ampersand")),
    ("Bain & Company Middle East", ("company", "ampersand")), ("Oliver Wyman & Co.", ("company", "ampersand")),
    ("PwC Middle East", ("company",)), ("Deloitte & Touche (M.E.)", ("company", "ampersand")),
    ("McDonald's Kuwait", ("company", "apostrophe")), ("Ghassan Aboud's Group", ("company", "apostrophe")),
    ("Saudi Central Bank (SAMA)", ("government", "abbreviation")), ("Communications, Space & Technology Commission (CST)", ("government", "abbreviation", "ampersand")),
    ("Saudi Data & AI Authority (SDAIA)", ("government", "abbreviation", "ampersand")), ("General Authority for Media Regulation (GAMR)", ("government", "abbreviation")),
    ("General Authority for Statistics (GASTAT)", ("government", "abbreviation")), ("Central Statistical Bureau", ("government",)),
    ("Planning and Statistics Authority", ("government",)), ("Information & eGovernment Authority (iGA)", ("government", "abbreviation", "ampersand")),
    ("National Centre for Statistics and Information (NCSI)", ("government", "abbreviation")),
    ("Ministry of Commerce", ("government",)), ("Ministry of Investment", ("government",)),
    ("Qatar Tourism", ("government",)), ("Oman Ministry of Heritage and Tourism", ("government",)),
    ("Capital Markets Authority", ("government",)), ("Central Bank of Bahrain", ("government",)),
    ("Arab Advertising Agencies Association (4A's)", ("company", "abbreviation", "apostrophe")),
    ("Al Zamil & Partners W.L.L.", ("company", "ampersand")), ("Boubyan Bank K.S.C.P.", ("company",)),
    ("Bank Muscat S.A.O.G.", ("company",)), ("Gulf Bank K.S.C.P.", ("company",)), ("Nadec", ("company",)),
]  # fmt: skip
_RESEARCH = ["YouGov", "Ipsos", "Kantar", "Euromonitor International", "Redseer Strategy Consultants",
             "PwC Middle East", "Nielsen", "GWI", "Statista", "McKinsey & Company", "Boston Consulting Group"]  # fmt: skip
_PRESS = ["Arab News", "Saudi Gazette", "Argaam", "Al Eqtisadiah", "Arab Times", "Kuwait Times", "The Peninsula",
          "Gulf Times", "Gulf Daily News", "Times of Oman", "Campaign Middle East", "Zawya", "Gulf News"]  # fmt: skip
_JOURNALS = ["Journal of Islamic Marketing", "International Journal of Islamic and Middle Eastern Finance and Management",
             "Journal of Retailing and Consumer Services", "Journal of Business Research",
             "Arab Economic and Business Journal", "Journal of Marketing Communications", "Tourism Management",
             "International Journal of Bank Marketing", "Journal of Consumer Marketing", "Sustainability"]  # fmt: skip
_UNIVERSITIES = ["King Saud University", "King Abdulaziz University", "King Fahd University of Petroleum and Minerals",
                 "Kuwait University", "Qatar University", "Hamad Bin Khalifa University", "University of Bahrain",
                 "Sultan Qaboos University"]  # fmt: skip
_TOPICS = ["Ramadan advertising", "Islamic banking loyalty", "mall footfall", "Saudi Vision 2030 tourism",
           "Riyadh Season attendance", "Generation Z in the Gulf", "halal branding", "date exports", "dairy brand trust",
           "mobile wallets", "buy now pay later", "White Friday promotions", "influencer disclosure", "giga-project branding",
           "Saudisation and employer branding", "Takaful purchase intention", "fintech adoption", "quick commerce",
           "sharia-compliant credit cards", "Omani heritage tourism", "Qatar after the World Cup", "Kuwaiti diwaniya word of mouth",
           "private-label groceries", "telecom churn", "5G bundles", "esports sponsorship", "women drivers as customers",
           "Arabic-language content", "Eid gifting", "back-to-school spending", "luxury fashion in Doha",
           "off-plan property sales", "Founding Day campaigns", "Snapchat advertising", "loyalty coalitions"]  # fmt: skip
_ARABIC_TITLES = [("Al-taswiq al-raqami fi al-mamlaka", "Digital marketing in the Kingdom"),
                  ("Sulouk al-mustahlik al-Khaleeji", "Gulf consumer behaviour"),
                  ("Al-walaa lil-ʿalama al-tijariya", "Brand loyalty"),
                  ("Al-masarif al-Islamiya wa al-ʿumalaa", "Islamic banks and their customers"),
                  ("Idarat ʿalaqat al-ʿumalaa", "Customer relationship management"),
                  ("Al-iʿlan fi shahr Ramadan", "Advertising in the month of Ramadan")]  # fmt: skip
_LAWS = [("Saudi Arabia. Bureau of Experts at the Council of Ministers", "Personal Data Protection Law (Royal Decree M/19 of 9/2/1443H)", 2021),
         ("Saudi Arabia. Bureau of Experts at the Council of Ministers", "E-Commerce Law (Royal Decree M/126 of 7/11/1440H)", 2019),
         ("State of Kuwait", "Law No. 39 of 2014 on Consumer Protection", 2014),
         ("State of Qatar", "Law No. 13 of 2016 on Protecting the Privacy of Personal Data", 2016),
         ("Kingdom of Bahrain", "Law No. 30 of 2018 with Respect to Personal Data Protection", 2018),
         ("Sultanate of Oman", "Royal Decree 6/2022 Promulgating the Personal Data Protection Law", 2022),
         ("Saudi Central Bank (SAMA)", "Circular No. 41033661 on Responsible Lending Principles for Individual Customers", 2022),
         ("General Authority for Media Regulation (GAMR)", "Regulation of Advertising Licences for Influencers (Mawthooq)", 2022)]  # fmt: skip


class Blind79WorkFactory(WorkFactory):
    """Gulf works: names written several ways, companies with their legal forms, laws by number and year."""

    # what make() draws from (make("book") and make("journal") by name), and the kinds of work they give
    GENERATORS = ("book", "chapter", "journal", "organisation-web", "organisation-report", "government", "law",
                  "market-research", "web-person", "news", "thesis", "social", "arabic-book")  # fmt: skip
    KINDS = ("book", "chapter", "journal", "web", "report", "news", "thesis", "social", "arabic-book")
    _WEIGHTS = (10, 5, 24, 10, 8, 7, 4, 8, 5, 8, 4, 4, 3)

    def person(self) -> dict[str, str]:
        family = self.rng.choice(_FAMILIES)
        given = self.rng.choice(_GIVEN)
        if family.startswith(("Al", "al", "Abu", "El", "Abdel")) and self.rng.random() < 0.15:
            given = f"{given} {self.rng.choice(_PATRONYMIC)}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        return self.rng.choices([self.rng.randint(2005, 2016), self.rng.randint(2017, 2024)], weights=[3, 7])[0]

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[2025, self.rng.randint(1, 11), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        first = topic[0].upper() + topic[1:]
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(
            ["Saudi Arabia", "Kuwait", "Qatar", "Bahrain", "Oman", "the GCC", "Riyadh", "Jeddah", "Doha", "Muscat"]
        )
        forms = [f"{first} in {place}", f"{first} and {other}: evidence from {place}",
                 f"The effect of {topic} on purchase intention in {place}", f"Rethinking {topic} after Vision 2030",
                 f"Why {topic} matters to {other}", f"{first}: a study of consumers in {place}",
                 f"Understanding {topic} among young {place.removeprefix('the ')} shoppers",
                 f"{first}, trust and {other} in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.GENERATORS, weights=self._WEIGHTS)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    def _book(self) -> Work:
        work = super()._book()
        work.record["publisher"] = self.rng.choice(
            [
                "Pearson",
                "Routledge",
                "Kogan Page",
                "Sage",
                "Wiley",
                "Hamad Bin Khalifa University Press",
                "Obeikan",
                "Springer",
            ]
        )
        work.record["publisher-place"] = self.rng.choice(
            ["London", "Harlow", "Abingdon", "Doha", "Riyadh", "Cham", "Hoboken, NJ"]
        )
        return work

    def _journal(self) -> Work:
        work = super()._journal()
        work.record["container-title"] = self.rng.choice(_JOURNALS)
        return work

    def _government(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "government" in o[1]])
        titles = [f"Household expenditure and income survey {self.year()}", f"Retail trade bulletin Q{self.rng.randint(1, 4)}",
                  f"Labour force survey: {self.rng.choice(['first', 'second', 'third'])} quarter", "Consumer complaints report",
                  f"Annual statistical abstract {self.year()}", "Guidelines for advertising on social media", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "URL": self._url(self.rng.choice(["stats.gov.sa", "csb.gov.kw", "psa.gov.qa", "data.gov.bh", "ncsi.gov.om", "sama.gov.sa"]))}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.8:
            record["accessed"] = self.accessed()
        return self._org_work(
            record, "report" if record["type"] == "report" else "web", name, set(tags) | {"government"}
        )

    def _law(self) -> Work:
        body, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": body.split(". ")[-1], "URL": self._url("laws.boe.gov.sa" if "Saudi" in body else "gov.example")}  # fmt: skip
        if self.rng.random() < 0.7:
            record["accessed"] = self.accessed()
        return self._org_work(record, "report", body, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        place = self.rng.choice(["Saudi Arabia", "Kuwait", "Qatar", "Bahrain", "Oman", "the GCC", "MENA"])
        year = self.year()
        titles = [f"Ramadan consumer outlook {place} {year}", f"Grocery retail in {place}", f"Middle East consumer insights survey {year}",
                  f"{place} e-commerce market: size and forecast to 2030", f"Banking in {place}: customer experience index",
                  f"Telecoms in {place}: mobile and fixed broadband", f"The state of the {place} fashion market {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name.split(" (")[0]}
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.6:
            record["URL"] = self._url("example-research.com")
            record["accessed"] = self.accessed()
        return self._org_work(
            record, "report", name, {"company", "market-research"} | ({"ampersand"} if "&" in name else set())
        )

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [[self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url("news.example.com")
            record["accessed"] = self.accessed()
        if self.rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _social(self) -> Work:
        platform = self.rng.choice(["X", "Snapchat", "Instagram", "TikTok", "LinkedIn", "Spotify (podcast)"])
        record: dict[str, Any] = {"type": "post", "title": f"{self._title()} [{platform}]", "URL": self._url(platform.split()[0].lower() + ".com"),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.organisation()
        return self._org_work(record, "social", name, tags)

    def _arabic_book(self) -> Work:
        arabic, english = self.rng.choice(_ARABIC_TITLES)
        record: dict[str, Any] = {"type": "book", "title": f"{arabic} [{english}]", "author": self._people(3),
                                  "publisher": self.rng.choice(["Dar Al-Shorouk", "Obeikan", "Dar Al-Zahraa", "King Saud University Press"]),
                                  "publisher-place": self.rng.choice(["Riyadh", "Cairo", "Beirut", "Kuwait City"])}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._person_work(record, "arabic-book")
