"""Works for the eighteenth held-out pool, "blind18": CSL-JSON records of what its writers cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by an eighteenth hand, without reading the checker, its tests or the other pools, from what Level 3/4
digital-marketing apprentices in the UK and international CIM candidates in Nigeria, Kenya, Ghana, India, Pakistan,
Sri Lanka, Poland and Romania read: Indian and African editions of the textbooks, chapters in edited books on
emerging markets, articles in African, South Asian and European journals with one to eight authors, GSMA, the
World Bank, the IMF and UN agencies, national statistics bureaus and central banks, telecoms and financial
regulators, Acts read as the state that passed them, Statista, DataReportal, We Are Social and Meltwater,
NielsenIQ, GeoPoll, consultancies' Africa and India reports, plc and PLC annual reports, local newspapers and tech
press, HubSpot, Think with Google and Meta's help centre pages (often undated), YouTube tutorials, podcasts and
Instagram, TikTok, X and LinkedIn posts. Authors carry several given names, particles, hyphens, apostrophes and
diacritics; organisations carry "&", "plc", "PLC", "Ltd", apostrophes, abbreviations in brackets and "The".
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given names): the given names as they stand on papers, often two or three of them.
NIGERIAN = [("Okafor", "Chiamaka Adaeze"), ("Adeyemi", "Oluwaseun"), ("Bello", "Aisha Hadiza"), ("Nwosu", "Ikechukwu"),
            ("Olawale", "Babatunde Samuel"), ("Eze", "Ngozi"), ("Abubakar", "Musa Ibrahim"), ("Adebayo-Williams", "Funmilayo"),
            ("Ogunleye", "Temitope"), ("Uchenna-Obi", "Chinedu"), ("Danjuma", "Zainab"), ("Akinola", "Oluwafemi Joshua")]  # fmt: skip
KENYAN = [("Wanjiru", "Grace Njeri"), ("Otieno", "Brian Ochieng"), ("Kamau", "Peter Mwangi"), ("Achieng", "Mercy"),
          ("Mutua", "Faith Mwikali"), ("Kiprotich", "Dennis"), ("Njoroge", "Joseph Kariuki"), ("Wambui", "Esther"),
          ("Chebet", "Sharon"), ("Omondi", "Kevin Odhiambo")]  # fmt: skip
GHANAIAN = [("Mensah", "Kwame Nkansah"), ("Owusu", "Akosua"), ("Asante", "Yaw"), ("Boateng", "Ama Serwaa"),
            ("Adjei-Boateng", "Kofi"), ("Ofori-Atta", "Efua"), ("Quaye", "Nii Armah"), ("Agyeman", "Abena"),
            ("Oduro-Mensah", "Kwabena"), ("Darko", "Adwoa")]  # fmt: skip
INDIAN = [("Sharma", "Priya"), ("Iyer", "Lakshmi Narayanan"), ("Reddy", "Venkata Srinivas"), ("Banerjee", "Arindam"),
          ("Nair", "Anjali"), ("Gupta", "Rahul Kumar"), ("Chatterjee", "Sourav"), ("Menon", "Deepa"),
          ("Krishnamurthy", "Shreya"), ("Singh", "Harpreet Kaur"), ("Desai", "Nikhil"), ("Mukherjee", "Ananya"),
          ("Raghavan", "Karthik"), ("Sharma-Verma", "Neha")]  # fmt: skip
PAKISTANI = [("Khan", "Imran Ali"), ("Qureshi", "Ayesha"), ("Siddiqui", "Muhammad Usman"), ("Chaudhry", "Bilal"),
             ("Malik", "Sana"), ("Butt", "Hamza"), ("Hussain", "Fatima Zahra"), ("Al-Amin", "Muhammad Tariq"),
             ("Rehman", "Saad"), ("Abbasi", "Hira"), ("Shaikh", "Farhan")]  # fmt: skip
SRI_LANKAN = [("Perera", "Kasun Chaminda"), ("Fernando", "Dilani"), ("Jayawardena", "Ruwan"), ("Wickramasinghe", "Nadeesha"),
              ("Gunasekara", "Tharindu"), ("Rajapaksha", "Sachini"), ("Wijesinghe", "Mahesh"), ("Senanayake", "Ishara"),
              ("Mudiyanselage", "Chathura Bandara")]  # fmt: skip
POLISH = [("Wiśniewska", "Agnieszka"), ("Kowalczyk", "Tomasz"), ("Nowak", "Katarzyna"), ("Zieliński", "Paweł"),
          ("Wójcik", "Małgorzata"), ("Lewandowski", "Łukasz"), ("Szymańska", "Joanna"), ("Dąbrowski", "Michał"),
          ("Kaczmarek-Żak", "Ewa"), ("Grabowska", "Zofia")]  # fmt: skip
ROMANIAN = [("Ștefănescu", "Ioana"), ("Popescu", "Andrei Mihai"), ("Ionescu", "Elena"), ("Țurcanu", "Bogdan"),
            ("Dumitrescu", "Alexandra"), ("Constantinescu", "Radu"), ("Munteanu", "Cristina"), ("Bălan", "Florin"),
            ("Răducanu", "Irina"), ("Stoica-Marin", "Adrian")]  # fmt: skip
BRITISH = [("Thompson", "Sarah"), ("Clarke", "James"), ("Hughes", "Rebecca"), ("Walker", "Daniel"), ("Patel", "Nisha"),
           ("McAllister", "Fraser"), ("O'Neill", "Ciara"), ("MacDonald", "Iain"), ("O'Brien", "Liam"), ("Jones", "Gareth Wyn"),
           ("Ahmed", "Yasmin"), ("Fitzgerald", "Hannah"), ("Bradshaw", "Tom"), ("Begum", "Shirin")]  # fmt: skip
ARAB = [
    ("Al-Farsi", "Khalid"),
    ("El-Masry", "Nour"),
    ("Haddad", "Rami"),
    ("Al-Shehhi", "Maryam"),
    ("Abdel-Rahman", "Omar"),
]
# (particle, family, given): particles the style keeps before the surname.
PARTICLES = [("de", "Souza", "Maria Fernanda"), ("da", "Costa", "Rohan"), ("van der", "Merwe", "Pieter"),
             ("van", "Wyk", "Thandiwe"), ("de", "Silva", "Nimal Anura"), ("dos", "Santos", "Ana Paula"),
             ("van den", "Berg", "Lotte"), ("de", "Mello", "Savio")]  # fmt: skip
GROUPS = [
    NIGERIAN,
    NIGERIAN,
    KENYAN,
    GHANAIAN,
    INDIAN,
    INDIAN,
    PAKISTANI,
    SRI_LANKAN,
    POLISH,
    ROMANIAN,
    BRITISH,
    BRITISH,
    ARAB,
]

SECTORS = ["mobile money", "fintech", "fashion e-commerce", "beauty and cosmetics", "football", "music festivals",
           "food delivery", "fitness and gyms", "private schools", "airlines", "hotels", "telecoms", "digital banking",
           "influencer marketing", "social commerce"]  # fmt: skip
MARKETS = ["Nigeria", "Kenya", "Ghana", "India", "Pakistan", "Sri Lanka", "Poland", "Romania", "sub-Saharan Africa",
           "South Asia", "Central and Eastern Europe", "the UK", "East Africa", "West Africa", "emerging markets"]  # fmt: skip
TOPICS = ["trust", "perceived risk", "brand loyalty", "influencer credibility", "customer engagement", "word of mouth",
          "service quality", "purchase intention", "brand love", "adoption", "satisfaction", "switching behaviour",
          "electronic word of mouth", "social media marketing activities", "customer experience", "brand equity"]  # fmt: skip

# (title, [(family, given)], publisher, place, editions with their years)
TEXTBOOKS = [
    ("Marketing management: an Indian perspective", [("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander"), ("Sheth", "Jagdish N.")], "Pearson India", "Noida", [("16", 2022), ("15", 2016)]),
    ("Principles of marketing: a South Asian perspective", [("Kotler", "Philip"), ("Armstrong", "Gary"), ("Agnihotri", "Prafulla Y."), ("Haque", "Ehsanul")], "Pearson Education", "New Delhi", [("13", 2010), ("17", 2018)]),
    ("Principles of marketing: global and Southern African perspectives", [("Kotler", "Philip"), ("Armstrong", "Gary"), ("Tait", "Madele")], "Pearson", "Cape Town", [("2", 2017)]),
    ("Digital marketing: strategy, implementation and practice", [("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Pearson", "Harlow", [("7", 2019), ("8", 2022)]),
    ("Understanding digital marketing: a complete guide to engaging customers", [("Ryan", "Damian")], "Kogan Page", "London", [("5", 2020), ("6", 2023)]),
    ("Marketing management: Indian context, global perspective", [("Ramaswamy", "V.S."), ("Namakumari", "S.")], "SAGE Publications India", "New Delhi", [("6", 2018)]),
    ("Consumer behaviour: buying, having and being", [("Solomon", "Michael R.")], "Pearson", "Harlow", [("13", 2020), ("14", 2024)]),
    ("Strategic brand management: building, measuring and managing brand equity", [("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Pearson India", "Chennai", [("5", 2020)]),
    ("Marketing communications: integrating online and offline, customer engagement and digital technologies", [("Fill", "Chris"), ("Turnbull", "Sarah")], "Pearson", "Harlow", [("8", 2019), ("9", 2023)]),
    ("Social media marketing: a strategic approach", [("Barker", "Melissa S."), ("Barker", "Donald I."), ("Bormann", "Nicholas F."), ("Zahay", "Debra"), ("Roberts", "Mary Lou")], "Cengage India", "New Delhi", [("2", 2017)]),
    ("Marketing in Africa: cases and concepts", [("Adeola", "Ogechi"), ("Hinson", "Robert Ebo"), ("Evans", "Olaniyi")], "Routledge", "Abingdon", [("1", 2020)]),
    ("Services marketing: people, technology, strategy", [("Wirtz", "Jochen"), ("Lovelock", "Christopher")], "World Scientific", "Singapore", [("9", 2021)]),
    ("Fashion marketing: theory, principles and practice", [("Posner", "Harriet")], "Laurence King", "London", [("2", 2015)]),
    ("Sport marketing", [("Shilbury", "David"), ("Westerbeek", "Hans"), ("Quick", "Shayne"), ("Funk", "Daniel C."), ("Karg", "Adam")], "Routledge", "Abingdon", [("5", 2021)]),
    ("Marketing for hospitality and tourism", [("Kotler", "Philip"), ("Bowen", "John T."), ("Baloglu", "Seyhmus")], "Pearson", "Harlow", [("8", 2021)]),
    ("Fintech in Africa: money, mobiles and markets", [("Mensah", "Kwame Nkansah"), ("Otieno", "Brian Ochieng")], "Palgrave Macmillan", "Cham", [("1", 2022)]),
    ("Marketing strategy: text and cases", [("Ferrell", "O.C."), ("Hartline", "Michael D.")], "Cengage", "Boston", [("8", 2022)]),
    ("Marketing: real people, real choices", [("Solomon", "Michael R."), ("Marshall", "Greg W."), ("Stuart", "Elnora W.")], "Pearson", "Harlow", [("10", 2020)]),
]  # fmt: skip
BOOK_TITLES = ["Mobile money marketing in {m}: lessons from the first decade", "Branding {s} in {m}", "Digital marketing for small businesses in {m}",
               "Consumer behaviour in {m}: a practical guide", "Influencers and {s}: the new word of mouth", "Customer experience in {s}",
               "Marketing {s}: strategy and practice", "Growth marketing for start-ups in {m}", "The {s} customer: insight from {m}"]  # fmt: skip
EDITED = ["Marketing in emerging economies: {s}", "The Routledge handbook of marketing in Africa", "Digital transformation in {m}",
          "Contemporary issues in {s}", "Sport business in {m}", "The Palgrave handbook of {s}", "Fashion and beauty marketing in {m}"]  # fmt: skip
CHAPTERS = ["Mobile money and the unbanked in {m}", "Influencer marketing and {t}", "Building {t} in {s}", "Football clubs as brands in {m}",
            "Festival sponsorship and {t}", "Service recovery in {s}", "Social commerce and {t} in {m}", "Pricing {s} for the middle class"]  # fmt: skip
ARTICLES = ["The effect of {t} on purchase intention: evidence from {s} in {m}", "{T} and continuance intention in {s}: a study of {m}",
            "Drivers of {t} among Generation Z users of {s}", "Exploring {t} in {s}: a qualitative study from {m}",
            "Does {t} matter? {S} customers in {m}", "Instagram influencers, {t} and {s} in {m}",
            "A PLS-SEM analysis of {t} in {s}", "{T}, {t2} and loyalty in {s}: the moderating role of age",
            "Why do customers switch? {T} in {s} across {m}"]  # fmt: skip
JOURNALS = ["Journal of African Business", "African Journal of Economic and Management Studies", "International Journal of Bank Marketing",
            "Journal of Retailing and Consumer Services", "Journal of Islamic Marketing", "IIMB Management Review", "Vikalpa",
            "South Asian Journal of Business Studies", "Journal of Fashion Marketing and Management", "Journal of Marketing Management",
            "Journal of Research in Interactive Marketing", "Journal of Hospitality and Tourism Management", "Sport, Business and Management",
            "Telecommunications Policy", "Information Technology for Development", "Central European Management Journal",
            "Journal of Business Research", "Management & Marketing", "International Journal of Emerging Markets", "Cogent Business & Management"]  # fmt: skip
PUBLISHERS = [("Routledge", "Abingdon"), ("Palgrave Macmillan", "Cham"), ("Emerald", "Bingley"), ("Kogan Page", "London"),
              ("SAGE Publications India", "New Delhi"), ("Springer", "Singapore"), ("Spectrum Books", "Ibadan"), ("Longhorn Publishers", "Nairobi"),
              ("Sub-Saharan Publishers", "Accra"), ("Oxford University Press Pakistan", "Karachi"), ("Wydawnictwo Naukowe PWN", "Warszawa")]  # fmt: skip

# (author as written, tags, page titles, site): who is cited when no person is named.
ORGS: list[tuple[str, set[str], list[str], str]] = [
    ("GSMA", {"abbreviation"}, ["The mobile economy: {m} {Y}", "State of the industry report on mobile money {Y}", "The mobile gender gap report {Y}"], "https://www.gsma.com/"),
    ("GSM Association (GSMA)", {"abbreviation"}, ["Mobile money metrics", "The state of mobile internet connectivity {Y}"], "https://www.gsma.com/"),
    ("GSMA Intelligence", {"company"}, ["Consumers in focus: {m} {Y}", "Global mobile trends {Y}"], "https://www.gsmaintelligence.com/"),
    ("World Bank", {"international"}, ["The Global Findex database {Y}", "Digital economy for Africa: {m} country diagnostic"], "https://www.worldbank.org/"),
    ("The World Bank", {"international", "the"}, ["Individuals using the internet (% of population)", "Africa's pulse: {Y}"], "https://data.worldbank.org/"),
    ("International Monetary Fund (IMF)", {"international", "abbreviation"}, ["Fintech in sub-Saharan Africa: a potential game changer", "World economic outlook: {Y}"], "https://www.imf.org/"),
    ("United Nations Conference on Trade and Development", {"international"}, ["Digital economy report {Y}", "E-commerce and the digital economy in {m}"], "https://unctad.org/"),
    ("International Telecommunication Union (ITU)", {"international", "abbreviation"}, ["Measuring digital development: facts and figures {Y}"], "https://www.itu.int/"),
    ("UNESCO", {"international"}, ["Global education monitoring report {Y}: technology in education"], "https://www.unesco.org/"),
    ("UNICEF", {"international"}, ["Children and digital marketing: rights, risks and responsibilities"], "https://www.unicef.org/"),
    ("Statista", {"research"}, ["Number of mobile money accounts in {m} {Y}", "Revenue of the beauty and personal care market in {m} {Y}", "Online food delivery users in {m} {Y}", "Share of Instagram users in {m} by age group {Y}"], "https://www.statista.com/"),
    ("DataReportal", {"research"}, ["Digital {Y}: {m}", "Digital {Y}: global overview report"], "https://datareportal.com/"),
    ("We Are Social & Meltwater", {"ampersand", "research"}, ["Digital {Y}: {m}", "Digital {Y} global overview report"], "https://wearesocial.com/"),
    ("HubSpot", {"company"}, ["The state of marketing report {Y}", "How to create an Instagram marketing strategy", "What is inbound marketing?"], "https://blog.hubspot.com/"),
    ("Think with Google", {"company"}, ["Consumer insights: how people shop for {s}", "YouTube and the path to purchase"], "https://www.thinkwithgoogle.com/"),
    ("Google", {"company"}, ["About Performance Max campaigns", "e-Conomy Africa {Y}"], "https://support.google.com/"),
    ("Meta", {"company"}, ["About Advantage+ shopping campaigns", "WhatsApp Business: getting started"], "https://www.facebook.com/business/"),
    ("Meta Business Help Centre", {"company"}, ["About ad auctions", "About Meta Pixel", "About lookalike audiences"], "https://www.facebook.com/business/help/"),
    ("NielsenIQ", {"research"}, ["Mid-year consumer outlook: {m} {Y}", "Beauty and personal care trends {Y}"], "https://nielseniq.com/"),
    ("Nielsen", {"research"}, ["Trust in advertising {Y}", "Sports fans in {m}"], "https://www.nielsen.com/"),
    ("GeoPoll", {"research"}, ["Mobile money usage in {m}", "Media consumption in {m} {Y}"], "https://www.geopoll.com/"),
    ("Kenya National Bureau of Statistics (KNBS)", {"government", "abbreviation"}, ["Economic survey {Y}", "Kenya population and housing census"], "https://www.knbs.or.ke/"),
    ("National Bureau of Statistics", {"government"}, ["Nigerian gross domestic product report Q{q} {Y}", "Labour force statistics"], "https://nigerianstat.gov.ng/"),
    ("Ghana Statistical Service", {"government"}, ["Ghana living standards survey", "Quarterly GDP bulletin"], "https://statsghana.gov.gh/"),
    ("Pakistan Bureau of Statistics", {"government"}, ["Household integrated economic survey {Y}"], "https://www.pbs.gov.pk/"),
    ("Główny Urząd Statystyczny", {"government", "diacritics"}, ["Społeczeństwo informacyjne w Polsce w {Y} r.", "Information society in Poland in {Y}"], "https://stat.gov.pl/"),
    ("Institutul Național de Statistică", {"government", "diacritics"}, ["Accesul populației la tehnologia informațiilor și comunicațiilor", "Romania in figures {Y}"], "https://insse.ro/"),
    ("Office for National Statistics (ONS)", {"government", "abbreviation"}, ["Internet users, UK: {Y}", "Retail sales, Great Britain: {mo} {Y}"], "https://www.ons.gov.uk/"),
    ("Central Bank of Nigeria", {"government"}, ["Guidelines for the regulation of payment service banks", "Exposure draft of the regulatory framework for open banking in Nigeria"], "https://www.cbn.gov.ng/"),
    ("Central Bank of Kenya", {"government"}, ["FinAccess household survey {Y}", "Mobile payments statistics"], "https://www.centralbank.go.ke/"),
    ("Bank of Ghana", {"government"}, ["Payment systems oversight annual report {Y}"], "https://www.bog.gov.gh/"),
    ("Reserve Bank of India", {"government"}, ["Payment system vision 2025", "Report on currency and finance {Y}"], "https://www.rbi.org.in/"),
    ("State Bank of Pakistan", {"government"}, ["Branchless banking newsletter", "National financial inclusion strategy"], "https://www.sbp.org.pk/"),
    ("Narodowy Bank Polski", {"government"}, ["Payment habits in Poland in {Y}"], "https://nbp.pl/"),
    ("Banca Națională a României", {"government", "diacritics"}, ["Financial stability report"], "https://www.bnr.ro/"),
    ("Communications Authority of Kenya", {"government"}, ["Sector statistics report Q{q} {Y}/{YY}"], "https://www.ca.go.ke/"),
    ("Nigerian Communications Commission (NCC)", {"government", "abbreviation"}, ["Industry statistics", "Subscriber data {Y}"], "https://www.ncc.gov.ng/"),
    ("Telecom Regulatory Authority of India", {"government"}, ["The Indian telecom services performance indicators"], "https://www.trai.gov.in/"),
    ("Pakistan Telecommunication Authority", {"government"}, ["Annual report {Y}"], "https://www.pta.gov.pk/"),
    ("Ofcom", {"government"}, ["Online nation {Y} report", "Adults' media use and attitudes report {Y}"], "https://www.ofcom.org.uk/"),
    ("Advertising Standards Authority (ASA)", {"government", "abbreviation"}, ["Influencers' guide to making clear that ads are ads", "Recognising ads: social media and influencer marketing"], "https://www.asa.org.uk/"),
    ("Financial Conduct Authority", {"government"}, ["Financial promotions on social media", "Consumer Duty: findings from our review"], "https://www.fca.org.uk/"),
    ("Advertising Standards Council of India", {"government"}, ["Guidelines for influencer advertising in digital media"], "https://www.ascionline.in/"),
    ("The Chartered Institute of Marketing", {"the", "trade-body"}, ["Impact of marketing {Y}", "Marketing and the 7Ps: a brief summary of marketing and how it works"], "https://www.cim.co.uk/"),
    ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}, ["Digital marketing: a guide for learners", "CIM Level 4 Certificate in Professional Marketing: assessment guidance"], "https://www.cim.co.uk/"),
    ("McKinsey & Company", {"ampersand", "company"}, ["The state of fashion {Y}", "Fintech in Africa: the end of the beginning", "The state of grocery retail: Europe"], "https://www.mckinsey.com/"),
    ("PwC Nigeria", {"company"}, ["Nigeria economic outlook {Y}", "Entertainment and media outlook {Y}-{YY}"], "https://www.pwc.com/ng/"),
    ("Deloitte", {"company"}, ["Annual review of football finance {Y}", "Digital consumer trends {Y}"], "https://www.deloitte.com/"),
    ("KPMG", {"company"}, ["Banking industry customer experience survey {Y}", "Sub-Saharan Africa's aviation outlook"], "https://kpmg.com/"),
    ("Ernst & Young", {"ampersand", "company"}, ["Global fintech adoption index"], "https://www.ey.com/"),
    ("Afrobarometer", {"research"}, ["Digital access and use in {m}"], "https://www.afrobarometer.org/"),
    ("Mintel", {"research"}, ["Beauty and personal care consumer - UK - {Y}", "Gyms and fitness - UK - {Y}", "Music concerts and festivals - UK - {Y}"], "https://store.mintel.com/"),
    ("Kantar", {"research"}, ["BrandZ most valuable African brands {Y}", "Worldpanel: FMCG monitor {m}"], "https://www.kantar.com/"),
    ("Brand Finance", {"company"}, ["Football 50 {Y}", "Telecoms 150 {Y}", "Africa 150 {Y}"], "https://brandirectory.com/"),
    ("L'Oréal Groupe", {"apostrophe", "diacritics", "company"}, ["Beauty tech: our vision", "Universal registration document {Y}"], "https://www.loreal-finance.com/"),
    ("Nando's", {"apostrophe", "company"}, ["Our story", "PERi-PERi in Africa"], "https://www.nandos.co.uk/"),
    ("Jumia", {"company"}, ["Jumia mobile report {m} {Y}", "Black Friday {Y}: results"], "https://group.jumia.com/"),
    ("Safaricom", {"company"}, ["M-PESA rates", "Sustainable business report {Y}"], "https://www.safaricom.co.ke/"),
    ("Flutterwave", {"company"}, ["How to accept payments online in {m}", "Flutterwave for business"], "https://flutterwave.com/"),
    ("Chowdeck", {"company"}, ["About us", "Become a vendor"], "https://chowdeck.com/"),
    ("Glovo", {"company"}, ["Glovo annual report {Y}", "Glovo Poland: about us"], "https://about.glovoapp.com/"),
    ("The Gym Group", {"company", "the"}, ["Our membership", "Our story"], "https://www.thegymgroup.com/"),
    ("Afro Nation", {"company"}, ["Afro Nation Portugal: FAQs", "Our partners"], "https://www.afronation.com/"),
    ("Kenya Airways", {"company"}, ["Asante Rewards: programme rules", "Our fleet"], "https://www.kenya-airways.com/"),
    ("Dialog Axiata", {"company"}, ["Dialog eZ Cash", "Sustainability report {Y}"], "https://www.dialog.lk/"),
    ("Nykaa", {"company"}, ["Nykaa Beauty Book", "About Nykaa"], "https://www.nykaa.com/"),
    ("Allegro", {"company"}, ["Allegro Smart!", "Allegro for sellers"], "https://allegro.pl/"),
    ("eMAG", {"company"}, ["Genius: programme terms", "eMAG Marketplace"], "https://www.emag.ro/"),
]  # fmt: skip
COMPANY_REPORTS = [("Safaricom PLC", "Annual report and financial statements {Y}"), ("MTN Group Limited", "Integrated report for the year ended 31 December {Y}"),
                   ("Airtel Africa plc", "Annual report and accounts {Y}"), ("Jumia Technologies AG", "Annual report {Y} (Form 20-F)"),
                   ("Boohoo Group plc", "Annual report and accounts {Y}"), ("ASOS plc", "Annual report and accounts {Y}"),
                   ("The Gym Group plc", "Annual report and accounts {Y}"), ("Manchester United plc", "Annual report {Y} (Form 20-F)"),
                   ("easyJet plc", "Annual report and accounts {Y}"), ("Kenya Airways PLC", "Annual report and financial statements {Y}"),
                   ("Dialog Axiata PLC", "Annual report {Y}"), ("FSN E-Commerce Ventures Ltd", "Annual report {YY}-{Y2}"),
                   ("Zomato Ltd", "Annual report {Y}-{YY}"), ("Allegro.eu", "Annual report {Y}"), ("Unilever PLC", "Annual report and accounts {Y}"),
                   ("Guinness Nigeria Plc", "Annual report {Y}"), ("Dangote Cement Plc", "Integrated annual report {Y}"),
                   ("Marks and Spencer Group plc", "Annual report {Y}"), ("Procter & Gamble", "Annual report {Y}"),
                   ("Estée Lauder Companies", "Fiscal {Y} annual report")]  # fmt: skip
GOVERNMENT = [("Federal Ministry of Communications, Innovation and Digital Economy", "National digital economy policy and strategy ({Y}-{YY})"),
              ("Government of Kenya", "Kenya digital economy blueprint"), ("Ministry of Electronics and Information Technology", "India's trillion-dollar digital opportunity"),
              ("Department for Culture, Media and Sport", "Fan-led review of football governance"), ("Department for Business and Trade", "Smarter regulation: consumer protection"),
              ("HM Government", "National data strategy"), ("Ministry of Finance Sri Lanka", "Annual report {Y}"), ("Ministerstwo Cyfryzacji", "Program Fundusze Europejskie na Rozwój Cyfrowy"),
              ("Department for Education", "Digital marketer apprenticeship standard (ST0122)"), ("European Commission", "Digital economy and society index (DESI) {Y}: Romania")]  # fmt: skip
ACTS = [("Federal Republic of Nigeria", "Nigeria Data Protection Act 2023", 2023, "Federal Government Press", "Lagos"),
        ("Republic of Kenya", "Data Protection Act, No. 24 of 2019", 2019, "Government Printer", "Nairobi"),
        ("Republic of Ghana", "Payment Systems and Services Act, 2019 (Act 987)", 2019, "Assembly Press", "Accra"),
        ("Great Britain", "Consumer Protection from Unfair Trading Regulations 2008", 2008, "The Stationery Office", "London"),
        ("Great Britain", "Data Protection Act 2018", 2018, "The Stationery Office", "London"),
        ("Great Britain", "Digital Markets, Competition and Consumers Act 2024", 2024, "The Stationery Office", "London"),
        ("Government of India", "Digital Personal Data Protection Act, 2023", 2023, "Ministry of Law and Justice", "New Delhi"),
        ("Government of Pakistan", "Prevention of Electronic Crimes Act, 2016", 2016, "National Assembly of Pakistan", "Islamabad")]  # fmt: skip
NEWS = [("Business Daily Africa", "https://www.businessdailyafrica.com/"), ("Daily Nation", "https://nation.africa/"), ("Punch", "https://punchng.com/"),
        ("BusinessDay", "https://businessday.ng/"), ("The Guardian Nigeria", "https://guardian.ng/"), ("Graphic Online", "https://www.graphic.com.gh/"),
        ("Myjoyonline", "https://www.myjoyonline.com/"), ("The Hindu BusinessLine", "https://www.thehindubusinessline.com/"), ("The Economic Times", "https://economictimes.indiatimes.com/"),
        ("Dawn", "https://www.dawn.com/"), ("Daily Mirror", "https://www.dailymirror.lk/"), ("Rzeczpospolita", "https://www.rp.pl/"),
        ("Ziarul Financiar", "https://www.zf.ro/"), ("BBC News", "https://www.bbc.co.uk/news/"), ("Financial Times", "https://www.ft.com/"), ("Reuters", "https://www.reuters.com/")]  # fmt: skip
TRADE = [("TechCabal", "https://techcabal.com/"), ("Techpoint Africa", "https://techpoint.africa/"), ("Rest of World", "https://restofworld.org/"),
         ("Marketing Week", "https://www.marketingweek.com/"), ("Campaign", "https://www.campaignlive.co.uk/"), ("The Drum", "https://www.thedrum.com/"),
         ("Business of Fashion", "https://www.businessoffashion.com/"), ("Music Week", "https://www.musicweek.com/"), ("exchange4media", "https://www.exchange4media.com/"),
         ("Marketing Edge", "https://marketingedge.com.ng/"), ("Campaign Asia", "https://www.campaignasia.com/"), ("Wirtualne Media", "https://www.wirtualnemedia.pl/")]  # fmt: skip
HEADLINES = ["{B} hits {n} million users in {m}", "How {B} won Gen Z in {m}", "{B} relaunches loyalty app after customer complaints",
             "Why {s} brands are betting on TikTok in {m}", "{B} ends partnership with influencer after backlash", "Inside {B}'s {s} growth strategy",
             "{S} prices rise as the naira falls", "{B} and the battle for the {s} customer", "Festival season: brands chase young fans in {m}",
             "CBN tightens rules on {s} marketing", "{B} opens first store in {m}", "{B} cuts delivery fees to win back riders and customers"]  # fmt: skip
BRANDS = ["M-Pesa", "MTN MoMo", "Flutterwave", "Paystack", "OPay", "Kuda", "Jumia", "Chowdeck", "Glovo", "Zomato", "Swiggy", "Daraz",
          "Nykaa", "Huda Beauty", "Fenty Beauty", "Arsenal", "Gor Mahia", "Kenya Airways", "Air Peace", "IndiGo", "Wizz Air",
          "Eko Hotels", "Serena Hotels", "Jio", "Airtel", "Jazz", "Dialog", "Allegro", "eMAG", "PureGym", "easypaisa", "JazzCash", "Paytm", "BLIK"]  # fmt: skip
PODCASTS = [("Africa Tech Roundup", "Africa Tech Roundup"), ("The Marketing Millennials", "The Marketing Millennials"),
            ("Marketing Over Coffee", "Marketing Over Coffee"), ("TechCabal Daily", "TechCabal Daily"), ("The Pitch", "The Pitch"),
            ("Everyday Marketing", "Everyday Marketing"), ("The Diary of a CEO", "The Diary of a CEO")]  # fmt: skip
CHANNELS = ["Neil Patel", "Ahrefs", "HubSpot Marketing", "Google Ads", "Simplilearn", "Semrush Academy", "Meta for Business",
            "CIM Official", "Digital Marketing Nigeria", "Marketing Harry", "Aleyda Solis", "Jumia Academy"]  # fmt: skip
VIDEOS = ["How to run Instagram ads in {Y} (step by step)", "SEO for beginners: full course", "Meta ads tutorial for small businesses",
          "Google Analytics 4 explained", "How M-Pesa changed Kenya", "TikTok marketing strategy for {s}", "Email marketing in 10 minutes",
          "Building a brand in {m}: masterclass"]  # fmt: skip
HANDLES = [("Huda Beauty", "@hudabeauty", "Instagram"), ("Fenty Beauty", "@fentybeauty", "Instagram"), ("glowwithtemi", "@glowwithtemi", "Instagram"),
           ("Safaricom PLC", "@SafaricomPLC", "X"), ("MTN Nigeria", "@MTNNG", "X"), ("Chowdeck", "@chowdeck", "TikTok"),
           ("Arsenal", "@Arsenal", "Instagram"), ("priyaskincare", "@priyaskincare", "TikTok"), ("Nykaa", "@mynykaa", "Instagram"),
           ("Kenya Airways", "@KenyaAirways", "X")]  # fmt: skip
POSTS = ["New drop this Friday! Who's ready?", "Our biggest sale of the year starts now", "Thank you for 1 million followers",
         "Matchday: we go again", "Send money home for free this December", "Five ways to style our new shade range",
         "Honest review: is this serum worth the hype?"]  # fmt: skip
LINKEDIN = [
    ("Okonkwo", "Ifeoma Blessing"),
    ("Raza", "Ahmed"),
    ("Kuria", "Wanjiku"),
    ("Popa", "Mihaela"),
    ("Fernando", "Shehan"),
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


class Blind18WorkFactory(WorkFactory):
    """Works of the eighteenth pool, from one seeded random source so that a seed always gives the same works."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 13, "chapter": 6, "journal": 22, "web": 13, "report": 10, "company-report": 5, "government": 5,
        "legislation": 3, "news": 7, "trade-press": 5, "blog": 4, "podcast": 2, "video": 3, "social": 3,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        # The base class's Faker instances are not needed: every name and title here comes from the lists above.
        self.rng = random.Random(seed * 53 + 18018)
        self.counter = 0
        self.titles: set[tuple[str, str]] = set()
        self.used_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.08:
            particle, family, given = self.rng.choice(PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = self.rng.choice(self.rng.choice(GROUPS))
        return {"family": family, "given": given}

    def people(self, low: int, high: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(low, high + 1), weights=[36, 26, 16, 8, 6, 4, 2, 2][: high - low + 1])[0]
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            name = self.person()
            if all(name["family"] != other["family"] for other in chosen):
                chosen.append(name)
        return chosen

    def issued(self, low: int = 2010, high: int = 2025, detail: str = "year") -> dict[str, Any]:
        if self.rng.random() < 0.04:
            low, high = 1995, 2009  # the older articles a lecturer's reading list still names
        year = self.rng.randint(low, high)
        if detail == "day":
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def access_date(self, issued: dict[str, Any] | None) -> dict[str, Any]:
        first = issued["date-parts"][0][0] if issued else 2021
        year = self.rng.randint(max(first + 1, 2023), 2026) if first < 2026 else 2026
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def words(self, pattern: str, year: int | None = None) -> str:
        topic, other = self.rng.sample(TOPICS, 2)
        sector = self.rng.choice(SECTORS)
        y = year or self.rng.randint(2019, 2025)
        values = {"{t}": topic, "{T}": topic[0].upper() + topic[1:], "{t2}": other, "{s}": sector,
                  "{S}": sector[0].upper() + sector[1:], "{m}": self.rng.choice(MARKETS), "{Y}": str(y),
                  "{YY}": str(y + 1), "{Y2}": str(y + 1), "{q}": str(self.rng.randint(1, 4)),
                  "{mo}": self.rng.choice(MONTHS), "{B}": self.rng.choice(BRANDS), "{n}": str(self.rng.randint(2, 60))}  # fmt: skip
        for placeholder, value in values.items():
            pattern = pattern.replace(placeholder, value)
        return pattern

    def done(
        self, record: dict[str, Any], kind: str, organisation: str | None = None, tags: set[str] | None = None
    ) -> Work:
        self.counter += 1
        record["id"] = f"b18-{self.counter}"
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        if organisation is not None:
            record["author"] = [{"literal": organisation}]
            return Work(record, organisation, year, True, 1, kind, (tags or set()) | {"organisation"})
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        return Work(record, lead, year, False, len(record["author"]), kind, tags or set())

    def online(self, record: dict[str, Any], url: str, access: float = 0.9) -> None:
        record["URL"] = url
        if self.rng.random() < access:  # now and then the access date is left off, as candidates do
            record["accessed"] = self.access_date(record.get("issued"))

    def slug(self, text: str) -> str:
        return "-".join("".join(ch for ch in word.lower() if ch.isalnum()) for word in text.split()[:6])

    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    # ------------------------------------------------------------------ works
    def _book(self) -> Work:
        if self.rng.random() < 0.55:
            title, authors, publisher, place, editions = self.rng.choice(TEXTBOOKS)
            edition, year = self.rng.choice(editions)
            record: dict[str, Any] = {"type": "book", "title": title, "publisher": publisher, "publisher-place": place,
                                      "author": [{"family": f, "given": g} for f, g in authors], "issued": {"date-parts": [[year]]}}  # fmt: skip
            if edition != "1":
                record["edition"] = edition
        else:
            publisher, place = self.rng.choice(PUBLISHERS)
            record = {"type": "book", "title": self.words(self.rng.choice(BOOK_TITLES)), "author": self.people(1, 3),
                      "issued": self.issued(2008, 2024), "publisher": publisher, "publisher-place": place}  # fmt: skip
            if self.rng.random() < 0.2:
                record["edition"] = str(self.rng.randint(2, 4))
        if self.rng.random() < 0.08:  # an e-book read on the library's platform
            record["medium"] = "Kindle"
        return self.done(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self.words(self.rng.choice(CHAPTERS)), "author": self.people(1, 3),
            "editor": self.people(1, 2), "container-title": self.words(self.rng.choice(EDITED)),
            "issued": self.issued(2012, 2024), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        return self.done(record, "chapter")

    def _journal(self) -> Work:
        issued = self.issued(2012, 2025)
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self.words(self.rng.choice(ARTICLES)), "author": self.people(1, 8),
            "container-title": self.rng.choice(JOURNALS), "issued": issued, "volume": str(self.rng.randint(3, 72)),
            "issue": str(self.rng.randint(1, 12)), "page": f"{start}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        roll = self.rng.random()
        if roll < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice([1108, 1016, 1080, 1177, 3390])}/{self.rng.choice(['ijbm', 'jafb', 'jrcs', 'jima', 'ijoem'])}-{self.rng.randint(10000, 99999)}"
            )
        elif roll < 0.55:  # read online through an open-access page rather than a DOI
            self.online(record, f"https://www.ajol.info/index.php/article/view/{self.rng.randint(100000, 299999)}")
        return self.done(record, "journal")

    def _organisation(self, again: float) -> tuple[str, set[str], list[str], str]:
        """One of the organisations, now and then one already cited, so that it may be cited for two works of a year."""
        earlier = [org for org in ORGS if any(org[0] == name for name, _tags, _issued in self.used_orgs)]
        if earlier and self.rng.random() < again:
            return self.rng.choice(earlier)
        return self.rng.choice(ORGS)

    def _same_year(self, name: str, record: dict[str, Any]) -> None:
        # Now and then an organisation already cited is cited again for another work of the same year
        earlier = [issued for other, _tags, issued in self.used_orgs if other == name]
        if (name, record["title"]) in self.titles:  # the same page twice would be one work, not two
            record["title"] = (
                f"{record['title']} ({self.rng.choice(['update', 'summary', 'key findings', 'data tables'])})"
            )
        self.titles.add((name, record["title"]))
        if earlier and "issued" in record and self.rng.random() < 0.5:
            record["issued"] = {"date-parts": [list(earlier[0]["date-parts"][0])]}
            if "accessed" in record:
                record["accessed"] = self.access_date(record["issued"])

    def _web(self) -> Work:
        name, tags, titles, site = self._organisation(0.15)
        issued = self.issued(2016, 2025)
        record: dict[str, Any] = {"type": "webpage", "title": self.words(self.rng.choice(titles), issued["date-parts"][0][0]),
                                  "container-title": name.split(" (")[0]}  # fmt: skip
        if self.rng.random() < 0.75:  # help-centre and company pages are often undated
            record["issued"] = issued
        self.online(record, site + self.slug(record["title"]), 0.88)
        self._same_year(name, record)
        return self._org_done(record, "web", name, tags)

    def _org_done(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if "issued" in record:
            self.used_orgs.append((name, tags, record["issued"]))
        return self.done(record, kind, name, tags)

    def _report(self) -> Work:
        name, tags, titles, site = self._organisation(0.2)
        issued = self.issued(2015, 2025)
        record: dict[str, Any] = {"type": "report", "title": self.words(self.rng.choice(titles), issued["date-parts"][0][0]),
                                  "publisher": name.split(" (")[0], "issued": issued}  # fmt: skip
        if self.rng.random() < 0.1:  # a report with people named on its cover
            record["author"] = self.people(1, 3)
            self.online(record, site + self.slug(record["title"]), 0.9)
            return self.done(record, "report")
        if self.rng.random() < 0.8:
            self.online(record, site + self.slug(record["title"]), 0.9)
        self._same_year(name, record)
        return self._org_done(record, "report", name, tags)

    def _company_report(self) -> Work:
        name, title = self.rng.choice(COMPANY_REPORTS)
        issued = self.issued(2016, 2025)
        year = issued["date-parts"][0][0]
        title = title.replace("{YY}", str(year - 1)).replace("{Y2}", str(year)).replace("{Y}", str(year))
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": issued}
        self.online(record, f"https://investors.{self.slug(name.split()[0])}.com/{self.slug(title)}.pdf", 0.92)
        return self._org_done(record, "company-report", name, {"company"})

    def _government(self) -> Work:
        name, title = self.rng.choice(GOVERNMENT)
        issued = self.issued(2015, 2025)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.words(title, issued["date-parts"][0][0]),
            "issued": issued,
        }
        if record["type"] == "report":
            record["publisher"] = name
        self.online(record, f"https://www.{self.slug(name)[:20]}.gov/{self.slug(record['title'])}", 0.9)
        return self._org_done(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        state, title, year, publisher, place = self.rng.choice(ACTS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        return self.done(record, "legislation", state, {"legislation"})

    def _news(self) -> Work:
        paper, site = self.rng.choice(NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.words(self.rng.choice(HEADLINES)),
                                  "container-title": paper, "issued": self.issued(2016, 2025, "day")}  # fmt: skip
        self.online(record, site + self.slug(record["title"]), 0.9)
        if self.rng.random() < 0.8:
            record["author"] = self.people(1, 2)
            return self.done(record, "news")
        return self._org_done(record, "news", paper, {"press"})

    def _trade_press(self) -> Work:
        title, site = self.rng.choice(TRADE)
        record: dict[str, Any] = {"type": "article-magazine", "title": self.words(self.rng.choice(HEADLINES)),
                                  "container-title": title, "issued": self.issued(2017, 2025, "day")}  # fmt: skip
        self.online(record, site + self.slug(record["title"]), 0.88)
        if self.rng.random() < 0.85:
            record["author"] = self.people(1, 2)
            return self.done(record, "trade-press")
        return self._org_done(record, "trade-press", title, {"press"})

    def _blog(self) -> Work:
        site = self.rng.choice(
            [
                "HubSpot Blog",
                "Neil Patel",
                "Smart Insights",
                "Semrush Blog",
                "Hootsuite Blog",
                "Later Blog",
                "Paystack Blog",
                "Shopify Blog",
            ]
        )
        titles = ["{S} marketing ideas that actually work", "The ultimate guide to Instagram marketing in {Y}", "How to build a content calendar",
                  "Micro-influencers vs macro-influencers: which is better?", "What is the AIDA model?", "{n} email subject lines that get opened"]  # fmt: skip
        record: dict[str, Any] = {
            "type": "post-weblog",
            "title": self.words(self.rng.choice(titles)),
            "container-title": site,
        }
        if self.rng.random() < 0.85:
            record["issued"] = self.issued(2017, 2025, "day")
        self.online(record, f"https://{self.slug(site).replace('-', '')}.com/blog/{self.slug(record['title'])}", 0.85)
        if self.rng.random() < 0.7:
            record["author"] = self.people(1, 2)
            return self.done(record, "blog")
        return self._org_done(record, "blog", site, {"company"})

    def _podcast(self) -> Work:
        show, _ = self.rng.choice(PODCASTS)
        record: dict[str, Any] = {"type": "song", "title": f"Episode {self.rng.randint(3, 420)}: " + self.words(self.rng.choice(["growing {s} in {m}", "what {s} brands get wrong about Gen Z", "trust, {t} and fintech", "the creator economy in {m}"])),
                                  "container-title": show, "issued": self.issued(2018, 2025, "day")}  # fmt: skip
        self.online(
            record, f"https://podcasts.apple.com/podcast/{self.slug(show)}/id{self.rng.randint(1000000, 9999999)}", 0.9
        )
        if self.rng.random() < 0.6:
            record["author"] = self.people(1, 2)
            return self.done(record, "podcast")
        return self._org_done(record, "podcast", show, {"company"})

    def _video(self) -> Work:
        channel = self.rng.choice(CHANNELS)
        record: dict[str, Any] = {"type": "motion_picture", "title": self.words(self.rng.choice(VIDEOS)), "container-title": "YouTube",
                                  "issued": self.issued(2017, 2025, "day")}  # fmt: skip
        self.online(record, f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}", 0.9)
        return self._org_done(record, "video", channel, {"channel"})

    def _social(self) -> Work:
        if self.rng.random() < 0.2:
            record: dict[str, Any] = {"type": "post", "title": self.words(self.rng.choice(["What I learned launching {B} in {m}", "Hiring: growth marketer for {s}", "{n} lessons from a year in {s}"])),
                                      "container-title": "LinkedIn", "issued": self.issued(2020, 2025, "day"), "author": [dict(zip(("family", "given"), self.rng.choice(LINKEDIN), strict=True))]}  # fmt: skip
            self.online(record, f"https://www.linkedin.com/posts/{self.rng.randint(10**6, 10**7)}", 0.9)
            return self.done(record, "social")
        name, handle, platform = self.rng.choice(HANDLES)
        record = {"type": "post", "title": self.rng.choice(POSTS), "container-title": platform,
                  "issued": self.issued(2019, 2025, "day")}  # fmt: skip
        self.online(
            record, f"https://www.{platform.lower()}.com/{handle.lstrip('@')}/{self.rng.randint(10**8, 10**9)}", 0.9
        )
        return self._org_done(record, "social", name, {"social"})
