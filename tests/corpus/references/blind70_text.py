"""Prose for the seventieth held-out pool, "blind70": South African marketers' CIM Level 6 and 7 reports and MBA
assignments.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventieth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
loyalty, digital and communications marketers at grocers, clothing and homeware retailers, banks and insurers,
telecoms, breweries, wine and spirits brands, quick-service restaurants, SOEs and agencies in Johannesburg, Cape Town,
Durban, Pretoria, Gqeberha and Stellenbosch write: Acts with their numbers and years (POPIA, the CPA, the Liquor Act),
ARB rulings and Competition Commission matters, Stats SA releases, SARB and SAARF/BRC figures, load-shedding stages,
Black Friday, Heritage Day, Youth Day, festive-season and back-to-school campaigns, rand figures written the South
African way (R1,2 million, R12.5bn), JSE tickers, (Pty) Ltd, SOC Ltd and NPC firms, B-BBEE levels, loyalty tiers,
USSD codes and promo codes, store counts, financial years ending in February or June, Afrikaans, isiZulu and Sesotho
words glossed in brackets, hashtags and handles, survey, interview and course codes.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}, which matters for {B}.",
    "{N} shows that {C} in the South African market.",
    "{N} contends that {C}, particularly among {A}.",
    "{N} reports that {C}, a finding echoed in Gauteng focus groups.",
    "{N} observes that {C}, even during load-shedding.",
    "{N} concludes that {C}.",
    "{N} makes the case that {C} for brands such as {B}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} notes, {C}.",
    "Work by {N} suggests that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "In a township study, {N} established that {C}.",
    "Building on this, {N} points out that {C}.",
    "This aligns with {N}, who argues that {C}.",
    "In the context of the festive season, {N} warns that {C}.",
    "Applied to {B}, the model of {N} implies that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} found that {C}.",
    "{N} framework helps explain why {C}.",
    "Following {N} argument, {C}.",
    "{N} findings suggest that {C}, which {B} should heed.",
    "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "In South Africa, {C} {P}.",
    "Evidence from the retail sector shows that {C} {P}.",
    "For {B}, {C} {P}.",
    "Among {A}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "During Black Friday in particular, {C} {P}.",
    "Research in Durban and Cape Town indicates that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} invests in it.",
    "Because {C} {P}, the campaign targets {A}.",
    "While {C} {P}, budgets remain tight in a low-growth economy.",
    "Since {C} {P}, the plan leads with {T}.",
    "Given that {C} {P}, {B} should review its loyalty proposition.",
    "Although {C} {P}, many SMEs ignore this.",
]  # fmt: skip
CLAIMS = [
    "loyalty programme members spend more per basket than non-members",
    "price remains the main driver of store choice for low-income households",
    "trust in banks is built through consistent service rather than advertising",
    "township consumers are highly brand loyal when value is clear",
    "prepaid customers switch networks when data prices fall",
    "personalised offers raise redemption rates in grocery retail",
    "load-shedding has changed when and how South Africans shop",
    "responsible drinking messages work best when they avoid moralising",
    "social commerce through WhatsApp is growing among small retailers",
    "Gen Z shoppers expect brands to take a stand on social issues",
    "cashback rewards increase card usage among younger customers",
    "heritage cues strengthen the appeal of local wine brands",
    "customer experience is now a stronger differentiator than price in banking",
    "private-label ranges grow fastest when household budgets are squeezed",
    "influencer posts must be clearly disclosed to retain credibility",
    "POPIA compliance has forced marketers to clean their databases",
    "data-free apps lower the barrier to digital banking adoption",
    "festive-season promotions pull spending forward from January",
    "brand purpose only resonates when it is backed by visible action",
    "fast-food brands rely on humour to build cultural relevance",
    "credit-active consumers respond to instalment offers at Black Friday",
    "stokvels remain an important channel for bulk grocery purchases",
    "short-form video drives awareness more cheaply than television for younger audiences",
    "the informal sector accounts for a large share of alcohol sales",
]  # fmt: skip
OPENERS = [
    "As one marketing textbook puts it",
    "In the words of a South African brand strategist",
    "Put simply",
    "On the question of loyalty",
    "Writing about township retail",
    "In a frequently cited passage",
]  # fmt: skip
PLAIN = [
    "This section applies the framework to {B}.",
    "The analysis below draws on the company's integrated annual report and interviews with store managers.",
    "Recommendations follow in Task 2.",
    "The customer journey is mapped from awareness to repurchase.",
    "Budget constraints mean the plan must prioritise owned channels.",
    "The next section evaluates the options against the brand's objectives.",
    "Table 2 summarises the segments and their value to the business.",
    "Implementation would be phased over the next financial year.",
    "The organisation operates in a highly competitive market with low switching costs.",
    "The marketing team is small, so outsourcing to an agency is considered.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "{O}, {Q} {P}.",
    "{N} puts it plainly: {Q}.",
    "As {N} writes, {Q}.",
    "This is captured well: {Q} {P}.",
    "{Q} {P}, and {B} appears to have taken this on board.",
    "{O}: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "“value for money”", "‘lekker’ deals", "“the new normal”", "‘local is lekker’", "“grudge purchase”",
    "“brand love”", "‘ubuntu’", "“township economy”", "‘premiumisation’", "“switch and save”",
]  # fmt: skip
SCARE_FRAMES = [
    "The idea of {Q} is contested {P}.",
    "So-called {Q} is often overstated {P}.",
    "Marketers talk about {Q}, but {N} questions whether it holds.",
    "What counts as {Q} differs between segments {P}.",
    "The notion of {Q} shapes how banks pitch their apps {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Your Smart Shopper points are about to expire”", "“Black Friday starts NOW”", "‘Stage 6? We’ve got you covered’",
    "“Back to school for less”", "“Your eBucks are waiting”", "‘Happy Heritage Day from all of us’",
    "“Get 2GB free this weekend”", "‘Payday treats inside’",
]  # fmt: skip
SUBJECT_FRAMES = [
    "Subject lines such as {Q} lifted open rates {P}.",
    "{B}'s email headed {Q} was opened by a third of members {P}.",
    "A push notification reading {Q} creates urgency {P}.",
    "Testing {Q} against a plain version showed the value of timing {P}.",
    "The SMS {Q} drove most of the weekend's redemptions, as {N} notes.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "act-with-number": [
        "All opt-in forms were rewritten to comply with the Protection of Personal Information Act 4 of 2013 (POPIA).",
        "Under the Consumer Protection Act 68 of 2008 (CPA), customers may cancel a fixed-term contract with 20 business days' notice.",
        "Liquor advertising must also respect the Liquor Act 59 of 2003 and the relevant provincial liquor Acts.",
    ],
    "section-of-act": [
        "Section 69 of POPIA (Act 4 of 2013) restricts unsolicited electronic direct marketing.",
        "The cooling-off period in section 16 of the CPA applies only to direct marketing sales.",
    ],
    "arb-ruling": [
        "The ARB ruled against the billboard in {Y} (Ruling 2{n}/{Y}) after a competitor complaint.",
        "The Advertising Regulatory Board (ARB) Code, Appendix F, governs competitions and promotions.",
        "A similar claim was withdrawn after an ARB Directorate ruling in {Y}.",
    ],
    "competition-commission": [
        "The Competition Commission's Grocery Retail Market Inquiry (GRMI) reported in {Y}.",
        "Exclusive lease agreements in shopping centres were referred to the Competition Tribunal (Case No. {n}/CR/{Y}).",
    ],
    "bbbee-level": [
        "{B} is a Level 1 B-BBEE contributor, which helps it win public-sector tenders.",
        "The agency's B-BBEE certificate (Level 2, valid to March {Y2}) was a tender requirement.",
    ],
    "load-shedding-stage": [
        "Trading hours were cut during Stage 6 load-shedding in {Y}.",
        "Generator costs rose sharply when Eskom moved to Stage 4 (and later Stage 6).",
        "Stores without backup power lost sales whenever Stage 2 or higher was announced.",
    ],
    "rand-figure": [
        "The campaign budget was R1,2 million, with a further R350 000 held for activations.",
        "Turnover reached R12.5bn in the {Y} financial year.",
        "The basket value rose to R{n},50 (up from R{d}9,90) over the quarter.",
    ],
    "financial-year": [
        "Results for FY{Y} (the 52 weeks to February {Y2}) showed trading profit up {d}%.",
        "In the interim period (H1 {Y}), online sales grew {d}%.",
    ],
    "jse-ticker": [
        "Shoprite (JSE: SHP) outperformed the JSE All Share Index in {Y}.",
        "Shares in Mr Price (JSE: MRP) and TFG (JSE: TFG) fell after the results.",
    ],
    "company-form": [
        "The loyalty data is held by a separate entity, Rewards Co (Pty) Ltd, on the group's behalf.",
        "Telkom SA SOC Ltd and Eskom Holdings SOC Ltd are both state-owned companies.",
        "The school feeding partner is registered as an NPC (Reg. No. {Y}/0{n}/08).",
    ],
    "stats-release": [
        "Stats SA's retail trade sales release (P6242.1) for {Y} showed growth of {d}%.",
        "Unemployment stood at 32,{d}% in Q{q} {Y} according to the Quarterly Labour Force Survey.",
    ],
    "sarb-rate": [
        "The SARB raised the repo rate to {d},25% in {Y}, squeezing credit-financed spending.",
        "After the MPC meeting in November {Y}, the prime lending rate stood at 11,75%.",
    ],
    "audience-measure": [
        "The station reaches roughly {n} 000 listeners a week (BRC RAMS, {Y}).",
        "According to the SAARF Living Standards Measure (LSM 7-10), the target sits in the upper segments.",
    ],
    "lsm-sem": [
        "The core target is SEM 6-8 (formerly LSM 7-9) households in Gauteng.",
        "Segments were defined by SEM group (SEM 1-10) rather than income.",
    ],
    "public-holiday": [
        "Sales peak around Heritage Day (24 September) and Youth Day (16 June).",
        "The Freedom Day (27 April) long weekend is a key trading period for liquor.",
    ],
    "black-friday": [
        "Black Friday {Y} (24 November) produced the highest single-day card volumes of the year.",
        "The retailer extended Black Friday into a 'Black November' campaign in {Y}.",
    ],
    "festive-season": [
        "The festive season (December {Y} to January {Y2}) accounted for {d}% of annual sales.",
        "Back-to-school (January) and Easter are the next biggest trading periods.",
    ],
    "campaign-name": [
        "The 'Feel Good Friday' campaign ran from October to December {Y}.",
        "Its “#BraaiDay” activation was repeated for the {Y} Heritage Day weekend.",
    ],
    "loyalty-tier": [
        "Members move from Green to Gold status (and then Platinum) as monthly spend increases.",
        "Vitality Gold and Diamond members earn up to {d}% back on healthy food.",
    ],
    "ussd-code": [
        "Customers can check their balance by dialling *120*{n}# (free of charge).",
        "The data bundle can be bought via USSD (*135#) or the app.",
    ],
    "promo-code": [
        "New app users received R50 off with the code WELCOME{d} during launch week.",
        "The code HERITAGE{Y} gave 20% off selected lines (terms and conditions apply).",
    ],
    "hashtag-handle": [
        "The #SAmarketing conversation on X peaked around the launch, led by @SAB_SA.",
        "Replies to the brand's TikTok (@braailife) were overwhelmingly positive.",
    ],
    "store-count": [
        "The group trades from {n} stores (including {d} franchise outlets) across southern Africa.",
        "By February {Y} it operated {n} outlets in 15 countries (and 2 9{q}0 in total).",
    ],
    "glossed-word": [
        "The campaign played on the idea of 'lekker' (nice, enjoyable) value.",
        "Many customers save through a stokvel (a rotating savings club).",
        "Messaging in isiZulu ('Siyabonga', thank you) tested well in KwaZulu-Natal.",
    ],
    "province-city": [
        "The pilot ran in Gqeberha (formerly Port Elizabeth) and East London.",
        "Distribution covers Gauteng (GP), the Western Cape (WC) and KwaZulu-Natal (KZN).",
    ],
    "survey-code": [
        "Respondent R{d} (female, 24, Soweto) described the app as easy to use.",
        "Question Q{d} of the survey (n = {n}) asked about switching intentions.",
    ],
    "interview-code": [
        "Interviewee P{d} (store manager, Durban) stressed the role of queue times.",
        "A brand manager (Interview 3, {Y}) said the agency brief changed twice.",
    ],
    "figure-table": [
        "Figure {d} (below) maps the customer journey for a new account holder.",
        "Table {q} summarises the segments (see Appendix {q}).",
    ],
    "appendix": [
        "The full media plan is in Appendix B (pages 14 to 16).",
        "See Appendix {q} for the Gantt chart (Q{q} {Y} to Q{q} {Y2}).",
    ],
    "course-reference": [
        "This report answers Task 1 (a) of the CIM Level 6 Diploma in Professional Marketing assignment.",
        "The word count (3 000 words, excluding appendices) follows the assessment brief.",
    ],
    "model-name": [
        "The analysis uses the PESTLE framework and Porter's Five Forces.",
        "The 7Ps of the services marketing mix frame the recommendations.",
        "RACE (Reach, Act, Convert, Engage) structures the digital plan.",
    ],
    "award": [
        "The campaign won a Gold Loerie in {Y} and was shortlisted at Cannes Lions.",
        "{B} was named the coolest brand in the Sunday Times Generation Next survey ({Y}).",
    ],
    "product-name": [
        "The new 'Castle Lite Extra Cold' pack (440ml) was launched in {Y}.",
        "Sales of the Savanna Dry (330ml) and Hunter's Gold multipacks grew in the quarter.",
    ],
    "price-point": [
        "The Dry Lemon 6-pack was priced at R{n},99 (down from R{d}9,99).",
        "The entry contract costs R99 pm (x 24 months).",
    ],
    "data-bundle": [
        "The 1GB bundle fell to R{d}9 (valid 30 days) after the ruling.",
        "Night Express bundles (00:00 to 05:00) were discontinued in {Y}.",
    ],
    "ad-slogan": [
        "The tagline 'Inspired by you' sits across all touchpoints.",
        "Its long-running slogan “Jou Pa Se Kind” still tests well among older drinkers.",
    ],
    "media-title": [
        "The brand sponsored Idols SA and the Durban July in {Y}.",
        "An advertorial ran in the Sunday Times Lifestyle supplement and on 5FM.",
    ],
    "sponsorship-event": [
        "The bank renewed its sponsorship of the Comrades Marathon (June {Y}).",
        "Sponsorship of the Springboks (Rugby World Cup {Y}) lifted brand awareness.",
    ],
    "warning-label": [
        "All packs carry the warning 'Not for sale to persons under the age of 18'.",
        "The ads end with the line 'Enjoy responsibly. Not for persons under 18.'",
    ],
    "version-date": [
        "The privacy notice (version 3.{d}, updated March {Y}) explains the opt-out.",
        "Terms and conditions (T&Cs) were last revised on {d} July {Y}.",
    ],
    "kpi-metric": [
        "Net Promoter Score (NPS) rose from {d} to {n} between {Y} and {Y2}.",
        "Cost per acquisition (CPA) fell to R{n} after the retargeting test.",
    ],
    "time-date": [
        "The webinar runs on {d} May {Y} at 10:00 (SAST).",
        "Stores open from 07:00 to 21:00 (Monday to Sunday).",
    ],
    "job-title": [
        "The Head of CRM (Customer Value Management) reports to the CMO.",
        "Approval sits with the Brand Manager (Spirits) and the Trade Marketing Director.",
    ],
}

BRANDS = ["Shoprite", "Checkers", "Pick n Pay", "Woolworths", "Mr Price", "Pep", "Ackermans", "TFG", "Capitec",
          "FNB", "Standard Bank", "Absa", "Nedbank", "Old Mutual", "Discovery", "Vodacom", "MTN", "Telkom", "Cell C",
          "SAB", "Castle Lager", "Distell", "KWV", "Savanna", "Nando's", "Steers", "Debonairs", "Spar", "Clicks",
          "TymeBank"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """No placeholders of its own: the builder's {B}, {Y}, {Y2}, {n}, {d} and {q} suffice."""
    return {}
