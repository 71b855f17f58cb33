"""Prose for the eighty-fifth held-out pool, "blind85": how Pacific Island marketers write a CIM report.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-fifth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital, destination and communications marketers at tourism authorities and resort groups, airlines, telecoms and
mobile-money providers, banks and insurers, fisheries, kava, water and food exporters, supermarket chains and
public-health programmes in Suva, Nadi, Apia, Nukuʻalofa, Port Moresby, Lae, Port Vila and Honiara write: Acts and
central-bank notices with their numbers and years, statistics-office tables, festivals, Independence days and
rugby sevens tournaments, FJ$, tala, paʻanga, kina, vatu and SBD figures, flight numbers, USSD codes, promo codes
and hashtags, Fijian, Samoan, Tongan and Tok Pisin words glossed in brackets, company registrations and tickers,
campaign calendars, survey waves and the names of programmes and brands with years in them.
"""

from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, a point that matters for {B} in the Fijian market.",
    "{N} reported that {C} across the four islands surveyed.",
    "{N} showed that {C}, particularly among {A}.",
    "{N} makes the case that {C}.",
    "{N} observed that {C} once remittance money arrived.",
    "{N} concluded that {C}, although the sample came mostly from Viti Levu.",
    "{N} suggests that {C}; this is echoed by staff at our Nadi branch.",
    "{N} notes that {C}.",
    "{N} found, in a study of {isl} households, that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explains, {C}.",
    "According to {N}, {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "Research by {N} indicates that {C}.",
    "In the Pacific context, {N} found that {C}.",
    "This fits with the view of {N} that {C}.",
    "Work in {isl} by {N} suggests that {C}.",
    "Drawing on {N}, the team accepted that {C}.",
    "A similar pattern is described by {N}, who found that {C}.",
    "The segmentation in this plan follows {N}, since {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} survey of {A} in {city} found that {C}.",
    "{N} model of service quality helps explain why {C}.",
    "{N} work on the talanoa approach shows that {C}.",
    "Building on {N} framework, {C}.",
    "{N} findings suggest that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{C}, especially outside the main centres {P}.",
    "In {isl}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "{O} {C} {P}.",
    "{C}, which {B} has experienced first-hand {P}.",
    "Evidence from the region suggests that {C} {P}.",
    "{C} in both urban and village settings {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, so {B} should plan its {fest} activity early.",
    "Because {C} {P}, the proposal puts more budget into mobile.",
    "{C} {P}, and this shapes the targeting in Task 2.",
    "{O} {C} {P}, which the brand team had not expected.",
    "While {C} {P}, the picture in the outer islands is different.",
    "{C} {P}; the same is true of {A}.",
]  # fmt: skip
CLAIMS = [
    "trust in the brand drives {R} among {A}",
    "word of mouth through church and family networks outweighs paid media",
    "mobile money adoption rises when agents are based in local canteens",
    "visitors from Australia and New Zealand respond to authentic village experiences",
    "price remains the main reason shoppers switch supermarkets in {city}",
    "Facebook is still the main social channel for {A} in the Pacific",
    "loyalty schemes lift {R} when rewards can be shared with family",
    "{B} gains more from community sponsorship than from television advertising",
    "public-health messages land better when delivered by village and church leaders",
    "diaspora customers in Auckland and Sydney influence purchases back home",
    "data bundles are bought in small daily amounts rather than monthly plans",
    "service quality on regional flights shapes the wider destination image",
    "consumers read local ownership as a sign of quality",
    "copy for {T} works best when it is written in the vernacular as well as English",
    "tourists increasingly book through their phones after they arrive",
    "women market vendors are an underserved segment for digital banking",
    "seasonal worker income has changed spending patterns in rural areas",
    "sugary drinks are priced below bottled water in many outer-island stores",
    "the Bula Spirit is the single strongest asset of the destination brand",
    "customers expect a reply on Messenger within the same day",
    "kava exporters depend on a small number of overseas buyers",
    "brand messages that show the extended family outperform individual-focused ones",
    "cruise passengers spend less per head than land-based visitors",
    "rugby sponsorship builds awareness but rarely moves {R}",
]  # fmt: skip
OPENERS = [
    "In the Fijian market,",
    "For Pacific Island consumers,",
    "Across Melanesia,",
    "In a small island economy,",
    "Since the borders reopened in 2022,",
    "For a brand like {B},",
    "In practice,",
    "Outside Suva and Nadi,",
]  # fmt: skip
PLAIN = [
    "The rest of this section applies these ideas to {B}.",
    "Our customer base is spread across more than a hundred inhabited islands, which makes distribution costly.",
    "Table 2 summarises the segments that the proposal targets.",
    "The marketing team in Suva has six permanent staff and relies on agencies for creative work.",
    "This report was prepared for the head of marketing and the executive team.",
    "The recommendations below are costed in the appendix.",
    "Staff interviews were held in English, iTaukei and Fiji Hindi.",
    "The next part sets out the implementation plan and how success will be measured.",
    "Some of the data used here is commercially sensitive and has been rounded.",
    "Feedback from branch managers in Labasa and Lautoka was collected in October.",
    "The brand's tone of voice is warm, respectful and family-focused.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} puts it plainly: {Q}.",
    "As one study noted, {Q} {P}.",
    "{Q} {P}.",
    "The point is well made by {N}: {Q}.",
    "{N} writes that {Q}, which is exactly the challenge for {B}.",
    "One author captures this well: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "island time", "Bula Spirit", "where happiness finds you", "vanua", "fa'a Samoa", "mana", "talanoa",
    "tauhi vā", "wantok", "kerekere", "premium", "authentic", "real Fiji", "local first",
]  # fmt: skip
SCARE_FRAMES = [
    "The idea of \u201c{Q}\u201d appears again and again in visitor reviews {P}.",
    "Staff often talk about \u201c{Q}\u201d when they describe good service, as {N} also found.",
    "Marketers lean on '{Q}' as a selling point {P}.",
    "The brand uses \u2018{Q}\u2019 loosely, a risk that {N} warns about.",
    "What counts as \"{Q}\" differs between villages and towns {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "Bula! Your FJ$99 fare to Nadi ends tonight", "Talofa, your data bonus is waiting",
    "Mālō e lelei - double points this weekend", "Your M-PAiSA statement is ready",
    "Back to school: stationery packs from FJ$15", "Fiji Day specials inside", "Last call for Teuila Festival deals",
    "Your kina, your way: new savings account", "Christmas hampers for the whole aiga",
]  # fmt: skip
SUBJECT_FRAMES = [
    "An email with the subject line \u201c{Q}\u201d had the best open rate, in line with {P}.",
    "The SMS read '{Q}', and it followed the advice of {N} on short copy.",
    "A push notification saying \"{Q}\" drove most of the redemptions {P}.",
    "The test subject line \u2018{Q}\u2019 beat the control, as {N} would predict.",
]  # fmt: skip

# Text with capitals, years, brackets or quotation marks that cites nothing: what these reports carry besides citations.
NOT_CITATIONS: dict[str, list[str]] = {
    "act-with-year": [
        "The campaign has to comply with the Online Safety Act 2018 before any user content is reposted.",
        "Under the Consumer Council of Fiji Act 1976, the Council can name traders publicly.",
        "The Samoa Telecommunications Act 2005 sets the rules for number portability.",
        "All price claims will be checked against the Tonga Consumer Protection Act 2000.",
    ],
    "act-with-number": [
        "Vanuatu's Consumer Protection Act No. 37 of 2020 now covers online sales to tourists.",
        "Section 14 of the Fijian Competition and Consumer Commission Act 2010 prohibits misleading price displays.",
        "The label rules follow the Food Safety Regulations 2009 (Regulation 12) for bottled water.",
    ],
    "central-bank-notice": [
        "The Reserve Bank of Fiji's Banking Supervision Policy Statement No. {pol} sets the disclosure rules for fees.",
        "Central Bank of Samoa Notice No. {pol}/{Y} raised the limit for mobile wallets to WST {big}.",
        "Under RBF Policy No. {pol} (revised {Y}), remittance providers must show exchange rates upfront.",
    ],
    "statistics-office-figure": [
        "The Fiji Bureau of Statistics counted {vis} visitor arrivals in {Y}, most of them from Australia.",
        "Samoa Bureau of Statistics (SBS) figures show remittances reached WST {big} million in {Y}.",
        "According to the 2021 Census of Population and Housing, Tonga's population was just under 100,000.",
        "PNG's National Statistical Office (NSO) has not published a full census since 2011.",
    ],
    "currency-figure": [
        "The budget for the launch is FJ${big},000 (about AUD {small},000) over twelve weeks.",
        "Top-ups start at TOP 2 (two paʻanga) and data packs at SBD 10.",
        "A family pack costs K{small}.90 (PGK) in Lae and Port Moresby.",
        "Room rates in Port Vila average VUV {big},000 (vatu) a night in the dry season.",
    ],
    "festival-with-year": [
        "The activation is planned around the Hibiscus Festival {Y} in Suva.",
        "Sales peak in the fortnight before Diwali, when households buy sweets and new clothes.",
        "The Teuila Festival (Apia, September) is the natural launch window for the Samoan campaign.",
        "The Heilala Festival in Nukuʻalofa brings thousands of diaspora Tongans home each July.",
    ],
    "national-day": [
        "A Fiji Day (10 October) promotion will offer double data for 24 hours.",
        "Samoa's Independence celebrations on 1 June fill every flight from Auckland.",
        "Solomon Islands Independence Day (7 July) falls in the middle of the campaign.",
        "Vanuatu Independence Day on 30 July is a public holiday, so stores close early.",
    ],
    "sports-event": [
        "The Fiji Sevens team's gold at the Olympic Games (Rio 2016, Tokyo 2020) still drives national pride.",
        "Sponsorship of the HSBC SVNS Hong Kong leg gives the brand exposure in Asia.",
        "The Pacific Games 2023 in Honiara were the largest event the Solomon Islands has hosted.",
        "Flying Fijians jerseys sold out before the Rugby World Cup 2023 in France.",
    ],
    "company-registration": [
        "The firm trades as Motibhai Group (Company No. {reg}) and is registered in Suva.",
        "Punja and Sons Pte Limited (est. 1908) remains a family-owned business.",
        "Vodafone Fiji Pte Limited is a subsidiary of Amalgamated Telecom Holdings Limited (ATH).",
    ],
    "stock-ticker": [
        "ATH (SPX: ATH) and RB Patel (SPX: RBG) are both listed on the South Pacific Stock Exchange.",
        "BSP's shares trade on the PNGX (ticker: BSP) and on the ASX.",
        "The share price of FMF Foods (SPX: FMF) rose {pct} per cent in {Y}.",
    ],
    "flight-number": [
        "Fiji Airways flight FJ 411 (Nadi to Sydney) is the busiest route on the network.",
        "Air Niugini's PX 004 departs Port Moresby daily at 13:45.",
        "Samoa Airways (OL 731) added a third weekly Auckland service in {Y}.",
    ],
    "ussd-code": [
        "Customers dial *{ussd}# to check their M-PAiSA balance.",
        "The MyCash menu (*{ussd}#) now shows the last five transactions.",
        "A reminder SMS tells users to press *{ussd}*1# to renew their bundle.",
    ],
    "promo-code": [
        "The code BULA{small} gives 15 per cent off at checkout until 31 March.",
        "Shoppers who entered TALOFA{Y2} at checkout received free delivery in Apia.",
        "The voucher code (FIJIDAY{small}) was redeemed {n} times in the first week.",
    ],
    "hashtag": [
        "User posts tagged #WhereHappinessFindsYou doubled during the campaign.",
        "The hashtag #SamoaIsOpen trended in Auckland in {Y}.",
        "Entries used #MyFijiMoment and #BulaSpirit on Instagram.",
    ],
    "vernacular-gloss": [
        "Staff greet every guest with a warm Bula (hello) and a smile.",
        "In Samoan homes the aiga (extended family) decides on big purchases together.",
        "The wantok (kin and language group) system shapes who customers trust in PNG.",
        "The sevusevu (presentation of kava) is part of every village tour.",
        "Messages should respect tauhi vā (keeping relationships) in Tongan communities.",
    ],
    "tok-pisin-slogan": [
        "The PNG campaign line \u201cMoni bilong yu, taim bilong yu\u201d (your money, your time) tested well.",
        "Posters in Lae read \"Kisim save long helt bilong yu\" (learn about your health).",
    ],
    "tagline": [
        "Tourism Fiji's line \u201cWhere Happiness Finds You\u201d has been used since 2017.",
        "Vanuatu's slogan 'Answer the Call' targets adventurous travellers.",
        "The new line \u2018Beautiful Samoa\u2019 replaces the earlier campaign.",
    ],
    "survey-wave": [
        "Wave 3 (May {Y}) of our brand tracker had {n} respondents across Viti Levu and Vanua Levu.",
        "The Net Promoter Score (NPS) rose from 31 to 44 between Q{q} {Y} and Q{q} {Y2}.",
        "In the pilot (n = {n}), most respondents were aged 18 to 34.",
    ],
    "table-figure-ref": [
        "Figure {q} (below) shows visitor arrivals by source market from {Y} to {Y2}.",
        "See Table {q} (Appendix B) for the full media schedule.",
        "The SWOT analysis (Appendix A) is summarised in Figure 2.",
    ],
    "task-reference": [
        "As discussed in Task 1 (Section 2.3), the brand is losing share among students.",
        "The objectives set in Task 2 (Part B) follow the SMART format.",
        "This links back to the PESTLE analysis in Section 3 (Table 4).",
    ],
    "model-name": [
        "The 7Ps (Booms and Bitner's extended mix) are applied to the resort in Table 3.",
        "The SOSTAC model (situation, objectives, strategy, tactics, action, control) structures the plan.",
        "Using Ansoff's Matrix, the recommended strategy is market development into Vanuatu.",
        "The AIDA (Attention, Interest, Desire, Action) sequence guides the radio script.",
    ],
    "programme-with-year": [
        "The Healthy Islands Vision (1995) still frames public-health work in the region.",
        "The Fiji National Development Plan 2017-2036 sets a target of one million visitors.",
        "The 2050 Strategy for the Blue Pacific Continent was endorsed by Forum leaders in 2022.",
        "Samoa's Pathway for the Development of Samoa (PDS) runs from 2021/22 to 2025/26.",
    ],
    "ncd-programme": [
        "The Wellness Fiji campaign (launched {Y}) encourages thirty minutes of activity a day.",
        "The Tonga Health Promotion Foundation (TongaHealth) funds community sports days.",
        "The sugar-sweetened beverage tax (SSB tax) took effect in Tonga in 2013.",
    ],
    "fisheries-certification": [
        "Albacore from the fleet carries the MSC (Marine Stewardship Council) blue label.",
        "Catch is logged under the Vessel Day Scheme (VDS) of the Parties to the Nauru Agreement.",
        "The longline fleet (12 vessels) lands most of its catch in Suva and Levuka.",
    ],
    "product-with-year": [
        "The Fiji Water 1.5L (launched in {Y}) is the best seller in duty-free.",
        "The Samsung Galaxy A{small} is the most popular handset among Digicel customers.",
        "The new iPhone 16 (Pro Max) bundle is priced at FJ$4,299 on a 24-month plan.",
    ],
    "plan-name": [
        "The Super Plan 60 (unlimited calls, 60GB) is the flagship postpaid product.",
        "Prepaid customers on the Daily 1GB Pack ($1 a day) renew most often.",
        "The WhatsApp Bundle (7 days) accounts for a third of data revenue.",
    ],
    "loyalty-tier": [
        "Tabua Club Gold members (Fiji Airways) get lounge access in Nadi.",
        "The MH Rewards card has three tiers (Silver, Gold and Platinum).",
        "Customers move to the Platinum tier after 20,000 points in a year.",
    ],
    "time-and-date": [
        "The sale starts at 6:00 a.m. on Saturday 14 December and ends at midnight.",
        "Doors open at 5.30 pm (FJT) for the launch at the Grand Pacific Hotel.",
        "The live stream (8 p.m. Samoa time) reached viewers in Auckland and Brisbane.",
    ],
    "phone-and-address": [
        "Customers can call the hotline on (679) 330 {small}{small} or visit the Victoria Parade office.",
        "The shop is on Cumming Street (opposite the market), Suva.",
        "Send enquiries to PO Box {ussd}, Port Vila, Vanuatu.",
    ],
    "website-and-handle": [
        "Bookings are taken at fijiairways.com and through the app (iOS and Android).",
        "Follow @tourismfiji on Instagram for the latest offers.",
        "The store locator on www.rbpatel.com.fj lists 14 supermarkets.",
    ],
    "media-outlet-name": [
        "The story ran on the front page of the Fiji Sun and was picked up by FBC News.",
        "Interviews were booked with Radio Fiji One, Radio Samoa and the Tonga Broadcasting Commission.",
        "A full-page advertisement in the Post-Courier (Port Moresby) costs around K8,000.",
        "The Solomon Star and the Island Sun both carried the launch.",
    ],
    "tv-programme": [
        "The brand sponsors \u201cFiji One News at Six\u201d on weeknights.",
        "A thirty-second spot during 'Pasifika Tonight' reaches most urban households.",
    ],
    "award-with-year": [
        "The resort won Best Family Resort at the Fiji Excellence in Tourism Awards {Y}.",
        "The bank was named Bank of the Year (Fiji) by The Banker in {Y}.",
        "The campaign was shortlisted for the PNG Business Excellence Awards (Marketing category).",
    ],
    "organisation-abbreviation": [
        "The Pacific Community (SPC) and the Pacific Islands Forum Secretariat (PIFS) are both based in Suva.",
        "The Fiji Competition and Consumer Commission (FCCC) reviews fuel prices every month.",
        "The South Pacific Tourism Organisation (SPTO) collects arrivals data from member countries.",
        "The Telecommunications Authority of Fiji (TAF) licenses all three operators.",
    ],
    "company-type": [
        "RB Patel Group Limited, Punja and Sons Pte Limited and Fiji Water LLC all export from Lautoka.",
        "Air Pacific Limited (trading as Fiji Airways) changed its name in 2013.",
        "Kumul Petroleum Holdings Limited is wholly owned by the State.",
    ],
    "versioned-standard": [
        "The payment page meets PCI DSS v4.0 and ISO 27001:2022.",
        "All QR payments use the EMVCo standard (version 1.1).",
        "Packaging follows ISO 14001 (environmental management).",
    ],
    "cruise-season": [
        "The 2024/25 cruise season (October to April) brought {n} ship calls to Port Vila.",
        "P&O Pacific Explorer calls at Lautoka on Tuesdays during the season.",
        "Cruise arrivals at Mystery Island (Inyeug) peak from November to March.",
    ],
    "back-to-school": [
        "The Back to School (January) campaign is the supermarket's second-biggest promotion after Christmas.",
        "School fees assistance under the Free Education Grant (FEG) frees up household cash in January.",
    ],
    "religious-day": [
        "White Sunday (the second Sunday of October) is when Samoan families buy new clothes for children.",
        "Easter weekend (Good Friday to Easter Monday) is a peak for domestic travel.",
        "Stores close on Sunday in Tonga, as required by the Constitution (Clause 6).",
    ],
    "exchange-rate": [
        "At the time of writing, FJ$1.00 bought about USD 0.44 (Reserve Bank mid-rate).",
        "Figures are converted at WST 2.70 = USD 1.00 throughout.",
        "All amounts are in kina (PGK) unless stated otherwise.",
    ],
    "percentage-with-bracket": [
        "Mobile penetration is high (over 100 per cent in Fiji) because many people carry two SIMs.",
        "Only a small share of adults (about {pct} per cent) hold a credit card.",
        "Online grocery orders grew sharply (from a low base) during the lockdowns of 2021.",
    ],
    "quoted-customer": [
        "One shopper said, \u201cI come here because my family always has.\u201d",
        "A guest wrote on TripAdvisor: 'The staff made us feel like family.'",
        "Another respondent told us, \"The app is fine but the agent is closer.\"",
    ],
    "quoted-staff": [
        "A branch manager explained, \u2018We know most customers by name.\u2019",
        "The duty manager put it simply: \u201cIf the bus is late, the guest blames the resort.\u201d",
    ],
    "dated-event": [
        "Tropical Cyclone Winston (February 2016) destroyed much of the northern tourism stock.",
        "The Hunga Tonga-Hunga Haʻapai eruption (15 January 2022) cut the undersea cable for five weeks.",
        "The borders reopened to tourists on 1 December 2021 after twenty months.",
        "The COVID-19 state of emergency (March 2020) closed all hotels in Samoa.",
    ],
    "brand-with-number": [
        "The 7-Eleven style kiosks (24/7) are a new format for the group.",
        "Sales of Fiji Bitter 750ml rose after the price cut.",
        "The Vodafone 4G+ network now covers {pct} per cent of the population.",
    ],
    "kava-grade": [
        "Waka (root) and lewena (basal stem) are sold as different grades at the Suva market.",
        "Noble kava varieties (Borogu, Melomelo) must be used for export under the Kava Act 2002 rules.",
    ],
    "meeting-with-date": [
        "The Pacific Islands Forum Leaders Meeting (Nukuʻalofa, August 2024) discussed regional tourism.",
        "The SPTO Tourism Investment Forum (Suva, {Y}) focused on resilient tourism.",
    ],
}  # fmt: skip

BRANDS = ["Tourism Fiji", "Fiji Airways", "Vodafone Fiji", "Digicel", "Fiji Water", "BSP", "ANZ Pacific",
          "Westpac Fiji", "Samoa Airways", "Air Niugini", "MH", "RB Patel", "Punja's", "FMF Foods", "M-PAiSA",
          "MyCash", "Tonga Development Bank", "TCC", "Bmobile", "Solomon Telekom", "Vanuatu Tourism Office",
          "Telikom PNG", "Pacific Fishing Company", "Kava Vanuatu"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values the blind85 frames use beside the builder's own."""
    return {
        "isl": rng.choice(["Fiji", "Samoa", "Tonga", "Papua New Guinea", "Vanuatu", "the Solomon Islands"]),
        "city": rng.choice(["Suva", "Nadi", "Lautoka", "Apia", "Nukuʻalofa", "Port Moresby", "Lae", "Port Vila",
                            "Honiara", "Labasa"]),
        "fest": rng.choice(["Fiji Day", "Diwali", "Christmas", "Teuila Festival", "Heilala Festival",
                            "Hibiscus Festival", "White Sunday", "Easter", "back-to-school"]),
        "pol": str(rng.randint(1, 14)),
        "big": str(rng.randint(12, 950)),
        "small": str(rng.randint(10, 99)),
        "vis": f"{rng.randint(480, 990)},{rng.randint(100, 999)}",
        "pct": str(rng.randint(8, 92)),
        "reg": f"C{rng.randint(1000, 99999)}",
        "ussd": str(rng.randint(100, 999)),
    }  # fmt: skip
