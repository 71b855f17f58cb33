"""Works for the hundred-and-seventy-ninth independent pool, "blind179" (HELD OUT): what marketers in English Canada
and its diaspora cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Authors carry the names of English Canada and
of those who write about it: Anglo, Scottish, Irish and Newfoundland names (O', Mc, Mac), Québécois and Acadian
names with accents, hyphens and "St-", Ukrainian, Italian, Portuguese, Chinese (Cantonese and Mandarin
spellings), Punjabi (Kaur and Singh, double surnames), Filipino ("Dela Cruz", "de Guzman"), Caribbean, First
Nations, Métis and Inuit names (Cree, Ojibwe, Mohawk, Inuktitut; hyphened and double names, the nation in
brackets now and then). Works: textbooks and e-books (Canadian editions), chapters, journal articles with one to
eight authors, theses from Canadian business schools, ASAC and other conference papers, company pages and reports
(Inc., Ltd., Corp., ULC, LP, co-operatives, Crown corporations), trade bodies, regulators and governments, federal
and provincial statutes with their chapter numbers, research firms (titles with a year), signed and unsigned news,
posts, podcasts, videos and undated pages; titles in English, French and Indigenous languages with English in
square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given) as they appear on papers and pages. Given names with a hyphen are kept only where both parts are
# capitalised ("Jean-François"), as reference managers hold them.
_ANGLO = [("Thompson", "Sarah"), ("MacDonald", "Heather"), ("McLean", "Ian"), ("Fraser", "Colin"),
          ("Macpherson", "Ailsa"), ("Campbell", "Douglas"), ("O'Brien", "Siobhan"), ("O'Neill", "Patrick"),
          ("Power", "Bridget"), ("Walsh", "Kieran"), ("Fitzgerald", "Maura"), ("Doyle", "Sean"),
          ("Parsons", "Krista"), ("Murphy", "Connor"), ("Whitmore", "Graham"), ("Henderson", "Leslie"),
          ("Robertson", "Kathleen"), ("Mackenzie", "Duncan"), ("Kavanagh", "Niamh"), ("Reid", "Fiona"),
          ("Sutherland", "Alasdair"), ("Hutchings", "Wade"), ("Penney", "Gail"), ("Abbott", "Jennifer"),
          ("Cunningham", "Mark"), ("Ferguson", "Rory"), ("Ó Súilleabháin", "Éamonn"), ("Ní Dhomhnaill", "Róisín")]  # fmt: skip
_QUEBEC_ACADIAN = [("Tremblay", "Marie-Ève"), ("Gagnon", "Jean-François"), ("Bélanger", "Sophie"), ("Côté", "Mathieu"),
                   ("Lévesque", "Geneviève"), ("Bérubé", "Luc"), ("Ouellet", "Isabelle"), ("Pelletier", "Annie"),
                   ("St-Pierre", "Amélie"), ("Saint-Onge", "Benoît"), ("LeBlanc", "Natalie"), ("Arsenault", "Rémi"),
                   ("Thériault", "Chantal"), ("Cormier", "Roch"), ("Doucet", "Josée"), ("d'Entremont", "Marc-André"),
                   ("Robichaud", "Lise"), ("Boudreau", "Yvon"), ("Fortin-Lavoie", "Élise"), ("Bouchard", "Frédéric"),
                   ("Des Rosiers", "Hélène"), ("Lafrenière", "Stéphane"), ("Gauthier", "Noémie"), ("Poirier", "Réjean")]  # fmt: skip
_UKRAINIAN = [("Kowalchuk", "Natalka"), ("Hnatyshyn", "Oksana"), ("Fedoruk", "Taras"), ("Tkachuk", "Larissa"),
              ("Melnyk", "Andriy"), ("Kostyniuk", "Roman"), ("Wasylycia-Leis", "Darka"), ("Shevchuk", "Olena"),
              ("Yaremko", "Bohdan"), ("Hrynchuk", "Marusia"), ("Stefaniuk", "Ivanna"), ("Bilyk", "Mykola")]  # fmt: skip
_ITALIAN_PORTUGUESE = [("Mastronardi", "Gina"), ("Iacobucci", "Paolo"), ("DiNovo", "Carla"), ("Del Duca", "Marco"),
                       ("Tedesco", "Antonella"), ("Fantino", "Luca"), ("Colalillo", "Teresa"), ("Medeiros", "Paulo"),
                       ("Pacheco", "Fátima"), ("Furtado", "Nelson"), ("Sousa", "Conceição"), ("Rebelo", "Tiago")]  # fmt: skip
_PORTUGUESE_PARTICLES = [("da", "Silva", "Ana Paula"), ("de", "Sousa", "Miguel"), ("dos", "Santos", "Rui")]  # fmt: skip
_CHINESE = [("Wong", "Ka Wai"), ("Chan", "Mei Ling"), ("Lam", "Kelvin"), ("Leung", "Winnie"), ("Ng", "Alvin"),
            ("Cheung", "Siu Ming"), ("Chiu", "Grace"), ("Tse", "Raymond"), ("Ho", "Cindy"), ("Lau", "Tak Wah"),
            ("Zhang", "Wei"), ("Liu", "Yiqing"), ("Wang", "Xinyi"), ("Chen", "Jiahui"), ("Yeung", "Dickson"),
            ("Kwok", "Vanessa"), ("Tsang", "Wing Yan"), ("Lee", "Justin")]  # fmt: skip
_PUNJABI = [("Sandhu", "Harpreet Kaur"), ("Dhaliwal", "Gurjit"), ("Grewal", "Amandeep"), ("Gill", "Navdeep"),
            ("Sidhu", "Rajvir"), ("Brar", "Simran"), ("Dhillon", "Jaspreet"), ("Sahota", "Manpreet"),
            ("Bains", "Karanveer"), ("Kaur", "Rupinder"), ("Singh", "Harjit"), ("Kaur Sandhu", "Gurleen"),
            ("Singh Bhullar", "Arshdeep"), ("Virk", "Prabhjot"), ("Toor", "Balraj"), ("Cheema", "Inderjit")]  # fmt: skip
_FILIPINO = [("Dela Cruz", "Maria Luisa"), ("Santos", "Jericho"), ("Reyes", "Kristine"), ("Bautista", "Ramon"),
             ("Mendoza", "Lorna"), ("Villanueva", "Paolo"), ("Macapagal", "Joy"), ("Tolentino", "Mark Anthony"),
             ("Delos Reyes", "Bea"), ("Manalo", "Rhea")]  # fmt: skip
_FILIPINO_PARTICLES = [("de", "Guzman", "Angelica"), ("de", "Leon", "Carlo"), ("de los", "Santos", "Mariel")]  # fmt: skip
_CARIBBEAN = [("Ramcharan", "Devika"), ("Persaud", "Anil"), ("Alleyne", "Marcia"), ("Brathwaite", "Desmond"),
              ("Forde", "Keisha"), ("Ramsaroop", "Shivani"), ("McKenzie", "Andre"), ("St. Louis", "Carline"),
              ("Clarke", "Nadine"), ("Gopaul", "Ravi"), ("Joseph", "Yolande"), ("Charles", "Kervin")]  # fmt: skip
# First Nations, Métis and Inuit names; a few keep the nation in brackets, as some reference lists do.
_INDIGENOUS = [("Cardinal", "Tantoo", "(Cree)"), ("Ahenakew", "Freda", "(Cree)"), ("Sinclair", "Niigaan", "(Anishinaabe)"),
               ("Laboucan-Massimo", "Melina", "(Lubicon Cree)"), ("Bearskin", "Lisa", "(Cree)"),
               ("Akiwenzie-Damm", "Kateri", "(Anishinaabe)"), ("Benton-Banai", "Edward", "(Ojibwe)"),
               ("Manitowabi", "Darrel", "(Ojibwe)"), ("Simpson", "Leanne Betasamosake", "(Michi Saagiig Nishnaabeg)"),
               ("Horn-Miller", "Kahente", "(Kanien'kehá:ka)"), ("Deer", "Kenneth", "(Mohawk)"), ("Diabo", "Russell", "(Mohawk)"),
               ("Kusugak", "Jose", "(Inuk)"), ("Arnatsiaq", "Tagak", "(Inuk)"), ("Qaqqaq", "Mumilaaq", "(Inuk)"),
               ("Aglukark", "Susan", "(Inuk)"), ("Kunuk", "Zacharias", "(Inuk)"), ("Ipellie", "Alootook", "(Inuk)"),
               ("Watt-Cloutier", "Sheila", "(Inuk)"), ("Pitseolak", "Peter", "(Inuk)"), ("Vowel", "Chelsea", "(Métis)"),
               ("Chartrand", "Paul", "(Métis)"), ("Dumont", "Marilyn", "(Métis)"), ("Lagimodière", "Clément", "(Métis)"),
               ("Wuttunee", "Wanda", "(Cree)"), ("Kinew", "Wab", "(Anishinaabe)"), ("Swampy", "Ellen", "(Cree)"),
               ("Nanibush", "Wanda", "(Anishinaabe)"), ("Okalik", "Paul", "(Inuk)"), ("Tagalik", "Shirley", "(Inuk)"),
               ("McLeod", "Neal", "(Cree)"), ("Lavallée", "Guy", "(Métis)")]  # fmt: skip
_EXPATRIATES = [("Hughes", "Rebecca"), ("Okafor", "Chinedu"), ("Kim", "Jiwoo"), ("Müller", "Katrin"),
                ("Nakamura", "Yuki"), ("Park", "Seojun"), ("Haddad", "Rania"), ("Khan", "Sana"),
                ("Nguyen", "Thi Lan"), ("Fernández", "Lucía"), ("Rahman", "Tanvir"), ("van der", "Meer", "Anouk")]  # type: ignore[list-item]  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Royal Bank of Canada", {"company"}), ("RBC", {"company", "acronym"}), ("TD Bank Group", {"company"}),
    ("Scotiabank", {"company"}), ("BMO Financial Group", {"company"}), ("CIBC", {"company", "acronym"}),
    ("National Bank of Canada", {"company"}), ("Desjardins Group", {"company", "co-operative"}),
    ("Tangerine Bank", {"company"}), ("EQ Bank", {"company"}), ("Wealthsimple Technologies Inc.", {"company"}),
    ("Interac Corp.", {"company"}), ("KOHO Financial Inc.", {"company"}), ("Manulife", {"company"}),
    ("Sun Life Financial Inc.", {"company"}), ("Intact Financial Corporation", {"company"}),
    ("Rogers Communications Inc.", {"company"}), ("BCE Inc.", {"company"}), ("TELUS", {"company"}),
    ("Freedom Mobile Inc.", {"company"}), ("Vidéotron", {"company"}), ("Loblaw Companies Limited", {"company"}),
    ("Shoppers Drug Mart", {"company"}), ("Sobeys Inc.", {"company"}), ("Metro Inc.", {"company"}),
    ("Canadian Tire Corporation, Limited", {"company", "comma"}), ("Hudson's Bay Company", {"company", "apostrophe"}),
    ("Roots Corporation", {"company"}), ("lululemon athletica inc.", {"company", "lowercase"}),
    ("Aritzia LP", {"company"}), ("Indigo Books & Music Inc.", {"company", "ampersand"}),
    ("Dollarama Inc.", {"company"}), ("Costco Wholesale Canada Ltd.", {"company"}),
    ("Walmart Canada Corp.", {"company"}), ("Tim Hortons", {"company"}), ("Restaurant Brands International", {"company"}),
    ("McCain Foods Limited", {"company"}), ("Maple Leaf Foods Inc.", {"company"}), ("Saputo Inc.", {"company"}),
    ("Molson Coors Canada", {"company"}), ("Labatt Breweries of Canada", {"company"}), ("Ganong Bros., Limited", {"company", "comma"}),
    ("Shopify Inc.", {"company"}), ("OpenText Corporation", {"company"}), ("Air Canada", {"company"}),
    ("WestJet Airlines Ltd.", {"company"}), ("Porter Airlines", {"company"}), ("VIA Rail Canada", {"company", "crown"}),
    ("CBC/Radio-Canada", {"crown", "slash"}), ("Canada Post Corporation", {"crown"}), ("Rethink", {"company"}),
    ("Cossette", {"company"}), ("Zulu Alpha Kilo", {"company"}), ("Mountain Equipment Company", {"co-operative"}),
    ("Arctic Co-operatives Limited", {"co-operative"}), ("Federated Co-operatives Limited", {"co-operative"}),
    ("Canadian Marketing Association (CMA)", {"trade-body", "abbreviation"}), ("Canadian Marketing Association", {"trade-body"}),
    ("Ad Standards", {"trade-body"}), ("Retail Council of Canada", {"trade-body"}),
    ("Association of Canadian Advertisers", {"trade-body"}), ("Interactive Advertising Bureau of Canada", {"trade-body"}),
    ("IAB Canada", {"trade-body", "acronym"}), ("Canadian Bankers Association", {"trade-body"}),
    ("Conference Board of Canada", {"trade-body"}), ("Canadian Federation of Independent Business (CFIB)", {"trade-body", "abbreviation"}),
    ("Inuit Tapiriit Kanatami (ITK)", {"indigenous", "abbreviation"}), ("Assembly of First Nations", {"indigenous"}),
    ("Métis National Council", {"indigenous"}), ("Nunavut Tunngavik Incorporated", {"indigenous"}),
    ("Canadian Council for Indigenous Business (CCIB)", {"indigenous", "abbreviation"}),
]  # fmt: skip
_GOVERNMENT = ["Statistics Canada", "Office of the Privacy Commissioner of Canada", "Competition Bureau Canada",
               "Canadian Radio-television and Telecommunications Commission (CRTC)", "CRTC",
               "Innovation, Science and Economic Development Canada", "Government of Canada", "Bank of Canada",
               "Financial Consumer Agency of Canada", "Canadian Heritage", "Government of Ontario",
               "Commission d'accès à l'information du Québec", "Health Canada", "Destination Canada",
               "Office of the Information and Privacy Commissioner for British Columbia",
               "Crown-Indigenous Relations and Northern Affairs Canada", "Government of Nunavut",
               "Office québécois de la langue française"]  # fmt: skip
_GOVERNMENT_WORKS = [
    ("Statistics Canada", "statcan.gc.ca", ["Table 20-10-0056-01 Monthly retail trade sales by province and territory",
                                            "Census of Population 2021: focus on geography series", "The Daily: retail e-commerce sales",
                                            "Canadian Internet Use Survey, 2022", "Immigrants make up the largest share of the population in over 150 years"]),
    ("Office of the Privacy Commissioner of Canada", "priv.gc.ca", ["Guidelines for obtaining meaningful consent",
                                                                   "Guidelines on privacy and online behavioural advertising",
                                                                   "2022-23 Survey of Canadians on privacy-related issues"]),
    ("Competition Bureau Canada", "competition-bureau.canada.ca", ["Enforcement advisory: drip pricing",
                                                                  "Environmental claims and the Competition Act", "Retail grocery market study report",
                                                                  "The Deceptive Marketing Practices Digest"]),
    ("Canadian Radio-television and Telecommunications Commission (CRTC)", "crtc.gc.ca", ["Communications market reports",
                                                                                         "Canada's Anti-Spam Legislation: frequently asked questions",
                                                                                         "Wireless Code"]),
    ("CRTC", "crtc.gc.ca", ["Communications market reports", "Unsolicited telemarketing rules"]),
    ("Innovation, Science and Economic Development Canada", "ised-isde.canada.ca", ["Canada's Digital Charter in action",
                                                                                      "Key small business statistics 2023"]),
    ("Government of Canada", "canada.ca", ["Canada's Anti-Spam Legislation", "Buy Canadian: made-in-Canada products",
                                           "National Day for Truth and Reconciliation"]),
    ("Bank of Canada", "bankofcanada.ca", ["Methods-of-Payment Survey report", "Monetary policy report – October 2024"]),
    ("Financial Consumer Agency of Canada", "canada.ca", ["Canadian Financial Capability Survey", "Banking complaint handling"]),
    ("Canadian Heritage", "canada.ca", ["Online News Act", "Official languages in Canada: facts and figures"]),
    ("Government of Ontario", "ontario.ca", ["Your rights under the Consumer Protection Act", "Ontario's Made in Ontario strategy"]),
    ("Commission d'accès à l'information du Québec", "cai.gouv.qc.ca", ["Loi 25 : ce qui change pour les entreprises [Law 25: what changes for businesses]",
                                                                        "Guide sur le consentement [Guide to consent]"]),
    ("Office québécois de la langue française", "oqlf.gouv.qc.ca", ["Les marques de commerce et l'affichage [Trademarks and signage]",
                                                                    "La langue du commerce et des affaires [The language of commerce and business]"]),
    ("Health Canada", "canada.ca", ["Front-of-package nutrition symbol labelling guidance", "Cannabis marketing: what is permitted"]),
    ("Destination Canada", "destinationcanada.com", ["Global Tourism Watch 2023: Canada", "Tourism outlook 2024"]),
    ("Crown-Indigenous Relations and Northern Affairs Canada", "rcaanc-cirnac.gc.ca", ["Nutrition North Canada: annual report",
                                                                                      "Progress on the Truth and Reconciliation Commission's Calls to Action"]),
    ("Government of Nunavut", "gov.nu.ca", ["ᐃᓄᒃᑎᑐᑦ ᐅᖃᐅᓯᖅ ᐱᔨᑦᓯᕋᕐᓂᕐᒥ [Inuktitut language services]", "Nunavut food price survey"]),
    ("Office of the Information and Privacy Commissioner for British Columbia", "oipc.bc.ca", ["A guide to B.C.'s Personal Information Protection Act"]),
]  # fmt: skip
_PRESS_HOSTS = {"The Globe and Mail": "theglobeandmail.com", "Toronto Star": "thestar.com", "National Post": "nationalpost.com",
                "CBC News": "cbc.ca/news", "CTV News": "ctvnews.ca", "Global News": "globalnews.ca", "Maclean's": "macleans.ca",
                "The Walrus": "thewalrus.ca", "Strategy": "strategyonline.ca", "Marketing Magazine": "marketingmag.ca",
                "The Canadian Press": "thecanadianpress.com", "Financial Post": "financialpost.com", "BNN Bloomberg": "bnnbloomberg.ca",
                "Vancouver Sun": "vancouversun.com", "Calgary Herald": "calgaryherald.com", "Winnipeg Free Press": "winnipegfreepress.com",
                "Ottawa Citizen": "ottawacitizen.com", "Montreal Gazette": "montrealgazette.com", "Nunatsiaq News": "nunatsiaq.com",
                "APTN News": "aptnnews.ca", "Halifax Examiner": "halifaxexaminer.ca", "The Logic": "thelogic.co", "Betakit": "betakit.com",
                "South China Morning Post": "scmp.com", "Philippine Daily Inquirer": "inquirer.net",
                "The Tribune (Chandigarh)": "tribuneindia.com"}  # fmt: skip
_RESEARCH = ["Leger", "Léger", "Angus Reid Institute", "Numeris", "Ipsos Canada", "Abacus Data", "Environics Analytics",
             "Nanos Research", "Statista", "Mintel", "Euromonitor International", "IBISWorld", "Circana", "NielsenIQ Canada"]  # fmt: skip
_PRESS = ["The Globe and Mail", "Toronto Star", "National Post", "CBC News", "CTV News", "Global News", "Maclean's",
          "The Walrus", "Strategy", "Marketing Magazine", "The Canadian Press", "Financial Post", "BNN Bloomberg",
          "Vancouver Sun", "Calgary Herald", "Winnipeg Free Press", "Ottawa Citizen", "Montreal Gazette",
          "Nunatsiaq News", "APTN News", "Halifax Examiner", "The Logic", "Betakit", "South China Morning Post",
          "Philippine Daily Inquirer", "The Tribune (Chandigarh)"]  # fmt: skip
_PUBLISHERS = [("Pearson Canada", "Toronto"), ("Nelson Education", "Toronto"), ("McGraw-Hill Ryerson", "Whitby, ON"),
               ("Oxford University Press Canada", "Don Mills, ON"), ("University of Toronto Press", "Toronto"),
               ("UBC Press", "Vancouver"), ("McGill-Queen's University Press", "Montreal"), ("Wiley", "Mississauga"),
               ("Rotman-UTP Publishing", "Toronto"), ("House of Anansi Press", "Toronto"), ("Portage & Main Press", "Winnipeg"),
               ("HighWater Press", "Winnipeg"), ("Routledge", "Abingdon"), ("Kogan Page", "London"),
               ("Éditions du Boréal", "Montréal"), ("Presses de l'Université du Québec", "Québec"),
               ("Cengage Canada", "Toronto"), ("Sage", "Thousand Oaks, CA")]  # fmt: skip
_JOURNALS = ["Canadian Journal of Administrative Sciences", "Journal of Marketing", "Journal of Consumer Research",
             "Canadian Public Policy", "Journal of Retailing and Consumer Services", "Journal of Business Ethics",
             "International Journal of Bank Marketing", "Journal of Advertising Research", "Journal of Macromarketing",
             "Journal of Public Policy & Marketing", "AlterNative: An International Journal of Indigenous Peoples",
             "Recherche et Applications en Marketing", "Canadian Journal of Communication", "Journal of Marketing Management",
             "Decolonization: Indigeneity, Education & Society", "Journal of Interactive Marketing",
             "Journal of Consumer Behaviour", "International Journal of Research in Marketing"]  # fmt: skip
_TOPICS = ["loyalty programmes", "open banking", "mobile payments", "bilingual advertising", "consent under CASL",
           "Indigenous-owned brands", "multicultural marketing", "retail media", "price transparency",
           "grocery inflation", "telecom switching", "fintech adoption", "newcomer banking", "brand nationalism",
           "'Buy Canadian' campaigns", "sports sponsorship", "reconciliation in advertising", "subscription fatigue",
           "customer experience", "influencer disclosure", "Gen Z shoppers", "Lunar New Year campaigns",
           "South Asian consumers", "rural connectivity", "Northern retail", "tourism marketing",
           "points programmes", "Québec's French-language rules", "privacy trust", "sustainable packaging"]  # fmt: skip
_PLACES = ["Canada", "Ontario", "the Greater Toronto Area", "British Columbia", "Alberta", "the Prairies", "Atlantic Canada",
           "Nunavut", "Québec", "Manitoba", "Newfoundland and Labrador", "Metro Vancouver", "the North", "Brampton",
           "Surrey", "Halifax", "Winnipeg", "Calgary"]  # fmt: skip
_SCHOOLS = [("Ivey Business School, Western University", "London, ON"), ("Rotman School of Management, University of Toronto", "Toronto"),
            ("Schulich School of Business, York University", "Toronto"), ("Sauder School of Business, University of British Columbia", "Vancouver"),
            ("Smith School of Business, Queen's University", "Kingston, ON"), ("Desautels Faculty of Management, McGill University", "Montreal"),
            ("Dalhousie University", "Halifax"), ("University of Alberta", "Edmonton"), ("Haskayne School of Business, University of Calgary", "Calgary"),
            ("HEC Montréal", "Montréal"), ("Memorial University of Newfoundland", "St. John's")]  # fmt: skip
# Titles in French and Indigenous languages with the English in square brackets, as candidates give them.
_FOREIGN_TITLES = [
    "Le marketing au Québec : comprendre le consommateur québécois [Marketing in Québec: understanding the Québec consumer]",
    "La loi 25 et le marketing numérique [Law 25 and digital marketing]",
    "Les programmes de fidélisation dans le commerce de détail [Loyalty programmes in retail]",
    "Achat local et fierté québécoise [Buying local and Québec pride]",
    "La publicité bilingue au Canada : enjeux et pratiques [Bilingual advertising in Canada: issues and practices]",
    "Portrait des consommateurs francophones hors Québec [A portrait of francophone consumers outside Québec]",
    "ᐃᓄᒃᑎᑐᑦ ᐅᖃᐅᓯᖅ ᐱᔨᑦᓯᕋᕐᓂᕐᒥ [Inuktitut in customer service]",
    "ᓄᓇᕗᒻᒥ ᓂᐅᕕᕐᕕᐃᑦ [Stores in Nunavut]",
    "Nêhiyawak tipêyimisowin [Cree self-determination] and community enterprise",
    "Anishinaabe mino-bimaadiziwin [the good life] and brand values",
    "Kanien'kéha naming in Mohawk-owned businesses [Mohawk-language naming in Mohawk-owned businesses]",
    "Michif ekwa Métis business [Michif and Métis business]",
]  # fmt: skip

_STATUTES = [
    ("Government of Canada", "Personal Information Protection and Electronic Documents Act, S.C. 2000, c. 5", 2000, "https://laws-lois.justice.gc.ca/eng/acts/p-8.6/"),
    ("Government of Canada", "An Act to promote the efficiency and adaptability of the Canadian economy (Canada's Anti-Spam Legislation), S.C. 2010, c. 23", 2010, "https://laws-lois.justice.gc.ca/eng/acts/e-1.6/"),
    ("Government of Canada", "Competition Act, R.S.C. 1985, c. C-34", 1985, "https://laws-lois.justice.gc.ca/eng/acts/c-34/"),
    ("Government of Canada", "Official Languages Act, R.S.C. 1985, c. 31 (4th Supp.)", 1985, "https://laws-lois.justice.gc.ca/eng/acts/o-3.01/"),
    ("Government of Ontario", "Consumer Protection Act, 2002, S.O. 2002, c. 30, Sched. A", 2002, "https://www.ontario.ca/laws/statute/02c30"),
    ("Parliament of Canada", "Bill C-27, Digital Charter Implementation Act, 2022, 1st Sess., 44th Parl.", 2022, "https://www.parl.ca/legisinfo/en/bill/44-1/c-27"),
    ("Gouvernement du Québec", "Loi modernisant des dispositions législatives en matière de protection des renseignements personnels, L.Q. 2021, c. 25 [Law 25]", 2021, "https://www.legisquebec.gouv.qc.ca/fr/document/lc/P-39.1"),
    ("Gouvernement du Québec", "Charte de la langue française, RLRQ c. C-11 [Charter of the French Language]", 1977, "https://www.legisquebec.gouv.qc.ca/fr/document/lc/C-11"),
    ("Government of Canada", "Accessible Canada Act, S.C. 2019, c. 10", 2019, "https://laws-lois.justice.gc.ca/eng/acts/A-0.6/"),
    ("Government of British Columbia", "Personal Information Protection Act, S.B.C. 2003, c. 63", 2003, "https://www.bclaws.gov.bc.ca/civix/document/id/complete/statreg/03063_01"),
    ("Government of Canada", "Food and Drug Regulations, C.R.C., c. 870", 1978, "https://laws-lois.justice.gc.ca/eng/regulations/c.r.c.,_c._870/"),
]  # fmt: skip


def _sort(tags: set[str]) -> str:
    """The sort of an organisation, so that two works of one author in a year come from one kind of body."""
    for sort in ("government", "market-research", "press", "indigenous", "trade-body", "media"):
        if sort in tags:
            return sort
    return "company"


def _host(name: str) -> str:
    """A plausible web host for an organisation: its first word, lower case, under .ca."""
    word = name.split(" (")[0].split()[0].lower().replace("é", "e")
    return "".join(ch for ch in word if ch.isascii() and ch.isalnum()) + ".ca"


class Blind179WorkFactory(WorkFactory):
    """The blind179 pool's works, from a random source of its own so that a seed always gives the same corpus."""

    DRAWN: ClassVar[list[tuple[str, int]]] = [
        ("book", 11), ("chapter", 5), ("journal", 20), ("thesis", 4), ("conference", 4), ("company-web", 10),
        ("company-report", 7), ("government", 9), ("statute", 4), ("market-research", 8), ("news", 8),
        ("unsigned-news", 3), ("social", 3), ("podcast", 3), ("undated-web", 4), ("web-person", 4),
    ]  # fmt: skip
    KINDS = frozenset({"book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news",
                       "social", "podcast"})  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 179 + 17901)
        self.dated: list[tuple[str, set[str], dict[str, Any]]] = []
        self.surnames: list[str] = []
        self.statutes: set[str] = set()

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.04 and self.surnames:  # two authors of one surname in a report ("Singh, H." and "Singh, A.")
            family = rng.choice(self.surnames)
            name = {"family": family, "given": rng.choice(["Amrit", "Colleen", "Daniel", "Priya", "Luc", "Wei"])}
            return name
        if roll < 0.1:
            particle, family, given = rng.choice(_PORTUGUESE_PARTICLES + _FILIPINO_PARTICLES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        else:
            table = rng.choices(
                [_ANGLO, _QUEBEC_ACADIAN, _UKRAINIAN, _ITALIAN_PORTUGUESE, _CHINESE, _PUNJABI, _FILIPINO, _CARIBBEAN,
                 _INDIGENOUS, _EXPATRIATES],
                weights=[22, 14, 6, 6, 12, 10, 6, 5, 14, 5],
            )[0]  # fmt: skip
            entry = rng.choice(table)
            if table is _INDIGENOUS:
                name = {"family": entry[0], "given": entry[1]}
                if rng.random() < 0.12:  # the Nation in brackets after the name, as some reference lists keep it
                    name["suffix"] = entry[2]
            elif len(entry) == 3:
                name = {"non-dropping-particle": entry[0], "family": entry[1], "given": entry[2]}
            else:
                name = {"family": entry[0], "given": entry[1]}
        self.surnames.append(name["family"])
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            candidate = self.person()
            if all(candidate["family"] != p["family"] for p in people):
                people.append(candidate)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1964, 1999)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        issued = record.get("issued", {}).get("date-parts", [[2015]])[0]
        year = max(issued[0], 2022) + self.rng.randint(0, 1)
        year = min(max(year, issued[0]), 2026)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if year == issued[0] and len(issued) > 1:
            month = max(month, issued[1])
            if month == issued[1] and len(issued) > 2:
                day = max(day, issued[2])
        return {"date-parts": [[year, month, day]]}

    def _title(self, foreign: bool = True) -> str:
        rng = self.rng
        if foreign and rng.random() < 0.1:
            return rng.choice(_FOREIGN_TITLES)
        topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
        other = rng.choice([t for t in _TOPICS if t != topic])
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: evidence from {rng.choice(['a national survey', 'panel data', 'interviews', 'a field experiment'])}",
            f"Rethinking {topic} for {rng.choice(['newcomers', 'Gen Z', 'rural customers', 'francophone consumers', 'Indigenous communities', 'small businesses'])}",
            f"The influence of {topic} on {other} in {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}: a Canadian perspective",
            f"The state of {topic} {rng.randint(2018, 2025)}",
            f"From the Prairies to the Pacific: {topic} and {other}",
            f"{topic[0].upper()}{topic[1:]} after the pandemic: lessons from {place}",
            f"True north, strong brands? {topic[0].upper()}{topic[1:]} in Canadian retail",
        ]
        return rng.choice(forms)

    def _url(self, host: str) -> str:
        slug = "-".join(self._title().split(":")[0].lower().split()[:5])
        slug = "".join(ch for ch in slug if ch.isascii() and (ch.isalnum() or ch == "-")) or "page"
        return f"https://www.{host}/{self.rng.choice(['en', 'insights', 'news', 'about', 'blog'])}/{slug}"

    def _id(self) -> str:
        self.counter += 1
        return f"b179w{self.counter}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices([k for k, _ in self.DRAWN], weights=[w for _, w in self.DRAWN])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # The Statistics Canada of this pool: now and then the same organisation again in the same year (2019a/b),
        # one of the same sort (a regulator with a regulator, a research firm with a research firm).
        sort = _sort(tags)
        alike = [entry for entry in self.dated if _sort(entry[1]) == sort and entry[0] != name]
        if alike and "issued" in record and kind != "legislation" and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(alike)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
            if "URL" in record and sort != "government":
                record["URL"] = self._url(_host(name))
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record)
        if "issued" in record and kind != "legislation":
            self.dated.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        roll = self.rng.random()
        if roll < 0.35:
            number = self.rng.randint(2, 12)
            record["edition"] = str(number)
            if self.rng.random() < 0.4:  # "8th Canadian edn."
                suffix = {2: "nd", 3: "rd"}.get(number, "th")
                record["edition"] = f"{number}{suffix} Canadian edn"
        if roll > 0.8:  # an e-book read online
            record["medium"] = "Kindle edition" if self.rng.random() < 0.5 else "e-book"
            record["URL"] = (
                f"https://www.{publisher.split()[0].lower().strip(',')}.ca/ebooks/{self.rng.randint(1000, 99999)}"
            )
            record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge companion to Canadian marketing", "Marketing in Canada: cases and concepts",
                                                "Indigenous business in Canada: principles and practices", "Consumer culture in Canada",
                                                "Le marketing au Canada francophone [Marketing in francophone Canada]",
                                                "Handbook of multicultural marketing", "Retail futures in North America"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(9, 34)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 800))}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1002', '1177', '1016', '1108', '3138'])}/{self.rng.choice(['cjas', 'jm', 'jcr', 'ijbm'])}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        school, place = self.rng.choice(_SCHOOLS)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "issued": {"date-parts": [[self.rng.randint(2009, 2025)]]}, "publisher": school, "publisher-place": place,
            "genre": self.rng.choice(["MBA dissertation", "PhD thesis", "MSc thesis", "Master's thesis"]),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = (
                f"https://{self.rng.choice(['ir.lib.uwo.ca', 'tspace.library.utoronto.ca', 'yorkspace.library.yorku.ca', 'open.library.ubc.ca', 'escholarship.mcgill.ca', 'era.library.ualberta.ca'])}/handle/{self.rng.randint(1000, 99999)}"
            )
            record["accessed"] = self._accessed_after(record)
        if "Montr" in place and self.rng.random() < 0.5:  # a Québec school's French-language thesis
            record["genre"] = "Mémoire de maîtrise"
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.rng.randint(2010, 2025)
        event, place = self.rng.choice([("Administrative Sciences Association of Canada (ASAC) Annual Conference", "Halifax"),
                                        ("ASAC 2019", "Niagara Falls, ON"), ("AMA Winter Academic Conference", "Vancouver"),
                                        ("Society for Marketing Advances Conference", "Toronto"),
                                        ("Canadian Communication Association Annual Conference", "Winnipeg"),
                                        ("Congrès de l'ACFAS", "Montréal")])  # fmt: skip
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {event}", "event": event, "event-place": place,
            "issued": {"date-parts": [[year]]}, "page": f"{(start := self.rng.randint(1, 200))}-{start + self.rng.randint(5, 15)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.organisation()
        host = "".join(ch for ch in name.split(" (")[0].split()[0].lower() if ch.isalnum()) + ".ca"
        record: dict[str, Any] = {"type": "webpage", "title": self._title("indigenous" in tags), "URL": self._url(host)}
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "publisher-place": self.rng.choice(["Toronto", "Montreal", "Vancouver", "Calgary", "Ottawa", "Mississauga", "Winnipeg", "Halifax"]),
            "title": self.rng.choice([f"{year} annual report", f"Sustainability report {year}", f"Public accountability statement {year}",
                                      f"Reconciliation action plan {year}", f"Annual information form {year}",
                                      f"Rapport annuel {year} [Annual report {year}]", self._title()]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            host = "".join(ch for ch in name.split()[0].lower() if ch.isalnum()) + ".com"
            record["URL"] = self._url(host)
            record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name, host, titles = self.rng.choice(_GOVERNMENT_WORKS)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice(titles) if self.rng.random() < 0.75 else self._title(foreign=False),
            "issued": {"date-parts": [[self.rng.randint(2012, 2025)]]}, "URL": self._url(host),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Québec" if "Québec" in name else "Ottawa"
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _statute(self) -> Work:
        """An Act as candidates cite it from the Justice Laws Website or a province's e-Laws: the government as author."""
        unused = [statute for statute in _STATUTES if statute[1] not in self.statutes]
        if not unused:  # every Act already cited in this report: a regulator's page instead
            return self._government()
        author, title, year, url = self.rng.choice(unused)
        self.statutes.add(title)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}, "URL": url}
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2014, 2025) if self.rng.random() < 0.9 else None
        market = self.rng.choice(["grocery retail", "telecom services", "online banking", "coffee and doughnut shops",
                                  "craft beer", "athleisure", "discount stores", "digital wallets", "pharmacy retail",
                                  "streaming services", "airline travel", "maple products"])  # fmt: skip
        stamp = year or 2024
        title = self.rng.choice([
            f"{market.capitalize()} in Canada, {stamp}", f"Canadian {market}: market report {stamp}",
            f"Canadians' trust in {market} ({stamp} survey)", f"{market.capitalize()} - Canada - {self.rng.choice(['March', 'June', 'September'])} {stamp}",
            f"Share of Canadians who used {market} in Q{self.rng.randint(1, 4)} {stamp}, by province",
            f"Le baromètre {market} {stamp} [The {market} barometer {stamp}]",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower().replace('é', 'e')}.ca/{self.rng.randint(100, 9999)}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2010, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(3),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        record["URL"] = self._url(_PRESS_HOSTS.get(record["container-title"], _host(record["container-title"])))
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[self.rng.randint(2010, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(_PRESS_HOSTS.get(paper, _host(paper))),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, tags = self.organisation()
        platform = self.rng.choice(["Instagram", "LinkedIn", "X", "TikTok", "Facebook", "Threads"])
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Happy Canada Day from coast to coast to coast 🍁", "We're proud to announce our new partnership",
                                                       "Our statement on the National Day for Truth and Reconciliation",
                                                       "Bonne fête nationale du Québec ! [Happy Québec national holiday!]", self._title()]),
            "container-title": platform,
            "issued": {"date-parts": [[self.rng.randint(2016, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{platform.lower()}.com/{''.join(ch for ch in name.split()[0] if ch.isalnum())}/{self.rng.randint(10**6, 10**7)}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.35:
            record["author"] = self._people(1)
            handle = "".join(ch for ch in record["author"][0]["family"].lower() if ch.isascii() and ch.isalnum())
            record["URL"] = (
                f"https://www.{platform.lower()}.com/{handle}{self.rng.randint(1, 99)}/{self.rng.randint(10**6, 10**7)}"
            )
            return self._person_work(record, "social")
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        show = self.rng.choice(["The Strategy Podcast", "Front Burner", "The Decibel", "Under the Influence",
                                "Unreserved", "Canadaland", "The Disruptors", "Mind Over Marketing"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "broadcast" if self.rng.random() < 0.5 else "motion_picture",
            "title": f"{show}: {self._title()}",
            "issued": {"date-parts": [[self.rng.randint(2014, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        host, medium = self.rng.choice([("cbc.ca/listen", "Podcast"), ("podcasts.apple.com/ca", "Podcast"),
                                        ("open.spotify.com/episode", "Podcast"), ("youtube.com/watch", "YouTube video"),
                                        ("tvo.org/video", "Video")])  # fmt: skip
        record["URL"] = f"https://www.{host}/{self.rng.randint(10**5, 10**6)}"
        record["medium"] = medium
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        name = self.rng.choice(
            ["CBC/Radio-Canada", "TVO", "Rotman School of Management", "Ivey Business School", "APTN"]
        )
        return self._org_work(record, "podcast", name, {"media"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            record["URL"] = self._url(self.rng.choice(["medium.com", "substack.com", "linkedin.com/pulse"]))
            record["accessed"] = self._accessed_after(record)
            return self._person_work(record, "web")
        name, tags = self.organisation() if self.rng.random() < 0.7 else (self.rng.choice(_GOVERNMENT), {"government"})
        record["URL"] = self._url("".join(ch for ch in name.split()[0].lower() if ch.isalnum()) + ".ca")
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "web", name, tags | {"undated"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]},
                                  "URL": self._url(self.rng.choice(["strategyonline.ca", "thewalrus.ca", "medium.com", "betakit.com"]))}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "web")
