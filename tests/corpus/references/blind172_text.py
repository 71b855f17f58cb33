"""The blind172 pool (HELD OUT): prose, brands and decoys of marketers in Wales, Scotland and the Isle of Man and
their diaspora (Y Wladfa, Cape Breton, London, Toronto), written without reading the checker, its tests or any other
pool.

Candidates here write CIM Level 6 and 7 reports and MBA assignments in English about building societies and banks,
utilities, shortbread, whisky and Irn-Bru, ferries and zip lines, S4C and BBC Alba. Their prose is full of things
that look like citations and are not: laws with their asp, anaw and nawm numbers, Welsh statutory instruments
"(W. 68)", St David's Day, Burns Night, Hogmanay, the Eisteddfod "(Boduan, 2023)", the Mòd, the Fringe, Tynwald Day
and the TT, founders with dates, products launched in a year, ships, flights, postcodes, company and charity
numbers, tickers, Welsh and Gaelic glosses in brackets, bilingual place names, campaigns with years, interviewees
and awards. HELD OUT: nobody tunes the checker on it until its first tables have been read.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Principality", "Monmouthshire Building Society", "Bank of Scotland", "Virgin Money", "Tesco Bank",
          "the Development Bank of Wales", "Dŵr Cymru Welsh Water", "Scottish Water", "SSE", "ScottishPower",
          "Tunnock's", "Baxters", "Walkers Shortbread", "Irn-Bru", "BrewDog", "Glenfiddich", "Johnnie Walker",
          "Penderyn", "Halen Môn", "Brains", "Tomos Watkin", "Radnor Hills", "Admiral", "GoCompare",
          "Castell Howell", "Zip World", "VisitWales", "VisitScotland", "CalMac", "Loganair", "Transport for Wales",
          "S4C", "STV", "Manx Telecom", "Okell's", "the Steam Packet"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn mainly from south Wales.",
    "{N} concluded that {C}.", "{N} suggests that {C}, which is directly relevant to {B}.",
    "{N} showed that {C} in both English- and Welsh-speaking households.", "{N} makes the case that {C}.",
    "{N} observed that {C}, particularly among {A}.", "{N} point out that {C}.",
    "{N} reported that {C} across the Highlands and Islands.", "{N} questions whether {C}.",
    "{N} found, in a survey of {n} members, that {C}.", "{N} noted that {C}; {B} appears to have taken this on board.",
    "{N} warned that {C} unless the brand keeps its local roots.",
    "{N} claim that {C} and that {C2}.", "{N} describes how {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In a study of Scottish food and drink firms, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This echoes {N}, who found that {C}.", "{C}, which supports the conclusion of {N}.",
    "{C} – a point also made by {N}.", "As {N} observed, {C}.", "According to {N}, {C}.",
    "{B} is a useful example here: {N} showed that {C}.", "Research by {N} suggests that {C}.",
    "A survey by {N} found that {C}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "{C}; however, {N} found the opposite on the islands.", "{C}, as {N} found in Cardiff and Swansea.",
    "Writing about the Welsh diaspora, {N} noted that {C}.", "It could be argued, following {N}, that {C}.",
    "Like many mutuals, {B} seems to follow {N}: {C}.", "{C}, according to {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Applying {N} framework to {B}, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{N} findings matter for {B} because {C}.",
    "This reflects {N} argument that {C}.", "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.",
    "This matters because {C} {P}.", "{B} is no exception, since {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "In Wales as elsewhere, {C} {P}.", "{C}, especially in rural areas {P}.",
    "In short, {C} {P}.", "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
    "The same is true north of the border: {C} {P}.", "{C}, not least in the Western Isles {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "bilingual packaging signals authenticity to {A}", "{A} in Wales trust mutual building societies more than banks",
    "{T} works better for {B} when it is delivered in Welsh as well as English",
    "provenance claims such as ‘Made in Scotland’ add a price premium", "island customers expect ferry-style loyalty perks",
    "{A} respond to {T} that mentions their own town", "Scottishness is a stronger export asset than Britishness",
    "the cost-of-living crisis has pushed {A} towards own-label biscuits", "{T} raises {R} among {A}",
    "heritage brands risk looking old-fashioned to {A}", "Gaelic on signage is noticed more by visitors than by locals",
    "adventure tourism in north Wales depends heavily on Instagram", "{B}'s reliance on {T} leaves it exposed",
    "comparison sites have made car insurance a price-led market", "{A} rarely switch water or energy supplier for brand reasons",
    "spending on {T} has grown every year since {Y}", "the diaspora is a cheap and loyal audience for homeland brands",
    "festival sponsorship builds awareness but rarely {R}", "minority-language content earns higher engagement per follower",
    "members value branch closures less than they say they do",
]  # fmt: skip
OPENERS = ["Furthermore", "In addition", "However", "For example", "In Wales", "North of the border", "On the islands",
           "For {B}", "Since the pandemic", "In the context of {B}", "Nevertheless", "As a result", "Overall",
           "From a member's perspective", "In the Scottish market", "Within the Isle of Man"]  # fmt: skip
PLAIN = [
    "{B} was founded in Wales and still has its head office there.",
    "This report analyses {B}'s current marketing mix and makes recommendations for the next two years.",
    "The table below summarises {B}'s key performance indicators by channel.",
    "{B}'s Instagram account has {n}k followers, but only a small share of posts are in Welsh.",
    "A PESTLE analysis of {B} is included in Appendix {q}.", "{O}, {C}.",
    "The recommendations are phased over three financial years and costed in pounds sterling.",
    "Customers can join online, in branch or by phone, and the app is fully bilingual.",
    "The main competitors are {B} and two smaller regional rivals.",
    "Task 2 builds on this by proposing a content plan for the Scottish and Welsh markets.",
    "Fieldwork was carried out in Cardiff, Glasgow and Douglas.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{N} put it bluntly: {Q}.", "{O}, {Q} {P}.",
    "The point is well made that {Q} {P}.", "{Q} {P}; {B} would do well to remember this.",
    "{N} wrote that {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘hiraeth’", "‘cwtch’", "‘croeso’", "‘tartanry’", "'Brand Wales'", "“Scotland is Now”", "‘ceilidh culture’",
                "'local first'", "‘Cymreictod’", "‘mutual advantage’"]  # fmt: skip
SCARE_FRAMES = ["Brands now sell {Q} as an experience {P}.", "{B} describes its approach as {Q} {P}.",
                "Tourism campaigns lean on {Q} {P}.", "{N} calls this {Q} marketing."]  # fmt: skip
SUBJECT_LINES = ["‘Dydd Gŵyl Dewi hapus – 20% off today’", "“Your Burns Night box is on its way”",
                 "‘Last ferry tickets for the summer’", "\"Hogmanay hampers: order by the 20th\"",
                 "‘Croeso! Your new account is ready’", "“Your TT fortnight travel update”"]  # fmt: skip
SUBJECT_FRAMES = ["The subject line {Q} lifted open rates {P}.", "{B} sent {Q} to lapsed members {P}.",
                  "An email headed {Q} performed best, as {N} would predict."]  # fmt: skip

NOT_CITATIONS = {
    "wales-act-anaw": ["{B} now reports against the seven well-being goals of the Well-being of Future Generations (Wales) Act 2015 (anaw 2).",
                       "Public bodies in Wales must show how they meet the Act (anaw 2 of 2015) in every plan."],
    "measure-nawm": ["Its Welsh language standards come from the Welsh Language (Wales) Measure 2011 (nawm 1).",
                     "The Measure (2011) gave Welsh official status in Wales."],
    "gaelic-act-asp": ["Public bodies must prepare Gaelic language plans under the Gaelic Language (Scotland) Act 2005 (asp 7).",
                       "{B}'s Gaelic plan (first approved {Y}) follows the 2005 Act."],
    "minimum-pricing-asp": ["Minimum unit pricing (asp 4, 2012) changed how supermarkets promoted own-label spirits.",
                            "Wales followed Scotland with its own minimum price (anaw 5, 2018), set at 50p a unit."],
    "welsh-si": ["The Welsh Language Standards (No. 1) Regulations 2015 (SI 2015/996 (W. 68)) apply to councils.",
                 "Later standards (W. {n}) extended the duties to regulators."],
    "tynwald-act": ["On the island, the Online Gambling Regulation Act 2001 (an Act of Tynwald) governs how operators advertise.",
                    "Manx firms follow the Equality Act 2017 (Isle of Man), not the UK Act of 2010."],
    "uk-act-chapter": ["The Digital Markets, Competition and Consumers Act 2024 (c. 13) gave the CMA new fining powers.",
                       "Drip pricing is banned under the 2024 Act (Part {q})."],
    "st-davids-day": ["{B}'s biggest campaign runs on St David's Day (1 March {Y}).", "Sales of daffodils and Welsh cakes peak around Dydd Gŵyl Dewi (1 March)."],
    "burns-night": ["Haggis and shortbread sell best in the week before Burns Night (25 January {Y}).",
                    "{B} sponsored a Burns supper in Toronto (25 Jan {Y}) for the diaspora."],
    "hogmanay": ["Edinburgh's Hogmanay ({FY}) sold out within days.", "Ferry bookings jump at Hogmanay (31 December) every year."],
    "eisteddfod": ["{B} had a stand on the Maes at the National Eisteddfod ({EIST}, {Y}).", "The Urdd Eisteddfod ({EIST} {RY}) drew over {q}0,000 visitors."],
    "royal-welsh": ["Farm-to-fork brands launch at the Royal Welsh Show (Llanelwedd, July {Y}).", "The Royal Welsh Winter Fair (November {Y}) is smaller but more trade-focused."],
    "mod-festival": ["{B} sponsored the Royal National Mòd ({MOD}, {Y}).", "Gaelic choirs at the Mòd (October {Y}) were streamed on BBC Alba."],
    "fringe": ["Pop-ups during the Edinburgh Festival Fringe (August {Y}) reached tourists from {q}0 countries.", "The Fringe ({Y}: {n} shows) is a crowded space for sponsors."],
    "tynwald-day": ["Shops in St John's close early on Tynwald Day (5 July).", "The open-air sitting on Tynwald Day ({Y}) was broadcast by Manx Radio."],
    "tt-races": ["Ferry capacity is the constraint during TT fortnight (TT {Y}).", "Bookings for the Isle of Man TT ({Y}) opened a year ahead."],
    "gwyl-glaniad": ["In Y Wladfa, Gŵyl y Glaniad (28 July) marks the Mimosa's arrival in 1865.", "The Mimosa (1865) carried 153 settlers to Patagonia."],
    "founder-dates": ["The firm is still shaped by its founder, {FOUNDER}.", "Its founder, {FOUNDER}, started with one shop in {TOWN}."],
    "campaign-year": ["{B}'s ‘{SLOGAN}’ campaign ({Y}) won a silver at the Drum Awards.", "The ‘{SLOGAN}’ advert ({Y}, 60 seconds) was shown in cinemas."],
    "product-launch": ["{PRODUCT} (launched {Y}) is now its best seller.", "Sales of {PRODUCT} ({Y} recipe) rose after the relaunch."],
    "whisky-edition": ["The limited release (Glenfiddich 18, {Y} edition) sold out online.", "Penderyn Legend (41% ABV) is aimed at new whisky drinkers."],
    "company-number": ["The distillery is registered in Scotland (Company No. SC{n}{q}{q}{q}).", "The Welsh subsidiary trades as a Cyf. (Company No. 0{n}{q}{q}{q}{q})."],
    "charity-number": ["The partner charity (SC0{n}{q}{q}) is a SCIO registered with OSCR.", "The Eisteddfod is a registered charity (No. 52{n}{q}{q})."],
    "firm-reference": ["Principality is authorised by the PRA (FRN 155998).", "{B} (FRN {n}{q}{q}{q}) appears on the FCA register."],
    "ticker": ["A.G. Barr (LSE: BAG) reported higher volumes.", "SSE (LON: SSE, {Y} close £{n}) remains in the FTSE 100."],
    "money": ["Turnover rose to £{n}m ({Y}).", "The marketing budget (£{n},000 for {FY}) is modest for the sector."],
    "manx-pound": ["Manx notes (£5, £10 and £20, issued by the Isle of Man Government) circulate alongside sterling.", "Prices on the island (IMP £1 = GBP £1) are set in pounds."],
    "patagonia-pesos": ["A week in Gaiman costs around ARS {n},000 (£{q}00 at {Y} rates).", "Welsh tea houses in Trelew charge in pesos (ARS)."],
    "postcode": ["The head office in Cardiff (CF10 {q}EP) is next to the Senedd.", "Stornoway deliveries (HS1 {q}XX) cost extra.",
                 "Its Douglas office (IM1 {q}LN) employs {n} people."],
    "phone-line": ["A Welsh-language helpline (0300 {n} {q}{q}{q}{q}) opened in {RY}.", "Members can call the branch (01792 {n}{q}{q}{q})."],
    "ferry-ship": ["The MV Glen Sannox (delivered 2024) finally joined the Arran route.", "The Steam Packet's Manxman (2023) replaced the Ben-my-Chree."],
    "flight-route": ["Loganair's LM{n} (Westray–Papa Westray) is the world's shortest scheduled flight.", "The Cardiff–Anglesey route (PSO, {Y}) is subsidised."],
    "rolling-stock": ["TfW's new trains (Class 197, from {Y}) were promoted with a bilingual campaign.", "The Borders Railway (reopened 2015) brought day-trippers to Galashiels."],
    "award": ["{B} holds a King's Award for Enterprise ({RY}).", "It won Best Use of Welsh (Golden Dragon Awards, {Y}).",
              "Zip World took gold (Wales Tourism Awards {RY})."],
    "interviewee": ["One branch manager in {TOWN} (Interviewee {q}, {RY}) said members still want a counter.",
                    "A distillery guide (Participant {q}) described the visitors as ‘whisky pilgrims’."],
    "executive": ["The campaign was led by marketing director {EXEC} (appointed {Y}).", "{EXEC}, head of brand since {Y}, signed off the rebrand."],
    "welsh-gloss": ["Tourism adverts lean on hiraeth (a longing for home).", "The word cwtch (a cuddle, or a safe place) is now used in bank adverts.",
                    "Its slogan uses croeso (welcome) in English copy."],
    "gaelic-gloss": ["Signs read fàilte (welcome) at every CalMac terminal.", "The brand name comes from ceòl (music) and mòr (big)."],
    "bilingual-place": ["Branches in {PLACE} were the first to close.", "Visitors to {PLACE} increased after the campaign."],
    "former-name": ["Clydesdale Bank (now Virgin Money, since 2021) retired its old brand.", "The Assembly (renamed the Senedd in 2020) publishes in both languages."],
    "strategy-target": ["The Cymraeg 2050 target (one million speakers) shapes public campaigns.", "Net Zero Wales (2021–25) sets targets for utilities."],
    "census-change": ["Gaelic skills rose in Scotland (2011 to 2022), while Welsh fell (2011 to 2021).", "The share of Welsh speakers fell to 17.8% (Census 2021 figure)."],
    "lockdown-dates": ["Wales's firebreak lockdown (23 October–9 November 2020) closed every branch.", "Tourism reopened on the islands (July 2020) with strict limits."],
    "history-dates": ["The flooding of Capel Celyn (1965) still shapes Welsh attitudes to water companies.", "The Highland Clearances (c. 1750–1860) are part of the diaspora's story."],
    "devolution": ["Devolution (1999) gave Wales and Scotland their own tourism bodies.", "The 1997 referendums (Wales 50.3% yes) were close."],
    "tv-programme": ["{B} sponsors {SHOW} (since {RY}).", "BBC Alba (launched 2008) carries Gaelic adverts.", "Its advert ran during {SHOW} (series {q})."],
    "sport-score": ["Wales beat Scotland ({SCORE}) in the Six Nations {RY}.", "Sponsorship at the Principality Stadium (capacity 73,931) is costly."],
    "football-club": ["Wrexham AFC (promoted {Y}) is now a global brand.", "Ross County (Dingwall, pop. 5,500) punches above its weight."],
    "handle-hashtag": ["The campaign ran as #{TAG} ({RY}).", "Follow @VisitWales (Instagram, {n}k followers) for inspiration."],
    "website": ["Bookings are made through visitwales.com (English) and croeso.cymru (Welsh).", "See www.s4c.cymru for the schedule ({RY})."],
    "financial-year": ["Results for the financial year (FY{RY}) were flat.", "Spending fell in {FY} (year to 31 March)."],
    "course-module": ["This report answers the CIM Level {LEVEL} brief (module 2206, {RY}).", "It was written for an MBA module (MKT{n}, semester {q})."],
    "sample-size": ["Most respondents were Welsh speakers (n = {n}).", "The survey of island households (aged 18+, n = {n}) ran in {Y}."],
    "pgi-status": ["Welsh Lamb (PGI since 2003) sells at a premium.", "Halen Môn (PDO, 2014) was one of the first Welsh products protected."],
    "distance-time": ["The crossing takes 2 hours 40 minutes (Ullapool–Stornoway).", "Zip World's Velocity line (1.5 km, over 100 mph) is the fastest in Europe."],
    "exchange-rate": ["Toronto prices were converted at the {RY} rate (CAD 1.{q}{q} to £1).", "Exports to Canada (CAD {n}m, {Y}) grew fastest."],
    "age-range": ["The target market is young adults (aged 18–24).", "Older members (65+) prefer branches."],
    "radio-frequency": ["Adverts on Manx Radio (AM 1368 and FM 89) reach most island households.", "Radio Cymru (FM 92–105) carries Welsh-only adverts."],
    "listing": ["The Edinburgh Woollen Mill (est. 1946) has shrunk its estate.", "Baxters (est. 1868, Fochabers) remains family-owned."],
}  # fmt: skip

_EIST = [
    "Boduan",
    "Tregaron",
    "Pontypridd",
    "Wrecsam",
    "Ceredigion",
    "Llŷn ac Eifionydd",
    "Rhondda Cynon Taf",
    "Caerdydd",
]
_MOD = ["Inverness", "Paisley", "Perth", "Oban", "Lochaber", "Stornoway"]
_FOUNDERS = ["Thomas Tunnock (1840–1902)", "Robert Barr (1830–1883)", "Alexander Walker (1805–1889)",
             "William Grant (1839–1923)", "George Baxter (1845–1912)", "Samuel Arthur Brain (1850–1903)",
             "Joseph Walker (1869–1937)"]  # fmt: skip
_TOWNS = ["Aberystwyth", "Carmarthen", "Bangor", "Wrexham", "Newport", "Kirkwall", "Lerwick", "Dundee", "Aberdeen",
          "Inverness", "Douglas", "Uddingston", "Aberlour", "Fochabers", "Gaiman"]  # fmt: skip
_SLOGANS = ["Hiraeth", "Croeso", "Scotland is Now", "Made in Scotland from girders", "Find your epic",
            "The Wales Way", "Home is where the cwtch is", "Gwlad, Gwlad", "Keep Walking", "Ours since 1890"]  # fmt: skip
_PRODUCTS = ["Irn-Bru Xtra", "the Tunnock's Caramel Wafer", "Penderyn Myth", "Baxters Royal Game soup",
             "Halen Môn Smoked Water", "Brains SA Gold", "Radnor Hills Heartsease", "BrewDog Punk IPA",
             "Walkers Shortbread Fingers", "Glenfiddich Grand Cru"]  # fmt: skip
_EXECS = ["Ffion ap Gwilym", "Catrìona NicLeòid", "Hamish Urquhart", "Breesha Quayle", "Rhodri Elis-Thomas",
          "Seumas Mac an t-Saoir", "Lowri Wyn Jones", "Orry Kneale", "Mhairi Farquharson"]  # fmt: skip
_PLACES = ["Caerdydd (Cardiff)", "Abertawe (Swansea)", "Casnewydd (Newport)", "Wrecsam (Wrexham)", "Caerfyrddin (Carmarthen)",
           "Steòrnabhagh (Stornoway)", "Inbhir Nis (Inverness)", "Obar Dheathain (Aberdeen)", "Dùn Èideann (Edinburgh)",
           "Doolish (Douglas)", "Glaschu (Glasgow)"]  # fmt: skip
_SHOWS = ["Pobol y Cwm", "Heno", "Gogglebocs Cymru", "Am Bràighe", "River City", "Scotland Tonight"]
_TAGS = ["DyddGŵylDewiHapus", "BurnsNight", "CaruCymru", "ScotlandIsNow", "Hogmanay", "ShopLocalWales"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "EIST": rng.choice(_EIST), "MOD": rng.choice(_MOD), "FOUNDER": rng.choice(_FOUNDERS), "TOWN": rng.choice(_TOWNS),
        "SLOGAN": rng.choice(_SLOGANS), "PRODUCT": rng.choice(_PRODUCTS), "EXEC": rng.choice(_EXECS),
        "PLACE": rng.choice(_PLACES), "SHOW": rng.choice(_SHOWS), "TAG": rng.choice(_TAGS),
        "FY": f"{(fy := rng.randint(2015, 2024))}/{(fy + 1) % 100:02d}", "RY": str(rng.randint(2015, 2024)),
        "LEVEL": rng.choice(["6", "7"]), "SCORE": f"{rng.randint(9, 35)}–{rng.randint(3, 24)}",
    }  # fmt: skip
