"""The blind321 pool's prose: marketers at board-game, chess, jigsaw-puzzle and tabletop role-playing publishers,
game cafés, toy and hobby retailers, chess federations and online chess platforms and games fairs in Germany, the
Netherlands, Poland, Norway, Czechia, the UK and the United States, writing CIM Level 6 and 7 reports and MBA
assignments in English on community building, crowdfunding, licensing, retail and digital-channel marketing.

Written without reading the checker, its tests or any other pool. ``{N}``, ``{P}``, ``{Q}``, ``{C}``, ``{O}`` and
``{B}`` mean what they mean in text.py; ``values`` adds a game ({G}), a fair ({F}), a channel ({K}), a segment
({S}), a city ({city}), prices ({eur}, {gbp}), millions ({mil}) and a percentage ({pct}). NOT_CITATIONS holds what
these reports put in brackets or beside a year that cites nothing: games and their release years, players,
matches and designers with years, awards and fairs, crowdfunding campaigns, openings, variants and rules, toy
crazes and recalls, firms' foundings and mergers, films, series and streams, prices and sales, quoted rules and
catchphrases, figures and more.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Ravensburger", "Kosmos", "Hasbro", "Asmodee", "Games Workshop", "Wizards of the Coast", "Czech Games Edition",
          "Rebel", "Portal Games", "Cartamundi", "Wentworth Wooden Puzzles", "Chess.com", "Lichess", "FIDE",
          "the English Chess Federation", "Spiel Essen", "UK Games Expo", "Gen Con", "Thirsty Meeples", "Draughts London",
          "Hamleys", "The Entertainer", "Trefl", "999 Games", "Goliath", "Smyths Toys", "Orc's Nest", "Albi"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}.",
    "{N} show that {C}, which matters for {B}.",
    "{N} suggest that {C}, at least among {S}.",
    "{N} observed that {C}.",
    "{N} maintain that {C}; {B} has yet to test this.",
    "{N} point out that {C}.",
    "{N} concluded that {C}.",
    "{N} made a similar case: {C}.",
    "{N} reported that {C} in {city}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explain, {C}.",
    "{O}, {N} found that {C}.",
    "According to {N}, {C}.",
    "{C}, as {N} pointed out.",
    "{B} could learn from {N}, who showed that {C}.",
    "Work by {N} suggests that {C}.",
    "In a study of {S}, {N} found that {C}.",
    "This echoes {N}, for whom {C}.",
    "{C}; {N} came to the same conclusion for {F}.",
    "Following {N}, this report assumes that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {S} found that {C}.",
    "{O}, {N} framework explains why {C}.",
    "{N} model implies that {C}.",
    "{N} survey of {S} shows that {C}.",
    "{B} can apply {N} idea that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is evidence that {C} {P}.",
    "It is widely argued that {C} {P}.",
    "Among {S}, {C} {P}.",
    "{C} {P:see also}.",
    "For {B}, {C} {P}.",
    "At {F}, {C} {P}.",
    "Research on {K} suggests that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, although {C2}.",
    "{C} {P}; even so, {C2}.",
    "{C} {P}, while {C2}.",
    "{O}, {C} {P}, but {C2}.",
]  # fmt: skip
CLAIMS = [
    "hobby gamers trust reviews on {K} more than publisher advertising",
    "{B} sells more through specialist shops than through supermarkets",
    "crowdfunding turns backers into a community before the game exists",
    "limited editions drive pledges but strain fulfilment",
    "{S} return to a game café when staff teach the rules",
    "licensed games sell well at launch and fade faster than original designs",
    "{G} owes much of its reach to word of mouth among {S}",
    "online chess grew fastest among players under twenty-five",
    "{B} gains more from organised play than from paid social media",
    "streamers lower the barrier for new chess players",
    "jigsaw puzzles are bought as gifts more often than for the buyer",
    "fairs such as {F} matter more for trade buyers than for consumers",
    "the return on {T} is higher for {B} when it is tied to {F}",
    "a game's box art shapes its sales in mass retail",
    "loyalty schemes in hobby shops raise {R} among {S}",
    "localised editions widen a publisher's market in {city}",
    "{K} lets small publishers reach {S} without a distributor",
    "{A} expect brands like {B} to {bs}",
    "premium components justify a higher price only for committed hobbyists",
    "the pandemic brought lapsed players back to the table",
]  # fmt: skip
OPENERS = [
    "However",
    "In practice",
    "For {B}",
    "On {K}",
    "In the German market",
    "Across Central Europe",
    "By contrast",
    "Before {F}",
    "More recently",
    "In the case of {B}",
    "For a Polish publisher",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own webshop, specialist game stores, Amazon and its stand at {F}.",
    "The campaign ran for thirty days on {K} and reached its goal in the first hour.",
    "{O}, {C}.",
    "Footfall at the café is highest on Friday evenings and Sunday afternoons.",
    "The club's junior section meets twice a week in a school hall in {city}.",
    "{B} publishes its rulebooks in English, German, Dutch, Polish and Czech.",
    "Table 3 compares the three channels on cost per acquisition.",
    "The survey of {S} was run through the shop's mailing list.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author puts it, {Q} {P}.",
    "{O}, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "The point is made well: {Q} {P}.",
    "{Q} {P}, a view {B} would share.",
]  # fmt: skip
SCARE_QUOTES = ["‘pile of shame’", "‘kingmaking’", "‘all-in pledge’", "‘friendly local game store’", "‘meeple’",
                "‘gateway game’", "‘shelf of opportunity’", "‘stretch goals’", "‘play-to-win’", "‘analysis paralysis’",
                "‘cardboard crack’", "‘table presence’"]  # fmt: skip
SCARE_FRAMES = [
    "Backers now expect {Q} on every campaign {P}.",
    "{B} calls this stage of a player's hobby the {Q} {P}.",
    "Hobbyists speak of {Q} as a reason to buy {P}.",
    "What players call {Q} is a marketing problem as much as a design one {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your pre-order has shipped!’", "“Late pledges close tonight”", "‘{G} is back in stock’",
                 "“Your table is booked for Friday”", "‘Last chance: {F} tickets’", "“New puzzles for long evenings”",
                 "‘Roll up: our Christmas gift guide is here’", "“Your club membership expires soon”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} had the highest open rate of the quarter {P}.",
    "{B} sent {Q} to lapsed customers {P}.",
    "An email headed {Q} doubled clicks on the pre-order page {P}.",
    "Subject lines such as {Q} create urgency {P}.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "board-game-year": [
        "Modern hobby gaming in Germany is often dated to one game (Catan, 1995).",
        "{B} still compares every family launch with the classics (Carcassonne, 2000).",
        "The café's best-selling rental is a train game (Ticket to Ride, 2004).",
    ],
    "classic-game-year": [
        "Few brands have the reach of the oldest mass-market titles (Monopoly, 1935).",
        "The word game remains a staple of Christmas catalogues (Scrabble, 1948).",
        "{B} sells a deluxe edition of the murder-mystery classic (Cluedo, 1949).",
    ],
    "rpg-year": [
        "Tabletop role-playing began with one boxed set (Dungeons & Dragons, 1974).",
        "The horror game has a loyal following in Poland (Call of Cthulhu, 1981).",
    ],
    "legacy-game-year": [
        "Big-box campaign games topped the hobby rankings for years (Gloomhaven, 2017).",
        "Legacy games change as they are played (Pandemic Legacy, 2015).",
    ],
    "chess-player-year": [
        "The defeat of a world champion by a computer (Kasparov, 1997) is still told in IBM's marketing.",
        "A teenage grandmaster inspired a generation of Hungarian girls (Polgár, 1991).",
        "Carlsen (2013) became world champion in Chennai, and Norwegian chess never looked back.",
    ],
    "chess-match-year": [
        "The Cold War match in Reykjavík (Fischer and Spassky, 1972) made chess front-page news.",
        "Long title matches once ran for months (Kasparov and Karpov, 1984).",
    ],
    "machine-year": [
        "Machines beat humans at chess decades ago (Deep Blue, 1997).",
        "A self-taught engine changed how grandmasters prepare (AlphaZero, 2017).",
    ],
    "champion-name-year": [
        "The Chinese prodigy won the women's title at sixteen (Hou Yifan, 2010).",
        "Women's chess gained sponsors after a string of young champions (Hou Yifan, 2010), and {B} took note.",
    ],
    "award-year": [
        "A red pawn on the box lifts sales several times over (Spiel des Jahres, 2023).",
        "The expert prize reaches a more committed audience (Kennerspiel, 2019).",
        "{B} printed the award logo on every box after the jury's decision (Kinderspiel des Jahres, 2021).",
    ],
    "fair-year": [
        "The Essen fair attracted record numbers after the pandemic (Spiel Essen, 2022).",
        "The American convention began in a Wisconsin hall (Gen Con, 1968).",
        "The Birmingham show started small (UK Games Expo, 2007).",
    ],
    "prize-year": [
        "Industry awards matter less to buyers than to retailers (Origins Award, 2005).",
        "The community vote carries weight with hobbyists (Golden Geek, 2018).",
        "French buyers follow the Cannes prize closely (As d'Or, 2012).",
    ],
    "crowdfunding-record": [
        "Board games now top the crowdfunding charts (Kickstarter record, 2017).",
        "The sequel raised almost thirteen million dollars (Frosthaven, 2020).",
        "A card game with a viral video changed expectations of what a campaign could raise (Exploding Kittens, 2015).",
    ],
    "pledge-total": [
        "{B}'s last campaign raised {mil} thousand euros from backers in {city} and beyond (2024 campaign).",
        "Late pledges added a further {pct}% ({Y} figures) to the total.",
    ],
    "designer-year": [
        "The game's designer was a dental technician from Hessen (Teuber, 1995).",
        "Prolific designers dominate German catalogues (Knizia, 2000).",
    ],
    "designer-narrative": [
        "Uwe Rosenberg (2007) built Agricola around feeding a farming family.",
        "Vlaada Chvátil (2015) designed Codenames, still {B}'s best seller in Czechia.",
    ],
    "opening-year": [
        "Club coaches still teach the sharpest reply to 1.e4 first (Sicilian Defence, 1594).",
        "Sales of chess sets rose after the series named after an old opening (Queen's Gambit, 1490).",
        "The Spanish opening is older than most European publishers (Ruy Lopez, 1561).",
    ],
    "variant-year": [
        "Shuffled back ranks take opening theory out of the game (Fischer Random, 1996).",
        "Online platforms now host regular tournaments of the variant (Chess960, 1996).",
    ],
    "rule-year": [
        "Beginners at the club are taught to keep their hands still (touch-move rule, 1925).",
        "Added seconds per move changed how tournaments are run (increment timing, 1988).",
    ],
    "rating-year": [
        "Every club player knows their number (Elo rating, 1960).",
        "Online platforms use a newer system (Glicko-2, 2001).",
    ],
    "toy-craze-year": [
        "The puzzle became a worldwide craze (Rubik's Cube, 1980).",
        "Handheld pets filled playgrounds in the late nineties (Tamagotchi, 1997).",
        "Toy crazes can fade within a year (fidget spinner, 2017).",
    ],
    "recall-year": [
        "Retailers still remember the summer of recalls (lead paint recall, 2007).",
        "Safety scares damage trust in a whole category (magnet recall, 2007).",
    ],
    "merger-year": [
        "The games giant grew by buying its rivals (Hasbro and Milton Bradley, 1984).",
        "Private equity and Swedish money reshaped the hobby market (Asmodee and Embracer, 2022).",
        "Trading cards moved into a toy group's portfolio (Hasbro and Wizards of the Coast, 1999).",
    ],
    "founding-year": [
        "Stuttgart's publisher is older than the German state (Kosmos, 1822).",
        "The puzzle maker began as a publishing house in Swabia (Ravensburger, 1883).",
        "Vienna's card maker is one of the oldest in Europe (Piatnik, 1824).",
    ],
    "film-series-year": [
        "Chess set sales jumped after the Netflix drama (The Queen's Gambit, 2020).",
        "An older film about a child prodigy still draws parents to clubs (Searching for Bobby Fischer, 1993).",
        "Role-playing reached teenagers through a television series (Stranger Things, 2016).",
    ],
    "stream-year": [
        "Streamers brought new players to online chess (PogChamps, 2020).",
        "Actual-play shows sell role-playing books (Critical Role, 2015).",
    ],
    "price-box": [
        "The standard edition sells at €39.99 a box (2023) in German shops.",
        "{B} kept its price at {gbp} ({Y} RRP) despite rising freight costs.",
        "The deluxe pledge cost {eur} (2024 campaign price) before shipping.",
    ],
    "copies-sold": [
        "The game has sold 40 million copies (2021) in over forty languages.",
        "{B}'s flagship puzzle range passed {mil} million units sold (2022 figure).",
    ],
    "quoted-rule": [
        "Every child in Britain knows the card that reads “Do not pass Go”.",
        "The game master's “Roll for initiative” starts every combat.",
        "Players learn to say ‘J'adoube’ before adjusting a piece.",
    ],
    "catchphrase": [
        "The franchise's slogan, “Gotta catch ’em all”, still sells trading cards.",
        "{B}'s tagline ‘Games for everyone’ appears on every box.",
    ],
    "year-figures": [
        "Puzzle sales fell back after the lockdown peak (2022 sales).",
        "{B}'s hobby division grew again ({Y} results).",
        "Margins recovered in the second half (FY{Y} accounts).",
    ],
    "edition-year": [
        "The current rules are the most accessible yet (5th edition, 2014).",
        "Some groups still play the older rules (3.5 edition, 2003).",
    ],
    "expansion-year": [
        "The first expansion added ships and islands (Seafarers, 1997).",
        "A larger expansion followed a year later (Cities & Knights, 1998).",
    ],
    "championship-year": [
        "The title match in Astana ended a decade of one champion (World Chess Championship, 2023).",
        "Sponsors follow the qualifying event closely (Candidates Tournament, 2024).",
    ],
    "olympiad-year": [
        "Norway's team drew large crowds in Tromsø (Chess Olympiad, 2014).",
        "The team event first took place in London (Chess Olympiad, 1927).",
    ],
    "rating-peak": [
        "The highest rating ever recorded (2882, May 2014) is still a talking point.",
        "The club's strongest junior broke a milestone (2,000 Elo, {Y}).",
    ],
    "platform-users": [
        "The platform passed a landmark number of members (100 million, 2022).",
        "Daily games played reached new highs ({mil} million a day, {Y}).",
    ],
    "puzzle-record": [
        "The largest commercial jigsaw has 40,320 pieces (Memorable Disney Moments, 2016).",
        "Speed-puzzling contests use standard boxes (500 pieces, 2019 rules).",
    ],
    "wargame-year": [
        "Miniature wargaming moved into science fiction (Warhammer 40,000, 1987).",
        "Games Workshop replaced its fantasy setting (Age of Sigmar, 2015).",
    ],
    "card-game-year": [
        "Collectible card games created a new retail category (Magic: The Gathering, 1993).",
        "Japanese trading cards reached Europe within a few years (Pokémon TCG, 1996).",
    ],
    "video-adaptation": [
        "A hit video game lifted sales of role-playing starter sets (Baldur's Gate 3, 2023).",
        "Digital versions can feed sales of the physical game (Catan Universe, 2017).",
    ],
    "box-specs": [
        "The family edition suits younger buyers (ages 8+, 2-4 players, 30 minutes).",
        "{G} is sold as a heavier game (14+, 1-4 players, 90-120 minutes).",
    ],
    "year-range": [
        "The hobby market grew every year in the period studied ({Y}–{Y2}).",
        "Membership of the federation doubled (2019–2023) according to its own register.",
    ],
    "quarter": [
        "Most puzzles are sold before Christmas (Q4 {Y}).",
        "Sales dipped after the holidays (Q1 {Y2}).",
    ],
    "event-dates": [
        "The fair ran for four days (3–6 October 2024) in Essen.",
        "{B} took a stand at the Birmingham show (30 May–1 June 2025).",
    ],
    "chess-notation": [
        "The club's opening course starts with the main line (1.e4 c5 2.Nf3).",
        "The winning move was a queen sacrifice (23.Qh5+).",
    ],
    "time-control": [
        "The café's weekly tournament uses a fast format (3+2 blitz).",
        "League matches are played at a slower rate (90+30 classical).",
    ],
    "ticker": [
        "The toy group's shares rose on the news (NASDAQ: HAS).",
        "The Nottingham company is listed in London (LSE: GAW).",
    ],
    "exchange-rate": [
        "Prices were converted at the year's average rate (€1 = £0.86).",
        "The Polish list price was set in złoty (PLN 199, about €46).",
    ],
    "marking": [
        "Every box sold in Britain carries the new conformity mark (UKCA, 2021).",
        "Toys sold in the EU carry a different mark (CE marking).",
    ],
    "own-survey": [
        "Most café customers came with friends (n = {n}).",
        "Two thirds of respondents owned more than ten games (n = {n}, {Y}).",
    ],
    "percentage": [
        "Online sales now make up a large share of the total (+{pct}% year on year).",
        "Younger players favour apps (under-25s: {pct}%).",
    ],
    "cross-reference": [
        "The full interview guide is attached (see Appendix 2).",
        "The segments are compared in the table below (Table 4).",
    ],
    "handle-hashtag": [
        "The café posts new arrivals on Instagram (@thirstymeeples).",
        "The fair's hashtag trended for the whole weekend (#SPIEL{Y}).",
    ],
    "trademark": [
        "The brand is protected in every market (Monopoly®).",
        "Licence terms cover the logo as well as the name (Scrabble™).",
    ],
    "product-code": [
        "The bestselling puzzle in the range is a landscape (item 17 089, 1,000 pieces).",
        "The retailer lists the game by its barcode (EAN 4002051693695).",
    ],
    "season-event": [
        "Games shops run their biggest promotions in late November (Black Friday {Y}).",
        "The shop's busiest week was the last before Christmas (December {Y}).",
    ],
}  # fmt: skip

_GAMES = ["Wingspan", "Azul", "Codenames", "Dobble", "Terraforming Mars", "Brass: Birmingham", "Cascadia",
          "Dixit", "Splendor", "Root", "Everdell", "Ark Nova"]  # fmt: skip
_FAIRS = ["Spiel Essen", "UK Games Expo", "Gen Con", "Spielwarenmesse", "Gra i Ty", "Czech Games Fair"]  # fmt: skip
_CHANNELS = ["Kickstarter", "Gamefound", "Twitch", "YouTube", "Discord", "TikTok", "Instagram", "BoardGameGeek"]  # fmt: skip
_SEGMENTS = ["hobby gamers", "families with young children", "lapsed players", "club players", "jigsaw enthusiasts",
             "role-playing groups", "students", "casual players", "collectors"]  # fmt: skip
_CITIES = ["Essen", "Nuremberg", "Utrecht", "Kraków", "Prague", "Oslo", "Birmingham", "Indianapolis", "Brno",
           "Amsterdam", "Warsaw", "London"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "G": rng.choice(_GAMES), "F": rng.choice(_FAIRS), "K": rng.choice(_CHANNELS), "S": rng.choice(_SEGMENTS),
        "city": rng.choice(_CITIES), "eur": f"€{rng.randint(19, 149)}.99", "gbp": f"£{rng.randint(14, 99)}.99",
        "mil": str(rng.randint(2, 60)), "pct": str(rng.randint(4, 68)),
    }  # fmt: skip
