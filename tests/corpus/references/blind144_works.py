"""Works for the blind144 pool (HELD OUT): what marketers in francophone West Africa and its diaspora cite.

Written without reading the checker, its tests or any other pool. Candidates in Dakar, Thiès, Saint-Louis, Abidjan,
Bouaké, Yamoussoukro, Bamako, Sikasso, Ouagadougou, Bobo-Dioulasso, Conakry, Lomé and Cotonou, and in Paris, Lyon,
Brussels, Montréal and New York, writing CIM Level 6 and 7 reports and MBA assignments in English, cite French
textbooks from L'Harmattan, Karthala, Dunod and De Boeck beside Pearson and Routledge, African and French journals,
theses and mémoires from the Université Cheikh Anta Diop, the Université Félix Houphouët-Boigny, the Université Joseph
Ki-Zerbo and the USSGB, the BCEAO, the UEMOA Commission and the telecoms regulators (ARTP, ARTCI, ARCEP), laws and
decrees numbered "Loi n° 2013-450 du 19 juin 2013", OHADA's Uniform Acts, banks and mobile-money firms (Ecobank,
SGBCI, Coris Bank, Wave, Orange Money, MTN MoMo, Moov Africa), brewers, exporters, airlines and the press of
Dakar, Abidjan and Ouagadougou, signed and unsigned, with French (and now and then Wolof or Bambara) titles and an
English translation in square brackets.

Names follow the region's conventions as reference managers and candidates keep them: Wolof, Serer, Pulaar,
Mandinka, Bambara, Soninke, Baoulé, Dioula, Mossi, Fon and Ewe surnames, with and without their accents (Traoré and
Traore, Ouédraogo and Ouedraogo), with straight and curly apostrophes (N'Guessan, N’Diaye), written in capitals as
French forms give them (DIOP), married women's "épouse" names, nicknames after "dit", Afro-Brazilian particles (de
Souza, da Silva) and d'Almeida, compound given names (Mame Diarra, El Hadji Malick, Jean-Baptiste), transliteration
variants (Mohamed, Mouhamadou, Muhammad) and French, Belgian, Québécois, Lebanese and Anglophone expatriates.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------------------------------------- people
# (family names, given names) by people; a name is drawn from one group so that given and family names go together.
_WOLOF_SERER = (
    ["Diop", "Ndiaye", "Fall", "Faye", "Sarr", "Diouf", "Seck", "Mbaye", "Gueye", "Guèye", "Sène", "Ndour", "Thiam",
     "Niang", "Cissé", "Cisse", "Dieng", "Wade", "Samb", "Mbengue", "Dione", "Ngom", "Tine", "Senghor", "Diagne", "Lô",
     "Mbodj", "Diaw", "Sylla", "Kâ", "Lam", "Gaye", "Ndao", "Badiane", "Sagna"],
    ["Mamadou", "Moussa", "Aminata", "Fatou", "Awa", "Ousmane", "Cheikh", "Abdoulaye", "Ibrahima", "Modou", "Khady",
     "Coumba", "Astou", "Bineta", "Rokhaya", "Ndèye Fatou", "Ndeye Awa", "Mame Diarra", "Serigne Mbacké", "El Hadji Malick",
     "Pape Moussa", "Aïssatou", "Seynabou", "Maïmouna", "Babacar", "Alioune", "Souleymane", "Mariama", "Adji", "Saliou",
     "Marème", "Sokhna", "Yacine", "Khadidiatou", "Pape Samba", "Assane", "Lamine", "Mouhamadou", "Mohamed", "Amy"],
)  # fmt: skip
_PULAAR = (
    ["Diallo", "Ba", "Bâ", "Barry", "Bah", "Sow", "Baldé", "Balde", "Kane", "Ly", "Dia", "Wane", "Tall", "Sy", "Sall",
     "Diakhaté", "Kandé", "Baldé"],
    ["Mamadou Saliou", "Thierno", "Oumou", "Kadiatou", "Alpha Oumar", "Boubacar", "Hawa", "Fatoumata Binta",
     "Abdourahmane", "Amadou Oury", "Aïssata", "Mariama Dalanda", "Ousmane", "Djenabou", "Ibrahima Sory", "Tidiane"],
)  # fmt: skip
_MANDE = (  # Mandinka, Bambara, Soninke, Dioula and Malinké names of Mali, Guinea, Côte d'Ivoire and Burkina Faso
    ["Traoré", "Traore", "Koné", "Kone", "Keïta", "Keita", "Coulibaly", "Kulibali", "Diarra", "Camara", "Konaté",
     "Sissoko", "Dembélé", "Doumbia", "Sanogo", "Touré", "Toure", "Diakité", "Sidibé", "Sangaré", "Kanté", "Fofana",
     "Bamba", "Ouattara", "Soumaré", "Doucouré", "Tounkara", "Kouyaté", "Diabaté", "Sacko", "Bagayoko", "Maïga",
     "Dicko", "Kourouma", "Condé", "Bangoura", "Soumah", "Yansané", "Cissoko", "Dramé", "Samaké"],
    ["Seydou", "Adama", "Bakary", "Mariam", "Kadidia", "Oumar", "Fousseyni", "Drissa", "Salif", "Sékou", "Fatoumata",
     "Assétou", "Aminata", "Djénéba", "Modibo", "Nana", "Yaya", "Tiémoko", "Siaka", "Karim", "Issa", "Mamadou Lamine",
     "Fodé", "Sékouba", "Mariama Ciré", "N'Famara", "Moussa", "Lassina", "Nafissatou", "Souleymane", "Bintou",
     "Abdoulaye", "Mahamadou", "Hadja Fatoumata"],
)  # fmt: skip
_AKAN = (  # Baoulé, Agni and other Akan names of Côte d'Ivoire, and Bété and Dida names
    ["N'Guessan", "N’Guessan", "Kouassi", "Kouamé", "Kouame", "Kouadio", "Konan", "Koffi", "Yao", "Kouakou", "Brou",
     "N'Dri", "Aka", "Amani", "Assi", "Kra", "Tanoh", "Ahoussou", "Yapi", "Kacou", "N'Goran", "Yéboué", "Gnamien",
     "Zadi", "Gnahoré", "Séri", "Digbeu", "Kipré", "Dago", "Tapé", "Ahoua-Konan", "Kouassi-Bilé", "Adou", "Akoto"],
    ["Yao", "Akissi", "Affoué", "Adjoua", "Amenan", "Aya", "Ahou", "Kouadio", "Jean-Baptiste", "Marie-Laure", "Serge",
     "Eric", "Hervé", "Christelle", "Prisca", "Armel", "Ange", "Didier", "Fabrice", "Rosine", "Edwige", "Sylvie",
     "Franck", "Kouamé Jean", "Konan Serge", "Marie-Josée", "Innocent", "Ghislaine", "Arsène", "Yannick"],
)  # fmt: skip
_MOSSI = (  # Mossi, Bobo, Samo, Gourounsi and Dagara names of Burkina Faso
    ["Ouédraogo", "Ouedraogo", "Kaboré", "Kabore", "Sawadogo", "Compaoré", "Zongo", "Kafando", "Ilboudo", "Zoungrana",
     "Nikiéma", "Tapsoba", "Yaméogo", "Kiemtoré", "Bationo", "Sanou", "Zerbo", "Ki-Zerbo", "Somé", "Dabiré", "Kambou",
     "Bonkoungou", "Zida", "Sankara", "Ouoba", "Tiendrébéogo", "Ouattara", "Barro"],
    ["Wendyam", "Relwendé", "Boukary", "Rasmané", "Noufou", "Pascaline", "Wendkouni", "Sibiri", "Salam", "Adama",
     "Alizèta", "Mariam", "Issouf", "Hamidou", "Inoussa", "Abdoul Aziz", "Pegdwendé", "Rakiéta", "Clément", "Joséphine",
     "Aristide", "Habibou", "Rasmata", "Idrissa", "Boureima", "Salimata"],
)  # fmt: skip
_FON_EWE = (  # Fon, Goun, Yoruba, Ewe, Mina and Kabyè names of Benin and Togo
    ["Houngbédji", "Hounkpatin", "Ahouansou", "Dossou", "Agbo", "Gbaguidi", "Adjovi", "Zinsou", "Akakpo",
     "Ahouandjinou", "Glèlè", "Kpadonou", "Sossa", "Tossou", "Hounsou", "Dansou", "Soglo", "Amegah", "Kpodar", "Adjavon",
     "Dogbé", "Akué", "Ekué", "Lawson", "Olympio", "Agbodjan", "Gnassingbé", "Tchalla", "Kodjo", "Afanvi", "Adékambi"],
    ["Sènan", "Codjo", "Koffi", "Komi", "Kokou", "Akouvi", "Afi", "Essowè", "Dodzi", "Sèdjro", "Mahougnon", "Fifamè",
     "Gildas", "Rodrigue", "Sourou", "Mêmounath", "Bienvenu", "Ulrich", "Ghislain", "Prudence", "Olatoundé", "Yawo",
     "Kossi", "Edem", "Abla", "Mawuli", "Sika"],
)  # fmt: skip
_GROUPS = [_WOLOF_SERER, _PULAAR, _MANDE, _AKAN, _MOSSI, _FON_EWE]
_GROUP_WEIGHTS = [26, 10, 24, 18, 14, 10]
# Afro-Brazilian ("Agouda") families of Benin and Togo: particles kept apart as reference managers keep them.
_AGOUDA = [("de", "Souza", "Francisca"), ("de", "Souza", "Marcel"), ("da", "Silva", "Urbain"), ("da", "Matha", "Félicité"),
           ("de", "Medeiros", "Romain"), ("do", "Rego", "Chantal")]  # fmt: skip
_WHOLE = [("d'Almeida", "Koffi"), ("d'Almeida", "Ayélé"), ("D'Almeida", "Sylvain"), ("M'Baye", "Ibrahima"),
          ("N'Diaye", "Fatou"), ("N’Diaye", "Cheikh Tidiane"), ("N'diaye", "Aminata"), ("M’Bengue", "Ousmane"),
          ("N'Doye", "Aïda"), ("Mbacké", "Serigne Mansour"), ("Sy-Savané", "Mariam"), ("Touré-Diallo", "Fanta")]  # fmt: skip
# Married women's names as Ivorian, Malian and Burkinabè forms give them, and nicknames after "dit".
_EPOUSE = ["Koné épouse Traoré", "Koné ép. Traoré", "Yao ép. Kouassi", "Diallo épouse Barry", "Kouassi épouse Konan", "Ouédraogo épouse Kaboré",
           "Sow épouse Diop", "N'Guessan épouse Yao", "Diarra épouse Coulibaly", "Ndiaye épouse Fall"]  # fmt: skip
_DIT = [("Diallo dit Papis", "Mamadou"), ("Traoré dit Kader", "Abdoul Kader"), ("Ouattara dit Vieux", "Souleymane"),
        ("Konaté dit Baba", "Ibrahim"), ("Sarr dit Pape", "Abdou")]  # fmt: skip
# Expatriates and diaspora writers: French, Belgian, Québécois, Lebanese-Ivorian, Moroccan and Anglophone names.
_EXPATS = [
    ("Dupont", "Claire"), ("Lefèvre", "Thomas"), ("Le Goff", "Yann"), ("Giraud", "Hélène"), ("Moreau", "Julien"),
    ("Fontaine", "Aurélie"), ("Mercier", "Nicolas"), ("Chevalier", "Sophie"), ("Rousseau", "Pierre-Yves"),
    ("Peeters", "Liesbeth"), ("Lambert", "Marc"), ("Dubois", "Anne-Sophie"), ("Tremblay", "Geneviève"),
    ("Gagnon", "Mathieu"), ("Bélanger", "Isabelle"), ("Côté", "Louis"), ("Lévesque", "Catherine"),
    ("Fakhoury", "Rami"), ("Khalil", "Nadine"), ("Ezzedine", "Karim"), ("Benjelloun", "Yasmine"), ("El Alaoui", "Omar"),
    ("Smith", "Rebecca"), ("Johnson", "Michael"), ("Clarke", "Hannah"), ("Mensah", "Kwame"), ("Okafor", "Chinedu"),
    ("Owusu", "Akosua"), ("Adeyemi", "Tolulope"), ("Morgan", "Daniel"), ("Nakamura", "Ken"), ("Müller", "Stefan"),
]  # fmt: skip
_EXPAT_PARTICLES = [("de", "La Rochefoucauld", "Bénédicte"), ("van", "den Broeck", "Pieter"), ("de", "Villiers", "Anne"),
                    ("Le", "Roux", "Gaëlle"), ("du", "Pont", "Étienne")]  # fmt: skip

# ---------------------------------------------------------------------------------------------------- organisations
_COMPANIES = [
    "Ecobank Transnational Incorporated", "Ecobank Côte d'Ivoire", "Société Générale Côte d'Ivoire (SGBCI)",
    "Coris Bank International", "Wave Mobile Money", "Wave", "Orange Côte d'Ivoire", "Sonatel", "Orange Sénégal",
    "Orange Mali", "MTN Côte d'Ivoire", "Moov Africa Burkina", "Moov Africa Togo", "Free Sénégal", "Solibra",
    "Brakina", "Société des Brasseries de l'Ouest Africain (SOBOA)", "Air Côte d'Ivoire", "Air Sénégal SA",
    "Jumia Côte d'Ivoire", "Prosuma", "CFAO Retail", "Auchan Sénégal", "Baobab Sénégal", "Advans Côte d'Ivoire",
    "Bank of Africa – Sénégal", "Société Ivoirienne de Banque (SIB)", "Banque Atlantique Côte d'Ivoire", "Orabank Togo",
    "NSIA Banque", "SIFCA", "Cargill Cocoa & Chocolate", "Saf-Cacao", "Laiterie du Berger SAS", "Kirène SA",
    "Patisen", "Groupe Futurs Médias (GFM)", "Karité Gold SARL", "Anacarde Bouaké Export SARL", "Wizall Money",
    "Coopérative des Femmes de Léo SCOOPS", "GIE Takku Liggeey", "Sitarail", "Total Energies Marketing Sénégal",
    "Canal+ Afrique", "Yango Côte d'Ivoire", "Djamo", "SOFITEX",
]  # fmt: skip
_BODIES = [
    "Chambre de Commerce et d'Industrie de Côte d'Ivoire (CCI-CI)", "Confédération Générale des Entreprises de Côte d'Ivoire (CGECI)",
    "Conseil National du Patronat du Sénégal (CNP)", "Association Professionnelle des Banques et Établissements Financiers (APBEF)",
    "Association Professionnelle des Systèmes Financiers Décentralisés (APSFD)", "GSMA", "Afrobarometer",
    "Chartered Institute of Marketing", "Conseil du Café-Cacao", "Conseil du Coton et de l'Anacarde",
    "Interprofession du Karité du Burkina", "Union des Annonceurs du Sénégal", "CODESRIA", "Global Shea Alliance",
]  # fmt: skip
_GOVERNMENT = [
    "Banque Centrale des États de l'Afrique de l'Ouest (BCEAO)", "BCEAO", "Commission de l'UEMOA",
    "Union Économique et Monétaire Ouest Africaine (UEMOA)", "ARTP Sénégal",
    "Autorité de Régulation des Télécommunications/TIC de Côte d'Ivoire (ARTCI)", "ARCEP Burkina Faso", "ARCEP Bénin",
    "Agence Nationale de la Statistique et de la Démographie (ANSD)", "Institut National de la Statistique (INS)",
    "Institut National de la Statistique et de la Démographie (INSD)", "INSTAT Mali",
    "Ministère de l'Économie Numérique et des Télécommunications", "Ministère du Commerce, de l'Industrie et des PME",
    "Commission de Protection des Données Personnelles (CDP)", "APIX SA", "Centre de Promotion des Investissements en Côte d'Ivoire (CEPICI)",
    "World Bank", "International Finance Corporation", "Banque Africaine de Développement", "UNCTAD", "FAO",
]  # fmt: skip
_STATE = ["République du Sénégal", "République de Côte d'Ivoire", "Burkina Faso", "République du Mali",
          "République de Guinée", "République Togolaise", "République du Bénin"]  # fmt: skip
# (author, title, year): laws, ordinances, decrees, Uniform Acts, instructions and regulations as they are numbered.
_LAWS = [
    ("République de Côte d'Ivoire", "Loi n° 2013-450 du 19 juin 2013 relative à la protection des données à caractère personnel", 2013, "Law no. 2013-450 of 19 June 2013 on the protection of personal data"),
    ("République de Côte d'Ivoire", "Loi n° 2013-546 du 30 juillet 2013 relative aux transactions électroniques", 2013, "Law no. 2013-546 of 30 July 2013 on electronic transactions"),
    ("République de Côte d'Ivoire", "Loi n° 2016-412 du 15 juin 2016 relative à la consommation", 2016, "Law no. 2016-412 of 15 June 2016 on consumer protection"),
    ("République de Côte d'Ivoire", "Ordonnance n° 2012-293 du 21 mars 2012 relative aux télécommunications et aux technologies de l'information et de la communication", 2012, None),
    ("République du Sénégal", "Loi n° 2008-12 du 25 janvier 2008 sur la protection des données à caractère personnel", 2008, "Law no. 2008-12 of 25 January 2008 on the protection of personal data"),
    ("République du Sénégal", "Loi n° 2008-08 du 25 janvier 2008 sur les transactions électroniques", 2008, None),
    ("République du Sénégal", "Décret n° 2008-721 du 30 juin 2008 portant application de la loi n° 2008-12 du 25 janvier 2008", 2008, "Decree no. 2008-721 of 30 June 2008 implementing Law no. 2008-12"),
    ("République du Sénégal", "Loi n° 2021-25 du 12 avril 2021 sur les prix et la protection du consommateur", 2021, None),
    ("République du Sénégal", "Loi n° 2018-28 du 12 décembre 2018 portant Code des communications électroniques", 2018, "Electronic Communications Code"),
    ("Burkina Faso", "Loi n° 001-2021/AN du 30 mars 2021 portant protection des personnes à l'égard du traitement des données à caractère personnel", 2021, None),
    ("République du Bénin", "Loi n° 2017-20 du 20 avril 2018 portant code du numérique en République du Bénin", 2018, "Digital Code of the Republic of Benin"),
    ("République du Mali", "Loi n° 2013-015 du 21 mai 2013 portant protection des données à caractère personnel en République du Mali", 2013, None),
    ("République de Guinée", "Loi L/2016/037/AN relative à la cybersécurité et à la protection des données à caractère personnel", 2016, None),
    ("République Togolaise", "Loi n° 2019-014 du 29 octobre 2019 relative à la protection des données à caractère personnel", 2019, None),
    ("République de Côte d'Ivoire", "Arrêté n° 511/MEF/DGTCP du 11 novembre 2014 portant réglementation des activités de microfinance", 2014, None),
    ("OHADA", "Acte uniforme relatif au droit des sociétés commerciales et du groupement d'intérêt économique", 2014, "Uniform Act on commercial companies and economic interest groups"),
    ("OHADA", "Acte uniforme relatif au droit des sociétés coopératives", 2010, "Uniform Act on cooperative societies"),
    ("OHADA", "Acte uniforme portant sur le droit commercial général", 2010, None),
    ("BCEAO", "Instruction n° 008-05-2015 régissant les conditions et modalités d'exercice des activités des émetteurs de monnaie électronique dans les États membres de l'UMOA", 2015, None),
    ("Commission de l'UEMOA", "Règlement n° 15/2002/CM/UEMOA relatif aux systèmes de paiement dans les États membres de l'UEMOA", 2002, "Regulation no. 15/2002/CM/UEMOA on payment systems"),
    ("Commission de l'UEMOA", "Directive n° 02/2002/CM/UEMOA relative à la coopération entre la Commission et les structures nationales de concurrence", 2002, None),
]  # fmt: skip
_PRESS = ["Jeune Afrique", "Le Monde Afrique", "RFI", "BBC Afrique", "Financial Afrik", "Agence Ecofin", "Fraternité Matin",
          "Le Soleil", "Sidwaya", "L'Observateur Paalga", "Lefaso.net", "Abidjan.net", "Seneweb", "Dakaractu", "L'Essor",
          "La Nouvelle Tribune", "The Africa Report", "Financial Times", "Reuters", "Bloomberg", "TechCabal",
          "Quartz Africa", "Les Échos", "Le Figaro", "Agence de Presse Sénégalaise (APS)", "Agence Ivoirienne de Presse (AIP)",
          "Linfodrome", "Le Quotidien", "Mali Web", "Guinéenews", "The Guardian"]  # fmt: skip
_RESEARCH = ["Kantar", "Ipsos", "GeoPoll", "Statista", "Euromonitor International", "GSMA Intelligence",
             "Mordor Intelligence", "Nielsen", "KPMG Afrique", "Deloitte Afrique francophone", "PwC Côte d'Ivoire"]  # fmt: skip
_JOURNALS = [
    "Revue Africaine de Management", "Revue Française de Gestion", "Recherche et Applications en Marketing", "Décisions Marketing",
    "Journal of African Business", "African Journal of Economic and Management Studies", "International Journal of Bank Marketing",
    "Journal of Consumer Marketing", "World Development", "Telecommunications Policy", "Revue Internationale des Sciences de Gestion",
    "Revue Ivoirienne des Sciences de Gestion", "Revue Sénégalaise de Gestion", "Management & Avenir", "Revue Gestion et Organisation",
    "Journal of Marketing", "Journal of International Marketing", "African Development Review", "Revue d'Économie du Développement",
    "Afrique Contemporaine", "Journal of Retailing and Consumer Services", "Information Technology for Development",
]  # fmt: skip
_PUBLISHERS = [("L'Harmattan", "Paris"), ("L'Harmattan Sénégal", "Dakar"), ("Karthala", "Paris"), ("Présence Africaine", "Paris"),
               ("Dunod", "Paris"), ("Pearson France", "Montreuil"), ("Vuibert", "Paris"), ("De Boeck Supérieur", "Louvain-la-Neuve"),
               ("Éditions EMS", "Caen"), ("Presses de l'Université Laval", "Québec"), ("NEI-CEDA", "Abidjan"), ("CODESRIA", "Dakar"),
               ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Palgrave Macmillan", "Cham"), ("Springer", "Cham"),
               ("Les Presses Universitaires de Ouagadougou", "Ouagadougou"), ("Éditions Jamana", "Bamako"), ("Gallimard", "Paris")]  # fmt: skip
_UNIVERSITIES = ["Université Cheikh Anta Diop", "Université Félix Houphouët-Boigny", "Université Joseph Ki-Zerbo",
                 "Université des Sciences Sociales et de Gestion de Bamako", "Université Gaston Berger",
                 "Université Alassane Ouattara", "Université Nazi Boni", "Université d'Abomey-Calavi", "Université de Lomé",
                 "Université Gamal Abdel Nasser de Conakry", "Université Iba Der Thiam de Thiès", "Université Paris-Dauphine",
                 "Université Jean Moulin Lyon 3", "Université libre de Bruxelles", "HEC Montréal", "Université du Québec à Montréal",
                 "CESAG", "Institut Supérieur de Management (ISM)", "University of Leeds"]  # fmt: skip
_GENRES = ["Thèse de doctorat en sciences de gestion", "Thèse de doctorat", "Mémoire de Master", "Mémoire de Master 2 en marketing",
           "PhD thesis", "MBA dissertation", "DBA thesis", "Mémoire de fin d'études (DESS)", "MSc dissertation"]  # fmt: skip

# ---------------------------------------------------------------------------------------------------- titles
# (French, English): a French title is given with its English in square brackets, as candidates are told to.
_TOPICS = [  # (French, English, sector): the sector picks a case that fits
    ("Le mobile money et l'inclusion financière des femmes rurales", "Mobile money and the financial inclusion of rural women", "money"),
    ("La fidélisation de la clientèle bancaire", "Customer loyalty in retail banking", "money"),
    ("Le marketing digital des PME", "Digital marketing in small firms", "any"),
    ("La confiance des consommateurs envers la monnaie électronique", "Consumer trust in electronic money", "money"),
    ("Les déterminants de l'adoption du paiement mobile", "The determinants of mobile payment adoption", "money"),
    ("La publicité en langues nationales", "Advertising in national languages", "any"),
    ("Le marketing des produits du karité", "Marketing shea products", "agri"),
    ("La valorisation locale de l'anacarde", "Adding value to cashew at home", "agri"),
    ("La stratégie de marque des brasseries", "Brand strategy in the brewing industry", "brew"),
    ("Les influenceurs et les jeunes consommateurs urbains", "Influencers and young urban consumers", "any"),
    ("La qualité de service dans le transport aérien", "Service quality in air transport", "air"),
    ("Le commerce de proximité face à la grande distribution", "Neighbourhood shops and the supermarkets", "retail"),
    ("La communication de crise des opérateurs de téléphonie", "Crisis communication by mobile operators", "telecom"),
    ("Le prix psychologique en zone FCFA", "Psychological pricing in the CFA franc zone", "retail"),
    ("La microfinance et l'entrepreneuriat féminin", "Microfinance and women's entrepreneurship", "money"),
    ("Les tontines et l'épargne informelle", "Tontines and informal saving", "money"),
    ("Le marketing religieux et les fêtes de Tabaski", "Religious marketing and the Tabaski festival", "any"),
    ("La certification équitable du cacao", "Fairtrade certification of cocoa", "agri"),
    ("L'image pays et le consommer local", "Country image and buying local", "any"),
    ("La relation client dans les banques panafricaines", "Customer relationships in pan-African banks", "money"),
    ("Le parrainage sportif et la Coupe d'Afrique des Nations", "Sports sponsorship and the Africa Cup of Nations", "brew"),
    ("Le bouche-à-oreille électronique sur WhatsApp", "Electronic word of mouth on WhatsApp", "any"),
    ("La portabilité des numéros et la fidélité des abonnés", "Number portability and subscriber loyalty", "telecom"),
]  # fmt: skip
# "le cas de ...": (French after "le cas", English, sector)
_CASES = [("d'Orange Money au Sénégal", "Orange Money in Senegal", "money"), ("de Wave à Dakar", "Wave in Dakar", "money"),
          ("de MTN MoMo en Côte d'Ivoire", "MTN MoMo in Côte d'Ivoire", "money"), ("de Coris Bank International", "Coris Bank International", "money"),
          ("de la microfinance au Mali", "microfinance in Mali", "money"), ("d'Ecobank au Togo", "Ecobank in Togo", "money"),
          ("de Moov Africa au Burkina Faso", "Moov Africa in Burkina Faso", "telecom"), ("de Free Sénégal", "Free Sénégal", "telecom"),
          ("de la filière anacarde à Bouaké", "the cashew sector in Bouaké", "agri"), ("des coopératives de karité de Léo", "the shea cooperatives of Léo", "agri"),
          ("des planteurs de cacao de Soubré", "the cocoa farmers of Soubré", "agri"), ("de la Solibra", "Solibra", "brew"), ("de Brakina", "Brakina", "brew"),
          ("d'Air Côte d'Ivoire", "Air Côte d'Ivoire", "air"), ("d'Air Sénégal", "Air Sénégal", "air"),
          ("des marchés de Cotonou", "the markets of Cotonou", "retail"), ("de Prosuma à Abidjan", "Prosuma in Abidjan", "retail"),
          ("de la ville de Thiès", "the city of Thiès", "any"), ("de la diaspora sénégalaise en France", "the Senegalese diaspora in France", "any"),
          ("des PME de Bamako", "small firms in Bamako", "any")]  # fmt: skip
_ENGLISH_TOPICS = ["mobile money adoption", "brand loyalty in retail banking", "fintech and the unbanked",
                   "digital advertising", "cocoa traceability", "shea butter exports", "beer marketing",
                   "airline service recovery", "diaspora remittances", "WhatsApp commerce", "psychological pricing",
                   "consumer ethnocentrism", "supermarket expansion", "informal retail", "mobile network quality",
                   "women-led cooperatives", "Islamic banking", "radio advertising", "agent banking", "sachet marketing"]  # fmt: skip
_LOCAL_TITLES = [  # Wolof and Bambara titles of posts, podcasts and campaigns, with English in square brackets
    ("Sunu xaalis, sunu kaddu", "Our money, our voice"), ("Xaalis ci telefon", "Money on the phone"),
    ("Ndank ndank", "Slowly, slowly"), ("Jërëjëf sunu kiliyaan yi", "Thank you to our customers"),
    ("Dalal ak jàmm", "Welcome"), ("Wari ni telefɔni", "Money and the phone"), ("Sugu ba", "The big market"),
    ("An ka taa", "Let's go"), ("Teranga ci business", "Teranga in business"),
]  # fmt: skip


def _place(name: str) -> str:
    """Where an organisation publishes, from its name."""
    keys = [(("Sénégal", "Sonatel", "SOBOA", "Kirène", "Patisen", "Laiterie", "Takku", "GFM", "Wave", "Wizall", "ARTP",
              "ANSD", "APIX", "CDP", "CODESRIA", "Patronat", "Annonceurs", "BCEAO", "Banque Centrale"), "Dakar"),
            (("Burkina", "Brakina", "Coris", "SOFITEX", "Léo", "Karité", "INSD", "UEMOA"), "Ouagadougou"),
            (("Mali", "INSTAT"), "Bamako"), (("Togo", "Ecobank Transnational", "Orabank"), "Lomé"), (("Bénin",), "Cotonou"),
            (("CFAO", "Canal+", "Cargill"), "Paris"), (("World Bank", "International Finance", "Afrobarometer"), "Washington, DC"), (("GSMA",), "London"),
            (("UNCTAD",), "Geneva"), (("Ferdi",), "Clermont-Ferrand"), (("Agence Française",), "Paris"), (("IPAR",), "Dakar"), (("FAO",), "Rome"), (("Global Shea",), "Accra"), (("Chartered Institute",), "Cookham")]  # fmt: skip
    for words, place in keys:
        if any(word in name for word in words):
            return place
    return "Abidjan"


def _domain(name: str) -> str:
    if any(word in name for word in ("BCEAO", "Banque Centrale", "UEMOA", "Union Économique")):
        return "money"
    if any(word in name for word in ("ARTP", "ARTCI", "ARCEP", "Numérique", "Données")):
        return "telecom"
    if any(word in name for word in ("Statistique", "INSTAT", "ANSD")):
        return "stats"
    return "dev"


class Blind144WorkFactory(WorkFactory):
    """The blind144 pool's works; see the module's docstring."""

    # The make() kinds and how often each is drawn; KINDS are the Work kinds they give.
    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "ebook": 3, "chapter": 6, "journal": 22, "thesis": 5, "conference": 3, "working-paper": 3,
             "company-web": 8, "company-report": 6, "body": 4, "regulator": 7, "law": 4, "market-research": 6,
             "news": 8, "news-unsigned": 3, "social": 3, "video": 2, "podcast": 2, "undated-web": 3}  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "legislation", "news", "social",
             "video", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 144 + 14401)
        self.dated_organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.08:
            particle, family, given = rng.choice(_EXPAT_PARTICLES if rng.random() < 0.4 else _AGOUDA)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.13:
            family, given = rng.choice(_WHOLE)
            return {"family": family, "given": given}
        if roll < 0.16:
            return {
                "family": rng.choice(_EPOUSE),
                "given": rng.choice(["Aminata", "Mariam", "Affoué", "Rasmata", "Fatou"]),
            }
        if roll < 0.18:
            family, given = rng.choice(_DIT)
            return {"family": family, "given": given}
        if roll < 0.32:
            if rng.random() < 0.5:
                fake = self.fakers["fr_FR"]
                family, given = fake.last_name(), fake.first_name()
                words = family.split()
                if len(words) > 1 and words[0].islower():
                    return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
                return {"family": family, "given": given}
            family, given = rng.choice(_EXPATS)
            return {"family": family, "given": given}
        families, givens = rng.choices(_GROUPS, weights=_GROUP_WEIGHTS)[0]
        family, given = rng.choice(families), rng.choice(givens)
        if rng.random() < 0.08:  # copied from a French form or a library record: the family name in capitals
            family = family.upper()
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        roll = self.rng.random()
        if roll < 0.5:
            name = self.rng.choice(_COMPANIES)
            return name, {"company"} | ({"abbreviation"} if "(" in name else set())
        if roll < 0.72:
            return self.rng.choice(_BODIES), {"trade-body"}
        return self.rng.choice(_GOVERNMENT), {"government"}

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        roll = self.rng.random()
        if roll < 0.03:
            return self.rng.randint(1980, 1994)
        if roll < 0.15:
            return self.rng.randint(1995, 2007)
        return self.rng.randint(2008, 2025)

    def _recent(self, record: dict[str, Any], full: bool = True) -> None:
        """Posts, videos, podcasts, news and company pages: the years of smartphones and social media."""
        year = self.rng.randint(2012, 2025)
        record["issued"] = {
            "date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if full else [year]]
        }

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        start = datetime.date(2022, 1, 1)
        if issued:
            start = max(start, datetime.date(issued[0], issued[1] if len(issued) > 1 else 12,
                                             issued[2] if len(issued) > 2 else 28))  # fmt: skip
        end = datetime.date(2025, 12, 28)
        if start > end:
            start = end
        day = start + datetime.timedelta(days=self.rng.randint(0, (end - start).days))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _dated(self, record: dict[str, Any], full: bool = False) -> list[int]:
        year = self.year()
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if full else [year]
        record["issued"] = {"date-parts": [parts]}
        return parts

    def _online(self, record: dict[str, Any], url: str, habit: float = 0.05) -> None:
        """A URL and, unless the candidate forgot it (rarely), the date it was read."""
        record["URL"] = url
        if self.rng.random() >= habit:
            issued = record.get("issued", {}).get("date-parts", [None])[0]
            record["accessed"] = self._accessed_after(issued)

    def _id(self) -> str:
        self.counter += 1
        return f"b144w{self.counter}"

    # ------------------------------------------------------------------ titles and addresses
    def _french(self, bracket: float = 0.7) -> str:
        fr, en, sector = self.rng.choice(_TOPICS)
        case_fr, case_en, _ = self.rng.choice([c for c in _CASES if sector in ("any", c[2]) or c[2] == "any"])
        form = self.rng.randrange(4)
        if form == 0:
            title, english = f"{fr} : le cas {case_fr}", f"{en}: the case of {case_en}"
        elif form == 1:
            title, english = f"{fr} en Afrique de l'Ouest", f"{en} in West Africa"
        elif form == 2:
            city = self.rng.choice(
                ["Dakar", "Abidjan", "Ouagadougou", "Bamako", "Lomé", "Cotonou", "Conakry", "Bouaké", "Thiès"]
            )
            title, english = f"{fr} : une étude empirique à {city}", f"{en}: an empirical study in {city}"
        else:
            title, english = fr, en
        return f"{title} [{english}]" if self.rng.random() < bracket else title

    def _english(self) -> str:
        topic = self.rng.choice(_ENGLISH_TOPICS)
        place = self.rng.choice(["Senegal", "Côte d'Ivoire", "Mali", "Burkina Faso", "Guinea", "Togo", "Benin",
                                 "francophone West Africa", "the WAEMU", "sub-Saharan Africa"])  # fmt: skip
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Understanding {topic}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and customer trust: a study of {place}",
                 f"What drives {topic}? Survey evidence from {place}", f"Rethinking {topic} in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _title(self) -> str:
        return self._french() if self.rng.random() < 0.55 else self._english()

    def _url(self, host: str) -> str:
        slug = self.fakers["fr_FR"].slug() if self.rng.random() < 0.7 else self.fakers["en_GB"].slug()
        return f"https://www.{host}/{slug}"

    @staticmethod
    def _host(name: str) -> str:
        base = name.split(" (")[0].lower()
        for accented, plain in (
            ("é", "e"),
            ("è", "e"),
            ("ê", "e"),
            ("ô", "o"),
            ("ï", "i"),
            ("'", ""),
            ("’", ""),
            ("–", ""),
        ):
            base = base.replace(accented, plain)
        if "." in base:
            return base.split()[0]
        return "".join(base.split()[:2]) + (
            ".sn" if "sénégal" in name.lower() else ".ci" if "ivoire" in name.lower() else ".com"
        )

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation already drawn, in the same year (BCEAO 2019a and 2019b).
        pairable = kind in ("web", "report") and not tags & {"market-research", "legislation"}
        same = [drawn for drawn in self.dated_organisations if drawn[1] == tags]  # a regulator with a regulator
        if pairable and same and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
            if str(record.get("URL", "")).startswith("https://www."):
                record["URL"] = f"https://www.{self._host(name)}/{record['URL'].split('/', 3)[-1]}"
        if pairable and "issued" in record:
            self.dated_organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        french = publisher not in ("Pearson", "Routledge", "Palgrave Macmillan", "Springer")
        title = self._french(0.6) if french and self.rng.random() < 0.75 else self._english()
        if self.rng.random() < 0.2:
            title = self.rng.choice(["Marketing management", "Le marketing stratégique", "Mercator : tout le marketing à l'ère digitale",
                                     "Comportement du consommateur", "Marketing des services", "Principles of marketing",
                                     "Le marketing en Afrique [Marketing in Africa]", "Gestion de la relation client"])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4), "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 13))
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        work.record["medium"] = self.rng.choice(["Kindle", "e-book", "Cairn.info", "Google Books"])
        if work.record["medium"] == "Cairn.info" or (work.record["medium"] == "e-book" and self.rng.random() < 0.5):
            self._online(
                work.record, f"https://www.cairn.info/{self.fakers['fr_FR'].slug()}--{self.rng.randint(1000, 9999)}.htm"
            )
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        editors = [self.person() for _ in range(self.rng.randint(1, 3))]
        container = self.rng.choice(["Le marketing en Afrique", "Entrepreneuriat et PME en Afrique de l'Ouest",
                                     "The Routledge handbook of African marketing", "Mobile money in Africa",
                                     "Les économies de l'UEMOA", "Consumer behaviour in Africa",
                                     "Banques et finance en Afrique francophone"])  # fmt: skip
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3), "editor": editors,
                                  "container-title": container, "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(10, 35)}"}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 60)),
                                  "page": f"{start}-{start + self.rng.randint(8, 30)}"}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issue"] = str(self.rng.randint(1, 6))
        self._dated(record)
        roll = self.rng.random()
        if roll < 0.4:
            record["DOI"] = (
                f"10.{self.rng.choice([3917, 1108, 1016, 1080, 1177])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(100, 99999)}"
            )
        elif roll < 0.55:
            self._online(record, f"https://www.cairn.info/revue-{self.fakers['fr_FR'].slug()}.htm")
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._french(0.8) if self.rng.random() < 0.8 else self._english(),
                                  "author": [self.person()], "genre": self.rng.choice(_GENRES), "publisher": university}  # fmt: skip
        record["issued"] = {"date-parts": [[self.rng.randint(2005, 2025)]]}
        if self.rng.random() < 0.4:
            self._online(record, f"https://theses.hal.science/tel-0{self.rng.randint(1000000, 4999999)}")
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        place = self.rng.choice(["Dakar", "Abidjan", "Ouagadougou", "Lomé", "Cotonou", "Bamako", "Paris", "Montréal"])
        event = self.rng.choice(["Colloque international de l'AIMS", "Congrès de l'Association Française du Marketing",
                                 "Africa Business and Entrepreneurship Research Conference", "Colloque du CODESRIA",
                                 "Journées scientifiques du CAMES", "Academy of International Business Sub-Saharan Africa Chapter"])  # fmt: skip
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"Actes du {event}" if event.startswith(("Colloque", "Congrès")) else f"Actes des {event}" if event.startswith("Journées") else f"Proceedings of the {event}",
                                  "event-place": place, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.6:
            start = self.rng.randint(1, 400)
            record["page"] = f"{start}-{start + self.rng.randint(6, 18)}"
        self._dated(record)
        return self._person_work(record, "conference")

    def _working_paper(self) -> Work:
        publisher = self.rng.choice(["BCEAO", "Banque Africaine de Développement", "CODESRIA", "Ferdi", "IPAR", "CIRES",
                                     "Agence Française de Développement", "World Bank"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3), "publisher": publisher,
                                  "publisher-place": _place(publisher),
                                  "genre": self.rng.choice(["Document de travail", "Working paper", "Policy brief", "Note d'analyse"]),
                                  "number": str(self.rng.randint(1, 140))}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.6:
            self._online(record, self._url(self._host(publisher)))
        return self._person_work(record, "report")

    def _company_web(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        page = self.rng.choice(["Nos tarifs [Our fees]", "À propos de nous [About us]", "Notre histoire", "Nos engagements RSE [Our CSR commitments]",
                                "Envoyer de l'argent [Send money]", "Programme de fidélité", "Our brands", "Press release: new app launch",
                                "Communiqué de presse", "Nos produits", "Careers", "Ouvrir un compte en ligne [Open an account online]"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": page}
        if self.rng.random() < 0.7:
            self._recent(record, full=False)
        self._online(record, self._url(self._host(name)), habit=0.08)
        return self._org_work(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        name = self.rng.choice(_COMPANIES + _BODIES[:6])
        year = self.year()
        title = self.rng.choice([f"Rapport annuel {year}", f"Annual report {year}", f"Rapport de développement durable {year}",
                                 f"Document de référence {year}", f"Integrated report {year}", f"Rapport RSE {year}",
                                 self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": _place(name),
                                  "issued": {"date-parts": [[min(year + 1, 2025)]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            self._online(record, self._url(self._host(name)))
        return self._org_work(record, "report", name, {"company"})

    def _body(self) -> Work:
        name = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title()}
        if self.rng.random() < 0.35 and name in ("GSMA", "Afrobarometer"):
            record["title"] = self.rng.choice(["The Mobile Economy: Sub-Saharan Africa 2023", "State of the Industry Report on Mobile Money 2022",
                                               "Afrobarometer Round 9: summary of results for Senegal, 2022",
                                               "Mobile money and women in West Africa"])  # fmt: skip
        self._dated(record)
        self._online(record, self._url(self._host(name)))
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"trade-body"})

    def _regulator(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        year = self.year()
        domain = _domain(name)
        titles = {
            "money": [
                f"Rapport sur la situation de l'inclusion financière dans l'UEMOA en {year}",
                "Rapport sur les services financiers numériques dans l'UEMOA [Report on digital financial services in the WAEMU]",
                f"Rapport annuel de la Commission bancaire {year}",
                f"Bulletin mensuel de statistiques : décembre {year}",
            ],
            "telecom": [
                f"Observatoire du marché de la téléphonie mobile : T{self.rng.randint(1, 4)} {year}",
                f"Rapport annuel {year}",
                "Enquête de satisfaction des consommateurs des services de télécommunications",
                f"Tableau de bord des services mobiles {year} [Mobile services dashboard {year}]",
            ],
            "stats": [
                f"Enquête harmonisée sur les conditions de vie des ménages {year}",
                f"Annuaire statistique {year}",
                f"Note trimestrielle sur les prix à la consommation : T{self.rng.randint(1, 4)} {year}",
                "Recensement général de la population et de l'habitat : résultats définitifs",
            ],
            "dev": [
                f"{self._english()}",
                f"Doing business in West Africa {year}",
                f"Global Findex Database {year}",
                f"Perspectives économiques en Afrique {year} [African economic outlook {year}]",
            ],
        }[domain] + [self._title()]
        title = self.rng.choice(titles)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[min(year + self.rng.randint(0, 1), 2025)]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = _place(name)
        if self.rng.random() < 0.8:
            self._online(record, self._url(self._host(name)))
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _law(self) -> Work:
        author, title, year, english = self.rng.choice(_LAWS)
        if english and self.rng.random() < 0.6:
            title = f"{title} [{english}]"
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.6:
            hosts = {"OHADA": "ohada.org", "BCEAO": "bceao.int", "Commission de l'UEMOA": "uemoa.int",
                     "République de Côte d'Ivoire": "sgg.gouv.ci", "République du Sénégal": "jo.gouv.sn",
                     "Burkina Faso": "sgg.gov.bf", "République du Mali": "sgg-mali.ml", "République de Guinée": "sgg.gov.gn",
                     "République Togolaise": "jo.gouv.tg", "République du Bénin": "sgg.gouv.bj"}  # fmt: skip
            host = hosts[author]
            self._online(record, f"https://www.{host}/{self.fakers['fr_FR'].slug()}")
        return self._org_work(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2012, 2025)
        country = self.rng.choice(
            ["Côte d'Ivoire", "Senegal", "Mali", "Burkina Faso", "Guinea", "Togo", "Benin", "West Africa", "the WAEMU"]
        )
        market = self.rng.choice(["Beer", "Mobile money", "Mobile telecoms", "Soft drinks", "Cocoa and chocolate", "Retail banking",
                                  "Air travel", "Skin care", "Bouillon cubes", "E-commerce", "Pay TV", "Bottled water"])  # fmt: skip
        title = self.rng.choice([f"{market} in {country} {year}", f"{market} in {country}: market report {year}",
                                 f"{country} {market.lower()} market: size, share and forecast {year}-{year + 5}",
                                 f"Number of {market.lower()} users in {country} from {year - 5} to {year}",
                                 f"Baromètre {market.lower()} {country} {year}", f"{market} - {country} - country report {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name}
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, self._url(self._host(name)))
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "author": self._people(2),
                                  "container-title": press.split(" (")[0]}  # fmt: skip
        self._recent(record)
        if self.rng.random() < 0.85:
            self._online(record, self._url(self._host(press)))
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper",
            "title": self._news_title(),
            "container-title": press.split(" (")[0],
        }
        self._recent(record)
        self._online(record, self._url(self._host(press)))
        return self._org_work(record, "news", press, {"press"})

    def _news_title(self) -> str:
        money = self.rng.choice(["Wave", "Orange Money", "MTN MoMo", "Moov Money", "Ecobank", "Coris Bank", "Djamo"])
        other = self.rng.choice(
            ["Solibra", "Brakina", "Air Sénégal", "Air Côte d'Ivoire", "Jumia", "Carrefour", "Free", "Auchan"]
        )
        return self.rng.choice([
            f"{money} baisse ses tarifs de transfert [{money} cuts its transfer fees]",
            f"{other} : une nouvelle campagne pour la Tabaski", f"How {money} won over young consumers",
            f"Cacao : le prix bord champ fixé à {self.rng.choice(['1 000', '1 500', '1 800', '2 200'])} FCFA le kilo",
            f"Mobile money: {money} faces a price war", "« Nous voulons être la banque de tous les Africains »",
            f"{other} lance son offre au Burkina Faso", "Tabaski : les ventes de moutons en hausse à Dakar",
            f"The CFA franc at {self.rng.randint(70, 80)}: what next?", "Korité : les opérateurs misent sur les bonus",
            "FESPACO : les marques à l'écran [FESPACO: brands on screen]", f"{other}, sponsor officiel de la CAN",
            f"Anacarde : {self.rng.choice(['Bouaké', 'Korhogo', 'Odienné'])} mise sur la transformation locale",
            f"{money} and the battle for Senegal's wallets", f"Why {other} is betting on young Ivorians",
        ])  # fmt: skip

    def _social(self) -> Work:
        name = self.rng.choice(["Orange Sénégal", "Orange Côte d'Ivoire", "MTN Côte d'Ivoire", "Wave", "Moov Africa Burkina",
                                "Free Sénégal", "Solibra", "Air Sénégal SA", "Ecobank Côte d'Ivoire", "Jumia Côte d'Ivoire"])  # fmt: skip
        platform = self.rng.choice(["Facebook", "Instagram", "X", "LinkedIn", "TikTok"])
        local, english = self.rng.choice(_LOCAL_TITLES)
        record: dict[str, Any] = {"type": "post", "container-title": platform}
        self._recent(record)
        text = self.rng.choice([f"Bonne fête de Tabaski à tous ! #Tabaski{record['issued']['date-parts'][0][0]}",
                                f"{local} [{english}]", "Korité Mubarak à toute la communauté",
                                "Joyeuse fête de l'Indépendance, Côte d'Ivoire !", f"{local} ! Rechargez et gagnez",
                                "Nouveau : transferts gratuits vers la diaspora", "Le FESPACO commence aujourd'hui"])  # fmt: skip
        record["title"] = text
        self._online(
            record,
            f"https://www.{platform.lower()}.com/{self._host(name).split('.')[0]}/posts/{self.rng.randint(10**8, 10**9)}",
        )
        if self.rng.random() < 0.25:  # an influencer's post
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        return self._org_work(record, "social", name, {"company"})

    def _video(self) -> Work:
        name = self.rng.choice(["Wave", "Orange Côte d'Ivoire", "Sonatel", "Solibra", "Brakina", "RTI", "RTS",
                                "Marodi TV", "Canal+ Afrique", "TV5Monde"])  # fmt: skip
        title = self.rng.choice(["Publicité Wave – « Envoyer de l'argent, c'est gratuit » [Wave advert – 'Sending money is free']",
                                 "Spot TV Tabaski", "Le mobile money expliqué [Mobile money explained]", "Making of : campagne Bock",
                                 "Reportage : la filière karité au Burkina Faso", "Interview du directeur marketing",
                                 f"{self.rng.choice(_LOCAL_TITLES)[0]} – spot officiel"])  # fmt: skip
        record: dict[str, Any] = {"type": "motion_picture", "title": title, "medium": "YouTube video"}
        self._recent(record)
        self._online(record, f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}")
        return self._org_work(record, "video", name, {"company"})

    def _podcast(self) -> Work:
        show = self.rng.choice(["Le Marketing en Wolof", "Business Afrique", "Tech & Co Afrique", "Afrique Économie",
                                "Dakar Startup Talk", "Le Podcast du Marketeur Ivoirien"])  # fmt: skip
        record: dict[str, Any] = {"type": "song", "title": f"Épisode {self.rng.randint(1, 120)} : {(topic := self.rng.choice(_TOPICS)[0])[0].lower()}{topic[1:]}",
                                  "container-title": show, "medium": "Podcast", "author": self._people(2)}  # fmt: skip
        self._recent(record)
        self._online(record, f"https://podcasts.apple.com/fr/podcast/{self.fakers['fr_FR'].slug()}")
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        if self.rng.random() < 0.2:  # a blog post with a Wolof or Bambara title
            local, english = self.rng.choice(_LOCAL_TITLES)
            record["title"] = f"{local} [{english}] : {self.rng.choice(_TOPICS)[0].lower()}"
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            self._online(
                record,
                self._url(self.rng.choice(["medium.com", "linkedin.com/pulse", "blog-marketing-afrique.com"])),
                habit=0.1,
            )
            return self._person_work(record, "web")
        name, tags = self.organisation()
        self._online(record, self._url(self._host(name)), habit=0.1)
        return self._org_work(record, "web", name, tags | {"undated"})
