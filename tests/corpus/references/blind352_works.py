"""The blind352 pool's works: what marketers at craft and hobby retailers, yarn makers, haberdashers, art-supply
brands, kit subscriptions and maker marketplaces in the UK, Ireland, Germany, Denmark, Peru and Australia cite in CIM
Level 6 and 7 reports and MBA assignments. Written without reading the checker, its tests or any other pool."""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = (
    "book",
    "chapter",
    "journal",
    "government",
    "company",
    "trade-body",
    "press",
    "market-research",
    "classic",
    "undated-web",
)

_PEOPLE = [  # (particle, family, given) as their scholars and journals print them
    ("", "Schröder", "Katharina"), ("von", "Hagen", "Friederike"), ("zu", "Löwenstein", "Maximilian"), ("", "Müller", "Jörg"),
    ("", "Weiß", "Annegret"), ("", "Groß", "Ulrike"), ("", "Hoffmann", "Lukas"), ("von der", "Heydt", "Clara"),
    ("", "Sørensen", "Mette"), ("", "Jørgensen", "Søren"), ("", "Kjær", "Anders"), ("", "Ærø", "Line"),
    ("", "Thygesen", "Ida"), ("", "Bøgh", "Rasmus"), ("", "Løkke", "Freja"), ("", "Dahlgaard", "Åse"),
    ("", "Quispe Mamani", "Rosa"), ("", "García Huamán", "Luis"), ("", "Mamani Condori", "Yupanqui"),
    ("", "Huamán Poma", "Killa"), ("", "Rodríguez Ccori", "Ana María"), ("", "Vargas Llosa", "Mariela"),
    ("", "Paucar Inca", "Wayra"), ("", "Pérez Túpac", "Jorge"),
    ("", "O'Sullivan", "Aoife"), ("", "MacNamara", "Ciarán"), ("", "O'Brien", "Siobhán"), ("", "Mac Giolla Phádraig", "Niamh"),
    ("", "Ní Bhriain", "Orla"), ("", "McCarthy", "Declan"),
    ("", "Nguyen", "Thi Mai"), ("", "Kowalczyk", "Sarah"), ("", "Fitzgerald-Wong", "Emma"), ("", "Papadopoulos", "Chris"),
    ("", "Turney", "Joanne"), ("", "Hackney", "Fiona"), ("", "Shercliff", "Emma"), ("", "Twigger Holroyd", "Amy"),
    ("", "Hemmings", "Jessica"), ("", "Corkhill", "Betsan"), ("", "Riley", "Jill"), ("", "Pöllänen", "Sinikka"),
    ("", "Gauntlett", "David"), ("", "Minahan", "Stella"), ("", "Cox", "Julie Wolfram"), ("", "Campbell", "Colin"),
]  # fmt: skip

_GOVERNMENT = [
    ("Department for Culture, Media and Sport (DCMS)", "DCMS Sectors Economic Estimates {Y}: gross value added", "London"),
    ("Department for Culture, Media and Sport", "Taking Part Survey: crafts participation {Y}", "London"),
    ("Office for National Statistics (ONS)", "Family spending in the UK: April {Y} to March {Y2}", "Newport"),
    ("Office for National Statistics", "Coronavirus and the social impacts on Great Britain: leisure activities", "Newport"),
    ("Competition and Markets Authority (CMA)", "Online platforms and digital advertising market study", "London"),
    ("Competition and Markets Authority", "Green claims code: guidance for businesses", "London"),
    ("Crafts Council", "The market for craft", "London"), ("Crafts Council", "Making it count: craft education and skills", "London"),
    ("Arts Council of Ireland", "Arts participation in Ireland {Y}", "Dublin"),
    ("Destatis", "Einzelhandel mit Handarbeitsbedarf: Umsatz {Y}", "Wiesbaden"),
    ("Statistics Denmark", "Culture and leisure: household consumption {Y}", "Copenhagen"),
    ("Instituto Nacional de Estadística e Informática (INEI)", "Perú: exportaciones de fibra de alpaca {Y}", "Lima"),
    ("PROMPERÚ", "Perfil del turista extranjero {Y}", "Lima"), ("PROMPERÚ", "Alpaca del Perú: brand manual", "Lima"),
    ("Australian Bureau of Statistics (ABS)", "Participation in selected cultural activities, {Y}", "Canberra"),
    ("Creative Australia", "Creating our future: results of the National Arts Participation Survey", "Sydney"),
    ("European Commission", "Cultural and creative industries in the EU: {Y} report", "Brussels"),
    ("UNESCO", "Intangible cultural heritage: traditional textile techniques", "Paris"),
]  # fmt: skip

_COMPANIES = [
    ("Hobbycraft Trading Ltd", "Annual report and financial statements {Y}", "https://www.hobbycraft.co.uk/about-us"),
    ("LoveCrafts Group Ltd", "Our story", "https://www.lovecrafts.com/en-gb/about"),
    ("Etsy, Inc.", "Annual report {Y}", "https://investors.etsy.com/financials"),
    ("Faber-Castell AG", "Sustainability report {Y}", "https://www.faber-castell.com/corporate/sustainability"),
    ("Staedtler Mars GmbH & Co. KG", "Company history", "https://www.staedtler.com/uk/en/discover/history"),
    ("Colart International Holdings Ltd", "Strategic report {Y}", "https://www.colart.com/about"),
    ("Hobbii A/S", "Om Hobbii", "https://hobbii.dk/om-hobbii"),
    ("Søstrene Grene A/S", "Annual report {Y}", "https://sostrenegrene.com/about"),
    ("Michell & Cía S.A.", "Memoria anual {Y}", "https://www.michell.com.pe/memoria"),
    ("Spotlight Retail Group Pty Ltd", "Our brands", "https://www.spotlightstores.com/about-us"),
    ("Bernina International AG", "Geschäftsbericht {Y}", "https://www.bernina.com/en-UK/About-BERNINA"),
    ("Incalpaca TPX S.A.C.", "Sustainability at Incalpaca", "https://www.incalpaca.com/sustainability"),
    ("Wool and the Gang Ltd", "Impact report {Y}", "https://www.woolandthegang.com/impact"),
    ("Folksy Ltd", "Seller handbook", "https://folksy.com/help/sellers"),
]  # fmt: skip

_TRADE = [
    ("Craft Hobby + Stitch International (CHSI)", "Crafting in the UK: market size {Y}"),
    ("Craft Retail Association", "State of independent craft retail {Y}"),
    ("Knitting & Crochet Guild", "Guild membership survey {Y}"),
    ("Embroiderers' Guild", "Stitching for wellbeing"),
    ("British Hand Knitting Confederation", "Knitting in Britain: facts and figures"),
    ("Initiative Handarbeit", "Handarbeitsmarkt Deutschland {Y}"),
    ("Alpaca Owners Association", "Alpaca fiber: a buyer's guide"),
    ("Knit for Peace", "The health benefits of knitting"),
]  # fmt: skip

_PRESS = ["The Guardian", "The Times", "BBC News", "The Irish Times", "Die Zeit", "Politiken", "El Comercio",
          "The Sydney Morning Herald", "Craft Business", "Let's Knit"]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "Kantar", "YouGov", "GlobalData", "Euromonitor International", "IBISWorld"]
_JOURNALS = ["Journal of Consumer Research", "Consumption Markets & Culture", "Journal of Business Research",
             "Textile: Cloth and Culture", "Craft Research", "Journal of Retailing", "Arts and Health",
             "Journal of Marketing Management"]  # fmt: skip
_TOPICS = ["the pandemic crafting boom", "YouTube knitting tutorials", "craft-kit subscriptions", "maker marketplaces",
           "sustainable yarns", "crafting and wellbeing", "online craft communities", "haberdashery retail",
           "alpaca fibre supply chains", "art-supply brands", "hobbyist identity", "Instagram makers", "slow fashion"]  # fmt: skip
_CLASSICS = [  # (authors, year, title, publisher, place, edition)
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], 2016, "Marketing management", "Pearson", "Harlow", "15"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], 2019, "Digital marketing", "Pearson", "Harlow", "7"),
    ([("Sennett", "Richard")], 2008, "The craftsman", "Allen Lane", "London", ""),
    ([("Csikszentmihalyi", "Mihaly")], 1990, "Flow: the psychology of optimal experience", "Harper & Row", "New York", ""),
    ([("Jenkins", "Henry")], 2006, "Convergence culture", "New York University Press", "New York", ""),
    ([("Vargo", "Stephen L."), ("Lusch", "Robert F.")], 2004, "Evolving to a new dominant logic for marketing", "", "", ""),
]  # fmt: skip


class Blind352WorkFactory(WorkFactory):
    """Crafts and hobbies: scholars of craft, consumption and marketing, public bodies, firms, trade bodies, press
    and research houses of the UK, Ireland, Germany, Denmark, Peru and Australia."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 35200)

    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.7:
            particle, family, given = self.rng.choice(_PEOPLE)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        return super().person()

    def year(self) -> int:
        return self.rng.randint(2012, 2024)

    def accessed(self) -> dict[str, list[list[int]]]:  # the reports were written in 2025
        return {"date-parts": [[2025, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from {self.rng.choice(['the UK', 'Ireland', 'Germany', 'Denmark', 'Peru', 'Australia'])}",
                 f"Making and belonging: {topic}", f"Why {topic} matter to consumers", f"Rethinking {topic}",
                 f"From hobby to habit: {topic} after {self.rng.choice(['lockdown', 'the pandemic', '2020'])}"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(KINDS), weights=[12, 6, 24, 10, 12, 7, 9, 9, 5, 6])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _journal(self) -> Work:
        work = super()._journal()
        work.record["container-title"] = self.rng.choice(_JOURNALS)
        return work

    def _fill(self, title: str) -> tuple[str, int]:
        year = self.year()
        return title.replace("{Y}", str(year - 1)).replace("{Y2}", str(year)), year

    def _government(self) -> Work:
        name, title, place = self.rng.choice(_GOVERNMENT)
        title, year = self._fill(title)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.example.gov/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self.accessed()
        return self._org_work(record, "government", name, {"government"} | ({"abbreviation"} if "(" in name else set()))

    def _company(self) -> Work:
        name, title, url = self.rng.choice(_COMPANIES)
        dated = "{Y}" not in title or self.rng.random() < 0.8
        title, year = self._fill(title if dated else title.replace(" {Y}", ""))
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": url, "accessed": self.accessed()}
        if dated:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "company", name, {"company"} | ({"ampersand"} if "&" in name else set()))

    def _trade_body(self) -> Work:
        name, title = self.rng.choice(_TRADE)
        title, year = self._fill(title)
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(),
                                  "accessed": self.accessed()}  # fmt: skip
        if "{Y}" in dict(_TRADE)[name] or self.rng.random() < 0.6:
            record["issued"] = {"date-parts": [[year]]}
        tags = (
            {"ampersand"}
            if "&" in name
            else {"apostrophe"}
            if "'" in name
            else {"abbreviation"}
            if "(" in name
            else set()
        )
        return self._org_work(record, "trade-body", name, tags)

    def _press(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": fake.url() + fake.uri_path(), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "press")
        return self._org_work(record, "press", record["container-title"], {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        market = self.rng.choice(["Arts and crafts", "Hobby and craft retail", "Yarn and haberdashery", "Art supplies"])
        country = self.rng.choice(["UK", "Ireland", "Germany", "Denmark", "Peru", "Australia"])
        record: dict[str, Any] = {"type": "report", "title": f"{market} - {country} - {year}", "publisher": name,
                                  "issued": {"date-parts": [[year]]}, "URL": f"https://www.{name.split()[0].lower()}.com/reports",
                                  "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "market-research", name, {"market-research"})

    def _classic(self) -> Work:
        authors, year, title, publisher, place, edition = self.rng.choice(_CLASSICS)
        record: dict[str, Any] = {"type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if publisher:
            record.update({"publisher": publisher, "publisher-place": place})
        else:
            record.update({"type": "article-journal", "container-title": "Journal of Marketing", "volume": "68",
                           "issue": "1", "page": "1-17"})  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "classic")

    def _undated_web(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": fake.url() + fake.uri_path(),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "undated-web")
        name, _title, url = self.rng.choice(_COMPANIES)
        record["URL"] = url
        return self._org_work(record, "undated-web", name, {"company", "undated"})
