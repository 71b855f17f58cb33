"""Prose for the thirty-seventh held-out pool, "blind37": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-seventh hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how community, influencer
and performance marketers at games studios, publishers, esports teams and streaming platforms in the UK, Poland,
Finland, Sweden, France, Japan, South Korea and Brazil write on CIM and postgraduate courses: game titles with their
release years and editions, seasons and battle passes, patches and versions, consoles and storefronts, Steam
wishlists, streamers and their handles, Discord servers, leagues, tournaments and splits with their years, age
ratings, loot-box rules, prices in pounds, złoty, euros, yen, won and reais, KPIs and A/B tests, written in Word with
curly marks and pasted from Discord, Slack, Notion and Jira with straight ones.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} shows that {C}, which matters for how {B} plans its next season.",
    "{N} argues that {C}.",
    "{N} reports that {C}, a pattern our Discord data also hints at.",
    "{N} makes the case that {C}.",
    "{N} observed that {C}, although the sample was mostly PC players.",
    "{N} suggests that {C}; for {GAME} this is worth testing before the next patch.",
    "{N} notes that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "For a live-service title like {GAME}, {N} points out that {C}.",
    "In the esports context, {N} concluded that {C}.",
    "Looking at the {MARKET} market, {N} found that {C}.",
    "As {N} explains, {C}.",
    "This is close to what {N} describes: {C}.",
    "When planning the {SEASON} roadmap, the team leaned on {N}, who showed that {C}.",
    "Our community lead agrees with {N} that {C}.",
    "Before the wishlist push, it is worth recalling that {N} found {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {MARKET} players found that {C}.",
    "{N} findings suggest that {C}.",
    "{N} model of player engagement assumes that {C}.",
    "{N} framework is useful here because {C}.",
    "{N} survey data show that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "Research on live games shows that {C} {P}.",
    "{O}, {C} {P}.",
    "In {MARKET}, {C} {P}.",
    "For {B}, the key point is that {C} {P}.",
    "Studios have learned that {C} {P}.",
    "{C}, especially around launch week {P}.",
    "It is widely accepted in the industry that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, so the {SEASON} plan should reflect this.",
    "Evidence that {C} {P:see} supports a creator-led launch for {GAME}.",
    "The idea that {C} {P} fits what the community team sees every patch day.",
    "{O}, {C} {P}, and {B} is no exception.",
    "Because {C} {P}, the influencer budget was moved from display to Twitch.",
    "Player surveys {P:e.g.} suggest that {C}.",
]  # fmt: skip
CLAIMS = [
    "battle passes keep players logging in more often than one-off cosmetic bundles",
    "players distrust loot boxes once the drop rates are hidden",
    "streamers with smaller audiences drive higher conversion per view than the largest channels",
    "a free demo during a Steam festival lifts wishlists more than a new trailer does",
    "community managers shape how players read a delay announcement",
    "esports sponsorship builds brand recall mainly among viewers who already play",
    "review bombing hurts sales less than it hurts a studio's reputation with the press",
    "cross-play widens the pool of players a launch can reach",
    "players accept paid cosmetics more readily than paid power",
    "seasonal events bring lapsed players back for a short time only",
    "age ratings influence parents more than they influence teenagers",
    "localised trailers perform better in Brazil and Japan than subtitled ones",
    "Discord servers give small studios a cheap channel for early feedback",
    "mobile players churn within the first week unless onboarding is short",
    "transparent patch notes reduce negative sentiment after a bad launch",
    "influencer codes make the return on creator spend easier to measure",
    "nostalgia is a strong driver of interest in remakes and remasters",
    "fans of an esports team spend more on in-game items tied to that team",
    "the first hour of play decides most Steam reviews",
    "subscription catalogues change how players discover smaller games",
    "brand collaborations work best when the item fits the game world",
    "early access builds a loyal community but raises expectations for updates",
    "short-form clips now do more for discovery than store page features",
    "players in South Korea expect PC bang events as part of a launch",
]  # fmt: skip
OPENERS = [
    "For a mid-sized publisher",
    "Across console and PC",
    "In the free-to-play market",
    "During a live-service season",
    "For an indie studio with no paid media budget",
    "In mobile user acquisition",
    "From a community point of view",
    "In esports marketing",
]  # fmt: skip
PLAIN = [
    "This section looks at how {B} could grow its player base before the {SEASON} update.",
    "The campaign will run across Twitch, YouTube, TikTok and the official Discord server.",
    "Budget is split between creator partnerships, paid social and a small out-of-home test in {CITY}.",
    "The main KPI is wishlists, with daily active users as a secondary measure after launch.",
    "Retention at day 7 and day 30 will be reported to the live-ops team every week.",
    "The audience is mostly 18 to 34, with a growing number of players in Brazil and Poland.",
    "A soft launch in the Nordics lets the team test store assets before the global release.",
    "Community feedback from the closed beta will decide which features are shown in the trailer.",
    "All creator content will follow the disclosure rules for advertising.",
    "Results will be reviewed at the end of each season and the plan adjusted.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} puts it bluntly: {Q}.",
    "As one study of live games concludes, {Q} {P}.",
    "{Q} {P}, which is exactly the risk for {GAME}.",
    "{N} warns that {Q}.",
    "The community team often quotes the line that {Q} {P}.",
    "According to {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "“whales”", "‘whales’", "'whales'", "“pay-to-win”", "'pay-to-win'", "“FOMO”", "‘FOMO’", "“gamer”", "'gamer'",
    "“core players”", "‘core’", "“the grind”", "'the grind'", "“dead game”", "'dead game'", "“hype”", "‘hype’",
    "“live service”", "'cozy'", "“cosy”", "“engagement”", "‘authentic’", "'toxic'", "“day one”",
]  # fmt: skip
SCARE_FRAMES = [
    "So-called {Q} spend far more than other players {P}.",
    "{N} questions whether {Q} is a useful label at all.",
    "Players often call a game {Q} once the player count drops {P}.",
    "The term {Q} is used loosely across the industry {P}.",
    "{N} treats {Q} as a design problem rather than a marketing one.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Your squad is waiting”", "‘Season 5 is live’", "'Wishlist now on Steam'", "“Double XP this weekend”",
    "“Play free this weekend”", "'Your battle pass expires soon'", "‘Join the beta’", "“The hunt begins”",
    "“We miss you, Commander”", "'Pre-order bonus ends Friday'", "“Drop in together”", "“Jogue grátis agora”",
    "“Gotowi na sezon?”", "'Nouvelle saison disponible'",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The push notification {Q} follows the advice on urgency {P}.",
    "A line such as {Q} works because it speaks to the group, not the individual {P}.",
    "{N} would see the tagline {Q} as a clear call to action.",
    "The email subject {Q} was chosen after an A/B test, as {N} recommends.",
    "The store capsule text {Q} reflects research on short, active copy {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "game-with-release-year": [
        "{GAME_Y} is still the benchmark the team measures every trailer against.",
        "Many players first met the franchise through {GAME_Y}, so the remake leans on nostalgia.",
        "The brief asks for a tone closer to {GAME_Y} than to our last release.",
    ],
    "game-title-with-number": [
        "Sales of {SPORTS} {YY} were down on the previous edition in the UK.",
        "The studio's pitch deck compares the project to {SPORTS} {YY} and its Ultimate Team mode.",
    ],
    "edition-and-year": [
        "The Game of the Year Edition ({Y}) bundled every expansion and sold well in Poland.",
        "A Deluxe Edition (£{PRICE}) and a Collector's Edition were offered at pre-order in {Y}.",
        "The Definitive Edition (released {Y}) added cross-play and a photo mode.",
    ],
    "season-and-battle-pass": [
        "Season {q} ({Y}) introduced a premium battle pass with 100 tiers.",
        "The {SEASON} battle pass (1,000 V-Bucks) sold out its early unlocks within two days.",
        "Chapter {q}, Season {q} of {GAME} ran from March to June {Y}.",
    ],
    "patch-version": [
        "Patch {VER} fixed the matchmaking bug that had dominated the subreddit for a week.",
        "Version {VER} (the 'Phantom' update) added ray tracing on PS5 and Xbox Series X|S.",
        "Hotfix {VER} was pushed on a Friday night, which the community did not forget.",
    ],
    "age-rating": [
        "The game is rated PEGI {PEGI}, so creators under 18 were not approached.",
        "A PEGI {PEGI} rating (violence, in-game purchases) limits where ads can run.",
        "In Brazil the ClassInd rating is {CLASSIND}, while the ESRB rating is T for Teen.",
    ],
    "loot-box-rule": [
        "Since Belgium's ban in {LBY}, paid loot boxes have been switched off for Belgian accounts.",
        "The industry principles on paid loot boxes (July {LBY2}) require drop rates to be shown before purchase.",
        "Under Japan's kompu gacha ban ({KOMPU}), complete-set gacha mechanics were dropped.",
    ],
    "console-and-storefront": [
        "The game launches on PS5, Xbox Series X|S, Nintendo Switch 2 and PC (Steam, Epic Games Store).",
        "Pricing on the Nintendo eShop (€{PRICE}) is slightly higher than on GOG.",
        "PlayStation Plus Extra (Tier 2) will carry the game from month {q} after launch.",
    ],
    "steam-wishlists": [
        "Wishlists passed {WISH} after the Steam Next Fest demo (June {Y}).",
        "The store page reached the Popular Upcoming list with {WISH} wishlists and a 4.8 follower ratio.",
    ],
    "streamer-handle": [
        "The co-stream with {STREAMER} (@{HANDLE}) peaked at {n},000 concurrent viewers.",
        "Creators such as {STREAMER} ({HANDLE} on Twitch) were given early keys under embargo.",
        "A clip by @{HANDLE} reached two million views on TikTok within a day.",
    ],
    "discord-server": [
        "The official Discord server (discord.gg/{SLUG}) grew to {n},000 members before the beta.",
        "Feedback was gathered in the #beta-feedback channel of the Discord server.",
        "Moderators in the Discord (around {n} volunteers) flagged scams every weekend.",
    ],
    "esports-league-season": [
        "{LEAGUE} {Y} Spring Split viewership was up on the previous year.",
        "The team finished third in {LEAGUE} {Y} and qualified for the playoffs.",
        "Sponsors were announced before {LEAGUE} Season {q} ({Y}) began.",
    ],
    "tournament-year": [
        "{TOURNEY} {Y} in {CITY} drew a record peak audience, excluding Chinese platforms.",
        "The activation booth at {TOURNEY} {Y} handed out {n},000 in-game codes.",
    ],
    "team-roster": [
        "{TEAM} (formerly {TEAM2}) signed a new support player for the {Y} season.",
        "The {TEAM} Academy roster (under-21) is used to test new jersey designs.",
    ],
    "trade-show-year": [
        "The trailer premiered at Gamescom {Y} in Cologne and again at Tokyo Game Show {Y}.",
        "Booth costs at EGX {Y} were lower than at Gamescom, so the indie team went to Birmingham.",
        "Summer Game Fest {Y} gave the reveal a slot of ninety seconds.",
    ],
    "financial-quarter": [
        "Revenue from in-game purchases rose {PCT}% in Q{q} FY{YY} compared with the prior quarter.",
        "Bookings for H1 {Y} (unaudited) were ahead of guidance.",
        "The fiscal year ending 31 March {Y} was the best in the publisher's history.",
    ],
    "price-local-currency": [
        "The standard edition costs {PLN} zł in Poland, R$ {BRL} in Brazil and ¥{JPY} in Japan.",
        "The premium pass is priced at ₩{KRW} in Korea (about £{PRICE}).",
        "Regional pricing (Steam's recommended tiers, {Y}) lowered the price in Brazil.",
    ],
    "kpi-figures": [
        "D1 retention was {PCT}% and D7 was {PCT2}% in the soft launch.",
        "ARPDAU (average revenue per daily active user) reached £0.{n} in week two.",
        "The CPI (cost per install) in the UK was three times the CPI in Brazil.",
    ],
    "ab-test": [
        "Variant B (the red capsule art) beat Variant A by {PCT}% on click-through.",
        "Test UA-{n} ran for two weeks with a 50/50 split.",
    ],
    "platform-feature": [
        "Twitch Drops (launched for the game in {Y}) rewarded viewers with a weapon skin.",
        "YouTube Shorts and TikTok LIVE were added to the creator brief in Q{q}.",
        "Steam Deck Verified status (a green tick) was awarded two weeks before launch.",
    ],
    "subreddit-and-post": [
        "A thread on r/{SUB} (\"Is the game dead?\") reached the front page.",
        "The r/{SUB} community ran an unofficial poll with {n} replies.",
    ],
    "hashtag-campaign": [
        "The #{TAG} campaign trended in Brazil on launch day.",
        "Players used #{TAG} and #{TAG2} to share clips during the event.",
    ],
    "job-title-role": [
        "The Head of Community (EMEA) reports to the Global Marketing Director.",
        "A new Creator Partnerships Manager (Tokyo) joined in {Y} to handle Japanese talent.",
    ],
    "named-colleague": [
        "{FIRST} from the live-ops team shared the dashboard on {d} March.",
        "Thanks to {FIRST} ({ROLE}) for the Discord export used in this section.",
    ],
    "studio-office-founded": [
        "The studio (founded in {Y} in {CITY}) now employs around {n} people.",
        "{STUDIO} opened a second office in {CITY} in {Y}.",
    ],
    "appendix-figure-table": [
        "The full wishlist curve is in Appendix {q} (Figure {q}.{d}).",
        "Table {q} compares creator rates across Twitch, YouTube and Kick.",
        "See Appendix C for the survey (n = {n}).",
    ],
    "survey-sample": [
        "Our own player survey (n = {n}, fielded in {MONTH} {Y}) asked about battle pass value.",
        "A poll in the Discord ({n} responses) showed that most players wanted a ranked mode.",
    ],
    "date-and-time": [
        "The launch stream starts on {d} {MONTH} at 17:00 BST (18:00 CEST, 01:00 JST).",
        "Embargo lifts on {d} {MONTH} {Y} at 15:00 UTC.",
    ],
    "question-and-exam-ref": [
        "Task 2 (a) asks for a plan for the next twelve months.",
        "This answers Assessment Criterion {q}.{d} (AC{q}.{d}).",
    ],
    "word-count-note": [
        "(Word count: {WC})",
        "Word count excluding tables and references: {WC}.",
    ],
    "uk-law-short-title": [
        "Paid ads by creators must follow the CAP Code (Section {q}) and the Consumer Protection from Unfair Trading Regulations.",
        "Player data is handled under the UK GDPR and the Data Protection Act, with the Children's code applied to under-18s.",
    ],
    "case-number-ruling": [
        "The ruling against the publisher (case A{YY}-{RULING}) concerned an undisclosed influencer post.",
        "Complaint reference A{YY}-{RULING}-{n} was not upheld after the disclosure was found to be clear.",
    ],
    "hardware-model": [
        "Performance targets are 60 fps on PS5 Pro and 30 fps on the Xbox Series S.",
        "The minimum PC spec is a GTX 1060 (6 GB) with 16 GB of RAM.",
    ],
    "resolution-and-fps": [
        "Trailers are exported in 4K (3840 x 2160) at 60 fps and cut to 9:16 for Shorts.",
        "Clips for X are capped at 2 minutes 20 seconds (1080p).",
    ],
    "in-game-currency": [
        "A skin costs 1,200 Gems (about £{PRICE}) in the item shop.",
        "Players earn 300 Coins per tier, so the pass pays for itself by tier {n}.",
    ],
    "rank-and-elo": [
        "Most of our audience sits between Gold II and Platinum IV in ranked.",
        "Creators at Grandmaster (top 500) get a separate briefing.",
    ],
    "brand-collab": [
        "The {BRANDX} x {GAME} collaboration ({Y}) sold out its skins in a weekend.",
        "A limited {BRANDX} item (In-Game Exclusive) was added for the anniversary.",
    ],
    "award-year": [
        "The game won Best Indie at The Game Awards {Y} and a BAFTA Games Award in {Y2}.",
        "A nomination for Golden Joystick Awards {Y} (Best Storytelling) was used in the trailer.",
    ],
    "metascore-and-review": [
        "The game holds a Metacritic score of {META} and 'Very Positive' on Steam.",
        "Eurogamer's review ('Recommended') was quoted on the store page.",
    ],
    "company-legal-name": [
        "The publisher trades as {STUDIO} but is registered as {STUDIO} Ltd (Company No. {COMPNO}).",
        "Contracts are signed by the Polish entity (sp. z o.o.) rather than the UK one.",
    ],
    "stock-ticker": [
        "Shares ({TICKER}) fell {PCT}% on the day the delay was announced.",
        "The listing on the Warsaw Stock Exchange (WSE: {TICKER}) gives the studio extra press attention.",
    ],
    "japanese-korean-terms": [
        "Collaboration cafés (コラボカフェ) are planned in Akihabara for the anniversary.",
        "In Korea, PC bang (PC방) tournaments run every weekend of the season.",
    ],
    "url-and-domain": [
        "Pre-registration is open at play.{SLUG}.com and in the App Store.",
        "The press kit lives at {SLUG}.com/press (password shared by email).",
    ],
    "model-name-framework": [
        "The AARRR funnel (acquisition, activation, retention, referral, revenue) structures the KPIs.",
        "Bartle's player types (Killers, Achievers, Explorers, Socialisers) are used to segment the creator brief.",
        "A SOSTAC plan (Situation, Objectives, Strategy, Tactics, Action, Control) follows.",
    ],
    "roadmap-phase": [
        "Phase 1 (Pre-alpha, {Y}) was closed to the public; Phase 2 (Closed Beta) opened to wishlisters.",
        "Year {q} of the roadmap (Seasons {q} to {d}) adds a co-op mode.",
    ],
    "quoted-player-comment": [
        "One Reddit comment simply said \"just fix the servers\".",
        "The most liked reply on X was \"take my money\".",
        "A Steam review read 'great game, awful launcher'.",
    ],
    "game-quote-line": [
        "The tagline \"{TAGLINE}\" tested best with lapsed players.",
        "The line '{TAGLINE}' appears at the end of every spot.",
    ],
}  # fmt: skip

BRANDS = ["CD PROJEKT RED", "Ubisoft", "Remedy", "Supercell", "Rovio", "Paradox Interactive", "Embracer Group",
          "Techland", "11 bit studios", "Nintendo", "Nexon", "Krafton", "Capcom", "Frontier Developments", "Team17",
          "Fnatic", "Excel Esports", "Twitch", "Riot Games", "Wildlife Studios", "Don't Nod", "Sumo Digital",
          "People Can Fly", "Housemarque", "Smilegate", "Quantic Dream"]  # fmt: skip

_GAMES = ["Cyberpunk 2077", "Alan Wake 2", "Frostpunk 2", "Dying Light 2", "Clash of Clans", "Brawl Stars",
          "Rainbow Six Siege", "Hollow Knight", "Valheim", "Baldur's Gate 3", "Lost Ark", "Free Fire", "Fortnite",
          "Valorant", "Counter-Strike 2", "Minecraft", "Helldivers 2", "Palworld", "Stardew Valley", "Splatoon 3"]  # fmt: skip
_GAMES_Y = ["The Witcher 3: Wild Hunt (2015)", "Alan Wake (2010)", "This War of Mine (2014)", "Angry Birds (2009)",
            "Control (2019)", "Heroes of Might and Magic III (1999)", "Life is Strange (2015)", "Metro 2033 (2010)",
            "Animal Crossing: New Horizons (2020)", "Final Fantasy VII (1997)", "StarCraft: Brood War (1998)",
            "Max Payne (2001)", "Tibia (1997)", "Ragnarok Online (2002)", "Half-Life 2 (2004)"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2012, 2025)
    return {
        "GAME": rng.choice(_GAMES),
        "GAME_Y": rng.choice(_GAMES_Y),
        "SPORTS": rng.choice(["EA Sports FC", "FIFA", "NBA 2K", "F1", "Football Manager", "WRC"]),
        "YY": f"{rng.randint(19, 26)}",
        "SEASON": rng.choice(["Season 3", "Season 7", "winter", "anniversary", "Year 2", "Chapter 5"]),
        "MARKET": rng.choice(["Polish", "Finnish", "Swedish", "French", "Japanese", "Korean", "Brazilian", "UK"]),
        "VER": f"{rng.randint(1, 3)}.{rng.randint(0, 9)}{rng.choice(['', '.1', '.2', 'b'])}",
        "PEGI": rng.choice(["3", "7", "12", "16", "18"]),
        "CLASSIND": rng.choice(["10", "12", "14", "16", "18"]),
        "LBY": str(rng.choice([2018, 2018])),
        "LBY2": str(rng.choice([2023, 2023])),
        "KOMPU": rng.choice(["2012", "May 2012"]),
        "PRICE": rng.choice(["9.99", "19.99", "59.99", "69.99", "4.49", "24.99"]),
        "WISH": rng.choice(["50,000", "120,000", "250,000", "1 million", "400k"]),
        "STREAMER": rng.choice(
            [
                "Gaules",
                "xQc",
                "Ibai",
                "Pokimane",
                "Izakooo",
                "Vinesauce",
                "Zackrawrr",
                "Faker",
                "Mithrain",
                "Loud Coringa",
            ]
        ),
        "HANDLE": rng.choice(
            ["pixelkasia", "NordicNoob", "sakura_plays", "joaogamer", "minji.gg", "TheCosyCorner", "ReddyFPS"]
        ),
        "SLUG": rng.choice(["ashfall", "neonrift", "kraina", "lumo", "starhollow", "pixelsquad"]),
        "LEAGUE": rng.choice(
            [
                "LEC",
                "LCK",
                "CBLOL",
                "VCT EMEA",
                "Northern League of Legends Championship",
                "Ultraliga",
                "ESL Pro League",
            ]
        ),
        "TOURNEY": rng.choice(
            [
                "IEM Katowice",
                "Worlds",
                "Valorant Champions",
                "BLAST Premier Spring Final",
                "Evo Japan",
                "Assembly Summer",
            ]
        ),
        "TEAM": rng.choice(["Fnatic", "G2 Esports", "T1", "LOUD", "Team Vitality", "Karmine Corp", "ENCE", "Gen.G"]),
        "TEAM2": rng.choice(["Origen", "SK Telecom T1", "Misfits", "Team Dignitas"]),
        "CITY": rng.choice(
            ["Katowice", "Helsinki", "Stockholm", "Paris", "Seoul", "Tokyo", "São Paulo", "Manchester", "Kraków"]
        ),
        "PCT": str(rng.randint(3, 48)),
        "PCT2": str(rng.randint(2, 20)),
        "PLN": rng.choice(["199", "249", "279"]),
        "BRL": rng.choice(["199,90", "249,50", "299"]),
        "JPY": rng.choice(["7,980", "8,800", "9,680"]),
        "KRW": rng.choice(["11,000", "33,000", "64,800"]),
        "SUB": rng.choice(
            ["gaming", "Games", "pcgaming", "Polska", "NintendoSwitch", "leagueoflegends", "indiegaming"]
        ),
        "TAG": rng.choice(["DropInTogether", "Season5", "JogueJunto", "WeAreFnatic", "IEM2025", "GameDev"]),
        "TAG2": rng.choice(["PS5", "SteamNextFest", "IndieDev", "Esports"]),
        "FIRST": rng.choice(["Ola", "Mikko", "Saga", "Léa", "Yuto", "Seoyeon", "Bruno", "Callum"]),
        "ROLE": rng.choice(["Community Manager", "Live-Ops Lead", "Data Analyst", "Creator Manager"]),
        "STUDIO": rng.choice(
            ["Blue Lantern Games", "Pikselowo", "Revontuli Interactive", "Fjällstudio", "Studio Lueur", "Hanbit Pixel"]
        ),
        "MONTH": rng.choice(["January", "March", "June", "September", "November"]),
        "WC": rng.choice(["2,987", "3,012", "2,499", "4,020"]),
        "RULING": str(rng.randint(100000, 999999)),
        "BRANDX": rng.choice(["Balenciaga", "Lego", "Marvel", "Crocs", "Nike", "Sanrio", "Havaianas"]),
        "META": str(rng.randint(72, 93)),
        "COMPNO": str(rng.randint(10000000, 14999999)).zfill(8),
        "TICKER": rng.choice(["CDR", "UBI", "REMEDY", "EMBRAC B", "TM17", "FDEV", "7974"]),
        "TAGLINE": rng.choice(["Drop in together", "The north remembers", "Play your way", "Every season a new story"]),
        "Y_LOW": str(year),
    }
