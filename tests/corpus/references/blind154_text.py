"""The hundred-and-fifty-fourth independent pool, "blind154": HELD OUT (never tune on it; report its tables, never
its misses).

Written without reading the checker, its tests or any other pool, from how marketers in Saudi Arabia and its
diaspora and expatriate workforce (Riyadh, Jeddah, Dammam, Khobar, Mecca, Medina, Abha, NEOM; Dubai, Cairo, Manila,
London, Boston) write CIM Level 6 and 7 reports and MBA assignments in English about banks and fintechs, telecoms,
retailers, food makers, airlines, giga-projects, media and agencies: Vision 2030, Saudisation, riyals written SAR,
SR and ﷼, Hijri and Gregorian dates, royal decrees and laws, SAMA, CST, GASTAT, SDAIA and the GAC, Ramadan, the
two Eids, National Day, Founding Day, Riyadh Season and White Friday. Placeholders are the builder's ({N}, {P},
{Q}, {C}, {C2}, {B}, {A}, {O}, {Y}, {Y2}, {n}, {q}, {d}, {T}, {R}, {M}) and these of its own, from values():
{H} a Hijri year, {HG} and {HG2} the Gregorian years it spans, {hd} a Hijri date, {sar} an amount in riyals, {city} a city, {prog} a Vision 2030 programme,
{ev} a season or festival, {pct} a percentage, {sku} a product or plan name, {uni} a university.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Al Rajhi Bank", "SNB", "Riyad Bank", "SAB", "STC Bank", "Tamara", "Tabby", "stc", "Mobily", "Zain KSA",
          "Panda", "Othaim", "Jarir", "Extra", "noon", "Nahdi", "Almarai", "SADAFCO", "Al Baik", "Herfy", "Saudia",
          "flynas", "flyadeal", "Riyadh Air", "NEOM", "Red Sea Global", "Diriyah", "MBC", "Rotana", "Asharq",
          "Jahez", "HungerStation", "Careem", "Nana", "Barns", "Kudu", "AlUla"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The placeholders only blind154's frames use."""
    hijri = rng.randint(1440, 1447)
    return {
        "H": str(hijri),
        "HG": str(hijri + 578),
        "HG2": str(hijri + 579)[2:],
        "hd": f"{rng.randint(1, 29)}/{rng.randint(1, 12):02d}/{hijri}",
        "sar": rng.choice([f"SAR {rng.randint(2, 950)} million", f"SR{rng.randint(1, 60)}bn", f"{rng.randint(10, 999)} ﷼",
                           f"SAR {rng.randint(1, 40)}.{rng.randint(1, 9)} billion", f"SR {rng.randint(5, 500)},000"]),
        "city": rng.choice(["Riyadh", "Jeddah", "Dammam", "Khobar", "Mecca", "Medina", "Abha", "Tabuk", "Buraidah", "Hail"]),
        "prog": rng.choice(["the Quality of Life Program", "the Financial Sector Development Program (FSDP)",
                            "the Human Capability Development Program", "the National Transformation Program",
                            "the Pilgrim Experience Program", "the Housing Program (Sakani)"]),
        "ev": rng.choice(["Riyadh Season", "Jeddah Season", "White Friday", "Ramadan", "Eid al-Fitr", "Eid al-Adha",
                          "Saudi National Day", "Founding Day", "MDLBEAST Soundstorm", "the Hajj season"]),
        "pct": str(rng.randint(3, 87)),
        "sku": rng.choice(["Al Rajhi Mokafaa", "SNB AlAhli Points", "stc tv", "Mobily Raqi", "Jarir Plus", "Qitaf",
                           "Extra Plus", "Almarai Long Life", "Nahdi Wallet", "Saudia Alfursan"]),
        "uni": rng.choice(["KSU", "KAU", "KFUPM", "KAUST", "PSU", "Effat", "Alfaisal"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, particularly among {A} in {city}.", "{N} concluded that {C}.",
    "{N} highlight that {C}, which is very relevant for {B}.", "{N} stated that {C}.",
    "{N} have shown that {C} since the launch of Vision 2030.", "{N} examined {T} in the Kingdom and found that {C}.",
    "{N} observed that {C} during {ev}.", "{N} emphasised that {C}; {B} should take note.",
    "{N} surveyed {n} Saudi consumers and reported that {C}.", "{N} believe that {C}.",
    "{N} explains that {C}, although the study was limited to {city}.", "{N} recommends that {B} should test whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In the Saudi context, {N} found that {C}.", "{O}, {N} argued that {C}.", "This agrees with {N}, who found that {C}.",
    "{C}, as stated by {N}.", "According to {N}, {C}.", "A study conducted in {city} by {N} revealed that {C}.",
    "{C}; this was also confirmed by {N}.", "As mentioned by {N}, {C}.", "Similar to the findings of {N}, {C}.",
    "For {B}, the work of {N} suggests that {C}.", "In line with {prog}, {N} found that {C}.",
    "{C} – a view supported by {N}.", "Research from {N} indicates that, for {A}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study showed that {C}.", "{O}, {N} findings suggest that {C}.", "Applying {N} model to {B}, {C}.",
    "{N} research in the GCC indicates that {C}.", "According to {N} report, {C}.", "{N} framework helps to explain why {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "In Saudi Arabia, {C} {P}.", "Studies in the Kingdom show that {C} {P}.",
    "{B} is a good example because {C} {P}.", "During {ev}, {C} {P}.", "{C}, especially among {A} {P}.",
    "It is widely believed that {C} {P:see}.", "Several Gulf studies confirm that {C} {P:e.g.}.",
    "{C}, which supports {prog} {P}.", "Since Vision 2030 was announced in 2016, {C} {P}.",
    "Saudi consumers spent {sar} online during {ev}, and {C} {P}.", "{C}. {P}",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}; however, {C2}.", "Although {C} {P}, {C2}.", "{C} {P:see}, whereas {C2}.",
    "While {C} {P}, in {city} {C2}.", "Because {C} {P}, {B} must ensure that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "Saudi consumers are highly influenced by Snapchat and TikTok creators",
    "{A} in the Kingdom prefer Arabic content for emotional messages and English for technical ones",
    "using {T} increases {R} among {A} when the content respects Islamic values",
    "Ramadan accounts for a large share of annual advertising spend in KSA",
    "buy-now-pay-later services such as Tamara and Tabby have changed how {A} shop online",
    "Saudisation targets have pushed brands like {B} to hire more Saudi marketers",
    "trust in {B} depends heavily on word of mouth from family and friends",
    "{pct}% of Saudi internet users are under 35",
    "cash on delivery is still common in smaller cities such as Hail and Jazan",
    "women's entry into the workforce since 2017 has created new segments for {B}",
    "the entertainment sector has grown rapidly since the General Entertainment Authority was created",
    "domestic tourism to AlUla and the Red Sea has grown among {A}",
    "loyalty schemes like {sku} drive {R} in a price-sensitive market",
    "{B} gets the best results from {T} when it is localised for each region of the Kingdom",
    "brands that ignore the PDPL risk fines and a loss of trust",
]  # fmt: skip
OPENERS = [
    "Moreover", "Furthermore", "In addition", "However", "In the Kingdom", "For {B}", "Since Vision 2030",
    "In the Saudi market", "During {ev}", "On the other hand", "As a result", "In the GCC", "Therefore",
]  # fmt: skip
PLAIN = [
    "{B} was established in {city} and now has more than {n} branches across the Kingdom.",
    "This report analyses {B}'s marketing environment using PESTLE and Porter's Five Forces.",
    "{B}'s Snapchat account has around {n}k followers, most of them aged 18–34.",
    "The recommendations are phased over the next twelve months and costed in Saudi riyals.",
    "{O}, {C}.", "Customers can order through the app, the website or WhatsApp, and pay with mada or Apple Pay.",
    "The main competitors of {B} are regional players and new entrants from the UAE.",
    "Appendix 2 contains the full customer persona for a working mother in {city}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "It has been argued that {Q} {P}.",
    "{B} seems to accept that {Q} {P}.", "In the words of one Saudi study, {Q} {P}.",
    "This is summarised clearly: {Q} {P}, which is relevant for {B}.",
]  # fmt: skip
SCARE_QUOTES = ["‘Saudisation’", "‘Nitaqat’", "“wasta”", "‘majlis marketing’", "‘giga-projects’", "‘halal-friendly’",
                "'Ramadan tents'", "‘Saudi-first’", "“localisation”", "‘super app’", "‘khaleeji’ style", "‘Snap culture’"]  # fmt: skip
SCARE_FRAMES = [
    "Many brands now talk about {Q} {P}.", "{B} has adopted what it calls {Q} {P}.",
    "So-called {Q} is becoming part of everyday marketing in the Kingdom {P}.",
    "The concept of {Q} is often misunderstood by foreign agencies {P}.",
    "Critics describe this as {Q}, and {B} is not an exception {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Ramadan Kareem – enjoy 20% off your iftar order’", "‘Eid Mubarak from all of us at {B}’",
                 "“White Friday deals start now”", "‘National Day offer: 93% off selected items’",
                 "‘Your {M} order is on its way to {city}’", "‘Last chance – Founding Day sale ends tonight’",
                 "“Pay in 4 with Tamara, no interest”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} increased open rates {P}.", "{B} sent {Q} to lapsed customers before {ev} {P}.",
    "Messages like {Q} create urgency {P}.", "The email {Q} was opened by more {A} than any other {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "saudi-law-decree": ["{B} must comply with the Personal Data Protection Law (Royal Decree No. M/19 of 9/2/1443H).",
                         "The E-Commerce Law (Royal Decree M/126, {Y}) requires clear return policies."],
    "law-with-year": ["The Competition Law (2019) gives the GAC wide powers.",
                      "Under the Companies Law (1443H / 2022), {B} had to update its by-laws."],
    "hijri-date": ["The campaign ran from 1 Ramadan to 29 Ramadan ({H} AH).",
                   "The decision was announced on {hd} H, just before {ev}."],
    "hijri-gregorian-pair": ["The store opened in {H} AH ({HG} AD).", "Sales peaked in {H}H (Gregorian {HG}/{HG2})."],
    "vision-2030": ["Vision 2030 (announced April 2016) aims to raise the private sector's share of GDP.",
                    "Under {prog} (launched {Y}), non-oil revenue is a priority."],
    "regulator-acronym-year": ["BNPL firms need a licence from the central bank (SAMA licence, {Y}).",
                               "Mobile tariffs are approved by the regulator (CST Decision No. {n}/{H})."],
    "org-bracket-year": ["{B} partnered with a local agency (Lumen Media, appointed {Y}) for the launch.",
                         "The app was built with a Riyadh start-up (Tamkeen, est. {Y})."],
    "riyal-amount": ["{B}'s marketing budget was {sar} ({Y}).", "Revenue reached SAR {n} million (FY{Y})."],
    "riyal-symbol": ["The basic plan costs 99 ﷼ per month ({Y} price).", "A family meal costs SR {n} (VAT 15% included)."],
    "national-day": ["Saudi National Day (23 September) is the biggest retail moment after Ramadan.",
                     "The National Day 93 campaign (September 2023) used green packaging."],
    "founding-day": ["Founding Day (22 February, first marked in 2022) celebrates the First Saudi State of 1727.",
                     "{B} released a limited pack for Founding Day ({Y})."],
    "ramadan-eid": ["Footfall doubled in the last ten nights of Ramadan ({Y}).",
                    "Eid al-Adha ({d} June {Y}) fell in the middle of the campaign."],
    "riyadh-season": ["Riyadh Season ({Y}–{Y2}) attracted millions of visitors.",
                      "{B} sponsored Boulevard World (Riyadh Season {Y})."],
    "white-friday": ["White Friday ({Y}) replaced Black Friday in the Saudi market.",
                     "Traffic on noon rose sharply (White Friday, {d} November {Y})."],
    "royal-person": ["Crown Prince Mohammed bin Salman (MBS) launched the plan in 2016.",
                     "King Salman bin Abdulaziz Al Saud (reigning since 2015) approved the decree."],
    "founder-years": ["Sulaiman Al Rajhi (born 1920) founded the bank with his brothers.",
                      "Al Baik was founded by Shakour Abu Ghazalah (1974) in Jeddah."],
    "company-founding": ["Almarai (founded 1977) is the largest dairy firm in the region.",
                         "{B} (est. {Y}) now operates in {q} GCC countries."],
    "legal-form": ["The app is run by Tamkeen Technologies (CJSC).", "{B} converted to a joint stock company (JSC) in {Y}."],
    "cr-number": ["The seller's commercial registration (CR No. 1010{n}) must appear on the site.",
                  "VAT number (3{n}00003) is printed on every receipt."],
    "tadawul-ticker": ["Almarai shares (Tadawul: 2280) rose after the results.", "stc (7010) is the most valuable telecom on the exchange."],
    "ipo-year": ["Jahez listed on the Nomu market (IPO, January 2022).", "Saudi Aramco's IPO (December 2019) was the largest ever."],
    "giga-project": ["NEOM (announced 2017) includes THE LINE and Oxagon.", "The Red Sea Project (first guests 2023) targets luxury travellers."],
    "stadium-event": ["The Formula 1 Saudi Arabian Grand Prix (Jeddah Corniche Circuit, since 2021) drew global media.",
                      "Cristiano Ronaldo joined Al Nassr (January 2023), and Saudi Pro League viewing rose."],
    "world-cup-expo": ["The Kingdom will host Expo 2030 and the FIFA World Cup (2034).", "Saudi Arabia beat Argentina (2–1, Qatar 2022)."],
    "statistic-bracket": ["Internet penetration is very high (99%, {Y}).", "Unemployment among Saudis fell ({q}.{q}% in Q{q} {Y})."],
    "sample-size": ["Respondents were mostly from Riyadh (n = {n}).", "The survey had a good response rate ({n} of 500)."],
    "figure-table": ["Sales by region are shown below (Figure {q}).", "Channel costs are compared in Table {q} (Appendix {q})."],
    "quarter": ["Revenue grew strongly (Q{q} {Y}).", "Subscribers increased by {pct}% (H1 {Y})."],
    "age-range": ["The target segment is young Saudis (aged 18–24).", "Most users are millennials (born 1981–1996)."],
    "percentage-change": ["App downloads increased ({pct}% year on year).", "Prices rose after VAT was tripled (5% to 15%, July 2020)."],
    "product-model": ["{B} promoted the iPhone 15 Pro (256 GB) with instalments.", "The Lexus LX 600 (2024 model) is popular in Riyadh."],
    "loyalty-scheme": ["Members earn points through {sku} (launched {Y}).", "Qitaf (stc's loyalty programme, since {Y}) has millions of users."],
    "flight-code": ["The inaugural flight (SV {n}, Riyadh–London) sold out.", "flynas added Abha routes (XY {n}, summer {Y})."],
    "aircraft": ["Riyadh Air ordered Boeing 787-9 aircraft (up to 72, {Y}).", "Saudia's fleet includes the A320neo (delivered {Y})."],
    "award": ["{B} won a Dubai Lynx award ({Y}) for its Ramadan film.", "The campaign was shortlisted at Cannes Lions ({Y})."],
    "campaign-name": ["The ‘Rawh Ramadan’ campaign ({Y}) was shared widely.", "{B}'s ‘#SaudiIsCalling’ push ran in autumn {Y}."],
    "hashtag-handle": ["Customers complain on X (@AlrajhiCare) in Arabic and English.", "The hashtag (#اليوم_الوطني_السعودي) trended on 23 September."],
    "phone-address": ["Customers can call the hotline (920000{q}{q}{q}) or visit the branch on King Fahd Road.",
                      "The head office is in Riyadh (P.O. Box {n}, Riyadh 11{n})."],
    "university-name": ["I interviewed three lecturers at {uni} (Riyadh) for this report.",
                        "King Abdullah University of Science and Technology (KAUST, founded 2009) hosts an incubator."],
    "interviewee": ["One store manager (Interviewee 3, Dammam) said prices matter most.",
                    "A Filipino cashier (Participant {q}, aged 29) described the rush before iftar."],
    "mba-cohort": ["This assignment was written for the MBA programme (Cohort {q}, {Y}).",
                   "The module (MKT 7{q}0, Term 2 {Y}) requires a marketing plan."],
    "iso-standard": ["{B}'s stores are certified (ISO 22000:2018).", "The halal logistics meet the GSO standard (GSO 2055-1:2015)."],
    "religious-calendar": ["Hajj ({H} AH) brought over 1.8 million pilgrims to Mecca.", "Umrah visas (issued from Muharram {H}) rose sharply."],
    "prayer-times": ["Stores close for about 30 minutes at each prayer (Maghrib at around 6:15 pm).",
                     "Delivery peaks after Isha (9–11 pm) during Ramadan."],
    "heritage-site": ["Hegra (UNESCO, 2008) is the Kingdom's first World Heritage site.",
                      "At-Turaif in Diriyah (inscribed 2010) is the centre of the Diriyah project."],
    "media-show": ["MBC's drama ‘Tash Ma Tash’ (1993–2011) shaped Saudi humour.", "Shahid (MBC's streaming app, {Y}) grew during Ramadan."],
    "workforce-quota": ["{B} is in the Platinum band of Nitaqat (Saudisation {pct}%).", "Foreign workers need an Iqama (residence permit, renewed in {Y})."],
    "currency-peg": ["The riyal is pegged to the dollar (USD 1 = SAR 3.75, since 1986).", "Prices were converted at a fixed rate (3.75 SR/$)."],
    "zakat-vat": ["VAT was introduced in the Kingdom (1 January 2018).", "{B} paid zakat on its profits (2.5%, {Y})."],
}  # fmt: skip
