"""Prose for the ninety-second held-out pool, "blind92": CIM Level 6 and 7 reports and MBA assignments by
marketers in Iceland, the Faroe Islands, Greenland and Arctic Norway.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninety-second
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, export,
CRM, digital, destination and communications marketers at seafood and aquaculture exporters, airlines and ferry
lines, tourism boards, hotel and tour operators, geothermal and hydro energy firms, banks and pension funds,
grocery and outdoor-clothing retailers, dairy co-operatives and agencies in Reykjavík, Akureyri, Keflavík,
Tórshavn, Klaksvík, Nuuk, Ilulissat, Tromsø and Bodø write: in English as a second or third language, with
krónur written with full stops for thousands, company forms (hf., ehf., P/F, A/S, AS) in brand names, Acts and
regulator decisions by number, holidays and seasons with their dates, flight numbers, campaign hashtags,
survey firms and statistics offices named in passing, and Icelandic, Faroese, Greenlandic and Norwegian words
glossed in brackets.

Placeholders of its own, filled by values(): {isk} a króna amount, {dkk} a Danish krone price, {nok} a
Norwegian krone price, {fare} an air fare in krónur, {city} a town, {fest} a holiday or campaign season with its date, {pct} a percentage's
number, {Y3} a recent year, {ch} a channel, {outlet} a news outlet, {handle} a social handle, {firm} a survey firm
or statistics office, {case} a regulator's case number, {mo} a month, {flight} a flight number, {pax} a count of
passengers or guests, {code} a discount code, {tag} a hashtag, {ship} a ship or ferry.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Icelandair", "PLAY", "Landsbankinn", "Arion banki", "Íslandsbanki", "Síminn", "Hagar", "Festi",
          "Bónus", "Krónan", "Hagkaup", "Mjólkursamsalan (MS)", "Ísey Skyr", "66°North", "Blue Lagoon", "Landsvirkjun",
          "Brim hf.", "Síldarvinnslan", "Bakkafrost", "Hiddenfjord", "Atlantic Airways", "Smyril Line",
          "Visit Faroe Islands", "Føroya Banki", "BankNordik", "Royal Greenland", "Air Greenland", "Visit Greenland",
          "Tusass", "Pilersuisoq", "Hurtigruten", "Visit Tromsø", "Icelandic Provisions", "Omnom", "Sky Lagoon",
          "Iceland Seafood", "Norlandair", "Arctic Adventures", "Íslandshótel", "Fosshótel", "Eimskip", "Nova",
          "Orkusalan", "Widerøe", "Lofoten Seafood", "Nordlandsbanken", "Brugghúsið Kaldi", "Vínbúðin"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    isk = rng.choice([rng.randint(1, 999) * 1000, rng.randint(1, 95) * 250000, rng.randint(2, 40) * 1000000])
    return {
        "isk": rng.choice([f"{isk:,}".replace(",", ".") + " kr.", f"ISK {isk:,}".replace(",", "."),
                           f"{isk:,}".replace(",", ".") + " ISK", f"{rng.randint(2, 90)} m.kr."]),
        "dkk": rng.choice([f"DKK {rng.randint(6, 45) * 100 - 5}", f"{rng.randint(6, 45) * 100 - 5} kr.",
                           f"{rng.randint(6, 45) * 100 - 5},- kr."]),
        "fare": rng.choice([f"{rng.randint(9, 89) * 1000 - 100:,}".replace(",", ".") + " kr.",
                            f"ISK {rng.randint(9, 89) * 1000 - 100:,}".replace(",", "."),
                            f"{rng.randint(9, 89) * 1000 - 100:,}".replace(",", ".") + " ISK"]),
        "nok": rng.choice([f"NOK {rng.randint(6, 99) * 100 - 10}", f"{rng.randint(6, 99) * 100 - 10} kr",
                           f"kr {rng.randint(1, 9)} {rng.randint(1, 9)}90,-"]),
        "city": rng.choice(["Reykjavík", "Akureyri", "Keflavík", "Tórshavn", "Klaksvík", "Nuuk", "Ilulissat", "Tromsø",
                            "Bodø", "Ísafjörður", "Egilsstaðir", "Vestmannaeyjar", "Sisimiut", "Runavík", "Harstad"]),
        "fest": rng.choice(["Þorrablót", "Sumardagurinn fyrsti", "Þjóðhátíðardagurinn (17 June)", "Verslunarmannahelgi",
                            "Ólavsøka (29 July)", "National Day (21 June)", "Black Friday", "Iceland Airwaves",
                            "Christmas", "Jólabókaflóð", "Menningarnótt", "Þjóðhátíð in Vestmannaeyjar", "Bolludagur",
                            "the Northern Lights season", "midnight-sun season", "Sólarkaffi", "Singles' Day"]),
        "pct": str(rng.randint(3, 91)), "Y3": str(rng.randint(2019, 2025)),
        "ch": rng.choice(["Instagram", "TikTok", "Facebook", "YouTube", "email", "the app", "Google Ads", "SMS",
                          "podcast ads", "LinkedIn", "out-of-home", "RÚV television"]),
        "outlet": rng.choice(["Morgunblaðið", "Fréttablaðið", "Viðskiptablaðið", "RÚV", "Kjarninn", "Dimmalætting",
                              "Sermitsiaq", "KNR", "Nordlys", "Vísir", "Heimildin", "Kringvarp Føroya"]),
        "handle": rng.choice(["@icelandair", "@flyplay", "@66north", "@bluelagoonis", "@visitfaroeislands",
                              "@visitgreenland", "@hurtigruten", "@landsbankinn", "@smyrilline", "@visittromso"]),
        "firm": rng.choice(["Gallup", "Maskína", "Prósent", "MMR", "Kantar", "Euromonitor", "Hagstofa Íslands",
                            "Hagstova Føroya", "Statistics Greenland", "SSB", "Ferðamálastofa", "Seðlabankinn"]),
        "case": rng.choice([f"{rng.randint(2019, 2025)}0{rng.randint(10000, 99999)}", f"{rng.randint(1, 60)}/{rng.randint(2018, 2025)}",
                            f"nr. {rng.randint(1, 40)}/{rng.randint(2018, 2025)}"]),
        "mo": rng.choice(["janúar", "January", "March", "May", "June", "July", "August", "October", "November", "December"]),
        "flight": rng.choice([f"FI{rng.randint(200, 699)}", f"OG{rng.randint(100, 999)}", f"RC{rng.randint(400, 460)}",
                              f"GL{rng.randint(700, 799)}", f"WF{rng.randint(800, 999)}"]),
        "pax": f"{rng.randint(1, 2400) * 1000:,}".replace(",", "."),
        "code": rng.choice(["SUMAR25", "JOL24", "NORDUR10", "OLAVSOKA", "BLACKFRIDAY", "VELKOMIN", "AIRWAVES"]),
        "tag": rng.choice(["#inspiredbyiceland", "#visitfaroeislands", "#visitgreenland", "#66north", "#íslenskt",
                           "#keepitwild", "#midnattsol", "#norðurljós", "#flyplay", "#bluelagoon"]),
        "ship": rng.choice(["Norröna", "MS Richard With", "MS Trollfjord", "Herjólfur", "Sarpik Ittuk", "Smyril"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}, which is very relevant for {B} in a market of under 400.000 people.",
    "{N} found that {C}.",
    "{N} point out that {C}; in {city} this is visible every {fest}.",
    "{N} describe how {C}, although their data comes from bigger markets than Iceland.",
    "{N} claims that {C}, and {B} is a good example of this.",
    "{N} showed that {C} when they studied visitors to {city}.",
    "{N} concluded already that {C}.",
    "{N} explain that {C}, so the brand should not only rely on {ch}.",
    "{N} has a different view and says that {C}.",
    "{N} measured {R} among {A} and reported that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} write, {C}.",
    "{O}, {N} found that {C}.",
    "For a small export company like {B}, the main lesson from {N} is that {C}.",
    "{C}, as {N} also noticed in the North Atlantic context.",
    "In the words of {N}, {C}, which the team in {city} has seen itself.",
    "This is in line with {N}, who argue that {C}.",
    "{C}; this was also the conclusion of {N}.",
    "The research of {N} suggests that {C}, but it was done before {Y3}.",
    "When it comes to {ch}, {N} warn that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} model shows that {C}.",
    "{O}, {N} study of {A} suggests that {C}.",
    "{N} framework was used to plan the {fest} campaign, because {C}.",
    "Using {N} findings, the team concluded that {C}.",
    "{N} research on Nordic consumers indicates that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is often said that {C} {P}.",
    "Research shows that {C} {P}.",
    "In small island markets {C} {P}.",
    "For {B} this matters because {C} {P}.",
    "{O}, there is evidence that {C} {P}.",
    "This is important since {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, but {C2}.",
    "{C} {P}; at the same time {C2}.",
    "{C} {P}, while in {city} {C2}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{T} raises {R} among {A}",
    "country of origin is one of the strongest assets a seafood brand has",
    "tourists who arrive on a stopover often come back for a longer stay",
    "{A} trust domestic brands more than foreign ones",
    "{B} depends on foreign tourists more than its annual report admits",
    "nature-based imagery is used by almost every Nordic destination, so it no longer makes a brand different",
    "{T} works better in a small market where word of mouth travels fast",
    "banks in small economies must rebuild trust slowly after a crisis",
    "{A} respond to price promotions less than to sustainability messages",
    "the green energy story is credible only when it is backed by numbers",
    "seasonality is the biggest marketing problem for Arctic tourism",
    "{ch} gives {B} a cheaper way to reach {A} abroad",
    "loyalty programmes lose value when every competitor offers one",
    "customers in the Faroe Islands expect a personal relationship with their bank",
    "authentic local stories matter more than glossy campaigns",
    "{T} increases {R} but only if the content is in the local language",
    "overtourism damages the destination image among residents first",
    "traceability claims help salmon brands charge a premium in Asia",
    "{A} compare airline prices on their phones before anything else",
    "a heritage brand can stretch into new categories without losing credibility",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "On the other hand", "In the Icelandic market", "Furthermore",
           "In the case of {B}", "After {Y3}", "In Greenland", "Similarly", "For the {fest} campaign", "Still"]  # fmt: skip
PLAIN = [
    "{B} sells most of its products through its own web shop and {ch}.",
    "The campaign ran for six weeks before {fest}, mainly on {ch}.",
    "{B} has around {pct} percent market share in its home market.",
    "Most of the guests in {city} come between June and August, and again in the Northern Lights season.",
    "The budget for the campaign was {isk}, which is small compared to competitors.",
    "{O}, {C}.",
    "The brand team in {city} has only four people, so priorities are necessary.",
    "Prices were shown in krónur (ISK) on the Icelandic site and in euros (EUR) on the export site.",
    "The new route will be flown three times a week in the summer schedule.",
    "{B} is owned partly by pension funds, which is typical in Iceland.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "{N} wrote that {Q}.",
    "{B} seems to follow the idea that {Q} {P}.",
    "This is described well: {Q} {P}, and it fits the situation in {city}.",
    "{N} put it simply: {Q}.",
    "The point is that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "“pure”", "“untouched nature”", "‘the land of fire and ice’", "\"hidden gem\"", "“Icelandic quality”",
    "\"premium\"", "‘green’", "“sustainable salmon”", "\"once in a lifetime\"", "“authentic Arctic”",
    "‘hygge’", "\"the real Faroes\"", "“clean energy”", "‘local hero’", "\"stopover\"",
]  # fmt: skip
SCARE_FRAMES = [
    "Many brands call their products {Q}, although the word means little {P}.",
    "The word {Q} is used so often that customers stop noticing it {P}.",
    "{N} show that labels such as {Q} can backfire with younger tourists.",
    "Calling a destination {Q} raises expectations that are hard to meet {P}.",
    "{N} questions whether {Q} is still a useful claim for Nordic brands.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Northern Lights are back – book now”", "\"Gleðileg jól! 20% off until 24 December\"",
    "‘Your stopover in Iceland, free of charge’", "“Last seats to {city} this summer”",
    "\"Use code {code} at checkout\"", "“Meet the Faroes – Close to Home”", "‘Tak for i år / Thank you for this year’",
    "\"Midnight sun, no crowds\"", "“Your {fest} offer is waiting”", "‘Salmon from the cold Atlantic’",
]  # fmt: skip
SUBJECT_FRAMES = [
    "Subject lines like {Q} had the highest open rates, which supports the idea that urgency works {P}.",
    "The Instagram caption {Q} is typical of what {N} call emotional appeals.",
    "A headline such as {Q} combines price and place {P}.",
    "{N} tested slogans like {Q} and found a clear effect on {R}.",
    "The push message {Q} was sent to app users, as recommended for CRM in small markets {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "currency-thousands": [
        "The average basket in Bónus was 7.850 kr. in {Y3}, up from 7.120 kr. the year before.",
        "A return ticket to Copenhagen cost from {fare} in the low season.",
        "The Faroese campaign had a budget of DKK 1.250.000, paid by the tourism board and two partners.",
    ],
    "act-number": [
        "All email marketing must follow Act No. 90/2018 on Data Protection and the Processing of Personal Data.",
        "Comparative advertising is limited by Act No. 57/2005 on the Supervision of Unfair Business Practices and Market Transparency.",
        "The rules for tour operators changed with Act No. 96/2018, which requires a licence from Ferðamálastofa.",
    ],
    "regulator-case": [
        "In decision no. {case}, Persónuvernd found that the bank had no legal basis for the tracking pixel.",
        "Neytendastofa ruled in case {case} that the words “cheapest in Iceland” could not be proven.",
        "Forbrukertilsynet (the Norwegian Consumer Authority) closed case {case} after the influencer changed her posts.",
    ],
    "faroese-law": [
        "In the Faroe Islands, løgtingslóg nr. 80 frá 7. juni 2020 sets the rules for marketing to consumers.",
        "Faroese marketing law (løgtingslóg nr. 80, 2020) follows the Danish model closely.",
    ],
    "greenland-law": [
        "Greenland has its own rules: Inatsisartutlov nr. 14 af 6. juni 2016 covers marketing and consumer protection.",
        "Because Greenland is outside the EU, the EEA rules do not apply there, only Inatsisartutlov nr. 14 (2016).",
    ],
    "norwegian-law": [
        "Under Markedsføringsloven (the Norwegian Marketing Control Act) §§ 6 and 7, misleading price claims are not allowed.",
        "Retouched photos in adverts must be labelled in Norway since the change to Markedsføringsloven in July 2022.",
    ],
    "eea-regulation": [
        "The GDPR (Regulation (EU) 2016/679) became part of the EEA Agreement in July 2018.",
        "Regulation (EC) No 261/2004 gives passengers the right to compensation when a flight is cancelled.",
        "Iceland and Norway take over EU rules through the EEA, for example Directive 2005/29/EC on unfair commercial practices.",
    ],
    "statistics-office": [
        "Hagstofa Íslands (Statistics Iceland) reports the number of overnight stays every month.",
        "According to the latest numbers from Hagstova Føroya, about 54.000 people live in the Faroe Islands.",
        "Statistics Greenland counts around 56.000 inhabitants, a third of them in Nuuk.",
    ],
    "survey-firm": [
        "In the {Y3} brand survey by {firm}, {B} was the most trusted bank for the second year.",
        "A Maskína poll in {mo} {Y3} put trust in the banking system at {pct} percent.",
        "The MMR tracker showed that {pct}% of Icelanders had used {ch} in the last week.",
    ],
    "holiday-date": [
        "The biggest sales day of the year is not Black Friday but the week before Þorláksmessa (23 December).",
        "Sales of lamb and flags peak before Þjóðhátíðardagurinn (17 June).",
        "Hotels in Tórshavn are full during Ólavsøka (28-29 July), so the campaign avoided those dates.",
        "National Day of Greenland (21 June) is the longest day of the year and a natural date for a campaign.",
    ],
    "season-campaign": [
        "The {fest} campaign ran from 1 to 30 {mo} on {ch} and in the Smáralind mall.",
        "Our Northern Lights season (September–March) now sells more rooms than the summer.",
        "In {Y3} the midnight-sun campaign in Tromsø targeted German and Dutch travellers.",
    ],
    "flight-number": [
        "Flight {flight} to Nuuk leaves Keflavík twice a week in summer.",
        "The new route (flight {flight}) was promoted with a fare of {fare} one way.",
        "Passengers on {flight} received a push message with the gate change.",
    ],
    "passenger-figures": [
        "Keflavík Airport handled {pax} passengers in {Y3}, close to the record year 2018.",
        "Hurtigruten carried around {n}.000 guests on the coastal route in {Y3}.",
        "{B} flew {pax} passengers in Q{q} {Y3}.",
    ],
    "company-form": [
        "Landsbankinn hf. is owned almost fully by the Icelandic state.",
        "Bakkafrost P/F is listed on the Oslo Stock Exchange (ticker BAKKA).",
        "Royal Greenland A/S is owned by the Government of Greenland (Naalakkersuisut).",
        "Sjóklæðagerðin hf. trades as 66°North and was founded in 1926.",
    ],
    "ticker-symbol": [
        "Icelandair Group hf. (ICEAIR) and Hagar hf. (HAGA) are both listed on Nasdaq Iceland.",
        "Shares in Brim hf. (BRIM) rose after the capelin quota was announced in {mo}.",
    ],
    "news-outlet": [
        "The story was first covered by {outlet} in {mo} {Y3}.",
        "RÚV (the national broadcaster) ran a series on overtourism in the summer of {Y3}.",
        "Viðskiptablaðið named {B} company of the year in {Y3}.",
    ],
    "newspaper-translation": [
        "A headline in Morgunblaðið read „Ferðamönnum fækkar“ (“Fewer tourists”) in {mo} {Y3}.",
        "Dimmalætting wrote „Nýggj rutá til Keypmannahavnar“ [New route to Copenhagen] on its front page.",
    ],
    "glossed-word": [
        "Many Icelanders say þetta reddast (“it will work out”), and the brand used this attitude in its tone of voice.",
        "The Faroese word heimablídni (home hospitality) is now a product sold to tourists.",
        "The campaign was built around the Greenlandic word pinnguaq (toy) for its children's range.",
    ],
    "hashtag": [
        "User-generated posts with {tag} were reposted on the brand's own account.",
        "The hashtag {tag} had more than {pax} posts by the end of {Y3}.",
    ],
    "social-handle": [
        "{handle} has more followers on Instagram than the national tourism board.",
        "Comments under the {handle} post in {mo} were mostly in English.",
    ],
    "discount-code": [
        "Newsletter subscribers received the code {code} for 15% off in the web shop.",
        "The code {code} was used {n} times in the first 48 hours.",
    ],
    "percentage-figure": [
        "About {pct}% of guests in {city} were first-time visitors (own survey, n = {n}).",
        "The open rate was {pct}% for the Icelandic version and lower for the English one.",
    ],
    "quarter-year": [
        "Revenue in Q{q} {Y3} was 8% higher than in Q{q} {Y}.",
        "In H1 {Y3} the bank opened more accounts through the app than in branches.",
    ],
    "year-range": [
        "The strategy for {Y}-{Y2} focused on export markets in Asia.",
        "Between {Y} and {Y2} the number of cruise calls in Ísafjörður more than doubled.",
    ],
    "historic-event": [
        "Since the banking crisis of October 2008, trust in Icelandic banks has been low.",
        "The eruption of Eyjafjallajökull (2010) gave Iceland global media attention for free.",
        "After WOW air went bankrupt in March 2019, PLAY was founded to fill the gap.",
    ],
    "founding-year": [
        "Mjólkursamsalan was established in 1935 and is owned by dairy farmers.",
        "Smyril Line has sailed between Denmark, the Faroes and Iceland since 1983.",
        "Hurtigruten (est. 1893) started as a mail and cargo service along the coast.",
    ],
    "brand-with-year": [
        "The Inspired by Iceland campaign (2010) is still used as a case at Reykjavík University.",
        "66°North opened its Copenhagen store in 2017 and its London store on Regent Street later.",
    ],
    "campaign-title": [
        "The Visit Faroe Islands campaign “Sheep View 360” got attention in international media.",
        "Icelandair's “My Stopover” offer lets passengers stay up to seven nights at no extra airfare.",
        "Closed for Maintenance – Open for Voluntourism was the Faroese answer to overtourism.",
    ],
    "product-name": [
        "Ísey Skyr (launched abroad in 2017) is sold under licence in more than 20 countries.",
        "The new outerwear line “Jökla” is made for the Icelandic winter.",
    ],
    "award": [
        "The campaign won Lúðurinn (the Icelandic advertising award) in {Y3}.",
        "{B} received the Nordic Ecolabel in {Y3} and uses it on all packaging.",
    ],
    "course-code": [
        "This report is submitted for CIM Level 7, Module 2 (Marketing and Digital Strategy).",
        "The framework was introduced in the MBA course VIÐ{n}F at the University of Iceland.",
    ],
    "word-count-note": [
        "Word count: 3.480 (excluding tables and appendices).",
        "(Word count excluding the reference list: 2.950)",
    ],
    "appendix-reference": [
        "The full survey results are in Appendix C (Table C.2).",
        "See Figure 4 (page 12) for the customer journey map.",
        "The PESTLE analysis (Appendix A) shows the political and economic factors.",
    ],
    "model-name": [
        "The 7Ps and the SOSTAC planning model are used in Section 3.",
        "Porter's Five Forces is used to analyse the airline market in Iceland.",
        "The TOWS matrix (Table 2) builds on the SWOT analysis.",
    ],
    "abbreviation-gloss": [
        "Customer lifetime value (CLV) is higher for app users.",
        "The Icelandic Travel Industry Association (SAF) represents most tour operators.",
        "Net Promoter Score (NPS) went from 31 to 44 after the new onboarding.",
    ],
    "price-norwegian": [
        "A King crab safari in Kirkenes costs from {nok} per person.",
        "The Hurtigruten Bodø–Tromsø leg was sold at {nok} in the low season.",
    ],
    "price-danish": [
        "In Nuuk, a weekly shop in Pilersuisoq costs a family of four about {dkk}.",
        "The Atlantic Airways fare to Billund starts at {dkk} one way.",
    ],
    "exchange-rate": [
        "The exchange rate used is 1 EUR = 148 ISK (average for {Y3}).",
        "All figures are converted at 7,46 DKK per euro.",
    ],
    "temperature-weather": [
        "Winter temperatures in Ilulissat go below -25 °C, so the product must be tested outdoors.",
        "In {mo} the sun does not set in Tromsø (69° N), which the campaign used as its main idea.",
    ],
    "coordinates-place": [
        "Our flagship store sits on Laugavegur 91, 101 Reykjavík.",
        "The farm is located in Funningsfjørður (62° N) on Eysturoy.",
    ],
    "opening-hours": [
        "The shop is open 10–18 on weekdays and 12–17 on Sundays (summer 10–20).",
        "The Blue Lagoon opens at 07:00 in summer (June–August).",
    ],
    "ship-name": [
        "The ferry {ship} sails weekly from Hirtshals to Tórshavn and Seyðisfjörður.",
        "Guests on {ship} can see the Northern Lights from the deck between September and March.",
    ],
    "email-url": [
        "Questions about the survey can be sent to markadur@example.is (reply within 48 hours).",
        "Bookings are made on visitfaroeislands.com or in the app.",
    ],
    "interview-note": [
        "The marketing manager of {B} was interviewed in {mo} {Y3} (see Appendix B).",
        "Interview with the head of CRM, 14 March {Y3}, Teams call, 45 minutes.",
    ],
    "own-survey": [
        "Own survey, {mo} {Y3}, n = {n} respondents from Iceland and the Faroe Islands.",
        "Our customer panel ({n} members) was asked in {Y3} about the new packaging.",
    ],
    "quoted-slogan": [
        "The bank's slogan „Við erum hér fyrir þig“ (“We are here for you”) appears on every touchpoint.",
        "The ad ended with the line “Close to home, far from ordinary”.",
    ],
    "team-titles": [
        "The Head of Brand (CMO) reports directly to the CEO, not to Sales.",
        "A new Chief Digital Officer (CDO) joined {B} in {Y3}.",
    ],
    "certification": [
        "The salmon is ASC certified (Aquaculture Stewardship Council) and the cod carries the MSC label.",
        "The hotel is certified by Vakinn, the official quality system of Icelandic tourism.",
        "ISO 14001 certification was achieved in {Y3}.",
    ],
    "stock-exchange": [
        "The IPO in {mo} {Y3} was 3.5 times oversubscribed on Nasdaq Iceland.",
        "Bakkafrost reports in DKK but its shares trade in NOK on Euronext Oslo Børs.",
    ],
}  # fmt: skip
