"""Prose for the ninety-first held-out pool, "blind91": how marketers in Luxembourg, Liechtenstein, Monaco, Andorra and
San Marino write CIM Level 6 and 7 reports and MBA assignments in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninety-first hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, client-marketing,
CRM, digital, destination and communications marketers at private banks, fund administrators, insurers, telecoms,
retailers, luxury hotels, casinos, tourism offices and ministries write: euro and Swiss franc figures in the
continental way, laws, circulars and gazettes with their numbers and years, national days, Grand Prix, rally,
Schueberfouer, Meritxell and ski-season calendars, slogans in Luxembourgish, German, French, Catalan and Italian
glossed in English, legal forms, ISINs and register numbers, addresses with country prefixes, award names with years,
interviewee codes, survey bases and a tutor's module references.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} shows that {C}.",
    "{N} argues that {C}, which matters for {B}.",
    "{N} found that {C} in the Luxembourg market.",
    "{N} observes that {C}, especially among cross-border commuters.",
    "{N} makes the case that {C}.",
    "{N} reports that {C}; the same holds in Vaduz and Schaan.",
    "{N} concludes that {C}.",
    "{N} suggests that {C}, though the sample was small.",
    "{N} notes that {C} across the Greater Region.",
    "{N} demonstrates that {C}, a point {B} could act on.",
]  # fmt: skip
NARRATIVE_MID = [
    "For {B}, as {N} shows, {C}.",
    "In Monaco, according to {N}, {C}.",
    "Research by {N} indicates that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "As {N} points out, {C}.",
    "Earlier work by {N} suggests that {C}.",
    "Following {N}, this report assumes that {C}.",
    "In the Andorran context, {N} found that {C}.",
    "A study in San Marino by {N} confirms that {C}.",
    "Our segmentation draws on {N}, where {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of private-banking clients shows that {C}.",
    "{N} framework helps explain why {C}.",
    "Applying {N} model to {B}, {C}.",
    "{N} findings suggest that {C}.",
    "{N} work on small-state branding implies that {C}.",
    "{N} survey of fund administrators found that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "For a bank like {B}, {C} {P}.",
    "Evidence from the Principality suggests that {C} {P}.",
    "{C}, and {C2} {P}.",
    "The literature agrees that {C} {P}.",
    "In tourism offices as much as in banks, {C} {P}.",
    "Among high-net-worth clients, {C} {P}.",
    "This matters because {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} is reviewing its plan.",
    "Because {C} {P}, the campaign leads with service, not price.",
    "{O}, {C} {P}, and {C2}.",
    "Although {C} {P}, the evidence from Liechtenstein is thinner.",
    "{C} {P}; the Andorran data point the same way.",
    "Since {C} {P}, the brief for the agency changes.",
    "{C} {P}, so the next season's budget follows the data.",
    "While {C} {P}, few firms in Kirchberg measure it.",
]  # fmt: skip
CLAIMS = [
    "trust in a private bank is built by the relationship manager more than by the brand",
    "next-generation clients expect the same digital service from a private bank as from a neobank",
    "multilingual content raises engagement in a market where most customers speak three languages",
    "cross-border workers choose a bank near their workplace rather than their home",
    "sustainability labels influence fund selection less than past performance",
    "loyalty programmes in luxury hotels reward recognition more than points",
    "events such as the Grand Prix lift a destination's awareness far more than its bookings",
    "price is rarely the first reason customers leave a mobile operator",
    "small states can turn their size into a promise of discretion and access",
    "consent banners reduce measurable traffic but not actual demand",
    "reputation built over decades can be lost in a single news cycle",
    "supermarket shoppers in small markets are loyal to convenience rather than to a banner",
    "ski-resort visitors compare the whole trip, not the lift pass alone",
    "employer branding matters as much as client branding in a tight labour market",
    "CRM systems only pay off when advisers trust the data in them",
    "chatbots handle routine questions well but damage trust on complex ones",
    "heritage sites need managed visitor flows to protect the experience",
    "B2B buyers in fund services rely on peers and webinars more than on advertising",
    "clients of wealth managers value proactive advice over product range",
    "shopping tourism depends on price differences that regulation can remove overnight",
    "podcasts build credibility with professional audiences over time",
    "nation brands are shaped by a few visible events and institutions",
    "customers forgive service failures when recovery is fast and personal",
    "influencer campaigns reach younger travellers but rarely convert them in the short term",
    "digital onboarding cuts drop-out rates when identity checks are simple",
    "a premium price signals quality when customers cannot judge the service in advance",
]  # fmt: skip
OPENERS = [
    "In Luxembourg's fund industry",
    "For Monaco's luxury hotels",
    "Across the Liechtenstein financial centre",
    "In Andorra's winter tourism",
    "For San Marino's retailers",
    "In a market of just over 670,000 residents",
    "Since the pandemic",
    "In private banking more than in retail banking",
    "For telecoms operators in small markets",
    "Among expatriate clients",
]  # fmt: skip
PLAIN = [
    "This section applies the concepts to {B}.",
    "The next part turns to the marketing mix.",
    "The recommendations below are costed in the appendix.",
    "Three segments stand out for {B}.",
    "The brand's tone of voice is formal in French and warmer in English.",
    "This report was prepared for the head of client marketing.",
    "The analysis uses the company's own CRM data where it could be shared.",
    "Each option is scored against cost, fit and risk.",
    "Monitoring would be monthly during the first year.",
    "Internal interviews were held in English, French and German.",
    "Budgets are shown in euros unless stated otherwise.",
    "The approach keeps the brand's discreet positioning.",
    "The pilot would run in {ville} first.",
    "Focus groups were held in {ville}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "As {N} put it, {Q}.",
    "{N} writes that {Q}.",
    "One author sums it up: {Q} {P}.",
    "The point is made plainly: {Q} {P}.",
    "{Q} {P}, and this fits {B}'s situation.",
    "In the words of {N}, {Q}.",
    "It has been argued that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "“white-glove”", "“phygital”", "“discreet luxury”", "'boutique' banking", "“best in class”", "‘Swiss-style’",
    "\"premium\"", "“old money”", "‘Monaco touch’", "“digital first”", "\"frictionless\"", "“family office lite”",
]  # fmt: skip
SCARE_FRAMES = [
    "{B} describes its service as {Q}, a label that clients rarely use themselves {P}.",
    "The so-called {Q} experience is hard to define {P}.",
    "Calling the offer {Q} raises expectations that staff must then meet {P}.",
    "{N} questions whether a {Q} promise means anything to younger clients.",
    "Many banks now claim to be {Q}, which weakens the claim for all of them {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Your Schueberfouer weekend starts here”", "“Bonne fête nationale, Luxembourg!”", "\"Last chance: ski passes at early-bird prices\"",
    "“An invitation to the Monaco Yacht Show”", "“Your portfolio review is ready”", "‘Meritxell: open all day’",
    "“Welcome to Tango 5G”", "\"Christmas market opening hours\"", "“Grüezi from Vaduz”", "“Festa di San Marino: programme”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "An email with the subject line {Q} had the highest open rate of the quarter, as personalised subject lines tend to {P}.",
    "Push notifications such as {Q} work when they are timely {P}.",
    "The newsletter headed {Q} was sent in four languages; {N} suggests testing such lines first.",
    "A subject line like {Q} promises a benefit and a deadline {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "euro-continental": [
        "The launch budget is 1.250.000 € over two years.",
        "Spending on the winter campaign rose to EUR 3,5 Mio. in {Y}.",
        "Average assets per client stand at € {n}.000.",
    ],
    "swiss-francs": [
        "The Liechtenstein campaign was capped at CHF 1'250'000.",
        "Sponsorship fees of CHF {n}'000 a year are typical in Vaduz.",
        "A mandate starts at CHF 2 Mio. (about EUR 2,1 Mio.).",
    ],
    "luxembourg-law": [
        "Funds fall under the law of 17 December 2010 on UCIs.",
        "The CNPD was organised by the law of 1 August 2018 (Mémorial A – N° 686).",
        "Part II funds under the 2010 law have different marketing rules.",
    ],
    "cssf-circular": [
        "CSSF Circular 22/811 sets out what a UCI administrator must do.",
        "The bank updated its onboarding after CSSF Circular 18/698 (as amended).",
    ],
    "gazette-numbers": [
        "The Datenschutzgesetz of 4 October 2018 (LGBl. 2018 Nr. 272) applies in Liechtenstein.",
        "Monaco's Law No. 1.565 of 3 December 2024 replaces the 1993 regime.",
        "Andorra's Llei 29/2021 mirrors the GDPR closely.",
        "San Marino's Legge 21 dicembre 2018 n. 171 governs personal data there.",
    ],
    "eu-regulation": [
        "Regulation (EU) 2016/679 applies in Luxembourg directly.",
        "SFDR (Regulation (EU) 2019/2088) changed how funds describe themselves.",
        "Under Directive 2014/65/EU (MiFID II), marketing must be fair, clear and not misleading.",
    ],
    "national-days": [
        "The campaign peaks before National Day (23 June).",
        "Liechtenstein's Staatsfeiertag (15 August) is a natural moment for the bank.",
        "Fête Nationale Monégasque (19 November) brings locals, not tourists, into town.",
        "Meritxell Day (8 September) closes most Andorran shops.",
        "The Feast of Saint Marinus (3 September) is San Marino's founding day.",
    ],
    "motor-events": [
        "Hotel rates triple during the Monaco Grand Prix (May {Y}).",
        "The 93rd Monte-Carlo Rally starts in January.",
        "Hospitality packages for the {Y} Grand Prix sold out in weeks.",
    ],
    "ski-seasons": [
        "Grandvalira's winter {Y} season opened in early December.",
        "The winter season brought {n} thousand skiers to Pas de la Casa.",
    ],
    "fiscal-periods": [
        "Results for Q{q} {Y} were above plan.",
        "The FY{Y} plan assumes flat deposits.",
        "Sales in H1 {Y} grew by {q} per cent.",
    ],
    "postal-addresses": [
        "The flagship branch is at 1, Place de Metz, L-2954 Luxembourg.",
        "Visitors are welcomed at Städtle 37, FL-9490 Vaduz.",
        "The office sits at Place du Casino, MC 98000 Monaco.",
        "Customers can visit Av. Meritxell, AD500 Andorra la Vella.",
    ],
    "phone-numbers": [
        "The service line is +352 4015-1, open 8:00–18:00.",
        "Clients in Liechtenstein call +423 236 88 11.",
    ],
    "opening-hours": [
        "Branches open Mon–Fri (8:30–16:30) and on Saturdays before Christmas.",
        "The tourist office is open daily (9:00–19:00, July–August).",
    ],
    "legal-forms": [
        "Tango S.A. and POST Luxembourg compete on fibre.",
        "The fund is an SCSp managed by a S.à r.l. in Kirchberg.",
        "Monaco Telecom S.A.M. and Andorra Telecom are both state-linked.",
        "The structure uses an Anstalt and a Stiftung.",
    ],
    "register-numbers": [
        "The company is registered as RCS Luxembourg B {n}.",
        "The foundation's register number is FL-0002.{n}.{q}00-1.",
    ],
    "isin-tickers": [
        "The share class is listed as ISIN LU183406821{q}.",
        "The bank's shares trade on SIX (ticker LLBN).",
        "VP Bank (SIX: VPBN) reported in CHF.",
    ],
    "awards": [
        "{B} won Best Private Bank in Luxembourg at the Euromoney Awards {Y}.",
        "The hotel holds three Michelin stars (Guide {Y}).",
        "The campaign was shortlisted at the Luxembourg Marketing Awards {Y}.",
    ],
    "founding-years": [
        "Spuerkeess has served savers since 1856.",
        "SBM (founded 1863) still owns the Casino de Monte-Carlo.",
        "The bank, established in {Y}, moved to Kirchberg later.",
    ],
    "royal-styles": [
        "H.S.H. Prince Albert II opened the new wing.",
        "H.S.H. Prince Hans-Adam II of Liechtenstein attended the reopening.",
        "The Grand Duke Guillaume V attended the National Day reception.",
    ],
    "statistics-offices": [
        "STATEC puts the population at about 670,000.",
        "IMSEE counts more cross-border workers than residents in the private sector.",
        "The Amt für Statistik publishes monthly tourism figures.",
        "The UOS reports visitor numbers by nationality.",
    ],
    "survey-base": [
        "The client survey closed with {n} responses (n = {n}).",
        "Fieldwork ran from March to April {Y} (online, four languages).",
    ],
    "interviewee-codes": [
        "One relationship manager (R{q}) said the app changed client meetings.",
        "Interviewee M{q}, a marketing director, preferred print.",
        "Participant P{d} asked for the survey in German.",
    ],
    "figures-tables": [
        "The customer journey is mapped in Figure {q}.",
        "Table {q} compares the four options (see Appendix {q}).",
        "Costs are set out below (Table {d}).",
    ],
    "module-references": [
        "This assignment answers Task {q} of the CIM Level 7 unit.",
        "The brief (Unit {q}, Assessment {q}) asks for a costed plan.",
    ],
    "word-counts": [
        "Word count: {n}0 (excluding tables and appendices).",
        "The report is within the limit ({n}0 words).",
    ],
    "slogans-glossed": [
        "The tagline “Mir wëlle bleiwe wat mir sinn” [We want to remain what we are] tested well locally.",
        "The Catalan line “Andorra, el teu país” [Andorra, your country] ran on buses.",
        "The slogan “Servus, Liechtenstein” [Hello, Liechtenstein] suits the friendly tone.",
        "“Terra di libertà” [Land of freedom] still opens the San Marino film.",
    ],
    "french-terms": [
        "The “conseiller clientèle” remains the face of the bank.",
        "Marketing uses the term « banque de proximité » in French copy.",
    ],
    "job-titles": [
        "The Head of Marketing (Private Banking) approved the plan.",
        "The Chief Digital Officer (CDO) owns the app roadmap.",
        "A Senior Manager, Client Experience (EMEA) chairs the steering group.",
    ],
    "social-handles": [
        "The brand posts as @visitluxembourg and uses #VisitLuxembourg.",
        "Engagement on @montecarlosbm rose after the Grand Prix.",
        "The hashtag #AndorraSkiWeek trended in France.",
    ],
    "urls": [
        "Bookings move to www.visitandorra.com next season.",
        "The app links to post.lu/en/particuliers for help.",
    ],
    "kpis": [
        "The Net Promoter Score (NPS) rose to +{n}.",
        "Cost per lead fell to EUR {d},50.",
        "Churn dropped to {q}.{d}% a month.",
    ],
    "abbreviations": [
        "Assets under management (AuM) are the main revenue driver.",
        "Know Your Customer (KYC) checks slow onboarding.",
        "Ultra-high-net-worth individuals (UHNWIs) expect a family office service.",
    ],
    "product-names": [
        "The Tango Smart {n} plan bundles roaming in Belgium, France and Germany.",
        "Cactus loyalty cards ({n} thousand holders) are moving into an app.",
        "The Visa Infinite card is offered to clients above EUR 1 Mio.",
    ],
    "flight-codes": [
        "Luxair's LG{n} to London City leaves at 7:05.",
        "Cargolux flights (CV {n}) carry luxury goods to Asia.",
    ],
    "fairs-and-forums": [
        "The bank will exhibit at the Luxembourg Fund Forum {Y}.",
        "The ILA Fund Forum (October) is the key industry date.",
        "The team met buyers at ITB Berlin {Y}.",
    ],
    "percent-changes": [
        "Overnight stays rose from {n} thousand in {Y} to a record in {Y2}.",
        "Deposits grew {q}% year on year (+{n} bps).",
    ],
    "exchange-rates": [
        "Figures are converted at CHF 0.95 = EUR 1.00 ({Y} average).",
        "At EUR 1 = CHF 0,94 the price gap narrowed.",
    ],
    "christmas-markets": [
        "Winterlights runs from late November to early January.",
        "The Monaco Christmas Village opens on the port in December.",
    ],
    "schueberfouer": [
        "The Schueberfouer (late August to mid-September) draws visitors from the whole region.",
        "Since 1340 the Fouer has been held on the Glacis.",
    ],
    "own-analysis": [
        "Source: author's own analysis of {B} data ({Y}).",
        "The matrix below is the author's own (adapted for {B}).",
    ],
    "press-mentions": [
        "The launch was covered on RTL Today and in Paperjam.",
        "Monaco-Matin ran the story on its front page.",
        "Diari d'Andorra and Bondia both covered the opening.",
    ],
    "hotel-names": [
        "The Hôtel de Paris Monte-Carlo (5*) reopened after renovation.",
        "Rooms at the Hotel Le Royal (Luxembourg) start at EUR {n}.",
    ],
    "ratings-and-licences": [
        "The bank is rated A+ (stable) by S&P.",
        "The casino operates under a 50-year concession.",
        "Monaco Telecom holds the 5G licence (granted {Y}).",
    ],
    "meeting-notes": [
        "Notes from the workshop on {d} March are in Appendix C.",
        "The steering committee (SteerCo) meets every second Tuesday.",
    ],
    "back-to-school": [
        "The Rentrée campaign (September) targets families with teenagers.",
        "Back-to-school bundles for students aged 12–18 sold out in Esch.",
    ],
}  # fmt: skip

BRANDS = ["Spuerkeess", "BGL BNP Paribas", "BIL", "POST Luxembourg", "Tango", "Cactus", "Cargolux", "Luxair",
          "RTL Group", "LGT", "Liechtensteinische Landesbank", "VP Bank", "Hilti", "SBM", "Monaco Telecom",
          "CMB Monaco", "Andbank", "Crèdit Andorrà", "Andorra Telecom", "Grandvalira", "Banca di San Marino",
          "Foyer", "MoraBanc", "Visit Monaco"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use (none beyond the builder's own, kept for the common interface)."""
    return {"ville": rng.choice(["Luxembourg City", "Esch-sur-Alzette", "Kirchberg", "Vaduz", "Schaan", "Monte-Carlo",
                                 "Andorra la Vella", "Escaldes-Engordany", "San Marino"])}  # fmt: skip
