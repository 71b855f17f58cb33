"""The blind361 pool's works: what marketers at dating apps, matchmaking agencies, singles-event organisers and
friendship apps in the UK, Ireland, Brazil, India, Japan and South Africa cite in CIM Level 6 and 7 reports and MBA
assignments: marketing, digital-marketing and consumer-behaviour textbooks and their chapters, journal articles on
online dating, trust and safety, subscriptions, freemium pricing and social media, trade bodies and online-safety
charities, regulators' and governments' guidance and statistics, platforms' annual reports and press pages,
market-research and app-data firms' reports, trade press, signed and unsigned news, and undated web pages.

Written without reading the checker, its tests or any other pool. Names are written as these countries' scholars
and journals print them: Irish "Ó Súilleabháin" and "Mac Giolla", Brazilian "da Silva" and "dos Santos" with the
particle apart, Afrikaans "van der Merwe" and "du Plessis", Indian and Japanese names romanised (family name first
in the record, as English-language journals file them).
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "pt_BR", "pt_BR", "en_IN", "en_IN", "zu_ZA", "en_US"]  # fmt: skip
_ROMANISED = [
    ("Tanaka", "Yui"), ("Sato", "Haruka"), ("Suzuki", "Kenta"), ("Takahashi", "Ren"), ("Watanabe", "Aoi"),
    ("Itō", "Sakura"), ("Yamamoto", "Daiki"), ("Nakamura", "Misaki"), ("Kobayashi", "Sho"), ("Ōta", "Rina"),
    ("Saitō", "Takumi"), ("Matsumoto", "Hina"), ("Sharma", "Ananya"), ("Iyer", "Karthik"), ("Banerjee", "Ishita"),
    ("Chakraborty", "Sourav"), ("Reddy", "Lakshmi"), ("Nair", "Meera"), ("Gupta", "Rohit"), ("Mukherjee", "Tanvi"),
    ("Deshpande", "Aditya"), ("Khan", "Zoya"), ("Venkatesh", "Srinivas"), ("Kapoor", "Nikhil"), ("Menon", "Divya"),
    ("Nkosi", "Thandiwe"), ("Dlamini", "Sipho"), ("Mthembu", "Lerato"), ("Naidoo", "Kavitha"), ("Botha", "Annelie"),
    ("Pretorius", "Johan"), ("Mokoena", "Palesa"), ("Ndlovu", "Bongani"), ("Govender", "Priya"), ("Moodley", "Reshma"),
    ("Ó Súilleabháin", "Siobhán"), ("Ní Bhriain", "Aoife"), ("Mac Giolla", "Cathal"), ("Ó Briain", "Darragh"),
    ("O'Sullivan", "Niamh"), ("McGrath", "Orla"), ("Ní Chonaill", "Gráinne"), ("Ó Ceallaigh", "Eoin"),
    ("Gonçalves", "Thaís"), ("Araújo", "Letícia"), ("Conceição", "Márcio"), ("Brandão", "Júlia"), ("Magalhães", "Otávio"),
]  # fmt: skip
_PARTICLE_NAMES = [
    ("da", "Silva", "Fernanda"), ("dos", "Santos", "Rafael"), ("de", "Oliveira", "Camila"), ("da", "Costa", "Bruno"),
    ("de", "Souza", "Beatriz"), ("van der", "Merwe", "Marelize"), ("du", "Plessis", "Francois"), ("le", "Roux", "Elmarie"),
    ("van", "Wyk", "Pieter"), ("de", "Klerk", "Riaan"), ("de", "Sá", "Luiza"), ("van", "Zyl", "Chantelle"),
]  # fmt: skip
_BOOKS = [
    ("Marketing management", "Pearson", "Harlow"), ("Principles of marketing", "Pearson", "Harlow"),
    ("Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    ("Consumer behaviour: buying, having and being", "Pearson", "Harlow"),
    ("Consumer behaviour", "Routledge", "Abingdon"), ("Marketing: an introduction", "Pearson", "Harlow"),
    ("Social media marketing: a strategic approach", "Sage", "London"),
    ("Strategic brand management", "Pearson", "Harlow"), ("Services marketing", "Wiley", "Hoboken, NJ"),
    ("Understanding digital marketing", "Kogan Page", "London"), ("Marketing communications", "Kogan Page", "London"),
    ("Subscription marketing", "Kogan Page", "London"), ("The platform economy", "Oxford University Press", "Oxford"),
    ("Love online: emotions on the internet", "Polity Press", "Cambridge"),
    ("Modern romance", "Penguin Press", "New York"), ("Dataclysm: love, sex, race and identity", "Fourth Estate", "London"),
    ("Consumer behaviour in India", "Sage", "New Delhi"), ("Marketing in South Africa", "Van Schaik", "Pretoria"),
    ("Marketing management: a South Asian perspective", "Pearson", "Noida"),
    ("Comportamento do consumidor", "Atlas", "São Paulo"), ("Freemium economics", "Morgan Kaufmann", "Waltham, MA"),
]  # fmt: skip
_HANDBOOKS = ["The Routledge companion to digital consumer behaviour", "The Oxford handbook of internet studies",
              "The Sage handbook of social media", "Digital intimacies: a reader",
              "Mobile media and dating apps", "Handbook of research on subscription business models",
              "The Routledge handbook of trust and safety"]  # fmt: skip
_JOURNALS = ["Journal of Marketing", "Journal of Consumer Research", "Journal of Interactive Marketing",
             "Psychology & Marketing", "Journal of Business Research", "Journal of Marketing Management",
             "New Media & Society", "Computers in Human Behavior", "Information, Communication & Society",
             "Cyberpsychology, Behavior, and Social Networking", "Journal of Social and Personal Relationships",
             "Mobile Media & Communication", "Journal of Retailing and Consumer Services", "Internet Research",
             "International Journal of Consumer Studies", "Journal of Service Research", "Marketing Science",
             "Social Media + Society", "South African Journal of Business Management", "IIMB Management Review",
             "Revista de Administração de Empresas", "Irish Journal of Management", "Japan Marketing Journal",
             "Journal of Revenue and Pricing Management"]  # fmt: skip
_TOPICS = ["swipe fatigue", "dating app subscriptions", "freemium upgrades", "trust and safety features",
           "photo verification", "romance scams", "ghosting", "profile self-presentation", "matchmaking algorithms",
           "paid boosts", "friendship apps", "singles events", "catfishing", "in-app purchases", "churn",
           "premium tiers", "online harassment", "LGBTQ+ dating apps", "matrimonial sites", "video dating",
           "safety reporting tools", "dating app fatigue", "loneliness", "social discovery", "Gen Z daters",
           "in-person singles events", "AI matchmaking", "subscription pricing", "age assurance", "consent and data"]  # fmt: skip
_TITLE_FORMS = ["{t}: evidence from {c}", "Why users pay for {t}", "{T} and willingness to pay",
                "Swiping right on {t}", "{T} on mobile dating platforms", "The role of {t} in user retention",
                "Understanding {t} among young adults in {c}", "{T} and trust in online dating",
                "From {t} to {t2}: a consumer perspective", "Rethinking {t}", "{T}: a systematic literature review",
                "Does {t} reduce {t2}?", "{T} in the platform economy", "Love, money and {t}"]  # fmt: skip
_COUNTRIES = ["the UK", "Ireland", "Brazil", "India", "Japan", "South Africa", "Great Britain", "urban India",
              "São Paulo", "Tokyo", "Gauteng", "Dublin"]  # fmt: skip
# Who these candidates cite when no person is named: platforms, matchmakers, trade bodies, charities, regulators.
_ORGANISATIONS = [
    ("Match Group, Inc.", {"company", "comma"}), ("Bumble Inc.", {"company"}), ("Tinder", {"company"}),
    ("Hinge", {"company"}), ("Grindr Inc.", {"company"}), ("Badoo", {"company"}), ("Feeld", {"company"}),
    ("Shaadi.com", {"company", "punctuation"}), ("Aisle", {"company"}), ("TrulyMadly", {"company"}),
    ("Pairs", {"company"}), ("Tapple", {"company"}), ("Meetup", {"company"}), ("Eventbrite", {"company"}),
    ("Timeleft", {"company"}), ("Peanut", {"company"}), ("Inner Circle", {"company"}),
    ("Eureka, Inc.", {"company", "comma"}), ("Info Edge (India) Ltd", {"company", "abbreviation"}),
    ("Online Dating & Discovery Association (ODDA)", {"trade-body", "ampersand", "abbreviation"}),
    ("Online Dating and Discovery Association", {"trade-body"}), ("Internet Matters", {"charity"}),
    ("Refuge", {"charity"}), ("Women's Aid", {"charity", "apostrophe"}), ("NSPCC", {"charity", "acronym"}),
    ("Galop", {"charity"}), ("Samaritans", {"charity"}), ("Campaign to End Loneliness", {"charity"}),
    ("Age UK", {"charity"}), ("UK Finance", {"trade-body"}), ("Action Fraud", {"government"}),
    ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}),
    ("Institute of Practitioners in Advertising (IPA)", {"trade-body", "abbreviation"}),
    ("Data & Marketing Association (DMA)", {"trade-body", "ampersand", "abbreviation"}),
    ("Advertising Standards Authority", {"regulator"}), ("ASA", {"regulator", "acronym"}),
    ("Committee of Advertising Practice (CAP)", {"regulator", "abbreviation"}),
    ("Ofcom", {"regulator"}), ("Information Commissioner's Office", {"regulator", "apostrophe"}),
    ("Information Commissioner's Office (ICO)", {"regulator", "apostrophe", "abbreviation"}),
    ("Competition and Markets Authority (CMA)", {"regulator", "abbreviation"}),
    ("Coimisiún na Meán", {"regulator"}), ("Data Protection Commission", {"regulator"}),
    ("Advertising Standards Authority for Ireland (ASAI)", {"regulator", "abbreviation"}),
    ("Autoridade Nacional de Proteção de Dados (ANPD)", {"regulator", "abbreviation"}),
    ("CONAR", {"regulator", "acronym"}), ("Advertising Standards Council of India (ASCI)", {"regulator", "abbreviation"}),
    ("Information Regulator South Africa", {"regulator"}), ("Advertising Regulatory Board (ARB)", {"regulator", "abbreviation"}),
    ("Consumer Affairs Agency", {"regulator"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("Department for Science, Innovation & Technology", {"government", "comma", "ampersand"}),
    ("Department for Culture, Media and Sport", {"government", "comma"}), ("Home Office", {"government"}),
    ("UK Government", {"government"}), ("Central Statistics Office (CSO)", {"government", "abbreviation"}),
    ("Department of Justice and Equality", {"government"}), ("IBGE", {"government", "acronym"}),
    ("Instituto Brasileiro de Geografia e Estatística", {"government"}),
    ("Ministry of Electronics & Information Technology (MeitY)", {"government", "ampersand", "abbreviation"}),
    ("Ministry of Statistics and Programme Implementation", {"government"}), ("Statistics South Africa", {"government"}),
    ("Stats SA", {"government", "acronym"}), ("Cabinet Office, Government of Japan", {"government", "comma"}),
    ("Ministry of Internal Affairs and Communications", {"government"}), ("Children and Families Agency", {"government"}),
    ("Ofcom", {"government"}), ("Information Commissioner's Office", {"government", "apostrophe"}),
]  # fmt: skip
_RESEARCH = ["Mintel", "YouGov", "Ipsos", "Kantar", "GWI", "Statista", "data.ai", "Sensor Tower", "Appfigures",
             "Euromonitor International", "Nielsen", "Business of Apps", "Pew Research Center", "Morning Consult",
             "Kantar BrandZ", "Ipsos MORI", "Red C Research", "Ipsos B&A", "Opinion Box", "Nomura Research Institute"]  # fmt: skip
_PRESS = ["Marketing Week", "Campaign", "The Drum", "TechCrunch", "The Verge", "Wired", "The Guardian", "Financial Times",
          "The Irish Times", "Irish Independent", "Folha de S.Paulo", "Exame", "The Economic Times", "Mint",
          "afaqs!", "Nikkei Asia", "The Japan Times", "Mail & Guardian", "BusinessLIVE", "TechCentral",
          "BBC News", "The Times", "Business Insider", "Bloomberg", "Fortune India", "Moneycontrol"]  # fmt: skip
_MARKETS = ["dating apps", "online dating", "matchmaking services", "friendship apps", "singles events",
            "social discovery apps", "matrimonial services", "LGBTQ+ dating apps"]  # fmt: skip


class Blind361WorkFactory(WorkFactory):
    """Works for dating, matchmaking and social-discovery marketers in six countries; a subclass, so no other pool's
    factory changes."""

    KINDS = ("book", "chapter", "journal", "web", "report", "annual-report", "press-page", "news", "trade-press",
             "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 361)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 361 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, organisations and dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_ROMANISED)
            return {"family": family, "given": given}
        if roll < 0.4:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name().replace("-", "")
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics still on reading lists
            return self.rng.randint(1975, 2005)
        return self.rng.randint(2012, 2025)

    def accessed_after(self, issued: int | list[int] | None) -> dict[str, list[list[int]]]:
        """An access date on or after the work's date, as far as the work's date goes."""
        parts = [issued] if isinstance(issued, int) else list(issued or [])
        first = max(2022, parts[0] if parts else 2022)
        year = self.rng.randint(first, max(first, 2025))
        same_year = bool(parts) and year == parts[0]
        month = self.rng.randint(parts[1] if same_year and len(parts) > 1 else 1, 12)
        low_day = parts[2] if len(parts) > 2 and year == parts[0] and month == parts[1] else 1
        return {"date-parts": [[year, month, self.rng.randint(low_day, 28)]]}

    def _url(self) -> str:
        fake = self.fakers["en_GB"]
        return fake.url() + fake.uri_path()

    def _topic_title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        form = self.rng.choice(_TITLE_FORMS)
        title = form.format(t=topic, t2=other, T=topic[0].upper() + topic[1:], c=self.rng.choice(_COUNTRIES))
        return title[0].upper() + title[1:]

    def _people_of(self, most: int) -> list[dict[str, str]]:
        weights = [34, 26, 16, 9, 6, 4, 3, 2][:most]
        return [self.person() for _ in range(self.rng.choices(range(1, most + 1), weights=weights)[0])]

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one organisation's second work of a year ("Ofcom, 2024a" and "2024b").
        if self.dated and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "organisation-web", "organisation-report", "government", "report",
             "annual-report", "press-page", "news", "trade-press", "web-person", "undated-web"],
            weights=[11, 5, 22, 9, 7, 9, 9, 5, 5, 6, 5, 3, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        title, publisher, place = self.rng.choice(_BOOKS)
        if self.rng.random() < 0.35:
            title = self._topic_title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people_of(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.4:
            record["edition"] = str(self.rng.randint(2, 18))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._topic_title(), "author": self._people_of(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(_HANDBOOKS), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Sage", "Oxford University Press", "Palgrave Macmillan", "Edward Elgar"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Oxford", "Cham", "Cheltenham"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._topic_title(), "author": self._people_of(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(3, 98)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 1200))}-{start + self.rng.randint(9, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        year = self.year() if self.rng.random() < 0.8 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._topic_title(), "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "web", name, tags | ({"undated"} if not year else set()))

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = self.rng.choice([f"Online dating safety report {year}", f"Impact report {year}",
                                 f"Tackling romance fraud: {self.rng.choice(['guidance', 'a toolkit', 'recommendations'])}",
                                 self._topic_title(), "Safer dating guidelines", f"The state of {self.rng.choice(_MARKETS)}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Dublin", "Johannesburg", "Mumbai", "São Paulo", "Tokyo"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "report", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        title = self.rng.choice([f"Online Nation {year} report", "Online safety: guidance for dating services",
                                 f"Population estimates by marital status and living arrangements, {year}",
                                 "Guidance on age assurance", "Direct marketing and privacy: guidance",
                                 f"Census {self.rng.choice(['2011', '2016', '2021', '2022'])}: households and families",
                                 "Romance fraud: advice for the public", self._topic_title(),
                                 "Loneliness statistics", f"Marriages and divorces, {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _report(self) -> Work:
        """A market-research or app-data firm's report, now and then signed by its analyst."""
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        title = self.rng.choice([f"{market[0].upper()}{market[1:]} - {country} - {year or 2024}",
                                 f"State of mobile {year or 2024}", f"{market[0].upper()}{market[1:]} in {country}: market report",
                                 f"Revenue of {market} in {country} from 2018 to {year or 2024}",
                                 f"{market[0].upper()}{market[1:]} usage by age group in {country}",
                                 f"Dating and relationships survey {year or 2023}",
                                 f"Top grossing {market} worldwide, Q{self.rng.randint(1, 4)} {year or 2024}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if year and self.rng.random() < 0.3:
            record["author"] = self._people_of(2)
            return self._person_work(record, "report")
        return self._org(record, "report", name, {"market-research"} | ({"undated"} if not year else set()))

    def _annual_report(self) -> Work:
        name = self.rng.choice(["Match Group, Inc.", "Bumble Inc.", "Grindr Inc.", "Info Edge (India) Ltd",
                                "Eureka, Inc.", "Spark Networks SE", "MeetMe"])  # fmt: skip
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report {year}", f"Q{self.rng.randint(1, 4)} {year} shareholder letter"]
                                                           + ([f"Form 10-K for the fiscal year {year}"] if name in ("Match Group, Inc.", "Bumble Inc.", "Grindr Inc.") else [f"Integrated annual report {year}-{str(year + 1)[2:]}"])),
                                  "issued": {"date-parts": [[min(year + 1, 2025)]]}, "publisher": name.split(" (")[0],
                                  "URL": self._url()}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org(record, "annual-report", name, {"company"})

    def _press_page(self) -> Work:
        name = self.rng.choice(["Tinder", "Hinge", "Bumble", "Bumble Inc.", "Grindr Inc.", "Match Group, Inc.",
                                "Badoo", "Shaadi.com", "Aisle", "Pairs", "Timeleft", "Feeld", "Meetup"])  # fmt: skip
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice([f"{name} launches {self.rng.choice(['photo verification', 'Share My Date', 'a new safety centre', 'video chat', 'Incognito Mode', 'Double Date'])}",
                                                          f"Year in Swipe {year}", "Introducing our new premium tier", "Our commitment to safety",
                                                          f"{name}'s {year} dating trends report", self._topic_title()]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org(record, "press-page", name, {"company", "press-page"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._topic_title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people_of(2)
            return self._person_work(record, "news")
        return self._org(record, "news", record["container-title"], {"press", "unsigned"})

    def _trade_press(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-magazine", "title": self._topic_title(),
            "container-title": self.rng.choice(["Marketing Week", "Campaign", "The Drum", "PRWeek", "afaqs!", "Bizcommunity", "Meio & Mensagem", "Campaign Asia-Pacific", "Global Dating Insights"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "author": self._people_of(2),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "trade-press")

    def _web_person(self) -> Work:
        year = self.year() if self.rng.random() < 0.75 else None
        record: dict[str, Any] = {"type": "post-weblog", "title": self._topic_title(), "author": self._people_of(2),
                                  "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Dating safety tips", "How our matching works", "Pricing and plans", "Community guidelines", "About us", "Frequently asked questions", "Staying safe when meeting in person", self._topic_title()]),
                                  "URL": self._url(), "accessed": self.accessed_after(None)}  # fmt: skip
        return self._org_work(record, "undated-web", name, tags | {"undated"})
