"""The prose of the blind364 pool (HELD OUT), written without reading the checker, its tests or any other pool.

Marketers at record labels, music-streaming services, concert promoters and ticket sellers, festivals and music
venues in the UK, Ireland, Nigeria, South Korea, Colombia and Canada, writing CIM Level 6 and 7 reports and MBA
assignments in English. They cite at the start, middle and end of sentences, with "see" and "e.g." inside the
bracket, and put in brackets and beside names a great deal that is no source: albums, singles and tours with their
years, artists' birth years and bands' formation, festivals and concerts, takeovers between labels, promoters and
ticketing platforms, founders, awards, chart peaks, laws, prices in pounds, euros, naira, won, pesos and Canadian
dollars, ticket tiers, dates, survey waves, launches and figures.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Spotify", "Live Nation", "Ticketmaster", "DICE", "AEG Presents", "Festival Republic", "MCD Productions",
          "HYBE", "SM Entertainment", "JYP Entertainment", "Mavin Records", "Chocolate City", "Boomplay", "Melon",
          "Audiomack", "Tuboleta", "Evenko", "Academy Music Group", "Glastonbury Festival", "Electric Picnic",
          "Afro Nation", "Festival Estéreo Picnic", "Osheaga", "Apple Music", "YouTube Music", "Deezer",
          "Beggars Group", "Universal Music Group", "Warner Music Group", "Sony Music", "Twickets", "See Tickets",
          "the O2", "3Arena", "Eko Hotels", "KSPO Dome", "Movistar Arena Bogotá", "Massey Hall"]  # fmt: skip

# (artist, album, year, single, single year)
_RELEASES = [("Burna Boy", "African Giant", "2019", "Last Last", "2022"), ("Wizkid", "Made in Lagos", "2020", "Essence", "2020"),
             ("Tems", "Born in the Wild", "2024", "Free Mind", "2020"), ("Rema", "Rave & Roses", "2022", "Calm Down", "2022"),
             ("Asake", "Mr. Money with the Vibe", "2022", "Sungba", "2022"), ("Davido", "Timeless", "2023", "Unavailable", "2023"),
             ("BTS", "Map of the Soul: 7", "2020", "Dynamite", "2020"), ("BLACKPINK", "Born Pink", "2022", "Pink Venom", "2022"),
             ("NewJeans", "Get Up", "2023", "Super Shy", "2023"), ("Stray Kids", "5-Star", "2023", "S-Class", "2023"),
             ("Karol G", "Mañana Será Bonito", "2023", "TQG", "2023"), ("Shakira", "Las Mujeres Ya No Lloran", "2024", "Bzrp Music Sessions, Vol. 53", "2023"),
             ("J Balvin", "Colores", "2020", "Mi Gente", "2017"), ("Feid", "Ferxxocalipsis", "2023", "Classy 101", "2023"),
             ("Drake", "For All the Dogs", "2023", "Rich Flex", "2022"), ("The Weeknd", "After Hours", "2020", "Blinding Lights", "2019"),
             ("Tate McRae", "Think Later", "2023", "Greedy", "2023"), ("Fontaines D.C.", "Romance", "2024", "Starburster", "2024"),
             ("Hozier", "Unreal Unearth", "2023", "Too Sweet", "2024"), ("CMAT", "Crazymad, for Me", "2023", "Stay for Something", "2023"),
             ("Raye", "My 21st Century Blues", "2023", "Escapism.", "2022"), ("Stormzy", "Gang Signs & Prayer", "2017", "Vossi Bop", "2019"),
             ("Dua Lipa", "Future Nostalgia", "2020", "Levitating", "2020"), ("Arctic Monkeys", "The Car", "2022", "There'd Better Be a Mirrorball", "2022")]  # fmt: skip
_BORN = [("Tems", "1995"), ("Rema", "2000"), ("Burna Boy", "1991"), ("Asake", "1995"), ("Karol G", "1991"), ("Feid", "1992"),
         ("Tate McRae", "2003"), ("Raye", "1997"), ("CMAT", "1996"), ("Ayra Starr", "2002")]  # fmt: skip
_FORMED = [("BTS", "2013"), ("BLACKPINK", "2016"), ("NewJeans", "2022"), ("Stray Kids", "2017"), ("Fontaines D.C.", "2017"),
           ("Arctic Monkeys", "2002"), ("SEVENTEEN", "2015"), ("Kneecap", "2017"), ("Bomba Estéreo", "2005"), ("Arcade Fire", "2001")]  # fmt: skip
_TOURS = [("Taylor Swift", "The Eras Tour", "2023–2024"), ("Coldplay", "Music of the Spheres World Tour", "2022–2025"),
          ("Karol G", "Mañana Será Bonito Tour", "2023"), ("BLACKPINK", "Born Pink World Tour", "2022–2023"),
          ("Burna Boy", "I Told Them Tour", "2024"), ("Oasis", "Live '25 tour", "2025"), ("Stray Kids", "Dominate World Tour", "2024–2025"),
          ("Drake", "It's All a Blur Tour", "2023"), ("Wizkid", "More Love, Less Ego Tour", "2023")]  # fmt: skip
_FESTIVALS = [("Glastonbury", "Worthy Farm"), ("Electric Picnic", "Stradbally"), ("Afro Nation", "Portimão"),
              ("Festival Estéreo Picnic", "Bogotá"), ("Rock al Parque", "Bogotá"), ("Osheaga", "Montréal"),
              ("Reading and Leeds", "Reading"), ("Longitude", "Marlay Park"), ("Flytime Fest", "Lagos"),
              ("Seoul Jazz Festival", "Seoul"), ("TRNSMT", "Glasgow"), ("Boardmasters", "Newquay"), ("Calabar Carnival", "Calabar")]  # fmt: skip
# (buyer, target, year, price) -- some of them firms the reference list holds, with the year never bare in the bracket
_DEALS = [("HYBE", "Ithaca Holdings", "2021", "$1.05bn"), ("Live Nation", "Ticketmaster", "2010", "all-share merger"),
          ("Universal Music Group", "EMI's recorded music arm", "2012", "£1.2bn"), ("Sony Music", "AWAL", "2023", "$430m"),
          ("CTS Eventim", "See Tickets", "2024", "€345m"), ("Live Nation", "a majority of OCESA", "2021", "$411m"),
          ("Kakao", "SM Entertainment", "2023", "₩1.25tn tender offer"), ("Spotify", "Gimlet Media", "2019", "$230m"),
          ("Warner Music Group", "Africori", "2021", "undisclosed"), ("Live Nation", "Mama Festivals", "2008", "undisclosed"),
          ("AEG Presents", "a stake in Flytime Promotions", "2024", "undisclosed"), ("Beggars Group", "a stake in Matador", "2002", "undisclosed")]  # fmt: skip
_FOUNDERS = [("Michael Eavis", "Glastonbury", "1970"), ("Don Jazzy", "Mavin Records", "2012"), ("Bang Si-hyuk", "Big Hit Entertainment", "2005"),
             ("Lee Soo-man", "SM Entertainment", "1995"), ("Audu Maikori", "Chocolate City", "2005"), ("Denis Desmond", "MCD Productions", "1980"),
             ("Melvin Benn", "Festival Republic", "2007"), ("Phil Hutcheon", "DICE", "2014"), ("Park Jin-young", "JYP Entertainment", "1997"),
             ("Obi Asika", "Storm 360", "2004"), ("Martin Mills", "Beggars Banquet", "1977")]  # fmt: skip
# bodies and firms the reference list may hold, with the year they were set up (always before any work's year)
_ESTABLISHED = [("PRS for Music", "1914"), ("PPL", "1934"), ("the BPI", "1973"), ("IFPI", "1933"), ("the Musicians' Union", "1893"),
                ("SOCAN", "1990"), ("KOMCA", "1964"), ("IMRO", "1988"), ("SAYCO", "1946"), ("the Official Charts Company", "1969"),
                ("the Arts Council", "1951"), ("Music Venue Trust", "2014"), ("COSON", "2010")]  # fmt: skip
_AWARDS = ["Mercury Prize", "BRIT Award for Best Group", "Grammy for Best African Music Performance", "Headies Album of the Year",
           "Juno Award for Breakthrough Artist", "MAMA Award for Artist of the Year", "Latin Grammy for Album of the Year",
           "Choice Music Prize", "Polaris Music Prize", "Ivor Novello Award", "MOBO Award for Best African Act"]  # fmt: skip
_CHARTS = ["the UK Official Singles Chart", "the Billboard Hot 100", "the Billboard Global 200", "the Irish Singles Chart",
           "the Circle Digital Chart", "the TurnTable Top 100", "the Canadian Hot 100", "the Billboard Afrobeats Songs chart",
           "the Spotify Global Top 50", "the Official Albums Chart"]  # fmt: skip
_LAWS = ["the Consumer Rights Act 2015", "the Digital Markets, Competition and Consumers Act 2024", "the Sale of Tickets Act 2021",
         "the Copyright Act 2022", "the Ticket Sales Act, 2017", "Ley 1493 de 2011", "the Live Music Act 2012",
         "the Breaching of Limits on Ticket Sales Regulations 2018", "the Online Streaming Act 2023", "the Performance Act amendment of 2023"]  # fmt: skip
_PRICES = ["£85 standing", "£49.50 plus fees", "€89.90", "₦50,000 regular", "₦1.5m for a table of eight", "₩154,000 for VIP seats",
           "COP 480.000 general", "CA$129.50 plus fees", "£250 face value", "€79.50 day ticket", "£11.99 a month", "₩10,900 a month"]  # fmt: skip
_TIERS = ["early bird", "tier 1", "tier 2", "general admission", "VIP hospitality", "platinum", "standing pit",
          "weekend camping", "day pass", "verified fan presale", "accessible platform", "golden circle"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_VENUES = [("the O2", "20,000"), ("3Arena", "13,000"), ("Eko Hotels Convention Centre", "6,000"), ("KSPO Dome", "15,000"),
           ("Movistar Arena Bogotá", "14,000"), ("Massey Hall", "2,750"), ("Vicar Street", "1,050"), ("the Roundhouse", "3,300"),
           ("Co-op Live", "23,500"), ("Scotiabank Arena", "19,800"), ("Gocheok Sky Dome", "16,700")]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use; the music words replace the generic audiences and tools."""
    artist, album, album_year, single, single_year = rng.choice(_RELEASES)
    tour_artist, tour, tour_years = rng.choice(_TOURS)
    festival, site = rng.choice(_FESTIVALS)
    buyer, target, deal_year, price = rng.choice(_DEALS)
    founder, founded, founder_year = rng.choice(_FOUNDERS)
    body, body_year = rng.choice(_ESTABLISHED)
    born, born_year = rng.choice(_BORN)
    band, band_year = rng.choice(_FORMED)
    venue, capacity = rng.choice(_VENUES)
    return {
        "ARTIST": artist, "ALBUM": album, "AY": album_year, "SINGLE": single, "SY": single_year,
        "TARTIST": tour_artist, "TOUR": tour, "TY": tour_years, "FEST": festival, "SITE": site,
        "BUYER": buyer, "TARGET": target, "DY": deal_year, "DEAL": price,
        "FOUNDER": founder, "FOUNDED": founded, "FY": founder_year, "BODY": body, "BY": body_year,
        "BORN": born, "BORNY": born_year, "BAND": band, "BANDY": band_year, "VENUE": venue, "CAP": capacity,
        "AWARD": rng.choice(_AWARDS), "CHART": rng.choice(_CHARTS), "LAW": rng.choice(_LAWS),
        "PRICE": rng.choice(_PRICES), "TIER": rng.choice(_TIERS), "MON": rng.choice(_MONTHS),
        "PCT": str(rng.randint(3, 78)), "BN": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        "A": rng.choice(["Gen Z fans", "superfans", "K-pop fans in their twenties", "festival-goers", "casual listeners",
                         "students in Lagos", "first-time gig-goers", "fans over 45", "Latin music fans in Canada"]),
        "R": rng.choice(["ticket sales", "repeat attendance", "streams per listener", "merchandise spend", "fan loyalty",
                         "playlist saves", "sell-through", "pre-registrations"]),
        "T": rng.choice(["dynamic pricing", "fan presales", "short-form video", "playlist pitching", "verified fan registration",
                         "livestreamed shows", "fan community apps", "face-value resale", "artist-led newsletters"]),
        "M": rng.choice(["tour", "festival", "album launch", "vinyl", "arena show"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn from one festival.",
    "{N} showed that {C}.", "{N} suggests that {C}, which matters for {B}.", "{N} observed that {C} among {A}.",
    "{N} concluded that {C}; {B}'s own data point the same way.", "{N} describe how {C}.",
    "{N} makes the case that {C} and that {C2}.", "{N} reported that {C} after the pandemic.",
    "{N} warned that {C} unless promoters explain their prices.", "{N} highlight that {C}.",
    "{N} note that {C}, especially in Lagos and Seoul.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "As {N} point out, {C}.",
    "{C}, as {N} observed in a study of {A}.", "This is in line with {N}, who argue that {C}.",
    "For {B}, the lesson from {N} is that {C}.", "{C}; {N} came to a similar view.",
    "Building on {N}, this report argues that {C}.", "In the Colombian market, {N} found that {C}.",
    "A different view comes from {N}, who suggest that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} found that {C}.", "{O}, {N} model of fan engagement implies that {C}.",
    "{N} framework helps explain why {C}.", "Applying {N} findings to {B}, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is good evidence that {C} {P}.", "{C} (for example, at {FEST}) {P}.",
    "It is widely accepted that {C} {P:see}.", "{B} is exposed here because {C} {P}.", "Research suggests {C} {P:e.g.}.",
    "{C}, particularly among {A} {P}.", "In South Korea and Nigeria alike, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{O}, {C} {P}, while {C2}.",
    "While {C} {P}, {C2}.",
]  # fmt: skip
CLAIMS = [
    "{T} raises {R} among {A}", "{A} value shared live experiences more than recorded music",
    "{B} relies on {T} more than its rivals do", "fans accept higher prices when the reasons are explained",
    "dynamic pricing erodes trust when fans feel misled", "{A} treat streaming playlists as a discovery tool",
    "superfans account for a disproportionate share of {R}", "{T} turns casual listeners into paying fans",
    "secondary ticketing harms artists' relationships with their fans", "festival loyalty rests on the social experience",
    "short-form video now drives most music discovery among {A}", "fandom works as a community rather than an audience",
    "grassroots venues develop the artists that arenas depend on", "{B} could use {T} to lift {R}",
    "price transparency improves satisfaction with the whole ticketing journey", "nostalgia is a reliable driver of {R}",
    "K-pop labels design fan participation into every release", "Afrobeats' global growth owes much to diaspora audiences",
    "streaming has shifted artists' income towards live shows and merchandise", "{A} expect brands to reward their loyalty",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "By contrast", "In the case of {B}",
           "More recently", "Even so", "In the Irish market", "For a promoter of {B}'s size"]  # fmt: skip
PLAIN = [
    "{B} sells most of its tickets through its own app.", "The campaign ran across TikTok, Instagram and WhatsApp for six weeks.",
    "{O}, {C}.", "The segmentation below uses the fan personas the marketing team already holds.",
    "Table 2 summarises the options against the criteria set out above.", "{B}'s marketing team has eleven staff across three cities.",
    "The recommendations are costed in Appendix 4.", "This section applies the SOSTAC model to {B}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one arts-marketing text puts it, {Q} {P}.", "{N} put it plainly: {Q}.", "{O}, {Q} {P}.",
    "This is captured in the observation that {Q} {P}.", "{Q} {P}, a point {B} should take seriously.",
]  # fmt: skip
SCARE_QUOTES = ["‘superfan’", "‘fan-first’", "“the experience economy”", "'Wrapped season'", "‘drop culture’",
                "“FOMO”", "'comeback'", "‘stan’ culture", "“Japa” wave", "‘ticket touting’"]  # fmt: skip
SCARE_FRAMES = [
    "Labels now speak of the {Q} as their most valuable customer {P}.", "{B} calls its approach {Q} {P}.",
    "What marketers call {Q} is now common in the industry {P}.", "{N} describe the rise of the {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your presale code is inside’", "“Tickets on sale Friday 9am: don't miss out”",
                 "'Last few tier 1 tickets left'", "‘You were in the top 1% of listeners this year’",
                 "“Doors, parking and set times for Saturday”", "'Your ticket has been transferred'",
                 "‘New date added due to huge demand’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the best open rate of the campaign {P}.", "{B} sent the message {Q} to verified fans {P}.",
    "A push notification reading {Q} lifts same-day sales {P}.", "Testing {Q} against a plainer version showed the value of urgency {P}.",
]  # fmt: skip

# Text with brackets, years, names or quotation marks that is no citation: none of it would be in the reference list.
NOT_CITATIONS = {
    "album-year": ["{ARTIST}'s album {ALBUM} ({AY}) is still the label's strongest catalogue seller.",
                   "The campaign for {ALBUM} ({AY}) used listening parties in six cities.",
                   "Streams of {ALBUM} ({ARTIST}, {AY}) rose again after the tour was announced."],
    "single-year": ["The single ‘{SINGLE}’ ({SY}) went viral through a dance challenge.",
                    "{ARTIST}'s '{SINGLE}' ({SY}) shows how a song can break through TikTok first.",
                    "Sync placements for “{SINGLE}” ({ARTIST}, {SY}) extended its life in Canada."],
    "tour-year": ["{TARTIST}'s {TOUR} ({TY}) set new benchmarks for merchandise spend per head.",
                  "The {TOUR} ({TY}) was sold through a verified fan registration.",
                  "Demand for the {TOUR} ({TARTIST}, {TY}) crashed the ticketing queue."],
    "artist-born": ["Younger artists such as {BORN} (b. {BORNY}) build their fan base online first.",
                    "{BORN} (born {BORNY}) is the face of the brand's campaign."],
    "band-formed": ["{BAND} (formed {BANDY}) still sell out arenas across the region.",
                    "Fans of {BAND} (active since {BANDY}) are among the most organised online."],
    "artist-breakthrough": ["The breakthrough of {ARTIST} ({AY}) opened the market for the label's other acts.",
                            "Signing {BAND} early (they formed in {BANDY}) paid off for the label."],
    "festival-year": ["{FEST} ({Y}) sold out within hours of going on sale.", "At {FEST} {Y} the cashless wristbands cut queues.",
                      "{FEST} ({SITE}, {Y}) moved to a fully mobile ticket."],
    "concert-date": ["{TARTIST} played {VENUE} ({d} {MON} {Y}) to a full house.",
                     "The homecoming show ({d} {MON}, {VENUE}) was livestreamed to paying fans."],
    "takeover": ["{BUYER}'s purchase of {TARGET} ({DEAL}, completed in {DY}) changed the market.",
                 "The deal between {BUYER} and {TARGET} (agreed {DY}; {DEAL}) gave it scale overnight."],
    "merger-in-text": ["After {BUYER} bought {TARGET} in {DY}, competition concerns grew.",
                       "The {BUYER}–{TARGET} deal ({DEAL}) is still debated by fans."],
    "founder-year": ["{FOUNDED} (founded by {FOUNDER} in {FY}) now works with artists across Africa and Europe.",
                     "{FOUNDER} (founder, {FY}) still sets the tone of {FOUNDED}'s marketing.",
                     "{FOUNDED} was set up by {FOUNDER} in {FY}."],
    "body-established": ["{BODY} (est. {BY}) collects royalties for its members.",
                         "Membership of {BODY} (founded {BY}) is open to songwriters and publishers."],
    "award-year": ["{ARTIST} won the {AWARD} ({AY}).", "The {AWARD} ({Y}) lifted streams by more than half overnight.",
                   "Winning the {AWARD} in {Y} gave the act a story to tell."],
    "chart-peak": ["‘{SINGLE}’ peaked at No. 2 on {CHART} ({SY}).", "The record reached number one on {CHART} (week of {d} {MON} {SY})."],
    "ranking-year": ["{VENUE} was ranked among the world's busiest venues (top five, {Y}).",
                     "{B} ranked third for customer satisfaction among ticket sellers (2nd in {Y2})."],
    "law-year": ["Resale above face value is now limited under {LAW}.", "{LAW} gives fans new rights when events are cancelled."],
    "ruling-year": ["The court order against viagogo (November 2018) forced clearer seat information.",
                    "The regulator accepted undertakings from the resale sites (ruling of {MON} {Y})."],
    "ticket-price": ["Standing tickets were the cheapest option ({PRICE}).", "Prices ({PRICE}) were kept below those of the previous tour."],
    "ticket-tier": ["Fans could choose a cheaper tier ({TIER}) or a bundle with merchandise.",
                    "The {TIER} allocation (about {n} tickets) sold out first."],
    "currency-note": ["Seats in Lagos cost up to ₦250,000 (about £130).", "A Seoul ticket (₩198,000, roughly £115) is a significant outlay for students."],
    "date-range": ["The festival runs over three days (from Friday {d} August).", "The presale window ({d} {MON}, 48 hours) rewarded early registrants."],
    "survey-wave": ["The fan survey (wave {q}, fieldwork {MON} {Y}) asked about spending on live music.",
                    "Responses from the second wave (n = {n}) were weighted by age."],
    "launch-year": ["{B}'s app (launched {Y}) now handles most ticket transfers.", "Spotify Wrapped (first run in 2016) is now a marketing event in itself."],
    "percentage-year": ["Streaming revenue rose sharply (+{PCT}% in {Y}).", "Around {PCT}% of buyers ({Y}) used a phone to buy tickets."],
    "streams-figure": ["The track passed {BN} billion streams ({MON} {Y}).", "Weekly streams ({n} million in week {q}) doubled after the video."],
    "attendance-figure": ["Attendance reached {n},000 (a record for the site).", "The festival welcomed {n},000 fans ({Y} edition)."],
    "venue-capacity": ["{VENUE} (capacity {CAP}) is the natural next step for the act.", "A {CAP}-capacity room ({VENUE}) sold out in minutes."],
    "venue-opened": ["{VENUE} (opened {Y}) is owned by a global promoter.", "The venue (reopened in {MON} {Y}) now hosts 200 shows a year."],
    "revenue-year": ["Revenue from live events ({Y}: £{n}m) overtook recorded music.", "Group revenue grew strongly (FY{Y}: €{n}m)."],
    "quarter": ["Subscriber growth slowed (Q{q} {Y}).", "Paid subscribers rose to {n} million in Q{q} {Y}."],
    "subscription-price": ["The individual plan rose to £12.99 (from {MON} {Y}).", "The student plan (£5.99 a month) is the main entry point."],
    "campaign-hashtag": ["The #{SINGLE} challenge ({Y}) drew millions of user videos.", "The hashtag campaign (#{M}{Y}) trended in three countries."],
    "fanbase-name": ["BTS fans, known as ARMY (since 2013), organise streaming parties.", "The fan club (BLINK, formed 2016) had its own presale."],
    "acronym-gloss": ["General admission (GA) tickets went on sale first.", "The venue joined the Music Venue Trust's scheme (Music Venues Alliance) last year."],
    "appendix-ref": ["The full customer journey map is in the appendix (Appendix {q}).", "The media plan (see Table {q}) spreads spend over eight weeks."],
    "figure-ref": ["Fan segments are shown in the chart (Figure {q}).", "The price ladder (Figure {q}, below) shows each tier."],
    "own-research": ["A short survey of fans at the venue (n = {n}) supports this.", "Interviews with promoters (six, in {MON} {Y}) raised the same concern."],
    "stage-slot": ["{ARTIST} headlined the main stage (Saturday, 9.45pm).", "The set (75 minutes, {q} encores) was streamed live."],
    "release-date": ["The album was released on a Friday ({d} {MON} {AY}).", "The single ({SY} release) was pushed by editorial playlists."],
    "comeback": ["The group's comeback ({MON} {Y}) was teased for three weeks.", "Pre-orders for the comeback album (released {MON} {Y}) passed {n},000."],
    "age-range": ["The core audience is young (18–24).", "Older fans (aged 45 and over) buy most of the vinyl."],
    "era-decade": ["The Britpop era (1994–1997) still shapes the brand's nostalgia campaigns.", "Reggaetón's rise in Colombia (the mid-2000s) changed the live circuit."],
    "hallyu-phase": ["The Korean Wave (Hallyu 2.0, from about 2008) relied on social media.", "Hallyu (the 'Korean Wave') reached Latin America by the 2010s."],
    "inflation-figure": ["Production costs rose sharply (inflation in {Y}: {q}.{d}%).", "The naira's fall ({Y}) made touring artists far more expensive to book."],
    "presale-time": ["The presale opens at 10am (local time) on Tuesday.", "Tickets go on general sale on Friday ({d} {MON}, 9am)."],
    "vat-rate": ["VAT (20%) is included in the face value.", "The booking fee (about {PCT}% of face value) annoys fans most."],
    "visa-policy": ["Touring in Europe became harder after Brexit (from January 2021).", "New visa rules for artists (introduced {Y}) raised costs for Nigerian acts."],
    "platform-feature": ["{B}'s fan-to-fan exchange (capped at face value) reassures buyers.", "Spotify's Countdown Pages (pre-saves) help labels build launch-week demand."],
    "sponsorship-deal": ["The festival's headline sponsor (a five-year deal from {Y}) paid for the second stage.",
                         "The promoter renewed its deal with the arena ({Y}–{Y2}) on the same terms."],
    "episode-series": ["The documentary (season {q}, {Y}) brought the band a younger audience.", "The livestream (episode {q} of six) was free to members."],
}  # fmt: skip
