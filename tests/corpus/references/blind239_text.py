"""The blind239 pool's prose: marketers at betting, gaming, lottery, bingo and casino operators, affiliates and their
suppliers in the UK, Ireland and Gibraltar writing CIM Level 6 and 7 reports and MBA assignments in English on
consumer, CRM, affiliate and safer-gambling marketing.

Written without reading the checker, its tests or any other pool. ``{N}`` is a narrative citation, ``{P}`` a
parenthetical one (``{P:see}`` puts a word inside its bracket), ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a
brand, ``{O}`` an opener; the other placeholders are filled from ``values`` and the builder's own values. The decoys
(NOT_CITATIONS) hold brackets, years, odds, stakes, laws and numbers that are no citations: a tutor expects none of
them in the reference list.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Entain", "Flutter", "Paddy Power", "Sky Bet", "Bet365", "William Hill", "Betfred", "Ladbrokes", "Coral",
          "Betfair", "BoyleSports", "Allwyn", "the National Lottery", "Premier Lotteries Ireland", "Gala Bingo",
          "Mecca Bingo", "Rank Group", "Grosvenor Casinos", "the Hippodrome Casino", "Evoke", "888", "Playtech",
          "Kindred", "Unibet", "tombola", "Virgin Bet", "Betway", "Sporting Index", "Lottoland", "Buzz Bingo"]  # fmt: skip

_PRODUCTS = ["in-play betting", "online slots", "online bingo", "scratchcards", "the EuroMillions draw",
             "bet builders", "live casino", "free-to-play predictor games", "horse racing betting", "acca insurance",
             "the Lotto app", "esports betting", "cash-out", "Instant Win Games"]  # fmt: skip
_PLAYERS = ["recreational bettors", "lapsed players", "high-value customers", "18–24-year-olds", "bingo players",
            "lottery players", "female slots players", "new depositors", "football fans", "racing customers",
            "retail betting-shop customers", "casual players"]  # fmt: skip
_KPIS = ["player lifetime value", "cost per acquisition", "first-time deposits", "churn", "net gaming revenue",
         "deposit frequency", "app retention", "brand consideration", "safer gambling tool uptake",
         "cross-sell from sport to casino"]  # fmt: skip
_CHANNELS = ["affiliate sites", "TV sponsorship", "push notifications", "CRM emails", "Twitch streams",
             "podcast ads", "shirt sponsorship", "free bet offers", "influencer tipsters", "programmatic display",
             "in-app messaging", "SMS offers"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "GP": rng.choice(_PRODUCTS), "PL": rng.choice(_PLAYERS), "KPI": rng.choice(_KPIS), "CH": rng.choice(_CHANNELS),
        "pc": str(rng.randint(3, 68)), "bn": f"{rng.randint(2, 15)}.{rng.randint(1, 9)}",
        "mo": rng.choice(["January", "March", "April", "June", "August", "September", "October", "November"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample only covered Great Britain.",
    "{N} concluded that {C}.", "{N} highlights that {C}, which is directly relevant to {B}.",
    "{N} suggested that {C}; {B}'s own CRM data appear to support this.", "{N} identified that {C}, particularly among {PL}.",
    "{N} states that {C}.", "{N} warns that {C}.", "{N} explains how {C}.", "{N} also found that {C}.",
    "{N} recommend that operators test whether {C}.", "{N} go further, arguing that {C} and that {C2}.",
    "{N} point out that {C} – something {B}'s marketing team cannot ignore.",
    "{N} reported that {C} in the UK and Irish markets.", "{N} questioned whether {C}.",
    "{N} showed that {C}, especially for {GP}.", "{N} observed that, since the pandemic, {C}.",
    "{N} describe {CH} as the main driver of {KPI} and show that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of British bettors, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "{B} illustrates this well: {N} showed that {C}.",
    "Research by {N} suggests {C}.", "According to a report by {N}, {C}.", "A survey carried out by {N} found that {C}.",
    "{C}, as {N} noted in their review of {CH}.", "It could be argued, following {N}, that {C}.",
    "{C}; however, {N} found the opposite for {PL}.", "Evidence from {N} suggests that, for {PL}, {C}.",
    "Data from {N} show that {C}.", "As {N} put it, {C}.", "{C}, according to {N}.",
    "Unlike {B}, which leans on {CH}, the operators studied by {N} found that {C}.",
    "For a safer-gambling lens, {N} is useful: {C}.", "Applying the model set out by {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "{N} review of {CH} shows how {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {PL}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, especially on mobile {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {CH} {P}.", "Recent UK data confirm this – {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
    "The main levers are bonus value, speed of payout and brand trust {P}.",
    "{C}, as several UK studies show {P:for example,}.", "{B}'s results suggest {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "free bet offers drive sign-ups but do little for {KPI}", "{PL} are more likely to trust peers than operators' ads",
    "affiliate sites account for a large share of new depositors", "gambling sponsorship normalises betting for young fans",
    "safer gambling messages are often too vague to change behaviour", "personalised CRM improves {KPI} among {PL}",
    "deposit limits are used by only a minority of players", "{CH} reaches {PL} more cheaply than TV",
    "the whistle-to-whistle ban moved spend from TV to social media", "bingo brands rely on community and nostalgia",
    "lottery players see the National Lottery as a good cause rather than gambling",
    "VIP schemes concentrate revenue in a small number of customers", "harm is concentrated among heavy players of {GP}",
    "brand trust in the sector is low compared with other leisure brands", "{B}'s reliance on {CH} leaves it exposed to regulation",
    "affordability checks add friction to the customer journey", "female players respond better to social and community messaging",
    "demand for {GP} is growing faster than for any other product", "operators that lead on safer gambling can build long-term {KPI}",
    "loot boxes blur the line between gaming and gambling for young people", "{B} could use {T} to improve {R}",
    "sports betting advertising is dominated by a few large operators", "{PL} often do not notice the 'take time to think' tagline",
    "the cost-of-living crisis has made {PL} more cautious", "{CH} is harder to regulate than broadcast advertising",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Great Britain", "For {B}'s CRM team",
    "Since the pandemic", "In the context of {B}", "From a player's perspective", "Nevertheless", "Consequently",
    "Within the betting and gaming sector", "As a result", "Looking at {B}'s competitors", "Overall", "In Ireland",
    "From a regulatory point of view", "Interestingly", "In the affiliate channel",
]  # fmt: skip
PLAIN = [
    "{B} operates retail shops, a website and an app, and sponsors several sports teams.",
    "This section analyses {B}'s current acquisition and retention channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low.",
    "The recommendations are costed and phased over twelve months.", "{O}, {C}.",
    "Most of {B}'s budget goes on paid search, affiliates and TV around live football.",
    "A PESTLE analysis of the market is included in the appendix.",
    "The main competitors are {B} and two smaller online-only operators.",
    "Task 2 builds on this by proposing a CRM plan for the next year.",
    "Players can set deposit limits, take a break or self-exclude in the app.",
    "All marketing must be approved by the compliance team before it goes live.",
    "The new player journey has five stages, from registration to the first withdrawal.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "Put another way, {Q} {P}.", "{O}, {Q} {P}.",
    "This is summed up neatly: {Q} {P}.", "The point is that {Q} {P}, and {B} has not yet acted on it.",
    "As {N} put it, {Q}.", "{N} warns that {Q}.", "{Q} {P}; this report agrees.",
]  # fmt: skip
SCARE_QUOTES = ["‘safer gambling’", "‘responsible gambling’", "‘fun’", "‘free’ bets", "‘acca insurance’",
                "‘player-centric’", "‘gamblification’", "‘when the fun stops, stop’", "‘take time to think’",
                "‘whale’", "‘VIP’ treatment"]  # fmt: skip
SCARE_FRAMES = [
    "The industry now prefers the term {Q} {P}.", "{B} describes its approach as {Q} {P}.",
    "Critics question whether {Q} means anything to players {P}.", "{Q} has become a marketing category of its own {P}.",
    "Operators still talk about {Q} in their CRM plans {P}.", "{N} argue that {Q} is a misleading label.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your free bet is waiting, {PL}’", "‘Last chance: £10 free bet expires tonight’",
                 "“We’ve missed you – here are 20 free spins”", "‘Big match tonight: boost your acca’",
                 "‘Set your deposit limit in 30 seconds’", "'Your weekly bingo bonus is here'",
                 "“Don’t miss Saturday’s £{n}m jackpot”", "‘Your year with us: the highlights’"]  # fmt: skip
SUBJECT_FRAMES = [
    "Subject lines such as {Q} performed well in A/B tests {P}.",
    "{B}'s re-engagement email, {Q}, was opened by almost a third of lapsed players {P}.",
    "A subject line like {Q} creates urgency {P}, but regulators see it as pressure.",
    "{Q} is a typical example of a bonus-led subject line {P}.",
    "The email headed {Q} had the highest click rate of the quarter {P}.",
]  # fmt: skip

# Text that looks like a citation and is not one: each kind with frames a candidate in this sector writes.
NOT_CITATIONS = {
    "fobt-stake": ["{B}'s shops lost a large share of revenue after the £2 maximum stake on FOBTs (April 2019).",
                   "The stake cut on fixed-odds betting terminals (from £100 to £2, April 2019) closed many shops."],
    "odds": ["The favourite was priced at 5/1 (Cheltenham, March 2023) before the price was boosted.",
             "{B} offered enhanced odds (10/1, was 4/1) on England to win.", "The boosted price of 11/4 (Grand National day) drew record bets."],
    "jackpot": ["Interest in the draw peaked with a £184 million EuroMillions jackpot in 2022.",
                "The Lotto jackpot rolled to £{n}m (January 2024) and ticket sales rose."],
    "ticket-price": ["Sales dipped when Lotto's ticket price doubled to £2 (2013).",
                     "A EuroMillions line costs £2.50 (since 2020), so value messaging matters."],
    "gambling-act": ["Advertising has been allowed on TV since the Gambling Act 2005 (in force 2007).",
                     "The rules come from the Gambling Act 2005, sections 327 to 333."],
    "licensing-act": ["Offshore operators were brought under UK licensing by the Gambling (Licensing and Advertising) Act 2014.",
                      "Since the Gambling (Licensing and Advertising) Act 2014 came into force (November 2014), every operator serving British players needs a licence."],
    "white-paper": ["The High Stakes white paper (April 2023) set out the next wave of reform.",
                    "{B} responded to the white paper within a week of its publication (27 April 2023)."],
    "irish-act": ["In Ireland, the Gambling Regulation Act 2024 created a new regulator and advertising rules.",
                  "Operators in Dublin are preparing for licences under the 2024 Act, which set up the regulator (March 2025)."],
    "whistle-ban": ["The whistle-to-whistle ban (August 2019) removed betting ads from live sport before 9pm.",
                    "Since the voluntary ban on ads during live sport (from August 2019), {B} has shifted budget to social."],
    "licence-number": ["{B} holds a Gambling Commission licence (licence 000-039225-R-319427-006).",
                       "Every email footer shows the account number (licence no. 000-{n}46-R-3194{q}7-00{q})."],
    "lottery-licence": ["Allwyn took over the fourth National Lottery licence (2024) from Camelot.",
                        "The third licence (2009–2023) ran for fourteen years."],
    "race-meeting": ["Sign-ups peaked around the Grand National 2024 and Cheltenham Festival 2023.",
                     "The campaign was timed for Royal Ascot (June 2024) and Glorious Goodwood."],
    "tournament": ["Betting on Euro 2024 beat the World Cup 2022 in the UK.", "{B} ran its biggest free-to-play game for the World Cup (Qatar 2022)."],
    "shirt-season": ["{B} was a front-of-shirt sponsor of a Premier League club (2023/24 season).",
                     "Eight of the twenty Premier League clubs had a betting brand on the shirt in the 2022/23 season."],
    "shirt-ban": ["Clubs agreed the Premier League front-of-shirt ban from 2026/27.",
                  "The ban on front-of-shirt gambling sponsors (from the 2026/27 season) will push spend to sleeves and LED boards."],
    "ggy": ["The market generated GGY of £15.1 billion in 2022/23.", "Online GGY reached £{bn} billion (April 2023 to March 2024)."],
    "half-year": ["Online revenue grew by {pc}% (H1 2024) while retail was flat.", "{B}'s active players fell in the first half (H2 2023 vs H1 2024)."],
    "self-exclusion": ["GamStop's 500,000 registrations in 2024 show how many people want to block themselves.",
                       "Registrations on the national self-exclusion scheme passed 400,000 (March 2023)."],
    "age-limit": ["All marketing must be for 18+ only, as the Gambling Act 2005 requires.",
                  "The minimum age to play was 16 for the National Lottery until October 2021."],
    "product-launch": ["The category was created by Betfair Exchange (2000).",
                       "Sky Bet's Request a Bet (2015) made betting more social.", "Players have been loyal to the Irish Lotto (1988) for decades."],
    "helpline": ["Every advert carries the National Gambling Helpline (0808 8020 133).",
                 "Players in Ireland can call the helpline (1800 753 753) at any time."],
    "ticker": ["Entain (LON: ENT) and Flutter (NYSE: FLUT) are the two largest listed operators.",
               "Flutter moved its primary listing to New York (NYSE: FLUT, January 2024)."],
    "award": ["{B} won Operator of the Year at the EGR Operator Awards 2023.",
              "The campaign was shortlisted at the SBC Awards 2022 (Affiliate Marketing category)."],
    "job-title": ["The strategy is owned by the Chief Marketing Officer (CMO, appointed 2022).",
                  "{B}'s Head of Safer Gambling (since 2021) reports to the board."],
    "honour": ["The founder was made an OBE (2020 New Year Honours) for services to the industry.",
               "Its chair, a former racing journalist, received a CBE (Birthday Honours 2019)."],
    "financial-year": ["Marketing spend rose to £{n}m in FY2023.", "{B}'s results (FY2023, year ended 31 December) showed online growth."],
    "quarter": ["Active customers fell by {pc}% (Q2 2024).", "Sportsbook margin was unusually high in Q4 2023 (favourable results)."],
    "merger": ["The Ladbrokes Coral merger (2016) created the largest shop estate.",
               "The sector consolidated after Flutter's purchase of The Stars Group (2020)."],
    "founding": ["Ladbrokes (1886) and William Hill (1934) are the heritage brands of British bookmaking.",
                 "BoyleSports (founded 1982) is Ireland's largest independent bookmaker."],
    "tax-rate": ["Remote Gaming Duty rose to 21% (April 2019).", "The point of consumption tax (December 2014) changed where operators are based."],
    "levy": ["The statutory levy (0.1% to 1.1% of GGY, April 2025) replaces voluntary donations.",
             "Online operators pay the highest rate of the levy (1.1%, from 2025)."],
    "slot-limit": ["Online slots are capped at £5 a spin (from April 2025), and £2 for 18–24s (May 2025).",
                   "The stake limit for slots (£2 for under-25s) came into force in 2025."],
    "wagering-cap": ["Bonus wagering requirements will be capped at 10x (January 2026).",
                     "{B} reduced its bonus wagering from 35x to 10x (2025) ahead of the rules."],
    "financial-risk-checks": ["Light-touch financial risk checks (pilot from August 2024) start at £500 net loss a month.",
                              "The thresholds (£500 in 30 days, 2024 pilot) affect few players."],
    "safer-gambling-week": ["{B}'s messaging was strongest during Safer Gambling Week 2023 (13–19 November).",
                            "Operators join Safer Gambling Week (November) each year."],
    "watershed": ["Betting ads are kept after the 9pm watershed except around live sport.",
                  "TV ads shown before 9pm (2007–2019) were mostly around football."],
    "strong-appeal": ["Sports stars were removed from ads under the strong-appeal rule (from 1 October 2022).",
                      "{B} dropped its footballer ambassador after the under-18s rule change (October 2022)."],
    "shop-count": ["There were 6,219 betting shops in Great Britain (March 2023).",
                   "{B} closed {n} shops (2019–2020) after the stake cut."],
    "draw-number": ["The winning ticket was bought for draw 2,987 (Saturday 6 January 2024).",
                    "Ticket sales for the Christmas Millionaire Maker (December 2023) beat forecasts."],
    "prevalence-stat": ["The problem gambling rate was 0.3% (year to March 2023, telephone survey).",
                        "About {pc}% of adults gambled in the past four weeks (year to December 2023)."],
    "offer-terms": ["New customers get a £10 free bet (min odds 1/2, 18+, T&Cs apply).",
                    "Bet £10 get £30 (new UK customers, 2024) remains the standard welcome offer."],
    "app-rating": ["{B}'s app is rated 4.8 (App Store, March 2024).", "The bingo app scored 4.6 out of 5 (Google Play, 2023)."],
    "rtp": ["The slot has a return to player of 96.5% (RTP, 2023 release).", "Most online slots pay back between 94% and 97% (RTP)."],
    "campaign-year": ["Paddy Power's Save Our Shirt campaign (2019) mocked shirt sponsorship itself.",
                      "The National Lottery's ‘Life Changing’ platform (2016) is still in use."],
    "sample": ["The survey reached adults across the UK (n = {n}, March 2024).", "Of the {n} respondents (fieldwork June–July 2024), most were men."],
    "cross-reference": ["The customer journey is mapped in Appendix 3 (Figure {q}).", "See Table {q} (Section 2.{q}) for the budget."],
    "handle": ["{B} posts tips from @{q}FootballTips and uses #SaferGamblingWeek each year.",
               "The hashtag #WhenTheFunStops (2015) is still used in ads."],
    "gibraltar-licence": ["{B}'s international business is licensed in Gibraltar (RGL No. 0{q}{n}).",
                          "Gibraltar hosts many operators under its Gambling Act 2005 (Gibraltar)."],
    "percentage-change": ["Marketing spend fell by {pc}% (2023 vs 2022).", "Retail GGY was down {pc}% on pre-pandemic levels (2019–2023)."],
}  # fmt: skip
