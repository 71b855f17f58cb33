"""The blind339 pool's prose: marketers at bookshops and bookshop chains, online booksellers, publishers and
imprints, audiobook and e-book platforms, literary festivals and book prizes in the UK, Ireland, France, Germany,
Nigeria and Australia, writing CIM Level 6 and 7 reports and MBA assignments in English on independent bookshops,
BookTok and social reading, audiobooks, prizes and festivals, pricing and digital-channel marketing.

Written without reading the checker, its tests or any other pool. Placeholders mean what they mean in text.py, and
these of the pool's own: {pr} a prize, {fest} a festival, {shop} a bookshop, {plat} a platform, {pc} a percentage's
number, {gnr} a genre, {cur} a price, {Y3} a recent year.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Waterstones", "Blackwell's", "Foyles", "WHSmith", "Daunt Books", "Hatchards", "Easons", "Kennys",
          "Hodges Figgis", "Bookshop.org", "Amazon Books", "Audible", "Kobo", "Fnac", "Gibert Joseph", "Thalia",
          "Hugendubel", "Cassava Republic", "Farafina", "Dymocks", "Readings", "Penguin Random House", "HarperCollins",
          "Bloomsbury", "Faber & Faber", "Hay Festival", "the Booker Prize", "Storytel", "Libro.fm", "Gollancz"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "pr": rng.choice(["the Booker Prize", "the Women's Prize for Fiction", "the Prix Goncourt", "the Deutscher Buchpreis",
                          "the Miles Franklin Award", "the Nigeria Prize for Literature", "the An Post Irish Book Awards",
                          "the Costa Book Awards", "the International Booker Prize"]),
        "fest": rng.choice(["Hay Festival", "Edinburgh International Book Festival", "Cheltenham Literature Festival",
                            "the Dublin Book Festival", "Listowel Writers' Week", "the Frankfurter Buchmesse",
                            "the Festival du livre de Paris", "Aké Arts and Book Festival", "the Sydney Writers' Festival"]),
        "shop": rng.choice(["Daunt Books", "Hatchards", "Kennys", "Hodges Figgis", "Readings", "Gibert Joseph",
                            "Hugendubel", "Foyles", "Blackwell's", "Dymocks", "Shakespeare and Company"]),
        "plat": rng.choice(["Audible", "Kobo", "Storytel", "Bookshop.org", "Amazon", "Spotify audiobooks", "Goodreads",
                            "Libby", "TikTok", "Instagram"]),
        "pc": str(rng.randint(4, 78)),
        "gnr": rng.choice(["romantasy", "literary fiction", "crime", "cookery", "children's picture books", "YA",
                           "memoir", "translated fiction", "manga", "African fiction"]),
        "cur": rng.choice(["£9.99", "£12.99", "€22", "€8.50", "A$32.99", "₦6,500", "£20", "€19,90"]),
        "Y3": str(rng.randint(2019, 2025)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from {A}.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} observed that {C} in the {gnr} category.",
    "{N} showed that {C}, which helps explain the success of {shop}.", "{N} suggests that {C}.",
    "{N} warned that {C} once a title leaves the prize shortlist.", "{N} makes the point that {C}.",
    "{N} identified that {C}, particularly among {A}.", "{N} went further, claiming that {C} and that {C2}.",
    "{N} reported that {C} after {pr} was announced.", "{N} noted that, since {Y}, {C}.",
    "{N} questioned whether {C}.", "{N} describe how {C} on {plat}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of independent bookshops, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "Research by {N} suggests that {C}.",
    "According to {N}, {C}.", "A survey carried out by {N} found that {C}.",
    "{B} is a good example: {N} showed that {C}.", "{C}; however, {N} found the opposite for {gnr}.",
    "Data from {N} show that {C}.", "{C}, according to {N}.", "As {N} put it, {C}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "Unlike {B}, the publishers studied by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, especially for {gnr} {P}.", "In short, {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
    "Booksellers at {fest} said much the same: {C} {P}.", "{C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P:see}, whereas {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "independent bookshops win on curation rather than price", "BookTok recommendations drive backlist sales among {A}",
    "a prize shortlisting lifts a title's sales for several weeks", "audiobook listening has grown faster than e-book reading",
    "{A} still discover most books by browsing in a shop", "discounting by online retailers squeezes independent booksellers",
    "{B} relies on {T} more than its rivals do", "author events build loyalty that outlasts the event itself",
    "fixed book prices protect the range that small shops can stock", "{gnr} is now the fastest-growing category",
    "festival audiences are older and more affluent than the average book buyer", "{A} reward {T} with {R}",
    "cover design still shapes the decision to pick a book up", "subscription audiobook models reduce the price a listener will pay per title",
    "loyalty schemes raise the frequency of visits more than the basket size", "reviews on {plat} matter more to {A} than newspaper reviews",
    "translated fiction gains most from a prize win", "bookshop staff recommendations convert browsers into buyers",
    "Nigerian publishers struggle with distribution more than with demand", "about {pc}% of {A} say they buy books as gifts",
]  # fmt: skip
OPENERS = ["Furthermore", "In addition", "On the other hand", "For example", "In the UK", "In Ireland", "In France",
           "In Germany", "In Nigeria", "In Australia", "For {B}", "Since the pandemic", "Nevertheless",
           "In the context of {B}", "Within the book trade", "For independent booksellers", "Overall"]  # fmt: skip
PLAIN = [
    "{B} sells through its shops, its website and {plat}.", "This section analyses {B}'s digital channels.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low.",
    "The recommendations are costed and phased over twelve months.", "{O}, {C}.",
    "A PESTLE analysis of the book market is included in the appendix.",
    "The main competitors are {B} and two online-only booksellers.",
    "Task 2 proposes a campaign around {fest} and the {pr} shortlist.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study of the book trade puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{O}, {Q} {P}.", "The point is made directly that {Q} {P}, which {B} should note.",
    "{N} put it plainly: {Q}.", "Booksellers are told that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘BookTok’", "‘Bookstagram’", "‘romantasy’", "‘the Richard and Judy effect’", "‘shelf appeal’",
                "‘hand-selling’", "‘showrooming’", "‘cosy crime’", "'book haul'", "“dark academia”", "‘sprayed edges’",
                "'TBR pile'"]  # fmt: skip
SCARE_FRAMES = [
    "Publishers now design covers for {Q} {P}.", "{B} has built a table around {Q} {P}.",
    "So-called {Q} is a growing concern for booksellers {P}.", "The term {Q} is used loosely in the trade {P}.",
    "This trend, often called {Q}, affects {A} most {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your next great read is waiting’", "‘Signed copies: while stocks last’", "“The {pr} shortlist is here”",
                 "‘Hi Sam, we picked these books for you’", "‘Double points on {gnr} this weekend’",
                 "‘Tickets now on sale for {fest}’", "“Your audiobook credit is ready”", "'3 for 2 ends tonight'"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its lapsed-member email {P}.",
    "Messages like {Q} work because they create urgency {P}.", "The email {Q} was opened by more {A} than any other {P}.",
]  # fmt: skip

# Text with brackets, years and quotation marks that cites nothing a tutor would expect in the reference list.
NOT_CITATIONS = {
    "book-year": ["The bookshop's children's sales still rest on one series (Harry Potter, 1997).",
                  "Its erotic-romance table began with one hit (Fifty Shades of Grey, 2011).",
                  "The Nigerian shelf opens with a classic (Things Fall Apart, 1958)."],
    "classic-year": ["Hodges Figgis holds a reading every Bloomsday for a single novel (Ulysses, 1922).",
                     "Historical fiction sells on one name in the shop window (Wolf Hall, 2009)."],
    "novelist-year": ["Its biggest signing was an author whose debut had been turned down twelve times (J.K. Rowling, 1997).",
                      "Irish fiction reached a new audience through one young writer (Sally Rooney, 2018)."],
    "classic-author-year": ["The African Writers Series found its voice in one novelist (Chinua Achebe, 1958).",
                            "Cassava Republic's catalogue sits beside a canon begun long ago (Wole Soyinka, 1965)."],
    "bookseller-year": ["James Daunt (1990) opened his first shop in Marylebone to sell books by country.",
                        "The chain was founded by a former WHSmith manager (Tim Waterstone, 1982)."],
    "prize-year": ["Shortlisting drives sales for months (Booker Prize, 1969).",
                   "French publishers plan their autumn list around one award (Prix Goncourt, 1903)."],
    "festival-year": ["Literary tourism in Wales grew from one event (Hay Festival, 1988).",
                      "Germany's trade still meets every October (Frankfurter Buchmesse, 1949)."],
    "womens-prize-year": ["Winners see sales rise sharply (Women's Prize, 1996).",
                          "The orange logo was retired long ago (Orange Prize, 1996–2012)."],
    "event-day-year": ["Schools still queue for the tokens (World Book Day, 1995).",
                       "Independent shops hold events in June (Independent Bookshop Week, 2006)."],
    "shop-founding": ["London's oldest bookshop still trades on Piccadilly (Hatchards, 1797).",
                      "Left Bank tourism brings in most of its customers (Shakespeare and Company, 1919)."],
    "first-shop": ["The chain began in Kensington (first Waterstones, 1982).",
                   "Charing Cross Road has been its home for over a century (Foyles, 1903)."],
    "device-launch": ["E-book sales took off with one device (Kindle, 2007).",
                      "Kobo readers arrived in Canadian shops first (Kobo eReader, 2010)."],
    "merger": ["The biggest consumer publisher was formed by a merger (Penguin and Random House, 2013).",
               "Foyles lost its independence in a takeover (Waterstones and Foyles, 2018)."],
    "takeover": ["Ownership passed to a hedge fund (Elliott Advisors, 2018).",
                 "WHSmith sold its high-street arm to a restructuring firm (Modella Capital, 2025)."],
    "trade-agreement": ["Prices were fixed for most of the century (Net Book Agreement, 1900).",
                        "Discounting began when the agreement collapsed (NBA, 1995–1997)."],
    "french-law": ["Independent bookshops in France are protected by law (loi Lang, 1981).",
                   "Free delivery on books was banned (loi anti-Amazon, 2014)."],
    "german-law": ["German books sell at the same price everywhere (Buchpreisbindung, 2002).",
                   "The fixed-price law also covers e-books (BuchPrG, 2016 amendment)."],
    "copyright-law": ["Legal deposit rules date back more than a century (Copyright Act, 1911).",
                      "Irish publishers work under their own statute (Copyright and Related Rights Act, 2000)."],
    "trial": ["Penguin's paperback sold millions after the verdict (Lady Chatterley trial, 1960).",
              "Censorship cases shaped what Irish shops could stock (Censorship of Publications Act, 1929)."],
    "trend-year": ["Backlist romance sold again because of one platform (BookTok, 2020).",
                   "Readers began to post their shelves on Instagram (Bookstagram, 2012)."],
    "crisis-year": ["Publishers cut print runs when supply dried up (paper shortage, 2021).",
                    "Printers doubled their prices (energy crisis, 2022)."],
    "collapse-year": ["The US chain's failure left room for independents (Borders collapse, 2011).",
                      "A large Australian chain failed the same year (REDgroup administration, 2011)."],
    "film-year": ["Bookshop romances draw on one film more than any other (Notting Hill, 1999).",
                  "The chain-versus-independent story is an old one (You've Got Mail, 1998)."],
    "series-year": ["Staff joke about a grumpy bookseller on television (Black Books, 2000).",
                    "Adaptations lift sales of the original (Normal People, 2020)."],
    "price-year": ["A typical price is £9.99 a paperback (2023), more for trade formats.",
                   "Hardbacks now often sell for £22 (2024) before any discount."],
    "volume-year": ["The UK market sold some 669 million books (2022), a record.",
                    "Print sales in France reached 448 million copies (2023 figures)."],
    "year-sales": ["Fiction grew faster than non-fiction (2022 sales).", "Audio downloads rose again ({Y} sales, downloads only)."],
    "slogan": ["Every bookseller knows the saying ‘Never judge a book by its cover’.",
               "The shop's window reads ‘Books are a uniquely portable magic’."],
    "saying": ["Staff repeat the old maxim “a room without books is like a body without a soul” at events.",
               "Its tote bag reads ‘So many books, so little time’."],
    "campaign-slogan": ["The ‘Books Are My Bag’ campaign (launched 2013) is run by the BA.",
                        "The ‘Love Your Local Bookshop’ push ran again in {Y}."],
    "bestseller-chart": ["The title spent weeks at number one (Sunday Times bestseller list, {Y}).",
                         "It entered the chart at number {q} (Nielsen Top 50, week {q})."],
    "isbn": ["The paperback has its own number (ISBN 978-0-571-{n}-{q}).", "Each format needs a separate ISBN (13 digits since 2007)."],
    "edition-format": ["The anniversary edition (hardback, {Y}) has sprayed edges.", "Demand for the special edition (signed, limited to {n} copies) crashed the site."],
    "prize-money": ["The winner receives a large cheque (£50,000 in {Y}).", "The Goncourt pays only a symbolic sum (€10)."],
    "festival-attendance": ["Ticket sales reached a new high ({n},000 visitors in {Y}).", "The festival ran over eleven days ({d} May to {d} June)."],
    "shop-count": ["The number of independents rose again (1,{n} member shops by {Y}).", "France has far more bookshops (about 3,500 in {Y})."],
    "audiobook-length": ["The audiobook runs long ({q}{q} hours, unabridged).", "Credits reset monthly (1 credit, {cur} a month)."],
    "exchange": ["The Nigerian edition is priced locally (₦6,500, about £3.50).", "Australian prices are higher (A$32.99, {Y})."],
    "share": ["Amazon holds most of the UK market (roughly half of print sales, {Y}).", "Independents' share is small ({pc}% by value)."],
    "age-range": ["The core BookTok audience is young (aged 16–24).", "Picture books target small children (ages 3–5)."],
    "store-hours": ["The shop stays open late on Thursdays (until 9pm).", "Signings run at weekends (Sat 11am–2pm)."],
    "handle": ["Waterstones posts staff picks on TikTok (@waterstones).", "The campaign hashtag (#BookTokMadeMeBuyIt) has billions of views."],
    "web-address": ["Customers can order online (www.example-books.co.uk) and collect in store.", "The festival's programme is online (hayfestival.org)."],
    "cross-reference": ["The competitor map is in the appendix (Appendix {q}).", "Costs are broken down later (see Table {q}).",
                        "This is developed further in Task 2 (b)."],
    "survey-n": ["Most respondents bought at least one book a month (n = {n}).", "Interviews were held with booksellers (n={q}{q}, {Y})."],
    "genre-label": ["Shops now shelve a whole bay of one genre (romantasy, since {Y}).", "Sales of manga rose sharply (graphic novels, {Y}–{Y2})."],
    "anniversary": ["The shop marked a milestone last year (125 years, 1899–2024).", "Faber is planning its centenary (founded 1929)."],
    "imprint-founding": ["Penguin's paperbacks changed the market (first Penguins, 1935).",
                         "Cassava Republic began in Abuja (founded 2006) before opening in London."],
    "movement": ["Sales of black British writers rose after the protests (Black Lives Matter, 2020).",
                 "Lockdown reading habits lingered (first lockdown, March 2020)."],
    "quarter": ["Sales dipped in the summer (Q3 {Y}).", "Christmas still brings most of the year's sales (Q4, {Y})."],
    "rating": ["The novel has a high average score on Goodreads (4.{q} stars).", "The shop scores well on Google (4.8/5, {n} reviews)."],
    "glossed-word": ["German booksellers speak of the Sortiment (range), not the catalogue.",
                     "French readers talk of la rentrée littéraire (the autumn season)."],
}  # fmt: skip
