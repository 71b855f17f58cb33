"""Works for the seventeenth held-out pool, "blind17": what senior marketers on CIM Level 6 and Chartered courses cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a seventeenth hand, without reading the checker, its tests or the other pools. The writers are mature
part-time learners who run marketing teams in banks and building societies, insurers, pharmaceutical firms,
universities' student recruitment, NHS trusts, housing associations, energy suppliers, telecoms, car dealer groups,
estate agents and B2B software firms. They read regulators (FCA, Ofcom, Ofgem, the CMA, the ICO, the Bank of
England, the MHRA), statistics (ONS, HESA, UCAS), research houses (Mintel, Kantar, YouGov, the Institute of Customer
Service), consultancies (Deloitte, McKinsey, Bain & Company), the standard textbooks in late editions, the Journal of
Marketing and Harvard Business Review, WARC, Campaign and Marketing Week, sector trade press, annual reports and
investor presentations, white papers, EU regulations, BSI and ISO standards, LinkedIn posts, podcasts and webinars.

Every record is CSL-JSON rendered by citeproc-py in Cite Them Right Harvard; ``Work.lead`` is the first author as the
style writes it and ``Work.year`` the year, "n.d." exactly when the record has no ``issued`` date.
"""

# ruff: noqa: E501  (name lists and title patterns read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------------------------------- people
# (family, given, particle) by the cultures of the UK's marketing faculties and industry authors; given names carry
# no hyphen (the renderer mangles hyphenated initials).
_BRITISH_GIVEN = ["Helen", "Gareth", "Siobhan", "Alistair", "Fiona", "Rupert", "Joanne", "Callum", "Nicola", "Stuart", "Alison", "Declan",
                  "Bethany", "Graham", "Rosalind", "Hamish", "Clare", "Ewan", "Imogen", "Duncan", "Philippa", "Martin", "Gwen", "Robert"]  # fmt: skip
_BRITISH_FAMILY = ["Whitmore", "Ashcroft", "Pennington", "Hollis", "Barraclough", "Fairbairn", "Thwaites", "Greenhalgh", "Entwistle",
                   "Rowntree", "Cartwright", "Haslam", "Brocklehurst", "Sutcliffe", "Oldroyd", "Pickering", "Kershaw", "Hebblethwaite",
                   "Marchant", "Tennant", "Lovell", "Stanier", "Bellamy", "Croft", "Ingham", "Dobson", "Sellars", "Radcliffe"]  # fmt: skip
_CELTIC = [("O'Sullivan", "Maeve"), ("Ó Súilleabháin", "Seán"), ("Ní Bhriain", "Aoife"), ("MacLeod", "Eilidh"), ("McAllister", "Ruairidh"),
           ("O'Driscoll", "Ciarán"), ("McCann", "Orla"), ("Mac Giolla Phádraig", "Dónal"), ("Llewellyn-Jones", "Catrin"),
           ("Pryce-Jenkins", "Owain"), ("Cadwaladr", "Ffion"), ("MacKinnon", "Iain"), ("O'Hanlon", "Gráinne"), ("McGuigan", "Niall"),
           ("Ó Briain", "Pádraig"), ("McConnachie", "Kirsty")]  # fmt: skip
_PARTICLED = [("Merwe", "Johan", "van der"), ("Souza", "Rhea", "de"), ("Costa", "Inês", "da"), ("Maggio", "Luca", "di"),
              ("Santos", "Thiago", "dos"), ("Ahn", "Lukas", "von"), ("Bosch", "Sanne", "van den"), ("Fuente", "Mercedes", "de la"),
              ("Horst", "Femke", "ter"), ("Plessis", "Marike", "du"), ("Gwilym", "Rhodri", "ap"), ("Heijden", "Pieter", "van der"),
              ("Rosa", "Giulia", "della"), ("Laet", "Bram", "de")]  # fmt: skip
_SOUTH_ASIAN = [("Raghunathan", "Kavitha"), ("Venkataraman", "Suresh"), ("Bhattacharjee", "Anirban"), ("Chaudhry", "Sadia"),
                ("Siddiqui", "Imran"), ("Kaur", "Harpreet"), ("Sandhu", "Jaspreet"), ("Perera", "Dilani"), ("Rahman", "Tahmina"),
                ("Chowdhury", "Rafiq"), ("Iyer", "Lakshmi"), ("Mehta", "Nikhil"), ("Gill", "Manpreet"), ("Desai", "Ritu")]  # fmt: skip
_EAST_ASIAN = [("Ng", "Wai Ling"), ("Wong", "Kar Yee"), ("Xu", "Jiayi"), ("Zhou", "Haoran"), ("Lim", "Shu Fen"), ("Tan", "Boon Keat"),
               ("Nakagawa", "Emi"), ("Watanabe", "Kenji"), ("Kang", "Seo Yeon"), ("Yoon", "Ji Ho"), ("Nguyễn", "Thị Hương"),
               ("Phạm", "Văn Đức"), ("Trần", "Minh Anh"), ("Leung", "Ka Wai")]  # fmt: skip
_AFRICAN = [("Adebayo", "Oluwatoyin"), ("Okafor", "Chinedu"), ("Nwosu", "Adaeze"), ("Mensah", "Kofi"), ("Asante", "Abena"),
            ("Mwangi", "Wanjiru"), ("Ndlovu", "Thandeka"), ("Adeyemi-Bello", "Funmilayo"), ("Boateng", "Yaw"), ("Kamara", "Fatmata"),
            ("Oyelaran-Oyeyinka", "Babajide"), ("Achieng", "Grace"), ("Diallo", "Mariama")]  # fmt: skip
_MIDDLE_EAST = [("Al-Amin", "Yasmin"), ("El Khoury", "Rania"), ("Haddad", "Karim"), ("Abu-Lughod", "Leila"), ("Farouk", "Tarek"),
                ("Karimi", "Shirin"), ("Hosseini", "Dariush"), ("Yıldız", "Emre"), ("Öztürk", "Zeynep"), ("Çelik", "Murat"),
                ("Al Maktoum", "Noora"), ("Ben-David", "Tamar")]  # fmt: skip
_EUROPEAN = [("Wiśniewska", "Agata"), ("Dąbrowski", "Paweł"), ("Dvořák", "Tomáš"), ("Szűcs", "Eszter"), ("Østergaard", "Mette"),
             ("Åberg", "Linnea"), ("Sigurðardóttir", "Katrín"), ("Gonçalves", "Joana"), ("García-López", "Álvaro"), ("Schäfer", "Jörg"),
             ("Lefèvre", "Amélie"), ("Björklund", "Nils"), ("Kovačević", "Ivana"), ("Papadopoulou", "Eleni"), ("Müller", "Anke"),
             ("Nieminen", "Aino"), ("Ferreira", "Bruno")]  # fmt: skip
_CULTURES = [(_CELTIC, 12), (_SOUTH_ASIAN, 12), (_EAST_ASIAN, 10), (_AFRICAN, 10), (_MIDDLE_EAST, 8), (_EUROPEAN, 12)]  # fmt: skip

# ---------------------------------------------------------------------------------------------- topics
_SECTORS = {
    "retail banking": ["current-account switching", "open banking", "branch closures", "digital onboarding", "financial vulnerability", "the Consumer Duty"],
    "building societies": ["mutuality", "member engagement", "first-time buyer mortgages", "savings loyalty", "community branches"],
    "general insurance": ["price walking", "claims experience", "renewal pricing", "telematics", "trust in insurers", "comparison sites"],
    "pharmaceuticals": ["healthcare professional engagement", "omnichannel medical marketing", "patient support programmes", "brand launches", "medical affairs"],
    "higher education": ["student recruitment", "international student choice", "Clearing campaigns", "open days", "university league tables", "the student experience"],
    "the NHS": ["patient experience", "staff recruitment campaigns", "vaccination uptake", "health communication", "digital front doors"],
    "social housing": ["tenant engagement", "complaint handling", "resident voice", "damp and mould communication", "shared ownership"],
    "energy retail": ["the price cap", "smart meter adoption", "customer switching", "green tariffs", "debt advice", "heat pumps"],
    "telecoms": ["mid-contract price rises", "churn reduction", "full-fibre take-up", "social tariffs", "5G adoption", "bundling"],
    "car retail": ["online car buying", "electric vehicle adoption", "agency models", "dealer experience", "used-car pricing", "finance penetration"],
    "estate agency": ["material information", "vendor acquisition", "property portals", "hybrid agents", "instruction rates"],
    "B2B software": ["account-based marketing", "product-led growth", "buying committees", "thought leadership", "customer success", "demand generation"],
}  # fmt: skip
_THEMES = ["brand trust", "customer experience", "relationship marketing", "service quality", "brand equity", "customer loyalty",
           "value co-creation", "marketing accountability", "purpose-led branding", "corporate reputation", "customer retention",
           "market orientation", "digital transformation", "data-driven marketing", "marketing effectiveness", "stakeholder engagement",
           "ethical marketing", "segmentation", "customer satisfaction", "internal marketing", "sustainability communication"]  # fmt: skip
_ARTICLE_TITLES = ["{Th} in {s}: evidence from the United Kingdom", "Rethinking {t}: a study of {s}", "The effect of {t} on {th}",
                   "{Th} and {t}: a systematic review", "When does investment in {t} pay? {Th} in {s}", "Understanding {t} through the lens of {th}",
                   "Drivers of {th} in {s}: a mixed-methods study", "{T}, {th} and the regulator", "Measuring {th} in {s}",
                   "Building {th} after a crisis: lessons from {s}", "Customer perceptions of {t} in {s}", "Beyond {t}: {th} in mature markets"]  # fmt: skip
_BOOK_TITLES = ["{Th}: concepts, strategy and practice", "Marketing in {s}", "Strategic {th}", "{Th} in regulated markets",
                "The practice of {th}", "Managing {th}: a practitioner's guide", "{S} marketing: principles and cases", "Leading {th}"]  # fmt: skip
_EDITED = ["The Routledge companion to {th}", "Contemporary issues in {s} marketing", "Marketing {s}: a research agenda",
           "The Oxford handbook of {th}", "Cases in {th}", "The SAGE handbook of {th}"]  # fmt: skip
_CHAPTERS = ["{Th} in practice", "Trust, regulation and {t}", "The role of {t}", "Communicating {t}", "{Th} and the customer",
             "From {t} to {th}", "Relationship marketing in {s}", "Measuring {t}"]  # fmt: skip
_REPORT_TITLES = ["The state of {t} {y}", "{Th} benchmark report {y}", "{T}: what customers expect", "UK {s} outlook {y}",
                  "Winning on {th} in {s}", "The future of {t}", "{T}: an insight report", "{Th} in {s}: {y} edition"]  # fmt: skip
_WEB_TITLES = ["{T} explained", "How we approach {t}", "Our commitment to {th}", "A guide to {t}", "{T}: frequently asked questions",
               "What {t} means for you", "Why {th} matters in {s}", "{T} - updated guidance"]  # fmt: skip

# Real textbooks in the editions candidates are told to use: (authors, title, edition, year, publisher, place).
_TEXTBOOKS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", "16", 2022, "Pearson", "Harlow"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "10", 2023, "McGraw Hill", "London"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "8", 2022, "Pearson", "Harlow"),
    ([("Hooley", "Graham"), ("Piercy", "Nigel F."), ("Nicoulaud", "Brigitte"), ("Rudd", "John M.")], "Marketing strategy and competitive positioning", "7", 2020, "Pearson", "Harlow"),
    ([("McDonald", "Malcolm"), ("Wilson", "Hugh")], "Marketing plans: how to prepare them, how to profit from them", "9", 2023, "Wiley", "Chichester"),
    ([("Wirtz", "Jochen"), ("Lovelock", "Christopher")], "Services marketing: people, technology, strategy", "9", 2021, "World Scientific", "New Jersey"),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management", "5", 2020, "Pearson", "Harlow"),
    ([("Johnson", "Gerry"), ("Whittington", "Richard"), ("Regnér", "Patrick"), ("Angwin", "Duncan"), ("Scholes", "Kevan")], "Exploring strategy", "13", 2023, "Pearson", "Harlow"),
    ([("Buttle", "Francis"), ("Maklan", "Stan")], "Customer relationship management: concepts and technologies", "4", 2019, "Routledge", "Abingdon"),
    ([("Brennan", "Ross"), ("Canning", "Louise"), ("McDowell", "Raymond")], "Business-to-business marketing", "5", 2020, "SAGE", "London"),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], "Marketing communications: touchpoints, sharing and disruption", "9", 2023, "Pearson", "Harlow"),
    ([("Baines", "Paul"), ("Rosengren", "Sara"), ("Antonetti", "Paolo")], "Marketing", "6", 2022, "Oxford University Press", "Oxford"),
    ([("Aaker", "David A.")], "Building strong brands", None, 1996, "Free Press", "New York"),
    ([("Porter", "Michael E.")], "Competitive advantage: creating and sustaining superior performance", None, 1985, "Free Press", "New York"),
    ([("Sharp", "Byron")], "How brands grow: what marketers don't know", None, 2010, "Oxford University Press", "South Melbourne"),
    ([("Payne", "Adrian"), ("Frow", "Pennie")], "Strategic customer management: integrating relationship marketing and CRM", None, 2013, "Cambridge University Press", "Cambridge"),
    ([("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], "Services marketing: integrating customer focus across the firm", "7", 2018, "McGraw-Hill Education", "New York"),
]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("SAGE", "London"), ("Oxford University Press", "Oxford"),
               ("Palgrave Macmillan", "London"), ("Wiley", "Chichester"), ("Edward Elgar", "Cheltenham"), ("Emerald Publishing", "Bingley"),
               ("Cambridge University Press", "Cambridge"), ("Goodfellow Publishers", "Oxford"), ("LID Publishing", "London")]  # fmt: skip
_JOURNALS = ["Journal of Marketing", "Journal of Marketing Management", "European Journal of Marketing", "International Journal of Bank Marketing",
             "Journal of Financial Services Marketing", "Journal of Services Marketing", "Industrial Marketing Management", "Journal of Business Research",
             "Journal of the Academy of Marketing Science", "Harvard Business Review", "MIT Sloan Management Review", "Journal of Advertising Research",
             "International Journal of Pharmaceutical and Healthcare Marketing", "Journal of Marketing for Higher Education", "Housing Studies",
             "Energy Policy", "Telecommunications Policy", "Journal of Retailing and Consumer Services", "Journal of Product & Brand Management",
             "Journal of Strategic Marketing", "Journal of Business-to-Business Marketing", "Journal of Customer Behaviour", "Public Money & Management"]  # fmt: skip

# ---------------------------------------------------------------------------------------------- organisations
# (name as an author, tags, web address): banks, insurers, pharma, universities, NHS trusts, housing associations,
# energy, telecoms, dealer groups, estate agents, software firms; "&", apostrophes, plc and Ltd, "The", initials.
_FIRMS = [
    ("Lloyds Banking Group plc", {"company"}, "https://www.lloydsbankinggroup.com"), ("NatWest Group plc", {"company"}, "https://www.natwestgroup.com"),
    ("Nationwide Building Society", {"company"}, "https://www.nationwide.co.uk"), ("Yorkshire Building Society", {"company"}, "https://www.ybs.co.uk"),
    ("Coventry Building Society", {"company"}, "https://www.coventrybuildingsociety.co.uk"), ("The Co-operative Bank p.l.c.", {"company", "the"}, "https://www.co-operativebank.co.uk"),
    ("Monzo Bank Ltd", {"company"}, "https://monzo.com"), ("Starling Bank Limited", {"company"}, "https://www.starlingbank.com"),
    ("Legal & General Group plc", {"company", "ampersand"}, "https://group.legalandgeneral.com"), ("Aviva plc", {"company"}, "https://www.aviva.com"),
    ("Direct Line Insurance Group plc", {"company"}, "https://www.directlinegroup.co.uk"), ("Admiral Group plc", {"company"}, "https://admiralgroup.co.uk"),
    ("Lloyd's of London", {"company", "apostrophe"}, "https://www.lloyds.com"), ("Hargreaves Lansdown plc", {"company"}, "https://www.hl.co.uk"),
    ("AstraZeneca PLC", {"company"}, "https://www.astrazeneca.com"), ("GSK plc", {"company", "acronym"}, "https://www.gsk.com"),
    ("Pfizer Ltd", {"company"}, "https://www.pfizer.co.uk"), ("Johnson & Johnson", {"company", "ampersand"}, "https://www.jnj.com"),
    ("Guy's and St Thomas' NHS Foundation Trust", {"nhs", "apostrophe"}, "https://www.guysandstthomas.nhs.uk"),
    ("Manchester University NHS Foundation Trust", {"nhs"}, "https://mft.nhs.uk"), ("Leeds Teaching Hospitals NHS Trust", {"nhs"}, "https://www.leedsth.nhs.uk"),
    ("St George's University Hospitals NHS Foundation Trust", {"nhs", "apostrophe"}, "https://www.stgeorges.nhs.uk"),
    ("King's College London", {"university", "apostrophe"}, "https://www.kcl.ac.uk"), ("The Open University", {"university", "the"}, "https://www.open.ac.uk"),
    ("University of Bath", {"university"}, "https://www.bath.ac.uk"), ("Queen's University Belfast", {"university", "apostrophe"}, "https://www.qub.ac.uk"),
    ("Sheffield Hallam University", {"university"}, "https://www.shu.ac.uk"),
    ("The Guinness Partnership", {"housing", "the"}, "https://www.guinnesspartnership.com"), ("Clarion Housing Group", {"housing"}, "https://www.myclarionhousing.com"),
    ("L&Q", {"housing", "ampersand", "acronym"}, "https://www.lqgroup.org.uk"), ("Peabody Trust", {"housing"}, "https://www.peabody.org.uk"),
    ("Octopus Energy Group", {"company"}, "https://octopus.energy"), ("E.ON UK plc", {"company", "stops"}, "https://www.eonenergy.com"),
    ("EDF Energy", {"company", "acronym"}, "https://www.edfenergy.com"), ("OVO Energy Ltd", {"company"}, "https://www.ovoenergy.com"),
    ("BT Group plc", {"company"}, "https://www.bt.com"), ("Vodafone UK", {"company"}, "https://www.vodafone.co.uk"),
    ("Virgin Media O2", {"company"}, "https://www.virginmediao2.co.uk"), ("giffgaff", {"company", "lowercase"}, "https://www.giffgaff.com"),
    ("Arnold Clark Automobiles Ltd", {"company"}, "https://www.arnoldclark.com"), ("Sytner Group Ltd", {"company"}, "https://www.sytner.co.uk"),
    ("Lookers plc", {"company"}, "https://www.lookers.co.uk"), ("Foxtons Group plc", {"company"}, "https://www.foxtons.co.uk"),
    ("Savills plc", {"company"}, "https://www.savills.co.uk"), ("Knight Frank LLP", {"company"}, "https://www.knightfrank.co.uk"),
    ("Rightmove plc", {"company"}, "https://www.rightmove.co.uk"), ("Sage Group plc", {"company"}, "https://www.sage.com"),
    ("Salesforce", {"company"}, "https://www.salesforce.com"), ("HubSpot", {"company"}, "https://www.hubspot.com"),
]  # fmt: skip
_BODIES = [
    ("Financial Conduct Authority", {"regulator"}, "https://www.fca.org.uk"), ("Financial Conduct Authority (FCA)", {"regulator", "abbreviation"}, "https://www.fca.org.uk"),
    ("FCA", {"regulator", "acronym"}, "https://www.fca.org.uk"), ("Ofcom", {"regulator"}, "https://www.ofcom.org.uk"), ("Ofgem", {"regulator"}, "https://www.ofgem.gov.uk"),
    ("Office for National Statistics", {"government"}, "https://www.ons.gov.uk"), ("ONS", {"government", "acronym"}, "https://www.ons.gov.uk"),
    ("Bank of England", {"government"}, "https://www.bankofengland.co.uk"), ("Prudential Regulation Authority (PRA)", {"regulator", "abbreviation"}, "https://www.bankofengland.co.uk/prudential-regulation"),
    ("Competition and Markets Authority (CMA)", {"regulator", "abbreviation"}, "https://www.gov.uk/cma"), ("Competition and Markets Authority", {"regulator"}, "https://www.gov.uk/cma"),
    ("Information Commissioner's Office", {"regulator", "apostrophe"}, "https://ico.org.uk"), ("ICO", {"regulator", "acronym"}, "https://ico.org.uk"),
    ("Medicines and Healthcare products Regulatory Agency (MHRA)", {"regulator", "abbreviation"}, "https://www.gov.uk/mhra"),
    ("Office for Students", {"regulator"}, "https://www.officeforstudents.org.uk"), ("Regulator of Social Housing", {"regulator"}, "https://www.gov.uk/rsh"),
    ("Housing Ombudsman Service", {"regulator"}, "https://www.housing-ombudsman.org.uk"), ("Financial Ombudsman Service", {"regulator"}, "https://www.financial-ombudsman.org.uk"),
    ("NHS England", {"nhs"}, "https://www.england.nhs.uk"), ("Care Quality Commission", {"regulator"}, "https://www.cqc.org.uk"),
    ("HM Treasury", {"government"}, "https://www.gov.uk/hmt"), ("Department for Energy Security and Net Zero", {"government"}, "https://www.gov.uk/desnz"),
    ("Department for Education", {"government"}, "https://www.gov.uk/dfe"), ("Department of Health and Social Care", {"government"}, "https://www.gov.uk/dhsc"),
    ("Department for Science, Innovation and Technology", {"government", "comma"}, "https://www.gov.uk/dsit"),
    ("HM Government", {"government"}, "https://www.gov.uk"), ("European Commission", {"government"}, "https://commission.europa.eu"),
    ("European Banking Authority", {"regulator"}, "https://www.eba.europa.eu"), ("Advertising Standards Authority", {"regulator"}, "https://www.asa.org.uk"),
    ("Committee of Advertising Practice (CAP)", {"regulator", "abbreviation"}, "https://www.asa.org.uk"),
    ("Prescription Medicines Code of Practice Authority", {"regulator"}, "https://www.pmcpa.org.uk"), ("Propertymark", {"trade-body"}, "https://www.propertymark.co.uk"),
    ("The Property Ombudsman", {"regulator", "the"}, "https://www.tpos.co.uk"), ("UK Finance", {"trade-body"}, "https://www.ukfinance.org.uk"),
    ("Building Societies Association", {"trade-body"}, "https://www.bsa.org.uk"), ("Association of British Insurers (ABI)", {"trade-body", "abbreviation"}, "https://www.abi.org.uk"),
    ("Association of the British Pharmaceutical Industry", {"trade-body"}, "https://www.abpi.org.uk"), ("National Housing Federation", {"trade-body"}, "https://www.housing.org.uk"),
    ("Society of Motor Manufacturers and Traders (SMMT)", {"trade-body", "abbreviation"}, "https://www.smmt.co.uk"), ("techUK", {"trade-body", "lowercase"}, "https://www.techuk.org"),
    ("Universities UK", {"trade-body"}, "https://www.universitiesuk.ac.uk"), ("UCAS", {"trade-body", "acronym"}, "https://www.ucas.com"),
    ("Higher Education Statistics Agency (HESA)", {"government", "abbreviation"}, "https://www.hesa.ac.uk"), ("Which?", {"consumer", "punctuation"}, "https://www.which.co.uk"),
    ("Citizens Advice", {"consumer"}, "https://www.citizensadvice.org.uk"), ("Money and Pensions Service", {"government"}, "https://maps.org.uk"),
    ("The Chartered Institute of Marketing", {"trade-body", "the"}, "https://www.cim.co.uk"), ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}, "https://www.cim.co.uk"),
    ("Institute of Practitioners in Advertising", {"trade-body"}, "https://ipa.co.uk"), ("Institute of Customer Service", {"trade-body"}, "https://www.instituteofcustomerservice.com"),
]  # fmt: skip
_RESEARCH = [
    ("Mintel", {"market-research"}, "https://store.mintel.com", ["{S} - UK - {Y}", "Attitudes towards {t} - UK - {m} {Y}", "{S}: incl impact of the cost of living crisis - UK - {Y}"]),
    ("Mintel Group Ltd", {"market-research"}, "https://reports.mintel.com", ["{S} - UK - {m} {Y}", "Consumers and {t} - UK - {Y}"]),
    ("Kantar", {"market-research"}, "https://www.kantar.com", ["Kantar BrandZ most valuable UK brands {Y}", "{Th} index {Y}", "Media reactions {Y}"]),
    ("YouGov", {"market-research"}, "https://business.yougov.com", ["{T}: what the public thinks", "UK {s} tracker {Y}"]),
    ("Ipsos UK", {"market-research"}, "https://www.ipsos.com/en-uk", ["Veracity index {Y}", "{Th} in {s}: Ipsos public affairs poll"]),
    ("Institute of Customer Service", {"trade-body"}, "https://www.instituteofcustomerservice.com", ["UK Customer Satisfaction Index (UKCSI) {m} {Y}", "Service with respect: {t}"]),
    ("Deloitte", {"consultancy"}, "https://www2.deloitte.com/uk", ["{Y} banking and capital markets outlook", "Digital consumer trends {Y}", "{Th} in {s}: the Deloitte view"]),
    ("Deloitte LLP", {"consultancy"}, "https://www2.deloitte.com/uk", ["Consumer tracker Q{q} {Y}", "The future of {t}"]),
    ("McKinsey & Company", {"consultancy", "ampersand"}, "https://www.mckinsey.com", ["The state of AI in {Y}", "{Th}: the value of getting it right", "Next in personalization {Y} report"]),
    ("Bain & Company", {"consultancy", "ampersand"}, "https://www.bain.com", ["Customer loyalty in retail banking {Y}", "The B2B elements of value"]),
    ("PwC UK", {"consultancy", "acronym"}, "https://www.pwc.co.uk", ["Consumer insights survey {Y}", "UK economic outlook {m} {Y}"]),
    ("KPMG", {"consultancy", "acronym"}, "https://kpmg.com/uk", ["Customer experience excellence report {Y}", "{T}: KPMG insight"]),
    ("Accenture", {"consultancy"}, "https://www.accenture.com", ["Global banking consumer study {Y}", "{Th}: reinventing for the next era"]),
    ("Boston Consulting Group (BCG)", {"consultancy", "abbreviation"}, "https://www.bcg.com", ["Retail banking report {Y}", "The value of {t}"]),
    ("Gartner", {"consultancy"}, "https://www.gartner.com", ["CMO spend survey {Y}", "The B2B buying journey"]),
    ("Edelman", {"consultancy"}, "https://www.edelman.co.uk", ["{Y} Edelman Trust Barometer", "Trust barometer special report: brand trust"]),
    ("WARC", {"press", "acronym"}, "https://www.warc.com", ["The marketer's toolkit {Y}", "WARC Effective 100 {Y}", "Global ad trends: {t}"]),
    ("LinkedIn B2B Institute", {"company"}, "https://business.linkedin.com", ["The 95:5 rule", "How B2B brands grow"]),
    ("Salesforce", {"company"}, "https://www.salesforce.com", ["State of the connected customer", "State of marketing {Y}"]),
    ("HubSpot", {"company"}, "https://www.hubspot.com", ["The state of marketing report {Y}", "{T} benchmarks"]),
]  # fmt: skip
# Acts and regulations: read through legislation.gov.uk, as "Great Britain", or from EUR-Lex.
_UK_ACTS = [("Consumer Rights Act 2015", 2015), ("Digital Markets, Competition and Consumers Act 2024", 2024), ("Financial Services and Markets Act 2023", 2023),
            ("Data Protection Act 2018", 2018), ("Consumer Protection from Unfair Trading Regulations 2008", 2008), ("Estate Agents Act 1979", 1979),
            ("Privacy and Electronic Communications (EC Directive) Regulations 2003", 2003), ("Social Housing (Regulation) Act 2023", 2023),
            ("Online Safety Act 2023", 2023), ("Human Medicines Regulations 2012", 2012), ("Energy Prices Act 2022", 2022), ("Equality Act 2010", 2010),
            ("Higher Education and Research Act 2017", 2017), ("Consumer Credit Act 1974", 1974)]  # fmt: skip
_EU_ACTS = [("Regulation (EU) 2016/679 of the European Parliament and of the Council (General Data Protection Regulation)", 2016),
            ("Regulation (EU) 2022/2065 on a Single Market for Digital Services (Digital Services Act)", 2022),
            ("Regulation (EU) 2022/1925 on contestable and fair markets in the digital sector (Digital Markets Act)", 2022),
            ("Directive 2005/29/EC concerning unfair business-to-consumer commercial practices", 2005),
            ("Directive (EU) 2015/2366 on payment services in the internal market", 2015),
            ("Regulation (EU) 2024/1689 laying down harmonised rules on artificial intelligence (Artificial Intelligence Act)", 2024)]  # fmt: skip
# (author, number and title, year, place) of standards quality and insight teams hold.
_STANDARDS = [("British Standards Institution", "BS EN ISO 9001:2015 Quality management systems. Requirements", 2015, "London"),
              ("British Standards Institution", "BS ISO 10002:2018 Quality management. Customer satisfaction. Guidelines for complaints handling in organizations", 2018, "London"),
              ("BSI", "BS 8477:2014 Customer service. Code of practice", 2014, "London"), ("BSI", "BS 18477:2010 Inclusive service provision", 2010, "London"),
              ("International Organization for Standardization", "ISO 20252:2019 Market, opinion and social research, including insights and data analytics", 2019, "Geneva"),
              ("ISO", "ISO 10668:2010 Brand valuation. Requirements for monetary brand valuation", 2010, "Geneva"),
              ("ISO", "ISO/IEC 27001:2022 Information security, cybersecurity and privacy protection", 2022, "Geneva"),
              ("International Organization for Standardization (ISO)", "ISO 20671-1:2021 Brand evaluation. Part 1: Principles and fundamentals", 2021, "Geneva")]  # fmt: skip
_NEWS = [("Financial Times", "https://www.ft.com/content"), ("The Times", "https://www.thetimes.co.uk/article"), ("The Guardian", "https://www.theguardian.com/business"),
         ("BBC News", "https://www.bbc.co.uk/news/business"), ("The Telegraph", "https://www.telegraph.co.uk/money"), ("This is Money", "https://www.thisismoney.co.uk/money"),
         ("Reuters", "https://www.reuters.com/business"), ("Sky News", "https://news.sky.com/story"), ("City A.M.", "https://www.cityam.com")]  # fmt: skip
_TRADE = [("Campaign", "https://www.campaignlive.co.uk/article"), ("Marketing Week", "https://www.marketingweek.com"), ("The Drum", "https://www.thedrum.com/news"),
          ("PRWeek", "https://www.prweek.com/article"), ("Insurance Times", "https://www.insurancetimes.co.uk"), ("Mortgage Strategy", "https://www.mortgagestrategy.co.uk"),
          ("Estate Agent Today", "https://www.estateagenttoday.co.uk"), ("PMLiVE", "https://pmlive.com"), ("Times Higher Education", "https://www.timeshighereducation.com/news"),
          ("Wonkhe", "https://wonkhe.com/blogs"), ("Utility Week", "https://utilityweek.co.uk"), ("Mobile News", "https://www.mobilenewscwp.co.uk"),
          ("Car Dealer Magazine", "https://cardealermagazine.co.uk"), ("Computer Weekly", "https://www.computerweekly.com/news"), ("Inside Housing", "https://www.insidehousing.co.uk"),
          ("Health Service Journal", "https://www.hsj.co.uk"), ("Post Magazine", "https://www.postonline.co.uk"), ("FT Adviser", "https://www.ftadviser.com")]  # fmt: skip
_HEADLINES = ["{F} overhauls {t} after complaints", "Why {s} is rethinking {t}", "{F} bets on {th} in new brand platform", "Regulator warns {s} over {t}",
              "{F} appoints new chief marketing officer", "{T} is the battleground for {s} in {y}", "Inside {F}'s {t} strategy", "{S} faces a reckoning on {th}",
              "The quiet rise of {t}", "{F} cuts marketing budget as {t} bites"]  # fmt: skip
_PODCASTS = [("The Marketing Meetup podcast", None), ("Marketing Week podcast", "Marketing Week"), ("The Drum podcast", "The Drum"),
             ("B2B Marketing Leaders podcast", None), ("Uncensored CMO", None), ("The Financial Services Marketing podcast", None),
             ("Wonkhe podcast", "Wonkhe"), ("On Brand with Nick Westergaard", None)]  # fmt: skip
_VIDEOS = [("CIM", "https://www.youtube.com/@CIMMarketing"), ("WARC", "https://www.youtube.com/@WARC"), ("Cannes Lions", "https://www.youtube.com/@CannesLions"),
           ("Ofcom", "https://www.youtube.com/@ofcom"), ("Marketing Week", "https://www.youtube.com/@MarketingWeek"), ("IPA", "https://www.youtube.com/@IPA")]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip


class Blind17WorkFactory(WorkFactory):
    """blind17's works: a subclass for the shared machinery (seeded Faker instances, ids); every list is its own."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 12, "chapter": 5, "journal": 20, "report": 12, "company-report": 7, "government": 10, "legislation": 3,
        "standard": 2, "news": 6, "trade-press": 7, "web": 9, "blog": 2, "podcast": 2, "video": 2, "social": 3, "conference": 1,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 61 + 21017)
        self.used: set[str] = set()  # real works drawn once per report, so one textbook is not listed twice
        self.history: dict[str, list[tuple[str, set[str], dict[str, Any]]]] = {}
        self.families: list[dict[str, str]] = []

    # ------------------------------------------------------------------ people, dates, words
    def person(self) -> dict[str, str]:
        rng = self.rng
        if self.families and rng.random() < 0.06:  # a second scholar of a surname already in the report
            earlier = rng.choice(self.families)
            name = {key: value for key, value in earlier.items() if key != "given"}
            name["given"] = rng.choice(_BRITISH_GIVEN)
            return name
        roll = rng.random()
        if roll < 0.36:
            fake = self.fakers["en_GB"] if rng.random() < 0.4 else None
            family = fake.last_name() if fake is not None else rng.choice(_BRITISH_FAMILY)
            name = {"family": family, "given": rng.choice(_BRITISH_GIVEN)}
            if rng.random() < 0.1:
                name["family"] = f"{name['family']}-{rng.choice(_BRITISH_FAMILY)}"
        elif roll < 0.46:
            family, given, particle = rng.choice(_PARTICLED)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        else:
            group = rng.choices([g for g, _ in _CULTURES], weights=[w for _, w in _CULTURES])[0]
            family, given = rng.choice(group)
            name = {"family": family, "given": given}
        self.families.append(name)
        return name

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            name = self.person()
            if all(name["family"] != other["family"] for other in chosen):
                chosen.append(name)
        return chosen

    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1964, 2005)
        return self.rng.choices(range(2012, 2026), weights=[1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 7, 7, 3])[0]

    def issued(self, detail: str = "year", low: int | None = None) -> dict[str, Any]:
        year = self.year() if low is None else self.rng.randint(low, 2025)
        parts = [year]
        if detail in ("month", "day"):
            parts.append(self.rng.randint(1, 12))
        if detail == "day":
            parts.append(self.rng.randint(1, 28))
        return {"date-parts": [parts]}

    def access(self, record: dict[str, Any]) -> None:
        issued = record.get("issued", {"date-parts": [[2024]]})["date-parts"][0]
        low = max(2023, issued[0])
        when = [self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if when[: len(issued)] < issued:  # read after it appeared
            when = [issued[0], issued[1] if len(issued) > 1 else 12, 28]
        record["accessed"] = {"date-parts": [when]}

    def online(self, record: dict[str, Any], url: str, access: float = 0.94) -> None:
        record["URL"] = url
        if self.rng.random() < access:  # now and then a page is listed without the date it was read
            self.access(record)

    def slug(self, text: str) -> str:
        return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60] or "page"

    def words(self, pattern: str) -> str:
        rng = self.rng
        sector = rng.choice(list(_SECTORS))
        topic = rng.choice(_SECTORS[sector])
        theme = rng.choice(_THEMES)
        firm = rng.choice(_FIRMS)[0]
        short = re.sub(r"\s+(plc|PLC|p\.l\.c\.|Ltd|Limited|LLP|Group plc|Group)$", "", firm)
        values = {"s": sector, "S": sector[0].upper() + sector[1:], "t": topic, "T": topic[0].upper() + topic[1:], "th": theme,
                  "Th": theme[0].upper() + theme[1:], "y": str(rng.randint(2019, 2025)), "F": short}  # fmt: skip
        return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), pattern)

    def done(self, record: dict[str, Any], kind: str, tags: set[str] | None = None) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        if "literal" in first:
            return Work(record, first["literal"], year, True, 1, kind, (tags or set()) | {"organisation"})
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        return Work(record, lead, year, False, len(record["author"]), kind, tags or set())

    def by_organisation(self, name: str, tags: set[str], record: dict[str, Any], kind: str) -> Work:
        """An organisation's work; now and then its second of one year ("FCA, 2023a" and "2023b")."""
        earlier = self.history.setdefault(kind, [])
        if earlier and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0])]}
            if "accessed" in record:
                self.access(record)
            if "publisher" in record:
                record["publisher"] = re.sub(r"\s*\([A-Z]+\)$", "", name)
        elif "issued" in record:
            earlier.append((name, tags, record["issued"]))
        record["author"] = [{"literal": name}]
        return self.done(record, kind, set(tags))

    def once(self, key: str) -> bool:
        if key in self.used:
            return False
        self.used.add(key)
        return True

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()  # type: ignore[no-any-return]

    def _book(self) -> Work:
        rng = self.rng
        if rng.random() < 0.45:
            authors, title, edition, year, publisher, place = rng.choice(_TEXTBOOKS)
            if self.once(title):
                record: dict[str, Any] = {"type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                                          "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
                if edition:
                    record["edition"] = edition
                return self.done(record, "book", {"textbook"})
        publisher, place = rng.choice(_PUBLISHERS)
        record = {"type": "book", "title": self.words(rng.choice(_BOOK_TITLES)), "author": self.people(4), "issued": self.issued(),
                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if rng.random() < 0.35:
            record["edition"] = str(rng.randint(2, 8))
        if rng.random() < 0.08:  # an e-book read on the library platform
            record["URL"] = (
                f"https://ebookcentral.proquest.com/lib/{rng.choice(['open', 'bham', 'leeds', 'cim'])}/detail.action?docID={rng.randint(100000, 9999999)}"
            )
            self.access(record)
        return self.done(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self.words(rng.choice(_CHAPTERS)), "author": self.people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 3))], "container-title": self.words(rng.choice(_EDITED)),
            "issued": self.issued(), "publisher": publisher, "publisher-place": place,
            "page": f"{(start := rng.randint(3, 420))}-{start + rng.randint(9, 34)}",
        }  # fmt: skip
        if rng.random() < 0.25:
            record["edition"] = str(rng.randint(2, 5))
        return self.done(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        journal = rng.choice(_JOURNALS)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self.words(rng.choice(_ARTICLE_TITLES)), "author": self.people(8),
            "container-title": journal, "issued": self.issued(), "volume": str(rng.randint(3, 101)), "issue": str(rng.randint(1, 12)),
            "page": f"{(start := rng.randint(1, 1400))}-{start + rng.randint(6, 28)}",
        }  # fmt: skip
        if journal in ("Harvard Business Review", "MIT Sloan Management Review"):
            record["author"] = record["author"][:3]
            if rng.random() < 0.5:  # read online, where the magazine gives no pages
                del record["page"]
                self.online(
                    record,
                    f"https://hbr.org/{record['issued']['date-parts'][0][0]}/{rng.randint(1, 12):02d}/{self.slug(record['title'])}",
                )
        elif rng.random() < 0.6:
            record["DOI"] = (
                f"10.{rng.choice([1108, 1016, 1080, 1177, 1057, 1002])}/{rng.choice(['IJBM', 'JSM', 'EJM', 'jmm', 'jbr'])}-{rng.randint(2015, 2025)}-{rng.randint(1000, 9999)}"
            )
        return self.done(record, "journal")

    def _report(self) -> Work:
        rng = self.rng
        name, tags, url, titles = rng.choice(_RESEARCH)
        year = rng.randint(2014, 2025) if rng.random() < 0.9 else None  # research is read while it is current
        title = (
            self.words(rng.choice(titles))
            .replace("{Y}", str(year or 2024))
            .replace("{m}", rng.choice(_MONTHS))
            .replace("{q}", str(rng.randint(1, 4)))
        )
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": re.sub(r"\s*\([A-Z]+\)$", "", name)}
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if rng.random() < 0.2 and tags & {"consultancy"}:  # a consultancy report signed by its partners
            record["author"] = self.people(4)
            if rng.random() < 0.85:
                self.online(record, f"{url}/insights/{self.slug(title)}")
            return self.done(record, "report", {"white-paper"})
        self.online(record, f"{url}/{self.slug(title)}")
        return self.by_organisation(name, tags, record, "report")

    def _company_report(self) -> Work:
        rng = self.rng
        name, tags, url = rng.choice(_FIRMS)
        issued = self.issued(low=2016)
        year = issued["date-parts"][0][0]
        nhs = "nhs" in tags or "housing" in tags or "university" in tags
        titles = [f"Annual report and accounts {year - 1}/{str(year)[2:]}" if nhs else f"Annual report and accounts {year - 1}",
                  f"{'Impact report' if nhs else 'Full year results presentation'} {year - 1}", f"Strategic report {year}",
                  f"{'Sustainability' if not nhs else 'Equality, diversity and inclusion'} report {year}",
                  f"Investor presentation: {rng.choice(['capital markets day', 'Q3 trading update', 'half year results'])} {year}"]  # fmt: skip
        if "university" in tags:
            titles.append(f"Undergraduate prospectus {year + 1} entry")
        title = rng.choice(titles)
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "issued": issued,
            "publisher": name,
            "publisher-place": rng.choice(["London", "Edinburgh", "Manchester", "Leeds", "Swindon"]),
        }
        if rng.random() < 0.75:
            self.online(record, f"{url}/investors/{self.slug(title)}.pdf")
        return self.by_organisation(name, tags, record, "company-report")

    def _government(self) -> Work:
        rng = self.rng
        name, tags, url = rng.choice(_BODIES)
        patterns = ["{T}: consultation paper", "{T}: final report", "Guidance on {t}", "{S}: market study", "Consumer Duty: findings from our review of {t}",
                    "Annual report {y}", "{T} - policy statement", "{S} market update", "Statistical bulletin: {t}"]  # fmt: skip
        title = self.words(rng.choice(patterns))
        record: dict[str, Any] = {
            "type": rng.choice(["report", "report", "webpage"]),
            "title": title,
            "issued": self.issued(rng.choice(["year", "year", "month", "day"])),
        }
        if rng.random() < 0.1 and record["type"] == "webpage":  # a guidance page with no date on it
            record.pop("issued")
        if record["type"] == "report":
            record["publisher"] = re.sub(r"\s*\([A-Z]+\)$", "", name)
            record["publisher-place"] = "London"
        self.online(record, f"{url}/publications/{self.slug(title)}")
        return self.by_organisation(name, tags, record, "government")

    def _legislation(self) -> Work:
        rng = self.rng
        roll = rng.random()
        if roll < 0.4:
            title, year = rng.choice(_EU_ACTS)
            record: dict[str, Any] = {"type": "legislation", "title": title, "container-title": "Official Journal of the European Union",
                                      "issued": {"date-parts": [[year]]}}  # fmt: skip
            self.online(
                record, f"https://eur-lex.europa.eu/eli/{rng.choice(['reg', 'dir'])}/{year}/{rng.randint(100, 2999)}/oj"
            )
            name = rng.choice(["European Parliament and Council of the European Union", "European Union"])
        elif roll < 0.7:
            title, year = rng.choice(_UK_ACTS)
            record = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]}}
            self.online(
                record,
                f"https://www.legislation.gov.uk/{rng.choice(['ukpga', 'uksi'])}/{year}/{rng.randint(1, 99)}/contents",
            )
            name = "legislation.gov.uk"
        else:
            title, year = rng.choice(_UK_ACTS)
            record = {
                "type": "book",
                "title": title,
                "issued": {"date-parts": [[year]]},
                "publisher": "The Stationery Office",
                "publisher-place": "London",
            }
            name = "Great Britain"
        if not self.once(title):
            title = f"{title}: explanatory notes"
            record["title"] = title
        return self.by_organisation(name, {"legislation"}, record, "legislation")

    def _standard(self) -> Work:
        rng = self.rng
        name, title, year, place = rng.choice(_STANDARDS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": "BSI" if "BS" in title[:3] else "ISO", "publisher-place": place}  # fmt: skip
        if rng.random() < 0.4:
            self.online(record, f"https://knowledge.bsigroup.com/products/{self.slug(title)}")
        return self.by_organisation(name, {"standard"}, record, "standard")

    def _news(self) -> Work:
        rng = self.rng
        paper, url = rng.choice(_NEWS)
        title = self.words(rng.choice(_HEADLINES))
        record: dict[str, Any] = {
            "type": "article-newspaper",
            "title": title,
            "container-title": paper,
            "issued": self.issued("day"),
        }
        self.online(record, f"{url}/{self.slug(title)}", 0.95)
        if rng.random() < 0.75:
            record["author"] = self.people(2)
            return self.done(record, "news")
        return self.by_organisation(paper, {"press"}, record, "news")

    def _trade_press(self) -> Work:
        rng = self.rng
        title_, url = rng.choice(_TRADE)
        title = self.words(rng.choice(_HEADLINES))
        record: dict[str, Any] = {
            "type": "article-magazine",
            "title": title,
            "container-title": title_,
            "issued": self.issued("day"),
        }
        self.online(record, f"{url}/{self.slug(title)}", 0.94)
        if title_ == "Marketing Week" and rng.random() < 0.3:  # the columnist everyone quotes
            record["author"] = [{"family": "Ritson", "given": "Mark"}]
            return self.done(record, "trade-press")
        if rng.random() < 0.8:
            record["author"] = self.people(2)
            return self.done(record, "trade-press")
        return self.by_organisation(title_, {"press"}, record, "trade-press")

    def _web(self) -> Work:
        rng = self.rng
        title = self.words(rng.choice(_WEB_TITLES))
        record: dict[str, Any] = {"type": "webpage", "title": title}
        if rng.random() < 0.55:
            record["issued"] = self.issued(rng.choice(["year", "day"]))
        if rng.random() < 0.25:
            _name, _tags, url = rng.choice(_FIRMS)
            record["author"] = self.people(2)
            record["container-title"] = _name
            self.online(record, f"{url}/{self.slug(title)}", 0.9)
            return self.done(record, "web")
        name, tags, url = rng.choice(_FIRMS + _BODIES)
        self.online(record, f"{url}/{self.slug(title)}", 0.9)
        return self.by_organisation(name, tags, record, "web")

    def _blog(self) -> Work:
        rng = self.rng
        host, _tags, url = rng.choice([f for f in _FIRMS + _RESEARCH if len(f) >= 3])[:3]
        title = self.words(rng.choice(_WEB_TITLES + _HEADLINES))
        record: dict[str, Any] = {
            "type": "post-weblog",
            "title": title,
            "container-title": f"{host} blog",
            "author": self.people(2),
        }
        if rng.random() < 0.85:
            record["issued"] = self.issued("day")
        self.online(record, f"{url}/blog/{self.slug(title)}", 0.9)
        return self.done(record, "blog")

    def _podcast(self) -> Work:
        rng = self.rng
        show, owner = rng.choice(_PODCASTS)
        title = f"Episode {rng.randint(12, 420)}: {self.words(rng.choice(['{T} with {F}', 'Why {th} matters', 'What {s} gets wrong about {t}', '{Th} in a downturn']))}"
        record: dict[str, Any] = {
            "type": "broadcast",
            "title": title,
            "container-title": f"{show} [Podcast]",
            "issued": self.issued("day", low=2019),
        }
        self.online(
            record, f"https://podcasts.apple.com/gb/podcast/{self.slug(show)}/id{rng.randint(1000000, 9999999)}", 0.9
        )
        if owner and rng.random() < 0.5:
            return self.by_organisation(owner, {"press"}, record, "podcast")
        record["author"] = self.people(2)
        return self.done(record, "podcast")

    def _video(self) -> Work:
        rng = self.rng
        channel, url = rng.choice(_VIDEOS)
        title = self.words(
            rng.choice(
                ["{Th}: keynote", "Webinar: {t} in {s}", "{F} case study: {t}", "Masterclass: {th}", "{T} explained"]
            )
        )
        record: dict[str, Any] = {"type": "motion_picture", "title": title, "issued": self.issued("day", low=2018)}
        self.online(record, f"{url}/watch?v={self.fakers['en_GB'].lexify('???????????')}", 0.9)
        if rng.random() < 0.5:
            return self.by_organisation(channel, {"video"}, record, "video")
        record["author"] = self.people(1)
        return self.done(record, "video")

    def _social(self) -> Work:
        rng = self.rng
        platform = rng.choices(["LinkedIn", "X", "Instagram"], weights=[7, 2, 1])[0]
        title = self.words(rng.choice(["Five things I learned about {t} this year", "{Th} is not a campaign, it is a culture", "We have just published our {t} report",
                                       "Hot take: {s} marketers undervalue {th}", "Proud of the team behind our {t} work", "Thread: what the data says about {t}"]))  # fmt: skip
        record: dict[str, Any] = {
            "type": "post",
            "title": title,
            "container-title": platform,
            "issued": self.issued("day", low=2020),
        }
        host = {
            "LinkedIn": "https://www.linkedin.com/posts",
            "X": "https://x.com",
            "Instagram": "https://www.instagram.com/p",
        }[platform]
        self.online(record, f"{host}/{self.slug(title)[:30]}-{rng.randint(10**9, 10**10)}", 0.9)
        if rng.random() < 0.3:
            name, tags, _url = rng.choice(_FIRMS)
            return self.by_organisation(name, tags, record, "social")
        record["author"] = self.people(1)
        return self.done(record, "social")

    def _conference(self) -> Work:
        rng = self.rng
        event, place = rng.choice([("Academy of Marketing Conference", "Cardiff"), ("Academy of Marketing Conference", "Huddersfield"),
                                   ("EMAC Annual Conference", "Odense"), ("Financial Services Forum", "London"), ("B2B Marketing Ignite", "London")])  # fmt: skip
        issued = self.issued(low=2015)
        record: dict[str, Any] = {"type": "paper-conference", "title": self.words(rng.choice(_ARTICLE_TITLES)), "author": self.people(4),
                                  "container-title": f"{event} {issued['date-parts'][0][0]}", "publisher-place": place, "issued": issued}  # fmt: skip
        return self.done(record, "conference")
