"""Prose for the seventeenth held-out pool, "blind17": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a seventeenth hand, without reading the checker, its tests or the other pools' frames, decoys and works.
The writers are mature part-time CIM Level 6 and Chartered learners who are senior marketers: heads of brand,
marketing directors and insight leads in banks and building societies, insurers, pharmaceutical firms, universities'
student recruitment, NHS trusts, housing associations, energy suppliers, telecoms, car dealer groups, estate agents
and B2B software. They are careful, were taught older or house Harvard variants, write about their own organisation
in long sentences with semicolons and several works in a bracket, and lean on "see", "e.g.", "cf." and "quoted in"
inside it. Citations open, sit inside and close sentences, sit in table and figure notes and in lists, and are
possessive. The decoys are the things such writers put in a report that carry a name, a year, a bracket, a page or
quotation marks and are not citations: products, campaigns, awards, events, programmes, Acts and codes named in
passing, standards, places, colleagues interviewed, job titles, financial periods, comparatives, sample sizes,
internal cross-references; their kinds are the keys of NOT_CITATIONS below.

Placeholders: ``{N}`` narrative citation, ``{P}`` parenthetical citation (``{P:see}`` writes a word inside its
bracket), ``{Q}`` a quotation or quoted words, ``{C}``/``{C2}`` a claim, ``{O}`` an opener, ``{B}`` a brand,
``{A}`` an audience, ``{R}`` a result, ``{T}`` a tactic, ``{Y}``/``{Y2}`` years, ``{n}``/``{q}``/``{d}`` numbers, and the
keys of ``values()`` below. Decoy frames hold no citation slot. Claims are clauses in lower case with no full
stop; openers are phrases written before a comma.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

# ---------------------------------------------------------------------------------------------- citing frames
NARRATIVE_START = [
    "{N} argues that {C}; in my own organisation, {C2}.",
    "{N} found that {C}, which is consistent with what our own complaints data showed over the last {q} quarters.",
    "{N} contends that {C}, although the evidence base in regulated markets remains thin.",
    "{N} makes the case that {C}; this matters for {B}, where {C2}.",
    "{N} observed that {C} and, importantly for this plan, that {C2}.",
    "{N} suggests that {C}; the implication for a mutual such as ours is that {C2}.",
    "{N} reported that {C}, a finding the board has been slow to accept.",
    "{N} demonstrates that {C}, and the same pattern is visible among {A}.",
    "{N} warned that {C}; with hindsight, {C2}.",
    "{N} usefully distinguishes between retention and loyalty, noting that {C}.",
    "{N} concluded that {C}, which frames the recommendations in Section {q}.",
    "{N} sets out the regulator's expectations: {C}.",
    "{N} takes a more sceptical view, arguing that {C}.",
    "{N} is clear that {C}; we have not yet acted on this at {B}.",
    "{N} modelled the effect on {R} and found that {C}.",
    "{N} maintains that {C}, a view echoed by colleagues in our insight team.",
    "{N} acknowledges the limits of the data but still concludes that {C}.",
    "{N} offers the most practical framework for this decision, since {C}.",
    "{N} traces how {C}, which is exactly the journey {B} is on.",
    "{N} shows that {C}; for {A}, the effect was roughly twice as large.",
]  # fmt: skip

NARRATIVE_MID = [
    "{O}, {N} argues that {C}.",
    "As {N} points out, {C}; our own experience at {B} bears this out.",
    "{O}, the work of {N} is helpful because {C}.",
    "This view is supported by {N}, who found that {C}.",
    "Building on {N}, I would add that {C}, particularly in a regulated market.",
    "In the words of the FCA's own review, echoed by {N}, {C}.",
    "It is worth noting that {N} reached a similar conclusion for {A}: {C}.",
    "The segmentation in Table {q} follows {N}, who recommends that {C}.",
    "Figure {q} note: the funnel stages are adapted from {N}.",
    "Source: adapted from {N} and internal CRM data.",
    "Table {q} note: market shares are taken from {N}; figures may not sum to 100 because of rounding.",
    "Following {N}, the plan treats {R} as the lead measure, since {C}.",
    "My approach to the brand audit draws on {N}; in particular, {C}.",
    "Both our agency and {N} make the point that {C}.",
    "A more critical reading comes from {N}, for whom {C}.",
    "{O}, evidence from {N} indicates that {C}; however, {C2}.",
    "The choice of channels, as {N} would put it, is a question of fit: {C}.",
    "This is where {N} is most useful to a practitioner, because {C}.",
    "Unlike earlier studies, {N} looked specifically at {A} and found that {C}.",
    "When the executive team challenged the plan, I relied on {N} to show that {C}.",
    "Against this, {N} cautions that {C}.",
    "Our lender research, and the later study by {N}, both suggest that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} framework is the basis of the audit in Appendix {q}, because {C}.",
    "{N} findings are directly relevant here: {C}.",
    "{N} model of service quality is dated, yet {C}.",
    "I have used {N} definition of loyalty throughout, since {C}.",
    "{O}, {N} analysis shows that {C}.",
    "Applying {N} typology to our customer base suggests that {C}.",
    "{N} review of the sector concluded that {C}.",
    "The strength of {N} argument is that {C}; its weakness is that {C2}.",
    "{N} data on {A} confirm that {C}.",
    "Much of the thinking behind our {M} campaign comes from {N} work on brand growth.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "{C}; moreover, {C2} {P}.",
    "It is widely accepted that {C} {P}.",
    "There is good evidence that {C} {P:see}.",
    "{C}, although the effect varies considerably by product line {P:see for example}.",
    "Several writers have made the point that {C} {P:e.g.}.",
    "In financial services in particular, {C} {P}.",
    "{C}, and the regulator has made the same point more than once {P}.",
    "For a business such as {B}, {C} {P}.",
    "{C}; this is especially true of {A} {P}.",
    "One building society chief executive told the trade press that {C} {P:quoted in}.",
    "Three pressures recur in the literature – price, trust and the cost of serving {A} – and each bears on the plan {P}.",
    "The evidence on {T} is mixed: {C}, yet {C2} {P:cf.}.",
    "Table {q}: Customer satisfaction by channel, {Y} to {Y2} {P}.",
    "Figure {q}: The customer journey for a remortgage, adapted {P}.",
    "This is consistent with the wider literature on services marketing {P:see also}.",
    "{O}, {C}, a point made repeatedly in the practitioner press {P}.",
    "{C}; indeed, {C2} {P}.",
    "Nothing in our own data contradicts the view that {C} {P}.",
    "The same conclusion has been reached in energy, telecoms and insurance {P}.",
    "{C}, which is why the plan puts {R} ahead of acquisition {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, and this shapes the targeting strategy set out below.",
    "Recent studies {P} suggest that {C}.",
    "{O}, the regulator's own research {P} indicates that {C}.",
    "The argument that {C} {P} is persuasive, but {C2}.",
    "Trust in the category {P} has fallen, so {C}.",
    "{C} {P}; consequently, the plan prioritises {R}.",
    "Industry benchmarks {P:see} put average monthly churn at around {q}%, which means {C}.",
    "The concept of the loyalty penalty {P} explains why {C}.",
    "Published evidence {P:e.g.} shows that {C}, whereas our own tracker suggests that {C2}.",
    "{C} {P}, a pattern we also see among {A}.",
    "The shift towards {T} {P} means that {C}.",
    "Customers' expectations of digital service {P} have risen sharply, and {C}.",
    "A relationship-marketing perspective {P:see} implies that {C}.",
    "As the sector data {P} make clear, {C}.",
    "Although some authors {P:cf.} argue otherwise, {C}.",
    "Brand-building and activation {P} work on different timescales, so {C}.",
]  # fmt: skip

CLAIMS = [
    "trust is the main barrier to switching current accounts",
    "customers rarely read the terms of a renewal letter",
    "mutuality is a genuine point of difference only if members can see it",
    "price walking eroded trust in home and motor insurance for a decade",
    "the Consumer Duty has moved the conversation from compliance to outcomes",
    "long-term brand building outperforms short-term activation over two years or more",
    "{A} expect the same digital service from a building society as from a neobank",
    "B2B buying decisions now involve six to ten people on average",
    "most B2B buyers are out of the market at any one time",
    "healthcare professionals value fewer, more relevant contacts from pharmaceutical companies",
    "omnichannel engagement only works when medical and commercial teams share one view of the customer",
    "league-table position matters less to applicants than course reputation and graduate outcomes",
    "open days remain the strongest predictor of conversion from offer to enrolment",
    "international applicants rely heavily on agents and peer reviews",
    "staff recruitment campaigns in the NHS succeed when they are built around purpose rather than pay",
    "tenants judge their landlord mainly on how repairs and complaints are handled",
    "housing associations have been slow to treat residents as customers",
    "the energy price cap has flattened competition on price and pushed suppliers towards service",
    "smart-meter adoption stalls when customers do not trust the supplier",
    "mid-contract price rises were a major driver of broadband churn",
    "customers of {B} compare service across categories, not only within them",
    "social tariffs remain poorly understood by the households that qualify for them",
    "online car buying has not replaced the showroom but has changed what the showroom is for",
    "the agency model shifts power over pricing from dealers to manufacturers",
    "vendors choose an estate agent mainly on perceived local knowledge and the asking price suggested",
    "property portals have become the shop window of the estate agency sector",
    "personalisation improves {R} only when customers believe their data are being used fairly",
    "{T} works best as part of an integrated plan rather than as a stand-alone tactic",
    "satisfaction scores overstate loyalty in markets where switching is difficult",
    "complaint handling is a stronger driver of advocacy than the original service failure",
    "thought leadership is only effective when it says something buyers did not already know",
    "the cost of acquiring a customer in retail banking has risen steadily since open banking",
    "vulnerable customers are disproportionately affected by poor communication",
    "brand purpose claims are treated with suspicion unless they are backed by visible action",
    "marketing is still seen by many boards as a cost centre rather than an investment",
    "the most effective campaigns in financial services combine emotional and rational appeals",
    "customer experience improvements take longer to show in financial results than in satisfaction scores",
    "{B} has under-invested in brand relative to performance marketing",
    "first-party data have become more valuable as third-party cookies disappear",
    "account-based marketing improves win rates on large deals but is costly to run",
    "customers increasingly expect to resolve simple queries without speaking to anyone",
    "the link between employee engagement and customer satisfaction is strongest in service businesses",
    "price remains the first filter for {A}, but service decides who they stay with",
    "comparison sites have trained customers to shop around every year",
    "regulated firms must evidence fair value, not merely assert it",
]  # fmt: skip

OPENERS = [
    "In a regulated market such as ours",
    "From a practitioner's point of view",
    "Taken together",
    "For the purposes of this plan",
    "Looking at the sector as a whole",
    "At a strategic level",
    "In the context of {B}",
    "More recently",
    "Since the Consumer Duty came into force",
    "Put simply",
    "For a mutual",
    "Over the planning period",
    "In my experience of running the brand team",
    "Critically",
    "In B2B markets",
    "Seen from the customer's side",
    "Equally",
    "On balance",
]  # fmt: skip

PLAIN = [
    "This section evaluates the options open to {B} and recommends one.",
    "The recommendations are costed in Appendix {q}.",
    "I work as head of brand for the organisation discussed here, so some of the data are commercially sensitive and have been rounded.",
    "The board approved the brief in principle; the detail follows.",
    "Each option is scored against the same five criteria, weighted by the executive team.",
    "The remainder of this section considers the implications for the marketing mix.",
    "None of these measures is sufficient on its own.",
    "The insight team ran a short survey of members to test these assumptions.",
    "Our agency's view differs on one point, which I return to below.",
    "This is a judgement call rather than a matter of evidence alone.",
    "The plan assumes no change to the product range in the first year.",
    "Budget is the binding constraint, so sequencing matters.",
    "The following paragraphs set out the rationale, the risks and the measures of success.",
    "Internal stakeholders were consulted through three workshops.",
    "Compliance colleagues reviewed every customer-facing message before it was tested.",
    "I have kept the names of individual colleagues out of this report.",
    "Each objective is written to be specific, measurable and time-bound.",
    "The figures quoted below are for the UK business only.",
    "Some of the proposals will need sign-off from the risk committee.",
    "A fuller competitor analysis is available on request.",
]  # fmt: skip

QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{N} puts it bluntly: {Q}.",
    "As {N} observes, {Q}, and that is precisely the problem our members describe.",
    "{Q} {P}; that sentence has stayed with me throughout this project.",
    "The regulator's position is unambiguous: {Q} {P}.",
    "{N} goes further, arguing that {Q}.",
    "One sector review concluded that {Q} {P}, which is hard to dispute.",
    "A former chief executive described the brand as {Q} {P:quoted in}.",
    "In the words of {N}, {Q}.",
    "{O}, it has been argued that {Q} {P}.",
    "{N} reminds us that {Q}; the same is true in our market.",
    "The key line in the guidance is this: {Q} {P}.",
    "{N} summarises the issue neatly: {Q}.",
]  # fmt: skip

SCARE_QUOTES = ["‘mutual’", "'free'", "“no-quibble”", "‘fair value’", "‘greenwashing’", "'sticky' customers", "‘lifetime’ fixes",
                "‘unlimited’", "“up to 900Mb”", "‘good outcomes’", "‘world-class’", "'digital-first'", "‘hard-to-reach’ tenants",
                "“sludge”", "'loyalty penalty'", "‘clicks and mortar’", "“nudge”", "‘always on’", "'best buy'"]  # fmt: skip

SCARE_FRAMES = [
    "Many providers still describe their products as {Q}, a label the regulator has questioned {P}.",
    "{N} is sceptical of the term {Q}, a term that hides more than it reveals.",
    "The phrase {Q} appears in almost every competitor's advertising {P}.",
    "What counts as {Q} is contested {P}, so the plan avoids the term altogether.",
    "Our members do not use the word {Q}; as {N} found, customers describe it in their own terms.",
    "The so-called {Q} problem is not new {P}.",
    "We used to call these customers {Q}, but {N} shows why that framing is unhelpful.",
    "Calling an offer {Q} carries regulatory risk {P}.",
]  # fmt: skip

SUBJECT_LINES = ["‘Your fixed rate is ending – here’s what happens next’", "'Clearing 2024: places still available'",
                 "“Your annual energy statement is ready”", "‘cheap car insurance near me’", "'best easy access savings account'",
                 "“Open day this Saturday – book your place”", "‘Because home should feel like home’", "'Here for the moments that matter'",
                 "‘Your renewal: we’ve frozen your price’", "'switch broadband no contract'", "“Valuation in 24 hours”",
                 "‘Your new tenancy app is here’", "'Free trial: see it working in your CRM'", "“Don’t miss out on your member reward”",
                 "‘estate agents near me fees’", "'Your flu jab is ready to book'"]  # fmt: skip

SUBJECT_FRAMES = [
    "{N} tested wording such as {Q} and found that urgency lifted response but not conversion.",
    "Copy like {Q} now dominates the category {P}.",
    "Our strongest-performing line last year was {Q}, which fits the pattern described by {N}.",
    "A line such as {Q} works because it is specific and personal {P}.",
    "Competitors have converged on wording like {Q}, which {N} would call category wallpaper.",
    "Phrases such as {Q} recur across the sector's emails, search ads and straplines {P}.",
    "Regulators have criticised messages like {Q} where the small print tells a different story {P}.",
    "{N} shows that a message like {Q} builds familiarity rather than response.",
]  # fmt: skip

# ---------------------------------------------------------------------------------------------- decoys
# Text that carries a name, a year, a bracket, a page or quotation marks and is not a citation. No citation slot.
NOT_CITATIONS: dict[str, list[str]] = {
    "product-with-year": [
        "The {bank} {product} ({yr} issue) was withdrawn after only {q} weeks because demand outstripped our lending appetite.",
        "Sales of the {product} (launched {month} {yr}) exceeded the business case by {pct}.",
        "We relaunched the {product} in {yr} with a simpler rate structure.",
    ],
    "campaign-with-year": [
        "The {campaign} campaign ({yr}) remains the most-awarded piece of work in the society's history.",
        "Our {yr} {campaign} campaign ran across TV, radio and out-of-home for six weeks.",
        "The {campaign} work (2021–{yr2}) was retired when the brand was refreshed.",
    ],
    "award-with-year": [
        "The team was shortlisted for {award} {yr} and highly commended in the customer experience category.",
        "{B} won {award} ({yr}), which is now used heavily in recruitment advertising.",
        "Winning {award} {yr} gave the sales team a useful proof point with procurement.",
    ],
    "event-with-year": [
        "Colleagues attended {event} {yr} in {city}, where the main theme was artificial intelligence.",
        "The product was first shown to prospects at {event} ({city}, {month} {yr}).",
        "We exhibited at {event} {yr} and collected {n} qualified leads.",
    ],
    "tv-series": [
        "The brand was featured in an episode of {tv} ({yr}), which produced a spike in branded search.",
        "Sponsorship of {tv} on Channel 4 ran from {yr} to {yr2}.",
        "Younger applicants mentioned {tv} as a reason for their interest in the course.",
    ],
    "song-in-advert": [
        "The advert is set to {song}, which tested well with over-55s.",
        "Licensing {song} for the Christmas spot cost more than the media in the first week.",
        "Several members wrote in about the use of {song} in the {yr} television advert.",
    ],
    "act-named-in-passing": [
        "The Consumer Rights Act 2015 sets the baseline for what customers can expect, but the plan goes further.",
        "Section 75 of the Consumer Credit Act 1974 is still a selling point for credit cards in our research.",
        "Under the Estate Agents Act 1979, material information must be disclosed, which affects how listings are written.",
        "The Social Housing (Regulation) Act 2023 changes the tone of resident communications as much as their content.",
    ],
    "regulatory-code": [
        "Policy statement PS22/9 introduced the Consumer Duty, with a deadline of 31 July {yr2} for closed products.",
        "Our complaints process was rewritten against DISP 1.6 and the FCA's fair value rules (PRIN 2A.4).",
        "The CAP Code (Edition 12) governs our promotional copy, alongside the BCAP Code for broadcast.",
        "The ABPI Code of Practice ({yr} edition) restricts what the field team can share with prescribers.",
    ],
    "standard-with-year": [
        "The contact centre has held ISO 9001:2015 certification since {yr}.",
        "Our complaints handling was audited against ISO 10002:2018 and BS 8477 in {month}.",
        "The research agency works to ISO 20252:2019, which reassured the ethics committee.",
    ],
    "place-with-bracket": [
        "The pilot ran in two branches, {city} (High Street) and {city2} (Retail Park), for {q} months.",
        "Head office (Swindon) and the customer service centre (Bradford) were both involved.",
        "The new showroom on the A{n} ({city}) opened in {month}.",
    ],
    "colleague-interviewed": [
        "An interview with our Head of Mortgage Distribution ({month} {yr2}) confirmed that brokers see us as slow.",
        "{person}, Director of Student Recruitment, was interviewed for this report on {d} {month}.",
        "I interviewed the Customer Experience Manager (Leeds office) in {month} to understand the complaints backlog.",
    ],
    "job-title-with-initials": [
        "The Chief Customer Officer (CCO) and the Chief Risk Officer (CRO) jointly own the outcome measures.",
        "Responsibility sits with the Head of Digital Acquisition (HoDA), who reports to the CMO.",
        "The Money Laundering Reporting Officer (MLRO) must approve any change to onboarding journeys.",
    ],
    "financial-period": [
        "Gross lending fell in {fy} but recovered strongly in H1 {yr2}.",
        "Marketing spend for the year to 31 March {yr2} was £{money}m, against £{money2}m in {fy}.",
        "Q{q} {yr} was the weakest quarter for new instructions since the pandemic.",
    ],
    "comparative-figure": [
        "Net promoter score rose to +{n2} ({yr}: +{n3}), the highest among our peer group.",
        "Member numbers reached {n}k (2022: {n2}k), driven mainly by the children's saver.",
        "Churn fell to {pct} ({yr} revenue basis), comfortably within the plan.",
    ],
    "sample-size": [
        "The member survey (n = {n}) ran for two weeks in {month}.",
        "Of the applicants surveyed (n={n}), {pct} said the open day was decisive.",
        "Results were significant at the 5% level (p < 0.05, n = {n}).",
    ],
    "ticker-symbol": [
        "The share price (LSE: {ticker}) fell {pct} on the day of the trading update.",
        "{B} is listed on the London Stock Exchange ({ticker}) and reports half-yearly.",
        "Analysts covering {ticker} expect margin pressure to continue into {yr2}.",
    ],
    "internal-cross-reference": [
        "The full segmentation is in Appendix {q} (see p. {n}).",
        "Costs are broken down by channel in Appendix B, pp. {q}-{q2}.",
        "The survey instrument is reproduced at Appendix {q}, pg {q2}, for the examiner's reference.",
        "As shown in Table {q} (p. {q2} above), the gap is widest among {A}.",
    ],
    "course-and-module": [
        "This report is submitted for the CIM Level 6 Diploma in Professional Marketing (Marketing and Digital Strategy, {month} {yr} assessment window).",
        "The brief follows Task 2 (Part B) of the Chartered Marketer assignment.",
        "My earlier assignment for Module {q} (Corporate Digital Communications) examined the same brand.",
    ],
    "strategy-name-with-year": [
        "The society's Strategy {yr2} (approved in {yr}) commits us to remaining a mutual.",
        "Our Vision 2030 programme sets out five pillars, one of which is 'customer first'.",
        "The trust's Clinical Strategy 2024–2029 puts prevention ahead of treatment.",
    ],
    "historical-event": [
        "Since the 2008 financial crisis, trust in banks has never fully recovered.",
        "The mini-budget of September 2022 pushed mortgage rates up almost overnight.",
        "The Grenfell Tower fire (June 2017) changed how the sector talks about safety.",
        "The energy crisis of winter 2022 saw more than twenty suppliers fail.",
    ],
    "person-with-tenure": [
        "Under {person} (chief executive {yr}–{yr2}), the brand moved away from price-led advertising.",
        "{person} (CMO, {yr} to {yr2}) introduced the first brand tracker.",
        "The founder, {person} (1931–{yr}), is still mentioned in member research.",
    ],
    "vehicle-model-year": [
        "The {yr2} Kia EV9 and the {model} were the most enquired-about models in the showroom.",
        "March is the busiest month because of the new plate, and the 24-plate registrations beat forecast.",
        "The {model} ({yr} model year) accounted for a third of our used-car stock.",
    ],
    "tariff-or-plan-name": [
        "The {tariff} tariff (12-month fix) was our best seller in {month}.",
        "Customers on the {tariff} plan (24 months) were offered a loyalty discount at month 20.",
        "The Essentials social tariff (£{q}0 a month) is available to customers on Universal Credit.",
    ],
    "price-cap-period": [
        "The Ofgem price cap for 1 October to 31 December {yr} set a typical bill at £1,{n4}.",
        "The cap level (January–March {yr2}) was lower than expected, which hit fixed-tariff sales.",
        "Between April {yr} and June {yr} the cap fell for the first time in two years.",
    ],
    "university-cycle": [
        "Applications for the {yr} entry cycle were down {pct} by the January deadline.",
        "Clearing {yr} produced {n} acceptances, a record for the university.",
        "The REF 2021 results and a TEF 2023 Gold award feature in every prospectus spread.",
    ],
    "ranking-with-year": [
        "The university rose to {rank} in The Times and Sunday Times Good University Guide {yr2}.",
        "{B} was ranked {rank} in its sector in the UKCSI ({month} {yr}).",
        "We were placed {rank} out of {n} in the Which? customer satisfaction survey for broadband.",
    ],
    "nhs-programme": [
        "The trust's Winter Vaccination Programme {season} reached {pct} of frontline staff.",
        "Recruitment for the NHS Long Term Workforce Plan was discussed at the June board.",
        "The 'We Are The NHS' recruitment campaign ran nationally while our local campaign targeted returners.",
    ],
    "legal-case": [
        "The Supreme Court's ruling in FCA v Arch Insurance (UK) Ltd [2021] UKSC 1 still shapes how business-interruption cover is sold.",
        "After Plevin v Paragon Personal Finance Ltd [2014] UKSC 61, undisclosed commission became a reputational issue as well as a legal one.",
        "The motor finance commission cases of {yr2} have made dealers wary of discussing finance at all.",
    ],
    "handle-or-hashtag": [
        "The campaign hashtag #{hashtag} trended briefly on {d} {month}.",
        "Customer service questions on X are handled by {handle}, which replies within the hour.",
        "Our LinkedIn page ({handle}) has grown to {n}k followers since {yr}.",
    ],
    "web-address": [
        "Applicants are directed to www.{domain}/clearing, which is updated daily in August.",
        "The tenant portal (my.{domain}) now handles most repair requests.",
        "Prospects book demos at {domain}/demo rather than calling the sales team.",
    ],
    "software-release": [
        "The move to Salesforce Marketing Cloud (Winter '24 release) allowed real-time triggers for the first time.",
        "The CRM upgrade to version {q}.{n} in {month} {yr} broke two of our nurture journeys.",
        "Customers on the legacy platform (v{q}.x, retired {yr2}) were migrated in three waves.",
    ],
    "survey-wave": [
        "Our Member Pulse survey (Wave {q}, {month} {yr2}) showed a dip in trust after the rate change.",
        "The brand tracker (Q{q} {yr}, fieldwork by our agency) puts prompted awareness at {pct}.",
        "Results from the staff survey (Autumn {yr}) are summarised below.",
    ],
    "cohort-definition": [
        "Generation Z (born 1997–2012) now make up most of our undergraduate applicants.",
        "Baby boomers (born 1946–1964) hold the majority of our savings balances.",
        "Millennials (born 1981–1996) are the core first-time-buyer segment.",
    ],
    "acronym-expansion": [
        "Net Promoter Score (NPS), Customer Effort Score (CES) and first-contact resolution (FCR) are tracked monthly.",
        "The Office for Students (OfS) and the Quality Assurance Agency (QAA) both expect accurate marketing claims.",
        "Key performance indicators (KPIs) are set out in the balanced scorecard (BSC) in Appendix {q}.",
    ],
    "money-in-bracket": [
        "The campaign budget (£{money}m including production) was approved in {month}.",
        "Average order value on the SaaS starter plan (£{n} per seat) is below the industry median.",
        "The new sponsorship (worth £{money}m over {q} years) was announced in {yr}.",
    ],
    "date-in-prose": [
        "On {d} {month} {yr} the new mortgage range went live across all channels.",
        "The branch closure programme was announced on 1 March {yr2} and completed by December.",
        "Fieldwork took place between {d} and {d2} {month} {yr}.",
    ],
    "book-or-film-title": [
        "The brand team read Ogilvy on Advertising together in the first month of the project.",
        "The documentary The Mortgage Trap (BBC Two, {yr}) prompted a wave of customer enquiries.",
        "The board's away-day discussed Good to Great and what it means for a mutual.",
    ],
    "postcode-area": [
        "Penetration is highest in the LS and BD postcode areas, and weakest in HG.",
        "The catchment for the new branch (SN1 to SN5) contains around {n}k households.",
        "Valuation requests from the SW11 and SW18 districts doubled in {month}.",
    ],
    "percentage-change": [
        "Complaints fell by {pct} ({yr} vs {yr2}), while call volumes rose.",
        "Digital applications grew from {n2}% in {yr} to {n3}% in {yr2}.",
        "Instructions were up {pct} year on year (YoY) in the third quarter.",
    ],
    "meeting-or-minute": [
        "The executive committee (ExCo, {d} {month}) asked for a revised budget.",
        "Board minute {q}.{n2} ({month} {yr}) records the decision to close the brand review.",
        "The steering group met fortnightly (Tuesdays, 9am) throughout the project.",
    ],
    "version-of-plan": [
        "This is version {q}.{q2} of the marketing plan (draft, {d}/{q}/{yr}).",
        "The brand guidelines (v{q}, {month} {yr}) were updated to include accessibility rules.",
        "An earlier draft (v0.{q}) was shared with the compliance team in {month}.",
    ],
    "sponsorship-property": [
        "The {sponsorship} partnership ({yr}–{yr2}) built awareness among {A} but did little for consideration.",
        "Our shirt sponsorship of {club} runs until the end of the {season} season.",
        "Naming rights to the {club} stadium were renewed in {yr}.",
    ],
    "prize-draw-or-promotion": [
        "The Summer Saver prize draw (closes {d} {month} {yr2}) attracted {n} entries.",
        "The refer-a-friend offer (£{q}0 each, T&Cs apply) ran until the end of {month}.",
        "The student offer (railcard plus £{q}0) was matched by two competitors within a week.",
    ],
    "quoted-search-or-label": [
        "Internally the segment is labelled 'Comfortable Savers', which the agency dislikes.",
        "Applicants searching for 'nursing degree {yr2}' were served the Clearing landing page.",
        "The menu item 'Help and support' was renamed 'Get help' after testing.",
    ],
    "own-data-source": [
        "Source: internal CRM extract ({month} {yr}), all UK branches.",
        "Figure {q}: Monthly enquiries by channel, {month} {yr} to {month} {yr2}. Source: own data.",
        "Table {q} note: author's analysis of the {yr} member survey; base sizes vary by question.",
    ],
    "registration-number": [
        "The society is authorised by the PRA and regulated by the FCA (Firm Reference Number {frn}).",
        "{B} is registered in England and Wales (company no. 0{frn}) with its registered office in {city}.",
        "Every promotion must carry the statement 'Authorised and regulated by the Financial Conduct Authority (FRN {frn})'.",
    ],
    "opening-hours": [
        "The contact centre is open 8am to 8pm (Monday to Friday) and 9am to 1pm (Saturday).",
        "Lines are open until 6pm (5pm on Fridays), which members in work find restrictive.",
        "Showrooms open late (until 8pm) on Thursdays from {month}.",
    ],
    "email-address": [
        "Enquiries from the campaign go to a shared inbox, marketing@{domain}, which is triaged daily.",
        "Applicants who miss the deadline are asked to write to admissions@{domain} (subject line: late application).",
        "Residents can report damp and mould by email (repairs@{domain}) or through the app.",
    ],
    "named-colleague": [
        "My line manager, {person}, sponsored the project and chaired the steering group.",
        "The creative work was led by {person} at our agency, with strategy from {person2}.",
        "I am grateful to {person} in the insight team, who ran the regression analysis.",
    ],
    "measure-with-units": [
        "The average heat-pump installation took {q} days ({n} hours of engineer time).",
        "Download speeds of {n} Mbps (median, evening peak) were recorded in the pilot area.",
        "Average time to let fell to {q} weeks ({n} days) in the {month} figures.",
    ],
}  # fmt: skip

# ---------------------------------------------------------------------------------------------- brands and values
BRANDS = ["Nationwide", "Yorkshire Building Society", "Skipton Building Society", "Monzo", "Starling Bank", "Lloyds Bank", "NatWest",
          "Direct Line", "Admiral", "Aviva", "Legal & General", "AstraZeneca", "GSK", "the University of Bath", "Sheffield Hallam",
          "Leeds Teaching Hospitals", "Clarion", "The Guinness Partnership", "Octopus Energy", "E.ON Next", "OVO", "BT", "Vodafone",
          "Virgin Media O2", "giffgaff", "Arnold Clark", "Sytner", "Foxtons", "Savills", "Purplebricks", "Sage", "Xero", "Hargreaves Lansdown"]  # fmt: skip
_BANKS = ["Nationwide", "Skipton", "Coventry", "Leeds Building Society", "Principality", "Newcastle Building Society", "Ecology", "Cumberland"]  # fmt: skip
_PRODUCTS = ["Loyalty Saver", "First Home Mortgage", "Regular Saver", "Family Springboard", "Member Bond", "Help to Buy ISA", "Green Home Mortgage", "Flex Account"]  # fmt: skip
_CAMPAIGNS = ["Voices", "Home Truths", "Here For You", "Built on Trust", "Fair Play", "Brighter Futures", "Open Doors", "Money Confidence"]  # fmt: skip
_AWARDS = ["the Moneyfacts Awards", "the Marketing Week Masters", "the Campaign Big Awards", "the IPA Effectiveness Awards", "the UK Customer Experience Awards",
           "the Inside Housing Awards", "the Times Higher Education Awards", "the HSJ Awards", "the B2B Marketing Awards", "the What Car? Awards"]  # fmt: skip
_EVENTS = ["Mobile World Congress", "the Festival of Marketing", "Cannes Lions", "the Mortgage Industry Conference", "Dreamforce", "the NHS ConfedExpo",
           "the Housing 2024 conference", "Web Summit", "B2B Marketing Ignite", "the UCAS Higher Education Exhibition"]  # fmt: skip
_TV = ["Dragons' Den", "The Apprentice", "Grand Designs", "Homes Under the Hammer", "Top Gear", "Location, Location, Location", "24 Hours in A&E", "University Challenge"]  # fmt: skip
_SONGS = ["Elbow's 'One Day Like This'", "'Here Comes the Sun'", "a cover of 'Don't Stop Me Now'", "Bill Withers' 'Lovely Day'", "'Make Your Own Kind of Music'"]  # fmt: skip
_CITIES = ["Leeds", "Bradford", "Swindon", "Cardiff", "Belfast", "Glasgow", "Norwich", "Plymouth", "Derby", "Halifax", "Skipton", "Coventry", "Newcastle", "Bristol"]  # fmt: skip
_FIRSTS = ["Sarah", "Andrew", "Priya", "Callum", "Nia", "Oluwaseun", "Fiona", "Marcus", "Mei", "Declan", "Aisling", "Gareth"]  # fmt: skip
_LASTS = ["Hargreaves", "Okonkwo", "Bellamy", "Raghavan", "Devlin", "Fairclough", "Morgan-Price", "O'Rourke", "Castellano", "Whitworth"]  # fmt: skip
_TICKERS = ["LLOY", "NWG", "AV.", "LGEN", "DLG", "ADM", "AZN", "GSK", "BT.A", "VOD", "SGE", "FOXT", "SVS", "RMV", "HL."]  # fmt: skip
_MODELS = ["Ford Kuga", "Vauxhall Corsa", "Nissan Qashqai", "Tesla Model Y", "MG4", "Kia Sportage", "BMW 3 Series", "VW ID.3"]  # fmt: skip
_TARIFFS = ["Flexible Octopus", "Fix'd 12", "Simpler Energy", "Full Fibre 500", "Unlimited Max", "SIM Only 30GB", "Smart Broadband", "Green Fix"]  # fmt: skip
_SPONSORSHIPS = ["Lionesses", "Rugby League Challenge Cup", "British Cycling", "Six Nations", "Women's Hundred", "Great North Run"]  # fmt: skip
_CLUBS = ["Leeds Rhinos", "Bristol Bears", "Cardiff City", "Huddersfield Giants", "Coventry City", "Newcastle Falcons"]  # fmt: skip
_RANKS = ["1st", "2nd", "3rd", "7th", "12th", "19th", "23rd", "31st", "42nd"]  # fmt: skip
_DOMAINS = ["shu.ac.uk", "clarionhousing.com", "arnoldclark.com", "ybs.co.uk", "octopus.energy", "hallamcloud.io", "sytner.co.uk"]  # fmt: skip
_HANDLES = ["@NationwideBS", "@AskLloydsBank", "@giffgaff", "@OctopusEnergy", "@SheffHallamUni", "@ClarionHousing", "@BTCare"]  # fmt: skip
_HASHTAGS = ["MutualMatters", "ClearingSeason", "WeAreTheNHS", "SwitchForGood", "HomeTruths", "FibreForAll", "EVReady"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Values only this pool's frames use, drawn in one fixed order so a seed always writes the same report."""
    year = rng.randint(2015, 2024)
    return {
        "bank": rng.choice(_BANKS), "product": rng.choice(_PRODUCTS), "campaign": rng.choice(_CAMPAIGNS), "award": rng.choice(_AWARDS),
        "event": rng.choice(_EVENTS), "tv": rng.choice(_TV), "song": rng.choice(_SONGS), "city": rng.choice(_CITIES), "city2": rng.choice(_CITIES),
        "person": f"{rng.choice(_FIRSTS)} {rng.choice(_LASTS)}", "month": rng.choice(_MONTHS), "fy": f"FY{year}/{str(year + 1)[2:]}",
        "pct": f"{rng.randint(2, 68)}%", "money": f"{rng.randint(1, 19)}.{rng.randint(0, 9)}", "money2": f"{rng.randint(1, 19)}.{rng.randint(0, 9)}",
        "ticker": rng.choice(_TICKERS), "model": rng.choice(_MODELS), "tariff": rng.choice(_TARIFFS), "sponsorship": rng.choice(_SPONSORSHIPS),
        "club": rng.choice(_CLUBS), "rank": rng.choice(_RANKS), "domain": rng.choice(_DOMAINS), "handle": rng.choice(_HANDLES),
        "hashtag": rng.choice(_HASHTAGS), "n2": str(rng.randint(11, 49)), "n3": str(rng.randint(50, 89)), "n4": str(rng.randint(100, 999)),
        "q2": str(rng.randint(5, 9)), "d2": str(rng.randint(15, 28)), "yr": str(year), "yr2": str(year + rng.randint(1, 2)),
        "season": f"{year}/{str(year + 1)[2:]}",
        "frn": str(rng.randint(100000, 999999)), "person2": f"{rng.choice(_FIRSTS)} {rng.choice(_LASTS)}",
    }  # fmt: skip
