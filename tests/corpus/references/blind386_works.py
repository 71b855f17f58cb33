"""Works for the blind386 pool: what communications officers at councils, NHS trusts, police and fire services,
universities' recruitment teams, government campaign units and public libraries in the UK, Ireland, Canada,
Australia and New Zealand cite in CIM Level 4 to 6 reports.

Written without reading the checker, its tests or any other pool. Social-marketing and public-sector marketing
textbooks and their chapters (a few classics the candidates all cite), journal articles on behaviour change,
nudges, public-service marketing and citizen engagement with one to eight authors, government departments,
agencies and arm's-length bodies of five countries, audit offices, legislation as candidates find it online,
parliamentary papers, councils', trusts', forces' and libraries' annual reports and strategies, think tanks,
charities, the Behavioural Insights Team, polling firms, signed and unsigned news, and undated web pages with access
dates. Irish names with their fadas, Māori and Pasifika names with their macrons, Québécois names with their
particles apart, Scottish and Welsh names, and British South Asian and Chinese names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import copy
import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "government", "legislation", "parliamentary", "news", "web",
         "polling")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "ga_IE", "en_AU", "en_AU", "en_NZ", "en_NZ",
            "en_CA", "en_CA", "fr_CA"]  # fmt: skip
# Names as the region's scholars and journals print them (family, given).
_REGIONAL = [
    ("Ó Súilleabháin", "Siobhán"), ("Ní Bhriain", "Aoife"), ("Mac Giolla Phádraig", "Cathal"), ("Ó Cinnéide", "Pádraig"),
    ("Ní Mhurchú", "Órla"), ("Ó Ceallaigh", "Seán"), ("Nic Aodha", "Gráinne"), ("MacLeòid", "Eilidh"),
    ("Te Awa", "Mere"), ("Ngata", "Tama"), ("Pōtiki", "Hēmi"), ("Tipene", "Aroha"), ("Tūhiwai", "Rāwiri"),
    ("Leota", "Losa"), ("Tupou", "Sione"), ("Va'ai", "Malia"), ("Tremblay", "Geneviève"), ("Côté", "Frédéric"),
    ("Lévesque", "Hélène"), ("Bélanger", "Émilie"), ("Patel", "Nisha"), ("Chaudhry", "Imran"), ("Begum", "Ruksana"),
    ("Wong", "Mei"), ("Nguyen", "Thanh"), ("Singh", "Harpreet"), ("Jones", "Rhiannon"), ("Evans", "Gwenllian"),
    ("Llewelyn", "Dafydd"), ("MacDonald", "Morag"), ("O'Sullivan", "Ciara"), ("McCarthy", "Niamh"),
]  # fmt: skip
_PARTICLED = [("de", "Grandpré", "Marie-Ève"), ("ap", "Iorwerth", "Rhun"), ("van", "der Merwe", "Pieter"),
              ("de", "Lacy", "Hugh"), ("van", "Stralen", "Maartje"), ("de", "Souza", "Rafael")]  # fmt: skip

# Authors with no person named: (name, tags, country). Departments, agencies, audit offices, councils, trusts,
# forces, libraries, think tanks, charities, professional bodies and campaign units.
_GOVERNMENT = [
    ("Public Health England", {"government"}, "uk"), ("Public Health England (PHE)", {"government", "abbreviation"}, "uk"),
    ("UK Health Security Agency", {"government"}, "uk"), ("Office for Health Improvement and Disparities", {"government"}, "uk"),
    ("Cabinet Office", {"government"}, "uk"), ("Government Communication Service", {"government"}, "uk"),
    ("Government Communication Service (GCS)", {"government", "abbreviation"}, "uk"),
    ("Department of Health and Social Care", {"government"}, "uk"), ("Department for Education", {"government"}, "uk"),
    ("Department for Levelling Up, Housing & Communities", {"government", "comma", "ampersand"}, "uk"),
    ("Department for Transport", {"government"}, "uk"), ("Home Office", {"government"}, "uk"), ("HM Government", {"government"}, "uk"),
    ("HM Treasury", {"government"}, "uk"), ("NHS England", {"government"}, "uk"), ("NHS Digital", {"government"}, "uk"),
    ("Office for National Statistics", {"government"}, "uk"), ("ONS", {"government", "acronym"}, "uk"),
    ("Scottish Government", {"government"}, "uk"), ("Welsh Government", {"government"}, "uk"), ("Public Health Scotland", {"government"}, "uk"),
    ("Public Health Wales", {"government"}, "uk"), ("Department of Health (Northern Ireland)", {"government"}, "uk"),
    ("Office for Students", {"government"}, "uk"), ("Ofcom", {"government"}, "uk"), ("Electoral Commission", {"government"}, "uk"),
    ("Health Service Executive", {"government"}, "ie"), ("Health Service Executive (HSE)", {"government", "abbreviation"}, "ie"),
    ("Department of Health", {"government"}, "ie"), ("Government of Ireland", {"government"}, "ie"),
    ("Department of Public Expenditure, NDP Delivery and Reform", {"government", "comma"}, "ie"),
    ("Central Statistics Office", {"government"}, "ie"), ("Healthy Ireland", {"government"}, "ie"),
    ("Health Canada", {"government"}, "ca"), ("Public Health Agency of Canada", {"government"}, "ca"),
    ("Government of Canada", {"government"}, "ca"), ("Statistics Canada", {"government"}, "ca"),
    ("Treasury Board of Canada Secretariat", {"government"}, "ca"),
    ("Australian Government Department of Health and Aged Care", {"government"}, "au"),
    ("Australian Institute of Health and Welfare (AIHW)", {"government", "abbreviation"}, "au"),
    ("Behavioural Economics Team of the Australian Government (BETA)", {"government", "abbreviation"}, "au"),
    ("VicHealth", {"government"}, "au"), ("NSW Government", {"government", "acronym"}, "au"),
    ("Australian Public Service Commission", {"government"}, "au"),
    ("Ministry of Health – Manatū Hauora", {"government", "macron"}, "nz"), ("Te Whatu Ora – Health New Zealand", {"government"}, "nz"),
    ("Te Puni Kōkiri", {"government", "macron"}, "nz"), ("Stats NZ", {"government", "acronym"}, "nz"),
    ("Waka Kotahi NZ Transport Agency", {"government"}, "nz"), ("Te Hiringa Hauora | Health Promotion Agency", {"government"}, "nz"),
    ("Department of the Prime Minister and Cabinet", {"government"}, "nz"),
]  # fmt: skip
_AUDIT = [
    ("National Audit Office", {"government", "audit"}, "uk"), ("National Audit Office (NAO)", {"government", "audit", "abbreviation"}, "uk"),
    ("NAO", {"government", "audit", "acronym"}, "uk"), ("Audit Scotland", {"government", "audit"}, "uk"), ("Audit Wales", {"government", "audit"}, "uk"),
    ("Comptroller and Auditor General", {"government", "audit"}, "ie"), ("Office of the Auditor General of Canada", {"government", "audit"}, "ca"),
    ("Australian National Audit Office (ANAO)", {"government", "audit", "abbreviation"}, "au"),
    ("Office of the Auditor-General", {"government", "audit", "hyphen"}, "nz"),
]  # fmt: skip
_LOCAL = [
    ("Birmingham City Council", {"council"}, "uk"), ("Manchester City Council", {"council"}, "uk"), ("Leeds City Council", {"council"}, "uk"),
    ("Cornwall Council", {"council"}, "uk"), ("Kent County Council", {"council"}, "uk"), ("Glasgow City Council", {"council"}, "uk"),
    ("Cardiff Council", {"council"}, "uk"), ("Belfast City Council", {"council"}, "uk"), ("London Borough of Hackney", {"council"}, "uk"),
    ("Royal Borough of Kensington and Chelsea", {"council"}, "uk"), ("Bath & North East Somerset Council", {"council", "ampersand"}, "uk"),
    ("Dublin City Council", {"council"}, "ie"), ("Cork County Council", {"council"}, "ie"), ("Dún Laoghaire-Rathdown County Council", {"council", "accent"}, "ie"),
    ("City of Toronto", {"council"}, "ca"), ("Ville de Montréal", {"council", "accent"}, "ca"), ("City of Vancouver", {"council"}, "ca"),
    ("City of Melbourne", {"council"}, "au"), ("Brisbane City Council", {"council"}, "au"), ("City of Sydney", {"council"}, "au"),
    ("Auckland Council", {"council"}, "nz"), ("Wellington City Council", {"council"}, "nz"), ("Christchurch City Council", {"council"}, "nz"),
    ("Manchester University NHS Foundation Trust", {"trust"}, "uk"), ("Guy's and St Thomas' NHS Foundation Trust", {"trust", "apostrophe"}, "uk"),
    ("Leeds Teaching Hospitals NHS Trust", {"trust"}, "uk"), ("Oxford Health NHS Foundation Trust", {"trust"}, "uk"),
    ("NHS Greater Glasgow and Clyde", {"trust"}, "uk"), ("Betsi Cadwaladr University Health Board", {"trust"}, "uk"),
    ("Metropolitan Police Service", {"police"}, "uk"), ("Greater Manchester Police", {"police"}, "uk"), ("Police Scotland", {"police"}, "uk"),
    ("An Garda Síochána", {"police", "accent"}, "ie"), ("New Zealand Police", {"police"}, "nz"), ("Victoria Police", {"police"}, "au"),
    ("London Fire Brigade", {"fire"}, "uk"), ("West Midlands Fire Service", {"fire"}, "uk"), ("Fire and Emergency New Zealand", {"fire"}, "nz"),
    ("Fire and Rescue NSW", {"fire", "acronym"}, "au"), ("National Fire Chiefs Council", {"fire"}, "uk"), ("College of Policing", {"police"}, "uk"),
    ("Toronto Public Library", {"library"}, "ca"), ("Libraries NI", {"library"}, "uk"), ("Auckland Libraries", {"library"}, "nz"),
    ("State Library Victoria", {"library"}, "au"), ("Libraries Connected", {"library"}, "uk"), ("The British Library", {"library"}, "uk"),
    ("Local Government Association", {"council"}, "uk"), ("Local Government Association (LGA)", {"council", "abbreviation"}, "uk"),
    ("UCAS", {"university", "acronym"}, "uk"), ("Universities UK", {"university"}, "uk"), ("Higher Education Authority", {"university"}, "ie"),
    ("Universities Australia", {"university"}, "au"), ("University of Leeds", {"university"}, "uk"), ("University College Cork", {"university"}, "ie"),
]  # fmt: skip
_THINK = [
    ("Behavioural Insights Team", {"think-tank"}, "uk"), ("The Behavioural Insights Team", {"think-tank"}, "uk"),
    ("Behavioural Insights Team (BIT)", {"think-tank", "abbreviation"}, "uk"), ("Nesta", {"think-tank"}, "uk"),
    ("The King's Fund", {"think-tank", "apostrophe"}, "uk"), ("Nuffield Trust", {"think-tank"}, "uk"), ("The Health Foundation", {"think-tank"}, "uk"),
    ("Institute for Government", {"think-tank"}, "uk"), ("Institute for Fiscal Studies (IFS)", {"think-tank", "abbreviation"}, "uk"),
    ("Joseph Rowntree Foundation", {"think-tank"}, "uk"), ("Demos", {"think-tank"}, "uk"), ("Reform", {"think-tank"}, "uk"),
    ("Centre for Cities", {"think-tank"}, "uk"), ("Carnegie UK", {"think-tank"}, "uk"), ("New Local", {"think-tank"}, "uk"),
    ("Economic and Social Research Institute (ESRI)", {"think-tank", "abbreviation"}, "ie"), ("Grattan Institute", {"think-tank"}, "au"),
    ("Institute of Public Administration Australia", {"think-tank"}, "au"), ("Public Policy Forum", {"think-tank"}, "ca"),
    ("Helen Clark Foundation", {"think-tank"}, "nz"), ("McGuinness Institute", {"think-tank"}, "nz"),
    ("Citizens Advice", {"charity"}, "uk"), ("Age UK", {"charity"}, "uk"), ("Mind", {"charity"}, "uk"), ("Shelter", {"charity"}, "uk"),
    ("Alzheimer's Society", {"charity", "apostrophe"}, "uk"), ("Macmillan Cancer Support", {"charity"}, "uk"),
    ("Cancer Research UK", {"charity"}, "uk"), ("ASH (Action on Smoking and Health)", {"charity", "abbreviation"}, "uk"),
    ("Royal Society for Public Health (RSPH)", {"charity", "abbreviation"}, "uk"), ("Barnardo's", {"charity", "apostrophe"}, "uk"),
    ("Barnardos", {"charity"}, "ie"), ("Good Things Foundation", {"charity"}, "uk"), ("Heart Foundation", {"charity"}, "au"),
    ("Chartered Institute of Marketing", {"professional"}, "uk"), ("Chartered Institute of Public Relations (CIPR)", {"professional", "abbreviation"}, "uk"),
    ("Chartered Institute of Public Finance & Accountancy (CIPFA)", {"professional", "ampersand", "abbreviation"}, "uk"),
    ("Society of Local Authority Chief Executives & Senior Managers (Solace)", {"professional", "ampersand", "abbreviation"}, "uk"),
    ("LGcomms", {"professional"}, "uk"), ("CILIP", {"professional", "acronym"}, "uk"), ("Public Relations Institute of Ireland", {"professional"}, "ie"),
    ("Marketing Society", {"professional"}, "uk"), ("Mutual Ventures & Co", {"company", "ampersand"}, "uk"),
]  # fmt: skip
_POLLING = [("Ipsos", "ipsos.com"), ("Ipsos UK", "ipsos.com"), ("YouGov", "yougov.co.uk"), ("Savanta", "savanta.com"),
            ("Opinium", "opinium.com"), ("Red C Research", "redcresearch.ie"), ("Ipsos B&A", "ipsosbanda.ie"),
            ("Angus Reid Institute", "angusreid.org"), ("Léger", "leger360.com"), ("Roy Morgan", "roymorgan.com"),
            ("Essential Research", "essentialreport.com.au"), ("Talbot Mills Research", "talbotmills.com"),
            ("Kantar Public", "kantarpublic.com"), ("Edelman", "edelman.com"), ("Verian", "veriangroup.com")]  # fmt: skip
_PARLIAMENT = [
    ("House of Commons Public Accounts Committee", "uk"), ("House of Commons Health and Social Care Committee", "uk"),
    ("House of Commons Library", "uk"), ("House of Lords Science and Technology Committee", "uk"),
    ("Public Administration and Constitutional Affairs Committee", "uk"), ("Scottish Parliament Information Centre (SPICe)", "uk"),
    ("Senedd Research", "uk"), ("Houses of the Oireachtas", "ie"), ("Joint Committee on Health", "ie"),
    ("House of Commons of Canada", "ca"), ("Parliament of Australia", "au"), ("Senate Community Affairs References Committee", "au"),
    ("New Zealand Parliament", "nz"), ("Health Select Committee", "nz"),
]  # fmt: skip
_LEGISLATION = [
    ("legislation.gov.uk", "https://www.legislation.gov.uk/ukpga/{y}/{n}/contents",
     [("Health and Care Act 2022", 2022), ("Public Health (Control of Disease) Act 1984", 1984), ("Local Government Act 2000", 2000),
      ("Public Libraries and Museums Act 1964", 1964), ("Equality Act 2010", 2010), ("Fire and Rescue Services Act 2004", 2004),
      ("Police Reform and Social Responsibility Act 2011", 2011), ("Online Safety Act 2023", 2023), ("Localism Act 2011", 2011)]),
    ("Irish Statute Book", "https://www.irishstatutebook.ie/eli/{y}/act/{n}/enacted/en/html",
     [("Public Health (Alcohol) Act 2018", 2018), ("Local Government Reform Act 2014", 2014), ("Official Languages (Amendment) Act 2021", 2021)]),
    ("Justice Laws Website", "https://laws-lois.justice.gc.ca/eng/acts/t-{n}/",
     [("Tobacco and Vaping Products Act 1997", 1997), ("Official Languages Act 1985", 1985), ("Accessible Canada Act 2019", 2019)]),
    ("Federal Register of Legislation", "https://www.legislation.gov.au/C{y}A000{n}/latest/text",
     [("Tobacco Plain Packaging Act 2011", 2011), ("Public Governance, Performance and Accountability Act 2013", 2013), ("Privacy Act 1988", 1988)]),
    ("Parliamentary Counsel Office", "https://www.legislation.govt.nz/act/public/{y}/00{n}/latest/",
     [("Smokefree Environments and Regulated Products Amendment Act 2022", 2022), ("Local Government Act 2002", 2002), ("Pae Ora (Healthy Futures) Act 2022", 2022)]),
]  # fmt: skip
# Bodies cited only in the years they existed under that name.
_ACTIVE = {"Public Health England": (2013, 2021), "UK Health Security Agency": (2021, 2025),
           "Office for Health Improvement and Disparities": (2021, 2025), "Department for Levelling Up, Housing & Communities": (2021, 2024),
           "Department of Health and Social Care": (2018, 2025), "Office for Students": (2018, 2025), "NHS England": (2013, 2025),
           "NHS Digital": (2013, 2023), "Government Communication Service": (2013, 2025), "Public Health Scotland": (2020, 2025),
           "Healthy Ireland": (2013, 2025), "Department of Public Expenditure, NDP Delivery and Reform": (2023, 2025),
           "Behavioural Economics Team of the Australian Government": (2016, 2025), "Australian Government Department of Health and Aged Care": (2022, 2025),
           "Ministry of Health – Manatū Hauora": (2019, 2025), "Te Whatu Ora – Health New Zealand": (2022, 2025),
           "Stats NZ": (2016, 2025), "Waka Kotahi NZ Transport Agency": (2019, 2024), "Te Hiringa Hauora | Health Promotion Agency": (2016, 2022),
           "Behavioural Insights Team": (2010, 2025), "The Behavioural Insights Team": (2010, 2025), "Libraries Connected": (2018, 2025),
           "Carnegie UK": (2021, 2025), "New Local": (2020, 2025), "Good Things Foundation": (2015, 2025), "Helen Clark Foundation": (2019, 2025),
           "Savanta": (2018, 2025), "Verian": (2024, 2025), "Kantar Public": (2011, 2023), "Ipsos UK": (2022, 2025), "Ipsos B&A": (2019, 2025),
           "Auckland Council": (2010, 2025), "Auckland Libraries": (2010, 2025), "Cornwall Council": (2009, 2025), "Libraries NI": (2009, 2025),
           "Police Scotland": (2013, 2025), "Fire and Emergency New Zealand": (2017, 2025), "College of Policing": (2012, 2025),
           "National Fire Chiefs Council": (2017, 2025), "Dún Laoghaire-Rathdown County Council": (1994, 2025), "Betsi Cadwaladr University Health Board": (2009, 2025),
           "Manchester University NHS Foundation Trust": (2017, 2025), "Higher Education Authority": (1985, 2025), "Fire and Rescue NSW": (2011, 2025),
           "Office for National Statistics": (1996, 2025), "ONS": (1996, 2025), "Electoral Commission": (2001, 2025), "Audit Wales": (2020, 2025),
           "Office of the Auditor General of Canada": (1985, 2025), "Chartered Institute of Public Relations": (2005, 2025),
           "Economic and Social Research Institute": (1985, 2025), "Nesta": (1998, 2025), "Institute for Government": (2008, 2025),
           "Centre for Cities": (2005, 2025), "Grattan Institute": (2008, 2025), "LGcomms": (2006, 2025), "Public Health Wales": (2009, 2025)}  # fmt: skip
_NEWS = [("BBC News", "bbc.co.uk/news"), ("The Guardian", "theguardian.com"), ("The Irish Times", "irishtimes.com"),
         ("RTÉ News", "rte.ie/news"), ("Irish Examiner", "irishexaminer.com"), ("CBC News", "cbc.ca/news"),
         ("The Globe and Mail", "theglobeandmail.com"), ("ABC News", "abc.net.au/news"),
         ("The Sydney Morning Herald", "smh.com.au"), ("RNZ", "rnz.co.nz"), ("Stuff", "stuff.co.nz"),
         ("The Herald", "heraldscotland.com"), ("Manchester Evening News", "manchestereveningnews.co.uk"),
         ("Local Government Chronicle", "lgcplus.com"), ("Health Service Journal", "hsj.co.uk"), ("PRWeek", "prweek.com"),
         ("Campaign", "campaignlive.co.uk"), ("Third Sector", "thirdsector.co.uk"), ("Times Higher Education", "timeshighereducation.com"),
         ("The Conversation", "theconversation.com"), ("Police Professional", "policeprofessional.com")]  # fmt: skip
_DOMAINS = {"uk": "https://www.gov.uk/government/publications/", "ie": "https://www.gov.ie/en/publication/",
            "ca": "https://www.canada.ca/en/services/", "au": "https://www.health.gov.au/resources/publications/",
            "nz": "https://www.govt.nz/browse/"}  # fmt: skip
_PARLIAMENT_URLS = {"uk": "https://committees.parliament.uk/publications/", "ie": "https://www.oireachtas.ie/en/publications/",
                    "ca": "https://www.ourcommons.ca/DocumentViewer/en/", "au": "https://www.aph.gov.au/Parliamentary_Business/Committees/",
                    "nz": "https://www.parliament.nz/en/pb/sc/reports/"}  # fmt: skip
_PLACES = {"uk": ["London", "Manchester", "Edinburgh", "Cardiff", "Belfast", "Leeds"], "ie": ["Dublin", "Cork"],
           "ca": ["Ottawa", "Toronto"], "au": ["Canberra", "Melbourne", "Sydney"], "nz": ["Wellington", "Auckland"]}  # fmt: skip
_JOURNALS = ["Journal of Social Marketing", "Social Marketing Quarterly", "Journal of Public Policy & Marketing",
             "Public Administration Review", "Public Management Review", "Journal of Nonprofit & Public Sector Marketing",
             "Behavioural Public Policy", "Health Education Research", "BMC Public Health", "Journal of Marketing Management",
             "European Journal of Marketing", "Australasian Marketing Journal", "Irish Journal of Management",
             "Canadian Public Administration", "Australian Journal of Public Administration", "Local Government Studies",
             "Public Money & Management", "International Review on Public and Nonprofit Marketing",
             "Journal of Marketing for Higher Education", "Policing: A Journal of Policy and Practice",
             "Health Promotion International", "Public Relations Review", "New Zealand Medical Journal",
             "Journal of Public Affairs"]  # fmt: skip
_PUBLISHERS = [("Sage", "London"), ("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Palgrave Macmillan", "Basingstoke"),
               ("Policy Press", "Bristol"), ("Edward Elgar", "Cheltenham"), ("Oxford University Press", "Oxford"),
               ("Kogan Page", "London"), ("Allen & Unwin", "Crows Nest, NSW"), ("University of Toronto Press", "Toronto"),
               ("Bloomsbury Academic", "London"), ("Auckland University Press", "Auckland"), ("Goodfellow", "Oxford"),
               ("Institute of Public Administration", "Dublin"), ("Cengage", "South Melbourne")]  # fmt: skip
_TOPICS = ["vaccine uptake", "stop smoking services", "organ donation", "NHS recruitment", "council tax collection",
           "library membership", "household recycling", "active travel", "road safety", "home fire safety",
           "police recruitment", "citizen engagement", "participatory budgeting", "public trust", "digital inclusion",
           "student recruitment", "widening participation", "flu vaccination", "healthy eating", "alcohol harm",
           "gambling harm", "domestic abuse reporting", "cervical screening", "blood donation", "energy saving",
           "channel shift", "resident satisfaction", "co-production", "bowel cancer screening", "water safety",
           "childhood obesity", "vaping among young people", "voter registration", "antimicrobial resistance",
           "loneliness", "mental health stigma", "fostering and adoption", "speeding", "drink-driving"]  # fmt: skip
_AREAS = ["public services", "local government", "the NHS", "higher education", "policing", "public libraries",
          "fire and rescue services", "Ireland", "Aotearoa New Zealand", "Canada", "Australia", "Scotland", "Wales",
          "England", "deprived communities", "rural areas"]  # fmt: skip
_TEXTBOOKS = ["Social marketing", "Strategic social marketing", "Public sector marketing", "Marketing in the public sector",
              "Government communication", "Public relations for the public sector", "Marketing public services",
              "Behavioural public policy", "Health communication", "Social marketing and public health",
              "Marketing higher education", "Citizen engagement", "Nudge theory in action"]  # fmt: skip
_HANDBOOKS = ["The Palgrave handbook of social marketing", "The Routledge companion to public sector marketing",
              "Contemporary issues in social marketing", "The SAGE handbook of public relations",
              "Social marketing: global perspectives", "Behavioural insights in public policy",
              "The Oxford handbook of public management", "Handbook of government communication",
              "Public value management in practice", "Marketing the university"]  # fmt: skip
# The classics every one of these candidates cites, as they were published.
_CLASSICS: list[dict[str, Any]] = [
    {"type": "book", "title": "Nudge: improving decisions about health, wealth and happiness", "author": [{"family": "Thaler", "given": "Richard H."}, {"family": "Sunstein", "given": "Cass R."}],
     "issued": {"date-parts": [[2008]]}, "publisher": "Yale University Press", "publisher-place": "New Haven, CT"},
    {"type": "book", "title": "Strategic social marketing: for behaviour and social change", "author": [{"family": "French", "given": "Jeff"}, {"family": "Gordon", "given": "Ross"}],
     "issued": {"date-parts": [[2020]]}, "edition": "2", "publisher": "Sage", "publisher-place": "London"},
    {"type": "book", "title": "Social marketing: rebels with a cause", "author": [{"family": "Hastings", "given": "Gerard"}, {"family": "Domegan", "given": "Christine"}],
     "issued": {"date-parts": [[2018]]}, "edition": "3", "publisher": "Routledge", "publisher-place": "Abingdon"},
    {"type": "book", "title": "Social marketing: behavior change for social good", "author": [{"family": "Lee", "given": "Nancy R."}, {"family": "Kotler", "given": "Philip"}],
     "issued": {"date-parts": [[2019]]}, "edition": "6", "publisher": "Sage", "publisher-place": "Thousand Oaks, CA"},
    {"type": "article-journal", "title": "The behaviour change wheel: a new method for characterising and designing behaviour change interventions",
     "author": [{"family": "Michie", "given": "Susan"}, {"family": "Stralen", "given": "Maartje M.", "non-dropping-particle": "van"}, {"family": "West", "given": "Robert"}],
     "container-title": "Implementation Science", "volume": "6", "issue": "1", "page": "42", "issued": {"date-parts": [[2011]]}, "DOI": "10.1186/1748-5908-6-42"},
    {"type": "article-journal", "title": "Social marketing: its definition and domain", "author": [{"family": "Andreasen", "given": "Alan R."}],
     "container-title": "Journal of Public Policy & Marketing", "volume": "13", "issue": "1", "page": "108-114", "issued": {"date-parts": [[1994]]}},
    {"type": "article-journal", "title": "Social marketing: an approach to planned social change", "author": [{"family": "Kotler", "given": "Philip"}, {"family": "Zaltman", "given": "Gerald"}],
     "container-title": "Journal of Marketing", "volume": "35", "issue": "3", "page": "3-12", "issued": {"date-parts": [[1971]]}},
    {"type": "article-journal", "title": "Influencing behaviour: the mindspace way",
     "author": [{"family": "Dolan", "given": "Paul"}, {"family": "Hallsworth", "given": "Michael"}, {"family": "Halpern", "given": "David"}, {"family": "King", "given": "Dominic"}, {"family": "Metcalfe", "given": "Robert"}, {"family": "Vlaev", "given": "Ivo"}],
     "container-title": "Journal of Economic Psychology", "volume": "33", "issue": "1", "page": "264-277", "issued": {"date-parts": [[2012]]}},
    {"type": "book", "title": "Inside the nudge unit: how small changes can make a big difference", "author": [{"family": "Halpern", "given": "David"}],
     "issued": {"date-parts": [[2015]]}, "publisher": "WH Allen", "publisher-place": "London"},
    {"type": "book", "title": "Creating public value: strategic management in government", "author": [{"family": "Moore", "given": "Mark H."}],
     "issued": {"date-parts": [[1995]]}, "publisher": "Harvard University Press", "publisher-place": "Cambridge, MA"},
    {"type": "book", "title": "Marketing in the public sector: a roadmap for improved performance", "author": [{"family": "Kotler", "given": "Philip"}, {"family": "Lee", "given": "Nancy"}],
     "issued": {"date-parts": [[2007]]}, "publisher": "Wharton School Publishing", "publisher-place": "Upper Saddle River, NJ"},
    {"type": "article-journal", "title": "The new public governance?", "author": [{"family": "Osborne", "given": "Stephen P."}],
     "container-title": "Public Management Review", "volume": "8", "issue": "3", "page": "377-387", "issued": {"date-parts": [[2006]]}},
]  # fmt: skip


def _domain(name: str, country: str) -> str:
    """A body's own web address, made from its name as such addresses are ("https://www.leedscitycouncil.gov.uk")."""
    words = "".join(ch for ch in name.split(" (")[0].lower() if ch.isascii() and ch.isalnum())
    suffix = {"uk": "org.uk", "ie": "ie", "ca": "ca", "au": "org.au", "nz": "org.nz"}[country]
    return f"https://www.{words[:24]}.{suffix}"


class Blind386WorkFactory(WorkFactory):
    """Works of the public-sector and public-campaign reports of blind386, from their own seeded random source."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 3860)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 223 + index)
                self.fakers[locale] = fake
        self.classics = list(range(len(_CLASSICS)))
        self.rng.shuffle(self.classics)
        self.dated: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.22:
            family, given = self.rng.choice(_REGIONAL)
            return {"family": family, "given": given}
        if roll < 0.27:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.07:
            family = f"{family}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        return self.rng.randint(2009, 2025) if self.rng.random() < 0.93 else self.rng.randint(1985, 2008)

    def _accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        issued = record.get("issued", {"date-parts": [[2020]]})["date-parts"][0]
        year = self.rng.randint(max(issued[0], 2023), max(issued[0], 2025))
        month = self.rng.randint(issued[1] if year == issued[0] and len(issued) > 1 else 1, 12)
        low = issued[2] if year == issued[0] and len(issued) > 2 and month == issued[1] else 1
        return {"date-parts": [[year, month, self.rng.randint(min(low, 28), 28)]]}

    def _year_for(self, name: str) -> int:
        year = self.year()
        lo, hi = _ACTIVE.get(name.split(" (")[0], (1985, 2025))
        return year if lo <= year <= hi else self.rng.randint(lo, hi)

    def _title(self) -> str:
        topic, area = self.rng.choice(_TOPICS), self.rng.choice(_AREAS)
        forms = [
            f"{topic[0].upper()}{topic[1:]}: a social marketing approach",
            f"Nudging {topic}: evidence from a randomised controlled trial",
            f"Communicating {topic} to seldom-heard groups in {area}",
            f"Public sector marketing and {topic} in {area}",
            f"{topic[0].upper()}{topic[1:]} in {area}: a systematic review",
            f"What works in {topic}? Lessons from {area}",
            f"Citizen engagement and {topic}",
            f"Applying the COM-B model to {topic}",
            f"Trust, legitimacy and {topic} in {area}",
            f"Evaluating a behaviour change campaign on {topic}",
        ]
        return self.rng.choice(forms)

    def _report_title(self, y: int) -> str:
        topic = self.rng.choice(_TOPICS)
        forms = [f"Annual report and accounts {y}/{str(y + 1)[2:]}", f"Communications strategy {y}-{y + 3}",
                 f"Corporate plan {y}-{y + 4}", f"Resident survey {y}: headline findings",
                 f"Evaluation of the {topic} campaign", f"{topic[0].upper()}{topic[1:]}: insight report",
                 f"Annual report {y}", f"Engagement strategy {y} to {y + 5}", f"Library strategy {y}-{y + 5}",
                 f"Recruitment marketing plan {y}/{str(y + 1)[2:]}", f"Public attitudes to {topic}"]  # fmt: skip
        return self.rng.choice(forms) if self.rng.random() < 0.6 else self._title()

    def _news_title(self) -> str:
        topic, area = self.rng.choice(_TOPICS), self.rng.choice(_AREAS)
        body = self.rng.choice(
            ["Council", "Health board", "Police", "Fire service", "University", "Library service", "Government"]
        )
        forms = [f"{body} launches new campaign on {topic}", f"Record numbers sign up as {topic} push pays off",
                 f"Warning over falling {topic} in {area}", f"Why campaigns on {topic} keep failing",
                 f"{body} spent £{self.rng.randint(20, 900)}k on {topic} adverts, figures show",
                 f"Ministers accused of 'nanny state' over {topic} campaign", f"{topic[0].upper()}{topic[1:]}: what went wrong?"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "report", "government", "legislation", "parliamentary", "news", "web",
             "polling"],
            weights=[13, 6, 22, 14, 14, 3, 4, 9, 9, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind)()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work ("NAO, 2023a" and "2023b").
        same_kind = [entry for entry in self.dated if entry[3] == kind]
        if same_kind and kind not in ("news", "legislation") and "issued" in record and self.rng.random() < 0.13:
            name, tags, issued, _kind = self.rng.choice(same_kind)
            record["issued"] = {"date-parts": [[issued["date-parts"][0][0]]]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record)
        if "issued" in record:
            self.dated.append((name, tags, record["issued"], kind))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        if self.classics and self.rng.random() < 0.3:
            record = copy.deepcopy(_CLASSICS[self.classics.pop()])
            kind = "journal" if record["type"] == "article-journal" else "book"
            if kind == "book":
                return self._person_work(record, "book")
        publisher, place = self.rng.choice(_PUBLISHERS)
        record = {"type": "book", "title": f"{self.rng.choice(_TEXTBOOKS)}: {self.rng.choice(['theory and practice', 'a critical introduction', 'principles and cases', 'concepts and contexts', 'an introduction'])}",
                  "author": self._people(4), "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 7))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:8])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(_HANDBOOKS), "issued": {"date-parts": [[self.year()]]},
            "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        if self.classics and self.rng.random() < 0.15:
            index = next((i for i in self.classics if _CLASSICS[i]["type"] == "article-journal"), None)
            if index is not None:
                self.classics.remove(index)
                return self._person_work(copy.deepcopy(_CLASSICS[index]), "journal")
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 85)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        """Councils', trusts', forces', libraries', universities', think tanks' and charities' reports."""
        name, tags, country = self.rng.choice(_LOCAL + _THINK)
        year = self._year_for(name)
        record: dict[str, Any] = {"type": "report", "title": self._report_title(year), "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0]}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"{_domain(name, country)}/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after(record)
        if "think-tank" in tags and self.rng.random() < 0.3:  # a think tank's report under its authors' names
            record["author"] = self._people(4)
            return self._person_work(record, "report")
        return self._org(record, "report", name, tags)

    def _government(self) -> Work:
        name, tags, country = self.rng.choice(_GOVERNMENT + _AUDIT)
        kind = self.rng.choice(["report", "webpage"])
        year = self._year_for(name)
        record: dict[str, Any] = {"type": kind, "title": self._report_title(year) if kind == "report" else self._title(),
                                  "URL": _DOMAINS[country] + self.fakers["en_GB"].slug()}  # fmt: skip
        if self.rng.random() < 0.9 or kind == "report":
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record)
        return self._org(record, "government", name, tags)

    def _legislation(self) -> Work:
        # As candidates find an Act: a page of the legislation site, cited under the site's name with the Act's year.
        site, url, titles = self.rng.choice(_LEGISLATION)
        title, year = self.rng.choice(titles)
        record: dict[str, Any] = {"type": "webpage", "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": url.format(y=year, n=self.rng.randint(1, 60))}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._org(record, "legislation", site, {"legislation"})

    def _parliamentary(self) -> Work:
        name, country = self.rng.choice(_PARLIAMENT)
        number = self.rng.randint(2, 40)
        record: dict[str, Any] = {
            "type": "report", "title": f"{self._title()} ({self.rng.choice(['HC', 'Report No.', 'Paper'])} {number * 17})",
            "issued": {"date-parts": [[self.year()]]}, "publisher": name.split(" (")[0] if self.rng.random() < 0.5 else self.rng.choice(['The Stationery Office', 'Parliament']),
            "publisher-place": self.rng.choice(_PLACES[country]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = _PARLIAMENT_URLS[country] + self.fakers["en_GB"].slug()
            record["accessed"] = self._accessed_after(record)
        return self._org(record, "parliamentary", name, {"government", "parliament"})

    def _news(self) -> Work:
        paper, domain = self.rng.choice(_NEWS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._news_title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.7:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _web(self) -> Work:
        """Pages of bodies and campaign sites, many undated, and now and then a person's blog."""
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        if self.rng.random() < 0.25:
            record["author"] = self._people(2)
            record["URL"] = f"https://{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}"
            if self.rng.random() < 0.55:
                record["issued"] = {"date-parts": [[self.year()]]}
            record["accessed"] = self._accessed_after(record)
            return self._person_work(record, "web")
        name, tags, country = self.rng.choice(_GOVERNMENT + _LOCAL + _THINK)
        record["URL"] = f"{_domain(name, country)}/{self.fakers['en_GB'].slug()}"
        if self.rng.random() < 0.55:
            record["issued"] = {"date-parts": [[self._year_for(name)]]}
        record["accessed"] = self._accessed_after(record)
        return self._org(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _polling(self) -> Work:
        name, domain = self.rng.choice(_POLLING)
        topic = self.rng.choice(_TOPICS)
        lo, hi = _ACTIVE.get(name, (2012, 2025))
        year = self.rng.randint(max(lo, 2012), hi)
        record: dict[str, Any] = {
            "type": "report", "publisher": name, "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}",
            "title": self.rng.choice([f"Veracity Index {year}", f"Public attitudes to {topic}",
                                      f"Trust in public services tracker: wave {self.rng.randint(3, 40)}",
                                      f"Polling on {topic}: topline results", f"Attitudes to local councils {year}"]),
        }  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record)
        return self._org(record, "polling", name, {"market-research"})
