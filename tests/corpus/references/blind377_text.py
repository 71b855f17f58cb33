"""The blind377 pool's prose: how marketers at mobile and virtual operators, broadband and fibre providers, handset
retailers, eSIM and roaming start-ups and tower firms in the UK, Spain, Kenya, Vietnam, Peru and New Zealand write CIM
Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Citations come at the start, middle and end of
sentences, after "as", "following", "according to", "echoing" and "building on", in lists of works and inside
brackets with "see" and "e.g."; the decoys are what these candidates put in brackets or beside years that is no
source: tariffs and plans, network launches and switch-offs, spectrum auctions, handsets and models, mergers and tower
sales between operators (some of them firms the reference list holds), subscriber numbers and ARPU, founders and
chief executives, founding years, outages, prices and percentages, acts and regulations named in passing, USSD codes,
local terms with their glosses and more. Placeholders mean what they mean in text.py; ``values`` adds this pool's own.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Safaricom", "Airtel Kenya", "Telkom Kenya", "Vodafone", "EE", "O2", "Three", "giffgaff", "Sky Mobile",
          "Tesco Mobile", "BT", "TalkTalk", "Virgin Media O2", "Lebara", "Lycamobile", "Movistar", "MasOrange",
          "Vodafone España", "Digi", "Lowi", "Pepephone", "Viettel", "VNPT", "MobiFone", "FPT Telecom", "Vietnamobile",
          "Claro Perú", "Entel Perú", "Bitel", "Movistar Perú", "Spark", "One NZ", "2degrees", "Skinny", "Chorus",
          "Cellnex", "CityFibre", "Openreach", "Hyperoptic", "Currys", "Airalo", "Holafly", "Ubigi", "Connexa",
          "Freshwave", "Community Fibre"]  # fmt: skip

_OPERATORS = ["Safaricom", "Airtel Kenya", "Vodafone UK", "EE", "Virgin Media O2", "giffgaff", "Movistar", "MasOrange",
              "Digi", "Viettel", "MobiFone", "VNPT", "Claro Perú", "Entel Perú", "Bitel", "Spark", "One NZ", "2degrees"]  # fmt: skip
_TARIFFS = ["Unlimited Max", "Unlimited Plus", "SIM Only Essentials", "Smart Plan 30", "Combo Total", "Fibra 1Gb + Móvil",
            "Postpaid Max", "Everyday Unlimited", "Prepay Value Pack", "Plan Max Ilimitado", "Endless Data", "Data Plus 5G",
            "Family Share", "Bundle Mega"]  # fmt: skip
_HANDSETS = ["iPhone 15 (2023)", "iPhone 12 (2020)", "Galaxy S24 (2024)", "Galaxy A15 (2023)", "Pixel 8 (2023)",
             "Redmi Note 13 (2024)", "Nokia 3310 (2000)", "Tecno Spark 10 (2023)", "iPhone XS (2018)", "Galaxy Z Flip5 (2023)"]  # fmt: skip
_BANDS = ["700 MHz", "3.5 GHz", "3.6–3.8 GHz", "26 GHz", "2.6 GHz", "n78", "1800 MHz", "600 MHz"]
_CURRENCIES = [
    "KES 1,000",
    "VND 50,000",
    "S/ 39.90",
    "€20",
    "£12",
    "NZ$55",
    "KES 250",
    "S/ 59.90",
    "VND 120,000",
    "£18",
    "€35",
]
_CONVERTED = ["KES 1,000 (about £6)", "VND 50,000 (roughly US$2)", "S/ 39.90 (c. £8)", "NZ$55 (about £26)", "KES 20 (about 12p)",
              "S/ 59.90 (around US$16)", "VND 120,000 (about £4)", "€20 (£17)"]  # fmt: skip
_HANDLES = ["@SafaricomPLC", "@EE", "@O2", "@movistar_es", "@SparkNZ", "@OneNZ", "@2degrees", "@giffgaff", "@ClaroPeru"]
_DOMAINS = [
    "giffgaff.com",
    "one.nz",
    "safaricom.co.ke",
    "movistar.es",
    "claro.com.pe",
    "viettel.vn",
    "spark.co.nz",
    "ee.co.uk",
]
_USSD = ["*544#", "*234#", "*100#", "*191#", "*101#", "*334#", "*188#"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "September",
    "October",
    "November",
    "December",
]
_SEGMENTS = ["prepaid customers", "SIM-only customers", "small businesses", "rural subscribers", "students", "older customers",
             "Gen Z users", "postpaid families", "unbanked adults", "gamers", "frequent travellers", "low-income households"]  # fmt: skip
_TOPICS = ["mobile money", "eSIM", "convergent bundles", "SIM-only plans", "fibre broadband", "5G", "roaming add-ons",
           "loyalty rewards", "handset financing", "social tariffs", "number porting", "USSD menus", "the operator's app",
           "agent networks", "Wi-Fi calling"]  # fmt: skip
_RESULTS = ["churn", "loyalty", "ARPU", "net promoter score", "switching intention", "share of wallet", "customer satisfaction",
            "word of mouth", "upgrade rates", "trust"]  # fmt: skip
# (chief executive, firm, year from) as candidates give them
_CEOS = [("Peter Ndegwa", "Safaricom", "2020"), ("Margherita Della Valle", "Vodafone", "2023"), ("Allison Kirkby", "BT", "2024"),
         ("Jolie Hodson", "Spark", "2019"), ("Jason Paris", "One NZ", "2019"), ("Meinrad Spenger", "MasOrange", "2024"),
         ("Lutz Schüler", "Virgin Media O2", "2021"), ("Bob Collymore", "Safaricom", "2010")]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only blind377's frames use, drawn after the common ones."""
    ceo, firm, since = rng.choice(_CEOS)
    y3 = rng.randint(2018, 2025)
    return {
        "Y3": str(y3), "Y4": str(y3 - rng.randint(1, 5)), "mo": rng.choice(_MONTHS), "pc": str(rng.randint(3, 89)),
        "op": rng.choice(_OPERATORS), "tar": rng.choice(_TARIFFS), "hs": rng.choice(_HANDSETS), "band": rng.choice(_BANDS),
        "cur": rng.choice(_CURRENCIES), "curx": rng.choice(_CONVERTED), "h": rng.choice(_HANDLES), "dom": rng.choice(_DOMAINS), "ussd": rng.choice(_USSD), "seg": rng.choice(_SEGMENTS), "tt": rng.choice(_TOPICS),
        "res": rng.choice(_RESULTS), "m": f"{rng.randint(1, 48)}.{rng.randint(0, 9)}", "k": str(rng.randint(2, 95)),
        "mb": str(rng.randint(18, 480)), "ceo": ceo, "ceofirm": firm, "ceoy": since,
        "fy": f"FY{str(y3)[2:]}", "fy2": f"{y3 - 1}/{str(y3)[2:]}", "gb": str(rng.choice([5, 10, 15, 25, 50, 100])),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argued that {C}, which is relevant to {B}.", "{N} concluded that {C}.",
    "{N} showed that {C}, particularly among {seg}.", "{N} identified that {C}.", "{N} reported that {C}, based on a survey of {seg}.",
    "{N} suggested that {C}; {B}'s own churn figures appear to support this.", "{N} warned that {C}.",
    "{N} noted that {C}, although the study only covered {seg}.", "{N} observed that {C} and that {C2}.",
    "{N} made the point that {C}.", "{N} demonstrated, using data from {pc} countries, that {C}.",
    "{N} found a significant link between {tt} and {res}, and argued that {C}.", "{N} described {tt} as a hygiene factor, arguing that {C}.",
    "{N} questioned whether {C}.", "{N} tested this in a survey of {n} {seg} and found that {C}.",
    "{N} went further and claimed that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} argued, {C}.", "As {N} pointed out, {C}.", "Following {N}, this report assumes that {C}.",
    "According to {N}, {C}.", "Echoing {N}, {C}.", "Building on {N}, it can be argued that {C}.",
    "{C}, as {N} found.", "{C}, according to {N}.", "{C}, which echoes {N}.", "{C} – a point made by {N}.",
    "{O}, {N} found that {C}.", "This is consistent with {N}, who showed that {C}.",
    "For {B}, the work of {N} suggests that {C}.", "Research by {N} found that {C}.",
    "In a study of {seg}, {N} found that {C}.", "Data published by {N} show that {C}.",
    "{C}; {N} reached a similar conclusion for {seg}.", "The evidence is mixed: {N} found that {C}, whereas other studies did not.",
    "Applying the model of {N} to {B}, it appears that {C}.", "{O}, and as {N} noted, {C}.",
    "A survey by {N} found that {pc}% of {seg} agreed that {C}.", "{B} seems to have followed {N}, on the basis that {C}.",
    "This report follows {N} in treating {tt} as part of the customer experience, since {C}.",
    "{C}, a finding that {N} also reported.", "Much of this debate goes back to {N}, who showed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {seg} found that {C}.", "{O}, {N} report shows that {C}.", "Using {N} framework, {C}.",
    "{N} findings suggest that {C}.", "{B} could apply {N} model, since {C}.", "This supports {N} argument that {C}.",
    "{N} survey found that {C}.", "According to {N} analysis, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research suggests that {C} {P}.", "For {seg}, {C} {P}.", "{B} is no exception: {C} {P}.",
    "This matters because {C} {P}.", "{C}, especially in prepaid markets {P}.", "It is often argued that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C} {P:see, for example,}.", "{C} {P:see also}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {tt} {P}.", "There is evidence that {C} {P}.", "{C}. {P}",
    "Churn in the sector is driven by price, network quality and customer service {P}.",
    "Mobile money has changed how households in Kenya save, send and borrow money {P}.",
    "Mid-contract price rises have become a major source of complaints in the UK {P}.",
    "Convergent bundles of fibre, mobile and TV dominate the Spanish market {P}.",
    "Prepaid connections still make up most mobile subscriptions in Peru and Vietnam {P}.",
    "{C}, as recent studies of {seg} show {P}.", "The literature agrees that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; however, {C2}.", "Although {C} {P}, {C2}.",
    "While {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some studies {P:e.g.} argue that {C}.", "Studies of {seg} {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
    "The drivers of churn – price {P}, network quality and service – vary by segment.",
    "{C} {P}: this means that {C2}.",
]  # fmt: skip
CLAIMS = [
    "perceived network quality matters more to {seg} than price", "mid-contract price rises push {seg} to switch",
    "bundling mobile and fibre lowers churn", "{seg} see mobile money as safer than carrying cash",
    "trust in agents shapes the adoption of mobile money", "switching costs keep dissatisfied customers with their operator",
    "perceived price fairness matters more than the price itself", "complex tariffs confuse {seg} and weaken trust",
    "{B} could reduce churn by rewarding tenure rather than new customers", "switching by eSIM is cheaper and quicker for {seg}",
    "poor customer service is the main reason people leave their operator", "convergent bundles make customers less sensitive to price",
    "5G on its own does not persuade {seg} to pay more", "prepaid customers are harder to retain than postpaid ones",
    "rural coverage shapes brand preference outside the cities", "loyalty rewards have little effect once a contract ends",
    "relationship quality mediates the link between satisfaction and loyalty", "social tariffs reach too few of the households that need them",
    "handset financing ties customers to their operator for longer", "roaming fees shape how travellers choose a SIM",
    "{B}'s brand is trusted more than its network", "{res} among {seg} rises with {tt}", "the effect of {tt} on {res} depends on a reliable network",
    "satisfaction with {tt} predicts {res} better than price does", "customers who bundle three or more services rarely churn",
    "value-seeking {seg} move to virtual operators when their contract ends",
]  # fmt: skip
OPENERS = [
    "Moreover", "However", "In the UK market", "For {B}", "In Kenya", "In Vietnam", "In Peru", "In New Zealand", "In Spain",
    "By contrast", "In the prepaid segment", "From a relationship-marketing perspective", "In practice", "Since the pandemic",
    "Looking at {B}'s competitors", "Nevertheless", "In emerging markets", "Overall", "Turning to churn",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own stores, its app, third-party retailers and thousands of agents.",
    "This report analyses {B}'s retention strategy and makes recommendations for the next two years.",
    "The table below compares the main operators on price, coverage and customer satisfaction.",
    "{B}'s app has been downloaded more than {k} million times, but few customers use it to top up.",
    "A PESTLE analysis of the market is included in the appendix.", "{O}, {C}.",
    "Recommendations are costed and phased over eighteen months.", "The rest of this section applies the 7Ps to {B}.",
    "The main competitors are {B} and two virtual operators that share its network.",
    "Customers can switch by texting a short code, and the new SIM is usually active the same day.",
    "Task 2 builds on this analysis with a customer-retention plan.",
    "Interviews were held with six store managers and two members of the CRM team.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one services-marketing text puts it, {Q} {P}.", "{N} put it plainly: {Q}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "{N} concluded that {Q}.", "One review of the sector concluded that {Q} {P}.",
    "The point is made directly that {Q} {P}, which {B} should note.",
]  # fmt: skip
SCARE_QUOTES = ["‘loyalty penalty’", "‘bill shock’", "‘unlimited’", "'fibre'", "‘5G ready’", "‘not-spots’", "“super-app”",
                "‘zero-rating’", "‘price walks’", "‘up to’", "“digital-first”", "'inertia'", "‘phygital’", "‘cash-out’"]  # fmt: skip
SCARE_FRAMES = [
    "Consumer groups have criticised the {Q} paid by long-standing customers {P}.", "Many {seg} complain of {Q} when they return from abroad {P}.",
    "So-called {Q} broadband is often part-copper {P}.", "Operators still advertise {Q} speeds that few customers achieve {P}.",
    "{B} describes itself as {Q} {P}.", "{N} questioned what {Q} really means for {seg}.",
    "The term {Q} is used loosely in the sector {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your data bundle is running low’", "‘Top up today and get double data’", "“We miss you – come back for half price”",
                 "‘Your upgrade is ready’", "‘Tunukiwa: offers just for you’", "'Your bill is ready to view'",
                 "‘Roaming? Add a day pass for £2’", "“Thanks for being with us for {k} years”", "‘Fibre is now live on your street’",
                 "‘Your eSIM is ready to install’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS such as {Q} lifted top-ups among {seg} {P}.", "{B} sent the message {Q} to lapsed customers {P}.",
    "Push notifications like {Q} work because they are timely {P}.", "{N} found that texts like {Q} reduced churn among {seg}.",
    "Testing {Q} against a plainer message showed a clear winner {P}.", "The retention team's message {Q} had the highest response of the year {P}.",
]  # fmt: skip

# Text with brackets, years or figures that is no citation and must raise no problem.
NOT_CITATIONS: dict[str, list[str]] = {
    "tariff-year": ["{B}'s most popular plan is {tar} {Y3}, which includes roaming in {pc} countries.",
                    "The {tar} {Y3} tariff (launched in {mo}) replaced three older plans.",
                    "Customers on the {tar} plan ({Y3} edition) receive {gb}GB of data a month.",
                    "The relaunch of {tar} ({mo} {Y3}) was the operator's biggest campaign of the year."],
    "network-launch": ["{op} switched on its standalone network (5G SA, {Y3}) in the capital first.",
                       "The launch of 4G+ ({mo} {Y3}) was followed by a price rise.",
                       "{op}'s fibre network (first homes connected in {Y4}) now passes most urban households.",
                       "{op} launched commercial 5G in the capital (5G NSA, {Y3})."],
    "network-switch-off": ["3G services were switched off in the UK (2023–2025), freeing spectrum for 4G and 5G.",
                           "{op} retired its 2G network ({mo} {Y3}), which hurt customers with older phones.",
                           "The 3G shutdown (completed {Y3}) forced some older customers to buy new handsets."],
    "spectrum-auction": ["Ofcom's auction of 700 MHz and 3.6–3.8 GHz spectrum (2021) raised £1.4bn.",
                         "{op} won {band} spectrum in the auction ({mo} {Y3}).",
                         "The {band} auction ({Y3}) was delayed twice by legal challenges.",
                         "Licences in the {band} band (awarded {Y4}) run for twenty years."],
    "handset-model": ["Demand for the {hs} was strongest among {seg}.", "{B} offered the {hs} free on a 36-month plan.",
                      "Trade-in values for the {hs} fell sharply after the next model launched.",
                      "Many customers still use older handsets such as the Nokia 3310 (2000 version) as backup phones."],
    "merger-acquisition": ["The merger of Vodafone UK and Three (completed in 2025) created the largest UK operator by customers.",
                           "The merger of Orange Spain and MásMóvil (completed in March 2024) created MasOrange.",
                           "BT's purchase of EE (completed in January 2016) made it the UK's largest mobile operator.",
                           "The planned merger of Airtel Kenya and Telkom Kenya (announced 2018, abandoned 2019) would have created a stronger number two.",
                           "Telefónica sold its Peruvian business (April 2025) after years of losses."],
    "tower-deal": ["Spark sold 70% of its towers business (a 2022 deal), which now trades as Connexa.",
                   "Cellnex bought CK Hutchison's European towers (2020–2022) for about €10bn.",
                   "One NZ's towers were sold (a 2022 deal) to form a new company, Fortysouth.",
                   "{op} leases most of its {k},000 sites from a tower company (sale and leaseback, {Y3})."],
    "subscribers-year": ["{op} had {m} million mobile subscribers ({mo} {Y3}).", "Mobile money accounts reached {m} million ({fy2}).",
                         "{B}'s customer base grew to {m} million ({Y3} year end).", "Fibre connections passed {k}0,000 (Q{q} {Y3})."],
    "arpu-year": ["{op}'s blended ARPU fell by {pc}% ({fy}).", "Prepaid ARPU is low ({cur} a month, {Y3}).", "Average revenue per user rose by {pc}% ({Y4}–{Y3}).",
                  "Postpaid ARPU is about three times prepaid ARPU ({Y3} figures).", "ARPU (Q{q} {Y3}) was flat despite price rises."],
    "ceo-year": ["{ceofirm} has been led by {ceo} (chief executive since {ceoy}).", "Under {ceo} (CEO from {ceoy}), {ceofirm} refocused on customer experience.",
                 "The appointment of {ceo} as chief executive ({ceoy}) was followed by a new brand strategy.",
                 "Bob Collymore (Safaricom's CEO from 2010 to 2019) championed M-PESA's expansion."],
    "founder-year": ["The network giffgaff (founded in 2009 as a community-run brand) still relies on members for customer support.",
                     "Airalo (founded in 2019) sells eSIM data packs in over 200 countries.",
                     "Michael Joseph (Safaricom's founding CEO, 2000–2010) oversaw the launch of M-PESA in 2007.",
                     "Digi (which entered Spain in 2008) grew on low prices and word of mouth."],
    "founding-year": ["Ofcom (established in 2003) regulates the UK's communications sector.",
                      "OSIPTEL (created in 1991) supervises telecoms investment in Peru.",
                      "The CNMC (set up in 2013) merged several Spanish regulators.",
                      "The Communications Authority of Kenya (known as the CCK until 2014) licenses operators.",
                      "The ITU (founded in 1865) is the oldest UN agency.", "The GSMA (formed in 1995) represents operators worldwide.",
                      "Viettel (founded in 1989) is owned by the Ministry of National Defence."],
    "rebrand-year": ["One NZ (Vodafone New Zealand until 2023) rebranded after ending its licence deal.",
                     "Spark (called Telecom New Zealand until 2014) now sells mostly wireless broadband.",
                     "Chorus (demerged from Telecom in 2011) owns most of New Zealand's fixed network.",
                     "{op}'s new logo (unveiled {mo} {Y3}) cost far less than its previous rebrand."],
    "outage-year": ["{op}'s nationwide outage ({mo} {Y3}) left customers without data for a day.",
                    "The O2 data outage (December 2018) was caused by an expired software certificate.",
                    "Compensation after the outage ({Y3}) was a free day of unlimited data.",
                    "M-PESA was unavailable for several hours (outage of {mo} {Y3}), hitting small traders."],
    "price-year": ["A SIM-only plan with {gb}GB cost {cur} ({Y3}).", "The entry price for fibre is {cur} ({mo} {Y3} prices).",
                   "{B} charges {cur} for a day of roaming (from {Y3}).", "Prices were frozen for existing customers ({Y4}–{Y3})."],
    "price-rise-cpi": ["Many UK contracts rose by CPI + 3.9% (April 2023).", "From April 2025 price rises are stated in pounds and pence (£1.50 a month, for example).",
                       "{op} raised prices mid-contract by {pc}% ({Y3}).", "The annual rise (CPI + 3.9%, April {Y3}) prompted complaints."],
    "percentage-year": ["Smartphone penetration reached {pc}% ({Y3}).", "Only {pc}% of households took a social tariff ({mo} {Y3}).",
                        "Churn among prepaid users was {pc}% ({Y3}), compared with far less for postpaid.",
                        "{pc}% of customers (n = {n}) said they would recommend their network."],
    "act-named": ["The Telecommunications (Security) Act 2021 restricts the use of high-risk vendors.",
                  "Spain's Ley General de Telecomunicaciones (Ley 11/2022) strengthened user rights.",
                  "The Kenya Information and Communications Act 1998 created the sector's regulator.",
                  "New Zealand's Telecommunications Act 2001 underpins the regulation of fibre.",
                  "Peru's Ley 29904 (2012) set out the national fibre-optic backbone."],
    "regulation-code": ["Under Ofcom's General Conditions (C1, as revised in 2022), contract summaries must be clear.",
                        "The EU Roaming Regulation (2022/612) keeps roam-like-at-home until 2032.",
                        "SIM registration rules (Decree 163/2024/ND-CP) forced operators to check IDs again.",
                        "Operators signed Ofcom's voluntary Fairness Commitments (2019) on treating customers fairly."],
    "standard-release": ["The network runs on 3GPP Release 17 (2022) standards.", "New routers support Wi-Fi 7 (802.11be, {Y3}).",
                         "Devices must support VoLTE (voice over LTE) before 3G is switched off.",
                         "eSIM profiles follow the GSMA's consumer specification (SGP.22)."],
    "speed-figures": ["Median download speeds reached {mb} Mbps (H1 {Y3}).", "{op}'s 5G averaged {mb} Mbps ({mo} {Y3}).",
                      "Full-fibre plans offer up to 900 Mbps (symmetrical).", "Rural speeds lag behind (about {k} Mbps, {Y3})."],
    "coverage-year": ["4G now covers {pc}% of the landmass ({Y3}).", "Outdoor 5G coverage reached {pc}% of premises ({mo} {Y3}).",
                      "Gigabit-capable broadband was available to {pc}% of homes ({Y3} update).", "{op} covers all but {k} villages (end of {Y3})."],
    "ticker": ["Safaricom (NSE: SCOM) is the largest listed firm in East Africa.", "Cellnex's shares (BME: CLNX) fell after the results.",
               "Spark (NZX: SPK) cut its dividend in {Y3}.", "BT Group (LSE: BT.A) is a FTSE 100 company."],
    "financial-year": ["Revenue grew by {pc}% in the last financial year ({fy}).", "Service revenue was flat ({fy2}).",
                       "The results for {fy} (year to 31 March) showed lower churn.", "{op}'s first half ({fy}, H1) was hit by currency losses."],
    "quarter-results": ["Net adds were negative in the third quarter (Q3 {Y3}).", "Broadband churn fell to 1.{q}% a month (Q{q} {Y3} results).",
                        "{op} reported {m} million net additions (Q{q} {Y3}).", "Data usage per user doubled (Q{q} {Y4} to Q{q} {Y3})."],
    "currency-conversion": ["A typical prepaid bundle costs {curx}.", "Sending small amounts costs as little as {curx}.",
                            "The cheapest smartphone sells for VND 1.5 million (about £48).", "Airtime is sold in small amounts (from KES 10, less than 10p)."],
    "app-rating": ["{B}'s app is rated 4.{q} out of 5 (App Store, {Y3}).", "Reviews of the app are mixed (3.{q} stars, Google Play, {mo} {Y3}).",
                   "{op} scores 4.{q} on Trustpilot ({n} reviews, {Y3})."],
    "nps-satisfaction": ["{B}'s net promoter score rose to +{k} (Q{q} {Y3}).", "Satisfaction with customer service fell ({pc}% satisfied, {Y3}).",
                         "{op} came last for complaints per 100,000 customers (Q{q} {Y3})."],
    "own-survey": ["A survey of {n} customers (own research, {mo} {Y3}) found low awareness of social tariffs.",
                   "Most respondents (n = {n}) had never switched network.", "Interviews with store staff (March {Y3}) confirmed this.",
                   "The questionnaire (Appendix {q}) was sent to {n} {seg}."],
    "cross-reference": ["This is discussed further in Section {q}.2 (below).", "The full costings are in Appendix {q} (Table {q}).",
                        "See Figure {q} (above) for the customer journey.", "Refer to Task 1 (b) for the competitor analysis."],
    "handle-hashtag": ["{B} handles complaints on X ({h}) within the hour.", "The campaign hashtag (#SwitchAndSave{Y3}) trended briefly.",
                       "Customers can message the team on WhatsApp (+254 722 000 000).", "The brand posts daily on TikTok ({h})."],
    "web-address": ["Coverage can be checked online (www.ofcom.org.uk/mobile-coverage-checker).", "Prices are listed on the website (www.{dom}/sim-only).",
                    "The social tariff page (www.{dom}/help) is hard to find.", "Customers apply online (my.{dom}) or in store."],
    "ussd-code": ["Customers check their balance by dialling a short code ({ussd}).", "M-PESA can be used on any phone through a USSD menu (*334#).",
                  "Data bundles are bought through {ussd} or the app.", "UK customers request a PAC by texting PAC to 65075 (since July 2019)."],
    "abbreviation-gloss": ["A mobile virtual network operator (MVNO) rents capacity from a host network.",
                           "Average revenue per user (ARPU) is the key measure of value.", "Fibre to the premises (FTTP) is replacing copper lines.",
                           "Fixed wireless access (FWA) competes with fibre in rural areas.", "Know your customer (KYC) checks slow down SIM registration."],
    "local-term": ["Small traders keep savings in a chama (a savings group) and use M-PESA to collect contributions.",
                   "Many Peruvians still buy phone credit at the bodega (corner shop).", "Sales peak before Tết (the Lunar New Year).",
                   "The campaign spoke to whānau (extended family) rather than individuals.", "In Spain, portabilidad (number porting) takes one working day.",
                   "Mama mbogas (street vegetable sellers) accept M-PESA for almost every sale."],
    "slogan": ["Safaricom's ‘Twende Tukiuke’ line has been used since 2018.", "{B}'s tagline, ‘Better connected’, appears on every channel.",
               "The line ‘Less talk, more data’ ran on {B}'s buses and billboards.", "Its ‘Switch in a tap’ message (launched {Y3}) targeted {seg}."],
    "sponsorship": ["{B} is the shirt sponsor of a top-flight football club (2022–2027).", "{op} sponsors the national rugby team (deal renewed {Y3}).",
                    "The naming rights to the arena ({Y4}–{Y3}) were not renewed."],
    "regulatory-fine": ["{op} was fined for mis-selling ({Y3} ruling).", "A record penalty (£{k}m, {Y3}) followed the emergency-call failure.",
                        "The regulator's fine ({mo} {Y3}) related to billing errors."],
    "contract-length": ["Most handset deals run for 24 or 36 months (36-month plans since {Y4}).", "SIM-only contracts can be 30 days or 12 months ({Y3} range).",
                        "Early termination fees (up to {k}% of the remaining contract) deter switching."],
    "roaming": ["Several UK operators reintroduced EU roaming charges (about £2 a day from 2022).", "Roaming in {pc} destinations is included (Go Roam, {Y3}).",
                "Travellers buy local eSIMs (from US$4.50 for 1GB) rather than pay roaming fees."],
    "esim-launch": ["{op} added eSIM support for prepaid customers ({mo} {Y3}).", "Apple has supported eSIM on iPhones since the XS (2018).",
                    "Airalo reached {k} million users ({Y3}) without a network of its own."],
    "mobile-money-figures": ["M-PESA processed {m} billion transactions ({fy}).", "The daily transaction limit is KES 500,000 (since 2023).",
                             "Agents (about {k}0,000 in {Y3}) handle most cash-in and cash-out."],
    "census-survey-year": ["The population census (2019) counted 47.6 million Kenyans.", "Mobile phone ownership in Peru rose sharply between the last two censuses (2007 and 2017).",
                           "The Vietnamese census (2019) found that {pc}% of households owned a smartphone."],
    "event-date": ["Sales spike during Black Friday ({Y3}) and before Christmas.", "Promotions run around Mashujaa Day (20 October).",
                   "Data usage peaked on New Year's Eve ({Y3}).", "Matariki (a public holiday since 2022) is now part of the marketing calendar.",
                   "The Rugby World Cup (2023) drove a rise in streaming."],
    "course-reference": ["This assignment answers Task 2 of the unit (CIM Level 7, Unit 1).", "The report follows the brief (Module MKT7023, Assessment 2).",
                         "Word count (excluding appendices): {k}00."],
    "model-version": ["The team uses Salesforce (Winter '24 release) for churn alerts.", "The app was rebuilt ({B} app 5.0, {Y3}).",
                      "Customers on Android 14 (2023) can transfer an eSIM by QR code."],
    "broadband-connections": ["{op} has {m} million fibre connections (end of {Y3}).", "Take-up on the fibre network reached {pc}% ({fy}).",
                              "Copper lines fell below {k}0,000 ({mo} {Y3})."],
    "site-count": ["The firm owns {k},000 masts ({Y3}).", "EE built {n} new rural sites (Shared Rural Network, {Y3}).",
                   "Small cells now number about {k}00 in the city centre ({Y3})."],
    "inflation-rate": ["Inflation peaked at 11.1% (October 2022) in the UK.", "Prices rose faster than wages ({Y3}: {pc}% inflation).",
                       "Peru's inflation (8.5% in 2022) squeezed household budgets."],
    "award": ["{B} won Best Network at an industry awards ceremony ({Y3}).", "{op} was named best for coverage (independent tests, H2 {Y3}).",
              "The campaign was shortlisted for a marketing award ({Y3})."],
    "smartphone-share": ["Android dominates (about {pc}% of handsets, {Y3}).", "Samsung led the market (Q{q} {Y3} shipments).",
                         "Feature phones are still {pc}% of sales ({Y3})."],
    "data-bundle": ["Daily bundles ({gb}GB for 24 hours) are popular with students.", "The 'no expiry' bundle ({Y3}) was a response to complaints.",
                    "Weekend data ({gb}GB, Friday to Sunday) boosted usage."],
    "dates-periods": ["The survey ran from {d} {mo} to the end of the month ({Y3}).", "Data were exported from the CRM on {d}/{q}/{Y3}.",
                      "The next review of the plan is due (by {mo} {Y3})."],
}  # fmt: skip
