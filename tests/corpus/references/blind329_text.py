"""The blind329 pool's prose: marketers at tennis and padel clubs, racket and ball brands, tennis academies,
padel-court builders, tournaments and federations, and sports retailers in Spain, Sweden, Argentina, Italy, France,
the UK and Australia, writing CIM Level 6 and 7 reports and MBA assignments in English on participation, club
membership, court booking apps, sponsorship and events, racket-sports retail and digital-channel marketing.

Frames use the common placeholders ({N}, {P}, {Q}, {C}, {C2}, {O}, {B}, {A}, {R}, {T}, {Y}, {n}, {q}...) and these
of their own, from ``values``: {club} a club or centre, {city} a city, {pc} a percentage's number, {eur} euros,
{sek} kronor, {gbp} pounds, {Y3} a recent year, {app} a booking or club app, {ev} a tournament, {ch} a channel,
{seg} a segment, {cnt} a number of courts. Decoys are tournaments, players, rackets, balls, courts, rules, origins,
clubs, films, scandals, prices and figures with years, none of them a citation. Written without reading the checker,
its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Head", "Wilson", "Babolat", "Bullpadel", "Adidas Padel", "Nox", "Siux", "Dunlop", "Slazenger",
          "Tecnifibre", "Playtomic", "Padel Haus", "We Are Padel", "the Rafa Nadal Academy", "the Mouratoglou Academy",
          "the LTA", "the All England Club", "Tennis Australia", "the Real Federación Española de Pádel",
          "the Svenska Padelförbundet", "the International Padel Federation", "Premier Padel", "Decathlon",
          "Sports Direct", "MATCHi", "Padel Nuestro", "StarVie", "Joma", "Wimbledon", "the Madrid Open",
          "the Australian Open", "Roland-Garros", "the Internazionali BNL d'Italia", "Padel United",
          "Rocket Padel", "Tennis Warehouse Europe"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "club": rng.choice(["Club de Pádel Las Rozas", "Padel Haus Battersea", "Stockholm Padel Arena",
                            "Kooyong Lawn Tennis Club", "Tennis Club Parioli", "Club Atlético River Plate's padel centre",
                            "Queen's Club", "Göteborgs Padelcenter", "the club in Palermo Chico", "Lyon Padel Indoor",
                            "Ealing Lawn Tennis Club", "Real Club de Tenis Barcelona"]),
        "city": rng.choice(["Madrid", "Barcelona", "Valencia", "Málaga", "Stockholm", "Gothenburg", "Malmö",
                            "Buenos Aires", "Córdoba", "Rosario", "Milan", "Rome", "Lyon", "Paris", "London",
                            "Manchester", "Melbourne", "Sydney", "Brisbane"]),
        "pc": str(rng.randint(4, 78)), "eur": str(rng.choice([12, 16, 20, 24, 28, 32, 36, 40, 48])),
        "sek": str(rng.choice([280, 320, 360, 400, 450, 520, 600])), "gbp": str(rng.choice([30, 36, 40, 48, 54, 60, 72])),
        "Y3": str(rng.randint(2019, 2025)),
        "app": rng.choice(["Playtomic", "MATCHi", "ClubSpark", "LTA Rally", "Padelmania", "Tennis Australia's Book a Court",
                           "the club's own app", "Tenis Ya"]),
        "ev": rng.choice(["Wimbledon", "the Madrid Open", "the Australian Open", "Roland-Garros", "the Italian Open",
                          "the Stockholm Open", "the Premier Padel Major in Rome", "the Argentina Open",
                          "the Queen's Club Championships", "the Davis Cup Finals", "the Mutua Madrid Open",
                          "the Paris Major", "Premier Padel's Buenos Aires P1"]),
        "ch": rng.choice(["Instagram", "TikTok", "email", "WhatsApp groups", "the booking app", "YouTube", "paid search",
                          "influencer posts", "push notifications", "the club newsletter"]),
        "seg": rng.choice(["lapsed tennis players", "beginners over 40", "corporate teams", "juniors", "women's social leagues",
                           "ex-footballers", "retired members", "expat players", "families", "students"]),
        "cnt": str(rng.randint(3, 24)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, although their sample came only from {city}.",
    "{N} concluded that {C}, which is directly relevant to {B}.",
    "{N} suggested that {C}; {club} is a good example of this.",
    "{N} identified that {C}, especially among {seg}.",
    "{N} showed that {C} and that {C2}.",
    "{N} makes the point that {C}.",
    "{N} observed that {C} during the padel boom.",
    "{N} stressed that {C}, a lesson {B} has begun to act on.",
    "{N} claimed that {C}, but the evidence from {city} is mixed.",
    "{N} recommended that clubs test whether {C} before spending on {ch}.",
    "{N} questioned whether {C}.",
    "{N} measured {R} across {n} club members and reported that {C}.",
    "{N} describes how {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "As {N} pointed out, {C}.",
    "{C}, as {N} noted.",
    "This supports the view of {N} that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "Research by {N} suggests that {C}.",
    "{C}; {N} reached a similar conclusion in {city}.",
    "A study of padel clubs in Spain by {N} found that {C}.",
    "In line with {N}, this report assumes that {C}.",
    "{O}, work by {N} indicates that {C}.",
    "Building on {N}, {B} could argue that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of club members found that {C}.",
    "{O}, {N} findings suggest that {C}.",
    "{N} model helps explain why {C}.",
    "{N} survey of {seg} showed that {C}.",
    "Applying {N} framework to {B}, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is evidence that {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "Padel is now the fastest-growing racket sport in Europe, and {C} {P}.",
    "{C}, particularly in {city} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
    "Clubs have noticed that {C} {P}.",
    "This matters because {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, although {C2}.",
    "{C} {P}; even so, {C2}.",
    "{C} {P}, while {C2}.",
    "{O}, {C} {P}, which means {C2}.",
]  # fmt: skip
CLAIMS = [
    "padel players book courts through {app} far more than by phone",
    "{B} gains more from grassroots sponsorship than from televised events",
    "club membership falls when court prices rise above €{eur} an hour",
    "{seg} are the most profitable segment for padel clubs",
    "{T} raises {R} among {A}",
    "members who play weekly renew at far higher rates",
    "racket brands rely on touring professionals to build credibility",
    "pay-and-play pricing brings in players whom annual membership would put off",
    "sponsors of tennis events value hospitality over logo exposure",
    "{ch} is the cheapest channel for filling off-peak courts",
    "{B} relies on {ch} more than its rivals do",
    "padel is easier to learn than tennis, which widens its market",
    "dynamic pricing fills off-peak courts without cutting peak revenue",
    "retailers sell more rackets when staff can demo them on a court",
    "the social side of doubles keeps padel players loyal",
    "women and older players stay longer when clubs run social leagues",
    "a tournament's brand rubs off on its sponsors only with long contracts",
    "booking apps give clubs data they rarely use well",
    "sports retailers lose racket sales to specialist online shops",
    "national federations struggle to convert event viewers into players",
    "{B} could use {ch} to reach {seg}",
    "junior coaching is the main route into adult club membership",
    "court-building firms depend on a few large operators",
    "fans trust a player's endorsement more than a brand's advert",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "By contrast", "In Spain", "In Sweden", "In Argentina",
           "In the UK", "In the case of {B}", "More recently", "Even so", "At {club}", "Since the pandemic",
           "For a club like {club}", "In {city}", "On the other hand"]  # fmt: skip
PLAIN = [
    "{B} sells most of its rackets through specialist shops and its own website.",
    "{club} has {cnt} courts and a waiting list at peak times.",
    "Courts at {club} are booked through {app}, and most bookings are made on a phone.",
    "The club's members are mostly over forty and many used to play tennis.",
    "{B} runs its campaigns on {ch}, email and in-club posters.",
    "{O}, {C}.",
    "Appendix 2 shows the booking data for the last twelve months.",
    "The recommendations below are costed in Section 4.",
    "Interviews were held with the club manager, two coaches and six members.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "{O}, {Q} {P}.",
    "The point is made plainly: {Q} {P}.",
    "{N} put it this way: {Q}.",
    "{N} warned that {Q}.",
    "{Q} {P}, and {B} would do well to remember it.",
]  # fmt: skip
SCARE_QUOTES = ["‘the padel boom’", "‘pay and play’", "‘tennis for everyone’", "‘glass-court effect’",
                "‘social padel’", "‘phygital’ retail", "‘always on’", "‘members first’", "‘the new golf’",
                "‘play more, pay less’", "‘the Swedish bubble’"]  # fmt: skip
SCARE_FRAMES = [
    "Clubs now talk of {Q} {P}.",
    "{B} calls its approach {Q} {P}.",
    "The press called it {Q} {P}.",
    "Many operators bet on {Q} {P}.",
    "{N} described the period as {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your court is waiting: 20% off weekday mornings’", "‘New season, new racket: try before you buy’",
                 "“Last call for the club championships”", "‘Bring a friend to padel for free this Friday’",
                 "‘Your membership renews in 7 days’", "“Win tickets to {ev}”", "‘Padel for beginners starts Monday’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} doubled open rates {P}.",
    "An email headed {Q} performed best {P}.",
    "{B} sent {Q} to lapsed members {P}.",
    "A push notification reading {Q} filled {cnt} empty courts {P}.",
]  # fmt: skip

# Text that looks like a citation and is not: a tutor would not expect any of these in the reference list.
NOT_CITATIONS = {
    "tournament-year": [
        "The oldest tournament in the sport still sets the tone for its sponsors (Wimbledon, 1877).",
        "Clay-court tennis gained its showcase when the French championships moved to Paris (Roland-Garros, 1928).",
        "National pride has driven tennis sponsorship since the team competition began (Davis Cup, 1900).",
        "{B} has been tied to a newer event from its first edition (Madrid Open, 2002).",
        "Padel moved into stadiums with the first four majors (Premier Padel Major, 2023).",
        "Team formats were reinvented for a younger audience (Laver Cup, 2017).",
    ],
    "tournament-edition": [
        "Ticket sales for the final rose by {pc}% (Roland-Garros {Y3}).",
        "Court-side branding was sold out for the first time (Australian Open {Y3}).",
        "Attendance at the padel event was a record ({ev} {Y3}).",
    ],
    "player-year": [
        "Swedish tennis had its golden age when a teenager won in Paris and then on grass (Borg, 1980).",
        "Spanish sponsors rushed into tennis after a first clay title in Paris (Nadal, 2005).",
        "Italian clubs recorded a surge of juniors after the US Open final (Pennetta, 2015).",
        "French racket sales peaked after the last home men's champion in Paris (Noah, 1983).",
    ],
    "player-narrative": [
        "Argentine girls took up the game in numbers after Sabatini (1990) won the US Open.",
        "Club coaches in Buenos Aires still speak of the clay boom after Vilas (1977) won in Paris.",
        "Swedish junior numbers grew in the years after Edberg (1988) first won Wimbledon.",
    ],
    "player-pair": [
        "Sponsors still use the most-watched final of the era in their hospitality packs (Federer and Nadal, 2008).",
        "Rivalries sell tickets, as the famous Wimbledon final showed (Borg and McEnroe, 1980).",
        "The women's game had its own rivalry that sponsors paid for (Evert and Navratilova, 1978).",
    ],
    "player-full-name": [
        "Padel's first superstar reached number one and stayed there for sixteen years (Fernando Belasteguín, 2002).",
        "Australian participation rose after a home Grand Slam title (Ash Barty, 2021).",
        "The Spanish brand signed the world's best women's player (Alejandra Salazar, 2010).",
        "A British wildcard's title was a gift to the LTA (Emma Raducanu, 2021).",
    ],
    "padel-pair-slash": [
        "The top pair of the tour were the face of the racket launch (Tapia/Coello, {Y3}).",
        "The Spanish pair's title lifted attendance in the final (Lebrón/Galán, 2021).",
        "Argentine fans followed the rise of a new pair (Chingotto/Navarro, {Y3}).",
    ],
    "racket-launch": [
        "The larger head made tennis easier for club players (Prince oversized racket, 1976).",
        "Some models stay in a range for decades (Head Prestige, 1987).",
        "A single frame can carry a brand for a generation (Babolat Pure Drive, 1994).",
        "Signature rackets began with one famous frame (Wilson Pro Staff, 1984).",
    ],
    "ball-launch": [
        "The ball has carried the same brand at the championships for over a century (Slazenger ball, 1902).",
        "The tournament changed colour for television (yellow balls, 1986).",
        "A pressureless padel ball was first sold to clubs in tins of three (pressurised padel ball, 2012).",
    ],
    "court-technology": [
        "Padel became a spectator sport when the walls became see-through (glass court, 1991).",
        "Line disputes became a televised moment of drama (Hawk-Eye, 2006).",
        "The tour now plays on a court that can be seen from all four sides (panoramic court, 2013).",
        "Clubs in northern Europe moved indoors on cheaper surfaces (artificial grass, 1990s).",
    ],
    "rule-year": [
        "Matches became easier to schedule for television (tie-break rule, 1971).",
        "Time between points is now limited on the main tours (shot clock, 2020).",
        "Padel decided deuce with a single point to shorten matches (golden point, 2020).",
        "Serving rules were simplified for amateurs (let rule, 2013).",
    ],
    "era-year": [
        "Professionals and amateurs finally met in the same draws (Open Era, 1968).",
        "The sport's commercial model changed when prize money came in (professional era, 1968).",
    ],
    "ruling-prize": [
        "The last of the Grand Slams made pay the same for men and women (equal prize money, 2007).",
        "New York was the first major to pay both champions the same (US Open equal pay, 1973).",
        "{B} now markets its women's events on the same terms (equal prize money, {Y3}).",
    ],
    "origin-invention": [
        "The game was invented by a businessman who walled in his tennis court (padel in Acapulco, 1969).",
        "Padel reached Spain through a hotel resort on the Costa del Sol (Marbella Club, 1974).",
        "Modern tennis began with a boxed set sold to country houses (lawn tennis patent, 1874).",
        "Argentina took to padel faster than any country in the 1980s (padel in Mar del Plata, 1975).",
    ],
    "club-founding": [
        "The championships are still run by a private members' club (All England Club, 1868).",
        "The oldest tennis club in Australia is still in use (Melbourne Cricket Club tennis section, 1878).",
        "Many Spanish padel clubs are far younger than the tennis clubs around them (Real Club de Tenis Barcelona, 1899).",
    ],
    "venue-build": [
        "Rain delays became a thing of the past on the main court (Centre Court roof, 2009).",
        "Paris followed with its own covered show court (Philippe-Chatrier roof, 2020).",
        "The Melbourne venue moved the Open from grass to hard courts (Melbourne Park, 1988).",
    ],
    "brand-founding": [
        "The brand's story begins in a small workshop in Navarra (Bullpadel, 1995).",
        "The Spanish brand started as a family workshop making frames (Vibor-A, 1988).",
        "The British ball maker began as a London outfitter (Slazenger, 1881).",
    ],
    "film-series": [
        "Tennis rivalries work on screen as well as on court (Borg vs McEnroe, 2017).",
        "The famous exhibition match became a Hollywood film (Battle of the Sexes, 2017).",
        "The Williams family's story reached a new audience (King Richard, 2021).",
        "Racket sports have even become a subject for romantic drama (Challengers, 2024).",
        "Streaming has given tennis a new way to build stars (Break Point, 2023).",
    ],
    "scandal-boycott": [
        "Most of the men's tour stayed away from Wimbledon that year (1973 boycott, 1973).",
        "The Australian Open began with the world number one deported (Djokovic visa, 2022).",
        "Players were banned from the championships after the invasion (Russian and Belarusian players, 2022).",
    ],
    "famous-match": [
        "The longest match ever played lasted over eleven hours (Isner–Mahut, 2010).",
        "The exhibition drew a television audience of ninety million (King v Riggs, 1973).",
    ],
    "price-per-hour": [
        "Courts in central Madrid cost around €{eur} an hour a court (2023).",
        "Peak slots in Stockholm reached SEK {sek} an hour (2021) before prices fell.",
        "London operators charge up to £{gbp} an hour for a covered court ({Y3}).",
    ],
    "player-count": [
        "The sport claims about 25 million padel players (2022) in more than ninety countries.",
        "Sweden went from a few thousand to nearly half a million players (2021) in three years.",
        "Spain has more than {n} thousand licensed players ({Y3} figures).",
    ],
    "umpire-call": [
        "The umpire's “Quiet, please” is part of the product the event sells.",
        "Sponsors have even borrowed the call ‘New balls, please’ for their adverts.",
        "The line judge's cry of \"Out!\" has been replaced by electronic calls at most events.",
    ],
    "participation-figure": [
        "The number of adults playing monthly rose by {pc}% (2023 participation).",
        "Juniors made up a third of court bookings ({Y3} participation data).",
        "Women were {pc}% of new players ({Y3} club census).",
    ],
    "season": [
        "The Swedish market peaked in the winter season (2021–22 season).",
        "Club revenue fell after the indoor season ended (winter {Y3}).",
    ],
    "ranking": [
        "The Spaniard reached the top of the rankings for the first time (world No. 1, 2008).",
        "The computer rankings gave sponsors a simple way to pick players (ATP rankings, 1973).",
    ],
    "prize-money": [
        "The champion's cheque is now larger than most clubs' annual turnover (£2.7m, 2024).",
        "Padel prize money is still small by comparison (€{n},000, {Y3}).",
    ],
    "governing-body": [
        "Padel's world governing body was set up in Madrid (FIP, 1991).",
        "Tennis has had an international federation for over a century (ITF, 1913).",
        "The women's tour was founded in a London hotel (WTA, 1973).",
        "The men's players formed their own association (ATP, 1972).",
    ],
    "venue-opening": [
        "The new arena gave Melbourne a second show court (Rod Laver Arena, 1988).",
        "Rome's stadium is part of the Mussolini-era sports complex (Foro Italico, 1932).",
        "Madrid's event moved to a venue with a roof over three courts (Caja Mágica, 2009).",
    ],
    "heat-policy": [
        "Play was suspended on the outside courts in the afternoon heat (43°C, 2014).",
        "Melbourne's roofs are closed when the heat index is too high (Extreme Heat Policy, 1998).",
    ],
    "court-size": [
        "A padel court is much smaller than a tennis court (20 × 10 m).",
        "Three padel courts fit on one tennis court's footprint (about 36 × 18 m).",
    ],
    "scoreline": [
        "The final went to a deciding set (6–4, 3–6, 7–6).",
        "The home pair lost the semi-final narrowly (7–5, 6–7, 6–4).",
    ],
    "serve-speed": [
        "Serve speeds are a staple of broadcast graphics (263 km/h, 2012).",
        "The radar gun reading became a sponsor's moment ({n} km/h, {Y3}).",
    ],
    "product-spec": [
        "Padel rackets are solid and perforated (360–375 g, 38 mm thick).",
        "Tennis balls must bounce within set limits (56.0–59.4 g, 135–147 cm).",
    ],
    "ticker": [
        "Amer Sports returned to the stock market in New York (NYSE: AS).",
        "The retailer owns Sports Direct and other brands (LSE: FRAS).",
    ],
    "takeover-deal": [
        "The Finnish group bought the American racket maker (Amer Group and Wilson, 1989).",
        "The tour changed hands after a long dispute (Qatar Sports Investments and Premier Padel, 2021).",
    ],
    "sponsor-since": [
        "Some partnerships last for decades (Rolex at Wimbledon, 1978).",
        "The drink on the umpire's chair has been there almost a century (Robinsons, 1935).",
        "The car brand has sponsored the French Open for decades (Peugeot, 1984).",
    ],
    "handle-hashtag": [
        "The tour posts daily highlights on Instagram (@premierpadel).",
        "Campaigns in Sweden ran under one hashtag (#padelsverige).",
        "One brand's TikTok campaign used the tag #PadelFamily ({Y3}).",
    ],
    "domain": [
        "Court bookings in Spain are mostly made online (playtomic.io).",
        "Stock checks were made on the retailer's website (sportsdirect.com).",
    ],
    "app-launch": [
        "The federation launched a booking tool of its own (LTA Rally, 2020).",
        "Clubs in Australia moved bookings onto one national system (Book a Court, 2016).",
    ],
    "academy-opening": [
        "The academy in Mallorca opened with a museum and a hotel (Rafa Nadal Academy, 2016).",
        "The French coach's academy moved to the Côte d'Azur (Mouratoglou Academy, 1996).",
    ],
    "titles-count": [
        "Few players have a record that sponsors can match (22 Grand Slams).",
        "The Argentine's record made him the face of padel for a generation (over 200 titles).",
    ],
    "quarter": [
        "Bookings fell in the summer months (Q3 {Y3}).",
        "Racket sales recovered after the holidays (Q1 {Y3}, {pc}% up).",
    ],
    "boom-period": [
        "Swedish padel halls opened almost weekly (padel boom, 2020–2021).",
        "Many operators overbuilt at the peak (Sweden, 2021).",
    ],
    "lockdown": [
        "Padel was one of the few sports allowed after the first lockdown (May 2020).",
        "Club memberships were frozen during the closures (March–June 2020).",
    ],
    "figure-table": [
        "Court utilisation by hour is shown below (Figure {q}).",
        "The competitor prices are compared in the appendix (Table {q}).",
    ],
    "sample-size": [
        "Most members said price was the main reason to leave (n = {n}).",
        "The survey of players at {club} ran for two weeks (n = {n}, {Y3}).",
    ],
    "appendix": [
        "The full interview schedule is attached (see Appendix {q}).",
        "The SWOT analysis is set out in full (Appendix {q}).",
    ],
    "currency": [
        "An hour's court hire in Stockholm is dearer than in Madrid (SEK {sek} ≈ €{eur}).",
        "Racket prices were converted at the year's average rate (€1 = £0.86).",
    ],
    "qualification": [
        "This report follows the assessment brief (CIM Level 7, Unit 2).",
        "The coaching pathway was redesigned for new instructors (LTA Level 2 Coach, {Y3}).",
    ],
    "award": [
        "The Swiss player was named the world's sportsman of the year (Laureus World Sportsman of the Year, 2005).",
        "The club won a national award for its community programme (LTA Tennis Awards, {Y3}).",
    ],
    "cancelled-event": [
        "The championships were not held for the first time since the war (Wimbledon 2020, cancelled).",
        "The padel tour lost half its calendar that year (2020 season, suspended).",
    ],
    "financial-year": [
        "The retailer's sales of rackets rose by {pc}% (FY{Y3}).",
        "The group's results were hit by a warm winter (FY 2023/24).",
    ],
    "ratings-audience": [
        "The final drew the largest television audience in the sport's history in Spain (4.2 million, 2008).",
        "Streaming figures for the padel tour rose sharply ({n} million views, {Y3}).",
    ],
}  # fmt: skip
