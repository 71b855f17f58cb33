"""Works for the hundred-and-twenty-fifth independent pool, "blind125" (HELD OUT): what marketers in Cameroon, Gabon,
the Republic of the Congo and the Democratic Republic of the Congo, and their diaspora in Paris, Brussels, Montréal
and Johannesburg, cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Written without reading the checker, its tests or any other pool. Names are Bamileke, Beti, Duala, Fulani and
anglophone Cameroonian, Gabonese (Fang, Punu, Myènè), Kongo, Lari, Mbochi, Vili, Luba, Lingala- and Swahili-speaking
Congolese (postnames kept with the surname: "Mbuyi Kalonji", "Ilunga Kabamba"), hyphenated compounds, Muslim names
from the north, Lebanese and Belgian expatriates and the French and Canadian researchers who write about the region;
now and then a surname typed in capitals as French forms and thesis covers give it. Organisations carry SA, SARL, SAS
and GIE, the BEAC, COBAC, the Banque Centrale du Congo and the telecoms regulators; laws are numbered the way each
country numbers them ("Loi n° 2010/012 du 21 décembre 2010", "Ordonnance-loi n° 23/010"); French titles carry an
English translation in square brackets. Given names carry no hyphen ("Jean Pierre", not "Jean-Pierre"): citeproc-py
cannot initial a hyphenated given name, and that would measure the renderer, not the checker.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given): every region and community of the four countries, their diaspora and expatriates.
_CAMEROON = [
    ("Fotso", "Victor"), ("Kamga", "Hervé"), ("Tchatchoua", "Solange"), ("Nganou", "Blaise"), ("Kengne", "Arlette"),
    ("Djoumessi", "Serge"), ("Fokou", "Josiane"), ("Wandji", "Christian"), ("Tagne", "Rodrigue"), ("Kuaté", "Pélagie"),
    ("Tsafack", "Ulrich"), ("Feudjio", "Carine"), ("Sonkoué", "Guy Bertrand"), ("Nkwenti", "Ernestine"),
    ("Ateba", "Joseph"), ("Mbarga", "Cyrille"), ("Owona", "Pauline"), ("Essomba", "Martin Luther"), ("Ndzana", "Francis"),
    ("Onana", "Brigitte"), ("Abena", "Didier"), ("Mvondo", "Thérèse"), ("Bilounga", "Alain"), ("Tsala", "Éloïse"),
    ("Eto'o", "Marcelin"), ("Ondoa", "Yannick"), ("Ekwalla", "Richard"), ("Din", "Suzanne"), ("Ebongue", "Théophile"),
    ("Dikongué", "Annie"), ("Ngando", "Paul Éric"), ("Kotto", "Manuella"), ("Doumbé", "Lionel"), ("Moukoko", "Sandrine"),
    ("Hayatou", "Aïssatou"), ("Aboubakar", "Moustapha"), ("Oumarou", "Hadidja"), ("Hamadou", "Ibrahim"),
    ("Bouba", "Ramatou"), ("Adamou", "Souleymanou"), ("Bello", "Fadimatou"), ("Ngwa", "Godlove"), ("Tabi", "Comfort"),
    ("Achu", "Ebenezer"), ("Ngum", "Prudence"), ("Tanyi", "Divine"), ("Fru", "Blessing"), ("Nfor", "Emmanuel"),
    ("Ashu", "Quinta"), ("Mbah", "Terence"), ("Ayuk", "Nkongho"), ("Enow", "Frida"), ("Tabe", "Kingsley"),
    ("Besong", "Evelyn"), ("Egbe", "Clovis"), ("Fon", "Ngwe"), ("Njoya", "Ibrahim"), ("Ndam Njoya", "Mariama"),
]  # fmt: skip
_GABON = [
    ("Nguema", "Ghislain"), ("Ondo", "Armel"), ("Mba", "Prisca"), ("Ndong", "Landry"), ("Obame", "Gervais"),
    ("Essono", "Nadège"), ("Mintsa", "Rolande"), ("Moussavou", "Brice"), ("Ngoubou", "Aurélien"), ("Nzé", "Clémence"),
    ("Mboumba", "Franck"), ("Makaya", "Joëlle"), ("Ntoutoume", "Rodrigue"), ("Boussougou", "Yvon"), ("Mayila", "Lucie"),
    ("Nguema Ondo", "Ghislain"), ("Ella Ekogha", "Tatiana"), ("Obiang Ndong", "Raphaël"), ("Mouloungui", "Davy"),
    ("Rapontchombo", "Estelle"), ("Igamba", "Sylvère"),
]  # fmt: skip
_CONGO = [
    ("Massamba", "Jean Claude"), ("Makosso", "Florent"), ("Bakala", "Chancelvie"), ("Mouanda", "Exaucé"),
    ("Nkounkou", "Rosalie"), ("Malonga", "Destin"), ("Moukala", "Félicité"), ("Ibara", "Arnaud"), ("Okemba", "Sylvie"),
    ("Ngakosso", "Régis"), ("Itoua", "Bienvenu"), ("Nganga", "Mireille"), ("Loemba", "Patrick"),
    ("Tchicaya", "Ornella"), ("Mavoungou", "Gildas"), ("Pambou", "Nelly"), ("Samba", "Dieudonné"),
    ("Obami Itou", "Prince"), ("Bouanga", "Régine"), ("Mabiala", "Freddy"),
]  # fmt: skip
_DRC = [
    ("Mbuyi Kalonji", "Patrice"), ("Ilunga Kabamba", "Trésor"), ("Kalala Mukendi", "Nathalie"), ("Tshibangu", "Fiston"),
    ("Kabasele", "Héritier"), ("Ngoy", "Merveille"), ("Kasongo", "Gloire"), ("Mwamba", "Ruth"), ("Lukusa", "Espoir"),
    ("Mulumba", "Bienvenu"), ("Mputu", "Grâce"), ("Nsimba Lukoki", "Jonathan"), ("Makiese", "Divine"),
    ("Kanku", "Papy"), ("Muyumba", "Rebecca"), ("Bisimwa", "Justin"), ("Mushagalusa", "Aline"), ("Bahati", "Esther"),
    ("Amani", "Furaha"), ("Kahindo", "Neema"), ("Kambale", "Moïse"), ("Paluku", "Sifa"), ("Kasereka", "Jérémie"),
    ("Mumbere", "Daniel"), ("Lumbala", "Cédric"), ("Tshimanga", "Clarisse"), ("Kapinga", "Nadine"),
    ("Mukendi wa Mukendi", "Albert"), ("Nzuzi", "Exaucé"), ("Mbala", "Théodore"), ("Bokanga", "Jacquie"),
    ("Lokwa", "Bénédicte"), ("Ekofo", "Junior"), ("Mpoyi", "Dorcas"),
]  # fmt: skip
_HYPHENATED = [
    ("Ngo-Ndjock", "Christelle"), ("Moukoko-Priso", "Hugues"), ("Bile-Ndong", "Carole"), ("Nzouba-Ndama", "Fabrice"),
    ("Ebang-Mbélé", "Laetitia"), ("Mpiga-Bissielo", "Romuald"), ("Mayé-Mbida", "Stéphane"), ("Ekoko-Ngalle", "Ruth"),
    ("Lufungula-Mbuyi", "Olivier"), ("Ndjana-Fouda", "Marie Claire"),
]  # fmt: skip
_EXPATRIATE = [
    ("Khoury", "Rami"), ("Haddad", "Nadim"), ("Fakhoury", "Joëlle"), ("Saadé", "Georges"), ("Achkar", "Rita"),
    ("Karam", "Elie"), ("Nassif", "Carla"), ("Janssens", "Sofie"), ("Peeters", "Luc"), ("Lemaire", "Marc"),
    ("Dubois", "Anne"), ("Maes", "Pieter"), ("Lefèvre", "Cécile"), ("Girard", "Thibault"), ("Moreau", "Hélène"),
    ("Lambert", "Élodie"), ("Tremblay", "Geneviève"), ("Gagnon", "Mathieu"), ("Bouchard", "Isabelle"),
    ("Naidoo", "Kavitha"), ("Dlamini", "Sipho"), ("Botha", "Marlene"), ("Smith", "Andrew"), ("Wilson", "Claire"),
    ("Taylor", "Rebecca"), ("Kotler", "Philip"), ("Chaffey", "Dave"), ("Okonkwo", "Chidi"), ("Mensah", "Kwame"),
    ("Ouédraogo", "Aminata"), ("Diallo", "Mamadou"), ("Traoré", "Awa"),
]  # fmt: skip
# (particle, family, given): Belgian capitalised particles, French "de", Afrikaans and Dutch ones.
_PARTICLED = [("Van den", "Bossche", "Pieter"), ("Vanden", "Berghe", "Katrien"), ("De", "Smet", "Annelies"),
              ("de", "Villiers", "Jacques"), ("van der", "Merwe", "Hanlie"), ("de", "Saint-Just", "Bertrand"),
              ("Van", "Reybrouck", "Bart"), ("du", "Plessis", "Liezl"), ("Le", "Roux", "Camille")]  # fmt: skip

# (name, tags): companies with their legal forms, trade bodies, regulators and ministries, research firms, NGOs.
_COMPANIES = [
    ("Orange Cameroun SA", {"company"}), ("MTN Cameroon", {"company"}), ("MTN Congo", {"company"}),
    ("Airtel Gabon", {"company"}), ("Vodacom Congo (RDC) SA", {"company", "abbreviation"}),
    ("Airtel Congo RDC", {"company"}), ("Moov Africa Gabon Télécom", {"company"}), ("Orange RDC", {"company"}),
    ("Société Anonyme des Brasseries du Cameroun (SABC)", {"company", "abbreviation"}), ("Guinness Cameroun SA", {"company"}),
    ("Brasseries du Congo (Brasco)", {"company", "abbreviation"}), ("Bralima", {"company"}), ("Sobraga", {"company"}),
    ("Afriland First Bank", {"company"}), ("Société Générale Cameroun", {"company"}), ("BGFIBank Gabon", {"company"}),
    ("Rawbank", {"company"}), ("Equity BCDC", {"company"}), ("Ecobank Cameroun SA", {"company"}),
    ("Express Union SA", {"company"}), ("Advans Cameroun", {"company"}), ("FINCA DRC", {"company"}),
    ("Crédit Communautaire d'Afrique", {"company", "apostrophe"}), ("Camair-Co", {"company"}),
    ("Congo Airways", {"company"}), ("Afrijet", {"company"}), ("Trans Air Congo", {"company"}),
    ("Santa Lucia SARL", {"company"}), ("Mahima", {"company"}), ("Dovv Distribution SA", {"company"}),
    ("Groupe Hayat", {"company"}), ("Kin Marché", {"company"}), ("Prix Import", {"company"}),
    ("Telcar Cocoa Ltd", {"company"}), ("Rougier Gabon SA", {"company"}), ("Perenco", {"company"}),
    ("TotalEnergies EP Gabon", {"company"}), ("Gécamines SA", {"company"}), ("Comilog", {"company"}),
    ("Canal+ Afrique", {"company", "punctuation"}), ("CRTV", {"company", "acronym"}), ("Equinoxe TV", {"company"}),
    ("Kanel Communication SARL", {"company"}), ("Agence Mboa Digital SARL", {"company"}),
    ("Chococam SA", {"company"}), ("Source du Pays SA", {"company"}), ("Maviance SAS", {"company"}),
    ("Illico Cash", {"company"}), ("Mobile Money Corporation SA", {"company"}),
]  # fmt: skip
_BODIES = [
    ("Groupement Inter-Patronal du Cameroun (GICAM)", {"trade-body", "abbreviation"}),
    ("Fédération des Entreprises du Congo (FEC)", {"trade-body", "abbreviation"}),
    ("Confédération Patronale Gabonaise", {"trade-body"}),
    ("Conseil Interprofessionnel du Cacao et du Café (CICC)", {"trade-body", "abbreviation"}),
    ("Groupement Interbancaire Monétique de l'Afrique Centrale (GIMAC)", {"trade-body", "abbreviation", "apostrophe"}),
    ("Cameroon Cooperative Credit Union League (CamCCUL)", {"trade-body", "abbreviation"}),
    ("GSMA", {"trade-body", "acronym"}), ("Chartered Institute of Marketing", {"trade-body"}),
    ("Association Professionnelle des Établissements de Crédit du Cameroun (APECCAM)", {"trade-body", "abbreviation"}),
    ("Plan International Cameroon", {"ngo"}), ("Caritas Congo ASBL", {"ngo"}), ("Fondation Orange", {"ngo"}),
]  # fmt: skip
_REGULATORS = [
    ("Banque des États de l'Afrique Centrale (BEAC)", {"government", "abbreviation", "apostrophe"}),
    ("BEAC", {"government", "acronym"}), ("Commission Bancaire de l'Afrique Centrale (COBAC)", {"government", "abbreviation"}),
    ("Banque Centrale du Congo", {"government"}), ("Banque Centrale du Congo (BCC)", {"government", "abbreviation"}),
    ("Agence de Régulation des Télécommunications (ART)", {"government", "abbreviation"}),
    ("Agence de Régulation des Postes et des Communications Électroniques (ARPCE)", {"government", "abbreviation"}),
    ("Autorité de Régulation de la Poste et des Télécommunications du Congo (ARPTC)", {"government", "abbreviation"}),
    ("ARCEP Gabon", {"government"}), ("Institut National de la Statistique (INS)", {"government", "abbreviation"}),
    ("Ministère du Commerce (MINCOMMERCE)", {"government", "abbreviation"}),
    ("Ministère des Postes et Télécommunications", {"government"}), ("Ministry of Trade, Cameroon", {"government", "comma"}),
    ("Institut National de la Statistique de RDC", {"government"}), ("World Bank", {"government"}),
    ("International Monetary Fund", {"government"}), ("African Development Bank", {"government"}),
    ("Ministère des Finances", {"government"}), ("Ministère de l'Économie Numérique", {"government", "apostrophe"}),
]  # fmt: skip
_RESEARCH = ["Statista", "Euromonitor International", "GSMA Intelligence", "Kantar", "Ipsos", "GeoPoll", "Afrobarometer",
             "DataReportal", "Jumia Business Intelligence", "Nielsen"]  # fmt: skip
_PRESS = ["Cameroon Tribune", "Le Jour", "Mutations", "The Guardian Post", "The Post", "Investir au Cameroun",
          "Business in Cameroon", "L'Union", "Gabonreview", "Les Dépêches de Brazzaville", "Actualite.cd", "Radio Okapi",
          "Jeune Afrique", "Le Potentiel", "Financial Afrik", "TechCabal", "RFI", "BBC Afrique", "Mediacongo",
          "Business & Finance Congo"]  # fmt: skip
_JOURNALS = ["Journal of African Business", "African Journal of Management", "Revue Africaine de Gestion",
             "Revue Congolaise de Gestion", "African Journal of Economic and Management Studies",
             "Journal of Marketing Management", "International Journal of Bank Marketing", "Telecommunications Policy",
             "Information Technology for Development", "Revue Française de Gestion", "Management International",
             "Journal of Consumer Behaviour", "Review of African Political Economy", "Journal of Islamic Marketing",
             "Africa Journal of Management", "Revue Internationale des Sciences de Gestion"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("L'Harmattan", "Paris"), ("Karthala", "Paris"),
               ("Presses Universitaires d'Afrique", "Yaoundé"), ("Éditions CLÉ", "Yaoundé"), ("Dunod", "Paris"),
               ("De Boeck Supérieur", "Louvain-la-Neuve"), ("Palgrave Macmillan", "Cham"), ("Sage", "London"),
               ("Kogan Page", "London"), ("Presses de l'Université Laval", "Québec"), ("Wiley", "Chichester"),
               ("Langaa RPCIG", "Bamenda"), ("Éditions Ifrikiya", "Yaoundé"), ("Juta", "Cape Town")]  # fmt: skip
_UNIVERSITIES = ["Université de Yaoundé II", "University of Buea", "Université Omar Bongo", "Université Marien Ngouabi",
                 "Université de Kinshasa", "Université de Douala", "University of Bamenda", "Université de Lubumbashi",
                 "Université Protestante au Congo", "ESSEC Douala", "Université de Dschang",
                 "Université Catholique de Louvain", "HEC Montréal", "University of the Witwatersrand"]  # fmt: skip
_THESES = ["PhD thesis", "MBA dissertation", "Thèse de doctorat", "Mémoire de Master", "MSc dissertation",
           "Doctoral thesis", "DEA dissertation"]  # fmt: skip

# Topics in English and, for French works, a French title with its English translation in square brackets.
_TOPICS_EN = ["mobile money adoption", "brand loyalty in telecoms", "beer brand advertising", "customer trust in microfinance",
              "cocoa traceability", "financial inclusion", "supermarket retail formats", "airline service quality",
              "WhatsApp commerce", "influencer marketing", "CSR communication in extractive industries",
              "SIM registration and customer churn", "diaspora remittances", "price promotions in bottled drinks",
              "the informal sector", "agent networks", "bancassurance", "digital payments at the market",
              "street-food brands", "Ramadan promotions", "football sponsorship", "radio advertising",
              "rural distribution", "counterfeit products", "coffee branding"]  # fmt: skip
_TOPICS_FR = [
    ("L'adoption du mobile money au Cameroun", "The adoption of mobile money in Cameroon"),
    ("La fidélité des clients des opérateurs de téléphonie mobile à Douala", "Customer loyalty to mobile operators in Douala"),
    ("Marketing des brasseries et consommation de bière à Kinshasa", "Brewery marketing and beer consumption in Kinshasa"),
    ("La microfinance et l'inclusion financière en zone CEMAC", "Microfinance and financial inclusion in the CEMAC zone"),
    ("Communication RSE des entreprises forestières au Gabon", "CSR communication by timber firms in Gabon"),
    ("Le commerce informel à Brazzaville", "Informal trade in Brazzaville"),
    ("Les déterminants de l'achat en ligne chez les étudiants de Yaoundé", "The determinants of online buying among Yaoundé students"),
    ("La qualité de service dans les supermarchés de Libreville", "Service quality in Libreville supermarkets"),
    ("Publicité et culture populaire congolaise", "Advertising and Congolese popular culture"),
    ("Le marketing des cafés et cacaos camerounais", "The marketing of Cameroonian coffees and cocoas"),
    ("Transferts d'argent de la diaspora et banques commerciales", "Diaspora money transfers and commercial banks"),
    ("Les réseaux d'agents de monnaie électronique en RDC", "Electronic money agent networks in the DRC"),
    ("Confiance et monnaie électronique à Pointe-Noire", "Trust and electronic money in Pointe-Noire"),
    ("Le parrainage sportif et l'image de marque", "Sports sponsorship and brand image"),
]  # fmt: skip
_PLACES = ["Cameroon", "Gabon", "the Republic of the Congo", "the DRC", "Central Africa", "the CEMAC zone", "Douala",
           "Yaoundé", "Kinshasa", "Lubumbashi", "Libreville", "Brazzaville", "Pointe-Noire", "Goma", "Bamenda",
           "francophone Africa", "sub-Saharan Africa"]  # fmt: skip

# Laws and regulations as each country numbers them: (author, year, title with its English in square brackets).
_LAWS = [
    ("République du Cameroun", 2010, "Loi n° 2010/012 du 21 décembre 2010 relative à la cybersécurité et la cybercriminalité au Cameroun [Law No. 2010/012 of 21 December 2010 on cybersecurity and cybercrime]"),
    ("République du Cameroun", 2010, "Loi n° 2010/013 du 21 décembre 2010 régissant les communications électroniques au Cameroun [Law No. 2010/013 governing electronic communications]"),
    ("République du Cameroun", 2011, "Loi-cadre n° 2011/012 du 6 mai 2011 portant protection du consommateur au Cameroun [Framework Law No. 2011/012 on consumer protection]"),
    ("République du Cameroun", 2006, "Loi n° 2006/018 du 29 décembre 2006 régissant la publicité au Cameroun [Law No. 2006/018 governing advertising in Cameroon]"),
    ("République du Cameroun", 2024, "Loi n° 2024/017 du 23 décembre 2024 relative à la protection des données à caractère personnel [Law No. 2024/017 on the protection of personal data]"),
    ("Republic of Cameroon", 2015, "Decree No. 2015/3759/PM of 3 September 2015 laying down the modalities for identifying subscribers and terminal equipment"),
    ("République Gabonaise", 2011, "Loi n° 001/2011 du 25 septembre 2011 relative à la protection des données à caractère personnel [Law No. 001/2011 on personal data protection]"),
    ("République du Congo", 2019, "Loi n° 29-2019 du 10 octobre 2019 portant protection des données à caractère personnel [Law No. 29-2019 on personal data protection]"),
    ("République Démocratique du Congo", 2023, "Ordonnance-loi n° 23/010 du 13 mars 2023 portant Code du numérique [Ordinance-Law No. 23/010 on the Digital Code]"),
    ("République Démocratique du Congo", 2018, "Loi n° 18/035 du 13 décembre 2018 fixant les principes fondamentaux relatifs à l'organisation du secteur de la santé [Law No. 18/035 on the health sector]"),
    ("COBAC", 2018, "Règlement n° 04/18/CEMAC/UMAC/COBAC relatif aux services de paiement dans la CEMAC [Regulation on payment services in CEMAC]"),
    ("COBAC", 2020, "Règlement n° 01/20/CEMAC/UMAC/COBAC relatif à la protection des consommateurs des produits et services bancaires [Regulation on the protection of consumers of banking products and services]"),
    ("Banque Centrale du Congo", 2011, "Instruction n° 24 aux établissements de monnaie électronique [Instruction No. 24 to electronic money institutions]"),
    ("OHADA", 2014, "Acte uniforme relatif au droit des sociétés commerciales et du groupement d'intérêt économique [Uniform Act on commercial companies and economic interest groups]"),
    ("OHADA", 2010, "Acte uniforme portant sur le droit commercial général [Uniform Act on general commercial law]"),
    ("Ministère des Postes et Télécommunications", 2020, "Arrêté n° 0021/MINPOSTEL du 12 mai 2020 fixant les conditions de commercialisation des cartes SIM [Order No. 0021/MINPOSTEL on the sale of SIM cards]"),
]  # fmt: skip


_PRESS_HOSTS = {"Cameroon Tribune": "cameroon-tribune.cm", "Le Jour": "quotidienlejour.com", "Mutations": "mutations.cm",
                "The Guardian Post": "theguardianpostcameroon.com", "The Post": "thepostnewspaper.net",
                "Investir au Cameroun": "investiraucameroun.com", "Business in Cameroon": "businessincameroon.com",
                "L'Union": "union.sonapresse.com", "Gabonreview": "gabonreview.com", "Les Dépêches de Brazzaville": "adiac-congo.com",
                "Actualite.cd": "actualite.cd", "Radio Okapi": "radiookapi.net", "Jeune Afrique": "jeuneafrique.com",
                "Le Potentiel": "lepotentiel.cd", "Financial Afrik": "financialafrik.com", "TechCabal": "techcabal.com",
                "RFI": "rfi.fr", "BBC Afrique": "bbc.com/afrique", "Mediacongo": "mediacongo.net",
                "Business & Finance Congo": "bfcongo.cd"}  # fmt: skip


_SLUG_WORDS = ["marketing", "mobile-money", "clients", "rapport", "digital", "offre", "banque", "kinshasa", "douala",
               "agents", "innovation", "2024", "actualites", "news"]  # fmt: skip


class Blind125WorkFactory(WorkFactory):
    """The blind125 pool's works: every kind a Central African candidate cites, names of the four countries and their
    diaspora, and laws as each country numbers them."""

    # The kinds the works come out as; DRAWN names the makers and how often each is drawn.
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "company-report", "legislation",
             "news", "social", "podcast", "video")  # fmt: skip
    DRAWN: ClassVar[dict[str, int]] = {"book": 10, "ebook": 3, "chapter": 5, "journal": 20, "thesis": 4, "conference": 3, "company-web": 8,
             "company-report": 6, "body": 5, "regulator": 6, "legislation": 4, "market-research": 6, "news": 7,
             "news-unsigned": 3, "social": 2, "podcast": 2, "video": 2, "web-person": 3, "undated-web": 3}  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 125 + 12501)
        self.dated_orgs: list[tuple[str, str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.06:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        table = self.rng.choices([_CAMEROON, _GABON, _CONGO, _DRC, _HYPHENATED, _EXPATRIATE],
                                 weights=[30, 12, 12, 22, 6, 18])[0]  # fmt: skip
        family, given = self.rng.choice(table)
        if table is not _EXPATRIATE and self.rng.random() < 0.07:
            family = family.upper()  # "NGUEMA ONDO, G.": the surname in capitals, as a French form writes it
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        table = self.rng.choices([_COMPANIES, _BODIES, _REGULATORS], weights=[50, 20, 30])[0]
        name, tags = self.rng.choice(table)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1972, 1999)
        return self.rng.randint(2005, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        """An access date no earlier than the work's year (make() moves it after a day-dated article's day)."""
        start = max(2022, year or 2022)
        return {"date-parts": [[self.rng.randint(start, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{'-'.join(self.rng.sample(_SLUG_WORDS, 3))}"

    def _title(self) -> str:
        if self.rng.random() < 0.3:
            french, english = self.rng.choice(_TOPICS_FR)
            forms = [f"{french} [{english}]", f"{french} : enjeux et perspectives [{english}: issues and prospects]",
                     f"{french} : une étude empirique [{english}: an empirical study]"]  # fmt: skip
            return self.rng.choice(forms)
        topic, place = self.rng.choice(_TOPICS_EN), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Determinants of {topic} in {place}",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {place}", f"Rethinking {topic} in {place}",
                 f"The impact of {topic} on customer loyalty in {place}",
                 f"{topic[0].upper()}{topic[1:]} and {self.rng.choice([t for t in _TOPICS_EN if t != topic])}: a study of {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 8, 5, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(person["family"].casefold() != other["family"].casefold() for other in people):
                people.append(person)
        return people

    def _dated(self, record: dict[str, Any], chance: float = 1.0) -> int | None:
        if self.rng.random() < chance:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            return year
        return None

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        record = work.record
        if "accessed" in record and "issued" in record:  # an article dated to the day is read that day or after
            day = record["issued"]["date-parts"][0]
            accessed = record["accessed"]["date-parts"][0]
            if len(day) == 3 and accessed < day:
                record["accessed"] = {
                    "date-parts": [[day[0], day[1], min(28, day[2] + 2)] if day[2] < 28 else [day[0] + 1, 1, 6]]
                }
        return work

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work: "BEAC (2019a)" and "(2019b)".
        # Only an organisation of the same kind is paired, so a regulator's report stays a regulator's.
        same = [entry for entry in self.dated_orgs if entry[0] == kind and kind != "legislation"]
        if same and "issued" in record and self.rng.random() < 0.15:
            _kind, name, tags, year = self.rng.choice(same)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
            if record.get("publisher") and kind in ("report", "company-report"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((kind, name, tags, record["issued"]["date-parts"][0][0]))
        return super()._org_work(record, kind, name, tags)

    def _book(self, ebook: bool = False) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        year = self._dated(record)
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if ebook:
            record["medium"] = "E-book"
            if self.rng.random() < 0.6:
                record["URL"] = (
                    f"https://www.{self.rng.choice(['vitalsource.com', 'cairn.info', 'proquest.com', 'dawsonera.com'])}/book/{self.rng.randint(10000, 99999)}"
                )
                record["accessed"] = self.accessed_after(year)
        work = self._person_work(record, "book")
        if ebook:
            work.tags.add("ebook")
        return work

    def _ebook(self) -> Work:
        return self._book(ebook=True)

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        first = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Marketing in Africa", "Business in Central Africa",
                                                "Le management en Afrique [Management in Africa]",
                                                "Mobile money in Africa: a handbook", "Consumer behaviour in Africa",
                                                "The Routledge companion to marketing in Africa"]),
            "publisher": publisher, "publisher-place": place, "page": f"{first}-{first + self.rng.randint(10, 30)}",
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        first = self.rng.randint(1, 500)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 60)),
            "issue": str(self.rng.randint(1, 6)), "page": f"{first}-{first + self.rng.randint(8, 25)}",
        }  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jab', 'ajems', 'ijbm', 'rag', 'tp'])}.{self.rng.randint(2005, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(_THESES), "publisher": self.rng.choice(_UNIVERSITIES)}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        first = self.rng.randint(1, 300)
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice([f"Proceedings of the {self.rng.randint(2, 14)}th African Marketing Conference",
                                                "Actes du colloque international de l'AIMS Afrique [Proceedings of the AIMS Africa conference]",
                                                "Proceedings of the Academy of African Business and Development",
                                                "Proceedings of the Mobile Money Summit Central Africa"]),
            "event-place": self.rng.choice(["Douala", "Yaoundé", "Kinshasa", "Libreville", "Brazzaville", "Johannesburg"]),
            "issued": {"date-parts": [[year]]}, "page": f"{first}-{first + self.rng.randint(6, 15)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "Our history", "Qui sommes-nous ? [Who are we?]", "Orange Money: tarifs et services [Orange Money: fees and services]",
            "MoMo: send and receive money", "Our brands", "Nos produits [Our products]", "Sustainability",
            "Responsabilité sociétale [Corporate social responsibility]", "Press release: new customer app",
            "Airtel Money: frais de transfert [Airtel Money: transfer fees]", "Our network of agents", "Careers"]),
            "URL": self._url(name.split()[0].lower().replace("'", "") + ".com")}  # fmt: skip
        year = None
        if self.rng.random() < 0.7:
            year = self.rng.randint(2012, 2025)
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Rapport annuel {year} [Annual report {year}]",
                                                        f"Sustainability report {year}", "Document de référence [Registration document]",
                                                        f"Rapport RSE {year} [CSR report {year}]"]),
            "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Douala", "Kinshasa", "Libreville", "Brazzaville", "Yaoundé"]),
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(name.split()[0].lower().replace("'", "") + ".com")
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "company-report", name, tags)

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice([
            "The mobile economy: sub-Saharan Africa", "State of the industry report on mobile money",
            "Baromètre des entreprises [Business barometer]", "Campagne cacaoyère : bilan [Cocoa season: review]",
            "Rapport d'activité [Activity report]", "Guide to responsible marketing", "Annual review"]),
            "URL": self._url(self.rng.choice(["gsma.com", "legicam.cm", "fec-rdc.org", "gimac-afric.com", "camccul.org"])),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        year = self._dated(record, 0.85)
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([
            "Rapport annuel [Annual report]", "Rapport sur la situation des services de paiement [Report on payment services]",
            "Observatoire du marché de la téléphonie mobile [Mobile telephony market observatory]",
            "Bulletin statistique trimestriel [Quarterly statistical bulletin]", "Financial inclusion report",
            "Enquête sur l'emploi et le secteur informel [Survey of employment and the informal sector]",
            "Cameroon economic update", "Democratic Republic of Congo: country economic memorandum"]),
            "publisher": name.split(" (")[0],
            "URL": self._url(self.rng.choice(["beac.int", "sgcobac.org", "bcc.cd", "art.cm", "arpce.cg", "arptc.gouv.cd", "ins-cameroun.cm", "worldbank.org"])),
        }  # fmt: skip
        year = self._dated(record, 0.95)
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, tags | {"government"})

    def _legislation(self) -> Work:
        author, year, title = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self.rng.choice(["spm.gov.cm", "droit-afrique.com", "leganet.cd", "ohada.org", "journal-officiel.ga", "sgg.cg"]))}  # fmt: skip
        if self.rng.random() < 0.8:
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market, country = self.rng.choice([("beer", "Cameroon"), ("soft drinks", "the DRC"), ("mobile money", "Central Africa"),
                                           ("bottled water", "Gabon"), ("mobile telephony", "Congo"), ("banking", "Cameroon"),
                                           ("instant noodles", "the DRC"), ("cosmetics", "Cameroon")])  # fmt: skip
        titles = [f"{market.capitalize()} in {country}: market report {year or 2024}",
                  f"Number of {market} users in {country} from 2015 to {year or 2024}",
                  f"{country} {market} market: size and forecast to 2030", f"Digital {year or 2024}: {country}",
                  f"Consumer survey on {market} in {country}, Q{self.rng.randint(1, 4)} {year or 2023}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(name.split()[0].lower() + ".com")}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        record["URL"] = self._url(_PRESS_HOSTS.get(record["container-title"], "journalducameroun.com"))
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        year = self.year()
        name = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": name,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(_PRESS_HOSTS.get(name, "journalducameroun.com")), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "news", name, {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Bonne fête de l'Indépendance à tous nos clients ! [Happy Independence Day to all our customers!]",
                                                       "New MoMo agent locations in Bamenda", "Nouvelle offre data illimitée [New unlimited data offer]",
                                                       "Ramadan Kareem: our opening hours", "Thank you Goma for 10 years"]),
            "container-title": self.rng.choice(["Facebook", "LinkedIn", "X", "Instagram", "TikTok"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self.rng.choice(["facebook.com", "linkedin.com", "x.com", "instagram.com"])), "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_COMPANIES)
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        year = self.rng.randint(2017, 2025)
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{self.rng.choice(['Le marketing au Congo [Marketing in the Congo]', 'Fintech in Central Africa', 'Brands of Douala', 'Entreprendre à Libreville [Starting a business in Libreville]'])}, episode {self.rng.randint(1, 80)} [Podcast]",
            "issued": {"date-parts": [[year]]}, "URL": self._url(self.rng.choice(["spotify.com", "podcasts.apple.com", "anchor.fm"])),
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["author"] = [self.person()]
            return self._person_work(record, "podcast")
        name, tags = self.rng.choice(_COMPANIES)
        return self._org_work(record, "podcast", name, tags)

    def _video(self) -> Work:
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{self.rng.choice(['Publicité 33 Export', 'Orange Money : la pub', 'Primus : le goût du Congo', 'Interview: the CEO on mobile money', 'Regab : fière d’être gabonaise'])} [Video]",
            "container-title": "YouTube", "issued": {"date-parts": [[year]]},
            "URL": f"https://www.youtube.com/watch?v={''.join(self.rng.choices('abcdefghijkLMNOPQ0123456789_', k=11))}", "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name, tags = self.rng.choice(_COMPANIES)
        return self._org_work(record, "video", name, tags)

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url(self.rng.choice(["medium.com", "linkedin.com/pulse", "blog.mboa.cm", "kinshasadigital.cd"]))}  # fmt: skip
        year = self._dated(record)
        record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": self._url(self.rng.choice(["camerounweb.com", "mediacongo.net", "gabonactu.com", "digitalbusiness.africa"]))}  # fmt: skip
        record["accessed"] = self.accessed_after(None)
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
