"""The prose of the blind173 pool (HELD OUT): CIM Level 6 and 7 reports and MBA assignments in English by marketers in
Germany, Austria and their diaspora.

A hundred-and-seventy-third independent pool, written without reading the checker, its tests or any other pool, and
HELD OUT: nobody tunes the checker on it until its first tables have been read. Its writers work at banks and fintechs
(Deutsche Bank, Sparkassen, N26, Trade Republic, Erste Bank, George), insurers (Allianz, ERGO, HUK-COBURG, Uniqa),
telecoms (Telekom, O2, 1&1, A1, Magenta, Drei), retailers (Aldi, Lidl, Rewe, Edeka, dm, Rossmann, Zalando, Spar,
Billa, Hofer), food and drink makers (Haribo, Dr. Oetker, Ritter Sport, Red Bull, Manner, Almdudler), car makers,
Lufthansa, Deutsche Bahn and the ÖBB, the press and agencies, in Berlin, Hamburg, München, Köln, Frankfurt, Wien,
Graz, Linz, Salzburg, Innsbruck, Bozen and abroad. They write euros as "€", "EUR" and "Euro" with German decimal
commas and thousands points, "Mio." and "Mrd.", German dates ("30.06.2024", "KW 47"), laws by their German names
with their dates, paragraphs and Bundesgesetzblatt numbers, and the Oktoberfest, Karneval and Fasching, the
Weihnachtsmärkte, the Salzburger Festspiele, the Opernball and the trade fairs (IAA, dmexco, IFA, ITB) with their
years: none of those is a citation. Placeholders are the builder's ({N}, {P}, {Q}, {C}, {C2}, {O}, {B}, {A}, {T},
{R}, {Y}, {Y2}, {n}, {q}, {d}, {M}) and the ones values() gives.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Deutsche Bank", "Commerzbank", "the Sparkassen", "Volksbanken Raiffeisenbanken", "DKB", "ING Deutschland",
          "N26", "Trade Republic", "Erste Bank", "Raiffeisen", "BAWAG P.S.K.", "George", "Allianz", "ERGO",
          "HUK-COBURG", "Uniqa", "Wiener Städtische", "Deutsche Telekom", "Vodafone", "O2 Telefónica", "1&1", "A1",
          "Magenta", "Drei", "Aldi Süd", "Aldi Nord", "Lidl", "Rewe", "Edeka", "dm-drogerie markt", "dm", "Rossmann",
          "Otto", "Zalando", "MediaMarkt", "Saturn", "Spar", "Billa", "Hofer", "Haribo", "Dr. Oetker", "Ritter Sport",
          "Milka", "Bahlsen", "Red Bull", "Manner", "Almdudler", "Bitburger", "Beck's", "Ottakringer", "Volkswagen",
          "BMW", "Mercedes-Benz", "Porsche", "Audi", "KTM", "Lufthansa", "Austrian Airlines", "Deutsche Bahn", "ÖBB",
          "Flixbus", "Tchibo", "Hornbach", "Kaufland", "Penny", "Netto", "Sky Deutschland", "HelloFresh"]  # fmt: skip

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}, although the sample was drawn only from {city}.",
    "{N} showed that {C}, which is directly relevant to {B}.",
    "{N} concluded that {C}.",
    "{N} makes the point that {C} – something {B} has only started to act on.",
    "{N} observed that {C}, particularly among {A} in {city}.",
    "{N} points out that {C}.",
    "{N} reported that {C} and that {C2}.",
    "{N} is sceptical, arguing that {C}.",
    "{N} identifies that {C}; the same pattern can be seen at {B}.",
    "{N} demonstrates that {C}.",
    "{N} underlines that {C}, a finding that applies to the DACH market as a whole.",
    "{N} noted that {C} – and the German market is no exception.",
    "{N} questions whether {C}.",
    "{N} recommends that {B} should check whether {C}.",
    "{N} explain that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "As {N} explains, {C}.",
    "This is in line with {N}, who argue that {C}.",
    "{C}, as {N} point out.",
    "In the Austrian context, {N} showed that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "A study by {N} confirmed that {C}.",
    "Following {N}, this report assumes that {C}.",
    "{C}; {N} came to a similar conclusion for the German market.",
    "Here the work of {N} is useful: {C}.",
    "In a survey of {A} in {city}, {N} found that {C}.",
    "{O}, as {N} notes, {C}.",
    "Research by {N} suggests that {C}.",
    "{B}'s marketing team could learn from {N}, who showed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} in {city} found that {C}.",
    "{N} model helps to explain why {C}.",
    "{O}, {N} framework suggests that {C}.",
    "{N} findings indicate that {C}.",
    "{N} analysis of the German banking market shows that {C}.",
    "Applying {N} model to {B}, it is clear that {C}.",
    "{N} argument that {C} is convincing for the DACH region.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "In Germany, {C} {P}.",
    "In Austria the picture is similar: {C} {P}.",
    "There is good evidence that {C} {P}.",
    "{B} is a good example, because {C} {P}.",
    "Several authors agree that {C} {P}.",
    "{O}, it has been shown that {C} {P}.",
    "Especially in {city}, {C} {P}.",
    "This matters because {C} {P}.",
    "For the German-speaking markets, {C} {P}.",
    "Evidence from the DACH region suggests that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, while {C2}.",
    "{C} {P}; however, {C2}.",
    "{O}, {C} {P}, and {C2}.",
    "{C} {P}, but in Austria {C2}.",
    "{C} {P} – even so, {C2}.",
    "Although {C} {P}, {C2}.",
    "{C} {P}, which explains why {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Germany still prefer to pay in cash",
    "trust in the local Sparkasse is higher than trust in the big private banks",
    "neobanks such as {B} win younger customers through their app, not through price",
    "German consumers are among the most price-sensitive in Europe",
    "discounters have moved from pure price to quality and sustainability messages",
    "{T} raises {R} among {A}",
    "private labels now compete with manufacturer brands on quality",
    "regional origin is a strong purchase driver for food in Austria",
    "data protection concerns make German customers reluctant to share personal data",
    "cookie banners reduce the reach of {T} in the DACH market",
    "influencers have to label paid posts clearly as advertising",
    "heritage brands such as {B} rely on nostalgia to stay relevant",
    "{B} uses {T} to reach {A}",
    "loyalty programmes such as Payback give retailers valuable first-party data",
    "the Mittelstand invests less in brand building than large corporations",
    "sustainability claims must be specific to avoid accusations of greenwashing",
    "customers expect the same service in the branch and in the app",
    "German car buyers are slower to accept electric vehicles than expected",
    "rail customers judge {B} mainly on punctuality",
    "sponsorship of winter sport strengthens brand recall in Austria",
    "{A} compare mobile tariffs online before they switch provider",
    "firms that combine {T} with strong service achieve better {R}",
    "Made in Germany is still a strong quality signal abroad",
    "the Austrian market is too small for many international campaigns to be adapted",
    "inflation has made {A} switch to cheaper brands",
    "{B} has to balance tradition and innovation in its communication",
    "word of mouth matters more than advertising for insurance products",
    "Turkish-German consumers are often overlooked by mainstream campaigns",
    "retail media is becoming an important source of income for grocers",
    "{A} read reviews before they buy online",
]  # fmt: skip
OPENERS = [
    "However", "In addition", "In the case of {B}", "Furthermore", "At the same time", "In practice", "Moreover",
    "On the other hand", "For {B}", "In Germany", "In Austria", "Since the pandemic", "Nevertheless",
    "In the DACH region", "Similarly",
]  # fmt: skip
PLAIN = [
    "{B} operates around {branches} branches in Germany and Austria.",
    "The campaign ran for six weeks on TV, in the {B} app and on Instagram.",
    "{O}, {C}.",
    "The marketing team in {city} is responsible for Germany, Austria and South Tyrol.",
    "Customer data is stored on servers in Frankfurt am Main.",
    "{B} is the market leader in its category in Austria.",
    "Budgets are agreed with the Vorstand every autumn.",
    "The organisation has a strong brand but a weak digital presence.",
    "Many customers still visit a branch at least once a month.",
    "The brief asks for a plan for the next twelve months.",
    "Most competitors follow a similar strategy.",
    "{B} works with an agency in Hamburg and a media agency in Wien.",
    "The author works in the marketing department of {B} in {city}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "{N} puts it clearly: {Q}.",
    "As one textbook states, {Q} {P}.",
    "{O}, {Q} {P}.",
    "This is summed up as follows: {Q} {P}.",
    "{N} writes that {Q}.",
    "In the words of {N}, {Q}.",
    "The key point is that {Q} {P}, which {B} should take seriously.",
]  # fmt: skip
SCARE_QUOTES = ["„Made in Germany“", "“Mittelstand”", "‘Geiz ist geil’", "“Heimat”", "„Schnäppchen“", "“Gemütlichkeit”",
                "‘Hausbank’", "“Datenschutz first”", "„Nachhaltigkeit“", "‘Servus’", "“Vorsprung durch Technik”"]  # fmt: skip
SCARE_FRAMES = [
    "German advertisers still play on the idea of {Q} {P}.",
    "{B} describes its approach as {Q} {P}.",
    "The slogan {Q} shaped a whole generation of shoppers {P}.",
    "{N} calls this the {Q} effect.",
    "For many customers, {Q} is part of the brand {P}.",
    "The term {Q} is hard to translate into English {P}.",
]  # fmt: skip
SUBJECT_LINES = ["„Nur heute: 20 % auf alles“", "“Ihr Warenkorb wartet auf Sie”", "‘Servus! Ihr Vorteil im {M}’",
                 "“Last chance: {n} € Startguthaben”", "„Frohe Weihnachten – Ihr Geschenk wartet“",
                 "“Jetzt Konto eröffnen und {n} € sichern”", "‘Black Week: bis zu 50 % Rabatt’",
                 "“Ihre Rechnung für {month} ist da”", "„O’zapft is – 2 Maß zum Preis von 1“"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} achieved the highest open rate of the year {P}.",
    "{B} tested {Q} against a neutral subject line {P}.",
    "An email with the subject {Q} was sent to all inactive customers {P}.",
    "Subject lines such as {Q} create urgency {P}.",
    "{N} cites {Q} as an example of good practice.",
    "A reminder headed {Q} lifted click-throughs {P}.",
]  # fmt: skip

# Text with brackets, years, codes, dates and names that is not a citation.
NOT_CITATIONS = {
    "bdsg-with-date": [
        "All customer data is processed in line with the Bundesdatenschutzgesetz (BDSG) vom 30. Juni 2017.",
        "{B} updated its privacy notice to reflect the BDSG of 30 June 2017 and the GDPR.",
    ],
    "uwg-paragraph": [
        "Comparative claims are only allowed within the limits of § 6 UWG.",
        "Hidden advertising by influencers is a breach of § 5a Abs. 4 UWG.",
        "Cold calls to consumers need prior consent under § 7 Abs. 2 Nr. 1 UWG.",
    ],
    "ttdsg-cookie-law": [
        "Since 1 December 2021 the Telekommunikation-Telemedien-Datenschutz-Gesetz (TTDSG) requires consent for most cookies.",
        "Under § 25 TTDSG (now TDDDG) {B} has to ask before setting tracking cookies.",
    ],
    "austrian-bgbl": [
        "In Austria the Datenschutzgesetz (DSG), BGBl. I Nr. 165/1999, applies alongside the GDPR.",
        "The Austrian UWG (BGBl. Nr. 448/1984) also bans aggressive commercial practices.",
    ],
    "eu-regulation-number": [
        "The Digital Services Act (Regulation (EU) 2022/2065) adds new duties for online platforms.",
        "Price reductions must follow the Omnibus Directive (EU) 2019/2161 and the PAngV 2022.",
    ],
    "euro-german-format": [
        "The campaign budget was 1.250.000,50 € for the whole year.",
        "The average basket value rose to EUR 47,80 ({Y}: EUR 41,20).",
        "{B} spent {euros} on TV in {Y}.",
    ],
    "mio-mrd": [
        "{B}'s turnover reached {bn} Mrd. Euro in the financial year {Y}.",
        "The Sparkassen have around {mio} Mio. customers in Germany.",
    ],
    "founder-lifespan": [
        "{founder} built the company from a single shop.",
        "The brand still follows the values of its founder, {founder}.",
    ],
    "founded-in-bracket": [
        "{heritage} is one of the oldest brands in the sample.",
        "Customers associate {heritage} with childhood and tradition.",
    ],
    "person-with-title": [
        "{titled} presented the new brand strategy to the staff in {city}.",
        "An interview with {titled} was part of the primary research.",
    ],
    "executive-since": [
        "{exec} has led the turnaround of the bank.",
        "Under {exec} the group moved its marketing in-house.",
    ],
    "car-model": [
        "The {car} was launched with a purely digital campaign.",
        "Pre-orders for the {car} exceeded expectations in Austria.",
    ],
    "tariff-product-name": [
        "The best-selling tariff is {tariff}.",
        "{B} bundles its offer with {tariff} for students.",
    ],
    "deutschlandticket": [
        "The Deutschlandticket (49 € per month from 1 May 2023, 58 € from January 2025) changed commuting habits.",
        "The KlimaTicket Österreich (€1,095 per year in 2021) is the Austrian counterpart.",
    ],
    "oktoberfest": [
        "Brand activations at the Oktoberfest {wiesnyear} (the {wiesn}th Wiesn) reached millions of visitors.",
        "The Oktoberfest ran from 21 September to 6 October {Y2} in München.",
    ],
    "karneval-fasching": [
        "The Rosenmontag parade in Köln (12 February 2024) is a big moment for local brands.",
        "Campaigns start on 11.11. at 11:11, when the Karneval season officially begins.",
        "In Austria, Fasching ends on Faschingsdienstag ({d} February).",
    ],
    "weihnachtsmarkt": [
        "The Nürnberger Christkindlesmarkt (since 1628) attracts about two million visitors.",
        "{B} ran a pop-up stand at the Wiener Christkindlmarkt am Rathausplatz in December {Y}.",
    ],
    "festival-festspiele": [
        "{B} sponsors the Salzburger Festspiele (founded 1920).",
        "The Wiener Opernball ({opernball}) is the social event of the Fasching season.",
    ],
    "trade-fair": [
        "{B} presented the campaign at the {fair}.",
        "The new brand was launched at the {fair}, where the competition was also present.",
    ],
    "german-date": [
        "The offer was valid until 30.06.2024.",
        "All prices are as of {dotdate} (Stand: {dotdate}).",
    ],
    "calendar-week": [
        "Black Week (KW 47) is now more important than Black Friday itself.",
        "The TV flight ran from KW {kw} to KW {kw2}.",
    ],
    "postcode-address": [
        "The flagship store is at {address}.",
        "Returns are sent to the warehouse in 95463 Bindlach.",
    ],
    "register-number": [
        "The company is registered at the Amtsgericht München under HRB {hrb}.",
        "The Austrian subsidiary is listed in the Firmenbuch under FN {fn}.",
    ],
    "vat-iban-codes": [
        "The invoice shows the VAT number (USt-IdNr. DE{vat}).",
        "Payments go to IBAN DE89 3704 0044 0532 0130 00 (BIC COBADEFFXXX).",
    ],
    "stock-codes": [
        "{B} shares are traded in Frankfurt (ISIN DE000{isin}, WKN {wkn}).",
        "The stock left the DAX in {Y} and is now in the MDAX.",
    ],
    "index-level": [
        "The DAX closed at 16.751,64 points on 29.12.2023.",
        "The ATX rose by {pct} % in {Y}.",
    ],
    "semester": [
        "The survey was carried out in the Wintersemester {fy}.",
        "Students in the SoSe 2024 module were asked about their banking habits.",
    ],
    "award": [
        "The campaign won {award}.",
        "{B}'s agency was shortlisted for {award}.",
    ],
    "ranking": [
        "{B} is ranked {rank} in the Brand Finance Germany 50 ({Y}).",
        "Mercedes-Benz remained the most valuable German brand (Interbrand Best Global Brands 2023: #8).",
    ],
    "werberat-case": [
        "The spot was criticised by the Deutscher Werberat (case no. {n}/{Y}) for sexist imagery.",
        "The Österreichischer Werberat stopped the poster campaign in {Y} after {n} complaints.",
    ],
    "survey-sample": [
        "The online survey reached {n} respondents (n = {n}, Befragungszeitraum März {Y}).",
        "Interviews were held with branch staff (n = {q}4) in Linz and Graz.",
    ],
    "fiscal-year": [
        "Sales grew by {pct} % in the financial year {fy} (GJ {fy}).",
        "Results for Q{q} {Y} were published in the spring.",
    ],
    "history-event": [
        "Many East German brands disappeared after reunification (3 October 1990).",
        "Trabant and Rotkäppchen are part of the brand history of the GDR (1949–1990).",
        "The Wirtschaftswunder of the 1950s shaped German attitudes to saving.",
    ],
    "currency-history": [
        "Older customers still convert prices into D-Mark (1 € = 1,95583 DM).",
        "Austria replaced the Schilling (ATS) with the euro in 2002.",
    ],
    "sport-event": [
        "{B} was a partner of the UEFA Euro 2024 in Germany.",
        "The 2006 World Cup ('Sommermärchen') changed how Germans see national symbols.",
        "The Hahnenkamm race in Kitzbühel (January {Y}) is a key event for Austrian sponsors.",
    ],
    "tv-show": [
        "{B} appeared in Die Höhle der Löwen (VOX, season {q}).",
        "The Tatort slot (Sunday, 20:15) is still the most expensive in German TV.",
        "Wetten, dass..? (1981–2014) was once the biggest advertising environment in Europe.",
    ],
    "slogan-year": [
        "The slogan 'Haribo macht Kinder froh' dates back to 1935.",
        "'Red Bull verleiht Flügel' has been used since 1987.",
        "{B} still uses the claim „Quadratisch. Praktisch. Gut.“ (since 1970).",
    ],
    "vat-rate": [
        "Food is taxed at 7 % in Germany (19 % standard rate).",
        "In Austria the standard VAT rate is 20 % (10 % reduced rate).",
    ],
    "train-flight-number": [
        "The campaign ran on the {train}.",
        "Flight LH 400 (Frankfurt–New York) is the airline's showcase route.",
    ],
    "handle-hashtag": [
        "Customers complain to @DB_Bahn on X before they call the hotline.",
        "The hashtag #Wiesn{Y} was used {n}.000 times.",
    ],
    "domain-name": [
        "Most traffic comes through {domain}.",
        "Customers compare offers on check24.de and idealo.de before buying.",
    ],
    "label-siegel": [
        "The product carries the Bio-Siegel (since 2001) and the Blauer Engel (1978).",
        "The AMA-Gütesiegel is well known to Austrian shoppers.",
    ],
    "interest-rate": [
        "{B} offered {rate} % p.a. on Tagesgeld in {Y}.",
        "The ECB deposit rate was 4,00 % in September 2023.",
    ],
    "population-figure": [
        "Berlin has about 3,8 Mio. inhabitants, Wien about 2,0 Mio. and Graz about 0,3 Mio.",
        "Around 2,9 Mio. people of Turkish origin live in Germany.",
    ],
    "generation-years": [
        "Gen Z (born 1997–2012) is the main target group for {B}.",
        "The Babyboomer (1955–1969) hold most of the savings.",
    ],
    "legal-form": [
        "The group is organised as a GmbH & Co. KG, a typical form for family firms.",
        "{B} changed its legal form from AG to SE in {Y}.",
        "The Austrian agency is an OG with two partners.",
    ],
    "opening-hours": [
        "Shops in Bavaria close at 20:00 (Mo–Sa) under the Ladenschlussgesetz.",
        "The branch in {city} is open Mo–Fr 9–12 and 14–18 Uhr.",
    ],
    "beer-law-year": [
        "Bitburger advertises that it brews according to the Reinheitsgebot (1516).",
        "A Maß at the Wiesn cost around {mass} € in {Y}.",
    ],
    "place-bilingual": [
        "The distribution centre for South Tyrol is in Bozen/Bolzano (BZ).",
        "Many German tourists spend the summer on Mallorca (Playa de Palma).",
    ],
    "pandemic-period": [
        "Online sales jumped during the first lockdown (March–May 2020).",
        "Many branches closed for good after the Corona period (2020–2022).",
    ],
    "module-code": [
        "This assignment is submitted for the module {module}.",
        "The word count (3.000 words ± 10 %) excludes the reference list.",
    ],
    "election-date": [
        "Advertising for political parties peaked before the Bundestagswahl (26 September 2021).",
        "The Nationalratswahl on 29 September 2024 dominated Austrian media.",
    ],
    "unit-measure": [
        "A typical discounter store has about 800 m² of sales area.",
        "Almdudler sells its 1,5-l PET bottle mainly in supermarkets.",
    ],
}  # fmt: skip

_CITIES = ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig", "Dresden",
           "Nürnberg", "Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Bozen", "Munich", "Vienna", "Cologne"]  # fmt: skip
_FOUNDERS = ["Karl Albrecht (1920–2014)", "Theo Albrecht (1922–2010)", "Dietrich Mateschitz (1944–2022)",
             "Götz Werner (1944–2022)", "Hans Riegel (1893–1945)", "Dirk Rossmann (born 1946)",
             "Ferdinand Porsche (1875–1951)", "Werner Otto (1909–2011)", "August Oetker (1862–1918)",
             "Josef Manner (1865–1947)"]  # fmt: skip
_HERITAGE = ["Haribo (founded in Bonn in 1920)", "Dr. Oetker (Bielefeld, 1891)", "Manner (est. 1890)",
             "Ritter Sport (since 1912)", "Bahlsen (1889)", "Almdudler (created in 1957)", "Ottakringer (since 1837)",
             "Milka (launched in 1901)", "Beck's (Bremen, 1873)", "Tchibo (founded 1949)"]  # fmt: skip
_TITLED = ["Prof. Dr. Manfred Kirchgeorg", "Dr. Julia Weber", "Mag. Sabine Huber (Head of Marketing, Uniqa)",
           "Dipl.-Kfm. Jürgen Fischer", "Prof. Dr. Dr. h.c. Hermann Simon", "Mag. (FH) Thomas Gruber",
           "Dr. med. Cem Öztürk", "DI Martina Pichler", "Dr. Anna von Arnim"]  # fmt: skip
_EXECS = ["Christian Sewing (CEO since 2018)", "Tim Höttges (CEO of Deutsche Telekom since 2014)",
          "Oliver Bäte (Allianz, 2015–2025)", "Willibald Cernko (Erste Group, 2020–2024)",
          "Valentin Stalf (co-founder of N26, 2013)", "Carsten Spohr (Lufthansa CEO since 2014)",
          "Richard Lutz (DB, 2017–2025)", "Martin Winterkorn (VW, 2007–2015)"]  # fmt: skip
_CARS = ["VW ID.3 (2019)", "BMW iX3", "Mercedes-Benz EQS 450+", "Porsche 911 (992)", "Audi Q4 e-tron",
         "KTM 1290 Super Duke R", "VW Golf VIII", "BMW 3er (G20)", "Porsche Taycan 4S"]  # fmt: skip
_TARIFFS = ["MagentaMobil L (2023)", "O2 Mobile Unlimited Max", "A1 Xcite (2024)", "1&1 All-Net-Flat XL",
            "GigaKombi", "Drei Young", "Sparkasse Giro Komfort (4,90 € p.m.)"]  # fmt: skip
_FAIRS = ["IAA Mobility 2023 in München", "dmexco 2022 (Köln, 21–22 September)", "IFA 2024 in Berlin",
          "ITB Berlin 2024", "Internationale Grüne Woche (Berlin, January 2024)", "IAA 2019 in Frankfurt",
          "Anuga 2023 in Köln", "Vienna Autoshow 2024"]  # fmt: skip
_AWARDS = ["an Effie Gold (Effie Germany 2022)", "an ADC Nagel (2023)", "a Cannes Lions Grand Prix (2019)",
           "the Deutscher Marketing Preis 2021", "a Staatspreis Marketing (2022)", "a Goldene Kamera (2018)",
           "the Deutscher Nachhaltigkeitspreis 2024", "a Golden Award of Montreux (2020)"]  # fmt: skip
_ADDRESSES = ["Kaufingerstraße 1, 80331 München", "Mariahilfer Straße 77, A-1060 Wien", "Zeil 106, 60313 Frankfurt am Main",
              "Jungfernstieg 16, 20354 Hamburg", "Schildergasse 32, 50667 Köln", "Getreidegasse 9, 5020 Salzburg",
              "Laubengasse 3, 39100 Bozen"]  # fmt: skip
_TRAINS = ["ICE 4 (Baureihe 412)", "Railjet between Wien and Salzburg", "Nightjet to Hamburg", "Flixtrain FLX 10",
           "S-Bahn München (S8)", "U1 in Wien"]  # fmt: skip
_DOMAINS = ["zalando.de", "willhaben.at", "otto.de", "geizhals.at", "idealo.de", "sparkasse.de", "bahn.de", "billa.at"]
_MODULES = ["MKT7012 Strategic Marketing (WS 2024/25)", "CIM Level 7 Marketing & Digital Strategy (June 2024)",
            "BWL-MK 310 Marketing Management", "MBA 6205 (Executive MBA Wien, Kohorte 2023)"]  # fmt: skip
_MONTH_NAMES = ["Januar", "März", "Mai", "Juli", "Oktober", "Dezember"]


def values(rng: random.Random) -> dict[str, str]:
    """The pool's own fill values: places, people who are not authors, money, codes, dates and events."""
    year = rng.randint(2015, 2024)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return {
        "city": rng.choice(_CITIES),
        "founder": rng.choice(_FOUNDERS),
        "heritage": rng.choice(_HERITAGE),
        "titled": rng.choice(_TITLED),
        "exec": rng.choice(_EXECS),
        "car": rng.choice(_CARS),
        "tariff": rng.choice(_TARIFFS),
        "fair": rng.choice(_FAIRS),
        "award": rng.choice(_AWARDS),
        "address": rng.choice(_ADDRESSES),
        "train": rng.choice(_TRAINS),
        "domain": rng.choice(_DOMAINS),
        "module": rng.choice(_MODULES),
        "month": rng.choice(_MONTH_NAMES),
        "euros": rng.choice(
            [
                f"{rng.randint(1, 9)}.{rng.randint(100, 999)}.{rng.randint(100, 999)} €",
                f"EUR {rng.randint(2, 40)},{rng.randint(1, 9)} Mio.",
                f"€{rng.randint(1, 9)}.{rng.randint(100, 999)},00",
            ]
        ),
        "bn": f"{rng.randint(1, 90)},{rng.randint(1, 9)}",
        "mio": f"{rng.randint(20, 50)}",
        "pct": f"{rng.randint(1, 19)},{rng.randint(0, 9)}",
        "rate": f"{rng.randint(1, 3)},{rng.choice(['0', '25', '5', '75'])}",
        "pop": f"{rng.randint(1, 3)},{rng.randint(0, 9)}",
        "mass": f"{rng.randint(11, 15)},{rng.choice(['20', '50', '80', '90'])}",
        "dotdate": f"{day:02d}.{month:02d}.{year}",
        "kw": str(kw := rng.randint(2, 44)),
        "kw2": str(kw + rng.randint(2, 6)),
        "hrb": str(rng.randint(1000, 250000)),
        "fn": f"{rng.randint(10000, 599999)}{rng.choice('abdgkmpstvxyz')}",
        "vat": f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        "isin": f"{rng.randint(1000000, 9999999)}",
        "wkn": f"{rng.randint(500000, 999999)}",
        "fy": f"{year}/{(year + 1) % 100:02d}",
        "wiesnyear": str(wiesn_year := rng.choice([2016, 2017, 2018, 2019, 2022, 2023, 2024])),
        "wiesn": str(186 - (2019 - wiesn_year) if wiesn_year <= 2019 else 187 + (wiesn_year - 2022)),
        "opernball": f"{rng.randint(1, 28)} February {year}",
        "branches": f"{rng.randint(1, 9)}.{rng.randint(100, 999)}",
        "rank": f"no. {rng.randint(1, 50)}",
    }
