"""The works of the "blind3" pool: a third held-out set of invented CSL-JSON records. Never tune on it.

Written without reading the checker, its tests or the other pools' works, from what UK marketing candidates
cite in CIM reports: textbooks and their chapters, journal articles with one to eight authors, trade press and
newspapers (signed and unsigned), companies ("plc", "Ltd", "&", apostrophes), trade bodies, charities,
regulators and government (often with an abbreviation in brackets), guidance on legislation, market-research
firms (real and invented, often the same firm twice in one year), web pages with access dates, undated pages.
Names come from many cultures: particles, hyphens, apostrophes, Mc/Mac/O', double surnames, Irish and Arabic
forms, romanised Chinese, Korean, Japanese, Vietnamese and Indian names, West and East African names.

Only the "blind3" half draws from here, from its own random source, so no other half changes.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work

# (family, given names): family names as written in the culture, with any particle kept apart.
_FAMILIES: dict[str, tuple[list[str], list[str]]] = {
    "chinese": (["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Xie", "Tang", "Song", "Deng"],
                ["Wei", "Xiaoling", "Jianhua", "Yuxin", "Haoran", "Mei", "Zhiwei", "Lihua", "Qing", "Fang", "Jing", "Yiming", "Xin", "Chao", "Ting"]),
    "korean": (["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"],
               ["Minjun", "Jiwoo", "Seoyeon", "Hyunwoo", "Sujin", "Jisoo", "Dongha", "Eunji", "Taeyang"]),
    "japanese": (["Tanaka", "Suzuki", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Sato", "Ito", "Takahashi"],
                 ["Haruto", "Yui", "Kenji", "Aiko", "Sakura", "Takeshi", "Naoko", "Ren"]),
    "vietnamese": (["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo"],
                   ["Thi Lan", "Minh", "Van Duc", "Thu Trang", "Quang", "Hoa", "Anh"]),
    "indian": (["Subramanian", "Venkataraman", "Chakraborty", "Bhattacharya", "Iyer", "Nair", "Reddy", "Gupta", "Sharma", "Patel", "Mehta", "Kapoor", "Banerjee", "Krishnamurthy", "Sengupta", "Joshi", "Desai", "Pillai", "Agarwal", "Menon", "Singh", "Kaur"],
               ["Priya", "Arjun", "Ananya", "Rohan", "Kavitha", "Sanjay", "Deepika", "Vikram", "Lakshmi", "Nikhil", "Sunita", "Rahul", "Meera"]),
    "pakistani": (["Hussain", "Rahman", "Chowdhury", "Qureshi", "Siddiqui", "Akhtar", "Malik", "Iqbal", "Sheikh", "Butt"],
                  ["Ayesha", "Imran", "Sana", "Bilal", "Nadia", "Usman", "Farah", "Tariq", "Zainab"]),
    "arabic": (["Al-Mansouri", "El-Sayed", "Haddad", "Khalil", "Abdullah", "Nasser", "Al Habsi", "Al-Rashid", "Aziz", "Hamdan", "Bou Khalil", "Ben Salah", "Saleh"],
               ["Omar", "Layla", "Fatima", "Yousef", "Rania", "Khalid", "Noor", "Hassan", "Amira", "Karim"]),
    "west-african": (["Okonkwo", "Adeyemi", "Mensah", "Boateng", "Okafor", "Adebayo", "Osei", "Nwachukwu", "Asante", "Oyelaran", "Eze", "Balogun", "Owusu-Ansah", "Danso", "Ogunleye"],
                     ["Chinedu", "Ngozi", "Kwame", "Ama", "Tunde", "Folake", "Kofi", "Adaeze", "Yaw", "Chiamaka", "Emeka"]),
    "east-african": (["Ndlovu", "Mwangi", "Otieno", "Kamau", "Wanjiku", "Nkosi", "Mutua", "Achieng", "Dlamini"],
                     ["Thabo", "Wanjiru", "Amani", "Zanele", "Baraka", "Nomsa", "Juma", "Akinyi"]),
    "irish": (["O'Sullivan", "O'Brien", "O'Connell", "O'Neill", "Ní Bhriain", "Ó Ceallaigh", "Mac Giolla Phádraig", "Ó Súilleabháin", "Fitzgerald", "Byrne", "Doyle", "Kavanagh", "Ní Dhuibhir"],
              ["Aoife", "Ciarán", "Niamh", "Seán", "Siobhán", "Pádraig", "Orla", "Cian", "Róisín", "Eoin"]),
    "scottish": (["McAllister", "MacLeod", "McGregor", "MacKenzie", "McCarthy", "MacDonald", "McIntyre", "Macintosh", "McLaughlin", "Mackay", "MacNeil", "McBride"],
                 ["Fiona", "Callum", "Eilidh", "Hamish", "Morag", "Alasdair", "Kirsty", "Iain", "Catriona"]),
    "welsh": (["Pritchard", "Llewellyn", "ap Rhys", "Vaughan", "Gruffydd", "Bevan", "Parry", "Prosser"],
              ["Rhian", "Dafydd", "Cerys", "Gethin", "Sioned", "Owain", "Bethan", "Huw"]),
    "dutch": (["de Vries", "van der Meer", "van den Broek", "van Dijk", "de Jong", "van Leeuwen", "ter Horst", "van 't Hof", "Bakker", "Visser", "de Graaf", "van Beek"],
              ["Sanne", "Daan", "Femke", "Joost", "Lotte", "Maarten", "Eva", "Pieter", "Anouk"]),
    "german": (["von Stein", "Müller", "Schäfer", "Weiß", "Köhler", "Hoffmann", "von der Heyden", "Groß", "Krüger", "zu Hohenlohe", "Schmitt-Weber"],
               ["Lukas", "Anja", "Jürgen", "Katrin", "Matthias", "Sabine", "Felix", "Ute", "Tobias"]),
    "french": (["Dubois", "Lefèvre", "Le Roux", "Moreau", "Girard", "d'Aubigny", "de La Fontaine", "Le Goff", "Fournier", "Rousseau", "Dupont-Aignan", "Mercier"],
               ["Camille", "Étienne", "Chloé", "Mathieu", "Élodie", "Julien", "Margaux", "Théo", "Inès"]),
    "iberian": (["García López", "Fernández-Ruiz", "de la Cruz", "dos Santos", "da Silva", "Martínez", "Rodríguez Pérez", "Gonçalves", "Ibáñez", "de Oliveira", "Sánchez-Vidal", "Muñoz"],
                ["Lucía", "Javier", "Inês", "João", "Carmen", "Pablo", "Mariana", "Sergio", "Beatriz", "Tiago"]),
    "italian": (["De Luca", "Di Marco", "D'Angelo", "Lo Bianco", "Esposito", "Romano", "Ricci", "Dell'Acqua", "Ferraro", "Colombo", "Russo"],
                ["Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Luca", "Sofia", "Matteo"]),
    "nordic": (["Sørensen", "Ødegaard", "Åberg", "Lindqvist", "Johansson", "Halvorsen", "Nieminen", "Bjørnstad", "Virtanen"],
               ["Astrid", "Lars", "Ingrid", "Mikael", "Freja", "Sven", "Helmi", "Magnus"]),
    "central-european": (["Wiśniewski", "Kowalczyk", "Nowak", "Szabó", "Novák", "Dvořák", "Kovačević", "Horváth", "Zieliński", "Popescu", "Petrović"],
                         ["Agnieszka", "Tomasz", "Zsófia", "Jakub", "Katarzyna", "Milan", "Ana", "Bogdan"]),
    "greek-turkish": (["Papadopoulos", "Georgiou", "Konstantinidis", "Yılmaz", "Öztürk", "Demir", "Çelik", "Şahin", "Christodoulou", "Aydın"],
                      ["Eleni", "Nikos", "Dimitra", "Yannis", "Elif", "Mehmet", "Zeynep", "Emre", "Ayşe"]),
}  # fmt: skip
_CULTURE_WEIGHTS = {"chinese": 9, "korean": 4, "japanese": 3, "vietnamese": 2, "indian": 8, "pakistani": 4, "arabic": 5,
                    "west-african": 5, "east-african": 3, "irish": 5, "scottish": 5, "welsh": 3, "dutch": 4, "german": 4,
                    "french": 4, "iberian": 5, "italian": 4, "nordic": 3, "central-european": 4, "greek-turkish": 3}  # fmt: skip
_PARTICLES = ("van der", "van den", "van 't", "van", "von der", "von", "de la", "de", "dos", "da", "ter", "zu", "ap", "le", "la")  # fmt: skip

# Textbooks candidates actually read, with the authors as the books give them (public bibliographic facts).
_TEXTBOOKS: list[tuple[list[tuple[str, str]], str, str, str]] = [
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill Education", "Maidenhead"),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], "Marketing communications: touchpoints, sharing and disruption", "Pearson", "Harlow"),
    ([("Baines", "Paul"), ("Rosengren", "Sara"), ("Antonetti", "Paolo")], "Marketing", "Oxford University Press", "Oxford"),
    ([("Payne", "Adrian"), ("Frow", "Pennie")], "Strategic customer management: integrating relationship marketing and CRM", "Cambridge University Press", "Cambridge"),
    ([("Buttle", "Francis"), ("Maklan", "Stan")], "Customer relationship management: concepts and technologies", "Routledge", "Abingdon"),
    ([("Hooley", "Graham"), ("Piercy", "Nigel F."), ("Nicoulaud", "Brigitte"), ("Rudd", "John M.")], "Marketing strategy and competitive positioning", "Pearson", "Harlow"),
    ([("Smith", "P.R."), ("Zook", "Ze")], "Marketing communications: integrating online and offline, customer engagement and digital technologies", "Kogan Page", "London"),
    ([("Sharp", "Byron")], "How brands grow: what marketers don't know", "Oxford University Press", "South Melbourne"),
    ([("Binet", "Les"), ("Field", "Peter")], "The long and the short of it: balancing short and long-term marketing strategies", "Institute of Practitioners in Advertising", "London"),
    ([("Kingsnorth", "Simon")], "Digital marketing strategy: an integrated approach to online marketing", "Kogan Page", "London"),
    ([("Solomon", "Michael R."), ("Askegaard", "Søren"), ("Hogg", "Margaret K."), ("Bamossy", "Gary J.")], "Consumer behaviour: a European perspective", "Pearson", "Harlow"),
    ([("Ryan", "Damian")], "Understanding digital marketing: a complete guide to engaging customers", "Kogan Page", "London"),
    ([("Wilson", "Alan"), ("Zeithaml", "Valarie"), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne")], "Services marketing: integrating customer service across the firm", "McGraw-Hill Education", "Maidenhead"),
    ([("McDonald", "Malcolm"), ("Wilson", "Hugh")], "Marketing plans: how to prepare them, how to profit from them", "Wiley", "Chichester"),
    ([("Kapferer", "Jean-Noël")], "The new strategic brand management", "Kogan Page", "London"),
    ([("Ritson", "Mark")], "Mini MBA in marketing: the essays", "Marketing Week", "London"),
    ([("Aaker", "David A.")], "Building strong brands", "Free Press", "New York"),
    ([("Tuten", "Tracy L."), ("Solomon", "Michael R.")], "Social media marketing", "Sage", "London"),
]  # fmt: skip

_PUBLISHERS = [("Kogan Page", "London"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Sage", "London"),
               ("Sage", "Thousand Oaks, CA"), ("Oxford University Press", "Oxford"), ("Cambridge University Press", "Cambridge"),
               ("Wiley", "Hoboken, NJ"), ("Palgrave Macmillan", "Cham"), ("Edward Elgar", "Cheltenham"),
               ("Bloomsbury Business", "London"), ("Emerald Publishing", "Bingley"), ("Penguin Business", "London"),
               ("Harvard Business Review Press", "Boston, MA"), ("Goodfellow Publishers", "Oxford"), ("Cengage", "Andover"),
               ("Red Globe Press", "London"), ("Bristol University Press", "Bristol")]  # fmt: skip

_JOURNALS = ["Journal of Marketing", "Journal of Marketing Management", "European Journal of Marketing",
             "Journal of Retailing and Consumer Services", "Journal of Business Research", "Psychology & Marketing",
             "Journal of Consumer Behaviour", "International Journal of Consumer Studies", "Journal of Interactive Marketing",
             "Journal of Advertising Research", "Journal of Brand Management", "Journal of Product & Brand Management",
             "Industrial Marketing Management", "Journal of Strategic Marketing", "Journal of Research in Interactive Marketing",
             "Journal of Services Marketing", "Qualitative Market Research", "International Journal of Research in Marketing",
             "Journal of the Academy of Marketing Science", "Harvard Business Review", "MIT Sloan Management Review",
             "Journal of Direct, Data and Digital Marketing Practice", "Journal of Fashion Marketing and Management",
             "British Food Journal", "Tourism Management", "Journal of Social Marketing", "Marketing Intelligence & Planning"]  # fmt: skip

# Subjects and the pieces titles are built from.
_SUBJECTS = ["short-form video", "influencer disclosure", "loyalty apps", "buy now, pay later", "dark patterns", "green claims",
             "voice search", "retail media networks", "livestream shopping", "brand purpose", "subscription fatigue",
             "user-generated content", "zero-party data", "cookie consent", "micro-influencers", "chatbot service",
             "second-hand fashion", "dupes", "price transparency", "employer branding", "sonic branding",
             "customer reviews", "click and collect", "rewards programmes", "cause-related marketing", "nostalgia marketing",
             "co-branding", "community management", "gamification", "accessibility online", "shrinkflation",
             "meal deals", "the circular economy", "mobile wallets", "generative AI in advertising", "personal data"]  # fmt: skip
_AUDIENCES = ["Gen Z shoppers", "older consumers", "UK students", "new parents", "small business owners", "luxury buyers",
              "rural households", "gamers", "commuters", "first-time buyers", "vegan consumers", "B2B buyers"]  # fmt: skip
_CONTEXTS = ["UK grocery", "fast fashion", "the hospitality sector", "higher education", "banking apps", "the beauty industry",
             "sports retail", "charity fundraising", "craft brewing", "budget airlines", "the motor trade", "pet care"]  # fmt: skip
_OUTCOMES = ["trust", "purchase intention", "brand attachment", "word of mouth", "switching", "loyalty", "satisfaction",
             "engagement", "perceived value", "scepticism", "impulse buying", "advocacy"]  # fmt: skip

# Organisations: (name, tags). Names as the organisation gives itself, some with their abbreviation.
_COMPANIES = ["Marks and Spencer Group plc", "J Sainsbury plc", "Tesco PLC", "Unilever", "Procter & Gamble", "Boots UK Ltd",
              "Greggs plc", "Nando's", "McDonald's UK", "Sainsbury's", "Ben & Jerry's", "Lush Cosmetics Ltd", "innocent drinks",
              "Gymshark Ltd", "BrewDog plc", "Wm Morrison Supermarkets Ltd", "John Lewis Partnership", "Co-op",
              "Ocado Group plc", "Deliveroo plc", "ASOS plc", "THG plc", "Holland & Barrett", "Dr. Martens plc", "Whitbread PLC",
              "Currys plc", "Pets at Home Group Plc", "Bloom & Wild", "Hotel Chocolat Group plc", "Octopus Energy", "Monzo Bank Ltd",
              "Burberry Group plc", "Diageo", "Lloyds Banking Group", "Virgin Media O2", "easyJet plc", "Moonpig Group plc",
              "Tony's Chocolonely", "Pret A Manger", "Coca-Cola Europacific Partners", "Halfords Group plc", "Joules Ltd"]  # fmt: skip
_BODIES = ["Chartered Institute of Marketing (CIM)", "Institute of Practitioners in Advertising (IPA)",
           "Data & Marketing Association (DMA)", "IAB UK", "Advertising Association", "The Marketing Society", "Which?",
           "Citizens Advice", "British Retail Consortium (BRC)", "WRAP", "Fairtrade Foundation", "The Prince's Trust",
           "Chartered Institute of Public Relations (CIPR)", "Institute of Customer Service", "UKHospitality",
           "Federation of Small Businesses (FSB)", "Confederation of British Industry (CBI)", "Thinkbox",
           "Market Research Society (MRS)", "Chartered Institute of Public Relations", "Cancer Research UK",
           "The Children's Society", "Royal Society for Public Health (RSPH)", "British Heart Foundation", "Mumsnet"]  # fmt: skip
_GOVERNMENT = ["Office for National Statistics (ONS)", "Department for Business and Trade", "Department for Culture, Media and Sport",
               "HM Revenue & Customs (HMRC)", "Competition and Markets Authority (CMA)", "Information Commissioner's Office (ICO)",
               "Advertising Standards Authority (ASA)", "Committee of Advertising Practice (CAP)", "Food Standards Agency",
               "Financial Conduct Authority (FCA)", "Ofcom", "UK Government", "House of Commons Library", "Scottish Government",
               "Welsh Government", "Bank of England", "European Commission", "OECD", "World Health Organization (WHO)",
               "Department for Environment, Food & Rural Affairs (Defra)", "Office for Product Safety and Standards", "HM Treasury"]  # fmt: skip
_REGULATORS = {"Information Commissioner's Office (ICO)": ["Guide to the UK General Data Protection Regulation (UK GDPR)", "Guide to PECR: electronic mail marketing", "Direct marketing guidance", "Guidance on the use of cookies and similar technologies"],
               "Advertising Standards Authority (ASA)": ["Influencers' guide to making clear that ads are ads", "Recognising ads: social media and influencer marketing", "Environmental claims: misleading advertising", "Ruling on a retailer's free delivery claims"],
               "Competition and Markets Authority (CMA)": ["Green claims code: making environmental claims on goods and services", "Online choice architecture: how digital design can harm competition and consumers", "Fake online reviews: guidance for businesses", "Unit pricing: update report"],
               "Committee of Advertising Practice (CAP)": ["The CAP Code: the UK Code of Non-broadcast Advertising and Direct & Promotional Marketing", "Advertising guidance on HFSS product advertising"],
               "Financial Conduct Authority (FCA)": ["Consumer Duty: final rules", "Financial promotions on social media"],
               "Department for Culture, Media and Sport": ["Online advertising programme: consultation", "Data: a new direction"]}  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "GWI", "Kantar", "YouGov", "Euromonitor International", "Deloitte", "PwC", "KPMG",
             "McKinsey & Company", "NielsenIQ", "IBISWorld", "Ipsos", "Savanta", "Edelman", "Accenture",
             "Boston Consulting Group (BCG)", "Bain & Company", "eMarketer", "DataReportal", "Hootsuite", "HubSpot",
             "Sprout Social", "Salesforce", "Similarweb", "Harrowgate Insight", "Northlight Research", "Castell & Price Consulting",
             "Fernbrook Analytics Ltd", "Tidemark Insights", "Quayside Data", "Pennant & Rowe", "Brightfield O'Hara Research"]  # fmt: skip
_OUTLETS = ["The Guardian", "BBC News", "Financial Times", "The Independent", "The Telegraph", "Marketing Week", "Campaign",
            "The Drum", "Retail Gazette", "Drapers", "The Grocer", "Evening Standard", "Manchester Evening News", "Sky News",
            "Forbes", "The Economist", "Retail Week", "Cosmetics Business", "The Times", "i News", "Wired UK", "Decision Marketing"]  # fmt: skip
_UNSIGNED = ["BBC News", "The Economist", "Retail Gazette", "Sky News", "The Grocer", "Marketing Week", "Campaign", "Which? News"]  # fmt: skip


def _upper(text: str) -> str:
    """The first letter in capitals and the rest as written ("Generative AI", not "Generative ai")."""
    return text[:1].upper() + text[1:]


class Blind3WorkFactory:
    """Makes the blind3 pool's works from one seeded random source (the same interface as WorkFactory.make)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 613 + 6007)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(seed * 37 + 3)
        self.counter = 0
        self.last_org: tuple[str, set[str], int | None] | None = None

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        if rng.random() < 0.42:  # a British name, the commonest in UK reading lists
            family, given = self.fake.last_name(), self.fake.first_name()
            if rng.random() < 0.08:
                family = f"{family}-{self.fake.last_name()}"
        else:
            culture = rng.choices(list(_CULTURE_WEIGHTS), weights=list(_CULTURE_WEIGHTS.values()))[0]
            families, givens = _FAMILIES[culture]
            family, given = rng.choice(families), rng.choice(givens)
        if rng.random() < 0.1:  # a middle initial, as the title page gives it
            given = f"{given} {rng.choice('ABCDEFGHJKLMNPRSTW')}."
        name = {"given": given}
        for particle in _PARTICLES:
            if family.startswith(particle + " "):
                name["non-dropping-particle"] = particle
                family = family[len(particle) :].lstrip()
                break
        name["family"] = family
        return name

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 9, 5, 3, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates, ids, titles
    def year(self) -> int:
        roll = self.rng.random()
        if roll < 0.08:
            return self.rng.randint(1960, 1999)
        if roll < 0.25:
            return self.rng.randint(2000, 2014)
        return self.rng.randint(2015, 2025)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(2023, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def url(self, host: str | None = None) -> str:
        host = host or self.fake.domain_name()
        return f"https://www.{host.removeprefix('www.')}/{self.fake.slug()}"

    def _id(self) -> str:
        self.counter += 1
        return f"b3w{self.counter}"

    def title(self) -> str:
        rng, s = self.rng, self.rng.choice(_SUBJECTS)
        forms = [
            f"{_upper(s)} and {rng.choice(_OUTCOMES)}: evidence from {rng.choice(_CONTEXTS)}",
            f"Why do {rng.choice(_AUDIENCES)} trust {s}? A qualitative study",
            f"The effect of {s} on {rng.choice(_OUTCOMES)}: the moderating role of {rng.choice(_OUTCOMES)}",
            f"Exploring {s} among {rng.choice(_AUDIENCES)}",
            f"{_upper(s)} in {rng.choice(_CONTEXTS)}: a systematic literature review",
            f"From {s} to {rng.choice(_SUBJECTS)}: rethinking {rng.choice(_OUTCOMES)}",
            f"'{_upper(s)}': friend or foe of {rng.choice(_OUTCOMES)}?",
            f"{_upper(s)}, {rng.choice(_OUTCOMES)} and {rng.choice(_OUTCOMES)} in {rng.choice(_CONTEXTS)}",
            f"When {s} backfires: {rng.choice(_OUTCOMES)} among {rng.choice(_AUDIENCES)}",
            f"A framework for {s}",
        ]
        return rng.choice(forms)

    def book_title(self) -> str:
        rng, s = self.rng, self.rng.choice(_SUBJECTS)
        forms = [f"{_upper(s)}: strategy, planning and practice", f"Principles of {rng.choice(['digital marketing', 'branding', 'retail marketing', 'marketing communications', 'consumer behaviour', 'CRM'])}",
                 f"{_upper(s)} in practice", f"The {s} playbook", f"Marketing in the age of {s}",
                 f"{rng.choice(['Brand', 'Customer', 'Content', 'Social media', 'Retail'])} strategy: a practical guide"]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "textbook", "chapter", "journal", "web-person", "news-person", "news-unsigned", "org-web",
             "org-report", "government", "regulator", "market-research", "report-person"],
            weights=[9, 6, 7, 24, 6, 6, 3, 10, 6, 7, 4, 10, 3],
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind, {"blind3"})

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation", "blind3"})

    def _org(self, names: list[str], tags: set[str], dated: float) -> tuple[str, set[str], int | None]:
        """An organisation and year; now and then the previous one again, as reports cite one firm twice a year."""
        if self.last_org is not None and self.last_org[1] == tags and self.rng.random() < 0.3:
            return self.last_org
        name = self.rng.choice(names)
        self.last_org = (name, tags, self.rng.randint(2008, 2025) if self.rng.random() < dated else None)
        return self.last_org

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.book_title(), "author": self.people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 12))
        return self._person_work(record, "book")

    def _textbook(self) -> Work:
        authors, title, publisher, place = self.rng.choice(_TEXTBOOKS)
        record: dict[str, Any] = {"type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[self.rng.randint(2012, 2024)]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.7:
            record["edition"] = str(self.rng.randint(2, 9))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 420)
        record: dict[str, Any] = {
            "type": "chapter", "title": self.title(), "author": self.people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice([f"The Routledge companion to {self.rng.choice(_SUBJECTS)}",
                                                f"Handbook of research on {self.rng.choice(_SUBJECTS)}",
                                                f"Contemporary issues in {self.rng.choice(['marketing', 'branding', 'retailing', 'digital marketing'])}"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 35)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1500)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self.title(), "author": self.people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 120)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(6, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = f"10.{self.rng.randint(1000, 9999)}/{self.fake.lexify('????').lower()}.{self.rng.randint(1000, 999999)}"  # fmt: skip
        elif self.rng.random() < 0.2:
            record["URL"], record["accessed"] = self.url(), self.accessed()
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "post-weblog" if self.rng.random() < 0.5 else "webpage", "title": self.title(),
                                  "author": self.people(2), "URL": self.url(), "accessed": self.accessed(),
                                  "container-title": self.rng.choice(["HubSpot Blog", "Smart Insights", "Econsultancy", "LinkedIn", "Medium", "Think with Google"])}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._person_work(record, "web")

    def _news_person(self) -> Work:
        outlet = self.rng.choice(_OUTLETS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.title(), "author": self.people(3),
                                  "container-title": outlet, "issued": {"date-parts": [[self.rng.randint(2012, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        if self.rng.random() < 0.75:
            record["URL"], record["accessed"] = self.url(outlet.lower().replace(" ", "") + ".co.uk"), self.accessed()
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        outlet = self.rng.choice(_UNSIGNED)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.title(), "container-title": outlet,
                                  "issued": {"date-parts": [[self.rng.randint(2014, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self.url(outlet.lower().replace(" ", "").replace("?", "") + ".com"), "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "news", outlet, {"news"})

    def _org_web(self) -> Work:
        name, tags, year = self._org(_COMPANIES + _BODIES, {"company-or-body"}, 0.7)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([self.title(), "Our story", "Sustainability", "About us", "Our plan for a better future", "Gender pay gap report", f"{_upper(self.rng.choice(_SUBJECTS))}: our approach"]),
                                  "URL": self.url(), "accessed": self.accessed()}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "web", name, tags)

    def _org_report(self) -> Work:
        name, tags, year = self._org(_COMPANIES + _BODIES, {"company-or-body"}, 1.0)
        year = year or self.rng.randint(2008, 2025)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Impact report {year}", f"{_upper(self.rng.choice(_SUBJECTS))}: {self.rng.choice(['a guide for marketers', 'best practice guide', 'consumer research', 'white paper'])}"]),
                                  "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Leeds", "Manchester", "Edinburgh", "Bristol"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"], record["accessed"] = self.url(), self.accessed()
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name, tags, year = self._org(_GOVERNMENT, {"government"}, 0.9)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice([self.title(), f"Retail sales, Great Britain: {self.fake.month_name()} {year or 2024}", "Internet access - households and individuals", "Family spending in the UK", f"Consumer trends: {self.rng.choice(['Q1', 'Q2', 'Q3', 'Q4'])} {year or 2023}", "Online advertising: market study final report"]),
                                  "URL": f"https://www.gov.uk/government/publications/{self.fake.slug()}", "accessed": self.accessed()}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _regulator(self) -> Work:
        name = self.rng.choice(list(_REGULATORS))
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(_REGULATORS[name]), "URL": self.url(),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.rng.randint(2014, 2025)]]}
        return self._org_work(record, "report", name, {"government", "legislation-guidance"})

    def _market_research(self) -> Work:
        name, tags, year = self._org(_RESEARCH, {"market-research"}, 0.88)
        market = self.rng.choice(["Coffee shops", "Meal kits", "Sportswear", "Pet food", "Vegan food", "Beauty retailing", "Online grocery", "Home fitness", "Attitudes towards ethical brands", "Fast food", "Gaming", "Premium chocolate"])  # fmt: skip
        country = self.rng.choice(["UK", "United Kingdom", "Europe", "Great Britain", "Ireland", "worldwide"])
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"{market} - {country} - {self.fake.month_name()} {year or 2024}", f"{market}: {country} market size and forecast", f"Share of {country} consumers who bought {market.lower()} online, by age", f"Gen Z report {year or 2024}", f"Connected consumer {year or 2023}: {market.lower()}"]),
                                  "publisher": name.split(" (")[0], "URL": self.url(), "accessed": self.accessed()}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, tags)

    def _report_person(self) -> Work:
        record: dict[str, Any] = {"type": "report", "title": self.title(), "author": self.people(3),
                                  "issued": {"date-parts": [[self.year()]]},
                                  "publisher": self.rng.choice(["Institute of Practitioners in Advertising", "Chartered Institute of Marketing", "Nesta", "Resolution Foundation", "Demos"]),
                                  "publisher-place": "London"}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"], record["accessed"] = self.url(), self.accessed()
        return self._person_work(record, "report")
