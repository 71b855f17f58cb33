"""The blind365 pool's prose: marketers at DIY retailers, builders' merchants, kitchen and bathroom showrooms,
trades-booking platforms and home-renovation brands in the UK, Ireland, Portugal, Czechia, Malaysia and Australia
writing CIM Level 6 and 7 reports and MBA assignments in English. HELD OUT: written without reading the checker.

Its frames may use every fill value and these of its own: {pc} a percentage's number, {gbp} pounds, {eur} euro,
{rm} ringgit, {czk} koruna, {aud} Australian dollars, {Y3} a recent year, {mo} a month, {prod} a product or range,
{show} a makeover show, {K} a research firm or regulator, {ch} a channel.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["B&Q", "Screwfix", "Wickes", "Homebase", "Toolstation", "Travis Perkins", "Jewson", "Selco", "Howdens",
          "Magnet", "Wren Kitchens", "Victorian Plumbing", "Topps Tiles", "Checkatrade", "MyBuilder", "Rated People",
          "TrustATrader", "Woodie's", "Chadwicks", "Brooks Timber", "Leroy Merlin Portugal", "AKI", "Bricomarché",
          "Maxmat", "OBI", "Hornbach", "Bauhaus", "Mr DIY", "Kaison", "Bunnings", "Mitre 10", "hipages", "Airtasker",
          "Reece", "Beaumont Tiles", "Harvey Norman", "Bathstore", "Dulux", "Farrow & Ball", "Roca"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "pc": str(rng.randint(3, 88)), "gbp": str(rng.choice([9, 25, 49, 99, 149, 499, 1999, 4995, 8500])),
        "eur": str(rng.choice([12, 39, 79, 249, 890, 3500, 12000])), "rm": str(rng.choice([5, 19, 89, 299, 1290])),
        "czk": str(rng.choice([199, 990, 2490, 15900])), "aud": str(rng.choice([29, 149, 349, 2200, 18000])),
        "Y3": str(rng.randint(2018, 2025)),
        "mo": rng.choice(["January", "March", "April", "May", "August", "September", "October", "November"]),
        "prod": rng.choice(["GoodHome", "Erbauer", "Titan", "Mac Allister", "Magnusson", "Ozito", "Ryobi One+",
                            "DeWalt XR", "Makita LXT", "Dulux Easycare", "Crown Breatheasy", "Wren Infinity"]),
        "show": rng.choice(["DIY SOS", "Changing Rooms", "Grand Designs", "The Block", "Room to Improve",
                            "Kirstie's Handmade Christmas", "Homes Under the Hammer", "Selling Houses Australia"]),
        "K": rng.choice(["Mintel", "GlobalData", "the ONS", "the CSO", "the ABS", "Kantar", "YouGov", "the BMF", "DOSM"]),
        "ch": rng.choice(["TikTok", "YouTube tutorials", "the trade app", "Instagram", "paid search", "email", "Pinterest"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, particularly among first-time buyers.",
    "{N} showed that {C}, which helps explain {B}'s pricing.", "{N} concluded that {C}.",
    "{N} suggested that {C}, although their sample came from {A} only.", "{N} warned that {C} when trust in tradespeople is low.",
    "{N} observed that {C} on trades-booking platforms.", "{N} identified three drivers of {R} and noted that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explained, {C}.", "{O}, {N} found that {C}.", "According to {N}, {C}.", "This is consistent with {N}, who reported that {C}.",
    "{C}, as {N} pointed out.", "For {B}, the lesson from {N} is that {C}.", "Work by {N} shows that {C}.",
    "{C}; {N} reached a similar conclusion in the {K} data.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} findings imply that {C}.", "{N} model of renovation decisions suggests that {C}.",
    "{N} survey of homeowners shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "It is widely reported that {C} {P}.",
    "Homeowners who renovate tend to plan online first, and {C} {P}.", "In the merchant channel, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could win back {A} with clearer pricing", "{T} raises {R} among {A}",
    "homeowners rarely hire a tradesperson without reading online reviews first",
    "verified reviews build more trust than star ratings alone", "price-match promises reduce search but not switching",
    "DIY spending rose sharply during the lockdowns and then fell back", "trade customers value stock availability above price",
    "kitchen buyers visit a showroom even after researching online", "{A} reward {T} with {R}",
    "rogue traders damage trust in the whole sector", "{B} relies on {ch} more than its rivals do",
    "small merchants compete on service and credit rather than price", "reference prices shape what customers think is a bargain",
    "do-it-for-me services are replacing DIY among younger homeowners", "fake reviews make consumers sceptical of every rating",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "By contrast", "In the case of {B}", "More recently",
           "In the Irish market", "In Malaysia", "Across Australia", "For the trade counter", "At the same time"]  # fmt: skip
PLAIN = [
    "{B} sells through its stores, its website, its app and a trade counter.",
    "Most kitchen sales still close in the showroom after a design appointment.",
    "The campaign ran for eight weeks on {ch} and in store.", "{O}, {C}.",
    "The trades-booking market is crowded and few platforms make a profit.",
    "{B} has more than {n} stores and branches.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{O}, {Q} {P}.", "Put simply, {Q} {P}.",
    "{N} put it plainly: {Q}.", "The point is that {Q} {P}, and {B} has yet to act on it.",
]  # fmt: skip
SCARE_QUOTES = ["‘DIY SOS moment’", "‘do it for me’", "‘cowboy builders’", "‘never knowingly undersold’",
                "‘trade price’", "‘everyday low price’", "‘showrooming’", "‘lockdown DIY boom’", "‘vetted and monitored’"]  # fmt: skip
SCARE_FRAMES = [
    "Many homeowners still fear {Q} {P}.", "The so-called {Q} changed the market {P}.",
    "{B} promises {Q}, a claim that needs evidence {P}.", "{N} described the rise of {Q} in home improvement.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your kitchen, your way – book a free design visit’", "“Spring into DIY: up to 30% off”",
                 "‘Rate your tradesperson’", "‘Trade prices for everyone this weekend’", "“Your quote is ready”",
                 "‘Bank holiday garden savings’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the best open rate of the quarter {P}.", "Subject lines like {Q} create urgency {P}.",
    "{B}'s message {Q} follows the pattern {N} described.", "Testing {Q} against a plainer line showed the value of personalisation {P}.",
]  # fmt: skip

# Text with brackets, years and names that is no citation: what these candidates put in brackets that is not a source.
NOT_CITATIONS = {
    "product-range-year": ["{B} relaunched its own-brand tools as {prod} ({Y3}).", "The {prod} range (launched {Y3}) now leads the category."],
    "tool-platform-year": ["The cordless platform (Ryobi One+, since 1996) locks customers into one battery.", "{B} moved its rewards to an app (TradePoint, {Y3})."],
    "makeover-show-year": ["Interest in self-build rose after {show} ({Y3} series).", "Searches for open-plan kitchens peaked after {show} (BBC One, {Y3})."],
    "presenter-year": ["{B} hired a TV presenter (Nick Knowles, 2019 campaign) for its bathroom range.", "Footfall rose when a celebrity designer opened the showroom (Laurence Llewelyn-Bowen, {Y3})."],
    "takeover-listed-firm": ["Kingfisher bought Screwfix in 1999 (for £{n}m), keeping the brand.", "Wesfarmers bought Homebase in 2016 (for £340m) and sold it two years later (for £1)."],
    "merger": ["The merchant was formed by a merger (Travis & Arnold with Sandell Perkins, 1988).", "Grafton's sale of its UK merchanting arm (2021) left it focused on Ireland and the Netherlands."],
    "acquisition-price": ["hipages was listed on the ASX in 2020 (at A$2.20 a share).", "Checkatrade was bought by Homeserve (2017, undisclosed sum)."],
    "founder-year": ["B&Q was founded by Richard Block and David Quayle (1969).", "Checkatrade began as a local directory (Kevin Byrne, 1998)."],
    "founding-year": ["Woodie's opened its first store in Dublin (est. 1988).", "Bunnings has traded in Western Australia since the nineteenth century (founded 1886)."],
    "body-founded": ["The Federation of Master Builders (founded 1941) runs a vetting scheme.", "TrustMark (launched 2005) is the government-endorsed quality scheme."],
    "award-year": ["{B} was named Retailer of the Year (DIY Week Awards {Y3}).", "The showroom won a design award (KBB Review Awards, {Y3})."],
    "ranking-year": ["{B} ranked second for customer service (UKCSI, July {Y3}).", "The platform was rated the most trusted brand (Reader's Digest Trusted Brands {Y3})."],
    "trade-show": ["{B} launched its new kitchens at the trade show (kbb Birmingham, March {Y3}).", "Suppliers met merchants at the fair (Tektónica Lisbon, May {Y3})."],
    "trade-fair-cz": ["The range was shown at the building fair (For Arch, Prague, September {Y3}).", "Czech merchants order for spring at the fair (Stavební veletrh Brno, {Y3})."],
    "standard-code": ["Worktops must meet the fire standard (BS EN 13501-1:2018).", "Installers work to the wiring rules (BS 7671:2018+A2:2022)."],
    "building-regs": ["Extensions must meet the energy rules (Approved Document L, 2021 edition).", "New ventilation rules applied from June 2022 (Part F)."],
    "building-code-au": ["Homes must meet the energy rating (NCC 2022, 7 stars).", "Waterproofing rules changed in the code (NCC 2022 Volume Two)."],
    "scheme-year": ["Demand for insulation grew under the grant scheme (Green Homes Grant, 2020–2021).", "Heat pump installs are subsidised (Boiler Upgrade Scheme, £7,500 from 2024)."],
    "scheme-ireland": ["Irish homeowners used the retrofit grants (SEAI Better Energy Homes, €{eur}).", "Renovation of vacant homes is supported (Vacant Property Refurbishment Grant, {Y3})."],
    "law-year": ["Consumers can reject faulty work (Consumer Rights Act 2015, s.49).", "Fake reviews are now banned outright (DMCC Act 2024)."],
    "law-other": ["Portuguese guarantees were extended (Decreto-Lei n.º 84/2021).", "Malaysian buyers are protected by statute (Consumer Protection Act 1999, Act 599)."],
    "price-bracket": ["The entry kitchen is priced keenly (from £{gbp}).", "{B} cut the price of its best-selling drill (now £{gbp}, was £{n})."],
    "price-euro": ["Paint sales rose after the promotion (10 L for €{eur}).", "The bathroom package is sold in Lisbon (€{eur} fitted)."],
    "price-ringgit": ["Mr DIY's average basket is small (under RM{rm}).", "The starter toolkit sells well in Kuala Lumpur (RM{rm})."],
    "price-koruna": ["The laminate floor is on offer in Prague ({czk} Kč per m²).", "OBI discounted its garden range (from {czk} Kč)."],
    "price-aud": ["Bunnings' sausage sizzle is famous (A$3.50 a sausage).", "The deck kit sells for a fixed sum (A${aud} including GST)."],
    "offer-bracket": ["The spring sale drove footfall (up to {pc}% off, {d} {mo} only).", "Trade customers get a standing discount (10% with a TradePoint card)."],
    "date-bracket": ["The new store opened in Cork (Saturday {d} {mo} {Y3}).", "Trading hours changed over Easter ({d} {mo})."],
    "survey-wave": ["Our own survey of homeowners ran in spring (wave {q}, {Y3}, n = {n}).", "Installers answered the questionnaire online (pilot, {mo} {Y3})."],
    "sample-size": ["Most respondents had hired a builder in the last year (n = {n}).", "Trust scores were higher among older owners ({pc}% of over-55s)."],
    "launch-year": ["{B} added same-day delivery (launched {mo} {Y3}).", "The click-and-collect service (introduced {Y3}) now takes a third of orders."],
    "percent-year": ["DIY spending fell after the pandemic (−{pc}% in {Y3}).", "Online sales grew to a record share ({pc}% of revenue in {Y3})."],
    "financial-year": ["Like-for-like sales rose in the trade business (FY{Y3}, {pc}%).", "Profit recovered in the second half (H2 {Y3})."],
    "quarter": ["Merchant volumes dipped in the winter (Q{q} {Y3}).", "The platform's jobs posted rose by a fifth (Q{q} year on year)."],
    "ticker": ["Kingfisher's shares fell on the news (LSE: KGF).", "Investors watched the listing closely (ASX: HPG)."],
    "store-count": ["{B} runs a large estate ({n} stores, {Y3}).", "The merchant closed branches in the north ({n} left at the end of {Y3})."],
    "rating-reviews": ["{B} is well rated on Trustpilot (4.{q} stars, {n} reviews).", "The fitter scored highly on the platform (9.{q}/10 from {n} reviews)."],
    "weather-event": ["Garden sales slumped in the wet spring ({mo} {Y3}).", "Demand for fans spiked in the heatwave (July 2022)."],
    "campaign-name": ["The brand's campaign ran on TV ('You Can Do It When You B&Q It', 1990s).", "{B} revived an old slogan (‘Lets Do It’, {Y3} relaunch)."],
    "colour-of-year": ["The paint brand chose a warm neutral (Colour of the Year {Y3}).", "Sage greens sold out after the trend report (Dulux ColourFutures {Y3})."],
    "job-title-ceo": ["The strategy was set by the new chief executive (Thierry Garnier, CEO since 2019).", "{B}'s marketing director (appointed {mo} {Y3}) moved spend into {ch}."],
    "handle-hashtag": ["User-made videos carry the tag (#DIYwithme, {n}k posts).", "Complaints are answered on X (@ScrewfixHelp, since {Y3})."],
    "abbreviation-gloss": ["Most fitters are sole traders (self-employed, CIS registered).", "The merchant extends credit to builders (30-day account, subject to status)."],
    "cross-reference": ["The segments are set out below (see Table {q}).", "Customer journeys are mapped in the appendix (Appendix {q}, Figure {n})."],
    "housing-survey-year": ["Most renovators own their home outright (English Housing Survey, {Y3} wave).", "Irish homes are younger than British ones (Census 2022)."],
    "vat-gst": ["Energy-saving materials are zero-rated (VAT 0% until 2027).", "Prices include tax in Malaysia (SST {pc}%)."],
    "guarantee": ["{B} guarantees its kitchens for years (25-year guarantee on cabinets).", "The platform covers poor work (guarantee up to £{gbp})."],
    "opening-hours": ["Trade counters open early (6.30am to 7pm).", "The showroom opens on Sundays in Sydney (10am–4pm)."],
    "holiday-season": ["Garden sales peak around the holiday (Easter weekend, {Y3}).", "Bank holidays bring most footfall (May {Y3})."],
    "sizes-units": ["The bestselling tile is large format (60 × 120 cm).", "Timber is sold by the length (2.4 m, treated)."],
    "loyalty-launch": ["{B} rewards trade customers with points (TradePoint, since 2011).", "The loyalty club grew quickly ({n}k members by {Y3})."],
    "headcount": ["{B} employs many specialists ({n} kitchen designers, {Y3}).", "The platform vets its traders (over {n} checks a year)."],
}  # fmt: skip
