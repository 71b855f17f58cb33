"""Works for the ninety-seventh held-out pool, "blind97": what Central African and Great Lakes marketers cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninety-seventh
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade,
CRM, digital, fundraising and communications marketers in Douala, Yaoundé, Libreville, Port-Gentil, Kinshasa,
Lubumbashi, Brazzaville, Pointe-Noire, Kigali and Bujumbura build their reference lists on CIM Level 6 and 7 courses
and MBAs taught in English: operators' and brewers' annual reports, central-bank and regulator statistics, laws,
ordinances, CEMAC regulations and OHADA Uniform Acts, French textbooks with English translations in square brackets,
theses from the region's universities, GSMA, Kantar and Afrobarometer reports, the regional press signed and
unsigned, brands' social posts and podcasts. Names: Cameroonian, Gabonese and Congolese names with post-names and
several family names, Rwandan and Burundian names that share no family name, accents, particles, hyphenated given
names written with a capital after the hyphen, and expatriates.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given): family names as the writers' own reference managers hold them; post-names stay in the family name.
_CAMEROON = [
    ("Fotso", "Jean-Claude"), ("Nkeng", "Pauline"), ("Mbarga", "Serge"), ("Tchamba", "Hervé"), ("Ngo Biyong", "Marie-Thérèse"),
    ("Essomba", "Blaise"), ("Ndjock", "Rodrigue"), ("Mbarga Ébodé", "Christelle"), ("Tchoumbé", "Arlette"), ("Kamdem", "Landry"),
    ("Ngo Ndjock", "Esther"), ("Owona Ndongo", "Patrice"), ("Ekambi", "Yannick"), ("Djoumessi", "Carine"), ("Tagne", "Armand"),
    ("Nana Kamga", "Sandrine"), ("Abega", "Francis"), ("Bekolo", "Régine"), ("Ewané", "Samuel"), ("Nguimfack", "Ghislain"),
    ("Tabi", "Emmanuel"), ("Ayuk", "Eyong"), ("Ndifor", "Glory"), ("Fon", "Mirabel"), ("Nforba", "Clovis"), ("Atanga", "Brenda"),
    ("Moussa", "Aïssatou"), ("Hamadou", "Abdoulaye"), ("Kouam", "Joël"), ("Feudjio", "Nadège"), ("Onana", "Aurore"),
    ("Mvondo", "Thierry"), ("Ze Minko", "Alain"), ("Simo", "Ursule"), ("Tchakounté", "Boris"),
]  # fmt: skip
_GABON = [
    ("Ondo Mba", "Ludovic"), ("Nze Nguema", "Prisca"), ("Obame", "Florent"), ("Nzé Nguema", "Aurélie"), ("Mba Abessole", "Stéphane"),
    ("Moussavou", "Édith"), ("Mintsa", "Gaëlle"), ("Ndong Ella", "Parfait"), ("Bongo", "Sylvère"), ("Boussougou", "Ingrid"),
    ("Mouity", "Franck"), ("Ngoua Obiang", "Murielle"), ("Ekomi", "Hilarion"), ("Ogandaga", "Rita"),
]  # fmt: skip
_CONGO = [
    ("Mukendi Kabongo", "Jean-Pierre"), ("Tshisekedi Tshilombo", "Félicien"), ("Ilunga wa Ilunga", "Bienvenu"),
    ("Mbala Musanda", "Gracia"), ("Lumumba", "Roland"), ("Nsimba-Kiese", "Dorcas"), ("Kabila Kabange", "Espérance"),
    ("Mulumba Tshibangu", "Patrick"), ("Kasongo Numbi", "Ruth"), ("Mputu Lelo", "Aristote"), ("Kalala Mwamba", "Chantal"),
    ("Lokwa Ekombe", "Dieudonné"), ("Mbuyi", "Christian"), ("Kanku", "Benjamine"), ("Matondo Mvemba", "Héritier"),
    ("Ngoie Mwanza", "Trésor"), ("Makiadi", "Fiston"), ("Bokungu", "Grâce"), ("Nkounkou", "Mireille"), ("Moukoko", "Arsène"),
    ("Samba Ngoma", "Rodrigue"), ("Mabiala", "Lucrèce"), ("Okemba", "Jérémie"), ("Loemba", "Armelle"), ("Ngouabi-Mavoungou", "Cyr"),
]  # fmt: skip
_GREAT_LAKES = [
    ("Uwimana", "Claudine"), ("Niyonzima", "Jean Bosco"), ("Mukamana", "Alice"), ("Habimana", "Eric"), ("Nkurunziza", "Diane"),
    ("Ndayishimiye", "Olivier"), ("Uwase", "Grace"), ("Mugisha", "Patrick"), ("Ingabire", "Solange"), ("Nshimiyimana", "Emmanuel"),
    ("Iradukunda", "Aline"), ("Hakizimana", "Jean-Paul"), ("Murekatete", "Josiane"), ("Bizimana", "Innocent"), ("Ntwari", "Kevin"),
    ("Irakoze", "Divine"), ("Ndikumana", "Pacifique"), ("Nahimana", "Gloriose"), ("Niyongabo", "Fabrice"), ("Kwizera", "Yvette"),
    ("Rwigema", "Fred"), ("Umutoni", "Sandrine"), ("Tuyishime", "Clément"), ("Gatera", "Alphonse"), ("Ndayizeye", "Léonce"),
]  # fmt: skip
_EXPATRIATE = [
    ("Lefèvre", "Camille"), ("Dubois", "Antoine"), ("Moreau", "Céline"), ("Fournier", "Jean-Baptiste"), ("Okafor", "Chinedu"),
    ("Mensah", "Akosua"), ("Kimani", "Wanjiru"), ("Otieno", "Brian"), ("Ngugi", "Faith"), ("Van den Broeck", "Pieter"),
    ("Janssens", "Els"), ("Smith", "Rebecca"), ("O'Connor", "Niamh"), ("Müller", "Katrin"), ("Haddad", "Rami"), ("Chen", "Li"),
    ("Sow", "Mamadou"), ("Diallo", "Fatoumata"), ("Traoré", "Ibrahim"), ("Kouassi", "Yao"), ("N'Guessan", "Affoué"),
    ("Mendy", "Pierre-Marie"), ("Carvalho", "Joana"),
]  # fmt: skip
_PARTICLE_NAMES = [("de", "Souza", "Ana-Maria"), ("da", "Costa", "Sérgio"), ("van der", "Merwe", "Anika"),
                   ("de", "Villiers", "Pieter"), ("le", "Gall", "Yann"), ("de", "Kergorlay", "Hélène")]  # fmt: skip

# (name as written as author, tags)
_COMPANIES = [
    ("MTN Cameroon Ltd", {"company"}), ("MTN Cameroon", {"company"}), ("Orange Cameroun S.A.", {"company", "abbreviation"}),
    ("Orange Cameroun", {"company"}), ("Camtel", {"company"}), ("Airtel Gabon S.A.", {"company", "abbreviation"}),
    ("Vodacom Congo (RDC) S.A.", {"company", "abbreviation"}), ("Orange RDC", {"company", "acronym"}), ("Airtel Money", {"company"}),
    ("MTN Rwandacell PLC", {"company"}), ("MTN Rwanda", {"company"}), ("Airtel Africa plc", {"company"}),
    ("Bralima S.A.", {"company", "abbreviation"}), ("Brasseries du Cameroun (SABC)", {"company", "abbreviation"}),
    ("Société Anonyme des Brasseries du Cameroun", {"company"}), ("Bralirwa Plc", {"company"}), ("Brarudi S.A.", {"company", "abbreviation"}),
    ("Heineken N.V.", {"company", "abbreviation"}), ("Guinness Cameroun S.A.", {"company", "abbreviation"}),
    ("Afriland First Bank", {"company"}), ("BGFIBank Gabon", {"company"}), ("Rawbank S.A.", {"company", "abbreviation"}),
    ("Equity BCDC", {"company", "acronym"}), ("Ecobank Cameroun", {"company"}), ("Bank of Kigali Plc", {"company"}),
    ("BK Group Plc", {"company"}), ("Société Générale Cameroun", {"company"}), ("Express Union S.A.", {"company", "abbreviation"}),
    ("Cimencam (Cimenteries du Cameroun)", {"company", "abbreviation"}), ("Olam Gabon", {"company"}),
    ("Inyange Industries Ltd", {"company"}), ("Simba Supermarket", {"company"}), ("Santa Lucia", {"company"}),
    ("Dangote Cement Cameroon", {"company"}), ("Chanas Assurances S.A.", {"company", "abbreviation"}),
    ("SONAS", {"company", "acronym"}), ("Sanlam Allianz", {"company"}), ("Tropicana Cameroun SARL", {"company"}),
    ("Ernst & Young", {"company", "ampersand"}), ("McKinsey & Company", {"company", "ampersand"}), ("Deloitte", {"company"}),
    ("PwC", {"company", "acronym"}), ("KPMG Cameroun", {"company", "acronym"}), ("Jumia", {"company"}),
    ("Mobile Money Rwanda Ltd", {"company"}), ("Lumicash", {"company"}), ("Ecocash Burundi", {"company"}),
]  # fmt: skip
_BODIES = [
    ("Banque des États de l'Afrique Centrale (BEAC)", {"government", "apostrophe", "abbreviation"}),
    ("Banque des États de l'Afrique Centrale", {"government", "apostrophe"}),
    ("Banque Centrale du Congo (BCC)", {"government", "abbreviation"}), ("National Bank of Rwanda (BNR)", {"government", "abbreviation"}),
    ("National Bank of Rwanda", {"government"}), ("Banque de la République du Burundi (BRB)", {"government", "abbreviation"}),
    ("Institut National de la Statistique (INS)", {"government", "abbreviation"}), ("Institut National de la Statistique", {"government"}),
    ("National Institute of Statistics of Rwanda (NISR)", {"government", "abbreviation"}), ("NISR", {"government", "acronym"}),
    ("Autorité de Régulation des Postes et Télécommunications (ARPT)", {"government", "abbreviation"}),
    ("Autorité de Régulation des Postes et des Télécommunications du Congo (ARPTC)", {"government", "abbreviation"}),
    ("Agence de Régulation des Télécommunications (ART)", {"government", "abbreviation"}),
    ("Rwanda Utilities Regulatory Authority (RURA)", {"government", "abbreviation"}), ("RURA", {"government", "acronym"}),
    ("Rwanda Development Board (RDB)", {"government", "abbreviation"}), ("Rwanda Development Board", {"government"}),
    ("Visit Rwanda", {"government"}), ("Ministère des Postes et Télécommunications (MINPOSTEL)", {"government", "abbreviation"}),
    ("Ministère du Commerce (MINCOMMERCE)", {"government", "abbreviation"}), ("Ministry of ICT and Innovation", {"government"}),
    ("Ministère de l'Économie Numérique", {"government", "apostrophe"}), ("Commission Bancaire de l'Afrique Centrale (COBAC)", {"government", "apostrophe", "abbreviation"}),
    ("Institut de Statistiques et d'Études Économiques du Burundi (ISTEEBU)", {"government", "apostrophe", "abbreviation"}),
    ("UNICEF", {"ngo", "acronym"}), ("UNICEF Cameroon", {"ngo"}), ("World Food Programme (WFP)", {"ngo", "abbreviation"}),
    ("WFP", {"ngo", "acronym"}), ("Médecins Sans Frontières (MSF)", {"ngo", "abbreviation"}), ("Caritas Congo ASBL", {"ngo"}),
    ("Caritas Internationalis", {"ngo"}), ("Plan International Cameroon", {"ngo"}), ("World Vision Rwanda", {"ngo"}),
    ("Save the Children", {"ngo"}), ("International Finance Corporation (IFC)", {"ngo", "abbreviation"}), ("World Bank", {"ngo"}),
    ("African Development Bank Group", {"ngo"}), ("UNCDF", {"ngo", "acronym"}), ("Alliance for Financial Inclusion (AFI)", {"ngo", "abbreviation"}),
]  # fmt: skip
_RESEARCH = [("GSMA Intelligence", {"market-research"}), ("GSMA", {"market-research", "acronym"}), ("Kantar", {"market-research"}),
             ("Ipsos", {"market-research"}), ("Afrobarometer", {"market-research"}), ("Euromonitor International", {"market-research"}),
             ("Deloitte Africa", {"market-research"}), ("Kantar Public", {"market-research"}), ("DataReportal", {"market-research"}),
             ("Statista", {"market-research"}), ("FinScope", {"market-research"}), ("Access to Finance Rwanda (AFR)", {"market-research", "abbreviation"})]  # fmt: skip
_STATES = [("Republic of Cameroon", "Yaoundé"), ("République du Cameroun", "Yaoundé"), ("Republic of Rwanda", "Kigali"),
           ("République Démocratique du Congo", "Kinshasa"), ("République Gabonaise", "Libreville"),
           ("République du Congo", "Brazzaville"), ("Republic of Burundi", "Bujumbura"), ("CEMAC", "Bangui"), ("OHADA", "Yaoundé")]  # fmt: skip
_LAWS = {
    "Republic of Cameroon": [("Law No. 2010/012 of 21 December 2010 relating to cybersecurity and cybercriminality in Cameroon", 2010),
                             ("Law No. 2011/012 of 6 May 2011 on consumer protection in Cameroon", 2011),
                             ("Law No. 2010/013 of 21 December 2010 governing electronic communications in Cameroon", 2010),
                             ("Law No. 2006/018 of 29 December 2006 to regulate advertising in Cameroon", 2006)],
    "République du Cameroun": [("Loi n° 2015/018 du 21 décembre 2015 régissant l'activité commerciale au Cameroun [Law governing commercial activity in Cameroon]", 2015),
                               ("Arrêté n° 0015/MINCOMMERCE du 2 mars 2021 fixant les modalités d'affichage des prix [Order on price display]", 2021),
                               ("Loi n° 2024/017 du 23 décembre 2024 relative à la protection des données à caractère personnel [Law on personal data protection]", 2024)],
    "Republic of Rwanda": [("Law No. 058/2021 of 13/10/2021 relating to the protection of personal data and privacy", 2021),
                           ("Law No. 36/2012 of 21/09/2012 relating to competition and consumer protection", 2012),
                           ("Regulation No. 54/2022 of 13/01/2022 governing mobile money services", 2022)],
    "République Démocratique du Congo": [("Ordonnance-loi n° 23/010 du 13 mars 2023 portant Code du numérique [Digital Code]", 2023),
                                         ("Loi n° 18/035 du 13 décembre 2018 fixant les principes fondamentaux relatifs à la protection du consommateur [Consumer protection law]", 2018),
                                         ("Loi n° 20/017 du 25 novembre 2020 relative aux télécommunications et aux technologies de l'information et de la communication", 2020)],
    "République Gabonaise": [("Loi n° 025/2021 du 10 janvier 2022 relative à la protection des données à caractère personnel", 2022),
                             ("Ordonnance n° 00000012/PR/2018 portant réglementation de la cybersécurité [Cybersecurity ordinance]", 2018)],
    "République du Congo": [("Loi n° 29-2019 du 10 octobre 2019 portant protection des données à caractère personnel", 2019),
                            ("Loi n° 9-2009 du 25 novembre 2009 portant réglementation du secteur des communications électroniques", 2009)],
    "Republic of Burundi": [("Law No. 1/12 of 28 July 2021 on the prevention and repression of cybercrime", 2021),
                            ("Loi n° 1/06 du 25 mars 2010 portant régime juridique de la concurrence [Competition law]", 2010)],
    "CEMAC": [("Règlement n° 01/03-CEMAC-UMAC-CM portant prévention et répression du blanchiment des capitaux", 2003),
              ("Règlement n° 04/18/CEMAC/UMAC/COBAC relatif aux services de paiement dans la CEMAC [Regulation on payment services]", 2018),
              ("Règlement n° 02/18/CEMAC/UMAC/CM portant réglementation des changes dans la CEMAC", 2018)],
    "OHADA": [("Acte uniforme relatif au droit commercial général [Uniform Act on General Commercial Law]", 2010),
              ("Uniform Act on Commercial Companies and Economic Interest Groups", 2014),
              ("Acte uniforme portant organisation des sûretés [Uniform Act on Securities]", 2010)],
}  # fmt: skip
_JOURNALS = ["Journal of African Business", "African Journal of Economic and Management Studies", "Journal of Marketing Management",
             "International Journal of Bank Marketing", "Development Southern Africa", "Telecommunications Policy",
             "Information Technology for Development", "Journal of Retailing and Consumer Services", "African Journal of Marketing Management",
             "Revue Française de Gestion", "Management & Avenir", "Journal of Social Marketing", "Nonprofit and Voluntary Sector Quarterly",
             "Journal of Islamic Marketing", "Journal of Financial Services Marketing", "Electronic Journal of Information Systems in Developing Countries"]  # fmt: skip
_PRESS = ["Cameroon Tribune", "Le Messager", "Mutations", "Business in Cameroon", "Investir au Cameroun", "L'Union", "Gabonreview",
          "Radio Okapi", "Actualite.cd", "Le Potentiel", "The New Times", "KT Press", "IWACU", "Jeune Afrique", "The EastAfrican",
          "Les Dépêches de Brazzaville", "Financial Afrik"]  # fmt: skip
_PRESS_URL = {"Cameroon Tribune": "https://www.cameroon-tribune.cm/article.html/", "Le Messager": "https://lemessager.fr/",
              "Mutations": "https://www.mutations-multimedia.com/", "Business in Cameroon": "https://www.businessincameroon.com/",
              "Investir au Cameroun": "https://www.investiraucameroun.com/", "L'Union": "https://www.union.sonapresse.com/",
              "Gabonreview": "https://www.gabonreview.com/", "Radio Okapi": "https://www.radiookapi.net/", "Actualite.cd": "https://actualite.cd/",
              "Le Potentiel": "https://www.lepotentielonline.net/", "The New Times": "https://www.newtimes.co.rw/article/",
              "KT Press": "https://www.ktpress.rw/", "IWACU": "https://www.iwacu-burundi.org/", "Jeune Afrique": "https://www.jeuneafrique.com/",
              "The EastAfrican": "https://www.theeastafrican.co.ke/", "Les Dépêches de Brazzaville": "https://www.lesdepechesdebrazzaville.fr/",
              "Financial Afrik": "https://www.financialafrik.com/"}  # fmt: skip
_UNIVERSITIES = [("Université de Douala", "Douala"), ("University of Buea", "Buea"), ("ESSEC Douala", "Douala"),
                 ("Université Omar Bongo", "Libreville"), ("Université de Kinshasa", "Kinshasa"), ("Université Protestante au Congo", "Kinshasa"),
                 ("University of Rwanda", "Kigali"), ("Université du Burundi", "Bujumbura"), ("Université de Yaoundé II", "Soa"),
                 ("Université Marien Ngouabi", "Brazzaville"), ("Université de Lubumbashi", "Lubumbashi")]  # fmt: skip
_THESIS_GENRES = ["PhD thesis", "MBA dissertation", "Thèse de doctorat", "Mémoire de master", "MSc dissertation", "DBA thesis"]  # fmt: skip
_PUBLISHERS = [("L'Harmattan", "Paris"), ("Dunod", "Paris"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Presses Universitaires d'Afrique", "Yaoundé"),
               ("Éditions CLÉ", "Yaoundé"), ("Palgrave Macmillan", "Cham"), ("Kogan Page", "London"), ("Vuibert", "Paris"), ("Karthala", "Paris"),
               ("Fountain Publishers", "Kampala"), ("Sage", "London"), ("Emerald", "Bingley"), ("EMS Éditions", "Caen")]  # fmt: skip

_TOPICS_EN = ["mobile money adoption", "agent network liquidity", "brand loyalty among beer drinkers", "USSD banking", "microfinance outreach",
              "airtime bundles", "customer churn in prepaid telecoms", "trust in mobile wallets", "cause-related marketing",
              "donor retention", "SMS fundraising", "football sponsorship", "packaging in informal retail", "the bottom of the pyramid",
              "bancassurance", "digital financial inclusion", "influencer marketing on TikTok", "WhatsApp commerce", "price sensitivity",
              "cement distribution", "dairy consumption", "supermarket loyalty cards", "destination branding", "nation branding",
              "customer experience in banking", "counterfeit beverages", "merchant payments", "cross-border remittances",
              "women's financial inclusion", "rural distribution", "Umuganda and civic marketing", "youth unemployment and consumption",
              "corporate social responsibility", "agricultural value chains", "brand heritage", "Islamic finance"]  # fmt: skip
_PLACES = ["Cameroon", "Douala", "Yaoundé", "Gabon", "Libreville", "the Democratic Republic of Congo", "Kinshasa", "Lubumbashi",
           "the Republic of Congo", "Brazzaville", "Pointe-Noire", "Rwanda", "Kigali", "Burundi", "Bujumbura", "Central Africa",
           "the CEMAC zone", "the East African Community", "sub-Saharan Africa", "francophone Africa"]  # fmt: skip
_TITLES_EN = ["Mobile money and the unbanked: lessons from Cameroon", "Agent networks as a marketing channel for mobile financial services",
              "What makes a Congolese beer drinker switch brands?", "Trust, risk and the adoption of mobile wallets in Rwanda",
              "Service quality and customer loyalty in Central African banks", "Marketing to the base of the pyramid in Kinshasa",
              "Football sponsorship and brand equity: the case of African breweries", "Nation branding after conflict: Visit Rwanda",
              "Microfinance, women traders and financial inclusion in Burundi", "Customer satisfaction with mobile network operators in Gabon",
              "Price promotions and brand switching in francophone African telecoms", "Interoperability and merchant payments in the CEMAC zone",
              "Corporate social responsibility and brand reputation in Cameroon", "Donor communication and trust in humanitarian NGOs",
              "Social media marketing and purchase intention among Cameroonian students", "USSD or app? Channel choice in mobile banking",
              "Informal retail and the distribution of fast-moving consumer goods in Central Africa",
              "Brand heritage and local pride: beer brands in the Great Lakes region", "The diffusion of contactless payments in Kigali",
              "Bancassurance and cross-selling in Cameroonian banks", "Counterfeit products and consumer trust in Congolese markets"]  # fmt: skip
_FR_TITLES = [("Le marketing des services en Afrique", "Services marketing in Africa"),
              ("La fidélisation de la clientèle bancaire", "Retaining bank customers"),
              ("Marketing et développement en Afrique centrale", "Marketing and development in Central Africa"),
              ("Le mobile money au Cameroun : usages et enjeux", "Mobile money in Cameroon: uses and stakes"),
              ("Communication et marques africaines", "Communication and African brands"),
              ("La distribution en Afrique subsaharienne", "Distribution in sub-Saharan Africa"),
              ("Gestion de la relation client", "Customer relationship management"),
              ("Les brasseries congolaises face à la concurrence", "Congolese breweries facing competition"),
              ("La microfinance au Congo : défis et perspectives", "Microfinance in the Congo: challenges and prospects"),
              ("Le consommateur gabonais", "The Gabonese consumer"),
              ("Le comportement du consommateur africain", "African consumer behaviour"),
              ("Marketing digital et réseaux sociaux au Cameroun", "Digital marketing and social networks in Cameroon"),
              ("Publicité et culture en Afrique francophone", "Advertising and culture in francophone Africa")]  # fmt: skip
_LOCAL_TITLES = [("Mbongo na telefone", "Money on the phone", "Lingala"), ("Ubukungu bw'umuryango", "The family's wealth", "Kinyarwanda"),
                 ("Biashara ya simu", "Mobile phone business", "Swahili"), ("Kuzigama ni ugukira", "Saving is getting rich", "Kinyarwanda"),
                 ("Ndaku ya mobembo", "The travellers' house", "Lingala"), ("Pesa mkononi", "Money in hand", "Swahili"),
                 ("Agaciro k'umuguzi", "The dignity of the customer", "Kinyarwanda"), ("Kwizigama", "Saving", "Kirundi")]  # fmt: skip
_LAW_SITES = {"Republic of Cameroon": "https://www.prc.cm/en/multimedia/documents", "République du Cameroun": "https://www.prc.cm/fr/multimedia/documents",
              "Republic of Rwanda": "https://www.minijust.gov.rw/laws", "République Démocratique du Congo": "https://www.leganet.cd/Legislation",
              "République Gabonaise": "https://www.journal-officiel.ga/textes", "République du Congo": "https://www.sgg.cg/JO",
              "Republic of Burundi": "https://www.presidence.gov.bi/lois", "CEMAC": "https://www.cemac.int/reglements",
              "OHADA": "https://www.ohada.org/actes-uniformes"}  # fmt: skip


def _site(name: str) -> str:
    """An organisation's website, from its name ("Bank of Kigali Plc" is at www.bankofkigali.com)."""
    short = name.split(" (")[0].lower()
    for form in (" s.a.", " plc", " ltd", " asbl", " sarl", " n.v."):
        short = short.removesuffix(form)
    slug = "".join(ch for ch in short if ch.isascii() and ch.isalnum())
    return f"https://www.{slug[:24]}.{'org' if len(slug) > 14 else 'com'}"


class Blind97WorkFactory(WorkFactory):
    """The blind97 pool's works: Central African and Great Lakes authors, operators, brewers, banks, regulators,
    NGOs, laws, theses, the regional press, social posts and podcasts. A subclass, so no other pool changes."""

    KINDS = ("book", "chapter", "journal", "thesis", "report", "web", "government", "legislation", "news", "social", "podcast")  # fmt: skip
    _WEIGHTS = (11, 6, 24, 5, 12, 12, 8, 4, 10, 5, 3)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 97 + 9797)
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.06:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        table = self.rng.choices([_CAMEROON, _GABON, _CONGO, _GREAT_LAKES, _EXPATRIATE], weights=[32, 12, 24, 22, 10])[0]  # fmt: skip
        family, given = self.rng.choice(table)
        if self.rng.random() < 0.12 and table is not _GREAT_LAKES:  # another given name with the same family name
            given = self.rng.choice(["Marie-Claire", "Jean-Marc", "Paul-Henri", "Ange", "Joséphine", "Didier", "Nadine", "Hugues"])  # fmt: skip
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        table = self.rng.choices([_COMPANIES, _BODIES, _RESEARCH], weights=[45, 40, 15])[0]  # fmt: skip
        name, tags = self.rng.choice(table)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1994, 2007)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        issued = record.get("issued", {}).get("date-parts", [[2020]])[0][0]
        year = self.rng.randint(max(2024, issued + 1), 2026)
        return {"date-parts": [[year, self.rng.randint(1, 11), self.rng.randint(1, 28)]]}

    def _day(self, year: int) -> dict[str, list[list[int]]]:
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        rng = self.rng
        topic, place = rng.choice(_TOPICS_EN), rng.choice(_PLACES)
        other = rng.choice([t for t in _TOPICS_EN if t != topic])
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
            f"Determinants of {topic} in {place}", f"The effect of {topic} on {other} in {place}",
            f"Rethinking {topic} in {place}", f"{topic[0].upper()}{topic[1:]}: a study of consumers in {place}",
            f"Why {topic} matters for marketers in {place}", f"{topic[0].upper()}{topic[1:]}, trust and {other}",
        ]  # fmt: skip
        if rng.random() < 0.3:
            return rng.choice(_TITLES_EN)
        return rng.choice(forms)

    def _french_title(self) -> str:
        french, english = self.rng.choice(_FR_TITLES)
        if self.rng.random() < 0.5:
            return f"{french} [{english}]"
        local, gloss, _language = self.rng.choice(_LOCAL_TITLES)
        return f"{local}: {french.lower()[0]}{french[1:]} [{gloss}: {english[0].lower()}{english[1:]}]"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        work: Work = getattr(self, "_w_" + kind)()
        return work

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation already cited in the same year ("BEAC, 2022a" and "2022b").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.1:
            name, tags, year = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if kind in ("report", "web", "government") and "URL" in record:
                record["URL"] = _site(name) + "/" + record["URL"].split("/", 3)[-1]
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record)
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _w_book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        french = publisher in ("L'Harmattan", "Dunod", "Presses Universitaires d'Afrique", "Éditions CLÉ", "Vuibert", "Karthala", "EMS Éditions")  # fmt: skip
        record: dict[str, Any] = {
            "type": "book", "title": self._french_title() if french else self._title(), "author": self._people(4),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _w_chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Marketing in Africa", "Mobile money and financial inclusion in Africa",
                                                "Le marketing en Afrique [Marketing in Africa]", "Brands and consumers in emerging markets",
                                                "The Routledge companion to marketing in Africa", "Nonprofit marketing in the Global South"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _w_journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title() if self.rng.random() < 0.85 else self._french_title(),
            "author": self._people(8), "container-title": self.rng.choice(_JOURNALS),
            "issued": {"date-parts": [[self.year()]]}, "volume": str(self.rng.randint(1, 60)),
            "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jab', 'ajems', 'ijbm', 'telpol', 'jmm'])}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"  # fmt: skip
        return self._person_work(record, "journal")

    def _w_thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title() if self.rng.random() < 0.6 else self._french_title(),
            "author": [self.person()], "genre": self.rng.choice(_THESIS_GENRES), "publisher": university,
            "publisher-place": place, "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _w_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        titles = [f"Annual report {year}", f"Rapport annuel {year} [Annual report {year}]", f"Integrated report {year}",
                  f"The mobile economy: sub-Saharan Africa {year}", f"State of the industry report on mobile money {year}",
                  f"Rapport sur la stabilité financière {year} [Financial stability report]", self._title(),
                  f"Sustainability report {year}", f"Consumer insights: {self.rng.choice(_TOPICS_EN)} in {self.rng.choice(_PLACES)}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "issued": {"date-parts": [[year + 1]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Douala", "Kigali", "Kinshasa", "Libreville", "London", "Yaoundé", "Brazzaville"])}  # fmt: skip
        if record["issued"]["date-parts"][0][0] > 2025:
            record["issued"] = {"date-parts": [[year]]}
        roll = self.rng.random()
        if roll < 0.55:
            record["URL"] = f"{_site(name)}/{self.rng.choice(['reports', 'publications', 'documents', 'media'])}/{self.rng.randint(1000, 99999)}"  # fmt: skip
            if self.rng.random() < 0.85:
                record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.1:
            record.pop("issued")
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record)
        return self._org(record, "report", name, tags)

    def _w_web(self) -> Work:
        if self.rng.random() < 0.3:
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                      "container-title": self.rng.choice(["LinkedIn Pulse", "Medium", "Digital Business Africa", "Techcabal", "Africa Business Insight"]),
                                      "URL": f"https://www.{self.rng.choice(['medium.com', 'linkedin.com/pulse', 'digitalbusiness.africa', 'techcabal.com'])}/{self.rng.randint(1000, 99999)}"}  # fmt: skip
            if self.rng.random() < 0.8:
                record["issued"] = {"date-parts": [[self.year()]]}
            if self.rng.random() < 0.85:
                record["accessed"] = self._accessed_after(record)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        record = {"type": "webpage", "title": self.rng.choice([self._title(), "Nos offres Mobile Money [Our Mobile Money offers]",
                                                                 "Tarifs et frais [Rates and fees]", "About us", "Our history",
                                                                 "Taux de change de référence [Reference exchange rates]",
                                                                 "Mobile money statistics", "Press releases", "Visit Rwanda: Kwibohora",
                                                                 "Nos engagements RSE [Our CSR commitments]", "Financial inclusion dashboard"]),
                  "URL": f"{_site(name)}/{self.rng.choice(['fr', 'en'])}/{self.rng.randint(10, 9999)}"}  # fmt: skip
        if self.rng.random() < 0.65:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record)
        return self._org(record, "web", name, tags)

    def _w_government(self) -> Work:
        name, tags = self.rng.choice(_BODIES[:25])
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Statistical bulletin {year}", f"Annuaire statistique {year} [Statistical yearbook {year}]",
                                      f"Quarterly report on electronic communications Q{self.rng.randint(1, 4)} {year}",
                                      "Rapport annuel sur les services de paiement [Annual report on payment services]",
                                      f"Financial inclusion survey {year}", "Enquête sur l'emploi et le secteur informel [Employment and informal sector survey]",
                                      self._title()]),
            "issued": {"date-parts": [[year]]},
            "URL": f"{_site(name)}/{self.rng.choice(['publications', 'statistiques', 'documents', 'rapports'])}/{self.rng.randint(100, 99999)}",
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(["Yaoundé", "Kigali", "Kinshasa", "Libreville", "Bujumbura"])
        work = self._org(record, "government", name, tags)
        work.tags.add("government")
        return work

    def _w_legislation(self) -> Work:
        state, place = self.rng.choice(_STATES)
        title, year = self.rng.choice(_LAWS[state])
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.5:
            record["URL"] = f"{_LAW_SITES[state]}/{self.rng.randint(100, 9999)}"
            if self.rng.random() < 0.85:
                record["accessed"] = self._accessed_after(record)
        record["id"] = self._id()
        record["author"] = [{"literal": state}]
        del place
        return Work(record, state, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _w_news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.rng.randint(2012, 2025)
        title = self._title() if self.rng.random() < 0.6 else self.rng.choice([
            "MTN Cameroon relance MoMo Pay [MTN Cameroon relaunches MoMo Pay]", "Bralima lance une nouvelle bière [Bralima launches a new beer]",
            "Bank of Kigali posts record profit", "La BEAC durcit le contrôle des changes [BEAC tightens exchange controls]",
            "Airtel Money cuts transfer fees", "Orange RDC et la 4G à Lubumbashi [Orange RDC and 4G in Lubumbashi]",
            "Brarudi: la pénurie de bière inquiète [Brarudi: beer shortage worries]", "Rwanda's cashless push gathers pace",
            "SABC: Castel renforce sa position [Castel strengthens its position]", "Visit Rwanda deal with Arsenal renewed"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": title, "container-title": paper, "issued": self._day(year),
            "URL": f"{_PRESS_URL[paper]}{self.rng.randint(10000, 999999)}",
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _w_social(self) -> Work:
        platform = self.rng.choice(["Facebook", "Instagram", "TikTok", "WhatsApp", "X", "LinkedIn", "YouTube"])
        brand = self.rng.choice(_COMPANIES[:30] + _BODIES[14:18] + _BODIES[24:32])
        title = self.rng.choice(["Bonne fête de la jeunesse à tous nos jeunes ! [Happy Youth Day to all our young people!]",
                                 "#Kwibohora31: celebrating 31 years of liberation", "Umuganda wa none [Today's Umuganda]",
                                 "Joyeuse rentrée scolaire ! [Happy back to school!]", "Allez les Lions ! #AFCON",
                                 "Eid Mubarak from all of us", "Joyeux Noël et bonne année [Merry Christmas and happy new year]",
                                 "Nouvelle offre : MoMo sans frais [New offer: fee-free MoMo]", "Our new campaign is live",
                                 "Merci à nos 1 million d'abonnés [Thank you to our 1 million subscribers]", "Tabaski: partageons la joie [Let us share the joy]"])  # fmt: skip
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {"type": "post", "title": title, "container-title": platform, "issued": self._day(year),
                                  "URL": f"https://www.{platform.lower()}.com/{self.rng.randint(100000, 9999999)}"}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.3:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = brand
        return self._org(record, "social", name, set(tags) | {"social"})

    def _w_podcast(self) -> Work:
        show = self.rng.choice(["Marketing Kigali", "Le Podcast du Marketing Africain", "Kinshasa Business Talk", "Douala Digital",
                                "Mobile Money Matters", "Les Voix du Gabon"])  # fmt: skip
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {"type": "song", "medium": "Podcast", "container-title": show,
                                  "title": f"Episode {self.rng.randint(1, 180)}: {self.rng.choice(_TOPICS_EN)}",
                                  "issued": self._day(year), "URL": f"https://open.spotify.com/episode/{self.rng.randint(10**8, 10**9)}"}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record)
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")
