"""Works for the blind139 pool (HELD OUT): what marketers in Czechia, Slovakia and their diaspora cite.

Czech and Slovak names with and without their háčeks and čárky, feminine -ová surnames (and the foreign women who
keep or drop them), double surnames, Hungarian names from southern Slovakia, Roma and Vietnamese-Czech names,
expatriates writing about the region; Czech and Slovak titles with English in square brackets; firms with a.s.,
s.r.o., spol. s r.o. and k.s.; the ČNB, ČTÚ, ÚOOÚ, ČSÚ, NBS and the Slovak statistical office; laws numbered
"č. 110/2019 Sb." and "č. 18/2018 Z. z."; theses from VŠE, Charles, Masaryk, Tomas Bata and EUBA.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import unicodedata
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_MALE = ["Jan", "Petr", "Tomáš", "Martin", "Jakub", "Lukáš", "Ondřej", "Jiří", "Pavel", "Vojtěch", "Matěj", "Marek",
         "Michal", "Radek", "Zdeněk", "Miroslav", "Ľubomír", "Juraj", "Peter", "Ján", "Štefan", "Dušan", "Branislav",
         "Matúš", "Jaroslav", "Vladimír", "Filip", "Adam", "Aleš", "Přemysl"]  # fmt: skip
_FEMALE = ["Jana", "Petra", "Tereza", "Lucie", "Eva", "Kateřina", "Markéta", "Zuzana", "Veronika", "Barbora",
           "Klára", "Michaela", "Lenka", "Hana", "Simona", "Mária", "Katarína", "Ľubica", "Jarmila", "Andrea",
           "Dagmar", "Šárka", "Radka", "Alžběta", "Božena", "Monika", "Ivana", "Silvia", "Denisa", "Nikola"]  # fmt: skip
# masculine surname, feminine form
_SURNAMES = [("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Novotný", "Novotná"), ("Dvořák", "Dvořáková"),
             ("Černý", "Černá"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"),
             ("Horák", "Horáková"), ("Němec", "Němcová"), ("Pokorný", "Pokorná"), ("Marek", "Marková"),
             ("Pospíšil", "Pospíšilová"), ("Hájek", "Hájková"), ("Jelínek", "Jelínková"), ("Král", "Králová"),
             ("Růžička", "Růžičková"), ("Beneš", "Benešová"), ("Fiala", "Fialová"), ("Sedláček", "Sedláčková"),
             ("Zeman", "Zemanová"), ("Kolář", "Kolářová"), ("Navrátil", "Navrátilová"), ("Čermák", "Čermáková"),
             ("Kováč", "Kováčová"), ("Varga", "Vargová"), ("Tóth", "Tóthová"), ("Nagy", "Nagyová"),
             ("Baláž", "Balážová"), ("Szabó", "Szabóová"), ("Molnár", "Molnárová"), ("Lukáč", "Lukáčová"),
             ("Šimko", "Šimková"), ("Hudák", "Hudáková"), ("Krajčí", "Krajčí"), ("Oravec", "Oravcová"),
             ("Ďurica", "Ďuricová"), ("Kráľ", "Kráľová"), ("Mikuláš", "Mikulášová"), ("Čech", "Čechová"),
             ("Šťastný", "Šťastná"), ("Křížek", "Křížková"), ("Řezníček", "Řezníčková"), ("Žák", "Žáková")]  # fmt: skip
# Hungarian names of southern Slovakia as they appear on Slovak papers, Roma and Vietnamese-Czech names, expatriates.
_HUNGARIAN = [("Horváth", "Zoltán"), ("Kovács", "Gábor"), ("Fekete", "Erzsébet"), ("Szőcs", "Ildikó"),
              ("Bódis", "Attila"), ("Lelkes", "Tünde"), ("Csáky", "Levente"), ("Pálinkás", "Ágnes")]  # fmt: skip
_ROMA = [("Lakatoš", "Roman"), ("Giňa", "Ondřej"), ("Dužda", "Renata"), ("Sivák", "Erika"), ("Demeter", "Karel"),
         ("Gabčo", "Martina")]  # fmt: skip
_VIETNAMESE = [("Nguyen", "Thi Huong"), ("Nguyễn", "Văn Minh"), ("Tran", "Thu Trang"), ("Pham", "Quang Huy"),
               ("Le", "Thi Ngoc"), ("Vu", "Duc Anh"), ("Hoang", "Lan Anh")]  # fmt: skip
_EXPATS = [("O'Connor", "Siobhan"), ("Fischer", "Katharina"), ("Gruber", "Lukas"), ("Thompson", "Rachel"),
           ("MacDonald", "Iain"), ("Whitfield", "James"), ("Kowalski", "Adam"), ("Müller-Schmidt", "Anna"),
           ("Bradley", "Sean"), ("Chen", "Wei"), ("Patel", "Anjali"), ("Brennan", "Aoife"), ("Schwarzenberg", "Karl"),
           ("Lindqvist", "Maja"), ("Hoffmann", "Jürgen")]  # fmt: skip
_UNIS = [("Vysoká škola ekonomická v Praze", "Prague University of Economics and Business", "Prague"),
         ("Univerzita Karlova", "Charles University", "Prague"), ("Masarykova univerzita", "Masaryk University", "Brno"),
         ("Univerzita Tomáše Bati ve Zlíně", "Tomas Bata University in Zlín", "Zlín"),
         ("Ekonomická univerzita v Bratislave", "University of Economics in Bratislava", "Bratislava"),
         ("Vysoké učení technické v Brně", "Brno University of Technology", "Brno")]  # fmt: skip
_ORGS = [("Česká spořitelna, a.s.", {"company", "comma"}), ("ČSOB", {"company", "acronym"}),
         ("Komerční banka", {"company"}), ("Tatra banka, a.s.", {"company", "comma"}), ("Air Bank a.s.", {"company"}),
         ("Revolut", {"company"}), ("O2 Czech Republic a.s.", {"company"}), ("T-Mobile Czech Republic a.s.", {"company"}),
         ("Orange Slovensko", {"company"}), ("Vodafone Czech Republic a.s.", {"company"}), ("Alza.cz a.s.", {"company"}),
         ("Mall Group", {"company"}), ("Rohlik Group", {"company"}), ("Rohlík.cz", {"company"}),
         ("Notino, s.r.o.", {"company", "comma"}), ("Kaufland Česká republika v.o.s.", {"company"}),
         ("Albert Česká republika, s.r.o.", {"company", "comma"}), ("Tesco Stores ČR a.s.", {"company"}),
         ("Kofola ČeskoSlovensko a.s.", {"company"}), ("Plzeňský Prazdroj", {"company"}),
         ("Budějovický Budvar, n.p.", {"company", "comma"}), ("Madeta a.s.", {"company"}),
         ("Hamé s.r.o.", {"company"}), ("Figaro", {"company"}), ("Škoda Auto", {"company"}),
         ("Kia Slovakia s.r.o.", {"company"}), ("Bohemia Interactive", {"company"}), ("Warhorse Studios", {"company"}),
         ("Seznam.cz", {"company"}), ("Czech Publishers Association (SVOP)", {"abbreviation"}),
         ("Asociace komunikačních agentur (AKA)", {"trade-body", "abbreviation"}),
         ("Česká marketingová společnost", {"trade-body"}), ("APEK", {"trade-body", "acronym"}),
         ("Slovenská asociácia pre marketing", {"trade-body"}), ("Ogilvy Prague", {"company"}),
         ("Havas Czech Republic", {"company"}), ("McKinsey & Company", {"company", "ampersand"}),
         ("Deloitte Česká republika", {"company"}), ("PwC Slovensko", {"company"}),
         ("Hospodářská komora České republiky", {"trade-body"}), ("CzechInvest", {"government"}),
         ("CzechTrade", {"government"}), ("SARIO", {"government", "acronym"})]  # fmt: skip
_GOVERNMENT = [("Česká národní banka", "cnb.cz"), ("Czech National Bank (ČNB)", "cnb.cz"),
               ("Český telekomunikační úřad (ČTÚ)", "ctu.cz"), ("Úřad pro ochranu osobních údajů", "uoou.cz"),
               ("Český statistický úřad", "czso.cz"), ("Czech Statistical Office", "czso.cz"), ("ČSÚ", "czso.cz"),
               ("Národná banka Slovenska", "nbs.sk"), ("NBS", "nbs.sk"),
               ("Štatistický úrad Slovenskej republiky", "slovak.statistics.sk"),
               ("Statistical Office of the Slovak Republic", "slovak.statistics.sk"),
               ("Ministerstvo průmyslu a obchodu", "mpo.cz"), ("Česká obchodní inspekce", "coi.cz"),
               ("Úrad na ochranu osobných údajov SR", "dataprotection.gov.sk"), ("European Commission", "ec.europa.eu"),
               ("Rada pro reklamu", "rpr.cz")]  # fmt: skip
_LAWS = [("Parlament České republiky", 2019, "Zákon č. 110/2019 Sb., o zpracování osobních údajů", "Act No. 110/2019 Coll., on the processing of personal data"),
         ("Parlament České republiky", 1992, "Zákon č. 634/1992 Sb., o ochraně spotřebitele", "Consumer Protection Act"),
         ("Parlament České republiky", 1995, "Zákon č. 40/1995 Sb., o regulaci reklamy", "Act on the regulation of advertising"),
         ("Parlament České republiky", 2004, "Zákon č. 480/2004 Sb., o některých službách informační společnosti", "Act on certain information society services"),
         ("Parlament České republiky", 2005, "Zákon č. 127/2005 Sb., o elektronických komunikacích", "Electronic Communications Act"),
         ("Národná rada Slovenskej republiky", 2018, "Zákon č. 18/2018 Z. z. o ochrane osobných údajov", "Act No. 18/2018 Coll. on the protection of personal data"),
         ("Národná rada Slovenskej republiky", 2007, "Zákon č. 250/2007 Z. z. o ochrane spotrebiteľa", "Consumer Protection Act"),
         ("Národná rada Slovenskej republiky", 2022, "Zákon č. 452/2021 Z. z. o elektronických komunikáciách", "Electronic Communications Act")]  # fmt: skip
_PRESS = ["Hospodářské noviny", "E15", "Seznam Zprávy", "Aktuálně.cz", "iROZHLAS", "Forbes Česko", "Lidovky.cz",
          "Denník N", "SME", "Trend", "Mediar.cz", "MediaGuru", "Marketing & Media", "Strategie", "Radio Prague International",
          "Expats.cz", "Brno Daily", "The Slovak Spectator", "Financial Times", "Czech Daily"]  # fmt: skip
_RESEARCH = ["STEM/MARK", "Median", "Ipsos Česká republika", "NielsenIQ", "Kantar CZ", "Focus", "GfK Czech",
             "Statista", "Euromonitor International", "Mintel", "Nielsen Admosphere", "Heureka Group"]  # fmt: skip
_JOURNALS = ["E+M Ekonomie a Management", "Trendy ekonomiky a managementu", "Ekonomický časopis", "Politická ekonomie",
             "Acta Oeconomica Pragensia", "Journal of Competitiveness", "Marketing Science & Inspirations",
             "Central European Business Review", "Prague Economic Papers", "Journal of Marketing Management",
             "International Journal of Retail & Distribution Management", "Journal of Business Research",
             "Studia commercialia Bratislavensia", "Acta Universitatis Agriculturae et Silviculturae Mendelianae Brunensis"]  # fmt: skip
_TOPICS_EN = ["brand loyalty among Czech Generation Z", "omnichannel retail in Czechia", "mobile banking adoption in Slovakia",
              "e-commerce logistics in Central Europe", "influencer marketing on Czech Instagram", "Black Friday discounts in Czech e-shops",
              "customer experience in Czech banks", "craft beer and the Pilsner brand", "private labels in Czech discounters",
              "sustainable packaging in the Czech dairy sector", "email marketing consent after the GDPR", "Christmas advertising in Slovakia",
              "price comparison sites (Heureka, Zboží.cz)", "the Vietnamese-Czech retail economy", "game marketing from Prague studios",
              "country-of-origin effects for Czech food brands", "digital-only banks in Central Europe", "Gen Z and TikTok in Bratislava"]  # fmt: skip
_TOPICS_CZ = [("Spotřebitelské chování generace Z na českém trhu", "Consumer behaviour of Generation Z on the Czech market"),
              ("Marketingová komunikace bank v České republice", "Marketing communication of banks in the Czech Republic"),
              ("Vliv influencerů na nákupní rozhodování", "The influence of influencers on purchase decisions"),
              ("Věrnostní programy v maloobchodě", "Loyalty programmes in retail"),
              ("Značka Kofola a její komunikace", "The Kofola brand and its communication"),
              ("Elektronický obchod v Česku", "E-commerce in Czechia"),
              ("Spotrebiteľské správanie na Slovensku", "Consumer behaviour in Slovakia"),
              ("Digitálny marketing malých a stredných podnikov", "Digital marketing of small and medium-sized enterprises"),
              ("Marketingová strategie pivovaru", "The marketing strategy of a brewery"),
              ("Sociální sítě v komunikaci značky", "Social networks in brand communication"),
              ("Udržitelnost a zelený marketing", "Sustainability and green marketing"),
              ("Cenová politika e-shopů během Black Friday", "E-shops' pricing during Black Friday")]  # fmt: skip
_PUBLISHERS = [("Grada", "Praha"), ("Grada Publishing", "Prague"), ("Computer Press", "Brno"), ("C. H. Beck", "Praha"),
               ("Management Press", "Praha"), ("Wolters Kluwer", "Praha"), ("Oeconomica", "Praha"), ("Sprint dva", "Bratislava"),
               ("Ekonóm", "Bratislava"), ("Pearson", "Harlow"), ("Kogan Page", "London"), ("Routledge", "Abingdon")]  # fmt: skip


def _ascii(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


class Blind139WorkFactory(WorkFactory):
    """Works that Czech, Slovak and diaspora candidates cite on CIM courses and MBAs."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "chapter": 5, "journal": 20, "thesis": 5, "conference": 4, "organisation-web": 12,
                                       "organisation-report": 8, "government": 8, "legislation": 4, "market-research": 8, "news": 9,
                                       "social": 3, "podcast": 2, "undated-web": 4}  # fmt: skip
    KINDS = frozenset({"book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news",
                       "social", "podcast"})  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 139 + 13901)
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.62:
            male, female = self.rng.choice(_SURNAMES)
            if self.rng.random() < 0.5:
                family, given = male, self.rng.choice(_MALE)
            else:
                family, given = female, self.rng.choice(_FEMALE)
                if self.rng.random() < 0.08:  # a double surname after marriage
                    family = f"{family}-{self.rng.choice(_SURNAMES)[1]}"
            if self.rng.random() < 0.2:  # typed without the diacritics, as on many English-language papers
                family, given = _ascii(family), _ascii(given)
            return {"family": family, "given": given}
        if roll < 0.72:
            family, given = self.rng.choice(_HUNGARIAN)
            if self.rng.random() < 0.3:  # the Slovak feminine form on a Hungarian name
                family = family + "ová" if family[-1] not in "aá" else family[:-1] + "ová"
            return {"family": family, "given": given}
        if roll < 0.78:
            family, given = self.rng.choice(_ROMA)
            return {"family": family, "given": given}
        if roll < 0.86:
            family, given = self.rng.choice(_VIETNAMESE)
            return {"family": family, "given": given}
        if roll < 0.9:  # a foreign woman married to a Czech: some keep -ová, some drop it
            male, female = self.rng.choice(_SURNAMES)
            return {
                "family": self.rng.choice([male, female]),
                "given": self.rng.choice(["Emma", "Sarah", "Claire", "Laura"]),
            }
        family, given = self.rng.choice(_EXPATS)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 25, 15, 8, 5, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person["family"] not in {p["family"] for p in people}:
                people.append(person)
        return people

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1990, 2005)
        return self.rng.randint(2008, 2025)

    def dated_accessed(self, issued: list[int]) -> dict[str, list[list[int]]]:
        low = max(2023, issued[0] + (1 if len(issued) > 1 else 0))
        return {"date-parts": [[self.rng.randint(low, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _url(self, host: str) -> str:
        slug = "-".join(
            _ascii(self.rng.choice(_TOPICS_EN)).lower().replace("(", "").replace(")", "").replace(",", "").split()[:4]
        )
        return f"https://www.{host}/{slug}-{self.rng.randint(10, 9999)}"

    def _title(self) -> str:
        if self.rng.random() < 0.35:
            local, english = self.rng.choice(_TOPICS_CZ)
            return f"{local} [{english}]"
        topic = self.rng.choice(_TOPICS_EN)
        forms = [f"{topic[0].upper()}{topic[1:]}", f"Rethinking {topic}", f"{topic[0].upper()}{topic[1:]}: evidence from {self.rng.choice(['Prague', 'Brno', 'Bratislava', 'Košice', 'Ostrava'])}",
                 f"What drives {topic}?", f"{topic[0].upper()}{topic[1:]} after the pandemic"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if self.organisations and "issued" in record and self.rng.random() < 0.12:  # "ČSÚ (2019a)" and "(2019b)"
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.dated_accessed(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 6))
        if self.rng.random() < 0.2:  # an e-book
            record["medium"] = "E-book"
            record["URL"] = (
                f"https://www.{self.rng.choice(['knihydobrovsky.cz', 'grada.cz', 'ebooks.com'])}/{self.rng.randint(1000, 99999)}"
            )
            record["accessed"] = self.dated_accessed(record["issued"]["date-parts"][0])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Marketing in Central and Eastern Europe", "Marketingové trendy [Marketing trends]",
                                                "Retail in transition economies", "Digital consumers in Visegrad countries"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 40)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['15240', '7441', '18267', '1080', '1016'])}/{self.rng.choice(['tul', 'joc', 'pep', 'ijrdm'])}.{self.rng.randint(2010, 2024)}.{self.rng.randint(1, 999):03d}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        local, english, place = self.rng.choice(_UNIS)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "genre": self.rng.choice(["Diplomová práce [Master's thesis]", "Bakalářská práce [Bachelor's thesis]", "MBA thesis", "Dizertační práce [PhD thesis]", "Diplomová práca [Master's thesis]"]),
            "publisher": self.rng.choice([local, english]), "publisher-place": place, "issued": {"date-parts": [[self.rng.randint(2012, 2025)]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = (
                f"https://is.{self.rng.choice(['muni.cz', 'vse.cz', 'cuni.cz', 'utb.cz'])}/th/{self.rng.randint(10000, 999999)}"
            )
            record["accessed"] = self.dated_accessed(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice([f"Proceedings of the International Scientific Conference Marketing Identity {year}",
                                                f"Sborník konference Trendy v podnikání {year} [Proceedings of Trends in Business]",
                                                f"Proceedings of the {self.rng.randint(5, 25)}th International Conference Liberec Economic Forum"]),
            "publisher-place": self.rng.choice(["Trnava", "Plzeň", "Liberec", "Zlín", "Brno"]),
            "issued": {"date-parts": [[year]]}, "page": f"{(start := self.rng.randint(1, 500))}-{start + self.rng.randint(6, 12)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _organisation_web(self) -> Work:
        name, tags = self.rng.choice(_ORGS)
        host = _ascii(name.split(",")[0].split(" (")[0]).lower().replace(" ", "")[:14] + ".cz"
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(host)}
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self.dated_accessed(record.get("issued", {"date-parts": [[2023]]})["date-parts"][0])
        return self._org_work(record, "web", name, set(tags))

    def _undated_web(self) -> Work:
        if self.rng.random() < 0.4:
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                      "URL": self._url("blog.example.cz"), "accessed": self.dated_accessed([2023])}  # fmt: skip
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_ORGS)
        record = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url("o-nas.cz"),
            "accessed": self.dated_accessed([2023]),
        }
        return self._org_work(record, "web", name, set(tags) | {"undated"})

    def _organisation_report(self) -> Work:
        name, tags = self.rng.choice(_ORGS)
        year = self.year()
        title = self.rng.choice([f"Výroční zpráva {year} [Annual report {year}]", f"Annual report {year}",
                                 f"Zpráva o udržitelnosti {year} [Sustainability report]", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Praha", "Prague", "Bratislava", "Brno"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url("investor.cz")
            record["accessed"] = self.dated_accessed([year])
        if self.rng.random() < 0.15:
            record.pop("issued")
        return self._org_work(record, "report", name, set(tags))

    def _government(self) -> Work:
        name, host = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(host), "accessed": self.dated_accessed([year])}  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        body, year, local, english = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "webpage", "title": f"{local} [{english}]", "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{self.rng.choice(['zakonyprolidi.cz/cs', 'slov-lex.sk/pravne-predpisy/SK/ZZ'])}/{year}-{self.rng.randint(1, 600)}",
                                  "accessed": self.dated_accessed([year])}  # fmt: skip
        record["id"] = self._id()
        record["author"] = [{"literal": body}]
        return Work(record, body, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market = self.rng.choice(
            ["online grocery", "beer", "mobile banking", "cosmetics e-commerce", "soft drinks", "telecoms", "dairy"]
        )
        country = self.rng.choice(["Czech Republic", "Czechia", "Slovakia", "CEE"])
        titles = [f"{market.capitalize()} in the {country}: market report {year or 2024}",
                  f"{market.capitalize()} - {country} - {self.rng.choice(['March', 'September', 'November'])} {year or 2024}",
                  f"Share of {country} adults who bought {market} online in Q{self.rng.randint(1, 4)} {year or 2023}",
                  f"Trh {market} v ČR {year or 2024} [The {market} market in the Czech Republic]"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(_ascii(name.split()[0].split('/')[0]).lower() + ".com")}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.dated_accessed([year or 2023])
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = min(self.year(), 2024)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self.rng.choice(["hn.cz", "e15.cz", "seznamzpravy.cz", "sme.sk", "mediar.cz", "expats.cz"])),
        }  # fmt: skip
        record["accessed"] = self.dated_accessed(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        year = min(self.year(), 2024)
        platform = self.rng.choice(["LinkedIn", "Instagram", "Facebook", "X"])
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{self._title()} [{platform} post]", "container-title": platform,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{platform.lower()}.com/posts/{self.rng.randint(100000, 999999)}",
        }  # fmt: skip
        record["accessed"] = self.dated_accessed(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.6:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_ORGS)
        return self._org_work(record, "social", name, set(tags))

    def _podcast(self) -> Work:
        year = self.year()
        medium = self.rng.choice(["Podcast", "Video", "YouTube video", "Webinar"])
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{self._title()} [{medium}]",
            "container-title": self.rng.choice(["Marketingový podcast", "Brand Talks CZ", "YouTube", "Startup Disrupt", "Vinohradská 12"]),
            "issued": {"date-parts": [[year]]}, "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**6, 10**7)}",
        }  # fmt: skip
        record["accessed"] = self.dated_accessed([year])
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")
