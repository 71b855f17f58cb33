"""Works for the hundred-and-twelfth independent pool, "blind112" (HELD OUT): what marketers in Morocco, Algeria and
Tunisia and their diaspora in Paris, Montréal and Brussels cite in CIM Level 6 and 7 reports and MBA assignments.

Maghrebi names in French transliteration as reference managers hold them ("Ben Jelloun", "Benjelloun" and
"Bendjelloun" for one family; "El Alaoui", "Ait Taleb", "Ould Kaddour", "Bou" names, double family names such as
"Sqalli Houssaini", hyphens, "M'hamed", diaereses), Amazigh names, French, Belgian and Québécois co-authors and
expatriates; S.A., S.A.R.L. and SPA firms, Bank Al-Maghrib, Banque d'Algérie and Banque Centrale de Tunisie, the
regulators and their laws ("Loi n° 09-08", "Loi organique n° 2004-63"), theses from Mohammed V, Hassan II, ISCAE,
Algiers 3 and IHEC Carthage, the Maghrebi and diaspora press, research firms' titles with a year, social posts,
podcasts and videos, French and Arabic titles with English in square brackets. Written without reading the
checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------------------------------- people
# Family names as reference managers hold them: one string, particles and all ("Ben Jelloun", "El Alaoui").
_MOROCCAN = ["Benjelloun", "Ben Jelloun", "Bendjelloun", "Bennani", "Bennani Smires", "Benkirane", "Benslimane",
             "El Fassi", "Alaoui", "El Alaoui", "Lamrani Alaoui", "Alaoui Mdaghri", "Tazi", "Sqalli Houssaini",
             "Berrada", "Lahlou", "Guessous", "Kettani", "Chraibi", "Chraïbi", "Sefrioui", "Lazrak", "Bouzoubaa",
             "Filali", "Idrissi", "El Idrissi", "Idrissi Kaitouni", "Drissi", "Amrani", "El Amrani", "Ouazzani",
             "Ouazzani Touhami", "Belkhayat", "Benchekroun", "Tahiri", "Laraki", "Bensouda", "El Ouafi", "M'Rabet",
             "Mernissi", "Zniber", "Benabdallah", "Ben Abdallah Lahlou", "Naciri", "Skalli", "Jamaï", "Hajji",
             "El Hassani Sbai", "Benmoussa", "Cherkaoui", "El Khatib", "Al Khatib", "Boussaid", "Zerouali",
             "El Ghazouani", "Ghazouani", "Kadiri", "Qadiri", "El Mansouri", "Benhima", "Bekkali", "Tounsi"]  # fmt: skip
_AMAZIGH = ["Ait Taleb", "Aït Taleb", "Ait Lahcen", "Ait Ouarab", "Ait Baha", "Akhannouch", "Ouchen", "Amellal",
            "Azzouzi", "Ikken", "Oubella", "Amghar", "Idir", "Aït Menguellet", "Aït Kaci", "Ait-Kaci", "Ouhadj",
            "Id Belkheir", "Oulhaj", "Amazigh", "Ait Saada", "Aït Hamou", "Ou-Said", "Bouhlal", "Ait El Caid"]  # fmt: skip
_ALGERIAN = ["Benali", "Ben Ali", "Belkacem", "Belkassem", "Hadj Ali", "Bouzid", "Messaoudi", "Kaci", "Hamidi",
             "Benbouzid", "Belaid", "Belaïd", "Ould Ali", "Ould Kaddour", "Ould Abbes", "Chikhi", "Zerrouki",
             "Benmansour", "Bensalah", "Boukhalfa", "Aouadi", "Mebarki", "Ferhat", "Saidi", "Saïdi", "Tebbal",
             "Boumediene", "Boumédiène", "Bouchareb", "Djebbar", "Benaïssa", "Benaissa", "Hadjadj", "Bouteldja",
             "Khelifi", "Lounici", "Mansouri", "Medjahed", "Boudjemaa", "Bendjedid", "Si Ahmed", "Ould-Braham"]  # fmt: skip
_TUNISIAN = ["Ben Salah", "Ben Youssef", "Trabelsi", "Jebali", "Gharbi", "Mabrouk", "Chaabane", "Hammami",
             "Khemiri", "Jaziri", "Ben Romdhane", "Ben Hassine", "Ben Mrad", "Ben M'rad", "Ben Achour", "Zouari",
             "Masmoudi", "Sellami", "Kammoun", "Abdelkefi", "Ellouze", "Fourati", "Chaari", "Bouraoui", "Ben Ammar",
             "Dridi", "Ayari", "Mzali", "Ben Hamida", "Ben-Amor", "Baccouche", "Karoui", "Bouhlel", "Ben Slimane",
             "Sfar", "Ben Aissa", "Ben Aïssa", "Mejri", "Chebbi", "Ben Mbarek", "Ben M'barek", "Ghedira"]  # fmt: skip
_DIASPORA = ["Benali-Martin", "Lahlou-Kitane", "Dupont-Bennani", "Haddad-Lefebvre", "Benjelloun-Tremblay",
             "Moreau-Chraibi", "Bensaid-Gagnon", "Saïdi-Roux"]  # fmt: skip
_EXPATRIATE = ["Dupont", "Lefèvre", "Moreau", "Girard", "Rousseau", "Le Goff", "Dubois", "Fontaine", "Mercier",
               "Tremblay", "Gagnon", "Côté", "Bouchard", "Van den Broeck", "De Smet", "Peeters", "Janssens",
               "Cooper", "Hughes", "Walsh", "García Moreno", "Fernández", "Schmitt", "Rossi", "Nguyen"]  # fmt: skip
_GIVEN_M = ["Mohammed", "Mohamed", "Mhamed", "M'hamed", "Abdelkader", "Abdellatif", "Abderrahim", "Abdeslam",
            "Hicham", "Youssef", "Yassine", "Anas", "Othmane", "Omar", "Amine", "Mehdi", "Reda", "Adil", "Tarik",
            "Driss", "Said", "Saïd", "Lahcen", "Brahim", "Hassan", "Larbi", "Mustapha", "Moulay Hafid", "Moulay Ali",
            "Abdelaziz", "Lakhdar", "Djamel", "Nacer", "Nassim", "Farid", "Rachid", "Hocine", "Mokrane", "Smail",
            "Mohamed Ali", "Hatem", "Slim", "Skander", "Walid", "Anis", "Hédi", "Habib", "Moncef", "Fethi", "Chokri",
            "Néjib", "Karim", "Samir", "Sofiane", "Nabil", "Abdelilah", "Mohamed Amine", "Sidi Mohamed"]  # fmt: skip
_GIVEN_F = ["Fatima Zahra", "Fatima-Zahra", "Fatim-Zohra", "Khadija", "Meryem", "Myriam", "Salma", "Hajar", "Imane",
            "Ghita", "Kenza", "Houda", "Samira", "Naima", "Zineb", "Loubna", "Lalla Meryem", "Nawel", "Sihem",
            "Wassila", "Amel", "Lamia", "Kheira", "Meriem", "Sonia", "Rym", "Emna", "Olfa", "Ines", "Inès", "Wafa",
            "Asma", "Yosra", "Syrine", "Mariem", "Hela", "Nadia", "Leïla", "Yasmine", "Soukaina", "Oumaima"]  # fmt: skip
_GIVEN_AMAZIGH = ["Massinissa", "Yuba", "Tinhinane", "Dihya", "Kahina", "Anir", "Tiziri", "Amayas", "Idir", "Menad",
                  "Thiziri", "Lounès", "Aksel", "Mazigh", "Itto", "Tafat", "Ayoub", "Tanirt"]  # fmt: skip
_GIVEN_EXPAT = ["Claire", "Julien", "Camille", "Thomas", "Élodie", "Mathieu", "Geneviève", "Louis-Philippe",
                "Sophie", "Pieter", "Lieve", "James", "Sarah", "Laura", "Marc-André", "Anne-Sophie"]  # fmt: skip
# Lower-case particles some reference managers keep apart ("el Fassi", "ben Achour").
_LOWER_PARTICLES = [("el", "Fassi"), ("el", "Khatib"), ("ben", "Achour"), ("ben", "Salem"), ("al", "Idrissi"),
                    ("ould", "Daddah"), ("aït", "Ahmed"), ("bou", "Hamdi")]  # fmt: skip

# ---------------------------------------------------------------------------------------------- organisations
_ORGANISATIONS: list[tuple[str, str, set[str]]] = [  # (name as author, country, tags)
    ("Attijariwafa bank", "MA", {"company", "bank"}), ("Bank of Africa", "MA", {"company", "bank"}),
    ("Groupe Banque Populaire", "MA", {"company", "bank"}), ("CIH Bank", "MA", {"company", "bank"}),
    ("Crédit du Maroc", "MA", {"company", "bank"}), ("Maroc Telecom", "MA", {"company"}),
    ("Itissalat Al-Maghrib (IAM)", "MA", {"company", "abbreviation"}), ("inwi", "MA", {"company"}),
    ("Orange Maroc", "MA", {"company"}), ("OCP Group", "MA", {"company"}), ("OCP S.A.", "MA", {"company", "legal-form"}),
    ("Royal Air Maroc", "MA", {"company"}), ("Marjane Group", "MA", {"company"}),
    ("Label'Vie S.A.", "MA", {"company", "apostrophe", "legal-form"}), ("Centrale Danone", "MA", {"company"}),
    ("Copag", "MA", {"company"}), ("Lesieur Cristal", "MA", {"company"}), ("Cosumar", "MA", {"company"}),
    ("Les Eaux Minérales d'Oulmès", "MA", {"company", "apostrophe"}), ("Renault Group Maroc", "MA", {"company"}),
    ("Akdital", "MA", {"company"}), ("Dislog Group", "MA", {"company"}), ("Jumia Maroc", "MA", {"company"}),
    ("Bank Al-Maghrib", "MA", {"regulator", "central-bank"}), ("Bank Al-Maghrib (BAM)", "MA", {"regulator", "abbreviation"}),
    ("Haut-Commissariat au Plan (HCP)", "MA", {"government", "abbreviation"}), ("Haut-Commissariat au Plan", "MA", {"government"}),
    ("Agence Nationale de Réglementation des Télécommunications (ANRT)", "MA", {"regulator", "abbreviation"}),
    ("Autorité Marocaine du Marché des Capitaux (AMMC)", "MA", {"regulator", "abbreviation"}),
    ("Commission Nationale de contrôle de la protection des Données à caractère Personnel (CNDP)", "MA", {"regulator", "abbreviation"}),
    ("CNDP", "MA", {"regulator", "acronym"}), ("Haute Autorité de la Communication Audiovisuelle (HACA)", "MA", {"regulator", "abbreviation"}),
    ("Conseil de la Concurrence", "MA", {"regulator"}), ("Office National Marocain du Tourisme (ONMT)", "MA", {"government", "abbreviation"}),
    ("Ministère de l'Industrie et du Commerce", "MA", {"government", "apostrophe"}),
    ("Confédération Générale des Entreprises du Maroc (CGEM)", "MA", {"trade-body", "abbreviation"}),
    ("Groupement des Annonceurs du Maroc (GAM)", "MA", {"trade-body", "abbreviation"}),
    ("Interprolive", "MA", {"trade-body"}), ("Bourse de Casablanca", "MA", {"company"}),
    ("Banque d'Algérie", "DZ", {"regulator", "central-bank", "apostrophe"}),
    ("Autorité de Régulation de la Poste et des Communications Électroniques (ARPCE)", "DZ", {"regulator", "abbreviation"}),
    ("Office National des Statistiques (ONS)", "DZ", {"government", "abbreviation"}),
    ("Ministère du Commerce et de la Promotion des Exportations", "DZ", {"government"}),
    ("Djezzy", "DZ", {"company"}), ("Optimum Telecom Algérie SPA", "DZ", {"company", "legal-form"}),
    ("Mobilis", "DZ", {"company"}), ("Ooredoo Algérie", "DZ", {"company"}), ("Cevital", "DZ", {"company"}),
    ("Cevital SPA", "DZ", {"company", "legal-form"}), ("Air Algérie", "DZ", {"company"}),
    ("Hamoud Boualem", "DZ", {"company"}), ("Laiterie Soummam", "DZ", {"company"}),
    ("Condor Electronics", "DZ", {"company"}), ("SARL Ibrahim & Fils (Ifri)", "DZ", {"company", "ampersand", "legal-form"}),
    ("Crédit Populaire d'Algérie (CPA)", "DZ", {"company", "bank", "apostrophe"}), ("Yassir", "DZ", {"company"}),
    ("Chambre Algérienne de Commerce et d'Industrie (CACI)", "DZ", {"trade-body", "abbreviation"}),
    ("Banque Centrale de Tunisie", "TN", {"regulator", "central-bank"}), ("Banque Centrale de Tunisie (BCT)", "TN", {"regulator", "abbreviation"}),
    ("Institut National de la Statistique (INS)", "TN", {"government", "abbreviation"}),
    ("Instance Nationale de Protection des Données Personnelles (INPDP)", "TN", {"regulator", "abbreviation"}),
    ("Tunisie Telecom", "TN", {"company"}), ("Ooredoo Tunisie", "TN", {"company"}), ("Orange Tunisie", "TN", {"company"}),
    ("Poulina Group Holding", "TN", {"company"}), ("Délice Danone", "TN", {"company"}), ("Vitalait", "TN", {"company"}),
    ("BIAT", "TN", {"company", "bank", "acronym"}), ("Amen Bank", "TN", {"company", "bank"}), ("Tunisair", "TN", {"company"}),
    ("Office National du Tourisme Tunisien (ONTT)", "TN", {"government", "abbreviation"}), ("CHO Group", "TN", {"company"}),
    ("Office National de l'Huile (ONH)", "TN", {"government", "apostrophe", "abbreviation"}),
    ("Union Tunisienne de l'Industrie, du Commerce et de l'Artisanat (UTICA)", "TN", {"trade-body", "comma", "abbreviation"}),
    ("World Bank", "INT", {"international"}), ("Banque mondiale", "INT", {"international"}),
    ("International Monetary Fund", "INT", {"international"}), ("African Development Bank Group", "INT", {"international"}),
    ("GSMA", "INT", {"trade-body", "acronym"}), ("Oxford Business Group", "INT", {"company"}), ("Arab Barometer", "INT", {"international"}),
    ("International Olive Council", "INT", {"international"}), ("UN Tourism", "INT", {"international"}),
    ("Business France", "INT", {"government"}), ("Chartered Institute of Marketing", "INT", {"trade-body"}),
]  # fmt: skip
_BY_COUNTRY = {c: [o for o in _ORGANISATIONS if o[1] == c] for c in ("MA", "DZ", "TN", "INT")}
_STOPWORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "the", "of", "and", "&", "au", "à"}
_COUNTRY_OF = {name: country for name, country, _tags in _ORGANISATIONS}
_TAGS_OF = {name: tags for name, _country, tags in _ORGANISATIONS}
_PLACE_OF = {
    "MA": ["Casablanca", "Rabat"],
    "DZ": ["Algiers"],
    "TN": ["Tunis"],
    "INT": ["Washington, DC", "Paris", "London", "Madrid"],
}
_RESEARCH = ["Kantar", "Ipsos", "Nielsen", "Statista", "Euromonitor International", "Sunergia", "Averty",
             "Sigma Conseil", "Emrhod Consulting", "IMMAR Research & Consultancy", "DataReportal", "GlobalData",
             "Mordor Intelligence", "YouGov"]  # fmt: skip
_GOVERNMENTS = {"MA": ["Royaume du Maroc", "Kingdom of Morocco", "Secrétariat Général du Gouvernement (SGG)"],
                "DZ": ["République Algérienne Démocratique et Populaire", "Journal Officiel de la République Algérienne (JORADP)"],
                "TN": ["République Tunisienne", "Journal Officiel de la République Tunisienne (JORT)"]}  # fmt: skip
# Laws as they are numbered: (country, title, year, English gloss)
_LAWS = [
    ("MA", "Dahir n° 1-09-15 du 22 safar 1430 (18 février 2009) portant promulgation de la loi n° 09-08 relative à la protection des personnes physiques à l'égard du traitement des données à caractère personnel", 2009, "Law no. 09-08 on the protection of individuals with regard to the processing of personal data"),
    ("MA", "Loi n° 31-08 édictant des mesures de protection du consommateur", 2011, "Law no. 31-08 on consumer protection measures"),
    ("MA", "Loi n° 104-12 relative à la liberté des prix et de la concurrence", 2014, "Law no. 104-12 on freedom of prices and competition"),
    ("MA", "Loi n° 77-03 relative à la communication audiovisuelle", 2005, "Law no. 77-03 on audiovisual communication"),
    ("MA", "Loi n° 43-20 relative aux services de confiance pour les transactions électroniques", 2020, "Law no. 43-20 on trust services for electronic transactions"),
    ("MA", "Loi n° 53-05 relative à l'échange électronique de données juridiques", 2007, "Law no. 53-05 on the electronic exchange of legal data"),
    ("MA", "Circulaire n° 5/W/2017 relative au devoir de vigilance", 2017, "Circular no. 5/W/2017 on due diligence"),
    ("DZ", "Loi n° 18-05 du 24 Chaâbane 1439 correspondant au 10 mai 2018 relative au commerce électronique", 2018, "Law no. 18-05 on electronic commerce"),
    ("DZ", "Loi n° 18-07 du 10 juin 2018 relative à la protection des personnes physiques dans le traitement des données à caractère personnel", 2018, "Law no. 18-07 on the protection of personal data"),
    ("DZ", "Loi n° 09-03 du 25 février 2009 relative à la protection du consommateur et à la répression des fraudes", 2009, "Law no. 09-03 on consumer protection and the suppression of fraud"),
    ("DZ", "Décret exécutif n° 13-378 du 9 novembre 2013 fixant les conditions et les modalités relatives à l'information du consommateur", 2013, "Executive Decree no. 13-378 on consumer information"),
    ("DZ", "Loi n° 22-18 du 24 juillet 2022 relative à l'investissement", 2022, "Law no. 22-18 on investment"),
    ("TN", "Loi organique n° 2004-63 du 27 juillet 2004 portant sur la protection des données à caractère personnel", 2004, "Organic Law no. 2004-63 on the protection of personal data"),
    ("TN", "Loi n° 2015-36 du 15 septembre 2015 relative à la réorganisation de la concurrence et des prix", 2015, "Law no. 2015-36 on the reorganisation of competition and prices"),
    ("TN", "Loi n° 92-117 du 7 décembre 1992 relative à la protection du consommateur", 1992, "Law no. 92-117 on consumer protection"),
    ("TN", "Loi n° 2000-83 du 9 août 2000 relative aux échanges et au commerce électroniques", 2000, "Law no. 2000-83 on electronic exchanges and commerce"),
    ("TN", "Loi n° 2019-47 du 29 mai 2019 relative à l'amélioration du climat de l'investissement", 2019, "Law no. 2019-47 on improving the investment climate"),
]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Dunod", "Paris"), ("Vuibert", "Paris"),
               ("Pearson France", "Montreuil"), ("De Boeck Supérieur", "Louvain-la-Neuve"), ("Kogan Page", "London"),
               ("Éditions La Croisée des Chemins", "Casablanca"), ("Le Fennec", "Casablanca"),
               ("Office des Publications Universitaires", "Alger"), ("Casbah Éditions", "Algiers"),
               ("Cérès Éditions", "Tunis"), ("Sud Éditions", "Tunis"), ("Éditions EMS", "Caen"),
               ("Palgrave Macmillan", "Cham"), ("Springer", "Cham"), ("Emerald Publishing", "Bingley"),
               ("Presses de l'Université Laval", "Québec"), ("Sage", "London"), ("Edward Elgar", "Cheltenham")]  # fmt: skip
_JOURNALS = ["Revue Marocaine de Gestion et d'Économie", "Revue Française de Gestion",
             "Recherche et Applications en Marketing", "Décisions Marketing", "Journal of Islamic Marketing",
             "International Journal of Emerging Markets", "The Journal of North African Studies",
             "Les Cahiers du CREAD", "Revue Internationale des Sciences de Gestion", "Management & Avenir",
             "Journal of Retailing and Consumer Services", "International Journal of Consumer Studies",
             "Tourism Management", "Journal of Hospitality Marketing & Management", "Journal of Business Research",
             "Journal of Marketing Management", "Journal of Global Marketing", "British Food Journal",
             "Journal of Product & Brand Management", "Sustainability", "Cogent Business & Management",
             "Arab Economic and Business Journal", "Revue Algérienne d'Économie et de Management",
             "Revue Tunisienne de Gestion", "Moroccan Journal of Business Studies", "International Journal of Bank Marketing"]  # fmt: skip
_PRESS = [("L'Economiste", "MA"), ("Médias24", "MA"), ("Le360", "MA"), ("TelQuel", "MA"), ("Le Matin", "MA"),
          ("La Vie éco", "MA"), ("Les Inspirations ÉCO", "MA"), ("Hespress", "MA"), ("Morocco World News", "MA"),
          ("El Watan", "DZ"), ("TSA Algérie", "DZ"), ("El Moudjahid", "DZ"), ("Algérie Presse Service", "DZ"),
          ("Le Quotidien d'Oran", "DZ"), ("La Presse de Tunisie", "TN"), ("Kapitalis", "TN"), ("Webdo", "TN"),
          ("Business News", "TN"), ("L'Economiste Maghrébin", "TN"), ("Leaders", "TN"), ("Jeune Afrique", "INT"),
          ("Le Monde Afrique", "INT"), ("Financial Times", "INT"), ("Reuters", "INT"), ("The Arab Weekly", "INT"),
          ("Le Devoir", "INT"), ("La Presse", "INT"), ("Le Soir", "INT"), ("France 24", "INT")]  # fmt: skip
_UNIVERSITIES = [("Université Mohammed V de Rabat", "Rabat"), ("Université Hassan II de Casablanca", "Casablanca"),
                 ("ISCAE", "Casablanca"), ("ENCG Settat", "Settat"), ("Université Cadi Ayyad", "Marrakech"),
                 ("Université Abdelmalek Essaâdi", "Tanger"), ("Université d'Alger 3", "Algiers"),
                 ("Université Oran 2 Mohamed Ben Ahmed", "Oran"), ("IHEC Carthage", "Carthage"),
                 ("Université de Sfax", "Sfax"), ("HEC Montréal", "Montréal"), ("Université Paris-Dauphine", "Paris"),
                 ("Université libre de Bruxelles", "Brussels"), ("Al Akhawayn University", "Ifrane")]  # fmt: skip
_GENRES = ["Thèse de doctorat [PhD thesis]", "PhD thesis", "Mémoire de master [Master's dissertation]",
           "MBA dissertation", "Doctoral thesis", "Thèse de doctorat en sciences de gestion [Doctoral thesis in management]"]  # fmt: skip

# ---------------------------------------------------------------------------------------------- titles
_TOPICS_EN = ["bank marketing", "mobile money adoption", "Ramadan advertising", "halal branding", "olive oil exports",
              "dairy brand loyalty", "riad hospitality", "telecom churn", "modern retail", "country-of-origin effects",
              "Darija in advertising", "Amazigh identity in branding", "influencer marketing", "e-commerce trust",
              "cash on delivery", "diaspora tourism", "brand Morocco", "argan cosmetics", "phosphate reputation",
              "automotive supplier marketing", "Islamic banking", "price sensitivity", "CSR communication",
              "destination image", "social commerce", "consumer ethnocentrism", "customer experience in banking"]  # fmt: skip
_TOPICS_FR = [("Le marketing bancaire au Maroc", "Bank marketing in Morocco"),
              ("La fidélité à la marque chez les jeunes Algériens", "Brand loyalty among young Algerians"),
              ("Publicité et ramadan : une analyse des spots télévisés", "Advertising and Ramadan: an analysis of TV spots"),
              ("L'huile d'olive tunisienne à l'export", "Tunisian olive oil in export markets"),
              ("Le commerce électronique et la confiance du consommateur maghrébin", "E-commerce and Maghrebi consumer trust"),
              ("L'image de la destination Maroc", "The image of Morocco as a destination"),
              ("La darija dans la communication des marques", "Darija in brand communication"),
              ("Le paiement à la livraison : frein ou levier ?", "Cash on delivery: brake or lever?"),
              ("Les riads de Marrakech et l'expérience client", "The riads of Marrakech and the customer experience"),
              ("La banque participative en Tunisie", "Participatory banking in Tunisia"),
              ("Marques locales contre marques globales en Algérie", "Local brands versus global brands in Algeria"),
              ("Le consommateur marocain face à l'inflation", "The Moroccan consumer facing inflation"),
              ("Stratégies digitales des opérateurs télécoms", "Telecom operators' digital strategies"),
              ("L'identité amazighe dans la publicité", "Amazigh identity in advertising")]  # fmt: skip
_TOPICS_AR = [("al-taswiq al-raqmi fi al-Maghrib", "Digital marketing in Morocco"),
              ("sulūk al-mustahlik al-jazā'irī", "The behaviour of the Algerian consumer"),
              ("al-wala' li-l-'alama al-tijariyya", "Brand loyalty")]  # fmt: skip
_MARKETS = ["dairy products", "olive oil", "mobile telephony", "retail banking", "bottled water", "cosmetics",
            "fast-moving consumer goods", "e-commerce", "hotels and riads", "automotive", "fintech", "soft drinks"]  # fmt: skip
_PLACES = ["Morocco", "Algeria", "Tunisia", "the Maghreb", "North Africa", "MENA", "Maroc", "Algérie", "Tunisie"]

_KIND_WEIGHTS = {"book": 11, "ebook": 3, "chapter": 5, "journal": 20, "thesis": 4, "conference": 3, "company-web": 9,
                 "company-report": 6, "trade-body": 4, "regulator": 7, "legislation": 4, "market-research": 7,
                 "news": 7, "news-unsigned": 3, "social": 3, "podcast": 2, "video": 2, "undated-web": 3, "web-person": 3}  # fmt: skip


class Blind112WorkFactory(WorkFactory):
    """Works of every kind a Maghrebi or diaspora marketing candidate cites, from one seeded random source."""

    DRAWN = tuple(_KIND_WEIGHTS)
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 112 + 11201)
        self.seen: list[tuple[str, set[str], int]] = []  # organisations with a dated work, for 2019a/b
        self.pending: int | None = None  # the year a twin must take

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        female = rng.random() < 0.45
        given = rng.choice(_GIVEN_F if female else _GIVEN_M)
        if roll < 0.28:
            family = rng.choice(_MOROCCAN)
        elif roll < 0.40:
            family, given = rng.choice(_AMAZIGH), rng.choice([*_GIVEN_AMAZIGH, given])
        elif roll < 0.58:
            family = rng.choice(_ALGERIAN)
        elif roll < 0.76:
            family = rng.choice(_TUNISIAN)
        elif roll < 0.81:
            family = rng.choice(_DIASPORA)
            given = rng.choice([given, rng.choice(["Karim", "Nadia", "Inès", "Sofiane", "Yasmine", "Mehdi"])])
        elif roll < 0.85:
            particle, family = rng.choice(_LOWER_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        else:
            family, given = rng.choice(_EXPATRIATE), rng.choice(_GIVEN_EXPAT)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        country = self.rng.choice(["MA", "MA", "MA", "DZ", "DZ", "TN", "TN", "INT"])
        name, _country, tags = self.rng.choice(_BY_COUNTRY[country])
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def _twin(self, name: str, tags: set[str], kind: str | None = None) -> tuple[str, set[str]]:
        """Now and then an organisation already drawn, in the year of its earlier work: "Bank Al-Maghrib (2019a,
        2019b)". The year is taken by the next call of ``year()``."""
        earlier = [entry for entry in self.seen if kind is None or kind in entry[1]]
        if earlier and self.rng.random() < 0.14:
            name, tags, self.pending = self.rng.choice(earlier)
            return name, set(tags)
        return name, tags

    def year(self) -> int:
        if self.pending is not None:
            year, self.pending = self.pending, None
            return year
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2005, 2025)

    def _dated(self, year: int) -> dict[str, list[list[int]]]:
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _accessed_after(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        accessed = [self.rng.randint(2023, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if issued is not None:
            parts = issued["date-parts"][0]
            if accessed[: len(parts)] < parts:
                accessed = [parts[0], 12, 28] if len(parts) == 1 else [parts[0], parts[1], 28]
        return {"date-parts": [accessed]}

    def _title(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.28:
            french, english = rng.choice(_TOPICS_FR)
            return f"{french} [{english}]"
        if roll < 0.33:
            arabic, english = rng.choice(_TOPICS_AR)
            return f"{arabic} [{english}]"
        topic, place = (
            rng.choice(_TOPICS_EN),
            rng.choice(["Morocco", "Algeria", "Tunisia", "the Maghreb", "North Africa"]),
        )
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The effect of {topic} on purchase intention in {place}",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {place}", f"Rethinking {topic} in emerging markets",
                 f"Determinants of {topic} among young consumers in {place}",
                 f"{topic[0].upper()}{topic[1:]} and brand equity: a study of {rng.choice(['Casablanca', 'Algiers', 'Tunis', 'Sfax', 'Oran', 'Rabat', 'Marrakech', 'Tangier'])}"]  # fmt: skip
        return rng.choice(forms)

    def _url(self, domain: str) -> str:
        slug = "-".join(self.rng.sample(["marketing", "maroc", "rapport", "2023", "clients", "digital", "offre",
                                         "ramadan", "marque", "actualites", "presse", "fr", "en"], 3))  # fmt: skip
        return f"https://www.{domain}/{slug}"

    @staticmethod
    def _domain(name: str) -> str:
        """A plausible web address: the abbreviation in brackets if there is one, else the first words, under the
        country's domain ("bct.gov.tn", "djezzy.dz", "attijariwafabank.ma")."""
        country = _COUNTRY_OF.get(name, "INT")
        words = [w for w in name.split(" (")[0].replace("'", " ").split() if w.lower() not in _STOPWORDS]
        if " (" in name:
            short = name.split(" (")[1].rstrip(")")
        elif len(words) > 2:
            short = "".join(w[0] for w in words)
        else:
            short = " ".join(words)
        base = "".join(ch for ch in short.lower().replace("é", "e").replace("è", "e") if ch.isalnum())[:20] or "site"
        public = _COUNTRY_OF.get(name) and any(t in _TAGS_OF.get(name, set()) for t in ("regulator", "government"))
        suffix = {"MA": ".gov.ma" if public else ".ma", "DZ": ".gov.dz" if public else ".dz",
                  "TN": ".gov.tn" if public else ".com.tn"}.get(country, ".org" if public else ".com")  # fmt: skip
        return base + suffix

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(_KIND_WEIGHTS), weights=list(_KIND_WEIGHTS.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        return self._person_work(record, kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        self.pending = None
        if "issued" in record:
            self.seen.append((name, set(tags), record["issued"]["date-parts"][0][0]))
            record["issued"] = (
                {"date-parts": [record["issued"]["date-parts"][0][:1]]}
                if kind in ("web", "report")
                else record["issued"]
            )
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"])
        return self._org_work(record, kind, name, tags)

    def _book(self, ebook: bool = False) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 16))
        if ebook:
            record["medium"] = "e-book"
            if self.rng.random() < 0.5:
                record["URL"] = self._url(
                    self.rng.choice(["cairn.info", "scholarvox.com", "vitalsource.com", "dawsonera.com"])
                )
                record["accessed"] = self._accessed_after(record["issued"])
        return self._person(record, "book")

    def _ebook(self) -> Work:
        return self._book(ebook=True)

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Marketing in North Africa", "Le marketing au Maghreb [Marketing in the Maghreb]",
                                                "Consumer behaviour in the Arab world", "Tourism in the Maghreb: new perspectives",
                                                "Islamic marketing and branding", "Handbook of marketing in emerging economies"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jima', 'ijoem', 'rfg', 'ram', 'jrcs', 'bfj'])}-{self.rng.randint(2010, 2025)}-{self.rng.randint(1, 999):04d}"
            )
        elif self.rng.random() < 0.3:
            record["URL"] = self._url(self.rng.choice(["revues.imist.ma", "asjp.cerist.dz", "cairn.info"]))
            record["accessed"] = self._accessed_after(record["issued"])
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": university,
                                  "publisher-place": place, "genre": self.rng.choice(_GENRES)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = self._url(self.rng.choice(["theses.fr", "toubkal.imist.ma", "dspace.univ-alger3.dz"]))
            record["accessed"] = self._accessed_after(record["issued"])
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        city = self.rng.choice(
            ["Casablanca", "Marrakech", "Tunis", "Hammamet", "Algiers", "Oran", "Sfax", "Paris", "Montréal"]
        )
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice([f"Actes du {self.rng.randint(2, 14)}e Colloque International de Marketing",
                                                f"Proceedings of the {self.rng.randint(2, 12)}th International Conference on Marketing in the Maghreb",
                                                "Actes des Journées Internationales du Marketing (AFM)",
                                                "Proceedings of the Academy of Marketing Conference"]),
            "publisher-place": city, "event-place": city, "issued": {"date-parts": [[year]]},
            "page": f"{start}-{start + self.rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self._twin(*self.organisation())
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Notre histoire [Our history]", "Nos engagements RSE [Our CSR commitments]", "About us",
             f"Communiqué de presse : résultats {self.rng.randint(2015, 2024)} [Press release: results]",
             "Offres Ramadan [Ramadan offers]", "Espace presse [Press area]", "Nos marques [Our brands]",
             "Sustainability", "Qui sommes-nous ? [Who are we?]", self._title()]),
            "URL": self._url(self._domain(name))}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after(record.get("issued"))
        return self._org(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _company_report(self) -> Work:
        name, tags = self._twin(*self.organisation())
        year = self.year()
        french = _COUNTRY_OF.get(name, "INT") != "INT"
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(
            [f"Rapport annuel {year - 1} [Annual report {year - 1}]", f"Rapport financier annuel {year - 1}",
             f"Integrated report {year - 1}", f"Rapport RSE {year - 1} [CSR report {year - 1}]",
             f"Document de référence {year - 1}", self._title()] if french else
            [f"Annual report {year - 1}", f"Country strategy: Morocco {year}-{year + 4}", self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "publisher-place": self.rng.choice(_PLACE_OF[_COUNTRY_OF.get(name, "INT")])}  # fmt: skip
        if self.rng.random() < 0.65:
            record["URL"] = self._url(self._domain(name))
            record["accessed"] = self._accessed_after(record["issued"])
        return self._org(record, "report", name, tags)

    def _trade_body(self) -> Work:
        name, tags = self._twin(
            *self.rng.choice([(n, set(t)) for n, _c, t in _ORGANISATIONS if "trade-body" in t]), "trade-body"
        )
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(
            ["Baromètre des annonceurs [Advertisers' barometer]", "Livre blanc sur le marketing digital [White paper on digital marketing]",
             "Code de déontologie publicitaire [Advertising code of ethics]", "Guide de l'export [Export guide]", self._title()]),
            "issued": {"date-parts": [[self.year()]]}, "URL": self._url(self._domain(name))}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(
            [(n, set(t)) for n, _c, t in _ORGANISATIONS if t & {"regulator", "government", "international"}]
        )
        name, tags = self._twin(name, tags, "regulator")
        country = _COUNTRY_OF[name]
        year = self.year()
        if country == "INT":
            titles = [f"{self.rng.choice(['Morocco', 'Algeria', 'Tunisia'])} economic update, {self.rng.choice(['spring', 'autumn'])} {year}",
                      f"{self.rng.choice(['Morocco', 'Algeria', 'Tunisia'])}: Article IV consultation {year}",
                      f"The Report: {self.rng.choice(['Morocco', 'Algeria', 'Tunisia'])} {year}", f"World olive oil figures {year - 1}",
                      f"International tourism highlights {year}", self._title()]  # fmt: skip
        elif "central-bank" in tags:
            titles = [f"Rapport annuel, exercice {year - 1} [Annual report]", f"Rapport sur la stabilité financière {year - 1} [Financial stability report]",
                      "Taux directeur [Policy rate]", f"Statistiques monétaires, {self.rng.choice(['janvier', 'mars', 'juin', 'octobre'])} {year}",
                      f"Enquête sur l'inclusion financière {year - 1} [Financial inclusion survey]"]  # fmt: skip
        else:
            titles = [f"Observatoire du marché de la téléphonie mobile, T{self.rng.randint(1, 4)} {year - 1} [Mobile market observatory]",
                      f"Enquête nationale sur la consommation et les dépenses des ménages {year - 1} [National household survey]",
                      f"Indice des prix à la consommation, {self.rng.choice(['janvier', 'mars', 'juin', 'octobre'])} {year}",
                      f"Note de conjoncture n° {self.rng.randint(10, 99)}", f"Statistiques du tourisme {year - 1} [Tourism statistics]",
                      f"Rapport d'activité {year - 1} [Activity report]", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(self._domain(name))}  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after(record["issued"])
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(_PLACE_OF[country])
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _legislation(self) -> Work:
        country, title, year, english = self.rng.choice(_LAWS)
        author = self.rng.choice(_GOVERNMENTS[country])
        record: dict[str, Any] = {"type": "webpage", "title": f"{title} [{english}]" if self.rng.random() < 0.7 else title,
                                  "issued": {"date-parts": [[year]]},
                                  "URL": self._url({"MA": "sgg.gov.ma", "DZ": "joradp.dz", "TN": "legislation-securite.tn"}[country])}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        if self.rng.random() < 0.4:
            record["container-title"] = {"MA": "Bulletin Officiel", "DZ": "Journal Officiel", "TN": "JORT"}[country]
        return self._org_work(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        name, _tags = self._twin(self.rng.choice(_RESEARCH), {"market-research"}, "market-research")
        year = self.year() if self.rng.random() < 0.9 else None
        market, place = self.rng.choice(_MARKETS), self.rng.choice(_PLACES)
        label = year or 2024
        titles = [f"{market.capitalize()} in {place} {label}", f"Digital {label}: {place}",
                  f"Baromètre des usages digitaux au {place} {label} [Digital usage barometer]",
                  f"{place}: {market} market size and forecast to 2030", f"{market.capitalize()} - {place} - {self.rng.choice(['janvier', 'June', 'octobre'])} {label}",
                  f"Ramadan {label}: consumer trends in {place}", f"Share of adults in {place} who bought {market} online, Q{self.rng.randint(1, 4)} {label}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(self._domain(name))}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record.get("issued"))
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        paper, _country = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._headline(), "author": self._people(2),
                                  "container-title": paper, "issued": self._dated(self.year()),
                                  "URL": self._url(self._domain(paper))}  # fmt: skip
        if self.rng.random() < 0.92:
            record["accessed"] = self._accessed_after(record["issued"])
        return self._person(record, "news")

    def _news_unsigned(self) -> Work:
        paper, _country = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._headline(), "container-title": paper,
                                  "issued": self._dated(self.year()),
                                  "URL": self._url(self._domain(paper))}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org_work(record, "news", paper, {"press"})

    def _headline(self) -> str:
        brand = self.rng.choice(["Maroc Telecom", "inwi", "Djezzy", "Ooredoo", "Attijariwafa bank", "Centrale Danone",
                                 "Délice", "Marjane", "Royal Air Maroc", "Tunisair", "Cevital", "Soummam", "Jumia"])  # fmt: skip
        return self.rng.choice([
            f"{brand} mise sur le digital pendant le ramadan [{brand} bets on digital during Ramadan]",
            f"{brand} lance une nouvelle offre pour les jeunes [{brand} launches a new offer for young people]",
            "Inflation : les ménages réduisent leurs achats [Inflation: households cut their purchases]",
            f"How {brand} is winning over Gen Z in North Africa", f"{brand} posts record revenue as data use soars",
            "L'huile d'olive tunisienne bat des records à l'export [Tunisian olive oil breaks export records]",
            "Le paiement mobile décolle enfin [Mobile payment finally takes off]",
            "Tourisme : le Maroc dépasse les 14 millions d'arrivées [Tourism: Morocco passes 14 million arrivals]",
            self._title()])  # fmt: skip

    def _social(self) -> Work:
        name, tags = self.organisation() if self.rng.random() < 0.7 else (None, set())
        platform = self.rng.choice(["Instagram", "LinkedIn", "Facebook", "X", "TikTok"])
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(
            ["Ramadan Moubarak à toute notre communauté [Ramadan Mubarak to our whole community]",
             "Aïd Moubarak ! [Happy Eid!]", "Assegas Amegas 2974 ! [Happy Amazigh New Year 2974!]",
             "Nouvelle campagne : fiers de nos producteurs [New campaign: proud of our producers]",
             "We are hiring: brand manager, Casablanca", "Merci pour vos 1 million d'abonnés [Thank you for 1 million followers]",
             "Our new sustainability report is out"]),
            "container-title": platform, "issued": self._dated(self.rng.randint(2018, 2025)),
            "URL": f"https://www.{platform.lower()}.com/p/{self.rng.randint(10**6, 10**7)}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        if name is None:
            record["author"] = [self.person()]
            return self._person(record, "social")
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "broadcast", "title": f"Épisode {self.rng.randint(1, 80)} : {self.rng.choice(['vendre au Maghreb', 'la marque Maroc', 'les startups tunisiennes', 'le e-commerce en Algérie', 'marketing et ramadan'])}",
                                  "author": self._people(2), "container-title": self.rng.choice(["Marketing Maghreb", "Le Podcast Éco", "Startup Maroc", "Tunisie Business Talk"]),
                                  "medium": "Podcast", "issued": self._dated(self.rng.randint(2019, 2025)),
                                  "URL": f"https://podcasts.apple.com/podcast/id{self.rng.randint(10**8, 10**9)}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._person(record, "podcast")

    def _video(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(
            ["Spot Ramadan", "Film institutionnel [Corporate film]", "Campagne Yennayer [Yennayer campaign]",
             "Brand film: made in Morocco", "Masterclass marketing digital"]),
            "medium": "YouTube video", "issued": self._dated(self.rng.randint(2015, 2025)),
            "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org_work(record, "video", name, tags)

    def _undated_web(self) -> Work:
        if self.rng.random() < 0.4:
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                      "URL": self._url(self.rng.choice(["medium.com", "blog.maroc-digital.ma", "dzmarketing.dz"]))}  # fmt: skip
            record["accessed"] = self._accessed_after(None)
            return self._person(record, "web")
        name, tags = self.organisation()
        record = {"type": "webpage", "title": self.rng.choice(["Nos offres [Our offers]", "FAQ", "Our brands", self._title()]),
                  "URL": self._url(self._domain(name))}  # fmt: skip
        record["accessed"] = self._accessed_after(None)
        return self._org_work(record, "web", name, tags | {"undated"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]},
                                  "URL": self._url(self.rng.choice(["linkedin.com/pulse", "medium.com", "hbrfrance.fr"]))}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._person(record, "web")
