"""Works for the ninety-second held-out pool, "blind92": what marketers in Iceland, the Faroe Islands, Greenland
and Arctic Norway cite in CIM Level 6 and 7 reports and MBA assignments.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninety-second
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, export,
CRM, digital, destination and communications marketers at seafood exporters, airlines and ferry lines, tourism
boards, energy firms, banks, retailers and agencies in Reykjavík, Tórshavn, Nuuk and Tromsø write: Icelandic
patronymics and matronymics, Faroese and Greenlandic surnames, Sámi, Norwegian and Danish names beside expatriate
ones; hf., ehf., P/F, A/S and AS firms, statistics offices, Acts with their numbers, theses from the region's
universities, local textbooks with English translations in square brackets, news sites and social posts.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_ICE_GIVEN_M = ["Þórður", "Guðmundur", "Sigurður", "Jón", "Ólafur", "Einar", "Kristján", "Magnús", "Björn", "Halldór",
                "Ásgeir", "Ragnar", "Eiður", "Hörður", "Stefán", "Ari", "Davíð", "Snorri", "Bjarki", "Ævar"]  # fmt: skip
_ICE_GIVEN_F = ["Guðrún", "Sigríður", "Kristín", "Anna", "Helga", "Ragnheiður", "Þórunn", "Ásta", "Hildur", "Katrín",
                "Sólveig", "Ingibjörg", "Björk", "Edda", "Una", "Halla", "Eyrún", "Dögg", "Þóra", "Bryndís"]  # fmt: skip
_ICE_FATHERS = ["Magnús", "Sigurð", "Jón", "Guðmund", "Ólaf", "Einar", "Þórð", "Kristján", "Stefán", "Gunnar",
                "Halldór", "Björn", "Ásgeir", "Hörð", "Pál", "Eirík", "Bjarna", "Helga", "Árna", "Þorstein"]  # fmt: skip
_ICE_GEN = {"Magnús": "Magnús", "Sigurð": "Sigurðar", "Jón": "Jóns", "Guðmund": "Guðmundar", "Ólaf": "Ólafs",
            "Einar": "Einars", "Þórð": "Þórðar", "Kristján": "Kristjáns", "Stefán": "Stefáns", "Gunnar": "Gunnars",
            "Halldór": "Halldórs", "Björn": "Björns", "Ásgeir": "Ásgeirs", "Hörð": "Harðar", "Pál": "Páls",
            "Eirík": "Eiríks", "Bjarna": "Bjarna", "Helga": "Helga", "Árna": "Árna", "Þorstein": "Þorsteins"}  # fmt: skip
_ICE_MOTHERS = ["Guðrúnar", "Sigríðar", "Kristínar", "Önnu", "Helgu", "Ástu", "Hildar", "Katrínar", "Eddu", "Höllu"]
_FAROESE = [("Jákupsson", "Jóannes"), ("Joensen", "Rúni"), ("Poulsen", "Sunneva"), ("Hansen", "Bárður"),
            ("Olsen", "Turið"), ("Dam", "Eyðun"), ("Djurhuus", "Marjun"), ("Mikkelsen", "Høgni"), ("Petersen", "Ragna"),
            ("Zachariasen", "Súsanna"), ("Højgaard", "Óli"), ("Heinesen", "Brynhild"), ("Nielsen", "Sámal"),
            ("Dahl", "Bjørg"), ("Thomsen", "Jógvan"), ("Vang", "Elin"), ("Weihe", "Hallbera")]  # fmt: skip
_FAROESE_PARTICLE = [("í", "Líð", "Hanus"), ("á", "Lakjuni", "Guðrið"), ("við", "Á", "Kristian"),
                     ("í", "Gøtu", "Anita"), ("á", "Ryggi", "Tróndur")]  # fmt: skip
_GREENLANDIC = [("Kleist", "Aviaja"), ("Motzfeldt", "Jonathan"), ("Egede", "Naja"), ("Lynge", "Aqqaluk"),
                ("Kuitse", "Malik"), ("Olsen", "Nivi"), ("Berthelsen", "Ivalo"), ("Petrussen", "Kuupik"),
                ("Heilmann", "Pipaluk"), ("Enoksen", "Hans-Peter"), ("Lennert", "Arnaq"), ("Rosing", "Inuuteq"),
                ("Frederiksen", "Paninnguaq"), ("Chemnitz", "Tikaaja")]  # fmt: skip
_NORWEGIAN = [("Hætta", "Máret Ánne"), ("Eira", "Niillas"), ("Sara", "Ánde"), ("Bjørnstad", "Solveig"),
              ("Ødegård", "Håkon"), ("Sæther", "Ingrid"), ("Løvlie", "Øystein"), ("Åsheim", "Kari"), ("Berg", "Torbjørn"),
              ("Strøm-Olsen", "Marit"), ("Nygård", "Eirik"), ("Halvorsen", "Tone"), ("Kristiansen", "Ståle"),
              ("Pedersen", "Åse"), ("Mathisen", "Jon-Erik")]  # fmt: skip
_DANISH = [("Sørensen", "Mette"), ("Jørgensen", "Rasmus"), ("Kjærgaard", "Lærke"), ("Møller", "Søren"),
           ("Rasmussen", "Anne-Sofie"), ("Christensen", "Mads"), ("Skovgaard", "Birgitte"), ("Bech", "Frederik")]  # fmt: skip
_EXPAT = [("Whitfield", "Sarah"), ("O'Connor", "Ciarán"), ("Kowalska", "Agnieszka"), ("Nowak", "Piotr"),
          ("García López", "Lucía"), ("Müller", "Jonas"), ("Fitzgerald", "Mary-Kate"), ("Chen", "Wei"),
          ("MacLeod", "Fiona"), ("Lefèvre", "Camille"), ("Brown", "David"), ("Wilson", "Emma")]  # fmt: skip
_PARTICLE_EXPAT = [("van", "Dijk", "Maarten"), ("de", "Vries", "Sanne"), ("von", "Arnim", "Clara")]

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Icelandair Group hf.", {"company"}), ("Fly Play hf.", {"company"}), ("Landsbankinn hf.", {"company"}),
    ("Arion banki hf.", {"company"}), ("Íslandsbanki hf.", {"company"}), ("Síminn hf.", {"company"}),
    ("Hagar hf.", {"company"}), ("Festi hf.", {"company"}), ("Mjólkursamsalan ehf.", {"company"}),
    ("66°North", {"company"}), ("Sjóklæðagerðin hf. (66°North)", {"company", "abbreviation"}),
    ("Íslandsstofa (Business Iceland)", {"government", "abbreviation"}), ("Business Iceland", {"government"}),
    ("Ferðamálastofa (Icelandic Tourist Board)", {"government", "abbreviation"}), ("Icelandic Tourist Board", {"government"}),
    ("Landsvirkjun", {"company"}), ("Bláa Lónið hf.", {"company"}), ("Blue Lagoon Iceland", {"company"}),
    ("Brim hf.", {"company"}), ("Síldarvinnslan hf.", {"company"}), ("Bakkafrost P/F", {"company"}),
    ("Hiddenfjord (P/F Luna)", {"company", "abbreviation"}), ("Atlantic Airways P/F", {"company"}),
    ("Smyril Line P/F", {"company"}), ("Visit Faroe Islands", {"government"}), ("Føroya Banki P/F", {"company"}),
    ("Royal Greenland A/S", {"company"}), ("Air Greenland A/S", {"company"}), ("Visit Greenland A/S", {"company"}),
    ("Tusass A/S", {"company"}), ("Pilersuisoq A/S", {"company"}), ("Hurtigruten AS", {"company"}),
    ("Visit Tromsø-Region AS", {"company"}), ("Hagstofa Íslands (Statistics Iceland)", {"government", "abbreviation"}),
    ("Statistics Iceland", {"government"}), ("Hagstova Føroya", {"government"}), ("Statistics Greenland", {"government"}),
    ("Statistisk sentralbyrå (SSB)", {"government", "abbreviation"}), ("Statistics Norway", {"government"}),
    ("Seðlabanki Íslands", {"government"}), ("Central Bank of Iceland", {"government"}),
    ("Persónuvernd", {"government"}), ("Neytendastofa", {"government"}), ("Samtök ferðaþjónustunnar (SAF)", {"abbreviation"}),
    ("Icelandic Travel Industry Association (SAF)", {"abbreviation"}), ("Gallup Iceland", {"market-research"}),
    ("Maskína", {"market-research"}), ("Prósent", {"market-research"}), ("MMR", {"market-research", "abbreviation"}),
    ("Kantar", {"market-research"}), ("Euromonitor International", {"market-research"}),
    ("Iceland Seafood International hf.", {"company"}), ("Marel hf.", {"company"}), ("Ölgerðin Egill Skallagrímsson hf.", {"company"}),
    ("Nordic Council of Ministers", {"government"}), ("OECD", {"abbreviation"}), ("Innovation Norway", {"government"}),
    ("Norwegian Seafood Council", set()), ("Arctic Council", {"government"}), ("Ernst & Young ehf.", {"ampersand", "company"}),
    ("Deloitte ehf.", {"company"}), ("KPMG ehf.", {"company"}), ("Bain & Company", {"ampersand", "company"}),
    ("Ferðaþjónustan í Færeyjum & Visit Tórshavn", {"ampersand"}), ("Iceland's Ministry of Culture and Business Affairs", {"government", "apostrophe"}),
    ("Greenland's Self-Government (Naalakkersuisut)", {"government", "apostrophe", "abbreviation"}),
    ("Iceland Ocean Cluster", {"company"}), ("Reykjavík Grapevine", {"company"}),
]  # fmt: skip
_PUBLISHERS = [("Háskólaútgáfan", "Reykjavík"), ("Mál og menning", "Reykjavík"), ("Forlagið", "Reykjavík"),
               ("Fróðskapur", "Tórshavn"), ("Ilisimatusarfik", "Nuuk"), ("Samfundslitteratur", "Frederiksberg"),
               ("Gyldendal", "København"), ("Cappelen Damm Akademisk", "Oslo"), ("Fagbokforlaget", "Bergen"),
               ("Universitetsforlaget", "Oslo"), ("Routledge", "Abingdon"), ("Pearson", "Harlow"),
               ("Kogan Page", "London"), ("Sage", "London"), ("Channel View Publications", "Bristol"),
               ("Edward Elgar", "Cheltenham"), ("CABI", "Wallingford")]  # fmt: skip
_LOCAL_TITLES = [("Markaðsfræði: grunnatriði og notkun", "Marketing: principles and practice"),
                 ("Ferðaþjónusta á Íslandi", "Tourism in Iceland"), ("Vörumerkjastjórnun", "Brand management"),
                 ("Neytendahegðun í smáu hagkerfi", "Consumer behaviour in a small economy"),
                 ("Sjávarútvegur og útflutningur", "Fisheries and exports"),
                 ("Marknaðarføring í Føroyum", "Marketing in the Faroe Islands"), ("Ferðavinnan í Føroyum", "Tourism in the Faroes"),
                 ("Markedsføring i Grønland", "Marketing in Greenland"), ("Turisme i Arktis", "Tourism in the Arctic"),
                 ("Markedsføringsledelse", "Marketing management"), ("Digital markedsføring", "Digital marketing"),
                 ("Reiseliv i Nord-Norge", "Tourism in Northern Norway"), ("Orka og ímynd", "Energy and image"),
                 ("Bankar og traust eftir hrun", "Banks and trust after the crash")]  # fmt: skip
_JOURNALS = ["Icelandic Review of Politics and Administration", "Scandinavian Journal of Hospitality and Tourism",
             "Journal of Destination Marketing & Management", "Tourism Management", "Marine Policy",
             "Journal of Business Research", "Polar Geography", "Arctic Review on Law and Politics",
             "Journal of Sustainable Tourism", "Current Issues in Tourism", "European Journal of Marketing",
             "Journal of Marketing Management", "Nordic Journal of Business", "Aquaculture Economics & Management",
             "Tourism Recreation Research", "International Journal of Bank Marketing", "Energy Policy",
             "Stjórnmál og stjórnsýsla", "Tímarit um viðskipti og efnahagsmál"]  # fmt: skip
_TOPICS = ["destination image", "Northern Lights tourism", "overtourism", "country-of-origin effects",
           "seafood traceability", "salmon farming", "geothermal branding", "green energy claims", "trust in banks",
           "mobile banking adoption", "loyalty programmes", "stopover marketing", "low-cost carriers",
           "cruise tourism", "Arctic tourism", "nation branding", "place branding", "customer experience",
           "sustainable tourism", "influencer marketing", "social media engagement", "consumer ethnocentrism",
           "dairy co-operatives", "outdoor clothing", "price sensitivity", "small-market retailing",
           "word of mouth", "user-generated content", "midnight-sun tourism", "Greenlandic identity",
           "indigenous tourism", "Sámi tourism", "fisheries certification", "brand heritage", "service quality"]  # fmt: skip
_PLACES = ["Iceland", "the Faroe Islands", "Greenland", "Northern Norway", "Reykjavík", "Tórshavn", "Nuuk",
           "Tromsø", "the North Atlantic", "the Arctic", "Akureyri", "Ilulissat", "Lofoten", "the Nordic countries"]  # fmt: skip
_UNIVERSITIES = ["University of Iceland", "Reykjavík University", "University of Akureyri", "Bifröst University",
                 "University of the Faroe Islands", "Ilisimatusarfik", "UiT The Arctic University of Norway",
                 "Nord University", "Copenhagen Business School"]  # fmt: skip
_NEWS = ["Morgunblaðið", "Fréttablaðið", "Viðskiptablaðið", "RÚV", "Kjarninn", "Dimmalætting", "Sermitsiaq",
         "KNR", "Nordlys", "Iceland Review", "Vísir", "Heimildin", "Kringvarp Føroya", "The Arctic Journal",
         "Reykjavík Grapevine", "High North News"]  # fmt: skip
_SOCIAL = [("Instagram", "https://www.instagram.com/p/"), ("TikTok", "https://www.tiktok.com/@"),
           ("Facebook", "https://www.facebook.com/"), ("YouTube", "https://www.youtube.com/watch?v=")]  # fmt: skip
_HANDLES = ["icelandair", "flyplay", "66north", "bluelagoonis", "visitfaroeislands", "visitgreenland", "hurtigruten",
            "landsbankinn", "smyrilline", "airgreenland", "royalgreenland", "visittromso", "arionbanki", "hiddenfjord"]  # fmt: skip
_LAWS = [("Act No. 90/2018 on Data Protection and the Processing of Personal Data", "Alþingi", 2018),
         ("Act No. 57/2005 on the Supervision of Unfair Business Practices and Market Transparency", "Alþingi", 2005),
         ("Act No. 30/2002 on Electronic Commerce and Other Electronic Services", "Alþingi", 2002),
         ("Løgtingslóg nr. 80 frá 7. juni 2020 um marknaðarføring", "Løgtingið", 2020),
         ("Inatsisartutlov nr. 14 af 6. juni 2016 om markedsføring", "Inatsisartut", 2016),
         ("Lov om kontroll med markedsføring og avtalevilkår mv. (markedsføringsloven)", "Stortinget", 2009),
         ("Act No. 96/2018 on Tourism Services and Travel Agencies", "Alþingi", 2018)]  # fmt: skip
_GOVERNMENT = [("Stjórnarráð Íslands", "stjornarradid.is"), ("Government of Iceland", "government.is"),
               ("Ministry of Culture and Business Affairs", "government.is"), ("Ministry of Food, Agriculture and Fisheries", "government.is"),
               ("Persónuvernd", "personuvernd.is"), ("Neytendastofa", "neytendastofa.is"), ("Samkeppniseftirlitið", "samkeppni.is"),
               ("Ferðamálastofa", "ferdamalastofa.is"), ("Faroese Government (Landsstýrið)", "government.fo"),
               ("Naalakkersuisut", "naalakkersuisut.gl"), ("Visit Greenland A/S", "visitgreenland.com"),
               ("Forbrukertilsynet", "forbrukertilsynet.no"), ("Nærings- og fiskeridepartementet", "regjeringen.no"),
               ("Umhverfisstofnun", "ust.is")]  # fmt: skip


class Blind92WorkFactory(WorkFactory):
    """Works an Arctic and North Atlantic marketer's reference list holds."""

    KINDS = ("book", "chapter", "journal", "thesis", "web", "report", "government", "legislation", "news", "social",
             "research", "translated")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.r = random.Random(seed * 53 + 92)
        self.families: list[dict[str, str]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        r = self.r
        if self.families and r.random() < 0.06:
            return dict(r.choice(self.families))
        roll = r.random()
        if roll < 0.42:
            father = r.choice(_ICE_FATHERS)
            if r.random() < 0.5:
                name = {"given": r.choice(_ICE_GIVEN_M), "family": f"{_ICE_GEN[father]}son"}
                if r.random() < 0.05:
                    name["family"] = f"{r.choice(_ICE_MOTHERS)}son"
            else:
                mother = r.random() < 0.12
                name = {"given": r.choice(_ICE_GIVEN_F),
                        "family": f"{r.choice(_ICE_MOTHERS) if mother else _ICE_GEN[father]}dóttir"}  # fmt: skip
            if r.random() < 0.04:
                name["family"] = f"{r.choice(_ICE_MOTHERS)}bur"
        elif roll < 0.58:
            if r.random() < 0.2:
                particle, family, given = r.choice(_FAROESE_PARTICLE)
                name = {"given": given, "family": family, "non-dropping-particle": particle}
            else:
                family, given = r.choice(_FAROESE)
                name = {"given": given, "family": family}
        elif roll < 0.70:
            family, given = r.choice(_GREENLANDIC)
            name = {"given": given, "family": family}
        elif roll < 0.82:
            family, given = r.choice(_NORWEGIAN)
            name = {"given": given, "family": family}
        elif roll < 0.89:
            family, given = r.choice(_DANISH)
            name = {"given": given, "family": family}
        elif roll < 0.97:
            family, given = r.choice(_EXPAT)
            name = {"given": given, "family": family}
        else:
            particle, family, given = r.choice(_PARTICLE_EXPAT)
            name = {"given": given, "family": family, "non-dropping-particle": particle}
        self.families.append(name)
        return name

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.r.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        return self.r.randint(1996, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2022, year or 2022)
        return {"date-parts": [[self.r.randint(low, max(low, 2025)), self.r.randint(1, 12), self.r.randint(1, 28)]]}

    def _dated_access(self, record: dict[str, Any], year: int | None) -> None:
        """An access date after the full date of issue (a post is read after it was posted)."""
        accessed = self.accessed_after(year)
        if "issued" in record and accessed["date-parts"][0] < record["issued"]["date-parts"][0]:
            accessed["date-parts"][0][0] += 1
        record["accessed"] = accessed

    def title(self) -> str:
        r = self.r
        topic, place = r.choice(_TOPICS), r.choice(_PLACES)
        forms = [
            f"{topic.capitalize()} in {place}",
            f"{topic.capitalize()} and {r.choice(_TOPICS)}: evidence from {place}",
            f"Marketing {place} after {r.choice(['the 2008 crash', 'the pandemic', 'Eyjafjallajökull', 'the WOW air collapse', 'the 2010 eruption'])}",
            f"Small nation, big brand: {topic} in {place}",
            f"Beyond the Northern Lights: {topic} and {r.choice(_TOPICS)}",
            f"{topic.capitalize()} on the edge of the Arctic",
            f"Who buys {r.choice(['Icelandic cod', 'Faroese salmon', 'Greenland halibut', 'skyr', 'Arctic char'])}? {topic.capitalize()} in export markets",
            f"Rethinking {topic} for {place}",
        ]
        return r.choice(forms)

    def _lead(self, first: dict[str, str]) -> str:
        return " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))

    def _done(self, record: dict[str, Any], kind: str, tags: set[str] | None = None) -> Work:
        record["id"] = self._id()
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        if "literal" in record["author"][0]:
            name = record["author"][0]["literal"]
            return Work(record, name, year, True, 1, kind, (tags or set()) | {"organisation"})
        return Work(record, self._lead(record["author"][0]), year, False, len(record["author"]), kind, tags or set())

    def _org(self) -> tuple[str, set[str]]:
        return self.r.choice(_ORGANISATIONS)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.r.choices(list(self.KINDS), weights=[12, 5, 22, 5, 13, 10, 6, 3, 10, 5, 5, 4])[0]
        return getattr(self, "_w_" + kind)()

    def _w_book(self) -> Work:
        publisher, place = self.r.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.title(), "author": self.people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.r.random() < 0.25:
            record["edition"] = str(self.r.randint(2, 6))
        return self._done(record, "book")

    def _w_translated(self) -> Work:
        original, english = self.r.choice(_LOCAL_TITLES)
        publisher, place = self.r.choice(_PUBLISHERS[:10])
        record: dict[str, Any] = {"type": "book", "title": f"{original} [{english}]", "author": self.people(3),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.r.random() < 0.3:
            record["edition"] = str(self.r.randint(2, 4))
        return self._done(record, "translated", {"translated"})

    def _w_chapter(self) -> Work:
        publisher, place = self.r.choice(_PUBLISHERS[10:])
        start = self.r.randint(1, 320)
        record: dict[str, Any] = {"type": "chapter", "title": self.title(), "author": self.people(3),
                                  "editor": [self.person() for _ in range(self.r.randint(1, 3))],
                                  "container-title": f"{self.r.choice(['Arctic', 'Nordic', 'North Atlantic', 'Polar'])} {self.r.choice(['tourism', 'marketing', 'seafood', 'destinations', 'business'])}: {self.r.choice(['a research agenda', 'cases and concepts', 'critical perspectives', 'a handbook'])}",
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place, "page": f"{start}-{start + self.r.randint(10, 28)}"}  # fmt: skip
        return self._done(record, "chapter")

    def _w_journal(self) -> Work:
        start = self.r.randint(1, 700)
        record: dict[str, Any] = {"type": "article-journal", "title": self.title(), "author": self.people(8),
                                  "container-title": self.r.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.r.randint(1, 110)), "issue": str(self.r.randint(1, 6)),
                                  "page": f"{start}-{start + self.r.randint(9, 26)}"}  # fmt: skip
        if self.r.random() < 0.45:
            record["DOI"] = (
                f"10.{self.r.randint(1000, 9999)}/{self.r.choice(['sjht', 'jdmm', 'tm', 'mp', 'jbr', 'ejm'])}.{self.r.randint(2000, 2025)}.{self.r.randint(100, 99999)}"
            )
        return self._done(record, "journal")

    def _w_thesis(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "thesis", "title": self.title(), "author": [self.person()],
                                  "issued": {"date-parts": [[year]]}, "genre": self.r.choice(["MSc thesis", "MS thesis", "MBA dissertation", "PhD thesis", "Master's thesis"]),
                                  "publisher": self.r.choice(_UNIVERSITIES)}  # fmt: skip
        if self.r.random() < 0.6:
            record["URL"] = (
                f"https://{self.r.choice(['skemman.is', 'opinvisindi.is', 'munin.uit.no', 'setur.fo'])}/handle/{self.r.randint(1000, 99999)}/{self.r.randint(1000, 99999)}"
            )
            record["accessed"] = self.accessed_after(year)
        return self._done(record, "thesis")

    def _w_web(self) -> Work:
        if self.r.random() < 0.45:
            record: dict[str, Any] = {"type": "webpage", "title": self.title(), "author": self.people(2)}
            tags: set[str] = set()
        else:
            name, tags = self._org()
            record = {"type": "webpage", "title": self.title(), "author": [{"literal": name}]}
        year = self.year() if self.r.random() < 0.75 else None
        if year:
            record["issued"] = {"date-parts": [[year]]}
        slug = "-".join(record["title"].lower().split()[:4]).replace(":", "").replace("?", "")
        record["URL"] = (
            f"https://www.{self.r.choice(['islandsstofa.is', 'visitfaroeislands.com', 'visitgreenland.com', 'landsbankinn.is', 'ferdamalastofa.is', 'visittromso.no', 'icelandair.com', 'hagstofa.is'])}/{slug}"
        )
        if self.r.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        return self._done(record, "web", tags)

    def _w_report(self) -> Work:
        name, tags = self._org()
        year = self.year()
        title = (f"{self.r.choice(['Annual report', 'Sustainability report', 'Ársskýrsla [Annual report]', 'Ársfrágreiðing [Annual report]', 'Tourism in Iceland in figures', 'Integrated report'])} {year}"
                 if self.r.random() < 0.45 else self.title())  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "author": [{"literal": name}],
                                  "publisher": name.split(" (")[0], "publisher-place": self.r.choice(["Reykjavík", "Tórshavn", "Nuuk", "Tromsø", "Oslo", "Klaksvík", "Akureyri"])}  # fmt: skip
        if self.r.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        if self.r.random() < 0.55:
            record["URL"] = (
                f"https://www.{self.r.choice(['brim.is', 'bakkafrost.com', 'royalgreenland.com', 'hagar.is', 'landsvirkjun.com', 'arionbanki.is'])}/{self.r.choice(['reports', 'investors', 'media'])}/{year}"
            )
            record["accessed"] = self.accessed_after(year if "issued" in record else None)
        return self._done(record, "report", tags)

    def _w_government(self) -> Work:
        name, domain = self.r.choice(_GOVERNMENT)
        year = self.year()
        titles = [f"Tourism strategy {year}-{year + 5}", self.title(), f"Guidelines on marketing to children {year}"]
        if name in ("Persónuvernd", "Neytendastofa", "Samkeppniseftirlitið", "Forbrukertilsynet"):
            titles = [f"Decision in case no. {year}{self.r.randint(10, 12):02d}{self.r.randint(100, 999)}",
                      f"Ákvörðun nr. {self.r.randint(1, 40)}/{year} [Decision no. {self.r.randint(1, 40)}/{year}]",
                      f"Guidelines on influencer marketing {year}"]  # fmt: skip
        elif name in ("Stjórnarráð Íslands", "Ministry of Culture and Business Affairs", "Ferðamálastofa"):
            titles.append(
                f"Ferðaþjónusta til framtíðar: stefna til {year + 10} [Tourism towards the future: policy to {year + 10}]"
            )
        record: dict[str, Any] = {"type": self.r.choice(["report", "webpage"]), "title": self.r.choice(titles),
                                  "author": [{"literal": name}], "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{domain}/{self.r.choice(['utgefid-efni', 'frettir', 'publications', 'media'])}/{self.r.randint(100, 9999)}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._done(record, "government", {"government"})

    def _w_legislation(self) -> Work:
        # As a report by the parliament that passed it, so the style writes "(Alþingi, 2018)", as candidates cite it.
        title, body, year = self.r.choice(_LAWS)
        record: dict[str, Any] = {"type": "report", "title": title, "author": [{"literal": body}],
                                  "issued": {"date-parts": [[year]]}, "publisher": body,
                                  "publisher-place": {"Alþingi": "Reykjavík", "Løgtingið": "Tórshavn", "Inatsisartut": "Nuuk"}.get(body, "Oslo")}  # fmt: skip
        if self.r.random() < 0.5:
            record["URL"] = (
                f"https://www.{ {'Alþingi': 'althingi.is', 'Løgtingið': 'logir.fo', 'Inatsisartut': 'nalunaarutit.gl'}.get(body, 'lovdata.no') }/{year}/{self.r.randint(10, 999)}"
            )
            record["accessed"] = self.accessed_after(year)
        return self._done(record, "legislation", {"legislation", "government"})

    def _w_news(self) -> Work:
        year = self.year() if self.r.random() < 0.9 else None
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.title(),
                                  "container-title": self.r.choice(_NEWS)}  # fmt: skip
        if self.r.random() < 0.7:
            record["author"] = self.people(2)
        else:
            record["author"] = [{"literal": record["container-title"]}]
        if year:
            record["issued"] = {"date-parts": [[year, self.r.randint(1, 12), self.r.randint(1, 28)]]}
        record["URL"] = (
            f"https://www.{self.r.choice(['mbl.is', 'ruv.is', 'vb.is', 'visir.is', 'dimma.fo', 'sermitsiaq.ag', 'knr.gl', 'nordlys.no'])}/frettir/{self.r.randint(2000000, 9999999)}"
        )
        if self.r.random() < 0.85:
            self._dated_access(record, year)
        return self._done(record, "news", {"news"})

    def _w_social(self) -> Work:
        platform, base = self.r.choice(_SOCIAL)
        handle = self.r.choice(_HANDLES)
        name = next((n for n, _ in _ORGANISATIONS if handle[:5].lower() in n.lower().replace(" ", "")), None)
        author = [{"literal": name}] if name and self.r.random() < 0.6 else self.people(1)
        year = self.year() if self.r.random() < 0.85 else None
        if year:
            year = max(year, 2012)
        record: dict[str, Any] = {"type": "post", "title": self.r.choice([f"{self.r.choice(_TOPICS).capitalize()} #{handle}",
                                  "Northern Lights season is here 🌌", "Gleðilegan þjóðhátíðardag! [Happy National Day!]",
                                  "Góða Ólavsøku! [Happy Ólavsøka!]", f"Podcast episode {self.r.randint(1, 140)}: {self.r.choice(_TOPICS)}",
                                  f"Midnight sun in {self.r.choice(_PLACES)}"]),
                                  "container-title": platform, "author": author,
                                  "URL": f"{base}{handle}{self.r.randint(100000, 999999)}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year, self.r.randint(1, 12), self.r.randint(1, 28)]]}
        self._dated_access(record, year)
        return self._done(record, "social", {"social"})

    def _w_research(self) -> Work:
        name = self.r.choice(["Gallup Iceland", "Maskína", "Prósent", "MMR", "Kantar", "Euromonitor International",
                              "Statistics Iceland", "Hagstova Føroya", "Statistics Greenland", "Statistisk sentralbyrå (SSB)"])  # fmt: skip
        year = self.year() if self.r.random() < 0.88 else None
        market = self.r.choice(["Grocery retail", "Air travel", "Banking", "Outdoor clothing", "Dairy products",
                                "Hotel nights", "Seafood exports", "Mobile telecoms", "Electricity"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.r.choice([f"{market} in {self.r.choice(_PLACES)}",
                                  f"{market}: consumer survey {year or 2024}", f"Brand trust index {year or 2023}",
                                  f"{market} by month {year or 2022}"]), "author": [{"literal": name}],
                                  "publisher": name, "URL": f"https://www.{name.split()[0].lower().replace('í', 'i').replace('ó', 'o')}.com/{self.r.randint(100, 9999)}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._done(record, "research", {"market-research"})
