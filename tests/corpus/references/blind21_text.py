"""Prose for the twenty-first held-out pool, "blind21": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-first hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how digital and social-media practitioners on the CIM Diploma in Digital Marketing and agency account
executives write: platform and tool names with version numbers and release dates, hashtags and @handles, metrics,
quarters, financial years and sample sizes in brackets, A/B tests, campaigns with years in their names, creators,
podcast episodes and conference talks, app-store ratings and prices; D2C e-commerce, subscription boxes, SaaS
start-ups, streaming, gaming, beauty, travel apps, fintech, food delivery and fashion resale. Citations open, sit
inside and close sentences, follow "as", "according to", "per" and "drawing on", stand in table and figure notes,
carry "see", "e.g." and "cf." inside the bracket and are possessive. The decoys are text with a capitalised name, a
year, a bracket or quotation marks that is not a citation; their kinds are the keys of NOT_CITATIONS below.

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
    "{N} found that {C}.",
    "{N} argue that {C}, which matters for {B}.",
    "{N} reported that {C} across {platform} and {platform2}.",
    "{N} makes the point that {C}.",
    "{N} showed that {C}, particularly among {A}.",
    "{N} recommends that brands test this before scaling, since {C}.",
    "{N} suggest that {C}; our {qtr} data for {B} agrees.",
    "{N} warned that {C}.",
    "{N} benchmarked {n} {sector} accounts and concluded that {C}.",
    "{N} is clear that {C}.",
    "{N} describe a similar pattern: {C}.",
    "{N} observed that {C} once {tool} was switched on.",
    "{N} points out that {C}, though the sample was small.",
    "{N} noted that {C} in {sector}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explains, {C}.",
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "This echoes {N}, who argue that {C}.",
    "On {platform}, {N} reports that {C}.",
    "The account team leaned on {N} when pitching to {B}, since {C}.",
    "{C}, as {N} point out.",
    "{C}, a finding {N} also reported.",
    "Drawing on {N}, the plan assumes that {C}.",
    "For {sector} brands, {N} suggests that {C}.",
    "The client brief cited {N}, noting that {C}.",
    "Per {N}, {C}.",
    "Our A/B test supports {N}: {C}.",
    "In the {campaign} retrospective, we followed {N} in assuming that {C}.",
    "It is worth remembering, as {N} stress, that {C}.",
    "Source of Table {q}: adapted from {N}.",
    "Figure {q} note: benchmark CTRs by format, taken from {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} benchmark report suggests that {C}.",
    "{N} guidance is that {C}.",
    "{O}, {N} framework explains why {C}.",
    "{N} data shows that {C}.",
    "We used {N} checklist before launching on {platform}, because {C}.",
    "{N} study of {sector} found that {C}.",
    "{N} conclusion was that {C}.",
    "{N} model helped the team see that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "{C}, especially on {platform} {P}.",
    "There is good evidence that {C} {P}.",
    "{C} {P:see}.",
    "{C} {P:see also}.",
    "{C} {P:e.g.}.",
    "{C} {P:cf.}.",
    "Industry benchmarks suggest that {C} {P}.",
    "{B} is a case in point: {C} {P}.",
    "Table {q} summarises the paid social KPIs used for {B} {P}.",
    "Figure {q} maps the customer journey from first ad to repeat order, adapted from the RACE framework {P}.",
    "Table {q}: paid social benchmarks for {sector} brands {P}.",
    "Most {sector} marketers now plan around this {P}.",
    "This is why {C} {P}.",
    "For {A}, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, so {C2}.",
    "{C} {P}, while {C2}.",
    "{C} {P}; for {B}, {C2}.",
    "{O}, {C} {P}, although {C2}.",
    "Because {C} {P}, the team moved budget to {platform}.",
    "{C} {P:see}, which is why {C2}.",
    "{C} {P} and {C2}.",
    "Where {C} {P}, it follows that {C2}.",
]  # fmt: skip
CLAIMS = [
    "short-form video drives more reach than static posts for {A}",
    "creator content outperforms brand-made ads on cost per acquisition",
    "first-party data is now the main asset of {sector} brands",
    "free-trial users who add a payment method in week one churn far less",
    "most {A} discover new products on {platform} before they search for them",
    "{T} lifts {R} when it is tied to a clear offer",
    "abandoned-basket emails recover a small but profitable share of lost orders",
    "ad fatigue sets in faster on {platform} than on other channels",
    "loss of third-party cookies pushes budgets towards retail media",
    "influencer disclosure that is unclear damages trust in the brand",
    "subscription boxes depend on the unboxing moment for word of mouth",
    "app-store ratings shape install rates more than paid search does",
    "personalised push notifications raise {R} but annoy some users",
    "{B} wins on convenience rather than on price",
    "attribution models credit the last click too heavily",
    "micro-influencers with under {k}k followers deliver higher engagement rates",
    "consent banners with a clear reject button cut opt-in rates",
    "search traffic to {sector} sites is shifting to AI answers",
    "{A} expect a reply on social within the hour",
    "user-generated content is trusted more than brand claims",
    "dark patterns in checkout flows invite regulatory action",
    "SaaS start-ups grow faster with product-led onboarding than with sales calls",
    "live shopping has yet to take off in the UK as it has in China",
    "resale platforms attract buyers who care about price more than sustainability",
    "food delivery apps compete on speed and range, not loyalty",
    "gaming communities reward brands that join in rather than interrupt",
    "email remains the channel with the highest return on investment",
    "retargeting audiences shrank after the App Tracking Transparency prompt",
    "{T} works best for {B} when it is tested in small cells first",
    "fintech brands must balance playful tone with regulatory caution",
    "streaming services lose subscribers when prices rise without new content",
    "travel apps see most downloads in the weeks after New Year",
    "beauty shoppers rely on tutorials more than on product pages",
    "brand safety concerns keep some advertisers off {platform}",
    "marketing automation saves time but can make messages feel generic",
]  # fmt: skip
OPENERS = [
    "In practice",
    "For {B}",
    "On {platform}",
    "From an agency point of view",
    "Since the {ver} update",
    "In the {qtr} campaign",
    "Even so",
    "By contrast",
    "Looking at the {fy} figures",
    "For a {sector} brand",
    "With budgets under pressure",
    "More recently",
    "At the account level",
    "For {A}",
]  # fmt: skip
PLAIN = [
    "{B} sells mainly through its app, with {platform} as its largest paid channel.",
    "The team ran three creative variants for two weeks before choosing a winner.",
    "Budget was split between paid social, paid search and affiliates.",
    "Weekly reporting was built in Looker Studio from GA4 and Meta Ads Manager exports.",
    "The client approved the content calendar in the second sprint.",
    "{B} has around {n} staff, most of them in London and Manchester.",
    "Community managers reply to comments seven days a week.",
    "{O}, {C}.",
    "The brief asked for growth without raising the cost per acquisition.",
    "Creators were briefed by email and paid on a flat fee plus commission.",
    "Results are reported against the SMART objectives set in Task 1.",
    "The landing page was rebuilt in Shopify and tested on mobile first.",
]  # fmt: skip
QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{Q} {P}.",
    "{N} puts it bluntly: {Q}.",
    "As one practitioner guide puts it, {Q} {P}.",
    "{N} argues that {Q}.",
    "The point is well made that {Q} {P}.",
    "{N} wrote that {Q}, a line the client liked.",
    "{Q}, according to {N}.",
    "In the words of the report, {Q} {P}.",
    "{B}'s strategy reflects the view that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘authentic’", "‘organic’", "‘viral’", "‘growth hacking’", "‘always on’", "‘thumb-stopping’",
                "‘snackable’", "‘community-led’", "‘frictionless’", "‘de-influencing’", "'lo-fi'", "'native'",
                "\"link in bio\"", "“creator-first”"]  # fmt: skip
SCARE_FRAMES = [
    "Brands chase {Q} content even when it does not sell {P}.",
    "{B} markets itself as {Q}, which shoppers question {P}.",
    "{N} doubt that {Q} is a strategy at all.",
    "The so-called {Q} approach is harder to measure {P}.",
    "Agencies still promise {Q} results to clients {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your box is on its way 📦’", "‘Still thinking it over? Here's 15% off’", "“Your {Y} in review is here”",
                 "‘We miss you – come back for £5 off’", "'Flash sale: 24 hours only'", "“Your free trial ends tomorrow”",
                 "‘New drop: the SS{yy} edit’", "'You left something in your basket'", "‘Black Friday starts now’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} won the A/B test on open rate {P}.",
    "An email headed {Q} drove most revenue in the flow {P}.",
    "{B} sent {Q} to lapsed subscribers, a tactic {N} recommend.",
    "Subject lines such as {Q} use urgency {P}.",
    "We tested {Q} against a plain version {P}.",
]  # fmt: skip

# Text with a capitalised name, a year, a bracket or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS: dict[str, list[str]] = {
    "campaign-name-year": ["The ‘{campaign}’ campaign ran on TikTok and Instagram Reels.", "{B}'s {campaign} push was the agency's biggest brief of the year.",
                           "We reused assets from the Summer Drop {Y} campaign."],
    "hashtag-year": ["The #{tag}{Y} hashtag gathered {n}k posts in a fortnight.", "Creators were asked to tag posts #{tag} and #{B_tag}{yy}.",
                     "Entries used #{tag}Challenge{Y}, which trended for two days."],
    "handle-followers": ["@{handle} ({k}k followers) reposted the launch video.", "The brand account (@{handle}) gained {n} followers in {month}.",
                         "We briefed @{handle} and @{handle2} in {month} {Y}."],
    "creator-name": ["{creator} posted a haul video for {B} in {month} {Y}.", "{creator}'s {Y} tour vlog mentioned the app twice.",
                     "A collaboration with {creator} (paid partnership) went live on {d} {month}."],
    "platform-version": ["Tracking broke after iOS {ios} (released {month} {Y}).", "The shop moved to Shopify {ver} in {qtr}.",
                         "Android 1{q} users saw the new consent prompt first.", "GA4 replaced Universal Analytics (sunset 1 July 2023)."],
    "tool-release": ["Meta Advantage+ (launched {Y}) now runs most of the prospecting budget.", "We trialled ChatGPT-{q}o for caption drafts in {month}.",
                     "Performance Max (PMax) campaigns replaced Smart Shopping in {Y}."],
    "quarter-bracket": ["Installs peaked in the third quarter ({qtr}).", "ROAS fell to {roas} ({qtr}) before recovering.",
                        "Paid social spend doubled year on year ({qtr} vs {qtr2})."],
    "financial-year": ["Revenue reached £{n}m ({fy}).", "{B} cut its media budget by a fifth ({fy}).", "The target for {fy} is {n}k paying subscribers."],
    "sample-size": ["Most respondents preferred short videos (n={n}).", "Two thirds of the panel had used a resale app (n = {n}, {month} {Y}).",
                    "The customer survey ran for ten days (n={n}; {pct}% response rate)."],
    "ab-test-result": ["Variant B lifted click-through by {pct}% (p < 0.05).", "The green CTA beat the control (CVR {pct}% vs {pct2}%).",
                       "Test {q} ran from {d} {month} to {d2} {month} ({n}k sessions per arm)."],
    "app-store-rating": ["The app holds a {rating}-star rating on the App Store ({k}k ratings).", "{B} scores {rating}/5 on Google Play ({month} {Y}).",
                         "Reviews fell to {rating} stars after the {ver} update."],
    "price": ["The Plus plan costs £{price} a month (£{price2} billed annually).", "Boxes start at £{price} (free delivery over £{n}).",
              "A {q}-month subscription is priced at £{price} (RRP £{price2})."],
    "metric-bracket": ["The carousel ads were the most efficient (CTR {pct}%, CPC £0.{d2}).", "Email drove the best return (ROAS {roas}).",
                       "Organic reach kept falling (down {pct}% YoY)."],
    "podcast-episode": ["In episode {n} of The {show} Show, the founder of {B} talked about churn.", "The {show} podcast (series {q}, episode {d}) covered retention.",
                        "We pitched {B}'s founder to the {show} Podcast for its {Y} season."],
    "conference-talk": ["I attended a talk on AI search at BrightonSEO (April {Y}).", "At {event} {Y}, {B} presented its loyalty results.",
                        "Slides from {event} {Y} were shared with the account team."],
    "webinar-session": ["The team joined a {platform} webinar on {d} {month} {Y} about the new ad formats.", "Session {q} of the CIM Digital Summit {Y} covered consent."],
    "award-year": ["The campaign won Gold at the DMA Awards {Y}.", "{B} was shortlisted for The Drum Awards for Social Purpose {Y}.",
                   "The agency took two Lions at Cannes Lions {Y}."],
    "event-year": ["Black Friday {Y} delivered {pct}% of Q4 revenue.", "Prime Day {Y} (11–12 July) hit smaller sellers' margins.",
                   "Sales spiked around Singles' Day {Y}.", "Traffic doubled during Euro {Y} matches."],
    "tv-series": ["The brand sponsored Love Island (series {q}) on ITV2.", "Spending rose during The Traitors series {q} final.",
                  "A product placement in Made in Chelsea (Season {n}) drove searches."],
    "film-game-title": ["The tie-in with {game} sold out in a day.", "Pre-orders for {game} opened in {month} {Y}.",
                        "Fans of Barbie (2023) drove a spike in pink product searches."],
    "song-sound": ["The trending sound ‘{song}’ was used in {n}k TikTok videos.", "Reels set to {song} by {artist} performed best in {month}."],
    "law-name-year": ["The Online Safety Act 2023 changes how platforms moderate ads.", "Cookie banners must meet the Privacy and Electronic Communications Regulations 2003.",
                      "The Digital Markets, Competition and Consumers Act 2024 gives the CMA new fining powers."],
    "regulation-acronym": ["Under UK GDPR, consent must be freely given.", "PECR rules on marketing emails apply to sole traders too.",
                           "Influencer posts must follow the CAP Code (rule 2.1) on recognisable ads."],
    "asa-ruling": ["The ASA upheld a complaint against {B} in {month} {Y}.", "An ASA ruling on {B} Ltd (A{yy}-{n}) found the ad misleading.",
                   "In its {month} {Y} ruling, the ASA told {B} to label ads clearly."],
    "standard-version": ["The site meets WCAG 2.2 AA (published October 2023).", "Payments are handled to PCI DSS v4.0.", "The agency is certified to ISO 27001:2022."],
    "place-year": ["The client's stand at Expo 2020 Dubai drew B2B leads.", "Paris 2024 Olympics content was off limits to non-sponsors.",
                   "Glastonbury {Y} ticket sales trended on X."],
    "interviewee": ["Sam, Head of Growth at {B} (interviewed {d} {month} {Y}), confirmed the churn figure.",
                    "The brand manager (interview, {month} {Y}) said creator fees had doubled.", "Priya (Social Lead, {Y}–{Y2}) built the community strategy."],
    "job-title-years": ["I worked as Paid Social Executive ({Y}–{Y2}) on the account.", "{creator} has led content at {B} since {Y}.",
                        "The founder (CEO {Y}–present) still approves every campaign."],
    "revenue-year": ["{B} grew quickly ({Y} revenue: £{n}m).", "Marketing spend was held flat ({Y} budget: £{n}k).", "Subscriber numbers rose ({Y} figure: {n}k)."],
    "percent-change": ["Organic sessions recovered (+{pct}% MoM).", "Cost per lead rose (+{pct}% vs {Y}).", "Unsubscribes dropped sharply (−{pct}%)."],
    "date-range": ["The sale ran for a fortnight ({d} {month}–{d2} {month} {Y}).", "Data were pulled for the period {d}/0{q}/{Y}–{d2}/0{q}/{Y}.",
                   "The flight ran in two bursts (w/c {d} {month} and w/c {d2} {month})."],
    "appendix-pointer": ["The full media plan is in the appendix (see Appendix {q}).", "Screenshots of the ads are attached (Appendix {q}, Figures {q}–{d2}).",
                         "The persona is described in detail (see Table {q})."],
    "screenshot-caption": ["Figure {q}: {B} Instagram grid, captured {d} {month} {Y}.", "Figure {q}: Google Trends for ‘{term}’, UK, {Y}–{Y2}.",
                           "Table {q}: TikTok ad results by creative ({qtr})."],
    "copyright-line": ["© {B} {Y}. All rights reserved.", "Images © {B} Ltd {Y}, used with permission."],
    "cohort-born": ["Gen Z (born 1997–2012) makes up most of the audience.", "Millennials (born 1981–1996) still hold most of the spending power."],
    "collection-season": ["The SS{yy} drop sold out in {k} minutes.", "The AW{yy} collection launched with a {platform} live stream.",
                          "The Christmas {Y} advent calendar was the top seller."],
    "search-term": ["Searches for ‘{term}’ rose {pct}% in {month}.", "The top query in Semrush's UK database was \"{term}\".",
                    "People also ask: ‘is {B} worth it {Y}’."],
    "slogan": ["{B}'s line ‘{slogan}’ runs across every channel.", "The tagline \"{slogan}\" tested well with {A}.", "‘{slogan}’ became the campaign hashtag."],
    "utm-url": ["Links carried utm_campaign={tag}_{Y} for tracking.", "The landing page was {lower}.co.uk/{tag}-{Y}."],
    "ticker-exchange": ["{B} floated on the London Stock Exchange (LSE: {ticker}) in {Y}.", "Shares in the parent (NASDAQ: {ticker}) fell after the results."],
    "currency-conversion": ["The US launch budget was $2m (approx. £{n}k).", "Revenue in Europe reached €{n}m (about £{n2}m)."],
    "timestamp": ["The founder explains the pricing change at 12:4{q} in the video.", "The key demo starts at 03:{d2} (YouTube, {month} {Y})."],
    "sprint-release": ["Sprint {n} (w/c {d} {month}) shipped the new onboarding flow.", "Release {ver} of the app added Apple Pay."],
    "ranking-list": ["{B} made the Sunday Times 100 list in {Y}.", "The app ranked #{q} in Lifestyle on the App Store ({month} {Y}).",
                     "The founder appeared on the Forbes 30 Under 30 Europe list in {Y}."],
    "model-product": ["The campaign was shot on an iPhone 1{q} Pro.", "Bundles included a PS5 Slim and EA Sports FC {yy}.", "The Galaxy S2{q} launch ran alongside the drop."],
    "age-bracket": ["The core audience is aged 18–24 (Meta Ads Manager estimate).", "Parents (aged 35–44) were the best-converting segment."],
    "group-member-initials": ["The group agreed the plan on {d} {month} (AK, JB, TO).", "Section 3 was drafted by two of us (RM and SP)."],
    "framework-acronym": ["The RACE framework (Reach, Act, Convert, Engage) structures the plan.", "The plan follows SOSTAC® as taught on the CIM Diploma.",
                             "KPIs were set in the OKR cycle for H{q} {Y}."],
}  # fmt: skip

BRANDS = ["Gymshark", "Cult Beauty", "Huel", "Oddbox", "Bloom & Wild", "Monzo", "Vinted", "Gousto", "Trainline", "Hopper", "Depop",
          "Revolut", "Deliveroo", "Just Eat", "Skyscanner", "Naked Wines", "Glossybox", "Freetrade", "Beauty Pie", "Papier", "Graze",
          "Pact Coffee", "Nothing", "Brewdog", "Zilch"]  # fmt: skip
PLATFORMS = ["TikTok", "Instagram", "YouTube", "LinkedIn", "Pinterest", "Snapchat", "Facebook", "X", "Threads", "Twitch", "Reddit"]  # fmt: skip
TOOLS = ["Klaviyo", "HubSpot", "Hootsuite", "Sprout Social", "Canva", "Semrush", "Ahrefs", "GA4", "Hotjar", "Mailchimp", "Later", "Brandwatch"]  # fmt: skip
SECTORS = ["D2C", "subscription-box", "SaaS", "streaming", "gaming", "beauty", "travel", "fintech", "food delivery", "resale"]  # fmt: skip
HANDLES = ["gymshark", "cultbeauty", "monzo", "depop", "oddboxuk", "graze_uk", "huel", "beautypie", "vinted", "trainline", "skyscanner"]  # fmt: skip
TAGS = ["ThriftTok", "BookTok", "GRWM", "SundayReset", "CleanGirl", "DeinfluencingTok", "ShopSmall", "OOTD", "SummerDrop", "Wrapped"]  # fmt: skip
CREATORS = ["Em Sheldon", "Grace Beverley", "Niomi Smart", "Patricia Bright", "Chris Ramsay", "Zanna van Dijk", "Jack Edwards",
            "Mia Maples", "KSI", "Caroline Hirons"]  # fmt: skip
CAMPAIGNS = ["Summer Drop", "Back to Uni", "Dry January", "Wrapped", "Pay Day Rewards", "Cyber Week", "New Year New Me", "Love Island Edit"]  # fmt: skip
SHOWS = ["Growth", "Retention", "D2C Founders", "Marketing Mix", "Subscription", "Creator Economy"]  # fmt: skip
EVENTS = ["BrightonSEO", "Festival of Marketing", "Social Media Week London", "Web Summit", "SaaStock", "Advertising Week Europe", "MozCon"]  # fmt: skip
GAMES = ["EA Sports FC 25", "Fortnite Chapter 5", "Minecraft Legends", "Hogwarts Legacy", "Pokémon Scarlet", "Roblox", "Call of Duty: Black Ops 6"]  # fmt: skip
SONGS = [("Espresso", "Sabrina Carpenter"), ("Murder on the Dancefloor", "Sophie Ellis-Bextor"), ("Flowers", "Miley Cyrus"),
         ("Dancing Queen", "ABBA"), ("Padam Padam", "Kylie Minogue")]  # fmt: skip
TERMS = ["vegan protein powder", "cheap flights to Lisbon", "best budgeting app", "second hand Levi's", "meal kit discount code",
         "retinol for beginners", "cancel subscription", "Black Friday trainers"]  # fmt: skip
SLOGANS = ["Do it for the plot", "Fresh food, fast", "Money, made simple", "Sell it, don't bin it", "Small box, big joy",
           "Glow up, for less", "Book it. Pack it. Go."]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
TICKERS = ["ROO", "MOON", "TRN", "THG", "WISE", "OCDO", "DOM", "SPOT", "DUOL"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Values for this pool's own placeholders, drawn afresh for every frame."""
    year = rng.randint(2018, 2025)
    quarter, other = rng.sample(range(1, 5), 2)
    song, artist = rng.choice(SONGS)
    handle, handle2 = rng.sample(HANDLES, 2)
    platform, platform2 = rng.sample(PLATFORMS, 2)
    brand = rng.choice(BRANDS)
    # The shared {Y} reaches back to 1995; these writers' decoys are about the last few years.
    return {
        "Y": str(year), "Y2": str(rng.randint(year + 1, 2026)),
        "platform": platform, "platform2": platform2, "tool": rng.choice(TOOLS), "sector": rng.choice(SECTORS),
        "handle": handle, "handle2": handle2, "tag": rng.choice(TAGS), "B_tag": brand.replace(" ", "").replace("&", "And"),
        "creator": rng.choice(CREATORS), "campaign": f"{rng.choice(CAMPAIGNS)} {year}", "show": rng.choice(SHOWS),
        "event": rng.choice(EVENTS), "game": rng.choice(GAMES), "song": song, "artist": artist, "term": rng.choice(TERMS),
        "slogan": rng.choice(SLOGANS), "month": rng.choice(MONTHS), "ticker": rng.choice(TICKERS),
        "qtr": f"Q{quarter} {year}", "qtr2": f"Q{other} {year - 1}", "fy": f"FY{year}/{(year + 1) % 100:02d}",
        "yy": f"{year % 100:02d}", "ver": f"{rng.randint(2, 17)}.{rng.randint(0, 9)}", "ios": f"{rng.randint(14, 18)}.{rng.randint(0, 5)}",
        "k": str(rng.randint(3, 95)), "pct": f"{rng.randint(2, 48)}.{rng.randint(0, 9)}", "pct2": f"{rng.randint(1, 9)}.{rng.randint(0, 9)}",
        "rating": f"{rng.randint(3, 4)}.{rng.randint(1, 9)}", "price": f"{rng.randint(4, 39)}.99", "price2": f"{rng.randint(40, 299)}.00",
        "roas": f"{rng.randint(1, 9)}.{rng.randint(0, 9)}x", "d2": str(rng.randint(10, 28)), "n2": str(rng.randint(2, 90)),
        "lower": brand.lower().replace(" ", "").replace("&", "and"),
    }  # fmt: skip
