"""Prose for the hundred-and-second held-out pool, "blind102": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a
hundred-and-second hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how brand, CRM, digital, member-engagement, destination and communications marketers in Montréal, Québec
City, Laval, Gatineau, Sherbrooke, Trois-Rivières, Saguenay, Moncton, Edmundston and Ottawa write: bilingual
candidates on CIM Level 6 and 7 courses and MBAs taught in English, at caisses and credit unions, insurers,
telecoms, grocers and pharmacy chains, dairy and maple co-operatives, ski resorts, tourism boards, theatres,
festivals and Crown corporations. Their text is full of capitals, years, brackets and quotation marks that cite
nothing: statutes and their chapters (S.Q. 2021, c. 25; CQLR c C-11), CRTC decision numbers, Loi 25 and Bill 96,
Fête nationale, moving day and Tintamarre dates, prices with French spacing (1 234,56 $), firms' legal forms
(inc., ltée, s.e.n.c., coopérative), French terms glossed in brackets, survey waves, branch and store numbers.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} shows that {C}.",
    "{N} found that {C}, which matters for {B}.",
    "{N} argues that {C}.",
    "{N} reports that {C}; the same pattern is visible in Québec.",
    "{N} makes the case that {C}.",
    "{N} notes that {C}, particularly outside Montréal.",
    "{N} observed that {C}.",
    "{N} concludes that {C}, and the caisses network is no exception.",
    "{N} suggests that {C}.",
    "{N} demonstrates that {C}, a finding {B} should take seriously.",
]  # fmt: skip

NARRATIVE_MID = [
    "As {N} points out, {C}.",
    "For the Québec market, {N} shows that {C}.",
    "In the Acadian context, {N} found that {C}.",
    "Building on this, {N} argues that {C}.",
    "According to {N}, {C}.",
    "This is consistent with {N}, who found that {C}.",
    "Here the work of {N} is useful: {C}.",
    "Closer to home, {N} notes that {C}.",
    "In francophone Ontario too, {N} observes that {C}.",
    "{B}'s marketing team could learn from {N}, who shows that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} survey of members found that {C}.",
    "{N} model suggests that {C}.",
    "{N} study of Québec shoppers shows that {C}.",
    "Applying {N} framework, {C}.",
    "{N} analysis is clear: {C}.",
    "{N} work on co-operatives suggests that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{C}, especially among francophone consumers {P}.",
    "{O} {C} {P}.",
    "There is good evidence that {C} {P}.",
    "{C}, a point that holds in New Brunswick as well {P}.",
    "It is widely accepted that {C} {P}.",
    "Research on co-operatives shows that {C} {P}.",
    "{C}, and this is even truer for {B} {P}.",
    "For a Crown corporation, {C} {P}.",
    "Studies of the Québec market confirm that {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, which explains why {B} invests in it.",
    "Since {C} {P}, the plan starts with members.",
    "{C} {P}; {C2}.",
    "Because {C} {P}, the campaign runs in both languages.",
    "{O} {C} {P}, so the brief must reflect it.",
    "Given that {C} {P}, {B} should act before the rentrée.",
    "{C} {P}, although {C2}.",
    "While {C} {P}, the regions differ.",
]  # fmt: skip

CLAIMS = [
    "members of a co-operative expect the brand to behave like an owner, not a seller",
    "trust in financial institutions is built at the branch level before it shows up in the app",
    "French-language advertising outperforms translated English creative in Québec",
    "loyalty programmes lose value when points cannot be redeemed close to home",
    "{A} switch wireless providers mainly on price and only secondarily on network quality",
    "local provenance is a stronger purchase driver for dairy than organic certification",
    "festival audiences remember sponsors that add to the experience rather than interrupt it",
    "destination campaigns work best when residents recognise themselves in them",
    "consent-based email lists produce fewer but more valuable conversions",
    "Acadian consumers respond to brands that acknowledge their identity without folklorising it",
    "the perceived fairness of pricing shapes satisfaction more than the price level itself",
    "personalisation is welcomed only when customers understand which data is being used",
    "community involvement is a credible differentiator for credit unions",
    "grocery shoppers in Québec are increasingly loyal to flyers rather than to banners",
    "word of mouth among {A} travels faster through Facebook groups than through Instagram",
    "the switch to digital banking has weakened the emotional bond with the local caisse",
    "{T} drives short-term sales but rarely builds long-term preference",
    "small ski resorts compete on community and atmosphere rather than on vertical drop",
    "the maple brand of Québec carries a premium abroad that domestic buyers rarely pay",
    "privacy regulation has pushed marketers to rebuild their first-party data",
    "pharmacy banners have become convenience destinations for everyday purchases",
    "bilingual consumers judge a brand harshly when its French reads as a translation",
    "cultural organisations depend on subscriber loyalty more than on single-ticket buyers",
    "{B} gains more from retention than from acquisition in a saturated market",
    "member dividends are remembered better when they are tied to a visible local project",
]  # fmt: skip

OPENERS = [
    "In Québec,",
    "For {B},",
    "Outside the Montréal region,",
    "Among francophone consumers,",
    "In New Brunswick,",
    "For a co-operative,",
    "Since the pandemic,",
    "In the grocery sector,",
    "For tourism operators,",
    "In Eastern Ontario,",
]  # fmt: skip

PLAIN = [
    "The recommendations below are grouped by audience and by channel.",
    "This section sets out the current position of {B} before the options are compared.",
    "The member survey was run internally and its results are summarised in the appendix.",
    "Each option is costed and scheduled in the implementation plan that follows.",
    "The analysis uses the organisation's own data alongside published research.",
    "Two audiences matter most here: existing members and young adults who have not yet chosen a financial institution.",
    "The campaign would run in French first, with English adaptations where the market calls for them.",
    "Budget figures are indicative and would be confirmed with the finance team.",
    "The following paragraphs look at the competitive position of {B} in more detail.",
    "None of the options requires a change to the brand architecture.",
    "The evaluation plan combines media metrics with brand tracking.",
    "The regional teams were consulted informally while preparing this report.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} puts it plainly: {Q}.",
    "As {N} writes, {Q}.",
    "{Q} {P}.",
    "In the words of {N}, {Q}.",
    "One author summarises the challenge: {Q} {P}.",
    "The point is made directly: {Q} {P}.",
    "{N} is blunt: {Q}.",
]  # fmt: skip

SCARE_QUOTES = [
    "achat local",
    "member experience",
    "proximité",
    "one Desjardins",
    "Québec-first",
    "phygital",
    "bleu",
    "fait ici",
    "digital by default",
    "coopérative de cœur",
]  # fmt: skip

SCARE_FRAMES = [
    "The so-called “{Q}” positioning is not new {P}.",
    "Much is claimed for “{Q}” in retail marketing {P}.",
    "{N} treats “{Q}” as a strategy rather than a slogan.",
    "What managers call \"{Q}\" is often a promise the network cannot keep {P}.",
    "The idea of ‘{Q}’ has spread from grocery to banking {P}.",
    "{N} is sceptical of “{Q}” as a differentiator.",
]  # fmt: skip

SUBJECT_LINES = [
    "Votre ristourne est arrivée",
    "Your member dividend is here",
    "Last chance: season passes at the early-bird price",
    "C'est le temps des sucres!",
    "Bonne Fête nationale from all of us",
    "Moving on 1 July? Bring your internet with you",
    "Your flyer for this week",
    "Tintamarre 2024: on fait du bruit!",
    "Merci d'être membre",
    "Black Friday starts now",
]  # fmt: skip

SUBJECT_FRAMES = [
    "An email with the subject line “{Q}” had the highest open rate of the year, in line with research on timing {P}.",
    "The subject line \"{Q}\" works because it speaks to members directly {P}.",
    "{N} would classify a message such as “{Q}” as relational rather than promotional.",
    "A push notification reading “{Q}” is the kind of message that builds habit {P}.",
    "{N} warns that a line like ‘{Q}’ only works if the offer behind it is real.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "statute-chapter": [
        "Since September 2023, Law 25 (S.Q. 2021, c. 25) has required {B} to publish a privacy policy in clear and simple terms.",
        "The consent screen was redesigned for the Act respecting the protection of personal information in the private sector (CQLR c P-39.1).",
        "Commercial electronic messages must meet CASL (S.C. 2010, c. 23), so the welcome series asks for express consent.",
    ],
    "charter-section": [
        "Under the Charter of the French language (CQLR c C-11), the packaging copy must give French at least equal prominence.",
        "Section 51 of the Charter (CQLR c C-11) covers product inscriptions, which affects the gift-box range.",
    ],
    "bill-number": [
        "Bill 96 (2022) tightened the rules on trademarks in public signage, so the storefront at {city} needs a French descriptor.",
        "Since Bill 64 became Law 25, the CRM team has kept a register of every consent obtained.",
        "Bill C-27 (Digital Charter Implementation Act, 2022) may replace PIPEDA, so the plan is reviewed yearly.",
    ],
    "consumer-act-section": [
        "Sections 248 and 249 of the Consumer Protection Act (CQLR c P-40.1) forbid advertising aimed at children under 13, which rules out the cartoon mascot.",
        "Any contest must respect the Loi sur la protection du consommateur (CQLR c P-40.1), s. 248.",
    ],
    "crtc-decision": [
        "The CRTC's decision on wholesale fibre access (Telecom Decision CRTC 2023-358) changes the pricing room for regional ISPs.",
        "Broadcasting Regulatory Policy CRTC 2023-138 is relevant to the podcast sponsorship plan.",
        "Following Telecom Regulatory Policy CRTC {yr}-{n}, the plan avoids any promise of unlimited data.",
    ],
    "official-languages": [
        "As a provincial agency in New Brunswick, the client is bound by the Official Languages Act (SNB 2002, c O-0.5) to serve customers in both languages.",
        "Every sign at the Edmundston branch follows the Official Languages Act (SNB 2002, c O-0.5).",
    ],
    "pipeda": [
        "Outside Québec the loyalty data falls under PIPEDA (S.C. 2000, c. 5), which is why the Ottawa stores have a separate notice.",
        "The data-sharing clause was checked against PIPEDA (S.C. 2000, c. 5) and Law 25 in parallel.",
    ],
    "french-price": [
        "The annual season pass is priced at {price} before tax, against 1 099,00 $ at the nearest competitor.",
        "The average basket in the {city} store rose to {price} (taxes incluses) in Q{q}.",
        "Members who switch receive a 150 $ credit (valeur de 150,00 $) on their first statement.",
    ],
    "tax-rate": [
        "Prices in the flyer exclude GST (5%) and QST (9.975%).",
        "In New Brunswick the HST (15%) is shown separately at checkout.",
    ],
    "percent-survey-raw": [
        "In our own member survey (n = {n}), {pct}% said they would recommend the caisse to a friend.",
        "Of the {n} respondents (Montréal CMA, online panel), {pct}% had used the app in the last month.",
    ],
    "fete-nationale": [
        "The campaign peaks around the Fête nationale (24 June) and pauses for Canada Day (1 July).",
        "Saint-Jean-Baptiste (24 June) is the single busiest day for the SAQ's outdoor displays.",
    ],
    "moving-day": [
        "Moving day (1 July) is the telecoms' biggest acquisition window of the year in Montréal.",
        "Around 1er juillet, installation slots are booked out three weeks in advance.",
    ],
    "tintamarre": [
        "The Festival acadien de Caraquet ends with the Tintamarre on 15 August, National Acadian Day.",
        "For the Tintamarre (15 août), the branches in the Acadian Peninsula hand out flags and noisemakers.",
    ],
    "carnaval-sucres": [
        "The Carnaval de Québec (31 January to 9 February {yr}) is the winter anchor of the plan.",
        "During the temps des sucres (March and April), the sugar-shack partnership runs in-store tastings.",
    ],
    "retail-calendar": [
        "Black Friday (last Friday of November) and Boxing Day (26 December) account for {pct}% of online revenue.",
        "The rentrée (late August) campaign is the second-largest of the year for the pharmacy banner.",
    ],
    "legal-form": [
        "The supplier, Emballages {surname} inc., invoices through its holding, Gestion {surname} s.e.n.c.",
        "{B} operates its stores through a subsidiary (Distribution {surname} ltée) and a franchise network.",
        "The caisse is a coopérative de services financiers, not a bank, which changes how it can advertise returns.",
    ],
    "caisse-transit": [
        "The pilot ran at the Caisse Desjardins de {city} (transit 815-{n}) and two service centres.",
        "Branch 0{n} ({city}) was chosen as the control site for the test.",
    ],
    "store-number": [
        "Store #{n} ({city}, Boulevard Taschereau) had the strongest uplift during the promotion.",
        "The flagship pharmacy (succursale {n}) stays open until midnight.",
    ],
    "bracket-glossary": [
        "The ristourne (member dividend) is the clearest proof of co-operative difference.",
        "Staff call it the “virage numérique” (digital shift), but members still expect a person on the phone.",
        "Young adults often choose their first institution at the cégep (pre-university college) stage.",
    ],
    "bracket-french-name": [
        "The Alliance de l'industrie touristique du Québec (Québec Tourism Industry Alliance) leads the provincial brand.",
        "The Office de la protection du consommateur (Consumer Protection Bureau) publishes complaint statistics each year.",
    ],
    "acronym-expansion": [
        "The ATR (association touristique régionale) for the region co-funds the summer campaign.",
        "Net Promoter Score (NPS) is tracked monthly alongside customer effort score (CES).",
        "The OQLF (Office québécois de la langue française) must approve the francization programme.",
    ],
    "media-name": [
        "The launch was covered by La Presse+, Le Devoir and Acadie Nouvelle in the same week.",
        "Paid placements are booked in Le Journal de Montréal and the Montreal Gazette, with digital extensions.",
    ],
    "pollster-wave": [
        "The brand tracker (Léger, wave {q}, fielded in {month} {yr}) will be repeated after launch.",
        "A CROP omnibus question has been budgeted for the autumn wave.",
    ],
    "award": [
        "The campaign won a Grand Prix at the Prix Créa ({yr}) and was shortlisted at the Cannes Lions.",
        "Agropur's plant in {city} received a Mercure award (Fédération des chambres de commerce du Québec) in {yr}.",
    ],
    "hashtag-handle": [
        "The user-generated content drive runs under #AchatLocal{yr2} and the handle @{handle}.",
        "Posts tagged #SkiQuébec and #{handle} are reposted on the resort's stories.",
    ],
    "url-plain": [
        "Members book appointments at desjardins.com/rendez-vous or through the app.",
        "The contest rules are posted at www.{handle}.ca/reglements.",
    ],
    "campaign-slogan": [
        "The new platform line, “{slogan}”, will replace the current tagline in {yr2}.",
        'The retailer\'s long-running tagline "{slogan}" is still recognised by most shoppers.',
    ],
    "product-model": [
        "The Helix 2.0 set-top box (model 4K-{n}) is bundled with the Premium Internet plan.",
        "The iPhone 15 (128 Go) is offered at 0 $ upfront on a 24-month plan.",
    ],
    "plan-name": [
        'The "Jeunesse" account (ages 18–24) has no monthly fees for three years.',
        "The Forfait Mobile 60 Go ({price} per month) is the hero offer of the Black Friday push.",
    ],
    "loyalty-points": [
        "Members earn 1 point per dollar (2 points on Saturdays) with the banner's loyalty card.",
        "At 1 000 points = 10 $, the reward is easy to explain in one line.",
    ],
    "phone-number": [
        "The contact centre (1 800 CAISSES) handles {n} calls a day in peak season.",
        "Customers text PROMO to 20{n} to receive the offer.",
    ],
    "fiscal-quarter": [
        "Revenue for Q{q} {yr} (fiscal year ending 30 September) was flat year on year.",
        "The results for fiscal {yr}–{yr2} were published in December.",
    ],
    "time-range": [
        "The terrace is open from 11 h 30 to 22 h (Thursday to Sunday) during the festival.",
        "Lift tickets are half price from 15 h 30 (night skiing).",
    ],
    "address": [
        "The new experience centre is at 1170, rue Peel, Montréal (Québec) H3B 4P2.",
        "The head office moved to 100, rue Main, Moncton (N.-B.) E1C 1B9 in {yr}.",
    ],
    "edition-festival": [
        "The {edition} edition of the festival (June–July {yr}) sold {pct}% more passes than the previous one.",
        "For its 40th anniversary (1984–2024), the company staged a free show in the Old Port.",
    ],
    "title-quoted-show": [
        "Shows such as “Kooza” and “Alegría” are used in the tourism board's international advertising.",
        'The sponsorship of the TV series "District 31" gave the brand daily visibility.',
    ],
    "census-figure": [
        "French is the first official language spoken of about 31% of New Brunswickers (2021 Census).",
        "The francophone population of Ontario (about 650 000 people, 2021 Census) is concentrated in the east and north.",
    ],
    "course-unit": [
        "This report answers Task 2 of the CIM Level 7 module (Marketing and Digital Strategy, June {yr} sitting).",
        "As required by the MBA brief (MKT 6{n}, Winter {yr}), the plan covers three years.",
    ],
    "figure-table-ref": [
        "Figure 3 (below) compares the share of wallet by age group.",
        "The media mix is summarised in Table 2 (Appendix B).",
    ],
    "ratio-weeks": [
        "The test ran for 8 weeks (4 of exposure, 4 of follow-up) in two markets.",
        "A 60/40 split (French/English) was applied to the Gatineau–Ottawa budget.",
    ],
    "regulation-guideline": [
        "The Competition Bureau's guidelines on environmental claims (June {yr}) make the “green” wording risky.",
        "The Code for Broadcast Advertising of Alcoholic Beverages (CRTC) limits how the SAQ campaign can show drinking.",
    ],
    "date-deadline": [
        "The media plan must be approved by 15 March {yr2} so that creative is ready for the temps des sucres.",
        "All French packaging must be compliant by 1 June 2025, the date set for the new trademark rules.",
    ],
    "trademark-symbol": [
        "The co-operative markets its products under the Natrel® and Québon® brands.",
        "The Air Miles™ partnership ended in {yr} and was replaced by the banner's own programme.",
    ],
    "sports-team": [
        "The Canadiens (NHL) and the Alouettes (CFL) remain the most valuable sponsorships in Montréal.",
        "The Wildcats de Moncton (LHJMQ) sell out their home games during the playoffs.",
    ],
}

BRANDS = [
    "Desjardins", "Banque Nationale", "UNI Coopération financière", "iA Groupe financier", "Vidéotron", "Bell",
    "Fizz", "Metro", "IGA", "Couche-Tard", "Jean Coutu", "Familiprix", "Agropur", "Saputo", "Cirque du Soleil",
    "Tourisme Montréal", "Tremblant", "Le Massif de Charlevoix", "Hydro-Québec", "Loto-Québec", "SAQ",
    "Simons", "La Maison Simons", "Rona", "Cogeco", "Québecor", "Sépaq", "Via Rail", "Kent Homes", "Assomption Vie",
]  # fmt: skip

_CITIES = ["Montréal", "Québec", "Laval", "Gatineau", "Sherbrooke", "Trois-Rivières", "Saguenay", "Lévis", "Rimouski",
           "Moncton", "Edmundston", "Caraquet", "Dieppe", "Ottawa", "Orléans", "Sudbury", "Hawkesbury"]  # fmt: skip
_SURNAMES = ["Tremblay", "Gagnon", "Bouchard", "Côté", "Lévesque", "LeBlanc", "Cormier", "Thériault", "Nguyen", "Rizzo"]
_SLOGANS = ["Ici, c'est chez nous", "Fier d'être d'ici", "Le plaisir de bien manger", "Toujours plus proche",
            "Coopérer pour créer l'avenir", "On est là pour vous", "Fait au Québec, pour le Québec"]  # fmt: skip
_MONTHS = ["January", "March", "April", "June", "September", "October", "November"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    dollars = rng.randint(12, 2400)
    cents = rng.randint(0, 99)
    price = (
        f"{dollars // 1000}\u00a0{dollars % 1000:03d},{cents:02d}\u00a0$"
        if dollars >= 1000
        else f"{dollars},{cents:02d}\u00a0$"
    )
    return {
        "city": rng.choice(_CITIES),
        "surname": rng.choice(_SURNAMES),
        "price": price,
        "pct": str(rng.randint(8, 78)),
        "month": rng.choice(_MONTHS),
        "handle": rng.choice(
            ["desjardins", "tourismemtl", "metroqc", "saqcom", "lotoquebec", "tourismenb", "videotron"]
        ),
        "slogan": rng.choice(_SLOGANS),
        "yr": str(rng.randint(2018, 2025)),
        "edition": rng.choice(["12th", "18th", "25th", "31st", "40th", "44th"]),
        "yr2": str(rng.randint(2025, 2027)),
    }
