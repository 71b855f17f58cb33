"""Works for the seventy-second held-out pool, "blind72": what marketers in Germany, Austria and Switzerland cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventy-second hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
B2B, e-commerce and communications marketers at DACH grocers, discounters, drugstore chains, Mittelstand machine and
tool makers, insurers, banks and Sparkassen, rail and mobility firms, breweries, chocolate and coffee makers,
watchmakers and agencies reference their CIM Level 6 and 7 reports and English-taught MBA assignments: German
textbooks with their English titles in square brackets, chapters in German handbooks, German, Swiss and
international journals with one to eight authors, Dissertationen from LMU, WU Wien, St. Gallen, ETH and Mannheim,
company reports and web pages of GmbH, AG, SE, KG, GmbH & Co. KG, e.V., eG and Genossenschaft firms and bodies,
Destatis, Statistik Austria and BFS releases, GfK, NIM, Statista, YouGov and Euromonitor reports (some undated),
laws under the body that publishes them (UWG, BDSG, TTDSG, nDSG, DSG, EU regulations by number), BGH, OGH,
Bundesgericht and CJEU rulings with their file numbers, the German-language daily and trade press signed and
unsigned, LinkedIn, XING and Instagram posts, podcasts. Names: German, Austrian and Swiss with umlauts and ß,
particles (von, zu, von der, vom, zur, von und zu), double names, Turkish-, Polish-, Croatian-German, Italian-Swiss,
Romansh, Swiss-French and expatriate names; invented people, real organisations.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
import unicodedata
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (given names, family names) by community, as they appear on DACH reading lists and in DACH offices.
_GERMAN_GIVEN = ["Jürgen", "Hans-Peter", "Karl-Heinz", "Anna-Lena", "Sören", "Björn", "Jörg", "Katharina", "Lea",
                 "Maximilian", "Friederike", "Ulrike", "Dörte", "Ines", "Tobias", "Matthias", "Sabine", "Henrik",
                 "Lukas", "Marie-Luise", "Jan-Philipp", "Annegret", "Till", "Merle", "Hauke", "Gesine", "Ole"]  # fmt: skip
_GERMAN_FAMILY = ["Müller", "Groß", "Schütz", "Schröder", "Weiß", "Köhler", "Krüger", "Hoffmann", "Schäfer", "Fuß",
                  "Strauß", "Meißner", "Götz", "Löw", "Wagner", "Becker", "Zimmermann", "Hübner", "Jäger", "Vogt",
                  "Kühn", "Lorenz", "Braun", "Fröhlich", "Neumeier", "Hartmann", "Dietz", "Oßwald", "Bärwald",
                  "Rößler", "Thießen", "Brinkmann", "Kleinschmidt", "Janßen"]  # fmt: skip
_AUSTRIAN_GIVEN = ["Florian", "Johanna", "Valentina", "Lorenz", "Theresa", "Stefan", "Verena", "Wolfgang", "Kathrin",
                   "Ferdinand", "Magdalena", "Clemens", "Elisabeth"]  # fmt: skip
_AUSTRIAN_FAMILY = ["Gruber", "Huber", "Pichler", "Moser", "Steiner", "Leitner", "Wimmer", "Egger", "Hofer",
                    "Mayrhofer", "Haider", "Reiter", "Holzer", "Lechner", "Brandstätter", "Pöll", "Schwaighofer",
                    "Oberhuber", "Kößler", "Rainer"]  # fmt: skip
_SWISS_GIVEN = ["Reto", "Urs", "Beat", "Corinne", "Nadja", "Fabienne", "Jürg", "Andrea", "Sandro", "Regula",
                "Mirjam", "Adrian", "Simone", "Thomas"]  # fmt: skip
_SWISS_FAMILY = ["Meier", "Keller", "Brunner", "Baumann", "Frei", "Zürcher", "Graf", "Hürlimann", "Bühler", "Ammann",
                 "Widmer", "Schnyder", "Gisler", "Imhof", "Rüegg", "Stäubli", "Zbinden", "Tschudi", "Wüthrich",
                 "Aebischer"]  # fmt: skip
_ROMAND_GIVEN = ["Séverine", "Loïc", "Mathieu", "Anne-Sophie", "Jean-Marc", "Aurélie", "Cédric", "Noémie"]
_ROMAND_FAMILY = ["Dubois", "Favre", "Rochat", "Perrin", "Mottier", "Chappuis", "Gétaz", "Jaquier", "Bétrisey",
                  "Rey-Bellet"]  # fmt: skip
_TICINO_GIVEN = ["Chiara", "Matteo", "Luca", "Giulia", "Ivo", "Alessia", "Nicolò"]
_TICINO_FAMILY = ["Bernasconi", "Pedrazzini", "Lurati", "Cattaneo", "Pellandini", "Giudici", "Fumagalli",
                  "Ghisletta", "Crivelli", "Rusconi"]  # fmt: skip
_ROMANSH_GIVEN = ["Gian-Reto", "Ursina", "Flurin", "Men", "Seraina", "Curdin", "Ladina", "Duri", "Mario"]
_ROMANSH_FAMILY = ["Caduff", "Casutt", "Cathomen", "Derungs", "Capaul", "Tscharner", "Cavelti", "Darms", "Bundi",
                   "Cadruvi", "Tuor"]  # fmt: skip
_TURKISH_GIVEN = ["Ayşe", "Emre", "Deniz", "Elif", "Mehmet", "Cem", "Zeynep", "Gökhan", "Büşra", "Hakan"]
_TURKISH_FAMILY = ["Yılmaz", "Öztürk", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Arslan", "Doğan", "Koç",
                   "Güneş", "Özdemir"]  # fmt: skip
_POLISH_GIVEN = ["Łukasz", "Agnieszka", "Małgorzata", "Paweł", "Katarzyna", "Michał", "Joanna", "Tomasz"]
_POLISH_FAMILY = ["Kowalski", "Wiśniewski", "Nowak", "Zieliński", "Lewandowska", "Wójcik", "Kamińska",
                  "Szymański", "Grabowski", "Dąbrowska"]  # fmt: skip
_BALKAN_GIVEN = ["Ivana", "Dragan", "Mirela", "Goran", "Jelena", "Dino", "Amra"]
_BALKAN_FAMILY = ["Horvat", "Jovanović", "Kovačević", "Marić", "Begić", "Petrović", "Hadžić"]
_EXPAT = [("O'Sullivan", "Niamh"), ("MacDonald", "Fraser"), ("Okafor", "Chinedu"), ("Nakamura", "Kenji"),
          ("Chen", "Mei"), ("Sharma", "Priya"), ("Fernández", "Lucía"), ("Jansen", "Sanne"), ("Dupont", "Camille"),
          ("Lindqvist", "Erik"), ("Nguyen", "Thi Hoa"), ("Papadopoulos", "Eleni"), ("Rahimi", "Dariush"),
          ("Walsh", "Ciarán"), ("Kapoor", "Arjun"), ("Silva", "João"), ("Smith", "Rebecca"), ("Lee", "Ji-Woo")]  # fmt: skip
# Particles as German, Austrian, Swiss and Dutch names carry them, kept apart as reference managers keep them.
_PARTICLE_NAMES = [("von", "Bredow", "Cornelia"), ("von der", "Heydt", "Philipp"), ("vom", "Brocke", "Jan"),
                   ("zur", "Linde", "Helene"), ("zu", "Sayn", "Konstantin"), ("von und zu", "Aufseß", "Benedikt"),
                   ("von", "Wülfingen", "Marlene"), ("van den", "Boom", "Pieter"), ("de", "Weck", "Aline"),
                   ("von", "Matt", "Dominik"), ("von", "Arx", "Barbara"), ("de", "Pury", "Olivier"),
                   ("von", "Känel", "Simon"), ("zu", "Löwenstein", "Viktoria"), ("von der", "Mühlen", "Eike"),
                   ("di", "Stefano", "Giorgio"), ("von", "Grünberg", "Annika")]  # fmt: skip
_COMMUNITIES = [
    (_GERMAN_GIVEN, _GERMAN_FAMILY, 30), (_AUSTRIAN_GIVEN, _AUSTRIAN_FAMILY, 12), (_SWISS_GIVEN, _SWISS_FAMILY, 12),
    (_ROMAND_GIVEN, _ROMAND_FAMILY, 4), (_TICINO_GIVEN, _TICINO_FAMILY, 4), (_ROMANSH_GIVEN, _ROMANSH_FAMILY, 3),
    (_TURKISH_GIVEN, _TURKISH_FAMILY, 7), (_POLISH_GIVEN, _POLISH_FAMILY, 5), (_BALKAN_GIVEN, _BALKAN_FAMILY, 3),
]  # fmt: skip

# Companies and bodies as DACH reports cite them, with the tags of what makes them hard.
_COMPANIES: list[tuple[str, set[str]]] = [
    ("ALDI SÜD Dienstleistungs-SE & Co. oHG", {"ampersand", "legal-form"}), ("Lidl Stiftung & Co. KG", {"ampersand", "legal-form"}),
    ("REWE Group", set()), ("dm-drogerie markt GmbH + Co. KG", {"lowercase", "legal-form"}), ("Dirk Rossmann GmbH", {"legal-form"}),
    ("Otto Group", set()), ("Otto GmbH & Co KG", {"ampersand", "legal-form"}), ("Zalando SE", {"legal-form"}),
    ("Robert Bosch GmbH", {"legal-form"}), ("Adolf Würth GmbH & Co. KG", {"ampersand", "legal-form"}),
    ("Allianz SE", {"legal-form"}), ("Deutsche Bahn AG", {"legal-form"}), ("ÖBB-Personenverkehr AG", {"legal-form"}),
    ("SBB CFF FFS", {"acronym"}), ("Migros-Genossenschafts-Bund", set()), ("Coop Genossenschaft", set()),
    ("Nestlé S.A.", {"legal-form"}), ("Chocoladefabriken Lindt & Sprüngli AG", {"ampersand", "legal-form"}),
    ("Red Bull GmbH", {"legal-form"}), ("SPAR Österreichische Warenhandels-AG", {"legal-form"}),
    ("The Swatch Group Ltd", {"legal-form"}), ("EDEKA ZENTRALE Stiftung & Co. KG", {"ampersand", "legal-form"}),
    ("Tchibo GmbH", {"legal-form"}), ("Alfred Ritter GmbH & Co. KG", {"ampersand", "legal-form"}),
    ("Paulaner Brauerei Gruppe GmbH & Co. KGaA", {"ampersand", "legal-form"}), ("HUK-COBURG", set()),
    ("Raiffeisen Schweiz Genossenschaft", set()), ("Erste Group Bank AG", {"legal-form"}),
    ("Zurich Insurance Group Ltd", {"legal-form"}), ("Die Mobiliar", set()), ("UNIQA Insurance Group AG", {"legal-form"}),
    ("Flix SE", {"legal-form"}), ("Miele & Cie. KG", {"ampersand", "legal-form"}), ("ANDREAS STIHL AG & Co. KG", {"ampersand", "legal-form"}),
    ("Festo SE & Co. KG", {"ampersand", "legal-form"}), ("Josef Manner & Comp. AG", {"ampersand", "legal-form"}),
    ("Ricola AG", {"legal-form"}), ("Emmi AG", {"legal-form"}), ("HOFER KG", {"legal-form"}), ("BILLA AG", {"legal-form"}),
    ("MediaMarktSaturn Retail Group", set()), ("Douglas GmbH", {"legal-form"}), ("Sparkasse KölnBonn", set()),
    ("Hamburger Sparkasse AG (Haspa)", {"abbreviation"}), ("Krombacher Brauerei Bernhard Schadeberg GmbH & Co. KG", {"ampersand", "legal-form"}),
    ("Feldschlösschen Getränke AG", {"legal-form"}), ("J. Bünting Beteiligungs AG", {"legal-form"}),
]  # fmt: skip
# Where each firm's reports are published: its seat, by the first word of its name.
_SEATS = {"ALDI": "Mülheim an der Ruhr", "Lidl": "Neckarsulm", "REWE": "Köln", "dm-drogerie": "Karlsruhe", "Dirk": "Burgwedel",
          "Otto": "Hamburg", "Zalando": "Berlin", "Robert": "Gerlingen", "Adolf": "Künzelsau", "Allianz": "München",
          "Deutsche": "Berlin", "ÖBB-Personenverkehr": "Wien", "SBB": "Bern", "Migros-Genossenschafts-Bund": "Zürich",
          "Coop": "Basel", "Nestlé": "Vevey", "Chocoladefabriken": "Kilchberg", "Red": "Fuschl am See", "SPAR": "Salzburg",
          "The": "Biel/Bienne", "EDEKA": "Hamburg", "Tchibo": "Hamburg", "Alfred": "Waldenbuch", "Paulaner": "München",
          "HUK-COBURG": "Coburg", "Raiffeisen": "St. Gallen", "Erste": "Wien", "Zurich": "Zürich", "Die": "Bern",
          "UNIQA": "Wien", "Flix": "München", "Miele": "Gütersloh", "ANDREAS": "Waiblingen", "Festo": "Esslingen am Neckar",
          "Josef": "Wien", "Ricola": "Laufen", "Emmi": "Luzern", "HOFER": "Sattledt", "BILLA": "Wiener Neudorf",
          "MediaMarktSaturn": "Ingolstadt", "Douglas": "Düsseldorf", "Sparkasse": "Köln", "Hamburger": "Hamburg",
          "Krombacher": "Kreuztal", "Feldschlösschen": "Rheinfelden", "J.": "Leer"}  # fmt: skip
_BODIES: list[tuple[str, set[str]]] = [
    ("Handelsverband Deutschland (HDE)", {"abbreviation"}), ("Handelsverband Österreich", set()),
    ("Bundesverband E-Commerce und Versandhandel Deutschland e.V. (bevh)", {"abbreviation", "lowercase", "legal-form"}),
    ("Gesamtverband der Deutschen Versicherungswirtschaft e.V. (GDV)", {"abbreviation", "legal-form"}),
    ("Schweizerischer Versicherungsverband (SVV)", {"abbreviation"}),
    ("Zentralverband der deutschen Werbewirtschaft e.V. (ZAW)", {"abbreviation", "legal-form"}), ("Deutscher Werberat", set()),
    ("Schweizerische Lauterkeitskommission", set()), ("Österreichischer Werberat", set()), ("Bitkom e.V.", {"legal-form"}),
    ("VDMA e.V.", {"legal-form"}), ("Deutscher Brauer-Bund e.V.", {"legal-form"}),
    ("Bundesverband der Deutschen Süßwarenindustrie e.V. (BDSI)", {"abbreviation", "legal-form"}), ("Chocosuisse", set()),
    ("Verbraucherzentrale Bundesverband e.V. (vzbv)", {"abbreviation", "lowercase", "legal-form"}), ("Stiftung Warentest", set()),
    ("Wettbewerbszentrale", set()), ("IHK München und Oberbayern", set()), ("Wirtschaftskammer Österreich (WKO)", {"abbreviation"}),
    ("economiesuisse", {"lowercase"}), ("GS1 Germany GmbH", {"legal-form"}), ("Lebensmittelverband Deutschland e.V.", {"legal-form"}),
    ("Deutscher Sparkassen- und Giroverband e.V. (DSGV)", {"abbreviation", "legal-form"}), ("Fairtrade Deutschland e.V.", {"legal-form"}),
]  # fmt: skip
_RESEARCH = ["GfK", "NIM", "Statista", "YouGov", "Euromonitor International", "NielsenIQ", "IFH Köln",
             "EHI Retail Institute", "Institut für Demoskopie Allensbach", "Roland Berger", "Simon-Kucher & Partners",
             "McKinsey & Company", "PwC Deutschland", "Deloitte AG", "Kantar", "Ipsos", "Sinus-Institut",
             "KPMG AG Wirtschaftsprüfungsgesellschaft", "GfK Switzerland AG", "Marketagent"]  # fmt: skip
_STATISTICS = ["Statistisches Bundesamt (Destatis)", "Destatis", "Statistik Austria", "Bundesamt für Statistik (BFS)",
               "Swiss Federal Statistical Office (FSO)", "Eurostat", "Deutsche Bundesbank", "Schweizerische Nationalbank (SNB)",
               "Oesterreichische Nationalbank (OeNB)", "Kraftfahrt-Bundesamt (KBA)"]  # fmt: skip
_GOVERNMENT = ["Bundeskartellamt", "Bundesnetzagentur", "Bundesministerium für Wirtschaft und Klimaschutz (BMWK)",
               "Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin)",
               "Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)",
               "Federal Data Protection and Information Commissioner (FDPIC)", "Österreichische Datenschutzbehörde",
               "European Commission", "Bundesamt für Verbraucherschutz und Lebensmittelsicherheit (BVL)",
               "Federal Food Safety and Veterinary Office (FSVO)", "Die Bundesregierung", "Schweizerischer Bundesrat",
               "Landeshauptstadt München", "Stadt Wien", "Bundesministerium für Ernährung und Landwirtschaft (BMEL)",
               "Competition Commission (COMCO)"]  # fmt: skip
# Laws as candidates list them: under the body that publishes them, title with its abbreviation or number, year.
_LAWS = [
    ("Bundesministerium der Justiz", "Gesetz gegen den unlauteren Wettbewerb (UWG)", 2004, "https://www.gesetze-im-internet.de/uwg_2004/"),
    ("Bundesministerium der Justiz", "Bundesdatenschutzgesetz (BDSG)", 2017, "https://www.gesetze-im-internet.de/bdsg_2018/"),
    ("Bundesministerium der Justiz", "Gesetz über den Datenschutz und den Schutz der Privatsphäre in der Telekommunikation und bei Telemedien (Telekommunikation-Telemedien-Datenschutz-Gesetz – TTDSG)", 2021, "https://www.gesetze-im-internet.de/ttdsg/"),
    ("Bundesministerium der Justiz", "Preisangabenverordnung (PAngV)", 2021, "https://www.gesetze-im-internet.de/pangv_2022/"),
    ("Bundesministerium der Justiz", "Verpackungsgesetz (VerpackG)", 2017, "https://www.gesetze-im-internet.de/verpackg/"),
    ("Bundesministerium der Justiz", "Lieferkettensorgfaltspflichtengesetz (LkSG)", 2021, "https://www.gesetze-im-internet.de/lksg/"),
    ("Fedlex", "Bundesgesetz über den Datenschutz (Datenschutzgesetz, DSG) vom 25. September 2020, SR 235.1", 2020, "https://www.fedlex.admin.ch/eli/cc/2022/491/de"),
    ("Swiss Confederation", "Federal Act on Data Protection (FADP) of 25 September 2020, SR 235.1", 2020, "https://www.fedlex.admin.ch/eli/cc/2022/491/en"),
    ("Fedlex", "Bundesgesetz gegen den unlauteren Wettbewerb (UWG) vom 19. Dezember 1986, SR 241", 1986, "https://www.fedlex.admin.ch/eli/cc/1988/223_223_223/de"),
    ("Rechtsinformationssystem des Bundes (RIS)", "Bundesgesetz zum Schutz natürlicher Personen bei der Verarbeitung personenbezogener Daten (Datenschutzgesetz – DSG), BGBl. I Nr. 165/1999", 1999, "https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10001597"),
    ("Rechtsinformationssystem des Bundes (RIS)", "Bundesgesetz gegen den unlauteren Wettbewerb 1984 – UWG, BGBl. Nr. 448/1984", 1984, "https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10002665"),
    ("European Parliament and Council of the European Union", "Regulation (EU) 2016/679 on the protection of natural persons with regard to the processing of personal data (General Data Protection Regulation)", 2016, "https://eur-lex.europa.eu/eli/reg/2016/679/oj"),
    ("European Parliament and Council of the European Union", "Regulation (EU) 2022/2065 on a Single Market for Digital Services (Digital Services Act)", 2022, "https://eur-lex.europa.eu/eli/reg/2022/2065/oj"),
    ("European Parliament and Council of the European Union", "Directive (EU) 2019/2161 as regards the better enforcement and modernisation of Union consumer protection rules", 2019, "https://eur-lex.europa.eu/eli/dir/2019/2161/oj"),
    ("European Parliament and Council of the European Union", "Regulation (EU) No 1169/2011 on the provision of food information to consumers", 2011, "https://eur-lex.europa.eu/eli/reg/2011/1169/oj"),
    ("European Parliament and Council of the European Union", "Directive 2005/29/EC concerning unfair business-to-consumer commercial practices in the internal market", 2005, "https://eur-lex.europa.eu/eli/dir/2005/29/oj"),
    ("European Parliament and Council of the European Union", "Directive (EU) 2024/825 as regards empowering consumers for the green transition", 2024, "https://eur-lex.europa.eu/eli/dir/2024/825/oj"),
]  # fmt: skip
_COURTS = [("Bundesgerichtshof (BGH)", "Urteil vom {day}. {month} {year} – I ZR {n}/{yy}", "https://juris.bundesgerichtshof.de/cgi-bin/rechtsprechung/document.py?Gericht=bgh&nr={n}{yy}"),
           ("BGH", "Urteil vom {day}. {month} {year}, Az. I ZR {n}/{yy}", "https://www.bundesgerichtshof.de/SharedDocs/Pressemitteilungen/DE/{year}/{year}{n}.html"),
           ("Schweizerisches Bundesgericht", "Urteil 4A_{n}/{year} vom {day}. {month} {year}", "https://www.bger.ch/ext/eurospider/live/de/php/aza/http/index.php?id=4A_{n}_{year}"),
           ("Federal Supreme Court of Switzerland", "Judgment 4A_{n}/{year} of {day} {month_en} {year}", "https://www.bger.ch/home/juridiction/4A_{n}_{year}.html"),
           ("Oberster Gerichtshof (OGH)", "4 Ob {n}/{yy}x vom {day}. {month} {year}", "https://www.ris.bka.gv.at/Dokument.wxe?Abfrage=Justiz&Dokumentnummer=JJT_{year}_4OB{n}"),
           ("Court of Justice of the European Union", "Case C-{n}/{yy} Verbraucherzentrale Bundesverband eV v {firm}", "https://curia.europa.eu/juris/liste.jsf?num=C-{n}/{yy}"),
           ("Oberlandesgericht Köln", "Urteil vom {day}. {month} {year} – 6 U {n}/{yy}", "https://www.justiz.nrw.de/nrwe/olgs/koeln/j{year}/6_U_{n}_{yy}_Urteil.html")]  # fmt: skip
_MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]  # fmt: skip
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
_UNIVERSITIES = [("Ludwig-Maximilians-Universität München", "Dissertation"), ("Wirtschaftsuniversität Wien", "Dissertation"),
                 ("Universität St. Gallen", "Dissertation"), ("ETH Zürich", "Doctoral thesis"), ("Universität Mannheim", "Dissertation"),
                 ("Universität zu Köln", "Dissertation"), ("Universität Wien", "Masterarbeit"), ("Karl-Franzens-Universität Graz", "Dissertation"),
                 ("Universität Basel", "Doctoral thesis"), ("Université de Genève", "Thèse de doctorat"),
                 ("WHU – Otto Beisheim School of Management", "Dissertation"), ("Universität Hamburg", "Dissertation")]  # fmt: skip
_PUBLISHERS = [("Springer Gabler", "Wiesbaden"), ("Vahlen", "München"), ("Schäffer-Poeschel", "Stuttgart"),
               ("Kohlhammer", "Stuttgart"), ("Pearson Studium", "Hallbergmoos"), ("Haufe", "Freiburg"),
               ("Haupt Verlag", "Bern"), ("Facultas", "Wien"), ("Linde Verlag", "Wien"), ("NZZ Libro", "Basel"),
               ("Versus Verlag", "Zürich"), ("Campus Verlag", "Frankfurt am Main"), ("UVK Verlag", "München"),
               ("Routledge", "Abingdon"), ("Wiley", "Hoboken, NJ"), ("Springer", "Cham"), ("Kogan Page", "London")]  # fmt: skip
_JOURNALS = ["Marketing ZFP – Journal of Research and Management", "Journal of Business Economics",
             "Schmalenbach Journal of Business Research", "Die Unternehmung", "Journal of Retailing",
             "International Journal of Research in Marketing", "Journal of the Academy of Marketing Science",
             "Journal of Marketing", "Psychology & Marketing", "Journal of Retailing and Consumer Services",
             "Industrial Marketing Management", "Journal of Business Research", "NIM Marketing Intelligence Review",
             "Journal of Service Research", "European Journal of Marketing", "Transport Policy",
             "The Geneva Papers on Risk and Insurance – Issues and Practice", "Food Quality and Preference",
             "Journal of Product & Brand Management", "Zeitschrift für Betriebswirtschaft"]  # fmt: skip
_NEWS = ["Handelsblatt", "Frankfurter Allgemeine Zeitung", "Süddeutsche Zeitung", "Der Standard", "Neue Zürcher Zeitung",
         "Die Presse", "Tages-Anzeiger", "Der Spiegel", "Die Zeit", "WirtschaftsWoche", "Kurier", "Finanz und Wirtschaft",
         "Manager Magazin", "Kleine Zeitung"]  # fmt: skip
_TRADE = ["Horizont", "w&v", "Lebensmittel Zeitung", "absatzwirtschaft", "Markenartikel", "persönlich.com", "Werbewoche",
          "HORIZONT Österreich", "LEADERSnet", "t3n", "TextilWirtschaft", "Der Handel", "CASH", "Handelszeitung",
          "Versicherungsmonitor", "Internet World Business", "Food Service"]  # fmt: skip
_PODCASTS = ["OMR Podcast", "Handelsblatt Disrupt", "Kassenzone", "Marken & Macher", "Der Versicherungs-Podcast",
             "Handelsgeflüster", "Ö1 Saldo", "NZZ Akzent", "Digital Kompakt", "Zwei Kaffee, bitte"]  # fmt: skip
# German topics with their English rendering, for German titles with an English translation in square brackets.
_TOPICS_DE = [("Handelsmarketing", "retail marketing"), ("Markenführung", "brand management"),
              ("Preismanagement", "price management"), ("Kundenbindung", "customer retention"),
              ("Dienstleistungsmarketing", "services marketing"), ("Vertriebssteuerung", "sales management"),
              ("B2B-Marketing", "B2B marketing"), ("Konsumentenverhalten", "consumer behaviour"),
              ("Marktforschung", "market research"), ("Online-Marketing", "online marketing"),
              ("Kommunikationspolitik", "communication policy"), ("Nachhaltigkeitsmarketing", "sustainability marketing"),
              ("Handelsmarkenpolitik", "private label policy"), ("Omnichannel-Management", "omnichannel management"),
              ("Versicherungsmarketing", "insurance marketing"), ("Bankmarketing", "bank marketing"),
              ("Mobilitätsmarketing", "mobility marketing"), ("Investitionsgütermarketing", "industrial goods marketing"),
              ("Customer Relationship Management", "customer relationship management"), ("Retail Media", "retail media"),
              ("Influencer-Marketing", "influencer marketing"), ("Loyalitätsprogramme", "loyalty programmes")]  # fmt: skip
_TOPICS_EN = ["private labels", "discount retailing", "loyalty apps", "retail media networks", "price promotions",
              "hidden champions", "B2B e-commerce", "insurance apps", "bancassurance", "rail ticket pricing",
              "the Deutschlandticket", "mobility as a service", "Advent calendars", "seasonal chocolate",
              "craft beer", "capsule coffee", "Swiss-made claims", "country-of-origin effects", "green claims",
              "Nutri-Score labels", "drugstore private labels", "cookie consent", "customer data platforms",
              "regional sourcing", "shrinkflation", "click-and-collect", "quick commerce", "employer branding",
              "trade fairs", "key account management", "social commerce", "cooperative banks"]  # fmt: skip
_SETTINGS = ["German grocery retail", "the DACH region", "Swiss retail banking", "Austrian rail travel",
             "family-owned Mittelstand firms", "German discounters", "the Swiss chocolate industry",
             "German drugstore chains", "property and casualty insurance", "cooperative retailers",
             "Austrian food retail", "German machine tool makers", "Swiss watchmaking", "Bavarian breweries",
             "the German-speaking countries"]  # fmt: skip
_HEADLINES = ["{brand} setzt auf Eigenmarken", "Preiskampf im Lebensmittelhandel verschärft sich",
              "Warum {brand} seine Filialen umbaut", "Kundenkarten: Wer sammelt, zahlt mit Daten",
              "Das Deutschlandticket verändert den Pendlermarkt", "Schokolade wird teurer: Kakaopreis auf Rekordhoch",
              "{brand} startet neue Markenkampagne", "Versicherer entdecken die App", "Handel fürchtet schwaches Weihnachtsgeschäft",
              "Black Friday: Rabattschlacht im Netz", "Retail Media wird zum Milliardenmarkt", "Mittelstand im Marketing-Umbruch",
              "{brand} verliert Marktanteile an Discounter", "Was Kundinnen und Kunden von Nachhaltigkeit erwarten",
              "Sparkassen werben um junge Kunden", "Oktoberfest-Bier: Brauereien im Wettbewerb um Aufmerksamkeit",
              "{brand} and the fight for Gen Z", "Swiss shoppers cross the border for cheaper groceries",
              "Austria's grocers face inflation probe", "Why German shoppers love discounters"]  # fmt: skip
_DOMAINS = {"Handelsblatt": "handelsblatt.com", "Frankfurter Allgemeine Zeitung": "faz.net", "Süddeutsche Zeitung": "sueddeutsche.de",
            "Der Standard": "derstandard.at", "Neue Zürcher Zeitung": "nzz.ch", "Die Presse": "diepresse.com", "Tages-Anzeiger": "tagesanzeiger.ch",
            "Der Spiegel": "spiegel.de", "Die Zeit": "zeit.de", "WirtschaftsWoche": "wiwo.de", "Kurier": "kurier.at", "Finanz und Wirtschaft": "fuw.ch",
            "Manager Magazin": "manager-magazin.de", "Kleine Zeitung": "kleinezeitung.at", "Horizont": "horizont.net", "w&v": "wuv.de",
            "Lebensmittel Zeitung": "lebensmittelzeitung.net", "absatzwirtschaft": "absatzwirtschaft.de", "Markenartikel": "markenartikel-magazin.de",
            "persönlich.com": "persoenlich.com", "Werbewoche": "werbewoche.ch", "HORIZONT Österreich": "horizont.at", "LEADERSnet": "leadersnet.at",
            "t3n": "t3n.de", "TextilWirtschaft": "textilwirtschaft.de", "Der Handel": "derhandel.de", "CASH": "cash.at", "Handelszeitung": "handelszeitung.ch",
            "Versicherungsmonitor": "versicherungsmonitor.de", "Internet World Business": "internetworld.de", "Food Service": "food-service.de",
            "Statistisches Bundesamt (Destatis)": "destatis.de", "Destatis": "destatis.de", "Statistik Austria": "statistik.at",
            "Bundesamt für Statistik (BFS)": "bfs.admin.ch", "Swiss Federal Statistical Office (FSO)": "bfs.admin.ch/bfs/en", "Eurostat": "ec.europa.eu/eurostat",
            "Deutsche Bundesbank": "bundesbank.de", "Schweizerische Nationalbank (SNB)": "snb.ch", "Oesterreichische Nationalbank (OeNB)": "oenb.at",
            "Kraftfahrt-Bundesamt (KBA)": "kba.de"}  # fmt: skip
_HEADLINE_BRANDS = ["Aldi", "Lidl", "Rewe", "Edeka", "dm", "Rossmann", "Otto", "Zalando", "Migros", "Coop", "Spar",
                    "Billa", "Tchibo", "Lindt", "Allianz", "die Deutsche Bahn", "die ÖBB", "die SBB", "Würth",
                    "Red Bull", "Nestlé", "Swatch", "Hofer", "Douglas"]  # fmt: skip


def _host(name: str) -> str:
    """A firm's web host from its name's first word: "Nestlé S.A." to "nestle", "ÖBB-Personenverkehr AG" to "oebb"."""
    word = name.split()[0].split("-")[0].lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    plain = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch == "-")) or "example"


class Blind72WorkFactory(WorkFactory):
    """The blind72 pool's works: DACH textbooks, journals, theses, companies, bodies, statistics offices, laws,
    rulings, the press, posts and podcasts, with names from the communities DACH marketers work with."""

    KINDS: ClassVar[dict[str, int]] = {
        "book": 13, "chapter": 6, "journal": 20, "thesis": 3, "news": 7, "trade-press": 7, "company-report": 7,
        "company-web": 7, "body-report": 5, "market-research": 8, "statistics": 5, "government": 4,
        "legislation": 3, "court": 2, "web": 4, "social": 3, "podcast": 2,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 72072)
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and names
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.08:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.16:
            family, given = self.rng.choice(_EXPAT)
            return {"family": family, "given": given}
        given_names, families, _weight = self.rng.choices(_COMMUNITIES, weights=[c[2] for c in _COMMUNITIES])[0]
        family, given = self.rng.choice(families), self.rng.choice(given_names)
        if self.rng.random() < 0.08:  # double names: "Müller-Lüdenscheidt", "Huber-Gisler"
            other = self.rng.choice(_GERMAN_FAMILY + _SWISS_FAMILY + _AUSTRIAN_FAMILY)
            if other != family:
                family = f"{family}-{other}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        weights = [34, 28, 18, 9, 5, 3, 2, 1][:most]
        count = self.rng.choices(range(1, most + 1), weights=weights)[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(name["family"] != p["family"] for p in people):
                people.append(name)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.06:  # the classics DACH lecturers still put on reading lists
            return self.rng.randint(1986, 2004)
        return self.rng.randint(2008, 2024)

    def _dated(self, year: int, day: bool = False) -> dict[str, list[list[int]]]:
        if day:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        first = max(2023, (year or 2022) + 1)
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _id(self) -> str:
        self.counter += 1
        return f"b72w{self.counter}"

    # ------------------------------------------------------------------ titles
    def _title_en(self) -> str:
        topic, other = self.rng.sample(_TOPICS_EN, 2)
        setting = self.rng.choice(_SETTINGS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {setting}",
            f"The effect of {topic} on customer loyalty in {setting}",
            f"The dark side of {topic}: a field study in {setting}",
            f"Rethinking {topic} in {setting}",
            f"{topic[0].upper()}{topic[1:]} as a driver of {other}",
            f"How {topic} can shape brand trust: a study of {setting}",
            f"Does {topic} pay? Panel evidence from {setting}",
            f"{topic[0].upper()}{topic[1:]} in {setting}: a systematic literature review",
        ]
        return self.rng.choice(forms)

    def _title_de(self) -> str:
        de, en = self.rng.choice(_TOPICS_DE)
        forms = [
            (
                f"{de}: Grundlagen, Konzepte, Instrumente",
                f"{en[0].upper()}{en[1:]}: foundations, concepts, instruments",
            ),
            (f"{de} im Mittelstand", f"{en[0].upper()}{en[1:]} in medium-sized firms"),
            (f"Praxishandbuch {de}", f"Practical handbook of {en}"),
            (f"{de}: Strategien für den Handel", f"{en[0].upper()}{en[1:]}: strategies for retail"),
            (f"{de} in der Schweiz", f"{en[0].upper()}{en[1:]} in Switzerland"),
            (f"{de} in Österreich: Fallstudien", f"{en[0].upper()}{en[1:]} in Austria: case studies"),
            (f"Digitales {de}", f"Digital {en}"),
            (f"{de} und Nachhaltigkeit", f"{en[0].upper()}{en[1:]} and sustainability"),
        ]
        german, english = self.rng.choice(forms)
        if self.rng.random() < 0.85:
            return f"{german} [{english}]"
        return german

    def _headline(self) -> str:
        headline = self.rng.choice(_HEADLINES).replace("{brand}", self.rng.choice(_HEADLINE_BRANDS))
        return headline[0].upper() + headline[1:]

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind
        return work

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work: "Destatis, 2023a" and "2023b".
        # Only titles without a year are moved to another body's year, and never a law or a ruling.
        undated_title = re.search(r"(19|20)\d\d", str(record.get("title", ""))) is None
        if (
            self.organisations
            and "issued" in record
            and undated_title
            and kind not in ("legislation", "court", "news", "social", "podcast", "trade-press")
            and self.rng.random() < 0.12
        ):
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self._accessed_after(issued["date-parts"][0][0])
        if "issued" in record and kind not in ("legislation", "court", "news", "social", "podcast", "trade-press"):
            self.organisations.append((name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        german = publisher not in ("Routledge", "Wiley", "Springer", "Kogan Page")
        record: dict[str, Any] = {
            "type": "book", "title": self._title_de() if german else self._title_en().replace(": a systematic literature review", ""),
            "author": self._people(4), "issued": self._dated(self.year()), "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["edition"] = str(self.rng.randint(2, 14))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:13])
        de, en = self.rng.choice(_TOPICS_DE)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title_en() if self.rng.random() < 0.5 else self._title_de(),
            "author": self._people(3), "editor": self._people(2),
            "container-title": self.rng.choice([f"Handbuch {de} [Handbook of {en}]", f"Handbuch {de}", f"{de} im Wandel",
                                                f"Perspectives on {en} in the DACH region"]),
            "issued": self._dated(self.year()), "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(10, 35)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title_en(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._dated(self.year()),
            "volume": str(self.rng.randint(1, 101)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 1200))}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1007', '1016', '1177', '15358', '1002'])}/s{self.rng.randint(10000, 99999)}-{self.rng.randint(100, 999)}-{self.rng.randint(1000, 9999)}-{self.rng.randint(1, 9)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, genre = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title_de() if self.rng.random() < 0.4 else self._title_en(),
            "author": self._people(1), "issued": self._dated(self.rng.randint(2010, 2024)), "publisher": university,
            "genre": genre,
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = (
                f"https://www.research-collection.ethz.ch/handle/20.500.11850/{self.rng.randint(100000, 699999)}"
                if "ETH" in university
                else f"https://edoc.ub.uni-muenchen.de/{self.rng.randint(10000, 35000)}/"
            )
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "thesis")

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2024)
        paper = self.rng.choice(_NEWS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "container-title": paper, "issued": self._dated(year, day=True),
            "URL": f"https://www.{_DOMAINS.get(paper, 'handelsblatt.com')}/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _trade_press(self) -> Work:
        year = self.rng.randint(2014, 2024)
        title = self._headline()
        record: dict[str, Any] = {
            "type": "article-magazine", "title": title, "container-title": self.rng.choice(_TRADE), "issued": self._dated(year, day=True),
            "URL": "",
        }  # fmt: skip
        record["URL"] = (
            f"https://www.{_DOMAINS.get(record['container-title'], 'horizont.net')}/{self.fakers['en_GB'].slug()}"
        )
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(year)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        return self._org_work(record, "trade-press", record["container-title"], {"press"})

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice([f"Geschäftsbericht {year - 1}", f"Nachhaltigkeitsbericht {year - 1}", f"Annual Report {year - 1}",
                                 f"Integrated Report {year - 1}", f"Halbjahresbericht {year}", "Markenstudie",
                                 f"Corporate Responsibility Report {year - 1}/{str(year)[2:]}", "Kundenmonitor",
                                 f"Geschäftsbericht {year - 1}/{str(year)[2:]}", "Unternehmensporträt"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": self._dated(year), "publisher": name,
                                  "publisher-place": _SEATS.get(name.split()[0], "München")}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{_host(name)}.com/{self.fakers['en_GB'].slug()}.pdf"
            record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "company-report", name, tags | {"company"})

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        title = self.rng.choice(["Über uns", "Unsere Verantwortung", "Nachhaltigkeit", "Presse: Neue Markenkampagne startet",
                                 "Our history", "Kundenkarte und App", "Karriere", "Fakten und Zahlen", "Sortiment und Eigenmarken",
                                 "Medienmitteilung: Jahresergebnis", "Datenschutzerklärung", "Cookie-Richtlinie"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title,
                                  "URL": f"https://www.{_host(name)}.{self.rng.choice(['de', 'at', 'ch', 'com'])}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        year = self.year() if self.rng.random() < 0.55 else None
        if year is not None:
            record["issued"] = self._dated(year)
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(year)
        return self._org_work(
            record, "company-web", name, tags | {"company"} | ({"undated"} if year is None else set())
        )

    def _body_report(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Handel digital: Online-Monitor {year}", f"Jahresbericht {year - 1}",
                                                        f"Werbemarkt Deutschland {year - 1}", f"Positionspapier zu {self.rng.choice(_TOPICS_EN)}",
                                                        f"Statistisches Taschenbuch {year}", f"Konsumbarometer {year}",
                                                        f"Leitfaden {self.rng.choice(_TOPICS_DE)[0]}"]),
            "issued": self._dated(year), "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Berlin", "Wien", "Bern", "Zürich", "Bonn", "Köln"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = (
                f"https://www.{self.fakers['en_GB'].domain_word()}.{self.rng.choice(['de', 'at', 'ch'])}/{self.fakers['en_GB'].slug()}.pdf"
            )
            record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "body-report", name, tags | {"trade-body"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market = self.rng.choice(["Schokolade", "Kaffee", "Bier", "Drogeriewaren", "Lebensmittel online", "Versicherungen",
                                  "Uhren", "Energy Drinks", "Kfz-Versicherung", "Bahnreisen"])  # fmt: skip
        country = self.rng.choice(
            ["Deutschland", "Österreich", "der Schweiz", "Germany", "Austria", "Switzerland", "DACH"]
        )
        titles = [f"Consumer Market Outlook: {market} – {country}", f"Umfrage zu {market} in {country} {year or 2023}",
                  f"{market} in {country}: Marktbericht {year or 2024}", f"Konsumklima {year or 2023}",
                  f"Coffee in {country}", f"Chocolate confectionery in {country}", f"Brand Index {country} {year or 2024}",
                  f"Anteil der Befragten, die {market} online kaufen, {country} {year or 2023}"]  # fmt: skip
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice(titles), "publisher": name,
            "URL": f"https://www.{_host(name)}.com/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if year is not None:
            record["issued"] = self._dated(year)
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after(year)
        return self._org_work(
            record, "market-research", name, {"market-research"} | ({"undated"} if year is None else set())
        )

    def _statistics(self) -> Work:
        name = self.rng.choice(_STATISTICS)
        year = self.rng.randint(2015, 2024)
        titles = [f"Einzelhandelsumsatz im {self.rng.choice(_MONTHS_DE)} {year}", f"Konsumerhebung {year - 1}/{str(year)[2:]}",
                  f"Haushaltsbudgeterhebung {year - 2}", f"Verbraucherpreisindex: {self.rng.choice(_MONTHS_DE)} {year}",
                  f"Pressemitteilung Nr. {self.rng.randint(10, 499):03d} vom {self.rng.randint(1, 28)}. {self.rng.choice(_MONTHS_DE)} {year}",
                  f"Mobilität und Verkehr: Taschenstatistik {year}", f"Retail trade turnover, {year}",
                  f"Statistisches Jahrbuch {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": self._dated(year),
                                  "URL": f"https://www.{_DOMAINS.get(name, 'destatis.de')}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work(record, "statistics", name, {"government", "statistics"})

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Sektoruntersuchung {self.rng.choice(['Lebensmitteleinzelhandel', 'Vergleichsportale', 'Online-Werbung', 'Smart-TVs'])}",
                                      f"Tätigkeitsbericht {year - 1}/{str(year)[2:]}", f"Orientierungshilfe: {self.rng.choice(_TOPICS_EN)}",
                                      f"Guidelines on {self.rng.choice(_TOPICS_EN)}", f"Jahresbericht {year - 1}",
                                      f"Merkblatt {self.rng.choice(_TOPICS_DE)[0]}"]),
            "issued": self._dated(year),
        }  # fmt: skip
        if self.rng.random() < 0.8:
            record["URL"] = (
                f"https://www.{self.rng.choice(['bundeskartellamt.de', 'edoeb.admin.ch', 'dsb.gv.at', 'bmwk.de', 'bafin.de', 'commission.europa.eu'])}/{self.fakers['en_GB'].slug()}"
            )
            record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        body, title, year, url = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": self._dated(year), "URL": url}
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "legislation", body, {"government", "legislation"})

    def _court(self) -> Work:
        court, title, url = self.rng.choice(_COURTS)
        year = self.rng.randint(2012, 2024)
        month = self.rng.randrange(12)
        values = {"day": str(self.rng.randint(1, 28)), "month": _MONTHS_DE[month], "month_en": _MONTHS_EN[month],
                  "year": str(year), "yy": f"{(year - self.rng.randint(0, 2)) % 100:02d}", "n": str(self.rng.randint(7, 299)),
                  "firm": self.rng.choice(["Planet49 GmbH", "Lidl Dienstleistung GmbH & Co. KG", "Zalando SE", "Meta Platforms Ireland Ltd"])}  # fmt: skip
        for key, value in values.items():
            title = title.replace("{" + key + "}", value)
            url = url.replace("{" + key + "}", value)
        record: dict[str, Any] = {"type": "legal_case", "title": title, "issued": self._dated(year), "URL": url,
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work(record, "court", court, {"government", "court"})

    def _web(self) -> Work:
        year = self.year() if self.rng.random() < 0.75 else None
        record: dict[str, Any] = {
            "type": "webpage", "title": self._title_en() if self.rng.random() < 0.6 else self._headline(),
            "author": self._people(2), "container-title": self.rng.choice(["Marketing-Börse", "Gründerszene", "OnlineMarketing.de", "Handelskraft", "Swiss Marketing Blog", "Medium"]),
            "URL": f"https://{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if year is not None:
            record["issued"] = self._dated(year)
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(year)
        return self._person_work(record, "web")

    def _social(self) -> Work:
        year = self.rng.randint(2018, 2024)
        platform = self.rng.choice(["LinkedIn", "LinkedIn", "XING", "Instagram"])
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Was wir aus 12 Monaten Retail Media gelernt haben", "Drei Learnings von der dmexco",
                                                      "Unsere neue Weihnachtskampagne ist live", "Warum B2B-Marken Emotionen brauchen",
                                                      "Employer Branding im Mittelstand: ein Erfahrungsbericht", "Adventskalender-Aktion 2023 – die Zahlen",
                                                      "Why loyalty apps fail in Switzerland", "Zurück vom Oktoberfest: was Marken dort lernen"]),
            "container-title": platform, "issued": self._dated(year, day=True),
            "URL": f"https://www.{platform.lower()}.com/{'posts' if platform != 'Instagram' else 'p'}/{self.fakers['en_GB'].lexify('??????????')}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if platform == "Instagram" and self.rng.random() < 0.7:
            account = self.rng.choice(
                ["Lidl Deutschland", "dm-drogerie markt", "Migros", "Red Bull", "Lindt Schweiz", "ÖBB", "SBB CFF FFS"]
            )
            return self._org_work(record, "social", account, {"company", "social"})
        record["author"] = self._people(1)
        return self._person_work(record, "social")

    def _podcast(self) -> Work:
        year = self.rng.randint(2019, 2024)
        show = self.rng.choice(_PODCASTS)
        record: dict[str, Any] = {
            "type": "song", "title": f"{show}, Folge {self.rng.randint(1, 480)}: {self.rng.choice(['Retail Media', 'Eigenmarken', 'Preispsychologie', 'Markenführung im Mittelstand', 'Loyalty', 'Versicherung digital'])}",
            "issued": self._dated(year, day=True), "URL": f"https://podcasts.apple.com/de/podcast/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(year), "genre": "Podcast",
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        return self._org_work(record, "podcast", show, {"podcast"})
