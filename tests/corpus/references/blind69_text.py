"""Prose for the sixty-ninth held-out pool, "blind69": marketers in Israel and Cyprus.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixty-ninth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how product-marketing,
growth, brand, PR and communications marketers at start-ups, fintechs, cybersecurity and agritech firms, food and
beverage makers, banks, hotel groups and tourism boards in Tel Aviv, Jerusalem, Haifa, Be'er Sheva, Nicosia and
Limassol write CIM Level 6 and 7 reports and MBA assignments in English: laws by number and Hebrew year, CBS and
CYSTAT figures, festival campaigns, shekel and euro figures, tickers, Ltd., B.M. and PLC firms, Hebrew words glossed
in brackets, product versions, unit and course codes, hashtags and handles.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} shows that {C}.",
    "{N} argues that {C}, which matters for {B} in the Israeli market.",
    "{N} found that {C}.",
    "{N} notes that {C}, a point Cypriot hoteliers often miss.",
    "{N} suggests that {C}.",
    "{N} makes the case that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} observes, {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "In the Tel Aviv tech scene, {N} reports that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "Looking at Limassol, {N} argues that {C}.",
    "Following {N}, the team accepts that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of start-ups in Herzliya suggests that {C}.",
    "{N} framework helps explain why {C}.",
    "Applying {N} model to {B}, {C}.",
    "{N} findings imply that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "In Israel, {C} {P}.",
    "For a fintech like {B}, {C} {P}.",
    "Evidence from Cyprus points the same way: {C} {P}.",
    "{O} {C} {P}.",
    "It is widely accepted that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, so {B} should act before Rosh Hashanah.",
    "Research {P} shows that {C}.",
    "{C} {P}, although the picture in Nicosia is less clear.",
    "Because {C} {P}, the plan leans on owned media.",
    "The literature {P} agrees that {C}, and {B} is no exception.",
]  # fmt: skip
CLAIMS = [
    "trust is the first thing a B2B buyer checks on a cybersecurity vendor's site",
    "Israeli consumers compare prices across apps more than most Europeans",
    "founder-led content outperforms brand content on LinkedIn",
    "festival campaigns lift grocery sales far more than summer promotions do",
    "hotel guests in Cyprus book later every year",
    "Russian-speaking shoppers respond to content in their own language",
    "loyalty falls when banks close branches without explaining why",
    "product-led growth needs a free tier that actually delivers value",
    "{A} want proof rather than promises",
    "brands that localise into Arabic widen their reach in the north",
    "{T} works best when the offer is simple",
    "{B} could gain share by {R}",
    "word of mouth still drives most restaurant choices in Tel Aviv",
    "tourists from Israel are now among Cyprus's largest source markets",
    "kosher certification is a purchase cue even for secular shoppers",
    "defence-grade credentials reassure civilian buyers of security software",
]  # fmt: skip
OPENERS = [
    "Put simply,",
    "In practice,",
    "From the agency side,",
    "Seen from Nicosia,",
    "Even so,",
    "Taken together,",
]  # fmt: skip
PLAIN = [
    "The next section turns to the channel plan.",
    "This matters for the product-marketing team in Tel Aviv.",
    "The budget is set in shekels and converted at the month's average rate.",
    "Our Limassol office runs the Greek-language social accounts.",
    "The brief from the head of growth was short and clear.",
    "Stakeholders in sales and customer success were interviewed for this section.",
    "The following recommendations are ranked by cost and speed.",
    "A pilot would run for six weeks before the holidays.",
]  # fmt: skip
QUOTE_FRAMES = [
    "As one study puts it, {Q} {P}.",
    "{N} writes that {Q}.",
    "The argument is blunt: {Q} {P}.",
    "{Q} {P}, which the board found persuasive.",
    "{N} puts it plainly: {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "start-up nation", "chutzpah", "dugri", "frictionless", "digital-first", "exit", "unicorn", "Mediterranean",
    "authentic", "premium", "sababa", "smart money",
]  # fmt: skip
SCARE_FRAMES = [
    "The so-called {Q} image still sells Israeli tech abroad {P}.",
    "Brands lean on {Q} as a selling point {P}.",
    "{N} questions the idea of {Q} in B2B marketing.",
    "The word {Q} appears in most pitch decks {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "Chag Sameach from all of us!", "Your Passover basket is ready", "Last chance: 20% off Limassol stays",
    "Shana Tova - a gift inside", "Meet the new dashboard", "Your statement is ready", "Christmas in Nicosia starts now",
]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the best open rate {P}.",
    "The push notification {Q} was tested against a plain version {P}.",
    "{N} cites subject lines such as {Q} as good practice.",
    "The subject line {Q} follows the pattern described {P}.",
]  # fmt: skip
BRANDS = ["Wix", "Fiverr", "monday.com", "Check Point", "Strauss", "Osem", "Tnuva", "Bank Leumi", "Bank Hapoalim",
          "El Al", "Bank of Cyprus", "Hellenic Bank", "Shufersal", "Cyta", "Louis Hotels", "Elbit Systems", "Netafim",
          "Max Brenner", "Teva", "Isracard"]  # fmt: skip


_CITIES = ["Tel Aviv", "Jerusalem", "Haifa", "Be'er Sheva", "Nicosia", "Limassol", "Larnaca", "Paphos"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2015, 2025)
    return {
        "HY": str(year + 3760),
        "GY": str(year),
        "ILS": f"{rng.randint(2, 950)}",
        "EUR": f"{rng.randint(2, 480)}",
        "pct": str(rng.randint(3, 78)),
        "ver": f"{rng.randint(2, 9)}.{rng.randint(0, 12)}",
        "city": rng.choice(_CITIES),
        "hol": rng.choice(["Passover", "Rosh Hashanah", "Hanukkah", "Christmas", "Easter", "Sukkot", "Shavuot"]),
        "code": f"{rng.choice(['MKT', 'MBA', 'CIM'])}{rng.randint(100, 799)}",
    }


NOT_CITATIONS: dict[str, list[str]] = {
    "hebrew-year": ["The campaign ran over the holidays of {HY} ({GY}) and beat its target.",
                    "Sales in the year {HY} (roughly {GY}) were flat."],
    "law-number": ["The Protection of Privacy Law, 5741-1981, sets the rules for the database.",
                   "The Consumer Protection Law, 5741-1981, covers the price display on the site."],
    "amendment": ["Amendment No. 13 (in force from August 2025) raises the fines for data breaches.",
                  "Under Amendment No. 40 (the Spam Law, 2008), every SMS needs prior consent."],
    "cyprus-law": ["In Cyprus, Law 125(I)/2018 applies alongside the GDPR.",
                   "The hotel's consent form was rewritten for Law 125(I)/2018 in {GY}."],
    "eu-regulation": ["Regulation (EU) 2016/679 applies to every guest from the EU.",
                      "The Digital Services Act (Regulation (EU) 2022/2065) changes how ads are labelled."],
    "shekel": ["The average basket rose to ₪{ILS} (about ILS {ILS} before VAT).",
               "A monthly plan costs ₪{n} (ILS, VAT included)."],
    "euro": ["Rooms in {city} averaged €{EUR} a night in August {GY}.",
             "The promotion cost €{EUR}k (EUR, excluding VAT)."],
    "cbs-figure": ["The CBS (Central Bureau of Statistics) puts household spending on food at {pct}% of the total.",
                   "CBS figures for Q{q} {GY} show tourist entries up {pct}%."],
    "cystat-figure": ["CYSTAT (the Statistical Service) counted arrivals up {pct}% in {GY}.",
                      "According to CYSTAT, revenue from tourism reached €{n} million in {Y}."],
    "holiday-campaign": ["The {hol} {GY} campaign ran on Instagram and in-store.",
                         "For {hol} ({GY}), {B} launched a limited pack."],
    "company-form": ["Bank Leumi le-Israel B.M. and Bank Hapoalim B.M. dominate retail banking.",
                     "Louis Hotels PLC and Hellenic Bank (Cyprus) both sponsor the festival."],
    "ticker": ["{B} trades on Nasdaq (TASE: dual listing) and reported results in Q{q}.",
               "Shares of Wix (NASDAQ: WIX) fell {pct}% after the earnings call."],
    "fiscal-quarter": ["Revenue in Q{q} {GY} (unaudited) grew {pct}%.",
                       "The H1 {GY} results (January to June) were ahead of plan."],
    "product-version": ["Version {ver} (released {GY}) added a Hebrew right-to-left editor.",
                        "The app ({ver}) now supports Greek and Arabic."],
    "course-code": ["This report answers unit {code} (Level 7) of the programme.",
                    "Module {code} (Digital Strategy, {GY}) sets a 3,000-word limit."],
    "hebrew-gloss": ["The brand's tone is dugri (straight talk), which Israelis respect.",
                     "Shoppers look for the hechsher (kosher stamp) on the lid."],
    "greek-gloss": ["Guests valued filoxenia (hospitality) above price.",
                    "The meze (shared small plates) is the centre of the offer."],
    "hashtag": ["The hashtag #StartUpNation{GY} trended for two days.",
                "Posts tagged #VisitCyprus (and #Cyprus{GY}) reached {n}k users."],
    "handle": ["Replies from @{B}Support came within an hour.",
               "The account @visitcyprus (Instagram) doubled its reach in {GY}."],
    "promo-code": ["Use the code CHAG{pct} (valid until {d} April) at checkout.",
                   "The code LIMASSOL{GY} (one use per guest) drove most bookings."],
    "city-date": ["Tel Aviv, {d} March {GY}: the launch event sold out.",
                  "The Limassol Wine Festival (August {GY}) drew record crowds."],
    "percentage-bracket": ["Repeat purchases rose sharply ({pct}% in {GY}).",
                           "Most respondents ({pct}%, n = {n}) preferred WhatsApp."],
    "survey-sample": ["Our own survey (n = {n}, {city}, {GY}) asked about trust.",
                      "Interviews (N = {q}{q}, conducted in Hebrew and Arabic) were transcribed."],
    "interview-code": ["Respondent R{n} (a CMO in Herzliya) described the budget cuts.",
                       "Interviewee P{q} (Limassol, hotel sector) disagreed."],
    "war-context": ["After October {GY}, many campaigns paused for several weeks.",
                    "Reserve duty (miluim) took {pct}% of the team away in {GY}."],
    "flight-route": ["El Al's route TLV-LCA (Larnaca) runs several times a day.",
                     "The new Tel Aviv-Paphos route (from {GY}) opened the west coast."],
    "exhibition": ["Cybertech Tel Aviv ({GY}) attracted buyers from {n} countries.",
                   "Stands at Agritech Israel {GY} (Expo Tel Aviv) were sold out."],
    "award": ["The campaign won at the Effie Awards Israel ({GY}).",
              "Check Point was named a Leader in the Magic Quadrant (Network Firewalls, {GY})."],
    "ranking": ["{B} reached the Top {n} (Globes Most Promising, {GY}).",
                "The hotel ranked No. {q} in the TripAdvisor Travellers' Choice list for {city}."],
    "acronym": ["The VAT (Ma'am) rate rose to 18% in January 2025.",
                "The PPA (Privacy Protection Authority) issued guidance on cookies."],
    "standard": ["The firm holds ISO 27001 ({GY}) and SOC 2 Type II.",
                 "Kitchens follow HACCP (Hazard Analysis and Critical Control Points) rules."],
    "price-tier": ["The Pro plan (₪{ILS} a month) sits between Basic and Business.",
                   "Tier 2 (\"Growth\") adds CRM sync."],
    "currency-rate": ["At the {GY} average rate (ILS 3.{q}{q} per USD), the budget is smaller than it looks.",
                      "The euro (EUR/ILS 4.{q}) made Cyprus cheaper in {GY}."],
    "store-count": ["Shufersal runs over {n} stores (including Shufersal Deal and Yesh).",
                    "{B} opened {q} new branches in {city} in {GY}."],
    "quoted-slogan": ["The slogan \"Made in Israel, loved everywhere\" tested well.",
                      "The line \"Cyprus in your heart\" ran from {GY}."],
    "tv-show": ["Product placement in \"Shtisel\" (season {q}) lifted searches for the snack.",
                "The ad ran during \"Big Brother\" (Reshet 13) in {GY}."],
    "vintage": ["The {GY} Commandaria (a sweet wine from Limassol) sold out.",
                "The winery's Cabernet ({Y}) won a silver medal."],
    "address": ["The pop-up at 12 Rothschild Blvd (Tel Aviv) ran for {q} weeks.",
                "Our office is at Makariou Avenue {q}{q} (Nicosia, 1065)."],
    "phone-hours": ["The service line (*{n}) answers Sunday to Thursday.",
                    "Support hours (09:00-18:00, not Friday) suit the Israeli week."],
    "appendix": ["See Appendix {q} (the full media plan) for weekly budgets.",
                 "Figure {q} (below) shows the funnel for {GY}."],
    "market-size": ["The Israeli e-commerce market (about ₪{n} billion in {GY}) is still growing.",
                    "Tourism accounts for {pct}% of GDP in Cyprus (pre-{Y2} levels)."],
    "ai-tool": ["Drafts were checked with ChatGPT (GPT-4o, {GY}) and then rewritten.",
                "The images were made in Midjourney (v{q}) for the mock-ups."],
}  # fmt: skip
