"""The blind334 pool's prose (HELD OUT): marketers at musical-instrument makers and brands, music shops and online
instrument retailers, piano dealers, music schools and teachers' networks, concert venues, streaming and
music-learning apps and record labels in the UK, Germany, Austria, Japan, Sweden and the United States, writing CIM
Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker or any other pool. Frames use the common fill values and these of this pool:
{ins} an instrument, {app} a learning or streaming app, {shop} a music retailer, {ch} a channel, {pc} a percentage's
number, {Y3} a recent year, {city} a city of the region, {seg} a segment of players, {yen} a price in yen, {eur} a
price in euros. NOT_CITATIONS holds brackets, years and quotation marks that are no citations: instruments, models,
musicians, albums, tours, fairs, venues, takeovers, laws, standards, films, prices, slogans and figures.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Yamaha", "Roland", "Korg", "Kawai", "Steinway", "Bechstein", "Bösendorfer", "Fender", "Gibson",
          "Martin Guitar", "PRS", "Marshall", "Orange Amps", "Ernie Ball", "Thomann", "Andertons", "PMT", "Gear4music",
          "Sweetwater", "Guitar Center", "Teenage Engineering", "Elektron", "Spotify", "Yousician", "Simply Piano",
          "Rockschool", "ABRSM", "Trinity College London", "Musikhaus Thomann", "Bax Music", "Dawsons Music",
          "Coda Music", "Reverb", "Soundtrap"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    return {
        "ins": rng.choice(["electric guitars", "digital pianos", "acoustic guitars", "synthesisers", "drum kits",
                           "ukuleles", "upright pianos", "violins", "bass guitars", "effects pedals"]),
        "app": rng.choice(["Yousician", "Simply Piano", "Spotify", "Fender Play", "Melodics", "flowkey", "Skoove",
                           "Ultimate Guitar", "Soundtrap", "Moises"]),
        "shop": rng.choice(["Thomann", "Andertons", "PMT", "Gear4music", "Sweetwater", "Guitar Center", "Reverb",
                            "Musik Produktiv", "Ishibashi Music", "4Sound"]),
        "ch": rng.choice(["YouTube", "TikTok", "Instagram", "email", "paid search", "the loyalty app", "in-store demos",
                          "affiliate sites", "Google Shopping", "LINE"]),
        "pc": str(rng.randint(4, 78)), "Y3": str(rng.randint(2019, 2025)),
        "city": rng.choice(["London", "Manchester", "Berlin", "Hamburg", "Vienna", "Graz", "Tokyo", "Hamamatsu", "Osaka",
                            "Stockholm", "Gothenburg", "Nashville", "Los Angeles", "Treppendorf"]),
        "seg": rng.choice(["returning adult players", "beginner guitarists", "parents of young pianists",
                           "bedroom producers", "gigging musicians", "music teachers", "gear collectors",
                           "school music departments"]),
        "yen": f"{rng.randint(60, 400)},{rng.choice(['000', '800', '500'])}",
        "eur": f"{rng.randint(2, 39)}9",
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, although the sample was drawn only from {seg}.",
    "{N} concluded that {C}; this is directly relevant to {B}.",
    "{N} showed that {C}, particularly among {seg}.",
    "{N} suggested that {C}, which may explain why {shop} invests so heavily in {ch}.",
    "{N} interviewed {n} {seg} and reported that {C}.",
    "{N} warned that {C} if retailers compete on price alone.",
    "{N} describe how {C}.",
    "{N} point out that {C}.",
    "{N} observed that {C} in {city} as much as online.",
    "{N} went further, arguing that {C} and that {C2}.",
    "{N} questioned whether {C}.",
    "{N} noted that, since the pandemic, {C}.",
    "{N} identified that {C}, a finding {B} has yet to act on.",
    "{N} claims that {C}.",
    "{N} is often cited on this point, having shown that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of music retailers, {N} found that {C}.",
    "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.",
    "As {N} explain, {C}.",
    "{B} is a good example: {N} showed that {C}.",
    "Research by {N} suggests that {C}.",
    "According to {N}, {C}.",
    "A survey carried out by {N} found that {C}.",
    "{C}, as {N} noted in their review of the market for {ins}.",
    "Applying the work of {N} to {B}, it appears that {C}.",
    "{C}; however, {N} found the opposite for {seg}.",
    "Data published by {N} show that {C}.",
    "When {B} relaunched its {ch} channel in {Y3}, it seemed to follow {N}: {C}.",
    "Not everyone agrees; {N}, for instance, maintained that {C}.",
    "For a specialist retailer such as {shop}, the work of {N} matters because {C}.",
    "{C}, according to {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {seg} found that {C}.",
    "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.",
    "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.",
    "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research shows that {C} {P}.",
    "{B} is no exception, since {C} {P}.",
    "For {seg}, {C} {P}.",
    "This matters because {C} {P}.",
    "{C}, especially on mobile {P}.",
    "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.",
    "In short, {C} {P}.",
    "{C}, which is why {B} invests in {ch} {P}.",
    "A key point for {B} is that {C} {P}.",
    "{C} {P:see also}.",
    "The instrument market is small, seasonal and dominated by a few specialist retailers {P}.",
    "Around {pc}% of {ins} sold in the region are now bought online {P}.",
    "Music education in schools has declined, which shrinks the pipeline of future players {P}.",
    "{C}. {P}",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, but {C2}.",
    "{C} {P}; {C2}.",
    "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.",
    "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.",
    "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "most {seg} research {ins} on YouTube before they buy",
    "artist endorsements matter less to {seg} than demo videos do",
    "second-hand {ins} sell faster online than in store",
    "learning apps such as {app} keep beginners playing for longer than printed tutor books",
    "vintage gear is treated by collectors as an investment rather than a tool",
    "{B} relies on {ch} more than its rivals do",
    "free returns lift online sales of {ins} but squeeze margins",
    "TikTok has become the main place where younger players discover new gear",
    "brand communities keep {seg} loyal long after the first purchase",
    "the resale price of {ins} holds up better for heritage brands",
    "in-store demos still close more high-value sales than any digital channel",
    "parents choose lessons on the strength of word of mouth",
    "subscription pricing suits learning apps but not instrument retailers",
    "music teachers act as gatekeepers for the first instrument a child owns",
    "piano dealers struggle to reach buyers under forty",
    "streaming has changed how fans find new artists and the instruments they play",
    "{seg} trust user reviews more than brand claims",
    "exam results are a strong motive for parents paying for lessons",
    "limited editions create urgency among gear collectors",
    "the pandemic brought a wave of new players that retailers have struggled to keep",
    "few firms manage to {bs} without a clear customer-data strategy",
    "{T} works best when it is tied to lessons and repairs rather than to price",
]  # fmt: skip
OPENERS = ["Furthermore", "In addition", "On the other hand", "For example", "In the UK", "In Germany and Austria",
           "In Japan", "In Sweden", "In the United States", "For {B}", "Since the pandemic", "For {shop}",
           "In the context of {B}", "From a player's perspective", "Nevertheless", "As a result",
           "Turning to {ch}", "Overall", "Interestingly"]  # fmt: skip
PLAIN = [
    "{B} sells {ins} through its own website, marketplaces and a network of dealers.",
    "This section analyses {B}'s digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s YouTube channel has over {n}k subscribers, but most views come from demo videos.",
    "The recommendations are costed and phased over twelve months.",
    "{O}, {C}.",
    "A SWOT analysis of {B} is included in the appendix.",
    "The main competitors are {shop} and two smaller specialist shops.",
    "Task 2 builds on this with a content plan for the next year.",
    "Customers can try instruments in the {city} showroom or order online with a thirty-day return period.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "guitar-model-year": [
        "The Fender Stratocaster (Stratocaster, 1954) is still the best-selling electric guitar.",
        "Collectors pay most for early examples (Les Paul, 1952) with original finishes.",
        "{shop} lists the reissue beside the original design (Telecaster, 1950).",
        "The flat-top dreadnought (D-28, 1931) set the shape of the acoustic guitar.",
    ],
    "guitar-model-narrative": [
        "The Les Paul (1952) gave Gibson a solid-body answer to Fender.",
        "Since the Stratocaster (1954), few guitar shapes have changed the market as much.",
        "The Flying V (1958) sold poorly at first and is now a collector's item.",
    ],
    "piano-model-year": [
        "Most concert halls still choose the same nine-foot grand (Model D, 1884).",
        "Bösendorfer's extended-keyboard grand (Imperial, 1909) has 97 keys.",
        "Kawai's first grand piano (KG-series, 1980) opened the export market.",
    ],
    "synth-drum-machine-year": [
        "Hip hop and house were built on one drum machine (TR-808, 1980).",
        "The first commercially successful digital synthesiser (DX7, 1983) sold over 150,000 units.",
        "Portable synthesis began with one instrument (Minimoog, 1970).",
        "Teenage Engineering's first product (OP-1, 2011) became a cult object for producers.",
        "Korg's cheapest analogue synth (Monotron, 2010) brought in a new generation of players.",
    ],
    "digital-piano-model": [
        "The entry-level digital piano (P-125, 2018) is {B}'s best seller on Amazon.",
        "Roland's stage piano range (RD-2000, 2016) is aimed at gigging keyboard players.",
        "The hybrid piano (AvantGrand N3X, 2019) costs about ¥{yen} in Japan.",
    ],
    "musician-year": [
        "His Woodstock performance (Jimi Hendrix, 1969) made the white Stratocaster famous.",
        "The ‘Brownie’ Strat was used on a famous album (Eric Clapton, 1970).",
        "The record-breaking stadium run (Taylor Swift, 2023) lifted sales of acoustic guitars.",
        "A viral encore (Yuja Wang, 2018) did more for piano sales in Asia than any advert.",
    ],
    "musician-narrative": [
        "Ed Sheeran (2017) played every stadium date alone with a loop pedal and a small Martin.",
        "Billie Eilish (2019) recorded her debut album in a bedroom studio.",
        "Ryuichi Sakamoto (1978) used the Yellow Magic Orchestra to show off new synthesisers.",
        "Avicii (2011) became the face of bedroom-producer software in Sweden.",
    ],
    "album-year": [
        "The Beatles' last recorded album (Abbey Road, 1969) is still sold on vinyl at {shop}.",
        "Record-shop sales peaked around one album (Thriller, 1982).",
        "Many players learned to play from one record (Rumours, 1977).",
        "ABBA's comeback record (Voyage, 2021) topped the charts in Sweden and the UK.",
    ],
    "song-year": [
        "Beginners on {app} still ask for the same riff (Smoke on the Water, 1972).",
        "The most requested song on TikTok guitar lessons ({Y3}) was a cover of ‘Wonderwall’ (1995).",
        "Kate Bush's hit (Running Up That Hill, 1985) returned to the charts after a streaming series.",
    ],
    "tour-year": [
        "Sales of acoustic guitars rose during the stadium run (Eras Tour, 2023).",
        "The reunion dates (Oasis Live '25, 2025) sold out in hours.",
        "The avatar concerts in London (ABBA Voyage, 2022) created a new kind of venue.",
    ],
    "charity-concert-year": [
        "The biggest televised concert of its time (Live Aid, 1985) showed the reach of rock music.",
        "Many UK charity singles followed the original (Band Aid, 1984).",
    ],
    "trade-fair-year": [
        "{B} launched its new range at the trade fair (NAMM Show, 2024).",
        "Frankfurt's fair lost most of its exhibitors before it closed (Musikmesse, 2019).",
        "Japanese makers still show their pianos at home first (Gakki Fair, 2023).",
        "Retailers met suppliers at the UK's own event (MIA Music Industry Awards, 2023).",
    ],
    "festival-year": [
        "The first festival at Worthy Farm (Glastonbury, 1970) cost £1 to attend.",
        "Sweden's biggest summer festival (Way Out West, 2007) is sponsored by music brands.",
        "Fuji Rock (1997) was nearly washed out in its first year.",
        "{B} ran a demo tent at a summer festival (Download, {Y3}).",
    ],
    "award-year": [
        "The band's debut won a major award (Mercury Prize, 2021).",
        "Her record won the top prize (Grammy Award, 2022) and streams doubled overnight.",
        "The Swedish producer won a national award (Grammis, 2020) for the album.",
        "The shop was named retailer of the year (MIA Award, {Y3}).",
    ],
    "venue-opening": [
        "The Proms are held in London's best-known hall (Royal Albert Hall, 1871).",
        "The New Year's Concert is broadcast from Vienna (Wiener Musikverein, 1870).",
        "New York's best-known hall (Carnegie Hall, 1891) was funded by a steel magnate.",
        "The Beatles played Tokyo's martial-arts arena (Budokan, 1964) in 1966.",
        "The Elbphilharmonie (opened 2017) has become a symbol of Hamburg.",
    ],
    "takeover-year": [
        "The music-software deal (Gibson and Cakewalk, 2013) did not last.",
        "Fender bought into recording software (Fender and PreSonus, 2021).",
        "Yamaha took over the Austrian piano maker (Yamaha and Bösendorfer, 2008).",
        "The private-equity purchase (Paulson and Steinway, 2013) took the firm off the stock market.",
    ],
    "law-year": [
        "US copyright terms were extended by statute (Copyright Act, 1976).",
        "The UK law on music copyright (Copyright, Designs and Patents Act, 1988) still governs cover versions.",
        "German collecting rights are set out in law (Urheberrechtsgesetz, 1965).",
        "The EU directive on streaming payments (Directive 2019/790) changed how platforms license music.",
    ],
    "standard-year": [
        "Electronic instruments can talk to each other because of one standard (MIDI 1.0, 1983).",
        "Concert pitch was fixed by international agreement (A440, 1939).",
        "The new protocol (MIDI 2.0, 2020) allows two-way communication.",
        "Most tuner apps default to the standard (ISO 16:1975).",
    ],
    "ruling-year": [
        "Songwriters became more nervous after one verdict (Blurred Lines ruling, 2015).",
        "The court cleared the band (Stairway to Heaven case, 2020).",
        "The UK High Court decision (Shape of You case, 2022) was a relief for pop writers.",
    ],
    "film-year": [
        "Guitar lessons for children rose after one film (School of Rock, 2003).",
        "Drum teachers still mention a film (Whiplash, 2014) when students arrive.",
        "The biopic (Bohemian Rhapsody, 2018) sent fans back to the band's catalogue.",
        "Interest in jazz piano rose after a musical (La La Land, 2016).",
    ],
    "tv-series-year": [
        "British chart music reached millions through one programme (Top of the Pops, 1964).",
        "The Swedish TV song contest (Melodifestivalen, 1959) still drives record sales.",
        "A streaming series (Stranger Things, 2022) brought an old song back into the charts.",
    ],
    "price-year": [
        "The American-made model sold at £1,599 a guitar (2023) before the price rise.",
        "A new concert grand now costs over €{eur}0,000 (2024 list price).",
        "The same digital piano cost ¥{yen} in Tokyo ({Y3}).",
        "Used 1960s Stratocasters fetch £25,000 or more ({Y3} auction prices).",
    ],
    "count-year": [
        "ABRSM's exams reached 2.6 million learners (2022) across 93 countries.",
        "Around {n},000 guitars were sold in the UK (2021) during the boom.",
        "The app claims over {n} million downloads ({Y3}).",
        "Sweden's municipal music schools teach about 200,000 children (2019 figures).",
    ],
    "year-figures": [
        "Online sales overtook store sales for the first time (2022 sales).",
        "{B}'s revenue fell after the pandemic boom ({Y3} results).",
        "Margins on {ins} shrank ({Y3} accounts: {pc}% gross margin).",
        "Store footfall has not recovered ({Y} to {Y2} figures).",
    ],
    "slogan": [
        "Most teachers still tell pupils that ‘Practice makes perfect’.",
        "The guitar shop's window reads ‘Turn it up to eleven’.",
        "Marshall's ‘Loud and proud’ message works well with older rock fans.",
        "Yamaha's ‘Make Waves’ line is used across every channel.",
    ],
    "saying": [
        "Players often joke that ‘Tone is in the fingers’.",
        "The old shop saying ‘Buy the best you can afford’ still guides parents.",
        "Collectors say ‘They don't make them like they used to’.",
    ],
    "founder-year": [
        "The brand's story starts with a single workshop (Leo Fender, 1946).",
        "The amp maker began as a drum shop in Hanwell (Jim Marshall, 1962).",
        "Yamaha's history goes back to a reed organ (Torakusu Yamaha, 1887).",
        "The piano firm's founder built his first grand in Berlin (Carl Bechstein, 1853).",
    ],
    "founding-year": [
        "The family firm (founded 1854) is now the world's largest online music retailer.",
        "The Austrian piano maker (est. 1828) builds fewer than 300 pianos a year.",
        "The Swedish synth maker (since 1998) is based in Gothenburg.",
    ],
    "record-label-year": [
        "The label's sound defined a city (Motown, 1959).",
        "The classical label (Deutsche Grammophon, 1898) is the oldest still operating.",
        "Many Swedish pop writers started at one studio (Cheiron, 1992).",
    ],
    "app-or-game-launch": [
        "A video game (Guitar Hero, 2005) drove a wave of first guitar purchases.",
        "Apple's free recording software (GarageBand, 2004) turned laptops into studios.",
        "The Swedish streaming service launched in Stockholm (launched 2008).",
    ],
    "user-figures": [
        "The platform now has hundreds of millions of listeners (Q{q} {Y3}: {n} million monthly users).",
        "Paying subscribers rose again ({Y3}: {pc}% of all users).",
        "The app's retention fell after the trial period (day 30: {pc}%).",
    ],
    "percentage-year": [
        "Sales of {ins} rose (up {pc}% on {Y3}).",
        "Vinyl revenue grew again ({pc}% year on year).",
        "Lesson bookings fell ({pc}% down on {Y}).",
    ],
    "spec": [
        "The synth runs at a fixed resolution (24-bit/96 kHz).",
        "Most electric guitars share one scale length (25.5 inches).",
        "Some teachers tune lower (A = 432 Hz) for younger singers.",
        "The practice track is played slowly (60 bpm) at first.",
        "The stage piano has a full keyboard (88 keys, hammer action).",
    ],
    "vintage-serial": [
        "The most valuable Les Pauls are the sunburst models ('59 Burst).",
        "The guitar's neck date (May 1963) matches its serial number.",
        "Collectors check the pot codes (137 6508) to date an amp.",
    ],
    "season-event": [
        "Most guitar sales happen in one quarter (Black Friday {Y3}).",
        "The shop's best week was before the holidays (Christmas {Y3}).",
        "Japanese retailers push graduation gifts (spring {Y3}).",
    ],
    "pandemic-period": [
        "Online lesson bookings tripled in the first lockdown (March–June 2020).",
        "Demand for home-recording gear peaked early in the pandemic (lockdown, 2020).",
        "Stores in Austria reopened later than in Sweden (spring 2021).",
    ],
    "handle-hashtag": [
        "The shop answers questions on Instagram (@andertonsmusic) within hours.",
        "The campaign hashtag (#GuitarTok) trended for a week.",
        "Its Japanese channel (@yamaha_music_jp) is run from Tokyo.",
    ],
    "web-address": [
        "Most orders come through the German site (www.thomann.de).",
        "Customers can book a lesson online (www.example-music-school.co.uk).",
        "The returns policy is on the website (shop.example-guitars.com/returns).",
    ],
    "cross-reference": [
        "The channel plan (see Appendix {q}) shows weekly activity.",
        "Costs are set out in the budget (Table {q}).",
        "The persona (Appendix 1, Figure {q}) is based on interviews with {seg}.",
        "See Task 1 (c) above for the competitor analysis.",
    ],
    "sample-size": [
        "Most respondents preferred video demos (n = {n}).",
        "The survey of teachers was small (n={n}, {Y3}).",
        "Two focus groups were held (6 and 8 participants).",
    ],
    "currency": [
        "The same guitar costs more in Sweden (SEK 14,990, about £1,100).",
        "Prices in Japan are lower (¥{yen}, roughly £900).",
        "The German list price (€{eur}9) undercuts UK shops.",
    ],
    "event-date": [
        "The store's open day (Saturday {d} September {Y3}) brought in {n} visitors.",
        "Tickets for the masterclass (10 March {Y3}, 7pm) sold out.",
        "The webinar for teachers ({d} May {Y3}) was recorded.",
    ],
    "video-views": [
        "The shop's demo of the new pedal went viral (4.1m views, {Y3}).",
        "A single TikTok video ({n}k likes) sold out the batch.",
        "The unboxing video ({n},000 views in a week) beat every paid advert.",
    ],
    "orchestra-founding": [
        "The orchestra that plays the New Year's Concert (Vienna Philharmonic, 1842) is privately run.",
        "Berlin's orchestra (Berliner Philharmoniker, 1882) runs its own streaming service.",
        "The Swedish radio orchestra (Sveriges Radios Symfoniorkester, 1965) tours Japan.",
    ],
    "japanese-era": [
        "The Hamamatsu factory was rebuilt after the war (Shōwa 22).",
        "The company's records are dated by era (Reiwa 5) rather than by Western year.",
        "The piano was built in the late Taishō period (Taishō 14).",
    ],
    "local-institution": [
        "Every Austrian district has a public music school (Musikschule, est. 1952 in many towns).",
        "Swedish children learn through the municipal schools (Kulturskolan, {Y3}).",
        "German pupils take part in a national competition (Jugend musiziert, since 1964).",
    ],
    "magazine-issue": [
        "The guitar was reviewed in a magazine (Total Guitar, issue 376).",
        "{B} took a full-page advert (Keyboard Magazine, July 1985).",
        "The shop was featured in print (Gitarre & Bass, 3/{Y3}).",
    ],
    "stock-listing": [
        "The retailer floated on the junior market (AIM, 2015).",
        "Its shares trade in London (LSE: G4M).",
        "Yamaha is listed in Tokyo (TSE: 7951).",
        "The streaming firm listed in New York (NYSE: SPOT, 2018).",
    ],
    "composer-work": [
        "Beethoven's ‘Moonlight’ Sonata (1801) is still the most requested piece on piano apps.",
        "Grade 5 pupils often play a Mozart sonata (K. 545).",
        "Cellists start with Bach's first suite (BWV 1007).",
    ],
    "exam-grade": [
        "Most adult learners stop after one exam (Grade 5, {Y3} syllabus).",
        "Rockschool's top exam (Grade 8, {Y3}) now counts for UCAS points.",
        "Trinity's digital exams (Grades 1–8) can be taken at home.",
    ],
    "chart-position": [
        "The single reached the top of the charts (No. 1, 1985).",
        "The reissue re-entered the charts ({Y3}: No. 3).",
        "The album spent a year in the Swedish chart (Sverigetopplistan, 52 weeks).",
    ],
    "acronym": [
        "Most home studios are built around a digital audio workstation (DAW).",
        "Musical Instrument Digital Interface (MIDI) lets keyboards control software.",
        "Small and medium-sized enterprises (SMEs) make up most of the music-retail trade.",
        "The plan tracks return on ad spend (ROAS) and average order value (AOV).",
    ],
}  # fmt: skip
SCARE_QUOTES = ["‘tone chasing’", "‘gear acquisition syndrome’", "‘GAS’", "‘relic’", "‘boutique’", "‘vintage-correct’",
                "‘bedroom producer’", "'play-along'", "‘dad rock’", "“heritage”", "‘gamification’", "‘edutainment’",
                "'GuitarTok'", "‘unboxing’", "‘lifetime value’"]  # fmt: skip
SCARE_FRAMES = [
    "Collectors openly joke about {Q} {P}.",
    "{B} leans on its {Q} image {P}.",
    "So-called {Q} guitars now make up much of the high end of the market {P}.",
    "The trade press calls this {Q} {P}.",
    "Learning apps rely on {Q} to keep players coming back {P}.",
    "{N} describe this as {Q}.",
    "Younger players are wary of {Q} marketing {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your new {ins} is waiting’", "‘Last chance: free setup on every guitar’",
                 "“Practise 10 minutes today?”", "‘The B-stock sale starts now’", "‘Your streak is on fire 🔥’",
                 "“Lessons are back this September”", "‘Trade in your old gear for credit’",
                 "‘Black Friday: up to 40% off {ins}’", "“Meet the new {ins} range”",
                 "'Your free trial ends tomorrow'"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.",
    "{B} used {Q} in its abandoned-basket email {P}.",
    "Messages like {Q} work because they create urgency {P}.",
    "The email {Q} was opened by more {seg} than any other {P}.",
    "{N} tested {Q} against a plainer version.",
    "Learning apps send reminders such as {Q} to stop players lapsing {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one marketing text puts it, {Q} {P}.",
    "This is summed up well: {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "{B} appears to accept that {Q} {P}.",
    "{N} argue that {Q}.",
    "One review concluded that {Q} {P}.",
    "For music retailers, the lesson is clear: {Q} {P}.",
]  # fmt: skip
