"""Works for the blind173 pool (HELD OUT): what marketers in Germany, Austria and their diaspora cite.

Written without reading the checker, its tests or any other pool. The authors are German, Austrian and South Tyrolean
names (umlauts and ß, or the same names typed as ae/oe/ue/ss; "von", "von der", "zu" and "von und zu", kept with the
surname or dropped after the given name as German libraries file them; married women's double names), Turkish-German,
Polish-German, Balkan-Austrian and Italian-South-Tyrolean names, and the British, Irish and American expatriates who
write about the DACH market. Organisations carry their legal forms (AG, SE, GmbH, GmbH & Co. KG, e.V., eG, OG, KG),
regulators and statistical offices their German names and abbreviations (Destatis with two works of 2019), laws are
cited as candidates find them on gesetze-im-internet.de and the RIS, with the Federal Republic, the Bundestag or the
Republic of Austria as author; titles are German with an English translation in square brackets, or English.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------------------------------------- people
_GIVEN_DE = ["Lukas", "Jonas", "Maximilian", "Felix", "Leon", "Paul", "Anna", "Lena", "Sophie", "Marie", "Laura",
             "Katharina", "Johanna", "Hans-Peter", "Karl-Heinz", "Jürgen", "Uwe", "Dieter", "Sabine", "Birgit", "Ute",
             "Jörg", "Sören", "Björn", "Anna-Lena", "Florian", "Matthias", "Stefan", "Tobias", "Christoph", "Andreas",
             "Wolfgang", "Claudia", "Petra", "Franziska", "Theresa", "Magdalena", "Leopold", "Ferdinand", "Xaver",
             "Valentin", "Elias", "Jakob", "Hannah", "Marlene", "Günther", "Rüdiger", "Bärbel", "Gisela", "Heike",
             "Annegret", "Friedrich", "Konstantin", "Dörte", "Maren", "Henrik", "Kai-Uwe", "Eva-Maria", "Moritz"]  # fmt: skip
_FAMILY_DE = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch",
              "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
              "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Köhler", "Weiß",
              "Groß", "Strauß", "Meißner", "Jäger", "Vogel", "Möller", "Böhm", "Brandt", "Haas", "Schulze",
              "Kühn", "Fuchs", "Peters", "Dietrich", "Engel", "Kuhn", "Pohl", "Voß", "Heß", "Sauer"]  # fmt: skip
_FAMILY_AT = ["Huber", "Gruber", "Pichler", "Moser", "Steiner", "Hofer", "Leitner", "Berger", "Mayr", "Wimmer", "Eder",
              "Egger", "Fuchsberger", "Haider", "Lackner", "Aigner", "Brunner", "Wallner", "Hinterberger", "Rainer",
              "Oberhofer", "Gasser", "Kofler", "Mair", "Pfeifer", "Strobl", "Grabner", "Auer", "Holzer", "Reiter"]  # fmt: skip
_GIVEN_AT = ["Florian", "Valentina", "Theresa", "Sebastian", "Katrin", "Lorenz", "Veronika", "Alois", "Elisabeth",
             "Gerhard", "Martina", "Christian", "Barbara", "Stefanie", "Raphael", "Verena", "Dominik", "Julia"]  # fmt: skip
# the same names as they are typed on keyboards without umlauts, or as their bearers spell them abroad
_TRANSLITERATED = ["Mueller", "Schaefer", "Schroeder", "Krueger", "Koehler", "Weiss", "Gross", "Strauss", "Meissner",
                   "Jaeger", "Moeller", "Boehm", "Kuehn", "Goessling", "Doerr", "Fuerst", "Loewe", "Baeumer"]  # fmt: skip
# (particle, family, given, dropped): dropped particles follow the given name in the list ("Weizsäcker, C. von")
_PARTICLES = [("von", "Arnim", "Clara", False), ("von der", "Heyde", "Konstantin", False), ("zu", "Eltz", "Marie", False),
              ("von und zu", "Aufseß", "Philipp", False), ("von", "Hagen", "Friederike", False),
              ("von", "Bülow", "Caspar", True), ("von", "Weizsäcker", "Juliane", True), ("von", "Thun", "Georg", True),
              ("vom", "Stein", "Annika", False), ("von der", "Schulenburg", "Irina", False),
              ("zu", "Salm", "Ludwig", True), ("von", "Oertzen", "Henriette", False)]  # fmt: skip
_TURKISH = [("Yılmaz", "Ayşe"), ("Öztürk", "Mehmet"), ("Kaya", "Emre"), ("Demir", "Elif"), ("Şahin", "Cem"),
            ("Çelik", "Deniz"), ("Aydın", "Zeynep"), ("Arslan", "Murat"), ("Doğan", "Özlem"), ("Kılıç", "Serkan"),
            ("Yilmaz", "Tarik"), ("Oezdemir", "Cansu"), ("Güler", "Burak"), ("Akgün", "Selin")]  # fmt: skip
_POLISH = [("Nowak", "Agnieszka"), ("Kowalski", "Marek"), ("Wiśniewska", "Katarzyna"), ("Lewandowski", "Tomasz"),
           ("Wójcik", "Joanna"), ("Kamińska", "Magdalena"), ("Zieliński", "Paweł"), ("Szymański", "Piotr"),
           ("Dąbrowski", "Łukasz"), ("Grabowski", "Ewa"), ("Kaczmarek", "Marta")]  # fmt: skip
_BALKAN_ETC = [("Petrović", "Milena"), ("Jovanović", "Nikola"), ("Horvat", "Ivana"), ("Kovačević", "Dario"),
               ("Novak", "Tanja"), ("Papadopoulos", "Eleni"), ("Rossi", "Chiara"), ("Bianchi", "Matteo"),
               ("Rahimi", "Shirin"), ("Nguyen", "Thi Mai"), ("Haddad", "Rami"), ("Ivanova", "Jekaterina")]  # fmt: skip
_EXPAT = [("Smith", "Rachel"), ("O'Connor", "Liam"), ("Taylor", "James"), ("Walsh", "Siobhan"), ("McAllister", "Ewan"),
          ("Johnson", "Megan"), ("Clarke", "Oliver"), ("Brennan", "Aoife"), ("Goldberg", "Daniel"), ("Harris", "Emma")]  # fmt: skip

# ---------------------------------------------------------------------------------------------------- organisations
_COMPANIES = ["Deutsche Bank AG", "Commerzbank AG", "DKB Deutsche Kreditbank AG", "ING Deutschland", "N26 GmbH",
              "Trade Republic Bank GmbH", "Erste Group Bank AG", "Raiffeisen Bank International AG", "BAWAG P.S.K.",
              "Allianz SE", "Munich Re", "ERGO Group AG", "HUK-COBURG", "UNIQA Insurance Group AG",
              "Wiener Städtische Versicherung AG", "Deutsche Telekom AG", "Vodafone GmbH",
              "Telefónica Deutschland Holding AG", "1&1 AG", "A1 Telekom Austria AG", "Magenta Telekom",
              "Hutchison Drei Austria GmbH", "ALDI SÜD", "ALDI Nord", "Lidl Stiftung & Co. KG", "REWE Group",
              "EDEKA ZENTRALE Stiftung & Co. KG", "dm-drogerie markt GmbH + Co. KG", "Dirk Rossmann GmbH",
              "Otto Group", "Zalando SE", "MediaMarktSaturn Retail Group", "SPAR Österreich", "BILLA AG", "HOFER KG",
              "HARIBO GmbH & Co. KG", "Dr. August Oetker KG", "Alfred Ritter GmbH & Co. KG", "Bahlsen GmbH & Co. KG",
              "Red Bull GmbH", "Josef Manner & Comp. AG", "Almdudler", "Bitburger Braugruppe GmbH",
              "Ottakringer Getränke AG", "Volkswagen AG", "BMW Group", "Mercedes-Benz Group AG",
              "Dr. Ing. h.c. F. Porsche AG", "AUDI AG", "KTM AG", "Deutsche Lufthansa AG", "Austrian Airlines AG",
              "Deutsche Bahn AG", "ÖBB-Personenverkehr AG", "FlixMobility GmbH", "McDonald's Deutschland",
              "Beck's", "Jung von Matt AG", "Scholz & Friends", "Serviceplan Group SE & Co. KG", "thjnk AG",
              "Demner, Merlicek & Bergmann", "Simon-Kucher & Partners", "Roland Berger GmbH", "Sparkasse KölnBonn",
              "Volksbank Wien AG", "Raiffeisenlandesbank Oberösterreich AG", "George Labs GmbH"]  # fmt: skip
_AUSTRIAN = {"Erste Group Bank AG", "Raiffeisen Bank International AG", "BAWAG P.S.K.", "UNIQA Insurance Group AG",
             "Wiener Städtische Versicherung AG", "A1 Telekom Austria AG", "Magenta Telekom", "Hutchison Drei Austria GmbH",
             "SPAR Österreich", "BILLA AG", "HOFER KG", "Red Bull GmbH", "Josef Manner & Comp. AG", "Almdudler",
             "Ottakringer Getränke AG", "KTM AG", "Austrian Airlines AG", "ÖBB-Personenverkehr AG", "Demner, Merlicek & Bergmann",
             "Volksbank Wien AG", "Raiffeisenlandesbank Oberösterreich AG", "George Labs GmbH"}  # fmt: skip
_TRADE_BODIES = ["Zentralverband der deutschen Werbewirtschaft (ZAW)", "Deutscher Werberat", "Österreichischer Werberat",
                 "Bundesverband Digitale Wirtschaft (BVDW) e.V.", "Handelsverband Deutschland (HDE)",
                 "Handelsverband Österreich", "Bitkom e.V.", "Deutscher Marketing Verband e.V.",
                 "Verbraucherzentrale Bundesverband (vzbv)", "Stiftung Warentest", "Arbeiterkammer Wien",
                 "Wirtschaftskammer Österreich (WKO)", "Deutscher Sparkassen- und Giroverband (DSGV)",
                 "Bundesverband der Deutschen Volksbanken und Raiffeisenbanken (BVR)",
                 "Gesamtverband der Deutschen Versicherungswirtschaft (GDV)", "Bundesverband deutscher Banken",
                 "Fachverband Werbung und Marktkommunikation", "Deutscher Brauer-Bund e.V.", "IAB Austria",
                 "Markenverband e.V.", "Genossenschaftsverband Bayern e.V.", "Deutsches Institut für Normung (DIN)"]  # fmt: skip
_REGULATORS = ["Bundeskartellamt", "Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin)", "BaFin",
               "Der Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)", "Statistisches Bundesamt",
               "Statistik Austria", "Deutsche Bundesbank", "Oesterreichische Nationalbank (OeNB)",
               "Finanzmarktaufsicht (FMA)", "Österreichische Datenschutzbehörde", "Bundeswettbewerbsbehörde (BWB)",
               "Bundesnetzagentur", "RTR-GmbH", "Bundesministerium für Wirtschaft und Klimaschutz (BMWK)",
               "Umweltbundesamt", "Kraftfahrt-Bundesamt (KBA)", "Europäische Kommission", "European Commission",
               "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)", "Europäische Zentralbank"]  # fmt: skip
_DESTATIS = "Statistisches Bundesamt (Destatis)"
_DESTATIS_2019 = ["Einkommens- und Verbrauchsstichprobe 2018 [Income and consumption survey 2018]",
                  "Private Haushalte in der Informationsgesellschaft 2019 [Private households in the information society 2019]",
                  "Einzelhandel: Umsatz im Online-Handel 2019 [Retail: online sales 2019]",
                  "Bevölkerung mit Migrationshintergrund 2019 [Population with a migration background 2019]"]  # fmt: skip
_MARKET_RESEARCH = ["GfK", "NIM – Nürnberg Institut für Marktentscheidungen", "Statista", "Institut für Demoskopie Allensbach",
                    "YouGov Deutschland", "NielsenIQ", "Kantar", "Ipsos", "Marketagent", "Integral Markt- und Meinungsforschung",
                    "IFH Köln", "EHI Retail Institute", "Splendid Research", "Appinio", "Statista Research Department"]  # fmt: skip
_PRESS = ["Der Spiegel", "Die Zeit", "Frankfurter Allgemeine Zeitung", "Süddeutsche Zeitung", "Bild", "Handelsblatt",
          "Der Standard", "Die Presse", "Kronen Zeitung", "ORF.at", "tagesschau.de", "ZDFheute", "Horizont",
          "W&V", "Lebensmittel Zeitung", "t3n", "manager magazin", "WirtschaftsWoche", "Financial Times", "Reuters",
          "Campaign", "Marketing Week", "Salzburger Nachrichten", "Kleine Zeitung", "Tiroler Tageszeitung"]  # fmt: skip
_UNSIGNED_PRESS = ["Handelsblatt", "Der Standard", "Die Presse", "tagesschau.de", "ORF.at", "Horizont", "W&V",
                   "Lebensmittel Zeitung", "Spiegel Online", "FAZ.NET", "dpa", "APA"]  # fmt: skip

# ---------------------------------------------------------------------------------------------------- titles
# (German, English): candidates give the German and the translation in square brackets
_TOPICS = [
    ("Kundenbindung im Retail Banking", "customer loyalty in retail banking"),
    ("Markenvertrauen nach dem Wirecard-Skandal", "brand trust after the Wirecard scandal"),
    ("Neobanken und die Generation Z", "neobanks and Generation Z"),
    ("Influencer-Marketing und Kennzeichnungspflicht", "influencer marketing and disclosure rules"),
    ("Retail Media im Lebensmitteleinzelhandel", "retail media in grocery retail"),
    ("Handelsmarken im Discount", "private labels in discount retail"),
    ("Nachhaltigkeitswerbung und Greenwashing", "sustainability advertising and greenwashing"),
    ("Einwilligung und Cookie-Banner", "consent and cookie banners"),
    ("Regionalität als Markenversprechen", "regionality as a brand promise"),
    ("Das Deutschlandticket und die Mobilitätswende", "the Deutschlandticket and the mobility transition"),
    ("Kundenerlebnis im Versicherungsvertrieb", "customer experience in insurance distribution"),
    ("Mobilfunktarife und Preiswahrnehmung", "mobile tariffs and price perception"),
    ("Bonusprogramme wie Payback", "loyalty programmes such as Payback"),
    ("Markenführung im Mittelstand", "brand management in the Mittelstand"),
    ("Elektromobilität und Markenimage", "electric mobility and brand image"),
    ("Social Commerce bei jungen Zielgruppen", "social commerce among young audiences"),
    ("Preisbewusstsein in Zeiten der Inflation", "price consciousness in times of inflation"),
    ("Heimatmarken und Tradition", "heritage brands and tradition"),
    ("Eventmarketing auf dem Oktoberfest", "event marketing at the Oktoberfest"),
    ("Sponsoring im Wintersport", "sponsorship in winter sport"),
    ("Bargeld und mobiles Bezahlen", "cash and mobile payment"),
    ("Kundenzufriedenheit bei der Bahn", "customer satisfaction on the railway"),
    ("Mehrweg und Verpackungsvermeidung", "reusables and packaging reduction"),
    ("Content-Marketing für Sparkassen", "content marketing for savings banks"),
    ("Employer Branding im Handel", "employer branding in retail"),
    ("Vertrauen in Online-Bewertungen", "trust in online reviews"),
]  # fmt: skip
_EN_TOPICS = ["challenger banks", "brand heritage", "retail media networks", "green claims", "the Mittelstand",
              "consumer trust", "price promotions", "omnichannel grocery", "sponsorship", "customer journeys",
              "mobile banking apps", "premium car brands", "private labels", "loyalty apps", "influencer disclosure",
              "country-of-origin effects", "Made in Germany", "Austrian tourism", "cookie consent", "neo-brokers"]  # fmt: skip
_PLACES = [
    "Deutschland",
    "Österreich",
    "der DACH-Region",
    "Bayern",
    "Wien",
    "Südtirol",
    "Berlin",
    "Nordrhein-Westfalen",
]
_PLACES_EN = [
    "Germany",
    "Austria",
    "the DACH region",
    "Bavaria",
    "Vienna",
    "South Tyrol",
    "Berlin",
    "North Rhine-Westphalia",
]

_PUBLISHERS = [("Springer Gabler", "Wiesbaden"), ("Vahlen", "München"), ("Schäffer-Poeschel", "Stuttgart"),
               ("Kohlhammer", "Stuttgart"), ("Haufe", "Freiburg"), ("UVK", "München"), ("Linde", "Wien"),
               ("Facultas", "Wien"), ("Campus", "Frankfurt am Main"), ("Hanser", "München"), ("De Gruyter", "Berlin"),
               ("Nomos", "Baden-Baden"), ("C.H.Beck", "München"), ("Manz", "Wien"), ("Pearson", "Harlow"),
               ("Kogan Page", "London"), ("Routledge", "Abingdon"), ("Palgrave Macmillan", "Cham")]  # fmt: skip
_JOURNALS = ["Marketing ZFP – Journal of Research and Management", "Die Betriebswirtschaft",
             "Schmalenbach Journal of Business Research", "Journal of Business Economics", "Der Markt",
             "transfer – Zeitschrift für Kommunikation und Markenmanagement", "Marketing Review St. Gallen",
             "Journal of Marketing", "International Journal of Research in Marketing",
             "Journal of Retailing and Consumer Services", "European Journal of Marketing", "Journal of Business Research",
             "Psychology & Marketing", "Journal of Interactive Marketing", "Journal of Brand Management",
             "International Journal of Bank Marketing", "Journal of Financial Services Marketing", "Die Unternehmung",
             "Wirtschaftsdienst", "Zeitschrift für betriebswirtschaftliche Forschung"]  # fmt: skip
_UNIVERSITIES = [("Ludwig-Maximilians-Universität München", "München"), ("Universität zu Köln", "Köln"),
                 ("Universität Mannheim", "Mannheim"), ("WHU – Otto Beisheim School of Management", "Vallendar"),
                 ("Wirtschaftsuniversität Wien", "Wien"), ("Universität Innsbruck", "Innsbruck"),
                 ("Universität St. Gallen (HSG)", "St. Gallen"), ("Goethe-Universität Frankfurt", "Frankfurt am Main"),
                 ("Humboldt-Universität zu Berlin", "Berlin"), ("Friedrich-Alexander-Universität Erlangen-Nürnberg", "Nürnberg"),
                 ("Universität Hamburg", "Hamburg"), ("Technische Universität München", "München"),
                 ("Karl-Franzens-Universität Graz", "Graz"), ("Johannes Kepler Universität Linz", "Linz"),
                 ("Freie Universität Bozen", "Bozen"), ("Universität Leipzig", "Leipzig")]  # fmt: skip
_THESIS_GENRES = ["Dissertation", "Masterarbeit", "MSc thesis", "MBA dissertation", "PhD thesis", "Diplomarbeit",
                  "Bachelorarbeit"]  # fmt: skip
_CONFERENCES = ["Proceedings of the European Marketing Academy (EMAC) Annual Conference",
                "Tagungsband der Wissenschaftlichen Kommission Marketing im VHB",
                "Proceedings of the 18th International Conference on Wirtschaftsinformatik",
                "AMA Winter Academic Conference Proceedings", "ECIS 2022 Proceedings",
                "Proceedings of the Global Marketing Conference"]  # fmt: skip
_CONF_PLACES = ["Budapest", "Hamburg", "Wien", "Paderborn", "Timișoara", "Innsbruck", "Nürnberg", "Seoul", "Köln"]
# laws: (author, title, year, URL)
_LAWS = [
    ("Bundesrepublik Deutschland", "Bundesdatenschutzgesetz (BDSG) vom 30. Juni 2017", 2017, "https://www.gesetze-im-internet.de/bdsg_2018/"),
    ("Bundesrepublik Deutschland", "Gesetz gegen den unlauteren Wettbewerb (UWG)", 2004, "https://www.gesetze-im-internet.de/uwg_2004/"),
    ("Deutscher Bundestag", "Gesetz gegen den unlauteren Wettbewerb (UWG) in der Fassung der Bekanntmachung vom 3. März 2010", 2010, "https://www.gesetze-im-internet.de/uwg_2004/"),
    ("Bundesrepublik Deutschland", "Telekommunikation-Telemedien-Datenschutz-Gesetz (TTDSG)", 2021, "https://www.gesetze-im-internet.de/ttdsg/"),
    ("Bundesrepublik Deutschland", "Preisangabenverordnung (PAngV)", 2022, "https://www.gesetze-im-internet.de/pangv_2022/"),
    ("Bundesrepublik Deutschland", "Verpackungsgesetz (VerpackG)", 2017, "https://www.gesetze-im-internet.de/verpackg/"),
    ("Deutscher Bundestag", "Lieferkettensorgfaltspflichtengesetz (LkSG) [Supply Chain Due Diligence Act]", 2021, "https://www.gesetze-im-internet.de/lksg/"),
    ("Republik Österreich", "Datenschutzgesetz (DSG), BGBl. I Nr. 165/1999", 1999, "https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10001597"),
    ("Republik Österreich", "Bundesgesetz gegen den unlauteren Wettbewerb 1984 (UWG), BGBl. Nr. 448/1984", 1984, "https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10002665"),
    ("Republik Österreich", "Konsumentenschutzgesetz (KSchG), BGBl. Nr. 140/1979", 1979, "https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10002462"),
    ("Republik Österreich", "E-Commerce-Gesetz (ECG), BGBl. I Nr. 152/2001", 2001, "https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=20001703"),
    ("Europäisches Parlament und Rat der Europäischen Union", "Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung) [General Data Protection Regulation]", 2016, "https://eur-lex.europa.eu/eli/reg/2016/679/oj"),
]  # fmt: skip
_MR_TITLES = ["Konsumklima Deutschland {month} {year} [Consumer climate Germany {month_en} {year}]",
              "Kaufkraft Deutschland {year} [Purchasing power Germany {year}]", "Handel in Zahlen {year} [Retail in figures {year}]",
              "Online-Monitor {year}", "Markenvertrauen in Österreich {year} [Brand trust in Austria {year}]",
              "Anteil der Nutzer von Neobanken in Deutschland {year} [Share of neobank users in Germany {year}]",
              "Mobile Payment Studie {year}", "Umsatz von Aldi Süd in Deutschland bis {year} [Aldi Süd's revenue in Germany to {year}]",
              "Brand Footprint Deutschland {year}", "Trend-Monitor Lebensmittel {year} [Food trend monitor {year}]",
              "Social-Media-Nutzung in Österreich {year} [Social media use in Austria {year}]"]  # fmt: skip
_DOMAINS = {"Der Spiegel": "https://www.spiegel.de", "Spiegel Online": "https://www.spiegel.de", "Die Zeit": "https://www.zeit.de",
            "Frankfurter Allgemeine Zeitung": "https://www.faz.net", "FAZ.NET": "https://www.faz.net",
            "Süddeutsche Zeitung": "https://www.sueddeutsche.de", "Bild": "https://www.bild.de",
            "Handelsblatt": "https://www.handelsblatt.com", "Der Standard": "https://www.derstandard.at",
            "Die Presse": "https://www.diepresse.com", "Kronen Zeitung": "https://www.krone.at", "ORF.at": "https://orf.at/stories",
            "tagesschau.de": "https://www.tagesschau.de", "ZDFheute": "https://www.zdf.de/nachrichten",
            "Horizont": "https://www.horizont.net", "W&V": "https://www.wuv.de", "Lebensmittel Zeitung": "https://www.lebensmittelzeitung.net",
            "t3n": "https://t3n.de/news", "manager magazin": "https://www.manager-magazin.de", "WirtschaftsWoche": "https://www.wiwo.de",
            "Financial Times": "https://www.ft.com/content", "Reuters": "https://www.reuters.com/business",
            "Campaign": "https://www.campaignlive.co.uk/article", "Marketing Week": "https://www.marketingweek.com",
            "Salzburger Nachrichten": "https://www.sn.at", "Kleine Zeitung": "https://www.kleinezeitung.at",
            "Tiroler Tageszeitung": "https://www.tt.com", "dpa": "https://www.dpa.com/de", "APA": "https://www.apa.at"}  # fmt: skip
_MONTHS = [
    ("Januar", "January"),
    ("März", "March"),
    ("Juni", "June"),
    ("September", "September"),
    ("November", "November"),
]


class Blind173WorkFactory(WorkFactory):
    """Works that DACH marketers cite, from one seeded random source of its own."""

    # the draws and their weights; each draw names the method that makes it
    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "ebook": 3, "chapter": 6, "journal": 22, "thesis": 4, "conference": 3, "company-web": 9,
             "company-report": 6, "trade-body": 6, "regulator": 7, "legislation": 4, "market-research": 8, "news": 7,
             "news-unsigned": 3, "social": 2, "podcast": 2, "video": 2, "undated-web": 4, "working-paper": 2}  # fmt: skip
    # the kinds of work they give (Work.kind)
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 173 + 17301)

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.34:
            name = {"family": rng.choice(_FAMILY_DE), "given": rng.choice(_GIVEN_DE)}
        elif roll < 0.48:
            name = {"family": rng.choice(_FAMILY_AT), "given": rng.choice(_GIVEN_AT + _GIVEN_DE)}
        elif roll < 0.55:
            name = {"family": rng.choice(_TRANSLITERATED), "given": rng.choice(_GIVEN_DE)}
        elif roll < 0.63:
            particle, family, given, dropped = rng.choice(_PARTICLES)
            name = {"family": family, "given": given}
            name["dropping-particle" if dropped else "non-dropping-particle"] = particle
        elif roll < 0.73:
            name = dict(zip(("family", "given"), rng.choice(_TURKISH), strict=True))
        elif roll < 0.80:
            name = dict(zip(("family", "given"), rng.choice(_POLISH), strict=True))
        elif roll < 0.86:
            name = dict(zip(("family", "given"), rng.choice(_BALKAN_ETC), strict=True))
        elif roll < 0.93:
            name = dict(zip(("family", "given"), rng.choice(_EXPAT), strict=True))
        else:
            fake = self.fakers["de_DE"]
            family = fake.last_name()
            name = {"family": family.split()[-1], "given": fake.first_name()}
        if "dropping-particle" not in name and "non-dropping-particle" not in name and rng.random() < 0.08:
            # a married woman's double name: "Schneider-Yılmaz", "Huber-Pichler"
            second = rng.choice(_FAMILY_DE + _FAMILY_AT + [f for f, _ in _TURKISH + _POLISH])
            if second != name["family"]:
                name["family"] = f"{name['family']}-{second}"
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics of German marketing teaching
            return self.rng.randint(1972, 1994)
        return self.rng.randint(2005, 2025)

    def _after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        """An access date on or after the issue date, in 2023 to 2025."""
        while True:
            accessed = [self.rng.randint(max(2023, issued[0]), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            if accessed[: len(issued)] >= issued:
                return {"date-parts": [accessed]}

    def _maybe_accessed(self, record: dict[str, Any], chance: float = 0.85) -> None:
        issued = record["issued"]["date-parts"][0] if "issued" in record else [2023]
        if self.rng.random() < chance:
            record["accessed"] = self._after(list(issued))

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        rng = self.rng
        german, english = rng.choice(_TOPICS)
        place = rng.randrange(len(_PLACES))
        topic = rng.choice(_EN_TOPICS)
        forms = [
            f"{german} [{english[0].upper()}{english[1:]}]",
            f"{german} in {_PLACES[place]} [{english[0].upper()}{english[1:]} in {_PLACES_EN[place]}]",
            f"{german}: Eine empirische Analyse [{english[0].upper()}{english[1:]}: an empirical analysis]",
            f"{english[0].upper()}{english[1:]} in {_PLACES_EN[place]}",
            f"{english[0].upper()}{english[1:]}: evidence from {_PLACES_EN[place]}",
            f"Rethinking {rng.choice(_EN_TOPICS)}: the case of {rng.choice(['German', 'Austrian', 'DACH'])} {rng.choice(['banks', 'retailers', 'insurers', 'car makers', 'telecoms', 'breweries'])}",
            f"{topic[0].upper()}{topic[1:]} and {rng.choice(_EN_TOPICS)}",
            f"{german} und die Kaufentscheidung [{english[0].upper()}{english[1:]} and the purchase decision]",
        ]
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _issued(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.year()]]}

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._issued(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 14))
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(3),
                                  "issued": self._issued(), "publisher": publisher, "publisher-place": place,
                                  "medium": self.rng.choice(["E-book", "Kindle edition", "eBook"]),
                                  "URL": f"https://link.springer.com/book/10.1007/978-3-658-{self.rng.randint(10000, 49999)}-{self.rng.randint(0, 9)}"}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        self._maybe_accessed(record)
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:12])
        start = self.rng.randint(1, 600)
        editors = self._people(3)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": editors,
            "container-title": self.rng.choice(["Handbuch Markenführung", "Handbuch Handel", "Dienstleistungsmarketing",
                                                "Digitales Marketing in der Praxis", "Handbuch Bankmarketing",
                                                "Forum Dienstleistungsmanagement", "Marketing in Österreich"]),
            "issued": self._issued(), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 35)}",
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._issued(),
            "volume": str(self.rng.randint(1, 95)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['15358', '1007', '1016', '1108', '1057'])}/{self.rng.choice(['s11573', 'j.jbusres', 'EJM', '0344-1369', 's41262'])}-{self.rng.randint(2005, 2025)}-{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "issued": {"date-parts": [[self.rng.randint(2008, 2025)]]}, "publisher": university,
                                  "publisher-place": place, "genre": self.rng.choice(_THESIS_GENRES)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = f"https://edoc.ub.uni-muenchen.de/{self.rng.randint(10000, 35000)}/"
            self._maybe_accessed(record)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": self.rng.choice(_CONFERENCES), "issued": self._issued(),
                                  "publisher-place": self.rng.choice(_CONF_PLACES),
                                  "page": f"{start}-{start + self.rng.randint(5, 15)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _working_paper(self) -> Work:
        institute = self.rng.choice(["ifo Institut", "DIW Berlin", "ZEW – Leibniz-Zentrum für Europäische Wirtschaftsforschung",
                                     "WIFO", "IW Köln", "IHS Wien"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3),
                                  "issued": self._issued(), "publisher": institute,
                                  "publisher-place": self.rng.choice(["München", "Berlin", "Mannheim", "Wien", "Köln"]),
                                  "collection-title": "Working Paper", "number": str(self.rng.randint(10, 450))}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = (
                f"https://www.{institute.split()[0].lower()}.de/publikationen/wp-{self.rng.randint(100, 999)}"
            )
            self._maybe_accessed(record)
        return self._person_work(record, "report")

    def _web_url(self, name: str) -> str:
        words = name.split(" (")[0].lower()
        for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e"), ("&", "und")):
            words = words.replace(umlaut, plain)
        kept = [
            w for w in words.split() if w not in ("ag", "se", "gmbh", "kg", "co.", "e.v.", "group", "der", "die", "den")
        ]
        slug = "-".join("".join(c for c in w if c.isalnum()) for w in kept[:2]).strip("-") or "site"
        tld = self.rng.choice(["de", "de", "at", "com"])
        path = self.rng.choice(["presse", "unternehmen/nachhaltigkeit", "newsroom", "ueber-uns", "karriere", "investor-relations",
                                "magazin", "de/marke"])  # fmt: skip
        return f"https://www.{slug}.{tld}/{path}/{self.rng.randint(100, 9999)}"

    def _company_web(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self._title() if self.rng.random() < 0.3 else self.rng.choice(
            ["Unsere Geschichte [Our history]", "Nachhaltigkeit [Sustainability]", "Über uns [About us]",
             "Pressemitteilung: Neue Markenkampagne [Press release: new brand campaign]", "Our brand promise",
             "Verantwortung [Responsibility]", "Zahlen und Fakten [Facts and figures]"]),
            "URL": self._web_url(name)}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = self._issued()
        self._maybe_accessed(record, 0.9)
        return self._org_work(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice([f"Geschäftsbericht {year} [Annual report {year}]", f"Annual Report {year}",
                                 f"Nachhaltigkeitsbericht {year} [Sustainability report {year}]",
                                 f"Integrated Report {year}", f"Konzernbericht {year}/{str(year + 1)[2:]}",
                                 self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[min(year + 1, 2025)]]},
                                  "publisher": name, "publisher-place": self.rng.choice(
                                      ["Wien"] if name in _AUSTRIAN else ["München", "Frankfurt am Main", "Hamburg", "Stuttgart", "Düsseldorf", "Berlin"])}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._web_url(name)
            self._maybe_accessed(record)
        return self._org_work(record, "report", name, {"company"})

    def _trade_body(self) -> Work:
        name = self.rng.choice(_TRADE_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self._web_url(name)}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = self._issued()
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            austrian = any(word in name for word in ("Österreich", "Wien", "Austria", "Fachverband"))
            record["publisher-place"] = "Wien" if austrian else self.rng.choice(["Berlin", "Bonn", "Frankfurt am Main"])
        self._maybe_accessed(record)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"trade-body"})

    def _regulator(self) -> Work:
        if self.rng.random() < 0.25:  # Destatis, with two works of 2019 now and then
            record: dict[str, Any] = {"type": "report", "title": self.rng.choice(_DESTATIS_2019),
                                      "issued": {"date-parts": [[2019]]}, "publisher": "Statistisches Bundesamt",
                                      "publisher-place": "Wiesbaden",
                                      "URL": f"https://www.destatis.de/DE/Themen/{self.rng.randint(1000, 9999)}.html"}  # fmt: skip
            self._maybe_accessed(record)
            return self._org_work(record, "report", _DESTATIS, {"government"})
        name = self.rng.choice(_REGULATORS)
        record = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                  "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]},
                  "URL": self._web_url(name)}  # fmt: skip
        self._maybe_accessed(record, 0.9)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        author, title, year, url = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}, "URL": url}
        self._maybe_accessed(record, 0.8)
        return self._org_work(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.rng.randint(2015, 2025)
        month, month_en = self.rng.choice(_MONTHS)
        title = self.rng.choice(_MR_TITLES).format(year=year, month=month, month_en=month_en)
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" –")[0],
                                  "URL": f"https://www.{name.split()[0].lower()}.com/de/{self.rng.randint(1000, 99999)}"}  # fmt: skip
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
        self._maybe_accessed(record, 0.9)
        return self._org_work(record, "report", name, {"market-research"})

    def _dated(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(2012, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _news(self) -> Work:
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PRESS), "issued": self._dated()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["URL"] = (
                f"{_DOMAINS.get(record['container-title'], 'https://www.' + record['container-title'].split()[-1].lower() + '.de')}/wirtschaft/{self.rng.randint(10000, 999999)}"
            )
            self._maybe_accessed(record)
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        name = self.rng.choice(_UNSIGNED_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": name,
                                  "issued": self._dated(), "URL": f"{_DOMAINS.get(name, 'https://www.apa.at')}/{self.rng.randint(10000, 999999)}"}  # fmt: skip
        self._maybe_accessed(record)
        return self._org_work(record, "news", name, {"press"})

    def _social(self) -> Work:
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(
            ["Wir sagen Danke! [We say thank you!]", "Ab heute im Regal [On the shelf from today]",
             "Proud to share our new brand campaign", "Servus Wien! [Hello Vienna!]", "O'zapft is! #Wiesn",
             "Neue Filiale in Leipzig [New branch in Leipzig]", "Frohe Weihnachten [Merry Christmas]"]),
            "container-title": self.rng.choice(["LinkedIn", "Instagram", "X (formerly Twitter)", "TikTok", "Facebook"]),
            "issued": self._dated()}  # fmt: skip
        platform = {"X (formerly Twitter)": "x"}.get(record["container-title"], record["container-title"].lower())
        record["URL"] = (
            f"https://www.{platform}.com/{self.rng.choice(['p', 'posts', 'status', 'reel'])}/{self.rng.randint(100000, 999999)}"
        )
        self._maybe_accessed(record, 0.9)
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        return self._org_work(record, "social", self.rng.choice(_COMPANIES), {"company"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "broadcast", "title": f"Folge {self.rng.randint(1, 400)}: {self._title()}",
                                  "container-title": self.rng.choice(["OMR Podcast", "Handelsblatt Disrupt", "Finanzfluss Podcast",
                                                                      "Der Marketing-Podcast", "Ö1 Digital.Leben", "Zeit Wirtschaft"]),
                                  "medium": "Podcast", "author": self._people(2), "issued": self._dated(),
                                  "URL": f"https://open.spotify.com/episode/{self.rng.randint(10**8, 10**9)}"}  # fmt: skip
        self._maybe_accessed(record)
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "title": self._title(), "medium": "YouTube video",
                                  "issued": self._dated(), "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}"}  # fmt: skip
        self._maybe_accessed(record)
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "video")
        return self._org_work(record, "video", self.rng.choice([*_COMPANIES, "ZDF", "ARD", "ORF"]), {"company"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            record["URL"] = (
                f"https://www.{self.rng.choice(['gruenderszene', 'onlinemarketing', 'absatzwirtschaft', 'marketing-boerse'])}.de/{self.rng.randint(100, 9999)}"
            )
            self._maybe_accessed(record, 0.9)
            return self._person_work(record, "web")
        name = self.rng.choice(_COMPANIES + _TRADE_BODIES)
        record["URL"] = self._web_url(name)
        self._maybe_accessed(record, 0.9)
        return self._org_work(record, "web", name, {"undated"})
