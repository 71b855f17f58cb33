"""The blind131 pool (HELD OUT): marketers in Vietnam and its diaspora writing CIM Level 6 and 7 reports and MBAs.

A hundred-and-thirty-first independent pool, written without reading the checker, its tests or any other pool:
brand, trade, CRM and digital marketers in Hanoi, Ho Chi Minh City, Da Nang, Hai Phong, Can Tho, Nha Trang and Hue,
and in Paris, Orange County, San Jose, Sydney, Berlin and Seoul, at banks and fintechs (Vietcombank, Techcombank,
VPBank, MoMo, ZaloPay, VNPAY), telecoms (Viettel, VNPT, MobiFone), conglomerates (Vingroup, Masan, Sun Group, FPT),
dairy, coffee, beer, seafood, rice, garment and electronics makers, e-commerce platforms, convenience chains,
airlines, media houses and agencies. Its prose carries what such reports carry and no checker was tuned on: decrees,
circulars, laws and decisions as Vietnam numbers them ("Decree No. 13/2023/ND-CP", "Nghị định 13/2023/NĐ-CP",
"Circular 09/2020/TT-NHNN", "Law No. 59/2020/QH14", "Decision 749/QĐ-TTg"), VND, đồng and ₫ with "tỷ" and "triệu",
Tết and the lunar calendar, Mid-Autumn, Women's Day (20/10) and the 9.9 and 11.11 sales, H1/2024 and 9M2023, HOSE
tickers, tax codes, flights, districts and streets named after historical figures, founders, singers and KOLs
with their years, Vietnamese phrases with English in square brackets. HELD OUT: never tune on it; its tables may be
reported, never its misses.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Vietcombank", "Techcombank", "VPBank", "MoMo", "ZaloPay", "VNPAY", "Viettel", "VNPT", "MobiFone",
          "Vingroup", "VinFast", "Masan", "WinMart", "Sun Group", "FPT", "FPT Shop", "Vinamilk", "TH True Milk",
          "Trung Nguyên Legend", "Highlands Coffee", "Phúc Long", "The Coffee House", "Sabeco", "Bia Saigon",
          "Heineken Vietnam", "Vĩnh Hoàn", "Minh Phú", "Lộc Trời", "May 10", "Shopee", "Tiki", "Lazada", "TikTok Shop",
          "Bách Hóa Xanh", "Thế Giới Di Động", "Điện Máy Xanh", "Circle K", "GS25", "Vietnam Airlines", "Vietjet",
          "Bamboo Airways", "Biti's", "Kinh Đô", "Acecook Việt Nam", "Grab", "Be", "Xanh SM", "PNJ", "Cho Tot"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    law_year = rng.randint(2012, 2024)
    session = "13" if law_year < 2016 else "14" if law_year < 2021 else "15"
    return {
        "city": rng.choice(["Hà Nội", "Hanoi", "TP. Hồ Chí Minh", "Ho Chi Minh City", "Sài Gòn", "Đà Nẵng", "Da Nang",
                            "Hải Phòng", "Cần Thơ", "Nha Trang", "Huế", "Bình Dương", "Vũng Tàu"]),
        "abroad": rng.choice(["Westminster, California", "San Jose", "Cabramatta, Sydney", "Bankstown", "Paris 13e",
                              "Berlin-Lichtenberg", "Seoul", "Houston", "Melbourne", "Toronto", "Warsaw"]),
        "no": str(rng.randint(1, 199)), "LY": str(law_year), "QH": session,
        "bn": str(rng.randint(2, 95)), "tr": str(rng.randint(15, 950)), "k": str(rng.randint(15, 95)),
        "fx": f"{rng.randint(23, 25)}.{rng.randint(100, 999)}", "pc": str(rng.randint(3, 78)),
        "mm": str(rng.randint(1, 12)), "dd": str(rng.randint(1, 28)),
        "tk": rng.choice(["VNM", "MWG", "VCB", "TCB", "VPB", "FPT", "MSN", "VIC", "SAB", "HVN", "VJC", "PNJ", "VHC"]),
        "mst": f"0{rng.randint(100000000, 399999999)}",
        "flt": rng.choice(["VN", "VJ", "QH"]) + str(rng.randint(100, 999)),
        "dist": str(rng.randint(1, 12)), "street": rng.choice(["Nguyễn Huệ", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng",
                                                               "Lý Thường Kiệt", "Phạm Ngũ Lão", "Điện Biên Phủ", "Nguyễn Trãi"]),
        "animal": (tet := rng.choice([("Giáp Thìn (Year of the Dragon)", "2024"), ("Quý Mão (Year of the Cat)", "2023"),
                                      ("Ất Tỵ (Year of the Snake)", "2025"), ("Nhâm Dần (Year of the Tiger)", "2022"),
                                      ("Tân Sửu (Year of the Buffalo)", "2021"), ("Canh Tý (Year of the Rat)", "2020")]))[0],
        "ay": tet[1], "RY": (recent := str(rng.randint(2018, 2024))), "RY2": str(int(recent) + 1),
        "eur": f"{rng.randint(25, 29)}.{rng.randint(100, 999)}", "hot": f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        "vb": rng.choice(BRANDS),
        "lunar": rng.choice(["mùng 1 Tết", "mùng 3 Tết", "mùng 6 Tết", "rằm tháng Giêng", "30 Tết"]),
        "vn": rng.choice(["VN", "Viet Nam", "Vietnam"]), "season": str(rng.randint(1, 6)),
        "ver": f"{rng.randint(3, 5)}.{rng.randint(0, 9)}", "hs": rng.choice(["0901", "0306", "1006", "6109", "0402", "8517"]),
        "tcvn": f"TCVN {rng.randint(4000, 13999)}", "kol": rng.choice(["Sơn Tùng M-TP", "Hòa Minzy", "Đen Vâu",
                                                                         "Mỹ Tâm", "Trấn Thành", "Hà Anh Tuấn", "Tóc Tiên"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, at least among urban consumers in {city}.",
    "{N} concluded that {C}, which is directly relevant to {B}.", "{N} showed that {C}, although the sample was drawn only from {city}.",
    "{N} point out that {C}.", "{N} suggests that {C}; this is consistent with {B}'s own experience.",
    "{N} highlighted that {C}, especially during Tết.", "{N} emphasised that {C}.", "{N} states that {C}.",
    "{N} noted that {C} in the Vietnamese market.", "{N} observed that {C}, a finding {B} has not yet acted upon.",
    "{N} reported that {C} after the pandemic.", "{N} recommended that Vietnamese brands should {bs}, since {C}.",
    "{N} also confirmed that {C}.", "{N} explains that {C} (for instance through {T}).",
    "{N} went further and argued that {C} and that {C2}.", "{N} surveyed {n} respondents and found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "This is in line with {N}, who argued that {C}.",
    "{C}, as confirmed by {N}.", "{C} – a point also made by {N}.", "As {N} observed, {C}.",
    "In the Vietnamese context, {N} showed that {C}.", "A study of {city} shoppers by {N} found that {C}.",
    "Research by {N} indicates that {C}.", "Similar to the findings of {N}, {C}.",
    "{B} seems to follow the advice of {N}: {C}.", "{C}; however, {N} found the opposite among {A}.",
    "Data published by {N} show that {C}.", "As stated by {N}, {C}.", "{C}, according to {N}.",
    "For overseas Vietnamese in {abroad}, {N} found that {C}.", "It can be argued, following {N}, that {C}.",
    "In a survey conducted by {N}, {C}.", "Unlike {B}, the firms studied by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Applying {N} framework to {B}, it is clear that {C}.",
    "{O}, {N} findings suggest that {C}.", "{N} research on Vietnamese consumers shows that {C}.",
    "This supports {N} argument that {C}.", "{N} model explains why {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Previous studies show that {C} {P}.", "In Vietnam, {C} {P}.",
    "For {A} in {city}, {C} {P}.", "This matters for {B} because {C} {P}.", "{C}, particularly on mobile {P}.",
    "It is widely recognised that {C} {P:see}.", "Several Vietnamese studies report that {C} {P:e.g.}.",
    "{C} (as shown in Table {q}) {P}.", "{B}’s experience suggests that {C} {P}.", "In short, {C} {P}.",
    "{C}, which explains why {B} invests heavily in {T} {P}.", "Recent GSO and industry data confirm this: {C} {P}.",
    "{C}. {P}", "The main drivers are price, convenience and trust {P}.", "{C} {P:see also}.",
    "This is especially true during Tết, when {C} {P}.", "{C} {P:cf.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should ensure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "{C} {P}: this means that {C2}.", "Studies in Vietnam {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Vietnam trust recommendations from KOLs more than traditional TV advertising",
    "{T} improved {R} by around {pc}% in one trial", "e-wallets such as MoMo have changed how {A} pay for small purchases",
    "Tết campaigns account for a large share of annual FMCG sales", "{B}'s reliance on {T} leaves it exposed if costs rise",
    "live-stream selling on TikTok Shop converts better than banner advertising",
    "Vietnamese consumers remain highly price-sensitive in rural provinces",
    "the middle class in Hanoi and Ho Chi Minh City is growing quickly", "personalised offers increase {R} among {A}",
    "brands that ignore Zalo risk losing older customers", "country of origin still shapes how {A} judge dairy products",
    "the Personal Data Protection Decree has forced banks to rethink consent", "{A} expect the same service online and in store",
    "convenience chains win on location rather than on price", "trust is the main barrier to e-commerce outside the big cities",
    "overseas Vietnamese remain loyal to brands from home", "campaigns built on {T} only drive {R} when the offer is relevant",
    "cash on delivery is still common for first orders", "sustainability claims must be backed by evidence to convince {A}",
    "a clear brand purpose helps firms like {B} to {bs}",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "Moreover", "For example", "In Vietnam", "For {B}", "After the pandemic",
    "In the context of {B}", "From the customer's perspective", "Nevertheless", "As a result", "In {city}",
    "Among overseas Vietnamese", "Regarding digital channels", "On the other hand", "In practice",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Vietnam and now serves customers in all 63 provinces.",
    "This report analyses {B}'s current marketing mix and proposes improvements for the next twelve months.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Facebook fanpage has more than {n}k followers, but engagement is low.",
    "{O}, {C}.", "The recommendations are costed in VND and phased over four quarters.",
    "{B} uses Zalo, Facebook, TikTok and Google Ads, with most of the budget going to paid social.",
    "Customers can buy online, through the app or in store, and cash on delivery is still offered.",
    "A PESTLE and SWOT analysis of {B} can be found in the appendix.",
    "The main competitors are {B} and two smaller local brands.", "Task 2 builds on this analysis with a content plan.",
    "The marketing team is based in {city}, with a small office serving the diaspora in {abroad}.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘chốt đơn’ [close the order]", "“hàng xách tay” [hand-carried goods]", "'sống ảo' [living virtually]",
    "‘Made in Vietnam’", "“Tết là để trở về”", "'người Việt dùng hàng Việt'", "‘super app’", "“cashless society”",
    "‘freeship’", "“săn sale” [sale hunting]",
]  # fmt: skip
SCARE_FRAMES = [
    "Vietnamese sellers call this {Q} {P}.", "{B} describes its approach as {Q} {P}.",
    "Young shoppers talk about {Q} on social media {P}.", "The idea of {Q} is now common in {city} {P}.",
    "So-called {Q} has become part of everyday shopping {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Lì xì may mắn – giảm {pc}% cho đơn đầu tiên’ [Lucky money: {pc}% off your first order]",
    "“Chỉ còn 3 giờ: freeship toàn quốc” [Only 3 hours left: free delivery nationwide]",
    "'Mừng 20/10 – quà tặng cho phái đẹp' [Celebrating 20/10: gifts for her]", "‘9.9 Siêu Sale đã bắt đầu!’",
    "“Your MoMo voucher expires tonight”", "'11.11: your basket is waiting'",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The push notification {Q} lifted opens noticeably {P}.", "{B} sent the message {Q} to lapsed customers {P}.",
    "An email headed {Q} performed best in the test {P}.", "One e-wallet's Zalo message, {Q}, doubled redemptions {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author put it, {Q} {P}.", "{N} put it plainly: {Q}.", "{N} argued that {Q}.",
    "It has been argued that {Q} {P}.", "This is summed up well: {Q} {P}, and {B} has yet to act on it.",
]  # fmt: skip

NOT_CITATIONS = {
    "decree-number": ["Since Decree No. {no}/{LY}/ND-CP took effect, {B} has had to rewrite its consent forms.",
                      "The campaign was checked against Decree No. {no}/{LY}/ND-CP before launch."],
    "decree-vietnamese": ["Nghị định {no}/{LY}/NĐ-CP changed how customer data may be shared with partners.",
                          "Under Nghị định {no}/{LY}/NĐ-CP, consent must be recorded for each purpose."],
    "circular-number": ["eKYC onboarding became possible under Circular {no}/{LY}/TT-NHNN.",
                        "{B} updated its app security to meet Circular {no}/{LY}/TT-NHNN (effective {dd}/{mm}/{LY})."],
    "law-number": ["Law No. {k}/{LY}/QH{QH} applies to every firm registered in Vietnam.",
                   "The new Law on Protection of Consumers' Rights (Law No. 19/2023/QH15) took effect on 1 July 2024."],
    "decision-ttg": ["The national digital transformation programme (Decision No. 749/QĐ-TTg, 3 June 2020) encouraged cashless payment.",
                     "Decision {no}/QĐ-TTg ({RY}) set targets for non-cash payments to 2030."],
    "party-resolution": ["Resolution 57-NQ/TW (22 December 2024) put science and digital transformation at the centre of policy.",
                         "Businesses welcomed Resolution 68-NQ/TW (May 2025) on the private economy."],
    "covid-directive": ["Stores closed under Directive 16/CT-TTg (31 March 2020) and sales moved online.",
                        "During social distancing (Chỉ thị 16, July–September 2021) delivery apps grew rapidly."],
    "tet-lunar-year": ["Sales peaked before Tết {animal} ({ay}).", "The Tết {animal} campaign ran from 15 tháng Chạp until {lunar}."],
    "lunar-date": ["Customers shop heavily before {lunar} (around late January or February).",
                   "Offices close from 28 tháng Chạp until mùng {q} Tết."],
    "mid-autumn": ["Mooncake sales peak before the Mid-Autumn Festival (Tết Trung Thu, rằm tháng Tám).",
                   "{B} launched a lantern-themed pack for Trung Thu ({RY})."],
    "womens-day": ["Flower and cosmetics sales rise around Vietnamese Women's Day (20/10).",
                   "{B} ran a gifting campaign for 20 October and for International Women's Day (8/3)."],
    "double-day": ["Orders on Shopee tripled during the 11.11 sale ({RY}).", "The 9.9 and 12.12 mega sales ({RY}) drove record traffic to {B}."],
    "vnd-amount": ["{B} spent about VND {bn} billion (≈ US${k} million) on media in {RY}.",
                   "A cup of coffee costs around {k}.000 ₫ in {city}.", "Revenue reached {tr} tỷ đồng in H1/{RY}."],
    "exchange-rate": ["All figures are converted at US$1 = VND {fx} ({mm}/{RY}).", "At the time of writing, 1 EUR ≈ {eur} đồng."],
    "period-codes": ["Net profit rose {pc}% in 9M{RY2} compared with 9M{RY}.", "Sales for Q{q}/{RY} were weaker than in H1/{RY}."],
    "stock-ticker": ["{B} is listed on the Ho Chi Minh City Stock Exchange (HOSE: {tk}).",
                     "Shares of Vinamilk (HOSE: VNM) fell after the results for FY{RY}."],
    "tax-code": ["The distributor is registered as Công ty TNHH Phân phối Sao Mai (MST: {mst}).",
                 "Invoices must show the seller's tax code ({mst}) under the e-invoice rules."],
    "legal-form": ["The joint venture (Công ty Cổ phần {B}, established {Y}) has its head office in {city}.",
                   "{B} operates through a local subsidiary ({B} Việt Nam LLC, since {Y})."],
    "founded-org": ["Its closest rival (Vinamilk, founded 1976) still leads the liquid-milk market.",
                    "{B}'s main competitor (Trung Nguyên, est. 1996) built its brand on 'energy coffee'."],
    "founder-person": ["Vingroup's founder Phạm Nhật Vượng (born 1968) is Vietnam's richest man.",
                       "Vietjet was built by Nguyễn Thị Phương Thảo (CEO since 2011)."],
    "historical-figure": ["The flagship store stands on {street} Street, named after a national hero.",
                          "Tourism campaigns in Hue draw on the Nguyễn dynasty (1802–1945).",
                          "The Hồ Chí Minh Mausoleum (opened 1975) is on every Hanoi itinerary."],
    "street-address": ["The new concept store opened at {n} {street}, Quận {dist}, TP.HCM.",
                       "The pop-up was located at {n} {street} (Phường {q}, Quận {dist})."],
    "district": ["Footfall is highest in District {dist} (Quận {dist}) at weekends.",
                 "Delivery is free within Quận 1, Quận 3 and Thủ Đức City."],
    "diaspora-place": ["The brand first sold abroad in Little Saigon ({abroad}).",
                       "Vietnamese grocers in {abroad} (and at Đồng Xuân Center in Berlin) stock the range."],
    "celebrity-kol": ["A TikTok live stream with {kol} ({RY}) sold out in minutes.",
                      "The music video by {kol} passed {n} million views in a week."],
    "tv-show": ["{B} sponsored Rap Việt (season {season}, {RY}).", "The founder pitched on Shark Tank Việt Nam (mùa {season})."],
    "song-campaign": ["The Ghen Cô Vy handwashing song (2020) was shared around the world.",
                      "The 'Tết là để trở về' films became an annual tradition."],
    "survey-sample": ["Most respondents agreed (n = {n}; Hà Nội and TP.HCM).", "The survey ran in {mm}/{RY} (n = {n})."],
    "table-figure": ["Results are summarised below (Bảng {q} / Table {q}).", "Market shares are shown in the chart (Hình {q} – Figure {q})."],
    "percent-change": ["Online sales grew strongly (+{pc}% YoY, Q{q}/{RY}).", "Mobile payments rose sharply ({RY}: +{pc}%)."],
    "vn-date": ["The promotion ended on ngày {dd} tháng {mm} năm {Y}.", "The store reopened ({dd}/{mm}/{Y}) after renovation."],
    "plan-period": ["The bank's strategy (2021–2025, vision to 2030) prioritises digital channels.",
                    "The two-year plan ({RY}–{RY2}) set a target of {pc}% digital revenue."],
    "flight-code": ["The new route ({flt}, {city}–Seoul) launched in {RY}.", "Flight {flt} to Sydney was the first of the season."],
    "hotline-code": ["Customers can call the hotline (1900 {hot}) or dial *{q}{q}# for their balance.",
                     "Text DK to 9{n} to register for the data bundle."],
    "app-version": ["The redesigned wallet ({B} app {ver}) added QR payments.", "Version {ver} of the app introduced eKYC."],
    "hs-code": ["Exports under HS heading {hs} reached record values in {Y}.", "Shrimp and pangasius (HS 0303 and 0306) dominate exports to the EU."],
    "standard-cert": ["Farms are certified to VietGAP ({RY}) and GlobalG.A.P.", "The packaging meets {tcvn}:{Y} and ISO 22000:2018."],
    "award-ranking": ["{B} was named a Thương hiệu Quốc gia [National Brand] ({RY}).",
                      "The bank ranked in the VNR500 list ({RY}) for the fifth year running."],
    "trade-agreement": ["Tariffs on garments fell under the EVFTA (in force since 1 August 2020).",
                        "Since WTO accession (2007) and the CPTPP (2019), foreign brands have entered quickly."],
    "historical-event": ["Private retail grew rapidly after Đổi Mới (1986).", "Relations with the US were normalised (1995) and trade grew."],
    "sports-event": ["{B} sponsored the national team at the SEA Games 31 (Hà Nội, 2022).",
                     "Viewing peaked during the AFF Cup final (2018)."],
    "weather-event": ["Deliveries were delayed by Typhoon Yagi (Bão số 3, September 2024).",
                      "Sales slow in the rainy season (May–October) in the south."],
    "product-model": ["The VinFast VF {q} (launched {RY}) targets first-time car buyers.",
                      "Samsung's Bắc Ninh plant makes the Galaxy S2{q} for export."],
    "price-unit": ["Pangasius traded at {k}.000 đồng/kg ({mm}/{RY}).", "Rice export prices rose to US${tr}/tonne (5% broken)."],
    "ownership-stake": ["SK Group bought a stake in Masan (9.5%, 2018).", "Foreign ownership in banks is capped (30%)."],
    "domain-site": ["Most orders come through the website (thegioididong.com) rather than the app.", "Legal texts were checked on thuvienphapluat.vn ({RY})."],
    "gloss-bracket": ["Many shoppers still prefer chợ truyền thống [traditional wet markets].",
                      "The brand's slogan is Vị ngon trọn vẹn [Complete deliciousness]."],
    "honorific-person": ["Ms Lê Thị Hồng (Head of Marketing, {vb}, {RY}–present) approved the brief.",
                         "Mr Trần Văn Nam (CEO) announced the results at the AGM ({dd}/{mm}/{RY})."],
    "university-course": ["The research was part of a K{q}{q} MBA cohort project at NEU.",
                          "The author studied on the RMIT Vietnam Bachelor of Business (Marketing) in {RY}."],
    "event-expo": ["{B} exhibited at Vietnam Expo {RY} in {city}.", "The agency won gold at the Vietnam Digital Awards ({RY})."],
    "license-plate-region": ["Delivery riders are registered in {city} (plate prefix 29 or 51).",
                             "Region I (Vùng I) has the highest minimum wage ({RY})."],
}  # fmt: skip
