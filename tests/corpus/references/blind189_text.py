"""The hundred-and-eighty-ninth independent pool, "blind189" (HELD OUT: never tune on it; report its tables only).

Written without reading the checker, its tests or any other pool, as marketers in Denmark, Norway, Greenland, the
Faroe Islands and their diaspora (Copenhagen/København, Aarhus, Odense, Aalborg, Esbjerg, Roskilde; Oslo, Bergen,
Trondheim, Stavanger, Tromsø, Kristiansand, Bodø; Nuuk, Tórshavn; London, Malmö, Hamburg, Minneapolis, Brooklyn)
write CIM Level 6 and 7 reports and MBA assignments in English on the CIM 2206 brief: banks and fintechs, telecoms,
retailers, food and drink makers, LEGO, Novo Nordisk, Pandora, Ørsted, Maersk and the rest, with the region's press,
agencies, regulators, laws, statistics offices and research firms. Frames cite at the start, middle and end of
sentences, with "see", "cf." and "e.g." inside brackets; claims talk in kr., DKK, NOK, "mio. kr." and "mia. kr.";
decoys are the region's laws and their numbering (LBK nr., lov nr., LOV-), GDPR articles, § signs, CVR and
organisation numbers, postcodes, 17. mai, Sankt Hans, julefrokost, Fastelavn, festivals, week numbers, tickers,
ships, flights, product models, TV series, royals and founders with their years, glosses of Danish, Norwegian,
Greenlandic, Faroese and Sámi words, none of them citations.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

_DK_CITIES = ["Copenhagen", "København", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Roskilde", "Vejle", "Herning"]  # fmt: skip
_NO_CITIES = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Kristiansand", "Bodø", "Drammen", "Ålesund"]  # fmt: skip
_DIASPORA = ["London", "Malmö", "Hamburg", "Minneapolis", "Brooklyn", "Nuuk", "Tórshavn", "Reykjavík"]  # fmt: skip
_MONTHS_DA = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]  # fmt: skip
_MONTHS_NO = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]  # fmt: skip
_CHANNELS = ["MobilePay", "Vipps", "Instagram", "TikTok", "the tilbudsavis", "Snapchat", "LinkedIn", "Finn.no", "podcasts"]  # fmt: skip
_SEGMENTS = ["students in Aarhus", "young Norwegians", "families in Jutland", "Oslo commuters", "older Danes",
             "first-time buyers in Bergen", "Greenlandic consumers", "Gen Z Danes", "cabin owners", "SMEs in Stavanger"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2015, 2025)
    return {
        "DKCITY": rng.choice(_DK_CITIES), "NOCITY": rng.choice(_NO_CITIES), "ABROAD": rng.choice(_DIASPORA),
        "MDA": rng.choice(_MONTHS_DA), "MNO": rng.choice(_MONTHS_NO), "CH": rng.choice(_CHANNELS),
        "SEG": rng.choice(_SEGMENTS), "KR": f"{rng.randint(2, 999)},{rng.randint(0, 9)}", "PCT": str(rng.randint(3, 78)),
        "WK": str(rng.randint(1, 52)), "CVR": f"{rng.randint(10000000, 99999999)}",
        "ORGNR": f"{rng.randint(900, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        "YR": str(year), "YR2": str(year + 1)[2:],
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}, which is why {B} has moved budget into {CH}.",
    "{N} showed that {C} among {SEG}.",
    "{N} point out that {C}, at least in the Danish market.",
    "{N} made the case that {C}.",
    "{N} observed that {C} in Norway long before it did in Denmark.",
    "{N} suggested that {C}; {B} is a good example of this.",
    "{N} concluded that {C}.",
    "{N} warned that {C} unless the brand keeps its promises.",
    "{N} identified three drivers, and the strongest is that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explained, {C}.",
    "{O}, {N} found that {C}.",
    "According to {N}, {C}.",
    "This is in line with {N}, who argue that {C}.",
    "{C}, as {N} point out.",
    "For a Nordic brand such as {B}, the lesson from {N} is that {C}.",
    "In a Danish context, {N} showed that {C}.",
    "Research by {N} in {NOCITY} and {DKCITY} suggests that {C}.",
    "{O}, the model of {N} helps to explain why {C}.",
    "Building on {N}, this report assumes that {C}.",
    "{B} could learn from {N}, who found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {SEG} found that {C}.",
    "{O}, {N} framework explains why {C}.",
    "{N} survey of Nordic marketers showed that {C}.",
    "Applied to {B}, {N} model suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is good evidence that {C} {P}.",
    "In the Nordic markets, {C} {P}.",
    "{C}, especially outside {DKCITY} {P}.",
    "It is widely accepted in Scandinavia that {C} {P}.",
    "{C}, not least among {SEG} {P}.",
    "{C} {P:see}.",
    "{C} {P:cf.}.",
    "Several studies agree that {C} {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, although {C2}.",
    "{C} {P}; even so, {C2}.",
    "{C} {P}, while in Norway {C2}.",
    "{O}, {C} {P}, which means that {C2}.",
    "Because {C} {P}, {B} should test this in {DKCITY} first.",
]  # fmt: skip
CLAIMS = [
    "{B} relies on {CH} more than its rivals do",
    "trust is the main asset of a Nordic bank",
    "{A} in Denmark expect brands to be open about prices",
    "{T} works best when it is tied to {R}",
    "Danish consumers reward {T} with {R}",
    "Norwegian shoppers are more price-sensitive than Danes when the krone weakens",
    "{SEG} respond better to humour than to hard selling",
    "discount chains such as Netto and Kiwi set the price level for the whole grocery market",
    "{T} lowers the cost of reaching {A}",
    "sustainability claims must be documented before they are used in advertising",
    "{B} can raise {R} through {CH}",
    "a loyalty app is only as good as the data behind it",
    "{A} in Oslo switch banks less often than they say they will",
    "hygge is used by brands as a promise of warmth rather than as a product attribute",
    "the dugnad spirit makes Norwegians receptive to cause-related marketing",
    "influencers must label paid posts clearly as advertising",
    "{B} gains more from {T} than from paid search",
    "brands that sponsor Roskilde Festival build {R} among {A}",
    "customers in Greenland and the Faroe Islands are poorly served by national campaigns",
    "the Christmas season accounts for a large share of annual sales for {B}",
    "price is less important than convenience for {SEG}",
    "consumers in a high-trust society are quick to punish brands that break that trust",
]  # fmt: skip
OPENERS = [
    "However", "In practice", "For {B}", "Similarly", "At the same time", "In Denmark", "In Norway",
    "By contrast", "More recently", "In the case of {B}", "Since the pandemic", "Seen from {ABROAD}",
    "On the Norwegian side", "For a challenger such as {B}",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its website and its stores in {DKCITY} and {NOCITY}.",
    "The campaign ran for six weeks on {CH}, in the tilbudsavis and on TV 2.",
    "{B} has around {n} stores across Denmark and Norway.",
    "Prices are given in Danish kroner unless stated otherwise.",
    "The figures below cover Denmark only; Norway is treated separately in Task 2.",
    "{O}, {C}.",
    "The author works in the marketing team of {B} in {DKCITY}.",
    "Interviews were held in Danish and Norwegian and translated by the author.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one study puts it, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "The point is made well by {N}: {Q}.",
    "{B} has clearly taken on board that {Q} {P}.",
    "In the words of {N}, {Q}.",
    "It has been argued that {Q} {P}, and this report agrees.",
]  # fmt: skip
SCARE_QUOTES = ["‘hygge’", "‘dugnad’", "“samfundssind”", "‘koselig’", "‘friluftsliv’", "'pyt'", "“Nordic cool”",
                "‘lagom’", "«kos»", "»janteloven«", "‘flexicurity’", "\"the Danish model\"", "‘matpakke’"]  # fmt: skip
SCARE_FRAMES = [
    "Brands such as {B} sell {Q} as much as they sell products {P}.",
    "The idea of {Q} has become a marketing cliché {P}.",
    "{N} described this as {Q} in action.",
    "Campaigns built on {Q} travel well outside Scandinavia {P}.",
]  # fmt: skip
SUBJECT_LINES = ["“Glædelig jul – 20 % på alt i dag”", "‘Tilbud: kun i dag!’", "“Black Week starter nu”",
                 "‘Gratulerer med dagen – 17 % rabatt’", "\"Your {M} order is on its way\"", "«Siste sjanse – gratis frakt»",
                 "“Sankthans-tilbud til hele familien”", "‘Din faktura fra {B} er klar’", "»Fastelavn er fyldt med tilbud«"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} doubled open rates {P}.",
    "{B} sent the email {Q} to lapsed members {P}.",
    "A push message headed {Q} performed best, as {N} would predict.",
    "Subject lines such as {Q} work because they are short and local {P}.",
]  # fmt: skip
BRANDS = ["Danske Bank", "Nordea", "Jyske Bank", "Nykredit", "Lunar", "MobilePay", "Vipps", "DNB", "SpareBank 1",
          "Sbanken", "Klarna", "TDC", "YouSee", "Telenor", "Telia", "3 Danmark", "Netto", "føtex", "Bilka", "Salling Group",
          "Coop", "Rema 1000", "Matas", "Magasin", "Illum", "Søstrene Grene", "Flying Tiger Copenhagen", "JYSK",
          "Elkjøp", "Kiwi", "Meny", "Komplett", "Finn.no", "Zalando", "Carlsberg", "Tuborg", "Arla", "Lurpak",
          "Danish Crown", "Anthon Berg", "Toms", "Lakrids by Bülow", "Orkla", "Tine", "Freia", "Mack", "Ringnes",
          "Mowi", "Lerøy", "Kavli", "LEGO", "Novo Nordisk", "Pandora", "Ørsted", "Maersk", "Bang & Olufsen",
          "Vestas", "Ecco", "Equinor", "Norwegian", "SAS", "Hurtigruten", "Kahoot!", "Visit Norway", "VisitDenmark",
          "Air Greenland", "Royal Greenland", "Bakkafrost"]  # fmt: skip

NOT_CITATIONS = {
    "danish-law-lbk": ["Influencer posts are regulated by Markedsføringsloven (LBK nr. 866 af 15/06/2022), which {B} follows.",
                       "{B} checked its green claims against markedsføringsloven (LBK nr. 866 af 15/06/2022) § 5 before launch."],
    "danish-data-law": ["Consent for the newsletter is collected under Databeskyttelsesloven (lov nr. 502 af 23/05/2018).",
                        "The Danish Data Protection Act (lov nr. 502 af 23. maj 2018) supplements the GDPR."],
    "norwegian-law-lov": ["In Norway, Lov om kontroll med markedsføring og avtalevilkår mv. (markedsføringsloven), LOV-2009-01-09-2, applies to {B}.",
                          "The Marketing Control Act (LOV-2009-01-09-2) bans advertising that exploits children's credulity."],
    "norwegian-data-law": ["Customer data is processed under Personopplysningsloven (LOV-2018-06-15-38).",
                           "{B} updated its privacy notice when personopplysningsloven (LOV-2018-06-15-38) came into force."],
    "ekom-section": ["Cookies that are not strictly necessary need consent under ekomloven § 3-15.",
                     "Since 1 January 2025, ekomloven § 3-15 has required active consent for tracking cookies."],
    "gdpr-article": ["The lawful basis is consent under GDPR Art. 6(1)(a), withdrawable under Art. 7(3).",
                     "Profiling for loyalty offers falls under Article 22 of Regulation (EU) 2016/679."],
    "section-sign": ["Prices must include moms under § 13 of the price marking rules.",
                     "The ban on surreptitious advertising is in § 3, stk. 3 of the Danish act."],
    "regulator-case-number": ["Forbrugerombudsmanden closed the case (j.nr. 22/{n}) without a fine.",
                              "Complaints to Forbrukertilsynet quote the case number (sak {YR}/{n}) in the subject line."],
    "kroner-mio": ["Salling Group's revenue passed 70 mia. kr. ({Y} figures).",
                   "The campaign budget was {n} mio. kr. (ex. moms)."],
    "nok-figures": ["{B} spent NOK {n} million on media ({Y} budget).", "Sales in Norway reached NOK {KR} bn ({YR}/{YR2})."],
    "dkk-price": ["A basket of basics cost DKK {KR} in week {WK}.", "The subscription costs kr. 149,- per month (incl. moms)."],
    "danish-date": ["The offer ran from 1. {MDA} to 14. {MDA} {Y}.", "The store opened on {d}. {MDA} {Y} in {DKCITY}."],
    "norwegian-date": ["The app was launched on {d}. {MNO} {Y} in {NOCITY}.", "The sale ended 31.12.{Y} at midnight."],
    "constitution-day": ["Sales of flags peak before 17. mai, Norway's Constitution Day (1814).",
                         "{B} ran a 17 May campaign ({Y}) with a children's parade theme."],
    "sankthans": ["Sales of grill food peak before Sankt Hans (23 June).", "The Sankthansaften (23. juni) bonfire ads ran in {NOCITY}."],
    "julefrokost": ["The julefrokost season (mid-November to 23 December) drives beer sales.",
                    "Tuborg's J-dag (first Friday of November) launches the Christmas beer."],
    "fastelavn": ["Bakeries sell fastelavnsboller before Fastelavn (February {Y}).",
                  "Costumes sell out in the week before Fastelavn (7 weeks before Easter)."],
    "festival-edition": ["Roskilde Festival {YR} (29 June – 6 July) sold 80,000 tickets.",
                         "{B} sponsored Øyafestivalen in Tøyenparken ({Y} edition)."],
    "shopping-days": ["Black Friday (24 November {Y}) was followed by Cyber Monday.",
                      "Singles' Day (11.11) has grown in Denmark since {Y}."],
    "founder-life-dates": ["LEGO was founded by Ole Kirk Christiansen (1891–1958) in Billund.",
                           "J.C. Jacobsen (1811–1887) founded Carlsberg and named it after his son."],
    "founded-year": ["Carlsberg (founded 1847) still owns the Tuborg brand.",
                     "Freia (est. 1889) remains Norway's best-known chocolate brand."],
    "executive-tenure": ["CEO Lars Fruergaard Jørgensen (2017–2025) led Novo Nordisk through the Wegovy boom.",
                         "Under Sigve Brekke (CEO 2015–2024), Telenor cut its Asian exposure."],
    "royal-years": ["Queen Margrethe II (reigned 1972–2024) was a frequent sight in Danish media.",
                    "King Frederik X (since 14 January 2024) is popular with younger Danes."],
    "legal-form": ["Arla Foods amba (a cooperative owned by farmers) sells Lurpak worldwide.",
                   "Søstrene Grene A/S and Flying Tiger Copenhagen (Zebra A/S) both began in Aarhus and Copenhagen."],
    "cvr-number": ["The data controller is {B} (CVR-nr. {CVR}).", "In Norway the company is registered as org.nr. {ORGNR} MVA."],
    "postcode": ["The flagship store is at Strøget, DK-1160 København K.", "Head office: Postboks 1, 0051 Oslo; the Nuuk branch is at 3900 Nuuk."],
    "phone-number": ["Customer service is on +45 70 12 34 56 (Mon–Fri 8–16).", "Call +47 915 02 030 or text {B} to 2030."],
    "ticker": ["Novo Nordisk (Nasdaq Copenhagen: NOVO B) is Europe's most valuable company.",
               "Equinor (OSE: EQNR; NYSE: EQNR) reports in US dollars."],
    "product-model": ["Bang & Olufsen's Beoplay H95 (launched 2019) targets travellers.", "The LEGO set 42115 (Lamborghini Sián FKP 37) sold out."],
    "slogan-since": ["Carlsberg's line “Probably the best beer in the world” (since 1973) was retired for a while.",
                     "Freia's ‘Et lite stykke Norge’ (a little piece of Norway) has run for decades."],
    "award-year": ["The campaign won a Cannes Lions Grand Prix ({Y}).", "{B}'s film took gold at Gullblyanten {YR}."],
    "ranking-year": ["{B} topped the RepTrak Denmark {Y} ranking (1st of {n}).", "Kahoot! made the {Y} Deloitte Technology Fast 50 list (rank {q})."],
    "exchange-rate": ["All figures are converted at 1 EUR = 7.46 DKK.", "NOK 100 was worth about DKK 64 ({Y} average)."],
    "vat-rate": ["Prices include moms (25 %).", "Food carries a reduced MVA rate in Norway (15 %)."],
    "week-number": ["The tilbudsavis for uge {WK} led with coffee.", "Norway's autumn break (uke 40) lifts cabin bookings."],
    "course-code": ["This report was written for the module Strategic Marketing (CBS, BA-BMKTV1002U).",
                    "The brief follows NHH course MBM402 (autumn {Y})."],
    "percent-change": ["Online grocery sales rose (+{PCT} % y/y).", "MobilePay transactions grew by {PCT} % (Q{q} {Y})."],
    "sample-size": ["Most respondents agreed (n = {n}, CAWI, Denmark).", "The survey of {SEG} ran in week {WK} (N = {n})."],
    "greenlandic-gloss": ["In Kalaallit Nunaat (Greenland), Pilersuisoq runs the village stores.",
                          "The campaign greeted customers with ‘qujanaq’ (thank you) and Inuit design."],
    "faroese-gloss": ["Sales peak at Ólavsøka (28–29 July) in Tórshavn.", "Føroyar (the Faroe Islands) are marketed as ‘unspoiled’."],
    "sami-gloss": ["Sámi National Day (6 February) is marked across Sápmi.", "Riddu Riđđu (a Sámi festival in Kåfjord) draws international visitors."],
    "local-word-gloss": ["Hygge (roughly, cosiness) became an export in 2016.", "The brand leans on friluftsliv (outdoor life) and koselig (cosy)."],
    "flight-number": ["Flight SK 1415 (Copenhagen–Oslo) is SAS's busiest route.", "Norwegian's DY 1302 to Bergen was the test route for the app."],
    "ship-name": ["Hurtigruten's MS Richard With (1993) sails the coastal route.", "Maersk's Laura Maersk (2023) runs on methanol."],
    "tv-series": ["Skam (NRK, 2015–2017) made Oslo teenagers a target for brands.", "Borgen (DR, 2010–2013) raised interest in Danish design."],
    "merger-renaming": ["Vipps MobilePay (merged 2022) serves over 11 million users.", "Nuuday (formerly TDC Consumer, 2019) owns YouSee."],
    "app-version": ["The update to MobilePay (v. 5.2) added subscriptions.", "Vipps 3.0 (released {YR}) introduced loyalty cards."],
    "football-season": ["{B} sponsors FC København in Superligaen {YR}/{YR2}.", "Brann topped Eliteserien in {Y} (round {q})."],
    "ecolabel-standard": ["The packaging carries Svanemærket (the Nordic Swan Ecolabel, since 1989).", "Ørsted is certified to ISO 14001:2015."],
    "fiscal-year": ["Carlsberg's financial year runs January–December ({Y}).", "Results for regnskabsåret {YR}/{YR2} were published in August."],
    "bank-codes": ["Payment goes to reg.nr. 3001, konto 1234567.", "Use IBAN DK50 0040 0440 1162 43 or kontonummer 1503.22.33344."],
    "clock-time": ["The flash sale started kl. 10.00 and ended kl. 23.59.", "Live-shopping ran on Fridays at 20:00 CET."],
    "hashtag": ["The post used #hygge and #julefrokost.", "The #17mai hashtag trended in {NOCITY} ({Y})."],
    "population-figure": ["Greenland (pop. about 56,000) has one national broadcaster, KNR.",
                          "The Faroe Islands (18 islands, 1,399 km²) are treated as one market by {B}."],
    "policy-rate": ["The loan offer assumed a rate of 3.60 % (fixed until {d}. {MDA} {Y}).", "Sbanken's savings account paid 4.5 % (valid from {d}. {MNO} {Y})."],
    "newspaper-edition": ["{B} bought the front page of Børsen (edition no. {n}) for the launch.", "{B} placed a full-page advert in Aftenposten (A-magasinet, issue {WK}/{Y})."],
}  # fmt: skip
