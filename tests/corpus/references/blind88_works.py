"""Works for the eighty-eighth held-out pool, "blind88": what marketers in the Netherlands and Flanders cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-eighth
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade,
CRM, digital, e-commerce and communications marketers at Dutch and Belgian supermarket chains, banks, telecoms,
dairy, beer, flower and food exporters, logistics firms, energy suppliers and public bodies write their CIM Level 6
and 7 and MBA reports in English: Dutch and international journals with up to eight authors, textbooks in Dutch
with English translations in square brackets, chapters, theses from Erasmus, Tilburg, Nyenrode, Groningen, KU Leuven,
Ghent, Vlerick and Antwerp Management School, company, co-operative, regulator, statistics-office and research-firm
works with and without dates or access dates, Dutch and Belgian laws, the national and trade press signed and
unsigned, social posts and podcasts; Dutch names with lower-case particles, Flemish names with capitals, Frisian
and Limburg names, IJ as one letter, Moroccan-Dutch, Turkish-Dutch, Surinamese, Antillean and expatriate names.
"""

# ruff: noqa: E501  (tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (given names, family names, particle chance) by where the writer's sources come from
_DUTCH_GIVEN = ["Jan", "Pieter", "Sanne", "Lotte", "Maarten", "Femke", "Joost", "Anouk", "Bram", "Marloes", "Daan",
                "Eline", "Wouter", "Ilse", "Jeroen", "Inge", "Thijs", "Noor", "Sjoerd", "Mirjam", "Jan-Willem",
                "Anne-Marie", "Daniëlle", "Zoë", "Renée", "Gijs", "Roel", "Hanneke", "Marie-José", "Koen"]  # fmt: skip
_DUTCH_FAMILY = [("van der", "Meer"), ("van den", "Berg"), ("de", "Vries"), ("van", "Dijk"), ("", "Bakker"),
                 ("", "Visser"), ("", "Smit"), ("de", "Jong"), ("van", "Leeuwen"), ("", "Mulder"), ("ter", "Horst"),
                 ("den", "Hartog"), ("'t", "Hart"), ("van 't", "Hof"), ("", "IJsselmuiden"), ("", "IJzerman"),
                 ("van der", "Heijden"), ("", "Verhoeven"), ("de", "Groot"), ("", "Kuipers"), ("", "Schouten"),
                 ("van", "Rooij"), ("", "Huisman-Brouwer"), ("", "Timmermans"), ("van", "Beek"), ("", "Vermeulen"),
                 ("in 't", "Veld"), ("", "Hoekstra"), ("", "Dijkstra"), ("", "Wijnja"), ("", "Hylkema"),
                 ("", "Bosma"), ("", "Janssen"), ("", "Schrijnemakers"), ("", "Ummels"), ("", "Peeters"),
                 ("van", "Oosterhout-Meijer"), ("", "Dekker"), ("", "Brinkman")]  # fmt: skip
_FLEMISH_GIVEN = ["Lieven", "Katrien", "Wim", "Sofie", "Bart", "Griet", "Pieterjan", "Annelies", "Jeroen", "Elke",
                  "Stijn", "Hilde", "Toon", "Lien", "Geert", "Marie-Louise", "Joke", "Dries", "Hélène", "Frédéric"]  # fmt: skip
_FLEMISH_FAMILY = ["Van den Broeck", "De Smet", "Vanderbeke", "Peeters", "Janssens", "Maes", "Claes", "Willems",
                   "Van de Velde", "De Clercq", "Goossens", "Vandenbussche", "Wouters", "Verstraete", "D'Hondt",
                   "Van Acker", "De Backer", "Dewaele", "Vermeersch", "Van Hoecke", "Desmet-Verbeke", "Lefèvre",
                   "Dubois", "Deschamps", "Van Damme"]  # fmt: skip
_OTHER_NAMES = [("Mohamed", "El Amrani"), ("Fatima", "Bouzid"), ("Nadia", "Ait Taleb"), ("Youssef", "Ben Haddou"),
                ("Samira", "Azzouzi"), ("Emre", "Yılmaz"), ("Ayşe", "Özdemir"), ("Mehmet", "Şahin"),
                ("Zeynep", "Çelik"), ("Burak", "Ünal"), ("Ravi", "Sewnath"), ("Shanti", "Ramdin"),
                ("Kenneth", "Lie A Fong"), ("Priya", "Biharie"), ("Giovanni", "Martina"), ("Sharon", "Isenia"),
                ("Edsel", "Rosaria"), ("Agnieszka", "Kowalczyk"), ("Jürgen", "Müller"), ("Lucía", "Fernández"),
                ("Siobhán", "O'Sullivan"), ("Thi Lan", "Nguyen"), ("Søren", "Østergaard"), ("Rachel", "Goldberg"),
                ("Mei", "Chen"), ("Andrea", "Rossi"), ("James", "McAllister"), ("Kwame", "Mensah")]  # fmt: skip

_JOURNALS = ["Tijdschrift voor Marketing", "International Journal of Research in Marketing",
             "Journal of Retailing and Consumer Services", "Journal of Business Research",
             "Economisch Statistische Berichten", "Review of Business and Economic Literature",
             "Journal of Marketing", "European Journal of Marketing", "Journal of Interactive Marketing",
             "International Journal of Retail & Distribution Management", "Journal of Service Research",
             "Psychology & Marketing"]  # fmt: skip
_TOPICS = ["loyalty apps", "price perception", "private labels", "same-day delivery", "sustainable packaging",
           "cashless payment", "mobile banking", "switching behaviour", "fibre broadband", "flower exports",
           "dairy branding", "alcohol-free beer", "click-and-collect", "retail media", "green claims",
           "customer data platforms", "influencer disclosure", "energy switching", "parcel lockers",
           "promotional calendars", "bonus cards", "store brands", "buy now pay later", "trust in banks",
           "seasonal campaigns", "cross-border e-commerce", "plant-based dairy", "shrinkflation",
           "customer reviews", "chatbots in insurance"]  # fmt: skip
_CONTEXTS = ["Dutch supermarkets", "Flemish consumers", "the Benelux", "the Netherlands", "Belgium",
             "Dutch retail banking", "European telecoms", "the cut-flower chain", "online grocery",
             "Generation Z in Amsterdam", "co-operatives", "family businesses in Flanders"]  # fmt: skip
_NL_TITLES = [("Marketing: de essentie", "Marketing: the essentials"),
              ("Inleiding marketing", "Introduction to marketing"),
              ("Principes van marketing", "Principles of marketing"),
              ("Retailmarketing in de praktijk", "Retail marketing in practice"),
              ("Merkmanagement", "Brand management"),
              ("Klantgericht ondernemen", "Customer-focused business"),
              ("Digitale marketingstrategie", "Digital marketing strategy"),
              ("Consumentengedrag", "Consumer behaviour"),
              ("Communicatie en reclame", "Communication and advertising"),
              ("Online marketing voor het mkb", "Online marketing for SMEs")]  # fmt: skip
_UNIS = [("Erasmus University Rotterdam", "Rotterdam"), ("Tilburg University", "Tilburg"),
         ("Nyenrode Business Universiteit", "Breukelen"), ("Rotterdam School of Management", "Rotterdam"),
         ("University of Amsterdam", "Amsterdam"), ("University of Groningen", "Groningen"),
         ("KU Leuven", "Leuven"), ("Ghent University", "Ghent"), ("Vlerick Business School", "Ghent"),
         ("Antwerp Management School", "Antwerp")]  # fmt: skip
_COMPANIES = [("Koninklijke Ahold Delhaize N.V.", {"company"}), ("Albert Heijn B.V.", {"company"}),
              ("Jumbo Supermarkten B.V.", {"company"}), ("HEMA B.V.", {"company"}), ("Bol.com B.V.", {"company"}),
              ("Coolblue B.V.", {"company"}), ("ING Groep N.V.", {"company"}), ("ABN AMRO Bank N.V.", {"company"}),
              ("Coöperatieve Rabobank U.A.", {"company"}), ("KBC Groep NV", {"company"}),
              ("Belfius Bank NV", {"company"}), ("Koninklijke KPN N.V.", {"company"}), ("Proximus NV", {"company"}),
              ("Heineken N.V.", {"company"}), ("AB InBev SA/NV", {"company"}), ("FrieslandCampina", {"company"}),
              ("Royal FloraHolland", {"company"}), ("PostNL N.V.", {"company"}), ("bpost NV/SA", {"company"}),
              ("Colruyt Group", {"company"}), ("Lotus Bakeries NV", {"company"}), ("Eneco", {"company"}),
              ("Vattenfall", {"company"}), ("Ben & Jerry's", {"ampersand", "apostrophe"}),
              ("Procter & Gamble Benelux", {"ampersand"}), ("McDonald's Nederland B.V.", {"apostrophe"}),
              ("Domino's Pizza Enterprises Ltd", {"apostrophe"}), ("Unilever PLC", {"company"}),
              ("Vroom & Dreesmann", {"ampersand"}), ("C&A Nederland", {"ampersand"}),
              ("Delhaize Le Lion / De Leeuw NV", {"company"})]  # fmt: skip
_BODIES = [("Autoriteit Consument & Markt (ACM)", {"government", "ampersand", "abbreviation"}),
           ("Autoriteit Persoonsgegevens (AP)", {"government", "abbreviation"}),
           ("Stichting Reclame Code (SRC)", {"abbreviation"}),
           ("Centraal Bureau voor de Statistiek (CBS)", {"government", "abbreviation"}),
           ("Statbel", {"government"}), ("Rijksoverheid", {"government"}),
           ("Ministerie van Economische Zaken en Klimaat", {"government"}),
           ("FOD Economie, K.M.O., Middenstand en Energie", {"government", "abbreviation"}),
           ("De Nederlandsche Bank (DNB)", {"government", "abbreviation"}),
           ("Nationale Bank van België", {"government"}),
           ("Thuiswinkel.org", {"company"}), ("BeCommerce", {"company"}),
           ("Consumentenbond", {"company"}), ("Test Aankoop", {"company"}),
           ("Vlaams Agentschap Innoveren & Ondernemen (VLAIO)", {"government", "ampersand", "abbreviation"}),
           ("Raad voor de Reclame", {"company"}), ("Jury voor Ethische Praktijken inzake reclame (JEP)", {"abbreviation"})]  # fmt: skip
_RESEARCH = ["GfK", "Nielsen", "NielsenIQ", "Kantar", "Ipsos", "Multiscope", "Euromonitor International",
             "Thuiswinkel.org", "Statista", "Deloitte", "KPMG", "Comeos"]  # fmt: skip
_PRESS = ["NRC", "de Volkskrant", "Het Financieele Dagblad", "De Telegraaf", "Trouw", "De Standaard", "De Tijd",
          "Het Laatste Nieuws", "Emerce", "Adformatie", "MarketingTribune", "Twinkle", "Distrifood",
          "RetailNews"]  # fmt: skip
_LAWS = [("Telecommunicatiewet", "Wet van 19 oktober 1998, houdende regels inzake de telecommunicatie, Stb. 1998, 610", 1998),
         ("Wet handhaving consumentenbescherming", "Wet van 25 juni 2006, Stb. 2006, 591", 2006),
         ("Uitvoeringswet Algemene verordening gegevensbescherming", "Wet van 16 mei 2018, Stb. 2018, 144", 2018),
         ("Wetboek van economisch recht", "Wet van 28 februari 2013, Belgisch Staatsblad 29 maart 2013", 2013),
         ("Wet op het consumentenkrediet", "Wet van 9 december 1992, Stb. 1992, 662", 1992),
         ("Drank- en Horecawet", "Wet van 7 oktober 1964, Stb. 1964, 386", 1964),
         ("Wet implementatie richtlijn modernisering consumentenbescherming", "Wet van 15 december 2021, Stb. 2021, 648", 2021),
         ("Energiewet", "Wet van 4 december 2024, Stb. 2024, 372", 2024)]  # fmt: skip
_CODES = [("Stichting Reclame Code (SRC)", "Nederlandse Reclame Code"),
          ("Stichting Reclame Code (SRC)", "Reclamecode voor Alcoholhoudende Dranken (RvA)"),
          ("Stichting Reclame Code (SRC)", "Reclamecode Social Media & Influencer Marketing (RSM)"),
          ("Jury voor Ethische Praktijken inzake reclame (JEP)", "Code van de Raad voor de Reclame")]  # fmt: skip


class Blind88WorkFactory(WorkFactory):
    """Works as Dutch and Flemish marketing candidates cite them."""

    KINDS = ("book", "chapter", "journal", "thesis", "news", "web", "report", "company-report", "government",
             "legislation", "code", "market-research", "social", "podcast")  # fmt: skip
    _WEIGHTS = (12, 6, 22, 4, 8, 8, 6, 8, 6, 3, 3, 8, 4, 2)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng88 = random.Random(seed * 88 + 8)

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng88
        roll = rng.random()
        if roll < 0.5:
            particle, family = rng.choice(_DUTCH_FAMILY)
            name = {"family": family, "given": rng.choice(_DUTCH_GIVEN)}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        if roll < 0.75:
            return {"family": rng.choice(_FLEMISH_FAMILY), "given": rng.choice(_FLEMISH_GIVEN)}
        given, family = rng.choice(_OTHER_NAMES)
        return {"family": family, "given": given}

    def _people88(self, most: int) -> list[dict[str, str]]:
        count = self.rng88.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def year88(self, low: int = 1998, high: int = 2025) -> int:
        return self.rng88.randint(low, high)

    def accessed88(self, issued: int | None) -> dict[str, list[list[int]]]:
        year = self.rng88.randint(max(issued or 2022, 2022), 2025)
        return {"date-parts": [[year, self.rng88.randint(1, 12), self.rng88.randint(1, 28)]]}

    def title88(self) -> str:
        rng = self.rng88
        topic, other, context = rng.choice(_TOPICS), rng.choice(_TOPICS), rng.choice(_CONTEXTS)
        forms = [f"{topic.capitalize()} in {context}", f"The effect of {topic} on {other}: evidence from {context}",
                 f"{topic.capitalize()} and {other} in {context}", f"{topic.capitalize()} versus {other}",
                 f"Rethinking {topic} for {context}", f"{topic.capitalize()}: a study of {context}"]  # fmt: skip
        return rng.choice(forms)

    def _url(self, domain: str) -> str:
        slug = "-".join(self.title88().lower().replace(":", "").split()[:5])
        return f"https://www.{domain}/{slug}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng88.choices(self.KINDS, weights=self._WEIGHTS)[0]
        return getattr(self, "_k_" + kind.replace("-", "_"))()

    def _k_book(self) -> Work:
        rng = self.rng88
        if rng.random() < 0.35:
            dutch, english = rng.choice(_NL_TITLES)
            title = f"{dutch} [{english}]"
            publisher, place = rng.choice([("Noordhoff", "Groningen"), ("Pearson Benelux", "Amsterdam"),
                                           ("Boom", "Amsterdam"), ("Lannoo Campus", "Leuven"), ("Academia Press", "Gent")])  # fmt: skip
        else:
            title = self.title88()
            publisher, place = rng.choice([("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Kogan Page", "London"),
                                           ("Sage", "London"), ("Wiley", "Chichester"), ("Springer", "Cham")])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people88(3),
                                  "issued": {"date-parts": [[self.year88(1995)]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if rng.random() < 0.35:
            record["edition"] = str(rng.randint(2, 12))
        return self._person_work(record, "book")

    def _k_chapter(self) -> Work:
        rng = self.rng88
        record: dict[str, Any] = {
            "type": "chapter", "title": self.title88(), "author": self._people88(3),
            "editor": [self.person() for _ in range(rng.randint(1, 2))],
            "container-title": f"Handbook of {rng.choice(['retail marketing', 'services marketing', 'digital consumer behaviour', 'brand management in Europe'])}",
            "issued": {"date-parts": [[self.year88()]]}, "publisher": rng.choice(["Edward Elgar", "Routledge", "Springer"]),
            "publisher-place": rng.choice(["Cheltenham", "Abingdon", "Cham"]),
            "page": f"{(start := rng.randint(3, 320))}-{start + rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _k_journal(self) -> Work:
        rng = self.rng88
        record: dict[str, Any] = {
            "type": "article-journal", "title": self.title88(), "author": self._people88(8),
            "container-title": rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year88(2002)]]},
            "volume": str(rng.randint(4, 110)), "issue": str(rng.randint(1, 12)),
            "page": f"{(start := rng.randint(1, 700))}-{start + rng.randint(6, 24)}",
        }  # fmt: skip
        if rng.random() < 0.45:
            record["DOI"] = (
                f"10.{rng.randint(1000, 9999)}/j.{rng.choice(['jretconser', 'jbusres', 'ijresmar'])}.{rng.randint(2010, 2025)}.{rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _k_thesis(self) -> Work:
        rng = self.rng88
        uni, place = rng.choice(_UNIS)
        record: dict[str, Any] = {"type": "thesis", "title": self.title88(), "author": [self.person()],
                                  "genre": rng.choice(["MSc thesis", "MBA dissertation", "PhD thesis", "Master's thesis"]),
                                  "publisher": uni, "publisher-place": place,
                                  "issued": {"date-parts": [[self.year88(2008)]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _k_news(self) -> Work:
        rng = self.rng88
        paper = rng.choice(_PRESS)
        year = self.year88(2012, 2024)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.title88(), "container-title": paper,
                                  "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
                                  "URL": self._url(paper.lower().replace(" ", "") + rng.choice([".nl", ".be"]))}  # fmt: skip
        record["accessed"] = {
            "date-parts": [[rng.randint(max(year + 1, 2022), 2025), rng.randint(1, 12), rng.randint(1, 28)]]
        }
        if rng.random() < 0.75:
            record["author"] = self._people88(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _k_web(self) -> Work:
        rng = self.rng88
        record: dict[str, Any] = {"type": "webpage", "title": self.title88(),
                                  "container-title": rng.choice(["Frankwatching", "Marketingfacts", "Emerce", "Adformatie"]),
                                  "URL": self._url(rng.choice(["frankwatching.com", "marketingfacts.nl", "emerce.nl"]))}  # fmt: skip
        issued = self.year88(2014) if rng.random() < 0.85 else None
        if issued:
            record["issued"] = {"date-parts": [[issued]]}
        if rng.random() < 0.85:
            record["accessed"] = self.accessed88(issued)
        record["author"] = self._people88(2)
        return self._person_work(record, "web")

    def _org_named(self, record: dict[str, Any], kind: str, pool: list[tuple[str, set[str]]]) -> Work:
        name, tags = self.rng88.choice(pool)
        return self._org_work(record, kind, name, set(tags))

    def _k_report(self) -> Work:
        rng = self.rng88
        issued = self.year88(2010) if rng.random() < 0.85 else None
        record: dict[str, Any] = {"type": "report", "title": self.title88()}
        if issued:
            record["issued"] = {"date-parts": [[issued]]}
        if rng.random() < 0.7:
            record["URL"] = self._url(
                rng.choice(["acm.nl", "autoriteitpersoonsgegevens.nl", "cbs.nl", "statbel.fgov.be", "thuiswinkel.org"])
            )
            if rng.random() < 0.85:
                record["accessed"] = self.accessed88(issued)
        return self._org_named(record, "report", _BODIES)

    def _k_company_report(self) -> Work:
        rng = self.rng88
        year = self.year88(2012)
        title = rng.choice([f"Annual report {year}", f"Jaarverslag {year} [Annual report {year}]",
                            f"Sustainability report {year}", f"Integrated annual report {year}", self.title88()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title}
        if rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        else:
            year = 0
        if rng.random() < 0.75:
            record["URL"] = self._url(
                rng.choice(["aholddelhaize.com", "ing.com", "kpn.com", "heineken.com", "postnl.nl", "colruytgroup.com"])
            )
            if rng.random() < 0.85:
                record["accessed"] = self.accessed88(year or None)
        return self._org_named(record, "company-report", _COMPANIES)

    def _k_government(self) -> Work:
        rng = self.rng88
        issued = self.year88(2012)
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": self.title88(),
                                  "issued": {"date-parts": [[issued]]},
                                  "URL": self._url(rng.choice(["rijksoverheid.nl", "economie.fgov.be", "cbs.nl"]))}  # fmt: skip
        if rng.random() < 0.85:
            record["accessed"] = self.accessed88(issued)
        return self._org_named(record, "government", [b for b in _BODIES if "government" in b[1]])

    def _k_legislation(self) -> Work:
        rng = self.rng88
        name, detail, year = rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": detail, "issued": {"date-parts": [[year]]}}
        if rng.random() < 0.5:
            record["URL"] = f"https://wetten.overheid.nl/BWBR{rng.randint(1000000, 9999999):07d}"
            record["accessed"] = self.accessed88(year)
        return self._org_work(record, "legislation", name, {"legislation"})

    def _k_code(self) -> Work:
        rng = self.rng88
        body, title = rng.choice(_CODES)
        issued = self.year88(2014) if rng.random() < 0.8 else None
        record: dict[str, Any] = {"type": "webpage", "title": title,
                                  "URL": f"https://www.{rng.choice(['reclamecode.nl', 'jep.be'])}/codes/{rng.randint(10, 99)}"}  # fmt: skip
        if issued:
            record["issued"] = {"date-parts": [[issued]]}
        record["accessed"] = self.accessed88(issued)
        return self._org_work(record, "code", body, {"abbreviation"})

    def _k_market_research(self) -> Work:
        rng = self.rng88
        name = rng.choice(_RESEARCH)
        issued = self.year88(2015) if rng.random() < 0.85 else None
        title = rng.choice([f"{rng.choice(['Thuiswinkel Markt Monitor', 'Consumer Panel', 'Retail Barometer', 'Telecom Monitor', 'Bloemen en planten monitor'])} {issued or 2024}",
                            f"{rng.choice(_TOPICS).capitalize()} in {rng.choice(['the Netherlands', 'Belgium', 'the Benelux'])}", self.title88()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0]}
        if issued:
            record["issued"] = {"date-parts": [[issued]]}
        if rng.random() < 0.6:
            record["URL"] = self._url(
                rng.choice(["gfk.com", "kantar.com", "ipsos.com", "multiscope.nl", "euromonitor.com"])
            )
            record["accessed"] = self.accessed88(issued)
        return self._org_work(record, "market-research", name, {"research"})

    def _k_social(self) -> Work:
        rng = self.rng88
        platform = rng.choice(["LinkedIn", "X", "Instagram", "TikTok", "YouTube"])
        issued = self.year88(2018, 2024)
        record: dict[str, Any] = {"type": "webpage", "title": f"{self.title88()} [{platform}]", "container-title": platform,
                                  "issued": {"date-parts": [[issued, rng.randint(1, 12), rng.randint(1, 28)]]},
                                  "URL": f"https://www.{platform.lower()}.com/{rng.choice(['posts', 'p', 'status'])}/{rng.randint(10**6, 10**9)}"}  # fmt: skip
        record["accessed"] = {"date-parts": [[2025, 12, rng.randint(1, 3)]]}
        if rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        return self._org_named(record, "social", _COMPANIES)

    def _k_podcast(self) -> Work:
        rng = self.rng88
        issued = self.year88(2018)
        record: dict[str, Any] = {"type": "webpage", "title": f"{self.title88()} [Podcast]",
                                  "container-title": rng.choice(["De Marketingpodcast", "Retailpraat", "FD Dagkoers", "Bright Podcast"]),
                                  "issued": {"date-parts": [[issued]]},
                                  "URL": f"https://open.spotify.com/episode/{rng.randint(10**8, 10**9)}"}  # fmt: skip
        record["accessed"] = self.accessed88(issued)
        record["author"] = self._people88(2)
        return self._person_work(record, "podcast")
