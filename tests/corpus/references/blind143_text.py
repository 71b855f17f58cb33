"""blind143: a hundred-and-forty-third independent reference pool, HELD OUT (never tune on it; report its tables).

Marketers in Ireland, Northern Ireland and the Irish diaspora (Dublin, Cork, Galway, Limerick, Waterford, Belfast,
Derry, Letterkenny; London, Boston, New York, Sydney, Toronto) writing CIM Level 6 and 7 reports and MBA
assignments: banks and credit unions, telecoms, retailers, food and drink makers, airlines, tourism bodies, media
houses and agencies. Their sentences, claims and brands, and text that looks like a citation but is not: Acts with
their numbers, S.I. numbers, euro and sterling figures, CRO numbers and Eircodes, St Patrick's Day, Bloomsday,
Samhain and the Leaving Cert, GAA finals, people with their dates who are no authors, legal forms in brackets.
Written without reading the checker, its tests or the other pools.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["AIB", "Bank of Ireland", "PTSB", "Revolut", "Eir", "Vodafone Ireland", "Three", "Dunnes Stores", "SuperValu",
          "Tesco Ireland", "Penneys", "Primark", "Kerrygold", "Glanbia", "Tayto", "Guinness", "Jameson", "Barry's Tea",
          "Ryanair", "Aer Lingus", "Fáilte Ireland", "Tourism Ireland", "RTÉ", "TG4", "The Irish Times", "An Post",
          "Lidl Ireland", "Centra", "Brown Thomas", "Lyons", "Butlers Chocolates", "Avoca", "Bord Gáis Energy",
          "Irish Life"]  # fmt: skip

NARRATIVE_START = [
    "{N} argues that {C}.", "{N} found that {C}, although the sample was drawn only from Dublin.",
    "{N} makes the point that {C}, which is very relevant to {B}.", "{N} concluded that {C}.",
    "{N} reckons that {C}, especially outside the Pale.", "{N} highlights that {C}.",
    "{N} noted that {C} in the Irish market.", "{N} suggest that {C} on both sides of the border.",
    "{N} would argue that {C}.", "{N} observed that {C} among {A} in Cork and Galway.",
    "{N} also found that {C}, which {B} should take on board.", "{N} puts it well: {C}.",
    "{N} states that {C} (see Appendix {q}).", "{N} showed that, since the Celtic Tiger, {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In an Irish context, {N} found that {C}.", "{O}, {N} argued that {C}.", "This is backed up by {N}, who found that {C}.",
    "{C}, as {N} pointed out.", "As {N} noted, {C}.", "Research carried out by {N} in Northern Ireland suggests that {C}.",
    "A survey by {N} found that {C}.", "{B} is a good example here: {N} showed that {C}.",
    "{C} – a point also made by {N}.", "It could be argued, in line with {N}, that {C}.",
    "Looking at the Irish diaspora in Boston and London, {N} found that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Figures from {N} show that {C}.", "When {B} rebranded, it seemed to follow {N}: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Applying {N} model to {B}, it is clear that {C}.",
    "{O}, {N} report found that {C}.", "{N} findings are useful here because {C}.",
    "This echoes {N} argument that {C}.", "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Irish research shows that {C} {P}.", "For {A}, {C} {P}.",
    "{B} is no different, as {C} {P}.", "This matters because {C} {P}.", "{C}, particularly in rural Ireland {P}.",
    "It is often said that {C} {P:see}.", "Several Irish studies report that {C} {P:e.g.}.",
    "{C} (see Figure {q}) {P}.", "In short, {C} {P}.", "North and south of the border, {C} {P}.",
    "{C}. {P}", "{C} {P:see also}.", "A key point for {B} is that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is equally true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should ensure that {C2}.", "Some sources {P:e.g.} argue that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "Irish consumers are more loyal to local brands than to international ones",
    "{A} trust the credit union more than the pillar banks", "{T} improved {R} by around {q}0% for {B}",
    "the 'Buy Irish' message still resonates with older shoppers",
    "St Patrick's Day gives Irish brands a global platform for a few weeks each year",
    "{A} in Northern Ireland shop across the border when sterling is strong",
    "price matters more than brand in the Irish grocery market since the cost-of-living crisis",
    "Irish-language content builds goodwill even among people with only 'cúpla focal'",
    "the Irish diaspora is a large and under-used market for food and drink brands",
    "{B}'s heritage is one of its strongest assets", "{T} works best when it feels local rather than imported from the UK",
    "{A} expect brands to respond on social media within the hour",
    "sponsorship of the GAA creates strong recall in rural counties",
    "the exit of Ulster Bank and KBC changed how {A} choose a bank",
    "sustainability claims such as Origin Green need proof to be believed",
    "Christmas is the most important quarter for Irish retailers",
    "personalised offers increase {R} among {A}",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "In the Irish market", "For {B}", "On the other hand", "Since Brexit",
    "Since the pandemic", "In Northern Ireland", "From a customer perspective", "Nevertheless", "As a result",
    "Looking at {B}'s competitors", "Overall", "In terms of digital channels", "Interestingly",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Ireland and now trades in {q}0 markets.",
    "This report analyses {B}'s marketing mix and makes recommendations for the next twelve months.",
    "The table below summarises the KPIs for each channel.", "{O}, {C}.",
    "{B} has around {n}k followers on Instagram but engagement is falling.",
    "A PESTLE analysis of the Irish market is included in Appendix {q}.",
    "The recommendations are costed in euro and phased over the year.",
    "Task 2 builds on this with a content plan for the St Patrick's Day period.",
    "The main competitors are {B} and two smaller Irish-owned brands.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{N} argues that {Q}.", "{N} is blunt: {Q}.",
    "This is summed up as follows: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘the craic’", "'cúpla focal'", "‘the Irish mammy’", "‘Buy Irish’", "'Ireland Inc.'", "‘the Pale’",
                "‘grand’", "‘the Celtic Tiger’"]  # fmt: skip
SCARE_FRAMES = [
    "Marketers describe this as {Q} marketing {P}.", "{B} plays on {Q} in its advertising {P}.",
    "The brand leans into {Q} {P}.", "Irish ads often use {Q} as shorthand {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your St Patrick's Day offer is inside ☘️’", "“Last chance: €10 off your {M} order”",
                 "'Nollaig shona! Your Christmas voucher awaits'", "‘Leaving Cert done? Treat yourself’",
                 "“Free delivery anywhere in Ireland this weekend”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} lifted open rates {P}.", "{B} sent the email {Q} to lapsed customers {P}.",
    "An email headed {Q} did best in the test {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "irish-act-number": ["{B} must comply with the Data Protection Act 2018 (No. 7 of 2018).",
                         "The Consumer Rights Act 2022 (No. 37 of 2022) changed how returns work in Ireland."],
    "statutory-instrument": ["Marketing emails fall under S.I. No. 336 of 2011, the ePrivacy Regulations.",
                             "Cancellation rights come from S.I. No. 484 of 2013 for online sales."],
    "uk-act-chapter": ["In Northern Ireland the Consumer Rights Act 2015 (c. 15) applies instead.",
                       "The UK GDPR sits beside the Data Protection Act 2018 (c. 12) in Belfast."],
    "alcohol-act-section": ["Under section 13 of the Public Health (Alcohol) Act 2018, ads near schools were banned from {Y2}.",
                            "The alcohol advertising watershed (Section 19, 2021) limits {B} to after 9pm."],
    "euro-figure": ["{B}'s marketing budget was €{n}m in {Y} (EUR {n}m in the accounts).",
                    "Revenue reached €{n}.{q}bn ({Y} figures)."],
    "sterling-ni": ["Prices in Belfast are set in sterling (£{n}, {Y}).", "The NI budget was £{n}k (2023/24)."],
    "legal-form-year": ["Nuacht Teo. (est. {Y}) publishes in Irish.", "The Irish Times DAC (formerly The Irish Times Limited, {Y}) is owned by a trust.",
                        "The GAA, or Cumann Lúthchleas Gael CLG (1884), is the largest sports body in Ireland."],
    "saint-patricks-day": ["Sales peak on St Patrick's Day (17 March {Y}).", "The parade (Lá Fhéile Pádraig {Y}) drew {n},000 people."],
    "bloomsday": ["{B} ran a pop-up for Bloomsday (16 June {Y}).", "Bloomsday {Y} marked 100 years since Ulysses (1922)."],
    "samhain": ["Halloween (Samhain, 31 October) is the second-biggest season for confectionery.",
                "Derry's Halloween festival ({Y}) attracts visitors from across the island."],
    "leaving-cert": ["The campaign targeted students after the Leaving Cert results (August {Y}).",
                     "Around {n},000 sat the Leaving Certificate in {Y}."],
    "christmas-trading": ["Christmas {Y2} trading was the strongest since {Y}.", "The late late toy show (Friday {d} November) drives toy sales."],
    "irish-date": ["The offer ran from {d}/03/{Y} to 31/03/{Y}.", "The store opened on {d}ú Meán Fómhair {Y}."],
    "eircode": ["The flagship store is on Henry Street, Dublin 1 (Eircode D01 X2P2).", "Orders are shipped from Ballina (F26 K8W9)."],
    "cro-number": ["{B} is registered with the CRO (company no. {n}{n}).", "The company (CRO {n}{q}{q}) files its accounts each year."],
    "iseq-ticker": ["Glanbia (ISEQ: GL9) fell {q}% that week.", "Kerry Group (KRZ, {Y}) remains the largest food firm on Euronext Dublin."],
    "person-dates": ["Arthur Guinness (1725–1803) signed a 9,000-year lease.", "James Joyce (1882–1941) is central to Bloomsday."],
    "founder-year": ["Ben Dunne founded Dunnes Stores in Cork (1944).", "Joe 'Spud' Murphy invented cheese and onion crisps (the first Tayto packs, 1954)."],
    "minister-not-author": ["The Minister for Enterprise (Simon Coveney, {Y}) welcomed the investment.",
                            "Taoiseach Leo Varadkar (2017–2020) launched the campaign."],
    "interviewee": ["One marketing manager in Limerick (Interviewee {q}, {Y}) said the budget was cut.",
                    "A credit union CEO (Participant {q}) described members as 'family'."],
    "survey-sample": ["Most respondents agreed (n = {n}, Dublin and Cork).", "A Likert scale (1–5) was used ({n} responses)."],
    "figure-table": ["Sales are shown below (Figure {q}).", "Table {q} (Appendix {q}) lists the KPIs."],
    "gaa-final": ["{B} sponsored the All-Ireland Final ({Y}) in Croke Park.", "Limerick won the hurling (2018, 2020–2023)."],
    "county-code": ["Registrations from Dublin (D) and Cork (C) rose in {Y}.", "The car was a {Y}-registered (231-D-{n}) model."],
    "phone-shortcode": ["Customers text SANTA to 50{n} to enter.", "Callers use 1850 {n} {n} for support."],
    "tariff-name": ["Eir's Unlimited {n} plan (2024) costs €{n} a month.", "Three's 5G plan (€{q}5/month) targeted students."],
    "product-model": ["The Guinness 0.0 (launched {Y}) was recalled briefly.", "Tayto Cheese & Onion (37g pack) is the bestseller."],
    "award": ["{B} won Grand Prix at the Irish Kinsale Shark Awards ({Y}).", "The campaign took gold at the ICAD awards ({Y})."],
    "event-year": ["{B} exhibited at Web Summit (Dublin, 2015).", "Ploughing Championships ({Y}) in Ratheniska attracted {n},000."],
    "festival-place": ["Electric Picnic (Stradbally, {Y}) is a key sampling event.", "The Galway Races ({Y}) are sponsored by Tote."],
    "place-with-year": ["The Derry/Londonderry City of Culture year (2013) lifted tourism.", "Galway was European Capital of Culture (2020)."],
    "regulator-decision": ["ComReg decision D{q}/{Y} set the price cap.", "The ASAI upheld complaint ref. {n}/{Y} against the ad."],
    "central-bank-rate": ["The Central Bank mortgage rules (4x income, 2022) affect bank advertising.",
                          "The ECB deposit rate ({q}.{q}%, {Y}) shaped savings ads."],
    "cso-release": ["CSO Statistical Release (Retail Sales Index, {Y}) shows growth of {q}%.", "Census 2022 counted 5.1m people."],
    "vat-rate": ["Hospitality VAT fell to 9% (November 2020).", "The standard VAT rate (23%) applies to {B}'s products."],
    "brexit-date": ["After Brexit (31 January 2020) supply chains via Holyhead changed.", "The Windsor Framework (2023) eased checks."],
    "good-friday-agreement": ["The Good Friday Agreement (1998) made cross-border marketing easier.",
                              "Since the Belfast Agreement (10 April 1998) tourism has grown."],
    "flight-number": ["Aer Lingus flight EI{n} to Boston sold out for St Patrick's week.", "Ryanair FR{n} (Dublin–Stansted) is its busiest route."],
    "irish-language-phrase": ["The slogan 'Is fearr Gaeilge bhriste ná Béarla cliste' ran on TG4 ({Y}).",
                              "Seachtain na Gaeilge (1–17 March) is a good hook for {B}."],
    "radio-show": ["{B} advertised on The Late Late Show (RTÉ One, {Y}).", "Ryan Tubridy (2009–2023) presented it."],
    "sports-person": ["Katie Taylor (Olympic gold, 2012) fronted the campaign.", "Paul O'Connell (Munster, 2002–2016) became the face of the brand."],
    "agency-name-year": ["The ad was made by Rothco (Accenture Song, {Y}).", "Core (formerly Core Media, 2016) buys most of the media."],
    "street-address": ["{B}'s first shop opened at 67 Grafton Street (1907).", "The Belfast office is at 2 Donegall Square (BT1)."],
    "percent-year-range": ["Market share grew from {q}% to {q}0% ({Y}–{Y2}).", "Online sales doubled (2019 vs 2021)."],
    "quarter": ["Q{q} {Y} was the weakest quarter.", "H1 {Y} results (to 30 June) were ahead of plan."],
    "iso-standard": ["{B} is certified to ISO 14001:2015.", "Its stores meet I.S. EN 15224 ({Y})."],
    "hashtag-year": ["The #LoveIrishFood{Y} campaign trended.", "#Paddys{Y} was used {n}k times on TikTok."],
    "emergency-date": ["During the 2010 EU-IMF bailout (November 2010), ad budgets were cut.", "The lockdown (27 March 2020) closed all non-essential shops."],
    "emigration-figure": ["Around {n},000 people emigrated in the year to April {Y}.", "The Irish diaspora (70 million, Department of Foreign Affairs estimate) is often cited."],
}  # fmt: skip

_COUNTIES = ["Cork", "Kerry", "Galway", "Mayo", "Donegal", "Antrim", "Down", "Tyrone", "Limerick", "Waterford"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {"county": rng.choice(_COUNTIES), "eur": f"€{rng.randint(2, 95)}"}
