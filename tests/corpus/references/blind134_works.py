"""Works for the blind134 pool (HELD OUT): what marketers in Romania and Moldova and their diaspora cite.

Candidates at banks and fintechs (Banca Transilvania, BCR, BRD, Revolut Romania, maib, Moldindconbank), telecoms
(Orange, Vodafone, Digi, Moldcell), retailers and e-commerce (eMAG, Dedeman, Altex, Kaufland, Linella), food and drink
makers (Dorna, Napolact, Ursus, Purcari, Cricova), Dacia, IT outsourcers, media houses and agencies in Bucharest,
Cluj-Napoca, Iași, Timișoara, Brașov, Constanța, Chișinău and Bălți, and in Madrid, Rome, Turin, London and Paris,
cite Romanian and international textbooks and e-books, chapters, journal articles with up to eight authors,
theses from ASE, Babeș-Bolyai, SNSPA, UAIC and ASEM, conference papers (ICBE, BASIQ, Strategica), company pages and
reports (SA, SRL, S.R.L., SC ... SRL, Î.M., B.C. „...” S.A.), trade bodies, regulators (BNR, ANCOM, ANPC, ASF, INS,
the National Bank of Moldova, ANRCETI), laws and ordinances ("Legea nr. 506/2004", "OUG nr. 34/2014", Moldovan
"Legea nr. 133/2011") with their Monitorul Oficial, research firms (GfK, iSense, Magenta), the Romanian, Moldovan and
diaspora press signed and unsigned, social posts, videos and podcasts. Names: Romanian and Moldovan names with ș, ț,
ă, â and î, without their diacritics and with the old cedilla forms (ş, ţ), â/î spelling variants (Sârbu/Sîrbu),
hyphenated compound surnames and given names, Hungarian names from Transylvania (now and then stored family name
first, so that the given name is filed as the surname), Roma, German and Lipovan names, Russian and Gagauz names in
Moldova with patronymics in two transliterations, and expatriate co-authors.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------------------------------------- names
_RO_GIVEN = ["Andreea", "Ioana", "Elena", "Mihaela", "Alexandra", "Cristina", "Raluca", "Oana", "Simona", "Mădălina",
             "Irina", "Bianca", "Ștefania", "Roxana", "Diana", "Alina", "Georgiana", "Anca", "Corina", "Teodora",
             "Adina", "Loredana", "Iulia", "Daniela", "Andrei", "Mihai", "Alexandru", "Ștefan", "Radu", "Bogdan",
             "Cătălin", "Răzvan", "Ionuț", "Florin", "Vlad", "Dragoș", "Sorin", "Gheorghe", "Costin", "Tudor", "Călin",
             "Marius", "Cosmin", "Dan", "Ovidiu", "Liviu", "Horia", "Petru", "Ana-Maria", "Ioana-Alexandra",
             "Maria-Magdalena", "Mihai-Cristian", "Andrei-Florin", "Laura-Elena"]  # fmt: skip
_RO_FAMILY = ["Popescu", "Ionescu", "Popa", "Dumitrescu", "Stan", "Stoica", "Gheorghiu", "Munteanu", "Constantinescu",
              "Marinescu", "Radu", "Diaconu", "Niculescu", "Țăranu", "Ștefănescu", "Bălan", "Căpraru", "Vlădescu",
              "Moldovan", "Mureșan", "Rădulescu", "Șerban", "Nistor", "Năstase", "Georgescu", "Lăzărescu", "Dragomir",
              "Buzatu", "Ene", "Oprea", "Iordache", "Toma", "Zamfir", "Petrescu", "Florea", "Chiriac", "Tănase",
              "Dobre", "Vasilescu", "Crăciun", "Pașca", "Mănescu", "Bădescu", "Ciocîrlan", "Todoran", "Pop", "Rus",
              "Mocanu", "Cozma", "Anghel", "Țurlea", "Vrânceanu", "Hârțescu", "Ștețco"]  # fmt: skip
# â and î: the same name spelt before and after the 1993 reform, as authors themselves keep it
_A_I_VARIANTS = [("Sârbu", "Sîrbu"), ("Pârvu", "Pîrvu"), ("Cârstea", "Cîrstea"), ("Vâlcu", "Vîlcu"),
                 ("Mândru", "Mîndru"), ("Câmpeanu", "Cîmpeanu"), ("Brânzei", "Brînzei"), ("Hâncu", "Hîncu")]  # fmt: skip
_HYPHENATED = ["Popescu-Tăriceanu", "Negulescu-Barbu", "Stan-Ionescu", "Dumitrescu-Busuioc", "Pop-Săcăleanu",
               "Ionescu-Sisești", "Rusu-Ciobanu", "Mureșan-Pop", "Marin-Pantelescu", "Vasiliu-Feier",
               "Nicolau-Bran", "Chiriac-Grosu"]  # fmt: skip
_MD_GIVEN = ["Ion", "Vasile", "Dumitru", "Veaceslav", "Sergiu", "Igor", "Natalia", "Tatiana", "Olesea", "Svetlana",
             "Corneliu", "Victoria", "Iurie", "Eugeniu", "Doina", "Lilia", "Nadejda", "Valentina", "Ghenadie",
             "Cristina", "Marcel", "Angela", "Stela", "Octavian", "Mariana"]  # fmt: skip
_MD_FAMILY = ["Ciobanu", "Rusu", "Cebotari", "Ceban", "Țurcan", "Lupu", "Guțu", "Croitoru", "Bostan", "Cojocaru",
              "Plămădeală", "Botnari", "Grosu", "Bivol", "Roșca", "Moraru", "Chirtoacă", "Cazacu", "Bulgaru",
              "Postolache", "Chistruga", "Sandu", "Prisăcaru", "Ursachi", "Cușnir", "Țîcu", "Ungureanu"]  # fmt: skip
# Russian, Ukrainian and Gagauz names in Moldova: the patronymic in the given name, in a Romanian and an English
# transliteration ("Serghei Vasilievici", "Sergey Vasilyevich"), and the family name likewise (Kuznețov, Kuznetsov).
_RU_NAMES = [("Ivanov", "Serghei Vasilievici"), ("Ivanov", "Sergey Vasilyevich"), ("Ivanova", "Natalia Ivanovna"),
             ("Petrov", "Vladimir Nicolaevici"), ("Petrov", "Vladimir Nikolayevich"), ("Kuznețov", "Dmitrii Igorevici"),
             ("Kuznetsov", "Dmitry Igorevich"), ("Cuznețova", "Olga Alexandrovna"), ("Smirnova", "Elena Petrovna"),
             ("Popov", "Alexei Mihailovici"), ("Volkova", "Irina Vladimirovna"), ("Babenko", "Oksana Viktorivna"),
             ("Morozov", "Andrei Pavlovici"), ("Lebedeva", "Svetlana Nikolaevna"), ("Ianioglo", "Maria Fiodorovna"),
             ("Gaidarji", "Ivan Petrovici"), ("Caraman", "Liudmila"), ("Topal", "Constantin"), ("Chiosea", "Vitalie"),
             ("Dobrovolschi", "Anatolie"), ("Șevcenco", "Iulia Anatolievna"), ("Shevchenko", "Yulia Anatolyevna")]  # fmt: skip
_HU_NAMES = [("Kovács", "Zoltán"), ("Szabó", "Csaba"), ("Nagy", "Levente"), ("Tóth", "Enikő"), ("Fekete", "Réka"),
             ("Székely", "Attila"), ("Bíró", "Tünde"), ("Lőrincz", "Ildikó"), ("Kiss", "Orsolya"), ("Fazakas", "Botond"),
             ("Szőcs", "Katalin"), ("Bartha", "Hunor"), ("Gál", "Gyöngyi"), ("Molnár", "Ágnes"), ("Kelemen", "Előd"),
             ("Vass", "Boglárka"), ("Bodó", "Barna"), ("Pál", "Emőke")]  # fmt: skip
_ROMA_NAMES = [("Rostaș", "Delia"), ("Lăcătuș", "Marian"), ("Ciurar", "Florin"), ("Căldărar", "Nicoleta"),
               ("Spoitoru", "Gelu"), ("Lăutaru", "Ciprian"), ("Zlătaru", "Cristinel"), ("Rădița", "Elvira")]  # fmt: skip
_DE_NAMES = [("Schuster", "Hans"), ("Binder", "Gerhild"), ("Roth", "Ortwin"), ("Krauss", "Annemarie"),
             ("Fabritius", "Dieter"), ("Schlattner", "Ingrid"), ("Wagner", "Klaus"), ("Hienz", "Sieglinde"),
             ("Weber", "Uwe"), ("Müller-Langenthal", "Brigitte")]  # fmt: skip
_LIPOVAN_NAMES = [("Ivanov", "Fedor"), ("Fedot", "Evdochia"), ("Simionov", "Nichita"), ("Filat", "Agafia"),
                  ("Danilov", "Silvestru"), ("Afanasie", "Anisia"), ("Nichifor", "Tit"), ("Andreev", "Feodosie"),
                  ("Kirilov", "Elisei"), ("Agafonov", "Marfa")]  # fmt: skip
_FOREIGN_LOCALES = ["en_GB", "en_GB", "en_US", "it_IT", "es_ES", "fr_FR", "de_DE"]
_PARTICLE_NAMES = [("de la", "Fuente", "Marta"), ("di", "Stefano", "Luca"), ("van der", "Berg", "Eva"),
                   ("de", "Luca", "Chiara"), ("del", "Río", "Javier"), ("le", "Goff", "Sébastien")]  # fmt: skip

_COMMA = str.maketrans({"ș": "ş", "Ș": "Ş", "ț": "ţ", "Ț": "Ţ"})
_BARE = str.maketrans({"ș": "s", "Ș": "S", "ț": "t", "Ț": "T", "ş": "s", "Ş": "S", "ţ": "t", "Ţ": "T", "ă": "a",
                       "Ă": "A", "â": "a", "Â": "A", "î": "i", "Î": "I"})  # fmt: skip

# ---------------------------------------------------------------------------------------------------- works' parts
_TOPICS = [
    ("marketingul digital în sectorul bancar", "digital marketing in the banking sector"),
    ("loialitatea clienților în retailul online", "customer loyalty in online retail"),
    ("comportamentul consumatorului tânăr", "young consumers' behaviour"),
    ("plățile mobile și aplicațiile bancare", "mobile payments and banking apps"),
    ("marketingul prin influenceri pe Instagram și TikTok", "influencer marketing on Instagram and TikTok"),
    ("imaginea de marcă a vinurilor moldovenești", "the brand image of Moldovan wines"),
    ("comerțul electronic în timpul pandemiei", "e-commerce during the pandemic"),
    ("etnocentrismul consumatorilor români", "Romanian consumers' ethnocentrism"),
    ("marketingul de conținut în IMM-uri", "content marketing in SMEs"),
    ("încrederea în băncile digitale", "trust in digital banks"),
    ("strategiile de preț în telecomunicații", "pricing strategies in telecommunications"),
    ("brandurile românești de lactate", "Romanian dairy brands"),
    ("diaspora și remitențele", "the diaspora and remittances"),
    ("campaniile de Black Friday", "Black Friday campaigns"),
    ("marketingul automobilelor electrice", "marketing electric cars"),
    ("responsabilitatea socială corporativă", "corporate social responsibility"),
    ("turismul rural în Bucovina și Maramureș", "rural tourism in Bucovina and Maramureș"),
    ("protecția datelor și consimțământul", "data protection and consent"),
]  # fmt: skip
_EN_TOPICS = ["digital banking adoption", "brand loyalty", "omnichannel retail", "influencer marketing",
              "mobile payments", "country-of-origin effects", "consumer ethnocentrism", "e-commerce logistics",
              "wine tourism", "customer experience", "fintech trust", "private labels", "Black Friday shopping",
              "social media engagement", "green claims", "diaspora marketing", "telecom churn", "IT outsourcing brands",
              "employer branding", "cause-related marketing"]  # fmt: skip
_PLACES = ["Romania", "the Republic of Moldova", "Moldova", "Eastern Europe", "Central and Eastern Europe",
           "Transylvania", "Bucharest", "Chișinău", "the Romanian diaspora in Italy and Spain", "emerging markets"]  # fmt: skip
_PUBLISHERS = [("Polirom", "Iași"), ("Humanitas", "București"), ("Editura ASE", "București"),
               ("Editura Economică", "București"), ("Editura Universitară", "București"),
               ("Presa Universitară Clujeană", "Cluj-Napoca"), ("Editura Universității „Alexandru Ioan Cuza”", "Iași"),
               ("C.H. Beck", "București"), ("Editura ASEM", "Chișinău"), ("Cartier", "Chișinău"),
               ("Editura Mirton", "Timișoara"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"),
               ("Kogan Page", "London"), ("Palgrave Macmillan", "Cham"), ("Springer", "Cham"),
               ("Emerald Publishing", "Bingley"), ("Wiley", "Hoboken, NJ")]  # fmt: skip
_JOURNALS = ["Management & Marketing. Challenges for the Knowledge Society", "Amfiteatru Economic",
             "Romanian Journal of Marketing", "Studia Universitatis Babeș-Bolyai Negotia",
             "Economic Computation and Economic Cybernetics Studies and Research",
             "Journal of Business Economics and Management", "Economie și Sociologie / Economy and Sociology",
             "Economica", "Journal of Research in Interactive Marketing", "Sustainability",
             "Journal of Retailing and Consumer Services", "Eastern European Economics",
             "Studies in Business and Economics", "The Annals of the University of Oradea. Economic Sciences",
             "Review of Economic and Business Studies", "Revista Română de Marketing", "Oeconomica",
             "Journal of East European Management Studies", "Central European Business Review",
             "International Journal of Bank Marketing"]  # fmt: skip
_UNIVERSITIES = ["Academia de Studii Economice din București", "Bucharest University of Economic Studies",
                 "Universitatea Babeș-Bolyai", "Babeș-Bolyai University", "SNSPA", "National University of Political "
                 "Studies and Public Administration (SNSPA)", "Academia de Studii Economice a Moldovei",
                 "Academy of Economic Studies of Moldova", "Universitatea „Alexandru Ioan Cuza” din Iași",
                 "West University of Timișoara", "Universitatea Transilvania din Brașov", "Universitatea Ovidius din Constanța",
                 "Universitatea de Stat „Alecu Russo” din Bălți", "University of Turin", "Universidad Complutense de Madrid",
                 "Kingston University London"]  # fmt: skip
_THESIS_GENRES = ["PhD thesis", "Teză de doctorat [Doctoral thesis]", "MBA dissertation", "MSc dissertation",
                  "Lucrare de disertație [Master's dissertation]", "Teză de master [Master's thesis]",
                  "Unpublished MBA dissertation", "Doctoral thesis"]  # fmt: skip
_CONFERENCES = [("Proceedings of the International Conference on Business Excellence", "Bucharest", "ICBE"),
                ("New Trends in Sustainable Business and Consumption", "Bucharest", "BASIQ"),
                ("Strategica: Shaping the Future of Business and Economy", "Bucharest", "Strategica"),
                ("Emerging Markets Economics and Business", "Oradea", "EMEB"),
                ("Competitivitatea și inovarea în economia cunoașterii [Competitiveness and innovation in the knowledge economy]", "Chișinău", "ASEM"),
                ("Proceedings of the European Marketing Academy Conference", "Madrid", "EMAC")]  # fmt: skip

# Companies, as candidates write them as authors: brand names, legal forms with and without dots, Moldovan Î.M.
# and B.C. with Romanian „ ” inside the name, lower-case brands.
_COMPANIES = [
    ("Banca Transilvania", {"company"}), ("Banca Transilvania S.A.", {"company", "legal-form"}),
    ("BCR", {"company", "acronym"}), ("Banca Comercială Română", {"company"}), ("BRD - Groupe Société Générale", {"company"}),
    ("Revolut", {"company"}), ("maib", {"company", "lowercase"}), ("B.C. „Moldova-Agroindbank” S.A.", {"company", "quotes"}),
    ("Moldindconbank", {"company"}), ("B.C. „Moldindconbank” S.A.", {"company", "quotes"}),
    ("Orange România", {"company"}), ("Orange Moldova", {"company"}), ("Vodafone România", {"company"}),
    ("Digi Communications N.V.", {"company"}), ("Moldcell", {"company"}), ("eMAG", {"company", "lowercase"}),
    ("Dante International SA", {"company", "legal-form"}), ("Dedeman SRL", {"company", "legal-form"}),
    ("Altex România SRL", {"company", "legal-form"}), ("Kaufland România", {"company"}),
    ("Î.M. „Linella” S.R.L.", {"company", "quotes"}), ("Linella", {"company"}), ("Ursus Breweries SA", {"company"}),
    ("Purcari Wineries", {"company"}), ("Î.S. „Combinatul de Vinuri Cricova”", {"company", "quotes"}),
    ("Cricova", {"company"}), ("Automobile Dacia SA", {"company"}), ("Dacia", {"company"}), ("Napolact", {"company"}),
    ("FrieslandCampina România", {"company"}), ("Coca-Cola HBC România", {"company"}), ("Endava", {"company"}),
    ("Bitdefender", {"company"}), ("UiPath", {"company"}), ("Pro TV", {"company"}), ("SC Fan Courier Express SRL", {"company"}),
    ("Publicis Groupe Romania", {"company"}), ("McCann Bucharest", {"company"}), ("Graffiti BBDO", {"company"}),
]  # fmt: skip
_TRADE_BODIES = [
    ("Asociația Română a Băncilor (ARB)", {"trade-body", "abbreviation"}), ("IAB România", {"trade-body"}),
    ("Asociația Română de Marketing Direct (ARMAD)", {"trade-body", "abbreviation"}),
    ("Camera de Comerț și Industrie a României (CCIR)", {"trade-body", "abbreviation"}),
    ("Consiliul Român pentru Publicitate (RAC)", {"trade-body", "abbreviation"}), ("AmCham Romania", {"trade-body"}),
    ("AmCham Moldova", {"trade-body"}), ("Asociația Băncilor din Moldova", {"trade-body"}),
    ("Asociația Berarilor din România", {"trade-body"}), ("Foreign Investors Council", {"trade-body"}),
    ("ANIS - Asociația Patronală a Industriei de Software și Servicii", {"trade-body"}),
    ("Asociația Română a Agențiilor de Publicitate (UAPR)", {"trade-body", "abbreviation"}),
    ("Oficiul Național al Viei și Vinului", {"trade-body"}), ("Wine of Moldova", {"trade-body"}),
]  # fmt: skip
_REGULATORS = [
    ("Banca Națională a României (BNR)", {"government", "abbreviation"}), ("National Bank of Romania", {"government"}),
    ("BNR", {"government", "acronym"}), ("ANCOM", {"government", "acronym"}),
    ("Autoritatea Națională pentru Administrare și Reglementare în Comunicații (ANCOM)", {"government", "abbreviation"}),
    ("Autoritatea Națională pentru Protecția Consumatorilor (ANPC)", {"government", "abbreviation"}),
    ("ANPC", {"government", "acronym"}), ("Autoritatea de Supraveghere Financiară (ASF)", {"government", "abbreviation"}),
    ("Institutul Național de Statistică (INS)", {"government", "abbreviation"}), ("INS", {"government", "acronym"}),
    ("National Institute of Statistics", {"government"}), ("Banca Națională a Moldovei", {"government"}),
    ("National Bank of Moldova", {"government"}), ("ANRCETI", {"government", "acronym"}),
    ("Biroul Național de Statistică al Republicii Moldova", {"government"}),
    ("National Bureau of Statistics of the Republic of Moldova", {"government"}),
    ("Consiliul Concurenței", {"government"}), ("ANSPDCP", {"government", "acronym"}),
    ("Ministerul Economiei, Antreprenoriatului și Turismului", {"government", "comma"}),
    ("Guvernul Republicii Moldova", {"government"}), ("European Commission", {"government"}),
]  # fmt: skip
# Laws as they are numbered: (issuer, title with its number and year, English, year, gazette).
_LAWS = [
    ("Parlamentul României", "Legea nr. 506/2004 privind prelucrarea datelor cu caracter personal și protecția vieții private în sectorul comunicațiilor electronice", "Law no. 506/2004 on the processing of personal data and the protection of privacy in electronic communications", 2004, "M.Of. nr. 1101/2004"),
    ("Parlamentul României", "Legea nr. 363/2007 privind combaterea practicilor incorecte ale comercianților în relația cu consumatorii", "Law no. 363/2007 on combating unfair commercial practices", 2007, "M.Of. nr. 899/2007"),
    ("Parlamentul României", "Legea nr. 148/2000 privind publicitatea", "Law no. 148/2000 on advertising", 2000, "M.Of. nr. 359/2000"),
    ("Parlamentul României", "Legea nr. 190/2018 privind măsuri de punere în aplicare a Regulamentului (UE) 2016/679", "Law no. 190/2018 implementing Regulation (EU) 2016/679", 2018, "M.Of. nr. 651/2018"),
    ("Parlamentul României", "Legea nr. 158/2008 privind publicitatea înșelătoare și publicitatea comparativă", "Law no. 158/2008 on misleading and comparative advertising", 2008, "M.Of. nr. 559/2008"),
    ("Guvernul României", "OUG nr. 34/2014 privind drepturile consumatorilor în cadrul contractelor încheiate cu profesioniștii", "Emergency Ordinance no. 34/2014 on consumer rights", 2014, "M.Of. nr. 427/2014"),
    ("Guvernul României", "OG nr. 21/1992 privind protecția consumatorilor", "Ordinance no. 21/1992 on consumer protection", 1992, "M.Of. nr. 212/1992"),
    ("Guvernul României", "HG nr. 1.037/2010 privind deșeurile de echipamente electrice și electronice", "Government Decision no. 1037/2010 on waste electrical equipment", 2010, "M.Of. nr. 728/2010"),
    ("Parlamentul Republicii Moldova", "Legea nr. 133/2011 privind protecția datelor cu caracter personal", "Law no. 133/2011 on personal data protection", 2011, "Monitorul Oficial al Republicii Moldova nr. 170-175"),
    ("Parlamentul Republicii Moldova", "Legea nr. 62/2022 cu privire la publicitate", "Law no. 62/2022 on advertising", 2022, "Monitorul Oficial al Republicii Moldova nr. 95-101"),
    ("Parlamentul Republicii Moldova", "Legea nr. 105/2003 privind protecția consumatorilor", "Law no. 105/2003 on consumer protection", 2003, "Monitorul Oficial al Republicii Moldova nr. 126-131"),
    ("Parlamentul Republicii Moldova", "Legea nr. 284/2004 privind comerțul electronic", "Law no. 284/2004 on electronic commerce", 2004, "Monitorul Oficial al Republicii Moldova nr. 138-146"),
    ("Banca Națională a României", "Regulamentul BNR nr. 5/2013 privind cerințe prudențiale pentru instituțiile de credit", "NBR Regulation no. 5/2013 on prudential requirements for credit institutions", 2013, "M.Of. nr. 841/2013"),
]  # fmt: skip
_RESEARCH = ["GfK România", "Mercury Research", "iSense Solutions", "Kantar Romania", "NielsenIQ Romania", "Statista",
             "Euromonitor International", "Magenta Consulting", "IMAS Marketing și Sondaje", "CBS Research",
             "Reveal Marketing Research", "Mintel", "PwC România", "Deloitte România", "KPMG în România"]  # fmt: skip
_RESEARCH_HOMES = {"GfK": "gfk.com/ro", "Mercury": "mercury360.ro", "iSense": "isense.ro", "Kantar": "kantar.com/ro",
                   "NielsenIQ": "nielseniq.com", "Statista": "statista.com", "Euromonitor": "euromonitor.com",
                   "Magenta": "magenta.md", "IMAS": "imas-inc.com", "CBS": "cbs-research.md", "Reveal": "revealmr.ro",
                   "Mintel": "mintel.com", "PwC": "pwc.ro", "Deloitte": "deloitte.com/ro", "KPMG": "kpmg.com/ro"}  # fmt: skip
_MARKETS = [("comerțului electronic", "e-commerce"), ("berii", "beer"), ("apei minerale", "mineral water"),
            ("vinului", "wine"), ("lactatelor", "dairy"), ("bricolajului", "DIY"), ("electronicelor și electrocasnicelor", "electronics and appliances"),
            ("serviciilor bancare digitale", "digital banking"), ("telefoniei mobile", "mobile telephony"),
            ("autoturismelor noi", "new cars")]  # fmt: skip
_PRESS = ["Ziarul Financiar", "Economica.net", "Profit.ro", "Wall-Street.ro", "HotNews.ro", "Adevărul", "Digi24",
          "G4Media", "Forbes România", "Capital", "Republica.md", "Ziarul de Gardă", "NewsMaker.md", "Agora.md",
          "Mold-Street", "Romania Insider", "Business Review", "Balkan Insight", "Emerging Europe", "Financial Times",
          "Reuters", "The Guardian", "El País", "Corriere della Sera", "iQads", "Pagina de Media", "Revista Biz"]  # fmt: skip
_PODCASTS = ["Marketing pe Bune", "Vorbe de Brand", "Podcastul de Retail", "Antreprenori din Moldova",
             "Business Magazin Podcast", "Diaspora Talks", "Fintech Romania Podcast"]  # fmt: skip
_DOMAINS = ["bancatransilvania.ro", "bcr.ro", "brd.ro", "emag.ro", "dedeman.ro", "altex.ro", "maib.md", "micb.md",
            "orange.md", "moldcell.md", "digi.ro", "purcari.wine", "cricova.md", "dacia.ro", "ancom.ro", "bnr.ro",
            "anpc.ro", "insse.ro", "bnm.md", "statistica.md", "anrceti.md", "iqads.ro", "zf.ro", "monitoruljuridic.ro",
            "legislatie.just.ro", "legis.md"]  # fmt: skip


_HOMES = [("Transilvania", "bancatransilvania.ro"), ("BCR", "bcr.ro"), ("Comercială", "bcr.ro"), ("BRD", "brd.ro"),
          ("Revolut", "revolut.com/ro-RO"), ("maib", "maib.md"), ("Agroindbank", "maib.md"), ("Moldindconbank", "micb.md"),
          ("Orange România", "orange.ro"), ("Orange Moldova", "orange.md"), ("Vodafone", "vodafone.ro"), ("Digi", "digi.ro"),
          ("Moldcell", "moldcell.md"), ("eMAG", "emag.ro"), ("Dante", "emag.ro"), ("Dedeman", "dedeman.ro"),
          ("Altex", "altex.ro"), ("Kaufland", "kaufland.ro"), ("Linella", "linella.md"), ("Ursus", "ursus-breweries.ro"),
          ("Purcari", "purcari.wine"), ("Cricova", "cricova.md"), ("Dacia", "dacia.ro"), ("Napolact", "napolact.ro"),
          ("FrieslandCampina", "frieslandcampina.ro"), ("Coca-Cola", "ro.coca-colahellenic.com"), ("Endava", "endava.com"),
          ("Bitdefender", "bitdefender.ro"), ("UiPath", "uipath.com"), ("Pro TV", "protv.ro"), ("Fan Courier", "fancourier.ro"),
          ("Publicis", "publicisgroupe.ro"), ("McCann", "mccann.ro"), ("BBDO", "graffiti.ro"), ("Băncilor din Moldova", "abm.md"),
          ("Băncilor", "arb.ro"), ("IAB", "iab-romania.ro"), ("ARMAD", "armad.ro"), ("CCIR", "ccir.ro"), ("RAC", "rac.ro"),
          ("AmCham Romania", "amcham.ro"), ("AmCham Moldova", "amcham.md"), ("Berarilor", "berariiromaniei.ro"),
          ("Foreign Investors", "fic.ro"), ("ANIS", "anis.ro"), ("UAPR", "uapr.ro"), ("Viei", "wineofmoldova.com"),
          ("Wine of Moldova", "wineofmoldova.com"), ("Moldovei", "bnm.md"), ("Bank of Moldova", "bnm.md"),
          ("României", "bnr.ro"), ("Bank of Romania", "bnr.ro"), ("BNR", "bnr.ro"), ("ANCOM", "ancom.ro"),
          ("ANPC", "anpc.ro"), ("ASF", "asfromania.ro"), ("INS", "insse.ro"), ("Institute of Statistics", "insse.ro"),
          ("ANRCETI", "anrceti.md"), ("Statistică al", "statistica.gov.md"), ("Bureau of Statistics", "statistica.gov.md"),
          ("Concurenței", "consiliulconcurentei.ro"), ("ANSPDCP", "dataprotection.ro"), ("Ministerul", "economie.gov.ro"),
          ("Guvernul Republicii", "gov.md"), ("European Commission", "commission.europa.eu")]  # fmt: skip
# What each regulator publishes, by a word of its name.
_REGULATOR_TITLES = [
    (("BNR", "Bank of Romania", "României"), ["Raport asupra stabilității financiare {Y} [Financial stability report {Y}]", "Raport anual {Y} [Annual report {Y}]", "Inflation report, {m} {Y}"]),
    (("ANCOM",), ["Piața serviciilor de comunicații electronice în {Y} [The electronic communications market in {Y}]", "Raport privind piața comunicațiilor electronice, semestrul I {Y} [Electronic communications market report, first half of {Y}]"]),
    (("ANPC",), ["Comunicat de presă: controale de Black Friday {Y} [Press release: Black Friday inspections {Y}]", "Raport de activitate {Y} [Activity report {Y}]"]),
    (("ASF",), ["Raport anual {Y} [Annual report {Y}]", "Piața asigurărilor în {Y} [The insurance market in {Y}]"]),
    (("INS", "Institute of Statistics"), ["Anuarul statistic al României {Y} [Romanian statistical yearbook {Y}]", "Accesul populației la tehnologia informațiilor și comunicațiilor în România, {Y} [Household access to ICT in Romania, {Y}]", "Comerțul cu amănuntul în {Y} [Retail trade in {Y}]"]),
    (("Moldovei", "Bank of Moldova"), ["Raport anual {Y} [Annual report {Y}]", "Raport asupra stabilității financiare {Y} [Financial stability report {Y}]"]),
    (("ANRCETI",), ["Raport privind evoluția pieței comunicațiilor electronice în {Y} [Report on the electronic communications market in {Y}]"]),
    (("Statistică", "Bureau of Statistics"), ["Statistical yearbook of the Republic of Moldova {Y}", "Utilizarea TIC în gospodării, {Y} [ICT use in households, {Y}]"]),
]  # fmt: skip


class Blind134WorkFactory(WorkFactory):
    """The blind134 pool's works (HELD OUT): Romanian and Moldovan marketing sources, their names and numbering."""

    DRAWN: ClassVar[dict[str, int]] = {
        "book": 12, "chapter": 5, "journal": 20, "thesis": 5, "conference": 5, "company-web": 8, "company-report": 6,
        "trade-body": 4, "regulator": 7, "legislation": 4, "market-research": 6, "signed-news": 6, "unsigned-news": 4,
        "social": 3, "video": 2, "podcast": 2, "undated-web": 4, "web-person": 3,
    }  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "video", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 134 + 13401)
        for index, locale in enumerate(["ro_RO", "hu_HU", "it_IT", "es_ES", "fr_FR", "de_DE", "en_US"]):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 134 + index)
                self.fakers[locale] = fake
        self.surnames: list[str] = []
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ---------------------------------------------------------------- people and organisations
    def _spell(self, family: str, given: str) -> tuple[str, str]:
        """Romanian letters as candidates type them: comma below, the old cedilla or none at all."""
        roll = self.rng.random()
        if roll < 0.18:
            return family.translate(_COMMA), given.translate(_COMMA)
        if roll < 0.36:
            return family.translate(_BARE), given.translate(_BARE)
        return family, given

    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.30:
            family, given = self._spell(rng.choice(_RO_FAMILY), rng.choice(_RO_GIVEN))
        elif roll < 0.36:
            family, given = self._spell(rng.choice(rng.choice(_A_I_VARIANTS)), rng.choice(_RO_GIVEN))
        elif roll < 0.42:
            family, given = self._spell(rng.choice(_HYPHENATED), rng.choice(_RO_GIVEN))
        elif roll < 0.56:
            family, given = self._spell(rng.choice(_MD_FAMILY), rng.choice(_MD_GIVEN))
        elif roll < 0.63:
            family, given = rng.choice(_RU_NAMES)
        elif roll < 0.71:
            family, given = rng.choice(_HU_NAMES)
            if rng.random() < 0.15:  # "Kovács Zoltán" in Hungarian order, read by the reference manager as given-family
                family, given = given, family
        elif roll < 0.74:
            family, given = self._spell(*rng.choice(_ROMA_NAMES))
        elif roll < 0.77:
            family, given = rng.choice(_DE_NAMES)
        elif roll < 0.80:
            family, given = rng.choice(_LIPOVAN_NAMES)
        elif roll < 0.86:
            fake = self.fakers["ro_RO"]
            family, given = self._spell(fake.last_name(), fake.first_name())
        elif roll < 0.89:
            particle, family, given = rng.choice(_PARTICLE_NAMES)
            self.surnames.append(family)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.95 or not self.surnames:
            fake = self.fakers[rng.choice(_FOREIGN_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            words = family.split()
            if len(words) > 1 and words[0].islower():
                self.surnames.append(" ".join(words[1:]))
                return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        else:  # a second author of a surname already drawn ("Popescu, A." and "Popescu, M.")
            family, given = rng.choice(self.surnames), rng.choice(_RO_GIVEN + _MD_GIVEN)
        self.surnames.append(family)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 17, 9, 5, 3, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics still cited
            return self.rng.randint(1967, 1999)
        return self.rng.randint(2005, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        if year is not None and year >= 2025:  # read at the end of the year it came out
            return {"date-parts": [[2025, 12, self.rng.randint(29, 31)]]}
        first = max(2022, year + 1 if year is not None else 2022)
        return {"date-parts": [[self.rng.randint(first, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _home(self, name: str) -> str:
        """The organisation's own web domain, as its pages are cited."""
        for key, domain in _HOMES:
            if key in name:
                return domain
        return self.rng.choice(_DOMAINS)

    def recent(self) -> int:
        return self.rng.randint(2012, 2025)

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        domain = domain or self.rng.choice(_DOMAINS)
        return f"https://www.{domain}/{fake.slug()}"

    # ---------------------------------------------------------------- titles
    def _title(self) -> str:
        rng = self.rng
        ro, en = rng.choice(_TOPICS)
        place = rng.choice(_PLACES)
        topic = rng.choice(_EN_TOPICS)
        forms = [
            f"{ro[0].upper()}{ro[1:]} în România [{en[0].upper()}{en[1:]} in Romania]",
            f"Studiu privind {ro} [A study of {en}]",
            f"{ro[0].upper()}{ro[1:]}: cazul Republicii Moldova [{en[0].upper()}{en[1:]}: the case of the Republic of Moldova]",
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"The effect of {topic} on {rng.choice(_EN_TOPICS)}: evidence from {place}",
            f"Drivers of {topic} among Romanian millennials",
            f"{topic[0].upper()}{topic[1:]} and {rng.choice(_EN_TOPICS)} in {place}",
            f"{ro[0].upper()}{ro[1:]}: o abordare empirică [{en[0].upper()}{en[1:]}: an empirical approach]",
            f"Rethinking {topic} after the pandemic: {place}",
            f"{en[0].upper()}{en[1:]} in {place}: a {rng.choice(['structural equation', 'qualitative', 'mixed-methods', 'netnographic'])} study",
        ]
        return rng.choice(forms)

    # ---------------------------------------------------------------- drawing
    def make(self, kind: str | None = None) -> Work:
        draw = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + draw.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation already cited has a second work of the same year ("INS, 2019a" and "2019b").
        if self.organisations and "issued" in record and kind in ("report", "web") and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0][0])
        if "issued" in record and kind in ("report", "web"):
            self.organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _dated(self, record: dict[str, Any], day: bool = False) -> int:
        year = self.recent() if day else self.year()
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if day else [year]
        record["issued"] = {"date-parts": [parts]}
        return year

    # ---------------------------------------------------------------- kinds
    def _book(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if rng.random() < 0.15:
            record["title"] = rng.choice(["Marketing", "Bazele marketingului [Principles of marketing]",
                                          "Comportamentul consumatorului [Consumer behaviour]",
                                          "Marketing bancar [Bank marketing]", "Cercetări de marketing [Marketing research]",
                                          "Marketingul serviciilor [Services marketing]", "Digital marketing in Eastern Europe"])  # fmt: skip
        year = self._dated(record)
        if rng.random() < 0.35:
            record["edition"] = str(rng.randint(2, 7))
        if rng.random() < 0.2:
            record["medium"] = rng.choice(["e-book", "Kindle edition"])
            record["URL"] = self._url(rng.choice(["books.google.ro", "elefant.ro", "libris.ro"]))
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        start = rng.randint(5, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 3))],
            "container-title": rng.choice(["Marketing in Romania: contemporary issues", "Digital transformation in Central and Eastern Europe",
                                           "Tendințe în marketingul contemporan [Trends in contemporary marketing]",
                                           "The Palgrave handbook of marketing in emerging markets", "Economia Republicii Moldova: provocări și perspective [The economy of the Republic of Moldova: challenges and prospects]"]),
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + rng.randint(10, 30)}",
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 900)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": rng.choice(_JOURNALS), "volume": str(rng.randint(1, 30)),
                                  "issue": str(rng.randint(1, 4)), "page": f"{start}-{start + rng.randint(8, 25)}"}  # fmt: skip
        year = self._dated(record)
        if rng.random() < 0.45:
            record["DOI"] = (
                f"10.{rng.choice(['2478', '24818', '3390', '1108', '35219', '15604'])}/{rng.choice(['mmcks', 'AE', 'su', 'IJBM', 'econ', 'ejes'])}-{year}-{rng.randint(1, 999):04d}"
            )
        elif rng.random() < 0.4:
            record["URL"] = (
                f"https://www.{rng.choice(['amfiteatrueconomic.ro', 'ase.md', 'reaser.eu', 'sciendo.com'])}/article/{rng.randint(100, 9999)}"
            )
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "publisher": rng.choice(_UNIVERSITIES), "genre": rng.choice(_THESIS_GENRES)}  # fmt: skip
        year = self._dated(record)
        if rng.random() < 0.4:
            record["URL"] = self._url(rng.choice(["doctorat.ase.ro", "doctorat.ubbcluj.ro", "ase.md", "snspa.ro"]))
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        rng = self.rng
        title, place, short = rng.choice(_CONFERENCES)
        start = rng.randint(1, 1200)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(5),
                                  "container-title": title, "publisher-place": place,
                                  "page": f"{start}-{start + rng.randint(6, 14)}"}  # fmt: skip
        year = self._dated(record)
        record["event"] = f"{short} {year}"
        if rng.random() < 0.4:
            record["DOI"] = f"10.2478/picbe-{year}-{rng.randint(1, 199):04d}"
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": rng.choice([
            "Despre noi [About us]", "Istoria noastră [Our history]", "Sustainability", "Comunicate de presă [Press releases]",
            "Raport de sustenabilitate [Sustainability report]", "Black Friday: tot ce trebuie să știi [Black Friday: all you need to know]",
            "Campania de Mărțișor [The Mărțișor campaign]", "Oferte de Paște [Easter offers]", "Cariere [Careers]",
            "Investor relations", f"Rezultate financiare {(when := rng.randint(2018, 2024))} [Financial results {when}]"]),
            "URL": self._url(self._home(name))}  # fmt: skip
        year = self._dated(record) if rng.random() < 0.75 else None
        if rng.random() < 0.9:
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_COMPANIES)
        moldovan = any(
            key in name
            for key in ("maib", "Moldindconbank", "Agroindbank", "Linella", "Cricova", "Moldcell", "Moldova", "Purcari")
        )
        place = (
            "Chișinău"
            if moldovan
            else rng.choice(
                ["București", "Bucharest", "Cluj-Napoca", "Mioveni", "Bacău"] if "Dacia" not in name else ["Mioveni"]
            )
        )
        record: dict[str, Any] = {"type": "report", "publisher": name, "publisher-place": place}
        year = self._dated(record)
        record["title"] = rng.choice([f"Raport anual {year} [Annual report {year}]", f"Annual report {year}",
                                      f"Raport de sustenabilitate {year} [Sustainability report {year}]",
                                      f"Integrated report {year}", f"Raportul administratorilor {year} [Directors' report {year}]"])  # fmt: skip
        if rng.random() < 0.6:
            record["URL"] = self._url(self._home(name))
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, tags)

    def _trade_body(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_TRADE_BODIES)
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self._url(self._home(name))}  # fmt: skip
        year = self._dated(record)
        record["accessed"] = self.accessed_after(year)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _regulator(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_REGULATORS)
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "URL": self._url(self._home(name))}
        year = self._dated(record)
        titles = next((t for keys, t in _REGULATOR_TITLES if any(k in name for k in keys)), [])
        month = rng.choice(["February", "May", "August", "November"])
        record["title"] = rng.choice(titles).format(Y=year, m=month) if titles and rng.random() < 0.8 else self._title()
        if rng.random() < 0.92:
            record["accessed"] = self.accessed_after(year)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags | {"government"})

    def _legislation(self) -> Work:
        rng = self.rng
        issuer, title, english, year, gazette = rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "issued": {"date-parts": [[year]]},
                                  "title": f"{title} [{english}]" if rng.random() < 0.6 else title,
                                  "container-title": gazette}  # fmt: skip
        if rng.random() < 0.7:
            record["URL"] = self._url(rng.choice(["legislatie.just.ro", "legis.md", "monitoruljuridic.ro"]))
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "legislation", issuer, {"government", "legislation"})

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(_RESEARCH)
        ro, en = rng.choice(_MARKETS)
        record: dict[str, Any] = {
            "type": "report",
            "publisher": name,
            "URL": self._url(_RESEARCH_HOMES.get(name.split()[0], "statista.com")),
        }
        year = None
        if rng.random() < 0.9:
            year = self.recent()
            record["issued"] = {"date-parts": [[year]]}
        when = year or 2023
        record["title"] = rng.choice([
            f"Piața {ro} din România {when} [The Romanian {en} market {when}]", f"{en.capitalize()} in Romania {when}",
            f"{en.capitalize()} in Moldova: market report {when}", f"Barometrul consumatorului român {when} [Romanian consumer barometer {when}]",
            f"Romania {en} market: size and forecast {when}-{when + 5}", f"Omnibus național, valul {rng.randint(1, 4)} {when}"])  # fmt: skip
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, {"market-research"})

    def _press_url(self, press: str) -> str:
        foreign = {"Financial Times": "ft.com", "Reuters": "reuters.com", "The Guardian": "theguardian.com",
                   "El País": "elpais.com", "Corriere della Sera": "corriere.it", "Balkan Insight": "balkaninsight.com",
                   "Emerging Europe": "emerging-europe.com", "Romania Insider": "romania-insider.com",
                   "Business Review": "business-review.eu", "Ziarul de Gardă": "zdg.md", "Pagina de Media": "paginademedia.ro"}  # fmt: skip
        if press in foreign:
            return self._url(foreign[press])
        domain = press.lower().replace(" ", "").replace("ă", "a").replace("â", "a").replace("ș", "s")
        return self._url(domain if "." in domain else f"{domain}.{'md' if 'Gardă' in press else 'ro'}")

    def _signed_news(self) -> Work:
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "author": self._people(2), "URL": self._press_url(press),
                                  "container-title": press}  # fmt: skip
        year = self._dated(record, day=True)
        record["title"] = self._news_title(year)
        if self.rng.random() < 0.92:
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "container-title": press, "URL": self._press_url(press)}
        year = self._dated(record, day=True)
        record["title"] = self._news_title(year)
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "news", press, {"press"})

    def _news_title(self, year: int) -> str:
        rng = self.rng
        brand = rng.choice(["eMAG", "Dedeman", "Banca Transilvania", "maib", "Dacia", "Purcari", "Ursus", "Digi",
                            "Orange", "Revolut", "Altex", "Linella", "Moldcell", "Cricova"])  # fmt: skip
        return rng.choice([f"{brand} a raportat vânzări record de Black Friday [{brand} reported record Black Friday sales]",
                           f"{brand} lansează o nouă campanie de Crăciun [{brand} launches a new Christmas campaign]",
                           f"How {brand} won over Romania's Gen Z", f"{brand} bets on the diaspora in Italy and Spain",
                           "Cât au cheltuit românii de Paște [How much Romanians spent at Easter]",
                           f"Moldova's exporters look west as {brand} expands",
                           f"{brand}: afaceri de {rng.randint(2, 900)} mil. lei în {year - 1}"])  # fmt: skip

    def _social(self) -> Work:
        rng = self.rng
        network = rng.choice(["LinkedIn", "Facebook", "Instagram", "X"])
        record: dict[str, Any] = {"type": "post", "container-title": network,
                                  "title": rng.choice(["La mulți ani, România! 🇷🇴 #1Decembrie", "Mărțișorul din acest an vine cu o surpriză",
                                                       "We are hiring in Cluj-Napoca and Iași", "Happy Dragobete! 💌",
                                                       "Black Friday începe la miezul nopții", "Three lessons from launching our app in Chișinău",
                                                       "Hristos a înviat! Paște fericit!"]),
                                  "URL": self._url(f"{network.lower().replace('x', 'x.com').removesuffix('.com')}.com")}  # fmt: skip
        year = self._dated(record, day=True)
        if rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        if rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = rng.choice(_COMPANIES)
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "motion_picture", "medium": rng.choice(["YouTube video", "TikTok video", "Video"]),
                                  "title": rng.choice(["Reclama de Crăciun [Christmas advert]", "Povestea Dacia Spring [The Dacia Spring story]",
                                                       "Cum alegem vinul moldovenesc [How to choose Moldovan wine]", "Marketing pentru IMM-uri [Marketing for SMEs]",
                                                       "Behind the scenes of our Mărțișor campaign", "Masterclass: branding în Republica Moldova"]),
                                  "URL": self._url(rng.choice(["youtube.com", "tiktok.com"]))}  # fmt: skip
        year = self._dated(record, day=True)
        record["accessed"] = self.accessed_after(year)
        if rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name, tags = rng.choice(_COMPANIES)
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "song", "medium": "Podcast", "author": self._people(2),
                                  "container-title": rng.choice(_PODCASTS),
                                  "title": f"Ep. {rng.randint(1, 240)}: {self._title()}",
                                  "URL": self._url(rng.choice(["open.spotify.com", "podcasts.apple.com", "youtube.com"]))}  # fmt: skip
        year = self._dated(record, day=True)
        record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = rng.choice(_COMPANIES + _TRADE_BODIES + _REGULATORS)
        record["URL"] = self._url(self._home(name))
        return self._org_work(record, "web", name, tags | {"undated"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url(), "container-title": self.rng.choice(["iQads", "Revista Biz", "Marketing Insider", "Medium"])}  # fmt: skip
        year = self._dated(record, day=self.rng.random() < 0.5)
        if self.rng.random() < 0.9:
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "web")
