"""Prose for the ninety-fifth held-out pool, "blind95": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninety-fifth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how Hispanic and bilingual
marketers write: brand, multicultural, CRM, digital, media and communications people at grocery and retail chains,
banks and credit unions, insurers, telecoms, Spanish-language broadcasters and streamers, food and beverage makers,
health systems and community clinics, agencies and non-profits in Houston, San Antonio, El Paso, Miami, Orlando,
Los Angeles, San Diego, Phoenix, Tucson and New York, on CIM Level 6 and 7 courses and MBAs. They write American
dates and dollar figures, statutes with their sections, bill numbers and C.F.R. parts, store and branch numbers,
ACS and Census figures, Nielsen ratings, Spanish taglines glossed in English in brackets, hashtags and handles,
Hispanic Heritage Month, Día de los Muertos, Noche Buena and Copa América calendars.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} reported that {C}, a point the {B} team in {city} sees in its own data.",
    "{N} argued that {C} among {A}.",
    "{N} showed that {C}, especially during {holiday}.",
    "{N} made the case that {C}.",
    "{N} observed that {C} in bilingual households.",
    "{N} concluded that {C}, although the sample was mostly from {state}.",
    "{N} suggested that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} points out, {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "In the {city} market, and consistent with {N}, {C}.",
    "Building on the work of {N}, our team believes {C}.",
    "This matches what {N} described: {C}.",
    "Our {holiday} plan follows {N}, who found that {C}.",
    "Looking at figures for {state}, {N} noted that {C}.",
    "When we briefed the agency we used {N} to show that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} suggests that {C}.",
    "{N} work on bilingual audiences shows that {C}.",
    "According to {N} analysis, {C}.",
    "{N} findings support the view that {C}.",
    "We relied on {N} framework to argue that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "Research on U.S. Hispanic consumers shows that {C} {P}.",
    "In {state}, {C} {P}.",
    "{O} {C} {P}.",
    "For {B}, this matters because {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "During {holiday} in particular, {C} {P}.",
    "Among {A}, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} has moved budget into Spanish-language media.",
    "Evidence {P} suggests that {C}.",
    "Industry data {P} show that {C}, and {B} is no exception.",
    "Bilingual campaigns {P} tend to outperform translated ones, and {C}.",
    "{C} {P}; the challenge for {B} is doing so at scale.",
    "The multicultural literature {P} agrees that {C}.",
    "Spanish-dominant shoppers {P:see} respond differently, and {C}.",
]  # fmt: skip
CLAIMS = [
    "in-culture creative outperforms translated creative on recall",
    "Spanish-language TV still reaches older {A} more cheaply than streaming",
    "bilingual customer service lifts {R}",
    "Latino households over-index on WhatsApp for family and brand messages",
    "acculturation is not a straight line from Spanish to English",
    "second-generation shoppers switch languages by category",
    "trust in a bank rises when branch staff speak Spanish",
    "promotoras reach uninsured families that paid media misses",
    "grocery loyalty apps work best when rewards are shared across the household",
    "Hispanic Heritage Month campaigns feel tokenistic when they run only in September",
    "multicultural spend remains far below the Hispanic share of the population",
    "short-form video in Spanglish drives {R} among {A}",
    "remittance offers bring new accounts into credit unions",
    "{B} gains more from everyday relevance than from holiday spikes",
    "health messages tested with community members are understood better",
    "sponsoring Copa América builds brand affinity with Mexican-American and Central American fans",
    "culturally tailored email improves {R} among {A}",
    "first-party data from loyalty programmes helps target {A}",
    "Latina mothers are the main decision makers for household grocery spend",
    "radio remains a habit for Spanish-dominant commuters",
    "price-promotion emails in Spanish see higher open rates than English versions",
    "campaigns built on {T} work better when the talent reflects the community",
]  # fmt: skip
OPENERS = [
    "In short,", "Put simply,", "In our experience at {B},", "Across our stores in {state},", "For multicultural teams,",
    "On the banking side,", "From a CRM point of view,", "Honestly,",
]  # fmt: skip
PLAIN = [
    "This section applies the theory to {B} and its {city} customers.",
    "The recommendations below are costed for the next fiscal year.",
    "Our team works across English and Spanish every day, often in the same meeting.",
    "The brand's tone is warm, familiar and proud, never a caricature.",
    "The following table sets out the segments we propose to prioritize.",
    "Measurement will be reviewed monthly with the media agency.",
    "Store teams in {city} were interviewed informally for this report.",
    "A phased rollout reduces risk while the team learns.",
]  # fmt: skip
QUOTE_FRAMES = [
    "As one author put it, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "The key point is that {Q} {P}.",
    "{N} warned that {Q}.",
    "Multicultural marketers are reminded that {Q} {P}.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "“total market”", "\"Hispanic-ish\"", "“one-size-fits-all”", "\"Spanglish\"", "‘authentic’", "“culture first”",
    "\"translated, not transcreated\"", "“el mercado hispano”", "\"general market\"", "‘familia’", "“Latinx”",
]  # fmt: skip
SCARE_FRAMES = [
    "The so-called {Q} approach has critics {P}.",
    "{N} questioned the idea of a single {Q} segment.",
    "Many brands still treat {Q} as a box to tick {P}.",
    "What agencies call {Q} often means cutting the Spanish budget {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“¡Tu despensa, más barata esta semana!”", "\"Your Noche Buena checklist is here\"",
    "“Abre tu cuenta en minutos / Open your account in minutes”", "\"Día de los Muertos: recetas de la abuela\"",
    "“Back to school con {B}”", "\"Last chance: {pct} off for Cinco de Mayo\"", "‘Tu salud, tu idioma’",
]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} performed best in the test, in line with {P}.",
    "The subject line {Q} follows the advice of {N}.",
    "We tested {Q} against an English-only version, as suggested {P}.",
]  # fmt: skip

BRANDS = ["H-E-B", "Fiesta Mart", "Northgate González Market", "Sedano's", "El Super", "Goya Foods", "Bimbo Bakeries",
          "TelevisaUnivision", "Telemundo", "Estrella Media", "LATV", "Banco Popular", "Wells Fargo", "Mutual of Omaha",
          "Molina Healthcare", "Cardenas Markets", "Vallarta Supermarkets", "Northgate Market", "Jarritos", "Modelo",
          "Ria Money Transfer", "Boost Mobile", "T-Mobile", "Baptist Health", "Tropical Smoothie Cafe"]  # fmt: skip

_CITIES = ["Houston", "San Antonio", "El Paso", "Miami", "Hialeah", "Orlando", "Los Angeles", "San Diego", "Phoenix",
           "Tucson", "the Bronx", "Washington Heights", "Laredo", "McAllen", "Kissimmee"]  # fmt: skip
_STATES = ["Texas", "Florida", "California", "Arizona", "New York", "the Rio Grande Valley", "South Florida",
           "Southern California", "Greater Phoenix"]  # fmt: skip
_HOLIDAYS = ["Hispanic Heritage Month", "Día de los Muertos", "Noche Buena", "Día de Reyes", "Cinco de Mayo",
             "Las Posadas", "back-to-school", "Black Friday", "quinceañera season", "Día de las Madres"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "city": rng.choice(_CITIES),
        "state": rng.choice(_STATES),
        "holiday": rng.choice(_HOLIDAYS),
        "pct": f"{rng.randint(10, 45)}%",
        "usd": f"${rng.randint(2, 950)}{rng.choice(['', ',000', '.5 million', ' million', 'K'])}",
        "store": str(rng.randint(11, 780)),
        "zip": str(
            rng.choice([77001, 78207, 79901, 33010, 33135, 32839, 90022, 92173, 85009, 85706, 10032, 10453])
            + rng.randint(0, 9)
        ),
        "phone": f"({rng.choice([210, 305, 713, 915, 602, 520, 213, 619, 718])}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}",
        "ch": str(rng.choice([23, 41, 48, 51, 62, 34, 52])),
        "ep": str(rng.randint(2, 140)),
        "yr": str(rng.randint(2019, 2025)),
        "handle": rng.choice(
            [
                "HEB",
                "GoyaFoods",
                "TelemundoNews",
                "BancoPopular",
                "MolinaHealth",
                "SedanosSupermarkets",
                "FiestaMart",
                "Univision",
            ]
        ),
    }


NOT_CITATIONS = {
    "heritage-month-dates": [
        "Hispanic Heritage Month (September 15 to October 15) is when most brands show up, and {B} wants to be different.",
        "We will launch on 15 September, the start of Hispanic Heritage Month, and close on October 15.",
        "The Heritage Month flight (Sept. 15–Oct. 15, {yr}) carries the heaviest weight of the year.",
    ],
    "statute-with-year": [
        "All SMS outreach must comply with the Telephone Consumer Protection Act of 1991 (TCPA).",
        "Our email programme follows the CAN-SPAM Act of 2003, including a working unsubscribe link in both languages.",
        "Any game aimed at kids would fall under COPPA (Children's Online Privacy Protection Act, 1998).",
    ],
    "state-privacy-code": [
        "Californians can ask us to delete their data under the CCPA (Cal. Civ. Code § 1798.100).",
        "The Texas Data Privacy and Security Act (HB 4, 2023) took effect on July 1, 2024.",
        "Florida's Digital Bill of Rights (SB 262) mostly targets very large companies, so {B} is likely exempt.",
    ],
    "cfr-part": [
        "Any APR shown in the ad has to meet Regulation Z (12 C.F.R. pt. 1026) disclosure rules.",
        "Compliance flagged the trigger terms under 12 C.F.R. § 1026.24 before the Spanish version went live.",
    ],
    "executive-order": [
        "As a Medicaid plan we follow Executive Order 13166 on limited English proficiency (LEP) services.",
        "Federal grantees must offer language access (EO 13166, signed August 2000).",
    ],
    "ftc-section": [
        "Influencer posts must disclose the paid relationship (FTC Act Section 5), in Spanish when the post is in Spanish.",
        "Legal reminded us that Section 5 of the FTC Act covers deceptive claims in any language.",
    ],
    "census-acs-figure": [
        "Hispanics made up 40.2% of the Texas population in the {yr} ACS 1-year estimates.",
        "The Census Bureau's Vintage {yr} estimates put the U.S. Hispanic population at about 65 million.",
        "In Miami-Dade County (pop. 2.7 million) roughly seven in ten residents are Hispanic or Latino.",
    ],
    "dollar-figure": [
        "Latino buying power is often quoted at $3.4 trillion, although estimates vary widely.",
        "The {holiday} budget is {usd}, split 60/40 between Spanish and English media.",
        "We propose a test budget of $250,000 (Q{q} FY{yr}) before any national rollout.",
    ],
    "store-number": [
        "Store #{store} in {city} (ZIP {zip}) will pilot the bilingual shelf tags.",
        "The El Paso stores (Nos. 112, 118 and 131) already run Spanish-first signage.",
    ],
    "phone-and-hours": [
        "Customers can call (800) 555-0199 (English) or press 2 for Spanish, Mon–Sat 8 a.m.–8 p.m. CT.",
        "The clinic line {phone} is staffed in Spanish and English until 7 p.m.",
    ],
    "tv-channel-slot": [
        "The spot runs on Univision {ch} in Houston during the 6 p.m. newscast (Noticias {ch}).",
        "We bought two :30s a night on Telemundo {ch} across the Copa América window (June–July 2024).",
    ],
    "nielsen-rating": [
        "The final drew a 9.3 household rating in Spanish-language TV, Nielsen fast nationals, live+same day.",
        "Streaming now takes over 40% of TV time in Hispanic homes, per Nielsen's The Gauge.",
    ],
    "tagline-gloss": [
        "The campaign line is “Lo nuestro, lo mejor” (ours is the best).",
        "Our tagline “Aquí contigo” [Here with you] tested well with both first- and second-generation shoppers.",
        "The Día de los Muertos pack reads “Recuerdos que saben a casa” (memories that taste like home).",
    ],
    "spanish-gloss-bracket": [
        "Many customers send money home through remesas (remittances) every payday.",
        "Store teams talk about the despensa [pantry] basket as the weekly anchor trip.",
        "Grandmothers (abuelas) are often the keepers of brand loyalty in the kitchen.",
    ],
    "hashtag-handle": [
        "User content will be collected under #OrgulloLatino{yr} and reposted from @{handle} with permission.",
        "The TikTok challenge #MiQuince invites quinceañeras to share their looks (Spanish or English).",
    ],
    "holiday-calendar": [
        "Key dates: Día de Reyes (January 6), Cinco de Mayo (May 5), Día de los Muertos (November 1–2) and Noche Buena (December 24).",
        "Las Posadas runs from December 16 to 24, so the tamale promotion starts in the second week of December.",
    ],
    "copa-world-cup": [
        "Copa América 2024 (hosted in the U.S.) gave {B} a summer moment with Mexican and Colombian fans.",
        "The FIFA World Cup 2026 (June 11 to July 19) will include matches in Houston, Miami, Los Angeles and New York.",
    ],
    "company-suffix": [
        "The media is bought by an in-house team at Goya Foods, Inc., based in Jersey City.",
        "H-E-B Grocery Company, LP is privately held, so its figures are estimates.",
        "Estrella Media, Inc. (formerly LBI Media) owns stations in Los Angeles, Houston and Dallas.",
    ],
    "legal-entity-pllc": [
        "Contracts are reviewed by Ramírez & Stone, PLLC, our outside counsel in San Antonio.",
        "The clinic operates as Salud Familiar Medical Group, P.A. in Florida and as an LLC in Arizona.",
    ],
    "ticker-symbol": [
        "Popular, Inc. (NASDAQ: BPOP) is the parent company of Banco Popular.",
        "Wells Fargo & Company (NYSE: WFC) reports multicultural banking within its consumer segment.",
    ],
    "job-title-caps": [
        "The Senior Director, Multicultural Marketing (Hispanic) reports to the CMO.",
        "Our VP of Brand & Community, based in Miami, signed off the plan in Q{q}.",
    ],
    "course-module": [
        "This report answers Task 2 of the CIM Level 7 Marketing Leadership and Planning module ({yr} cohort).",
        "As required by the MBA brief (MKT 6320, Fall {yr}), the word count excludes tables.",
    ],
    "university-program": [
        "I completed my BBA at UTSA (Carlos Alvarez College of Business, 2016) before joining {B}.",
        "The FIU Center for Hispanic Marketing Communication runs a summer workshop each June.",
    ],
    "award-year": [
        "The campaign won a Silver at the Premios Ojo de Iberoamérica and a Hispanic Marketing Council award in {yr}.",
        "{B} was named a Top Company for Latinas in {yr} (Hispanic Executive list).",
    ],
    "event-name-year": [
        "We presented the insight at Portada Miami (April {yr}) and again at ANA's AIMM summit.",
        "The Upfront (May {yr}, New York) is where TelevisaUnivision sells most of its inventory.",
    ],
    "version-release": [
        "The app (v4.2, released March {yr}) added a Spanish toggle on the home screen.",
        "The chatbot runs on our CRM's Einstein 1 platform (Spring '24 release).",
    ],
    "fiscal-quarter": [
        "Sales in Q{q} FY{yr} rose {pct} in the border stores.",
        "Compared with H1 {yr}, Hispanic new-to-bank accounts grew in every Texas market.",
    ],
    "percent-bracket": [
        "Most respondents (62%, n = {n}) preferred ads that mixed English and Spanish.",
        "Spanish-dominant members (about 1 in 3) call rather than use the portal.",
    ],
    "survey-base": [
        "Our own survey (base: {n} Hispanic adults, fieldwork May {yr}) is summarised in Appendix B.",
        "Focus groups were held in Phoenix and Tucson (two groups each, Spanish moderator).",
    ],
    "appendix-figure": [
        "See Figure 3 (media mix by language) and Appendix C for the full flowchart.",
        "Table 2 (below) compares cost per acquisition in Spanish and English.",
    ],
    "media-titles-italics": [
        "We placed an advertorial in La Opinión and a digital takeover on El Nuevo Herald's homepage.",
        "Our PR team pitched the story to the Houston Chronicle and to Telemundo 47's morning show Acceso Total.",
    ],
    "telenovela-show": [
        "The product placement ran in the telenovela Perdona Nuestros Pecados (Season 2) on Univision.",
        "Our spot aired during Premios Lo Nuestro and Sábado Gigante reruns on Estrella TV.",
    ],
    "regulator-acronym": [
        "The CFPB and the FTC both publish complaint data, and the OCC supervises national banks.",
        "Our FCC filing for the Spanish-language station licence is handled by counsel in D.C.",
    ],
    "address-line": [
        "The flagship store is at 1 Main Street, Houston, TX 77002, next to the METRORail stop.",
        "Send returns to 2300 NW 7th St, Miami, FL 33125 (Attn: Customer Care).",
    ],
    "date-range-promo": [
        "The Noche Buena promotion runs Dec. 10–24, {yr}, in all Florida stores.",
        "Back-to-school deals are live from July 15 to August 31 (Texas tax-free weekend: August 9–11).",
    ],
    "price-point": [
        "The tamale kit sells at $19.99 (serves 6) and the pan dulce box at $7.49.",
        "Basic checking is $0 a month with direct deposit (otherwise $5).",
    ],
    "lottery-quince-package": [
        "The quinceañera package (dress, venue, photographer) averages $15,000 in Southern California.",
        "Our Quince Club members (ages 13–15) receive a birthday coupon in Spanish and English.",
    ],
    "sports-team": [
        "{B} sponsors the San Antonio Spurs' Noche Latina games and the Houston Dynamo (MLS).",
        "The LA Galaxy and LAFC rivalry (El Tráfico) draws a strongly bilingual crowd.",
    ],
    "medicare-plan-year": [
        "Open enrolment for Medicare Advantage runs October 15 to December 7 each year.",
        "The ACA Marketplace window (Nov. 1 to Jan. 15) is when our Spanish call volume doubles.",
    ],
    "insurance-form-code": [
        "Members receive their EOC (Evidence of Coverage) and Form 1095-B in both languages.",
        "The agent must give the Spanish version of the Scope of Appointment form (CMS-10802).",
    ],
    "website-url-bare": [
        "Details are on the Spanish site (/es) and on the bilingual landing page heb.com/fiestas.",
        "Applications go through the portal (www.example-cu.org/abrir) in English or Spanish.",
    ],
    "podcast-episode-mention": [
        "I recommend episode {ep} of our internal podcast, Hablemos Marketing, for new starters.",
        "The team listens to Radio Ambulante and Latino USA (NPR) to stay close to culture.",
    ],
    "named-framework-caps": [
        "We used the SOSTAC model and a RACE plan (Reach, Act, Convert, Engage) for the digital work.",
        "The insight sits on the AIMM Cultural Insights Impact Measure (CIIM), not on our own survey.",
    ],
    "quoted-customer-verbatim": [
        "One shopper in {city} told us, “I want my kids to know the brands my mom used.”",
        "A member said in the focus group: 'Nobody explained the deductible to me in Spanish.'",
    ],
    "generation-label": [
        "Gen Z Latinos (born 1997–2012) are the largest cohort we serve.",
        "First-generation (foreign-born) customers make up about a third of our base.",
    ],
    "season-episode-numbering": [
        "Season 3, Episode 8 of the streaming series carries our integration.",
        "The telenovela finale (Ep. 120) aired on a Sunday in {yr}.",
    ],
}  # fmt: skip
