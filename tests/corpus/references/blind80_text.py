"""Prose for the eightieth held-out pool, "blind80": frames, claims, brands and decoys of Caribbean marketers.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eightieth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital, destination and communications marketers at banks, credit unions and insurers, telecoms, rum, beer and
beverage makers, conglomerates, supermarket and pharmacy chains, resort groups, airlines, tourism boards and
festival organisers in Kingston, Montego Bay, Port of Spain, San Fernando, Bridgetown, Nassau and Georgetown write
on CIM Level 6 and 7 courses and MBAs taught in English: Acts by name, chapter and year, Fair Trading Commission and
Broadcasting Commission decisions, CCJ neutral citations, STATIN and CSO figures, J$, TT$, BDS$, B$ and G$ prices,
Carnival, J'ouvert, Crop Over, Junkanoo, Sumfest, Divali and Phagwah campaigns, flight numbers, hashtags, short
codes, promo codes and local words glossed in brackets.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, a point that holds for {B} in Kingston.",
    "{N} showed that {C}.",
    "As {N} observed, {C}.",
    "{N} reported that {C}, which matters for a Trinidad and Tobago brand such as {B}.",
    "{N} suggested that {C}, although the sample was drawn mainly from Barbados.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} noted that {C}.",
    "For {B}, the work of {N} is useful because {C}.",
    "{O}, {N} concluded that {C}.",
    "This is in line with {N}, who found that {C}.",
    "In the Bahamian market, {N} made the case that {C}.",
    "The brand team at {B} would agree with {N} that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of shoppers in Port of Spain shows that {C}.",
    "{N} framework helps explain why {C}.",
    "{N} survey of Guyanese consumers found that {C}.",
    "Using {N} model, it is clear that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research on the region suggests that {C} {P}.",
    "For {B}, this means that {C} {P}.",
    "It is widely accepted in Caribbean marketing that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {B} should plan its next campaign with this in mind.",
    "Evidence from Jamaica {P} shows that {C}.",
    "{O}, the literature {P:see} indicates that {C}.",
    "Studies of small island markets {P} suggest that {C}, so the Crop Over plan needs a rethink.",
    "{C} {P}; the same holds in Georgetown.",
]  # fmt: skip
CLAIMS = [
    "loyalty points matter more to credit union members than rate promotions",
    "diaspora customers respond strongly to nostalgic brand heritage",
    "festival sponsorship lifts brand recall only when the activation is visible on the road",
    "prepaid mobile customers switch networks quickly when data bundles change",
    "all-inclusive guests rarely spend outside the resort gates",
    "{T} works best when it is delivered in local creole as well as standard English",
    "supermarket shoppers trade down to private labels when food prices rise",
    "trust in local banks rose after the pandemic",
    "{A} expect {B} to answer complaints on WhatsApp within the hour",
    "rum brands that tell an authentic origin story command a price premium abroad",
    "destination image is shaped more by friends' posts than by tourism board advertising",
    "{T} lifts {R} among {A} in the region",
    "consumers in small island markets are highly sensitive to perceived corporate arrogance",
    "remittance senders value speed and fees above brand",
    "airline loyalty in the Caribbean is weak because routes are few and fares are high",
    "cashless payments remain limited outside the capital cities",
    "beer advertising that uses cricket and Carnival imagery performs well with younger men",
    "word of mouth remains the most trusted source of information for {A}",
]  # fmt: skip
OPENERS = [
    "In the Jamaican market",
    "For a conglomerate such as {B}",
    "Across the English-speaking Caribbean",
    "In Trinidad and Tobago in particular",
    "From a destination marketing point of view",
    "In the run-up to Carnival",
    "For banks operating in Barbados and Guyana",
    "Looking at the Bahamian tourism sector",
]  # fmt: skip
PLAIN = [
    "This section applies the theory to {B}.",
    "The recommendations below are costed in local currency and phased over twelve months.",
    "A SWOT analysis is included in the appendix.",
    "The brand team was interviewed in Port of Spain in March.",
    "The analysis now turns to the customer journey for {A}.",
    "Budget constraints mean that not every option can be pursued at once.",
    "The next part of the report evaluates {T} for {B}.",
    "Interviews were held with two branch managers and a regional marketing director.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As {N} puts it, {Q}.",
    "One study concluded that {Q} {P}, which is relevant to {B}.",
    "{N} wrote that {Q}, a view the Kingston team shared.",
    "The point is well made in the literature: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "island time", "liming", "small-island mentality", "the Carnival effect", "brand Jamaica", "sweet TnT",
    "local is lekker", "the diaspora dollar", "Bajan pride", "buy local", "premium everyday", "real rum",
]  # fmt: skip
SCARE_FRAMES = [
    "{B}'s idea of {Q} has been questioned {P}.",
    "The so-called {Q} is often discussed {P}, but rarely measured.",
    "{N} questioned {Q} as a positioning.",
    "Marketers talk about {Q} {P}, yet customers describe it differently.",
]  # fmt: skip
SUBJECT_LINES = [
    "Your Carnival cooler is waiting", "Crop Over deals end Sunday", "Back-to-school savings at {B}",
    "Junkanoo weekend: double points", "Top up now and get 2X data", "Your statement is ready",
    "Divali greetings from all of us", "Sumfest tickets: last chance",
]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} follows the advice {P}.",
    "{N} would see a message like {Q} as too generic.",
    "The WhatsApp broadcast {Q} reflects the principle {P}.",
    "The push notification read {Q}, in line with {N}.",
]  # fmt: skip

NOT_CITATIONS = {
    "jamaican-act": ["Under the Data Protection Act, 2020 (Jamaica), {B} must register as a data controller.", "The Consumer Protection Act (Jamaica) limits what {B} can claim about its prices."],
    "tt-act-chapter": ["The Data Protection Act, Chap. 22:04 has only been partly proclaimed in Trinidad and Tobago.", "Any contest must also meet the Gambling (Gaming and Betting) Control Act, Chap. 21:01 rules."],
    "barbados-act-number": ["The Barbados Data Protection Act, 2019-29 came into force in {Y}.", "Section {d} of the Barbados Data Protection Act, 2019-29 covers consent for direct marketing."],
    "bahamas-act": ["In Nassau, the Data Protection (Privacy of Personal Information) Act, 2003 still governs customer lists.", "The Data Protection (Privacy of Personal Information) Act, 2003 applies to the hotel's CRM as well."],
    "guyana-act": ["The Guyana Consumer Affairs Act 2011 requires prices to be displayed in G$.", "Warranty terms must satisfy Part {q} of the Consumer Affairs Act 2011 (Guyana)."],
    "ftc-decision": ["The Fair Trading Commission (FTC) ruled on a similar comparative advert in {Y}.", "In Case No. FTC/{Y}/{n} the Commission found the promotion misleading."],
    "broadcasting-commission": ["The Broadcasting Commission of Jamaica issued Directive {n} on alcohol advertising in {Y}.", "After the Broadcasting Commission's {Y} ruling, the rum advert ran only after 10 p.m."],
    "ccj-neutral": ["The CCJ's ruling in [{Y}] CCJ {d} (AJ) was widely reported in Bridgetown.", "Lawyers for the bank cited [{Y}] CCJ {q} (OJ) in the dispute."],
    "currency-jmd": ["A Sumfest combo ticket costs J${n},000 at the gate.", "The loyalty card gives J${n} back on every J$10,000 spent."],
    "currency-ttd": ["A doubles-and-drink combo is TT${d} in San Fernando.", "Carnival costumes at the top bands now cost over TT${d},000."],
    "currency-bbd-bsd-gyd": ["Crop Over fete tickets (BDS${n}) sold out in two days.", "The resort's day pass is B${n} while the Georgetown spa charges G${n},000."],
    "statin-figure": ["STATIN's Labour Force Survey puts unemployment at {q}.{d}% (October {Y}).", "The STATIN {Y} figures show {n},000 more stopover visitors than expected."],
    "cso-figure": ["The CSO (Trinidad and Tobago) reported inflation of {q}.{d}% in Q{q} {Y}.", "Figures from the CSO's {Y} Household Budget Survey (HBS) were used to size the market."],
    "bss-bos": ["The Barbados Statistical Service (BSS) counted {n},000 households in {Y}.", "The Bureau of Statistics (Guyana) released its {Y} CPI in March."],
    "carnival-year": ["Carnival {Y} (Trinidad) drew record crowds to the Savannah.", "J'ouvert ({Y}) started at 4 a.m. with mud, paint and chocolate bands."],
    "crop-over": ["Crop Over {Y} ran from June to Grand Kadooment Day.", "The Banks Beer (Crop Over Edition) can was a collector's item."],
    "junkanoo": ["The Boxing Day Junkanoo parade on Bay Street is the brand's biggest night.", "Junkanoo Summer Festival ({Y}) moved to Arawak Cay."],
    "sumfest": ["Reggae Sumfest ({Y}) in Montego Bay sold out its Saturday night.", "The sponsor's booth at Sumfest '{d}' handed out {n} samples."],
    "divali-phagwah": ["The Divali Nagar (Chaguanas) campaign ran for three weeks.", "Phagwah ({Y}) ads used abeer powder and white kurtas."],
    "emancipation-independence": ["Emancipation Day (1 August) and Independence Day (6 August) bracket Jamaica's busiest shopping week.", "For Independence ({Y}) the bank printed commemorative debit cards."],
    "back-to-school": ["Back-to-School (BTS) {Y} began in mid-July at every Hi-Lo.", "The 'BTS Bonanza' offered {d}% off uniforms until the first Monday in September."],
    "company-suffix": ["GraceKennedy Limited (GK) is listed on both the JSE and TTSE.", "ANSA McAL Limited and Massy Holdings Ltd. compete across retail, motors and finance."],
    "stock-ticker": ["NCB Financial Group (JSE: NCBFG) shares rose {d}% in {Y}.", "Republic Financial Holdings (TTSE: RFHL) paid a TT${q}.{d} dividend."],
    "newspaper-masthead": ["The Jamaica Gleaner (Business section) ran the story on page {d}.", "Trinidad Express and Newsday both led with the fuel price rise in {Y}."],
    "tv-radio-station": ["The ads ran on TVJ, CVM and Hot 102 FM during Independence week.", "Spots were placed on CNC3 and i95.5 FM (Port of Spain) at drive time."],
    "flight-number": ["Caribbean Airlines flight BW{n} now links Port of Spain with Georgetown daily.", "The famtrip flew on BW {n} (POS-KIN) and returned via Miami."],
    "short-code": ["Customers dial *{n}# to top up on Digicel or text JOIN to {n}{d}.", "The Flow promotion asked users to SMS 'WIN' to {n}{q}."],
    "hashtag": ["The campaign trended as #CropOver{Y} and #SweetBarbados.", "Posts tagged #TriniToDeBone reached {n},000 accounts."],
    "promo-code": ["Use code CARNIVAL{d} at checkout for free delivery.", "The promo code JAM{Y} gave {d}% off Sandals bookings."],
    "phone-number": ["Bookings are taken on (876) 555-0{n} and WhatsApp.", "Call 1-868-555-{n} (toll free) for the hotline."],
    "address-postcode": ["The new branch at 17 Frederick Street, Port of Spain opened in {Y}.", "Head office is at Lot {d}, Water Street, Georgetown (opposite the Stabroek Market)."],
    "rum-age-statement": ["Appleton Estate 12 Year Old (Rare Casks) is the hero SKU.", "Mount Gay XO (Extra Old) and Eclipse (Black Barrel) anchor the export range."],
    "abv-volume": ["Wray & Nephew White Overproof (63% ABV) outsells every other spirit in Jamaica.", "The Carib Lager 275ml (5.2% ABV) pack was relaunched in {Y}."],
    "product-model": ["The Digicel Prime (5G) plan includes {d}GB of data.", "Flow's Fibre 500 (Mbps) package costs TT${n} a month."],
    "creole-gloss": ["Customers described the service as 'bare vexation' (sheer annoyance).", "The slogan 'wha gwaan' (what's going on) tested well with under-25s."],
    "programme-name": ["The JTB's 'Come Back' (recovery) campaign ran from {Y} to {Y2}.", "Barbados's Welcome Stamp (remote-work visa) was promoted to North Americans."],
    "certification-award": ["The hotel holds Green Globe (Platinum) status and an EarthCheck award.", "Sandals won the World Travel Awards (Caribbean's Leading Hotel Brand) again in {Y}."],
    "course-module": ["This report answers Task {q} of the CIM Level 7 module 'Corporate Digital Communications'.", "The Arthur Lok Jack MBA (Executive, Cohort {d}) module covered brand strategy."],
    "word-count-note": ["(Word count: {n}0, excluding tables and appendices.)", "Appendix {q} (Interview guide) is not included in the word count."],
    "figure-table-label": ["Table {q} (Market share, {Y}) compares the four main banks.", "Figure {d} (Source: company data) shows the sales trend."],
    "date-range": ["The campaign runs 1 December {Y} to 6 January {Y2} (Old Year's Night to Epiphany).", "Data were collected between March and May {Y} (n = {n})."],
    "percentage-sample": ["Of the {n} respondents (62% female), most shopped weekly.", "Awareness rose to {d}% (up from {q}0%) after the campaign."],
    "quarter-results": ["Q{q} {Y} (unaudited) results showed loan growth of {d}%.", "The nine months to September {Y} (9M{Y}) were the best on record."],
    "event-venue": ["The launch was held at Queen's Park Savannah (Port of Spain) on Carnival Friday.", "The activation took place at Kensington Oval (Bridgetown) during the T20 match."],
    "sports-event": ["The brand sponsored CPL T20 ({Y}) and the Hero CPL final in Guyana.", "The Penn Relays (Philadelphia) trip was packaged for Jamaican fans in {Y}."],
    "university-campus": ["Focus groups were held at UWI (Mona) and UTech, Jamaica.", "Students at UWI St. Augustine (FSS) took part in the pilot."],
    "regional-body": ["CARICOM (Caribbean Community) heads met in Georgetown in {Y}.", "The OECS (Organisation of Eastern Caribbean States) single market helps exports."],
    "brand-slogan": ["Digicel's 'The Bigger, Better Network' line ran until {Y}.", "The 'Get Happy at Hi-Lo' jingle was revived for Christmas."],
    "price-per-unit": ["A case of Stag (24 x 275ml) retails for TT${n}.", "Red Stripe (6-pack) is priced at J${n}0 in Kingston supermarkets."],
    "loyalty-tiers": ["The airline's Caribbean Miles (Gold, Silver, Blue) tiers were redesigned.", "Members of the Massy Card (Platinum) tier earn {d}x points."],
    "exchange-rate": ["At J$15{d} to US$1 ({Y} average), imports became costly.", "The TT$6.7{q} = US$1 rate has been held since {Y}."],
}  # fmt: skip

BRANDS = ["NCB", "Republic Bank", "First Citizens", "Sagicor", "Digicel", "Flow", "GraceKennedy", "Wray & Nephew",
          "Appleton Estate", "Angostura", "Mount Gay", "Banks Beer", "Massy Stores", "ANSA McAL", "Goddard Enterprises",
          "Sandals", "Beaches", "Caribbean Airlines", "Hi-Lo", "JMMB", "Carib Brewery", "El Dorado", "Red Stripe",
          "Supreme Ventures", "Juici Patties", "Purity Bakery", "KFC Trinidad", "Banks DIH", "Kalik", "Fontana"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """No extra placeholders beyond the builder's own; kept so every pool has the same names."""
    return {}
