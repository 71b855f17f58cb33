"""The blind150 pool's prose (HELD OUT): how marketers in Pakistan and its diaspora write CIM Level 6 and 7 reports and
MBA assignments in English on the CIM 2206 brief.

Written without reading the checker, its tests or any other pool. Candidates at banks and fintechs (HBL, UBL, MCB,
Meezan, Easypaisa, JazzCash, SadaPay), telecoms (Jazz, Zong, Telenor, Ufone), FMCG and food makers (Nestlé Pakistan,
Engro, National Foods, Shan, K&N's, Tapal, Olper's), textile and apparel exporters (Gul Ahmed, Khaadi, Sapphire,
Nishat), retailers and marketplaces (Daraz, Imtiaz, Naheed), airlines (PIA, Airblue, SereneAir), media houses and
agencies in Karachi, Lahore, Islamabad and the other cities, and in Dubai, Manchester, Bradford, Birmingham, Toronto
and Houston. Their rupees (Rs, PKR, lakh and crore), fiscal years (FY2023-24), laws with their Act numbers and SROs,
regulators' circulars, Ramazan, the two Eids, 14 August, PSL seasons, White Friday, dramas, songs, awards, tickers,
codes and addresses are decoys here: text with years and brackets that no tutor would expect in the reference list.
HELD OUT: never tune on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["HBL", "UBL", "MCB", "Meezan Bank", "Bank Alfalah", "Easypaisa", "JazzCash", "SadaPay", "NayaPay", "Jazz",
          "Zong", "Telenor", "Ufone", "Nestlé Pakistan", "Engro", "Olper's", "National Foods", "Shan Foods", "K&N's",
          "Tapal", "Gul Ahmed", "Khaadi", "Sapphire", "Nishat", "Daraz", "Imtiaz", "Naheed", "PIA", "Airblue",
          "SereneAir", "Foodpanda", "Bykea", "Careem", "Gourmet", "Bonanza Satrangi", "J.", "Alkaram Studio",
          "Dalda", "Rafhan", "Pepsi Pakistan", "Coke Studio"]  # fmt: skip

_CITIES = ["Karachi", "Lahore", "Islamabad", "Rawalpindi", "Faisalabad", "Multan", "Peshawar", "Quetta", "Sialkot",
           "Hyderabad", "Gujranwala", "Dubai", "Manchester", "Bradford", "Birmingham", "Toronto", "Houston"]  # fmt: skip
_SEGMENTS = ["SEC A households", "young urban women", "university students", "the unbanked", "kiryana owners",
             "freelancers", "overseas Pakistanis", "mothers in tier-2 cities", "Gen Z TikTok users",
             "first-time wallet users", "rural farmers", "British Pakistani families"]  # fmt: skip
_FESTIVALS = ["Ramazan", "Eid ul Fitr", "Eid ul Azha", "Independence Day", "White Friday", "the PSL season",
              "Chand Raat", "the wedding season", "11.11", "Rabi ul Awal"]  # fmt: skip
_HIJRI_MONTHS = ["Muharram", "Safar", "Rabi ul Awal", "Rajab", "Shaban", "Ramazan", "Shawwal", "Zil Hajj"]
_ROMAN = ["IV", "XIX", "XL", "XXIV", "X", "VII", "XVII", "III"]
_DRAMAS = ["Humsafar", "Mere Paas Tum Ho", "Parizaad", "Tere Bin", "Kabhi Main Kabhi Tum", "Suno Chanda",
           "Zindagi Gulzar Hai", "Jaan-e-Jahan"]  # fmt: skip
_SONGS = ["Pasoori", "Tu Jhoom", "Kana Yaari", "Afreen Afreen", "Dil Dil Pakistan", "Groove Mera"]
_PEOPLE = ["Babar Azam", "Shaheen Shah Afridi", "Mahira Khan", "Fawad Khan", "Atif Aslam", "Ali Zafar",
           "Hania Aamir", "Wasim Akram", "Malala Yousafzai", "Arfa Karim", "Shoaib Akhtar", "Sana Mir"]  # fmt: skip
_TICKERS = ["ENGRO", "HBL", "UBL", "MCB", "MEBL", "NESTLE", "NATF", "GATM", "NML", "PIAA", "SYS", "LUCK"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2015, 2024)
    return {
        "CITY": rng.choice(_CITIES), "SEG": rng.choice(_SEGMENTS), "FEST": rng.choice(_FESTIVALS),
        "CR": str(rng.randint(2, 950)), "LAKH": str(rng.randint(2, 99)), "RS": f"{rng.randint(1, 99)},{rng.randint(100, 999)}",
        "FY": f"FY{year}-{str(year + 1)[2:]}", "FYS": f"FY{str(year)[2:]}", "HY": str(rng.randint(1436, 1446)),
        "HM": rng.choice(_HIJRI_MONTHS), "ROM": rng.choice(_ROMAN), "PCT": str(rng.randint(3, 87)),
        "DRAMA": rng.choice(_DRAMAS), "SONG": rng.choice(_SONGS), "CELEB": rng.choice(_PEOPLE),
        "TICK": rng.choice(_TICKERS), "PSL": str(rng.randint(1, 9)), "SRO": str(rng.randint(100, 1999)),
        "CIRC": f"{rng.randint(1, 20):02d}", "RATE": str(rng.randint(155, 305)), "POL": str(rng.choice([7, 13.75, 15, 20.5, 22, 17.5, 12])),
        "FLT": f"{rng.choice(['PK', 'PA', 'ER'])}-{rng.randint(200, 899)}", "CODE": f"*{rng.randint(100, 999)}#",
        "YR": str(year), "YR2": str(year + 1),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argued that {C}, particularly among {SEG}.", "{N} concluded that {C}.",
    "{N} has highlighted that {C}.", "{N} have shown that {C} in the Pakistani context.",
    "{N} observed that {C}, which is very relevant for {B}.", "{N} is of the view that {C}.",
    "{N} explains that {C}; the same is true in {CITY}.", "{N} reported that {C} during {FEST}.",
    "{N} further stated that {C}.", "{N} empirically proved that {C}.", "{N} opined that {C}.",
    "{N} validated that {C} using a sample from {CITY}.", "{N} mentions that {C}, and {B} is a live example.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As per {N}, {C}.", "In the view of {N}, {C}.", "{O}, {N} found that {C}.",
    "{C}, as noted by {N}.", "This is in line with {N}, who found that {C}.", "For {B}, the findings of {N} suggest that {C}.",
    "A study conducted in {CITY} by {N} revealed that {C}.", "{C}; this was also pointed out by {N}.",
    "In a similar vein, {N} argued that {C}.", "Keeping in view the work of {N}, {C}.",
    "It is pertinent to mention that {N} found {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {SEG} found that {C}.", "{N} model helps explain why {C}.", "{O}, {N} findings indicate that {C}.",
    "{N} framework is useful for {B} because {C}.", "{N} survey in {CITY} showed that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "It is evident that {C} {P}.", "Research shows that {C} {P}.",
    "In Pakistan, {C} {P}.", "Past studies have confirmed that {C} {P}.", "{C}, especially in {CITY} {P}.",
    "It is a well-established fact that {C} {P}.", "{C} ({FEST} being the peak) {P}.",
    "{C} {P:see}.", "{C} {P:e.g.}.", "{B} is no exception: {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, whereas {C2}.", "{C} {P}; however, {C2}.", "{C} {P}, and {C2}.",
    "{C} {P}, while in {CITY} {C2}.", "{C} {P}, but for {B} {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} relies heavily on {FEST} for its annual sales", "{SEG} trust brands that their family already uses",
    "mobile wallets have grown faster than bank branches", "cash on delivery still dominates online orders",
    "celebrity endorsement lifts recall among {SEG}", "{B} could use WhatsApp Business to reach {SEG}",
    "halal assurance matters more to British Pakistani shoppers than price", "trust is the main barrier to digital payments",
    "{A} respond better to Urdu copy than to English copy", "drama sponsorship builds awareness quickly",
    "price sensitivity rose sharply after the rupee fell", "{T} raises {R} among {SEG}",
    "women in {CITY} are under-served by banks", "{B} has to localise its content for each province",
    "loyalty programmes struggle when inflation is high", "{SEG} compare prices on Daraz before buying in store",
    "remittances peak in the weeks before Eid", "{B}'s brand equity rests on its heritage",
    "service quality drives satisfaction in Islamic banks", "influencers from {CITY} reach beyond their city",
    "{T} works best when it is tied to {R}", "the lawn season sets the tone for the whole year in apparel",
]  # fmt: skip
OPENERS = ["However", "Moreover", "Furthermore", "In the case of {B}", "Similarly", "In the Pakistani market",
           "Keeping this in view", "On the other hand", "Nevertheless", "In the context of {CITY}", "Besides this",
           "During {FEST}"]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, Daraz and a network of kiryana stores.",
    "The campaign ran across TV, Facebook and WhatsApp for the whole of {FEST}.",
    "{B}'s head office is in {CITY}, with regional teams in Lahore and Islamabad.",
    "The brand team consists of a brand manager, two assistants and an agency partner.",
    "{O}, {C}.", "Most of {B}'s customers pay in cash, even when they order online.",
    "The findings below are based on secondary data and the author's own experience at {B}.",
    "InshaAllah, the recommendations will be presented to senior management next quarter.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{N} writes that {Q}.", "It has been rightly said that {Q} {P}.",
    "In the words of {N}, {Q}.", "{Q}, as {N} reminds marketers.", "The point is made clearly: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["“desi”", "‘apna’", "“value for money”", "“paisa wasool”", "‘digital-first’", "“halal”",
                "“sasta”", "'jugaar'", "“izzat”", "‘made in Pakistan’"]  # fmt: skip
SCARE_FRAMES = [
    "Consumers often describe the brand as {Q} {P}.", "{B} positions itself as {Q} {P}.",
    "The notion of {Q} shapes buying decisions {P}.", "{N} describes this as {Q} marketing.",
    "Many shoppers still see online brands as not {Q} enough {P}.",
]  # fmt: skip
SUBJECT_LINES = ["“Eid Mubarak! Enjoy 30% off on all lawn”", "‘Ramazan Kareem: free delivery till Chand Raat’",
                 "“White Friday is LIVE – up to 70% off”", "‘Send money home for Eid in minutes’",
                 "“Jashn-e-Azadi offer: Rs 1,947 only”", "'Apni pehli transaction par Rs 500 cashback paayein'",
                 "‘Your {M} order is on its way’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The SMS {Q} achieved the highest click-through {P}.", "{B} pushed the notification {Q} to lapsed users {P}.",
    "An email with the subject {Q} was tested against a plain one {P}.",
    "The WhatsApp broadcast {Q} drove most of the traffic {P}.",
]  # fmt: skip

# Text with years, brackets, numbers and names that is no citation.
NOT_CITATIONS = {
    "crore-rupees": ["{B}'s revenue crossed Rs {CR} crore ({FY}).", "Marketing spend was cut to PKR {CR} crore in {YR}."],
    "lakh-count": ["The app passed {LAKH} lakh downloads (as of June {YR}).", "Around {LAKH} lakh wallets were opened in {FEST} {YR}."],
    "rupee-price": ["The pack is priced at Rs {RS} ({YR} rate card).", "A 500g jar now costs Rs. {RS}/- (June {YR})."],
    "fiscal-year": ["Sales grew by {PCT}% year on year ({FY}).", "The target for {FYS} was missed by a wide margin."],
    "act-number": ["Online defamation is dealt with under the Prevention of Electronic Crimes Act, 2016 (Act No. XL of 2016).",
                   "Mergers are reviewed under the Competition Act, 2010 (Act No. XIX of 2010)."],
    "act-section": ["Deceptive marketing is prohibited by Section 10 of the Competition Act (2010).",
                    "Section 37 of PECA (2016) gives the PTA powers to block content."],
    "sro-number": ["Duties on imported handsets were raised through SRO {SRO}(I)/{YR}.",
                   "The exemption was withdrawn by S.R.O. {SRO}(I)/{YR} in the budget."],
    "sbp-circular": ["Wallet limits were raised under BPRD Circular No. {CIRC} of {YR}.",
                     "The SBP's Raast P2M rollout (launched {YR}) made QR payments free for merchants."],
    "hijri-date": ["The campaign went live on 1 {HM} {HY} AH.", "Sales peaked in the last ten days of Ramazan ({HY} AH)."],
    "ramazan-season": ["Ramazan {YR} fell in the hottest weeks of the year.", "Iftar TVCs (Ramazan {YR}) were the most-watched of the year."],
    "eid-dates": ["Eid ul Azha ({YR}) shifted spend from apparel to livestock.", "Shops stayed open until Chand Raat (Eid ul Fitr {YR})."],
    "independence-day": ["Green-and-white packs were sold for 14 August {YR}.", "The 75th Independence Day (14 August 2022) campaign won wide praise."],
    "psl-season": ["{B} was a sponsor of PSL {PSL} ({YR}).", "Viewership peaked at the HBL PSL final (March {YR})."],
    "white-friday": ["Daraz's White Friday ({YR}) sold out in hours.", "White Friday sales ({YR}) beat 11.11 in value."],
    "drama-year": ["{B} sponsored the drama {DRAMA} (ARY Digital, {YR}).", "{DRAMA} ({YR}) drew record TRPs."],
    "song-year": ["{SONG} (Coke Studio, {YR}) was used in the TVC.", "The jingle borrowed from {SONG} ({YR})."],
    "celebrity-dates": ["{CELEB} (brand ambassador since {YR}) fronts the campaign.",
                        "The ads with {CELEB} ({YR}–{YR2}) were pulled after a backlash."],
    "founder-born": ["Syed Babar Ali (b. 1926) founded LUMS and Packages.", "Abdul Razak Dawood (b. 1955) led the group for decades."],
    "historic-figure": ["The Quaid-e-Azam (1876–1948) appears on every banknote.", "Allama Iqbal (1877–1938) is quoted on many Independence Day posts."],
    "psx-ticker": ["{B}'s shares (PSX: {TICK}) rose {PCT}% in {YR}.", "Investors tracked {TICK} (KSE-100, {YR}) closely."],
    "ussd-code": ["Customers can dial {CODE} to open a wallet.", "The USSD menu ({CODE}) still serves feature-phone users."],
    "cnic-ntn": ["Accounts need a CNIC (e.g. 35202-1234567-1) and a selfie.", "The firm's NTN (1234567-8) appears on every invoice."],
    "iban-code": ["Payments go to PK36 SCBL 0000 0011 2345 6702.", "The IBAN format (PK + 22 characters) was made mandatory."],
    "flight-number": ["The Manchester route ({FLT}) was restored in {YR}.", "Flight {FLT} to Toronto runs twice a week."],
    "aircraft-model": ["The fleet includes the A320neo (delivered {YR}).", "The Boeing 777-200LR (2004) serves the long-haul routes."],
    "product-launch": ["Olper's Tarka Cream ({YR} launch) targets home cooks.", "Shan's Bombay Biryani mix (500g, {YR} pack) leads the category."],
    "app-version": ["The JazzCash app (v5.{PSL}, {YR}) added bill splitting.", "Easypaisa 4.0 ({YR}) was a full redesign."],
    "campaign-name": ["The Dil Se Pakistan campaign ({YR}) ran on all channels.", "Tapal's Mehmaan Nawazi series ({YR}) built on hospitality."],
    "award-year": ["The campaign won at the PAS Awards {YR}.", "{B} took a gold Effie (Effie Pakistan {YR})."],
    "event-expo": ["{B} exhibited at Expo Pakistan {YR} in Karachi.", "The brand had a pavilion at Expo 2020 Dubai (2021–22)."],
    "cricket-event": ["Sales spiked during the Asia Cup ({YR}).", "The ICC Champions Trophy (2025) was hosted in Pakistan."],
    "national-event": ["Demand collapsed after the 2022 floods (June–October).", "The general elections (8 February 2024) froze ad budgets."],
    "lockdown": ["Orders tripled during the smart lockdown ({YR}).", "The first lockdown (March 2020) moved grocery online."],
    "exchange-rate": ["The rupee fell to PKR {RATE}/USD (June {YR}).", "Import costs rose with the exchange rate (Rs {RATE} to the dollar)."],
    "policy-rate": ["The SBP policy rate stood at {POL}% ({YR}).", "Consumer financing slowed when rates hit {POL}% in {YR}."],
    "cpi-base": ["Inflation is measured against the CPI (base 2015-16 = 100).", "Food inflation reached {PCT}% (CPI, May {YR})."],
    "census-count": ["The 7th Population and Housing Census (2023) counted 241 million people.", "Karachi's population (2017 census) is disputed."],
    "sample-size": ["A survey of shoppers in {CITY} was run (n = {n}).", "Respondents were mostly aged 18–35 (n={n}, {YR})."],
    "figure-table": ["Market shares are shown below (Figure {q}).", "The survey results are summarised in Table {q} ({YR} data)."],
    "quarter": ["Revenue fell in Q{q} {FYS}.", "Active wallets grew {PCT}% (Q{q} {YR})."],
    "market-share": ["Tapal leads the loose-tea segment (about {PCT}% share, {YR}).", "Jazz holds the largest subscriber base ({PCT}%, {YR})."],
    "university-cohort": ["The author studied at IBA Karachi (MBA, Class of {YR}).", "Focus groups were run with LUMS students (batch {YR})."],
    "interviewee": ["One brand manager (Interviewee 3, {CITY}, March {YR}) disagreed.", "A branch manager (Respondent R{q}, {YR}) confirmed this."],
    "address": ["The head office is at Plot 5, Sector 24, Korangi Industrial Area, Karachi.", "Its flagship store (MM Alam Road, Lahore) opened in {YR}."],
    "org-since": ["{B} (est. {Y}) is a household name.", "The company (incorporated {Y} as a private limited company) went public later."],
    "legal-form": ["{B} (Pvt.) Ltd. was registered with the SECP in {YR}.", "The agency operates as an SMC-Pvt. Ltd. (since {YR})."],
    "standard-code": ["The plant is certified to PS 3733:2022 for halal.", "Packaging meets ISO 22000:2018 and PSQCA rules."],
    "hashtag": ["The hashtag #WhiteFriday{YR} trended for two days.", "#DilDilPakistan ({YR}) was the most-used tag on 14 August."],
    "time-pkt": ["Posts perform best at 9 pm (PKT).", "The live stream started at 10:30 pm PST on Chand Raat."],
    "diaspora-stat": ["Bradford (Pakistani heritage: {PCT}% of residents) is a core market.", "Remittances reached USD 30 billion (FY2022-23)."],
    "channel-name": ["The ad ran on Geo Entertainment (prime time, {YR}).", "Hum TV (since 2005) carries most of the brand's dramas."],
    "telecom-licence": ["Jazz and Zong bought 4G spectrum (2016 auction).", "5G trials (2021) were limited to Islamabad and Karachi."],
    "metro-line": ["Footfall near the Orange Line (2020) doubled.", "The Green Line BRT (Karachi, 2021) changed shopping routes."],
}  # fmt: skip
