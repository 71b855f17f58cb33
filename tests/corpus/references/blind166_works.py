"""Works for the blind166 pool (HELD OUT): what marketers in Algeria, Tunisia and their diaspora cite.

Candidates at banks, fintechs, telecoms, food and drink makers, retailers, airlines, media and agencies in Alger,
Oran, Constantine, Annaba, Sétif, Tizi Ouzou, Tunis, Sfax, Sousse, Bizerte and Nabeul, and in Paris, Marseille,
Lyon, Montréal, Brussels and Doha, cite French, Maghreb and English-language textbooks, chapters, journal articles,
theses from HEC Alger, ESC Alger, the Université d'Alger 3, IHEC Carthage, ESSEC Tunis and the Université de Tunis,
colloques, company pages and annual reports (SPA, SARL, EURL, SA, SUARL), trade bodies, the Banque d'Algérie, the
BCT, the ARPCE, the INTT, the ANPDP, the INPDP, the ONS and the INS, laws and decrees from the JORA and the JORT,
research firms, the Algerian, Tunisian and French press signed and unsigned, posts, videos, podcasts and undated
pages; French and Arabic titles with English in square brackets. Names are Arabic and Amazigh (Kabyle, Chaoui) in
French transliteration with their variants ("Ben Salah", "Aït Ahmed", "Ould Kaddour", "Abd El Kader",
"Abdelkader"), women's names, French, Italian-Tunisian and Québécois colleagues, and expatriates writing on the
region. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# Family names as they are filed: "Ben" and "Aït" names under B and A, patronymics kept whole.
_ALGERIAN = ["Benali", "Bouzid", "Boumediene", "Haddad", "Amrani", "Belkacem", "Benmansour", "Hamidi", "Saadi",
             "Ouali", "Meziane", "Kaci", "Aït Ahmed", "Ait Ahmed", "Aït Ouarab", "Ait Saïd", "Ould Kaddour",
             "Ould Ali", "Hadj Ali", "Abd El Kader", "Abdelkader", "Bensalem", "Cherif", "Zerrouki", "Lounis",
             "Hamadouche", "Ameziane", "Boudjemaa", "Laribi", "Mebarki", "Khelifi", "Belaïd", "Boukhalfa", "Lamri",
             "Benyahia", "Mokrani", "Taleb", "Yahiaoui", "Bouchenak", "Si Ahmed", "Ben Aïssa", "Djebbar",
             "Aït Menguellet", "Touati", "Hadjadj", "Bendjelloul", "Rahmani", "Guendouzi", "Kheddache", "Bellil",
             "Ighil", "Oussedik", "Maâmeri", "Chaouch", "Benhamouda", "Brahimi", "El Hachemi", "Sahraoui"]  # fmt: skip
_TUNISIAN = ["Ben Salah", "Ben Ammar", "Ben Youssef", "Trabelsi", "Jaziri", "Mejri", "Gharbi", "Chebbi", "Bouaziz",
             "Mabrouk", "Hammami", "Dridi", "Jebali", "Sassi", "Ayari", "Karoui", "Mestiri", "Ben Hamida",
             "Ben Romdhane", "Ben Abdallah", "Kallel", "Ellouze", "Fourati", "Sellami", "Masmoudi", "Abid",
             "Chaabane", "Zouari", "Bahri", "Ben Slimane", "Belhadj", "Bel Hadj", "Ferchichi", "Khemiri", "Guesmi",
             "M'rabet", "Ben Mrad", "Dhaouadi", "Baccouche", "Chaâbouni", "Ben Jemaa", "Ben Hassine", "Ghorbel",
             "Nasri", "Ouertani", "El Kamel", "Ben Néji", "Bouhlel", "Ladjimi", "Mzali"]  # fmt: skip
_ITALIAN_TUNISIAN = ["Finzi", "Bonici", "Cardona", "Scala", "Di Giorgio", "Caruana", "Mattei", "Messina"]
_MEN = ["Mohamed", "Mohammed", "Mhamed", "Mehdi", "Walid", "Slim", "Skander", "Anis", "Hatem", "Fethi", "Karim",
        "Yacine", "Sofiane", "Nabil", "Mourad", "Rachid", "Ahmed", "Youcef", "Oussama", "Amine", "Mohamed Amine",
        "Abdelkader", "Abderrahmane", "Seifeddine", "Lotfi", "Mokrane", "Idir", "Massinissa", "Hichem", "Nizar",
        "Mohamed Salah", "Riadh", "Aymen", "Bilel", "Farid", "Kamel", "Lyes", "Abdelhamid", "Hamza", "Chokri"]  # fmt: skip
_WOMEN = ["Amel", "Nadia", "Lynda", "Kahina", "Thiziri", "Meriem", "Souad", "Samira", "Yasmine", "Dihia",
          "Fatima Zohra", "Nesrine", "Imene", "Lamia", "Houda", "Sarah", "Ouarda", "Rim", "Sana", "Hela", "Olfa",
          "Emna", "Ines", "Wafa", "Mouna", "Asma", "Leïla", "Fatma", "Rania", "Salma", "Hanane", "Tinhinane",
          "Malika", "Nour El Houda", "Khadija", "Yousra", "Dorra", "Najet", "Sihem", "Feriel"]  # fmt: skip
_PARTICLES = [("de", "Villiers", "Anne-Sophie"), ("de", "La Roche", "Hugues"), ("du", "Pasquier", "Claire"),
              ("d'", "Harcourt", "Mathilde"), ("de", "Montalembert", "Louis")]  # fmt: skip
_LOCALES = ["fr_FR", "fr_FR", "fr_CA", "en_GB", "en_US", "it_IT", "nl_BE"]

_FR_TOPICS = [("la fidélisation client dans les banques algériennes", "customer loyalty in Algerian banks"),
              ("le marketing digital des opérateurs de téléphonie mobile", "digital marketing by mobile operators"),
              ("l'image de marque des produits laitiers", "brand image of dairy products"),
              ("le comportement du consommateur tunisien pendant le Ramadan", "Tunisian consumer behaviour during Ramadan"),
              ("la banque islamique et la confiance des clients", "Islamic banking and customer trust"),
              ("l'influence des réseaux sociaux sur l'intention d'achat", "the influence of social networks on purchase intention"),
              ("le paiement mobile en Tunisie", "mobile payment in Tunisia"),
              ("la qualité de service dans le transport aérien", "service quality in air transport"),
              ("le marketing de la diaspora", "diaspora marketing"),
              ("le made in Algeria et l'ethnocentrisme du consommateur", "made in Algeria and consumer ethnocentrism"),
              ("la grande distribution en Tunisie", "mass retail in Tunisia"),
              ("la communication de crise pendant la pandémie", "crisis communication during the pandemic"),
              ("l'inclusion financière et les fintechs", "financial inclusion and fintechs"),
              ("le marketing d'influence sur Instagram", "influencer marketing on Instagram"),
              ("les soldes et la promotion des ventes", "sales periods and sales promotion")]  # fmt: skip
_EN_TOPICS = ["Islamic bank marketing", "mobile money adoption", "consumer ethnocentrism", "brand loyalty",
              "Ramadan advertising", "influencer marketing", "service quality", "halal branding", "e-payment adoption",
              "diaspora remittances", "social media engagement", "country-of-origin effects", "retail loyalty cards",
              "airline service recovery", "word of mouth", "corporate social responsibility", "dairy brand equity",
              "price promotions", "customer satisfaction", "green consumption", "Generation Z shoppers"]  # fmt: skip
_AR_TITLES = [("التسويق الرقمي في الجزائر", "Digital marketing in Algeria"),
              ("سلوك المستهلك التونسي", "Tunisian consumer behaviour"),
              ("Al-taswiq al-masrifi fi al-Jaza'ir", "Bank marketing in Algeria"),
              ("Al-i'lan wa al-mustahlik fi Tunis", "Advertising and the consumer in Tunisia"),
              ("جودة الخدمة المصرفية وولاء الزبون", "Banking service quality and customer loyalty")]  # fmt: skip
_MARKETS = ["mobile telephony", "dairy products", "soft drinks", "mobile payments", "Islamic banking", "e-commerce",
            "air travel", "bottled water", "modern retail", "pasta and semolina", "coffee", "cosmetics"]  # fmt: skip
_COUNTRY = ["Algeria", "Tunisia", "the Maghreb", "North Africa", "Algeria and Tunisia", "MENA"]

_BOOK_PUBLISHERS = [("Office des Publications Universitaires (OPU)", "Alger"), ("Casbah Éditions", "Alger"),
                    ("Éditions Barzakh", "Alger"), ("Centre de Publication Universitaire", "Tunis"),
                    ("Sud Éditions", "Tunis"), ("Cérès Éditions", "Tunis"), ("Dunod", "Paris"),
                    ("Pearson France", "Montreuil"), ("Vuibert", "Paris"), ("De Boeck Supérieur", "Louvain-la-Neuve"),
                    ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"),
                    ("Chenelière Éducation", "Montréal"), ("Éditions EMS", "Caen"), ("Economica", "Paris"),
                    ("Sage", "London"), ("Palgrave Macmillan", "Cham")]  # fmt: skip
_CLASSICS = [("Kotler", "Philip", "Marketing management", "Pearson", "Harlow"),
             ("Lendrevie", "Jacques", "Mercator: tout le marketing à l'ère digitale [Mercator: all of marketing in the digital era]", "Dunod", "Paris"),
             ("Lambin", "Jean-Jacques", "Marketing stratégique et opérationnel [Strategic and operational marketing]", "Dunod", "Paris"),
             ("Chaffey", "Dave", "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
             ("Kapferer", "Jean-Noël", "The new strategic brand management", "Kogan Page", "London")]  # fmt: skip
_JOURNALS = ["Revue Algérienne d'Économie et de Management", "Les Cahiers du CREAD", "Revue des Sciences Commerciales",
             "Journal of Islamic Marketing", "International Journal of Bank Marketing", "The Journal of North African Studies",
             "Revue Française du Marketing", "Décisions Marketing", "Recherche et Applications en Marketing",
             "International Journal of Emerging Markets", "Journal of Retailing and Consumer Services",
             "Arab Economic and Business Journal", "Journal of African Business", "Revue Tunisienne de Gestion",
             "Management & Avenir", "Revue Marocaine de Recherche en Management et Marketing",
             "Journal of Marketing Management", "Tourism Management Perspectives",
             "Journal of Air Transport Management", "Revue Économie & Management (Tlemcen)"]  # fmt: skip
_EDITED_BOOKS = [("Le marketing au Maghreb: enjeux et pratiques [Marketing in the Maghreb: issues and practice]", "Éditions EMS", "Caen"),
                 ("Handbook of Islamic marketing", "Edward Elgar", "Cheltenham"),
                 ("Consommation et cultures au Maghreb [Consumption and cultures in the Maghreb]", "Karthala", "Paris"),
                 ("Marketing in the MENA region", "Routledge", "Abingdon"),
                 ("Banque, finance et inclusion en Afrique du Nord [Banking, finance and inclusion in North Africa]", "L'Harmattan", "Paris"),
                 ("Digital transformation in Africa", "Palgrave Macmillan", "Cham")]  # fmt: skip
_SCHOOLS = [("École des Hautes Études Commerciales (HEC Alger)", "Koléa"),
            ("École Supérieure de Commerce (ESC Alger)", "Koléa"), ("Université d'Alger 3", "Alger"),
            ("IHEC Carthage", "Carthage"), ("ESSEC Tunis", "Tunis"), ("Université de Tunis", "Tunis"),
            ("Université Mouloud Mammeri de Tizi Ouzou", "Tizi Ouzou"), ("Université Ferhat Abbas Sétif 1", "Sétif"),
            ("Université de Sfax", "Sfax"), ("Université Paris-Dauphine", "Paris"), ("HEC Montréal", "Montréal"),
            ("Aix-Marseille Université", "Marseille"), ("University of Bradford", "Bradford")]  # fmt: skip
_GENRES = ["Mémoire de master", "Thèse de doctorat", "MBA dissertation", "Projet de fin d'études", "PhD thesis",
           "Mémoire de magister"]  # fmt: skip
_COLLOQUES = [("Actes du Colloque international sur le marketing et la consommation au Maghreb", "Sousse"),
              ("Proceedings of the International Conference on Islamic Finance and Marketing", "Doha"),
              ("Actes des Journées du marketing de l'ESC Alger", "Koléa"),
              ("Proceedings of the Academy of Marketing Conference", "London"),
              ("Actes du congrès de l'Association Française du Marketing (AFM)", "Lyon"),
              ("Actes du Colloque national sur l'économie numérique en Algérie", "Béjaïa")]  # fmt: skip
# Companies as their pages and reports name them, with their legal forms.
_COMPANIES = ["Djezzy", "Mobilis", "Ooredoo Algérie", "Ooredoo Tunisie", "Orange Tunisie", "Tunisie Telecom",
              "Cevital", "Cevital SPA", "Poulina Group Holding", "Délice Danone", "SFBT", "Monoprix Tunisie",
              "Carrefour Tunisie", "BIAT", "Banque Zitouna", "Attijari bank", "Amen Bank", "BNA Banque",
              "Crédit Populaire d'Algérie (CPA)", "Banque Extérieure d'Algérie", "Gulf Bank Algeria (AGB)",
              "Air Algérie", "Tunisair", "Nouvelair", "Hamoud Boualem SPA", "Laiterie Soummam SARL",
              "SARL Ibrahim & Fils (IFRI)", "Flouci SUARL", "La Poste Tunisienne", "Yassir", "Condor Electronics",
              "Ooredoo Tunisie SA", "Magasin Général SA", "Agence Tafsut Com EURL", "Kalima Conseil SARL"]  # fmt: skip
_BODIES = ["Union Tunisienne de l'Industrie, du Commerce et de l'Artisanat (UTICA)",
           "Confédération Algérienne du Patronat Citoyen (CAPC)",
           "Association Professionnelle des Banques et des Établissements Financiers (ABEF)",
           "Chambre Tuniso-Française de Commerce et d'Industrie (CTFCI)",
           "Chambre de Commerce et d'Industrie Algéro-Française (CCI Algérie-France)",
           "Conseil Bancaire et Financier", "Fédération Tunisienne d'Hôtellerie", "Chartered Institute of Marketing"]  # fmt: skip
_REGULATORS = ["Banque d'Algérie", "Banque Centrale de Tunisie (BCT)", "BCT",
               "Autorité de Régulation de la Poste et des Communications Électroniques (ARPCE)", "ARPCE",
               "Instance Nationale des Télécommunications (INTT)",
               "Autorité Nationale de Protection des Données à caractère Personnel (ANPDP)",
               "Instance Nationale de Protection des Données Personnelles (INPDP)",
               "Institut National de la Statistique (INS)", "INS",
               "Ministère du Commerce et de la Promotion des Exportations",
               "Ministère des Technologies de la Communication", "Office National du Tourisme Tunisien",
               "World Bank", "International Monetary Fund"]  # fmt: skip
_TWINS = "Office National des Statistiques (ONS)"  # the body with two works of 2019
_TWIN_TITLES = ["Activité, emploi et chômage en mai 2019 [Activity, employment and unemployment in May 2019]",
                "Dépenses de consommation des ménages algériens 2019 [Algerian household consumption expenditure 2019]"]  # fmt: skip
_LAWS = [
    ("République Algérienne Démocratique et Populaire", "Loi n° 18-07 du 10 juin 2018 relative à la protection des personnes physiques dans le traitement des données à caractère personnel [Law no. 18-07 on the protection of natural persons in the processing of personal data]", 2018, "Journal Officiel de la République Algérienne (JORA)"),
    ("République Algérienne Démocratique et Populaire", "Loi n° 18-05 du 10 mai 2018 relative au commerce électronique [Law no. 18-05 on electronic commerce]", 2018, "Journal Officiel de la République Algérienne (JORA)"),
    ("République Algérienne Démocratique et Populaire", "Loi n° 09-03 du 25 février 2009 relative à la protection du consommateur et à la répression des fraudes [Law no. 09-03 on consumer protection]", 2009, "JORA"),
    ("République Algérienne Démocratique et Populaire", "Loi n° 04-02 du 23 juin 2004 fixant les règles applicables aux pratiques commerciales [Law no. 04-02 on commercial practices]", 2004, "JORA"),
    ("République Algérienne Démocratique et Populaire", "Décret exécutif n° 21-153 du 14 avril 2021 fixant les conditions de la vente en soldes [Executive decree no. 21-153 on sales periods]", 2021, "JORA"),
    ("République Tunisienne", "Loi organique n° 2004-63 du 27 juillet 2004 portant sur la protection des données à caractère personnel [Organic law no. 2004-63 on the protection of personal data]", 2004, "Journal Officiel de la République Tunisienne (JORT)"),
    ("République Tunisienne", "Loi n° 2000-83 du 9 août 2000 relative aux échanges et au commerce électroniques [Law no. 2000-83 on electronic exchanges and commerce]", 2000, "JORT"),
    ("République Tunisienne", "Loi n° 2015-36 du 15 septembre 2015 relative à la réorganisation de la concurrence et des prix [Law no. 2015-36 on competition and prices]", 2015, "JORT"),
    ("République Tunisienne", "Loi n° 2016-48 du 11 juillet 2016 relative aux banques et aux établissements financiers [Law no. 2016-48 on banks and financial institutions]", 2016, "JORT"),
    ("Banque d'Algérie", "Règlement n° 20-02 du 15 mars 2020 définissant les opérations de banque relevant de la finance islamique [Regulation no. 20-02 on Islamic finance operations]", 2020, "JORA"),
]  # fmt: skip
_RESEARCH = ["Statista", "Sigma Conseil", "Emrhod Consulting", "IMMAR Research & Consultancy", "Kantar",
             "Euromonitor International", "Ipsos", "GlobalData", "Mordor Intelligence", "DataReportal"]  # fmt: skip
_PRESS = ["El Watan", "Liberté", "Ennahar", "TSA Algérie", "Le Soir d'Algérie", "L'Expression", "El Moudjahid",
          "Algérie Presse Service", "La Presse de Tunisie", "Business News", "Kapitalis", "Leaders",
          "L'Economiste Maghrébin", "Webdo", "Jeune Afrique", "Le Monde", "Les Echos", "Reuters", "Mosaïque FM",
          "Financial Times"]  # fmt: skip
_NEWS_TITLES = ["{brand} lance une offre spéciale Ramadan [{brand} launches a Ramadan offer]",
                "Paiement électronique: les Algériens encore réticents [Electronic payment: Algerians still reluctant]",
                "Les soldes d'hiver démarrent timidement [The winter sales start slowly]",
                "{brand} mise sur la 4G pour conquérir les jeunes [{brand} bets on 4G to win young people]",
                "Tunisia's banks race to win Gen Z customers", "How {brand} became a household name in the Maghreb",
                "Le marché du yaourt en pleine mutation [The yoghurt market in full change]",
                "Diaspora: les transferts d'argent atteignent un record [Diaspora: remittances reach a record]",
                "Yennayer: les marques surfent sur le Nouvel An amazigh [Yennayer: brands ride the Amazigh New Year]",
                "Le e-commerce tunisien après la pandémie [Tunisian e-commerce after the pandemic]"]  # fmt: skip
_BRANDS = ["Djezzy", "Mobilis", "Ooredoo", "Orange Tunisie", "Soummam", "Ifri", "Hamoud Boualem", "Délice",
           "Celtia", "BIAT", "Banque Zitouna", "Flouci", "D17", "Tunisair", "Air Algérie", "Yassir"]  # fmt: skip


class Blind166WorkFactory(WorkFactory):
    """Works that Algerian, Tunisian and diaspora candidates cite, from a random source of the pool's own."""

    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news",
                                        "legislation", "social", "video", "podcast")  # fmt: skip
    # The generators make() draws from, by weight ("company", "body", "regulator"... write the kinds above).
    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "chapter": 5, "journal": 20, "thesis": 5, "conference": 4,
                                       "company": 9, "body": 5, "regulator": 8, "law": 4, "research": 7, "news": 10,
                                       "social": 3, "video": 2, "podcast": 2, "undated": 4}  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 166 + 16601)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 166 + index)
                self.fakers[locale] = fake
        self.twin = 0

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.36:
            family, given = rng.choice(_ALGERIAN), rng.choice(_MEN + _WOMEN)
        elif roll < 0.68:
            family, given = rng.choice(_TUNISIAN), rng.choice(_MEN + _WOMEN)
        elif roll < 0.72:
            family, given = rng.choice(_ITALIAN_TUNISIAN), rng.choice(["Marco", "Giulia", "Silvia", "Paolo", "Lina"])
        elif roll < 0.77:
            particle, family, given = rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        else:
            fake = self.fakers[rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            words = family.split()
            if len(words) > 1 and words[0].islower():
                return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if rng.random() < 0.06:  # a married woman's double name
            family = f"{family}-{rng.choice(_ALGERIAN + _TUNISIAN).replace(' ', '')}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1987, 2004)
        return self.rng.randint(2008, 2024)

    def _accessed(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        low = 2023 if issued is None else max(2023, issued[0] + 1)
        year = self.rng.randint(low, max(low, 2025))
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.4:
            french, english = rng.choice(_FR_TOPICS)
            form = rng.choice(
                ["{f}", "{f}: une étude exploratoire", "{f}: enquête auprès des jeunes", "{f}: le cas de {b}"]
            )
            title = form.format(f=french, b=rng.choice(_BRANDS))
            return f"{title[0].upper()}{title[1:]} [{english[0].upper()}{english[1:]}]"
        if roll < 0.47:
            arabic, english = rng.choice(_AR_TITLES)
            return f"{arabic} [{english}]"
        topic = rng.choice(_EN_TOPICS)
        form = rng.choice(["{t} in {c}: evidence from {b}", "The determinants of {t} in {c}", "{t} and {u} in {c}",
                           "Rethinking {t} in {c}", "{t}: the case of {b}", "Drivers of {t} among young consumers in {c}"])  # fmt: skip
        title = form.format(t=topic, c=rng.choice(_COUNTRY), b=rng.choice(_BRANDS), u=rng.choice(_EN_TOPICS))
        return title[0].upper() + title[1:]

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["fr_FR"]
        return f"https://{host or fake.domain_name()}/{fake.slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind)()

    def _dated(self, record: dict[str, Any], full: bool = False) -> None:
        year = self.rng.randint(2012, 2024) if full else self.year()  # posts, videos and news are recent
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if full else [year]
        record["issued"] = {"date-parts": [parts]}

    def _book(self) -> Work:
        rng = self.rng
        if rng.random() < 0.08:
            family, given, title, publisher, place = rng.choice(_CLASSICS)
            record: dict[str, Any] = {"type": "book", "title": title, "author": [{"family": family, "given": given}],
                                      "publisher": publisher, "publisher-place": place,
                                      "edition": str(rng.randint(3, 16))}  # fmt: skip
        else:
            publisher, place = rng.choice(_BOOK_PUBLISHERS)
            record = {"type": "book", "title": self._title(), "author": self._people(4), "publisher": publisher,
                      "publisher-place": place}  # fmt: skip
            if rng.random() < 0.25:
                record["edition"] = str(rng.randint(2, 6))
        self._dated(record)
        if rng.random() < 0.12:  # an e-book read online
            record["medium"] = rng.choice(["Kindle", "e-book"])
            if rng.random() < 0.5:
                record["URL"] = self._url(rng.choice(["www.cairn.info", "books.google.dz", "www.scholarvox.com"]))
                record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        container, publisher, place = rng.choice(_EDITED_BOOKS)
        start = rng.randint(1, 300)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": [self.person() for _ in range(rng.randint(1, 3))],
                                  "container-title": container, "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + rng.randint(10, 30)}"}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 600)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": rng.choice(_JOURNALS), "volume": str(rng.randint(1, 45)),
                                  "issue": str(rng.randint(1, 4)), "page": f"{start}-{start + rng.randint(8, 25)}"}  # fmt: skip
        self._dated(record)
        roll = rng.random()
        if roll < 0.45:
            record["DOI"] = (
                f"10.{rng.choice(['1108', '1080', '1016', '3917', '4000'])}/{self.fakers['fr_FR'].lexify('????').upper()}-{rng.randint(1000, 99999)}"
            )
        elif roll < 0.65:  # an Algerian journal read on ASJP
            record["URL"] = f"https://www.asjp.cerist.dz/en/article/{rng.randint(10000, 240000)}"
            record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        rng = self.rng
        school, place = rng.choice(_SCHOOLS)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": rng.choice(_GENRES), "publisher": school, "publisher-place": place}  # fmt: skip
        self._dated(record)
        if rng.random() < 0.3:
            record["URL"] = self._url(rng.choice(["dspace.ummto.dz", "theses.fr", "www.theses.fr", "pmb.hec.dz"]))
            record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        rng = self.rng
        container, place = rng.choice(_COLLOQUES)
        start = rng.randint(1, 400)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": container, "event-place": place, "publisher-place": place,
                                  "page": f"{start}-{start + rng.randint(6, 15)}"}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "conference")

    def _org(self, name: str, kind: str, record: dict[str, Any], tags: set[str]) -> Work:
        return self._org_work(record, kind, name, tags)

    def _company(self) -> Work:
        rng = self.rng
        name = rng.choice(_COMPANIES)
        if rng.random() < 0.5:
            year = rng.randint(2014, 2024)
            record: dict[str, Any] = {"type": "report", "publisher": name, "issued": {"date-parts": [[year + 1]]},
                                      "title": rng.choice([f"Rapport annuel {year} [Annual report]",
                                                           f"Annual report {year}", f"Rapport RSE {year} [CSR report]",
                                                           "Document de référence [Registration document]"])}  # fmt: skip
            if rng.random() < 0.6:
                record["URL"] = self._url()
                record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
            return self._org(name, "report", record, {"company"})
        record = {"type": "webpage", "title": rng.choice(["Notre histoire [Our history]", "Qui sommes-nous ? [About us]",
                                                          "Offres Ramadan [Ramadan offers]", "Press release: new 4G+ offers",
                                                          "Nos engagements [Our commitments]", self._title()]),
                  "URL": self._url()}  # fmt: skip
        if rng.random() < 0.75:
            self._dated(record)
        record["accessed"] = self._accessed(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org(name, "web", record, {"company"})

    def _body(self) -> Work:
        rng = self.rng
        name = rng.choice(_BODIES)
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": self._title(), "URL": self._url()}
        self._dated(record)
        record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._org(name, "report" if record["type"] == "report" else "web", record, {"trade-body"})

    def _regulator(self) -> Work:
        rng = self.rng
        if rng.random() < 0.2:  # the ONS's two works of 2019, in turn
            title = _TWIN_TITLES[self.twin % 2]
            self.twin += 1
            record: dict[str, Any] = {"type": "report", "title": title, "publisher": "ONS", "publisher-place": "Alger",
                                      "issued": {"date-parts": [[2019]]}, "URL": "https://www.ons.dz/spip.php?rubrique" + str(rng.randint(10, 400)),
                                      "accessed": self._accessed([2019])}  # fmt: skip
            return self._org(_TWINS, "report", record, {"government"})
        name = rng.choice(_REGULATORS)
        kind = rng.choice(["report", "webpage"])
        year = rng.randint(2012, 2024)
        title = rng.choice([f"Rapport annuel {year} [Annual report]",
                            f"Observatoire du marché de la téléphonie mobile, T{rng.randint(1, 4)} {year} [Mobile market observatory]",
                            f"Statistiques des paiements électroniques {year} [E-payment statistics]",
                            f"Enquête nationale sur la consommation des ménages {year} [National household consumption survey]",
                            self._title()])  # fmt: skip
        record = {
            "type": kind,
            "title": title,
            "URL": self._url(),
            "issued": {"date-parts": [[year + rng.randint(0, 1)]]},
        }
        record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._org(name, "report" if kind == "report" else "web", record, {"government"})

    def _law(self) -> Work:
        rng = self.rng
        author, title, year, journal = rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "container-title": journal,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if rng.random() < 0.6:
            record["URL"] = self._url(rng.choice(["www.joradp.dz", "www.iort.gov.tn", "legislation-securite.tn"]))
            record["accessed"] = self._accessed([year])
        return self._org(author, "legislation", record, {"government", "legislation"})

    def _research(self) -> Work:
        rng = self.rng
        name = rng.choice(_RESEARCH)
        year = self.year()
        market, country = rng.choice(_MARKETS), rng.choice(_COUNTRY)
        title = rng.choice([f"{market.capitalize()} in {country} {year}", f"Digital {year}: {country}",
                            f"{market.capitalize()} market in {country}: size and forecast to 2030 ({year} edition)",
                            f"Baromètre de la consommation {year} [Consumption barometer {year}]",
                            f"Share of internet users in {country} who bought online in {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": self._url(),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        record["accessed"] = self._accessed([year])
        return self._org(name, "report", record, {"market-research"})

    def _news(self) -> Work:
        rng = self.rng
        paper = rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "container-title": paper, "URL": self._url(),
                                  "title": rng.choice(_NEWS_TITLES).format(brand=rng.choice(_BRANDS))}  # fmt: skip
        self._dated(record, full=True)
        record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        if rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(paper, "news", record, {"press"})

    def _social(self) -> Work:
        rng = self.rng
        site, host = rng.choice(
            [
                ("LinkedIn", "www.linkedin.com"),
                ("Facebook", "www.facebook.com"),
                ("Instagram", "www.instagram.com"),
                ("X", "x.com"),
            ]
        )
        record: dict[str, Any] = {"type": "post", "container-title": site,
                                  "title": rng.choice(["Saha Ramdankoum ! Découvrez nos offres [Ramadan greetings: see our offers]",
                                                       "Aïd Moubarak à tous nos clients [Eid Mubarak to all our customers]",
                                                       "Asseggas ameggaz ! Bonne année Yennayer [Happy Yennayer]",
                                                       "We are hiring: brand manager, Tunis", "Les soldes commencent demain [The sales start tomorrow]"]),
                                  "URL": self._url(host)}  # fmt: skip
        self._dated(record, full=True)
        record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        if rng.random() < 0.6:
            return self._org(rng.choice(_COMPANIES), "social", record, {"company"})
        record["author"] = [self.person()]
        return self._person_work(record, "social")

    def _video(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "motion_picture", "medium": "YouTube", "container-title": "YouTube",
                                  "title": rng.choice(["Spot Ramadan", "Publicité Yennayer [Yennayer advert]",
                                                       "Conférence: le marketing digital en Algérie [Talk: digital marketing in Algeria]",
                                                       "Masterclass branding Tunisie"]),
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}"}  # fmt: skip
        self._dated(record, full=True)
        record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        if rng.random() < 0.5:
            return self._org(rng.choice(_COMPANIES), "video", record, {"company"})
        record["author"] = [self.person()]
        return self._person_work(record, "video")

    def _podcast(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "song", "medium": "Podcast",
                                  "container-title": rng.choice(["Marketing Talks Tunisie", "Mosaïque FM Éco", "Startup Algérie", "Le Podcast du Marketing Maghrébin"]),
                                  "title": f"Épisode {rng.randint(1, 120)}: {self._title()}", "URL": self._url()}  # fmt: skip
        self._dated(record, full=True)
        record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")

    def _undated(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        record["accessed"] = self._accessed(None)
        if rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name = rng.choice(_COMPANIES + _BODIES + _REGULATORS)
        return self._org(name, "web", record, {"undated"})
