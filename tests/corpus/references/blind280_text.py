"""The blind280 pool's prose: marketers at racecourses, racing and breeding bodies, bloodstock sales houses, stud farms,
riding schools, equestrian-sport bodies, saddlery, feed and equestrian-apparel brands in the UK, Ireland and France
writing CIM Level 6 and 7 reports and MBA assignments in English on racegoer, owner, rider and buyer marketing,
sponsorship and digital channels.

Written without reading the checker, its tests or any other pool. Its decoys are what these reports are full of:
races and meetings with years, horses with foaling years and sires, lot numbers and prices, stud fees, distances,
going, ratings, prize money, attendances, jockeys' and trainers' titles, saddle, boot and feed models, awards, rules
and regulations, starting prices, founding years, straplines and runner counts; none of them is a citation.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["The Jockey Club", "Ascot", "Cheltenham", "Leopardstown", "the Curragh", "ParisLongchamp",
          "Horse Racing Ireland", "France Galop", "the BHA", "Tattersalls", "Goffs", "Arqana", "Coolmore", "Godolphin",
          "Weatherbys", "British Equestrian", "the Pony Club", "the FFE", "Dodson & Horrell", "Baileys Horse Feeds",
          "Dubarry of Ireland", "Ariat", "Joules", "Musto", "Hermès", "CWD Sellier", "Punchestown", "Aintree",
          "Goodwood", "Chantilly", "Deauville"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn from one racecourse.",
    "{N} concluded that {C}.", "{N} makes the point that {C}, which is highly relevant to {B}.",
    "{N} suggested that {C}; {B}'s own membership data point the same way.", "{N} highlighted that {C}.",
    "{N} identified that {C}, particularly among {RG}.", "{N} states that {C}.", "{N} observed that {C}.",
    "{N} warns that {C}.", "{N} went further, arguing that {C} and that {C2}.",
    "{N} showed that {C} at French and Irish tracks alike.", "{N} questioned whether {C}.",
    "{N} noted that, since the pandemic, {C}.", "{N} recommend that racecourses test whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Irish racegoers, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "{B} is a case in point: {N} showed that {C}.",
    "Research by {N} suggests {C}.", "According to a report by {N}, {C}.",
    "A survey of owners carried out by {N} found that {C}.", "{C}, as {N} noted in their review of the sector.",
    "It could be argued, following {N}, that {C}.", "{C}; however, {N} found the opposite for {RG}.",
    "Evidence from {N} suggests that, for {RG}, {C}.", "Data from {N} show that {C}.", "{C}, according to {N}.",
    "When {B} redesigned its app it seemed to follow {N}: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {RG}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "In short, {C} {P}.", "{C}, especially on raceday itself {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "Irish and French evidence agrees: {C} {P}.",
    "{C} {P:see also}.", "{C}, as several industry studies show {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some sources {P:e.g.} argue that {C}.",
    "{C} {P}: this means that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{RG} value the social side of a raceday more than the racing itself",
    "younger racegoers buy tickets late and through their phones",
    "syndicate ownership lowers the barrier to owning a racehorse",
    "owners stay in the sport when they feel welcomed on raceday",
    "sponsorship of a feature race builds recall but rarely sales on its own",
    "equine welfare now shapes how the public sees racing",
    "{B} depends on a small number of high-value customers",
    "buyers at bloodstock sales rely on personal relationships with consignors",
    "online bidding widened the pool of buyers at the yearling sales",
    "riding schools lose most of their clients after the first ten lessons",
    "{RG} expect the same digital service from a racecourse as from a concert venue",
    "horse owners are loyal to a feed brand once their vet recommends it",
    "heritage is the strongest asset of a racecourse brand",
    "equestrian apparel sells on function first and style second",
    "betting sponsorship divides opinion among {RG}",
    "email still drives most repeat ticket sales for racecourses",
    "family days bring new audiences but lower spend per head",
    "social media content from the stable yard builds trust in the sport",
    "French racing reaches most of its audience through the PMU network",
    "{B} could use its data to personalise hospitality offers",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Ireland", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From an owner's perspective", "Nevertheless", "Consequently",
    "Across the Flat and jump seasons", "As a result", "Looking at {B}'s competitors", "Overall", "In France",
    "On a raceday",
]  # fmt: skip
PLAIN = [
    "{B} stages around {q}0 fixtures a year across the Flat and National Hunt seasons.",
    "This section analyses {B}'s current digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low.",
    "The recommendations are costed and phased over two seasons.", "{O}, {C}.",
    "A PESTLE analysis of the racing industry is included in the appendix.",
    "Owners, racegoers, riders and buyers are treated as separate segments in this report.",
    "Task 2 builds on this by proposing a content plan for the next season.",
    "The main competitors are {B} and two smaller regional courses.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "Put another way, {Q} {P}.", "{O}, {Q} {P}.",
    "This is summed up neatly: {Q} {P}.", "The point is that {Q} {P}, and {B} has not yet acted on it.",
    "{Q} {P}; this report agrees.",
]  # fmt: skip
SCARE_QUOTES = ["‘social licence to operate’", "‘the racing bubble’", "‘raceday experience’", "‘horse first’",
                "‘the sport of kings’", "‘owner journey’", "‘grassroots’", "‘country lifestyle’"]  # fmt: skip
SCARE_FRAMES = [
    "Racing bodies now talk of the {Q} {P}.", "{B} calls its approach {Q} {P}.",
    "Marketers describe this as the {Q} {P}.", "The idea of the {Q} is now common in the sector {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your Royal Ascot badge is waiting’", "‘Last chance: Festival tickets from £{q}5’",
                 "“Meet your horse at the yard this Sunday”", "‘New season, new jodhpurs: {q}0% off’",
                 "‘Catalogues are live: browse the October Sale’", "“Your owner’s badge for Saturday”"]  # fmt: skip
SUBJECT_FRAMES = [
    "Subject lines such as {Q} performed well in A/B tests {P}.",
    "{B}'s re-engagement email, {Q}, was opened by almost a third of lapsed racegoers {P}.",
    "An email headed {Q} had the highest click rate of the season {P}.",
    "A subject line like {Q} creates urgency {P}, but overuse leads to fatigue.",
]  # fmt: skip

# Text with brackets, years, numbers or quotation marks that is no citation: a tutor expects none of it in the list.
NOT_CITATIONS = {
    "race-year": ["Sponsorship of the Grand National ({Y}) reached a television audience of millions.",
                  "{B} built its spring campaign around the Irish Grand National ({Y}).",
                  "Ticket sales for the Derby ({Y}) fell short of the target."],
    "arc-year": ["The Prix de l'Arc de Triomphe {Y} drew a record international audience.",
                 "France Galop's campaign for the Qatar Prix de l'Arc de Triomphe ({Y}) targeted younger Parisians."],
    "festival-year": ["The Cheltenham Festival ({Y}) went ahead despite the public-health warnings.",
                      "Hospitality at the Galway Races ({Y}) sold out within a week.",
                      "Royal Ascot ({Y}) introduced a new dress code for the Queen Anne Enclosure."],
    "horse-foaled": ["Interest in the sport rose with {HORSEY}, whose races drew crowds of their own.",
                     "{B}'s social content featured {HORSEY} more than any other horse."],
    "horse-sire": ["The colt, {SIRED}, topped the sale.", "Buyers competed hard for a filly {SIRED} in the first session."],
    "lot-year": ["The top price of the week was paid for a colt (Lot {LOT}, {Y}).",
                 "Online bidders bought a third of the yearlings on the second day (Lots {LOT}–{LOT2}, {Y})."],
    "sale-price": ["The record filly sold for {GNS} guineas at the December Sale ({Y}).",
                   "Median prices rose again (€{n},000 in {Y})."],
    "stud-fee": ["{STALLION} stood at a fee of €{n},000 ({Y} season).",
                 "Coolmore advertised its stallion's fee as private ({Y}) for the first time."],
    "distance": ["Most Flat fixtures feature sprints ({F}) that suit a short attention span.",
                 "The feature race is run over {F} ({F2} before the course was remeasured)."],
    "going": ["Attendances dip when the going is heavy (going: {GOING}).",
              "The ground was described as {GOING} (GoingStick {q}.{d})."],
    "official-rating": ["Only horses rated 90 or more can run in the handicap (OR {OR}).",
                        "The winner earned a career-best figure (RPR {OR}, {Y})."],
    "prize-money": ["The race carried £{n},000 in prize money ({Y}).",
                    "Prize money in Ireland rose again (€{n}m, {Y})."],
    "attendance": ["The two-day meeting was well attended ({n},000 racegoers, {Y}).",
                   "Crowds were up on the year before (attendance: {n},{q}00)."],
    "champion-jockey": ["{JOCKEY} (champion jockey {SEASON}) fronted the campaign.",
                        "The brand signed {JOCKEY} (champion jockey {SEASON}) as an ambassador."],
    "champion-trainer": ["{TRAINER} (champion trainer {SEASON}) opened the yard to owners' clubs.",
                         "An open day at the yard of {TRAINER} (champion trainer {Y}) drew families from across the county."],
    "saddle-model": ["{B}'s flagship saddle ({SADDLE}, launched {Y}) is made to measure.",
                     "Riders praised the close-contact saddle ({SADDLE}) for its adjustable tree."],
    "boot-model": ["Dubarry's Galway boot (first made in {Y}) is its best-known product.",
                   "Ariat's best-selling yard boot ({BOOT}) sells in tack shops across Ireland."],
    "feed-product": ["Owners switched to a lower-calorie balancer ({FEED}) over the winter.",
                     "The feed range ({FEED}, {q}0 kg bags) is sold through agricultural merchants."],
    "award-year": ["{B} won Retailer of the Year at the Horse & Hound Awards ({Y}).",
                   "The racecourse was named Showcase Racecourse of the Year (RCA Awards {Y})."],
    "rule-number": ["The rider was stood down under the whip rules (Rule (C)45).",
                    "Trainers must declare wind surgery (Rule (F){q}{d})."],
    "regulation": ["The levy is collected under the Horseracing Betting Levy Regulations {Y}.",
                   "Betting sponsors must follow the Gambling Act 2005 and its advertising code."],
    "starting-price": ["The favourite was beaten at short odds (SP {SP}).",
                       "Each-way backers were rewarded when the outsider won ({SP} SP)."],
    "course-founded": ["{COURSE} is among the oldest courses in Europe and trades on that heritage.",
                       "Like {COURSE}, the track sells history as much as racing."],
    "runners": ["Field sizes fell over the season ({Y} runners: {n}).",
                "Fewer runners means less betting turnover ({n} runners, {Y})."],
    "strapline": ["The campaign kept the strapline ‘{STRAP}’ for a second season.",
                  "{B}'s posters carried the line “{STRAP}” across the Underground."],
    "sale-book": ["Book 1 of the October Yearling Sale ({Y}) set a turnover record.",
                  "Arqana's August Sale ({Y}) was streamed live for the first time."],
    "race-grade": ["The race was upgraded to Group 1 status ({Y}).", "It is one of only a few Grade 1 novice chases (Grade 1, {F})."],
    "weight-carried": ["The top weight carried {ST} in the handicap.", "Apprentices claim a weight allowance (7lb claimer)."],
    "winning-time": ["The winner broke the course record ({TIME}).", "The race was run in a fast time ({TIME}, {Y})."],
    "foal-crop": ["The Irish foal crop shrank again ({Y}: {n}00 foals).", "Registered foals fell year on year (foal crop {Y})."],
    "badge-price": ["A Grandstand badge cost £{n} on the Saturday ({Y}).", "Premier Enclosure tickets were priced at €{n} (Saturday, {Y})."],
    "race-class": ["Most weekday cards are made up of low-grade handicaps (Class 5 and Class 6).",
                   "The race is a Class 1 Listed contest ({F})."],
    "horse-age": ["The filly ({q}yo) was retired to stud after the season.", "Older horses (6yo+) made up half the field."],
    "height-hands": ["The school's ponies range from 12.2hh to 14.2hh (Connemara and Welsh Section D).",
                     "The mare (16.{q}hh) was sold as a riding-club horse."],
    "bhs-exam": ["Instructors at the centre hold the BHS Stage {q} Coach qualification.",
                 "Most grooms were working towards their BHS exams (Stage {q}, {Y} syllabus)."],
    "pony-club-test": ["Members sit the C+ test in their second year (Pony Club syllabus, {Y} edition).",
                       "The branch ran rallies for B test candidates (Pony Club B Test)."],
    "dressage-test": ["Riders chose the novice test (British Dressage Novice {d}) for their first outing.",
                      "The freestyle (Grand Prix Freestyle, {Y}) was the highlight of the show."],
    "fei-level": ["The event ran a four-star long format class (CCI4*-L, {Y}).", "Irish riders won the Nations Cup leg (CSIO5*)."],
    "app-version": ["The racecourse app was relaunched ({APP}) with in-app betting.",
                    "Most tickets were scanned through the app ({APP}, Android and iOS)."],
    "turnover": ["Tote turnover grew at the festival (€{n}m, {Y}).", "The sale's turnover was a record (€{n}.{q}m)."],
    "media-rights": ["Terrestrial coverage moved to ITV Racing ({Y}–{Y2}).",
                     "The media-rights deal runs for five years ({Y}–{Y2})."],
    "sponsor-since": ["The race has been sponsored by the same bookmaker since {Y}.",
                      "{B} renewed its title sponsorship (since {Y}) for three more years."],
    "hashtag": ["Racegoers shared photos with #RoyalAscot{Y} and tagged @Ascot.", "The hashtag #Cheltenham{Y} trended on the Tuesday."],
    "dress-code": ["The Royal Enclosure dress code ({Y} edition) still requires morning dress.",
                   "Ladies' Day (Thursday, {Y}) is the meeting's biggest seller."],
    "dam-line": ["The colt is out of a Group-winning mare (by {SIRE}).", "The filly's pedigree (third dam a Classic winner) drew buyers."],
    "strike-rate": ["The yard's runners in France did well (strike rate {q}0%, {Y}).",
                    "The jockey's win rate fell in the spring ({q}{d}% from {n} rides)."],
    "ticker": ["Flutter moved its primary listing to New York (NYSE: FLUT).", "Entain's shares (LSE: ENT) fell after the results."],
    "postcode": ["The riding school is a short drive from the M4 (Berkshire, RG{d} {q}AB).",
                 "Parking at the course (SL5 7JX) is free for members."],
    "royal-warrant": ["The saddler has held a Royal Warrant since {Y}.",
                      "The jacket carries a Royal Warrant (By Appointment, since {Y})."],
    "founding-year": ["The Pony Club (founded 1929) has branches across Britain and Ireland.",
                      "Tattersalls (est. 1766) is the oldest bloodstock auctioneer in the world."],
    "members-count": ["British Equestrian's member bodies represent many riders ({n}k members, {Y}).",
                      "The owners' club reached a record size ({n}0 members in {Y})."],
    "season-span": ["The jumps season ({SEASON}) ended with a record crowd at Sandown.",
                    "The Flat turf season ran from late March to November ({Y} season)."],
    "quarter-figures": ["Online ticket sales rose sharply (Q{q} {Y}).", "Racecourse sponsorship income grew ({Y}/{Y2} season: £{n}k)."],
}  # fmt: skip

_HORSES = [("Frankel", "2008", "Galileo"), ("Enable", "2014", "Nathaniel"), ("Sea The Stars", "2006", "Cape Cross"),
           ("Constitution Hill", "2017", "Blue Bresil"), ("Galopin des Champs", "2016", "Timos"),
           ("Honeysuckle", "2014", "Sulamani"), ("Tiger Roll", "2010", "Authorized"), ("Baaeed", "2018", "Sea The Stars"),
           ("Ace Impact", "2020", "Cracksman"), ("Auguste Rodin", "2020", "Deep Impact"),
           ("Minding", "2013", "Galileo"), ("Treve", "2010", "Motivator")]  # fmt: skip
_SIRES = [("Galileo", "1998"), ("Dubawi", "2002"), ("Kingman", "2011"), ("Sea The Stars", "2006"),
          ("Frankel", "2008"), ("Siyouni", "2007"), ("Wootton Bassett", "2008"), ("Justify", "2015")]  # fmt: skip
_STALLIONS = ["Wootton Bassett", "Kingman", "Siyouni", "Dubawi", "Sea The Stars", "Night Of Thunder", "City Of Light"]
_JOCKEYS = ["Frankie Dettori", "Rachael Blackmore", "Christophe Soumillon", "Mickaël Barzalona", "Paul Townend",
            "Nico de Boinville", "William Buick", "Harry Skelton"]  # fmt: skip
_TRAINERS = ["John Gosden", "Dermot Weld", "Sir Michael Stoute", "Jean-Claude Rouget", "Dan Skelton",
             "Francis-Henri Graffard"]  # fmt: skip
_COURSES = ["Ascot (1711)", "Leopardstown (1888)", "Chantilly (1834)", "Epsom Downs (1661)", "Punchestown (1824)",
            "Newmarket (1636)", "ParisLongchamp (1857)", "Aintree (1829)", "the Curragh (1727)"]  # fmt: skip
_SADDLES = ["CWD 2Gs Mademoiselle", "Prestige X-Breath", "Albion K2 Jump", "Fairfax Performance Dressage",
            "Butet Premium", "Childéric DIA/J"]  # fmt: skip
_BOOTS = ["Ariat Bromont Pro", "Ariat Heritage IV", "Dubarry Kildare", "Dublin River Boots III"]
_FEEDS = ["Baileys No. 14 Lo-Cal Balancer", "Dodson & Horrell Safe & Sound", "Top Line Conditioning Cubes",
          "Saracen Enhance Mix", "Spillers HDF Lite", "Connolly's Red Mills Horse Care 10"]  # fmt: skip
_STRAPS = ["Where racing comes alive", "The home of jump racing", "Nothing compares to a day at the races",
           "More than a day out", "Born in Ireland, made for the field", "Made for riders, by riders"]  # fmt: skip
_GOINGS = ["good to soft", "soft, heavy in places", "good to firm", "yielding", "bon souple", "heavy"]
_RACEGOERS = ["first-time racegoers", "owners", "syndicate members", "leisure riders", "young racegoers",
              "corporate hospitality guests", "bloodstock buyers", "Pony Club parents", "French racing fans"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    horse, foaled, sire = rng.choice(_HORSES)
    sire_name, sire_year = rng.choice(_SIRES)
    lot = rng.randint(1, 1500)
    year = rng.randint(2009, 2024)
    furlongs = rng.choice(["5f", "6f", "7f", "1m", "1m 2f", "1m 4f", "2m", "2m 4f", "3m 2f", "4m 2½f"])
    numerator, denominator = rng.choice([(11, 4), (5, 2), (7, 4), (9, 1), (33, 1), (6, 4), (100, 30), (2, 1)])
    return {
        "HORSEY": f"{horse} ({foaled})", "SIRED": f"by {sire_name} ({sire_year})", "SIRE": sire,
        "LOT": str(lot), "LOT2": str(lot + rng.randint(20, 90)), "GNS": f"{rng.randint(2, 28) * 100},000",
        "STALLION": rng.choice(_STALLIONS), "F": furlongs, "F2": rng.choice(["2m 5f", "1m 6f", "7f 30y", "2m 3½f"]),
        "GOING": rng.choice(_GOINGS), "OR": str(rng.randint(70, 135)), "SP": f"{numerator}/{denominator}",
        "JOCKEY": rng.choice(_JOCKEYS), "TRAINER": rng.choice(_TRAINERS),
        "SEASON": f"{year}/{(year + 1) % 100:02d}", "SADDLE": rng.choice(_SADDLES), "BOOT": rng.choice(_BOOTS),
        "FEED": rng.choice(_FEEDS), "COURSE": rng.choice(_COURSES), "STRAP": rng.choice(_STRAPS),
        "ST": f"{rng.randint(9, 11)}st {rng.randint(0, 13)}lb", "TIME": f"{rng.randint(1, 4)}m {rng.randint(10, 59)}.{rng.randint(10, 99)}s",
        "APP": f"v{rng.randint(2, 9)}.{rng.randint(0, 12)}", "RG": rng.choice(_RACEGOERS),
    }  # fmt: skip
