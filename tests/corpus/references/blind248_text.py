"""The blind248 pool's prose: marketers at facilities-management, cleaning, security, contract-catering and
workplace-services firms in the UK, Ireland and the Nordics (Mitie, ISS, Sodexo UK & Ireland, Compass Group UK &
Ireland, OCS, CBRE Global Workplace Solutions, Serco, G4S, Securitas, Rentokil Initial, Churchill Group, Bidvest Noonan,
Aramark Ireland, Elior UK, Kier Facilities Services, Equans, Coor, Samsic UK) writing CIM Level 6 and 7 reports and MBA
assignments in English on B2B, bid and account-based marketing.

Placeholders: {N} a narrative citation, {P} a parenthetical one ("{P:see}" with a word inside the bracket), {Q} a
quotation, {C} and {C2} claims, {O} an opener, {B} a brand, and the fill values of ``values`` below. NOT_CITATIONS
holds text with brackets, years and figures that a tutor would not expect in the reference list: contracts, wages,
laws, standards, collapses, acquisitions, headcounts, platforms, awards, tickers, job titles and reporting periods.
Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Mitie", "ISS", "Sodexo UK & Ireland", "Compass Group UK & Ireland", "OCS", "CBRE Global Workplace Solutions",
          "Serco", "G4S", "Securitas", "Rentokil Initial", "Churchill Group", "Bidvest Noonan", "Aramark Ireland",
          "Elior UK", "Kier Facilities Services", "Equans", "Coor", "Samsic UK", "Eurest", "Medirest", "Initial Washroom Hygiene"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "yr": str(rng.randint(2018, 2025)), "yr2": str(rng.randint(2019, 2025)), "pc": str(rng.randint(3, 48)),
        "pcd": f"{rng.randint(1, 14)}.{rng.randint(1, 9)}", "bn": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        "m": str(rng.randint(4, 950)), "k": f"{rng.randint(8, 95)},{rng.choice(['000', '500'])}",
        "sites": f"{rng.randint(1, 9)},{rng.randint(1, 9)}00", "yrs": str(rng.randint(3, 10)),
        "mon": rng.choice(["January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December"]),
        "client": rng.choice(["an NHS trust", "a London borough", "the Ministry of Defence", "a Big Four bank",
                              "a Russell Group university", "HM Prison and Probation Service", "a Nordic telecoms group",
                              "the HSE (Ireland)", "a FTSE 100 insurer", "Network Rail"]),
        "svc": rng.choice(["cleaning", "security", "catering", "integrated FM", "hard FM", "soft FM", "pest control",
                           "washroom services", "reception and front of house", "waste management"]),
        "role": rng.choice(["Head of Bids", "Bid Manager", "Account Director", "Chief Marketing Officer",
                            "Marketing Manager", "Business Development Director", "Key Account Manager"]),
        "ch": rng.choice(["LinkedIn", "account-based marketing", "the bid library", "case studies", "webinars",
                          "trade shows", "email nurture", "thought-leadership reports"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, although the study only covered {svc} contracts.",
    "{N} concluded that {C}, which is directly relevant to {B}.",
    "{N} describes facilities management as a support function that protects the client's core business, and shows that {C}.",
    "{N} identified that {C}, particularly in public-sector tenders.",
    "{N} suggests that {C}; this matches what {B}'s bid team sees on {client} frameworks.",
    "{N} reported that {C} after interviewing {m} procurement managers.",
    "{N} questioned whether {C}.",
    "{N} highlighted that {C} – a point that {B} has yet to act on.",
    "{N} makes the case that {C}, especially for {svc}.",
    "{N} warned that {C} where contracts are let on price alone.",
    "{N} went further and argued that {C} and that {C2}.",
    "{N} states that {C}.",
    "{N} pointed out that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explained, {C}.",
    "{O}, {N} found that {C}.",
    "This is in line with {N}, who argued that {C}.",
    "{C}, as {N} noted in a study of {svc} buyers.",
    "According to {N}, {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "{C} – a finding that {N} also reported for Nordic FM providers.",
    "The {role} at {B} could draw on {N}, who showed that {C}.",
    "{O}, research by {N} suggests that {C}.",
    "Not everyone agrees: {N}, for example, maintained that {C}.",
    "Applying the work of {N} to {B}'s {svc} offer, it seems that {C}.",
    "There are two reasons for this: first, {C}; second, as {N} argued, {C2}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} framework suggests that {C}.",
    "{O}, {N} study of {m} FM contracts showed that {C}.",
    "{N} model of key account management implies that {C}.",
    "Using {N} typology, {B}'s clients can be split into strategic, core and transactional accounts.",
    "The weakness of {N} argument is that it assumes {C}.",
    "{C}, which supports {N} conclusion.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "{C}, especially in {svc} {P}.",
    "This matters because {C} {P:see}.",
    "Several studies reach the same conclusion, namely that {C} {P:see, for example,}.",
    "{B} should therefore invest more in {ch}, given that {C} {P:e.g.}.",
    "FM is usually split into hard services, such as maintenance, and soft services, such as cleaning and catering {P}.",
    "Most large buyers now weight social value at ten per cent or more of the tender score {P}.",
    "Account-based marketing treats a single client as a market in its own right {P}.",
    "Buying centres for integrated FM often include procurement, estates, HR and finance {P}.",
    "{C}, which has implications for how {B} writes its bid responses {P}.",
    "It is also worth noting that {C} {P:cf.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but in practice {C2}.",
    "{C} {P}; however, {C2}.",
    "Although {C} {P}, {C2}.",
    "{O}, {C} {P} and {C2}.",
    "Three things shape a buyer's choice – price, track record {P} and the relationship with the account team – and {C}.",
    "{C} {P}, whereas {C2}.",
    "Given that {C} {P:see}, it follows that {C2}.",
    "{C} {P}, which is why {C2}.",
]  # fmt: skip
CLAIMS = [
    "buyers of {svc} judge suppliers mainly on price until something goes wrong",
    "trust between client and supplier matters more than the contract itself in long FM relationships",
    "account-based marketing works best when sales and marketing agree on a short list of target accounts",
    "social value commitments now decide many close public-sector tenders",
    "frontline staff turnover damages client satisfaction in {svc} contracts",
    "paying the Real Living Wage improves retention among cleaning operatives",
    "integrated FM contracts are harder to win but far more profitable to keep",
    "case studies are the most persuasive content for B2B buyers of {svc}",
    "procurement teams rarely read past the executive summary of a bid",
    "hybrid working has changed what clients want from workplace services",
    "{B} competes on service quality rather than on price",
    "clients rarely switch supplier during a contract unless service fails badly",
    "technology such as remote monitoring lowers the cost of manned guarding",
    "FM providers struggle to differentiate their brands",
    "key account managers act as the client's voice inside the supplier",
    "investing in {ch} builds credibility with decision-makers long before a tender is published",
    "thought leadership on net zero helps FM firms reach senior estates directors",
    "the lowest-price bid often costs the client more over the life of the contract",
    "B2B buyers now complete most of their research before speaking to a supplier",
    "the client's experience of a service is shaped by the people who deliver it",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "By contrast", "In the case of {B}", "More recently",
           "In a B2B context", "From a procurement perspective", "Within the FM literature", "Since the pandemic",
           "In the Irish market", "In the Nordics", "Taken together", "Put simply", "On public-sector frameworks",
           "For a bid team", "Having said that"]  # fmt: skip
PLAIN = [
    "{B} delivers {svc} to {client} under a {yrs}-year contract.",
    "The account team meets the client every month and reviews the KPIs every quarter.",
    "Most of {B}'s new business comes from public-sector frameworks rather than direct approaches.",
    "The bid library holds around {m} approved answers and case studies.",
    "{B}'s LinkedIn page has more followers than any of its direct rivals.",
    "Appendix 2 sets out the full stakeholder map for the target account.",
    "{O}, {C}.",
    "Table 3 compares the three options against the client's evaluation criteria.",
    "The recommendations below are written for the marketing director and the {role}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "{O}, {Q} {P}.",
    "The point is made clearly: {Q} {P}.",
    "{N} put it bluntly: {Q}.",
    "{Q} {P}, and {B}'s bid team would agree.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘one-stop shop’", "‘single point of contact’", "‘race to the bottom’", "‘invisible workforce’",
                "‘hearts and minds’", "‘trusted partner’", "‘self-delivery’", "‘workplace as a service’",
                "‘land and expand’", "‘sticky’ services"]  # fmt: skip
SCARE_FRAMES = [
    "Suppliers like to describe their offer with phrases such as {Q} {P}.",
    "{B}'s brochures lean heavily on the language of {Q} {P}.",
    "Phrases like {Q} are common in FM marketing {P}, but buyers rarely believe them.",
    "Commentators use terms such as {Q} when they discuss {svc} {P}.",
    "The notion of {Q} now runs through most FM marketing {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your FM contract is up for renewal: let’s talk’", "“Net zero for your estate: a free guide”",
                 "‘How {client} cut cleaning costs by {pc}%’", "“Join our social value webinar on {mon} 12th”",
                 "‘Meet us at the Facilities Show, stand F{m}’", "“The {yr} workplace report is here”"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the best open rate in the nurture sequence {P}.",
    "{B} sent {Q} to {m} target contacts in its ABM programme {P}.",
    "Subject lines such as {Q} tend to work with estates directors {P}.",
    "The campaign email {Q} produced three meetings with procurement leads {P}.",
]  # fmt: skip

# Text that looks like a citation and is not one: none of it belongs in the reference list.
NOT_CITATIONS = {
    "contract-value-year": [
        "{B} won a £{bn} billion MoD contract (2022) covering {svc} on {sites} sites.",
        "The account is worth £{m}m a year (contract awarded {yr}).",
        "A five-year NHS cleaning contract from April 2024 is now {B}'s largest single account.",
    ],
    "project-codename": [
        "The bid was run under the internal name 'Project Aurora' (2023).",
        "{B}'s account plan, known as ‘Project Northstar’ ({yr}), targets the top ten clients.",
    ],
    "living-wage-rate": [
        "All operatives are paid at least the Real Living Wage of £12 in 2023 (£13.15 in London).",
        "The Real Living Wage rose to £12.60 (October 2024), above the legal minimum.",
    ],
    "hourly-rate-date": [
        "The National Living Wage rose to £10.42 an hour (April 2023), squeezing margins on fixed-price contracts.",
        "Security officers on the contract earn {pc}p an hour above the minimum (from {mon} {yr}).",
    ],
    "percentage-rise-date": [
        "Labour costs followed a 9.8% rise in April 2024 in the National Living Wage.",
        "Food costs in contract catering rose by {pcd}% ({yr} figures) and had to be passed on to clients.",
    ],
    "act-year": [
        "Every officer must hold a licence under the Private Security Industry Act 2001.",
        "Duties under the Health and Safety at Work etc. Act 1974 apply to every cleaning site.",
        "The Procurement Act 2023 replaces the old EU-derived rules from February 2025.",
    ],
    "regulation-bracket-year": [
        "Staff moved across under TUPE (2006) with their existing terms.",
        "Venue operators are preparing for Martyn's Law (2025), which places new duties on larger sites.",
        "TUPE regulations (2006, amended 2014) protect transferring staff.",
    ],
    "standard-bracket-year": [
        "Retrofit works follow PAS 2030 (2019) and its installer requirements.",
        "The service follows ISO 41001 (2018), the international standard for FM management systems.",
        "{B} is certified to ISO 9001:2015 and ISO 14001:2015 across all UK sites.",
    ],
    "accreditation-year": [
        "{B} has held SafeContractor (2023) accreditation on every contract.",
        "The firm joined the SIA Approved Contractor Scheme (2006) in its first year.",
        "{B} was awarded Investors in People Gold (2022) for its frontline training.",
    ],
    "collapse-event": [
        "Public trust in outsourcing fell sharply after Carillion's collapse (January 2018).",
        "Buyers still remember the London 2012 security shortfall, when the Army was called in.",
        "Demand for specialist cleaning surged during the pandemic deep clean (March 2020).",
    ],
    "acquisition-year": [
        "Mitie's purchase of Interserve FS (2020) made it the UK's largest FM provider.",
        "Compass's sale of its Russian unit (2022) had little effect on the UK business.",
        "Sodexo's Pluxee spin-off (2024) left the group focused on food and FM services.",
        "{B}'s acquisition of a regional security firm ({yr}) added {m} staff.",
    ],
    "headcount-year": [
        "{B} employs {k} UK staff in 2024 across more than {sites} sites.",
        "The group had 68,000 UK staff in 2024 (and far more worldwide).",
    ],
    "site-count": [
        "The contract covers 1,000 sites (schools, depots and offices).",
        "{B} cleans over {sites} sites every night (as of {mon} {yr}).",
    ],
    "platform-launch": [
        "Mitie's Merlin platform (2021) brings site data into one dashboard for clients.",
        "{B} launched its own workplace app ({yr}) to give clients live service data.",
    ],
    "service-brand-year": [
        "ISS's 'Place Management' (2023) positions the firm as a workplace-experience partner.",
        "Compass's Eurest brand serves business and industry clients, and Medirest (since 2002) serves hospitals.",
    ],
    "awards-year": [
        "The account team won at the PFM Awards 2023 for partnership in the public sector.",
        "{B} was shortlisted at the IWFM Impact Awards 2024.",
        "The control room took gold at the Security Excellence Awards 2022.",
        "The new microfibre system was highly commended at the Cleaning Show awards 2023.",
    ],
    "stock-ticker": [
        "Mitie's shares (LON: MTO) rose after the full-year results.",
        "Compass Group (LON: CPG) and ISS (CPH: ISS) both upgraded their guidance.",
        "Rentokil Initial (LON: RTO) is the only hygiene specialist in the FTSE 100.",
    ],
    "job-title": [
        "Interviews were held with the Chief Marketing Officer and the Head of Bids (both in post since {yr}).",
        "The Account Director (Ireland) owns the relationship with the client's estates team.",
        "The firm's founder was made an MBE for services to the cleaning industry.",
    ],
    "ceo-named": [
        "The CEO, appointed in {yr}, made social value central to the group's strategy.",
        "Mitie's Chief Executive, Phil Bentley (since 2016), has pushed the firm into technology-led services.",
    ],
    "financial-year": [
        "Revenue reached £{bn}bn in FY2023/24, up {pc}% on the year before.",
        "The order book grew by £{m}m in FY{yr}.",
    ],
    "half-year": [
        "Organic growth slowed to {pcd}% in H1 2024 as one-off project work fell away.",
        "New contract wins in H2 {yr} were led by the public sector.",
    ],
    "quarter": [
        "Three framework renewals fell in Q3 2023.",
        "The ABM pilot ran from Q1 to Q2 {yr}, with twelve target accounts.",
    ],
    "framework-reference": [
        "Most central-government FM is bought through RM6232 (Facilities Management and Workplace Services).",
        "Security is procured under lot 1a of the framework (RM6089) for central London buildings.",
    ],
    "contract-term": [
        "The contract runs for {yrs} years (with an option to extend by two).",
        "Initial terms are typically three to five years (3+1+1) in Irish public tenders.",
    ],
    "tender-deadline": [
        "Clarification questions closed on {mon} 14th (12 noon), and the bid was due two weeks later.",
        "The invitation to tender was issued in {mon} {yr} (deadline: 30 working days).",
    ],
    "tender-scoring": [
        "Quality carried 60% of the score (price 30%, social value 10%).",
        "{B} scored 87/100 on quality (ranked second of five bidders).",
    ],
    "nps-score": [
        "Client NPS rose to +{pc} ({yr} survey of key accounts).",
        "The client's satisfaction score was 4.{pc} out of 5 (n = {m}).",
    ],
    "kpi-sla": [
        "Response times met the SLA on {pc}% of jobs (target: 95%).",
        "Cleaning audits averaged 92% (KPI 4, monthly).",
    ],
    "sample-size": [
        "Twelve interviews were held with client-side FM managers (n = 12).",
        "The survey of {m} frontline staff (response rate {pc}%) was run in {mon} {yr}.",
    ],
    "figure-table-ref": [
        "The stakeholder map (Figure 3) shows who influences the buying decision.",
        "The options are scored in the weighted matrix (Table 4, Appendix 2).",
    ],
    "report-section-ref": [
        "These risks were discussed earlier (section 2.3).",
        "The budget is set out in full below (see Appendix C).",
    ],
    "currency-conversion": [
        "The Nordic business earned DKK {m}m (about £{pc}m) in {yr}.",
        "The Irish contract is worth €{m}m (roughly £{pc}m at {yr} rates).",
    ],
    "market-size-year": [
        "The UK FM market was worth around £{pc} billion in {yr}, much of it still self-delivered.",
        "Outsourced cleaning in Ireland is a €{m}m market ({yr} estimate).",
    ],
    "net-zero-target": [
        "{B} has committed to net zero by 2040 (scope 1 and 2 by 2030).",
        "Clients increasingly ask for a carbon reduction plan (PPN 06/21) with every bid.",
    ],
    "procurement-note": [
        "Social value is assessed under PPN 06/20 in central government tenders.",
        "Suppliers must now show prompt payment (PPN 02/22) to bid for large contracts.",
    ],
    "licence-type": [
        "Door supervisors need an SIA licence (front line), renewed every three years.",
        "Operatives in Ireland must hold a PSA licence (Contract Security Guard category) before starting work.",
    ],
    "hygiene-rating": [
        "Every staff restaurant on the contract holds a food hygiene rating of 5 (very good).",
        "The kitchen dropped to a rating of 3 ({mon} {yr} inspection) before recovering.",
    ],
    "event-show-year": [
        "{B} exhibited at the Facilities Show {yr} at ExCeL London.",
        "The team met three target accounts at Workplace Futures (2023).",
        "The stand at The Cleaning Show (March {yr}) produced forty leads.",
    ],
    "olympics-games": [
        "Security at the Commonwealth Games (Birmingham 2022) was run by a consortium of firms.",
        "Catering for Paris 2024 was one of the largest contracts Sodexo Live! has held.",
    ],
    "covid-period": [
        "Washroom services fell sharply during lockdown (March–June 2020) and then recovered.",
        "Office occupancy has stayed below pre-pandemic levels (2019) in most UK cities.",
    ],
    "rebrand-year": [
        "OCS merged with Atalian Servest (2021) and kept the OCS name.",
        "The group changed its name from Engie to Equans (2021) in the UK.",
    ],
    "strike-dispute": [
        "Cleaners at one London university went on strike (autumn 2019) over sick pay.",
        "The dispute (2023) ended when the contract moved to the Real Living Wage.",
    ],
    "founding-year": [
        "Churchill Group (founded 1989) began as a small contract-cleaning business.",
        "Bidvest Noonan traces its roots to Noonan Services, set up in Dublin in 1977.",
        "Securitas (est. 1934 in Helsingborg) is one of the oldest security brands in Europe.",
    ],
    "contract-loss": [
        "{B} lost the {svc} contract at retender ({yr}) to a lower-priced rival.",
        "Losing the hospital account (worth £{m}m) prompted a review of the bid process.",
    ],
    "handle-hashtag": [
        "The campaign ran on LinkedIn as #FMHeroes ({mon} {yr}).",
        "Posts from @MitieFM and @ISSWorld drew the most engagement.",
    ],
    "slogan-tagline": [
        "{B}'s tagline, ‘The Exceptional, Every Day’, appears on every vehicle.",
        "Sodexo's line ‘Quality of life services’ has been used since the 2000s.",
    ],
    "framework-model-name": [
        "The account plan uses the 7Ps and a PESTLE (2024 update) for the Irish market.",
        "The SWOT (section 3.1) and a TOWS matrix (Table 5) are applied to the Irish business.",
    ],
    "ratio-margin": [
        "Operating margins in FM are thin (typically 3–5%).",
        "The contract earns a margin of {pcd}% (FY{yr}, before overheads).",
    ],
    "wage-agreement-ireland": [
        "Contract cleaning rates in Ireland are set by the Employment Regulation Order (ERO) for the sector.",
        "The cleaning ERO raised the minimum rate to €13.30 an hour (2024) for all operatives.",
    ],
    "nordic-regulation": [
        "Norwegian law requires cleaning firms to be approved (renholdsregisteret) before they can sell to businesses.",
        "Swedish public buyers follow LOU (2016:1145) when they tender FM services.",
    ],
}  # fmt: skip
