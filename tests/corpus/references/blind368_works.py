"""The blind368 pool's works: what marketers at funeral directors, crematoria, pre-paid funeral plan providers,
will-writing services, care homes, home-care agencies and memorial and legacy-giving charities in the UK, Ireland,
Australia, South Africa, Japan and Ghana cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Marketing, services-marketing and consumer-behaviour
textbooks and their chapters; journal articles on death-care marketing, ageing consumers, trust, vulnerable customers
and sensitive advertising with one to eight authors (and the classics still cited: Mitford, 1963; Bonsu and Belk,
2003); named authors' research reports; regulators and ombudsmen (the FCA, CMA, CQC, HIQA, CCPC, ACCC, FSCA and the
Consumer Affairs Agency, some with their abbreviations); governments' mortality and care statistics and their
legislation as candidates list it; providers' and charities' annual reports and press pages; market-research firms'
cost-of-dying and later-life surveys (two works of one firm in a year); the funeral and care trade press; the press
signed and unsigned; obituaries used as sources; and undated web pages with access dates. Names as the region's
scholars and journals print them: Irish names in Irish ("Ó Súilleabháin", "Ní Bhriain"), Japanese names with and
without their macrons ("Satō", "Ōta", "Sato"), Ghanaian names ("Owusu-Ansah", "Agyeman-Duah"), South African names
(Afrikaans with capitalised particles, "Van der Merwe", "Janse van Rensburg"; Zulu, Xhosa and Sotho names; "Naidoo"),
Australian and British names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_AU", "zu_ZA", "tw_GH", "de_DE", "nl_NL", "fr_FR", "it_IT"]

# Names as the region's journals print them: (family, given), with any particle kept apart as reference managers keep it.
_IRISH = [("Ó Súilleabháin", "Seán"), ("Ní Bhriain", "Aoife"), ("Mac Giolla Phádraig", "Cathal"), ("Ó Murchú", "Dónal"),
          ("Nic Aodha", "Siobhán"), ("Ní Dhomhnaill", "Róisín"), ("Ó Ceallaigh", "Pádraig"), ("Mac Cárthaigh", "Eoin"),
          ("O'Sullivan", "Niamh"), ("McGrath", "Ciarán"), ("O'Connell", "Máire"), ("Breathnach", "Orla"),
          ("Ó Dálaigh", "Colm"), ("Ní Shé", "Gráinne")]  # fmt: skip
_JAPANESE = [("Satō", "Yūko"), ("Sato", "Kenji"), ("Ōta", "Haruka"), ("Ota", "Takeshi"), ("Suzuki", "Hikaru"),
             ("Tanaka", "Emi"), ("Yamamoto", "Shōta"), ("Kobayashi", "Naoko"), ("Inoue", "Haruto"), ("Kimura", "Aya"),
             ("Kotani", "Midori"), ("Murakami", "Kōji"), ("Ishii", "Mayumi"), ("Hayashi", "Daisuke"),
             ("Ōtsuka", "Rie"), ("Nakagawa", "Yūta"), ("Fujita", "Sayaka"), ("Matsumoto", "Ryō")]  # fmt: skip
_GHANAIAN = [("Owusu-Ansah", "Kwabena"), ("Agyeman-Duah", "Akosua"), ("Mensah", "Kofi"), ("Asante", "Abena"),
             ("Boateng", "Yaw"), ("Osei-Tutu", "Efua"), ("Adomako", "Kwame"), ("Sarpong", "Ama"), ("Tetteh", "Nii"),
             ("Quaye", "Naa Adjeley"), ("Amoako-Atta", "Kojo"), ("Nketia", "Adwoa"), ("Appiah", "Kwasi"),
             ("de-Graft Aikins", "Ama"), ("Bonsu", "Samuel K."), ("Ofori-Atta", "Esi"), ("Lamptey", "Nana")]  # fmt: skip
_SOUTH_AFRICAN = [("Van der Merwe", "Johan"), ("Janse van Rensburg", "Elmarie"), ("Du Plessis", "Riaan"),
                  ("De Villiers", "Annelie"), ("Botha", "Hendrik"), ("Nkosi", "Thandeka"), ("Dlamini", "Sipho"),
                  ("Mthembu", "Nomvula"), ("Khumalo", "Bongani"), ("Mokoena", "Lerato"), ("Ndlovu", "Zanele"),
                  ("Mahlangu", "Themba"), ("Naidoo", "Prenisha"), ("Pillay", "Kogilan"), ("Mabuza", "Palesa"),
                  ("Van Zyl", "Marthinus"), ("Coetzee", "Liezl"), ("Mbeki", "Ayanda"), ("Sithole", "Mpho")]  # fmt: skip
_PARTICLE = [("van der", "Heijden", "Marieke"), ("van den", "Berg", "Joost"), ("de", "Groot", "Anouk"),
             ("van", "Gennep", "Arnold"), ("de la", "Cruz", "María"), ("von", "Hahn", "Lena")]  # fmt: skip

# Classics these candidates still cite: (authors as (family, given), year, title, kind, container or publisher, extra).
_CLASSIC_BOOKS = [
    ([("Mitford", "Jessica")], 1963, "The American way of death", "Simon & Schuster", "New York"),
    ([("Kübler-Ross", "Elisabeth")], 1969, "On death and dying", "Macmillan", "New York"),
    ([("Gorer", "Geoffrey")], 1965, "Death, grief, and mourning in contemporary Britain", "Cresset Press", "London"),
    ([("Ariès", "Philippe")], 1981, "The hour of our death", "Allen Lane", "London"),
    ([("Walter", "Tony")], 1994, "The revival of death", "Routledge", "London"),
    ([("Suzuki", "Hikaru")], 2000, "The price of death: the funeral industry in contemporary Japan", "Stanford University Press", "Stanford, CA"),
    ([("Kellehear", "Allan")], 2007, "A social history of dying", "Cambridge University Press", "Cambridge"),
]  # fmt: skip
_CLASSIC_ARTICLES = [
    ([("Bonsu", "Samuel K."), ("Belk", "Russell W.")], 2003, "Do not go cheaply into that good night: death-ritual consumption in Asante, Ghana", "Journal of Consumer Research", "30", "1", "41-55"),
    ([("Morgan", "Robert M."), ("Hunt", "Shelby D.")], 1994, "The commitment-trust theory of relationship marketing", "Journal of Marketing", "58", "3", "20-38"),
    ([("Parasuraman", "A."), ("Zeithaml", "Valarie A."), ("Berry", "Leonard L.")], 1988, "SERVQUAL: a multiple-item scale for measuring consumer perceptions of service quality", "Journal of Retailing", "64", "1", "12-40"),
    ([("Baker", "Stacey Menzel"), ("Gentry", "James W."), ("Rittenburg", "Terri L.")], 2005, "Building understanding of the domain of consumer vulnerability", "Journal of Macromarketing", "25", "2", "128-139"),
    ([("Dahl", "Darren W."), ("Frankenberger", "Kristina D."), ("Manchanda", "Rajesh V.")], 2003, "Does it pay to shock? Reactions to shocking and nonshocking advertising content among university students", "Journal of Advertising Research", "43", "3", "268-280"),
    ([("Mayer", "Roger C."), ("Davis", "James H."), ("Schoorman", "F. David")], 1995, "An integrative model of organizational trust", "Academy of Management Review", "20", "3", "709-734"),
]  # fmt: skip

_TOPICS = ["pre-paid funeral plans", "direct cremation", "funeral poverty", "grief and consumption", "legacy giving",
           "gifts in wills", "care-home choice", "home care for older people", "ageing consumers", "vulnerable customers",
           "trust in funeral directors", "price transparency", "sensitive advertising", "death taboos",
           "end-of-life planning", "memorialisation", "digital legacy", "online will-writing", "bereavement services",
           "shūkatsu", "family-only funerals", "Asante funerals", "burial societies", "funeral insurance",
           "older people's digital exclusion", "mortality salience", "celebrant-led funerals", "natural burial",
           "care fees", "consumer protection in later life", "service recovery", "the grey pound", "hospice fundraising",
           "adult children as decision-makers", "dementia-friendly services", "Irish wakes", "green funerals"]  # fmt: skip
# Topics that belong to one part of the region, set there.
_PLACED = {"shūkatsu": ["Japan", "Tokyo", "Osaka"], "family-only funerals": ["Japan", "Tokyo", "urban Japan"],
           "Asante funerals": ["Ghana", "Kumasi", "the Ashanti Region"], "burial societies": ["South Africa", "Gauteng", "Soweto", "KwaZulu-Natal"],
           "Irish wakes": ["Ireland", "rural Ireland", "County Mayo", "Northern Ireland"]}  # fmt: skip
_SETTINGS = ["the UK", "Britain", "England and Wales", "Scotland", "Ireland", "Northern Ireland", "Australia",
             "New South Wales", "South Africa", "Gauteng", "Japan", "Tokyo", "Ghana", "Kumasi", "Accra"]  # fmt: skip

_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Routledge", "London"), ("Sage", "London"),
               ("Kogan Page", "London"), ("Oxford University Press", "Oxford"), ("McGraw-Hill Education", "Maidenhead"),
               ("Palgrave Macmillan", "Basingstoke"), ("Palgrave Macmillan", "Cham"), ("Cengage", "Andover"),
               ("Wiley", "Chichester"), ("Bloomsbury Academic", "London"), ("Policy Press", "Bristol"),
               ("Juta", "Cape Town"), ("Van Schaik", "Pretoria"), ("Oxford University Press Southern Africa", "Cape Town"),
               ("Springer", "Singapore"), ("World Scientific", "Singapore"), ("Edward Elgar", "Cheltenham"),
               ("Gill Education", "Dublin"), ("Tilde Publishing", "Melbourne"), ("Sub-Saharan Publishers", "Accra")]  # fmt: skip
_HANDBOOKS = ["The Routledge handbook of death and the afterlife", "Death, dying and bereavement: a reader",
              "The Palgrave handbook of consumer vulnerability", "Services marketing in ageing societies",
              "Consumer behaviour in later life", "The Oxford handbook of the archaeology of death and burial",
              "Death and dying in Africa", "Funerals and end-of-life practices in Japan",
              "Marketing and the sacred", "Nonprofit marketing and fundraising: a research overview",
              "The Routledge companion to death and dying", "Ethics in marketing: international cases"]  # fmt: skip
_JOURNALS = ["Mortality", "Death Studies", "OMEGA - Journal of Death and Dying", "Journal of Services Marketing",
             "Journal of Consumer Research", "Journal of Marketing Management", "Journal of Consumer Affairs",
             "Journal of Public Policy & Marketing", "International Journal of Consumer Studies", "Ageing & Society",
             "Journal of Aging Studies", "Journal of Business Ethics", "Journal of Advertising",
             "International Journal of Advertising", "Psychology & Marketing", "Journal of Financial Services Marketing",
             "Australasian Marketing Journal", "South African Journal of Business Management",
             "Journal of Philanthropy and Marketing", "Nonprofit and Voluntary Sector Quarterly", "Consumption Markets & Culture",
             "Journal of Consumer Culture", "Irish Journal of Management", "Journal of Population Ageing",
             "Japanese Journal of Gerontology", "Ghana Journal of Development Studies", "African Journal of Economic and Management Studies",
             "Health & Social Care in the Community", "Journal of Macromarketing", "Journal of Service Research"]  # fmt: skip
_THINK_TANKS = [("Centre for Death and Society, University of Bath", "Bath"), ("Quaker Social Action", "London"),
                ("Social Market Foundation", "London"), ("Resolution Foundation", "London"), ("Nuffield Trust", "London"),
                ("The King's Fund", "London"), ("Economic and Social Research Institute", "Dublin"),
                ("Grattan Institute", "Melbourne"), ("Human Sciences Research Council", "Pretoria"),
                ("Centre for Ageing Better", "London"), ("Demos", "London"), ("International Longevity Centre UK", "London"),
                ("University of Ghana", "Legon"), ("Japan Research Institute", "Tokyo"), ("Irish Hospice Foundation", "Dublin")]  # fmt: skip

# Who is cited when no person is named, by kind, with tags saying what makes the name hard.
_REGULATORS = [("Financial Conduct Authority", {"government"}), ("Financial Conduct Authority (FCA)", {"government", "abbreviation"}),
               ("FCA", {"government", "acronym"}), ("Competition and Markets Authority", {"government"}),
               ("CMA", {"government", "acronym"}), ("Care Quality Commission", {"government"}),
               ("Care Quality Commission (CQC)", {"government", "abbreviation"}), ("Financial Ombudsman Service", {"government"}),
               ("Local Government and Social Care Ombudsman", {"government"}), ("Legal Services Board", {"government"}),
               ("Health Information and Quality Authority (HIQA)", {"government", "abbreviation"}),
               ("Competition and Consumer Protection Commission", {"government"}),
               ("Australian Competition & Consumer Commission", {"government", "ampersand"}), ("ACCC", {"government", "acronym"}),
               ("Aged Care Quality and Safety Commission", {"government"}), ("NSW Fair Trading", {"government"}),
               ("Financial Sector Conduct Authority", {"government"}), ("FSCA", {"government", "acronym"}),
               ("National Consumer Commission", {"government"}), ("Consumer Affairs Agency", {"government"}),
               ("National Insurance Commission", {"government"}), ("Advertising Standards Authority", {"government"}),
               ("Ofcom", {"government"})]  # fmt: skip
_STATISTICS = [("Office for National Statistics", {"government"}), ("ONS", {"government", "acronym"}),
               ("National Records of Scotland", {"government"}), ("Northern Ireland Statistics and Research Agency", {"government"}),
               ("Central Statistics Office", {"government"}), ("CSO", {"government", "acronym"}),
               ("Department of Health and Social Care", {"government"}), ("Department for Work and Pensions", {"government"}),
               ("Department of Health", {"government"}), ("Australian Bureau of Statistics", {"government"}),
               ("Australian Institute of Health and Welfare", {"government"}),
               ("Department of Health and Aged Care", {"government"}), ("Statistics South Africa", {"government"}),
               ("Stats SA", {"government", "acronym"}), ("Statistics Bureau of Japan", {"government"}),
               ("Ministry of Health, Labour and Welfare", {"government", "comma"}), ("Ghana Statistical Service", {"government"}),
               ("Scottish Government", {"government"}), ("Welsh Government", {"government"})]  # fmt: skip
_PROVIDERS = [("Dignity plc", {"company"}), ("Co-op Funeralcare", {"company"}), ("Co-operative Group", {"company"}),
              ("Funeral Partners", {"company"}), ("Golden Charter", {"company"}), ("Pure Cremation", {"company"}),
              ("Farewill", {"company"}), ("Legal & General", {"company", "ampersand"}), ("Avalon", {"company"}),
              ("HC-One", {"company"}), ("Barchester Healthcare", {"company"}), ("Care UK", {"company"}),
              ("Home Instead", {"company"}), ("Bupa", {"company"}), ("Fanagans Funeral Directors", {"company"}),
              ("Massey Bros. Funeral Directors", {"company", "punctuation"}), ("InvoCare Limited", {"company"}),
              ("Propel Funeral Partners", {"company"}), ("Bare Cremation", {"company"}), ("AVBOB", {"company", "acronym"}),
              ("AVBOB Mutual Assurance Society", {"company"}), ("Doves Group", {"company"}), ("Old Mutual", {"company"}),
              ("Clientèle Limited", {"company"}), ("Kamakura Shinsho", {"company"}), ("AEON Life", {"company"}),
              ("Tear Corporation", {"company"}), ("Enterprise Life", {"company"}), ("SunLife", {"company"}),
              ("Royal London", {"company"})]  # fmt: skip
_CHARITIES = [("Age UK", {"charity"}), ("Marie Curie", {"charity"}), ("Sue Ryder", {"charity"}),
              ("Macmillan Cancer Support", {"charity"}), ("Alzheimer's Society", {"charity", "apostrophe"}),
              ("St Christopher's Hospice", {"charity", "apostrophe"}), ("Hospice UK", {"charity"}),
              ("Remember A Charity", {"charity"}), ("Independent Age", {"charity"}), ("Carers UK", {"charity"}),
              ("Cruse Bereavement Support", {"charity"}), ("Irish Hospice Foundation", {"charity"}), ("ALONE", {"charity", "acronym"}),
              ("Palliative Care Australia", {"charity"}), ("Hospice Palliative Care Association of South Africa", {"charity"}),
              ("National Association of Funeral Directors (NAFD)", {"trade-body", "abbreviation"}), ("NAFD", {"trade-body", "acronym"}),
              ("National Society of Allied and Independent Funeral Directors (SAIF)", {"trade-body", "abbreviation"}),
              ("Irish Association of Funeral Directors", {"trade-body"}), ("Australian Funeral Directors Association", {"trade-body"}),
              ("Institute of Cemetery and Crematorium Management", {"trade-body"}), ("Cremation Society", {"trade-body"}),
              ("Federation of Burial and Cremation Authorities", {"trade-body"}), ("Society of Will Writers", {"trade-body"}),
              ("Institute of Professional Willwriters", {"trade-body"}), ("Nursing Homes Ireland", {"trade-body"}),
              ("Homecare Association", {"trade-body"}), ("Institute of Fundraising", {"trade-body"}),
              ("Chartered Institute of Fundraising", {"trade-body"}), ("Which?", {"trade-body", "punctuation"}),
              ("Citizens Advice", {"charity"}), ("Dying Matters", {"charity"})]  # fmt: skip
_RESEARCH_FIRMS = ["SunLife", "Royal London", "Mintel", "YouGov", "Ipsos", "Kantar", "IBISWorld", "LaingBuisson",
                   "Legacy Foresight", "Savanta", "Opinium", "Kamakura Shinsho", "Yano Research Institute", "Canstar",
                   "Finder", "Statista", "Key Note"]  # fmt: skip
_LEGISLATION = [("legislation.gov.uk", "Care Act 2014, c. 23", 2014, "https://www.legislation.gov.uk/ukpga/2014/23/contents"),
                ("legislation.gov.uk", "The Financial Services and Markets Act 2000 (Regulated Activities) (Amendment) Order 2021", 2021, "https://www.legislation.gov.uk/uksi/2021/90/contents/made"),
                ("UK Parliament", "Burial and Cremation (Scotland) Act 2016", 2016, "https://www.legislation.gov.uk/asp/2016/20/contents"),
                ("Irish Statute Book", "Assisted Decision-Making (Capacity) Act 2015", 2015, "https://www.irishstatutebook.ie/eli/2015/act/64/enacted/en/html"),
                ("Irish Statute Book", "Health Act 2007", 2007, "https://www.irishstatutebook.ie/eli/2007/act/23/enacted/en/html"),
                ("Federal Register of Legislation", "Aged Care Act 1997", 1997, "https://www.legislation.gov.au/C2004A05206/latest/text"),
                ("Republic of South Africa", "Consumer Protection Act 68 of 2008", 2009, "https://www.gov.za/documents/consumer-protection-act"),
                ("Consumer Affairs Agency", "Act on Specified Commercial Transactions (Act No. 57 of 1976)", 1976, "https://www.japaneselawtranslation.go.jp/en/laws/view/2813")]  # fmt: skip
_NEWS = ["The Guardian", "The Times", "The Telegraph", "BBC News", "Financial Times", "The Irish Times",
         "Irish Independent", "RTÉ News", "The Sydney Morning Herald", "ABC News", "News24", "Daily Maverick",
         "Mail & Guardian", "The Japan Times", "Nikkei Asia", "The Mainichi", "Daily Graphic", "GhanaWeb", "MyJoyOnline"]  # fmt: skip
_TRADE = ["Funeral Service Times", "Funeral Service Journal", "Funeral Director Monthly", "Care Home Professional",
          "Homecare Insight", "Third Sector", "Civil Society", "Money Marketing", "FTAdviser", "Marketing Week",
          "Campaign", "Today's Wills and Probate", "Aged Care Insite", "Australian Ageing Agenda", "Moneyweb"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip


class Blind368WorkFactory(WorkFactory):
    """The blind368 pool's works (see the module's docstring). A subclass, so the other halves are unchanged."""

    KINDS = ("book", "chapter", "journal", "report", "regulator", "statistics", "legislation", "annual-report",
             "press-release", "charity-web", "market-research", "trade-press", "news", "obituary", "web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 368)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 389 + index)
                self.fakers[locale] = fake
        self.surnames: list[str] = []
        self.dated_orgs: list[tuple[str, set[str], int, str]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.13:
            family, given = rng.choice(_IRISH)
            name = {"family": family, "given": given}
        elif roll < 0.25:
            family, given = rng.choice(_JAPANESE)
            name = {"family": family, "given": given}
        elif roll < 0.37:
            family, given = rng.choice(_GHANAIAN)
            name = {"family": family, "given": given}
        elif roll < 0.5:
            family, given = rng.choice(_SOUTH_AFRICAN)
            name = {"family": family, "given": given}
        elif roll < 0.54:
            particle, family, given = rng.choice(_PARTICLE)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.58 and self.surnames:  # a second author with a surname already in the report
            name = {"family": rng.choice(self.surnames), "given": self.fakers["en_GB"].first_name()}
        else:
            fake = self.fakers[rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            words = family.split()
            if len(words) > 1 and words[0].islower():
                name = {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
            else:
                name = {"family": family, "given": given}
                extra = rng.random()
                if extra < 0.06:
                    name["family"] = f"{family}-{self.fakers['en_GB'].last_name()}"
                elif extra < 0.1:
                    name["family"] = rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_GB"].last_name().split("-")[0]
        if rng.random() < 0.15 and "non-dropping-particle" not in name:  # two initials, as many journals print them
            name["given"] = f"{name['given']} {rng.choice('ABCDEGHJKLMNPRST')}."
        self.surnames.append(name["family"])
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def family_firm(self) -> tuple[str, set[str]]:
        fake = self.fakers[self.rng.choice(["en_GB", "en_GB", "en_IE", "en_AU"])]
        last = fake.last_name()
        forms = [(f"{last} & Sons Funeral Directors", {"company", "ampersand"}), (f"{last}'s Funeral Service", {"company", "apostrophe"}),
                 (f"{last} Family Funerals", {"company"}), (f"{last} & {fake.last_name()}", {"company", "ampersand"}),
                 (f"{last} Care Homes", {"company"}), (f"{last} Home Care", {"company"})]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1990, 2004)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        rng = self.rng
        low = max(2023, issued[0] if issued else 2023)
        year = rng.randint(low, max(low, 2025))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if issued and year == issued[0]:
            month = max(month, issued[1] if len(issued) > 1 else 1)
            if len(issued) > 2 and month == issued[1]:
                day = max(day, issued[2])
        return {"date-parts": [[year, month, day]]}

    def _day(self, year: int) -> dict[str, list[list[int]]]:
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        if domain:
            return f"https://www.{domain}/{fake.slug()}"
        return fake.url() + fake.uri_path()

    # ------------------------------------------------------------------ titles
    def _topic(self) -> str:
        return self.rng.choice(_TOPICS)

    def _title(self) -> str:
        rng = self.rng
        topic, other = self._topic(), self._topic()
        where = rng.choice(_PLACED.get(topic, _SETTINGS))
        forms = [f"{topic[0].upper()}{topic[1:]} in {where}", f"Marketing the unmentionable: {topic} and {other}",
                 f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {where}",
                 f"Trust, grief and choice: {topic} in {where}", f"When customers are vulnerable: {topic}",
                 f"Rethinking {topic}", f"{topic[0].upper()}{topic[1:]}: a consumer perspective",
                 f"Selling peace of mind? {topic[0].upper()}{topic[1:]} in {where}",
                 f"Older consumers and {topic}", f"The ethics of {topic}", f"Advertising {topic}: offence, taboo and trust",
                 f"Who decides? {topic[0].upper()}{topic[1:]} and the family"]  # fmt: skip
        return rng.choice(forms)

    def _book_title(self) -> str:
        rng = self.rng
        forms = ["Services marketing: people, technology, strategy", "Consumer behaviour: a European perspective",
                 "Principles of marketing", "Marketing management", "Services marketing: integrating customer focus across the firm",
                 "Consumer behaviour in Africa", "Marketing to the ageing consumer", "The business of death",
                 "Death care marketing", "Fundraising: principles and practice", "Relationship marketing",
                 "Marketing ethics and society", "Consumer behaviour: buying, having and being",
                 f"{self._topic()[0].upper()}{self._topic()[1:]}: a practical guide", f"Understanding {self._topic()}",
                 f"{rng.choice(['Managing', 'Marketing'])} {rng.choice(['care services', 'funeral services', 'later-life services', 'charities'])}"]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.KINDS), weights=[10, 5, 22, 4, 7, 7, 3, 6, 5, 6, 8, 5, 6, 2, 4])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if "issued" in record:
            self.dated_orgs.append((name, set(tags), record["issued"]["date-parts"][0][0], kind))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, set(tags) | {"organisation"})

    def _again(self, kind: str, name: str, tags: set[str], year: int) -> tuple[str, set[str], int]:
        """Now and then the organisation of an earlier work of this kind, in that work's year ("SunLife, 2024a" and
        "2024b"); otherwise the name and year drawn."""
        same = [entry for entry in self.dated_orgs if entry[3] == kind]
        if same and self.rng.random() < 0.15:
            name, tags, year, _kind = self.rng.choice(same)
        return name, set(tags), year

    def _book(self) -> Work:
        rng = self.rng
        if rng.random() < 0.1:
            authors, year, title, publisher, place = rng.choice(_CLASSIC_BOOKS)
            record: dict[str, Any] = {"type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                                      "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
            return self._person_work(record, "book")
        publisher, place = rng.choice(_PUBLISHERS)
        record = {"type": "book", "title": self._book_title(), "author": self._people(4),
                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if rng.random() < 0.35:
            record["edition"] = str(rng.randint(2, 12))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS[:12])
        start = rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 3))], "container-title": rng.choice(_HANDBOOKS),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        if rng.random() < 0.08:
            authors, year, title, journal, volume, issue, pages = rng.choice(_CLASSIC_ARTICLES)
            record: dict[str, Any] = {"type": "article-journal", "title": title,
                                      "author": [{"family": f, "given": g} for f, g in authors], "container-title": journal,
                                      "issued": {"date-parts": [[year]]}, "volume": volume, "issue": issue, "page": pages}  # fmt: skip
            return self._person_work(record, "journal")
        year = self.year()
        record = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": rng.choice(_JOURNALS), "issued": {"date-parts": [[year]]},
            "volume": str(rng.randint(1, 60)), "issue": str(rng.randint(1, 12)),
        }  # fmt: skip
        if rng.random() < 0.2 and year >= 2015:
            record["page"] = f"e{rng.randint(12000, 13999)}"
        else:
            start = rng.randint(1, 900)
            record["page"] = f"{start}-{start + rng.randint(8, 30)}"
        if rng.random() < 0.55:
            record["DOI"] = (
                f"10.{rng.choice(['1080', '1177', '1108', '1111', '1002', '1016'])}/{self.fakers['en_GB'].lexify('????').lower()}.{year}.{rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        """A research report by named authors, for a think tank, a university centre or a charity."""
        rng = self.rng
        publisher, place = rng.choice(_THINK_TANKS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": rng.choice([self._title(), f"The cost of a good death: {self._topic()}",
                                                   f"Later life in {rng.choice(_SETTINGS)}: {self._topic()}"]),
            "author": self._people(3), "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after([year])
        return self._person_work(record, "report")

    def _regulator(self) -> Work:
        rng = self.rng
        name, tags, year = self._again("regulator", *rng.choice(_REGULATORS), rng.randint(2016, 2025))
        groups = {"FCA": ["Funeral plans: new rules to protect consumers", "Funeral plan providers: our supervisory strategy",
                          "Guidance for firms on the fair treatment of vulnerable customers", "Consumer Duty: findings from our review"],
                  "CMA": ["Funerals market investigation: final report", "Care homes for older people: market study",
                          "Consumer law advice for care home providers"],
                  "CQC": ["State of health care and adult social care in England", "Guide to choosing a care home",
                          "Home care: what you can expect"],
                  "Financial Ombudsman": ["Complaints data: funeral plans", "Insight: complaints about pre-paid funeral plans"],
                  "Local Government": ["Annual review of complaints about adult social care", "Focus report: charging for care"],
                  "Legal Services": ["Will-writing: the case for regulation", "Consumer research on will-writing services"],
                  "HIQA": ["Overview report on nursing homes for older people", "National standards for residential care settings for older people"],
                  "Competition and Consumer": ["Funeral services: a guide for consumers", "Buying a funeral in Ireland"],
                  "Australian Competition": ["Funeral insurance policies: conduct review", "Funeral services: your rights"],
                  "ACCC": ["Funeral insurance policies: conduct review", "Funeral services: your rights"],
                  "Aged Care Quality": ["Sector performance report", "Strengthened aged care quality standards"],
                  "NSW Fair Trading": ["Pre-paid funerals: what you need to know", "Funeral goods and services: a guide"],
                  "FSCA": ["Funeral policies: what consumers should know", "Conduct standard for funeral insurance"],
                  "National Consumer Commission": ["Funeral parlour practices: consumer advisory", "Complaints about funeral services"],
                  "Consumer Affairs Agency": ["Notice on end-of-life service contracts", "White paper on consumer affairs"],
                  "National Insurance Commission": ["Funeral insurance in Ghana: market conduct", "Annual insurance market report"],
                  "Advertising Standards": ["Ruling on a funeral plan advertisement", "Advertising funeral plans: advice online"],
                  "Ofcom": ["Scheduling of advertising about death and bereavement", "Older people's media use"]}  # fmt: skip
        key = next((k for k in groups if name.startswith(k) or k in name), None)
        if key is None:
            key = {"ASA": "Advertising Standards"}.get(name, "FCA")
        titles = groups[key]
        issued = [year, rng.randint(1, 12), rng.randint(1, 28)] if rng.random() < 0.3 else [year]
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": rng.choice(titles),
                                  "issued": {"date-parts": [issued]}, "URL": self._url()}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        if rng.random() < 0.93:  # now and then an online report written without its access date, by habit
            record["accessed"] = self._accessed_after(issued)
        return self._org_work(record, "regulator", name, tags)

    def _statistics(self) -> Work:
        rng = self.rng
        name, tags, year = self._again("statistics", *rng.choice(_STATISTICS), rng.randint(2012, 2025))
        general = [
            "Population projections: older people",
            "Deaths in the care sector",
            "Life expectancy at 65 by local area",
        ]
        titles = {"Office for National Statistics": [f"Deaths registered in England and Wales: {year - 1}", "Care homes and estimating the self-funding population",
                                                     "Unpaid care by age, sex and deprivation"],
                  "National Records of Scotland": [f"Vital events reference tables {year - 1}"],
                  "Northern Ireland Statistics and Research Agency": [f"Registrar General annual report {year - 1}"],
                  "Central Statistics Office": [f"Vital statistics yearly summary {year - 1}", "Older persons information hub"],
                  "Department of Health and Social Care": ["Adult social care charging reform: further details", "People at the heart of care"],
                  "Department for Work and Pensions": [f"Funeral expenses payment statistics to {rng.choice(_MONTHS)} {year}"],
                  "Department of Health": ["Nursing Homes Support Scheme: annual report", "Home support services: a review"],
                  "Australian Bureau of Statistics": [f"Causes of death, Australia, {year - 1}", f"Deaths, Australia, {year - 1}"],
                  "Australian Institute of Health and Welfare": ["Older Australians", "Deaths in Australia"],
                  "Department of Health and Aged Care": ["Aged care data snapshot", "Home Care Packages Program data report"],
                  "Statistics South Africa": ["Mortality and causes of death in South Africa: findings from death notification"],
                  "Statistics Bureau of Japan": [f"Statistical handbook of Japan {year}", "Statistics on the elderly"],
                  "Ministry of Health, Labour and Welfare": [f"Vital statistics of Japan {year - 1}", "Annual health, labour and welfare report"],
                  "Ghana Statistical Service": ["Ghana 2021 population and housing census: general report", "Ghana 2021 PHC: mortality"],
                  "Scottish Government": ["Funeral costs guidance", "Care home census for adults in Scotland"],
                  "Welsh Government": ["Care homes and care home beds", "Funeral poverty in Wales"]}  # fmt: skip
        short = {
            "ONS": "Office for National Statistics",
            "CSO": "Central Statistics Office",
            "Stats SA": "Statistics South Africa",
        }
        titles = [*titles.get(short.get(name, name), []), general[year % len(general)]]
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url()}  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "statistics", name, tags)

    def _legislation(self) -> Work:
        rng = self.rng
        author, title, year, url = rng.choice(_LEGISLATION)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}, "URL": url,
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        return self._org_work(record, "legislation", author, {"legislation", "government"})

    def _annual_report(self) -> Work:
        rng = self.rng
        name, tags = self.family_firm() if rng.random() < 0.25 else rng.choice(_PROVIDERS + _CHARITIES)
        name, tags, year = self._again("annual-report", name, tags, rng.randint(2012, 2025))
        title = rng.choice([f"Annual report and accounts {year}", f"Annual report and accounts {year - 1}/{str(year)[2:]}",
                            f"Integrated annual report {year}", f"Trustees' report and financial statements {year - 1}",
                            f"Impact report {year}", f"Annual report {year - 1}", "Our year in review"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0]}  # fmt: skip
        if rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "annual-report", name, tags)

    def _press_release(self) -> Work:
        rng = self.rng
        name, tags, year = self._again(
            "press-release", *rng.choice(_PROVIDERS + _CHARITIES[:16]), rng.randint(2016, 2025)
        )
        issued = self._day(year)["date-parts"][0]
        titles = ["Funeral prices frozen for a third year", "New direct cremation service launched",
                  f"{rng.randint(2, 9)} in 10 people have not discussed their funeral wishes, survey finds",
                  "Legacy income reaches record high", "Free will-writing service opens for the autumn",
                  "Care home achieves Outstanding rating", "Statement on FCA authorisation",
                  "Partnership announced with national bereavement charity", "Our response to the funerals market investigation",
                  "New home-care branch opens", "Price list changes explained", "Record number of gifts in wills pledged"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": rng.choice(titles), "issued": {"date-parts": [issued]},
                                  "URL": self._url(), "accessed": self._accessed_after(issued)}  # fmt: skip
        return self._org_work(record, "press-release", name, tags)

    def _charity_web(self) -> Work:
        """A provider's, charity's or trade body's page, often undated."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            name, tags = self.family_firm()
        else:
            name, tags = rng.choice(_CHARITIES + _PROVIDERS)
        titles = ["Leave a gift in your will", "What to do when someone dies", "Planning a funeral",
                  "How to choose a care home", "Our prices", "Funeral plans explained", "Paying for care",
                  "Our history", "About us", "Direct cremation: what is it?", "Write your will online",
                  "Code of practice", "Talking about dying", "Home care services", "Bereavement support",
                  "Price comparison: funeral costs"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": rng.choice(titles), "URL": self._url()}
        issued = None
        if rng.random() < 0.45:
            issued = [rng.randint(2013, 2025)]
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self._accessed_after(issued)
        return self._org_work(record, "charity-web", name, tags | ({"undated"} if issued is None else set()))

    def _market_research(self) -> Work:
        rng = self.rng
        name, _tags, year = self._again("market-research", rng.choice(_RESEARCH_FIRMS), set(), rng.randint(2014, 2025))
        titles = {"SunLife": [f"Cost of dying report {year}", f"Cost of dying {year}: the UK's funeral costs"],
                  "Royal London": [f"National funeral cost index report {year}", "Funeral costs and funeral debt"],
                  "Mintel": [f"Funeral services - UK - {rng.choice(_MONTHS)} {year}", f"Later life planning - UK - {year}"],
                  "Legacy Foresight": [f"Legacy Monitor: {year} trends", "Legacy giving in Britain"],
                  "LaingBuisson": [f"Care homes for older people UK market report, {rng.randint(30, 34)}th edn",
                                   "Homecare and supported living UK market report"],
                  "Kamakura Shinsho": [f"Survey on funeral costs {year}", "Survey on family-only funerals"],
                  "Yano Research Institute": [f"Funeral business market in Japan {year}", "Ending-industry market outlook"],
                  "IBISWorld": ["Funeral homes in Australia - market research report", "Funeral homes in the UK - market size"],
                  "Canstar": ["Funeral insurance: what Australians pay", f"Funeral costs in Australia {year}"],
                  "Finder": [f"Funeral cost statistics {year}", "Funeral insurance survey"]}  # fmt: skip
        title = rng.choice(titles.get(name, [f"Attitudes to death and dying {year}", f"Over-55s and later-life planning {year}",
                                             "Funeral plans: consumer attitudes", f"Wills and legacy giving tracker {year}"]))  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": self._url()}
        issued = None
        if rng.random() < 0.92:
            issued = [year]
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self._accessed_after(issued)
        return self._org_work(record, "market-research", name, {"market-research"})

    def _trade_press(self) -> Work:
        rng = self.rng
        year = rng.randint(2014, 2025)
        issued = self._day(year)["date-parts"][0]
        container = rng.choice(_TRADE)
        record: dict[str, Any] = {"type": "article-magazine", "title": self._title(), "container-title": container,
                                  "issued": {"date-parts": [issued]}, "URL": self._url(),
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        if rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        return self._org_work(record, "trade-press", container, {"press"})

    def _news(self) -> Work:
        rng = self.rng
        year = rng.randint(2010, 2025)
        issued = self._day(year)["date-parts"][0]
        container = rng.choice(_NEWS)
        headlines = [f"Funeral costs rise again as families turn to {rng.choice(['direct cremation', 'DIY funerals', 'crowdfunding'])}",
                     "Funeral plan firms collapse leaves customers out of pocket", "Care home fees soar as councils squeeze budgets",
                     "Japan's funeral industry adapts to an ageing society", "Why Ghanaians spend big on funerals",
                     "South Africans turn to burial societies as costs bite", "Irish families priced out of traditional funerals",
                     "Online will-writing booms after pandemic", "The rise of the celebration of life",
                     "Charities count on gifts in wills", "Regulator cracks down on funeral plan sellers",
                     "Home care workers in short supply", "Ads about death: where is the line?"]  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": rng.choice(headlines), "container-title": container,
                                  "issued": {"date-parts": [issued]}, "URL": self._url(),
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        if rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", container, {"press"})

    def _obituary(self) -> Work:
        """An obituary used as a source (a founder's or a sector figure's life), signed or, as many are, unsigned."""
        rng = self.rng
        year = rng.randint(2008, 2025)
        issued = self._day(year)["date-parts"][0]
        subject = self.person()
        self.surnames.pop()  # the subject is no author
        full = f"{subject['given']} {' '.join(filter(None, [subject.get('non-dropping-particle'), subject['family']]))}"
        title = rng.choice([f"{full} obituary", f"Obituary: {full}, funeral director",
                            f"{full}: the undertaker who changed how {rng.choice(['Britain', 'Ireland', 'Australia'])} says goodbye",
                            f"{full}, founder of a family funeral firm"])  # fmt: skip
        container = rng.choice(["The Guardian", "The Times", "The Telegraph", "The Irish Times", "The Sydney Morning Herald",
                                "Daily Maverick", "The Japan Times", "Daily Graphic", "Funeral Service Times"])  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": container,
                                  "issued": {"date-parts": [issued]}, "URL": self._url(),
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        if rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "obituary")
        return self._org_work(record, "obituary", container, {"press"})

    def _web(self) -> Work:
        """A page or blog post by a named author (a celebrant, an adviser, a funeral-costs blogger), often undated."""
        rng = self.rng
        titles = ["What does a funeral really cost?", "Ten questions to ask a funeral director",
                  "Why we should talk about death at the dinner table", "Is a pre-paid funeral plan worth it?",
                  "Choosing a care home for a parent", "How to write a will online", "Direct cremation explained",
                  "A celebrant's view of modern funerals", "Leaving a legacy: a fundraiser's guide",
                  "What I learned from twenty years as an undertaker"]  # fmt: skip
        record: dict[str, Any] = {"type": "post-weblog", "title": rng.choice(titles), "author": self._people(2),
                                  "container-title": rng.choice(["The Good Funeral Guide", "Funeral Guide", "LinkedIn",
                                                                 "Medium", "The Conversation", "Which? Later Life Care"]),
                                  "URL": self._url()}  # fmt: skip
        issued = None
        if rng.random() < 0.6:
            issued = self._day(self.year())["date-parts"][0]
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self._accessed_after(issued)
        return self._person_work(record, "web")
