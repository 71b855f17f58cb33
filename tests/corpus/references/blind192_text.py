"""The blind192 pool's prose (HELD OUT): frames, claims and decoys as marketers in South Africa, Namibia, Botswana,
Lesotho and Eswatini and their diaspora write CIM Level 6 and 7 reports and MBA assignments.

A hundred-and-ninety-second independent pool, written without reading the checker, its tests or any other pool:
candidates at banks and fintechs, telecoms, retailers, food and drink makers, media and agencies in Johannesburg,
Sandton, Tshwane, Cape Town, Durban, Gqeberha, Windhoek, Gaborone, Maseru and Mbabane, and South Africans in
London, Perth, Auckland, Toronto and Dubai. British spelling with South African habits: rand written "R2,5 million",
"R1.2bn" and "R12 500", N$ and pula, Acts numbered "Act 4 of 2013", Government Gazette numbers, ARB rulings, the
public holidays (Youth Day, Heritage Day, Freedom Day, Women's Day), Black Friday, load-shedding stages, the Loeries
and Pendoring, B-BBEE levels, JSE codes, MAPS and LSM groups, and words in Afrikaans, isiZulu and Sesotho glossed in
brackets, none of them citations.

HELD OUT: nobody tunes the checker on this pool until its first tables have been read.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Capitec", "FNB", "Absa", "Standard Bank", "Nedbank", "Discovery Bank", "TymeBank", "Old Mutual",
          "Sanlam", "Yoco", "Ozow", "SnapScan", "Bank Windhoek", "Vodacom", "MTN", "Cell C", "Telkom", "Rain",
          "Mascom", "Orange Botswana", "MTC", "Checkers", "Shoprite", "Pick n Pay", "Woolworths", "Spar", "Clicks",
          "Dis-Chem", "Mr Price", "Pep", "Takealot", "Makro", "Game", "Builders", "Choppies", "Sefalana",
          "Castle Lager", "Savanna", "Amarula", "Simba", "Nando's", "Steers", "Spur", "Ouma", "Mrs Ball's",
          "Windhoek Lager", "Clover", "DStv", "Showmax", "Kulula", "FlySafair", "Mr D", "Uber Eats SA",
          "Checkers Sixty60", "Woolies", "Tiger Brands", "Distell", "SAB"]  # fmt: skip

NARRATIVE_START = [
    "{N} argues that {C}.", "{N} found that {C}, although the sample was drawn only from Gauteng.",
    "{N} contends that {C}.", "{N} concluded that {C}, which is relevant to {B}.",
    "{N} reported that {C} in the South African market.", "{N} highlights that {C}, especially for {A}.",
    "{N} notes that {C}; this mirrors what {B} has seen since load-shedding intensified.",
    "{N} warns that {C}.", "{N} established that {C} among LSM 6 to 8 households.",
    "{N} makes the point that {C} – something {B} cannot afford to ignore.",
    "{N} explain that {C}.", "{N} observed that {C} in Botswana and Namibia as well.",
    "{N} is of the view that {C}.", "{N} maintains that {C}, particularly in the townships.",
    "{N} demonstrated that {C} and that {C2}.", "{N} suggests that {C}, e.g. in grocery retail.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Gauteng shoppers, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which confirms the findings of {N}.",
    "{C} – a view echoed by {N}.", "As pointed out by {N}, {C}.", "According to {N}, {C}.",
    "{B} illustrates this well: {N} showed that {C}.", "Research conducted by {N} indicates that {C}.",
    "A study by {N} in the Western Cape found that {C}.", "{C}, as {N} observed in their review of {T}.",
    "Drawing on {N}, it can be argued that {C}.", "{C}; however, {N} found the opposite among {A}.",
    "In Namibia, too, {N} found that {C}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "Following {N}, {B} should recognise that {C}.", "{C}, according to {N}.",
    "Similar results were reported in Gaborone by {N}, who noted that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Applying {N} framework to {B}, it is evident that {C}.",
    "{O}, {N} study concluded that {C}.", "{N} findings are useful for {B} because {C}.",
    "This supports {N} argument that {C}.", "{N} model of township retail shows how {C}.",
    "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This is important because {C} {P}.", "{C}, especially on prepaid data {P}.",
    "It is often argued that {C} {P:see}.", "Several local studies report that {C} {P:e.g.}.",
    "{C} (see Figure {q}) {P}.", "{B}’s results suggest that {C} {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Locally, {C} {P}.", "South African data confirm this: {C} {P}.",
    "{C} in Mzansi {P}.", "{C} {P:see also}.", "{C}, as a number of SADC studies show {P:for example,}.",
    "Since the pandemic, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is equally true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should ensure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "{C} {P}: in other words, {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to trust {T} than traditional advertising",
    "load-shedding has shifted grocery shopping to weekends and off-peak hours",
    "{B}'s reliance on {T} leaves it exposed if data prices rise",
    "the high cost of data makes zero-rated apps attractive to {A}",
    "rewards programmes drive {R} among middle-income shoppers",
    "township consumers are brand loyal but highly price-sensitive",
    "stokvels remain an important channel for bulk grocery purchases",
    "{T} improved {R} by roughly {q}0% in one pilot",
    "brands that ignore the informal sector miss a large share of the market",
    "WhatsApp is the first digital touchpoint for many small businesses",
    "{A} expect a seamless experience across app, web and store",
    "B-BBEE credentials influence corporate buyers more than consumers",
    "{B} could {bs} to win back {A}", "humour works well in South African advertising",
    "multilingual campaigns outperform English-only ones in KwaZulu-Natal",
    "POPIA has made brands more careful about direct marketing by SMS",
    "cross-border shoppers from Botswana and Namibia value the weaker rand",
    "purpose-led campaigns only work when the brand acts on its promise",
    "{T} only drives {R} when the offer is relevant", "digital banks win customers on low fees",
    "the cost-of-living crisis has made {A} trade down to private labels",
    "Black Friday now stretches over the whole of November",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In South Africa", "For {B}",
    "Since the pandemic", "In the context of {B}", "From a customer perspective", "Nevertheless", "Consequently",
    "Within the SADC region", "As a result", "Looking at {B}'s competitors", "Overall", "Locally",
    "In the township economy", "With load-shedding in mind",
]  # fmt: skip
PLAIN = [
    "{B} was founded in South Africa and now trades in {q} other SADC countries.",
    "This report analyses {B}'s current digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Facebook page has over {n}k followers, but engagement is low.",
    "The plan is costed in rand and phased over twelve months.", "{O}, {C}.",
    "{B} uses Google Ads, Meta and TikTok, with most of its budget on paid social.",
    "Customers can buy online, through the app or in store, and collect at a Pargo point.",
    "A PESTLE analysis of {B} is included in Appendix {q}.",
    "The main competitors are {B} and two smaller regional players.",
    "Task 2 builds on this by proposing a content plan for the next financial year.",
    "I work in the marketing team at {B} in Sandton.", "{B} opened a new branch in {Z} last year.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{N} put it bluntly: {Q}.", "It has been said that {Q} {P}.",
    "{B} would do well to remember that {Q} {P}.", "{N} wrote that {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘lekker’", "‘local is lekker’", "‘Ubuntu’", "‘now-now’", "‘just now’", "‘Mzansi magic’",
                "‘township economy’", "‘grudge purchase’", "‘braai culture’", "‘Proudly South African’"]  # fmt: skip
SCARE_FRAMES = [
    "Brands now talk of {Q} marketing {P}.", "{B} calls its approach {Q} {P}.",
    "Marketers describe this as {Q} {P}.", "{N} calls this {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Braai Day deals: up to 40% off’", "‘Load-shedding survival kit inside’",
                 "“Your Black Friday early access starts now”", "‘Ke nako: R100 off your next order’",
                 "“Sawubona! Your rewards are waiting”", "‘Payday specials end Sunday’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} lifted open rates {P}.", "An email headed {Q} performed best {P}.",
    "{B} sent {Q} to lapsed customers {P}.", "{N} cites the subject line {Q} as an example.",
]  # fmt: skip

# Text with brackets, years, figures and names that is no citation and must raise no problem.
NOT_CITATIONS = {
    "sa-act-number": ["Direct marketing must follow the Protection of Personal Information Act 4 of 2013 (POPIA).",
                      "Customers may cancel under the Consumer Protection Act 68 of 2008, s 16.",
                      "Online sales are covered by the Electronic Communications and Transactions Act 25 of 2002 (ECTA), s 44."],
    "act-section": ["{B} must disclose its terms in plain language (CPA, s 22).",
                    "Consent for electronic marketing is needed under POPIA, s 69(1)."],
    "gazette-number": ["The regulations were published in GG 37067 on 26 November 2013.",
                       "The codes of good practice appeared in the Government Gazette (No. 36928, 11 October 2013)."],
    "bee-level": ["{B} is a Level {q} B-BBEE contributor (verified {Y}).",
                  "Suppliers must hold at least a Level 2 rating (B-BBEE scorecard, {Y})."],
    "rand-amount": ["The campaign budget was R2,5 million ({Y}/{Y2} financial year).",
                    "Revenue reached R1.2bn (up {q}% on {Y}).", "A basic data bundle costs R{n} (30 days)."],
    "rand-spaced": ["The average basket rose to R12 500 per month ({Y} figures).",
                    "Each store spends about R45 000 on signage (excl. VAT)."],
    "namibian-dollars": ["In Windhoek the same bundle sells for N$99 (about R99, since the currencies are pegged).",
                         "Bank Windhoek charges N$5,50 per transaction ({Y} tariff guide)."],
    "pula": ["Choppies sells a 2 kg bag of maize meal for P{q}5 (BWP).",
             "Mascom's 1GB data bundle costs P{q}9 (BWP, valid 30 days)."],
    "arb-ruling": ["The ARB upheld the complaint against the advert (Ruling {n}/{Y}).",
                   "The advert was withdrawn after an ARB ruling (Clause 4.2.1 of Section II)."],
    "regulator-year": ["ICASA raised the data price issue again ({Y} inquiry).",
                       "The FSCA fined the insurer R{n} million ({Y})."],
    "competition-case": ["The merger was approved with conditions (Case No. LM{n}Jan{Y}).",
                         "The Data Services Market Inquiry (launched in 2017) forced data prices down."],
    "public-holiday": ["Sales peak before Heritage Day (24 September), also known as Braai Day.",
                       "The campaign launched on Youth Day (16 June {Y}).",
                       "Stores close early on Day of Reconciliation (16 December)."],
    "freedom-day": ["Freedom Day (27 April 1994) is now a shopping weekend for many families.",
                    "Women's Day (9 August) campaigns often recall the march of 1956."],
    "load-shedding-stage": ["Trading hours were cut during Stage 6 load-shedding ({Y}).",
                            "Footfall fell by {q}0% when Eskom moved to Stage 4 (February {Y})."],
    "black-friday": ["Takealot's Blue Dot Sale (Black Friday {Y}) broke its own record.",
                     "Orders doubled on Black Friday (24 November {Y})."],
    "award": ["The campaign won a Gold Loerie (Loeries {Y}).", "It took a Pendoring Grand Prix ({Y}).",
              "The agency won a Grand Prix at Cannes Lions ({Y})."],
    "sports-event": ["Sponsorship peaked during the Rugby World Cup (France {Y}).",
                     "{B} sponsors the Comrades Marathon (about 90 km, Durban to Pietermaritzburg).",
                     "The activation ran at the Cape Town Jazz Festival ({Y})."],
    "historic-person": ["Nelson Mandela (1918–2013) is still used in brand campaigns with care.",
                        "Thabo Mbeki's 'I am an African' speech (8 May 1996) inspired a bank advert."],
    "celebrity": ["The campaign starred Siya Kolisi (Springbok captain since 2018).",
                  "{B} signed Trevor Noah (born 1984) for a single TV spot.",
                  "Brand ambassador Bonang Matheba ({q}m Instagram followers) fronted the launch."],
    "founded-year": ["Shoprite (founded 1979) now has over {q} 000 stores.", "Nando's (est. 1987, Rosettenville) grew worldwide.",
                     "Mrs Ball's chutney (first sold in 1918) remains a household name."],
    "jse-code": ["Shoprite is listed on the JSE (JSE: SHP).", "Capitec's share price (JSE: CPI) rose after results.",
                 "MultiChoice (JSE: MCG, {Y}) delisted its US shares."],
    "company-registration": ["Yoco Technologies (Pty) Ltd (Reg. No. 2013/{n}23/07) processes card payments.",
                             "The agency trades as a CC (CK {Y}/0{n}12/23)."],
    "legal-form": ["The company is a non-profit (NPC) registered in {Y}.",
                   "{B} is owned by a Proprietary Limited company (Pty Ltd) based in Stellenbosch."],
    "survey-sample": ["Most respondents agreed (n = {n}).", "Half of the panel agreed (n = {n}, Soweto and Tembisa).",
                      "The online survey ran for three weeks (1–21 March {Y})."],
    "lsm-group": ["The target market is LSM 7–10 (Living Standards Measure, retired in 2015).",
                  "Fieldwork for the MAPS survey (launched in 2017) replaced AMPS.",
                  "{B}'s customers are mainly SEM 6–8 (Socio-Economic Measure)."],
    "figure-table": ["Results are shown in the chart (Figure {q}).", "See the competitor map (Table {q}) above.",
                     "The funnel is set out in Appendix {q} (p. {n})."],
    "quarter-year": ["Sales grew in the third quarter (Q{q} {Y}).", "Data revenue rose (H1 FY{Y})."],
    "financial-year": ["Results are for the year ended 28 February {Y} (FY{Y}).",
                       "The budget covers the {Y}/{Y2} financial year (1 March to 28 February)."],
    "vat-rate": ["Prices include VAT (15%).", "Zero-rated basic foods (brown bread, maize meal) are exempt from VAT."],
    "data-bundle": ["The Vodacom Red {q}GB contract (R{n} p/m) is aimed at professionals.",
                    "MTN's Night Express bundle ({q}GB, 00:00–05:00) appeals to students."],
    "product-model": ["{B} ran ads for the Samsung Galaxy A{q}5 (R3 999).", "The Toyota Hilux (GR-S, {Y}) is South Africa's top-selling bakkie."],
    "ussd-shortcode": ["Customers can check balances by dialling *120*{n}# (USSD).",
                       "Enter the competition by SMS to 3{n}1 (R1,50 per SMS)."],
    "phone-number": ["The call centre (0860 {n} 123) is open on weekends.", "Customers can WhatsApp the bank on 060 {n} 0001."],
    "postal-code": ["The flagship store is at Sandton City (Rivonia Road, 2196).",
                    "The distribution centre is in Midrand (1685, Gauteng)."],
    "place-province": ["Stores in Polokwane (Limpopo) and Mbombela (Mpumalanga) trade best.",
                       "Gqeberha (formerly Port Elizabeth) hosted the launch.",
                       "Most outlets are in eThekwini (Durban)."],
    "language-gloss": ["The slogan uses 'sharp sharp' (Tsotsitaal for 'OK, goodbye').",
                       "The word 'lekker' (Afrikaans: nice, tasty) appears in the tagline.",
                       "Customers were greeted with 'Dumela' (Setswana: hello) in Gaborone stores."],
    "isizulu-tagline": ["The tagline 'Siyabonga Mzansi' (isiZulu for 'thank you, South Africa') ran on radio.",
                        "The Isolezwe campaign used 'Sikhuluma isiZulu' (we speak isiZulu)."],
    "hashtag": ["The #BraaiDay ({Y}) campaign trended for two days.", "User posts with #LocalIsLekker rose by {q}0%."],
    "campaign-slogan": ["Capitec's slogan ('Live better') ran from {Y}.", "The 'Proudly South African' logo ({Y}) appears on the pack."],
    "census-figure": ["South Africa's population passed 62 million (the first census counted partly online, 2022).",
                      "Unemployment stood at 32,{q}% (narrow definition, Q{q} {Y})."],
    "exchange-rate": ["At the time R19,{q} bought one US dollar (ZAR/USD, {Y}).", "The rand weakened sharply (R23 to the pound in {Y})."],
    "course-code": ["This assignment answers the CIM brief (Level 7, unit {q}, June {Y} sitting).",
                    "The module code is MBA8{n} (semester 2)."],
    "word-count": ["Word count: 3 {n} (excluding tables).", "The report is 2 500 words (± 10%)."],
    "store-count": ["Checkers Sixty60 delivers from {n} stores (within 60 minutes).",
                    "Pep opened its 2 500th store (Lesotho, {Y})."],
    "time-24h": ["Stores open at 07:00 and close at 21:00 (Monday to Saturday).",
                 "The flash sale ends at 23:59 (SAST) tonight."],
    "diaspora-place": ["Many South Africans in Perth (Western Australia) still buy biltong online.",
                       "The Saffa community in London (Wimbledon, Putney) orders rusks from specialist shops.",
                       "A Toronto store (Canada, est. {Y}) stocks Mrs Ball's and Ouma."],
    "thesis-supervisor": ["My supervisor (Prof. Dlamini, GIBS) approved the questionnaire.",
                          "Dr van Wyk (UJ, Department of Marketing Management) gave feedback on the draft."],
    "interviewee-code": ["One store manager (Respondent {q}, Soweto) put it simply.",
                         "A brand manager (Interviewee B, Sandton, {Y}) disagreed."],
    "road-route": ["Most trucks use the N1 (Johannesburg to Cape Town).", "The billboard stands on the N3 (Durban–Johannesburg) at Harrismith."],
    "township-name": ["Spaza shops in {Z} (a township of about {n} 000 residents) stock the brand.",
                      "The pop-up store in {Z} (open Friday to Sunday) sold out."],
    "exam-brief": ["The CIM brief (Task 1, {Y}) asks for a competitor analysis.",
                   "The pre-release material (June {Y}) describes {B}'s position."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use: a township or location."""
    return {"Z": rng.choice(["Soweto", "Khayelitsha", "Umlazi", "Mamelodi", "Tembisa", "Katutura", "Old Naledi"])}
