"""The blind352 pool's prose: how marketers at craft and hobby retailers, yarn makers, haberdashers, art-supply
brands, kit subscriptions and maker marketplaces in the UK, Ireland, Germany, Denmark, Peru and Australia write
CIM Level 6 and 7 reports and MBA assignments, and the brackets, years and quotations in them that cite nothing.
Written without reading the checker, its tests or any other pool. Its own fill values: {craft} a craft, {kit} a
kit, {fibre} a fibre, {ch} a channel, {Yo} a year of the 1990s or 2000s."""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Hobbycraft", "The Range", "John Lewis Haberdashery", "Wool and the Gang", "LoveCrafts", "Etsy", "Folksy",
          "Winsor & Newton", "Daler-Rowney", "Cass Art", "Faber-Castell", "Staedtler", "Stabilo", "Rico Design",
          "Lana Grossa", "Schachenmayr", "Drops Design", "Hobbii", "Søstrene Grene", "Tiger", "Michell", "Incalpaca",
          "Spotlight", "Lincraft", "Bernina", "Singer", "Brother", "Janome"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, which matters for {B}.", "{N} show that {C}.",
    "{N} observed that {C} during the lockdowns.", "{N} contend that {C}, a point {B} has been slow to take up.",
    "{N} report that {C}.", "{N} make the case that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} note, {C}.", "{O}, {N} found that {C}.", "According to {N}, {C}.", "{C}, as {N} point out.",
    "{B} could learn from {N}, who show that {C}.", "This echoes {N}, who found that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of knitting circles suggests that {C}.", "{O}, {N} findings imply that {C}.",
    "{N} framework helps explain why {C}.", "{N} survey of makers found that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is good evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "Since the pandemic, {C} {P}.", "In the craft sector, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.", "{C} {P}, and {C2}.",
]  # fmt: skip
CLAIMS = [
    "crafting gives {A} a sense of calm and control", "{T} brings new makers into {B}'s stores",
    "kit subscriptions keep beginners making beyond their first project", "{A} trust tutorials made by other makers",
    "yarn buyers will pay more for traceable {fibre}", "{B} relies on {T} more than its rivals do",
    "the lockdown crafting boom left many retailers with a larger but less loyal customer base",
    "maker marketplaces reward sellers who post often", "{T} lifts {R} among {A}",
    "knitting and sewing are increasingly framed as wellbeing rather than thrift",
    "online craft communities turn customers into advocates", "{ch} drives most first purchases of {craft} supplies",
    "premium art-supply brands compete on heritage as much as on quality",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "By contrast", "In the case of {B}", "More recently",
           "Since 2020", "In the Danish market", "In Peru", "For yarn brands"]  # fmt: skip
PLAIN = [
    "{B} sells through its own stores, its website and {ch}.", "The {kit} kit is {B}'s best seller for beginners.",
    "{B} runs free {craft} workshops in most of its stores.", "{O}, {C}.",
    "The brand's YouTube channel posts a new tutorial every week.", "Most of {B}'s {fibre} is sourced in the Andes.",
]  # fmt: skip

NOT_CITATIONS = {
    "sewing-machine-year": ["The first domestic machine (Singer sewing machine, 1851) changed home dressmaking.",
                            "{B} still refers to its heritage (Singer sewing machine, 1851) in its advertising."],
    "modelling-clay-year": ["Polymer clay (Fimo, 1964) is now sold in {B}'s kids' range.",
                            "Children's clay brands (Fimo, 1964) trade on nostalgia with parents."],
    "cutting-machine-year": ["Home cutting machines (Cricut, 2003) opened card-making to a new audience.",
                             "{B} stocks the latest cutters (Cricut, 2003; Silhouette, 2009) beside its papers."],
    "pencil-year": ["Faber-Castell's best-known pencil (Castell 9000, 1905) is still green.",
                    "Its heritage range (Castell 9000, 1905) is priced as a premium product."],
    "highlighter-year": ["Stabilo's hero product (Stabilo Boss, 1971) is sold in more than 100 countries.",
                         "Students still buy the original highlighter (Stabilo Boss, 1971) in packs of four."],
    "founder-year": ["The sewing machine was commercialised by its inventor (Isaac Singer, 1851).",
                     "The company's story begins with its founder (Kaspar Faber, 1761) in Stein near Nuremberg."],
    "designer-year": ["Colour-led knitting became mainstream (Kaffe Fassett, 1988) through books and television.",
                      "{B} sells yarn packs inspired by famous designers (Kaffe Fassett, 1988)."],
    "celebrity-maker-year": ["Knitting gained a younger audience (Tom Daley, 2021) during the Tokyo Olympics.",
                             "A celebrity knitter (Tom Daley, 2021) did more for the craft's image than any campaign."],
    "maker-narrative-year": ["Lothar von Faber (1839) turned a family workshop into a brand.",
                             "Elizabeth Zimmermann (1958) taught a generation to knit in the round."],
    "teacher-year": ["Knitting without patterns was popularised in America (Elizabeth Zimmermann, 1958).",
                     "{B} names a sock yarn after a famous teacher (Elizabeth Zimmermann, 1958)."],
    "tv-show-year": ["Fabric sales rose after the series began (Great British Sewing Bee, 2013).",
                     "Television has helped (The Great Pottery Throw Down, 2015), as {B}'s clay sales show."],
    "day-year": ["{B} hosts meet-ups on the day itself (World Wide Knit in Public Day, 2005).",
                 "Makers gather in parks every June (World Wide Knit in Public Day, 2005)."],
    "festival-year": ["{B} takes a stand at the largest quilting show (Festival of Quilts, 2003) each August.",
                      "Trade fairs (Creativeworld, Frankfurt, 2024) are where German brands launch ranges."],
    "award-year": ["{B} was named retailer of the year (Craft Awards, 2022).",
                   "The kit won its category (Craft Awards, 2022) and sold out within weeks."],
    "charity-campaign-year": ["Volunteers knit for refugees and hospitals (Knit for Peace, 2009).",
                              "{B} supports a knitting charity's appeal (Knit for Peace, 2009) in its stores."],
    "movement-year": ["Social knitting groups spread through cafés (Stitch and Bitch, 1999).",
                      "Street art with yarn (yarn bombing, 2005) brought knitting into public space."],
    "wartime-campaign-year": ["Thrift messages have a long history (Make Do and Mend, 1943).",
                              "{B}'s repair workshops echo the wartime call (Make Do and Mend, 1943)."],
    "merger-year": ["The group grew by acquisition (LoveCrafts and Deramores, 2016).",
                    "The marketplace bought a resale app (Etsy and Depop, 2021) to reach younger buyers."],
    "takeover-year": ["Ownership changed hands after the pandemic (Hobbycraft and Modella, 2021).",
                      "The brands came under one owner (Colart and Winsor & Newton, 1990)."],
    "first-store-year": ["The chain started with one store in Bournemouth (first Hobbycraft, 1995).",
                         "Australia's fabric superstore format (first Spotlight, 1973) began in Melbourne."],
    "shop-founded-year": ["Haberdashery has been sold in Regent Street for a long time (Liberty, 1875).",
                          "The Danish chain began as a single shop in Aarhus (Søstrene Grene, 1973)."],
    "company-founded-year": ["Alpaca processing in Arequipa has a long history (Michell, 1931).",
                             "{B} trades on its Swiss engineering (Bernina, 1893)."],
    "boom-year": ["Sales of beginner kits soared (lockdown crafting boom, 2020).",
                  "{B} hired extra warehouse staff (lockdown crafting boom, 2020) and kept them."],
    "trend-year": ["Floral prints and patchwork came back (cottagecore, 2020).",
                   "Younger makers discovered crochet online (TikTok crochet craze, 2021)."],
    "price-slump-year": ["Andean herders earned less (alpaca price slump, 2015) as Chinese demand fell.",
                         "Wool prices fell sharply (wool price crash, 2020) when auctions closed."],
    "film-year": ["Stop-motion films (Coraline, 2009) inspired a wave of needle-felting kits.",
                  "Felt puppet kits sell well after every rerun of a classic (Fantastic Mr Fox, 2009)."],
    "children-tv-year": ["Generations learned to make things from a children's programme (Blue Peter, 1958).",
                         "The toilet-roll crafts of childhood (Blue Peter, 1958) still shape how Britons see crafting."],
    "price-per-ball": ["A ball of {B}'s merino costs £4.50 a ball (2024), well below its rivals.",
                       "Its cotton blend sells at €3.95 per skein (2023 price list)."],
    "knitter-count": ["The UK has around 3.2 million knitters (2023), most of them women.",
                      "Denmark's knitting boom counted 1.1 million active knitters (2022 estimate)."],
    "kit-count": ["{B} shipped more than 40,000 kits last year (2022 kits).",
                  "The subscription box grew quickly (2023 subscribers: {n},000)."],
    "slogan-knit": ["The pattern's rhythm, ‘Knit one, purl one’, is the first thing beginners learn.",
                    "Knit one, purl one (the basic rib) is printed on {B}'s tote bags."],
    "slogan-make": ["{B}'s campaign line, ‘Make it yourself’, ran across {ch} and in store.",
                    "The slogan \"Make it yourself\" (spring 2024) tested well with {A}."],
    "saying": ["Every sewing teacher repeats the old rule, ‘Measure twice, cut once’.",
               "The maker's saying ‘Measure twice, cut once’ appears on {B}'s rulers."],
    "brand-tagline": ["Faber-Castell's line ‘Since 1761’ appears on every pencil tin.",
                      "Drops Design promises ‘Yarn for everyone’ on its home page."],
    "quechua-term": ["Peruvian weavers use the term awayu (Quechua: ‘woven cloth’) for carrying cloths.",
                     "The brand name comes from the Andes (Quechua: ‘inca’, lord)."],
    "german-term": ["German makers call it Handarbeit (‘handwork’), a word {B} uses in its ads.",
                    "Lana Grossa's catalogue (Herbst/Winter 2024) is printed in German and English."],
    "danish-term": ["The Danish idea of hygge (‘cosiness’) sells a great deal of yarn.",
                    "Søstrene Grene's stores are laid out as a ‘labyrinth’ (Danish: labyrint)."],
    "fibre-grade": ["The softest grade (baby alpaca, 22.5 microns) commands the highest price.",
                    "Royal alpaca (under 19.5 microns) is less than 1% of the clip."],
    "needle-size": ["Beginners are told to start with thick yarn (6 mm needles, UK 4).",
                    "The kit includes a hook (4.0 mm, US G-6) and four balls of cotton."],
    "certification-year": ["The yarn carries a textile label (OEKO-TEX Standard 100, 2023 certificate).",
                           "{B}'s wool is certified (RWS, 2016) as responsibly farmed."],
    "season-collection": ["{B}'s autumn range (AW24) is built around chunky knits.",
                          "The spring kits (SS25 collection) focus on embroidery."],
    "pattern-code": ["The most downloaded free pattern (Drops 231-1) is a raglan jumper.",
                     "Its bestselling kit (Ref. 5482) is a beginner's cushion cover."],
    "store-count": ["{B} now trades from 120 stores (UK and Ireland, 2024).",
                    "Spotlight runs over 130 stores (Australia and New Zealand) and a website."],
    "event-date": ["The flagship store reopened after lockdown (12 April 2021).",
                   "Sales peaked on a single day (Black Friday, 26 November 2021)."],
    "handle-hashtag": ["Makers share finished projects under a hashtag (#MakeItWithHobbycraft).",
                       "{B}'s community team answers questions on Instagram (@lovecrafts)."],
    "age-range": ["The new customers were mostly young (aged 18–34) and city-based.",
                  "Kit buyers skew older in Germany (45–64 years)."],
    "survey-n": ["Most makers in the survey craft to relax (n = {n}).",
                 "Respondents preferred video to written patterns (n={n}; online panel)."],
    "appendix-ref": ["The customer journey map (Appendix 3) shows where beginners drop out.",
                     "Competitor prices are compared in the table (see Table {q})."],
    "currency-conversion": ["Peruvian exports reached S/ 650 million (about £135 million, 2023).",
                            "Hobbii's revenue rose to DKK 500 million (roughly £58 million)."],
}  # fmt: skip

QUOTE_FRAMES = [
    "{Q} {P}.", "As one study of makers puts it, {Q} {P}.", "The point is made plainly: {Q} {P}.",
    "{B} seems to accept that {Q} {P}.", "Marketers are reminded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘crafternoon’", "‘stash-busting’", "‘slow making’", "‘craftivism’", "'yarn porn'", "“hygge”",
                "‘cottagecore’", "‘haul’ videos", "‘makerspace’", "'unboxing'"]  # fmt: skip
SCARE_FRAMES = [
    "So-called {Q} has become a selling point for {B} {P}.", "Younger makers talk about {Q} online {P}.",
    "The idea of {Q} is used loosely by craft brands {P}.", "{B} has leaned into {Q} in its content {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {craft} kit is on its way’", "‘Last chance: 30% off all yarn’", "“New in: {fibre} for autumn”",
                 "‘Your basket misses you (and so do we)’", "‘Free pattern inside’", "'Stitch along with us this Sunday'"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} lifted open rates {P}.", "{B} sent {Q} to lapsed subscribers {P}.",
    "Subject lines such as {Q} work because they promise something made {P}.",
]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    return {
        "craft": rng.choice(["knitting", "crochet", "embroidery", "cross-stitch", "watercolour", "quilting", "macramé", "sewing"]),
        "kit": rng.choice(["crochet amigurumi", "embroidery hoop", "beginner's knitting", "watercolour starter", "punch-needle"]),
        "fibre": rng.choice(["baby alpaca", "merino", "organic cotton", "recycled wool", "mohair"]),
        "ch": rng.choice(["Instagram", "YouTube", "TikTok", "Pinterest", "email", "Etsy", "Facebook groups"]),
        "Yo": str(rng.randint(1990, 2009)),
    }  # fmt: skip
