"""Prose for the fifty-sixth held-out pool, "blind56": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-sixth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how marketing, growth,
employer-branding and e-commerce staff at marketplaces, retailers, software houses and IT-outsourcing firms, banks and
fintechs, and agencies in Warsaw, Kraków, Wrocław, Prague, Brno, Bucharest, Cluj-Napoca, Kyiv and Lviv write CIM Level
6 and 7 reports and MBA assignments in English: EU directives and national Acts with their numbers and years, UOKiK
decisions with their signatures, Czech, Romanian and Ukrainian laws, statistics releases, Black Friday, Black Week
and 11.11 figures, prices in złoty, koruna, lei and hryvnia, wartime dates, tickers, company forms and registration
numbers, awards and conferences, survey fieldwork and interview codes, slogans, hashtags, versions and standards.
``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{O}`` an opener.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} showed that {C}, which is relevant to {B}.",
    "{N} reported that {C} in the {city} market.",
    "{N} observed that {C}, although the sample came mostly from large cities.",
    "{N} concluded that {C}.",
    "{N} suggested that {C}, and the pilot at {B} points the same way.",
    "{N} noted that {C}; the same was true in {city}.",
    "{N} went further and argued that {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "As {N} noted, {C}.",
    "{O} {N} found that {C}.",
    "In the {city} context, {N} reported that {C}.",
    "This is in line with {N}, who found that {C}.",
    "Building on {N}, the growth team at {B} tested whether {C}.",
    "Unlike {N}, who studied Western European shoppers, this report focuses on {city}.",
    "According to {N}, {C}.",
    "The evidence from {N} is mixed, but it suggests that {C}.",
    "Our category managers agreed with {N} that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} survey of {adj} shoppers showed that {C}.",
    "{N} framework was used to map the customer journey at {B}.",
    "Drawing on {N} model, the team concluded that {C}.",
    "{O} {N} findings suggest that {C}.",
    "The brief for {B} borrowed {N} segmentation.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "In {city}, {C} {P}.",
    "For {B}, the lesson is that {C} {P}.",
    "Evidence from the region suggests that {C} {P}.",
    "Several studies agree that {C} {P}.",
    "This matters because {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} invested in its app.",
    "Research {P} shows that {C}.",
    "{C} {P:see}, and this shaped the plan for {B}.",
    "Recent studies {P:e.g.} suggest that {C}.",
    "{C} {P}, although {city} may be an exception.",
    "It is widely accepted {P} that {C}.",
    "{C} {P}; the plan for {B} therefore starts with delivery.",
]  # fmt: skip

CLAIMS = [
    "parcel lockers have become the default delivery option for Polish online shoppers",
    "free returns raise basket value but erode margins for mid-sized retailers",
    "marketplace shoppers in {city} trust seller ratings more than brand websites",
    "employer branding matters more than salary to senior developers in Lviv and Kraków",
    "wartime campaigns that avoided humour performed better with Ukrainian audiences",
    "loyalty apps lift repeat purchase among {A}",
    "price-reduction notices under the Omnibus rules changed how shoppers read discounts",
    "mobile payments such as BLIK reduce checkout abandonment",
    "nearshoring clients judge IT-outsourcing vendors on communication as much as on price",
    "quick-commerce start-ups in Prague struggled once delivery fees rose",
    "convenience chains use their apps mainly to collect first-party data",
    "buy now, pay later options raise conversion among younger shoppers",
    "influencer posts without clear disclosure damage trust in the brand",
    "cash on delivery is still common among rural shoppers in Romania",
    "Black Friday discounts are often smaller than they look once the lowest price of the previous 30 days is shown",
    "B2B buyers shortlist software houses through peer referrals rather than advertising",
    "customers in the region switch banks for a better app rather than a better rate",
    "{B} gained share by bundling delivery into a paid subscription",
    "cross-border sellers localise product pages poorly for Czech and Slovak buyers",
    "retail media is the fastest-growing advertising channel in Central and Eastern Europe",
    "{R} improves when {T} is written in the local language",
    "Ukrainian brands that kept communicating after February 2022 kept more of their customers",
    "same-day delivery matters less to shoppers than a reliable delivery slot",
    "product reviews in the shopper's own language raise conversion on marketplaces",
    "graduates in Cluj-Napoca and Brno choose employers by the technology stack they use",
    "shoppers who pay by instalments return fewer items",
]  # fmt: skip

OPENERS = [
    "In Poland,", "Since February 2022,", "For marketplaces,", "In the CEE region,", "Across the four markets,",
    "During the 11.11 campaign,", "For IT-outsourcing firms,", "In practice,", "At {B},", "In Czechia and Slovakia,",
    "For Romanian retailers,", "Similarly,", "By contrast,",
]  # fmt: skip

PLAIN = [
    "The rest of this section applies these ideas to {B}.",
    "The recommendations below are costed in złoty and converted into euro for the regional board.",
    "Interviews were held with three category managers and one head of growth.",
    "The next part turns to employer branding.",
    "This matters because {B} plans to enter Romania next year.",
    "Each option is scored against cost, speed and fit with the brand.",
    "The customer journey map in the appendix shows where shoppers drop out.",
    "None of this is new, but it is rarely measured in smaller markets.",
    "The data were cleaned in Excel and checked by a second analyst.",
    "A phased launch keeps the risk low for {B}.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} put it plainly: {Q}.",
    "One study described the market as follows: {Q} {P}.",
    "{Q} {P}.",
    "As {N} wrote, {Q}.",
    "The point is made directly in the literature: {Q} {P}.",
    "For {B} the key line is this: {Q} {P}.",
]  # fmt: skip

SCARE_QUOTES = [
    "„super-app”", "„fake discounts”", "“dark store”", "‘Black Week’", "«quiet quitting»", "'nearshoring'",
    "„omnibus price”", "“Polish Amazon”", "‘digital nomads’", "\"employer value proposition\"", "„Made in Ukraine”",
    "“locker culture”",
]  # fmt: skip

SCARE_FRAMES = [
    "Some analysts call the leading marketplace a {Q} {P}.",
    "So-called {Q} practices have drawn the regulators' attention {P}.",
    "{N} described the trend as {Q}.",
    "What staff call {Q} is, for {N}, a sign of weak employer branding.",
    "The {Q} label is used loosely in trade articles {P}.",
]  # fmt: skip

SUBJECT_LINES = [
    "„Tylko dziś: -30% na wszystko”", "'Your parcel is waiting in the locker'", "“Black Week starts now – up to 70% off”",
    "„Doprava zdarma do neděle”", "„Reducere de 40% doar azi”", "«Доставка безкоштовно до п'ятниці»",
    "\"Last chance: 11.11 deals end at midnight\"", "‘We're hiring in Lviv – remote or hybrid’",
]  # fmt: skip

SUBJECT_FRAMES = [
    "The push notification {Q} had the highest open rate, which fits {P}.",
    "A subject line such as {Q} works because urgency drives clicks {P}.",
    "{N} would call {Q} a classic scarcity message.",
    "The campaign email {Q} was tested in two versions {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "eu-directive-number": [
        "The Omnibus Directive (EU) 2019/2161 has applied in Poland since 1 January 2023.",
        "Since the DSA (Regulation (EU) 2022/2065) applied in full from 17 February 2024, marketplaces must explain how they rank offers.",
        "Directive 2011/83/EU, as amended in 2019, still sets the 14-day withdrawal period.",
    ],
    "uokik-decision": [
        "UOKiK decision no. DOZIK-{dec}/{yr} fined a fashion retailer PLN {pln} for misleading last-pieces labels.",
        "In decision RKR-{dec}/{yr} the President of UOKiK ordered refunds to customers of a loan app.",
        "The regulator's decision DDK-{dec}/{yr} (issued in {mon}) concerned fake countdown timers.",
    ],
    "polish-act": [
        "The Act of 30 May 2014 on consumer rights (Journal of Laws 2020, item 287) gives shoppers 14 days to withdraw.",
        "Under Art. 7a of the Consumer Rights Act, as amended on 4 November 2022, marketplaces must say who the seller is.",
    ],
    "czech-law": [
        "Act No. 634/1992 Coll. was amended by Act No. 374/2022 Coll. to bring in the Omnibus rules.",
        "Czech shoppers may withdraw within 14 days under Section 1829 of the Civil Code (Act No. 89/2012 Coll.).",
    ],
    "romanian-law": [
        "OUG 34/2014 sets the 14-day withdrawal period for online purchases in Romania.",
        "ANPC can fine traders up to RON 200,000 under Law no. 363/2007, amended by OG 9/2023.",
    ],
    "ukrainian-law": [
        "Law No. 3153-IX, in force since 2024, replaced Ukraine's consumer protection law of 1991.",
        "Martial law, in force since 24 February 2022 and extended every 90 days, limits what brands may post about logistics.",
    ],
    "gdpr-article": [
        "Consent for the newsletter is collected under Art. 6(1)(a) GDPR and logged in the CRM.",
        "Article 26(1) of the DSA requires platforms to label every advert and its sponsor.",
    ],
    "price-zloty": [
        "The Smart! subscription costs PLN 49 a year, about €11 at current rates.",
        "Average basket value rose from {pln} zł to {pln2} zł over the campaign.",
    ],
    "price-koruna": [
        "Delivery to a pick-up box costs CZK 49 and is free above CZK 1,500.",
        "The premium plan is priced at {czk} Kč a month (VAT included).",
    ],
    "price-lei": [
        "The Genius plan costs 99 lei a year, or RON 9.99 a month.",
        "Average order value in {mon} {yr} was {lei} lei, up from {lei2} lei.",
    ],
    "price-hryvnia": [
        "A basic delivery to a branch costs ₴{uah}, with free returns within 14 days.",
        "The course is priced at UAH {uah} (about $25) for students from Kharkiv and Kherson.",
    ],
    "black-friday": [
        "Black Friday {yr} (the last Friday of November) brought {B} its busiest day of the year.",
        "Black Week ran from 20 to 27 November {yr} on most Polish marketplaces.",
        "On Black Friday {yr}, traffic peaked at 21:00 rather than in the morning.",
    ],
    "singles-day": [
        "On 11.11.{yr} the app sent 2.3 million push notifications before noon.",
        "Singles' Day (11 November) outsold Black Friday in {city} for the first time in {yr}.",
    ],
    "war-dates": [
        "Since 24 February 2022, many Ukrainian brands have changed their tone of voice.",
        "After the strikes on the power grid (October 2022 – March 2023), shops in Lviv ran on generators.",
    ],
    "fiscal-period": [
        "Q{q} {yr} revenue grew {pc}%, against FY{yr} guidance of 10–12%.",
        "In H1 {yr} the company reported GMV of PLN {n} million and an adjusted EBITDA margin of 38%.",
    ],
    "ticker": [
        "Allegro (WSE: ALE) and InPost (Euronext Amsterdam: INPST) are both listed.",
        "Dino Polska (WSE: DNP) shares fell {pc}% in {mon} {yr} after the results call.",
    ],
    "company-form": [
        "The client is a spółka z o.o. (sp. z o.o.) based in Wrocław, with a daughter company in Brno (s.r.o.).",
        "The agency trades as an S.R.L. in Cluj-Napoca and as a TOV in Lviv.",
    ],
    "registration-number": [
        "The agency is registered under KRS 0000{n}41 (NIP 525-26-{n}-98).",
        "IČO 2708{n}0 and DIČ CZ2708{n}0 appear on every invoice.",
    ],
    "founding-history": [
        "Founded in Poznań in 1999, the marketplace was bought by Naspers in 2007 and floated in 2020.",
        "The parcel-locker network (launched 2009) passed 20,000 machines in Poland in {yr}.",
    ],
    "app-version": [
        "The booking app (version 3.{n}) added BLIK payments in {mon} {yr}.",
        "Users on Android 14 and iOS 17.4 saw the new checkout first.",
    ],
    "award": [
        "The campaign won a Golden Drum (Portorož, {yr}) and two Effie Polska awards.",
        "The rebrand took Silver at the Effie Awards Ukraine {yr} in the brand-experience category.",
    ],
    "conference-event": [
        "At Infoshare {yr} (Gdańsk, 22–23 May), several speakers discussed retail media.",
        "Wolves Summit (Warsaw, {yr}) and Techsylvania (Cluj-Napoca) are where the firm meets new clients.",
    ],
    "job-title-tenure": [
        "Marta, Head of Growth (2019–2023) at a Warsaw software house, led the rebrand.",
        "Our CMO (in post since {yr}) reports to the management board in Prague.",
    ],
    "interview-code": [
        "Interviewee P3 (category manager, Kraków, {mon} {yr}) said delivery speed matters most.",
        "Respondent UA-7 (HR business partner, Lviv) described recruiting through the blackouts of winter 2022.",
    ],
    "survey-fieldwork": [
        "The survey (n = {n}, CAWI, {mon} {yr}) was run on a Warsaw research panel.",
        "Fieldwork took place in {mon} {yr} (N = {n}; margin of error ±3.1%).",
    ],
    "percentage-figure": [
        "Conversion rose from 1.8% to 2.{q}% in Q{q} {yr}.",
        "{pc}% of respondents aged 18–34 had used a parcel locker in the past month.",
    ],
    "generation-years": [
        "Gen Z (born 1997–2012) are the core audience of the campaign.",
        "Millennials (born 1981–1996) still make up the largest share of buyers in {city}.",
    ],
    "slogan": [
        "The tagline „Wszystko, czego potrzebujesz” has run on billboards in {city} since {yr}.",
        "The employer-branding line 'Build what matters. From Lviv.' appears on every job advert.",
    ],
    "hashtag-handle": [
        "The hashtag #BlackWeek{yr} trended on X, and @allegro answered over 600 comments.",
        "Posts tagged #StandWithUkraine and #BraveUA reached {n} thousand users in a week.",
    ],
    "report-section": [
        "Figure 4 (Section 3.2) compares delivery options across the four markets.",
        "The full scoring is in Appendix C (Table C1) and the costs in Appendix D.",
    ],
    "assessment-task": [
        "This section answers Task 1 (AC 2.1 and 2.2) of the assignment brief.",
        "The word count (3,000 words ±10%) excludes the appendices and the reference list.",
    ],
    "exchange-rate": [
        "At 4.35 PLN/EUR on 29 December {yr}, the budget equals about €{n} thousand.",
        "All figures are converted at 24.7 CZK/EUR and 41.2 UAH/USD, the rates on 2 January {yr}.",
    ],
    "iso-standard": [
        "The software house holds ISO/IEC 27001:2022 and ISO 9001:2015 certificates.",
        "WCAG 2.1 AA, required under the European Accessibility Act from 28 June 2025, applies to the shop.",
    ],
    "campaign-name": [
        "The „Lato z Żabką {yr}” campaign ran from June to August.",
        "The 'Back to School {yr}' campaign on eMAG started in mid-August.",
    ],
    "tv-show": [
        "The advert aired during „Taniec z gwiazdami” (Polsat, spring {yr}).",
        "Sponsorship of „MasterChef Ukraine” (STB, season 12) raised awareness by {pc} points.",
    ],
    "sports-event": [
        "UEFA Euro 2024 (14 June – 14 July) lifted TV sales in all four markets.",
        "The bank's sponsorship of the Prague Marathon (May {yr}) was its largest activation.",
    ],
    "office-address": [
        "The new office at ul. Prosta 51, 00-838 Warszawa, opened in {mon} {yr}.",
        "The team sits in the South Moravian Innovation Centre (JIC) in Brno.",
    ],
    "product-model": [
        "The iPhone 15 (launched September 2023) was the best-selling phone on Czech marketplaces.",
        "The Redmi Note 13 (128 GB) was the top seller on 11.11 in {yr}.",
    ],
    "ampersand-brand": [
        "H&M, C&A and Marks & Spencer have all cut their Polish store counts.",
        "Procter & Gamble (P&G) runs its regional business services hub from Warsaw.",
    ],
    "eu-funding": [
        "The project was co-financed by the EU under the FENG 2021–2027 programme.",
        "Diia.City (launched in February 2022) gives IT firms a special tax regime.",
    ],
    "salary-range": [
        "Senior developers in Kraków earn PLN 25,000–32,000 a month (B2B contract, net of VAT).",
        "Job adverts must show pay ranges under Directive (EU) 2023/970 from June 2026.",
    ],
    "opening-hours": [
        "Pick-ups run 8:00–22:00 (Mon–Sat), and lockers are open 24/7.",
        "The stores are open 6:00–23:00 every day, Sundays included.",
    ],
    "price-comparison-site": [
        "Shoppers compare prices on Ceneo.pl, Heureka.cz and Compari.ro before buying.",
        "The shop moved from its .pl domain to a regional .eu one in {yr}.",
    ],
    "acronym-gloss": [
        "Business process outsourcing (BPO) and shared service centres (SSC) employ about 450,000 people in Poland.",
        "The e-commerce chamber (e-Izba) and the Czech association (APEK) both lobbied on the Omnibus rules.",
    ],
    "app-rating": [
        "The app scores 4.8/5 on Google Play (120k reviews) and 4.7 on the App Store.",
        "The shop has a Trustpilot score of 4.2 (2,100 reviews) and a Heureka rating of 96%.",
    ],
    "media-ranking": [
        "The marketplace ranked second among Polish websites in the Mediapanel ranking for {mon} {yr}, behind Google.",
        "By reach, the shop was fifth in the Czech NetMonitor results for Q{q} {yr}.",
    ],
    "public-holiday": [
        "Sales peak before Wigilia (24 December) and fall sharply on Boxing Day.",
        "Romania's Dragobete (24 February) is a smaller gifting moment than Valentine's Day.",
    ],
    "accession-date": [
        "Since EU accession (1 May 2004), Polish retail has been shaped by Western chains.",
        "After Romania joined Schengen by air and sea (31 March 2024), cross-border orders rose.",
    ],
    "weekday-date": [
        "The launch was moved to Thursday, 14 {mon} {yr}, to avoid the long weekend.",
        "The webinar (Tuesday 10:00 CET, recorded) drew {n} sign-ups.",
    ],
}  # fmt: skip

BRANDS = ["Allegro", "eMAG", "Rozetka", "Alza.cz", "Żabka", "InPost", "Revolut", "Booksy", "UiPath", "Notino", "Rohlik",
          "Dino", "LPP", "Reserved", "CCC", "Empik", "Modivo", "Biedronka", "Nova Poshta", "Monobank", "Bolt", "Glovo",
          "Brand24", "Netguru", "SoftServe", "Bitdefender", "elefant.ro", "Dr. Max", "Kaufland", "PKO Bank Polski",
          "mBank", "Banca Transilvania", "Prom.ua", "Vinted", "Mall.cz", "Zalando", "Rossmann", "Orlen", "Kiwi.com",
          "Packeta"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    pln = rng.randint(90, 480)
    lei = rng.randint(150, 600)
    return {
        "city": rng.choice(
            [
                "Warsaw",
                "Kraków",
                "Wrocław",
                "Poznań",
                "Gdańsk",
                "Prague",
                "Brno",
                "Ostrava",
                "Bratislava",
                "Bucharest",
                "Cluj-Napoca",
                "Iași",
                "Timișoara",
                "Kyiv",
                "Lviv",
                "Dnipro",
                "Odesa",
            ]
        ),
        "adj": rng.choice(["Polish", "Czech", "Slovak", "Romanian", "Ukrainian", "young urban", "first-time"]),
        "pln": str(pln),
        "pln2": str(pln + rng.randint(10, 90)),
        "czk": rng.choice(["149", "199", "249", "299", "1 299"]),
        "lei": str(lei),
        "lei2": str(lei - rng.randint(10, 100)),
        "uah": rng.choice(["70", "85", "120", "1 499", "2 999"]),
        "pc": str(rng.randint(3, 78)),
        "yr": str(rng.randint(2019, 2025)),
        "dec": str(rng.randint(1, 19)),
        "mon": rng.choice(["January", "March", "April", "June", "September", "October", "November", "December"]),
    }
