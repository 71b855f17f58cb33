"""The blind330 pool's prose: marketers at rugby union and rugby league clubs, unions and leagues, stadiums, kit and
ball makers, ticketing and hospitality firms and sports broadcasters in England, Wales, Ireland, France, South
Africa, New Zealand, Australia, Fiji and Japan, writing CIM Level 6 and 7 reports and MBA assignments in English on
attendance and season tickets, sponsorship, broadcasting, women's rugby, club finances and digital-channel marketing.

Written without reading the checker, its tests or any other pool. ``{N}`` is a narrative citation, ``{P}`` a
parenthetical one (``{P:see}`` puts a word inside its bracket), ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a
brand, ``{O}`` an opener; the frames may use every fill value and those of ``values``. NOT_CITATIONS holds text with
brackets, years and quotation marks that no tutor would expect in the reference list: tournaments, players, coaches,
stadiums, laws, scandals, clubs, songs, films, prices and crowds.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Leicester Tigers", "Saracens", "Leinster", "Munster", "Stade Toulousain", "Racing 92", "the Stormers",
          "the Bulls", "the Crusaders", "the Blues", "the Brumbies", "Wigan Warriors", "St Helens", "Fijian Drua",
          "Toyota Verblitz", "the RFU", "the WRU", "the IRFU", "the FFR", "SA Rugby", "New Zealand Rugby",
          "Rugby Australia", "Premiership Rugby", "the URC", "Super Rugby", "the NRL", "Gilbert", "Canterbury",
          "Sky Sport NZ", "SuperSport", "Bath Rugby", "Ulster Rugby", "the Ospreys", "Harlequins", "Bristol Bears"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "club": rng.choice(["Leicester Tigers", "Leinster", "the Stormers", "the Crusaders", "Wigan Warriors",
                            "Stade Toulousain", "Munster", "the Brumbies", "St Helens", "Fijian Drua"]),
        "ch": rng.choice(["TikTok", "Instagram", "the club app", "email", "YouTube", "WhatsApp channels",
                          "the ticketing site", "paid social", "X"]),
        "fans": rng.choice(["season-ticket holders", "lapsed members", "family fans", "women supporters",
                            "Gen Z fans", "corporate hospitality guests", "expat supporters", "first-time fans"]),
        "pc": str(rng.randint(4, 78)),
        "k": str(rng.randint(8, 82)),
        "yr": str(rng.randint(2015, 2025)),
        "fee": str(rng.choice([25, 30, 35, 45, 60, 75, 95, 120])),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn from one club.",
    "{N} concluded that {C}, which is directly relevant to {B}.", "{N} showed that {C} among {fans}.",
    "{N} noted that since rugby went open {C}.", "{N} suggested that {C}; {B}'s own ticketing data agrees.",
    "{N} identified that {C}, especially for {fans}.", "{N} reported that {C} in the {yr} season.",
    "{N} questioned whether {C}.", "{N} made the point that {C}.", "{N} explained that {C} (for example, on {ch}).",
    "{N} warned that {C} if clubs keep raising prices.", "{N} surveyed {k}0 supporters and found that {C}.",
    "{N} described sponsorship as a relationship rather than a transaction and showed that {C}.",
    "{N} observed that {C} – a finding {B} cannot ignore.", "{N} went further, arguing that {C} and that {C2}.",
    "{N} is widely cited on this, having found that {C}.", "{N} compared clubs in three countries and concluded that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of {fans}, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As {N} pointed out, {C}.", "Research by {N} suggests that {C}.",
    "According to {N}, {C}.", "A survey carried out by {N} found that {C}.", "{C}, as {N} noted.",
    "{B} is a good example of this: {N} showed that {C}.", "Following {N}, it could be argued that {C}.",
    "{C}; however, {N} found the opposite for {fans}.", "Evidence from {N} suggests that, on {ch}, {C}.",
    "For a club like {club}, the lesson from {N} is that {C}.", "Data published by {N} show that {C}.",
    "Not everyone agrees: {N}, for instance, maintained that {C}.",
    "When {B} reviewed its membership scheme in {yr}, it appeared to follow {N}, on the basis that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "{N} fan-identification scale suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {fans}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially on {ch} {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure 2) {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
    "Put simply: {C} {P}.", "A key point for {club} is that {C} {P}.", "{C}. {P}",
    "Matchday revenue still makes up most of a club's income outside the broadcast deal {P}.",
    "{C} {P:see also}.", "{C}, as studies of several unions show {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {club} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "season-ticket holders renew when they feel part of the club's identity", "{fans} respond better to {ch} than to print",
    "ticket prices above £{fee} put off {fans}", "sponsors value women's rugby for its younger, more diverse audience",
    "free-to-air coverage grows the fan base more than pay television does", "{T} lifts {R} among {fans}",
    "the salary cap protects smaller clubs but limits their marketing budgets",
    "fans judge a sponsor by how well it fits the club's values", "matchday hospitality subsidises general admission",
    "{B} relies on broadcast income more than its rivals do", "winning lifts attendance only in the short term",
    "around {pc}% of {fans} buy tickets on a phone", "community rugby is the club's strongest recruitment channel",
    "streaming has changed how {fans} follow the game", "{A} are more likely to trust player content than club adverts",
    "kit launches drive most of a club's online retail sales", "loyal fans forgive a poor season if they feel listened to",
    "franchise rugby struggles to build the loyalty that clubs inherit", "{B} could {bs} to reach {A}",
    "a stadium's atmosphere is part of the product sold", "sponsorship only works when it is activated beyond the shirt",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the Premiership", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From a supporter's perspective", "Nevertheless", "Consequently",
    "In the southern hemisphere", "As a result", "Looking at {B}'s rivals", "Overall", "In terms of digital channels",
]  # fmt: skip
PLAIN = [
    "{B} plays its home games in a {k},000-seat stadium and sells most seats as season tickets.",
    "This report analyses {B}'s current digital channels and makes recommendations for next season.",
    "The table below summarises attendance, renewals and app downloads for each of the last three seasons.",
    "{B}'s Instagram account has over {k}0k followers, but engagement falls sharply out of season.",
    "The recommendations are costed and phased over twelve months.", "{O}, {C}.",
    "A PESTLE analysis of the market is included in Appendix 1.",
    "Fans can buy tickets online, through the app or at the ticket office on match days.",
    "Task 2 builds on this by proposing a sponsorship activation plan.",
    "The main competitors for {fans}' time and money are football, cricket and streaming services.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one sport-marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "The point is made directly that {Q} {P}, which {club} should note.",
    "{N} put it plainly: {Q}.", "One review concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘fan engagement’", "‘the matchday experience’", "‘the Saracens way’", "‘rugby values’",
                "'content is king'", "‘Pasifika flair’", "“brand rugby”", "‘the fourth official’", "'bums on seats'",
                "‘the professional era’", "‘sportswashing’", "‘the Leinster model’"]  # fmt: skip
SCARE_FRAMES = [
    "Clubs now talk of {Q} as if it were a product {P}.", "{B} calls its approach {Q} {P}.",
    "So-called {Q} is a growing concern for {club} {P}.", "The term {Q} is used loosely in the game {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your seat is waiting – renew before 31 May’", "‘Last chance: early-bird season tickets end tonight’",
                 "“Derby day is sold out – join the waiting list”", "‘New home shirt: members get first dibs’",
                 "'Bring a mate for £10 this Saturday'", "‘We miss you at the ground – here’s 20% off’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift renewal rates {P}.", "{B} used {Q} in its renewal campaign {P}.",
    "Short, urgent copy ({Q}, for example) performs well with {fans} {P}.",
    "The email {Q} was opened by more {fans} than any other {P}.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation: nothing here is a work in the reference list.
NOT_CITATIONS = {
    "tournament-year": [
        "South Africa's win on home soil (Rugby World Cup, 1995) is still the union's strongest brand story.",
        "Attendances at {club} rose after the tournament (Rugby World Cup, 2019) was played in Japan.",
        "England's only title (Rugby World Cup, 2003) is used in almost every RFU campaign.",
    ],
    "championship-year": [
        "Italy joined the championship (Six Nations, 2000), which widened its broadcast audience.",
        "Wales' last clean sweep (Grand Slam, 2019) sold out the Principality Stadium for weeks.",
        "Ireland's home title (Grand Slam, 2023) lifted merchandise sales across the provinces.",
    ],
    "cup-year": [
        "The first European final (Heineken Cup, 1996) was won by Toulouse.",
        "Leinster's first star (Heineken Cup, 2009) is still printed on the club's kit.",
        "The club's best run in Europe (Champions Cup, 2022) boosted season-ticket sales.",
    ],
    "tour-year": [
        "Hospitality packages for the last tour (Lions tour, 2021) were never sold because of the pandemic.",
        "The tour to South Africa (British & Irish Lions, 2009) drew thousands of travelling fans.",
        "Travel firms already sell packages for the next tour (Lions tour, 2025).",
    ],
    "team-nickname-year": [
        "Japan's win over South Africa (Brave Blossoms, 2015) changed how the sport was marketed in Japan.",
        "The women's side (Black Ferns, 2022) filled Eden Park for the final.",
        "Fiji's sevens gold (Olympic Games, 2016) made the team a national brand.",
    ],
    "player-full-name-year": [
        "No single player has sold more shirts than the winger (Jonah Lomu, 1995).",
        "The club still markets its academy through its most famous graduate (Brian O'Driscoll, 1999).",
        "Merchandise sales peaked with the captain's debut (Antoine Dupont, 2017).",
    ],
    "player-surname-year": [
        "England's drop goal in the final (Wilkinson, 2003) is replayed in every RFU advert.",
        "The fly-half's last World Cup (Carter, 2015) was also his best-selling shirt year.",
        "South Africa's try-scoring record at the tournament (Habana, 2007) still features in SA Rugby's campaigns.",
    ],
    "player-narrative-year": [
        "Siya Kolisi (2019) became the face of SA Rugby's marketing after lifting the trophy.",
        "Sonny Bill Williams (2011) helped the NRL and Super Rugby reach new audiences.",
        "Portia Woodman (2017) is the player most New Zealand girls name as a role model.",
    ],
    "coach-year": [
        "Japan's shock win (Eddie Jones, 2015) made its coach a sought-after speaker.",
        "The squad's mental-skills programme (Rassie Erasmus, 2019) became part of the union's story.",
        "Ireland's rise to first in the world (Andy Farrell, 2022) was built on the provinces.",
    ],
    "stadium-opening-year": [
        "Wales' home ground (Principality Stadium, 1999) has a roof that allows concerts all year.",
        "The IRFU moved back to Lansdowne Road once it was rebuilt (Aviva Stadium, 2010).",
        "Auckland's main ground (Eden Park, 1900) is also used for cricket.",
    ],
    "stadium-history": [
        "The RFU bought its ground early (Twickenham, 1909) and owns it outright.",
        "Johannesburg's ground (Ellis Park, 1928) hosted the 1995 final.",
        "Toulouse also plays big games at the city stadium (Stadium de Toulouse, 1937).",
    ],
    "professionalism-ruling": [
        "The game became open (professionalism, 1995) only a few weeks after the World Cup.",
        "Clubs had no marketing departments before the change (open era, 1995).",
        "Rugby league split from union over payments (Northern Union, 1895).",
    ],
    "salary-cap-ruling": [
        "English clubs agreed to limit wages (salary cap, 1999) to stop overspending.",
        "The NRL has policed spending strictly (salary cap, 1990) since it was introduced.",
        "The cap was cut after the pandemic (salary cap, 2021) from £6.4m to £5m.",
    ],
    "law-change-year": [
        "Community clubs lost some players after the change (tackle height law, 2023).",
        "The new rule (bunker review, 2023) lengthened matches and annoyed broadcasters.",
        "Fans liked the faster game after the trial (shot clock, 2024).",
    ],
    "scandal-year": [
        "Harlequins were fined after a fake blood injury (Bloodgate, 2009).",
        "Sponsors were nervous after the club breached the cap (Saracens relegation, 2020).",
        "The league faced questions about club finances (Wasps administration, 2022).",
    ],
    "club-collapse-year": [
        "Worcester's fans lost their season tickets (Worcester Warriors, 2022) when the club went under.",
        "London Irish's collapse (London Irish, 2023) left its women's side without a home.",
        "A Welsh region nearly folded (Celtic Warriors, 2004) before the WRU changed its model.",
    ],
    "club-founding-year": [
        "The club's heritage (Leicester Tigers, 1880) is central to its brand.",
        "The franchise was created for the new competition (Crusaders, 1996).",
        "Fiji's professional side (Fijian Drua, 2017) now plays in Super Rugby Pacific.",
    ],
    "franchise-founding-year": [
        "The smallest of the four provinces (Connacht, 1885) has the smallest marketing budget.",
        "The Japanese league was rebranded (League One, 2022) to attract more fans.",
        "The franchise was formed to grow the game in Western Australia (Western Force, 2005).",
    ],
    "ritual-year": [
        "The All Blacks' pre-match challenge (haka, 1888) goes back to the Natives' tour.",
        "The best-known haka (Ka Mate, 1905) is now protected as a taonga.",
        "Fiji's war dance (cibi, 1939) is performed before every test.",
    ],
    "song-year": [
        "England fans adopted the spiritual as an anthem (Swing Low, 1988).",
        "Welsh crowds still sing the hymn (Cwm Rhondda, 1907) before kick-off.",
        "Ireland's neutral anthem (Ireland's Call, 1995) was written for the World Cup.",
    ],
    "film-year": [
        "The film about the 1995 final (Invictus, 2009) is still the sport's best-known story.",
        "Netflix's behind-the-scenes series (Full Contact, 2024) was aimed at new fans.",
        "The documentary (Chasing the Sun, 2020) followed the Springboks' campaign.",
    ],
    "documentary-year": [
        "Amazon's series on the Premiership (Behind the Rose, 2019) never reached beyond core fans.",
        "The All Blacks' documentary (All or Nothing, 2018) was streamed in over 200 countries.",
        "The Drua's first season was filmed for Fijian television (Drua Rising, 2022).",
    ],
    "ticket-price-year": [
        "The cheapest adult ticket at Twickenham was £60 a seat (2023).",
        "{club} now charges £{fee} for an adult season ticket (2024/25).",
        "Family tickets at the Brumbies cost A$50 (2024) for two adults and two children.",
    ],
    "crowd-figure-year": [
        "A record crowd of 82,000 fans (2019) watched the final at Twickenham.",
        "The Black Ferns drew 42,579 spectators (2022) to Eden Park.",
        "Attendance at the derby reached {k},000 (2023), the highest in the league.",
    ],
    "attendance-figure": [
        "Average crowds rose by {pc}% (2023 attendance) after the kick-off time moved.",
        "The league's figures (2024 attendance: {k},000 a game) were its best for a decade.",
        "{club} sold out every home game (2022/23 season).",
    ],
    "quoted-saying": [
        "The old line that “Rugby is a hooligans' game played by gentlemen” still shapes the sport's image.",
        "The chant ‘Ka mate, ka mate’ opens the haka and most All Blacks adverts.",
        "Supporters still say that ‘what goes on tour stays on tour’.",
    ],
    "slogan": [
        "The RFU's ‘Carry Them Home’ campaign ran before the 2023 World Cup.",
        "Gilbert's line 'Since 1823' appears on every ball.",
        "SA Rugby's ‘Stronger Together’ slogan (launched 2019) was used across all channels.",
    ],
    "brand-founding-year": [
        "The ball maker's heritage (Gilbert, 1823) is older than the game's rules.",
        "The kit brand (Canterbury, 1904) began as a knitwear maker in Christchurch.",
        "Sky began showing rugby in New Zealand (Sky Sport, 1990).",
    ],
    "broadcast-deal-year": [
        "The first big television contract (News Corp deal, 1995) paid SANZAR US$555m.",
        "Premiership Rugby sold part of its rights (CVC deal, 2018) to private equity.",
        "Free-to-air coverage returned (ITV deal, 2024) for some Premiership matches.",
    ],
    "investment-year": [
        "CVC's stake in the championship (Six Nations investment, 2021) brought new commercial staff.",
        "Silver Lake bought into New Zealand Rugby's commercial arm (NZR Commercial, 2022).",
        "The URC's shareholders agreed to admit South African sides (Pro14 expansion, 2017).",
    ],
    "match-scoreline": [
        "The final (15–12, 1995) went to extra time.",
        "The famous win in Brighton (34–32) is shown in every Japan Rugby promotion.",
        "Leicester won the final (15–12, 2022) with a late drop goal.",
    ],
    "season-range": [
        "Membership fell over two seasons (2020–21 to 2021–22) before recovering.",
        "The club played behind closed doors (season 2020/21) and lost most of its matchday income.",
        "Revenue grew over the period (FY2019–FY2024) despite the pandemic.",
    ],
    "financial-year": [
        "Turnover reached £{k}m (FY{yr}) according to the club's accounts.",
        "The union reported a loss (year to 30 June {yr}) because of lower test receipts.",
        "Losses narrowed (2023/24 accounts) after the new hospitality suites opened.",
    ],
    "women-milestone-year": [
        "The women's league turned semi-professional (Premiership Women's Rugby, 2023).",
        "England's women won the title at home (Rugby World Cup, 2025) in front of a full Twickenham.",
        "The first WXV competition (WXV, 2023) gave women's teams regular test rugby.",
    ],
    "competition-founding-year": [
        "Super Rugby began as a twelve-team competition (Super 12, 1996).",
        "The URC took its current name (United Rugby Championship, 2021) when South African sides joined.",
        "Rugby league's summer move (Super League, 1996) changed the matchday.",
    ],
    "rivalry-year": [
        "The oldest international rivalry (Calcutta Cup, 1879) is still a sell-out.",
        "The trans-Tasman trophy (Bledisloe Cup, 1932) sells well in both countries.",
        "The rugby league grand final (State of Origin, 1980) draws the NRL's biggest TV audience.",
    ],
    "number-shirt-year": [
        "The club retired the number 10 shirt (No. 10, 2004) after its fly-half left.",
        "Numbers on shirts became compulsory in tests (shirt numbers, 1967).",
        "The new home shirt ({yr} kit) sold out in two days.",
    ],
    "world-ranking": [
        "Ireland rose to first place in the rankings (July 2022) for the first time.",
        "Fiji climbed into the top ten (ranked 7th, 2023) after beating England.",
        "Japan's ranking (10th, 2019) has never been higher.",
    ],
    "sponsor-since-year": [
        "The shirt sponsor (since 2019) renewed for four more years.",
        "The stadium has carried its sponsor's name (renamed 2016) since the last deal.",
        "The bank's deal with the provinces (signed 2000) has lasted over two decades.",
    ],
    "pandemic-year": [
        "Clubs played without crowds during the first lockdown (March–August 2020).",
        "Most season-ticket holders donated their refunds (COVID-19, 2020).",
        "The tour was played in empty stadiums (pandemic, 2021).",
    ],
    "abbreviation": [
        "The Rugby Players' Association (RPA) represents professional players in England.",
        "Key performance indicators (KPIs) for {club} include renewal rate and average spend per head.",
        "The United Rugby Championship (URC) now has sides from four countries.",
        "The National Rugby League (NRL) is the biggest rugby league competition.",
    ],
    "cross-reference": [
        "This is discussed further in Task 2 (b).", "The content calendar (see Appendix 3) shows weekly activity.",
        "Refer to Table 4 (page 9) for the full costs.", "The persona (Appendix 1, Figure 2) is based on six interviews.",
    ],
    "handle-or-hashtag": [
        "{club} answers ticket queries on X (@TicketsHelp) within an hour.",
        "The hashtag (#BackTheDrua) trended in Fiji on match days.",
        "Fans can email the box office (tickets@example-rugby.co.uk) or call on weekdays (9am–5pm).",
    ],
    "legislation": [
        "The Equality Act 2010 applies to how clubs treat disabled fans.",
        "The Football Spectators Act 1989 does not cover rugby grounds.",
        "Under the UK GDPR and the Data Protection Act 2018, fans must opt in to marketing emails.",
    ],
    "survey-figures": [
        "Most respondents preferred morning kick-offs (n = {k}0).",
        "Renewals were higher for under-25s ({pc}% vs 48%).",
        "The fan survey ran for a month (1–30 June {yr}).",
    ],
    "sevens-event-year": [
        "The Hong Kong tournament (Hong Kong Sevens, 1976) is the circuit's biggest party.",
        "Sevens joined the Olympic programme (Rio, 2016) for the first time.",
        "The series moved to a new format (SVNS, 2023) with a grand final.",
    ],
    "venue-event-year": [
        "The Premiership final moved to the football stadium (Wembley, 2009) for one year.",
        "The Japanese team played its historic win in England (Brighton, 2015).",
        "The test in Paris (Stade de France, 1998) was the first at the new ground.",
    ],
    "award-year": [
        "The winger was named player of the year (Monaco, October 2023).",
        "The flanker was knighted (New Year Honours, 2016) after retiring.",
        "The club won the marketing prize (awards night, 2019) for its family zone.",
    ],
}  # fmt: skip
