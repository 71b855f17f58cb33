"""The blind264 pool's prose: marketers in the Canary Islands, Madeira and the Azores and their diaspora.

Written without reading the checker, its tests or any other pool. Candidates at food and drink firms, tourism and
transport, retail and banks and NGOs in Las Palmas, Santa Cruz de Tenerife, La Laguna, Arrecife, Puerto del Rosario,
Funchal, Porto Santo, Ponta Delgada, Angra do Heroísmo and Horta, and in Caracas, Fall River, Toronto, Jersey and
London, write CIM Level 6 and 7 reports and MBA assignments in English. Beside their citations stand prices, brands'
founding years, festivals, laws, events, routes, tourism figures, titles, awards, tickers and financial periods,
none of them a citation. Placeholders of its own (``values``): {eur} a price's cents, {Y3} a recent year, {pc} a
percentage, {mo} a month, {isl} an island, {city} a city, {dia} a diaspora city, {ch} a channel, {mkt} a source market.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Dorada", "Tropical", "Arehucas", "Ron Aldea", "Bodegas Monje", "Queso Flor de Guía", "Blandy's",
          "Henriques & Henriques", "Justino's", "Gorreana", "Insulac", "Kima", "Binter", "Fred. Olsen Express",
          "Naviera Armas", "SATA Azores Airlines", "Loro Parque", "Siam Park", "Pestana", "Lopesan", "Dunas Hotels",
          "Visit Azores", "Hiperdino", "Spar Gran Canaria", "Banco Santander", "Caja Siete", "CaixaBank",
          "Millennium bcp", "Banco Montepio", "Caixa Geral de Depósitos"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "eur": str(rng.randint(10, 95)), "Y3": str(rng.randint(2019, 2025)), "pc": str(rng.randint(4, 78)),
        "mo": rng.choice(["January", "March", "April", "June", "July", "September", "October", "December"]),
        "isl": rng.choice(["Gran Canaria", "Tenerife", "Lanzarote", "Fuerteventura", "La Palma", "La Gomera", "El Hierro",
                           "Madeira", "Porto Santo", "São Miguel", "Terceira", "Faial", "Pico"]),
        "city": rng.choice(["Las Palmas de Gran Canaria", "Santa Cruz de Tenerife", "La Laguna", "Arrecife",
                            "Puerto del Rosario", "Funchal", "Ponta Delgada", "Angra do Heroísmo", "Horta"]),
        "dia": rng.choice(["Caracas", "Fall River", "Toronto", "Jersey", "London", "New Bedford"]),
        "ch": rng.choice(["Instagram", "TikTok", "email", "paid search", "the loyalty app", "WhatsApp", "LinkedIn",
                          "YouTube", "OTA listings", "local radio"]),
        "mkt": rng.choice(["British", "German", "Nordic", "mainland Spanish", "mainland Portuguese", "Dutch",
                           "French", "North American"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}, which is exactly the problem {B} faces on {isl}.",
    "{N} found that {C}, although their sample was drawn from {mkt} visitors only.",
    "{N} showed that {C}; for a firm based in {city} this matters more than for a mainland rival.",
    "{N} concluded that {C}.",
    "{N} warned that {C} once the low season begins.",
    "{N} suggested that {C}, a view the island's hoteliers have been slow to accept.",
    "{N} measured {R} among {n} visitors to {isl} and reported that {C}.",
    "{N} observed that {C}, which helps to explain why {B} moved budget into {ch}.",
    "{N} made the case that {C}.",
    "{N} noted that insular firms pay more for freight and that {C}.",
    "{N} described the islands as remote but well connected and argued that {C}.",
    "{N} questioned whether {C}, pointing to the weight of tour operators.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} pointed out, {C}.",
    "{O}, and as {N} showed, {C}.",
    "In line with {N}, {C}.",
    "{C}, which is consistent with {N}.",
    "For {B}, the lesson from {N} is that {C}.",
    "Applying the 7Ps to {B} and drawing on {N}, it appears that {C}.",
    "{C} – a point that {N} also made about the outermost regions.",
    "The diaspora in {dia} is a market of its own, and {N} found that {C}.",
    "The evidence is mixed: {N} reported that {C}, whereas hotel data from {city} suggest otherwise.",
    "{O}, research by {N} indicates that {C}.",
    "Not everyone agrees; {N}, for instance, maintained that {C}.",
    "A similar argument is made by {N}, who claimed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} model of island destination image implies that {C}.",
    "{O}, {N} study of {A} showed that {C}.",
    "{N} argument rests on the idea that {C}.",
    "The weakness of {N} framework is that it assumes {C}.",
    "{N} survey of {n} firms in {city} found that {C}.",
    "{C}, which supports {N} conclusion about {R}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, it seems that {C} {P}.",
    "Most studies of Macaronesia now agree that {C} {P}.",
    "{C}, especially among {mkt} visitors {P}.",
    "This is important because {C} {P:see}.",
    "Several studies make the same point, namely that {C} {P:see, for example,}.",
    "{B} should therefore invest in {ch}, given that {C} {P:e.g.}.",
    "Tourism accounts for roughly a third of the Canary Islands' GDP {P}.",
    "Air connectivity is the single biggest constraint on island tourism {P}.",
    "{C}, which has implications for how {B} segments its customers {P}.",
    "Islands depend on imports for most of what they eat {P:see also}.",
    "The Azores have built their brand on nature and sustainability rather than sun and sea {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but in practice {C2}.",
    "{C} {P}; however, {C2}.",
    "Although {C} {P}, {C2}.",
    "{O}, {C} {P} and {C2}.",
    "{C} {P}, whereas {C2}.",
    "Given that {C} {P:see}, it follows that {C2}.",
    "Three things shape demand – flights, prices {P} and the weather in northern Europe – and {C}.",
]  # fmt: skip
CLAIMS = [
    "{mkt} visitors book later than they did before the pandemic",
    "local products sell better to tourists when their origin is on the label",
    "{B} relies too heavily on tour operators to reach {A}",
    "island brands carry a premium among the diaspora in {dia}",
    "{T} lifts {R} more on the islands than on the mainland",
    "winter sun is no longer enough to set the Canaries apart",
    "residents' goodwill is a resource that tourism can use up",
    "a low-cost route brings volume but not always higher spending",
    "heritage drinks such as rum and Madeira wine need a younger story",
    "{A} trust a local bank more when it sponsors island events",
    "sustainability claims are judged harshly on small islands",
    "inter-island transport shapes how visitors combine destinations",
    "the diaspora's remittances and visits sustain demand for island brands",
    "Instagram has changed how {A} choose between {isl} and its rivals",
    "{B} could use {ch} to reach {A} at lower cost",
    "seasonality is weaker in the Canaries than in other European destinations",
]  # fmt: skip
OPENERS = ["However", "In {B}'s case", "On {isl}", "For a firm in {city}", "Within Macaronesia", "By contrast",
           "For the diaspora in {dia}", "Since the pandemic", "Taken together", "In the low season",
           "From a regional perspective", "Put simply", "Even so", "For {A}"]  # fmt: skip
PLAIN = [
    "{B} sells through its own shops, the supermarkets and the airport's duty-free store.",
    "The rest of this section applies the 7Ps to {B}'s offer on {isl}.",
    "Table 2 compares the options on cost, reach and fit with the brand.",
    "{B}'s Instagram account has grown steadily, but engagement per post has fallen.",
    "The recommendations below are costed and phased over eighteen months.",
    "{O}, {C}.",
    "Most of {B}'s customers are residents, with tourists a growing minority.",
    "A PESTLE analysis is included in the appendices.",
    "{B} reported a {pc}% rise in online sales last year.",
    "The brand is little known outside the islands and the diaspora in {dia}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one study of island tourism puts it, {Q} {P}.",
    "Put another way, {Q} {P}.",
    "{O}, {Q} {P}.",
    "The point is made plainly: {Q} {P}.",
    "{Q} {P}; this report agrees.",
]  # fmt: skip
SCARE_QUOTES = ["‘eternal spring’", "‘sun and beach’", "‘km 0’", "‘the fortunate islands’", "‘saudade’",
                "‘slow tourism’", "‘authentic’", "“the Hawaii of Europe”", "‘island-made’", "“nature first”"]  # fmt: skip
SCARE_FRAMES = [
    "Destination brands still sell {Q} to northern Europeans {P}.",
    "{B} promises an {Q} experience, yet most of its product is imported {P}.",
    "What marketers call {Q} is often just a lower price {P}.",
    "The shift away from {Q} positioning has been slow {P}.",
    "So-called {Q} claims can damage trust when they are not backed up {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your island is waiting’", "‘Residente canario? 75% off your next flight’", "“Saudades da Madeira?”",
                 "‘Last seats for the {mo} long weekend’", "‘A taste of home, delivered to {dia}’",
                 "‘Your {Y3} in miles’", "“Ready for the whales?”"]  # fmt: skip
SUBJECT_FRAMES = [
    "Subject lines such as {Q} performed well in tests {P}.",
    "{B}'s email to the diaspora, {Q}, was opened by almost half its list {P}.",
    "A subject line like {Q} creates urgency {P}, but overuse leads to fatigue.",
    "The campaign headed {Q} had the highest click rate of the year {P}.",
]  # fmt: skip

# Text with brackets, years, figures and quotation marks that is no citation: the kinds this region's writing holds.
NOT_CITATIONS = {
    "price-drink": [
        "A barraquito costs about €2.20 in a café in La Laguna (2024).",
        "A Dorada sold for €1.10 in a bar in {city} (2022).",
        "A bottle of ten-year-old Malmsey costs around €{eur} at the lodge (2024 price).",
    ],
    "price-ticket": [
        "An adult ticket to Loro Parque cost €39.95 on the gate (2023).",
        "A whale-watching trip from Ponta Delgada costs about €15 for residents (2024).",
        "Siam Park's day pass rose to €{eur}.95 ({Y3} price list).",
    ],
    "tourist-tax": [
        "Madeira has charged a tourist tax of €2 a night since January 2024.",
        "Ponta Delgada's council debated a tourist levy (€1 a night, 2024).",
        "The Canary Islands have no tourist tax (as of {Y3}).",
    ],
    "price-fare": [
        "Residents pay 25% of the fare thanks to the discount (75% subsidy, 2018).",
        "A ferry crossing from Funchal to Porto Santo costs about €{eur} (return, {Y3}).",
        "Binter's cheapest inter-island fare was €{eur} in {mo} ({Y3}).",
    ],
    "brand-founding": [
        "Arehucas (1884) is still made in Arucas.",
        "Dorada (1939) remains the best-selling beer in Tenerife.",
        "Blandy's (1811) is one of the oldest family firms in Madeira.",
        "Gorreana (1883) is Europe's oldest tea plantation still working.",
    ],
    "company-founding": [
        "Loro Parque (1972) began as a parrot park in Puerto de la Cruz.",
        "Binter (1989) started with inter-island flights only.",
        "Henriques & Henriques was founded in 1850 and bottles only Madeira wine.",
    ],
    "festival-date": [
        "The Carnaval de Santa Cruz (February 2024) drew more than a million people.",
        "The Festa da Flor (May 2023) filled Funchal's hotels.",
        "The Festas do Espírito Santo (May 2022) are held in every parish in the Azores.",
    ],
    "holiday-date": [
        "Sales of local products peak around the Día de Canarias (30 May).",
        "The Dia da Região Autónoma da Madeira (1 July) is a public holiday on the island.",
        "The Dia dos Açores (Whit Monday) is marked with concerts in {city}.",
    ],
    "religious-festival": [
        "La Palma's Bajada de la Virgen de las Nieves 2020 was postponed.",
        "The Fiesta de la Rama in Agaete (4 August) attracts thousands of visitors.",
        "The Senhor Santo Cristo dos Milagres festival (fifth Sunday after Easter) fills Ponta Delgada.",
    ],
    "new-year-event": [
        "Funchal's New Year fireworks (31 December) are a Guinness world record.",
        "Hotel occupancy in Funchal reaches almost 100% at New Year (31 December {Y3}).",
    ],
    "statute": [
        "The Estatuto de Autonomía de Canarias (2018) gave the islands new powers.",
        "The Azores' Estatuto Político-Administrativo (1976) set up the regional government.",
        "Madeira's own statute (Lei n.º 13/91) defines its autonomy.",
    ],
    "tax-regime": [
        "Firms pay a lower rate under the REF (Régimen Económico y Fiscal, 1972).",
        "The ZEC (Zona Especial Canaria, 1994) offers a 4% corporate tax rate.",
        "The Madeira International Business Centre (1980) attracts shipping and service firms.",
        "Goods bear the IGIC (7% general rate) rather than VAT.",
    ],
    "data-law": [
        "Marketing emails need consent under GDPR (May 2018).",
        "Spain's data protection law (LOPDGDD, 2018) adds rules on digital rights.",
        "Portugal applies GDPR through Lei n.º 58/2019.",
    ],
    "eu-status": [
        "The Canaries, Madeira and the Azores are outermost regions (Article 349 TFEU).",
        "Outermost-region status was confirmed in the Treaty of Amsterdam (1997).",
        "POSEI support (since 1991) lowers the cost of farm inputs on the islands.",
    ],
    "eruption": [
        "Bookings on La Palma collapsed after the eruption (September 2021).",
        "The Tajogaite volcano (September–December 2021) destroyed more than a thousand homes.",
    ],
    "disaster-year": [
        "The 2010 Madeira floods damaged much of Funchal's centre.",
        "The 2007 Gran Canaria fires burned a fifth of the island's forest.",
        "The 2023 Tenerife wildfire closed the road to Teide for weeks.",
    ],
    "market-opening": [
        "The Azores' low-cost opening (March 2015) doubled visitor numbers within three years.",
        "Ryanair's first flights to Ponta Delgada (2015) changed the market.",
    ],
    "pandemic-date": [
        "Tourism stopped almost completely during the first lockdown (March–June 2020).",
        "The Canaries reopened to British tourists in stages (autumn 2020).",
    ],
    "opening-year": [
        "The Tenerife Tramway (2007) links Santa Cruz with La Laguna.",
        "Siam Park opened in 2008 and is often voted the world's best water park.",
        "The Madeira cable car (2000) runs from Funchal to Monte.",
    ],
    "infrastructure-year": [
        "Madeira airport's runway extension (2000) allowed wide-bodied aircraft to land.",
        "The Santa Cruz–Funchal ferry link (2008–2012) was never replaced.",
    ],
    "route-year": [
        "Binter's Madeira route (2019) links Gran Canaria with Funchal.",
        "SATA's Boston route (since 1985) serves the diaspora in New England.",
        "Azores Airlines added a Toronto service ({Y3} summer schedule).",
    ],
    "visitors-figure": [
        "The Canaries received 16.2 million visitors in 2023.",
        "Madeira welcomed 2 million guests (2023).",
        "The Azores recorded 4.9 million overnight stays (2023).",
    ],
    "occupancy-figure": [
        "Hotel occupancy in the south of Gran Canaria reached {pc}% ({mo} {Y3}).",
        "Average daily rates in Funchal rose to €{n} (summer {Y3}).",
    ],
    "spend-figure": [
        "Each visitor spent about €1,300 per trip (2023 average).",
        "British visitors spent €{n} a day on average ({Y3} figure).",
    ],
    "passenger-figure": [
        "Binter carried about 5 million passengers (2023 total).",
        "Cruise calls at Las Palmas rose to {n} ({Y3} season).",
    ],
    "diaspora-figure": [
        "Around 30,000 people of Azorean descent live in Fall River (2020 census).",
        "The Madeiran community in Jersey numbers about 8,000 (2021 census).",
        "Tens of thousands of Canarians returned from Venezuela (2015–2019).",
    ],
    "job-title-es": [
        "The interview was with the Director de Marketing of a hotel chain in {city}.",
        "The Directora Comercial (Canarias) approved the new price list.",
        "The brand's presidente, who took over in {Y3}, wants to enter the mainland market.",
    ],
    "job-title-pt": [
        "The Diretora de Marketing (Madeira) led the relaunch.",
        "The company's CEO (since {Y3}) is a member of the diaspora in {dia}.",
        "The founder was made a Comendador (Ordem do Mérito, awarded in 2016).",
    ],
    "job-title-en": [
        "The Brand Manager (Iberia) agreed to share sales data for this report.",
        "The Head of Digital (Canary Islands) reports to Madrid.",
    ],
    "travel-award": [
        "Madeira won Europe's Leading Island Destination (2022).",
        "The World Travel Awards 2023 named the Azores a leading adventure destination.",
        "Siam Park was voted best water park in the world (a Travellers' Choice award in {Y3}).",
    ],
    "restaurant-award": [
        "The restaurant in {city} earned a Michelin star (2021).",
        "Two of Tenerife's restaurants hold two Michelin stars (2024 guide).",
    ],
    "wine-award": [
        "The winery's malvasía won gold at the Concurso Regional de Vinos 2024.",
        "A twenty-year-old Sercial won a gold medal (at the Decanter World Wine Awards in {Y3}).",
    ],
    "certification": [
        "The Azores became the first archipelago certified as a sustainable destination (EarthCheck certification, 2019).",
        "Queso Flor de Guía carries a protected designation of origin (DOP since 2009).",
        "Madeira wine has its own denomination (DOP Madeira).",
    ],
    "stock-ticker": [
        "Banco Santander is listed in Madrid (BME: SAN).",
        "Millennium bcp's shares trade in Lisbon (ELI: BCP).",
        "CTT is also listed on Euronext Lisbon (ELI: CTT).",
    ],
    "financial-year": [
        "Revenue grew by {pc}% in the last full year (FY2023).",
        "The group returned to profit ({Y3} financial year).",
    ],
    "half-year": [
        "Passenger numbers were up in the first half (H1 2024).",
        "Sales of rum fell in the second half (H2 {Y3}).",
    ],
    "quarter": [
        "Bookings from {mkt} visitors slowed (Q3 2023).",
        "The bank's digital sign-ups doubled (Q{q} {Y3}).",
    ],
    "survey-sample": [
        "Most respondents had visited more than once (n = {n}).",
        "Almost half preferred to book direct ({pc}%, n = {n}).",
    ],
    "cross-reference": [
        "This is discussed further in Section {q}.2 (below).",
        "The full costings are in Appendix {q} (p. {n}).",
        "As Figure {q} (above) shows, most visitors come in winter.",
    ],
    "abbreviation": [
        "The Instituto Canario de Estadística (ISTAC) publishes monthly visitor figures.",
        "Online travel agencies (OTAs) take up to a fifth of each booking.",
        "Key performance indicators (KPIs) include occupancy and RevPAR.",
    ],
    "slogan": [
        "Promotur's line ‘Latitude of Life’ replaced an older campaign.",
        "Visit Azores markets the islands as ‘Always Azores’.",
        "Madeira's ‘Madeira Islands: Explore’ campaign ran on {ch} in {Y3}.",
    ],
    "handle-or-address": [
        "Customers can follow the brand on Instagram (@doradaoficial).",
        "Bookings can be made at www.visitazores.com/en or by phone.",
        "The hashtag #LaPalmaEsMas trended after the eruption.",
    ],
    "product-year": [
        "Ron Aldea's single-cask release (2019) sold out in weeks.",
        "Tropical launched a zero-alcohol beer (summer {Y3}).",
        "Kima's passion-fruit soda has been made in the Azores since 1950.",
    ],
    "vintage": [
        "A Blandy's Bual 1977 vintage sells for several hundred euros.",
        "The frasqueira (Malvasia 1920) was opened for the lodge's anniversary.",
    ],
    "percentage": [
        "Around {pc}% of visitors were repeat guests.",
        "The British remain the largest market ({pc}% of arrivals).",
        "Online sales were still small ({pc}% of revenue in {Y3}).",
    ],
    "date": [
        "The survey was sent on {d} {mo} {Y3} and closed a week later.",
        "The offer ran until the end of the month ({d} {mo}).",
        "Data were exported from the CRM on {d}/{q}/{Y3}.",
    ],
    "sports-event": [
        "The Transgrancanaria ultramarathon (February 2024) brings runners from 70 countries.",
        "The Azores Rallye (March {Y3}) is broadcast across Europe.",
        "The Madeira Island Ultra Trail (April 2023) sold out in days.",
    ],
    "film-location": [
        "Parts of the film were shot in Fuerteventura (2014).",
        "Tenerife's tax credit (50% for foreign shoots) has drawn several productions.",
    ],
    "currency-conversion": [
        "Remittances to family in {city} (about US$200 a month) matter to many households.",
        "A case of wine cost CA${n} in Toronto ({Y3} price).",
        "The product costs £{eur}.99 in Jersey (duty-free).",
    ],
    "flight-code": [
        "The weekly flight from Toronto (S4 322) arrives in Ponta Delgada in the morning.",
        "Binter's flight NT 720 to Funchal takes about ninety minutes.",
    ],
    "road-or-trail": [
        "The PR 1 (Vereda do Areeiro) is Madeira's most walked trail.",
        "The GR 131 (Camino Natural) crosses the Canaries from east to west.",
    ],
}  # fmt: skip
