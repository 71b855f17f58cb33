"""blind260's prose: marketers at home-services marketplaces, trade merchants, plumbing, heating and electrical
firms, locksmiths, pest control, removals and handyman franchises in the UK, Ireland and Canada writing CIM Level 6
and 7 reports and MBA assignments on local, franchise, small-business and B2B marketing. NOT_CITATIONS holds text
that looks like a citation and is not one: prices and fees, launches, events, laws, schemes and standards, figures,
deals, awards, tickers, job titles, financial years, halves and quarters."""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Checkatrade", "MyBuilder", "Rated People", "TrustATrader", "Bark", "Screwfix", "Toolstation",
          "Travis Perkins", "City Plumbing", "Wolseley", "Plumb Center", "Pimlico Plumbers", "British Gas HomeCare",
          "HomeServe", "Dyno-Rod", "Rentokil", "Timpson", "Banham", "Mr. Handyman", "Two Men and a Truck", "HomeStars",
          "Aviva"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only blind260's frames use."""
    return {
        "pc": str(rng.randint(4, 78)), "Y3": str(rng.randint(2019, 2024)),
        "mo": rng.choice(["January", "February", "March", "May", "June", "September", "October", "November"]),
        "ch": rng.choice(["local SEO", "Google Local Services Ads", "Facebook community groups", "van livery",
                          "trade counters", "the member app", "email to trade account holders", "TikTok", "LinkedIn",
                          "review widgets", "leaflet drops"]),
        "tool": rng.choice(["ServiceM8", "Tradify", "Jobber", "HubSpot", "Salesforce", "simPRO", "Commusoft"]),
        "fr": rng.choice(["SOSTAC", "the 7Ps", "RACE", "the service-profit chain", "SERVQUAL", "Ansoff's matrix", "PESTLE"]),
        "K": rng.choice(["Mintel", "YouGov", "the ONS", "IBISWorld", "the BMBI", "Statista", "Kantar"]),
        "trade": rng.choice(["plumbers", "gas engineers", "electricians", "locksmiths", "roofers", "pest controllers",
                             "removal firms", "handymen", "kitchen fitters"]),
        "city": rng.choice(["Leeds", "Cardiff", "Cork", "Galway", "Bristol", "Glasgow", "Toronto", "Calgary", "Halifax", "Belfast"]),
        "fee": str(rng.choice([45, 60, 75, 85, 95, 120, 150])),
        "h": rng.choice(["@checkatrade", "@ScrewfixUK", "@pimlicoplumbers", "@HomeStarsInc", "@toolstation"]),
        "dom": rng.choice(["checkatrade.com", "screwfix.com", "ratedpeople.com", "homestars.com", "mybuilder.com"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}, and {B} is a case in point.",
    "{N} found that {C}, although their sample was limited to {trade} in {city}.",
    "{N} concluded that {C}; this matters for {B}'s {ch} plan.",
    "{N} interviewed {n} {trade} and reported that {C}.",
    "{N} suggested that {C}, a view that later {K} data appears to support.",
    "{N} described {fr} as a way of thinking rather than a template, arguing that {C}.",
    "{N} showed that {C} for {A}.",
    "{N} warned that {C} when a platform controls the customer relationship.",
    "{N} compared franchised and independent {trade} and found that {C}.",
    "{N} made the point that {C}.",
    "{N} questioned whether {C}, pointing to weak evidence from small firms.",
    "{N} were among the first to argue that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} pointed out in a study of trade merchants, {C}.",
    "{O}, and as {N} showed, {C}.",
    "In line with {N}, {C}.",
    "{C}, which is consistent with the findings of {N}.",
    "{B}'s marketing team could apply the advice of {N}, namely that {C}.",
    "Applying {fr} to {B}, and drawing on {N}, it appears that {C}.",
    "{C} – a point that {N} also made about {trade}.",
    "The evidence is mixed: {N} found that {C}, whereas other studies disagree.",
    "For a franchise such as {B}, the work of {N} is useful because {C}.",
    "Not everyone agrees; {N}, for instance, maintained that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} model of trust in tradespeople implies that {C}.",
    "{O}, {N} study of {trade} showed that {C}.",
    "{N} argument rests on the idea that {C}.",
    "The weakness of {N} framework is that it assumes {C}.",
    "{N} survey of {n} merchants found that {C}.",
    "According to {N} analysis, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, it seems that {C} {P}.",
    "Most commentators now agree that {C} {P}.",
    "{C}, especially among {A} {P}.",
    "This is important because {C} {P:see}.",
    "Several studies make the same point, namely that {C} {P:see, for example,}.",
    "{B} should therefore put more into {ch}, given that {C} {P:e.g.}.",
    "Homeowners now read several reviews before they call a tradesperson {P}.",
    "Trade merchants compete on credit terms, availability and relationships rather than on price alone {P}.",
    "It is also worth noting that {C} {P:cf.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but in practice {C2}.",
    "{C} {P}; however, {C2}.",
    "Although {C} {P}, {C2}.",
    "{O}, {C} {P} and {C2}.",
    "{C} {P}, whereas {C2}.",
    "Given that {C} {P:see}, it follows that {C2}.",
]  # fmt: skip
CLAIMS = [
    "homeowners trust a tradesperson with verified reviews more than one without",
    "{trade} win most of their work through word of mouth",
    "platforms such as {B} shift power from small traders to the marketplace",
    "franchisees value a national brand mainly for the leads it brings",
    "trade customers stay loyal to the merchant whose counter staff know them",
    "emergency call-outs are bought on speed rather than on price",
    "vetting schemes reassure {A} but few understand what they check",
    "local search drives most enquiries for small trades firms",
    "service recovery after a failed repair can raise loyalty",
    "subscription cover turns one-off repairs into a recurring relationship",
    "B2B buyers at merchants expect the same digital service they get as consumers",
    "{ch} works best as part of an integrated plan",
    "price transparency reduces the fear of being overcharged",
    "{R} improves when engineers are trained as brand ambassadors",
]  # fmt: skip
OPENERS = ["Having said that", "In {B}'s case", "For the purposes of this report", "Taken together", "Put simply",
           "In the Irish market", "In Canada", "From a franchisor's perspective", "For trade merchants", "Crucially",
           "Turning to {ch}", "Over the last decade"]  # fmt: skip
PLAIN = [
    "{B} has around {n},000 trades on its books across the UK.",
    "The rest of this section applies {fr} to {B}.",
    "Table 2 compares the options on cost, reach and fit with the brand.",
    "The recommendations below are costed and phased over twelve months.",
    "{O}, {C}.",
    "A SWOT analysis is included in the appendices.",
    "{B}'s vans are its most visible medium in {city}.",
    "Most enquiries arrive by phone, with a growing share through the app.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "Put another way, {Q} {P}.",
    "{O}, {Q} {P}.",
    "The point is that {Q} {P}, and {B} has not yet acted on it.",
    "{Q} {P}; this report agrees.",
]  # fmt: skip
SCARE_QUOTES = ["‘cowboy builders’", "‘rogue traders’", "‘no job too small’", "‘white van man’", "‘trade-first’",
                "‘fix-first’", "“vetted and monitored”", "‘rip-and-replace’", "‘the counter experience’",
                "“five-star tradie”"]  # fmt: skip
SCARE_FRAMES = [
    "The fear of {Q} still shapes how homeowners hire {P}.",
    "{B}'s advertising promises a {Q} service {P}.",
    "What the trade calls {Q} is often just poor communication {P}.",
    "So-called {Q} can damage trust in a whole trade {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your boiler service is due’", "‘48 hours left: 20% off trade tools’", "‘Still need a plumber?’",
                 "“Your quote from a local trade is ready”", "‘Beat the winter rush’", "‘Your {Y3} in review’"]  # fmt: skip
SUBJECT_FRAMES = [
    "Subject lines such as {Q} performed well in tests {P}.",
    "{B}'s reminder email, {Q}, was opened by almost half of members {P}.",
    "A subject line like {Q} creates urgency {P}, but overuse leads to fatigue.",
]  # fmt: skip

NOT_CITATIONS = {
    "price-hourly": ["A plumber in London charged about £{fee} an hour in 2024.", "Call-out rates for {trade} rose again (£{fee} an hour in {Y3})."],
    "price-boiler": ["A new combi boiler cost around £3,200 fitted (2023).", "Customers were quoted a £2,{n} boiler swap (spring {Y3})."],
    "grant-amount": ["Households can get £7,500 off a heat pump under the Boiler Upgrade Scheme (2024).", "The grant rose from £5,000 to £7,500 (October 2023)."],
    "euro-fee": ["A locksmith in Dublin charged €120 for a call-out in 2022.", "Irish {trade} charged about €{fee} for a call-out ({Y3})."],
    "membership-fee": ["Trades pay a £10.99 a month membership (2024) for the basic listing.", "{B}'s home cover costs £{fee} a year (2023 price)."],
    "service-launch": ["Checkatrade (1998) was one of the first vetting directories.", "HomeServe's Membership (2019) bundled cover with repairs."],
    "delivery-launch": ["Screwfix's Sprint delivery (2022) promises tools in an hour.", "Toolstation's click-and-collect (2015) changed how trades shop."],
    "peak-date": ["Calls spike at the boiler-breakdown peak (January 2024).", "The busiest week for {trade} is the first cold snap ({mo} {Y3})."],
    "awareness-month": ["{B} ran its offers during National Home Improvement Month (October).", "Posts were planned around Gas Safety Week (September)."],
    "trade-show": ["The app was launched at the Installer Show (June 2023).", "{B} took a stand at the Toolstation trade show ({mo} {Y3})."],
    "black-friday": ["Tool sales peaked on Black Friday (24 November 2023).", "The trade counter ran a Black Friday offer ({d} November {Y3})."],
    "scheme-year": ["Loft insulation was funded by the Great British Insulation Scheme (2023).", "The Green Deal (2013) failed to win homeowners over."],
    "act": ["Customers have rights under the Consumer Rights Act 2015.", "The Building Safety Act 2022 changed duties on contractors."],
    "regulations": ["Gas work is governed by the Gas Safety (Installation and Use) Regulations 1998.", "Landlords must follow the Electrical Safety Standards in the Private Rented Sector (England) Regulations 2020."],
    "building-regs": ["Domestic electrical work falls under Part P (2005).", "New homes must meet the Future Homes Standard (2025)."],
    "gdpr": ["Consent for marketing emails has been tighter since GDPR (May 2018).", "{B} rewrote its privacy notice for UK GDPR (2021)."],
    "trustmark": ["Members can join TrustMark (2005), the government-endorsed quality scheme.", "Installers need MCS certification (2008) for grant work."],
    "standard": ["Electricians work to BS 7671:2018, the wiring regulations.", "The 18th Edition (BS 7671:2018 + A2:2022) is now standard."],
    "warm-homes": ["Funding will come through the Warm Homes Plan (2024).", "Retrofit grants were promised in the Warm Homes Plan (autumn 2024)."],
    "units-sold": ["About 1.7 million boilers were sold in 2023.", "Boiler sales fell to 1.{q} million units ({Y3})."],
    "installs": ["Around 60,000 heat pumps were installed in 2023.", "{B} fitted {n} heat pumps in {Y3}, twice its target."],
    "market-size": ["The plumbing market is worth £6.8 billion (FY2024).", "UK merchants' sales reached £{n} million (Q{q} {Y3})."],
    "takeover": ["Brookfield's takeover of HomeServe (January 2023) took it private.", "HomeServe was bought by Brookfield Infrastructure (2023)."],
    "disposal": ["Grafton's sale of Selco (2022) left it focused on Ireland and the Netherlands.", "Travis Perkins sold Wickes through a demerger (April 2021)."],
    "expansion": ["Kingfisher's Screwfix expansion into France (2023) tested the format abroad.", "{B} opened in {city} ({mo} {Y3})."],
    "award-named": ["{B} won at the Installer Awards 2023.", "The merchant was shortlisted at the BMJ Awards 2024."],
    "award-year": ["{B}'s marketing team was named best at the Checkatrade Awards 2022.", "Timpson received a Queen's Award for Enterprise (2020)."],
    "ticker-lse": ["Travis Perkins (LON: TPK) issued a profit warning.", "Kingfisher (LON: KGF) owns Screwfix and B&Q."],
    "ticker-lse-2": ["Rentokil (LON: RTO) bought Terminix in the US.", "Centrica (LON: CNA) owns British Gas."],
    "ticker-other": ["Howdens (LON: HWDN) sells only to trade customers.", "Ferguson (NYSE: FERG) moved its main listing to New York."],
    "job-title": ["The Chief Marketing Officer at {B} set the brief.", "{B}'s Head of Brand signed off the campaign."],
    "role": ["Each franchise owner runs a local Facebook page.", "A Gas Safe engineer must sign off every installation."],
    "honour": ["The founder was made an OBE for services to business.", "The chairman was knighted for services to the trade."],
    "trade-role": ["A master locksmith checked the new lock range.", "The CEO of {B} spoke at the merchants' conference."],
    "financial-year": ["Revenue grew {pc}% in FY2024.", "{B} expects margins to recover in FY{Y3}."],
    "half-year": ["Trade sales slowed in H1 2024.", "Like-for-like sales fell {pc}% (H2 {Y3})."],
    "quarter": ["Enquiries dipped in Q3 2023.", "Merchant volumes rose in Q{q} {Y3}, the index showed."],
    "percentage": ["Around {pc}% of jobs came through the app.", "Repeat customers made up most revenue ({pc}%)."],
    "figures": ["Members received {n},000 enquiries (n = {n} trades).", "The table below sets out the budget (Table {q})."],
    "cross-reference": ["This is discussed further in Section {q}.2 (below).", "The full costings are in Appendix {q} (p. {n})."],
    "handle-or-address": ["Customers can follow the brand on Instagram ({h}).", "The landing page (www.{dom}/quote) converted best."],
    "abbreviation": ["Customer relationship management (CRM) links the counter and the app.", "Return on investment (ROI) was the main measure."],
    "slogan": ["{B}'s strapline ‘Local trades you can trust’ ran on every van.", "{B}'s tagline ‘Sorted in an hour’ launched in {Y3}."],
    "phone": ["Customers can call 0800 {n} {n}0 for emergencies.", "The 24-hour line (0330 {n} 1{q}00) is staffed by engineers."],
    "date": ["The survey ran from {d} {mo} {Y3} for two weeks.", "Results for the period (1 April – 30 June {Y3}) are shown below."],
    "version-year": ["Bookings moved to the new app (version {q}.0, {Y3}).", "Jobs are scheduled in {tool} ({Y3} release)."],
    "price-tier": ["The premium listing costs more (Gold tier, £{fee} a month).", "Franchise fees start at £{n},000 (2024 prospectus)."],
    "store-count": ["Screwfix has over 900 stores (2024).", "{B} runs {n} branches (end of {Y3})."],
}  # fmt: skip
