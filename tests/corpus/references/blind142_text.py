"""The blind142 pool's prose (HELD OUT): marketers in Bangladesh and its diaspora write on the CIM 2206 brief.

A hundred-and-forty-second independent pool, written without reading the checker, its tests or any other pool:
candidates at banks and mobile financial services (BRAC Bank, Dutch-Bangla Bank, City Bank, bKash, Nagad, Rocket),
telecoms (Grameenphone, Robi, Banglalink, Teletalk), garment exporters, FMCG and food makers (PRAN-RFL, Square, ACI,
Akij), e-commerce and ride-hailing (Daraz, Chaldal, Pathao, Foodpanda), pharmaceuticals, media houses and agencies
in Dhaka, Chattogram, Sylhet, Khulna, Rajshahi, Gazipur, Narayanganj and Cox's Bazar and in Tower Hamlets,
Birmingham, New York, Toronto, Dubai and Kuala Lumpur. Its decoys are what such reports hold that is not a citation:
Acts with their numbers and years, SROs and circulars, taka in lakh and crore, Bengali and Hijri dates, festivals,
national days, USSD codes, packages, awards, people named with their years, organisations in brackets and more.
HELD OUT: never tune on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["bKash", "Nagad", "Rocket", "BRAC Bank", "Dutch-Bangla Bank", "City Bank", "Grameenphone", "Robi",
          "Banglalink", "Teletalk", "PRAN", "RFL", "Square Toiletries", "ACI Consumer Brands", "Akij Food & Beverage",
          "Daraz", "Chaldal", "Pathao", "Foodpanda", "Shwapno", "Aarong", "Walton", "Radhuni", "Meril", "Mojo",
          "Fresh", "Igloo", "Beximco Pharma", "Ha-Meem Group", "Apex Footwear", "Bata Bangladesh", "Yellow",
          "Sailor", "Upay", "Chorki", "Bioscope", "Toffee", "Sheba.xyz", "Othoba", "Ekhanei"]  # fmt: skip

_CITIES = ["Dhaka", "Chattogram", "Sylhet", "Khulna", "Rajshahi", "Gazipur", "Narayanganj", "Cox's Bazar", "Barishal",
           "Rangpur", "Mymensingh", "Cumilla", "Bogura", "Tower Hamlets", "Birmingham", "Oldham", "New York", "Toronto",
           "Dubai", "Kuala Lumpur"]  # fmt: skip
_PEOPLE = ["Sheikh Mujibur Rahman (1920-1975)", "Rabindranath Tagore (1861-1941)", "Kazi Nazrul Islam (1899-1976)",
           "Begum Rokeya (1880-1932)", "Muhammad Yunus (b. 1940)", "Fazle Hasan Abed (1936-2019)",
           "Satyajit Ray (1921-1992)", "Lalon Shah (1774-1890)", "Humayun Ahmed (1948-2012)",
           "Jahanara Imam (1929-1994)", "Amartya Sen (b. 1933)", "Zainul Abedin (1914-1976)"]  # fmt: skip
_MONTHS_BN = ["Boishakh", "Jyoishtho", "Asharh", "Shrabon", "Bhadro", "Ashwin", "Kartik", "Ogrohayon", "Poush",
              "Magh", "Falgun", "Choitro"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    lakh = rng.randint(2, 95)
    return {
        "CITY": rng.choice(_CITIES),
        "CITY2": rng.choice(_CITIES),
        "DIASPORA": rng.choice(
            ["Tower Hamlets", "Birmingham", "Oldham", "Luton", "New York", "Toronto", "Dubai", "Kuala Lumpur"]
        ),
        "TK": rng.choice(
            [
                f"Tk {rng.randint(2, 99)} lakh",
                f"BDT {rng.randint(1, 850)} crore",
                f"৳{rng.randint(10, 999)}",
                f"Tk. {rng.randint(1, 9)},{rng.randint(10, 99)},{rng.randint(100, 999)}",
                f"৳ {lakh} lakh",
                f"BDT {rng.randint(1, 9)}.{rng.randint(1, 9)} crore",
            ]
        ),
        "PERSON": rng.choice(_PEOPLE),
        "BNDATE": f"{rng.randint(1, 30)} {rng.choice(_MONTHS_BN)} {rng.randint(1425, 1432)}",
        "HIJRI": f"{rng.randint(1440, 1447)} AH",
        "USSD": rng.choice(["*247#", "*167#", "*322#", "*121#", "*123#", "*8444#", "*566#", "*222#"]),
        "ACTNO": str(rng.randint(2, 60)),
        "SRO": f"{rng.randint(100, 399)}-{rng.choice(['Law', 'Ain'])}/{rng.randint(2015, 2024)}",
        "GB": str(rng.choice([1, 2, 5, 10, 15, 25, 40, 60])),
        "DAYS": str(rng.choice([3, 7, 15, 30])),
        "PCT": str(rng.randint(3, 78)),
        "MANAGER": rng.choice(
            [
                "Md. Shahriar Kabir",
                "Mst. Rehana Parvin",
                "Tanjim Ahmed Chowdhury",
                "Sujit Barua",
                "Ching Mong Marma",
                "Ratna Das",
                "Syed Nafis Hussain",
                "Farhana Hoque Mitu",
            ]
        ),
        "ROLL": f"{rng.randint(16, 24)}-{rng.randint(10000, 99999)}-{rng.randint(1, 3)}",
        "YR": str(rng.randint(2015, 2024)),
    }


NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, which matches what we see at {B}.",
    "{N} showed that {C} in {CITY}.",
    "{N} observed that {C}, especially during Eid-ul-Fitr.",
    "{N} explains that {C}.",
    "{N} reports that {C}; this is very relevant for {B}.",
    "{N} has mentioned that {C}.",
    "{N} is of the view that {C}.",
    "{N} emphasised that {C} in the context of Bangladesh.",
    "{N} concluded that {C} among {A}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} pointed out, {C}.",
    "According to {N}, {C}.",
    "In a study of {CITY}, {N} found that {C}.",
    "This is similar to the findings of {N}, who noted that {C}.",
    "For {B}, the work of {N} is useful because {C}.",
    "It has been well argued by {N} that {C}.",
    "In the Bangladeshi context, {N} identified that {C}.",
    "Similar to {N}, the author believes that {C}.",
    "Building on {N}, it can be said that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.",
    "{N} framework is applied here to {B}.",
    "Using {N} model, {B}'s position in {CITY} is assessed.",
    "{N} findings suggest that {C}.",
    "According to {N} survey, {C}.",
    "{N} argument is that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "In Bangladesh, {C} {P}.",
    "{O}, {C} {P}.",
    "{B} has benefited from this because {C} {P}.",
    "This is especially true in {CITY}, where {C} {P}.",
    "After the pandemic, {C} {P}.",
    "Mobile wallets now reach most households outside Dhaka {P}.",
    "Cash-on-delivery still accounts for most e-commerce orders {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {B} should respond.",
    "Research {P} shows that {C}.",
    "Recent data {P} indicate that {C}.",
    "It is widely accepted {P} that {C}.",
    "Some authors {P} argue that {C}, although evidence from {CITY} is mixed.",
    "Studies in South Asia {P} have found that {C}.",
]  # fmt: skip
CLAIMS = [
    "trust in the agent network drives repeat use of mobile wallets",
    "{A} in tier-two cities compare prices on Facebook before they buy",
    "cash-on-delivery remains the preferred payment method for first-time online shoppers",
    "festival offers during Eid create short-term spikes but little loyalty",
    "{B} could {bs} to win {A}",
    "women entrepreneurs use f-commerce pages to reach customers outside their district",
    "price sensitivity is high among prepaid mobile users",
    "bundled data packs reduce churn among students",
    "{T} raises {R} among young urban consumers",
    "country-of-origin image still shapes how buyers see Bangladeshi garments",
    "remittance senders in the UK prefer brands their family at home already know",
    "halal certification matters more to diaspora shoppers than to buyers in Dhaka",
    "rural retailers depend on credit from distributors",
    "{A} reward {T} with {R}",
    "celebrity endorsement works best when it is linked to a cause",
    "the Bangladeshi middle class is growing faster than the market expected",
    "service failures are shared quickly in Facebook groups",
    "agent banking has widened access to formal savings",
    "sustainability claims are doubted unless they are backed by certification",
    "{B} relies on {T} more than its rivals do",
]  # fmt: skip
OPENERS = [
    "In Bangladesh", "However", "Moreover", "Furthermore", "On the other hand", "For {B}", "In the case of {B}",
    "Since the COVID-19 pandemic", "In {CITY}", "During Ramadan", "Among the diaspora in {DIASPORA}", "Nevertheless",
    "From the customer's point of view", "In the RMG sector", "As a result", "In the telecom sector",
]  # fmt: skip
PLAIN = [
    "{B} operates through more than 3,000 distributors across all 64 districts.",
    "The campaign was launched before Pohela Boishakh and ran until Eid.",
    "{B} spends around {TK} each year on digital advertising.",
    "{O}, {C}.",
    "Most customers of {B} in {CITY} pay through bKash or Nagad.",
    "The marketing team at {B} has twelve members, four of them in Chattogram.",
    "The brand's Facebook page has over 1.2 million followers.",
    "A short survey of 120 customers was carried out in {CITY} for this report.",
    "{B} sells its products in both Dhaka and the UK through a distributor in Tower Hamlets.",
    "Table 2 shows the SWOT analysis of {B}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author says, {Q} {P}.",
    "{O}, {Q} {P}.",
    "It is stated that {Q} {P}.",
    "The point is clear: {Q} {P}.",
    "{N} states that {Q}.",
    "{Q} {P}, which explains the situation of {B}.",
]  # fmt: skip
SCARE_QUOTES = [
    "“digital Bangladesh”", "‘smart Bangladesh’", "“cash-out culture”", "'F-commerce'", "“Eid rush”",
    "‘adda’", "“middle-class aspiration”", "\"Made in Bangladesh\"", "‘deshi’ pride", "“bazar” mindset",
    "'Bangladesh brand'",
]  # fmt: skip
SCARE_FRAMES = [
    "The idea of {Q} is still popular in marketing {P}.",
    "Many firms talk about {Q} {P}.",
    "{N} calls this {Q}.",
    "This shows the so-called {Q} of Bangladeshi consumers {P}.",
    "What marketers call {Q} is discussed {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Eid Mubarak! Get 20% cashback on {B}”", "‘Boishakhi offer: buy 1 get 1’", "\"Send money home for free this Eid\"",
    "“Shubho Noboborsho from {B}”", "‘Dial {USSD} to get {GB} GB for Tk 99’", "“Jaago Bangladesh”",
    "'Life is beautiful with {B}'", "“Ghore boshe shopping” [shop from home]",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The slogan {Q} was used across Facebook and billboards {P}.",
    "{B}'s SMS said {Q}, a typical festival message {P}.",
    "{N} gives the example of the tagline {Q}.",
    "The push notification {Q} increased app opens {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "act-with-number": ["Under the Digital Security Act, 2018 (Act No. 46 of 2018), {B} had to review its social posts.",
                        "The Consumer Rights Protection Act, 2009 (Act No. {ACTNO} of 2009) protects buyers from false advertising."],
    "act-with-year": ["The Bangladesh Telecommunication Regulatory Act, 2001 gives the BTRC power over tariffs.",
                      "The Competition Act 2012 may limit {B}'s exclusive deals with retailers."],
    "act-replaced": ["The Cyber Security Act 2023 replaced the Digital Security Act 2018 in September 2023.",
                     "The Digital Security Act (2018) was replaced by the Cyber Security Act (2023), and again in 2024."],
    "sro-number": ["The VAT rate was changed by SRO No. {SRO}.",
                   "Under S.R.O. No. {SRO} the duty on imported handsets rose to {PCT}%."],
    "circular": ["Bangladesh Bank's PSD Circular No. 0{q} ({Y}) raised the MFS transaction limit to Tk 30,000 a day.",
                 "The BRPD Circular No. {d}/{YR} set new rules for card cashback."],
    "bsec-directive": ["{B} is listed on the DSE and follows BSEC notification BSEC/CMRRCD/2006-158/207 ({YR}).",
                       "The Corporate Governance Code ({YR}) of the BSEC applies to listed firms like {B}."],
    "taka-amount": ["{B} set aside {TK} for the campaign.", "The budget was {TK} (about £{n},000) for six months."],
    "taka-bracketed": ["The average basket was small (Tk {n}) compared with Dhaka ({TK}).",
                       "Prices rose sharply (৳{n} in {Y} to ৳{n}0 in {Y2})."],
    "bengali-date": ["The offer started on {BNDATE} (Bangla calendar).", "Pohela Boishakh, 1 Boishakh {YR}, falls on 14 April."],
    "hijri-year": ["Ramadan {HIJRI} began in March, so the Eid campaign started early.",
                   "The Eid-ul-Adha sales in {HIJRI} (2023) were lower than expected."],
    "festival-year": ["Sales doubled during Eid-ul-Fitr {YR} compared with Eid-ul-Adha {Y}.",
                      "Durga Puja {YR} was a key period for {B} in {CITY}."],
    "national-day": ["Victory Day (16 December) is used for patriotic campaigns.",
                     "On 21 February (International Mother Language Day) brands change their logos to black and white."],
    "independence-day": ["Independence Day (26 March 1971) is a key date in the marketing calendar.",
                         "The 50th anniversary of independence (1971-2021) was celebrated by {B} with a special pack."],
    "historical-figure": ["The brand's story draws on {PERSON} and his ideas.", "Quotes from {PERSON} appeared on the packaging."],
    "nobel-prize": ["Muhammad Yunus won the Nobel Peace Prize (2006) together with Grameen Bank.",
                    "Tagore's Nobel Prize (1913) is often referred to in Bengali advertising."],
    "manager-name": ["{MANAGER}, Head of Marketing at {B}, said the target was {PCT}% growth.",
                     "In an interview, {MANAGER} (Brand Manager, {YR}) explained the media plan."],
    "interview-date": ["Interview with the brand manager of {B}, Dhaka, {d} March {YR}.",
                       "(Personal communication with {MANAGER}, {d} June {YR})"],
    "ussd-code": ["Customers dial {USSD} to open the menu.", "The *247# menu is still used by {PCT}% of customers."],
    "data-pack": ["The {GB} GB ({DAYS} days) pack costs Tk {n}.", "The 'Shobar Internet' pack ({GB}GB, {DAYS} days) was popular."],
    "trade-licence": ["{B} is registered under Trade Licence No. TRAD/DNCC/0{n}/{YR}.",
                      "The company's BIN (000{n}0{d}) is shown on every invoice."],
    "company-in-brackets": ["The group (PRAN-RFL, founded 1981) now exports to over 140 countries.",
                            "Its main rival (Square Toiletries Ltd) launched a similar product in {Y}."],
    "stock-code": ["{B} is listed on the Dhaka Stock Exchange (DSE: GP) since {Y}.",
                   "Shares (DSE: BRACBANK) rose {PCT}% in {YR}."],
    "model-number": ["Walton Primo X{q} ({YR}) was promoted as a local smartphone.",
                     "The Symphony Z{n} was launched in {Y}."],
    "award": ["{B} won the Bangladesh Brand Forum Best Brand Award {YR}.",
              "The campaign received a Commward ({YR}) for best digital idea."],
    "event-year": ["Digital World {YR} was held at the Bangabandhu International Conference Centre.",
                   "The Dhaka International Trade Fair {YR} (DITF) attracted over a million visitors."],
    "cricket": ["Sponsoring the Bangladesh Premier League (BPL {YR}) gave {B} national reach.",
                "The 2011 Cricket World Cup (co-hosted by Bangladesh) is remembered in ads."],
    "rana-plaza": ["After the Rana Plaza collapse (24 April 2013), buyers demanded more audits.",
                   "The Accord (2013) and the Alliance changed how RMG brands talk about safety."],
    "pandemic-dates": ["During the general holiday (26 March to 30 May 2020), online orders increased.",
                       "The lockdown of {Y} hit small shops in {CITY} the most."],
    "fiscal-year": ["In FY{YR} (July-June), revenue rose {PCT}%.", "The budget for FY 2023-24 raised VAT on mobile services."],
    "census-figure": ["Bangladesh has about 17 crore people, as the 2022 census counted.",
                      "The population of {CITY} is around {n} lakh (2022)."],
    "ranking": ["Bangladesh ranks {n}th in the Global Innovation Index ({YR}).",
                "It is the second largest RMG exporter (after China) in {YR}."],
    "rating": ["Moody's rating (B1, {YR}) affects banks' funding costs.", "The app is rated {q}.{d} stars (Google Play, {YR})."],
    "percentage-year": ["Internet penetration reached {PCT}% in {YR}.", "Smartphone use grew from {PCT}% ({Y}) to well over half of adults ({Y2})."],
    "exchange-rate": ["The taka fell from 86 to 110 per US dollar (2022-2023).", "At BDT {n} = £1 ({YR}), the budget is small."],
    "student-id": ["Student ID: {ROLL}", "CIM Candidate No. {n}0{d}{q}, Level 6 ({YR})"],
    "word-count": ["Word count: 2,9{q}0 (excluding references)", "(Word count: 3,{n})"],
    "figure-caption": ["Figure {q}: Market share of MFS providers in Bangladesh ({YR})",
                       "Table {d}: Marketing budget of {B} (Tk in lakh)"],
    "appendix-ref": ["See Appendix {q} (survey results, {YR}).", "Full details are given in Appendix B (2 pages)."],
    "section-ref": ["As discussed in Section {q}.{d}, the target segment is young professionals.",
                    "(see Task 1(a), above)"],
    "version-app": ["The bKash app (version 4.{d}, {YR}) added a savings feature.", "Nagad app {q}.{d}.0 was released in {YR}."],
    "flight-route": ["Biman's BG 201 (Dhaka-London) carries many diaspora travellers before Eid.",
                     "US-Bangla Airlines flight BS 341 ({CITY} route) was used in the promotion."],
    "bengali-slogan": ["The slogan 'Bangladesh-er Shoishob' (Childhood of Bangladesh) was used by PRAN in {YR}.",
                       "Grameenphone's tagline 'Go Beyond' ({YR}) replaced 'Stay close'."],
    "place-year": ["Padma Bridge (opened 25 June 2022) reduced delivery times to Khulna.",
                   "The Dhaka Metro Rail (MRT Line 6, 2022) changed commuting in Uttara."],
    "postcode": ["The head office is at Gulshan-1, Dhaka 1212.", "The Brick Lane shop (London E1 6QL) opened in {Y}."],
    "phone-hotline": ["Customers can call 16247 for help.", "The helpline (16{n}) is open 24/7."],
    "sdg-goal": ["This supports SDG {q} (Quality Education) and SDG 5 (Gender Equality).",
                 "The project links to the 8th Five Year Plan (2020-2025)."],
    "vision-plan": ["Vision 2041 aims to make Bangladesh a developed country.",
                    "Smart Bangladesh 2041 replaced Digital Bangladesh (2008)."],
    "iso-standard": ["The factory is certified to ISO 14001:2015.", "The brand follows WRAP and LEED Platinum (USGBC, {YR})."],
    "university-course": ["I completed my MBA at IBA (Batch {n}, {YR}).", "This report is for CIM Level 7 (Module 2206), {YR}."],
    "diaspora-count": ["There are about 650,000 British Bangladeshis (2021), many in East London.",
                       "Remittances reached US$ {d}.{q} billion in FY{YR}."],
}  # fmt: skip
