"""The prose of the hundred-and-eighty-fifth independent pool, "blind185": HELD OUT.

Marketers in Belgium, Luxembourg and their diaspora (Brussels, Antwerp, Ghent, Bruges, Leuven, Mechelen, Liège,
Namur, Charleroi, Mons, Hasselt, Eupen; Luxembourg City, Esch-sur-Alzette, Kirchberg; Paris, Lille, Amsterdam,
London, Kinshasa) at banks and fintechs, insurers, telecoms, retailers, food and drink makers, airlines, media and
agencies write CIM Level 6 and 7 reports and MBA assignments in English. Written without reading the checker, its
tests or any other pool: their sentence frames, claims, brands, and text that looks like a citation but is not
(Belgian and Luxembourgish laws by their dates, the Moniteur belge and Belgisch Staatsblad, articles of the Code of
Economic Law, GBA, CNPD, FSMA, CSSF and JEP decisions and circulars, enterprise and RCS numbers, euros written €,
EUR, mio, mrd and Md€ with decimal commas, Belgian dates and postcodes, Saint Nicholas, the national days, the
Gentse Feesten, Binche, the Ommegang, the Schueberfouer, Tomorrowland and Rock Werchter, Batibouw and the Motor
Show, royal warrants, founders' and politicians' dates, products with their sizes and strengths, tickers, course
codes and academic years, languages and place names in two or three forms). HELD OUT: never tune on it; report its
tables, never its misses.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["KBC", "Belfius", "BNP Paribas Fortis", "ING Belgium", "Argenta", "Crelan", "Spuerkeess", "BGL BNP Paribas",
          "Banque de Luxembourg", "Payconiq", "Bancontact", "AG Insurance", "Ethias", "Foyer", "La Luxembourgeoise",
          "Proximus", "Orange Belgium", "Telenet", "POST Luxembourg", "Tango", "Delhaize", "Colruyt",
          "Carrefour Belgique", "Aldi", "Lidl", "Cactus", "Kruidvat", "Action", "Hema", "Bol.com", "Zalando",
          "AB InBev", "Duvel Moortgat", "Lotus Bakeries", "Biscoff", "Neuhaus", "Godiva", "Côte d'Or", "Leonidas",
          "Callebaut", "Vandemoortele", "Spa", "Chaudfontaine", "Bofferding", "Rosport", "D'Ieteren",
          "Brussels Airlines", "Luxair", "SNCB", "NMBS", "RTL", "Ekoplaza", "Standaard Boekhandel", "JBC", "Torfs",
          "Brico", "Club", "Di", "Oxfam-Wereldwinkels", "Jules Destrooper", "Maison Dandoy", "Pierre Marcolini"]  # fmt: skip

_CITIES = ["Antwerp", "Ghent", "Bruges", "Leuven", "Mechelen", "Liège", "Namur", "Charleroi", "Mons", "Hasselt",
           "Eupen", "Esch-sur-Alzette", "Kortrijk", "Aalst", "Wavre"]  # fmt: skip
_POSTCODES = [1000, 1040, 1050, 1060, 1080, 1200, 2000, 2018, 2800, 3000, 3500, 4000, 4700, 5000, 6000, 7000, 8000,
              9000]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    return {
        "pc": str(rng.randint(3, 91)),
        "dec": f"{rng.randint(1, 9)},{rng.randint(1, 9)}",
        "Y3": str(rng.randint(2019, 2025)),
        "mo": rng.choice(["January", "March", "April", "June", "September", "October", "November", "December"]),
        "mnl": rng.choice(["januari", "maart", "mei", "juni", "september", "oktober", "november", "december"]),
        "mfr": rng.choice(["janvier", "mars", "avril", "juin", "septembre", "octobre", "novembre", "décembre"]),
        "city": rng.choice(_CITIES),
        "bank": rng.choice(["KBC", "Belfius", "BNP Paribas Fortis", "ING", "Argenta", "Crelan", "Spuerkeess", "BGL"]),
        "tel": rng.choice(["Proximus", "Orange Belgium", "Telenet", "POST", "Tango", "Scarlet", "Mobile Vikings"]),
        "shop": rng.choice(["Delhaize", "Colruyt", "Carrefour", "Aldi", "Lidl", "Cactus", "Kruidvat", "Action"]),
        "pcb": str(rng.choice(_POSTCODES)),
        "kbo": f"0{rng.randint(400, 899)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
        "rcs": str(rng.randint(10000, 289999)),
        "mio": str(rng.randint(2, 950)),
    }


NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}, although their sample was drawn only from Flanders.",
    "{N} showed that {C}.",
    "{N} points out that {C}, which is very relevant for {B}.",
    "{N} concluded that {C}; {B}'s own figures seem to confirm this.",
    "{N} underline that {C}.",
    "{N} observed that {C}, especially in Wallonia and Brussels.",
    "{N} states that {C}.",
    "{N} is of the opinion that {C}.",
    "{N} demonstrates that {C} in the Belgian market.",
    "{N} also find that {C}.",
    "{N} advise marketers to check whether {C}.",
    "{N} goes one step further and argues that {C} and that {C2}.",
    "{N} explain that {C} (for instance through {T}).",
    "{N} mention that {C} – something {B} cannot ignore.",
    "{N} describes {T} as the cheapest way to reach {A} in {city} and shows that {C}.",
    "{N} doubt whether {C}.",
    "{N} report that, since {Y}, {C}.",
    "{N} makes clear that {C} in small, multilingual markets such as Belgium and Luxembourg.",
    "{N} remarked that {C}, even among {A}.",
    "{N} established that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Belgian retailers, {N} found that {C}.",
    "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.",
    "{C}, which confirms the findings of {N}.",
    "{C} – a view that {N} share.",
    "As underlined by {N}, {C}.",
    "{B} is a good example: {N} showed that {C}.",
    "Research by {N} suggests {C}.",
    "According to {N}, {C}.",
    "A survey conducted in Flanders and Wallonia by {N} found that {C}.",
    "{C}, as {N} noted in their review of {T}.",
    "Following {N}, one could argue that {C}.",
    "Both {B} and its competitors invest in {T}, and {N} found that {C}.",
    "{C}; however, {N} found the opposite for {A}.",
    "When {B} relaunched its app in {Y3}, it seemed to follow {N}: {C}.",
    "For the Luxembourg market, {N} found that {C}.",
    "Figures from {N} show that {C}.",
    "As {N} put it, {C}.",
    "This links to the customer journey described by {N}, in which {C}.",
    "{C}, according to {N}.",
    "Unlike {B}, which relies on {T}, the firms studied by {N} found that {C}.",
    "In a Brussels context, {N} add that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.",
    "Applying {N} framework, it becomes clear that {C}.",
    "{O}, {N} report concluded that {C}.",
    "{B} could use {N} model, since {C}.",
    "According to {N} survey of Belgian consumers, {C}.",
    "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.",
    "{N} segmentation of Luxembourg residents and cross-border workers shows how {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research shows that {C} {P}.",
    "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.",
    "This is important because {C} {P}.",
    "Three factors explain this: price, convenience and the fact that {C} {P}.",
    "{C}, in particular on mobile {P}.",
    "It is often said that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.",
    "{B}’s results suggest {C} {P}.",
    "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.",
    "Belgian data confirm this – {C} {P}.",
    "A key point for {B} is that {C} {P}.",
    "{C}. {P}",
    "The main advantages are reach, speed and a lower cost per contact in both language communities {P}.",
    "{C} {P:see also}.",
    "{C}, as several Belgian studies show {P:for example,}.",
    "In Luxembourg, where almost half of the workforce crosses a border each day, {C} {P}.",
    "{C} {P:cf.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, but {C2}.",
    "{C} {P}; {C2}.",
    "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.",
    "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.",
    "{C} {P}: this means that {C2}.",
    "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust {T} more than classic advertising",
    "{T} improved {R} by around {q}0% in one Flemish trial",
    "{B}'s dependence on {T} makes it vulnerable if costs rise",
    "personalised content increases {R} among {A}",
    "{A} expect the same experience online and in store",
    "brands that ignore {T} risk losing {A} to the discounters",
    "campaigns must be made in Dutch and French, and often in German, which doubles production costs",
    "Belgian consumers are more price-sensitive since the energy crisis",
    "private labels have gained market share at the expense of A-brands",
    "a national campaign that is simply translated rarely works in both Flanders and Wallonia",
    "Luxembourg residents shop across the border in Trier, Arlon and Thionville",
    "mobile payment with Payconiq has become normal for {A}",
    "the GDPR has changed how banks such as {bank} collect first-party data",
    "{T} only drives {R} when the offer is relevant",
    "loyalty cards still give supermarkets such as {shop} their best customer data",
    "around {q} in 10 {A} have unsubscribed from a brand's newsletter",
    "organisations like {B} need to {bs} to remain competitive",
    "influencers must disclose paid partnerships clearly to stay within the JEP rules",
    "heritage brands like Côte d'Or lean on their Belgian origin to justify a premium price",
    "chatbots reduce waiting times but frustrate customers with complex questions",
    "{tel} competes mainly on price in a market with few operators",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Belgium", "For {B}'s marketing team",
    "Since the COVID-19 crisis", "In the context of {B}", "From the customer's perspective", "Nevertheless",
    "Consequently", "In the Belgian retail sector", "As a result", "Looking at {B}'s competitors", "Overall",
    "In Luxembourg", "On the Flemish side", "In French-speaking Belgium", "Interestingly",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Belgium and is now active in {q}0 countries.",
    "This section analyses {B}'s current digital channels and formulates recommendations.",
    "The table below summarises the main KPIs per channel.",
    "{B}'s Instagram account has more than {n}k followers, but engagement is low.",
    "The recommendations are budgeted and phased over twelve months.",
    "{O}, {C}.",
    "{B} uses Google Ads, Meta and TikTok, with most of the budget going to paid search.",
    "Customers can buy online, through the app or in one of the stores in {city}.",
    "A SWOT analysis of {B} is included in the appendix.",
    "All creative work is produced in Dutch and French, and the website also exists in English.",
    "The main competitors are {B} and two smaller online players.",
    "Task 2 builds on this with a content plan for the coming year.",
    "I work as a marketing officer at {B} in {city}, so some of the data below comes from internal dashboards.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one marketing handbook puts it, {Q} {P}.",
    "This is summarised well: {Q} {P}.",
    "{B} seems to accept that {Q} {P}.",
    "The authors write that {Q} {P}, which {B} should take into account.",
    "{N} put it bluntly: {Q}.",
    "Marketers are reminded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘omnichannel’", "‘greenwashing’", "‘shrinkflation’", "‘phygital’", "‘cancel culture’", "‘de-influencing’",
                "“huismerk”", "‘made in Belgium’", "'glocal'", "“authentic”", "‘frontalier’", "‘zinneke’",
                "‘bobo’", "'quiet luxury'", "‘Brusselization’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} {P}.",
    "Many young shoppers are tired of {Q} marketing {P}.",
    "So-called {Q} is a growing concern for {B} {P}.",
    "This trend, often called {Q}, affects {A} most {P}.",
    "The term {Q} is used loosely in the Belgian industry {P}.",
    "Belgian brands often play on {Q} values {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Jouw {M}-favorieten zijn terug’", "‘Dernière chance : -30 % ce week-end’",
                 "“You left something in your basket”", "‘Dag Lien, we hebben iets voor jou gekozen’",
                 "‘Gratis levering dit weekend (geen code nodig)’", "‘Sinterklaas komt eraan!’",
                 "“Votre ticket de caisse”", "‘We missen je – hier is 15% korting’",
                 "‘Moien! Är Rechnung ass do’", "‘Ends at midnight: up to 50% off {M}’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.",
    "{B} used {Q} in its abandoned-basket email {P}.",
    "Short, urgent copy ({Q}, for instance) works well with {A} {P}.",
    "Messages like {Q} work because they create urgency {P}.",
    "The newsletter {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version gave a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "belgian-law-by-date": [
        "Under the Wet van 30 juli 2018, which implements the GDPR in Belgium, {B} must keep a register of processing.",
        "The Law of 30 July 2018 gave the Belgian regulator the power to fine companies directly.",
        "Cold calling is limited by the Law of 4 April 2019 amending the Code of Economic Law.",
        "The loi du 30 juillet 2018 applies to every Belgian controller, whatever its size.",
    ],
    "luxembourg-law-by-date": [
        "In Luxembourg, the Loi du 1er août 2018 created the current CNPD.",
        "The Luxembourg law of 23 December 2016 on sales and misleading advertising still applies to {B}'s promotions.",
        "Sunday opening in Luxembourg is governed by the law of 19 June 1995 (as amended).",
    ],
    "code-economic-law-article": [
        "Comparative advertising is allowed under certain conditions (art. VI.17 WER).",
        "Price reductions must refer to the lowest price of the previous 30 days (art. VI.18 CDE).",
        "Misleading practices are listed in Book VI of the Code of Economic Law (art. VI.97–VI.100).",
        "Unsolicited emails need prior consent (artikel XII.13 WER).",
    ],
    "gazette-reference": [
        "The law was published in the Belgisch Staatsblad of 5 September 2018 (B.S. 05.09.2018).",
        "The royal decree appeared in the Moniteur belge (M.B. {d}.0{q}.{Y3}, p. {n}).",
        "The Luxembourg text is in the Mémorial A (n° {n} of {Y3}).",
    ],
    "gdpr-article": [
        "Consent has to be freely given, specific and informed (Art. 4(11) GDPR).",
        "Newsletters can rely on legitimate interest for existing customers (GDPR, Art. 6(1)(f)).",
        "Customers can ask {B} to delete their data (right to erasure, Article 17).",
    ],
    "regulator-decision-number": [
        "The Litigation Chamber's IAB Europe decision (DOS-2019-01377) changed how cookie banners are built.",
        "The GBA fined a Belgian retailer for its loyalty card (decision on the merits 21/{Y3}).",
        "The CNPD imposed a record fine on Amazon (délibération n° 36FR/2021).",
    ],
    "circular-number": [
        "Banks in Luxembourg follow CSSF Circular 20/750 on ICT risk.",
        "The FSMA rules on advertising for investment products (FSMA_2015_07) apply to {bank}'s campaigns.",
        "Marketing of crowdfunding offers is covered by the FSMA communication (FSMA_{Y3}_{q}{q}).",
    ],
    "jep-case": [
        "The JEP asked {B} to change its TV spot after one complaint (decision of {d} {mo} {Y3}).",
        "The Jury for Ethical Practices in Advertising (JEP) received {n} complaints last year.",
        "The ad was withdrawn after a JEP ruling (case {Y3}/{n}).",
    ],
    "enterprise-number": [
        "{B} NV (KBO {kbo}) is registered in {city}.",
        "The company's enterprise number (BCE/KBO {kbo}) appears on every invoice.",
        "The Luxembourg entity is registered at the RCS (B{rcs}).",
        "VAT is charged by the Belgian entity (BE {kbo}).",
    ],
    "legal-form-founding": [
        "The company (an NV since {Y}) is still majority family-owned.",
        "The cooperative (CV/SC, founded in 1934) now has {n},000 members.",
        "Oxfam-Wereldwinkels (a vzw, est. 1971) sells fair-trade chocolate.",
        "Amazon EU S.à r.l. (Luxembourg) handles orders for Belgium.",
    ],
    "euro-amounts": [
        "Revenue reached €{dec} mrd last year (up {pc}%).",
        "The campaign budget was modest (EUR {mio},000 over {q} months).",
        "Net profit fell to {mio} mio euro (IFRS, {Y3}).",
        "Market capitalisation stood at {dec} Md€ (Euronext Brussels).",
        "The average basket rose to €{pc},{q}0 ({Y3} figures).",
    ],
    "decimal-comma": [
        "Satisfaction scored {dec}/10 (n = {n}).",
        "Conversion rose from 1,{q}% to 2,{q}% after the redesign.",
        "The churn rate dropped to {dec}% (Q{q} {Y3}).",
    ],
    "belgian-date": [
        "The survey was sent on {d}/{q}/{Y3} and closed a week later.",
        "The new logo went live on {d}.0{q}.{Y3}.",
        "Data were exported on {d} {mnl} {Y3} from the CRM.",
        "The soldes start on 1er juillet and end on 31 juillet ({Y3}).",
    ],
    "saint-nicholas": [
        "Chocolate sales peak around Saint Nicholas (6 December) rather than Christmas.",
        "{B} ran a Sinterklaas campaign (from 11 November to 6 December).",
        "The Saint-Nicolas promotion (6/12) is the busiest day of the year for toy shops.",
    ],
    "national-day": [
        "The brand released a limited edition for the Belgian national day (21 July).",
        "In Luxembourg, the Fête nationale (23 June) is marked with fireworks in the capital.",
        "{B} posted a video on the Nationalfeierdag (23. Juni) that went viral.",
    ],
    "festival-edition": [
        "{B} sponsors the Gentse Feesten (ten days in July) with a pop-up bar.",
        "Tomorrowland ({Y3} edition) sold out in minutes.",
        "Rock Werchter ({Y3}, {n},000 visitors per day) is Belgium's largest festival.",
        "The Ommegang (first held in 1549) attracts many tourists to the Grand-Place.",
    ],
    "carnival": [
        "The Carnival of Binche (inscribed by UNESCO in 2003) is famous for its Gilles.",
        "Aalst Carnival lost its UNESCO status (December 2019).",
        "The Schueberfouer (since 1340) takes place on the Glacis in Luxembourg City every August.",
    ],
    "trade-fair": [
        "Batibouw ({Y3} edition) remains the place for home-improvement brands to launch offers.",
        "Car dealers count on the Brussels Motor Show (January {Y3}) for a third of their orders.",
        "{B} had a stand at the Foire de Libramont (July {Y3}).",
    ],
    "sport-event": [
        "{B} is a sponsor of the Tour of Flanders (Ronde van Vlaanderen, {d} April {Y3}).",
        "Viewing figures for the Red Devils' matches (Euro 2024) were very high.",
        "The Memorial Van Damme (September {Y3}) is broadcast live on VRT and RTBF.",
    ],
    "organisation-renamed": [
        "Belfius (Dexia Bank Belgium until 2012) rebuilt its brand after the crisis.",
        "Ahold Delhaize (merged in 2016) runs its Belgian stores under the Delhaize name.",
        "bpost (formerly De Post/La Poste, renamed in 2010) now delivers more parcels than letters.",
        "Crelan (which took over AXA Bank Belgium in 2022) has a rural customer base.",
    ],
    "founder-dates": [
        "Ernest Solvay (1838–1922) founded the company and the Solvay conferences.",
        "Jan Boone (CEO of Lotus Bakeries since 2011) took Biscoff international.",
        "Adolphe Sax (1814–1894), born in Dinant, is still used in the city's tourism marketing.",
        "Jean Neuhaus invented the praline in 1912 (the shop opened in 1857).",
    ],
    "politician-dates": [
        "Elio Di Rupo (Prime Minister 2011–2014) was often photographed with a bow tie.",
        "Luc Frieden (Prime Minister of Luxembourg since 2023) spoke at the fintech event.",
        "King Philippe (on the throne since 2013) opened the new store in {city}.",
    ],
    "ceo-quote-year": [
        "The CEO of {B} said in a radio interview ({mo} {Y3}) that prices would stay low.",
        "Johan Thijs (KBC, CEO since 2012) presented Kate as the bank's digital assistant.",
        "Its new marketing director (appointed in {mo} {Y3}) previously worked at Proximus.",
    ],
    "product-size": [
        "Spa Reine (50 cl) is the best-selling still water in Belgian supermarkets.",
        "Duvel (8.5% ABV) is sold in its own tulip glass.",
        "Côte d'Or Noir de Noir (70% cacao) targets adults.",
        "The Biscoff spread (400 g) is exported to more than 60 countries.",
    ],
    "tariff-plan": [
        "{tel}'s unlimited data plan (€{q}{q},99 a month) targets students.",
        "Telenet's ONE bundle (launched 2021) combines internet, TV and mobile.",
        "POST Luxembourg's Scoubidou plan (for children under 12) has no data roaming.",
    ],
    "app-version": [
        "{B} moved its customers to the new app (version {q}.0, {Y3}).",
        "KBC Mobile (with Kate since 2020) is rated as the best banking app.",
        "Payconiq by Bancontact (launched 2018) is accepted in most shops.",
    ],
    "award": [
        "The campaign won a Gold Effie Belgium ({Y3}).",
        "Mortierbrigade won a Cannes Lions Grand Prix (Outdoor, 2019).",
        "{B} was voted Retailer of the Year (Gondola Awards, {Y3}).",
        "LDV United was named Agency of the Year (Creative Belgium Awards {Y3}).",
    ],
    "royal-warrant": [
        "Neuhaus has been a supplier to the Royal Court (Brevet de fournisseur de la Cour) since 1949.",
        "The Hofleverancier label (royal warrant) is printed on every box.",
        "Maison Dandoy (since 1829) still makes speculoos by hand.",
    ],
    "bilingual-place": [
        "The flagship store is in Brussels (Bruxelles/Brussel) near the Bourse.",
        "A second store opened in Liège (Luik, Lüttich) in {Y3}.",
        "The head office moved from Louvain-la-Neuve to Leuven (Louvain) last year.",
        "{B} has a warehouse in Antwerp (Antwerpen/Anvers).",
    ],
    "postcode": [
        "The pop-up store (rue Neuve, {pcb} Bruxelles) drew {n} visitors a day.",
        "The new branch is at Kirchberg (L-1855 Luxembourg).",
        "Deliveries to postcode areas {pcb} and 9000 take one day longer.",
    ],
    "language-community": [
        "The ad ran on both VRT and RTBF (Dutch and French versions).",
        "Eupen belongs to the German-speaking Community (Ostbelgien, about 78,000 inhabitants).",
        "Brussels is officially bilingual (FR/NL), although English is spoken widely.",
        "Luxembourg has three administrative languages (Lëtzebuergesch, French and German).",
    ],
    "translation-gloss": [
        "The slogan ‘Wij zijn er voor jou’ (‘We are there for you’) runs on every channel.",
        "Its French tagline, « Le goût de la Belgique » (the taste of Belgium), tested well.",
        "Customers call it a ‘winkelkar’ (shopping trolley) in Flanders and a ‘caddie’ in Wallonia.",
        "The Luxembourgish word ‘Moien’ (hello) opens every POST newsletter.",
    ],
    "ticker": [
        "KBC shares (Euronext Brussels: KBC) rose after the results.",
        "AB InBev is listed in Brussels (ABI) and New York (BUD).",
        "Proximus (PROX) is still majority-owned by the Belgian state.",
        "The BEL 20 index closed at {n}0 points ({d} {mo} {Y3}).",
    ],
    "vat-rate": [
        "Belgian VAT on food is lower (6%) than on drinks served in a café (21%).",
        "Luxembourg's standard VAT rate (17%) attracts cross-border shoppers.",
        "The excise duty on beer (per hl) was raised in {Y3}.",
    ],
    "exchange-rate": [
        "The UK price was converted at the year-end rate (€1 = £0.8{q}).",
        "Kinshasa prices are quoted in dollars (USD 1 = CDF 2,{n}).",
        "Costs in Swiss francs were converted (CHF 1 = €1.0{q}).",
    ],
    "academic-year": [
        "The student survey was carried out during the academic year (2024–2025).",
        "This assignment was written for the course Strategic Marketing (academiejaar 2023–2024).",
        "The Master's programme (année académique 2024-2025) has {n} students.",
    ],
    "course-code": [
        "The brand audit was done for the course Marketing Communication (D0H{q}7A) at KU Leuven.",
        "The module code (LLSMS2{q}01) is shown on the cover page.",
        "CIM Level 7 module (Corporate Digital Communications, unit {q}) is covered in Task 2.",
    ],
    "survey-own": [
        "Our own survey (CAWI, n = {n}, {mo} {Y3}) was run on the iVOX panel.",
        "Respondents answered on a five-point scale (1 = helemaal oneens, 5 = helemaal eens).",
        "Most respondents (n = {n}) preferred to pay with Payconiq.",
        "The focus groups (two in Ghent, two in Namur) lasted 90 minutes each.",
    ],
    "figures-and-tables": [
        "The results are shown in the chart below (Figure {q}).",
        "Costs are detailed in the budget (Appendix {q}).",
        "The channel plan (Table {q}) shows weekly activity.",
        "See Task 1 (b) above for the competitor analysis.",
    ],
    "quarter-half-year": [
        "Sales grew strongly in the last quarter (Q{q} {Y3}).",
        "Online orders doubled (H1 {Y3} versus H1 {Y}).",
        "Margins were under pressure (FY{Y3}).",
    ],
    "year-figures": [
        "{B}'s market share fell slightly ({Y} figures: {pc}%).",
        "The loyalty scheme now has {n},000 members ({Y3} data).",
        "Advertising spend was cut ({Y}/{Y2} budget).",
        "The brand overtook its main rival ({Y3} ranking).",
    ],
    "event-year": [
        "Footfall fell during the lockdown (18 March {Y3}) and never fully recovered.",
        "The Brussels attacks (22 March 2016) hit tourism marketing for years.",
        "The Belgian Presidency of the Council of the EU (January–June 2024) brought many visitors.",
        "The federal elections (9 June 2024) dominated the news for weeks.",
    ],
    "migration-history": [
        "The bilateral agreements with Morocco and Turkey (1964) shaped today's Brussels.",
        "Matongé (in Ixelles/Elsene) takes its name from a district of Kinshasa.",
        "Italian miners came to Wallonia after the 1946 agreement (coal for workers).",
        "Congo's independence (30 June 1960) is marked every year by the Congolese community.",
    ],
    "religious-calendar": [
        "Supermarkets in Brussels extend their halal ranges during Ramadan ({Y3}).",
        "Sales of sweets rise before the Suikerfeest (Eid al-Fitr).",
        "{shop} runs Easter promotions (Pasen/Pâques) from mid-March.",
    ],
    "airport-station": [
        "Brussels Airlines flies from Zaventem (BRU) to Kinshasa (FIH) several times a week.",
        "Ryanair moved routes to Charleroi (CRL) in {Y3}.",
        "The IC train (Brussel-Zuid – Antwerpen-Centraal, {q}0 min) carries many commuters.",
        "Luxair's hub is Findel (LUX).",
    ],
    "handle-or-hashtag": [
        "KBC answers complaints on X (@KBC_Belgie) within the hour.",
        "The hashtag #TournéeMinérale trended in February.",
        "Customers can email klantendienst@colruytgroup.com or use the live chat (9u–17u).",
        "The landing page (www.cactus.lu/promo) converted best.",
    ],
    "phone-number": [
        "Customers can call the free number (0800 {n} {n}) on weekdays.",
        "The Luxembourg helpdesk (+352 {n} {n}) is staffed in four languages.",
    ],
    "units-and-areas": [
        "The new hypermarket ({n}0 m²) is the largest in the province.",
        "The brewery produced {n},000 hl (hectolitres) last year.",
        "Most customers live within 15 km of a store (about 20 minutes by car).",
    ],
    "slogan-year": [
        "Colruyt's promise ‘laagste prijzen’ (lowest prices) dates from the 1970s.",
        "The ‘Eat like a Belgian’ line (2019 campaign) was used abroad.",
        "Stella Artois used ‘Reassuringly expensive’ in the UK for two decades.",
        "The Spa slogan “Bron van leven” (since the 1990s) is still remembered.",
    ],
    "abbreviation": [
        "The Union of Belgian Advertisers (UBA) represents most large advertisers.",
        "Small and medium-sized enterprises (KMO/PME) make up most of {B}'s B2B clients.",
        "The Data Protection Authority (GBA/APD) published new cookie guidance.",
        "Key performance indicators (KPIs) include customer lifetime value (CLV) and NPS.",
    ],
    "label-and-score": [
        "Belgium adopted the Nutri-Score (A to E) in 2019.",
        "The Eco-score (introduced by Colruyt in 2021) ranks products from A to E.",
        "All coffee is Fairtrade certified (since {Y}).",
    ],
    "percent-share": [
        "Around {pc}% of the mailing list had not opened an email in six months.",
        "Private labels account for a large share of sales ({pc}% in volume).",
        "{pc}% of respondents (n = {n}) said they would recommend {B}.",
    ],
}  # fmt: skip
