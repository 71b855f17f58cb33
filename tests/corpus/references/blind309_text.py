"""The blind309 pool's prose: marketers at anime studios, manga publishers, character-licensing agencies, anime
streaming services, figure and merchandise makers, anime cafés and convention organisers in Japan, the UK, France, the
United States, Brazil and the Philippines, writing CIM Level 6 and 7 reports and MBA assignments in English on fandom,
licensing, global streaming, cross-media franchising and digital-channel marketing.

Its decoys are what such reports are full of and no tutor looks for in a reference list: anime and manga titles with
years, characters with their debut years, conventions and events, studios with founding years, the Kyoto Animation
arson and the Tōhoku disaster, box-office takings, awards, pilgrimage towns, platforms and apps with launch years,
laws, Japanese words, catchphrases and slogans, seasons and cours, fiscal years, yen figures and counts. Written
without reading the checker or any other pool. Placeholders as in text.py, and these of its own (see values):
{ti} a series, {stu} a studio, {con} a convention, {mkt} a market, {city} a city, {plat} a streaming service,
{pct} a percentage's number, {Y3} a recent year, {fig} a figure line.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Toei Animation", "Studio Ghibli", "Kyoto Animation", "MAPPA", "Shueisha", "Kodansha", "Crunchyroll",
          "Aniplex", "Bandai Namco", "Good Smile Company", "Sanrio", "The Pokémon Company", "Animate", "Japan Expo",
          "MCM Comic Con", "Anime Expo", "Manga Entertainment", "Kotobukiya", "ADN", "HIDIVE", "Anime Friends",
          "Fully Booked", "Kinokuniya"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "ti": rng.choice(["Jujutsu Kaisen", "Spy × Family", "Frieren", "Chainsaw Man", "Blue Lock", "Oshi no Ko",
                          "Haikyu!!", "My Hero Academia", "Attack on Titan", "Demon Slayer", "Dandadan",
                          "Solo Leveling", "Bocchi the Rock!", "Kaiju No. 8"]),
        "stu": rng.choice(["MAPPA", "ufotable", "Wit Studio", "CloverWorks", "Production I.G", "Madhouse", "Trigger",
                           "Science SARU", "Studio Bones"]),
        "con": rng.choice(["Anime Expo", "Japan Expo", "MCM Comic Con London", "Anime Friends", "AnimeJapan",
                           "Hyper Japan", "Cosplay Mania", "Anime Impulse", "Comiket"]),
        "mkt": rng.choice(["the UK", "France", "the US", "Brazil", "the Philippines", "Japan", "Mexico", "Germany"]),
        "city": rng.choice(["Tokyo", "Osaka", "Paris", "London", "São Paulo", "Manila", "Los Angeles", "Quezon City"]),
        "plat": rng.choice(["Crunchyroll", "Netflix", "HIDIVE", "Prime Video", "Disney+", "ADN", "Bilibili", "U-Next"]),
        "tag": rng.choice(["JujutsuKaisen", "SpyFamily", "FrierenWeek", "AnimeTwitter", "OshiNoKo", "BlueLock"]),
        "pct": str(rng.randint(8, 74)), "Y3": str(rng.randint(2019, 2025)),
        "fig": rng.choice(["acrylic stands", "Nendoroids", "scale figures", "gacha capsules", "plushies",
                           "trading cards", "can badges", "artbooks"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn from a single convention.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} observed that {C}, particularly among {A}.",
    "{N} suggests that {C}.", "{N} showed that {C} in {mkt} as well as in Japan.",
    "{N} describe the media mix as a system in which {C}.", "{N} warned that {C} if licensors move too slowly.",
    "{N} identified that {C}, a pattern {B} has started to exploit.", "{N} claim that {C}.",
    "{N} reported that {C} across {plat} and its rivals.", "{N} makes the point that {C}.",
    "{N} point out that {C} – a finding that matters for {B}'s licensing team.", "{N} also found that {C}.",
    "{N} interviewed fans in {city} and noted that {C}.", "{N} questioned whether {C}.",
    "{N} went further, arguing that {C} and that {C2}.", "{N} explains that {C}, for example around {ti}.",
    "{N} recommended that studios check whether {C}.", "{N} note that, for {A}, {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of overseas fans, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "{B} is a good example: {N} showed that {C}.",
    "Research by {N} suggests that {C}.", "According to {N}, {C}.", "A survey carried out by {N} found that {C}.",
    "{C}, as {N} noted in their work on {T}.", "It could be argued, following {N}, that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "Evidence from {N} suggests that, in {mkt}, {C}.",
    "Data from {N} show that {C}.", "As {N} put it, {C}.", "{C}, according to {N}.",
    "For a licensing agency such as {B}, the lesson from {N} is that {C}.",
    "Unlike {B}, which relies on {T}, the firms studied by {N} found that {C}.",
    "Writing about {ti}, {N} observed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.", "{N} account of the media mix shows how {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially in {mkt} {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "{B}’s results suggest {C} {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Put simply: {C} {P}.", "Recent data confirm this – {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
    "The main drivers are simulcasts, social media and merchandise {P}.",
    "{C}, as several studies of anime fandom show {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "overseas fans now discover new series through {plat} rather than television",
    "{A} spend more on merchandise after a series is simulcast", "{T} raises {R} among {A}",
    "licensing revenue overseas has grown faster than domestic TV revenue",
    "the production committee system keeps most of the profit away from the studios",
    "fans treat {fig} as a way of showing loyalty to a favourite character",
    "collaboration cafés turn a short anime run into months of paid events",
    "piracy falls when legal simulcasts arrive within an hour of the Japanese broadcast",
    "{B}'s reliance on a few franchises leaves it exposed when a series ends",
    "contents tourism brings visitors to towns that have no other attraction",
    "{A} in {mkt} expect dubbed and subtitled versions on the same day",
    "the media mix links manga, anime, games and toys so that each sells the others",
    "limited-edition drops create urgency but can frustrate loyal fans",
    "convention attendance is a strong predictor of later spending on {fig}",
    "social media clips of {ti} did more for sales than paid advertising",
    "brands that misread fan culture are criticised quickly and publicly",
    "around {pct}% of anime viewers in {mkt} also buy manga",
    "streaming data give licensors a clearer view of demand outside Japan",
    "the yen's weakness has made Japanese merchandise cheaper for overseas buyers",
    "fans respond better to official artwork than to generic brand imagery",
    "cross-media franchises depend on the character rather than the story",
    "organisations such as {B} need to {bs} to stay competitive",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In {mkt}", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From a fan's perspective", "Nevertheless", "Consequently",
    "Outside Japan", "As a result", "Looking at {B}'s competitors", "Overall", "In terms of digital channels",
    "Interestingly", "For licensors",
]  # fmt: skip
PLAIN = [
    "This report analyses {B}'s international licensing and makes recommendations for the next financial year.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram and X accounts have a large following, but engagement varies by series.",
    "The recommendations are costed and phased over eighteen months.", "{O}, {C}.",
    "{B} sells through its own web shop, specialist retailers and pop-up stores at conventions.",
    "A SWOT analysis of {B} is included in the appendix.",
    "Fans can watch the series on {plat} with subtitles or a dub.",
    "The main competitors are two larger licensors and several smaller online shops.",
    "Task 2 builds on this by proposing a fan-engagement plan for the next season.",
    "The author has worked in {city} for a merchandise distributor and draws on that experience here.",
    "Primary research took the form of a short online survey of fans in {mkt}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study of anime fandom puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "The point is made directly that {Q} {P}, which {B} should note.",
    "One review concluded that {Q} {P}.", "{N} put it plainly: {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘otaku’", "‘oshi’", "‘kawaii’", "‘Cool Japan’", "‘media mix’", "‘seichi junrei’", "‘moe’",
                "‘fan service’", "'weeb'", "“simulcast”", "‘gacha’", "'isekai'", "‘waifu’", "‘collab café’",
                "「推し活」", "‘oshikatsu’"]  # fmt: skip
SCARE_FRAMES = [
    "Fans describe their favourite character as their {Q} {P}.", "So-called {Q} spending is a growing market {P}.",
    "The term {Q} is used loosely by Western marketers {P}.", "{B} now markets itself through {Q} events {P}.",
    "The word {Q} now appears in {B}'s own campaigns {P}.", "Critics see {Q} as a risk to brand image {P}.",
    "The idea of {Q} is central to how {A} see the genre {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Pre-orders open now: the {ti} scale figure’", "‘Your {fig} have shipped!’",
                 "“Last chance: convention exclusives end tonight”", "‘New season, new merch – 20% off this weekend’",
                 "‘Early-bird tickets for {con} are live’", "“Watch the premiere free on {plat}”",
                 "‘Only 48 hours left to claim your bonus artbook’", "‘Your collab café booking is confirmed’",
                 "“Restock alert: the plush everyone wanted”", "‘Members get first access to the {ti} drop’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifts open rates among collectors {P}.", "{B} used {Q} in its pre-order email {P}.",
    "Short, urgent copy ({Q}, for example) performs well with {A} {P}.",
    "Messages like {Q} work because they create scarcity {P}.",
    "The push notification {Q} was opened by more fans than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, quotation marks and figures that is no citation and must raise no problem.
NOT_CITATIONS = {
    "film-title-year": [
        "Western interest in anime grew after a handful of feature films (Akira, 1988; Ghost in the Shell, 1995).",
        "Studio Ghibli's best-known film (Spirited Away, 2001) is still the entry point for many older fans.",
        "Theatrical releases (Your Name, 2016; Suzume, 2022) showed that anime could fill cinemas in {mkt}.",
    ],
    "series-title-year": [
        "{B} built its current fan base on recent hits (Demon Slayer, 2019; Jujutsu Kaisen, 2020).",
        "Long-running series (Sailor Moon, 1992; Dragon Ball Z, 1989) shaped a generation of fans in France and Brazil.",
        "Newer shows (Frieren, 2023) attracted viewers who had never watched anime before.",
    ],
    "title-bracket-year": [
        "One Piece (1997) is still serialised every week in Weekly Shōnen Jump.",
        "Naruto (1999) and Bleach (2001) were the titles most Filipino respondents named first.",
        "Attack on Titan (2009) began as a manga before the anime made it a global brand.",
    ],
    "character-debut": [
        "Sanrio's most valuable character (Hello Kitty, 1974) appears on thousands of licensed products.",
        "Few mascots have been licensed as widely as Pikachu (1996).",
        "Older fans in {mkt} grew up with earlier characters (Doraemon, 1969; Astro Boy, 1952).",
    ],
    "virtual-idol": [
        "The virtual singer (Hatsune Miku, 2007) still headlines concerts with a hologram.",
        "VTuber agencies (Hololive, 2016; Nijisanji, 2018) now sell more merchandise than many studios.",
    ],
    "convention-year": [
        "Attendance peaked just before the pandemic (Comiket, 2019).", "{B} launched its new range on the show floor (Anime Expo, 2023).",
        "The company's booth was the busiest in the hall ({con}, {Y3}).",
    ],
    "convention-founded": [
        "Europe's largest event began as a small fan meeting (Japan Expo, 2000).",
        "Brazil's biggest anime convention (Anime Friends, 2003) now draws crowds from across Latin America.",
        "London's largest show for fans (MCM Comic Con, 2002) is run twice a year.",
    ],
    "studio-founded": [
        "The best-known studios are relatively young (Ghibli, 1985; MAPPA, 2011).",
        "{B} commissioned its last series from an established studio (Kyoto Animation, 1981).",
        "Several newer studios (Trigger, 2011; Science SARU, 2013) were founded by animators who left larger firms.",
    ],
    "tragedy": [
        "Fans around the world raised money for the studio after the attack (Kyoto Animation arson, 2019).",
        "Thirty-six staff died in the fire at Studio 1 (18 July 2019), and the studio's brand became a symbol of resilience.",
    ],
    "disaster": [
        "Many events were cancelled after the earthquake and tsunami (Tōhoku, 2011).",
        "Tourism to the region recovered slowly after the disaster (Great East Japan Earthquake, 2011).",
        "Production schedules slipped again during the pandemic (COVID-19, 2020–2021).",
    ],
    "box-office-yen": [
        "The film earned ¥40.4 billion (2020) in Japan alone.", "Domestic takings passed ¥31.6 billion (2001), a record that stood for almost twenty years.",
        "The sequel took ¥{n} million in its opening weekend (¥{n}m, {Y3}).",
    ],
    "box-office-film": [
        "The highest-grossing film in Japanese history (Mugen Train, 2020) was released during the pandemic.",
        "Two anime films topped the global box office for a weekend (Mugen Train, 2020; The First Slam Dunk, 2022).",
    ],
    "award-year": [
        "The series swept the fan-voted prizes (Crunchyroll Anime Awards, 2024).",
        "Spirited Away won the Oscar for best animated feature (Academy Award, 2003).",
        "{stu}'s work was recognised at the festival (Annecy, {Y3}).",
    ],
    "pilgrimage-town": [
        "Fans still visit the shrine that appeared in the opening credits (Washinomiya, 2007).",
        "Ōarai (2012) is the standard example of a town rebuilt by anime tourism.",
        "Hida-Furukawa (2016) saw a rise in visitors after the film's release.",
    ],
    "district-year": [
        "Akihabara's maid cafés became a tourist attraction in their own right (Akihabara, 2005).",
        "Ikebukuro's Otome Road (2004 onwards) is aimed at female fans.",
        "The flagship store moved to a larger site in Nakano Broadway (opened 1966).",
    ],
    "platform-launch": [
        "The Western streaming services started small (Crunchyroll, 2006; HIDIVE, 2017).",
        "French fans first streamed anime legally on a local service (ADN, 2013).",
        "Netflix's first anime it had commissioned itself (Knights of Sidonia, 2014) was a turning point.",
    ],
    "app-launch": [
        "Shueisha moved its weekly chapters onto phones (Shōnen Jump+, 2014).",
        "The free global app (Manga Plus, 2019) publishes chapters on the same day as Japan.",
        "Readers in {mkt} use legal apps (LINE Manga, 2013; Webtoon, 2014) more than print.",
    ],
    "game-launch": [
        "Mobile games now lead many franchises (Pokémon GO, 2016; Fate/Grand Order, 2015).",
        "The gacha game (Genshin Impact, 2020) shows how far anime styles travel beyond Japan.",
    ],
    "law-year": [
        "Fan works sit in a grey area under Japanese law (Copyright Act, 1970).",
        "The government's content policy has a legal basis (Content Promotion Act, 2004).",
        "UK rights holders rely on the statute (Copyright, Designs and Patents Act 1988) to remove counterfeit figures.",
    ],
    "law-amendment": [
        "Downloading pirated manga became illegal only recently (2021 amendment).",
        "The amended rules on illegal downloads (effective 1 January 2021) cover manga and magazines.",
    ],
    "policy-year": [
        "The government branded its soft-power policy (Cool Japan, 2010) around anime and food.",
        "Visa rules were relaxed ahead of the Games (Tokyo 2020, 2021).", "The next big showcase is the world fair (Expo 2025 Osaka).",
    ],
    "japanese-word": [
        "Fans call their favourite member their ‘oshi’ (推し), and spending on them ‘oshikatsu’ (推し活).",
        "The word ‘otaku’ (おたく) was once an insult but is now a marketing term.",
        "‘Seichi junrei’ (聖地巡礼, sacred-site pilgrimage) is what fans call visiting real locations.",
    ],
    "buzzword-year": [
        "‘Oshikatsu’ was shortlisted in the annual buzzword awards (2021).",
        "The phrase ‘{ti} loss’ trended after the final episode ({Y3}).",
    ],
    "catchphrase": [
        "The English slogan ‘Gotta catch ’em all’ (1998) is still used in {B}'s advertising.",
        "Fans repeat the hero's catchphrase (‘Believe it!’) in comments on every clip.",
        "The line ‘I'm gonna be King of the Pirates!’ (episode 1) has become a meme.",
    ],
    "slogan": [
        "The national tourism slogan (‘Japan. Endless Discovery.’) was used from 2010.",
        "{B}'s tagline, ‘Anime is for everyone’, appears on all its social channels.",
        "The campaign line ‘Made in Japan, loved worldwide’ ran on billboards in {city}.",
    ],
    "figure-viewers": [
        "The premiere drew a record audience (2023 viewers: {n}k in the first hour).",
        "The livestream peaked at a large number of concurrent fans ({n},000 viewers, {Y3}).",
        "Ticket sales rose strongly ({Y3} visitors: {n},000).",
    ],
    "season-cour": [
        "The second half aired a few months later (Winter 2024 season).",
        "Most new titles are announced a season ahead (Spring {Y3} cour).",
        "The adaptation ran for two cours (24 episodes, {Y3}).",
    ],
    "episode-milestone": [
        "The series reached a milestone broadcast (Episode 1,000, 2021).",
        "The final episode (episode 87, 2023) trended worldwide.",
    ],
    "sales-milestone": [
        "The manga has sold more than 500 million copies worldwide (2022).",
        "The latest volume (Vol. 105, 2023) had a first print run of several million.",
        "Print sales of {ti} rose sharply after the anime aired (up {pct}%, {Y3}).",
    ],
    "fiscal-year": [
        "Overseas licensing was the largest segment (FY2023).", "Net sales rose again (fiscal year ended 31 March 2024).",
        "The group expects growth to continue (FY{Y3} forecast).",
    ],
    "quarter": [
        "Streaming revenue beat expectations (Q3 FY2024).", "Merchandise sales dipped between seasons (Q{q}, {Y3}).",
    ],
    "exchange-rate": [
        "Figures from Japan are cheaper to import with a weak yen (¥150 to the dollar, 2024).",
        "Prices were converted at the year's average rate (£1 = ¥{n}, {Y3}).",
    ],
    "market-size": [
        "The wider anime market is now worth a record sum (¥2.93 trillion, 2022).",
        "Overseas sales now make up around half of the total (¥1.46 trillion, 2022).",
    ],
    "visitor-numbers": [
        "Inbound tourism has recovered strongly (25.07 million visitors, 2023).",
        "The anime museum welcomed many first-time visitors ({n},000 visitors, {Y3}).",
    ],
    "trade-show": [
        "Licensing deals are often signed at the spring trade fair (AnimeJapan, 2024).",
        "{B} met European buyers at the industry show (Licensing Expo, {Y3}).",
    ],
    "brand-collab": [
        "Fashion collaborations sell out within hours (Uniqlo UT × Jujutsu Kaisen, 2021).",
        "The pairing with a luxury house (Gucci × Doraemon, 2021) surprised many fans.",
        "Food chains run limited menus for new seasons (Pizza Hut × {ti}, {Y3}).",
    ],
    "cafe-opening": [
        "Themed cafés turn characters into a day out (Pokémon Café, 2018).",
        "The first collaboration café outside Japan opened in {city} ({Y3}).",
    ],
    "theme-park": [
        "Physical attractions extend a franchise's life (Ghibli Park, 2022; Super Nintendo World, 2021).",
        "The museum in Mitaka (Ghibli Museum, 2001) only sells tickets in advance.",
    ],
    "hashtag": [
        "The campaign hashtag (#{tag}) trended in {mkt} for two days.",
        "Fans posted photos from the event under the official tag (#AnimeExpo2023).",
        "The Japanese hashtag (#アニメ好きと繋がりたい) is used by fans looking for friends.",
    ],
    "handle-or-address": [
        "{B} answers fans on X (@{stu}_official) within a day.",
        "Pre-orders are taken only on the official shop (www.example-figures.jp).",
        "Customer queries go to the support address (support@example-anime.com).",
    ],
    "ranking": [
        "The single went straight to the top of the chart (No. 1 on Oricon, 2023).",
        "The series was the most-streamed title of the year (rank 1, {Y3}).",
    ],
    "rating-score": [
        "Fans rate it highly (MyAnimeList score 9.1, 2023).", "The film scored well with critics (Rotten Tomatoes: 9{q}%).",
    ],
    "tv-block": [
        "Many American fans first saw anime on a cable block (Toonami, 1997).",
        "Brazilian viewers remember a children's slot (TV Manchete, 1994) that showed Saint Seiya.",
        "French children watched it on a breakfast show (Club Dorothée, 1987).",
    ],
    "dub-release": [
        "The English dub arrived a year after Japan (English dub, 2002).",
        "The Tagalog dub (GMA Network, 1999) made the series a household name in the Philippines.",
    ],
    "age-rating": [
        "The film's rating limited its cinema audience (BBFC 15, 2019).", "The series carries a mature rating (TV-MA) on {plat}.",
        "The US release was rated for teenagers (PG-13, 2023).",
    ],
    "price": [
        "The scale figure retails at a premium price (¥{n},800 including tax).",
        "Convention exclusives are priced higher than the web shop (£{n}.99, {Y3}).",
        "A one-day ticket cost more than a month of streaming (€{n}, {Y3}).",
    ],
    "product-number": [
        "The thousandth figure in the line was a milestone for collectors (Nendoroid No. 1000, 2019).",
        "The limited card set (Booster Box 12, {Y3}) sold out within an hour.",
    ],
    "crowdfunding": [
        "Fans paid for a sequel directly (Kickstarter, 2013).", "The short film was funded by its audience (Makuake, {Y3}).",
    ],
    "cosplay-event": [
        "Cosplay has its own international contest (World Cosplay Summit, 2003).",
        "The cosplay parade drew more press than the talks ({con}, {Y3}).",
    ],
    "idol-group": [
        "The idol model behind many anime tie-ins (AKB48, 2005) relies on fans buying multiple copies.",
        "Anime-linked idol units (Love Live!, 2010) sell concerts, games and figures together.",
    ],
    "era-name": [
        "Japanese reports often give years by era (Reiwa 5, i.e. 2023).",
        "Most of the respondents grew up at the end of one era (Heisei, 1989–2019).",
    ],
    "olympics": [
        "Anime characters were chosen as ambassadors for the Games (Tokyo 2020, held in 2021).",
        "The closing ceremony's handover (Rio 2016) featured a well-known game character.",
    ],
    "survey-figures": [
        "Most respondents watched anime weekly (n = {n}).", "Streaming was the main channel for fans under 25 (Figure {q}, {Y3} survey).",
        "Answers differed by market (Table {q}; n = {n}).",
    ],
    "cross-reference": [
        "This is discussed further in Task 2 (b).", "The fan persona (Appendix {q}) is based on interviews at {con}.",
        "See Section 3.{q} (page {q}) for the budget.",
    ],
    "percentage-year": [
        "The overseas share of the market reached a new high (about {pct}%, 2022).",
        "Dubbed viewing is rising in {mkt} ({pct}% of streams, {Y3}).",
    ],
    "age-segment": [
        "The core audience is young adults (aged 18–34).", "The brand targets older collectors (35+, with disposable income).",
    ],
}  # fmt: skip
