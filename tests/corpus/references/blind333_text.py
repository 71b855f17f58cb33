"""The blind333 pool's prose: marketers at funeral directors and funeral-plan providers, crematoria and cemeteries,
memorial masons, florists and celebrants, will-writing and probate firms, bereavement charities and online memorial
platforms in the UK, Ireland, Australia, New Zealand, South Africa and the United States, writing CIM Level 6 and 7
reports and MBA assignments on direct cremation, funeral plans and their regulation, price transparency, online
memorials, grief, digital legacy and digital channels. Written without reading the checker or any other pool.

Fill values of its own: {svc} a service, {fam} an audience, {ch} a channel, {pl} a place, {fee} a price,
{reg} a regulator, {plan} a plan, {cem} a cemetery or crematorium, {ep} an epitaph.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Co-op Funeralcare", "Dignity", "Pure Cremation", "Farewill", "Golden Charter", "Avalon Funeral Plans",
          "A.W. Lymn", "Fanagans", "InvoCare", "Tributes NZ", "AVBOB", "Doves Group", "Service Corporation International",
          "Legacy.com", "MuchLoved", "Much Loved Memorials", "Cruse Bereavement Support", "Marie Curie", "Sue Ryder",
          "the Natural Death Centre", "Simplicity Cremations", "Distinct Cremations", "Funeral Zone", "Beyond",
          "Dignity Funerals", "Massey Bros", "Davis Funerals", "Dignity Memorial", "Co-op Legal Services"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, drawn after the common ones."""
    return {
        "svc": rng.choice(["direct cremation", "pre-paid funeral plans", "online will-writing", "probate support",
                           "woodland burial", "memorial headstones", "funeral flowers", "celebrant-led services",
                           "online memorial pages", "bereavement counselling", "livestreamed services"]),
        "fam": rng.choice(["the over-50s", "adult children arranging a parent's funeral", "bereaved families",
                           "price-sensitive families", "people planning ahead", "younger mourners", "grieving partners",
                           "families from Māori and Pasifika communities", "Afrikaans-speaking families"]),
        "ch": rng.choice(["paid search", "Facebook", "daytime TV", "email", "the comparison site", "Google Business Profile",
                          "direct mail", "Instagram", "the online memorial page", "TikTok", "the price calculator"]),
        "pl": rng.choice(["the UK", "Scotland", "Ireland", "Australia", "New Zealand", "South Africa", "the US",
                          "England and Wales", "Northern Ireland", "Gauteng", "Auckland", "Dublin"]),
        "fee": rng.choice(["£1,195", "£1,495", "£3,795", "£4,141", "€5,950", "A$4,900", "NZ$9,800", "R15,000", "$7,848"]),
        "reg": rng.choice(["the FCA", "the CMA", "the FTC", "the Funeral Planning Authority", "the ACCC", "the CCPC"]),
        "plan": rng.choice(["Simple Plan", "Essential Plan", "Direct Cremation Plan", "Premier Plan", "Family Plan"]),
        "cem": rng.choice(["Highgate Cemetery", "Golders Green Crematorium", "Glasnevin Cemetery", "Rookwood Cemetery",
                           "Waikumete Cemetery", "Westpark Cemetery", "Woodlawn Cemetery", "Brookwood Cemetery"]),
        "ep": rng.choice(["‘Forever in our hearts’", "‘Always loved, never forgotten’", "‘Until we meet again’",
                          "‘Moe mai rā’", "‘Rus in vrede’", "‘Ar dheis Dé go raibh a anam’"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn from {pl} only.",
    "{N} concluded that {C}; this matters for {B}'s {svc} offer.", "{N} showed that {C}.",
    "{N} suggested that {C}, particularly among {fam}.", "{N} described the funeral as a ‘distress purchase’ and found that {C}.",
    "{N} warned that {C}.", "{N} observed that {C}, which {B} has yet to reflect in its {ch} activity.",
    "{N} makes the point that {C}.", "{N} identified that {C} for {fam}.", "{N} reported that, since {Y}, {C}.",
    "{N} questioned whether {C}.", "{N} found that {C}, e.g. in the market for {svc}.",
    "{N} go further, arguing that {C} and that {C2}.", "{N} explain that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} argued that {C}.", "This is consistent with {N}, who found that {C}.", "{C}, as {N} noted.",
    "According to {N}, {C}.", "{C} – a view shared by {N}.", "Research by {N} suggests that {C}.",
    "In their study of {svc} in {pl}, {N} found that {C}.", "As highlighted by {N}, {C}.",
    "Data from {N} show that {C}.", "{B} is a good example: {N} showed that {C}.",
    "{C}; however, {N} found the opposite among {fam}.", "It could be argued, following {N}, that {C}.",
    "Evidence from {N} suggests that, for {fam}, {C}.", "{C}, according to {N}.",
    "A survey carried out by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "{O}, {N} report concluded that {C}.", "Using {N} framework, it is clear that {C}.",
    "{N} findings are useful for {B} because {C}.", "This reflects {N} argument that {C}.",
    "{B} could apply {N} model of continuing bonds, since {C}.", "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {fam}, {C} {P}.", "This matters because {C} {P}.",
    "{C}, especially online {P}.", "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{B}'s own data suggest {C} {P}.", "In short, {C} {P}.", "{C}, which is why {B} now invests in {ch} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
    "The average cost of a basic funeral in {pl} rose again last year {P}.",
    "Direct cremation now accounts for a growing share of funerals {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some sources {P:e.g.} argue that {C}.",
    "{O}, {C} {P}, so {C2}.", "{C} {P}: this means that {C2}.",
]  # fmt: skip
CLAIMS = [
    "families rarely compare prices before choosing a funeral director", "demand for {svc} comes mostly from {fam}",
    "most people choose the funeral director nearest to them or the one the family used before",
    "price transparency has done little to change how families choose", "{fam} research {svc} online before calling anyone",
    "online memorials let families keep a bond with the person who died", "grief does not follow fixed stages",
    "trust matters more than price when a death is sudden", "funeral plans were sold with commissions that hid their true cost",
    "{B}'s reliance on {ch} leaves it exposed if costs rise", "direct cremation has lost much of its stigma since the pandemic",
    "digital legacy is rarely discussed until after a death", "celebrant-led ceremonies reflect a decline in religious funerals",
    "bereaved customers are vulnerable consumers and must be treated as such",
    "comparison websites have started to change the funeral market", "advertising funerals on daytime TV can cause offence",
    "families want to personalise funerals rather than follow tradition", "the cost of a funeral leaves many families in debt",
    "memorial masonry is still sold mainly by word of mouth", "demand for {svc} is growing fastest in {pl}",
    "mourners increasingly share tributes on social media", "{B} could use {ch} to reach {fam}",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From a customer perspective", "Nevertheless", "As a result",
    "In the funeral sector", "Overall", "In {pl}", "Looking at {B}'s competitors", "Commercially",
]  # fmt: skip
PLAIN = [
    "{B} has branches across {pl} and a national call centre open 24 hours a day.",
    "This report analyses {B}'s digital channels and recommends changes for the next twelve months.",
    "The table below compares the published prices of five local funeral directors.",
    "{B} sells {svc} through its website, by phone and through partner charities.",
    "A SWOT analysis of {B} is included in the appendix.", "{O}, {C}.",
    "The recommendations are costed and phased over three quarters.",
    "Customer journey mapping was carried out with six recently bereaved families, with their consent.",
    "The main competitors are {B} and two independent family firms.",
    "Task 2 builds on this by proposing a content plan for {B}'s blog and social channels.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one services text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One study of bereaved consumers concluded that {Q} {P}.",
    "The point is made directly that {Q} {P}, which {B} should note.",
]  # fmt: skip
SCARE_QUOTES = ["‘death positivity’", "‘distress purchase’", "‘good death’", "‘digital afterlife’",
                "‘continuing bonds’", "‘celebration of life’", "'no-fuss funeral'", "“unattended cremation”",
                "‘grief tech’", "‘funeral poverty’", "'death-tech'", "‘ghost profiles’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} markets its {svc} as a {Q} option {P}.", "Many families now ask for a {Q} rather than a funeral {P}.",
    "So-called {Q} is a growing concern for the sector {P}.", "The term {Q} is used loosely in the industry {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.", "{Q} has moved from the fringe to the mainstream {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Remembering together this Christmas’", "‘Your plan documents are ready’",
                 "“Planning ahead: a guide for you and your family”", "‘A year on: lighting a candle together’",
                 "‘Fixed price, no surprises’", "‘Your free will-writing guide’",
                 "“Add a memory to the tribute page”", "‘Support after a death: what happens next’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the highest open rate of the quarter {P}.",
    "{B} sent {Q} to plan holders in {pl} {P}.", "A gentle subject line such as {Q} avoids causing distress {P}.",
    "Testing {Q} against a plainer version showed the value of care in wording {P}.",
    "Messages like {Q} work because they respect the reader's grief {P}.",
]  # fmt: skip

# Text with brackets, years, figures or quotation marks that is no citation: nothing a tutor expects in the list.
NOT_CITATIONS = {
    "rite-year": [
        "The rise of unattended services (direct cremation, 2016) changed what {B} sells.",
        "{B} launched its first green option (woodland burial, 1993) long before its rivals.",
        "Low-cost disposal (direct cremation, {Y}) is now the fastest-growing product in {pl}.",
    ],
    "custom-year": [
        "Informal gatherings (Death Café, 2011) helped make death a topic people discuss.",
        "Some clients now hold a farewell before they die (living funeral, 2019) and invite friends.",
        "The Irish wake tradition (still common in 2024) shapes how Fanagans plans services.",
    ],
    "technology-year": [
        "Water cremation (resomation, 2023) is not yet legal everywhere in the UK.",
        "Human composting (Washington State, 2019) is discussed in the appendix.",
    ],
    "royal-death": [
        "Public grief on an unprecedented scale (Princess Diana, 1997) showed how mourning had changed.",
        "The televised state funeral (Queen Elizabeth II, 2022) led to a spike in searches for funeral plans.",
    ],
    "celebrity-death": [
        "Low-key cremation made headlines (David Bowie, 2016) when the singer chose no funeral at all.",
        "Celebrity choices (David Bowie, 2016) made direct cremation respectable for many families.",
    ],
    "statesman-death": [
        "Ten days of mourning (Nelson Mandela, 2013) were followed across South Africa and the world.",
        "National memorial services (Nelson Mandela, 2013) show how funerals become media events.",
    ],
    "act-year": [
        "Cremation became a legal option in Britain only after Parliament acted (Cremation Act, 1902).",
        "Municipal cemeteries date from Victorian reforms (Burial Act, 1857).",
        "{B} must meet the Scottish rules (Burial and Cremation (Scotland) Act, 2016) north of the border.",
    ],
    "order-year": [
        "Price lists must now be displayed in branches (Funeral Plans Order, 2021).",
        "The remedies order (Funeral Services Order, 2021) requires every branch to publish a standard price list.",
    ],
    "investigation-year": [
        "The sector came under scrutiny (CMA funerals market investigation, 2021) after years of price rises.",
        "The inquiry's remedies (CMA funerals market investigation, 2021) stopped short of price caps.",
    ],
    "regulation-event": [
        "Unregulated providers left the market (FCA regulation of funeral plans, 2022) or were authorised.",
        "Plan holders gained protection (FCA regulation of funeral plans, 2022) from the Financial Ombudsman.",
    ],
    "cemetery-opening": [
        "Victorian garden cemeteries (Highgate Cemetery, 1839) are now tourist attractions as well as burial grounds.",
        "The city's first municipal cemetery ({cem}, opened {Y}) is still in use.",
        "Some heritage sites (Glasnevin, 1832) run tours and a museum alongside burials.",
    ],
    "crematorium-opening": [
        "The first crematorium in Britain (Woking Crematorium, 1885) was built before cremation was lawful.",
        "{B} uses a nearby crematorium (Golders Green Crematorium, 1902) for most services.",
    ],
    "necropolis": [
        "London's dead were once sent by train to Surrey (Brookwood, 1854) from a station near Waterloo.",
        "The largest cemetery in the UK (Brookwood, 1854) still offers burial plots today.",
    ],
    "firm-collapse": [
        "Confidence in funeral plans fell after one provider went under (Safe Hands, 2022) and left thousands without cover.",
        "The collapse (Safe Hands, 2022) is a warning that {B} uses in its trust messaging.",
    ],
    "takeover-year": [
        "Ownership changed after a private-equity bid (Dignity takeover, 2023) and a new strategy followed.",
        "{B}'s rivals watched closely (Dignity takeover, 2023) as the new owners cut prices.",
    ],
    "firm-founding": [
        "The Co-op's funeral arm took on its present name (Co-op Funeralcare, 2000) after a series of mergers.",
        "{B} is a family firm (established {Y}) with five branches.",
        "The will-writing start-up (founded in London, 2015) moved into cremation and probate.",
    ],
    "awareness-week": [
        "An annual campaign (Dying Matters Week, 2009) encourages people to talk about dying.",
        "{B} times its content around national campaigns (Grief Awareness Week, 2020) each December.",
    ],
    "advert-year": [
        "Daytime TV adverts for funeral plans (Over 50s Plan advert, 2014) were widely mocked.",
        "The free pen offered with a plan (Over 50s Plan advert, 2014) became a national joke.",
    ],
    "festival-year": [
        "Online events (Good Grief Festival, 2020) reached thousands during lockdown.",
        "{B} sponsored a stage at a festival about death (Good Grief Festival, 2020) to reach younger audiences.",
    ],
    "series-year": [
        "A family funeral business drama (Six Feet Under, 2001) is still quoted by funeral directors.",
        "Popular culture (Six Feet Under, 2001) gave many viewers their first look behind the scenes of an undertaker.",
    ],
    "film-year": [
        "A eulogy in a romantic comedy (Four Weddings and a Funeral, 1994) made W. H. Auden's poem famous again.",
        "Readings at funerals are often borrowed from films (Four Weddings and a Funeral, 1994).",
    ],
    "novel-year": [
        "Satire of the American funeral industry goes back a long way (The Loved One, 1948).",
        "Waugh's novel (The Loved One, 1948) mocks the Californian pet cemetery and funeral home.",
    ],
    "book-title-year": [
        "The five stages model (On Death and Dying, 1969) is still taught, although it has been challenged.",
        "Grief stages popularised in the late sixties (On Death and Dying, 1969) appear in {B}'s leaflets.",
    ],
    "pandemic-year": [
        "Mourner numbers were capped (COVID-19 restrictions, 2020) and many services were livestreamed.",
        "Funerals with ten mourners (COVID-19 restrictions, 2020) changed what families expect.",
    ],
    "epidemic-history": [
        "Mass burials were last seen on this scale a century ago (Spanish flu, 1918).",
        "The previous pandemic (Spanish flu, 1918) left similar gaps in mourning rituals.",
    ],
    "price-year": [
        "A basic funeral now costs {fee} a funeral ({Y}) in {pl}.", "The average cost was £4,141 a funeral (2023).",
        "Direct cremation starts at {fee} ({Y} price list).",
    ],
    "deaths-year": [
        "Registered deaths in England and Wales were high: 667,479 deaths (2022).",
        "The market is driven by mortality ({n},000 deaths, {Y}).",
    ],
    "deaths-noun": [
        "Demand will rise with the population (2022 deaths: 667,479).", "The forecast uses registration data ({Y} deaths).",
    ],
    "epitaph": [
        "The most popular inscription on {B}'s headstones is still ‘Gone but not forgotten’.",
        "Many families choose ‘Rest in peace’ or {ep} for a headstone.",
    ],
    "saying": [
        "The brand line, ‘A life well lived’, appears on every leaflet.",
        "Celebrants often close with ‘Rest in peace’ or a family saying.",
    ],
    "plan-name": [
        "The cheapest product ({plan}, {fee}) includes collection and an unattended cremation.",
        "Customers can pay monthly for the {plan} (12 to 60 instalments).",
    ],
    "phone-hours": [
        "Families can call at any time (24 hours, 365 days a year) to arrange a collection.",
        "The helpline (0800 {n} {n}) is staffed by trained bereavement advisers.",
    ],
    "age-range": [
        "The target segment is people planning ahead (aged 55–75).", "Most plan buyers are older (50+, {pl}).",
    ],
    "sample-size": [
        "Most respondents had arranged a funeral before (n = {n}).", "Half of the panel preferred a simple service (n={n}, {Y}).",
    ],
    "appendix": [
        "The full price comparison is set out in the appendix (Appendix {q}).",
        "The persona (see Figure {q}) is based on six interviews with bereaved relatives.",
    ],
    "quarter-year": [
        "Enquiries peaked in the winter quarter (Q{q} {Y}).", "Online memorial sign-ups rose (Q{q}, {Y}) after the relaunch.",
    ],
    "results-year": [
        "{B}'s revenue fell ({Y} annual results: £{n}m).", "Funeral volumes rose ({Y} trading update).",
    ],
    "market-share": [
        "The two largest firms hold a large share of the market (about {q}0% by volume).",
        "Independents still conduct most funerals in {pl} (roughly six in ten).",
    ],
    "percentage": [
        "Direct cremations rose sharply ({q}% to 2{q}% of funerals).", "Plan sales fell after authorisation (down {q}0%).",
    ],
    "currency-conversion": [
        "A funeral in Johannesburg costs far less (R15,000, about £650).",
        "Prices in Auckland are higher (NZ$9,800, roughly £4,700).",
    ],
    "te-reo": [
        "Many whānau hold a tangihanga (tangi) over three days on the marae.",
        "The farewell karakia (prayer) opens the service.",
    ],
    "afrikaans": [
        "AVBOB's slogan (Ons sorg vir jou) speaks to Afrikaans-speaking families.",
        "The memorial page reads ‘Rus in vrede’ (rest in peace).",
    ],
    "irish": [
        "Death notices on RIP.ie (founded 2005) are read daily across Ireland.",
        "The phrase ‘Ar dheis Dé go raibh a anam’ (may his soul be at God's right hand) is common in notices.",
    ],
    "handle-or-address": [
        "{B} answers messages on Facebook (@CareFuneralsUK) within an hour.",
        "Families can email the team (care@example-funerals.co.uk) or use live chat (9am–5pm).",
    ],
    "hashtag": [
        "The campaign hashtag (#TalkAboutDeath) trended during the week.", "Tributes were shared under a tag (#ForeverLoved).",
    ],
    "acronym-year": [
        "Marketing emails to plan holders need opt-in consent (PECR 2003).", "The data of people who have died falls outside the law (UK GDPR 2018).", "Providers must follow the new rules (Consumer Duty, July 2023).",
    ],
    "standard-iso": [
        "{B}'s crematorium is certified to the environmental standard (ISO 14001:2015).",
        "The masonry yard meets the fixing code (BS 8415:{Y}).",
    ],
    "memorial-dates": [
        "The tribute page gives the dates of life (1941–2023) beside a photograph.",
        "Each online memorial shows a name and dates ({Y}–{Y2}) with a candle icon.",
    ],
    "anniversary": [
        "Memorial services are held on the anniversary ({q} years on) for many families.",
        "{B} sends a card on the first anniversary (12 months after the funeral).",
    ],
    "season-campaign": [
        "The Christmas remembrance service (December {Y}) drew record numbers online.",
        "A Mother's Day email (March {Y}) invited families to add a memory.",
    ],
    "cross-reference": [
        "This is discussed further in Task 2 (b).", "Refer to Table {q} (page {q}) for the full costs.",
    ],
}  # fmt: skip
