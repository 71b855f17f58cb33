"""The blind342 pool's prose: marketers at dental practices and groups, orthodontists and clear-aligner brands,
oral-care makers, dental-plan firms and cosmetic clinics in the UK, Sweden, Poland, Hungary, Brazil and Canada
writing CIM Level 6 and 7 reports and MBA assignments in English on dental tourism, aligners sold online, NHS and
private dentistry, oral-care brands, whitening and influencers, subscriptions and digital channels.

Written without reading the checker or any other pool. ``{N}``, ``{P}``, ``{Q}``, ``{C}``, ``{B}`` and ``{O}`` mean
what they mean in text.py; frames may use every fill value and these of this pool's own: {ctry} a country of the
theme, {city} a city, {pct} a percentage's number, {fee} a private fee in pounds, {plan} a dental plan or
subscription. NOT_CITATIONS holds text that looks like a citation and is not one.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Bupa Dental Care", "mydentist", "Portman Dental Care", "Colosseum Dental", "Smile Direct Club", "Invisalign",
          "Straumann", "Dentsply Sirona", "Colgate", "Sensodyne", "Oral-B", "Philips Sonicare", "Denplan",
          "Simplyhealth", "Cigna Dental", "Folktandvården", "Praktikertjänst", "Lux Med", "Medicover", "Kreativ Dental",
          "Odontoprev", "Sorridents", "Dentalcorp", "Parodontax", "Aquafresh"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """This pool's own fill values, and dental audiences, tactics, results and themes in place of the common ones."""
    return {
        "A": rng.choice(["nervous patients", "young professionals", "parents of teenagers", "NHS patients",
                         "older adults", "Gen Z consumers", "dental tourists", "private patients", "students",
                         "new mothers", "patients on low incomes"]),
        "T": rng.choice(["before-and-after posts", "online booking", "membership plans", "influencer content",
                         "teledentistry", "0% finance", "Google reviews", "free consultations", "SMS reminders",
                         "a smile-simulation app", "subscription toothbrushes", "TikTok videos"]),
        "R": rng.choice(["trust", "bookings", "patient retention", "treatment uptake", "plan sign-ups", "loyalty",
                         "word of mouth", "repeat purchase", "conversion"]),
        "M": rng.choice(["whitening", "aligner", "check-up", "hygiene", "implant", "veneer", "toothbrush"]),
        "ctry": rng.choice(["the UK", "Sweden", "Poland", "Hungary", "Brazil", "Canada"]),
        "city": rng.choice(["Manchester", "Leeds", "Glasgow", "Stockholm", "Gothenburg", "Kraków", "Warsaw",
                            "Budapest", "Sopron", "São Paulo", "Curitiba", "Toronto", "Montréal", "Vancouver"]),
        "pct": str(rng.randint(4, 78)),
        "fee": rng.choice(["450", "1,650", "2,400", "3,200", "295", "650", "4,500"]),
        "plan": rng.choice(["Denplan Essentials", "Simplyhealth Plan", "the Oral-B iO subscription",
                            "the Bupa Dental Care membership", "a monthly practice plan", "Odontoprev's family plan"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample came only from {ctry}.",
    "{N} concluded that {C}, which is relevant for {B}.", "{N} suggest that {C}.",
    "{N} showed that {C}, especially among {A}.", "{N} point out that {C}.", "{N} highlights that {C}.",
    "{N} reported that {C} in {ctry}.", "{N} observed that {C}; {B} seems to have understood this.",
    "{N} claims that {C}, but this is not yet proven for {A}.", "{N} also found that {C}.",
    "{N} explain that {C} and that {C2}.", "{N} warned that {C}.",
    "{N} state that {C} – a point {B}'s marketing team should take seriously.",
    "{N} identified that {C}, mainly through {T}.", "{N} is clear that {C}.",
    "{N} demonstrated that {C} in private clinics in {city}.", "{N} recommend that practices check whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In a study of dental practices in {ctry}, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports {N}.", "As {N} explain, {C}.",
    "According to {N}, {C}.", "Research by {N} suggests that {C}.", "A survey by {N} found that {C}.",
    "{C} – a view shared by {N}.", "{B} is a good example: {N} showed that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "Evidence from {N} shows that, for {A}, {C}.",
    "It can be argued, following {N}, that {C}.", "Data published by {N} show that {C}.",
    "{C}, as noted by {N}.", "When {B} launched its app it followed the advice of {N}: {C}.",
    "Unlike {B}, which depends on {T}, the clinics studied by {N} found that {C}.",
    "Looking at {city}, {N} reported that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, because {C}.",
    "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.",
    "This matters for {B} because {C} {P}.", "{C}, especially in {ctry} {P}.", "It is often said that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Recent data confirm this – {C} {P}.",
    "The key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
    "Patients in {city} are no different: {C} {P}.", "{C}, particularly for private treatment {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has seen that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to trust a dentist with many Google reviews", "{T} increased {R} by around {pct}% in one group",
    "dental anxiety stops many {A} from booking a check-up", "clear aligners are now marketed like fashion products",
    "access to NHS dentistry has become a postcode lottery", "{A} compare prices online before choosing a clinic",
    "dental tourism grows when waiting lists at home get longer", "influencers make whitening look easier than it is",
    "{B} relies on {T} more than its competitors do", "private dental plans spread the cost and build loyalty",
    "patients judge a practice by its reception staff as much as by its dentists",
    "{T} works best when it is linked to a clear offer", "price is less important than trust in cosmetic dentistry",
    "{A} respond better to real patients' stories than to brand claims",
    "subscription models turn a one-off purchase into a relationship",
    "online aligner brands struggle when something goes wrong with treatment", "{A} see whitening as part of self-care",
    "a strong brand helps group practices such as {B} to recruit dentists",
    "oral-care brands use dentists' endorsement as a signal of quality", "{T} improves {R} among {A}",
    "clinics in {city} compete on price, speed and hotel packages", "{A} rarely switch dentist once they trust one",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In {ctry}", "For {B}'s marketing team",
    "Since the pandemic", "In the case of {B}", "From the patient's point of view", "Nevertheless", "As a result",
    "In the dental market", "Looking at {B}'s competitors", "Overall", "In terms of digital channels", "Moreover",
]  # fmt: skip
PLAIN = [
    "{B} has practices in several cities, including {city}.",
    "This report analyses {B}'s current marketing mix and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has many followers, but engagement is low.",
    "The recommendations are costed and phased over twelve months.", "{O}, {C}.",
    "{B} uses Google Ads, Meta and TikTok, with most of its budget on paid search.",
    "Patients can book online, by phone or through the app.",
    "A PESTLE analysis of the dental market is included in the appendix.",
    "The main competitors are {B} and two independent clinics in {city}.",
    "Task 2 builds on this by proposing a content plan for the next year.",
    "The practice offers whitening, aligners and hygiene appointments as well as general dentistry.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} seems to accept that {Q} {P}.", "The point is made directly that {Q} {P}, and {B} should note it.",
    "One review concluded that {Q} {P}.", "{N} put it simply: {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘smile makeover’", "‘Hollywood smile’", "‘DIY orthodontics’", "‘tweakments’", "‘dental deserts’",
                "'Turkey teeth'", "‘treatment tourism’", "“perfect smile”", "‘white-coat marketing’", "'veneer culture'",
                "‘smile economy’", "‘NHS-only’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of selling a {Q} {P}.", "Many younger patients now want a {Q} {P}.",
    "So-called {Q} is a growing worry for regulators {P}.", "This trend, often called {Q}, affects {A} most {P}.",
    "The term {Q} is used loosely in the industry {P}.", "Critics call this {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Time for your check-up?’", "‘Your new smile starts here – free scan this week’",
                 "“Sam, your hygiene appointment is due”", "'Whiter teeth in 7 days'", "‘{M} offer ends Friday’",
                 "‘We miss your smile’", "“Your {M} plan renews next month”", "‘Book now, pay monthly’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A reminder such as {Q} can lift bookings {P}.", "{B} used {Q} in its recall emails {P}.",
    "Short, friendly copy ({Q}, for example) works with {A} {P}.", "Messages like {Q} create urgency {P}.",
    "The SMS {Q} was answered by more {A} than any other {P}.",
]  # fmt: skip

# Text with brackets, years, figures or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "product-launch": ["Clear aligners became a mass-market product with Invisalign (Invisalign, 1998).",
                       "{B} competes with the first sonic brush (Sonicare, 1992) on price.",
                       "Sensitive-teeth toothpaste is an old category (Sensodyne, 1961) but still growing.",
                       "The angled bristles of a famous manual brush (Oral-B CrossAction, 1998) are still used in advertising."],
    "treatment-history": ["Fluoride was added to toothpaste long ago (fluoride toothpaste, 1914) but trust in it varies.",
                          "Titanium implants (first placed, 1965) are now sold with finance plans.",
                          "Home whitening trays (introduced 1989) opened the door to retail whitening kits."],
    "inventor": ["Modern implants go back to a Swedish surgeon (Per-Ingvar Brånemark, 1965).",
                 "The nylon toothbrush bristle came from a chemist at DuPont (Wallace Carothers, 1938).",
                 "Many dental brands trace their story to France, where Pierre Fauchard (1728) described braces for the first time."],
    "founder": ["Aligner brands began with a student idea (Zia Chishti, 1997).",
                "Align was started by two Stanford students (Zia Chishti and Kelsey Wirth, 1997).",
                "The toothpaste business started as a soap maker in New York (William Colgate, 1806)."],
    "famous-smile": ["A wide smile became a Hollywood ideal (Julia Roberts, 1990).",
                     "Veneers were made famous on television (Simon Cowell, 2002).",
                     "Adult braces became acceptable after a film star wore them (Tom Cruise, 2002)."],
    "uk-law": ["Only registered professionals may practise dentistry (Dentists Act, 1984).",
               "Whitening by non-dentists is illegal in the UK (Dentists Act 1984, s.38).",
               "Cosmetic products in the UK must be safe (Cosmetic Products Enforcement Regulations, 2013)."],
    "nhs-contract": ["The way dentists are paid changed completely (NHS dental contract, 2006).",
                     "Many practices stopped taking new NHS patients after the reform (UDA contract, 2006).",
                     "The recovery plan promised new patient payments (dental recovery plan, 2024)."],
    "fluoridation": ["Some English towns have fluoridated water (fluoridation scheme, 1964).",
                     "Birmingham's water has been fluoridated for decades (since 1964)."],
    "swedish-scheme": ["Swedish adults get help with very high dental costs (TLV high-cost protection, 2008).",
                       "Every adult in Sweden receives a dental voucher (allmänt tandvårdsbidrag, 2008).",
                       "Dental care is free for young people in Sweden (up to age 23, 2019)."],
    "canadian-scheme": ["Millions of uninsured Canadians became eligible for help (Canadian Dental Care Plan, 2023).",
                        "Seniors were the first group allowed to apply (CDCP launch, 2023).",
                        "Quebec has covered children's dental care for many years (RAMQ children's programme, 1974)."],
    "brazilian-scheme": ["Public dental care in Brazil was expanded under one programme (Brasil Sorridente, 2004).",
                         "Brazilian private dental plans are regulated by law (Lei 9.656, 1998)."],
    "polish-scheme": ["Polish patients can get some treatment free of charge (NFZ refunds, since 2004).",
                      "School dental surgeries returned in Poland (ustawa o opiece zdrowotnej nad uczniami, 2019)."],
    "campaign-day": ["Oral health has its own month in the UK (National Smile Month, 1977).",
                     "{B} posts every year on one special date (World Oral Health Day, 2013).",
                     "The charity runs an autumn campaign (Mouth Cancer Action Month, November 2023)."],
    "award": ["The practice won a national prize (Dentistry Awards, 2019).", "{B} was shortlisted twice (Private Dentistry Awards, 2022).",
              "Its brand campaign was recognised by the industry (Dental Industry Awards, 2021)."],
    "merger": ["The UK market consolidated quickly (Bupa and Oasis, 2017).", "Two equipment makers joined forces (Dentsply and Sirona, 2016).",
               "Big brands buy natural brands (Colgate and Tom's of Maine, 2006).",
               "Consumer health was split from a pharmaceutical group (GSK demerger, 2022)."],
    "clinic-first": ["Sweden built a public dental service early (first Folktandvården clinic, 1938).",
                     "Hungary's dental tourism started near the Austrian border (Budapest dental tourism, 1995).",
                     "The brand name replaced the old group name on the high street (first mydentist, 2015)."],
    "crisis": ["Whole regions have no NHS dentist taking adults (dental deserts, 2023).",
               "Practices were closed for months (COVID-19 closures, 2020).",
               "The online aligner company went out of business (SmileDirectClub collapse, 2023)."],
    "trend": ["Cheap veneers abroad became a social media story (Turkey teeth, 2021).",
              "Video calls made people notice their teeth (the Zoom boom, 2020).",
              "Charcoal toothpaste was everywhere on Instagram (charcoal trend, 2017)."],
    "film": ["Dentists are often scary on screen (Little Shop of Horrors, 1986).",
             "A missing tooth became a comedy moment (The Hangover, 2009).",
             "Dental fear has a famous film scene (Marathon Man, 1976)."],
    "tv-series": ["Reality television made cosmetic treatments normal (Extreme Makeover, 2002).",
                  "Veneers became part of the look of contestants (Love Island, 2015).",
                  "Dental problems were shown on prime time (Embarrassing Bodies, 2007)."],
    "nhs-price": ["NHS treatment is not free for most adults: £306.80 a band 3 course (2023).",
                  "A basic check-up costs £25.80 on the NHS (band 1, 2023).",
                  "Fillings fall into the middle charge (£70.70, band 2)."],
    "private-fee": ["Private whitening in {city} starts at £{fee} (2024 price list).",
                    "Invisalign treatment usually costs more than at-home aligners (£{fee} vs £1,650).",
                    "An implant in Budapest costs far less (about €700, 2023)."],
    "foreign-price": ["A check-up in Stockholm is expensive (SEK 1,000, 2024).", "Polish clinics advertise low prices (PLN 250 per visit).",
                      "Hungarian clinics quote in euros and forints (HUF 280,000 per implant).",
                      "Plans in Brazil are cheap (R$ 49,90 per month)."],
    "patient-count": ["Many adults could not get an appointment: 20 million adults (2022).",
                      "About a third of Canadians have no dental insurance (9 million, 2022).",
                      "Odontoprev has a very large base (over 8 million members, 2023)."],
    "year-figures": ["Fewer people were seen by an NHS dentist (2022 check-ups).",
                     "Sales of electric brushes rose again (2023 figures).", "Demand fell sharply (2020–2021 data)."],
    "slogan": ["The old line ‘Nine out of ten dentists’ is still remembered.",
               "{B}'s advertising still says ‘Brush twice a day’ in every campaign.",
               "A whitening clinic in {city} uses the tagline ‘Smile, you're on camera’."],
    "saying": ["Patients say ‘long in the tooth’ when they mean old.", "The saying ‘as rare as hen's teeth’ fits NHS appointments in some towns.",
               "Dentists joke that ‘you only need to floss the teeth you want to keep’."],
    "ticker": ["Align's shares fell after the results (NASDAQ: ALGN).", "Straumann is listed in Zurich (SIX: STMN).",
               "Haleon floated in London (LSE: HLN, July 2022)."],
    "percentage-change": ["Bookings for whitening grew fast (up {pct}% on 2022).", "Online sales of aligners dropped ({pct}% down, 2023)."],
    "age-band": ["The main target segment is young adults (aged 18–34).", "Free treatment covers children (under 18) and pregnant women.",
                 "Orthodontic demand peaks early (ages 11–14)."],
    "sample": ["Most respondents preferred SMS reminders (n = {n}).", "The survey was small (n = {n}, {city}, 2024)."],
    "cross-reference": ["The full competitor analysis is in the appendix (see Appendix 3).", "The customer journey is shown in the figure (Figure {q}).",
                        "See Task 1 (b) for the SWOT analysis."],
    "handle": ["{B} answers questions on Instagram (@smilestudio_ldn).", "The clinic's TikTok (@dr.ania.smiles) has many followers.",
               "Patients can email the practice (hello@brightsmile.co.uk)."],
    "hashtag": ["The campaign hashtag trended for a week (#SmileMonth, 2022).", "Many videos show results (#invisalignjourney)."],
    "standard": ["Toothpaste must meet the international standard (ISO 11609:2017).", "Manual toothbrushes are tested to a standard (ISO 20126:2012).",
                 "The implant factory is certified (ISO 13485:2016)."],
    "eu-rule": ["Tooth whitening products above 0.1% hydrogen peroxide are limited (Directive 2011/84/EU).",
                "Since the EU rule, whitening gels over 6% cannot be sold (31 October 2012)."],
    "collapse-ruling": ["Customers lost their treatment overnight (Smile Direct Club bankruptcy, 2023).",
                        "A whitening advert was banned in 2021 for misleading claims (ASA ruling)."],
    "founding": ["Colgate is one of the oldest brands in the category (est. 1806).", "The group began with one practice in {city} (founded 2004).",
                 "Folktandvården is a public institution (since 1938)."],
    "financial-year": ["Revenue grew strongly (FY 2023/24).", "Profits fell in the second half (H2 2023).",
                       "Sales improved in the last quarter (Q4 2024)."],
    "tax": ["Cosmetic treatments are not always VAT-exempt (20% VAT on whitening).", "Swedish patients can deduct nothing for dentistry (no ROT/RUT relief)."],
    "opening-hours": ["The clinic is open late (Mon–Fri, 8am–8pm).", "Emergency appointments are offered at weekends (Sat 9am–1pm)."],
    "address": ["Most cosmetic clinics are in one area of London (Harley Street, W1G).", "The flagship practice is in the city centre ({city}, 2nd floor)."],
    "gloss": ["Folktandvården (the Public Dental Service) treats children for free.",
              "The NFZ (Narodowy Fundusz Zdrowia, National Health Fund) pays for basic care.",
              "NHS activity is counted in Units of Dental Activity (UDAs).", "The adults' voucher (tandvårdsbidrag) is paid every two years."],
    "rating": ["Patients rate the practice highly (4.8 stars, {n} reviews).", "{B} scores well on Trustpilot (4.6/5, 2024)."],
    "guarantee": ["Implants come with a long guarantee (10 years).", "The aligner brand offers a refund (30-day guarantee)."],
    "practice-count": ["{B} is one of the largest groups (over 400 practices, 2024).", "The network keeps growing ({n} clinics in {ctry})."],
    "routine": ["Dentists recommend brushing for a set time (two minutes, twice a day).", "Check-ups are advised regularly (every 6–24 months)."],
    "sponsorship": ["The brand has sponsored athletes for years (Oral-B and Team GB, 2012).", "{B} sponsored a local football club (2023/24 season)."],
    "generation": ["The younger segment is very visual (Gen Z, born 1997–2012).", "Millennials (born 1981–1996) are the main buyers of aligners."],
    "travel": ["Dental tourists fly cheaply to Hungary (London–Budapest, 2 h 30).", "Package deals include a hotel (3 nights, £{fee})."],
    "subscription-plan": ["Many patients pay monthly for {plan} (from £18.50 a month).", "The toothbrush subscription is cheap (£5 every three months)."],
}  # fmt: skip
