"""The blind215 pool's works: what marketers in Romania, Bulgaria, Moldova and Ukraine and their diaspora cite.

Written without reading the checker, its tests or any other pool. The candidates work at banks and fintechs,
telecoms, retailers, FMCG firms and wine makers, IT outsourcing firms, logistics firms and agencies in Bucharest,
Cluj-Napoca, Iași, Timișoara, Sofia, Plovdiv, Varna, Chișinău, Kyiv, Lviv, Odesa and Dnipro, or in London, Madrid,
Turin and Toronto, and write CIM Level 6 and 7 reports and MBA assignments in English. They cite textbooks in
English and in Romanian (Editura Economică, Polirom, Routledge, Pearson), chapters, the region's journals with many
authors and DOIs (Management & Marketing, Amfiteatru Economic, Economic Alternatives, Marketing and Management of
Innovations), theses (ASE Bucharest, Babeș-Bolyai, UNWE Sofia, KNEU Kyiv), conference papers, statistics offices,
regulators and central banks, laws with their numbers and years, company pages and annual reports, market research,
the press signed and unsigned, social posts, videos, podcasts and undated pages. Names are written as the region's
scholars and journals print them: Romanian with comma-below and cedilla letters (Ș and Ş) or without diacritics,
Bulgarian and Ukrainian in more than one transliteration (Hnatiuk and Gnatyuk, Oleksandr and Alexander).
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "legislation", "company", "report",
         "market-research", "news", "press", "social", "video", "podcast", "web")  # fmt: skip

# (family, given) as printed on papers and in library catalogues; some with and some without their diacritics.
_ROMANIAN = [
    ("Popescu", "Ioana"), ("Ionescu", "Mihai"), ("Constantinescu", "Andreea"), ("Dumitrescu", "Alexandru"),
    ("Stănescu", "Cristina"), ("Stanescu", "Raluca"), ("Georgescu", "Răzvan"), ("Ștefănescu", "Oana"),
    ("Ştefănescu", "Bogdan"), ("Munteanu", "Mădălina"), ("Petreanu", "Irina"), ("Moldoveanu", "Cătălin"),
    ("Țăranu", "Elena"), ("Ţăranu", "Gheorghe"), ("Șerban", "Ana-Maria"), ("Şerban", "Mihaela-Carmen"),
    ("Ciobanu", "Florin"), ("Lungu", "Diana"), ("Bălan", "Sorin"), ("Tănase", "Roxana"), ("Răducanu", "Vlad"),
    ("Cârstea", "Anca"), ("Nistor", "Laura"), ("Dobrescu", "Radu"), ("Zaharia", "Rodica Milena"),
    ("Mureșan", "Ovidiu"), ("Pop", "Nicolae Al."), ("Rus", "Adela"), ("Bârsan", "Teodora"), ("Dragomir", "Ciprian"),
    ("Crăciun", "Simona"), ("Căpățână", "Andrei"), ("Orzan", "Gheorghe"), ("Pelău", "Corina"), ("Vrânceanu", "Ștefan"),
    ("Olteanu", "Valerica"), ("Cătoiu", "Iacob"), ("Ene", "Sebastian"), ("Bratu", "Ruxandra"), ("Dabija", "Dan-Cristian"),
    ("Popescu-Zeletin", "Sorina"), ("Ionescu-Sisești", "Dragoș"), ("Vasilescu", "Ilinca"), ("Ardeleanu", "Horia"),
]  # fmt: skip
_MOLDOVAN = [("Rusu", "Veronica"), ("Țurcanu", "Victor"), ("Turcanu", "Natalia"), ("Cojocaru", "Vitalie"),
             ("Botnaru", "Doina"), ("Lupu", "Vadim"), ("Grosu", "Olesea"), ("Ceban", "Ion"), ("Roșca", "Marcela"),
             ("Cebotari", "Svetlana"), ("Sârbu", "Eugeniu")]  # fmt: skip
_BULGARIAN = [
    ("Ivanov", "Georgi"), ("Ivanova", "Maria"), ("Petrov", "Plamen"), ("Petrova", "Desislava"), ("Georgiev", "Nikolay"),
    ("Georgieva", "Tsvetelina"), ("Dimitrov", "Radoslav"), ("Dimitrova", "Kalina"), ("Nikolov", "Boyko"),
    ("Stoyanova", "Elitsa"), ("Stojanova", "Elica"), ("Todorov", "Kiril"), ("Angelov", "Stefan"),
    ("Hristova", "Vesela"), ("Khristova", "Vesela"), ("Yordanova", "Milena"), ("Jordanova", "Milena"),
    ("Kostadinov", "Atanas"), ("Marinova", "Galina"), ("Stefanov", "Hristo"), ("Vasileva", "Teodora"),
    ("Zhelyazkova", "Denitsa"), ("Tsvetkov", "Lyubomir"), ("Cvetkov", "Ljubomir"), ("Blagoev", "Valentin"),
    ("Kirova", "Ralitsa"), ("Mihaylova", "Svetla"), ("Parusheva", "Silvia"), ("Ganchev", "Yavor"),
]  # fmt: skip
_UKRAINIAN = [
    ("Shevchenko", "Oleksandr"), ("Shevchenko", "Alexander"), ("Kovalenko", "Olena"), ("Kovalenko", "Elena"),
    ("Bondarenko", "Iryna"), ("Tkachenko", "Dmytro"), ("Kravchenko", "Andrii"), ("Kovalchuk", "Yuliia"),
    ("Polishchuk", "Kateryna"), ("Tkachuk", "Serhii"), ("Melnyk", "Mykola"), ("Melnik", "Nikolai"),
    ("Kravchuk", "Viktoriia"), ("Oliinyk", "Taras"), ("Oleynik", "Oksana"), ("Lysenko", "Volodymyr"),
    ("Savchuk", "Nataliia"), ("Marchenko", "Bohdan"), ("Hnatiuk", "Roman"), ("Gnatyuk", "Roman"),
    ("Romaniuk", "Halyna"), ("Romanyuk", "Galina"), ("Kuzmenko", "Yevhen"), ("Petrenko", "Larysa"),
    ("Hrytsenko", "Anatolii"), ("Gritsenko", "Anatoly"), ("Illiashenko", "Sergii"), ("Illyashenko", "Nataliya"),
    ("Kotsiubynska", "Yaroslava"), ("Zhuravlova", "Olha"), ("Pysarenko", "Anastasiia"), ("Boiko", "Vitalii"),
    ("Boyko", "Vitaly"), ("Didenko", "Ihor"), ("Vovk", "Mariia"),
]  # fmt: skip
# Colleagues and co-authors in the diaspora's cities and in the Western literature the region cites.
_DIASPORA = [("Smith", "Paul"), ("Chaffey", "Dave"), ("Fernández", "Lucía"), ("García-López", "Javier"),
             ("Rossi", "Giulia"), ("Bianchi", "Marco"), ("Tremblay", "Julie"), ("O'Connor", "Siobhan"),
             ("MacDonald", "Ewan"), ("Kowalska", "Anna"), ("Novák", "Petr"), ("Horváth", "Zsófia"),
             ("Wilson", "Rachel"), ("Müller", "Katrin")]  # fmt: skip

_GOVERNMENT = [
    ("Institutul Național de Statistică (INS)", {"government", "abbreviation"}, "https://insse.ro/cms/ro/content/"),
    ("National Institute of Statistics", {"government"}, "https://insse.ro/cms/en/content/"),
    ("INS", {"government", "acronym"}, "https://insse.ro/cms/ro/content/"),
    ("National Statistical Institute", {"government"}, "https://www.nsi.bg/en/content/"),
    ("NSI", {"government", "acronym"}, "https://www.nsi.bg/en/content/"),
    ("State Statistics Service of Ukraine", {"government"}, "https://ukrstat.gov.ua/operativ/"),
    ("National Bureau of Statistics of the Republic of Moldova", {"government"}, "https://statistica.gov.md/en/"),
    ("ANCOM", {"government", "acronym"}, "https://www.ancom.ro/en/"),
    ("Autoritatea Națională pentru Administrare și Reglementare în Comunicații (ANCOM)", {"government", "abbreviation"}, "https://www.ancom.ro/"),
    ("Autoritatea Națională pentru Protecția Consumatorilor (ANPC)", {"government", "abbreviation"}, "https://anpc.ro/"),
    ("ANPC", {"government", "acronym"}, "https://anpc.ro/"),
    ("Banca Națională a României", {"government"}, "https://www.bnr.ro/"),
    ("National Bank of Romania", {"government"}, "https://www.bnr.ro/en/"),
    ("Bulgarian National Bank", {"government"}, "https://www.bnb.bg/"),
    ("National Bank of Ukraine", {"government"}, "https://bank.gov.ua/en/news/"),
    ("NBU", {"government", "acronym"}, "https://bank.gov.ua/en/news/"),
    ("Commission for Consumer Protection", {"government"}, "https://kzp.bg/en/"),
    ("Consiliul Concurenței", {"government"}, "https://www.consiliulconcurentei.ro/"),
    ("Ministry of Digital Transformation of Ukraine", {"government"}, "https://thedigital.gov.ua/news/"),
    ("Eurostat", {"government"}, "https://ec.europa.eu/eurostat/web/"),
    ("European Commission", {"government"}, "https://commission.europa.eu/"),
]  # fmt: skip
# (the body that passed it, title, year, URL): the laws candidates cite as works.
_PLACES = {"insse.ro": "Bucharest", "www.nsi.bg": "Sofia", "ukrstat.gov.ua": "Kyiv", "statistica.gov.md": "Chișinău",
           "www.ancom.ro": "Bucharest", "anpc.ro": "Bucharest", "www.bnr.ro": "Bucharest", "www.bnb.bg": "Sofia",
           "bank.gov.ua": "Kyiv", "kzp.bg": "Sofia", "www.consiliulconcurentei.ro": "Bucharest",
           "thedigital.gov.ua": "Kyiv", "ec.europa.eu": "Luxembourg", "commission.europa.eu": "Brussels"}  # fmt: skip
_HOME = {"ro": "Bucharest", "bg": "Sofia", "ua": "Kyiv", "md": "Chișinău"}
_LAWS = [
    ("Parlamentul României", "Law no. 363/2007 on combating unfair commercial practices of traders in their relations with consumers", 2007, "https://legislatie.just.ro/Public/DetaliiDocument/87159"),
    ("Parlamentul României", "Legea nr. 190/2018 privind măsuri de punere în aplicare a Regulamentului (UE) 2016/679", 2018, "https://legislatie.just.ro/Public/DetaliiDocument/203151"),
    ("Parlamentul României", "Legea nr. 158/2008 privind publicitatea înșelătoare și publicitatea comparativă", 2008, "https://legislatie.just.ro/Public/DetaliiDocument/95304"),
    ("Romanian Parliament", "Law no. 506/2004 on the processing of personal data and the protection of privacy in the electronic communications sector", 2004, "https://legislatie.just.ro/Public/DetaliiDocument/56973"),
    ("Verkhovna Rada of Ukraine", "Law of Ukraine No. 2849-IX On Media", 2022, "https://zakon.rada.gov.ua/laws/show/2849-20"),
    ("Verkhovna Rada of Ukraine", "Law of Ukraine No. 3720-IX On Consumer Protection", 2024, "https://zakon.rada.gov.ua/laws/show/3153-20"),
    ("National Assembly of the Republic of Bulgaria", "Consumer Protection Act", 2005, "https://www.lex.bg/laws/ldoc/2135512224"),
    ("Parlamentul Republicii Moldova", "Legea nr. 62/2022 cu privire la publicitate", 2022, "https://www.legis.md/cautare/getResults?doc_id=131219"),
]  # fmt: skip
_COMPANIES = [
    ("Banca Transilvania", {"company"}, "https://www.bancatransilvania.ro/"), ("eMAG", {"company"}, "https://www.emag.ro/"),
    ("Dedeman", {"company"}, "https://www.dedeman.ro/"), ("Bitdefender", {"company"}, "https://www.bitdefender.com/"),
    ("UiPath", {"company"}, "https://www.uipath.com/"), ("Nova Poshta", {"company"}, "https://novaposhta.ua/en/"),
    ("Monobank", {"company"}, "https://www.monobank.ua/"), ("Rozetka", {"company"}, "https://rozetka.com.ua/"),
    ("Kaufland Bulgaria", {"company"}, "https://www.kaufland.bg/"),
    ("Kaufland Bulgaria EOOD & Co KG", {"company", "ampersand"}, "https://www.kaufland.bg/"),
    ("Orange Moldova", {"company"}, "https://www.orange.md/"), ("Orange România", {"company"}, "https://www.orange.ro/"),
    ("Kyivstar", {"company"}, "https://kyivstar.ua/en/"), ("A1 Bulgaria", {"company"}, "https://www.a1.bg/"),
    ("FAN Courier", {"company"}, "https://www.fancourier.ro/"), ("Cramele Recaș", {"company"}, "https://recaswine.ro/"),
    ("Purcari Wineries", {"company"}, "https://purcari.wine/"), ("Endava", {"company"}, "https://www.endava.com/"),
    ("Telerik Academy", {"company"}, "https://www.telerikacademy.com/"), ("Farmec", {"company"}, "https://www.farmec.ro/"),
    ("Mega Image", {"company"}, "https://www.mega-image.ro/"), ("Ursus Breweries", {"company"}, "https://www.ursus-breweries.ro/"),
    ("McDonald's România", {"company", "apostrophe"}, "https://www.mcdonalds.ro/"),
    ("Ernst & Young Romania", {"company", "ampersand"}, "https://www.ey.com/ro_ro/"),
    ("PwC Bulgaria", {"company"}, "https://www.pwc.com/bg/en/"), ("Deloitte Ukraine", {"company"}, "https://www2.deloitte.com/ua/en/"),
    ("ING Bank România", {"company"}, "https://ing.ro/"), ("DSK Bank", {"company"}, "https://dskbank.bg/"),
    ("PrivatBank", {"company"}, "https://privatbank.ua/en/"), ("maib", {"company"}, "https://www.maib.md/en/"),
]  # fmt: skip
_RESEARCH = [("GfK", {"market-research", "acronym"}), ("GfK România", {"market-research"}), ("NielsenIQ", {"market-research"}),
             ("Kantar", {"market-research"}), ("Kantar Ukraine", {"market-research"}), ("Gradus Research", {"market-research"}),
             ("Ipsos Bulgaria", {"market-research"}), ("Alpha Research", {"market-research"}),
             ("Kyiv International Institute of Sociology (KIIS)", {"market-research", "abbreviation"}),
             ("iSense Solutions", {"market-research"}), ("Reveal Marketing Research", {"market-research"}),
             ("Factum Group Ukraine", {"market-research"}), ("Statista", {"market-research"}),
             ("Euromonitor International", {"market-research"}), ("Mercury360", {"market-research"})]  # fmt: skip
_PRESS = [("Ziarul Financiar", "https://www.zf.ro/"), ("Capital.bg", "https://www.capital.bg/"),
          ("Kyiv Independent", "https://kyivindependent.com/"), ("Ekonomichna Pravda", "https://www.epravda.com.ua/"),
          ("Balkan Insight", "https://balkaninsight.com/"), ("Economica.net", "https://www.economica.net/"),
          ("Forbes România", "https://www.forbes.ro/"), ("Profit.ro", "https://www.profit.ro/"),
          ("Dnevnik", "https://www.dnevnik.bg/"), ("Romania Insider", "https://www.romania-insider.com/"),
          ("Novinite", "https://www.novinite.com/"), ("NV.ua", "https://english.nv.ua/"),
          ("Newsmaker.md", "https://newsmaker.md/en/"), ("Forbes Ukraine", "https://forbes.ua/"),
          ("Business Review", "https://business-review.eu/"), ("The Sofia Globe", "https://sofiaglobe.com/")]  # fmt: skip
_JOURNALS = [
    ("Management & Marketing", "10.2478/mmcks-{y}-{n:04d}"), ("Amfiteatru Economic", "10.24818/EA/{y}/{v}/{n}"),
    ("Economic Alternatives", "10.37075/EA.{y}.{i}.{n:02d}"), ("Marketing and Management of Innovations", "10.21272/mmi.{y}.{i}-{n:02d}"),
    ("Innovative Marketing", "10.21511/im.{v}({i}).{y}.{n:02d}"), ("Problems and Perspectives in Management", "10.21511/ppm.{v}({i}).{y}.{n:02d}"),
    ("Romanian Journal of Marketing", ""), ("Studia Universitatis Babeș-Bolyai Oeconomica", "10.2478/subboec-{y}-{n:04d}"),
    ("Eastern Journal of European Studies", "10.47743/ejes-{y}-{i}{n:02d}"), ("Sustainability", "10.3390/su{v}{n:04d}"),
    ("Journal of Business Research", "10.1016/j.jbusres.{y}.{n}"), ("Economic Studies (Ikonomicheski Izsledvania)", ""),
    ("Journal of Eastern European and Central Asian Research", "10.15549/jeecar.v{v}i{i}.{n}"),
]  # fmt: skip
_BOOKS = [
    ("Marketing digital: concepte, instrumente și studii de caz", "Editura Economică", "București"),
    ("Comportamentul consumatorului", "Polirom", "Iași"), ("Marketing: principii și aplicații", "Editura ASE", "București"),
    ("Cercetări de marketing", "Editura Uranus", "București"), ("Managementul mărcii", "Polirom", "Iași"),
    ("Marketing in Central and Eastern Europe", "Routledge", "Abingdon"), ("Digital marketing strategy in emerging markets", "Routledge", "London"),
    ("Principles of marketing: European edition", "Pearson", "Harlow"), ("Services marketing in transition economies", "Palgrave Macmillan", "Cham"),
    ("Marketing", "Izdatelski kompleks – UNSS", "Sofia"), ("Brand management", "Ciela", "Sofia"),
    ("Marketynh: pidruchnyk", "KNEU", "Kyiv"), ("Marketing management", "Osnovy", "Kiev"),
    ("Relationship marketing in banking", "Editura Economică", "București"), ("Retail marketing", "Pearson", "Harlow"),
    ("Wine marketing and tourism in the Black Sea region", "Routledge", "Abingdon"),
]  # fmt: skip
_TOPICS = ["digital banking adoption", "mobile payments", "brand loyalty", "e-commerce logistics", "omnichannel retail",
           "influencer marketing", "wine tourism", "private labels", "IT outsourcing brands", "employer branding",
           "consumer ethnocentrism", "cash-on-delivery habits", "green consumption", "5G services", "online reviews",
           "social media advertising", "customer experience", "country-of-origin effects", "Generation Z shoppers",
           "wartime marketing", "fintech trust", "parcel lockers", "loyalty cards", "the diaspora market"]  # fmt: skip
_COUNTRIES = ["Romania", "Bulgaria", "Ukraine", "the Republic of Moldova", "Central and Eastern Europe",
              "South-East Europe", "Romania and Bulgaria", "the Black Sea region", "emerging European markets"]  # fmt: skip
_UNIVERSITIES = [("Academia de Studii Economice din București", "Bucharest"), ("Bucharest University of Economic Studies", "Bucharest"),
                 ("Universitatea Babeș-Bolyai", "Cluj-Napoca"), ("Babeș-Bolyai University", "Cluj-Napoca"),
                 ("University of National and World Economy", "Sofia"), ("Kyiv National Economic University named after Vadym Hetman", "Kyiv"),
                 ("Alexandru Ioan Cuza University of Iași", "Iași"), ("West University of Timișoara", "Timișoara"),
                 ("Academy of Economic Studies of Moldova", "Chișinău"), ("University of Economics – Varna", "Varna"),
                 ("Ivan Franko National University of Lviv", "Lviv")]  # fmt: skip
_CONFERENCES = [("Proceedings of the International Conference on Business Excellence", "Bucharest", "10.2478/picbe-{y}-{n:04d}"),
                ("BASIQ 2023 International Conference: New Trends in Sustainable Business and Consumption", "Bucharest", ""),
                ("Strategica International Academic Conference", "Bucharest", ""),
                ("Proceedings of the International Conference on Marketing and Business Development", "Bucharest", ""),
                ("Economic and Social Development: Book of Proceedings", "Varazdin", ""),
                ("Marketing and Digital Technologies Conference", "Odesa", "")]  # fmt: skip
_PLATFORMS = ["LinkedIn", "Instagram", "Facebook", "TikTok", "X", "Telegram"]
_POST_URLS = {"LinkedIn": "https://www.linkedin.com/posts/", "Instagram": "https://www.instagram.com/p/",
              "Facebook": "https://www.facebook.com/", "TikTok": "https://www.tiktok.com/@", "X": "https://x.com/",
              "Telegram": "https://t.me/"}  # fmt: skip
_SHOWS = ["Business Made in Romania", "Marketing la cafea", "Ukrainian Marketing Podcast", "Podcastul ZF Live",
          "Sofia Marketing Talks", "The Diaspora Founders", "Fintech Talks CEE"]  # fmt: skip


class Blind215WorkFactory(WorkFactory):
    """Works cited by marketers in Romania, Bulgaria, Moldova, Ukraine and their diaspora."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 21500)
        self.surnames: list[dict[str, str]] = []
        self.organisations: list[tuple[tuple[Any, ...], int, str]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.38:
            family, given = self.rng.choice(_ROMANIAN)
        elif roll < 0.46:
            family, given = self.rng.choice(_MOLDOVAN)
        elif roll < 0.64:
            family, given = self.rng.choice(_BULGARIAN)
        elif roll < 0.86:
            family, given = self.rng.choice(_UKRAINIAN)
        elif roll < 0.95:
            family, given = self.rng.choice(_DIASPORA)
        else:
            fake = self.fakers["en_GB"]
            family, given = fake.last_name(), fake.first_name()
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        # the region's journals print long author lists: three to five authors is common
        weights = [24, 22, 20, 13, 9, 5, 4, 3][:most]
        count = self.rng.choices(range(1, most + 1), weights=weights)[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.08:
            return self.rng.randint(1996, 2009)
        return self.rng.randint(2012, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2023, issued[0]) if issued else 2023
        year = self.rng.randint(first, max(first, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _dated(self, record: dict[str, Any], year: int | None, full: bool = False) -> dict[str, Any]:
        if year is not None:
            parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if full else [year]
            record["issued"] = {"date-parts": [parts]}
        if "URL" in record:
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return record

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        country = self.rng.choice(_COUNTRIES)
        forms = [f"The impact of {topic} on {other}: evidence from {country}",
                 f"{topic[0].upper()}{topic[1:]} in {country}: a structural equation modelling approach",
                 f"Determinants of {topic} among consumers in {country}",
                 f"{topic[0].upper()}{topic[1:]} and {other} in {country}",
                 f"Rethinking {topic} after the pandemic and the war in Ukraine",
                 f"A bibliometric analysis of {topic} research", f"Exploring {topic}: the case of {country}",
                 f"Factori care influențează {self.rng.choice(['loialitatea clienților', 'intenția de cumpărare', 'adoptarea plăților mobile'])} în România",
                 f"Marketing strategies for {topic} in {country}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "government", "legislation", "company", "report",
             "market-research", "news", "press", "social", "video", "podcast", "web"],
            weights=[11, 5, 24, 4, 5, 10, 4, 8, 5, 8, 7, 4, 3, 2, 2, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _again(self, kind: str, chosen: tuple[Any, ...], year: int | None) -> tuple[tuple[Any, ...], int | None]:
        """Now and then the same body as an earlier work of this kind, in the same year: "INS (2023a)", "(2023b)"."""
        earlier = [(entry, when) for entry, when, of in self.organisations if of == kind]
        if earlier and year is not None and self.rng.random() < 0.15:
            return self.rng.choice(earlier)
        if year is not None:
            self.organisations.append((chosen, year, kind))
        return chosen, year

    def _book(self) -> Work:
        title, publisher, place = self.rng.choice(_BOOKS)
        if self.rng.random() < 0.5:
            title = f"{title}: {self.rng.choice(_TOPICS)}"
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4), "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(self._dated(record, self.year()), "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Digital transformation in Central and Eastern Europe",
                                                "Marketing in emerging markets", "The Palgrave handbook of consumer behaviour in transition economies",
                                                "Business resilience in wartime Ukraine", "Wine business in the Black Sea region"]),
            **dict(zip(("publisher", "publisher-place"), self.rng.choice(
                [("Springer", "Cham"), ("Palgrave Macmillan", "Cham"), ("Routledge", "Abingdon"), ("Edward Elgar", "Cheltenham")]), strict=True)),
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(self._dated(record, self.year()), "chapter")

    def _journal(self) -> Work:
        journal, doi = self.rng.choice(_JOURNALS)
        year = self.year()
        volume, issue, start = self.rng.randint(4, 26), self.rng.randint(1, 4), self.rng.randint(1, 900)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": journal, "volume": str(volume), "issue": str(issue),
                                  "page": f"{start}-{start + self.rng.randint(10, 25)}"}  # fmt: skip
        if doi and self.rng.random() < 0.7:
            article = self.rng.randint(1, 40) if "{n:02d}" in doi else self.rng.randint(100, 9999)
            record["DOI"] = doi.format(y=year, v=volume, i=issue, n=article)
        return self._person_work(self._dated(record, year), "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["PhD thesis", "Doctoral thesis", "MBA dissertation", "Teză de doctorat"]),
                                  "publisher": university, "publisher-place": place}  # fmt: skip
        return self._person_work(self._dated(record, self.year()), "thesis")

    def _conference(self) -> Work:
        name, place, doi = self.rng.choice(_CONFERENCES)
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(5),
                                  "container-title": name, "publisher-place": place,
                                  "page": f"{(s := self.rng.randint(1, 1200))}-{s + self.rng.randint(8, 14)}"}  # fmt: skip
        if doi and self.rng.random() < 0.6:
            record["DOI"] = doi.format(y=year, n=self.rng.randint(1, 400))
        return self._person_work(self._dated(record, year), "conference")

    def _government(self) -> Work:
        year: int | None = self.year() if self.rng.random() < 0.9 else None
        (name, tags, base), year = self._again("government", self.rng.choice(_GOVERNMENT), year)
        topic = self.rng.choice(["Household consumption expenditure", "Retail trade turnover", "Use of ICT in households",
                                 "Financial stability report", "Payment statistics", "Electronic communications market report",
                                 "Consumer complaints annual report", "Tourism statistics", "Labour force survey"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": f"{topic} {year - self.rng.randint(0, 1)}" if year and self.rng.random() < 0.5 else topic,
                                  "URL": base + self.fakers["en_GB"].slug()}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name
            record["publisher-place"] = _PLACES.get(base.split("/")[2], "Brussels")
        self._dated(record, year)
        return self._org_work(record, "government", name, set(tags))

    def _legislation(self) -> Work:
        body, title, year, url = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": url}
        self._dated(record, year)
        return self._org_work(record, "legislation", body, {"legislation", "government"})

    def _company(self) -> Work:
        # firms' pages are recent: a year before 2018 beside a firm's name in the prose is its founding year, no work
        year: int | None = self.rng.randint(2018, 2025) if self.rng.random() < 0.55 else None
        (name, tags, base), year = self._again("company", self.rng.choice(_COMPANIES), year)
        record: dict[str, Any] = {"type": "webpage",
                                  "title": self.rng.choice(["About us", "Despre noi", "Our history", "Sustainability",
                                                            "Press release: new mobile app launched", "Loyalty programme",
                                                            "Tariffs and fees", "Careers", "Investor relations"]),
                                  "URL": base + self.fakers["en_GB"].uri_path()}  # fmt: skip
        self._dated(record, year)
        return self._org_work(record, "company", name, set(tags))

    def _report(self) -> Work:
        name, tags, base = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2018, 2025)
        title = self.rng.choice([f"Annual report {year - 1}", f"Raport anual {year - 1}", f"Sustainability report {year - 1}",
                                 f"Consolidated and separate financial statements {year - 1}", "Integrated report"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "publisher-place": _HOME.get(base.split("/")[2].rsplit(".", 1)[-1], "London")}  # fmt: skip
        if name == "Banca Transilvania":
            record["publisher-place"] = "Cluj-Napoca"
        if self.rng.random() < 0.7:
            record["URL"] = base + "investors/" + self.fakers["en_GB"].slug() + ".pdf"
        return self._org_work(self._dated(record, year), "report", name, set(tags))

    def _market_research(self) -> Work:
        year: int | None = self.year() if self.rng.random() < 0.9 else None
        (name, tags), year = self._again("market-research", self.rng.choice(_RESEARCH), year)
        country = self.rng.choice(["Romania", "Bulgaria", "Ukraine", "Moldova", "CEE"])
        market = self.rng.choice(["FMCG", "e-commerce", "banking", "mobile telecoms", "wine", "coffee", "beer",
                                  "pet food", "parcel delivery", "personal care"])  # fmt: skip
        title = self.rng.choice([f"{market[0].upper()}{market[1:]} in {country} {year or 2024}: consumer trends", f"Shopper barometer {country} {year or 2023}",
                                 f"{country} {market} market: size and forecast to 2030", f"Brand footprint {country} {year or 2024}",
                                 f"Top brands {country} {year or 2022}", f"Consumer sentiment in {country}: wave {self.rng.randint(2, 12)}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name}
        if self.rng.random() < 0.7:
            record["URL"] = self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()
        self._dated(record, year)
        return self._org_work(record, "market-research", name, set(tags))

    def _news(self) -> Work:
        press, base = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "author": self._people(2),
                                  "container-title": press, "URL": base + self.fakers["en_GB"].slug()}  # fmt: skip
        return self._person_work(self._dated(record, self.rng.randint(2015, 2025), full=True), "news")

    def _press(self) -> Work:
        press, base = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "container-title": press,
                                  "URL": base + self.fakers["en_GB"].slug()}  # fmt: skip
        self._dated(record, self.rng.randint(2015, 2025), full=True)
        return self._org_work(record, "press", press, {"press"})

    def _news_title(self) -> str:
        brand = self.rng.choice([c[0] for c in _COMPANIES[:18]])
        return self.rng.choice([f"{brand} reports record online sales", f"{brand} launches new loyalty app",
                                f"How {brand} kept customers during the blackouts", f"{brand} bets on {self.rng.choice(_TOPICS)}",
                                f"Romanians spend more on {self.rng.choice(['wine', 'coffee', 'delivery', 'streaming'])}",
                                "Retail sales fall as inflation bites", f"{brand} rebrands for younger shoppers"])  # fmt: skip

    def _social(self) -> Work:
        platform = self.rng.choice(_PLATFORMS)
        record: dict[str, Any] = {"type": "webpage", "container-title": platform,
                                  "title": f"{self.rng.choice(['We are proud to announce', 'Mulțumim tuturor', 'Our new campaign is live', 'Big news for our customers', 'Behind the scenes'])} [{platform} post]",
                                  "URL": _POST_URLS[platform] + self.fakers["en_GB"].user_name()}  # fmt: skip
        self._dated(record, self.rng.randint(2018, 2025), full=True)
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags, _base = self.rng.choice(_COMPANIES)
        return self._org_work(record, "social", name, set(tags))

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "container-title": "YouTube",
                                  "title": f"{self.rng.choice(['Cum am construit brandul', 'How we scaled', 'Case study:', 'Keynote:'])} {self.rng.choice(_TOPICS)} [Video]",
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}"}  # fmt: skip
        self._dated(record, self.rng.randint(2018, 2025), full=True)
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name, tags, _base = self.rng.choice(_COMPANIES)
        return self._org_work(record, "video", name, set(tags))

    def _podcast(self) -> Work:
        show = self.rng.choice(_SHOWS)
        record: dict[str, Any] = {"type": "webpage", "container-title": show,
                                  "title": f"Episode {self.rng.randint(3, 240)}: {self.rng.choice(_TOPICS)} [Podcast]",
                                  "author": self._people(2), "URL": f"https://open.spotify.com/episode/{self.fakers['en_GB'].lexify('??????????')}"}  # fmt: skip
        self._dated(record, self.rng.randint(2019, 2025), full=True)
        return self._person_work(record, "podcast")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        year = None if self.rng.random() < 0.6 else self.rng.randint(2018, 2025)
        if self.rng.random() < 0.45:
            record["author"] = self._people(2)
            record["URL"] = self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()
            return self._person_work(self._dated(record, year), "web")
        name, tags, base = self.rng.choice(_GOVERNMENT + _COMPANIES)
        record["URL"] = base + self.fakers["en_GB"].slug()
        self._dated(record, year)
        return self._org_work(record, "web", name, set(tags) | ({"undated"} if year is None else set()))
