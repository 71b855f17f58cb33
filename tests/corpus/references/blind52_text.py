"""Prose for the fifty-second held-out pool, "blind52": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-second hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how CRM, affiliate,
compliance, brand and safer-gambling marketers at bookmakers, online casinos, lotteries, bingo and slots operators,
affiliates and agencies in the UK, Ireland, Malta and Gibraltar write on CIM Level 6 and 7 courses: the Gambling Act
2005 and its sections, the 2023 white paper and its consultations, the LCCP and its numbered social-responsibility
codes, ASA rulings on named operators with their dates, CAP and BCAP rules by number, the Gambling Regulation Act
2024 and GRAI, the MGA and the Gaming Act (Cap. 583) with its directives and licence numbers, Gibraltar's Gambling
Act, IBAS cases, GAMSTOP and BeGambleAware campaigns, participation surveys with their waves and fieldwork dates,
odds, stakes, RTP percentages, bonus terms with their wagering, fixtures, races and events with their dates, jackpots
and draws, tickers and trading periods, peers and MPs with their titles and parties, interview codes, CIM criteria.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}, a finding the CRM team at {B} would recognise.",
    "{N} show that {C}.",
    "{N} reports that {C}, although the sample was drawn from {aud}.",
    "{N} concluded that {C}; for {B} this is uncomfortable reading.",
    "{N} make a similar point: {C}.",
    "{N} suggests that {C}, particularly among {aud}.",
    "{N} is clear that {C}.",
    "{N} observed that {C} in the months after the white paper.",
    "{N} warns that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} note, {C}.",
    "For {B}, the point made by {N} is that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "In the Maltese B2C market, {N} argues that {C}.",
    "Affiliates may disagree, but {N} shows that {C}.",
    "{O} {N} found that {C}.",
    "A more cautious reading comes from {N}: {C}.",
    "The compliance team cited {N} when arguing that {C}.",
    "On the other hand, {N} claim that {C}.",
    "Building on {N}, I would argue that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} review of the evidence suggests that {C}.",
    "{N} study of {aud} found that {C}.",
    "Using {N} framework, {C}.",
    "{N} findings matter to {B} because {C}.",
    "{N} argument, that {C}, is hard to dismiss.",
    "This echoes {N} conclusion that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "{C}, especially among {aud} {P}.",
    "For {B}, {C} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
    "It has been argued that {C} {P}.",
    "Evidence from Great Britain and Ireland suggests {C} {P}.",
    "{C}, which weakens the industry's case {P}.",
    "In practice, {C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "Research {P} suggests that {C}.",
    "{C} {P}; however, {C2}.",
    "Several studies {P} show that {C}.",
    "{B} accepts that {C} {P}, although {C2}.",
    "Critics {P} argue that {C}, which {B} disputes.",
    "Although {C} {P}, {C2}.",
]  # fmt: skip
CLAIMS = [
    "free-bet offers recruit customers who lapse within weeks",
    "bonus wagering requirements are rarely understood by {aud}",
    "safer-gambling messages are noticed far less than odds boosts",
    "affiliates drive a large share of new online casino sign-ups",
    "football sponsorship normalises betting for young fans",
    "in-play betting is linked to faster and heavier staking",
    "VIP schemes concentrate revenue among a small group of customers",
    "affordability checks reduce deposits without pushing most players to the black market",
    "push notifications about acca offers increase impulsive bets",
    "lottery brands enjoy higher trust than betting brands",
    "bingo is marketed as a social night out rather than gambling",
    "self-exclusion works best when it covers every operator at once",
    "the whistle-to-whistle ban moved spend from television to social media",
    "loot boxes share structural features with gambling",
    "problem gambling rates are higher among {aud}",
    "CRM personalisation can target the customers most at risk",
    "regulators in Malta balance growth against player protection",
    "the Irish regulator will restrict advertising before 9pm",
    "return-to-player figures mean little to most slot players",
    "influencers promote casino content to audiences who are under 18",
    "deposit limits are set by few customers unless they are prompted",
    "the industry's own research tends to minimise harm",
    "{B} spends more on marketing than on safer-gambling tools",
    "customer interaction depends on data the operator already holds",
    "racing relies on betting revenue through media rights and the levy",
    "stake limits on online slots protect younger adults most",
    "women are now the fastest-growing group of online bingo players",
    "odds boosts make complex bets look like good value",
    "{aud} see gambling adverts several times during a single match",
    "Gibraltar-licensed operators face tighter scrutiny from the UK regulator",
]  # fmt: skip
OPENERS = [
    "In the UK betting market,",
    "Looking at {B}'s CRM programme,",
    "From a compliance perspective,",
    "For an Irish bookmaker,",
    "In Malta's remote gaming sector,",
    "Within the affiliate channel,",
    "Before the 2025 stake limits,",
    "For lottery marketers,",
    "Across bingo and slots,",
    "From a safer-gambling point of view,",
]  # fmt: skip
PLAIN = [
    "This section evaluates the marketing mix of {B} against its safer-gambling commitments.",
    "The analysis that follows focuses on CRM, affiliates and paid social.",
    "I work in the compliance team, so some of these observations come from practice rather than literature.",
    "Each option is assessed for reach, cost and the risk of harm.",
    "The recommendations below are realistic for a mid-sized operator with a small team.",
    "Customer lifetime value is the metric the board watches most closely.",
    "The next part considers how the brand could be repositioned.",
    "Retention, not acquisition, is where most of the margin is made.",
    "These tensions are not unique to gambling, but they are sharper here.",
    "A balanced plan needs both commercial and protective measures.",
    "The remainder of this report applies the framework to {B}.",
    "Marketing teams rarely own the safer-gambling budget, which complicates things.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} argues that {Q}.",
    "As one regulator put it, {Q} {P}.",
    "{Q} {P}.",
    "{N} puts it bluntly: {Q}.",
    "The point is made sharply: {Q} {P}.",
    "In the words of {N}, {Q}.",
    "Operators are reminded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "safer gambling", "player-centric", "VIP", "recreational", "entertainment", "responsible", "free",
    "risk-free", "value", "engagement", "frictionless", "high-value", "bonus abuser", "fun",
]  # fmt: skip
SCARE_FRAMES = [
    "Operators still call their heaviest spenders ‘{Q}’ customers {P}.",
    "The industry's talk of “{Q}” play is contested {P}.",
    "{N} questions what '{Q}' means when losses are this concentrated.",
    "Much of the sector's \"{Q}\" language comes from the casino floor {P}.",
    "So-called ‘{Q}’ bets are not free once the wagering is counted {P}.",
    "{N} is sceptical of “{Q}” as a label for a product that causes harm.",
]  # fmt: skip
SUBJECT_LINES = [
    "Your 50 free spins expire tonight", "Cheltenham is here: get 5/1 on the Gold Cup",
    "We miss you – here's £10 on us", "Set a deposit limit in two taps", "Euro 2024: price boosts all tournament",
    "Your weekend acca is ready", "Take a break? You're in control", "Tonight's EuroMillions jackpot is £{jackpot}m",
    "Bingo with friends from 7pm", "Double points at {B} this weekend", "Grand National: extra places on {horse}",
    "Think you've got a problem? Talk to us",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The email subject line ‘{Q}’ was withdrawn after complaints {P}.",
    "A push notification reading \"{Q}\" is typical of the reactivation flows {N} describes.",
    "Messages such as “{Q}” target lapsed players directly {P}.",
    "The SMS '{Q}' was sent to self-excluded customers, as {N} reports.",
    "Subject lines like “{Q}” lift open rates but raise compliance questions {P}.",
]  # fmt: skip

# Text with capitals, years, brackets or quotation marks that cites nothing, as these writers put it in their reports.
NOT_CITATIONS = {
    "lccp-code": [
        "Social responsibility code provision 3.4.3 (customer interaction) applies to every remote licensee.",
        "Under SR Code 3.5.3 (self-exclusion), the operator must close the account within 24 hours.",
        "The LCCP (last updated in {month} {yr}) sets out the conditions attached to each licence.",
        "Ordinary code 2.3.1 and SR Code 5.1.6 (compliance with advertising codes) shape every campaign we run.",
    ],
    "cap-rule": [
        "CAP Code rule 16.3.12 (strong appeal to under-18s) is the rule most often breached in football creative.",
        "Rule 16.1 of the CAP Code (Edition 12) covers gambling marketing communications.",
        "The team checked every asset against CAP rules 16.3.1 to 16.3.17 before launch.",
    ],
    "bcap-rule": [
        "BCAP rule 17.4.5 prohibits linking gambling to seduction or sexual success.",
        "Television spots must also meet Section 17 of the BCAP Code (Gambling).",
        "Clearcast approved the ad under BCAP 17.3.1 and 17.4.2 in {month} {yr}.",
    ],
    "asa-ruling": [
        "The ASA upheld complaints against {op} on {d} {month} {yr} after a footballer appeared in a betting ad.",
        "In its ruling of {d} {month} {yr}, the ASA found that the {op} ad had strong appeal to under-18s.",
        "The ASA ruling on {op} (Complaint Ref: A{yy}-{ref}) is now used in our compliance training.",
    ],
    "act-section": [
        "Section 14 of the Gambling Act 2005 defines betting, and section 330 covers advertising.",
        "The Gambling Act 2005 (c. 19) replaced the Gaming Act 1968 and the Betting, Gaming and Lotteries Act 1963.",
        "Under the Gambling Act 2005, s.1 sets out the three licensing objectives.",
    ],
    "white-paper": [
        "The white paper, High stakes: gambling reform for the digital age (April 2023), promised a review of online bonuses.",
        "The 2023 white paper (CP 835) ran to more than 260 pages.",
        "DCMS published the white paper on 27 April 2023, more than two years after the review began in December 2020.",
    ],
    "consultation": [
        "The Gambling Commission's consultation on financial risk checks closed on 18 October 2023.",
        "DCMS consulted on the statutory levy (July to October 2023) and set rates of up to 1.1% of GGY.",
        "Responses to the consultation on direct marketing consent were due by {d} {month} {yr}.",
    ],
    "irish-act": [
        "The Gambling Regulation Act 2024 (No. 35 of 2024) was signed into law on 23 October 2024.",
        "Under the Gambling Regulation Bill 2022, as it then was, advertising between 5.30am and 9pm would be banned.",
        "GRAI (An tÚdarás Rialála Cearrbhachais) will take over licensing from the Revenue Commissioners.",
    ],
    "malta-law": [
        "The Gaming Act (Cap. 583) came into force on 1 August 2018.",
        "Directive 2 of 2018 (the Player Protection Directive) sets the rules on deposit limits in Malta.",
        "Bill 55 (2023) amended the Gaming Act with a new Article 56A.",
    ],
    "gibraltar-law": [
        "Gibraltar's Gambling Act 2005 (as amended) is being replaced by the Gambling Act 2025.",
        "Operators licensed under the Gambling Act 2005 (Gibraltar) must also hold a Great Britain licence to serve UK players.",
        "The Gibraltar Regulatory Authority (GRA) issued its Remote Gambling Code of Practice in {yr}.",
    ],
    "licence-number": [
        "The casino operates under MGA licence MGA/B2C/{ref}/{yr} (issued {d} {month} {yr}).",
        "Its Gambling Commission account number is {ref} (remote operating licence 000-{ref}-R-{ref2}).",
        "The Gibraltar licence (RGL No. {n}) covers both betting and gaming.",
    ],
    "company-number": [
        "{op} is registered in England and Wales (company number 0{ref}{n}).",
        "The brand is operated by a Maltese company (C {ref}) with offices in St Julian's.",
    ],
    "rtp": [
        "Starburst (NetEnt, 2012) has an RTP of 96.09%, while {game} runs at {rtp}%.",
        "The average RTP across the lobby (Q{q} {yr}) was {rtp}%.",
        "{game} (RTP {rtp}%, high volatility) was the most played title in {month}.",
    ],
    "odds": [
        "{club} were {odds} favourites against {club2} on the morning of the match.",
        "The price boost took {horse} from 9/2 to 6/1 (7.0 in decimal).",
        "At evens (2.0), the bet looked safe to most of the focus group.",
    ],
    "fixture": [
        "The campaign peaked around {club} v {club2} (Sunday {d} {month} {yr}, 16:30 BST).",
        "Betting on {club} v {club2} (FA Cup, Round 4) was three times a normal weekend.",
        "Traffic doubled for the North London derby (Arsenal 3-1 Tottenham, {yr}).",
    ],
    "race": [
        "{horse} (8/1) won the Grand National in {yr}, carrying the biggest liabilities of the day.",
        "The Cheltenham Gold Cup (Friday 15 March 2024) is the most-bet race outside Aintree.",
        "Our Irish traffic peaks for the Galway Races (late July) and Punchestown (April).",
    ],
    "event-year": [
        "Euro 2024 (14 June to 14 July) saw the highest sign-up numbers since the 2018 World Cup.",
        "Cheltenham Festival 2024 broke the operator's record for bets per minute.",
        "Acquisition spend was front-loaded before the Qatar World Cup (November 2022).",
    ],
    "bonus-terms": [
        "Bet £10 Get £30 in Free Bets (18+, new customers only, min odds 1/2, T&Cs apply).",
        "The welcome offer was 100% up to £{money} plus 50 spins (35x wagering, 7-day expiry).",
        "From 19 January 2026 wagering on bonuses is capped at 10x under an LCCP change announced in May 2025.",
    ],
    "age-gate": [
        "Every asset carries the tag '18+ | BeGambleAware.org' in at least 10pt type.",
        "Ads in Ireland must show \"Bet Responsibly (18+)\" and a helpline number.",
        "Players must be 18+ (21+ in some Maltese land-based casinos).",
    ],
    "helpline": [
        "The National Gambling Helpline (0808 8020 133) is open 24 hours a day.",
        "In Malta, the Responsible Gaming Foundation (RGF) helpline is 1777.",
        "GamCare's chat service (gamcare.org.uk) took more contacts in {yr} than in any earlier year.",
    ],
    "survey-wave": [
        "Wave {q} of the Gambling Survey for Great Britain (fieldwork {month} {yr}, n={n},742) is the latest release.",
        "The telephone survey (year to March {yr}) put the problem gambling rate at 0.3%.",
        "YouGov's tracker (n=2,{n}, fieldwork 1-{d2} {month} {yr}) asked about exposure to ads.",
    ],
    "stake-limit": [
        "The online slots stake limit (£5 per spin, or £2 for adults aged 18 to 24) took effect in April and May 2025.",
        "FOBT stakes were cut from £100 to £2 on 1 April 2019.",
        "Ireland's £/€10 slot stake proposal (2022) was later dropped.",
    ],
    "market-figure": [
        "Gross gambling yield reached £15.1bn (April 2023 to March 2024).",
        "Online GGY grew {pct}% year on year (Q{q} {yr}), led by slots.",
        "Malta's gaming sector contributed around €1.5bn (8.4% of GVA) in {yr}.",
    ],
    "currency": [
        "The Irish market is worth roughly €{money}m (£{money2}m) a year in online betting.",
        "Affiliate CPA deals ranged from €150 to €400 (about £130 to £345) per depositing player.",
    ],
    "peer": [
        "Lord Foster of Bath (Liberal Democrat) chairs the Peers for Gambling Reform group.",
        "Baroness Armstrong of Hill Top asked about loot boxes in the Lords ({month} {yr}).",
        "Lord Grade of Yarmouth (Conservative) chaired the Lords committee inquiry.",
    ],
    "mp": [
        "Carolyn Harris MP (Labour, Swansea East) has campaigned on FOBTs for years.",
        "Iain Duncan Smith (Conservative, Chingford and Woodford Green) backed a statutory levy.",
        "The minister, Stuart Andrew MP (gambling minister at DCMS in {yr}), wrote to operators about the white paper.",
    ],
    "job-title": [
        "Michael Dugher (chief executive, BGC, 2019-2024) called the levy a tax on jobs.",
        "Andrew Rhodes (CEO, Gambling Commission) spoke at the conference in {month} {yr}.",
        "Anne Marie Caulfield (CEO, GRAI) set out the authority's first priorities.",
    ],
    "brand-history": [
        "William Hill (founded 1934) and Ladbrokes (1886) are among the oldest names on the high street.",
        "Paddy Power (Dublin, 1988) built its brand on publicity stunts.",
        "Betfair (launched 2000) created the first large betting exchange.",
    ],
    "game-title": [
        "Rainbow Riches (Barcrest, 2004) moved from pub machines to online casino lobbies.",
        "{game} ({studio}, {gameyear}) was the launch title of the campaign.",
        "Book of Dead (Play'n GO, 2016) remains a staple of free-spin offers.",
    ],
    "tv-programme": [
        "Channel 4's documentary on VIP schemes (2022) triggered calls to the regulator.",
        "BBC Panorama ({yr}) showed how a self-excluded player was still emailed offers.",
    ],
    "sponsorship": [
        "{op} signed a shirt deal with {club} for the {season} season.",
        "Premier League clubs agreed to end front-of-shirt gambling sponsorship from the 2026-27 season.",
        "The Grand National has carried a sponsor's name since 1984 (Seagram, then Martell).",
    ],
    "gamstop-stats": [
        "GAMSTOP had more than 500,000 registrations by the end of {yr}.",
        "Half of registrations choose the five-year exclusion, according to GAMSTOP's figures for {month} {yr}.",
    ],
    "ibas-case": [
        "IBAS case reference {ref}{n} (a void in-play bet) was settled in the customer's favour.",
        "The Independent Betting Adjudication Service (IBAS) received {n} disputes about palpable errors in {yr}.",
    ],
    "campaign": [
        "GambleAware's 'Let's Talk About Gambling' campaign ran from {month} {yr}.",
        "The BGC's \"Deposit Limits\" campaign (Safer Gambling Week {yr}) reached 28 million adults.",
        "“When the Fun Stops, Stop” (2015-2021) was replaced by “Take Time to Think”.",
    ],
    "safer-gambling-week": [
        "Safer Gambling Week (13-19 November {yr}) is the industry's main awareness moment.",
        "During Safer Gambling Week ({yr}), {B} promoted its deposit-limit tool in every email.",
    ],
    "whistle-ban": [
        "The whistle-to-whistle ban (agreed in December 2018) covers live sport before 9pm.",
        "Since the ban began in August 2019, betting ads during live matches have fallen by 97%.",
    ],
    "lottery-draw": [
        "The EuroMillions jackpot reached £177m on 19 July 2022.",
        "Lotto draw {ref} (Saturday {d} {month} {yr}) had no jackpot winner.",
        "Allwyn took over the fourth National Lottery licence on 1 February 2024.",
    ],
    "ticker": [
        "Flutter (NYSE: FLUT; LSE: FLTR) moved its primary listing to New York in 2024.",
        "Entain (LSE: ENT) shares fell {pct}% on the day of the white paper.",
        "Evoke (formerly 888 Holdings, LSE: EVOK) rebranded in 2024.",
    ],
    "financial-period": [
        "H1 {yr} (six months to 30 June) showed online net gaming revenue up {pct}%.",
        "In FY{yy} (year to 31 December), marketing was 22% of revenue.",
        "Q{q} {yr} trading was hit by customer-friendly football results.",
    ],
    "interview-code": [
        "One CRM manager (Interviewee 4, Malta) said the VIP team was 'always chasing the number'.",
        "Participant P7 (affiliate manager, Gibraltar) described a shift to revenue-share deals.",
        "(Interview, compliance lead, Dublin, {month} {yr}.)",
    ],
    "cim-criteria": [
        "This section addresses AC 2.1 and 2.3 of the unit (Task 2, part b).",
        "Word count (excluding references and appendices): 3,{n3}.",
        "See Appendix C (Table 4) for the full campaign budget.",
    ],
    "figure-ref": [
        "Figure 3 (below) compares deposit-limit uptake by brand.",
        "Table 2 (Section 3.1) summarises the channel mix for {yr}.",
    ],
    "handle-hashtag": [
        "The campaign ran on X as @{handle} with the hashtag #SaferGamblingWeek{yr}.",
        "Posts tagged #ad #18+ from @{handle} reached mostly young men.",
    ],
    "levy": [
        "The statutory levy (from April 2025) is 1.1% of GGY for online operators and 0.2% for land-based casinos.",
        "Ireland's Social Impact Fund (Section 31 of the Act) will be paid by licensees.",
    ],
    "court-case": [
        "Green v Petfre (Gibraltar) Ltd t/a Betfred [2021] EWHC 842 (QB) turned on a software error.",
        "The dispute went to the Court of Appeal ({yr}) and was settled.",
    ],
    "loot-box": [
        "EA Sports FC (formerly FIFA, 2023) still sells Ultimate Team packs.",
        "Belgium's ban on paid loot boxes (2018) was the first of its kind in Europe.",
    ],
}  # fmt: skip

BRANDS = ["bet365", "Paddy Power", "Betfair", "Sky Bet", "William Hill", "Ladbrokes", "Coral", "Betfred",
          "BoyleSports", "Betway", "888casino", "Unibet", "LeoVegas", "PokerStars", "Virgin Bet", "tombola",
          "Mecca Bingo", "Buzz Bingo", "Grosvenor Casinos", "The National Lottery", "Lottoland", "Gala Bingo",
          "Betsson", "Casumo", "Jackpotjoy", "BetVictor", "Midnite", "Fitzdares", "Tote", "People's Postcode Lottery",
          "Rainbow Riches Casino", "Mr Green"]  # fmt: skip

_OPERATORS = ["Hillside (UK Sports) ENC t/a bet365", "Petfre (Gibraltar) Ltd t/a Betfred", "Betfair Ltd",
              "PPB Entertainment Ltd", "William Hill Organization Ltd", "BV Gaming Ltd", "Betway Ltd",
              "LC International Ltd", "ElectraWorks Ltd", "Lottoland Ltd", "Buzz Group Ltd", "Skill On Net Ltd",
              "Jumpman Gaming Ltd", "Sky Betting and Gaming", "Kwiff Ltd", "Vivaro Ltd"]  # fmt: skip
_CLUBS = ["Arsenal", "Chelsea", "Liverpool", "Manchester United", "Everton", "Newcastle United", "Aston Villa",
          "Celtic", "Rangers", "Shamrock Rovers", "Bohemians", "Fulham", "Brentford", "Wolves", "Leeds United",
          "West Ham United", "Hibernians", "Valletta FC", "Lincoln Red Imps"]  # fmt: skip
_HORSES = ["Corach Rambler", "Galopin Des Champs", "I Am Maximus", "Noble Yeats", "Constitution Hill",
           "Tiger Roll", "Minella Times", "Nick Rockett", "Shishkin", "Energumene", "Sir Gino"]  # fmt: skip
_GAMES = [("Big Bass Bonanza", "Pragmatic Play", "2020"), ("Gates of Olympus", "Pragmatic Play", "2021"),
          ("Fishin' Frenzy", "Blueprint Gaming", "2014"), ("Gonzo's Quest", "NetEnt", "2011"),
          ("Bonanza", "Big Time Gaming", "2016"), ("Eye of Horus", "Reel Time Gaming", "2016"),
          ("Lightning Roulette", "Evolution", "2018"), ("Crazy Time", "Evolution", "2020"),
          ("Mega Moolah", "Microgaming", "2006"), ("Immortal Romance", "Microgaming", "2011")]  # fmt: skip
_ODDS = ["4/6", "1/2", "11/8", "2/1", "evens", "5/2", "7/4", "10/11", "6/4", "13/8"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_AUDIENCES = ["young men", "sports bettors", "lapsed players", "online casino players", "lottery players",
              "18 to 24-year-olds", "bingo players", "football fans", "high-value customers", "Irish punters",
              "self-excluded customers", "women over 35"]  # fmt: skip
_HANDLES = ["BeGambleAware", "GamCare", "BGC_UK", "GamblingCommish", "GAMSTOP", "SaferGamblingWk", "ygam_org"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, drawn from the builder's random source."""
    game, studio, released = rng.choice(_GAMES)
    club, club2 = rng.sample(_CLUBS, 2)
    year = rng.randint(2015, 2025)
    money = rng.randint(50, 900)
    return {
        "op": rng.choice(_OPERATORS), "club": club, "club2": club2, "horse": rng.choice(_HORSES), "game": game,
        "gameyear": released, "yr": str(rng.randint(2019, 2025)),
        "studio": studio, "rtp": f"{rng.randint(92, 97)}.{rng.randint(10, 99)}", "odds": rng.choice(_ODDS),
        "month": rng.choice(_MONTHS), "ref": str(rng.randint(100, 999)), "ref2": str(rng.randint(10, 99)),
        "yy": f"{rng.randint(18, 25):02d}", "season": f"{year}-{(year + 1) % 100:02d}", "n3": str(rng.randint(100, 999)), "d2": str(rng.randint(15, 28)),
        "pct": str(rng.randint(2, 19)), "money": str(money), "money2": str(round(money * 0.85)),
        "jackpot": str(rng.randint(14, 195)), "aud": rng.choice(_AUDIENCES), "handle": rng.choice(_HANDLES),
    }  # fmt: skip
