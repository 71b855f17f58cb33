"""The blind293 pool's prose: Bruneian, Sabahan and Sarawakian marketers' CIM and MBA reports.

Written without reading the checker, its tests or any other pool, from how marketers at banks and Islamic finance
houses, airlines, telecoms, tourism boards, palm-oil and timber firms, retailers and halal-food brands in Brunei,
Sabah and Sarawak and their partners in Peninsular Malaysia and Singapore write in English on Islamic banking,
tourism, halal branding and digital channels. Its decoys are the region's brackets, years and quotation marks that
cite nothing: Islamic finance products and launch years, routes and aircraft, festivals, districts and divisions,
national plans and visions, royal titles and birthdays, parks and inscription years, halal standards, ringgit and
Brunei dollar prices, stock codes, Malay slogans and figures. Fill values of its own come from ``values``.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["BIBD", "Baiduri Bank", "Royal Brunei Airlines", "DST", "imagine", "Progresif", "Hua Ho",
          "Ghanim International", "Sarawak Energy", "Sabah Tourism Board", "Sarawak Tourism Board", "AirAsia",
          "MASwings", "Bank Islam Malaysia", "Maybank", "CIMB", "Sarawak Pay", "Tamu Muhibbah", "Borneo Eco Tours",
          "TAIB Bank", "Supa Save", "Everrise", "Tealive", "Boost", "Touch 'n Go eWallet", "Sabah Tea",
          "Brunei Halal Foods", "Soon Lee MegaMart"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, drawn after the common ones."""
    year = rng.randint(2012, 2024)
    return {
        "Yr": str(year), "Yn": str(year + rng.randint(1, 3)), "k2": str(rng.randint(2, 60)),
        "pc": str(rng.randint(4, 88)), "rm": str(rng.randint(9, 480)), "bnd": str(rng.randint(5, 350)),
        "th": f"{rng.randint(1, 9)},{rng.randint(100, 999)}", "age": str(rng.randint(18, 35)),
        "dist": rng.choice(["Brunei-Muara", "Tutong", "Belait", "Temburong"]),
        "town": rng.choice(["Miri", "Sibu", "Bintulu", "Kuching", "Sandakan", "Tawau", "Kota Kinabalu", "Keningau",
                            "Limbang", "Kuala Belait", "Seria", "Lawas"]),
        "ch": rng.choice(["Instagram", "TikTok", "WhatsApp", "Facebook", "the mobile app", "YouTube", "SMS", "email"]),
        "seg": rng.choice(["Gen Z customers", "civil servants", "longhouse families", "halal-conscious shoppers",
                           "returning students", "SME owners", "pilgrims", "expatriate workers"]),
        "mo": rng.choice(["January", "March", "Ramadan", "June", "August", "October", "December"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argued that {C}, which is very relevant to {B}.", "{N} concluded that {C}.",
    "{N} highlighted that {C}, particularly among {seg}.", "{N} suggested that {C}; this is supported by {B}'s own data.",
    "{N} reported that {C} in Brunei and East Malaysia.", "{N} stated that {C}.", "{N} mentioned that {C}.",
    "{N} emphasised that {C} in a Shariah-compliant setting.", "{N} observed that {C}, although their sample came from the Klang Valley.",
    "{N} further explained that {C} and that {C2}.", "{N} noted that since {Yr}, {C}.",
    "{N} identified that {C} among Muslim consumers.", "{N} recommended that banks like {B} ensure {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In a study of Sarawakian consumers, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "As highlighted by {N}, {C}.", "According to {N}, {C}.", "A survey by {N} found that {C}.",
    "Research in Sabah by {N} showed that {C}.", "{C}; however, {N} found the opposite among {seg}.",
    "{B} appears to have followed {N}, who showed that {C}.", "Similar to the findings of {N}, {C}.",
    "Based on {N}, it can be said that {C}.", "{C}, as {N} pointed out.",
    "For Islamic banks such as {B}, the lesson from {N} is that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "{N} findings are relevant here because {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Previous studies show that {C} {P}.", "For {seg}, {C} {P}.",
    "This matters for {B} because {C} {P}.", "{C}, especially on {ch} {P}.", "It is often argued that {C} {P:see}.",
    "Several studies in Malaysia report that {C} {P:e.g.}.", "In Brunei, {C} {P}.", "{C}. {P}",
    "{B} is no exception, as {C} {P}.", "In the halal market, {C} {P:see also}.", "In short, {C} {P}.",
    "A key point for {B} is that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.", "Studies {P} agree that {C}.",
    "Because {C} {P}, {B} should ensure that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust {T} more than traditional advertising", "{seg} prefer Shariah-compliant products when prices are similar",
    "halal certification increases purchase intention among Muslim consumers", "{B} relies heavily on {ch} to reach {seg}",
    "service quality is the main driver of loyalty in Islamic banks", "{T} improves {R} among {A}",
    "religiosity moderates the effect of brand image on trust", "e-wallet adoption rose sharply after the pandemic",
    "ecotourism operators in Borneo depend on word of mouth", "{A} expect a seamless experience across branches and apps",
    "airlines in the region compete mainly on price and connectivity", "perceived ease of use drives mobile banking adoption",
    "brands that ignore {T} risk losing {seg} to competitors", "a clear halal logo reduces perceived risk for tourists",
    "community-based tourism gives longhouse hosts a fairer share of income",
    "telecoms customers in Brunei switch mainly because of data prices", "{B} could use {T} to reach {seg}",
    "sustainability claims by palm-oil firms are viewed with suspicion by younger consumers",
    "Muslim-friendly facilities strongly influence destination choice",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Brunei", "In East Malaysia", "For {B}",
    "Since the pandemic", "In the context of Islamic banking", "From the customer's perspective", "Nevertheless",
    "As a result", "In the case of {B}", "Overall", "In terms of digital channels", "Within the halal industry",
]  # fmt: skip
PLAIN = [
    "{B} was chosen for this report because the author works in its marketing department.",
    "This section analyses {B}'s current digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement remains low.",
    "The recommendations are costed in Brunei dollars and phased over twelve months.", "{O}, {C}.",
    "A SWOT analysis of {B} is included in the appendix.",
    "Customers can open an account online, through the app or at any branch.",
    "The main competitors are {B} and two smaller local firms.",
    "Task 2 builds on this by proposing a content plan for the next financial year.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "This is summed up well: {Q} {P}.", "{B} seems to accept that {Q} {P}.",
    "It has been argued that {Q} {P}.", "Islamic marketing, in this view, means that {Q} {P}.",
    "As {N} put it, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘halal lifestyle’", "‘Muslim-friendly’", "‘cashless society’", "‘barakah’", "‘glocal’",
                "'Brunei time'", "‘soft landing’", "“phygital”", "‘halalan toyyiban’", "'staycation'",
                "‘revenge travel’", "‘ummah’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} now markets itself as {Q} {P}.", "The idea of a {Q} economy is often discussed {P}.",
    "So-called {Q} marketing is growing across the region {P}.", "Many {seg} are attracted by {Q} branding {P}.",
    "The term {Q} is used loosely in the industry {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Selamat Hari Raya from all of us’", "‘Your e-statement is ready’", "“Earn double points this Ramadan”",
                 "‘Fly to Kota Kinabalu from BND 99’", "‘Top up now and get 5GB free’", "‘Last call: Raya deals end tonight’",
                 "“Your profile needs updating”", "‘Jom travel! Weekend fares are here’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A message such as {Q} can lift open rates {P}.", "{B} used {Q} in its reactivation campaign {P}.",
    "Short, festive copy ({Q}, for example) works well with {seg} {P}.",
    "The email {Q} was opened more than any other {P}.",
]  # fmt: skip

# Text with brackets, years or quotation marks that cites nothing.
NOT_CITATIONS = {
    "islamic-finance-product": [
        "Most home financing at {B} uses Tawarruq (commodity Murabahah) rather than Musharakah Mutanaqisah.",
        "The bank's personal financing-i (launched {Yr}) is based on Tawarruq.",
        "Customers can also choose Ijarah Muntahiyah Bittamlik (IMBT) for vehicle financing.",
    ],
    "housing-scheme-year": [
        "Many first-time buyers used the Skim Perumahan Negara (2019) to buy homes in {dist}.",
        "Demand for mortgages rose after the national housing scheme (Skim Perumahan Negara, {Yr}) was expanded.",
    ],
    "bank-product-launch": [
        "The BIBD NEXGEN account (2015) targets students and young professionals.",
        "Its youth savings account (launched {Yr}) now has {th} holders.",
        "The Baiduri Bank Smart Junior account ({Yr}) is aimed at parents.",
    ],
    "airline-route-year": [
        "The airline reopened a direct route (Bandar Seri Begawan–London, 2019) after a long pause.",
        "New services followed soon after (Kuching–Singapore, {Yr}).",
        "Loads on the busiest sector (Miri–Kota Kinabalu, {Yr}) recovered quickly.",
    ],
    "aircraft-year": [
        "The fleet was renewed with the 787 Dreamliner (2013) and later the A320neo ({Yr}).",
        "Passengers preferred the new cabin on the A330neo (delivered {Yr}).",
        "MASwings still flies the ATR 72-500 (introduced 2007) on rural routes.",
    ],
    "festival-year": [
        "Sales peaked during Hari Raya Aidilfitri 2023, when gift hampers sold out.",
        "Homestays in the interior were fully booked over Gawai Dayak (2022).",
        "The campaign ran during Kaamatan 2024 in Penampang and Tambunan.",
        "Hua Ho extended its opening hours for Chinese New Year ({Yr}).",
    ],
    "holiday-campaign-year": [
        "The Raya open house campaign (Syawal {Yr}) reached {th} viewers on {ch}.",
        "Footfall in malls doubles during the school holidays (June {Yr}).",
        "Bookings slowed in the fasting month (Ramadan {Yr}) but recovered afterwards.",
    ],
    "district-year": [
        "The pilot branch opened in the south of the country (Tutong, 2021).",
        "A second outlet followed in a smaller district ({dist}, {Yr}).",
        "The first solar farm was built on the coast (Belait District, 2019).",
    ],
    "town-year": [
        "Sarawak Pay was first trialled at a wet market (Miri, 2018).",
        "The roadshow began in the state capital (Kota Kinabalu, 2020).",
        "Its first drive-through opened in a fast-growing town ({town}, {Yr}).",
    ],
    "division-year": [
        "Rural electrification reached most longhouses in the interior (Kapit Division, {Yr}).",
        "The bank opened mobile branches in the north (Miri Division and Limbang Division, {Yr}).",
    ],
    "national-vision-year": [
        "The bank's strategy supports Wawasan Brunei 2035 (2008), especially its economic goal.",
        "Diversification away from oil is central to Wawasan Brunei 2035.",
        "{B} links its purpose to the national vision (Wawasan 2035, launched 2008).",
    ],
    "development-strategy-year": [
        "Sarawak's Post COVID-19 Development Strategy (PCDS) 2030 places digital economy first.",
        "The state plan (PCDS 2030, launched 2021) targets a high-income economy.",
        "Under the Sabah Maju Jaya plan (2021), tourism is a key growth sector.",
    ],
    "malaysia-plan-year": [
        "Tourism was a priority in the Twelfth Malaysia Plan (2021–2025).",
        "The Shared Prosperity Vision 2030 (SPV 2030) aims to narrow regional gaps.",
        "Funding for rural broadband came from the JENDELA plan (2020).",
    ],
    "royal-title": [
        "The scheme was launched by His Majesty Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah.",
        "The event was graced by Duli Yang Teramat Mulia Paduka Seri Pengiran Muda Mahkota.",
        "The Yang di-Pertua Negeri of Sabah officiated at the opening ceremony.",
    ],
    "royal-birthday-year": [
        "Special fares were offered for His Majesty's 77th birthday (15 July 2023).",
        "Promotions were timed around the royal birthday celebrations (July {Yr}).",
        "The Golden Jubilee celebrations (2017) saw record spending in the capital.",
    ],
    "honorific-name": [
        "The campaign was launched by Yang Berhormat Dato Seri Setia Awang Haji Abdul Manaf.",
        "Datin Seri Hajah Norliza gave the keynote at the halal expo.",
        "Pehin Orang Kaya Indera Pahlawan Dato Seri Setia Awang Haji Suyoi opened the showroom.",
        "The longhouse chief, Tuai Rumah Jabu anak Empeni, welcomed the first tour group.",
    ],
    "park-inscription-year": [
        "Gunung Mulu National Park (2000) is a UNESCO World Heritage Site.",
        "Visitors to Kinabalu Park (2000) rose after the mountain reopened.",
        "The canopy walk in Ulu Temburong (1991) is the park's best-known attraction.",
    ],
    "attraction-year": [
        "The Kampong Ayer Cultural and Tourism Gallery (opened 2009) is popular with cruise visitors.",
        "The Sarawak Cultural Village (1990) hosts the Rainforest World Music Festival.",
        "The Jame' Asr Hassanil Bolkiah Mosque (1994) appears in most itineraries.",
    ],
    "heritage-listing-year": [
        "The Niah Caves were added to the UNESCO list in 2024.",
        "The Crocker Range is a biosphere reserve (listed in 2014) with a growing trekking trade.",
    ],
    "halal-standard": [
        "Products must meet the Malaysian standard (MS 1500:2019) for halal food.",
        "In Brunei, certification follows the national standard (PBD 24:2007).",
        "The factory also holds MS 2400-1:2019 for halal logistics.",
        "Hotels apply for Muslim-friendly status under MS 2610:2015.",
    ],
    "halal-certificate": [
        "{B} received its halal certificate (Sijil Halal, {Yr}) from the religious authorities.",
        "The kitchen has held the Brunei halal permit (Permit Halal) since {Yr}.",
        "Every outlet displays the JAKIM logo and its certificate number (valid to {Yn}).",
    ],
    "ringgit-price-year": [
        "A return ticket to Kuching cost RM{rm} ({Yr}), compared with much more a decade earlier.",
        "Prepaid data plans now start at RM{k2} a month ({Yr} prices).",
        "The average basket at the tamu was RM{rm} (December {Yr}).",
    ],
    "brunei-dollar-price-year": [
        "The postpaid plan costs BND {bnd} a month ({Yr} tariff).",
        "Unlimited home fibre was cut to B${k2} ({Yr}).",
        "A weekend package in Temburong sells for BND {bnd} per person ({Yr} rate).",
    ],
    "stock-ticker": [
        "Maybank is listed on the main market (Bursa: MAYBANK 1155).",
        "Investors track the bank's shares (Bursa Malaysia: 1023) closely.",
        "The airline group's shares (Bursa: AAX 5238) fell after the results.",
        "The Singapore carrier (SGX: C6L) remains its main regional rival.",
    ],
    "malay-slogan": [
        "The bank's tagline, ‘Bersama Kita Maju’, appears on every branch.",
        "The tourism board's ‘Jom Cuti-Cuti Malaysia’ message targets domestic travellers.",
        "The campaign slogan ‘Malaysia Truly Asia’ is still recognised worldwide.",
        "Its Raya advert closed with ‘Maaf Zahir dan Batin’ on screen.",
    ],
    "slogan-year": [
        "Royal Brunei's ‘Let's Fly’ campaign ({Yr}) targeted young travellers.",
        "‘Visit Malaysia 2026’ is the next national tourism campaign.",
        "The ‘Sabah Is Safe’ message (2021) reassured domestic tourists.",
    ],
    "arrivals-figure": [
        "International visitor numbers have not recovered ({Yr} arrivals: {th}00).",
        "Sabah saw strong growth in Chinese tourists (2023 arrivals).",
        "Cruise calls rose again ({Yr} arrivals, up {pc}%).",
    ],
    "market-share-figure": [
        "{B} holds most of the local deposit market ({pc}% share, {Yr}).",
        "Mobile penetration is very high (over 130%, {Yr}).",
        "E-wallet users grew quickly ({th}k users by Q{q} {Yr}).",
    ],
    "survey-figure": [
        "Most respondents preferred mobile banking (n = {n}).",
        "The questionnaire was answered by {seg} (n={n}, {mo} {Yr}).",
        "Trust scores were higher for Islamic banks (mean 4.{q}, SD 0.{q}).",
    ],
    "fiscal-year": [
        "Profit rose again in the last financial year (FY{Yr}/{Yn}).",
        "Brunei's budget runs from April to March (FY {Yr}/{Yn}).",
        "Marketing spend was frozen (financial year {Yr}).",
    ],
    "hijri-date": [
        "The new branch opened on 1 Muharram 1445 (19 July 2023).",
        "Zakat rates are announced each year (1444H).",
        "Bookings for umrah packages peak in Rejab and Syaaban (1446 Hijrah).",
    ],
    "regulation-act-year": [
        "Under the Islamic Banking Order, 2008, banks must have a Shariah board.",
        "The Islamic Financial Services Act 2013 (IFSA) governs Maybank Islamic.",
        "Data use is governed by the Personal Data Protection Act 2010 (PDPA).",
        "Brunei's new Personal Data Protection Order 2025 will apply to marketing lists.",
    ],
    "abbreviation": [
        "The Brunei Economic Development Board (BEDB) promotes foreign investment.",
        "Small and medium enterprises (SMEs) make up most of {B}'s business customers.",
        "The Halal Industry Development Corporation (HDC) supports exporters.",
        "Key performance indicators (KPIs) include net promoter score (NPS) and cost per acquisition (CPA).",
    ],
    "telecom-network-year": [
        "Brunei's 5G network (launched 2023) is run by a single wholesale operator.",
        "Coverage in the interior improved after the tower upgrade ({Yr}).",
        "The fibre roll-out (phase 2, {Yr}–{Yn}) reached most of {dist}.",
    ],
    "app-version-year": [
        "The bank's mobile app (version 4.{q}, {Yr}) added QR payments.",
        "Customers moved to the new app (relaunched {mo} {Yr}).",
    ],
    "palm-oil-certification": [
        "All estates are certified under MSPO (Malaysian Sustainable Palm Oil) since {Yr}.",
        "The mill achieved RSPO certification (2018) after a long audit.",
        "Its timber concessions hold an MTCS certificate (PEFC-endorsed).",
    ],
    "commodity-price-year": [
        "Crude palm oil prices averaged RM{th} a tonne ({Yr}).",
        "Brent crude fell below US$60 (April {Yr}), hitting Brunei's revenue.",
    ],
    "event-expo-year": [
        "{B} exhibited at the Brunei Halal Showcase ({Yr}) and signed two distributors.",
        "The bank sponsored the MIHAS halal expo (Kuala Lumpur, {Yr}).",
        "Tour operators met buyers at the MATTA Fair ({mo} {Yr}).",
    ],
    "music-festival-year": [
        "The Rainforest World Music Festival ({Yr}) sold out within a week.",
        "Visitors came to Miri for the jazz festival (May {Yr}).",
    ],
    "award-year": [
        "The bank was named best Islamic retail bank in the country ({Yr} award).",
        "The resort won a sustainability award (ASEAN Tourism Awards {Yr}).",
    ],
    "hashtag-handle": [
        "The hashtag (#VisitBrunei) is used by most travel influencers.",
        "Complaints are handled on Instagram (@bibdbrunei) within a day.",
        "The board's campaign (#SabahSafeTravel) reached domestic tourists.",
    ],
    "website-address": [
        "Customers can apply online (www.example-bank.com.bn) or in a branch.",
        "Travel packages are sold through the portal (www.sabahtourism-deals.my).",
    ],
    "pandemic-period": [
        "Travel stopped almost completely during the movement control order (MCO, March 2020).",
        "Brunei reopened its borders (endemic phase, {mo} 2022).",
        "Online orders tripled during the lockdown (August–November 2021).",
    ],
    "age-range": [
        "The target segment is young adults (aged 18–{age}).",
        "Half of the population is under 30 (2021 census).",
    ],
    "cross-reference": [
        "The channel plan (see Appendix 2) shows monthly activity.",
        "The persona (Appendix 1, Figure {q}) is based on interviews with {seg}.",
        "See Task 1 (b) above for the competitor analysis.",
        "Costs are summarised in the budget (Table {q}).",
    ],
    "malay-term-gloss": [
        "Many customers still shop at the tamu (open-air market) every weekend.",
        "Guests stay in a rumah panjang (longhouse) with an Iban family.",
        "The bank offers a zakat (almsgiving) calculator in its app.",
        "The gerai (food stall) owners accept QR payments.",
    ],
    "longhouse-homestay-year": [
        "The homestay programme (Rumah Panjang Homestay, {Yr}) now involves {k2} longhouses.",
        "Bookings at the Kampung Sumangkap homestay (since 2012) grew steadily.",
    ],
    "quarter-growth": [
        "Deposits grew strongly in the third quarter (Q3 {Yr}).",
        "Sales dipped between quarters (Q{q} {Yr} to Q{q} {Yn}).",
    ],
    "ringgit-exchange": [
        "The ringgit weakened against the dollar (RM4.{q}0 to US$1, {Yr}).",
        "The Brunei dollar is pegged to the Singapore dollar (1:1, since 1967).",
    ],
    "gdp-figure-year": [
        "Brunei's economy grew again ({Yr} GDP growth: {q}.{q}%).",
        "Sarawak's GDP per capita is above the national average ({Yr} estimate).",
    ],
}  # fmt: skip
