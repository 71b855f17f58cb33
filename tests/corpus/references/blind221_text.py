"""The blind221 pool's prose: marketers in publishing, news, magazines, podcasting and bookselling.

Written without reading the checker, its tests or any other pool, from how marketers at publishers, newspapers,
magazine houses, podcast networks, bookshops, audiobook and streaming services and literary agencies in the UK,
Ireland, the United States and Australia write CIM Level 6 and 7 reports and MBA assignments: British spelling
(Irish and Australian writers keep it, Americans now and then slip into theirs), campaigns built around titles,
authors, prizes and publication days, and a great many brackets, years and numbers that are no citations: books
and their years as subjects, authors and titles as products, podcast series and episodes, print runs, sales and
prices, ISBNs and ISSNs, circulation figures with periods, mastheads and launch years, paywalls, World Book Day and
Super Thursday, the Net Book Agreement, awards, bestseller-list positions, people's titles and financial years.
``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{C}`` a claim, ``{B}`` a brand, ``{O}`` an opener.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

# Imprints, mastheads, magazine brands, podcast networks and shops named in the prose (none of them an author in
# the pool's reference lists, so a year beside one never reads as a citation of a listed work).
BRANDS = ["Penguin", "Vintage", "Picador", "Hodder & Stoughton", "Orion", "Puffin", "Mills & Boon", "Little, Brown",
          "4th Estate", "Canongate", "Daunt Books", "WHSmith", "BorrowBox", "the Daily Mirror", "the Irish Independent",
          "the Manchester Evening News", "Vogue", "GQ", "Wired", "Marie Claire", "T3", "Country Life", "Goalhanger",
          "Global Player", "Libro.fm", "Booktopia", "Dymocks", "Barnes & Noble", "Bookshop.org", "The Athletic",
          "Tatler", "Penguin Audio", "Hay Festival", "Kobo Plus", "the Liverpool Echo"]  # fmt: skip

_GENRES = ["romantasy", "crime fiction", "literary fiction", "celebrity memoir", "cosy crime", "YA fantasy",
           "children's picture books", "true crime", "narrative non-fiction", "cookery", "sports biography"]  # fmt: skip
_CHANNELS = ["BookTok", "Bookstagram", "the newsletter", "Spotify", "YouTube", "the app", "podcast ads",
             "Goodreads", "in-store promotion", "Amazon ads", "LinkedIn", "WhatsApp Channels"]  # fmt: skip
_PRICES = ["£8.99", "£9.99", "£10.99", "£14.99", "£16.99", "£20", "£22", "€14.99", "A$34.99", "$28.00", "$18.99"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "Y3": str(rng.randint(2019, 2025)), "pc": str(rng.randint(3, 78)), "k": str(rng.randint(12, 480)),
        "mi": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}", "pr": rng.choice(_PRICES), "wk": str(rng.randint(2, 40)),
        "ep": str(rng.randint(12, 340)), "gen": rng.choice(_GENRES), "ch": rng.choice(_CHANNELS),
        "ss": str(rng.randint(2, 9)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the study looked only at {gen}.",
    "{N} concluded that {C}; this is directly relevant to {B}'s spring list.", "{N} showed that {C}.",
    "{N} suggests that {C}, which {B}'s marketing team has been slow to accept.", "{N} observed that {C}.",
    "{N} makes a similar point, noting that {C}.", "{N} warned that {C} unless publishers share their data with retailers.",
    "{N} describes the publishing value chain and explains that {C}.", "{N} reported that {C} across {k} titles.",
    "{N} were among the first to argue that {C}.", "{N} questioned whether {C}, given how little is spent on backlist.",
    "{N} estimated that around {pc}% of {A} had bought a book after seeing it on {ch}, and that {C}.",
    "{N} identified discoverability as the central problem of the industry and argued that {C}.",
    "{N} notes that, since {Y3}, {C}.", "{N} claim that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} pointed out, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, which supports the findings of {N}.", "{C} – a point also made by {N}.",
    "In their study of UK newsrooms, {N} found that {C}.", "For {B}, the lesson from {N} is that {C}.",
    "Research by {N} suggests that {C}.", "According to {N}, {C}.", "Drawing on {N}, it can be argued that {C}.",
    "{C}; {N}, however, found the opposite for {gen}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "A survey of listeners by {N} found that {C}.", "When {B} relaunched its newsletter, it followed {N}: {C}.",
    "{O}, the work of {N} on reader loyalty shows that {C}.", "{C}, as {N} noted in a study of {gen}.",
    "Not everyone agrees; {N}, for instance, maintained that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "{O}, {N} study of {gen} readers found that {C}.",
    "{N} model of the publishing value chain suggests that {C}.", "Using {N} framework, {B}'s campaign can be judged a success, since {C}.",
    "{N} survey of {k} listeners found that {C}.", "This reflects {N} argument that {C}.",
    "{N} findings matter here because {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research on the book trade shows that {C} {P}.", "For {A}, {C} {P}.",
    "{B} is no exception, since {C} {P}.", "This matters because {C} {P}.", "{C}, especially in {gen} {P}.",
    "It is widely accepted that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C}, which is why {B} now spends more on {ch} {P}.", "In short, {C} {P}.", "{C}. {P}",
    "Publication day is no longer the peak of a campaign for most titles {P}.",
    "Podcast advertising is bought mostly on downloads rather than on listens {P}.",
    "{C} {P:see also}.", "The evidence from newsrooms points the same way: {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Some studies {P:e.g.} argue that {C}.", "{O}, {C} {P}, so {C2}.",
    "Three levers matter most – price, metadata {P} and the cover – and {C}.",
]  # fmt: skip
CLAIMS = [
    "{A} discover most new books through recommendations rather than advertising",
    "BookTok has moved sales of {gen} more than any paid campaign",
    "{B}'s reliance on {ch} leaves it exposed if the platform changes its algorithm",
    "readers who subscribe to a newsletter are more likely to pay for news",
    "paywalls work best when the journalism cannot be found free elsewhere",
    "{A} rarely pay for more than one news subscription",
    "audiobooks reach readers who no longer buy print", "independent bookshops shape which debuts succeed",
    "good metadata lifts online sales of backlist titles", "podcast listeners trust hosts more than display ads",
    "celebrity memoirs earn back their advances less often than publishers admit",
    "news avoidance is growing among {A}", "prize shortlists lift sales far more than longlists do",
    "local newspapers depend on programmatic advertising that pays less every year",
    "bundling news with puzzles, cookery and games reduces churn",
    "{ch} works best as part of an integrated launch plan", "pre-orders signal demand to retailers before publication",
    "translated fiction has found a younger audience since the pandemic",
    "magazine brands now earn more from events and commerce than from print",
    "{A} expect a publisher's social content to feel like it comes from a reader",
]  # fmt: skip
OPENERS = [
    "Furthermore", "However", "In addition", "For example", "In the UK and Irish book trade", "For {B}",
    "Since the pandemic", "In the context of {B}", "Nevertheless", "Consequently", "In the news industry",
    "From a reader's perspective", "Turning to audio", "In publishing", "As a result", "Interestingly", "Crucially",
]  # fmt: skip
PLAIN = [
    "{B} reaches around {k},000 readers and listeners a week across its channels.",
    "This report analyses {B}'s launch campaign and makes recommendations for the next list.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has {k}k followers, but engagement is falling.",
    "The recommendations are costed and phased over the next twelve months.", "{O}, {C}.",
    "A PESTLE analysis of the UK news market is included in the appendix.",
    "The campaign ran for six weeks before publication and four weeks after it.",
    "The main competitors are {B} and two independent publishers.",
    "Section 3 sets out the audience segments and the customer journey for each.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one publishing textbook puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} put it plainly: {Q}.", "The point is made directly that {Q} {P}, which {B} should note.",
    "Editors are reminded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘discoverability’", "‘BookTok effect’", "‘news avoidance’", "‘romantasy’", "‘pivot to video’",
                "‘churn’", "‘backlist gold’", "'hate-reading'", "“clickbait”", "‘cosy crime’", "'book boyfriends'",
                "‘the long tail’", "‘de-influencing’"]  # fmt: skip
SCARE_FRAMES = [
    "Publishers now talk of {Q} as a marketing goal {P}.", "{B} has been criticised for {Q} headlines {P}.",
    "So-called {Q} is a growing concern for newsrooms {P}.", "The term {Q} is used loosely in the trade {P}.",
    "This trend, often called {Q}, affects {A} most {P}.", "{N} treats {Q} as a symptom rather than a cause.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your next favourite read is here’", "‘Pre-order now and get a signed copy’",
                 "“The books everyone will be talking about this autumn”", "‘Last chance: 3 for 2 ends tonight’",
                 "‘New episode: the story behind the headlines’", "‘Your morning briefing’",
                 "“Subscribe for £1 a week”", "‘We saved you a seat at our author event’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its pre-order email {P}.",
    "Short, warm copy ({Q}, for example) performs well with {A} {P}.",
    "The email {Q} was opened by more {A} than any other {P}.", "{N} tested {Q} against a plainer version.",
]  # fmt: skip

# Text with brackets, years, numbers or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "book-as-subject": [
        "Harry Potter and the Philosopher's Stone (1997) is still the best-selling children's book in the UK.",
        "Normal People (2018) turned a literary novel into a mass-market hit.",
        "The success of Where the Crawdads Sing (2018) came years after publication.",
    ],
    "author-title-product": [
        "Sally Rooney's Intermezzo (2024) sold strongly in its first week in the UK and Ireland.",
        "Richard Osman's The Thursday Murder Club (2020) made cosy crime a front-list category.",
        "Bonnie Garmus's Lessons in Chemistry (2022) was promoted with a yellow-and-black cover campaign.",
    ],
    "booktok-hit": [
        "It Ends with Us (2016) returned to the charts after it went viral on BookTok.",
        "Rebecca Yarros's Fourth Wing (2023) was driven almost entirely by {ch}.",
        "The Song of Achilles (2011) found a second life on TikTok during lockdown.",
    ],
    "prize-shortlist": [
        "Every title on the 2023 Booker shortlist saw a sales lift in the following week.",
        "The {Y3} Women's Prize shortlist was announced on {ch} before the press release went out.",
        "Paul Lynch's Prophet Song (2023) won the Booker Prize and sold out in Irish bookshops.",
    ],
    "podcast-series": [
        "The success of Serial (2014) proved that long-form audio could build a mass audience.",
        "The Rest Is History (2020–present) sells out live shows across the UK.",
        "Desert Island Discs (1942–) remains the BBC's best-known podcast brand.",
    ],
    "podcast-episode": [
        "The Rest Is Politics, episode {ep}, was the network's most downloaded of the month.",
        "Season {ss}, episode {q} of the podcast featured the author in conversation.",
        "Its bonus episode (ep. {ep}) was only available to paying members.",
    ],
    "print-run": [
        "The debut had a first print run of 500 copies.", "{B} raised the print run to {k},000 copies after the pre-orders came in.",
        "A second printing (run of {k},000) was ordered within a fortnight.",
    ],
    "copies-sold": [
        "The memoir sold {mi} million copies worldwide in its first year.", "Spare (2023) sold 400,000 copies in the UK on its first day.",
        "The series has sold over {k},000 copies in Ireland alone.",
    ],
    "rrp-price": [
        "The paperback is priced at {pr} RRP.", "The hardback (£20 RRP) was discounted to £10 online.",
        "A special edition with sprayed edges retails at £25 (RRP).",
    ],
    "us-price": [
        "The US edition sells for $28.00 in hardback.", "In Australia the trade paperback is A$34.99 (RRP).",
        "The ebook was priced at $2.99 for launch week.",
    ],
    "isbn": [
        "The Penguin Modern Classics edition (ISBN 978-0-14-118776-1) was the one stocked.",
        "Each format has its own ISBN (hardback 978-1-5266-6548-0).", "Retailers ordered it by ISBN 978-0-571-36544-0.",
    ],
    "issn": [
        "The Guardian (ISSN 0261-3077) still prints every day except Sunday.",
        "The magazine's print edition (ISSN 0042-8000) is sold in {pc} countries.",
    ],
    "circulation-period": [
        "The title's print circulation fell to {k},000 (ABC, July–December {Y3}).",
        "Average net circulation was {k},{n} (ABC, January–June {Y3}).",
        "The magazine sells {k},000 copies an issue (ABC, Jan–Dec {Y3}).",
    ],
    "audience-figures": [
        "The podcast averages {k},000 downloads an episode (March {Y3}).",
        "Monthly unique browsers reached {mi} million (period ending December {Y3}).",
        "The app has {k},000 weekly active users (Q{q} {Y3}).",
    ],
    "masthead-launch": [
        "The i (2010) was launched as a cheaper sister paper to the Independent.", "Metro (1999) is given away free on public transport.",
        "The New European (2016) was launched as a pop-up paper after the referendum.",
    ],
    "paywall-year": [
        "The Times put its website behind a paywall in 2010 (£1 a day at launch).",
        "The Telegraph introduced a metered paywall (2013) before moving to a freemium model.",
        "The Boston Globe's paywall (launched 2011) now supports most of its newsroom.",
    ],
    "subscription-launch": [
        "Tortoise Media's membership model (launched 2019) asks readers to join rather than subscribe.",
        "Audible's UK membership (£7.99 a month) includes one credit.",
        "Spotify added audiobooks to Premium in the UK and Australia (October 2023).",
    ],
    "world-book-day": [
        "World Book Day 2024 (7 March) gave every child a £1 book token.",
        "The publisher prints {k},000 copies of its World Book Day £1 book each year.",
        "World Book Day (first held in 1998 in the UK and Ireland) is the biggest date in the children's calendar.",
    ],
    "super-thursday": [
        "Super Thursday (5 October 2023) saw over 400 hardbacks published on a single day.",
        "Super Thursday {Y3} fell on the first Thursday of October, as usual.",
    ],
    "net-book-agreement": [
        "The Net Book Agreement (1900–1997) fixed the price at which books were sold.",
        "Since the end of the Net Book Agreement (1997), supermarkets have discounted bestsellers heavily.",
    ],
    "booker-prize": [
        "Winning the Booker Prize 2023 lifted the novel to number one.", "The Booker Prize (est. 1969) is run by a foundation.",
        "The International Booker Prize 2024 went to a translated novel for the first time in its new form.",
    ],
    "british-book-awards": [
        "Canongate was named Independent Publisher of the Year at the British Book Awards 2024.",
        "The shop won Independent Bookshop of the Year (British Book Awards {Y3}).",
        "The Nibbies (British Book Awards, May {Y3}) are the trade's main awards night.",
    ],
    "pulitzer-prize": [
        "The paper's investigation won the Pulitzer Prize 2022 for public service.",
        "The novel won the Pulitzer Prize for Fiction (2023) and the Women's Prize.",
    ],
    "bestseller-position": [
        "The novel spent {wk} weeks at No. 1 in the Sunday Times bestseller list.",
        "It entered the New York Times list at number {q} (week of {d} May {Y3}).",
        "The title reached No. {q} in the Irish top 20 (week {wk}, {Y3}).",
    ],
    "people-titles": [
        "Publisher Alexis Kirschbaum oversees the nonfiction list.",
        "Dame Jacqueline Wilson, Sir Philip Pullman and the Editor-in-Chief all spoke at the launch.",
        "The Publishing Director (Fiction) signs off every cover.", "Katharine Viner, Editor-in-Chief, announced the change to staff.",
    ],
    "financial-year": [
        "Revenue rose by {pc}% in FY2023/24.", "{B}'s digital revenue passed print in FY{Y3}.",
        "Operating margins improved (FY2024/25 guidance: {pc}%).",
    ],
    "stock-ticker": [
        "Reach plc (LSE: RCH) has cut its print titles every year.", "The New York Times Company (NYSE: NYT) now has over 11 million subscribers.",
        "Spotify (NYSE: SPOT) reported its first full-year profit.",
    ],
    "film-adaptation": [
        "The BBC Three adaptation of Normal People (2020) doubled sales of the novel.",
        "The Netflix series (season {ss}, {Y3}) sent readers back to the books.",
        "Sales rose after the film adaptation (released March {Y3}).",
    ],
    "festival-year": [
        "The author appeared at Hay Festival 2024 and at Listowel Writers' Week.",
        "Edinburgh International Book Festival (August {Y3}) sold out every event on {gen}.",
        "{B} sponsors the children's programme at Cheltenham Literature Festival ({Y3}).",
    ],
    "book-fair-dates": [
        "Rights were sold in {pc} territories at the London Book Fair (12–14 March {Y3}).",
        "The agency took a larger stand at the Frankfurt Book Fair {Y3} (Hall 6.0).",
    ],
    "book-club-pick": [
        "The novel was a Richard & Judy Book Club pick (Autumn {Y3}).",
        "Being chosen as Reese's Book Club pick (May {Y3}) changed its US fortunes.",
        "It was the Between the Covers book club choice (BBC Two, {Y3}).",
    ],
    "rights-deal": [
        "The agent closed a six-figure deal for World English rights ({Y3}).",
        "Translation rights have been sold into {pc} languages.", "The debut went to a nine-publisher auction (UK & Commonwealth).",
    ],
    "advance-royalty": [
        "The author was paid an advance of £{k},000 in three parts.", "Ebook royalties are usually 25% of net receipts.",
        "Hardback royalties start at 10% of RRP and rise to 15%.",
    ],
    "format-edition": [
        "The B-format paperback (198 x 129 mm) followed eight months after the hardback.",
        "The publisher released a 20th anniversary edition (illustrated, {Y3}).",
        "The audiobook (unabridged, 11 hrs 32 mins) was narrated by the author.",
    ],
    "page-count": [
        "At 352 pp. the debut was short enough for a book club.", "The hardback runs to {n} pages (with 16 pp. of plates).",
    ],
    "magazine-issue": [
        "British Vogue's September issue ({Y3}) was its biggest of the year.",
        "The launch issue (No. 1, spring {Y3}) sold out in WHSmith.", "The magazine's {ss}00th issue was celebrated with a cover poll.",
    ],
    "cover-price": [
        "The cover price rose from £2.20 to £2.50 (weekdays).", "The Saturday edition now costs £3.50 (Scotland £3.70).",
    ],
    "legislation": [
        "The Copyright, Designs and Patents Act 1988 governs how extracts can be used in ads.",
        "The Online Safety Act 2023 places new duties on platforms that host reader reviews.",
        "The Digital Markets, Competition and Consumers Act 2024 bans fake reviews.",
    ],
    "public-lending-right": [
        "Public Lending Right paid authors 13.1p per loan (2023/24).", "PLR payments are capped at £6,600 a year per author.",
    ],
    "age-range": [
        "The YA list (ages 12–18) is marketed mainly on TikTok.", "Middle grade (8–12) sells through schools and book fairs.",
        "The picture book is aimed at 3–5 year olds (EYFS).",
    ],
    "sales-event": [
        "Sales peaked around Black Friday (24 November 2023).", "The Kindle Daily Deal (99p, {d} June {Y3}) added {k}0 sales in a day.",
        "Prime Day ({d} July) is now a fixed date in the ebook calendar.",
    ],
    "anniversary": [
        "{B} marked its 50th anniversary (1974–2024) with a reissue campaign.",
        "The paper celebrated 200 years (1821–2021) with a special edition.",
    ],
    "founding-year": [
        "Penguin's first ten paperbacks (1935) cost sixpence each.", "The shop (est. 1797) is London's oldest bookseller.",
        "The agency (founded in Dublin in {Y}) now represents {k} authors.",
    ],
    "lockdown-period": [
        "Book sales boomed during the lockdowns (March 2020 – March 2021).",
        "News subscriptions peaked during the pandemic (2020–21) and have since fallen back.",
    ],
    "hashtag-handle": [
        "The hashtag #BookTok has over 200 billion views.", "Readers tag the publisher (@picadorbooks) in their unboxing videos.",
        "The campaign asked readers to post with #ReadingHour ({d} June, 7pm).",
    ],
    "share-figures": [
        "Audio now accounts for {pc}% of the publisher's digital revenue (up from {q}% in {Y}).",
        "The big five publishers hold a combined share of around 50% (by value).",
        "{B}'s market share rose to {pc}.{q}% (volume, 52 weeks to {d} March).",
    ],
    "store-count": [
        "Waterstones runs around 300 shops (including Foyles and Hatchards).",
        "The chain now has {k} stores across the UK and Ireland (as at January {Y3}).",
    ],
    "cross-reference": [
        "The full campaign budget is set out in Appendix {q} (Table {q}).", "See Section {q}.{q} for the customer journey map.",
        "The survey questions (Appendix {q}) were piloted with ten readers.",
    ],
    "survey-sample": [
        "Most of the readers surveyed preferred paperbacks (n = {n}).", "Half of the listeners interviewed were under 35 (n={n}, {Y3}).",
    ],
    "newsletter-stats": [
        "The weekly newsletter reaches {k},000 subscribers (open rate {pc}%).",
        "Click-through on the morning briefing averages {q}.{q}% (last 90 days).",
    ],
}  # fmt: skip
