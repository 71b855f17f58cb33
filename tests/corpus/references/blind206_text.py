"""The blind206 pool's prose: marketers in sport, music, festivals and entertainment.

Written without reading the checker, its tests or any other pool, from how marketers at football and rugby clubs,
leagues, record labels, promoters, streaming services, venues and esports teams in the UK, Ireland, Spain, Germany
and the United States write CIM Level 6 and 7 reports and MBA assignments in English: seasons written 2022/23 and
2019-20, scores and results, tournaments and festivals with their years, albums, singles and tours with years, chart
positions, transfer fees and wages, attendances, shirt numbers, stadiums and clubs with the years they opened and
were founded, boots and kits, ticket prices, streams and listeners, awards, players' ages and caps, which are no
citations. ``values`` gives the fill values only these frames use; it also redraws {T}, {A}, {R} and {M} so that
claims speak of fans, gigs and matchdays.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Manchester United", "Arsenal", "Liverpool FC", "Celtic", "Munster Rugby", "Ulster Rugby", "Shamrock Rovers",
          "FC Barcelona", "Atlético de Madrid", "Real Betis", "Borussia Mönchengladbach", "1. FC Union Berlin",
          "FC St. Pauli", "Wrexham AFC", "Saracens", "Harlequins", "Glastonbury Festival", "Electric Picnic",
          "Primavera Sound", "Mad Cool", "Hurricane Festival", "Boiler Room", "Domino Recordings", "XL Recordings",
          "Rough Trade", "Deezer", "SoundCloud", "Apple Music", "Team Heretics", "Team Liquid", "Excel Esports",
          "3Arena", "OVO Arena Wembley", "Madison Square Garden", "Inter Miami CF", "Dallas Cowboys", "the Boston Celtics",
          "adidas", "Puma", "Nike", "Umbro", "Guinness", "Heineken", "Red Bull"]  # fmt: skip

_TECHNIQUES = ["matchday activations", "behind-the-scenes content", "membership schemes", "dynamic ticket pricing",
               "player-led social content", "fan tokens", "playlist pitching", "pre-sale codes", "limited-edition vinyl",
               "kit launches", "community programmes", "creator partnerships", "in-stadium apps", "VIP packages"]  # fmt: skip
_AUDIENCES = ["season-ticket holders", "casual fans", "Gen Z gig-goers", "overseas supporters", "festival-goers",
              "superfans", "women's football fans", "families", "lapsed members", "younger viewers", "gamers"]  # fmt: skip
_RESULTS = ["renewal rates", "merchandise sales", "secondary spend", "fan loyalty", "ticket yield", "streams",
            "sponsor recall", "app downloads", "attendance", "share of wallet"]  # fmt: skip
_PRODUCTS = ["home kit", "season ticket", "festival", "tour", "vinyl", "membership"]
_CLUBS = [("Real Madrid", "1902"), ("Athletic Club", "1898"), ("FC Barcelona", "1899"), ("Sevilla FC", "1890"),
          ("Borussia Dortmund", "1909"), ("FC Schalke 04", "1904"), ("Hamburger SV", "1887"), ("Bohemians", "1890"),
          ("Shelbourne", "1895"), ("Notts County", "1862"), ("Wrexham", "1864"), ("Celtic", "1887"),
          ("Leicester Tigers", "1880"), ("Munster Rugby", "1879"), ("Inter Miami CF", "2018"), ("Dallas Cowboys", "1960"),
          ("Green Bay Packers", "1919"), ("Fnatic", "2004")]  # fmt: skip
_STADIUMS = [("Anfield", "1884"), ("the Tottenham Hotspur Stadium", "2019"), ("the Aviva Stadium", "2010"),
             ("the Santiago Bernabéu", "1947"), ("the Allianz Arena", "2005"), ("the Signal Iduna Park", "1974"),
             ("Croke Park", "1884"), ("Thomond Park", "1940"), ("Twickenham", "1909"), ("Wembley Stadium", "2007"),
             ("the Estadio Metropolitano", "2017"), ("SoFi Stadium", "2020"), ("the Co-op Live arena", "2024"),
             ("the 3Arena", "2008"), ("the Principality Stadium", "1999")]  # fmt: skip
_FESTIVALS = ["Glastonbury", "Reading and Leeds", "Electric Picnic", "Primavera Sound", "Mad Cool", "Rock am Ring",
              "Coachella", "Lollapalooza", "Creamfields", "Download", "Benicàssim", "Parklife", "Longitude", "TRNSMT"]  # fmt: skip
_ALBUMS = ["Adele's 30 (2021)", "Rosalía's Motomami (2022)", "Taylor Swift's Midnights (2022)", "Stormzy's Heavy Is the Head (2019)",
           "Fontaines D.C.'s Romance (2024)", "Rammstein's Zeit (2022)", "Beyoncé's Renaissance (2022)",
           "Arctic Monkeys' AM (2013)", "Bad Bunny's Un Verano Sin Ti (2022)", "Dua Lipa's Future Nostalgia (2020)",
           "Hozier's Unreal Unearth (2023)", "Ed Sheeran's ÷ (2017)"]  # fmt: skip
_SINGLES = ["‘Despacito’ (2017)", "‘Shape of You’ (2017)", "‘Blinding Lights’ (2019)", "‘Take Me to Church’ (2013)",
            "‘As It Was’ (2022)", "‘Sweet Caroline’ (1969)", "‘Seven Nation Army’ (2003)", "‘Freed from Desire’ (1996)",
            "‘Mr. Brightside’ (2003)", "‘Flowers’ (2023)"]  # fmt: skip
_TOURS = ["the Eras Tour (2023–24)", "Coldplay's Music of the Spheres tour (2022–25)", "Oasis Live '25",
          "the Divide Tour (2017–19)", "Harry's House tour (Love On Tour, 2021–23)", "Beyoncé's Renaissance World Tour (2023)",
          "the Mathematics Tour (2023–25)"]  # fmt: skip
_PLAYERS = [("Paul O'Connell", "Munster, 1998–2016"), ("Johnny Sexton", "Leinster, 2006–2023"), ("Robbie Keane", "Ireland, 1998–2016"),
            ("Katie Taylor", "boxing, turned professional 2016"), ("Alexia Putellas", "Barcelona, 2012–"),
            ("Thomas Müller", "Bayern, 2008–2025"), ("Beth Mead", "Arsenal, 2017–"), ("Jude Bellingham", "Real Madrid, 2023–"),
            ("Leah Williamson", "Arsenal, 2014–"), ("Iker Casillas", "Real Madrid, 1999–2015")]  # fmt: skip
_BOOTS = ["Nike Mercurial Superfly 9 Elite", "adidas Predator Accuracy.1", "Puma Future 7 Ultimate", "adidas F50 Elite",
          "Nike Phantom GX 2", "Mizuno Morelia Neo IV", "Puma King Ultimate"]  # fmt: skip
_KITS = ["the 2023/24 home shirt", "the retro-inspired 1990s away kit", "the 2024/25 third kit", "the Euro 2024 home shirt",
         "the 150th-anniversary kit", "the pink Inter Miami home kit"]  # fmt: skip
_AWARDS = ["the Brit Awards 2020", "the Ballon d'Or", "the Mercury Prize 2022", "the 2023 Grammy Awards", "the Choice Music Prize",
           "the PFA Players' Player of the Year award", "Sports Personality of the Year 2022", "the Laureus World Sports Awards",
           "the Ivor Novello Awards", "the Latin Grammys 2023", "the World Rugby Player of the Year award"]  # fmt: skip
_TOURNAMENTS = ["Euro 2020 (played 2021)", "the 2023 Rugby World Cup", "the 2022 World Cup in Qatar", "Euro 2024 in Germany",
                "the 2025 Women's Rugby World Cup", "the Women's Euro 2022", "the 2026 World Cup", "the 2024 Six Nations",
                "the 2012 London Olympics", "Euro 2028 (UK and Ireland)", "the 2023 Solheim Cup in Andalucía"]  # fmt: skip
_SEASONS = ["2022/23", "2023/24", "2019/20", "2021-22", "2018-19", "2024/25", "2020/21"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    club, founded = rng.choice(_CLUBS)
    stadium, opened = rng.choice(_STADIUMS)
    player, career = rng.choice(_PLAYERS)
    home, away = rng.randint(0, 4), rng.randint(0, 3)
    return {
        "T": rng.choice(_TECHNIQUES), "A": rng.choice(_AUDIENCES), "R": rng.choice(_RESULTS), "M": rng.choice(_PRODUCTS),
        "club": club, "fy": founded, "stad": stadium, "opened": opened, "fest": rng.choice(_FESTIVALS),
        "fy2": str(rng.randint(2015, 2025)), "album": rng.choice(_ALBUMS), "single": rng.choice(_SINGLES),
        "tour": rng.choice(_TOURS), "player": player, "career": career, "boot": rng.choice(_BOOTS), "kit": rng.choice(_KITS),
        "award": rng.choice(_AWARDS), "cup": rng.choice(_TOURNAMENTS), "ssn": rng.choice(_SEASONS),
        "sc": f"{home}-{away}", "sc2": f"{rng.randint(1, 4)}-{rng.randint(0, 1)}", "fee": f"{rng.randint(8, 120)}",
        "wage": f"{rng.randint(20, 350)},000", "att": f"{rng.randint(11, 89)},{rng.randint(100, 999)}",
        "shirt": str(rng.choice([7, 9, 10, 4, 8, 11, 14, 23])), "price": str(rng.choice([35, 49, 59, 65, 89, 120, 345, 750])),
        "bn": f"{rng.randint(1, 4)}.{rng.randint(0, 9)}", "mn": f"{rng.randint(2, 80)}.{rng.randint(0, 9)}",
        "age": str(rng.randint(19, 37)), "caps": str(rng.randint(12, 141)), "pos": rng.choice(["1st", "2nd", "4th", "7th", "12th", "17th"]),
        "pts": str(rng.randint(38, 100)), "mo": rng.choice(["January", "March", "May", "July", "August", "October"]),
        "yy": str(rng.randint(19, 25)), "min": str(rng.randint(2, 89)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn only from {A}.",
    "{N} showed that {C}, which is directly relevant to {B}.", "{N} concluded that {C}.",
    "{N} identified {T} as a driver of {R} and showed that {C}.", "{N} suggests that {C}.",
    "{N} makes the case that {C}, a view that fits {B}'s recent strategy.", "{N} noted that, since {Y}, {C}.",
    "{N} warn that {C} unless clubs listen to {A}.", "{N} observed that {C} across the {ssn} season.",
    "{N} define fan engagement as more than attendance and argue that {C}.", "{N} reported that {C} in the UK and Ireland.",
    "{N} questioned whether {C}.", "{N} compared Premier League and LaLiga clubs and found that {C}.",
    "{N} is clear that {C}.", "{N} went further, arguing that {C} and that {C2}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explain, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} point out.", "According to {N}, {C}.", "{B} is a good example: {N} showed that {C}.",
    "Research by {N} suggests that {C}.", "{C} – a point also made by {N}.", "Data from {N} show that {C}.",
    "In a study of {A}, {N} found that {C}.", "{C}; {N} reached a similar conclusion for German clubs.",
    "It could be argued, following {N}, that {C}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "Unlike {B}, the festivals studied by {N} found that {C}.", "{C}, according to {N}.",
    "Looking at the music industry, {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} found that {C}.", "Using {N} fan engagement framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.", "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C}, especially on matchdays {P}.", "{C}, which is why {B} invests in {T} {P}.", "In short, {C} {P}.",
    "{C}. {P}", "{C} {P:see also}.", "Festival data tell the same story: {C} {P}.", "{C} (Figure {q}) {P}.",
    "A key point for {B} is that {C} {P}.", "{C}, both in the UK and in Spain {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more loyal to the club than to its sponsors", "{T} lifts {R} among {A}",
    "{B}'s reliance on {T} leaves it exposed if the team is relegated", "winning matters less to {A} than the matchday experience",
    "{T} only drives {R} when the offer feels authentic", "streaming has shifted label revenue from sales to access",
    "festival sponsors gain most when they add something to the experience", "{A} expect clubs to speak to them on TikTok and Instagram",
    "{T} works best when it is tied to {R}", "clubs that price tickets dynamically risk alienating {A}",
    "live music has recovered faster than recorded music since the pandemic", "women's sport offers sponsors better value than men's",
    "{A} respond to player-led content more than to club announcements", "esports teams monetise {A} through merchandise rather than tickets",
    "a strong club identity protects {R} in poor seasons", "{B} could use {T} to reach {A}",
    "secondary ticketing damages trust in promoters", "superfans spend several times more than casual listeners",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the Premier League", "For {B}'s commercial team",
    "Since the pandemic", "In the context of {B}", "From a fan's perspective", "Nevertheless", "In the live music sector",
    "In Germany", "In Ireland", "In the US market", "Across LaLiga", "As a result", "Interestingly",
]  # fmt: skip
PLAIN = [
    "{B} has over {n}k followers on Instagram, but engagement falls sharply outside matchdays.",
    "This report analyses {B}'s fan engagement strategy and makes recommendations for next season.",
    "The table below summarises the KPIs for each channel.", "{O}, {C}.",
    "Task 2 builds on this by proposing a sponsorship activation plan.", "A PESTLE analysis is included in the appendix.",
    "The club sells most tickets through its own app, with the rest through its box office.",
    "{B}'s main rivals for the attention of {A} are streaming, gaming and other live events.",
    "The recommendations are costed and phased over the next eighteen months.",
    "Interviews were held with three members of the commercial team.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "figures": [
        "Most respondents were season-ticket holders (n = {n}).", "Renewals are shown by stand (Figure {q}).",
        "Merchandise sales peaked around Christmas (Q4 {Y}).", "The survey ran over one home game ({d} March {Y}).",
    ],
    "cross-reference": [
        "The activation plan (see Appendix {q}) sets out a week-by-week schedule.", "See Task 1 (b) above for the competitor analysis.",
        "The fan persona (Appendix 2, Figure {q}) is based on five interviews.",
    ],
    "handle-or-address": [
        "{B} answers ticketing questions on X (@TicketsHelp) within the hour.", "Pre-sale codes are sent from the app (tickets.example-fc.co.uk).",
        "The hashtag (#MatchdayMemories) trended in the UK and Ireland.",
    ],
    "legislation": [
        "The Football Governance Act 2025 creates an independent regulator for English football.",
        "Resale of tickets is governed by the Consumer Rights Act 2015 (sections 90 to 95).",
        "Under the Equality Act 2010, {club} must make its stadium accessible.",
    ],
    "acronym-year": [
        "Clubs must stay within the spending rules (PSR {fy2}).", "Academy players are covered by the youth plan (EPPP 2012).",
        "All data from the app is processed under the regulation (GDPR 2018).",
    ],
    "season": [
        "Attendances rose by a fifth ({ssn} season).", "{club} had its best commercial year (the {ssn} campaign).",
        "Sales of {kit} were the highest ever (season {ssn}).", "Renewals fell after relegation (2019-20 season) but recovered.",
    ],
    "score-result": [
        "The derby ended {sc} (aet) and was the most-watched match of the season.", "{club} lost the final {sc2} (Wembley, May {Y}).",
        "Ireland beat New Zealand (40-29, Chicago, 2016) in the match that changed the team's profile.",
        "The semi-final went to penalties (2-2 aet, 4-3 pens).",
    ],
    "tournament-year": [
        "Interest in the national team peaked during {cup}.", "Broadcast audiences for {cup} beat every forecast.",
        "{B} timed its campaign around {cup} (and the weeks before it).", "Fan zones at Euro 2020 (played 2021) were restricted by COVID-19 rules.",
    ],
    "festival-edition": [
        "{fest} {fy2} sold out in under an hour.", "Glastonbury 2019 (the last before the pandemic) drew 210,000 people.",
        "Coachella 2018 (‘Beychella’) showed how a headline set can trend worldwide.",
        "{B} activated at {fest} {fy2} with a branded stage.",
    ],
    "album-year": [
        "The vinyl edition of {album} sold out within days.", "The campaign for {album} began with a TikTok teaser.",
        "{album} topped the charts in the UK and Ireland.",
    ],
    "single-year": [
        "Fans adopted {single} as a terrace anthem.", "The club plays {single} after every home win.",
        "{single} found a new audience through a TV advert.",
    ],
    "tour": [
        "{tour} showed how far fans will travel for a show.", "Merchandise sales on {tour} broke records.",
        "Hotels in host cities raised prices during {tour}.",
    ],
    "chart-position": [
        "The single entered the charts at number three (UK Official Singles Chart, week {q}).",
        "The album reached the top spot (No. 1, Irish Albums Chart).", "The track peaked at number {q}{q} (Billboard Hot 100).",
    ],
    "transfer-fee": [
        "The winger joined for a club-record fee (£{fee}m plus £{q}m in add-ons).",
        "The striker left for €{fee}m (plus add-ons) in the summer window.", "Shirt sales covered part of the fee (£{fee}m) within a year.",
    ],
    "wages": [
        "The new contract is reported to be worth a great deal (£{wage} a week).",
        "Wages take most of the club's turnover (wages-to-revenue ratio: 7{q}%).", "Her salary (€{wage} a year) is still far below the men's.",
    ],
    "attendance": [
        "The women's team set a club record (attendance: {att}).", "The match was played in front of a full house ({att}).",
        "Average gates rose again (average {att}, {ssn}).",
    ],
    "shirt-number": [
        "He inherited the famous shirt (No. {shirt}) in the summer.", "Shirts with the new signing's number ({shirt}) sold out online.",
        "The club retired the number (No. {shirt}) after her final game.",
    ],
    "stadium-opened": [
        "Matchday revenue at {stad} (opened {opened}) is among the highest in Europe.",
        "{stad} (opened {opened}) hosts concerts in the summer.", "Naming rights to {stad} (built {opened}) have never been sold.",
    ],
    "club-founded": [
        "{club} ({fy}) is one of the oldest clubs in its league.", "Heritage matters to {club} (founded {fy}) and its fans.",
        "{club} (est. {fy}) used its anniversary in a kit launch.",
    ],
    "boots-kit": [
        "The campaign featured the {boot} (launched {Y}) worn by the club's captain.",
        "Sales of {kit} (£{price} at launch) beat forecasts.", "The captain wears the {boot} (white and gold edition).",
    ],
    "ticket-price": [
        "Away tickets are capped (£30 per match).", "Tier one tickets cost more than last year (£{price}, {Y} prices).",
        "Festival weekend tickets went on sale at a high price (£{price} plus booking fee).",
    ],
    "streams": [
        "The single passed a milestone ({bn}bn Spotify streams).", "The artist has a large audience ({mn}m monthly listeners, {mo} {Y}).",
        "The playlist is one of the most followed ({mn}m saves).",
    ],
    "award": [
        "The band's win at {award} lifted streams overnight.", "Her success at {award} made her a target for sponsors.",
        "{award} was broadcast live for the first time on TikTok.",
    ],
    "age-caps": [
        "The captain (aged {age}, {caps} caps) is the face of the campaign.", "The new ambassador ({age}) has {caps} caps for Ireland.",
        "At {age} years old (and {caps} caps), she is the team's most-followed player.",
    ],
    "player-career": [
        "{player} ({career}) fronted the campaign.", "The documentary follows {player} ({career}).",
        "Fans voted {player} ({career}) the club's greatest player.",
    ],
    "manager-tenure": [
        "Under Jürgen Klopp (2015–2024), the club's global fan base grew sharply.",
        "The club's commercial growth under Pep Guardiola (manager since 2016) is well documented.",
        "Attendances fell under the previous manager (2019–21).",
    ],
    "broadcast-deal": [
        "The league's domestic TV deal is worth more than ever (£6.7bn, 2025–29).",
        "The new rights cycle (2024/25 to 2028/29) includes more streamed matches.",
        "The women's league signed its first standalone deal (five years, from {Y}).",
    ],
    "league-position": [
        "{club} finished {pos} ({pts} points) and missed out on Europe.", "The club has not finished higher ({pos}, {ssn}) in a decade.",
        "Relegation (19th, {ssn}) cut broadcast income by half.",
    ],
    "match-minute": [
        "The winner came in stoppage time (90+{q}').", "The goal ({min}') was viewed millions of times on social media.",
        "A red card (27th minute) changed the match.",
    ],
    "venue-capacity": [
        "The arena (capacity 13,000) sells out most weekends.", "{stad} (capacity {att}) is rarely full for cup games.",
        "The club is moving to a bigger ground (capacity 60,000 from {fy2}).",
    ],
    "event-dates": [
        "The festival runs over a long weekend (27–30 June {Y}).", "The band plays three nights at Croke Park (24–26 May).",
        "Doors open early on matchdays (from 12:30, kick-off 15:00).",
    ],
    "stage-name": [
        "Stormzy (Michael Omari) has worked with several sports brands.", "Bad Bunny (Benito Antonio Martínez Ocasio) headlined Coachella.",
        "The DJ (real name withheld) has a residency in Ibiza.",
    ],
    "label-deal": [
        "The band signed to a major (a three-album deal, {Y}).", "Her catalogue moved to a new label (2019, a licensing deal).",
        "The artist went independent (after her contract ended in {Y}).",
    ],
    "esports": [
        "The team finished in the top four at Worlds {fy2} (Seoul).", "The prize pool was large (${n}m in total).",
        "Viewership peaked during the final ({mn}m peak viewers, Twitch and YouTube).",
    ],
    "game-edition": [
        "EA Sports FC 24 (released September 2023) replaced the FIFA series.", "The club's players appear in Football Manager 2024 (FM24).",
        "Sales of the new edition (FC 25) were lower than expected.",
    ],
    "certification": [
        "The album went platinum (certified 3× Platinum, {Y}).", "The single was certified gold (UK, 400,000 units).",
        "The record went double platinum (2× Platinum, US).",
    ],
    "currency": [
        "Revenue passed a billion euros (€1,0{q}{q}m, about £9{q}{q}m).", "The deal is worth a great deal ($250m over ten years).",
        "Prices in Germany are lower (€{price} for a season ticket).",
    ],
    "financial-year": [
        "The club made a record profit (FY{yy}: £{n}m).", "Matchday revenue rose (year ending 30 June {Y}).",
        "The label's revenue grew (fiscal {Y}, up 1{q}%).",
    ],
    "percentage-change": [
        "Streams grew quickly (+{q}{q}% year on year).", "Merchandise revenue fell ({q}.{q}% down on last season).",
        "App downloads doubled (up 10{q}%).",
    ],
    "matchweek": [
        "The campaign launched before the derby (Matchweek {q}).", "Fantasy managers captained him (Gameweek 1{q}).",
        "Ticket sales spike before the festive fixtures (Round 2{q}).",
    ],
    "broadcast-audience": [
        "The final drew a huge audience (peak 11.{q}m, BBC One).", "The match was the most-watched of the year (average {mn}m).",
        "The Six Nations decider was shown free-to-air (RTÉ2 and Virgin Media One).",
    ],
    "interviewee": [
        "The head of ticketing (Interviewee 2) saw the app as the priority.",
        "One season-ticket holder (Participant {q}, aged {age}) said the price rise was the last straw.",
        "The label manager (Respondent B) described streaming as ‘a numbers game’.",
    ],
    "course-module": [
        "This report is submitted for the CIM Level 7 Postgraduate Diploma (Module 2).",
        "The MBA module (Sport Business Strategy, 20 credits) asks for a 4,000-word report.",
        "The brief (Task 1, 40%) asks for a situation analysis.",
    ],
    "rating": [
        "The app is rated highly (4.{q} out of 5, App Store).", "Reviews of the stadium tour are strong (4.5/5 from {n} reviews).",
        "The festival's score dropped (Net Promoter Score: 3{q}).",
    ],
    "app-version": [
        "The ticketing app was relaunched (version {q}.0) before the new season.",
        "Digital tickets only work on recent phones (iOS 16 or later).", "The club's app update (v{q}.{q}.{q}) added Apple Wallet passes.",
    ],
    "waiting-list": [
        "Demand for season tickets far exceeds supply (waiting list: {att}).", "The club has many members (season tickets: {att}).",
        "Pre-registration for the tour closed early ({mn}m sign-ups).",
    ],
    "sponsor-deal": [
        "The shirt deal runs for five years (2024–29, worth a reported £{fee}m a year).",
        "Naming rights to the stand were sold (ten-year deal from {fy2}).", "The festival renewed its headline partner (three more editions).",
    ],
    "abbreviation": [
        "Return on objectives (ROO) is used to measure sponsorship alongside return on investment (ROI).",
        "The Independent Football Regulator (IFR) will oversee club ownership.", "The European Super League (ESL) collapsed within days.",
        "Fan advisory boards (FABs) meet at least twice a season.",
    ],
    "slogan": [
        "The club's motto (‘Més que un club’) appears on every seat.", "The campaign line ‘Back the Green’ ran across the summer.",
        "The tagline ‘Nothing beats a Londoner’ is still quoted by marketers.",
    ],
    "noun-year": [
        "The stadium expansion (completed {fy2}) added new hospitality boxes.", "The rebrand (spring {Y}) divided older fans.",
        "Fans protested against the ownership (the Super League plans of 2021).",
    ],
    "year-noun": [
        "{club}'s revenue grew sharply ({Y} annual results: £{n}m).", "Attendance at women's games doubled ({Y} figures).",
        "Festival spend per head rose ({Y} survey: £{price}).",
    ],
}  # fmt: skip

SCARE_QUOTES = ["‘superfans’", "‘the matchday experience’", "‘fan-first’", "‘sportswashing’", "‘legacy fans’",
                "‘the Netflix effect’", "‘festival fatigue’", "'plastic fans'", "“authentic”", "‘drops’", "'the algorithm'",
                "‘the Wrexham effect’"]  # fmt: skip
SCARE_FRAMES = [
    "Clubs increasingly talk about {Q} {P}.", "{B} has been accused of courting {Q} rather than locals {P}.",
    "So-called {Q} is a growing concern for promoters {P}.", "The term {Q} is used loosely in the industry {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.", "What some call {Q} is really a pricing problem {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {M} is waiting – renew by Friday’", "‘Pre-sale starts tomorrow at 9am’", "“You're on the list”",
                 "‘Last few tickets for Saturday’", "‘The new {M} is here’", "‘Line-up drop: see who's playing’",
                 "“Thanks for a season to remember”", "‘Members get 48 hours early access’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the highest open rate of the season {P}.", "{B} sent {Q} to lapsed members {P}.",
    "Short, urgent copy such as {Q} works with {A} {P}.", "Testing {Q} against a plainer line showed a clear winner {P}.",
    "Messages like {Q} create a sense of scarcity {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one sport marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "The point is made directly that {Q} {P}, which {B} should note.", "One review of the music industry concluded that {Q} {P}.",
    "{N} put it plainly: {Q}.", "{B} seems to accept that {Q} {P}.",
]  # fmt: skip
