"""Prose for the ninety-third held-out pool, "blind93": marketers in Egypt, Lebanon and Jordan.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninety-third hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital, fundraising and communications marketers at FMCG makers, banks and microfinance institutions, telecoms and
fintechs, supermarket and mall operators, developers, hotel groups, NGOs and UN agencies in Cairo, Alexandria, Beirut,
Jounieh, Amman, Irbid and Aqaba write their CIM Level 6 and 7 and MBA reports in English: law and circular numbers,
fiscal years, EGP, L.L. and JD figures, Ramadan and Eid calendars, company suffixes, campaign names in quotation marks,
Arabic and French words in brackets, and regulators' acronyms.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.", "{N} argue that {C}, which holds for most Egyptian FMCG categories.",
    "{N} show that {C}, even after the 2023 devaluation.", "{N} report that {C} across Greater Cairo.",
    "{N} note that {C} in the Lebanese market.", "{N} suggest that {C}, particularly among Jordanian youth.",
    "{N} conclude that {C}.", "{N} observe that {C}; {B} has not yet acted on this.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} argue that {C}.", "As {N} point out, {C}.", "This echoes {N}, who found that {C}.",
    "{C}, as {N} explain.", "For {B}, the lesson from {N} is that {C}.", "Building on {N}, it can be argued that {C}.",
    "{O}, the findings of {N} indicate that {C}.", "A similar point is made by {N}: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} framework suggests that {C}.", "{O}, {N} survey indicates that {C}.", "{N} model helps explain why {C}.",
    "{N} study of Levantine shoppers found that {C}.", "Applying {N} segmentation, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is clear evidence that {C} {P}.", "In Egypt, {C} {P}.",
    "Research in the Levant shows that {C} {P}.", "{O}, it is widely accepted that {C} {P}.",
    "For a bank like {B}, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.", "{O}, {C} {P}, and {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could use {T} to win back {A}", "{T} lifts {R} among {A}", "Ramadan spend on {T} rises every year",
    "trust in local banks fell sharply after the 2019 crisis", "price-sensitive shoppers switch to private labels quickly",
    "mobile wallets widen financial inclusion outside the capitals", "{A} respond better to Arabic-language content",
    "instalment offers drive most appliance sales in Egypt", "WhatsApp is the main service channel for {A}",
    "loyalty schemes lose value when inflation is high", "NGO donors give more during Ramadan than in any other month",
    "diaspora visitors shape summer demand in Lebanon", "{B} relies on {T} more than its rivals do",
    "fresh-dollar pricing changed how Lebanese consumers compare brands", "{T} works best when tied to {R}",
    "young Jordanians trust peer reviews more than advertising", "cash on delivery still dominates e-commerce in the region",
    "family-owned brands enjoy higher trust than multinationals", "{A} expect brands to show social responsibility",
]  # fmt: skip
OPENERS = [
    "However", "In practice", "For {B}", "By contrast", "More recently", "In the Egyptian context", "Similarly",
    "In Lebanon", "In Jordan", "At the same time", "Even so", "Since the pandemic",
]  # fmt: skip
PLAIN = [
    "This section applies the theory to {B}.", "The findings have clear implications for the marketing mix.",
    "A PESTLE analysis is set out in the appendix.", "The recommendations below are costed and phased.",
    "Each option is assessed against the organisation's objectives.", "The next section turns to the customer journey.",
    "Stakeholder mapping shows who must be kept informed.", "The team will review progress every quarter.",
    "Budget constraints limit what can be achieved in the first year.", "The brand's tone of voice must stay consistent.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} describe the market as {Q}.", "As one author puts it, {Q} {P}.", "{Q} {P}.", "{N} warn that {Q}.",
    "The challenge is that {Q} {P}.", "In the words of {N}, {Q}.", "Marketers are reminded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "fresh dollars", "lollar", "brand love", "value for money", "the new normal", "premium", "baladi", "digital first",
    "affordable luxury", "customer obsession", "Made in Egypt", "the Lebanese way", "halal", "white money",
]  # fmt: skip
SCARE_FRAMES = [
    "Many shoppers now speak of “{Q}” when comparing prices {P}.", "Brands increasingly promise ‘{Q}’ {P}.",
    "The idea of \"{Q}\" has become central to positioning {P}.", "{N} question what '{Q}' means to consumers.",
    "So-called “{Q}” offers have spread across the sector {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "Ramadan Kareem from all of us", "Your Eid gift is waiting", "Recharge now and get double data",
    "White Friday: up to 70% off", "Your new card is ready", "Back to school, sorted", "Donate your zakat today",
    "Mother's Day treats for less", "Summer in Aqaba starts here", "Pay your bills in seconds",
]  # fmt: skip
SUBJECT_FRAMES = [
    "A push notification reading “{Q}” lifted app opens {P}.", "The email subject line '{Q}' outperformed the control {P}.",
    "{N} report that the SMS \"{Q}\" drove the highest response.", "Copy such as ‘{Q}’ works best in Arabic and English {P}.",
]  # fmt: skip
NOT_CITATIONS: dict[str, list[str]] = {
    "egypt-law-number": [
        "The campaign must comply with Law No. 151 of 2020 before any customer data is shared.",
        "Under Consumer Protection Law No. 181 of 2018, prices must be shown in Egyptian pounds.",
    ],
    "lebanon-law-number": [
        "Law No. 81 of 2018 sets out how personal data may be processed in Lebanon.",
        "The bank's privacy notice refers to Lebanese Law 81/2018 in its first paragraph.",
    ],
    "jordan-law-number": [
        "Jordan's Personal Data Protection Law No. 24 of 2023 will shape how Zain and Orange use CRM data.",
        "Consent forms were redrafted once Law No. 24 (2023) came into force.",
    ],
    "circular-number": [
        "BDL Basic Circular No. 69 governs electronic banking operations in Lebanon.",
        "The new limits follow CBE circular dated {d} March {Y}.",
        "Withdrawals are capped under Basic Circular No. 158 (amended {Y}).",
    ],
    "regulator-decision": [
        "The TRC decision of {Y} restricted unsolicited promotional SMS in Jordan.",
        "NTRA Decree No. {n} of {Y} set new quality-of-service targets for mobile operators.",
    ],
    "company-suffix": [
        "Juhayna Food Industries S.A.E. is listed on the Egyptian Exchange (EGX).",
        "Spinneys Lebanon S.A.L. and Bank Audi S.A.L. were both approached for interviews.",
        "Orange Jordan (Jordan Telecommunications Company PSC) launched the offer in {Y}.",
    ],
    "holding-company": [
        "Talaat Moustafa Group Holding (TMG) sold out the first phase of Noor City in days.",
        "Palm Hills Developments (PHD) relaunched its Badya project with a ten-year payment plan.",
    ],
    "bank-abbreviation": [
        "Commercial International Bank (CIB) leads the market in digital onboarding.",
        "The Housing Bank for Trade and Finance (HBTF) and Arab Bank (AB) dominate Jordanian retail banking.",
    ],
    "fiscal-year": [
        "Egypt's fiscal year runs from 1 July to 30 June, so FY{Y}/{Y2} figures are used throughout.",
        "Revenue rose in FY {Y2} compared with FY {Y}.",
    ],
    "egp-figure": [
        "The Ramadan budget is EGP {n} million, about a third of annual spend.",
        "A 1-litre pack now retails at LE {n}, up from LE {q}0 in {Y}.",
        "Average basket value reached E£{n} in the second quarter.",
    ],
    "lbp-figure": [
        "The card fee was set at L.L. {n},000 before being repriced in fresh dollars.",
        "Staff salaries were paid partly in LBP ({n} million a year) and partly in USD.",
    ],
    "jod-figure": [
        "The subscription costs JD {q}.99 a month including VAT.",
        "Donations averaged JOD {n} per household during Ramadan {Y}.",
    ],
    "exchange-rate": [
        "The parallel rate peaked at {n},000 LBP to the dollar in {Y}.",
        "After the float, the pound traded at roughly EGP {n} to USD 1 (March {Y}).",
    ],
    "hijri-date": [
        "The campaign ran throughout Ramadan 1445 AH (March-April 2024).",
        "Eid al-Adha {Y} fell on a weekend, which shifted the promotional calendar.",
    ],
    "coptic-calendar": [
        "Coptic Christmas on 7 January is a major gifting occasion for Egyptian families.",
        "Orthodox Easter and Sham el-Nessim (the following Monday) shape spring promotions.",
    ],
    "mothers-day": [
        "Mother's Day (21 March) is the biggest gifting date in the Egyptian retail calendar.",
        "The ‘Ya Mama’ bundle launched ahead of 21 March {Y}.",
    ],
    "white-friday": [
        "White Friday ({d} November) replaced Black Friday in most Egyptian e-commerce calendars.",
        "Jumia's White Friday sale drove a record {n} thousand orders in {Y}.",
    ],
    "campaign-name": [
        "The ‘Ramadan Yagmaana’ campaign aired across TV and TikTok in {Y}.",
        "Vodafone's \"Ana Vodafone\" app campaign targeted prepaid users.",
        "The bank's “Khalik Aktar” savings push ran for six weeks.",
    ],
    "slogan": [
        "Juhayna kept its slogan “Kol yom gedid” (every day is new) across all packs.",
        "The tagline ‘Live Lebanese’ was tested with {n} respondents.",
    ],
    "arabic-gloss": [
        "Many customers still pay through a gam'eya (rotating savings group) rather than a bank.",
        "The wasta (personal connections) factor influences B2B buying in Jordan.",
        "Iftar (the fast-breaking meal) is the peak viewing time for television advertising.",
    ],
    "french-gloss": [
        "Lebanese shoppers often describe a brand as chic (elegant) or pas cher (cheap).",
        "The slogan blends French and Arabic: ‘Bonjour, kifak, ça va?’ is a common greeting in Beirut.",
    ],
    "newspaper-name": [
        "The launch was covered by Ahram Online, L'Orient Today and The Jordan Times.",
        "A full-page advertisement ran in Al-Masry Al-Youm on the first day of Ramadan.",
    ],
    "tv-channel": [
        "Spots ran on MBC Masr, LBCI and Roya TV during the iftar slot.",
        "The MTV Lebanon prime-time rate card (Autumn {Y}) was used to cost the plan.",
    ],
    "ramadan-series": [
        "The brand sponsored the Ramadan series “El Kebeer Awi” to reach family audiences.",
        "Product placement in a {Y} Ramadan drama cost about EGP {n} million.",
    ],
    "statistics-body": [
        "CAPMAS estimates Egypt's population at over 105 million.",
        "The Department of Statistics (DoS) puts Jordan's unemployment rate above 20 per cent.",
        "The Central Administration of Statistics (CAS) stopped publishing some price series during the crisis.",
    ],
    "un-agency": [
        "UNHCR and UNICEF jointly run cash assistance programmes in Lebanon and Jordan.",
        "The World Food Programme (WFP) uses e-cards redeemable at partner supermarkets.",
    ],
    "ngo-programme": [
        "The Egyptian Food Bank's Ramadan boxes reach families in all governorates.",
        "Tkiyet Um Ali's ‘Feed a Family’ appeal runs every Ramadan.",
    ],
    "phone-shortcode": [
        "Customers can top up by dialling *{n}# from any Vodafone line.",
        "Donors text the word ‘Kheir’ to {n}{q} to give EGP 10.",
    ],
    "hotline": [
        "The bank's hotline (19666) handles most complaints in Egypt.",
        "Call 1{n}{q} or message us on WhatsApp for help.",
    ],
    "mall-name": [
        "The pop-up store opened at City Stars, Mall of Arabia and Cairo Festival City.",
        "ABC Verdun and Le Mall Dbayeh remain Beirut's busiest destinations.",
        "Taj Mall and City Mall (Amman) saw footfall recover after {Y}.",
    ],
    "compound-name": [
        "Units in Palm Hills October and Madinaty start at EGP {n} thousand per square metre.",
        "The developer's New Administrative Capital (NAC) project is sold off-plan over eight years.",
    ],
    "product-name": [
        "Edita's Molto and HOHOs lead the packaged cake category.",
        "The Meeza card and InstaPay app are central to Egypt's cashless push.",
        "Zain's ‘Yalla’ prepaid bundle was relaunched in {Y}.",
    ],
    "app-version": [
        "The app's version {q}.{d} release added Arabic voice search.",
        "iOS 17 and Android 14 users reported faster checkout.",
    ],
    "stock-ticker": [
        "Shares of CIB (EGX: COMI) rose after the rate decision.",
        "Hikma (LSE: HIK) reports in US dollars.",
    ],
    "vision-plan": [
        "Egypt Vision 2030 sets targets for digital payments and financial inclusion.",
        "Jordan's Economic Modernisation Vision (2023-2033) prioritises tourism and ICT.",
    ],
    "event-dates": [
        "The Cairo ICT exhibition ({d}-{q}0 November) is the main B2B showcase for telecoms.",
        "Beirut Design Week ({Y}) attracted regional retail brands.",
    ],
    "tourism-figure": [
        "Petra received over {n} thousand visitors in {Y}, according to ticket sales.",
        "Aqaba's hotel occupancy reached {n}% in summer {Y}.",
    ],
    "percentage-bracket": [
        "Most respondents ({n}%) preferred paying by mobile wallet.",
        "Prepaid users (around {q}0 per cent of the base) are the most likely to churn.",
    ],
    "survey-sample": [
        "A survey of {n} customers (n = {n}) was run in Arabic and English.",
        "Focus groups were held in {city}, Alexandria and Assiut (three groups each).",
    ],
    "appendix-reference": [
        "The full media plan is in Appendix {q} (Table {d}).",
        "See Figure {q} for the proposed customer journey.",
    ],
    "course-unit": [
        "This report answers Task 2 of the CIM Level 6 Digital Strategy (Unit {q}) assignment.",
        "The MBA module MKT {n} (Marketing Strategy, Spring {Y}) frames the analysis.",
    ],
    "award": [
        "The campaign won a Gold at the Dubai Lynx awards in {Y}.",
        "The bank was named Best Digital Bank in Egypt at the Euromoney Awards for Excellence {Y}.",
    ],
    "hashtag": [
        "The #SupportLocal and #MadeInLebanon hashtags trended after the blast.",
        "User-generated posts tagged #RamadanWithJuhayna exceeded {n} thousand.",
    ],
    "handle": [
        "Follow @vodafoneegypt and @orangejo for service updates.",
        "The influencer (@{M}lovers_jo) has {n}K followers.",
    ],
    "licence-number": [
        "The developer holds Commercial Register No. {n}{d} (Giza).",
        "Fawry is licensed by the CBE as a payment service provider (Licence {q}/{Y}).",
    ],
    "crisis-event": [
        "The 4 August 2020 Beirut port explosion destroyed several flagship stores.",
        "Footfall collapsed during the October {Y} protests and again during COVID-19.",
    ],
    "price-list": [
        "The 5 GB bundle (JD {q}) and 20 GB bundle (JD {d}) were compared with rivals.",
        "The family pack sells for EGP {n} (1 kg) and EGP {q}5 (250 g).",
    ],
    "iso-standard": [
        "The plant is certified to ISO 22000 and FSSC 22000 (version {q}.1).",
        "The bank's security meets PCI DSS v4.0 requirements.",
    ],
}  # fmt: skip
BRANDS = [
    "Juhayna", "Edita", "CIB", "Banque Misr", "Vodafone Egypt", "Telecom Egypt", "Fawry", "Talaat Moustafa Group",
    "Palm Hills", "Bank Audi", "BLOM Bank", "Touch", "Alfa", "Spinneys Lebanon", "Zain Jordan", "Orange Jordan",
    "Arab Bank", "the Housing Bank", "Aramex", "Hikma", "the Jordan Tourism Board", "UNHCR", "the Egyptian Food Bank",
    "the Lebanese Red Cross", "Tkiyet Um Ali", "Carrefour Egypt", "Cortas", "Gandour",
]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Values only this pool's frames use (none so far beyond the builder's own)."""
    return {
        "city": rng.choice(
            ["Cairo", "Alexandria", "Giza", "New Cairo", "Beirut", "Jounieh", "Tripoli", "Amman", "Irbid", "Aqaba"]
        )
    }
