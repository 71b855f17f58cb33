"""The blind332 pool's prose: how marketers at wedding venues and planners, bridal-wear designers and boutiques,
jewellers, wedding-photography and stationery firms, honeymoon operators and wedding-listing platforms in the UK,
Ireland, Italy, Spain, Greece, India and the United States write CIM Level 6 and 7 reports and MBA assignments in
English on bridal fashion, destination weddings, budgets and debt, wedding platforms, social media and influencers.

Written without reading the checker, its tests or any other pool. Frames use the builder's placeholders ({N}, {P},
{Q}, {C}, {C2}, {O}, {B}, {A}, {T}, {R}, {Y}, {Y2}, {n}, {q}, {d}, {M}) and these of the pool's own, from values():
{cp} a group of couples, {dest} a destination, {pc} a percentage's number, {k} a channel, {mo} a month,
{Y3} a recent year. NOT_CITATIONS holds the region's brackets, years and quotations that cite nothing: royal and
celebrity weddings, famous dresses and rings, designers' founding years, marriage laws, venues, slogans, films,
customs, prices, vows and sayings.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Pronovias", "Rosa Clará", "Jenny Packham", "Vera Wang", "Temperley London", "Halfpenny London", "Monsoon",
          "Boodles", "Vashi", "Tiffany & Co.", "Hitched", "Bridebook", "The Knot", "Zola", "WeddingWire", "Confetti",
          "Moonpig", "Kuoni", "Sandals Resorts", "Destination Weddings in Italy", "Villa Balbiano", "Santorini Weddings",
          "David's Bridal", "Phase Eight", "Charlie Brear", "WedMeGood", "Tanishq", "Papier"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the builder's own."""
    return {
        "cp": rng.choice(["engaged couples", "brides-to-be", "millennial couples", "Gen Z couples", "same-sex couples",
                          "couples marrying abroad", "Indian diaspora families", "second-time brides", "grooms",
                          "budget-conscious couples", "wedding guests"]),
        "dest": rng.choice(["Lake Como", "Santorini", "Tuscany", "Amalfi", "Mallorca", "Seville", "Udaipur", "Goa",
                            "Mykonos", "County Kerry", "the Cotswolds", "Puglia", "Crete", "Jaipur"]),
        "pc": str(rng.randint(4, 88)),
        "k": rng.choice(["Instagram", "TikTok", "Pinterest", "email", "the listing platform", "bridal fairs",
                         "paid search", "YouTube", "WhatsApp", "the wedding app"]),
        "mo": rng.choice(["January", "February", "April", "May", "June", "August", "September", "October"]),
        "Y3": str(rng.randint(2019, 2025)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn only from {cp}.",
    "{N} concluded that {C}; this is highly relevant to {B}.", "{N} showed that {C}, particularly for {cp}.",
    "{N} described the white wedding as a ritual of consumption and argued that {C}.",
    "{N} suggested that {C}, which explains why {B} invests so heavily in {k}.", "{N} noted that {C}.",
    "{N} interviewed {n} {cp} and reported that {C}.", "{N} questioned whether {C}.",
    "{N} identified that {C} among {cp} planning a wedding in {dest}.", "{N} points out that {C}.",
    "{N} warned that {C} when couples borrow to pay for the day.", "{N} went further, claiming that {C}.",
    "{N} observed that, for destination weddings in {dest}, {C}.", "{N} explains that {C}.",
    "{N} found a {pc}% rise in enquiries once venues began to use {k}, and argued that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} argued, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who showed that {C}.",
    "{C}, which supports the findings of {N}.", "{C} – a point also made by {N}.",
    "{B} is a clear example: {N} found that {C}.", "According to {N}, {C}.", "Research by {N} suggests that {C}.",
    "In their study of weddings in {dest}, {N} found that {C}.", "{C}, as {N} noted.",
    "Following {N}, this report treats the wedding as a high-involvement purchase, since {C}.",
    "The evidence is mixed: {N} found that {C}, whereas other studies disagree.",
    "Data published by {N} show that {C}.", "{O}, the work of {N} suggests that {C}.",
    "For a boutique such as {B}, the lesson from {N} is that {C}.", "Not everyone agrees; {N}, for instance, argued that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {cp} found that {C}.", "{O}, {N} findings suggest that {C}.",
    "Using {N} framework, {B} can see that {C}.", "{N} report shows that {C}.",
    "This reflects {N} argument that {C}.", "{N} survey of {n} couples found that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {cp}, {C} {P}.",
    "{B} is no exception, since {C} {P}.", "This matters because {C} {P:see}.",
    "Several studies make the same point {P:e.g.}.", "{C}, especially on {k} {P}.",
    "The average UK wedding now costs more than a year's rent for many couples {P}.",
    "Destination weddings in {dest} have grown strongly since the pandemic {P}.",
    "{C}, which is why {B} works with wedding influencers {P}.", "In short, {C} {P}.",
    "{C} {P:see also}.", "Many couples now plan the whole wedding on their phones {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; however, {C2}.", "Although {C} {P}, {C2}.",
    "{O}, {C} {P}, so {C2}.", "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Three things drive the choice of venue – price, location {P} and the photographs – and {C}.",
]  # fmt: skip
CLAIMS = [
    "{cp} rely on {k} more than on bridal magazines when choosing a dress",
    "wedding budgets have risen faster than couples' incomes",
    "{cp} are increasingly willing to borrow to pay for the wedding",
    "destination weddings can cost less than a large wedding at home",
    "influencer content shapes how {cp} imagine the perfect day",
    "{B} gains more from real-wedding photographs than from paid advertising",
    "listing platforms have made venue prices more transparent",
    "lab-grown diamonds appeal to {cp} who worry about cost and ethics",
    "{T} raises {R} among {cp}", "a bride visits several boutiques before she buys her dress",
    "honeymoon operators that bundle the wedding and the trip win more bookings",
    "{cp} see the engagement ring as a symbol of status as much as of love",
    "second-hand and rented bridal wear is becoming acceptable",
    "user-generated photos on {k} build trust in a venue",
    "the cost-of-living crisis has pushed {cp} towards smaller weddings",
    "Indian weddings abroad bring large spending to venues in {dest}",
    "{B}'s reliance on {k} leaves it exposed if the algorithm changes",
    "reviews on wedding platforms matter more than the venue's own website",
]  # fmt: skip
OPENERS = [
    "Furthermore", "However", "In addition", "For {B}", "In the UK", "In Italy", "Since the pandemic",
    "For destination venues in {dest}", "From the couple's perspective", "On the other hand", "In India",
    "In the United States", "Consequently", "Nevertheless", "In the bridal market", "Interestingly",
]  # fmt: skip
PLAIN = [
    "{B} sells through its flagship boutiques, stockists and its own website.",
    "This report analyses {B}'s digital channels and makes recommendations for the next twelve months.",
    "{B}'s Instagram account has {n}k followers, but most of its bookings still come from bridal fairs.",
    "The SWOT analysis in Appendix 1 summarises {B}'s position.", "{O}, {C}.",
    "Appointments can be booked online, and most boutiques ask for a deposit.",
    "The recommendations are phased over the {Y3} and {Y3} wedding seasons.",
    "The main competitors are {B} and two independent boutiques in the same town.",
    "Couples in the sample married between {mo} and October.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} seems to accept that {Q} {P}.", "One author concludes that {Q} {P}, which {B} should note.",
    "Put simply, {Q} {P}.", "The point is made directly that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘bridezilla’", "‘wedmin’", "‘minimony’", "‘the Meghan effect’", "‘quiet luxury’", "'elopement'",
                "‘Insta-worthy’", "“big fat Indian wedding”", "‘wedding creep’", "‘something borrowed’",
                "'micro-wedding'", "‘the wedding industrial complex’", "‘bridal glow-up’"]  # fmt: skip
SCARE_FRAMES = [
    "Planners now talk about {Q} as a trend {P}.", "{B} has been linked to the so-called {Q} {P}.",
    "So-called {Q} puts pressure on budgets {P}.", "The term {Q} is used loosely by the press {P}.",
    "Many {cp} reject {Q} altogether {P}.", "Critics call this {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Say yes to 20% off your dress’", "‘Your dream venue is still free in {mo}’",
                 "“Save the date: our {Y3} bridal fair”", "‘Just engaged? Start here’",
                 "‘The ring she’ll wear forever’", "“Your wedding countdown: {n} days to go”",
                 "'Last few {mo} dates left in {dest}'", "‘Honeymoon in {dest}: two nights free’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} lifted bookings {P}.", "{B} used {Q} in its welcome series for {cp} {P}.",
    "Subject lines such as {Q} create urgency {P}.", "The Instagram caption {Q} drew the most comments {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "royal-wedding": [
        "The dress worn at the royal wedding (Charles and Diana, 1981) started a fashion for puffed sleeves.",
        "Lace sleeves returned after the royal wedding (William and Kate, 2011).",
        "Interest in Windsor as a venue grew after the royal wedding (Harry and Meghan, 2018).",
    ],
    "celebrity-wedding": [
        "Celebrity weddings (Kardashian–West, 2014) made Florence a bucket-list venue.",
        "Hollywood glamour still shapes bridal fashion (Grace Kelly, 1956).",
        "Lake Como became famous for weddings long before the celebrity ceremony (Clooney and Alamuddin, 2014).",
    ],
    "iconic-dress": [
        "Many brides still ask for the look of the royal gown (Lady Di dress, 1981).",
        "Minimalist gowns became popular in the nineties (Vera Wang slip dress, 1990).",
        "The dress (Emanuel gown, 1981) had a 25-foot train.",
    ],
    "ring-setting": [
        "Six prongs lift the stone above the band (Tiffany Setting, 1886).",
        "The solitaire remains the best-selling design (six-claw setting, 1886).",
        "{B} sells a cheaper version of the classic ring (halo setting, 1920s).",
    ],
    "designer-year": [
        "Her first bridal salon opened in New York (Vera Wang, 1990).", "The jeweller's founder (Charles Lewis Tiffany, 1886) introduced the six-prong ring.",
        "The Barcelona house took its name from its founder's shop (Manuel Mota, 1989).",
    ],
    "designer-founded": [
        "Jenny Packham (1988) began as a small London studio before dressing royalty.",
        "Rosa Clará (founded 1995) now has stores in more than forty countries.",
        "Pronovias (est. 1964) began as a small fabric shop in Barcelona.",
    ],
    "jeweller-founded": [
        "Boodles (since 1798) is still run by the Wainwright family.", "The Mumbai brand (Tanishq, est. 1994) dominates bridal gold in India.",
        "The Liverpool jeweller (founded 1798) sells most of its engagement rings online.",
    ],
    "marriage-law": [
        "Weddings had to be held in a church or chapel (Marriage Act, 1753).",
        "Same-sex couples could marry in England and Wales from 2014 (Marriage (Same Sex Couples) Act, 2013).",
        "Civil ceremonies moved into hotels and stately homes (Marriage Act, 1994).",
    ],
    "law-in-text": [
        "The Marriage (Same Sex Couples) Act 2013 opened a new market for venues and planners.",
        "Under the Marriage Act 1949, a civil ceremony could not include religious readings.",
        "Ireland's Marriage Act 2015 followed the referendum that year.",
    ],
    "foreign-law": [
        "Spain legalised same-sex marriage early (Ley 13/2005).", "Greece followed much later (Law 5089/2024).",
        "India regulates cross-faith marriages separately (Special Marriage Act, 1954).",
        "Italy recognises civil unions rather than marriage for same-sex couples (Cirinnà law, 2016).",
    ],
    "ruling-or-reform": [
        "Outdoor ceremonies became legal in England only recently (marriage law reform, 2022).",
        "The minimum age was raised to eighteen (marriage age law, 2022).",
        "Civil partnerships were opened to mixed-sex couples (Supreme Court ruling, 2018).",
    ],
    "gretna": [
        "Runaway couples headed north (Gretna Green marriages, 1754).",
        "The blacksmith's shop is still a wedding venue (Gretna Green, 1754).",
        "Scotland never adopted the English rules (Gretna Green, since 1754), which is why eloping couples went there.",
    ],
    "venue-opened": [
        "Couples pay a premium for the lakeside villa (Villa del Balbianello, 1787).",
        "Stately homes market their history hard (Castle Howard, 1712).",
        "The hotel's terrace (Villa d'Este, 1873) is booked two years ahead.",
        "{B} recommends the Palladian villa (built 1570) for large Indian weddings.",
    ],
    "venue-capacity": [
        "The barn seats {n} guests (Tythe Barn, 1490s).", "The terrace holds up to 150 guests (capacity 2024).",
        "The palace in Udaipur (Taj Lake Palace, 1746) takes only one wedding at a time.",
    ],
    "campaign-slogan": [
        "The most famous line in jewellery advertising (A Diamond Is Forever, 1947) was written for De Beers.",
        "Reality television turned dress shopping into entertainment (Say Yes to the Dress, 2007).",
        "{B}'s tagline ‘Be the bride you want to be’ appears on every channel.",
    ],
    "slogan-quoted": [
        "De Beers' line ‘A Diamond Is Forever’ (1947) is still used in training.",
        "Tiffany's ‘Believe in Love’ campaign ({Y3}) featured same-sex couples.",
        "Hitched's ‘Plan your wedding, your way’ message runs across its app and site.",
    ],
    "film": [
        "British weddings on screen (Four Weddings and a Funeral, 1994) sold the country-church ideal abroad.",
        "Greek weddings became a film genre of their own (My Big Fat Greek Wedding, 2002).",
        "The Delhi wedding on screen (Monsoon Wedding, 2001) showed the scale of Punjabi celebrations.",
    ],
    "film-comedy": [
        "Dress fittings became a comic set piece (Bridesmaids, 2011).",
        "The cost of the day is played for laughs (Father of the Bride, 1991).",
        "Mamma Mia! (2008) made Skopelos a wedding destination.",
    ],
    "tv-series": [
        "Reality shows such as Don't Tell the Bride (2007–2020) made budgets a talking point.",
        "Streaming has created a new audience (Indian Matchmaking, 2020).",
        "Wedding shows (Married at First Sight, series {q}) draw large audiences of {cp}.",
    ],
    "custom-year": [
        "Brides still add something old and something new (something blue, 1883).",
        "White became the norm after the royal wedding (white dress, 1840).",
        "The henna evening is now filmed for social media (Mehndi night, 2019).",
    ],
    "custom-described": [
        "The sangeet (the music night before the wedding) can cost as much as the ceremony.",
        "In Greece the koumbaros (best man) crowns the couple with the stefana.",
        "Spanish couples give arras (thirteen coins) as a symbol of shared wealth.",
        "Italian guests receive bomboniere (five sugared almonds) as favours.",
    ],
    "queen-victoria": [
        "Queen Victoria (1840) wore white and made the colour fashionable.",
        "Prince Albert's wedding cake (1840) weighed around 300 pounds.",
    ],
    "price-year": [
        "The average UK wedding cost about £20,700 a wedding (2023).",
        "Couples in the US spent around $35,000 (2023 average).",
        "Indian families often spend ₹20 lakh or more (2022 estimate).",
    ],
    "count-year": [
        "There were about 250,000 weddings (2022) in England and Wales.", "Ireland registered 20,000 marriages (2022 total).",
        "Italy records fewer than 200,000 weddings a year (2019 level).",
    ],
    "figures-bracket": [
        "Bookings rose sharply after lockdown ({Y3} weddings).", "Venues were full most weekends (2022 weddings).",
        "Average guest numbers fell (2020: 26; 2022: 85).", "{B}'s profits recovered ({Y3} results: £{n}m).",
    ],
    "season-year": [
        "Summer Saturdays sold out quickly (2022 season).", "Many couples postponed to the following spring (2021 peak).",
        "Demand for {dest} rose again in the shoulder season (September–October {Y3}).",
    ],
    "vow": [
        "The promise ‘Till death us do part’ still appears in most services.",
        "Couples repeat the words “for richer, for poorer” without thinking about the cost of the day.",
        "The line ‘to have and to hold’ is printed on many wedding favours.",
    ],
    "saying": [
        "The old rhyme ‘Happy is the bride the sun shines on’ explains why summer dates cost more.",
        "Brides still follow ‘Something old, something new, something borrowed, something blue’.",
        "Many planners repeat the saying ‘Marry in May and rue the day’.",
    ],
    "proverb-foreign": [
        "Italians say ‘Sposa bagnata, sposa fortunata’ when it rains on the day.",
        "Spanish couples hear ‘Boda y mortaja, del cielo baja’ from their grandparents.",
        "Greek guests wish the couple ‘Na zisete’ after the ceremony.",
    ],
    "hashtag": [
        "Couples share photos under a wedding hashtag (#SmithSaysIDo).", "The platform's tag (#Bridebook{Y3}) trended in {mo}.",
        "Guests are asked to post with the couple's hashtag (#HappilyEverAlden).",
    ],
    "handle-or-site": [
        "{B} answers questions on Instagram (@{dest}weddings) within an hour.",
        "Couples can book a viewing online (www.example-venue.co.uk).", "Enquiries go to the events team (events@example-venue.it).",
    ],
    "cross-reference": [
        "The persona (Appendix 2) is based on interviews with five brides.",
        "Costs are set out in Table {q} (Section 4.{q}).", "See Task 1 (b) for the competitor analysis.",
    ],
    "appointment-time": [
        "Boutique appointments last ninety minutes (10am–5pm, Tuesday to Saturday).",
        "Fittings begin about four months before the day (week 16).",
    ],
    "ring-spec": [
        "The most popular engagement ring is a round solitaire (1.0 ct, platinum).",
        "Lab-grown stones are far cheaper (1 carat, 2024 prices).", "The ring is hallmarked (950 platinum).",
    ],
    "dress-spec": [
        "The bestselling gown is an A-line (size 12, ivory).", "Couture dresses take months to make (six fittings).",
        "Sample sales offer dresses at half price (sizes 8–14).",
    ],
    "collection-year": [
        "The new line (Spring/Summer {Y3}) was shown at Barcelona Bridal Fashion Week.",
        "{B}'s bridal collection (Autumn/Winter 2024) uses recycled lace.",
        "The capsule range (Collection {Y3}) sold out in {mo}.",
    ],
    "fashion-week": [
        "Designers show new gowns every spring (Barcelona Bridal Fashion Week, 2024).",
        "Buyers travel to New York in October (New York Bridal Fashion Week, {Y3}).",
    ],
    "award": [
        "The venue won a national award in {Y3} (the Hitched Wedding Awards).", "{B} was named best boutique (regional winner, 2023).",
        "The photographer was shortlisted (Wedding Industry Awards, {Y3} finalist).",
    ],
    "celebrity-designer-wear": [
        "The actress married in a lace gown (Grace Kelly, MGM, 1956).",
        "Audrey Hepburn's wedding look is still copied (Givenchy, 1966).",
    ],
    "anniversary": [
        "The firm celebrated a milestone (250 years, 2048 planned).", "The venue marks its anniversary this year (1923–{Y3}).",
        "{B} turned {q}0 (founded {Y}).",
    ],
    "pandemic-rule": [
        "Weddings were limited to small numbers (rule of six, 2020).",
        "Guest limits were lifted in England in the summer (step 4, July 2021).",
        "Irish venues reopened with caps (100 guests, 2021).",
    ],
    "rate-of": [
        "Most couples now marry in civil ceremonies (about 80%).", "One in four weddings is abroad (25%, 2023).",
        "The median age at first marriage is now over thirty (men 32, women 30).",
    ],
    "survey-n": [
        "Most brides in the class survey agreed (n = {n}).", "The poll of wedding guests (n = {n}, {mo} {Y3}) found the same.",
    ],
    "date-of-wedding": [
        "Their wedding took place in {dest} (14 June {Y3}).", "The couple married in a civil ceremony (Saturday {d} {mo}).",
    ],
    "honeymoon-offer": [
        "The package includes flights (7 nights, all-inclusive).", "Honeymooners get an upgrade (Sandals, from £3,999 pp).",
        "Kuoni's Maldives offer (valid until {mo} {Y3}) includes a free seaplane transfer.",
    ],
    "religious-rite": [
        "The couple took seven steps around the fire (saptapadi).", "Catholic weddings in Italy need the banns (pubblicazioni).",
        "Greek Orthodox couples circle the table three times (the Dance of Isaiah).",
    ],
    "guest-numbers": [
        "The average guest list has shrunk (80 guests, down from 100).",
        "Most bridal parties are small (two bridesmaids, one best man).",
    ],
    "stationery-spec": [
        "Save-the-date cards go out early (8–12 months before).", "Most invitations are printed on heavy card (350gsm).",
    ],
    "platform-stat": [
        "Bridebook lists more than 10,000 venues (UK, 2024 listings).", "The Knot lists vendors across the US (over 300,000 listings).",
        "WedMeGood has grown fast in India (5 million users).",
    ],
}  # fmt: skip
