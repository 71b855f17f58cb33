"""The blind266 pool's prose: marketers at tableware, ceramics, glass, cookware and homeware makers and retailers in
the UK, Ireland, Denmark, Germany and France (Wedgwood, Royal Doulton, Portmeirion, Denby, Emma Bridgewater,
Burleigh, Waterford Crystal, Dartington Crystal, Nkuku, Villeroy & Boch, Royal Copenhagen, Georg Jensen, Stelton,
Le Creuset, Staub, Pyrex, Joseph Joseph, ProCook, Lakeland, Dunelm, Habitat, The White Company, Arnotts, Avoca)
writing CIM Level 6 and 7 reports and MBA assignments in English on heritage, luxury, gifting, DTC and wholesale
marketing. Written without reading the checker, its tests or any other pool. HELD OUT: never tune on it.

Fill values of its own: {pr} a price in pounds, {eu} a price in euros, {Y3} a recent year, {mo} a month, {pc} a
percentage's number, {ch} a channel, {fr} a planning model, {rg} a range or pattern.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Wedgwood", "Royal Doulton", "Portmeirion", "Denby", "Emma Bridgewater", "Burleigh", "Waterford Crystal",
          "Dartington Crystal", "Nkuku", "Villeroy & Boch", "Royal Copenhagen", "Georg Jensen", "Stelton", "Le Creuset",
          "Staub", "Pyrex", "Joseph Joseph", "ProCook", "Lakeland", "Dunelm", "Habitat", "The White Company", "Arnotts",
          "Avoca"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, drawn after the common ones."""
    return {
        "pr": rng.choice(["12", "18", "24", "45", "65", "120", "325", "1,200"]),
        "eu": rng.choice(["9.95", "19.95", "34.50", "79", "249"]),
        "Y3": str(rng.randint(2019, 2025)),
        "mo": rng.choice(["January", "February", "March", "May", "September", "October", "November"]),
        "pc": str(rng.randint(4, 72)),
        "ch": rng.choice(["Instagram", "Pinterest", "the wedding list", "wholesale", "the factory shop", "email", "TikTok",
                          "John Lewis concessions", "the brand's own website", "Amazon"]),
        "fr": rng.choice(["Kapferer's prism", "the PESTLE framework", "Porter's five forces", "the 7Ps", "Ansoff's matrix",
                          "SOSTAC", "the brand heritage quotient"]),
        "rg": rng.choice(["Botanic Garden", "Halo", "Polka Dot", "Blue Fluted", "Jasper Conran", "Signature", "Calico",
                          "Lismore", "Wild Strawberry", "Studio Craft"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn from Stoke-on-Trent firms alone.",
    "{N} suggests that {C}, which is highly relevant to {B}.", "{N} concluded that {C}.",
    "{N} observed that {C} among {A}.", "{N} maintains that {C}; {B}'s archive is a case in point.",
    "{N} showed that {C}, particularly in the gifting season.", "{N} notes that {C}.",
    "{N} describes heritage as a resource rather than a burden and argues that {C}.",
    "{N} reported that {C} across the UK, Ireland and Denmark.", "{N} questioned whether {C}.",
    "{N} warns that {C} if a brand leans on its past alone.", "{N} identified that {C}, a point {B} has been slow to act on.",
    "{N} applied {fr} to the tableware sector and found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who argued that {C}.",
    "{C}, as {N} point out.", "As {N} explains, {C}.", "In a study of Danish design brands, {N} found that {C}.",
    "{B}'s experience supports {N}: {C}.", "{C} – a view shared by {N}.", "Research by {N} suggests that {C}.",
    "Following {N}, this report treats {ch} as part of the brand experience, because {C}.",
    "{O}, and as {N} showed, {C}.", "A similar point is made by {N}, who claims that {C}.",
    "The evidence is mixed: {N} found that {C}, whereas others disagree.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Potteries brands shows that {C}.", "{O}, {N} framework suggests that {C}.",
    "{N} analysis of wedding-list data found that {C}.", "Using {N} model, it is clear that {C}.",
    "{N} argument rests on the idea that {C}.", "This reflects {N} finding that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "{C}, especially at Christmas {P}.", "It is widely accepted that {C} {P}.",
    "For {B}, {C} {P}.", "This matters because {C} {P:see}.", "Several studies make the point that {C} {P:e.g.}.",
    "{C}, which is why {B} invests in {ch} {P}.", "Heritage brands trade on provenance, craft and continuity {P}.",
    "Luxury tableware is bought as a gift more often than for the buyer's own table {P}.", "{C} {P:see also}.",
    "In short, {C} {P}.", "{B}'s recent results suggest that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}; however, {C2}.", "Although {C} {P}, {C2}.", "{C} {P}, whereas {C2}.",
    "{O}, {C} {P}, so {C2}.", "Because {C} {P:see}, {B} should make sure that {C2}.",
    "Three things drive gifting – occasion, price and packaging {P} – and {C}.",
]  # fmt: skip
CLAIMS = [
    "heritage cues such as a backstamp raise the price {A} will pay", "{A} buy tableware as a gift more than for themselves",
    "direct-to-consumer sales give makers like {B} better margins than wholesale", "{T} lifts {R} for premium homeware brands",
    "wedding lists are losing ground to cash funds among {A}", "Made in Britain provenance matters more abroad than at home",
    "{B} depends too heavily on department-store concessions", "Scandinavian design is read as a promise of quality",
    "factory-shop discounting can erode a luxury brand's equity", "collectors are a small but loyal segment for {B}",
    "cast-iron cookware is bought once and kept for decades", "Pinterest drives more discovery of tableware than Instagram does",
    "designer collaborations refresh a heritage brand without alienating older customers",
    "the cost-of-living squeeze has pushed {A} towards mid-priced ranges",
    "sustainability claims about glass and ceramics are rarely checked by {A}",
    "brand archives are an under-used marketing asset", "{ch} works best when it tells the story of the maker",
    "{A} expect free personalisation on gift purchases",
]  # fmt: skip
OPENERS = [
    "However", "Furthermore", "In the case of {B}", "For heritage brands", "In the UK gifting market", "By contrast",
    "Since the pandemic", "From a wholesale perspective", "In Denmark", "Turning to DTC", "Nevertheless", "Interestingly",
    "Within the Potteries cluster", "For luxury tableware",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own stores, its website, department-store concessions and selected stockists.",
    "The rest of this section applies {fr} to {B}.", "A SWOT analysis of {B} is included in the appendix.",
    "{B}'s {rg} range remains its best seller.", "{O}, {C}.",
    "The recommendations are costed and phased over eighteen months.",
    "Most of {B}'s wholesale accounts are independent gift shops.",
    "Table 3 compares the main competitors on price, heritage and channel mix.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one design historian puts it, {Q} {P}.", "{B} seems to accept that {Q} {P}.",
    "The point is made plainly: {Q} {P}.", "One study of the Potteries concluded that {Q} {P}.",
    "{O}, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘heritage’", "‘quiet luxury’", "‘Made in Stoke’", "‘hygge’", "‘dupes’", "‘brown furniture’",
                "‘greenwashing’", "'investment piece'", "“maximalism”", "‘tablescaping’", "'granfluencer'"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of trading on {Q} alone {P}.", "So-called {Q} appeals to {A} {P}.",
    "The term {Q} is used loosely by homeware retailers {P}.", "Critics call this {Q}, and {B} is not immune {P}.",
    "Interest in {Q} shows up in search data {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {rg} wish list is waiting’", "‘The gift they'll keep forever’", "“Last orders for Christmas delivery”",
                 "‘Factory seconds: up to 60% off’", "‘Set the table for spring’", "‘Engraving is free this week’",
                 "“Meet the makers behind {rg}”"]  # fmt: skip
SUBJECT_FRAMES = [
    "{B}'s email headed {Q} had the best open rate of the season {P}.", "Subject lines such as {Q} lift opens {P}.",
    "A message like {Q} creates urgency before gifting dates {P}.", "Testing {Q} against a plainer line showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years and names that is no citation.
NOT_CITATIONS = {
    "price-period": ["Mugs sell at £45 a mug in 2024, double the high-street average.",
                     "Le Creuset's signature casserole cost £325 (2023) at full price.",
                     "A dinner plate sold for €{eu} a plate in 2022 in German department stores.",
                     "A twelve-piece set was priced at £1,200 a dinner service (2024).",
                     "Royal Copenhagen charged DKK 650 a cup (2023) in Copenhagen."],
    "price-year": ["{B} raised the price of its {rg} mug to £{pr} ({Y3}).", "A starter set now costs £{pr} (autumn {Y3}).",
                   "Engraving costs £{pr} per piece (from {mo} {Y3})."],
    "range-launch": ["Wedgwood's Jasperware (1775) is still its signature.", "Portmeirion's Botanic Garden (1972) remains its best seller.",
                     "Denby's Halo range (2019) was aimed at younger buyers.", "The Emma Bridgewater Polka Dot (1985) started as a single mug."],
    "colour-launch": ["Le Creuset's Volcanic orange (1925) is still its signature colour.",
                      "Royal Copenhagen's Blue Fluted (1775) is hand-painted in Glostrup.",
                      "Stelton's EM77 vacuum jug (1977) became a design icon."],
    "collaboration-year": ["The Jasper Conran at Wedgwood collection (2001) opened the brand to a new audience.",
                           "{B}'s capsule with a textile designer ({mo} {Y3}) sold out in a week.",
                           "The Kit Kemp collaboration with Spode (2020) shows the model at work."],
    "trade-fair": ["{B} launched its range at Top Drawer (January 2024).", "The brand exhibited at Ambiente Frankfurt (February 2023).",
                   "Buyers met the team at Maison&Objet (September 2023) in Paris."],
    "craft-event": ["The British Ceramics Biennial (September 2023) drew visitors to Stoke-on-Trent.",
                    "{B} ran workshops during London Craft Week (May 2024).", "Open studios were held during 3daysofdesign (June 2024) in Copenhagen."],
    "gifting-date": ["Sales peaked before Mother's Day (10 March 2024).", "Black Friday (24 November 2023) accounted for {pc}% of November orders.",
                     "Orders surged before Valentine's Day (14 February {Y3})."],
    "season-year": ["The Christmas trading period (November–December {Y3}) brought in most of the year's profit.",
                    "Wedding season (May–September {Y3}) drives gift-list sales.", "Sales dipped in the January sale (2024) as discounting deepened."],
    "food-contact-law": ["Glazes must meet the Materials and Articles in Contact with Food (England) Regulations 2012.",
                         "Across the EU, Regulation (EC) No 1935/2004 covers any article that touches food.",
                         "Lead and cadmium release is limited under Council Directive 84/500/EEC."],
    "safety-law": ["Faulty products fall under the Consumer Protection Act 1987.", "The General Product Safety Regulations 2005 apply to kitchenware.",
                   "The EU General Product Safety Regulation (2023/988) took effect in December 2024."],
    "design-law": ["Patterns are protected under the Registered Designs Act 1949.", "Shapes may also qualify under the Copyright, Designs and Patents Act 1988.",
                   "Counterfeits can be pursued under the Trade Marks Act 1994."],
    "trade-rule": ["The EU's anti-dumping duties on Chinese ceramics (2013) protected European makers.",
                   "Tariffs on imported tableware changed after the UK Global Tariff (January 2021).",
                   "Rules of origin under the Trade and Cooperation Agreement (December 2020) complicated exports."],
    "data-law-date": ["Email sign-ups fell after GDPR (May 2018) came into force.", "Cookie consent was tightened under PECR (2003, amended 2011)."],
    "royal-warrant": ["{B} has held the Royal Warrant (1955) for decades.", "The Royal Warrant of Appointment (since 1953) appears on every box.",
                      "Its backstamp carries the Royal Warrant (granted {Y})."],
    "origin-mark": ["Its mugs carry the Made in Britain mark (2011).", "Pieces bear the Made in Staffordshire backstamp (since 2018).",
                    "The Guaranteed Irish mark (1974) is printed on {B}'s packaging."],
    "hallmark": ["Silver pieces carry the Hallmark (2019) of the Sheffield Assay Office.", "Each Georg Jensen spoon carries the sterling hallmark (925)."],
    "standard-year": ["Dishwasher safety is tested to BS EN 12875 (2005).", "Glazes are tested to BS EN 1388 (1996).",
                      "The factory is certified to ISO 14001 (2015)."],
    "food-award": ["Its jam jar won a Great Taste award 2023 as part of a gift hamper.", "The hamper won Gold at the Great Taste Awards (2022)."],
    "market-size": ["Analysts describe a £2.1 billion UK tableware market (2023), with mugs the largest category.",
                    "Britons buy 35 million mugs a year (2022), most of them imported.", "The market grew {pc}% in value ({Y3})."],
    "jobs-figure": ["Ceramics still supports 1,500 jobs in Stoke-on-Trent (2024).", "The factory employs {n} people (FY2024).",
                    "Around {n} potters work in the city ({Y3} estimate)."],
    "units-sold": ["{B} sold {n},000 pieces of {rg} ({Y3}).", "Over {n} million Pyrex dishes have been sold since launch (1915)."],
    "acquisition-year": ["Fiskars' purchase of WWRD (2015) brought Wedgwood and Waterford together.",
                         "Portmeirion's purchase of Wax Lyrical (2016) took it into home fragrance.",
                         "Portmeirion bought Spode and Royal Worcester (2009) out of administration."],
    "ipo-date": ["ProCook's IPO (October 2021) valued the firm at £{n}m.", "Dunelm floated on the stock market (October 2006)."],
    "takeover": ["Villeroy & Boch's takeover of Ideal Standard (2023) doubled its size.",
                 "The merger of Royal Doulton into WWRD (2005) ended its independence."],
    "administration": ["Waterford Wedgwood went into administration (January 2009).", "Habitat's UK stores closed (2011) before Sainsbury's bought the brand."],
    "trade-award": ["The brand was shortlisted at the Drapers Awards 2023.", "{B} won Omnichannel Retailer of the Year at the Retail Week Awards 2022.",
                    "The team collected a Gift of the Year award ({Y3})."],
    "design-award": ["The new teapot won a Red Dot Award 2024.", "Stelton's jug won the ID Prize (1977).", "The range took an iF Design Award (2023)."],
    "business-award": ["{B} received a Queen's Award for Enterprise (2021).", "Its export drive won a King's Award for Enterprise (2024)."],
    "ticker": ["Portmeirion is listed on AIM (LON: PMP).", "ProCook trades on the main market (LON: PROC).",
               "Dunelm's shares (LON: DNLM) rose after the results.", "Fiskars (HEL: FSKRS) owns Wedgwood and Royal Copenhagen.",
               "Villeroy & Boch's preference shares (ETR: VIB3) are traded in Frankfurt."],
    "job-title": ["The Chief Marketing Officer (CMO) reports to the board.", "{B}'s Head of Brand (since {Y3}) led the relaunch.",
                  "The creative director (appointed {mo} {Y3}) rebuilt the archive team.", "A master potter (trained 1986) throws every prototype."],
    "honour": ["Emma Bridgewater (CBE) still designs patterns.", "The founder was made an OBE (2013) for services to industry.",
               "Its chairman (MBE, {Y}) is a former potter."],
    "ceo-tenure": ["The CEO (2016–2023) moved production back to Stoke.", "Its chief executive (from {mo} {Y3}) cut wholesale accounts."],
    "financial-year": ["Revenue reached £{n}m in FY2024.", "Margins improved (FY2023: {pc}%).", "Online sales grew in FY{Y3}/{Y2}."],
    "half-year": ["Sales fell in H1 2024 as consumers cut back.", "Trading improved (H2 {Y3}) after the price cuts."],
    "quarter": ["Online orders rose in Q3 2023.", "Wholesale orders slowed (Q{q} {Y3})."],
    "founding-date": ["Josiah Wedgwood founded the firm (1759) in Burslem.", "Denby (est. 1809) still fires in Derbyshire.",
                      "Royal Copenhagen (founded 1775) is one of the oldest porcelain makers."],
    "factory-date": ["{B}'s factory shop (opened {Y}) draws coach parties.", "The Middleport Pottery (built 1888) is now a visitor centre.",
                     "The World of Wedgwood (2015) combines a museum, a café and a factory tour."],
    "exhibition": ["The V&A's ceramics galleries (reopened 2009) show Wedgwood's history.",
                   "The Potteries Museum's Staffordshire Hoard display (since 2014) draws families."],
    "store-opening": ["{B} opened a flagship store on Regent Street ({mo} {Y3}).", "The Copenhagen flagship (Amagertorv, 1911) is still trading."],
    "survey-figure": ["Most customers preferred bundled gifts (n = {n}).", "Interviews were held with {q} buyers ({mo} {Y3})."],
    "cross-reference": ["The persona (Appendix {q}) is based on five interviews.", "See Table {q} (Section 3.{q}) for costs.",
                        "The competitor map (Figure {q}) shows price against heritage."],
    "handle": ["{B} answers complaints on Instagram (@customercare) within a day.", "The hashtag (#MadeInStoke) trended during the Biennial."],
    "abbreviation": ["The direct-to-consumer (DTC) channel now leads growth.", "Recommended retail price (RRP) is set by the brand.",
                     "Average order value (AOV) rose after free engraving was added.", "Stock-keeping units (SKUs) were cut by a third."],
    "pattern-number": ["The pattern (No. {n}) was reissued for the anniversary.", "The Willow pattern (c. 1790) is still a best seller."],
    "capacity-spec": ["The casserole holds 4.2 litres (24 cm).", "The mug holds 400 ml (0.4 l) and is microwave safe.",
                      "Firing runs at 1,200°C (bisque) and 1,080°C (glaze)."],
    "exchange-rate": ["Sales in Denmark were converted at DKK 8.6 to £1 (2023 average).", "Prices in euros were converted at €1.17 to £1 (December {Y3})."],
    "anniversary": ["The brand celebrated its 250th anniversary (2009).", "Royal Copenhagen marked its 250th anniversary (2025)."],
    "fairtrade-mark": ["The gift range carries the FAIRTRADE Mark (since 2019).", "The cotton tea towels carry the GOTS label (2022)."],
}  # fmt: skip
