"""Prose for blind390: how marketers of children's products (toy makers and toyshops, baby-care and nursery
brands, children's clothing and footwear, educational apps, children's books and activity clubs in the UK,
Ireland, Germany, Poland, Canada and Hong Kong) write CIM Level 4 to 6 reports in English, and the brackets,
years, ages, safety marks and names they write that are not citations. Written without reading the checker or
any other pool. Own fill values: {toy} a toy line, {age} an age band, {pr} a price, {ch} a channel,
{term} a school term, {Y3} a recent year, {city} a city, {app} an app."""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["LEGO", "Mattel", "Hasbro", "Smyths Toys", "The Entertainer", "Hamleys", "Mothercare", "Mamas & Papas",
          "JoJo Maman Bébé", "Clarks", "Start-rite", "Ravensburger", "PLAYMOBIL", "Haba", "Steiff", "Smyk",
          "Wooden Toy Co.", "Vertbaudet", "Usborne", "Scholastic", "Toy Street", "Kiddies Kingdom", "Tommee Tippee",
          "Babyshop HK", "Mastermind Toys", "Indigo Kids", "Kidstuff", "BrightMinds", "Tonies", "Yoto",
          "Early Learning Centre", "Cocomelon", "Peppa Pig", "Monkey Puzzle", "Stagecoach Performing Arts"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    return {
        "toy": rng.choice(["LEGO Friends", "Barbie Dreamhouse", "Bluey Family Home", "Hot Wheels", "Sylvanian Families",
                           "Tonies Toniebox", "Squishmallows", "Nerf Elite", "Play-Doh Kitchen", "Hatchimals"]),
        "age": rng.choice(["3+", "ages 4-7", "ages 8-12", "0-6 months", "18m+", "6+", "under-fives"]),
        "pr": rng.choice(["£9.99", "£24.99", "€19.95", "€49", "zł 89", "C$34.99", "HK$199", "£5 a week"]),
        "ch": rng.choice(["YouTube Kids", "TikTok", "Instagram", "the parent app", "email", "in-store events", "Mumsnet"]),
        "term": rng.choice(["autumn term", "spring term", "summer term", "half-term", "the summer holidays"]),
        "Y3": str(rng.randint(2019, 2025)),
        "city": rng.choice(["Dublin", "Leeds", "Berlin", "Kraków", "Toronto", "Hong Kong", "Glasgow", "Cork"]),
        "app": rng.choice(["Reading Eggs", "Duolingo ABC", "Khan Academy Kids", "Toca Boca World", "Lingokids"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argue that {C}, which is directly relevant to {B}.", "{N} showed that {C} among parents of {age} children.",
    "{N} suggested that {C}; {B}'s own data points the same way.", "{N} warned that {C} if the brand targets children directly.",
    "{N} concluded that {C}.", "{N} identified pester power as a driver and noted that {C}.", "{N} reported that {C} in {city}.",
    "{N} describe parents as gatekeepers and argue that {C}.", "{N} makes the point that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As {N} explain, {C}.", "{O}, {N} found that {C}.", "{C}, as shown by {N}.",
    "Following {N}, it can be argued that {C}.", "{C} – a view shared by {N}.", "Research by {N} suggests that {C}.",
    "{B} could learn from {N}, who found that {C}.", "Data from {N} show that {C}.", "{C}, according to {N}.",
    "This is consistent with {N}, who argued that {C}.", "As {N} put it, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "Using {N} model of family decision-making, {C}.", "{O}, {N} report shows that {C}.",
    "{N} findings matter for {B} because {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "For parents of {age} children, {C} {P}.", "This matters because {C} {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.", "{C}, especially at Christmas {P}.",
    "{B} is no exception, since {C} {P}.", "{C}. {P}", "{C} {P:see also}.", "Research on kidfluencers shows that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "While {C} {P}, {C2}.", "{C} {P}; {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "Because {C} {P}, {B} should make sure that {C2}.", "Studies {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "parents act as gatekeepers for most toy purchases under {pr}", "pester power is strongest in the weeks before Christmas",
    "kidfluencer content blurs the line between play and advertising", "{A} trust other parents' reviews more than brand claims",
    "children recognise brand logos well before they understand persuasive intent", "grandparents buy a large share of premium toys",
    "{B} relies on {ch} more than its rivals do", "safety concerns outweigh price for most nursery purchases",
    "collectable ranges drive repeat visits to toyshops", "{T} lifts {R} among parents of young children",
    "educational apps are judged by parents on screen-time value", "the kidult market now accounts for a growing share of toy sales",
    "gender-neutral ranges appeal to younger parents", "the cost-of-living crisis has made {A} trade down on children's clothing",
    "school-shoe fitting brings families back to the store every term",
]  # fmt: skip
OPENERS = ["Furthermore", "However", "For {B}", "In the toy market", "Before Christmas", "In Ireland", "In Germany",
           "For parents", "In practice", "By contrast", "In Hong Kong", "Overall", "In Canada", "Nevertheless"]  # fmt: skip
PLAIN = [
    "{B} sells through its own stores, its website and Amazon.", "{O}, {C}.",
    "This report analyses {B}'s marketing to parents and makes recommendations for the next year.",
    "The personas are based on interviews with six parents of primary-school children.",
    "{B}'s Instagram account has {q}0k followers, most of them mothers aged 25-40.",
    "The recommendations are phased over twelve months and costed in the appendix.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "This is summed up well: {Q} {P}.", "{B} seems to accept that {Q} {P}.",
    "Marketers to families are told that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘pester power’", "‘kidfluencers’", "‘sharenting’", "‘kidult’", "‘nag factor’", "'screen time'",
                "“edutainment”", "‘unboxing’", "‘toy of the moment’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of exploiting {Q} {P}.", "So-called {Q} is a growing concern for parents {P}.",
    "The term {Q} is used loosely in the toy industry {P}.", "Critics describe this as {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Half-term fun starts here’", "‘Your little one’s next favourite toy’", "“Back-to-school shoes: book a fitting”",
                 "‘{toy} is back in stock’", "‘Ends Sunday: 3 for 2 on books’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates among parents {P}.", "{B} sent {Q} to lapsed club members {P}.",
    "Messages like {Q} work because they create urgency {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "toy-launch-year": ["{toy} (launched {Y3}) is still {B}'s best seller.", "The range grew after LEGO Friends (2012) reached girls."],
    "toy-award": ["It was named Toy of the Year 2023 by the BTHA.", "{B} won Toy of the Year ({Y3}) for its craft kit."],
    "age-band": ["The kit is sold for {age} only.", "Most buyers are parents of toddlers (18m+).", "The range targets ages 8-12 (Key Stage 2)."],
    "age-months": ["The rattle is for babies (0-6 months).", "The sleep bag comes in three sizes (6-18 months)."],
    "safety-mark": ["Every product carries the CE mark (and UKCA since {Y3}).", "All toys meet the standard (EN 71) before shipping."],
    "safety-standard": ["The cot mattress meets the British standard (BS EN 16890:2017).", "Car seats must meet the rule (R129)."],
    "recall": ["{B} recalled a teething toy (March {Y3}) over a choking risk.", "The recall (2019) damaged trust for a year."],
    "price": ["The starter set is affordable ({pr}).", "Most gifts fall in one band (£10-£20)."],
    "pocket-money": ["Children spend their pocket money (about £5 a week) on collectables.", "Pocket money rose to £{q}.50 a week ({Y3} average)."],
    "character-licence": ["Peppa Pig (2004) still tops the pre-school licences.", "{B} licensed Bluey (2018) for its pyjamas."],
    "tv-show": ["The show (Bluey, 2018-) drives plush sales.", "Paw Patrol (2013) created a whole aisle."],
    "film": ["Barbie (2023) revived the doll's adult fans.", "Sales rose after the film (Frozen, 2013)."],
    "acquisition": ["Hasbro bought eOne (2019) for its pre-school brands.", "Mattel's takeover of MEGA Brands (2014) added building sets."],
    "acquisition-list-firm": ["Smyths bought Toys R Us's German stores (2019).", "The Entertainer took over its rival's sites ({Y3})."],
    "founding-year": ["The LEGO Group (founded 1932) is still family-owned.", "Mothercare (est. 1961) now trades through franchises."],
    "founding-local": ["{B} (since {Y}) began as a market stall in {city}.", "The shop opened in {city} in {Y} (first branch)."],
    "school-year": ["The app is aimed at Year 6 (ages 10-11).", "Pupils in Year 2 (Key Stage 1) trialled the kit."],
    "school-term": ["Club sign-ups peak in the autumn term ({Y3}).", "Shoe sales spike before the spring term (January {Y3})."],
    "christmas-season": ["Christmas {Y3} was the best season since 2019.", "Footfall doubled in the golden quarter (Q4 {Y3})."],
    "birthday-season": ["Party packs sell best in birthday season (May-July).", "The club runs birthday parties (from {pr} a head)."],
    "app-rating": ["{app} is rated highly (4.{q} stars, App Store).", "Parents rate the app well (4.{q}/5 on Google Play)."],
    "app-age-rating": ["The game is rated PEGI 3 (suitable for all ages).", "{app} carries an age rating (4+) on the App Store."],
    "toy-fair": ["{B} showed the range at Spielwarenmesse ({Y3}).", "The launch was at the London Toy Fair (January {Y3})."],
    "trade-event": ["Orders came from the Hong Kong Toys & Games Fair ({Y3}).", "The brand exhibited at Kind + Jugend ({Y3}, Cologne)."],
    "store-count": ["{B} now trades from {n} stores (UK and Ireland).", "Smyths has grown fast ({n} stores, {Y3})."],
    "revenue": ["Revenue rose to £{n}m ({Y3} results).", "Toy sales grew ({q}.{q}% in {Y3})."],
    "market-size": ["The UK toy market was worth £{q}.{q}bn in {Y3}.", "Germany is Europe's largest toy market (€{q}.{q}bn)."],
    "survey-sample": ["Most parents agreed (n = {n}).", "The class survey covered {n} families (Appendix {q})."],
    "figure-table": ["See the channel mix (Figure {q}).", "Costs are set out in full (Table {q})."],
    "appendix": ["The persona is in the appendix (Appendix {q}).", "The survey questions (Appendix {q}, Q{q}) were piloted."],
    "task-ref": ["This links back to Task 1 (b).", "See Section 2.{q} (competitor review) above."],
    "campaign-year": ["The ‘Play Well’ campaign ({Y3}) ran on YouTube Kids.", "Its Christmas advert ({Y3}) featured a real family."],
    "slogan": ["Its tagline, ‘Only the best is good enough’, dates from 1936.", "The ‘Let's play’ line appears on every bag."],
    "hashtag-handle": ["The hashtag (#ToyOfTheYear) trended for a day.", "Parents message the team on Instagram (@toyshop_uk)."],
    "website": ["Orders go through the website (www.toyshop-example.co.uk).", "Club bookings are online (bookings.example.ie)."],
    "legislation-in-text": ["The Toy Safety Regulations 2011 apply to all toys sold in Great Britain.", "Under the Data Protection Act 2018, children's data needs extra care."],
    "code-clause": ["The advert broke the rule on direct exhortation (CAP Code 5.4).", "Rule 5.9 of the CAP Code limits promotions to children."],
    "childrens-code-standard": ["The app changed its settings (standard 7, high privacy by default).", "The Children's Code (in force since 2021) covers apps."],
    "directive-number": ["The EU Directive (2009/48/EC) is being replaced.", "Germany applies the rules (Spielzeugverordnung) strictly."],
    "gdpr-article": ["Parental consent is needed under 13 (Article 8 GDPR).", "Ireland set the age at 16 (section 31 of its 2018 Act)."],
    "acronym-body": ["The British Toy & Hobby Association (BTHA) runs the awards.", "Key performance indicators (KPIs) include average basket value (ABV)."],
    "size-range": ["The shoes come in half sizes (infant 3-13).", "Coats run from toddler to teen (2-14 years)."],
    "book-series": ["Sales of the series (Harry Potter, 1997-2007) still lead the list.", "The Gruffalo (1999) is on every nursery shelf."],
    "book-day": ["World Book Day (March {Y3}) brings costume sales.", "The club runs a summer challenge (July-August {Y3})."],
    "holiday-dates": ["Sales peak at half-term ({d} October {Y3}).", "Easter ({Y3}) is the second busiest season."],
    "percentage": ["Online now takes a large share (3{q}% of sales).", "Returns are low (under {q}%)."],
    "version-update": ["The app was rebuilt (version {q}.0, {Y3}).", "{app} added a parent dashboard (update {q}.{q})."],
    "weather-season": ["Wellies sold out after a wet spring ({Y3}).", "Summer {Y3} was poor for paddling pools."],
    "quarter": ["Sales grew in the third quarter (Q3 {Y3}).", "Margins fell (H1 {Y3}) as freight costs rose."],
    "currency-conversion": ["The box costs HK$199 (about £20).", "In Poland the set is cheaper (zł 89, roughly £18)."],
}  # fmt: skip
