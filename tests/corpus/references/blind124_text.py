"""The blind124 pool's prose (HELD OUT): how marketers in Suriname, Aruba, Curaçao, Sint Maarten and Bonaire, and in
the diaspora in Amsterdam, Rotterdam, The Hague and Miami, write CIM Level 6 and 7 reports and MBA assignments.

A hundred-and-twenty-fourth independent pool, written without reading the checker, its tests or any other pool.
HELD OUT: nobody tunes the checker on it until its first tables have been read. Its frames cite as these candidates
do (Dutch-trained habits in English: "According to", "stated", citations after a colon, "cf."), its brands are the
region's banks, telecoms, brewers, distillers, airlines, supermarkets and resorts, and its decoys are what the region
puts in brackets with a year that is no source: Staatsblad, Afkondigingsblad and Publicatieblad numbers, SRD, florin
and guilder prices and rates, Keti Koti, Divali, Phagwa, Carnival, Dia di Himno y Bandera and Seú, people's life
dates, hurricanes, 10-10-10, cruise seasons, flights, KvK numbers, addresses, short codes and degrees.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Parbo Bier", "Borgoe", "Mariënburg", "Telesur", "Digicel", "Hakrinbank", "De Surinaamsche Bank",
          "Finabank", "Setar", "Flow", "Balashi", "Amstel Bright", "Polar", "Chobolobo", "Senior & Co.",
          "Choi's Supermarkets", "Kooyman", "Aruba Bank", "MCB", "Banco di Caribe", "Assuria", "Fatum", "Ennia",
          "Surinam Airways", "Aruba Airlines", "Winair", "Divi Divi Air", "Staatsolie", "Crystal Casino",
          "Renaissance Aruba", "Centrum", "Ling & Sons", "Rosebel", "Guardian Group", "UTS", "Telbo",
          "Warda Supermarket", "Hollandia Bakkerij", "Fernandes Bottling", "Naldo's"]  # fmt: skip

_CITIES = ["Paramaribo", "Nieuw Nickerie", "Oranjestad", "Willemstad", "Philipsburg", "Kralendijk", "San Nicolas",
           "Lelydorp", "Moengo", "Albina", "Amsterdam Zuidoost", "Rotterdam", "The Hague", "Miami", "Noord", "Punda"]  # fmt: skip
_ISLANDS = ["Aruba", "Curaçao", "Sint Maarten", "Bonaire", "Suriname", "Saba", "Sint Eustatius"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december"]  # fmt: skip
_LUNANAN = ["yüni", "yüli", "ougùstùs", "sèptèmber", "òktober", "novèmber", "desèmber", "yanüari", "febrüari",
            "mart", "aprel", "mei"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the builder's common ones."""
    year = rng.randint(2010, 2024)
    return {
        "yr": str(year), "yr2": str(year + rng.randint(1, 3)), "yy": f"{(year + 1) % 100:02d}",
        "k": str(rng.randint(2, 180)), "pct": str(rng.randint(3, 78)), "mon": rng.choice(_MONTHS),
        "maand": rng.choice(_MAANDEN), "luna": rng.choice(_LUNANAN), "dd": str(rng.randint(1, 28)),
        "srd": f"{rng.randint(7, 38)}.{rng.randint(10, 99)}", "awg": f"{rng.randint(2, 450)},{rng.choice(['00', '50', '95'])}",
        "ang": f"{rng.randint(2, 900)},{rng.choice(['00', '25', '99'])}", "usd": str(rng.randint(15, 950)),
        "city": rng.choice(_CITIES), "isl": rng.choice(_ISLANDS), "kvk": str(rng.randint(10000, 99999)),
        "flt": rng.choice(["PY 994", "PY 763", "AG 600", "WM 520", "KL 713", "KL 763", "AA 1247", "B6 1873"]),
        "samvat": str(rng.randint(2074, 2081)), "imo": str(rng.randint(9100000, 9899999)),
        "hndl": rng.choice(["@parbobier", "@telesur.sr", "@dushikorsou", "@arubabank", "@winair_sxm", "@setar_aruba"]),
        "bank": rng.choice(["Hakrinbank", "DSB", "Finabank", "Aruba Bank", "MCB", "RBC Aruba", "Banco di Caribe"]),
        "tel": rng.choice(["Telesur", "Digicel", "Setar", "Flow", "Chippie", "UTS", "TelEm"]),
        "degree": rng.choice(["MBA", "MSc Marketing", "BSc Bedrijfskunde", "Bachelor Business Administration", "CIM Diploma"]),
        "uni": rng.choice(["FHR", "ADEK", "UA", "UoC", "USM", "Erasmus", "VU Amsterdam", "FIU"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} stated that {C}.", "{N} argued that {C}, which is relevant for {B} in {city}.",
    "{N} found that {C}; the sample, however, was drawn only in {city}.", "{N} concluded that {C}.",
    "{N} pointed out that {C}, especially on the smaller islands.", "{N} showed that {C} among {A} in {isl}.",
    "{N} describes how {C}.", "{N} noted that since the SRD was floated {C}.",
    "{N} emphasise that {C}, which {B} seems to have understood.", "{N} researched {T} in {isl} and found that {C}.",
    "{N} is of the opinion that {C}.", "{N} warned that {C} if prices keep rising in florins and guilders alike.",
    "{N} made clear that {C} and that {C2}.", "{N} mentions that {C}, for example at {B}.",
    "{N} compared {isl} with Barbados and found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "As {N} explain, {C}.", "{C}, as {N} already noted.",
    "This is in line with {N}, who state that {C}.", "In the case of {B}, the study by {N} is useful: {C}.",
    "Research by {N} at the Anton de Kom Universiteit shows that {C}.", "{C}; {N} came to the same conclusion.",
    "Looking at the diaspora in Rotterdam and Amsterdam, {N} argue that {C}.", "A survey among {A} by {N} showed that {C}.",
    "{C}, which confirms what {N} found for {isl}.", "Both {B} and its competitors use {T}, and {N} showed that {C}.",
    "When {N} interviewed managers in {city}, it appeared that {C}.", "{O}, as {N} put it, {C}.",
    "In contrast with {B}, the firms studied by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} model helps to explain why {C}.", "{O}, {N} research shows that {C}.", "{N} study of {isl} found that {C}.",
    "Applying {N} framework to {B}, it is clear that {C}.", "{N} findings are relevant because {C}.",
    "{B} could use {N} segmentation, since {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "In {isl}, {C} {P}.",
    "For {B}, this is important because {C} {P}.", "{C}, also in the diaspora {P}.",
    "It is often said that {C} {P:see}.", "Several studies confirm that {C} {P:e.g.}.", "{C} {P:cf.}.",
    "{C} (see also Figure {q}) {P}.", "This is a clear trend: {C} {P}.", "{B}'s own figures suggest that {C} {P}.",
    "{C}. {P}", "Especially for {A}, {C} {P}.", "{C}, both in Paramaribo and in Willemstad {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "Although {C} {P}, {C2}.", "{C} {P}, while {C2}.",
    "Since {C} {P}, {B} should make sure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "{C} {P:see}, whereas {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} switch banks less often than they switch telecom providers", "{T} increases {R} among {A}",
    "prepaid customers in Suriname buy data bundles weekly rather than monthly",
    "tourists from the United States spend more per day than visitors from the Netherlands",
    "cruise passengers spend most of their money within walking distance of the port",
    "the diaspora in the Netherlands remains an important market for Surinamese brands",
    "local beer brands build loyalty through Carnival and festival sponsorship",
    "{B} relies on {T} more than its competitors do", "multilingual advertising in Dutch, Papiamentu and English improves {R}",
    "price increases after the devaluation made {A} more price-sensitive",
    "WhatsApp is the main customer service channel for small firms on the islands",
    "{A} trust a brand more when it takes part in Keti Koti or Divali celebrations",
    "small island markets cannot support many competing brands in one category",
    "all-inclusive resorts capture most of the visitor spend and leave little for local firms",
    "{T} only works when the offer is relevant to {A}", "firms that {bs} see stronger {R}",
    "the cost of importing goods makes promotions on price hard to sustain",
    "corporate social responsibility is expected from gold and oil companies in the interior",
    "mobile banking adoption rose quickly once branches reduced their opening hours",
    "{B} could {bs} to reach {A}",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Suriname", "On the ABC islands",
    "For {B}", "Since the pandemic", "In the Dutch Caribbean", "However", "Moreover", "In the case of {B}",
    "From the customer's point of view", "Within the tourism sector", "Therefore", "In the diaspora",
]  # fmt: skip
PLAIN = [
    "{B} is based in {city} and serves customers on {isl} and in the Netherlands.",
    "This report analyses {B}'s marketing communications and gives recommendations for the next two years.",
    "The SWOT analysis of {B} is included in Appendix {q}.", "{O}, {C}.",
    "Prices in this report are in SRD, Aruban florins (Afl.) or Antillean guilders (NAf.), with US dollars where useful.",
    "{B} has about {k} employees and {q} branches.", "The main competitors of {B} are listed in Table {q}.",
    "Customers can pay in cash, by card or with the mobile app.",
    "The recommendations are phased over twelve months and costed in florins.",
    "{B}'s Facebook page has over {n}k followers, mostly in {city}.",
    "Task 2 builds on this by proposing a content calendar for the coming year.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it: {Q} {P}.", "{N} wrote that {Q}.", "It has been argued that {Q} {P}.",
    "{Q}, according to a study in {isl} {P}.", "The point is made clearly by {N}: {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘dushi’", "‘one happy island’", "“bon bini”", "'wi na wan'", "‘switi Sranan’", "“lekker local”",
    "‘poko poko’", "'ons eigen merk'", "“diaspora dollar”", "‘all-inclusive’",
]  # fmt: skip
SCARE_FRAMES = [
    "Brands on the island like to call their service {Q} {P}.", "{B} presents itself as {Q} {P}.",
    "Marketers in {city} speak of a {Q} approach {P}.", "The idea of a {Q} customer experience is common {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Keti Koti deal: 20% korting op alles’", "“Bon bini! Your Carnival bundle is ready”",
    "'Last chance: double data this weekend'", "‘Divali mubarak: free delivery in Paramaribo’",
    "“Your {bank} card: pay contactless today”", "'Nos ta selebrá! 15% descuento'",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} had the highest open rate {P}.", "{B} sent the message {Q} to lapsed customers {P}.",
    "An SMS headed {Q} doubled sales in one week {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "staatsblad-number": [
        "The rules on tobacco advertising were tightened in Suriname (S.B. {yr} no. {k}).",
        "Since the new act (S.B. {yr} no. {k}) consumers can cancel within seven days.",
    ],
    "afkondigingsblad-number": [
        "On Aruba the law on electronic payments applies (AB {yr} no. {k}).",
        "Sint Maarten published its gaming rules in the gazette (AB {yr} no. {k}, art. 3).",
    ],
    "publicatieblad-number": [
        "Curaçao set new rules for advertising alcohol (P.B. {yr} no. {k}).",
        "The shop opening hours were changed again (P.B. {yr}, no. {k}) after lobbying by retailers.",
    ],
    "landsverordening-year": [
        "Under the Landsverordening consumentenbescherming of {yr}, prices must be shown in florins.",
        "The Landsverordening bescherming persoonsgegevens ({yr}) requires consent before direct mailing.",
    ],
    "wet-year": [
        "The Wet Elektronische Communicatie ({yr}) changed how {tel} may send promotional SMS.",
        "Since the Wet Consumentenbescherming ({yr}) came into force, {B} shows all prices including tax.",
    ],
    "kingdom-statute": [
        "The islands' status rests on the Statuut voor het Koninkrijk der Nederlanden (1954).",
        "Aruba has been a separate country within the Kingdom since its Status Aparte (1 January 1986).",
    ],
    "ten-ten-ten": [
        "After 10-10-10 (10 October 2010) the Netherlands Antilles no longer existed.",
        "Bonaire became a special municipality of the Netherlands (10 October 2010), and the US dollar replaced the guilder in 2011.",
    ],
    "srd-exchange-rate": [
        "The bank's prices are set in US dollars (SRD {srd} per USD, {mon} {yr}).",
        "Import costs rose sharply when the rate moved (USD 1 = SRD {srd}).",
    ],
    "florin-price": [
        "A basic data bundle costs Afl. {awg} a month ({yr} tariff).",
        "{B} charges AWG {awg} for the service (incl. BBO/BAVP).",
    ],
    "guilder-price": [
        "The menu at the stadium kiosk starts at NAf. {ang} (incl. OB).",
        "A case of local beer sells for ANG {ang} in Punda ({mon} {yr} prices).",
    ],
    "dollar-price": [
        "On Bonaire and Sint Maarten prices are in US dollars (USD {usd} per night, {yr} season).",
        "The cruise excursion costs US$ {usd} per person ({yr}/{yy} season).",
    ],
    "keti-koti-date": [
        "{B} closes its branches on Keti Koti (1 July {yr}).",
        "The emancipation celebration (Keti Koti, 1 July) draws large crowds in Paramaribo and in the Oosterpark.",
    ],
    "divali-phagwa": [
        "Sales of sweets and diyas peak before Divali (October–November {yr}).",
        "{B} ran a Phagwa campaign (Holi, March {yr}) aimed at Hindustani families.",
    ],
    "carnival-year": [
        "{B} was the main sponsor of the Grand Carnival Parade ({yr}).",
        "Sales doubled in the weeks before Carnival {yr} (Tumba Festival and Gran Marcha).",
    ],
    "himno-bandera": [
        "On Dia di Himno y Bandera (18 March {yr}) {B} posted the Aruban flag on all its channels.",
        "Flag Day on Aruba (18 March) is a strong moment for local brands.",
    ],
    "seu-harvest": [
        "The harvest festival (Seú, {yr}) is a chance for {B} to show its Curaçaoan roots.",
        "Bonaire's Simadan harvest celebration ({mon} {yr}) attracts families from all over the island.",
    ],
    "hindu-calendar": [
        "The new year was celebrated in the mandir (Vikram Samvat {samvat}).",
        "{B}'s calendar gift showed both dates (Samvat {samvat} and {yr}).",
    ],
    "chinese-new-year": [
        "Chinese-Surinamese shops decorate for the new year (Year of the Dragon, {yr}).",
        "{B} launched a limited red packaging for Chinese New Year (February {yr}).",
    ],
    "dutch-date": [
        "The launch took place on a Friday (vrijdag {dd} {maand} {yr}) at the head office.",
        "The new tariffs applied from the first of the month (per 1 {maand} {yr}).",
    ],
    "papiamentu-date": [
        "The event was announced for the weekend ({dd} di {luna} {yr}).",
        "The store reopened after renovation ({dd} {luna} {yr}).",
    ],
    "life-dates": [
        "The university is named after Anton de Kom (1898–1945), the Surinamese writer and resistance fighter.",
        "The University of Curaçao carries the name of Dr. Moises da Costa Gomez (1907–1966).",
        "Many Aruban brands refer to Betico Croes (1938–1986) and the struggle for Status Aparte.",
    ],
    "founder-year": [
        "{B} was founded in {city} (est. {Y}) as a family business.",
        "The company became an N.V. in {Y} (KvK {kvk}) and has grown ever since.",
    ],
    "kvk-number": [
        "{B} is registered at the Chamber of Commerce (KvK no. {kvk}).",
        "The agency trades as a B.V. (Kamer van Koophandel {kvk}, {city}).",
    ],
    "flight-number": [
        "Most diaspora visitors travel on the direct flight (flight {flt}, via Amsterdam or Miami).",
        "{B} sponsored the first direct service to Miami (flight {flt}, {mon} {yr}).",
    ],
    "cruise-season": [
        "The port expected a record number of calls ({yr}/{yy} cruise season).",
        "A single ship can bring thousands of passengers in one day (IMO {imo}, {k} calls in {yr}).",
    ],
    "hurricane": [
        "Many hotels on Sint Maarten closed after the storm (Hurricane Irma, September 2017).",
        "Tourism on Sint Maarten only recovered after the rebuilding (2017–2019).",
    ],
    "pandemic-closure": [
        "The borders of Aruba were closed for months (March–July 2020).",
        "Suriname's lockdown (curfew from 20:00, {mon} 2021) hit restaurants hardest.",
    ],
    "election-year": [
        "Marketing spend fell before the elections ({mon} {yr}).",
        "Advertising on Radio 10 and ATV rose during the campaign (elections of {yr}).",
    ],
    "census": [
        "Suriname's population is small (about 616,500 inhabitants, Census 2024).",
        "Aruba counted just over 100,000 residents at the last census ({yr} Census).",
    ],
    "tonnage-units": [
        "Gold production continued to grow ({k}0,000 oz in {yr}).",
        "Staatsolie's output remains modest (about {k},000 bpd, {yr}).",
        "Nickerie's farmers harvested less rice ({k},000 tonnes, {yr} season).",
    ],
    "percentage-quarter": [
        "Hotel occupancy on Aruba reached a high (+{pct}% year on year, Q{q} {yr}).",
        "Mobile data use grew quickly ({pct}% of subscribers, {mon} {yr}).",
    ],
    "survey-sample": [
        "Most respondents preferred WhatsApp (n = {n}, {city}, {mon} {yr}).",
        "The own survey among customers of {B} ({n} respondents, {yr}) is in Appendix {q}.",
    ],
    "appendix-table": [
        "The full results are shown in the appendix (Appendix {q}, Table {k}).",
        "Prices of competitors are compared in the figure (Figure {q}, {yr} data).",
    ],
    "degree-year": [
        "The marketing manager of {B} holds a degree ({degree}, {uni}, {yr}).",
        "The author of this report graduated from the {uni} ({degree}, class of {yr}).",
    ],
    "award-year": [
        "{bank} won a regional prize (Euromoney Award for Excellence {yr}).",
        "{B} was certified as a good employer (Great Place to Work certified {yr}) for the second time.",
    ],
    "product-version": [
        "{bank} launched its new app ({bank} Mobile 2.0, {yr}).",
        "{tel} introduced a cheaper bundle (Prepaid Plus {k}GB, {yr}).",
    ],
    "limited-edition": [
        "Parbo Bier released a special bottle (Keti Koti edition, {yr}).",
        "{B} brought back its festive label (Carnival edition {yr}) after strong demand.",
    ],
    "festival-event": [
        "{B} sponsored the music festival (Aruba Summer Music Festival {yr}).",
        "The bank was visible at the jazz festival (Curaçao North Sea Jazz {yr}).",
        "A stand at the trade fair (Suriname Jaarbeurs {yr}) brought in many leads.",
    ],
    "sports-event": [
        "Interest in football peaked during the tournament (CONCACAF Nations League {yr}).",
        "{B} sponsored the national team at the games (CARIFTA Games {yr}).",
    ],
    "address": [
        "The flagship store is in the centre of the capital (Domineestraat {k}, Paramaribo).",
        "The new branch opened in Kralendijk (Kaya Grandi {k}).",
        "The Rotterdam shop serves the diaspora (West-Kruiskade {k}, 3014 AS Rotterdam).",
    ],
    "short-code": [
        "Customers can check their balance by dialling a code (*{k}#).",
        "Complaints can be made by phone (call 1{k} or WhatsApp +597 {kvk}).",
    ],
    "social-handle": [
        "{B}'s Instagram account is growing fast ({hndl}, {n}k followers in {yr}).",
        "The campaign used one hashtag (#ketikoti{yr}) across all channels.",
    ],
    "organisation-in-brackets-year": [
        "The central bank (CBvS) raised its policy rate in {yr} to defend the SRD.",
        "The regulator (TAS) issued new licences in {yr} and {yr2}.",
        "Telecom tariffs on Aruba are supervised (BTP, since {Y}).",
    ],
    "slogan-year": [
        "The tourism board still uses its slogan (‘One happy island’, since {Y}).",
        "Curaçao's campaign ‘Dushi Kòrsou’ ({yr}) targeted Dutch and American visitors.",
    ],
    "sranan-papiamentu-phrase": [
        "The campaign line used Sranan Tongo (‘Wi na wan’, {yr}) to reach young people.",
        "Bon bini (welcome) and danki (thank you) appear on every receipt of {B}.",
    ],
    "green-label": [
        "Several resorts are certified (Green Globe, since {yr}).",
        "Bonaire's dive operators follow the marine park rules (STINAPA nature fee, USD 40 a year since {yr}).",
    ],
    "tax-rate": [
        "The sales tax on Aruba was raised (BBO {pct}%, {yr}).",
        "Suriname introduced value added tax (VAT 10%, 1 January 2023).",
    ],
    "historical-period": [
        "Many Hindustani families came to Suriname as contract workers (1873–1916).",
        "Javanese immigration to Suriname lasted several decades (1890–1939).",
    ],
}  # fmt: skip
