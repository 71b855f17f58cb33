"""The blind368 pool's prose: how marketers at funeral directors, crematoria, pre-paid funeral plan providers,
will-writing services, care homes, home-care agencies and memorial and legacy-giving charities in the UK, Ireland,
Australia, South Africa, Japan and Ghana write CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Frames cite at the start, middle and end of
sentences, after "as", "following", "according to", "echoing" and "building on", in brackets with "see", "e.g." and
"cf."; the decoys are what these candidates put in brackets and beside years that is no source: care ratings and
inspections, plan types and price bands, takeovers and mergers (among them of firms the list holds), grants and
subsidies, family firms, founders and founding years (among them of bodies the list holds), survey campaigns,
anniversaries, life dates, acts and regulations named in passing, Japanese era years, and more.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Co-op Funeralcare", "Dignity", "Pure Cremation", "Golden Charter", "Farewill", "Avalon", "Age UK",
          "Marie Curie", "Sue Ryder", "HC-One", "Barchester", "Home Instead", "Fanagans", "Massey Bros.", "InvoCare",
          "Bare Cremation", "Propel Funeral Partners", "AVBOB", "Doves", "Clientèle", "Kamakura Shinsho", "AEON Life",
          "Enterprise Life", "Funeral Partners", "Legal & General", "Irish Hospice Foundation", "St Christopher's"]  # fmt: skip

_FUNERAL_BRANDS = ["Co-op Funeralcare", "Dignity", "Pure Cremation", "Golden Charter", "Avalon", "Fanagans",
                   "Massey Bros.", "Funeral Partners", "A.W. Lymn", "Leverton & Sons"]  # fmt: skip
_CHARITY_BRANDS = ["Age UK", "Marie Curie", "Sue Ryder", "Irish Hospice Foundation", "St Christopher's Hospice",
                   "Alzheimer's Society", "Macmillan Cancer Support", "Cruse Bereavement Support", "ALONE"]  # fmt: skip
_CARE_BRANDS = ["HC-One", "Barchester", "Care UK", "Bupa", "Four Seasons Health Care"]
_FAMILIES = ["Henshaw", "Pargeter", "Ashdown", "Colclough", "Tremayne", "Brereton", "Quarmby", "Kinsella",
             "Oosthuizen", "Whitlock", "Asamoah", "Treharne", "Fitzmaurice", "Lockyer", "Delahunty", "Ridgeway"]  # fmt: skip
_GIVEN = ["Arthur", "Margaret", "Thomas", "Ellen", "Walter", "Bridget", "Kwaku", "Pieter", "Harold", "Nora", "Frank"]
_ACQUIRERS = ["Dignity", "Funeral Partners", "Co-op Funeralcare", "InvoCare", "Propel Funeral Partners", "AVBOB",
              "Doves", "Golden Charter", "HC-One", "Barchester"]  # fmt: skip
_ACTS = ["the Consumer Rights Act 2015", "the Mental Capacity Act 2005", "the Wills Act 1837", "the Equality Act 2010",
         "the Health and Social Care Act 2008", "the Digital Markets, Competition and Consumers Act 2024",
         "Ireland's Succession Act 1965", "South Africa's Protection of Personal Information Act 2013",
         "Ghana's Data Protection Act 2012 (Act 843)", "the Cremation (England and Wales) Regulations 2008",
         "Japan's Long-Term Care Insurance Act 1997", "the Coroners and Justice Act 2009"]  # fmt: skip
_GRANTS = ["Funeral Expenses Payment", "Bereavement Support Payment", "Children's Funeral Fund", "Social Fund",
           "Market Sustainability and Improvement Fund", "Adult Social Care Discharge Fund", "Home Care Packages Program",
           "Commonwealth Home Support Programme", "Nursing Homes Support Scheme", "Older Persons Grant"]  # fmt: skip
_PLANS = ["Simple", "Standard", "Premier", "Essential", "Traditional", "Attended Cremation", "Classic", "Celebration"]
_HOMES = ["Willow Court", "Beechwood House", "The Laurels", "Ashgrove Lodge", "St Anne's Nursing Home",
          "Meadowbank", "Oakfield Manor", "Riverside View"]  # fmt: skip
_CITIES = ["Leeds", "Cork", "Brisbane", "Durban", "Osaka", "Kumasi", "Galway", "Perth", "Bristol", "Pretoria",
           "Belfast", "Accra", "Sendai", "Cardiff"]  # fmt: skip
_AUDIENCES = ["bereaved families", "the over-50s", "adult children choosing care for a parent", "legacy pledgers",
              "people planning their own funeral", "self-funders", "first-time will-writers", "older homeowners",
              "carers", "younger relatives arranging a funeral online", "diaspora families abroad"]  # fmt: skip
_SERVICES = ["direct cremation", "pre-paid funeral plans", "online wills", "home care", "respite care",
             "memorial websites", "gift-in-will campaigns", "bereavement support", "green burial",
             "transparent price lists", "live-streamed services", "funeral insurance"]  # fmt: skip
_RESULTS = ["trust", "enquiries", "plan sales", "legacy pledges", "word of mouth", "occupancy", "complaints",
            "price sensitivity", "recommendation", "repeat use across generations"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, drawn after the common ones."""
    y3 = rng.randint(2016, 2025)
    old = rng.randint(1820, 1965)
    born = rng.randint(1915, 1950)
    ry = rng.randint(2019, 2025)
    hy = rng.randint(1990, 2018)
    fam, fam2 = rng.sample(_FAMILIES, 2)
    price = rng.randint(1100, 4800)
    return {
        "Y3": str(y3), "Y4": str(y3 + 1), "old": str(old), "old2": str(old + rng.randint(25, 60)),
        "b": str(born), "dd": str(rng.randint(born + 60, min(born + 95, 2025))), "age": str(rng.randint(68, 99)),
        "pc": str(rng.randint(3, 89)), "price": f"{price:,}", "price2": f"{price + rng.randint(900, 4000):,}",
        "hr": f"{rng.randint(19, 38)}.{rng.choice(['00', '50', '75', '20'])}", "mo": rng.choice(
            ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]),
        "plan": rng.choice(_PLANS), "rating": rng.choice(["Good", "Outstanding", "Requires improvement", "Good"]),
        "home": rng.choice(_HOMES), "city": rng.choice(_CITIES), "fam": fam, "fam2": fam2,
        "founder": f"{rng.choice(_GIVEN)} {fam}", "acq": rng.choice(_ACQUIRERS), "act": rng.choice(_ACTS),
        "grant": rng.choice(_GRANTS), "br": str(rng.randint(40, 900)), "beds": str(rng.randint(24, 120)),
        "ry": str(ry), "rw": str(ry - 2018), "hy": str(hy), "hs": str(hy - 1988),
        "chno": str(rng.randint(200000, 1199999)), "frn": str(rng.randint(100000, 999999)),
        "ph": str(rng.randint(100, 999)), "ph2": str(rng.randint(1000, 9999)),
        "fd": rng.choice(_FUNERAL_BRANDS), "charity": rng.choice(_CHARITY_BRANDS), "careco": rng.choice(_CARE_BRANDS),
        "aud": rng.choice(_AUDIENCES), "svc": rng.choice(_SERVICES), "res": rng.choice(_RESULTS),
        "yen": f"{rng.randint(8, 190) * 10000:,}", "cedi": f"{rng.randint(5, 90)},000", "rand": f"{rng.randint(5, 60)},000",
        "aud_d": f"{rng.randint(4, 15)},{rng.randint(100, 999)}", "eur": f"{rng.randint(3, 9)},{rng.randint(100, 999)}",
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn from one city.",
    "{N} concluded that {C}.", "{N} showed that {C}, which matters for a firm like {B}.",
    "{N} suggest that {C}; {B}'s own enquiry data points the same way.", "{N} noted that {C}.",
    "{N} identified that {C}, particularly among {aud}.", "{N} observed that {C} in the months after a death.",
    "{N} warned that {C} where customers are grieving.", "{N} described {svc} as a distress purchase and showed that {C}.",
    "{N} went further, arguing that {C} and that {C2}.", "{N} questioned whether {C}.",
    "{N} reported that {C} across {city} and the surrounding area.", "{N} interviewed {n} families and found that {C}.",
    "{N} make the point that {C}.", "{N} recommended that providers test whether {C}.",
    "{N} were among the first to show that {C}.", "{N} is often quoted on this, having found that {C}.",
    "{N} found that offering {svc} raised {res} only where {C}.", "{N} is clear that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} argued, {C}.", "Following {N}, this report treats {svc} as a trust good, since {C}.",
    "According to {N}, {C}.", "Echoing {N}, {C}.", "Building on {N}, it can be argued that {C}.",
    "{C}, as {N} showed.", "{C}, echoing {N}.", "{C}, according to {N}.", "{C}, building on the work of {N}.",
    "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.", "{C} – a view shared by {N}.",
    "In a study of {aud}, {N} found that {C}.", "Research by {N} suggests that {C}.",
    "A survey carried out by {N} found that {C}.", "{B} appears to have followed {N}: {C}.",
    "Data from {N} show that {C}.", "Not everyone agrees; {N}, for instance, maintained that {C}.",
    "The evidence is mixed: {N} found that {C}, whereas {C2}.", "For {B}, the lesson from {N} is that {C}.",
    "{C}, which supports the findings of {N}.", "It could be argued, following {N}, that {C}.",
    "This mirrors what {N} found among {aud}: {C}.", "{C}; however, {N} found the opposite in {city}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "{N} study of {aud} showed that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {aud}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, especially where {svc} is sold by phone {P}.",
    "In short, {C} {P}.", "Funeral costs have risen faster than inflation for most of the last decade {P}.",
    "Grief narrows attention, so families rarely compare more than one provider {P}.",
    "Older consumers value reassurance over price {P:see also}.", "It is also worth noting that {C} {P:cf.}.",
    "{C}, which is why {B} invests in {svc} {P}.", "The decision is often made by adult children rather than the person cared for {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "Although {C} {P}, {C2}.",
    "{O}, {C} {P} and {C2}.", "{C} {P}, whereas {C2}.", "Given that {C} {P:see}, it follows that {C2}.",
    "Three things drive this – price, proximity {P} and reputation – and {C}.",
]  # fmt: skip
CLAIMS = [
    "families choose a funeral director on reputation rather than price", "offering {svc} builds {res} among {aud}",
    "{aud} distrust advertising that mentions death directly", "transparent price lists reduce complaints",
    "{B} gains more from local word of mouth than from paid search", "{aud} respond to reassurance more than to offers",
    "pre-paid plans are bought to spare relatives a burden rather than to save money", "offering {svc} lowers the cost of reaching {aud}",
    "trust in a provider is formed long before the need arises", "humour in funeral advertising offends older viewers",
    "adult children drive most care-home decisions", "legacy messages work best when they follow a story of impact",
    "vulnerable customers need more time than the sales process allows", "offering {svc} raises {res} when staff are trained in bereavement",
    "price is rarely discussed openly at the first meeting", "online reviews now shape the choice of a care home",
    "families in {city} still expect a traditional service", "{aud} expect {B} to explain every cost in writing",
    "the taboo around death makes planning ahead hard to sell", "the offer of {svc} appeals most to {aud}",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "In the UK funeral sector", "In Japan", "In Ghana", "In South Africa",
           "In Ireland", "Across Australia", "Among care-home operators", "For legacy fundraisers", "Since the pandemic",
           "At the same time", "By contrast", "More recently"]  # fmt: skip
PLAIN = [
    "{fd} has a 24-hour helpline and arranges most funerals within ten days.",
    "The marketing team is small: two people and an agency on retainer.",
    "Most enquiries still come by phone, usually from a son or daughter.",
    "{fd} sells plans through its branches, its website and a network of independent funeral directors.",
    "Task 2 sets out a communications plan for the next twelve months.",
    "The home has a waiting list and a strong local reputation.",
    "{O}, {C}.",
    "Legacy fundraising is a long game: a pledge may not be realised for decades.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "care-rating": ["{home} is rated {rating} by the CQC (last inspected {mo} {Y3}).",
                    "The group's homes in the north-east (rated {rating}, {Y3}) fill fastest.",
                    "Two of {careco}'s care homes were downgraded (to Requires improvement, {Y3}).",
                    "Families look at the rating before anything else ({home}: {rating}, {Y3})."],
    "inspection-outcome": ["HIQA's unannounced inspection ({d} {mo} {Y3}) found the centre compliant on {q} of 5 regulations.",
                           "A follow-up visit ({mo} {Y3}) lifted the warning notice.",
                           "The home met all eight quality standards at its last audit ({mo} {Y3})."],
    "plan-type": ["Its {plan} plan ({Y3} price: £{price}) includes a simple coffin and one limousine.",
                  "The range runs from a direct cremation plan (£{price}) to a {plan} plan (£{price2}), as priced in {mo} {Y3}.",
                  "Customers can pay for the {plan} plan in instalments (12, 24 or 60 months, {Y3} terms)."],
    "price-band": ["Most families choose a mid-range funeral (£3,000–£5,000 in {Y3}).",
                   "Direct cremation sits in the lowest price band (under £2,000, {Y3}).",
                   "Premium funerals (£8,000 and above, {Y3}) are a small but profitable niche."],
    "acquisition": ["{acq} bought {fam} & Sons in {Y3} (for an undisclosed sum).",
                    "The brand joined a larger group ({fam} Family Funerals, acquired by {acq} in {Y3}).",
                    "InvoCare was taken over by a private-equity firm (bought by TPG Capital, 2023).",
                    "Dignity plc was taken private in 2023 (by a consortium led by Castelnau Group)."],
    "merger": ["The two firms merged ({fam} & Sons with {fam2} Family Funerals, {Y3}).",
               "Age UK was formed from a merger (Age Concern and Help the Aged, 2009).",
               "Two hospice charities in the region merged ({mo} {Y3}) to share back-office costs."],
    "government-grant": ["Low-income families can claim the Funeral Expenses Payment (up to £1,000 for other costs, {Y3}).",
                         "The Children's Funeral Fund (England, since 2019) pays for the burial or cremation of a child.",
                         "Part of the service is funded through the {grant} ({Y3}/{Y4}).",
                         "Some Ghanaian households receive LEAP cash transfers (Livelihood Empowerment Against Poverty, since 2008)."],
    "subsidy": ["Councils used the Adult Social Care Discharge Fund (£500m, winter 2022/23) to buy care-home beds.",
                "Japan's long-term care insurance (kaigo hoken, introduced in 2000) pays most home-care costs.",
                "Ireland's Fair Deal scheme (the Nursing Homes Support Scheme, 2009) caps what residents pay."],
    "family-firm": ["{fam} & Sons (family-run since {old}) now has branches across the county.",
                    "As a fifth-generation business (est. {old}), {fam}'s trades on heritage.",
                    "The firm is still owned by the founding family (the {fam}s, since {old})."],
    "founder": ["The business was started by a carpenter ({founder}, {old}) who also made coffins.",
                "Farewill was founded in 2015 (by Dan Garrett and Tom Rees) to make wills simple.",
                "St Christopher's Hospice (opened by Dame Cicely Saunders in 1967) began the modern hospice movement.",
                "{founder} (who founded the firm in {old}) would not recognise the business today."],
    "founding-year": ["The NAFD (founded 1905) represents most funeral directors in the UK.",
                      "Marie Curie (est. 1948) and Sue Ryder (est. 1953) both run hospices.",
                      "AVBOB (founded in Bloemfontein in 1918) is a mutual society owned by its members.",
                      "The Care Quality Commission (established 2009) inspects every care home in England.",
                      "SAIF (formed in 1989) speaks for independent firms."],
    "survey-campaign": ["Press coverage peaked in the week of the Cost of Dying {Y3} launch.",
                        "{fd} built a PR campaign around its own ‘Cost of Saying Goodbye {Y3}’ survey.",
                        "The ‘Talk About It {Y3}’ campaign asked customers to share their wishes with family."],
    "anniversary": ["{fam} & Sons marked its 150th anniversary ({old}–{Y3}) with a local history exhibition.",
                    "The centenary campaign (100 years, {Y3}) featured staff who had served for decades.",
                    "A memorial service marked the tenth anniversary of the home's opening ({mo} {Y3})."],
    "life-dates": ["The founder, {founder} ({b}–{dd}), ran the business for fifty years.",
                   "Dame Cicely Saunders (1918–2005) remains the sector's best-known pioneer.",
                   "Jessica Mitford (1917–1996) is still quoted whenever funeral prices make the news."],
    "death-notice": ["After the death of the last family director ({d} {mo} {Y3}, aged {age}), the firm was sold.",
                     "The notice read simply: peacefully at home ({d} {mo} {Y3}), aged {age}."],
    "own-data-percentage": ["Web enquiries rose sharply ({pc}% up on {Y3}).",
                            "Pre-need sales now make up a large share of revenue ({pc}% in FY{Y3}).",
                            "Repeat families account for most arrangements ({pc}% of funerals in {Y3}, internal data)."],
    "price-year": ["A direct cremation at {fd} costs far less than a full service (£{price} in {Y3}).",
                   "Home care is charged by the hour (£{hr} an hour, {Y3} rates).",
                   "The average weekly fee at {home} is high (£1,{n} a week, {Y3}/{Y4})."],
    "act-mention": ["The Consumer Rights Act 2015 applies to funeral contracts as to any other service.",
                    "Under the Mental Capacity Act 2005, an attorney can make decisions about care.",
                    "{act} shapes how {B} can market its services.",
                    "Ireland's Succession Act 1965 protects a spouse's legal right share."],
    "act-in-brackets": ["Wills must be signed in front of two witnesses (a rule that dates from the Wills Act 1837).",
                        "Misleading price claims are banned (under the Consumer Protection from Unfair Trading Regulations 2008).",
                        "Marketing calls need prior consent (as the Privacy and Electronic Communications Regulations 2003 require).",
                        "Direct marketing in South Africa must be opt-in (as POPIA requires)."],
    "regulation-date": ["Since FCA regulation began (29 July 2022), only authorised firms can sell funeral plans.",
                        "Funeral directors must now display a standard price list (the Funerals Market Investigation Order 2021).",
                        "The Funeral Planning Authority (FPA, 2001–2022) was a voluntary regulator."],
    "collapse": ["The collapse of Safe Hands Plans (March 2022) left about 46,000 customers worried about their plans.",
                 "After the failure of a rival provider ({mo} {Y3}), {fd} took on its plan-holders."],
    "pandemic-rules": ["Mourners were capped at thirty during the first lockdown (March–June 2020).",
                       "Ireland limited funerals to ten mourners (from 27 March 2020).",
                       "Live-streamed services became normal (2020–2021) and many families still ask for them."],
    "awareness-week": ["{B} ran open days during Dying Matters Awareness Week ({mo} {Y3}).",
                       "Free Wills Month ({mo} {Y3}) brought {charity} {n} new pledges.",
                       "Remember A Charity Week ({Y3}) focused on younger donors."],
    "award": ["{fd} won Funeral Director of the Year (Good Funeral Awards, {Y3}).",
              "The home-care team were finalists (Great British Care Awards, {Y3}).",
              "The legacy campaign was shortlisted (Charity Times Awards {Y3}, best use of storytelling)."],
    "exhibition": ["The new hearse range was shown at the National Funeral Exhibition (Stoneleigh Park, {mo} {Y3}).",
                   "Japanese providers showed online altars and memorial robots at ENDEX (Tokyo Big Sight, August {Y3})."],
    "cross-reference": ["The customer journey is mapped in full (see Appendix {q}).",
                        "Costs are set out below (Table {q}).", "The persona (Appendix 2, Figure {q}) is based on six interviews.",
                        "This is discussed further in Task 2 (b)."],
    "own-research": ["A short survey of arranging families supports this (own survey, n = {n}, {mo} {Y3}).",
                     "Staff confirmed the pattern (interview with the branch manager, {d} {mo} {Y3}).",
                     "Families in {city} said the same (focus group, {mo} {Y3})."],
    "financial-year": ["Revenue grew in the last year (FY{Y3}: £{n}m).", "The group returned to profit (year ended 31 March {Y3}).",
                       "Marketing spend was cut ({Y3}/{Y4} budget)."],
    "ticker": ["Dignity's shares (LSE: DTY) were delisted after the takeover.",
               "Propel Funeral Partners (ASX: PFP) keeps buying regional firms."],
    "registration-number": ["{charity} is a registered charity (no. {chno}).", "The firm is authorised by the regulator (FRN {frn}).",
                            "Only plans from authorised providers (firm reference number {frn}) can be sold."],
    "japanese-era": ["Funeral spending fell sharply in Reiwa {rw} ({ry}).", "The family grave was bought in Heisei {hs} ({hy}).",
                     "The company dates its growth from Reiwa 1 (2019)."],
    "japanese-term": ["Many older Japanese now practise shūkatsu (end-of-life planning, a word popularised around 2009).",
                      "Small family-only funerals (kazokusō) have overtaken the traditional ippan-sō.",
                      "Families keep a household altar (butsudan) for daily remembrance."],
    "ghana-term": ["Funerals in Kumasi are usually held on Saturdays (after the ‘one-week’ observance).",
                   "Mourners wear red and black cloth (kobene and kuntunkuni) on the first day.",
                   "Printed funeral posters (often with the dates {b}–{dd}) announce the death across town."],
    "irish-term": ["The month's mind (a Mass held a month after the death) is still widely observed.",
                   "Most rural families still expect a removal (to the church the evening before the funeral)."],
    "sa-term": ["The ‘after tears’ gathering (held after the burial) can cost as much as the funeral itself.",
                "Burial societies (often run like stokvels) collect a monthly contribution from members."],
    "currency": ["A family funeral in Tokyo costs about ¥{yen} ({Y3}).", "Funeral cover in Ghana starts low (GH₵{cedi} benefit, {Y3}).",
                 "Many policies pay out quickly (R{rand} cover, {Y3}).", "A basic cremation in Sydney is cheaper (A${aud_d}, {Y3}).",
                 "An Irish funeral now costs more than a car (€{eur}, {Y3})."],
    "age-band": ["The plan is sold to older customers (aged 50–80).", "The campaign targets the over-60s (65+ in particular).",
                 "Most residents are very old (85 and over, {Y3})."],
    "opening-hours": ["The branch is staffed around the clock (24 hours a day, 365 days a year).",
                      "Will appointments are offered in the evening (Mon–Thu, 5pm–8pm)."],
    "helpline": ["Families can call the bereavement line (freephone 0800 {ph} {ph2}) at any time.",
                 "The helpline (open 8am–8pm) is staffed by trained volunteers."],
    "capacity": ["{home} is a mid-sized home ({beds} beds, {n} staff).", "The new chapel is larger (it seats 120).",
                 "The crematorium handles a busy schedule (about {n} cremations a year)."],
    "handle-hashtag": ["The campaign used one hashtag (#DyingMatters) across all channels.",
                       "Complaints are answered on X (@{fam}Funerals) within the hour."],
    "abbreviation": ["Customers are encouraged to set up a Lasting Power of Attorney (LPA) at the same time.",
                     "A pre-paid funeral plan (PFP) is a regulated product in the UK.",
                     "The Society of Allied and Independent Funeral Directors (SAIF) represents independents."],
    "slogan": ["{B}'s line, ‘Here when you need us’, runs on every channel.",
               "The ‘Let's talk about death’ message divided older viewers."],
    "job-title": ["The campaign was led by the new marketing director (in post since {Y3}).",
                  "I joined the firm as a funeral arranger ({Y3}–{Y4}) before moving into marketing."],
    "launch": ["Its online will service (launched in {mo} {Y3}) now writes most of its wills.",
               "{fd} introduced live-streaming in every chapel (rolled out {Y3})."],
    "branch-count": ["The group is large (over {br} branches, {Y3}).", "Coverage is patchy in rural areas ({q} branches west of {city})."],
    "quarter": ["Plan sales dipped (Q{q} {Y3}) before recovering.", "Deaths peak in winter (Q1 and Q4 every year)."],
    "price-increase": ["Cremation fees have risen steadily (up {pc}% since {Y3}).", "Plan prices were frozen (no increase, {Y3}–{Y4})."],
    "season": ["Winter pressures (December {Y3} – February {Y4}) stretched every branch.",
               "The funeral season in Ghana (the dry months, November–March) brings the most business."],
    "legacy-income": ["Legacy income rose again (£{n}m in {Y3}/{Y4}).", "Gifts in wills fund a large share of care (about {pc}% of income, {Y3})."],
    "reviews-rating": ["{B} is highly rated (Trustpilot 4.{q}, {n} reviews).", "The home scores well online (Google rating 4.{q}, {Y3})."],
    "guarantee": ["The plan price is guaranteed (fixed until {Y4}).", "A full refund is offered (within 30 days of purchase)."],
    "standard": ["The firm is certified to the funeral services standard (BS EN 15017:2019).",
                 "Quality is managed under ISO 9001 (certified {Y3})."],
    "qualification": ["All arrangers hold the Diploma in Funeral Directing (awarded {Y3}).",
                      "The author is studying for the CIM Level 6 Diploma ({Y3}–{Y4})."],
    "sponsorship": ["{B} sponsors a local race (the {city} 10K, {Y3}).", "The charity's fun run (since {old2}) raises money for hospice care."],
}  # fmt: skip
SCARE_QUOTES = ["‘good death’", "‘funeral poverty’", "‘death positivity’", "‘direct cremation’", "‘death tech’",
                "‘celebration of life’", "‘sandwich generation’", "'silver economy'", "“grey pound”", "‘shūkatsu’",
                "'pay now, die later'", "‘distress purchase’", "“death literacy”", "‘ageing in place’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} now talks of a {Q} {P}.", "So-called {Q} is a growing concern for charities {P}.",
    "Critics describe pre-need selling as {Q} {P}.", "The idea of {Q} has moved into mainstream advertising {P}.",
    "This trend, often called the {Q}, affects {aud} most {P}.", "The term {Q} is used loosely in the sector {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Plan ahead, worry less’", "‘Your free guide to writing a will’", "“Lock in today’s price for tomorrow”",
                 "‘A gift in your will: how it helps’", "‘Thinking about care for Mum or Dad?’",
                 "“Funerals your way, from £{price}”", "'Protect your family from rising costs'",
                 "‘Have you told them what you want?’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A mailing headed {Q} drew more enquiries than any other {P}.", "{B} used {Q} in its autumn press advertising {P}.",
    "Softer copy such as {Q} works better with {aud} {P}.", "The letter {Q} was opened by more {aud} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one services-marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One study concluded that {Q} {P}.", "{N} put it plainly: {Q}.",
    "{N} wrote that {Q}, which {B} should note.",
]  # fmt: skip
