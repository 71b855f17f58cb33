"""Works for the blind174 pool (HELD OUT): what marketers in metropolitan France, Monaco and their diaspora cite.

Invented works, rendered by citeproc-py in Cite Them Right Harvard: French and English textbooks and e-books (Dunod,
Pearson France, Vuibert, De Boeck, EMS), chapters, journal articles with one to eight authors (Recherche et
Applications en Marketing, Décisions Marketing, the Revue Française de Gestion and English-language journals), theses
and mémoires from HEC Paris, ESSEC, ESCP, INSEAD, emlyon, Sciences Po, Dauphine and the Sorbonne, AFM conference
papers, company pages and reports (SA, SAS, SCA, groupe, mutuelle, association loi 1901), trade bodies, regulators
and government (INSEE with two works of 2019), French, Monegasque and EU laws with the state as author, research
firms, the press signed and unsigned, posts, podcasts, videos and undated pages; French titles with English in
square brackets; French names with particles kept or dropped, compound given names, double surnames, Breton, Basque,
Corsican and Alsatian names, Maghrebi-, West African-, Portuguese- and Vietnamese-French names, and expatriates.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import datetime
import random
import unicodedata
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------- names
_FAMILY_COMMON = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
                  "Simon", "Laurent", "Lefebvre", "Lefèvre", "Lefevre", "Michel", "Garcia", "David", "Bertrand", "Roux",
                  "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet",
                  "François", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Henry", "Roussel",
                  "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Fontaine", "Chevalier", "Robin",
                  "Masson", "Gérard", "Boyer", "Lemaire", "Duval", "Joly", "Roche", "Noël", "Lucas", "Meunier",
                  "Marchand", "Dufour", "Blanchard", "Barbier", "Brun", "Dumas", "Brunet", "Leroux", "Colin", "Renard",
                  "Arnaud", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal", "Bourgeois", "Renaud", "Lemoine", "Picard",
                  "Gaillard", "Lacroix", "Dupuis", "Olivier", "Hébert", "Béranger", "Frémont", "Mérieux",
                  "Besançon", "Thébault", "Lécuyer", "Delacroix", "Desjardins", "Chassagne", "Vasseur", "Ménard"]  # fmt: skip
_GIVEN_FR = ["Jean-Pierre", "Marie-Claire", "Anne-Sophie", "Jean-Baptiste", "Pierre-Yves", "Marie-Hélène", "Jean-Michel",
             "François-Xavier", "Marie-Laure", "Anne-Laure", "Jean-Luc", "Marie-Christine", "Élodie", "Éric", "Hélène",
             "Céline", "Amélie", "Benoît", "Stéphane", "Sébastien", "Frédérique", "Agnès", "Noémie", "Chloé", "Léa",
             "Théo", "Mathis", "Maëlle", "Clémence", "Aurélien", "Jérôme", "Thibault", "Gaëtan", "Océane", "Zoé",
             "Bérénice", "Camille", "Julien", "Isabelle", "Nathalie", "Sandrine", "Laurent", "Vincent", "Valérie",
             "Philippe", "Christophe", "Émilie", "Margaux", "Hugo", "Inès", "Manon", "Quentin", "Solène", "Baptiste",
             "Géraldine", "Ghislaine", "Josiane", "Thérèse", "Hervé", "Aude", "Capucine", "Domitille"]  # fmt: skip
# Particles: (particle, family, given, dropping?) -- reference managers keep "de" apart; some keep it to the family.
_PARTICLE_NAMES = [("de", "Villiers", "Héloïse", False), ("de", "Castelnau", "Arnaud", False),
                   ("de la", "Tour", "Sixtine", False), ("de la", "Rochefoucauld", "Aymeric", True),
                   ("du", "Plessis", "Guillemette", False), ("du", "Mesnil", "Charles-Henri", False),
                   ("de", "Montalembert", "Blanche", True), ("de", "Saint-Phalle", "Foucauld", False),
                   ("des", "Rosiers", "Anne-Charlotte", False), ("de", "Lattre", "Marie-Amélie", True),
                   ("de", "Kerros", "Gwenaël", False), ("d'", "Argentré", "Louis-Marie", True),
                   ("de", "La Brosse", "Violaine", False), ("de", "Sousa", "Carla", False)]  # fmt: skip
# Names whose particle is written into the family name, as French sources print them.
_JOINED = [("d'Ornano", "Hélène"), ("d'Harcourt", "Bertrand"), ("D'Amico", "Laetitia"), ("Du Pont", "Anne"),
           ("Le Goff", "Yannick"), ("La Rocca", "Fabienne"), ("Le Roy-Ladurie", "Édouard"), ("Saint-Exupéry", "Agathe"),
           ("Sainte-Marie", "Joëlle"), ("Giscard-Brunel", "Aymeric"), ("Bouvier d'Yvoire", "Priscille"),
           ("de Lavergne", "Paul"), ("Delorme", "Pascale"), ("Dessaint", "Odile"), ("L'Hermitte", "Corentin"),
           ("Lhermitte", "Sabine")]  # fmt: skip
_DOUBLE = ["Dupont-Aignan", "Martin-Juchat", "Lévy-Garboua", "Bertrand-Kouassi", "Moreau-Defarges", "Pinto-Lefebvre",
           "Benali-Girard", "Nguyen-Duval", "Da Costa-Morel", "Fournier-Le Bihan", "Perrin-Diallo", "Roux-Etxeberria"]  # fmt: skip
_BRETON = [("Le Gall", "Yann"), ("Le Bihan", "Gwenaëlle"), ("Kerhervé", "Maëlys"), ("Tanguy", "Erwan"),
           ("Le Floch", "Loïc"), ("Guivarc'h", "Nolwenn"), ("Quéré", "Ronan"), ("Riou", "Soizic"), ("Cadiou", "Tugdual"),
           ("Le Bris", "Gaël"), ("Jaouen", "Armelle"), ("Kervella", "Morgane"), ("Le Meur", "Goulven")]  # fmt: skip
_BASQUE = [("Etxeberria", "Peio"), ("Iriarte", "Maialen"), ("Harispe", "Xabi"), ("Elissalde", "Ainhoa"),
           ("Larralde", "Battitt"), ("Goyhenetche", "Maite"), ("Etcheverry", "Manex"), ("Irigoyen", "Amaia")]  # fmt: skip
_CORSICAN = [("Santoni", "Ghjuvan"), ("Colonna", "Letizia"), ("Casanova", "Saveriu"), ("Paoli", "Dumenica"),
             ("Luciani", "Ange-Toussaint"), ("Rocca Serra", "Marie-Dominique"), ("Pietri", "Orsu"),
             ("Bartoli", "Maria-Livia"), ("Filippi", "Paul-Antoine")]  # fmt: skip
_ALSATIAN = [("Schneider", "Odile"), ("Kieffer", "Théo"), ("Hoffmann", "Marc-André"), ("Wagner", "Lise"),
             ("Schmitt", "Aloïse"), ("Ott", "Jean-Marc"), ("Heitz", "Anne-Catherine"), ("Kuntz", "Frédéric"),
             ("Zimmermann", "Marlène"), ("Koenig", "Rémi"), ("Erhart", "Clothilde"), ("Muller", "Éliane")]  # fmt: skip
_MAGHREBI = [("Benali", "Karim"), ("Haddad", "Nadia"), ("Bouzid", "Samir"), ("Khelifi", "Yasmina"),
             ("Belkacem", "Mehdi"), ("Mansouri", "Inès"), ("Amrani", "Sofiane"), ("Ben Salah", "Leïla"),
             ("Bensalah", "Rachid"), ("Aït-Kaci", "Myriam"), ("Ait Ahmed", "Farid"), ("Boudjema", "Nour"),
             ("Zerrouki", "Amine"), ("El Khatib", "Sarah"), ("Benyahia", "Kenza"), ("Chaouch", "Walid"),
             ("Lahlou", "Salma"), ("El Idrissi", "Hicham"), ("Ouali", "Dounia"), ("Ben Mansour", "Yacine")]  # fmt: skip
_WEST_AFRICAN = [("Diallo", "Aminata"), ("Traoré", "Moussa"), ("Camara", "Fatoumata"), ("Koné", "Ousmane"),
                 ("Diop", "Awa"), ("Ndiaye", "Mamadou"), ("N'Diaye", "Aïssatou"), ("Sow", "Ibrahima"),
                 ("Cissé", "Khady"), ("Sy", "Seydou"), ("Ba", "Mariama"), ("Fall", "Cheikh"), ("Kouassi", "Adjoua"),
                 ("Konaté", "Bintou"), ("Touré", "Abdoulaye"), ("Sarr", "Ndèye"), ("Mbaye", "Babacar"),
                 ("Ouédraogo", "Rasmata"), ("Kaboré", "Issouf"), ("Faye", "Coumba")]  # fmt: skip
_PORTUGUESE = [("Da Silva", "Manuel"), ("Dos Santos", "Sandrine"), ("Pereira", "Carla"), ("Ferreira", "Kevin"),
               ("Rodrigues", "Jessica"), ("Fernandes", "Christophe"), ("Gonçalves", "Mickaël"), ("Lopes", "Vanessa"),
               ("Teixeira", "Sónia"), ("Carvalho", "David"), ("Da Costa", "Marina"), ("De Sousa", "Fábio"),
               ("Oliveira", "Cindy"), ("Marques", "Tiago")]  # fmt: skip
_VIETNAMESE = [("Nguyen", "Thi Thu Hà"), ("Nguyen", "Van Long"), ("Tran", "Minh-Tâm"), ("Le", "Thi Mai"),
               ("Lê", "Quang"), ("Pham", "Thanh"), ("Hoang", "Kim-Anh"), ("Vu", "Duc Anh"), ("Dang", "Linh"),
               ("Truong", "Bao"), ("Phan", "Hong-Nhung"), ("Huynh", "Tuan"), ("Ngô", "Lan"), ("Lam", "Mai-Ly")]  # fmt: skip
_MONEGASQUE = [("Notari", "Cédric"), ("Gastaud", "Ludmilla"), ("Rinaldi", "Stéphanie"), ("Boisson", "Gérald"),
               ("Pastorelli", "Mélanie"), ("Médecin", "Christelle"), ("Crovetto", "Jean-Charles"), ("Marsan", "Fanny")]  # fmt: skip
_EXPATS = [("Thompson", "Claire"), ("Walsh", "Siobhan"), ("Müller", "Katrin"), ("Rossi", "Giulia"),
           ("Tremblay", "Geneviève"), ("Gagnon", "Mathieu"), ("Bouchard", "Isabelle"), ("Peeters", "Sofie"),
           ("Janssens", "Wouter"), ("Okafor", "Chidi"), ("Chen", "Wei"), ("Kim", "Jiwoo"), ("Patel", "Priya"),
           ("O'Connor", "Aoife"), ("García López", "Marta"), ("Van den Bossche", "Elke"), ("Smith", "Rebecca")]  # fmt: skip

# ---------------------------------------------------------------------- topics and titles
_TOPICS = [("la fidélisation client", "customer loyalty"), ("le marketing d'influence", "influencer marketing"),
           ("la marque employeur", "employer branding"), ("le commerce unifié", "unified commerce"),
           ("la consommation responsable", "responsible consumption"), ("l'expérience client", "customer experience"),
           ("les applications bancaires", "banking apps"), ("la seconde main", "second-hand retail"),
           ("le luxe", "luxury"), ("les mutuelles", "mutual insurers"), ("le drive", "click-and-collect"),
           ("la publicité programmatique", "programmatic advertising"), ("les programmes de fidélité", "loyalty programmes"),
           ("la personnalisation", "personalisation"), ("l'écoblanchiment", "greenwashing"),
           ("les néobanques", "neobanks"), ("les marques de distributeur", "private labels"),
           ("le made in France", "made in France"), ("la communication responsable", "responsible communication"),
           ("les données personnelles", "personal data"), ("le consentement aux cookies", "cookie consent"),
           ("le commerce social", "social commerce"), ("les marques régionales", "regional brands"),
           ("le parrainage sportif", "sports sponsorship"), ("l'authenticité de marque", "brand authenticity"),
           ("la livraison rapide", "quick commerce"), ("l'intelligence artificielle générative", "generative AI"),
           ("le prix psychologique", "psychological pricing"), ("les promotions", "price promotions"),
           ("le Nutri-Score", "the Nutri-Score"), ("la sobriété", "sufficiency"), ("le marketing sensoriel", "sensory marketing")]  # fmt: skip
_SETTINGS = [("en France", "in France"), ("chez les jeunes urbains", "among young urban consumers"),
             ("dans la grande distribution", "in French grocery retail"), ("dans la banque de détail", "in retail banking"),
             ("en Île-de-France", "in the Paris region"), ("dans le secteur du luxe", "in the luxury sector"),
             ("à Monaco", "in Monaco"), ("dans les territoires", "in the French regions"),
             ("chez les seniors", "among older consumers"), ("dans l'assurance", "in insurance")]  # fmt: skip
_BOOK_TITLES = [("Marketing : les fondamentaux", "Marketing: the fundamentals"), ("Le marketing digital", "Digital marketing"),
                ("Comportement du consommateur", "Consumer behaviour"), ("Stratégie de marque", "Brand strategy"),
                ("Le grand livre du marketing", "The big book of marketing"), ("Marketing du luxe", "Luxury marketing"),
                ("Marketing des services", "Services marketing"), ("Gestion de la relation client", "Customer relationship management"),
                ("Marketing stratégique et opérationnel", "Strategic and operational marketing"),
                ("Le marketing bancaire", "Bank marketing"), ("Communication marketing intégrée", "Integrated marketing communication"),
                ("Études de marché", "Market research"), ("Le marketing de la distribution", "Retail marketing"),
                ("Marketing responsable", "Responsible marketing"), ("Le brand content", "Brand content"),
                ("Le marketing expérientiel", "Experiential marketing")]  # fmt: skip
_ENGLISH_BOOKS = ["The luxury strategy revisited", "Strategic brand management in Europe", "French retail: a marketing history",
                  "Marketing management: a European perspective", "Digital marketing in France and beyond",
                  "Consumer culture in contemporary France", "The mutualist advantage", "Brand France"]  # fmt: skip
_JOURNALS_FR = ["Recherche et Applications en Marketing", "Décisions Marketing", "Revue Française de Gestion",
                "Management & Avenir", "Revue française du marketing", "Revue de l'organisation responsable",
                "Systèmes d'information & management", "Communication & Organisation", "Gérer et Comprendre",
                "Revue Management et Avenir", "Finance Contrôle Stratégie"]  # fmt: skip
_JOURNALS_EN = ["Journal of Marketing Management", "International Journal of Research in Marketing", "Journal of Business Research",
                "European Journal of Marketing", "Journal of Retailing and Consumer Services", "Journal of Consumer Behaviour",
                "Journal of Brand Management", "International Journal of Bank Marketing", "Journal of Product & Brand Management",
                "Psychology & Marketing", "Recherche et Applications en Marketing (English Edition)"]  # fmt: skip
_PUBLISHERS = [("Dunod", "Malakoff"), ("Dunod", "Paris"), ("Pearson France", "Montreuil"), ("Vuibert", "Paris"),
               ("Eyrolles", "Paris"), ("De Boeck Supérieur", "Louvain-la-Neuve"), ("Presses universitaires de France", "Paris"),
               ("Éditions EMS", "Caen"), ("Gualino", "Issy-les-Moulineaux"), ("Odile Jacob", "Paris"),
               ("Presses de Sciences Po", "Paris"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Palgrave Macmillan", "Cham"), ("Presses de l'Université Laval", "Québec")]  # fmt: skip
_SCHOOLS = [("HEC Paris", "Jouy-en-Josas"), ("ESSEC Business School", "Cergy"), ("ESCP Business School", "Paris"),
            ("INSEAD", "Fontainebleau"), ("emlyon business school", "Écully"), ("Sciences Po", "Paris"),
            ("Université Paris-Dauphine – PSL", "Paris"), ("Sorbonne Université", "Paris"),
            ("Université Paris 1 Panthéon-Sorbonne", "Paris"), ("IAE Lyon", "Lyon"), ("Université de Lille", "Lille"),
            ("Aix-Marseille Université", "Marseille"), ("Toulouse Business School", "Toulouse"), ("KEDGE Business School", "Bordeaux"),
            ("Audencia", "Nantes"), ("Rennes School of Business", "Rennes"), ("EDHEC Business School", "Lille"),
            ("Université Côte d'Azur", "Nice"), ("Université de Montpellier", "Montpellier"), ("EM Strasbourg", "Strasbourg"),
            ("Université Cheikh Anta Diop", "Dakar"), ("HEC Montréal", "Montréal")]  # fmt: skip
_GENRES = ["Thèse de doctorat [PhD thesis]", "PhD thesis", "Mémoire de master [Master's dissertation]", "MBA dissertation",
           "Thèse professionnelle [Professional thesis]", "MSc thesis", "Doctoral thesis"]  # fmt: skip

# ---------------------------------------------------------------------- organisations
_COMPANIES = [("BNP Paribas", "Paris"), ("BNP Paribas SA", "Paris"), ("Société Générale", "Paris"), ("Crédit Agricole S.A.", "Montrouge"),
              ("Crédit Mutuel Alliance Fédérale", "Strasbourg"), ("La Banque Postale", "Paris"), ("BoursoBank", "Boulogne-Billancourt"),
              ("Qonto", "Paris"), ("Lydia Solutions", "Paris"), ("Sumeria", "Paris"), ("Alan", "Paris"), ("AXA", "Paris"),
              ("MAIF", "Niort"), ("MACIF", "Niort"), ("Groupama", "Paris"), ("Orange", "Issy-les-Moulineaux"),
              ("Orange SA", "Issy-les-Moulineaux"), ("SFR", "Paris"), ("Bouygues Telecom", "Meudon"), ("Iliad", "Paris"),
              ("Free", "Paris"), ("Carrefour", "Massy"), ("Groupe Carrefour", "Massy"), ("Mouvement E.Leclerc", "Ivry-sur-Seine"),
              ("E.Leclerc", "Ivry-sur-Seine"), ("Les Mousquetaires", "Paris"), ("Auchan Retail", "Croix"), ("Monoprix", "Clichy"),
              ("Fnac Darty", "Ivry-sur-Seine"), ("Decathlon", "Villeneuve-d'Ascq"), ("Decathlon SE", "Villeneuve-d'Ascq"),
              ("Sephora", "Neuilly-sur-Seine"), ("Cdiscount", "Bordeaux"), ("Vinted", "Vilnius"), ("Veepee", "Saint-Denis"),
              ("leboncoin", "Paris"), ("Danone", "Paris"), ("Lactalis", "Laval"), ("Bonduelle", "Villeneuve-d'Ascq"),
              ("Michel et Augustin", "Boulogne-Billancourt"), ("Pernod Ricard", "Paris"), ("Moët Hennessy", "Paris"),
              ("Andros (Bonne Maman)", "Biars-sur-Cère"), ("LVMH", "Paris"), ("LVMH Moët Hennessy Louis Vuitton", "Paris"),
              ("Kering", "Paris"), ("Hermès International", "Paris"), ("Chanel", "Neuilly-sur-Seine"), ("L'Oréal", "Clichy"),
              ("L'Oréal Groupe", "Clichy"), ("Groupe Rocher", "La Gacilly"), ("Yves Rocher", "La Gacilly"), ("SNCF", "Saint-Denis"),
              ("SNCF Voyageurs", "Saint-Denis"), ("Air France-KLM", "Roissy"), ("Air France", "Roissy"), ("RATP Group", "Paris"),
              ("BlaBlaCar", "Paris"), ("Publicis Groupe", "Paris"), ("Havas", "Puteaux"), ("BETC", "Pantin"),
              ("Fred & Farid", "Paris"), ("TF1", "Boulogne-Billancourt"), ("Groupe TF1", "Boulogne-Billancourt"),
              ("France Télévisions", "Paris"), ("Canal+", "Issy-les-Moulineaux"), ("Radio France", "Paris"),
              ("Société des Bains de Mer", "Monaco"), ("Monaco Telecom", "Monaco"), ("Compagnie Monégasque de Banque", "Monaco"),
              ("Sonatel", "Dakar")]  # fmt: skip
_TRADE_BODIES = ["Autorité de Régulation Professionnelle de la Publicité (ARPP)", "ARPP", "Union des marques",
                 "Syndicat des Régies Internet (SRI)", "Fédération du e-commerce et de la vente à distance (Fevad)", "Fevad",
                 "Association Française du Marketing", "Mouvement des entreprises de France (MEDEF)", "Conseil du Commerce de France",
                 "Ilec", "Association nationale des industries alimentaires (ANIA)", "Fédération bancaire française (FBF)",
                 "France Assureurs", "Mutualité Française", "Fédération Française de Tennis", "Comité Colbert",
                 "Association des agences-conseils en communication (AACC)", "CCI Paris Île-de-France",
                 "Chambre de Développement Économique de Monaco", "Les Entreprises du Voyage"]  # fmt: skip
_REGULATORS = ["Commission nationale de l'informatique et des libertés (CNIL)", "CNIL", "Arcom",
               "Autorité de régulation de la communication audiovisuelle et numérique (Arcom)", "Autorité de la concurrence",
               "Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF)", "DGCCRF",
               "Institut national de la statistique et des études économiques (INSEE)", "Banque de France",
               "Autorité des marchés financiers (AMF)", "Autorité de contrôle prudentiel et de résolution (ACPR)",
               "Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique", "Service-Public.fr",
               "Santé publique France", "ADEME", "Gouvernement Princier de Monaco", "Monaco Statistics (IMSEE)",
               "Commission de Contrôle des Informations Nominatives (CCIN)", "Arcep", "Conseil national de la consommation",
               "European Commission", "OECD"]  # fmt: skip
_RESEARCH = ["Médiamétrie", "Kantar France", "Kantar", "Ipsos", "IFOP", "Xerfi", "Statista", "NielsenIQ", "Circana", "CREDOC",
             "Harris Interactive", "OpinionWay", "Elabe", "BVA Xsight", "YouGov France", "Toluna", "Euromonitor International"]  # fmt: skip
_MARKETS = [("la cosmétique", "cosmetics"), ("la banque en ligne", "online banking"), ("la seconde main", "second-hand fashion"),
            ("les boissons sans alcool", "alcohol-free drinks"), ("l'assurance santé", "health insurance"),
            ("le bio", "organic food"), ("les spiritueux", "spirits"), ("le luxe", "luxury goods"),
            ("la téléphonie mobile", "mobile telephony"), ("le e-commerce alimentaire", "online grocery"),
            ("les produits laitiers", "dairy products"), ("le covoiturage", "car-sharing"), ("les articles de sport", "sporting goods")]  # fmt: skip
_PRESS = ["Le Monde", "Le Figaro", "Libération", "Les Échos", "Les Echos", "Ouest-France", "La Tribune", "Challenges",
          "L'Express", "LSA", "Stratégies", "CB News", "Le Parisien", "Capital", "Nice-Matin", "Monaco-Matin",
          "Sud Ouest", "La Dépêche du Midi", "Le Progrès", "BFM Business", "franceinfo", "Journal du Net", "Maddyness",
          "Financial Times", "Reuters", "Le Soleil", "La Presse", "Le Temps", "Le Soir", "Marketing Week"]  # fmt: skip
_PODCASTS = ["Génération Do It Yourself", "Le Gratin", "Marketing Square", "La Martingale", "Les Grands Débats du Marketing",
             "Bref, le marketing", "Le Podcast du e-commerce", "Vlan!", "Le Brief Conso", "Pépites Monaco"]  # fmt: skip
_PLATFORMS = ["LinkedIn", "Instagram", "X (formerly Twitter)", "TikTok", "Facebook", "YouTube"]
_LAWS = [("Loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés", (1978, 1, 6)),
         ("Loi n° 91-32 du 10 janvier 1991 relative à la lutte contre le tabagisme et l'alcoolisme", (1991, 1, 10)),
         ("Loi n° 94-665 du 4 août 1994 relative à l'emploi de la langue française", (1994, 8, 4)),
         ("Ordonnance n° 2016-131 du 10 février 2016 portant réforme du droit des contrats, du régime général et de la preuve des obligations", (2016, 2, 10)),
         ("Ordonnance n° 2016-301 du 14 mars 2016 relative à la partie législative du code de la consommation", (2016, 3, 14)),
         ("Loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique", (2004, 6, 21)),
         ("Loi n° 2014-344 du 17 mars 2014 relative à la consommation", (2014, 3, 17)),
         ("Loi n° 2020-105 du 10 février 2020 relative à la lutte contre le gaspillage et à l'économie circulaire", (2020, 2, 10)),
         ("Loi n° 2021-1104 du 22 août 2021 portant lutte contre le dérèglement climatique et renforcement de la résilience face à ses effets", (2021, 8, 22)),
         ("Loi n° 2023-451 du 9 juin 2023 visant à encadrer l'influence commerciale et à lutter contre les dérives des influenceurs sur les réseaux sociaux", (2023, 6, 9)),
         ("Décret n° 2022-1335 du 19 octobre 2022 relatif aux modalités de présentation des allégations environnementales", (2022, 10, 19)),
         ("Loi n° 2018-938 du 30 octobre 2018 pour l'équilibre des relations commerciales dans le secteur agricole et alimentaire", (2018, 10, 30))]  # fmt: skip
_MONACO_LAWS = [("Loi n° 1.165 du 23 décembre 1993 relative à la protection des informations nominatives", (1993, 12, 23)),
                ("Loi n° 1.383 du 2 août 2011 pour une Principauté numérique", (2011, 8, 2))]  # fmt: skip
_EU_LAWS = [("Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 (General Data Protection Regulation)", (2016, 4, 27)),
            ("Directive 2005/29/EC of the European Parliament and of the Council of 11 May 2005 concerning unfair business-to-consumer commercial practices", (2005, 5, 11)),
            ("Regulation (EU) 2022/2065 on a Single Market for Digital Services (Digital Services Act)", (2022, 10, 19)),
            ("Directive (EU) 2024/825 empowering consumers for the green transition", (2024, 2, 28))]  # fmt: skip
_INSEE_2019 = ["Tableaux de l'économie française : édition 2019 [French economy tables: 2019 edition]",
               "Les dépenses des Français en 2018 [What French households spent in 2018]",
               "France, portrait social : édition 2019 [France, a social portrait: 2019 edition]",
               "L'économie et la société à l'ère du numérique [The economy and society in the digital age]",
               "Revenus et patrimoine des ménages : édition 2019 [Household income and wealth: 2019 edition]"]  # fmt: skip


def _de(phrase: str) -> str:
    """French "de" before an article: "du commerce", "des mutuelles", "de l'expérience", "de la seconde main"."""
    if phrase.startswith("le "):
        return "du " + phrase[3:]
    if phrase.startswith("les "):
        return "des " + phrase[4:]
    return "de " + phrase


def _cap(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


class Blind174WorkFactory(WorkFactory):
    """Works from one seeded random source of this pool's own (the base class's Faker sources are never drawn)."""

    # (method, weight): what make() draws when the builder asks for no kind
    DRAWN = (("book", 11), ("ebook", 3), ("chapter", 5), ("journal", 20), ("thesis", 4), ("conference", 3),
             ("company_web", 8), ("company_report", 6), ("trade_body", 4), ("regulator", 6), ("insee", 2),
             ("legislation", 3), ("market_research", 7), ("news", 6), ("press_unsigned", 3), ("social", 3),
             ("podcast", 2), ("video", 2), ("blog", 3), ("undated_web", 3), ("working_paper", 2))  # fmt: skip
    # the kinds the works carry (Work.kind)
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 174 + 17401)
        self.counter = 0

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.36:
            name = {"family": rng.choice(_FAMILY_COMMON), "given": rng.choice(_GIVEN_FR)}
        elif roll < 0.44:
            particle, family, given, dropping = rng.choice(_PARTICLE_NAMES)
            key = "dropping-particle" if dropping else "non-dropping-particle"
            name = {"family": family, "given": given, key: particle}
        elif roll < 0.50:
            family, given = rng.choice(_JOINED)
            name = {"family": family, "given": given}
        elif roll < 0.54:
            name = {"family": rng.choice(_DOUBLE), "given": rng.choice(_GIVEN_FR)}
        else:
            table = rng.choices([_BRETON, _BASQUE, _CORSICAN, _ALSATIAN, _MAGHREBI, _WEST_AFRICAN, _PORTUGUESE,
                                 _VIETNAMESE, _MONEGASQUE, _EXPATS], weights=[7, 4, 4, 5, 9, 8, 6, 6, 3, 6])[0]  # fmt: skip
            family, given = rng.choice(table)
            name = {"family": family, "given": given}
        if rng.random() < 0.03:  # copied from a French catalogue, where the surname is in capitals
            name["family"] = name["family"].upper()
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 17, 9, 6, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            one = self.person()
            if all(one["family"] != other["family"] for other in people):
                people.append(one)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.07:  # the classics still cited
            return self.rng.randint(1986, 2005)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        start = datetime.date(2022, 1, 1)
        if issued:
            start = max(
                start,
                datetime.date(issued[0], issued[1] if len(issued) > 1 else 1, issued[2] if len(issued) > 2 else 1),
            )
        end = max(datetime.date(2025, 11, 30), start + datetime.timedelta(days=20))
        day = start + datetime.timedelta(days=self.rng.randint(0, (end - start).days))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _id(self) -> str:
        self.counter += 1
        return f"b174w{self.counter}"

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        rng = self.rng
        (fr, en), (fr2, en2) = rng.sample(_TOPICS, 2)
        where_fr, where_en = rng.choice(_SETTINGS)
        if rng.random() < 0.55:
            forms = [f"{fr[0].upper()}{fr[1:]} : enjeux et perspectives [{en[0].upper()}{en[1:]}: issues and prospects]",
                     f"L'impact {_de(fr)} sur {fr2} [The impact of {en} on {en2}]",
                     f"Repenser {fr} à l'ère numérique [Rethinking {en} in the digital age]",
                     f"{fr[0].upper()}{fr[1:]} {where_fr} : une approche qualitative [{en[0].upper()}{en[1:]} {where_en}: a qualitative approach]",
                     f"{_cap(fr)} face à {fr2} [{_cap(en)} versus {en2}]",
                     f"{fr[0].upper()}{fr[1:]} et {fr2} {where_fr} [{en[0].upper()}{en[1:]} and {en2} {where_en}]",
                     f"Comprendre {fr} : le rôle de la confiance [Understanding {en}: the role of trust]"]  # fmt: skip
        else:
            forms = [f"{en[0].upper()}{en[1:]} {where_en}", f"{en[0].upper()}{en[1:]} and {en2}: evidence from France",
                     f"The role of {en} in French retail banking", f"The influence of {en} on {en2}: a study of French millennials",
                     f"Beyond {en}: lessons from {rng.choice(_COMPANIES)[0]}", f"{en[0].upper()}{en[1:]} {where_en}: a mixed-methods study"]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices([k for k, _ in self.DRAWN], weights=[w for _, w in self.DRAWN])[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        if "accessed" in work.record and "DOI" not in work.record and self.rng.random() < 0.06:
            del work.record["accessed"]  # read online, listed without its access date
        return work

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _url(self, domain: str) -> str:
        slug = "-".join(self.rng.sample(["marketing", "fidelite", "marque", "clients", "2024", "etude", "rse", "innovation",
                                         "consommation", "digital", "actualites", "presse", "publicite", "donnees"], 3))  # fmt: skip
        return f"https://www.{domain}/{slug}"

    def _domain(self, name: str) -> str:
        plain = unicodedata.normalize("NFKD", name.split(" (")[0].lower())
        base = "".join(ch for ch in plain if ch.isascii() and ch.isalnum())[:18] or "example"
        if "monaco" in base or "monegasque" in base or "bainsdemer" in base or "princier" in base:
            return f"{base}.mc"
        if base in ("sonatel", "lesoleil"):
            return f"{base}.sn"
        return f"{base}.{self.rng.choice(['fr', 'fr', 'fr', 'com'])}"

    def _book(self, ebook: bool = False) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        if rng.random() < 0.6:
            fr, en = rng.choice(_BOOK_TITLES)
            title = f"{fr} [{en}]" if rng.random() < 0.7 else fr
        elif rng.random() < 0.5:
            title = rng.choice(_ENGLISH_BOOKS)
        else:
            title = self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if rng.random() < 0.35:
            record["edition"] = str(rng.randint(2, 12))
        if ebook:
            record["medium"] = "e-book"
            if rng.random() < 0.6:
                record["URL"] = (
                    f"https://www.cairn.info/{rng.choice(['le-marketing', 'strategie-de-marque', 'comportement-du-consommateur'])}--{rng.randint(9782100000000, 9782199999999)}.htm"
                )
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        return self._book(ebook=True)

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        fr, en = rng.choice(_TOPICS)
        container = rng.choice(["Le marketing en France [Marketing in France]", f"Regards croisés sur {fr} [Perspectives on {en}]",
                                f"The Routledge companion to {en}", "Marketing et société [Marketing and society]",
                                "Les grands auteurs en marketing [Key authors in marketing]"])  # fmt: skip
        start = rng.randint(1, 320)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": self._people(2), "container-title": container,
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place, "page": f"{start}-{start + rng.randint(10, 30)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        french = rng.random() < 0.5
        start = rng.randint(1, 400)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": rng.choice(_JOURNALS_FR if french else _JOURNALS_EN),
                                  "issued": {"date-parts": [[self.year()]]}, "volume": str(rng.randint(1, 60)),
                                  "issue": str(rng.randint(1, 6)), "page": f"{start}-{start + rng.randint(8, 28)}"}  # fmt: skip
        if rng.random() < 0.45:
            record["DOI"] = (
                f"10.{rng.choice(['3917', '1177', '1016', '1108', '1080'])}/{rng.choice(['rfg', 'dm', 'ram', 'j.jbusres', 'ejm', 'mav'])}.{rng.randint(100, 99999)}"
            )
        elif french and rng.random() < 0.4:
            record["URL"] = (
                f"https://www.cairn.info/revue-{rng.choice(['decisions-marketing', 'revue-francaise-de-gestion', 'management-et-avenir'])}-{record['issued']['date-parts'][0][0]}-{rng.randint(1, 4)}-page-{start}.htm"
            )
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        school, place = self.rng.choice(_SCHOOLS)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "issued": {"date-parts": [[self.year()]]}, "genre": self.rng.choice(_GENRES),
                                  "publisher": school, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = f"https://theses.hal.science/tel-0{self.rng.randint(1000000, 4999999)}"
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        rng = self.rng
        year = self.year()
        number = year - 1984
        container, place = rng.choice([
            (f"Actes du {number}e Congrès international de l'Association Française du Marketing [Proceedings of the {number}th AFM International Congress]", rng.choice(["Tours", "Le Havre", "Biarritz", "Nancy", "Lyon"])),
            (f"Actes des {number - 10}es Journées Normandes de Recherche sur la Consommation", "Caen"),
            (f"Proceedings of the {number + 13}th EMAC Annual Conference", rng.choice(["Paris", "Toulouse", "Bordeaux"])),
            (f"International Marketing Trends Conference {year}", rng.choice(["Paris", "Venise"]))])  # fmt: skip
        start = rng.randint(1, 60)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": container, "issued": {"date-parts": [[year]]},
                                  "publisher": rng.choice(["AFM", "Association Française du Marketing", "EMAC", "ESCP Business School"]),
                                  "publisher-place": place, "page": f"{start}-{start + rng.randint(8, 20)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _working_paper(self) -> Work:
        school, place = self.rng.choice(_SCHOOLS)
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": school, "publisher-place": place,
                                  "genre": self.rng.choice(["Cahier de recherche [Working paper]", "Working paper", "Document de travail"]),
                                  "number": f"{self.rng.randint(2, 40)}-{self.rng.randint(1, 12):02d}"}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://hal.science/hal-0{self.rng.randint(1000000, 4999999)}"
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "report")

    def _company_web(self) -> Work:
        rng = self.rng
        name, _place = rng.choice(_COMPANIES)
        title = rng.choice(["Notre raison d'être [Our purpose]", "Nos engagements RSE [Our CSR commitments]",
                            "Communiqué de presse : résultats annuels [Press release: annual results]", "Our history",
                            "Qui sommes-nous ? [Who are we?]", f"{name} dévoile sa nouvelle identité de marque [{name} unveils its new brand identity]",
                            "Programme de fidélité : conditions générales [Loyalty programme: terms and conditions]",
                            "Sustainability at a glance", "Espace presse [Press room]", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url(self._domain(name))}
        if rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        rng = self.rng
        name, place = rng.choice(_COMPANIES)
        year = self.year()
        title = rng.choice([f"Document d'enregistrement universel {year - 1} [Universal registration document {year - 1}]",
                            f"Rapport intégré {year - 1} [Integrated report {year - 1}]", f"Annual report {year - 1}",
                            f"Déclaration de performance extra-financière {year - 1}", f"Rapport RSE {year - 1} [CSR report {year - 1}]",
                            f"Rapport mutualiste {year - 1}", f"Impact report {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": place}  # fmt: skip
        if rng.random() < 0.6:
            record["URL"] = self._url(self._domain(name))
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, {"company"})

    def _trade_body(self) -> Work:
        rng = self.rng
        name = rng.choice(_TRADE_BODIES)
        year = self.year()
        title = rng.choice([f"Bilan de la publicité et de l'environnement {year} [Advertising and the environment: review {year}]",
                            f"Chiffres clés du e-commerce {year} [E-commerce key figures {year}]",
                            f"Observatoire de l'e-pub, {rng.choice(['1er', '2e'])} semestre {year - 1}",
                            "Recommandation Communication publicitaire numérique", "Guide de l'influence responsable [Responsible influence guide]",
                            f"Baromètre annuel {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(self._domain(name))}  # fmt: skip
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = name.split(" (")[0], "Paris"
        if rng.random() < 0.85:
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"trade-body"})

    def _regulator(self) -> Work:
        rng = self.rng
        name = rng.choice(_REGULATORS)
        year = self.year()
        title = rng.choice([f"Rapport annuel {year - 1} [Annual report {year - 1}]", "Cookies et autres traceurs : lignes directrices [Cookies and other trackers: guidelines]",
                            f"Avis n° {year % 100}-A-{rng.randint(1, 20):02d} relatif au secteur de la publicité en ligne",
                            "Influenceurs : les règles à respecter [Influencers: the rules to follow]",
                            "Les pratiques commerciales trompeuses [Misleading commercial practices]",
                            f"Enquête sur les soldes d'hiver {year} [Survey of the {year} winter sales]",
                            f"La consommation des ménages en {year - 1} [Household consumption in {year - 1}]",
                            "Monaco en chiffres [Monaco in figures]", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(self._domain(name)),
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _insee(self) -> Work:
        """INSEE's two works of 2019 (and others of it): one organisation with two works in a year."""
        rng = self.rng
        name = rng.choice(["INSEE", "Institut national de la statistique et des études économiques (INSEE)"])
        year = 2019 if rng.random() < 0.75 else self.year()
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": rng.choice(_INSEE_2019),
                                  "issued": {"date-parts": [[year]]}, "URL": f"https://www.insee.fr/fr/statistiques/{rng.randint(1000000, 8000000)}",
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = "INSEE", "Montrouge"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        rng = self.rng
        roll = rng.random()
        if roll < 0.7:
            (title, date), author = rng.choice(_LAWS), rng.choice(["République française", "Légifrance", "France"])
            url = f"https://www.legifrance.gouv.fr/loda/id/JORFTEXT0000{rng.randint(10000000, 49999999)}"
        elif roll < 0.85:
            (title, date), author = (
                rng.choice(_MONACO_LAWS),
                rng.choice(["Principauté de Monaco", "Gouvernement Princier de Monaco"]),
            )
            url = f"https://www.legimonaco.mc/tnc/loi/{date[0]}/{date[1]:02d}-{date[2]:02d}-{rng.randint(1000, 1600)}"
        else:
            (title, date), author = (
                rng.choice(_EU_LAWS),
                rng.choice(["European Union", "European Parliament and Council of the European Union"]),
            )
            url = f"https://eur-lex.europa.eu/eli/{rng.choice(['reg', 'dir'])}/{date[0]}/{rng.randint(29, 2065)}/oj"
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [list(date)]}, "URL": url,
                                  "accessed": self._accessed_after(list(date))}  # fmt: skip
        return self._org_work(record, "legislation", author, {"legislation", "government"})

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(_RESEARCH)
        year = self.year() if rng.random() < 0.9 else None
        fr, en = rng.choice(_MARKETS)
        shown = year or 2024
        title = rng.choice([f"Le marché {_de(fr)} en France – {shown} [The French {en} market – {shown}]",
                            f"Baromètre de la consommation responsable {shown}", f"{en[0].upper()}{en[1:]} in France: market report {shown}",
                            f"Les Français et {fr} : vague {(wave := rng.randint(1, 12))} [The French and {en}: wave {wave}]",
                            f"Share of French adults who bought {en} online in Q{rng.randint(1, 4)} {shown}",
                            f"{en[0].upper()}{en[1:]} market in France: forecast to 2030"])  # fmt: skip
        if name == "Médiamétrie":
            title = rng.choice([f"L'Année Internet {shown}", f"Médiamat annuel {shown}", f"Global Audiences {shown}",
                                f"L'Année TV {shown} [The TV year {shown}]"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "publisher-place": "Paris",
                                  "URL": self._url(self._domain(name))}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        return self._org_work(record, "report", name, {"market-research"})

    def _dated(self) -> list[int]:
        year = self.year()
        return [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]

    def _news(self) -> Work:
        date = self._dated()
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": press, "issued": {"date-parts": [date]},
                                  "URL": self._url(self._domain(press)), "accessed": self._accessed_after(date)}  # fmt: skip
        if self.rng.random() < 0.15:  # the print edition
            del record["URL"], record["accessed"]
            record["page"] = str(self.rng.randint(2, 30))
        return self._person_work(record, "news")

    def _press_unsigned(self) -> Work:
        date = self._dated()
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": press,
                                  "issued": {"date-parts": [date]}, "URL": self._url(self._domain(press)),
                                  "accessed": self._accessed_after(date)}  # fmt: skip
        return self._org_work(record, "news", press, {"press"})

    def _social(self) -> Work:
        rng = self.rng
        date = self._dated()
        platform = rng.choice(_PLATFORMS)
        title = rng.choice(["Les Soldes commencent demain ! 🛍️", "Merci à nos 2 millions d'abonnés", "Notre campagne pour la Fête de la Musique",
                            "Retour sur VivaTech", "Fiers de soutenir l'équipe de France", "New collection, made in France",
                            "Nous recrutons des alternants en marketing", "Ce que nous avons appris à Cannes Lions"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": title, "container-title": platform, "issued": {"date-parts": [date]},
                                  "URL": f"https://www.{platform.split()[0].lower()}.com/{rng.choice(['posts', 'p', 'status'])}/{rng.randint(10**8, 10**9)}",
                                  "accessed": self._accessed_after(date)}  # fmt: skip
        if rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        return self._org_work(record, "social", rng.choice(_COMPANIES)[0], {"company"})

    def _podcast(self) -> Work:
        rng = self.rng
        date = self._dated()
        record: dict[str, Any] = {"type": "broadcast", "title": f"Épisode {rng.randint(1, 400)} : {_cap(rng.choice(_TOPICS)[0])}, {rng.choice(['le débrief', 'mode d’emploi', 'ce qui marche', 'les coulisses'])}",
                                  "container-title": rng.choice(_PODCASTS), "medium": "Podcast", "issued": {"date-parts": [date]},
                                  "URL": f"https://podcasts.apple.com/fr/podcast/id{rng.randint(10**9, 2 * 10**9)}",
                                  "accessed": self._accessed_after(date), "author": self._people(2)}  # fmt: skip
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        rng = self.rng
        date = self._dated()
        record: dict[str, Any] = {"type": "motion_picture", "medium": "YouTube",
                                  "title": rng.choice(["Le film de marque", "Campagne « Ensemble »", "Making-of de notre publicité de Noël",
                                                       "Keynote VivaTech", "Conférence : le futur du retail", "Masterclass marketing"]) + f" {date[0]}",
                                  "issued": {"date-parts": [date]}, "URL": f"https://www.youtube.com/watch?v={rng.randint(10**9, 10**10):x}",
                                  "accessed": self._accessed_after(date)}  # fmt: skip
        if rng.random() < 0.4:
            record["author"] = self._people(1)
            return self._person_work(record, "video")
        return self._org_work(
            record,
            "video",
            rng.choice(_COMPANIES + [(b, "") for b in ("BFM Business", "TF1 Info", "France 24")])[0],
            {"company"},
        )

    def _blog(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url(self.rng.choice(["journaldunet.com", "mediaboard.fr", "e-marketing.fr", "blog.hubspot.fr", "welcometothejungle.com"]))}  # fmt: skip
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        rng = self.rng
        pool = rng.choice([_COMPANIES, [(n, "") for n in _TRADE_BODIES], [(n, "") for n in _REGULATORS]])
        name = rng.choice(pool)[0]
        record: dict[str, Any] = {"type": "webpage", "title": rng.choice(["Nos valeurs [Our values]", "FAQ", "Mentions légales", "Histoire de la marque [Brand history]", self._title()]),
                                  "URL": self._url(self._domain(name)), "accessed": self._accessed_after(None)}  # fmt: skip
        return self._org_work(record, "web", name, {"undated"})
