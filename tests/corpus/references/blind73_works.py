"""Works for the seventy-third held-out pool, "blind73": what marketers in Morocco, Algeria, Tunisia, Senegal and
Côte d'Ivoire cite in CIM Level 6 and 7 reports and MBA assignments written in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventy-third hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how these writers build
their reference lists: African and international journals with one to eight authors, textbooks in English and
French, chapters, master's and MBA theses from Casablanca, Rabat, Ifrane, Tunis, Dakar and Yamoussoukro, works by
operators, banks, FMCG groups, airlines and tourism offices (S.A., SPA, SARL, GIE, "&", apostrophes, abbreviations),
regulators and statistics offices, laws under the state that enacts them, research firms' reports with and without
dates, the francophone and Maghreb press signed and unsigned, LinkedIn, X, TikTok and Facebook posts and podcasts.
Names: Moroccan, Algerian and Tunisian names with El, Al, Ben, Bel, Ait and Ould, transliterated several ways,
Amazigh, Wolof, Pulaar and Serer names, Ivorian names with apostrophes, French and Lebanese expatriate names, and
titles in French and Arabic with their English translation in square brackets.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given) pairs by community; given names with a hyphen keep a capital after it.
_MAGHREB_FAMILY = ["El Mansouri", "Benjelloun", "Ben Jelloun", "Bennani", "Alaoui", "El Alaoui", "El Idrissi",
                   "Elidrissi", "Tazi", "Berrada", "Chraïbi", "Chraibi", "Lahlou", "El Fassi", "Benkirane",
                   "Ait Taleb", "Aït Ouarab", "Amrani", "Ouazzani", "Zniber", "Sqalli", "Kettani", "Bouazizi",
                   "Ben Ali", "Ben Salah", "Trabelsi", "Jebali", "Gharbi", "Mejri", "Hammami", "Ben Youssef",
                   "Bel Hadj", "Belhadj", "Chaabane", "Saïdi", "Belkacem", "Benmoussa", "Mebarki", "Hadjadj",
                   "Khelifi", "Zerrouki", "Belaïd", "Ould Abdallah", "Ould Ahmed", "Ait Lhaj", "Al Amrani",
                   "Al-Hashimi", "Bensaïd", "Boukhalfa", "Meziane", "Ferhat", "Bouchareb", "Ghannouchi",
                   "Ben Abdallah", "Mrabet", "Ksouri", "Ayadi", "Dridi", "Naceur", "Bouzid", "El Ouafi"]  # fmt: skip
_MAGHREB_GIVEN = ["Mohammed", "Mohamed", "Mohamad", "Mehdi", "Youssef", "Yousef", "Youcef", "Karim", "Rachid",
                  "Hicham", "Hind", "Salma", "Ghita", "Meryem", "Nadia", "Imane", "Soukaina", "Amine", "Othmane",
                  "Ahmed", "Fatima-Zahra", "Fatim-Zahra", "Sara", "Khadija", "Zineb", "Abdelkader", "Abdellatif",
                  "Leïla", "Aïcha", "Yasmine", "Wassim", "Sofiane", "Amel", "Lamia", "Selma", "Skander", "Walid",
                  "Houssem", "Oussama", "Rim", "Syrine", "Inès", "Mohamed-Amine", "Abdel-Ilah", "Nour El Houda",
                  "Kenza", "Driss", "Hafsa", "Samir", "Nabil", "Asma", "Chaïmae"]  # fmt: skip
_AMAZIGH = [("Akli", "Massinissa"), ("Ameziane", "Tiziri"), ("Idir", "Dihya"), ("Amellal", "Aksil"),
            ("Ouchen", "Anir"), ("Izem", "Yuba"), ("Aït Ahmed", "Tanirt"), ("Oubella", "Itto"),
            ("Ait Bihi", "Amnay"), ("Ouchikh", "Tafsut"), ("Ihaddadene", "Kahina"), ("Ouali", "Tilelli")]  # fmt: skip
_SENEGAL_FAMILY = ["Diop", "Ndiaye", "Ba", "Sow", "Fall", "Faye", "Diallo", "Gueye", "Sarr", "Sy", "Mbaye", "Ndour",
                   "Thiam", "Cissé", "Diouf", "Seck", "Kane", "Niang", "Dieng", "Touré", "Mbengue", "Sène"]  # fmt: skip
_SENEGAL_GIVEN = ["Awa", "Fatou", "Mamadou", "Cheikh", "Ousmane", "Aminata", "Moustapha", "Ndeye Fatou", "Khady",
                  "Abdoulaye", "Mariama", "Serigne", "Babacar", "Coumba", "Astou", "Modou", "Adama", "Penda",
                  "Aïssatou", "El Hadji"]  # fmt: skip
_IVORIAN_FAMILY = ["Kouassi", "Koné", "Ouattara", "Yao", "N'Guessan", "N'Dri", "Kouamé", "Koffi", "Kouadio", "Bamba",
                   "Traoré", "Coulibaly", "Soro", "Yapi", "Aka", "Konan", "Assi", "Brou", "Zadi", "Gnahoré", "Tanoh",
                   "Ehui", "Dosso", "N'Goran", "Kra"]  # fmt: skip
_IVORIAN_GIVEN = ["Aya", "Adjoua", "Akissi", "Amenan", "Konan", "Kouadio", "Affoué", "Jean-Marc", "Marie-Laure",
                  "Serge", "Didier", "Estelle", "Armand", "Ange-Emmanuel", "Yves-Roland", "Fabrice", "Nadège",
                  "Ahou", "Koffi", "Prisca"]  # fmt: skip
_FRENCH = [("Dubois", "Camille"), ("Lefèvre", "Julien"), ("Moreau", "Élodie"), ("Girard", "Benoît"),
           ("Rousseau", "Hélène"), ("Lambert", "Sébastien"), ("Fontaine", "Anne-Sophie"), ("Chevalier", "Jean-Baptiste"),
           ("Mercier", "Marie-Hélène"), ("Le Goff", "Yannick"), ("Lemaître", "Claire"), ("Perrin", "Thibault"),
           ("Faure", "Gaëlle"), ("Roussel", "François"), ("Besson", "Aurélie")]  # fmt: skip
_FRENCH_PARTICLE = [("de", "Villiers", "Pauline"), ("de", "La Fontaine", "Antoine"), ("du", "Plessis", "Margaux"),
("de", "Montalembert", "Inès")]  # fmt: skip
_LEBANESE = [("Haddad", "Rami"), ("Khoury", "Joëlle"), ("El Khoury", "Nadim"), ("Nassar", "Ziad"), ("Saadé", "Carla"),
             ("Abi Nader", "Rita"), ("Aoun", "Georges"), ("Abou Jaoudé", "Maya"), ("Karam", "Elie"), ("Sfeir", "Nayla"),
             ("Daher", "Charbel")]  # fmt: skip
_INTERNATIONAL = [("Thompson", "Rachel"), ("Hughes", "David"), ("Patel", "Nisha"), ("O'Connor", "Siobhan"),
                  ("Müller", "Katrin"), ("García-López", "Ana"), ("Okafor", "Chinedu"), ("Mensah", "Kwabena"),
                  ("Zhang", "Wei"), ("Kowalski", "Marta"), ("Rahman", "Tariq"), ("Van den Broeck", "Pieter"),
                  ("Yılmaz", "Emre"), ("Smith", "Joanna"), ("Fernandes", "Rui")]  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Maroc Telecom", {"company"}), ("Itissalat Al-Maghrib (IAM)", {"company", "abbreviation"}),
    ("Orange Côte d'Ivoire", {"company", "apostrophe"}), ("Sonatel", {"company"}), ("Ooredoo Tunisie", {"company"}),
    ("Djezzy", {"company"}), ("Mobilis", {"company"}), ("inwi", {"company", "lower-case"}), ("Orange Maroc", {"company"}),
    ("MTN Côte d'Ivoire", {"company", "apostrophe"}), ("Moov Africa", {"company"}),
    ("Attijariwafa bank", {"company"}), ("Groupe Banque Centrale Populaire (BCP)", {"company", "abbreviation"}),
    ("Groupe BCP", {"company"}), ("Bank of Africa - BMCE Group", {"company"}),
    ("Société Générale Côte d'Ivoire", {"company", "apostrophe"}), ("CIH Bank", {"company"}),
    ("Wafa Assurance", {"company"}), ("Centrale Danone", {"company"}), ("Cevital", {"company"}),
    ("Poulina Group Holding", {"company"}), ("OCP Group S.A.", {"company", "abbreviation"}), ("OCP Group", {"company"}),
    ("Royal Air Maroc", {"company"}), ("Air Algérie", {"company"}), ("Tunisair", {"company"}),
    ("Office National Marocain du Tourisme (ONMT)", {"government", "abbreviation"}),
    ("Jumia Technologies AG", {"company"}), ("Jumia", {"company"}), ("Wave Mobile Money, S.A.", {"company", "comma"}),
    ("Wave", {"company"}), ("Marjane Holding", {"company"}), ("Label'Vie S.A.", {"company", "apostrophe"}),
    ("Lesieur Cristal", {"company"}), ("Les Eaux Minérales d'Oulmès", {"company", "apostrophe"}),
    ("Délice Danone", {"company"}), ("SIFCA", {"company", "acronym"}), ("Orange Middle East & Africa", {"company", "ampersand"}),
    ("Procter & Gamble Maghreb", {"company", "ampersand"}), ("Nestlé Côte d'Ivoire", {"company", "apostrophe"}),
    ("Akwa Group", {"company"}), ("Mövenpick Hotels & Resorts", {"company", "ampersand"}), ("Accor", {"company"}),
    ("Sanlam Maroc", {"company"}), ("Hmall Media SARL", {"company"}), ("Sahara Digital & Co", {"company", "ampersand"}),
    ("GIE Senegal Tourisme", {"company"}), ("Agence Sénégalaise de Promotion Touristique (ASPT)", {"government", "abbreviation"}),
    ("Office National du Tourisme Tunisien (ONTT)", {"government", "abbreviation"}), ("Côte d'Ivoire Tourisme", {"government", "apostrophe"}),
    ("GSMA Intelligence", {"market-research"}), ("GSMA", {"trade-body", "acronym"}), ("Euromonitor International", {"market-research"}),
    ("Ipsos", {"market-research"}), ("Sensio", {"market-research"}), ("Afrobarometer", {"market-research"}),
    ("Kantar", {"market-research"}), ("Statista", {"market-research"}), ("DataReportal", {"market-research"}),
    ("We Are Social & Meltwater", {"company", "ampersand"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("Deloitte", {"company"}), ("PwC", {"company", "acronym"}), ("World Bank", {"government"}),
    ("International Finance Corporation (IFC)", {"government", "abbreviation"}),
    ("African Development Bank (AfDB)", {"government", "abbreviation"}), ("UN Tourism", {"government"}),
    ("OECD", {"government", "acronym"}), ("Chartered Institute of Marketing", {"trade-body"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, str, str]] = [  # body, the place its report is published, its web domain
    ("Haut-Commissariat au Plan (HCP)", "Rabat", "hcp.ma"), ("HCP", "Rabat", "hcp.ma"), ("Bank Al-Maghrib", "Rabat", "bkam.ma"),
    ("Office National des Statistiques (ONS)", "Algiers", "ons.dz"), ("Institut National de la Statistique (INS)", "Tunis", "ins.tn"),
    ("Agence Nationale de la Statistique et de la Démographie (ANSD)", "Dakar", "ansd.sn"), ("ANSD", "Dakar", "ansd.sn"),
    ("Banque Centrale des États de l'Afrique de l'Ouest (BCEAO)", "Dakar", "bceao.int"), ("Banque d'Algérie", "Algiers", "bank-of-algeria.dz"),
    ("Banque Centrale de Tunisie", "Tunis", "bct.gov.tn"), ("Agence Nationale de Réglementation des Télécommunications (ANRT)", "Rabat", "anrt.ma"),
    ("ANRT", "Rabat", "anrt.ma"), ("Autorité de Régulation des Télécommunications/TIC de Côte d'Ivoire (ARTCI)", "Abidjan", "artci.ci"),
    ("Autorité de Régulation des Télécommunications et des Postes (ARTP)", "Dakar", "artp.sn"),
    ("Instance Nationale des Télécommunications (INT)", "Tunis", "intt.tn"), ("CNDP", "Rabat", "cndp.ma"),
    ("Commission Nationale de contrôle de la protection des Données à caractère Personnel (CNDP)", "Rabat", "cndp.ma"),
    ("Haute Autorité de la Communication Audiovisuelle (HACA)", "Rabat", "haca.ma"),
    ("Ministère du Tourisme, de l'Artisanat et de l'Économie Sociale et Solidaire", "Rabat", "mtaess.gov.ma"),
    ("Ministry of Economy and Finance", "Rabat", "finances.gov.ma"), ("Ministère du Commerce et de la Promotion des Exportations", "Algiers", "commerce.gov.dz"),
    ("Ministère des Technologies de la Communication", "Tunis", "mtc.gov.tn"),
]  # fmt: skip
_STATES = [("Kingdom of Morocco", "Bulletin Officiel"), ("Royaume du Maroc", "Bulletin Officiel"),
           ("République Algérienne Démocratique et Populaire", "Journal Officiel de la République Algérienne"),
           ("Republic of Tunisia", "Journal Officiel de la République Tunisienne"),
           ("République du Sénégal", "Journal Officiel de la République du Sénégal"),
           ("République de Côte d'Ivoire", "Journal Officiel de la République de Côte d'Ivoire")]  # fmt: skip
# Laws by state index (into _STATES by country): (title, year)
_LAWS = {
    "MA": [("Law No. 09-08 on the protection of individuals with regard to the processing of personal data", 2009),
           ("Loi n° 31-08 édictant des mesures de protection du consommateur [Law No. 31-08 enacting consumer protection measures]", 2011),
           ("Law No. 53-05 on the electronic exchange of legal data", 2007),
           ("Law No. 103-12 on credit institutions and similar bodies", 2014),
           ("Law No. 24-96 on post and telecommunications", 1997)],
    "DZ": [("Loi n° 18-07 relative à la protection des personnes physiques dans le traitement des données à caractère personnel [Law No. 18-07 on the protection of natural persons in the processing of personal data]", 2018),
           ("Law No. 18-05 on electronic commerce", 2018), ("Law No. 09-03 on consumer protection and the repression of fraud", 2009)],
    "TN": [("Organic Law No. 2004-63 on the protection of personal data", 2004),
           ("Law No. 2000-83 on electronic exchanges and commerce", 2000), ("Loi n° 92-117 relative à la protection du consommateur [Law No. 92-117 on consumer protection]", 1992)],
    "SN": [("Law No. 2008-12 on the protection of personal data", 2008), ("Law No. 2008-08 on electronic transactions", 2008)],
    "CI": [("Law No. 2013-450 on the protection of personal data", 2013), ("Loi n° 2013-546 relative aux transactions électroniques [Law No. 2013-546 on electronic transactions]", 2013)],
}  # fmt: skip
_STATE_OF = {"MA": [0, 1], "DZ": [2], "TN": [3], "SN": [4], "CI": [5]}
_PRESS = ["Le Matin", "L'Economiste", "Médias24", "TelQuel", "Jeune Afrique", "El Watan", "La Presse de Tunisie",
          "Le Soleil", "Fraternité Matin", "Le360", "Morocco World News", "Hespress English", "TSA Algérie",
          "Kapitalis", "Financial Afrik", "Challenge.ma", "Abidjan.net", "Seneweb", "Liberté"]  # fmt: skip
_JOURNALS = ["Journal of African Business", "African Journal of Economic and Management Studies",
             "Journal of Islamic Marketing", "Revue Française de Gestion", "Tourism Management",
             "International Journal of Bank Marketing", "Journal of Retailing and Consumer Services",
             "Telecommunications Policy", "Journal of Destination Marketing & Management",
             "Revue Marocaine de Recherche en Management et Marketing", "Recherche et Applications en Marketing",
             "Journal of Business Research", "Information Technology for Development",
             "African Journal of Hospitality, Tourism and Leisure", "Journal of Marketing Management",
             "International Journal of Emerging Markets", "Revue Internationale des Sciences de Gestion"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Dunod", "Paris"), ("Pearson France", "Montreuil"),
               ("Vuibert", "Paris"), ("EMS Éditions", "Caen"), ("Éditions La Croisée des Chemins", "Casablanca"),
               ("Sage", "London"), ("Palgrave Macmillan", "Cham"), ("Kogan Page", "London"), ("Wiley", "Chichester"),
               ("Springer", "Cham"), ("Karthala", "Paris"), ("L'Harmattan", "Paris"), ("Centre de Publication Universitaire", "Tunis"),
               ("Afrique Orient", "Casablanca"), ("Casbah Éditions", "Algiers"), ("Les Nouvelles Éditions Ivoiriennes", "Abidjan"),
               ("Oxford University Press", "Oxford")]  # fmt: skip
_UNIVERSITIES = [("Université Hassan II de Casablanca", "Casablanca"), ("ISCAE", "Casablanca"),
                 ("Al Akhawayn University", "Ifrane"), ("Université de Tunis", "Tunis"),
                 ("Université Cheikh Anta Diop", "Dakar"), ("INP-HB", "Yamoussoukro"),
                 ("Université Mohammed V de Rabat", "Rabat"), ("IHEC Carthage", "Tunis"),
                 ("École Supérieure de Commerce d'Alger", "Algiers"), ("Université Oran 2", "Oran")]  # fmt: skip
_TOPICS = ["mobile money adoption", "Ramadan advertising", "brand loyalty in mobile telecoms", "Islamic banking",
           "halal food marketing", "diaspora tourism", "trust in e-commerce", "cash on delivery", "consumer boycotts",
           "customer experience in retail banking", "social media influencers", "WhatsApp commerce", "destination image",
           "financial inclusion", "USSD banking", "prepaid data bundles", "country-of-origin effects",
           "code-switching in advertising", "Amazigh identity in branding", "football sponsorship",
           "CSR communication", "takaful insurance", "digital payments", "airline loyalty programmes",
           "dairy brand equity", "hotel online reviews", "rural distribution", "price sensitivity", "bank branding",
           "Gen Z consumers", "religiosity and consumption", "mobile app engagement"]  # fmt: skip
_PLACES = ["Morocco", "Algeria", "Tunisia", "Senegal", "Côte d'Ivoire", "the Maghreb", "West Africa",
           "francophone Africa", "Casablanca", "Dakar", "Abidjan", "Tunis", "Algiers", "North Africa"]  # fmt: skip
_FRENCH_PLACES = [("au Maroc", "in Morocco", "Maroc", "Morocco"), ("en Algérie", "in Algeria", "Algérie", "Algeria"),
                  ("en Tunisie", "in Tunisia", "Tunisie", "Tunisia"), ("au Sénégal", "in Senegal", "Sénégal", "Senegal"),
                  ("en Côte d'Ivoire", "in Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire"),
                  ("en Afrique de l'Ouest", "in West Africa", "Marrakech", "Marrakech")]  # fmt: skip
_FRENCH_TITLES = [("Le marketing mobile {pf}", "Mobile marketing {pe}"),
                  ("La fidélité des clients des opérateurs télécoms {pf}", "Customer loyalty to telecoms operators {pe}"),
                  ("Le paiement mobile et l'inclusion financière {pf}", "Mobile payment and financial inclusion {pe}"),
                  ("Communication publicitaire et Ramadan", "Advertising communication and Ramadan"),
                  ("L'image de la destination {nf}", "The image of {ne} as a destination"),
                  ("Le commerce électronique {pf}", "E-commerce {pe}"),
                  ("Marketing des services bancaires", "Marketing banking services"),
                  ("Les influenceurs et la décision d'achat", "Influencers and the purchase decision"),
                  ("Le boycott des marques {pf}", "Brand boycotts {pe}")]  # fmt: skip
_ARABIC_TITLES = [("التسويق الرقمي في المغرب", "Digital marketing in Morocco"),
                  ("al-Taswiq al-raqmi wa-sulukiyyat al-mustahlik", "Digital marketing and consumer behaviour"),
                  ("الصيرفة الإسلامية والولاء", "Islamic banking and loyalty"),
                  ("Suluk al-mustahlik al-jaza'iri", "The behaviour of the Algerian consumer")]  # fmt: skip


def _domain(name: str, tld: str = "com") -> str:
    """A plausible web address for a name: its ASCII letters and digits before any bracket, then a country's domain."""
    plain = "".join(ch for ch in name.split(" (")[0].lower() if ch.isascii() and ch.isalnum())
    return f"{plain[:24]}.{tld}"


class Blind73WorkFactory(WorkFactory):
    """The blind73 pool's works, from one seeded random source of its own."""

    KINDS: ClassVar[list[str]] = ["book", "chapter", "journal", "thesis", "company-report", "web", "government", "legislation",
             "regulator", "market-research", "news", "press", "social", "podcast", "conference", "web-person"]  # fmt: skip
    _WEIGHTS: ClassVar[list[int]] = [11, 5, 22, 5, 8, 9, 7, 3, 3, 7, 7, 3, 4, 2, 2, 4]

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 73 + 7301)
        self.seen: list[tuple[str, dict[str, Any]]] = []  # organisations' names and dates, for "2023a" and "2023b"

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.42:
            return {"family": rng.choice(_MAGHREB_FAMILY), "given": rng.choice(_MAGHREB_GIVEN)}
        if roll < 0.48:
            family, given = rng.choice(_AMAZIGH)
            return {"family": family, "given": given}
        if roll < 0.62:
            return {"family": rng.choice(_SENEGAL_FAMILY), "given": rng.choice(_SENEGAL_GIVEN)}
        if roll < 0.76:
            return {"family": rng.choice(_IVORIAN_FAMILY), "given": rng.choice(_IVORIAN_GIVEN)}
        if roll < 0.83:
            family, given = rng.choice(_FRENCH)
            return {"family": family, "given": given}
        if roll < 0.86:
            particle, family, given = rng.choice(_FRENCH_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.92:
            family, given = rng.choice(_LEBANESE)
            return {"family": family, "given": given}
        family, given = rng.choice(_INTERNATIONAL)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 30, 18, 9, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1986, 2004)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        year = self.rng.randint(2023, 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued:
            year = max(year, issued[0])
            if year == issued[0]:
                month = max(month, issued[1] if len(issued) > 1 else 1)
                day = max(day, issued[2] if len(issued) > 2 else 1)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        rng = self.rng
        topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
        roll = rng.random()
        if roll < 0.14:
            french, english = rng.choice(_FRENCH_TITLES)
            pf, pe, nf, ne = rng.choice(_FRENCH_PLACES)
            return f"{french.format(pf=pf, nf=nf)} [{english.format(pe=pe, ne=ne)}]"
        if roll < 0.19:
            arabic, english = rng.choice(_ARABIC_TITLES)
            return f"{arabic} [{english}]"
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: evidence from {rng.choice(['a survey of', 'interviews with', 'a panel of'])} {rng.choice(['young urban consumers', 'bank customers', 'mobile subscribers', 'hotel guests', 'online shoppers', 'small retailers'])}",
            f"The effect of {topic} on {rng.choice(_TOPICS)} in {place}",
            f"{topic[0].upper()}{topic[1:]} and {rng.choice(_TOPICS)}: a study of {place}",
            f"Understanding {topic} among {rng.choice(['millennials', 'MRE visitors', 'unbanked adults', 'working women', 'students'])} in {place}",
            f"Rethinking {topic} after COVID-19: the case of {place}",
            f"Drivers of {topic} in {place}",
            f"{topic[0].upper()}{topic[1:]}: a systematic literature review",
        ]
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        maker = getattr(self, "_" + kind.replace("-", "_"))
        work: Work = maker()
        work.kind = kind
        return work

    def _again(self, names: list[str]) -> str | None:
        """Now and then an organisation already cited in the report, so that one body has two works."""
        earlier = [name for name, _issued in self.seen if name in names]
        if earlier and self.rng.random() < 0.25:
            return self.rng.choice(earlier)
        return None

    def _org_name(self) -> tuple[str, set[str]]:
        again = self._again([name for name, _tags in _ORGANISATIONS])
        if again is not None:
            return again, next(set(tags) for name, tags in _ORGANISATIONS if name == again)
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("Maroc Telecom, 2023a" and "2023b").
        same = [issued for earlier, issued in self.seen if earlier == name]
        if same and "issued" in record and self.rng.random() < 0.5:
            old = str(record["issued"]["date-parts"][0][0])
            record["issued"] = {"date-parts": [list(part) for part in self.rng.choice(same)["date-parts"]]}
            record["title"] = record["title"].replace(old, str(record["issued"]["date-parts"][0][0]))
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.seen.append((name, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Marketing in Africa", "The Routledge companion to marketing in Africa",
                                                "Tourism in the Maghreb", "Digital transformation in francophone Africa",
                                                "Islamic marketing and consumer behaviour", "Le management en Afrique [Management in Africa]"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jab', 'ajems', 'jima', 'rfg', 'tm', 'ijbm'])}.{self.rng.randint(2008, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "genre": self.rng.choice(["MBA dissertation", "Master's thesis", "PhD thesis", "Thèse de doctorat", "Mémoire de master"]),
            "publisher": university, "publisher-place": place, "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice(["Proceedings of the Africa Business and Entrepreneurship Research Conference",
                                                "Actes du Congrès de l'Association Française du Marketing",
                                                "Proceedings of the International Conference on Tourism and Hospitality, Marrakech"]),
            "issued": {"date-parts": [[self.year()]]}, "page": f"{(s := self.rng.randint(1, 400))}-{s + self.rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://www.{self.rng.choice(['medium.com/@marketing-maghreb', 'blog.hubspot.fr', 'lesecos.ma/blog', 'africanmarketingconfederation.org/insights'])}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.rng.randint(2014, 2025)]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._person_work(record, "web")

    def _company_report(self) -> Work:
        name, tags = self._org_name()
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Rapport annuel {year} [Annual report {year}]", f"Annual report {year}",
                                                        f"Integrated report {year}", f"Rapport RSE {year} [CSR report {year}]",
                                                        f"Universal registration document {year}", self._title()]),
            "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Casablanca", "Rabat", "Algiers", "Tunis", "Dakar", "Abidjan"]),
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            slug = "".join(ch for ch in name.split()[0].lower() if ch.isascii() and ch.isalnum())
            record["URL"] = f"https://www.{slug}.com/investors/{self.fakers['en_GB'].slug()}.pdf"
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "company-report", name, tags)

    def _web(self) -> Work:
        name, tags = self._org_name()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([self._title(), "Nos offres [Our offers]", "About us",
                                                                               "Press release: Ramadan campaign", "Tarifs et forfaits [Prices and bundles]",
                                                                               "Our commitments", "Newsroom"]),
                                  "URL": f"https://www.{_domain(name, self.rng.choice(['ma', 'dz', 'tn', 'sn', 'ci', 'com']))}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.65:
            record["issued"] = {"date-parts": [[self.rng.randint(2015, 2025)]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _government(self) -> Work:
        name, place, domain = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([
                "Enquête nationale sur la consommation et les dépenses des ménages [National household consumption and expenditure survey]",
                f"Recensement général de la population et de l'habitat {year} [General population and housing census]",
                f"Rapport annuel {year} [Annual report]", f"Tableau de bord des télécommunications, T{self.rng.randint(1, 4)} {year} [Telecoms dashboard]",
                f"Annual survey of ICT use by households and individuals {year}", f"Financial stability report {year}",
                "Note d'information sur le marché du travail [Labour market briefing]", self._title()]),
            "publisher": name.split(" (")[0], "publisher-place": place, "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{domain}/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after([year])
        if self.rng.random() < 0.08:  # an undated statistics page
            record.pop("issued")
            record["type"] = "webpage"
            record["URL"] = record.get("URL", f"https://www.{domain}/{self.fakers['en_GB'].slug()}")
            record["accessed"] = self._accessed_after(None)
        return self._org_work(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        country = self.rng.choice(list(_LAWS))
        title, year = self.rng.choice(_LAWS[country])
        state, gazette = _STATES[self.rng.choice(_STATE_OF[country])]
        record: dict[str, Any] = {"type": "legislation", "title": title, "container-title": gazette, "author": [{"literal": state}],
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = (
                f"https://www.sgg.gov.ma/{self.fakers['en_GB'].slug()}"
                if country == "MA"
                else f"https://www.droit-afrique.com/uploads/{self.fakers['en_GB'].slug()}.pdf"
            )
            record["accessed"] = self._accessed_after([year])
        record["id"] = self._id()
        return Work(record, state, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _regulator(self) -> Work:
        roll = self.rng.random()
        year = self.rng.randint(2010, 2025)
        if roll < 0.4:
            name, title = (
                "Bank Al-Maghrib",
                f"Circulaire n° {(number := self.rng.randint(1, 9))}/W/{year} relative à la protection de la clientèle [Circular No. {number}/W/{year} on customer protection]",
            )
        elif roll < 0.65:
            name, title = (
                "Haute Autorité de la Communication Audiovisuelle (HACA)",
                f"Décision n° {self.rng.randint(1, 60):02d}-{str(year)[2:]} relative à la publicité télévisée pendant le mois de Ramadan [Decision on television advertising during Ramadan]",
            )
        elif roll < 0.85:
            name, title = (
                "Autorité de Régulation de la Poste et des Communications Électroniques (ARPCE)",
                f"Décision n° {self.rng.randint(1, 90)}/SP/PC/ARPCE/{year} [Decision on mobile tariff offers]",
            )
        else:
            name, title = (
                "Commission Nationale de contrôle de la protection des Données à caractère Personnel (CNDP)",
                f"Délibération n° {self.rng.randint(100, 999)}-{year} sur la prospection commerciale par SMS [Deliberation on SMS marketing]",
            )
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": "Algiers" if "ARPCE" in name else "Rabat", "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._org_work(record, "regulator", name, {"government", "abbreviation" if "(" in name else "regulator"})

    def _market_research(self) -> Work:
        firms = ["GSMA Intelligence", "GSMA", "Euromonitor International", "Ipsos", "Sensio", "Afrobarometer", "Kantar",
                 "Statista", "DataReportal", "Mordor Intelligence"]  # fmt: skip
        name = self._again(firms) or self.rng.choice(firms)
        year = self.rng.randint(2015, 2025)
        market = self.rng.choice(["dairy products", "mobile money", "bottled water", "soft drinks", "e-commerce",
                                  "retail banking", "edible oils", "hotels", "airlines", "mobile data"])  # fmt: skip
        country = self.rng.choice(
            ["Morocco", "Algeria", "Tunisia", "Senegal", "Côte d'Ivoire", "Sub-Saharan Africa", "MENA"]
        )
        titles = {"GSMA Intelligence": [f"The mobile economy: {country} {year}", f"Mobile internet connectivity in {country} {year}"],
                  "GSMA": [f"State of the industry report on mobile money {year}", f"The mobile economy: Sub-Saharan Africa {year}"],
                  "Afrobarometer": [f"Afrobarometer round {self.rng.randint(7, 10)} summary of results: {country}", f"Trust in institutions in {country}"],
                  "DataReportal": [f"Digital {year}: {country}"], "Sensio": [f"Baromètre des marques {year} [Brand barometer]", f"Audiences digitales au Maroc {year} [Digital audiences in Morocco]"],
                  "Ipsos": [f"Ramadan consumer study {year}: {country}", f"Baromètre de confiance {year} [Trust barometer]"],
                  "Kantar": [f"Brand footprint {country} {year}", f"Worldpanel: {market} in {country}"]}  # fmt: skip
        title = self.rng.choice(
            titles.get(name, [f"{market.capitalize()} in {country}", f"{country} {market} market: size and share"])
        )
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{_domain(name.split()[0])}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PRESS), "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.{_domain(record_paper := self.rng.choice(_PRESS))}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        record["container-title"] = record_paper
        return self._person_work(record, "news")

    def _press(self) -> Work:
        year = self.rng.randint(2012, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "container-title": paper,
                                  "issued": {"date-parts": [issued]}, "URL": f"https://www.{_domain(paper)}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        return self._org_work(record, "press", paper, {"press", "apostrophe"} if "'" in paper else {"press"})

    def _news_title(self) -> str:
        brand = self.rng.choice(["Maroc Telecom", "Djezzy", "Sonatel", "Wave", "Orange Money", "Jumia", "Royal Air Maroc",
                                 "Centrale Danone", "Attijariwafa bank", "Ooredoo", "Cevital", "Marjane", "inwi"])  # fmt: skip
        return self.rng.choice([f"{brand} mise sur le digital pour le Ramadan [{brand} bets on digital for Ramadan]",
                                f"{brand} cuts prices as competition heats up", f"How {brand} won back young customers",
                                f"{brand} : les chiffres clés du premier semestre [{brand}: key figures for the first half]",
                                "Tourism receipts hit a record as MRE visitors return", f"Mobile money: {brand} reaches a milestone",
                                "E-commerce: les Marocains achètent de plus en plus en ligne [Moroccans buy more and more online]"])  # fmt: skip

    def _social(self) -> Work:
        platform = self.rng.choice(["LinkedIn", "X", "TikTok", "Facebook", "Instagram"])
        year = self.rng.randint(2018, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(["Ramadan Mubarak from all of us", "Our new 5G offer is live",
                                                                           "Yennayer Amervuh! Happy Amazigh New Year", "Tabaski: what our data says",
                                                                           "Proud to announce our rebrand", "Back to school with our student bundle"]),
                                  "container-title": platform, "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.{platform.lower()}.com/{self.fakers['en_GB'].slug()}", "accessed": self._accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name, tags = self._org_name()
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        year = self.rng.randint(2019, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "song", "title": f"Episode {self.rng.randint(1, 120)}: {self._title()}",
                                  "author": self._people(2), "container-title": self.rng.choice(["Marketing Talks Maroc", "Le Podcast Afrique Business", "Dakar Digital", "Tunisie Startups Podcast"]),
                                  "issued": {"date-parts": [issued]}, "URL": f"https://podcasts.apple.com/podcast/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        return self._person_work(record, "podcast")
