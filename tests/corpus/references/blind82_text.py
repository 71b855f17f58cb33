"""Prose for the eighty-second held-out pool, "blind82": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-second
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade,
CRM, digital, destination and communications marketers in Ireland, Scotland and Wales write CIM Level 6 and 7
reports and MBA assignments in English: at food and drink makers, distilleries and breweries, dairy co-operatives,
banks, credit unions and insurers, grocery chains, tourism boards, the GAA, rugby and football bodies, Irish- and
Welsh-language broadcasters and public bodies in Dublin, Cork, Galway, Limerick, Belfast, Glasgow, Edinburgh,
Aberdeen, Inverness, Cardiff, Swansea and Bangor. They write: Acts and statutory instruments by name, number and
year, ASAI and ASA rulings and DPC decisions by reference, CSO, NISRA, Scottish Government and StatsWales figures,
St Patrick's Day, Seachtain na Gaeilge, Hogmanay, Burns Night, St Andrew's Day, Dydd Gŵyl Dewi, Eisteddfod, Fringe,
Six Nations, All-Ireland, Christmas and back-to-school campaigns, euro and sterling figures, company numbers and
tickers, ABV and pack sizes, scores and fixtures, Irish, Gaelic and Welsh words glossed in brackets, hashtags and
promo codes, appendix and figure labels, interview codes from their own primary research.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}.",
    "{N} shows that {C}, which matters for {B}.",
    "{N} makes the case that {C}.",
    "{N} reports that {C} in the Irish market.",
    "{N} observes that {C}, a point echoed by the client team at {B}.",
    "{N} suggests that {C}.",
    "{N} concludes that {C}, although the sample was small.",
    "{N} notes that {C} among {A}.",
    "{N} identifies a similar pattern: {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "As {N} points out, {C}.",
    "According to {N}, {C}.",
    "For {B}, the evidence from {N} is that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "{O} {N} found that {C}.",
    "Building on the work of {N}, this report accepts that {C}.",
    "The research by {N} indicates that {C}, and {B} should take note.",
    "In a study of {A}, {N} concluded that {C}.",
    "Applied to {B}, the model set out by {N} implies that {C}.",
    "Similarly, {N} argues that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of {A} found that {C}.",
    "{N} framework is used here because {C}.",
    "{N} survey of Irish and Scottish shoppers suggests that {C}.",
    "{N} findings support the view that {C}.",
    "{N} work on small-nation brands shows that {C}.",
    "Using {N} model, it is clear that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "For {B}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "Evidence from the Irish and Scottish markets suggests that {C} {P}.",
    "There is good reason to think that {C} {P}.",
    "{C}, particularly among {A} {P}.",
    "Recent research confirms that {C} {P}.",
    "{C}; this is as true in Cardiff as in Cork {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} should act now.",
    "It has been shown that {C} {P}, although results vary by region.",
    "{O} {C} {P}, and the same holds for {A}.",
    "Because {C} {P}, the plan puts {T} first.",
    "While {C} {P}, the picture in Wales is less clear.",
    "{C} {P:see}, so the campaign leans on provenance.",
    "Provenance matters: {C} {P}, and {B} is well placed to use it.",
    "The literature agrees that {C} {P}; the question for {B} is how far to go.",
]  # fmt: skip

CLAIMS = [
    "provenance cues raise willingness to pay among {A}",
    "origin labels such as Origin Green strengthen trust in Irish dairy abroad",
    "loyalty schemes lift {R} more in grocery than in banking",
    "sponsorship of Gaelic games builds local goodwill that national advertising cannot buy",
    "bilingual packaging signals authenticity to Welsh-speaking households",
    "whiskey tourism extends the brand well beyond the distillery visit",
    "minimum unit pricing has shifted spirits buyers towards premium brands",
    "credit unions win on trust but lose younger members to app-first banks",
    "destination campaigns work best when they are built around a single story",
    "heritage brands such as {B} can be revived through nostalgia without losing {A}",
    "{T} drives {R} among {A}",
    "Irish-language content reaches audiences that English-language channels miss",
    "Six Nations sponsorship delivers awareness but not always consideration",
    "low- and no-alcohol lines are growing faster than the beer category as a whole",
    "own-label ranges have eroded brand loyalty in Irish grocery since the cost-of-living crisis",
    "festival tie-ins give small food producers a route to national retailers",
    "trust in banks in Ireland has not recovered fully since 2008",
    "community ownership is a credible brand asset for co-operatives",
    "rural tourism depends heavily on word of mouth and online reviews",
    "Gaelic-medium broadcasting raises the visibility of the language among younger viewers",
    "sustainability claims in food marketing are treated with growing scepticism by {A}",
    "place branding succeeds when local businesses are involved from the start",
    "price promotions at Christmas pull forward demand rather than create it",
    "social media campaigns for sports bodies generate reach more easily than ticket sales",
    "consumers in Scotland and Wales prefer brands that show local roots",
    "{B} could grow {R} by targeting {A} with {T}",
]  # fmt: skip

OPENERS = [
    "In the Irish grocery market,",
    "For a Scottish drinks brand,",
    "In Wales,",
    "Across the island of Ireland,",
    "Since the pandemic,",
    "In the context of the cost-of-living crisis,",
    "For tourism bodies,",
    "In financial services,",
    "Within the dairy sector,",
    "For a bilingual brand,",
]  # fmt: skip

PLAIN = [
    "The following section applies these ideas to {B}.",
    "This matters because the Irish market is small and highly concentrated.",
    "The client team at {B} agreed to share internal sales data for this report.",
    "Figure 3 summarises the options considered.",
    "The recommendations below are costed in Appendix 2.",
    "Three segments stand out from the research.",
    "The remainder of this report is structured around the marketing mix.",
    "These findings were discussed with the brand manager before the plan was finalised.",
    "Budget constraints mean that not every option can be pursued at once.",
    "The table in Appendix 4 sets out the timings for each activity.",
    "It is worth noting that the market in Northern Ireland behaves differently.",
    "Primary research was carried out with {n} customers in March and April.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} puts it plainly: {Q}.",
    "As one study concludes, {Q} {P}.",
    "{Q} {P}.",
    "The point is well made that {Q} {P}.",
    "{N} writes that {Q}, and this applies directly to {B}.",
    "In the words of {N}, {Q}.",
    "It has been argued that {Q} {P}, which is a challenge for {B}.",
]  # fmt: skip

SCARE_QUOTES = [
    "“craic”", "‘authentic’", "“premiumisation”", "‘local’", "“Irishness”", "‘heritage’", "“green”",
    "'céad míle fáilte'", "\"farm to fork\"", "“cwtch”", "‘sense of place’", "“sláinte”", "‘a wee treat’",
]  # fmt: skip

SCARE_FRAMES = [
    "{B} trades heavily on {Q} {P}.",
    "The brand's use of {Q} is not unusual in the sector {P}.",
    "{N} warns that words like {Q} lose their meaning when every brand uses them.",
    "Much of the campaign rests on the idea of {Q} {P}.",
    "Claims to be {Q} are now common in food marketing {P}.",
]  # fmt: skip

SUBJECT_LINES = [
    "“Your Hogmanay hamper is waiting”", "“Last chance: St Patrick's Day offers end tonight”",
    "‘Dydd Gŵyl Dewi Hapus from all of us’", "“Back to school, sorted”", "'Your {Y} rewards are here'",
    "“Burns Night supper for four, €25”", "\"Don't miss the All-Ireland final\"", "“Nollaig Shona from {B}”",
    "‘Switch in 10 minutes, no paperwork’", "“Six Nations weekend deals inside”",
]  # fmt: skip

SUBJECT_FRAMES = [
    "The email subject line {Q} achieved the highest open rate {P}.",
    "A push notification reading {Q} is proposed, in line with best practice {P}.",
    "{N} recommends short, seasonal subject lines such as {Q}.",
    "Test subject lines such as {Q} against a control, as advised {P}.",
]  # fmt: skip

# Text with capitals, years, brackets or quotation marks that cites nothing.
NOT_CITATIONS = {
    "act-with-section": [
        "Section 14 of the Public Health (Alcohol) Act 2018 restricts where alcohol can be advertised.",
        "Under the Consumer Protection Act 2007 (s. 43), misleading claims can lead to prosecution.",
        "The Alcohol (Minimum Pricing) (Scotland) Act 2012 set the floor at 50p a unit, since raised to 65p.",
    ],
    "statutory-instrument": [
        "The rules are set out in S.I. No. {n}/{Y} and apply to all retailers in the State.",
        "Regulation 5 of S.I. No. 336 of 2011 deals with the consent needed for marketing emails.",
    ],
    "language-law": [
        "The Official Languages Act 2003 (as amended in 2021) requires public bodies to advertise partly in Irish.",
        "Under the Welsh Language (Wales) Measure 2011, {B} must meet Standards 1 to 12 when it communicates.",
        "The Gaelic Language (Scotland) Act 2005 gave Bòrd na Gàidhlig its statutory footing.",
    ],
    "asai-ruling": [
        "The ASAI upheld a complaint against a similar advert in {Y} (Complaint Ref. {n}/{Y2}).",
        "An ASA ruling on a Scottish gin brand (Ruling A{Y2}-{n}) shows how far heritage claims can go.",
    ],
    "dpc-decision": [
        "The DPC's decision (IN-{Y2}-{n}) against a retailer is a warning on email consent.",
        "In {Y2} the Data Protection Commission fined a bank over its direct-marketing calls (Inquiry IN-{Y2}-{q}-{n}).",
    ],
    "statistics-release": [
        "CSO figures for Q{q} {Y2} put the number of overseas visitors at {n},000.",
        "StatsWales table TOUR{n} shows the same seasonal pattern in Gwynedd and Conwy.",
        "NISRA's Labour Force Survey (July–September {Y2}) shows employment at a record high.",
    ],
    "euro-figure": [
        "The campaign has a budget of €{n},000 (ex. VAT) for {Y2}.",
        "Revenue rose to €{n}m in {Y2} (up {q}.{d}% on the year before).",
    ],
    "sterling-figure": [
        "Scottish whisky exports were worth £{n}m in {Y2} (Q1 to Q3 only).",
        "The sponsorship costs £{n},000 a season (three-year term).",
    ],
    "festival-date": [
        "Seachtain na Gaeilge runs from 1 to 17 March, ending on St Patrick's Day.",
        "Burns Night (25 January) and St Andrew's Day (30 November) bracket the Scottish winter calendar.",
        "Dydd Gŵyl Dewi (1 March) is the obvious launch date for the Welsh range.",
    ],
    "events-calendar": [
        "The Fringe (August {Y2}) and Hogmanay (31 December) are the two peaks for Edinburgh hotels.",
        "The National Eisteddfod ({Place}, August {Y2}) draws over 150,000 visitors.",
    ],
    "sport-fixture": [
        "The Six Nations match against Wales (Aviva Stadium, {d} February) sold out within hours.",
        "The All-Ireland final (Croke Park, July {Y2}) attracted a TV audience of over a million.",
        "Scotland's Autumn Nations Series fixtures (November {Y2}) are the sponsor's main window.",
    ],
    "sport-score": [
        "Kerry beat Galway by 1-13 to 0-15 in the {Y2} final, a result the sponsor celebrated on social media.",
        "Wales lost 21-20 (Principality Stadium, {Y2}), but the campaign still drove ticket sales.",
    ],
    "gaa-acronym": [
        "Cumann Lúthchleas Gael (GAA) has over 2,200 clubs, each a potential community partner.",
        "The LGFA and the Camogie Association (both founded before 1935) are the natural partners for the women's range.",
    ],
    "irish-gloss": [
        "The campaign line uses the word meitheal (a group working together), which tested well.",
        "The tagline Bain sult as! (Enjoy it!) is used on all Irish-language posters.",
        "Signage in the Gaeltacht reads Fáilte (welcome) above the English.",
    ],
    "welsh-gloss": [
        "The range is sold as Cynnyrch Cymru (Product of Wales) in all stores.",
        "Staff wear the Iaith Gwaith (Working Welsh) badge to show they speak Welsh.",
        "The slogan Blas y Tir (Taste of the Land) ran on buses in Cardiff and Swansea.",
    ],
    "gaelic-gloss": [
        "The distillery visitor centre greets guests with Ceud Mìle Fàilte (a hundred thousand welcomes).",
        "Bilingual labels carry the Gaelic name Uisge-beatha (water of life) beside the English.",
    ],
    "company-form": [
        "{B} trades as a DAC (Designated Activity Company) registered in Dublin.",
        "The co-operative became a plc in {Y2} after a vote by its farmer members.",
        "The Welsh supplier is a Cyf. (Cyfyngedig, i.e. Limited) company based in Cross Hands.",
    ],
    "company-number": [
        "The agency is registered in Ireland (CRO No. {n}{d}{q}) and in Scotland (SC{n}{d}).",
        "{B} (Registered Charity No. 20{n}{d}) runs the community fund.",
    ],
    "stock-ticker": [
        "Kerry Group (Euronext Dublin: KRZ) and Glanbia (ISE: GL9) both report in euro.",
        "A.G. Barr (LSE: BAG) reported its results for the year to January {Y2} in March.",
    ],
    "abv-pack": [
        "The new whiskey is bottled at 46% ABV in a 70cl bottle (RRP €{n}).",
        "The lager (4.3% ABV, 500ml can) is aimed at the summer barbecue occasion.",
        "The teacake multipack (6 x 24g) is the brand's best seller at Christmas.",
    ],
    "price-pack": [
        "The meal deal (main, side and drink) is priced at €{d}.99 in Dunnes and SuperValu.",
        "The Burns Night box (haggis, neeps and tatties for two) retails at £{d}.50.",
    ],
    "hashtag": [
        "The #LoveIrishFood and #ScotlandIsNow hashtags were used in all posts in {Y2}.",
        "User-generated posts under #Hogmanay{Y2} and #WalesAway peaked on the night.",
    ],
    "promo-code": [
        "Customers were offered 20% off with the code PADDY{d} (valid until 17 March).",
        "The code HOGMANAY{q} (one use per customer) unlocked free delivery.",
    ],
    "url-in-text": [
        "More detail is available on the client's site (www.{slug}.ie/about) and its app.",
        "Bookings are made through visitwales.com or the Croeso Cymru app (iOS and Android).",
    ],
    "figure-label": [
        "Figure {q} (below) shows the brand's share by region for {Y2}.",
        "Table {d} (Appendix 3) sets out the segment sizes used in the plan.",
    ],
    "appendix-ref": [
        "The full media plan is in Appendix {q} (pp. 14-19), with the flowchart on p. 20.",
        "See Appendix {q} (Interview Guide, Version 2) for the questions asked.",
    ],
    "interview-code": [
        "One store manager (Interviewee C, Cork, March {Y2}) described the range as too expensive.",
        "A focus group in Bangor (Group 2, n = {d}) preferred the Welsh-first layout.",
    ],
    "sample-size": [
        "The online survey (n = {n}) was run in {Y2} among customers aged 18 to 34.",
        "Responses from Scotland (n = {n}) and Wales (n = {d}{q}) were analysed separately.",
    ],
    "model-name": [
        "The 7Ps (the extended marketing mix for services) frame the recommendations in Section 4.",
        "A PESTLE analysis (Appendix 1) and SWOT (Figure 2) were used to scope the market.",
        "The SOSTAC model (Situation, Objectives, Strategy, Tactics, Action, Control) structures the plan.",
    ],
    "framework-acronym": [
        "SMART objectives (Specific, Measurable, Achievable, Relevant, Time-bound) are set for {Y2}.",
        "The RACE framework (Reach, Act, Convert, Engage) is used to plan the digital activity.",
    ],
    "cim-module": [
        "This report answers Task 2 of the CIM Level 7 module Marketing and Digital Strategy ({Y2} syllabus).",
        "The assignment (CIM Level 6 Diploma, Module 2: Innovation in Marketing) asks for a costed plan.",
    ],
    "job-title": [
        "The Head of Brand (Ireland & UK) signed off the plan in {Month} {Y2}.",
        "Interviews were held with the CRM Manager (ROI) and the Trade Marketing Lead (NI).",
    ],
    "brand-product": [
        "Tunnock's Caramel Wafer (launched 1952) still outsells its own-label rivals.",
        "Jameson Black Barrel and Redbreast 12 Year Old lead the premium range.",
        "IRN-BRU Xtra (sugar free) was launched to meet the soft drinks levy.",
    ],
    "heritage-date": [
        "The distillery (est. 1887) uses its founding year on every label.",
        "{B}, founded in {Y} as a creamery co-operative, now sells in over 100 markets.",
        "Penderyn, the first Welsh whisky distillery in over 100 years (opened 2004), is a Welsh Government showcase.",
    ],
    "award": [
        "The campaign won Gold at the All Ireland Marketing Awards ({Y2}) in the FMCG category.",
        "{B} was named Retailer of the Year at the Scottish Grocer Awards {Y2}.",
    ],
    "broadcast-slot": [
        "The ad ran on TG4 (Ros na Rún, Tuesdays 8.30pm) and RTÉ One (The Late Late Show).",
        "S4C's Pobol y Cwm (weeknights, 8pm) is the anchor for the Welsh-language spot.",
        "BBC Alba's coverage of the Celtic Cup ({Y2}) carried the sponsor's idents.",
    ],
    "media-title": [
        "The Irish Times and the Irish Independent both carried the launch story on {d} March.",
        "Coverage in The Scotsman, The Herald and the Press and Journal reached an estimated {n},000 readers.",
    ],
    "sponsor-name": [
        "The Guinness Six Nations (title sponsor since 2019) sets the benchmark for sports partnerships.",
        "The SSE Airtricity League and the Cymru Premier JD are cheaper routes into football.",
    ],
    "place-bracket": [
        "The pilot will run in three SuperValu stores (Galway, Limerick and Ennis) before national roll-out.",
        "The Highlands (Inverness, Fort William and Skye) account for a third of summer bookings.",
        "Stores in the South Wales Valleys (Merthyr Tydfil, Ebbw Vale) under-index on the range.",
    ],
    "route-brand": [
        "The Wild Atlantic Way (2,500 km, launched 2014) is Fáilte Ireland's flagship route.",
        "The North Coast 500 (NC500) has brought traffic, and complaints, to Wester Ross.",
    ],
    "quoted-slogan": [
        "The brand's long-running slogan, “Good things come to those who wait”, still tests well.",
        "The tourism line 'Fill your heart with Ireland' has been used since {Y2}.",
        "VisitScotland's “Scotland is Now” platform is the umbrella for all regional activity.",
    ],
    "quoted-campaign": [
        "The “Shop Local, Shop Irish” campaign ran across Dunnes and SuperValu in {Month} {Y2}.",
        "The ‘Blwyddyn Antur’ (Year of Adventure) theme was later reused by Visit Wales.",
    ],
    "customer-quote": [
        "One respondent said the brand felt “like something my granny would buy”, which is both strength and risk.",
        "Survey comments such as \"too dear for a weeknight\" came up {d} times.",
    ],
    "date-range": [
        "The campaign runs from {d} November to 6 January ({season}).",
        "Fieldwork took place between 1 and {d} March {Y2}.",
    ],
    "financial-year": [
        "In FY{YY} (year to 31 December) the brand grew by {q}.{d}%.",
        "The H1 {Y2} results (six months to June) show margin pressure in the UK.",
    ],
    "bank-product": [
        "The 4.5% fixed-rate mortgage (3 years, LTV under 60%) is the product to push.",
        "The Credit Union Loan (up to €{n},000, APR 8.5%) is compared with the bank's personal loan.",
    ],
    "regulator-code": [
        "The Central Bank's Consumer Protection Code (revised {Y2}) governs how loans can be promoted.",
        "The Code of Standards for Advertising and Marketing Communications in Ireland (7th edition) is the baseline.",
    ],
    "grocer-share": [
        "Kantar's grocery share figures for the 12 weeks to {d} {Month} showed Dunnes at 23.{q}%.",
        "SuperValu (22.{d}%) and Tesco (23.{q}%) are almost level in the latest period.",
    ],
    "ingredient-claim": [
        "The product is labelled 'grass-fed' and 'made with Irish milk' (at least 90% Irish ingredients).",
        "The pack carries the PGI mark (Protected Geographical Indication) for Welsh Lamb.",
    ],
    "organisation-acronym": [
        "Bord Bia (the Irish Food Board) and Enterprise Ireland (EI) co-fund the export programme.",
        "Highlands and Islands Enterprise (HIE) and Scottish Enterprise (SE) split the country between them.",
    ],
}  # fmt: skip

BRANDS = ["Kerry Group", "Glanbia", "Ornua", "Kerrygold", "Tirlán", "Irish Distillers", "Jameson", "Diageo Ireland",
          "Guinness", "Bord Bia", "Fáilte Ireland", "Tourism Ireland", "VisitScotland", "Visit Wales", "Scottish Water",
          "Dŵr Cymru", "AIB", "Bank of Ireland", "PTSB", "An Post", "RTÉ", "TG4", "S4C", "BBC Alba", "the GAA",
          "Scottish Rugby", "the FAW", "Dunnes Stores", "SuperValu", "Musgrave", "Tunnock's", "A.G. Barr", "IRN-BRU",
          "BrewDog", "Edrington", "The Macallan", "Penderyn", "Castell Howell", "Iarnród Éireann", "Barry's Tea",
          "Tayto", "O'Brien's", "Ballygowan", "Lyons", "Avonmore", "Walkers Shortbread", "Tiptree"]  # fmt: skip

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_PLACES = ["Pontypridd", "Boduan", "Rhondda Cynon Taf", "Ceredigion", "Llŷn and Eifionydd", "Wrexham"]
_SLUGS = ["ourbrand", "shoplocal", "taste-ireland", "visit-west", "creamery", "credit-union"]


def values(rng: random.Random) -> dict[str, str]:
    """The pool's own placeholders, drawn in a fixed order so a seed always fills them the same way."""
    year = rng.randint(2019, 2025)
    return {
        "Month": rng.choice(_MONTHS),
        "Place": rng.choice(_PLACES),
        "slug": rng.choice(_SLUGS),
        "season": f"{year}/{str(year + 1)[2:]}",
        "YY": str(year)[2:],
    }
