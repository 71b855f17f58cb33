"""The hundred-and-fifty-third independent pool, "blind153" (HELD OUT: never tune on it; report its tables, never its
misses): the prose of marketers in Nigeria, Ghana and their diaspora writing CIM Level 6 and 7 reports and MBA
assignments in English.

Written without reading the checker, its tests or any other pool. Banks and fintechs (GTCO, Access, Zenith, First
Bank, Ecobank Ghana, GCB, Flutterwave, Paystack, Opay, Moniepoint), telcos and mobile money (MTN, Airtel, Glo,
Telecel, MTN MoMo), FMCG and drink makers (Dangote, Nestlé Nigeria, Nigerian Breweries, Guinness Ghana, Cadbury,
Indomie), retailers (Jumia, Shoprite, Melcom), airlines (Air Peace, Arik, Africa World Airlines), media houses and
Nollywood and Afrobeats firms; naira as ₦, N and NGN and cedis as GH₵ and GHS with billions and trillions, laws
numbered the Nigerian and the Ghanaian way, CBN circulars, the regulators in brackets, Detty December, Sallah,
Christmas, Easter and Independence Day, titled people (Alhaji, Chief, Dr., Engr.) who are no authors, and the
brackets, years and codes that a careless reader could take for citations.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["GTCO", "GTBank", "Access Bank", "Zenith Bank", "First Bank", "Ecobank Ghana", "GCB Bank", "Flutterwave",
          "Paystack", "Opay", "Moniepoint", "MTN Nigeria", "MTN Ghana", "MTN MoMo", "Airtel", "Glo", "Telecel Ghana",
          "Dangote", "Nestlé Nigeria", "Nigerian Breweries", "Guinness Ghana", "Cadbury Nigeria", "Indomie", "Jumia",
          "Shoprite", "Melcom", "Air Peace", "Arik Air", "Africa World Airlines", "Channels TV", "TVC", "BusinessDay",
          "Joy FM", "Kuda", "PalmPay", "Peak Milk", "Milo", "Golden Penny", "Star Lager", "Kasapreko", "Fan Milk",
          "Chicken Republic", "Mr Biggs", "Showmax", "Boomplay", "Piggyvest", "Chipper Cash", "Bolt", "Glovo"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, especially among {A} in {city}.", "{N} observed that {C}.",
    "{N} posits that {C}.", "{N} opined that {C}, which is very relevant to {B}.", "{N} maintained that {C}.",
    "{N} in their study of deposit money banks in {city} found that {C}.", "{N} submits that {C}.",
    "{N} established that {C}, although their sample was drawn only from {city}.",
    "{N} noted that {C}; this is in line with what {B} experienced during {fest}.",
    "{N} reported that {C} after the {Y} naira redesign.", "{N} concluded that {C}.",
    "{N} asserted that {C} and that {C2}.", "{N} emphasised that {C}, a point {B} has not yet taken on board.",
    "{N} affirmed that {C} in the Ghanaian market.", "{N} is of the view that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "This agrees with {N}, who found that {C}.",
    "{C}, as submitted by {N}.", "In the words of {N}, {C}.", "{C}; this was also the position of {N}.",
    "A study carried out in {city} by {N} revealed that {C}.", "Findings from {N} show that {C}.",
    "{B} is a good case in point: {N} showed that {C}.", "{C} – a conclusion also reached by {N}.",
    "As rightly pointed out by {N}, {C}.", "In a similar vein, {N} argue that {C}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "{C}, a view earlier expressed by {N}.",
    "It is instructive that {N} found that {C} even before the {Y} cash scarcity.",
    "Drawing on {N}, it can be argued that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study revealed that {C}.", "Using {N} model, it is evident that {C}.", "{O}, {N} findings suggest that {C}.",
    "{N} survey of traders in {city} showed that {C}.", "{B} could adopt {N} framework, since {C}.",
    "{N} work is relevant here because {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "It has been established that {C} {P}.", "Studies in {city} show that {C} {P}.",
    "{C}, particularly for {A} {P}.", "There is evidence that {C} {P}.", "{B} is no exception, as {C} {P}.",
    "Scholars agree that {C} {P}.", "In Nigeria and Ghana alike, {C} {P}.",
    "During {fest}, {C} {P}.", "{C}, even in the northern states {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; nevertheless, {C2}.", "{C} {P}, while {C2}.",
    "{C} {P} – yet {C2}.", "{C} {P}, whereas in Accra {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could use {T} to win over {A}", "{T} builds {R} among {A}", "{A} expect banks to respond on WhatsApp within minutes",
    "trust in fintech apps rises when customers can reach a human agent", "sachet packs widen reach among low-income households",
    "mobile money agents act as brand ambassadors in rural areas", "price promotions lose their effect when inflation is above 25 per cent",
    "celebrity endorsements by Afrobeats stars drive {R} among {A}", "Detty December spending shapes the whole fourth quarter",
    "{B} relies on {T} more than its competitors do", "USSD remains the main channel for the unbanked",
    "customers switch networks when data bundles are repriced", "{A} reward {T} with {R}",
    "brand activations in open markets outperform billboards on recall", "small firms gain more from {T} than large ones",
    "customer complaints on X damage bank brands faster than any advert", "the diaspora is an overlooked segment for {B}",
    "{T} works best when it is tied to {R}", "informal retailers decide which brands reach the shelf",
    "pidgin copy performs better than formal English in mass-market campaigns",
]  # fmt: skip
OPENERS = ["However", "In the Nigerian context", "For {B}", "Similarly", "Furthermore", "In Ghana", "Be that as it may",
           "In practice", "Consequently", "More recently", "Against this backdrop", "In the case of {B}"]  # fmt: skip
PLAIN = [
    "{B} sells through its app, agents in every local government area and a network of distributors.",
    "The campaign ran for six weeks on Instagram, TikTok, Channels TV and radio.",
    "{B} has a presence in {city} and in twenty other cities across West Africa.", "{O}, {C}.",
    "The brand's customer care team operates 24/7 via WhatsApp, X and a call centre.",
    "Fuel price increases and the exchange rate have pushed up the cost of every campaign input.",
    "This report follows the SOSTAC framework and closes with an implementation plan.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{O}, {Q} {P}.", "This is captured succinctly: {Q} {P}.",
    "It has been said that {Q} {P}, and {B} is no exception.", "{Q} {P}; this assignment agrees.",
]  # fmt: skip
SCARE_QUOTES = ["‘japa’", "‘soft life’", "‘cashless Nigeria’", "‘no network’", "‘Detty December’", "‘owambe’",
                "‘customer is king’", "‘sapa’", "‘glocal’", "‘MoMo’"]  # fmt: skip
SCARE_FRAMES = [
    "Young Nigerians now speak of {Q} as a way of life {P}.", "{B} tied its campaign to {Q} {P}.",
    "The so-called {Q} economy has changed consumer spending {P}.", "Marketers describe this as {Q} marketing {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your Detty December deals are here!’", "“Barka da Sallah: enjoy 20% off data bundles”",
                 "‘Happy Independence Day, Ghana – free MoMo transfers today’", "“Your {M} order is on its way”",
                 "‘Easter treats for the whole family’", "“Don't miss out: zero transfer fees this weekend”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} recorded the highest open rate of the quarter {P}.",
    "An SMS blast titled {Q} doubled app downloads {P}.",
    "{B} sent the push notification {Q} to dormant customers {P}.",
    "Subject lines such as {Q} create urgency {P}.",
]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "city": rng.choice(["Lagos", "Abuja", "Port Harcourt", "Ibadan", "Kano", "Enugu", "Onitsha", "Accra", "Kumasi",
                            "Tamale", "Takoradi", "London", "Houston", "Toronto", "Johannesburg", "Dubai"]),
        "fest": rng.choice(["Detty December", "Sallah", "Christmas", "Easter", "Independence Day", "Eid-el-Kabir",
                            "the Ramadan season", "Homowo"]),
        "bn": str(rng.randint(2, 950)), "tn": f"{rng.randint(1, 48)}.{rng.randint(1, 9)}",
        "pct": f"{rng.randint(2, 39)}.{rng.randint(0, 9)}",
        "chief": rng.choice(["Alhaji Aliko Dangote", "Chief Mike Adenuga", "Dr. Ngozi Okonjo-Iweala", "Engr. Ernest Ndukwe",
                             "Mr. Segun Agbaje", "Dr. Ernest Addison", "Olugbenga Agboola", "Shola Akinlade",
                             "Alhaji Umaru Yar'Adua", "Dr. Olayemi Cardoso", "Chief (Mrs.) Folorunso Alakija",
                             "Kwame Nkrumah", "Nana Akufo-Addo", "Tosin Eniolorunda"]),
        "star": rng.choice(["Burna Boy", "Wizkid", "Davido", "Tems", "Asake", "Rema", "Sarkodie", "Stonebwoy",
                            "Shatta Wale", "Black Sherif", "Ayra Starr", "Funke Akindele", "Genevieve Nnaji"]),
    }  # fmt: skip


NOT_CITATIONS = {
    "cbn-circular-code": ["The CBN's circular (BPS/DIR/GEN/CIR/{q}/00{q}) capped POS charges.",
                          "Banks were told to comply with circular FPR/DIR/GEN/CIR/07/0{q}{q} by the end of {Y}."],
    "act-with-comma-year": ["{B} updated its privacy notice after the Nigeria Data Protection Act, 2023 came into force.",
                            "The Federal Competition and Consumer Protection Act, 2018 gives the FCCPC wide powers."],
    "ghana-act-number": ["Ghana's Data Protection Act, 2012 (Act 843) applies to every MoMo agent.",
                         "The E-Levy (Act 1075) took effect in May 2022."],
    "regulator-bracket-year": ["Telecom tariffs are set by the regulator (the NCC since {Y}) only after consultation.",
                               "A new floor price was announced by the regulator (the NCA in {Y}) last year."],
    "naira-amount-year": ["{B} posted revenue of ₦{bn} billion ({Y}).", "Ad spend reached N{bn}bn in {Y} (up {pct}%)."],
    "naira-trillion": ["Deposits rose to NGN{tn} trillion ({Y} figures).", "Mobile transfers hit ₦{tn} trillion (Q{q} {Y} volumes)."],
    "cedi-amount": ["MoMo transactions were worth GH₵{bn} billion ({Y}).", "The promotion cost GHS{bn}m (about {pct}% of budget)."],
    "detty-december": ["Sales peak in Detty December ({Y}).", "Flights from London sold out before Detty December {Y}."],
    "sallah-eid": ["Data sales doubled during Sallah ({Y}).", "{B} ran a Barka da Sallah promotion (Eid-el-Fitr {Y})."],
    "independence-day": ["The campaign launched on Independence Day (1 October {Y}).",
                         "Ghana's Independence Day (6 March {Y}) is a key date for {B}."],
    "christmas-easter": ["Hampers sell out before Christmas ({Y}).", "The Easter bundle ({Y}) was priced at ₦{bn},000."],
    "titled-person": ["{chief} (chairman since {Y}) is often quoted in the press, but this report relies on published data.",
                      "{B} hired a new chief executive in {Y} (formerly of {chief}'s group)."],
    "alhaji-chief-title": ["The founder, Alhaji Abubakar Musa (who opened it in {Y}), started with one shop in Kano.",
                           "Chief Mrs. Adeyemi (chairman, {Y}–{Y2}) oversaw the rebrand."],
    "afrobeats-star": ["{B} signed {star} as brand ambassador ({Y}).", "The jingle featured {star} ({Y} campaign)."],
    "album-song-year": ["The advert used Burna Boy's ‘Last Last’ (2022) as its soundtrack.",
                        "Wizkid's album Made in Lagos (2020) was the campaign's reference point."],
    "nollywood-film": ["The brand was placed in the Nollywood hit King of Boys (2018).",
                       "{B} sponsored the film The Wedding Party (2016)."],
    "award-year": ["{B} won Bank of the Year (BusinessDay Banks and Other Financial Institutions Awards, {Y}).",
                   "The campaign took gold at the LAIF Awards ({Y})."],
    "headies-amvca": ["{star} won at The Headies ({Y}).", "The film was nominated at the AMVCA ({Y})."],
    "ngx-ticker": ["Shares in the brewer (NGX: NB) fell {pct}% in {Y}.", "{B}'s parent is listed on the GSE (ticker: GGBL)."],
    "nin-bvn-codes": ["Customers must link their NIN and BVN (a {Y} CBN directive) before upgrading to tier 3.",
                      "SIMs without a NIN (the NCC's deadline of 28 February 2024) were barred."],
    "ussd-code": ["Customers dial *737# (GTCO) to buy airtime.", "Dial *170# (MTN MoMo) to send money in Ghana."],
    "phone-number": ["Call the helpline on 0700 {n} {n}0 (toll free) for support.",
                     "The WhatsApp line (+234 80{q} {n} {n}1) answers within minutes."],
    "rc-number": ["The company is registered with the CAC (RC {n}{n}).",
                  "Its Ghana subsidiary is registered under the Companies Act, 2019 (Act 992) (CS{n}{n}{q})."],
    "legal-form": ["The distributor, Adeleke & Sons (Nig.) Ltd, handles the South-West.",
                   "The survey was run by a Ltd/Gte research foundation (est. {Y})."],
    "naira-redesign": ["Cash shortages followed the naira redesign (December {Y}).",
                       "The cashless policy (phase {q}, {Y}) pushed traders to POS."],
    "exchange-rate": ["The naira traded at ₦{bn}/$1 ({Y} average).", "The cedi fell to GH₵1{q}/$ (December {Y})."],
    "inflation-rate": ["Headline inflation reached {pct}% (official {Y} estimate) before easing.",
                       "Food inflation was {pct}% (year on year, {Y})."],
    "monetary-policy-rate": ["The MPR was raised to {pct}% (MPC meeting, {Y}).", "The Bank of Ghana's policy rate ({pct}%, {Y}) squeezed credit."],
    "quarter-figure": ["Active lines grew in Q{q} {Y} ({n} million).", "Revenue rose in H{q} ({Y} unaudited)."],
    "sample-size": ["Questionnaires were distributed to traders in {city} (n = {n}).",
                    "{n} respondents (response rate {pct}%) completed the survey."],
    "figure-table": ["The results are summarised below (Table {q}).", "The trend is clear (Figure {q}, {Y}–{Y2})."],
    "student-cohort": ["The focus groups were held with the MBA class of {Y} (Lagos Business School).",
                       "Participants were final-year students ({Y}/{Y2} session) at KNUST."],
    "academic-session": ["Data were collected during the {Y}/{Y2} academic session.",
                         "The ASUU strike ({Y}) delayed the fieldwork by eight months."],
    "election-year": ["Ad spend slowed before the general elections ({Y}).", "Brands paused campaigns during the #EndSARS protests (October 2020)."],
    "hashtag": ["The campaign trended as #JapaOrStay ({Y}).", "{B}'s #MoMoIsLife challenge ({Y}) reached millions."],
    "flight-aircraft": ["Air Peace's Lagos–London route (flight P4 {n}) began in {Y}.",
                        "The airline took delivery of an Embraer E195-E2 ({Y})."],
    "product-size": ["Indomie's 70g pack (₦{n}) is the volume driver.", "The 60cl bottle (launched {Y}) replaced the 33cl can."],
    "state-lga": ["The pilot ran in Ikeja LGA (Lagos State) and Tamale Metro (Northern Region).",
                  "Agents were recruited in {q}6 LGAs (South-South, {Y})."],
    "founding-year": ["{B} (founded {Y}) now serves millions of customers.", "The bank (est. {Y}) rebranded after the merger."],
    "merger-rebrand": ["Diamond Bank merged with Access (2019) and the brand was retired.",
                       "Vodafone Ghana became Telecel (2024) after the sale."],
    "iso-standard": ["The call centre is certified to ISO 9001:2015.", "{B}'s data centre meets PCI DSS (v4.0, {Y})."],
    "local-language-phrase": ["The tagline ‘Ẹ ṣé o’ (Yoruba for ‘thank you’) tested well in Ibadan.",
                              "The Twi slogan ‘Akwaaba’ (‘welcome’) opened every store."],
    "conference-event": ["The findings were presented at Social Media Week Lagos ({Y}).",
                         "{B} exhibited at the Accra International Trade Fair ({Y})."],
    "football-event": ["Beer sales rose during AFCON {Y} (Côte d'Ivoire).", "The Super Eagles' World Cup run (2018) was a sponsorship peak."],
    "unrelated-organisation-year": ["The sponsor (Nigerian Breweries, since {Y}) renewed its deal.",
                                    "Partners (MTN and Airtel, from {Y}) shared towers in the North."],
    "price-list": ["A 1GB bundle costs ₦{n} (MTN's {Y} tariff) against ₦{n}0 in {Y2}.",
                   "Transfer fees are GH₵{q} (capped, {Y})."],
    "census-population": ["Lagos has over 15 million people (projected, {Y}).", "Ghana's population was 30.8 million (2021 census)."],
    "version-app": ["The app (version {q}.{n}) added biometric login.", "Ratings rose to {q}.8 stars (Play Store, {Y})."],
    "religious-calendar": ["Sales dipped during Ramadan ({Y}) and recovered after Eid.", "The Lent period ({Y}) changes drink purchases."],
    "court-case": ["The case (FHC/L/CS/{n}/{Y}) was struck out.", "The FCCPC fined the firm $220 million (the Meta case, 2024)."],
}  # fmt: skip
