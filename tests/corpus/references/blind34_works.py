"""Works for the thirty-fourth held-out pool, "blind34": what brand, CRM and e-commerce marketers at luxury houses,
fashion retailers and beauty brands cite in CIM and postgraduate reports.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-fourth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how marketers in Paris,
Milan, London, Seoul, Tokyo, Shanghai, Hong Kong and Dubai write: group annual and universal registration documents
(Kering, LVMH, Richemont, L'Oréal, Shiseido, Amorepacific), Bain-Altagamma and McKinsey/BoF reports, trade press
(BoF, WWD, Vogue Business, Jing Daily), Euromonitor and Mintel, the ASA and the CMA, EU and Korean regulation,
textbooks and journals on luxury, podcasts, YouTube videos and Instagram posts. Names are French, Italian, Korean and
Chinese (family name first, as reference managers hold them), Japanese, Arabic and British; the people are invented,
the organisations real.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given): romanised as they appear on English-language papers and bylines.
_FRENCH = [("Lefèvre", "Camille"), ("Moreau", "Hélène"), ("Girard", "Amélie"), ("Fontaine", "Louis"),
           ("Rousseau", "Clémence"), ("Bélanger", "Margaux"), ("Chevalier", "Théo"), ("Marchand", "Inès"),
           ("Dubois-Aymé", "Solène"), ("Le Goff", "Yannick"), ("Ménard", "Apolline"), ("Faure", "Bastien"),
           ("Lemaître", "Anaïs"), ("Besson", "Gaëlle"), ("Roux", "Mathilde"), ("d'Ornano", "Victoire")]  # fmt: skip
_FRENCH_PARTICLES = [("de", "Villeneuve", "Charlotte"), ("de", "La Rochefoucauld", "Aymeric"), ("du", "Pré", "Axelle"),
                     ("de", "Saint-Exupéry", "Diane"), ("de", "Montfort", "Éloïse")]  # fmt: skip
_ITALIAN = [("Bianchi", "Chiara"), ("Ferrara", "Nicolò"), ("Romano", "Federica"), ("Colombo", "Matteo"),
            ("Ricci", "Ludovica"), ("Marino", "Tommaso"), ("Galli", "Beatrice"), ("De Luca", "Alessandra"),
            ("Di Stefano", "Lorenzo"), ("Lo Russo", "Gaia"), ("Conti", "Benedetta"), ("Fabbri", "Niccolò"),
            ("Mancini", "Ilaria"), ("Santoro", "Vittoria"), ("Dall'Acqua", "Elisa"), ("Caputo", "Giorgio")]  # fmt: skip
_KOREAN = [("Kim", "Jiwoo"), ("Lee", "Seoyeon"), ("Park", "Minjae"), ("Choi", "Yuna"), ("Jung", "Haeun"),
           ("Kang", "Dohyun"), ("Yoon", "Sora"), ("Han", "Jisoo"), ("Shin", "Eunbi"), ("Oh", "Taeyang"),
           ("Seo", "Hyejin"), ("Hwang", "Minseo"), ("Bae", "Suzy"), ("Moon", "Chaewon"), ("Kwon", "Nayeon")]  # fmt: skip
_JAPANESE = [("Satō", "Yui"), ("Itō", "Haruto"), ("Takahashi", "Mei"), ("Watanabe", "Ren"), ("Yamamoto", "Sakura"),
             ("Nakamura", "Kenji"), ("Kobayashi", "Aoi"), ("Ōno", "Riku"), ("Saitō", "Hina"), ("Matsumoto", "Daiki"),
             ("Inoue", "Yuna"), ("Kimura", "Sōta"), ("Hayashi", "Emi"), ("Shimizu", "Kaito")]  # fmt: skip
_CHINESE = [("Wang", "Xinyi"), ("Li", "Jiahui"), ("Zhang", "Yutong"), ("Liu", "Haoran"), ("Chen", "Siqi"),
            ("Yang", "Zihan"), ("Zhao", "Mengyao"), ("Huang", "Zhiwei"), ("Zhou", "Ruoxi"), ("Wu", "Junjie"),
            ("Xu", "Shuang"), ("Lü", "Xiaoyan"), ("Sun", "Yiran"), ("Ma", "Tianyu"), ("Hu", "Wenjing"),
            ("Chan", "Ka Yan"), ("Leung", "Wing Sze"), ("Cheung", "Hoi Ling"), ("Ng", "Chun Kit")]  # fmt: skip
_ARABIC = [("Al-Mansoori", "Fatima"), ("Al-Qasimi", "Hind"), ("Haddad", "Layla"), ("El-Khoury", "Rami"),
           ("Al-Falasi", "Mariam"), ("Nasser", "Omar"), ("Al Maktoum", "Noura"), ("Abu-Ghazaleh", "Yasmin"),
           ("Khalifa", "Reem"), ("Saleh", "Karim"), ("al-Hashimi", "Noor"), ("Bou Saab", "Nadine")]  # fmt: skip
_BRITISH = [("Whitfield", "Harriet"), ("Ashworth", "Oliver"), ("Pemberton-Hale", "Imogen"), ("O'Connell", "Niamh"),
            ("McAllister", "Fraser"), ("Thornton", "Georgia"), ("Hughes", "Rhys"), ("Blackwood", "Poppy"),
            ("Okafor", "Adaeze"), ("Patel", "Priya"), ("Fitzgerald", "Saoirse"), ("Carter", "James"),
            ("Kapoor", "Anjali"), ("Barker", "Lucy"), ("MacKenzie", "Isla"), ("Ellis", "Tom")]  # fmt: skip
_GROUPS = [_FRENCH, _FRENCH, _ITALIAN, _ITALIAN, _KOREAN, _KOREAN, _JAPANESE, _CHINESE, _CHINESE, _ARABIC, _BRITISH,
           _BRITISH, _BRITISH]  # fmt: skip

# Organisation authors as candidates write them, with tags for what makes them hard.
_GROUPS_REPORTING = [
    ("Kering", {"company"}), ("LVMH", {"company", "acronym"}), ("LVMH Moët Hennessy Louis Vuitton", {"company"}),
    ("Compagnie Financière Richemont SA", {"company"}), ("Richemont", {"company"}), ("L'Oréal", {"company", "apostrophe"}),
    ("L'Oréal Groupe", {"company", "apostrophe"}), ("Shiseido Company, Limited", {"company", "comma"}),
    ("Amorepacific Corporation", {"company"}), ("Hermès International", {"company"}), ("Prada S.p.A.", {"company"}),
    ("Burberry Group plc", {"company", "plc"}), ("Mulberry Group plc", {"company", "plc"}),
    ("The Estée Lauder Companies Inc.", {"company"}), ("Moncler S.p.A.", {"company"}), ("Chanel Limited", {"company"}),
    ("Tapestry, Inc.", {"company", "comma"}), ("Capri Holdings Limited", {"company"}), ("Kosé Corporation", {"company"}),
    ("LG H&H", {"company", "ampersand"}), ("Puig", {"company"}), ("Coty Inc.", {"company"}),
    ("Selfridges & Co", {"company", "ampersand"}), ("Harrods Ltd", {"company"}), ("Farfetch Limited", {"company"}),
    ("Mytheresa Group GmbH", {"company"}), ("Vestiaire Collective", {"company"}), ("The RealReal, Inc.", {"company", "comma"}),
    ("Chalhoub Group", {"company"}), ("Marks & Spencer Group plc", {"company", "ampersand", "plc"}),
]  # fmt: skip
_CONSULTANCIES = [
    ("Bain & Company", {"company", "ampersand"}), ("Bain & Company and Altagamma", {"company", "ampersand"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("The Business of Fashion and McKinsey & Company", {"company", "ampersand"}),
    ("Deloitte", {"company"}), ("BCG", {"company", "acronym"}), ("Boston Consulting Group", {"company"}),
    ("Euromonitor International", {"market-research"}), ("Mintel", {"market-research"}), ("Statista", {"market-research"}),
    ("Kantar", {"market-research"}), ("Interbrand", {"company"}), ("Altagamma", {"trade-body"}),
    ("Comité Colbert", {"trade-body"}), ("Walpole", {"trade-body"}), ("British Fashion Council", {"trade-body"}),
    ("Fédération de la Haute Couture et de la Mode", {"trade-body"}), ("Camera Nazionale della Moda Italiana", {"trade-body"}),
    ("Korea Cosmetic Association", {"trade-body"}), ("Cosmetics Europe", {"trade-body"}),
    ("Ellen MacArthur Foundation", {"trade-body"}), ("Fashion Revolution", {"trade-body"}),
    ("Digital Luxury Group", {"company"}), ("Launchmetrics", {"company"}), ("Lyst", {"company"}),
    ("Jing Daily", {"press"}), ("The Business of Fashion", {"press"}), ("Vogue Business", {"press"}),
]  # fmt: skip
_REGULATORS = [
    ("Advertising Standards Authority", {"government"}), ("ASA", {"government", "acronym"}),
    ("Committee of Advertising Practice (CAP)", {"government", "abbreviation"}),
    ("Competition and Markets Authority", {"government"}), ("CMA", {"government", "acronym"}),
    ("European Commission", {"government"}), ("Office for Product Safety and Standards", {"government"}),
    ("Ministry of Food and Drug Safety", {"government"}), ("Korea Fair Trade Commission", {"government"}),
    ("Ministry of Economy, Trade and Industry", {"government", "comma"}), ("State Administration for Market Regulation", {"government"}),
    ("Dubai Department of Economy and Tourism", {"government"}), ("Hong Kong Trade Development Council", {"government"}),
    ("Office for National Statistics", {"government"}), ("Department for Business and Trade", {"government"}),
    ("House of Commons Environmental Audit Committee", {"government"}), ("Information Commissioner's Office", {"government", "apostrophe"}),
]  # fmt: skip
_LEGISLATION = [
    ("European Parliament and Council of the European Union", "Regulation (EC) No 1223/2009 on cosmetic products"),
    ("European Parliament and Council of the European Union", "Directive (EU) 2024/825 on empowering consumers for the green transition"),
    ("European Parliament and Council of the European Union", "Regulation (EU) 2024/1781 on ecodesign requirements for sustainable products"),
    ("European Parliament and Council of the European Union", "Regulation (EU) 2016/679 (General Data Protection Regulation)"),
    ("Ministry of Food and Drug Safety", "Cosmetics Act (Act No. 19500)"),
    ("UK Parliament", "Digital Markets, Competition and Consumers Act"),
    ("UK Parliament", "Consumer Protection from Unfair Trading Regulations"),
    ("Assemblée nationale", "Loi n° 2020-105 relative à la lutte contre le gaspillage et à l'économie circulaire"),
]  # fmt: skip
_PUBLISHERS = [("Kogan Page", "London"), ("Routledge", "Abingdon"), ("Bloomsbury Visual Arts", "London"),
               ("Palgrave Macmillan", "Cham"), ("Pearson", "Harlow"), ("Sage", "London"), ("Wiley", "Chichester"),
               ("Thames & Hudson", "London"), ("Rizzoli", "Milan"), ("Springer", "Singapore"),
               ("Oxford University Press", "Oxford"), ("Emerald Publishing", "Bingley")]  # fmt: skip
_JOURNALS = ["Journal of Business Research", "Journal of Fashion Marketing and Management", "Journal of Brand Management",
             "Journal of Global Fashion Marketing", "International Journal of Retail & Distribution Management",
             "Psychology & Marketing", "Journal of Retailing and Consumer Services", "Luxury: History, Culture, Consumption",
             "Fashion Theory", "International Journal of Cosmetic Science", "Journal of Marketing",
             "European Journal of Marketing", "Asia Pacific Journal of Marketing and Logistics",
             "Journal of Product & Brand Management", "Fashion and Textiles", "Journal of Interactive Marketing"]  # fmt: skip
_PRESS = ["The Business of Fashion", "WWD", "Vogue Business", "Jing Daily", "Financial Times", "The Guardian",
          "Drapers", "Campaign", "Marketing Week", "Cosmetics Business", "The Korea Herald", "South China Morning Post",
          "Nikkei Asia", "Gulf News", "Glossy", "Retail Gazette", "Il Sole 24 Ore", "Les Echos"]  # fmt: skip
_PODCASTS = ["The BoF Podcast", "Glossy Beauty Podcast", "Vogue Business Podcast", "Jing Daily Podcast",
             "The Luxury Strategist", "Business of Beauty"]  # fmt: skip
_CHANNELS = [("Vogue", "YouTube"), ("Hyram", "YouTube"), ("Jacquemus", "Instagram"), ("Sulwhasoo", "Instagram"),
             ("Glossier", "TikTok"), ("Diet Prada", "Instagram"), ("Business Insider", "YouTube"),
             ("Hapa Kristin", "YouTube"), ("Dior", "YouTube"), ("Fenty Beauty", "Instagram"), ("Tatler Asia", "YouTube"),
             ("Olive Young Global", "Instagram"), ("Huda Beauty", "Instagram")]  # fmt: skip

_TOPICS = ["quiet luxury", "brand heritage", "craftsmanship", "clienteling", "luxury resale", "rental fashion",
           "K-beauty", "J-beauty", "clean beauty", "skinification", "fragrance layering", "masstige",
           "brand extension", "luxury e-commerce", "live-stream selling", "daigou", "Chinese Gen Z consumers",
           "Middle Eastern luxury consumers", "influencer seeding", "KOL marketing", "key opinion consumers",
           "collaborations and capsules", "drop culture", "limited editions", "scarcity", "circular fashion",
           "greenwashing", "brand storytelling", "flagship stores", "experiential retail", "VIC programmes",
           "CRM in luxury", "omnichannel clienteling", "the metaverse", "NFTs", "virtual try-on", "beauty tech",
           "counterfeits", "dupes", "price increases", "aspirational consumers", "logomania", "sustainability claims",
           "duty-free travel retail", "Hainan duty free", "heritage brands", "brand prestige", "luxury hospitality"]  # fmt: skip
_MARKETS = ["luxury goods", "prestige fragrance", "skincare", "colour cosmetics", "luxury leather goods",
            "fine jewellery", "watches", "second-hand luxury", "men's grooming", "sun care", "haircare",
            "beauty devices", "premium athleisure", "designer apparel"]  # fmt: skip
_PLACES = ["China", "South Korea", "Japan", "the UAE", "the GCC", "France", "Italy", "the UK", "Hong Kong",
           "Europe", "Asia Pacific", "the Middle East", "Saudi Arabia", "mainland China"]  # fmt: skip


_DOMAINS = {"Advertising Standards Authority": "asa.org.uk/rulings", "ASA": "asa.org.uk/rulings",
            "Committee of Advertising Practice (CAP)": "asa.org.uk/advice-online", "Competition and Markets Authority": "gov.uk/cma-cases",
            "CMA": "gov.uk/government/publications", "European Commission": "commission.europa.eu/publications",
            "Office for Product Safety and Standards": "gov.uk/guidance", "Ministry of Food and Drug Safety": "mfds.go.kr/eng/brd",
            "Korea Fair Trade Commission": "ftc.go.kr/eng", "Ministry of Economy, Trade and Industry": "meti.go.jp/english/press",
            "State Administration for Market Regulation": "samr.gov.cn/zw", "Dubai Department of Economy and Tourism": "dubaidet.gov.ae/en",
            "Hong Kong Trade Development Council": "research.hktdc.com/en/article", "Office for National Statistics": "ons.gov.uk/economy",
            "Department for Business and Trade": "gov.uk/government/publications", "Information Commissioner's Office": "ico.org.uk/for-organisations",
            "House of Commons Environmental Audit Committee": "publications.parliament.uk/pa/cm"}  # fmt: skip


def _slug(name: str) -> str:
    """The first word of an organisation's name as its web address has it ("L'Oréal" as "loreal")."""
    return "".join(ch for ch in name.split()[0].lower() if ch.isalnum()).replace("é", "e")


class Blind34WorkFactory(WorkFactory):
    """Works a luxury, fashion or beauty marketer cites: books, chapters, journal articles (one to eight authors),
    group annual reports, consultancy and market-research reports, trade press and newspapers, regulators' pages,
    EU, Korean, French and UK legislation, podcasts, videos and social posts, brand web pages with and without
    access dates or dates at all."""

    KINDS = ("book", "chapter", "journal", "annual-report", "consultancy-report", "market-research", "trade-press",
             "regulator", "legislation", "brand-web", "web-person", "podcast", "video", "social")  # fmt: skip
    _WEIGHTS = (11, 5, 22, 8, 8, 7, 11, 6, 3, 7, 4, 3, 3, 2)

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.08:
            particle, family, given = self.rng.choice(_FRENCH_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.14:  # an English-speaking student's own surname pool, for variety
            return super().person()
        family, given = self.rng.choice(self.rng.choice(_GROUPS))
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics of luxury marketing still cited
            return self.rng.randint(1976, 2005)
        return self.rng.randint(2009, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2023, year or 2023)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        cap = topic[0].upper() + topic[1:]
        forms = [
            f"{cap} and consumer trust in {place}",
            f"The effect of {topic} on brand prestige",
            f"{cap}: evidence from {place}",
            f"When {topic} meets {other}",
            f"Rethinking {topic} for the post-pandemic luxury consumer",
            f"{cap} and willingness to pay among younger consumers in {place}",
            f"{cap} and purchase intention: a moderated mediation model",
            f"Can {topic} dilute the luxury brand?",
            f"{cap}, {other} and brand equity",
            f"Managing {topic}: lessons from {self.rng.choice(['Paris', 'Milan', 'Seoul', 'Tokyo', 'Shanghai', 'Dubai', 'London'])}",
        ]
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind
        return work

    def _issued(self, record: dict[str, Any], year: int | None, month: bool = False) -> None:
        if year is None:
            return
        parts = [year]
        if month:
            parts += [self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record["issued"] = {"date-parts": [parts]}
        accessed = record.get("accessed", {}).get("date-parts", [[]])[0]
        if accessed and accessed[: len(parts)] < parts:  # read online after it was published, never before
            record["accessed"] = {"date-parts": [[parts[0], 12, 28]]}

    # -------------------------------------------------------------------------------------------- people's works
    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice([
            self._title(), f"Luxury marketing in {self.rng.choice(_PLACES)}", "The luxury strategy",
            "Fashion marketing: theory, principles and practice", "Beauty and the brand", "Managing luxury brands",
            f"Understanding {self.rng.choice(_TOPICS)}", "Fashion branding and communication",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to luxury marketing", "Luxury fashion retail management",
                                                "The Oxford handbook of luxury business", "Global fashion brands",
                                                "Beauty marketing in Asia"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 160)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jfmm', 'jbm', 'jbr', 'ijrdm', 'mar'])}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _trade_press(self) -> Work:
        year = self.rng.randint(2012, 2025)
        outlet = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper" if outlet in ("Financial Times", "The Guardian", "The Korea Herald",
                                                      "South China Morning Post", "Gulf News", "Les Echos") else "article-magazine",
            "title": self.rng.choice([self._title(), f"Inside {self.rng.choice(_TOPICS)}", f"The return of {self.rng.choice(_TOPICS)}",
                                      f"What {self.rng.choice(_TOPICS)} means for {self.rng.choice(_MARKETS)}"]),
            "container-title": outlet, "URL": f"https://www.{outlet.lower().replace(' ', '')}.com/{self.rng.randint(10000, 99999)}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        self._issued(record, year, month=True)
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", outlet, {"press"})

    def _web_person(self) -> Work:
        year = self.year() if self.rng.random() < 0.7 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://{self.rng.choice(['medium.com/@', 'www.linkedin.com/pulse/', 'substack.com/@'])}{self.rng.randint(100, 9999)}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        self._issued(record, year)
        return self._person_work(record, "web")

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "song", "title": f"Episode {self.rng.randint(3, 420)}: {self._title().lower()}",
            "container-title": self.rng.choice(_PODCASTS), "author": self._people(2),
            "URL": f"https://podcasts.apple.com/gb/podcast/{self.rng.randint(100000, 999999)}", "accessed": self.accessed_after(year),
        }  # fmt: skip
        self._issued(record, year, month=True)
        return self._person_work(record, "podcast")

    # -------------------------------------------------------------------------------------------- organisations' works
    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_GROUPS_REPORTING)
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Universal registration document {year}",
                                                        f"Integrated report {year}", f"Sustainability report {year}",
                                                        f"Financial documents {year}", f"Annual report and accounts {year - 1}/{str(year)[2:]}"]),
            "publisher": name,
        }  # fmt: skip
        self._issued(record, year)
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{_slug(name)}.com/investors/{year}"
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, tags)

    def _consultancy_report(self) -> Work:
        name, tags = self.rng.choice(_CONSULTANCIES)
        year = self.rng.randint(2014, 2025)
        own = {
            "Bain": [
                f"Luxury goods worldwide market study, fall-winter {year - 1}",
                "Long live luxury: converge to expand through turbulence",
            ],
            "McKinsey": [f"The state of fashion {year}", f"The state of fashion: beauty {year}"],
            "The": [f"The state of fashion {year}", f"The BoF 500 {year}"],
            "Deloitte": [f"Global powers of luxury goods {year}"],
            "BCG": [f"True-luxury global consumer insight {year}"],
            "Boston": [f"True-luxury global consumer insight {year}"],
            "Interbrand": [f"Best global brands {year}"],
            "Altagamma": [f"Altagamma consumer and retail insight {year}"],
            "Lyst": [f"The Lyst Index: Q{self.rng.randint(1, 4)} {year}", f"Year in fashion {year}"],
        }.get(name.split()[0], [])
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([*own, self._title()]),
            "publisher": name,
        }  # fmt: skip
        self._issued(record, year)
        if self.rng.random() < 0.75:
            record["URL"] = f"https://www.{name.split()[0].lower()}.com/insights/{self.rng.randint(1000, 9999)}"
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(["Euromonitor International", "Mintel", "Statista", "Kantar", "NielsenIQ", "Circana"])
        year = self.rng.randint(2018, 2025) if self.rng.random() < 0.9 else None
        market, place = self.rng.choice(_MARKETS), self.rng.choice(_PLACES)
        record: dict[str, Any] = {
            "type": "report", "publisher": name,
            "title": self.rng.choice([f"{market.capitalize()} in {place}", f"{market.capitalize()} - {place} - {year or 2024}",
                                      f"Revenue of the {market} market in {place} from 2018 to 2028",
                                      f"{market.capitalize()}: consumer trends {place}"]),
            "URL": f"https://www.{name.split()[0].lower()}.com/{self.rng.randint(10000, 99999)}", "accessed": self.accessed_after(year),
        }  # fmt: skip
        self._issued(record, year)
        return self._org_work(record, "report", name, {"market-research"})

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice(["Green claims code: making environmental claims on goods and services",
                                      f"ASA ruling on {self.rng.choice(['Shiseido (UK) Co Ltd', 'Coco Chanel Ltd', 'L’Oréal (UK) Ltd', 'Estée Lauder Cosmetics Ltd', 'Boohoo.com UK Ltd'])}",
                                      "Recognising ads: social media and influencer marketing", "Guidance on cosmetic labelling",
                                      "Fashion retail green claims review", f"Luxury consumption and tourism statistics {year}",
                                      "Influencer marketing: a guide for brands", "Functional cosmetics: notice on labelling and advertising"]),
            "URL": f"https://www.{_DOMAINS.get(name, _slug(name) + '.gov')}/{self.rng.randint(100, 9999)}", "accessed": self.accessed_after(year),
        }  # fmt: skip
        self._issued(record, year)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags | {"government"})

    def _legislation(self) -> Work:
        name, title = self.rng.choice(_LEGISLATION)
        years = [int(w) for w in title.replace("/", " ").split() if w.isdigit() and 1990 <= int(w) <= 2030]
        year = years[-1] if years else self.rng.randint(2008, 2024)
        record: dict[str, Any] = {"type": "legislation", "title": title, "container-title": "Official Journal of the European Union"
                                  if name.startswith("European") else None, "URL": "https://eur-lex.europa.eu/eli/reg/" + str(year),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if record["container-title"] is None:
            del record["container-title"]
            record["URL"] = {
                "Ministry of Food and Drug Safety": "https://elaw.klri.re.kr/eng_service/lawView.do?hseq=",
                "UK Parliament": "https://www.legislation.gov.uk/ukpga/",
                "Assemblée nationale": "https://www.legifrance.gouv.fr/jorf/id/",
            }[name] + str(self.rng.randint(1000, 99999))
        self._issued(record, year)
        return self._org_work(record, "legislation", name, {"legislation", "government"})

    def _brand_web(self) -> Work:
        name, tags = self.rng.choice(
            [
                *_GROUPS_REPORTING,
                ("Sulwhasoo", {"company"}),
                ("Olive Young", {"company"}),
                ("Tmall Global", {"company"}),
                ("Xiaohongshu", {"company"}),
            ]
        )
        year = self.rng.randint(2016, 2025) if self.rng.random() < 0.65 else None
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Our history", "Our commitments", "Press release: results for the first half",
                                                        "Savoir-faire", "Sustainability", "Brand story", "Careers in retail",
                                                        f"{self.rng.choice(_TOPICS).capitalize()} at a glance"]),
            "URL": f"https://www.{_slug(name)}.com/{self.rng.randint(10, 999)}",
        }  # fmt: skip
        if self.rng.random() < 0.8:  # some copied without the access date
            record["accessed"] = self.accessed_after(year)
        self._issued(record, year)
        return self._org_work(record, "web", name, tags)

    def _video(self) -> Work:
        channel, _platform = self.rng.choice(_CHANNELS)
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self.rng.choice([f"Inside the {self.rng.choice(['Paris', 'Seoul', 'Tokyo', 'Milan'])} atelier",
                                                                "73 questions with a creative director", "How K-beauty took over the world",
                                                                "The 10-step skincare routine explained", "Why luxury brands burn their stock",
                                                                "Backstage at the show", self._title()]),
            "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}", "accessed": self.accessed_after(year),
        }  # fmt: skip
        self._issued(record, year, month=True)
        return self._org_work(record, "video", channel, {"company"})

    def _social(self) -> Work:
        channel, platform = self.rng.choice(_CHANNELS)
        year = self.rng.randint(2019, 2025)
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Campaign reveal", "Behind the scenes of the new collection", "New launch",
                                                      "Meet our new ambassador", "The finale", "Restock alert"]),
            "container-title": platform, "URL": f"https://www.{platform.lower()}.com/{'p' if platform == 'Instagram' else '@' + _slug(channel)}/{self.rng.randint(10**6, 10**7)}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        self._issued(record, year, month=True)
        return self._org_work(record, "social", channel, {"company"})
