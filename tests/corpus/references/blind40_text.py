"""Prose for the fortieth held-out pool, "blind40": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fortieth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how sustainability,
brand-purpose and corporate-responsibility marketers write on CIM Level 6 and 7 courses: people at B Corps, consumer
brands, retailers, packaging firms and NGOs' corporate-partnership teams in the UK, the Netherlands, Germany,
Denmark and Canada. They write: greenwashing rulings of the ASA and the CMA's Green Claims Code, the EU Green Claims
Directive and CSRD, standards and frameworks with numbers and years (ISO 14001:2015, GRI 305, SBTi, TCFD, the SDGs,
Scope 1, 2 and 3), COP meetings by number and city, net zero pledges with target years, B Corp scores, carbon labels,
Earth Overshoot Day, certification marks, programme names with their years, tickers and financial years, survey
waves and sample sizes, hashtags and handles, internal documents, awards, treaties, and quoted claims from packs and
adverts; they cite textbooks, journal articles, NGO and company reports, regulators, trade press, podcasts and posts.

``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{O}`` an
opener, ``{B}`` a brand; the other placeholders are filled by ``values`` or by the builder.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, which matters for a brand like {B}.",
    "{N} suggested that {C}; the evidence from {place} is less clear.",
    "{N} made the case that {C}.",
    "{N} concluded that {C}, a point our sustainability team has raised more than once.",
    "{N} warned that {C}.",
    "{N} showed that {C}, particularly among {A}.",
    "{N} observed that {C} and that {C2}.",
    "{N} was blunt about this: {C}.",
    "{N} reported that {C}, although the sample was drawn mainly from {place}.",
    "{N} noted that {C}, and {B} is a good example.",
    "{N} set out why {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "As {N} pointed out, {C}.",
    "According to {N}, {C}.",
    "In the view of {N}, {C}.",
    "This is consistent with {N}, who found that {C}.",
    "For {B}, the work of {N} is useful because {C}.",
    "A similar argument is made by {N}: {C}.",
    "Building on {N}, it can be argued that {C}.",
    "When {B} prepared its first impact report, the team relied on {N}, who argued that {C}.",
    "Research by {N} indicates that {C}.",
    "Unlike {N}, who claimed that {C}, I would argue that {C2}.",
    "The framework developed by {N} helps explain why {C}.",
    "It is worth noting, following {N}, that {C}.",
    "{O} {N} argued that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of {A} found that {C}.",
    "{N} review of green claims concludes that {C}.",
    "Applying {N} model to {B}, it is clear that {C}.",
    "{N} analysis suggests that {C}.",
    "According to {N} survey, {C}.",
    "{N} findings are relevant here because {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "It has been argued that {C} {P}.",
    "There is growing evidence that {C} {P}.",
    "Research in {place} suggests that {C} {P}.",
    "{B} is no exception, since {C} {P}.",
    "Put simply, {C} {P}.",
    "{C}, especially for {A} {P}.",
    "Several studies show that {C} {P:e.g.}.",
    "This matters because {C} {P:see}.",
    "Critics note that {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, which means {B} needs to be careful with its on-pack wording.",
    "It is true that {C} {P}; even so, {C2}.",
    "Because {C} {P}, the campaign for {B} leads with evidence rather than adjectives.",
    "{C} {P} and this is reflected in {B}'s latest report.",
    "While {C} {P}, many {A} remain sceptical.",
    "{O} {C} {P}, so the recommendation below follows from this.",
    "Given that {C} {P}, {B} should publish its methodology.",
]  # fmt: skip

CLAIMS = [
    "vague environmental claims erode trust faster than specific ones build it",
    "consumers rarely read the small print behind a carbon neutral claim",
    "greenwashing accusations damage brand equity more than silence does",
    "the gap between what shoppers say and what they buy is widest for premium sustainable products",
    "B Corp certification signals commitment but few consumers understand what it means",
    "carbon labels shift choices only when they are simple and comparable",
    "Scope 3 emissions make up the majority of most consumer brands' footprints",
    "offset-based claims are the ones regulators are most likely to challenge",
    "brand purpose only works when it is tied to the core business",
    "younger consumers are more likely to punish brands they see as hypocritical",
    "refill models struggle to scale without retailer support",
    "employees are often the most credible messengers for sustainability commitments",
    "greenhushing is a rational response to regulatory risk but a poor long-term strategy",
    "recyclability claims mean little where local collection infrastructure is missing",
    "transparent reporting increases trust even when the numbers are unflattering",
    "price remains the main barrier to sustainable purchasing for {A}",
    "NGO partnerships lend credibility but expose companies to criticism if targets slip",
    "stakeholder pressure, not consumer demand, drives most corporate climate commitments",
    "eco-labels proliferate faster than consumers can learn to interpret them",
    "marketers overestimate how much consumers know about circular economy terms",
    "social norms messaging works better than guilt in reducing consumption",
    "companies that set science-based targets outperform their peers on {R}",
    "sustainability claims in advertising are increasingly treated as a legal risk",
    "consumers distrust claims that are made by the brand itself rather than a third party",
    "reporting frameworks are converging but remain confusing for smaller firms",
    "cause-related marketing can backfire when the cause seems unrelated to the product",
    "trust in business on climate varies sharply between countries",
    "second-hand and repair services can strengthen loyalty rather than cannibalise sales",
    "packaging is the most visible but not the most significant part of a product's footprint",
    "the credibility of a net zero pledge depends on interim targets",
]  # fmt: skip

OPENERS = [
    "In the context of the Green Claims Code,",
    "From a stakeholder perspective,",
    "For a certified B Corp,",
    "Looking at the wider market,",
    "On the other hand,",
    "In practice,",
    "At {B},",
    "For packaging teams in particular,",
    "Across {place},",
    "More broadly,",
]  # fmt: skip

PLAIN = [
    "This section evaluates how {B} communicates its environmental performance to {A}.",
    "The recommendations below are prioritised by cost, risk and impact.",
    "Our team tested three versions of the on-pack message with a small panel of {A}.",
    "There is a clear tension here between ambition and evidence.",
    "The next part of the report turns to stakeholder mapping.",
    "{B} has not yet published a full life cycle assessment for its core range.",
    "None of the claims on the current packaging has been independently verified.",
    "The brief asks for a critical evaluation rather than a description, so the focus is on trade-offs.",
    "In my role as partnerships manager I see this tension every week.",
    "Budget for the campaign is limited, so owned and earned channels carry most of the weight.",
    "The following table summarises the options considered.",
    "This is where the marketing and legal teams most often disagree.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} stated that {Q}.",
    "As {N} puts it, {Q}.",
    "{Q} {P}.",
    "The point is made clearly: {Q} {P}.",
    "One practitioner guide warns that {Q} {P}.",
    "{N} went further, writing that {Q}.",
    "In a widely shared passage, {N} noted that {Q}.",
    "{Q} {P}, and this is exactly the risk {B} faces.",
]  # fmt: skip

SCARE_QUOTES = [
    "‘eco-friendly’", "‘carbon neutral’", "‘100% recyclable’", "‘planet positive’", "‘climate neutral’",
    "‘natural’", "‘sustainable’", "‘green’", "“net zero”", "“plastic free”", "“conscious”", "'kinder to the planet'",
    "\"responsibly sourced\"", "“nature positive”", "‘circular’", "“low carbon”",
]  # fmt: skip

SCARE_FRAMES = [
    "Terms such as {Q} are now treated with suspicion by regulators {P}.",
    "{N} argued that words like {Q} promise more than most products can deliver.",
    "The word {Q} appears on much of {B}'s packaging, yet its meaning is unclear {P}.",
    "Many brands still describe their ranges as {Q} {P}.",
    "{N} showed that shoppers read {Q} as a claim about the whole product.",
]  # fmt: skip

SUBJECT_LINES = [
    "“Join us in making {tgt} the year we hit net zero”", "‘Our bottles are now 100% recycled plastic*’",
    "“Your refill is ready”", "‘Buy less, demand more’", "“Small swaps, big difference”",
    "‘We’re a B Corp. Here’s what that means.’", "\"Don't buy this jacket\"", "“This is not a green ad”",
    "‘Climate neutral certified since {since}’", "“Every pack plants a tree”", "'Repair it, don't replace it'",
    "“Meet the farmers behind your coffee”",
]  # fmt: skip

SUBJECT_FRAMES = [
    "A line such as {Q} would now need evidence behind it {P}.",
    "{B}'s email headed {Q} had a strong open rate, which fits the view that honesty sells {P}.",
    "The strapline {Q} was challenged internally, a reaction {N} would predict.",
    "Slogans like {Q} invite scrutiny {P}.",
    "The draft social post read {Q}, which {N} would call an unqualified claim.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "management-standard": [
        "{B} has been certified to ISO 14001:2015 since {since}, which gives the claims some structure.",
        "The packaging supplier works to ISO 14064-1:2018 for its greenhouse gas inventory.",
        "Carbon neutrality was declared against PAS 2060:2014 until the standard was withdrawn.",
        "Any self-declared claim should follow ISO 14021:2016 (Type II environmental labels).",
    ],
    "gri-disclosure": [
        "Emissions are reported under GRI 305: Emissions 2016, disclosures 305-1 to 305-3.",
        "The index maps every page to GRI 2: General Disclosures 2021 and GRI 3: Material Topics 2021.",
        "Waste data follows GRI 306 (2020), which replaced the older effluents standard.",
    ],
    "target-year": [
        "{B} has committed to net zero across its value chain by {tgt}, with a {pct}% cut in Scope 1 and 2 by 2030 against a {base} baseline.",
        "The plan targets net zero by {tgt} (interim milestone: 2030).",
        "All packaging is due to be reusable, recyclable or compostable by 2025, a target the team now expects to miss.",
    ],
    "cop-meeting": [
        "Many of these pledges were made around {cop}.",
        "The announcement was timed for COP26 (Glasgow, November 2021).",
        "Since COP21 in Paris the language of 1.5°C has moved from policy papers into advertising.",
    ],
    "sdg-reference": [
        "The campaign is mapped to {sdg} and SDG 17 (Partnerships for the Goals).",
        "Most of our activity sits under SDG 12 (Responsible Consumption and Production), target 12.5.",
        "The partnership with {ngo} contributes to SDG 14 (Life Below Water).",
    ],
    "scope-category": [
        "Scope 3, Category 1 (purchased goods and services) accounts for roughly {pct}% of the total.",
        "The footprint covers Scope 1, 2 and 3 (Categories 1, 4, 11 and 12).",
        "Only Scope 1 and Scope 2 (market-based) emissions have been assured so far.",
    ],
    "b-corp-score": [
        "{B} achieved a B Impact Assessment score of {bscore} when it recertified in {yr}.",
        "The minimum to certify is 80 points (version 6 of the BIA); our score was {bscore}.",
        "After the 2025 standards update the B Impact score is no longer the main test.",
    ],
    "asa-complaint-ref": [
        "The complaint was upheld (ASA complaint ref: {ref}).",
        "The ruling, complaint reference {ref}, concerned a television advert and a paid-for social post.",
        "In case {ref} the advertiser was told the ad must not appear again in the form complained of.",
    ],
    "green-claims-code": [
        "Principle 1 of the Green Claims Code says claims must be truthful and accurate.",
        "The CMA's Green Claims Code (September 2021) sets out six principles.",
        "Under the Digital Markets, Competition and Consumers Act 2024 the CMA can fine firms up to 10% of global turnover.",
    ],
    "eu-legal-number": [
        "Directive (EU) 2024/825 bans generic environmental claims from September 2026.",
        "The Green Claims proposal, COM(2023) 166, was paused in June 2025.",
        "Reporting under Directive (EU) 2022/2464 begins with FY2024 data for the largest companies.",
    ],
    "csrd-wave": [
        "{B} falls into the second CSRD wave (large undertakings, FY2025 reports published in 2026), although the Omnibus may delay this.",
        "The double materiality assessment followed ESRS 1 and ESRS E1 (Climate change).",
        "Under the ESRS (Set 1) the company must disclose transition plans.",
    ],
    "overshoot-day": [
        "In {yr} Earth Overshoot Day fell on {odate}.",
        "Earth Overshoot Day (1 August in 2024) is a useful hook for social content.",
        "The UK's own overshoot day, 19 May, gets far less coverage.",
    ],
    "framework-acronym": [
        "The TCFD's four pillars (governance, strategy, risk management, metrics and targets) now sit inside IFRS S2.",
        "ISSB standards IFRS S1 and IFRS S2 were issued in June 2023.",
        "Validation by the SBTi (Corporate Net-Zero Standard V1.2) took eleven months.",
        "The TNFD's LEAP approach (Locate, Evaluate, Assess, Prepare) is new to the team.",
    ],
    "survey-statistic": [
        "In our own survey, {pct}% of {A} said they would pay more for refills (n = {n}).",
        "Only {pct}% of respondents could define ‘carbon neutral’ correctly (n={n}, online panel, {mo} {yr}).",
        "Trust in the brand rose from {pct}% to {pct2}% between wave {w} and wave {w2}.",
    ],
    "programme-with-years": [
        "The Unilever Sustainable Living Plan (2010–2020) is often held up as a model.",
        "M&S launched Plan A in 2007 and relaunched it as Plan A 2025.",
        "The Courtauld Commitment 2030 is a voluntary agreement across the UK food system.",
        "The UK Plastics Pact set four targets for 2025.",
    ],
    "campaign-name": [
        "Patagonia's Don't Buy This Jacket advert ran on Black Friday in 2011.",
        "Ben & Jerry's Save Our Swirled flavour (2015) tied ice cream to climate activism.",
        "The Real Beauty campaign (Dove, launched 2004) is still the reference point for purpose marketing.",
        "IKEA's Buy Back & Resell scheme (relaunched 2022) ran in {place}.",
    ],
    "certification-mark": [
        "The cotton carries the GOTS label (Global Organic Textile Standard) and OEKO-TEX® STANDARD 100.",
        "Paper packaging is FSC® certified (FSC® C{fsc}).",
        "In Denmark the Nordic Swan Ecolabel (Svanemærket) is better known than the EU Ecolabel.",
        "German shoppers look for the Blauer Engel (Blue Angel), in use since 1978.",
    ],
    "carbon-label-figure": [
        "The label reads {kg} kg CO2e per kg, cradle to grave.",
        "Each serving is rated at 0.{n} kg CO2e (Foundation Earth score: B).",
        "The product footprint was calculated as {kg} kgCO₂e per unit using the PEF method.",
    ],
    "event-year": [
        "The idea came from a session at Sustainable Brands {city} {yr}.",
        "We presented the pilot at the B Corp Festival in {mo} {yr}.",
        "Cannes Lions 2023 gave its Sustainable Development Goals Grand Prix to a campaign about water.",
        "The team attended London Climate Action Week (June {yr}).",
    ],
    "ticker-financial-year": [
        "{B} is listed in London (LSE: {tick}) and reports on a {fy} basis.",
        "Revenue for {fy} was £{n}m, of which {pct}% came from certified products.",
        "The share price (NYSE: PG) barely moved after the announcement.",
    ],
    "money-figure": [
        "The campaign budget is €{eur}k for {yr}, split across paid social and retail media.",
        "The Plastic Packaging Tax rose to £217.85 per tonne in April 2024.",
        "The fine of CAD {n},000 under the Competition Act was small compared to the reputational cost.",
    ],
    "date-of-event": [
        "On {d} {mo} {yr} {B} announced it would drop the carbon neutral label.",
        "The ruling was published on Wednesday {d} {mo}.",
        "From 27 September 2026 the new rules apply across the EU.",
    ],
    "regulation-name": [
        "The Consumer Protection from Unfair Trading Regulations 2008 (CPRs) were the main tool until 2025.",
        "Extended Producer Responsibility (EPR) for packaging applies from {d} {mo} 2025.",
        "In Germany the Verpackungsgesetz (VerpackG) requires registration with LUCID.",
        "Canada's Bill C-59 (2024) amended the Competition Act to cover environmental claims.",
    ],
    "code-rule": [
        "CAP Code rules 11.1 to 11.7 cover environmental claims in non-broadcast ads.",
        "BCAP Code Section 9 applies to the television version.",
        "Rule 3.1 (misleading advertising) was also cited in the complaint.",
    ],
    "esg-rating": [
        "{B} holds an MSCI ESG rating of AA and a CDP score of A- (Climate).",
        "Its Sustainalytics ESG Risk Rating is 22.4 (medium risk).",
        "The company made the CDP A List in {yr} for climate and water.",
        "It has been in the FTSE4Good Index Series since {since}.",
    ],
    "temperature-figure": [
        "The target is aligned with 1.5°C (well-below 2°C was the previous level).",
        "Warming has already reached about 1.2°C above pre-industrial levels (1850–1900).",
        "Scenario analysis used two pathways (1.5°C and 3°C) to test the range.",
    ],
    "tenure-years": [
        "Paul Polman (Unilever CEO, 2009–2019) made purpose the centre of the strategy.",
        "Under Yvon Chouinard (founder, 1973) the company gave itself away in 2022.",
        "The former head of sustainability ({since}–{yr}) built the first materiality matrix.",
    ],
    "treaty-year": [
        "The Paris Agreement (2015) is the reference point for every target in this report.",
        "Before the Kyoto Protocol (1997) few companies reported emissions at all.",
        "The Montreal Protocol (1987) is often used as proof that global agreements can work.",
        "The Global Plastics Treaty talks (INC-5, Busan) ended without agreement.",
    ],
    "founded-year": [
        "{B} (founded {since}) has been a certified B Corp since {yr}.",
        "Lush, founded in Poole in 1995, still sells most products without packaging.",
        "The business became a B Corp in {yr} and an employee-owned trust later.",
    ],
    "award-year": [
        "{B} won a Queen's Award for Enterprise: Sustainable Development (2020).",
        "The refill range was shortlisted for the Edie Awards {yr} (Product Innovation of the Year).",
        "It was named B Corp Best for the World (Environment) in {yr}.",
    ],
    "hashtag-handle": [
        "The campaign hashtag #BuyLessDemandMore trended for a day in {mo}.",
        "Posts were tagged #BCorpMonth and #BCorpMonth{yr}, and shared by @BCorpUK.",
        "The reply from @{handle} did more harm than the original post.",
    ],
    "internal-document": [
        "Our Impact Plan (v{w}.2, internal) sets out the roadmap.",
        "The decision was minuted in ESG Committee paper EC-{n} ({mo} {yr}).",
        "The claims register (Sustainability Claims Log, tab 3) lists every approved phrase.",
    ],
    "report-section": [
        "Section 3.2 (above) explains why this matters.",
        "See Appendix {w} (stakeholder map) for the full list.",
        "The options are compared in Table {w} and Figure {w2}.",
    ],
    "assessment-admin": [
        "Word count: 2,{n} (excluding tables and the reference list).",
        "This answers Task 2 (part b) and assessment criteria 2.1 and 2.3.",
        "CIM Level 6 Diploma in Professional Marketing, Sustainable Marketing module, {mo} {yr} submission.",
    ],
    "abbreviation-definition": [
        "A life cycle assessment (LCA) of the range has been commissioned.",
        "Environmental, social and governance (ESG) criteria now shape investor questions.",
        "The Product Environmental Footprint (PEF) method is the EU's preferred approach.",
        "Deposit return schemes (DRS) are due in England and Northern Ireland in October 2027.",
    ],
    "quoted-banned-claim": [
        "The advert claimed the product was ‘the world's first carbon neutral {M}’, which the ruling rejected.",
        "Phrases such as “climate positive” and ‘zero impact’ were dropped from the {yr} range.",
        "The pack said \"100% recyclable\", but only in areas with kerbside collection of films.",
    ],
    "decade-era": [
        "In the 1990s environmental marketing was mostly about recycled paper.",
        "Since the 2008 financial crisis trust in large companies has not fully recovered.",
        "The post-pandemic years (2021–2023) saw a surge in sustainability pledges.",
    ],
    "foreign-regulator": [
        "In the Netherlands the ACM published its Guidelines on Sustainability Claims (second edition) after the Decathlon case.",
        "The Danish Consumer Ombudsman (Forbrugerombudsmanden) issued new guidance on climate claims.",
        "The Stichting Reclame Code (SRC) handles complaints in the Netherlands.",
        "Germany's Federal Court of Justice (BGH, I ZR 98/23) ruled on the term klimaneutral.",
        "Ad Standards in Canada publishes complaint case reports each quarter.",
    ],
    "product-model": [
        "The Fairphone 5 (launched 2023) comes with a five-year warranty.",
        "The Worn Wear programme now repairs around {n} garments a week.",
        "The new {M} range (SKU range 4400–4460) uses 30% recycled content.",
    ],
    "percentage-target-bracket": [
        "Recycled content rose to {pct}% (target: 50% by 2025).",
        "Virgin plastic use fell by {pct}% (2019 baseline), short of the 50% goal.",
        "Renewable electricity now covers {pct}% of sites (RE100 target: 100% by 2030).",
    ],
    "ngo-partnership": [
        "{B} has partnered with {ngo} since {since}, funding river restoration projects.",
        "The partnership with WWF-UK (three years, renewable) covers supply-chain deforestation.",
        "Greenpeace's Detox My Fashion campaign, launched in 2011, changed how brands talk about chemicals.",
    ],
    "podcast-episode-mention": [
        "I first heard the term greenhushing on a podcast episode (number 112) during my commute.",
        "The webinar recording (Part 2, 47 minutes) is on the team drive.",
        "Our LinkedIn Live in {mo} drew {n} viewers.",
    ],
    "time-period": [
        "Emissions fell in Q{q} {yr} but rose again over the winter.",
        "Across H1 {yr} the refill pilot ran in {n} stores.",
        "In the first half of FY{yy} the team focused on packaging.",
    ],
    "url-mention": [
        "Full details are on the company's website (www.{dom}/impact).",
        "The ruling is on asa.org.uk and the CMA guidance is on gov.uk.",
        "The B Corp directory (bcorporation.uk) lists every certified company.",
    ],
}  # fmt: skip

BRANDS = ["Patagonia", "Tony's Chocolonely", "Oatly", "Lush", "innocent", "Ben & Jerry's", "Ecover", "Finisterre",
          "Allbirds", "Who Gives A Crap", "Toast Ale", "Pukka Herbs", "Abel & Cole", "Riverford", "Ørsted", "LEGO",
          "Arla", "Carlsberg", "Pandora", "Vestas", "Albert Heijn", "HEMA", "Vandebron", "Fairphone", "Dille & Kamille",
          "Hiut Denim", "Vaude", "Armedangels", "Ritter Sport", "Frosta", "Roots", "MEC", "Loblaw", "Tentree",
          "The Body Shop", "M&S", "Sainsbury's", "Co-op", "Unilever", "Dove", "Persil", "Hellmann's", "Method",
          "Bio-D", "Pip & Nut", "Nudie Jeans", "Elvis & Kresse", "Jimmy's Iced Coffee", "Papier", "Picnic"]  # fmt: skip

_PLACES = ["the UK", "the Netherlands", "Germany", "Denmark", "Canada", "Scandinavia", "the EU", "Ontario", "Quebec",
           "British Columbia", "Scotland", "Bavaria"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    year = rng.randint(2019, 2025)
    pct = rng.randint(12, 88)
    wave = rng.randint(2, 9)
    return {
        "yr": str(year), "since": str(rng.randint(2006, 2018)),
        "place": rng.choice(_PLACES),
        "tgt": rng.choice(["2030", "2035", "2039", "2040", "2045", "2050"]),
        "base": rng.choice(["2015", "2017", "2018", "2019", "2020"]),
        "pct": str(pct), "pct2": str(min(pct + rng.randint(2, 11), 97)),
        "cop": rng.choice(["COP21 in Paris", "COP26 in Glasgow", "COP27 in Sharm el-Sheikh", "COP28 in Dubai",
                           "COP29 in Baku", "COP30 in Belém", "COP15 in Copenhagen"]),
        "sdg": rng.choice(["SDG 12", "SDG 13", "SDG 5", "SDG 6", "SDG 14", "SDG 8", "SDG 15"]),
        "bscore": f"{rng.randint(80, 151)}.{rng.randint(0, 9)}",
        "mo": rng.choice(["January", "March", "April", "June", "July", "September", "October", "November"]),
        "fy": rng.choice(["FY2023/24", "FY24", "2023/24", "FY2025", "FY22"]),
        "yy": str(year)[2:],
        "city": rng.choice(["London", "Amsterdam", "Copenhagen", "Toronto", "Vancouver", "Hamburg", "Rotterdam"]),
        "odate": rng.choice(["28 July", "29 July", "1 August", "2 August", "24 July", "22 August"]),
        "kg": f"{rng.randint(0, 9)}.{rng.randint(1, 9)}",
        "ngo": rng.choice(["WWF", "the Ellen MacArthur Foundation", "WRAP", "Greenpeace", "the Rivers Trust",
                           "Surfers Against Sewage", "Natuurmonumenten", "NABU", "Danmarks Naturfredningsforening",
                           "the David Suzuki Foundation", "Plastic Soup Foundation"]),
        "ref": f"A{rng.randint(19, 25)}-{rng.randint(1000000, 1299999)}",
        "tick": rng.choice(["ULVR", "MKS", "TSCO", "SBRY", "DSCO", "MNDI"]),
        "w": str(wave), "w2": str(wave + rng.randint(1, 3)),
        "eur": str(rng.randint(40, 950)),
        "fsc": f"{rng.randint(0, 199999):06d}",
        "handle": rng.choice(["GreenpeaceUK", "WWF_UK", "ClientEarth", "ASA_UK", "CMAgovUK", "Ethical_Consumer"]),
        "dom": rng.choice(["refillrevolution.co.uk", "greenleaf-home.nl", "nordkyst.dk", "maplethread.ca", "kleinwerk.de"]),
    }  # fmt: skip
