"""The prose of the blind315 pool: marketers at circuses, funfairs, travelling showmen's businesses, amusement parks,
seaside piers, arcades, lidos and seaside resorts in the UK, Ireland, France, the Netherlands, Denmark and Canada,
writing CIM Level 6 and 7 reports and MBA assignments in English on heritage, seasonal demand, pricing, safety, the
regeneration of seaside towns and digital channels.

Written without reading the checker or any other pool. Its decoys are what such reports are full of: rides, piers,
towers and ballrooms with the year they opened, fires, accidents and closures, circuses and performers with their
years, fairs and festivals, laws and safety guidance, awards, films, prices and visitor numbers, barkers' calls,
slogans and songs, none of them a work in the reference list.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Blackpool Pleasure Beach", "Blackpool Tower", "Brighton Palace Pier", "Dreamland Margate",
          "Pleasurewood Hills", "M&D's", "Funland", "Giffords Circus", "Zippos Circus", "Circus Vegas",
          "Tivoli Gardens", "Bakken", "Efteling", "Parc Astérix", "Emerald Park", "Bournemouth Pier",
          "VisitBlackpool", "VisitKent", "Adventure Island", "Clacton Pier", "Hastings Pier", "La Ronde"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "ride": rng.choice(["the Big One", "Icon", "Valhalla", "the Scenic Railway", "the waltzer", "the dodgems",
                            "the Grand National", "the log flume", "the carousel", "the big wheel", "the ghost train"]),
        "resort": rng.choice(["Blackpool", "Margate", "Brighton", "Great Yarmouth", "Skegness", "Southend-on-Sea",
                              "Bournemouth", "Scarborough", "Bray", "Tramore", "Scheveningen", "Blankenberge"]),
        "seg": rng.choice(["families with young children", "day-trippers", "coach parties", "season-pass holders",
                           "thrill-seekers", "stag and hen groups", "older nostalgic visitors", "school groups",
                           "overseas visitors", "local residents"]),
        "ch": rng.choice(["TikTok", "Instagram", "the park app", "email", "Facebook groups", "Google Ads",
                          "the website's booking engine", "YouTube", "WhatsApp"]),
        "pc": str(rng.randint(4, 68)),
        "gbp": str(rng.randint(12, 69)),
        "yr": str(rng.randint(2015, 2025)),
        "mon": rng.choice(["March", "April", "May", "July", "August", "October", "November"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, particularly among {seg}.", "{N} suggest that {C}.",
    "{N} observed that {C}, which {B} has been slow to act on.", "{N} concluded that {C}.",
    "{N} describe the seaside as a 'liminal' space and show that {C}.", "{N} warned that {C}.",
    "{N} makes a similar point about {resort}, noting that {C}.", "{N} identified that {C}.",
    "{N} traced the decline of the British seaside and argued that {C}.", "{N} claims that {C}.",
    "{N} notes that, for travelling showmen, {C}.", "{N} surveyed {n} visitors and reported that {C}.",
    "{N} highlight that {C}; this is directly relevant to {B}.", "{N} went further, arguing that {C} and that {C2}.",
    "{N} emphasises that {C} in a seasonal business.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} point out, {C}.", "{O}, {N} found that {C}.", "This supports the view of {N} that {C}.",
    "{C}, as {N} showed in their study of {resort}.", "According to {N}, {C}.",
    "{B} is a clear example of this: {N} argue that {C}.", "Research by {N} suggests that {C}.",
    "{C} – a point also made by {N}.", "In the Irish context, {N} found that {C}.",
    "Writing about Danish and Dutch parks, {N} noted that {C}.", "Evidence from {N} shows that, for {seg}, {C}.",
    "{C}, which is consistent with {N}.", "A report by {N} found that {C}.", "Data published by {N} show that {C}.",
    "Following {N}, it can be argued that {C}.", "{C}; however, {N} found the opposite for {seg}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of seaside piers found that {C}.", "{O}, {N} framework helps to explain why {C}.",
    "{N} research suggests that {C}.", "Using {N} model, it is clear that {C}.", "{N} report concluded that {C}.",
    "{B} could apply {N} findings, since {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "For {seg}, {C} {P}.", "This matters for {B} because {C} {P}.",
    "Studies of British resorts show that {C} {P}.", "{C}, especially in the shoulder months {P}.",
    "It is often argued that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (Figure {q} shows the monthly pattern) {P}.", "In {resort}, {C} {P}.", "Put simply, {C} {P}.",
    "Heritage is part of the product: {C} {P}.", "{C} {P:see also}.", "{C}. {P}",
    "{B}'s own figures support this, since {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "While {C} {P}, {C2}.", "{C} {P}; even so, {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "{C} {P:see}, whereas {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "demand at seaside attractions is highly seasonal and weather-dependent",
    "nostalgia is one of the strongest reasons {seg} give for a day at the seaside",
    "dynamic pricing raises yield on peak days but angers loyal visitors",
    "a single headline ride can lift visitor numbers for two or three seasons",
    "circuses that dropped animal acts kept their audiences by selling the show as theatre",
    "travelling showmen depend on pitch fees and local councils as much as on their customers",
    "safety incidents damage trust in the whole amusement industry, not only in the park concerned",
    "online advance booking smooths demand and reduces queues at the gate",
    "{ch} reaches {seg} more cheaply than printed leaflets",
    "regeneration funding works best when the community owns the heritage story",
    "piers are expensive to maintain and most depend on arcades for their income",
    "season passes turn occasional visitors into regular ones",
    "{B} competes for the family leisure budget with cinemas, soft play and streaming",
    "arcade income is vulnerable to changes in gambling regulation",
    "user-generated content on {ch} shapes the image of a resort more than official campaigns",
    "price promotions fill quiet weekdays but can cheapen a heritage brand",
    "the cost-of-living crisis has shortened day trips and cut secondary spend",
    "visitors judge an attraction by its cleanliness and staff as much as by its rides",
    "heritage attractions earn more when the story is told across the whole visit",
    "events outside the summer season, such as Halloween and Christmas, extend the season",
    "{seg} respond better to bundled tickets than to discounts",
]  # fmt: skip
OPENERS = [
    "However", "In addition", "For {B}", "On the other hand", "In the case of {B}", "Since the pandemic",
    "Outside the summer season", "For seaside resorts such as {resort}", "Similarly", "In practice",
    "From a marketing perspective", "Nevertheless", "As a result", "In Ireland and the Netherlands alike",
]  # fmt: skip
PLAIN = [
    "{B} opens from {mon} to early November, with late opening during the Illuminations.",
    "This report analyses {B}'s current marketing mix and makes recommendations for next season.",
    "The appendix contains a PESTLE analysis and a SWOT analysis of {B}.",
    "{B} sells day tickets, wristbands and season passes online and at the gate.",
    "Most visitors to {resort} arrive by car or coach, and many stay for one day only.",
    "{B}'s Instagram account has around {n}k followers, but few posts are about the rides themselves.",
    "The recommendations are costed and phased over two seasons.", "{O}, {C}.",
    "The main competitors are {B} and two smaller family parks within an hour's drive.",
    "Task 2 applies these findings to a digital campaign for the next Halloween season.",
    "Secondary spend on food, games and souvenirs makes up almost half of revenue.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study of the British seaside puts it, {Q} {P}.", "{N} put it directly: {Q}.",
    "The point is made well: {Q} {P}.", "{O}, {Q} {P}.", "{B}'s managers seem to agree that {Q} {P}.",
    "{N} concludes that {Q}.", "In the words of one tourism text, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘kiss me quick’", "‘bucket and spade’", "‘staycation’", "‘Instagrammable’", "‘fun of the fair’",
                "'retro'", "‘edutainment’", "‘pay one price’", "“authentic”", "‘gaff lads’", "'dark tourism'",
                "‘shoulder season’", "‘Blackpool rock’"]  # fmt: skip
SCARE_FRAMES = [
    "Resorts have long traded on a {Q} image {P}.", "{B} now markets itself as {Q} rather than cheap {P}.",
    "The idea of a {Q} day out still appeals to {seg} {P}.", "Critics dismiss this as {Q} marketing {P}.",
    "The so-called {Q} trend helped seaside towns after {Y} {P}.", "{N} call this the {Q} effect.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your season pass is waiting – renew by Friday’", "‘Half-term thrills: kids go free’",
                 "“Fright Nights tickets are selling fast”", "‘The big top is back in town!’",
                 "'Last chance: 30% off summer wristbands'", "‘We’ve saved you a seat ringside’",
                 "“Sunshine forecast – beat the queues, book online”", "‘Your {resort} day out starts here’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} lifted bookings for {B} {P}.", "Subject lines such as {Q} create urgency {P}.",
    "{B} sent {Q} to lapsed pass holders {P}.", "Testing {Q} against a plainer line showed a clear winner {P}.",
    "Short copy like {Q} works well with {seg} {P}.",
]  # fmt: skip

# Text with brackets, years, figures or quotation marks that is no citation: what a tutor would not look for in the
# reference list.
NOT_CITATIONS = {
    "ride-opening-year": [
        "Blackpool Pleasure Beach's most famous coaster (Big One, 1994) was the tallest in Europe when it opened.",
        "The park's wooden racing coaster (Grand National, 1935) is now Grade II listed.",
        "The newest launch coaster (Icon, 2018) was marketed as Britain's first double launch.",
        "Dark rides such as Valhalla (opened 2000) remain popular with {seg}.",
    ],
    "historic-coaster-year": [
        "Margate's wooden coaster (Scenic Railway, 1920) was restored after the fire.",
        "Tivoli's oldest ride (Rutschebanen, 1914) still has a brakeman on every train.",
        "Bakken's wooden coaster (Rutschebanen, 1932) is the park's icon.",
    ],
    "pier-year": [
        "Brighton's surviving pier (Palace Pier, 1899) now attracts millions of visitors a year.",
        "The longest pleasure pier in the world (Southend Pier, 1830) has its own railway.",
        "The town's Victorian pier (opened 1880) was rebuilt in iron in 1905.",
    ],
    "tower-ballroom-year": [
        "The resort's landmark (Blackpool Tower, 1894) was modelled on the Eiffel Tower.",
        "Dancing holidays still centre on the ballroom (Tower Ballroom, 1899).",
        "The Winter Gardens (1878) host conferences as well as shows.",
    ],
    "fire-year": [
        "Brighton's other pier never recovered (West Pier fire, 2003).",
        "The pier's pavilion was lost in a blaze (Hastings Pier fire, 2010) and rebuilt with lottery money.",
        "A second fire (Southend Pier, 2005) destroyed the old station at the pier head.",
    ],
    "accident-year": [
        "Safety became a brand issue for the whole industry (Smiler crash, 2015).",
        "The worst British fairground disaster (Battersea big dipper, 1972) led to tighter inspection.",
        "Visitor confidence dipped after the accident (summer {Y}) but recovered within a season.",
    ],
    "closure-year": [
        "Margate lost its main attraction for almost a decade (Dreamland closure, 2006).",
        "The site stood empty for years (closed 2006, reopened 2015).",
        "Frontierland in Morecambe closed its gates (2000) and the town's visitor numbers fell.",
    ],
    "lockdown": [
        "No attraction opened for the Easter holidays (lockdown, 2020).",
        "Season passes were extended by a year (first lockdown, March 2020).",
        "Outdoor attractions reopened before indoor ones (Step 2, 12 April 2021).",
    ],
    "circus-founding-year": [
        "The modern ‘nouveau cirque’ without animals is usually dated to Québec (Cirque du Soleil, 1984).",
        "Britain's largest touring tent show (Zippos, 1986) still plays more than forty towns a year.",
        "The Canadian company (founded in Baie-Saint-Paul, 1984) now tours worldwide.",
    ],
    "clown-year": [
        "Bertram Mills' most famous clown (Coco the Clown, 1929) became a household name.",
        "The whiteface clown tradition goes back to the Regency stage (Grimaldi, 1806).",
    ],
    "performer-narrative": [
        "Blondin (1859) crossed Niagara on a tightrope before he ever performed in Britain.",
        "Pablo Fanque (1847) was the first Black circus proprietor in Britain.",
        "The lion tamer Isaac Van Amburgh (1838) played to Queen Victoria at Drury Lane.",
    ],
    "founder-year": [
        "The circus ring is still 42 feet across, as it was at the first riding school (Astley, 1768).",
        "Circus historians date the first ring show to Lambeth (Philip Astley, 1768).",
    ],
    "fair-year": [
        "Nottingham's October fair drew record crowds (Goose Fair, 2022).",
        "One of Europe's oldest travelling fairs (Hull Fair, 1293) still fills Walton Street every October.",
        "The fair returned after the pandemic (Goose Fair, 2021) with a one-way system.",
    ],
    "illuminations-year": [
        "The autumn season is built around the lights (Blackpool Illuminations, 1879).",
        "The switch-on concert (Illuminations switch-on, {yr}) was streamed for the first time.",
    ],
    "horse-fair-year": [
        "Gypsy and Traveller culture is most visible at the June fair (Appleby Horse Fair, 2019).",
        "Ireland's great October fair (Ballinasloe, 2023) mixes horse trading with a funfair.",
    ],
    "law-year": [
        "Animal acts in travelling circuses in England ended by law (Wild Animals in Circuses Act, 2019).",
        "Arcades on piers are licensed as family entertainment centres (Gambling Act, 2005).",
        "Irish circuses lost their animal acts even earlier (ban in force from 1 January 2018).",
    ],
    "guidance-year": [
        "Every ride must be inspected before it is used by the public (Fairgrounds and Amusement Parks: Guidance on Safe Practice, 2017).",
        "Operators follow the industry's own inspection scheme (ADIPS, 1997).",
    ],
    "award-year": [
        "The park's wooden coaster was voted one of the best in the world (Golden Ticket Award, 2023).",
        "Europe's parks still compete for the industry's top prize (Applause Award, 2004).",
        "Good reviews followed a national award (Pier of the Year, 2022).",
    ],
    "film-year": [
        "Fairground romance has a long screen history (Carousel, 1956).",
        "The circus musical renewed interest in the big top (The Greatest Showman, 2017).",
        "Brighton's pier has been a film set since Brighton Rock (1947).",
    ],
    "tv-show-year": [
        "The BBC's seaside thriller (Funland, 2005) was set in Blackpool.",
        "Margate's image shifted after the film (Empire of Light, 2022) was shot at the Dreamland cinema.",
    ],
    "price-year": [
        "Many rides still cost £2 a ride (2023) on the smaller piers.",
        "Unlimited-ride wristbands (£{gbp} in {yr}) are the main product on the pier.",
        "An adult day ticket rose in price (£{gbp} on the gate, {yr}) but was cheaper online.",
    ],
    "visitor-figures": [
        "Blackpool is still Britain's busiest resort by day visits (18 million visits, 2019).",
        "The pier drew 5.5 million visitors (2019) before the pandemic.",
        "Attendance recovered quickly ({n},000 visitors in the 2022 season).",
    ],
    "season-figure": [
        "Halloween is now the busiest period after August (2022 season).",
        "Pass sales beat the target by {pc}% (season {yr}).",
        "Revenue per visitor rose strongly ({yr} season, against {Y}).",
    ],
    "barker-call": [
        "The showman's call of ‘Roll up, roll up!’ is still used in the circus's TikTok videos.",
        "On the waltzer the cry is ‘Scream if you want to go faster!’, and the riders always do.",
        "The barker's “Every one a winner!” from the hook-a-duck stall became the campaign line.",
    ],
    "seaside-song": [
        "The brass band on the prom still plays ‘Oh, I do like to be beside the seaside’ (1907).",
        "The campaign used ‘I do like to be beside the seaside’ over drone footage of the beach.",
    ],
    "slogan": [
        "The resort's old poster slogan, ‘Skegness is so bracing’ (1908), is still sold on mugs.",
        "{B}'s tagline ‘Fun for all the family’ appears on every channel.",
        "The ‘Kiss me quick’ hat (1950s) is now sold as a retro souvenir.",
    ],
    "listing-grade": [
        "The pier is protected (Grade II*, listed 1975) and any change needs consent.",
        "The Scenic Railway was the first ride to be listed (Grade II, 2002).",
    ],
    "ride-maker": [
        "The ride was supplied by a German firm (built by Mack Rides, 2018) and cost £16m.",
        "The gallopers were carved in King's Lynn (Savage's, c.1890) and still run today.",
    ],
    "ride-statistics": [
        "The coaster is still one of the tallest in Britain (72 m, 119 km/h).",
        "The drop tower carries {n} riders an hour (60 m, 1.5 seconds of free fall).",
    ],
    "fair-organ": [
        "The steam organ (Gavioli, 1905) is played on heritage days.",
        "Visitors can hear a restored fairground organ (Marenghi, c.1910) in the museum hall.",
    ],
    "historic-association-year": [
        "The showmen's trade association began as a defence against eviction (Van Dwellers' Association, 1889).",
        "Travelling families won the right to winter quarters only slowly (Caravan Sites Act, 1968).",
    ],
    "tax-rate": [
        "Ticket prices were cut when VAT was reduced (5% VAT, 2020–2022).",
        "Business rates on the pier rose sharply (2023 revaluation).",
    ],
    "canada-fair-year": [
        "Toronto's late-summer fair is Canada's largest (Canadian National Exhibition, 1879).",
        "Montréal's amusement park was built for the world's fair (La Ronde, 1967).",
    ],
    "french-fair-year": [
        "Paris's spring funfair claims to be the oldest in France (Foire du Trône, 957).",
        "The French park's Gaulish theme is taken from the comic books (Parc Astérix, 1989).",
    ],
    "dutch-kermis-year": [
        "The biggest Dutch funfair fills the city centre every July (Tilburgse Kermis, 2023).",
        "Dutch fairground families now market the kermis on Instagram (Kermis Tilburg, {yr}).",
    ],
    "danish-park-year": [
        "Copenhagen's older park claims to be the world's oldest (Dyrehavsbakken, 1583).",
        "Hans Christian Andersen (1843) is said to have visited Tivoli in its first summer.",
    ],
    "irish-park-year": [
        "Ireland's only theme park changed its name (Tayto Park, 2010; renamed in 2023).",
        "Dublin's Christmas funfair has run for decades (Funderland, 1980s).",
    ],
    "holiday-date": [
        "Bookings peak over the late summer holiday (August bank holiday, {yr}).",
        "Half-term is now worth more than a summer weekend (October half-term, {yr}).",
    ],
    "opening-hours": [
        "The pier is open every day (10am–10pm, April–October).",
        "Rides close early in bad weather (winds above 40 mph).",
    ],
    "address-postcode": [
        "The park sits beside the promenade (Ocean Boulevard, FY4 1EZ).",
        "Group bookings are handled from the pier office (Madeira Drive, BN2 1TW).",
    ],
    "family-ownership": [
        "The park has stayed in one family's hands (owned by the Thompsons since 1896).",
        "Many of the rides are run by fifth-generation showmen (family business since 1870s).",
    ],
    "ticket-tier": [
        "Queue-jump tickets sell out on sunny Saturdays (Speedy Pass, £{gbp}).",
        "The cheapest option is a ride-only band (Unlimited Rides, {yr} price list).",
    ],
    "heritage-reference-number": [
        "The Scenic Railway has its own list entry (NHLE 1086155).",
        "Operators must keep records for the inspector (HSG175, second edition).",
    ],
    "review-rating": [
        "Visitors rate the park highly on Google (4.4 stars, n = {n},000 reviews).",
        "Reviews complain most about queues (1-star reviews, summer {yr}).",
    ],
    "hashtag-handle": [
        "The resort's campaign hashtag (#LoveBlackpool) trended during the switch-on.",
        "The circus answers questions on Instagram (@zipposcircus) within the hour.",
    ],
    "festival-year": [
        "The town's new audience came with the festival (Margate Soul Festival, 2019).",
        "The pier hosts street theatre during the fringe (Brighton Fringe, {yr}).",
    ],
    "royal-visit": [
        "The ballroom's reputation was sealed by royal patronage (Royal Variety Performance, 1955).",
        "The pier reopened with a ribbon cut by a duchess (royal visit, 1930).",
    ],
    "regeneration-grant": [
        "The restoration was funded by the lottery (£18.7m, 2010–2015).",
        "The Town Deal paid for new lighting on the promenade (£{n}m, {yr}).",
    ],
    "cross-reference": [
        "The pricing options are compared in Table {q} (Appendix 2).",
        "See Task 1 (b) for the PESTLE analysis of the resort.",
    ],
}  # fmt: skip
