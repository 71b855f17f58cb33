"""Prose for the eighty-eighth held-out pool, "blind88": frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-eighth
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade,
CRM, digital, e-commerce and communications marketers at supermarket and department-store chains, banks and
insurers, telecoms, dairy, beer, flower and food exporters, logistics firms, energy suppliers, public bodies and
agencies in Amsterdam, Rotterdam, Utrecht, The Hague, Eindhoven, Groningen, Antwerp, Ghent, Leuven and Brussels
write their CIM Level 6 and 7 and MBA reports in English: Dutch directness, euro figures with decimal commas,
legal forms after every firm, Staatsblad and RCC numbers, CBS and Statbel figures, Koningsdag, Sinterklaas,
Hamsterweken and Dolle Dagen calendars, Dutch words glossed in brackets and English with a Dutch word order now
and then.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} shows that {C}.",
    "{N} found that {C}, which is directly relevant for {B}.",
    "{N} argues that {C}.",
    "{N} concludes that {C}, also in the Dutch market.",
    "{N} makes clear that {C}.",
    "{N} reports that {C} in both the Netherlands and Flanders.",
    "{N} states that {C}; {B} should take this seriously.",
    "{N} notes that {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} explains, {C}.",
    "Research by {N} indicates that {C}.",
    "For {B} this matters, because {N} found that {C}.",
    "In line with {N}, {C}.",
    "A study from {N} suggests that {C}, although the sample was small.",
    "Here the work of {N} is useful: {C}.",
    "Both the board and {N} agree that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of {A} in the Randstad shows that {C}.",
    "{N} framework helps to explain why {C}.",
    "Following {N} model, {C}.",
    "{N} survey among {A} found that {C}.",
    "{N} findings suggest that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "For {B}, {C} {P}.",
    "In the Benelux, {C} {P}.",
    "Especially among {A}, {C} {P}.",
    "This is important since {C} {P}.",
    "Evidence shows that {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, and this is also visible at {B}.",
    "Because {C} {P}, the campaign should start before Koningsdag.",
    "{C} {P}, so {B} has to act on {R}.",
    "Although {C} {P}, many Dutch retailers still ignore it.",
    "{O} {C} {P}, which supports the choice for {T}.",
    "Since {C} {P}, the proposal focuses on {A}.",
]  # fmt: skip

CLAIMS = [
    "loyalty apps increase {R} among {A}",
    "Dutch shoppers compare prices more than any other European shoppers",
    "trust in banks recovers slowly after a data incident",
    "free delivery thresholds change basket size",
    "private labels now compete on quality and not only on price",
    "consumers in Flanders are more loyal to their local supermarket than Dutch consumers",
    "personalised offers work only when customers understand why they receive them",
    "green claims without proof damage brand trust",
    "{T} lifts {R} for telecom providers",
    "seasonal campaigns around Sinterklaas drive a large share of the yearly toy sales",
    "switching costs in energy contracts are mostly psychological",
    "same-day delivery is becoming a hygiene factor in e-commerce",
    "{A} respond better to humour than to discounts",
    "co-operative ownership is a credible brand story for dairy and flower exporters",
    "CRM data is only valuable when it is linked to the loyalty programme",
    "influencers who disclose sponsorship keep their credibility",
    "price promotions train customers to wait for the next discount",
    "alcohol-free beer grows fastest among {A}",
    "a clear brand purpose improves employer branding as well",
    "parcel lockers reduce failed deliveries in cities",
]  # fmt: skip

OPENERS = [
    "In practice,",
    "Put simply,",
    "For the Dutch market,",
    "Moreover,",
    "On top of that,",
    "In the Flemish context,",
    "Looking at {B},",
    "Also,",
    "At the same time,",
    "From a CRM perspective,",
]  # fmt: skip

PLAIN = [
    "This section looks at the marketing environment of {B}.",
    "The recommendations below are based on the analysis in the previous chapter.",
    "The budget and timeline can be found in the appendix.",
    "Next, the customer journey is mapped from first contact to repeat purchase.",
    "This gives a first answer to the research question.",
    "The next paragraph discusses the implications for {B}.",
    "The team in Utrecht agreed with this approach during the kick-off.",
    "It is important to keep the plan realistic for a mid-sized organisation.",
    "The following recommendations are prioritised by impact and effort.",
    "These insights were discussed with the category manager in Zaandam.",
]  # fmt: skip

QUOTE_FRAMES = [
    "As the authors state, {Q} {P}.",
    "{N} puts it clearly: {Q}.",
    "One definition is useful here: {Q} {P}.",
    "{N} writes that {Q}.",
    "The key point is that {Q} {P}.",
    "In the words of {N}, {Q}.",
    "This is summarised as follows: {Q} {P}.",
]  # fmt: skip

SCARE_QUOTES = [
    "gezelligheid",
    "value for money",
    "doe maar normaal",
    "omnichannel",
    "purpose",
    "the Dutch deal",
    "service with a smile",
    "hamsteren",
    "customer obsession",
    "local hero",
]  # fmt: skip

SCARE_FRAMES = [
    "Many campaigns now lean on “{Q}” {P}.",
    "The idea of '{Q}' is central for {B} {P}.",
    "{N} sees “{Q}” as a key driver of loyalty.",
    "Dutch consumers expect \"{Q}\" from every brand {P}.",
    "{N} describes so-called ‘{Q}’ as overused.",
]  # fmt: skip

SUBJECT_LINES = [
    "Jouw Bonus-aanbiedingen staan klaar",
    "Your December offers are here",
    "Nog 3 dagen: Dolle Dagen",
    "Last chance: free delivery ends tonight",
    "Hoera, het is Koningsdag!",
    "Your new bundle is ready",
    "Sinterklaas komt eraan",
    "We miss you, here is 10 procent off",
]  # fmt: skip

SUBJECT_FRAMES = [
    "The email with the subject line “{Q}” had the highest open rate {P}.",
    "A push message like '{Q}' works better on Friday {P}.",
    "{N} tested the subject line \"{Q}\" against a plain version.",
    "The banner “{Q}” was shown in the app for a week {P}.",
]  # fmt: skip

BRANDS = ["Albert Heijn", "Jumbo", "HEMA", "Bol.com", "Coolblue", "ING", "ABN AMRO", "Rabobank", "KBC", "Belfius",
          "KPN", "Proximus", "Heineken", "AB InBev", "FrieslandCampina", "Royal FloraHolland", "PostNL", "bpost",
          "Colruyt", "Delhaize", "Lotus Bakeries", "Eneco", "Vattenfall", "Kruidvat", "Action", "Zalando",
          "Vodafone Ziggo", "Telenet", "Lidl Nederland", "Etos", "De Bijenkorf", "Picnic", "Thuisbezorgd.nl",
          "Ben & Jerry's", "Douwe Egberts", "Tony's Chocolonely", "Duvel Moortgat", "Gall & Gall", "Blokker"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    thousands = rng.randint(1, 99)
    return {
        "city": rng.choice(["Amsterdam", "Rotterdam", "Utrecht", "The Hague", "Eindhoven", "Groningen", "Antwerp",
                            "Ghent", "Leuven", "Brussels", "Zwolle", "Breda"]),
        "eur": f"€ {thousands}.{rng.randint(0, 999):03d},{rng.choice(['00', '50', '95'])}",
        "eur2": f"€{rng.randint(1, 49)},{rng.choice(['99', '49', '95', '00'])}",
        "pct": f"{rng.randint(1, 48)},{rng.randint(1, 9)}",
        "rcc": f"{rng.randint(2016, 2025)}/{rng.randint(1, 999):05d}",
        "stb": f"{rng.randint(2000, 2025)}, {rng.randint(10, 680)}",
        "big": f"{rng.randint(1, 17)}.{rng.randint(0, 999):03d}.{rng.randint(0, 999):03d}",
        "kvk": f"{rng.randint(10000000, 99999999)}",
        "btw": f"BE0{rng.randint(400, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
        "pc": f"{rng.randint(1000, 9999)} {rng.choice(['AB', 'CD', 'GH', 'KL', 'RT', 'XZ'])}",
        "art": str(rng.randint(2, 99)),
        "store": str(rng.randint(40, 1300)),
        "wk": str(rng.randint(1, 52)),
        "hh": f"{rng.randint(7, 9)}.00",
        "feest": rng.choice(["Koningsdag", "Sinterklaas", "Black Friday", "Carnaval", "Bevrijdingsdag", "Kerst",
                             "Moederdag", "Pasen", "Vaderdag"]),
        "krant": rng.choice(["NRC", "de Volkskrant", "Het Financieele Dagblad", "De Telegraaf", "De Standaard",
                             "De Tijd", "Het Laatste Nieuws", "Trouw"]),
    }  # fmt: skip


NOT_CITATIONS = {
    "nl-legal-form": [
        "{B} operates in the Netherlands through a B.V. owned by a listed N.V. (Euronext Amsterdam).",
        "The co-operative is registered as a U.A. (uitgesloten aansprakelijkheid), which limits the members' liability.",
        "In Belgium the subsidiary is an NV/SA (naamloze vennootschap / société anonyme) with its seat in Brussels.",
    ],
    "rcc-ruling": [
        "The Reclame Code Commissie upheld the complaint in dossier {rcc} and asked the advertiser to stop the claim.",
        "In ruling {rcc} the RCC found the phrase “climate neutral” misleading.",
    ],
    "staatsblad": [
        "The new rules were published in the Staatsblad (Stb. {stb}) and apply from 1 January.",
        "See Stb. {stb} for the text of the amendment, which entered into force on {d} March {Y}.",
    ],
    "belgisch-staatsblad": [
        "The change to Book VI was published in the Belgisch Staatsblad / Moniteur belge on {d} May {Y}.",
        "The royal decree (Koninklijk Besluit of {d} June {Y}) sets the rules for price announcements.",
    ],
    "law-article": [
        "Under Article 6:193b of the Burgerlijk Wetboek (BW) a commercial practice is unfair when it misleads the average consumer.",
        "Article VI.{art} of the Wetboek van economisch recht (WER) covers sales at a loss.",
        "Article {art} AVG (GDPR) requires a clear legal basis for every CRM mailing.",
    ],
    "telecom-act": [
        "Article 11.7 of the Telecommunicatiewet (Tw) requires opt-in for commercial e-mail to consumers.",
        "Since the Telecommunicatiewet changed in {Y}, telemarketing to existing customers needs consent (opt-in).",
    ],
    "acm-decision": [
        "ACM imposed a fine of {eur} on the webshop (case ACM/{Y}/{kvk}) for fake countdown timers.",
        "The Autoriteit Consument & Markt (ACM) published its guidelines on sustainability claims in {Y} and updated them in {Y2}.",
    ],
    "ap-fine": [
        "The Autoriteit Persoonsgegevens (AP) fined a telecom company {eur} in {Y} for weak security of customer data.",
        "In {Y} the AP received more than {big} data breach notifications (datalekken).",
    ],
    "cbs-figure": [
        "CBS figures for Q{q} {Y} show online spending up {pct} procent year on year.",
        "The Netherlands now has {big} inhabitants (CBS, peildatum 1 January {Y}).",
    ],
    "statbel-figure": [
        "Statbel counts {big} households in Belgium, of which about {pct}% live in Flanders.",
        "Inflation in Belgium was {pct}% in {Y} (harmonised index, HICP).",
    ],
    "euro-amount": [
        "The total campaign budget is {eur} excluding VAT (btw).",
        "A Bonus box costs {eur2} per week, and the first box is free.",
        "The average basket at {B} was {eur2} in {Y} against {eur2} in {Y2}.",
    ],
    "percent-comma": [
        "The response rate of the mailing was {pct} procent, well above the target.",
        "Market share grew from {pct}% to {pct}% in twelve months.",
    ],
    "campaign-calendar": [
        "{feest} is the first peak in the campaign calendar (see the Gantt chart, weeks {wk} to 52).",
        "The Hamsterweken run in weeks {wk} to {wk} and overlap with back-to-school.",
        "Koningsdag (27 April) and Bevrijdingsdag (5 May) are both in the spring flight.",
    ],
    "sinterklaas": [
        "Pakjesavond (5 December) is still more important than Christmas for toy sales in the Netherlands.",
        "The Sinterklaas campaign starts when the Sint arrives in mid-November (intocht), not on 1 December.",
    ],
    "dolle-dagen": [
        "Bol.com's Dolle Dagen (week {wk}) are now bigger than Black Friday for some categories.",
        "During Black Friday {Y} the site had {big} visits in one day.",
    ],
    "newspaper-headline": [
        "{krant} ran the headline “Supermarkets fight for the Dutch wallet” on its front page.",
        "The story was on the front page of {krant} on {d} September {Y}, the day before the launch.",
    ],
    "trade-award": [
        "The campaign won a Gouden Effie in {Y} and was shortlisted for the SAN Accent ({Y2}).",
        "{B} was chosen as Retailer of the Year (Retailer van het Jaar) in {Y}.",
    ],
    "founding-year": [
        "{B} was founded in {city} in {Y} and still has its head office there.",
        "The brewery has been brewing since 1864 (Est. 1864 on the label).",
    ],
    "royal-predicate": [
        "The company received the predicate Koninklijk (Royal) in {Y}, which is only given after 100 years.",
        "As a Purveyor to the Court (Hofleverancier) since {Y}, the bakery uses the royal coat of arms.",
    ],
    "store-count": [
        "{B} has {store} stores in the Netherlands and Belgium (situation 31 December {Y}).",
        "The franchise network grew to {store} outlets, of which about a third in Flanders.",
    ],
    "kvk-number": [
        "The agency is registered with the Kamer van Koophandel (KvK) under number {kvk}.",
        "Invoices must show the KvK number ({kvk}) and the VAT number.",
    ],
    "btw-number": [
        "The Belgian entity has enterprise number {btw} (KBO/BCE).",
        "The VAT number {btw} is printed on every Belgian receipt.",
    ],
    "postcode": [
        "The pilot uses all addresses in postcode area {pc} in {city}.",
        "Deliveries to postcodes 1000 to 1109 (Amsterdam) are made by cargo bike.",
    ],
    "opening-hours": [
        "Stores open on Sunday (koopzondag) from 12.00 to 17.00 in most city centres.",
        "The customer service is open Monday to Friday ({hh} to 21.00).",
    ],
    "flower-auction": [
        "The clock in Aalsmeer (Royal FloraHolland) sells about {big} flowers and plants per day.",
        "Tulip prices at the auction peak around Valentine's Day (14 February) and Moederdag (second Sunday of May).",
    ],
    "dairy-coop": [
        "FrieslandCampina is owned by around {store} member dairy farmers in the Netherlands, Germany and Belgium.",
        "The milk price (garantieprijs) for March {Y} was {eur2} per 100 kilograms.",
    ],
    "beer-code": [
        "Under the Reclamecode voor Alcoholhoudende Dranken (RvA) no model may look younger than 25.",
        "Every Heineken ad carries the line “Geniet, maar drink met mate” (Enjoy, but drink in moderation).",
    ],
    "ticker": [
        "Shares of Ahold Delhaize (AEX: AD) rose {pct}% after the results.",
        "KBC (Euronext Brussels: KBC) and ING (AEX: INGA) both reported record profits in {Y}.",
    ],
    "fiscal-year": [
        "In FY{Y} revenue increased by {pct}%, mainly from online sales.",
        "The plan covers the financial years {Y} to {Y2}.",
    ],
    "quarter-results": [
        "In Q{q} {Y} the number of postpaid customers grew by {wk}.000.",
        "H1 {Y} results were presented on {d} July in {city}.",
    ],
    "phone-number": [
        "Customers can call 0800 {store}{wk} (free) or use WhatsApp.",
        "The Belgian helpline (+32 2 {store} {wk} {art}) is open on Saturdays too.",
    ],
    "iban-payment": [
        "Payments go through iDEAL (the Dutch online payment system) and Bancontact in Belgium.",
        "The donation was made to NL{art}RABO0{kvk}{q} in the name of the foundation.",
    ],
    "dutch-gloss": [
        "The term “zuinig” (thrifty) describes the Dutch shopper well.",
        "Dutch has a word for it: gezelligheid (roughly: cosiness, togetherness).",
        "In Flanders people speak of a “Vlaamse reflex” (buying local) in the supermarket.",
    ],
    "slogan-translation": [
        "The slogan “Albert Heijn. Wel zo handig” (Albert Heijn. Just so handy) was used for years.",
        "HEMA's line “Echt HEMA” (Really HEMA) returned in the {Y} campaign.",
    ],
    "hashtag-handle": [
        "The campaign used the hashtag #Koningsdag{Y} and the brand's own handle on Instagram (@ahnl style).",
        "Posts with #dtv (doe de test) had more reach on TikTok than the paid videos.",
    ],
    "tv-programme": [
        "The brand sponsored “Heel Holland Bakt” (the Dutch Bake Off) for two seasons.",
        "The spot ran during “De Slimste Mens” on VRT 1 (season {art}).",
    ],
    "sports-sponsor": [
        "Rabobank ended its cycling sponsorship after the {Y} Tour de France.",
        "The Jumbo-Visma team (now Visma | Lease a Bike) won all three Grand Tours in 2023.",
    ],
    "event-name": [
        "The brand had a stand at the Emerce eDay ({d} October {Y}) in Amsterdam.",
        "The launch took place at Dutch Design Week (DDW) in Eindhoven in October.",
    ],
    "course-module": [
        "This report is written for the CIM Level 7 module Marketing and Digital Strategy (MDS).",
        "The word count (3.000 words, ±10 procent) excludes the appendices.",
    ],
    "appendix-figure": [
        "See Appendix {q} (Figure {art}) for the full customer journey map.",
        "Table {art} (below) compares the three options on cost, reach and fit.",
    ],
    "survey-wave": [
        "The own survey (n = {store}) was held in week {wk} among customers in {city}.",
        "A second wave (N={store}) followed after {feest} to measure recall.",
    ],
    "interview": [
        "In an interview (March {Y}) the category manager confirmed the new pricing approach.",
        "The store manager in {city} (personal communication, {d} May) confirmed this.",
    ],
    "energy-contract": [
        "A variable energy contract at Eneco cost about {eur} per year in {Y} (average household).",
        "The price cap (prijsplafond) applied in {Y} for the first 1.200 m³ of gas.",
    ],
    "logistics-volume": [
        "PostNL delivered {big} parcels in {Y}, an all-time record for the Netherlands.",
        "bpost handles around {store} million letters a year (Belgium, {Y}).",
    ],
    "version-release": [
        "The new app (version {q}.{art}) was released in the App Store in week {wk}.",
        "Release {Y}.{q} of the CRM system adds consent management (AVG).",
    ],
    "price-list": [
        "Unlimited mobile costs {eur2} per month (SIM only, 1 year) at the challenger brand.",
        "Delivery is free above {eur2}; below that it costs {eur2}.",
    ],
    "date-range": [
        "The flight runs from {d} April to {d} May {Y}, with a peak on Koningsdag.",
        "The test ran for six weeks (weeks {wk}–{wk}, {Y}).",
    ],
    "ad-code-scope": [
        "The Nederlandse Reclame Code (NRC) applies to all advertising aimed at Dutch consumers, also online.",
        "The Kinder- en Jeugdreclamecode (KJC) sets stricter rules for children under 13.",
    ],
    "stichting-name": [
        "The Stichting Ronald McDonald Kinderfonds and the Stichting Het Vergeten Kind are the two charity partners.",
        "Stichting Max Havelaar (Fairtrade Nederland) certifies the coffee in the own-label range.",
    ],
}
