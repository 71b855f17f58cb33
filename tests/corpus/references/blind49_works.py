"""Works for the forty-ninth held-out pool, "blind49": what pharmaceutical, medical-device and healthcare marketers
in Germany, Austria, Switzerland, Sweden, Denmark, Norway and Finland cite on CIM Level 7, MBA and MSc
Pharmaceutical Marketing courses.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a forty-ninth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from what these writers'
reading lists and reference lists hold: EU regulations and German, Austrian, Swiss and Nordic laws listed under the
body that made them (MDR (EU) 2017/745, IVDR, the HWG, the DVG), G-BA resolutions and IQWiG dossiers with their
numbers, EMA, BfArM, Swissmedic, Läkemedelsverket and Fimea pages with and without dates or access dates, company
annual reports (AG, SE, KGaA, A/S, AB, ASA, Oy, GmbH, e.V., plc), IQVIA, Statista and consultancy reports,
pharmaceutical-marketing textbooks and chapters, journal articles with one to eight authors (Pharmaceutical
Medicine, Journal of Medical Marketing, The Lancet, Deutsches Ärzteblatt International, Value in Health, npj Digital
Medicine...), German and Scandinavian sources with a translated title in square brackets, congress abstracts (ESC
Congress, DGIM, EASD), trade press (Handelsblatt, Ärzte Zeitung, Dagens Medicin, Läkartidningen), LinkedIn posts,
MSc dissertations; German, Austrian and Swiss names with von, zu and von der, umlauts and ß, double-barrelled names,
Swedish, Danish (Ø, Å, Æ), Norwegian, Finnish and Turkish-German names, and their international co-authors.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
import unicodedata
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["de_DE", "de_DE", "de_DE", "de_AT", "de_CH", "sv_SE", "da_DK", "no_NO", "fi_FI", "tr_TR", "en_GB", "en_GB",
            "nl_NL", "fr_FR", "it_IT", "pl_PL"]  # fmt: skip
_NORDIC = ["sv_SE", "da_DK", "no_NO", "fi_FI"]

# German-speaking names with their particles, as reference managers keep them (particle apart from the surname).
_PARTICLE_NAMES = [("von", "Hagen", "Katharina"), ("von der", "Heide", "Matthias"), ("zu", "Eltz", "Friederike"),
                   ("von", "Bülow", "Constantin"), ("von der", "Leyen", "Annette"), ("vom", "Stein", "Tobias"),
                   ("von", "Weizsäcker", "Johanna"), ("zur", "Nieden", "Lukas"), ("van", "Dijk", "Femke"),
                   ("von", "Arnim", "Cornelia"), ("von", "Salis", "Gian Andrea"), ("de", "Weck", "Nicolas"),
                   ("von", "Euler-Chelpin", "Henrik"), ("van der", "Meer", "Pieter"), ("von", "Thun", "Leonie")]  # fmt: skip
# Names Faker's locales do not give, or give too rarely: umlauts, ß, Ø, Å, Æ, Turkish letters, Swiss and Sámi names.
_NAMES = [("Weiß", "Sabine"), ("Groß", "Florian"), ("Strauß", "Annika"), ("Müller-Lüdenscheidt", "Ralf"),
          ("Schäfer-Gümbel", "Ines"), ("Öztürk", "Deniz"), ("Yılmaz", "Elif"), ("Şahin", "Mehmet"), ("Çelik", "Aylin"),
          ("Aydın", "Can"), ("Doğan", "Emre"), ("Kılıç", "Selin"), ("Østergaard", "Mette"), ("Søndergaard", "Rasmus"),
          ("Kjær", "Signe"), ("Møller", "Anders"), ("Kræmer", "Kirsten"), ("Åkesson", "Ingrid"), ("Sjöström", "Fredrik"),
          ("Ångström", "Maja"), ("Løvås", "Eirik"), ("Bråthen", "Silje"), ("Hætta", "Máret"), ("Mäkinen", "Aino"),
          ("Häkkinen", "Juho"), ("Järvinen", "Tuula"), ("Ylä-Outinen", "Sanna"), ("Pöyhönen", "Ville"),
          ("Zürcher", "Reto"), ("Bärtschi", "Corinne"), ("Nüesch", "Urs"), ("Hänggi", "Seraina"), ("Höller", "Veronika"),
          ("Pichler", "Lorenz"), ("Grünberger", "Theresa"), ("Krüger-Kaya", "Leyla"), ("Nowak-Öztürk", "Lena"),
          ("Bäckström", "Elin"), ("Kovačević", "Jelena"), ("Đorđević", "Marko"), ("Nguyễn", "Thảo"),
          ("Al-Khatib", "Rami"), ("Khoury", "Nadine"), ("Papadopoulou", "Eleni")]  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Bayer AG", {"company"}), ("Merck KGaA", {"company"}), ("Boehringer Ingelheim International GmbH", {"company"}),
    ("Fresenius SE & Co. KGaA", {"company", "ampersand"}), ("Siemens Healthineers AG", {"company"}),
    ("Drägerwerk AG & Co. KGaA", {"company", "ampersand"}), ("B. Braun SE", {"company", "initial"}),
    ("STADA Arzneimittel AG", {"company"}), ("Ottobock SE & Co. KGaA", {"company", "ampersand"}),
    ("Carl Zeiss Meditec AG", {"company"}), ("Sartorius AG", {"company"}), ("Qiagen N.V.", {"company"}),
    ("Novartis AG", {"company"}), ("F. Hoffmann-La Roche Ltd", {"company", "initial"}), ("Sandoz Group AG", {"company"}),
    ("Lonza Group Ltd", {"company"}), ("Sonova Holding AG", {"company"}), ("Straumann Holding AG", {"company"}),
    ("Novo Nordisk A/S", {"company", "slash"}), ("Coloplast A/S", {"company", "slash"}),
    ("LEO Pharma A/S", {"company", "slash"}), ("H. Lundbeck A/S", {"company", "slash", "initial"}),
    ("Ambu A/S", {"company", "slash"}), ("Demant A/S", {"company", "slash"}), ("Zealand Pharma A/S", {"company", "slash"}),
    ("AstraZeneca PLC", {"company"}), ("Getinge AB", {"company"}), ("Elekta AB (publ)", {"company", "brackets"}),
    ("Swedish Orphan Biovitrum AB (publ)", {"company", "brackets"}), ("Mölnlycke Health Care AB", {"company"}),
    ("Vitrolife AB", {"company"}), ("KRY International AB", {"company"}), ("Photocure ASA", {"company"}),
    ("Orion Oyj", {"company"}), ("Oura Health Oy", {"company"}), ("mySugr GmbH", {"company", "lowercase"}),
    ("Kaia Health Software GmbH", {"company"}), ("Ada Health GmbH", {"company"}), ("Doctolib GmbH", {"company"}),
    ("Pharmig – Verband der pharmazeutischen Industrie Österreichs", {"trade-body", "dash"}),
    ("Verband Forschender Arzneimittelhersteller e.V. (vfa)", {"trade-body", "abbreviation", "lowercase"}),
    ("Bundesverband Medizintechnologie e.V. (BVMed)", {"trade-body", "abbreviation"}),
    ("Freiwillige Selbstkontrolle für die Arzneimittelindustrie e.V. (FSA)", {"trade-body", "abbreviation"}),
    ("Spitzenverband Digitale Gesundheitsversorgung e.V.", {"trade-body"}), ("Interpharma", {"trade-body"}),
    ("Lif – de forskande läkemedelsföretagen", {"trade-body", "dash", "lowercase"}),
    ("Lægemiddelindustriforeningen (Lif)", {"trade-body", "abbreviation"}), ("Legemiddelindustrien (LMI)", {"trade-body", "abbreviation"}),
    ("Pharma Industry Finland (PIF)", {"trade-body", "abbreviation"}),
    ("European Federation of Pharmaceutical Industries and Associations (EFPIA)", {"trade-body", "abbreviation"}),
    ("EFPIA", {"trade-body", "acronym"}), ("MedTech Europe", {"trade-body"}), ("IQVIA", {"market-research", "acronym"}),
    ("IQVIA Institute for Human Data Science", {"market-research"}), ("Statista", {"market-research"}),
    ("Simon-Kucher & Partners", {"company", "ampersand"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("Ernst & Young GmbH", {"company", "ampersand"}), ("Roland Berger", {"company"}), ("PwC Strategy&", {"company", "ampersand"}),
    ("Deloitte Centre for Health Solutions", {"company"}), ("Bain & Company", {"company", "ampersand"}),
    ("Techniker Krankenkasse", {"insurer"}), ("AOK-Bundesverband", {"insurer"}), ("GKV-Spitzenverband", {"insurer"}),
    ("Queen Silvia Children's Hospital", {"hospital", "apostrophe"}), ("St. Olav's University Hospital", {"hospital", "apostrophe"}),
    ("University Children's Hospital Zurich", {"hospital", "apostrophe"}), ("Charité – Universitätsmedizin Berlin", {"hospital", "dash"}),
    ("Karolinska Institutet", {"university"}), ("Rigshospitalet", {"hospital"}), ("World Health Organization", {"agency"}),
    ("WHO Regional Office for Europe", {"agency"}), ("OECD/European Commission", {"agency", "slash"}),
]  # fmt: skip
_AGENCIES: list[tuple[str, set[str], str]] = [
    ("European Medicines Agency", {"government"}, "https://www.ema.europa.eu/en/"),
    ("European Medicines Agency (EMA)", {"government", "abbreviation"}, "https://www.ema.europa.eu/en/"),
    ("Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM)", {"government", "abbreviation"}, "https://www.bfarm.de/DE/"),
    ("Bundesministerium für Gesundheit", {"government"}, "https://www.bundesgesundheitsministerium.de/"),
    ("Paul-Ehrlich-Institut", {"government"}, "https://www.pei.de/DE/"),
    ("Robert Koch-Institut", {"government"}, "https://www.rki.de/DE/"),
    ("Swissmedic", {"government"}, "https://www.swissmedic.ch/swissmedic/en/"),
    ("Bundesamt für Gesundheit (BAG)", {"government", "abbreviation"}, "https://www.bag.admin.ch/bag/de/"),
    ("Bundesamt für Sicherheit im Gesundheitswesen (BASG)", {"government", "abbreviation"}, "https://www.basg.gv.at/"),
    ("Läkemedelsverket", {"government"}, "https://www.lakemedelsverket.se/sv/"),
    ("Tandvårds- och läkemedelsförmånsverket (TLV)", {"government", "abbreviation", "dash"}, "https://www.tlv.se/"),
    ("Lægemiddelstyrelsen", {"government"}, "https://laegemiddelstyrelsen.dk/da/"),
    ("Danish Medicines Agency", {"government"}, "https://laegemiddelstyrelsen.dk/en/"),
    ("Direktoratet for medisinske produkter (DMP)", {"government", "abbreviation"}, "https://www.dmp.no/"),
    ("Fimea", {"government"}, "https://fimea.fi/en/"), ("Sundhedsstyrelsen", {"government"}, "https://www.sst.dk/da/"),
    ("European Commission", {"government"}, "https://health.ec.europa.eu/"),
    ("Medical Device Coordination Group (MDCG)", {"government", "abbreviation"}, "https://health.ec.europa.eu/medical-devices-sector/"),
    ("Statistisches Bundesamt (Destatis)", {"government", "abbreviation"}, "https://www.destatis.de/DE/"),
]  # fmt: skip
_LAWMAKERS: list[tuple[str, str, int, str]] = [  # who made it, its title, its year, where it is published online
    ("European Parliament and Council of the European Union", "Regulation (EU) 2017/745 of the European Parliament and of the Council of 5 April 2017 on medical devices", 2017, "https://eur-lex.europa.eu/eli/reg/2017/745/oj"),
    ("European Parliament and Council of the European Union", "Regulation (EU) 2017/746 of the European Parliament and of the Council of 5 April 2017 on in vitro diagnostic medical devices", 2017, "https://eur-lex.europa.eu/eli/reg/2017/746/oj"),
    ("European Parliament and Council of the European Union", "Directive 2001/83/EC on the Community code relating to medicinal products for human use", 2001, "https://eur-lex.europa.eu/eli/dir/2001/83/oj"),
    ("European Parliament and Council of the European Union", "Regulation (EU) 2021/2282 on health technology assessment", 2021, "https://eur-lex.europa.eu/eli/reg/2021/2282/oj"),
    ("European Parliament and Council of the European Union", "Regulation (EU) 2025/327 on the European Health Data Space", 2025, "https://eur-lex.europa.eu/eli/reg/2025/327/oj"),
    ("Deutscher Bundestag", "Gesetz über die Werbung auf dem Gebiete des Heilwesens (Heilmittelwerbegesetz – HWG) [Act on the advertising of medicinal products]", 1965, "https://www.gesetze-im-internet.de/heilmwerbg/"),
    ("Deutscher Bundestag", "Gesetz für eine bessere Versorgung durch Digitalisierung und Innovation (Digitale-Versorgung-Gesetz – DVG)", 2019, "https://www.bgbl.de/"),
    ("Deutscher Bundestag", "Gesetz zur Neuordnung des Arzneimittelmarktes in der gesetzlichen Krankenversicherung (AMNOG)", 2010, "https://www.bgbl.de/"),
    ("Deutscher Bundestag", "Gesetz zur Beschleunigung der Digitalisierung des Gesundheitswesens (Digital-Gesetz – DigiG)", 2024, "https://www.bgbl.de/"),
    ("Bundesministerium für Gesundheit", "Verordnung über das Verfahren und die Anforderungen zur Prüfung der Erstattungsfähigkeit digitaler Gesundheitsanwendungen (DiGAV)", 2020, "https://www.gesetze-im-internet.de/digav/"),
    ("Schweizerische Eidgenossenschaft", "Bundesgesetz über Arzneimittel und Medizinprodukte (Heilmittelgesetz, HMG) SR 812.21", 2000, "https://www.fedlex.admin.ch/eli/cc/2001/422/de"),
    ("Schweizerische Eidgenossenschaft", "Verordnung über die Arzneimittelwerbung (Arzneimittel-Werbeverordnung, AWV) SR 812.212.5", 2001, "https://www.fedlex.admin.ch/"),
    ("Republik Österreich", "Bundesgesetz vom 2. März 1983 über die Herstellung und das Inverkehrbringen von Arzneimitteln (Arzneimittelgesetz – AMG)", 1983, "https://www.ris.bka.gv.at/"),
    ("Sveriges riksdag", "Läkemedelslag (2015:315) [Medicinal Products Act]", 2015, "https://www.riksdagen.se/sv/dokument-och-lagar/"),
    ("Folketinget", "Lov om lægemidler (lægemiddelloven), LBK nr 99 af 16/01/2018 [Danish Medicines Act]", 2018, "https://www.retsinformation.dk/"),
    ("Stortinget", "Lov om legemidler m.v. (legemiddelloven) [Medicines Act]", 1992, "https://lovdata.no/"),
    ("Eduskunta", "Lääkelaki 395/1987 [Medicines Act]", 1987, "https://www.finlex.fi/fi/laki/"),
]  # fmt: skip
_HTA_BODIES = [("Gemeinsamer Bundesausschuss (G-BA)", {"government", "abbreviation"}),
               ("Gemeinsamer Bundesausschuss", {"government"}),
               ("Institut für Qualität und Wirtschaftlichkeit im Gesundheitswesen (IQWiG)", {"government", "abbreviation"}),
               ("Institut für Qualität und Wirtschaftlichkeit im Gesundheitswesen", {"government"}),
               ("IQWiG", {"government", "acronym"}), ("Tandvårds- och läkemedelsförmånsverket (TLV)", {"government", "abbreviation"}),
               ("Medicinrådet", {"government"}), ("Nye Metoder", {"government"}), ("Palko", {"government"})]  # fmt: skip
_SUBSTANCES = ["Tirzepatid", "Semaglutid", "Dapagliflozin", "Finerenon", "Inclisiran", "Lecanemab", "Tezepelumab",
               "Atogepant", "Vutrisiran", "Mavacamten", "Risankizumab", "Zanubrutinib", "Abrocitinib", "Efgartigimod alfa",
               "Sotatercept", "Donanemab", "Empagliflozin", "Nirsevimab"]  # fmt: skip
_INDICATIONS = ["Diabetes mellitus Typ 2", "Adipositas", "chronische Herzinsuffizienz", "Alzheimer-Krankheit",
                "Plaque-Psoriasis", "atopische Dermatitis", "Migräne-Prophylaxe", "hereditäre Transthyretin-Amyloidose",
                "schweres Asthma", "chronische Nierenerkrankung", "Mantelzell-Lymphom", "generalisierte Myasthenia gravis"]  # fmt: skip
_JOURNALS = ["Pharmaceutical Medicine", "Journal of Medical Marketing", "The Lancet", "Deutsches Ärzteblatt International",
             "Value in Health", "Health Policy", "Journal of Market Access & Health Policy", "PharmacoEconomics",
             "International Journal of Pharmaceutical and Healthcare Marketing", "Therapeutic Innovation & Regulatory Science",
             "Das Gesundheitswesen", "npj Digital Medicine", "Journal of Medical Internet Research", "BMJ Open",
             "The European Journal of Health Economics", "Scandinavian Journal of Public Health", "Läkartidningen",
             "Ugeskrift for Læger", "Tidsskrift for Den norske legeforening", "Duodecim", "Drug Discovery Today",
             "Nature Reviews Drug Discovery", "Journal of Business Research", "European Journal of Marketing",
             "Health Marketing Quarterly", "Frontiers in Pharmacology", "Expert Review of Medical Devices",
             "Zeitschrift für Evidenz, Fortbildung und Qualität im Gesundheitswesen"]  # fmt: skip
_PUBLISHERS = [("Springer Gabler", "Wiesbaden"), ("Springer", "Cham"), ("Routledge", "Abingdon"), ("Kogan Page", "London"),
               ("Pearson", "Harlow"), ("Thieme", "Stuttgart"), ("Elsevier", "München"), ("Gower", "Farnham"),
               ("Wiley-Blackwell", "Chichester"), ("Schäffer-Poeschel", "Stuttgart"), ("Studentlitteratur", "Lund"),
               ("Gyldendal", "København"), ("Universitetsforlaget", "Oslo"), ("Vahlen", "München"), ("Facultas", "Wien"),
               ("Versus", "Zürich"), ("Oxford University Press", "Oxford"), ("CRC Press", "Boca Raton")]  # fmt: skip
_PRESS = ["Handelsblatt", "Ärzte Zeitung", "Deutsches Ärzteblatt", "Frankfurter Allgemeine Zeitung", "Neue Zürcher Zeitung",
          "Der Standard", "Dagens Medicin", "Läkartidningen", "Dagens Industri", "Børsen", "Dagens Næringsliv",
          "Helsingin Sanomat", "Apotheke Adhoc", "Pharmazeutische Zeitung", "Fierce Pharma", "Endpoints News",
          "Financial Times", "Reuters", "PharmaTimes", "MedWatch"]  # fmt: skip
_CONGRESSES = [("ESC Congress 2024", "London", 2024), ("ESC Congress 2023", "Amsterdam", 2023), ("DGIM 2023", "Wiesbaden", 2023),
               ("DGIM 2024", "Wiesbaden", 2024), ("EASD 2023", "Hamburg", 2023), ("EASD 2024", "Madrid", 2024),
               ("ISPOR Europe 2023", "Copenhagen", 2023), ("ISPOR Europe 2022", "Vienna", 2022), ("DMEA 2024", "Berlin", 2024),
               ("ERS Congress 2022", "Barcelona", 2022), ("Vitalis 2023", "Göteborg", 2023), ("EAHP Congress 2024", "Bordeaux", 2024),
               ("DKOU 2022", "Berlin", 2022), ("HLTH Europe 2024", "Amsterdam", 2024)]  # fmt: skip
_UNIVERSITIES = ["Universität St. Gallen", "Universität Basel", "Ludwig-Maximilians-Universität München", "Universität Wien",
                 "Uppsala universitet", "Københavns Universitet", "Copenhagen Business School", "Aalto University",
                 "Karolinska Institutet", "BI Norwegian Business School", "Hochschule Fresenius", "University of Bradford",
                 "Ulster University", "WU Wien"]  # fmt: skip
_TOPICS = ["key account management", "omnichannel HCP engagement", "market access", "patient centricity",
           "launch excellence", "digital health applications", "real-world evidence", "medical science liaisons",
           "value-based pricing", "biosimilar uptake", "brand equity in OTC medicines", "rare disease marketing",
           "KOL management", "remote detailing", "pharmacovigilance communication", "patient support programmes",
           "AMNOG price negotiations", "MDR transition", "CE marking", "consumer health e-commerce", "GLP-1 demand",
           "health literacy", "shared decision-making", "direct-to-patient communication", "hospital tenders",
           "orphan drug pricing", "health app reimbursement", "sustainability in medtech", "generative AI in medical affairs"]  # fmt: skip
_GERMAN_TITLES = [("Marketing für Arzneimittel: Grundlagen und Praxis", "Pharmaceutical marketing: foundations and practice"),
                  ("Frühe Nutzenbewertung nach AMNOG: eine Zwischenbilanz", "Early benefit assessment under AMNOG: an interim review"),
                  ("Digitale Gesundheitsanwendungen in der Versorgung", "Digital health applications in care"),
                  ("Ärztliche Informationsquellen im Wandel", "Physicians' changing sources of information"),
                  ("Preisbildung für Medizinprodukte im Krankenhaus", "Pricing of medical devices in hospitals"),
                  ("Läkemedelsmarknadsföring och etik", "Pharmaceutical marketing and ethics"),
                  ("Sundhedsapps og patientinddragelse", "Health apps and patient involvement"),
                  ("Legemiddelreklame rettet mot allmennheten", "Medicines advertising aimed at the public"),
                  ("Lääkemarkkinoinnin valvonta Suomessa", "Supervision of medicines marketing in Finland"),
                  ("Die Apotheke als Marke", "The pharmacy as a brand"),
                  ("Außendienst nach der Pandemie", "Field force after the pandemic"),
                  ("Rezeptfreie Arzneimittel im Onlinehandel", "Non-prescription medicines in online retail")]  # fmt: skip


_PLACES = {"Bayer": "Leverkusen", "Merck": "Darmstadt", "Boehringer": "Ingelheim am Rhein", "Fresenius": "Bad Homburg",
           "Siemens": "Erlangen", "Dräger": "Lübeck", "Braun": "Melsungen", "STADA": "Bad Vilbel", "Ottobock": "Duderstadt",
           "Zeiss": "Jena", "Sartorius": "Göttingen", "Qiagen": "Venlo", "Novartis": "Basel", "Roche": "Basel",
           "Sandoz": "Basel", "Lonza": "Basel", "Sonova": "Stäfa", "Straumann": "Basel", "Novo": "Bagsværd",
           "Coloplast": "Humlebæk", "LEO": "Ballerup", "Lundbeck": "Valby", "Ambu": "Ballerup", "Demant": "Smørum",
           "Zealand": "Søborg", "AstraZeneca": "Cambridge", "Getinge": "Göteborg", "Elekta": "Stockholm",
           "Swedish Orphan": "Stockholm", "Mölnlycke": "Göteborg", "Vitrolife": "Göteborg", "KRY": "Stockholm",
           "Photocure": "Oslo", "Orion": "Espoo", "Oura": "Oulu", "mySugr": "Wien", "Kaia": "München", "Ada": "Berlin",
           "Doctolib": "Berlin", "Pharmig": "Wien", "Lif –": "Stockholm", "Lægemiddel": "København", "Legemiddel": "Oslo",
           "Finland": "Helsinki", "EFPIA": "Brussels", "European": "Brussels", "MedTech": "Brussels", "IQVIA": "Durham, NC",
           "Statista": "Hamburg", "Simon-Kucher": "Bonn", "McKinsey": "Düsseldorf", "Ernst": "Stuttgart", "Roland": "München",
           "PwC": "Zürich", "Deloitte": "London", "Bain": "München", "Techniker": "Hamburg", "Queen Silvia": "Göteborg",
           "Olav": "Trondheim", "Zurich": "Zürich", "Charité": "Berlin", "Karolinska": "Stockholm", "Rigshospitalet": "København",
           "World Health": "Geneva", "WHO": "Copenhagen", "OECD": "Paris", "Gemeinsamer": "Berlin", "Institut für Q": "Köln",
           "IQWiG": "Köln", "TLV": "Stockholm", "Medicinrådet": "København", "Nye Metoder": "Oslo", "Palko": "Helsinki",
           "BfArM": "Bonn", "Bundesministerium": "Berlin", "Paul-Ehrlich": "Langen", "Robert Koch": "Berlin",
           "Swissmedic": "Bern", "BAG": "Bern", "BASG": "Wien", "Läkemedelsverket": "Uppsala", "Danish": "København",
           "Lægemiddelstyrelsen": "København", "DMP": "Oslo", "Fimea": "Helsinki", "Sundhedsstyrelsen": "København",
           "MDCG": "Brussels", "Destatis": "Wiesbaden", "Commission": "Brussels", "EMA": "Amsterdam", "Medicines Agency": "Amsterdam"}  # fmt: skip


def _domain(name: str) -> str:
    """A body's own web address, from the first word of its name ("Coloplast A/S" at coloplast.com)."""
    plain = (
        unicodedata.normalize("NFKD", name.split()[0].replace("ø", "o").replace("æ", "ae"))
        .encode("ascii", "ignore")
        .decode()
    )
    word = re.sub(r"[^a-z0-9-]", "", plain.casefold()) or "health"
    return f"https://www.{word}.{'de' if name.endswith(('GmbH', 'e.V.', 'KGaA', 'AG')) else 'com'}/"


def _place(name: str) -> str:
    """Where a body publishes: its seat, so that an entry's place fits its publisher."""
    if "European Medicines" in name:
        return "Amsterdam"
    for word, place in _PLACES.items():
        if word in name:
            return place
    return "Berlin"


class Blind49WorkFactory(WorkFactory):
    """The blind49 pool's works: German-speaking and Nordic names and bodies, regulators, HTA dossiers and laws."""

    KINDS = ("book", "chapter", "journal", "web", "report", "hta", "legislation", "news", "conference", "thesis",
             "social", "market-data")  # fmt: skip
    _WEIGHTS = (10, 5, 25, 13, 11, 7, 6, 8, 5, 2, 3, 5)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 49049)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            fake = Faker(locale)
            fake.seed_instance(seed * 313 + index + 49)
            self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people and bodies
    def _faker_name(self, locale: str) -> tuple[str, str]:
        fake = self.fakers[locale]
        for _ in range(20):
            family = fake.last_name()
            if " " not in family and family[:1].isupper() and not family.endswith("II"):
                break
        given = fake.first_name()
        if "-" in given and not given.split("-")[1][:1].isupper():
            given = given.split("-")[0]
        return family, given

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.08:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.2:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.28:  # Turkish-German: a Turkish surname, a Turkish or a German given name
            family, given = self._faker_name("tr_TR")
            if self.rng.random() < 0.4:
                given = self._faker_name("de_DE")[1]
            return {"family": family, "given": given}
        locale = self.rng.choice(_LOCALES)
        family, given = self._faker_name(locale)
        if locale.startswith("de") and self.rng.random() < 0.1:  # double-barrelled
            family = f"{family}-{self._faker_name(self.rng.choice(['de_DE', 'de_AT']))[0]}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 22, 16, 10, 8, 6, 4, 4][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1988, 2007)
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        parts = issued["date-parts"][0] if issued else [2022]
        year = self.rng.randint(max(parts[0], 2022), 2026)
        month, day = self.rng.randint(1, 11 if year == 2026 else 12), self.rng.randint(1, 28)
        if year == parts[0] and len(parts) > 1:
            month = self.rng.randint(parts[1], max(parts[1], 11 if year == 2026 else 12))
            if month == parts[1] and len(parts) > 2:
                day = self.rng.randint(parts[2], 28) if parts[2] <= 28 else parts[2]
        return {"date-parts": [[year, month, day]]}

    def _dated(self, with_day: bool = False) -> dict[str, Any]:
        year = self.year()
        if with_day:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        country = self.rng.choice(["Germany", "the DACH region", "Sweden", "Denmark", "Norway", "Finland", "Switzerland",
                                   "Austria", "the Nordic countries", "Europe"])  # fmt: skip
        forms = [f"{topic[0].upper()}{topic[1:]} in {country}", f"The role of {topic} in {other}",
                 f"{topic[0].upper()}{topic[1:]}: lessons from {country}", f"Rethinking {topic} after the pandemic",
                 f"{topic[0].upper()}{topic[1:]} and {other}: a systematic review",
                 f"How physicians in {country} respond to {topic}", f"Measuring the impact of {topic}",
                 f"{topic[0].upper()}{topic[1:]} - a qualitative study of {self.rng.choice(['German', 'Swedish', 'Danish', 'Swiss', 'Norwegian', 'Finnish', 'Austrian'])} pharmacists"]  # fmt: skip
        if self.rng.random() < 0.12:
            original, translated = self.rng.choice(_GERMAN_TITLES)
            return f"{original} [{translated}]"
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a body's second work of the same year ("IQWiG, 2023a" and "2023b"): only among works of the
        # same kind, and an HTA body only with itself, so the title still fits the body.
        earlier = [o for o in self.dated_orgs if o[3] == kind and (kind != "hta" or o[0] == name)]
        if earlier and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued, _kind = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(p) for p in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"])
            if record.get("publisher"):
                record["publisher"] = name
                if "publisher-place" in record:
                    record["publisher-place"] = _place(name)
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"], kind))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._dated(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Handbuch Pharma-Marketing", "Pharmaceutical marketing in Europe",
                                                "Market access in Europe", "Healthcare marketing: a Nordic perspective",
                                                "Medizinprodukte-Marketing", "Digital health: a European handbook"]),
            "issued": self._dated(), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 35)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._dated(),
            "volume": str(self.rng.randint(1, 410)), "issue": str(self.rng.randint(1, 24)),
            "page": f"{start}-{start + self.rng.randint(5, 22)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"
            )
        elif self.rng.random() < 0.15:
            record["URL"] = f"https://www.aerzteblatt.de/archiv/{self.rng.randint(100000, 299999)}"
            record["accessed"] = self._accessed_after(record["issued"])
        return self._person_work(record, "journal")

    def _web(self) -> Work:
        roll = self.rng.random()
        if roll < 0.25:
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                      "URL": self.fakers["de_DE"].url() + self.fakers["de_DE"].uri_path()}  # fmt: skip
            if self.rng.random() < 0.85:
                record["issued"] = self._dated()
            if self.rng.random() < 0.85:
                record["accessed"] = self._accessed_after(record.get("issued"))
            return self._person_work(record, "web")
        if roll < 0.65:
            name, tags, url = self.rng.choice(_AGENCIES)
        else:
            name, tags = self.rng.choice(_ORGANISATIONS)
            url = _domain(name)
        title = self.rng.choice([self._title(), "Clinical trials in human medicines", "DiGA-Verzeichnis [DiGA directory]",
                                 "Guidance on qualification and classification of software", "Medicines under additional monitoring",
                                 "Fragen und Antworten zur frühen Nutzenbewertung [Questions and answers on early benefit assessment]",
                                 "Annual highlights", "Press release", "Über uns [About us]", "Patient information leaflets"])  # fmt: skip
        record = {"type": "webpage", "title": title, "URL": url + self.fakers["en_GB"].slug()}
        if self.rng.random() < 0.75:
            record["issued"] = self._dated(with_day=self.rng.random() < 0.3)
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record.get("issued"))
        return self._org(record, "web", name, tags)

    def _report(self) -> Work:
        if self.rng.random() < 0.5:
            name, tags = self.rng.choice(_ORGANISATIONS)
            base = _domain(name)
        else:
            name, tags, base = self.rng.choice(_AGENCIES)
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Geschäftsbericht {year} [Annual report {year}]",
                                 f"Årsredovisning {year} [Annual report {year}]", f"Sustainability report {year}",
                                 f"Pharma-Daten {year}", self._title(), self._title(),
                                 f"The pharmaceutical industry in figures: {year} edition"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": _place(name)}  # fmt: skip
        if self.rng.random() < 0.1:
            record.pop("issued")
        if self.rng.random() < 0.55:
            record["URL"] = f"{base}{self.fakers['en_GB'].slug()}.pdf"
            if self.rng.random() < 0.9:
                record["accessed"] = self._accessed_after(record.get("issued"))
        return self._org(record, "report", name, tags)

    def _hta(self) -> Work:
        name, tags = self.rng.choice(_HTA_BODIES)
        substance, indication = self.rng.choice(_SUBSTANCES), self.rng.choice(_INDICATIONS)
        year = self.rng.randint(2012, 2025)
        code = f"A{year % 100:02d}-{self.rng.randint(1, 140)}"
        if "IQWiG" in name or "Institut" in name:
            title = f"{substance} ({indication}): Nutzenbewertung gemäß § 35a SGB V. Dossierbewertung {code}"
        elif "Gemeinsamer" in name:
            title = f"Beschluss über eine Änderung der Arzneimittel-Richtlinie (AM-RL): Anlage XII – Nutzenbewertungen nach § 35a SGB V – {substance} ({indication})"
        else:
            title = f"{substance}: health economic assessment [{self.rng.choice(['Hälsoekonomisk bedömning', 'Medicinrådets anbefaling', 'Metodevurdering', 'Lääkearvio'])}]"
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": _place(name)}  # fmt: skip
        if self.rng.random() < 0.7:
            site = next((s for k, s in (("IQWiG", "iqwig.de/projekte"), ("Institut", "iqwig.de/projekte"), ("Gemeinsamer", "g-ba.de/beschluesse"),
                                        ("TLV", "tlv.se/beslut"), ("Medicinrådet", "medicinraadet.dk"), ("Nye", "nyemetoder.no"),
                                        ("Palko", "palko.fi")) if k in name), "g-ba.de")  # fmt: skip
            record["URL"] = f"https://www.{site}/{code.lower()}"
            if self.rng.random() < 0.85:
                record["accessed"] = self._accessed_after(record["issued"])
        return self._org(record, "hta", name, tags)

    def _legislation(self) -> Work:
        maker, title, year, url = self.rng.choice(_LAWMAKERS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if maker.startswith("European"):
            record["container-title"] = "Official Journal of the European Union"
        if self.rng.random() < 0.7:
            record["URL"] = url
            if self.rng.random() < 0.85:
                record["accessed"] = self._accessed_after(record["issued"])
        return self._org_work(record, "legislation", maker, {"government", "legislation"})

    def _news(self) -> Work:
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(),
                                  "container-title": self.rng.choice(_PRESS), "issued": self._dated(with_day=True)}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self.fakers["de_DE"].url() + self.fakers["de_DE"].uri_path()
            if self.rng.random() < 0.85:
                record["accessed"] = self._accessed_after(record["issued"])
        if self.rng.random() < 0.8:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _conference(self) -> Work:
        congress, place, year = self.rng.choice(_CONGRESSES)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(6),
                                  "container-title": congress, "event-place": place,
                                  "issued": {"date-parts": [[year, self.rng.randint(3, 11), self.rng.randint(1, 28)]]}}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://{self.fakers['en_GB'].domain_name()}/abstract/{self.rng.randint(1000, 9999)}"
            record["accessed"] = self._accessed_after(record["issued"])
        return self._person_work(record, "conference")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["MSc dissertation", "MBA dissertation", "Masterarbeit", "PhD thesis"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "issued": self._dated()}  # fmt: skip
        return self._person_work(record, "thesis")

    def _social(self) -> Work:
        record: dict[str, Any] = {"type": "post", "title": self._title(), "author": [self.person()],
                                  "container-title": self.rng.choice(["LinkedIn", "LinkedIn", "X", "YouTube"]),
                                  "URL": f"https://www.linkedin.com/posts/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = self._dated(with_day=True)
        record["accessed"] = self._accessed_after(record.get("issued"))
        return self._person_work(record, "social")

    def _market_data(self) -> Work:
        name = self.rng.choice(["IQVIA", "Statista", "IQVIA Institute for Human Data Science", "Statista Research Department",
                                "Insight Health", "Evaluate Ltd", "GlobalData", "Fitch Solutions"])  # fmt: skip
        market = self.rng.choice(["OTC analgesics", "GLP-1 receptor agonists", "biosimilars", "digital health applications",
                                  "medical devices", "prescription medicines", "consumer health", "in vitro diagnostics"])  # fmt: skip
        country = self.rng.choice(
            ["Germany", "Switzerland", "Austria", "Sweden", "Denmark", "Norway", "Finland", "Europe"]
        )
        year = self.year()
        title = self.rng.choice([f"Pharmaceutical market {country} {year}", f"Revenue of the {market} market in {country} from 2018 to 2029",
                                 f"{market[0].upper()}{market[1:]}: {country} market outlook to 2030",
                                 f"The use of medicines in {country}: outlook to {year + 5}", f"Top 10 {market} brands in {country} by sales, Q{self.rng.randint(1, 4)} {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record.get("issued"))
        return self._org(record, "market-data", name, {"market-research"})
