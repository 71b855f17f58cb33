"""The prose of blind320: marketers at ice-hockey, basketball and baseball clubs, leagues, arenas, ticketing and
merchandise firms, broadcasters and betting sponsors in Canada, the United States, Finland, Sweden, Czechia,
Slovakia, Japan and South Korea, writing CIM Level 6 and 7 reports and MBA assignments in English on fan
engagement, season tickets, sponsorship, media rights, arenas and digital channels.

Written without reading the checker or any other pool. The decoys are what these reports are full of: titles and
seasons, players and coaches with years, arenas and ballparks with opening years, lockouts and scandals, trades and
drafts, clubs with founding years, rules, films, mascots and chants, prices and attendances. None is a work a tutor
would look for in the reference list.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["the Toronto Maple Leafs", "the Montréal Canadiens", "the Edmonton Oilers", "the NHL", "the NBA", "MLB",
          "the KHL", "Liiga", "the SHL", "the Czech Extraliga", "Jokerit", "Tappara", "HC Sparta Praha",
          "Frölunda HC", "the Yomiuri Giants", "the Hanshin Tigers", "the LG Twins", "NPB", "the KBO League",
          "MLSE", "Ticketmaster", "TSN", "Sportsnet", "the Toronto Raptors", "the Toronto Blue Jays",
          "the Winnipeg Jets", "HC Slovan Bratislava", "Kärpät", "Djurgården Hockey", "the Doosan Bears"]  # fmt: skip

NARRATIVE_START = [
    "{N} found that {C}.", "{N} argue that {C}.", "{N} showed that {C}, which is highly relevant to {B}.",
    "{N} concluded that {C}.", "{N} suggests that {C}, particularly among {A}.", "{N} points out that {C}.",
    "{N} identified that {C} in both North American and European leagues.", "{N} reported that {C}.",
    "{N} noted that, since {Y3}, {C}.", "{N} claims that {C}; {B} is a case in point.",
    "{N} warned that {C} unless clubs invest in {T}.", "{N} went further and argued that {C} and that {C2}.",
    "{N} emphasise that {C}.", "{N} observed that {C} in the Nordic leagues.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of season-ticket holders, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who showed that {C}.", "{C}, as {N} explain.", "According to {N}, {C}.",
    "{C}; {N} reached a similar conclusion for Finnish clubs.", "As {N} note, {C}.",
    "Research on Japanese baseball by {N} suggests that {C}.", "Data from {N} show that {C}.",
    "{B} is a good example: {N} found that {C}.", "{C}, a point made by {N}.",
    "Following {N}, it can be argued that {C}.", "Evidence from {N} indicates that, for {A}, {C}.",
    "Unlike {B}, the clubs studied by {N} found that {C}.", "{C}, according to {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} found that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} model suggests that {C}.", "{B} could apply {N} fan-engagement model, since {C}.",
    "{N} findings matter here because {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.",
    "{B} is no exception, since {C} {P}.", "It is widely argued that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "This matters because {C} {P}.",
    "{C}, especially on game nights {P}.", "In short, {C} {P}.", "{C} {P:see also}.",
    "Sponsors want three things: visibility, data and a link to the team's identity {P}.",
    "A key point for {B} is that {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; however, {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "{O}, {C} {P}, so {C2}.", "Studies {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "{A} renew more often when the club keeps in touch between seasons",
    "{T} raises {R} among {A}", "winning matters less to {R} than the arena experience does",
    "{B} relies on {T} more than its rivals do", "fans who identify strongly with a team buy more merchandise",
    "dynamic pricing lifts revenue but can damage trust among {A}",
    "betting sponsorship brings money but also reputational risk", "{A} expect clubs to be active on TikTok and Instagram",
    "streaming has changed how {A} follow their team", "naming-rights deals rarely change how fans talk about an arena",
    "losing seasons hit single-game sales harder than season-ticket sales",
    "sponsors now ask for first-party data as well as logo exposure", "{T} only improves {R} when the offer is relevant",
    "rivalry games sell out whatever the standings", "local broadcasters still shape how a club's brand is seen",
    "a club's heritage is one of its strongest marketing assets", "{A} are more price-sensitive than clubs assume",
    "women's hockey is attracting new sponsors", "clubs in small markets depend on corporate hospitality",
    "Japanese and Korean baseball fans value the cheering culture as much as the result",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the NHL", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From a fan's perspective", "Nevertheless", "As a result",
    "In Finland and Sweden", "In Japan and Korea", "Looking at {B}'s rivals", "Overall", "In Canadian markets",
]  # fmt: skip
PLAIN = [
    "{B} sells most of its tickets through its own app and Ticketmaster.",
    "This section analyses {B}'s current digital channels and makes recommendations.",
    "The table below compares ticket prices across the league.", "{O}, {C}.",
    "{B}'s Instagram account has over {n}k followers, but engagement per post is falling.",
    "A SWOT analysis of {B} is included in the appendix.", "The recommendations are costed over two seasons.",
    "Season-ticket holders receive priority access to playoff tickets.",
    "The club's main sponsors are a bank, a brewery and a betting operator.",
    "Task 2 builds on this with a content plan for the next season.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one sport-marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One study concluded that {Q} {P}.", "Put simply, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘fan-first’", "‘appointment viewing’", "‘second screen’", "‘always-on’", "'fan engagement'",
                "‘hockey culture’", "‘the Original Six’", "‘bandwagon fans’", "“authentic”", "‘premium seating’",
                "'cheer culture'", "‘sportainment’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} promises a {Q} experience {P}.", "Many clubs now talk of {Q} marketing {P}.",
    "So-called {Q} is a growing concern for rights holders {P}.", "The term {Q} is used loosely in the industry {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your seats for the home opener are ready’", "‘Playoff presale: 48 hours only’",
                 "“Renew now and keep your seats”", "‘Game day: doors open at 6pm’", "‘{M} deals end tonight’",
                 "‘We miss you at the rink – 15% off’", "“Your {M} tickets are inside”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifts open rates {P}.", "{B} used {Q} in its renewal email {P}.",
    "Messages like {Q} work because they create urgency {P}.",
    "The push notification {Q} was opened by more {A} than any other {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "championship": [
        "The club still markets its last title (Stanley Cup, 1993) on every banner.",
        "Merchandise sales jumped after the title (World Series, 2016).",
        "Canada's national story is tied to one tournament (Summit Series, 1972).",
        "Finland's first world title (World Championship, 1995) made the Lions a household brand.",
    ],
    "miracle-games": [
        "US hockey marketing still borrows from one game (Miracle on Ice, 1980).",
        "Czech fans still talk about the Olympic final (Nagano gold, 1998).",
        "The goal (Golden Goal, 2010) is still replayed in Canadian adverts.",
    ],
    "school-baseball": [
        "High-school baseball draws huge crowds in Japan (Koshien, 2023).",
        "The summer tournament (Koshien, 2018) was the hundredth edition.",
    ],
    "player-year": [
        "The club built its brand around one star (Gretzky, 1988).",
        "Ticket demand rose sharply in his rookie season (Ohtani, 2018).",
        "Finnish fans first followed the NHL through one player (Teemu Selänne, 1993).",
        "The Canadiens' identity owes much to one player (Maurice Richard, 1955).",
    ],
    "player-narrative": [
        "Jágr (1990) was the first Czech to be drafted without having to defect.",
        "Ichiro (2001) opened the US market to Japanese baseball merchandise.",
        "Sundin (1994) became the face of the Leafs for a generation.",
    ],
    "coach-year": [
        "The team played a very different style under its new coach (Scotty Bowman, 1979).",
        "The team's identity was built by one coach (Herb Brooks, 1980).",
    ],
    "arena-year": [
        "The Leafs and Raptors share one building (Scotiabank Arena, 1999).",
        "Tampere's new venue (Nokia Arena, 2022) changed how Tappara sells hospitality.",
        "The Canadiens moved from the Forum to a new arena (Bell Centre, 1996).",
        "The Oilers' new downtown arena (Rogers Place, 2016) has far more premium seating.",
    ],
    "ballpark-year": [
        "The Giants play in Japan's first domed stadium (Tokyo Dome, 1988).",
        "The LG Twins share their ground with the Doosan Bears (Jamsil Baseball Stadium, 1982).",
        "Koshien is the oldest ballpark in Japan (Hanshin Koshien Stadium, 1924).",
        "The Blue Jays' home had the first retractable roof (SkyDome, 1989).",
    ],
    "lockout": [
        "A whole season was cancelled (lockout, 2004).", "Attendance took years to recover (1994 strike, 1994).",
        "Half the season was lost and fans were angry (NHL lockout, 2012–13).",
    ],
    "scandal": [
        "Baseball's worst scandal is still used in ethics training (Black Sox, 1919).",
        "The suspension of Richard led to rioting in Montréal (Richard Riot, 1955).",
        "The sign-stealing affair damaged the club's brand (Astros scandal, 2017).",
    ],
    "trade": [
        "Edmonton fans still talk about one deal (the Trade, 1988).",
        "The club's biggest ever deal (Ohtani signing, 2023) changed its sponsorship pitch.",
        "Boston's curse was blamed on one sale (Babe Ruth sale, 1920).",
    ],
    "draft": [
        "The Oilers' luck changed overnight (draft lottery, 2015).",
        "Ticket renewals rose after the first overall pick (2015 draft).",
        "The KBO's rookie class was unusually strong (KBO draft, 2022).",
    ],
    "team-founded": [
        "The club's heritage is central to its brand (Maple Leafs, 1917).",
        "Jokerit's brand is older than the league it plays in (Jokerit, 1967).",
        "HC Sparta Praha is one of the oldest clubs in Europe (HC Sparta Praha, 1903).",
        "Japan's oldest professional team is also its richest (Yomiuri Giants, 1934).",
        "The Tigers' fans are famous across Japan (Hanshin Tigers, 1935).",
    ],
    "team-founded-narrative": [
        "The Canadiens (founded 1909) are the oldest club in the NHL.",
        "Frölunda HC (founded 1938) is the most successful club in the SHL this century.",
        "Tappara (est. 1955) has won more Finnish titles than any other club.",
    ],
    "rule": [
        "The league's finances changed after the CBA (salary cap, 2005).",
        "European football was transformed by one case (Bosman ruling, 1995).",
        "The NBA's game was saved by one rule (shot clock, 1954).",
        "Games became shorter after the change (pitch clock, 2023).",
    ],
    "rule-narrative": [
        "The shootout (introduced 2005) was meant to end ties and entertain casual fans.",
        "The three-on-three overtime format (2015–16 season) proved popular with broadcasters.",
    ],
    "film": [
        "The story of the 1980 team was retold on screen (Miracle, 2004).",
        "Data-driven scouting reached a wide audience (Moneyball, 2011).",
        "Hockey violence has long been part of its image (Slap Shot, 1977).",
        "The enforcer's role was satirised again (Goon, 2011).",
    ],
    "series-documentary": [
        "Behind-the-scenes content is now common (All or Nothing: Toronto Maple Leafs, 2021).",
        "The NHL followed the NFL into streaming documentaries (Faceoff: Inside the NHL, 2024).",
    ],
    "mascot": [
        "The Expos' mascot moved to the Canadiens (Youppi!, 1979).",
        "Children's merchandise sells well when it features the mascot (Carlton the Bear, 1995).",
        "The Giants' mascot appears on most of their packaging (Giabbit, 2006).",
    ],
    "song-chant": [
        "Fans sing the same song in the seventh inning (Take Me Out to the Ball Game, 1908).",
        "The goal song was chosen by a fan vote (Go Habs Go).",
        "Tigers fans sing the team song after every win (Rokko Oroshi, 1936).",
        "Every home game ends with the chant (Let's go Oilers!).",
    ],
    "price-year": [
        "Lower-bowl seats now cost about C$250 a seat (2023).",
        "A season ticket in Helsinki cost around €600 (2022).",
        "The cheapest outfield seat was ¥1,800 (2024 season).",
        "A replica jersey costs US$180 (2024 price).",
    ],
    "attendance-year": [
        "The Giants drew 3.1 million fans (2019).", "The Bell Centre averaged 21,105 a game (2022–23).",
        "The KBO passed ten million spectators for the first time (2024 attendance).",
        "Frölunda averaged about 11,000 a game (2023 attendance).",
    ],
    "figure-year-noun": [
        "Revenue per game rose sharply ({Y3} figures).", "The club broke even for the first time ({Y3} accounts).",
        "Season-ticket renewals were high ({Y3} renewal rate: {pc}%).",
    ],
    "season": [
        "The team missed the playoffs again ({Y3}–{Y3n} season).",
        "Attendance fell during the rebuild (2016–17 season).",
        "The club's best regular season ended in defeat (2022/23).",
    ],
    "olympics": [
        "The men's tournament used NHL players for the first time (Nagano, 1998).",
        "Women's hockey has grown since the final (Vancouver 2010).",
        "Korea's winter sport marketing peaked with the Games (PyeongChang 2018).",
    ],
    "world-championship": [
        "Slovakia's only world title is still celebrated (Gothenburg, 2002).",
        "The tournament drew record crowds (World Championship, Prague and Ostrava, 2024).",
    ],
    "classic-tournament": [
        "Japan's win boosted interest in the national team (World Baseball Classic, 2023).",
        "Korea reached the final (WBC, 2009).",
    ],
    "outdoor-game": [
        "Outdoor games sell out even in cold markets (Heritage Classic, 2003).",
        "The NHL's New Year's game is now a fixed event (Winter Classic, 2008).",
    ],
    "relocation": [
        "Winnipeg lost its team and later won it back (Jets relocation, 1996).",
        "Fans never forgot the move (Nordiques to Colorado, 1995).",
        "Montréal lost its baseball team to Washington (Expos move, 2004).",
    ],
    "expansion": [
        "The league's newest markets are in the US Sun Belt (Vegas expansion, 2017).",
        "Seattle's team launched with a huge season-ticket drive (Kraken, 2021).",
    ],
    "ownership": [
        "The club was bought by a telecoms group (Rogers takeover, 2000).",
        "Ownership passed to the Molson family (2009 sale).",
    ],
    "award-year": [
        "Its captain won the league's top award (Hart Trophy, 2021).",
        "The pitcher won Japan's top award for pitchers (Sawamura Award, 2013).",
        "Finland's best player is honoured each year (Kultainen kypärä, 2023).",
    ],
    "record-year": [
        "The scoring record still stands (92 goals, 1981–82).",
        "The home-run record changed how NPB marketed power hitters (56 home runs, 2022).",
    ],
    "jersey-number": [
        "No one in the league wears his number (No. 99, retired 2000).",
        "The club retired the captain's shirt (number 68, 2019).",
    ],
    "broadcast-deal": [
        "Rogers paid heavily for national rights (12-year deal, 2013).",
        "The KHL moved its games to a streaming service (2021 deal).",
        "The NBA's new rights package is worth far more (11-year deal, 2024).",
    ],
    "sponsorship-deal": [
        "Helmet sponsors arrived in the NHL recently (helmet ads, 2020).",
        "Jersey patches were allowed for the first time (jersey patch, 2022–23).",
        "Betting sponsors arrived once Ontario opened its market (iGaming launch, April 2022).",
    ],
    "naming-rights": [
        "The arena changed its name with a new sponsor (Air Canada Centre to Scotiabank Arena, 2018).",
        "Hartwall Arena lost its sponsor after the sanctions (Helsinki Halli, 2022).",
    ],
    "law-year": [
        "Single-game betting became legal in Canada (Bill C-218, 2021).",
        "The US Supreme Court opened the betting market (PASPA ruling, 2018).",
        "Korea's sports-promotion law funds much of the sector (National Sports Promotion Act, 1962).",
    ],
    "sanctions": [
        "Jokerit left the KHL after the invasion (February 2022).",
        "Several sponsors pulled out of the league (Ukraine war, 2022).",
    ],
    "fiscal-year": [
        "Revenue per fan grew strongly (FY{Y3}).", "The group reported a loss on its arena business (FY2023/24).",
        "Merchandise revenue rose by {pc}% (fiscal {Y3}).",
    ],
    "quarter": [
        "Ticketing revenue peaked in the spring (Q2 {Y3}).", "App downloads rose after the home opener (Q4 {Y3}).",
    ],
    "stat-line": [
        "The team's power play was the worst in the league (14.2%, {Y3}).",
        "His contract was the richest in NPB history (¥650 million, 2024).",
        "The league's salary cap rose again (US$88 million, 2024–25).",
    ],
    "survey-n": [
        "Most season-ticket holders wanted more family sections (n = {n}).",
        "Fans preferred the app to email for offers ({pc}%, n = {n}).",
    ],
    "cross-reference": [
        "Ticket prices are compared in Table {q} (Appendix 2).", "The fan persona (see Appendix {q}) is based on interviews.",
        "The sponsorship plan (Section 3.{q}) sets out the costs.",
    ],
    "handle-hashtag": [
        "The club replies to fans on X (@MapleLeafs) within an hour.",
        "The campaign hashtag (#GoHabsGo) trended on game nights.", "Fans can email the box office (tickets@jokerit.fi).",
    ],
    "abbreviation": [
        "The Collective Bargaining Agreement (CBA) sets the salary cap.",
        "Return on investment (ROI) from sponsorship is hard to measure.",
        "Key performance indicators (KPIs) include renewal rate and secondary-market price.",
        "The National Hockey League Players' Association (NHLPA) negotiates on behalf of players.",
    ],
    "era": [
        "The club's best years came in the dynasty (1984–1990).",
        "Korean baseball began in the military era (Chun Doo-hwan government, 1982).",
        "Japanese baseball boomed in the high-growth years (Shōwa era, 1960s).",
    ],
    "league-founded": [
        "The league was formed by a group of Canadian clubs (NHL, 1917).",
        "Korean professional baseball began recently (KBO League, 1982).",
        "The Finnish league went closed in 2000 (SM-liiga, 1975).",
    ],
    "brand-year-noun": [
        "The Oilers' new jersey (2024 reverse retro) sold out online in a day.",
        "Kärpät launched its membership scheme ({Y3} season).",
    ],
    "hall-of-fame": [
        "Three of the club's former players were inducted (Hockey Hall of Fame, 2019).",
        "The club's museum draws visitors all year (Japanese Baseball Hall of Fame, 1959).",
    ],
    "currency": [
        "The club's budget is small by NHL standards (€22 million).",
        "Average ticket prices in the KBO are low (about ₩15,000).",
    ],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values blind320's frames use: its audiences, results and tactics, a recent year and a percentage."""
    year = rng.randint(2016, 2024)
    return {
        "A": rng.choice(["season-ticket holders", "casual fans", "younger fans", "families", "corporate clients",
                         "international fans", "women fans", "lapsed fans", "students"]),
        "R": rng.choice(["renewal rates", "attendance", "merchandise sales", "app engagement", "sponsor recall",
                         "fan loyalty", "viewing figures", "secondary-market prices"]),
        "T": rng.choice(["dynamic pricing", "loyalty apps", "short-form video", "membership schemes",
                         "in-arena activations", "email marketing", "athlete-led content", "fan tokens"]),
        "M": rng.choice(["playoff", "home opener", "Boxing Day", "summer camp", "jersey"]),
        "Y3": str(year), "Y3n": str(year + 1)[2:], "pc": str(rng.randint(4, 92)),
    }  # fmt: skip
