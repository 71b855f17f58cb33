"""The blind275 pool's prose: how marketers at hair salons, barbers, beauty and nail salons, salon-product brands and
booking platforms in the UK, Ireland, Australia and the Netherlands write CIM Level 6 and 7 reports and MBA
assignments in English on small-business, franchise, loyalty, social-media and B2B trade marketing.

Written without reading the checker, its tests or any other pool. Frames use the common fill values and these of its
own: {pc} a percentage's number, {Y3} a recent year, {mo} a month, {pr} a price in pounds, {eur} a price in euros,
{aud} a price in Australian dollars, {ch} a channel, {app} a booking platform, {sv} a salon service, {code} a hair
colour code, {rt} a rating, {lv} an apprenticeship level, {st} a standard's number, {ver} an app version.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Toni & Guy", "Rush", "Regis", "Headmasters", "Supercuts", "Bloww", "Hershesons", "Neville Hair & Beauty",
          "Peter Mark", "Just Cuts", "Sally Beauty", "L'Oréal Professionnel", "Wella", "Olaplex", "GHD", "Fresha",
          "Treatwell", "Booksy", "Phorest", "Salon Scale", "Hairhouse", "Kérastase", "Aveda", "Paul Mitchell",
          "Jamie Stevens", "Blue Tit", "Pall Mall Barbers", "Ruby Nails"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "pc": str(rng.randint(4, 86)), "Y3": str(rng.randint(2019, 2025)),
        "mo": rng.choice(["January", "February", "March", "April", "May", "June", "September", "October", "November"]),
        "pr": str(rng.choice([18, 22, 28, 35, 42, 48, 55, 65, 75, 85, 95, 120, 145])),
        "eur": str(rng.choice([25, 30, 38, 45, 55, 60, 75, 90, 110])), "aud": str(rng.choice([29, 35, 39, 49, 65, 85, 130])),
        "ch": rng.choice(["Instagram", "TikTok", "Facebook", "Google Business Profile", "email", "SMS reminders",
                          "the loyalty app", "WhatsApp", "Pinterest", "YouTube tutorials"]),
        "app": rng.choice(["Fresha", "Treatwell", "Booksy", "Phorest", "Salon Scale", "Timely", "Shortcuts"]),
        "sv": rng.choice(["a cut and blow-dry", "a full head of highlights", "a skin fade", "a balayage", "a gel manicure",
                          "a root tint", "a beard trim", "a toner and gloss", "a keratin smoothing treatment"]),
        "code": rng.choice(["6.0", "7/1", "8.3", "5/7", "9.1", "10/16", "4.65", "6/73"]),
        "rt": rng.choice(["4.2", "4.5", "4.6", "4.7", "4.8", "4.9"]),
        "lv": rng.choice(["2", "3", "4"]), "st": rng.choice(["ST0213", "ST0214", "ST0346", "ST0481"]),
        "ver": f"{rng.randint(2, 9)}.{rng.randint(0, 12)}",
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn from city-centre salons.",
    "{N} showed that {C}, which matters for an independent salon such as {B}.", "{N} suggested that {C}.",
    "{N} concluded that {C}, particularly for {A}.", "{N} notes that {C}.", "{N} reported that {C} in Irish salons.",
    "{N} makes the case that {C}.", "{N} observed that {C}; {B} has seen the same on {ch}.",
    "{N} warned that {C} unless stylists are trained to sell.", "{N} identified that {C}.",
    "{N} went further and argued that {C} and that {C2}.", "{N} questioned whether {C}.",
    "{N} found much the same in Australia: {C}.", "{N} describe how {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In a study of UK salons, {N} found that {C}.", "{O}, {N} argued that {C}.", "This is in line with {N}, who found that {C}.",
    "{C}, as {N} pointed out.", "According to {N}, {C}.", "Research by {N} suggests that {C}.",
    "For {B}, the lesson from {N} is that {C}.", "{C}; {N} reached a similar conclusion for nail bars.",
    "Data from {N} show that {C}.", "As {N} explains, {C}.", "{C}, which supports the findings of {N}.",
    "Following {N}, it can be argued that {C}.", "Unlike the franchises studied by {N}, {B} finds that {C}.",
    "A survey by {N} found that {C}.", "{C} – a point also made by {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of salon clients found that {C}.", "{O}, {N} framework helps explain why {C}.",
    "Applying {N} model to {B}, it is clear that {C}.", "{N} findings matter here because {C}.",
    "According to {N} survey, {C}.", "{N} report shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research suggests that {C} {P}.", "For {A}, {C} {P}.", "{C}, especially on {ch} {P}.",
    "This matters for {B} because {C} {P}.", "It is widely accepted that {C} {P:see}.",
    "Several studies make the same point {P:e.g.}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
    "UK and Irish data point the same way: {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
    "Most salon clients book again within eight weeks when they are offered a rebooking slot at the till {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; however, {C2}.", "Although {C} {P}, {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.", "{O}, {C} {P}, so {C2}.",
    "Studies of service firms {P:e.g.} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "clients stay loyal to a stylist rather than to a salon", "online booking reduces no-shows when a deposit is taken",
    "before-and-after posts on {ch} drive more bookings than offers do", "{A} choose a salon on the strength of its Google reviews",
    "rent-a-chair stylists take their clients with them when they leave", "retail sales in salons depend on the stylist's recommendation",
    "franchisees value the brand's training more than its marketing support", "{T} raises {R} among {A}",
    "small salons rarely measure the return on their marketing", "loyalty points matter less to salon clients than being remembered",
    "professional haircare brands win salons through education rather than margin", "{B} relies on {T} more than its rivals do",
    "price rises are accepted when the service feels personal", "barbershops build loyalty through community as much as through the cut",
    "booking platforms give small salons reach but take a share of the margin", "nail bars compete mainly on convenience and price",
    "word of mouth still brings in most new salon clients", "trade shows remain the main way brands recruit salon accounts",
    "clients who rebook at the till are far more likely to return", "a consistent service across branches is the main strength of a franchise",
    "{A} expect to book and pay on their phones", "marketing automation frees stylists' time for clients",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "In the salon sector", "At the same time", "For a small salon",
           "In {B}'s case", "Turning to {ch}", "From a franchise perspective", "In the Irish market", "In Australia",
           "Since the pandemic", "For trade brands", "Put simply", "Even so"]  # fmt: skip
PLAIN = [
    "{B} has {n} chairs across its sites and takes most bookings through {app}.",
    "The rest of this section applies the 7Ps to {B}'s salon services.", "{O}, {C}.",
    "Table 2 compares the three booking platforms on cost, reach and fit.",
    "The salon's Instagram account has grown steadily, but engagement per post has fallen.",
    "Recommendations are costed and phased over twelve months.", "A SWOT analysis is included in the appendices.",
    "Most clients are women aged 25 to 45 living within three miles of the salon.",
    "{B} sells retail products at the front desk and through its website.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one services text puts it, {Q} {P}.", "{O}, {Q} {P}.", "The point is made plainly: {Q} {P}.",
    "{Q} {P}, and {B} is no exception.", "It has been argued that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘chair-side selling’", "‘salon-exclusive’", "‘education-led’", "‘Insta-ready’", "‘clean beauty’",
                "‘quiet luxury’", "“salon-quality”", "‘rebook at the till’", "‘the chair is the shop window’",
                "“community barbering”", "‘hair-first’", "‘bond-building’"]  # fmt: skip
SCARE_FRAMES = [
    "Brands now sell their ranges as {Q} {P}.", "{B} calls its approach {Q} {P}.",
    "What the trade calls {Q} is often just good service {P}.", "The shift to {Q} marketing has been quick {P}.",
    "So-called {Q} claims can damage trust when results disappoint {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your next cut is due – book in seconds’", "‘We miss you: 20% off your next colour’",
                 "‘Last few Saturday slots left’", "“Your stylist has new availability”", "‘Refer a friend, get £10 off’",
                 "‘Happy birthday from all of us at the salon’", "‘Christmas party hair? Book now’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The reminder {Q} lifted rebooking rates {P}.", "{B}'s lapsed-client email, {Q}, was opened by a third of recipients {P}.",
    "Subject lines such as {Q} work well for salons {P}.", "An SMS headed {Q} performed best in the test {P}.",
]  # fmt: skip

# Text with brackets, years, figures or quotation marks that is no citation and that no tutor expects in the list.
NOT_CITATIONS = {
    "trade-event-year": [
        "{B} launched its new collection at Salon International {Y3} in London.",
        "The brand's stand at Professional Beauty London ({mo} {Y3}) drew record numbers of salon owners.",
        "Most trade orders are now taken at Salon International (ExCeL, {Y3}) rather than by sales reps.",
        "Irish salon owners meet suppliers at Professional Beauty Ireland (Dublin, {Y3}).",
    ],
    "award-year": [
        "Its creative director was named British Hairdresser of the Year (British Hairdressing Awards {Y3}).",
        "The salon was a finalist in the British Hairdressing Awards ({Y3}).",
        "{B} won Salon of the Year at the Creative HEAD Most Wanted awards ({Y3}).",
        "The barbershop took the regional title (Australian Hair Industry Awards, {Y3}).",
    ],
    "product-launch-year": [
        "Olaplex No.3 (2014) is still the brand's best-selling product.",
        "The GHD Platinum+ (2019) was marketed as the first ‘smart’ styler.",
        "Wella Color Touch (launched {Y3} in the UK) is a demi-permanent colour.",
        "The salon switched to L'Oréal Professionnel's Metal Detox range (2022 launch).",
    ],
    "formulation": [
        "Color Touch is mixed with its emulsion at a ratio of 1:2 (1.9% developer).",
        "The lightener is used with 6% (20 vol) or 9% (30 vol) developer.",
        "The bond builder (Step 1 and Step 2) is added to every lightening service.",
    ],
    "colour-code": [
        "Her regrowth was covered with a permanent shade ({code}) and a toner.",
        "A natural dark blonde (7/0) was lifted to a cool beige ({code}).",
        "The most-used shades were {code} and 6.0 (both from the permanent range).",
    ],
    "hair-type": [
        "The brand's new range is aimed at curly and coily hair (types 3A to 4C).",
        "Textured hair (type 4) was under-represented in the salon's Instagram content.",
        "Fine, straight hair (type 1A) needs a different product recommendation.",
    ],
    "booking-app-version": [
        "{B} moved its bookings to {app} (version {ver}) last spring.",
        "The salon app's update (v{ver}, {mo} {Y3}) added a waiting list.",
        "Reminders are now sent automatically ({app} release {ver}).",
    ],
    "booking-feature-date": [
        "{app} added ‘Book again’ buttons to client receipts ({mo} {Y3}).",
        "Online deposits were switched on for colour services (from 1 {mo} {Y3}).",
        "Reserve with Google was linked to the salon's booking page ({Y3}).",
    ],
    "price-list": [
        "A cut and finish costs £{pr} with a senior stylist (£{n} with a director).",
        "{B}'s price list starts at £{pr} for {sv} (junior stylist).",
        "In Dublin {sv} is priced at €{eur} (2 hours).",
        "Just Cuts charges a flat price for a men's cut (A${aud}, no appointment needed).",
    ],
    "service-price-per": [
        "Colour is charged per application (£{pr} roots, £{n} full head).",
        "Highlights are priced per foil (from £{pr} for a half head).",
        "A gel manicure costs €{eur} (removal included).",
    ],
    "deposit-no-show": [
        "Clients pay a deposit when they book colour (£{pr}, non-refundable within 48 hours).",
        "No-shows are charged in full (100% of the service price).",
        "The salon's no-show fee (50% of the booking) is taken by card.",
        "Late cancellations cost the salon about £{n} a week (Q{q} {Y3}).",
    ],
    "vat-threshold": [
        "Many self-employed stylists keep their turnover below the VAT threshold (£90,000 from April 2024).",
        "The VAT registration threshold was frozen at £85,000 (2017 to 2024).",
        "Irish salons pay a reduced rate on services (13.5% VAT).",
        "Small salons in the Netherlands can use the small business scheme (KOR, €20,000 turnover).",
    ],
    "apprenticeship-level": [
        "New stylists train on the Level {lv} Hair Professional apprenticeship.",
        "The Hair Professional standard ({st}) sets out what apprentices must learn.",
        "Barbers can take the Level 3 Advanced and Creative Hair Professional (standard ST0214).",
        "Nail technicians usually hold a Level {lv} NVQ (VTCT or City & Guilds).",
    ],
    "covid-closure": [
        "Salons in England reopened on 12 April 2021 after the third lockdown.",
        "Close-contact services closed again in November (5 November – 2 December 2020).",
        "Irish salons were shut for most of the first half of {Y3} (Level 5 restrictions).",
        "Melbourne's salons spent months closed (Stage 4, August 2020).",
    ],
    "franchise-count": [
        "Just Cuts now has more than 200 salons (Australia and New Zealand combined).",
        "{B} opened three new franchised salons last year ({n} sites in total).",
        "The franchise fee is £{n},000 (plus 6% of turnover).",
        "Supercuts trades from around 2,000 salons (mostly franchised, {Y3} count).",
    ],
    "store-opening": [
        "Its newest salon opened in Manchester ({mo} {Y3}).",
        "{B} opened its first Amsterdam site (Utrechtsestraat, {Y3}).",
        "A flagship barbershop opened on Grafton Street, Dublin ({d} {mo} {Y3}).",
    ],
    "haircut-trend": [
        "Clients still ask for ‘the Rachel’ thirty years on.",
        "TikTok made ‘the wolf cut’ (2021) the most-requested style among teenagers.",
        "Stylists reported a surge in ‘curtain bangs’ (2020) during lockdown.",
        "The ‘butterfly cut’ ({Y3}) spread from TikTok to salon menus in months.",
        "Barbers saw demand for ‘the mullet’ return (Summer {Y3}).",
    ],
    "rent-a-chair": [
        "Stylists rent a chair for £{pr} a day (products included).",
        "{B} offers rent-a-chair terms (£{n} a week, or 40% of takings).",
        "About a third of the team are self-employed (rent-a-chair, commission-free).",
    ],
    "salon-chairs": [
        "The salon has six styling chairs and two backwash units (Takara Belmont).",
        "Chair utilisation averaged {pc}% over the quarter (Tuesday to Saturday).",
        "Each chair brings in about £{n} a week (excluding retail).",
    ],
    "rating": [
        "The salon is rated {rt} out of 5 on Google ({n} reviews).",
        "{app} shows an average score of {rt} (from {n} verified reviews).",
        "{B} has a Trustpilot score of {rt} (‘Excellent’).",
    ],
    "financial-year": [
        "Revenue fell in the financial year (FY24 against FY23).",
        "The group's results for the year (FY ending 30 June {Y3}) were weaker.",
        "Like-for-like sales rose {pc}% (H1 {Y3}).",
        "Olaplex cut its guidance for the year (fiscal {Y3}).",
    ],
    "stock-ticker": [
        "Regis Corporation is listed in New York (NYSE: RGS).",
        "Olaplex Holdings floated in 2021 (NASDAQ: OLPX).",
        "Sally Beauty Holdings trades on the New York Stock Exchange (NYSE: SBH).",
        "Coty's shares are listed in New York and Paris (NYSE: COTY).",
    ],
    "strapline": [
        "L'Oréal's ‘Because you're worth it’ (1971) is one of the best-known straplines in beauty.",
        "{B}'s new strapline, ‘Great hair, made easy’, launched in {Y3}.",
        "The franchise uses the line ‘No appointment needed’ on every shop front.",
        "Wella's campaign ran with the line “Bring colour to life” ({Y3}).",
    ],
    "revenue-figure": [
        "{B}'s sales rose sharply ({Y3} revenue: £{n}m).",
        "Olaplex's sales fell after the lawsuits (2023 revenue).",
        "Salon retail made up a small share of turnover ({Y3} figures: {pc}%).",
        "The UK hair and beauty market is worth around £8bn (2023 estimate).",
    ],
    "market-size": [
        "There are about {n},000 hair and beauty businesses in the UK (2023 count).",
        "Barbershops grew faster than hair salons ({Y}–{Y2}).",
        "Nail bars were the fastest-growing part of the sector (up {pc}%, {Y3}).",
    ],
    "percentage": [
        "Around {pc}% of bookings are now made online.",
        "Most new clients found the salon through Instagram ({pc}%).",
        "{pc}% of clients (n = {n}) said they would recommend {B}.",
    ],
    "survey-figures": [
        "Most respondents had visited a salon in the last month (n = {n}).",
        "Clients rated the consultation highly (mean 4.{q}, n = {n}).",
        "The results are shown in the table below (Table {q}).",
        "Rebooking rates rose after the change (see Figure {q}).",
    ],
    "quarter": [
        "Bookings rose sharply in the run-up to Christmas (Q4 {Y3}).",
        "Footfall was weakest in January (Q1, {Y3}).",
    ],
    "date-range": [
        "The loyalty trial ran for six weeks ({d} {mo} – {d} June {Y3}).",
        "Client data was exported from {app} on {d}/{q}/{Y3}.",
        "Results for the period (1 January – 31 March {Y3}) are shown below.",
    ],
    "loyalty-scheme-terms": [
        "Clients earn a point for every pound spent (100 points = £5 off).",
        "The tenth cut is free (stamp card, barbers only).",
        "Members get 15% off retail products (Gold tier).",
    ],
    "discount-code": [
        "New clients were offered 20% off with a code (NEWHAIR20).",
        "The referral offer gives both friends £10 off (code REFER10).",
        "{app} ran a marketplace promotion (up to 30% off, {mo} {Y3}).",
    ],
    "handle-or-address": [
        "Clients can follow the salon on Instagram (@thesalon_edit) and TikTok.",
        "Bookings go through the website (www.salon-example.co.uk/book) or {app}.",
        "The hashtag #SalonLife{Y3} was used in every post.",
        "Enquiries go to hello@salon-example.ie (answered within a day).",
    ],
    "abbreviation": [
        "The National Hair & Beauty Federation (NHBF) represents salon owners in the UK.",
        "Customer relationship management (CRM) is built into most salon software.",
        "Key performance indicators (KPIs) include rebooking rate, retail per client and utilisation.",
        "The Hair and Beauty Industry Authority (HABIA) sets the occupational standards.",
        "Small and medium-sized enterprises (SMEs) make up almost all of the sector.",
    ],
    "legislation": [
        "Under-18s cannot be tattooed under the Tattooing of Minors Act 1969.",
        "Salon owners have duties to staff and clients under the Health and Safety at Work etc. Act 1974.",
        "Apprentices are paid at least the rates set under the National Minimum Wage Act 1998.",
        "Employers must give staff a written statement of terms (Employment Rights Act 1996).",
    ],
    "regulation-code": [
        "Colour services need a patch test 48 hours beforehand (EU Cosmetics Regulation 1223/2009).",
        "Salon chemicals must be assessed for risk (COSHH 2002).",
        "Tips are passed to staff in full under the new rules (Employment (Allocation of Tips) Act 2023).",
    ],
    "licence-registration": [
        "Special treatments such as piercing need a council licence (London Local Authorities Act 1991).",
        "Stylists on the register can use the letters SRH (State Registered Hairdresser).",
        "The barbershop is registered with the local council (licence no. {n}/{Y3}).",
    ],
    "model-year": [
        "The plan follows SOSTAC (first set out in the 1990s) for the salon's marketing.",
        "The 7Ps (extended mix, 1981) are used to audit the service.",
        "The customer journey is mapped onto the RACE framework ({Y3} version).",
        "SERVQUAL's five dimensions (tangibles, reliability, responsiveness, assurance and empathy) shape the survey.",
    ],
    "cross-reference": [
        "This is discussed further in Section {q}.2 (below).",
        "The full costings are in Appendix {q} (p. {n}).",
        "The persona developed earlier (Section 2, Persona B) is used here.",
        "As Figure {q} (above) shows, most new clients come from Instagram.",
    ],
    "course-and-unit": [
        "This report answers Task 2 of the CIM Level 6 assignment (Unit 3, {mo} {Y3} series).",
        "The MBA module brief (Services Marketing, Semester {q}) asks for a costed plan.",
        "The CIM Level 7 brief (Marketing and Digital Strategy, {Y3}) sets a 4,000-word limit.",
    ],
    "ingredient-and-formula": [
        "The bond builder's active ingredient (bis-aminopropyl diglycol dimaleate) is patented.",
        "The range is free from sulphates and parabens (SLS/SLES-free).",
        "The lightener contains persulfates (ammonium and potassium).",
    ],
    "tool-model": [
        "Stylists use the GHD Helios (2021) dryer and the Platinum+ styler.",
        "The barbers use Wahl Magic Clip clippers (cordless, 5-star series).",
        "Nail technicians cure gel under an LED lamp (48W, 30 seconds a coat).",
    ],
    "temperature-setting": [
        "The styler works at a single temperature (185°C).",
        "Lightener is processed under heat (a Climazon for 20 minutes).",
    ],
    "opening-hours": [
        "The salon opens late on Thursdays (9am – 8pm).",
        "Walk-ins are taken at weekends (Saturday 8am – 5pm, Sunday 10am – 4pm).",
    ],
    "staff-and-wages": [
        "Junior stylists earn the National Living Wage (£11.44 an hour from April 2024).",
        "Commission is paid on services over target (10% of takings).",
        "The salon employs five stylists and two apprentices (full-time equivalent).",
    ],
    "client-numbers": [
        "The salon sees about {n} clients a week (walk-ins included).",
        "Active clients are those who have visited in the last 12 months ({n},000 on the database).",
        "The loyalty app has {n},000 members ({Y3} figure).",
    ],
    "campaign-year": [
        "The ‘Fresh cut, fresh start’ campaign ({mo} {Y3}) ran on Instagram and in-salon.",
        "Christmas trading was the busiest on record (December {Y3}).",
        "The salon's first TikTok campaign ({Y3}) reached {n},000 people.",
    ],
    "social-metrics": [
        "The reel reached {n},000 accounts (organic, not boosted).",
        "Engagement averaged {pc}% per post (Instagram, {mo} {Y3}).",
        "The brand gained {n},000 followers in a month (TikTok, {Y3}).",
    ],
    "ownership-deal": [
        "Wella was sold to KKR by Coty (2020 deal).",
        "Treatwell grew out of Wahanda (renamed in 2015, now run from Amsterdam).",
        "The private equity firm bought the chain in {Y3} (undisclosed sum).",
    ],
    "pricing-tier": [
        "Prices vary by the stylist's level (graduate, stylist, senior, director).",
        "Clients pay more on Saturdays (peak pricing, +10%).",
        "Students get 10% off on weekdays (with a valid ID).",
    ],
    "patch-test": [
        "Every new colour client has a patch test first (48 hours before the appointment).",
        "The allergy alert test is repeated every six months (salon policy).",
    ],
}  # fmt: skip
