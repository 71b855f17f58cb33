"""The blind199 pool's prose (HELD OUT): marketers in Nigeria and its diaspora writing CIM reports.

A hundred-and-ninety-ninth independent pool, written without reading the checker (marker/checks), its tests or any
other pool, from how Nigerian and diaspora candidates write CIM Level 6 and 7 reports and MBA assignments in English:
Lagos (Ikeja, Victoria Island, Lekki, Yaba, Surulere), Abuja, Ibadan, Port Harcourt, Kano, Enugu, Onitsha, Aba and
the diaspora in Peckham, Woolwich, Manchester, Houston, Atlanta and Toronto; banks and fintechs, telecoms, retailers
and platforms, food and drink makers, Nollywood and Afrobeats, the Nigerian press and agencies. Its reporting verbs
are the ones Nigerian academic English favours ("opined", "posited", "averred", "corroborates"); its decoys are
laws and their sections (NDPA 2023, NDPR 2019, FCCPA 2018, ARCON Act 2022, Cybercrimes Act 2015), regulators,
naira and kobo, Democracy Day and Independence Day, Detty December, Sallah, Ramadan in the Hijri calendar, awards,
AFCON, #EndSARS, USSD codes, NGX tickers, RC numbers, titled people (Alhaji, Chief, Dr, Prof, Engr.), Yoruba, Igbo,
Hausa and Pidgin glosses and more, none of them citations.

HELD OUT: never tune the checker on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["GTBank", "GTCO", "Access Bank", "Zenith Bank", "First Bank", "UBA", "Stanbic IBTC", "Fidelity Bank",
          "Wema Bank's ALAT", "Kuda", "Opay", "Moniepoint", "Palmpay", "Paystack", "Flutterwave", "Interswitch",
          "Piggyvest", "Cowrywise", "Carbon", "MTN Nigeria", "Airtel Nigeria", "Glo", "9mobile", "Shoprite Nigeria",
          "Spar Nigeria", "Jumia", "Konga", "Jiji", "Chowdeck", "Glovo Nigeria", "Bolt", "Slot", "Pointek",
          "Dangote Group", "Nestlé Nigeria", "Cadbury Nigeria", "Nigerian Breweries", "Guinness Nigeria",
          "International Breweries", "Flour Mills of Nigeria", "Indomie", "Chivita", "Cowbell", "Peak Milk",
          "Golden Penny", "Honeywell", "BUA Foods", "Dangote Cement", "Air Peace", "Arik Air", "Showmax", "DStv",
          "Mavin Records", "Chocolate City", "Andela"]  # fmt: skip

NARRATIVE_START = [
    "{N} opined that {C}.", "{N} posited that {C}.", "{N} averred that {C}, especially in {city}.",
    "{N} observed that {C}.", "{N} asserted that {C}, which is very relevant to {B}.", "{N} noted that {C}.",
    "{N} in their study of {city} consumers found that {C}.", "{N} corroborates this, arguing that {C}.",
    "{N} are of the view that {C}.", "{N} maintained that {C}; this is true of {B} as well.",
    "{N} established that {C} among {A}.", "{N} reported that {C} in the Nigerian market.",
    "{N} went further to state that {C}.", "{N} submits that {C}.", "{N} contends that {C} and that {C2}.",
    "{N} emphasised that {C} – a lesson {B} cannot ignore.", "{N} identified that, since the {yr} naira redesign, {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As posited by {N}, {C}.", "In the words of {N}, {C}.",
    "{O}, {N} found that {C}.", "This is in line with {N}, who found that {C}.", "{C}, as noted by {N}.",
    "{C}; this agrees with the position of {N}.", "A study carried out in {city} by {N} revealed that {C}.",
    "In a similar vein, {N} observed that {C}.", "For {B}, the work of {N} suggests that {C}.",
    "Research by {N} among traders in {city} shows that {C}.", "{C}, a view also held by {N}.",
    "It is pertinent to note, following {N}, that {C}.", "Drawing on {N}, it can be argued that {C}.",
    "Evidence from {N} indicates that, for {A}, {C}.", "{B} appears to have followed {N}: {C}.",
    "Contrary to {N}, who argued that {C}, {B} has seen the opposite.", "Writing about the diaspora in {dcity}, {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study revealed that {C}.", "Using {N} model, it is clear that {C}.", "{O}, {N} report showed that {C}.",
    "{B} could adopt {N} framework, since {C}.", "{N} findings are relevant because {C}.",
    "This reflects {N} argument that {C}.", "According to {N} survey of {city} shoppers, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Studies in Nigeria show that {C} {P}.", "{B} is a case in point, because {C} {P}.",
    "For {A} in {city}, {C} {P}.", "This is important because {C} {P}.", "{C}, particularly in {city} {P}.",
    "It has been argued that {C} {P:see}.", "Several authors agree that {C} {P:e.g.}.",
    "{C} (see Figure {q}) {P}.", "{B}’s experience suggests that {C} {P}.", "In summary, {C} {P}.",
    "{C}, which explains why {B} invests heavily in {T} {P}.", "Simply put, {C} {P}.",
    "Recent Nigerian data support this – {C} {P}.", "A key issue for {B} is that {C} {P}.", "{C}. {P}",
    "The main drivers are price, trust and convenience {P}.", "{C} {P:see also}.",
    "{C}, as a number of Nigerian studies have shown {P:for example,}.", "Even during Detty December, {C} {P}.",
    "Among diaspora customers in {dcity}, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is equally true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Since {C} {P}, {B} must ensure that {C2}.", "Some scholars {P:e.g.} argue that {C}.",
    "{C} {P}: this implies that {C2}.", "Previous studies {P} agree that {C}.", "{O}, {C} {P}, hence {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust bank transfers more than card payments", "{T} raised {R} by about {q}0% in one Lagos trial",
    "{B}'s reliance on {T} exposes it when data prices rise", "Nigerian consumers respond to humour and Pidgin in adverts",
    "{A} now expect to pay by transfer, USSD or card, and not only cash", "brands that ignore WhatsApp risk losing {A}",
    "radio still reaches more Nigerians than television outside Lagos", "the customer journey in Nigeria is rarely linear",
    "celebrity endorsements lose credibility when the artiste endorses rival brands", "spending on {T} has grown every year since {yr}",
    "{A} rely on word of mouth more than on brand claims", "inflation has made {A} more price-sensitive",
    "trust is the biggest barrier to online shopping in Nigeria", "cash on delivery remains popular because of fear of fraud",
    "POS agents have taken banking to rural communities", "sachet packaging makes premium brands affordable for {A}",
    "the NDPA has changed how brands collect customer data", "{T} only works when the offer is relevant to {A}",
    "mobile now accounts for most Nigerian internet traffic", "about {q} in 10 {A} have switched banks because of failed transfers",
    "firms such as {B} need to {bs} to stay competitive", "the diaspora market is worth far more than most brands assume",
    "network downtime damages brand trust faster than price rises do", "festive seasons such as Sallah and Christmas drive most FMCG sales",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For instance", "In Nigeria", "For {B}'s marketing team",
    "Since the naira redesign", "In the context of {B}", "From the customer's perspective", "Nevertheless",
    "Consequently", "Within the Nigerian banking sector", "As a result", "Looking at {B}'s competitors", "Overall",
    "In terms of digital channels", "Interestingly", "Be that as it may", "In the same vein", "Moreover",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Nigeria and now operates in {q} other African countries.",
    "This section analyses {B}'s digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram page has over {n}k followers, but engagement is low.",
    "The recommendations are costed in naira and phased over twelve months.", "{O}, {C}.",
    "{B} advertises on Channels TV, Wazobia FM, Instagram and TikTok, with most of the budget going to digital.",
    "Customers can pay by transfer, card or USSD, and delivery within Lagos is free.",
    "A PESTLE analysis of the Nigerian market is included in the appendix.",
    "The main competitors are {B} and two smaller fintechs based in Yaba.",
    "Task 2 builds on this by proposing a content plan for the next financial year.",
    "The author works in the marketing department of a tier-one bank on Victoria Island.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is captured well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "The point is made clearly that {Q} {P}, which {B} should note.",
    "{N} put it plainly: {Q}.", "In the words of {N}, {Q}.", "Marketers are reminded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘Detty December’", "‘japa’", "‘soft life’", "‘hustle’", "‘Naija no dey carry last’", "'sapa'",
                "‘owambe’", "“trust deficit”", "'cashless Nigeria'", "‘quiet quitting’", "‘greenwashing’",
                "‘omnichannel’", "‘buy now, pay later’", "“Made in Aba”", "‘shrinkflation’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} {P}.", "Many young Nigerians now talk about {Q} {P}.",
    "So-called {Q} is a growing concern for {B} {P}.", "This trend, often described as {Q}, affects {A} most {P}.",
    "The term {Q} is used loosely by marketers in Lagos {P}.", "Critics call this {Q}, and {B} is not exempt {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Data don land! 2GB for ₦500’", "‘Your Detty December starts here’", "“Happy Sallah from all of us”",
                 "‘Hi Tunde, your cashback is waiting’", "‘Free delivery anywhere in Lagos this weekend’",
                 "‘Black Friday: up to 70% off – ends midnight’", "“Your transfer was successful”",
                 "‘We miss you – here is ₦1,000 off’", "‘Naija at {n}: celebrate with us’", "‘Oya, come and collect your bonus’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its reactivation email {P}.",
    "Short, playful copy ({Q}, for example) works well with {A} {P}.", "Messages like {Q} create urgency {P}.",
    "The push notification {Q} was opened by more {A} than any other {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "ndpa-law": ["The Nigeria Data Protection Act 2023 (NDPA) now governs how {B} collects customer data.",
                 "Under the NDPA 2023, consent must be freely given, specific and informed.",
                 "The Nigeria Data Protection Act, 2023 established the NDPC as the regulator."],
    "ndpr-regulation": ["The Nigeria Data Protection Regulation (NDPR) 2019 was the first data law {B} had to follow.",
                        "Before 2023, compliance meant filing an NDPR audit with NITDA every year.",
                        "Many SMEs in {city} still quote the NDPR 2019 in their privacy policies."],
    "law-section": ["Section 24 of the NDPA 2023 sets out the principles of data processing.",
                    "Under section 54 of the ARCON Act 2022, adverts must be vetted before exposure.",
                    "Sections 123–128 of the FCCPA 2018 deal with misleading advertising.",
                    "Part IX, s. 38 of the Cybercrimes Act 2015 concerns the retention of traffic data."],
    "fccpa": ["The Federal Competition and Consumer Protection Act 2018 (FCCPA) created the FCCPC.",
              "The FCCPA of 2018 protects customers against unfair and deceptive practices."],
    "arcon-act": ["The Advertising Regulatory Council of Nigeria Act 2022 (ARCON Act) replaced the APCON Act of 1988.",
                  "Since the ARCON Act 2022, foreign models and voice-overs have been banned in Nigerian adverts."],
    "cybercrimes-act": ["The Cybercrimes (Prohibition, Prevention, etc.) Act 2015 is often used against online fraudsters.",
                        "The Cybercrimes Act (amended 2024) also applies to fake online vendors."],
    "regulator-abbreviation": ["The Nigeria Data Protection Commission (NDPC) fined a bank ₦{n}m last year.",
                               "The Advertising Standards Panel (ASP) of ARCON approves campaigns before they run.",
                               "The Nigerian Communications Commission (NCC) regulates {B}'s data prices.",
                               "The Securities and Exchange Commission (SEC Nigeria) registers digital asset firms."],
    "regulator-fine": ["The FCCPC's fine on Meta ($220m, July 2024) was a warning to every platform.",
                       "{B} paid a penalty (₦{n}m, {yr}) after an NCC investigation."],
    "cbn-circular": ["The CBN circular (Ref: BPS/DIR/GEN/CIR/01/010) capped transfer charges.",
                     "Agent banking follows the CBN guidelines (revised {yr}) on KYC tiers.",
                     "The cashless policy (first piloted in Lagos in 2012) limited cash withdrawals."],
    "naira-amount": ["{B} spent {naira} on the campaign.", "A 1.5 kg bag of rice rose to ₦{n},000 (about $3).",
                     "Revenue reached N2.5bn (2023: N1.9bn).", "The loan is capped at NGN 500,000 per customer."],
    "naira-billion": ["The deal was worth 500 billion naira ({yr} prices).", "Market capitalisation passed ₦{n}bn (Q{q} {yr})."],
    "kobo": ["Transfer fees fell to 50 kobo per transaction.", "Bread rose by ₦{q}0 and {n} kobo in a single week."],
    "exchange-rate": ["The naira traded at ₦1,500/$1 (parallel market, March {yr}).", "Imports became dearer after the float (over ₦1,400 to the dollar)."],
    "democracy-day": ["{B} ran a campaign on Democracy Day (12 June).", "Sales dipped around Democracy Day (June 12, {yr})."],
    "independence-day": ["Independence Day (1 October) is a key date for patriotic campaigns.",
                         "{B} released a green-white-green pack for Nigeria at {n} (1 October {yr})."],
    "detty-december": ["Detty December ({yr}) brought thousands of diaspora visitors to Lagos.",
                       "Lekki and Victoria Island restaurants made most of their profit in December {yr}."],
    "sallah-ramadan": ["Orders peaked during Eid al-Fitr (Sallah), when families in {city} buy new clothes.",
                       "Ramadan (1445 AH) fell in March and April 2024.", "Babban Sallah (Eid al-Adha, 10 Dhul Hijjah) drives ram sales in the North."],
    "christmas-newyear": ["The Christmas and New Year period (24 December to 2 January) is the busiest for {B}.",
                          "Crossover night (31 December) services are a big moment for church-going audiences."],
    "black-friday": ["Jumia Black Friday (November {yr}) remains the biggest online sale in Nigeria.",
                     "Konga's Yakata sale (since 2015) competes with Black Friday."],
    "awards-events": ["{B} sponsored the Headies ({yr}) and AFRIMA.", "The campaign won gold at the Lagos Advertising and Ideas Festival (LAIF {yr}).",
                      "Lagos Fashion Week ({yr}) gave {B} a platform among young creatives.",
                      "The brand won Bank of the Year (Marketing Edge Awards, {yr})."],
    "afcon-football": ["Viewing spiked during the AFCON (Côte d'Ivoire, January–February 2024).",
                       "The Super Eagles (runners-up, AFCON 2023) remain a strong sponsorship property."],
    "bbnaija": ["Big Brother Naija Season 7 (Level Up, 2022) attracted record votes.",
                "{B} was headline sponsor of BBNaija All Stars (2023)."],
    "titled-person": ["Alhaji Aliko Dangote (founder, 1981) is often cited as a model of ambition.",
                      "Chief (Mrs) Folake Adeyemi-Balogun, MD from {yr} to {yr2}, led the rebrand.",
                      "Engr. Tunde Lawal, the CTO, said the app would launch in Q{q}.",
                      "Dr Ngozi Okonjo-Iweala (WTO Director-General since 2021) praised Nigerian fintech."],
    "prof-title": ["Prof. Pat Utomi of Lagos Business School spoke at the summit in {yr}.",
                   "Prof. Ọláwálé Ogunleye, Dean of the faculty, chaired the panel."],
    "celebrity-ambassador": ["Burna Boy (brand ambassador from 2022) fronted the data campaign.",
                             "Davido's deal with {B} (signed {yr}) was reported to be worth {naira}.",
                             "Funke Akindele (Nollywood actress and director) appears in the advert."],
    "song-title": ["Wizkid's ‘Essence’ (2020) was used in the TV advert.", "The jingle borrows from ‘Love Nwantiti’ (2019).",
                   "Asake's ‘Lonely at the Top’ (2023) trended during the campaign."],
    "film-title": ["‘The Wedding Party’ (2016) featured several brands through product placement.",
                   "‘King of Boys’ (2018) showed how Nollywood can carry a brand story."],
    "rc-number": ["Dangote Cement Plc (RC 208767) is listed on the NGX.", "{B} is registered with the CAC (RC {n}4521)."],
    "ngx-ticker": ["MTN Nigeria (NGX: MTNN) is the most valuable listed firm.", "GTCO (NGX: GTCO; LSE: GTCO) is listed in Lagos and London.",
                   "Shares of Nestlé Nigeria (NGX: NESTLE) fell by {q}% in {yr}."],
    "ussd-code": ["Customers can dial *737# to transfer money.", "The *901# code (Access Bank) works without internet.",
                  "Airtime top-up via USSD (*555*PIN#) remains popular."],
    "hotline": ["Customers can call 0700-CALL-GTB (0700 2255 482) at any time.", "The complaints line (0800-{n}-0000) is toll-free."],
    "product-model": ["Most respondents used a Tecno Camon 20 or an Infinix Hot 30 (2023 models).",
                      "The Indomie Hungry Man Size (120g) sells mainly in the North.", "The Peak 456 Evaporated Milk (160g) sachet was relaunched."],
    "data-bundle": ["The 10GB plan (₦3,500, 30 days) was the best seller.", "{B}'s night plan (12am–5am) offers 1GB for ₦{n}."],
    "survey-sample": ["Most respondents preferred bank transfers (n = {n}).", "The questionnaire was completed by staff in {city} (n={n}, {yr}).",
                      "Responses were analysed in SPSS (version 26)."],
    "financial-period": ["Profit after tax rose sharply (FY{yr}: ₦{n}bn).", "Revenue grew by {q}2% (H1 {yr}).",
                         "Subscriber numbers fell (9M {yr}) after the SIM-NIN deadline."],
    "ranking": ["{B} ranked 3rd in the Top 50 Brands Nigeria list ({yr}).", "Lagos ranked 9th among African start-up hubs (2024 index)."],
    "city-place": ["Balogun Market (Lagos Island) is the largest textile market in West Africa.",
                   "The new Shoprite outlet in Ikeja City Mall (opened {yr}) serves mainland shoppers.",
                   "Computer Village (Ikeja) is where most phones are sold."],
    "diaspora-place": ["Many customers live in Peckham (South London) and Woolwich.", "The Houston (Texas) community is the largest in the US.",
                       "{B} opened a remittance desk in Toronto (Canada) in {yr}."],
    "founded-year": ["Nigerian Breweries Plc (founded 1946) is the oldest brewer in the country.",
                     "Flutterwave (est. 2016) is now valued at over $3bn.", "Jumia (launched in Lagos in 2012) pioneered cash on delivery."],
    "legal-form": ["{B} is owned by a Ltd/Gte foundation.", "The agency trades as Ọlá Global Concepts Nig. Ltd (RC {n}77).",
                   "Many suppliers are sole traders registered as Enterprises or Ventures."],
    "pidgin-gloss": ["The slogan ‘No wahala’ (no problem) tested well in Aba and Onitsha.", "‘E choke!’ (it is overwhelming) became a catchphrase.",
                     "The advert's tagline, ‘Na we get am’ (it is ours), resonated with {A}."],
    "yoruba-gloss": ["Owambe (Yoruba: a lavish party) culture drives demand for aso ebi.",
                     "The ‘Ẹ ku odun’ (Yoruba: happy festive season) message ran in Ibadan and Ilorin."],
    "igbo-hausa-gloss": ["Traders in Onitsha follow the four market days (Eke, Orie, Afọ and Nkwọ).",
                         "In Kano, the mai shayi (Hausa: tea seller) is a key retail touchpoint.",
                         "Igwe (traditional ruler) endorsements still matter in the South-East."],
    "hashtag-handle": ["The #EndSARS protests (October 2020) changed how brands spoke to young people.",
                       "{B} replies to complaints on X (@gtbank_help) within an hour.", "The hashtag #DettyDecember{yr} trended for a week."],
    "national-event": ["The naira redesign (January–February 2023) caused severe cash shortages.",
                       "Fuel subsidy removal (29 May 2023) pushed transport costs up.", "The 2023 general election (25 February) slowed ad spending."],
    "hijri-calendar": ["The Maulud (12 Rabi' al-Awwal) holiday closes offices in the North.", "The fast (1 Ramadan 1446) began on 1 March 2025."],
    "tv-radio-slot": ["The advert ran on Channels TV's Sunrise Daily (7–9am, weekdays).", "{B} bought slots on Wazobia FM (95.1) in Lagos.",
                      "DStv Compact (₦{n},000 a month) carries the African Magic channels."],
    "flight-route": ["Air Peace flight P4 7300 (Lagos–London Gatwick) launched in 2024.", "Demand on the LOS–IAH route (Lagos–Houston) peaks in December."],
    "address-postcode": ["The head office is at Plot 1, Adeola Odeku Street, Victoria Island (100272).",
                         "The new hub in Yaba (Herbert Macaulay Way) houses {n} start-ups."],
    "id-numbers": ["Each customer needs a BVN (11 digits) and a NIN.", "The SIM-NIN linkage deadline (31 March 2022) was extended several times."],
    "iso-standard": ["{B} is certified to ISO 27001:2013 and PCI DSS v4.0.", "The brewery meets NIS ISO 22000:2018 (SON certification)."],
    "course-code": ["This report answers the CIM Level 7 brief (Unit 2, June {yr} series).",
                    "The module (MKT 802, 2023/2024 session) at UNILAG covered the same ground."],
    "academic-session": ["Data were collected in the first semester (2022/2023 academic session).",
                         "ASUU strikes (February–October 2022) delayed the fieldwork."],
    "cross-reference": ["The channel plan (see Appendix {q}) shows weekly activity.", "Refer to Table {q} (page {q}) for the naira costs.",
                        "See Task 1 (b) above for the competitor analysis."],
    "interviewee": ["One respondent (Brand Manager, Ikeja) said that trust was the main issue.",
                    "Interviewee C (POS agent, Surulere) reported {n} transactions a day."],
    "percentage-growth": ["Inflation reached 33.2% (year on year) in {yr}.", "Mobile money transactions rose sharply (+{q}7% y/y)."],
    "age-band": ["The target segment is young professionals (aged 22–35) in Lagos and Abuja.",
                 "Gen Z (born 1997–2012) makes up most of {B}'s app users."],
    "state-code": ["Lagos State (LA) and the FCT (Abuja) account for most online orders.",
                   "Vehicle plates such as KJA-{n}AB show a Lagos (Ikeja) registration."],
    "company-history": ["Indomie (introduced to Nigeria in 1988) is now a household name.",
                        "Cowbell (Promasidor, since 1993) built its brand on sachets."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use (none of them replaces a base one)."""
    yr = rng.randint(2015, 2024)
    return {
        "city": rng.choice(["Lagos", "Ikeja", "Lekki", "Yaba", "Surulere", "Victoria Island", "Abuja", "Ibadan",
                            "Port Harcourt", "Kano", "Kaduna", "Enugu", "Onitsha", "Aba", "Benin City", "Owerri", "Uyo",
                            "Calabar", "Ilorin", "Jos"]),
        "dcity": rng.choice(["Peckham", "Woolwich", "Manchester", "Houston", "Atlanta", "Toronto", "Johannesburg",
                             "Accra", "Dubai"]),
        "naira": rng.choice([f"₦{rng.randint(2, 900)}m", f"N{rng.randint(1, 9)}.{rng.randint(1, 9)}bn",
                             f"NGN {rng.randint(10, 900)} million", f"{rng.randint(2, 50)} billion naira",
                             f"₦{rng.randint(1, 9)}.{rng.randint(1, 9)} billion"]),
        "yr": str(yr), "yr2": str(yr + rng.randint(1, 4)),
    }  # fmt: skip
