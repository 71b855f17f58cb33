"""Works for the hundred-and-thirty-third independent pool, "blind133" (HELD OUT): what marketers in Zambia, Zimbabwe
and Malawi and their diaspora cite in CIM Level 6 and 7 reports and MBA assignments.

Bemba, Tonga, Lozi, Nyanja, Shona, Ndebele, Chewa, Tumbuka and Yao names (with the virtue and English-word given
names, married double surnames and the Chichewa "ŵ"), Asian and white Zimbabwean and Zambian names with their
particles, regional and international journals with up to eight authors, textbooks and e-books, chapters, theses
from UNZA, CBU, UZ, NUST and UNIMA, conference papers, company pages and reports with their legal forms ((Pvt) Ltd,
Private Limited, PLC, plc), regulators (Bank of Zambia, RBZ, RBM, ZICTA, POTRAZ, MACRA), statistics agencies,
ministries, Acts by number and by chapter and Statutory Instruments, research firms, the regional press signed and
unsigned, social posts, videos and podcasts, and titles in Bemba, Shona, Ndebele and Chichewa with English in
square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# Family names by people, as they appear on papers, theses and bylines.
_ZAMBIAN = ["Mwanza", "Phiri", "Banda", "Tembo", "Mulenga", "Bwalya", "Chanda", "Mumba", "Musonda", "Kunda", "Lungu",
            "Sakala", "Zulu", "Chileshe", "Kapembwa", "Mwale", "Mweemba", "Hamoonga", "Siamwiza", "Muleya", "Munsaka",
            "Hachipuka", "Mubita", "Sitali", "Liswaniso", "Akapelwa", "Mukelabai", "Inambao", "Kabwe", "Mutale",
            "Chisanga", "Kasonde", "Mwamba", "Chibwe", "Nkandu", "Chilufya", "Kalaba", "Ng'andu", "Mwiinga",
            "Simuchimba", "Habeenzu", "Mainza", "Nalumango", "Mwila", "Kaunda"]  # fmt: skip
_ZIMBABWEAN = ["Moyo", "Ncube", "Dube", "Sibanda", "Nyathi", "Ndlovu", "Mpofu", "Khumalo", "Tshuma", "Mhlanga",
               "Gumbo", "Marufu", "Mapfumo", "Mutasa", "Makoni", "Chigumba", "Madzima", "Nyamande", "Mukarati",
               "Chirisa", "Makumbe", "Shumba", "Zhou", "Chidzonga", "Mawere", "Chikowore", "Mutambara", "Mazviita",
               "Nyoni", "Maphosa", "Sithole", "Chinyoka", "Gwatidzo", "Mukwashi", "Matamanda", "Nhamo", "Chiweshe",
               "Mlambo", "Zvavahera", "Hove", "Mazarura", "Chinembiri"]  # fmt: skip
_MALAWIAN = ["Chirwa", "Mutharika", "Banda", "Phiri", "Mkandawire", "Mkandaŵire", "Kamanga", "Nyirenda", "Msiska",
             "Gondwe", "Mhango", "Munthali", "Kumwenda", "Chisale", "Kachingwe", "Chimwaza", "Jere", "Chikoko",
             "Chilima", "Kalua", "Ngwira", "Mbewe", "Chiponda", "Mussa", "Chikaonda", "Bwanali", "Makawa", "Jumbe",
             "Salimu", "Mtambo", "Msowoya", "Kaŵinga", "Chiŵaula", "Ng'ambi", "Kanyinji", "Mbendera", "Kaunda",
             "Nkhoma", "Chisiza"]  # fmt: skip
_GIVEN = ["Precious", "Blessing", "Gift", "Memory", "Loveness", "Trymore", "Talent", "Innocent", "Beauty", "Mercy",
          "Patience", "Prudence", "Given", "Knowledge", "Learnmore", "Tapiwa", "Tatenda", "Rutendo", "Tafadzwa",
          "Nyasha", "Farai", "Tinashe", "Chipo", "Kudakwashe", "Tendai", "Rumbidzai", "Nokuthula", "Thandiwe",
          "Sibusiso", "Mthokozisi", "Bongani", "Chimwemwe", "Chikondi", "Thokozani", "Madalitso", "Kondwani",
          "Mphatso", "Dalitso", "Mwiza", "Bupe", "Mwila", "Natasha", "Mapalo", "Chomba", "Lubinda", "Mubanga",
          "Choolwe", "Luyando", "Namakau", "Inonge", "Chilufya", "Lushomo", "Godknows", "Wellington", "Fortune",
          "Justice", "Lovemore", "Charity", "Brighton", "Kelvin", "Fungai", "Shingirai", "Edith", "Joyce",
          "Emmanuel", "Esnart", "Agness", "Yamikani", "Tiwonge", "Mayeso"]  # fmt: skip
# Asian, white and expatriate names as they appear on the region's papers and reports.
_OTHERS = [("Patel", "Nirav"), ("Desai", "Hemal"), ("Jussab", "Abdul"), ("Lalani", "Shenaz"), ("Mahomed", "Yusuf"),
           ("Dhanani", "Riaz"), ("Naik", "Priya"), ("Osman", "Fatima"), ("Karim", "Imran"), ("Fletcher", "Graham"),
           ("Rutherford", "Alison"), ("Kennedy", "Bruce"), ("Bester", "Hennie"), ("Coetzee", "Marike"),
           ("Fourie", "Wian"), ("O'Brien", "Siobhan"), ("McGregor", "Duncan"), ("Müller", "Jörg"),
           ("Lefèvre", "Amélie"), ("Sørensen", "Mette"), ("Smith", "Helen"), ("Taylor", "Kevin"),
           ("Wang", "Lei"), ("Liu", "Xiaoyan"), ("Janse van Rensburg", "Pieter"), ("Ashworth", "Claire")]  # fmt: skip
_PARTICLED = [("van der", "Merwe", "Johan"), ("du", "Plessis", "Anri"), ("de", "Wet", "Karien"),
              ("du", "Toit", "Riaan"), ("van", "Wyk", "Elsabé"), ("le", "Roux", "Francois")]  # fmt: skip

_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Cape Town"), ("Juta", "Cape Town"), ("Van Schaik", "Pretoria"),
               ("Weaver Press", "Harare"), ("UNZA Press", "Lusaka"), ("Mambo Press", "Gweru"),
               ("Wiley", "Chichester"), ("Palgrave Macmillan", "Cham"), ("Kachere Series", "Zomba"),
               ("Langaa RPCIG", "Bamenda"), ("Cengage", "Andover")]  # fmt: skip
_CLASSICS = [("Kotler", "Philip", "Marketing management"), ("Jobber", "David", "Principles and practice of marketing"),
             ("Chaffey", "Dave", "Digital marketing: strategy, implementation and practice"),
             ("Porter", "Michael", "Competitive strategy"), ("Grönroos", "Christian", "Service management and marketing"),
             ("Baines", "Paul", "Marketing"), ("Keller", "Kevin Lane", "Strategic brand management")]  # fmt: skip
_JOURNALS = ["Journal of African Business", "African Journal of Business Management", "International Journal of Bank Marketing",
             "Zambia Social Science Journal", "Journal of Southern African Studies", "Southern African Business Review",
             "African Journal of Economic and Management Studies", "Journal of Retailing and Consumer Services",
             "Telecommunications Policy", "Information Technology for Development", "Journal of Marketing Management",
             "Zimbabwe Journal of Business, Economics and Management", "Journal of Humanities (Zomba)",
             "Acta Commercii", "The Electronic Journal of Information Systems in Developing Countries"]  # fmt: skip
_TOPICS = ["mobile money adoption", "EcoCash merchant payments", "Airtel Money agent networks", "TNM Mpamba in rural Malawi",
           "brand loyalty among Harare shoppers", "price perception under currency instability", "the ZiG and consumer trust",
           "opaque beer brands", "Chibuku and the shebeen trade", "maize-meal brand switching", "supermarket loyalty cards",
           "OK Zimbabwe's Grand Challenge promotion", "diaspora remittances and the brand", "WhatsApp commerce",
           "bancassurance uptake", "microfinance client retention", "tobacco auction floors", "tea estate branding",
           "sugar price controls", "copper-belt employer branding", "airline service quality", "Proflight Zambia's route network",
           "radio advertising in Chichewa", "vernacular advertising", "informal traders and digital payments",
           "Shoprite's expansion in Zambia", "Chipiku Plus store formats", "corporate social responsibility on the Copperbelt",
           "funeral insurance", "tourism marketing at Victoria Falls", "Kuomboka and destination branding",
           "soft-drink returnable bottles", "data bundle pricing", "customer complaints to POTRAZ", "SME branding in Mzuzu"]  # fmt: skip
_LOCAL_TITLES = [
    "Ifyo abakasitomala basalapo ifyakunwa mu Lusaka [How customers in Lusaka choose drinks]",
    "Ukushitisha kwa mabanki ku Copperbelt [Bank marketing on the Copperbelt]",
    "Kushandiswa kwemari panharembozha muZimbabwe [The use of mobile money in Zimbabwe]",
    "Kutengesa zvigadzirwa zvemumba kuHarare [Selling local products in Harare]",
    "Ukuthengiswa kwemikhiqizo yendawo eBulawayo [Marketing local products in Bulawayo]",
    "Kagwiritsidwe ntchito ka Mpamba m'midzi [The use of Mpamba in villages]",
    "Malonda a fodya ku Malaŵi [The tobacco trade in Malawi]",
    "Zotsatsa pa wailesi ndi ogula [Radio advertisements and consumers]",
    "Ubukwebo bwa nshima: ifyo makampani yalanshanya [The maize-meal trade: how firms compete]",
    "Mashandisirwo emasocial media nemabhizimisi madiki [How small businesses use social media]",
]  # fmt: skip

_REGULATORS: list[tuple[str, set[str], str]] = [
    ("Bank of Zambia", {"government"}, "https://www.boz.zm"),
    ("Bank of Zambia (BoZ)", {"government", "abbreviation"}, "https://www.boz.zm"),
    ("Reserve Bank of Zimbabwe", {"government"}, "https://www.rbz.co.zw"),
    ("Reserve Bank of Zimbabwe (RBZ)", {"government", "abbreviation"}, "https://www.rbz.co.zw"),
    ("Reserve Bank of Malawi", {"government"}, "https://www.rbm.mw"),
    ("Zambia Information and Communications Technology Authority", {"government"}, "https://www.zicta.zm"),
    ("ZICTA", {"government", "acronym"}, "https://www.zicta.zm"),
    ("Postal and Telecommunications Regulatory Authority of Zimbabwe (POTRAZ)", {"government", "abbreviation"}, "https://www.potraz.gov.zw"),
    ("POTRAZ", {"government", "acronym"}, "https://www.potraz.gov.zw"),
    ("Malawi Communications Regulatory Authority (MACRA)", {"government", "abbreviation"}, "https://www.macra.mw"),
    ("MACRA", {"government", "acronym"}, "https://www.macra.mw"),
    ("Zambia Statistics Agency", {"government"}, "https://www.zamstats.gov.zm"),
    ("ZamStats", {"government", "acronym"}, "https://www.zamstats.gov.zm"),
    ("Zimbabwe National Statistics Agency", {"government"}, "https://www.zimstat.co.zw"),
    ("ZIMSTAT", {"government", "acronym"}, "https://www.zimstat.co.zw"),
    ("National Statistical Office", {"government"}, "https://www.nsomalawi.mw"),
    ("Competition and Consumer Protection Commission", {"government"}, "https://www.ccpc.org.zm"),
    ("Competition and Tariff Commission", {"government"}, "https://www.competition.co.zw"),
    ("Consumer Protection Commission (CPC)", {"government", "abbreviation"}, "https://www.cpc.co.zw"),
    ("Insurance and Pensions Commission (IPEC)", {"government", "abbreviation"}, "https://www.ipec.co.zw"),
    ("Pensions and Insurance Authority", {"government"}, "https://www.pia.org.zm"),
    ("Securities and Exchange Commission, Zambia", {"government", "comma"}, "https://www.seczambia.org.zm"),
    ("Zambia Revenue Authority", {"government"}, "https://www.zra.org.zm"),
    ("ZIMRA", {"government", "acronym"}, "https://www.zimra.co.zw"),
    ("Malawi Revenue Authority", {"government"}, "https://www.mra.mw"),
    ("Ministry of Finance and National Planning", {"government"}, "https://www.mofnp.gov.zm"),
    ("Ministry of Finance, Economic Development and Investment Promotion", {"government", "comma"}, "https://www.mofed.gov.zw"),
    ("Ministry of Information, Publicity and Broadcasting Services", {"government", "comma"}, "https://www.infomin.gov.zw"),
    ("Ministry of Trade and Industry, Malawi", {"government", "comma"}, "https://www.trade.gov.mw"),
    ("Zambia Development Agency", {"government"}, "https://www.zda.org.zm"),
    ("ZimTrade", {"government"}, "https://www.zimtrade.co.zw"),
    ("Malawi Investment and Trade Centre", {"government"}, "https://www.mitc.mw"),
    ("Zambia Tourism Agency", {"government"}, "https://www.zambiatourism.com"),
    ("Zimbabwe Tourism Authority", {"government"}, "https://www.zimbabwetourism.net"),
]  # fmt: skip
_COMPANIES: list[tuple[str, set[str], str]] = [
    ("Airtel Networks Zambia Plc", {"company"}, "https://www.airtel.co.zm"),
    ("Airtel Malawi plc", {"company", "lowercase"}, "https://www.airtel.mw"),
    ("MTN Zambia", {"company"}, "https://www.mtn.zm"), ("Zamtel", {"company"}, "https://www.zamtel.zm"),
    ("Econet Wireless Zimbabwe Limited", {"company"}, "https://www.econet.co.zw"),
    ("Cassava Smartech Zimbabwe Limited", {"company"}, "https://www.cassavasmartech.co.zw"),
    ("EcoCash Holdings Zimbabwe Limited", {"company"}, "https://www.ecocashholdings.co.zw"),
    ("NetOne Cellular (Private) Limited", {"company", "brackets"}, "https://www.netone.co.zw"),
    ("Telekom Networks Malawi plc", {"company", "lowercase"}, "https://www.tnm.co.mw"),
    ("TNM", {"company", "acronym"}, "https://www.tnm.co.mw"),
    ("Zambian Breweries Plc", {"company"}, "https://www.zambianbreweries.com"),
    ("National Breweries Plc", {"company"}, "https://www.nbreweries.co.zm"),
    ("Delta Corporation Limited", {"company"}, "https://www.delta.co.zw"),
    ("Castel Malawi Limited", {"company"}, "https://www.castelmalawi.com"),
    ("Southern Bottlers Limited", {"company"}, "https://www.sobo.mw"),
    ("Zambia Sugar Plc", {"company"}, "https://www.zamsugar.zm"),
    ("Illovo Sugar (Malawi) plc", {"company", "brackets", "lowercase"}, "https://www.illovomalawi.com"),
    ("Hippo Valley Estates Limited", {"company"}, "https://www.hippovalley.co.zw"),
    ("Zambeef Products Plc", {"company"}, "https://www.zambeefplc.com"),
    ("Seed Co Limited", {"company"}, "https://www.seedcogroup.com"),
    ("Press Corporation plc", {"company", "lowercase"}, "https://www.presscorp.com"),
    ("National Bank of Malawi plc", {"company", "lowercase"}, "https://www.natbank.co.mw"),
    ("FDH Bank plc", {"company", "lowercase"}, "https://www.fdh.co.mw"),
    ("Zambia National Commercial Bank Plc (Zanaco)", {"company", "abbreviation"}, "https://www.zanaco.co.zm"),
    ("Stanbic Bank Zambia", {"company"}, "https://www.stanbicbank.co.zm"),
    ("CBZ Holdings Limited", {"company"}, "https://www.cbzh.co.zw"),
    ("FBC Holdings Limited", {"company"}, "https://www.fbc.co.zw"),
    ("Steward Bank", {"company"}, "https://www.stewardbank.co.zw"),
    ("OK Zimbabwe Limited", {"company"}, "https://www.okziminvestor.com"),
    ("Innscor Africa Limited", {"company"}, "https://www.innscorafrica.com"),
    ("Shoprite Holdings Ltd", {"company"}, "https://www.shopriteholdings.co.za"),
    ("Chipiku Plus Stores", {"company"}, "https://www.chipiku.mw"),
    ("Copperbelt Energy Corporation Plc", {"company"}, "https://www.cecinternational.com"),
    ("ZCCM Investments Holdings Plc", {"company"}, "https://www.zccm-ih.com.zm"),
    ("Proflight Zambia", {"company"}, "https://www.proflight-zambia.com"),
    ("Air Zimbabwe (Private) Limited", {"company", "brackets"}, "https://www.airzimbabwe.aero"),
    ("Malawian Airlines", {"company"}, "https://www.malawian-airlines.com"),
    ("Madison General Insurance Company Zambia Limited", {"company"}, "https://www.madison.co.zm"),
    ("Old Mutual Zimbabwe", {"company"}, "https://www.oldmutual.co.zw"),
    ("NICO Holdings plc", {"company", "lowercase"}, "https://www.nicomw.com"),
    ("Zimnat", {"company"}, "https://www.zimnat.co.zw"),
    ("First Capital Bank Malawi plc", {"company", "lowercase"}, "https://www.firstcapitalbank.co.mw"),
    ("Chanda & Moyo Communications (Pvt) Ltd", {"company", "ampersand", "brackets"}, "https://www.chandamoyo.co.zw"),
    ("Zambezi Brand Studio Ltd", {"company"}, "https://www.zambezibrand.co.zm"),
    ("Alpha Media Holdings", {"company"}, "https://www.alphamedia.co.zw"),
    ("Zimpapers", {"company"}, "https://www.zimpapers.co.zw"),
    ("ZNBC", {"company", "acronym"}, "https://www.znbc.co.zm"),
    ("Nation Publications Limited", {"company"}, "https://www.mwnation.com"),
]  # fmt: skip
_TRADE: list[tuple[str, set[str], str]] = [
    ("Zambia Institute of Marketing (ZIM)", {"trade-body", "abbreviation"}, "https://www.zim.org.zm"),
    ("Marketers Association of Zimbabwe", {"trade-body"}, "https://www.maz.co.zw"),
    ("Bankers Association of Zambia", {"trade-body"}, "https://www.baz.org.zm"),
    ("Bankers Association of Zimbabwe", {"trade-body"}, "https://www.baz.org.zw"),
    ("Confederation of Zimbabwe Industries (CZI)", {"trade-body", "abbreviation"}, "https://www.czi.co.zw"),
    ("Zambia Association of Manufacturers", {"trade-body"}, "https://www.zam.co.zm"),
    ("Malawi Confederation of Chambers of Commerce and Industry", {"trade-body"}, "https://www.mccci.org"),
    ("Tobacco Industry and Marketing Board", {"trade-body"}, "https://www.timb.co.zw"),
    ("Tea Association of Malawi", {"trade-body"}, "https://www.tamalawi.com"),
    ("Retailers Association of Zimbabwe", {"trade-body"}, "https://www.raz.co.zw"),
    ("Advertising Media Association", {"trade-body"}, "https://www.ama.co.zw"),
    ("Zimbabwe Advertising Research Foundation (ZARF)", {"trade-body", "abbreviation"}, "https://www.zarf.co.zw"),
    ("GSMA", {"trade-body", "acronym"}, "https://www.gsma.com"),
    ("FSD Zambia", {"trade-body"}, "https://www.fsdzambia.org"),
    ("FinMark Trust", {"trade-body"}, "https://www.finmark.org.za"),
    ("Chartered Institute of Marketing", {"trade-body"}, "https://www.cim.co.uk"),
]  # fmt: skip
_COMPANY_PAGES = ["{org} launches new mobile app", "Press release: results for the year", "{org} customer charter",
                  "Tariffs and charges", "Corporate social investment", "Our brands", "{org} supports farmers in the Eastern Province",
                  "Festive season promotion: terms and conditions", "Careers: graduate trainee programme", "Our values",
                  "Send money to Zimbabwe from the UK", "Data bundles and pricing"]  # fmt: skip
_REGULATOR_PAGES = ["Mobile money statistics", "Consumer complaints procedure", "Know your customer (KYC) requirements",
                    "Bank rate announcement", "Public notice: unregistered SIM cards", "Licensed payment system providers",
                    "Consumer price index", "Exchange rates", "{org} warns the public against pyramid schemes",
                    "Quarterly sector statistics", "Registered insurers"]  # fmt: skip
_TRADE_PAGES = ["Membership", "Events: annual marketing awards", "Code of practice", "Industry statistics",
                "Position paper on the mobile money levy", "{org} statement on the currency"]  # fmt: skip
_RESEARCH = ["Statista", "Euromonitor International", "GSMA Intelligence", "Kantar", "Ipsos", "GeoPoll",
             "Afrobarometer", "BMI", "Knoema", "Mintel", "Fitch Solutions", "Research ICT Africa"]  # fmt: skip
_MARKETS = ["mobile money", "soft drinks", "beer", "maize meal", "cooking oil", "mobile data", "insurance", "banking",
            "packaged tea", "sugar", "airline travel", "fast food", "supermarkets", "pay TV"]  # fmt: skip
_COUNTRIES = ["Zambia", "Zimbabwe", "Malawi", "Southern Africa", "SADC", "Sub-Saharan Africa"]
_PRESS = [("The Herald", "https://www.herald.co.zw"), ("NewsDay", "https://www.newsday.co.zw"),
          ("The Chronicle", "https://www.chronicle.co.zw"), ("Zimbabwe Independent", "https://www.theindependent.co.zw"),
          ("The Sunday Mail", "https://www.sundaymail.co.zw"), ("Business Weekly", "https://www.businessweekly.co.zw"),
          ("Techzim", "https://www.techzim.co.zw"), ("Lusaka Times", "https://www.lusakatimes.com"),
          ("Zambia Daily Mail", "https://www.daily-mail.co.zm"), ("Times of Zambia", "https://www.times.co.zm"),
          ("News Diggers!", "https://diggers.news"), ("Zambia Monitor", "https://www.zambiamonitor.com"),
          ("The Nation", "https://www.mwnation.com"), ("Nyasa Times", "https://www.nyasatimes.com"),
          ("Malawi24", "https://malawi24.com"), ("The Times Group", "https://times.mw"),
          ("The Zimbabwean", "https://www.thezimbabwean.co"), ("Reuters", "https://www.reuters.com"),
          ("Bloomberg", "https://www.bloomberg.com"), ("BBC News", "https://www.bbc.co.uk/news"),
          ("Marketing Week", "https://www.marketingweek.com"), ("Campaign", "https://www.campaignlive.co.uk")]  # fmt: skip
_UNIVERSITIES = [("University of Zambia", "Lusaka"), ("Copperbelt University", "Kitwe"),
                 ("University of Zimbabwe", "Harare"), ("National University of Science and Technology", "Bulawayo"),
                 ("University of Malawi", "Zomba"), ("Mzuzu University", "Mzuzu"),
                 ("Malawi University of Business and Applied Sciences", "Blantyre"), ("Midlands State University", "Gweru"),
                 ("Chinhoyi University of Technology", "Chinhoyi"), ("ZCAS University", "Lusaka"),
                 ("University of South Africa", "Pretoria"), ("University of Leicester", "Leicester")]  # fmt: skip
_REPOSITORIES = {"University of Zambia": "http://dspace.unza.zm/handle/123456789",
                 "Copperbelt University": "https://dspace.cbu.ac.zm/handle/123456789",
                 "University of Zimbabwe": "https://ir.uz.ac.zw/handle/10646",
                 "National University of Science and Technology": "https://ir.nust.ac.zw/xmlui/handle/123456789",
                 "University of Malawi": "https://repository.unima.ac.mw/handle/20.500.12988",
                 "Midlands State University": "https://ir.msu.ac.zw:8080/jspui/handle/11408",
                 "University of South Africa": "https://uir.unisa.ac.za/handle/10500",
                 "University of Leicester": "https://figshare.le.ac.uk/articles/thesis"}  # fmt: skip
_DEGREES = ["MBA dissertation", "MBA thesis", "MSc dissertation", "MCom dissertation", "PhD thesis", "DBA thesis",
            "MSc Marketing dissertation", "Master's dissertation"]  # fmt: skip
_CONFERENCES = ["Proceedings of the Copperbelt University International Conference", "Proceedings of the NUST Business Research Conference",
                "Proceedings of the Zambia Institute of Marketing Annual Conference", "Proceedings of the UNIMA Research Dissemination Conference",
                "Proceedings of the IST-Africa Conference", "Proceedings of the Academy of Marketing Conference",
                "Proceedings of the Southern African Institute for Management Scientists Conference"]  # fmt: skip
# Acts by number and by chapter, and Statutory Instruments, cited with the government as author.
_LAWS: list[tuple[str, str, str, str]] = [
    ("Government of the Republic of Zambia", "The Data Protection Act, No. 3 of 2021", "2021", "Lusaka"),
    ("Government of the Republic of Zambia", "The Cyber Security and Cyber Crimes Act, No. 2 of 2021", "2021", "Lusaka"),
    ("Government of the Republic of Zambia", "The Competition and Consumer Protection Act, No. 24 of 2010", "2010", "Lusaka"),
    ("Government of the Republic of Zambia", "The Banking and Financial Services Act, No. 7 of 2017", "2017", "Lusaka"),
    ("Government of the Republic of Zambia", "The National Payment Systems Act, No. 1 of 2007", "2007", "Lusaka"),
    ("Republic of Zambia", "The Zambia Revenue Authority Act, Cap. 321 of the Laws of Zambia", "1993", "Lusaka"),
    ("Republic of Zambia", "The Information and Communication Technologies Act, No. 15 of 2009", "2009", "Lusaka"),
    ("Government of Zimbabwe", "Cyber and Data Protection Act [Chapter 12:07]", "2021", "Harare"),
    ("Government of Zimbabwe", "Consumer Protection Act [Chapter 14:44]", "2019", "Harare"),
    ("Government of Zimbabwe", "Postal and Telecommunications Act [Chapter 12:05]", "2000", "Harare"),
    ("Government of Zimbabwe", "Statutory Instrument 33 of 2019: Presidential Powers (Temporary Measures) (Amendment of Reserve Bank of Zimbabwe Act and Issue of Real Time Gross Settlement Electronic Dollars (RTGS Dollars)) Regulations", "2019", "Harare"),
    ("Government of Zimbabwe", "Statutory Instrument 142 of 2019: Reserve Bank of Zimbabwe (Legal Tender) Regulations", "2019", "Harare"),
    ("Government of Zimbabwe", "Statutory Instrument 60 of 2024: Reserve Bank of Zimbabwe (Currency) Regulations", "2024", "Harare"),
    ("Government of Zimbabwe", "Banking Act [Chapter 24:20]", "1999", "Harare"),
    ("Government of Malawi", "Electronic Transactions and Cyber Security Act, No. 33 of 2016", "2016", "Lilongwe"),
    ("Government of Malawi", "Data Protection Act, No. 3 of 2024", "2024", "Lilongwe"),
    ("Government of Malawi", "Consumer Protection Act, 2003 (Cap. 48:10)", "2003", "Zomba"),
    ("Government of Malawi", "Communications Act, No. 34 of 2016", "2016", "Lilongwe"),
]  # fmt: skip


class Blind133WorkFactory(WorkFactory):
    """The blind133 pool's works: Zambian, Zimbabwean and Malawian marketing sources and the people who write them."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 11, "chapter": 5, "journal": 20, "thesis": 6, "conference": 4, "company": 11, "regulator": 10,
             "trade-body": 5, "legislation": 4, "market-research": 7, "news": 9, "unsigned-news": 4, "social": 3,
             "video": 3, "undated-web": 4}  # fmt: skip
    KINDS = frozenset({"book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news",
                       "social", "video", "podcast"})  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 133 + 13301)
        self.years: dict[str, list[int]] = {}
        self.laws: set[str] = set()

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        given = self.rng.choice(_GIVEN)
        if roll < 0.3:
            family = self.rng.choice(_ZAMBIAN)
        elif roll < 0.6:
            family = self.rng.choice(_ZIMBABWEAN)
        elif roll < 0.82:
            family = self.rng.choice(_MALAWIAN)
        elif roll < 0.92:
            family, given = self.rng.choice(_OTHERS)
        else:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.82 and self.rng.random() < 0.06:  # a married woman's double surname
            family = f"{family}-{self.rng.choice(_ZAMBIAN + _ZIMBABWEAN + _MALAWIAN)}"
        name = {"family": family, "given": given}
        if self.rng.random() < 0.12:  # a second given name: "Chikondi Grace", "Tendai Blessing"
            name["given"] = f"{given} {self.rng.choice(_GIVEN)}"
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1978, 2004)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, year: int, month: int = 1, day: int = 1) -> dict[str, list[list[int]]]:
        first = max(year, 2021)
        when = [self.rng.randint(first, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if when[:3] < [year, month, day]:
            when = [year, month, day]
        return {"date-parts": [when]}

    def _title(self) -> str:
        if self.rng.random() < 0.08:
            return self.rng.choice(_LOCAL_TITLES)
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(
            [
                "Zambia",
                "Zimbabwe",
                "Malawi",
                "Lusaka",
                "Harare",
                "Bulawayo",
                "Lilongwe",
                "Blantyre",
                "Kitwe",
                "Ndola",
                "Mutare",
                "Mzuzu",
                "Livingstone",
                "the Copperbelt",
                "Southern Africa",
            ]
        )
        if " in " in topic or " at " in topic or " on the " in topic:
            place = self.rng.choice(["Southern Africa", "an emerging market", "a multi-currency economy", "the region"])
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The effect of {topic} on customer loyalty: evidence from {place}",
                 f"Determinants of {topic} among consumers in {place}", f"{topic[0].upper()}{topic[1:]}: a case study of {place}",
                 f"Marketing in a dollarised economy: {topic}", f"An assessment of {topic} in {place}",
                 f"Factors influencing {topic} in {place}", f"Rethinking {topic} in Southern Africa"]  # fmt: skip
        return self.rng.choice(forms)

    def _dated(self, record: dict[str, Any], day: bool = False) -> dict[str, Any]:
        year = self.year()
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if day else [year]
        record["issued"] = {"date-parts": [parts]}
        return record

    def _online(self, record: dict[str, Any], base: str, always: bool = False, exact: bool = False) -> dict[str, Any]:
        slug = "-".join(str(record.get("title", "page")).lower().replace("[", "").replace("]", "").split()[:5])
        slug = "".join(ch for ch in slug if ch.isalnum() or ch == "-")
        record["URL"] = (
            base
            if exact
            else f"{base}/{self.rng.choice(['news', 'media', 'publications', 'about', 'insights', '2023', 'reports'])}/{slug}"
        )
        if always or self.rng.random() < 0.85:
            issued = record.get("issued", {"date-parts": [[2021]]})["date-parts"][0]
            record["accessed"] = self.accessed_after(*issued)
        return record

    def _org(self, pool: list[tuple[str, set[str], str]]) -> tuple[str, set[str], str]:
        return self.rng.choice(pool)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # One organisation with two works in a year now and then: "Bank of Zambia (2019a)" and "(2019b)".
        if "issued" in record and name in self.years and self.rng.random() < 0.25:
            year = self.rng.choice(self.years[name])
            parts = record["issued"]["date-parts"][0]
            record["issued"] = {"date-parts": [[year, *parts[1:]]]}
            if "title" in record:  # a report's title carries its year
                record["title"] = str(record["title"]).replace(str(parts[0]), str(year))
            if "accessed" in record:
                record["accessed"] = self.accessed_after(*record["issued"]["date-parts"][0])
        if "issued" in record:
            self.years.setdefault(name, []).append(record["issued"]["date-parts"][0][0])
        return super()._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        if self.rng.random() < 0.25:
            family, given, title = self.rng.choice(_CLASSICS)
            authors = [{"family": family, "given": given}]
            if self.rng.random() < 0.2:  # an African edition with a local co-author
                authors.append(self.person())
            publisher, place = self.rng.choice(
                [("Pearson", "Harlow"), ("Pearson", "Cape Town"), ("Oxford University Press", "Cape Town")]
            )
        else:
            title, authors = self._title(), self._people(4)
        record: dict[str, Any] = {"type": "book", "title": title, "author": authors, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 17))
        if self.rng.random() < 0.2:  # read as an e-book on a library platform
            record["medium"] = "E-book"
            record["URL"] = (
                f"https://{self.rng.choice(['ebookcentral.proquest.com/lib/unza', 'app.kortext.com', 'www.vlebooks.com', 'books.google.co.zw'])}/{self.rng.randint(10000, 99999)}"
            )
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Marketing in Africa", "Consumer behaviour in Southern Africa",
                                                "Mobile money in Africa: lessons from the field", "Branding in emerging markets",
                                                "Zimbabwe's economy after 2008", "Doing business in Zambia",
                                                "The political economy of Malawi"]),
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(self._dated(record), "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 60)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.8:
            record["issue"] = str(self.rng.randint(1, 6))
        self._dated(record)
        roll = self.rng.random()
        if roll < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice([1080, 1108, 1016, 4102, 5897, 1177])}/{self.rng.choice(['ajems', 'ijbm', 'jab', 'sabr', 'zssj'])}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 9999)}"
            )
        elif roll < 0.6:
            self._online(record, self.rng.choice(["https://journals.unza.zm/index.php", "https://www.ajol.info/index.php",
                                                  "https://zjbem.nust.ac.zw/index.php"]), always=self.rng.random() < 0.8)  # fmt: skip
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(_DEGREES), "publisher": university, "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.4 and university in _REPOSITORIES:
            self._online(record, f"{_REPOSITORIES[university]}/{self.rng.randint(100, 9999)}", always=True, exact=True)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 400)
        city = self.rng.choice(
            ["Lusaka", "Kitwe", "Harare", "Bulawayo", "Victoria Falls", "Lilongwe", "Blantyre", "Livingstone"]
        )
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice(_CONFERENCES), "event-place": city, "publisher-place": city,
            "page": f"{start}-{start + self.rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person_work(self._dated(record), "conference")

    def _company(self) -> Work:
        name, tags, base = self._org(_COMPANIES)
        return self._org_page_or_report(name, tags, base, _COMPANY_PAGES, ["Annual report", "Integrated annual report",
                                                           "Sustainability report", "Abridged audited financial results",
                                                           "Chairman's statement", "Interim results presentation"])  # fmt: skip

    def _regulator(self) -> Work:
        name, tags, base = self._org(_REGULATORS)
        return self._org_page_or_report(name, tags, base, _REGULATOR_PAGES, ["Monetary policy statement", "Annual report",
                                                           "Financial stability report", "Sector performance report",
                                                           "Quarterly telecommunications sector report", "Labour force survey report",
                                                           "National Financial Inclusion Strategy", "Consumer price index bulletin",
                                                           "Mobile money guidelines", "Census of population and housing: preliminary report"])  # fmt: skip

    def _trade_body(self) -> Work:
        name, tags, base = self._org(_TRADE)
        return self._org_page_or_report(name, tags, base, _TRADE_PAGES, ["State of the industry report", "Manufacturing sector survey",
                                                           "The mobile economy: Sub-Saharan Africa", "FinScope consumer survey",
                                                           "Annual review", "Zimbabwe All Media and Products Survey (ZAMPS)"])  # fmt: skip

    def _org_page_or_report(self, name: str, tags: set[str], base: str, pages: list[str], reports: list[str]) -> Work:
        short = name.split(" (")[0]
        if self.rng.random() < 0.5:
            year = self.year()
            title = self.rng.choice(reports)
            title = (
                f"{title} {year}"
                if self.rng.random() < 0.5
                else (f"{title} {year}-{year + 1}" if self.rng.random() < 0.3 else title)
            )
            record: dict[str, Any] = {"type": "report", "title": title, "publisher": short,
                                      "publisher-place": self._place(base),
                                      "issued": {"date-parts": [[year]]}}  # fmt: skip
            if self.rng.random() < 0.6:
                self._online(record, base)
            return self._org_work(record, "report", name, tags)
        record = {"type": "webpage", "title": self._page_title(short, pages)}
        if self.rng.random() < 0.8:
            self._dated(record, day=self.rng.random() < 0.4)
        self._online(record, base)
        if "issued" not in record and "accessed" not in record:
            record["accessed"] = self.accessed_after(2021)
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _place(self, base: str) -> str:
        if base.endswith((".zm", ".zm/")) or ".zm/" in base or "zambia" in base:
            return self.rng.choice(["Lusaka", "Lusaka", "Ndola", "Kitwe"])
        if ".zw" in base or "zim" in base:
            return self.rng.choice(["Harare", "Harare", "Bulawayo"])
        if ".mw" in base or "malawi" in base:
            return self.rng.choice(["Lilongwe", "Blantyre"])
        return self.rng.choice(["Johannesburg", "London"])

    def _page_title(self, short: str, pages: list[str]) -> str:
        title = self.rng.choice([*pages, "About us", "Our history", self._title()])
        return title.replace("{org}", short)

    def _legislation(self) -> Work:
        unused = [law for law in _LAWS if law[1] not in self.laws] or _LAWS
        author, title, year, place = self.rng.choice(unused)
        self.laws.add(title)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[int(year)]]},
                                  "publisher": "Government Printer", "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            sites = {
                "Lusaka": [
                    "https://www.parliament.gov.zm/sites/default/files/documents/acts",
                    "https://zambialii.org/akn/zm/act",
                ],
                "Harare": ["https://www.veritaszim.net/sites/veritas_d/files", "https://zimlii.org/akn/zw/act"],
            }
            self._online(record, self.rng.choice(sites.get(place, ["https://malawilii.org/akn/mw/act"])), always=True)  # fmt: skip
        return self._org_work(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        title = self.rng.choice([f"{market.capitalize()} in {country}", f"{market.capitalize()} in {country}: market report {year}",
                                 f"Number of {market} users in {country} from 2015 to {year}", f"{country} {market} market outlook {year}-{year + 5}",
                                 f"The state of {market} in {country} {year}", f"{country} consumer survey {year}: {market}"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "publisher": name,
            "issued": {"date-parts": [[year]]},
        }
        self._online(record, f"https://www.{name.split()[0].lower()}.com", always=self.rng.random() < 0.9)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        paper, base = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._headline(), "author": self._people(2),
                                  "container-title": paper}  # fmt: skip
        self._dated(record, day=True)
        self._online(record, base)
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        paper, base = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._headline(), "container-title": paper}
        self._dated(record, day=True)
        self._online(record, base, always=True)
        return self._org_work(record, "news", paper, {"press"})

    def _headline(self) -> str:
        return self.rng.choice([
            "EcoCash cuts merchant fees as ZiG settles", "Airtel Money overtakes MTN MoMo in agent numbers",
            "TNM Mpamba launches cross-border transfers", "Zambian Breweries raises Mosi prices", "Chibuku sales rise in rural Zambia",
            "OK Zimbabwe opens new store in Mutare", "Shoprite Zambia to sell outlets", "Chipiku Plus refurbishes Mzuzu branch",
            "Tobacco farmers paid in US dollars", "Tea exports fall as rains delay harvest", "Sugar shortage hits Lilongwe shops",
            "Copper price boosts kwacha", "Kwacha weakens against the dollar", "RBZ introduces the ZiG", "Proflight adds Ndola route",
            "POTRAZ approves new data tariffs", "MACRA warns operators over SIM registration", "ZICTA fines operator over outages",
            "Delta's Castle Lager turns 90", "Banks embrace WhatsApp banking", "Diaspora remittances hit record high",
            "Kuomboka ceremony draws thousands to Limulunga", "Ncwala brings business to Chipata", "Heroes Day holiday lifts retail sales",
            "Bank of Zambia holds policy rate", "Reserve Bank of Malawi devalues kwacha by 44 per cent",
            "Zimbabwe's informal traders go digital", "Mobile money levy sparks outcry",
        ])  # fmt: skip

    def _social(self) -> Work:
        platform = self.rng.choice(["Facebook", "X (formerly Twitter)", "Instagram", "LinkedIn", "TikTok", "X"])
        if self.rng.random() < 0.6:
            name, tags, _base = self._org(_COMPANIES + _REGULATORS[:12])
            record: dict[str, Any] = {"type": "post", "title": self.rng.choice([
                "Send money home this festive season with EcoCash Diaspora", "Happy Independence Day, Zambia! 🇿🇲",
                "Our offices will be closed on Heroes Day", "Celebrating Kuomboka with our customers in Mongu",
                "New data bundles now available: dial *117#", "Public notice: beware of fraudsters",
                "Chilembwe Day: we remember", "Win big with our Umhlangano promotion", "Mpamba ndi moyo! [Mpamba is life!]"]),
                "container-title": platform}  # fmt: skip
            self._dated(record, day=True)
            self._online(
                record, f"https://www.{platform.split()[0].lower()}.com/{name.split()[0].lower()}", always=True
            )
            return self._org_work(record, "social", name, tags | {"social"})
        record = {"type": "post", "title": self.rng.choice([
            "Five lessons from running a brand in a multi-currency economy", "Why mobile money is Africa's real bank",
            "Proud to share our Marketing Society award", "Thread: what the ZiG means for retailers",
            "Reflections on the CIM Level 7 journey from Lusaka"]), "author": [self.person()], "container-title": platform}  # fmt: skip
        self._dated(record, day=True)
        self._online(record, f"https://www.{platform.split()[0].lower()}.com/posts", always=True)
        return self._person_work(record, "social")

    def _video(self) -> Work:
        if self.rng.random() < 0.5:
            name, tags, _base = self._org(_COMPANIES)
            record: dict[str, Any] = {"type": "motion_picture", "medium": "YouTube video", "title": self.rng.choice([
                f"{name.split()[0]} brand story", "Behind the scenes of our Independence Day advert", "Customer testimonials",
                "How to register for mobile money", "Our journey: 50 years of serving the nation"])}  # fmt: skip
            self._dated(record, day=True)
            self._online(
                record,
                "https://www.youtube.com/watch?v=" + "".join(self.rng.choices("abcdefghijkXYZ0123456789", k=11)),
                always=True,
                exact=True,
            )
            return self._org_work(record, "video", name, tags)
        record = {"type": "song", "medium": "Podcast", "author": [self.person()],
                  "title": f"{self.rng.choice(['Marketing in a crisis', 'Growing a brand on WhatsApp', 'Mobile money and the unbanked', 'Selling to the diaspora', 'Building trust in insurance'])}, episode {self.rng.randint(1, 120)}",
                  "container-title": self.rng.choice(["The Zambian Marketer", "Zim Business Pod", "Malawi Means Business", "Africa Brand Talk"])}  # fmt: skip
        self._dated(record, day=True)
        self._online(
            record,
            "https://open.spotify.com/episode/"
            + "".join(self.rng.choices("abcdefghijkmnpqrstuvwxyzABCDEFGH0123456789", k=22)),
            always=True,
            exact=True,
        )
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        if self.rng.random() < 0.35:
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2)}
            self._online(record, self.rng.choice(["https://www.techzim.co.zw", "https://www.zambianbusinesstimes.com",
                                                  "https://www.malawi24.com", "https://medium.com"]), always=True)  # fmt: skip
            return self._person_work(record, "web")
        name, tags, base = self._org(_COMPANIES + _REGULATORS + _TRADE)
        pages = (
            _COMPANY_PAGES
            if (name, tags, base) in _COMPANIES
            else _REGULATOR_PAGES
            if (name, tags, base) in _REGULATORS
            else _TRADE_PAGES
        )
        record = {"type": "webpage", "title": self._page_title(name.split(" (")[0], pages)}
        self._online(record, base, always=True)
        return self._org_work(record, "web", name, tags | {"undated"})
