"""Works for the ninety-eighth held-out pool, "blind98": what marketers in Nepal, Bhutan, Myanmar and the Maldives cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninety-eighth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital, destination, fundraising and communications marketers at resort groups, airlines, trekking and tour
operators, tourism boards, telecoms, banks and remittance firms, FMCG makers, supermarket chains, NGOs and
development agencies in Kathmandu, Pokhara, Lalitpur, Thimphu, Paro, Phuntsholing, Yangon, Mandalay, Naypyidaw, Malé
and Hulhumalé write their CIM Level 6 and 7 reports and MBA assignments: regional journals (NepJOL DOIs among them)
with one to eight authors, textbooks from London and Kathmandu publishers, chapters, theses from Tribhuvan,
Kathmandu, the Royal University of Bhutan, the Yangon University of Economics and the Maldives National University,
Nepali, Dzongkha, Burmese and Dhivehi titles transliterated with English translations in square brackets, company,
bank, telecom, tourism-board, NGO, development-agency, regulator, statistics-office, government and legislation
works (Acts with their Vikram Sambat and Gregorian years, law numbers, directives and circulars), research-firm
reports, the regional press signed and unsigned, Facebook, Instagram, TikTok, YouTube and Viber posts and podcasts,
web pages with and without dates and access dates; Nepali caste surnames ("Thapa Magar", "K.C.", "B.K."),
Bhutanese and Burmese names without family names (some with honorifics), Maldivian names and expatriate names with
particles, hyphens and accents.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_NEPALI_GIVEN = ["Ramesh", "Sushila", "Bikash", "Anju", "Prakash", "Sarita", "Rojina", "Suman", "Dipesh", "Pratima",
                 "Nabin", "Kabita", "Bishnu", "Ganga", "Laxmi", "Rabindra", "Saraswati", "Hari", "Sagun", "Pemba",
                 "Nirajan", "Srijana", "Aashish", "Manisha", "Bibek", "Shristi", "Kiran", "Asmita", "Roshan",
                 "Puja", "Santosh", "Binita", "Rupesh", "Anisha", "Gopal", "Yubaraj", "Nisha", "Ujjwal"]  # fmt: skip
_NEPALI_FAMILY = ["Shrestha", "Sharma", "Gurung", "Tamang", "Thapa Magar", "K.C.", "B.K.", "Adhikari", "Pokharel",
                  "Bhattarai", "Maharjan", "Rai", "Limbu", "Sherpa", "Joshi", "Pradhan", "Poudel", "Karki", "Bista",
                  "Dahal", "Rana", "Shakya", "Bajracharya", "Tuladhar", "Ghimire", "Lama", "Upreti", "Koirala",
                  "Khadka", "Chaudhary", "Yadav", "Jha", "Baniya", "Pun", "Thapa", "Subedi", "Acharya", "Dhakal",
                  "Neupane", "Paudel", "Aryal", "Bhandari", "Gautam", "Sapkota", "Timilsina", "Rijal"]  # fmt: skip
# Bhutanese names: two given names and no family name.
_BHUTANESE = ["Dorji Wangchuk", "Karma Choden", "Sonam Tshering", "Tshering Yangzom", "Kinley Wangmo", "Pema Lhamo",
              "Ugyen Dorji", "Jigme Namgyel", "Dechen Pelden", "Tandin Wangmo", "Phuntsho Wangdi", "Yeshey Dema",
              "Sangay Tenzin", "Chimi Dema", "Namgay Zam", "Kezang Dema", "Tashi Phuntsho", "Rinzin Penjor",
              "Ngawang Tobgay", "Deki Yangchen", "Sherab Gyeltshen", "Lhaden Pelmo", "Thinley Norbu", "Choki Wangmo"]  # fmt: skip
# Burmese names: no family name; an honorific now and then.
_BURMESE = ["Khin Myo Thant", "Aung Kyaw Moe", "Min Thu", "Thandar Win", "Nyein Chan Aung", "Su Myat Noe",
            "Zaw Lin Htet", "Ei Mon Kyaw", "Hnin Wai Phyo", "Kyaw Zin Oo", "Thiri Htun", "May Thu Aung",
            "Htet Naing Lin", "Myat Noe Khin", "Soe Moe Naing", "Wai Yan Phyo", "Khaing Zar Lwin", "Tin Tin Aye",
            "Naw Eh Htoo", "Sai Kham Leng", "Phyo Wai Zin", "Yadanar Oo"]  # fmt: skip
_HONORIFICS = {"male": ["U", "Ko", "Maung"], "female": ["Daw", "Ma"]}
_BURMESE_FEMALE = {"Khin Myo Thant", "Thandar Win", "Su Myat Noe", "Ei Mon Kyaw", "Hnin Wai Phyo", "Thiri Htun",
                   "May Thu Aung", "Myat Noe Khin", "Khaing Zar Lwin", "Tin Tin Aye", "Naw Eh Htoo", "Yadanar Oo"}  # fmt: skip
_MALDIVIAN_GIVEN = ["Mohamed", "Aishath", "Ibrahim", "Fathimath", "Ahmed", "Mariyam", "Hussain", "Aminath", "Ali",
                    "Hawwa", "Abdulla", "Shifa", "Hassan", "Mohamed Shiham", "Aishath Nazma", "Ibrahim Zuhair"]  # fmt: skip
_MALDIVIAN_FAMILY = ["Rasheed", "Shareef", "Waheed", "Moosa", "Zahir", "Naseem", "Didi", "Manik", "Latheef",
                     "Saeed", "Riyaz", "Adam", "Hameed", "Nizar", "Shakoor", "Fulhu", "Hilmy", "Maniku"]  # fmt: skip
# Expatriates: tourism academics, consultants, donor staff and resort managers.
_EXPAT = [
    ("Müller", "Jürgen", None), ("Søndergaard", "Mette", None), ("Berg", "Hans-Peter", "van der"),
    ("Vliet", "Anne-Sophie", "van"), ("Dubois", "Jean-Claude", None), ("Núñez", "Lucía", None),
    ("Wüthrich", "Regula", None), ("Schär", "Beat", None), ("Ó Súilleabháin", "Niamh", None),
    ("MacLeod", "Fiona", None), ("O'Reilly", "Declan", None), ("Smith", "Rebecca", None), ("Taylor", "James", None),
    ("Hughes", "Clare", None), ("Kim", "Ji-Woo", None), ("Tanaka", "Hiroshi", None), ("Suwannarat", "Kanya", None),
    ("Iyer", "Priya", None), ("Bhattacharya", "Arjun", None), ("Fernando", "Dilani", None), ("Perera", "Ruwan", None),
    ("Nguyễn", "Thi Lan", None), ("Łukasik", "Marta", None), ("Brandão", "João", None), ("Cunha", "Inês", "da"),
    ("Hoffmann-Berger", "Katrin", None), ("Rossi", "Giulia", None), ("Andersson", "Björn", None),
    ("Lefèvre", "Amélie", None), ("Hassan", "Abdel-Rahman", None), ("Williams-Shah", "Tom", None),
]  # fmt: skip

# Real organisations these marketers cite, as they write them as authors, with tags saying what makes them hard.
_COMPANIES = [
    ("Chaudhary Group", {"company"}), ("CG Corp Global", {"company"}), ("CG Foods", {"company"}),
    ("Nepal Telecom", {"company"}), ("Nepal Doorsanchar Company Limited", {"company"}),
    ("Ncell Axiata Limited", {"company"}), ("Nabil Bank Limited", {"company"}), ("Himalayan Bank Ltd", {"company"}),
    ("F1Soft International Pvt. Ltd.", {"company", "full-stop"}), ("eSewa", {"company"}),
    ("Khalti Digital Wallet Pvt. Ltd.", {"company", "full-stop"}), ("Himalayan Java Coffee", {"company"}),
    ("Bhat-Bhateni Supermarket", {"company", "hyphen"}), ("Buddha Air Pvt. Ltd.", {"company", "full-stop"}),
    ("Yeti Airlines", {"company"}), ("Bhutan Telecom Ltd", {"company"}),
    ("Tashi InfoComm Limited", {"company"}), ("Bank of Bhutan Limited", {"company"}),
    ("Druk Air Corporation Limited", {"company"}), ("Drukair", {"company"}),
    ("Druk Holding and Investments (DHI)", {"company", "abbreviation"}), ("Myanmar Brewery Limited", {"company"}),
    ("Ooredoo Myanmar", {"company"}), ("Myanma Posts and Telecommunications (MPT)", {"company", "abbreviation"}),
    ("KBZ Bank", {"company", "acronym"}), ("Kanbawza Bank Ltd", {"company"}),
    ("Digital Money Myanmar Ltd", {"company"}), ("Wave Money", {"company"}),
    ("City Mart Holding Co., Ltd.", {"company", "comma", "full-stop"}), ("Shwe Taung Group", {"company"}),
    ("Dhivehi Raajjeyge Gulhun PLC", {"company"}), ("Dhiraagu", {"company"}), ("Ooredoo Maldives PLC", {"company"}),
    ("Bank of Maldives PLC", {"company"}), ("Island Aviation Services Ltd", {"company"}),
    ("Sun Siyam Resorts", {"company"}), ("Himalayan Bank Ltd.", {"company", "full-stop"}),
    ("IME Group", {"company", "acronym"}), ("Prabhu Money Transfer Pvt. Ltd.", {"company", "full-stop"}),
    ("Gorkha Brewery Pvt. Ltd.", {"company", "full-stop"}), ("Shivam Cements Ltd", {"company"}),
    ("Tashi Group of Companies", {"company"}), ("Ngul Karma Tea & Co.", {"company", "ampersand", "full-stop"}),
    ("Amari Raaya & Resorts Pvt Ltd", {"company", "ampersand"}),
]  # fmt: skip
_BODIES = [
    ("Nepal Tourism Board", {"tourism-board"}), ("Nepal Tourism Board (NTB)", {"tourism-board", "abbreviation"}),
    ("NTB", {"tourism-board", "acronym"}), ("Tourism Council of Bhutan", {"tourism-board"}),
    ("Department of Tourism", {"government"}), ("Visit Maldives", {"tourism-board"}),
    ("Maldives Marketing & PR Corporation (MMPRC)", {"tourism-board", "ampersand", "abbreviation"}),
    ("Myanmar Tourism Federation", {"trade-body"}), ("Hotel Association Nepal (HAN)", {"trade-body", "abbreviation"}),
    ("Trekking Agencies' Association of Nepal (TAAN)", {"trade-body", "apostrophe", "abbreviation"}),
    ("Maldives Association of Tourism Industry (MATI)", {"trade-body", "abbreviation"}),
    ("Nepal Remittance Companies' Association", {"trade-body", "apostrophe"}),
    ("Federation of Nepalese Chambers of Commerce & Industry (FNCCI)", {"trade-body", "ampersand", "abbreviation"}),
    ("Bhutan Chamber of Commerce & Industry", {"trade-body", "ampersand"}),
    ("UNDP", {"development", "acronym"}), ("United Nations Development Programme", {"development"}),
    ("Asian Development Bank", {"development"}), ("ADB", {"development", "acronym"}),
    ("World Bank", {"development"}), ("World Bank Group", {"development"}),
    ("Helvetas Swiss Intercooperation", {"ngo"}), ("Helvetas", {"ngo"}), ("SNV Netherlands Development Organisation", {"ngo"}),
    ("The Asia Foundation", {"ngo"}), ("UNICEF Nepal", {"development"}), ("Save the Children", {"ngo"}),
    ("Oxfam in Nepal", {"ngo"}), ("International Labour Organization (ILO)", {"development", "abbreviation"}),
    ("International Centre for Integrated Mountain Development (ICIMOD)", {"development", "abbreviation"}),
    ("GSMA", {"trade-body", "acronym"}), ("World Travel & Tourism Council", {"trade-body", "ampersand"}),
    ("UN Tourism", {"development"}), ("Pacific Asia Travel Association (PATA)", {"trade-body", "abbreviation"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Nepal Rastra Bank", {"regulator"}), ("Nepal Rastra Bank (NRB)", {"regulator", "abbreviation"}),
    ("Royal Monetary Authority of Bhutan", {"regulator"}), ("Royal Monetary Authority of Bhutan (RMA)", {"regulator", "abbreviation"}),
    ("Central Bank of Myanmar", {"regulator"}), ("Maldives Monetary Authority (MMA)", {"regulator", "abbreviation"}),
    ("Maldives Monetary Authority", {"regulator"}), ("National Statistics Office", {"statistics"}),
    ("Central Bureau of Statistics", {"statistics"}), ("National Statistics Bureau", {"statistics"}),
    ("National Statistics Bureau of Bhutan", {"statistics"}), ("Maldives Bureau of Statistics", {"statistics"}),
    ("Ministry of Culture, Tourism and Civil Aviation", {"government", "comma"}),
    ("Ministry of Tourism", {"government"}), ("Ministry of Hotels and Tourism", {"government"}),
    ("Nepal Telecommunications Authority", {"regulator"}), ("Bhutan InfoComm and Media Authority", {"regulator"}),
    ("Communications Authority of Maldives", {"regulator"}), ("Department of Foreign Employment", {"government"}),
    ("Ministry of Finance", {"government"}), ("Ministry of Labour, Employment and Social Security", {"government", "comma"}),
    ("Gross National Happiness Commission", {"government"}), ("Government of Nepal", {"government"}),
    ("Royal Government of Bhutan", {"government"}), ("Securities Board of Nepal (SEBON)", {"regulator", "abbreviation"}),
]  # fmt: skip
_RESEARCH = ["Kantar", "Nielsen", "NielsenIQ", "Ipsos", "GSMA Intelligence", "Euromonitor International", "Statista",
             "DataReportal", "Kepios", "The Asia Foundation", "Frontier Myanmar Research", "Myanmar Survey Research"]  # fmt: skip
_PRESS = ["The Kathmandu Post", "The Himalayan Times", "Republica", "myRepublica", "Kuensel", "The Bhutanese",
          "Business Bhutan", "The Irrawaddy", "Frontier Myanmar", "Myanmar Times", "The Edition", "Sun Online",
          "Avas", "Nepali Times", "Online Khabar", "Setopati", "Kathmandu Post", "Global New Light of Myanmar",
          "Maldives Independent", "PSM News"]  # fmt: skip
_PRESS_HOSTS = {"The Kathmandu Post": "kathmandupost.com", "Kathmandu Post": "kathmandupost.com",
                "The Himalayan Times": "thehimalayantimes.com", "Republica": "myrepublica.nagariknetwork.com",
                "myRepublica": "myrepublica.nagariknetwork.com", "Kuensel": "kuenselonline.com",
                "The Bhutanese": "thebhutanese.bt", "Business Bhutan": "businessbhutan.bt",
                "The Irrawaddy": "www.irrawaddy.com", "Frontier Myanmar": "www.frontiermyanmar.net",
                "Myanmar Times": "www.mmtimes.com", "The Edition": "edition.mv", "Sun Online": "sun.mv", "Avas": "avas.mv",
                "Nepali Times": "nepalitimes.com", "Online Khabar": "english.onlinekhabar.com", "Setopati": "en.setopati.com",
                "Global New Light of Myanmar": "www.gnlm.com.mm", "Maldives Independent": "maldivesindependent.com",
                "PSM News": "psmnews.mv"}  # fmt: skip
_JOURNALS = ["Journal of Tourism and Hospitality Education", "Tourism Management Perspectives",
             "Journal of Bhutan Studies", "Asia Pacific Journal of Marketing and Logistics",
             "Journal of Destination Marketing & Management", "South Asian Journal of Business Studies",
             "Nepalese Journal of Management", "The Journal of Nepalese Business Studies",
             "Journal of Business and Social Sciences Research", "Journal of Heritage Tourism",
             "Asia Pacific Journal of Tourism Research", "Tourism Recreation Research", "Journal of Sustainable Tourism",
             "Island Studies Journal", "International Journal of Bank Marketing", "Telecommunications Policy",
             "Journal of Islamic Marketing", "Journal of Asian Business and Economic Studies",
             "Journal of Myanmar Academy of Arts and Science", "Journal of Marketing Management",
             "Journal of Business Research", "Tourism Management", "Journal of Travel Research",
             "Nepal Tourism and Development Review", "Bhutan Journal of Research and Development",
             "Journal of Financial Services Marketing", "Journal of Nonprofit & Public Sector Marketing"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"),
               ("CABI", "Wallingford"), ("Channel View Publications", "Bristol"), ("Ekta Books", "Kathmandu"),
               ("Heritage Publishers & Distributors", "Kathmandu"), ("Vajra Books", "Kathmandu"),
               ("Buddha Academic Enterprises", "Kathmandu"), ("Orchid Press", "Bangkok"), ("Silkworm Books", "Chiang Mai"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Goodfellow Publishers", "Oxford"),
               ("Asmita Books", "Kathmandu"), ("Centre for Bhutan & GNH Studies", "Thimphu"),
               ("Palgrave Macmillan", "Cham"), ("Springer", "Singapore")]  # fmt: skip
_UNIVERSITIES = [("Tribhuvan University", "Kathmandu"), ("Kathmandu University School of Management", "Lalitpur"),
                 ("Kathmandu University", "Dhulikhel"), ("Pokhara University", "Pokhara"),
                 ("Royal University of Bhutan", "Thimphu"), ("Gaeddu College of Business Studies", "Gedu"),
                 ("Yangon University of Economics", "Yangon"), ("Maldives National University", "Malé"),
                 ("Islamic University of Maldives", "Malé"), ("Mandalay University of Foreign Languages", "Mandalay")]  # fmt: skip
_THESES = ["MBA dissertation", "MBA thesis", "MPhil thesis", "PhD thesis", "EMBA dissertation", "MBS thesis",
           "Master's thesis", "BBA project report"]  # fmt: skip

_TOPICS = ["destination branding", "trekking tourism", "mobile wallets", "remittance channels", "digital payments",
           "instant noodle brand loyalty", "homestay tourism", "high-value, low-volume tourism", "resort pricing",
           "airline service quality", "customer churn in telecoms", "mobile data bundles", "bank switching",
           "cause-related marketing", "donor retention", "social media fundraising", "eco-lodge marketing",
           "festival promotions", "brand trust in private banks", "supermarket loyalty cards", "tea exports",
           "beer advertising restrictions", "cement branding", "influencer marketing", "TikTok advertising",
           "QR payments", "diaspora marketing", "Gross National Happiness and consumption", "liveaboard diving",
           "guesthouse islands", "word of mouth", "customer satisfaction", "service recovery", "green hotels",
           "Visit Nepal 2020", "post-pandemic tourism recovery", "financial inclusion", "mobile banking adoption",
           "women entrepreneurs", "youth migration", "halal tourism", "honeymoon travel", "coffee culture",
           "FMCG distribution", "rural retail", "brand heritage", "country-of-origin effects"]  # fmt: skip
_PLACES = ["Nepal", "Kathmandu Valley", "Pokhara", "the Annapurna region", "Bhutan", "Thimphu", "Paro", "Myanmar",
           "Yangon", "Mandalay", "Bagan", "the Maldives", "Malé", "Hulhumalé", "South Asia", "the Himalaya",
           "Lumbini", "Chitwan", "Inle Lake", "Addu City", "Phuntsholing", "Mustang"]  # fmt: skip
_AUDIENCES = ["Gen Z consumers", "millennial travellers", "Chinese tourists", "Indian tourists", "migrant workers",
              "returnee migrants", "women customers", "rural households", "small merchants", "university students",
              "domestic tourists", "luxury travellers", "backpackers", "unbanked adults", "trekkers"]  # fmt: skip
# Titles in Nepali, Dzongkha, Burmese and Dhivehi, romanised, with the English translation in square brackets.
_LOCAL_TITLES = [
    "Nepalma digital bhuktaniko bikas [The growth of digital payments in Nepal]",
    "Paryatan bazarikaran: siddhanta ra abhyas [Tourism marketing: theory and practice]",
    "Bipreshan ra grameen upabhog [Remittances and rural consumption]",
    "Gra nyam dang gyalyong dga' skyid [Consumption and Gross National Happiness]",
    "Druk yul gyi tshong las [Business in Bhutan]",
    "Myanmar lokepyin hnint kyaw-nyar [Myanmar business and advertising]",
    "Kon-thee-yay sa-mar [The consumer's voice]",
    "Dhivehi raajjeyge tourism [Tourism in the Maldives]",
    "Rashuge dhirun [Island life]",
    "Bajar anusandhan: Nepali sandarbha [Market research: the Nepali context]",
    "Upabhokta byabahar [Consumer behaviour]",
    "Banking sewa ra grahak santushti [Banking services and customer satisfaction]",
    "Ngwe-lwe-pyaung hmu [Money transfer]",
    "Dashain ra bazar [Dashain and the market]",
]  # fmt: skip


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Blind98WorkFactory(WorkFactory):
    """The blind98 pool's works (see the module's docstring). HELD OUT: never tune on it."""

    KINDS = ("book", "chapter", "journal", "thesis", "report", "web", "news", "social", "podcast", "legislation")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 98098)
        self.dated: list[tuple[str, set[str], dict[str, Any], str]] = []  # organisations' dated works, to pair

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.38:
            return {"family": rng.choice(_NEPALI_FAMILY), "given": rng.choice(_NEPALI_GIVEN)}
        if roll < 0.50:
            name = rng.choice(_BHUTANESE)
            if rng.random() < 0.5:  # as written: no family name
                return {"literal": name}
            given, family = name.split()
            return {"family": family, "given": given}  # as a database indexes it
        if roll < 0.63:
            name = rng.choice(_BURMESE)
            if rng.random() < 0.5:
                if rng.random() < 0.3:
                    sex = "female" if name in _BURMESE_FEMALE else "male"
                    name = f"{rng.choice(_HONORIFICS[sex])} {name}"
                return {"literal": name}
            words = name.split()
            return {"family": words[-1], "given": " ".join(words[:-1])}
        if roll < 0.75:
            return {"family": rng.choice(_MALDIVIAN_FAMILY), "given": rng.choice(_MALDIVIAN_GIVEN)}
        family, given, particle = rng.choice(_EXPAT)
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            one = self.person()
            if one not in people:
                people.append(one)
        return people

    def organisation(self, pools: tuple[list[tuple[str, set[str]]], ...] = ()) -> tuple[str, set[str]]:
        table = self.rng.choice(pools or (_COMPANIES, _BODIES, _GOVERNMENT))
        name, tags = self.rng.choice(table)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1978, 1999)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        start = datetime.date(2023, 1, 1)
        if issued is not None:
            parts = issued["date-parts"][0]
            start = max(
                start, datetime.date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28)
            )
        day = start + datetime.timedelta(days=self.rng.randint(0, 700))
        day = min(day, datetime.date(2026, 11, 28)) if day.year > 2026 else day
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _id(self) -> str:
        self.counter += 1
        return f"b98w{self.counter}"

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.08:
            return rng.choice(_LOCAL_TITLES)
        topic, place, audience = rng.choice(_TOPICS), rng.choice(_PLACES), rng.choice(_AUDIENCES)
        forms = [
            f"{_cap(topic)} in {place}: evidence from {audience}",
            f"The effect of {topic} on {rng.choice(_TOPICS)} among {audience}",
            f"{_cap(topic)} and {rng.choice(_TOPICS)}: a study of {place}",
            f"Determinants of {topic} in {place}",
            f"Rethinking {topic} for {audience} in {place}",
            f"{_cap(audience)} and {topic}: the case of {place}",
            f"Understanding {topic}: lessons from {place}",
            f"From {topic} to {rng.choice(_TOPICS)}: {place} after COVID-19",
        ]
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "report", "web", "news", "social", "podcast", "legislation"],
            weights=[12, 5, 26, 5, 18, 14, 10, 4, 2, 4],
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind)()
        return work

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        if "literal" in first:
            lead = first["literal"]
        else:
            lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("Nepal Rastra Bank, 2023a, 2023b").
        if self.dated and "issued" in record and kind != "legislation" and self.rng.random() < 0.12:
            name, tags, issued, _kind = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record and kind != "legislation":
            self.dated.append((name, tags, record["issued"], kind))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        host = host or self.rng.choice(["www.nepalbusinessreview.com.np", "bhutanmarketing.bt", "www.mmbiz.com.mm",
                                        "corporatemaldives.com", "www.travelwriter.blog", "medium.com/@" + fake.user_name()])  # fmt: skip
        return f"https://{host}/{fake.slug()}"

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self._title() if self.rng.random() < 0.6 else self.rng.choice(
            ["Marketing management: a South Asian perspective", f"Tourism marketing for {self.rng.choice(_PLACES)}",
             f"Principles of marketing: {self.rng.choice(['an Asian', 'a Nepali', 'a global'])} edition",
             f"Services marketing in {self.rng.choice(_PLACES)}", f"Consumer behaviour in {self.rng.choice(_PLACES)}",
             f"Digital marketing for {self.rng.choice(_AUDIENCES)}", f"Brand management: cases from {self.rng.choice(_PLACES)}"])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 17))
        if self.rng.random() < 0.1:
            record["URL"] = self._url("books.google.com.np")
            record["accessed"] = self.accessed_after(record["issued"])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": f"{self.rng.choice(['Tourism in', 'Marketing in', 'Business and society in', 'The Routledge handbook of tourism in'])} {self.rng.choice(_PLACES)}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 35)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        journal = self.rng.choice(_JOURNALS)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8), "container-title": journal,
            "issued": {"date-parts": [[self.year()]]}, "volume": str(self.rng.randint(1, 60)),
            "issue": str(self.rng.randint(1, 4)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        roll = self.rng.random()
        if roll < 0.3:  # NepJOL, Bhutan and Emerald-style DOIs
            record["DOI"] = self.rng.choice([
                f"10.3126/{self.rng.choice(['jthe', 'njm', 'jnbs', 'jbssr', 'ntdr'])}.v{self.rng.randint(1, 14)}i{self.rng.randint(1, 4)}.{self.rng.randint(10000, 69999)}",
                f"10.1108/{self.rng.choice(['APJML', 'SAJBS', 'IJBM', 'JIMA'])}-{self.rng.randint(2015, 2024)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(100, 999):04d}",
                f"10.1016/j.{self.rng.choice(['tmp', 'jdmm', 'tourman'])}.{self.rng.randint(2012, 2025)}.{self.rng.randint(100000, 999999)}",
            ])  # fmt: skip
        elif roll < 0.4:
            record["URL"] = (
                f"https://www.nepjol.info/index.php/{self.rng.choice(['jthe', 'njm', 'jnbs'])}/article/view/{self.rng.randint(10000, 70000)}"
            )
            record["accessed"] = self.accessed_after(record["issued"])
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(_THESES), "publisher": university, "publisher-place": place,
                                  "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]}}  # fmt: skip
        if self.rng.random() < 0.3:
            record["URL"] = self._url("elibrary.tucl.edu.np" if "Tribhuvan" in university else "repository.example.edu")
            record["accessed"] = self.accessed_after(record["issued"])
        return self._person_work(record, "thesis")

    def _report(self) -> Work:
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:  # a person's report for an agency or NGO
            record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(4),
                                      "publisher": rng.choice(_BODIES)[0].split(" (")[0], "publisher-place": rng.choice(["Kathmandu", "Thimphu", "Yangon", "Malé", "Manila", "Washington, DC"]),
                                      "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
            return self._person_work(record, "report")
        year = self.year()
        fiscal = f"{year + 57}/{str(year + 58)[-2:]}"  # the Nepali fiscal year in Vikram Sambat
        if roll < 0.35:
            name = rng.choice(_RESEARCH)
            tags = {"market-research"}
            title = rng.choice([f"Digital {year}: {rng.choice(['Nepal', 'Bhutan', 'Myanmar', 'Maldives'])}",
                                f"The mobile economy Asia Pacific {year}",
                                f"{_cap(rng.choice(['instant noodles', 'beer', 'tea', 'packaged water', 'cement', 'mobile data', 'skin care']))} in {rng.choice(['Nepal', 'Myanmar', 'Bhutan', 'the Maldives'])}",
                                f"Brand footprint {rng.choice(['Nepal', 'Myanmar', 'South Asia'])} {year}",
                                f"A survey of the {rng.choice(['Nepali', 'Myanmar'])} people in {year}",
                                f"{rng.choice(['Consumer', 'Retail', 'Shopper'])} trends in {rng.choice(_PLACES)}, Q{rng.randint(1, 4)} {year}"])  # fmt: skip
        elif roll < 0.65:
            name, tags = self.organisation((_GOVERNMENT,))
            title = rng.choice([f"Nepal tourism statistics {year}", f"Monetary policy for {fiscal}",
                                f"Quarterly economic bulletin, {rng.choice(['mid-January', 'mid-April', 'mid-July', 'mid-October'])} {year}",
                                f"Payment systems oversight report {fiscal}", f"Tourism yearbook {year}",
                                f"Statistical yearbook of Bhutan {year}", f"Living standards survey report {year}",
                                f"Unified directives, {year + 57}", f"Financial stability report {year}",
                                f"Annual report {year}", f"Labour migration report {year}",
                                f"NRB directive no. {rng.randint(1, 22)}/{str(year + 57)[-3:]}: know your customer",
                                f"Circular no. {rng.randint(1, 12)}/{fiscal}: remittance companies",
                                self._title()])  # fmt: skip
        else:
            name, tags = self.organisation((_COMPANIES, _BODIES))
            title = rng.choice([f"Annual report {fiscal}", f"Annual report {year}", f"Sustainability report {year}",
                                f"Integrated annual report {year}", f"Strategy {year}-{year + 5}", f"Impact report {year}",
                                f"Tourism marketing strategy {year}-{year + 3}", self._title()])  # fmt: skip
        record = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                  "publisher-place": rng.choice(["Kathmandu", "Lalitpur", "Thimphu", "Yangon", "Malé", "London", "Manila"])}  # fmt: skip
        if rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        if rng.random() < 0.6:
            words = [
                w for w in name.split(" (")[0].replace("&", "").replace(".", "").replace(",", "").split() if w.isalnum()
            ]
            host = ("".join(w[0] for w in words) if len(words) >= 3 else "".join(words)).lower()
            record["URL"] = self._url(f"www.{host}.org")
            if rng.random() < 0.92:
                record["accessed"] = self.accessed_after(record.get("issued"))
        if rng.random() < 0.15:
            record["number"] = f"Report No. {rng.randint(10000, 99999)}-{rng.choice(['NP', 'BT', 'MM', 'MV'])}"
        return self._org_work(record, "report", name, tags)

    def _web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": self._title() if rng.random() < 0.5 else rng.choice(
            ["About us", "Our story", "Tariffs and packages", "Remittance services", "Visa and permits",
             "Trekking permits and TIMS card", "Sustainable Development Fee (SDF)", "Corporate social responsibility",
             "Press releases", "Fares and baggage", "Loyalty programme", "Tourist arrival statistics",
             "Mobile banking FAQs", "Exchange rates", "Our brands", "Join the Green Team"])}  # fmt: skip
        if rng.random() < 0.8:
            record["issued"] = {
                "date-parts": [[self.year()] + ([rng.randint(1, 12), rng.randint(1, 28)] if rng.random() < 0.3 else [])]
            }
        record["URL"] = self._url(rng.choice(["www.ntc.net.np", "www.ncell.axiata.com", "esewa.com.np", "khalti.com",
                                              "www.buddhaair.com", "www.bhutan.travel", "www.tashicell.com",
                                              "www.kbzbank.com", "www.wavemoney.com.mm", "www.dhiraagu.com.mv",
                                              "visitmaldives.com", "www.ntb.gov.np", None]))  # fmt: skip
        if rng.random() < 0.9:
            record["accessed"] = self.accessed_after(record.get("issued"))
        if rng.random() < 0.2:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags)

    def _news(self) -> Work:
        rng = self.rng
        paper = rng.choice(_PRESS)
        year = rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": "article-newspaper", "title": rng.choice([
            f"{_cap(rng.choice(_TOPICS))} {rng.choice(['gains ground', 'under scrutiny', 'on the rise', 'faces headwinds', 'takes off'])} in {rng.choice(_PLACES)}",
            f"Remittance inflow {rng.choice(['rises', 'falls', 'hits record'])} in first {rng.randint(2, 11)} months of {year + 56}/{str(year + 57)[-2:]}",
            f"Tourist arrivals {rng.choice(['cross', 'near', 'fall short of'])} {rng.choice(['one million', '200,000', '1.8 million', '100,000'])}",
            f"{rng.choice(['Ncell', 'Nepal Telecom', 'TashiCell', 'Ooredoo', 'Dhiraagu', 'MPT'])} launches {rng.choice(['5G trial', 'new data packs', 'festive offer', 'e-SIM'])}",
            self._title()])[:160],
            "container-title": paper,
            "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}}  # fmt: skip
        record["URL"] = self._url(_PRESS_HOSTS[paper])
        record["accessed"] = self.accessed_after(record["issued"])
        if rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        rng = self.rng
        platform = rng.choice(["Facebook", "Instagram", "TikTok", "YouTube", "Viber", "LinkedIn", "X"])
        record: dict[str, Any] = {"type": "webpage", "title": rng.choice([
            "Dashain offer is here!", "Happy Tihar from all of us", "Losar Tashi Delek", "Happy Thingyan!",
            "Eid Mubarak from our island family", "Tshechu season in Paro", "Send money home this Dashain",
            "Behind the scenes: the Everest flight", "Our new TVC", "Ramadan Kareem", "Thadingyut lights",
            f"Independence Day {rng.randint(2018, 2025)}", "Meet our trekking guides", "Scan, pay, win"]) + f" [{platform}]",
            "container-title": platform,
            "issued": {"date-parts": [[rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)]]}}  # fmt: skip
        record["URL"] = f"https://www.{platform.lower()}.com/{self.fakers['en_GB'].user_name()}"
        record["accessed"] = self.accessed_after(record["issued"])
        if rng.random() < 0.3:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name, tags = self.organisation((_COMPANIES, _BODIES))
        return self._org_work(record, "social", name, tags | {"social"})

    def _podcast(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {rng.randint(1, 180)}: {self._title()}",
                                  "container-title": rng.choice(["The Nepal Marketing Podcast", "Himalayan Brand Talks",
                                                                 "Thimphu TechTalk", "Yangon Startup Stories",
                                                                 "Island Hospitality Podcast", "Khalti Kura"]),
                                  "issued": {"date-parts": [[rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)]]}}  # fmt: skip
        record["URL"] = self._url(
            rng.choice(["open.spotify.com/episode", "podcasts.apple.com/np/podcast", "www.youtube.com"])
        )
        record["accessed"] = self.accessed_after(record["issued"])
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")

    def _legislation(self) -> Work:
        rng = self.rng
        name, title, year, host = rng.choice([
            ("Government of Nepal", "Individual Privacy Act, 2075 (2018)", 2018, "lawcommission.gov.np"),
            ("Nepal Law Commission", "Consumer Protection Act, 2075 (2018)", 2018, "lawcommission.gov.np"),
            ("Nepal Law Commission", "Electronic Transactions Act, 2063 (2008)", 2008, "lawcommission.gov.np"),
            ("Government of Nepal", "Foreign Employment Act, 2064 (2007)", 2007, "lawcommission.gov.np"),
            ("Government of Nepal", "Payment and Settlement Act, 2075 (2019)", 2019, "lawcommission.gov.np"),
            ("Nepal Rastra Bank", "Foreign Exchange (Regulation) Act, 2019 BS", 1962, "www.nrb.org.np"),
            ("Parliament of Bhutan", "Information, Communications and Media Act of Bhutan 2018", 2018, "www.nab.gov.bt"),
            ("Parliament of Bhutan", "Tourism Levy Act of Bhutan 2022", 2022, "www.nab.gov.bt"),
            ("Royal Government of Bhutan", "Consumer Protection Act of Bhutan 2012", 2012, "www.moea.gov.bt"),
            ("People's Majlis", "Maldives Tourism Act (Law No. 2/99)", 1999, "www.tourism.gov.mv"),
            ("People's Majlis", "Consumer Protection Act (Law No. 1/96)", 1996, "www.majlis.gov.mv"),
            ("State Peace and Development Council", "Electronic Transactions Law (Law No. 5/2004)", 2004, "www.mlis.gov.mm"),
            ("Pyidaungsu Hluttaw", "Telecommunications Law (Law No. 31/2013)", 2013, "www.mlis.gov.mm"),
            ("Pyidaungsu Hluttaw", "Consumer Protection Law (Law No. 9/2019)", 2019, "www.mlis.gov.mm"),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if rng.random() < 0.7:
            record["URL"] = self._url(host)
            record["accessed"] = self.accessed_after(record["issued"])
        tags = {"legislation", "apostrophe"} if "'" in name else {"legislation"}
        return self._org_work(record, "legislation", name, tags)
