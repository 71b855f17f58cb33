"""The blind384 pool's prose: marketers at football and rugby clubs, gyms and boutique studios, leisure trusts,
running and cycling events, governing bodies and fitness apps in the UK, Ireland, Portugal, Nigeria, the Philippines
and Argentina writing CIM Level 6 and 7 reports and MBA assignments in English. Written without reading the checker
or any other pool. NOT_CITATIONS holds what these candidates put in brackets or beside a year that is no source:
seasons, finals and tournaments, kit and sponsorship deals, openings, membership and attendance figures, transfers,
takeovers, listings, founders and chief executives, founding years, awards, records, rule changes and acts.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["PureGym", "The Gym Group", "David Lloyd Clubs", "Everyone Active", "Better", "1Rebel", "Barry's", "F45",
          "Third Space", "Manchester United", "Leicester Tigers", "Bristol Bears", "Celtic", "Shamrock Rovers",
          "Leinster Rugby", "Munster Rugby", "Benfica", "Sporting CP", "FC Porto", "Holmes Place", "Solinca",
          "Lagos City Marathon", "Remo Stars", "Enyimba", "Anytime Fitness", "Gold's Gym Philippines", "Kaya FC",
          "Boca Juniors", "River Plate", "Megatlon", "SportClub", "Strava", "Peloton", "Fitbit", "parkrun",
          "RideLondon", "Great Run Company", "Sweatcoin"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn from one club.",
    "{N} suggest that {C}.", "{N} identified that {C}, especially among {A}.", "{N} contends that {C}.",
    "{N} observed that {C}, which is directly relevant to {B}.", "{N} concluded that {C}.",
    "{N} reported that {C} across the six clubs studied.", "{N} highlights that {C}.",
    "{N} went further and argued that {C} and that {C2}.", "{N} warned that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explain, {C}.", "{O}, {N} found that {C}.", "According to {N}, {C}.",
    "{C}, as {N} point out.", "This is consistent with {N}, who found that {C}.",
    "Following {N}, it can be argued that {C}.", "Echoing {N}, {C}.", "Building on {N}, this report assumes that {C}.",
    "{C}, according to {N}.", "{B} could learn from {N}, who showed that {C}.",
    "Data from {N} show that {C}.", "{C}; {N} reached a similar conclusion for {A}.",
    "In their study of Irish and Portuguese gyms, {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} model of fan engagement suggests that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{N} findings matter for {B} because {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.",
    "{B} is no exception, since {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, which is why {B} invests in {T} {P}.",
    "In short, {C} {P}.", "{C}. {P}", "The evidence from community sport is similar {P:see also}.",
    "As a result, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Studies of season-ticket holders {P} agree that {C}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "members who attend a class in their first fortnight are far less likely to cancel",
    "{A} value a sense of belonging more than the equipment on the gym floor",
    "shirt sponsorship works best when the sponsor activates it beyond the kit",
    "fans who feel part of a club's community renew their season tickets more often",
    "wearable trackers raise activity at first but most users stop wearing them within months",
    "low-cost gyms have pushed mid-market operators towards premium experiences",
    "{T} improves {R} among {A}", "{B}'s reliance on {T} leaves it exposed if costs rise",
    "women's sport attracts sponsors seeking a purpose-led audience",
    "leisure trusts must balance social outcomes against commercial pressures",
    "mass-participation events depend on volunteers as much as on paying entrants",
    "social media lets clubs reach overseas fans who will never attend a match",
    "price rises without better service quickly drive members to cheaper rivals",
    "community programmes build goodwill that later turns into ticket and kit sales",
    "boutique studios sell an identity as much as a workout",
    "fitness apps keep users through streaks, badges and social comparison",
    "the cost-of-living crisis has made {A} more price-sensitive",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the Irish market", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From a member's perspective", "Nevertheless", "In Argentina",
    "In Lagos", "In Metro Manila", "Consequently", "Within the leisure sector", "Overall", "In Portugal",
]  # fmt: skip
PLAIN = [
    "{B} runs its membership sales through its app, its website and front-of-house staff.",
    "This report analyses {B}'s member journey and recommends changes for the next season.",
    "The table below sets out the KPIs for each channel.", "{O}, {C}.",
    "A PESTLE analysis of {B} is included in Appendix 2.",
    "{B}'s Instagram account has over {n}k followers, yet its engagement rate is below the sector average.",
    "The recommendations are costed and phased over twelve months.",
    "Task 3 builds on this by proposing a sponsorship activation plan.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "It has been argued that {Q} {P}.", "One study puts it plainly: {Q} {P}.",
    "{N} describe the challenge as follows: {Q}.", "As {N} put it, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘fan-first’", "‘community club’", "‘high value, low price’", "‘second screen’",
                "‘gamification’", "‘the twelfth man’", "‘member for life’", "‘phygital’"]  # fmt: skip
SCARE_FRAMES = [
    "Clubs now describe their strategy as {Q} {P}.", "{B} calls its model {Q} {P}.",
    "The idea of a {Q} approach is widespread in the sector {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your first class is on us’", "‘We miss you at the gym: come back for £1’",
                 "“Season tickets for {M} are on sale now”", "‘Only 48 hours left to lock in your price’",
                 "“Your {M} race pack is ready”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} won back lapsed members {P}.", "{B} sent the message {Q} to members who had frozen {P}.",
    "A subject line such as {Q} lifted open rates {P}.",
]  # fmt: skip

# Text with brackets, years and figures that is no source; a tutor would not expect any of it in the list.
NOT_CITATIONS = {
    "world-cup-year": ["Interest in the national team peaked during {WC}.", "Shirt sales rose sharply after {WC}.",
                       "{B} ran a watch-party promotion during {WC}."],
    "euro-tournament": ["Pub footfall in Dublin rose during Euro 2020 (played 2021).", "Portugal's win at Euro 2016 (Paris, July 2016) lifted junior registrations.",
                        "Viewing figures for the Women's Euros (2022) surprised broadcasters."],
    "season-label": ["Attendance fell in the {SEASON} season.", "Renewals for {SEASON} opened in April.",
                     "{B} froze prices for the {SEASON} campaign."],
    "season-bracket": ["Ticket prices rose by {q}% (season {SEASON}).", "The club finished fourth ({SEASON}).",
                       "Matchday revenue dipped ({SEASON} season, behind closed doors)."],
    "cup-final-year": ["{B} sold out its allocation for the {CUP} final ({Y}).", "Sales of replica shirts spiked after the {CUP} final in {Y}.",
                       "The {CUP} final ({Y}) drew a record television audience."],
    "match-score": ["The derby ended 2–1 (Boca Juniors v River Plate, {Y}).", "Attendance at the opening fixture (3–0, August {Y}) was disappointing.",
                    "The comeback win (4–3 after extra time) went viral on TikTok."],
    "kit-launch": ["The new home kit (launched July {Y}) sold out online in two days.", "{B}'s retro kit ({Y} edition) was aimed at older fans.",
                   "The third kit ({Y}/{YS}) was designed with a local artist."],
    "sponsorship-deal": ["{B} signed a five-year shirt deal ({SPONSOR}, {Y}).", "The stadium naming-rights deal (from {Y}) is worth £{n}m a year.",
                         "The sleeve sponsor ({SPONSOR}, {Y}–{Y2}) was replaced by a betting firm."],
    "stadium-opening": ["The new stand (opened {Y}) added {n} seats.", "Estádio da Luz (rebuilt 2003) hosts most of Benfica's events.",
                        "{B}'s new ground opened in {Y} with a capacity of {n}00."],
    "gym-opening": ["{B} opened its fiftieth site ({CITY}, {Y}).", "The flagship studio (opened March {Y}) sits near the station.",
                    "{B} entered the market in {Y} with a 24-hour club in {CITY}."],
    "membership-figure": ["Membership reached {n},000 ({Y} figures).", "{B} had {n}k members at the end of {Y}.",
                          "Members grew by {q}0% in a year ({Y} vs {Y2})."],
    "attendance-figure": ["Average attendance was {n}00 (league matches only, {Y}).", "Crowds at women's fixtures doubled ({Y}: {n}00 per game).",
                          "The record crowd ({n},000, {Y}) has not been matched since."],
    "price-figure": ["Off-peak membership costs £{PRICE} a month ({Y} prices).", "The adult season ticket rose to €{n}0 ({SEASON}).",
                     "Day passes cost ₱{n}0 (weekday rate, {Y})."],
    "naira-peso-figure": ["Entry fees rose to ₦{n},000 for the full marathon ({Y} edition).", "A monthly SportClub plan cost ARS {n},000 (March {Y}).",
                          "Corporate packages start at ₦{n}0,000 (Lagos, {Y})."],
    "transfer-signing": ["The club's record signing ({PLAYER}, {Y}) lifted shirt sales.", "Shirt sales jumped after the transfer of {PLAYER} ({Y}).",
                         "{B} sold its captain for £{n}m in {Y}."],
    "takeover": ["The club changed hands in {Y} ({OWNER} takeover).", "The chain was bought by private equity ({Y}, reported at £{n}m).",
                 "After the {Y} takeover by {OWNER}, ticket prices rose."],
    "takeover-listed-firm": ["PureGym bought Fitness World in 2020.", "The Gym Group floated on the London Stock Exchange in 2015.",
                             "Manchester United plc listed in New York (2012), not in London."],
    "funding-round": ["The app raised $ {n}m in a Series B round ({Y}).", "{B} closed a seed round in {Y} (£{q}.{q}m).",
                      "Investors valued the start-up at $ {n}m (Series A, {Y})."],
    "listing-ipo": ["Shares in the operator were listed in {Y} (LSE: GYM).", "The IPO ({Y}) valued the group at £{n}m.",
                    "Peloton's listing (Nasdaq: PTON, 2019) was followed by a sharp fall."],
    "founder-year": ["{B} was founded by {FOUNDER} in {Y}.", "The founder ({FOUNDER}) still runs the flagship studio.",
                     "{FOUNDER} set up the first site in {Y}."],
    "manager-tenure": ["Results improved under the new manager (appointed {Y}).", "The head coach ({Y}–{Y2}) favoured academy players.",
                       "{MANAGER} took charge in {Y}."],
    "chief-executive": ["The chief executive (since {Y}) has prioritised digital membership.", "{B}'s CEO, {FOUNDER}, joined in {Y}.",
                        "A new commercial director (appointed {Y}) restructured the sponsorship team."],
    "founding-body": ["Sport England (established 1972 as the Sports Council) funds community clubs.", "The FA (founded 1863) is the oldest football association.",
                      "The GAA (founded 1884) remains amateur.", "Sport Ireland was set up in 2015 under its own act."],
    "founding-club": ["Celtic (founded 1887) has a large overseas following.", "Benfica, founded in 1904, claims the most members of any club.",
                      "Boca Juniors was founded in 1905 in La Boca."],
    "award-year": ["{B} won Club of the Year ({Y}).", "The campaign won a Sports Industry Award in {Y}.",
                   "{B} was named Gym Chain of the Year at the {Y} awards."],
    "record-year": ["The race set a course record (2:0{q}:{d}, {Y}).", "Participation hit a record high in {Y} ({n},000 finishers).",
                    "The Lagos City Marathon record ({Y}) still stands."],
    "rule-change": ["The offside rule was clarified in {Y} (IFAB Law 11).", "Rugby lowered the legal tackle height in {Y}.",
                    "The salary cap was cut (from £{n}m, {Y})."],
    "act-named": ["Clubs must follow the Safety of Sports Grounds Act 1975.", "The Football Governance Act 2025 created an independent regulator.",
                  "Ticket touting is an offence under the Criminal Justice and Public Order Act 1994.",
                  "Member data is held under the UK GDPR and the Data Protection Act 2018."],
    "regulation-named": ["Sponsors in Portugal must respect Lei n.º {n}/{Y} on gambling advertising.", "The Philippine Sports Commission Act (RA 6847) set up the PSC.",
                         "Front-of-shirt gambling sponsors are banned from the 2026/27 season (Premier League rule)."],
    "gambling-sponsor-ban": ["The ban on front-of-shirt betting sponsors (agreed {Y}) hit smaller clubs hardest.", "Argentina debated limits on betting sponsors in {Y}.",
                             "Nigerian clubs still carry betting brands on their shirts ({Y})."],
    "financial-year": ["Revenue rose {q}% year on year (FY{YS}).", "Results for the year ended 31 December {Y} showed a loss.",
                       "Operating profit recovered (FY{YS}, £{n}m)."],
    "quarter-results": ["Like-for-like revenue grew in Q{q} {Y}.", "Churn rose in the third quarter (Q3 {Y}).",
                        "Sign-ups peaked in January (Q1 {Y}: {n}k)."],
    "survey-n": ["Most members agreed (n = {n}).", "The survey of parkrunners (n = {n}, {Y}) was run by the author.",
                 "Two focus groups (n = 12) were held at the club."],
    "figure-table": ["Churn is shown by month (Figure {q}).", "The segments are set out below (Table {q}).",
                     "See the member journey map (Appendix {q})."],
    "appendix-ref": ["The costed plan is in the appendix (Appendix B, p. {q}).", "The questionnaire is attached (Appendix C).",
                     "Full calculations are in the workings (Appendix A, {Y} budget)."],
    "strategy-period": ["The club's plan runs to {STRAT}.", "The ten-year plan (to 2031) sets out five big issues for the trust.",
                        "The trust's new strategy ({Y}–{Y2}) puts health first."],
    "event-edition": ["The {n}th edition of the race ({Y}) sold out in an hour.", "RideLondon ({Y}) moved to Essex.",
                      "The Manila Marathon ({Y} edition) added a 5 km fun run."],
    "parkrun-event": ["The Bushy parkrun (first run 2004) started with 13 runners.", "Junior parkrun (2k, Sunday mornings) targets children aged 4 to 14.",
                      "Event number {n} (Saturday {d} May {Y}) drew a record field."],
    "olympics-games": ["Cycling clubs reported a surge after London 2012.", "Hidilyn Diaz's gold at Tokyo 2020 (held 2021) inspired Filipino weightlifters.",
                       "The Paris 2024 Games (July–August 2024) boosted interest in breaking."],
    "currency-conversion": ["Fees rose to €{n} (about £{n} at {Y} rates).", "The deal is worth ARS {n}m (roughly US$ {q}m, {Y}).",
                            "The ticket costs ₦{n},000 (c. £{q}0)."],
    "percentage-bracket": ["Most new members joined online ({q}0%).", "Female participation rose (+{q}% since {Y}).",
                           "Churn fell sharply (from {q}0% to {q}%, {Y})."],
    "social-handle": ["{B} posts daily on Instagram (@{HANDLE}).", "The club's TikTok (@{HANDLE}, {n}k followers) is run by interns.",
                      "Fans used the hashtag #{HANDLE}{YS} during the final."],
    "app-version": ["The app's redesign (version {q}.{d}, {Y}) added class booking.", "Dark mode arrived in the {Y} release (version {q}.0).",
                    "Streaks were added in the {Y} update (iOS and Android)."],
    "wearable-model": ["The club issued members a tracker (Fitbit Charge {q}, {Y}).", "The WHOOP {q}.0 band (launched {Y}) is popular with rugby players.",
                       "Apple Watch Series {q} ({Y}) added fall detection."],
    "covid-period": ["Gyms in England reopened on 12 April 2021.", "Clubs played behind closed doors (March 2020–May 2021).",
                     "Irish gyms closed again during Level 5 (October {Y})."],
    "league-position": ["{B} finished {q}th in the league ({SEASON}).", "The team was promoted in {Y} (Championship play-off winners).",
                        "Relegation in {Y} cut broadcast income by £{n}m."],
    "distance-time": ["The sportive offers three routes (50 km, 100 km and 160 km).", "Entrants must finish within the cut-off (6 h 30 min).",
                      "The 10K (Sunday {d} October {Y}) starts at 8 a.m."],
    "acronym-gloss": ["Retention is tracked through NPS (Net Promoter Score).", "The club sells DTC (direct to consumer) through its own store.",
                      "Members join on a DD (direct debit) basis.", "The club is a CASC (community amateur sports club)."],
    "company-number": ["{B} is a registered charity (No. {n}{n}).", "The trust is a company limited by guarantee (Company No. 0{n}{n}).",
                       "The club's charitable foundation (registered {Y}) runs the school programme."],
    "spanish-portuguese-gloss": ["Fans call the stadium La Bombonera (‘the chocolate box’).", "Members are known as sócios (paying club members).",
                                 "The barra brava (organised supporters' group) controls the stand."],
    "tagalog-gloss": ["The campaign used the slogan ‘Laban, Pilipinas!’ (Fight, Philippines!).", "Barangay leagues (village leagues) run most youth basketball.",
                      "Gyms offer ‘suki’ (loyal customer) discounts."],
    "cross-reference": ["This is discussed further below (Section {q}.{d}).", "The segments were defined earlier (see Section {q}).",
                        "As noted in Task {q}, retention is the main objective."],
}  # fmt: skip

_SEASONS = ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25", "2022-23", "2023-24"]
_WC = ["the 2022 World Cup", "the 2018 World Cup", "the Qatar World Cup (2022)", "the 2023 Women's World Cup",
       "the 2023 Rugby World Cup", "the 2014 World Cup in Brazil"]  # fmt: skip
_CUPS = [
    "FA Cup",
    "Champions Cup",
    "Copa Libertadores",
    "Taça de Portugal",
    "Carabao Cup",
    "Scottish Cup",
    "All-Ireland",
]
_SPONSORS = ["Emirates", "Betway", "TeamViewer", "Etihad", "Qatar Airways", "Globe Telecom", "MTN", "Fly Emirates",
             "Bank of Ireland", "Vodafone", "Quilmes"]  # fmt: skip
_PLAYERS = ["a Nigerian striker", "the Argentine winger", "their Portuguese captain", "a young Irish full-back",
            "the club's top scorer", "a Filipino international"]  # fmt: skip
_OWNERS = ["a US consortium", "a Gulf investment fund", "INEOS", "a local businessman", "Leonard Green & Partners",
           "a private-equity firm"]  # fmt: skip
_FOUNDERS = [
    "Peter Roberts",
    "John Treharne",
    "Nuno Ferreira",
    "Chidi Okafor",
    "Ana Lim",
    "Martín Ruiz",
    "Sinéad Walsh",
]
_MANAGERS = ["The new manager", "An Argentine coach", "The former assistant", "A Portuguese head coach"]
_CITIES = ["Leeds", "Cork", "Porto", "Lagos", "Quezon City", "Rosario", "Galway", "Braga", "Abuja", "Cebu", "Córdoba"]
_HANDLES = ["ClubFans", "RunLagos", "SweatPH", "GymLife", "BocaOficial", "TigersRugby", "ActiveIrl"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2010, 2024)
    return {
        "SEASON": rng.choice(_SEASONS), "WC": rng.choice(_WC), "CUP": rng.choice(_CUPS), "SPONSOR": rng.choice(_SPONSORS),
        "PLAYER": rng.choice(_PLAYERS), "OWNER": rng.choice(_OWNERS), "FOUNDER": rng.choice(_FOUNDERS),
        "MANAGER": rng.choice(_MANAGERS), "CITY": rng.choice(_CITIES), "HANDLE": rng.choice(_HANDLES),
        "YS": f"{year % 100:02d}", "PRICE": f"{rng.randint(15, 45)}.99", "FOUNDED": str(rng.randint(1870, 1990)),
        "STRAT": f"{year + 1}–{year + 6}",
    }  # fmt: skip
