"""Works the blind282 pool's candidates cite: marketers in Punjab on both sides of the border and in the Punjabi
diaspora of the UK and Canada, writing CIM Level 6 and 7 reports and MBA assignments on FMCG, agri-business, export,
education and diaspora marketing.

Written without reading the checker, its tests or any other pool. Authors are Punjabi scholars (Sikh, Hindu and
Muslim names, many sharing Singh, Kaur, Gill or Malik), the Indian, Pakistani and British marketing texts every
candidate cites, governments and public bodies of both Punjabs, banks, firms with "Ltd", "Limited", "(Pvt.) Ltd." and
"Pvt. Ltd.", the English-language press of both countries and the diaspora, and market-research houses.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

# (family, given) as Punjabi authors print them on English-language papers; Singh and Kaur are shared by many.
_NAMES = [
    ("Singh", "Gurpreet"), ("Singh", "Harjit"), ("Singh", "Jaswinder"), ("Singh", "Manmohan"), ("Singh", "Sukhpal"),
    ("Singh", "Amarjit"), ("Singh", "Balwinder"), ("Singh", "Pashaura"), ("Kaur", "Harpreet"), ("Kaur", "Manpreet"),
    ("Kaur", "Rupinder"), ("Kaur", "Simran"), ("Kaur", "Navjot"), ("Gill", "Sucha Singh"), ("Gill", "Amandeep"),
    ("Sandhu", "Ranbir S."), ("Sandhu", "Kiranjit"), ("Dhillon", "Gurinder"), ("Dhillon", "Parminder"),
    ("Sidhu", "Harinder"), ("Sidhu", "Jaspreet"), ("Grewal", "Inderjit"), ("Grewal", "Rajdeep"), ("Brar", "Kulwant"),
    ("Mann", "Navdeep"), ("Bains", "Satnam"), ("Cheema", "Hardeep"), ("Bhullar", "Sukhjinder"), ("Aulakh", "Gagan"),
    ("Randhawa", "Tejinder"), ("Johal", "Arvinder"), ("Chahal", "Rajwinder"), ("Sekhon", "Amritpal"),
    ("Sharma", "Anil"), ("Sharma", "Neha"), ("Kumar", "Rajesh"), ("Kumar", "Sanjeev"), ("Arora", "Ritu"),
    ("Bansal", "Vikas"), ("Goyal", "Meenakshi"), ("Mittal", "Deepak"), ("Garg", "Pooja"), ("Chopra", "Ashima"),
    ("Kapoor", "Rohit"), ("Malhotra", "Nidhi"), ("Khanna", "Vivek"), ("Sood", "Anupam"), ("Bhalla", "G.S."),
    ("Chaudhry", "Azam"), ("Chaudhry", "Farah"), ("Butt", "Muhammad Asif"), ("Butt", "Ayesha"), ("Malik", "Khalid"),
    ("Malik", "Sadia"), ("Qureshi", "Imran"), ("Qureshi", "Zainab"), ("Ahmad", "Nadeem"), ("Ahmed", "Sohail"),
    ("Rehman", "Atiq ur"), ("Iqbal", "Zafar"), ("Hussain", "Tahir"), ("Javed", "Sana"), ("Bhatti", "Asim"),
    ("Cheema", "Waqar Ahmad"), ("Warraich", "Usman"), ("Gondal", "Shahid"), ("Awan", "Abdul Ghafoor"),
    ("Nadeem", "Mohsin"), ("Haq", "Rashida"), ("Zaidi", "Syed Ali"), ("Bukhari", "Syeda Fatima"), ("Raza", "Hamid"),
]  # fmt: skip
# Names some journals of the region print with the marks of a scholarly transliteration.
_MARKED = [("Nābhā", "Kāhn Singh"), ("Ḥusain", "Shāhid"), ("Qāsmī", "Ahmad Nadīm"), ("Bhaṭṭī", "Ṣādiq"),
           ("Sīdhū", "Gurbachan"), ("Dhaliwāl", "Sukhdev")]  # fmt: skip
# Diaspora authors in the UK and Canada, and the marketing texts' authors every candidate cites.
_DIASPORA = [("Bains", "Jaspreet"), ("Sangha", "Davinder"), ("Purewal", "Navtej K."), ("Dosanjh", "Kiran"),
             ("Takhar", "Opinderjit Kaur"), ("Nesbitt", "Eleanor"), ("Ballantyne", "Tony"), ("Tatla", "Darshan Singh"),
             ("Mahmood", "Cynthia Keppley"), ("Walton-Roberts", "Margaret")]  # fmt: skip
_CLASSICS = [
    ({"type": "book", "title": "Marketing management", "publisher": "Pearson", "publisher-place": "Harlow"},
     [("Kotler", "Philip"), ("Keller", "Kevin Lane")], (2012, 2016, 2022)),
    ({"type": "book", "title": "Marketing management: a South Asian perspective", "publisher": "Pearson",
      "publisher-place": "New Delhi"}, [("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Koshy", "Abraham"),
                                         ("Jha", "Mithileshwar")], (2009, 2013)),
    ({"type": "book", "title": "Principles of marketing", "publisher": "Pearson", "publisher-place": "Harlow"},
     [("Kotler", "Philip"), ("Armstrong", "Gary")], (2018, 2021, 2023)),
    ({"type": "book", "title": "Digital marketing: strategy, implementation and practice", "publisher": "Pearson",
      "publisher-place": "Harlow"}, [("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], (2019, 2022)),
    ({"type": "book", "title": "Competitive advantage: creating and sustaining superior performance",
      "publisher": "Free Press", "publisher-place": "New York"}, [("Porter", "Michael E.")], (1985, 1998)),
    ({"type": "book", "title": "Strategic brand management", "publisher": "Pearson", "publisher-place": "Harlow"},
     [("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], (2020,)),
    ({"type": "book", "title": "Rural marketing: Indian perspective", "publisher": "New Age International",
      "publisher-place": "New Delhi"}, [("Krishnamacharyulu", "C.S.G."), ("Ramakrishnan", "Lalitha")], (2011, 2019)),
    ({"type": "book", "title": "The fortune at the bottom of the pyramid", "publisher": "Wharton School Publishing",
      "publisher-place": "Upper Saddle River, NJ"}, [("Prahalad", "C.K.")], (2005, 2010)),
    ({"type": "book", "title": "How brands grow: what marketers don't know", "publisher": "Oxford University Press",
      "publisher-place": "Melbourne"}, [("Sharp", "Byron")], (2010,)),
    ({"type": "book", "title": "Marketing: real people, real choices", "publisher": "Pearson",
      "publisher-place": "Harlow"}, [("Solomon", "Michael R."), ("Marshall", "Greg W."), ("Stuart", "Elnora W.")], (2016, 2020)),
]  # fmt: skip
_JOURNALS = ["Journal of Rural Studies", "Indian Journal of Marketing", "Pakistan Journal of Commerce and Social Sciences",
             "Lahore Journal of Economics", "South Asian Journal of Business Studies", "Journal of Punjab Studies",
             "Indian Journal of Agricultural Economics", "Pakistan Journal of Agricultural Sciences",
             "Journal of Islamic Marketing", "Asia Pacific Journal of Marketing and Logistics"]  # fmt: skip
_TOPICS = ["milk cooperatives", "brand loyalty for packaged atta", "tractor purchase decisions", "farmer credit",
           "ghee and dairy brands", "fertiliser dealers' advice", "home-textile exports", "halal food branding",
           "private university choice", "mobile banking in villages", "diaspora remittances",
           "sports-goods exports from Sialkot", "rural retail", "word of mouth among farmers",
           "spice and recipe-mix brands", "religious tourism", "Punjabi-language advertising",
           "contract farming", "women's self-help groups", "student recruitment abroad", "wedding spending",
           "organic produce", "basmati rice exports", "Kisan credit cards", "Islamic banking products"]  # fmt: skip
_PLACES = ["Punjab", "Indian Punjab", "Pakistani Punjab", "Ludhiana", "Lahore", "Faisalabad", "Sialkot", "Amritsar",
           "Jalandhar", "Multan", "Gujranwala", "Patiala", "Bathinda", "the Doaba region", "Malwa", "Southall",
           "Brampton", "Surrey, British Columbia", "the West Midlands"]  # fmt: skip
# (name, tags, kind of body, domain)
_BODIES = [
    ("Government of Punjab", {"government"}, "gov", "punjab.gov.in"),
    ("Punjab Agricultural University", {"government"}, "gov", "pau.edu"),
    ("Punjab Bureau of Investment Promotion", {"government"}, "gov", "investpunjab.gov.in"),
    ("Government of the Punjab", {"government"}, "gov", "punjab.gov.pk"),
    ("Punjab Board of Investment and Trade (PBIT)", {"government", "abbreviation"}, "gov", "pbit.gop.pk"),
    ("Pakistan Bureau of Statistics", {"government"}, "gov", "pbs.gov.pk"),
    ("Reserve Bank of India", {"government"}, "gov", "rbi.org.in"),
    ("State Bank of Pakistan", {"government"}, "gov", "sbp.org.pk"),
    ("NABARD", {"government", "acronym"}, "gov", "nabard.org"),
    ("National Bank for Agriculture and Rural Development (NABARD)", {"government", "abbreviation"}, "gov", "nabard.org"),
    ("Office for National Statistics", {"government"}, "gov", "ons.gov.uk"),
    ("Statistics Canada", {"government"}, "gov", "statcan.gc.ca"),
    ("Punjab State Cooperative Milk Producers' Federation Ltd", {"company", "apostrophe"}, "firm", "verka.coop"),
    ("Vardhman Textiles Limited", {"company"}, "firm", "vardhman.com"),
    ("Nishat Mills Limited", {"company"}, "firm", "nishatmillsltd.com"),
    ("Engro Foods (Pvt.) Ltd.", {"company", "abbreviation"}, "firm", "engrofoods.com"),
    ("Sonalika International Tractors Ltd", {"company"}, "firm", "sonalika.com"),
    ("Shan Foods (Pvt.) Ltd.", {"company", "abbreviation"}, "firm", "shanfoods.com"),
    ("Trident Group", {"company"}, "firm", "tridentindia.com"),
    ("Gul Ahmed Textile Mills Ltd.", {"company"}, "firm", "gulahmed.com"),
    ("Forward Sports Pvt. Ltd.", {"company", "abbreviation"}, "firm", "forward-sports.com"),
    ("Lovely Professional University", {"company"}, "firm", "lpu.in"),
    ("Punjab National Bank", {"company"}, "firm", "pnbindia.in"),
    ("The Bank of Punjab", {"company"}, "firm", "bop.com.pk"),
    ("Ernst & Young LLP", {"company", "ampersand"}, "firm", "ey.com"),
    ("Punjab Tourism", {"government"}, "gov", "punjabtourism.punjab.gov.in"),
    ("Sialkot Chamber of Commerce & Industry", {"trade-body", "ampersand"}, "firm", "scci.com.pk"),
    ("PHD Chamber of Commerce and Industry", {"trade-body"}, "firm", "phdcci.in"),
]  # fmt: skip
_RESEARCH = ["Nielsen", "NielsenIQ", "Kantar", "Euromonitor International", "Gallup Pakistan", "IMARC Group"]
_PRESS = ["The Tribune", "Dawn", "The Express Tribune", "Hindustan Times", "Business Recorder", "Des Pardes",
          "Eastern Eye", "The Times of India", "The News International", "Brampton Guardian"]  # fmt: skip
_MARKETS = ["dairy", "packaged milk", "ghee", "tractors", "home textiles", "sports goods", "spice mixes",
            "fertilisers", "higher education", "basmati rice", "frozen foods", "banking", "denim"]  # fmt: skip
_EDITORS = [("Singh", "Lakhwinder"), ("Gill", "Anita"), ("Zaidi", "Akbar"), ("Thandi", "Shinder S."),
            ("Jodhka", "Surinder S."), ("Talbot", "Ian")]  # fmt: skip


class Blind282WorkFactory(WorkFactory):
    """Works of the blind282 pool: Punjabi scholars, both Punjabs' public bodies, firms, press and research houses."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 282)
        self.dated: list[tuple[str, set[str], str, dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, dates, titles
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        table = _MARKED if roll < 0.06 else _DIASPORA if roll < 0.16 else _NAMES
        family, given = self.rng.choice(table)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        later = self.rng.randint(max(year + 1, 2022), max(year + 1, 2025))
        return {"date-parts": [[later, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}: evidence from a survey",
                 f"Determinants of {topic} in {place}", f"Consumer attitudes towards {topic}: a study of {place}",
                 f"{topic[0].upper()}{topic[1:]} and rural consumers in {place}",
                 f"Marketing {topic} to the Punjabi diaspora", f"A study of {topic} among farmers of {place}",
                 f"Role of trust in {topic}: the case of {place}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "body-report", "body-web", "research", "press"],
            weights=[8, 10, 5, 26, 16, 12, 9, 12],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Sage Publications India", "Oxford University Press", "Routledge",
                                          "Sang-e-Meel Publications", "Unistar Books", "Palgrave Macmillan"]),
            "publisher-place": self.rng.choice(["New Delhi", "Karachi", "Lahore", "Chandigarh", "Abingdon", "London"]),
        }  # fmt: skip
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        base, authors, years = self.rng.choice(_CLASSICS)
        record: dict[str, Any] = dict(base)
        record["author"] = [{"family": f, "given": g} for f, g in authors]
        record["issued"] = {"date-parts": [[self.rng.choice(years)]]}
        if self.rng.random() < 0.6 and base["publisher"] == "Pearson":
            record["edition"] = str(self.rng.randint(12, 17))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [{"family": f, "given": g} for f, g in self.rng.sample(_EDITORS, self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Punjab reconsidered: history, culture, and practice",
                                                "Agrarian change in the two Punjabs", "Sikh diaspora and marketing",
                                                "Handbook of rural marketing in South Asia"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Oxford University Press", "Routledge"]),
            "publisher-place": self.rng.choice(["New Delhi", "Abingdon"]), "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{start}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/ijom/{self.rng.randint(2015, 2024)}/v{self.rng.randint(1, 55)}i{self.rng.randint(1, 12)}/{self.rng.randint(100000, 199999)}"
            )
        return self._person_work(record, "journal")

    def _dated_org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a body's second work of a year already cited ("State Bank of Pakistan, 2023a" and "2023b").
        if self.dated and "issued" in record and self.rng.random() < 0.15:
            name, tags, _domain, issued = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(p) for p in issued["date-parts"]]}
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "accessed" in record:
            year = record["issued"]["date-parts"][0][0] if "issued" in record else 2021
            record["accessed"] = self._accessed_after(year)
        if "issued" in record:
            self.dated.append((name, tags, "", record["issued"]))
        return self._org_work(record, kind, name, tags | {"organisation"})

    def _body(self) -> tuple[str, set[str], str, str]:
        name, tags, body, domain = self.rng.choice(_BODIES)
        return name, set(tags), body, domain

    def _body_report(self) -> Work:
        name, tags, _body, domain = self._body()
        year = self.year()
        titles = [f"Annual report {year}", f"Annual report {year}-{str(year + 1)[-2:]}", f"Economic survey {year}",
                  f"Statistical abstract of Punjab {year}", f"Sustainability report {year}",
                  f"Punjab agricultural policy {year}", f"Report on {self.rng.choice(_TOPICS)} in {self.rng.choice(_PLACES)}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Chandigarh", "Lahore", "Mumbai", "Karachi", "Islamabad", "Ludhiana", "London", "Ottawa"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{domain}/{self.fakers['en_GB'].slug()}.pdf"
            record["accessed"] = {}
        return self._dated_org(record, "report", name, tags)

    def _body_web(self) -> Work:
        name, tags, _body, domain = self._body()
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["About us", "Our history", "Products", "Schemes for farmers",
                                                          "Investor relations", "Admissions", "Exports",
                                                          f"{self.rng.choice(_MARKETS).capitalize()} sector profile"]),
            "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}", "accessed": {},
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._dated_org(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, place = self.rng.choice(_MARKETS), self.rng.choice(["India", "Pakistan", "Punjab", "South Asia"])
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "report", "publisher": name, "issued": {"date-parts": [[year]]},
            "title": self.rng.choice([f"{market.capitalize()} in {place}", f"{place} {market} market report {year}",
                                      f"{place} {market} market: industry trends, share, size and forecast",
                                      f"Consumer pulse: {market} in {place}"]),
            "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}", "accessed": {},
        }  # fmt: skip
        return self._dated_org(record, "report", name, {"market-research"})

    def _press(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [issued]}, "URL": f"https://www.{paper.lower().replace(' ', '')}.com/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})
