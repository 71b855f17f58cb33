"""The prose of the hundred-and-sixty-seventh independent pool, "blind167" (HELD OUT: never tune on it; report its
tables, never its misses).

Written without reading the checker, its tests or any other pool, as marketers in Texas, the US Gulf South and their
diaspora (Houston, Dallas, Fort Worth, Austin, San Antonio, El Paso, McAllen, Corpus Christi, New Orleans, Baton
Rouge, Lafayette; Mexico City, Monterrey, London, Denver) write CIM Level 6 and 7 reports and MBA assignments about
banks and credit unions, telecoms and tech, grocers and retailers, food and drink makers, airlines, energy firms and
media: American spelling beside British, dollars as $, US$ and USD with millions and billions, laws and code
sections with years and section signs, the FTC, the Texas Attorney General, the BLS, the Census Bureau and the Dallas
Fed, Mardi Gras, Juneteenth, Fiesta, SXSW, the Rodeo, Cinco de Mayo, Día de los Muertos, Black Friday and the
sales-tax holiday, store numbers, highways, ZIP codes, tickers and founding years, none of them citations.
Placeholders are the builder's ({N}, {P}, {Q}, {C}, {B}, {A}, {O}, {T}, {R}, {Y}, {n}, {q}, {d}, {M}) and those of
``values`` below.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["H-E-B", "Whataburger", "Buc-ee's", "Academy Sports + Outdoors", "Kroger", "Walmart", "Sally Beauty",
          "Dr Pepper", "Blue Bell", "Tabasco", "Community Coffee", "Topo Chico", "Shiner", "Southwest Airlines",
          "American Airlines", "United", "Frost Bank", "Comerica", "Texas Capital", "Hancock Whitney",
          "Navy Federal", "USAA", "AT&T", "Dell", "Oracle", "Tesla", "Rackspace", "ExxonMobil", "Shell USA",
          "Entergy", "Univision", "Telemundo", "the Houston Chronicle", "Raising Cane's", "Torchy's Tacos",
          "Pluckers", "Café Du Monde", "Rouses Markets", "Tiff's Treats", "YETI", "Kendra Scott", "Central Market",
          "Fiesta Mart", "Favor", "Cotton Patch Cafe", "Popeyes"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values of this pool's frames, drawn after the builder's own."""
    return {
        "usd": rng.choice([f"${rng.randint(2, 95)} million", f"US${rng.randint(1, 9)}.{rng.randint(1, 9)} billion",
                           f"USD {rng.randint(10, 900)}m", f"${rng.randint(1, 40)}.{rng.randint(0, 9)}bn",
                           f"${rng.randint(12, 980)},000", f"${rng.randint(2, 60)}M"]),
        "pc": str(rng.randint(4, 87)),
        "city": rng.choice(["Houston", "Dallas", "Fort Worth", "Austin", "San Antonio", "El Paso", "McAllen",
                            "Corpus Christi", "New Orleans", "Baton Rouge", "Lafayette", "Laredo", "Brownsville"]),
        "mx": rng.choice(["Monterrey", "Mexico City", "Saltillo", "Ciudad Juárez", "Reynosa", "Guadalajara"]),
        "fest": rng.choice(["Mardi Gras", "Juneteenth", "Fiesta San Antonio", "SXSW", "the Houston Livestock Show and Rodeo",
                            "Cinco de Mayo", "Día de los Muertos", "Black Friday", "Jazz Fest", "Festival International",
                            "the State Fair of Texas"]),
        "Y3": str(rng.randint(2018, 2025)),
        "zip": rng.choice(["77002", "78205", "75201", "70112", "78501", "79901", "76102", "70801", "70501", "78701"]),
        "exec": rng.choice(["Charles Butt", "Mike Rawlings", "Gwendolyn Thibodeaux-Price", "Ramiro Cavazos",
                            "Phil Romano", "Linh Nguyen", "Mark Cuban", "Debra Broussard", "Rolando Garza Jr."]),
        "hwy": rng.choice(["I-35", "I-10", "US-59", "I-45", "Loop 610", "SH 130", "I-20", "I-49", "Highway 281"]),
        "store": str(rng.randint(101, 899)),
        "mo": rng.choice(["January", "February", "March", "April", "June", "August", "September", "November"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, though their sample was drawn only from {city}.",
    "{N} concluded that {C}.", "{N} made the point that {C}, which is directly relevant to {B}.",
    "{N} observed that {C}, particularly among {A} in South Texas.", "{N} suggested that {C}.",
    "{N} showed that {C}; {B}'s own numbers seem to bear this out.", "{N} highlighted that {C}.",
    "{N} contended that {C}, a finding {B} has been slow to act on.", "{N} reported that {C} across the Gulf South.",
    "{N} noted that, since {Y3}, {C}.", "{N} went further and argued that {C} and that {C2}.",
    "{N} questioned whether {C}.", "{N} surveyed {n} shoppers in {city} and found that {C}.",
    "{N} defined brand loyalty as repeat purchase plus emotional attachment, and showed that {C}.",
    "{N} warned that {C} if {B} ignores Spanish-dominant customers.", "{N} is often cited on this point: {C}.",
    "{N} explained that {C} (for example, through {T}).", "{N} recommended that regional brands check whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Texas grocers, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As {N} pointed out, {C}.", "Research by {N} suggests that {C}.",
    "A survey carried out by {N} found that {C}.", "{C}, as {N} noted in their review of {T}.",
    "{B} is a good example: {N} showed that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Data from {N} show that {C}.", "{C}, according to {N}.", "According to {N}, {C}.",
    "When {B} expanded into {city}, it seemed to follow {N}: {C}.", "Following {N}, this report assumes that {C}.",
    "For a bank like {B}, the work of {N} matters because {C}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "Not everyone agrees; {N}, for instance, maintained that {C}.", "Looking at the border market, {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "{N} findings are useful here because {C}.", "This reflects {N} argument that {C}.",
    "{N} survey of {n} Houston households found that {C}.", "The weakness of {N} model is that it assumes {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Texas data confirm this – {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
    "{C}, especially in Spanish-language media {P}.", "In the Rio Grande Valley, {C} {P}.",
    "{C}, as several Gulf South studies show {P:for example,}.", "Y'all-style copy works because {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Texas are more loyal to regional brands than to national ones",
    "bilingual advertising raises {R} among Hispanic households", "{T} improved {R} by around {q}0% in one trial",
    "{B}'s reliance on {T} leaves it exposed if costs rise", "{A} expect a seamless experience online and in store",
    "credit unions win members on trust rather than on rates", "Spanish-language creative performs best when it is not a translation",
    "hurricane season changes what {A} buy and when", "Juneteenth campaigns backfire when they look opportunistic",
    "loyalty programs drive repeat visits but not always margin", "{T} is cheaper than TV but harder to measure",
    "{A} along the border shop on both sides of the Rio Grande", "regional pride is a strong asset for brands like {B}",
    "the sales-tax holiday pulls back-to-school spending forward", "influencers must disclose paid posts under FTC guidance",
    "data privacy rules now shape how {B} uses first-party data", "{A} respond better to reviews than to brand claims",
    "festival sponsorship builds awareness faster than paid search", "price matters less than convenience for {A}",
    "remittance offers help banks reach first-generation customers", "cashback and fuel rewards keep {A} loyal",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Texas", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From a customer perspective", "Nevertheless", "Consequently",
    "Across the Gulf South", "As a result", "Looking at {B}'s competitors", "Overall", "In South Louisiana",
    "Along the border", "In the Houston market",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Texas and now operates in {q}0 cities across the South.",
    "This section analyses {B}'s current digital channels and makes recommendations.",
    "The table below summarizes the KPIs for each channel.", "{B}'s Instagram account has over {n}k followers, but engagement is low.",
    "The recommendations are costed and phased over twelve months.", "{O}, {C}.",
    "{B} uses Google Ads, Meta and TikTok, with most of its budget on paid search.",
    "Customers can order online, through the app or at the curbside, and returns are free.",
    "A SWOT analysis of {B} is included in the appendix.", "The main competitors are {B} and two smaller regional chains.",
    "Task 2 builds on this by proposing a content calendar for the next fiscal year.",
    "Most of {B}'s customers live within twenty minutes of a store.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "The point is made bluntly that {Q} {P}, which {B} should note.",
    "{N} put it this way: {Q}.", "Marketers are told that {Q} {P}.", "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["“Texas-sized”", "“y'all”", "“Tex-Mex”", "“Spanglish”", "“lagniappe”", "“greenwashing”",
                "\"total market\"", "‘shrinkflation’", "“Hispanic-first”", "\"phygital\"", "“authentic”",
                "“buy local”", "“Keep Austin Weird”", "“Gulf South”"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} marketing {P}.", "Many younger shoppers are tired of {Q} messages {P}.",
    "So-called {Q} advertising is spreading {P}.", "The word {Q} is used loosely by brands {P}.",
    "Critics call this {Q}, and {B} is not immune {P}.", "{N} described this as {Q} positioning.",
]  # fmt: skip
SUBJECT_LINES = ["“Tax-free weekend starts Friday 🛍️”", "‘Y'all, your cart misses you’", "“¡Última oportunidad! 20% off ends tonight”",
                 "“Laissez les bons temps rouler – Mardi Gras deals inside”", "\"Your {M} order is ready for curbside pickup\"",
                 "‘Rodeo season = boots on sale’", "“Black Friday starts NOW”", "“We miss you – here's $10 off”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its abandoned-cart email {P}.",
    "Messages like {Q} work because they create urgency {P}.", "The email {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, figures, codes and names that is no citation and must raise no problem.
NOT_CITATIONS = {
    "acronym-year": [
        "All customer data is handled under the state law (TDPSA {Y3}).",
        "{B} updated its privacy notice after the new rules took effect (CCPA {Y3} amendments).",
        "The bank's policies follow the federal rule (GLBA {Y}).",
    ],
    "year-noun": [
        "{B}'s net income fell ({Y} annual results: {usd}).", "Digital sales grew sharply ({Y} figures, Google Analytics).",
        "The loyalty program reached {n},000 members ({Y3} data).", "Marketing spend was cut ({Y}/{Y2} budget).",
    ],
    "noun-year": [
        "Sales dipped during the winter storm (February 2021) but recovered within weeks.",
        "The brand's Super Bowl ad ({Y3}) was its most shared video.", "{B} rebuilt its app (relaunched in {Y}).",
    ],
    "figures": [
        "Most respondents preferred text offers (n = {n}).", "Open rates were above average (see Figure {q}).",
        "Costs are set out in the budget (Appendix {q}).", "Conversion is lower on mobile (2.{q}% vs 3.{q}%).",
        "The target segment is young adults (aged 18–24).", "Sales grew in the final quarter (Q{q}, {Y3}).",
    ],
    "founding-year": [
        "H-E-B (founded in Kerrville in 1905) still describes itself as a Texas company.",
        "Whataburger opened its first stand in Corpus Christi in 1950.", "Blue Bell (est. 1907, Brenham) sells out of its home market first.",
        "The Spoetzl Brewery (Shiner, 1909) leans on its Czech and German heritage.",
    ],
    "lifespan": [
        "Selena Quintanilla-Pérez (1971–1995) remains a Tejano icon whose image brands still license.",
        "Edmund McIlhenny (1815–1890) first sold Tabasco sauce after the Civil War.",
        "The campaign featured zydeco pioneer Clifton Chenier (1925–1987).",
    ],
    "storm-year": [
        "Stores closed for a week after Hurricane Harvey (2017).", "After Hurricane Katrina (2005), many New Orleans brands rebuilt their customer lists.",
        "Hurricane Ida (August 2021) knocked out power to {B}'s Baton Rouge stores.", "Winter Storm Uri (2021) changed how Texans think about the grid.",
    ],
    "festival-date": [
        "Promotions peak around {fest} (see the {Y3} calendar in Appendix {q}).", "Mardi Gras (Fat Tuesday, 13 February 2024) drives king cake sales across Louisiana.",
        "Juneteenth (19 June) became a federal holiday in 2021.", "Fiesta San Antonio (April {Y3}) draws more than two million visitors.",
        "The Rodeo (Houston, 27 February – 17 March {Y3}) is the brand's biggest sponsorship.",
    ],
    "sales-tax-holiday": [
        "Back-to-school traffic peaks on the tax-free weekend (9–11 August {Y3}).",
        "Items under $100 are tax-exempt during the holiday (Tex. Tax Code § 151.326).",
        "The Louisiana holiday (Second Amendment weekend, {Y}) was later repealed.",
    ],
    "black-friday": [
        "{B}'s doors opened at 6 a.m. (Black Friday, 29 November {Y3}).", "Online sales on Cyber Monday ({Y3}) beat the whole weekend.",
        "The Thanksgiving week promotion ({Y3}) was the year's best.",
    ],
    "law-with-year": [
        "The Texas Data Privacy and Security Act (2023) applies to most firms that process Texans' data.",
        "Under the Deceptive Trade Practices Act (1973), misleading claims can be challenged by consumers.",
        "The CAN-SPAM Act of 2003 requires an unsubscribe link in every commercial email.",
        "The Telephone Consumer Protection Act (1991) restricts automated text messages.",
    ],
    "code-section": [
        "Controllers must publish a privacy notice (Tex. Bus. & Com. Code § 541.102).",
        "Breach notices must be sent within 60 days (Tex. Bus. & Com. Code § 521.053).",
        "Louisiana's breach law (La. R.S. 51:3074) sets a similar duty.", "Endorsements are covered by federal rules (16 C.F.R. Part 255).",
    ],
    "bill-number": [
        "The SCOPE Act (H.B. 18, 88th Legislature) limits targeted ads to minors.",
        "A similar bill (S.B. 2105, {Y3} session) died in committee.", "The Texas House passed the measure (HB 4, {Y3}) by a wide margin.",
    ],
    "regulator-action": [
        "The Texas Attorney General opened an inquiry into the app ({mo} {Y3}).",
        "The FTC's order (Docket No. C-{n}{q}) required the firm to delete the data.",
        "A settlement with the state ({usd}, {Y3}) ended the case.",
    ],
    "dollar-figure": [
        "{B} spent {usd} on advertising last year.", "Revenue reached {usd} ({pc}% up on the year before).",
        "The campaign budget was modest ({usd} over {q} months).", "The deal was valued at US${q}.{q} billion ({Y3}).",
    ],
    "census-year": [
        "The 2020 Census (count day: 1 April 2020) was the first most Texans answered online.",
        "Texas gained two House seats after the count (2020 Census, apportionment).",
        "Census Bureau staff (Dallas regional office) ran outreach at H-E-B stores.",
    ],
    "rate-decision": [
        "Borrowing became dearer after the rate rise (FOMC meeting, {mo} {Y3}).",
        "The fed funds rate (5.25–5.50%, {Y3}) squeezed credit-card marketing budgets.",
        "Mortgage offers were pulled when rates peaked (7.{q}% in October 2023).",
    ],
    "ticker": [
        "Texas Capital (NASDAQ: TCBI) rebranded its wealth arm.", "AT&T (NYSE: T) moved its headquarters to Dallas in 2008.",
        "Shares of Sally Beauty (NYSE: SBH) rose {pc}% after the results.", "Comerica (NYSE: CMA) sponsors the Dallas Arts District.",
    ],
    "fiscal-year": [
        "Comparable sales rose {pc}% in the year (FY{Y3}).", "Guidance was cut for the year (fiscal {Y3}, ending 31 January).",
        "Results for the period (10-K, FY{Y}) show rising marketing costs.",
    ],
    "store-number": [
        "The flagship (Store #{store}, {city}) was remodeled in {Y}.", "Buc-ee's New Braunfels (opened 2012) has 120 gas pumps.",
        "The pilot ran in one store (No. {store}) for six weeks.",
    ],
    "highway-location": [
        "Most stores sit near major highways ({hwy}, exit {n}).", "The new travel center ({hwy} at mile marker {n}) opened in {Y3}.",
        "Traffic on {hwy} (between Austin and San Antonio) drives impulse stops.",
    ],
    "zip-code": [
        "The test area covered three ZIP codes ({zip}, 77005 and 77098).", "Customers in the inner city (ZIP {zip}) responded best.",
        "Mail was sent to households in {city}, TX {zip}.",
    ],
    "area-code": [
        "Customers can call the hotline (1-800-555-0{store}).", "The number on the billboard (713-555-{store}) was tracked separately.",
        "Local numbers (210, 512, 956) were used to build trust.",
    ],
    "flight-code": [
        "The route (AA {store}, DFW–MEX) was promoted in Spanish.", "United's hub (IAH) handles most of Houston's Latin American flights.",
        "Southwest's new service (HOU–MSY, from {mo} {Y3}) was launched with a fare sale.",
    ],
    "product-model": [
        "The truck (Cybertruck, 2023) was shown at SXSW.", "The store tested a new checkout (Model 7350, NCR).",
        "Sales of the phone (iPhone {q}5) were bundled with AT&T plans.", "The laptop line (Dell XPS {q}3) targeted students.",
    ],
    "product-year": [
        "The Shiner Bock label (since 1913) is part of the brand's story.", "Blue Bell's Homemade Vanilla (first sold 1969) is its best seller.",
        "Dr Pepper's '10, 2 and 4' slogan (1920s) is still quoted in training.",
    ],
    "event-year": [
        "The brand activated at SXSW {Y3} with a pop-up taco stand.", "{B} sponsored Fiesta San Antonio ({Y3}) for the first time.",
        "Attendance at the Rodeo (2.{q} million in {Y3}) set a record.", "The State Fair of Texas ({Y3}) hosted a Big Tex-themed campaign.",
    ],
    "award": [
        "The campaign won a Clio ({Y3}) and a Cannes Lion.", "{B} was named Texas Retailer of the Year ({Y}).",
        "The agency took home an ADDY (Gold, {Y3}) for its bilingual work.",
    ],
    "ranking": [
        "{B} ranked first for customer satisfaction (a J.D. Power award, {Y3}) in the region.",
        "The bank rose in the list (Forbes Best Banks in America, No. {q}).", "H-E-B topped the grocer rankings again in {Y3} (No. 1 again, as in {Y}).",
    ],
    "executive-role": [
        "{exec} (chief marketing officer) presented the plan to the board.", "The founder, {exec} (chair since {Y}), still appears in the ads.",
        "{exec} (CEO, {Y}–{Y2}) oversaw the rebrand.",
    ],
    "person-not-author": [
        "Actor Matthew McConaughey (Wild Turkey, {Y3}) fronted the campaign.", "Beyoncé's return to Houston (Renaissance Tour, 2023) lifted local hotel sales.",
        "Chef Paul Prudhomme (K-Paul's, 1979) made Cajun food a national trend.", "Coach Ed Orgeron (LSU, 2019) appeared in the bank's ads.",
    ],
    "org-with-year": [
        "The merger created a new group (Hancock Whitney, 2011).", "The chain changed hands (Whataburger, 2019) but kept its orange-and-white stripes.",
        "Its owner (Keurig Dr Pepper, 2018) is based in Burlington and Frisco.", "The brewery (Gambrinus Company, 1989) saved Shiner from closure.",
    ],
    "former-name": [
        "AT&T (formerly SBC Communications, until 2005) kept its Dallas base.", "TelevisaUnivision (Univision until 2022) reaches most Spanish-speaking homes.",
        "The stadium (formerly the Superdome, renamed in {Y3}) is now sponsored by Caesars.",
    ],
    "place-in-brackets": [
        "The pilot ran in two cities (McAllen and Brownsville).", "The family business started on the bayou (Avery Island, Louisiana).",
        "{B} opened an office in Mexico ({mx}, {Y3}).", "The company is based in the suburbs (Sugar Land, Fort Bend County).",
    ],
    "spanish-gloss": [
        "The slogan ‘Aquí es donde’ (here is where) ran on Univision.", "Customers valued ‘confianza’ (trust) above price.",
        "Stores put up ofrendas (altars) for Día de los Muertos on 2 November.", "The word ‘chingón’ (excellent) was cut from the final script.",
    ],
    "french-gloss": [
        "Menus used the word ‘lagniappe’ (a little something extra).", "The ad closed with ‘Laissez les bons temps rouler’ (let the good times roll).",
        "Older customers still say ‘mais, yeah’ (well, yes) in the focus groups.",
    ],
    "slogan": [
        "H-E-B's ‘Here Everything's Better’ is one of Texas's best-known lines.", "Whataburger's ‘Just like you like it’ has run since the 1990s.",
        "Community Coffee's ‘Since 1919’ line supports its heritage positioning.", "‘Don't mess with Texas’ began in 1986 as an anti-litter slogan.",
    ],
    "hashtag-handle": [
        "The hashtag (#HEBCares) trended during the storm.", "{B} answers complaints on X (@{M}Help) within an hour.",
        "Fans shared posts with #ShinerBock and #TexasProud.", "The team's TikTok (@whataburger) has millions of followers.",
    ],
    "url": [
        "Orders can be placed online (www.heb.com) or through the app.", "The landing page (buc-ees.com/rewards) converts best on mobile.",
        "Customers can email the team (hola@example-tx.com) in English or Spanish.",
    ],
    "currency-conversion": [
        "Prices in Mexico were higher (a $4.99 item sold for MXN 99).", "The peso's rise ({mo} {Y3}: 17.{q} MXN/USD) helped border retailers.",
        "Cross-border shoppers spent {usd} ({pc}% of sales in Laredo).",
    ],
    "percentage-year": [
        "Online grocery penetration rose ({pc}% in {Y3}, up from {q}% in {Y}).", "Membership grew {pc}% (2019–{Y3}).",
        "Spanish-dominant households make up {pc}% of the trade area ({Y3}).",
    ],
    "survey-sample": [
        "Most respondents agreed (n = {n}; Houston and Dallas).", "The focus groups (three groups of eight, {city}) favored the bilingual ad.",
        "Half the panel shopped at H-E-B weekly ({pc}%, n = {n}).",
    ],
    "cross-reference": [
        "This is discussed further in Task 2 (b).", "The channel plan (see Appendix 2) shows weekly activity.",
        "Refer to Table {q} (page {q}) for the full costs.", "The Gantt chart (Section 3.{q}) shows the launch in week {q}.",
    ],
    "course-code": [
        "The framework was taught in the marketing core (MKT 380, McCombs).", "This assignment is for MBA 6{q}10 (Strategic Marketing, Spring {Y3}).",
        "The module (CIM Level 7, Module {q}) requires a reflective log.",
    ],
    "degree-year": [
        "The CMO holds a BBA (UT Austin, {Y}) and an MBA (Rice, {Y2}).", "The founder studied at Tulane (B.S., {Y}) before joining the family firm.",
        "Two of the team are LSU graduates (class of {Y3}).",
    ],
    "ordinal-name": [
        "The firm is now run by the founder's grandson (Henry Thibodeaux III).", "Ownership passed to his son (Robert L. Garza Jr.) in {Y}.",
        "The campaign was approved by the board chair (James Ray LeBlanc Sr.).",
    ],
    "legal-form": [
        "The brand is owned by a family partnership (Blue Bell Creameries, L.P.).", "The agency is a limited liability company (Bayou City Creative, LLC).",
        "Legal advice came from a local firm (Guidry & Fontenot, PLLC).", "The stores are run by a separate entity (H-E-B, LP).",
    ],
    "date-format": [
        "The launch was moved ({mo} {d}, {Y3}) because of the storm.", "The contract ran from 1/{d}/{Y3} to 12/{d}/{Y3}.",
        "Early voting closed on the deadline (11/{d}/{Y3}).",
    ],
    "time-zone": [
        "The live stream starts at 7 p.m. (CST) on launch day.", "Orders placed before noon (Central Time, UTC−6) ship the same day.",
        "The Black Friday drop began at midnight (CT) in {city}.",
    ],
    "sports-season": [
        "The Astros' World Series run (2022) lifted merchandise sales.", "{B} sponsors the Cowboys ({Y3} season) and the Spurs.",
        "LSU's national title (2019 season) sold out local stores of purple and gold.",
    ],
    "film-show": [
        "The series Friday Night Lights (2006–2011) shaped how outsiders see Texas towns.",
        "The movie Selena (1997) renewed interest in Tejano music.", "The show King of the Hill (1997–2010) is set in the fictional town of Arlen.",
    ],
    "parish-county": [
        "The parish (Lafayette Parish, pop. 241,753) is the brand's core market.", "Turnout was highest in the county (Hidalgo County, {Y3}).",
        "The bank serves twelve parishes (Acadiana region).",
    ],
    "building-address": [
        "The agency moved into new offices (1 Shell Plaza, Houston).", "The flagship store (2211 S. 1st St., Austin, TX {zip}) hosts events.",
        "The head office ({n} Main Street, Suite {store}) is downtown.",
    ],
    "pandemic-period": [
        "Curbside pickup grew fast during lockdown (March–May 2020).", "Footfall only recovered after the pandemic (2020–2022).",
        "The shift to delivery (COVID-19, 2020) has partly reversed.",
    ],
    "price-point": [
        "The combo sells for $5.99 in Texas and $6.49 in Louisiana (before tax).", "The membership costs $50 a year ($25 for students).",
        "Bags of Buc-ee's Beaver Nuggets ($6.99) are a top seller.",
    ],
    "abbreviation": [
        "The Federal Trade Commission (FTC) has warned brands about fake reviews.",
        "Key performance indicators (KPIs) include click-through rate (CTR) and average order value (AOV).",
        "The Texas Department of Transportation (TxDOT) ran the campaign.", "Small and medium-sized businesses (SMBs) make up most of the bank's clients.",
    ],
}  # fmt: skip
