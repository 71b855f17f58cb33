"""Works for the hundred-and-sixty-second independent pool, "blind162" (HELD OUT): what marketers in western India
(Maharashtra and Gujarat) and its diaspora cite in CIM reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Authors are Marathi, Gujarati, Parsi, Goan and
Bohra, Khoja and Memon names as English-language papers print them (the father's or husband's name as a middle name,
initials first, -bhai and -ben, "D'Souza" and "de Souza", hyphenated married names), beside expatriates who write
about the market from London, Leicester, New Jersey, Nairobi, Dubai and Toronto. Organisations are banks, fintechs,
telecoms, conglomerates, dairy co-operatives and snack makers with their legal forms (Ltd., Pvt. Ltd., LLP,
co-operative societies), regulators (RBI, SEBI, TRAI, ASCI, MCA, NSO/MoSPI), trade bodies, the BSE and NSE,
market-research firms and the press in English, Marathi and Gujarati. Laws are cited as candidates cite them: the
Act with its comma and year, under the government that made it. Marathi and Gujarati titles are romanised with an
English translation in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_MARATHI_MEN = ["Rahul", "Sachin", "Amol", "Nilesh", "Swapnil", "Prasad", "Aniket", "Onkar", "Vaibhav", "Shrikant",
                "Mandar", "Tushar", "Yogesh", "Abhijit", "Sandeep", "Ninad", "Chinmay", "Kedar", "Mahesh", "Ajinkya"]  # fmt: skip
_MARATHI_WOMEN = ["Snehal", "Ashwini", "Madhura", "Pranali", "Shruti", "Rutuja", "Gauri", "Sayali", "Manasi",
                  "Aparna", "Mrunal", "Sharvari", "Vaishali", "Radhika", "Pallavi", "Anagha"]  # fmt: skip
_MARATHI_FATHERS = ["Suresh", "Vasant", "Dattatray", "Prakash", "Shankar", "Vijay", "Madhukar", "Balasaheb",
                    "Narayan", "Ramesh", "Sudhir", "Arvind"]  # fmt: skip
_MARATHI_SURNAMES = ["Patil", "Jadhav", "Kulkarni", "Deshpande", "Gokhale", "Joshi", "Pawar", "Shinde", "Chavan",
                     "Deshmukh", "Sawant", "Apte", "Bhide", "Karandikar", "Phadke", "Wagh", "More", "Gaikwad",
                     "Naik", "Sathe", "Paranjpe", "Paranjape", "Godbole", "Kale", "Bhosale", "Bhonsle", "Limaye",
                     "Dharmadhikari", "Ranade", "Tendulkar", "Mhatre", "Salunkhe", "Khadilkar", "Ketkar"]  # fmt: skip
_GUJARATI_MEN = ["Hardik", "Jignesh", "Chirag", "Parth", "Bhavin", "Ketan", "Nirav", "Dhaval", "Tejas", "Mehul",
                 "Kunal", "Sanjay", "Hiren", "Vipul", "Darshan", "Pratik"]  # fmt: skip
_GUJARATI_BHAI = ["Rameshbhai", "Jayeshbhai", "Harshadbhai", "Kanubhai", "Pravinbhai", "Mukeshbhai", "Dineshbhai",
                  "Bharatbhai"]  # fmt: skip
_GUJARATI_WOMEN = ["Hetal", "Foram", "Dhwani", "Krupa", "Khushbu", "Nidhi", "Urvi", "Bhumika", "Riddhi", "Jinal",
                   "Kinjal", "Ami", "Toral", "Mansi"]  # fmt: skip
_GUJARATI_BEN = ["Hetalben", "Bhavnaben", "Komalben", "Dakshaben", "Nayanaben", "Sejalben", "Mitalben"]  # fmt: skip
_GUJARATI_FATHERS = ["Jayantilal", "Kantilal", "Navinchandra", "Rasiklal", "Mahendrakumar", "Dilipkumar",
                     "Chimanlal", "Hasmukhlal", "Pravinchandra", "Ashokkumar"]  # fmt: skip
_GUJARATI_SURNAMES = ["Patel", "Shah", "Desai", "Mehta", "Parikh", "Parekh", "Trivedi", "Bhatt", "Vyas", "Dave",
                      "Pandya", "Thakkar", "Modi", "Chauhan", "Solanki", "Amin", "Jani", "Raval", "Sheth", "Seth",
                      "Gandhi", "Vora", "Vohra", "Joshi", "Upadhyay", "Dholakia", "Kothari", "Jhaveri", "Zaveri",
                      "Acharya", "Majmudar", "Mazumdar", "Brahmbhatt", "Rathod"]  # fmt: skip
_PARSI = [("Wadia", "Cyrus"), ("Godrej", "Zarir"), ("Mistry", "Farokh"), ("Engineer", "Perzen"),
          ("Contractor", "Shernaz"), ("Daruwalla", "Roshan"), ("Daruwala", "Dinshaw"), ("Bharucha", "Freny"),
          ("Irani", "Behram"), ("Batliwala", "Kainaz"), ("Dastur", "Meher"), ("Sethna", "Jehangir"),
          ("Kapadia", "Zenobia"), ("Poonawalla", "Adar"), ("Khambatta", "Rustom"), ("Pestonji", "Delnaz")]  # fmt: skip
_BOHRA_KHOJA_MEMON = [("Lokhandwala", "Huzefa"), ("Kanchwala", "Zainab"), ("Saifee", "Mustafa"),
                      ("Bootwala", "Taher"), ("Lakdawala", "Sakina"), ("Jiwani", "Salim"), ("Lakhani", "Nazneen"),
                      ("Merchant", "Farida"), ("Virani", "Aliasgar"), ("Motiwala", "Yusuf"), ("Dawoodani", "Alifiya"),
                      ("Rangoonwala", "Shabbir"), ("Poonawala", "Murtaza"), ("Attarwala", "Insiya"),
                      ("Tayabali", "Burhanuddin"), ("Kapasi", "Fatema"), ("Dhanani", "Karim"),
                      ("Premji", "Rehana"), ("Sachedina", "Nurjehan"), ("Moosa", "Abdul Razak")]  # fmt: skip
_GOAN = [("D'Souza", "Neil"), ("D'Mello", "Glenda"), ("Fernandes", "Joaquim"), ("Pereira", "Lynette"),
         ("D'Costa", "Savio"), ("Rodrigues", "Clifford"), ("Menezes", "Alisha"), ("Lobo", "Valerie")]  # fmt: skip
_GOAN_PARTICLE = [("de", "Souza", "Anita"), ("da", "Cunha", "Gerson"), ("de", "Sa", "Rochelle")]  # fmt: skip
# Expatriates and diaspora scholars who write about the market: London, Leicester, New Jersey, Nairobi, Dubai, Toronto.
_EXPATRIATES = [("Sørensen", "Mette"), ("Müller", "Jürgen"), ("Lévesque", "Amélie"), ("Østergaard", "Lars"),
                ("Gauthier", "Sébastien"), ("Thompson", "Claire"), ("O'Brien", "Siobhán"), ("Kariuki", "Wanjiru"),
                ("Otieno", "Brian"), ("Al-Marzouqi", "Hessa"), ("Haddad", "Rami"), ("Williams", "Gareth"),
                ("Brännström", "Elin"), ("Núñez", "Lucía"), ("Nguyễn", "Thảo"), ("Çelik", "Emre"),
                ("Kowalczyk", "Agnieszka"), ("MacLeod", "Fiona"), ("Rosenberg", "Daniel"), ("Chen", "Wei")]  # fmt: skip
_DIASPORA_BRITISH = [("Patel", "Priya"), ("Mistry", "Kiran"), ("Chauhan", "Anjali"), ("Lakhani", "Sameer"),
                     ("Pattni", "Rupal"), ("Kotecha", "Nikesh"), ("Ruparelia", "Minal"), ("Dattani", "Neha"),
                     ("Shah-Kotecha", "Reena"), ("Thakrar", "Ashok"), ("Sodha", "Bhavisha"), ("Mandalia", "Dipesh")]  # fmt: skip

_PUBLISHERS = [("Pearson India", "Noida"), ("McGraw Hill Education (India)", "New Delhi"),
               ("Oxford University Press", "New Delhi"), ("Sage Publications India", "New Delhi"),
               ("Himalaya Publishing House", "Mumbai"), ("Vikas Publishing House", "Noida"),
               ("Wiley India", "New Delhi"), ("Cengage Learning India", "Delhi"), ("Jaico Publishing House", "Mumbai"),
               ("Penguin Random House India", "Gurugram"), ("Routledge", "Abingdon"), ("Kogan Page", "London"),
               ("Pearson", "Harlow"), ("Palgrave Macmillan", "Singapore"), ("Excel Books", "New Delhi"),
               ("Nirali Prakashan", "Pune"), ("Everest Publishing House", "Pune"), ("Rupa Publications", "New Delhi"),
               ("HarperCollins India", "Noida"), ("Springer Nature", "Singapore")]  # fmt: skip
_LOCAL_PUBLISHERS = [("Rajhans Prakashan", "Pune"), ("Diamond Publications", "Pune"), ("Popular Prakashan", "Mumbai"),
                     ("Navbharat Sahitya Mandir", "Ahmedabad"), ("Gurjar Granth Ratna Karyalaya", "Ahmedabad"),
                     ("R.R. Sheth & Co.", "Ahmedabad"), ("Mehta Publishing House", "Pune")]  # fmt: skip
_BOOKS = ["Marketing management: an Indian perspective", "Rural marketing: text and cases",
          "Services marketing: the Indian context", "Consumer behaviour in the Indian context", "Bank marketing",
          "Brand management: the Indian context", "Retail management", "Integrated marketing communications",
          "Digital marketing", "Sales and distribution management", "Marketing research", "The Amul story",
          "Business communities of western India", "Fintech in India: the UPI decade",
          "Marketing to the middle class", "The Gujarati entrepreneur", "Brand Bharat", "Dairy co-operatives and markets",
          "Advertising and sales promotion", "Customer relationship management", "The kirana and the mall",
          "International marketing", "Marketing in emerging markets", "Strategic brand management"]  # fmt: skip
_LOCAL_BOOKS = ["Vipanan vyavasthapan [Marketing management]", "Grahak vartan [Consumer behaviour]",
                "Jahirat ani vipanan [Advertising and marketing]", "Sahakar ani bazaar [Co-operation and the market]",
                "Vyaparni vaat [The way of trade]", "Grahak ane bazaar [The consumer and the market]",
                "Dhandho: Gujarati vepari parampara [Dhandho: the Gujarati trading tradition]",
                "Marathi udyojak [The Marathi entrepreneur]"]  # fmt: skip
_JOURNALS = ["Vikalpa: The Journal for Decision Makers", "IIMB Management Review", "Indian Journal of Marketing",
             "Journal of Retailing and Consumer Services", "Global Business Review", "NMIMS Management Review",
             "Journal of Indian Business Research", "International Journal of Bank Marketing",
             "Asia Pacific Journal of Marketing and Logistics", "South Asian Journal of Business Studies",
             "Metamorphosis: A Journal of Management Research", "Journal of Marketing", "Paradigm",
             "Symbiosis Management Review", "Journal of Business Research", "Psychology & Marketing",
             "Prabandhan: Indian Journal of Management", "MICA Journal of Communication Management",
             "Journal of Consumer Marketing", "Decision"]  # fmt: skip
_TOPICS = ["UPI adoption", "festive-season advertising", "co-operative dairy branding", "vernacular content",
           "quick commerce", "D2C brands", "gold loan marketing", "credit card rewards", "Instagram Reels",
           "regional-language OTT", "kirana store digitisation", "ONDC", "trust in fintech apps", "WhatsApp marketing",
           "rural FMCG distribution", "sachet pricing", "airline loyalty programmes", "snack brand extensions",
           "ice cream seasonality", "co-operative bank marketing", "mutual fund SIP campaigns", "buy now, pay later",
           "private labels", "influencer disclosure", "cashback offers", "telecom tariff hikes",
           "diaspora remittance marketing", "green claims", "jewellery retail", "sustainable packaging"]  # fmt: skip
_PLACES = ["Mumbai", "Pune", "Nagpur", "Nashik", "Thane", "Navi Mumbai", "Ahmedabad", "Surat", "Vadodara", "Rajkot",
           "Gandhinagar", "Kolhapur", "Aurangabad", "Anand", "Bhavnagar", "Jamnagar", "Maharashtra", "Gujarat",
           "western India", "tier-2 cities of Gujarat", "the Mumbai Metropolitan Region"]  # fmt: skip
_DIASPORA_PLACES = ["Leicester", "London", "Wembley", "New Jersey", "Nairobi", "Dubai", "Toronto", "Brampton"]  # fmt: skip
_AUDIENCES = ["millennials", "Gen Z consumers", "women investors", "small traders", "farmers", "senior citizens",
              "first-time borrowers", "college students", "homemakers", "NRI customers"]  # fmt: skip
_OUTCOMES = ["purchase intention", "brand loyalty", "continuance intention", "brand trust", "customer satisfaction",
             "word of mouth", "switching behaviour", "repeat purchase"]  # fmt: skip
_LOCAL_TITLES = ["Digital vipanan ani grahak vartan [Digital marketing and consumer behaviour]",
                 "Sahakari bankanche vipanan dhoran [Marketing strategies of co-operative banks]",
                 "Grahak vartan ane sahakari dudh utpadan [Consumer behaviour and co-operative milk production]",
                 "Online kharedi ane yuva grahako [Online shopping and young consumers]",
                 "Gramin bazarpethetil jahirat [Advertising in rural markets]",
                 "Tahevar ani kharedi: Ganeshotsav kalatil grahak [Festivals and shopping: consumers during Ganeshotsav]",
                 "Navratri ane brand prayojan [Navratri and brand sponsorship]",
                 "UPI vaparnari mahila [Women who use UPI]"]  # fmt: skip
_NEWS_EN = ["The Times of India", "The Economic Times", "Mint", "Business Standard", "Hindustan Times",
            "The Indian Express", "Mumbai Mirror", "Ahmedabad Mirror", "Free Press Journal", "Mid-Day",
            "exchange4media", "afaqs!", "BrandEquity", "Campaign India", "Financial Times", "The Guardian",
            "Leicester Mercury", "Gulf News", "Daily Nation"]  # fmt: skip
_NEWS_LOCAL = ["Lokmat", "Loksatta", "Maharashtra Times", "Sakal", "Divya Bhaskar", "Sandesh", "Gujarat Samachar"]  # fmt: skip
_NEWS_LOCAL_TITLES = ["Ganeshotsavat jahiratinvar kotyavadhi kharcha [Crores spent on advertising during Ganeshotsav]",
                      "UPI vyavaharat vikrami vadh [Record growth in UPI transactions]",
                      "Navratri ma garba pass mongha [Garba passes costlier this Navratri]",
                      "Uttarayan pahela patang bazar ma teji [Kite market booms before Uttarayan]",
                      "Diwali kharedit online vikri vadhli [Online sales rise in Diwali shopping]",
                      "Amul ni navi jaherat charcha ma [Amul's new advertisement in the news]",
                      "Gudi Padwa la sone kharedi jorat [Brisk gold buying on Gudi Padwa]",
                      "Surat na hira udyog ma mandi [Slowdown in Surat's diamond industry]"]  # fmt: skip
_COMPANIES: list[tuple[str, set[str], str]] = [
    ("HDFC Bank Ltd.", {"company"}, "https://www.hdfcbank.com"), ("HDFC Bank", {"company"}, "https://www.hdfcbank.com"),
    ("ICICI Bank", {"company", "acronym"}, "https://www.icicibank.com"),
    ("Kotak Mahindra Bank Ltd.", {"company"}, "https://www.kotak.com"), ("Bank of Baroda", {"company"}, "https://www.bankofbaroda.in"),
    ("The Saraswat Co-operative Bank Ltd.", {"company", "co-operative"}, "https://www.saraswatbank.com"),
    ("PhonePe Pvt. Ltd.", {"company"}, "https://www.phonepe.com"),
    ("One 97 Communications Ltd. (Paytm)", {"company", "abbreviation"}, "https://paytm.com"),
    ("Zerodha", {"company"}, "https://zerodha.com"), ("Zerodha Broking Ltd.", {"company"}, "https://zerodha.com"),
    ("CRED", {"company", "acronym"}, "https://cred.club"),
    ("Reliance Industries Limited", {"company"}, "https://www.ril.com"),
    ("Reliance Jio Infocomm Ltd.", {"company"}, "https://www.jio.com"), ("Bharti Airtel Ltd.", {"company"}, "https://www.airtel.in"),
    ("Vodafone Idea Ltd.", {"company"}, "https://www.myvi.in"), ("Reliance Retail", {"company"}, "https://relianceretail.com"),
    ("Tata Consumer Products Ltd.", {"company"}, "https://www.tataconsumer.com"),
    ("Godrej Consumer Products Ltd.", {"company"}, "https://godrejcp.com"),
    ("Mahindra & Mahindra Ltd.", {"company", "ampersand"}, "https://www.mahindra.com"),
    ("Adani Wilmar Ltd.", {"company"}, "https://www.adaniwilmar.com"),
    ("Avenue Supermarts Ltd.", {"company"}, "https://www.dmartindia.com"), ("DMart", {"company"}, "https://www.dmartindia.com"),
    ("FSN E-Commerce Ventures Ltd. (Nykaa)", {"company", "abbreviation"}, "https://www.nykaa.com"),
    ("Shoppers Stop Ltd.", {"company"}, "https://www.shoppersstop.com"),
    ("Gujarat Cooperative Milk Marketing Federation Ltd. (GCMMF)", {"company", "co-operative", "abbreviation"}, "https://amul.com"),
    ("Amul", {"company", "co-operative"}, "https://amul.com"),
    ("Parle Products Pvt. Ltd.", {"company"}, "https://www.parleproducts.com"),
    ("Haldiram's", {"company", "apostrophe"}, "https://www.haldirams.com"),
    ("Balaji Wafers Pvt. Ltd.", {"company"}, "https://www.balajiwafers.com"),
    ("Vadilal Industries Ltd.", {"company"}, "https://www.vadilalgroup.com"),
    ("Havmor Ice Cream Pvt. Ltd.", {"company"}, "https://www.havmor.com"),
    ("Britannia Industries Ltd.", {"company"}, "https://www.britannia.co.in"),
    ("InterGlobe Aviation Ltd. (IndiGo)", {"company", "abbreviation"}, "https://www.goindigo.in"),
    ("Air India", {"company"}, "https://www.airindia.com"), ("Akasa Air", {"company"}, "https://www.akasaair.com"),
    ("Bennett, Coleman & Co. Ltd.", {"company", "comma", "ampersand"}, "https://www.timesgroup.com"),
    ("Zee Entertainment Enterprises Ltd.", {"company"}, "https://www.zee.com"),
    ("Ogilvy India", {"company", "agency"}, "https://www.ogilvy.com/in"), ("Lowe Lintas", {"company", "agency"}, "https://www.lowelintas.in"),
    ("FCB India", {"company", "agency", "acronym"}, "https://www.fcb.com"), ("Schbang", {"company", "agency"}, "https://www.schbang.com"),
    ("WATConsult", {"company", "agency"}, "https://www.watconsult.com"),
    ("Madison World", {"company", "agency"}, "https://www.madisonindia.com"),
    ("daCunha Communications", {"company", "agency", "lowercase"}, "https://www.dacunha.in"),
    ("Deloitte Touche Tohmatsu India LLP", {"company"}, "https://www2.deloitte.com/in"),
    ("Grant Thornton Bharat LLP", {"company"}, "https://www.grantthornton.in"),
]  # fmt: skip
_TRADE_BODIES = ["Internet and Mobile Association of India (IAMAI)", "Internet and Mobile Association of India",
                 "Federation of Indian Chambers of Commerce & Industry (FICCI)", "Confederation of Indian Industry",
                 "NASSCOM", "Retailers Association of India", "India Brand Equity Foundation",
                 "India Brand Equity Foundation (IBEF)", "Gujarat Chamber of Commerce and Industry",
                 "Maharashtra Chamber of Commerce, Industry & Agriculture", "Indian Society of Advertisers",
                 "Advertising Agencies Association of India", "Payments Council of India",
                 "Association of Mutual Funds in India (AMFI)", "Southern Gujarat Chamber of Commerce and Industry",
                 "National Co-operative Dairy Federation of India", "Media Research Users Council",
                 "Broadcast Audience Research Council (BARC) India"]  # fmt: skip
_GOVERNMENT = ["Reserve Bank of India", "Reserve Bank of India (RBI)", "Securities and Exchange Board of India",
               "Securities and Exchange Board of India (SEBI)", "Telecom Regulatory Authority of India",
               "Telecom Regulatory Authority of India (TRAI)", "Advertising Standards Council of India",
               "Advertising Standards Council of India (ASCI)", "Ministry of Corporate Affairs",
               "Ministry of Statistics and Programme Implementation", "National Statistical Office",
               "National Statistical Office (NSO), MoSPI", "Ministry of Consumer Affairs, Food & Public Distribution",
               "Department of Consumer Affairs", "Central Consumer Protection Authority", "Government of Maharashtra",
               "Government of Gujarat", "Directorate of Economics and Statistics, Government of Maharashtra",
               "National Payments Corporation of India", "National Payments Corporation of India (NPCI)",
               "Press Information Bureau", "Food Safety and Standards Authority of India", "BSE Ltd.",
               "National Stock Exchange of India Ltd.", "Maharashtra Tourism Development Corporation",
               "Tourism Corporation of Gujarat Ltd.", "Office for National Statistics", "Leicester City Council",
               "Statistics Canada", "Dubai Statistics Center", "Kenya National Bureau of Statistics"]  # fmt: skip
_GOV_URLS = {"Reserve Bank of India": "https://www.rbi.org.in/Scripts/", "Securities": "https://www.sebi.gov.in/",
             "Telecom": "https://www.trai.gov.in/", "Advertising": "https://www.ascionline.in/",
             "Ministry of Corporate": "https://www.mca.gov.in/", "Ministry of Statistics": "https://www.mospi.gov.in/",
             "National Statistical": "https://www.mospi.gov.in/", "Government of Maharashtra": "https://maharashtra.gov.in/",
             "Government of Gujarat": "https://gujaratindia.gov.in/", "National Payments": "https://www.npci.org.in/",
             "Press Information": "https://pib.gov.in/PressReleasePage.aspx?PRID=", "BSE": "https://www.bseindia.com/",
             "National Stock": "https://www.nseindia.com/", "Office for National": "https://www.ons.gov.uk/",
             "Leicester": "https://www.leicester.gov.uk/", "Statistics Canada": "https://www150.statcan.gc.ca/",
             "Dubai": "https://www.dsc.gov.ae/", "Kenya": "https://www.knbs.or.ke/"}  # fmt: skip
_GOV_TITLES = ["Annual report {y}-{y2}", "Payment systems vision 2025", "Master direction: digital lending",
               "Report on currency and finance {y}-{y2}", "Financial stability report, June {y}",
               "Consultation paper on influencer advertising", "The Indian telecom services performance indicators, {q} quarter",
               "Household consumption expenditure survey {y}-{y2}: fact sheet", "Periodic labour force survey (PLFS) annual report {y}",
               "Economic survey of Maharashtra {y}-{y2}", "Socio-economic review, Gujarat State {y}-{y2}",
               "Guidelines for influencer advertising in digital media", "UPI product statistics",
               "Advisory on misleading advertisements in the festive season", "Self-regulation code for advertising content",
               "Census 2021: ethnic group, England and Wales", "Annual complaints report {y}-{y2}"]  # fmt: skip
# Titles a body would publish, by the start of its name; any other body draws from _GOV_TITLES.
_GOV_OWN_TITLES = {
    "Reserve Bank": ["Annual report {y}-{y2}", "Payment systems vision 2025", "Master direction: digital lending",
                     "Report on currency and finance {y}-{y2}", "Financial stability report, June {y}"],
    "Securities": ["Annual report {y}-{y2}", "Consultation paper on regulating finfluencers", "Investor survey {y}"],
    "Telecom": ["The Indian telecom services performance indicators, {q} quarter", "Consultation paper on unsolicited commercial communication"],
    "Advertising Standards": ["Guidelines for influencer advertising in digital media", "Annual complaints report {y}-{y2}",
                              "Self-regulation code for advertising content"],
    "Ministry of Statistics": ["Household consumption expenditure survey {y}-{y2}: fact sheet", "Periodic labour force survey (PLFS) annual report {y}"],
    "National Statistical": ["Household consumption expenditure survey {y}-{y2}: fact sheet", "Periodic labour force survey (PLFS) annual report {y}"],
    "Government of Maharashtra": ["Economic survey of Maharashtra {y}-{y2}", "Maharashtra retail trade policy {y}"],
    "Directorate": ["Economic survey of Maharashtra {y}-{y2}", "District domestic product of Maharashtra {y}-{y2}"],
    "Government of Gujarat": ["Socio-economic review, Gujarat State {y}-{y2}", "Gujarat industrial policy {y}"],
    "National Payments": ["UPI product statistics", "Annual report {y}-{y2}", "UPI ecosystem statistics, {q} quarter"],
    "Office for National": ["Census 2021: ethnic group, England and Wales", "Family spending in the UK: April {y} to March {y2}"],
    "Leicester": ["Census 2021: Leicester's population", "Diwali in Leicester: economic impact {y}"],
    "Statistics Canada": ["The Canadian census: a rich portrait of the country's diversity", "Retail trade, {q} quarter {y}"],
    "Dubai": ["Population and vital statistics {y}", "Dubai retail sales index {y}"],
    "Kenya": ["Economic survey {y}", "Kenya population and housing census: volume IV"],
    "Maharashtra Tourism": ["Annual report {y}-{y2}", "Ganeshotsav tourism plan {y}"],
    "Tourism Corporation": ["Annual report {y}-{y2}", "Rann Utsav and Navratri visitor survey {y}"],
    "Department of Consumer": ["Advisory on misleading advertisements in the festive season", "Jago Grahak Jago: annual report {y}-{y2}"],
    "Ministry of Consumer": ["Advisory on misleading advertisements in the festive season", "Annual report {y}-{y2}"],
    "Central Consumer": ["Advisory on misleading advertisements in the festive season", "Safety notices issued in {y}"],
    "Ministry of Corporate": ["Annual report {y}-{y2}", "MSME registrations: monthly information bulletin, {q} quarter"],
    "Press Information": ["UPI transactions cross 10 billion a month", "Year end review {y}: Department of Consumer Affairs"],
    "Food Safety": ["Eat Right India: annual report {y}", "Advisory on misleading health claims"],
    "BSE": ["Annual report {y}-{y2}", "SME platform factsheet {y}"],
    "National Stock": ["Market pulse, {q} quarter {y}", "Annual report {y}-{y2}"],
}  # fmt: skip
_GOV_PLACES = {"Statistics Canada": "Ottawa", "Office for National": "Newport", "Leicester": "Leicester",
               "Dubai": "Dubai", "Kenya": "Nairobi", "Gujarat": "Gandhinagar", "Maharashtra": "Mumbai",
               "Reserve Bank": "Mumbai", "Securities": "Mumbai", "BSE": "Mumbai", "National Stock": "Mumbai",
               "Advertising Standards": "Mumbai"}  # fmt: skip
_LAWS = [("Government of India", "The Digital Personal Data Protection Act, {y} (No. 22 of {y})", 2023),
         ("Government of India", "The Consumer Protection Act, {y} (No. 35 of {y})", 2019),
         ("Ministry of Consumer Affairs, Food & Public Distribution", "The Consumer Protection (E-Commerce) Rules, {y}", 2020),
         ("Central Consumer Protection Authority", "Guidelines for Prevention and Regulation of Dark Patterns, {y}", 2023),
         ("Central Consumer Protection Authority", "Guidelines for Prevention of Misleading Advertisements and Endorsements for Misleading Advertisements, {y}", 2022),
         ("Government of India", "The Information Technology Act, {y} (No. 21 of {y})", 2000),
         ("Government of India", "The Companies Act, {y} (No. 18 of {y})", 2013),
         ("Government of India", "The Central Goods and Services Tax Act, {y}", 2017),
         ("Government of Maharashtra", "The Maharashtra Shops and Establishments (Regulation of Employment and Conditions of Service) Act, {y}", 2017),
         ("Government of Gujarat", "The Gujarat Shops and Establishments (Regulation of Employment and Conditions of Service) Act, {y}", 2019),
         ("Government of Maharashtra", "The Maharashtra Co-operative Societies Act, 1960 (as amended up to {y})", 2019),
         ("Government of Gujarat", "The Gujarat Co-operative Societies Act, 1961 (as amended up to {y})", 2021),
         ("Government of Maharashtra", "Government Resolution No. Marathi-{y}/Pr.Kr.12/Bhasha-2: use of Marathi on shop signboards", 2022),
         ("Food Safety and Standards Authority of India", "Food Safety and Standards (Advertising and Claims) Regulations, {y}", 2018),
         ("Telecom Regulatory Authority of India", "Telecom Commercial Communications Customer Preference Regulations, {y}", 2018),
         ("Reserve Bank of India", "Master Direction - Credit Card and Debit Card - Issuance and Conduct Directions, {y}", 2022)]  # fmt: skip
_RESEARCH = ["RedSeer Strategy Consultants", "Kantar", "NielsenIQ", "Statista", "Euromonitor International",
             "Bain & Company", "Boston Consulting Group", "KPMG in India", "EY", "Deloitte India", "Mintel",
             "YouGov India", "Ipsos India", "CRISIL", "ICRA", "Praxis Global Alliance", "Technopak Advisors",
             "Redseer", "Kantar BrandZ", "Comscore"]  # fmt: skip
_RESEARCH_TITLES = ["India internet report {y}", "How India shops online {y}", "India retail report {y}",
                    "Digital payments in India {y}", "Indian snacks market {y}", "Dairy products in India {y}",
                    "Festive season consumer pulse {y}", "India's quick commerce opportunity {y}",
                    "Ice cream in India: market report {y}", "Bharat 2.0: rural consumers {y}",
                    "Share of UPI in digital payments in India from 2018 to {y}", "Consumer banking in India {y}",
                    "India D2C report {y}", "The Indian diaspora consumer {y}", "Mobile data usage in India {y}"]  # fmt: skip
_UNIVERSITIES = [("Indian Institute of Management Ahmedabad", "Ahmedabad"), ("SVKM's NMIMS", "Mumbai"),
                 ("S.P. Jain Institute of Management and Research", "Mumbai"),
                 ("Symbiosis International (Deemed University)", "Pune"), ("MICA", "Ahmedabad"),
                 ("University of Mumbai", "Mumbai"), ("Gujarat University", "Ahmedabad"),
                 ("Savitribai Phule Pune University", "Pune"), ("The Maharaja Sayajirao University of Baroda", "Vadodara"),
                 ("Rashtrasant Tukadoji Maharaj Nagpur University", "Nagpur"), ("Saurashtra University", "Rajkot"),
                 ("Veer Narmad South Gujarat University", "Surat"), ("University of Leicester", "Leicester"),
                 ("Jamnalal Bajaj Institute of Management Studies", "Mumbai")]  # fmt: skip
_THESIS_GENRES = ["PhD thesis", "PhD thesis", "MBA dissertation", "Fellow Programme in Management thesis",
                  "PGDM project report", "MPhil dissertation", "MSc dissertation"]  # fmt: skip
_CONFERENCES = [("Proceedings of the Indian Marketing Conference", "Ahmedabad", "MICA"),
                ("AIMS International Conference on Management", "Pune", "Association of Indian Management Scholars"),
                ("Academy of Marketing Conference", "Leicester", "Academy of Marketing"),
                ("IIMA Doctoral Colloquium", "Ahmedabad", "IIM Ahmedabad"),
                ("International Conference on Digital Marketing (ICDM)", "Mumbai", "NMIMS"),
                ("Symbiosis International Research Conference", "Pune", "Symbiosis"),
                ("Conference on Marketing in Emerging Economies", "Nairobi", "Strathmore University")]  # fmt: skip
_SOCIAL = [("Instagram", "https://www.instagram.com/p/"), ("LinkedIn", "https://www.linkedin.com/posts/"),
           ("X (formerly Twitter)", "https://x.com/status/"), ("Facebook", "https://www.facebook.com/"),
           ("YouTube", "https://www.youtube.com/watch?v="), ("Threads", "https://www.threads.net/@")]  # fmt: skip
_SOCIAL_TITLES = ["Ganpati Bappa Morya! Our eco-friendly modak boxes are here", "Kem cho, Surat? Our new store opens this Navratri",
                  "Mumbai rains, cutting chai and UPI: a thread", "Why we never ran a TV ad", "Hetal's garba look, styled by us",
                  "Five lessons from building a D2C brand in Rajkot", "Shubh Deepavali from all of us", "Uttarayan kites and cashback",
                  "Amul topical: Utterly Butterly Olympics", "Gudi Padwa offers are live", "Happy Parsi New Year - Navroz Mubarak"]  # fmt: skip
_PODCASTS = ["The Brand Katha Podcast", "Marketing Mantras", "The Desi Marketer", "Finshots Daily", "WTF is with Nikhil Kamath",
             "The Seen and the Unseen", "Gujju Biz Talks"]  # fmt: skip
_VIDEOS = ["How Zerodha markets without ads", "Inside DMart's low-price model", "The Amul girl at 60", "Why Jio won India",
           "Haldiram's: from Bikaner to Nagpur", "Balaji Wafers and the Rajkot story", "Navratri marketing explained"]  # fmt: skip


class Blind162WorkFactory(WorkFactory):
    """The blind162 pool's works: western India and its diaspora, every kind a candidate of this theme cites."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 11, "chapter": 5, "journal": 20, "thesis": 5, "conference": 4, "report": 4, "company": 11,
             "trade-body": 6, "government": 8, "legislation": 5, "market-research": 8, "news": 10, "social": 3,
             "podcast": 2, "video": 2, "web": 5}  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = tuple(DRAWN)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 162 + 16201)
        self.organisations: list[tuple[str, str, set[str], int]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.28:  # Marathi, often with the father's or husband's name as a middle name
            family = rng.choice(_MARATHI_SURNAMES)
            given = rng.choice(_MARATHI_MEN + _MARATHI_WOMEN)
            style = rng.random()
            if style < 0.35:
                given = f"{given} {rng.choice(_MARATHI_FATHERS)}"
            elif style < 0.5:  # initials first, as printed on Indian papers
                given = f"{given[0]}.{rng.choice(_MARATHI_FATHERS)[0]}."
            elif style < 0.56:
                family = f"{family}-{rng.choice(_MARATHI_SURNAMES + _GUJARATI_SURNAMES)}"
                if family.split("-")[0] == family.split("-")[1]:
                    family = family.split("-")[0]
            return {"family": family, "given": given}
        if roll < 0.56:  # Gujarati, with -bhai and -ben now and then
            family = rng.choice(_GUJARATI_SURNAMES)
            style = rng.random()
            if style < 0.2:
                given = rng.choice(_GUJARATI_BHAI + _GUJARATI_BEN)
            elif style < 0.45:
                given = f"{rng.choice(_GUJARATI_MEN + _GUJARATI_WOMEN)} {rng.choice(_GUJARATI_FATHERS)}"
            elif style < 0.58:
                given = f"{rng.choice(_GUJARATI_MEN)[0]}.{rng.choice(_GUJARATI_FATHERS)[0]}."
            else:
                given = rng.choice(_GUJARATI_MEN + _GUJARATI_WOMEN)
            return {"family": family, "given": given}
        if roll < 0.64:
            family, given = rng.choice(_PARSI)
            return {"family": family, "given": given}
        if roll < 0.72:
            family, given = rng.choice(_BOHRA_KHOJA_MEMON)
            return {"family": family, "given": given}
        if roll < 0.77:
            if rng.random() < 0.4:
                particle, family, given = rng.choice(_GOAN_PARTICLE)
                return {"family": family, "given": given, "non-dropping-particle": particle}
            family, given = rng.choice(_GOAN)
            return {"family": family, "given": given}
        if roll < 0.86:
            family, given = rng.choice(_DIASPORA_BRITISH)
            return {"family": family, "given": given}
        family, given = rng.choice(_EXPATRIATES)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(p["family"] != name["family"] or p["given"] != name["given"] for p in people):
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates, titles
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        rng = self.rng
        first = issued[0] if issued else 2022
        year = rng.randint(max(first, 2022), max(first, 2025))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = rng.randint(issued[1], 12)
            day = rng.randint(issued[2] if month == issued[1] and len(issued) > 2 else 1, 28)
        return {"date-parts": [[year, month, day]]}

    def _place(self) -> str:
        return self.rng.choice(_PLACES + (_DIASPORA_PLACES if self.rng.random() < 0.25 else []))

    def _title(self) -> str:
        rng = self.rng
        topic = rng.choice(_TOPICS)
        cap = topic[0].upper() + topic[1:]
        forms = [
            f"{cap}: evidence from {self._place()}",
            f"Consumer attitudes towards {topic} in {self._place()}",
            f"Impact of {topic} on {rng.choice(_OUTCOMES)} among {rng.choice(_AUDIENCES)}: a study of {self._place()}",
            f"A study of {topic} with special reference to {self._place()}",
            f"Determinants of {rng.choice(_OUTCOMES)} in {topic}: a PLS-SEM approach",
            f"{cap} and {rng.choice(_OUTCOMES)}: the moderating role of {rng.choice(_TOPICS)}",
            f"What drives {topic}? Insights from {rng.choice(_AUDIENCES)} in {self._place()}",
            f"{cap} in India: opportunities and challenges",
        ]
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _finish_person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _finish_org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("RBI, 2019a" and "2019b").
        same_kind = [o for o in self.organisations if o[0] == kind]
        if same_kind and "issued" in record and kind not in ("news", "social", "video") and self.rng.random() < 0.15:
            _kind, name, tags, year = self.rng.choice(same_kind)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after([year])
            if record.get("publisher") and kind in ("report", "company", "government", "trade-body", "market-research"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((kind, name, set(tags), record["issued"]["date-parts"][0][0]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year_text = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year_text, True, 1, kind, set(tags) | {"organisation"})

    def _book(self) -> Work:
        rng = self.rng
        local = rng.random() < 0.15
        publisher, place = rng.choice(_LOCAL_PUBLISHERS if local else _PUBLISHERS)
        title = rng.choice(_LOCAL_BOOKS) if local else (rng.choice(_BOOKS) if rng.random() < 0.5 else self._title())
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if rng.random() < 0.35:
            record["edition"] = str(rng.randint(2, 16))
        if rng.random() < 0.12:  # an e-book read online
            record["medium"] = "e-book"
            record["URL"] = f"https://www.google.co.in/books/edition/_/{rng.randint(10**9, 10**10)}"
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._finish_person(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        editors = [self.person() for _ in range(rng.randint(1, 3))]
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": editors,
            "container-title": rng.choice(["Marketing in India: cases and readings", "Handbook of Indian consumer behaviour",
                                           "Fintech and financial inclusion in India", "The Routledge companion to Indian business",
                                           "Co-operatives in a changing India", "Diaspora marketing", "Emerging markets and brands"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := rng.randint(1, 380))}-{start + rng.randint(10, 30)}",
        }  # fmt: skip
        if rng.random() < 0.3:
            record["edition"] = str(rng.randint(2, 4))
        return self._finish_person(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "article-journal", "title": rng.choice(_LOCAL_TITLES) if rng.random() < 0.06 else self._title(),
            "author": self._people(8), "container-title": rng.choice(_JOURNALS),
            "issued": {"date-parts": [[self.year()]]}, "volume": str(rng.randint(1, 60)), "issue": str(rng.randint(1, 12)),
            "page": f"{(start := rng.randint(1, 700))}-{start + rng.randint(8, 25)}",
        }  # fmt: skip
        if rng.random() < 0.45:
            record["DOI"] = (
                f"10.{rng.choice([1177, 1108, 1016, 1002, 17010, 1080])}/{rng.choice(['0256090923', 'IJBM-03-2021-0112', 'j.jretconser.2023', 'mar.21', 'ijm/2022/v52i4'])}.{rng.randint(100, 99999)}"
            )
        return self._finish_person(record, "journal")

    def _thesis(self) -> Work:
        rng = self.rng
        university, place = rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": rng.choice(_LOCAL_TITLES) if rng.random() < 0.3 else self._title(),
            "author": [self.person()], "genre": rng.choice(_THESIS_GENRES), "publisher": university,
            "publisher-place": place, "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        if rng.random() < 0.5:
            record["URL"] = f"https://shodhganga.inflibnet.ac.in/handle/10603/{rng.randint(10000, 499999)}"
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._finish_person(record, "thesis")

    def _conference(self) -> Work:
        rng = self.rng
        container, place, publisher = rng.choice(_CONFERENCES)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4), "container-title": container,
            "event-place": place, "publisher": publisher, "issued": {"date-parts": [[self.year()]]},
            "page": f"{(start := rng.randint(1, 500))}-{start + rng.randint(5, 14)}",
        }  # fmt: skip
        return self._finish_person(record, "conference")

    def _report(self) -> Work:
        """A working paper or report by named authors: IIMA working papers, RBI staff studies, think-tank briefs."""
        rng = self.rng
        publisher, place = rng.choice([("Indian Institute of Management Ahmedabad", "Ahmedabad"),
                                       ("Reserve Bank of India", "Mumbai"), ("Gokhale Institute of Politics and Economics", "Pune"),
                                       ("Observer Research Foundation", "Mumbai"), ("NCAER", "New Delhi"),
                                       ("SPJIMR", "Mumbai")])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if rng.random() < 0.5:
            record["genre"] = rng.choice(
                ["Working paper", "W.P. No. 2021-03-01", "RBI Working Paper Series No. 07", "Occasional paper"]
            )
        if rng.random() < 0.5:
            domain = {"Indian Institute of Management Ahmedabad": "iima.ac.in", "Reserve Bank of India": "rbi.org.in",
                      "Gokhale Institute of Politics and Economics": "gipe.ac.in", "Observer Research Foundation": "orfonline.org",
                      "NCAER": "ncaer.org", "SPJIMR": "spjimr.org"}[publisher]  # fmt: skip
            record["URL"] = f"https://www.{domain}/publications/{rng.randint(100, 9999)}"
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._finish_person(record, "report")

    def _company(self) -> Work:
        rng = self.rng
        name, tags, url = rng.choice(_COMPANIES)
        issued = [self.year()] if rng.random() < 0.85 else None
        if issued and issued[0] < 2005:
            issued = [rng.randint(2012, 2025)]
        if rng.random() < 0.45 and issued:
            title = rng.choice([f"Annual report {issued[0] - 1}-{str(issued[0])[2:]}", f"Integrated annual report {issued[0]}",
                                f"Investor presentation Q{rng.randint(1, 4)} FY{str(issued[0])[2:]}",
                                f"Business responsibility and sustainability report {issued[0]}"])  # fmt: skip
            record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                      "publisher-place": rng.choice(["Mumbai", "Ahmedabad", "Anand", "Pune", "Gurugram"])}  # fmt: skip
        else:
            title = rng.choice(
                [
                    "About us",
                    "Our story",
                    "Press release: festive campaign launch",
                    "Sustainability",
                    "Customer charter",
                    "Newsroom",
                    "Brand history",
                    "Careers: life at the company",
                    "Investor relations",
                    "Our co-operative model",
                    "Privacy policy",
                ]
            )
            record = {"type": "webpage", "title": title}
        record["URL"] = f"{url}/{rng.choice(['about-us', 'investors', 'press', 'sustainability', 'newsroom'])}"
        record["accessed"] = self._accessed_after(issued)
        if issued:
            record["issued"] = {"date-parts": [issued]}
        return self._finish_org(record, "company", name, tags)

    def _trade_body(self) -> Work:
        rng = self.rng
        name = rng.choice(_TRADE_BODIES)
        issued = [rng.randint(2014, 2025)] if rng.random() < 0.85 else None
        title = rng.choice(["Indian digital advertising report {y}", "Internet in India {y}", "Retail in India: the road ahead",
                            "Festive retail outlook {y}", "Brand India: dairy", "State of the Indian payments industry {y}",
                            "Code of conduct for members", "Mutual funds Sahi Hai: investor awareness {y}",
                            "Indian media and entertainment report {y}"]).format(y=issued[0] if issued else 2024)  # fmt: skip
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": title,
                                  "URL": f"https://www.{self._domain(name)}/{rng.randint(10, 999)}"}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = rng.choice(["Mumbai", "New Delhi", "Ahmedabad", "Surat"])
        if rng.random() < 0.9:
            record["accessed"] = self._accessed_after(issued)
        if issued:
            record["issued"] = {"date-parts": [issued]}
        return self._finish_org(record, "trade-body", name, {"trade-body"})

    def _government(self) -> Work:
        rng = self.rng
        name = rng.choice(_GOVERNMENT)
        year = rng.randint(2010, 2025)
        own = next((titles for key, titles in _GOV_OWN_TITLES.items() if name.startswith(key)), _GOV_TITLES)
        title = rng.choice(own).format(y=year - 1, y2=str(year)[2:], q=rng.choice(["January-March", "July-September"]))
        base = next((url for key, url in _GOV_URLS.items() if name.startswith(key)), "https://www.india.gov.in/")
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": f"{base}{rng.randint(1000, 999999)}"}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = next(
                (place for key, place in _GOV_PLACES.items() if key in name), rng.choice(["Mumbai", "New Delhi"])
            )
        record["accessed"] = self._accessed_after([year])
        tags = {"government"} | ({"abbreviation"} if "(" in name else set()) | ({"comma"} if "," in name else set())
        return self._finish_org(record, "government", name, tags)

    def _legislation(self) -> Work:
        rng = self.rng
        name, title, year = rng.choice(_LAWS)
        record: dict[str, Any] = {"type": rng.choice(["webpage", "report", "webpage"]), "title": title.format(y=year),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": ("https://maharashtra.gov.in/Site/Upload/GR/" if "Maharashtra" in name
                                          else "https://gad.gujarat.gov.in/act/" if "Gujarat" in name
                                          else rng.choice(["https://www.indiacode.nic.in/handle/123456789/",
                                                           "https://egazette.gov.in/WriteReadData/"])) + str(rng.randint(1000, 99999))}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = "Government of India Press" if "India" in name else name
            record["publisher-place"] = (
                "New Delhi" if "India" in name else ("Gandhinagar" if "Gujarat" in name else "Mumbai")
            )
        record["accessed"] = self._accessed_after([year])
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        return Work(record, name, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(_RESEARCH)
        year = rng.randint(2015, 2025) if rng.random() < 0.9 else None
        title = rng.choice(_RESEARCH_TITLES).format(y=year or 2024)
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/in/{rng.randint(100, 99999)}"}  # fmt: skip
        if rng.random() < 0.92:
            record["accessed"] = self._accessed_after([year] if year else None)
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._finish_org(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        rng = self.rng
        local = rng.random() < 0.25
        paper = rng.choice(_NEWS_LOCAL if local else _NEWS_EN)
        year = rng.randint(2012, 2025)
        issued = [year, rng.randint(1, 12), rng.randint(1, 28)]
        title = rng.choice(_NEWS_LOCAL_TITLES) if local else rng.choice([
            f"{rng.choice(['Jio', 'Airtel', 'Vi'])} raises tariffs; users in {rng.choice(_PLACES)} look for cheaper plans",
            f"Amul's topical ads turn {rng.randint(40, 60)}", f"PhonePe and Paytm battle for {rng.choice(_PLACES)}'s kirana stores",
            f"DMart opens {rng.randint(2, 9)} new stores in {rng.choice(_PLACES)}", "Haldiram's stake sale: what it means for snack brands",
            f"Navratri ad spends cross Rs {rng.randint(200, 900)} crore", "Zerodha's Nithin Kamath on growth without advertising",
            f"Diwali sales: e-commerce GMV up {rng.randint(10, 40)}%", "Balaji Wafers takes on PepsiCo in western India",
            f"How Gujarati grocers in {rng.choice(_DIASPORA_PLACES)} adapted to quick commerce",
            "ASCI flags 3,000 influencer posts in a year", "Akasa Air bets on Mumbai and Ahmedabad", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": paper,
                                  "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.{paper.lower().replace(' ', '').replace('!', '')}.com/news/{rng.randint(10**6, 10**8)}"}  # fmt: skip
        if rng.random() < 0.88:
            record["accessed"] = self._accessed_after(issued)
        if rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._finish_person(record, "news")
        return self._finish_org(record, "news", paper, {"press"})

    def _social(self) -> Work:
        rng = self.rng
        platform, url = rng.choice(_SOCIAL)
        issued = [rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "post", "title": rng.choice(_SOCIAL_TITLES), "container-title": platform,
                                  "issued": {"date-parts": [issued]}, "URL": f"{url}{rng.randint(10**6, 10**9)}",
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        if rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._finish_person(record, "social")
        name, tags, _url = rng.choice(_COMPANIES)
        return self._finish_org(record, "social", name, tags)

    def _podcast(self) -> Work:
        rng = self.rng
        issued = [rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {rng.randint(3, 240)}: {self._title()}",
                                  "container-title": rng.choice(_PODCASTS), "medium": "Podcast",
                                  "author": self._people(2), "issued": {"date-parts": [issued]},
                                  "URL": f"https://open.spotify.com/episode/{rng.randint(10**8, 10**9)}",
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        return self._finish_person(record, "podcast")

    def _video(self) -> Work:
        rng = self.rng
        issued = [rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "motion_picture", "title": rng.choice(_VIDEOS), "medium": "YouTube video",
                                  "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.youtube.com/watch?v={rng.randint(10**8, 10**9)}",
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        if rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._finish_person(record, "video")
        name = rng.choice(
            [
                "Think School",
                "CNBC-TV18",
                "Zee Business",
                "ABP Majha",
                "Zee 24 Taas",
                "TV9 Gujarati",
                "Business Standard",
                "afaqs!",
                "IIM Ahmedabad",
            ]
        )
        return self._finish_org(record, "video", name, {"press"})

    def _web(self) -> Work:
        """A web page or blog: a person's blog or an undated page of an organisation."""
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://{rng.choice(['medium.com/@', 'www.linkedin.com/pulse/', 'yourstory.com/', 'inc42.com/'])}{rng.randint(1000, 99999)}"}  # fmt: skip
        if rng.random() >= 0.55:  # an organisation's blog or help page
            name, tags, url = rng.choice(_COMPANIES)
            topic = rng.choice(_TOPICS)
            record["title"] = rng.choice([f"Blog: {topic} explained", f"Everything you need to know about {topic}",
                                          f"FAQs: {topic}", f"{topic[0].upper()}{topic[1:]}: our approach",
                                          f"5 tips for {topic} this {rng.choice(['Diwali', 'Navratri', 'Ganeshotsav', 'festive season'])}"])  # fmt: skip
            record["URL"] = f"{url}/blog/{rng.randint(100, 9999)}"
            dated = rng.random() < 0.55
            if dated:
                record["issued"] = {"date-parts": [[rng.randint(2014, 2025)]]}
            if rng.random() < 0.85:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if dated else None)
            return self._finish_org(record, "web", name, tags | ({"undated"} if not dated else set()))
        dated = rng.random() < 0.55
        if dated:
            record["issued"] = {"date-parts": [[rng.randint(2014, 2025)]]}
        if rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if dated else None)
        record["author"] = self._people(2)
        return self._finish_person(record, "web")

    @staticmethod
    def _domain(name: str) -> str:
        """A trade body's domain from its abbreviation, or its initials: "iamai.in", "ficci.in"."""
        short = (
            name.split(" (")[1].rstrip(")").split()[0]
            if " (" in name
            else "".join(w[0] for w in name.split() if w[0].isupper())
        )
        return f"{short.lower()}.{'org' if 'India' not in name else 'in'}"
