"""The prose of the blind202 pool: marketers in Saudi Arabia, the UAE, Qatar, Kuwait, Bahrain, Oman and their
expatriate communities writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Candidates in Riyadh, Jeddah, Dammam, Dubai, Abu
Dhabi, Sharjah, Doha, Kuwait City, Manama and Muscat work at banks, telecoms, airlines, retailers, malls, real
estate developers, giga-projects and agencies; many are expatriates from South Asia, Egypt, the Levant and the
Philippines, so Gulf English ("as per", "kindly note", "opines") sits beside British CIM English. Their reports
are full of brackets, numbers and years that are no citations: Hijri dates beside Gregorian ones, royal decree and
federal law numbers, riyals, dirhams and the other Gulf currencies, Vision 2030, Expo 2020 and the 2022 World Cup,
commercial registration numbers, P.O. boxes, flights, Ramadan, Eid and White Friday, hotlines, towers and malls
with their opening years, people's titles, football clubs, product models and awards. Placeholders mean what they
mean in text.py; ``values`` adds the ones only this pool uses.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["stc", "Mobily", "Zain", "du", "e&", "Ooredoo", "Batelco", "Omantel", "Emirates", "Etihad Airways",
          "Qatar Airways", "Saudia", "flynas", "flydubai", "Riyadh Air", "Al Rajhi Bank", "SNB", "Emirates NBD",
          "First Abu Dhabi Bank", "QNB", "NBK", "Jarir Bookstore", "eXtra", "noon", "Namshi", "Talabat", "Jahez",
          "HungerStation", "Careem", "Tabby", "Tamara", "stc pay", "Almarai", "ALBAIK", "Kudu", "Majid Al Futtaim",
          "Lulu Hypermarket", "Panda", "Tamimi Markets", "Centrepoint", "Alshaya", "Emaar", "Aldar", "DAMAC",
          "ROSHN", "NEOM", "Red Sea Global", "The Dubai Mall", "The Avenues", "Nakheel", "Barakat", "Al Ghurair",
          "McDonald's Saudi Arabia", "Domino's UAE", "Bateel", "Ajmal Perfumes", "Arabian Oud", "Nahdi"]  # fmt: skip

_CITIES = ["Riyadh", "Jeddah", "Dammam", "Al Khobar", "Dubai", "Abu Dhabi", "Sharjah", "Doha", "Kuwait City", "Manama",
           "Muscat", "Makkah", "Madinah", "Al Ain"]  # fmt: skip
_AUDIENCES = ["Saudi Gen Z consumers", "Emirati families", "expatriate professionals", "young Saudi women",
              "Filipino and Indian expatriates", "Umrah pilgrims", "high-net-worth Khaleeji customers",
              "first-time home buyers", "university students in Riyadh", "frequent flyers", "SME owners",
              "Arabic-speaking mothers", "blue-collar expatriate workers", "Qatari nationals"]  # fmt: skip
_TACTICS = ["Snapchat advertising", "Ramadan campaigns", "influencer marketing", "loyalty points", "Arabic-first content",
            "WhatsApp marketing", "buy now, pay later", "mall activations", "TikTok content", "cashback offers",
            "personalised push notifications", "celebrity endorsement", "gamified apps", "CSR around Ramadan"]  # fmt: skip
# Hijri years with the Gregorian year their Ramadan fell in and the year their 1 Muharram fell in.
_HIJRI = [(1440, "2019", "2018"), (1441, "2020", "2019"), (1442, "2021", "2020"), (1443, "2022", "2021"),
          (1444, "2023", "2022"), (1445, "2024", "2023"), (1446, "2025", "2024")]  # fmt: skip
_HIJRI_MONTHS = [
    "Muharram",
    "Safar",
    "Rabi al-Awwal",
    "Jumada al-Akhirah",
    "Rajab",
    "Shaban",
    "Shawwal",
    "Dhu al-Qadah",
]
_DECREES = ["M/19", "M/126", "M/4", "M/21", "M/51", "A/90", "M/3", "M/72"]
_FEDERAL_LAWS = ["Federal Law No. 15 of 2020", "Federal Decree-Law No. 45 of 2021", "Federal Decree-Law No. 32 of 2021",
                 "Federal Decree-Law No. 14 of 2023", "Law No. 8 of 2008", "Law No. 39 of 2014"]  # fmt: skip
_TOWERS = [("Burj Khalifa", "2010"), ("Kingdom Centre", "2002"), ("Al Faisaliah Tower", "2000"),
           ("Burj Al Arab", "1999"), ("Jeddah Tower", "2028"), ("Aspire Tower", "2007"), ("Bahrain World Trade Center", "2008"),
           ("Etihad Towers", "2011"), ("Kuwait Towers", "1979"), ("Museum of the Future", "2022")]  # fmt: skip
_MALLS = [("The Dubai Mall", "2008"), ("Mall of the Emirates", "2005"), ("The Avenues", "2007"), ("Riyadh Park", "2017"),
          ("Red Sea Mall", "2008"), ("Yas Mall", "2014"), ("Villaggio", "2006"), ("Mall of Qatar", "2017"),
          ("City Centre Bahrain", "2008"), ("Mall of Muscat", "2021"), ("Al Nakheel Mall", "2014"), ("Mall of Arabia", "2008")]  # fmt: skip
_CLUBS = ["Al Hilal", "Al Nassr", "Al Ittihad", "Al Ahli", "Al Ain FC", "Al Sadd SC", "Al Wasl", "Shabab Al Ahli",
          "Al Qadsia", "Al Muharraq"]  # fmt: skip
_MODELS = ["Galaxy S24 Ultra", "iPhone 15 Pro Max", "Land Cruiser 300", "Nissan Patrol Y62", "Lexus LX 600",
           "GMC Yukon Denali", "Huawei Mate 60", "Hyundai Tucson 2024", "Dyson V15", "PlayStation 5 Slim"]  # fmt: skip
_FLIGHTS = ["EK 202", "QR 1", "SV 1020", "EY 19", "XY 211", "FZ 1471", "GF 7", "WY 101", "KU 101", "RX 1"]
_AWARDS = ["Effie MENA Gold", "Dubai Lynx Grand Prix", "Cannes Lions Bronze", "MENA Digital Award",
           "Campaign Middle East Agency of the Year", "Skytrax World's Best Airline", "Gulf Customer Experience Award"]  # fmt: skip
_TICKERS = ["Tadawul: 7010", "Tadawul: 1120", "Tadawul: 2280", "ADX: FAB", "ADX: ALDAR", "DFM: EMAAR", "QE: QNBK",
            "Boursa Kuwait: NBK", "Tadawul: 4190", "MSX: OTEL"]  # fmt: skip
_SEASONS = ["Riyadh Season", "Jeddah Season", "Diriyah Season", "Dubai Shopping Festival", "Qatar Shopping Festival",
            "Abu Dhabi Summer Season", "Hala February", "Muscat Nights"]  # fmt: skip
_EVENTS = ["Expo 2020 Dubai", "the FIFA World Cup Qatar 2022", "Riyadh Expo 2030", "the 2034 FIFA World Cup",
           "COP28 in 2023", "the Asian Games 2030", "AFC Asian Cup 2027"]  # fmt: skip
_PROGRAMMES = ["Vision 2030", "Saudi Vision 2030", "Oman Vision 2040", "Qatar National Vision 2030", "UAE Centennial 2071",
               "New Kuwait 2035", "Bahrain Economic Vision 2030", "Dubai Economic Agenda D33"]  # fmt: skip
_PEOPLE = ["HRH Crown Prince Mohammed bin Salman", "HH Sheikh Mohammed bin Rashid Al Maktoum", "Sheikh Hamdan bin Mohammed",
           "HE Eng. Abdullah Al-Swaha", "Eng. Khalid Al-Otaibi", "Dr. Noura Al-Qahtani", "Sheikha Latifa bint Mohammed",
           "HE Dr. Majid Al-Qasabi", "HH Sheikh Tamim bin Hamad Al Thani"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, and Gulf audiences and tactics in place of the general ones."""
    hijri, ramadan, muharram = rng.choice(_HIJRI)
    tower, tower_year = rng.choice(_TOWERS)
    mall, mall_year = rng.choice(_MALLS)
    base = rng.randint(2015, 2024)
    return {
        "A": rng.choice(_AUDIENCES), "T": rng.choice(_TACTICS), "city": rng.choice(_CITIES),
        "hy": str(hijri), "ry": ramadan, "my": muharram, "hmonth": rng.choice(_HIJRI_MONTHS),
        "decree": rng.choice(_DECREES), "fedlaw": rng.choice(_FEDERAL_LAWS),
        "sar": f"{rng.randint(2, 99) * 10 - 1:,}", "big": f"{rng.randint(1, 95)}.{rng.randint(0, 9)}",
        "aed": f"{rng.randint(1, 60) * 50:,}", "small": str(rng.randint(3, 49)),
        "cr": f"{rng.choice(['1010', '4030', '2050'])}{rng.randint(100000, 999999)}", "pobox": str(rng.randint(1000, 99999)),
        "zip": str(rng.randint(11000, 14999)), "flight": rng.choice(_FLIGHTS), "tower": tower, "towery": tower_year,
        "mall": mall, "mally": mall_year, "club": rng.choice(_CLUBS), "model": rng.choice(_MODELS),
        "award": rng.choice(_AWARDS), "ticker": rng.choice(_TICKERS), "season": rng.choice(_SEASONS),
        "event": rng.choice(_EVENTS), "programme": rng.choice(_PROGRAMMES), "person": rng.choice(_PEOPLE),
        "yy": str(base), "yy2": str(base + 1)[2:], "nd": str(rng.randint(88, 95)), "pct": str(rng.randint(4, 68)),
        "hotline": rng.choice(["8001247000", "800 3232", "920000888", "199099", "8002626", "800-NOON (6666)", "1888"]),
        "phone": f"+{rng.choice(['966 11', '966 12', '971 4', '971 2', '974 44', '965 22', '973 17', '968 24'])} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        "permit": str(rng.randint(10000, 99999)), "handle": rng.choice(["stc_ksa", "EmiratesNBD", "noon", "AlRajhiBank", "flynas", "QatarAirways", "Talabat_UAE"]), "code": rng.choice(["RAMADAN24", "EID25", "WF23", "NATIONALDAY94", "YALLA15", "SAVE10"]),
        "age": rng.choice(["18–24", "18-34", "25–44", "16-24", "35–54"]), "keys": f"{rng.randint(2, 30) * 50:,}",
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argued that {C}.", "{N} opines that {C}.", "{N} has mentioned that {C}.",
    "{N} concluded that {C}, particularly in {city}.", "{N} highlighted that {C}, which is relevant to {B}.",
    "{N} observed that {C} among {A}.", "{N} stated that {C}.", "{N} explained that {C} in the Saudi market.",
    "{N} noted that {C}; this is clearly visible in {B}'s campaigns.", "{N} revealed that {C}.",
    "{N} emphasised that {C} across the GCC.", "{N} studied {A} in {city} and found that {C}.",
    "{N} pointed out that {C}, especially during Ramadan.", "{N} suggests that {C} and that {C2}.",
    "{N} reported that {C}, although the sample was only from {city}.", "{N} recommended that {B} should check whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As per {N}, {C}.", "According to {N}, {C}.", "As stated by {N}, {C}.", "Referring to {N}, {C}.",
    "In the study of {N}, it was found that {C}.", "{O}, {N} found that {C}.", "{C}, as {N} explained.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the view of {N}.",
    "A survey of {A} by {N} showed that {C}.", "{B} is a clear example: {N} showed that {C}.",
    "{C}; {N} reached the same result for {A}.", "Evidence from {N} indicates that, in {city}, {C}.",
    "It can be argued, following {N}, that {C}.", "Research conducted in the GCC by {N} shows that {C}.",
    "{C} – a point also made by {N}.", "Unlike {B}, the firms studied by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study showed that {C}.", "{O}, {N} model explains why {C}.", "Applying {N} framework to {B}, {C}.",
    "{N} findings suggest that {C}.", "According to {N} survey of {A}, {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "It is evident that {C} {P}.", "As per recent studies, {C} {P}.",
    "In the Gulf context, {C} {P}.", "For {B}, {C} {P}.", "Kindly note that {C} {P}.", "{C}, especially in {city} {P}.",
    "It is widely believed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (see Table {q}) {P}.", "This matters for {B} because {C} {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Across the GCC, {C} {P:see also}.",
    "Among {A}, {C} {P}.", "Research in Saudi Arabia confirms that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, whereas {C2}.", "{C} {P}; hence {C2}.", "While {C} {P}, {C2}.", "{C} {P}, but {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "Because {C} {P}, {B} should ensure that {C2}.",
    "{C} {P:see}, while {C2}.", "{O}, {C} {P}, so {C2}.", "{C} {P}: this means that {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust {T} more than traditional TV advertising", "{T} raised {R} for {B} during the holy month",
    "{A} respond better to Arabic-first content than to translated English ads", "Ramadan spending peaks in the last ten nights",
    "{B}'s reliance on {T} leaves it exposed if costs rise", "family opinion shapes most large purchases in the Gulf",
    "{A} expect the same service in the app as in the branch", "wasta still matters in B2B buying",
    "Saudisation targets have changed how brands recruit frontline staff", "{T} only drives {R} when the offer is relevant",
    "{A} switch telecom providers mainly on price and network quality", "Islamic banks win loyalty through perceived Sharia compliance",
    "mall visits are social outings rather than shopping trips for {A}", "{T} works best when it reflects local values",
    "giga-projects need nation-branding campaigns to attract tourists", "{A} now shop on marketplaces such as noon and Amazon.ae",
    "premium brands in Dubai depend on tourists as well as residents", "{B} could {bs} to reach {A}",
    "influencers with small followings generate more trust than celebrities", "women's entry into the workforce has changed household spending",
]  # fmt: skip
OPENERS = ["Furthermore", "Moreover", "In the Saudi market", "Across the GCC", "For {B}", "During Ramadan",
           "Among expatriates", "On the other hand", "In {city}", "In addition", "However", "In the case of {B}",
           "From a customer perspective", "Hence", "Overall"]  # fmt: skip
PLAIN = [
    "{B} runs its loyalty scheme through an app in Arabic and English.",
    "Most respondents were Saudi nationals; the rest were expatriates from India, Pakistan, Egypt and the Philippines.",
    "The questionnaire was shared on WhatsApp groups and LinkedIn in both languages.",
    "This section analyses {B}'s current channels and gives recommendations for the next year.",
    "{B} has over {n}k followers on Snapchat, but engagement is low on X.", "{O}, {C}.",
    "A PESTLE analysis of the Saudi market is attached in the appendix.",
    "The recommendations are costed and phased over twelve months.",
    "Customers can pay by card, Apple Pay, mada or cash on delivery.",
    "The main competitors are {B} and two regional online players.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As {N} put it, {Q}.", "{N} stated that {Q}.", "In the words of {N}, {Q}.", "{O}, {Q} {P}.",
    "This is summed up well: {Q} {P}.", "One study of {A} notes that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘wasta’", "‘Saudisation’", "‘Emiratisation’", "‘majlis culture’", "‘giga-projects’", "“khaleeji pride”",
                "‘Ramadan TV’", "“glocal”", "‘yalla’ marketing", "‘the new Saudi’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} calls its approach {Q} {P}.", "Managers in {city} speak of {Q} when choosing suppliers {P}.",
    "The idea of {Q} now shapes hiring {P}.", "{N} describe this as {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Ramadan Kareem: 30% off iftar boxes’", "“Your Eid outfit is waiting”", "‘White Friday starts now – up to 70% off’",
                 "‘Happy National Day: 94 SAR deals inside’", "“Your Skywards Miles expire soon”", "‘Yalla, your basket misses you’",
                 "“Salary day treats: free delivery on {B}”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the best open rate {P}.", "{B} sent {Q} to lapsed customers {P}.",
    "An SMS reading {Q} doubled redemptions {P}.", "{N} tested the subject line {Q} on {A}.",
]  # fmt: skip

# Text with brackets, numbers and years that no tutor would look for in the reference list.
NOT_CITATIONS = {
    "hijri-gregorian-date": ["{B} launched its campaign in Ramadan {hy} AH ({ry}).",
                             "The financial year began on 1 Muharram {hy} AH ({my}).",
                             "Sales were tracked from {hmonth} {hy}H to Shawwal {hy}H."],
    "hijri-year-slash": ["The licence was renewed in {hy}/{ry} and runs for three years.",
                         "Staff bonuses for {hy} H were paid before Eid."],
    "royal-decree-number": ["The Personal Data Protection Law was issued by Royal Decree No. {decree} and now binds {B}.",
                            "Royal Decree {decree} created the regulator that licenses {B}'s app.",
                            "Kindly note that the new rules came with Royal Order No. {decree}."],
    "federal-law-number": ["{B}'s returns policy is printed on every receipt, as {fedlaw} requires.",
                           "Under {fedlaw}, shops must show prices clearly in Arabic."],
    "riyal-amount": ["The Ramadan bundle costs SAR {sar} (VAT inclusive).", "{B} spent SAR {big}m on the campaign in {yy}.",
                     "Prices start at {sar} SR a month (VAT inclusive)."],
    "dirham-amount": ["The service charge is AED {aed} (including 5% VAT).", "Tickets were sold at Dh{aed} for adults.",
                      "The Golden Visa threshold is AED 2 million (property value)."],
    "gulf-currencies": ["Membership costs QAR {aed} a year (paid in two instalments).", "The basic plan is KWD {small} a month (no VAT in Kuwait).",
                        "Delivery is BHD 1.5 (free above BHD {small}).", "A family ticket costs OMR {small} (weekends only)."],
    "arabic-currency-sign": ["The app shows the price as {aed} د.إ on Arabic phones.",
                             "Shelf labels read {sar} ر.س beside the English price."],
    "vision-programme": ["The project supports the Quality of Life Program ({programme}).",
                         "{B}'s strategy is aligned with {programme} and its tourism targets.",
                         "The plan sits under {programme} (pillar: a thriving economy)."],
    "mega-event-year": ["Hotel demand rose sharply during {event}.", "{B} was an official partner of {event}.",
                        "Visitor numbers peaked at Expo 2020 Dubai (October 2021 to March 2022)."],
    "commercial-registration": ["{B} trades under CR No. {cr} in {city}.", "The supplier's registration (CR {cr}) was checked before signing."],
    "po-box": ["Complaints can be posted to P.O. Box {pobox}, {city}.", "The head office is at PO Box {pobox}, Riyadh {zip}."],
    "flight-number": ["The promotion ran on flight {flight} from Riyadh to London.", "Cabin crew on {flight} (Dubai–Heathrow) handed out samples."],
    "ramadan-date": ["Footfall doubled in the last ten nights of Ramadan ({ry}).", "The iftar campaign (Ramadan {ry}) reached {n}k viewers."],
    "eid-date": ["Orders tripled before Eid al-Fitr ({ry}).", "{B} closed its branches for Eid al-Adha (four days)."],
    "white-friday": ["{B} ran its biggest sale on White Friday ({yy}).", "White Friday {yy} brought {pct}% of annual online sales.",
                     "The 11.11 and Yellow Friday sales ({yy}) were smaller."],
    "national-day": ["Saudi National Day {nd} (23 September) is now a key retail moment.",
                     "{B} ran a green-themed campaign for Founding Day (22 February).",
                     "UAE Union Day (2 December) sales rose by {pct}%."],
    "hotline": ["Customers can call the toll-free number {hotline} at any time.", "The fraud hotline ({hotline}) is printed on every card."],
    "phone-number": ["The branch can be reached on {phone}.", "WhatsApp orders go to {phone} (Arabic and English)."],
    "tower-opening-year": ["The launch event was held at {tower} (opened {towery}).", "{tower}, completed in {towery}, hosted the light show."],
    "mall-opening-year": ["{B}'s flagship is in {mall} ({mally}).", "{mall}, which opened in {mally}, now draws tourists as well as residents."],
    "royal-and-honorific-titles": ["The project was launched by {person} in {yy}.",
                                   "{person} opened the new terminal in front of {n} guests."],
    "professional-titles": ["Interviews were held with Eng. Fahad (Head of Digital) and Dr. Reem (CX Lead).",
                            "The panel included Eng. Saud Al-Harbi, Dr. Maha and two agency heads."],
    "football-club": ["{B} renewed its shirt deal with {club} for the {yy}/{yy2} season.",
                      "Fans of {club} ({yy} champions) were targeted on Snapchat."],
    "product-model": ["The {model} was the best-selling model in {city} in {yy}.",
                      "{B} bundled the {model} (256 GB) with a two-year plan."],
    "marketing-award": ["The campaign won the {award} ({yy}).", "{B}'s agency collected the {award} in {yy}."],
    "stock-ticker": ["The group is listed on the exchange ({ticker}).", "Shares of the group ({ticker}) rose {pct}% in {yy}."],
    "vat-rate": ["VAT in Saudi Arabia rose from 5% to 15% in July 2020.", "Prices include VAT (5% in the UAE since 2018)."],
    "financial-year": ["Revenue grew {pct}% in FY{yy} (Q4 strongest).", "The plan covers FY{yy}/{yy2} only."],
    "season-festival": ["{season} {yy} brought {n}k visitors to the city.", "{B} sponsored {season} ({yy} edition)."],
    "regulator-acronym": ["All card payments are regulated by the Saudi Central Bank (SAMA).",
                          "Telecom tariffs need approval from the CST (formerly CITC).",
                          "The TDRA (UAE) approved the new tariff in {yy}."],
    "permit-number": ["Property adverts must show the RERA permit number (Trakheesi {permit}).",
                      "The ad ran with advertising licence No. {permit} from the Ministry of Media."],
    "promo-code": ["Shoppers used the code {code} (valid until Eid).", "The code {code} gave {pct}% off the first order."],
    "hashtag": ["The hashtag #SaudiNationalDay{nd} trended for two days.", "User posts under #Ramadan{yy} were reposted by {B}."],
    "social-handle": ["The bank's Snapchat account (@{handle}) posts daily stories.", "Complaints on X are answered by @{handle} within an hour."],
    "website-domain": ["Most orders were placed on noon.com and Amazon.sa.", "The landing page (visitsaudi.com) was translated into Chinese."],
    "opening-hours": ["During Ramadan the stores open late (9 pm to 2 am).", "Branches close for Friday prayers (11.30 am–1 pm)."],
    "temperature": ["Outdoor events stop in summer (often above 45°C).", "Mall footfall rises in August (up to 48°C outside)."],
    "age-band": ["The target segment is young professionals (aged {age}).", "Snapchat users ({age}) were the main audience."],
    "metro-line": ["Riyadh Metro Line 1 (Blue Line) runs past the store.", "The Dubai Metro Red Line (opened 2009) serves the mall."],
    "airport-code": ["Transit passengers at DXB and DOH were targeted with ads.", "The route (RUH–JED) is the busiest in the Kingdom."],
    "brand-founding-year": ["Jarir Bookstore (founded in 1979) is now a household name.", "Almarai (est. 1977) still leads the dairy category.",
                            "ALBAIK, started in Jeddah in 1974, now has branches in Makkah and Madinah."],
    "telecom-plan": ["The Postpaid 250 plan (SAR 250 a month) was the most popular.", "du's Power Plan 500 (AED 500 a month) includes roaming."],
    "loyalty-tier": ["Skywards Gold (50,000 Tier Miles) brings lounge access.", "Members at Qitaf Platinum (tier 4) earn double points."],
    "nitaqat-band": ["{B} is in the Platinum band under Nitaqat ({pct}% Saudisation).", "The firm moved to the High Green band in {yy}."],
    "time-zone": ["Live streams start at 8 pm (GMT+3).", "The webinar ran at 10 am Gulf time (UTC+4)."],
    "tv-series-years": ["MBC's Ramadan drama ran for {small} episodes in {yy}.", "Tash Ma Tash (1993–2011) is still quoted in ads."],
    "hotel-keys": ["The resort will open with {keys} keys in {yy}.", "Red Sea Global plans 8,000 hotel keys by 2030."],
    "sample-size": ["The survey had {n} usable responses (Riyadh and Jeddah).", "Most respondents were female (n = {n}, {pct}%)."],
    "figure-table": ["The results are shown below (Figure {q}).", "Market shares are compared in Table {q} (Appendix B)."],
    "quarter-year": ["App downloads rose sharply in Q{q} {yy}.", "The campaign ran in Q{q} {yy} (during the summer)."],
    "assessment-label": ["This report answers Task 1b of the CIM Level 7 module.", "The word count (3,000 words ± 10%) excludes the appendices."],
    "visa-residency": ["The Premium Residency (SAR 800,000) attracted wealthy expatriates.", "The Golden Visa (10 years) changed how expatriates buy homes."],
}  # fmt: skip
