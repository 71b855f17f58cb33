"""Works for the hundred-and-eighty-ninth independent pool, "blind189" (HELD OUT): what marketers in Denmark, Norway,
Greenland, the Faroe Islands and their diaspora cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Danish, Norwegian (Bokmål and Nynorsk), Greenlandic, Faroese, Sámi and immigrant names, with the conventions of each:
double surnames with and without a hyphen ("Krogh Andersen", "Kjær-Hansen"), nobility particles ("af Rosenborg",
"von Holstein-Rathlou"), Ø, Æ and Å written or transliterated ("Sørensen" and "Soerensen", "Aagaard"), Faroese
patronymics ("Dánjalsson", "Jacobsdóttir"), Greenlandic names (Kleist, Motzfeldt, Lynge, Petrussen), Sámi names
(Somby, Hætta, Gaup), and the expatriate and immigrant scholars who write about the region. Textbooks (editions,
e-books), chapters, journal articles with one to eight authors (some with DOI), theses from CBS, Aarhus BSS, SDU,
AAU, NHH, BI, NTNU and UiO, conference papers, company pages and reports (A/S, ApS, P/S, a.m.b.a., AS, ASA, SA,
fonden and stiftelse), trade bodies, regulators and ministries, laws as Retsinformation and Lovdata number them,
research firms' titles with a year, the press signed and unsigned, social posts, podcasts, videos and undated pages;
titles in Danish, Norwegian, Greenlandic or Faroese with an English translation in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------------------------------- names
_DK_GIVEN = ["Mette", "Anne", "Kirsten", "Hanne", "Lene", "Søren", "Jens", "Lars", "Mads", "Rasmus", "Frederik", "Ida",
             "Freja", "Sofie", "Mikkel", "Anders", "Niels", "Jørgen", "Bjørn", "Morten", "Kasper", "Line", "Signe",
             "Trine", "Pernille", "Karen", "Henrik", "Thomas", "Jesper", "Casper", "Maja", "Astrid", "Troels", "Birgitte",
             "Ulla", "Poul", "Asger", "Nanna", "Louise", "Christian", "Anne-Mette", "Hans-Henrik", "Mette Marie"]  # fmt: skip
_NO_GIVEN = ["Ola", "Kari", "Ingrid", "Sigrid", "Håkon", "Eirik", "Øystein", "Åse", "Kjersti", "Torstein", "Vegard",
             "Marit", "Solveig", "Sindre", "Ragnhild", "Jon", "Espen", "Terje", "Gunnhild", "Tuva", "Aksel", "Ståle",
             "Hege", "Synnøve", "Trond", "Nils Petter", "Kristin", "Ingvild", "Bård", "Aslak", "Guro", "Per Olav"]  # fmt: skip
_DK_FAMILY = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
              "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen",
              "Østergaard", "Kjærgaard", "Bækgaard", "Søndergaard", "Lauridsen", "Frandsen", "Dalsgaard", "Vestergaard",
              "Holm", "Mikkelsen", "Aagaard", "Aabenhus", "Aarup", "Skovgaard", "Brøndum", "Thygesen"]  # fmt: skip
_NO_FAMILY = ["Berg", "Haugen", "Hagen", "Bakken", "Dahl", "Lund", "Strand", "Solberg", "Johansen", "Olsen", "Hansen",
              "Eriksen", "Halvorsen", "Kristiansen", "Nilsen", "Karlsen", "Moen", "Jacobsen", "Aasen", "Aas", "Aune",
              "Sæther", "Brekke", "Myklebust", "Fjeld", "Østby", "Løken", "Grønvold", "Tveit", "Holmen", "Rønning",
              "Aarnes", "Bjørnstad", "Heggelund", "Vik", "Tønnesen"]  # fmt: skip
# Transliterated spellings, as English-language journals and reference managers sometimes keep them.
_TRANSLITERATED = [("Soerensen", "Soeren"), ("Joergensen", "Joergen"), ("Moeller", "Mette"), ("Oestergaard", "Lise"),
                   ("Kjaergaard", "Anne"), ("Baekgaard", "Thomas"), ("Loeken", "Haakon"), ("Groenvold", "Aase"),
                   ("Saether", "Bjoern"), ("Oestby", "Oeystein"), ("Hoeegh", "Malene"), ("Broendum", "Kaare")]  # fmt: skip
# Double surnames: unhyphenated (a Danish middle name filed with the surname) and hyphenated.
_DOUBLE_FAMILY = ["Krogh Andersen", "Skov Jensen", "Holm Pedersen", "Bech Nielsen", "Kjær-Hansen", "Due-Hansen",
                  "Munk-Petersen", "Lykke Møller", "Wedell-Wedellsborg", "Danneskiold-Samsøe", "Ahlefeldt-Laurvig",
                  "Bille-Brahe", "Haug Eriksen", "Wedel Jarlsberg", "Hvid-Hansen", "Kvist Sørensen"]  # fmt: skip
# Nobility particles, kept apart as reference managers keep them (family, given, particle).
_PARTICLE_NAMES = [("Rosenborg", "Ingrid", "af"), ("Holstein-Rathlou", "Carl", "von"), ("Benzon", "Marie", "von"),
                   ("Plessen", "Wilhelm", "von"), ("Wetterstedt", "Louise", "af"), ("Essen", "Frederik", "von"),
                   ("Hielmcrone", "Johan", "von"), ("Klint", "Caroline", "af"), ("Munthe af Morgenstierne", "Otto", "von"),
                   ("Sydow", "Clara", "von")]  # fmt: skip
_GREENLANDIC = [("Kleist", "Kuupik"), ("Motzfeldt", "Vivian"), ("Lynge", "Aqqaluk"), ("Petrussen", "Ane"),
                ("Kristiansen", "Inuuteq"), ("Olsen", "Aleqa"), ("Egede", "Múte"), ("Berthelsen", "Naja"),
                ("Heilmann", "Pipaluk"), ("Høegh", "Malik"), ("Chemnitz", "Aaja"), ("Lennert", "Nivi"),
                ("Enoksen", "Hans"), ("Rosing", "Minik"), ("Storch", "Paninnguaq"), ("Fleischer", "Ivalo")]  # fmt: skip
_FAROESE = [("Joensen", "Jógvan"), ("Poulsen", "Sámal"), ("Dahl", "Bárður"), ("Dánjalsson", "Heðin"),
            ("Jacobsdóttir", "Rannvá"), ("Hansdóttir", "Guðrun"), ("Olsen", "Sunnvá"), ("á Lakjuni", "Rógvi"),
            ("Niclasen", "Eyðun"), ("Petersen", "Turið"), ("Højgaard", "Jóannes"), ("í Líð", "Elin")]  # fmt: skip
_SAMI = [("Somby", "Ánde"), ("Hætta", "Máret"), ("Gaup", "Ánte"), ("Eira", "Risten"), ("Sara", "Mikkel Nils"),
         ("Balto", "Elle"), ("Utsi", "Nils"), ("Magga", "Ole Henrik"), ("Buljo", "Inga"), ("Keskitalo", "Aili")]  # fmt: skip
_IMMIGRANT = [("Ahmed", "Sara"), ("Hussain", "Imran"), ("Khan", "Nadia"), ("Ali", "Mohammed"), ("Nguyen", "Thi Mai"),
              ("Yılmaz", "Emre"), ("Özdemir", "Ayşe"), ("Kowalski", "Piotr"), ("Abdi", "Hodan"), ("Mohamud", "Abdirahman"),
              ("Jama", "Ifrah"), ("Rahimi", "Farid"), ("Kaur", "Harpreet"), ("Singh", "Jaspreet"), ("Tran", "Linh"),
              ("Nowak", "Agnieszka"), ("Petrović", "Milica"), ("Haidari", "Zahra"), ("Abdullahi", "Ayan"),
              ("Santos", "Mariana"), ("Chen", "Wei"), ("Mirza", "Omar")]  # fmt: skip
_EXPATRIATE = [("Smith", "Rebecca"), ("Williams", "Gareth"), ("O'Connell", "Siobhan"), ("MacLeod", "Iain"),
               ("Lindqvist", "Johanna"), ("Andersson", "Erik"), ("Virtanen", "Mikko"), ("Müller", "Katrin"),
               ("Schröder", "Jan"), ("McCarthy", "Aoife"), ("Kowalczyk", "Marta"), ("Johnson", "Emily"),
               ("Nordström", "Linnea"), ("Korhonen", "Anu"), ("Becker", "Tobias"), ("de Vries", "Femke"),
               ("Brown", "Olivia"), ("Fitzgerald", "Ciarán"), ("Hernández", "Lucía"), ("Taylor", "Daniel")]  # fmt: skip

# ---------------------------------------------------------------------------------------------- organisations
_COMPANIES = ["Danske Bank A/S", "Danske Bank", "Nordea", "Nordea Bank Abp", "Jyske Bank A/S", "Nykredit",
              "Nykredit Realkredit A/S", "Lunar", "Vipps MobilePay", "Vipps MobilePay AS", "MobilePay", "DNB",
              "DNB Bank ASA", "SpareBank 1", "SpareBank 1 SR-Bank ASA", "Sbanken", "Klarna", "TDC Net A/S", "Nuuday A/S",
              "YouSee", "Telenor", "Telenor ASA", "Telia Norge AS", "Hi3G Denmark ApS", "Salling Group", "Salling Group A/S",
              "Coop Danmark A/S", "Coop amba", "Rema 1000", "Matas A/S", "Magasin du Nord", "Illum", "Søstrene Grene",
              "Flying Tiger Copenhagen", "JYSK", "Elkjøp Nordic AS", "NorgesGruppen ASA", "Komplett ASA", "FINN.no AS",
              "Zalando", "Carlsberg Group", "Carlsberg A/S", "Arla Foods amba", "Arla Foods", "Danish Crown",
              "Toms Gruppen A/S", "Lakrids by Bülow", "Orkla ASA", "TINE SA", "Mack", "Ringnes AS", "Mowi ASA",
              "Lerøy Seafood Group ASA", "LEGO Group", "The LEGO Group", "Novo Nordisk", "Novo Nordisk A/S", "Pandora",
              "Pandora A/S", "Ørsted", "Ørsted A/S", "A.P. Møller - Mærsk A/S", "Maersk", "Bang & Olufsen",
              "Bang & Olufsen A/S", "Vestas", "ECCO", "Equinor ASA", "Equinor", "Norwegian Air Shuttle ASA", "SAS",
              "Hurtigruten", "Kahoot!", "Kahoot! ASA", "Schibsted", "Schibsted ASA", "Opera", "Netto", "føtex", "Bilka",
              "Kiwi Norge AS", "Meny", "Royal Greenland A/S", "Air Greenland", "Bakkafrost P/F", "Atlantic Airways",
              "Tusass A/S", "Føroya Banki", "BankNordik", "GrønlandsBANKEN A/S"]  # fmt: skip
_AGENCIES = ["&Co.", "Robert/Boisen & Like-minded", "Uncle Grey", "Uncle Grey A/S", "TRY Apt", "Anorak", "Schjærven",
             "Nordpol+", "Kantar Public Danmark", "Bates United", "Mindshare Danmark", "Mediacom Norge AS"]  # fmt: skip
_FOUNDATIONS = ["Novo Nordisk Fonden", "Carlsbergfondet", "LEGO Fonden", "Sparebankstiftelsen DNB", "TrygFonden",
                "Realdania", "Sparebankstiftelsen SR-Bank", "Bikubenfonden", "A.P. Møller Fonden"]  # fmt: skip
_TRADE = ["Dansk Erhverv", "Dansk Industri (DI)", "DI Digital", "Finans Danmark", "Finans Norge", "Virke", "NHO",
          "Kreativitet & Kommunikation", "Dansk Markedsføringsforbund", "Anfo", "Kreativt Forum", "IAB Danmark",
          "IAB Norge", "Mediebedriftenes Landsforening (MBL)", "Danske Medier", "Forbrugerrådet Tænk", "Forbrukerrådet",
          "Dansk Detail", "Virke Handel", "Danske Bank Research", "Copenhagen Fintech", "Visit Greenland",
          "VisitDenmark", "Visit Norway", "Innovation Norway", "Visit Faroe Islands", "Wonderful Copenhagen",
          "Dagligvarehandelens Miljøforum", "Norsk Gallup", "Roskilde Festival", "Øyafestivalen"]  # fmt: skip
_GOVERNMENT = ["Forbrugerombudsmanden", "Forbrukertilsynet", "Datatilsynet", "Konkurrence- og Forbrugerstyrelsen",
               "Konkurrence- og Forbrugerstyrelsen (KFST)", "Finanstilsynet", "Danmarks Statistik", "Statistics Denmark",
               "Statistisk sentralbyrå (SSB)", "Statistisk sentralbyrå", "Statistics Norway", "Erhvervsministeriet",
               "Erhvervsstyrelsen", "Nærings- og fiskeridepartementet", "Barne- og familiedepartementet", "Medietilsynet",
               "Nasjonal kommunikasjonsmyndighet (Nkom)", "Slots- og Kulturstyrelsen", "Danmarks Nationalbank",
               "Norges Bank", "Naalakkersuisut", "Grønlands Statistik", "Statistics Greenland", "Hagstova Føroya",
               "Digitaliseringsdirektoratet", "Forbrugerrådet", "Regjeringen", "European Commission"]  # fmt: skip
_RESEARCH = ["Kantar Gallup", "Epinion", "Ipsos", "Ipsos MMI", "Norstat", "Nielsen Norge", "YouGov", "Statista",
             "Mintel", "Euromonitor International", "Voxmeter", "Infomedia", "Retriever Norge", "Kantar Public",
             "Analyse Danmark", "Respons Analyse", "Opinion AS", "Userneeds"]  # fmt: skip
_PRESS = ["Børsen", "Berlingske", "Politiken", "Jyllands-Posten", "Information", "Finans.dk", "Markedsføring.dk",
          "Kforum", "Aftenposten", "VG", "Dagbladet", "Dagens Næringsliv", "E24", "Kampanje", "Finansavisen",
          "Bergens Tidende", "Adresseavisen", "Nordlys", "KNR", "Sermitsiaq.AG", "Kringvarp Føroya", "Dimmalætting",
          "DR Nyheder", "TV 2", "NRK", "The Local Denmark", "The Local Norway", "Financial Times", "Reuters",
          "The Guardian", "Marketing Week", "Campaign", "Nordic Business Report"]  # fmt: skip
_UNSIGNED_PRESS = ["DR Nyheder", "NRK", "TV 2", "KNR", "Kampanje", "Markedsføring.dk", "E24", "Ritzau", "NTB",
                   "The Local Denmark", "Berlingske", "VG"]  # fmt: skip
_PUBLISHERS = [("Samfundslitteratur", "Frederiksberg"), ("Djøf Forlag", "København"), ("Gyldendal", "København"),
               ("Hans Reitzels Forlag", "København"), ("Akademisk Forlag", "København"),
               ("Cappelen Damm Akademisk", "Oslo"), ("Fagbokforlaget", "Bergen"), ("Universitetsforlaget", "Oslo"),
               ("Gads Forlag", "Copenhagen"), ("Trojka", "Copenhagen"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"),
               ("Palgrave Macmillan", "London"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Praxis", "København"),
               ("Gyldendal Akademisk", "Oslo"), ("Aarhus Universitetsforlag", "Aarhus")]  # fmt: skip
_JOURNALS = ["Scandinavian Journal of Management", "Scandinavian Journal of Hospitality and Tourism", "Nordicom Review",
             "Beta: Scandinavian Journal of Business Research", "Magma", "Ledelse & Erhvervsøkonomi",
             "Økonomi & Politik", "Praktisk økonomi & finans", "Norsk medietidsskrift", "Tidsskrift for samfunnsforskning",
             "European Journal of Marketing", "Journal of Marketing Management", "Psychology & Marketing",
             "Journal of Business Research", "Journal of Retailing and Consumer Services", "Polar Record",
             "Arctic Review on Law and Politics", "Journal of Consumer Culture", "Nordic Journal of Business",
             "International Journal of Bank Marketing", "Journal of Brand Management", "Tourism Management",
             "Journal of Strategic Marketing", "Sustainability"]  # fmt: skip
_THESES = [("Copenhagen Business School", "MSc thesis"), ("Copenhagen Business School", "Kandidatafhandling"),
           ("Aarhus BSS, Aarhus University", "MSc thesis"), ("University of Southern Denmark (SDU)", "Master's thesis"),
           ("Aalborg University", "Speciale"), ("Norges Handelshøyskole (NHH)", "Masteroppgave"),
           ("BI Norwegian Business School", "MSc thesis"), ("NTNU", "Masteroppgave"), ("University of Oslo", "PhD thesis"),
           ("Copenhagen Business School", "PhD thesis"), ("UiT The Arctic University of Norway", "Master's thesis"),
           ("Ilisimatusarfik (University of Greenland)", "Master's thesis"), ("Fróðskaparsetur Føroya", "MSc thesis")]  # fmt: skip
_CONFERENCES = [("Proceedings of the Nordic Academy of Management (NFF) Conference", "Aarhus"),
                ("Proceedings of the European Marketing Academy (EMAC) Annual Conference", "Odense"),
                ("Proceedings of the Academy of Marketing Conference", "London"),
                ("Proceedings of the Nordic Retail and Wholesale Conference", "Stavanger"),
                ("Proceedings of the Nordic Media Conference (NordMedia)", "Bergen"),
                ("Proceedings of the International Conference on Arctic Tourism", "Tromsø")]  # fmt: skip

# ---------------------------------------------------------------------------------------------- titles
# Titles in the local language with the English in square brackets, and English titles.
_LOCAL_TITLES = [
    "Danskernes brug af MobilePay [Danes' use of MobilePay]", "Nordmenns holdning til reklame [Norwegians' attitudes to advertising]",
    "Tillid til banker efter finanskrisen [Trust in banks after the financial crisis]",
    "Forbrugeradfærd i dagligvarehandlen [Consumer behaviour in grocery retail]",
    "Bæredygtighed som konkurrenceparameter [Sustainability as a competitive parameter]",
    "Markedsføring af fødevarer til børn [Marketing food to children]",
    "Grønne påstande i markedsføring [Green claims in marketing]",
    "Netthandel i Norge [E-commerce in Norway]", "Kundelojalitet i norsk bankbransje [Customer loyalty in Norwegian banking]",
    "Merkevarebygging i sosiale medier [Brand building in social media]",
    "Påvirkere og skjult reklame [Influencers and hidden advertising]",
    "Unge og digitale medier [Young people and digital media]", "Julehandelen [The Christmas trade]",
    "Handelens økonomiske betydning [The economic importance of retail]",
    "Dagligvarefasiten [The grocery facts]", "Medieudviklingen i Danmark [Media development in Denmark]",
    "Retningslinjer for kendte personers og influenteres markedsføring på sociale medier [Guidance on marketing by celebrities and influencers on social media]",
    "Veiledning om merking av reklame i sosiale medier [Guidance on labelling advertising in social media]",
    "Niuernermik ilinniarfik [Trading and business]", "Turisme i Grønland [Tourism in Greenland]",
    "Ferðavinna í Føroyum [Tourism in the Faroe Islands]", "Kvinner i ledelse [Women in management]",
    "Samfundssind og forbrug [Community spirit and consumption]", "Koselig: norsk livsstil som merkevare [Koselig: the Norwegian way of life as a brand]",
    "Hygge som eksportvare [Hygge as an export]", "Dugnad i markedsføringen [Voluntary communal work in marketing]",
    "Forbrukertrender [Consumer trends]", "Danskernes digitale liv [Danes' digital lives]",
    "E-handelsanalysen [The e-commerce analysis]", "Mediebarometeret [The media barometer]",
]  # fmt: skip
_TOPICS = ["mobile payments", "brand trust in Nordic banking", "hygge marketing", "green claims", "influencer disclosure",
           "retail media", "private labels in discount grocery", "loyalty apps", "Black Friday discounting",
           "customer experience in telecoms", "place branding", "Arctic tourism", "sustainable seafood labels",
           "the Nordic welfare consumer", "employer branding", "buy now, pay later", "purpose-led brands",
           "Scandinavian design", "alcohol advertising rules", "plant-based dairy", "fintech challengers",
           "cooperative retail", "Gen Z and TikTok", "country-of-origin effects", "festival sponsorship"]  # fmt: skip


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Blind189WorkFactory(WorkFactory):
    """The blind189 pool's works: Danish, Norwegian, Greenlandic, Faroese, Sámi, immigrant and expatriate authors;
    the region's firms, trade bodies, regulators, laws, research firms, press, universities and publishers."""

    # The generator methods drawn by make() and their weights; the kinds (Work.kind) they make are KINDS.
    DRAWN: ClassVar[dict[str, int]] = {"book": 11, "chapter": 5, "journal": 20, "report_person": 4, "thesis": 4, "conference": 3,
             "company_web": 9, "company_report": 6, "trade": 5, "government": 6, "legislation": 4,
             "market_research": 7, "news": 7, "news_unsigned": 3, "social": 2, "podcast": 2, "video": 2,
             "undated_web": 3, "web_person": 2}  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "report", "thesis", "conference", "web", "legislation", "news", "social",
             "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 189 + 18901)
        self.organisations: list[tuple[tuple[str, str, bool], str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.26:
            name = {"family": rng.choice(_DK_FAMILY), "given": rng.choice(_DK_GIVEN)}
        elif roll < 0.46:
            name = {"family": rng.choice(_NO_FAMILY), "given": rng.choice(_NO_GIVEN)}
        elif roll < 0.52:
            family, given = rng.choice(_TRANSLITERATED)
            name = {"family": family, "given": given}
        elif roll < 0.59:
            name = {"family": rng.choice(_DOUBLE_FAMILY), "given": rng.choice(_DK_GIVEN + _NO_GIVEN)}
        elif roll < 0.63:
            family, given, particle = rng.choice(_PARTICLE_NAMES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.69:
            family, given = rng.choice(_GREENLANDIC)
            name = {"family": family, "given": given}
        elif roll < 0.74:
            family, given = rng.choice(_FAROESE)
            if family[0].islower():  # "á Lakjuni", "í Líð": the particle apart, as reference managers keep it
                particle, family = family.split(" ", 1)
                return {"family": family, "given": given, "non-dropping-particle": particle}
            name = {"family": family, "given": given}
        elif roll < 0.78:
            family, given = rng.choice(_SAMI)
            name = {"family": family, "given": given}
        elif roll < 0.87:
            family, given = rng.choice(_IMMIGRANT)
            name = {"family": family, "given": given}
        else:
            family, given = rng.choice(_EXPATRIATE)
            if family.startswith("de "):
                return {"family": family[3:], "given": given, "non-dropping-particle": "de"}
            name = {"family": family, "given": given}
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 15, 9, 5, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        roll = self.rng.random()
        if roll < 0.45:
            return self.rng.choice(_COMPANIES), {"company"}
        if roll < 0.55:
            return self.rng.choice(_AGENCIES), {"company"}
        if roll < 0.62:
            return self.rng.choice(_FOUNDATIONS), {"foundation"}
        return self.rng.choice(_TRADE), {"trade-body"}

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1972, 1999)
        return self.rng.randint(2008, 2025)

    def _issued_day(self, first: int = 1995) -> list[int]:
        year = self.rng.randint(first, 2025) if first > 1995 else self.year()  # posts, podcasts and videos are recent
        return [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        low = issued[0] if issued else 2022
        year = self.rng.randint(max(low, 2022), max(low, 2025))
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if issued and year == issued[0]:
            month = self.rng.randint(issued[1], 12) if len(issued) > 1 else month
            if len(issued) > 2 and month == issued[1]:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    def _host(self, name: str) -> str:
        base = name.split(" (")[0].replace("&", "og").replace("!", "").replace(".", "").replace("/", "")
        word = "".join(ch for ch in base.lower().replace(" ", "").replace("æ", "ae").replace("ø", "o").replace("å", "a")
                       if ch.isalnum() and ch.isascii())  # fmt: skip
        if any(mark in name for mark in ("Grønland", "Greenland", "Naalakkersuisut", "KNR", "Sermitsiaq", "Tusass")):
            return f"{word[:18] or 'site'}.gl"
        if any(mark in name for mark in ("Føroya", "Faroe", "Kringvarp", "Bakkafrost", "Atlantic Airways")):
            return f"{word[:18] or 'site'}.fo"
        return f"{word[:18] or 'site'}.{self.rng.choice(['dk', 'no', 'com', 'com'])}"

    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.3:
            return rng.choice(_LOCAL_TITLES)
        topic = rng.choice(_TOPICS)
        forms = [f"{_cap(topic)} in Denmark and Norway", f"The role of {topic} in Nordic consumer markets",
                 f"{_cap(topic)}: evidence from Scandinavia", f"Rethinking {topic}", f"{_cap(topic)} and {rng.choice(_TOPICS)}",
                 f"How {topic} shapes brand choice in the Nordics", f"{_cap(topic)} among young Danes",
                 f"Marketing in a high-trust society: {topic}", f"{_cap(topic)} in Greenland and the Faroe Islands"]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("Salling Group, 2023a" and "2023b").
        # Only works whose titles carry no year of their own are paired, and only with a work of the same sort.
        sort = (record["type"], kind, bool(tags & {"government"}))
        pairable = (
            "issued" in record
            and not tags & {"market-research", "press"}
            and not re.search(r"\b(19|20)\d\d\b", record.get("title", ""))
        )
        same = [o for o in self.organisations if o[0] == sort]
        if pairable and same and self.rng.random() < 0.14:
            _sort, name, tags, issued = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "URL" in record:
                record["URL"] = self._url(self._host(name))
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if pairable:
            self.organisations.append((sort, name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:
            record["medium"] = "E-book"
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        container = self.rng.choice([f"Nordic perspectives on {self.rng.choice(_TOPICS)}", "Markedsføring i praksis",
                                     "Handbook of Nordic marketing", "Strategisk kommunikation", "Arctic branding",
                                     f"The Scandinavian way of {self.rng.choice(['branding', 'retail', 'banking'])}"])  # fmt: skip
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
                                  "container-title": container, "issued": {"date-parts": [[self.year()]]},
                                  "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(10, 30)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS),
                                  "issued": {"date-parts": [[self.year()]]}, "volume": str(self.rng.randint(1, 70)),
                                  "issue": str(self.rng.randint(1, 8)),
                                  "page": f"{start}-{start + self.rng.randint(8, 30)}"}  # fmt: skip
        if self.rng.random() < 0.4:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _report_person(self) -> Work:
        org = self.rng.choice([*_RESEARCH, "Danmarks Nationalbank", "Norges Bank", "Copenhagen Economics", "Menon Economics",
                                           "Oslo Economics", "SIFO, OsloMet", "Nordic Council of Ministers"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": org,
                                  "publisher-place": self.rng.choice(["Copenhagen", "Oslo", "København", "Bergen"])}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url(self._host(org))
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "report")

    def _thesis(self) -> Work:
        university, genre = self.rng.choice(_THESES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.rng.randint(2012, 2025)]]}, "publisher": university,
                                  "genre": genre}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        container, place = self.rng.choice(_CONFERENCES)
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": container, "publisher-place": place,
                                  "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]},
                                  "page": f"{start}-{start + self.rng.randint(6, 14)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.organisation()
        page = self.rng.choice(["Om os [About us]", "Om oss [About us]", "Our purpose", "Bæredygtighed [Sustainability]",
                                "Bærekraft [Sustainability]", "Press release: new loyalty programme", "Brand story",
                                "Nyheder [News]", "Annual results", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": page, "URL": self._url(self._host(name))}
        if self.rng.random() < 0.75:  # company pages as candidates find them: recent
            record["issued"] = {"date-parts": [[self.rng.randint(2012, 2025)]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Årsrapport {year} [Annual report {year}]",
                                 f"Årsrapport {year}", f"Sustainability report {year}", f"Bærekraftsrapport {year}",
                                 f"ESG-rapport {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Copenhagen", "Oslo", "Aarhus", "Billund", "Bergen",
                                                                      "Stavanger", "Nuuk", "Tórshavn", "København"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self._host(name))
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, tags)

    def _trade(self) -> Work:
        name = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url(self._host(name))}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"trade-body"})

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url(self._host(name))}  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        laws = [
            ("Erhvervsministeriet", "Bekendtgørelse af lov om markedsføring (markedsføringsloven), LBK nr. 866 af 15/06/2022 [Consolidated Marketing Practices Act]", [2022, 6, 15], "retsinformation.dk/eli/lta/2022/866"),
            ("Justitsministeriet", "Lov om supplerende bestemmelser til forordning om beskyttelse af fysiske personer i forbindelse med behandling af personoplysninger (databeskyttelsesloven), lov nr. 502 af 23/05/2018 [Data Protection Act]", [2018, 5, 23], "retsinformation.dk/eli/lta/2018/502"),
            ("Barne- og familiedepartementet", "Lov om kontroll med markedsføring og avtalevilkår mv. (markedsføringsloven), LOV-2009-01-09-2 [Marketing Control Act]", [2009, 1, 9], "lovdata.no/dokument/NL/lov/2009-01-09-2"),
            ("Justis- og beredskapsdepartementet", "Lov om behandling av personopplysninger (personopplysningsloven), LOV-2018-06-15-38 [Personal Data Act]", [2018, 6, 15], "lovdata.no/dokument/NL/lov/2018-06-15-38"),
            ("Kommunal- og distriktsdepartementet", "Lov om elektronisk kommunikasjon (ekomloven), LOV-2024-12-13-76 [Electronic Communications Act]", [2024, 12, 13], "lovdata.no/dokument/NL/lov/2024-12-13-76"),
            ("European Parliament and Council of the European Union", "Regulation (EU) 2016/679 (General Data Protection Regulation)", [2016, 4, 27], "eur-lex.europa.eu/eli/reg/2016/679/oj"),
            ("Erhvervsministeriet", "Lov om betalinger (betalingsloven), LBK nr. 1024 af 09/06/2023 [Payments Act]", [2023, 6, 9], "retsinformation.dk/eli/lta/2023/1024"),
            ("Kulturministeriet", "Bekendtgørelse af lov om radio- og fjernsynsvirksomhed, LBK nr. 1350 af 04/09/2020 [Radio and Television Broadcasting Act]", [2020, 9, 4], "retsinformation.dk/eli/lta/2020/1350"),
            ("Helse- og omsorgsdepartementet", "Lov om omsetning av alkoholholdig drikk mv. (alkoholloven), LOV-1989-06-02-27 [Alcohol Act]", [1989, 6, 2], "lovdata.no/dokument/NL/lov/1989-06-02-27"),
            ("Finansdepartementet", "Lov om finansavtaler (finansavtaleloven), LOV-2020-12-18-146 [Financial Contracts Act]", [2020, 12, 18], "lovdata.no/dokument/NL/lov/2020-12-18-146"),
        ]  # fmt: skip
        author, title, issued, path = self.rng.choice(laws)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [list(issued)]},
                                  "URL": f"https://{path}"}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(issued)
        record["id"] = self._id()
        record["author"] = [{"literal": author}]
        return Work(
            record, author, str(issued[0]), True, 1, "legislation", {"legislation", "organisation", "government"}
        )

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        y = year or 2024
        market = self.rng.choice(["dagligvarer", "mobile payments", "streaming", "e-commerce", "beer", "dairy",
                                  "confectionery", "telecoms", "banking", "fashion", "travel", "toys"])  # fmt: skip
        country = self.rng.choice(["Denmark", "Norway", "the Nordics", "Greenland", "Scandinavia", "DK", "NO"])
        titles = [f"{_cap(market)} in {country} {y}", f"Forbrugerundersøgelse {y} [Consumer survey {y}]",
                  f"Norsk Mediebarometer {y} [Norwegian Media Barometer {y}]", f"Index Danmark/Gallup {y}",
                  f"{_cap(market)} - {country} - {self.rng.choice(['januar', 'June', 'oktober'])} {y}",
                  f"Share of consumers in {country} using {market} apps in Q{self.rng.randint(1, 4)} {y}",
                  f"Danskernes julehandel {y} [Danes' Christmas shopping {y}]",
                  f"Black Friday-undersøkelsen {y} [The Black Friday survey {y}]"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(self._host(name))}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        issued = self._issued_day()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": paper, "issued": {"date-parts": [issued]},
                                  "URL": self._url(self._host(paper))}  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after(issued)
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        issued = self._issued_day()
        paper = self.rng.choice(_UNSIGNED_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [issued]}, "URL": self._url(self._host(paper)),
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        issued = self._issued_day(2012)
        platform = self.rng.choice(["LinkedIn", "Instagram", "TikTok", "Facebook", "X (formerly Twitter)"])
        caption = self.rng.choice(["Glædelig jul fra os alle [Merry Christmas from all of us]", "Gratulerer med dagen, Norge! [Happy birthday, Norway!]",
                                   "Vi er stolte af vores nye kampagne [We are proud of our new campaign]", "Sankthans på stranden [Midsummer on the beach]",
                                   "Our new brand platform is live", "Fastelavn er i gang [Shrovetide has begun]",
                                   "Thoughts on the Roskilde Festival partnership", "Takk for i år! [Thanks for this year!]"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": caption, "container-title": platform,
                                  "issued": {"date-parts": [issued]}, "URL": f"https://www.{platform.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.organisation()
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        issued = self._issued_day(2012)
        show = self.rng.choice(["Børsen Marketing", "DN Nyhetspodden", "Kampanjepodden", "Markedsføringspodcasten",
                                "Millionærklubben", "Aftenpodden", "Brand Talk Copenhagen", "Nordic Fintech Podcast"])  # fmt: skip
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {self.rng.randint(3, 240)}: {self._title()}",
                                  "container-title": show, "issued": {"date-parts": [issued]}, "medium": "Podcast",
                                  "URL": self._url(self.rng.choice(["podcasts.apple.com", "open.spotify.com", "podme.com"])),
                                  "accessed": self._accessed_after(issued), "author": self._people(2)}  # fmt: skip
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        issued = self._issued_day(2012)
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice([self._title(), f"{name.split(' (')[0]} - julereklame {issued[0]} [Christmas advert {issued[0]}]"]),
                                  "issued": {"date-parts": [issued]}, "medium": "YouTube video",
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        return self._org_work(record, "video", name, tags)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "accessed": self._accessed_after(None)}
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            record["URL"] = self._url(self.rng.choice(["medium.com", "linkedin.com/pulse", "cbs.dk", "bi.no"]))
            return self._person_work(record, "web")
        name, tags = self.organisation() if self.rng.random() < 0.6 else (self.rng.choice(_GOVERNMENT), {"government"})
        record["URL"] = self._url(self._host(name))
        return self._org_work(record, "web", name, tags | {"undated"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]},
                                  "URL": self._url(self.rng.choice(["kforum.dk", "kampanje.com", "medium.com", "cbs.dk"]))}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "web")
