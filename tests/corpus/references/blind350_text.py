"""Prose for the "blind350" pool: marketers at recycling and waste firms, deposit-return operators, refill shops,
packaging makers, reverse-vending makers and litter charities in the UK, Norway, Germany, the Netherlands, Japan and
Kenya, writing CIM Level 6 and 7 reports and MBA assignments in English on deposit-return schemes, refill and reuse,
extended producer responsibility, green claims, recycling behaviour, litter campaigns and digital channels.

Written without reading the checker. Its frames may use every fill value and these of its own: {S} a scheme,
{ch} a channel, {pc} a percentage's number, {Y3} a recent year.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Biffa", "Veolia", "Suez", "Viridor", "FCC Environment", "Renewi", "Remondis", "Infinitum", "TOMRA", "Reloop",
          "Circularity Scotland", "Zero Waste Scotland", "Keep Britain Tidy", "Surfers Against Sewage", "Loop",
          "Terracycle", "Smol", "Abel & Cole", "Unpackaged", "DS Smith", "Mondi", "Amcor", "Coca-Cola HBC",
          "Mr Green Africa", "Taka Taka Solutions", "Kenya Plastics Pact", "Toyo Seikan", "Itoham"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    return {
        "S": rng.choice(["the deposit-return scheme", "the refill pilot", "the kerbside trial", "the take-back scheme",
                         "the bottle-return app", "the EPR fee model", "the litter-picking campaign"]),
        "ch": rng.choice(["Instagram", "TikTok", "LinkedIn", "email", "the app", "paid search", "WhatsApp", "YouTube"]),
        "pc": str(rng.randint(4, 96)), "Y3": str(rng.randint(2019, 2025)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argued that {C}, which matters for {B}.", "{N} concluded that {C}.",
    "{N} reported that {C} in a study of {S}.", "{N} suggested that {C}.", "{N} showed that {C}, at least among {A}.",
    "{N} noted that {C}; {B} has not yet acted on this.", "{N} warned that {C} unless the message is simple.",
    "{N} observed that {C} once {S} was launched.", "{N} questioned whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} pointed out, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who showed that {C}.",
    "{C}, as {N} argued.", "According to {N}, {C}.", "For {B}, the lesson from {N} is that {C}.",
    "{C} – a point also made by {N}.", "Research by {N} suggests that {C}.",
    "A survey carried out by {N} found that {C}.", "Applying the findings of {N} to {B}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study showed that {C}.", "{O}, {N} findings suggest that {C}.", "{N} model of recycling behaviour implies that {C}.",
    "According to {N} survey, {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is good evidence that {C} {P}.", "For {A}, {C} {P}.",
    "{C}, especially where {S} is well promoted {P}.", "This matters for {B} because {C} {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies show that {C} {P:e.g.}.", "In short, {C} {P}.",
    "{C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "Although {C} {P}, {C2}.", "{C} {P}; however, {C2}.",
    "{O}, {C} {P}, so {C2}.", "Because {C} {P}, {B} should check that {C2}.",
]  # fmt: skip
CLAIMS = [
    "return rates rise when the deposit is clearly shown on the label",
    "{A} recycle more when they are told what happens to their waste",
    "vague green claims damage trust in brands such as {B}",
    "refill only works when it is as convenient as buying a new bottle",
    "{T} can raise awareness of {S} among {A}",
    "households sort waste better when bins and labels use the same colours",
    "social norms messages change recycling behaviour more than facts do",
    "{B} could use {ch} to explain where returned bottles go",
    "extended producer responsibility shifts the cost of packaging waste to brand owners",
    "litter campaigns that shame people tend to backfire",
    "reverse vending machines make returning bottles feel rewarding",
    "consumers overestimate how much plastic is actually recycled",
    "{A} want proof before they believe a recyclability claim",
    "reusable packaging only pays back after several trips",
    "digital deposit apps appeal most to {A}",
    "around {pc}% of {A} say they would pay more for refillable packaging",
]  # fmt: skip
OPENERS = [
    "However", "In the UK", "In Norway", "In Kenya", "For {B}", "Similarly", "By contrast", "In practice",
    "Since {Y3}", "From a marketing perspective", "Within the waste sector", "At the same time", "Overall",
]  # fmt: skip
PLAIN = [
    "{B}'s customers include councils, retailers and drinks brands.", "{O}, {C}.",
    "The table below compares return rates across the schemes discussed.",
    "{B} posts on {ch} three times a week, mostly about recycling tips.",
    "A PESTLE analysis of {B} is included in the appendix.",
    "The recommendations are phased over eighteen months and costed in Appendix 3.",
    "{B}'s website lists every return point by postcode.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study puts it, {Q} {P}.", "The point is made plainly: {Q} {P}.",
    "{B} seems to accept that {Q} {P}.", "One report concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘eco-friendly’", "‘recyclable’", "‘plastic-free’", "‘zero waste’", "‘carbon neutral’",
                "‘compostable’", "'green'", "“biodegradable”", "‘sustainable’", "'100% recycled'"]  # fmt: skip
SCARE_FRAMES = [
    "{B} no longer uses words such as {Q} on its packs {P}.", "The term {Q} is used loosely on packaging {P}.",
    "Claims that a pack is {Q} now face closer scrutiny {P}.", "Many {A} are wary of labels that say {Q} {P}.",
    "Vague words like {Q} are a warning sign of greenwashing {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your bottles are worth 20p each – here’s where to return them’", "‘Collection day has changed’",
                 "“Refill Friday: 10% off when you bring your own”", "‘Your {M} refill is ready’",
                 "‘We recycled {n} tonnes this year – thanks to you’", "“Don’t bin it, bring it back”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email {Q} had the highest open rate of the quarter {P}.", "{B} sent {Q} to lapsed app users {P}.",
    "A subject line such as {Q} can lift opens {P}.", "Messages like {Q} work because they are specific {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "scheme-year": [
        "Norway's return rates owe much to its deposit system (Pantesystem, 1999).",
        "Germany introduced a mandatory deposit on one-way drinks containers (Einwegpfand, 2003).",
        "Single-use carrier bag use fell by over 90 per cent after the charge began (plastic bag charge, 2015).",
    ],
    "tax-year": [
        "Packaging with under 30 per cent recycled content is now taxed (Plastic Packaging Tax, 2022).",
        "Landfill became steadily dearer for councils (landfill tax, 1996).",
    ],
    "law-year": [
        "Japan made makers and users of packaging pay for its recovery (Containers and Packaging Recycling Law, 1995).",
        "The EU set targets for reducing single-use plastic (Single-Use Plastics Directive, 2019).",
        "Producers now pay the full net cost of packaging collection (packaging EPR, 2025).",
    ],
    "ban-year": [
        "Kenya's supermarkets stopped handing out carrier bags overnight (plastic bag ban, 2017).",
        "Plastic straws and stirrers disappeared from English pubs (straw ban, 2020).",
    ],
    "founder-year": [
        "The foundation grew out of a record-breaking voyage (Ellen MacArthur, 2010).",
        "The upcycling business began in a student dorm (Tom Szaky, 2001).",
    ],
    "broadcaster-year": [
        "Public concern about ocean plastic rose sharply after one broadcast (David Attenborough, 2017).",
        "The closing words of the series went viral (Attenborough's plea, 2017).",
    ],
    "activist-narrative": [
        "The tree-planting movement started by Wangari Maathai (1977) still shapes Kenyan environmental campaigns.",
        "Young people joined climate strikes in their thousands (Greta Thunberg, 2018).",
    ],
    "machine-year": [
        "The return machine has a long Norwegian history (TOMRA reverse vending machine, 1972).",
        "Barcode reading made automated returns far faster (first barcode RVM, 1980s).",
    ],
    "first-year": [
        "Glass recycling in Britain began in a car park in Barnsley (first bottle bank, 1977).",
        "The idea of a packaging-free shop in London is not new (first refill shop, 2006).",
    ],
    "platform-year": [
        "Reusable packaging for big brands was piloted online (Loop, 2019).",
        "Households quickly got used to the new containers (wheelie bin, 1980s).",
    ],
    "campaign-org-year": [
        "Anti-litter messages have a long history in Britain (Keep Britain Tidy, 1954).",
        "The campaign's Tidyman logo is still recognised by older people (Tidyman, 1970s).",
    ],
    "clean-up-event": [
        "Volunteers collected thousands of bags of rubbish (Great British Spring Clean, 2016).",
        "Beach cleans are organised every spring and autumn (Big Spring Beach Clean, 2019).",
    ],
    "month-campaign": [
        "Many shoppers try to avoid single-use plastic for a month (Plastic Free July, 2011).",
        "{B} joined the national awareness week (Recycle Week, 2004).",
    ],
    "un-day": [
        "{B} timed its launch to coincide with a global day (World Environment Day, 1973).",
        "Kenyan schools join clean-up events every September (World Cleanup Day, 2018).",
    ],
    "award-year": [
        "One of the winners collects waste in Nairobi (Earthshot Prize, 2021).",
        "{B}'s refill range was shortlisted for an industry prize (Letsrecycle Awards, {Y3}).",
    ],
    "merger-year": [
        "The French market changed after the takeover (Veolia and Suez, 2022).",
        "The UK firm was taken private by a US investor (Biffa and Energy Capital Partners, 2022).",
        "Renewi was formed by a Dutch-British merger (Shanks and Van Gansewinkel, 2017).",
    ],
    "acquisition-year": [
        "The sorting technology moved into fresh produce (TOMRA and BBC Technologies, 2019).",
        "The paper and packaging group sold its plastics arm (DS Smith Plastics sale, 2019).",
    ],
    "crisis-year": [
        "Exports of mixed plastic to China almost stopped overnight (National Sword, 2018).",
        "Demand for recycled PET collapsed with the oil price (price crash, 2020).",
    ],
    "media-effect-year": [
        "Sales of reusable bottles jumped (Blue Planet II effect, 2017).",
        "Interest in refill shops peaked at the same time (the Attenborough effect, 2018).",
    ],
    "policy-delay-year": [
        "Retailers had already bought machines when the launch was postponed (Scottish DRS delay, 2023).",
        "Wales and England then moved to a joint start date (DRS go-live, October 2027).",
    ],
    "phenomenon-year": [
        "Floating plastic in the North Pacific was first described by a sailor (Great Pacific Garbage Patch, 1997).",
        "Microbeads were found in fish across the North Sea (microbead scare, 2014).",
    ],
    "documentary-year": [
        "The final episode on ocean plastic reached millions (Blue Planet II, 2017).",
        "The BBC's three-part series followed a family's rubbish (War on Plastic, 2019).",
    ],
    "film-year": [
        "A robot compacting rubbish on an empty Earth became a teaching example (WALL-E, 2008).",
        "A short animated film about consumption is still shown in schools (The Story of Stuff, 2007).",
    ],
    "price-year": [
        "The deposit in England is expected to be about 20p a bottle (2025).",
        "The Norwegian deposit was raised for larger bottles (3 kroner, {Y3}).",
    ],
    "percentage-year": [
        "Norway now recovers 97 per cent of bottles (2023).",
        "Return rates in Germany stay above 98 per cent ({Y3} figures).",
    ],
    "tonnage-figure": [
        "The Nairobi sorting hub processed a record amount last year (2022 tonnes).",
        "The plant can sort about {n},000 tonnes a year ({pc} per cent of it plastic).",
    ],
    "slogan-rrr": [
        "Most pupils can recite ‘Reduce, reuse, recycle’ but few know what it means in practice.",
        "The message ‘Reduce, reuse, recycle’ was printed on every bin lorry in {Y}.",
    ],
    "slogan-away": [
        "Campaigners like to say ‘There is no away’ when people throw things out.",
        "Its posters carry the line ‘There is no away’ under a picture of a landfill.",
    ],
    "slogan-australian": [
        "Australia's blunt ‘Don't be a tosser’ campaign targeted young drivers.",
        "Australian adverts used the blunt line ‘Don't be a tosser’ to shame people who dropped litter.",
    ],
    "slogan-brand": [
        "{B}'s tagline ‘Bring it back, get it back’ appears on every machine.",
        "Its ‘Every bottle back’ pledge was signed by the major soft-drinks makers.",
    ],
    "label-year": [
        "The on-pack recycling label now carries a simpler message (OPRL, 2020 redesign).",
        "Germany's Green Dot was copied across Europe (Der Grüne Punkt, 1991).",
    ],
    "standard-year": [
        "Compostable packaging must meet the European standard (EN 13432:2000).",
        "{B}'s sites are certified to the environmental management standard (ISO 14001:2015).",
    ],
    "abbreviation": [
        "Extended producer responsibility (EPR) makes brand owners pay for the packaging they place on the market.",
        "The Deposit Management Organisation (DMO) will run the scheme in England, Wales and Northern Ireland.",
        "Reverse vending machines (RVMs) are placed in supermarket foyers.",
    ],
    "cross-reference": [
        "The return points are mapped in Appendix 2 (Figure {q}).",
        "See Section 3.{q} (page {q}) for the full media plan.",
    ],
    "sample-size": [
        "Most respondents knew the deposit amount (n = {n}).",
        "Younger shoppers were keener on refill (n={n}, aged 18–34).",
    ],
    "quarter-results": [
        "Returns grew in the final quarter (Q{q} {Y3}).",
        "{B}'s revenue rose after the new contract (FY{Y3}: £{n}m).",
    ],
    "route-date": [
        "Collections moved to fortnightly in most districts (from {d} April {Y3}).",
        "The refill station opened in Shinjuku ({d} June {Y3}).",
    ],
    "handle": [
        "The council answers questions about missed bins on X (@BinHelpUK).",
        "The campaign hashtag (#BinItRight) trended for a day.",
    ],
    "address-url": [
        "Customers can find a return point online (www.returnpoint.example.org).",
        "The refill map (refill.example.co.uk) lists over {n} shops.",
    ],
    "company-founding": [
        "The firm began as a small family haulage business (est. 1912).",
        "The Kenyan start-up now employs over {n} collectors (founded 2011).",
    ],
    "edition-year": [
        "The company's first sustainability report ({Y} edition) was only eight pages long.",
        "The waste strategy was revised ({Y} version) after consultation.",
    ],
    "kenyan-law-year": [
        "Kenyan producers must now join a compliance scheme (Sustainable Waste Management Act, 2022).",
        "The ban was issued by the environment ministry (Gazette Notice No. 2356, 2017).",
    ],
    "dutch-scheme-year": [
        "Small plastic bottles in the Netherlands now carry a deposit (statiegeld, 2021).",
        "Cans followed soon after (statiegeld op blik, 2023).",
    ],
    "japanese-term-year": [
        "Sorting rules in Japanese towns can run to dozens of categories (gomi bunbetsu, 1990s).",
        "Kamikatsu aims to send nothing to landfill or incineration (zero waste declaration, 2003).",
    ],
    "festival-year": [
        "Glastonbury banned single-use plastic bottles on site (plastic-free Glastonbury, 2019).",
        "A Bergen festival trialled reusable cups for all drinks (reusable cup pilot, {Y3}).",
    ],
    "vehicle-fleet-year": [
        "One London contractor added electric refuse trucks to its fleet (first eRCV, 2020).",
        "Collection rounds were redesigned around the new lorries ({n} vehicles, {Y3}).",
    ],
    "age-range": [
        "The main target segment is young renters (aged 18–30).",
        "Older residents were the most reliable recyclers (65+, {pc} per cent).",
    ],
    "currency-figure": [
        "The machine pays out a voucher for each bottle (10 cents, or 25 cents for cans).",
        "The return-point handling fee was set in the consultation (1.4p per item, {Y3}).",
    ],
}  # fmt: skip
