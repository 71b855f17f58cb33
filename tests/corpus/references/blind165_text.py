"""The blind165 pool's prose (HELD OUT): marketers in Aotearoa New Zealand and its diaspora.

A hundred-and-sixty-fifth independent pool, written without reading the checker, its tests or any other pool, and
HELD OUT: nobody tunes the checker on it until its first tables have been read, and its misses are never read. Its
writers are CIM Level 6 and 7 candidates and MBA students at banks and KiwiSaver providers (ANZ, ASB, BNZ, Westpac NZ,
Kiwibank, TSB, Kernel), telcos (Spark, One NZ, 2degrees), co-operatives and exporters (Fonterra, Zespri, Silver Fern
Farms, Foodstuffs, Te Pū Ao), retailers (Woolworths NZ/Countdown, The Warehouse, Kathmandu, Farmers), Air New Zealand,
Tourism New Zealand and Tourism Holdings, iwi and Māori businesses (Ngāi Tahu Holdings, Waikato-Tainui, Miraka,
Tūhoe), media (RNZ, TVNZ, Stuff, NZ Herald, Whakaata Māori) and agencies in Tāmaki Makaurau, Te Whanganui-a-Tara,
Ōtautahi, Hamilton, Tauranga, Dunedin, Rotorua and Gisborne, or in Sydney, Melbourne, Brisbane, London, Apia and
Nukuʻalofa. Their reports mix te reo Māori words (whānau, kaupapa, manaakitanga) into English, write NZ$, NZD and $
with millions and billions, name Acts with their years ("Privacy Act 2020"), and bring Matariki, Waitangi Day, ANZAC
Day, Diwali, Lunar New Year and Pasifika festivals, iwi affiliations in brackets and titled people into their prose:
none of which is a citation. ``values(rng)`` fills the placeholders only this pool's frames use.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Air New Zealand", "Air NZ", "Fonterra", "Zespri", "Kiwibank", "ASB", "BNZ", "ANZ", "Westpac NZ", "TSB",
          "Kernel", "Spark", "One NZ", "2degrees", "Silver Fern Farms", "Foodstuffs", "PAK'nSAVE", "New World",
          "Countdown", "Woolworths NZ", "The Warehouse", "Kathmandu", "Farmers", "Tourism New Zealand", "Tourism Holdings",
          "Ngāi Tahu Holdings", "Miraka", "Waikato-Tainui", "Whittaker's", "Anchor", "Lewis Road Creamery",
          "Allbirds", "Hell Pizza", "Mitre 10", "Bunnings NZ", "Briscoes", "Noel Leeming", "Z Energy", "Mercury",
          "Genesis", "Sharesies", "Hnry", "Xero", "Lime & Co", "L&P", "Te Pū Ao", "RNZ", "TVNZ", "Stuff"]  # fmt: skip

_IWI = ["Ngāti Porou", "Ngāpuhi", "Waikato-Tainui", "Ngāi Tahu", "Tūhoe", "Te Arawa", "Ngāti Kahungunu", "Te Rarawa",
        "Ngāti Whātua Ōrākei", "Ngāti Tūwharetoa", "Te Āti Awa", "Rongowhakaata", "Ngāti Raukawa", "Ngati Porou"]  # fmt: skip
_CITIES = ["Tāmaki Makaurau", "Auckland", "Te Whanganui-a-Tara", "Wellington", "Ōtautahi", "Christchurch", "Kirikiriroa",
           "Hamilton", "Tauranga", "Ōtepoti", "Dunedin", "Rotorua", "Gisborne", "Tūranganui-a-Kiwa", "South Auckland",
           "Porirua", "Manukau", "Sydney", "Melbourne", "Brisbane", "London", "Apia", "Nukuʻalofa", "Nuku'alofa"]  # fmt: skip
_PEOPLE = ["Sir Peter Blake", "Dame Whina Cooper", "Sir Āpirana Ngata", "Dame Valerie Adams", "Sir Edmund Hillary",
           "Kate Sheppard", "Dame Jacinda Ardern", "Christopher Luxon", "Tuilaepa Sailele Malielegaoi",
           "Fiamē Naomi Mataʻafa", "Lord Tuʻivakanō", "Ratu Sir Lala Sukuna", "Sir Hekenukumai Busby",
           "Stan Walker", "Lorde", "Taika Waititi", "Greg Foran", "Miles Hurrell", "Jolie Hodson", "Dame Tariana Turia"]  # fmt: skip
_FESTIVALS = ["Matariki", "Waitangi Day", "ANZAC Day", "Diwali", "Lunar New Year", "Pasifika Festival", "Polyfest",
              "Te Matatini", "Samoan Language Week", "Tongan Language Week", "Te Wiki o te Reo Māori", "Christmas",
              "Eid", "Holi", "Chuseok", "the Lantern Festival", "Fieldays", "the Auckland Diwali Festival"]  # fmt: skip
_REO = [("whānau", "family"), ("manaakitanga", "hospitality and care"), ("kaitiakitanga", "guardianship"),
        ("kaupapa", "purpose"), ("whanaungatanga", "relationships"), ("mana", "prestige"), ("tikanga", "customary practice"),
        ("aroha", "love and compassion"), ("rangatahi", "young people"), ("koha", "gift"), ("mahi", "work"),
        ("hui", "meeting"), ("tautua", "service"), ("fa'aaloalo", "respect"), ("ofa", "love")]  # fmt: skip
_UNIS = ["the University of Auckland", "AUT", "Massey", "Victoria University of Wellington", "Otago", "Waikato",
         "Te Herenga Waka", "Lincoln", "Canterbury", "UoA", "Unitec", "Te Pūkenga"]  # fmt: skip
_AGENCIES = ["Colenso BBDO", "Special Group", "DDB Aotearoa", "Motion Sickness", "FCB New Zealand", "Eight",
             "Contagion", "Hogarth Worldwide", "Saatchi & Saatchi NZ", "Clemenger BBDO Wellington", "Tuhi Creative"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    reo, english = rng.choice(_REO)
    amount = rng.randint(2, 950)
    return {
        "iwi": rng.choice(_IWI),
        "iwi2": rng.choice(_IWI),
        "city": rng.choice(_CITIES),
        "person": rng.choice(_PEOPLE),
        "fest": rng.choice(_FESTIVALS),
        "reo": reo,
        "reoen": english,
        "uni": rng.choice(_UNIS),
        "agency": rng.choice(_AGENCIES),
        "nzd": f"{amount}",
        "dec": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        "bn": f"{rng.randint(1, 24)}.{rng.randint(0, 9)}",
        "pct": str(rng.randint(3, 78)),
        "ocr": f"{rng.randint(1, 5)}.{rng.choice(['25', '5', '75', '0'])}",
        "fy": str(rng.randint(2016, 2025)),
        "code": f"{rng.randint(1000, 9999)}",
        "ph": f"{rng.randint(200, 999)} {rng.randint(1000, 9999)}",
        "flight": f"NZ{rng.randint(1, 990)}",
        "ry": str(rng.randint(2015, 2024)),
        "rwc": rng.choice(["2011", "2015", "2019", "2023"]),
        "mm": f"{rng.randint(1, 12):02d}",
        "dd": f"{rng.randint(1, 28):02d}",
    }


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, particularly among {A} in {city}.", "{N} concluded that {C}.",
    "{N} make the point that {C}, which is very relevant to {B}.", "{N} suggests that {C}; {B}'s own figures back this up.",
    "{N} highlights that {C}.", "{N} identified that {C} for Māori and Pasifika whānau.", "{N} states that {C}.",
    "{N} describes how {C}.", "{N} also found that {C}.", "{N} recommends that NZ marketers test whether {C}.",
    "{N} goes further, arguing that {C} and that {C2}.", "{N} notes that, since {Y}, {C}.",
    "{N} explains that {C} (e.g. through {T}).", "{N} questioned whether {C}.",
    "{N}, writing from a kaupapa Māori perspective, argues that {C}.", "{N} reported that {C} in the New Zealand market.",
    "{N} observed that {C}, a finding {B} cannot ignore.", "{N} shows that {C} – even in small markets like Aotearoa.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Kiwi consumers, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "{B} is a good example: {N} showed that {C}.",
    "Research by {N} suggests {C}.", "According to {N}, {C}.", "A survey carried out by {N} found that {C}.",
    "{C}, as {N} noted in their work on {T}.", "It could be argued, following {N}, that {C}.",
    "In Aotearoa, {N} found that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Data from {N} show that {C}.", "As {N} put it, {C}.", "{C}, according to {N}.",
    "Drawing on {reo} ({reoen}), {N} argue that {C}.", "For Pasifika communities in {city}, {N} found that {C}.",
    "When {B} launched its {fest} campaign it seemed to follow {N}: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.", "{N} Te Whare Tapa Whā model shows how {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several NZ studies report that {C} {P:e.g.}.", "{C} (see Figure {q}) {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "For whānau on tight budgets, {C} {P}.",
    "Recent New Zealand data confirm this: {C} {P}.", "A key point for {B} is that {C} {P}.", "{C} {P:see also}.",
    "{C}, as several Australasian studies show {P:for example,}.", "Māori-owned firms see this too: {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P}, and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.", "Some sources {P:e.g.} argue that {C}.",
    "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to trust {T} than traditional advertising", "{T} improved {R} by around {q}0% in one trial",
    "Māori consumers reward brands that use te reo Māori correctly", "tokenistic use of te reo Māori damages trust",
    "Pasifika families make big purchases collectively", "KiwiSaver members rarely switch providers once enrolled",
    "the supermarket duopoly limits price competition", "{B}'s reliance on {T} leaves it exposed if costs rise",
    "the cost of living has made {A} more price-sensitive", "manaakitanga is a strong basis for service design",
    "brands that ignore Matariki miss a growing cultural moment", "provenance claims need evidence behind them",
    "mobile now accounts for most New Zealand e-commerce traffic", "{A} respond better to reviews than to brand claims",
    "organisations such as {B} need to {bs} to stay competitive", "the 100% Pure brand still shapes how visitors see Aotearoa",
    "rural customers feel overlooked by the big banks", "iwi-owned businesses plan over generations, not quarters",
    "loyalty schemes such as Onecard and Flybuys drive {R}", "Gen Z New Zealanders expect brands to stand for something",
    "spending on {T} has grown every year since {Y}", "remittances shape how Pacific customers choose a bank",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Aotearoa", "In New Zealand",
    "For {B}'s marketing team", "Since the pandemic", "In the context of {B}", "From a te ao Māori perspective",
    "Nevertheless", "Consequently", "Across the Tasman", "As a result", "Looking at {B}'s competitors", "Overall",
    "Within the Pacific", "Interestingly", "Since the 2023 cyclones",
]  # fmt: skip
PLAIN = [
    "{B} was founded in New Zealand and now trades in {q} countries.",
    "This section analyses {B}'s current digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low.",
    "Kia ora, this report was prepared for the marketing leadership team at {B}.",
    "The recommendations are costed in NZ dollars and phased over twelve months.", "{O}, {C}.",
    "{B} uses Google Ads, Meta and TikTok, with most of its budget on paid search.",
    "A SWOT and PESTLE analysis of {B} are included in the appendix.",
    "The main competitors are {B} and two smaller online-only brands.",
    "Task 2 builds on this with a content plan for the year ahead.",
    "Ngā mihi to the team at {B} who shared their internal data.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "Put another way, {Q} {P}.", "{O}, {Q} {P}.",
    "This is summed up neatly: {Q} {P}.", "{N} argues that {Q}.", "In the words of {N}, {Q}.",
    "{Q} {P}, and {B} has not yet acted on it.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘Kiwi as’",
    "‘she’ll be right’",
    "‘number 8 wire’",
    "‘tall poppy syndrome’",
    "‘100% Pure’",
    "‘the Kiwi way’",
    "“brown dollar”",
    "“Pacific time”",
    "‘te reo washing’",
    "“ka pai”",
    "'sweet as'",
]
SCARE_FRAMES = [
    "Marketers call this {Q} thinking {P}.", "{B} calls its approach {Q} {P}.",
    "The idea of a {Q} attitude to service still runs deep {P}.", "{N} warns against {Q} branding.",
    "Some critics see it as {Q} marketing {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Mānawatia a Matariki: 20% off this long weekend’", "“Kia ora {M} lovers, your order is on its way”",
                 "‘Talofa! Your KiwiSaver statement is ready’", "“Last chance: Boxing Day deals end tonight”",
                 "‘Happy Diwali from all of us at {B}’", "“Your whānau deal is waiting”",
                 "'Gong xi fa cai: Lunar New Year specials'"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} lifted opens by a third {P}.", "{B} sent {Q} to lapsed customers {P}.",
    "The subject line {Q} performed best in A/B tests {P}.", "{N} cites {Q} as a good example of cultural timing.",
]  # fmt: skip

# Text with brackets, years, figures or names that is no citation: each kind is this pool's own name for it.
NOT_CITATIONS = {
    "act-with-year": ["{B} must meet its obligations under the Privacy Act 2020.",
                      "Claims like this are covered by the Fair Trading Act 1986, which the Commerce Commission enforces.",
                      "Land held under Te Ture Whenua Māori Act 1993 cannot easily be used as security for a loan."],
    "act-in-brackets": ["Unsubscribe links are a legal requirement (Unsolicited Electronic Messages Act 2007).",
                        "Every product must be fit for purpose (Consumer Guarantees Act 1993, s 6).",
                        "Lending ads must show the annual interest rate (Credit Contracts and Consumer Finance Act 2003)."],
    "act-section": ["Section 9 of the Fair Trading Act 1986 prohibits misleading conduct in trade.",
                    "Information privacy principle 3 (IPP3) requires {B} to tell customers why data is collected.",
                    "Under s 22 of the Privacy Act 2020, there are now thirteen privacy principles."],
    "regulator-year": ["The Commerce Commission (Te Komihana Tauhokohoko) fined {B} ${nzd},000 in {ry}.",
                       "The Privacy Commissioner (Te Mana Mātāpono Matatapu) opened an inquiry in {ry}.",
                       "The Financial Markets Authority (FMA) reviewed KiwiSaver fees in {ry}."],
    "reserve-bank-ocr": ["The Reserve Bank (Te Pūtea Matua) held the OCR at {ocr}% in {mm}/{ry}.",
                         "Mortgage rates rose after the official cash rate (OCR) reached {ocr}% in {ry}."],
    "currency-millions": ["{B} reported revenue of NZ${bn} billion (FY{fy}).", "The campaign budget was NZD {nzd}k ({ry} prices).",
                          "Net profit after tax was $ {nzd} million (up {pct}% on {ry})."],
    "currency-pacific": ["Remittances to Samoa were worth WST {nzd} million ({ry}).",
                         "A phone top-up costs TOP 10 (about NZ$ {dec}) in Nukuʻalofa.",
                         "Fijian customers pay FJD {nzd} ({ry} tariff) for the same plan."],
    "fiscal-year": ["Sales grew in FY{fy} (year ended 30 June) by {pct}%.", "The 2023/24 financial year closed on 31 March for most KiwiSaver funds."],
    "matariki-date": ["Matariki (14 July 2023) is now a public holiday in Aotearoa.",
                      "The first Matariki public holiday (2022) gave retailers a new winter peak."],
    "waitangi-day": ["Sales dip on Waitangi Day (6 February) every year.",
                     "{B} did not trade on Waitangi Day {ry}, a first for the company."],
    "anzac-day": ["Retailers open after 1 pm on ANZAC Day ({ry}) under the trading rules.",
                  "{B}'s ANZAC Day {ry} post was criticised for commercialising the day."],
    "festival-year": ["{B} ran a {fest} {ry} campaign in {city}.", "Footfall peaked during {fest} ({ry}).",
                      "The Pasifika Festival ({ry}) drew more than {q}0,000 people to Western Springs."],
    "diwali-lunar": ["Diwali ({dd} November {ry}) is a key trading week for jewellers in Papatoetoe.",
                     "Lunar New Year (2023, Year of the Rabbit) lifted sales in Auckland's Dominion Road stores."],
    "language-week": ["Samoan Language Week (Vaiaso o le Gagana Sāmoa, {ry}) was celebrated across the bank's branches.",
                      "During Te Wiki o te Reo Māori ({ry}) the app's menus switched to te reo."],
    "iwi-affiliation": ["The brand's creative lead, Aroha Te Whata (Ngāpuhi, Te Rarawa), wrote the script.",
                        "One interviewee ({iwi}) described the campaign as tokenistic.",
                        "The store manager, Hēmi Parata ({iwi}/{iwi2}), has worked there since {ry}."],
    "treaty-date": ["Te Tiriti o Waitangi (1840) underpins the bank's Māori strategy.",
                    "The Treaty of Waitangi (6 February 1840) is referenced in {B}'s values statement."],
    "settlement-year": ["Ngāi Tahu's Treaty settlement (1998) funded the growth of Ngāi Tahu Holdings.",
                        "Waikato-Tainui's settlement (1995) was the first major raupatu claim resolved."],
    "person-lifespan": ["Sir Āpirana Ngata (1874–1950) promoted Māori land development.",
                        "Sir Peter Blake (1948–2001) remains an icon for sailing sponsors."],
    "titled-person": ["{person} spoke at the launch in {city} in {ry}.",
                      "The campaign featured {person}, whose endorsement was a turning point."],
    "samoan-title": ["Afioga Tuilaepa Sailele Malielegaoi (Prime Minister, 1998–2021) opened the branch in Apia.",
                     "Tuimaleali'ifano Va'aletoa Sualauvi II (Head of State) attended the {ry} launch."],
    "tongan-noble": ["Lord Tuʻivakanō (Speaker, {ry}) supported the mobile money pilot.",
                     "The noble Lord Vaea hosted the product launch at his estate ({ry})."],
    "fijian-title": ["Ratu Sir Lala Sukuna (1888–1958) is on the Fijian $5 note.",
                     "Adi Litia Cakobau (chief) appeared in the {ry} tourism ads."],
    "executive-role": ["{person} (CEO, {ry}–present) announced the new strategy.",
                       "Greg Foran (Air New Zealand chief executive, {ry}) spoke to the Marketing Association."],
    "interview-code": ["Participant P{q} (Pasifika, 25–34) said the app felt 'made for us'.",
                       "One respondent (R{n}, {city}) disagreed.", "Interviewee 7 (marketing manager, {ry}) was more cautious."],
    "sample-size": ["The survey ran in {ry} (n = {n}) across Auckland and Wellington.",
                    "Most respondents agreed (n = {n}; {pct}%)."],
    "figure-table": ["Table {q} ({ry} data) shows churn by region.", "Figure {q} (source: company data, {ry}) maps the customer journey."],
    "quarter-year": ["Spark's mobile revenue fell in Q{q} {ry}.", "Sales rose {pct}% (Q{q} FY{fy})."],
    "census-year": ["At the 2018 Census, 16.5% of people identified as Māori.",
                    "The 2023 Census showed Auckland's Pacific population growing fastest."],
    "nz-date": ["The offer runs until {dd}/{mm}/{ry} at all stores.", "Trading resumed on {dd}.{mm}.{ry} after the cyclone."],
    "cyclone-event": ["Cyclone Gabrielle (February 2023) cut power to Hawke's Bay and Tairāwhiti.",
                      "After the Christchurch earthquakes (2010–2011) {B} rebuilt its Ōtautahi store."],
    "covid-level": ["During Alert Level 4 (March 2020), online orders tripled.",
                    "Under the traffic light system (Red, early 2022) stores limited numbers."],
    "former-name": ["One NZ (formerly Vodafone NZ, until 2023) rebranded with a te reo name.",
                    "Woolworths NZ (Countdown until 2024) is changing its store signs.",
                    "Te Herenga Waka (Victoria University of Wellington) now leads with its te reo name."],
    "company-founded": ["{B} (est. {ry}) is a Kiwi success story.", "Whittaker's (founded 1896) is still family owned."],
    "legal-form": ["{B} Limited (NZBN 9429{code}{code}) is registered in Wellington.",
                   "The company trades as {B} Ltd (company number {code}{q}{q}) in New Zealand."],
    "nzx-ticker": ["Air New Zealand (NZX: AIR) shares fell {pct}% in {ry}.", "Fonterra's units (NZX: FSF) trade separately."],
    "phone-number": ["Customers can call 0800 {ph} or text {code} for help.", "The helpline (09 {ph}) opens at 8 am."],
    "flight-code": ["Flight {flight} (AKL–LAX) was the first to use the new livery.",
                    "{B} flies {flight} from Auckland (AKL) to Apia (APW) three times a week."],
    "product-model": ["The Spark Max plan (2024 edition) bundles Netflix.", "The Kathmandu Heli (v{q}) jacket sold out in {ry}."],
    "award-year": ["{agency} won the Grand Effie (NZ Effies {ry}) for the campaign.",
                   "{B} was named Most Trusted Brand (Reader's Digest {ry})."],
    "agency-campaign": ["The 'Mā te wā' spot was created by {agency} ({ry}).", "{agency}'s Matariki work for {B} ({ry}) went viral."],
    "university-course": ["I studied MKTG 301 at {uni} ({ry}).", "The MBA module (BUSINESS 7{n}) at {uni} uses this case.",
                          "This report is for CIM Level 6 (Unit 2, {ry} syllabus)."],
    "reo-gloss": ["The campaign centres on {reo} ({reoen}).", "{B}'s values include {reo} ({reoen}) and aroha (love)."],
    "reo-name": ["Stats NZ (Tatauranga Aotearoa) publishes the census.", "Inland Revenue (Te Tari Taake) collects GST at 15%.",
                 "Te Pūtea Matua (Reserve Bank of New Zealand) sets monetary policy."],
    "tv-show": ["Sponsorship of Shortland Street (since 1992) gives {B} daily reach.",
                "{B} advertised during the Rugby World Cup {rwc} final."],
    "sports-event": ["The All Blacks' 1987 win is still used in nostalgic ads.",
                     "The FIFA Women's World Cup (2023) was co-hosted with Australia.", "America's Cup (AC36, 2021) sponsorship cost millions."],
    "place-year": ["The Rotorua pop-up ({ry}) was a test for the new format.",
                   "Sales at Sylvia Park (opened 2006) outperform the CBD store."],
    "hashtag-handle": ["The campaign used #MatarikiMagic and @{B}NZ on Instagram in {ry}.",
                       "Posts tagged #KiwiMade ({ry}) reached {n}k people."],
    "gst-rate": ["All prices include GST (15%).", "GST rose from 12.5% to 15% in October 2010."],
    "percent-year": ["Brand awareness rose to {pct}% ({ry}) from {q}0% the year before.",
                     "Trust in banks fell to {pct}% (Q{q}) after the fee rises."],
    "website-domain": ["More detail is on business.govt.nz ({ry} guidance).", "Customers book through airnewzealand.co.nz (Mobile, {ry})."],
    "postcode-address": ["The head office is at 1 Queen Street, Auckland 1010.",
                         "The store at 220 Lambton Quay, Wellington 6011, opened in {ry}."],
    "iso-standard": ["{B} is certified to ISO 14001:{ry}.", "Zespri growers follow GLOBALG.A.P. (version 5.{q}) rules."],
    "loyalty-scheme": ["Onecard (Countdown, 2009–2023) became Everyday Rewards.", "Airpoints (Air NZ) has over {q} million members."],
    "pacific-place": ["The Tongan community in Ōtāhuhu (about {n} families) was the focus.",
                      "The bank opened a branch in Savai'i ({ry}) to serve remittance customers."],
    "slogan-year": ["The slogan '100% Pure New Zealand' (1999) is still in use.", "'Good Kiwi' ({ry}) tested well with rangatahi."],
}  # fmt: skip
