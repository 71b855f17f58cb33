"""The blind274 pool's works: what marketers in Cameroon, Gabon and the two Congos (and their diaspora in Paris,
Brussels, Lyon, Montreal and London) cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Scholars of Central Africa as its journals print them (compound surnames such as "Nkoulou Nkoulou", "Mvondo Ze",
"Tshisekedi wa Mulumba", accents as in "Nzé Nguema"), Belgian and French names with van, de and Van der, the global
marketing texts, public bodies (INS, BEAC, COBAC, ARPT, ARPCE, Banque Centrale du Congo, ministries), CEMAC and
OHADA texts, the regional press signed and unsigned, firms' pages and annual reports (S.A., SARL, SA avec CA),
international bodies and market research, undated pages. Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (tables read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# The CEMAC, OHADA and national texts listed here are never the ones the decoys name (blind274_text.py), so a decoy
# never mentions a work a report may list.
KINDS = ("book", "chapter", "journal", "web", "report", "news", "legislation-text")

_REGIONAL = [
    ("Ngono", "Jean-Pierre"), ("Mbarga", "Christelle"), ("Tchuente", "Hervé"), ("Nkoulou Nkoulou", "Serge"),
    ("Mvondo Ze", "Antoine"), ("Kabila Kabange", "Joséphine"), ("Tshisekedi wa Mulumba", "Félix"),
    ("Mukendi", "Patrick"), ("Ngoy-Kalala", "Sylvie"), ("Mabiala", "Grâce"), ("Nzé Nguema", "Fidèle"),
    ("Ondo Obame", "Rodrigue"), ("Fotso", "Blaise"), ("Kamdem", "Armelle"), ("Tchamba", "Léopold"),
    ("Essomba", "Marie-Thérèse"), ("Nana Djomo", "Cyrille"), ("Biyiti bi Essam", "Eugène"), ("Owona", "Régine"),
    ("Ekoka", "Martin"), ("Ndjock", "Clarisse"), ("Moukoko Priso", "Thierry"), ("Ngouabi", "Aimé"),
    ("Mampouya", "Ghislain"), ("Bitsindou", "Nadège"), ("Loubaki", "Prisca"), ("Okemba", "Dieudonné"),
    ("Mbemba", "Jean-Claude"), ("Kalonji", "Bienvenu"), ("Ilunga", "Cédric"), ("Mbuyi", "Déborah"),
    ("Nsimba Lusamba", "Gloire"), ("Kasongo", "Héritier"), ("Lumbala", "Espérance"), ("Ntumba", "Exaucé"),
    ("Mabika", "Ulrich"), ("Ndong Mba", "Lionel"), ("Obiang Nguema", "Sandrine"), ("Mba Abessole", "Yannick"),
    ("Moussavou", "Laetitia"), ("Nguéma Ondo", "Brice"), ("Mengue M'Eyi", "Odette"), ("Atangana", "Frédéric"),
    ("Tsafack Nanfosso", "Roger"), ("Fouda", "Séraphin"), ("Ndoumbé", "Yvette"), ("Njoya", "Ibrahim"),
    ("Mballa Éloundou", "Stéphane"), ("Kengne", "Aurélie"), ("Tégomo", "Pascal"),
]  # fmt: skip
_PARTICLES = [
    ("van", "Damme", "Lieven"), ("de", "Wulf", "Katrien"), ("Van der", "Stichele", "Pieter"),
    ("van den", "Bossche", "Els"), ("De", "Pelsmacker", "Patrick"), ("Van", "Kenhove", "Patrick"),
    ("de", "Callataÿ", "Olivier"), ("Van der", "Linden", "Anne"), ("de", "Boeck", "Filip"),
]  # fmt: skip
_FRENCH = [
    ("Lambin", "Jean-Jacques"), ("Lendrevie", "Jacques"), ("Lévy", "Julien"), ("Dubois", "Bernard"),
    ("Mercier", "Élodie"), ("Lefèvre", "Camille"), ("Giraud", "Mathilde"), ("Boyer", "Laurent"),
    ("Tremblay", "Geneviève"), ("Côté", "Mathieu"), ("Gagnon", "Isabelle"), ("Peeters", "Jan"), ("d'Hoop", "Benoît"),
    ("Janssens", "Sofie"), ("Smith", "Rachel"), ("Okafor", "Chidi"), ("Mensah", "Kofi"), ("Brown", "David"),
    ("Hinson", "Robert"), ("Boateng", "Henry"), ("Adeola", "Ogechi"),
]  # fmt: skip
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow"),
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], "Principles of marketing", "Pearson", "Harlow"),
    ([("Lendrevie", "Jacques"), ("Lévy", "Julien")], "Mercator: tout le marketing à l'ère digitale", "Dunod", "Paris"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London"),
    ([("Porter", "Michael E.")], "Competitive advantage: creating and sustaining superior performance", "Free Press", "New York"),
    ([("Keegan", "Warren J."), ("Green", "Mark C.")], "Global marketing", "Pearson", "Harlow"),
    ([("Lambin", "Jean-Jacques"), ("de Moerloose", "Chantal")], "Marketing stratégique et opérationnel", "Dunod", "Paris"),
    ([("Prahalad", "C. K.")], "The fortune at the bottom of the pyramid", "Wharton School Publishing", "Upper Saddle River, NJ"),
]  # fmt: skip
_ORGS: list[tuple[str, tuple[str, ...], str]] = [
    ("Institut National de la Statistique (INS)", ("abbreviation", "government"), "ins-cameroun.cm"),
    ("Banque des États de l'Afrique Centrale (BEAC)", ("abbreviation", "apostrophe", "government"), "beac.int"),
    ("Commission Bancaire de l'Afrique Centrale (COBAC)", ("abbreviation", "apostrophe", "government"), "sgcobac.org"),
    ("Autorité de Régulation des Postes et des Communications Électroniques (ARPCE)", ("abbreviation", "government"), "arpce.cg"),
    ("Autorité de Régulation des Communications Électroniques et des Postes (ARCEP Gabon)", ("abbreviation", "government"), "arcep.ga"),
    ("Agence de Régulation des Télécommunications (ART)", ("abbreviation", "government"), "art.cm"),
    ("ARPT", ("abbreviation", "government"), "arpt.ga"),
    ("Banque Centrale du Congo", ("government",), "bcc.cd"),
    ("Ministère du Commerce", ("government",), "mincommerce.gov.cm"),
    ("Ministère du Commerce Extérieur", ("government",), "commerceexterieur.gouv.cd"),
    ("Institut National de la Statistique (INS) RDC", ("abbreviation", "government"), "ins.cd"),
    ("World Bank", ("international",), "worldbank.org"),
    ("International Monetary Fund", ("international",), "imf.org"),
    ("IMF", ("abbreviation", "international"), "imf.org"),
    ("African Development Bank (AfDB)", ("abbreviation", "international"), "afdb.org"),
    ("GSMA", ("abbreviation", "international"), "gsma.com"),
    ("UNCTAD", ("abbreviation", "international"), "unctad.org"),
    ("Brasseries du Cameroun S.A.", ("company",), "sabc-cameroun.com"),
    ("Guinness Cameroun S.A.", ("company",), "guinness-cameroun.com"),
    ("Chococam SA", ("company",), "chococam.com"),
    ("Bralima SA", ("company",), "bralima.cd"),
    ("Afriland First Bank", ("company",), "afrilandfirstbank.com"),
    ("Rawbank S.A.", ("company",), "rawbank.com"),
    ("BGFIBank Group", ("company",), "groupebgfibank.com"),
    ("Ecobank Transnational Incorporated", ("company",), "ecobank.com"),
    ("Orange Cameroun S.A.", ("company",), "orange.cm"),
    ("MTN Cameroon", ("company",), "mtn.cm"),
    ("Airtel Gabon SA", ("company",), "airtel.ga"),
    ("Vodacom Congo (RDC) S.A.", ("company",), "vodacom.cd"),
    ("Orange RDC SA avec CA", ("company",), "orange.cd"),
    ("Société Commerciale du Gabon SARL", ("company",), "ceca-gadis.com"),
    ("Santa Lucia SARL", ("company",), "santalucia.cm"),
    ("Ernst & Young", ("ampersand", "company"), "ey.com"),
    ("McKinsey & Company", ("ampersand", "company"), "mckinsey.com"),
    ("PwC", ("abbreviation", "company"), "pwc.com"),
    ("Deloitte Afrique Francophone", ("company",), "deloitte.com"),
    ("Jeune Afrique Media Group", ("company",), "jeuneafrique.com"),
    ("Groupement Inter-Patronal du Cameroun (GICAM)", ("abbreviation",), "legicam.cm"),
    ("Fédération des Entreprises du Congo (FEC)", ("abbreviation",), "fec-rdc.com"),
    ("Oxfam", ("ngo",), "oxfam.org"),
    ("Médecins Sans Frontières", ("ngo",), "msf.org"),
]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "Euromonitor International", "Kantar", "Ipsos", "Nielsen", "GlobalData",
             "Research and Markets", "Kasi Insight", "GeoPoll"]  # fmt: skip
_PRESS = ["Cameroon Tribune", "Jeune Afrique", "Actualite.cd", "Radio Okapi", "Gabonreview",
          "Les Dépêches de Brazzaville", "Business in Cameroon", "Investir au Cameroun", "The Guardian Post",
          "Le Monde Afrique", "Financial Afrik", "Mediacongo", "L'Union", "Financial Times", "BBC News Afrique"]  # fmt: skip
_JOURNALS = ["Revue Africaine de Management", "Journal of African Business", "International Journal of Bank Marketing",
             "Revue Française de Gestion", "Management international", "African Journal of Economic and Management Studies",
             "Revue Congolaise de Gestion", "Journal of Marketing", "Décisions Marketing", "Recherche et Applications en Marketing",
             "International Marketing Review", "Telecommunications Policy", "African Journal of Business Management",
             "Revue Camerounaise de Management", "Journal of Business Research"]  # fmt: skip
_TOPICS = ["mobile money adoption", "brand loyalty", "customer satisfaction", "beer brand image", "word of mouth",
           "financial inclusion", "informal retail", "bank switching", "service quality", "digital banking",
           "price sensitivity", "country-of-origin effects", "consumer ethnocentrism", "prepaid airtime", "agent networks",
           "corporate social responsibility", "trust in mobile payments", "sponsorship of football",
           "WhatsApp commerce", "the bottom of the pyramid", "market orientation", "SME marketing", "tontines"]  # fmt: skip
_PLACES = ["Cameroon", "Gabon", "the Republic of the Congo", "the DRC", "the CEMAC zone", "Central Africa",
           "Douala", "Yaoundé", "Kinshasa", "Lubumbashi", "Brazzaville", "Pointe-Noire", "Libreville",
           "francophone Africa", "sub-Saharan Africa"]  # fmt: skip
_FR_TITLES = ["Les déterminants de {t} au {c}", "Marketing et {t} : le cas du Cameroun", "L'adoption du mobile money en Afrique centrale",
              "Fidélité à la marque et bière au Cameroun", "La banque digitale en RDC : enjeux et perspectives",
              "Qualité de service et satisfaction des clients bancaires à Libreville"]  # fmt: skip
_LEGAL = [
    ("CEMAC", "Règlement n°01/20/CEMAC/UMAC/COBAC relatif à la protection des consommateurs des produits et services bancaires", 2020),
    ("CEMAC", "Règlement n°01/17/CEMAC/UMAC/COBAC relatif aux conditions d'exercice de l'activité de microfinance", 2017),
    ("CEMAC", "Règlement n°03/16/CEMAC/UMAC/CM relatif aux systèmes, moyens et incidents de paiement", 2016),
    ("OHADA", "Acte uniforme portant organisation des procédures collectives d'apurement du passif", 2015),
    ("OHADA", "Acte uniforme relatif au droit de l'arbitrage", 2017),
    ("OHADA", "Acte uniforme relatif à la médiation", 2017),
    ("République du Cameroun", "Loi n°2015/018 du 21 décembre 2015 régissant l'activité commerciale au Cameroun", 2015),
    ("République du Cameroun", "Loi n°2010/012 du 21 décembre 2010 relative à la cybersécurité et la cybercriminalité", 2010),
    ("République Démocratique du Congo", "Loi n°17/001 du 8 février 2017 fixant les règles applicables à la sous-traitance dans le secteur privé", 2017),
    ("République Gabonaise", "Loi n°025/2023 portant protection des données à caractère personnel", 2023),
]  # fmt: skip


_PUBLISHERS = [("Routledge", "Abingdon"), ("Palgrave Macmillan", "Cham"), ("L'Harmattan", "Paris"), ("Springer", "Cham"),
               ("Karthala", "Paris"), ("De Boeck", "Louvain-la-Neuve"), ("Dunod", "Paris"), ("Presses Universitaires d'Afrique", "Yaoundé"),
               ("Presses Universitaires de Yaoundé", "Yaoundé"), ("Éditions CLÉ", "Yaoundé"), ("Éditions L'Harmattan RDC", "Kinshasa"),
               ("Pearson", "Harlow"), ("Presses de l'Université Laval", "Québec")]  # fmt: skip
_LEGAL_PLACES = {"CEMAC": "Bangui", "OHADA": "Yaoundé", "République du Cameroun": "Yaoundé",
                 "République Démocratique du Congo": "Kinshasa", "République Gabonaise": "Libreville"}  # fmt: skip


class Blind274WorkFactory(WorkFactory):
    """Works cited by marketers in Cameroon, Gabon, the two Congos and their diaspora (see the module docstring)."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 274274)

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.55:
            family, given = self.rng.choice(_REGIONAL)
            return {"family": family, "given": given}
        if roll < 0.7:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = self.rng.choice(_FRENCH)
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags, _domain = self.rng.choice(_ORGS)
        return name, set(tags)

    def _domain(self, name: str) -> str:
        return next((d for n, _t, d in _ORGS if n == name), "example.cm")

    def _place(self, name: str) -> str:
        tld = self._domain(name).rsplit(".", 1)[-1]
        places = {"cm": ["Yaoundé", "Douala"], "cd": ["Kinshasa"], "ga": ["Libreville"], "cg": ["Brazzaville"],
                  "int": ["Yaoundé"], "org": ["Washington, DC", "Geneva", "Abidjan", "Oxford"]}  # fmt: skip
        return self.rng.choice(places.get(tld, ["London", "Paris", "Johannesburg", "Douala", "Kinshasa"]))

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1980, 2004)
        return self.rng.randint(2008, 2024)

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        first = max(2023, (year or 2020) + 1)
        return {"date-parts": [[self.rng.randint(first, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        if self.rng.random() < 0.15:
            return self.rng.choice(_FR_TITLES).format(t=topic, c=place)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The determinants of {topic}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)} among consumers in {place}",
                 f"Marketing in {place}: {topic} revisited", f"Understanding {topic} in {place}'s banking sector",
                 f"{topic[0].upper()}{topic[1:]}: a study of telecom customers in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "classic", "organisation-web", "organisation-report", "legal",
             "market-research", "press", "undated-web", "web-person"],
            weights=[10, 6, 22, 7, 12, 12, 5, 7, 10, 5, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4),
            "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        record["publisher"], record["publisher-place"] = self.rng.choice(_PUBLISHERS)
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        people, title, publisher, place = self.rng.choice(_CLASSICS)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in people],
            "issued": {"date-parts": [[self.rng.randint(2012, 2024) if self.rng.random() < 0.85 else self.rng.randint(1985, 2005)]]},
            "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["edition"] = str(self.rng.randint(3, 17))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Marketing in Africa", "The Routledge companion to marketing in Africa",
                                                "Mobile money in sub-Saharan Africa", "Le marketing en Afrique",
                                                "Entrepreneurship in francophone Africa"]),
            "issued": {"date-parts": [[self.year()]]},
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        record["publisher"], record["publisher-place"] = self.rng.choice(_PUBLISHERS[:6])
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jab', 'ijbm', 'rfg', 'ram', 'ajems'])}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "webpage", "title": self._title(), "author": self._people(2), "issued": {"date-parts": [[year]]},
            "URL": f"https://www.{self.rng.choice(['linkedin.com/pulse', 'medium.com', 'theconversation.com/fr'])}/{self.rng.randint(1000, 99999)}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "web")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        year = self.year() if self.rng.random() < 0.85 else None
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(
                [self._title(), "Nos offres", "About us", "Tarifs Orange Money", "Annual statistics",
                 "Communiqué de presse", "Mobile money: key figures", "Notre histoire", "Sustainability"]),
            "URL": f"https://www.{self._domain(name)}/{self.rng.choice(['fr', 'en', 'actualites', 'publications'])}/{self.rng.randint(10, 9999)}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
            return self._org_work(record, "web", name, tags)
        return self._org_work(record, "web", name, tags | {"undated"})

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        titles = [f"Rapport annuel {year}", f"Annual report {year}", f"Rapport sur la stabilité financière {year}",
                  f"Annuaire statistique du Cameroun {year}", f"The mobile economy: sub-Saharan Africa {year}",
                  f"State of the industry report on mobile money {year}", f"Africa's pulse, volume {self.rng.randint(20, 30)}",
                  f"Regional economic outlook: sub-Saharan Africa, {self.rng.choice(['April', 'October'])} {year}",
                  f"Rapport d'activité {year}", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self._place(name)}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{self._domain(name)}/publications/{self.rng.randint(100, 99999)}.pdf"
            record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "report", name, tags)

    def _legal(self) -> Work:
        body, title, year = self.rng.choice(_LEGAL)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": body, "publisher-place": _LEGAL_PLACES[body]}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = (
                f"https://www.{'ohada.org' if body == 'OHADA' else 'cemac.int'}/textes/{self.rng.randint(10, 999)}"
            )
            record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "legislation-text", body, {"legislation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market = self.rng.choice(["beer", "mobile money", "soft drinks", "retail banking", "chocolate confectionery",
                                  "mobile telecoms", "supermarkets", "dairy", "cosmetics", "instant noodles"])  # fmt: skip
        place = self.rng.choice(["Cameroon", "Gabon", "Congo", "DR Congo", "Central Africa", "Africa"])
        record: dict[str, Any] = {
            "type": "report", "publisher": name,
            "title": self.rng.choice([f"{market.capitalize()} in {place}", f"{place} {market} market: size and forecast to 2030",
                                      f"Number of {market} users in {place} from 2018 to 2028", f"{market.capitalize()} consumer survey: {place}"]),
            "URL": f"https://www.{name.split()[0].lower()}.com/{market.replace(' ', '-')}-{place.lower().replace(' ', '-')}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"} | (set() if year else {"undated"}))

    def _press(self) -> Work:
        year = self.rng.randint(2012, 2024)
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{re.sub(r'[^a-z.]', '', paper.lower())}.com/{self.rng.randint(1000, 999999)}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _undated_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Nos produits", "Our brands", "Histoire de la marque",
                                                         "MoMo pay: how it works", "Ouvrir un compte", "Who we are"]),
            "URL": f"https://www.{self._domain(name)}/{self.rng.randint(10, 999)}", "accessed": self._accessed_after(None),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org_work(record, "web", name, tags | {"undated"})
