"""The blind298 pool's prose: marketers at tattoo studios, piercing and body-art brands, aftercare and ink makers,
laser-removal clinics, conventions and booking platforms in the UK, the United States, Japan, New Zealand, Germany and
Brazil, writing CIM Level 6 and 7 reports and MBA assignments in English on brand, community, influencer, regulation
and digital-channel marketing.

Frames use "{N}" (a narrative citation), "{P}" (a parenthetical one), "{Q}" (a quotation), "{C}" and "{C2}" (claims),
"{O}" (an opener), "{B}" (a brand) and the fill values of values() below. NOT_CITATIONS holds text that looks like a
citation and is none: studios and shops by city and opening year, styles and traditions with years and centuries,
conventions and shows, TV series and seasons, ink bans and REACH dates, pigments, laws and age rules, laser models,
prices per hour and session, followers and hashtags, celebrities' tattoos, slogans, flash and booking figures.
Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

# Real brands of the sector (none of them an author in blind298_works.py), beside one invented company.
BRANDS = ["Sacred Electric Tattoo", "Bang Bang NYC", "Saniderm", "Hustle Butter", "Dynamic Color", "World Famous Ink",
          "FK Irons", "Dr. Tattoff", "Tattoo Freeze", "The Great British Tattoo Show", "Inkbox", "Ephemeral Tattoo",
          "Intenze", "Bishop Rotary", "Tattoo Convention Frankfurt", "Kings Avenue Tattoo"]  # fmt: skip

NARRATIVE_START = [
    "{N} argues that {C}.", "{N} found that {C}, although the sample was drawn from one city.",
    "{N} shows that {C}, which matters for a studio like {B}.", "{N} suggests that {C}.",
    "{N} observed that {C} among {A}.", "{N} makes the case that {C}.", "{N} reports that {C}.",
    "{N} notes that {C}; {B} has seen the same in its own bookings.", "{N} concluded that {C}.",
    "{N} describe how {C}.", "{N} warn that {C} unless artists are properly trained.",
    "{N} highlight that {C}, particularly in {CITY}.", "{N} identified that {C}.",
    "{N} went further and argued that {C} and that {C2}.", "{N} question whether {C}.",
    "{N} explains that {C}, for example through {T}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As {N} points out, {C}.", "{O}, {N} found that {C}.",
    "This is consistent with {N}, who argue that {C}.", "{C}, as {N} observed.",
    "{B} could learn from {N}, whose work shows that {C}.", "In the view of {N}, {C}.",
    "{C}; {N} reached a similar conclusion.", "Research by {N} suggests that {C}.",
    "{O}, evidence from {N} indicates that {C}.", "Writing about {CITY}, {N} suggests that {C}.",
    "For studios such as {B}, the lesson from {N} is that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} findings imply that {C}.", "{N} framework helps explain why {C}.",
    "{N} survey of {A} suggests that {C}.", "{N} ethnography shows that {C}.", "{N} analysis of {B} found that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "{C}, especially among {A} {P}.", "Studies suggest that {C} {P}.", "{C}, and {B} is no exception {P}.",
    "{O}, it has been argued that {C} {P}.", "In {CITY}, {C} {P}.", "{C}, a pattern seen across the sector {P}.",
    "Several authors agree that {C} {P:see}.", "{C} {P:e.g.}.", "{C} {P:see also}.",
    "{O}, {C}: a trend {B} is watching closely {P}.", "Studios report that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, which suggests that {C2}.", "{C} {P}, but {B} has found that {C2}.",
    "While {C} {P}, it is also true that {C2}.", "{C} {P}; for {B}, this means {C2}.",
]  # fmt: skip
CLAIMS = [
    "tattooed consumers see their ink as part of their identity", "{A} choose a studio mainly on its Instagram portfolio",
    "tattoo regret drives demand for laser removal", "{B} relies on word of mouth more than paid advertising",
    "walk-in flash days bring in first-time customers", "aftercare products build loyalty long after the session",
    "tattoo conventions act as brand communities for artists and collectors",
    "the stigma around tattoos has weakened among employers", "{A} trust artists who post healed work",
    "safety messages about ink reassure cautious customers", "{T} reaches {A} at a lower cost than print",
    "studios that answer enquiries quickly convert more bookings", "price is rarely the deciding factor for a large piece",
    "customers expect transparent pricing before they book", "influencer collaborations raise awareness but not always trust",
    "regulation of inks has pushed suppliers to reformulate their colours", "{A} reward studios that show {R}",
    "online reviews matter as much for laser clinics as for restaurants",
    "tā moko carries meanings that brands must not borrow lightly",
    "irezumi is still a barrier to visiting onsen in Japan", "Brazilian artists export their style through social media",
    "booking platforms take a share of the value once held by studios", "tattoo removal is marketed as a fresh start",
    "a tattoo is a high-involvement purchase", "collectors follow artists rather than studios",
    "hygiene and licensing are signals of quality for {A}",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "At the same time", "In the tattoo sector", "By contrast",
           "More recently", "In the case of {B}", "For laser clinics", "Even so", "In Japan", "In Brazil",
           "In New Zealand", "In Germany"]  # fmt: skip
PLAIN = [
    "{B} sells mainly through its own website and a network of studios.",
    "The studio takes bookings through Instagram direct messages and an online form.",
    "Most clients book a consultation before the first session.",
    "{B} posts healed work every week and answers comments itself.",
    "The clinic offers a free patch test before any laser treatment.",
    "The campaign ran across Instagram, TikTok and email for six weeks.",
    "Artists at the studio work by appointment only, with a deposit taken at booking.",
    "{O}, {C}.", "{O}, {C}.",
    "The convention brings together artists, suppliers and collectors over a weekend.",
    "Aftercare is sold at the counter and on the studio's own web shop.",
    "{B} works with a small number of guest artists each month.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study puts it, {Q} {P}.", "{O}, {Q} {P}.", "Put simply, {Q} {P}.",
    "{N} puts it bluntly: {Q}.", "The point is made well: {Q} {P}, and {B} should take note.",
    "{Q} {P}; this report agrees.",
]  # fmt: skip
SCARE_QUOTES = ["‘tattoo tourism’", "‘regret economy’", "‘ink-fluencers’", "‘clean ink’", "‘fresh start’",
                "‘healed, not fresh’", "‘flash culture’", "'walk-in ready'", "“skin as canvas”", "‘the Instagram look’"]  # fmt: skip
SCARE_FRAMES = [
    "Studios now speak of {Q} as a selling point {P}.", "{B} calls its approach {Q} {P}.",
    "The idea of {Q} has spread quickly across the sector {P}.", "Some clinics describe their clients' choice as {Q} {P}.",
    "What the trade calls {Q} is really a marketing story {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Books open: spring flash drop’", "‘Your healing guide for days 1 to 14’",
                 "“Last chance: flash day slots this Friday”", "‘Say goodbye to old ink, 20% off your first session’",
                 "'New guest artist from {CITY}'", "“Your deposit is confirmed”", "‘Meet us at the convention’",
                 "‘It’s been a year since your tattoo: time for a touch-up?’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the highest open rate of the quarter {P}.",
    "{B} sent {Q} to lapsed clients {P}.", "A subject line such as {Q} creates urgency {P}.",
    "Testing {Q} against a plainer version showed the value of personalisation {P}.",
    "{Q} is a typical example of a reminder email {P}.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "studio-opening": ["The studio's roots go back to a small shop in {CITY} ({STUDIO}, {YO}).",
                       "Several well-known shops opened in the same decade ({STUDIO}, {YO}; {STUDIO2}, {YO2})."],
    "district-year": ["The second branch opened in a busy district ({CITY}, {YO}).",
                      "Expansion followed the move to a larger unit ({CITY}, {YO2})."],
    "style-year": ["Bold outlines and a limited palette define the style (American Traditional, 1930).",
                   "The client asked for a classic piece ({STYLE}, {YO})."],
    "style-century": ["Full-body work has a long history in Japan (Irezumi, 1800s).",
                      "Its imagery draws on older woodblock prints ({CENTURY})."],
    "moko-year": ["The festival included a live demonstration (tā moko, {RY}).",
                  "Commissions for traditional work have grown ({MOKO}, {RY})."],
    "convention-bracket": ["Artists from twenty countries attended ({CONV}, {RY}).",
                           "The brand launched its new range at a major show ({CONV}, {RY})."],
    "convention-name-year": ["{B} exhibited at the {CONV} {RY} for the first time.",
                             "Footfall at the {CONV} {RY} exceeded the organisers' forecast."],
    "tv-series-year": ["Reality television made the profession visible ({SHOW}, {SHOWY}).",
                       "Many clients first heard of tattoo competitions through {SHOW} ({SHOWY})."],
    "tv-season-year": ["The studio's owner appeared as a contestant in Season {SEASON} ({RY}).",
                       "Bookings rose after the final of Season {SEASON} ({RY}) aired."],
    "tv-episode": ["One episode showed a full cover-up in a day (S{SEASON}E{q}, {RY}).",
                   "The clip from S{SEASON}E{q} ({RY}) has been shared widely."],
    "reach-date": ["European suppliers had to reformulate their colours (REACH, 2022).",
                   "The restriction took effect across the EU (REACH Annex XVII, entry 75, 4 January 2022)."],
    "pigment-date": ["Two popular blues and greens were affected (Pigment Blue 15:3, January 2023).",
                     "Suppliers found substitutes for the banned colourant ({PIGMENT}, January 2023)."],
    "act-year": ["In the UK it is illegal to tattoo anyone under eighteen (Tattooing of Minors Act 1969).",
                 "Studios in London need a special treatment licence (London Local Authorities Act 1991)."],
    "age-rule": ["Age limits differ by market (UK: 18+ since 1969; Germany: 16+ with a parent's consent).",
                 "The studio asks every client for photo ID (18+, UK law since 1969)."],
    "ink-regulation": ["German suppliers were already regulated before the EU rules (Tätowiermittel-Verordnung, 2008).",
                       "The national rules on inks were later replaced (TätoV 2008, amended {RY})."],
    "laser-model": ["The clinic upgraded its equipment to PicoSure (2013) for coloured inks.",
                    "Its machines include a {LASER} ({YO2}) and a newer picosecond system."],
    "laser-session": ["Most black tattoos fade within a course of treatment (6–10 sessions, {RY}).",
                      "Clients are advised to wait between treatments (8 weeks, {LASER})."],
    "price-hour": ["Rates in the capital are high: {PRICE} an hour ({RY}) for a senior artist.",
                   "The studio's hourly rate rose to {PRICE} an hour ({RY})."],
    "price-session": ["Removal is priced by size (from {PRICE} per session, {RY}).",
                      "A small piece costs less than most expect ({PRICE} minimum, {RY})."],
    "day-rate": ["Large pieces are booked as full days ({DAYRATE} day rate, {RY}).",
                 "Guest artists charge a fixed fee (day rate {RY}: {DAYRATE})."],
    "deposit": ["A deposit secures every booking (£50 deposit, {RY}).",
                "Lost deposits fell after reminder texts were introduced (non-refundable, {RY} policy)."],
    "followers-year": ["The studio's account grew quickly ({FOLLOW} followers, {RY}).",
                       "Its lead artist now reaches a large audience ({FOLLOW} followers in {RY})."],
    "hashtag-year": ["Posts under #tattoo ({RY}) number in the hundreds of millions.",
                     "The campaign used {HASH} ({RY}) to reach collectors."],
    "celebrity-tattoo": ["{CELEB}'s {CELEBTAT} ({YO2}) was copied by thousands of fans.",
                         "Requests spiked after {CELEB} revealed a new piece ({RY})."],
    "slogan-year": ["The brand's slogan, ‘{SLOGAN}’ ({RY}), ran on every poster.",
                    "‘{SLOGAN}’ ({RY}) became the studio's tagline."],
    "flash-name": ["The best-selling design was the ‘{FLASH}’ flash ({RY}).",
                   "Walk-in clients chose from a sheet of classics (‘{FLASH}’, {DECADE})."],
    "bookings-figure": ["Bookings were higher than in any previous year ({RY} bookings).",
                        "Consultations rose sharply ({RY} enquiries: {n}0)."],
    "revenue-figure": ["The group's turnover grew again ({RY} revenue: £{n}m).",
                       "Sales of aftercare balms rose (FY{RY}: {n}% growth)."],
    "quarter-bookings": ["Enquiries peaked before the summer (Q{q} {RY}).",
                         "The clinic added Saturday sessions (Q{q} {RY} to Q{q} {RY2})."],
    "flash-day-date": ["The Friday the 13th flash day ({d} October {RY}) sold out by noon.",
                       "Queues formed before opening on the day itself (Friday 13th, {RY})."],
    "licence-renewal": ["The studio passed its council inspection again (licence renewed, {RY}).",
                        "Each artist is registered with the council (registration no. {n}{q}, {RY})."],
    "colour-index": ["The banned colourant is listed under its colour index number (CI 74160, {RY}).",
                     "Green inks relied on one pigment for decades (CI 74260, 2023)."],
    "product-launch": ["Second-skin film became a studio staple (Saniderm, 2015).",
                       "{PRODUCT} ({YO2}) changed how artists talk about healing."],
    "machine-model": ["Many artists switched to wireless machines (Spektra Xion, 2017).",
                      "The shop replaced its coil machines with rotaries ({MACHINE}, {YO2})."],
    "hori-name": ["The lineage passes its name down the generations (Horiyoshi I to {HORI}).",
                  "The master took the name {HORI} on completing his training (succession, {YO})."],
    "apprenticeship": ["The owner trained for years before working alone (apprenticeship, {YO}–{YO2}).",
                       "New artists spend long hours drawing first (apprentice intake, {RY})."],
    "exhibition-year": ["Public interest grew after a museum show (Tattoo: British Tattoo Art Revealed, 2017).",
                        "The exhibition toured three cities ({EXHIBIT}, {RY})."],
    "award-category": ["The studio won a major prize (Best Large Colour, {CONV} {RY}).",
                       "Its artist was shortlisted (Best of Day, {RY})."],
    "platform-change": ["Artists complained that healed work was hidden after the algorithm change ({RY} update).",
                        "Paid posts for removal clinics were paused for weeks (summer {RY})."],
    "app-rating": ["Clients rate the booking app highly (Booksy, 4.9 stars, {RY}).",
                   "The clinic's reviews are strong (Google, 4.8 from {n} reviews)."],
    "lockdown-date": ["All studios closed for months (lockdown, March {LOCK}).",
                      "Studios in Auckland closed again (Alert Level 4, August 2021)."],
    "sporting-event": ["Japanese gyms and pools relaxed their rules for visitors (Rugby World Cup 2019).",
                       "Hotels issued guidance on tattoos for foreign guests (Tokyo 2020)."],
    "festival-year": ["Moko artists worked live at the national festival (Te Matatini, {RY}).",
                      "The brand sponsored a stall at a summer event (Carnaval, {RY})."],
    "own-survey": ["In our own poll of clients, most had more than one tattoo (n = {n}, {RY}).",
                   "A quick survey at the counter gave a clear answer (in-house survey, {RY})."],
    "client-age": ["Most first-time clients are young (clients aged 18–24, {RY}).",
                   "The clinic's typical client is older (median age 34, {RY})."],
    "trend-decade": ["Small, delicate designs now dominate (fine-line, 2020s).",
                     "Tribal armbands have fallen out of fashion (tribal, 1990s)."],
    "guest-spot": ["The studio hosts visiting artists (guest spot, {GD}–{GD2} May {RY}).",
                   "Its owner works abroad each spring (guest spot in {CITY}, {RY})."],
    "ticket-price": ["Tickets were priced to attract families (£{q}5 day ticket, {RY}).",
                     "Weekend passes sold out early (weekend pass, {RY})."],
    "ink-limit": ["The limit for some substances is very low (0.00005% by weight, 2022).",
                  "Labels must list all ingredients (REACH labelling, January {LOCK2})."],
    "opening-hours": ["The studio keeps long hours (Tue–Sat, 11am–7pm).",
                      "Walk-ins are welcome at set times (Sundays, 12–5pm)."],
}  # fmt: skip

_STUDIOS = ["Sacred", "Bang Bang", "Black Garden", "Frith Street", "Into You", "Old Habits", "Seven Doors",
            "Lucky Cat", "Red Rose", "Diamond Jacks", "Good Times", "Black Anchor"]  # fmt: skip
_CITIES = ["Brooklyn", "Shoreditch", "Soho", "Manchester", "Brighton", "Yokohama", "Asakusa", "Rotorua", "Ponsonby",
           "Kreuzberg", "St. Pauli", "Vila Madalena", "Copacabana", "Leeds", "Glasgow", "Osaka", "Curitiba"]  # fmt: skip
_STYLES = ["American Traditional", "Neo-Traditional", "blackwork", "fine-line", "Trash Polka", "realism", "dotwork",
           "Chicano", "Japanese", "sailor"]  # fmt: skip
_CENTURIES = ["1800s", "Edo period", "19th century", "late 1700s"]
_MOKO = ["tā moko", "moko kauae", "mataora", "kirituhi"]
_CONVENTIONS = ["Tattoo Convention Frankfurt", "Great British Tattoo Show", "Brighton Tattoo Convention",
                "London Tattoo Convention", "Tattoo Week São Paulo", "NZ Tattoo & Art Festival",
                "Villain Arts Philadelphia", "Berlin Tattoo Convention"]  # fmt: skip
_SHOWS = [("Ink Master", "2012"), ("Miami Ink", "2005"), ("LA Ink", "2007"), ("Tattoo Fixers", "2015"),
          ("Tattoo Nightmares", "2012"), ("Bad Ink", "2013"), ("Best Ink", "2012")]  # fmt: skip
_PIGMENTS = ["Pigment Blue 15:3", "Pigment Green 7", "CI 74160", "CI 74260"]
_LASERS = ["PicoSure", "PicoWay", "Q-switched Nd:YAG", "RevLite", "enlighten", "Q-switched"]
_PRICES = ["£120", "$200", "¥30,000", "R$ 600", "€150", "NZ$180", "£90", "$250"]
_FOLLOWS = ["1.2m", "480k", "3.4m", "95k", "210k", "760k"]
_HASHES = ["#tattooartist", "#finelinetattoo", "#tamoko", "#irezumi", "#tattoobrasil", "#flashday", "#healedtattoo"]
_CELEBS = [("David Beckham", "guardian angel"), ("Rihanna", "hand tattoo"), ("Harry Styles", "butterfly"),
           ("Ariana Grande", "kanji on her palm"), ("Neymar", "sleeve"), ("Cara Delevingne", "lion"),
           ("Post Malone", "face tattoos")]  # fmt: skip
_SLOGANS = [
    "Ink it forward",
    "Healed, not hyped",
    "Wear your story",
    "Fresh start, clean skin",
    "Book the artist, not the shop",
]
_FLASH = ["Swallow & Dagger", "Rose and Banner", "Panther Head", "Mum in a Heart", "Koi and Wave", "Eagle and Snake"]
_DECADES = ["1940s", "1950s", "1960s"]
_PRODUCTS = ["Hustle Butter Deluxe", "Saniderm", "Tattoo Goo", "Dynamic Triple Black"]
_MACHINES = ["Spektra Xion", "Bishop Wand", "Cheyenne Hawk Pen", "Spektra Flux"]
_HORI_DECOY = ["Horiyoshi III", "Horitoshi I", "Horiyasu", "Horihide"]
_EXHIBITS = ["Tattoo: British Tattoo Art Revealed", "Tattooists, Tattooed", "Tatau: tattooing in Polynesia"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only these frames use, drawn in one fixed order."""
    opened = rng.randint(1975, 2019)
    celeb, tattoo = rng.choice(_CELEBS)
    studio, studio2 = rng.sample(_STUDIOS, 2)
    day = rng.randint(1, 20)
    show, aired = rng.choice(_SHOWS)
    recent = rng.randint(2015, 2025)
    return {
        "STUDIO": studio, "STUDIO2": studio2, "CITY": rng.choice(_CITIES), "YO": str(opened),
        "YO2": str(rng.randint(max(opened + 1, 2000), 2024)), "STYLE": rng.choice(_STYLES),
        "CENTURY": rng.choice(_CENTURIES), "MOKO": rng.choice(_MOKO), "CONV": rng.choice(_CONVENTIONS),
        "SHOW": show, "SHOWY": aired, "RY": str(recent), "RY2": str(min(recent + 1, 2025)), "SEASON": str(rng.randint(2, 16)), "PIGMENT": rng.choice(_PIGMENTS),
        "LASER": rng.choice(_LASERS), "PRICE": rng.choice(_PRICES), "FOLLOW": rng.choice(_FOLLOWS),
        "HASH": rng.choice(_HASHES), "CELEB": celeb, "CELEBTAT": tattoo, "SLOGAN": rng.choice(_SLOGANS),
        "FLASH": rng.choice(_FLASH), "DECADE": rng.choice(_DECADES), "PRODUCT": rng.choice(_PRODUCTS),
        "MACHINE": rng.choice(_MACHINES), "HORI": rng.choice(_HORI_DECOY), "EXHIBIT": rng.choice(_EXHIBITS),
        "LOCK": rng.choice(["2020", "2021"]), "LOCK2": rng.choice(["2022", "2023"]), "GD": str(day),
        "GD2": str(day + rng.randint(1, 7)), "DAYRATE": rng.choice(["£900", "£1,200", "$1,500", "€1,000", "R$ 3.000"]),
    }  # fmt: skip
