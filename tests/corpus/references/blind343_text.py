"""The blind343 pool's prose: marketers at home-security and alarm firms, locksmiths, smart-doorbell and smart-lock
makers, safe and lock manufacturers, guarding and monitoring centres and home-insurance firms in the UK, Ireland,
Spain, Norway, Israel and New Zealand writing CIM Level 6 and 7 reports and MBA assignments in English on smart homes
and privacy, subscriptions and monitoring, fear appeals in advertising, burglary data, insurance partnerships and
digital-channel marketing.

Written without reading the checker, its tests or any other pool. Frames use the common fill values ({B}, {A},
{R}, {T}, {Y}, {n}, {q}, {d}, {M}) and these of this pool's own: {pc} a percentage's number, {ch} a channel, {K} a
research firm or public body named in passing, {Y3} a recent year, {eur} a price in euros, {nok} one in kroner,
{nzd} one in New Zealand dollars. {T}, {A} and {M} are this pool's own.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["ADT", "Verisure", "Securitas Direct", "Ring", "Amazon", "Google Nest", "Yale", "Chubb", "ASSA ABLOY",
          "Banham", "Abloy", "Era", "Ultion", "Hikvision", "Arlo", "SimpliSafe", "Sector Alarm", "Prosegur", "Tyco",
          "G4S", "Allianz", "Aviva", "Direct Line", "FBD Insurance", "Gjensidige", "Tunstall", "Paxton",
          "Axis Communications", "Brinks Home"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """This pool's fill values, drawn after the common ones."""
    return {
        "T": rng.choice(["fear-based advertising", "smart doorbells", "monitored alarm subscriptions", "insurer discounts",
                         "paid social", "referral schemes", "video verification", "free installation offers",
                         "app-based self-monitoring", "door-to-door selling", "comparison-site listings",
                         "seasonal burglary campaigns"]),
        "A": rng.choice(["homeowners", "renters", "older homeowners", "young families", "landlords", "first-time buyers",
                         "rural households", "apartment dwellers", "small-business owners", "people who live alone"]),
        "M": rng.choice(["doorbell", "smart lock", "alarm", "camera", "home insurance", "monitoring"]),
        "pc": str(rng.randint(4, 88)), "Y3": str(rng.randint(2019, 2025)),
        "ch": rng.choice(["paid search", "Meta ads", "TikTok", "YouTube", "door-to-door sales", "the app", "email",
                          "comparison sites", "TV", "radio", "installer referrals", "LinkedIn"]),
        "K": rng.choice(["Mintel", "Statista", "YouGov", "the ONS", "Which?", "the CSO", "Stats NZ", "the INE",
                         "SSB", "the ABI"]),
        "eur": str(rng.choice([29, 34, 39, 45, 49, 55])), "nok": str(rng.choice([299, 349, 399, 449, 499])),
        "nzd": str(rng.choice([39, 49, 59, 69, 79])),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argued that {C}, which is directly relevant to {B}.",
    "{N} concluded that {C}, although the sample was drawn only from {A}.", "{N} showed that {C}.",
    "{N} suggests that {C}; {B}'s own customer data appear to confirm this.", "{N} warned that {C}.",
    "{N} observed that {C} in the months after a break-in.", "{N} reported that {C} across {n} households.",
    "{N} questioned whether {C}.", "{N} makes the point that {C}, a finding {B} has not yet acted on.",
    "{N} identified three barriers to adoption – price, installation and privacy – and found that {C}.",
    "{N} noted that, since {Y}, {C}.", "{N} recommended that security brands test whether {C}.",
    "{N} explained that {C} (for example, through {T}).", "{N} describes {T} as risky and argues that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "This is consistent with {N}, who showed that {C}.",
    "{C}, as {N} point out.", "According to {N}, {C}.", "Research by {N} suggests {C}.",
    "A survey carried out by {N} found that {C}.", "{C} – a view shared by {N}.",
    "{B} is a useful example here: {N} showed that {C}.", "Data published by {N} show that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "As {N} put it, {C}.",
    "Following {N}, it could be argued that {C}.", "In their study of burglary victims, {N} found that {C}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "{C}, according to {N}.",
    "Unlike {B}, which relies on {T}, the firms studied by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "{O}, {N} report concluded that {C}.", "According to {N} survey, {C}.",
    "{N} findings matter for {B} because {C}.", "This reflects {N} argument that {C}.",
    "{B} could apply {N} model, since {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.", "It is often claimed that {C} {P:see}.", "{C} {P:e.g.}.",
    "{C}, particularly in rented homes {P}.", "In short, {C} {P}.", "A key point for {B} is that {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Burglary data point the same way: {C} {P}.",
    "{C} {P:see also}.", "{C}. {P}",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some studies {P:e.g.} argue that {C}.", "{O}, {C} {P}, so {C2}.", "{C} {P:see}, whereas {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} buy a monitored alarm mainly after a burglary nearby", "fear appeals raise enquiries but can damage trust",
    "visible cameras deter opportunistic burglars more than hidden ones", "{T} can improve {R} among {A}",
    "{A} worry about who can see the footage from their own doorbell", "monthly monitoring fees are a barrier for {A}",
    "insurers rarely pass on the full value of a security discount", "burglary is concentrated in a few repeat-victim homes",
    "smart locks are bought more as a convenience than as a security product",
    "{B}'s reliance on {T} leaves it exposed if acquisition costs rise",
    "door-to-door selling still converts better than digital channels for alarm firms",
    "customers trust a local locksmith more than a national brand", "{A} respond better to reassurance than to fear",
    "subscription models lift lifetime value but raise churn after the first contract",
    "privacy concerns slow the adoption of indoor cameras", "police response depends on a verified alarm",
    "bundling security with home insurance increases retention", "{T} can work only when the offer feels local",
    "the cost-of-living crisis has made {A} cancel add-on subscriptions first",
    "reviews and neighbours' recommendations drive most security purchases",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For {B}", "In the Irish market", "In Spain", "In Norway",
    "In New Zealand", "In Israel", "Since the pandemic", "From a customer perspective", "Nevertheless",
    "In the context of {B}", "Looking at {B}'s competitors", "In terms of digital channels", "Consequently",
]  # fmt: skip
PLAIN = [
    "{B} sells through its website, installers and a door-to-door sales team.",
    "This report analyses {B}'s marketing mix and recommends changes for the next twelve months.",
    "The table below compares the monthly prices of the main monitored alarm packages.",
    "A PESTLE analysis of the home-security market is included in the appendix.",
    "{B}'s app has around {n}k active users, but only a minority pay for cloud storage.", "{O}, {C}.",
    "Most of {B}'s leads come from paid search and comparison sites.",
    "The recommendations are costed and phased over three quarters.",
    "The main competitors in this market are {B} and two regional installers.",
    "Section 3 sets out the proposed content plan for {ch}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One review concluded that {Q} {P}.",
    "The point is made directly that {Q} {P}, which {B} should note.",
]  # fmt: skip
SCARE_QUOTES = ["‘peace of mind’", "‘smart home’", "‘security theatre’", "‘always-on’", "'fear marketing'",
                "“privacy by design”", "‘Ring nation’", "‘the connected home’", "'DIY security'", "‘doorbell culture’",
                "‘security as a service’", "“set and forget”"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of selling {Q} rather than security {P}.", "So-called {Q} is now a selling point {P}.",
    "The industry uses the phrase {Q} loosely {P}.", "Critics describe this as {Q}, and {B} is not immune {P}.",
    "Many {A} are sceptical of {Q} claims {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Is your front door as safe as you think?’", "‘Your {M} offer ends tonight’",
                 "“Burglaries rise when the clocks go back”", "‘Free installation this week only’",
                 "‘Your home, protected 24/7’", "'See who’s at the door – from anywhere'",
                 "“Half-price {M} for the first three months”", "‘Going away? Here’s your holiday checklist’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} lifted open rates {P}.", "{B} used {Q} in its autumn campaign {P}.",
    "Subject lines such as {Q} work because they create urgency {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years and quotation marks that is not a citation: nothing here is in a reference list.
NOT_CITATIONS = {
    "product-year": [
        "The market changed with the first video doorbell (Ring Video Doorbell, 2013).",
        "Locks have used the same pin-tumbler idea for a long time (Yale cylinder lock, 1861).",
        "Some products became category names (Nest Protect, 2013), which helped Google Nest's later ranges.",
        "Era's anti-snap cylinders (Era Fortress, 2015) were a response to lock-snapping.",
        "The Ultion range (Ultion lock, 2014) is sold with a £1,000 guarantee.",
    ],
    "invention-year": [
        "Security innovation goes back centuries (Chubb detector lock, 1818).",
        "Public surveillance began with military use (CCTV, 1942).",
        "The first home alarm patents (electric burglar alarm, 1853) were installed in wealthy homes.",
        "Keyless entry moved into homes from hotels (key card lock, 1975).",
    ],
    "inventor-year": [
        "Today's locks still rest on one design (Linus Yale Jr., 1861).",
        "The home video security system was patented by an American nurse (Marie Van Brittan Brown, 1966).",
        "The modern detector lock was patented in Portsmouth (Jeremiah Chubb, 1818).",
        "Joseph Bramah (1784) set a famous challenge that nobody solved for decades.",
    ],
    "founder-year": [
        "Ring's founder pitched the doorbell on Shark Tank without success (Jamie Siminoff, 2013).",
        "Securitas was founded in Helsingborg (Erik Philip-Sörensen, 1934).",
        "Jeremiah Chubb (1818) is still part of the brand's story in its UK advertising.",
        "The Banham story starts with a single locksmith's shop (Kensington, 1926).",
    ],
    "burglar-year": [
        "Famous criminals still feature in security advertising (Ronnie Biggs, 1963).",
        "The adverts borrow the image of the gentleman thief (Raffles, 1898).",
        "Media coverage turns burglars into folk heroes (Brian Reader, 2015).",
    ],
    "heist": [
        "Heists shape how the public imagines crime (Great Train Robbery, 1963).",
        "The raid on a safe-deposit vault (Hatton Garden heist, 2015) led to a rise in enquiries for home safes.",
        "Gold bullion was taken from a Heathrow warehouse (Brink's-Mat robbery, 1983).",
        "The largest cash robbery in British history (Securitas depot robbery, 2006) took place in Tonbridge.",
        "The Northern Bank robbery (Belfast, 2004) also changed cash-handling rules in Ireland.",
    ],
    "law-year": [
        "Footage of people is personal data (Data Protection Act, 2018).",
        "Door supervisors and guards must be licensed (Private Security Industry Act, 2001).",
        "Every camera that films beyond the boundary raises consent questions (GDPR, 2018).",
        "Smart devices sold in the UK must meet minimum security rules (PSTI Act, 2022).",
        "Spanish alarm firms must be authorised (Ley de Seguridad Privada, 2014).",
    ],
    "ruling": [
        "A doorbell camera was found to breach a neighbour's privacy (Fairhurst v Woodard, 2021).",
        "The court awarded damages after the judgment (Fairhurst v Woodard [2021]), which was widely reported.",
        "Judges have ruled on data rights in cases about CCTV (Ryneš, C-212/13, 2014).",
    ],
    "campaign-year": [
        "Community crime prevention has a long history in the UK (Neighbourhood Watch, 1982).",
        "Locksmiths run an awareness week each autumn (Lock Safe Week, 2019).",
        "The police campaign ran during the darker months (Operation Hawk, 2021).",
        "{B} joined the national campaign (Darker Nights, {Y3}) with a social media push.",
    ],
    "award-year": [
        "{B}'s installers were recognised by the industry (Security Excellence Awards, 2022).",
        "The app won a design prize (Red Dot Award, 2020).",
        "{B} was named Best Buy by a consumer magazine (Which? Best Buy, {Y3}).",
    ],
    "day-event": [
        "Many firms use the month for content (National Home Security Month, October 2023).",
        "Offers are timed for the trade show (IFSEC International, 2024) each May.",
        "Burglaries peak around the clocks going back (Bonfire Night, 5 November).",
    ],
    "merger": [
        "Consolidation shaped the lock market (ASSA ABLOY and Yale, 2000).",
        "The doorbell start-up was bought for about $1 billion (Amazon and Ring, 2018).",
        "The alarm brand changed hands in a large deal (ADT and Tyco, 2016).",
        "Google bought the thermostat maker (Google and Nest, 2014) to enter the smart home.",
        "The guarding giant was bought by its US rival (Allied Universal and G4S, 2021).",
    ],
    "takeover": [
        "The fire and security business was sold again (APi Group buys Chubb, 2022).",
        "{B} later changed its name after the acquisition (Chubb Fire & Security, 2016).",
        "Verisure's listing was one of Europe's largest that year (Verisure IPO, 2024).",
    ],
    "shop-opening": [
        "The brand's heritage starts in Kensington (first Banham shop, 1926).",
        "Spain was the group's first market outside Sweden (Verisure Spain, 1988).",
        "{B} opened its first monitoring centre in the region (Madrid ARC, {Y3}).",
        "The first store in Oslo (Sector Alarm Oslo, 1993) was a small office.",
    ],
    "first-year": [
        "The first monitored alarm contracts in Ireland (Phonewatch, 1989) were sold by Eircom.",
        "Video verification became standard for new customers (Verisure Ireland, 2016).",
        "The first smart lock to open by phone (August Smart Lock, 2014) was a US product.",
    ],
    "trend-year": [
        "Demand took off as device prices fell (smart-home boom, 2016).",
        "Sales spiked in the darker evenings (cost-of-living burglaries, 2023).",
        "Trust suffered after news about police access to footage (Ring privacy row, 2019).",
        "Many homes bought cameras for the first time (pandemic DIY boom, 2020–2021).",
    ],
    "crisis-year": [
        "Insurers raised premiums after the floods (Storm Desmond, 2015).",
        "Security firms also took calls after the earthquake (Christchurch, 2011).",
        "A large breach led to lost trust in cloud cameras (Verkada hack, 2021).",
    ],
    "film-year": [
        "Many adverts play on the image of a home defended by a child (Home Alone, 1990).",
        "Heist films make security look glamorous (Ocean's Eleven, 2001).",
        "The campaign borrowed a famous car chase (The Italian Job, 1969).",
        "The safe room became a selling point after the thriller (Panic Room, 2002).",
    ],
    "series-year": [
        "Spanish viewers know heists from television (La casa de papel, 2017).",
        "Reality television shows real burglaries (Crimewatch, 1984).",
        "Norwegian drama turned security into a talking point (Occupied, 2015).",
    ],
    "price-year": [
        "{B}'s entry plan cost £3.49 a month (2024).", "The basic package costs €{eur} a month (2024 price list).",
        "Monitoring in Norway starts at NOK {nok} a month (2023).", "A kit with installation costs NZ${nzd} a month (2024).",
        "The average claim after a burglary was £{n}0 ({Y3} figures).",
    ],
    "count-year": [
        "There were about 1.2 million burglaries (2022) in the year measured.",
        "Alarm firms in Spain serve over {n},000 homes (2023 count).",
        "{pc}% of homes now have a video doorbell ({Y3} estimate).",
        "Police attended fewer alarm activations ({n},000 in {Y3}).",
    ],
    "figures-callouts": [
        "Response times improved sharply (2022 call-outs).",
        "False alarms fell after video verification ({Y3} activations).",
        "Most locksmith jobs were lock-outs, not burglaries (2023 jobs data).",
    ],
    "slogan": [
        "The old saying ‘An Englishman's home is his castle’ still sells locks.",
        "The police slogan ‘Don't make it easy’ was reused by installers.",
        "ADT's line ‘Always there’ stresses continuous protection.",
        "Verisure's promise, ‘We are there for you’, appears on every van.",
        "Ring's mission, 'Make neighbourhoods safer', is central to its brand.",
    ],
    "saying": [
        "Installers like to say ‘Lock it or lose it’ to new customers.",
        "The phrase ‘Safe as houses’ appears in several insurance adverts.",
        "The Irish Garda message ‘Lock up, light up’ is repeated every winter.",
    ],
    "standard": [
        "Alarms in the UK are graded under the European standard (EN 50131, grade 2).",
        "Doors sold to insurers' requirements carry the kitemark (BS 3621:2017).",
        "Cylinders are tested for snapping (TS 007, 3 star).",
        "Monitoring centres must meet the code of practice (BS EN 50518:2019).",
    ],
    "grade": [
        "Insurers ask for an approved system (NSI Gold).",
        "The lock is rated for attack resistance (Sold Secure Diamond).",
        "The safe is rated for cash (Eurograde 1, £10,000).",
    ],
    "ticker": [
        "The group's shares fell sharply after the results (NYSE: ADT).",
        "Investors reacted well to the listing (Nasdaq Stockholm: ASSA B).",
        "Gjensidige's results beat forecasts (OSE: GJF).",
    ],
    "former-name": [
        "The Spanish brand was renamed in 2022 (formerly Securitas Direct).",
        "The Irish company (formerly Eircom Phonewatch) has kept its local name.",
        "Google's devices (formerly Nest Labs) are now sold under one brand.",
    ],
    "company-number": [
        "{B} is registered in England (company no. 01161045).",
        "The insurer is regulated in Ireland (C{n}).",
    ],
    "glossed-word": [
        "Norwegian customers call it an alarm subscription (alarmabonnement).",
        "In Spain the monitoring centre is called the CRA (central receptora de alarmas).",
        "The Māori concept of care for the home (manaakitanga) shaped the NZ campaign.",
        "Hebrew adverts stress the safe room (mamad) in new flats.",
    ],
    "acronym-gloss": [
        "Alarm receiving centres (ARCs) verify signals before calling the police.",
        "The firm reports monthly recurring revenue (MRR) and average revenue per user (ARPU).",
        "Home-insurance providers use the Association of British Insurers (ABI) guidance.",
        "The National Security Inspectorate (NSI) audits approved installers every year.",
    ],
    "police-policy": [
        "Police will only respond to a verified alarm (unique reference number, URN).",
        "Garda advice is issued each autumn (Operation Thor, 2015 onwards).",
        "Response policy in England changed after the guidance (NPCC Security Systems Policy, 2018).",
    ],
    "survey-sample": [
        "Most respondents had a doorbell camera (n = {n}).", "Half of the panel trusted insurers (n={n}, {Y3}).",
        "The interviews took place in Dublin and Cork (8 interviews, March {Y3}).",
    ],
    "cross-reference": [
        "The competitor map (see Appendix 2) shows the main brands by price.",
        "Costs are set out in full (Table {q}, page {q}).", "This is discussed further in Task 2 (b).",
        "The persona (Appendix 1, Figure {q}) is based on five interviews.",
    ],
    "quarter-year": [
        "Subscriber numbers rose in the final quarter (Q4 2023).", "Churn peaked after the price rise (Q{q} {Y3}).",
        "Sales dipped in the summer (H1 {Y3}).",
    ],
    "financial-year": [
        "Revenue grew by {pc}% (FY2023).", "The group cut marketing spend (FY{Y3}/{q}).",
        "Customer numbers passed {n},000 (year to March {Y3}).",
    ],
    "guarantee": [
        "{B} offers a refund if a burglar gets in (£1,000 guarantee).",
        "The cylinders carry a long warranty (10-year guarantee).",
        "Monitoring contracts can be cancelled early (30-day cooling-off period).",
    ],
    "contract-term": [
        "Most customers sign up for three years (36-month contract).", "The Norwegian offer has no lock-in (0 months).",
        "Prices are fixed for the first year (12 months, then £{n} a year).",
    ],
    "opening-hours": [
        "The monitoring centre never closes (24/7, 365 days a year).",
        "Emergency locksmith calls are answered round the clock (24 hours, 7 days).",
        "The showroom is open six days a week (9am–5.30pm, Mon–Sat).",
    ],
    "handle-address": [
        "Customers can message {B} on X (@HomeSafeUK) at any time.",
        "Most quotes are booked online (www.example-alarms.co.uk).",
        "The campaign hashtag (#LockUpLightUp) trended in Ireland.",
    ],
    "phone-number": [
        "Non-emergency crime is reported by phone (101 in the UK).",
        "Garda Confidential takes tips by phone (1800 666 111).",
        "New Zealanders call the police non-emergency line (105).",
    ],
    "place-year": [
        "The burglary rate fell fastest in the capital (London, 2019–2023).",
        "Break-ins rose in the south (Costa del Sol, 2022).",
        "The pilot ran in one city (Tauranga, 2021).",
    ],
    "ceo-title": [
        "The strategy was set by the new chief executive (Austin Lally, CEO).",
        "Ring's founder later left the company (Jamie Siminoff, Chief Inventor).",
        "The group's head of marketing (Sarah Clarke, CMO) led the rebrand.",
    ],
    "honour-role": [
        "The founder was honoured for services to crime prevention (OBE, 2019).",
        "{B}'s managing director chairs the trade body (BSIA Chair, 2022–2024).",
    ],
    "tv-advert-year": [
        "The advert showed a burglar trying a door at night (ADT TV advert, 2019).",
        "Verisure's campaign featured a family at dinner (‘Intruder’, 2021).",
        "The Christmas spot was widely shared ({B} Christmas advert, {Y3}).",
    ],
    "app-version": [
        "Users had to update the software (Ring app 3.0).", "Two-factor login became compulsory (Arlo Secure 4.0).",
        "The new lock supports the smart-home standard (Matter 1.2).",
    ],
    "model-number": [
        "The camera is sold in two colours (Arlo Pro 5S 2K).", "The doorbell replaces the older one (Ring Battery Doorbell Plus).",
        "Installers fit the panel as standard (Yale Sync IA-320).",
    ],
    "weather-season": [
        "Break-ins rise as the nights draw in (October–February).",
        "Holiday homes are more at risk in summer (July and August).",
        "The campaign runs through the darkest months (November to February).",
    ],
    "insurance-excess": [
        "Customers with an approved alarm pay less ({pc}% discount).", "The policy carries an excess (£250 voluntary).",
        "The insurer covers keys and locks (up to £{n}0 per claim).",
    ],
    "age-band": [
        "The target segment is older homeowners (aged 65+).", "The app's users are younger (aged 25–44).",
    ],
    "anniversary": [
        "{B} marked a milestone with a heritage campaign (100 years, 1926–2026).",
        "The brand's anniversary (50 years in Ireland) was used in its adverts.",
    ],
    "reference-number": [
        "The complaint was upheld by the regulator (ASA ruling A23-{n}).",
        "The ICO fined the firm after a breach (case ref. ENF0{n}).",
    ],
}  # fmt: skip
