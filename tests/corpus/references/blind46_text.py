"""Prose for the forty-sixth held-out pool, "blind46": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a forty-sixth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, loyalty,
franchise and delivery marketers at restaurant groups, coffee-shop and bakery chains, quick-service franchises,
food-delivery partnerships and hospitality groups in the UK, Turkey (Istanbul, Izmir, Ankara), Greece (Athens,
Thessaloniki) and Cyprus write on CIM Level 4 to 7 courses in English: menu launches and limited-time offers with
their dates, loyalty-app versions, franchise agreements and store openings by year, food-hygiene ratings, calorie
labelling and allergen law, Michelin stars and AA rosettes with their years, lira, euro and pound figures with
inflation, Ramadan and Christmas menus, delivery commission rates, tickers, company numbers, promo codes, hashtags,
survey samples, interview codes and CIM task references.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, a point that fits {B}'s position in {city}.",
    "{N} reports that {C}.",
    "{N} showed that {C}, although the sample was drawn from city-centre sites only.",
    "{N} suggests that {C}.",
    "{N} noted that {C}, which matters for a chain the size of {B}.",
    "{N} concluded that {C}.",
    "{N} observed that {C} during the cost-of-living squeeze.",
    "{N} makes the case that {C}.",
    "{N} describes how {C}.",
    "{N} found a similar pattern among franchisees: {C}.",
    "{N} claims that {C}, though this is disputed by operators.",
]  # fmt: skip
NARRATIVE_MID = [
    "For a bakery chain like {B}, {N} argues that {C}.",
    "In the Turkish market, {N} found that {C}.",
    "Looking at Greek and Cypriot coffee chains, {N} reported that {C}.",
    "As {N} points out, {C}.",
    "This is supported by {N}, who found that {C}.",
    "{O} {N} suggests that {C}.",
    "However, {N} warns that {C}.",
    "The franchise team relied on the work of {N} to argue that {C}.",
    "According to {N}, {C}.",
    "A more cautious view comes from {N}, who notes that {C}.",
    "When the loyalty app was redesigned, the brief drew on {N}, who showed that {C}.",
    "In line with {N}, the marketing plan assumes that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of cafés in {city} found that {C}.",
    "{N} survey of franchisees suggests that {C}.",
    "Building on {N} framework, the plan assumes that {C}.",
    "{N} findings show that {C}.",
    "According to {N} analysis, {C}.",
    "{N} report makes clear that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "Research on quick-service chains shows that {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "In the UK eating-out market, {C} {P}.",
    "Evidence from Istanbul and Athens suggests that {C} {P}.",
    "{O} {C} {P}.",
    "For coffee-shop chains in particular, {C} {P}.",
    "Several studies agree that {C} {P:see}.",
    "Operators increasingly accept that {C} {P:e.g.}.",
    "This matters because {C} {P}.",
    "The literature on hospitality loyalty is clear that {C} {P}.",
    "Across Cyprus, {C} {P}.",
    "Franchise partners are told that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "It has been argued {P} that {C}.",
    "Recent trade data {P} show that {C}.",
    "Studies of delivery platforms {P} suggest that {C}.",
    "The view that {C} {P} shaped the new menu strategy for {B}.",
    "Evidence from loyalty schemes {P:see} indicates that {C}.",
    "Although {C} {P}, the franchise team remained cautious.",
    "Sector reports {P} agree that {C}, especially in {city}.",
    "Work on menu labelling {P:e.g.} suggests that {C}.",
    "The claim that {C} {P} is central to the recommendation below.",
]  # fmt: skip
CLAIMS = [
    "loyalty apps raise visit frequency more than paper stamp cards ever did",
    "limited-time offers create urgency that lifts footfall for a few weeks only",
    "delivery commission squeezes margins for independent and franchised outlets alike",
    "calorie labels nudge some diners towards lower-calorie choices but leave most orders unchanged",
    "a visible food-hygiene rating reassures first-time customers",
    "customers in high-inflation markets trade down rather than stop eating out",
    "menu engineering can raise average spend without raising headline prices",
    "franchisees adopt central marketing campaigns faster when they share in the data",
    "Ramadan menus are most successful when they respect the timing of iftar",
    "festive menus drive bookings for groups that would otherwise stay at home",
    "online reviews shape where tourists eat more than any printed guide",
    "personalised push notifications outperform generic offers in a loyalty app",
    "clear allergen information builds trust with parents of allergic children",
    "coffee-shop customers value speed of service in the morning and comfort in the afternoon",
    "Instagram content that shows the kitchen feels more authentic than polished studio shots",
    "dark kitchens extend a brand's reach without the cost of a high-street lease",
    "price rises are accepted more readily when portion and quality are visibly maintained",
    "meze and sharing plates encourage longer visits and higher spend per table",
    "service recovery after a delivery error matters more than the error itself",
    "a strong local heritage story protects a chain against global entrants",
    "staff who understand the loyalty scheme enrol far more customers at the till",
    "Generation Z diners expect to order and pay through an app",
    "bakery-café formats win commuters through consistency rather than novelty",
    "plant-based menu items attract curious trialists but struggle to win repeat purchase",
    "franchise agreements work best when marketing fees are spent transparently",
    "the aggregator apps own the customer relationship unless the brand builds its own channel",
    "discounting through delivery platforms trains customers to wait for the next deal",
    "awards and rosettes matter more to special-occasion diners than to everyday customers",
    "sustainability claims on menus are trusted only when they are specific",
    "word of mouth among students spreads fastest through group chats",
]  # fmt: skip
OPENERS = [
    "In the context of {B},",
    "For the Izmir franchise,",
    "Turning to the delivery channel,",
    "From a loyalty perspective,",
    "For the Athens flagship,",
    "In practical terms,",
    "Seen from the franchisee's side,",
    "Applied to the Cyprus market,",
    "With menu prices rising,",
    "For the UK estate,",
]  # fmt: skip
PLAIN = [
    "The rest of this section applies these ideas to the franchise network.",
    "This has clear implications for how the loyalty app is promoted in store.",
    "The recommendations below are costed in the appendix.",
    "Each option was discussed with the operations team before it was included.",
    "The next part of the report looks at the delivery channel in more detail.",
    "Store managers were asked for their views informally during area meetings.",
    "The brand team agreed that the launch needs a clearer message for families.",
    "These points are developed further in the campaign plan.",
    "Franchise partners will need support to deliver this consistently.",
    "This section closes with a summary of the main risks.",
    "The menu team will review the results after the first month.",
    "None of these changes require new kitchen equipment.",
    "Customer feedback from the app will be used to judge success.",
    "This is a realistic target given the size of the estate.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} argues that {Q}.",
    "As one hospitality scholar puts it, {Q} {P}.",
    "{N} is blunt: {Q}.",
    "The point is made directly in the literature: {Q} {P}.",
    "{Q} {P}.",
    "In the words of {N}, {Q}.",
    "One franchise study concludes that {Q} {P}.",
    "{N} put it simply when writing that {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘Instagrammable’",
    "'fakeaway'",
    "“treat culture”",
    "‘dark kitchens’",
    "'shrinkflation'",
    "“third place”",
    "‘meal deal’",
    "'value'",
    "“premiumisation”",
    "‘authentic’",
    "'Gen Z-friendly'",
    "“little luxuries”",
]  # fmt: skip
SCARE_FRAMES = [
    "Many chains now promise {Q} experiences {P}.",
    "{N} questions what {Q} really means to diners.",
    "The rise of {Q} in the sector has been widely discussed {P}.",
    "So-called {Q} offers now dominate the delivery apps {P}.",
    "{N} treats {Q} as a marketing label rather than a product feature.",
    "Critics see {Q} as little more than a slogan {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Your free coffee is waiting ☕”",
    "‘Iftar is served – book your table’",
    "'Double stamps this weekend only'",
    "“We’ve missed you – here’s 20% off”",
    "‘New: the pistachio range is back’",
    "'Your festive table for six is confirmed'",
    "“Happy birthday! A treat on us”",
    "‘Free delivery on orders over £15’",
    "'Kahvaltı for two this Sunday?'",
    "“Ready in 10 minutes: your order is being prepared”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "Push notifications such as {Q} lifted app opens {P}.",
    "An email with the subject line {Q} performed well, which is consistent with {N}.",
    "Messages like {Q} work because they feel personal {P}.",
    "{N} would classify a message such as {Q} as a reactivation prompt.",
    "The campaign tested {Q} against a plain reminder {P}.",
]  # fmt: skip

# Text with capitals, years, brackets or quotation marks that cites nothing, as these writers put it in reports.
NOT_CITATIONS: dict[str, list[str]] = {
    "menu-launch-date": [
        "The {dish} launched on {day} {mon} {yr} across {store} stores and sold out in the first week.",
        "{B} added the {dish} to the menu in {mon} {yr} (initially in {city} only).",
        "The spring menu went live on {day} {mon} {yr}, a week later than planned because of supplier delays.",
    ],
    "limited-time-offer": [
        "The {dish} LTO (available until {day} {mon} {yr2}) was promoted in store and on the app.",
        "Limited-time offers (LTOs) ran for six weeks each in {yr}: Spring, Summer, Autumn and Festive.",
        "The '{dish}' returned for a limited time only (while stocks last) in {mon} {yr}.",
    ],
    "app-version": [
        "Version {ver} of the app (released {mon} {yr}) added order-ahead and digital stamps.",
        "The Rewards app moved from v{ver} to v{ver2} in {yr}, with a new tier structure.",
        "Since the {yr} update (iOS and Android), the app has averaged a {rating} store rating.",
    ],
    "franchise-agreement": [
        "The Master Franchise Agreement (MFA) signed in {yr} gives the partner exclusive rights in {country} until {yr3}.",
        "Under the Development Agreement ({yr}), the franchisee must open {store} units within ten years.",
        "Franchise fees are set at {pct}% of net sales (Royalty) plus 4% (Marketing Fund).",
    ],
    "store-openings": [
        "Store openings by year: {yr} ({store}), {yr2} ({store2}).",
        "{B} opened its first drive-thru in {yr} and its 100th store in {yr2}.",
        "The estate grew from {store} sites (December {yr}) to {store2} sites (December {yr2}).",
    ],
    "hygiene-rating": [
        "Every site holds a Food Hygiene Rating of 5 (Very Good), displayed in the window and on the app.",
        "One franchise outlet in {city} dropped to a rating of {fhrs} (Improvement Necessary) in {mon} {yr}.",
        "The FHRS sticker (Food Standards Agency scheme) is now a selling point in the delivery listings.",
    ],
    "calorie-labelling": [
        "Since April 2022, businesses with 250 or more employees must show kilocalories (kcal) on menus in England.",
        "The {dish} carries {kcal} kcal per serving (adults need around 2,000 kcal a day).",
        "Calorie labelling became mandatory for large out-of-home businesses in England (6 April 2022).",
    ],
    "allergen-law": [
        "Natasha's Law (in force from 1 October 2021) requires full ingredient labelling on prepacked for direct sale (PPDS) food.",
        "The 14 major allergens (including Celery, Lupin and Sulphites) are listed on every menu card.",
        "Since October 2021, PPDS items such as sandwiches made on site must carry a full ingredients list.",
    ],
    "awards-michelin-aa": [
        "The restaurant held one Michelin star ({yr}–{yr2}) and two AA Rosettes ({yr}).",
        "The Athens flagship was listed as a Bib Gourmand in the Michelin Guide Greece {yr2}.",
        "Three AA Rosettes were awarded in {yr}, and the team retained them in {yr2}.",
    ],
    "lira-inflation": [
        "The price of a simit rose from ₺{lira} to ₺{lira2} between {mon} {yr} and {mon} {yr2}.",
        "Annual consumer inflation in Türkiye (TÜİK data) peaked at 85.5% in October 2022.",
        "Menu prices at the Ankara stores were raised three times in {yr} (February, June and October).",
    ],
    "euro-prices": [
        "A freddo espresso in Athens cost €{eur} in {yr} and €{eur2} by {yr2}.",
        "Average spend per head in Limassol was €{eur2} (lunch) and €{spend} (dinner) in {yr}.",
        "The Cyprus menu was repriced in euros (EUR) with rounding to the nearest €0.10.",
    ],
    "pound-prices": [
        "The meal deal rose from £{gbp} to £{gbp2} in {mon} {yr}, still below the main competitors.",
        "Average transaction value (ATV) reached £{gbp2} in Q{q} {yr}.",
        "Coffee prices were held at £{gbp} in {yr} while costs rose by {pct}%.",
    ],
    "ramadan-menu": [
        "The Iftar Menu ({mon} {yr}) was served from sunset, with Sahur boxes available from 02:00.",
        "During Ramazan {yr}, the Istanbul stores stayed open until 03:00 for sahur.",
        "The Ramadan campaign (Ramazan Sofrası) ran in all {store} Turkish stores in {yr}.",
    ],
    "christmas-menu": [
        "The Festive Menu {yr} (three courses, £{gbp2}) was available from {day} November to 24 December.",
        "The Christmas range launched on {day} November {yr}, with the {dish} as the hero product.",
        "Vasilopita (New Year's cake) was sold in all Greek stores from 15 December {yr} to 6 January {yr2}.",
    ],
    "delivery-commission": [
        "Commission rates were around {pct}% on Deliveroo and up to 35% on Uber Eats in {yr}.",
        "Yemeksepeti and Getir charged between 20% and 30% commission (before VAT) in {yr}.",
        "The Wolt partnership in Cyprus ({yr}) cut the commission to {pct}% for orders in Nicosia.",
    ],
    "ticker-symbol": [
        "Greggs plc (LSE: GRG) and Whitbread PLC (LSE: WTB) both reported to the market in {mon} {yr}.",
        "TAB Gıda (BIST: TABGD) listed on Borsa Istanbul in April 2023.",
        "Yum! Brands (NYSE: YUM) and Domino's Pizza Group (LSE: DOM) are both listed.",
    ],
    "financial-year": [
        "In FY{yy} (52 weeks to {day} December {yr}), like-for-like sales rose {pct}%.",
        "The group's H1 {yr} results (26 weeks to June) showed a {pct}% rise in revenue.",
        "For 2023/24 (year to 29 February 2024), revenue passed £2.9bn.",
    ],
    "company-number": [
        "The franchise company is registered in England and Wales (Company No. {compno}).",
        "Registered office: {city} (VAT No. GB {vat}).",
        "The Cyprus entity (HE {compno2}) is a subsidiary of the Greek group.",
    ],
    "hashtag-handle": [
        "The campaign used #{tag} and tagged @{handle} in every post.",
        "Posts under #{tag} reached {reach} accounts in {mon} {yr}.",
        "Followers of @{handle} grew by {pct}% after the {mon} {yr} launch.",
    ],
    "promo-code": [
        "Customers used the code {code} (valid until {day} {mon} {yr}) at checkout.",
        "The voucher code {code} was redeemed {n} times in the first week.",
        "A code ({code}) gave 20% off app orders over £15 (T&Cs apply).",
    ],
    "opening-hours": [
        "Stores open 07:00–22:00 (Fri–Sat until 00:00) and close at 18:00 on Christmas Eve.",
        "The drive-thru in {city} trades 24/7 (24 hours, seven days a week).",
        "Kitchen hours were cut to 11:00–21:00 (Mon–Thu) during {mon} {yr}.",
    ],
    "site-address": [
        "The new store is at Unit {unitno}, Westfield Stratford City (E20 1EJ).",
        "The flagship opened at Ermou {unitno}, Athens (105 63) in {yr}.",
        "The Izmir kitchen is in Alsancak (Kıbrıs Şehitleri Cd. No: {unitno}).",
    ],
    "cim-task": [
        "This report answers Task {q} (AC {q}.1 and {q}.2) of the CIM Level 4 Certificate in Professional Marketing.",
        "As required by the brief (Unit {cimunit}), the organisation is anonymised where necessary.",
        "Word count: {words} (excluding appendices and reference list).",
    ],
    "survey-sample": [
        "The online survey (n = {n}; {pct}% female) ran from {day} {mon} to {day2} {mon} {yr}.",
        "Fieldwork took place in {city} and {city2} ({mon} {yr}), with {n} valid responses.",
        "Respondents were aged 18–34 (Generation Z and young Millennials) and used the app at least monthly.",
    ],
    "interview-code": [
        "Franchisee F{q} (Izmir, interviewed {mon} {yr}) described the royalty as fair.",
        "Store Manager SM{q} ({city}) said the app slowed down the morning queue.",
        "Interviewee P{q} (Area Manager, Greece) preferred printed menus.",
    ],
    "quarterly-results": [
        "Like-for-like (LFL) sales grew {pct}% in Q{q} {yr}, ahead of the market.",
        "Q{q} {yr} trading (13 weeks) was affected by the wet summer and rail strikes.",
        "Digital sales reached {pct}% of total sales in H2 {yr}.",
    ],
    "industry-awards": [
        "{B} was named Best Coffee Chain at the Café Society Awards {yr}.",
        "The app won Best Loyalty Programme (Restaurant Marketer & Innovator Awards {yr2}).",
        "The Cyprus stores were Highly Commended in the Tourism Awards {yr}.",
    ],
    "slogan-tagline": [
        "Its tagline 'Baked fresh every morning' (introduced in {yr}) is printed on every bag.",
        "The Turkish slogan “Bir simit, bir çay” (a simit and a tea) is used on the delivery packaging.",
        "The line ‘Made for sharing’ replaced the older ‘Taste of the Mediterranean’ in {yr}.",
    ],
    "kcal-menu-item": [
        "The Sausage Roll (328 kcal) and the Vegan Sausage Roll (311 kcal) sit side by side on the board.",
        "The {dish} ({kcal} kcal) outsold the lighter option ({kcal2} kcal) two to one.",
        "Each wrap is labelled with its calories (e.g. {kcal} kcal) and allergens.",
    ],
    "dietary-codes": [
        "Menu symbols are (V) vegetarian, (VG) vegan and (GF) gluten-free.",
        "The halloumi salad (V) and the lentil soup (VG, GF) were the best-selling lunch items.",
        "Dishes marked (N) contain nuts; those marked (H) are halal-certified.",
    ],
    "vat-rate": [
        "VAT on hospitality was cut to 5% (15 July 2020 to 30 September 2021) and then 12.5% until 31 March 2022.",
        "In Greece, VAT on restaurant food stayed at 13% (reduced rate) in {yr}.",
        "Türkiye raised VAT on many goods from 18% to 20% in July 2023.",
    ],
    "minimum-wage": [
        "The net minimum wage in Türkiye rose to ₺17,002 (January 2024).",
        "The National Living Wage rose to £11.44 (April 2024) and £12.21 (April 2025).",
        "Cyprus introduced a national minimum wage of €900 (€885 net of contributions) in January 2023.",
    ],
    "statistics-release": [
        "TÜİK's consumer price release for {mon} {yr} showed restaurant and hotel prices up {pct}%.",
        "ELSTAT tourism figures for {yr} put arrivals at a record high.",
        "The CYSTAT bulletin (Tourism, {mon} {yr}) reported {pct}% more arrivals than in {mon} {yr0}.",
    ],
    "pandemic-dates": [
        "Restaurants in England closed on 20 March 2020 and reopened indoors on 17 May 2021.",
        "Eat Out to Help Out (August 2020) gave 50% off meals from Monday to Wednesday.",
        "Greek restaurants reopened outdoor seating on 3 May 2021 after six months of closure.",
    ],
    "store-formats": [
        "Formats include Drive-Thru (DT), Food-on-the-Move (FOTM) and Delivery-Only Kitchens (DOK).",
        "The Express format (under 80 sq m) suits stations and airports.",
        "Three formats are planned for Greece: Flagship, Standard and Kiosk (Metro stations).",
    ],
    "social-metrics": [
        "Reels posted between January and March {yr} reached {reach} accounts (organic).",
        "The TikTok video (posted {day} {mon} {yr}) had {reach} views in 48 hours.",
        "Engagement rate on Instagram was {rate}% (Q{q} {yr}) against a sector average of 1.2%.",
    ],
    "figure-table": [
        "Figure {q} (below) shows the customer journey from app download to redemption.",
        "Table {q} summarises the SWOT analysis (see Appendix {appx}).",
        "The full competitor map is in Appendix {appx} (Figure {q}).",
    ],
    "nps-scores": [
        "Net Promoter Score (NPS) rose from +{nps} (Q1) to +{nps2} (Q4) in {yr}.",
        "The Athens stores scored {nps2} on NPS in {yr}, against {nps} for the UK estate.",
        "Customer satisfaction (CSAT) stayed above 85% throughout {yr}.",
    ],
    "sponsorship": [
        "{B} is the Official Coffee Partner of the {city} Marathon ({yr}–{yr3}).",
        "The brand sponsored the Süper Lig club's matchday kiosks in the {yr}/{yy2} season.",
        "A three-year shirt sponsorship ({yr}–{yr3}) was signed with a Cypriot First Division club.",
    ],
    "calendar-events": [
        "Sales peaked on World Coffee Day (1 October) and on Clean Monday (Kathara Deftera).",
        "Kurban Bayramı and Ramazan Bayramı move about eleven days earlier each year.",
        "Orthodox Easter (Pascha) fell on {day} {spring} in {yr}, a week after Western Easter.",
    ],
    "founding-history": [
        "The brand was founded in {yrold} and opened its first franchise in {yr}.",
        "Simit Sarayı (est. 2002) now trades in more than 15 countries.",
        "The group began as a single bakery (Newcastle, 1939) and listed on the stock exchange in 1984.",
    ],
    "local-terms": [
        "The menu keeps Turkish names with English glosses, such as kahvaltı (breakfast) and pide (flatbread).",
        "Koulouri (a sesame bread ring) and bougatsa (custard pie) are the Thessaloniki best-sellers.",
        "Halloumi (Cyprus PDO since 2021) features in four of the five new dishes.",
    ],
    "exchange-rates": [
        "All lira figures are converted at £1 = ₺{fx} (rate on {day} {mon} {yr}).",
        "Figures in euros were converted at €1 = £0.{fxeur} (average for {yr}).",
        "The dollar rate (USD/TRY) more than doubled between {yr0} and {yr}.",
    ],
    "loyalty-tiers": [
        "The scheme has three tiers: Green (0–9 visits), Gold (10+ visits) and Platinum (25+ visits).",
        "Members earn one Bean per £1 spent (two on Tuesdays) and redeem 150 Beans for a free drink.",
        "The {yr} relaunch (Rewards 2.0) removed the paper card entirely.",
    ],
    "review-ratings": [
        "The {city} store averages {rating} stars on Google ({n} reviews) and 4.5 on Tripadvisor.",
        "Delivery ratings (Uber Eats, {mon} {yr}) averaged {rating} out of 5.",
        "Ratings on Yemeksepeti fell to {rating} (out of 5) during the {yr} heatwave.",
    ],
    "country-counts": [
        "Stores by country at year end: Türkiye ({store}), Greece ({store2}) and Cyprus ({cystores}).",
        "The group trades in the UK ({store}), Ireland (38) and the Netherlands (12).",
        "Franchised stores make up {pct}% of the estate (company-owned: {store}).",
    ],
    "job-titles": [
        "The Chief Marketing Officer (CMO) and the Head of Loyalty (UK & I) approved the brief.",
        "The Franchise Business Manager (FBM) for Cyprus visits every store quarterly.",
        "The Brand Manager (Greece) reports to the Regional Marketing Director (EMEA).",
    ],
    "legislation-names": [
        "The Employment (Allocation of Tips) Act 2023 came into force on 1 October 2024.",
        "The Calorie Labelling (Out of Home Sector) (England) Regulations 2021 apply to businesses with 250 or more staff.",
        "Obligations under the Licensing Act 2003 cover late-night refreshment after 23:00.",
    ],
    "price-list": [
        "Prices: Espresso £{gbp} | Latte £{gbp2} | Pastry (any) £{gbp3}.",
        "The kids' menu (under-12s) costs ₺{lira} and includes a drink.",
        "Set lunch: two courses €{eur2}, three courses €{spend} (Mon–Fri, 12:00–15:00).",
    ],
}  # fmt: skip

BRANDS = ["Greggs", "Costa Coffee", "Pret A Manger", "Nando's", "Domino's", "Burger King", "KFC", "McDonald's",
          "Wagamama", "Leon", "Gail's", "Caffè Nero", "Starbucks", "Simit Sarayı", "Kahve Dünyası", "Big Chefs",
          "Köfteci Yusuf", "Popeyes", "Mado", "Everest", "Goody's Burger House", "Mikel Coffee", "Coffee Island",
          "Grigoris", "Flocafé", "Zorbas", "Five Guys", "Itsu", "Wingstop", "Tim Hortons", "Pizza Hut",
          "Wetherspoon", "Pizza Express", "Tortilla", "Krispy Kreme", "Arabica Coffee", "Espresso House"]  # fmt: skip

_DISHES = ["Pistachio Latte", "Iftar Box", "Festive Bake", "Souvlaki Wrap", "Halloumi Fries", "Tahini Cookie",
           "Kunefe Croissant", "Freddo Cappuccino", "Spiced Apple Bun", "Lahmacun Melt", "Loukoumades Pot",
           "Turkish Eggs Bowl", "Gingerbread Latte", "Feta & Olive Twist", "Chicken Gyros Box", "Simit Toastie",
           "Mince Pie Frappé", "Kataifi Cheesecake"]  # fmt: skip
_CITIES = ["Istanbul", "Izmir", "Ankara", "Athens", "Thessaloniki", "Nicosia", "Limassol", "Larnaca", "Paphos",
           "Manchester", "Leeds", "Glasgow", "Birmingham", "London", "Bursa", "Antalya", "Patras", "Heraklion"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_TAGS = ["IftarTime", "RamazanSofrası", "FreddoSeason", "GreggsVegan", "KahvaltıKeyfi", "PistachioIsBack",
         "FestiveMenu", "EatLocalCyprus", "MezeNight", "AppOnlyDeals"]  # fmt: skip
_HANDLES = ["simitsarayi", "kahvedunyasi", "coffeeisland_gr", "mikelcoffee", "greggs_official", "nandosuk",
            "everest.gr", "bigchefs", "dominos_uk", "goodys_gr"]  # fmt: skip
_CODES = ["IFTAR25", "FREDDO2", "WELCOME10", "XMAS24", "KAHVALTI", "FIRSTORDER", "APPONLY", "MEZE4TWO"]
_COUNTRIES = ["Türkiye", "Greece", "Cyprus", "Northern Cyprus", "Azerbaijan", "Georgia", "Bulgaria"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source."""
    yr = rng.randint(2016, 2025)
    store = rng.randint(12, 900)
    gbp = rng.randint(150, 690)
    eur = rng.randint(180, 520)
    lira = rng.randint(15, 480)
    kcal = rng.randint(180, 1250)
    nps = rng.randint(12, 40)
    major = rng.randint(2, 7)
    return {
        "yr": str(yr), "yr2": str(yr + 1), "yr3": str(yr + rng.randint(3, 10)), "yr0": str(yr - rng.randint(2, 5)),
        "yy": str(yr)[2:], "yy2": str(yr + 1)[2:], "yrold": str(rng.randint(1939, 1999)),
        "city": rng.choice(_CITIES), "city2": rng.choice(_CITIES), "country": rng.choice(_COUNTRIES),
        "mon": rng.choice(_MONTHS), "day": str(rng.randint(1, 28)), "day2": str(rng.randint(1, 28)),
        "spring": rng.choice(["April", "May"]), "dish": rng.choice(_DISHES),
        "store": str(store), "store2": str(store + rng.randint(5, 120)), "cystores": str(rng.randint(3, 40)),
        "pct": str(rng.randint(2, 45)), "rate": f"{rng.randint(1, 9)}.{rng.randint(0, 9)}",
        "gbp": f"{gbp // 100}.{gbp % 100:02d}", "gbp2": f"{(gbp + 85) // 100}.{(gbp + 85) % 100:02d}",
        "gbp3": f"{(gbp + 40) // 100}.{(gbp + 40) % 100:02d}",
        "eur": f"{eur // 100}.{eur % 100:02d}", "eur2": f"{(eur + 900) // 100}.{(eur + 900) % 100:02d}",
        "spend": str(rng.randint(24, 75)), "lira": str(lira), "lira2": str(lira + rng.randint(10, 400)),
        "fx": f"{rng.randint(18, 55)}.{rng.randint(10, 99)}", "fxeur": str(rng.randint(83, 89)),
        "kcal": str(kcal), "kcal2": str(max(120, kcal - rng.randint(80, 300))),
        "ver": f"{major}.{rng.randint(0, 12)}", "ver2": f"{major + 1}.0", "rating": f"4.{rng.randint(0, 8)}",
        "fhrs": str(rng.randint(1, 3)), "compno": f"{rng.randint(1000000, 9999999):08d}",
        "compno2": str(rng.randint(100000, 450000)), "vat": f"{rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}",
        "tag": rng.choice(_TAGS), "handle": rng.choice(_HANDLES), "code": rng.choice(_CODES),
        "reach": f"{rng.randint(12, 980)},{rng.randint(100, 999)}", "unitno": str(rng.randint(1, 180)),
        "cimunit": rng.choice(["4CMC", "5DIG", "6SMK", "7MKS", "4MCR", "6DMS"]), "words": f"{rng.randint(2, 4)},{rng.randint(100, 999)}",
        "appx": rng.choice("ABCDE"), "nps": str(nps), "nps2": str(nps + rng.randint(3, 20)),
    }  # fmt: skip
