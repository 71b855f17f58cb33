"""Works cited by marketers at bicycle and e-bike makers, bike shops and chains, cycle-hire and bike-share schemes,
cycling clothing and component brands, cycling-tourism bodies and race organisers in the Netherlands, Belgium,
Denmark, Italy, Spain, the UK and Taiwan, writing CIM Level 6 and 7 reports and MBA assignments in English.

Written for the "blind327" pool without reading the checker or any other pool. What these candidates cite: transport,
sport-tourism, cleaner-production and marketing journals with one to eight authors (Dutch and Flemish names with
"van", "van de", "van der" and a capital "De" or "Van", Danish names with "ø" and "å", Italian, Basque and Spanish
names with two surnames, Taiwanese names romanised as their journals print them, British names), books and chapters,
the marketing texts every candidate cites, reports of governments and public bodies (the Department for Transport,
Rijkswaterstaat, KiM, CBS, Vejdirektoratet, Istat, the European Commission, the ECF, Transport for London, Taiwan's
Ministry of Economic Affairs), firms' pages and annual reports with N.V., B.V., NV, A/S, S.p.A., S.L., Ltd, plc and
Co., Ltd., the national and trade press signed and unsigned, and market research with and without years.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

_LOCALES = ["en_GB", "en_GB", "en_GB", "nl_NL", "nl_NL", "nl_BE", "nl_BE", "da_DK", "da_DK", "it_IT", "it_IT", "es_ES",
            "en_US"]  # fmt: skip
# Surnames of riders and makers that the decoys name: never drawn as an author, so a decoy never cites a listed work.
_BANNED = {"Vos", "Merckx", "Coppi", "Pogačar", "Induráin", "Bianchi", "Colnago", "Pinarello", "Gazelle", "Brompton",
           "Bartali", "Anquetil", "Hinault", "Cipollini", "Boonen", "Cancellara", "Vingegaard", "Riis", "Kuiper",
           "Zoetemelk", "Raleigh", "Campagnolo", "Orbea", "Giant", "Merida", "Planckaert", "Museeuw", "Van Aert",
           "van der Poel", "Froome", "Wiggins", "Cavendish", "Armstrong"}  # fmt: skip
# Names as the region's scholars print them on English-language papers (family, given, particle).
_DUTCH = [("Wee", "Bart", "van"), ("Berg", "Lotte", "van den"), ("Heijden", "Sanne", "van der"), ("Vliet", "Thijs", "van"),
          ("Ven", "Joost", "van de"), ("Kruijf", "Marieke", "de"), ("Graaf", "Pieter", "de"), ("Boer", "Femke", "de"),
          ("Dijk", "Ruben", "van"), ("Meer", "Anouk", "van der"), ("Wal", "Jeroen", "van der"), ("Haar", "Esther", "ter"),
          ("Bruijn", "Koen", "de"), ("Hoek", "Iris", "van 't")]  # fmt: skip
_FLEMISH = [("De Smet", "Pieter"), ("Van Acker", "Lies"), ("De Clercq", "Wouter"), ("Vandenbroucke", "Tine"),
            ("Van den Broeck", "Jonas"), ("De Bruyne", "Ellen"), ("Vanhoutte", "Bram"), ("De Wilde", "Sofie"),
            ("Van de Velde", "Stijn"), ("Verstraete", "Hanne"), ("Van Hecke", "Dries"), ("De Geest", "Annelies")]  # fmt: skip
_DANISH = [("Østergaard", "Mette"), ("Søndergaard", "Rasmus"), ("Aagaard", "Line"), ("Nørgaard", "Anders"),
           ("Kjærgaard", "Sofie"), ("Højlund", "Mads"), ("Brøndum", "Camilla"), ("Løkke", "Jesper"),
           ("Ågren", "Signe"), ("Dalsgård", "Kasper"), ("Thomsen", "Birgitte"), ("Mikkelsen", "Jonas")]  # fmt: skip
_ITALIAN = [("Rossi", "Giulia"), ("De Luca", "Marco"), ("Lo Presti", "Chiara"), ("D'Angelo", "Francesco"),
            ("Ferrari", "Alessandro"), ("Di Stefano", "Elena"), ("Galli", "Matteo"), ("Mancini", "Federica"),
            ("Dall'Olio", "Paolo"), ("Colombo", "Sara")]  # fmt: skip
_SPANISH = [("Etxeberria", "Iker"), ("Agirre", "Maite"), ("Goikoetxea", "Ane"), ("Urkiola", "Jon"),
            ("Martínez López", "Lucía"), ("García-Pérez", "Javier"), ("Fernández Ruiz", "Carmen"),
            ("Sánchez-Cano", "Pablo"), ("Aranburu", "Nerea"), ("Pérez de Arrilucea", "Unai"), ("Ortúzar", "Begoña"),
            ("Jiménez", "Álvaro")]  # fmt: skip
_TAIWANESE = [("Chen", "Yi Ting"), ("Lin", "Chiahao"), ("Huang", "Shu Fen"), ("Tsai", "Ming Hsun"), ("Hsu", "Wenhsin"),
              ("Wu", "Pei Chun"), ("Chang", "Kuo Liang"), ("Kuo", "Yuchen"), ("Yeh", "Hsin Yi"), ("Liao", "Chih Wei"),
              ("Lu", "Ya Wen"), ("Chiu", "Tzu Hsuan")]  # fmt: skip
_JOURNALS = ["Transport Policy", "Transportation Research Part A: Policy and Practice", "Journal of Transport Geography",
             "Journal of Sport & Tourism", "Sport Management Review", "Tourism Management",
             "Journal of Cleaner Production", "Journal of Marketing Management", "Transport Reviews",
             "International Journal of Sustainable Transportation", "European Sport Management Quarterly",
             "Journal of Sustainable Tourism", "Journal of Retailing and Consumer Services",
             "Case Studies on Transport Policy"]  # fmt: skip
_TOPICS = ["e-bike adoption", "bicycle commuting", "bike-sharing", "dockless bike-share", "cycling tourism",
           "bicycle leasing", "cargo bikes", "cycling sponsorship", "event sport tourism", "speed pedelecs",
           "cycle-to-work schemes", "bicycle subscriptions", "direct-to-consumer bicycle brands", "cycling apparel",
           "the cycling economy", "bicycle retail", "sportive participation", "cycle infrastructure",
           "e-bike battery recycling", "mountain-bike trail tourism", "gravel cycling", "professional cycling teams",
           "bicycle parking at stations", "urban logistics by cargo bike", "women's cycling"]  # fmt: skip
_PLACES = ["the Netherlands", "Flanders", "Copenhagen", "Utrecht", "Amsterdam", "Antwerp", "London", "Milan",
           "Barcelona", "the Basque Country", "Taipei", "Taiwan", "Denmark", "Italy", "Spain", "England",
           "Belgium", "Europe", "the Dolomites", "Girona", "Mallorca", "Ghent", "Bologna", "Kaohsiung"]  # fmt: skip
_CLASSICS: list[dict[str, Any]] = [
    {"type": "book", "title": "Marketing management", "author": [{"family": "Kotler", "given": "Philip"}, {"family": "Keller", "given": "Kevin Lane"}],
     "issued": {"date-parts": [[2016]]}, "edition": "15", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "title": "Digital marketing: strategy, implementation and practice", "author": [{"family": "Chaffey", "given": "Dave"}, {"family": "Ellis-Chadwick", "given": "Fiona"}],
     "issued": {"date-parts": [[2019]]}, "edition": "7", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "title": "Competitive advantage: creating and sustaining superior performance", "author": [{"family": "Porter", "given": "Michael E."}],
     "issued": {"date-parts": [[1985]]}, "publisher": "Free Press", "publisher-place": "New York"},
    {"type": "book", "title": "How brands grow: what marketers don't know", "author": [{"family": "Sharp", "given": "Byron"}],
     "issued": {"date-parts": [[2010]]}, "publisher": "Oxford University Press", "publisher-place": "South Melbourne"},
    {"type": "book", "title": "Strategic brand management: building, measuring, and managing brand equity", "author": [{"family": "Keller", "given": "Kevin Lane"}],
     "issued": {"date-parts": [[2013]]}, "edition": "4", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "title": "The new strategic brand management", "author": [{"family": "Kapferer", "given": "Jean-Noël"}],
     "issued": {"date-parts": [[2012]]}, "edition": "5", "publisher": "Kogan Page", "publisher-place": "London"},
    {"type": "book", "title": "Principles and practice of marketing", "author": [{"family": "Jobber", "given": "David"}, {"family": "Ellis-Chadwick", "given": "Fiona"}],
     "issued": {"date-parts": [[2020]]}, "edition": "9", "publisher": "McGraw-Hill", "publisher-place": "London"},
    {"type": "book", "title": "Sponsorship in marketing: effective partnerships in sports, arts and events", "author": [{"family": "Cornwell", "given": "T. Bettina"}],
     "issued": {"date-parts": [[2020]]}, "edition": "2", "publisher": "Routledge", "publisher-place": "Abingdon"},
    {"type": "book", "title": "The experience economy", "author": [{"family": "Pine", "given": "B. Joseph"}, {"family": "Gilmore", "given": "James H."}],
     "issued": {"date-parts": [[1999]]}, "publisher": "Harvard Business School Press", "publisher-place": "Boston, MA"},
    {"type": "article-journal", "title": "Evolving to a new dominant logic for marketing", "author": [{"family": "Vargo", "given": "Stephen L."}, {"family": "Lusch", "given": "Robert F."}],
     "issued": {"date-parts": [[2004]]}, "container-title": "Journal of Marketing", "volume": "68", "issue": "1", "page": "1-17", "DOI": "10.1509/jmkg.68.1.1.24036"},
    {"type": "article-journal", "title": "Strategies for diversification", "author": [{"family": "Ansoff", "given": "H. Igor"}],
     "issued": {"date-parts": [[1957]]}, "container-title": "Harvard Business Review", "volume": "35", "issue": "5", "page": "113-124"},
    {"type": "book", "title": "Understanding digital marketing: a complete guide to engaging customers and implementing successful digital campaigns", "author": [{"family": "Ryan", "given": "Damian"}],
     "issued": {"date-parts": [[2020]]}, "edition": "5", "publisher": "Kogan Page", "publisher-place": "London"},
]  # fmt: skip
_GOVERNMENT: list[tuple[str, set[str], str]] = [
    ("Department for Transport", {"government"}, "https://www.gov.uk/government/statistics/"),
    ("Department for Transport (DfT)", {"government", "abbreviation"}, "https://www.gov.uk/government/publications/"),
    ("Rijkswaterstaat", {"government"}, "https://www.rijkswaterstaat.nl/"),
    ("Kennisinstituut voor Mobiliteitsbeleid (KiM)", {"government", "abbreviation"}, "https://www.kimnet.nl/publicaties/"),
    ("KiM Netherlands Institute for Transport Policy Analysis", {"government"}, "https://english.kimnet.nl/publications/"),
    ("Statistics Netherlands (CBS)", {"government", "abbreviation"}, "https://www.cbs.nl/en-gb/news/"),
    ("Centraal Bureau voor de Statistiek", {"government"}, "https://www.cbs.nl/nl-nl/nieuws/"),
    ("Vejdirektoratet", {"government"}, "https://www.vejdirektoratet.dk/"),
    ("Danish Road Directorate", {"government"}, "https://www.vejdirektoratet.dk/en/"),
    ("Istat", {"government"}, "https://www.istat.it/en/archivio/"),
    ("European Commission", {"government"}, "https://transport.ec.europa.eu/"),
    ("European Cyclists' Federation (ECF)", {"apostrophe", "abbreviation"}, "https://ecf.com/resources/"),
    ("European Cyclists' Federation", {"apostrophe"}, "https://ecf.com/news-and-events/"),
    ("Transport for London", {"government"}, "https://tfl.gov.uk/corporate/publications-and-reports/"),
    ("Transport for London (TfL)", {"government", "abbreviation"}, "https://content.tfl.gov.uk/"),
    ("Ministry of Economic Affairs (Taiwan)", {"government"}, "https://www.moea.gov.tw/MNS/english/"),
    ("Ministerie van Infrastructuur en Waterstaat", {"government"}, "https://www.rijksoverheid.nl/documenten/"),
    ("Københavns Kommune", {"government"}, "https://www.kk.dk/"),
    ("Vlaamse overheid", {"government"}, "https://www.vlaanderen.be/publicaties/"),
    ("Visit Flanders", {"tourism"}, "https://www.visitflanders.com/en/"),
    ("Toerisme Vlaanderen", {"tourism"}, "https://www.toerismevlaanderen.be/"),
    ("Sustrans", set(), "https://www.sustrans.org.uk/our-blog/"),
    ("Cycling UK", set(), "https://www.cyclinguk.org/"),
    ("Fietsersbond", set(), "https://www.fietsersbond.nl/"),
    ("British Cycling", set(), "https://www.britishcycling.org.uk/"),
    ("Dutch Cycling Embassy", set(), "https://dutchcycling.nl/knowledge/"),
]  # fmt: skip
_GOV_REGION = {"gov.uk": "uk", "tfl.gov.uk": "uk", "content.tfl": "uk", "sustrans": "uk", "cyclinguk": "uk",
               "britishcycling": "uk", "rijkswaterstaat": "nl", "kimnet": "nl", "cbs.nl": "nl", "rijksoverheid": "nl",
               "fietsersbond": "nl", "dutchcycling": "nl", "vejdirektoratet": "dk", "kk.dk": "dk", "istat": "it",
               "europa.eu": "eu", "ecf.com": "eu", "moea": "tw", "vlaanderen": "be", "visitflanders": "be",
               "toerismevlaanderen": "be"}  # fmt: skip
_GOV_PLACE = {"uk": "London", "nl": "The Hague", "dk": "Copenhagen", "it": "Rome", "eu": "Brussels", "tw": "Taipei",
              "be": "Brussels"}  # fmt: skip
_GOV_TITLES_BY = {
    "uk": ["Walking and cycling statistics, England: {y}", "Cycling and walking investment strategy {y}",
           "Gear change: a bold vision for cycling and walking", "Travel in London report {n}",
           "Santander Cycles: customer satisfaction survey {y}", "Cycling infrastructure design guidance",
           "Electric bikes and road safety: a review of the evidence", "The bike life report {y}",
           "Active travel and the visitor economy", "Statistical bulletin: bicycle ownership and use"],
    "nl": ["Cycling in the Netherlands: facts and figures {y}", "Fietsen in Nederland: feiten en cijfers",
           "Mobiliteitsbeeld {y}", "The future of the e-bike in Dutch mobility", "Fietsparkeren bij stations",
           "Parking at stations: the bicycle in the chain", "Statistical yearbook {y}: traffic and transport",
           "How many bicycles are there in the Netherlands?", "Het fietsbeleid in Nederland {y}-{y2}"],
    "dk": ["Cykelregnskab {y}", "Bicycle account {y}", "National cycling strategy", "Cykeltrafik i Danmark {y}",
           "Cycle superhighways in the Capital Region: evaluation"],
    "it": ["Mobilità in Italia: spostamenti casa-lavoro {y}", "Annuario statistico italiano {y}",
           "Commuting in Italy: the bicycle and public transport", "Il turismo in bicicletta in Italia"],
    "eu": ["The EU cycling strategy: a declaration on cycling", "Bike-sharing and micromobility: evaluation report",
           "The state of national cycling strategies in Europe {y}", "EuroVelo: the European cycle route network",
           "Cycling and the European Green Deal", "The economic benefits of cycling in the EU-{n}"],
    "tw": ["Taiwan bicycle industry export statistics {y}", "Industrial production statistics: bicycles and parts {y}",
           "The bicycle industry in Taiwan: white paper {y}", "Taiwan's e-bike exports: trends and outlook"],
    "be": ["Cycle tourism in Flanders: visitor survey {y}", "Fietsvakantie in Vlaanderen: kerncijfers {y}",
           "Flanders, the heart of cycling: strategy {y}-{y2}", "Fietsbeleidsplan Vlaanderen",
           "The economic impact of the Tour of Flanders {y}"],
}  # fmt: skip
_COMPANIES: list[tuple[str, set[str], str]] = [
    ("Accell Group N.V.", {"company", "abbreviation"}, "https://www.accell-group.com/"),
    ("Koninklijke Gazelle N.V.", {"company", "abbreviation"}, "https://www.gazelle.nl/"),
    ("Pon Holdings B.V.", {"company", "abbreviation"}, "https://www.pon.com/"),
    ("VanMoof B.V.", {"company", "abbreviation"}, "https://www.vanmoof.com/"),
    ("Cortina Fietsen B.V.", {"company", "abbreviation"}, "https://www.cortina.nl/"),
    ("Ridley Bikes NV", {"company"}, "https://www.ridley-bikes.com/"),
    ("Eddy Merckx Cycles NV", {"company"}, "https://www.eddymerckx.com/"),
    ("Christiania Bikes A/S", {"company", "slash"}, "https://www.christianiabikes.com/"),
    ("Donkey Republic A/S", {"company", "slash"}, "https://www.donkey.bike/"),
    ("Cicli Pinarello S.p.A.", {"company", "abbreviation"}, "https://pinarello.com/"),
    ("F.I.V. Edoardo Bianchi S.p.A.", {"company", "abbreviation"}, "https://www.bianchi.com/"),
    ("Colnago Ernesto & C. S.r.l.", {"company", "ampersand"}, "https://www.colnago.com/"),
    ("Campagnolo S.r.l.", {"company", "abbreviation"}, "https://www.campagnolo.com/"),
    ("Orbea S. Coop.", {"company", "abbreviation"}, "https://www.orbea.com/"),
    ("BH Bikes Europe S.L.", {"company", "abbreviation"}, "https://www.bhbikes.com/"),
    ("Brompton Bicycle Ltd", {"company"}, "https://www.brompton.com/"),
    ("Raleigh UK Ltd", {"company"}, "https://www.raleigh.co.uk/"),
    ("Halfords Group plc", {"company"}, "https://www.halfordscompany.com/"),
    ("Evans Cycles", {"company"}, "https://www.evanscycles.com/"),
    ("Rapha Racing Ltd", {"company"}, "https://www.rapha.cc/"),
    ("Giant Manufacturing Co., Ltd.", {"company", "comma"}, "https://www.giant-bicycles.com/"),
    ("Merida Industry Co., Ltd.", {"company", "comma"}, "https://www.merida-bikes.com/"),
    ("Santander Cycles", {"company"}, "https://tfl.gov.uk/modes/cycling/santander-cycles/"),
    ("NS (Nederlandse Spoorwegen)", {"company", "abbreviation"}, "https://www.ns.nl/"),
    ("Flanders Classics", {"company"}, "https://www.flandersclassics.be/"),
    ("RCS Sport", {"company"}, "https://www.rcssport.it/"),
    ("Amaury Sport Organisation (A.S.O.)", {"company", "abbreviation"}, "https://www.aso.fr/"),
    ("Lease a Bike B.V.", {"company", "abbreviation"}, "https://www.lease-a-bike.nl/"),
    ("Swapfiets", {"company"}, "https://swapfiets.com/"),
]  # fmt: skip
_COMPANY_PLACE = {'Accell Group N.V.': 'Heerenveen', 'Koninklijke Gazelle N.V.': 'Dieren', 'Pon Holdings B.V.': 'Amsterdam', 'VanMoof B.V.': 'Amsterdam', 'Cortina Fietsen B.V.': 'Amsterdam', 'Ridley Bikes NV': 'Paal-Beringen', 'Eddy Merckx Cycles NV': 'Meise', 'Christiania Bikes A/S': 'Bornholm', 'Donkey Republic A/S': 'Copenhagen', 'Cicli Pinarello S.p.A.': 'Treviso', 'F.I.V. Edoardo Bianchi S.p.A.': 'Treviglio', 'Colnago Ernesto & C. S.r.l.': 'Cambiago', 'Campagnolo S.r.l.': 'Vicenza', 'Orbea S. Coop.': 'Mallabia', 'BH Bikes Europe S.L.': 'Vitoria-Gasteiz', 'Brompton Bicycle Ltd': 'London', 'Raleigh UK Ltd': 'Nottingham', 'Halfords Group plc': 'Redditch', 'Evans Cycles': 'Gatwick', 'Rapha Racing Ltd': 'London', 'Giant Manufacturing Co., Ltd.': 'Taichung', 'Merida Industry Co., Ltd.': 'Changhua', 'Santander Cycles': 'London', 'NS (Nederlandse Spoorwegen)': 'Utrecht', 'Flanders Classics': 'Ghent', 'RCS Sport': 'Milan', 'Amaury Sport Organisation (A.S.O.)': 'Boulogne-Billancourt', 'Lease a Bike B.V.': 'Amsterdam', 'Swapfiets': 'Amsterdam'}  # fmt: skip
_COMPANY_TITLES = ["Annual report {y}", "Jaarverslag {y}", "Sustainability report {y}", "Our story",
                   "About us", "Press release: results for the financial year {y}", "Half-year report {y}",
                   "Brand book", "Impact report {y}", "The {Topic} guide", "Investor presentation {y}",
                   "Company history", "Corporate social responsibility report {y}", "Our heritage",
                   "Bike subscription: how it works", "Careers and culture"]  # fmt: skip
_PRESS = ["NRC", "De Standaard", "Het Nieuwsblad", "Politiken", "La Gazzetta dello Sport", "El País", "The Guardian",
          "Cycling Weekly", "BikeBiz", "Bike Europe", "CyclingTips", "de Volkskrant", "Het Financieele Dagblad",
          "Marketing Week", "Campaign", "Taipei Times"]  # fmt: skip
_PRESS_DOMAINS = {"NRC": "www.nrc.nl", "De Standaard": "www.standaard.be", "Het Nieuwsblad": "www.nieuwsblad.be",
                  "Politiken": "politiken.dk", "La Gazzetta dello Sport": "www.gazzetta.it", "El País": "elpais.com",
                  "The Guardian": "www.theguardian.com", "Cycling Weekly": "www.cyclingweekly.com",
                  "BikeBiz": "bikebiz.com", "Bike Europe": "www.bike-eu.com", "CyclingTips": "cyclingtips.com",
                  "de Volkskrant": "www.volkskrant.nl", "Het Financieele Dagblad": "fd.nl",
                  "Marketing Week": "www.marketingweek.com", "Campaign": "www.campaignlive.co.uk",
                  "Taipei Times": "www.taipeitimes.com"}  # fmt: skip
_PRESS_TITLES = ["E-bike sales slow as shops sit on stock", "Fietsfabrikanten zien verkoop e-bikes dalen",
                 "How {brand} plans to win back commuters", "Why cargo bikes are the new family car",
                 "The bike boom is over: what now for the industry?", "Inside the subscription model of {brand}",
                 "Cycling tourism brings record visitors to {place}", "Flanders counts the value of its Classics",
                 "Taiwan's bike makers face an inventory glut", "{brand} relaunches with a new owner",
                 "De koers als marketingmachine", "Why sponsors still pay for a place in the peloton",
                 "Danske cyklister køber flere elcykler end nogensinde", "Il ciclismo italiano cerca nuovi sponsor",
                 "El boom de la bicicleta eléctrica llega a las ciudades", "Bike shops struggle as prices fall",
                 "Record numbers sign up for {place}'s cycling holidays", "Has the direct-to-consumer bike had its day?"]  # fmt: skip
_BRANDS = ["VanMoof", "Gazelle", "Cortina", "Brompton", "Swapfiets", "Bianchi", "Orbea", "Giant", "Rapha",
           "Halfords", "Donkey Republic", "Santander Cycles"]  # fmt: skip
_RESEARCH = [("Mintel", {"market-research"}), ("Statista", {"market-research"}),
             ("CONEBI", {"market-research", "acronym"}),
             ("Confederation of the European Bicycle Industry (CONEBI)", {"market-research", "abbreviation"}),
             ("Bicycle Association", {"market-research"}), ("Euromonitor International", {"market-research"}),
             ("Kantar", {"market-research"}), ("Deloitte", {"market-research"}),
             ("BOVAG-RAI", {"market-research"}), ("ANCMA", {"market-research", "acronym"})]  # fmt: skip
_RESEARCH_TITLES = ["Cycling accessories - UK - {month} {y}", "Bicycles - UK - {month} {y}",
                    "European bicycle industry and market profile {y}", "Bicycles in the Netherlands",
                    "E-bike sales in Europe from 2015 to {y}, by country", "The European bicycle market {y} edition",
                    "Market data: sales of cycles, e-bikes and parts, Q{q} {y}", "Sporting goods in Italy",
                    "Number of e-bikes sold in Denmark {y}", "Bicycle market in Taiwan: exports by value, {y}",
                    "Sports tourism - Europe - {month} {y}", "Cycling participation in Spain: market report",
                    "Leisure cycling and the consumer: trends {y}"]  # fmt: skip


class Blind327WorkFactory(WorkFactory):
    """Works for the blind327 pool: cycling, e-bikes and bike-share in the Low Countries, Denmark, Italy, Spain, the UK
    and Taiwan. A subclass, so no other pool's corpus changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 327)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.classics: list[int] = []
        self.dated: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.14:
            family, given, particle = self.rng.choice(_DUTCH)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        table = None
        if roll < 0.24:
            table = _FLEMISH
        elif roll < 0.34:
            table = _DANISH
        elif roll < 0.42:
            table = _ITALIAN
        elif roll < 0.51:
            table = _SPANISH
        elif roll < 0.61:
            table = _TAIWANESE
        if table is not None:
            family, given = self.rng.choice(table)
            return {"family": family, "given": given}
        while True:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            words = family.split()
            if len(words) > 2 or family in _BANNED or "-" in given:
                continue
            if len(words) == 2 and words[0].islower():  # "de Vries": the particle apart, as reference managers keep it
                return {"family": words[1], "given": given, "non-dropping-particle": words[0]}
            if len(words) == 2 and words[0] not in ("Van", "De", "Vanden", "Vander", "Le", "La", "Di", "Lo", "Da"):
                continue
            return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1978, 1999)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        low = 2022 if issued is None else max(issued[0], 2022)
        year = self.rng.randint(low, 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued is not None and len(issued) > 1 and year == issued[0]:
            month = self.rng.randint(issued[1], 12)
            day = self.rng.randint(issued[2] if month == issued[1] else 1, 28)
        return {"date-parts": [[year, month, day]]}

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        place = self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: evidence from a national survey",
            f"Who buys {topic}? Segmenting consumers in {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}: a review",
            f"The role of {topic} in the growth of {other}",
            f"Understanding {topic}: motives, barriers and brand choice",
            f"From {topic} to {other}: lessons from {place}",
            f"Marketing {topic} after the pandemic bike boom",
            f"Can {topic} change travel behaviour? A panel study in {place}",
            f"{topic[0].upper()}{topic[1:]}, place branding and the visitor economy of {place}",
            f"Sustainable mobility and {topic}: a stakeholder perspective",
        ]
        return self.rng.choice(forms)

    def _id(self) -> str:
        self.counter += 1
        return f"b327w{self.counter}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "government", "company", "press", "research"],
            weights=[9, 7, 6, 26, 16, 16, 11, 9],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind)()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str], group: str = "") -> Work:
        # Now and then a body's second work of a year already in the report ("CBS, 2023a" and "2023b"), drawn from
        # bodies of the same sort, so that a ministry's title never sits under a research firm.
        same = [entry for entry in self.dated if entry[3] == group]
        if "issued" in record and same and self.rng.random() < 0.15:
            name, tags, issued, _group = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if kind == "report" and record.get("publisher"):
                record["publisher"] = name
        if "issued" in record:
            self.dated.append((name, tags, record["issued"], group))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Edward Elgar", "Palgrave Macmillan", "Springer", "Elsevier",
                                          "Kogan Page", "nai010 publishers", "Channel View Publications", "CABI"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Cheltenham", "Cham", "Amsterdam", "Rotterdam",
                                                "Bristol", "Wallingford"]),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        free = [i for i in range(len(_CLASSICS)) if i not in self.classics]
        if not free:
            return self._book()
        index = self.rng.choice(free)
        self.classics.append(index)
        record = {
            key: (value if not isinstance(value, (list, dict)) else _copy(value))
            for key, value in _CLASSICS[index].items()
        }
        return self._person_work(record, "book" if record["type"] == "book" else "journal")

    def _chapter(self) -> Work:
        topic = self.rng.choice(_TOPICS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice([f"The Routledge handbook of {topic}", "Cycling futures",
                                                "Sports tourism: participants, policy and providers",
                                                "Cycling and sustainability", "Bicycle urbanism: reimagining bicycle friendly cities",
                                                f"Handbook of {topic}", "Cycle tourism: a modern approach"]),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Edward Elgar", "Emerald", "Adelaide University Press"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cheltenham", "Bingley", "Adelaide"]),
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(8, 190)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(9, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["issue"] = str(self.rng.randint(1, 12))
        year = record["issued"]["date-parts"][0][0]
        if year >= 2005 and self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1080', '1108'])}/{self.fakers['en_GB'].lexify('????').lower()}.{year}.{self.rng.randint(100, 99999):05d}"
            )
        return self._person_work(record, "journal")

    def _fill(self, title: str, year: int) -> str:
        return title.format(y=year - 1, y2=year + 4, n=self.rng.randint(8, 16), Topic=self.rng.choice(_TOPICS),
                            month=self.rng.choice(["February", "May", "September", "November"]),
                            q=self.rng.randint(1, 4))  # fmt: skip

    def _government(self) -> Work:
        name, tags, url = self.rng.choice(_GOVERNMENT)
        region = next(value for key, value in _GOV_REGION.items() if key in url)
        year = self.year() if self.rng.random() < 0.88 else None
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "report", "webpage"]),
            "title": self._fill(self.rng.choice(_GOV_TITLES_BY[region]), year or 2024),
            "URL": url + self.fakers["en_GB"].slug(),
        }  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        if record["type"] == "report":
            record["publisher"] = name
            record["publisher-place"] = _GOV_PLACE[region]
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if year else None)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags, "government")

    def _company(self) -> Work:
        name, tags, url = self.rng.choice(_COMPANIES)
        title = self.rng.choice(_COMPANY_TITLES)
        if title.startswith("Jaarverslag") and not name.endswith(("B.V.", "N.V.", "NV", "Swapfiets", "Spoorwegen)")):
            title = "Annual report {y}"
        report = title.split()[0] in ("Annual", "Jaarverslag", "Sustainability", "Half-year", "Impact", "Corporate",
                                      "Investor")  # fmt: skip
        year = self.year() if report or self.rng.random() < 0.5 else None
        if year is not None and year < 2008:
            year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "report" if report else "webpage", "title": self._fill(title, year or 2024),
            "URL": url + self.fakers["en_GB"].uri_path(),
        }  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        if report:
            record["publisher"] = name
            record["publisher-place"] = _COMPANY_PLACE[name]
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if year else None)
        return self._org_work(record, "report" if report else "web", name, tags, "company")

    def _press(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.rng.randint(2012, 2024)
        title = self.rng.choice(_PRESS_TITLES).format(
            brand=self.rng.choice(_BRANDS), place=self.rng.choice(_PLACES[:16])
        )
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": title, "container-title": paper,
            "issued": {"date-parts": [issued]}, "URL": f"https://{_PRESS_DOMAINS[paper]}/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"}, "press")

    def _research(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2015, 2025) if self.rng.random() < 0.85 else None
        record: dict[str, Any] = {
            "type": "report", "title": self._fill(self.rng.choice(_RESEARCH_TITLES), (year or 2025) + 1),
            "publisher": name.split(" (")[0],
            "URL": f"https://www.{name.split()[0].lower().strip('()')}.com/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if year else None)
        return self._org_work(record, "report", name, tags, "research")


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value
