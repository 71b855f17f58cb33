"""Prose for the eighty-fourth held-out pool, "blind84": sentence frames, claims, openers and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-fourth
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand,
partnership, CRM, ticketing, digital, content and communications marketers at football clubs, leagues and
federations, kit and boot makers, sponsors, broadcasters and streaming services, stadium and hospitality operators
and sports agencies in Manchester, Liverpool, London, Madrid, Barcelona, Seville, Munich, Dortmund, Milan, Turin,
Paris and Lyon write CIM Level 6 and 7 reports and sport-business MBA assignments in English: match scores and
seasons in brackets, fees and wages in pounds and euros, matchdays and kick-off times, laws, regulations, rulings
and handbooks with their numbers and years, statistics offices' figures, press, broadcasters' and consultancies'
names, handles, hashtags and promo codes, Spanish, Catalan, German, Italian and French words glossed in brackets.

``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{O}`` an
opener, ``{B}`` a brand; the other placeholders are filled by ``values``.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, a point the partnerships team at {club} would recognise.",
    "{N} shows that {C}.",
    "{N} reported that {C}, which matters for a club like {club}.",
    "{N} suggests that {C}, especially in {league}.",
    "{N} makes the case that {C}.",
    "{N} observed that {C} across {league} in {season}.",
    "{N} concluded that {C}.",
    "{N} notes that {C}, although the evidence from {country} is thinner.",
    "{N} found, in a survey of {n} season-ticket holders, that {C}.",
    "{N} identifies that {C}.",
    "{N} demonstrates that {C}, which supports the recommendation in Section {q}.",
    "{N} claims that {C}; {B} has not yet tested this.",
    "{N} warns that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.",
    "As {N} explains, {C}.",
    "For {club}, the relevant evidence is from {N}, who found that {C}.",
    "{O}, and as {N} points out, {C}.",
    "This matches what {N} found: {C}.",
    "According to {N}, {C}.",
    "In the {league} context, {N} argues that {C}.",
    "The work of {N} suggests that {C}.",
    "Building on {N}, the plan assumes that {C}.",
    "A similar pattern appears in {N}, where {C}.",
    "It is worth noting, following {N}, that {C}.",
    "When {club} reviewed its {season} campaign, the team leaned on {N}, who argues that {C}.",
    "The commercial director cited {N} to show that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {league} shows that {C}.",
    "{N} fan survey found that {C}.",
    "{N} framework is useful here because {C}.",
    "Using {N} model, {C}.",
    "{N} findings suggest that {C}.",
    "{N} analysis of {club} concluded that {C}.",
    "{N} report makes clear that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Evidence from {league} suggests that {C} {P}.",
    "Research shows that {C} {P}.",
    "{C}, particularly for clubs outside the top six {P}.",
    "It has been argued that {C} {P}.",
    "{C}, as the {season} season showed {P}.",
    "In {country}, {C} {P}.",
    "Industry data show that {C} {P}.",
    "{C}, which is why {club} changed its approach {P}.",
    "At the same time, {C} {P}.",
    "{C} {P:see also}.",
    "This matters because {C} {P}.",
    "{C}, at least among fans under 25 {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "Several studies {P} show that {C}.",
    "{O}, recent research {P} suggests that {C}.",
    "The literature {P} agrees that {C}, though {C2}.",
    "Sponsorship studies {P} point out that {C}.",
    "It is widely accepted {P} that {C}.",
    "Fan research {P} indicates that {C}, while {C2}.",
    "One review {P} concluded that {C}.",
    "Evidence {P} also shows that {C}.",
    "Club-level data {P} suggest that {C}, so {club} should act before the {season2} window.",
]  # fmt: skip
CLAIMS = [
    "fans who attend at least five home matches a season are far more likely to buy the shirt",
    "shirt sponsors gain most recall when the partnership lasts more than three seasons",
    "season-ticket renewal depends more on the matchday experience than on league position",
    "younger fans follow players more closely than they follow clubs",
    "international fans consume football mainly through short-form video",
    "naming-rights deals meet resistance when the stadium has a long history",
    "hospitality buyers value access and exclusivity over food and drink",
    "CRM data are rarely joined up across ticketing, retail and membership",
    "sponsor activation works best when it gives fans something they cannot buy",
    "fan identification protects clubs against the effects of poor results",
    "member-owned clubs find it harder to raise capital but easier to keep supporters' trust",
    "broadcast revenue now outweighs matchday revenue for most top-flight clubs",
    "dynamic ticket pricing angers loyal supporters when it is not explained",
    "kit-launch campaigns perform best when they draw on the club's local identity",
    "women's football attracts a younger and more female audience than the men's game",
    "streaming platforms struggle to keep subscribers after the season ends",
    "pre-season tours build awareness abroad but rarely convert into lasting revenue",
    "ambush marketing is most common around major tournaments",
    "sponsors outside the betting sector are now competing for the front of the shirt",
    "supporters judge a sponsor by how it treats the club's community",
    "derby matches generate the highest social-media engagement of the season",
    "cashless stadiums reduce queues but exclude some older fans",
    "fan tokens have not delivered the engagement their issuers promised",
    "multi-club ownership weakens the distinct identity of the smaller clubs in the group",
    "email remains the channel with the highest conversion for ticket sales",
    "loyalty points tied to attendance increase early renewals",
    "brand heritage is the main reason fans forgive commercial decisions they dislike",
    "personalised content raises the time fans spend in a club app",
    "the 50+1 rule keeps ticket prices in Germany lower than in England",
    "financial regulation pushes clubs to grow commercial income rather than spend owners' money",
    "sleeve sponsorship offers smaller brands an affordable way into the Premier League",
    "Spanish clubs rely heavily on their socios when they make strategic decisions",
    "Italian clubs lag behind in stadium ownership and matchday income",
    "French clubs depend heavily on player trading to balance their accounts",
    "sponsors measure return on investment too narrowly when they count only media value",
    "fans accept commercial partners more readily when the club explains the deal openly",
    "clubs that publish supporter-engagement plans enjoy better relations with their fan groups",
    "second-screen viewing creates new inventory for sponsors during live matches",
    "academy graduates carry more marketing value with local fans than expensive signings",
    "hospitality revenue recovered faster than general admission after the pandemic",
]  # fmt: skip
OPENERS = [
    "In the {league}",
    "For a club such as {club}",
    "From a sponsorship perspective",
    "On matchday",
    "Looking at the {season} season",
    "In terms of fan engagement",
    "For {B}",
    "From a CRM point of view",
    "Across Europe's big five leagues",
    "In {city}",
    "Since the pandemic",
    "For the partnerships team",
    "In practice",
    "When it comes to ticketing",
    "Beyond the ninety minutes",
]  # fmt: skip
PLAIN = [
    "This section sets out the current situation before the recommendations.",
    "The analysis below uses the SOSTAC structure taught on the course.",
    "The objectives are set out in Table {q} and follow the SMART format.",
    "I work in the partnerships team, so some of this analysis reflects my own experience.",
    "The main audiences are season-ticket holders, members, casual attendees and international followers.",
    "Budget and timing are discussed in the final section.",
    "The club's brand values are community, ambition and heritage.",
    "Each recommendation is linked to a KPI and an owner in the appendix.",
    "The next part looks at competitors in the same league and city.",
    "Data from the club's own CRM were anonymised before being used here.",
    "The plan covers one full season, from the summer window to the final matchday.",
    "The stakeholder map in Appendix {q} shows who has to approve each change.",
    "The word count excludes tables, appendices and the reference list.",
    "Some names of internal projects have been changed for confidentiality.",
    "Fans were segmented by frequency of attendance and by distance from the stadium.",
    "The proposal would need approval from the board and the supporters' trust.",
    "A risk register is attached at the end of the report.",
    "The figures are given in pounds unless stated otherwise.",
    "This matters for every club, whatever its size.",
    "The following section looks at the digital channels in more detail.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} puts it plainly: {Q}.",
    "As one study concluded, {Q} {P}.",
    "{Q} {P}.",
    "The point is made clearly by {N}: {Q}.",
    "Sponsorship is, in the words of one author, {Q} {P}.",
    "{N} writes that {Q}.",
    "One author summarises the problem as {Q} {P}.",
    "According to {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "legacy fans", "tourist fans", "plastic fans", "fan experience", "global brand", "moments that matter",
    "the twelfth man", "heritage", "authentic", "passion points", "matchday family", "superfans",
    "community club", "content engine",
]  # fmt: skip
SCARE_FRAMES = [
    "Clubs now talk about “{Q}” as if it were a product {P}.",
    "The idea of '{Q}' is often used loosely in the industry {P}.",
    "{N} questions what clubs mean by “{Q}”.",
    "Marketers speak of \"{Q}\" without defining them {P}.",
    "So-called ‘{Q}’ are treated as a separate segment {P}.",
    "{N} is sceptical of the term “{Q}”.",
]  # fmt: skip
SUBJECT_LINES = [
    "Your seat is waiting: renew by {d} May", "Derby day is coming. Are you ready?", "Last chance for early-bird pricing",
    "New season. New kit. Same badge.", "Members get 48 hours' priority", "Your {season2} season in numbers",
    "Meet the squad before anyone else", "Hospitality for the Boxing Day fixture", "Only {n} tickets left",
    "Unlock your matchday rewards", "Thank you for an unforgettable season", "The away shirt is here",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The renewal email used the subject line “{Q}” {P}.",
    "A push notification reading '{Q}' lifted opens, in line with {N}.",
    "Subject lines such as \"{Q}\" perform well with members {P}.",
    "{N} would see the message “{Q}” as an example of urgency.",
    "The kit-launch post carried the line ‘{Q}’ {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "b84-match-score": [
        "{club} beat {rival} ({score}) on matchday {md}, and ticket sales for the next home game rose the same week.",
        "The derby ended ({score}) and the club's social channels had their busiest evening of the season.",
        "After the ({score}) win over {rival}, shirt sales went up within days.",
    ],
    "b84-extra-time": [
        "The cup final finished (3-0 a.e.t.), which kept the broadcast running well past the planned slot.",
        "The tie was settled on penalties (1–1, 4–3 pens.), and the club's video of the shoot-out was shared widely.",
        "{club} went through (2-1 a.e.t.) and the hospitality boxes for the next round sold out.",
    ],
    "b84-season-label": [
        "In the {season} season the club sold more memberships than ever before.",
        "Commercial revenue grew between {season} and {season2} after the new kit deal began.",
        "Attendance figures (season {season}) are shown in Appendix {q}.",
    ],
    "b84-transfer-fee": [
        "The summer signing cost £{fee}m (plus add-ons), and the unveiling video reached millions of views.",
        "The striker's move for €{fee} million (including bonuses) dominated the club's channels for a week.",
        "Selling the academy player (£{fee}m, with a sell-on clause) funded the stadium upgrade.",
    ],
    "b84-wage-figure": [
        "The captain earns a reported £{n},000 a week (before bonuses), which fans often quote on forums.",
        "Wages rose to €{eur} million (gross) in {season}, against revenue of €{n} million.",
    ],
    "b84-spanish-money": [
        "The club's budget reached 1.500 millones de euros (about £1.3bn) in {season}.",
        "The renewed shirt deal is worth {n} millones de euros por temporada (per season).",
    ],
    "b84-kick-off": [
        "The match kicks off at 21:00 CET (20:00 UK) on Sunday {d} {month}, which suits viewers in Asia less well.",
        "The Saturday 3pm blackout (Article 48 of the UEFA Statutes) means the match cannot be shown live in the UK.",
        "Kick-off was moved to 12:30 (TV pick) and the away allocation was reduced to {n} tickets.",
    ],
    "b84-matchday": [
        "Matchday {md} (Jornada {md} in LaLiga) was chosen for the fan-zone launch.",
        "The campaign ran from Matchday 1 to Matchday {md} (Spieltag {md} in the Bundesliga).",
    ],
    "b84-uk-act": [
        "Ticket touting at matches is a criminal offence under the Criminal Justice and Public Order Act 1994.",
        "Under the Football Spectators Act 1989, banned fans must surrender their passports before some away matches.",
        "Alcohol rules in stadiums still follow the Sporting Events (Control of Alcohol etc.) Act 1985.",
    ],
    "b84-governance-act": [
        "The Football Governance Act 2025 sets up an Independent Football Regulator for the top five tiers.",
        "Part 4 of the Football Governance Act 2025 makes clubs consult supporters on heritage assets such as the badge and home colours.",
    ],
    "b84-uefa-regulation": [
        "The UEFA Financial Sustainability Regulations (2022 edition) cap squad costs at 70% of revenue from {season}.",
        "Article 93 of the UEFA Club Licensing and Financial Sustainability Regulations (Edition 2024) sets the squad-cost rule.",
    ],
    "b84-handbook": [
        "Shirt-sleeve sponsors must follow the Premier League Handbook 2024/25 (Section K) on the size of logos.",
        "The Premier League Handbook {season} (Rule E.53) limits what clubs can show on matchday.",
    ],
    "b84-spanish-law": [
        "Spanish clubs became sociedades anónimas deportivas under Ley 10/1990 del Deporte, with four exceptions.",
        "Ley 39/2022, de 30 de diciembre, del Deporte replaced the 1990 Act and changed rules on violence in stadiums.",
    ],
    "b84-loi-evin": [
        "In France, alcohol brands cannot sponsor clubs because of the Loi Évin (Loi n° 91-32 du 10 janvier 1991).",
        "The Loi Évin, passed in 1991, is the reason French broadcasts blur some pitch-side boards.",
    ],
    "b84-code-du-sport": [
        "Broadcast rights in Ligue 1 belong to the league under the Code du sport (article L. 333-1).",
        "Article L. 332-11 du Code du sport allows stadium bans for violent supporters.",
    ],
    "b84-fifty-plus-one": [
        "The DFL 50+1 rule (§ 8 Abs. 2 of the DFL statutes) means members keep a majority of voting rights.",
        "Bayer 04 and VfL Wolfsburg hold exemptions from the 50+1 rule (Förderausnahme) granted before 1999.",
    ],
    "b84-asa-ruling": [
        "The ASA upheld a complaint against a betting advert shown during a live match (ASA Ruling A23-{n}{q}00).",
        "An ASA ruling (Complaint Ref: A24-{n}{d}1) found that a kit advert used a player under 25 irresponsibly.",
    ],
    "b84-cap-code": [
        "Rule 16.3.12 of the CAP Code says gambling adverts must not feature anyone under 25 (or who looks under 25).",
        "The CAP Code (Edition 12) requires influencer posts for kit launches to be labelled #ad.",
    ],
    "b84-ofcom": [
        "Ofcom's Broadcasting Code (Section 9) controls how sponsors appear around live football.",
        "Ofcom published its Media Nations report in August {yr}, with a chapter on live sport.",
    ],
    "b84-eu-regulation": [
        "Fan data collected by the app are processed under Regulation (EU) 2016/679 (GDPR) and the UK GDPR.",
        "The Audiovisual Media Services Directive (EU) 2018/1808 applies to club streaming channels in the EU.",
        "Illegal streams are targeted by Commission Recommendation (EU) 2023/1018 on live events.",
    ],
    "b84-stats-office": [
        "INE figures for {yr} show that {pct}% of Spanish adults watched football at least once a week.",
        "Destatis recorded household spending on sport events rising in Q{q} {yr}.",
        "ISTAT and INSEE publish participation data every year, but neither separates football from other sports.",
    ],
    "b84-money-league": [
        "{club} ranked {rank} in the Deloitte Football Money League {yr}, with revenue of €{n} million.",
        "Every January the Deloitte Football Money League ranks clubs by revenue, not by profit.",
    ],
    "b84-press-name": [
        "Transfer rumours in Marca, AS and Mundo Deportivo move social engagement far more than official news.",
        "Kicker and Bild both ran the kit leak on the same morning.",
        "La Gazzetta dello Sport and L'Équipe still sell more on Monday than on any other day.",
    ],
    "b84-broadcaster": [
        "Sky Sports and TNT Sports share the Premier League rights from 2025/26 to 2028/29 (£6.7bn).",
        "DAZN holds the Serie A rights in Italy until {yr2}, while Canal+ and beIN Sports compete for Ligue 1.",
    ],
    "b84-tournament": [
        "UEFA Euro 2024 in Germany (14 June to 14 July) pushed replica-shirt sales to a record.",
        "The FIFA World Cup 2022 (Qatar) was played in November and December, in the middle of the club season.",
        "The 2030 FIFA World Cup (Spain, Portugal and Morocco) is already shaping stadium investment in Spain.",
    ],
    "b84-cup-final": [
        "The Copa del Rey final (La Cartuja, Seville) drew the largest Spanish TV audience of the year.",
        "Tickets for the FA Cup Final (Wembley, {d} May) went on general sale after members' priority.",
        "The Coppa Italia final (Stadio Olimpico) and the DFB-Pokal final (Berlin) are fixed venues.",
    ],
    "b84-stadium": [
        "Old Trafford (capacity 74,310) is the largest club stadium in England.",
        "The Santiago Bernabéu (renovated 2019-24) now hosts concerts and NFL games.",
        "Signal Iduna Park (81,365, including the Südtribüne) holds the biggest standing terrace in Europe.",
    ],
    "b84-attendance": [
        "The home game against {rival} had an attendance of {att} (a season high).",
        "Average league attendance reached {att} in {season} (up {pct}% on the previous year).",
    ],
    "b84-kit-launch": [
        "The {season} home kit (launched 1 July) sold out in the club shop within a week.",
        "The away shirt (£{n}.99 adult, £{d}.99 junior) was revealed on TikTok first.",
    ],
    "b84-social-handle": [
        "The club's accounts (@{handle} on X and Instagram) post the line-up an hour before kick-off.",
        "Fans were asked to tag @{handle} and use #{tag} to enter the competition.",
    ],
    "b84-promo-code": [
        "Members used the code KICKOFF{n} for 15% off in the club shop.",
        "The code DERBY{d} (valid until midnight) sold {n} shirts.",
    ],
    "b84-ticket-tier": [
        "Category 1 tickets (£{n}) sold out faster than Category 3 (£{d}).",
        "Junior season tickets (Under-18, £{n}) were frozen for {season}.",
    ],
    "b84-hospitality": [
        "The 'Directors' Club' package includes a three-course meal and a seat in the main stand.",
        "The “Legends Lounge” was relaunched for {season} with former players hosting each match.",
    ],
    "b84-campaign-name": [
        "Nike's “Nothing Beats a Londoner” film is still shown on marketing courses as an example of local identity.",
        "The club's 'Més que un club' message appears on the seats of the stand behind the goal.",
        "The “Mia San Mia” slogan is printed inside the collar of the home shirt.",
    ],
    "b84-derby": [
        "El Clásico (Real Madrid v Barcelona) is watched in more than 180 countries.",
        "Der Klassiker (Bayern v Dortmund) and the Derby della Madonnina (Inter v Milan) were both on the same weekend.",
        "Le Classique (PSG v OM) and the Merseyside derby are treated as premium fixtures in hospitality pricing.",
    ],
    "b84-boxing-day": [
        "The Boxing Day fixture (26 December) is the best-attended match of the season for most EFL clubs.",
        "The Christmas schedule (Boxing Day and New Year's Day) puts pressure on hospitality staff.",
    ],
    "b84-pre-season-tour": [
        "The pre-season tour of the USA (July {yr}) played three matches in eight days.",
        "The Asia Tour {yr} (Tokyo, Seoul and Singapore) was sponsored by the club's sleeve partner.",
    ],
    "b84-gloss": [
        "Spanish clubs call their members socios (members) and their season-ticket holders abonados.",
        "German fans talk about the Stadionerlebnis [stadium experience] and the Fankurve [the fans' end].",
        "Italian tifosi (supporters) and French ultras both organise large displays, or tifos.",
    ],
    "b84-company-form": [
        "Borussia Dortmund GmbH & Co. KGaA (BVB) is the only German club listed on the stock market.",
        "Most Spanish clubs are S.A.D. (sociedad anónima deportiva) companies, owned by shareholders.",
        "Olympique Lyonnais was run as a SASP (société anonyme sportive professionnelle) inside a listed group.",
    ],
    "b84-ticker": [
        "Manchester United's shares trade on the New York Stock Exchange (NYSE: MANU).",
        "Juventus (BIT: JUVE) and Borussia Dortmund (FWB: BVB) are listed in Europe.",
    ],
    "b84-course-module": [
        "This report is submitted for the CIM Level 7 Postgraduate Diploma (Module 2: Marketing and Digital Strategy).",
        "The brief for Unit 3 (Level 6, Innovation in Marketing) asks for a campaign for a real organisation.",
    ],
    "b84-survey-sample": [
        "The club's own fan survey (n = {n}, fieldwork {d} to {d2} March {yr}) is summarised in Appendix {q}.",
        "A short poll of members (n = {n}) was run through the app in {month} {yr}.",
    ],
    "b84-growth-figure": [
        "Digital revenue grew by {pct}% (year on year) in {season}.",
        "App downloads rose to {n},000 (+{pct}%) after the new season launch.",
    ],
    "b84-follower-count": [
        "The club has {mil} million followers on TikTok (June {yr}), more than any other club in its league.",
        "YouTube subscribers passed {mil}m in {month} {yr}, mostly from outside Europe.",
    ],
    "b84-coefficient": [
        "The UEFA club coefficient ({season}: {n}.000 points) decides the seeding for the league phase.",
        "England and Italy received extra Champions League places for 2024/25 through the European Performance Spots.",
    ],
    "b84-figure-ref": [
        "The customer journey for a first-time ticket buyer is shown in Figure {q} (Appendix {q}).",
        "The competitor comparison (Table {q}) uses the clubs' published prices for {season}.",
    ],
    "b84-framework": [
        "The PESTLE analysis (Appendix {q}) highlights regulation as the main external risk.",
        "A SWOT (see Table {q}) and the Ansoff Matrix are used to choose the growth route.",
    ],
    "b84-sponsor-deal": [
        "The front-of-shirt deal with {sponsor} is worth €{n}m a year until {yr2} (with performance bonuses).",
        "The sleeve partnership with {sponsor} (three seasons, from {season}) replaced a gambling sponsor.",
    ],
    "b84-transfer-window": [
        "The summer window closes on 1 September at 23:00 (BST), with a deal sheet allowing two extra hours.",
        "January window signings (Winter-Transferperiode in Germany) rarely appear in kit campaigns.",
    ],
    "b84-women-game": [
        "The Women's Super League (WSL) sold its title rights to Barclays for the {season} season.",
        "Liga F and the Frauen-Bundesliga (FBL) both set attendance records in {yr}.",
    ],
}  # fmt: skip

BRANDS = ["Manchester United", "Liverpool FC", "Arsenal", "Tottenham Hotspur", "Real Madrid", "FC Barcelona",
          "Atlético de Madrid", "Sevilla FC", "FC Bayern München", "Borussia Dortmund", "Juventus", "AC Milan",
          "Inter", "Paris Saint-Germain", "Olympique Lyonnais", "adidas", "Nike", "PUMA", "Sky Sports", "DAZN",
          "Canal+", "Emirates", "Santander", "Allianz", "Volkswagen", "Spotify", "Qatar Airways", "Etihad Airways",
          "Heineken", "Coca-Cola", "Mastercard"]  # fmt: skip

_CLUBS = ["Manchester United", "Liverpool", "Arsenal", "Spurs", "Everton", "Real Madrid", "Barcelona", "Atlético",
          "Sevilla", "Real Betis", "Bayern", "Dortmund", "Juventus", "Torino", "Milan", "Inter", "PSG", "OL",
          "Manchester City", "Athletic Club"]  # fmt: skip
_LEAGUES = ["Premier League", "LaLiga", "Bundesliga", "Serie A", "Ligue 1", "EFL Championship", "Women's Super League",
            "Liga F"]  # fmt: skip
_CITIES = ["Manchester", "Liverpool", "London", "Madrid", "Barcelona", "Seville", "Munich", "Dortmund", "Milan",
           "Turin", "Paris", "Lyon"]  # fmt: skip
_COUNTRIES = ["England", "Spain", "Germany", "Italy", "France"]
_SPONSORS = ["Emirates", "Spotify", "Allianz", "Jeep", "Qatar Airways", "Etihad Airways", "Visit Rwanda", "Volkswagen",
             "Standard Chartered", "Banco Santander", "Deutsche Telekom", "Snapdragon", "Riyadh Air", "Mastercard"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_RANKS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
_HANDLES = ["ManUtd", "LFC", "Arsenal", "realmadrid", "FCBarcelona", "Atleti", "SevillaFC", "FCBayern", "BVB",
            "juventusfc", "acmilan", "Inter", "PSG_inside", "OL"]  # fmt: skip
_TAGS = ["MUFC", "YNWA", "COYG", "HalaMadrid", "ForçaBarça", "MiaSanMia", "EchteLiebe", "FinoAllaFine",
         "ForzaMilan", "ICI_CEST_PARIS", "MatchdayMemories", "KitLaunch"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use: clubs, seasons, scores, fees, matchdays and the like."""
    start = rng.randint(2015, 2025)
    club, rival = rng.sample(_CLUBS, 2)
    home, away = rng.randint(0, 5), rng.randint(0, 4)
    dash = rng.choice(["–", "-"])
    day = rng.randint(1, 20)
    recent = rng.randint(2016, 2025)
    return {
        "club": club, "rival": rival, "league": rng.choice(_LEAGUES), "city": rng.choice(_CITIES),
        "country": rng.choice(_COUNTRIES),
        "season": rng.choice([f"{start}/{str(start + 1)[2:]}", f"{start}-{str(start + 1)[2:]}", f"{start}/{start + 1}"]),
        "season2": f"{start + 1}/{str(start + 2)[2:]}", "score": f"{home}{dash}{away}",
        "fee": f"{rng.randint(5, 120)}" + rng.choice(["", ".5"]), "eur": str(rng.randint(50, 600)),
        "md": str(rng.randint(1, 38)), "month": rng.choice(_MONTHS), "pct": str(rng.randint(3, 60)),
        "att": f"{rng.randint(18, 81)},{rng.randint(100, 999)}", "rank": rng.choice(_RANKS),
        "handle": rng.choice(_HANDLES), "tag": rng.choice(_TAGS), "sponsor": rng.choice(_SPONSORS),
        "d2": str(day + rng.randint(2, 8)), "yr": str(recent), "yr2": str(recent + rng.randint(1, 4)),
        "mil": str(rng.randint(2, 60)),
    }  # fmt: skip
