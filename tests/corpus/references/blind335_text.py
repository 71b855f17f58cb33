"""The blind335 pool's prose: marketers at holiday parks and campsites, caravan and motorhome makers and dealers,
glamping operators, campervan-hire firms, outdoor-camping brands and camping clubs in the UK, France, the
Netherlands, Germany, Portugal and Australia, writing CIM Level 6 and 7 reports and MBA assignments in English on
staycations, glamping, online booking and pitch platforms, motorhome ownership, sustainability and digital channels.

Placeholders: {N} a narrative citation, {P} a parenthetical one ("{P:see}" with a prefix), {Q} a quotation, {C} and
{C2} claims, {B} a brand, {O} an opener, and the fill values; values() adds this pool's own: {park} a park or site,
{van} a caravan or motorhome model, {Y3} a recent year, {pc} a percentage's number, {mo} a month, {ch} a channel,
{seg} a segment, {eur} a price in euros, {gbp} a price in pounds, {site} a booking platform. Written without reading
the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Haven", "Parkdean Resorts", "Park Holidays UK", "Hoseasons", "Pitchup", "Swiss Farm", "Eurocamp",
          "Canvas Holidays", "Huttopia", "Yelloh! Village", "Landal GreenParks", "Roompot", "Center Parcs",
          "Knaus Tabbert", "Hymer", "Swift Group", "Bailey of Bristol", "Elddis", "Jayco", "Apollo Motorhome Holidays",
          "Indie Campers", "Goboony", "Vango", "Outwell", "Coleman", "Decathlon", "the Camping and Caravanning Club",
          "the Caravan and Motorhome Club", "the ANWB", "the ADAC"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "park": rng.choice(["a Cornish holiday park", "a lodge park in the Lake District", "a glampsite in the Dordogne",
                            "a Zeeland beach resort", "a Black Forest campsite", "an Algarve eco-camp",
                            "a Gold Coast tourist park", "a Norfolk touring site"]),
        "van": rng.choice(["a six-berth static caravan", "a twin-axle tourer", "a coachbuilt motorhome",
                           "a panel-van conversion", "a pop-top campervan", "an off-road caravan", "a safari tent"]),
        "Y3": str(rng.randint(2019, 2025)), "pc": str(rng.randint(4, 78)),
        "mo": rng.choice(["January", "March", "April", "May", "July", "August", "September", "October"]),
        "ch": rng.choice(["Instagram", "TikTok", "paid search", "email", "the booking app", "YouTube", "Facebook groups",
                          "affiliate sites", "Google Business Profile", "Pinterest"]),
        "seg": rng.choice(["young families", "empty nesters", "grey nomads", "dog owners", "first-time campers",
                           "millennial couples", "holiday-home owners", "touring regulars", "German visitors"]),
        "eur": str(rng.randint(19, 95)), "gbp": str(rng.randint(18, 89)),
        "site": rng.choice(["Pitchup", "Hipcamp", "Campspace", "ACSI", "Cool Camping", "Camplify", "Yescapa"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn only from {seg}.",
    "{N} concluded that {C}; this matters for {B}.", "{N} showed that {C}, particularly at {park}.",
    "{N} suggested that {C}, which {B}'s own booking data appears to support.", "{N} observed that {C}.",
    "{N} identified that {C} among {seg}.", "{N} reported that, since the pandemic, {C}.",
    "{N} warned that {C} unless sites invest in facilities.", "{N} makes the point that {C}.",
    "{N} noted that {C} and that {C2}.", "{N} claimed that {C}, a view echoed in the trade press.",
    "{N} found little evidence that {C}.",
    "{N} questioned whether {C}.", "{N} went further, arguing that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of UK holiday parks, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "Research by {N} suggests that {C}.",
    "According to {N}, {C}.", "A survey carried out by {N} found that {C}.",
    "{B} is a good example: {N} showed that {C}.", "It could be argued, following {N}, that {C}.",
    "{C}; however, {N} found the opposite for {seg}.", "Data from {N} show that {C}.", "{C}, according to {N}.",
    "Unlike {B}, which relies on {ch}, the operators studied by {N} found that {C}.",
    "For operators of {park}, the lesson from {N} is that {C}.", "As {N} put it, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.", "{N} segmentation of campers suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {seg}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially in the shoulder months {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {ch} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
    "Across the UK, France and the Netherlands, {C} {P}.", "Put simply: {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{seg} book later than they did before the pandemic", "glamping guests value comfort more than closeness to nature",
    "{B}'s reliance on {ch} leaves it exposed if platform costs rise", "online reviews shape pitch bookings more than star ratings",
    "motorhome owners are older and wealthier than touring caravanners", "the staycation boom has cooled as foreign travel returned",
    "campsites that publish real-time availability convert more visitors", "{seg} respond better to user photos than to brand imagery",
    "dynamic pricing raises yield but can anger loyal regulars", "sustainability claims only persuade when they are specific",
    "holiday-home owners are the most profitable segment of a park's customer base",
    "peer-to-peer rental platforms have widened access to motorhome holidays",
    "the cost-of-living crisis has pushed {seg} towards shorter breaks", "club membership is ageing across Europe",
    "{ch} drives awareness but email drives repeat bookings", "first-time campers need reassurance about facilities",
    "caravan makers rely heavily on dealers to shape the buying decision", "around {q} in 10 {seg} now book on a phone",
    "German and Dutch visitors plan further ahead than British ones", "brands such as {B} need to {bs} to stay competitive",
    "wet weather is the main reason first-time campers do not return", "pet-friendly pitches command a price premium",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From a guest's perspective", "Nevertheless", "Consequently",
    "Across the holiday-park sector", "As a result", "Looking at {B}'s competitors", "Overall", "In Australia",
    "On the Continent", "For glamping operators",
]  # fmt: skip
PLAIN = [
    "{B} trades in several countries and sells more of its holidays and vans online every year.",
    "This section analyses {B}'s current digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low.", "{O}, {C}.",
    "Guests can book through the website, the app or third-party platforms such as {site}.",
    "A SWOT analysis of {B} is included in the appendix.", "The main competitors are {B} and two smaller regional operators.",
    "The recommendations are costed and phased over the next two seasons.",
    "Task 2 builds on this by proposing a content plan for the {Y3} season.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one tourism text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One review concluded that {Q} {P}.", "{N} put it bluntly: {Q}.",
    "The point is made directly that {Q} {P}, which {B} should note.", "{N} argued that {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘glamping’", "‘van life’", "‘staycation’", "‘digital detox’", "‘wild camping’", "‘off-grid’",
                "‘eco-friendly’", "‘boutique camping’", "‘Instagrammable’", "'bucket list'", "“grey nomads”",
                "‘micro-adventure’", "'holiday at home'", "‘greenwashing’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} markets its pods as {Q} {P}.", "Many younger campers are drawn to the idea of {Q} {P}.",
    "So-called {Q} holidays grew fastest after {Y3} {P}.", "The term {Q} is used loosely by operators {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.", "What parks sell as {Q} is often a static caravan with Wi-Fi {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your pitch is waiting – book by Friday’", "‘Half-term breaks from £{gbp}’",
                 "“Last few lodges left for August”", "‘Still dreaming of the coast?’", "‘Early-bird {Y3}: save {pc}%’",
                 "‘Pack the dog – pets stay free’", "“Your motorhome hire starts in 7 days”",
                 "'Members: new sites added in France'"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its abandoned-booking email {P}.",
    "Messages like {Q} work because they create urgency {P}.", "The email {Q} was opened by more {seg} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation: none of it belongs in a reference list.
NOT_CITATIONS = {
    "vehicle-model-year": [
        "The brand still trades on nostalgia for the original split-screen (VW Camper, 1950).",
        "Silver riveted tourers remain a design icon (Airstream, 1931).",
        "The campervan at the centre of the advert is a restored classic (VW T2, 1972).",
    ],
    "motorhome-model-year": [
        "The integrated layout was a turning point for the German industry (Hymer Exsis, 1987).",
        "Its first A-class motorhome set the template for the premium end (Hymer S-Class, 1984).",
        "Dealers still talk about the launch of the compact van (Knaus Boxstar, 2008).",
    ],
    "caravan-model-year": [
        "Post-war touring was built on cheap, light vans (Sprite, 1947).",
        "The pop-top tourer is still made to a similar design (Eriba Touring, 1957).",
        "The best-selling British tourer of its era changed the market (Elddis Avante, 1998).",
    ],
    "founder-year": [
        "The holiday-camp model began with a single site in Lincolnshire (Billy Butlin, 1936).",
        "A rival chain of camps soon followed (Fred Pontin, 1946).",
        "German caravan making has its roots in a small workshop (Erwin Hymer, 1957).",
    ],
    "pioneer-year": [
        "Organised camping in Britain is usually traced to one tailor's book and club (Thomas Hiram Holding, 1901).",
        "The American caravan club movement started with a single enthusiast (Wally Byam, 1931).",
    ],
    "celebrity-name-year": [
        "Survival television helped make wild camping aspirational, with Bear Grylls (2006) fronting Born Survivor.",
        "Bushcraft shows such as Ray Mears's Extreme Survival (1997) inspired a generation of campers.",
    ],
    "park-opening-year": [
        "The seaside holiday camp became a British institution (Butlins Skegness, 1936).",
        "The forest-village concept arrived in the UK with one site (Center Parcs Sherwood, 1987).",
        "Many parks in the county began as post-war field sites (Golden Sands, 1952).",
    ],
    "club-founding-year": [
        "The club is the oldest of its kind in the world (Camping and Caravanning Club, 1901).",
        "Its rival was founded only a few years later (Caravan Club, 1907).",
        "Dutch motoring and touring have been linked for well over a century (ANWB, 1883).",
    ],
    "campsite-opening-year": [
        "The brand's first forest campsite opened near Paris (Huttopia Versailles, 1999).",
        "The Zeeland park grew from a farmer's field (Roompot Beach Resort, 1966).",
        "The first safari-tent site in the Netherlands set a trend (Glamping de Hoeve, 2011).",
    ],
    "show-year": [
        "Most buyers now see new ranges at the show before visiting a dealer (NEC Caravan Show, 2023).",
        "The industry's biggest launch event broke attendance records (Caravan Salon Düsseldorf, 2022).",
        "Dealers reported strong order books after the autumn event (Motorhome and Caravan Show, {Y3}).",
    ],
    "award-year": [
        "The park's reception displays its latest plaque (Gold Award, 2024).",
        "The model won the top magazine award in its class (Practical Caravan Tourer of the Year, 2021).",
        "Only a few Welsh parks hold the scheme's highest grade (Rose Award, {Y3}).",
    ],
    "merger-year": [
        "The sector consolidated quickly after one major deal (Parkdean and Park Resorts, 2016).",
        "Private equity ownership changed the market leader's priorities (Bourne Leisure and Blackstone, 2021).",
        "Continental consolidation followed a similar path (Roompot and PAI Partners, 2016).",
    ],
    "uk-law-year": [
        "Residential use of holiday caravans is still restricted by statute (Caravan Sites Act, 1968).",
        "Most parks operate under a site licence (Caravan Sites and Control of Development Act, 1960).",
        "Mobile-home owners gained stronger pitch rights (Mobile Homes Act, 2013).",
    ],
    "planning-rule-year": [
        "Pop-up campsites relied on relaxed planning limits (28-day rule, 2020).",
        "Temporary sites were allowed to open for longer during the recovery (56-day rule, 2021).",
    ],
    "foreign-law-year": [
        "New coastal sites in France are limited by law (Loi Littoral, 1986).",
        "Mountain sites face similar restrictions (Loi Montagne, 1985).",
        "Wild camping in Scotland is permitted under a statutory right of access (Land Reform (Scotland) Act, 2003).",
    ],
    "craze-year": [
        "Bookings peaked during the domestic holiday surge (staycation boom, 2021).",
        "Used campervan prices rose sharply during the craze (van-life boom, 2020–21).",
    ],
    "lockdown-year": [
        "Parks lost most of their spring trade (lockdown, 2020).", "Sites reopened with limited facilities (reopening, 4 July 2020).",
        "Holiday lets in Wales stayed closed for longer (firebreak, October 2020).",
    ],
    "storm-year": [
        "Several coastal parks closed early after storm damage (Storm Ciarán, 2023).",
        "Flooded pitches led to a wave of cancellations (Storm Babet, 2023).",
    ],
    "flood-year": [
        "Riverside parks in the Severn valley have never fully recovered their reputation (floods of 2007).",
        "Australian operators still cite the bushfires when explaining lost trade (Black Summer, 2019–20).",
    ],
    "film-year": [
        "The camping holiday has long been a comic setting (Carry On Camping, 1969).",
        "Van life gained a more serious image after an award-winning film (Nomadland, 2020).",
        "Caravanning became the backdrop for a dark British comedy (Sightseers, 2012).",
    ],
    "series-year": [
        "The holiday-camp image owes much to television comedy (Hi-de-Hi!, 1980).",
        "Barry Island's caravan parks gained new fans from a sitcom (Gavin & Stacey, 2007).",
    ],
    "advert-year": [
        "Humour has long been used to sell caravan insurance (Caravan Guard advert, 2018).",
        "The Bluecoats became the face of the brand on television (Pontins advert, 1985).",
    ],
    "price-night-year": [
        "A grass pitch in peak season costs around £{gbp} a night (2023).",
        "Coastal campsites in Brittany charge about €{eur} per pitch ({Y3} tariff).",
        "Glamping pods cost about three times as much as a tent pitch (£{gbp} vs £{q}5, {Y3} prices).",
    ],
    "count-year": [
        "There are about 1.2 million caravans and motorhomes in use in the UK (2022).",
        "Motorhome registrations in Germany passed {n},000 in a single year ({Y3}).",
        "Around {n},000 holiday homes are privately owned on British parks ({Y3} estimate).",
    ],
    "slogan": [
        "The club's ‘Leave no trace’ message appears on every booking confirmation.",
        "The dealer's tagline, ‘Home is where you park it’, runs across all its social channels.",
        "The brand's 'Life's better outdoors' line appears on every tent bag.",
    ],
    "saying": [
        "The old camping advice, ‘Take only photographs, leave only footprints’, fits the campaign well.",
        "Outdoor brands often repeat the saying that there is ‘no such thing as bad weather, only the wrong clothes’.",
    ],
    "bookings-figure": [
        "Demand held up for the school holidays (2022 bookings).", "Advance sales were the strongest on record ({Y3} bookings).",
        "Ancillary income rose across the estate ({Y3} season: £{n}m).",
    ],
    "season-span": [
        "Touring pitches are open for most of the year (season: 1 March – 31 October).",
        "The park extended its opening dates ({Y3} season, April–November).",
    ],
    "quarter-year": [
        "Web traffic from {ch} rose sharply (Q{q} {Y3}).", "Lodge sales slowed after interest rates rose (Q{q}, {Y3}).",
    ],
    "pitch-spec": [
        "Premium pitches are larger and fully serviced (hardstanding, 16A hook-up, 10 m × 8 m).",
        "The booking page lists each pitch's features (Pitch {n}, grass, dog-friendly).",
    ],
    "vehicle-spec": [
        "The entry model suits couples (4-berth, 7.2 m, 1,400 kg MTPLM).",
        "Most hire vans are automatic (Fiat Ducato, 2.2 l, 140 bhp).",
        "Many younger drivers can tow only light tourers (B licence, 3,500 kg limit).",
    ],
    "standard-number": [
        "Every tourer must meet the habitation standard (EN 1645-1:2018).",
        "Motorhomes are built to a separate standard (EN 1646-1:2018).",
    ],
    "licence-year": [
        "Drivers who passed their test before the change keep their towing rights (grandfather rights, 1997).",
        "The towing test was scrapped to ease the HGV shortage (B+E test, 2021).",
    ],
    "emissions-rule-year": [
        "Older diesel motorhomes now pay to enter the capital (ULEZ, 2023).",
        "New base vehicles had to meet stricter rules (Euro 6d, 2021).",
    ],
    "pandemic-measure-year": [
        "Group bookings were limited for most of the season (rule of six, 2020).",
        "Shared facilities stayed closed under the guidance (step 2, April 2021).",
    ],
    "event-year": [
        "Festival camping introduced a generation to tents (Glastonbury, 2019).",
        "Demand for pitches in Yorkshire jumped for one weekend (Tour de France Grand Départ, 2014).",
        "German campsites near host cities sold out during the tournament (Euro 2024).",
    ],
    "national-park-year": [
        "The park sits just outside Britain's first national park (Peak District, 1951).",
        "Camping in the Cévennes is shaped by the park's rules (Parc national des Cévennes, 1970).",
        "The Veluwe's forest sites are close to the national park (Hoge Veluwe, 1935).",
    ],
    "route-year": [
        "Motorhome traffic in the Highlands grew after the route was branded (North Coast 500, 2015).",
        "Australia's most famous drive route is a magnet for campervans (Great Ocean Road, 1932).",
    ],
    "anniversary": [
        "The club marked its centenary with a members' rally (100 years, 2001).",
        "The brand's anniversary range sold out within weeks (75th anniversary, {Y3}).",
    ],
    "platform-launch-year": [
        "Peer-to-peer hire reached the UK mass market quickly (Camplify UK launch, 2019).",
        "Farm camping gained a new channel (Hipcamp UK, 2021).",
    ],
    "holiday-period": [
        "Dutch families book around a fixed break (zomervakantie, July–August).",
        "German demand peaks in the spring holidays (Pfingstferien, {Y3}).",
        "Bank-holiday weekends fill first (Whitsun, {Y3}).",
    ],
    "hashtag-handle": [
        "User content is collected under the brand's hashtag (#CampMoments).",
        "Guests are encouraged to tag the park (@pitchup_sites) in their stories.",
        "The van-life community gathers around one tag (#vanlife, {n}m posts).",
    ],
    "web-address": [
        "Guests can compare sites on an independent directory (www.ukcampsite.co.uk).",
        "The hire firm's French site (www.location-camping-car.fr) converts best.",
    ],
    "cross-reference": [
        "The full customer journey map is set out later (Appendix {q}).", "Occupancy by month is shown below (Figure {q}).",
        "Costs are broken down by channel (Table {q}; see Section 4.{q}).",
    ],
    "survey-sample": [
        "Most members surveyed would recommend the club (n = {n}).",
        "Dog owners were the most satisfied group (own survey, {mo} {Y3}, n = {n}).",
    ],
    "rating-figure": [
        "The park scores well on review sites (4.{q}/5 from {n} reviews).",
        "Its pitches are among the best rated in the region (9.{q}/10, {n} reviews).",
    ],
    "exchange-rate": [
        "Prices were converted for comparison (€1 = £0.86, {mo} {Y3}).",
        "Australian hire rates look cheap to British visitors (A$1 = £0.52, {Y3}).",
    ],
    "revenue-figure": [
        "Group revenue grew strongly ({Y3} results: £{n}m).", "Order intake fell at the German maker (FY {Y3}: −{pc}%).",
    ],
    "est-year": [
        "Bailey of Bristol (est. 1948) still builds its tourers in the city.",
        "The family-run park (founded 1962) is now in its third generation.",
    ],
    "star-grade": [
        "The park holds a high quality grading (5 stars, {Y3} assessment).",
        "French sites are classified by stars (4 étoiles, classement {Y3}).",
    ],
}  # fmt: skip
