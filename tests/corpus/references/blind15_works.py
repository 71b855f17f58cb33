"""Works for the fifteenth held-out pool, "blind15": what its writers cite, as CSL-JSON records.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a fifteenth hand, without reading the checker, its tests or the other pools, from the reading lists of
international postgraduates in UK business schools (from China, Nigeria, India, Brazil and Vietnam), CIM Diploma
candidates working in the Gulf and South-East Asia, freelance marketing consultants and lecturers writing model
answers, in hotels and restaurants, beauty, car dealerships and electric vehicles, telecoms, pet care, energy and
green technology, housebuilding, law and accountancy, online marketplaces, and museums and galleries: textbooks
in later editions (Kotler, Chaffey, Jobber, Solomon), the classics, chapters in edited books, articles with one
to eight authors, research firms (Euromonitor, Gartner, Forrester), know-how sites (Econsultancy, Smart Insights,
Think with Google, Meta for Business), regulators (CMA, Ofgem, Ofcom) and governments in the UK and the Gulf, Acts
read as "Great Britain", annual reports, news and trade press, podcasts, videos, social posts and CIM study texts.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
import re
from typing import Any, ClassVar

from tests.corpus.references.records import Work

# ---------------------------------------------------------------------- people
# (family, given) as they appear on English-language papers; diacritics kept where authors keep them.
CHINESE = [("Wang", "Lihua"), ("Zhang", "Yu"), ("Liu", "Xinyi"), ("Chen", "Jiayi"), ("Zhou", "Ming"), ("Huang", "Zixuan"), ("Wu", "Hao"),
           ("Sun", "Yiran"), ("Ma", "Jun"), ("Gao", "Rui"), ("Lin", "Yuting"), ("Xie", "Qian"), ("Guo", "Peng"), ("Hu", "Xiaoyan"),
           ("Deng", "Yifan"), ("Yang", "Shuo"), ("Zhu", "Wenjing"), ("Luo", "Tian")]  # fmt: skip
NIGERIAN = [("Okafor", "Chinedu"), ("Adeyemi", "Tolulope"), ("Bello", "Aminu"), ("Eze", "Ngozi"), ("Ogunleye", "Damilola"),
            ("Nwosu", "Chiamaka"), ("Abubakar", "Hauwa"), ("Olawale", "Babatunde"), ("Akinwande", "Yewande"), ("Nwachukwu", "Ifeanyi"),
            ("Oyelaran-Oyeyinka", "Banji"), ("Ọlátúnjí", "Adébáyọ̀"), ("Ibrahim", "Zainab"), ("Obi", "Kelechi"), ("Adébísí", "Fúnmiláyọ̀")]  # fmt: skip
INDIAN = [("Sharma", "Priya"), ("Iyer", "Karthik"), ("Banerjee", "Ananya"), ("Reddy", "Srinivas"), ("Gupta", "Neha"), ("Nair", "Deepa"),
          ("Menon", "Arvind"), ("Desai", "Kavita"), ("Chakraborty", "Sayan"), ("Mukherjee", "Rituparna"), ("Singh", "Harpreet"),
          ("Kaur", "Jaspreet"), ("Pillai", "Lakshmi"), ("Rao", "Vikram"), ("Agarwal", "Rohit"), ("Dasgupta", "Ishaan")]  # fmt: skip
BRAZILIAN = [("Oliveira", "Mariana"), ("Souza", "Thiago"), ("Pereira", "Camila"), ("Rodrigues", "Lucas"), ("Gonçalves", "Letícia"),
             ("Araújo", "Fernanda"), ("Conceição", "João"), ("Carvalho", "Bruno"), ("Ribeiro", "Juliana"), ("Lima", "Rafael"),
             ("Magalhães", "Paulo"), ("Assunção", "Larissa")]  # fmt: skip
VIETNAMESE = [("Nguyễn", "Thu Hà"), ("Trần", "Minh Quân"), ("Phạm", "Thị Lan"), ("Lê", "Hoàng Anh"), ("Võ", "Thanh Tâm"), ("Đặng", "Quốc Bảo"),
              ("Nguyen", "Van Duc"), ("Tran", "Thi Mai"), ("Pham", "Huong"), ("Bùi", "Ngọc Linh"), ("Hoàng", "Đức Minh"), ("Do", "Khanh")]  # fmt: skip
GULF_AND_ASIA = [("Al-Hashimi", "Mariam"), ("Al-Zahrani", "Faisal"), ("Haddad", "Layla"), ("Al Suwaidi", "Hamad"), ("El-Khoury", "Rami"),
                 ("Al-Qahtani", "Noura"), ("Abdul Rahman", "Siti"), ("Ismail", "Nurul"), ("Tan", "Wei Ling"), ("Lim", "Boon Keng"),
                 ("Goh", "Mei Xin"), ("Ong", "Jia Hui"), ("Susanto", "Budi"), ("Wijaya", "Andreas"), ("Srisuk", "Chanida"),
                 ("Dela Cruz", "Maria"), ("Reyes", "Paolo"), ("Santos", "Kristine"), ("Rahman", "Tanvir"), ("Khan", "Ayesha")]  # fmt: skip
BRITISH_AND_IRISH = [("Hughes", "Rebecca"), ("Whitmore", "Oliver"), ("O'Sullivan", "Ciara"), ("McAllister", "Fraser"), ("MacKenzie", "Isla"),
                     ("Fitzgerald", "Declan"), ("Wallace-Jones", "Harriet"), ("Harding-Rolls", "Piers"), ("Ó Ceallaigh", "Siobhán"),
                     ("Ní Dhomhnaill", "Aoife"), ("Pryce", "Gareth"), ("Llewellyn", "Carys"), ("Brennan", "Niall"), ("Ashby", "Tom"),
                     ("Featherstone", "Lucy"), ("O'Donoghue", "Padraig"), ("McGowan", "Kirsty"), ("Okoro-Smith", "Danielle")]  # fmt: skip
EUROPEAN = [("Müller", "Katrin"), ("Østergaard", "Line"), ("Jørgensen", "Mads"), ("Wójcik", "Magdalena"), ("Łukasik", "Piotr"),
            ("Dvořák", "Tomáš"), ("Kovačević", "Ivana"), ("Şahin", "Emre"), ("Öztürk", "Selin"), ("Papadakis", "Eleni"),
            ("Ramírez", "Javier"), ("Núñez", "Carmen"), ("García-López", "Elena"), ("Le Roux", "Amélie"), ("De Luca", "Francesca"),
            ("D'Angelo", "Marco"), ("Lindqvist", "Erik"), ("Virtanen", "Aino")]  # fmt: skip
# (particle, family, given): the particle is part of how the surname is cited ("van der Meer (2021)").
PARTICLED = [("van der", "Meer", "Joost"), ("de", "Jong", "Femke"), ("van", "Rompaey", "Lien"), ("von", "Bülow", "Henrike"),
             ("da", "Costa", "Beatriz"), ("dos", "Santos", "Rafael"), ("de", "Almeida", "Gustavo"), ("da", "Silva", "Ana Paula"),
             ("van den", "Broek", "Sanne"), ("de la", "Fuente", "Marta"), ("di", "Marco", "Alessia")]  # fmt: skip
GROUPS = [
    CHINESE,
    NIGERIAN,
    INDIAN,
    BRAZILIAN,
    VIETNAMESE,
    GULF_AND_ASIA,
    BRITISH_AND_IRISH,
    BRITISH_AND_IRISH,
    EUROPEAN,
]

# ---------------------------------------------------------------------- books
# Textbooks on the reading lists, with the editions candidates own: (authors, title, editions as (edition, year), publisher, place).
TEXTBOOKS: list[tuple[list[tuple[str, str]], str, list[tuple[str | None, int]], str, str]] = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", [("15", 2016), ("16", 2022)], "Pearson", "Harlow"),
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], "Principles of marketing", [("17", 2018), ("18", 2021)], "Pearson", "Harlow"),
    ([("Kotler", "Philip"), ("Kartajaya", "Hermawan"), ("Setiawan", "Iwan")], "Marketing 5.0: technology for humanity", [(None, 2021)], "Wiley", "Hoboken, NJ"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", [("7", 2019), ("8", 2022)], "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Smith", "P.R.")], "Digital marketing excellence: planning, optimizing and integrating online marketing", [("5", 2017), ("6", 2022)], "Routledge", "Abingdon"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", [("9", 2019), ("10", 2023)], "McGraw-Hill Education", "London"),
    ([("Solomon", "Michael R.")], "Consumer behavior: buying, having, and being", [("12", 2017), ("13", 2020)], "Pearson", "Harlow"),
    ([("Solomon", "Michael R."), ("Askegaard", "Søren"), ("Hogg", "Margaret K."), ("Bamossy", "Gary J.")], "Consumer behaviour: a European perspective", [("7", 2019)], "Pearson", "Harlow"),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], "Marketing communications: touchpoints, sharing and disruption", [("8", 2019)], "Pearson", "Harlow"),
    ([("Baines", "Paul"), ("Rosengren", "Sara"), ("Antonetti", "Paolo")], "Marketing", [("5", 2019), ("6", 2022)], "Oxford University Press", "Oxford"),
    ([("Wirtz", "Jochen"), ("Lovelock", "Christopher")], "Services marketing: people, technology, strategy", [("9", 2022)], "World Scientific", "Singapore"),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management: building, measuring, and managing brand equity", [("5", 2020)], "Pearson", "Harlow"),
    ([("Kapferer", "Jean-Noël")], "The new strategic brand management", [("5", 2012)], "Kogan Page", "London"),
    ([("Hollensen", "Svend")], "Global marketing", [("8", 2020)], "Pearson", "Harlow"),
    ([("McDonald", "Malcolm"), ("Wilson", "Hugh")], "Marketing plans: how to prepare them, how to profit from them", [("8", 2016)], "Wiley", "Chichester"),
    ([("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], "Services marketing: integrating customer focus across the firm", [("7", 2018)], "McGraw-Hill Education", "New York"),
    ([("Johnson", "Gerry"), ("Whittington", "Richard"), ("Regnér", "Patrick"), ("Angwin", "Duncan"), ("Scholes", "Kevan")], "Exploring strategy: text and cases", [("12", 2020)], "Pearson", "Harlow"),
    ([("Hooley", "Graham"), ("Piercy", "Nigel F."), ("Nicoulaud", "Brigitte"), ("Rudd", "John M.")], "Marketing strategy and competitive positioning", [("7", 2020)], "Pearson", "Harlow"),
    ([("Sharp", "Byron")], "How brands grow: what marketers don't know", [(None, 2010)], "Oxford University Press", "Melbourne"),
    ([("Binet", "Les"), ("Field", "Peter")], "The long and the short of it: balancing short and long-term marketing strategies", [(None, 2013)], "Institute of Practitioners in Advertising", "London"),
    ([("Ryan", "Damian")], "Understanding digital marketing: a complete guide to engaging customers and implementing successful digital campaigns", [("5", 2020)], "Kogan Page", "London"),
    ([("Porter", "Michael E.")], "Competitive strategy: techniques for analyzing industries and competitors", [(None, 1980)], "Free Press", "New York"),
    ([("Aaker", "David A.")], "Managing brand equity", [(None, 1991)], "Free Press", "New York"),
    ([("Cateora", "Philip R."), ("Money", "R. Bruce"), ("Gilly", "Mary C."), ("Graham", "John L.")], "International marketing", [("18", 2020)], "McGraw-Hill Education", "New York"),
    ([("Kotler", "Philip"), ("Bowen", "John T."), ("Baloglu", "Seyhmus")], "Marketing for hospitality and tourism", [("8", 2021)], "Pearson", "Harlow"),
]  # fmt: skip
BOOK_TITLES = ["Marketing {s}: a practical guide", "{S} marketing in emerging markets", "Customer experience in {s}", "Branding for {s}",
               "Digital transformation of {s}", "Sustainable marketing: lessons from {s}", "Pricing strategy for {s}",
               "Relationship marketing in {s}", "Luxury and premium {s}", "Marketing in the Gulf: {s} and beyond",
               "Asian consumers and {s}", "Contemporary {s} marketing", "Omnichannel {s}: strategy and practice"]  # fmt: skip
PUBLISHERS = [("Routledge", "Abingdon"), ("Kogan Page", "London"), ("SAGE", "London"), ("Palgrave Macmillan", "Cham"), ("Edward Elgar", "Cheltenham"),
              ("Goodfellow Publishers", "Oxford"), ("Emerald Publishing", "Bingley"), ("Springer", "Singapore"), ("Bloomsbury Business", "London"),
              ("Pearson", "Harlow"), ("Wiley", "Chichester"), ("McGraw-Hill Education", "Maidenhead")]  # fmt: skip
EDITED = ["The Routledge handbook of {s} marketing", "Marketing {s} in Asia", "Cases in {s} marketing", "Digital marketing in {s}: global perspectives",
          "The Palgrave handbook of {s}", "Contemporary issues in {s}", "Sustainability and {s}: a research agenda", "Customer engagement in {s}"]  # fmt: skip
CHAPTERS = ["Service recovery in {s}", "Social media and {s}", "Brand trust in {s}", "Pricing and value in {s}", "Influencers and {s}",
            "Green claims in {s}", "Loyalty schemes in {s}", "Cross-cultural consumers of {s}", "Data-driven marketing in {s}",
            "The customer journey in {s}", "Country-of-origin effects in {s}"]  # fmt: skip
CLASSIC_ARTICLES: list[tuple[list[tuple[str, str]], str, str, int, str, str, str]] = [
    ([("Levitt", "Theodore")], "Marketing myopia", "Harvard Business Review", 1960, "38", "4", "45-56"),
    ([("Parasuraman", "A."), ("Zeithaml", "Valarie A."), ("Berry", "Leonard L.")], "SERVQUAL: a multiple-item scale for measuring consumer perceptions of service quality", "Journal of Retailing", 1988, "64", "1", "12-40"),
    ([("Vargo", "Stephen L."), ("Lusch", "Robert F.")], "Evolving to a new dominant logic for marketing", "Journal of Marketing", 2004, "68", "1", "1-17"),
    ([("Keller", "Kevin Lane")], "Conceptualizing, measuring, and managing customer-based brand equity", "Journal of Marketing", 1993, "57", "1", "1-22"),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], "Welcome to the experience economy", "Harvard Business Review", 1998, "76", "4", "97-105"),
    ([("Lemon", "Katherine N."), ("Verhoef", "Peter C.")], "Understanding customer experience throughout the customer journey", "Journal of Marketing", 2016, "80", "6", "69-96"),
    ([("Kaplan", "Andreas M."), ("Haenlein", "Michael")], "Users of the world, unite! The challenges and opportunities of social media", "Business Horizons", 2010, "53", "1", "59-68"),
    ([("Reichheld", "Frederick F.")], "The one number you need to grow", "Harvard Business Review", 2003, "81", "12", "46-54"),
    ([("Ansoff", "H. Igor")], "Strategies for diversification", "Harvard Business Review", 1957, "35", "5", "113-124"),
    ([("Dwivedi", "Yogesh K."), ("Ismagilova", "Elvira"), ("Hughes", "D. Laurie"), ("Carlson", "Jamie"), ("Filieri", "Raffaele"), ("Jacobson", "Jenna"), ("Jain", "Varsha"), ("Karjaluoto", "Heikki")], "Setting the future of digital and social media marketing research: perspectives and research propositions", "International Journal of Information Management", 2021, "59", "", "102168"),
]  # fmt: skip
JOURNALS = ["Journal of Marketing", "European Journal of Marketing", "Journal of Marketing Management", "International Journal of Hospitality Management",
            "Tourism Management", "Journal of Retailing and Consumer Services", "Journal of Business Research", "Psychology & Marketing",
            "International Journal of Consumer Studies", "Journal of Cleaner Production", "Energy Policy", "Telecommunications Policy",
            "Journal of Service Research", "Journal of Product & Brand Management", "Museum Management and Curatorship",
            "Journal of the Academy of Marketing Science", "Asia Pacific Journal of Marketing and Logistics", "Journal of Islamic Marketing",
            "International Marketing Review", "Journal of Interactive Marketing", "Transportation Research Part D: Transport and Environment",
            "Journal of Strategic Marketing", "Qualitative Market Research: An International Journal", "Cornell Hospitality Quarterly"]  # fmt: skip
ARTICLES = ["The effect of {t} on purchase intention in {s}", "{T} and customer loyalty: evidence from {s} in {c}",
            "Why do consumers switch? {T} in {s}", "Understanding {a}: a mixed-methods study of {s}", "{T}, trust and word of mouth in {s}",
            "Drivers of {t} among {a} in {c}", "Does {t} pay? A meta-analysis", "A systematic literature review of {t}",
            "Greenwashing, {t} and scepticism in {s}", "Service quality and {t} in {s}: a PLS-SEM approach",
            "{T} in {s}: an extended technology acceptance model", "Gen Z, {t} and {s} in {c}"]  # fmt: skip

# ---------------------------------------------------------------------- sectors and topics
SECTORS = ["hotel chains", "restaurant chains", "beauty and cosmetics", "halal cosmetics", "car dealerships", "electric vehicles",
           "telecoms", "broadband", "pet care", "energy supply", "green technology", "housebuilding", "law firms", "accountancy firms",
           "online marketplaces", "museums and galleries", "luxury hotels", "quick-service restaurants", "heat pumps", "mobile networks"]  # fmt: skip
TOPICS = ["online reviews", "influencer marketing", "service quality", "brand authenticity", "green marketing", "personalisation",
          "social commerce", "live-stream selling", "customer experience", "loyalty programmes", "price fairness", "perceived value",
          "electronic word of mouth", "corporate social responsibility", "brand love", "AI chatbots", "augmented reality",
          "mobile apps", "switching intention", "user-generated content", "virtual tours", "trust in platforms"]  # fmt: skip
AUDIENCES = ["Gen Z consumers", "millennial travellers", "expatriate shoppers", "first-time buyers", "EV adopters", "pet owners",
             "SME clients", "museum visitors", "Muslim consumers", "older broadband users"]  # fmt: skip
COUNTRIES = [
    "the UK",
    "China",
    "Nigeria",
    "India",
    "Brazil",
    "Vietnam",
    "the UAE",
    "Saudi Arabia",
    "Malaysia",
    "Singapore",
    "Indonesia",
    "Qatar",
]

# ---------------------------------------------------------------------- organisations
# (name as author, tags). Kept as candidates write them: with "&", "plc"/"PLC"/"Ltd", apostrophes, "The", abbreviations.
RESEARCH = [("Euromonitor International", ["Beauty and personal care in {c}", "Consumer foodservice in {c}", "Pet care in the United Kingdom",
                                           "Top 10 global consumer trends {y}", "Luxury hotels in {c}", "Retail e-commerce in {c}"]),
            ("Gartner", ["Gartner Magic Quadrant for digital commerce", "The Gartner CMO spend survey {y}", "Hype cycle for digital marketing, {y}",
                         "Top strategic predictions for {y} and beyond"]),
            ("Forrester", ["The Forrester Wave: customer data platforms, Q{q} {y}", "Predictions {y}: B2C marketing", "The state of customer experience, {y}"]),
            ("Forrester Research, Inc.", ["Customer experience index, {y}", "The total economic impact of conversational AI"]),
            ("Mintel", ["Hotels - UK - {m} {y}", "Beauty retailing - UK - {m} {y}", "Pet food - UK - {y}", "Electric and hybrid cars - UK - {y}",
                        "Broadband - UK - {m} {y}", "Museums and galleries - UK - {y}"]),
            ("Statista", ["Number of electric cars registered in the UK {y}", "Revenue of the beauty and personal care market in the UAE",
                          "Market share of broadband providers in the UK, by provider"]),
            ("Kantar", ["BrandZ most valuable global brands {y}", "Media reactions {y}", "Worldpanel: UK grocery market share, {m} {y}"]),
            ("GlobalData", ["UK foodservice market to {y}", "Global luxury hotels market report"]),
            ("Deloitte", ["Global powers of luxury goods {y}", "Digital consumer trends {y}", "Global automotive consumer study {y}"]),
            ("PwC", ["Global consumer insights pulse survey {y}", "UK hotels forecast {y}", "Law firms' survey {y}"]),
            ("McKinsey & Company", ["The state of fashion: beauty", "The state of AI in {y}", "Next in personalization {y} report"]),
            ("Boston Consulting Group", ["True-luxury global consumer insight {y}", "Winning the EV consumer"]),
            ("YouGov", ["Best brand rankings {y}", "What Britons think about heat pumps"]),
            ("Bain & Company", ["Luxury goods worldwide market study, {y}"])]  # fmt: skip
KNOW_HOW = [("Smart Insights", "https://www.smartinsights.com/", ["The RACE planning framework", "Digital marketing trends for {y}", "How to use the SOSTAC plan",
                                                                   "Email marketing benchmarks {y}", "Customer lifecycle marketing"]),
            ("Think with Google", "https://www.thinkwithgoogle.com/", ["The messy middle of purchase behaviour", "Micro-moments: the new consumer journey",
                                                                        "How people shop for cars online", "YouTube insights for beauty brands"]),
            ("Meta for Business", "https://www.facebook.com/business/", ["Reels ads best practices", "Click-to-WhatsApp ads", "Ramadan marketing guide {y}",
                                                                         "Conversions API explained"]),
            ("Meta", "https://about.meta.com/", ["Messaging in the Gulf: consumer trends", "Holiday season insights {y}"]),
            ("Econsultancy", "https://econsultancy.com/", ["Digital trends {y}", "Best practice guide: email marketing", "Ten examples of great hotel websites"]),
            ("HubSpot", "https://blog.hubspot.com/", ["The state of marketing report {y}", "What is inbound marketing?"]),
            ("Hootsuite", "https://blog.hootsuite.com/", ["Social media trends {y}", "How to use Instagram for business"]),
            ("Semrush", "https://www.semrush.com/blog/", ["Local SEO for car dealerships", "Keyword research for beginners"]),
            ("The Chartered Institute of Marketing", "https://www.cim.co.uk/", ["Impact of marketing {y}", "Marketing and the 7Ps"]),
            ("Chartered Institute of Marketing (CIM)", "https://www.cim.co.uk/", ["Content hub: sustainability", "What is marketing?"]),
            ("TikTok for Business", "https://www.tiktok.com/business/", ["What's next {y}: trend report", "TikTok made me buy it"])]  # fmt: skip
REGULATORS = [("Competition and Markets Authority", "cma-cases", ["Green claims code", "Online choice architecture: how digital design can harm competition and consumers",
                                                                   "Hotel online booking: consumer law investigation", "Vet services market investigation: provisional decision",
                                                                   "Housebuilding market study: final report", "Fake online reviews: guidance for businesses"]),
              ("Competition and Markets Authority (CMA)", "cma-cases", ["Electric vehicle charging market study", "Consumer protection: guidance on pricing practices"]),
              ("CMA", "cma-cases", ["Misleading environmental claims: fashion sector", "Mobile ecosystems market study"]),
              ("Ofgem", "ofgem", ["Energy price cap explained", "Consumer engagement survey {y}", "State of the energy market {y}", "Retail market indicators"]),
              ("Ofcom", "ofcom", ["Connected nations {y}", "Pricing trends for communications services in the UK", "Online nation {y} report", "Media nations {y}"]),
              ("Advertising Standards Authority", "asa", ["ASA ruling on a beauty brand's Instagram post", "Guidance on environmental claims"]),
              ("ASA", "asa", ["Influencers' guide to making clear that ads are ads", "ASA ruling on an EV dealer's price claim"]),
              ("Office for National Statistics", "ons", ["Family spending in the UK: April {y} to March {y2}", "Internet users, UK: {y}"]),
              ("Department for Energy Security and Net Zero", "desnz", ["Heat pump deployment statistics", "Boiler upgrade scheme statistics", "Energy trends: {m} {y}"]),
              ("Department for Business and Trade", "dbt", ["Business population estimates {y}", "Smarter regulation: consultation outcome"]),
              ("Department for Transport", "dft", ["Vehicle licensing statistics: {y}", "Zero emission vehicle mandate consultation"]),
              ("Ministry of Housing, Communities and Local Government", "mhclg", ["English housing survey {y}", "Planning reform working paper"]),
              ("Department for Culture, Media and Sport", "dcms", ["Museums and galleries monthly visits", "Sponsored museums annual performance indicators"]),
              ("Solicitors Regulation Authority", "sra", ["Transparency rules: price and service information", "Consumer use of legal services"]),
              ("Information Commissioner's Office", "ico", ["Guide to PECR", "Direct marketing guidance"]),
              ("Dubai Department of Economy and Tourism", "dubai", ["Dubai tourism performance report {y}", "Dubai hotel establishment statistics"]),
              ("Singapore Tourism Board", "stb", ["Tourism sector performance {y}", "Hotel industry quarterly report"]),
              ("Malaysia Digital Economy Corporation (MDEC)", "mdec", ["eCommerce adoption among Malaysian SMEs", "Malaysia digital economy report {y}"]),
              ("UAE Ministry of Economy", "uae", ["Consumer protection in e-commerce", "UAE economic report {y}"])]  # fmt: skip
COMPANIES = [("Whitbread PLC", "hotel", "https://www.whitbread.co.uk/"), ("InterContinental Hotels Group PLC", "hotel", "https://www.ihgplc.com/"),
             ("Premier Inn", "hotel", "https://www.premierinn.com/"), ("Marriott International", "hotel", "https://news.marriott.com/"),
             ("Accor", "hotel", "https://group.accor.com/"), ("Jumeirah Group", "hotel", "https://www.jumeirah.com/"),
             ("Nando's", "restaurant", "https://www.nandos.co.uk/"), ("Wagamama Ltd", "restaurant", "https://www.wagamama.com/"),
             ("The Restaurant Group plc", "restaurant", "https://www.trgplc.com/"), ("Dishoom", "restaurant", "https://www.dishoom.com/"),
             ("L'Oréal", "beauty", "https://www.loreal.com/"), ("The Estée Lauder Companies Inc.", "beauty", "https://www.elcompanies.com/"),
             ("Boots UK Limited", "beauty", "https://www.boots-uk.com/"), ("Charlotte Tilbury Beauty Ltd", "beauty", "https://www.charlottetilbury.com/"),
             ("Lush Retail Ltd", "beauty", "https://www.lush.com/"), ("The Body Shop International Limited", "beauty", "https://www.thebodyshop.com/"),
             ("Huda Beauty", "beauty", "https://hudabeauty.com/"), ("Arnold Clark", "cars", "https://www.arnoldclark.com/"),
             ("Lookers plc", "cars", "https://www.lookersplc.com/"), ("Tesla, Inc.", "cars", "https://ir.tesla.com/"), ("BYD", "cars", "https://www.bydeurope.com/"),
             ("Octopus Energy", "energy", "https://octopus.energy/"), ("British Gas", "energy", "https://www.britishgas.co.uk/"),
             ("E.ON UK", "energy", "https://www.eonenergy.com/"), ("Ovo Energy", "energy", "https://www.ovoenergy.com/"),
             ("BT Group plc", "telecoms", "https://www.bt.com/about/"), ("Virgin Media O2", "telecoms", "https://news.virginmediao2.co.uk/"),
             ("Vodafone UK", "telecoms", "https://www.vodafone.co.uk/newscentre/"), ("Sky UK Limited", "telecoms", "https://www.skygroup.sky/"),
             ("Pets at Home Group Plc", "pets", "https://investors.petsathome.com/"), ("Mars Petcare", "pets", "https://www.mars.com/"),
             ("Barratt Developments plc", "homes", "https://www.barrattdevelopments.co.uk/"), ("Persimmon Plc", "homes", "https://www.persimmonhomes.com/corporate/"),
             ("Taylor Wimpey plc", "homes", "https://www.taylorwimpey.co.uk/corporate/"), ("Berkeley Group Holdings plc", "homes", "https://www.berkeleygroup.co.uk/"),
             ("Clifford Chance LLP", "law", "https://www.cliffordchance.com/"), ("Slaughter and May", "law", "https://www.slaughterandmay.com/"),
             ("Irwin Mitchell LLP", "law", "https://www.irwinmitchell.com/"), ("Deloitte LLP", "accountancy", "https://www2.deloitte.com/uk/"),
             ("Ernst & Young LLP", "accountancy", "https://www.ey.com/en_uk"), ("PwC UK", "accountancy", "https://www.pwc.co.uk/"),
             ("Rightmove plc", "marketplace", "https://plc.rightmove.co.uk/"), ("eBay Inc.", "marketplace", "https://investors.ebayinc.com/"),
             ("Etsy, Inc.", "marketplace", "https://investors.etsy.com/"), ("Vinted", "marketplace", "https://company.vinted.com/"),
             ("Noon", "marketplace", "https://www.noon.com/"), ("Shopee", "marketplace", "https://careers.shopee.sg/"), ("Lazada Group", "marketplace", "https://www.lazada.com/"),
             ("Tate", "museum", "https://www.tate.org.uk/"), ("The British Museum", "museum", "https://www.britishmuseum.org/"),
             ("Victoria and Albert Museum", "museum", "https://www.vam.ac.uk/"), ("V&A", "museum", "https://www.vam.ac.uk/"),
             ("National Gallery", "museum", "https://www.nationalgallery.org.uk/"), ("Louvre Abu Dhabi", "museum", "https://www.louvreabudhabi.ae/"),
             ("Museum of the Future", "museum", "https://museumofthefuture.ae/")]  # fmt: skip
TRADE_BODIES = [("UKHospitality", "https://www.ukhospitality.org.uk/"), ("British Beauty Council", "https://britishbeautycouncil.com/"),
                ("Cosmetic, Toiletry & Perfumery Association (CTPA)", "https://www.ctpa.org.uk/"),
                ("Society of Motor Manufacturers and Traders (SMMT)", "https://www.smmt.co.uk/"), ("SMMT", "https://www.smmt.co.uk/"),
                ("Energy UK", "https://www.energy-uk.org.uk/"), ("Home Builders Federation", "https://www.hbf.co.uk/"),
                ("The Law Society", "https://www.lawsociety.org.uk/"), ("ICAEW", "https://www.icaew.com/"), ("Museums Association", "https://www.museumsassociation.org/"),
                ("UK Pet Food", "https://www.ukpetfood.org/"), ("Institute of Practitioners in Advertising (IPA)", "https://ipa.co.uk/"),
                ("Data & Marketing Association (DMA)", "https://dma.org.uk/"), ("Energy Saving Trust", "https://energysavingtrust.org.uk/"),
                ("Which?", "https://www.which.co.uk/"), ("Citizens Advice", "https://www.citizensadvice.org.uk/"),
                ("Art Fund", "https://www.artfund.org/"), ("Association of Leading Visitor Attractions (ALVA)", "https://www.alva.org.uk/")]  # fmt: skip
REPORT_TITLES = ["Annual report and accounts {y}", "Annual report {y}", "Sustainability report {y}", "Integrated annual report {y}",
                 "Responsible business report {y}", "Preliminary results for the year ended {d} {m} {y}", "ESG report {y}",
                 "Investor presentation: full-year results {y}", "Net zero transition plan", "Gender pay gap report {y}"]  # fmt: skip
WEB_TITLES = ["About us", "Our story", "Our sustainability commitments", "Press release: {co} announces record {y} results",
              "Our brand values", "Careers: life at {co}", "News: new flagship opens in {city}", "Customer charter", "Our price promise",
              "Frequently asked questions", "Store locator", "Our approach to responsible marketing"]  # fmt: skip
CITIES = ["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Dubai", "Abu Dhabi", "Doha", "Riyadh", "Singapore", "Kuala Lumpur", "Jakarta",
          "Ho Chi Minh City", "Lagos", "Mumbai", "Shanghai", "São Paulo"]  # fmt: skip
NEWS = [("The Times", "https://www.thetimes.co.uk/article/"), ("Financial Times", "https://www.ft.com/content/"), ("The Guardian", "https://www.theguardian.com/business/"),
        ("BBC News", "https://www.bbc.co.uk/news/"), ("The Telegraph", "https://www.telegraph.co.uk/business/"), ("Gulf News", "https://gulfnews.com/business/"),
        ("The National", "https://www.thenationalnews.com/business/"), ("South China Morning Post", "https://www.scmp.com/business/"),
        ("The Straits Times", "https://www.straitstimes.com/business/"), ("Khaleej Times", "https://www.khaleejtimes.com/business/"),
        ("The Economic Times", "https://economictimes.indiatimes.com/"), ("Nikkei Asia", "https://asia.nikkei.com/Business/"),
        ("Evening Standard", "https://www.standard.co.uk/business/"), ("The Independent", "https://www.independent.co.uk/news/business/")]  # fmt: skip
TRADE = [("Marketing Week", "https://www.marketingweek.com/"), ("Campaign", "https://www.campaignlive.co.uk/article/"), ("The Drum", "https://www.thedrum.com/news/"),
         ("Retail Week", "https://www.retail-week.com/"), ("The Caterer", "https://www.thecaterer.com/news/"), ("Autocar", "https://www.autocar.co.uk/car-news/"),
         ("AM Online", "https://www.am-online.com/news/"), ("Cosmetics Business", "https://cosmeticsbusiness.com/"), ("Pet Gazette", "https://petgazette.info/"),
         ("Housebuilder & Developer", "https://www.hbdonline.co.uk/news/"), ("The Lawyer", "https://www.thelawyer.com/"), ("Accountancy Age", "https://www.accountancyage.com/"),
         ("Museums Journal", "https://www.museumsassociation.org/museums-journal/"), ("Mobile News", "https://www.mobilenewscwp.co.uk/"),
         ("ISPreview", "https://www.ispreview.co.uk/index.php/"), ("Utility Week", "https://utilityweek.co.uk/"), ("Campaign Middle East", "https://campaignme.com/"),
         ("Marketing-Interactive", "https://www.marketing-interactive.com/"), ("Econsultancy", "https://econsultancy.com/")]  # fmt: skip
BRANDS = ["Premier Inn", "IHG", "Nando's", "Wagamama", "Dishoom", "L'Oréal", "Charlotte Tilbury", "Lush", "Huda Beauty", "Boots", "Arnold Clark",
          "Tesla", "BYD", "Kia", "Octopus Energy", "British Gas", "BT", "Virgin Media O2", "Vodafone", "Sky", "Pets at Home", "Barratt Homes",
          "Persimmon", "Taylor Wimpey", "Irwin Mitchell", "Rightmove", "Vinted", "Etsy", "Noon", "Shopee", "Tate Modern", "the British Museum",
          "the V&A", "Louvre Abu Dhabi", "Jumeirah", "Emirates", "Grab"]  # fmt: skip
HEADLINES = ["{b} pushes into {c} as demand for {t} grows", "Why {b} is betting on {t}", "{b} fined over misleading {t} claims",
             "{b} chief says price rises are here to stay", "How {b} won back {a}", "{b} to open {n} new sites in {city}",
             "Inside {b}'s new loyalty app", "{b} faces backlash over advert", "The rise and rise of {b}", "{b} and the battle for {a}"]  # fmt: skip
PODCASTS = [("The Marketing Meetup Podcast", None), ("Marketing Week Podcast", None), ("The Drum Podcast", None), ("Hospitality Marketing Show", None),
            ("Everyone Hates Marketers", "Louis Grenier"), ("The Beauty Business Podcast", None), ("Fully Charged Show Podcast", None),
            ("Diary of a CEO", "Steven Bartlett"), ("Marketing Over Coffee", None), ("Asia Marketing Podcast", None)]  # fmt: skip
CHANNELS = ["Think with Google", "HubSpot Marketing", "The Chartered Institute of Marketing", "Octopus Energy", "Kia UK", "Tate",
            "Harvard Business Review", "TEDx Talks", "Smart Insights", "Shopee Malaysia"]  # fmt: skip
POST_BRANDS = [
    "Charlotte Tilbury",
    "Octopus Energy",
    "Nando's UK",
    "Pets at Home",
    "Vinted",
    "Huda Beauty",
    "Tate",
    "Premier Inn",
    "BYD UK",
    "Virgin Media",
]
PLATFORMS = ["LinkedIn", "Instagram", "X", "TikTok", "Facebook", "YouTube Shorts"]
LEGISLATION = [("Consumer Rights Act 2015", 2015, "ukpga/2015/15"), ("Digital Markets, Competition and Consumers Act 2024", 2024, "ukpga/2024/13"),
               ("Data Protection Act 2018", 2018, "ukpga/2018/12"), ("Equality Act 2010", 2010, "ukpga/2010/15"),
               ("Consumer Protection from Unfair Trading Regulations 2008", 2008, "uksi/2008/1277"), ("Climate Change Act 2008", 2008, "ukpga/2008/27"),
               ("Building Safety Act 2022", 2022, "ukpga/2022/30"), ("Energy Prices Act 2022", 2022, "ukpga/2022/44"),
               ("Privacy and Electronic Communications (EC Directive) Regulations 2003", 2003, "uksi/2003/2426"),
               ("Animal Welfare Act 2006", 2006, "ukpga/2006/45"), ("Product Security and Telecommunications Infrastructure Act 2022", 2022, "ukpga/2022/46")]  # fmt: skip
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


class Blind15WorkFactory:
    """Makes blind15's works from one seeded random source, so a seed always gives the same works."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 14, "chapter": 5, "journal": 22, "market-research": 8, "know-how": 8, "government": 8, "legislation": 2,
        "company-report": 5, "company-web": 6, "trade-body": 4, "news": 6, "trade-press": 6, "blog": 3, "podcast": 2,
        "video": 2, "social": 2, "study-text": 1, "conference": 2,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 97 + 19015)
        self.counter = 0
        # organisations already written (kind, name, date), for 2023a and 2023b
        self.dated_orgs: list[tuple[str, Any, dict[str, Any]]] = []
        self.used: set[str] = set()  # real textbooks and classics already drawn: a report lists each once

    # ------------------------------------------------------------------ names and dates
    def person(self) -> dict[str, str]:
        rng = self.rng
        if rng.random() < 0.07:
            particle, family, given = rng.choice(PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = rng.choice(rng.choice(GROUPS))
        return {"family": family, "given": given}

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 10, 6, 4, 2, 2][:most])[0]
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            name = self.person()
            if all(name["family"] != other["family"] for other in chosen):
                chosen.append(name)
        return chosen

    def year(self, low: int = 2011, high: int = 2025) -> int:
        return self.rng.randint(low, high)

    def issued(self, low: int = 2011, high: int = 2025, day: bool = False) -> dict[str, Any]:
        year = self.year(low, high)
        if day:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def accessed(self, issued: dict[str, Any] | None) -> dict[str, Any]:
        """An access date on or after the date of issue: students read most of their sources in 2023 to 2025."""
        rng = self.rng
        when = datetime.date(rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28))
        if issued is not None:
            parts = issued["date-parts"][0]
            base = datetime.date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28)
            if when < base:
                when = base + datetime.timedelta(days=rng.randint(3, 200))
        return {"date-parts": [[when.year, when.month, when.day]]}

    def words(self, pattern: str, **extra: str) -> str:
        rng = self.rng
        year = rng.randint(2015, 2025)
        values = {"s": rng.choice(SECTORS), "t": rng.choice(TOPICS), "a": rng.choice(AUDIENCES), "c": rng.choice(COUNTRIES),
                  "y": str(year), "y2": str(year + 1), "m": rng.choice(MONTHS), "q": str(rng.randint(1, 4)), "d": str(rng.choice([28, 30, 31])),
                  "city": rng.choice(CITIES), "n": str(rng.randint(3, 40)), "b": rng.choice(BRANDS), "co": "the company"}  # fmt: skip
        values.update(extra)
        text = re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1).lower(), m.group(0)), pattern)
        # "{T}"/"{S}" open a title: a capital on the first letter only
        return (
            re.sub(r"^(\W*)(\w)", lambda m: m.group(1) + m.group(2).upper(), text)
            if pattern[:2] in ("{T", "{S")
            else text
        )

    def title_year(self, issued: dict[str, Any] | None) -> dict[str, str]:
        """The year a title names: the year of issue when the work is dated (a page's "trends for 2024" is of 2024)."""
        if issued is None:
            return {}
        year = issued["date-parts"][0][0]
        return {"y": str(year), "y2": str(year + 1)}

    def slug(self, text: str) -> str:
        return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60]

    # ------------------------------------------------------------------ finishing a work
    def _id(self) -> str:
        self.counter += 1
        return f"b15w{self.counter}"

    def person_work(self, record: dict[str, Any], kind: str, tags: set[str] | None = None) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind, set(tags or ()))

    def pick(self, category: str, table: list[Any]) -> tuple[Any, dict[str, Any] | None]:
        """A row of an organisations' table, and now and then one already drawn with its date of issue, so that a
        report cites a second work of the same organisation in the same year ("Ofgem, 2024a" and "2024b"). Undated
        works are never paired: "no date a" and "no date b" are rare in what candidates cite."""
        earlier = [(row, issued) for c, row, issued in self.dated_orgs if c == category]
        if earlier and self.rng.random() < 0.12:
            row, issued = self.rng.choice(earlier)
            return row, {"date-parts": [list(issued["date-parts"][0])]}
        return self.rng.choice(table), None

    def remember(self, category: str, row: Any, record: dict[str, Any]) -> None:
        if "issued" in record:
            self.dated_orgs.append((category, row, record["issued"]))

    def org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        tags = set(tags) | {"organisation"}
        if "&" in name:
            tags.add("ampersand")
        if "'" in name:
            tags.add("apostrophe")
        if name.startswith("The "):
            tags.add("the")
        if re.search(r"\b(plc|PLC|Plc|Ltd|Limited|LLP|Inc\.)", name):
            tags.add("company-suffix")
        if re.search(r"\([A-Z&]+\)$", name) or name.isupper():
            tags.add("abbreviation")
        return Work(record, name, year, True, 1, kind, tags)

    def online(self, record: dict[str, Any], url: str, access: float = 0.92) -> None:
        """A web address, with the access date most candidates remember to give."""
        record["URL"] = url
        if self.rng.random() < access:
            record["accessed"] = self.accessed(record.get("issued"))

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _book(self) -> Work:
        rng = self.rng
        textbook = rng.choice(TEXTBOOKS)
        if rng.random() < 0.55 and textbook[1] not in self.used:
            authors, title, editions, publisher, place = textbook
            self.used.add(title)
            edition, year = rng.choice(editions)
            record: dict[str, Any] = {
                "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place,
            }  # fmt: skip
            if edition:
                record["edition"] = edition
            if rng.random() < 0.1:  # read on a Kindle or through the library's e-book platform
                record["medium"] = rng.choice(["Kindle", "e-book"])
            return self.person_work(record, "book", {"textbook"})
        publisher, place = rng.choice(PUBLISHERS)
        record = {"type": "book", "title": self.words(rng.choice(BOOK_TITLES)), "author": self.people(4),
                  "issued": self.issued(2005), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if rng.random() < 0.3:
            record["edition"] = str(rng.randint(2, 6))
        return self.person_work(record, "book")

    def _study_text(self) -> Work:
        """The CIM's own course books, which Diploma candidates cite with the Institute as author."""
        rng = self.rng
        name = rng.choice(["The Chartered Institute of Marketing", "Chartered Institute of Marketing (CIM)", "CIM"])
        module = rng.choice(["Marketing and digital strategy", "Customer insight", "Digital strategy", "Ethical and sustainable marketing",
                             "Driving innovation", "Mastering digital channels", "Innovation in marketing"])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": f"{module}: study guide", "issued": self.issued(2019),
                                  "publisher": "The Chartered Institute of Marketing", "publisher-place": "Cookham"}  # fmt: skip
        return self.org_work(record, "book", name, {"study-text"})

    def _chapter(self) -> Work:
        rng = self.rng
        sector = rng.choice(SECTORS)
        publisher, place = rng.choice(PUBLISHERS[:9])
        record: dict[str, Any] = {
            "type": "chapter", "title": self.words(rng.choice(CHAPTERS), s=sector), "author": self.people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 3))], "container-title": self.words(rng.choice(EDITED), s=sector),
            "issued": self.issued(2008), "publisher": publisher, "publisher-place": place,
            "page": f"{(start := rng.randint(1, 320))}-{start + rng.randint(10, 28)}",
        }  # fmt: skip
        if rng.random() < 0.2:
            record["edition"] = str(rng.randint(2, 4))
        return self.person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        classic = rng.choice(CLASSIC_ARTICLES)
        if rng.random() < 0.15 and classic[1] not in self.used:
            authors, title, journal, year, volume, issue, pages = classic
            self.used.add(title)
            record: dict[str, Any] = {"type": "article-journal", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                                      "container-title": journal, "issued": {"date-parts": [[year]]}, "volume": volume, "page": pages}  # fmt: skip
            if issue:
                record["issue"] = issue
            return self.person_work(record, "journal", {"classic"})
        record = {
            "type": "article-journal", "title": self.words(rng.choice(ARTICLES)), "author": self.people(8),
            "container-title": rng.choice(JOURNALS), "issued": self.issued(2009), "volume": str(rng.randint(8, 120)),
            "issue": str(rng.randint(1, 12)), "page": f"{(start := rng.randint(1, 1400))}-{start + rng.randint(9, 30)}",
        }  # fmt: skip
        roll = rng.random()
        if roll < 0.5:
            record["DOI"] = (
                f"10.{rng.choice([1016, 1108, 1177, 1002, 1080, 1111])}/{rng.choice(['j', 'ejm', 'jmm', 'ijcs', 'mar'])}.{rng.randint(2010, 2025)}.{rng.randint(1000, 99999)}"
            )
        elif roll < 0.6:  # found through the library and given its database address
            self.online(record, f"https://www.emerald.com/insight/content/doi/{rng.randint(10000, 99999)}/full/html")
        return self.person_work(record, "journal")

    def _conference(self) -> Work:
        rng = self.rng
        conference, place = rng.choice([("Academy of Marketing Conference", "Cardiff"), ("Academy of Marketing Conference", "Lancaster"),
                                        ("EMAC Annual Conference", "Odense"), ("Global Marketing Conference", "Seoul"),
                                        ("International Conference on Hospitality and Tourism", "Dubai")])  # fmt: skip
        issued = self.issued(2014)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self.words(rng.choice(ARTICLES)), "author": self.people(4),
            "container-title": f"{conference} {issued['date-parts'][0][0]}", "publisher-place": place, "issued": issued,
            "page": f"{(start := rng.randint(1, 400))}-{start + rng.randint(5, 14)}",
        }  # fmt: skip
        return self.person_work(record, "conference")

    def _market_research(self) -> Work:
        rng = self.rng
        row, issued = self.pick("research", RESEARCH)
        name, titles = row
        if issued is None and rng.random() < 0.92:
            issued = self.issued(2017)
        # a research title carries the year of its edition: the year of issue or the year after
        edition = str(issued["date-parts"][0][0] + rng.choice([0, 0, 1])) if issued else str(rng.randint(2019, 2025))
        record: dict[str, Any] = {
            "type": "report",
            "title": self.words(rng.choice(titles), y=edition),
            "publisher": re.sub(r",? Inc\.$", "", name),
        }
        if issued:
            record["issued"] = issued
        domain = name.split()[0].lower().strip(",")
        self.online(record, f"https://www.{domain}.com/{self.slug(record['title'])}", access=0.95)
        self.remember("research", row, record)
        return self.org_work(record, "report", name, {"market-research"})

    def _know_how(self) -> Work:
        rng = self.rng
        row, issued = self.pick("know-how", KNOW_HOW)
        name, site, titles = row
        if issued is None and rng.random() < 0.78:
            issued = self.issued(2016, day=rng.random() < 0.4)
        record: dict[str, Any] = {"type": "webpage", "title": self.words(rng.choice(titles), **self.title_year(issued))}
        if issued:
            record["issued"] = issued
        self.online(record, site + self.slug(record["title"]), access=0.88)
        self.remember("know-how", row, record)
        return self.org_work(record, "web", name, {"know-how"} | ({"undated"} if "issued" not in record else set()))

    def _government(self) -> Work:
        rng = self.rng
        row, issued = self.pick("government", REGULATORS)
        name, path, titles = row
        if issued is None and rng.random() < 0.93:
            issued = self.issued(2016, day=rng.random() < 0.3)
        record: dict[str, Any] = {
            "type": rng.choice(["report", "webpage", "report"]),
            "title": self.words(rng.choice(titles), **self.title_year(issued)),
        }
        if issued:
            record["issued"] = issued
        host = {"ofgem": "https://www.ofgem.gov.uk/", "ofcom": "https://www.ofcom.org.uk/", "asa": "https://www.asa.org.uk/",
                "ons": "https://www.ons.gov.uk/", "sra": "https://www.sra.org.uk/", "ico": "https://ico.org.uk/",
                "dubai": "https://www.dubaidet.gov.ae/", "stb": "https://www.stb.gov.sg/", "mdec": "https://mdec.my/",
                "uae": "https://www.moec.gov.ae/"}.get(path, "https://www.gov.uk/government/publications/")  # fmt: skip
        self.online(record, host + self.slug(record["title"]), access=0.93)
        self.remember("government", row, record)
        return self.org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        title, year, path = self.rng.choice(LEGISLATION)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        self.online(record, f"https://www.legislation.gov.uk/{path}/contents", access=0.85)
        return self.org_work(record, "legislation", "Great Britain", {"legislation"})

    def _company_report(self) -> Work:
        rng = self.rng
        row, issued = self.pick("company-report", COMPANIES)
        name, _sector, site = row
        issued = issued or self.issued(2016)
        record: dict[str, Any] = {"type": "report", "title": self.words(rng.choice(REPORT_TITLES), y=str(issued["date-parts"][0][0] - rng.choice([0, 1]))),
                                  "issued": issued, "publisher": name, "publisher-place": rng.choice(["London", "London", "Leeds", "York", "Dunstable"])}  # fmt: skip
        if rng.random() < 0.7:
            self.online(record, site + "investors/" + self.slug(record["title"]) + ".pdf")
        self.remember("company-report", row, record)
        return self.org_work(record, "report", name, {"company"})

    def _company_web(self) -> Work:
        rng = self.rng
        name, _sector, site = rng.choice(COMPANIES)
        short = re.sub(
            r",? (plc|PLC|Plc|Ltd|Limited|LLP|Inc\.|Group|Group Plc|Holdings plc|Developments plc)$", "", name
        )
        record: dict[str, Any] = {"type": "webpage", "title": self.words(rng.choice(WEB_TITLES), co=short)}
        if rng.random() < 0.6:  # company pages carry no date more often than not
            record["issued"] = self.issued(2018, day=rng.random() < 0.3)
        self.online(record, site + self.slug(record["title"]), access=0.9)
        return self.org_work(record, "web", name, {"company"} | ({"undated"} if "issued" not in record else set()))

    def _trade_body(self) -> Work:
        rng = self.rng
        row, issued = self.pick("trade-body", TRADE_BODIES)
        name, site = row
        title = self.words(rng.choice(["{S}: the state of the sector {y}", "Consumer confidence tracker: {m} {y}", "Guide to responsible {t}",
                                       "Manifesto for {s}", "{S} workforce report", "Response to the {t} consultation"]))  # fmt: skip
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": title}
        if issued is None and rng.random() < 0.85:
            issued = self.issued(2017)
        if issued is not None:
            record["issued"] = issued
            record["title"] = re.sub(r"\b20\d\d$", str(issued["date-parts"][0][0]), title)  # dated by its own year
        self.online(record, site + self.slug(record["title"]), access=0.9)
        self.remember("trade-body", row, record)
        return self.org_work(record, "report" if record["type"] == "report" else "web", name, {"trade-body"})

    def _news(self) -> Work:
        rng = self.rng
        paper, site = rng.choice(NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.words(rng.choice(HEADLINES)), "container-title": paper,
                                  "issued": self.issued(2016, day=True)}  # fmt: skip
        if rng.random() < 0.85:
            record["author"] = self.people(3)
        if rng.random() < 0.85:
            self.online(record, site + self.slug(record["title"]), access=0.9)
        if "author" in record:
            return self.person_work(record, "news")
        return self.org_work(record, "news", paper, {"press"})  # an unsigned piece, cited by the paper's name

    def _trade_press(self) -> Work:
        rng = self.rng
        title, site = rng.choice(TRADE)
        record: dict[str, Any] = {"type": rng.choice(["article-magazine", "article-newspaper"]), "title": self.words(rng.choice(HEADLINES)),
                                  "container-title": title, "issued": self.issued(2016, day=True)}  # fmt: skip
        self.online(record, site + self.slug(record["title"]), access=0.88)
        if rng.random() < 0.75:
            record["author"] = self.people(2)
            return self.person_work(record, "trade-press")
        return self.org_work(record, "trade-press", title, {"press"})

    def _blog(self) -> Work:
        rng = self.rng
        site, base, _titles = rng.choice(KNOW_HOW[:8])
        record: dict[str, Any] = {"type": "post-weblog", "title": self.words(rng.choice(["{T}: what {s} can learn", "{n} ways to improve {t}",
                                                                                            "Is {t} worth it for {s}?", "A beginner's guide to {t}",
                                                                                            "What I learned running {t} for {a}"])),
                                  "container-title": site, "author": self.people(2)}  # fmt: skip
        if rng.random() < 0.85:
            record["issued"] = self.issued(2016, day=True)
        self.online(record, base.rstrip("/").removesuffix("/blog") + "/blog/" + self.slug(record["title"]), access=0.85)
        return self.person_work(record, "blog")

    def _podcast(self) -> Work:
        rng = self.rng
        show, host = rng.choice(PODCASTS)
        issued = self.issued(2019, day=True)
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {rng.randint(4, 320)}: " + self.words(rng.choice(["{t} with {b}", "the future of {s}", "selling to {a}"])),
                                  "container-title": show, "issued": issued}  # fmt: skip
        self.online(record, f"https://open.spotify.com/episode/{self.slug(show)}-{rng.randint(100, 999)}", access=0.9)
        if host is not None:
            family_given = host.split()
            record["author"] = [{"family": family_given[-1], "given": family_given[0]}]
            return self.person_work(record, "podcast")
        if rng.random() < 0.6:
            record["author"] = self.people(2)
            return self.person_work(record, "podcast")
        return self.org_work(record, "podcast", show.replace(" Podcast", ""), {"podcast"})

    def _video(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "motion_picture", "title": self.words(rng.choice(["How {b} uses {t}", "{T} explained", "Inside {b}",
                                                                                               "Marketing masterclass: {t}", "Case study: {b} in {c}"])),
                                  "issued": self.issued(2017, day=rng.random() < 0.5), "medium": "YouTube video"}  # fmt: skip
        self.online(
            record,
            f"https://www.youtube.com/watch?v={''.join(rng.choices('abcdefghijkXYZ0123456789_', k=11))}",
            access=0.9,
        )
        if rng.random() < 0.35:
            record["author"] = self.people(1)
            return self.person_work(record, "video")
        return self.org_work(record, "video", rng.choice(CHANNELS), {"video"})

    def _social(self) -> Work:
        rng = self.rng
        platform = rng.choice(PLATFORMS)
        issued = self.issued(2019, day=True)
        text = self.words(rng.choice(["We're proud to announce {t} across all our {city} sites", "Big news for {a}!", "Three lessons on {t} from this week",
                                      "Our {y} impact report is live", "Thank you {city} - what a launch"]), y=str(issued["date-parts"][0][0]))  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": text, "container-title": platform, "issued": issued}
        host = {"X": "x.com", "YouTube Shorts": "youtube.com/shorts"}.get(platform, f"{platform.lower()}.com")
        self.online(record, f"https://www.{host}/{rng.randint(10**6, 10**7)}", access=0.92)
        if rng.random() < 0.45:  # a founder's or a consultant's LinkedIn post
            record["author"] = self.people(1)
            record["container-title"] = "LinkedIn"
            return self.person_work(record, "social")
        return self.org_work(record, "social", rng.choice(POST_BRANDS), {"social"})
