"""Prose for the blind359 pool (HELD OUT): marketers at publishers, bookshop chains and independent bookshops,
audiobook and e-book platforms, literary festivals and magazines in the UK, Ireland, Sweden, South Africa, Malaysia
and the United States, writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Besides the common fill values, frames use
{pc} a percentage's number, {Y3} a recent year, {pr} a price in local money, {fmt} a format, {ttl} a novel's title,
{auth} a novelist's full name, {shop} a bookshop, {plat} a platform, {fest} a festival, {prize} a prize, {mag} a
literary magazine, {fair} a book fair and {cty} a city.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Waterstones", "Foyles", "Blackwell's", "Daunt Books", "WHSmith", "Easons", "Dubray Books", "Kennys",
          "Hodges Figgis", "Akademibokhandeln", "Adlibris", "Bokus", "Storytel", "BookBeat", "Nextory",
          "Exclusive Books", "Bargain Books", "Takealot", "Clarke's Bookshop", "MPH Bookstores", "Popular Bookstore",
          "Kinokuniya KLCC", "Big Bad Wolf Books", "Barnes & Noble", "Bookshop.org", "Audible", "Kobo", "Libro.fm",
          "Granta", "The Stinging Fly", "Hay Festival", "Faber", "Bloomsbury", "Gill Books", "Bonnier Förlagen",
          "NB Publishers", "Penguin Random House UK", "Hachette Ireland"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "pc": str(rng.randint(4, 78)), "Y3": str(rng.randint(2016, 2025)),
        "pr": rng.choice(["£9.99", "£20", "£8.99", "€14.99", "€22.99", "SEK 229", "SEK 89", "R320", "R249",
                          "RM39.90", "RM59", "$28.99", "$14.95"]),
        "fmt": rng.choice(["hardback", "paperback", "B-format paperback", "audiobook", "e-book", "special edition",
                           "sprayed-edge edition", "large-print edition"]),
        "ttl": rng.choice(["The Salt Orchard", "Nights at Ballyconneely", "Ett hus vid sjön", "The Karoo Letters",
                           "Monsoon Street", "The Glass Librarian", "Small Hours in Stockholm", "A Map of Kinsale",
                           "The Rubber Baron's Daughter", "Quiet Water", "The Lending Year"]),
        "auth": rng.choice(["Maeve Kinsella", "Elin Sundqvist", "Thabo Ndlovu", "Aisyah Rahim", "Colm Brady",
                            "Harriet Ashdown", "Mei Chen Ong", "Marike Steyn", "Jonah Whitaker", "Saoirse Keane"]),
        "shop": rng.choice(["a two-room shop in Galway", "the Hatchards branch on Piccadilly", "an independent in Hebden Bridge",
                            "the Kinokuniya store at KLCC", "a Södermalm bookshop", "the Book Lounge in Cape Town",
                            "a store in Brooklyn"]),
        "plat": rng.choice(["Storytel", "BookBeat", "Audible", "Spotify", "Kobo Plus", "Libby", "Kindle Unlimited",
                            "Nextory", "Libro.fm"]),
        "fest": rng.choice(["Hay Festival", "the Edinburgh International Book Festival", "Cheltenham Literature Festival",
                            "the Dalkey Book Festival", "Listowel Writers' Week", "the Franschhoek Literary Festival",
                            "the George Town Literary Festival", "the Brooklyn Book Festival", "Stockholm Literature"]),
        "prize": rng.choice(["the Booker Prize", "the Women's Prize for Fiction", "Augustpriset", "the Costa Book Awards",
                             "the An Post Irish Book Awards", "the Sunday Times Literary Awards", "the National Book Award",
                             "the Carnegie Medal", "the Pulitzer Prize for Fiction"]),
        "mag": rng.choice(["Granta", "The Stinging Fly", "the London Review of Books", "Ord&Bild", "New Contrast",
                           "The Paris Review", "the Dublin Review"]),
        "fair": rng.choice(["the London Book Fair", "the Frankfurt Book Fair", "the Gothenburg Book Fair",
                            "the Kuala Lumpur International Book Fair", "the Cape Town Book Fair", "BookExpo"]),
        "cty": rng.choice(["Dublin", "Leeds", "Malmö", "Durban", "Penang", "Portland", "Belfast", "Uppsala"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argue that {C}, which is directly relevant to {B}.", "{N} concluded that {C}.",
    "{N} showed that {C}, especially among {A}.", "{N} noted that {C} after the pandemic.",
    "{N} reports that {C}.", "{N} suggested that {C}; {B}'s own sales data point the same way.",
    "{N} identified {fmt} buyers as a separate segment and found that {C}.",
    "{N} questioned whether {C}.", "{N} warned publishers that {C}.",
    "{N} surveyed readers in {cty} and found that {C}.", "{N} describes how {C}.",
    "{N} made a similar point about {plat}, arguing that {C}.", "{N} observed that {C} in the Swedish market.",
    "{N} point out that {C} – a finding that {B} should take seriously.",
    "{N} estimated that {C}.", "{N} were among the first to show that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "As {N} explain, {C}.", "{C}, as {N} point out.",
    "This is consistent with {N}, who showed that {C}.", "According to {N}, {C}.",
    "{B} illustrates this well: {N} found that {C}.", "Research by {N} suggests that {C}.",
    "Data published by {N} show that {C}.", "{C} – a view shared by {N}.",
    "In a study of independent bookshops, {N} found that {C}.", "For {B}, the lesson from {N} is that {C}.",
    "{C}; {N}, however, found the opposite among {A}.", "It could be argued, following {N}, that {C}.",
    "A survey carried out by {N} found that {C}.", "{C}, according to {N}.",
    "Unlike {B}, which relies on {plat}, the publishers studied by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} found that {C}.", "{O}, {N} findings suggest that {C}.", "{N} model implies that {C}.",
    "Using {N} framework, it is clear that {C}.", "According to {N} latest figures, {C}.",
    "{B} could apply {N} segmentation, since {C}.", "{N} survey shows that {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Evidence suggests that {C} {P}.", "For {A}, {C} {P}.",
    "{B} is no exception, since {C} {P}.", "This matters because {C} {P}.", "{C}, particularly in {fmt} {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.", "{C} {P:see also}.",
    "Recent figures confirm this – {C} {P}.", "A key point for {B} is that {C} {P}.", "In short, {C} {P}.",
    "Discovery now happens on social media as much as in shops {P}.",
    "Independent bookshops compete on curation, events and advice rather than price {P}.",
    "{C}, which is why {B} invests in author events {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "{O}, {C} {P}, so {C2}.", "Studies {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "{A} discover most new books through social media rather than in shops",
    "audiobook listening has grown faster than any other format",
    "subscription platforms such as {plat} change how often {A} finish a book",
    "price matters less to book buyers than recommendations from friends",
    "independent bookshops that run events keep more loyal customers",
    "{B}'s reliance on {T} leaves it exposed if platform fees rise",
    "BookTok has lifted backlist sales for romance and fantasy titles",
    "readers who borrow from libraries also buy more books",
    "e-book prices above {pr} put off younger readers",
    "{A} are more likely to trust booksellers' recommendations than paid advertising",
    "literary festivals build loyalty for both authors and publishers",
    "{T} drives {R} for publishers when it is tied to an author's own channels",
    "special editions with sprayed edges sell well to {A}",
    "reading for pleasure among children has fallen since {Y}",
    "bookshops with cafés stay open longer and sell more",
    "{B} could {bs} to win {A}",
    "prizes lift sales mainly for the shortlisted titles rather than the whole list",
    "the share of {fmt} sales made online keeps rising",
    "fixed or recommended prices protect small bookshops from discounting",
    "translated fiction reaches new readers through festivals and magazines",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the UK", "In Ireland", "In Sweden",
    "In South Africa", "In Malaysia", "In the US market", "For {B}", "Since the pandemic", "Nevertheless",
    "From a reader's perspective", "Looking at {B}'s competitors", "In the context of {B}", "Overall",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own shops, its website and two marketplaces.",
    "This section analyses {B}'s current marketing mix and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low.",
    "The recommendations are costed and phased over twelve months.", "{O}, {C}.",
    "A PESTLE analysis of the book market is included in the appendix.",
    "The main competitors are {B} and two online retailers.",
    "The second part of this report proposes an events and content plan.",
    "Customers can order online and collect in store the next day.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one publishing textbook puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One study concluded that {Q} {P}.",
    "Booksellers are told that {Q} {P}, which {B} should note.",
]  # fmt: skip
SCARE_QUOTES = ["‘BookTok effect’", "‘romantasy’", "‘shelfie’", "‘cosy crime’", "‘backlist boom’",
                "‘bookstagram’", "'book boyfriend'", "“Kindle killer”", "‘tsundoku’", "‘bookshop as a third place’",
                "‘hand-selling’", "‘prestige edition’"]  # fmt: skip
SCARE_FRAMES = [
    "Publishers now talk of a {Q} {P}.", "{B} has leaned into the {Q} trend {P}.",
    "So-called {Q} titles sell strongly to {A} {P}.", "The term {Q} is used loosely in the trade {P}.",
    "What booksellers call {Q} is hard to measure {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your next favourite read is here’", "‘Signed copies – while stocks last’",
                 "“Tickets now on sale for {fest}”", "‘Book of the month: {ttl}’", "'Free audiobook trial ends soon'",
                 "‘We’ve saved you a seat at our author evening’", "‘20% off {fmt}s this weekend only’",
                 "“Your reading year in review”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its newsletter to lapsed customers {P}.",
    "Messages like {Q} create urgency among {A} {P}.", "The email {Q} was opened more than any other {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "book-title-year": [
        "{auth}'s debut, {ttl} ({Y3}), sold out its first printing.",
        "{B} built its summer window around {ttl} ({Y3}).",
        "Sales of {ttl} ({fmt}, {Y3}) were driven almost entirely by TikTok.",
    ],
    "series-years": [
        "The Harry Potter series (1997–2007) still sells in every format.",
        "Readers of the Millennium trilogy (2005–2007) helped make Swedish crime a genre of its own.",
        "The Discworld novels (1983–2015) are {B}'s best-selling backlist series.",
    ],
    "magazine-years": [
        "{mag} (relaunched {Y}) now sells more subscriptions online than in shops.",
        "The Stinging Fly (est. 1997) has published many of Ireland's best-known new writers.",
        "Granta (founded 1889) runs its Best of Young British Novelists list once a decade.",
    ],
    "author-life-years": [
        "Astrid Lindgren (1907–2002) remains the most borrowed author in Swedish libraries.",
        "Nadine Gordimer (1923–2014) is still taught in most South African schools.",
        "Readers still queue for Sally Rooney (b. 1991) at every festival.",
        "Shops still stock Maeve Binchy (1939–2012) at the front of the Irish fiction table.",
    ],
    "prize-winner-year": [
        "Damon Galgut won the Booker Prize for The Promise (2021).",
        "Anna Burns's Milkman (Booker Prize 2018) sold over half a million copies.",
        "{auth} ({prize}, {Y3}) saw sales rise tenfold in a week.",
        "Sales of Paul Lynch's Prophet Song (Booker 2023) tripled after the announcement.",
    ],
    "edition": [
        "{B} sold out of the {fmt} of {ttl} (2nd edition, {Y3}) within days.",
        "The anniversary edition (10th anniversary, {Y3}) came with sprayed edges and a new foreword.",
        "A revised edition (3rd edn, {Y3}) of the guide added a chapter on BookTok.",
    ],
    "first-printing": [
        "The first printing ({n},000 copies) sold out before publication day.",
        "{ttl} went back to press twice (first printing {Y3}, reprinted {Y2}).",
    ],
    "publisher-merger": [
        "The merger of Penguin and Random House (2013) created the largest trade publisher.",
        "Hachette's purchase of Workman (2022) added a large non-fiction list.",
        "HarperCollins bought Harlequin (2014) to strengthen its romance list.",
    ],
    "bookshop-takeover": [
        "Waterstones' purchase of Foyles (2018) left the chain with five London flagships.",
        "Elliott Advisors' takeover of Barnes & Noble (2019) brought James Daunt to New York.",
        "Easons' acquisition of Dubray Books (2021) was approved by the regulator without conditions.",
        "Waterstones' takeover of Blackwell's (2022) worried academic publishers.",
    ],
    "platform-acquisition": [
        "Amazon's purchase of Audible (2008) made it the leading audiobook platform.",
        "Amazon bought Goodreads (2013) for a reported $150 million.",
        "Storytel's purchase of Mofibo (2016) took it into Denmark.",
        "Spotify's purchase of Findaway (2022) prepared its move into audiobooks.",
    ],
    "blocked-deal": [
        "The blocked merger of Penguin Random House and Simon & Schuster (ruled against in 2022) changed US strategy.",
        "The court's decision (November 2022) ended the planned deal.",
    ],
    "founder-year": [
        "Tim Waterstone opened his first shop in Old Brompton Road (1982).",
        "Jeff Bezos started Amazon as an online bookshop (1994).",
        "Jonas Tellander founded Storytel in Stockholm (2005).",
        "Andy Hunter launched Bookshop.org in the US (2020) to support independents.",
    ],
    "founding-listed": [
        "The Publishers Association (founded 1896) lobbies on copyright and VAT.",
        "BookTrust (founded 1921) runs the Bookstart scheme.",
        "The Booksellers Association (est. 1895) organises Independent Bookshop Week.",
        "Exclusive Books (founded 1951) is South Africa's largest bookshop chain.",
        "Blackwell's (est. 1879) began as a single shop on Broad Street in Oxford.",
    ],
    "prize-year": [
        "The shortlist for {prize} ({Y3}) was announced in September.",
        "{B} ran window displays for {prize} ({Y3}).",
        "Augustpriset (2023) went to a debut novel for the first time in years.",
    ],
    "bestseller-list": [
        "{ttl} entered the Sunday Times bestseller list (week {q}, {Y3}).",
        "The novel reached the New York Times list (No. 1, {Y3}).",
        "It was Ireland's best-selling paperback ({Y3}, Nielsen figures).",
    ],
    "shop-award": [
        "The judges named {shop} Independent Bookshop of the Year ({Y3}).",
        "The shop won Bookshop of the Year at the British Book Awards ({Y3}).",
        "The house collected Publisher of the Year (Nibbies, {Y3}).",
    ],
    "book-fair": [
        "Rights to {ttl} were sold at {fair} ({Y3}).",
        "{B}'s stand at {fair} (April {Y3}) focused on audio rights.",
        "Malaysian publishers met foreign buyers at KLIBF (Kuala Lumpur International Book Fair, {Y3}).",
    ],
    "festival": [
        "{auth} sold {n} signed copies at {fest} ({Y3}).",
        "{fest} (May {Y3}) drew its largest audience yet.",
        "Attendance at {fest} ({Y3} edition) rose by {pc}%.",
    ],
    "festival-edition-number": [
        "The 37th Hay Festival (2024) moved to new sponsors.",
        "The 21st Franschhoek Literary Festival ({Y3}) was held in May.",
    ],
    "law-year": [
        "The Net Book Agreement (abolished 1997) once fixed UK book prices.",
        "The Copyright, Designs and Patents Act 1988 sets the term of protection in the UK.",
        "Malaysia's Copyright Act 1987 was amended to cover digital works.",
        "South Africa's Copyright Amendment Bill (first tabled 2017) divided publishers and educators.",
    ],
    "ruling-year": [
        "The e-book price-fixing case against Apple (settled 2013) ended agency pricing for a time.",
        "The Internet Archive lost its appeal over e-book lending (September 2024).",
        "Sweden abandoned fixed book prices (1970) long before the UK did.",
    ],
    "vat-rule": [
        "The UK removed VAT from e-books (from 1 May 2020).",
        "Sweden cut VAT on books (6% since 2002) to encourage reading.",
        "Ireland applies a zero rate to printed books (0% VAT).",
    ],
    "price-bracket": [
        "{ttl} sells for less online ({pr} in {fmt}).",
        "The subscription costs more than a paperback a month ({pr}).",
        "{B} priced the signed edition higher than the trade edition ({pr} against £14.99).",
    ],
    "format-bracket": [
        "The novel came out in three formats (hardback, e-book and audiobook) on the same day.",
        "The audiobook is long (14 hrs 20 min, unabridged).",
        "{ttl} (B-format paperback, {Y3}) was the shop's best seller.",
    ],
    "page-isbn": [
        "The guide is short (192 pp.) and aimed at first-time buyers.",
        "Orders must quote the number (ISBN 978-1-{n}-{q}{q}{q}-{q}).",
    ],
    "date-event": [
        "World Book Day (7 March {Y3}) brings families into bookshops.",
        "Independent Bookshop Week ({d}–{d} June {Y3}) is the trade's busiest campaign.",
        "Super Thursday (the first Thursday in October) launches the Christmas hardbacks.",
    ],
    "survey-wave": [
        "Results from the panel's latest wave (wave {q}, autumn {Y3}) show a fall in print reading.",
        "The reading habits tracker (sixth wave, {Y3}) was run by {B} itself.",
    ],
    "launch-year": [
        "The Kindle (launched 2007) changed how publishers priced new fiction.",
        "{plat} (launched in Malaysia in {Y3}) offers a free trial.",
        "{B}'s loyalty card (relaunched {Y3}) now has {n},000 members.",
        "BookTok (popular since 2020) now drives much of the paperback chart.",
    ],
    "percent-year": [
        "Audiobooks made up {pc}% of {B}'s revenue ({Y3}).",
        "Online sales rose to {pc}% of the market ({Y3}, up from {q}% in {Y}).",
        "Nearly half of readers listened to an audiobook ({pc}%, {Y3}).",
    ],
    "figures-year": [
        "{B}'s sales rose sharply ({Y3} revenue: £{n}m).",
        "The market grew again (SEK {n}m, {Y3}).",
        "The shop's turnover fell slightly (R{n}k, {Y3}).",
    ],
    "shop-count": [
        "The chain has expanded steadily (over {n} shops by {Y3}).",
        "The chain opened new branches in {cty} and two other cities ({n} shops in {Y3}).",
    ],
    "opening-date": [
        "The new flagship in {cty} (opened November {Y3}) has a café and an events space.",
        "{B} reopened its main store after a refit (March {Y3}).",
    ],
    "age-range": [
        "The box is aimed at young readers (ages 9–12).",
        "{ttl} is marketed as young adult fiction (14+).",
    ],
    "quarter": [
        "Audiobook downloads peaked in the last quarter (Q4 {Y3}).",
        "{B} reported a strong start to the year (Q1 {Y3}).",
    ],
    "financial-year": [
        "Profits rose in the last financial year (FY{Y3}/{q}{q}).",
        "Sales fell slightly (year to April {Y3}).",
        "The group's results (52 weeks to 27 April {Y3}) showed growth in every country.",
    ],
    "copies-sold": [
        "{ttl} sold strongly in its first year ({n},000 copies, {Y3}).",
        "The backlist title sold more in {Y3} than at launch ({pc}% up).",
    ],
    "chart-run": [
        "The paperback stayed in the top ten (No. {q} for {n} weeks).",
        "It held the top spot all summer (11 weeks at No. 1).",
    ],
    "translation-year": [
        "{ttl} was translated into English ({Y3}) after winning in Sweden.",
        "The Swedish original (2005) reached English readers three years later.",
    ],
    "adaptation-year": [
        "The Netflix adaptation of {ttl} ({Y3}) sent the novel back into the charts.",
        "The BBC series ({Y3}) doubled sales of the tie-in edition.",
    ],
    "campaign-since": [
        "Books Are My Bag (since 2012) is run by booksellers for booksellers.",
        "{B} joined the Summer Reading Challenge (every year since {Y}).",
        "The ‘Bookshop Day’ campaign (October {Y3}) offered free tote bags.",
    ],
    "handle-hashtag": [
        "{B} posts daily staff picks on Instagram (@{cty}books).",
        "The hashtag (#BookTok) has billions of views.",
        "Readers tag the shop in their photos (#{cty}Reads).",
    ],
    "cross-reference": [
        "The competitor analysis is in the appendix (see Appendix {q}).",
        "The events calendar (Figure {q}) shows one author event a week.",
        "The budget (Table {q}) allows for two festival sponsorships.",
    ],
    "abbreviation": [
        "The recommended retail price (RRP) is printed on the back cover.",
        "Print on demand (POD) lets small presses keep titles in stock.",
        "The average selling price (ASP) of a paperback has barely moved.",
        "The Net Book Agreement (NBA) set minimum prices for decades.",
    ],
    "rating": [
        "{ttl} is rated highly by readers (4.{q} on Goodreads).",
        "The app scores well in store reviews (4.{q} stars, {n}k ratings).",
    ],
    "royalty-rate": [
        "Authors receive less from audio (25% of net receipts).",
        "Self-published authors keep more of the price (70% royalty on Kindle).",
    ],
    "currency-conversion": [
        "A new hardback costs more in South Africa (R{n}, about £{q}{q}).",
        "The Big Bad Wolf sale sells books cheaply (RM{q}0, roughly £{q}).",
    ],
    "ceo-tenure": [
        "James Daunt (managing director since 2011) closed the chain's three-for-two offers.",
        "Storytel's new chief executive (appointed {Y3}) cut marketing in smaller markets.",
    ],
    "magazine-issue": [
        "{mag} (Issue {n}, {Y3}) featured three new Irish writers.",
        "The spring issue (no. {q}, {Y3}) sold out in {B}'s shops.",
    ],
    "list-year": [
        "{auth} made the Granta list (Best of Young British Novelists, {Y3}).",
        "The shop was on the Time Out list (London's best bookshops, {Y3}).",
    ],
    "anniversary": [
        "The publisher marked its bicentenary (1823–2023) with a special edition series.",
        "The press celebrated a milestone (50 years, {Y3}).",
    ],
    "share-no-year": [
        "Audible dominates the UK market (around two-thirds of downloads).",
        "Storytel leads in Sweden (over half of the audio market).",
    ],
    "copyright-term": [
        "Her novels enter the public domain soon (life plus 70 years).",
        "US copyright for older works runs longer (95 years from publication).",
    ],
    "ticker": [
        "Bloomsbury is listed in London (LSE: BMY).",
        "Storytel is traded in Stockholm (Nasdaq: STORY B).",
    ],
    "library-loans": [
        "{auth} was the most borrowed author in Irish libraries ({Y3}).",
        "Library e-book loans rose again ({n},000 loans in {Y3}).",
    ],
    "opening-hours": [
        "The shop stays open late on Thursdays (until 9pm).",
        "{B}'s café serves customers before the shop opens (from 8am).",
    ],
    "tour-dates": [
        "{auth} visited {q} branches on the paperback tour (June {Y3}).",
        "The author's UK tour (15–22 October) sold out in a day.",
    ],
}  # fmt: skip
