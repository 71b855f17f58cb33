"""The blind357 pool's prose: how marketers at wedding venues, planners and photographers, bridal retailers, event-hire
firms, conference and exhibition organisers and ticketing platforms in the UK, Ireland, Greece, India, Nigeria and
Australia write CIM Level 6 and 7 reports and MBA assignments in English.

Frames use the placeholders text.py describes, and these fill values of their own: {V} a wedding or event venue,
{F} a wedding fair or trade show, {plat} a wedding or ticketing platform the reference list may hold, {pc} a
percentage's number, {Y3} a recent year, {k} a price's number, {city} a city or region, {des} a designer,
{cel} a celebrity couple, {fest} a festival or season, {w} a survey wave.
Written without reading the checker, its tests or any other pool. HELD OUT: never tune on it.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Hitched", "Bridebook", "Eventbrite", "Skiddle", "See Tickets", "Ticketmaster", "ExCeL London", "NEC Group",
          "Clarion Events", "Pronovias", "Jenny Packham", "Coworth Park", "Ashford Castle", "Adare Manor",
          "Easy Weddings", "Ticketek", "Grace Loves Lace", "WedMeGood", "BookMyShow", "Taj Hotels", "BellaNaija Weddings",
          "Eko Hotels & Suites", "Landmark Event Centre", "Canaves Oia", "Moonpig", "The White Company",
          "Marquee Hire Direct", "Confetti.co.uk", "Wed2B", "David's Bridal", "Kleinfeld", "Weddingsonline.ie"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "V": rng.choice(["Ashford Castle", "Adare Manor", "Coworth Park", "Canaves Oia", "Eko Hotels & Suites",
                         "the Landmark Event Centre", "the Taj Lake Palace", "Umaid Bhawan Palace", "Gunners Barracks",
                         "Cliff at Lyons", "Grace Santorini", "the Old Royal Naval College", "Dromoland Castle",
                         "the Hunter Valley Gardens", "Kew Gardens", "the Harbourside Pavilion"]),
        "F": rng.choice(["The National Wedding Show", "International Confex", "The Meetings Show", "Bridal Asia",
                         "the Irish Wedding Show", "Brides The Show", "AIME Melbourne", "the Lagos Wedding Expo",
                         "IMEX Frankfurt", "the Wedding Journal Show", "the Athens Wedding Fair", "the Harrogate Bridal Show"]),
        "plat": rng.choice(["Hitched", "Bridebook", "Eventbrite", "WedMeGood", "Easy Weddings", "Skiddle", "Ticketmaster"]),
        "pc": str(rng.randint(4, 87)), "Y3": str(rng.randint(2018, 2025)), "k": str(rng.randint(12, 95)),
        "city": rng.choice(["Lagos", "Abuja", "Port Harcourt", "Mumbai", "Jaipur", "Udaipur", "Goa", "Athens", "Santorini",
                            "Mykonos", "Dublin", "Kildare", "Galway", "Sydney", "Melbourne", "the Hunter Valley",
                            "Manchester", "the Cotswolds", "Birmingham", "London"]),
        "des": rng.choice(["Jenny Packham", "Manish Malhotra", "Vera Wang", "Suzanne Neville", "Celia Kritharioti",
                           "Lanre Da Silva Ajayi", "Halfpenny London", "Tarun Tahiliani", "Steven Khalil"]),
        "cel": rng.choice(["Priyanka Chopra and Nick Jonas", "Prince Harry and Meghan Markle",
                           "Anant Ambani and Radhika Merchant", "Davido and Chioma", "Banky W and Adesua Etomi",
                           "Deepika Padukone and Ranveer Singh", "Jennifer Lawrence and Cooke Maroney"]),
        "fest": rng.choice(["wedding season", "Diwali", "Detty December", "Easter weekend", "Durga Puja",
                            "the festive season", "the summer holidays", "Christmas"]),
        "w": str(rng.randint(2, 9)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn from one city.",
    "{N} describes the wedding as a ritual in which {C}.", "{N} concluded that {C}.",
    "{N} identified that {C}, particularly among {A}.", "{N} suggests that {C}; {B}'s own enquiry data backs this up.",
    "{N} highlighted that {C} in the events sector.", "{N} noted that, since the pandemic, {C}.",
    "{N} found that {C} at weddings in {city}.", "{N} observed that {C}, which is relevant to {B}.",
    "{N} state that {C}.", "{N} explains how {C}.", "{N} point out that {C} – something {B} cannot ignore.",
    "{N} surveyed {n} couples and reported that {C}.", "{N} warn that {C} unless venues review their packages.",
    "{N} recommended that event organisers check whether {C}.", "{N} went further, arguing that {C} and that {C2}.",
    "{N} questioned whether {C}.", "{N} showed that {C} for conference delegates as well as wedding guests.",
    "{N} reported that {C} in the {city} market.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of wedding consumption in {city}, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "According to {N}, {C}.",
    "{B} is a good example: {N} showed that {C}.", "Research by {N} suggests {C}.",
    "A survey carried out by {N} found that {C}.", "Data published by {N} show that {C}.",
    "Drawing on {N}, it could be argued that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Applying the experience-economy lens of {N} to {B}, {C}.", "{C}, according to {N}.",
    "When {B} reviewed its packages, it seemed to follow {N}: {C}.", "As {N} put it, {C}.",
    "For a venue such as {V}, the work of {N} matters because {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.", "{N} typology of couples helps explain why {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Put simply: {C} {P}.",
    "The average UK wedding now costs well over £20,000 {P}.", "{C} {P:see also}.",
    "A key point for {B} is that {C} {P}.", "{C}, especially during {fest} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.",
]  # fmt: skip
CLAIMS = [
    "couples now plan much of their wedding on Instagram and Pinterest",
    "the wedding is a rite of passage in which spending signals status",
    "{A} trust reviews on platforms such as {plat} more than venue brochures",
    "dynamic pricing on ticketing platforms is seen as unfair when prices rise suddenly",
    "{B} relies too heavily on {T} to fill midweek dates",
    "guests judge an event by its most memorable moments rather than its average quality",
    "destination weddings in {city} have grown faster than weddings at home",
    "exhibitors return to a trade show only when it generates qualified leads",
    "all-inclusive packages reduce anxiety for couples planning on a budget",
    "the cost-of-living crisis has pushed couples towards smaller weddings",
    "hybrid conferences widen reach but weaken networking",
    "photographers win most of their bookings through word of mouth",
    "aso ebi fabrics turn guests into visible members of the celebration",
    "bridal shoppers expect a personal appointment experience in store",
    "event-hire firms compete on reliability more than on price",
    "{T} improves {R} among {A} when it is tied to real events",
    "sustainability now influences how {A} choose venues and suppliers",
    "early-bird pricing brings revenue forward and lowers the risk of empty seats",
    "weddings in India are planned by families as much as by couples",
    "firms like {B} need a clear brand story to stand out in a crowded market",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From the couple's perspective", "Nevertheless", "Consequently",
    "Within the events sector", "In Nigeria and India alike", "Looking at {B}'s competitors", "Overall",
    "During {fest}", "Interestingly",
]  # fmt: skip
PLAIN = [
    "{B} hosts around {n} weddings a year and most bookings come through its website.",
    "This report analyses {B}'s marketing environment and recommends a twelve-month plan.",
    "The table below compares the packages of three competing venues.", "{O}, {C}.",
    "A SWOT and PESTLE analysis of {B} is included in the appendix.",
    "{B} sells tickets through its own site and through two resellers.",
    "The recommendations are costed and phased over the next two wedding seasons.",
    "Enquiries peak in January, after the engagement season over Christmas.",
    "{B}'s Instagram account has over {n}k followers, but few enquiries come from it.",
    "The main competitors are {B} and two independent venues within twenty miles.",
    "Section 3 sets out the segmentation, targeting and positioning.",
    "Task 2 builds on this with a content plan for the next year.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one events textbook puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "The point is made directly that {Q} {P}, which {B} should note.",
    "One study of couples concluded that {Q} {P}.", "Event managers are told that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘Instagrammable’", "‘micro-wedding’", "‘big fat wedding’", "‘experience economy’", "‘wow factor’",
                "‘bleisure’", "'FOMO'", "‘minimony’", "“destination wedding”", "‘Bridezilla’", "‘phygital’",
                "'wedding tax'", "‘owambe’", "‘drip pricing’"]  # fmt: skip
SCARE_FRAMES = [
    "Couples are wary of what they call the {Q} {P}.", "{B} markets its smaller packages as the {Q} option {P}.",
    "So-called {Q} events are a growing part of the market {P}.", "This trend, often called {Q}, affects {A} most {P}.",
    "The term {Q} is used loosely across the industry {P}.", "Critics describe this as {Q}, and {B} is not immune {P}.",
    "The {Q} look now drives venue choice for many couples {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your dream day starts here: 10% off {Y3} dates’", "‘Last few Friday dates left for {Y3}’",
                 "“Your wedding checklist is waiting”", "‘Early-bird tickets end tonight’",
                 "‘Meet us at the wedding fair this Sunday’", "“Congratulations on your engagement!”",
                 "‘Save the date: our open evening is back’", "‘Only {q} days left to book your stand’",
                 "‘We’ve held your date for 48 hours’", "“Your e-ticket for Saturday”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its follow-up email to enquiries {P}.",
    "Short, urgent copy ({Q}, for example) works well with engaged couples {P}.",
    "Messages like {Q} work because they create scarcity {P}.", "The email {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, names, years and figures that is not a citation: what a tutor would not look for in the list.
NOT_CITATIONS = {
    "venue-opened-year": [
        "{V} (opened {Y}) now hosts more weddings than conferences.",
        "The ballroom at {V} (refurbished {Y3}) seats {n} guests.",
        "A rival venue moved into a restored barn in the {city} area (est. {Y}).",
    ],
    "show-with-year": [
        "{B} took a stand at {F} {Y3} and collected {n} leads.",
        "Footfall at {F} ({Y3}) was the highest since {Y}.",
        "{F} {Y3} (held in {city}) sold out its exhibitor space in weeks.",
    ],
    "collection-year": [
        "{des}'s bridal collection ({Y3}) sold out at {B} within a month.",
        "The {Y3} collection by {des} moved away from lace towards crepe.",
        "{B} stocks the autumn/winter {Y3} range of {des} exclusively in {city}.",
    ],
    "celebrity-wedding": [
        "The wedding of {cel} ({Y3}) set off a trend for palace venues.",
        "Searches for palace weddings rose after {cel} married at {V} ({Y}).",
        "Media coverage of {cel} (married {Y}) still shapes what couples ask for.",
    ],
    "festival-year": [
        "{B} ran pop-up events during {fest} {Y3} and sold {n} tickets.",
        "Bookings in {city} spike around {fest} (October–December {Y3}).",
        "The festival programme ({fest}, {Y3}) brought in {pc}% of annual revenue.",
    ],
    "ceremony-year": [
        "Civil ceremonies overtook religious ones in England and Wales in {Y}.",
        "The couple's traditional engagement (introduction ceremony, {Y3}) was held in {city}.",
        "The mehndi and sangeet nights (two evenings in March {Y3}) were held at {V}.",
    ],
    "takeover": [
        "The Knot Worldwide acquired Hitched (completed 2019) to enter the UK market.",
        "A local event-hire firm bought a rival marquee company (deal closed {Y3}) to add capacity.",
        "After the merger with a larger group ({Y}), {B} kept its own brand.",
    ],
    "platform-deal": [
        "{plat} signed a partnership with {B} (announced {d} June {Y3}) to list its packages.",
        "Live Nation merged with Ticketmaster in 2010 to form Live Nation Entertainment.",
        "{B} switched ticketing from Eventbrite to its own system (from {Y3}).",
    ],
    "founder-year": [
        "Bridebook's founder, Hamish Shephard, launched the app after his own wedding (2014).",
        "{B} was set up by two sisters (founded {Y}) as a bridal boutique in {city}.",
        "The founder of {B} started as a freelance photographer (from {Y} to {Y2}).",
    ],
    "designer-year": [
        "{des} dressed the bride in {Y3}, which lifted searches for the brand.",
        "{des} (born {Y}) opened a flagship store in {city} in {Y2}.",
        "Couples still ask for {des} gowns like the {Y} catwalk pieces.",
    ],
    "founding-year-listed": [
        "{plat} (founded {Y}) now lists more than {n},000 suppliers.",
        "The UK Alliance of Wedding Planners (set up in {Y}) runs its own awards.",
        "The Association of Event Organisers (AEO) was formed in {Y} and represents exhibition organisers.",
    ],
    "award-year": [
        "{B} won Venue of the Year at the regional wedding awards ({Y3}).",
        "{V} was named Best Wedding Venue (Hitched Wedding Awards {Y3}).",
        "The team were finalists in the Conference Awards ({Y3}, small venue category).",
    ],
    "ranking-year": [
        "{V} ranks among the top ten wedding venues in {city} (ranked {q}th in {Y3}).",
        "{city} was listed third for destination weddings in a {Y3} ranking.",
        "{B} entered a top 50 list of event agencies ({Y3}) for the first time.",
    ],
    "wedding-fair": [
        "{B} exhibits at two wedding fairs each spring (January and March {Y3}).",
        "The open evening ({d} February {Y3}, 6–9pm) drew {n} couples.",
        "Stand prices at {F} start at £{k}00 (shell scheme, {Y3}).",
    ],
    "trade-show": [
        "{B} launched its new marquee range at the Event Hire Show (Birmingham, {Y3}).",
        "Exhibitors at {F} (stand {q}{k}) reported strong lead volumes.",
        "The organiser moved {F} from London to {city} (from {Y3}).",
    ],
    "marriage-law": [
        "The Marriage Act 1949 still governs where weddings can take place in England.",
        "Same-sex marriage became legal in England and Wales under the Marriage (Same Sex Couples) Act 2013.",
        "In Ireland, the Marriage Act 2015 followed the referendum of that year.",
    ],
    "licensing-law": [
        "Venues serving alcohol need a premises licence under the Licensing Act 2003.",
        "Small events can use a temporary event notice (TEN) for up to {k}0 days a year.",
        "The Lagos State Safety Commission Law (2011) requires a safety permit for large events.",
    ],
    "regulation-year": [
        "The Marriages and Civil Partnerships (Approved Premises) Regulations 2005 set out the rules for venues.",
        "Outdoor civil weddings were allowed in England from July {Y3} (temporary rules made permanent in 2022).",
        "The Consumer Protection from Unfair Trading Regulations 2008 cover drip pricing on tickets.",
    ],
    "act-year-other": [
        "The Digital Markets, Competition and Consumers Act 2024 bans hidden booking fees.",
        "India's Goods and Services Tax (GST) at 18% applies to most event services.",
        "The Australian Consumer Law (Schedule 2, 2010) protects couples who pay deposits.",
    ],
    "price-bracket": [
        "The entry package (£{k}00 for 50 guests) includes a welcome drink.",
        "Tickets were priced in three tiers (£{k}, £{n} and VIP).",
        "The exclusive-use fee (€{k},000 midweek, {Y3}) is lower than at rival castles.",
    ],
    "price-local-currency": [
        "A mid-range Lagos wedding costs around ₦{k} million (about £{n}00) including aso ebi.",
        "Planners in Jaipur quote packages from ₹{k} lakh (200 guests, two days).",
        "Average spend in Australia is about A${k},000 (couples surveyed in {Y3}).",
    ],
    "package-name": [
        "The ‘Intimate’ package (up to 30 guests, weekdays only) sells fastest.",
        "{B} introduced a ‘Twilight’ package (ceremony after 5pm) in {Y3}.",
        "Its ‘All-inclusive Gold’ offer (three-course meal, DJ, evening buffet) is its best seller.",
    ],
    "date-in-brackets": [
        "The first open day (Sunday {d} January {Y3}) generated {n} enquiries.",
        "Bookings for the peak Saturday ({d} June {Y3}) were taken a year in advance.",
        "The conference ran over two days (September {Y3}, {city}).",
    ],
    "season-dates": [
        "Peak season (May to September) accounts for {pc}% of {B}'s revenue.",
        "Winter weddings (November–February) are sold at a discount of up to {pc}%.",
        "Detty December (mid-December to early January) is the busiest time in Lagos.",
    ],
    "survey-wave": [
        "The second wave of the couples' survey (wave {w}, {Y3}) had {n} responses.",
        "The couples' survey is repeated every spring (questions in Appendix {q}, wave {w}).",
        "{B}'s own post-event survey (n = {n}, {Y3}) rated catering lowest.",
    ],
    "launch-year": [
        "{B} launched its virtual venue tours in {Y3} (during lockdown).",
        "The app (launched {Y3}) lets couples pay suppliers in instalments.",
        "{plat}'s budget calculator tool (released {Y3}) is popular with {A}.",
    ],
    "percentage-year": [
        "Weekday weddings rose to {pc}% of bookings ({Y3}).",
        "Around {pc}% of delegates attended online at the {Y3} conference.",
        "Mobile accounted for {pc}% of ticket sales in {Y3} (up from {q}0% a year earlier).",
    ],
    "figure-year": [
        "There were {n},000 marriages in England and Wales in {Y} (a record low).",
        "{B} sold {n},000 tickets across {q} events in {Y3}.",
        "Revenue reached £{k}.{q}m in {Y3} (up {pc}% on {Y}).",
    ],
    "guest-count": [
        "Indian weddings often have 300 to 500 guests (sometimes far more).",
        "The average UK wedding has around {k} day guests (and more in the evening).",
        "The ceremony room holds {n} guests (theatre style) or {k} seated for dinner.",
    ],
    "capacity-venue": [
        "The main hall at ExCeL London (Hall S{q}) can hold several thousand delegates.",
        "{V} offers exclusive use (up to {n} guests) from Friday to Sunday.",
        "The marquee (12m × 30m) seats {n} guests at round tables.",
    ],
    "acronym-body": [
        "The Meetings Industry Association (mia) runs the AIM accreditation for venues.",
        "The Event Hire Association (EHA) represents firms that rent furniture, marquees and staging.",
        "The Competition and Markets Authority (CMA) looked into secondary ticketing sites.",
    ],
    "accreditation-year": [
        "{B} holds ISO 20121 certification (sustainable events, renewed {Y3}).",
        "The venue gained AIM Gold accreditation in {Y3} (Meetings Industry Association).",
        "All staff hold a personal licence (Licensing Act 2003) and first-aid training.",
    ],
    "social-handle": [
        "{B} shares real weddings on Instagram (@{k}weddingsuk) every week.",
        "The hashtag (#{city}Weddings) is used by local suppliers.",
        "Couples are asked to tag the venue (@theoldbarn_{k}) in their photos.",
    ],
    "web-address": [
        "Full price lists are on the website (www.example-venue.co.uk/packages).",
        "Enquiries go through the booking form (hello@example-events.ie) or WhatsApp.",
        "Tickets are sold only through the official site (tickets.example-fest.com.au).",
    ],
    "cross-reference": [
        "The competitor comparison is in Appendix {q} (Table {q}).",
        "See Section 2.{q} for the customer personas.", "The Gantt chart (Figure {q}) shows the launch in week {q}.",
    ],
    "figure-table": [
        "Enquiries by channel are shown below (Figure {q}).", "Costs are set out in the budget (Appendix {q}, Table {q}).",
        "The survey results (Table {q}; n = {n}) are discussed in Task 2.",
    ],
    "sample-size": [
        "Most couples preferred a single all-inclusive price (n = {n}).",
        "Delegates rated networking highest (mean 4.{q}/5, n = {n}).",
        "The focus group (six brides, {city}, {Y3}) raised concerns about hidden costs.",
    ],
    "age-segment": [
        "The core segment is engaged couples (aged 28–35).",
        "Gen Z attendees (born 1997–2012) buy tickets mostly on mobile.",
        "Older couples (second marriages, 45+) prefer smaller ceremonies.",
    ],
    "quarter-year": [
        "Enquiries fell in the third quarter (Q{q} {Y3}) before recovering.",
        "The ticketing platform reported growth in Q{q} FY{Y3}.",
        "Bookings for {Y3} were {pc}% ahead by the end of Q{q}.",
    ],
    "fiscal-year": [
        "Revenue for the financial year (FY {Y3}) was reported in the annual accounts.",
        "India's wedding season bookings (FY{Y3}) were driven by auspicious dates.",
        "The exhibitions division grew strongly (year to 31 December {Y3}).",
    ],
    "auspicious-dates": [
        "Many Hindu weddings cluster around auspicious dates (muhurat, November–December {Y3}).",
        "Greek couples avoid marrying in Lent (the forty days before Easter).",
        "Some couples chose 22/2/22 (a Tuesday) for its memorable date.",
    ],
    "model-year": [
        "The analysis uses the extended marketing mix (product, price, place, promotion, people, process and physical evidence).",
        "The service blueprint (Appendix {q}) maps the couple's journey from enquiry to wedding day.",
        "The growth option chosen (market development, Option {q}) has {B} target destination weddings.",
    ],
    "tax-rate": [
        "VAT (20%) is added to all hire charges.", "In Greece, VAT on catering was cut (from 24% to 13%) for a time.",
        "GST (18%) is charged on banquet hall bookings in India.",
    ],
    "deposit-terms": [
        "Couples pay a non-refundable deposit (25% at booking) and the balance twelve weeks before.",
        "{B}'s cancellation policy (no refund within 90 days) causes complaints.",
        "Exhibitors pay in two instalments (50% on signing, 50% by {d} March {Y3}).",
    ],
    "rating-score": [
        "{B} has a high rating on {plat} (4.{q} out of 5, {n} reviews).",
        "The venue scores well on Google (4.{q} stars, {Y3}).",
        "Its net promoter score (NPS {k}, {Y3}) is above the sector average.",
    ],
    "event-edition": [
        "The conference is now in its {k}th edition ({Y3}).", "The festival returned for its tenth year ({Y3}) after a break.",
        "{F} celebrated its {q}0th anniversary ({Y3}).",
    ],
    "pandemic-rules": [
        "Weddings were limited to 15 guests in England (from {d} March 2021) under lockdown rules.",
        "The rule of six (September 2020) stopped most celebrations.",
        "In Ireland, weddings were capped at 25 guests (Level 3, 2020).",
    ],
    "royal-or-public-holiday": [
        "The extra bank holiday for the coronation (8 May 2023) boosted Monday weddings.",
        "Public holidays (Eid and Easter, {Y3}) cluster weddings in Lagos and Abuja.",
        "Australia Day (26 January) weekends are popular for outdoor events.",
    ],
    "year-noun": [
        "{B}'s profits rose ({Y3} accounts: £{k}.{q}m).", "Traffic from Instagram grew ({Y3} figures, Google Analytics).",
        "Ticket sales peaked before the price rise ({Y3} season).",
    ],
    "noun-year": [
        "The rebrand ({Y3}) divided long-standing clients.", "Bookings collapsed during the pandemic ({Y}–{Y2}) and then rebounded.",
        "The website relaunch (spring {Y3}) improved mobile enquiries.",
    ],
    "photographer-style": [
        "Documentary wedding photography (reportage style) is now the norm.",
        "{B} offers a same-day edit (highlights video, 3–5 minutes).",
        "Drone footage (licensed pilot, CAA rules) is sold as an add-on.",
    ],
    "population-statistic": [
        "Nigeria's population (over 200 million) makes it a large wedding market.",
        "Ireland had about {k},000 marriages a year before the pandemic (before 2020).",
        "Greece receives over 30 million visitors a year (pre-pandemic levels).",
    ],
}  # fmt: skip
