"""Prose for the twenty-fifth held-out pool, "blind25": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-fifth hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how sport, music, events and entertainment marketers in Australia, New Zealand, Canada and Ireland write their
CIM assignments: Commonwealth spelling ("organise", "programme", "centre", "favourite"), seasons written "2024/25",
"2024–25" and "the 2025 season", money in A$, NZ$, C$ and euro, te reo Māori and Irish words with their glosses,
leagues, rounds, tours, festivals, venues, ticketing, fan engagement, sponsorship, rights and betting. Citations
open, sit inside and close sentences, follow "as", "according to", "as reported by" and "drawing on", stand in table
and figure notes and source lines, carry "see", "e.g.", "cf." and "see also" inside the bracket, are possessive and
come in lists. The decoys are text with a capitalised name, a year, a bracket or quotation marks that is not a
citation: competitions, seasons, tours, albums, songs, series, awards, Acts, standards, venues, interviewees, job
titles, financial years, scores and fixtures, figures, hashtags and handles; their kinds are the keys of
NOT_CITATIONS below.

Placeholders: ``{N}`` narrative citation, ``{P}`` parenthetical citation (``{P:see}`` writes a word inside its
bracket), ``{Q}`` a quotation or quoted words, ``{C}``/``{C2}`` a claim, ``{O}`` an opener, ``{B}`` a brand,
``{A}`` an audience, ``{R}`` a result, ``{T}`` a tactic, ``{Y}``/``{Y2}`` years, ``{n}``/``{q}``/``{d}`` numbers, and the
keys of ``values()`` below. Decoy frames hold no citation slot. Claims are clauses in lower case with no full
stop; openers are phrases written before a comma.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}.",
    "{N} reports that {C}, a pattern {B} has seen at home games.",
    "{N} makes the case that {C}.",
    "{N} suggests {C}, although the evidence from {league} is thinner.",
    "{N} shows that {C}; for {B}, this matters most in the off-season.",
    "{N} observed that {C} during the {season} season.",
    "{N} notes that {C}, which supports the plan for {B}.",
    "{N} identifies three drivers of attendance: price, travel time and whether {C}.",
    "{N} cautions that {C}.",
    "{N} recognised early on that {C}.",
    "{N} goes further, claiming that {C}.",
    "{N} is clear that {C}, and {B} has taken that on board.",
    "{N} offers a useful frame here: {C}.",
    "Source: {N}.",
    "Source: adapted from {N}.",
]  # fmt: skip

NARRATIVE_MID = [
    "As {N} argues, {C}.",
    "According to {N}, {C}.",
    "As reported by {N}, {C}.",
    "{O}, {N} found that {C}.",
    "This links to the work of {N}, who found that {C}.",
    "Drawing on {N}, it is clear that {C}.",
    "For {B}, the findings of {N} suggest that {C}.",
    "The report agrees with {N} that {C}.",
    "It is worth noting, as {N} does, that {C}.",
    "In the {league} context, {N} showed that {C}.",
    "A survey by {N} found that {C}.",
    "Research from {N} suggests that {C}, particularly among {A}.",
    "The club's membership team relies on {N}, whose figures show that {C}.",
    "{O}, and in line with {N}, {C}.",
    "Table {q} summarises the ticketing options open to {B} (source: {N}).",
    "Figure {q}: share of {A} who streamed a live match, after {N}.",
    "Both {B} and its sponsors draw on {N} when they argue that {C}.",
    "Unlike earlier studies, {N} found that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of festival-goers shows that {C}.",
    "{N} model of fan identification helps explain why {C}.",
    "{O}, {N} framework suggests that {C}.",
    "Applying {N} sponsorship-fit model, {C}.",
    "{N} figures show that {C}.",
    "This supports {N} view that {C}.",
    "{N} report on the {season} season found that {C}.",
    "In {N} words, the key point is that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{C} {P}.",
    "{O}, {C} {P}.",
    "{C}, especially for {A} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
    "{C} {P:see also}.",
    "{C} {P:cf.}.",
    "Research suggests that {C} {P}.",
    "At {venue}, {C} {P}.",
    "Across {league}, {C} {P}.",
    "This is why {C} {P}.",
    "{B} could do more here, since {C} {P}.",
    "Sponsors now expect a return on investment, and {C} {P}.",
    "It has also been found that {C} {P}.",
    "Table {q} note: ticket prices exclude booking fees {P}.",
    "Figure {q} shows the season-by-season trend {P}.",
    "Data: membership numbers by state and territory {P}.",
    "The main risks for {B} are ticket touting, rain and clashes with other events {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, so {B} should act before the next season.",
    "Evidence {P} suggests that {C}.",
    "{O}, recent research {P} shows that {C}.",
    "The literature {P:see} agrees that {C}.",
    "{C} {P}, but {C2}.",
    "Studies of {league} {P:e.g.} find that {C}.",
    "Streaming has changed how {A} follow a season {P}, and {C}.",
    "Recent figures {P} suggest {C}, which is good news for {B}.",
    "The festival market {P} is crowded, so {C}.",
    "One view {P} is that {C}.",
    "Ticketing data {P:see} show that {C}.",
]  # fmt: skip

CLAIMS = [
    "fans who feel part of a community renew their memberships at higher rates",
    "dynamic pricing can damage trust when fans feel they were charged more than their neighbours",
    "women's sport attracts sponsors who want to be seen as progressive",
    "festival-goers decide whether to return within a week of the event ending",
    "live music attendance recovered faster in the regions than in the big cities",
    "short-form video drives more ticket sales than traditional radio advertising",
    "sponsorship works best when the fit between brand and team is obvious to fans",
    "streaming rights are now worth more to leagues than gate receipts",
    "betting advertising during live broadcasts is increasingly unpopular with parents",
    "athletes with a strong personal brand can bring new audiences to a sport",
    "loyalty to a club is passed down through families and local communities",
    "secondary ticketing frustrates fans and harms the artist's reputation",
    "the match-day experience matters as much as the result to casual fans",
    "esports audiences are younger and more likely to watch on mobile devices",
    "theatre subscriptions are falling as audiences book later and closer to the date",
    "Indigenous rounds have helped {B} reach new audiences",
    "Gaelic games depend on volunteers and local pride rather than marketing budgets",
    "fans in small markets are willing to travel for marquee fixtures",
    "merchandise is an important secondary revenue stream for clubs and artists alike",
    "free-to-air coverage builds the next generation of fans more than pay television",
    "{A} respond better to behind-the-scenes content than to polished advertising",
    "{T} increased {R} for {B} during the last season",
    "presale offers reward loyal fans and reduce the risk of unsold seats",
    "sport participation among girls drops sharply in the teenage years",
    "concert promoters face rising costs for insurance, staging and security",
    "te reo Māori in club branding is welcomed by most supporters",
    "an artist's social media following does not always convert into ticket sales",
]  # fmt: skip

OPENERS = [
    "In the case of {B}",
    "For a club of this size",
    "Over the {season} season",
    "Since the pandemic",
    "From a sponsorship perspective",
    "Looking at the ticketing data",
    "In Aotearoa New Zealand",
    "Across Canada and Ireland",
    "Before the next tour",
    "At grassroots level",
    "For festival organisers",
    "Put simply",
]  # fmt: skip

PLAIN = [
    "{B} has a loyal base of season-ticket holders but struggles to attract {A}.",
    "The recommendations below are costed and prioritised.",
    "This section analyses the external environment using PESTLE.",
    "Ticket sales were strongest for the opening round and weakest mid-season.",
    "The club's social channels are run by two part-time staff and a volunteer.",
    "Recommendations are set out in the final section, with a timeline and budget.",
    "Several options were considered, but only two were realistic within the budget.",
    "The venue holds just under {n} people for concerts.",
    "Membership has been flat for three seasons.",
    "The marketing team reports to the chief commercial officer.",
    "A SWOT analysis is included in Appendix {q}.",
    "These findings are discussed further below.",
]  # fmt: skip

QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{Q} {P}.",
    "As one study put it, {Q} {P}.",
    "{N} describes this as {Q}.",
    "{N} puts it bluntly: {Q}.",
    "Put another way, {Q} {P}.",
    "The point is well made that {Q} {P}.",
    "{N} warns that {Q}, which {B} should heed.",
    "In short, {Q} {P}.",
    "The authors conclude that {Q} {P}.",
]  # fmt: skip

SCARE_QUOTES = ["‘fan-first’", "‘authentic’", "‘once-in-a-lifetime’", "‘sold out’", "‘premium experience’", "‘grassroots’", "‘platinum’ tickets",
                "‘exclusive’ access", "‘family-friendly’", "‘the home of footy’", "‘world-class’", "‘community club’", "‘VIP’",
                "‘best seats in the house’", "‘legendary’"]  # fmt: skip
SCARE_FRAMES = [
    "Clubs like to call their approach {Q} {P}.",
    "{B} markets its hospitality as {Q} {P}.",
    "Promoters increasingly sell {Q} packages {P}.",
    "What counts as {Q} is contested {P}.",
    "{N} questions whether so-called {Q} offers deliver value.",
    "The label {Q} is used loosely by ticket sellers {P}.",
]  # fmt: skip

SUBJECT_LINES = ["‘Your presale code is inside’", "‘Final release tickets on sale now’", "‘Renew by Friday and keep your seat’",
                 "‘Kia ora! Your membership pack is on its way’", "‘Don’t miss the grand final’", "‘{festival} {Y}: the line-up’",
                 "‘Last chance for early-bird prices’", "‘{team} v {team2}: gates open at 5.30pm’", "‘Cheap tickets {city}’",
                 "‘Fáilte! Your All-Ireland tickets’", "‘We saved your seat’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the highest open rate of the campaign {P}.",
    "The subject line {Q} outperformed the control {P}.",
    "Searches for {Q} spike in the week before on-sale {P}.",
    "{B} used the push notification {Q} to nudge lapsed members {P}.",
    "{N} found that messages such as {Q} lift click-through.",
]  # fmt: skip

# Text that must not be read as a citation nor raise a problem: one kind per key, two to four frames each.
NOT_CITATIONS: dict[str, list[str]] = {
    "season-label": ["Membership grew by {n} during the {season} season.", "The {season} campaign was the club's best since promotion.",
                     "Crowds were down in {league} {Y} but recovered the following year."],
    "tournament-year": ["Demand for hotel rooms in the host cities peaked before the Rugby World Cup {Y}.",
                        "The FIFA Women's World Cup 2023 showed that women's football can fill stadiums in Australia and New Zealand.",
                        "Sponsors queued up for the ICC Men's T20 World Cup (2022)."],
    "festival-edition": ["{festival} {Y} sold out in under an hour.", "Complaints about queues followed {festival} ({Y}).",
                         "The {festival} {Y} line-up was announced on TikTok first."],
    "tour-name": ["The Eras Tour (2023–24) set records for stadium attendance in Sydney and Melbourne.",
                  "Pink's Summer Carnival tour (2024) played {n} shows in Australia.", "Coldplay's Music of the Spheres World Tour ({Y}) used kinetic dance floors."],
    "album-release": ["The album Hackney Diamonds (2023) was promoted with a pop-up in Dublin.", "Fans streamed {artist}'s debut album ({Y}) over {n} million times.",
                      "Lorde's Melodrama (2017) is still her most streamed record in New Zealand."],
    "song-year": ["‘Dreams’ (1977) went viral again after a skateboarder's video.", "The stadium plays ‘Zombie’ (1994) before every Munster home game.",
                  "{artist}'s single ‘{song}’ ({Y}) charted in three countries."],
    "tv-series": ["Drive to Survive (2019– ) brought Formula 1 a younger audience.", "Welcome to Wrexham (2022) shows how storytelling sells a club.",
                  "The documentary series Full Swing (2023) did the same for golf.", "Bluey (2018– ) merchandise is now sold at {venue}."],
    "award": ["The campaign won Best Use of Social at the Mumbrella Awards {Y}.", "{B} was shortlisted for the Sport Industry Awards ({Y}).",
              "Sponsorship of the Year, Irish Sponsorship Awards {Y}, went to a GAA partnership."],
    "legislation-name": ["Ambush marketing at the tournament was controlled under the Major Events Management Act 2007.",
                         "Operators must now comply with the Gambling Regulation Act 2024 in Ireland.",
                         "Canada's Online Streaming Act (2023) requires platforms to promote Canadian content."],
    "standard": ["The festival is certified to ISO 20121:2012 for sustainable events.", "The stadium's ticketing system meets PCI DSS (v4.0).",
                 "Accessible seating follows AS 1428.1-2021 in Australian venues."],
    "venue-detail": ["Optus Stadium (opened 2018) holds 60,000 people.", "Eden Park (capacity 50,000) hosted the final.",
                     "The 3Arena (formerly The Point, renamed 2008) is Dublin's largest indoor venue."],
    "interviewee": ["The ticketing manager at {venue} (interviewed {d} March {Y}) said presales were now essential.",
                    "Aroha, a season-ticket holder interviewed in {Y}, said the new kit made her proud.",
                    "Interview with a club volunteer, {d} May {Y}, conducted for this report."],
    "job-title": ["The Head of Fan Engagement (appointed {Y}) reports to the board.", "She was Chief Marketing Officer ({Y}–{Y2}) before joining the league.",
                  "The club's Commercial Director since {Y} has doubled sponsorship income."],
    "financial-period": ["Revenue rose {pct}% in FY{yy}.", "Attendance fell in H1 {Y} but recovered in the second half.",
                         "Results for the year ended 30 June {Y} were the club's best.", "Profit before tax (FY{yy}) was {cur}{n}m."],
    "figure-year": ["The promoter's turnover was strong ({Y} revenue: {cur}{n}m).", "Attendances rose again ({Y} average: {n},000).",
                    "Broadcast income is now the largest stream ({Y} figures)."],
    "match-result": ["The semi-final (Leinster 27–21 Munster, {Y}) drew a record television audience.",
                     "Ticket demand rose after the upset win (Ireland 24–19 New Zealand, {Y}).", "The final (Kerry 0-20 to 1-15 Dublin) went to extra time."],
    "fixture-date": ["The grand final on {d} September {Y} was the most-watched programme of the year.",
                     "Tickets for the opening match ({d} February {Y}) went on sale in November.", "Gates open at 5.30pm (kick-off 7.40pm AEST)."],
    "ticket-price": ["General admission was priced at {cur}{n} (plus booking fee).", "Family passes cost less than single tickets ({Y} prices).",
                     "Tier 1 tickets rose to {cur}{n} ({pct}% up on the previous tour)."],
    "hashtag": ["The hashtag #{tag}{Y} trended for two days.", "Fans posted under #{tag} and #Matariki{Y}.", "Posts tagged #EP{yy} reached {n}k accounts."],
    "handle": ["The club's account (@{handle}) has {n}k followers.", "Replies to @{handle} were mostly about ticket prices.",
               "Content from @{handle} (TikTok) outperformed paid posts."],
    "web-address": ["Tickets are sold only through the official site (www.{site}).", "The resale policy is set out on {site}/tickets.",
                    "Fans can register for the presale (see {site})."],
    "percentage-change": ["Membership rose sharply (up {pct}% on {Y}).", "Streaming audiences grew ({pct}% year on year).",
                          "Merchandise sales fell slightly ({pct}% down, {Y}–{Y2})."],
    "sample-size": ["Most respondents agreed (n = {n}).", "A short survey of members ({n} responses, {M} {Y}) supports this.",
                    "Focus groups were run with supporters ({q} groups, {Y})."],
    "table-figure-ref": ["The results are shown below (see Table {q}).", "Ticket yield by stand is mapped in Figure {q}.",
                         "Figure {q} (above) compares the three festivals."],
    "appendix-ref": ["The full survey is in the appendices (Appendix {q}).", "The media plan (Appendix {q}, Table {q}) is costed.",
                     "See Appendix {q} for the fan personas."],
    "section-ref": ["As explained earlier (Section {q}.{d}), the budget is fixed.", "The options are compared later (Part {q}, Task 2).",
                    "This is developed in section {q} below."],
    "host-city": ["Brisbane 2032 is already shaping sponsorship plans.", "Marketers are watching Paris 2024 and LA28 for lessons.",
                  "Galway 2020 (European Capital of Culture) was disrupted by the pandemic."],
    "campaign-name": ["Tourism Australia's ‘Come and Say G'day’ (2022) used an animated kangaroo.", "The ‘Be a Part of It’ campaign ({Y}) relaunched the league.",
                      "{B}'s ‘Home Ground’ campaign ({Y}) ran across radio and Instagram."],
    "product-year": ["The club's FIFA 23 partnership put its players in the game.", "EA Sports FC 25 features the A-Leagues for the first time.",
                     "Fans queued for the {Y} home jersey (launched {d} January).", "The AFL 26 video game was released before the season."],
    "esports-event": ["Viewership of the League of Legends World Championship {Y} beat many traditional sports finals.",
                      "ORDER qualified for the {Y} Oceania finals (LCO Split {q}).", "Worlds {Y} was streamed in {n} languages."],
    "draft-pick": ["The club used pick {n} in the {Y} national draft on a local player.", "Her signing (pick {q}, AFLW draft {Y}) made headlines."],
    "rights-cycle": ["The new rights deal runs for five years ({Y}–{Y2}).", "Broadcasters bid for the {Y}–{Y2} rights cycle.",
                     "Free-to-air coverage is protected under the anti-siphoning list ({Y} review)."],
    "chart-position": ["The single reached No. {q} on the ARIA Singles Chart ({Y}).", "The album debuted at number {q} in Ireland (IRMA, week {d}).",
                       "It spent {n} weeks on the Billboard Canadian Hot 100 in {Y}."],
    "founding-year": ["The club (est. {Y}) is one of the oldest in the province.", "Founded in {Y}, the festival began as a one-day event.",
                      "{B} has operated since {Y} (as a family business until {Y2})."],
    "decade": ["Crowds were at their peak in the 1990s.", "Most fans now in their forties first attended in the late 2000s.",
               "The 2010s saw the rise of T20 cricket (and the Big Bash)."],
    "age-band": ["The core audience is young (aged 18–24).", "Gen Z (born 1997–2012) are most likely to follow athletes rather than teams.",
                 "Children (under 12) go free at most {league} games."],
    "currency-note": ["All figures are in {cur} ({Y} dollars).", "Prices are shown in euro (€, incl. VAT at 23%).", "Budgets are in NZ$ (excl. GST)."],
    "stock-ticker": ["Live Nation (NYSE: LYV) owns Ticketmaster.", "Tabcorp (ASX: TAH) lost market share to online bookmakers.",
                     "Flutter (NYSE: FLUT) owns Sportsbet and Paddy Power."],
    "person-dates": ["Shane Warne (1969–2022) remains the face of the Boxing Day Test.", "The stand is named after Jim Stynes (1966–2012).",
                     "Sinéad O'Connor (1966–2023) was honoured at the festival."],
    "te-reo-gloss": ["The club's values include whanaungatanga (relationships) and manaakitanga (hospitality).",
                     "A kaupapa Māori (Māori-led) approach shaped the Matariki round.", "Whānau (family) tickets sold out first."],
    "irish-gloss": ["The county board ran a Lá na gClub (club day) for {n} families.", "The Cúl Camps (summer camps, {Y}) are fully booked.",
                    "Seachtain na Gaeilge (Irish Language Week) now includes a Croke Park fixture."],
    "french-term": ["In Québec, the Festival d'été de Québec ({Y}) sells a single pass for all shows.",
                    "The Canadiens' « Nos Glorieux » campaign ({Y}) ran in French only.", "Osheaga (Montréal, since 2006) is bilingual in its marketing."],
    "squad-number": ["Her jersey (No. {q}) outsold every other player's.", "The retired number (No. 23, {Y}) hangs above the concourse."],
    "course-detail": ["This report answers Task {q} of the CIM Level 6 assignment ({Y} syllabus).", "Word count: {n} (excluding tables and references).",
                      "Module 3 (Marketing & Digital Strategy, {Y}) sets the brief."],
    "ranking": ["The festival was ranked {q}th in the world (Pollstar, {Y} mid-year chart) by tickets sold.",
                "{B} is placed {q}th of {d} clubs on social reach ({Y} season)."],
    "broadcaster-slot": ["Matches air on Kayo and Fox Footy (7.30pm Fridays).", "RTÉ2 showed the final live (audience share {pct}%).",
                         "TSN carries the regular season; CBC (Saturday nights) keeps the playoffs."],
    "quoted-slogan": ["The league's slogan, ‘Footy for all’, was dropped in {Y}.", "{B}'s tagline ‘More than a game’ appears on every ticket.",
                      "The chant ‘Olé, Olé, Olé’ is heard at every home game."],
    "search-term": ["Google searches for ‘{festival} tickets’ peak in {M}.", "The term ‘cheap {league} tickets’ had {n} monthly searches in {Y}.",
                    "People also search for ‘{team} membership {Y}’."],
    "time-of-event": ["The game was moved to a twilight slot (4.35pm) in {Y}.", "Doors open at 6pm (18:00) and the curfew is 11pm."],
    "version-label": ["The app update (version {q}.{d}) added digital tickets.", "Ticketmaster's SafeTix (2019) rotates the barcode every few seconds.",
                      "Web3 ticketing (NFT tickets, {Y}) did not catch on."],
}  # fmt: skip

BRANDS = ["Electric Picnic", "Splendour in the Grass", "Laneway Festival", "Rhythm and Vines", "Osheaga", "Leinster Rugby", "Munster Rugby",
          "Collingwood", "the Silver Ferns", "the Blues", "the Toronto Raptors", "Ticketek", "Ticketmaster", "Sportsbet", "Paddy Power",
          "Kayo Sports", "Sky Sport NZ", "TSN", "RTÉ", "Croke Park", "the MCG", "Eden Park", "Scotiabank Arena", "the Gaiety Theatre",
          "the Big Bash League", "the AFLW", "Netball Australia", "ORDER Esports", "Frontier Touring", "Dublin GAA", "the Crusaders",
          "Cricket Ireland", "Triple J", "Hockey Canada", "the Brisbane Lions", "Spotify"]  # fmt: skip

_TEAMS = ["Leinster", "Munster", "Collingwood", "Carlton", "the Crusaders", "the Blues", "the Hurricanes", "the Brisbane Lions", "Kerry",
          "Dublin", "the Maple Leafs", "Toronto FC", "the Sydney Swans", "the Mystics", "Galway", "the Adelaide Strikers"]  # fmt: skip
_LEAGUES = ["the AFL", "the AFLW", "Super Rugby Pacific", "the NRL", "the URC", "the Big Bash", "the ANZ Premiership", "the NHL",
            "the Canadian Premier League", "the All-Ireland Championship", "the A-League Women", "Super Netball"]  # fmt: skip
_FESTIVALS = ["Electric Picnic", "Splendour in the Grass", "Rhythm and Vines", "Laneway", "Osheaga", "Longitude", "Bluesfest",
              "Womad NZ", "Body and Soul", "Field Day", "All Together Now", "Ottawa Bluesfest"]  # fmt: skip
_VENUES = ["Croke Park", "the Aviva Stadium", "Eden Park", "the MCG", "Optus Stadium", "Scotiabank Arena", "the 3Arena", "Spark Arena",
           "Marvel Stadium", "Sky Stadium", "the Gaiety Theatre", "Rogers Centre"]  # fmt: skip
_ARTISTS = ["Fontaines D.C.", "Lorde", "Tame Impala", "Six60", "CMAT", "Kojaque", "The Kid LAROI", "Tones and I", "Charlotte Cardin",
            "Hozier", "Marlon Williams", "Baker Boy"]  # fmt: skip
_SONGS = [
    "Starburster",
    "Green Light",
    "Don't Forget Your Roots",
    "Stay",
    "Dance Monkey",
    "Take Me to Church",
    "Meltdown",
    "Rain",
]
_CITIES = ["Auckland", "Wellington", "Dublin", "Cork", "Galway", "Melbourne", "Sydney", "Perth", "Brisbane", "Toronto", "Montréal",
           "Vancouver", "Christchurch", "Limerick"]  # fmt: skip
_HANDLES = ["afl", "leinsterrugby", "electricpicnic", "silverferns", "cricketireland", "splendourinthegrass", "ordergg", "mlse",
            "gaaofficial", "rnz_news", "ticketek_au"]  # fmt: skip
_TAGS = ["AFLW", "RWC", "SuperNetball", "EP", "BBL", "GAA", "Splendour", "RnV", "LCO", "AllIreland", "WeAreLeinster"]
_SITES = [
    "ticketek.com.au",
    "ticketmaster.ie",
    "electricpicnic.ie",
    "afl.com.au",
    "gaa.ie",
    "ticketmaster.co.nz",
    "tickets.mlse.com",
]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_CURRENCIES = ["A$", "NZ$", "C$", "€"]


def values(rng: random.Random) -> dict[str, str]:
    """Values this pool's frames name beside fill's own; every key is always given, drawn in a fixed order."""
    teams = rng.sample(_TEAMS, 2)
    start = rng.randint(2015, 2025)
    season = rng.choice([f"{start}/{str(start + 1)[2:]}", f"{start}–{str(start + 1)[2:]}", f"{start}"])
    return {
        "team": teams[0], "team2": teams[1], "league": rng.choice(_LEAGUES), "festival": rng.choice(_FESTIVALS),
        "venue": rng.choice(_VENUES), "artist": rng.choice(_ARTISTS), "song": rng.choice(_SONGS), "city": rng.choice(_CITIES),
        "season": season, "yy": f"{rng.randint(15, 26):02d}", "handle": rng.choice(_HANDLES), "tag": rng.choice(_TAGS),
        "site": rng.choice(_SITES), "M": rng.choice(_MONTHS), "cur": rng.choice(_CURRENCIES), "pct": str(rng.randint(3, 48)),
    }  # fmt: skip
