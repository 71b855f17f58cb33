"""The prose of the blind355 pool: how marketers and owners of salons, barbers, nail bars, brow and lash studios,
professional haircare brands and salon-booking apps in the UK, Ireland, Italy, South Korea, Ghana and Canada write
CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Placeholders: {N} a narrative citation, {P} a
parenthetical one ("{P:see}" puts a word inside its bracket), {Q} a quotation, {C} and {C2} claims, {O} an opener,
{B} a brand; and these of its own, from values(): {svc} a treatment, {sal} a salon chain, {app} a booking app,
{city} a city, {cy} a country, {yr} and {yr2} recent years, {pc} a percentage's number, {gbp}, {eur}, {krw},
{ghs} and {cad} prices, {look} a trend, {prod} a product range, {st} a famous stylist, {stf} a salon's own stylist, {aud} an audience,
{res} a result, {tt} a tactic.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Toni & Guy", "Rush", "Regis", "Headmasters", "Supercuts", "Brushworks", "Peter Mark", "Aldo Coppola",
          "Jean Louis David", "Juno Hair", "Jamieson's", "Chatters", "Blo", "Blue Tit", "Hershesons", "Neville Hair & Beauty",
          "Pall Mall Barbers", "Ruffians", "Murdock London", "Nails Inc", "Townhouse", "Shavata", "Benefit Brow Bar",
          "Fresha", "Treatwell", "Booksy", "Phorest", "Kakao Hair Shop", "Olive Young", "L'Oréal Professionnel",
          "Wella Professionals", "Redken", "Kérastase", "Davines", "Alfaparf Milano", "Olaplex", "Ghd", "Amorepacific",
          "Innisfree", "Sally Beauty", "Lee Stafford", "Charles Worthington"]  # fmt: skip

_SERVICES = ["a cut and blow-dry", "balayage", "a keratin blow-dry", "a skin fade", "gel nails", "BIAB nails",
             "a lash lift", "brow lamination", "microblading", "box braids", "a silk press", "a head spa",
             "hair extensions", "a beard trim", "a root touch-up", "a scalp facial", "acrylic nails", "a perm"]  # fmt: skip
_SALONS = ["Toni & Guy", "Rush", "Regis", "Headmasters", "Supercuts", "Brushworks", "Peter Mark", "Aldo Coppola",
           "Jean Louis David", "Chatters", "Juno Hair", "Blo", "Hershesons", "Neville Hair & Beauty", "Jamieson's",
           "Pall Mall Barbers", "Ruffians", "Townhouse", "Nails Inc", "Benefit Brow Bar"]  # fmt: skip
_APPS = ["Fresha", "Treatwell", "Booksy", "Phorest", "Vagaro", "Kakao Hair Shop", "Naver Booking", "Setmore", "Timely"]
_CITIES = ["Manchester", "Leeds", "Glasgow", "Cardiff", "Dublin", "Cork", "Galway", "Milan", "Rome", "Naples",
           "Seoul", "Busan", "Accra", "Kumasi", "Takoradi", "Toronto", "Montreal", "Vancouver", "Calgary", "Belfast"]  # fmt: skip
_COUNTRIES = ["the UK", "Ireland", "Italy", "South Korea", "Ghana", "Canada"]
_LOOKS = ["the ‘butterfly cut’", "‘glass hair’", "the ‘wolf cut’", "‘clean girl’ brows", "‘latte’ nails",
          "the ‘mob wife’ blow-dry", "‘glazed donut’ nails", "the ‘hush cut’", "the ‘bixie’", "knotless braids",
          "the ‘Korean perm’", "the ‘curtain fringe’"]  # fmt: skip
_PRODUCTS = ["Olaplex No.3", "Redken Acidic Bonding Concentrate", "Kérastase Elixir Ultime", "Wella Koleston Perfect",
             "L'Oréal Professionnel Metal Detox", "Davines OI", "ghd Platinum+", "K18 Leave-in Mask",
             "Innisfree Green Tea Seed Serum", "Alfaparf Semi di Lino", "Dyson Airwrap", "Moroccanoil Treatment"]  # fmt: skip
_PEOPLE = ["Vidal Sassoon", "Toni Mascolo", "Trevor Sorbie", "Sam McKnight", "Nicky Clarke", "Charles Worthington",
           "Anne Veck", "Akin Konizi", "Jen Atkin", "Guido Palau", "Anabel Kingsley", "Errol Douglas"]  # fmt: skip
_STAFF = ["Chiara Rinaldi", "Ama Ofosu", "Ji-Hoon Baek", "Siobhán Daly", "Marc-André Roy", "Jade Whitfield",
          "Kwesi Ankrah", "Giorgia Marchetti"]  # fmt: skip
_AUDIENCES = ["Gen Z clients", "first-time clients", "lapsed clients", "male grooming customers", "bridal clients",
              "working mothers", "students", "clients with textured hair", "older clients", "regulars"]  # fmt: skip
_RESULTS = ["rebooking rates", "retail sales per client", "average ticket value", "client retention", "no-show rates",
            "online reviews", "referrals", "Instagram engagement", "footfall", "loyalty"]  # fmt: skip
_TACTICS = ["online booking tools", "Instagram Reels", "TikTok tutorials", "loyalty cards", "deposit policies",
            "reminder texts", "influencer collaborations", "before-and-after posts", "Google reviews",
            "retail bundles", "gift vouchers", "refer-a-friend offers"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    yr = rng.randint(2015, 2024)
    return {
        "svc": rng.choice(_SERVICES), "sal": rng.choice(_SALONS), "app": rng.choice(_APPS), "city": rng.choice(_CITIES),
        "cy": rng.choice(_COUNTRIES), "yr": str(yr), "yr2": str(min(yr + rng.randint(1, 3), 2025)),
        "pc": str(rng.randint(4, 78)), "gbp": str(rng.choice([18, 25, 35, 45, 55, 65, 85, 120, 150, 220])),
        "eur": str(rng.choice([20, 30, 40, 55, 70, 95, 130, 180])), "krw": f"{rng.choice([15, 25, 35, 45, 60, 90])},000",
        "ghs": str(rng.choice([80, 150, 250, 400, 650, 900])), "cad": str(rng.choice([30, 45, 60, 85, 110, 160, 250])),
        "look": rng.choice(_LOOKS), "stf": rng.choice(_STAFF), "prod": rng.choice(_PRODUCTS), "st": rng.choice(_PEOPLE), "aud": rng.choice(_AUDIENCES),
        "res": rng.choice(_RESULTS), "tt": rng.choice(_TACTICS),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn from one city.",
    "{N} showed that {C}, which is directly relevant to {B}.", "{N} concluded that {C}.",
    "{N} suggests that {C}; this matches what our front-of-house team sees every week.",
    "{N} identified that {C}, particularly among {aud}.", "{N} reported that {C} in {cy}.",
    "{N} describes {tt} as a low-cost way to reach {aud} and notes that {C}.", "{N} warned that {C}.",
    "{N} stress that {C}, and that {C2}.", "{N} measured {res} across {n} salons and found that {C}.",
    "{N} questioned whether {C}.", "{N} explain that {C} (for example, through {tt}).",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of salons in {city}, {N} found that {C}.", "{O}, {N} argue that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "According to {N}, {C}.",
    "Research by {N} suggests that {C}.", "A survey carried out by {N} found that {C}.",
    "{B} is a good example: {N} showed that {C}.", "{C}; however, {N} found the opposite for {aud}.",
    "Data from {N} show that {C}.", "For a salon group such as {B}, the lesson from {N} is that {C}.",
    "Applying the model set out by {N}, {C}.", "{C}, as {N} point out.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {aud}, {C} {P}.",
    "This matters because {C} {P}.", "{B} is no exception, since {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, especially for {svc} {P}.", "In short, {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C} {P:see also}.", "{C}. {P}", "Recent data from {cy} confirm this: {C} {P}.",
    "The main drivers are price, convenience and the stylist herself {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "{O}, {C} {P}, so {C2}.", "Studies {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "clients are more loyal to their stylist than to the salon", "{tt} improve {res} among {aud}",
    "online booking cuts no-shows when a deposit is taken", "{aud} choose a salon on Instagram before they read reviews",
    "service quality in hair salons depends mostly on the relationship with the stylist",
    "perceived value matters more than price for {svc}", "salons that retail aftercare products earn more per client",
    "a bad experience is shared far more widely than a good one", "{tt} cost less than paid advertising but take longer to work",
    "the cost-of-living crisis has pushed {aud} to stretch the time between appointments",
    "self-employed chair renters weaken a salon's control over its brand", "staff turnover damages client loyalty",
    "K-beauty has changed what {aud} expect from a treatment", "hygiene is the first thing clients judge in a nail bar",
    "beauty consumption is bound up with identity and self-esteem", "{B} relies heavily on {tt}",
    "apprentices who stay past two years build the strongest client books", "reviews on {app} influence first visits",
    "men now spend more on grooming than a decade ago", "textured-hair services are underserved in many high-street salons",
    "sustainability claims only persuade clients when the salon can prove them",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In {cy}", "For {B}", "Since the pandemic",
    "From the client's point of view", "Nevertheless", "As a result", "Within the hair and beauty sector",
    "Looking at {B}'s competitors", "In {city}", "Overall", "For independent salons",
]  # fmt: skip
PLAIN = [
    "{B} has {q}0 salons and takes most of its bookings through {app}.", "{O}, {C}.",
    "This report analyses {B}'s marketing and makes recommendations for the next twelve months.",
    "The salon's Instagram account has {n} followers, but engagement is low.",
    "A SWOT analysis is included in the appendix.", "The main competitors are {B} and two independent salons nearby.",
    "Clients can book online, by phone or by walking in, and a deposit is taken for colour services.",
    "Task 2 builds on this by proposing a retention plan for lapsed clients.",
    "The recommendations are costed and phased over three quarters.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one services marketing text puts it, {Q} {P}.", "{N} put it plainly: {Q} {P}.",
    "This is summed up well: {Q} {P}.", "{B} seems to accept that {Q} {P}.", "One study concluded that {Q} {P}.",
    "{N} argue that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘salon-quality’", "‘clean beauty’", "‘skinimalism’", "‘chair rental’", "‘quiet luxury’",
                "‘dupe culture’", "'glass skin'", "“no-poo”", "‘de-influencing’", "‘the lipstick effect’",
                "‘self-care’", "'Instagrammable'"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been criticised for {Q} claims {P}.", "So-called {Q} is reshaping demand {P}.",
    "The idea of {Q} is used loosely by brands {P}.", "Many clients are now wary of {Q} {P}.",
    "Trade writers call this {Q} {P}.", "The trend, often labelled {Q}, affects {aud} most {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Time for your refresh? Book your {svc} today’", "‘We’ve missed you – 15% off your next visit’",
                 "“Your appointment is tomorrow at 10:30”", "‘Last few slots this Saturday’",
                 "‘New: {look} is here’", "‘Treat yourself: {svc} from £{gbp}’",
                 "“Refer a friend and you both save”", "‘Your stylist has a gap on Thursday’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A reminder such as {Q} can cut no-shows {P}.", "{B} sent {Q} to lapsed clients {P}.",
    "Short messages like {Q} work because they feel personal {P}.",
    "The push notification {Q} was opened more than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, names or figures that cites nothing.
NOT_CITATIONS = {
    "treatment-year": [
        "Demand for {svc} rose sharply after the salon added it to the menu ({yr}).",
        "The head spa service (introduced {yr}) now makes up {pc}% of bookings.",
        "Brow lamination (first offered in {yr}) is the studio's fastest-growing service.",
    ],
    "product-range-year": [
        "The salon retails {prod} (launched {yr}) at the reception desk.",
        "{B} stocks the full {prod} range ({yr} formula) for aftercare.",
        "Clients asked for {prod} by name after its relaunch ({yr}).",
    ],
    "trend-look-year": [
        "Bookings for {look} peaked over the summer ({yr}).",
        "The fashion for {look} ({yr}) drove a wave of consultations from {aud}.",
        "The team trained in {look} early (spring {yr}) to stay ahead of rivals.",
    ],
    "salon-takeover": [
        "Regis sold its UK salons to Hair Care Partners (2017), which later went into administration.",
        "{sal} was bought by a private equity firm ({yr}) and has since opened new sites in {city}.",
        "The group merged with a regional rival ({yr}) to create a chain of {n} salons.",
    ],
    "brand-acquisition": [
        "L'Oréal bought Aesop from Natura &Co (2023) for about $2.5bn.",
        "KKR acquired a majority stake in Wella (2020) from Coty.",
        "Amorepacific bought the US brand COSRX (2024) to grow outside Korea.",
        "Henkel sold parts of its professional haircare business ({yr}) to focus on retail brands.",
    ],
    "app-acquisition": [
        "Booksy bought Versum (2021) to grow in Europe.", "Treatwell was bought by Wella and KKR (2022).",
        "{app} merged with a smaller rival ({yr}) and moved its users across.",
        "Fresha raised new funding (Series C, 2022) to grow in Canada and Ireland.",
    ],
    "founder-years": [
        "Vidal Sassoon (1928–2012) made the precision cut famous.",
        "Toni Mascolo (1942–2017) opened the first Toni & Guy salon in Clapham.",
        "{stf}, who started as an apprentice in {city} (aged 16, in {yr}), still trains the group's art team.",
    ],
    "stylist-celebrity": [
        "The cut became known as ‘the Rachel’ after Jennifer Aniston wore it (1995).",
        "Sam McKnight styled Princess Diana's short crop (1990).",
        "{stf} (Creative Director, {yr}–{yr2}) led the salon's education programme.",
        "A K-pop idol's perm (worn on stage in {yr}) sent Seoul clients to their stylists.",
    ],
    "founding-year": [
        "Toni & Guy (founded 1963) now trades in more than {q}0 countries.",
        "The National Hair & Beauty Federation (established 1942) represents salon owners.",
        "The group (est. {yr}) grew from a single salon in {city}.",
        "Amorepacific, founded in Seoul (1945), owns Innisfree and Sulwhasoo.",
    ],
    "salon-opening": [
        "{B} opened its flagship in {city} (March {yr}) with a launch party for local influencers.",
        "The second salon (opened {yr2}) has six chairs and a nail bar.",
        "The barbershop relocated to a bigger unit ({yr}) to add a waiting lounge.",
    ],
    "award": [
        "The salon was named Best Independent Salon (British Hairdressing Business Awards {yr}).",
        "{B} won a regional title (Irish Hairdresser of the Year {yr}) for its colour work.",
        "Its lead colourist was a finalist (British Hairdressing Awards, {yr}).",
        "The studio's owner was shortlisted for Nail Technician of the Year ({yr}).",
    ],
    "competition": [
        "Two apprentices competed at the national finals (Lock In {yr}).",
        "The team came third in the barbering contest (Salon International, {yr}).",
        "Students entered the WorldSkills hairdressing heats ({yr}) in {city}.",
    ],
    "ranking": [
        "{app} was the most downloaded beauty booking app in {cy} (No. 1 in its category, {yr}).",
        "The salon ranks first for ‘hairdresser near me’ in {city} (position 1 on {d} June {yr}).",
        "{B} appears in a trade list of the best-known names in hair (Top 50, {yr}).",
    ],
    "trade-show": [
        "The team launched its new menu at Salon International (October {yr}).",
        "{B} exhibited at Professional Beauty London ({yr}) to meet distributors.",
        "Buyers from {cy} met the brand at Cosmoprof Worldwide Bologna (March {yr}).",
        "The founder spoke at the Olympia Beauty show ({yr}).",
        "{st} gave a live cut on the main stage (Salon International, {yr}).",
    ],
    "fashion-week": [
        "The salon's session stylists worked backstage at London Fashion Week (February {yr}).",
        "The look was first seen on the catwalk (Milan Fashion Week, spring/summer {yr}).",
        "Seoul Fashion Week ({yr}) made the ‘glass hair’ look popular.",
    ],
    "regulation-year": [
        "Skin tests before colour are expected under the product rules (Cosmetic Products Regulation 1223/2009).",
        "Since the hyaluronic lip filler ban (Botulinum Toxin and Cosmetic Fillers (Children) Act 2021), under-18s cannot be treated.",
        "The UK's EU-derived cosmetic rules (in force since January 2021) require a responsible person.",
        "Italy's law on hairdressing (Legge 174/2005) requires a qualified manager in every salon.",
    ],
    "licensing-scheme": [
        "The salon holds a special treatments licence (Westminster, renewed {yr}).",
        "Scotland's new scheme (non-surgical procedures licence, {yr2}) will cover the studio.",
        "Every stylist is state registered (on the register since {yr}).",
        "Nail technicians in Ontario work under the personal services inspection regime (inspected yearly since {yr}).",
    ],
    "hygiene-rating": [
        "The nail bar passed its last inspection ({d} May {yr}) with no actions.",
        "The clinic scored well on infection control (audit, {yr}).",
        "Tools are sterilised in an autoclave (Class B, serviced {yr}).",
    ],
    "employment-rule": [
        "Junior stylists are paid the apprentice rate (under £7 an hour in {yr}).",
        "The salon moved staff from commission to salary ({yr}) to keep them.",
        "Tips are shared through a tronc (since April {yr}).",
        "Chair renters pay a weekly fee (£{gbp} in {yr}) and set their own prices.",
    ],
    "price-in-brackets": [
        "The entry-level service ({svc}, £{gbp}) brings in most new clients.",
        "Prices in the Dublin salon are higher (€{eur} for a cut and finish).",
        "A men's cut in Seoul costs less (₩{krw}) than in {city}.",
        "Box braids in Accra start low (GH₵{ghs}) but take most of a day.",
        "The Toronto salon charges more for colour (C${cad} and up).",
    ],
    "offer-in-brackets": [
        "New clients get a discount on their first visit (20% off, weekdays only).",
        "The salon ran a midweek offer (two services for £{gbp}) to fill quiet chairs.",
        "Students are offered a lower rate (with a valid ID card, {yr}).",
        "The Black Friday deal (£{gbp} gift card for £{q}0 less) sold out in a day.",
    ],
    "date-in-brackets": [
        "The refurbishment closed the salon for a week ({d} January {yr}).",
        "Bookings doubled before the wedding season (April–June {yr}).",
        "The loyalty app went live on a Monday ({d} September {yr}).",
    ],
    "survey-wave": [
        "Our own client survey (wave {q}, autumn {yr}) asked about price and loyalty.",
        "The salon's feedback cards (spring {yr} round) were completed by {n} clients.",
        "Staff answered the same questions twice (waves 1 and 2, {yr}–{yr2}).",
    ],
    "product-launch": [
        "The group launched its own-label range (Salon Collection, {yr}) in all branches.",
        "{B} launched its at-home colour kit (autumn {yr}) during lockdown.",
        "The brand's vegan line (launched {yr}) is stocked by {q}0 salons.",
    ],
    "percentage-year": [
        "Retail sales grew ({pc}% in {yr}) after the reception was redesigned.",
        "Most bookings now come online ({pc}% in {yr2}, up from {q}0% in {yr}).",
        "No-shows fell sharply after deposits were introduced ({pc}% to {q}%).",
    ],
    "figure-year": [
        "The chain served more clients last year ({n},000 in {yr}).",
        "The group now employs more stylists (about {n} in {yr}).",
        "Turnover passed a milestone (£{n}m in {yr}/{yr2}).",
    ],
    "financial-year": [
        "Profits were flat (FY{yr}) as energy costs rose.",
        "The group's revenue fell in the first half (H1 {yr}).",
        "Trading improved in the third quarter (Q3 {yr}).",
    ],
    "lockdown-period": [
        "Salons in England were closed for months (March–July 2020).",
        "Irish salons reopened after the long closure (10 May 2021).",
        "Trade fell during the pandemic (2020–21) but recovered quickly afterwards.",
    ],
    "season-campaign": [
        "The Christmas party-hair campaign (December {yr}) filled every Saturday.",
        "The back-to-school barber offer (August {yr}) brought in new families.",
        "The ‘Glow for Summer’ push ({yr}) promoted lash lifts and tinting.",
    ],
    "hashtag-handle": [
        "The salon's best-performing post (#GlassHair{yr}) reached {n},000 accounts.",
        "Clients tag the salon (@{city}hairco) in their after photos.",
        "Bookings are taken by DM (@the.brow.room) or on {app}.",
    ],
    "app-version": [
        "The booking app was rebuilt (version {q}.0, {yr}) with a waitlist feature.",
        "{app} added deposits and card-on-file (update, {yr}).",
        "The salon's software was switched to {app} (migration, {d} March {yr}).",
    ],
    "app-rating": [
        "{app} is rated highly by users (4.{q} stars, {n} reviews).",
        "The salon keeps a strong Google score (4.{q}/5 from {n} reviews).",
        "Its Treatwell page shows good feedback ({n} verified reviews, {yr}).",
    ],
    "qualification": [
        "Every stylist holds a recognised qualification (NVQ Level 3).",
        "The brow technician qualified in {yr} (VTCT Level 2).",
        "Barbers in Ghana train through apprenticeships (NVTI Grade II).",
        "The owner completed the CIM course (Level 6 Diploma, {yr}).",
    ],
    "apprenticeship-intake": [
        "The academy took on more trainees ({n} apprentices in {yr}).",
        "Apprentices start in September ({yr} intake) and finish after two years.",
        "The salon's first apprentice (taken on in {yr}) is now a senior stylist.",
    ],
    "abbreviation": [
        "The British Association of Beauty Therapy and Cosmetology (BABTAC) insures the studio.",
        "The salon's booking software tracks client lifetime value (CLV) and average ticket value (ATV).",
        "Net Promoter Score (NPS) is asked after every visit.",
        "Korea's Ministry of Food and Drug Safety (MFDS) approves functional cosmetics.",
    ],
    "cross-reference": [
        "The price list is in the appendix (Appendix {q}).", "The client persona (see Figure {q}) is based on six interviews.",
        "Costs are set out in the budget (Table {q}, page {q}).", "This is developed further in Task 2 (b).",
    ],
    "sample-size": [
        "Most clients preferred text reminders (n = {n}).", "Responses came mainly from women (n={n}, aged 25–44).",
        "The interviews were short (n = {q}, fifteen minutes each).",
    ],
    "age-band": [
        "The target segment is young professionals (aged 25–34).", "The barber's core clients are teenagers (13–18).",
        "Bridal clients are mostly in their late twenties (26–32).",
    ],
    "opening-hours": [
        "The salon opens late on Thursdays (until 9pm).", "The Accra branch trades seven days (8am–8pm).",
        "Walk-ins are taken at the barber's (Mon–Sat, 9–6).",
    ],
    "duration": [
        "A full head of extensions takes most of the day (about six hours).",
        "Gel nails last longer than polish (two to three weeks).",
        "A lash lift is quick (45 minutes) and needs no upkeep.",
    ],
    "slogan": [
        "L'Oréal's line ‘Because you're worth it’ has been used since 1971.",
        "Wella's ‘Let's care’ message (2021) appears in partner salons.",
        "The salon's tagline (‘Hair, but better’) is on every receipt.",
        "Dove's ‘Real Beauty’ campaign (2004) is still widely taught.",
    ],
    "ticker-or-listing": [
        "Olaplex listed on Nasdaq (OLPX, 2021) at a high valuation.",
        "L'Oréal shares trade in Paris (Euronext: OR).", "Amorepacific is listed in Seoul (KRX: 090430).",
        "Coty is quoted in New York (NYSE: COTY).",
    ],
    "company-number": [
        "The salon trades as a limited company (No. {n}{n}).", "The federation is a registered body (company no. 00{n}{n}).",
        "The studio is VAT-registered (GB {n} {n} {q}{q}).",
    ],
    "size-and-volume": [
        "The retail bottle is smaller (250 ml) than the backbar size (1 litre).",
        "Each colour tube holds enough for one application (60 ml).",
        "The travel size (50 ml) sells well at reception.",
    ],
    "chemical-or-ingredient": [
        "Some dyes contain an allergen (PPD) that needs a patch test.",
        "Keratin treatments were reformulated to cut formaldehyde (below 0.2%).",
        "The brand removed a preservative (MIT) from its shampoos.",
    ],
    "colour-shade": [
        "The most requested shade is a cool blonde (10.1 Lightest Ash).",
        "Brunettes often ask for a gloss (6.34 Copper Gold).",
        "The toner (9V) is used after most lightening services.",
    ],
    "euro-or-exchange": [
        "A blow-dry in Milan costs less than in London (€{eur}, against £{gbp}).",
        "The Irish price list was converted from sterling (€1 to £0.85 in {yr}).",
        "The Canadian salon's prices are shown in two currencies (C${cad} / US$).",
    ],
    "vat-and-tax": [
        "Salons charge VAT on services (20% in the UK).", "Hairdressing in Ireland has a lower VAT rate (13.5%).",
        "The threshold for VAT registration was raised (£90,000 from April 2024).",
    ],
    "festival-and-event": [
        "Demand for braids rises before Christmas and Easter in Ghana (Easter {yr}).",
        "Seoul salons are busy before the Lunar New Year holiday (Seollal, {yr}).",
        "Bookings spike before the school proms (June {yr}).",
        "Irish salons fill up before Christmas parties (December {yr}).",
    ],
    "chair-count": [
        "The flagship is larger than the other branches (twelve chairs, four basins).",
        "The barbershop is small (three chairs) but fully booked.",
        "The nail bar has room for eight clients at once (eight desks, two pedicure thrones).",
    ],
    "job-title": [
        "{stf} (Artistic Director) leads the salon's seasonal collection.",
        "The owner (Managing Director and senior colourist) still works on the floor.",
        "The group hired a new marketing head (Head of Brand, {yr}).",
    ],
}  # fmt: skip
