"""The prose of the blind106 pool (HELD OUT): reports on the CIM 2206 brief by marketers in Hungary and in the
Hungarian-speaking communities of Slovakia, Romania (Transylvania) and Serbia (Vojvodina).

Written by a hundred-and-sixth hand without reading the checker, its tests or the other pools, from how these
candidates write in English: banks, telecoms, retailers, FMCG, pharmaceutical and wine makers, spas, airlines and
agencies with Kft., Zrt., Nyrt. and Bt.; the GVH, MNB, NMHH, NAIH and KSH; laws numbered like "2011. évi CXII.
törvény"; forint figures, Budapest districts in Roman numerals, Hungarian dates ("2023. március 15."), name days,
national holidays and festivals; people named family-name-first with dr., ifj., id. and -né. Nobody tunes the
checker on this pool until its first tables have been read: report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["OTP Bank", "Magyar Telekom", "Yettel", "One Magyarország", "MBH Bank", "Erste Bank", "K&H Bank",
          "Spar Magyarország", "CBA", "Coop", "Tesco Magyarország", "eMAG", "Alza.hu", "Rossmann", "dm", "Müller",
          "Szentkirályi", "Pick Szeged", "Túró Rudi", "Milka", "Törley", "Tokaj Kereskedőház", "Egri Csillag",
          "Richter Gedeon", "Béres", "Egis", "Hungarospa", "Danubius Hotels", "Wizz Air", "MOL", "Rubik Studio",
          "Zwack Unicum", "Pöttyös", "Sió", "Foodpanda", "Wolt", "Libri", "Herz", "Dreher", "Borsodi"]  # fmt: skip

_MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december"]  # fmt: skip
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
          "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII"]  # fmt: skip
_LAWS = ["XLVIII", "XLVII", "CXII", "CLV", "CLXXXV", "CVIII", "CCXXXVII", "LXVI", "XXXIV", "CXC"]
_CITIES = ["Budapest", "Debrecen", "Szeged", "Pécs", "Győr", "Miskolc", "Eger", "Hévíz", "Hajdúszoboszló",
           "Kolozsvár", "Marosvásárhely", "Csíkszereda", "Székelyudvarhely", "Komárom", "Dunaszerdahely",
           "Révkomárom", "Szabadka", "Újvidék", "Zenta", "Tokaj", "Villány", "Balatonfüred"]  # fmt: skip
_PEOPLE = ["Kovácsné Nagy Éva", "dr. Szabó Péter", "ifj. Tóth László", "id. Horváth Gábor", "Dr. Kiss Anikó",
           "Bíró-Kelemen Réka", "Nagyné Fehér Ildikó", "Szőcs Levente", "Farkas Zsófia", "Lakatos Bence"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use: forint figures, Hungarian dates, districts, laws and places."""
    year = rng.randint(2005, 2024)
    return {
        "HUF": f"{rng.randint(2, 950)} {rng.choice(['millió', 'milliárd'])} Ft",
        "FT": f"{rng.randint(1, 99)} {rng.randint(100, 999)} Ft",
        "HDATE": f"{year}. {rng.choice(_MONTHS)} {rng.randint(1, 28)}.",
        "HY": str(year), "KER": rng.choice(_ROMAN), "LAW": rng.choice(_LAWS), "CITY": rng.choice(_CITIES),
        "PERSON": rng.choice(_PEOPLE), "HMONTH": rng.choice(_MONTHS), "POST": str(rng.randint(1011, 1239)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample came only from Budapest.",
    "{N} concluded that {C}.", "{N} points out that {C}, which is very relevant for {B}.",
    "{N} showed that {C} in the Hungarian market.", "{N} emphasises that {C}.", "{N} state that {C}.",
    "{N} draws attention to the fact that {C}.", "{N} also found that {C}, especially among {A}.",
    "{N} examined Hungarian-speaking shoppers in Transylvania and found that {C}.",
    "{N} warns that {C} unless the offer is adapted to local habits.",
    "{N} measured this in southern Slovakia and found that {C}.", "{N} highlight that {C}.",
    "{N} describe {T} as underused in Central Europe and show that {C}.", "{N} suggested that {C} after {Y}.",
    "{N} confirm that {C} – a result {B} cannot ignore.", "{N} is cited often in Hungarian courses: {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Hungarian banks, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which is supported by {N}.",
    "{C} – a view shared by {N}.", "As {N} point out, {C}.", "Based on the research of {N}, {C}.",
    "A survey conducted by {N} in Vojvodina found that {C}.", "{B} is a good example: {N} showed that {C}.",
    "{C}, as {N} noted in their review of {T}.", "According to the findings of {N}, {C}.",
    "For the Hungarian-speaking minority in Romania, {N} found that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Similar results were reported by {N}: {C}.", "Data published by {N} show that {C}.",
    "When {B} launched its new app, it followed the logic of {N}: {C}.", "{C}, according to {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Applying {N} model to {B}, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.", "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "In Hungary, {C} {P}.",
    "For {A}, {C} {P}.", "This is important because {C} {P}.", "{B} is no exception, as {C} {P}.",
    "{C}, especially outside Budapest {P}.", "It is often argued that {C} {P:see}.",
    "Several Hungarian studies report that {C} {P:e.g.}.", "{C} (see Figure {q}) {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Recent KSH data point the same way – {C} {P}.",
    "{C}. {P}", "{C} {P:see also}.", "The same holds for the Hungarian-speaking regions of Slovakia and Serbia: {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "{O}, {C} {P}, so {C2}.", "{C} {P} – moreover, {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust {T} more than classic TV advertising", "{T} raised {R} by about {q}0% in one Hungarian pilot",
    "Hungarian consumers became more price-sensitive after the inflation peak of 2023",
    "{B}'s reliance on {T} leaves it exposed if media prices rise", "personalised offers increase {R} among {A}",
    "shoppers in the Hungarian-speaking regions respond better to messages in their mother tongue",
    "domestic origin is a strong purchase argument for food and wine", "{T} is cheaper than TV but harder to measure",
    "the instant payment system changed how {A} pay online", "private labels have gained share in the discount chains",
    "spa guests book later and compare prices more than before the pandemic",
    "brands that ignore {T} risk losing {A} to regional competitors", "GDPR consent rates are lower in banking than in retail",
    "trust in pharmacies is higher than trust in pharmaceutical brands", "{T} only drives {R} when the offer is relevant",
    "{A} expect the same experience in the app, on the web and in the branch",
    "organisations such as {B} need to {bs} to stay competitive", "low-cost flights opened new markets for Hungarian spas",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Hungary", "For {B}", "Since the pandemic",
    "In the case of {B}", "From the customer's point of view", "Nevertheless", "As a result", "In the CEE region",
    "Outside Budapest", "In Transylvania", "Overall", "In the Hungarian banking sector", "Interestingly",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Hungary and now operates in {q} countries of the region.",
    "This report analyses {B}'s digital marketing and gives recommendations for the next year.",
    "The table below summarises the main KPIs by channel.", "{B}'s Facebook page has {n} thousand followers, but engagement is low.",
    "{O}, {C}.", "{B} spends most of its budget on Google Ads, Meta and outdoor posters in Budapest.",
    "Customers can buy online, in the app or in the shops, and delivery is free above {FT}.",
    "A PESTLE analysis of the Hungarian market is in Appendix {q}.",
    "The main competitors are {B} and two smaller Hungarian chains.",
    "All prices in this report are in forints (HUF) unless stated otherwise.",
    "The campaign would run in Hungary first, then in Slovakia and Romania.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one Hungarian author puts it, {Q} {P}.", "{N} writes that {Q}.", "{Q}, as {N} put it.",
    "It has been argued that {Q} {P}.", "The point is clear: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘hungarikum’", "“magyar termék”", "'Made in Hungary'", "‘omnichannel’", "“phygital”", "‘glocal’",
                "“nemzeti konzultáció”", "‘value for money’", "“SZÉP-kártya-barát”"]  # fmt: skip
SCARE_FRAMES = [
    "Hungarian brands like to call their products {Q} {P}.", "{B} describes its approach as {Q} {P}.",
    "The so-called {Q} strategy is now common {P}.", "{N} calls this the {Q} effect.",
]  # fmt: skip
SUBJECT_LINES = ["‘Csak most: -20% mindenre!’", "“Your {M} order is on its way”", "'Boldog névnapot! A gift for you'",
                 "‘Last chance: SZÉP card offers end tonight’", "“Kedves Ügyfelünk, your statement is ready”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The newsletter subject line {Q} lifted open rates {P}.", "{B} sent {Q} to inactive customers {P}.",
    "An email headed {Q} performed best in the test {P}.", "{N} reports that the subject line {Q} doubled opens.",
]  # fmt: skip

NOT_CITATIONS = {
    "hu-law-number": ["Under the 2008. évi XLVIII. törvény, advertising to children is restricted.",
                      "The Grt. ({HY}. évi {LAW}. törvény) sets the basic rules of commercial advertising.",
                      "The data protection act (Infotv., 2011. évi CXII. törvény) applies alongside the GDPR."],
    "act-english-number": ["Act CLV of 1997 on consumer protection gives the authority wide powers.",
                           "Since Act {LAW} of {Y}, price reductions must be shown with the previous price.",
                           "Comparative advertising is regulated by Act LVII of 1996 (Tpvt.)."],
    "government-decree": ["The price cap was introduced by Government Decree 6/2022. (I. 7.) Korm. rendelet.",
                          "Under the decree (Korm. rendelet {q}/{Y}.), shops must display unit prices.",
                          "The rules are in 45/2014. (II. 26.) Korm. rendelet on consumer contracts."],
    "mnb-recommendation": ["The MNB recommendation ({q}/{Y}.) sets out how banks must treat vulnerable customers.",
                           "Banks follow the MNB ajánlás (MNB recommendation {q}/{Y}) on digital sales."],
    "eu-regulation": ["The GDPR (Regulation (EU) 2016/679) applies to {B}'s loyalty data.",
                      "The Digital Services Act (Regulation (EU) 2022/2065) also covers marketplaces like eMAG.",
                      "The Omnibus Directive (EU) 2019/2161 changed the rules on price reductions."],
    "hungarian-date": ["The campaign started on {HDATE} and ran for six weeks.",
                       "The new store opened on {HDATE} in Budapest.", "Sales peaked on {HY}. december 22."],
    "national-holiday": ["{B} ran a patriotic campaign for 15 March (Nemzeti ünnep, 1848).",
                         "Sales always rise before 20 August (Szent István nap) and the fireworks.",
                         "Shops are closed on 23 October (1956 memorial day)."],
    "name-day": ["Customers receive a coupon on their name day (névnap), e.g. Éva on 24 December.",
                 "The app sends a greeting for névnap (name day) and birthday, with {q}0% off."],
    "budapest-district": ["The flagship store is in District {KER} (Budapest {KER}. kerület).",
                          "Most respondents lived in the {KER}. kerület ({POST} Budapest).",
                          "Rents are highest in the V. kerület (Belváros-Lipótváros)."],
    "postcode-address": ["{B}'s head office is at Váci út {n}, {POST} Budapest.",
                         "The pop-up shop was at Andrássy út {q}0 (1061 Budapest)."],
    "forint-figure": ["The budget is {HUF} (about €{n} thousand).", "The average basket was {FT} ({Y} data).",
                      "Revenue reached {HUF} in {Y} (HUF, net)."],
    "szep-card": ["Hotel guests can pay with SZÉP-kártya (SZÉP card) since {Y}.",
                  "The spa accepts the SZÉP card (Széchenyi Pihenő Kártya) at reception."],
    "company-legal-form": ["{B} is owned by a holding (Kft., founded {Y}).",
                           "The agency is a small Bt. (betéti társaság) with {q} employees.",
                           "The bank is listed as an Nyrt. on the Budapest Stock Exchange (BÉT) since {Y}."],
    "registration-number": ["The company is registered under Cg. 01-10-0{n}{q}{q} (Fővárosi Törvényszék Cégbírósága).",
                            "The tax number (adószám 1{n}{q}-2-{q}2) appears on every invoice."],
    "regulator-fine": ["The GVH fined the telecom {HUF} (Vj/{q}/{Y}) for misleading claims.",
                       "The NAIH imposed a fine in {Y} (NAIH-{n}-{q}/{Y}) over unlawful newsletters.",
                       "The MNB's decision (H-FI-B-{n}/{Y}) concerned unfair fees."],
    "regulator-in-brackets": ["The competition authority (GVH) has investigated influencer posts since {Y}.",
                              "The media authority (NMHH) publishes a yearly report on children's media use.",
                              "Statistics Hungary (KSH) changed its retail method in {Y}."],
    "person-with-honorific": ["CEO dr. Szabó Péter announced the rebrand in {Y}.",
                              "The founder, id. Horváth Gábor (in charge since {Y}), still tastes every vintage.",
                              "The winery is now run by ifj. Tóth László (generation {q})."],
    "married-name-person": ["The campaign was led by {PERSON}, marketing director since {Y}.",
                            "Kovácsné Nagy Éva (head of CRM) presented the results in {Y}."],
    "interviewee": ["One branch manager in {CITY} (interview, {Y}) said customers want personal advice.",
                    "A marketing manager (Interviewee {q}, {HDATE}) confirmed the budget cut."],
    "wine-vintage": ["The Tokaji Aszú 5 puttonyos ({Y}) won a gold medal.",
                     "Egri Bikavér Superior ({Y}) is the winery's flagship product.",
                     "The {Y} vintage of Villányi Franc was limited to {n} bottles."],
    "protected-origin": ["Szegedi téliszalámi (PGI, {Y}) is protected in the EU.",
                         "Makói hagyma (PDO) and Kalocsai fűszerpaprika-őrlemény (PDO) are on the register."],
    "hungarikum-award": ["Túró Rudi was added to the Hungaricum list (Hungarikumok Gyűjteménye) in {Y}.",
                         "The Pálinka became a hungarikum in {Y}, which helps export marketing."],
    "trade-award": ["The campaign won gold at the Effie Hungary awards ({Y}).",
                    "{B} was named Superbrands Hungary ({Y}) and Business Superbrands ({Y2}).",
                    "The agency's work was shortlisted for the Arany Penge ({Y}) creative award."],
    "festival-event": ["{B} sponsored Sziget Festival ({Y}) and Balaton Sound.",
                       "The brand ran a stand at the Budapest Wine Festival ({Y}).",
                       "Many visitors come for the Debreceni Virágkarnevál ({Y}) in August."],
    "product-model": ["The bank's app (OTP SmartBank 3.{q}) was relaunched in {Y}.",
                      "Magyar Telekom's Magenta 1 (2016) bundle is the best known package.",
                      "The Richter product line (Panangin Forte {q}0 mg) is sold over the counter."],
    "tariff-plan": ["The Yettel Start {q}0 GB tariff costs {FT} a month.",
                    "The Magenta S plan (from {Y}) includes unlimited calls."],
    "flight-code": ["The new route (W6 2{n}, Budapest–London Luton) started in {Y}.",
                    "Wizz Air's flight W6 {n} to Târgu Mureș runs four times a week."],
    "vat-rate": ["Food prices include 27% VAT (ÁFA, since {Y}).",
                 "Some basic foods have a reduced VAT rate (5%, since 2015)."],
    "price-cap": ["The price cap (árstop, {Y}–{Y2}) covered sugar, flour and pork.",
                  "The interest-rate cap (kamatstop) was extended in {Y}."],
    "hungarian-month-year": ["Sales fell in {HY}. {HMONTH}, right after the price rise.",
                             "The survey ran in {HY}. {HMONTH} (online, n = {n})."],
    "figures-sample": ["Most respondents preferred Hungarian products (n = {n}).",
                       "Response rates differed by region (Table {q}; n = {n}).",
                       "Trust was higher outside Budapest (4.{q} vs 3.{q} on a 5-point scale)."],
    "appendix-figure": ["The full questionnaire is in Appendix {q} (in Hungarian).",
                        "Figure {q} (source: own research, {Y}) shows the segments."],
    "year-results": ["The bank's profit rose sharply ({Y} results: {HUF}).",
                     "Online sales doubled ({Y} figures, Google Analytics).",
                     "Customer satisfaction remained high ({Y} survey: 4.{q}/5)."],
    "year-range": ["Inflation was very high in Hungary (2022–2023) and hit food prices most.",
                   "The bank's strategy ({Y}–{Y2}) focuses on digital sales."],
    "campaign-slogan": ["OTP's slogan ‘Mi a maga bankja?’ is known by most Hungarians.",
                        "The ‘Szeretem a magyar terméket’ line appears on every pack.",
                        "Túró Rudi's ‘Pöttyös’ campaign (since {Y}) uses the red dots."],
    "brand-history": ["{B} has been a household name since {Y} (founded in {CITY}).",
                      "The brand goes back to 1868 (Zwack family, Budapest).",
                      "The factory in {CITY} (est. {Y}) still makes the original recipe."],
    "place-bilingual": ["The shop opened in Kolozsvár (Cluj-Napoca) in {Y}.",
                        "Shoppers in Komárom (Komárno, Slovakia) often cross the bridge to buy in Hungary.",
                        "The Vojvodina town of Szabadka (Subotica) has a large Hungarian community."],
    "university-course": ["I completed my MSc at Corvinus (Budapesti Corvinus Egyetem, {Y}).",
                          "The course (BME GTK, Marketing MSc, {Y}) included a module on B2B sales.",
                          "ELTE's marketing programme (since {Y}) is taught in English and Hungarian."],
    "stock-exchange": ["The OTP share price (BÉT: OTP) rose {q}% in {Y}.",
                       "Richter (BUX index member since 1995) is the biggest pharmaceutical company in Hungary."],
    "government-programme": ["Families buy more cars thanks to the CSOK Plusz ({Y}) scheme.",
                             "The Széchenyi Kártya Program (since {Y}) supports small firms.",
                             "Many first-time buyers used the Babaváró loan ({Y})."],
    "tv-radio-show": ["The advert was shown during A Dal ({Y}) on M1.",
                      "{B} sponsored the cooking show Konyhafőnök ({Y}) on RTL."],
    "standard-iso": ["The spa is certified to MSZ EN ISO 9001:{Y}.",
                     "The plant meets the IFS Food (version {q}) standard."],
    "population-census": ["According to the 2022 census (népszámlálás), Budapest has about 1.7 million people.",
                          "About 450 thousand Hungarians live in southern Slovakia (2021 census)."],
    "currency-conversion": ["The price in Romania is {n} lei (about {FT}).",
                            "In Serbia the same product costs {n} dinars (RSD, {Y})."],
    "social-handle": ["The brand's Instagram (@{M}_hu, since {Y}) is run by an agency.",
                      "Followers use the hashtag #magyartermek ({n} posts in {Y})."],
    "ceo-quote-no-source": ["The CEO said in {Y} that digital is ‘the future of banking’ (company AGM).",
                            "Our manager's view (team meeting, {HDATE}) was that TikTok is too risky."],
    "roman-numeral-event": ["The XXV. Marketing Summit ({Y}) focused on AI.",
                            "{B} presented at the XI. Kolozsvári Marketing Konferencia ({Y})."],
}  # fmt: skip
