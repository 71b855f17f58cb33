"""Prose for the twenty-ninth held-out pool, "blind29": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-ninth hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how MSc Marketing Analytics students and junior analysts write: statistics in the running text (beta values,
p < 0.05, R-squared, n = 412, Cronbach's alpha), survey scales and items, software and versions, datasets, models and
algorithms with years, A/B tests and uplift, attribution models, in e-commerce, grocery delivery, streaming, fintech,
telecoms churn, loyalty programmes and retail media networks. Citations open, sit inside and close sentences, follow
"as shown by", "following", "replicating" and "per", stand in table and figure notes and method sections, carry
"see", "cf." and "e.g." inside the bracket and are possessive. The decoys are text with a capitalised name, a year,
a bracket or quotation marks that is not a citation; their kinds are the keys of NOT_CITATIONS below.

Placeholders: ``{N}`` narrative citation, ``{P}`` parenthetical citation (``{P:see}`` writes a word inside its
bracket), ``{Q}`` a quotation or quoted words, ``{C}``/``{C2}`` a claim, ``{O}`` an opener, ``{B}`` a brand,
``{A}`` an audience, ``{R}`` a result, ``{T}`` a tactic, ``{Y}``/``{Y2}`` years, ``{n}``/``{q}``/``{d}`` numbers, and the
keys of ``values()`` below. Decoy frames hold no citation slot. Claims are clauses in lower case with no full
stop; openers are phrases written before a comma.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} show that {C}.",
    "{N} found that {C}, using a hold-out sample of {n} customers.",
    "{N} argue that {C}.",
    "{N} estimated that {C} (β = 0.{d}, p < 0.05).",
    "{N} report that {C}, although their data came from a single {sector} platform.",
    "{N} demonstrated that {C}; this dissertation replicates that test on {B} data.",
    "{N} propose a model in which {C}.",
    "{N} caution that {C}.",
    "{N} benchmarked several classifiers and concluded that {C}.",
    "{N} is the standard reference for the claim that {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "As shown by {N}, {C}.",
    "Following {N}, the churn model was estimated with {algo} in {software}.",
    "This study follows {N} in treating {metric} as the outcome, since {C}.",
    "The uplift approach of {N} was used because {C}.",
    "Replicating {N}, the survey used a seven-point scale, and {C}.",
    "In the {sector} sector, {N} observed that {C}.",
    "For {B}, the evidence from {N} suggests that {C}.",
    "A similar pattern is reported by {N}, who note that {C}.",
    "The dashboard design draws on {N}, on the grounds that {C}.",
    "Unlike last-click reporting, the data-driven model described by {N} shows that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} framework assumes that {C}.",
    "{N} results suggest that {C}.",
    "Using {N} scale, Cronbach's alpha was 0.{d2}, and {C}.",
    "{N} findings were replicated here: {C}.",
    "The model builds on {N} work on {metric}, which shows that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "{C}, particularly in {sector} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
    "{C} {P:cf.}.",
    "Figure {q} shows the funnel by channel, adapted from {P}.",
    "Table {q} note: coefficients estimated in {software}; item wording adapted from {P}.",
    "{C}, which is why the test ran for {q} weeks {P}.",
    "The survey items for perceived value were adapted from earlier work {P}.",
    "Retail media spend is growing faster than search, and {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{O}, {C} {P}; {C2}.",
    "The literature {P} suggests that {C}.",
    "Models of {metric} {P} assume that {C}.",
    "{C} {P}, so the analysis controls for tenure and plan type.",
    "Gradient boosting {P} outperformed logistic regression on AUC, and {C}.",
]  # fmt: skip

CLAIMS = [
    "personalised recommendations raise average order value by a modest but reliable margin",
    "churn is concentrated in the first ninety days of a contract",
    "last-click attribution systematically undervalues upper-funnel channels",
    "loyalty points change purchase frequency more than basket size",
    "price promotions pull demand forward rather than creating it",
    "retail media networks give grocers first-party data that advertisers cannot get elsewhere",
    "survey intentions overstate actual subscription behaviour",
    "A/B tests stopped early inflate the apparent uplift",
    "free delivery thresholds push customers to add low-value items",
    "customers who use the app weekly are far less likely to cancel",
    "marketing mix models need at least two years of weekly data to be stable",
    "uplift models target persuadable customers better than response models",
    "trust in a fintech brand depends on perceived security more than on fees",
    "streaming subscribers rotate services rather than cancelling outright",
    "data-driven attribution shifts credit towards paid social",
    "customer lifetime value is better predicted by early engagement than by demographics",
    "consent rates fall sharply when the cookie banner offers a clear reject option",
    "promoted listings on marketplaces cannibalise some organic sales",
    "the holdout group is essential for measuring incremental revenue",
    "personalisation that feels intrusive lowers click-through rates",
    "telecoms customers respond to retention offers only when they are timely",
    "data quality problems matter more than the choice of algorithm",
    "net promoter score is a weak predictor of individual churn",
    "{B} could reduce churn by contacting at-risk customers before renewal",
]  # fmt: skip

OPENERS = [
    "In the churn literature",
    "For subscription businesses",
    "From a measurement perspective",
    "In grocery delivery",
    "In practice",
    "For {B}",
    "Across the studies reviewed",
    "Statistically",
    "Once seasonality is removed",
    "In the UK market",
    "Among {A}",
]  # fmt: skip

PLAIN = [
    "The data were cleaned in {software} and outliers above the 99th percentile were winsorised.",
    "Missing values affected {d} per cent of rows and were imputed with the median.",
    "The final sample was n = {n} after removing incomplete responses.",
    "This section sets out the method before the results are discussed.",
    "{B} agreed to share anonymised transaction data for this project.",
    "The model was evaluated with five-fold cross-validation.",
    "Ethical approval was granted by the school's research ethics committee.",
    "Limitations are discussed at the end of the chapter.",
]  # fmt: skip

QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{Q} {P}.",
    "As one review puts it, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "{N} warn that {Q}, which applies directly to {B}.",
    "The point is well made that {Q} {P}.",
    "Attribution is described as {Q} {P}.",
]  # fmt: skip

SCARE_QUOTES = ["‘data-driven’", "‘personalised’", "‘AI-powered’", "‘real-time’", "‘single customer view’", "‘always-on’",
                "‘frictionless’", "‘insight’", "‘engaged’ users", "‘loyal’ customers"]  # fmt: skip

SCARE_FRAMES = [
    "Many vendors describe their tools as {Q}, a label that means little without a holdout test {P}.",
    "{B} calls its app {Q}, although the logs suggest otherwise.",
    "Dashboards often count {Q} sessions generously {P}.",
    "{N} question what {Q} means in practice.",
]  # fmt: skip

SUBJECT_LINES = ["‘Your basket misses you’", "‘{B}: 20% off your next shop’", "‘Don't lose your points!’", "‘We've saved your favourites’",
                 "‘Your free trial ends tomorrow’", "“best savings account uk”", "“cancel netflix subscription”", "“grocery delivery near me”",
                 "‘Get £{d} when you switch’", "‘Treat yourself this weekend’"]  # fmt: skip

SUBJECT_FRAMES = [
    "Variant B used the subject line {Q} and lifted open rates {P}.",
    "The search term {Q} was the top query in Search Console.",
    "Emails such as {Q} are typical of win-back flows {P}.",
    "{N} tested copy like {Q} against a control.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "statistic-in-brackets": ["The effect was significant (β = 0.{d2}, p < 0.01).", "Fit was acceptable (R² = 0.{d2}, n = {n})."],
    "cronbach-alpha": ["The scale was reliable (Cronbach's α = 0.{d2}).", "Reliability for the Trust scale (5 items) was α = 0.{d2}."],
    "software-version": ["Analysis was run in {software} (released {Y}).", "Models were fitted in R 4.3.1 with the tidymodels package (version 1.1)."],
    "python-version": ["The pipeline runs on Python 3.11 and pandas 2.1, scheduled nightly since {month} {Y}.", "Code was written in Python 3.10 (Jupyter, {Y})."],
    "algorithm-with-year": ["XGBoost (first released 2014) was the strongest baseline.", "The Transformer architecture (2017) was not needed for tabular data."],
    "model-version": ["GPT-4 (March 2023 release) was used only to check grammar.", "Prophet 1.1 was used to forecast weekly orders for {Y2}."],
    "dataset-name-with-year": ["The Online Retail II dataset (2009-2011) contains {n} thousand invoices.", "The Telco Customer Churn data (IBM sample, {Y}) has 7,043 rows."],
    "kaggle-competition": ["The Instacart Market Basket Analysis competition (2017) inspired the basket features.", "A Kaggle notebook ranked {rank} on the public leaderboard in {Y}."],
    "ab-test-name": ["Test AB-{n} (Checkout Redesign, Q{q} {Y}) produced a {d}% uplift.", "The experiment ‘Free Delivery Threshold {Y}’ ran for {q} weeks."],
    "attribution-model-name": ["GA4 replaced Last Click with Data-Driven Attribution (DDA) as the default in {Y}.", "Position-Based (40/20/40) attribution gave more credit to display."],
    "ga4-property": ["The GA4 property (ID {ga4_id}) was created in {month} {Y}.", "Universal Analytics (UA) stopped processing data in July 2023."],
    "campaign-name": ["The ‘Summer Savers {Y}’ campaign drove {d}% of new sign-ups.", "{B}'s Black Friday {Y} campaign doubled app installs."],
    "product-with-year": ["The Pixel 8 (2023) and iPhone 15 (2023) were the top devices in the sample.", "{B} Plus ({Y} relaunch) now costs £{d}.99 a month."],
    "event-with-year": ["Findings were presented at Retail Media Summit {Y} in London.", "Cookie deprecation delays announced at Google I/O {Y} affected the plan."],
    "award-with-year": ["{B} won Best Use of Data at the DMA Awards {Y}.", "The team was shortlisted for the Drum Awards for Marketing {Y}."],
    "tv-series": ["Viewing of Stranger Things (Season 4, 2022) spiked sign-ups.", "Squid Game (2021) is often used as a case of global streaming reach."],
    "song-in-ad": ["The ad used ‘Dancing Queen’ (ABBA, 1976) as its soundtrack.", "Sign-ups rose after the Christmas {Y} advert featuring a cover of ‘Your Song’."],
    "law-with-year": ["Consent for marketing cookies falls under PECR 2003 and the UK GDPR.", "Under the Data Protection Act 2018, the survey data were pseudonymised."],
    "standard-with-year": ["Data handling followed ISO/IEC 27001:2022.", "Survey practice followed ISO 20252:2019 for market research."],
    "financial-period": ["Revenue for FY{yy} rose {d}% year on year.", "In H1 {Y} churn fell to {d}.{q}% (Q{q} {Y2}: {d}.1%)."],
    "figure-in-brackets": ["{B}'s advertising income (2023 revenue: £{n}m) is now material.", "Active users (2024 estimate) were around {n} million."],
    "job-title-interviewee": ["An interview with the Head of CRM at {B} (conducted {month} {Y}) confirmed the churn definition.", "Participant P{q} (Senior Data Analyst, fintech) described the model as a black box."],
    "place-with-year": ["Ocado's Erith CFC (opened 2018) serves much of south-east London.", "The pilot ran in Leeds and Manchester from {month} {Y}."],
    "abbreviation-with-year": ["The MMM covered {Y}-{Y2} weekly data (104 weeks).", "CLV ({Y} cohort) was modelled with BG/NBD."],
    "survey-item": ["Item PV3 (‘{B} offers good value for money’) loaded at 0.{d2}.", "Respondents rated ‘I trust this app with my data’ from 1 (strongly disagree) to 7 (strongly agree)."],
    "scale-anchor": ["A seven-point Likert scale (1 = never, 7 = always) was used.", "NPS was measured on a 0-10 scale (0 = not at all likely)."],
    "hypothesis-label": ["H{q} (loyalty membership → basket size) was supported.", "H1a and H1b were tested with a two-tailed t-test (α = .05)."],
    "table-reference": ["Table {q} (Appendix B) lists all {n} features.", "See Figure {q} (ROC curve, test set) for the comparison."],
    "section-reference": ["Section {q}.{d} (Method) explains the sampling.", "Chapter {q} (Results) reports the models in turn."],
    "repository-path": ["The code is in the project repository (src/models/churn_{Y}.py).", "Notebook 03_uplift.ipynb (last run {d} {month} {Y}) reproduces Table {q}."],
    "url-plain": ["The dashboard is hosted at tableau.{slug}.com and refreshes daily.", "Data were exported from analytics.google.com on {d} {month} {Y}."],
    "email-subject-quoted": ["The control email, ‘Your weekly picks are here’, was sent on {d} {month} {Y}.", "Subject line A (‘Still thinking it over?’) beat B by {d}%."],
    "search-term-quoted": ["The keyword “cheap broadband deals” had {n} monthly searches in {Y}.", "Queries such as “{brand_lower} promo code” grew in {month}."],
    "slogan-quoted": ["{B}'s line ‘{slogan}’ tested well with {A}.", "The tagline ‘{slogan}’ dates from the {Y} relaunch."],
    "hashtag-handle": ["The #{tag} trend peaked in {month} {Y}.", "@{handle} posted the offer to {n}k followers."],
    "ticker-exchange": ["{B} shares (LSE: {ticker}) fell {d}% after the results.", "Its parent (NASDAQ: {ticker}) reported in {month} {Y}."],
    "price-plan": ["The Premium Individual plan (£{d}.99/month from {Y}) is the reference price.", "Basic with Ads (launched November 2022) cost £4.99."],
    "loyalty-scheme-name": ["Nectar Prices (2023) and Clubcard Prices (2021) changed grocery promotion.", "The {B} Rewards programme (relaunched {Y}) has {n}k members."],
    "cohort-label": ["The January {Y} cohort churned faster than the {month} {Y2} cohort.", "Cohort C{q} ({Y} sign-ups) had the highest CLV."],
    "confidence-interval": ["The uplift was 3.{d}% (95% CI [1.{q}, 5.{d}]).", "Odds of churning fell (OR = 0.{d2}, 95% CI 0.61-0.89)."],
    "sample-description": ["The panel (n = {n}; 54% female; mean age 34.{q}) was recruited through Prolific in {Y}.", "Respondents (N = {n}) were UK residents aged 18-65."],
    "scare-quote-jargon": ["The team calls these customers ‘sleepers’.", "So-called ‘zombie subscriptions’ inflate the active base."],
    "company-legal-name": ["{B} Ltd (company number 0{n}{d}) is the data controller.", "The data were supplied by {B} UK Holdings plc in {Y}."],
    "version-release-notes": ["Tableau 2023.3 added a new Pulse feature.", "SPSS v28 (IBM, 2021 release) was used for the factor analysis."],
    "season-with-year": ["Peak trading (Christmas {Y}) accounted for {d}% of orders.", "Spring/Summer {Y} stock arrived late."],
}  # fmt: skip

BRANDS = ["Ocado", "Tesco", "Deliveroo", "Monzo", "Netflix", "Spotify", "Boots", "Revolut", "Gousto", "Zopa", "Sky", "EE", "ASOS",
          "Starling", "Vodafone", "Sainsbury's", "Just Eat", "Virgin Media O2", "Nectar360", "Tesco Media and Insight"]  # fmt: skip

_SOFTWARE = [
    "SPSS v28",
    "R 4.3",
    "Python 3.11",
    "Tableau 2023.2",
    "Stata 18",
    "Power BI",
    "BigQuery",
    "scikit-learn 1.3",
    "SmartPLS 4",
    "Excel",
]
_ALGOS = [
    "XGBoost",
    "random forests",
    "logistic regression",
    "a BG/NBD model",
    "LightGBM",
    "a Cox proportional hazards model",
    "k-means",
]
_METRICS = [
    "churn",
    "customer lifetime value",
    "incremental revenue",
    "return on ad spend",
    "basket size",
    "repeat purchase",
]
_SECTORS = ["grocery delivery", "streaming", "fintech", "telecoms", "e-commerce", "retail media", "loyalty"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_SLOGANS = [
    "Every little helps",
    "Grocery shopping, rethought",
    "Make money easy",
    "Believe in better",
    "Food you'll love",
]
_TAGS = ["CookieGate", "QuietQuitting", "DeinfluencingTok", "BudgetTok", "CostOfLivingCrisis"]
_HANDLES = ["monzo", "ocado", "deliveroo_uk", "spotifyuk", "tesco"]
_TICKERS = ["OCDO", "TSCO", "ROO", "SPOT", "NFLX", "VOD", "SBRY"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    brand = rng.choice(BRANDS)
    return {
        "software": rng.choice(_SOFTWARE), "algo": rng.choice(_ALGOS), "metric": rng.choice(_METRICS),
        "sector": rng.choice(_SECTORS), "month": rng.choice(_MONTHS), "d2": str(rng.randint(62, 94)),
        "yy": str(rng.randint(19, 25)), "rank": f"{rng.randint(11, 400)}th", "slug": brand.lower().replace(" ", "").replace("'", ""),
        "brand_lower": brand.lower(), "slogan": rng.choice(_SLOGANS), "tag": rng.choice(_TAGS), "handle": rng.choice(_HANDLES),
        "ticker": rng.choice(_TICKERS), "ga4_id": "G-" + "".join(rng.choices("ABCDEFGHJKLMNPQRSTVWXYZ0123456789", k=10)),
    }  # fmt: skip
