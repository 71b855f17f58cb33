"""Works for the blind157 pool (HELD OUT): what marketers in Italy and its diaspora cite in CIM Level 6 and 7
reports and MBA assignments written in English.

Written without reading the checker, its tests or any other pool. Authors are Italian in all their forms:
particles written as part of the surname and filed under it ("De Luca", "Di Stefano", "D'Amico", "Dell'Acqua",
"Lo Russo", "La Rosa"), the lower-case particles of old families ("della Valle", "de' Medici"), double surnames
("Cordero di Montezemolo"), double given names ("Gian Luca", "Maria Grazia", "Pier Paolo"), accents ("Cannavò",
"Niccolò"), the same names anglicised by the diaspora ("DeLuca", "DiNapoli") and the British, Swiss, German,
American and Argentine colleagues who write about Italian brands. Organisations carry their legal forms (S.p.A.,
S.r.l., S.r.l.s., S.a.s., Soc. Coop., N.V.), regulators and statistics offices their acronyms (AGCOM, AGCM,
ISTAT, Consob), laws are numbered as the Gazzetta Ufficiale numbers them ("Decreto legislativo 30 giugno 2003,
n. 196") and Italian titles carry an English translation in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# ------------------------------------------------------------------------------------------------ people
_SURNAMES = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
             "Bruno", "Gallo", "Conti", "Costa", "Giordano", "Mancini", "Rizzo", "Lombardi", "Moretti", "Barbieri",
             "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo",
             "Gentile", "Martinelli", "Vitale", "Serra", "Coppola", "Cattaneo", "Pellegrini", "Parisi", "Sala",
             "Fabbri", "Orlando", "Bernardi", "Monti", "Grasso", "Testa", "Benedetti", "Guerra", "Farina", "Bellini",
             "Marchetti", "Piras", "Sanna", "Melis", "Brambilla", "Brivio", "Pozzi", "Zanella", "Zanon", "Zanetti",
             "Bortolotti", "Casagrande", "Tomasi", "Pagano", "Caputo", "Negri", "Scuderi", "Amato", "Messina",
             "Cusumano", "Ruggiero", "Palumbo", "Sorrentino", "Iannone", "Castelli", "Vianello", "Rigoni", "Fumagalli",
             "Mazzola", "Bonfanti", "Sartori", "Tagliabue", "Zambon", "Pisano", "Ferraro", "Ventura"]  # fmt: skip
_ACCENTED = ["Cannavò", "Cutrì", "Pirrò", "Nicolò", "Lucà", "Zappalà", "Mazzà", "Canzonà"]  # fmt: skip
_PARTICLE_SURNAMES = ["De Luca", "Di Stefano", "D'Amico", "Dell'Acqua", "Lo Russo", "La Rosa", "De Angelis",
                      "Di Maio", "Del Piero", "Della Rocca", "D'Alessandro", "De Santis", "Di Giovanni", "Lo Presti",
                      "Li Causi", "La Torre", "Lo Bianco", "Dal Molin", "Dalla Costa", "Degli Esposti", "Del Vecchio",
                      "De Rosa", "D'Angelo", "Dell'Orto", "Dalla Chiesa", "Di Pietro", "D'Urso", "De Marchi",
                      "Lo Iacono", "La Greca", "Li Volsi", "Del Monte", "De Simone", "Di Bella"]  # fmt: skip
_NOBLE = [("della", "Valle"), ("de'", "Medici"), ("della", "Gherardesca"), ("di", "Savoia"), ("de'", "Pazzi"),
          ("degli", "Uberti"), ("da", "Verrazzano"), ("del", "Drago")]  # fmt: skip
_DOUBLE_SURNAMES = ["Cordero di Montezemolo", "Borromeo Arese", "Lanza Tomasi", "Ruffo di Calabria",
                    "Brandolini d'Adda", "Sforza Fogliani", "Ferrari Bravo", "Guicciardini Strozzi",
                    "Marzotto Caotorta", "Rossi Doria"]  # fmt: skip
_GIVEN_M = ["Marco", "Luca", "Giuseppe", "Francesco", "Alessandro", "Andrea", "Matteo", "Lorenzo", "Davide",
            "Stefano", "Paolo", "Giovanni", "Riccardo", "Federico", "Simone", "Tommaso", "Niccolò", "Nicolò",
            "Gianluca", "Gianmarco", "Pierluigi", "Vittorio", "Massimo", "Fabrizio", "Emanuele", "Salvatore",
            "Carmine", "Gennaro", "Ettore", "Jacopo", "Filippo", "Raffaele", "Enrico", "Corrado", "Leonardo"]  # fmt: skip
_GIVEN_F = ["Giulia", "Francesca", "Chiara", "Sara", "Martina", "Valentina", "Alessia", "Elena", "Federica",
            "Silvia", "Laura", "Elisa", "Beatrice", "Ilaria", "Paola", "Roberta", "Caterina", "Lucrezia", "Benedetta",
            "Serena", "Alessandra", "Simona", "Greta", "Noemi", "Ludovica", "Carlotta", "Rosaria", "Concetta"]  # fmt: skip
_GIVEN_DOUBLE = ["Gian Luca", "Maria Grazia", "Pier Paolo", "Gian Marco", "Maria Teresa", "Anna Maria", "Pier Luigi",
                 "Gian Piero", "Maria Chiara", "Giovanni Battista", "Maria Luisa", "Gian Carlo", "Anna Rita",
                 "Maria Vittoria", "Pier Francesco"]  # fmt: skip
# Colleagues abroad and the diaspora: anglicised particles, Swiss and German, Argentine and British names.
_ABROAD = [("DeLuca", "Joseph"), ("DiNapoli", "Christina"), ("LoBianco", "Anthony"), ("LaRosa", "Nicole"),
           ("Dellacqua", "Mark"), ("DiMarco", "Jessica"), ("Scarpetta", "Michael"), ("Iacocca", "Lisa"),
           ("Müller", "Jürgen"), ("Brunner", "Regula"), ("Keller", "Urs"), ("Schmid", "Andrea"),
           ("Hofmann", "Katrin"), ("Weiß", "Tobias"), ("Gutiérrez", "Lucía"), ("Fernández Rossi", "Martín"),
           ("Pérez", "Sofía"), ("Bianchi Gómez", "Florencia"), ("Smith", "Rachel"), ("Clarke", "Oliver"),
           ("O'Brien", "Siobhan"), ("Taylor", "James"), ("Hughes", "Emma"), ("McAllister", "Fiona"),
           ("Thompson-Grant", "Hannah"), ("Walker", "Ben"), ("Dubois", "Camille"), ("Kowalski", "Anna"),
           ("Chen", "Li"), ("Papadopoulos", "Eleni")]  # fmt: skip

# ------------------------------------------------------------------------------------------------ organisations
_COMPANIES = ["Intesa Sanpaolo S.p.A.", "Intesa Sanpaolo", "UniCredit S.p.A.", "UniCredit", "Banco BPM",
              "Mediobanca S.p.A.", "FinecoBank S.p.A.", "Satispay S.p.A.", "Satispay", "Nexi S.p.A.", "Nexi",
              "TIM", "Telecom Italia S.p.A.", "Vodafone Italia S.p.A.", "WindTre S.p.A.", "Iliad Italia S.p.A.",
              "Fastweb S.p.A.", "Gucci", "Prada S.p.A.", "Prada Group", "Giorgio Armani S.p.A.",
              "Salvatore Ferragamo S.p.A.", "Moncler S.p.A.", "EssilorLuxottica", "Benetton Group S.r.l.",
              "Barilla G. e R. Fratelli S.p.A.", "Barilla Group", "Ferrero", "Luigi Lavazza S.p.A.", "Lavazza Group",
              "illycaffè S.p.A.", "Davide Campari-Milano N.V.", "Campari Group", "Birra Peroni S.r.l.",
              "Sanpellegrino S.p.A.", "Mutti S.p.A.", "Esselunga S.p.A.", "Coop Italia Soc. Coop.",
              "Conad Soc. Coop.", "Eataly S.p.A.", "Ferrari N.V.", "Stellantis", "Automobili Lamborghini S.p.A.",
              "Ducati Motor Holding S.p.A.", "Piaggio & C. S.p.A.", "ITA Airways", "Trenitalia",
              "Italo - Nuovo Trasporto Viaggiatori S.p.A.", "RAI - Radiotelevisione italiana", "Mediaset",
              "MFE-MediaForEurope N.V.", "Armando Testa S.p.A.", "Caffè Moretti S.r.l.s.", "Rossi & Figli S.a.s.",
              "Pasticceria Marchetti S.n.c.", "Studio Bianchi & Associati S.r.l.", "Frantoio Di Bella S.r.l."]  # fmt: skip
_BODIES = ["UPA - Utenti Pubblicità Associati", "IAB Italia", "Confcommercio", "Federdistribuzione",
           "Assolombarda", "Confindustria", "Fondazione Altagamma", "Federalimentare",
           "Netcomm - Consorzio del Commercio Digitale Italiano", "Istituto dell'Autodisciplina Pubblicitaria (IAP)",
           "Istituto dell'Autodisciplina Pubblicitaria", "UNA - Aziende della Comunicazione Unite",
           "Camera Nazionale della Moda Italiana", "Associazione Bancaria Italiana (ABI)",
           "Osservatori Digital Innovation del Politecnico di Milano", "Touring Club Italiano", "Slow Food",
           "Assocom", "Coldiretti", "Unione Italiana Food"]  # fmt: skip
_REGULATORS = ["Garante per la protezione dei dati personali", "AGCOM",
               "Autorità per le Garanzie nelle Comunicazioni (AGCOM)", "Autorità Garante della Concorrenza e del Mercato",
               "AGCM", "ISTAT", "Istituto Nazionale di Statistica (ISTAT)", "Banca d'Italia", "Consob",
               "Ministero delle Imprese e del Made in Italy", "Ministero dell'Economia e delle Finanze",
               "Presidenza del Consiglio dei Ministri", "Agenzia delle Entrate", "ENIT - Agenzia Nazionale del Turismo",
               "ICE - Agenzia per la promozione all'estero e l'internazionalizzazione delle imprese italiane",
               "Comune di Milano", "Regione Lombardia", "European Commission"]  # fmt: skip
_RESEARCH = ["Nielsen Italia", "NielsenIQ", "Ipsos Italia", "GfK Italia", "Nomisma", "BVA Doxa", "Euromonitor International",
             "Statista", "Mintel", "Kantar", "Censis", "Deloitte Italia", "PwC Italia", "McKinsey & Company",
             "Bain & Company", "Circana", "Audiweb", "Auditel"]  # fmt: skip
_PRESS_IT = ["Corriere della Sera", "la Repubblica", "Il Sole 24 Ore", "La Stampa", "Milano Finanza",
             "Il Fatto Quotidiano", "Wired Italia", "Pambianco News", "Engage", "Prima Comunicazione",
             "Brand News", "Il Messaggero", "Il Mattino", "Affari & Finanza", "Gazzetta dello Sport"]  # fmt: skip
_PRESS_EN = ["Financial Times", "Reuters", "Bloomberg", "The Guardian", "Business of Fashion", "WWD",
             "Vogue Business", "The Economist", "Campaign", "Marketing Week", "The Drum", "BBC News"]  # fmt: skip
_UNIVERSITIES = [("Università Commerciale Luigi Bocconi", "Milano"), ("Politecnico di Milano", "Milano"),
                 ("LUISS Guido Carli", "Roma"), ("Sapienza Università di Roma", "Roma"),
                 ("Alma Mater Studiorum - Università di Bologna", "Bologna"), ("Università Ca' Foscari Venezia", "Venezia"),
                 ("Università degli Studi di Napoli Federico II", "Napoli"), ("Università di Torino", "Torino"),
                 ("Università degli Studi di Firenze", "Firenze"), ("Università Cattolica del Sacro Cuore", "Milano"),
                 ("SDA Bocconi School of Management", "Milano"), ("MIP Politecnico di Milano Graduate School of Business", "Milano")]  # fmt: skip
_JOURNALS = ["Mercati & Competitività", "Micro & Macro Marketing", "Sinergie Italian Journal of Management",
             "Italian Journal of Marketing", "Journal of Business Research", "Journal of Marketing Management",
             "Journal of Global Fashion Marketing", "Journal of Retailing and Consumer Services",
             "International Journal of Bank Marketing", "British Food Journal", "Journal of Fashion Marketing and Management",
             "Journal of Product & Brand Management", "Economia & Management", "European Journal of Marketing",
             "Journal of Brand Management", "Psychology & Marketing", "International Journal of Wine Business Research",
             "Journal of Luxury Research", "Management Decision", "Journal of Consumer Behaviour"]  # fmt: skip
_ITALIAN_JOURNALS = {"Mercati & Competitività", "Micro & Macro Marketing", "Sinergie Italian Journal of Management",
                     "Economia & Management"}  # fmt: skip
_PUBLISHERS = [("Egea", "Milano"), ("Il Mulino", "Bologna"), ("FrancoAngeli", "Milano"), ("McGraw-Hill Education", "Milano"),
               ("Pearson Italia", "Milano"), ("Giappichelli", "Torino"), ("Hoepli", "Milano"), ("Laterza", "Roma-Bari"),
               ("Einaudi", "Torino"), ("Guerini e Associati", "Milano"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"),
               ("Kogan Page", "London"), ("Palgrave Macmillan", "Cham"), ("Springer", "Cham"), ("Bloomsbury", "London"),
               ("Wiley", "Chichester"), ("Edward Elgar", "Cheltenham")]  # fmt: skip

# ------------------------------------------------------------------------------------------------ titles
# Italian titles with the English that candidates add in square brackets.
_IT_TITLES = [
    ("Il marketing del lusso: strategie e casi", "Luxury marketing: strategies and cases"),
    ("La fedeltà alla marca nella grande distribuzione", "Brand loyalty in large-scale retail"),
    ("Il consumatore italiano dopo la pandemia", "The Italian consumer after the pandemic"),
    ("Pagamenti digitali e inclusione finanziaria", "Digital payments and financial inclusion"),
    ("Il Made in Italy come marca", "Made in Italy as a brand"),
    ("Comunicare la sostenibilità nel settore alimentare", "Communicating sustainability in the food sector"),
    ("Gli influencer e la moda italiana", "Influencers and Italian fashion"),
    ("Il retail omnicanale in Italia", "Omnichannel retail in Italy"),
    ("La marca privata nelle cooperative di consumo", "Private labels in consumer cooperatives"),
    ("Strategie di prezzo durante i saldi", "Pricing strategies during the sales"),
    ("Il caffè espresso tra tradizione e innovazione", "Espresso between tradition and innovation"),
    ("La banca digitale e i giovani", "Digital banking and young people"),
    ("Marketing territoriale e turismo enogastronomico", "Place marketing and food and wine tourism"),
    ("Il greenwashing e la tutela del consumatore", "Greenwashing and consumer protection"),
    ("La pubblicità televisiva nell'era dello streaming", "Television advertising in the streaming era"),
    ("Heritage marketing nelle imprese familiari", "Heritage marketing in family firms"),
    ("L'esperienza del cliente nel trasporto ferroviario ad alta velocità", "Customer experience in high-speed rail"),
    ("Il packaging come leva di marketing", "Packaging as a marketing lever"),
    ("Le imprese familiari italiane e i mercati esteri", "Italian family firms and foreign markets"),
    ("Il consumo responsabile tra i Millennials", "Responsible consumption among Millennials"),
    ("Dati personali e profilazione nel marketing", "Personal data and profiling in marketing"),
    ("Economia della moda", "The economics of fashion"),
    ("Principi di marketing", "Principles of marketing"),
    ("Marketing e comunicazione d'impresa", "Marketing and corporate communication"),
    ("Le telecomunicazioni mobili e la guerra dei prezzi", "Mobile telecoms and the price war"),
]  # fmt: skip
_EN_TOPICS = ["country-of-origin effects", "luxury brand heritage", "brand authenticity", "omnichannel retailing",
              "digital payments", "mobile banking adoption", "food provenance", "sustainable fashion",
              "influencer marketing", "family business branding", "price promotions", "customer experience",
              "private labels", "wine tourism", "coffee culture", "sponsorship", "green claims",
              "loyalty programmes", "social media engagement", "brand extension", "Made in Italy",
              "second-hand luxury", "cooperative retailing", "telecom churn", "fintech trust"]  # fmt: skip
_EN_CONTEXTS = ["Italian consumers", "Italian luxury brands", "the Italian grocery market", "Generation Z in Italy",
                "Italian SMEs", "Italian banks", "Italian food exports", "Milan's fashion houses",
                "the Italian diaspora", "southern Italy", "Italian telecom operators", "the Italian automotive sector"]  # fmt: skip
_LAWS = [
    ("Decreto legislativo 30 giugno 2003, n. 196", "Codice in materia di protezione dei dati personali", "Personal data protection code", 2003),
    ("Decreto legislativo 6 settembre 2005, n. 206", "Codice del consumo", "Consumer code", 2005),
    ("Legge 4 agosto 2017, n. 124", "Legge annuale per il mercato e la concorrenza", "Annual law on markets and competition", 2017),
    ("Decreto legislativo 10 agosto 2018, n. 101", "Disposizioni per l'adeguamento della normativa nazionale al regolamento (UE) 2016/679", "Provisions adapting national law to Regulation (EU) 2016/679", 2018),
    ("Decreto legislativo 2 agosto 2007, n. 145", "Attuazione dell'articolo 14 della direttiva 2005/29/CE sulla pubblicità ingannevole", "Implementation of Article 14 of Directive 2005/29/EC on misleading advertising", 2007),
    ("Legge 30 dicembre 2023, n. 213", "Bilancio di previsione dello Stato per l'anno finanziario 2024", "State budget for the 2024 financial year", 2023),
    ("Decreto-legge 17 marzo 2020, n. 18", "Misure di potenziamento del Servizio sanitario nazionale (Cura Italia)", "Measures to strengthen the national health service (Cura Italia)", 2020),
    ("DPCM 11 marzo 2020", "Ulteriori disposizioni attuative del decreto-legge 23 febbraio 2020, n. 6", "Further implementing provisions of Decree-Law no. 6 of 23 February 2020", 2020),
    ("Decreto legislativo 8 novembre 2021, n. 208", "Testo unico per la fornitura di servizi di media audiovisivi", "Consolidated act on audiovisual media services", 2021),
    ("Legge 9 gennaio 2004, n. 4", "Disposizioni per favorire l'accesso dei soggetti disabili agli strumenti informatici (Legge Stanca)", "Provisions to give disabled people access to IT (Stanca Law)", 2004),
    ("Decreto legislativo 7 marzo 2023, n. 26", "Attuazione della direttiva (UE) 2019/2161 (Omnibus)", "Implementation of Directive (EU) 2019/2161 (Omnibus)", 2023),
    ("Legge 13 dicembre 2024, n. 193", "Legge annuale per il mercato e la concorrenza 2023", "Annual law on markets and competition 2023", 2024),
]  # fmt: skip
_LAW_AUTHORS = ["Repubblica Italiana", "Gazzetta Ufficiale della Repubblica Italiana", "Parlamento italiano",
                "Presidenza del Consiglio dei Ministri", "Governo italiano"]  # fmt: skip
_HOSTS = {"Garante per la protezione dei dati personali": "garanteprivacy.it", "AGCOM": "agcom.it",
          "Autorità per le Garanzie nelle Comunicazioni": "agcom.it", "AGCM": "agcm.it",
          "Autorità Garante della Concorrenza e del Mercato": "agcm.it", "ISTAT": "istat.it",
          "Istituto Nazionale di Statistica": "istat.it", "Banca d'Italia": "bancaditalia.it", "Consob": "consob.it",
          "Ministero delle Imprese e del Made in Italy": "mimit.gov.it", "Ministero dell'Economia e delle Finanze": "mef.gov.it",
          "Agenzia delle Entrate": "agenziaentrate.gov.it", "ENIT - Agenzia Nazionale del Turismo": "enit.it",
          "Comune di Milano": "comune.milano.it", "Regione Lombardia": "regione.lombardia.it",
          "European Commission": "commission.europa.eu"}  # fmt: skip
_BODY_HOSTS = {"UPA - Utenti Pubblicità Associati": "upa.it", "IAB Italia": "iab.it", "Fondazione Altagamma": "altagamma.it",
               "Netcomm - Consorzio del Commercio Digitale Italiano": "consorzionetcomm.it",
               "Istituto dell'Autodisciplina Pubblicitaria (IAP)": "iap.it", "Istituto dell'Autodisciplina Pubblicitaria": "iap.it",
               "UNA - Aziende della Comunicazione Unite": "unacom.it", "Camera Nazionale della Moda Italiana": "cameramoda.it",
               "Associazione Bancaria Italiana (ABI)": "abi.it", "Osservatori Digital Innovation del Politecnico di Milano": "osservatori.net",
               "Touring Club Italiano": "touringclub.it", "Unione Italiana Food": "unionitalianfood.it"}  # fmt: skip
_PODCASTS = ["Marketing Espresso", "Il Caffè del Marketer", "Brand Italia", "Luxury Talks", "Fintech Italia Podcast",
             "Retail Pills", "The Italian Brand Podcast", "Due Minuti di Marketing"]  # fmt: skip
_MONTHS_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
              "ottobre", "novembre", "dicembre"]  # fmt: skip


class Blind157WorkFactory(WorkFactory):
    """The blind157 pool's works: Italian authors, organisations, laws, theses, press and posts."""

    # The generators make() draws from, with their weights, and the kinds of work they write.
    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "ebook": 3, "chapter": 6, "journal": 22, "thesis": 4, "conference": 4, "company-web": 8,
             "company-report": 6, "body": 6, "regulator": 6, "legislation": 4, "market-research": 7, "news": 6,
             "press-unsigned": 3, "social": 3, "podcast": 2, "video": 2, "blog": 3, "undated-web": 4}  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "company-report", "legislation",
             "news", "social", "podcast", "video", "blog")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 157 + 15701)
        self.recent_orgs: list[tuple[str, str, set[str], dict[str, Any]]] = []
        self.surnames: list[str] = []

    # ---------------------------------------------------------------- people
    def _given(self) -> str:
        roll = self.rng.random()
        if roll < 0.18:
            return self.rng.choice(_GIVEN_DOUBLE)
        return self.rng.choice(_GIVEN_F if roll < 0.6 else _GIVEN_M)

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.4:
            name = {"family": self.rng.choice(_SURNAMES), "given": self._given()}
        elif roll < 0.62:
            name = {"family": self.rng.choice(_PARTICLE_SURNAMES), "given": self._given()}
        elif roll < 0.68:
            name = {"family": self.rng.choice(_ACCENTED), "given": self._given()}
        elif roll < 0.73:
            particle, family = self.rng.choice(_NOBLE)
            name = {"family": family, "given": self._given(), "non-dropping-particle": particle}
        elif roll < 0.78:
            name = {"family": self.rng.choice(_DOUBLE_SURNAMES), "given": self._given()}
        elif roll < 0.83:
            fake = self.fakers["it_IT"]
            name = {"family": fake.last_name(), "given": fake.first_name()}
        elif roll < 0.95:
            family, given = self.rng.choice(_ABROAD)
            name = {"family": family, "given": given}
        elif self.surnames:  # two authors of one surname in a report: "Rossi, G." and "Rossi, M."
            name = {"family": self.rng.choice(self.surnames), "given": self._given()}
        else:
            name = {"family": self.rng.choice(_SURNAMES), "given": self._given()}
        self.surnames.append(name["family"])
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 3, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        roll = self.rng.random()
        if roll < 0.45:
            name = self.rng.choice(_COMPANIES)
            return name, {"company"} | ({"ampersand"} if "&" in name else set())
        if roll < 0.75:
            name = self.rng.choice(_BODIES)
            return name, {"trade-body"} | ({"abbreviation"} if "(" in name else set())
        name = self.rng.choice(_REGULATORS)
        return name, {"government"} | ({"apostrophe"} if "'" in name else set())

    # ---------------------------------------------------------------- dates
    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics Italian courses still cite
            return self.rng.randint(1978, 1999)
        return self.rng.randint(2006, 2024)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = 2023 if issued is None else max(2023, issued[0] + 1)
        return {"date-parts": [[self.rng.randint(first, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _day(self, year: int) -> list[int]:
        return [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]

    # ---------------------------------------------------------------- titles
    def _title(self) -> str:
        roll = self.rng.random()
        if roll < 0.35:
            italian, english = self.rng.choice(_IT_TITLES)
            return f"{italian} [{english}]"
        topic, context = self.rng.choice(_EN_TOPICS), self.rng.choice(_EN_CONTEXTS)
        forms = [f"{topic[0].upper()}{topic[1:]} and {context}", f"The role of {topic} for {context}",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {context}", f"Rethinking {topic} in Italy",
                 f"What {topic} means for {context}", f"{topic[0].upper()}{topic[1:]} in the age of Instagram",
                 f"Beyond the Made in Italy label: {topic} and {context}"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, host: str) -> str:
        slug = "-".join(self.rng.choice(["marketing", "lusso", "consumi", "retail", "report", "insight", "brand",
                                         "digitale", "sostenibilita", "italia", "news", "2024"]) for _ in range(3))  # fmt: skip
        host = f"www.{host}" if host.count(".") == 1 and "/" not in host else host
        return f"https://{host}/{slug}-{self.rng.randint(10, 9999)}"

    # ---------------------------------------------------------------- works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation with a second work of the same year ("IAB Italia, 2019a" and "2019b").
        same_kind = [org for org in self.recent_orgs if org[0] == kind]
        if same_kind and "issued" in record and self.rng.random() < 0.15:
            _kind, name, tags, issued = self.rng.choice(same_kind)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if kind in ("report", "company-report") and "publisher" in record:
                record["publisher"] = name
        if "issued" in record:
            self.recent_orgs.append((kind, name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        work.record["medium"] = self.rng.choice(["e-book", "Kindle e-book", "ebook"])
        if self.rng.random() < 0.6:
            work.record["URL"] = self._url(self.rng.choice(["ebookcentral.proquest.com", "www.torrossa.com",
                                                             "books.google.it", "vlebooks.com"]))  # fmt: skip
            work.record["accessed"] = self._accessed_after(work.record["issued"]["date-parts"][0])
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        editors = [self.person() for _ in range(self.rng.randint(1, 3))]
        italian, english = self.rng.choice(_IT_TITLES)
        container = (
            f"{italian} [{english}]"
            if self.rng.random() < 0.5
            else f"The Routledge handbook of {self.rng.choice(_EN_TOPICS)}"
        )
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": editors, "container-title": container,
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 35)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        journal = self.rng.choice(_JOURNALS)
        title = self._title()
        while journal not in _ITALIAN_JOURNALS and title.endswith("]"):  # Italian titles only in Italian journals
            title = self._title()
        record: dict[str, Any] = {"type": "article-journal", "title": title, "author": self._people(8),
                                  "container-title": journal, "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
                                  "page": f"{start}-{start + self.rng.randint(9, 28)}"}  # fmt: skip
        roll = self.rng.random()
        if roll < 0.3:
            record["DOI"] = (
                f"10.3280/mc{record['issued']['date-parts'][0][0]}-00{self.rng.randint(1, 3)}00{self.rng.randint(1, 9)}"
            )
        elif roll < 0.5:
            record["DOI"] = (
                f"10.1108/{self.rng.choice(['IJBM', 'JFMM', 'BFJ', 'EJM', 'JPBM'])}-{self.rng.randint(1, 12):02d}-{self.rng.randint(2015, 2024)}-{self.rng.randint(1, 999):04d}"
            )
        elif roll < 0.6:
            record["DOI"] = (
                f"10.1016/j.jbusres.{self.rng.randint(2015, 2024)}.{self.rng.randint(1, 12):02d}.{self.rng.randint(1, 99):03d}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        genre = self.rng.choice(["Tesi di laurea magistrale", "Tesi di dottorato", "Tesi di laurea", "PhD thesis",
                                 "MSc dissertation", "MBA dissertation", "Tesi di dottorato di ricerca"])  # fmt: skip
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.rng.randint(2008, 2024)]]}, "genre": genre,
                                  "publisher": university, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = self._url(self.rng.choice(["tesi.luiss.it", "amslaurea.unibo.it", "iris.uniroma1.it",
                                                       "politesi.polimi.it", "dspace.unive.it"]))  # fmt: skip
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        event, place = self.rng.choice([("Società Italiana Marketing (SIM) Conference", "Bari"),
                                        ("Sinergie-SIMA Management Conference", "Verona"),
                                        ("EMAC Annual Conference", "Bologna"), ("Convegno annuale SIM", "Firenze"),
                                        ("Global Fashion Management Conference", "Firenze"),
                                        ("AIDEA Bicentenary Conference", "Roma"),
                                        ("International Marketing Trends Conference", "Venezia")])  # fmt: skip
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(5),
                                  "container-title": f"Proceedings of the {event} {year}", "publisher-place": place,
                                  "issued": {"date-parts": [[year]]}, "page": f"{start}-{start + self.rng.randint(5, 14)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.organisation()
        host = "".join(ch for ch in name.split(" ")[0].lower() if ch.isalnum()) + self.rng.choice([".it", ".com"])
        titles = ["Chi siamo [About us]", "La nostra storia [Our history]", "Sostenibilità [Sustainability]",
                  "Press release: results for the first half of the year", "Our brands", "Comunicati stampa [Press releases]",
                  "Privacy policy", "Carta dei valori [Charter of values]", "Careers", "Investor relations",
                  self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(titles), "URL": self._url(host)}
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        year = self.year()
        titles = [f"Annual report {year}", f"Relazione finanziaria annuale {year} [Annual financial report {year}]",
                  f"Bilancio di sostenibilità {year} [Sustainability report {year}]", f"Integrated report {year}",
                  f"Dichiarazione consolidata di carattere non finanziario {year} [Consolidated non-financial statement {year}]",
                  f"Piano industriale {year}-{year + 3} [Business plan {year}-{year + 3}]", f"Impact report {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[min(year + 1, 2024)]]}, "publisher": name,
                                  "publisher-place": self.rng.choice(["Milano", "Torino", "Roma", "Parma", "Alba", "Bologna"])}  # fmt: skip
        if self.rng.random() < 0.65:
            record["URL"] = self._url("".join(ch for ch in name.split(" ")[0].lower() if ch.isalnum()) + ".com")
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "company-report", name, {"company"} | ({"ampersand"} if "&" in name else set()))

    def _body(self) -> Work:
        name = self.rng.choice(_BODIES)
        year = self.year()
        titles = [f"Osservatorio eCommerce B2c {year} [B2c e-commerce observatory {year}]",
                  f"Codice di autodisciplina della comunicazione commerciale, {self.rng.randint(60, 70)}a edizione [Code of marketing communication self-regulation]",
                  f"Digital advertising in Italia {year}", f"Rapporto annuale {year} [Annual report {year}]",
                  "Linee guida sull'influencer marketing [Guidelines on influencer marketing]",
                  f"Il mercato dei beni di lusso {year} [The luxury goods market {year}]",
                  f"Position paper on {self.rng.choice(_EN_TOPICS)}", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = name.split(" (")[0], self.rng.choice(["Milano", "Roma"])
        if record["type"] == "webpage" or self.rng.random() < 0.6:
            record["URL"] = self._url(
                _BODY_HOSTS.get(name, "".join(ch for ch in name.split(" ")[0].lower() if ch.isalnum()) + ".it")
            )
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name,
                              {"trade-body"} | ({"abbreviation"} if "(" in name else set()))  # fmt: skip

    def _regulator(self) -> Work:
        name = self.rng.choice(_REGULATORS)
        year = self.year()
        decision = f"Provvedimento n. {self.rng.randint(100, 600)} del {self.rng.randint(1, 28)} {self.rng.choice(_MONTHS_IT)} {year} [Decision no. {self.rng.randint(100, 600)}]"
        own = {"AGCOM": [f"Osservatorio sulle comunicazioni n. {self.rng.randint(1, 4)}/{year} [Communications monitor]",
                         "Linee guida volte a garantire il rispetto delle disposizioni del Testo unico da parte degli influencer [Guidelines on influencers]"],
               "AGCM": [decision, f"Indagine conoscitiva sui Big Data {year} [Sector inquiry into Big Data {year}]"],
               "Garante": [decision, "Linee guida in materia di cookie e altri strumenti di tracciamento [Guidelines on cookies and other tracking tools]"],
               "ISTAT": [f"Indagine sui consumi delle famiglie {year} [Household consumption survey {year}]",
                         f"Commercio al dettaglio: dicembre {year} [Retail trade: December {year}]", f"Rapporto annuale {year}: la situazione del Paese [Annual report {year}]"],
               "Banca": [f"Rapporto sulla stabilità finanziaria n. {self.rng.randint(1, 2)} - {year} [Financial stability report]",
                         f"Indagine sull'alfabetizzazione finanziaria degli italiani {year} [Survey of Italians' financial literacy {year}]"],
               "Consob": [f"Rapporto sulle scelte di investimento delle famiglie italiane {year} [Report on Italian households' investment choices {year}]"],
               "Ministero": [f"Made in Italy: piano strategico {year} [Made in Italy: strategic plan {year}]", self._title()],
               "ENIT": [f"Il turismo in Italia: dati {year} [Tourism in Italy: {year} data]"]}  # fmt: skip
        key = next((k for k in own if k in name or (k == "AGCM" and "Concorrenza" in name) or (k == "AGCOM" and "Comunicazioni" in name)
                    or (k == "Garante" and name.startswith("Garante")) or (k == "ISTAT" and "Statistica" in name)), None)  # fmt: skip
        titles = own[key] if key else [f"Relazione annuale {year} [Annual report {year}]", self._title()]
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": self._url(_HOSTS.get(name.split(" (")[0], "governo.it")),
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name,
                              {"government"} | ({"apostrophe"} if "'" in name else set()))  # fmt: skip

    def _legislation(self) -> Work:
        number, italian, english, year = self.rng.choice(_LAWS)
        name = self.rng.choice(_LAW_AUTHORS)
        record: dict[str, Any] = {"type": "report", "title": f"{number}: {italian} [{english}]",
                                  "issued": {"date-parts": [[year]]},
                                  "publisher": "Gazzetta Ufficiale della Repubblica Italiana" if name != "Gazzetta Ufficiale della Repubblica Italiana" else "Istituto Poligrafico e Zecca dello Stato",
                                  "URL": self.rng.choice(["https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo",
                                                          "https://www.gazzettaufficiale.it/eli/id", "https://www.normattiva.it/atto/caricaDettaglioAtto"]) + f"/{year}/{self.rng.randint(100, 999)}",
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        record["author"] = [{"literal": name}]
        record["id"] = self._id()
        return Work(record, name, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        shown = year or 2024
        market = self.rng.choice(["coffee", "pasta", "luxury goods", "mobile telecoms", "digital payments", "beer",
                                  "mineral water", "eyewear", "scooters", "grocery retail", "food delivery",
                                  "sparkling wine", "fashion e-commerce", "confectionery"])  # fmt: skip
        titles = [f"{market.capitalize()} in Italy {shown}", f"Italy {market} market report {shown}",
                  f"Share of Italians who paid by smartphone in {shown}, by age group",
                  f"{shown} Italian consumer sentiment survey", f"Italy: {market} - {self.rng.choice(['March', 'July', 'November'])} {shown}",
                  f"Italy {market}: consumer trends {shown}"]  # fmt: skip
        own = {"Bain & Company": f"Osservatorio Altagamma-Bain sui mercati mondiali dei beni di lusso {shown} [Altagamma-Bain worldwide luxury market monitor {shown}]",
               "Censis": f"{self.rng.randint(50, 58)}° Rapporto sulla situazione sociale del Paese {shown} [Report on the social situation of the country {shown}]",
               "Deloitte Italia": f"Global powers of luxury goods {shown}", "Audiweb": f"Audiweb total digital audience, {self.rng.choice(['gennaio', 'giugno', 'dicembre'])} {shown}",
               "Nomisma": f"Osservatorio The World of Food & Beverage {shown}"}  # fmt: skip
        if name in own and self.rng.random() < 0.7:
            titles = [own[name]]
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(name.split(" ")[0].lower().replace("&", "") + ".com")}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        return self._org_work(record, "report", name, {"market-research"} | ({"ampersand"} if "&" in name else set()))

    def _news(self) -> Work:
        year = self.year() if self.rng.random() < 0.3 else self.rng.randint(2016, 2024)
        press = self.rng.choice(_PRESS_IT + _PRESS_EN)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._headline(press in _PRESS_IT),
                                  "author": self._people(2), "container-title": press,
                                  "issued": {"date-parts": [self._day(year)]}}  # fmt: skip
        if self.rng.random() < 0.8:
            record["URL"] = self._url(press.lower().replace(" ", "") + ".it")
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "news")

    def _headline(self, italian: bool) -> str:
        brand = self.rng.choice(["Esselunga", "Barilla", "Ferrero", "Gucci", "Prada", "Satispay", "Iliad", "TIM",
                                 "Ferrari", "Lavazza", "Conad", "Eataly", "ITA Airways", "Italo", "Moncler", "Campari"])  # fmt: skip
        if italian:
            forms = [(f"{brand}, la nuova campagna divide il web", f"{brand}'s new campaign divides the internet"),
                     (f"{brand} punta sui giovani", f"{brand} bets on young people"),
                     (f"Saldi, {brand} e il caro prezzi", f"The sales, {brand} and rising prices"),
                     (f"L'Antitrust multa {brand}", f"The competition authority fines {brand}"),
                     (f"{brand}: ricavi in crescita del {self.rng.randint(3, 19)}%", f"{brand}: revenue up {self.rng.randint(3, 19)}%")]  # fmt: skip
            italian_text, english = self.rng.choice(forms)
            return f"{italian_text} [{english}]"
        forms = [f"{brand} bets on Gen Z as Italian sales slow", f"How {brand} won over American shoppers",
                 f"{brand} fined by Italy's competition watchdog", f"Italy's {brand} plans listing in Milan",
                 f"Why {brand}'s advert caused a storm in Italy"]  # fmt: skip
        return self.rng.choice(forms)

    def _press_unsigned(self) -> Work:
        press = self.rng.choice(_PRESS_IT + _PRESS_EN)
        year = self.rng.randint(2014, 2024)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._headline(press in _PRESS_IT),
                                  "container-title": press, "issued": {"date-parts": [self._day(year)]},
                                  "URL": self._url(press.lower().replace(" ", "") + ".com")}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "news", press, {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2017, 2024)
        platform = self.rng.choice(["Instagram", "LinkedIn", "TikTok", "X (formerly Twitter)", "Facebook"])
        text = self.rng.choice(["Buon Ferragosto da tutti noi! [Happy Ferragosto from all of us!]",
                                "Natale è più buono insieme [Christmas is better together]",
                                "I saldi iniziano domani [The sales start tomorrow]",
                                "Thrilled to share our new Milano Fashion Week collection",
                                "Ci vediamo al Salone del Mobile [See you at the Salone del Mobile]",
                                "Black Friday: -30% su tutto [Black Friday: 30% off everything]",
                                "Proud to announce our new partnership", "Sanremo, che serata! [Sanremo, what a night!]"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": text, "container-title": platform,
                                  "issued": {"date-parts": [self._day(year)]},
                                  "URL": f"https://www.{platform.split(' ')[0].lower()}.com/p/{self.rng.randint(10**6, 10**7)}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name = self.rng.choice(["Barilla", "Esselunga", "Gucci", "Satispay", "Ferrari", "Lavazza", "Conad", "Peroni",
                                "Iliad Italia", "Trenitalia", "Mutti", "Fineco"])  # fmt: skip
        return self._org_work(record, "social", name, {"company"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2024)
        show = self.rng.choice(_PODCASTS)
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episodio {self.rng.randint(1, 180)}: {self._title()} [Podcast]",
                                  "container-title": show, "author": self._people(2),
                                  "issued": {"date-parts": [self._day(year)]},
                                  "URL": f"https://open.spotify.com/episode/{self.rng.randint(10**8, 10**9)}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        year = self.rng.randint(2012, 2024)
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice([
            "Lo spot di Natale [The Christmas advert]", "La pesca - Esselunga [The peach]", "Behind the scenes at Milano Fashion Week",
            "Intervista all'amministratore delegato [Interview with the chief executive]", "Come nasce un espresso [How an espresso is made]",
            "Sanremo 2024: the advert everyone talked about", self._title()]), "medium": "YouTube video",
            "issued": {"date-parts": [self._day(year)]}, "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name = self.rng.choice(["Esselunga", "Barilla Group", "RAI", "Mediaset", "Gucci", "Lavazza", "Il Sole 24 Ore",
                                "Bocconi University", "Armando Testa"])  # fmt: skip
        return self._org_work(record, "video", name, {"company"})

    def _blog(self) -> Work:
        year = self.rng.randint(2015, 2024)
        record: dict[str, Any] = {"type": "post-weblog", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(["Medium", "LinkedIn Pulse", "Inside Marketing",
                                                                      "Ninja Marketing", "Digitalic", "Substack"]),
                                  "issued": {"date-parts": [self._day(year)]},
                                  "URL": self._url(self.rng.choice(["medium.com", "linkedin.com/pulse", "insidemarketing.it", "ninjamarketing.it"]))}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "blog")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": self._url(self.rng.choice(["insidemarketing.it", "glossariomarketing.it", "italiaonline.it", "ilpost.it"])),
                                  "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
