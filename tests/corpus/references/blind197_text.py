"""The "blind197" pool's prose (HELD OUT): marketers in Vietnam and its diaspora writing CIM reports and MBAs.

Written without reading the checker, its tests or any other pool, from how candidates in Hà Nội, Thành phố Hồ Chí
Minh (Saigon), Đà Nẵng, Hải Phòng, Cần Thơ and Huế, and in Little Saigon, San Jose, Houston, Cabramatta, Melbourne,
Paris, Berlin, Warsaw, Prague, Tokyo, Seoul and Taipei write about banks and e-wallets, telcos, retailers and
platforms, dairy, noodle, coffee and beer brands, airlines and agencies: British spelling learnt from CIM centres
and RMIT beside American spelling from diaspora MBAs, Vietnamese words glossed in brackets, đồng written VND, ₫,
đ, "tỷ đồng" and "nghìn tỷ" with stops as thousands separators and decimal commas, laws and decrees with their
numbers (Nghị định 13/2023/NĐ-CP, Law No. 16/2012/QH13), Tết and the lunar calendar beside Gregorian dates, 11.11
and 12.12, tickers, tax codes and hotlines, founders, celebrities and campaigns with years: none of which is a
citation. HELD OUT: never tune the checker on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Vinamilk", "TH true MILK", "Masan Consumer", "Chin-su", "Omachi", "Hảo Hảo", "Trung Nguyên Legend",
          "Highlands Coffee", "Phúc Long", "The Coffee House", "Cộng Cà Phê", "Sabeco", "Bia Saigon", "Habeco",
          "Heineken Vietnam", "Kinh Đô", "Bibica", "Vissan", "Kido", "Vietcombank", "VietinBank", "BIDV", "Agribank",
          "Techcombank", "VPBank", "MB Bank", "ACB", "TPBank", "Sacombank", "MoMo", "ZaloPay", "VNPay", "ShopeePay",
          "Timo", "Cake by VPBank", "Viettel", "VinaPhone", "MobiFone", "FPT Telecom", "Thế Giới Di Động",
          "Điện Máy Xanh", "Bách Hóa Xanh", "WinMart", "Co.opmart", "GO!", "AEON Việt Nam", "Circle K", "Shopee",
          "Lazada", "Tiki", "TikTok Shop", "Sendo", "Grab", "Be", "Xanh SM", "Lotte Mart", "VinFast",
          "Vietnam Airlines", "Vietjet Air", "Bamboo Airways", "FPT Shop", "Vinpearl", "PNJ", "Biti's", "Canifa",
          "Yody", "Coolmate"]  # fmt: skip

_CITIES = ["Hà Nội", "Hanoi", "TP.HCM", "Ho Chi Minh City", "Saigon", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế",
           "Nha Trang", "Biên Hòa", "Bình Dương", "Vũng Tàu"]  # fmt: skip
_DIASPORA = ["Little Saigon (Westminster, CA 92683)", "San Jose's Grand Century Mall", "Bellaire Boulevard in Houston",
             "Cabramatta", "Footscray in Melbourne", "the 13th arrondissement of Paris", "Dong Xuan Center in Berlin",
             "Sapa market in Prague", "Marywilska 44 in Warsaw", "Ikebukuro in Tokyo", "Ansan near Seoul", "Taoyuan near Taipei"]  # fmt: skip
_ANIMALS = [("Canh Tý", 2020), ("Tân Sửu", 2021), ("Nhâm Dần", 2022), ("Quý Mão", 2023), ("Giáp Thìn", 2024),
            ("Ất Tỵ", 2025), ("Kỷ Hợi", 2019), ("Mậu Tuất", 2018)]  # fmt: skip
_TET_DAYS = {2018: "16 February 2018", 2019: "5 February 2019", 2020: "25 January 2020", 2021: "12 February 2021",
             2022: "1 February 2022", 2023: "22 January 2023", 2024: "10 February 2024", 2025: "29 January 2025"}  # fmt: skip
_DECREES = ["Nghị định 13/2023/NĐ-CP", "Decree 13/2023/ND-CP", "Nghị định 91/2020/NĐ-CP", "Decree 91/2020/ND-CP",
            "Thông tư 09/2023/TT-BCT", "Circular 09/2023/TT-BCT", "Nghị định 52/2013/NĐ-CP", "Decree 85/2021/ND-CP",
            "Decree 38/2021/ND-CP", "Thông tư 16/2020/TT-NHNN", "Nghị định 70/2024/NĐ-CP"]  # fmt: skip
_LAWS = ["Luật Bảo vệ quyền lợi người tiêu dùng 2023 (Law No. 19/2023/QH15)", "Luật Quảng cáo 2012 (Law No. 16/2012/QH13)",
         "the Law on Cybersecurity 2018 (Law No. 24/2018/QH14)", "the Competition Law 2018 (Law No. 23/2018/QH14)",
         "Luật Giao dịch điện tử 2023 (Law No. 20/2023/QH15)", "the Law on Consumer Rights Protection 2023"]  # fmt: skip
_TICKERS = ["HOSE: VNM", "HOSE: MWG", "HOSE: MSN", "HOSE: VCB", "HOSE: TCB", "HOSE: FPT", "HOSE: SAB", "HOSE: VJC",
            "HOSE: PNJ", "HOSE: VIC", "HNX: SHS", "UPCoM: ACV", "Nasdaq: VFS", "mã CK: VNM"]  # fmt: skip
_FOUNDERS = ["Mr Phạm Nhật Vượng (born 1968), chairman of Vingroup", "Ms Mai Kiều Liên (born 1953), Vinamilk's long-serving CEO",
             "Mr Trương Gia Bình (born 1956), FPT's founder", "Ms Nguyễn Thị Phương Thảo (born 1970), Vietjet's chairwoman",
             "Mr Đặng Lê Nguyên Vũ (born 1971), founder of Trung Nguyên", "Mr Nguyễn Đăng Quang (born 1963), chairman of Masan Group",
             "Mr Nguyễn Đức Tài (born 1969), chairman of Mobile World", "Mr David Thái (born 1973), founder of Highlands Coffee",
             "Ms Thái Hương (born 1958), founder of TH Group", "Mr Vưu Khải Thành (1947–2024), founder of Biti's"]  # fmt: skip
_CELEBS = ["Sơn Tùng M-TP", "Mỹ Tâm", "Đen Vâu", "Hòa Minzy", "Trấn Thành", "HIEUTHUHAI", "Hoàng Thùy Linh",
           "Ninh Dương Lan Ngọc", "Châu Bùi", "Quang Hải", "Jack", "Tóc Tiên"]  # fmt: skip
_PRODUCTS = ["VinFast VF 3", "VinFast VF 8", "Omachi Xốt Bò Hầm", "Chin-su Tỏi Ớt", "Hảo Hảo Tôm Chua Cay",
             "Vinamilk Green Farm", "Bia Saigon Special", "Bia Hà Nội Nhãn Xanh", "G7 3in1", "Biti's Hunter Street",
             "Techcombank Visa Eco", "MoMo Ví Trả Sau", "Phindi Hạnh Nhân", "Trà Xanh Không Độ"]  # fmt: skip
_AWARDS = ["Effie Vietnam", "WeChoice Awards", "Vietnam Digital Awards", "Hàng Việt Nam chất lượng cao",
           "Thương hiệu Quốc gia", "Top 10 Thương hiệu mạnh Việt Nam", "Asia Pacific Stevie Awards",
           "Better Choice Awards", "Kantar Brand Footprint"]  # fmt: skip
_UNIS = ["NEU", "FTU", "UEH", "RMIT Vietnam", "Fulbright", "VNU-HCM", "Banking Academy", "Đại học Thương mại"]
_COURSES = ["MKT3012", "MKTG1205", "BUS2203", "MAR6038", "QTKD502", "CIM 7DMS", "MKT4101"]
_HOTLINES = ["1900 545 413", "1800 599 920", "1900 1755", "028 3827 1234", "024 3934 5678", "*333#", "1900 54 54 41"]
_TV = ["VTV3", "HTV7", "VTV1", "HTV2", "THVL1", "VTV Cab", "FPT Play"]
_CAMPAIGNS = ["Đi để trở về", "Tết là để trở về", "Bật nắp, sẵn sàng bùng nổ", "Vươn cao Việt Nam",
              "Mẹ ơi, con về", "Tết này con có về không?", "Gửi yêu thương từ Vinamilk", "Cùng con yêu Việt Nam"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values that only this pool's frames use."""
    animal, animal_year = rng.choice(_ANIMALS)
    amount = rng.randint(1, 98)
    return {
        "CITY": rng.choice(_CITIES), "CITY2": rng.choice(_CITIES), "DIASPORA": rng.choice(_DIASPORA),
        "ANIMAL": animal, "AY": str(animal_year), "TET": _TET_DAYS[animal_year], "DECREE": rng.choice(_DECREES),
        "LAW": rng.choice(_LAWS), "TICKER": rng.choice(_TICKERS), "FOUNDER": rng.choice(_FOUNDERS),
        "CELEB": rng.choice(_CELEBS), "PRODUCT": rng.choice(_PRODUCTS), "AWARD": rng.choice(_AWARDS),
        "UNI": rng.choice(_UNIS), "COURSE": rng.choice(_COURSES), "HOTLINE": rng.choice(_HOTLINES),
        "TV": rng.choice(_TV), "CAMPAIGN": rng.choice(_CAMPAIGNS),
        "VND": rng.choice([f"{amount}.{rng.randint(100, 999)}.000 đồng", f"₫{amount}.{rng.randint(100, 999)}.000.000", f"{amount}.500.000.000đ",
                           f"VND {amount},{rng.randint(1, 9)} tỷ", f"{amount}.{rng.randint(100, 999)} tỷ đồng",
                           f"{amount},{rng.randint(1, 9)} nghìn tỷ đồng", f"{rng.randint(100, 950)} triệu đồng"]),
        "PCT": f"{rng.randint(1, 60)},{rng.randint(1, 99):02d}%", "RATE": f"{rng.randint(23, 26)}.{rng.randint(100, 990)}",
        "MST": f"0{rng.randint(100000000, 399999999)}", "BIGVND": f"{rng.randint(1, 99)}.{rng.randint(100, 999)} tỷ đồng",
        "PRICE": rng.choice([f"{rng.randint(19, 99)}.000đ", f"₫{rng.randint(25, 499)}.000", f"{rng.randint(30, 95)} nghìn đồng", f"VND {rng.randint(45, 350)}.000"]), "KC": f"K{rng.randint(40, 49)}", "ROOM": str(rng.randint(1, 12)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, at least among urban shoppers in {CITY}.",
    "{N} concluded that {C}.", "{N} points out that {C}, which is very relevant for {B}.",
    "{N} suggested that {C}; {B}'s own Tết results seem to confirm this.", "{N} highlights that {C}.",
    "{N} showed that {C}, especially for {A}.", "{N} state that {C}.", "{N} notes that {C} in Vietnam.",
    "{N} found, in a survey of shoppers in {CITY} and {CITY2}, that {C}.",
    "{N} went further and argued that {C} and that {C2}.", "{N} claims that {C} – a point {B} should take seriously.",
    "{N} describe {T} as the cheapest way to reach {A} and show that {C}.", "{N} questioned whether {C}.",
    "{N} observed that, since the pandemic, {C}.", "{N} emphasised that {C} (for example through Zalo OA and TikTok).",
    "{N} reported that {C} among the Vietnamese community in {DIASPORA}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of e-wallet users in {CITY}, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "{B} is a clear example: {N} showed that {C}.",
    "Research by {N} indicates {C}.", "According to {N}, {C}.", "A survey conducted by {N} found that {C}.",
    "{C}, as {N} observed in their review of {T}.", "Following {N}, it can be argued that {C}.",
    "Both {B} and its local rivals use {T}, and {N} found that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "When {B} relaunched its app before Tết, it seemed to follow {N}: {C}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "Data published by {N} show that {C}.", "In the words of {N}, {C}.", "{C}, according to {N}.",
    "Unlike {B}, which relies on {T}, the brands studied by {N} found that {C}.",
    "For Vietnamese-American shoppers, {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Applying {N} framework to {B}, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could use {N} model, since {C}.", "According to {N} survey, {C}.",
    "{N} findings matter here because {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Studies in Vietnam show that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially in {CITY} {P}.",
    "It is often claimed that {C} {P:see}.", "Several local studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "{B}’s results suggest {C} {P}.", "In short, {C} {P}.",
    "{C}, which explains why {B} invests in {T} {P}.", "Put simply: {C} {P}.", "Recent Vietnamese data confirm this – {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
    "{C}, as several studies from NEU and UEH show {P:for example,}.",
    "During Tết the effect is stronger: {C} {P}.", "{C}, both in Vietnam and in the diaspora {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust recommendations from KOCs more than paid TV spots", "{T} lifted {R} by around {q}0% during the Tết season",
    "{B}'s dependence on {T} leaves it exposed when platform fees rise", "cash is still king outside {CITY}",
    "QR payments have made e-wallets part of daily life for {A}", "Vietnamese consumers buy on Shopee but check prices on Facebook groups",
    "livestream selling converts better than banner advertising", "{A} expect brands to answer on Zalo within minutes",
    "Tết advertising works best when it tells a story about family and coming home",
    "price promotions during 11.11 and 12.12 train {A} to wait for discounts",
    "brand trust matters more than price for infant formula and fresh milk",
    "the diaspora still buys familiar brands such as {B} when they are sold abroad",
    "local coffee chains compete on space and experience rather than on price",
    "personal data rules have made banks more careful with SMS marketing",
    "{T} only improves {R} when the offer suits provincial as well as urban shoppers",
    "Gen Z in Vietnam switches banks for a better app rather than a better rate",
    "organisations such as {B} need to {bs} to stay ahead of foreign rivals",
    "modern trade is growing, but traditional markets and tạp hóa shops still dominate",
    "nationalistic pride helps domestic brands like {B} against imports",
    "around {q} in 10 {A} have paid with an e-wallet in the past month",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Vietnam", "For {B}'s marketing team",
    "Since Covid-19", "In the context of {B}", "From the customer's point of view", "Nevertheless", "As a result",
    "In the FMCG sector", "Looking at {B}'s competitors", "Overall", "In terms of digital channels",
    "Outside the big cities", "Among overseas Vietnamese", "Before Tết each year",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Vietnam and now also sells in {DIASPORA}.",
    "This section analyses {B}'s current digital channels and makes recommendations.",
    "The table below summarises the KPIs for each channel (see Appendix {q}).",
    "{B}'s Facebook fanpage has over {n}k followers, but engagement is low.",
    "The recommendations are costed in VND and phased over twelve months.", "{O}, {C}.",
    "{B} uses Google Ads, Meta, TikTok and Zalo Ads, with most of its budget on social.",
    "Customers can buy online, through the app, on Shopee Mall or in store.",
    "A SWOT and PESTLE analysis of {B} is included in the appendix.",
    "The main competitors are {B} and two smaller local brands.",
    "Task 2 builds on this by proposing a content calendar around Tết, 30/4 and 2/9.",
    "I interviewed three store managers in {CITY} for this part of the report.",
]  # fmt: skip

NOT_CITATIONS = {
    "decree-number": [
        "{B} rewrote its consent pop-ups to comply with {DECREE}.",
        "Since {DECREE} took effect, every marketing SMS needs a registered brandname.",
        "The legal team checked the campaign against {DECREE} before launch.",
    ],
    "decree-bilingual": [
        "Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân [Decree 13/2023/ND-CP on personal data protection] applies to every CRM list {B} holds.",
        "Nghị định 91/2020/NĐ-CP về chống tin nhắn rác [Decree 91/2020/ND-CP on spam] limits promotional calls to between 8:00 and 17:00.",
    ],
    "law-with-number": [
        "Claims such as “best” or “number one” are restricted by {LAW}.",
        "{B} must register its advertising content under {LAW}.",
        "Influencer posts count as advertising under {LAW}, so disclosure is required.",
    ],
    "circular-code": [
        "Live-selling platforms now have to verify sellers under Thông tư 09/2023/TT-BCT (Circular 09/2023/TT-BCT).",
        "Opening an account by eKYC has been possible since Circular 16/2020/TT-NHNN (effective 5 March 2021).",
    ],
    "resolution-code": [
        "Digital transformation is a national priority (Resolution 57-NQ/TW, December 2024).",
        "The cashless-payment plan (Decision 1813/QĐ-TTg, {Y}) set targets for banks and wallets.",
    ],
    "covid-directive": [
        "Footfall collapsed during the social distancing order (Chỉ thị 16/CT-TTg, April 2020).",
        "Delivery apps boomed in {CITY} under Directive 16 (July–September 2021).",
    ],
    "lunar-date": [
        "Orders peak between 23 tháng Chạp (Ông Công Ông Táo) and mùng 1 Tết.",
        "The store reopened on mùng 6 Tết, later than its rivals.",
        "Sales of gift boxes fall sharply after Rằm tháng Giêng (the first full moon).",
    ],
    "tet-year": [
        "The brand's Tết {ANIMAL} ({AY}) film was its most watched yet.",
        "{B} launched limited cans for the Year of {ANIMAL} ({AY}).",
        "Packaging for Tết {ANIMAL} {AY} used red and gold throughout.",
    ],
    "tet-gregorian": [
        "Mùng 1 Tết fell on {TET}, so the campaign began three weeks earlier.",
        "Tết Nguyên Đán ({TET}) is the single biggest sales moment of the year.",
    ],
    "mid-autumn": [
        "Mooncake sales are concentrated before Tết Trung Thu (15/8 âm lịch).",
        "{B}'s Mid-Autumn Festival boxes (Rằm tháng Tám) sold out in {CITY}.",
    ],
    "womens-days": [
        "Flower and cosmetics sales jump before Vietnamese Women's Day (20/10).",
        "{B} ran a promotion for International Women's Day (8/3) and another on 20 October.",
    ],
    "national-holidays": [
        "The long weekend (30/4 – 1/5) is the peak season for Vietjet and Vinpearl.",
        "Flag-themed posts around National Day (2/9) drew high engagement.",
        "Domestic travel booms over Reunification Day (30 April) and Labour Day.",
    ],
    "mega-sales": [
        "Shopee's double-day sales (9.9, 10.10, 11.11 and 12.12) now drive a third of GMV.",
        "{B} sold {n}k units in the first two hours of the 12.12 sale.",
        "Black Friday (the fourth Friday of November) matters less in Vietnam than 11.11.",
    ],
    "vnd-amount": [
        "A bowl of phở in {CITY} costs around {PRICE}.",
        "{B} reported revenue of {BIGVND} for the year.",
        "The campaign budget was {VND} (about US$ {q}{d}0.000).",
    ],
    "exchange-rate": [
        "All figures are converted at US$1 = {RATE} ₫ (Vietcombank selling rate).",
        "At roughly {RATE} đồng to the dollar, the price is under US$2.",
    ],
    "decimal-comma": [
        "Retail sales grew by {PCT} year on year, according to the GSO's monthly release.",
        "{B}'s market share reached {PCT} in {CITY}.",
        "Inflation was kept at {PCT}, below the National Assembly's target.",
    ],
    "stock-ticker": [
        "{B} ({TICKER}) has outperformed the VN-Index since {Y}.",
        "Shares of the group ({TICKER}) fell after the results.",
    ],
    "tax-code": [
        "The company is registered in {CITY} (MST: {MST}).",
        "Invoices show the seller's tax code (mã số thuế {MST}).",
    ],
    "hotline": [
        "Customers can call the hotline ({HOTLINE}) at any time.",
        "Complaints go to the bank's call centre ({HOTLINE}) or to Zalo OA.",
    ],
    "street-address": [
        "The flagship store (72 Lê Thánh Tôn, Phường Bến Nghé, Quận 1) opened in {Y}.",
        "The pop-up was held at Phố đi bộ Nguyễn Huệ (Quận 1, TP.HCM).",
        "The concept store (số {n} Phố Huế, Hai Bà Trưng, Hà Nội) targets office workers.",
    ],
    "legal-form": [
        "Vinamilk's legal name (Công ty Cổ phần Sữa Việt Nam, a JSC) is rarely used in adverts.",
        "The distributor is a single-member company (Công ty TNHH MTV) owned by the group.",
        "Saigon Co.op (Liên hiệp Hợp tác xã Thương mại TP.HCM) is a cooperative, not a CTCP.",
    ],
    "founder-born": [
        "{FOUNDER}, is often seen as the face of the brand.",
        "The brand's own documentary tells the story of {FOUNDER}.",
    ],
    "founding-year": [
        "{B} (founded {Y}) now sells in every province.",
        "Vinamilk, founded in 1976 as Công ty Sữa – Cà phê Miền Nam, became a JSC in 2003.",
        "Sabeco (est. 1875) still brews Bia Saigon in Nguyễn Chí Thanh Street.",
    ],
    "org-bracket-year": [
        "Market leaders (Vingroup, Masan, Mobile World in {Y}) all launched loyalty apps.",
        "Rivals (MoMo, ZaloPay, ShopeePay; Q{q} {Y}) cut their transfer fees to zero.",
        "The big three telcos (Viettel, VinaPhone, MobiFone – {Y} data) hold over 90% of subscriptions.",
    ],
    "product-model": [
        "The {PRODUCT} ({Y} launch) was aimed at younger buyers.",
        "Sales of {PRODUCT} rose after the price cut.",
        "The VinFast VF 3 (2024) and VF 5 Plus compete with petrol scooters on running cost.",
    ],
    "celebrity-campaign": [
        "{CELEB}'s collaboration with {B} ({Y}) reached millions of views in a week.",
        "The music video with {CELEB} (released {d}/{q}/{Y}) became a trending topic.",
    ],
    "tvc-slogan": [
        "{B}'s campaign “{CAMPAIGN}” ({Y}) is still quoted by students.",
        "The film '{CAMPAIGN}' won a Gold at {AWARD} ({Y}).",
    ],
    "awards": [
        "{B} was named in {AWARD} {Y}.",
        "The agency collected three trophies at {AWARD} ({Y}).",
        "Products labelled “{AWARD}” ({Y}) enjoy higher trust.",
    ],
    "brand-ranking": [
        "{B} ranked {q} in Kantar's Brand Footprint ({Y} edition) for urban Vietnam.",
        "The bank moved up to number {q} in the Brand Finance Banking 500 ({Y}).",
    ],
    "university-course": [
        "This report was written for module {COURSE} ({UNI}, semester {q}).",
        "Students in the {KC} cohort ({UNI}) tested the survey first.",
    ],
    "survey-sample": [
        "Most respondents agreed (n = {n}, {CITY} and {CITY2}).",
        "The questionnaire was piloted on Zalo (n = {n}; {d}/{q}/{Y}).",
        "Half of those surveyed in {DIASPORA} preferred Vietnamese brands (n = {n}).",
    ],
    "figure-table": [
        "Sales by region are shown below (Bảng {q} / Table {q}).",
        "The customer journey is mapped in the appendix (Hình {q}, Figure {q}).",
    ],
    "quarter": [
        "Online revenue grew quickly (Q{q}/{Y}).",
        "Margins fell in the last quarter (quý {q} năm {Y}).",
    ],
    "plan-period": [
        "The national e-commerce master plan (giai đoạn 2021–2025) set a target of 55% of consumers buying online.",
        "{B}'s strategy (2021–2030, vision to 2045) mirrors the government's.",
    ],
    "historic-milestones": [
        "Private brands only grew after Đổi Mới (1986).",
        "Foreign retailers arrived after WTO accession (2007) and again after the EVFTA (2020).",
        "Many diaspora families left after 30 April 1975 (Ngày Thống nhất / Black April).",
    ],
    "diaspora-event": [
        "The Little Saigon Tết Festival (Garden Grove, {Y}) is sponsored by Vietnamese banks and remittance firms.",
        "{B}'s booth at the Cabramatta Moon Festival ({Y}) sampled coffee to thousands of visitors.",
        "Vietnamese food fairs in {DIASPORA} ({Y}) draw a second generation that does not speak Vietnamese.",
    ],
    "diaspora-generation": [
        "Second-generation Vietnamese Americans (born after 1990) use English-language media.",
        "Refugees who arrived as boat people (1978–1982) remain loyal to Vietnamese brands.",
    ],
    "generation-range": [
        "Gen Z (born 1997–2012) makes up a quarter of Vietnam's population.",
        "Millennials (aged 28–43 in 2024) hold most of the credit cards.",
    ],
    "market-share": [
        "Modern trade's share of FMCG sales (urban, {Y}: {q}0%) is still low.",
        "The leader's share (Q{q} {Y}: {PCT}) fell for the first time.",
    ],
    "store-count": [
        "Bách Hóa Xanh (1.7{q}0 stores at end-2024) closed its weakest shops.",
        "WinMart+ (over 3.600 minimarts) is the largest convenience network.",
    ],
    "sms-brandname": [
        "Promotional SMS must come from a registered brandname (e.g. {B}) and not from a phone number.",
        "Customers can opt out by texting TC to {HOTLINE}.",
    ],
    "app-version": [
        "The redesigned app (version {q}.{d}) added a Tết lì xì feature.",
        "{B} app v{q}.{d}.0 (iOS and Android) introduced biometric login.",
    ],
    "payment-standard": [
        "VietQR (NAPAS 247) lets customers transfer money between any two banks instantly.",
        "Card payments follow EMVCo rules (chip and PIN since {Y}).",
    ],
    "tv-slot": [
        "The advert ran on {TV} (20:00, {d}/{q}) during the evening news.",
        "Táo Quân on {TV} (Giao thừa, 30 Tết) is the most expensive slot of the year.",
    ],
    "hashtag": [
        "The hashtag #TếtLàĐểTrởVề (Tết 2017) trended for a week.",
        "User posts tagged #ThửTháchTết (TikTok, Tết {AY}) passed {n} million views.",
    ],
    "lucky-money": [
        "Banks send digital lì xì (lucky money) during Tết, often 20.000 đ to 500.000 đ.",
        "MoMo's lì xì feature (Tết {AY}) was used by millions.",
    ],
    "iso-standard": [
        "The dairy plant is certified to FSSC 22000 and ISO 14001:2015.",
        "{B} holds ISO 9001:{Y} certification for its factories in Bình Dương.",
    ],
    "flight-code": [
        "Flight VN 250 (Hà Nội – TP.HCM) is one of the busiest routes in Asia.",
        "Vietjet's route VJ 122 ({CITY} – {CITY2}) launched in {Y}.",
    ],
    "vietnamese-gloss": [
        "Many shops still sell on credit (ghi sổ, “writing in the book”).",
        "Neighbourhood grocery stores (tạp hóa) are the main rival to Bách Hóa Xanh.",
        "Gifts at Tết (quà Tết) must look generous and be red or gold.",
    ],
    "person-with-role": [
        "Ms Lan (Marketing Manager, {B}) explained the loyalty scheme during a store visit.",
        "The store manager (anh Tuấn, {CITY} branch) said most customers pay by QR code.",
    ],
    "interview-code": [
        "Interviewee 3 (female, 24, {CITY}) said she follows {B} on TikTok.",
        "Respondent R{q} (office worker, Quận {ROOM}) preferred Phúc Long to Highlands.",
    ],
    "zip-postcode": [
        "The community centre (Westminster, CA 92683) hosts a weekly market.",
        "The shop in Cabramatta (NSW 2166) imports Vietnamese snacks.",
    ],
    "fiscal-year": [
        "Profit after tax rose (năm tài chính {Y}, FY{Y}).",
        "{B} beat its plan approved at the AGM (ĐHĐCĐ {Y}).",
    ],
    "regulator-decision": [
        "The seller was fined by the Market Surveillance Agency (Decision 2345/QĐ-XPVPHC, {Y}).",
        "The NCC approved the merger (Decision 03/QĐ-UBCTQG).",
    ],
    "name-order": [
        "In Vietnamese the family name comes first (Nguyễn Văn An is Mr An).",
        "Staff address the founder as chị Thảo (Ms Thảo), using her given name.",
    ],
    "price-tag": [
        "The combo is priced at {PRICE} (đã bao gồm VAT).",
        "A 1-litre carton of TH true MILK sells for {q}{d}.000đ in {CITY}.",
    ],
}  # fmt: skip

SCARE_QUOTES = ["‘mua sắm thông minh’ (smart shopping)", "“KOC”", "'săn sale'", "‘chốt đơn’", "“Made in Vietnam”",
                "‘hàng Việt’", "“thuần Việt”", "'local brand'", "‘người Việt dùng hàng Việt’", "“trả sau”"]  # fmt: skip
SCARE_FRAMES = [
    "Young shoppers call this {Q} {P}.", "{B} markets itself as {Q} {P}.", "So-called {Q} culture is now mainstream {P}.",
    "Marketers talk of {Q} as if it were a strategy {P}.", "{N} describe the trend of {Q} among students.",
]  # fmt: skip
SUBJECT_LINES = ["‘Lì xì đầu năm: giảm 50% cho bạn’", "“Your Tết gift is waiting”", "'12.12 – chỉ còn 3 giờ!'",
                 "‘Cảm ơn bạn đã đồng hành cùng {B}’", "“Flash sale 0đ – hôm nay thôi”", "'Happy Women's Day 20/10'",
                 "‘Nạp tiền nhận quà – only today’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A push notification such as {Q} lifted app opens {P}.", "{B}'s Zalo message {Q} had the highest click rate {P}.",
    "The email headed {Q} was sent to lapsed customers {P}.", "Subject lines like {Q} create urgency {P}.",
    "{N} use {Q} as an example of bilingual copywriting.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "Put differently, {Q} {P}.", "{O}, {Q} {P}.",
    "{N} puts it clearly: {Q}.", "This is summed up well: {Q} {P}.", "The point is that {Q} {P}, and {B} has not yet acted on it.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
