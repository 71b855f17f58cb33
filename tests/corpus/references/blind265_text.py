"""The blind265 pool's prose: marketers at opticians, hearing-care providers, eyewear and lens makers and audiology
firms in the UK, Ireland, the Netherlands, Denmark and Australia writing CIM Level 6 and 7 reports and MBA
assignments in English on retail, healthcare, franchise and B2B marketing. Written without reading the checker, its
tests or any other pool. HELD OUT: never tune on it.

Its own fill values: {opt} an optical chain, {hear} a hearing-care brand, {maker} a lens, frame or hearing-aid maker,
{seg} a patient segment, {ch} a channel, {pc} a percentage's number, {yr} a recent year.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Specsavers", "Boots Opticians", "Vision Express", "Scrivens", "Leightons", "Optical Express", "Bayfields",
          "Hakim Group", "HearingLife", "Amplifon", "Boots Hearingcare", "Hidden Hearing", "Pearle", "Hans Anders",
          "Oticon", "ReSound", "Phonak", "EssilorLuxottica", "Ray-Ban", "Ace & Tate", "Cubitts", "Bloobloom",
          "Bailey Nelson", "OPSM", "Specsavers Ireland", "Vision Express Ireland"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "opt": rng.choice(["Specsavers", "Boots Opticians", "Vision Express", "Scrivens", "Leightons", "Bayfields",
                           "Optical Express", "Hakim Group", "Pearle", "Hans Anders", "OPSM", "Bailey Nelson"]),
        "hear": rng.choice(["Amplifon", "Boots Hearingcare", "Hidden Hearing", "HearingLife", "Specsavers Audiology",
                            "Scrivens Hearing Care", "Hearing Australia"]),
        "maker": rng.choice(["Oticon", "ReSound", "Phonak", "Essilor", "Zeiss", "Hoya", "CooperVision", "Signia"]),
        "seg": rng.choice(["over-60s", "first-time spectacle wearers", "parents of myopic children", "screen workers",
                           "contact lens drop-outs", "people with mild hearing loss", "care-home residents"]),
        "ch": rng.choice(["paid search", "the recall letter", "SMS reminders", "Instagram", "in-store displays",
                          "local radio", "the booking app", "Facebook ads", "email"]),
        "pc": str(rng.randint(4, 78)), "yr": str(rng.randint(2019, 2025)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample came from one practice group.",
    "{N} concluded that {C}; this is directly relevant to {opt}.", "{N} showed that {C} among {seg}.",
    "{N} suggested that {C}, which helps explain {hear}'s move into retail partnerships.",
    "{N} identified that {C}, particularly where the optometrist makes the recommendation.",
    "{N} reported that {C} in a survey of UK practices.", "{N} noted that {C} – a point {B} has yet to act on.",
    "{N} questioned whether {C}.", "{N} went further and claimed that {C}.",
    "{N} describe the eye test as a loss leader and argue that {C}.", "{N} observed that {C}, at least in franchise models.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who showed that {C}.",
    "{C}, as {N} pointed out.", "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.",
    "Research by {N} suggests that {C}.", "For {opt}, the lesson from {N} is that {C}.",
    "A study of audiology clinics by {N} found that {C}.", "{C}; however, {N} found the opposite for {seg}.",
    "Evidence from {N} indicates that {C}.", "It could be argued, following {N}, that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {seg} found that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} survey showed that {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "{opt} could apply {N} model, since {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {seg}, {C} {P}.",
    "This matters for {hear} because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, especially in the independent sector {P}.",
    "In short, {C} {P}.", "{C}, which is why {opt} invests in {ch} {P}.", "{C} {P:see also}.",
    "A key point for {B} is that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {opt} should make sure that {C2}.", "Studies {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "patients trust the optometrist's recommendation more than any advert",
    "the free eye test brings customers in but frames and lenses pay the bills",
    "{seg} delay buying hearing aids for around ten years on average",
    "stigma remains the main barrier to hearing-aid uptake",
    "{ch} drives more bookings than any other channel for {opt}",
    "joint venture partners care more about the clinic than the brand",
    "online frame retailers struggle to replace the dispensing optician",
    "rechargeable devices have made hearing aids easier to sell to {seg}",
    "{maker}'s premium lenses are sold on comfort rather than price",
    "recall reminders lift repeat visits by about {pc}%",
    "independent opticians compete on clinical expertise rather than price",
    "{hear} relies on referrals from GPs more than its rivals do",
    "{A} expect to book an eye test online",
    "virtual try-on tools reduce returns for online eyewear brands",
    "myopia control for children is a growing revenue stream",
    "{B}'s franchise model keeps local owners close to their patients",
    "NHS-funded sight tests shape how customers value private care",
    "trust in a clinician transfers to the retail brand",
    "price promotions on frames weaken the perceived value of clinical care",
    "hearing checks in supermarkets widen the funnel for {hear}",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the UK optical market", "For {opt}",
    "Since the pandemic", "In the context of hearing care", "From a patient perspective", "Nevertheless",
    "In Ireland", "In Australia", "Within the franchise model", "As a result", "Overall",
]  # fmt: skip
PLAIN = [
    "{opt} runs more than {n} practices, most of them as joint ventures.",
    "This report analyses {B}'s marketing mix and makes recommendations for the next year.",
    "The table below compares the main optical chains on price, range and clinical services.",
    "{hear} offers free hearing checks in store and at home.", "{O}, {C}.",
    "A PESTLE analysis of the hearing-care market is included in the appendix.",
    "The recommendations are costed and phased over eighteen months.",
    "Patients can book online, by phone or in store, and most choose online.",
    "The main competitors are {opt}, {hear} and a number of independent practices.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one healthcare marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One review of optical retailing concluded that {Q} {P}.",
    "Marketers in hearing care are told that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘eyewear as fashion’", "‘hear well, live well’", "‘clinical first’", "‘the worried well’",
                "‘hearables’", "‘phygital’", "'blue-light anxiety'", "“second pair”", "‘myopia boom’",
                "‘silver pound’", "'try before you buy'", "‘hearing health’"]  # fmt: skip
SCARE_FRAMES = [
    "Chains increasingly talk of {Q} {P}.", "{B} calls its approach {Q} {P}.",
    "So-called {Q} is a growing theme in the trade press {P}.", "The idea of {Q} is now common in optical retail {P}.",
    "Critics describe this as {Q}, and {opt} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your eye test is due – book today’", "‘It’s been two years: time for a check-up?’",
                 "“Your new glasses are ready to collect”", "‘Free hearing check this week’",
                 "‘Second pair free ends Sunday’", "“Hear more of what matters”", "‘Don’t forget your contact lenses’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A reminder headed {Q} lifted bookings {P}.", "{opt} used {Q} in its recall emails {P}.",
    "Messages such as {Q} work because they feel personal {P}.", "The SMS {Q} was opened by most {seg} {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "eye-test-price": ["{opt} charged £25 for an eye test in 2024.", "A standard eye test cost £25 (2024) at most chains.",
                       "Independent practices charged more for a sight test (£35 in 2023)."],
    "glasses-price": ["A £99 pair of glasses (2023) was its best-selling bundle.", "The entry range started at £49 (spring 2024)."],
    "multi-pair-offer": ["The offer of two pairs for £69 in 2022 is still remembered.", "Customers were offered two pairs (from £69, 2022)."],
    "euro-price": ["A pair of hearing aids cost €1,200 (2024) in Irish clinics.", "Hans Anders priced single-vision glasses from €49 (2023)."],
    "aud-price": ["Premium hearing aids sold for AUD 4,500 a pair in 2023.", "Bailey Nelson's frames started at AUD 195 (2024)."],
    "subscription-price": ["Contact lenses cost £10 a month (2024) on the scheme.", "Its lens plan (£15 a month, 2023) includes aftercare."],
    "slogan": ["Specsavers' ‘Should've gone to Specsavers’ (2002) remains famous.", "The line ‘Should’ve gone to Specsavers’ first ran in 2002."],
    "smart-glasses": ["Ray-Ban Meta (September 2023) brought cameras into frames.", "Smart glasses such as Ray-Ban Meta (launched 2023) blur fashion and tech."],
    "hearing-aid-launch": ["Phonak Audéo Sphere (2024) uses AI to separate speech from noise.", "The Oticon Intent (2024) tracks head movement."],
    "lens-launch": ["Varilux X (2017) was marketed on near-vision comfort.", "{maker}'s myopia lens (launched {yr}) sold out in some stores."],
    "airpods-feature": ["Apple AirPods Pro 2's hearing aid feature (2024) changed the category.", "The AirPods Pro 2 hearing test (October 2024) reached millions overnight."],
    "awareness-week": ["National Eye Health Week (September 2023) was backed by {opt}.", "Stores promoted eye health during National Eye Health Week (22–28 September {yr})."],
    "awareness-day": ["World Hearing Day (3 March 2024) was the focus of the campaign.", "{hear} ran free checks on World Sight Day (10 October)."],
    "trade-show": ["{maker} launched the range at Optrafair (April 2024).", "Buyers met suppliers at 100% Optical (January 2024)."],
    "retail-date": ["Frame sales spiked on Black Friday (24 November 2023).", "The January sale (from 26 December {yr}) cleared old frames."],
    "opticians-act": ["The Opticians Act 1989 restricts who can test sight.", "Under the Opticians Act (1989), only registrants may test sight."],
    "sale-order": ["The Sale of Optical Appliances Order 1984 governs who may sell glasses to children.", "Online sellers must respect the Sale of Optical Appliances Order (1984)."],
    "dse-regulations": ["Employers pay for eye tests under the Health and Safety (Display Screen Equipment) Regulations 1992.", "The DSE Regulations (1992) created a B2B market for workplace eye care."],
    "otc-rule": ["The FDA's OTC hearing aid rule (October 2022) opened US retail.", "Over-the-counter hearing aids became legal in the US in October 2022."],
    "device-law": ["The Medical Devices Regulations 2002 still apply in Great Britain.", "Lenses are devices under the Medical Devices Regulations (2002)."],
    "eu-mdr": ["The EU MDR (May 2021) raised the cost of launching hearing aids.", "Manufacturers had to recertify under the MDR (from May 2021)."],
    "gdpr": ["Recall consent was reviewed when GDPR arrived (May 2018).", "Patient data is handled under GDPR (2018) and the Data Protection Act 2018."],
    "frame-standard": ["Frames are tested to BS EN ISO 12870:2014.", "The frames meet the standard (BS EN ISO 12870:2014)."],
    "audiometry-standard": ["Hearing tests follow ISO 8253-1:2010.", "Booths are calibrated to the standard (ISO 8253-1:2010)."],
    "nhs-fee": ["The NHS sight test fee (April 2024) was £23.94.", "Practices say the NHS fee (2024/25) does not cover costs."],
    "goc-standards": ["The GOC's Standards for Optical Businesses (2019) apply to every chain.", "Business registrants follow the Standards for Optical Businesses (in force since 2019)."],
    "market-figure": ["Around 12 million sight tests took place in 2023.", "There were some 2 million hearing-aid users (2022) in England."],
    "market-size": ["It is a £3.2 billion market (FY2024).", "Optical retail was worth about £3 billion in 2023."],
    "acquisition": ["EssilorLuxottica's purchase of GrandVision (July 2021) reshaped European retail.", "Amplifon's takeover of Miracle-Ear (1999) took it into the US."],
    "consumer-arm": ["Sonova's purchase of Sennheiser's consumer arm (2022) moved it into earbuds.", "Sonova bought the Sennheiser consumer business in 2022."],
    "founding-year": ["Specsavers was founded in Guernsey in 1984.", "Since its founding (1984), {opt} has grown through joint ventures."],
    "optician-awards": ["The practice won at the Optician Awards 2024.", "{opt}'s Leeds store was shortlisted (Optician Awards 2024)."],
    "aop-awards": ["Its team won at the AOP Awards 2023.", "The campaign was highly commended (AOP Awards 2023)."],
    "retail-awards": ["The app won at the Retail Week Awards 2022.", "The retailer won a Queen's Award for Enterprise (2020)."],
    "ticker": ["Amplifon is listed in Milan (BIT: AMP).", "Demant (CPH: DEMANT) and GN (CPH: GN) both trade in Copenhagen."],
    "ticker-two": ["Sonova (SWX: SOON) reports in Swiss francs.", "EssilorLuxottica (EPA: EL) is the largest eyewear company."],
    "job-title": ["The interview was with the Chief Marketing Officer (CMO).", "The Head of Brand (Ireland) approved the creative."],
    "clinical-title": ["The optometrist (MCOptom) leads each test.", "A dispensing optician (FBDO) fits every frame."],
    "honour": ["The founder (OBE) still chairs the board.", "Its CEO (since {yr}) came from grocery retail."],
    "financial-year": ["Revenue grew by {pc}% in FY2024.", "Sales rose sharply (FY2024 results)."],
    "half-year": ["Hearing revenue was flat in H1 2024.", "Growth slowed (H1 2024) as the market cooled."],
    "quarter": ["Bookings fell in Q3 2023.", "Footfall recovered (Q3 2023) after the heatwave."],
    "prescription": ["Her prescription (−2.50 DS) had changed little.", "Most children in the trial were myopic (−0.50 D or worse)."],
    "hearing-level": ["Mild hearing loss (26–40 dB HL) often goes untreated.", "The threshold was raised (35 dB at 4 kHz)."],
    "sample-size": ["Most respondents preferred online booking (n = {n}).", "Interviews were held with practice owners (n = 12, {yr})."],
    "cross-reference": ["The competitor map (see Appendix 3) shows price positions.", "Costs are set out in Table {q} (Section 4.{q})."],
    "store-count": ["The group has over 1,000 stores (2024).", "{hear} operates in {n} Boots stores (as of {yr})."],
    "handle": ["Patients message the team on Instagram (@SeeClearUK).", "The campaign hashtag (#LoveYourEyes{yr}) trended briefly."],
}  # fmt: skip
