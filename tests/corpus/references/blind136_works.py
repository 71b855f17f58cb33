"""Works for the blind136 pool (HELD OUT): what marketers in Poland and its diaspora cite in CIM reports and MBAs.

Written without reading the checker, its tests or the other pools. Polish names with and without their
diacritics, masculine and feminine surname forms, double-barrelled and shared surnames, anglicised diaspora
names; Polish and international journals, textbooks and e-books (PWN, C.H. Beck, Wolters Kluwer, Oficyna SGH),
chapters, theses from SGH, Kozminski, the Jagiellonian and Poznań UEB, conference papers, company pages and
reports with their legal forms (S.A., sp. z o.o., sp.k.), trade bodies, UOKiK, UKE, KNF, NBP and GUS, laws as
"Ustawa z dnia ... – ..." with their Dz.U. numbers, research firms with a year in the title, the Polish and
diaspora press signed and unsigned, social posts, podcasts and videos, undated pages; Polish titles with English
in square brackets.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (masculine, feminine) surname forms; the feminine is used for women.
_SURNAMES = [
    ("Kowalski", "Kowalska"), ("Nowicki", "Nowicka"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
    ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
    ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"),
    ("Jankowski", "Jankowska"), ("Mazur", "Mazur"), ("Kwiatkowski", "Kwiatkowska"), ("Krawczyk", "Krawczyk"),
    ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"), ("Nowak", "Nowak"), ("Pawłowski", "Pawłowska"),
    ("Michalski", "Michalska"), ("Król", "Król"), ("Wieczorek", "Wieczorek"), ("Jabłoński", "Jabłońska"),
    ("Wróbel", "Wróbel"), ("Majewski", "Majewska"), ("Olszewski", "Olszewska"), ("Stępień", "Stępień"),
    ("Jaworski", "Jaworska"), ("Malinowski", "Malinowska"), ("Górski", "Górska"), ("Rutkowski", "Rutkowska"),
    ("Sikora", "Sikora"), ("Ostrowski", "Ostrowska"), ("Baran", "Baran"), ("Duda", "Duda"), ("Szewczyk", "Szewczyk"),
    ("Tomaszewski", "Tomaszewska"), ("Pietrzak", "Pietrzak"), ("Wróblewski", "Wróblewska"), ("Żak", "Żak"),
    ("Żurawski", "Żurawska"), ("Ślusarczyk", "Ślusarczyk"), ("Łuczak", "Łuczak"), ("Świątek", "Świątek"),
    ("Chmielewski", "Chmielewska"), ("Błaszczyk", "Błaszczyk"), ("Gęsicki", "Gęsicka"), ("Sobczak", "Sobczak"),
    ("Czarnecki", "Czarnecka"), ("Brzęczyszczykiewicz", "Brzęczyszczykiewicz"), ("Źródłowski", "Źródłowska"),
    ("Gołębiowski", "Gołębiowska"), ("Zając", "Zając"), ("Ćwik", "Ćwik"), ("Łukasik", "Łukasik"),
    ("Śliwiński", "Śliwińska"), ("Dziedzic", "Dziedzic"), ("Grzegorczyk", "Grzegorczyk"), ("Szczepański", "Szczepańska"),
]  # fmt: skip
_MEN = ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Łukasz", "Michał", "Marcin", "Grzegorz", "Wojciech", "Jędrzej",
        "Bartłomiej", "Maciej", "Jakub", "Przemysław", "Sławomir", "Zbigniew", "Mikołaj", "Radosław", "Kacper",
        "Szymon", "Andrzej", "Witold", "Jerzy", "Dariusz", "Rafał"]  # fmt: skip
_WOMEN = ["Anna", "Małgorzata", "Agnieszka", "Katarzyna", "Joanna", "Magdalena", "Żaneta", "Bożena", "Grażyna",
          "Elżbieta", "Aleksandra", "Zofia", "Łucja", "Dorota", "Ewelina", "Agata", "Justyna", "Iwona", "Jadwiga",
          "Beata", "Urszula", "Marta", "Weronika", "Ewa", "Halina"]  # fmt: skip
# Diaspora names: anglicised spellings and given names, as they stand on papers from London, Chicago or Dublin.
_DIASPORA = [
    ("Kowalski", "Chris"), ("Wisniewski", "Mark"), ("Jablonski", "Kate"), ("Lewandowski", "Adam"),
    ("Zielinski", "Sophie"), ("Dabrowski", "Peter"), ("Kozlowski", "Natalie"), ("Wojcik", "Daniel"),
    ("Nowak", "Emily"), ("Wozniak", "Jessica"), ("Sikorski", "Matthew"), ("Gorski", "Hannah"), ("Kowal", "Jack"),
    ("Nowakowski", "Ryan"), ("Lukas", "Martin"), ("Shimanski", "Laura"), ("Zelinsky", "Michael"),
    ("Pietrowski", "Thomas"), ("Walenski", "Olivia"), ("Krol", "Natalia"),
]  # fmt: skip
# Expatriates and foreign co-authors who write about Polish markets.
_EXPATS = [
    ("Schmidt", "Katrin"), ("Müller", "Jürgen"), ("Andersen", "Ingrid"), ("Hansen", "Ole"), ("O'Connor", "Siobhán"),
    ("Murphy", "Aoife"), ("Smith", "Rebecca"), ("Taylor", "James"), ("Kovács", "Gábor"), ("Novák", "Jan"),
    ("Shevchenko", "Olena"), ("Kovalenko", "Dmytro"), ("Bondarenko", "Iryna"), ("Johansson", "Erik"),
    ("García", "Lucía"), ("Dubois", "Claire"), ("Patel", "Ravi"), ("Brown", "Oliver"),
]  # fmt: skip
_ASCII = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


_DOMAINS = {"Polskie Linie Lotnicze LOT S.A.": "lot", "LOT Polish Airlines": "lot", "CD PROJEKT S.A.": "cdprojekt",
            "CD Projekt RED": "cdprojektred", "Spółdzielnia Mleczarska Mlekovita": "mlekovita", "PKO Bank Polski S.A.": "pkobp",
            "PKO BP": "pkobp", "Bank Pekao S.A.": "pekao", "Polski Standard Płatności sp. z o.o.": "blik",
            "Jeronimo Martins Polska S.A.": "biedronka", "Grupa Wirtualna Polska": "wp", "Związek Banków Polskich": "zbp",
            "Stowarzyszenie Komunikacji Marketingowej SAR": "sar", "Izba Gospodarki Elektronicznej": "eizba",
            "Polish Investment and Trade Agency (PAIH)": "paih", "Polsko-Brytyjska Izba Handlowa": "bpcc",
            "Polish Chamber of Commerce in Chicago": "polishchamberchicago", "Dziennik Gazeta Prawna": "gazetaprawna",
            "Gazeta Wyborcza": "wyborcza", "Puls Biznesu": "pb", "Business Insider Polska": "businessinsider",
            "Wirtualne Media": "wirtualnemedia", "Dziennik Związkowy": "dziennikzwiazkowy", "Notes from Poland": "notesfrompoland",
            "Emerging Europe": "emerging-europe", "Komputer Świat": "komputerswiat", "Santander Bank Polska S.A.": "santander",
            "Orange Polska S.A.": "orange", "Allegro.eu S.A.": "allegro", "T-Mobile Polska S.A.": "t-mobile", "Grupa Żywiec S.A.": "grupazywiec"}  # fmt: skip


def _slug(name: str) -> str:
    """A web address's name from an organisation's: "The Guardian" as "theguardian", "Żabka" as "zabka"."""
    if name in _DOMAINS:
        return _DOMAINS[name]
    words = [w for w in name.split() if w.lower() not in ("grupa",)] or name.split()
    first = words[0] if words[0] != "The" else "".join(words[:2])
    return "".join(ch for ch in first.translate(_ASCII).lower() if ch.isalnum())


_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("PKO Bank Polski S.A.", {"company"}), ("PKO BP", {"company", "acronym"}), ("mBank S.A.", {"company", "lowercase"}),
    ("mBank", {"company", "lowercase"}), ("Santander Bank Polska S.A.", {"company"}), ("Bank Pekao S.A.", {"company"}),
    ("Polski Standard Płatności sp. z o.o.", {"company"}), ("BLIK", {"company"}), ("Revolut", {"company"}),
    ("Orange Polska S.A.", {"company"}), ("P4 sp. z o.o.", {"company"}), ("Play", {"company"}),
    ("Polkomtel sp. z o.o.", {"company"}), ("T-Mobile Polska S.A.", {"company"}), ("Allegro.eu S.A.", {"company"}),
    ("Allegro", {"company"}), ("InPost S.A.", {"company"}), ("LPP SA", {"company"}), ("CCC S.A.", {"company"}),
    ("Jeronimo Martins Polska S.A.", {"company"}), ("Biedronka", {"company"}), ("Żabka Polska sp. z o.o.", {"company"}),
    ("Żabka Group", {"company"}), ("Lidl Polska Sklepy Spożywcze sp. z o.o. sp.k.", {"company"}),
    ("Rossmann Supermarkety Drogeryjne Polska sp. z o.o.", {"company"}), ("Grupa Maspex", {"company"}),
    ("E. Wedel sp. z o.o.", {"company", "initial"}), ("Grupa Żywiec S.A.", {"company"}),
    ("Spółdzielnia Mleczarska Mlekovita", {"company"}), ("CD PROJEKT S.A.", {"company"}), ("CD Projekt RED", {"company"}),
    ("Techland", {"company"}), ("Polskie Linie Lotnicze LOT S.A.", {"company"}), ("LOT Polish Airlines", {"company"}),
    ("Agora S.A.", {"company"}), ("Grupa Wirtualna Polska", {"company"}), ("Związek Banków Polskich", {"trade-body"}),
    ("IAB Polska", {"trade-body"}), ("Stowarzyszenie Komunikacji Marketingowej SAR", {"trade-body"}),
    ("Izba Gospodarki Elektronicznej", {"trade-body"}), ("Polska Izba Handlu", {"trade-body"}),
    ("Polish Investment and Trade Agency (PAIH)", {"trade-body", "abbreviation"}),
    ("Polsko-Brytyjska Izba Handlowa", {"trade-body"}), ("Polish Chamber of Commerce in Chicago", {"trade-body"}),
    ("Deloitte Polska", {"company"}), ("PwC Polska", {"company"}), ("KPMG w Polsce", {"company"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, str]] = [
    ("Urząd Ochrony Konkurencji i Konsumentów", "https://uokik.gov.pl"), ("UOKiK", "https://uokik.gov.pl"),
    ("Urząd Ochrony Konkurencji i Konsumentów (UOKiK)", "https://uokik.gov.pl"),
    ("Urząd Komunikacji Elektronicznej", "https://uke.gov.pl"), ("UKE", "https://uke.gov.pl"),
    ("Komisja Nadzoru Finansowego", "https://www.knf.gov.pl"), ("KNF", "https://www.knf.gov.pl"),
    ("Narodowy Bank Polski", "https://nbp.pl"), ("NBP", "https://nbp.pl"),
    ("Główny Urząd Statystyczny", "https://stat.gov.pl"), ("GUS", "https://stat.gov.pl"),
    ("Statistics Poland", "https://stat.gov.pl/en"), ("Ministerstwo Cyfryzacji", "https://www.gov.pl/web/cyfryzacja"),
    ("Ministerstwo Rozwoju i Technologii", "https://www.gov.pl/web/rozwoj-technologia"),
    ("Rzecznik Finansowy", "https://rf.gov.pl"), ("Urząd Ochrony Danych Osobowych", "https://uodo.gov.pl"),
    ("European Commission", "https://commission.europa.eu"), ("Office for National Statistics", "https://www.ons.gov.uk"),
]  # fmt: skip
_LAWS = [
    ("Ustawa z dnia 16 lipca 2004 r. – Prawo telekomunikacyjne", 2004, "Dz.U. 2004 nr 171 poz. 1800"),
    ("Ustawa z dnia 16 lutego 2007 r. o ochronie konkurencji i konsumentów", 2007, "Dz.U. 2007 nr 50 poz. 331"),
    ("Ustawa z dnia 30 maja 2014 r. o prawach konsumenta", 2014, "Dz.U. 2014 poz. 827"),
    ("Ustawa z dnia 18 lipca 2002 r. o świadczeniu usług drogą elektroniczną", 2002, "Dz.U. 2002 nr 144 poz. 1204"),
    ("Ustawa z dnia 16 kwietnia 1993 r. o zwalczaniu nieuczciwej konkurencji", 1993, "Dz.U. 1993 nr 47 poz. 211"),
    ("Ustawa z dnia 10 maja 2018 r. o ochronie danych osobowych", 2018, "Dz.U. 2018 poz. 1000"),
    ("Ustawa z dnia 12 lipca 2024 r. – Prawo komunikacji elektronicznej", 2024, "Dz.U. 2024 poz. 1221"),
    ("Ustawa z dnia 10 stycznia 2018 r. o ograniczeniu handlu w niedziele i święta", 2018, "Dz.U. 2018 poz. 305"),
    ("Ustawa z dnia 26 października 1982 r. o wychowaniu w trzeźwości i przeciwdziałaniu alkoholizmowi", 2023, "Dz.U. 2023 poz. 2151"),
    ("Obwieszczenie Marszałka Sejmu w sprawie ogłoszenia jednolitego tekstu ustawy o prawach konsumenta", 2023, "Dz.U. 2023 poz. 2759"),
    ("Ustawa z dnia 19 sierpnia 2011 r. o usługach płatniczych", 2011, "Dz.U. 2011 nr 199 poz. 1175"),
]  # fmt: skip
_LAW_AUTHORS = ["Sejm Rzeczypospolitej Polskiej", "Sejm RP", "Kancelaria Sejmu", "Poland"]
_MARKET_RESEARCH = ["Gemius", "Mediapanel", "CBOS", "IQS", "Kantar Polska", "NielsenIQ", "PMR Market Experts",
                    "Mobile Institute", "Euromonitor International", "Statista", "Mintel", "YouGov", "Ipsos Polska",
                    "ARC Rynek i Opinia", "SW Research"]  # fmt: skip
_PRESS = ["Rzeczpospolita", "Gazeta Wyborcza", "Puls Biznesu", "Forbes Polska", "Business Insider Polska",
          "Money.pl", "Wirtualne Media", "Press.pl", "Dziennik Gazeta Prawna", "Polityka", "Notes from Poland",
          "Financial Times", "The Guardian", "Emerging Europe", "Marketing Week", "Campaign", "The Irish Times",
          "Chicago Tribune", "Dziennik Związkowy", "Handelsblatt", "Bankier.pl", "Komputer Świat"]  # fmt: skip
_JOURNALS = [
    ("Marketing i Rynek", "10.33226/1231-7853"), ("Handel Wewnętrzny", "10.33226/0438-5403"),
    ("Journal of Marketing and Consumer Behaviour in Emerging Markets", "10.7172/2449-6634"),
    ("Central European Management Journal", "10.1108/CEMJ"),
    ("Journal of Management and Business Administration. Central Europe", "10.7172/2084-3356"),
    ("Entrepreneurial Business and Economics Review", "10.15678/EBER"), ("Economics and Business Review", "10.18559/ebr"),
    ("Equilibrium. Quarterly Journal of Economics and Economic Policy", "10.24136/eq"),
    ("Zeszyty Naukowe Uniwersytetu Ekonomicznego w Krakowie", "10.15678/ZNUEK"), ("Problemy Zarządzania", "10.7172/1644-9584"),
    ("Przegląd Organizacji", "10.33141/po"), ("Journal of Retailing and Consumer Services", "10.1016/j.jretconser"),
    ("International Journal of Bank Marketing", "10.1108/IJBM"), ("Journal of Business Research", "10.1016/j.jbusres"),
    ("Sustainability", "10.3390/su"), ("Journal of Economics and Management", "10.22367/jem"),
    ("European Journal of Marketing", "10.1108/EJM"), ("Baltic Journal of Management", "10.1108/BJM"),
]  # fmt: skip
_PUBLISHERS = [("Wydawnictwo Naukowe PWN", "Warszawa"), ("PWN", "Warszawa"), ("Wydawnictwo C.H. Beck", "Warszawa"),
               ("Wolters Kluwer Polska", "Warszawa"), ("Oficyna Wydawnicza SGH", "Warszawa"), ("Poltext", "Warszawa"),
               ("Helion", "Gliwice"), ("Onepress", "Gliwice"), ("Wydawnictwo Uniwersytetu Jagiellońskiego", "Kraków"),
               ("Wydawnictwo Uniwersytetu Ekonomicznego w Poznaniu", "Poznań"), ("Difin", "Warszawa"),
               ("Wydawnictwo Uniwersytetu Łódzkiego", "Łódź"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"),
               ("Palgrave Macmillan", "Cham"), ("Springer", "Cham"), ("Kogan Page", "London"), ("Sage", "London")]  # fmt: skip
_UNIVERSITIES = ["SGH Warsaw School of Economics", "Szkoła Główna Handlowa w Warszawie", "Kozminski University",
                 "Akademia Leona Koźmińskiego", "Jagiellonian University", "Uniwersytet Jagielloński",
                 "Poznań University of Economics and Business", "Uniwersytet Ekonomiczny w Krakowie",
                 "University of Łódź", "Uniwersytet Ekonomiczny w Katowicach", "University of Warsaw",
                 "University of Gdańsk", "Kingston University", "University College Dublin"]  # fmt: skip
_GENRES = ["PhD thesis", "Rozprawa doktorska [Doctoral dissertation]", "Praca magisterska [Master's thesis]",
           "MBA dissertation", "MSc dissertation", "Executive MBA project"]  # fmt: skip
_CONFERENCES = [("Proceedings of the 39th International Business Information Management Association Conference", "Granada"),
                ("Marketing Science & Inspirations Conference Proceedings", "Bratislava"),
                ("Proceedings of the Polish Marketing Association Annual Conference", "Wrocław"),
                ("Proceedings of the European Marketing Academy Conference (EMAC)", "Poznań"),
                ("Knowledge-Economy-Society: Proceedings of the Cracow University of Economics", "Kraków"),
                ("Proceedings of the International Conference on Business Excellence", "Bucharest")]  # fmt: skip
_TOPICS = ["BLIK mobile payments", "loyalty apps in convenience retail", "parcel lockers", "Black Week promotions",
           "Gen Z consumers", "green claims", "private labels", "influencer marketing", "omnichannel banking",
           "game launches", "premium chocolate", "craft beer", "price sensitivity", "brand trust", "e-grocery",
           "fintech adoption", "5G marketing", "sponsorship", "consumer ethnocentrism", "diaspora consumers",
           "Sunday trading bans", "buy now, pay later", "retail media", "CSR communication", "employer branding"]  # fmt: skip
_POLISH_TITLES = [
    ("Zachowania konsumentów na rynku e-commerce w Polsce", "Consumer behaviour in the Polish e-commerce market"),
    ("Lojalność klientów wobec banków mobilnych", "Customer loyalty towards mobile banks"),
    ("Marketing w mediach społecznościowych", "Social media marketing"),
    ("Komunikacja marketingowa marek polskich", "Marketing communication of Polish brands"),
    ("Etnocentryzm konsumencki a wybór marki", "Consumer ethnocentrism and brand choice"),
    ("Płatności mobilne BLIK w handlu detalicznym", "BLIK mobile payments in retail"),
    ("Strategie cenowe sieci dyskontowych", "Pricing strategies of discount chains"),
    ("Wizerunek marki pracodawcy w branży gier", "Employer brand image in the games industry"),
    ("Zielony marketing w przemyśle spożywczym", "Green marketing in the food industry"),
    ("Pokolenie Z jako konsumenci usług telekomunikacyjnych", "Generation Z as consumers of telecom services"),
    ("Automaty paczkowe a doświadczenie klienta", "Parcel lockers and the customer experience"),
    ("Marketing sensoryczny w handlu", "Sensory marketing in retail"),
    ("Promocje sprzedaży w okresie Black Week", "Sales promotions during Black Week"),
    ("Zarządzanie marką w sektorze bankowym", "Brand management in the banking sector"),
    ("Konsument ponowoczesny", "The postmodern consumer"),
    ("Polska diaspora w Wielkiej Brytanii jako segment rynku", "The Polish diaspora in the UK as a market segment"),
]  # fmt: skip
_ENGLISH_FORMS = ["{t}: evidence from Poland", "The role of {t} in Central and Eastern Europe",
                  "{t} and customer loyalty in Polish retail", "Drivers of {t}: a study of Polish consumers",
                  "{t} among Polish migrants in the UK and Ireland", "Rethinking {t} after the pandemic",
                  "{t} in an emerging market: the case of Poland", "How {t} shapes brand equity"]  # fmt: skip


class Blind136WorkFactory(WorkFactory):
    """Works for the blind136 pool: Polish and diaspora names, Polish firms, regulators, laws and press."""

    DRAWN = (("book", 12), ("chapter", 6), ("journal", 22), ("thesis", 5), ("conference", 4), ("company", 10),
             ("report", 6), ("body", 5), ("government", 7), ("legislation", 4), ("market-research", 7),
             ("news", 9), ("social", 3), ("podcast", 2), ("video", 2), ("web", 4), ("undated-web", 4))  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation",
             "market-research", "news", "social", "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 136 + 13601)
        self.surnames: list[tuple[str, str]] = []
        self.dated_orgs: list[tuple[str, set[str], list[int]]] = []

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.12:
            family, given = rng.choice(_DIASPORA)
            return {"family": family, "given": given}
        if roll < 0.2:
            family, given = rng.choice(_EXPATS)
            return {"family": family, "given": given}
        woman = rng.random() < 0.55
        pair = rng.choice(_SURNAMES)
        if roll < 0.27 and self.surnames:  # the same surname as a co-author or another author in the report
            pair = rng.choice(self.surnames)
        self.surnames.append(pair)
        family = pair[1] if woman else pair[0]
        given = rng.choice(_WOMEN if woman else _MEN)
        roll = rng.random()
        if roll < 0.1:  # a married woman's double-barrelled surname
            other = rng.choice(_SURNAMES)
            family = f"{family}-{other[1] if woman else other[0]}" if woman else f"{other[0]}-{family}"
        elif roll < 0.2:  # typed on an English keyboard: no diacritics
            family, given = family.translate(_ASCII), given.translate(_ASCII)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[35, 28, 15, 8, 5, 4, 3, 2][:most])[0]
        people = [self.person() for _ in range(count)]
        if count >= 2 and self.rng.random() < 0.08:  # husband and wife: Kowalski and Kowalska
            pair = self.rng.choice([p for p in _SURNAMES if p[0] != p[1]])
            people[0] = {"family": pair[0], "given": self.rng.choice(_MEN)}
            people[1] = {"family": pair[1], "given": self.rng.choice(_WOMEN)}
        return people

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1985, 2005)
        return self.rng.randint(2009, 2025)

    def _accessed(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        accessed = [self.rng.randint(2023, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if issued is not None:
            parts = issued["date-parts"][0]
            if accessed[: len(parts)] < parts:
                accessed = [parts[0], parts[1] if len(parts) > 1 else 12, 28]
        return {"date-parts": [accessed]}

    def _title(self) -> str:
        if self.rng.random() < 0.3:
            polish, english = self.rng.choice(_POLISH_TITLES)
            return f"{polish} [{english}]"
        topic = self.rng.choice(_TOPICS)
        title = self.rng.choice(_ENGLISH_FORMS).format(t=topic)
        return title[0].upper() + title[1:]

    def _dated(self, record: dict[str, Any], full: bool = False) -> dict[str, Any]:
        year = self.year()
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if full else [year]
        record["issued"] = {"date-parts": [parts]}
        return record

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices([k for k, _ in self.DRAWN], weights=[w for _, w in self.DRAWN])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # now and then the same organisation in the same year as an earlier work: "GUS, 2019a" and "2019b"
        earlier = [o for o in self.dated_orgs if o[0] == name]
        if earlier and "issued" in record and kind in ("web", "report") and self.rng.random() < 0.5:
            name, tags, parts = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(parts)]}
            if "accessed" in record:
                record["accessed"] = self._accessed(record["issued"])
        if "issued" in record:
            self.dated_orgs.append((name, set(tags), list(record["issued"]["date-parts"][0])))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self._title() if self.rng.random() < 0.7 else self.rng.choice(
            ["Marketing. Podręcznik europejski [Marketing: a European textbook]", "Podstawy marketingu [Principles of marketing]",
             "Zachowania konsumentów [Consumer behaviour]", "Badania marketingowe [Marketing research]",
             "Marketing internetowy [Internet marketing]", "Strategic brand management in Central Europe"])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4), "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 7))
        if self.rng.random() < 0.15:
            record["medium"] = self.rng.choice(["e-book", "Kindle edition"])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        book = self.rng.choice(["Marketing w Polsce [Marketing in Poland]", "Handel detaliczny w Polsce [Retailing in Poland]",
                                "Consumer behaviour in Central and Eastern Europe", "Digital transformation of Polish banking",
                                "Nowe trendy w komunikacji marketingowej [New trends in marketing communication]"])  # fmt: skip
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
                                  "container-title": book, "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(8, 30)}"}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        journal, prefix = self.rng.choice(_JOURNALS)
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": journal, "volume": str(self.rng.randint(1, 60)),
                                  "issue": str(self.rng.randint(1, 12)),
                                  "page": f"{start}-{start + self.rng.randint(8, 25)}"}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.5:
            year = record["issued"]["date-parts"][0][0]
            record["DOI"] = f"{prefix}.{year}.{self.rng.randint(1, 12)}.{self.rng.randint(1, 120)}"
        elif self.rng.random() < 0.3:
            record["URL"] = f"https://www.ceeol.com/search/article-detail?id={self.rng.randint(100000, 999999)}"
            record["accessed"] = self._accessed(record["issued"])
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(_GENRES), "publisher": self.rng.choice(_UNIVERSITIES)}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        name, place = self.rng.choice(_CONFERENCES)
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": name, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(5, 12)}"}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "conference")

    def _company_name(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def _company(self) -> Work:
        name, tags = self._company_name()
        slug = _slug(name)
        title = self.rng.choice(["O nas [About us]", "Our story", "Sustainability", "Raport ESG [ESG report]",
                                 "Strategia marki [Brand strategy]", "Press centre", "Kariera [Careers]",
                                 "Program lojalnościowy [Loyalty programme]", "Investor relations",
                                 "Black Week 2023: results", "Mikołajki campaign", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": f"https://www.{slug}.pl/{self.rng.choice(['o-nas', 'en/about', 'esg', 'kariera', 'media'])}"}  # fmt: skip
        if self.rng.random() < 0.75:
            self._dated(record)
        record["accessed"] = self._accessed(record.get("issued"))
        return self._org_work(record, "web", name, tags)

    def _report(self) -> Work:
        name, tags = self._company_name()
        year = self.rng.randint(2010, 2024)
        title = self.rng.choice([f"Raport roczny {year} [Annual report {year}]", f"Integrated report {year}",
                                 f"Sprawozdanie zarządu z działalności za rok {year} [Management board report for {year}]",
                                 f"Raport zrównoważonego rozwoju {year} [Sustainability report {year}]",
                                 f"ESG report {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "publisher-place": self.rng.choice(
            ["Warszawa", "Kraków", "Gdańsk", "Poznań", "Wrocław", "Katowice", "Łódź", "Sopot", "Żywiec", "Suwałki", "Gdynia", "Polkowice"]),
            "issued": {"date-parts": [[min(year + 1, 2025)]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{_slug(name)}.pl/raporty/{year}"
            record["accessed"] = self._accessed(record["issued"])
        return self._org_work(record, "report", name, tags)

    def _body(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "trade-body" in o[1]] + [
            ("Polish Chamber of Commerce in Chicago", {"trade-body"})])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self._title(), "publisher": name.split(" (")[0],
                                  "publisher-place": "Warszawa"}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{_slug(name)}.org.pl/publikacje"
            record["accessed"] = self._accessed(record["issued"])
        return self._org_work(record, "report", name, set(tags))

    def _government(self) -> Work:
        name, url = self.rng.choice(_GOVERNMENT)
        year = self.rng.randint(2010, 2024)
        number = self.rng.randint(1, 30)
        title = self.rng.choice([f"Rocznik Statystyczny Rzeczypospolitej Polskiej {year} [Statistical Yearbook of the Republic of Poland {year}]",
                                 f"Raport o stanie rynku telekomunikacyjnego w Polsce w {year} r. [Report on the telecommunications market in Poland in {year}]",
                                 f"Decyzja nr RWA-{number}/{year} [Decision no. RWA-{number}/{year}]",
                                 f"Raport o stabilności systemu finansowego [Financial stability report], {self.rng.choice(['lipiec', 'grudzień'])} {year}",
                                 "Stanowisko w sprawie reklamy kredytów konsumenckich [Position on consumer credit advertising]",
                                 f"Household budget survey in {year}", f"Ludność. Stan i struktura {year} [Population. Size and structure {year}]",
                                 "Influencer marketing: recommendations of the UOKiK President", self._title()])  # fmt: skip
        if name in ("European Commission", "Office for National Statistics"):
            title = self.rng.choice([f"Digital Economy and Society Index {year}: Poland", "Polish-born residents of the UK",
                                     f"Population of the UK by country of birth: {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[min(year + self.rng.randint(0, 1), 2025)]]},
                                  "URL": f"{url}/{self.rng.choice(['publikacje', 'aktualnosci', 'en/topics', 'raporty'])}"}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Warszawa"
        record["accessed"] = self._accessed(record["issued"])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        title, year, journal = self.rng.choice(_LAWS)
        name = self.rng.choice(_LAW_AUTHORS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "container-title": journal,
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU{year}{self.rng.randint(1000000, 9999999):07d}"}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"])
        return self._org_work(record, "legislation", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        y = year or 2024
        market = self.rng.choice(["e-commerce", "mobile banking", "convenience stores", "confectionery", "beer",
                                  "telecoms", "video games", "parcel delivery", "soft drinks", "dairy", "drugstores"])  # fmt: skip
        title = self.rng.choice([f"E-commerce w Polsce {y} [E-commerce in Poland {y}]", f"{market.capitalize()} in Poland {y}",
                                 f"Rynek {market} w Polsce {y} [The {market} market in Poland {y}]",
                                 f"Polacy a {market}: raport {y} [Poles and {market}: report {y}]",
                                 f"Share of Polish internet users who paid with BLIK in Q{self.rng.randint(1, 4)} {y}",
                                 f"{market.capitalize()} - Poland - {self.rng.choice(['January', 'June', 'October'])} {y}",
                                 f"Komunikat z badań: {market} [Research communiqué: {market}] {y}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{_slug(name)}.pl/raport-{y}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed(record.get("issued"))
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "URL": f"https://www.{paper.lower() if paper.endswith('.pl') else _slug(paper) + ('.com' if paper.isascii() and ' ' in paper else '.pl')}/{self.rng.randint(10000, 99999)}"}  # fmt: skip
        self._dated(record, full=True)
        record["accessed"] = self._accessed(record["issued"])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, tags = self._company_name()
        platform = self.rng.choice(["Instagram", "Facebook", "LinkedIn", "TikTok", "X"])
        title = self.rng.choice(["Tłusty Czwartek z nami!", "Wesołych Świąt i spokojnej Wigilii", "Mikołajki: -20% na wszystko",
                                 "Dzień Kobiet: dziękujemy", "Black Week startuje!", "Święto Niepodległości 11.11",
                                 "Nowa kampania już w sieci", "We are hiring in Kraków"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": title, "container-title": platform,
                                  "URL": f"https://www.{platform.lower()}.com/{_slug(name)}/posts/{self.rng.randint(10**8, 10**9)}"}  # fmt: skip
        record["issued"] = {
            "date-parts": [[self.rng.randint(2018, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }
        record["accessed"] = self._accessed(record["issued"])
        if self.rng.random() < 0.3:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        show = self.rng.choice(["Marketing przy kawie", "Biznes Insider Podcast", "Marketingowe Sztosy", "Polish Business Podcast",
                                "Limity nie istnieją", "Puls Biznesu Podcast"])  # fmt: skip
        record: dict[str, Any] = {"type": "song", "title": f"Odcinek {self.rng.randint(1, 250)}: {self._title()}",
                                  "container-title": show, "medium": "Podcast",
                                  "URL": f"https://open.spotify.com/episode/{self.rng.randint(10**9, 10**10)}"}  # fmt: skip
        self._dated(record, full=True)
        record["accessed"] = self._accessed(record["issued"])
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        name, tags = self._company_name()
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(
            ["Reklama świąteczna", "Christmas advert", "Jak działa BLIK? [How does BLIK work?]", "Kulisy kampanii [Behind the campaign]",
             "Wiedźmin 3: Dziki Gon [The Witcher 3: Wild Hunt] trailer", "Tymbark: kapsel z przesłaniem"]),
            "medium": "YouTube", "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}"}  # fmt: skip
        self._dated(record, full=True)
        record["title"] += f" {record['issued']['date-parts'][0][0]}"
        record["accessed"] = self._accessed(record["issued"])
        return self._org_work(record, "video", name, tags)

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://www.{self.rng.choice(['sprawnymarketing', 'marketerplus', 'nowymarketing', 'blog.allegro.tech', 'medium.com'])}.pl/{self.rng.randint(1000, 9999)}"}  # fmt: skip
        self._dated(record)
        record["accessed"] = self._accessed(record["issued"])
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        if self.rng.random() < 0.4:
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": [self.person()],
                                      "URL": f"https://www.marketerplus.pl/{self.rng.randint(1000, 9999)}"}  # fmt: skip
            record["accessed"] = self._accessed(None)
            return self._person_work(record, "web")
        name, tags = self._company_name()
        record = {"type": "webpage", "title": self.rng.choice(["O nas [About us]", "Historia marki [Brand history]", "FAQ",
                                                               "Regulamin promocji [Promotion terms]", "Our values"]),
                  "URL": f"https://www.{_slug(name)}.pl/", "accessed": self._accessed(None)}  # fmt: skip
        return self._org_work(record, "web", name, tags | {"undated"})
