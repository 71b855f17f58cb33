"""Prose for the eighteenth held-out pool, "blind18": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by an eighteenth hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how Level 3/4 digital-marketing apprentices in the UK and international CIM candidates writing in their second
language in Nigeria, Kenya, Ghana, India, Pakistan, Sri Lanka, Poland and Romania write about fintech and mobile
money, fashion e-commerce, beauty influencers, football clubs, music festivals, food delivery apps, gyms, private
schools, airlines, hotels and telecoms. Citations open and sit inside sentences, follow "as stated by", "as per",
"in the words of", "it has been noted by", stand in table and figure notes ("Source: adapted from ...") and in
lists, and are possessive. The decoys are text with a capitalised name, a year, a bracket or quotation marks that
is not a citation; their kinds are the keys of NOT_CITATIONS below.

Placeholders: ``{N}`` narrative citation, ``{P}`` parenthetical citation, ``{Q}`` a quotation or quoted words,
``{C}``/``{C2}`` a claim, ``{O}`` an opener, ``{B}`` a brand, ``{A}`` an audience, ``{R}`` a result, ``{T}`` a tactic,
``{Y}``/``{Y2}`` years, ``{n}``/``{q}``/``{d}`` numbers, and the keys of ``values()`` below. Decoy frames hold no
citation slot. Claims are clauses in lower case with no full stop; openers are phrases written before a comma.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} states that {C}, which is also true for {B}.",
    "{N} explained that {C}.",
    "{N} opined that {C}.",
    "{N} has rightly pointed out that {C}.",
    "{N} noted that {C}, especially for {A}.",
    "{N} found that {C}; this is also what I see in my workplace.",
    "{N} highlights that {C}.",
    "{N} emphasised that {C} and {C2}.",
    "{N} suggests that {C}, although this may be different in {country}.",
    "{N} reports that {C}.",
    "{N} is of the view that {C}.",
    "{N} also mentioned that {C}.",
    "{N} discussed about how {C}.",
    "{N} gives three reasons why {C}: price, trust and convenience.",
    "{N} showed in a survey of {n} users that {C}.",
    "{N} concluded that {C}, so {B} should take note.",
    "{N} defines digital marketing as using online channels to reach {A}, and this definition is adopted in this report.",
    "{N} makes the point that {C}.",
    "{N} identified that {C} in the {sector} sector.",
]

NARRATIVE_MID = [
    "As stated by {N}, {C}.",
    "According to {N}, {C}.",
    "As per {N}, {C}.",
    "In the words of {N}, {C}.",
    "It has been noted by {N} that {C}.",
    "{O}, {N} argues that {C}.",
    "This agrees with {N}, who found that {C}.",
    "A study by {N} revealed that {C}.",
    "Research done by {N} shows that {C}.",
    "This is supported by {N}, who states that {C}.",
    "In {country}, {N} observed that {C}.",
    "Similarly, {N} points out that {C}.",
    "However, {N} warns that {C}.",
    "{B} is following the advice of {N}, who recommends that marketers focus on {T}.",
    "For {B}, the model of {N} is useful because {C}.",
    "Figure {q} below shows the growth of {sector} users in {country} (Source: {N}).",
    "Table {q}: {sector} market share by brand. Source: adapted from {N}.",
    "The definition given by {N} is used in this report because {C}.",
    "Writers such as {N} believe that {C}.",
    "{C}, as explained by {N}.",
    "{C} and this was also confirmed by {N}.",
    "My line manager recommended the framework of {N} for this task because {C}.",
    "The key drivers of loyalty, as listed by {N}, are price, network coverage and customer service.",
    "{O}, it is clear from {N} that {C}.",
    "Data from {N} indicates that {C}.",
]

POSSESSIVE = [
    "{N} study shows that {C}.",
    "{N} report on {sector} in {country} states that {C}.",
    "According to {N} findings, {C}.",
    "{N} model is applied to {B} in Table {q}.",
    "Using {N} framework, {C}.",
    "{N} definition of branding is used here because {C}.",
    "Based on {N} research, {C}.",
    "This report follows {N} advice that {C}.",
    "{O}, {N} argument is that {C}.",
    "{N} survey of {A} found that {C}.",
]

PARENTHETICAL_END = [
    "{C} {P}.",
    "{C}, especially among {A} {P}.",
    "{O}, {C} {P}.",
    "It is said that {C} {P}.",
    "Studies show that {C} {P}.",
    "{C} and {C2} {P}.",
    "In {country}, {C} {P}.",
    "This is important because {C} {P}.",
    "For example, {C} {P}.",
    "Many authors agree that {C} {P}.",
    "{B} uses {T} because {C} {P}.",
    "The main benefits of {T} are reach, low cost and speed {P}.",
    "{C}, which is why {B} is investing in {T} {P}.",
    "Research has shown that {C} {P}.",
    "Table {q}: Top five {sector} apps in {country} by downloads {P}.",
    "Figure {q}: Instagram users in {country} by age group {P}.",
    "{O}, it can be seen that {C} {P}.",
    "Mobile money is now used by about {n} million people in {country} {P}.",
    "In simple terms, {C} {P}.",
    "This shows that {C} {P}.",
]

PARENTHETICAL_MID = [
    "{C} {P}, therefore {B} should invest more in {T}.",
    "{C} {P} and this is also true for {B}.",
    "Some authors {P} believe that {C}.",
    "Research {P} shows that {C}.",
    "It is argued {P} that {C}.",
    "{C} {P}, but {C2}.",
    "Previous studies {P} found that {C}, however few of them looked at {country}.",
    "Although {C} {P}, {C2}.",
    "The 7Ps model {P} is used to analyse {B} in Section {q}.",
    "{T} {P} is therefore recommended for {B}.",
    "Several sources {P} confirm that {C}.",
    "In markets like {country} {P}, {C}.",
    "The three main segments are students, young professionals and families {P}, and {B} targets the second.",
]

CLAIMS = [
    "mobile money has brought millions of unbanked people into the financial system",
    "trust is the main barrier to using fintech apps among older customers",
    "agents in rural areas are still important for cash-in and cash-out",
    "customers switch network when data bundles expire too quickly",
    "micro-influencers have higher engagement rates than celebrities",
    "beauty brands must show products on darker skin tones to be credible",
    "followers can tell when a post is paid and this reduces trust",
    "football clubs now earn more from digital content than from match tickets in some markets",
    "fans in Africa and Asia follow Premier League clubs on social media more than local clubs",
    "festival-goers decide to buy tickets mainly because of the line-up and their friends",
    "brand sponsorship at festivals works best when the activation is fun and shareable",
    "food delivery apps compete mostly on delivery fees and speed",
    "riders' working conditions have become a reputational risk for delivery brands",
    "gym members who attend in the first month are more likely to stay for a year",
    "parents choose private schools by word of mouth more than by advertising",
    "airline loyalty programmes are less valued by price-sensitive travellers",
    "hotel guests read online reviews before they book a room",
    "social commerce on WhatsApp and Instagram is growing fast among small traders",
    "{A} respond better to short-form video than to static images",
    "{T} improves {R} when it is personalised",
    "{B} has a strong brand but weak customer service",
    "price is still the most important factor for customers in emerging markets",
    "customer experience is now a source of competitive advantage",
    "segmentation helps a firm use its limited budget better",
    "a brand's tone of voice should be consistent on every channel",
    "buy now, pay later schemes attract young shoppers but increase the risk of debt",
    "fashion e-commerce has high return rates because of sizing problems",
    "currency devaluation has pushed up the price of imported cosmetics",
    "data protection laws now limit how brands can send SMS offers",
    "many small businesses do not measure the results of their social media marketing",
    "user-generated content is seen as more authentic than brand content",
    "the marketing mix must be adapted to local culture and income levels",
    "loyalty points make customers feel valued even when the rewards are small",
    "customers expect replies on social media within one hour",
    "telecom operators are becoming financial services providers",
    "the cost of acquiring a new customer is higher than keeping an existing one",
    "a clear value proposition is needed before spending on paid ads",
    "{B} could use {T} to reach {A} in {country}",
]

OPENERS = [
    "In the {country} context",
    "From my experience at work",
    "In this regard",
    "On the other hand",
    "For this reason",
    "In my organisation",
    "Furthermore",
    "Moreover",
    "In addition to this",
    "Looking at the {sector} sector",
    "As part of my apprenticeship project",
    "To be specific",
    "In today's digital world",
    "In the case of {B}",
    "Nowadays",
    "Based on the above",
]

PLAIN = [
    "This section will discuss the marketing environment of the organisation.",
    "The next part looks at the target audience in more detail.",
    "I work as a digital marketing apprentice in the customer acquisition team.",
    "The organisation has around {n} staff across three offices.",
    "A SWOT analysis is presented below.",
    "These recommendations are realistic for a small budget.",
    "The findings are discussed in the next section.",
    "In conclusion, the brand needs a clearer positioning.",
    "The table below summarises the competitors.",
    "Kindly note that all figures are in local currency unless stated otherwise.",
    "Each objective below is written to be SMART.",
    "The marketing team meets every Monday to review the campaign dashboard.",
    "This is my own analysis based on the company's internal data.",
    "The following KPIs will be used to measure success.",
    "The budget is split between paid social, search and influencers.",
]

QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{N} states that {Q}.",
    "As stated by {N}, {Q}.",
    "In the words of {N}, {Q}.",
    "{N} defines marketing as {Q}.",
    "{Q} {P}.",
    "It is said that {Q} {P}.",
    "Marketing has been described as {Q} {P}.",
    "{O}, {Q} {P}.",
    "According to {N}, {Q}.",
    "{N} put it clearly: {Q}.",
    "This is why {Q} {P}.",
    "A good summary is that {Q} {P}, and this fits {B}.",
]

SCARE_QUOTES = ["‘value for money’", "‘cheap and cheerful’", "‘Instagrammable’", "‘clean beauty’", "‘zero fees’", "‘free delivery’",
                "'premium'", "“authentic”", "‘unlimited’ data", "‘world-class’", "'customer-first'", "‘glow up’", "‘soft life’",
                "“halal-certified”", "‘instant’ transfers", "'British curriculum'"]  # fmt: skip

SCARE_FRAMES = [
    "Many {A} see {B} as {Q} {P}.",
    "The idea of {Q} is popular with {A} {P}.",
    "{N} found that {A} in {country} expect {Q} from {sector} brands.",
    "Brands now use words like {Q} to attract {A} {P}.",
    "So-called {Q} offers are growing quickly {P}.",
    "{B} calls its offer {Q}, but {N} questions whether customers believe such claims.",
]

SUBJECT_LINES = ["‘Your salary has landed – send money home for free this weekend’", "‘Flash sale: 50% off all lipsticks’",
                 "'Matchday tickets: members only'", "‘Your rider is on the way’", "‘Last chance to book your Early Bird ticket’",
                 "“Don’t miss our Black Friday deals”", "‘Term 1 admissions now open’", "‘Your boarding pass is ready’",
                 "'Complete your order and get free delivery'", "‘New shades just dropped’", "“Your data bundle expires today”"]  # fmt: skip

SUBJECT_FRAMES = [
    "{B} sent the email {Q} to {n} customers, and the open rate was above the benchmark {P}.",
    "Subject lines such as {Q} create urgency {P}.",
    "{N} suggests that short subject lines like {Q} perform better.",
    "The push notification {Q} follows the advice of {N} on personalisation.",
    "An SMS reading {Q} was tested against a plain version {P}.",
]

# Text that is not a citation. Each kind holds frames with no citation slot.
NOT_CITATIONS: dict[str, list[str]] = {
    "phone-model": [
        "Most of our customers still use a {phone}, so the app must load fast on 3G.",
        "The promotion gave a free {phone} to the first {n} subscribers who topped up.",
        "The {phone} is the best-selling handset in our shops this quarter.",
    ],
    "campaign-name-year": [
        "{B}'s ‘Back to School {Y}’ campaign ran on Instagram, radio and billboards.",
        "The ‘December to Remember {Y}’ promo (TV, radio and OOH) was our biggest of the year.",
        "Our ‘Ramadan Kareem {Y}’ bundle was advertised only on WhatsApp Status.",
    ],
    "festival-edition": [
        "Afro Nation Portugal {Y} sold out in less than {n} hours.",
        "Our team attended Detty December ({Y}) in Lagos as a sponsor.",
        "Tickets for Nyege Nyege {Y} could be paid with mobile money.",
        "The brand had a glow station at Open'er Festival {Y} in Gdynia.",
    ],
    "football-season": [
        "In the {season} season the club sold {n},000 replica shirts online.",
        "Gor Mahia won the league ({season}) but attendance still fell.",
        "Season tickets for {season} went on sale in {mon}.",
    ],
    "award-year": [
        "The agency won Best Use of Social at the Marketing World Awards {Y}.",
        "{B} was named Brand of the Year (Nigeria Marketing Awards, {Y}).",
        "Our campaign was shortlisted for the Effie Awards India {Y}.",
    ],
    "tv-series": [
        "Big Brother Naija Season {q} ({Y}) was sponsored by a betting brand.",
        "The ads were shown during Shark Tank India (Season {q}, {Y}).",
        "Many fans discovered the brand through the Netflix series Blood Sisters ({Y}).",
    ],
    "song-credit": [
        "The TikTok campaign used ‘Calm Down’ by Rema ({Y}) as its sound.",
        "The advert used the song ‘Sugarcane’ (Camidoh, {Y}) and it went viral.",
        "Our festival teaser was set to Burna Boy's ‘Last Last’ ({Y}).",
    ],
    "law-name": [
        "Under Kenya's Data Protection Act (2019), customers must opt in to SMS offers.",
        "The GDPR (2018) still applies to our customers in Poland and Romania.",
        "The Nigeria Data Protection Act 2023 replaced the NDPR for most purposes.",
        "Pakistan's Prevention of Electronic Crimes Act 2016 covers fake reviews as well.",
    ],
    "standard-code": [
        "The payment page meets PCI DSS v4.0 and ISO/IEC 27001:2022.",
        "Our ISO 9001:2015 certificate is renewed every three years.",
        "The school follows the Cambridge IGCSE syllabus (0450) for Business Studies.",
    ],
    "interviewee": [
        "In my interview with the branch manager, {person}, on {d} {mon} {Y}, she explained that queues are the main complaint.",
        "{person} ({role}) told me in an informal conversation that the budget is fixed for this year.",
        "I spoke with {person}, our {role}, who confirmed the churn figure.",
    ],
    "job-tenure": [
        "{person} was our {role} ({Y}–{Y2}) before moving to Dubai.",
        "The founder served as CEO from {Y} to {Y2}.",
        "She has been {role} since {Y} and reports to the board.",
    ],
    "financial-period": [
        "Revenue for FY{yy} was {money}, up {n}% on H1 {Y}.",
        "The company's Q{q} {Y} results showed slower growth in data revenue.",
        "In the financial year ending 31 March {Y}, marketing spend was {money}.",
    ],
    "year-figure-bracket": [
        "Mobile money transactions reached {money} ({Y} figures).",
        "Marketing spend ({Y} budget: {money}) was mostly digital.",
        "Active users grew to {n} million ({Y} data, company dashboard).",
    ],
    "currency-conversion": [
        "The plan costs {money} (about £{n} at the {mon} {Y} rate).",
        "A month's gym membership is ₹{n}{n} (roughly £{q}{n}).",
        "The exchange rate moved from ₦{n} to ₦1,{n} per dollar between {Y} and {Y2}.",
    ],
    "sample-size": [
        "Out of the people who answered our poll (n = {n}), most preferred WhatsApp.",
        "The survey was small (N = {n}; {mon} {Y}) so the results are only indicative.",
    ],
    "survey-answer": [
        "Most respondents chose ‘Very likely’ ({n}%) when asked about recommending the app.",
        "‘Price’ was ranked first by students (mean = 4.{q}).",
        "Only a few people selected 'Other (please specify)' in question {q}.",
    ],
    "buzzword-quotes": [
        "Many young Nigerians talk about the ‘japa’ wave and it affects our hiring.",
        "Customers call the app 'sharp sharp' because transfers are fast.",
        "The so-called “soft life” trend is visible in hotel bookings.",
    ],
    "slogan": [
        "Safaricom's line ‘Twende Tukiuke’ is known by almost everyone in Kenya.",
        "The gym's tagline, ‘No excuses, just results’, appears on every poster.",
        "MTN uses 'Everywhere you go' in all its markets.",
    ],
    "push-notification": [
        "The app sent ‘Your food is 2 minutes away’ to all users at the same time by mistake.",
        "A notification saying 'Your cart misses you' was sent {n} times in one week.",
    ],
    "search-term": [
        "Google Trends shows that searches for ‘cheap flights to Dubai’ peaked in {mon} {Y}.",
        "Keywords like 'best school in Lekki' have low competition and low cost per click.",
        "The term “hair salon near me” brings most of our traffic.",
    ],
    "hashtag": [
        "The #EndSARS protests ({Y}) changed how brands talk to young people on X.",
        "Our #GlowUpChallenge received {n} entries in two weeks.",
        "Fans used #{tag} more than {n},000 times during the match.",
    ],
    "handle": [
        "Customers complain directly to @{handle} on X, and the team replies within an hour.",
        "The influencer (@{handle}, {n}k followers) was paid in products only.",
    ],
    "app-version": [
        "Version {q}.{n} of the app (released {mon} {Y}) added biometric login.",
        "After the iOS 1{q}.2 update, some users could not log in.",
    ],
    "exact-date": [
        "The launch happened on {d} {mon} {Y} at the Lagos office.",
        "The campaign ran from 1 {mon} to {d} {mon} {Y}.",
    ],
    "age-band": [
        "The main target is young adults (aged 18–24) in big cities.",
        "The largest segment is working mothers (25–34 years, {n}% of users).",
    ],
    "percent-change": [
        "Downloads increased sharply (up {n}% on {Y}).",
        "Complaints fell after the new IVR menu (down {n}% year on year).",
    ],
    "founding-year": [
        "{B} (founded {Y}) now operates in {n} cities.",
        "The school (est. {Y}) has about {n} pupils from nursery to A level.",
        "Since it started in {Y}, the festival has grown every year except during COVID-19.",
    ],
    "ranking": [
        "The brand was ranked {rank} in the Brand Finance Africa 150 ({Y}).",
        "The club finished {rank} in the league in {Y} but first on Instagram engagement.",
    ],
    "ticker": [
        "Safaricom (NSE: SCOM) and MTN Group (JSE: MTN) are both listed.",
        "Airtel Africa (LSE: AAF) reports its results in US dollars.",
        "Allegro (WSE: ALE) is one of the biggest companies on the Warsaw exchange.",
    ],
    "section-pointer": [
        "The full competitor list is given later (see Section {q}.{q}).",
        "The questionnaire is attached (refer to Appendix {q}).",
    ],
    "figure-pointer": [
        "The customer journey is mapped in the diagram below (Figure {q}).",
        "Prices of the main competitors are compared in the table (Table {q} above).",
    ],
    "qualification-code": [
        "As a Level 3 Digital Marketer apprentice (ST0122), I run the company's paid social.",
        "This report is written for the CIM Level 4 Certificate, Module {q}: Marketing Principles.",
        "I am also preparing for my End Point Assessment (EPA) in {mon}.",
    ],
    "assessment-window": [
        "This assignment is for the {mon} {Y} assessment window.",
        "Word count: {n}{n} (excluding tables and the reference list).",
    ],
    "route-code": [
        "The airline launched LOS–LHR flights in {Y}.",
        "The NBO–DXB route (started {mon} {Y}) is the most profitable.",
    ],
    "plan-name": [
        "The ‘Bundle {n}’ plan (₦{n}0 for 1.5GB) is the best seller.",
        "The 'Gold Plus' membership (£{n} per month) includes classes.",
    ],
    "academic-year": [
        "Admissions for the {season} academic year opened in {mon}.",
        "The Year {q} intake ({Y}) was the largest since the school opened.",
    ],
    "hotel-rating": [
        "The hotel (4-star, refurbished in {Y}) has {n} rooms.",
        "The Radisson Blu (Lagos Ikeja) reopened in {mon} {Y}.",
    ],
    "company-registration": [
        "The start-up was registered with the CAC (RC {n}{n}{q}) in {Y}.",
        "{B} Ltd is registered in England and Wales (company no. 0{n}{n}{q}).",
    ],
    "census": [
        "Kenya's {Y} Population and Housing Census counted more young people than expected.",
        "The last Census ({Y}) shows that most of the population is under 30.",
    ],
    "rebrand-formerly": [
        "Telecel Ghana (formerly Vodafone Ghana) changed all its shop signs in {Y}.",
        "X (formerly Twitter) is still used by our customer care team.",
        "Meta (then Facebook) bought WhatsApp in 2014.",
    ],
    "holiday-season": [
        "Sales peak during Eid al-Fitr {Y} and Black Friday {Y}.",
        "Diwali {Y} was our biggest week for gift cards.",
        "Black Friday (last Friday of November) is now a big event in Lagos and Nairobi.",
    ],
    "tournament": [
        "AFCON {Y} was a big opportunity for betting and beverage brands.",
        "Brands paid a premium for adverts during the ICC Cricket World Cup ({Y}).",
        "Sales of jerseys doubled during the FIFA World Cup ({Y}).",
    ],
    "personal-experience": [
        "When I joined the company in {Y} as an apprentice, we had no CRM system.",
        "In my experience (three years in retail banking), customers prefer to call rather than chat.",
    ],
    "own-research-note": [
        "Source: primary research by the author ({mon} {Y}).",
        "Table {q}: Survey results (author's own, {Y}).",
        "Figure {q}: Website sessions by channel (Google Analytics, {mon} {Y}).",
    ],
    "influencer-followers": [
        "Influencers like Tolani Baj ({n}k followers) charge per post.",
        "A nano-influencer (under 10,000 followers) costs less than a billboard.",
    ],
    "trade-show": [
        "We exhibited at GITEX Africa ({Y}, Marrakech) for the first time.",
        "Our CEO spoke at AfricArena Summit {Y} in Cape Town.",
    ],
    "course-certificate": [
        "I completed the Google Digital Garage course (Fundamentals of Digital Marketing) in {Y}.",
        "The team has HubSpot Inbound Marketing certification ({Y}).",
    ],
    "regulator-action": [
        "The CBN fined several banks in {Y} for poor customer service.",
        "The ASA banned the advert in {mon} {Y} because it was not labelled #ad.",
    ],
    "time-zone": [
        "Posts at 7pm (WAT) get the most likes.",
        "The best time to send push notifications is between 6 and 9 pm (EAT).",
    ],
}  # fmt: skip

BRANDS = ["M-Pesa", "MTN MoMo", "Flutterwave", "Paystack", "OPay", "Kuda", "Jumia", "Chowdeck", "Glovo", "Zomato", "Swiggy",
          "Daraz", "Nykaa", "Huda Beauty", "Fenty Beauty", "Arsenal", "Gor Mahia", "Kenya Airways", "Air Peace", "IndiGo",
          "Wizz Air", "Eko Hotels", "Serena Hotels", "Jio", "Airtel", "Jazz", "Dialog", "Allegro", "eMAG", "PureGym",
          "easypaisa", "JazzCash", "Paytm", "BLIK", "Bolt Food", "Shein", "Zara", "Greensprings School", "Afro Nation"]  # fmt: skip

COUNTRIES = [
    "Nigeria",
    "Kenya",
    "Ghana",
    "India",
    "Pakistan",
    "Sri Lanka",
    "Poland",
    "Romania",
    "the UK",
    "East Africa",
    "West Africa",
]
SECTORS = ["fintech", "mobile money", "fashion e-commerce", "beauty", "football", "music festival", "food delivery", "gym",
           "private school", "airline", "hotel", "telecoms"]  # fmt: skip
PHONES = [
    "Tecno Spark 10",
    "Infinix Hot 30",
    "Samsung Galaxy A14",
    "itel A70",
    "Redmi Note 12",
    "Tecno Camon 20 (2023 model)",
]
PEOPLE = ["Mrs Adaeze Okonkwo", "Mr Samuel Kipchoge Rotich", "Dr Ayesha Siddiqa Malik", "Ms Priya Raghunathan", "Mr Kwabena Owusu-Ansah",
          "Mrs Grace Wairimu Njoroge", "Pani Katarzyna Nowak", "Mr Chathura Bandara Herath", "Doamna Ioana Popa", "Alhaji Musa Danladi"]  # fmt: skip
ROLES = ["Head of Growth", "Brand Manager", "Customer Experience Lead", "Marketing Director", "Digital Marketing Executive",
         "Admissions Officer", "Regional Sales Manager"]  # fmt: skip
MONTHS = [
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
HANDLES = ["MTNNG", "SafaricomPLC", "KenyaAirways", "chowdeck", "glowwithtemi", "Arsenal", "mynykaa", "PureGym"]
TAGS = ["COYG", "GorMahia", "AFCON", "BBNaija", "MoMoDay", "GlowWithNykaa"]
RANKS = ["1st", "2nd", "3rd", "5th", "8th", "12th", "21st", "34th"]
MONEY = ["₦4.2bn", "KSh 310m", "₹85 crore", "PKR 2.1bn", "GH₵ 45m", "LKR 900m", "PLN 40m", "RON 12m", "£3.4m", "$1.2bn"]


def values(rng: random.Random) -> dict[str, str]:
    """The pool's own placeholders: countries, sectors, people interviewed, money, seasons, handles."""
    year = rng.randint(2015, 2025)
    return {
        "country": rng.choice(COUNTRIES), "sector": rng.choice(SECTORS), "phone": rng.choice(PHONES),
        "person": rng.choice(PEOPLE), "role": rng.choice(ROLES), "mon": rng.choice(MONTHS), "money": rng.choice(MONEY),
        "yy": str(year % 100), "season": f"{year}/{(year + 1) % 100:02d}", "handle": rng.choice(HANDLES),
        "tag": rng.choice(TAGS), "rank": rng.choice(RANKS),
    }  # fmt: skip
