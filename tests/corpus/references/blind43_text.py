"""Prose for the forty-third held-out pool, "blind43": arts, culture, publishing and media marketers' reports.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a forty-third hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how audience-development,
marketing and press staff at theatres, museums, galleries, orchestras, festivals, book publishers, record labels,
film distributors, broadcasters and streamers in the UK, Ireland and the US write on CIM Level 4 to 7 and
arts-management courses: titles of plays, novels, albums, films and series with their years, premieres, revivals,
reissues and box-office weekends, seasons and exhibitions with their dates, shortlists and prizes, funding rounds,
ticketing and membership figures, Audience Spectrum segments, press quotes with stars, credits, catalogue numbers,
life dates of artists, broadcast slots and chart weeks, none of which cites anything.

``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{O}`` an
opener, ``{B}`` a brand; the lower-case names are filled by ``values``.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}, which is exactly the problem {B} faced with its autumn season.",
    "{N} found that {C}, although the sample was drawn mostly from London venues.",
    "{N} makes the case that {C}.",
    "{N} suggests that {C}; our own box-office data for {show} point the same way.",
    "{N} showed that {C}, a finding our development team quoted in the {fund} application.",
    "{N} notes that {C}, particularly among {aud}.",
    "{N} observed that {C}, and that the effect was strongest for {aud}.",
    "{N} is blunt about it: {C}.",
    "{N} reported that {C} across {n} venues.",
    "{N} warns that {C} unless the offer is renewed every season.",
    "{N} describes audience development as a long game and argues that {C}.",
    "{N} concluded that {C}, which goes some way to explaining the {seg} result.",
]  # fmt: skip

NARRATIVE_MID = [
    "For a mid-scale producing house, the work of {N} is useful because {C}.",
    "This is consistent with {N}, who found that {C}.",
    "As {N} points out, {C}.",
    "Our membership review drew on {N}, which argues that {C}.",
    "Audience development teams have long assumed that {C}, and {N} gives that assumption some evidence.",
    "Publicists at {B} would recognise the pattern described by {N}: {C}.",
    "The campaign brief leaned on {N} when arguing that {C}.",
    "A similar point is made by {N}, namely that {C}.",
    "Against this, {N} found little sign that {C}.",
    "Unlike the trade press, {N} treats the question carefully and concludes that {C}.",
    "In the case of {B}, the findings of {N} suggest that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of {setting} shows that {C}.",
    "{N} segmentation work suggests that {C}, which matters for {B}.",
    "According to {N} analysis, {C}.",
    "{N} framework is helpful here because {C}.",
    "We tested {N} argument against our own {seg} data and found that {C}.",
    "{N} interviews with box-office managers suggest that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "Research on {setting} suggests that {C} {P}.",
    "There is good evidence that {C} {P}.",
    "{O} {C} {P}.",
    "Sector studies have found that {C} {P}.",
    "For {B}, the lesson is that {C} {P}.",
    "It is widely accepted in arts marketing that {C} {P}.",
    "Membership schemes work best when they recognise that {C} {P}.",
    "The wider literature agrees that {C} {P}.",
    "This matters for {show} because {C} {P}.",
    "Funders increasingly expect applicants to show that {C} {P}.",
    "One reason for the dip in {seg} bookings may be that {C} {P}.",
    "{O} the evidence is that {C} {P:see}.",
    "Digital teams are often told that {C} {P:e.g.}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "Studies of {setting} {P} show that {C}.",
    "The evidence {P} suggests that {C}, though most of it comes from large venues.",
    "Earlier work on subscription {P} assumed that {C}, and later studies questioned this.",
    "Sector data {P} indicate that {C}, which should shape {B}'s next campaign.",
    "Audience research {P} has repeatedly found that {C}.",
    "Recent analysis {P} argues that {C}, especially for {aud}.",
    "{O} the published figures {P} suggest that {C}.",
    "Some commentators {P} go further and claim that {C}.",
    "These findings {P} help explain why {C}.",
]  # fmt: skip

CLAIMS = [
    "first-time attenders rarely return unless they are contacted within six weeks of their visit",
    "price is a smaller barrier to attendance than a lack of people to go with",
    "membership schemes retain donors better than one-off appeals do",
    "late booking has become the norm since the pandemic, which makes forecasting harder",
    "word of mouth still outperforms paid social for new writing",
    "audiences who attend a relaxed performance are more likely to book again",
    "dynamic pricing raises yield but can damage trust among loyal bookers",
    "younger readers discover backlist titles through short-form video rather than reviews",
    "streaming has shifted recorded-music revenue towards catalogue rather than new releases",
    "free entry widens the range of people who visit but not always how often they come",
    "festival audiences behave more like tourists than like regular arts attenders",
    "subscriptions reward the already committed more than they build new audiences",
    "critics' star ratings matter less for family shows than for drama",
    "email remains the channel that sells the most tickets for most venues",
    "co-productions spread risk but blur the brand each partner is trying to build",
    "audience data are only useful when box-office and fundraising teams share them",
    "national press coverage has less effect on regional ticket sales than local radio",
    "loyalty to a venue is often loyalty to a particular artform within it",
    "pay-what-you-can schemes attract mostly existing attenders",
    "book prizes lift sales of the winner far more than of the shortlist",
    "a strong trailer matters more to a film's opening weekend than reviews do",
    "classical audiences are older but their average spend per visit is the highest in the sector",
    "engagement with digital content during lockdown did not convert into ticket sales afterwards",
    "place-based partnerships reach people that single organisations cannot",
    "vinyl buyers are collectors first and listeners second",
]  # fmt: skip

OPENERS = [
    "In practice,", "For smaller companies,", "Put simply,", "From a box-office point of view,",
    "For a touring company,", "Seen from the press office,", "Across the subsidised sector,", "Historically,",
    "For a regional museum,", "In publishing,", "Even so,", "On the evidence available,",
]  # fmt: skip

PLAIN = [
    "The rest of this section applies these ideas to the spring season.",
    "Our box office runs on Spektrix, and the figures below come from it.",
    "The campaign ran across email, paid social, outdoor and local radio.",
    "Table 2 sets out the segments we targeted and the budget for each.",
    "This is where the plan needs to be most realistic about staff time.",
    "The press office and the marketing team sit in one department here.",
    "Most of our bookers live within forty minutes of the venue.",
    "I have left the fundraising figures out because they are confidential.",
    "These recommendations are costed in the appendix.",
    "The museum's learning team were consulted on all of the family activity.",
    "None of this will work without a single customer view.",
    "It is worth stating the limits of the data before going further.",
]  # fmt: skip

QUOTE_FRAMES = [
    "One study of subscribers put it this way: {Q} {P}.",
    "{N} puts it plainly: {Q}.",
    "As {N} writes, {Q}.",
    "The point is often summed up as {Q} {P}.",
    "Our artistic director likes to quote the line {Q} {P}.",
    "{N} argues that {Q}, and this shaped the brief.",
    "A widely shared view is that {Q} {P}.",
]  # fmt: skip

SCARE_QUOTES = ["‘culturally curious’", "‘non-attenders’", "“hard to reach”", "‘the usual suspects’", "'bums on seats'",
                "“legacy audiences”", "‘event cinema’", "“BookTok effect”", "‘superfans’", "'Instagrammable'",
                "‘quality of experience’", "“the long tail”"]  # fmt: skip

SCARE_FRAMES = [
    "The phrase {Q} is used loosely in the sector {P}.",
    "Talk of {Q} can hide who is actually missing from the auditorium {P}.",
    "{N} is critical of the phrase {Q}.",
    "What counts as {Q} varies from venue to venue {P}.",
    "Reaching for labels like {Q} says more about venues than audiences, a point made by {N}.",
]  # fmt: skip

SUBJECT_LINES = ["‘Last few seats for Saturday’", "“Your members’ priority booking opens today”", "'See it before it closes'",
                 "‘Two for one on Tuesday previews’", "“You’re invited: Late at the Museum”", "‘The new season is here’",
                 "“Pre-order the signed edition now”", "'Out now on limited-edition vinyl'", "‘Book now, pay later’",
                 "“Because you saw {show}”"]  # fmt: skip

SUBJECT_FRAMES = [
    "The subject line {Q} had the best open rate of the campaign, which fits the findings of {N}.",
    "We tested {Q} against a plainer version {P}.",
    "A reminder email headed {Q} went to lapsed bookers {P}.",
    "The banner copy {Q} was borrowed from an approach described by {N}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "premiere-and-revival": [
        "{play} premiered in {play_year} and was revived at the {venue} in {revival}.",
        "The {revival} revival of {play} sold better than its original run in {play_year}.",
        "We programmed {play} (first staged in {play_year}) as the anchor of the spring season.",
    ],
    "film-with-year": [
        "Comparable titles such as {film} built their audience through festival screenings.",
        "The distributor positioned the release alongside {film} and {film2}.",
    ],
    "novel-author-year": [
        "Book-club packs were produced for {novel}, which sold steadily in paperback.",
        "The window display paired the new title with {novel}.",
    ],
    "album-reissue": [
        "The label's {yr} reissue of {album} included a remastered second disc.",
        "Pre-orders for {album} were driven almost entirely by the mailing list.",
    ],
    "exhibition-dates": [
        "The exhibition {exh} runs from {d} March to 14 July {yr}.",
        "Visitors to {exh} ({d} October {yr} – 18 January {yr2}) were asked to complete an exit survey.",
    ],
    "season-label": [
        "The {yr}/{yy} season opens with a new commission and closes with a family show.",
        "Subscribers to the {yr}–{yy} season received a printed brochure in May.",
    ],
    "box-office-weekend": [
        "It took £{money} in its opening weekend ({wknd} March {yr}) from {n} screens.",
        "The film's second weekend (Friday to Sunday) fell by {pct}% against the first.",
    ],
    "award-shortlist": [
        "The novel was shortlisted for the {award} {yr} and the paperback was reprinted the week after.",
        "Winning the {award} ({yr}) gave the production a second life on tour.",
    ],
    "funding-round": [
        "We are a National Portfolio Organisation in Arts Council England's 2023–26 Investment Programme.",
        "The application to Creative Scotland's Multi-Year Funding (2025–28) was submitted in round two.",
        "Our Project Grant (Round {q}, {yr}) paid for the outreach tour.",
    ],
    "audience-segment": [
        "The largest segment in our catchment is {seg} ({pct}% of bookers), followed by Kaleidoscope Creativity.",
        "Audience Spectrum groups such as {seg} and Trips & Treats respond well to family offers.",
    ],
    "ticketing-figures": [
        "The run sold {n} tickets at an average yield of £{price} (capacity {pct}%).",
        "Previews ({wknd} April) were discounted to £{price} to build word of mouth.",
    ],
    "membership-figures": [
        "Membership stands at {n} (up {pct}% on {yr}), with renewals strongest among Friends.",
        "The Patrons scheme (Gold, Silver and Bronze tiers) accounts for a fifth of unrestricted income.",
    ],
    "press-quote-stars": [
        "The poster carries a single line from the reviews: ★★★★★ ‘Unmissable’ – The Guardian.",
        "We led with “A triumph” (The Times) and four stars from Time Out on the bus sides.",
        "Quotes such as 'Electrifying' (Evening Standard) went on every digital screen in the foyer.",
    ],
    "broadcast-slot": [
        "The documentary goes out on BBC Two at 9pm on Sunday {d} March {yr}, with a box set on iPlayer.",
        "Episode one (Channel 4, {d} September {yr}) drew the channel's best drama audience of the year.",
    ],
    "series-with-years": [
        "{series} ran for three series ({yr}–{yr2}) before moving to a streaming service.",
        "The second season of {series} dropped all at once in {mon} {yr}.",
    ],
    "chart-position": [
        "The single reached No. {q} in the Official Singles Chart (week ending {d} May {yr}).",
        "The album debuted at Number {q} on the Billboard 200 in {mon} {yr}.",
    ],
    "catalogue-number": [
        "The heavyweight vinyl edition (cat. no. WARPLP{n}) sold out in a day.",
        "Order the deluxe box set (RT{n}CD) direct from the label's store.",
    ],
    "isbn": [
        "The paperback (ISBN {isbn}) is priced at £{price}.",
        "The audiobook and the ebook (ISBN {isbn2}) were released on the same day.",
    ],
    "certificate-rating": [
        "The film was classified 12A by the BBFC in {mon} {yr}, which opened up school screenings.",
        "A PG-13 rating in the US, given by the MPA in {yr}, limited the family marketing.",
    ],
    "act-mentioned": [
        "Premises licences are granted under the Licensing Act 2003, which shapes when bars can open.",
        "Theatre censorship ended with the Theatres Act 1968.",
    ],
    "company-ticker": [
        "Bloomsbury Publishing Plc (LSE: BMY) reported record revenues again.",
        "Shares in Warner Music Group (NASDAQ: WMG) rose after the results.",
    ],
    "hashtag-handle": [
        "We asked visitors to post with #{tag} and tag @{handle} on Instagram.",
        "Most of the conversation ran under #BookTok and #{tag} rather than the campaign hashtag.",
    ],
    "web-address": [
        "Tickets are on sale now at {venue_web} and from the box office, open Monday to Saturday from 10am.",
        "The full programme is at {venue_web}/whats-on, updated every Monday.",
    ],
    "festival-edition": [
        "The Edinburgh Festival Fringe {yr} ran from 2 to 26 August with more than {n} shows.",
        "Our run at {fest} {yr} (venue {q}, 1.30pm) was the company's first.",
    ],
    "anniversary": [
        "The {n2}th anniversary programme looked back over every production since the first season.",
        "To mark fifty years (1975–2025), the gallery reopened its first exhibition.",
    ],
    "founded-year": [
        "The company was founded in 1946 (as the Arts Council of Great Britain's touring arm) and became independent later.",
        "Founded in {yr} by two graduates, the label now has {n} artists on its roster.",
    ],
    "product-version": [
        "The box office moved to Spektrix in {yr} and the CRM to Tessitura v16 the following year.",
        "Spotify Wrapped {yr} put the band in the top {pct}% of listeners for a third of its fans.",
    ],
    "price-point": [
        "Standard tickets are £{price} (£{price2} concessions, £5 for under-26s).",
        "The limited edition retails at $49.99 (£{price} in the UK).",
    ],
    "life-dates": [
        "The retrospective of {artist} drew twice the visitors forecast.",
        "Work by {artist} hangs beside the new commissions in Gallery {q}.",
    ],
    "artwork-title-year": [
        "The poster image is a detail from {artwork}.",
        "Loans such as {artwork} anchored the whole campaign.",
    ],
    "composer-work": [
        "The orchestra opened with Britten's Peter Grimes (1945) and closed with Mahler's Symphony No. {q}.",
        "Sales for Vaughan Williams's The Lark Ascending (1914, rev. 1920) were the strongest of the series.",
    ],
    "quarter-and-year": [
        "Online sales rose sharply in Q{q} {yr} and fell back in Q{q2}.",
        "Our FY{yy} plan (April {yr} to March {yr1}) shifts budget to digital.",
    ],
    "percent-change-bracket": [
        "Attendance recovered to {pct}% of pre-pandemic levels (up {pct2} points on {yr}).",
        "Streams grew by {pct}% year on year ({yr2} against {yr}).",
    ],
    "cast-credit": [
        "The cast includes Paul Mescal (Normal People, 2020) and a company of newcomers from the youth theatre.",
        "Starring Olivia Colman (The Crown, Seasons 3–4), the production sold out in presale.",
    ],
    "director-credit": [
        "The season includes {film} (dir. {director}) on 35mm.",
        "Our retrospective screened Barbie (dir. Greta Gerwig, 2023) beside Lady Bird (dir. Greta Gerwig, 2017).",
    ],
    "job-title": [
        "I interviewed our Head of Audiences (Opera North) and the Digital Producer for this section.",
        "Quotes in this section come from the Director of Marketing & Communications, Royal Court Theatre.",
    ],
    "venue-capacity": [
        "The Lyttelton (890 seats) and the Dorfman (400 seats) are programmed separately.",
        "The main house seats {n} (stalls, dress circle and upper circle), the studio 120.",
    ],
    "performance-time": [
        "The relaxed performance is on Wednesday {d} June at 2.30pm (BSL interpreted).",
        "Doors open at 7pm; the show starts at 7.30pm (running time 2 hrs 20 mins including interval).",
    ],
    "press-night": [
        "Press night is Thursday {d} February {yr}, after {q} previews.",
        "Reviews were embargoed until 10pm on press night ({d} {mon}).",
    ],
    "grant-reference": [
        "The project was funded through grant ref. {grant} and matched by a local trust.",
        "Our National Lottery Heritage Fund award (ref. NL-{n}-{yy}) covered the digitisation.",
    ],
    "course-unit": [
        "This report answers Task 2 (Unit 3, CIM Level 6 Diploma in Professional Marketing).",
        "The word count (3,000 words, excluding appendices) follows the module handbook.",
    ],
    "figure-table-pointer": [
        "Figure {q} (below) shows bookings by postcode district.",
        "The segment mix is shown in Table {q} (Appendix B).",
    ],
    "radio-programme": [
        "The author was interviewed on BBC Radio 4's Front Row ({d} {mon} {yr}), and sales jumped the next day.",
        "A session on 6 Music (Lauren Laverne, {d} {mon}) did more for the album than any paid placement.",
    ],
    "adaptation-source": [
        "The stage version (adapted from the {yr} novel) keeps the original's title.",
        "The series, based on the {yr} memoir, was commissioned before the book was published in paperback.",
    ],
    "conference-event": [
        "I presented an early version of this plan at the AMA Conference {yr} (Glasgow).",
        "Several of these ideas came from Digital Works at the Barbican ({d} {mon} {yr}).",
    ],
    "streaming-figures": [
        "Netflix's Top 10 showed {series} at number {q} in the UK for the week of {d} {mon} {yr}.",
        "The title logged {n} million hours viewed in its first 28 days (Netflix, English TV list).",
    ],
    "bookscan-sales": [
        "BookScan shows {n} copies sold through the tills in the week after the prize (TCM, UK).",
        "Hardback sales of {novel} passed {n} thousand in its first year.",
    ],
}

BRANDS = ["Sadler's Wells", "Tate Modern", "Southbank Centre", "Royal Opera House", "Shakespeare's Globe",
          "Bloomsbury", "Faber", "Penguin Random House", "Rough Trade", "Curzon", "Picturehouse", "BBC iPlayer",
          "Channel 4", "the Abbey Theatre", "Glastonbury", "Hay Festival", "the Barbican", "the Young Vic",
          "the Royal Court", "the Hallé", "the V&A", "Manchester International Festival", "HOME", "Warp Records",
          "MUBI", "Sky Arts", "Steppenwolf", "the Lyric Hammersmith", "Birmingham Rep", "Opera North",
          "the National Gallery", "Galway International Arts Festival", "Domino", "Canongate"]  # fmt: skip

_PLAYS = [("Jerusalem", 2009), ("Posh", 2010), ("The Ferryman", 2017), ("Girls & Boys", 2018), ("Dancing at Lughnasa", 1990),
          ("Top Girls", 1982), ("The Pillowman", 2003), ("Leopoldstadt", 2020), ("Blues for an Alabama Sky", 1995),
          ("Death of a Salesman", 1949), ("Prima Facie", 2019), ("Translations", 1980), ("A Streetcar Named Desire", 1947),
          ("The Lehman Trilogy", 2013), ("Cost of Living", 2016)]  # fmt: skip
_FILMS = ["Aftersun (2022)", "Belfast (2021)", "The Banshees of Inisherin (2022)", "Rocks (2019)", "Moonlight (2016)",
          "Saltburn (2023)", "The Quiet Girl (2022)", "Past Lives (2023)", "Kneecap (2024)", "Blue Jean (2022)",
          "Get Out (2017)", "Paddington 2 (2017)"]  # fmt: skip
_NOVELS = ["Anna Burns's Milkman (2018)", "Sally Rooney's Normal People (2018)", "Bernardine Evaristo's Girl, Woman, Other (2019)",
           "Douglas Stuart's Shuggie Bain (2020)", "Claire Keegan's Small Things Like These (2021)", "Paul Lynch's Prophet Song (2023)",
           "Toni Morrison's Beloved (1987)", "Zadie Smith's White Teeth (2000)", "Colson Whitehead's The Underground Railroad (2016)"]  # fmt: skip
_ALBUMS = ["Blue Lines (1991)", "OK Computer (1997)", "Boy in da Corner (2003)", "Rumours (1977)",
           "Whatever People Say I Am, That's What I'm Not (2006)", "Bad (1987)", "Debut (1993)", "Screamadelica (1991)"]  # fmt: skip
_EXHIBITIONS = ["‘Life Between Islands: Caribbean-British Art 1950s–Now’", "Hockney’s Eye", "‘Tutankhamun: Treasures of the Golden Pharaoh’",
                "“Africa Fashion”", "Beyond the Bassline: 500 Years of Black British Music", "‘Gold: The Midas Touch’",
                "Sargent and Fashion", "‘Women in Revolt!’"]  # fmt: skip
_VENUES = ["Almeida", "Donmar Warehouse", "Gate Theatre, Dublin", "Lyceum, Edinburgh", "Crucible, Sheffield",
           "Old Vic", "Bristol Old Vic", "Lyric Theatre, Belfast", "Public Theater, New York", "Chichester Festival Theatre"]  # fmt: skip
_SEGMENTS = ["Metroculturals", "Commuterland Culturebuffs", "Experience Seekers", "Dormitory Dependables",
             "Trips & Treats", "Home & Heritage", "Up Our Street", "Facebook Families", "Kaleidoscope Creativity",
             "Heydays"]  # fmt: skip
_AWARDS = ["Booker Prize", "Women's Prize for Fiction", "Olivier Award for Best Revival", "Mercury Prize",
           "Costa Book of the Year", "Pulitzer Prize for Drama", "Tony Award for Best Play", "BAFTA for Outstanding British Film",
           "Dylan Thomas Prize", "An Post Irish Book Award"]  # fmt: skip
_SERIES = ["Derry Girls", "Normal People", "Fleabag", "Slow Horses", "Baby Reindeer", "The Crown", "Bad Sisters",
           "Succession", "Happy Valley", "Top Boy"]  # fmt: skip
_ARTISTS = ["J. M. W. Turner (1775–1851)", "Barbara Hepworth (1903–1975)", "Jack B. Yeats (1871–1957)",
            "Frank Bowling (b. 1934)", "Lubaina Himid (b. 1954)", "Artemisia Gentileschi (1593–c.1656)",
            "Gwen John (1876–1939)", "Jean-Michel Basquiat (1960–1988)", "Sonia Boyce (b. 1962)"]  # fmt: skip
_ARTWORKS = ["Hockney's A Bigger Splash (1967)", "Turner's The Fighting Temeraire (1839)", "Sargent's Madame X (1884)",
             "Hepworth's Single Form (1961–4)", "Bacon's Three Studies for Figures at the Base of a Crucifixion (c.1944)",
             "Hirst's The Physical Impossibility of Death in the Mind of Someone Living (1991)", "Gentileschi's Self-Portrait as Saint Catherine of Alexandria (c.1615–17)"]  # fmt: skip
_DIRECTORS = ["Charlotte Wells, 2022", "Steve McQueen", "Andrea Arnold, 2016", "Martin McDonagh", "Ken Loach, 2016",
              "Celine Song, 2023", "Jordan Peele"]  # fmt: skip
_FESTIVALS = ["Galway International Arts Festival", "Brighton Festival", "Edinburgh International Festival",
              "Dublin Theatre Festival", "Latitude", "Manchester International Festival", "Cheltenham Literature Festival"]  # fmt: skip
_AUDIENCES = ["under-30s", "lapsed bookers", "families with young children", "first-time attenders", "Friends and members",
              "schools", "disabled audiences", "audiences outside London", "students", "regular classical attenders"]  # fmt: skip
_SETTINGS = ["regional theatres", "UK orchestras", "independent cinemas", "Irish festivals", "national museums",
             "independent publishers", "small music venues", "Broadway houses", "touring companies"]  # fmt: skip
_FUNDS = ["National Portfolio", "Project Grants", "Culture Recovery Fund", "Creative Scotland Multi-Year Funding",
          "Arts Council of Ireland Strategic Funding", "National Lottery Heritage Fund"]  # fmt: skip
_MONTHS = ["January", "March", "April", "May", "June", "September", "October", "November", "December"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source."""
    year = rng.randint(2014, 2025)
    play, premiere = rng.choice(_PLAYS)
    start = rng.randint(4, 26)
    price = rng.randint(15, 95)
    return {
        "play": play, "play_year": str(premiere), "revival": str(rng.randint(max(premiere + 5, 1995), 2025)),
        "yr": str(year), "yr1": str(year + 1), "yr2": str(year + rng.randint(1, 3)), "wknd": f"{start}–{start + 2}",
        "isbn": f"978-0-571-{rng.randint(30000, 39999)}-{rng.randint(0, 9)}",
        "isbn2": f"978-1-5266-{rng.randint(1000, 9999)}-{rng.randint(0, 9)}", "film": rng.choice(_FILMS), "film2": rng.choice(_FILMS),
        "novel": rng.choice(_NOVELS), "album": rng.choice(_ALBUMS), "exh": rng.choice(_EXHIBITIONS),
        "venue": rng.choice(_VENUES), "seg": rng.choice(_SEGMENTS), "award": rng.choice(_AWARDS),
        "series": rng.choice(_SERIES), "artist": rng.choice(_ARTISTS), "artwork": rng.choice(_ARTWORKS),
        "director": rng.choice(_DIRECTORS), "fest": rng.choice(_FESTIVALS), "aud": rng.choice(_AUDIENCES),
        "setting": rng.choice(_SETTINGS), "fund": rng.choice(_FUNDS), "mon": rng.choice(_MONTHS),
        "show": rng.choice(_PLAYS)[0], "yy": f"{(year + 1) % 100:02d}", "d2": str(rng.randint(2, 28)),
        "q2": str(rng.randint(1, 4)), "pct": str(rng.randint(4, 96)), "pct2": str(rng.randint(2, 19)),
        "money": f"{rng.randint(120, 4800)},{rng.randint(100, 999)}", "price": str(price),
        "price2": str(rng.randint(8, price - 3)), "n2": str(rng.choice([25, 40, 50, 60, 75, 100])),
        "tag": rng.choice(["NTatHome", "MuseumWeek", "FringeFriday", "ReadMore", "LateAtTheMuseum", "BookTokMadeMeReadIt"]),
        "handle": rng.choice(["nationaltheatre", "tate", "thebookseller", "roughtrade", "curzon", "southbankcentre"]),
        "venue_web": rng.choice(["nationaltheatre.org.uk", "barbican.org.uk", "abbeytheatre.ie", "halle.co.uk", "homemcr.org"]),
        "grant": f"{rng.choice(['PG', 'NPO', 'CRF'])}-{rng.randint(10000, 99999)}",
    }  # fmt: skip
