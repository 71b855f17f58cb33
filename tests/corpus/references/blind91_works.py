"""Works for the ninety-first held-out pool, "blind91": what marketers in Luxembourg, Liechtenstein, Monaco, Andorra
and San Marino cite in CIM Level 6 and 7 reports and MBA assignments taught in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninety-first hand,
without reading the checker, its tests or the other pools' frames, decoys and works: journal articles with one to
eight authors, textbooks in French, German, Catalan and Italian with English translations in square brackets,
chapters, theses from the small states' universities, banks', insurers', telecoms', casinos' and tourism offices'
own pages and reports, regulators, statistics offices, ministries and laws with their numbers and years, EU and EEA
regulations, Big Four and research-firm reports, the local press signed and unsigned, social posts and podcasts;
Luxembourgish, German, French, Italian, Catalan, Portuguese, Belgian and Swiss names with particles, double and
hyphenated surnames, accents and expatriate names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_GIVEN = ["Jean-Claude", "Marie-Paule", "Luc", "Josée", "Tom", "Romain", "Anne-Marie", "Claude", "Laurent", "Nathalie",
          "Yves", "Carole", "Gilles", "Michèle", "Pol", "Fränz", "Jhang", "Léon", "Marc", "Sandrine", "Jeff", "Joëlle",
          "Matthias", "Ursula", "Andreas", "Bettina", "Thomas", "Sabine", "Florian", "Daniela", "Raphael", "Corinne",
          "Lorenz", "Mirjam", "Stefan", "Brigitte", "Béatrice", "Laurent", "Stéphane", "Hélène", "Grégoire", "Aurélie",
          "Jordi", "Montserrat", "Núria", "Xavier", "Meritxell", "Joan", "Pere", "Mireia", "Àlex", "Maria-Rosa",
          "Giovanni", "Chiara", "Alessandro", "Federica", "Matteo", "Lucia", "Marco", "Francesca", "Simone", "Elena",
          "João", "Ana-Rita", "Sofia", "Tiago", "Inês", "Rui", "Catarina", "Pieter", "Annelies", "Koen", "Wouter",
          "Priya", "Rahul", "Oliver", "Hannah", "James", "Siobhan", "Aleksandra", "Tomasz", "Jean-Pierre", "Eva-Maria"]  # fmt: skip
# (particle, family): particles are written lower case before the surname and kept in the citation.
_FAMILY = [("", "Schmit"), ("", "Weber"), ("", "Hoffmann"), ("", "Wagner"), ("", "Thill"), ("", "Reuter"),
           ("", "Kieffer"), ("", "Wirtz"), ("", "Muller"), ("", "Schroeder"), ("", "Goedert"), ("", "Kremer"),
           ("", "Frisch"), ("", "Entringer"), ("", "Meyers"), ("", "Feyder"), ("", "Biever"), ("", "Hilbert-Thill"),
           ("", "Büchel"), ("", "Frommelt"), ("", "Kaiser"), ("", "Ospelt"), ("", "Marxer"), ("", "Hasler"),
           ("", "Vogt"), ("", "Negele"), ("", "Wohlwend"), ("", "Beck"), ("", "Risch"), ("", "Schädler"),
           ("", "Gstöhl"), ("", "Näscher"), ("", "Quaderer"), ("", "Öhri"), ("von", "Liechtenstein-Hohenems"),
           ("von", "Bergen"), ("", "Boisson"), ("", "Pastor"), ("", "Médecin"), ("", "Notari"), ("", "Gastaud"),
           ("", "Campora"), ("", "Lorenzi"), ("", "Cellario"), ("de", "Millo"), ("de", "Castro"), ("", "Rossi"),
           ("", "Battistini"), ("", "Gasperoni"), ("", "Giardi"), ("", "Zafferani"), ("", "Mularoni"), ("", "Casali"),
           ("di", "Renzo"), ("", "Santolini"), ("", "Terenzi"), ("", "Marcucci-Bollini"), ("", "Riba"),
           ("", "Pujol"), ("", "Armengol"), ("", "Cairat"), ("", "Font"), ("", "Sansa"), ("", "Martí Casals"),
           ("", "Puig"), ("", "Vilà"), ("de la", "Fuente"), ("", "Espot Zamora"), ("", "Bonell"), ("", "Rodrigues"),
           ("", "Pereira da Silva"), ("", "Gonçalves"), ("", "Ferreira"), ("", "Teixeira"), ("", "Dos Santos"),
           ("van", "den Bossche"), ("van", "Damme"), ("", "Van Hecke"), ("", "Dewulf"), ("", "Peeters"),
           ("d'", "Ansembourg"), ("de", "Lafontaine"), ("de", "Villeneuve"), ("", "Lefèvre"), ("", "Dupont-Aignan"),
           ("", "Gérard"), ("", "Müller-Lüdenscheidt"), ("", "Zürcher"), ("", "Brändli"), ("", "Kowalczyk"),
           ("", "Nowak"), ("", "Sharma"), ("", "O'Connell"), ("", "McAllister"), ("", "Fitzgerald"),
           ("", "Ó Briain"), ("", "Lindqvist"), ("", "Østergaard"), ("", "Weis-Bettendorf")]  # fmt: skip

_LU_ORGS = ["Banque et Caisse d'Épargne de l'État, Luxembourg", "BGL BNP Paribas S.A.",
            "Banque Internationale à Luxembourg S.A. (BIL)", "POST Luxembourg", "Tango S.A.", "Cactus S.A.",
            "Cargolux Airlines International S.A.", "Luxair S.A.", "RTL Group S.A.", "Luxembourg for Finance (LFF)",
            "Commission de Surveillance du Secteur Financier (CSSF)", "STATEC", "Luxembourg for Tourism",
            "Association of the Luxembourg Fund Industry (ALFI)", "ABBL", "Chambre de Commerce Luxembourg",
            "Commission nationale pour la protection des données (CNPD)", "Luxinnovation", "House of Training",
            "Visit Luxembourg", "Ville de Luxembourg", "Ville d'Esch-sur-Alzette", "Foyer S.A.", "LALUX",
            "Institut Luxembourgeois de Régulation (ILR)", "Luxembourg Stock Exchange"]  # fmt: skip
_LI_ORGS = ["LGT Group Foundation", "Liechtensteinische Landesbank AG", "VP Bank AG", "Hilti Aktiengesellschaft",
            "Liechtenstein Marketing", "Finanzmarktaufsicht Liechtenstein (FMA)", "Amt für Statistik",
            "Liechtensteinischer Bankenverband", "Liechtenstein Finance e.V.", "Telecom Liechtenstein AG",
            "Ivoclar Vivadent AG", "Datenschutzstelle Liechtenstein", "Gemeinde Schaan"]  # fmt: skip
_MC_ORGS = ["Société des Bains de Mer et du Cercle des Étrangers à Monaco (SBM)", "Monaco Telecom S.A.M.",
            "Visit Monaco", "CMB Monaco", "IMSEE", "Monaco Economic Board", "Direction du Tourisme et des Congrès",
            "Commission de Contrôle des Informations Nominatives (CCIN)", "Automobile Club de Monaco",
            "Monte-Carlo Société des Bains de Mer", "Gouvernement Princier de Monaco"]  # fmt: skip
_AD_ORGS = ["Andbank", "Crèdit Andorrà, S.A.", "Andorra Telecom", "Grandvalira", "Andorra Turisme SAU",
            "Departament d'Estadística", "Govern d'Andorra", "Andorran Banking", "Autoritat Financera Andorrana (AFA)",
            "Agència Andorrana de Protecció de Dades (APDA)", "MoraBanc", "Cambra de Comerç, Indústria i Serveis d'Andorra"]  # fmt: skip
_SM_ORGS = ["Banca di San Marino S.p.A.", "Ufficio di Statistica (UOS)", "Segreteria di Stato per il Turismo",
            "Banca Centrale della Repubblica di San Marino", "Visit San Marino", "Cassa di Risparmio della Repubblica di San Marino",
            "TIM San Marino S.p.A.", "Camera di Commercio di San Marino"]  # fmt: skip
_INTL_ORGS = ["KPMG Luxembourg", "PwC Luxembourg", "Deloitte Luxembourg", "EY Luxembourg", "Capgemini",
              "Euromonitor International", "PricewaterhouseCoopers AG", "Deloitte (Liechtenstein) AG", "Statista",
              "Kantar", "McKinsey & Company", "Boston Consulting Group", "Ernst & Young S.A.", "Arthur D. Little",
              "European Commission", "European Data Protection Board", "OECD", "ESMA", "UN Tourism", "GSMA",
              "Knight Frank", "Capgemini Research Institute", "Bain & Company", "Ipsos", "Marks & Spencer plc",
              "Julius Bär & Co. Ltd", "Lombard Odier & Co Ltd", "St. James's Place plc"]  # fmt: skip
_NEWS = ["Luxemburger Wort", "Le Quotidien", "Paperjam", "Delano", "Tageblatt", "Liechtensteiner Vaterland",
         "Liechtensteiner Volksblatt", "Monaco-Matin", "Diari d'Andorra", "Bondia", "San Marino RTV", "L'essentiel",
         "Monaco Hebdo", "Financial Times", "Reuters", "Altas"]  # fmt: skip
_JOURNALS = ["Journal of Wealth Management", "Journal of Financial Services Marketing",
             "International Journal of Bank Marketing", "Tourism Management", "Journal of Business Research",
             "Journal of Destination Marketing & Management", "European Journal of Marketing",
             "Journal of Services Marketing", "Telecommunications Policy", "Journal of Retailing and Consumer Services",
             "International Journal of Hospitality Management", "Journal of Marketing Management",
             "Journal of Interactive Marketing", "Current Issues in Tourism", "Journal of Brand Management",
             "Psychology & Marketing", "Journal of Travel Research", "Journal of Product & Brand Management"]  # fmt: skip
_TOPICS = ["wealth transfer to next-generation clients", "trust in private banks", "relationship managers on LinkedIn",
           "digital onboarding in fund administration", "ESG disclosure and investor choice",
           "cross-border commuters as bank customers", "mobile tariffs and churn", "5G launch messaging",
           "luxury hotel loyalty", "casino brand heritage", "event-led destination marketing", "ski-resort pricing",
           "small-state nation branding", "tax-haven stigma and reputation", "multilingual advertising",
           "influencers and luxury tourism", "supermarket private labels", "click-and-collect in small markets",
           "customer experience in insurance", "consent banners and data protection", "fintech partnerships",
           "family-office client segmentation", "sustainability-linked fund marketing", "Grand Prix sponsorship",
           "shopping tourism and VAT", "rural tourism in the Pyrenees", "heritage sites and visitor flows",
           "employer branding in finance", "CRM adoption in wealth management", "chatbots in retail banking",
           "price perception of the Swiss franc", "podcasts as B2B content", "public-sector campaign evaluation",
           "airline brand repositioning", "cargo brand trust", "broadcasting brands across borders"]  # fmt: skip
_FORMS = ["{t}: evidence from Luxembourg", "{t}: the case of Liechtenstein", "{t} in the Principality of Monaco",
          "{t}: lessons from Andorra", "{t} in the Republic of San Marino", "Rethinking {t}",
          "{T} in small European states", "{T}: a mixed-methods study", "When {t} meets regulation",
          "{T} and brand equity", "Understanding {t}", "{T}: a systematic literature review",
          "{T} after the pandemic", "{T}: a Greater Region perspective", "Measuring {t}"]  # fmt: skip
_BOOKS = [("Le marketing bancaire", "Bank marketing"), ("Marketing touristique", "Tourism marketing"),
          ("Markenführung im Private Banking", "Brand management in private banking"),
          ("Kundenbindung im Finanzsektor", "Customer loyalty in the financial sector"),
          ("Màrqueting turístic de muntanya", "Mountain tourism marketing"), ("Comunicació i marca país", "Communication and nation branding"),
          ("Il marketing dei servizi finanziari", "The marketing of financial services"),
          ("Marketing territoriale e turismo", "Place marketing and tourism"), ("Le luxe et ses clients", "Luxury and its clients"),
          ("Digitales Marketing für KMU", "Digital marketing for SMEs"), ("La relation client à l'ère numérique", "Customer relations in the digital age"),
          ("Comunicazione d'impresa", "Corporate communication")]  # fmt: skip
_EN_BOOKS = ["Private banking and wealth management marketing", "Marketing financial services", "Luxury brand management",
             "Destination marketing: an integrated approach", "Strategic brand management", "Marketing management",
             "Services marketing: people, technology, strategy", "Customer relationship management",
             "Digital marketing: strategy, implementation and practice", "Marketing communications",
             "Tourism management", "Principles of marketing", "Nation branding: concepts, issues, practice",
             "The fund industry handbook"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "Cham"),
               ("Springer Gabler", "Wiesbaden"), ("Dunod", "Paris"), ("Vahlen", "München"), ("Editorial UOC", "Barcelona"),
               ("FrancoAngeli", "Milano"), ("Éditions Larcier", "Bruxelles"), ("Editions Promoculture", "Luxembourg"),
               ("Verlag der Liechtensteinischen Akademischen Gesellschaft", "Schaan"), ("Hoepli", "Milano"),
               ("Cengage", "Andover"), ("Goodfellow", "Oxford"), ("Eumo Editorial", "Vic")]  # fmt: skip
_UNIS = ["University of Luxembourg", "Universität Liechtenstein", "International University of Monaco",
         "Universitat d'Andorra", "Università degli Studi della Repubblica di San Marino", "Luxembourg School of Business",
         "Sacred Heart University Luxembourg"]  # fmt: skip
_LAWS = [("Grand-Duché de Luxembourg", "Loi du 1er août 2018 portant organisation de la Commission nationale pour la protection des données", 2018),
         ("Grand-Duché de Luxembourg", "Loi du 17 décembre 2010 concernant les organismes de placement collectif", 2010),
         ("Grand-Duché de Luxembourg", "Loi du 12 juillet 2013 relative aux gestionnaires de fonds d'investissement alternatifs", 2013),
         ("Commission de Surveillance du Secteur Financier (CSSF)", "Circular CSSF 22/811 on UCI administrators", 2022),
         ("Commission de Surveillance du Secteur Financier (CSSF)", "Circular CSSF 18/698 on investment fund managers", 2018),
         ("Fürstentum Liechtenstein", "Datenschutzgesetz (DSG) vom 4. Oktober 2018, LGBl. 2018 Nr. 272", 2018),
         ("Fürstentum Liechtenstein", "Gesetz über das Bankwesen (Bankengesetz), LGBl. 1992 Nr. 108", 1992),
         ("Principauté de Monaco", "Loi n° 1.565 du 3 décembre 2024 relative à la protection des données personnelles", 2024),
         ("Principauté de Monaco", "Loi n° 1.383 du 2 août 2011 pour une Principauté numérique", 2011),
         ("Principat d'Andorra", "Llei 29/2021, del 28 d'octubre, qualificada de protecció de dades personals", 2021),
         ("Principat d'Andorra", "Llei 13/2013 del turisme", 2013),
         ("Repubblica di San Marino", "Legge 21 dicembre 2018 n. 171 sulla protezione delle persone fisiche con riguardo al trattamento dei dati personali", 2018),
         ("European Parliament and Council of the European Union", "Regulation (EU) 2016/679 (General Data Protection Regulation)", 2016),
         ("European Parliament and Council of the European Union", "Regulation (EU) 2019/2088 on sustainability-related disclosures in the financial services sector", 2019),
         ("European Parliament and Council of the European Union", "Regulation (EU) 2022/2065 (Digital Services Act)", 2022),
         ("European Parliament and Council of the European Union", "Directive 2014/65/EU on markets in financial instruments (MiFID II)", 2014),
         ("EEA Joint Committee", "Decision No 154/2018 amending Annex XI (Electronic communication, audiovisual services and information society)", 2018)]  # fmt: skip
_ORG_TITLES = ["Annual report {y}", "Rapport annuel {y}", "Geschäftsbericht {y}", "Sustainability report {y}",
               "Private banking client survey {y}", "Fund industry statistics: {y} review", "Tourism key figures {y}",
               "Luxembourg in figures {y}", "Statistisches Jahrbuch Liechtenstein {y}", "Monaco en chiffres {y}",
               "Andorra en xifres {y}", "San Marino in cifre {y}", "Brand guidelines", "Our commitment to clients",
               "Privacy notice", "Tariffs and price list", "Winter season results {y}", "Customer charter",
               "Digital banking barometer {y}", "Global wealth report {y}", "Luxury goods worldwide market study {y}",
               "Private banking: the future of the client relationship", "Visitor survey {y}", "Consumer insights {y}",
               "Press release: new mobile plans", "Market entry guide for Luxembourg", "Wealth management outlook {y}"]  # fmt: skip
_WEB_TITLES = ["About us", "Our history", "Who we are", "Sustainability", "Careers", "Private banking",
               "Plan your visit", "Events calendar", "Frequently asked questions", "Media centre", "Our brands",
               "Loyalty programme", "Mobile plans", "Monaco Grand Prix hospitality", "Ski pass prices",
               "Meritxell Day", "Schueberfouer", "Fête Nationale", "Christmas market", "Data protection"]  # fmt: skip
_SOCIAL = ["LinkedIn", "Instagram", "X", "YouTube"]  # fmt: skip


class Blind91WorkFactory(WorkFactory):
    """Works as the five small states' marketers cite them, from one seeded random source."""

    KINDS = ("book", "translated-book", "chapter", "journal", "thesis", "organisation-web", "organisation-report",
             "statistics", "government", "legislation", "market-research", "press", "press-unsigned", "web-person",
             "social", "podcast")  # fmt: skip
    _WEIGHTS = (10, 5, 6, 24, 3, 10, 8, 4, 4, 4, 6, 4, 2, 4, 3, 2)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 9173 + 91)
        self.counter = 0

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        given = self.rng.choice(_GIVEN)
        particle, family = self.rng.choice(_FAMILY)
        if not particle and self.rng.random() < 0.07:
            family = f"{family}-{self.rng.choice(_FAMILY)[1].split()[-1]}"
        name: dict[str, str] = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def _organisation(self) -> tuple[str, set[str]]:
        group = self.rng.choice([_LU_ORGS, _LU_ORGS, _LI_ORGS, _MC_ORGS, _AD_ORGS, _SM_ORGS, _INTL_ORGS])
        name = self.rng.choice(group)
        tags = {"company"}
        if "&" in name:
            tags.add("ampersand")
        if "'" in name:
            tags.add("apostrophe")
        if "(" in name or name.isupper():
            tags.add("abbreviation")
        return name, tags

    def _year(self, low: int = 1998, high: int = 2025) -> int:
        return self.rng.randint(low, high)

    def _accessed(self, year: int) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [[self.rng.randint(max(year, 2023), 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        form = self.rng.choice(_FORMS)
        title = form.replace("{t}", topic).replace("{T}", topic)
        return title[0].upper() + title[1:]

    def _url(self, host: str) -> str:
        slug = "-".join(self.rng.choice(_TOPICS).split()[:3]).replace("'", "")
        return f"https://www.{host}/{self.rng.choice(['en', 'fr', 'de', 'ca', 'it', 'news', 'insights'])}/{slug}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        work = getattr(self, "_b91_" + kind.replace("-", "_"))()
        work.kind = kind
        return work

    def _b91_book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:8] + _PUBLISHERS[16:])
        title = self.rng.choice(_EN_BOOKS) if self.rng.random() < 0.5 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self._year(1995)]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _b91_translated_book(self) -> Work:
        original, english = self.rng.choice(_BOOKS)
        publisher, place = self.rng.choice(_PUBLISHERS[7:])
        record: dict[str, Any] = {"type": "book", "title": f"{original} [{english}]", "author": self._people(3),
                                  "issued": {"date-parts": [[self._year(2000)]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _b91_chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": self._people(2),
                                  "container-title": self.rng.choice(["Handbook of private banking", "The Routledge handbook of destination marketing",
                                                                      "Small states in a global economy", "Luxury marketing in practice",
                                                                      "Financial services marketing: a reader", "Tourism in microstates"]),
                                  "issued": {"date-parts": [[self._year(2005)]]}, "publisher": publisher,
                                  "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 28)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _b91_journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self._year(2002)]]},
                                  "volume": str(self.rng.randint(3, 120)), "issue": str(self.rng.randint(1, 12)),
                                  "page": f"{start}-{start + self.rng.randint(9, 27)}"}  # fmt: skip
        roll = self.rng.random()
        if roll < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 1399)}/{self.rng.choice(['jwm', 'ijbm', 'fsm', 'tm', 'jbr'])}.{self.rng.randint(2005, 2025)}.{self.rng.randint(100, 99999)}"
            )
        elif roll < 0.6:
            record["URL"] = self._url("sciencedirect.com")
            record["accessed"] = self._accessed(int(record["issued"]["date-parts"][0][0]))
        return self._person_work(record, "journal")

    def _b91_thesis(self) -> Work:
        year = self._year(2010)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(["MBA dissertation", "MSc thesis", "PhD thesis", "Master's thesis"]),
                                  "publisher": self.rng.choice(_UNIS), "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url("orbilu.uni.lu")
            record["accessed"] = self._accessed(year)
        return self._person_work(record, "thesis")

    def _org_record(self, kind: str, title: str, dated: float, online: float, host: str) -> Work:
        name, tags = self._organisation()
        year = self._year(2012)
        record: dict[str, Any] = {"type": "webpage" if kind == "web" else "report",
                                  "title": title.replace("{y}", str(year))}  # fmt: skip
        if self.rng.random() < dated:
            record["issued"] = {"date-parts": [[year]]}
        elif "{y}" in title:
            record["title"] = title.replace(" {y}", "").replace(": {y} review", " review").replace("{y}", "")
        if kind != "web":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(
                ["Luxembourg", "Vaduz", "Schaan", "Monaco", "Andorra la Vella", "San Marino", "Kirchberg"]
            )
        if kind == "web" or self.rng.random() < online:
            own = "".join(ch for ch in name.split()[0].casefold() if ch.isascii() and ch.isalnum())
            record["URL"] = self._url(f"{own}.{host.rsplit('.', 1)[-1]}" if len(own) > 2 else host)
            if self.rng.random() < 0.8:
                record["accessed"] = self._accessed(year)
        return self._org_work(record, kind, name, tags)

    def _b91_organisation_web(self) -> Work:
        return self._org_record(
            "web",
            self.rng.choice(_WEB_TITLES),
            0.55,
            1.0,
            self.rng.choice(
                [
                    "spuerkeess.lu",
                    "post.lu",
                    "lgt.com",
                    "montecarlosbm.com",
                    "visitandorra.com",
                    "visitsanmarino.com",
                    "bil.com",
                    "vpbank.com",
                ]
            ),
        )

    def _b91_organisation_report(self) -> Work:
        return self._org_record(
            "report",
            self.rng.choice(_ORG_TITLES),
            0.85,
            0.6,
            self.rng.choice(["bgl.lu", "llb.li", "cmb.mc", "andbank.com", "bsm.sm", "hilti.group"]),
        )

    def _b91_statistics(self) -> Work:
        name = self.rng.choice(
            ["STATEC", "Amt für Statistik", "IMSEE", "Departament d'Estadística", "Ufficio di Statistica (UOS)"]
        )
        year = self._year(2015)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(["Population and households {y}", "Tourism statistics {y}", "Cross-border workers {y}", "Retail trade index {y}", "Hotel occupancy {y}", "Household consumption survey {y}"]).replace("{y}", str(year)),
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Luxembourg", "Vaduz", "Monaco", "Andorra la Vella", "San Marino"]),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("statistiques.public.lu"), "accessed": self._accessed(year)}  # fmt: skip
        return self._org_work(
            record, "statistics", name, {"government"} | ({"abbreviation"} if "(" in name or name.isupper() else set())
        )

    def _b91_government(self) -> Work:
        name = self.rng.choice(["Ministère de l'Économie", "Ministère des Finances", "Ministère d'État, Service information et presse",
                                "Ministerium für Präsidiales und Finanzen", "Regierung des Fürstentums Liechtenstein",
                                "Gouvernement Princier de Monaco", "Govern d'Andorra, Ministeri de Turisme",
                                "Segreteria di Stato per gli Affari Esteri", "Le Gouvernement du Grand-Duché de Luxembourg",
                                "European Commission", "Department for Business and Trade"])  # fmt: skip
        year = self._year(2014)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(["Stratégie nationale pour le tourisme", "Digital Luxembourg strategy", "Finanzplatzstrategie", "Monaco Extended Reality", "Pla estratègic de turisme", "Piano strategico per il turismo", "Nation branding action plan", "Fintech roadmap"]),
                                  "publisher": name, "publisher-place": self.rng.choice(["Luxembourg", "Vaduz", "Monaco", "Andorra la Vella", "San Marino", "Brussels"])}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.7:
            record["URL"] = self._url(
                self.rng.choice(["gouvernement.lu", "regierung.li", "gouv.mc", "govern.ad", "gov.sm"])
            )
            record["accessed"] = self._accessed(year)
        return self._org_work(record, "government", name, {"government"} | ({"apostrophe"} if "'" in name else set()))

    def _b91_legislation(self) -> Work:
        name, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.5:
            record["URL"] = self._url(
                self.rng.choice(
                    [
                        "legilux.public.lu",
                        "gesetze.li",
                        "legimonaco.mc",
                        "bopa.ad",
                        "consigliograndeegenerale.sm",
                        "eur-lex.europa.eu",
                    ]
                )
            )
            record["accessed"] = self._accessed(year)
        return self._org_work(
            record, "legislation", name, {"government"} | ({"abbreviation"} if "(" in name else set())
        )

    def _b91_market_research(self) -> Work:
        name = self.rng.choice(["KPMG Luxembourg", "PwC Luxembourg", "Deloitte Luxembourg", "EY Luxembourg", "Capgemini",
                                "Euromonitor International", "Capgemini Research Institute", "Bain & Company", "Kantar",
                                "Statista", "Deloitte (Liechtenstein) AG", "Knight Frank", "McKinsey & Company"])  # fmt: skip
        year = self._year(2016)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(["World wealth report {y}", "Luxembourg banking insights {y}", "Private banking in Liechtenstein {y}", "Luxury hospitality in Monaco", "Retail in Luxembourg", "Global fund distribution {y}", "Telecoms market outlook {y}", "The wealth report {y}", "Ski tourism in Andorra", "Digital consumer trends {y}"]).replace("{y}", str(year)),
                                  "publisher": name, "publisher-place": self.rng.choice(["Luxembourg", "London", "Paris", "Zürich", "Vaduz"])}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.6:
            record["URL"] = self._url(
                self.rng.choice(["kpmg.lu", "pwc.lu", "deloitte.com", "ey.com", "capgemini.com", "euromonitor.com"])
            )
            if self.rng.random() < 0.85:
                record["accessed"] = self._accessed(year)
        return self._org_work(record, "market-research", name, {"company"} | ({"ampersand"} if "&" in name else set()))

    def _b91_press(self) -> Work:
        year = self._year(2015)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_NEWS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(
                self.rng.choice(
                    [
                        "wort.lu",
                        "paperjam.lu",
                        "delano.lu",
                        "vaterland.li",
                        "monacomatin.mc",
                        "diariandorra.ad",
                        "sanmarinortv.sm",
                    ]
                )
            )
            record["accessed"] = {
                "date-parts": [
                    [self.rng.randint(max(year, 2023), 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]
                ]
            }
            if (
                record["accessed"]["date-parts"][0][:2] < record["issued"]["date-parts"][0][:2]
                or record["accessed"]["date-parts"][0] < record["issued"]["date-parts"][0]
            ):
                record["accessed"] = {"date-parts": [[year + 1, 1, 15]]}
        return self._person_work(record, "press")

    def _b91_press_unsigned(self) -> Work:
        name = self.rng.choice(_NEWS)
        year = self._year(2016)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": name,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("news.example.lu"),
                                  "accessed": self._accessed(year)}  # fmt: skip
        return self._org_work(record, "press-unsigned", name, {"company"} | ({"apostrophe"} if "'" in name else set()))

    def _b91_web_person(self) -> Work:
        year = self._year(2014)
        record: dict[str, Any] = {"type": "post-weblog", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(["Paperjam Blog", "Medium", "Substack", "The Wealth Mosaic", "Skift"]),
                                  "URL": self._url("medium.com")}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed(year)
        return self._person_work(record, "web-person")

    def _b91_social(self) -> Work:
        platform = self.rng.choice(_SOCIAL)
        year = self._year(2019)
        if self.rng.random() < 0.5:
            name, tags = self._organisation()
            record: dict[str, Any] = {"type": "post", "title": self._title(), "container-title": platform,
                                      "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                      "URL": self._url(platform.lower().replace("x", "x") + ".com"), "accessed": {"date-parts": [[year + 1, 2, 3]]}}  # fmt: skip
            return self._org_work(record, "social", name, tags)
        record = {"type": "post", "title": self._title(), "author": self._people(1), "container-title": platform,
                  "issued": {"date-parts": [[year]]}, "URL": self._url("linkedin.com"), "accessed": self._accessed(year)}  # fmt: skip
        return self._person_work(record, "social")

    def _b91_podcast(self) -> Work:
        year = self._year(2018)
        record: dict[str, Any] = {"type": "song", "genre": "Podcast", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(["Fund Talk Luxembourg", "Wealth Matters", "Monaco Insider", "Pyrenees Talks", "Titano Business"]),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("podcasts.apple.com"), "accessed": self._accessed(year)}  # fmt: skip
        return self._person_work(record, "podcast")
