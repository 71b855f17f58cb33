"""The blind269 pool's prose: marketers at musical-instrument makers, pro-audio and music-technology firms, music
retailers and music-education providers in the UK, Ireland, the US, Germany and Japan writing CIM Level 6 and 7 reports
and MBA assignments in English on brand, e-commerce, artist-relations, community and education marketing.

Written without reading the checker or any other pool. Its decoys are what these reports are full of and no tutor
expects in a reference list: instrument models and reissues with years, signature models, albums, songs, tours and
festivals with years, trade shows, exam grades and syllabus years, MIDI and firmware versions, serial numbers and model
codes, patents, prices, band names with "&", labels and chart positions, taglines and scare-quoted gear slang.
Placeholders: {N} a narrative citation, {P} a parenthetical one, {Q} a quotation, {C} a claim, {B} a brand, {O} an
opener, and the fill values of ``values`` below beside the builder's own.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Fender", "Gibson", "PRS Guitars", "Marshall", "Orange Amplification", "Yamaha", "Roland", "Korg",
          "Steinway & Sons", "Focusrite", "Native Instruments", "Ableton", "Thomann", "Andertons", "PMT",
          "Gear4music", "Sweetwater", "Reverb", "ABRSM", "Trinity College London", "Rockschool", "Yousician",
          "Boss", "Novation", "Positive Grid", "Ernie Ball", "D'Addario", "Fender Play"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    return {
        "gear": rng.choice(["Stratocaster", "Telecaster", "Les Paul Standard", "SG", "Jazzmaster", "Precision Bass",
                            "P-90 Junior", "DX7", "Nord Stage", "Juno-60", "Clavinova", "Scarlett 2i2", "Push 3",
                            "Maschine", "Minilogue", "Rockerverb 50"]),
        "art": rng.choice(["Jimi Hendrix", "Eric Clapton", "Slash", "Nile Rodgers", "Ed Sheeran", "Mark Knopfler",
                           "St. Vincent", "Tom Misch", "Yvette Young", "Cory Wong", "John Mayer", "Brian May",
                           "Hiromi", "Jacob Collier"]),
        "Y3": str(rng.randint(2016, 2025)), "pc": str(rng.randint(4, 78)),
        "price": rng.choice(["£149", "£229", "£399", "£649", "£1,199", "£1,899", "$1,499", "$2,999", "€899", "¥198,000"]),
        "grade": str(rng.randint(1, 8)), "fw": f"{rng.randint(1, 4)}.{rng.randint(0, 9)}",
        "ser": rng.choice(["US22041234", "CZ570123", "JD19001456", "MX21098765", "190032456", "KC09871"]),
        "pos": str(rng.randint(1, 40)),
        "ch": rng.choice(["YouTube", "Instagram", "TikTok", "email", "the dealer portal", "Discord", "paid search"]),
        "mo": rng.choice(["January", "March", "April", "June", "September", "October", "November"]),
        "city": rng.choice(["Anaheim", "Frankfurt", "Nashville", "Hamamatsu", "London", "Berlin", "Dublin", "Bristol"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn from {A}.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} showed that {C}, particularly in guitar retail.",
    "{N} suggested that {C}, a view {B}'s artist-relations team appears to share.",
    "{N} described {T} as the glue of brand communities and found that {C}.", "{N} noted that {C}.",
    "{N} identified that {C} among amateur and hobby players.", "{N} observed that {C}, which explains {B}'s move into {ch}.",
    "{N} questioned whether {C}.", "{N} reported that {C} across the UK and Irish music-retail sector.",
    "{N} made the point that {C}.", "{N} warned that {C} once discounting becomes the norm.",
    "{N} studied {n} guitar players and found that {C}.", "{N} were among the first to argue that {C}.",
    "{N} highlighted that {C}, a finding echoed in music education.", "{N} claims that {C}.",
    "{N} go further, arguing that {C} and that {C2}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} argued that {C}.", "This is consistent with {N}, who found that {C}.", "{C}, as {N} pointed out.",
    "{C} – a view shared by {N}.", "As {N} showed in their work on brand communities, {C}.",
    "For a retailer such as {B}, the findings of {N} matter because {C}.", "According to {N}, {C}.",
    "Research by {N} suggests that {C}.", "A survey carried out by {N} found that {C}.",
    "In line with {N}, {C}.", "{C}, which supports the findings of {N}.",
    "When {B} relaunched its education platform it seemed to follow {N}: {C}.",
    "Not everyone agrees; {N}, for instance, maintained that {C}.", "{O}, research published by {N} showed that {C}.",
    "Applying the ideas of {N} to {B}, it appears that {C}.", "Data from {N} show that {C}.",
    "{C}; however, {N} found the opposite among {A}.", "As {N} put it, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "{O}, {N} study of guitar forums found that {C}.",
    "Using {N} framework, it is clear that {C}.", "{B} could apply {N} model, since {C}.",
    "{N} findings are useful here because {C}.", "This reflects {N} argument that {C}.",
    "According to {N} report, {C}.", "{N} survey of music teachers found that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.", "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C}, especially among bedroom producers {P}.", "In short, {C} {P}.", "{C}. {P}",
    "The music-instrument market is small, mature and highly seasonal {P}.", "{C} {P:see also}.",
    "A key point for {B} is that {C} {P}.", "Three things drive this – price, tone and trust – and {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "{C} {P:for example,}.", "Put simply, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "{O}, {C} {P}, so {C2}.", "Studies {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust YouTube gear demos more than brand advertising", "{T} builds loyalty among {A} faster than discounts do",
    "artist endorsement still shapes what beginners buy", "second-hand marketplaces now set the reference price for many guitars",
    "{B}'s heritage is its strongest asset but also a constraint on innovation",
    "most people who start learning an instrument give up within a year", "music education creates the customers of the future",
    "brand communities form around instruments as much as around artists", "{A} expect free next-day delivery on accessories",
    "online retailers compete on price while independent shops compete on advice", "nostalgia drives demand for reissues and vintage models",
    "{T} lifts {R} when it is tied to real players rather than celebrities",
    "home recording grew sharply during the pandemic and has not fallen back", "subscriptions change how {A} relate to music software",
    "dealers fear that direct-to-consumer selling will undercut them", "gamified learning apps keep {A} practising for longer",
    "the cost-of-living crisis has made {A} delay buying new instruments", "gear forums act as informal review sites for {B}",
    "players see their instrument as part of their identity", "exam boards are competing for learners who want to play popular music",
    "sustainable sourcing of tonewood is becoming a purchase criterion", "{A} respond better to demos than to specifications",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "For {B}", "Since the pandemic",
    "In the context of {B}", "From a player's perspective", "Nevertheless", "Consequently", "In music retail",
    "Looking at {B}'s competitors", "Overall", "In the education market", "Interestingly", "In Japan and Germany",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own website, a network of dealers and two marketplaces.", "{O}, {C}.",
    "This report analyses {B}'s community marketing and makes recommendations for the next twelve months.",
    "{B}'s YouTube channel has over {n}k subscribers, but comments are falling.",
    "A SWOT and PESTLE analysis of {B} are included in the appendix.",
    "The recommendations are phased around the Christmas peak and the back-to-school period.",
    "The main competitors are {B}, two online-only retailers and a growing second-hand market.",
    "Task 2 builds on this with a content plan for beginner guitarists.",
    "Customers can buy online, through the app or in store, and returns are free for 30 days.",
    "The table below sets out the key performance indicators for each channel.",
]  # fmt: skip

# Text with brackets, years, numbers or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "instrument-year": ["A '59 Les Paul Standard now sells for more than a house in most UK towns.",
                        "The Stratocaster (1954) is still {B}'s best-selling model.",
                        "The Telecaster (1950) was the first mass-produced solid-body electric guitar."],
    "drum-machine-year": ["The Roland TR-808 (1980) shaped hip hop and electronic music.",
                          "Its sound owes a lot to the Roland TB-303 (1981), a commercial failure at the time."],
    "synth-model": ["Second-hand prices for the Juno-106 (1984) have doubled since {Y3}.",
                    "The Minimoog Model D (1970) was reissued in 2016 and again in 2022.",
                    "The Yamaha DX7 (1983) sold more than 150,000 units."],
    "reissue": ["{B} launched a '62 reissue (Japan, {Y3}) at a lower price than the US-made version.",
                "The Custom Shop relic (2023 run) sold out within a week."],
    "signature-model": ["The {art} signature {gear} (launched {Y3}) is aimed at fans rather than professionals.",
                        "Its oldest signature models (Eric Clapton’s from 1988, Mark Knopfler’s from 2003) remain in the catalogue."],
    "artist-endorsement": ["{art} (a {B} endorsee since {Y}) appears in most of the brand's ads.",
                           "The artist roster (over {n} players in {Y3}) is managed from London and Nashville."],
    "album-year": ["Fleetwood Mac's Rumours (1977) is often cited by players as the reason they took up the guitar.",
                   "Sales of the reissue spiked after the anniversary edition of Nevermind (1991).",
                   "Daft Punk's Random Access Memories (2013) featured Nile Rodgers' famous Stratocaster."],
    "song-year": ["The riff from ‘Smoke on the Water’ (1972) is still the first thing many beginners learn.",
                  "Oasis’s ‘Wonderwall’ (1995) topped a list of the most-learnt songs on the app."],
    "tour-year": ["The sponsorship of the {art} world tour ({Y}–{Y2}) cost less than a TV campaign.",
                  "Backline for the stadium tour (2023, 42 dates) was supplied by the brand."],
    "festival-year": ["{B} ran a guitar tech tent at Download Festival (June {Y3}).",
                      "Its pop-up at Glastonbury (2019) reached more than {n},000 visitors."],
    "trade-show": ["Most launches are timed for the winter show (NAMM {Y3}).",
                   "{B} unveiled the range at Winter NAMM (January {Y3}) in {city}.",
                   "Dealers met the team at the NAMM Show (Anaheim, 2024)."],
    "musikmesse": ["European dealers used to see new models at Musikmesse (Frankfurt, 2019).",
                   "After Musikmesse was cancelled (2020) and then closed for good, {B} moved to online launches."],
    "uk-show": ["Guitarists meet at the London Guitar Show ({mo} {Y3}) and at Guitar Summit in Mannheim.",
                "The team demoed the range at Synthfest UK (Sheffield, {Y3})."],
    "exam-grade": ["Most candidates stop after Grade 5 Theory, which ABRSM requires before Grade 6 practical.",
                   "A Grade {grade} pass (Distinction) earns UCAS points only from Grade 6.",
                   "Learners who reach Grade 8 (ABRSM or Trinity) are a small minority."],
    "syllabus-year": ["The 2023-2024 piano syllabus added more film and game music.",
                      "The new guitar syllabus (from {Y3}) includes a free-choice piece.",
                      "Its Rock & Pop exams (2018 syllabus) allow backing tracks."],
    "midi-version": ["The MIDI 2.0 (2020) standard lets controllers send far more detail than MIDI 1.0 (1983).",
                     "All new keyboards ship with MIDI 2.0 support (2023 models onwards)."],
    "firmware": ["The update (firmware {fw}) fixed the Bluetooth bug that customers complained about.",
                 "Reviews improved after version {fw} of the app was released in {mo}.",
                 "Users were told to install firmware 3.1 before the launch stream."],
    "software-version": ["Ableton Live 12 (2024) added new MIDI tools aimed at beginners.",
                         "Owners of Logic Pro X (10.7) got spatial audio mixing free of charge."],
    "serial-number": ["Buyers are told to check the serial number ({ser}) against the factory records.",
                      "A neck date (stamped {mo} {Y}) helps to value a vintage guitar."],
    "model-code": ["The entry-level model (code {ser}) replaced the older Squier range in the catalogue.",
                   "The interface comes in three sizes (2i2, 4i4 and 18i20)."],
    "patent": ["Leo Fender's patent for the tremolo (US 2,741,146, 1956) is now public domain.",
               "The company holds a patent (GB 2,345,678, {Y}) on its locking tuners."],
    "price": ["The beginner pack costs less than a night out ({price} with a gig bag and tuner).",
              "The flagship model sits at the top of the range ({price}, {Y3} price list)."],
    "price-band": ["Most sales fall in the mid-price band (£300–£800).",
                   "The under-£200 segment (entry level) is dominated by online brands."],
    "price-rise": ["{B} raised its prices twice (March and September {Y3}) because of freight costs.",
                   "Prices went up by {pc}% (UK list prices, {Y3})."],
    "band-ampersand": ["Brands like {B} sponsor acts such as Simon & Garfunkel tribute bands and Hall & Oates covers.",
                       "The jingle was written by the duo Chase & Status for a fee, not a credit.",
                       "Cover bands (Florence & the Machine tributes are common) buy mid-price gear."],
    "record-label": ["The label (Rough Trade, 1978) started as a record shop in west London.",
                     "The artist is signed to an independent (Domino Recording Company) rather than a major."],
    "chart-position": ["The single reached the Top 40 (No. {pos}, {Y3}) after the advert aired.",
                       "The album debuted at number {pos} in the UK Official Albums Chart ({mo} {Y3})."],
    "product-tagline": ["The strapline ‘The Spirit of Rock and Roll’ appears on every Fender case.",
                        "Yamaha's slogan ‘Make Waves’ was launched in 2013 across all its divisions.",
                        "{B}'s tagline, ‘Play more, play better’, anchors its learning content."],
    "scare-slang": ["Players talk endlessly about ‘tone’, and the word sells pedals.",
                    "The ‘boutique’ label lets small pedal makers charge more.",
                    "Forum users call it ‘GAS’ (gear acquisition syndrome).",
                    "Many buyers want a ‘relic’ finish that looks decades old."],
    "sales-figure": ["Sales of electric guitars rose sharply (2023 sales: {n},000 units).",
                     "Digital pianos outsold acoustic ones ({Y3} sales).", "Revenue grew by {pc}% (FY{Y3} results)."],
    "financial-period": ["Results for the half year (H1 FY{Y3}) were below market expectations.",
                         "The group cut its marketing budget in the second half (H2 {Y3})."],
    "market-share": ["Two brands control most of the electric guitar market ({pc}% between them in {Y3}).",
                     "Online accounts for most instrument sales (around {pc}% of UK revenue)."],
    "survey-figure": ["Most of our survey respondents played for fun (n = {n}).",
                      "Only a minority had taken an exam (n={n}, {mo} {Y3})."],
    "ticker": ["The company is listed on AIM (LON: TUNE) and reports in pounds.",
               "Gear4music's shares (AIM: G4M) fell after the profit warning.",
               "Yamaha is listed in Tokyo (TYO: 7951)."],
    "founding-year": ["{B} started in a garage (est. {Y}) and now sells in {n} countries.",
                      "Marshall began in a drum shop in Hanwell (1962).", "Steinway & Sons was founded in New York (1853)."],
    "acquisition": ["The takeover of the retailer (completed {mo} {Y3}) brought its dealer network in-house.",
                    "The brand was bought by a private-equity firm (deal value: ${n}m)."],
    "award": ["The interface won a MIPA award (Musikmesse International Press Award, 2019).",
              "{B} was named Retailer of the Year at the MIA Music Awards ({Y3})."],
    "campaign-year": ["The ‘Play your part’ campaign (autumn {Y3}) targeted lapsed players.",
                      "Its Christmas campaign ({Y3}) focused on gifting for beginners."],
    "app-metric": ["The app has been downloaded more than {n} million times (Google Play, {mo} {Y3}).",
                   "The learning app scores 4.{grade} out of 5 ({n}k reviews)."],
    "subscription-price": ["Lessons cost less than a coffee a week ({price} a year, {Y3}).",
                           "The premium tier (£9.99 a month) unlocks every song."],
    "legislation": ["Sampling is governed by the Copyright, Designs and Patents Act 1988 in the UK.",
                    "Import duties changed after the UK left the EU (1 January 2021).",
                    "Rosewood was restricted under CITES (2017) and the rules were eased in 2019."],
    "education-policy": ["Music hubs (set up in 2012) deliver much of the instrumental teaching in England.",
                         "The EBacc (introduced in 2010) is blamed for falling GCSE Music entries."],
    "acronym-expansion": ["The Music Industries Association (MIA) represents UK instrument suppliers and retailers.",
                          "Key performance indicators (KPIs) include average order value (AOV) and return rate.",
                          "Digital audio workstations (DAWs) are now the centre of most home studios."],
    "cross-reference": ["The full channel plan (see Appendix 3) shows weekly activity.",
                        "Refer to Table {grade} (page {pos}) for the full costs.", "This is discussed further in Task 2 (b)."],
    "figure-ref": ["The positioning map (Figure {grade}) compares price and heritage.",
                   "The persona (Appendix 1, Figure 2) is based on five interviews with teachers."],
    "social-handle": ["The brand replies to players on Instagram (@playbetter_uk) within a day.",
                      "The hashtag (#NAMM{Y3}) trended on launch day."],
    "web-address": ["Most orders come through the website (www.example-music.co.uk).",
                    "Teachers can register on the portal (teach.example-music.co.uk) for free."],
    "video-stats": ["The demo video (12:04, posted {mo} {Y3}) has {n}k views.",
                    "Its livestream (2 hours, {n},000 peak viewers) launched the new amp."],
    "wood-spec": ["The body is alder (chambered) with a maple neck (C profile, 9.5\" radius).",
                  "Strings are 10–46 gauge (nickel wound) on most electric models."],
    "tuning-technical": ["The piano is tuned to concert pitch (A = 440 Hz).",
                         "The interface records at high resolution (24-bit/192 kHz)."],
    "opening-hours": ["The flagship store (open 10am–6pm, Mon–Sat) hosts free clinics.",
                      "Live chat (9am–5pm GMT) is staffed by trained guitar techs."],
    "year-range": ["Guitar sales boomed during the lockdowns (2020–2021) and then fell back.",
                   "The dealer agreement runs for three years ({Y}–{Y2})."],
    "anniversary": ["The Les Paul's anniversary (70 years in 2022) was marked with a limited run.",
                    "Yamaha marked its anniversary (135 years in 2022) with a heritage campaign."],
    "quarter": ["Web traffic peaks in the final quarter (Q4, Black Friday and Christmas).",
                "Sales were weak in the second quarter (Q2 {Y3})."],
    "warranty": ["Every guitar carries a long guarantee (5-year warranty, UK only).",
                 "Returns are accepted within a cooling-off period (30 days, unplayed)."],
}  # fmt: skip
SCARE_QUOTES = ["‘tone’", "‘boutique’", "‘vintage-correct’", "‘GAS’", "‘tone chasers’", "‘bedroom producers’",
                "“mojo”", "'relic'", "‘heritage’", "‘lifers’", "‘player grade’", "‘all-analogue’", "'plug and play'"]  # fmt: skip
SCARE_FRAMES = [
    "{B} markets its new range on {Q} {P}.", "Many players spend years chasing {Q} {P}.",
    "So-called {Q} gear commands a premium {P}.", "The idea of {Q} is used loosely across the industry {P}.",
    "Retailers target {Q} with limited runs and pre-orders {P}.", "Critics say {Q} is mostly marketing {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {gear} is waiting in your basket’", "‘Black Friday: up to 40% off pedals’",
                 "“New in: the {gear} you asked for”", "‘Ready for Grade {grade}? Book your exam now’",
                 "‘Last chance: free setup on every guitar’", "“Your lesson streak is about to end”",
                 "‘Meet the new {gear} – live at 7pm’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} lifted click-through rates {P}.", "{B} sent {Q} to customers who had abandoned a basket {P}.",
    "Push notifications such as {Q} bring learners back {P}.", "Testing {Q} against a plainer version showed a clear winner {P}.",
    "Short, urgent subject lines ({Q}, for example) work well with {A} {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one music-business text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} put it plainly: {Q}.", "The point is made directly that {Q} {P}, which {B} should note.",
    "Marketers are told that {Q} {P}.", "One study of guitar forums concluded that {Q} {P}.",
]  # fmt: skip
