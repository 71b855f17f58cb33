"""The blind310 pool's prose: marketers at zoos, aquariums, safari parks, wildlife sanctuaries, conservation charities,
nature-documentary producers and eco-tour operators in the UK, Ireland, Germany, the Netherlands, Australia,
Singapore and South Africa writing CIM Level 6 and 7 reports and MBA assignments in English on visitor attractions,
membership, fundraising, conservation messaging, ethics and digital-channel marketing.

Placeholders as in text.py ({N}, {P}, {Q}, {C}, {C2}, {O}, {B} and the fill values), and these of this pool's own:
{Z} a zoo or aquarium, {sp} a species, {Y3} a recent year, {pc} a percentage's number, {k} thousands of people,
{price} a ticket price, {ch} a channel. NOT_CITATIONS holds text with brackets, names and years that cites nothing:
animals, births and deaths, breeding programmes, exhibits, outbreaks and closures, documentaries, awards, visitor
figures, conventions and laws, campaigns, hashtags, sayings and figures. Written without reading the checker, its
tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["ZSL London Zoo", "Chester Zoo", "Edinburgh Zoo", "Longleat", "Blair Drummond Safari Park", "Dublin Zoo",
          "Fota Wildlife Park", "Zoo Berlin", "Artis", "Blijdorp", "Taronga Zoo", "Australia Zoo", "Singapore Zoo",
          "Mandai", "SEA LIFE", "The Deep", "WWF", "the RSPB", "the Born Free Foundation", "BBC Studios",
          "Whipsnade Zoo", "Highland Wildlife Park", "Knowsley Safari", "Marwell Zoo"]  # fmt: skip

_ZOOS = ["Chester Zoo", "Edinburgh Zoo", "Dublin Zoo", "Zoo Berlin", "Artis", "Blijdorp", "Taronga Zoo",
         "Singapore Zoo", "Whipsnade Zoo", "Longleat", "Fota Wildlife Park", "Blair Drummond"]  # fmt: skip
_SPECIES = ["red panda", "Sumatran tiger", "Asian elephant", "okapi", "Humboldt penguin", "giant panda",
            "snow leopard", "Bornean orangutan", "African painted dog", "pangolin", "koala", "black rhino",
            "Komodo dragon", "Rothschild's giraffe"]  # fmt: skip
_AUDIENCES = ["families with young children", "annual members", "lapsed donors", "school groups", "grandparents",
              "Gen Z visitors", "overseas tourists", "legacy pledgers", "first-time visitors", "local residents"]  # fmt: skip
_TACTICS = ["animal adoptions", "keeper talks on Instagram", "membership upgrades", "behind-the-scenes experiences",
            "live webcams", "legacy campaigns", "dynamic ticket pricing", "email stewardship journeys",
            "conservation storytelling", "TikTok videos of new arrivals", "evening events", "Gift Aid prompts"]  # fmt: skip
_RESULTS = ["membership renewals", "donor retention", "dwell time", "secondary spend", "repeat visits",
            "Gift Aid uptake", "trust in the zoo", "conservation intent", "advocacy", "online ticket sales"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use (and its own audiences, tactics and results)."""
    return {
        "Z": rng.choice(_ZOOS), "sp": rng.choice(_SPECIES), "Y3": str(rng.randint(2015, 2024)),
        "pc": str(rng.randint(4, 68)), "k": str(rng.randint(120, 980)),
        "price": rng.choice(["24.50", "29.95", "32", "35.50", "38", "41.25"]),
        "ch": rng.choice(["Instagram", "TikTok", "email", "the app", "YouTube", "Facebook", "paid search"]),
        "A": rng.choice(_AUDIENCES), "T": rng.choice(_TACTICS), "R": rng.choice(_RESULTS),
        "M": rng.choice(["Christmas", "Easter", "half-term", "summer", "Halloween"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample came from a single zoo.",
    "{N} concluded that {C}; this matters for {B}.", "{N} suggest that {C}.", "{N} showed that {C}.",
    "{N} questioned whether {C}.", "{N} observed that {C}, particularly in the school holidays.",
    "{N} make the case that {C}, which {B} has only partly accepted.", "{N} reported that {C}.",
    "{N} warns that {C}.", "{N} also found that {C}.", "{N} note that, since the pandemic, {C}.",
    "{N} identified {T} as a growing income stream and showed that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who argued that {C}.",
    "{C}, as {N} pointed out.", "{C} – a conclusion also reached by {N}.",
    "In their study of UK and Irish zoos, {N} found that {C}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "{B} is a good example: {N} showed that {C}.", "As {N} put it, {C}.", "Research by {N} indicates that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "It can be argued, following {N}, that {C}.",
    "Data collected by {N} show that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of zoo visitors found that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{N} findings are relevant to {B} because {C}.",
    "This reflects {N} argument that {C}.", "{B} could apply {N} model, since {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, as {C} {P}.", "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C}, especially on {ch} {P}.", "In short, {C} {P}.", "A key point for {B} is that {C} {P}.",
    "{C} (as shown in Figure {q}) {P}.", "Put simply, {C} {P}.", "{C} {P:see also}.",
    "The main benefits are reach, emotional connection and lower cost {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to renew when they hear what their money achieved", "{T} lifted {R} by around {pc}% in one trial",
    "conservation messages work best when they are tied to a named animal", "{A} rarely see zoos as conservation charities",
    "relying on {T} leaves {B} exposed if visitor numbers fall", "ticket price is the main barrier for {A}",
    "visitors who attend a keeper talk donate more than those who do not", "{T} can improve {R} among {A}",
    "ethical concerns about captivity are strongest among younger audiences", "wet weather cuts footfall more than price rises do",
    "membership is the most reliable source of unrestricted income for zoos", "{A} trust charities that report their impact",
    "nature documentaries raise interest in species but not always in visiting", "{T} can cost less than TV advertising but can be harder to measure",
    "dynamic pricing spreads visits across the week", "legacy income depends on relationships built over decades",
    "{A} expect attractions to show their sustainability credentials", "{B} could use {T} to grow {R}",
    "eco-tour operators compete on authenticity rather than price",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "For {B}", "Since the pandemic",
    "In the context of {B}", "From a visitor's perspective", "Nevertheless", "As a result", "In the charity sector",
    "Overall", "In terms of digital channels", "For eco-tour operators",
]  # fmt: skip
PLAIN = [
    "{B} is a registered charity and relies on visitors for most of its income.",
    "This report analyses {B}'s membership scheme and recommends changes for next season.",
    "The table below sets out the key performance indicators for each channel.",
    "{B}'s Instagram account has {k}k followers, but engagement is falling.", "{O}, {C}.",
    "A SWOT and PESTLE analysis of {B} is included in Appendix 1.",
    "The recommendations are costed and phased over eighteen months.",
    "The main competitors for a family day out are theme parks, aquariums and farm parks.",
    "Task 2 builds on this by proposing a fundraising plan for the {sp} programme.",
    "Adult day tickets cost £{price} online and slightly more at the gate.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one fundraising text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} put it plainly: {Q}.", "{B} appears to accept that {Q} {P}.", "One study concluded that {Q} {P}.",
    "{O}, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘edutainment’", "‘zoo-washing’", "‘charismatic megafauna’", "‘ark’", "'cute content'",
                "“ethical captivity”", "‘donor fatigue’", "‘Attenborough effect’", "‘conservation theatre’",
                "'selfie tourism'", "‘greenwashing’", "‘last-chance tourism’"]  # fmt: skip
SCARE_FRAMES = [
    "Critics accuse zoos of {Q} {P}.", "The so-called {Q} has changed what visitors expect {P}.",
    "{B} has been careful to avoid {Q} {P}.", "The term {Q} is used loosely in the sector {P}.",
    "Some campaigners describe modern zoos as an {Q} at best {P}.", "This trend, often called {Q}, worries charities {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Meet our newest arrival’", "‘Your membership card is waiting’", "“You helped save a species”",
                 "‘Last chance: {M} tickets are selling fast’", "‘A thank-you from the keepers’",
                 "“Name the {sp} cub”", "‘Your adoption pack is on its way’", "‘Members save 20% this {M}’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the best open rate of the year {P}.", "{B} sent {Q} to lapsed members {P}.",
    "Subject lines such as {Q} create a sense of urgency {P}.", "Testing {Q} against a plainer line showed a clear winner {P}.",
    "Personal lines like {Q} work well with {A} {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "famous-animal-year": [
        "Zoo Berlin's polar bear cub became a global brand almost overnight (Knut, 2007).",
        "Edinburgh Zoo's giant pandas drew record crowds in their first season (Tian Tian, 2011).",
        "Dublin Zoo's gorilla family still features in its most shared posts (Harriet, {Y3}).",
    ],
    "controversy-animal-year": [
        "The culling of a young giraffe at Copenhagen Zoo caused outrage worldwide (Marius, 2014).",
        "The shooting of a gorilla in Cincinnati showed how fast a zoo can lose control of its story (Harambe, 2016).",
        "A zoo's reputation can be damaged for years by a single incident (Harambe, 2016; Marius, 2014).",
    ],
    "historic-animal": [
        "London Zoo's first celebrity elephant was sold to Barnum's circus (Jumbo, 1882).",
        "ZSL's panda Chi Chi (1958) later inspired the WWF logo.",
        "Older visitors still remember Guy the Gorilla (1947) at Regent's Park.",
    ],
    "birth-season": [
        "The {sp} cub born in spring ({Y3}) gave the social team a month of content.",
        "Webcam views peaked after the twins were born overnight (born 14 May {Y3}).",
        "The first chick hatched in the new aviary (summer {Y3}) and was named by members.",
    ],
    "first-calf": [
        "The herd's breeding success was celebrated on every channel (first calf, {Y3}).",
        "Chester Zoo's elephant birth made national news (first calf, 2019).",
    ],
    "species-births": [
        "Births were announced on Instagram before the press release went out (Sumatran tiger cubs, 2021).",
        "The keepers' videos of the new arrivals went viral ({sp} twins, {Y3}).",
    ],
    "animal-death": [
        "Visitors left flowers at the gates after the zoo's oldest chimpanzee died (aged 58, {Y3}).",
        "The announcement of the lion's death (d. {Y3}) was handled with care on social media.",
    ],
    "animal-arrival": [
        "The arrival of two koalas from Australia (March {Y3}) lifted membership sign-ups.",
        "Footfall rose after the new {sp} pair arrived from Europe (arrived {Y3}).",
    ],
    "breeding-programme": [
        "Europe's managed breeding programmes began in the mid-1980s (EEP, 1985).",
        "{Z} coordinates the studbook for several species (EEP, since {Y3}).",
        "The programme links zoos on three continents (GSMP, 2013).",
    ],
    "species-year": [
        "The red panda became the face of the adoption campaign (red panda, 2020).",
        "Reintroduction to Mongolia remains a favourite story in keeper talks (Przewalski's horse, 1996).",
        "The {sp} was chosen as the flagship for the appeal ({sp}, {Y3}).",
    ],
    "red-list-status": [
        "The species was moved to a higher threat category (Critically Endangered, 2016).",
        "Its status has since improved (Vulnerable, {Y3}), which complicates the fundraising story.",
    ],
    "latin-name": [
        "Visitors rarely know the red panda's scientific name (Ailurus fulgens).",
        "The tiger subspecies (Panthera tigris sumatrae) is found only on Sumatra.",
    ],
    "exhibit-opening": [
        "Chester Zoo's largest ever development transformed the visitor route (Islands, 2015).",
        "ZSL London Zoo's lion exhibit was built around an Indian village theme (Land of the Lions, 2016).",
        "The penguin pool remains the most visited area of the zoo (Penguin Beach, 2011).",
    ],
    "enclosure-opened": [
        "{Z}'s new walkthrough aviary (opened {Y3}) is now its most photographed space.",
        "The rebuilt sea lion pool (reopened Easter {Y3}) extended average dwell time.",
    ],
    "outbreak": [
        "Penguin walks and bird shows were suspended during the outbreak (avian flu, 2022).",
        "Safari parks lost a whole season to the farm crisis (foot-and-mouth, 2001).",
        "Petting barns closed for weeks after the scare (E. coli, {Y3}).",
    ],
    "lockdown-closure": [
        "Several zoos warned they might never reopen (lockdown closure, 2020).",
        "Membership renewals fell during the second shutdown (January–March 2021).",
        "{Z} lost most of its spring income (closed 23 March–15 June 2020).",
    ],
    "documentary-year": [
        "Concern about ocean plastic rose sharply after the series aired (Blue Planet II, 2017).",
        "Streaming brought wildlife to new audiences (Our Planet, 2019).",
        "Big-cat ownership became a talking point during lockdown (Tiger King, 2020).",
    ],
    "tv-series": [
        "Attendance rose after the fly-on-the-wall series (The Secret Life of the Zoo, 2016).",
        "Longleat's own television series ran for many years (Animal Park, 2000).",
        "Dublin Zoo's series built a loyal Irish audience (The Zoo, RTÉ, 2009).",
    ],
    "award": [
        "The zoo's education work was recognised by its peers (BIAZA Gold, 2022).",
        "Reviews on Tripadvisor earned the park a badge (Travellers' Choice, 2019).",
        "{Z}'s campaign was shortlisted for a national prize (Charity Awards, {Y3}).",
    ],
    "ranking": [
        "{Z} was named the best zoo in the country (No. 1 UK zoo, {Y3}).",
        "It remains among the most visited paid attractions (ranked 4th, {Y3}).",
    ],
    "visitor-figures": [
        "Chester Zoo welcomed 2.1 million visitors (2019), a record at the time.",
        "{Z} welcomed more than {k},000 visitors ({Y3} season).",
        "Visits fell sharply in the first year of the pandemic ({k}k visitors, 2020).",
    ],
    "members-figure": [
        "The scheme now has tens of thousands of households on it ({Y3} members).",
        "Retention improved once renewals moved to direct debit ({k},000 members, {Y3}).",
    ],
    "adoptions-figure": [
        "Animal adoptions peak before Christmas ({Y3} adoptions).",
        "Most adopters choose a big cat or a penguin ({pc}% of {Y3} adoptions).",
    ],
    "convention": [
        "International trade in ivory is regulated by a treaty that came into force in the seventies (CITES, 1975).",
        "Zoos frame their role around biodiversity targets (Convention on Biological Diversity, 1992).",
    ],
    "uk-law": [
        "Every zoo in Great Britain has needed a licence for decades (Zoo Licensing Act, 1981).",
        "Private owners of big cats must hold a licence (Dangerous Wild Animals Act, 1976).",
        "The welfare duty applies to every kept animal (Animal Welfare Act 2006, s. 9).",
    ],
    "eu-law": [
        "European zoos must take part in conservation and education (Directive 1999/22/EC).",
        "German zoos follow the federal rules as well as the EU ones (Zoo Directive, 1999).",
    ],
    "hashtag-campaign": [
        "The charity's social campaign reached millions of accounts (#SaveTheRhino, 2015).",
        "Zoos kept audiences engaged while closed (#ZooFromHome, 2020).",
        "Keepers' daily videos were shared under one tag (#VirtualSafari, {Y3}).",
    ],
    "global-campaign": [
        "The lights-out event began in Sydney (Earth Hour, 2007).",
        "Many zoos run talks on the United Nations day for wildlife (World Wildlife Day, 3 March).",
        "Aquariums joined the month-long pledge against single-use plastic (Plastic Free July, {Y3}).",
    ],
    "keeper-saying": [
        "As one keeper tells every tour group, ‘we don't own these animals, we look after them for the species’ (keeper talk, {Y3}).",
        "A volunteer summed up the visitor mood: ‘people come for the penguins and leave caring about the sea’.",
        "The head keeper's advice to the social team was simple: 'film the animals, not the keepers'.",
    ],
    "slogan": [
        "Chester Zoo's line ‘Preventing extinction’ now runs across every channel.",
        "Born Free's ‘Keep wildlife in the wild’ message sits uneasily beside zoo marketing.",
        "The tagline ‘Let's work for wildlife’ (2019 rebrand) replaced the old logo lock-up.",
    ],
    "ticket-price": [
        "Adult tickets rose again this year (£{price} online, {Y3}).",
        "A family of four now pays more than £120 (2024 gate price).",
    ],
    "gift-aid": [
        "Visitors who add Gift Aid give the zoo more at no extra cost (25p per £1).",
        "Gift Aid on admission requires a 10% voluntary donation (Gift Aid, 2006 rules).",
    ],
    "founding-year": [
        "ZSL London Zoo is the world's oldest scientific zoo (opened 1828).",
        "Dublin Zoo is one of the oldest zoos in Europe (est. 1831).",
        "{Z} has been run as a charity for decades (founded 1934).",
    ],
    "anniversary": [
        "Edinburgh Zoo marked its centenary with a year of events (1913–2013).",
        "The anniversary campaign (200 years, 1826–2026) is planned for next spring.",
    ],
    "charity-number": [
        "The society is a registered charity (no. 208728).",
        "The Scottish society is regulated by OSCR (SC004064).",
    ],
    "financial-year": [
        "Income from members grew faster than income from the gate (FY23).",
        "Fundraising costs rose slightly (2022/23 accounts).",
        "The deficit was closed within two years (2021/22 financial year).",
    ],
    "exit-survey": [
        "Most visitors could not name a conservation project (exit survey, n = {n}).",
        "Members were happier than day visitors ({Y3} visitor survey, {pc}% satisfied).",
    ],
    "seasonal-event": [
        "The evening trail sold out weeks in advance (Christmas lights trail, {Y3}).",
        "Adults-only evenings brought in a new audience (Zoo Nights, {Y3}).",
        "Half-term activities doubled weekday visits ({M} {Y3}).",
    ],
    "weather-event": [
        "The park closed for three days after the storm (Storm Arwen, 2021).",
        "Keepers hosed down the elephants during the record heat (heatwave, July 2022).",
    ],
    "reintroduction": [
        "Release stories generate more coverage than births (beavers released, {Y3}).",
        "The zoo-bred birds were returned to the wild in Scotland (white-tailed eagles, 2019).",
    ],
    "sustainability-target": [
        "{Z} links its strategy to the global goals (SDG 14 and SDG 15).",
        "The conservation plan is aligned with the global land target (30 by 30, 2022).",
    ],
    "promo-code": [
        "Members received an early-booking offer by email (code ZOO20).",
        "The online-only discount was promoted on {ch} (code SAFARI{q}0, {Y3}).",
    ],
    "review-rating": [
        "Reviews remain positive despite the price rise (4.6/5, Tripadvisor).",
        "The safari experience scores well on Google (4.7 stars, {k} reviews).",
    ],
    "panda-loan": [
        "The pandas returned to China when the agreement ended (ten-year loan, 2011–2023).",
        "Loans of this kind carry a large annual fee (US$1 million a year).",
    ],
    "studbook": [
        "Each animal is tracked in the regional studbook (studbook no. {n}).",
        "The okapi calf's parents were a recommended pairing (EEP recommendation, {Y3}).",
    ],
    "record-day": [
        "The busiest day on record came during the heatwave (record day: {k}0 visitors, {Y3}).",
        "Online sales crashed the booking site on the first day back (15 June 2020).",
    ],
    "social-handle": [
        "Most engagement comes from short keeper videos on TikTok (@chesterzoo).",
        "Complaints are answered on X within an hour (@ZSLLondonZoo).",
    ],
    "percentage-change": [
        "Secondary spend per head rose strongly (+{pc}% on {Y3}).",
        "Donations fell in the cost-of-living crisis (−{pc}%, 2022–2023).",
    ],
    "appendix-reference": [
        "The full survey results are in the appendix (Appendix {q}, visitor survey).",
        "The content calendar (see Table {q}) shows one keeper video a week.",
    ],
    "taxonomic-authority": [
        "The red panda was the first panda to be described (Ailurus fulgens F. Cuvier, 1825).",
        "The Sumatran tiger was named as a subspecies in the colonial era (Panthera tigris sumatrae Pocock, 1929).",
    ],
}  # fmt: skip
