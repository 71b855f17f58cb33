"""Prose for the ninetieth held-out pool, "blind90": music, live-events, festival, ticketing and streaming marketers
in the United Kingdom and the United States.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninetieth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand,
artist-marketing, partnership, CRM, digital, ticketing and communications marketers at record labels, publishers,
streaming services, promoters, festival organisers, venues and arenas, ticketing platforms, radio, instrument makers
and sponsors in London, Manchester, Glasgow, Bristol, Liverpool, Brighton, New York, Nashville, Los Angeles, Austin
and Atlanta write: album and single titles with their release years in brackets, chart positions, tours and
festivals with their years, Acts, Regulations and CAP Code rules with their numbers, ASA rulings and FTC guides,
pound and dollar figures, award nominations, campaign calendars, presale codes, set times and capacities, trade
press named without a citation, quoted taglines and push notifications.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} shows that {C}, which matters for {B} going into festival season.",
    "{N} argues that {C}.",
    "{N} found that {C}, a pattern the {CITY} team sees in its own presale data.",
    "{N} suggests that {C}; {B}'s CRM data says much the same.",
    "{N} makes the case that {C}.",
    "{N} reports that {C}, particularly among {A}.",
    "{N} observes that {C}, and {B} has been slow to respond.",
    "{N} notes that {C}, although the sample was small.",
    "{N} is clear that {C}.",
    "{N} concludes that {C}, which supports a fan-first approach for {B}.",
    "{N} puts it bluntly: {C}.",
    "{N} points out that {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "As {N} shows, {C}.",
    "For the {CITY} market, {N} argues that {C}.",
    "In the live sector, {N} found that {C}.",
    "This is why {N} argues that {C}.",
    "Working from UK data, {N} reports that {C}.",
    "Looking at US arenas, {N} notes that {C}.",
    "Applied to {B}, the work of {N} suggests that {C}.",
    "On streaming, {N} is more cautious, noting that {C}.",
    "A similar point is made by {N}, who finds that {C}.",
    "{O} {N} shows that {C}.",
    "Here the evidence from {N} is useful: {C}.",
    "Our label team has long suspected what {N} confirms, that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study shows that {C}.",
    "{N} framework helps explain why {C}.",
    "{N} findings suggest that {C}.",
    "Using {N} model, the {CITY} campaign can be read as a test of whether {C}.",
    "{N} research into fan behaviour suggests that {C}.",
    "{N} argument, that {C}, fits {B}'s experience.",
    "{N} survey of {A} found that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "There is good evidence that {C} {P}.",
    "{O} {C} {P}.",
    "For {B}, this matters because {C} {P}.",
    "Research on the live sector suggests that {C} {P}.",
    "Across UK and US markets, {C} {P}.",
    "Industry data agree that {C} {P}.",
    "It is widely accepted that {C} {P:see}.",
    "In ticketing specifically, {C} {P}.",
    "Streaming has changed the picture: {C} {P}.",
    "Fan-club data point the same way, since {C} {P}.",
    "The wider literature is consistent here, in that {C} {P:see also}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} should test its presale sequence before the next tour.",
    "Because {C} {P}, the plan puts CRM ahead of paid social.",
    "Evidence that {C} {P} supports a longer campaign runway for {B}.",
    "{C} {P}, so the {CITY} shows are the obvious pilot.",
    "If {C} {P}, then the sponsorship fee is hard to justify.",
    "The finding that {C} {P} has not yet reached most promoters.",
    "{C} {P}, and the same is likely to be true for {A}.",
    "Given that {C} {P}, the label should brief its radio plugger earlier.",
    "Although {C} {P}, festival sponsors still buy mainly on reach.",
]  # fmt: skip

CLAIMS = [
    "superfans account for a disproportionate share of recorded-music revenue",
    "presale registration is a better predictor of ticket demand than streams",
    "dynamic pricing erodes trust among younger gig-goers",
    "playlist placement drives discovery but rarely builds lasting fandom",
    "grassroots venues are where most headline acts first build a following",
    "fans forgive high prices more readily than opaque fees",
    "festival sponsors gain most when the activation adds something to the day",
    "short-form video now shapes which singles become hits",
    "vinyl buyers are often heavy streamers as well",
    "email remains the most profitable channel for ticket sales",
    "secondary ticketing damages the relationship between artist and fan",
    "artist authenticity is judged on consistency across channels",
    "audio advertising reaches listeners at moments of low distraction",
    "radio still confers legitimacy on a new release",
    "direct-to-fan stores lift average order value",
    "brand partnerships fail when the artist's audience sees no fit",
    "queue systems shape perceptions of fairness as much as price does",
    "loyalty schemes for gig-goers increase repeat attendance",
    "sustainability claims at festivals are treated with scepticism by attendees",
    "catalogue streams now outweigh new releases in value",
    "local radio and press still matter for mid-size tours",
    "fan communities co-create much of an album campaign's value",
    "all-in pricing reduces complaints at checkout",
    "accessible ticketing is a commercial opportunity as well as a legal duty",
]  # fmt: skip

OPENERS = [
    "In practice,", "Put simply,", "For a mid-size promoter,", "Across the festival calendar,", "On balance,",
    "From a CRM perspective,", "For independent labels,", "In the US market,", "Closer to home,",
    "For a heritage act,", "During the on-sale window,", "For streaming services,",
]  # fmt: skip

PLAIN = [
    "The rest of this section applies these ideas to {B}.",
    "Each recommendation is costed in the appendix.",
    "The table below sets out the campaign timeline by week.",
    "The label's own streaming dashboards were used for the baseline.",
    "Ticket sales data were supplied by the promoter under a confidentiality agreement.",
    "This is discussed further under Task {PT}.",
    "The brief asks for a twelve-month plan, so the recommendations are phased.",
    "Figures are in pounds sterling unless stated otherwise.",
    "The fan survey ran for two weeks and drew {n} responses.",
    "Interviews were held with three venue managers in {CITY}.",
    "The next part turns to measurement.",
    "Budget constraints are dealt with in the final section.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} puts it this way: {Q}.",
    "As {N} writes, {Q}.",
    "{Q} {P}.",
    "One promoter's view is captured well: {Q} {P}.",
    "The point is made sharply by {N}: {Q}.",
    "{Q}, according to {N}.",
    "Fans themselves are described as follows: {Q} {P}.",
    "The argument is summed up in one line: {Q} {P}.",
]  # fmt: skip

SCARE_QUOTES = [
    "fan-first", "authentic", "superfan", "organic", "sold out", "verified fan", "platinum", "the drop",
    "value for money", "community", "immersive", "exclusive", "for the fans", "surge pricing", "era",
]  # fmt: skip

SCARE_FRAMES = [
    "Labels now sell {Q} experiences to a narrower audience {P}.",
    "The so-called {Q} model has its critics {P}.",
    "{N} questions how {Q} such campaigns really are.",
    "Promoters talk about {Q} tickets, though buyers see it differently {P}.",
    "What counts as {Q} is contested {P}.",
    "{N} treats {Q} as a marketing claim rather than a fact.",
]  # fmt: skip

SUBJECT_LINES = [
    "You're in: your presale code is inside",
    "Last few tickets for {CITY}",
    "New date added due to demand",
    "{ART}'s new album is out now",
    "Doors 7pm, stage 8.30pm: know before you go",
    "Your tickets are ready in the app",
    "Early bird tier ends tonight",
    "The line-up is here",
    "Vinyl restock: signed copies",
    "Thanks for coming last night",
]  # fmt: skip

SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates in the test, which fits the literature {P}.",
    "The push notification read {Q}, an approach {N} would recognise.",
    "Emails headed {Q} performed best, consistent with earlier work {P}.",
    "{N} would class a message like {Q} as urgency marketing.",
    "The test compared {Q} with a plainer line {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "album-year": [
        "{ART}'s {ALB} ({YR}) went to number {CH} in its first week.",
        "The campaign for {ALB} ({YR}) leaned on a run of instore signings.",
        "Sales of {ALB} ({YR}) on vinyl outstripped the CD edition.",
    ],
    "single-chart": [
        "The lead single peaked at No. {CH} on the Official Singles Chart.",
        "It spent {CH} weeks on the Billboard Hot 100 and peaked at No. {CH2}.",
        "The track debuted at number {CH} (Official Charts Company, week {WK}).",
    ],
    "festival-year": [
        "{FEST} {YR} sold out in under an hour.",
        "Footfall at {FEST} {YR} was down on the previous summer.",
        "The brand's activation at {FEST} {YR} was its largest to date.",
    ],
    "tour-years": [
        "The Eras Tour (2023–24) reset expectations for stadium merchandise.",
        "{ART}'s {TOURN} Tour ({YR}–{YR2}) played {CH} dates across the UK and North America.",
        "The arena leg of the {TOURN} Tour ({YR}) was added after the first on-sale.",
    ],
    "uk-act": [
        "Under the Consumer Rights Act 2015 a ticket resale site must show the seat's face value.",
        "The Licensing Act 2003 sets the conditions for late-night music at the venue.",
        "The Digital Markets, Competition and Consumers Act 2024 bans drip pricing.",
        "The Live Music Act 2012 removed the need for a licence for small unamplified gigs.",
    ],
    "uk-regulations": [
        "The Breaching of Limits on Ticket Sales Regulations 2018 made bot purchases a criminal offence.",
        "The Consumer Protection from Unfair Trading Regulations 2008 (CPRs) still apply to misleading offers.",
        "The Privacy and Electronic Communications Regulations 2003 (PECR) govern the label's email list.",
    ],
    "us-statute": [
        "The BOTS Act of 2016 makes it unlawful to circumvent purchase limits on ticket sites.",
        "The Music Modernization Act (2018) changed how streaming mechanicals are collected.",
        "New York's Arts and Cultural Affairs Law (Article 25) caps some resale practices.",
    ],
    "cap-code": [
        "CAP Code rule 3.1 forbids misleading marketing communications.",
        "Section 16 of the CAP Code (Gambling) applies to the betting sponsor's posts.",
        "Rules 3.17 to 3.19 of the CAP Code on price statements apply to booking fees.",
    ],
    "asa-ruling": [
        "The ASA's {YR} ruling on {BR} found the 'tickets from' price misleading.",
        "The ASA upheld {n} complaints against festival ads in {YR}.",
        "The ASA's ruling against the promoter (Complaint Ref: A{n}-{WK}) was widely reported.",
    ],
    "cma-undertakings": [
        "The CMA's secondary ticketing undertakings (2018) required viagogo to list face value.",
        "The CMA opened enforcement action in {YR} over the sale of Oasis tickets.",
        "Following the CMA's market study, StubHub and viagogo gave formal commitments.",
    ],
    "ftc-guides": [
        "The FTC's Endorsement Guides (16 CFR Part 255) cover paid artist posts.",
        "The FTC's rule on junk fees took effect in May {YR2}.",
        "Influencers must follow the FTC's 'Disclosures 101' guidance in the US.",
    ],
    "state-law": [
        "Tennessee's FANS Act (2024) targets speculative ticket listings.",
        "California's SB 478 (2023) requires all-in pricing for live events.",
        "Colorado's ticketing law (HB24-1378) took effect in August 2024.",
    ],
    "pound-figures": [
        "Ticket prices rose from £{n} to £{n2} in a single on-sale.",
        "The sponsorship is worth £{n}k a year (excluding VAT).",
        "Merchandise spend per head was £{n}.{pp} at the Glasgow show.",
    ],
    "dollar-figures": [
        "The tour grossed ${n}.{pp} million across {n2} shows.",
        "Average ticket prices in US arenas reached ${n} (up {pc}% year on year).",
        "The label spent US$ {n}k on paid social in the first month.",
    ],
    "ons-figure": [
        "ONS figures for Q{q} {YR} put household spending on recreation and culture at £{n} per week.",
        "The ONS Census 2021 counted {n},000 people working in music and performing arts occupations.",
        "According to the ONS Labour Force Survey (Q{q} {YR}), self-employment among musicians rose.",
    ],
    "us-statistics": [
        "BLS data show musicians and singers earned a median ${n}.{pp} per hour in May {YR}.",
        "The Census Bureau's American Community Survey (ACS {YR}) covers the Nashville metro.",
        "The BLS Occupational Outlook Handbook (OOH) lists {n},{pp}0 jobs for producers and directors.",
    ],
    "dcms-statistics": [
        "DCMS Economic Estimates ({YR}) put the music sector's GVA at £{n} billion.",
        "DCMS Sectors Economic Estimates: Employment (Oct {YR}–Sep {YR2}) are provisional.",
        "The DCMS Participation Survey (Wave {q}) asked about live music attendance.",
    ],
    "mercury-brits": [
        "{ART} was shortlisted for the Mercury Prize in {YR}.",
        "The BRIT Awards {YR} ceremony drove a {pc}% uplift in streams for the winners.",
        "The Mercury Prize ({YR}) shortlist was dominated by independent labels.",
    ],
    "grammy-ivors": [
        "The album earned {q} Grammy nominations in {YR}.",
        "The song won an Ivor Novello Award for Best Contemporary Song ({YR}).",
        "{ART} received a Grammy nod for Best New Artist at the {n}th Annual Grammy Awards.",
    ],
    "record-store-day": [
        "Record Store Day {YR} fell on Saturday {d} April.",
        "The Record Store Day exclusive (limited to {n} copies) sold out by noon.",
        "Indie shops report that RSD Black Friday (November {YR}) is now as busy as April.",
    ],
    "independent-venue-week": [
        "Independent Venue Week (IVW) runs in late January each year.",
        "Independent Venue Week {YR} featured {n} venues across the UK.",
        "The band's Independent Venue Week show in Bristol was its first in two years.",
    ],
    "christmas-number-one": [
        "The race for the Christmas No. 1 ({YR}) was settled by {n},000 chart sales.",
        "Charity singles have taken the Christmas number one in most years since 2019.",
        "The label planned its Christmas Number One push from early November.",
    ],
    "trade-press-named": [
        "Music Week's coverage of the launch ran on its front page.",
        "Billboard ran the story under the headline 'Arena Tours Break Records'.",
        "Pollstar's Year-End Top 100 lists the tour at number {CH}.",
        "IQ Magazine's European Arena Yearbook is a useful benchmark.",
    ],
    "press-named-features": [
        "The Guardian's review gave the show four stars.",
        "NME named it Album of the Year ({YR}).",
        "Pitchfork's Best New Music tag followed within days.",
        "Rolling Stone's list of the 500 Greatest Albums (2020 edition) includes it.",
    ],
    "industry-report-named": [
        "MIDiA Research's quarterly tracker is the label's main source on fandom.",
        "The IFPI Global Music Report {YR} is published every March.",
        "Goldman Sachs' 'Music in the Air' series is widely quoted in investor decks.",
        "Luminate's Year-End Music Report is released each January.",
    ],
    "bpi-riaa-certification": [
        "The single was certified Platinum by the BPI ({n}0,000 units).",
        "The RIAA certified the album 2× Multi-Platinum in {YR}.",
        "BPI Silver, Gold and Platinum awards are automatic under the current rules.",
    ],
    "company-names": [
        "Live Nation Entertainment, Inc. (NYSE: LYV) reported record attendance.",
        "Universal Music Group N.V. (UMG) is listed on Euronext Amsterdam.",
        "Marshall Amplification plc and Fender Musical Instruments Corporation both sponsor the stage.",
        "DICE FM Ltd (trading as DICE) does not allow resale above face value.",
    ],
    "ticket-tiers": [
        "Tickets: Early Bird (£{n}), Tier 1 (£{n2}), VIP (£{n3}), all plus booking fee.",
        "Standing (GA) sold out first, followed by Seated (Block {ACR}).",
        "Platinum tickets were priced dynamically (Ticketmaster, 'In-Demand' pricing).",
    ],
    "presale-code": [
        "Fans who signed up received the code {ACR}{YR2} for the Wednesday presale.",
        "The O2 Priority presale opened at 9am on Tuesday {d} March.",
        "Amex presale (US) started Thursday at 10am ET.",
    ],
    "set-times": [
        "Doors 7pm, support 7.45pm, headliner 9pm (curfew 11pm).",
        "Set times: {ART} 21:15–22:45 on the Pyramid Stage.",
        "The show runs around two hours (no interval).",
    ],
    "venue-capacity": [
        "The O2 (capacity 20,000) was the natural home for the London date.",
        "Brixton Academy (4,921) reopened in {YR} after a licence review.",
        "The Ryman Auditorium (2,362 seats) in Nashville hosts the showcase.",
    ],
    "catalogue-number": [
        "The deluxe edition (catalogue no. {ACR}{n}LP) includes two bonus tracks.",
        "The reissue (2LP, 180g) is pressed in Czechia.",
        "ISRC codes (e.g. GB-{ACR}-{WK}-{n}) identify each recording.",
    ],
    "radio-playlist": [
        "The single went on the BBC Radio 1 A-list in week {WK}.",
        "Capital's playlist (Global Media & Entertainment Limited) added the track in {YR}.",
        "Radio 2's Record of the Week slot is a key target for heritage acts.",
    ],
    "campaign-calendar": [
        "Week 1 (announce), Week 2 (presale), Week 3 (general sale).",
        "Phase 2 (summer festival season) runs from June to August {YR2}.",
        "Q{q} {YR}: album announce, lead single and first TikTok push.",
    ],
    "social-handle": [
        "Follow @{HANDLE} on TikTok and Instagram for the line-up drop.",
        "The hashtag #{HASH}{YR} trended for six hours on X.",
        "The YouTube premiere (Friday, 8pm BST) drew {n},000 concurrent viewers.",
    ],
    "streaming-figures": [
        "The track passed {n} million streams on Spotify in {q} weeks.",
        "Monthly listeners (Spotify for Artists, {MON} {YR}) stood at {n}.{pp} million.",
        "Save rate (saves/streams) was {pc}%, above the label's benchmark.",
    ],
    "spotify-wrapped": [
        "Spotify Wrapped {YR} gave the campaign a second wind in December.",
        "The artist topped Apple Music's Replay {YR} in the UK.",
        "Wrapped season (early December) is now planned like a release date.",
    ],
    "brand-slogans": [
        "The sponsor's tagline, 'Turn It Up', ran across all stage screens.",
        "The campaign line was 'Made for the Front Row'.",
        "Fender's 'Play' app was bundled with the starter pack.",
    ],
    "song-title-quotes": [
        "Fans sang '{SONG}' back to the band before the chorus.",
        "The encore, '{SONG}', is the set's most-shared clip.",
        '"{SONG}" was the surprise sync in the trailer.',
    ],
    "abbreviations": [
        "KPIs (streams, saves, presale sign-ups) are reported weekly.",
        "The DSPs (Spotify, Apple Music, Amazon Music) each got a separate pitch.",
        "A&R (artists and repertoire) signed off the tracklist.",
        "The PRO (performing rights organisation) in the US is ASCAP or BMI.",
    ],
    "time-zone-dates": [
        "On-sale: Friday {d} October, 10am (GMT) / 5am (ET).",
        "The livestream goes live at 8pm BST (3pm EDT, 12pm PDT).",
        "Announce day is Monday; tickets follow Friday at 9am local time.",
    ],
    "university-course": [
        "Module MK7{n} (Integrated Marketing) is assessed by this report.",
        "CIM Level 7 (Postgraduate Diploma) candidates submit in June.",
        "The assignment brief (Unit {q}, Task 2) asks for a costed plan.",
    ],
    "word-count": [
        "(Word count: {n3}0)",
        "Word count excluding tables and appendices: 2,{n} words.",
        "(Approx. {n}0 words, excluding the reference list.)",
    ],
    "appendix-refs": [
        "See Appendix {APX} for the full survey results.",
        "The media plan (Appendix {APX}, Table {q}) shows weekly spend.",
        "Figure {q} (below) sets out the fan journey.",
    ],
    "sponsor-deals": [
        "Vodafone replaced EE as the festival's headline partner in {YR}.",
        "The brewery's five-year deal (announced in {YR}) covers pouring rights at three sites.",
        "Barclaycard's sponsorship of the British Summer Time series ended in {YR}.",
    ],
    "quoted-review-stars": [
        "Reviews were strong ('★★★★★', The Times).",
        'The Telegraph called it "the gig of the summer".',
        'One fan\'s post, "best night of my life", was used in the retargeting ads.',
    ],
}

BRANDS = [
    "Universal Music UK", "Sony Music UK", "Warner Music UK", "Beggars Group", "Spotify", "Live Nation UK",
    "AEG Presents", "Festival Republic", "Ticketmaster UK", "See Tickets", "DICE", "SJM Concerts", "the O2",
    "Bauer Media Audio", "Global", "BBC Radio 1", "PRS for Music", "PPL", "Music Venue Trust", "Fender",
    "Marshall", "Rough Trade", "Academy Music Group", "Kilimanjaro Live", "Live Nation Entertainment",
    "Goldenvoice", "the Ryman", "Bonnaroo", "Austin City Limits", "SXSW", "Atlantic Records", "Domino",
]  # fmt: skip

_ARTISTS = ["Raye", "Little Simz", "Sam Fender", "Arlo Parks", "Wet Leg", "Fontaines D.C.", "Dua Lipa", "Central Cee",
            "Zach Bryan", "Chappell Roan", "Olivia Rodrigo", "Noah Kahan", "Lainey Wilson", "Burna Boy", "Kneecap",
            "The Last Dinner Party", "Ezra Collective", "Berwyn", "Jessie Ware", "Chris Stapleton"]  # fmt: skip
_ALBUMS = ["My 21st Century Blues", "No Thank You", "Seventeen Going Under", "Collapsed in Sunbeams", "Prelude to Ecstasy",
           "Where I'm Meant to Be", "The Rise and Fall of a Midwest Princess", "Stick Season", "Bell Bottom Country",
           "Radical Optimism", "GUTS", "Romance", "Fine Line", "Higher", "Fine Art", "Twin Fantasy"]  # fmt: skip
_FESTIVALS = ["Glastonbury", "Coachella", "Reading & Leeds", "Latitude", "TRNSMT", "Parklife", "Boardmasters",
              "Download", "Isle of Wight Festival", "Bonnaroo", "Lollapalooza", "Austin City Limits", "Green Man",
              "End of the Road", "Wireless", "All Points East", "CMA Fest", "Governors Ball", "Creamfields", "Field Day"]  # fmt: skip
_CITIES = ["London", "Manchester", "Glasgow", "Bristol", "Liverpool", "Brighton", "New York", "Nashville",
           "Los Angeles", "Austin", "Atlanta", "Leeds", "Cardiff", "Belfast"]  # fmt: skip
_SONGS = ["Escapism", "Chaise Longue", "Seventeen Going Under", "Mr. Brightside", "Good Luck, Babe!", "Heat Waves",
          "Someone You Loved", "Pink Pony Club", "Houdini", "Nothing Matters", "Sprinter", "Angel Numbers"]  # fmt: skip
_TOURS = ["Eras", "Renaissance World", "Future Nostalgia", "Hometown", "Sweet Relief", "Midnight Sun", "Rebirth",
          "Last Orders", "Good Luck Babe", "Grand Ole", "Northern Lights", "Homecoming"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2015, 2025)
    artist = rng.choice(_ARTISTS)
    return {
        "ART": artist, "ALB": rng.choice(_ALBUMS), "FEST": rng.choice(_FESTIVALS), "CITY": rng.choice(_CITIES),
        "SONG": rng.choice(_SONGS), "TOURN": rng.choice(_TOURS), "YR": str(year), "YR2": str(year + rng.randint(1, 2)),
        "CH": str(rng.randint(1, 40)), "CH2": str(rng.randint(1, 10)), "WK": str(rng.randint(1, 52)),
        "n2": str(rng.randint(40, 400)), "n3": str(rng.randint(150, 900)), "pp": f"{rng.randint(0, 99):02d}",
        "pc": str(rng.randint(3, 68)), "BR": rng.choice(["Ticketmaster UK Ltd", "See Tickets Ltd", "Live Nation (Music) UK Ltd", "Festival Republic Ltd"]),
        "HANDLE": rng.choice(["rayeofficial", "glastofest", "wetlegband", "readingfest", "fontainesdc", "o2academy"]),
        "HASH": rng.choice(["Glasto", "TRNSMT", "Parklife", "Coachella", "RSD", "IVW"]),
        "MON": rng.choice(["March", "June", "September", "December"]), "APX": rng.choice(["A", "B", "C", "D"]),
        "PT": rng.choice(["1b", "2a", "2b"]), "ACR": rng.choice(["FAN", "TIX", "GLASTO", "VIP", "LN", "RSD", "PRE"]),
    }  # fmt: skip
