"""Works for the blind124 pool (HELD OUT): what marketers in Suriname, Aruba, Curaçao, Sint Maarten and Bonaire,
and their diaspora in Amsterdam, Rotterdam, The Hague and Miami, cite in CIM Level 6 and 7 reports and MBA
assignments.

Written without reading the checker: Dutch names with tussenvoegsels (kept apart as "van der", "'t" and "ten", or
written into the surname and capitalised as Surinamese and Antillean authors file them, "Van der Kooij"), Hindustani,
Javanese, Chinese-Surinamese ("Tjon A Fong", "Chin-A-Lin"), Maroon, Amerindian, Lebanese and Sephardic names
("Da Costa Gomez", "Mendes Chumaceiro"), married names with a hyphen ("Martina-Rosaria"), Aruban, Curaçaoan,
Bonairean and Sint Maarten names, and the Dutch, American and Caribbean scholars who write about them; banks,
telecoms, brewers and distillers, rice, bauxite, gold and oil firms, tourism boards, cruise ports, casinos,
airlines, insurers, N.V.s, B.V.s, Stichtingen and coöperaties; the central banks, the TAS and BT&P, statistics
offices and ministries; Landsverordeningen and laws with their Staatsblad and Afkondigingsblad numbers; theses from
the Anton de Kom Universiteit, the University of Aruba and the University of Curaçao; De Ware Tijd, Starnieuws,
Amigoe, Antilliaans Dagblad, Diario, Bon Dia Aruba, The Daily Herald and Caribisch Netwerk; Dutch and Papiamentu
titles with English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# Tussenvoegsels kept apart from the surname, as a reference manager holds them (particle, family, given).
_PARTICLED = [
    ("van der", "Kooij", "Pieter"), ("de", "Vries", "Annemiek"), ("van den", "Bosch", "Marloes"), ("ten", "Hove", "Joost"),
    ("'t", "Hart", "Wouter"), ("van 't", "Hof", "Sanne"), ("de", "Bruijn", "Femke"), ("van", "Dijk", "Maarten"),
    ("van der", "Meer", "Ingrid"), ("de", "Jong", "Hendrik"), ("van", "Leeuwen", "Roos"), ("ter", "Borg", "Kees"),
    ("de", "Groot", "Esther"), ("van", "Kempen", "Michiel"), ("op den", "Kamp", "Lotte"), ("van der", "Linde", "Bas"),
    ("in 't", "Veld", "Jeroen"), ("de la", "Fuente", "Sharlene"), ("van", "Lier", "Rudolf"), ("de", "Kom", "Ingrid"),
]  # fmt: skip
# Surnames as Surinamese and Antillean authors write and file them: the particle capitalised and part of the name.
_CAPITALISED = [
    ("Van der Kooij", "Roy"), ("De Castro", "Glenn"), ("Van Romondt", "Eugène"), ("De Windt", "Lucille"),
    ("Van der Biezen", "Ivan"), ("De Lannoy", "Reginald"), ("Van Ommeren", "Karin"), ("De Freitas", "Nadia"),
    ("Da Costa Gomez", "Moisés"), ("De Jongh", "Ronny"), ("Van Putten", "Shirley"), ("Ten Berge", "Marco"),
    ("De Palm", "Jurgen"), ("Van Heyningen", "Eldrid"), ("Van Dijk-Pinas", "Gracia"), ("De Haseth", "Clifford"),
]  # fmt: skip
# Family names of the region (family, given): Hindustani, Javanese, Chinese-Surinamese, Creole, Maroon, Amerindian,
# Lebanese, Sephardic, Portuguese-Surinamese, Aruban, Curaçaoan, Bonairean, Sint Maarten and Miami names.
_REGIONAL = [
    ("Ramdin", "Soenita"), ("Jagessar", "Radjesh"), ("Sewdien", "Chandrika"), ("Bhagwandin", "Anil"), ("Mahabier", "Sharda"),
    ("Ramkhelawan", "Vishnu"), ("Kanhai", "Sunita"), ("Sital", "Devika"), ("Ramsaran", "Amrish"), ("Chandrikapersad", "Roshni"),
    ("Girjasing", "Navin"), ("Mungra", "Shanti"), ("Doerga", "Ashween"), ("Soekhlal", "Pritam"), ("Baldewsingh", "Kiran"),
    ("Karijodimedjo", "Wonny"), ("Pawirosemito", "Sri"), ("Sowidjo", "Iwan"), ("Kartoredjo", "Sukirah"), ("Wongsoredjo", "Hans"),
    ("Soemita", "Rubia"), ("Sarmo", "Djoko"), ("Atmodikromo", "Rasmini"), ("Dikmoet", "Erwin"), ("Moestadja", "Indra"),
    ("Tjon A Fong", "Rudie"), ("Chin-A-Lin", "May"), ("Lie A Ling", "Kenneth"), ("Tjong Ayong", "Sharon"), ("Fung A Loi", "Edgar"),
    ("Kong A San", "Melvin"), ("Liauw Kie Fa", "Patricia"), ("Tjin-A-Tsoi", "Winston"), ("Zhang", "Wei"), ("Choi", "Jennifer"),
    ("Venetiaan", "Marlon"), ("Sedney", "Germaine"), ("Esajas", "Quincy"), ("Limon", "Xiomara"), ("Kross", "Wendell"),
    ("Biswamitre", "Ruthmila"), ("Relyveld", "Carla"), ("Pinas", "Jennifer"), ("Aboikoni", "Hugo"), ("Amoiti", "Petronella"),
    ("Adjako", "Ronald"), ("Doekoe", "Lisa"), ("Abauna", "Elton"), ("Asaiti", "Marciano"), ("Pané", "Ilse"),
    ("Sabajo", "Loreen"), ("Jubithana", "Max"), ("Aloema", "Ramon"), ("Kajoeramari", "Ricardo"), ("Nassief", "Ramzi"),
    ("Abi Chahine", "Nadine"), ("Hatem", "Karim"), ("Kaddoura", "Leila"), ("Maduro", "Sarah"), ("Capriles", "David"),
    ("Curiel", "Rebecca"), ("Henriquez", "Jacob"), ("Jesurun", "Esther"), ("Mendes Chumaceiro", "Daniel"), ("Cohen Henriquez", "Miriam"),
    ("Gonçalves", "Fabiola"), ("Fernandes", "Raoul"), ("Coëlho", "Yvette"), ("Croes", "Xiomara"), ("Eman", "Glendeline"),
    ("Wever", "Ryan"), ("Oduber", "Evelyn"), ("Tromp", "Jaïr"), ("Kock", "Anushka"), ("Geerman", "Rodney"), ("Werleman", "Ruth"),
    ("Dijkhoff", "Shurendy"), ("Boekhoudt", "Ingrid"), ("Figaroa", "Gino"), ("Rasmijn", "Yasmira"), ("Lacle", "Frido"),
    ("Martina", "Shaira"), ("Rosaria", "Jeandrick"), ("Pieternella", "Suzanne"), ("Isenia", "Charlton"), ("Wiels", "Gisèlle"),
    ("Cijntje", "Jurich"), ("Leito", "Rignald"), ("Sulvaran", "Jessica"), ("Koeiman", "Urvin"), ("Francisca", "Zuleika"),
    ("Thode", "Edsel"), ("Janga", "Nydia"), ("Emerenciana", "Elvis"), ("Soliana", "Chenaly"), ("Anthony", "Rolando"),
    ("Wathey", "Claudius"), ("Arrindell", "Vanessa"), ("Gumbs", "Theodore"), ("Wescot-Williams", "Sarah"), ("Heyliger", "Alrick"),
    ("Richardson", "Nicole"), ("Hodge", "Sylvester"), ("Rodríguez", "Marisol"), ("Fernández-Pérez", "Alejandro"), ("O'Brien", "Kathleen"),
    ("Martina-Rosaria", "Ivette"), ("Kanhai-Pinas", "Anjali"), ("Jansen-Ramdin", "Priya"), ("Kartoredjo-Sewdien", "Nisha"),
]  # fmt: skip
# Dutch and expatriate surnames with no particle, and Dutch given names that come in pairs.
_DUTCH = [("Oostindie", "Gert"), ("Verheul", "Johannes Hendrikus"), ("Bakker", "Marieke"), ("Smeets", "Anne-Marie"),
          ("Veenendaal", "Wouter"), ("Hoefte", "Rosemarijn"), ("Janssen", "Pieter Jan"), ("Kuijpers", "Eline"),
          ("Mulder", "Cornelis"), ("Visser", "Ineke"), ("Brinkman", "Thijs"), ("Huisman", "Geertruida"),
          ("Smith", "Rachel"), ("Thompson", "Gareth"), ("García", "Lucía"), ("Baptiste", "Marc")]  # fmt: skip

_BANKS = ["De Surinaamsche Bank N.V.", "Hakrinbank N.V.", "Finabank N.V.", "Republic Bank (Suriname) N.V.",
          "Aruba Bank N.V.", "Caribbean Mercantile Bank N.V.", "Banco di Caribe N.V.", "Maduro & Curiel's Bank N.V.",
          "Orco Bank N.V.", "Windward Islands Bank Ltd."]  # fmt: skip
_COMPANIES = [
    *_BANKS,
    "Telesur", "Digicel Suriname N.V.", "Setar N.V.", "Flow Curaçao", "UTS N.V.", "Telbo N.V.", "Surinaamse Brouwerij N.V.",
    "Suriname Alcoholic Beverages N.V.", "Brouwerij Nacional Balashi N.V.", "Senior & Co.", "Staatsolie Maatschappij Suriname N.V.",
    "Rosebel Gold Mines N.V.", "Newmont Suriname LLC", "Surinam Airways", "Aruba Airlines", "Winair", "Divi Divi Air",
    "Assuria N.V.", "Fatum Schadeverzekering N.V.", "Ennia Caribe Holding N.V.", "Guardian Group Aruba",
    "Kooyman N.V.", "Choi's Supermarkets N.V.", "Ling & Sons Holding B.V.", "Centrum Supermarkets B.V.",
    "Crystal Casino Aruba", "Curaçao Ports Authority", "Aruba Ports Authority N.V.", "Port St. Maarten Group",
    "Coöperatieve Spaar- en Kredietvereniging Godo G.A.", "Stichting Nationaal Rijstonderzoeksinstituut", "SNRI/ADRON",
    "Bomba Agency B.V.", "Kreatief Marketing & Events N.V.", "Waka Waka Media B.V.", "Moengo Adventures N.V.",
]  # fmt: skip
_REGULATORS = [
    "Centrale Bank van Suriname", "Centrale Bank van Aruba", "Central Bank of Curaçao and Sint Maarten",
    "Centrale Bank van Curaçao en Sint Maarten", "Telecommunicatie Autoriteit Suriname (TAS)",
    "Bureau Telecommunicatie en Post (BT&P)", "Algemeen Bureau voor de Statistiek", "Centraal Bureau voor de Statistiek Aruba",
    "Centraal Bureau voor de Statistiek Curaçao", "Ministerie van Economische Zaken, Ondernemerschap en Technologische Innovatie",
    "Ministerie van Handel, Industrie en Toerisme", "Departamento di Asuntonan Economico", "Department of Statistics Sint Maarten",
    "Openbaar Lichaam Bonaire", "Centraal Bureau voor de Statistiek", "Rijksoverheid", "Fair Trade Authority Curaçao",
]  # fmt: skip
_BODIES = [
    "Aruba Tourism Authority", "Curaçao Tourist Board", "Tourism Corporation Bonaire", "St. Maarten Tourist Bureau",
    "Suriname Tourism Foundation", "Stichting Toerisme Suriname", "Kamer van Koophandel en Fabrieken",
    "Curaçao Chamber of Commerce & Industry", "Aruba Chamber of Commerce and Industry", "Vereniging Surinaams Bedrijfsleven",
    "Aruba Hotel & Tourism Association (AHATA)", "Curaçao Hospitality & Tourism Association (CHATA)",
    "Caribbean Tourism Organization", "Florida-Caribbean Cruise Association", "Surinaamse Vereniging van Marketeers",
    "Caribbean Hotel & Tourism Association", "Stichting Keti Koti Nederland",
]  # fmt: skip
# Who enacts a law, its gazette, what its laws are called, and where candidates read them.
_GOVERNMENTS = [("Republiek Suriname", "S.B.", "suriname", "dna.sr"), ("De Nationale Assemblée", "S.B.", "suriname", "dna.sr"),
                ("Land Aruba", "AB", "land", "overheid.aw"), ("Government of Aruba", "AB", "land", "overheid.aw"),
                ("Land Curaçao", "P.B.", "land", "gobiernu.cw"), ("Government of Sint Maarten", "AB", "land", "sintmaartengov.org"),
                ("Openbaar Lichaam Bonaire", "AB", "eiland", "bonairegov.com")]  # fmt: skip
_LAWS = {
    "suriname": ["Wet Consumentenbescherming", "Wet Elektronische Communicatie", "Wet Bescherming Persoonsgegevens",
                 "Wet Toezicht Bank- en Kredietwezen", "Wet Prijs- en Voorraadbeheersing", "Wet Toerisme",
                 "Wet Betalingsverkeer", "Wet op de Kansspelen", "Tabakswet"],
    "land": ["Landsverordening elektronisch betalingsverkeer", "Landsverordening bescherming persoonsgegevens",
             "Landsverordening consumentenbescherming", "Landsverordening telecommunicatievoorzieningen",
             "Landsverordening toezicht bank- en kredietwezen", "Landsverordening op de kansspelen",
             "Landsverordening Reclame", "Landsverordening Tabaksreclame", "Landsverordening Winkelsluiting"],
    "eiland": ["Eilandsverordening winkeltijden Bonaire", "Eilandsverordening ruimtelijke ontwikkeling Bonaire",
               "Eilandsverordening toeristenbelasting"],
}  # fmt: skip
_PRESS = ["De Ware Tijd", "Starnieuws", "Dagblad Suriname", "Waterkant.net", "Suriname Herald", "Amigoe",
          "Antilliaans Dagblad", "Extra", "La Prensa", "Diario", "Bon Dia Aruba", "Aruba Today", "Curaçao Chronicle",
          "The Daily Herald", "Bonaire.nu", "Dutch Caribbean Legal Portal", "Caribisch Netwerk", "NOS", "de Volkskrant",
          "Algemeen Dadblad".replace("Dadblad", "Dagblad"), "Miami Herald", "Het Financieele Dagblad"]  # fmt: skip
_RESEARCH = ["Statista", "Euromonitor International", "Kantar", "GlobalData", "Mintel", "Ipsos", "IDC",
             "Caribbean Policy Research Institute", "Datareportal", "IMF", "World Bank", "ECLAC"]  # fmt: skip
_JOURNALS = ["New West Indian Guide", "Caribbean Studies", "Social and Economic Studies", "Journal of Eastern Caribbean Studies",
             "OSO: Tijdschrift voor Surinamistiek", "Tourism Management", "Journal of Destination Marketing & Management",
             "Island Studies Journal", "Academic Journal of Suriname", "International Journal of Bank Marketing",
             "Tijdschrift voor Marketing", "Journal of Marketing Management", "Caribbean Journal of Multidisciplinary Studies",
             "Journal of Vacation Marketing", "Small States & Territories", "Journal of Business Research"]  # fmt: skip
_UNIVERSITIES = [("Anton de Kom Universiteit van Suriname", "Paramaribo"), ("University of Aruba", "Oranjestad"),
                 ("University of Curaçao Dr. Moises da Costa Gomez", "Willemstad"), ("University of St. Martin", "Philipsburg"),
                 ("FHR Lim A Po Institute for Social Studies", "Paramaribo"), ("Erasmus Universiteit Rotterdam", "Rotterdam"),
                 ("Universiteit van Amsterdam", "Amsterdam"), ("Florida International University", "Miami")]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Noordhoff Uitgevers", "Groningen"),
               ("Boom", "Amsterdam"), ("KITLV Press", "Leiden"), ("Ian Randle Publishers", "Kingston"), ("Sage", "London"),
               ("Van Gorcum", "Assen"), ("LM Publishers", "Volendam"), ("Wolters-Noordhoff", "Groningen"),
               ("University of the West Indies Press", "Kingston"), ("Oxford University Press", "Oxford"), ("Wiley", "Hoboken")]  # fmt: skip

_TOPICS = ["customer loyalty in retail banking", "mobile money adoption", "cruise passenger spending", "destination branding",
           "rum brand heritage", "beer brand loyalty", "diaspora remittances", "prepaid mobile data bundles",
           "casino marketing", "all-inclusive resorts", "repeat visitors from the Netherlands", "Airbnb and local hotels",
           "Carnival sponsorship", "country-of-origin effects for Surinamese rice", "Keti Koti and brand purpose",
           "Instagram tourism", "WhatsApp Business", "financial inclusion", "SRD devaluation and consumer prices",
           "cross-border shopping", "Venezuelan visitors", "US tourists", "green hotel certification",
           "gold mining and corporate reputation", "oil company CSR", "airline service quality", "insurance trust",
           "supermarket private labels", "Chinese-owned shops", "multilingual advertising"]  # fmt: skip
_PLACES = ["Suriname", "Aruba", "Curaçao", "Sint Maarten", "Bonaire", "the Dutch Caribbean", "the ABC islands",
           "Paramaribo", "Willemstad", "Oranjestad", "the Caribbean part of the Kingdom", "small island states"]  # fmt: skip
# Titles in Dutch, Papiamentu and Sranan Tongo with the English that candidates add in square brackets.
_LOCAL_TITLES = [
    "Klantloyaliteit in het Surinaamse bankwezen [Customer loyalty in Surinamese banking]",
    "Merkbeleving van Parbo bier onder jongeren in Paramaribo [Brand experience of Parbo beer among young people in Paramaribo]",
    "Toerisme en identiteit op Curaçao [Tourism and identity on Curaçao]",
    "De invloed van sociale media op koopgedrag in Suriname [The influence of social media on buying behaviour in Suriname]",
    "Mercadeo digital na Aruba: un análisis di e sector turístico [Digital marketing in Aruba: an analysis of the tourism sector]",
    "Kliente i konfiansa den bankonan di Kòrsou [Customers and trust in the banks of Curaçao]",
    "E bishitante di krusero i su gastonan [Cruise visitors and their spending]",
    "Kon pa bende mas ku WhatsApp? [How to sell more with WhatsApp?]",
    "Wi na wan: Keti Koti en merken [We are one: Keti Koti and brands]",
    "Betalen zonder contant geld: mobiel bankieren in Suriname [Paying without cash: mobile banking in Suriname]",
    "Duurzaam toerisme op Bonaire [Sustainable tourism on Bonaire]",
    "Het merk Suriname: imago en toerisme [Brand Suriname: image and tourism]",
    "Consumentengedrag en de koers van de SRD [Consumer behaviour and the SRD exchange rate]",
    "Turismo sostenibel na Boneiru [Sustainable tourism on Bonaire]",
    "Marketing en de Surinaamse diaspora in Nederland [Marketing and the Surinamese diaspora in the Netherlands]",
    "Boeroes en bakra's: consumentengedrag op de markt [Farmers and outsiders: consumer behaviour at the market]",
]  # fmt: skip


class Blind124WorkFactory(WorkFactory):
    """Works of the Dutch Caribbean and Suriname, their organisations, laws, press and universities."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 11, "chapter": 5, "journal": 18, "thesis": 5, "conference": 3, "company-web": 9,
             "company-report": 6, "body": 5, "government": 7, "legislation": 3, "market-research": 6,
             "news": 7, "news-unsigned": 3, "social": 3, "podcast": 2, "video": 2, "undated-web": 5}  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "web", "company-report", "body",
             "government", "legislation", "market-research", "news", "social", "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 124 + 12401)
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.18:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.28:
            family, given = self.rng.choice(_CAPITALISED)
        elif roll < 0.85:
            family, given = self.rng.choice(_REGIONAL)
        else:
            family, given = self.rng.choice(_DUTCH)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[40, 25, 15, 8, 5, 4, 3, 3][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2005, 2024)

    def accessed_after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(2022, issued[0] + 1), 2025)
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _dated(self) -> tuple[dict[str, Any], list[int]]:
        year = self.year()
        return {"date-parts": [[year]]}, [year]

    def _daily(self) -> tuple[dict[str, Any], list[int]]:
        parts = [self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        return {"date-parts": [parts]}, parts

    def _topic_title(self) -> str:
        if self.rng.random() < 0.22:
            return self.rng.choice(_LOCAL_TITLES)
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]}: evidence from {place}",
                 f"Marketing {place}: {topic} and the small-island consumer", f"The effect of {topic} on brand trust in {place}",
                 f"Rethinking {topic} after the pandemic: the case of {place}", f"{topic[0].upper()}{topic[1:]} and the diaspora market",
                 f"Why firms in {place} should care about {topic}", f"A review of {topic} in the Dutch Caribbean"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, domain: str) -> str:
        slug = "-".join(self.rng.choice(["merk", "klant", "toerisme", "news", "rapport", "marketing", "cruise", "data",
                                         "bank", "jaarverslag", "2023", "aruba", "curacao", "suriname"]) for _ in range(3))  # fmt: skip
        return f"https://www.{domain}/{slug}"

    def _domain(self, name: str) -> str:
        word = "".join(ch for ch in name.split(" (")[0].lower().replace("ç", "c").replace("ö", "o") if ch.isalnum())[
            :18
        ]
        for marks, ending in ((("Surinam", "Paramaribo", "Staatsolie", "Telesur", "Hakrin", "Finabank", "Assuria"), ".sr"),
                              (("Aruba", "Setar", "Balashi"), ".aw"), (("Curaçao", "Kòrsou", "Senior", "UTS"), ".cw"),
                              (("Maarten", "Winair", "Daily Herald"), ".sx"), (("Bonaire", "Telbo"), ".bq")):  # fmt: skip
            if any(mark in name for mark in marks):
                return word + ending
        endings = [".com", ".nl", ".org", ".com"]
        return word + endings[sum(map(ord, name)) % len(endings)]

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation twice in one year ("Centrale Bank van Aruba, 2019a" and "2019b").
        # Only works whose titles carry no year are paired, and a pair is not paired again.
        yearless = not any(ch.isdigit() for ch in record["title"])
        if self.dated_orgs and "issued" in record and yearless and self.rng.random() < 0.1:
            name, tags, issued = self.dated_orgs.pop(self.rng.randrange(len(self.dated_orgs)))
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
            if "URL" in record and kind in ("web", "body", "government", "company-report"):
                record["URL"] = self._url(self._domain(name))
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
        elif "issued" in record and yearless:
            self.dated_orgs.append((name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        issued, parts = self._dated()
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._topic_title(), "author": self._people(4),
                                  "issued": issued, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.2:  # an e-book from the library
            record["medium"] = "e-book"
            record["URL"] = (
                f"https://ebookcentral.proquest.com/lib/{self.rng.choice(['adekus', 'uoa', 'uoc'])}/detail.action?docID={self.rng.randint(100000, 999999)}"
            )
            record["accessed"] = self.accessed_after(parts)
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        issued, _parts = self._dated()
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._topic_title(), "author": self._people(3),
            "editor": self._people(2), "container-title": self.rng.choice(
                ["Tourism in the Caribbean", "Marketing in emerging economies", "Suriname in the long twentieth century",
                 "Dutch Caribbean studies", "Handboek marketing", "Small island economies and the sea"]),
            "issued": issued, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        issued, _parts = self._dated()
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._topic_title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": issued, "volume": str(self.rng.randint(1, 98)),
            "issue": str(self.rng.randint(1, 4)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['nwig', 'tm', 'ijbm', 'jdmm', 'isj'])}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        issued, _parts = self._dated()
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._topic_title(), "author": self._people(1), "issued": issued,
            "genre": self.rng.choice(["MSc thesis", "MBA thesis", "Bachelorscriptie", "PhD thesis", "Master thesis"]),
            "publisher": university, "publisher-place": place,
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        issued, _parts = self._dated()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._topic_title(), "author": self._people(4), "issued": issued,
            "container-title": self.rng.choice(
                ["Proceedings of the Caribbean Tourism Conference", "Proceedings of the SALISES Annual Conference",
                 "Proceedings of the ADEK University Research Days", "Proceedings of the Academy of Marketing Science",
                 "Proceedings of the University of Aruba Business Conference"]),
            "publisher-place": self.rng.choice(["Paramaribo", "Oranjestad", "Willemstad", "Miami", "Kingston"]),
            "page": f"{(start := self.rng.randint(1, 200))}-{start + self.rng.randint(5, 15)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Over ons [About us]", "Our history", "Sustainability",              "Riba nos [About us]", "Corporate social responsibility", "Nieuws [News]", "Press releases", "Our brands",
             "Maatschappelijk verantwoord ondernemen [Corporate social responsibility]", "Careers", "Sponsoring"]), "URL": ""}  # fmt: skip
        record["URL"] = self._url(self._domain(name))
        if self.rng.random() < 0.75:
            record["issued"], parts = self._dated()
        else:
            parts = [2020]
        record["accessed"] = self.accessed_after(parts)
        return self._org_work(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        issued, parts = self._dated()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Jaarverslag {parts[0]} [Annual report {parts[0]}]",
                                                       f"Annual report {parts[0]}", f"Informe anual {parts[0]} [Annual report {parts[0]}]",
                                                       f"Sustainability report {parts[0]}", "Investor presentation"]),
            "issued": issued, "publisher": name.split(" (")[0],
            "publisher-place": self.rng.choice(["Paramaribo", "Oranjestad", "Willemstad", "Philipsburg", "Kralendijk"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self._domain(name))
            record["accessed"] = self.accessed_after(parts)
        return self._org_work(record, "company-report", name, {"company"})

    def _body(self) -> Work:
        name = self.rng.choice(_BODIES)
        issued, parts = self._dated()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._topic_title(),
                                  "issued": issued, "URL": self._url(self._domain(name)),
                                  "accessed": self.accessed_after(parts)}  # fmt: skip
        tags = {"trade-body"} | ({"ampersand"} if "&" in name else set()) | ({"abbreviation"} if "(" in name else set())
        return self._org_work(record, "body", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(_REGULATORS)
        issued, parts = self._dated()
        title = self.rng.choice([
            self._topic_title(), f"Financial stability report {parts[0]}", f"Quarterly bulletin {parts[0]}-{self.rng.randint(1, 4)}",
            f"Statistisch jaarboek {parts[0]} [Statistical yearbook {parts[0]}]", f"Toerisme in cijfers {parts[0]} [Tourism in figures {parts[0]}]",
            "Marktanalyse mobiele telefonie [Mobile telephony market analysis]", "Consumer price index",
            "Richtlijn reclame voor financiële producten [Guideline on advertising financial products]",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title, "issued": issued,
                                  "URL": self._url(self._domain(name)), "accessed": self.accessed_after(parts)}  # fmt: skip
        tags = {"government"} | ({"abbreviation"} if "(" in name else set())
        return self._org_work(record, "government", name, tags)

    def _legislation(self) -> Work:
        name, gazette, laws, domain = self.rng.choice(_GOVERNMENTS)
        issued, parts = self._dated()
        title = f"{self.rng.choice(_LAWS[laws])} ({gazette} {parts[0]} no. {self.rng.randint(1, 160)})"
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": issued}
        if self.rng.random() < 0.7:
            record["URL"] = self._url(domain)
            record["accessed"] = self.accessed_after(parts)
        return self._org_work(record, "legislation", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        issued, parts = self._dated()
        market, place = self.rng.choice(["beer", "rum", "mobile data", "retail banking", "hotel", "cruise", "insurance",
                                         "supermarket", "rice", "casino"]), self.rng.choice(_PLACES)  # fmt: skip
        title = self.rng.choice([f"{market.capitalize()} in {place} {parts[0]}", f"Digital {parts[0]}: {place}",
                                 f"{place}: {market} market report {parts[0]}",
                                 f"Number of tourist arrivals in {place} from 2015 to {parts[0]}",
                                 f"Article IV consultation: {place} {parts[0]}"])  # fmt: skip
        title = title[0].upper() + title[1:]
        record: dict[str, Any] = {"type": "report", "title": title, "issued": issued, "publisher": name,
                                  "URL": self._url(self._domain(name)), "accessed": self.accessed_after(parts)}  # fmt: skip
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        issued, parts = self._daily()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._news_title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS), "issued": issued,
        }  # fmt: skip
        record["URL"] = self._url(self._domain(record["container-title"]))
        record["accessed"] = self.accessed_after(parts)
        return self._person_work(record, "news")

    def _news_title(self) -> str:
        return self.rng.choice([
            "Telesur en Digicel in prijzenslag om data [Telesur and Digicel in a price war over data]",
            "Cruise season brings record visitors to Willemstad", "Aruba bank launches mobile wallet for tourists",
            "Balashi lanza un cerbes nobo [Balashi launches a new beer]", "SRD koers stijgt opnieuw [SRD rate rises again]",
            "Hotel occupancy on Aruba tops 85 per cent", "Parbo bier viert jubileum [Parbo beer celebrates its jubilee]",
            "Staatsolie sponsors Keti Koti festivities", "Bonaire salt and flamingos draw eco-tourists",
            "Winair adds flights to Saba and Statia", "Supermarkten in Paramaribo verhogen prijzen [Supermarkets in Paramaribo raise prices]",
            "Surinaamse diaspora stuurt meer geld naar huis [Surinamese diaspora sends more money home]",
            "Carnival sponsors count the cost", "Casinos on Sint Maarten face new rules",
            f"{self.rng.choice(_TOPICS).capitalize()}: what it means for {self.rng.choice(_PLACES)}",
        ])  # fmt: skip

    def _news_unsigned(self) -> Work:
        name = self.rng.choice(_PRESS)
        issued, parts = self._daily()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "container-title": name,
                                  "issued": issued, "URL": self._url(self._domain(name)),
                                  "accessed": self.accessed_after(parts)}  # fmt: skip
        return self._org_work(record, "news", name, {"press"})

    def _social(self) -> Work:
        name = self.rng.choice(_COMPANIES + _BODIES[:5])
        issued, parts = self._daily()
        platform = self.rng.choice(["Facebook", "Instagram", "TikTok", "LinkedIn", "X"])
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(
                ["Keti Koti mubarak! Wi na wan #ketikoti", "Bon Dia Aruba! Bo ta kla pa Carnaval? #carnaval",
                 "Happy Divali from all of us #divali", "Dia di Himno y Bandera: orguyo di ser arubiano",
                 "Seú: danki na tur hende pa e fiesta di kosecha", "New data bundles: more GB, same price", "Phagwa mubarak! Holi hai",
                 "Nos ta selebrá 50 aña [We are celebrating 50 years]"]),
            "container-title": platform, "issued": issued, "URL": f"https://www.{platform.lower()}.com/{self._domain(name).split('.')[0]}",
            "accessed": self.accessed_after(parts),
        }  # fmt: skip
        return self._org_work(record, "social", name, {"company", "social"})

    def _podcast(self) -> Work:
        issued, parts = self._daily()
        record: dict[str, Any] = {
            "type": "song", "medium": "Podcast", "title": f"Episode {self.rng.randint(1, 120)}: {self.rng.choice(_TOPICS)}",
            "author": self._people(2), "container-title": self.rng.choice(["Bon Bini Business", "Sranan Marketing Talk",
                                                                          "Caribbean Marketing Podcast", "Zaken in de West"]),
            "issued": issued, "URL": self._url("podcasts.apple.com"), "accessed": self.accessed_after(parts),
        }  # fmt: skip
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        name = self.rng.choice(_COMPANIES + _BODIES)
        issued, parts = self._daily()
        record: dict[str, Any] = {
            "type": "motion_picture", "medium": "Video", "container-title": "YouTube", "issued": issued,
            "title": self.rng.choice(["Our story", "Brand film 2023", "Dushi Kòrsou: feel it for yourself",
                                      "One happy island", "Hoe wij werken [How we work]", "Keti Koti 2022 campaign"]),
            "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}", "accessed": self.accessed_after(parts),
        }  # fmt: skip
        return self._org_work(record, "video", name, {"company", "video"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._topic_title(),
            "accessed": self.accessed_after([2020]),
        }
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            record["URL"] = self._url(self.rng.choice(["marketingsuriname.sr", "caribbeanmarketer.com", "blog.aw"]))
            return self._person_work(record, "web")
        name = self.rng.choice(_COMPANIES + _BODIES + _REGULATORS)
        record["URL"] = self._url(self._domain(name))
        return self._org_work(record, "web", name, {"undated"})
