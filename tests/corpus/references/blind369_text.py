"""The "blind369" pool's prose: how marketers at museums, galleries, heritage sites, historic houses, art fairs,
cultural-tourism operators and membership schemes in the UK, Italy, Egypt, Mexico, South Korea and Canada write CIM
Level 6 and 7 reports and MBA assignments in English.

British spelling, citations at the start, middle and end of sentences, after "as", "following", "according to",
"echoing" and "building on", in brackets of several works and with "see", "e.g." and "cf." inside the bracket, real
institutions beside them, and the brackets, years and dates these candidates write that are no citations:
exhibitions and artworks with years, artists' lives, dynasties and periods, acquisitions, mergers and renamings
(of bodies the list may hold), grants and lottery awards, directors and patrons with their years, founding years,
visitor figures and ticket prices, anniversaries and festivals, acts named in passing, films that brought tourists,
architects and buildings, and more. Written without reading the checker, its tests or any other pool.

``{N}`` is a narrative citation, ``{P}`` a parenthetical one (``{P:see}`` writes "(see X, 2020)"), ``{Q}`` a
quotation, ``{C}`` a claim, ``{B}`` an institution, ``{O}`` an opener; values() gives the pool's own fill values.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Tate Modern", "the British Museum", "the V&A", "the National Trust", "English Heritage", "the Uffizi",
          "the Museo Egizio", "the Grand Egyptian Museum", "the Museo Frida Kahlo", "the National Museum of Korea",
          "the Royal Ontario Museum", "the Art Gallery of Ontario", "Frieze Seoul", "Zona Maco", "Abbonamento Musei",
          "Leeum", "Historic Royal Palaces", "Blenheim Palace", "Chatsworth", "the Pompeii archaeological park",
          "the Museo Nacional de Antropología", "the MMCA", "the Montreal Museum of Fine Arts", "Kurimanzutto",
          "the Science Museum", "National Museums Liverpool", "the Galleria Borghese", "the Bibliotheca Alexandrina",
          "Casa Loma", "the Museo Soumaya", "Gyeongbokgung Palace", "Kiaf SEOUL", "the Ashmolean", "Kelvingrove"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The pool's own fill values (drawn after the common ones); A, R, T and M are the pool's own too."""
    price = rng.randint(8, 30)
    return {
        "A": rng.choice(["families", "members", "first-time visitors", "international tourists", "students",
                         "older visitors", "young adults", "Friends of the museum", "patrons", "day-trippers",
                         "cruise passengers", "local residents", "lapsed members", "school groups", "collectors"]),
        "R": rng.choice(["repeat visits", "membership renewals", "secondary spend", "dwell time", "donations",
                         "word of mouth", "ticket yield", "online bookings", "Gift Aid uptake", "shop sales"]),
        "T": rng.choice(["membership schemes", "timed-entry tickets", "Instagram campaigns", "virtual tours",
                         "late openings", "blockbuster exhibitions", "loyalty cards", "audio-guide apps",
                         "email newsletters", "influencer partnerships", "cultural passes", "members' previews"]),
        "M": rng.choice(["Egyptian", "Renaissance", "Hallyu", "Day of the Dead", "Impressionist", "Roman", "Maya"]),
        "Y3": str(rng.randint(2019, 2025)), "pc": str(rng.randint(4, 78)), "pr": str(price),
        "pr2": str(price + rng.randint(2, 9)),
        "mo": rng.choice(["January", "March", "April", "May", "June", "July", "September", "October", "November"]),
        "K": rng.choice(["Mintel", "YouGov", "The Audience Agency", "Morris Hargreaves McIntyre", "Culture Track",
                         "Ipsos", "Gallup Korea", "Nomisma", "Hill Strategies Research"]),
        "CITY": rng.choice(["London", "Florence", "Turin", "Rome", "Cairo", "Luxor", "Mexico City", "Oaxaca",
                            "Seoul", "Busan", "Toronto", "Montréal", "Edinburgh", "Liverpool", "Naples"]),
        "ch": rng.choice(["Instagram", "TikTok", "Naver Blog", "KakaoTalk", "Facebook", "YouTube", "X", "Threads"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn from {A} alone.",
    "{N} showed that {C}, which matters for {B}.", "{N} concluded that {C}.", "{N} suggests that {C}.",
    "{N} observed that {C} in {CITY} as much as anywhere.", "{N} noted that {C}; {B}'s own visitor data point the same way.",
    "{N} identified that {C}, particularly for {A}.", "{N} warn that {C}.", "{N} make the case that {C}.",
    "{N} distinguished between visitors and members and found that {C}.",
    "{N} studied {T} at {n} museums and reported that {C}.", "{N} questioned whether {C}.",
    "{N} describe {T} as a way to reach {A} and show that {C}.", "{N} is clear that {C}.",
    "{N} recommended that heritage marketers test whether {C}.", "{N} went further, arguing that {C} and that {C2}.",
    "{N} surveyed {A} in {CITY} and found that {C}.", "{N} point out that {C} – a finding {B} cannot ignore.",
    "{N} also found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} argued, {C}.", "As {N} put it, {C}.", "Following {N}, this report assumes that {C}.",
    "According to {N}, {C}.", "{C}, echoing {N}.", "Echoing {N}, {C}.", "Building on {N}, it can be argued that {C}.",
    "{C}, as {N} found.", "{O}, {N} found that {C}.", "This is consistent with {N}, who showed that {C}.",
    "{C} – a view shared by {N}.", "Research by {N} suggests that {C}.", "A survey carried out by {N} found that {C}.",
    "{C}, which supports the findings of {N}.", "For {B}, the lesson from {N} is that {C}.",
    "In their study of {A}, {N} found that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Data from {N} show that {C}.", "Applying the framework of {N} to {B}, {C}.",
    "{B} appears to have followed {N}, on the basis that {C}.", "{C}, according to {N}.",
    "Not everyone agrees: {N}, for example, maintained that {C}.", "{C}, building on {N}.",
    "It could be argued, following {N}, that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} shows that {C}.", "Using {N} typology of museum visitors, {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "The weakness of {N} framework is that it assumes {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially in {CITY} {P}.",
    "There is good evidence that {C} {P:see}.", "Several studies make the same point {P:e.g.}.",
    "{B} should therefore invest in {T}, given that {C} {P:see, for example,}.",
    "Museums are no longer only custodians of collections but visitor attractions competing for leisure time {P}.",
    "Membership is best seen as a relationship rather than a discount {P}.", "It is also worth noting that {C} {P:cf.}.",
    "Heritage is increasingly marketed as an experience rather than a set of objects {P:see also}.",
    "{C}, and this holds for both domestic and international visitors {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "Although {C} {P}, {C2}.",
    "{O}, {C} {P} and {C2}.", "{C} {P}, whereas {C2}.",
    "Three benefits of {T} stand out – {R} {P}, better visitor data and stronger loyalty – and {C}.",
    "Given that {C} {P:see}, it follows that {C2}.", "{C} {P}, which is why {C2}.",
]  # fmt: skip
CLAIMS = [
    "{T} raise {R} among {A}", "members visit more often than non-members but spend less in the shop",
    "{A} expect museums to offer more than a quiet walk past glass cases",
    "{T} work best when they are tied to a clear reason to return", "free admission widens access less than is often assumed",
    "blockbuster exhibitions bring first-time visitors who rarely come back", "{B} relies on {T} more than its rivals do",
    "heritage sites that tell one clear story are easier to brand", "{A} reward {T} with {R}",
    "cultural tourists stay longer and spend more than other tourists", "{T} only lift {R} when staff deliver the promise",
    "pay-what-you-wish pricing attracts younger visitors without cutting revenue by much",
    "Instagram has changed what visitors expect to photograph in a gallery",
    "overtourism harms the very experience that draws visitors to World Heritage Sites",
    "membership renewals fall sharply after the first year unless members feel recognised",
    "K-culture has made Korean museums part of the itinerary for {A}",
    "Egypt's new museums are marketed to international tourists first and local families second",
    "art fairs sell an atmosphere of discovery as much as the works on the walls",
    "{A} judge a heritage site by its café and toilets as well as its collection",
    "digital engagement supports physical visits rather than replacing them",
    "a strong museum brand lets {B} charge for exhibitions while keeping the collection free",
    "{A} respond to stories about people more than to stories about objects",
    "historic houses compete with garden centres and theme parks for a family's Sunday",
    "bilingual interpretation is still rare outside the largest museums",
    "donors who start as members give more over their lifetime",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "By contrast", "In the UK",
           "In Italy", "In Egypt", "In Mexico", "In South Korea", "In Canada", "Since the pandemic", "More recently",
           "For heritage marketers", "In the case of {B}"]  # fmt: skip
PLAIN = [
    "{B} sells memberships online, at the admissions desk and through its app.",
    "The membership scheme has three tiers and a patrons' circle.",
    "The collection is free to visit, but temporary exhibitions are ticketed.",
    "{B}'s main competitors for a day out are other museums, historic houses and shopping centres.",
    "Section 2 applies this to {B}'s membership offer.", "The analysis below uses the 7Ps of services marketing.",
    "Visitors can book timed tickets online up to three months ahead.", "{O}, {C}.",
    "The shop and café together bring in more than the exhibition tickets.",
    "Most visitors arrive by public transport, and many come as part of a tour group.",
    "A PESTLE analysis is set out in the appendix.", "The recommendations that follow are costed in Task 2.",
    "Membership cards are now digital and sit in the visitor's phone wallet.",
    "{B} posts on {ch} every day and replies to comments within hours.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one museum-marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} put it plainly: {Q}.", "{B} seems to accept that {Q} {P}.", "One study concluded that {Q} {P}.",
    "Heritage marketers are told that {Q} {P}.", "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘blockbuster’", "‘Instagrammable’", "‘slow tourism’", "‘museum fatigue’", "‘edutainment’",
                "‘dark tourism’", "‘cultural omnivores’", "'bucket-list'", "“experience economy”",
                "‘Hallyu’", "‘authenticity’", "'immersive'", "‘the Bilbao effect’", "“starchitecture”"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of falling for {Q} {P}.", "Much of the sector now talks about {Q} {P}.",
    "So-called {Q} is a growing concern for heritage sites {P}.", "The term {Q} is used loosely in the sector {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.", "{N} warned against {Q} as a marketing shortcut.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your membership card is on its way’", "‘Members go free – renew today’",
                 "“Late opening this Friday: music, bars and the galleries after dark”",
                 "‘We miss you – come back for free this month’", "‘Last chance to see our {M} exhibition’",
                 "“Thank you for supporting us this year”", "‘Your members’ preview starts tomorrow’",
                 "'Skip the queue: book your timed ticket'"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} was opened by more {A} than any other {P}.",
    "{B}'s renewal email, {Q}, lifted renewals among lapsed members {P}.",
    "Subject lines such as {Q} create urgency {P}.", "Testing {Q} against a plainer line showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, dates and figures that is no citation: what these candidates write about the sector.
NOT_CITATIONS = {
    "exhibition-year": [
        "Tutankhamun: Treasures of the Golden Pharaoh (2019) sold more advance tickets than any show in London that year.",
        "The V&A's Frida Kahlo: Making Her Self Up (2018) brought many first-time visitors.",
        "Hallyu! The Korean Wave (2022–2023) showed that K-culture could fill a gallery in Kensington.",
        "Leonardo: Experience a Masterpiece (2019–2020) at the National Gallery was largely digital.",
        "{B} is still remembered for its {M} exhibition ({Y3}), its most-booked show.",
    ],
    "artwork-year": [
        "Frida Kahlo's The Two Fridas (1939) is the image most visitors want to photograph.",
        "Kim Whanki's Universe (1971) became the most expensive Korean painting when it sold in 2019.",
        "Turner's The Fighting Temeraire (1839) was voted the nation's favourite painting.",
        "Botticelli's The Birth of Venus (c. 1485) is the Uffizi's busiest room.",
        "Emily Carr's Indian Church (1929) hangs in the Art Gallery of Ontario.",
    ],
    "artist-life": [
        "Frida Kahlo (1907–1954) has become a brand in her own right.",
        "The gallery's Emily Carr (1871–1945) rooms are its most visited.",
        "Kim Whanki (1913–1974) is central to the Dansaekhwa story that Korean galleries now sell abroad.",
        "Mahmoud Mokhtar (1891–1934) is seen as the father of modern Egyptian sculpture.",
        "Artemisia Gentileschi (1593–c. 1656) drew record crowds when her work was shown in London.",
        "Rufino Tamayo (1899–1991) gave his collection to the museum that bears his name.",
    ],
    "dynasty-period": [
        "Most of the collection dates from the New Kingdom (c. 1550–1069 BC).",
        "The palace was built under the Joseon dynasty (1392–1897).",
        "Gyeongju was the capital of the Silla kingdom (57 BC–AD 935).",
        "The Aztec capital, Tenochtitlan (founded 1325), lies under the modern city centre.",
        "Florence sells itself as the cradle of the Renaissance (c. 1400–1600).",
        "The house is a rare survival of the Georgian era (1714–1837).",
        "Alexandria flourished in the Ptolemaic period (332–30 BC).",
    ],
    "acquisition": [
        "The National Gallery and the National Galleries of Scotland bought Titian's Diana and Actaeon (2009, £50m).",
        "With help from the Art Fund, {B} acquired a Turner watercolour (£{n}k, {Y}).",
        "The museum bought the archive at auction ({mo} {Y3}) after a public appeal.",
        "{B} acquired {n} works from a private collector ({Y}–{Y2}).",
    ],
    "merger-renaming": [
        "English Heritage became a charity separate from Historic England (April 2015).",
        "The Heritage Lottery Fund was renamed The National Lottery Heritage Fund (January 2019).",
        "The Cultural Heritage Administration became the Korea Heritage Service (May 2024).",
        "The Canadian Museum of Civilization was renamed the Canadian Museum of History (2013).",
        "National Museums Liverpool began as National Museums and Galleries on Merseyside (1986).",
        "The Science Museum Group took its current name in 2012 (formerly NMSI).",
        "Mexico's arts council, Conaculta, became the Secretaría de Cultura (December 2015).",
    ],
    "museum-reform": [
        "The Franceschini reform (2014) gave twenty Italian state museums their own directors and budgets.",
        "Egypt merged its antiquities and tourism ministries (December 2019).",
        "Korea made its national museums free to enter (May 2008).",
        "England's national museums have been free since the end of charging (December 2001).",
    ],
    "grant-funding": [
        "A National Lottery Heritage Fund grant (£{n}k, {Y3}) paid for the new galleries at Kelvingrove.",
        "The Culture Recovery Fund (£1.57bn, 2020) kept many independent museums open.",
        "Its learning programme is funded by an Arts Council England grant ({Y}–{Y2}).",
        "The project was part-funded by the EU's Creative Europe programme (2021–2027).",
        "The Canada Council for the Arts awarded the gallery a digital grant (CAD {n},000, {Y3}).",
    ],
    "lottery-funding": [
        "The new entrance was paid for with National Lottery money (£{n}k awarded in {Y}).",
        "National Lottery players have given more than £{n}m to the site since 1994.",
        "Heritage has been one of the Lottery's good causes since its first draw (November 1994).",
    ],
    "director-patron": [
        "Tristram Hunt (director of the V&A since 2017) has pushed the museum towards new audiences.",
        "Eike Schmidt (director of the Uffizi, 2015–2023) brought the gallery onto TikTok.",
        "Zahi Hawass (Minister of State for Antiquities, 2011) remains the face of Egyptology for many tourists.",
        "Its chair, a former culture minister (in post since {Y3}), opened the new wing.",
        "Maria Balshaw (director of Tate since 2017) has spoken about the cost of free entry.",
        "The founding patron, Carlos Slim (b. 1940), named the Museo Soumaya after his late wife.",
    ],
    "founding-year": [
        "The National Trust (founded 1895) now has more than five million members.",
        "Art Fund (founded 1903) runs the National Art Pass.",
        "ICOM (founded 1946) sets the definition of a museum that most countries use.",
        "UNESCO (est. 1945) keeps the World Heritage List.",
        "INAH (founded 1939) manages Mexico's archaeological zones.",
        "The Canada Council for the Arts (est. 1957) funds artists and galleries at arm's length.",
        "The FAI (founded 1975) is Italy's equivalent of the National Trust.",
        "The British Museum (founded 1753) was the first national public museum.",
    ],
    "visitor-figures": [
        "{B} welcomed {n},000 visitors ({Y3} season).", "The site had {q}.{q} million visitors in {Y3} (up {pc}% on the year before).",
        "Attendance fell to {n},000 during the pandemic (2020–2021).", "The Uffizi Galleries drew over four million visitors (2023).",
        "Visitor numbers recovered to {pc}% of pre-pandemic levels ({mo} {Y3}).",
    ],
    "ticket-price": [
        "Adult tickets cost £{pr} (£{pr2} with Gift Aid, {Y3}).", "Entry to the Uffizi is €{pr} in high season ({Y3}).",
        "Foreign visitors pay EGP {n}0 at Giza ({Y3} prices), far more than Egyptians.",
        "General admission to the ROM is CAD {pr} ({Y3}).", "The palace charges KRW 3,000 (free for visitors in hanbok).",
        "INAH sites charge MXN {n} to foreign visitors (Sundays free for Mexicans).",
    ],
    "price-change": [
        "The ticket price rose from £{pr} to £{pr2} ({mo} {Y3}).", "Membership went up by £{q} a year ({Y3} renewal).",
        "The Colosseum raised its basic ticket from €{pr} to €{pr2} ({Y3}).",
    ],
    "membership-tiers": [
        "There are three tiers (Individual £{pr}; Joint £{pr2}; Family £1{pr}).",
        "Abbonamento Musei costs €52 a year (€{pr} for under-26s).",
        "The ROM's family membership (CAD 1{pr}, {Y3}) is its best seller.",
    ],
    "membership-launch": [
        "Abbonamento Musei (launched 1995) now covers hundreds of sites in Piedmont and Lombardy.",
        "{B}'s young members' scheme (launched {mo} {Y3}) is aimed at under-30s.",
        "The National Art Pass (£{n} a year, {Y3}) gives free or reduced entry to hundreds of museums.",
    ],
    "anniversary": [
        "{B} marked its 150th anniversary (1874–2024) with a free weekend.",
        "The centenary of the discovery of Tutankhamun's tomb (1922–2022) was marketed worldwide.",
        "The Museo Nacional de Antropología turned sixty (1964–2024).",
        "Canada's 150th (Canada 150, 2017) brought free entry to national parks and historic sites.",
    ],
    "festival": [
        "Día de Muertos (1–2 November) is now Mexico City's busiest tourist weekend.",
        "Nuit Blanche Toronto (since 2006) keeps galleries open all night.",
        "The Gwangju Biennale (since 1995) is one of Asia's oldest contemporary art biennials.",
        "Edinburgh's festivals (August {Y3}) bring the city's museums their busiest month.",
        "The Venice Biennale (60th edition, 2024) drew record crowds.",
        "Museum Week ({mo} {Y3}) is a social-media campaign run by museums themselves.",
    ],
    "act-mention": [
        "The Museums and Galleries Act 1992 set up the boards of the national galleries.",
        "Under the Charities Act 2011, {B} must report its public benefit.",
        "Egypt's antiquities law (Law No. 117 of 1983) bans the export of antiquities.",
        "Italy's Codice dei beni culturali e del paesaggio (Legislative Decree 42/2004) governs state museums.",
        "Canada's Museums Act (1990) created the national museums as Crown corporations.",
        "Korea's Cultural Heritage Protection Act was overhauled when the Korea Heritage Service was created.",
    ],
    "world-heritage": [
        "The Historic Centre of Florence (inscribed 1982) attracts far more visitors than it can hold.",
        "Memphis and its Necropolis (World Heritage Site since 1979) includes the pyramids of Giza.",
        "Gyeongju Historic Areas (inscribed 2000) are a fixture of school trips.",
        "Old Québec (World Heritage Site, 1985) is the only walled city north of Mexico.",
        "The Historic Centre of Oaxaca (inscribed 1987) sells itself through its food as much as its buildings.",
    ],
    "art-fair-edition": [
        "Frieze Seoul (first edition, September 2022) ran beside Kiaf SEOUL.",
        "Zona Maco ({Y3} edition) is Latin America's largest art fair.",
        "Art Toronto (October {Y3}) is Canada's main fair for modern and contemporary art.",
        "Frieze London (October {Y3}) takes over Regent's Park.",
    ],
    "auction-sale": [
        "The painting sold at Sotheby's ({mo} {Y3}, ${q}.{q}m).", "Christie's New York sold Salvator Mundi for $450m (November 2017).",
        "The record for a work by a Mexican artist was set by Diego Rivera's The Rivals ($9.8m, 2018).",
    ],
    "film-tourism": [
        "The opening of Spectre (2015) inspired Mexico City's Day of the Dead parade.",
        "Pixar's Coco (2017) turned the Day of the Dead into a global brand.",
        "The K-drama Mr. Sunshine (2018) drew visitors to hanok villages.",
        "Death on the Nile (2022) revived interest in Nile cruises.",
        "Night at the Museum: Secret of the Tomb (2014) was partly set in the British Museum.",
        "Squid Game (2021) sent international fans to Korea's heritage sites as well as its cities.",
    ],
    "architect-building": [
        "Tate Modern's Blavatnik Building (Herzog & de Meuron, 2016) added ten floors of galleries.",
        "The Grand Egyptian Museum (Heneghan Peng, opened 2025) faces the pyramids.",
        "The Museo Soumaya's building (Fernando Romero, 2011) is a landmark in Polanco.",
        "The ROM's Michael Lee-Chin Crystal (Daniel Libeskind, 2007) divided opinion.",
        "Leeum's buildings (Mario Botta, Jean Nouvel and Rem Koolhaas, 2004) are part of its brand.",
    ],
    "discovery-excavation": [
        "Tutankhamun's tomb (discovered in 1922 by Howard Carter) is still the most famous find in Egypt.",
        "The Templo Mayor (excavated 1978–1982) is now a museum in the historic centre.",
        "The Riace Bronzes (found 1972) drew queues when they returned to display.",
        "The Sutton Hoo ship burial (excavated 1939) became a Netflix film.",
    ],
    "restoration": [
        "The restoration of the Sistine Chapel (1980–1994) was funded by a Japanese broadcaster.",
        "The house closed for restoration (2019–2021) and reopened with a new café.",
        "Gyeongbokgung's gates were rebuilt (2006–2010) after decades of damage.",
    ],
    "closure-reopening": [
        "{B} closed for refurbishment ({Y}–{Y2}).", "The galleries reopened after lockdown (17 May 2021).",
        "The site reopened to visitors ({mo} {Y3}) with timed entry only.",
        "Museums in Ontario closed again (January 2022) under new restrictions.",
    ],
    "own-survey": [
        "Most members said they joined for free entry (own survey, n = {n}, {mo} {Y3}).",
        "Visitors rated the café lower than the galleries (exit survey, {Y3}; n = {n}).",
        "Younger respondents preferred Instagram to email (questionnaire, {mo} {Y3}).",
    ],
    "interview": [
        "The membership manager said renewals were the main concern (interview, {mo} {Y3}).",
        "Front-of-house staff confirmed that queues peak at 11am (conversation with the author, {Y3}).",
        "A curator described the show as a gamble (personal communication, {d} {mo} {Y3}).",
    ],
    "cross-reference": [
        "The membership journey is mapped in Appendix {q} (Figure {q}).", "Costs are set out in Table {q} (see Section 3.{q}).",
        "See Task 1 (b) above for the competitor analysis.", "The SWOT (Appendix 2) draws on staff interviews.",
    ],
    "financial-year": [
        "Trading income rose sharply ({Y3} accounts).", "Self-generated income was £{n}m (FY{Y3}).",
        "Grant income fell in the year (financial year to March {Y3}).",
    ],
    "percentage-statistic": [
        "Repeat visitors made up {pc}% of the audience ({Y3}).", "Online sales now account for {pc}% of tickets (up from {q}% in {Y}).",
        "Membership grew by {pc}% ({Y}–{Y2}).", "Shop spend per head fell ({Y3}: £{q}.{q}0).",
    ],
    "quarter-period": [
        "Bookings were strongest in the summer quarter (Q3 {Y3}).", "International arrivals fell sharply (Q{q} 2020).",
        "Cruise calls picked up in the winter season (October to April, {Y3}).",
    ],
    "currency-conversion": [
        "Foreign visitors pay EGP 700 (about £12) to enter the museum.", "Membership costs KRW 50,000 (roughly £30).",
        "The fair's booth fee was MXN 250,000 (about US$ 14,000).",
    ],
    "opening-hours": [
        "The galleries open late on Fridays (until 22:00).", "Last entry is an hour before closing (10:00–17:30, Tue–Sun).",
        "The palace is closed on Tuesdays (open 9:00–18:00 otherwise).",
    ],
    "handle-hashtag": [
        "{B} runs its own Instagram account (@{n}museum).", "The campaign hashtag (#MuseumFromHome, 2020) trended worldwide.",
        "Visitors tag the site on Instagram (#visitegypt) more than on any other channel.",
        "Members can email the team (membership@museum.org.uk) or call.",
    ],
    "abbreviation-gloss": [
        "Customer relationship management (CRM) data sit in Tessitura.", "The net promoter score (NPS) rose after the relaunch.",
        "Gift Aid (GA) adds 25p to every £1 a UK taxpayer gives.", "Key performance indicators (KPIs) include dwell time and secondary spend.",
        "Small and medium-sized museums (SMMs) lack marketing staff.",
    ],
    "foreign-term": [
        "The biglietto unico (combined ticket) covers five sites.", "Visitors can stay in a hanok (traditional Korean house).",
        "Families build an ofrenda (altar) for the Day of the Dead.", "The tour ends in the souk (market) of Khan el-Khalili.",
        "The musée's Amis (Friends) scheme is bilingual.", "The domenica al museo (free Sunday) brings long queues.",
    ],
    "award": [
        "St Fagans National Museum of History won Art Fund Museum of the Year (2019).", "The gallery was shortlisted for the European Museum of the Year Award ({Y3}).",
        "The site holds a Travellers' Choice award ({Y3}).", "The campaign won a gold at the Museums + Heritage Awards ({Y3}).",
    ],
    "tax-relief": [
        "Museums and Galleries Exhibition Tax Relief (from April 2017) lowers the cost of touring shows.",
        "The Art Bonus (65% tax credit, since 2014) encourages Italians to donate to heritage.",
        "Gift Aid (25p per £1) is claimed on most membership fees.",
    ],
    "travel-policy": [
        "Korea's K-ETA (introduced 2021) added a step for many visitors.", "Egypt's e-visa (US$25, since 2017) made short trips easier.",
        "Direct flights from Toronto to Cairo (resumed {Y3}) opened a new market.",
        "ETIAS (expected 2026) will add a fee for visitors to Italy.",
    ],
    "age-band": [
        "The target segment is young adults (aged 18–30).", "Under-18s go free (with a paying adult).",
        "Older visitors (65+) make up a third of members.",
    ],
    "exhibition-dates": [
        "The exhibition ran for four months ({d} {mo}–{d} August {Y3}).", "Members' previews are held before opening (10–12 {mo}).",
        "The show closes on {d} {mo} ({Y3}) and then tours to Seoul.",
    ],
    "capacity-size": [
        "The museum covers nearly 500,000 m² (with 24,000 m² of exhibition space).", "Timed slots are capped (max. {n} visitors per half hour).",
        "The new wing adds {n}0 m² (about {n}00 sq ft) of galleries.",
    ],
    "loan-repatriation": [
        "The Parthenon Sculptures (removed 1801–1812) remain the most debated loan request.",
        "The Rosetta Stone (196 BC) is the British Museum's most visited object.",
        "The Benin Bronzes (looted 1897) are central to debates about restitution.",
        "Mexico asked for the return of the headdress known as Moctezuma's (penacho, c. 1515).",
    ],
    "campaign-year": [
        "The ‘Museum from Home’ campaign (spring 2020) moved collections online.",
        "VisitBritain's GREAT campaign (since 2011) features castles and palaces.",
        "Egypt's ‘Follow Me to Egypt’ campaign ({Y3}) targeted European travellers.",
        "Korea's ‘Feel the Rhythm of Korea’ videos (2020) were viewed hundreds of millions of times.",
    ],
    "loyalty-scheme-stats": [
        "Members renew at a high rate (retention {pc}%, {Y3}).", "The cultural pass sold {n},000 cards (first year).",
        "Friends schemes had {n},000 members (December {Y3}).",
    ],
    "weather-season": [
        "Visits dip in the heat of summer (July–August, often above 40°C in Luxor).",
        "Attendance fell during the heatwave (July {Y3}).", "The rainy season (June–September) empties Oaxaca's sites.",
    ],
    "company-history": [
        "Sotheby's (taken private in 2019) still runs its own art-market index.",
        "Christie's (founded 1766) is owned by François Pinault's holding company.",
        "Hauser & Wirth (founded 1992 in Zurich) now runs galleries in Somerset and Menorca.",
        "Kurimanzutto (founded 1999) began without a gallery space.",
    ],
    "census-population": [
        "Greater Mexico City has about 22 million people (2020 census).",
        "Seoul's population is falling (9.4 million, {Y3}).", "Toronto is Canada's largest city (2.8 million in 2021).",
    ],
    "regnal-title": [
        "The house was built for the 1st Duke of Marlborough (1650–1722).", "Ramesses II (r. 1279–1213 BC) is the pharaoh most visitors know.",
        "King Sejong (r. 1418–1450) gave Korea its alphabet.", "The villa belonged to the Medici (rulers of Florence 1434–1737).",
    ],
}  # fmt: skip
