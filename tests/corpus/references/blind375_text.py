"""The blind375 pool's prose: marketers at game studios and publishers, esports teams, leagues and tournament
organisers, game retailers and digital storefronts, streamers and creator agencies and mobile-game makers in the UK,
Finland, South Korea, Brazil, Poland and the Philippines, writing CIM Level 6 and 7 reports and MBA assignments in
English.

Written without reading the checker, its tests or any other pool. Citations come at the start, in the middle and at
the end of sentences, after "as", "following", "according to", "echoing", "building on" and "in line with", with
"see", "e.g." and "cf." inside the bracket, in lists of works and beside quotations. The decoys are what these
candidates put in brackets and beside years that is no source: game titles with release years, numbered editions
("FIFA 23", "Cyberpunk 2077"), consoles, tournaments, seasons and splits, teams, players' handles, acquisitions and
listings (of firms the list may hold too), founders, chief executives and founding years, patches and updates,
prices, downloads, revenue, acts and regulations named in passing, ratings, awards, events, tickers, handles,
cross-references, glossed terms and more. Placeholders are those of text.py's blind pools, and {Y}, {Y2} (recent
years), {Y3}, {pc}, {mo}, {G} (a game), {cur} (a price) and {h} (a handle) from values() below.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Supercell", "Rovio", "Remedy", "CD PROJEKT RED", "Techland", "People Can Fly", "Huuuge", "KRAFTON", "Nexon",
          "Netmarble", "Com2uS", "Pearl Abyss", "Smilegate", "Kakao Games", "Wildlife", "Garena", "Moonton", "Nuuvem",
          "GOG", "Datablitz", "GAME", "CeX", "Fnatic", "Excel", "Guild Esports", "T1", "Gen.G", "LOUD", "FURIA", "ENCE",
          "Blacklist International", "Team Liquid", "Frontier", "Team17", "Jagex", "Sports Interactive", "The Yogscast",
          "Sandbox Network", "AfreecaTV", "Twitch", "Kick", "ESL FACEIT Group", "Riot Games", "Epic Games Store"]  # fmt: skip

_TACTICS = ["battle passes", "in-game advertising", "rewarded video ads", "loot boxes", "esports sponsorship",
            "creator codes", "Twitch drops", "limited-time events", "cosmetic bundles", "influencer streams",
            "Discord communities", "early access", "cross-promotion between games", "gamified loyalty schemes",
            "brand skins in Fortnite and Roblox", "co-streaming rights", "subscription tiers", "push notifications",
            "user-generated content", "community tournaments", "watch parties", "pre-registration rewards"]  # fmt: skip
_AUDIENCES = ["mobile gamers", "esports fans", "casual players", "Gen Z players", "lapsed players", "whales",
              "parents of young players", "Twitch viewers", "PC players", "console owners", "female gamers",
              "students", "new players", "hardcore fans", "Filipino mobile gamers", "Brazilian players",
              "Korean PC bang users"]  # fmt: skip
_RESULTS = ["retention", "day-7 retention", "average revenue per user", "conversion to paying players",
            "watch time", "brand recall", "community sentiment", "session length", "pre-registrations",
            "merchandise sales", "lifetime value", "daily active users", "share of voice"]  # fmt: skip
_GAMES = ["Clash of Clans", "Clash Royale", "Brawl Stars", "Angry Birds 2", "Mobile Legends: Bang Bang", "Free Fire",
          "League of Legends", "Valorant", "PUBG Mobile", "Lost Ark", "Black Desert", "Summoners War",
          "The Witcher 3", "Frostpunk", "Dying Light 2", "Alan Wake 2", "Elite Dangerous", "Worms", "RuneScape",
          "Fortnite", "Roblox", "Counter-Strike 2", "MapleStory", "Genshin Impact"]  # fmt: skip
_SUBJECT_ITEMS = ["Season 5", "the new battle pass", "your squad", "the Lunar New Year skins", "double XP weekend",
                  "the Worlds 2024 drops", "the Founder's Pack", "your daily reward", "the summer sale"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values for this pool's frames, drawn after the common ones (recent years replace the common {Y})."""
    year = rng.randint(2012, 2025)
    return {
        "Y": str(year), "Y2": str(min(year + rng.randint(1, 3), 2026)), "Y3": str(rng.randint(2019, 2025)),
        "pc": str(rng.randint(3, 87)), "mo": rng.choice(["January", "March", "April", "June", "August", "September", "November"]),
        "T": rng.choice(_TACTICS), "A": rng.choice(_AUDIENCES), "R": rng.choice(_RESULTS), "G": rng.choice(_GAMES),
        "M": rng.choice(_SUBJECT_ITEMS),
        "cur": rng.choice(["£4.99", "£9.99", "€19.99", "US$9.99", "₱299", "R$ 29,90", "zł 49", "₩33,000", "£69.99"]),
        "h": rng.choice(["@SupercellGames", "@LOUDgg", "@FURIA", "@T1LoL", "@FNATIC", "@BlacklistINTL", "@Datablitz_PH", "@ENCE"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn only from {A}.",
    "{N} concluded that {C}.", "{N} showed that {C}, which is directly relevant to {B}.",
    "{N} suggested that {C}; {B}'s own community data points the same way.", "{N} identified {T} as a driver of {R} and found that {C}.",
    "{N} observed that {C}, particularly among {A}.", "{N} reported that {C} in the Korean market.",
    "{N} questioned whether {C}.", "{N} went further, arguing that {C} and that {C2}.",
    "{N} describe how {C}.", "{N} warned that {C} unless studios are transparent about odds.",
    "{N} measured {R} across {n} mobile titles and reported that {C}.", "{N} made the point that {C}.",
    "{N} surveyed {A} in Brazil and the Philippines and found that {C}.",
    "{N} note that {C}, a finding {B} has so far ignored.", "{N} claimed that {C}.",
    "{N} distinguished between fans and players, showing that {C}.",
    "{N} examined {T} and concluded that {C}.", "{N} pointed out that {C} – something {B} should weigh up.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, which supports the findings of {N}.", "{C} – a view shared by {N}.", "As {N} argued, {C}.",
    "According to {N}, {C}.", "Following {N}, this report assumes that {C}.", "Echoing {N}, {C}.",
    "Building on {N}, it can be argued that {C}.", "In line with {N}, {C}.", "{C}, as {N} noted.",
    "{C}, according to {N}.", "Research by {N} suggests that {C}.", "Data from {N} show that {C}.",
    "For {B}, the lesson from {N} is that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "It could be argued, following {N}, that {C}.", "A survey carried out by {N} found that {C}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "When {B} launched its battle pass it seemed to follow {N}: {C}.",
    "{B} is a good example: as {N} showed, {C}.", "Unlike {B}, which relies on {T}, the studios studied by {N} found that {C}.",
    "As highlighted by {N}, {C}.", "{C}, as was also the case in the study by {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Twitch audiences shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "{N} typology of players suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially on mobile {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} {P:cf.}.", "{B}’s results suggest that {C} {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Put simply: {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
    "The main benefits of {T} are reach, retention and lower acquisition costs {P}.",
    "{C}, as studies of Korean and Finnish studios show {P:for example,}.", "Esports is different: {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to trust streamers than traditional advertising", "investment in {T} lifted {R} in a {pc}-day trial",
    "{B}'s reliance on {T} leaves it exposed if platform fees rise", "well-designed {T} can raise {R} among {A}",
    "players resent monetisation that feels pay-to-win", "{A} treat cosmetic items as a form of self-expression",
    "brands that ignore esports risk losing {A} to competitors", "a campaign built on {T} is cheaper than TV but harder to measure",
    "the player journey is no longer linear", "in-game advertising works best when it fits the game world",
    "{A} respond better to community creators than to brand accounts", "the cost-of-living crisis has made {A} more price-sensitive",
    "esports teams depend too heavily on sponsorship income", "spending on {T} only pays off when the reward feels earned",
    "mobile now accounts for most of the games market in Southeast Asia and Latin America",
    "loot boxes blur the line between gaming and gambling", "parasocial bonds with streamers drive spending on {G}",
    "fans identify with a team more than with a single game", "a clear purpose helps studios like {B} keep talent and players",
    "gamification raises engagement at first but the effect fades", "{A} expect studios to disclose the odds of paid random items",
    "localised events matter more than global campaigns in the Philippines and Brazil",
    "studios that rely on {T} see {R} fall once the novelty wears off",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From a player's perspective", "Nevertheless", "Consequently",
    "Within the mobile sector", "As a result", "Looking at {B}'s competitors", "In Korea", "In Brazil", "Overall",
    "In esports", "Interestingly",
]  # fmt: skip
PLAIN = [
    "{B} sells through console stores, PC storefronts and both mobile app stores.",
    "This report analyses {B}'s current player-acquisition channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Discord server has over {n}k members, but activity is concentrated in a few channels.",
    "The recommendations are costed and phased over twelve months.", "{O}, {C}.",
    "{B} uses TikTok, YouTube and Twitch creators, with most of its budget going on paid user acquisition.",
    "Players can buy through the app stores, the web shop or prepaid cards sold in convenience stores.",
    "A PESTLE and a SWOT analysis of {B} are included in the appendices.",
    "{G} remains the studio's most profitable title.",
    "The main competitors are {B} and two smaller studios based in Helsinki and Kraków.",
    "Task 2 builds on this by proposing a community and creator plan for the next season.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "{N} put it bluntly: {Q}.", "The point is made directly that {Q} {P}, which {B} should note.",
    "In the words of {N}, {Q}.", "Marketers are told that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘pay-to-win’", "‘whales’", "‘games as a service’", "‘live ops’", "‘FOMO’", "‘grinding’",
                "‘gacha’", "‘the metaverse’", "'toxic'", "“casual”", "‘creator economy’", "'clip culture'",
                "‘play-to-earn’", "‘sweaty’", "‘content drought’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been criticised in debates about {Q} {P}.", "Many players are tired of what gets called {Q} {P}.",
    "The term {Q} is used loosely in the industry {P}.", "What studios call {Q} is now common in mobile games {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.", "{N} use the label {Q} for a very different group of players.",
    "So-called {Q} features divide the player base {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {M} rewards are waiting’", "‘48 hours left – don’t miss {M}’", "“Come back for {M}”",
                 "‘Your squad misses you’", "‘Free gems inside (no code needed)’", "‘{M} starts now’",
                 "“Your receipt from the store”", "‘We saved your progress – claim 500 coins’",
                 "‘Ends tonight: up to 70% off {M}’", "‘Pre-register now for exclusive skins’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A push notification such as {Q} can lift day-7 retention {P}.", "{B} used {Q} in its win-back email {P}.",
    "Short, urgent copy ({Q}, for example) performs well with {A} {P}.",
    "Messages like {Q} work because they create urgency {P}.", "The notification {Q} was opened by more {A} than any other {P}.",
    "{N} tested {Q} against a plainer message and found a clear winner.",
]  # fmt: skip

# Text with brackets, years, numbers and quotation marks that is no source: none of it belongs in a reference list.
NOT_CITATIONS = {
    "game-release-year": [
        "Cozy farming games took off after the success of indie hits (Stardew Valley, 2016).",
        "{B} looked closely at the launch of Clash Royale (2016) before planning its own.",
        "The Witcher 3: Wild Hunt (2015) is still the studio's calling card.",
        "Survival titles such as This War of Mine (2014) and Frostpunk (2018) built 11 bit studios' reputation.",
        "Alan Wake 2 (2023) was Remedy's first self-published game.",
        "Brazilian players embraced Free Fire (2017) because it runs on cheap phones.",
    ],
    "numbered-edition": [
        "FIFA 23 was the last game released under the FIFA name.", "EA Sports FC 24 replaced it in September 2023.",
        "Cyberpunk 2077 sold over 25 million copies despite its troubled launch.",
        "Football Manager 2024 became the most played edition in the series.",
        "{B} sponsored an NBA 2K24 league for students.", "Dying Light 2 Stay Human shipped in February 2022.",
    ],
    "console-platform-year": [
        "Demand for the PlayStation 5 (launched November 2020) outstripped supply for two years.",
        "The Nintendo Switch (2017) opened handheld play to older players.",
        "Valve's Steam Deck (2022) made PC games portable.", "Stock of the Xbox Series X|S (2020) was rationed in the Philippines.",
        "The Meta Quest 3 (October 2023) is priced for early adopters.",
    ],
    "tournament-year": [
        "Worlds 2023 in Seoul drew record audiences for T1.", "IEM Katowice 2024 sold out the Spodek arena again.",
        "The M5 World Championship (Manila, 2023) showed how big mobile esports is in Southeast Asia.",
        "The Rio Major (November 2022) was the first CS:GO Major held in Brazil.",
        "{B} activated at The International 2023 with a branded viewing lounge.",
    ],
    "league-season": [
        "Viewership of LEC Spring 2024 fell slightly year on year.", "LCK Summer 2023 finals were held in Seoul.",
        "CBLOL 2024 Split 1 moved to a new broadcast schedule.", "MPL PH Season 13 (2024) set a new viewing record.",
        "The team qualified through the Finnish Pelaajaliiga (autumn {Y3}).",
    ],
    "team-title-year": [
        "T1 (world champions in 2023 and 2024) has fans far beyond Korea.", "LOUD (VCT Champions 2022) is Brazil's most-followed team.",
        "Blacklist International (M3 champions, 2021) made Filipino esports mainstream.",
        "ENCE (Katowice Major finalists, 2019) remains Finland's best-known team.",
        "Fnatic (Season 1 world champions, 2011) has built a lifestyle brand around its name.",
    ],
    "player-handle": [
        "Faker (Lee Sang-hyeok) has played for T1 since 2013.", "Jankos (Marcin Jankowski) played for G2 from 2017 to 2022.",
        "Aspas (Erick Santos) moved to Leviatán in 2023.", "OhMyV33nus (Johnmar Villaluna) captained Blacklist International to the M3 title.",
        "allu (Aleksi Jalli) is still recognised by Finnish fans.", "{B} signed NEO (Filip Kubski, one of the ‘Golden Five’).",
    ],
    "streamer-handle": [
        "The Brazilian streamer Gaules (Alexandre Borba) co-streams Major matches to hundreds of thousands.",
        "Ibai's La Velada del Año (2023) broke Twitch viewing records.",
        "Alodia Gosiengfiao (cosplayer and streamer) fronts campaigns for Filipino brands.",
        "Kai Cenat's subathon (February 2023) set a Twitch subscriber record.",
    ],
    "acquisition": [
        "Tencent's majority stake in Supercell (2016) valued the studio at about US$10bn.",
        "Sony's purchase of Housemarque (2021) brought the Finnish studio into PlayStation Studios.",
        "Sega's takeover of Rovio (2023) cost around €706m.", "Krafton bought Unknown Worlds (2021) for US$500m.",
        "Zynga's acquisition of Small Giant Games (2018) showed how valuable Finnish mobile studios had become.",
        "Frasers Group's takeover of GAME Digital (2019) turned stores into Belong arenas.",
        "CD PROJEKT's acquisition of The Molasses Flood (2021) added a studio in Boston.",
    ],
    "merger": [
        "The merger of ESL and FACEIT (2022) followed their purchase by Savvy Games Group.",
        "Microsoft's deal for Activision Blizzard (completed October 2023) was cleared by the CMA after changes.",
        "Keywords Studios agreed to be bought by EQT (2024).", "{B} merged its two mobile studios ({Y}) to cut costs.",
    ],
    "funding-round": [
        "Wildlife raised US$120m in a funding round (December 2020) at a US$3bn valuation.",
        "{B} closed a seed round (€{n}k, {Y3}) led by Finnish angels.",
        "The team's Series A (US${q}{q}m, {mo} {Y3}) was led by a Saudi-backed fund.",
        "Investment in esports start-ups collapsed after the 2021 peak (down {pc}% by 2023).",
    ],
    "ipo-listing": [
        "Krafton's IPO (Korea Exchange, August 2021) was one of the year's largest.",
        "Rovio listed on Nasdaq Helsinki (September 2017) at €11.50 a share.",
        "Huuuge floated on the Warsaw Stock Exchange (February 2021).",
        "Guild Esports joined the London Stock Exchange (October 2020) with David Beckham as a shareholder.",
        "Sea Limited's NYSE listing (2017) funded Garena's expansion.",
    ],
    "founder": [
        "CD PROJEKT (founded by Marcin Iwiński and Michał Kiciński in 1994) began by importing games.",
        "Supercell was founded in Helsinki by Ilkka Paananen and five others (2010).",
        "Wildlife (founded by Victor and Arthur Lazarte, 2011) is Brazil's first games unicorn.",
        "Sam Mathews founded Fnatic in London (2004).", "Forrest Li (founder, 2009) still leads Sea Limited.",
    ],
    "chief-executive": [
        "Ilkka Paananen (CEO since 2010) keeps Supercell's teams deliberately small.",
        "Phil Spencer (head of Xbox since 2014) championed Game Pass.",
        "Kim Chang-han (Krafton CEO since 2018) pushed the company into India.",
        "Tero Virtala (CEO 2016–2024) led Remedy's move into self-publishing.",
        "{B} appointed a new chief marketing officer ({mo} {Y3}).",
    ],
    "founding-year-body": [
        "PEGI (set up in 2003) now rates games in more than thirty countries.",
        "Ukie (founded in 1989 as ELSPA) represents UK games businesses.",
        "KeSPA (founded 2000) was one of the first national esports bodies.",
        "The British Esports Federation (formerly the British Esports Association, established in 2016) runs school leagues.",
        "The GRAC (established 2006) rates games sold in Korea.",
        "Neogames Finland (est. 2003) publishes the Finnish industry's figures.",
    ],
    "founding-year-studio": [
        "Rovio (est. 2003 as Relude) made 51 games before Angry Birds.", "Remedy (founded in Espoo in 1995) started with a racing game.",
        "Techland (founded 1991) began as a software importer in Poland.", "Netmarble (founded 2000) started with web board games.",
        "Garena (founded 2009) began as a PC gaming platform in Singapore.", "{B} (established {Y}) has grown to {n} staff.",
    ],
    "patch-update": [
        "Patch 13.10 (May 2023) changed how ranked rewards work.", "The next-gen update (December 2022) brought ray tracing to consoles.",
        "Version 2.0 (September 2023) reworked the game's skill trees.", "Hotfix 1.06 (January {Y3}) fixed the store crash.",
        "The balance update (v4.2, {mo} {Y3}) angered competitive players.",
    ],
    "expansion-dlc": [
        "Phantom Liberty (September 2023) sold three million copies in its first month.",
        "The Blood and Wine expansion (2016) won several awards.", "The Lake House DLC (October 2024) extended Alan Wake 2.",
        "{B} released a paid cosmetic pack (‘Neon Nights’, {Y3}) alongside the free update.",
    ],
    "battle-pass-season": [
        "Fortnite Chapter 5 Season 1 (December 2023) added a new map.", "Brawl Pass Season 20 ({Y3}) introduced cheaper tiers.",
        "Valorant Episode 8 Act 1 (January 2024) changed the battle pass rewards.",
        "Clash Royale's Season 56 ({mo} {Y3}) tested a premium pass at {cur}.",
    ],
    "price": [
        "The standard edition costs £69.99 (£79.99 for the deluxe version).", "The battle pass is priced at {cur} in the local store (regional pricing).",
        "Datablitz sold the console for ₱27,990 (launch price).", "Nuuvem lists the game at R$ 199,90 (regional pricing).",
        "In Poland the same bundle costs zł 249 (c. £49).",
    ],
    "downloads": [
        "Mobile Legends passed one billion downloads (2023).", "Angry Birds reached 4.5 billion downloads (all titles).",
        "The new mode passed {n},000 downloads in its first week ({mo} {Y3}).", "The app reached the top ten in {pc} countries (launch week).",
    ],
    "revenue-figures": [
        "Supercell's revenue fell to €1.7bn (2023) from its peak.", "{B}'s in-app revenue rose by {pc}% ({Y3} results).",
        "Esports revenue worldwide was about US$1.8bn ({Y3} estimate).", "Average spending per paying player was {cur} a month (Q{q} {Y3}).",
    ],
    "concurrent-viewers": [
        "The final drew 6.4 million peak viewers (excluding Chinese platforms).",
        "Gaules' co-stream peaked at over 700,000 viewers (a Brazilian record).",
        "{G} hit {n},000 concurrent players on launch day.", "The M5 final peaked at 4.1 million viewers (Manila, December 2023).",
    ],
    "prize-pool": [
        "The event offered a US$2.25m prize pool (the largest in mobile esports that year).",
        "The International 2021 had a prize pool of US$40m (mostly crowdfunded).", "{B}'s community cup paid out {cur} (first place).",
    ],
    "act-named": [
        "Loot boxes are not gambling under the Gambling Act 2005 unless prizes can be cashed out.",
        "The Consumer Rights Act 2015 covers digital content such as in-game currency.",
        "Brazil's Marco Civil da Internet (Law No. 12.965/2014) governs how platforms handle data.",
        "Korea's Youth Protection Act (amended in 2011) introduced the so-called shutdown law.",
        "In the Philippines, Republic Act No. 10175 (the Cybercrime Prevention Act of 2012) also covers online harassment.",
        "Finland's Lotteries Act (1047/2001) restricts who may run games of chance.",
    ],
    "regulation-named": [
        "The Digital Services Act (Regulation (EU) 2022/2065) applies to large platforms such as app stores.",
        "Under the GDPR (Regulation (EU) 2016/679), players' consent must be freely given.",
        "Brazil's LGPD (Law No. 13.709/2018) mirrors much of the GDPR.",
        "The Audiovisual Media Services Directive (2018/1808) now reaches video-sharing platforms.",
        "Poland's Gambling Act of 19 November 2009 is stricter than most in Europe.",
    ],
    "code-named": [
        "The UK CAP Code (edition 12) applies to in-game ads as much as to TV.", "The Children's Code (in force since September 2021) changed how games collect data.",
        "The industry's loot box principles (July 2023) ask for probability disclosure.", "The ESRB's in-game purchases label (2018) was extended to random items in 2020.",
    ],
    "age-rating": [
        "The game is rated for older teens (PEGI 16).", "Mobile titles often carry a low rating (PEGI 3) despite heavy monetisation.",
        "In Brazil it is classified for ages 14 and over (ClassInd 14).", "The Korean version is rated 15+ by the GRAC.",
        "Its descriptor (‘In-Game Purchases (Includes Random Items)’) was added in 2020.",
    ],
    "complaint-reference": [
        "The complaint (reference A22-1163482) concerned an influencer's undisclosed ad.", "The ruling (A21-1109375) was upheld in part.",
        "The ASC case (No. {n}-{Y3}) was settled before a hearing.",
    ],
    "award-year": [
        "Alan Wake 2 won Best Narrative at The Game Awards 2023.", "The game took the BAFTA for Best British Game (2024).",
        "{G} was named Google Play's Best Game of {Y3}.", "The studio won Best Employer at the Develop:Star Awards ({Y3}).",
        "Frostpunk won the Polish Digital Dragons award for Best Polish Game (2019).",
    ],
    "event-year": [
        "{B} announced the sequel at Gamescom 2024.", "EGX London (October {Y3}) remains the main UK consumer show.",
        "Its stand at Brasil Game Show 2023 attracted long queues.", "G-Star 2023 (Busan) focused on PC and console games.",
        "The studio recruited at Digital Dragons 2024 in Kraków.", "ESGS 2023 (SMX Convention Center, Pasay) drew families as well as fans.",
        "Slush 2023 (Helsinki) featured more games investors than ever.",
    ],
    "sales-event": [
        "Sales spiked during the Steam Summer Sale (June {Y3}).", "Black Friday 2023 was GAME's busiest week for consoles.",
        "The PlayStation Days of Play 2024 discount ran for two weeks.", "Shopee's 11.11 sale ({Y3}) is the key date for Filipino retailers.",
    ],
    "currency-conversion": [
        "The premium pass costs ₩11,000 (about £6.50).", "The Brazilian price was R$ 349,90 (c. £55 at the time).",
        "The collector's edition was zł 1,199 (around £240).", "A top-up of ₱1,000 (about £14) buys 1,000 diamonds.",
    ],
    "ticker": [
        "CD PROJEKT (WSE: CDR) is part of the WIG20 index.", "Krafton (KRX: 259960) is the largest listed Korean games firm.",
        "Frontier Developments (LSE: FDEV) has issued several profit warnings.", "Sea Limited (NYSE: SE) owns Garena and Shopee.",
        "Remedy (HEL: REMEDY) moved to the main list in 2022.",
    ],
    "financial-period": [
        "Bookings fell in the third quarter (Q3 FY2024).", "Revenue for the half year (H1 {Y3}) beat forecasts.",
        "The studio's financial year (FY2023/24) ended in May.", "Marketing costs rose to {pc}% of revenue (FY{Y3}).",
    ],
    "own-survey": [
        "Most respondents had bought a battle pass (n = {n}).", "A Discord poll of community members ({n} responses, {mo} {Y3}) found the same.",
        "Interviewees preferred cosmetic rewards (six of eight, {Y3}).", "The survey ran for two weeks ({d} {mo} {Y3}).",
    ],
    "cross-reference": [
        "The creator plan is costed in the appendix (Appendix {q}).", "The player personas (see Figure {q}) are based on interviews.",
        "Refer to Table {q} (page {q}) for the media budget.", "See Task 1 (b) for the competitor analysis.",
        "The Gantt chart (Section {q}.{q}) shows the season launch in week {q}.",
    ],
    "handle-hashtag": [
        "{B} answers players on X ({h}) within the hour.", "The hashtag (#LCKSpring2024) trended in Korea.",
        "Fans used #GoLOUD and #DIFF during the final.", "The studio's TikTok ({h}) posts daily clips.",
    ],
    "website": [
        "Pre-orders were taken through the web shop (store.supercell.com).", "The retailer's site (www.datablitz.com.ph) lists stock by branch.",
        "Most sales come from the PC storefront (gog.com).", "Players can report cheats through the support site (help.supercell.com).",
    ],
    "abbreviation-gloss": [
        "Daily active users (DAU) and average revenue per daily active user (ARPDAU) are the key metrics.",
        "A multiplayer online battle arena (MOBA) needs a steady flow of new players.",
        "Games as a service (GaaS) rely on regular content drops.", "User acquisition (UA) costs rose sharply after Apple's privacy changes.",
        "Key performance indicators (KPIs) include return on ad spend (ROAS) and cost per install (CPI).",
    ],
    "local-term": [
        "Korean PC bangs (PC방, internet cafés) are still important for launches.",
        "In the Philippines, piso net shops (coin-operated internet cafés) introduced many players to Dota.",
        "Finnish developers speak of the peliala (‘games industry’) as a national success.",
        "Polish players call it gamedev (the game development sector).",
        "Brazilian fans describe themselves as ‘torcida’ (supporters), as in football.",
    ],
    "game-credit": [
        "Early arcade hits such as Pac-Man (Namco, 1980) shaped how games were marketed.",
        "Lineage (NCSoft, 1998) made online games a mass market in Korea.",
        "Ragnarok Online (Gravity, 2002) was many Filipino players' first online game.",
        "Tibia (CipSoft, 1997) still has a loyal following in Brazil.",
        "Worms (Team17, 1995) is still the company's best-known franchise.",
    ],
    "roster": [
        "T1's line-up (Zeus, Oner, Faker, Gumayusi and Keria) won two titles in a row.",
        "The roster (five players and a coach, {Y3}) costs more than the team earns.",
        "The academy squad (average age 17) trains in São Paulo.",
    ],
    "sponsorship-deal": [
        "Mastercard's LEC partnership (since 2020) includes a fan-voting feature.",
        "{B} signed a three-year shirt deal (worth £{q}m a year, {Y3}).",
        "Red Bull's sponsorship of the team (2019–2022) ended after the rebrand.",
        "Globe Telecom's deal with the league (renewed {Y3}) covers streaming rights.",
    ],
    "franchise-slot": [
        "A franchise slot in the LCK (2021) reportedly cost about US$8.9m.",
        "The CBLOL moved to franchising in 2021 (ten permanent partners).", "{B} bought its league slot (US${q}m, {Y3}) from a rival.",
    ],
    "pandemic-period": [
        "Play time rose sharply during the first lockdown (March to June 2020).",
        "Live events stopped during the pandemic (2020–2021) and moved online.", "Console shortages (2020–2022) pushed players to PC and mobile.",
    ],
    "age-band": [
        "The core audience is young men (aged 16–24).", "Spending is highest among older players (35+).",
        "Most of the school league's players are teenagers (13–18).",
    ],
    "launch-date": [
        "The game soft-launched in the Philippines ({mo} {Y3}) before going global.",
        "The global launch (14 March 2023) followed two years of testing.", "Pre-registration opened early (six weeks before launch).",
        "The Brazilian server (launched {Y}) has its own events calendar.",
    ],
    "subscription-price": [
        "Game Pass Ultimate rose to £14.99 a month (July 2024).", "Twitch Turbo is priced in dollars (US$11.99 a month).",
        "The studio's own subscription (Gold Pass, {cur} a month) is cheaper than the battle pass.",
    ],
    "review-score": [
        "Critics praised the sequel (Metacritic 92).", "The launch was badly received (Steam: ‘Mostly Negative’, 38%).",
        "Players rated the app highly (4.6 stars, 2.1m ratings).", "The remaster scored well with critics (OpenCritic 89).",
    ],
    "controversy-year": [
        "The Star Wars Battlefront II loot box row (2017) changed how publishers talk about monetisation.",
        "Belgium's ban on paid loot boxes (2018) made some studios withdraw features.",
        "Unity's runtime fee U-turn (September 2023) angered mobile developers.",
        "The 2024 SAG-AFTRA video game strike affected voice acting on several titles.",
    ],
    "servers-closed": [
        "The servers were switched off (31 January 2024) after the player base collapsed.",
        "{G}'s Korean version closed ({mo} {Y3}) while the global one continued.",
        "The beta (closed after six weeks) was used to test prices.",
    ],
    "slogan-year": [
        "PlayStation's ‘Play Has No Limits’ line (2020) is used on every product.",
        "Supercell repeats its motto, ‘Best teams make best games’, in job adverts.",
        "LOUD's rallying cry (‘Vamos, LOUD!’) is printed on its shirts.", "Xbox's ‘Power Your Dreams’ campaign (2021) targeted new players.",
    ],
    "chart-position": [
        "The game entered the UK boxed charts at number one (launch week).",
        "{G} was top-grossing in {q}0 countries (first month).", "It reached the top ten on Steam (global top sellers, {mo} {Y3}).",
    ],
    "headcount": [
        "Supercell employs around 600 people (mostly in Helsinki).", "The studio has grown to {n} staff (three offices).",
        "CD PROJEKT RED has about 1,200 developers (Warsaw, Kraków, Wrocław and Vancouver).",
    ],
    "hardware-spec": [
        "The game needs a modern graphics card (RTX 3060 or better).", "It runs at 120 frames per second (PS5, performance mode).",
        "Many Filipino players use budget phones (4 GB RAM or less).",
    ],
}  # fmt: skip
