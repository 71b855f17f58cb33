"""Works for the blind128 pool (HELD OUT): what marketers in Somalia, Somaliland, Puntland and Djibouti and in the
Somali diaspora cite in CIM Level 6 and 7 reports and MBA assignments.

Somali authors have no family name: a given name, the father's name and the grandfather's name. Reference managers
and candidates file them by the last name written ("Samatar, A.I."), by the father's and grandfather's names
together ("Cabdi Xuseen, M."), or by a nickname ("Dheere", "Yare"), in English or Somali spelling (Mohamed/Maxamed,
Abdi/Cabdi, Hussein/Xuseen), now and then with Somali's glottal-stop apostrophe ("Ba'adle"). Djiboutian authors
bring French and Arabic names with accents ("Aïcha Houmed", "Hassan Dabaleh"), and expatriates writing on the Horn
bring their own. Organisations are the banks, remittance firms, telecoms, regulators and ministries of the region,
laws are cited as "Law No. 12 of 2019", Somaliland's "Law No. 55/2012" and Djibouti's "Loi n° 118/AN/11/6ème L",
theses come from SIMAD, Mogadishu, Hargeisa, Amoud and Djibouti universities, and Somali, Arabic and French titles
carry an English translation in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line; titles keep their own marks)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_GIVEN = ["Mohamed", "Maxamed", "Ahmed", "Axmed", "Abdi", "Cabdi", "Hussein", "Xuseen", "Abdirahman", "Cabdiraxmaan",
          "Abdullahi", "Cabdullaahi", "Hodan", "Hibaaq", "Faadumo", "Fadumo", "Amina", "Caamina", "Sahra", "Sucaad",
          "Ifrah", "Ilhan", "Nasra", "Hamdi", "Khadra", "Ayaan", "Warsame", "Yusuf", "Yuusuf", "Omar", "Cumar",
          "Ismail", "Ismaaciil", "Liban", "Mahad", "Guled", "Ubah", "Deeqa", "Muna", "Asha", "Hawa", "Xaawo",
          "Abdiaziz", "Cabdicasiis", "Sharmarke", "Jama", "Jaamac", "Said", "Saciid", "Bashir", "Bashiir", "Mustafe"]  # fmt: skip
_FATHERS = ["Mohamed", "Maxamed", "Ahmed", "Abdi", "Cabdi", "Hussein", "Xuseen", "Hassan", "Xasan", "Ali", "Cali",
            "Farah", "Faarax", "Omar", "Cumar", "Yusuf", "Jama", "Jaamac", "Warsame", "Samatar", "Egal", "Aden", "Aadan",
            "Duale", "Dualeh", "Osman", "Cismaan", "Nur", "Nuur", "Abdullahi", "Ismail", "Elmi", "Cilmi", "Hirsi",
            "Xirsi", "Guled", "Shire", "Mohamud", "Maxamuud", "Ibrahim", "Ibraahim", "Haji", "Xaaji", "Barre", "Awale",
            "Keynan", "Abdirahman", "Dirie", "Diiriye", "Gelle", "Geelle", "Ba'adle", "Mu'min", "Sahal", "Sheekh"]  # fmt: skip
_NICKNAMES = ["Dheere", "Yare", "Gaab", "Cadde", "Madoobe", "Timacadde", "Lugay", "Indhacase", "Afrax", "Qalanjo"]
# Djiboutian authors: Arabic and Somali given names in French spelling, Afar names, French accents.
_DJIBOUTI = [("Houmed", "Aïcha"), ("Dabaleh", "Hassan"), ("Robleh", "Moussa"), ("Djama", "Fatouma"),
             ("Ismaël", "Ahmed"), ("Guelleh", "Kadra"), ("Abdoulkader", "Souad"), ("Aboubaker", "Idriss"),
             ("Hémed", "Zeinab"), ("Mahamoud", "Hawa"), ("Bourhan", "Ibrahim"), ("Daoud", "Mariam"),
             ("Houssein Aden", "Saïd"), ("Ali Mohamed", "Fathia"), ("Bahdon", "Ilyas"), ("Chehem", "Omar"),
             ("Kamil", "Hasna"), ("Elmi Obsieh", "Nasteho")]  # fmt: skip
_ARABIC = [("Al-Hashimi", "Khalid"), ("Al-Amoudi", "Sara"), ("El-Sheikh", "Yasmin"), ("Bin Talal", "Faisal"),
           ("Al-Qasimi", "Noura"), ("Abu Bakr", "Mariam"), ("Abdel-Aziz", "Tarek")]  # fmt: skip
# Expatriates, development economists and diaspora scholars who write on the Horn, Eastleigh and the diaspora.
_EXPAT = [("Lindqvist", "Erik"), ("Bjørnstad", "Sigrid"), ("Lefèvre", "Claire"), ("O'Donoghue", "Ciarán"),
          ("Hammond", "Laura"), ("Kleist", "Nauja"), ("Marchal", "Roland"), ("Thompson", "Rachel"),
          ("Mwangi", "Wanjiru"), ("Otieno", "Brian"), ("Kamau", "Njeri"), ("Sørensen", "Mette"), ("Müller", "Jonas"),
          ("Carrier", "Neil"), ("Shah", "Priya"), ("Patel", "Raj"), ("McGregor", "Fiona"), ("Rossi", "Giulia"),
          ("Dupont", "Élodie"), ("Nilsson", "Anna"), ("Schäfer", "Lena"), ("Gonzalez", "Maria")]  # fmt: skip
_PARTICLES = [("van der", "Meer", "Joost"), ("de", "Waal", "Anneke"), ("van", "Lehman", "Pieter"),
              ("de la", "Fuente", "Inés"), ("le", "Sage", "André")]  # fmt: skip

_UNIS = [("SIMAD University", "Mogadishu"), ("Mogadishu University", "Mogadishu"), ("University of Hargeisa", "Hargeisa"),
         ("Amoud University", "Borama"), ("Université de Djibouti", "Djibouti"), ("Puntland State University", "Garowe"),
         ("Benadir University", "Mogadishu"), ("Kismayo University", "Kismayo"), ("Gollis University", "Hargeisa"),
         ("East Africa University", "Bosaso"), ("University of Minnesota", "Minneapolis"), ("Kenyatta University", "Nairobi"),
         ("London Metropolitan University", "London"), ("Ohio State University", "Columbus")]  # fmt: skip
_DEGREES = ["MBA dissertation", "MBA thesis", "MSc dissertation", "MA thesis", "Mémoire de Master", "PhD thesis",
            "BBA research project", "MSc Marketing dissertation"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Red Sea Press", "Trenton, NJ"), ("Hurst", "London"), ("Ponte Invisibile", "Pisa"),
               ("Looh Press", "Leicester"), ("Africa World Press", "Trenton, NJ"), ("Zed Books", "London"),
               ("Oxford University Press", "Oxford"), ("Cambridge University Press", "Cambridge"),
               ("Karthala", "Paris"), ("L'Harmattan", "Paris"), ("Haan Publishing", "London"),
               ("Wiley", "Chichester"), ("Palgrave Macmillan", "Cham"), ("Scansom Publishers", "Stockholm")]  # fmt: skip
_JOURNALS = ["Somali Studies: A Peer-Reviewed Academic Journal for Somali Studies", "Bildhaan: An International Journal of Somali Studies",
             "Journal of Eastern African Studies", "Journal of African Business", "African Journal of Economic and Management Studies",
             "SIMAD Journal of Business and Management", "Journal of Islamic Marketing", "International Journal of Bank Marketing",
             "Journal of Enterprising Communities", "Telecommunications Policy", "Journal of Ethnic and Migration Studies",
             "Mogadishu University Journal", "Journal of Marketing Communications", "African Journal of Business Management",
             "Information Technology for Development", "Journal of Financial Services Marketing", "Review of African Political Economy",
             "International Journal of Emerging Markets", "Revue Djiboutienne des Sciences Sociales", "Journal of Somali Studies"]  # fmt: skip
_TOPICS = ["mobile money adoption", "remittance loyalty", "Islamic banking trust", "brand trust", "EVC Plus usage",
           "ZAAD merchant payments", "diaspora investment", "livestock export branding", "halal certification",
           "clan networks and distribution", "social media marketing", "Facebook advertising", "TikTok influencers",
           "customer satisfaction", "service quality", "word of mouth", "price sensitivity", "dollarisation",
           "FMCG distribution", "cement brand choice", "airline service quality", "hotel guest experience",
           "NGO fundraising", "Ramadan promotions", "takaful insurance", "women-owned SMEs", "khat retailing",
           "youth unemployment and entrepreneurship", "corporate social responsibility", "e-commerce readiness"]  # fmt: skip
_PLACES = ["Mogadishu", "Hargeisa", "Berbera", "Bosaso", "Garowe", "Kismayo", "Djibouti City", "Somaliland", "Puntland",
           "Somalia", "Djibouti", "the Somali diaspora", "Minneapolis", "Eastleigh, Nairobi", "the Horn of Africa",
           "Baidoa", "Galkayo", "Burao", "Borama", "Beledweyne", "Jubaland", "the Gulf"]  # fmt: skip
_SOMALI_TITLES = [("Suuqgeynta casriga ah", "Modern marketing"), ("Lacagta mobilada iyo ganacsiga yaryar", "Mobile money and small businesses"),
                  ("Kalsoonida macmiilka ee bangiyada Islaamiga", "Customer trust in Islamic banks"),
                  ("Xawaaladaha iyo qurbajoogta", "Remittance companies and the diaspora"),
                  ("Dhoofinta xoolaha ee dekedda Berbera", "Livestock exports through the port of Berbera"),
                  ("Isticmaalka baraha bulshada ee ganacsatada Hargeysa", "Social media use by Hargeisa traders"),
                  ("Tayada adeegga iyo qanacsanaanta macaamiisha", "Service quality and customer satisfaction"),
                  ("Sumadda iyo daacadnimada macmiilka", "Brands and customer loyalty")]  # fmt: skip
_ARABIC_TITLES = [("al-Tasweeq al-Islami", "Islamic marketing"), ("al-Masarif al-Islamiyya fi al-Sumal", "Islamic banks in Somalia"),
                  ("Tahwilat al-mughtaribin", "Remittances of emigrants")]  # fmt: skip
_FRENCH_TITLES = [("Le marketing des opérateurs mobiles à Djibouti", "Mobile operators' marketing in Djibouti"),
                  ("La fidélisation de la clientèle bancaire", "Retaining bank customers"),
                  ("Djibouti, hub logistique de la Corne de l'Afrique", "Djibouti, logistics hub of the Horn of Africa"),
                  ("Les transferts d'argent de la diaspora", "The diaspora's money transfers")]  # fmt: skip

# Organisations as authors: (name, tags, web domain).
_COMPANIES = [("Dahabshiil", {"company"}, "dahabshiil.com"), ("Dahabshiil Group", {"company"}, "dahabshiil.com"),
              ("Amal Express", {"company"}, "amalexpress.com"), ("Amal Bank", {"company"}, "amalbank.so"),
              ("Salaam Somali Bank", {"company"}, "salaambank.so"), ("Premier Bank Limited", {"company"}, "premierbank.so"),
              ("Premier Bank", {"company"}, "premierbank.so"), ("Hormuud Telecom Somalia", {"company"}, "hormuud.com"),
              ("Hormuud", {"company"}, "hormuud.com"), ("Telesom", {"company"}, "telesom.com"),
              ("Telesom Company Ltd", {"company"}, "telesom.com"), ("Golis Telecom Somalia", {"company"}, "golistelecom.com"),
              ("Somtel", {"company"}, "somtel.com"), ("Djibouti Telecom", {"company"}, "djiboutitelecom.dj"),
              ("IBS Bank", {"company", "acronym"}, "ibsbank.so"), ("Dara-Salaam Bank", {"company"}, "darasalaambank.com"),
              ("Taaj Services", {"company"}, "taaj.com"), ("World Remit", {"company"}, "worldremit.com"),
              ("Somali Beverage Industries (SBI)", {"company", "abbreviation"}, "sbi.so"),
              ("Jubba Airways", {"company"}, "jubbaairways.com"), ("Daallo Airlines", {"company"}, "daallo.com"),
              ("Air Djibouti", {"company"}, "airdjibouti.com"), ("Jazeera Palace Hotel", {"company"}, "jazeerahotel.so"),
              ("Mansoor Hotel", {"company"}, "mansoorhotel.com"), ("Berbera Cement", {"company"}, "berberacement.com"),
              ("DP World Berbera", {"company"}, "dpworld.com"), ("Soma Oil & Gas", {"company", "ampersand"}, "somaoil.com"),
              ("Tawakal Express", {"company"}, "tawakal.com"), ("Bakaaraha Traders' Association", {"company", "apostrophe"}, "bakaaraha.so"),
              ("Hass Petroleum", {"company"}, "hasspetroleum.com"), ("Universal TV", {"company", "press"}, "universaltvsomali.net"),
              ("Shaqodoon", {"company"}, "shaqodoon.org"), ("Somali Agricultural Technical Group (SATG)", {"abbreviation"}, "satg.org")]  # fmt: skip
_GOVERNMENT = [("Central Bank of Somalia", {"government"}, "centralbank.gov.so"),
               ("Central Bank of Somalia (CBS)", {"government", "abbreviation"}, "centralbank.gov.so"),
               ("Bank of Somaliland", {"government"}, "centralbank.gov.sl"),
               ("National Communications Authority (NCA)", {"government", "abbreviation"}, "nca.gov.so"),
               ("National Communications Authority", {"government"}, "nca.gov.so"),
               ("Federal Government of Somalia", {"government"}, "mof.gov.so"),
               ("Ministry of Commerce and Industry, Federal Government of Somalia", {"government", "comma"}, "moci.gov.so"),
               ("Ministry of Planning, Investment and Economic Development", {"government", "comma"}, "mop.gov.so"),
               ("Somaliland Ministry of Trade and Tourism", {"government"}, "slmtt.gov.sl"),
               ("Ministry of Planning and National Development, Somaliland", {"government", "comma"}, "slmof.org"),
               ("Puntland Ministry of Commerce & Industry", {"government", "ampersand"}, "mocipuntland.so"),
               ("Somali National Bureau of Statistics (SNBS)", {"government", "abbreviation"}, "nbs.gov.so"),
               ("Banque Centrale de Djibouti", {"government"}, "banque-centrale.dj"),
               ("Institut National de la Statistique de Djibouti (INSTAD)", {"government", "abbreviation"}, "instad.dj"),
               ("Djibouti Ports & Free Zones Authority", {"government", "ampersand"}, "dpfza.gov.dj"),
               ("Ministère du Commerce et du Tourisme", {"government"}, "commerce.gouv.dj"),
               ("Somalia Investment Promotion Office (SOMINVEST)", {"government", "abbreviation"}, "sominvest.gov.so")]  # fmt: skip
_BODIES = [("Somali Chamber of Commerce and Industry", set(), "somalichamber.so"),
           ("Somaliland Chamber of Commerce, Industry & Agriculture", {"comma", "ampersand"}, "somalilandchamber.org"),
           ("Somali Bankers Association", set(), "sba.so"), ("Chambre Internationale de Commerce de Djibouti", set(), "ccd.dj"),
           ("FAO Somalia", {"acronym"}, "fao.org"), ("FSNAU", {"acronym"}, "fsnau.org"),
           ("World Bank", set(), "worldbank.org"), ("International Monetary Fund", set(), "imf.org"),
           ("UNDP Somalia", {"acronym"}, "undp.org"), ("Heritage Institute for Policy Studies", set(), "heritageinstitute.org"),
           ("Rift Valley Institute", set(), "riftvalley.net"), ("Somali Public Agenda", set(), "somalipublicagenda.org"),
           ("Save the Children Somalia", set(), "savethechildren.net"), ("Norwegian Refugee Council", set(), "nrc.no"),
           ("Nomad Heritage", set(), "nomadheritage.org"), ("Somali Museum of Minnesota", set(), "somalimuseum.org"),
           ("Chartered Institute of Marketing", set(), "cim.co.uk"), ("CIM", {"acronym"}, "cim.co.uk"),
           ("GSMA", {"acronym"}, "gsma.com"), ("Financial Sector Deepening Somalia (FSD Somalia)", {"abbreviation"}, "fsdsomalia.org")]  # fmt: skip
_RESEARCH = [("GeoPoll", "geopoll.com"), ("Statista", "statista.com"), ("GSMA Intelligence", "gsmaintelligence.com"),
             ("Altai Consulting", "altaiconsulting.com"), ("DataReportal", "datareportal.com"),
             ("Euromonitor International", "euromonitor.com"), ("Ipsos Kenya", "ipsos.com"), ("Kantar", "kantar.com"),
             ("Caasimada Research", "caasimada.net"), ("Fitch Solutions", "fitchsolutions.com")]  # fmt: skip
_PRESS = [("Hiiraan Online", "hiiraan.com"), ("Garowe Online", "garoweonline.com"), ("Somaliland Chronicle", "somalilandchronicle.com"),
          ("Horseed Media", "horseedmedia.net"), ("Goobjoog News", "goobjoog.com"), ("Radio Dalsan", "radiodalsan.com"),
          ("Somali Guardian", "somaliguardian.com"), ("Halbeeg News", "halbeeg.com"), ("La Nation", "lanation.dj"),
          ("BBC Somali", "bbc.com"), ("VOA Somali", "voasomali.com"), ("The EastAfrican", "theeastafrican.co.ke"),
          ("Daily Nation", "nation.africa"), ("Star Tribune", "startribune.com"), ("The Columbus Dispatch", "dispatch.com"),
          ("Gulf News", "gulfnews.com"), ("Toronto Star", "thestar.com"), ("The Guardian", "theguardian.com"),
          ("Financial Times", "ft.com"), ("Somali Dispatch", "somalidispatch.com")]  # fmt: skip
_LAWS = [
    ("Federal Republic of Somalia", "Financial Institutions Law No. 130 of 2012", "Mogadishu", 2012),
    ("Federal Republic of Somalia", "National Communications Law No. 12 of 2017", "Mogadishu", 2017),
    ("Federal Republic of Somalia", "Anti-Money Laundering and Countering the Financing of Terrorism Act, Law No. 12 of 2016", "Mogadishu", 2016),
    ("Federal Republic of Somalia", "Company Law No. 3 of 2019", "Mogadishu", 2019),
    ("Federal Republic of Somalia", "Foreign Investment Law No. 4 of 2015", "Mogadishu", 2015),
    ("Federal Republic of Somalia", "Data Protection Act, Law No. 5 of 2023", "Mogadishu", 2023),
    ("Federal Republic of Somalia", "Presidential Decree No. 0045 on the national payment system", "Mogadishu", 2021),
    ("Republic of Somaliland", "Commercial Banking Act, Law No. 55/2012", "Hargeisa", 2012),
    ("Republic of Somaliland", "Telecommunications Act, Law No. 80/2017", "Hargeisa", 2017),
    ("Republic of Somaliland", "Consumer Protection Law No. 91/2019", "Hargeisa", 2019),
    ("Puntland State of Somalia", "Puntland Investment Law No. 7 of 2018", "Garowe", 2018),
    ("République de Djibouti", "Loi n° 118/AN/11/6ème L portant statuts de la Banque Centrale de Djibouti [Law no. 118 on the statutes of the Central Bank of Djibouti]", "Djibouti", 2011),
    ("République de Djibouti", "Loi n° 134/AN/16/7ème L relative aux communications électroniques [Law no. 134 on electronic communications]", "Djibouti", 2016),
    ("République de Djibouti", "Décret n° 2019-123/PR/MCI fixant les prix des produits de première nécessité [Decree no. 2019-123 setting the prices of staple goods]", "Djibouti", 2019),
]  # fmt: skip


class Blind128WorkFactory(WorkFactory):
    """The blind128 pool's works: Somali, Somaliland, Puntland and Djiboutian authors, firms, regulators and press."""

    # What make() draws when the builder names no kind, and how often.
    DRAWN: ClassVar[dict[str, int]] = {"book": 11, "ebook": 3, "chapter": 6, "journal": 22, "thesis": 6, "conference": 4, "company-web": 9,
             "company-report": 6, "trade-body": 5, "government": 6, "law": 4, "market-research": 6, "news": 6,
             "unsigned-news": 4, "social": 3, "video": 3, "undated-web": 4}  # fmt: skip
    # The kinds its works come out as (Work.kind).
    KINDS: ClassVar[tuple[str, ...]] = (
        "book",
        "chapter",
        "journal",
        "thesis",
        "conference",
        "web",
        "report",
        "legislation",
        "news",
        "social",
        "video",
    )

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 128 + 12801)
        self.twin: tuple[str, set[str], dict[str, Any]] | None = None

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:  # filed by the last name written: "Samatar, A.I."
            return {
                "family": self.rng.choice(_FATHERS),
                "given": f"{self.rng.choice(_GIVEN)} {self.rng.choice(_FATHERS)}",
            }
        if roll < 0.45:  # filed by the father's and grandfather's names: "Cabdi Xuseen, M."
            father, grandfather = self.rng.sample(_FATHERS, 2)
            return {"family": f"{father} {grandfather}", "given": self.rng.choice(_GIVEN)}
        if roll < 0.5:  # known by a nickname after the names
            return {
                "family": self.rng.choice(_NICKNAMES),
                "given": f"{self.rng.choice(_GIVEN)} {self.rng.choice(_FATHERS)}",
            }
        if roll < 0.62:
            family, given = self.rng.choice(_DJIBOUTI)
            return {"family": family, "given": given}
        if roll < 0.68:
            family, given = self.rng.choice(_ARABIC)
            return {"family": family, "given": given}
        if roll < 0.72:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.85:
            family, given = self.rng.choice(_EXPAT)
            return {"family": family, "given": given}
        return {"family": self.rng.choice(_FATHERS), "given": self.rng.choice(_GIVEN)}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1982, 2004)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2022, year + 1 if year else 2022)  # read at least a year after it appeared
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        roll = self.rng.random()
        if roll < 0.12:
            somali, english = self.rng.choice(_SOMALI_TITLES)
            return f"{somali}: {place} [{english}: {place}]" if self.rng.random() < 0.3 else f"{somali} [{english}]"
        if roll < 0.16:
            arabic, english = self.rng.choice(_ARABIC_TITLES)
            return f"{arabic} [{english}]"
        if roll < 0.22:
            french, english = self.rng.choice(_FRENCH_TITLES)
            return f"{french} [{english}]"
        forms = [f"The effect of {topic} on customer loyalty in {place}", f"{topic[0].upper()}{topic[1:]} in {place}",
                 f"Determinants of {topic}: evidence from {place}", f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}",
                 f"Marketing in a fragile state: {topic} in {place}", f"Factors influencing {topic} among customers of {self.rng.choice(_COMPANIES)[0]}",
                 f"Trust, clan and {topic}: a study of {place}", f"From xawilaad to app: {topic} in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ making works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _dated(self, record: dict[str, Any], chance: float = 1.0) -> int | None:
        if self.rng.random() < chance:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            return year
        return None

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation's second work of a year ("Hormuud, 2019a" and "2019b").
        if self.twin is not None and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.twin
            record["issued"] = {"date-parts": [list(issued["date-parts"][0][:1])]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        elif "issued" in record:
            self.twin = (name, tags, record["issued"])
        return super()._org_work(record, kind, name, tags)

    def _book(self, ebook: bool = False) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4), "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        year = self._dated(record)
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        if ebook:
            record["medium"] = "E-book"
            if self.rng.random() < 0.6:
                record["URL"] = (
                    f"https://www.{publisher.split()[0].lower().replace(chr(39), '')}.com/books/{self.counter + 1}"
                )
                record["accessed"] = self.accessed_after(year)
        work = self._person_work(record, "book")
        return work

    def _ebook(self) -> Work:
        return self._book(ebook=True)

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        editors = [self.person() for _ in range(self.rng.randint(1, 3))]
        container = self.rng.choice(["The Somali diaspora and development", "Marketing in Africa: emerging perspectives",
                                     "Islamic finance in the Horn of Africa", "Mobile money in Africa",
                                     f"Business and enterprise in {self.rng.choice(_PLACES)}",
                                     "Djibouti : économie et société [Djibouti: economy and society]"])  # fmt: skip
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3), "editor": editors,
                                  "container-title": container, "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(10, 35)}"}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 45)),
                                  "page": f"{start}-{start + self.rng.randint(8, 30)}"}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issue"] = str(self.rng.randint(1, 4))
        self._dated(record)
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice([1080, 1108, 1016, 1177, 4314, 31943])}/{self.rng.randint(10000, 99999)}.{self.rng.randint(2015, 2025)}"
            )
        elif self.rng.random() < 0.3:
            record["URL"] = f"https://journals.simad.edu.so/index.php/article/view/{self.rng.randint(100, 999)}"
            record["accessed"] = self.accessed_after(
                record["issued"]["date-parts"][0][0] if "issued" in record else None
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIS)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(_DEGREES), "publisher": university, "publisher-place": place}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        university, place = self.rng.choice(_UNIS[:10])
        start = self.rng.randint(1, 200)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": self.rng.choice([f"Proceedings of the {self.rng.randint(2, 9)}th {university} International Conference on Business and Economics",
                                                                      "Proceedings of the Somali Studies International Association Congress",
                                                                      "Hargeisa International Book Fair Business Forum",
                                                                      "Proceedings of the Horn of Africa Economic Forum"]),
                                  "publisher": university, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(6, 14)}"}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags, domain = self.rng.choice(_COMPANIES)
        title = self.rng.choice(["About us", "Our history", "EVC Plus: pay, send and save", "ZAAD Service",
                                 "Sahal: mobile money for everyone", "Dahabshiil Mobile App", "Our branches",
                                 "Ramadan Kareem offers", "Eid Mubarak: send money home for free",
                                 "Corporate social responsibility", "Products and services", "Careers",
                                 "Islamic banking products", "Press release: new branch in Berbera", self._title()])  # fmt: skip
        record: dict[str, Any] = {
            "type": "webpage",
            "title": title,
            "URL": f"https://www.{domain}/{title.split(':')[0].lower().replace(' ', '-')}",
        }
        year = self._dated(record, 0.75)
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags, domain = self.rng.choice(_COMPANIES + _BODIES[:4])
        record: dict[str, Any] = {"type": "report", "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Mogadishu", "Hargeisa", "Garowe", "Djibouti", "Dubai", "London"])}  # fmt: skip
        year = self._dated(record, 0.9)
        record["title"] = self.rng.choice([f"Annual report {year or 2023}", f"Annual Report and Financial Statements {year or 2023}",
                                           "Sustainability report", "Customer satisfaction survey", self._title()])  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{domain}/reports/{self.counter + 1}.pdf"
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, tags)

    def _trade_body(self) -> Work:
        name, tags, domain = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice([
            "Somalia economic update", "Remittances to Somalia: a lifeline", "Mobile money in Somalia: market assessment",
            "Somali private sector survey", "Djibouti economic update", "Food security outlook: Gu season",
            "Post-Deyr assessment", "Marketing in fragile markets", self._title()])}  # fmt: skip
        year = self._dated(record, 0.9)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(
                ["Mogadishu", "Nairobi", "Washington, DC", "London", "Djibouti"]
            )
        if record["type"] == "webpage" or self.rng.random() < 0.6:
            record["URL"] = f"https://www.{domain}/{self.counter + 1}"
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags | {"trade-body"})

    def _government(self) -> Work:
        name, tags, domain = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice([
            "Monetary policy statement", "Quarterly economic review", "Mobile money regulations",
            "National Development Plan 9 (2020-2024)", "Licensed money transfer businesses", "Annual report",
            "Statistical yearbook", "Consumer price index", "Licensed operators", "Plan national de développement [National development plan]",
            "Rapport annuel [Annual report]", self._title()])}  # fmt: skip
        year = self._dated(record)
        record["URL"] = f"https://{domain}/{self.counter + 1}"
        record["accessed"] = self.accessed_after(year)
        if record["type"] == "report":
            record["publisher-place"] = self.rng.choice(["Mogadishu", "Hargeisa", "Garowe", "Djibouti"])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _law(self) -> Work:
        """A law or decree as candidates list it: the state as author, the law's name and number as the title."""
        author, title, place, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = (
                f"https://www.{'presidence.dj' if 'Djibouti' in author else 'parliament.gov.so'}/laws/{self.counter + 1}"
            )
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market = self.rng.choice(["mobile money", "remittances", "soft drinks", "cement", "bottled water", "telecoms",
                                  "banking", "air travel", "dairy", "cooking oil", "smartphones"])  # fmt: skip
        country = self.rng.choice(["Somalia", "Somaliland", "Djibouti", "the Horn of Africa", "East Africa"])
        record: dict[str, Any] = {"type": "report", "publisher": name, "title": self.rng.choice([
            f"{market.capitalize()} in {country} {year or 2024}", f"Digital {year or 2024}: {country}",
            f"{country} {market} market: size and forecast to 2030", f"{market.capitalize()} in {country}: consumer survey {year or 2023}",
            f"Share of adults in {country} using {market}, {year or 2023}"]),
            "URL": f"https://www.{domain}/{self.counter + 1}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        paper, domain = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": paper, "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{domain}/{year}/{self.counter + 1}", "accessed": self.accessed_after(year)}  # fmt: skip
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        paper, domain = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{domain}/{year}/{self.counter + 1}", "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, tags, domain = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2016, 2025)
        post = self.rng.choice(["Eid Mubarak from all of us", "Ramadan Kareem! Send money home this Ramadan",
                                "Happy 26 June, Somaliland!", "Dabaaldeg wanaagsan 18 May [Happy 18 May celebrations]",
                                "Bon 27 juin à tous les Djiboutiens [Happy 27 June to all Djiboutians]",
                                "Mahadsanid 1 milyan macmiil [Thank you, one million customers]",
                                "New branch now open in Eastleigh", "Our new EVC Plus tariff starts today"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": post, "container-title": self.rng.choice(["Facebook", "X", "Instagram", "TikTok", "LinkedIn"]),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.facebook.com/{domain.split('.')[0]}/posts/{self.rng.randint(10**8, 10**9)}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        site = {"X": "x.com", "Instagram": "instagram.com", "TikTok": "tiktok.com", "LinkedIn": "linkedin.com"}
        record["URL"] = record["URL"].replace(
            "www.facebook.com", "www." + site.get(record["container-title"], "facebook.com")
        )
        return self._org_work(record, "social", name, tags | {"social"})

    def _video(self) -> Work:
        year = self.rng.randint(2014, 2025)
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice([
            "How to use EVC Plus", "50 years of service to our customers", "Ganacsiga online-ka [Doing business online]",
            "Podcast: marketing to the Somali diaspora", "Hargeisa's start-up scene", "Berbera corridor explained",
            "Marketing Somali products abroad", "Djibouti : le port de Doraleh [Djibouti: the port of Doraleh]"]),
            "container-title": self.rng.choice(["YouTube", "Spotify", "Apple Podcasts", "TikTok"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**6, 10**7)}", "accessed": self.accessed_after(year)}  # fmt: skip
        hosts = {
            "Spotify": "open.spotify.com/episode/",
            "Apple Podcasts": "podcasts.apple.com/so/podcast/id",
            "TikTok": "www.tiktok.com/video/",
        }
        if record["container-title"] in hosts:
            record["URL"] = record["URL"].replace("www.youtube.com/watch?v=", hosts[record["container-title"]])
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        name, tags, _domain = self.rng.choice(_COMPANIES + _PRESS_ORGS)
        return self._org_work(record, "video", name, tags)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            record["URL"] = f"https://medium.com/@somali-marketing/{self.counter + 1}"
            record["accessed"] = self.accessed_after(None)
            return self._person_work(record, "web")
        name, tags, domain = self.rng.choice(_COMPANIES + _BODIES)
        record["URL"] = f"https://www.{domain}/{self.counter + 1}"
        record["accessed"] = self.accessed_after(None)
        return super()._org_work(record, "web", name, tags | {"undated"})


_PRESS_ORGS = [(name, {"press"}, domain) for name, domain in _PRESS[:9]]
