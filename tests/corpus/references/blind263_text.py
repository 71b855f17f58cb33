"""The blind263 pool's prose: how marketers at biotech, genomics, diagnostics and life-science tools firms and
research institutes in the UK, Ireland, Switzerland, Denmark and the US write CIM Level 6 and 7 reports and MBA
assignments in English on B2B, scientific, investor and patient marketing. Frames, claims, brands and text that
looks like a citation and is not one (prices, products and launch years, events, laws, standards, figures, deals,
awards, tickers, titles, financial years, halves and quarters). Written without reading the checker, its tests or
any other pool. Its frames may use every fill value and these of its own: {pc} a percentage's number, {Y3} a recent
year, {mo} a month, {ch} a channel, {aud} a B2B or patient audience, {K} a research firm or regulator, {h} a social
handle, {prod} a product, {role} a job title, {fy} a financial year's last two digits."""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Oxford Nanopore", "Illumina", "Genomics England", "23andMe", "Novo Nordisk", "Novonesis", "Novozymes",
          "Lonza", "Abcam", "Bicycle Therapeutics", "Exscientia", "Oxford Biomedica", "Genmab", "Horizon Discovery",
          "Cellular Origins", "LumiraDx", "QuantuMDx", "the Wellcome Sanger Institute", "the Francis Crick Institute",
          "Thermo Fisher Scientific", "Qiagen", "Thermo Fisher", "Oxford Nanopore Technologies"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "pc": str(rng.randint(4, 86)), "Y3": str(rng.randint(2019, 2025)),
        "mo": rng.choice(["January", "February", "March", "May", "June", "September", "October", "November"]),
        "ch": rng.choice(["LinkedIn", "webinars", "trade shows", "scientific posters", "email nurture", "KOL programmes",
                          "the application-notes library", "paid search", "field sales", "YouTube"]),
        "aud": rng.choice(["lab managers", "principal investigators", "procurement teams", "oncologists", "clinical geneticists",
                           "patients and carers", "investors", "core-facility directors", "pharmacists", "GPs"]),
        "K": rng.choice(["IQVIA", "Evaluate Pharma", "GlobalData", "the BIA", "the ABPI", "NICE", "the MHRA", "Statista"]),
        "h": rng.choice(["@nanopore", "@illumina", "@GenomicsEngland", "@abcam", "@LonzaGroup", "@sangerinstitute"]),
        "prod": rng.choice(["MinION", "PromethION", "NovaSeq X", "Ozempic", "Wegovy", "QIAstat-Dx", "Ion Torrent"]),
        "role": rng.choice(["Chief Marketing Officer", "Head of Commercial", "VP Marketing", "Chief Scientific Officer",
                            "Head of Investor Relations", "Director of Patient Engagement"]),
        "fy": str(rng.randint(21, 25)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}, which is directly relevant to {B}.",
    "{N} found that {C} among {aud}.",
    "{N} showed that {C}, although their sample was drawn from European biotech firms.",
    "{N} concluded that {C}; {B} has only partly acted on this.",
    "{N} observed that {C}, which explains why {B} moved budget into {ch}.",
    "{N} warned that {C} once a platform reaches the clinic.",
    "{N} make the case that {C}.",
    "{N} suggest that {C} in scientific B2B markets.",
    "{N} reported that {C} in a survey of {n} {aud}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explain, {C}.",
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "{C}, as {N} point out.",
    "This is consistent with {N}, who argue that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "{C}; {N} reached a similar conclusion for {aud}.",
    "Building on the adoption model set out by {N}, this report argues that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} framework suggests that {C}.",
    "{O}, {N} study of {aud} implies that {C}.",
    "{N} analysis of sequencing-platform launches shows that {C}.",
    "Applying {N} model to {B}, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is growing evidence that {C} {P}.",
    "It is widely accepted in life-science marketing that {C} {P}.",
    "{C}, particularly among {aud} {P}.",
    "{B} is no exception: {C} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, although {C2}.",
    "{C} {P}; even so, {C2}.",
    "{C} {P}, while {C2}.",
]  # fmt: skip
CLAIMS = [
    "scientists trust application notes more than advertising",
    "{aud} rely on peer-reviewed data before they change platform",
    "{B} wins more trials when its field scientists lead the conversation",
    "key opinion leaders shape adoption far more than paid media does",
    "{T} works best when it is grounded in published data",
    "trade shows still generate most qualified leads for sequencing firms",
    "patient communities expect plain-language results, not marketing claims",
    "investors reward clear milestones over broad platform stories",
    "consumer genomics brands lose trust quickly after a data breach",
    "{ch} lowers the cost of reaching {aud}",
    "the buying centre for lab equipment includes procurement as well as scientists",
    "{B} relies on {ch} more than its rivals do",
    "{A} respond to {T} with stronger {R}",
    "price is rarely the deciding factor once a lab has validated a workflow",
    "regulatory approval is itself a marketing milestone",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "By contrast", "More recently", "At the same time", "Even so",
           "In the case of {B}", "In the UK market", "For a Danish or Swiss firm", "In diagnostics"]  # fmt: skip
PLAIN = [
    "{B} sells to academic labs, biopharma and hospital networks through direct sales and distributors.",
    "The campaign ran for eight weeks across {ch}, email and a webinar series.",
    "Most of {B}'s leads come from conferences and its scientific content.",
    "{O}, {C}.",
    "This section applies the 7Ps to {B}'s launch in Ireland and the Nordics.",
    "The persona below describes a typical core-facility director.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "{O}, {Q} {P}.",
    "The point is summed up neatly: {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "{Q} {P}, a view {B}'s commercial team would recognise.",
]  # fmt: skip
SCARE_QUOTES = ["‘lab to launch’", "‘science-led’", "‘democratising sequencing’", "‘sample to answer’",
                "‘patient first’", "‘the $1,000 genome’", "‘data as a moat’"]  # fmt: skip
SCARE_FRAMES = [
    "Firms in this market describe their approach as {Q} {P}.",
    "{B} calls its positioning {Q} {P}.",
    "The idea of {Q} marketing is now common across the sector {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your free {prod} webinar seat is waiting’", "‘New data: read the application note’",
                 "‘Meet us at booth 412’", "“Last chance to register for our genomics summit”",
                 "‘Your quote for {prod} consumables’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the best open rate of the quarter {P}.",
    "{B} sent {Q} to lapsed customers {P}.",
    "The subject line {Q} doubled clicks from {aud} {P}.",
]  # fmt: skip

# Text that looks like a citation and is not one: a tutor would expect none of it in the reference list.
NOT_CITATIONS = {
    "price-genome": ["Talk of $99 for a genome in 2024 changed the conversation with {aud}.",
                     "The headline of $99 for a genome in 2024 was repeated in every sales deck."],
    "price-sequencer": ["A £1,000 sequencer (2023) lowered the barrier for small labs.",
                        "{B} positioned a £1,000 sequencer (2023) against larger benchtop rivals."],
    "price-test": ["Patients paid $4,500 for a test in 2022, which limited uptake.",
                   "At $4,500 for a test in 2022, the panel was sold mainly to insurers."],
    "price-kit": ["The consumer kit sold at £29 a kit (2024) during the Black Friday promotion.",
                  "At £29 a kit (2024), the product competed with high-street wellness tests."],
    "price-therapy": ["A $2.1 million therapy (2019) made outcomes-based pricing a marketing issue.",
                      "Payers reacted sharply to a $2.1 million therapy (2019) and asked for instalments."],
    "product-minion": ["The MinION (2014) made sequencing portable for field researchers.",
                       "Oxford Nanopore's MinION (2014) is still the brand's best-known product."],
    "product-novaseq": ["The NovaSeq X (2022) was launched with a heavy cost-per-genome message.",
                        "{B} answered the NovaSeq X (2022) with its own throughput claims."],
    "product-ozempic": ["Ozempic (2017) became a household name through social media rather than advertising.",
                        "Demand for Ozempic (2017) outstripped supply for two years."],
    "product-wegovy": ["Wegovy (2021) was launched in the UK with a tightly controlled NICE-approved pathway.",
                       "Novo Nordisk's Wegovy (2021) changed how obesity is discussed with GPs."],
    "product-zolgensma": ["Zolgensma (2019) is often quoted as the price point for gene therapy.",
                          "The launch of Zolgensma (2019) set expectations for one-off treatments."],
    "product-hiseq": ["Illumina's HiSeq X (2014) was marketed around the $1,000 genome.",
                      "Labs that bought the HiSeq X (2014) became loyal Illumina accounts."],
    "event-hgp": ["The Human Genome Project's completion (April 2003) is a common opening for genomics campaigns.",
                  "Few buyers remember the Human Genome Project's completion (April 2003) in detail."],
    "event-100k": ["The 100,000 Genomes Project (December 2018) gave Genomics England its public profile.",
                   "Media coverage peaked when the 100,000 Genomes Project (December 2018) reached its target."],
    "event-vaccines": ["The COVID-19 vaccine approvals (December 2020) raised public interest in biotech.",
                       "After the COVID-19 vaccine approvals (December 2020), mRNA became a consumer word."],
    "event-agbt": ["{B} unveiled its roadmap at the AGBT meeting (February 2024).",
                   "Most launches are timed for the AGBT meeting (February {Y3})."],
    "event-dna-day": ["Social content is planned around DNA Day (25 April) each year.",
                      "{B} runs a discount on DNA Day (25 April) for students."],
    "law-hfea": ["Clinics must follow the Human Fertilisation and Embryology Act 2008 in all advertising.",
                 "The Human Fertilisation and Embryology Act 2008 limits what fertility brands can claim."],
    "law-precision-breeding": ["The Genetic Technology (Precision Breeding) Act 2023 opened a new market for agri-biotech.",
                               "Novonesis welcomed the Genetic Technology (Precision Breeding) Act 2023 in its messaging."],
    "law-medicines": ["The Medicines and Medical Devices Act 2021 gave the MHRA new powers.",
                      "Under the Medicines and Medical Devices Act 2021, claims for devices face closer review."],
    "law-ivdr": ["Diagnostics firms spent heavily preparing for the EU IVDR (May 2022).",
                 "The EU IVDR (May 2022) forced {B} to re-certify much of its test menu."],
    "law-tissue": ["Sample collection falls under the Human Tissue Act 2004.",
                   "Biobank marketing must respect the Human Tissue Act 2004 on consent."],
    "law-gdpr": ["Consumer genomics data is special-category data under GDPR (May 2018).",
                 "Email consent was rebuilt when GDPR (May 2018) came into force."],
    "standard-iso13485": ["The site is certified to ISO 13485:2016 for medical devices.",
                          "{B} lists ISO 13485:2016 on every product page."],
    "standard-iso15189": ["The laboratory is accredited to ISO 15189:2022.",
                          "Tenders from NHS trusts ask for ISO 15189:2022 accreditation."],
    "standard-gmp": ["The Basel plant gained GMP certification (2020) before the campaign launched.",
                     "GMP certification (2020) is the first claim in {B}'s CDMO brochure."],
    "standard-ce": ["The assay received CE marking (2019) and was launched across Europe.",
                    "CE marking (2019) allowed sales in Ireland and Denmark."],
    "standard-ukca": ["The kit moved to UKCA marking (2023) for the British market.",
                      "UKCA marking (2023) added cost and delay for small diagnostics firms."],
    "figure-genomes": ["{B} reported 500,000 genomes sequenced in 2023.",
                       "The milestone of 500,000 genomes sequenced in 2023 was used in investor materials."],
    "figure-sector": ["The UK life-sciences industry is a £94.6 billion sector (2022).",
                      "As a £94.6 billion sector (2022), life sciences is a government priority."],
    "figure-customers": ["23andMe claimed 15 million customers (Q2 2024).",
                         "With 15 million customers (Q2 2024), the database is the brand's main asset."],
    "figure-percent": ["Awareness among {aud} rose to {pc}% ({Y3} tracker).",
                       "Webinar attendance grew by {pc}% (n = {n})."],
    "deal-ont-ipo": ["Oxford Nanopore's IPO (October 2021) was the largest London biotech listing in years.",
                     "Investor messaging changed after Oxford Nanopore's IPO (October 2021)."],
    "deal-grail": ["Illumina's purchase of Grail (2021) was later unwound by regulators.",
                   "Customers worried about neutrality after Illumina's purchase of Grail (2021)."],
    "deal-abcam": ["Danaher's takeover of Abcam (December 2023) ended its London and Nasdaq listings.",
                   "The brand was kept after Danaher's takeover of Abcam (December 2023)."],
    "deal-23andme": ["23andMe's SPAC listing (June 2021) valued the firm at $3.5 billion.",
                     "Since 23andMe's SPAC listing (June 2021), its share price has fallen sharply."],
    "deal-novonesis": ["The Novozymes–Chr. Hansen merger (January 2024) created the Novonesis brand.",
                       "After the Novozymes–Chr. Hansen merger (January 2024), two brand architectures had to be combined."],
    "award-obn": ["{B} was shortlisted at the OBN Awards 2023.",
                  "Winning at the OBN Awards 2023 gave the start-up useful credibility."],
    "award-galien": ["The therapy won the Prix Galien 2022.",
                     "{B} mentions the Prix Galien 2022 in its investor deck."],
    "award-scrip": ["The launch team was recognised at the Scrip Awards 2024.",
                    "Entries to the Scrip Awards 2024 closed in {mo}."],
    "award-queens": ["The firm received a Queen's Award for Enterprise (2019) for international trade.",
                     "A Queen's Award for Enterprise (2019) still appears in the email signature."],
    "ticker-ont": ["Oxford Nanopore trades on the London Stock Exchange (LON: ONT).",
                   "The share price of LON: ONT fell after the trading update."],
    "ticker-ilmn": ["Illumina (NASDAQ: ILMN) guided revenue lower for the year.",
                    "Analysts covering NASDAQ: ILMN focus on consumables pull-through."],
    "ticker-me": ["23andMe (NASDAQ: ME) faced a delisting notice.",
                  "Retail investors in NASDAQ: ME were vocal on social media."],
    "ticker-novo": ["Novo Nordisk (CPH: NOVO B) became Europe's most valuable company.",
                    "CPH: NOVO B rose sharply on the Wegovy data."],
    "ticker-lonza": ["Lonza (SWX: LONN) raised its guidance for biologics.",
                     "SWX: LONN is a bellwether for the CDMO market."],
    "ticker-bcyc": ["Bicycle Therapeutics (NASDAQ: BCYC) is listed in the US although based in Cambridge.",
                    "Coverage of NASDAQ: BCYC follows each clinical readout."],
    "title-role": ["Interviews were held with the {role} (Oxford) and two product managers.",
                   "The {role} (EMEA) approved the campaign budget."],
    "title-honour": ["The campaign featured Professor Dame Kay Davies (FRS) in a short film.",
                     "Quotes from the founder, Gordon Sanghera (CEO), opened the annual report.",
                     "The chair, Sir John Bell (GBE), spoke at the launch."],
    "title-obe": ["The charity's chief executive (OBE) opened the patient day.",
                  "Our mentor, a former VP Marketing (OBE), reviewed the plan."],
    "financial-year": ["Marketing spend was cut in FY20{fy} to protect R&D.",
                       "Revenue guidance for FY2024 was revised twice."],
    "half-year": ["Sales of consumables grew in H1 2024.",
                  "The H1 20{fy} results showed weaker academic demand."],
    "quarter": ["Instrument placements slowed in Q3 2023.",
                "The campaign launched in Q{q} 20{fy} to align with budget cycles."],
}  # fmt: skip
