"""Prose for the hundred-and-eighty-fourth independent pool, "blind184" (HELD OUT): marketers in Taiwan and its diaspora.

Written without reading the checker (marker/checks), its tests or any other pool, from how candidates in Taipei, New
Taipei, Taoyuan, Hsinchu, Taichung, Tainan, Kaohsiung, Keelung, Hualien and Taitung, and in Vancouver, the San Gabriel
Valley, the Bay Area, Singapore, Tokyo, Kuala Lumpur and Sydney, write CIM Level 6 and 7 reports and MBA assignments
in English about Taiwanese banks and fintechs, insurers, telecoms, convenience stores and e-commerce, food and drink
makers, tech firms, airlines and media. Its decoys are what such reports hold that is not a citation: Minguo years
beside Gregorian ones, NT$, NTD, TWD and 萬, laws with their amendment years and articles, regulators and firms in
brackets with years, stock codes, festivals and lunar dates, product and chip names, Computex and the Golden Horse
Awards, districts, MRT stations and addresses, names in characters with their romanisation, presidents and founders
with their years, typhoons and earthquakes, flights and trains, dramas and albums, uniform invoices and more.

HELD OUT: never tune the checker on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

_CITIES = ["Taipei", "New Taipei", "Taoyuan", "Hsinchu", "Taichung", "Tainan", "Kaohsiung", "Keelung", "Hualien", "Taitung"]  # fmt: skip
_DIASPORA = ["Vancouver", "the San Gabriel Valley", "the Bay Area", "Singapore", "Tokyo", "Kuala Lumpur", "Sydney",
             "Richmond, BC", "Irvine", "Cupertino"]  # fmt: skip
_FESTIVALS = ["Lunar New Year", "the Lantern Festival", "the Dragon Boat Festival", "Ghost Month",
              "the Mid-Autumn Festival", "Double Ten", "Double Eleven", "Tomb Sweeping Day", "Qixi"]  # fmt: skip
_PAY = ["LINE Pay", "JKOPAY", "Apple Pay", "Taiwan Pay", "iPASS Money", "Pi Wallet", "PX Pay", "Easy Wallet",
        "OPEN WALLET", "全支付 (PX Pay Plus)"]  # fmt: skip
_CHANNELS = ["LINE", "Instagram", "Facebook", "Dcard", "PTT", "Threads", "YouTube", "TikTok", "LINE TODAY"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the builder's own."""
    gregorian = rng.randint(2011, 2025)
    amount = rng.choice(["3.2", "1.8", "12.6", "45", "260", "7.5", "0.9"])
    return {
        "mg": str(gregorian - 1911), "mgy": str(gregorian),
        "city": rng.choice(_CITIES), "dia": rng.choice(_DIASPORA), "fest": rng.choice(_FESTIVALS),
        "ntd": rng.choice([f"NT${amount} billion", f"NT${amount} million", f"NTD {amount} million", f"TWD {amount}bn",
                           f"NT${amount}bn", f"{rng.randint(12, 980)}萬", f"NT${rng.randint(2, 900)},000"]),
        "pay": rng.choice(_PAY), "ch": rng.choice(_CHANNELS), "pc": str(rng.randint(4, 87)),
        "code": str(rng.choice([2330, 2454, 2317, 2412, 3045, 4904, 2912, 2882, 2881, 2884, 2890, 1216, 2618, 2610, 2357, 2353, 2498, 5903, 8454])),
    }  # fmt: skip


BRANDS = ["Cathay United Bank", "CTBC", "Fubon", "E.SUN Bank", "Taishin", "Mega Bank", "Bank SinoPac", "LINE Bank",
          "JKOPAY", "LINE Pay", "EasyCard", "Cathay Life", "Fubon Life", "Nan Shan Life", "Chunghwa Telecom",
          "Taiwan Mobile", "FarEasTone", "7-Eleven Taiwan", "FamilyMart", "Hi-Life", "PX Mart", "Carrefour Taiwan",
          "momo", "PChome 24h", "Shopee Taiwan", "Eslite", "Uniqlo Taiwan", "Uni-President", "Wei Chuan", "I-Mei",
          "Kuai Kuai", "Taiwan Beer", "Kavalan", "Chun Shui Tang", "Presotea", "CoCo", "85°C", "Din Tai Fung",
          "TSMC", "ASUS", "Acer", "HTC", "Gogoro", "Foxconn", "MediaTek", "EVA Air", "China Airlines", "Starlux",
          "Taiwan High Speed Rail", "Dcard", "Pinkoi", "KKday", "Taiwan Beer's TTL"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}, which is especially true in {city}.",
    "{N} found that {C}, although their sample came only from {city}.",
    "{N} pointed out that {C}; this is clearly relevant to {B}.",
    "{N} concluded that {C}, a finding that still holds after COVID-19.",
    "{N} emphasised that {C}.",
    "{N} observed that {C} during {fest}.",
    "{N} noted that {C}, and that {C2}.",
    "{N} proposed that {C}.",
    "{N} surveyed {n} consumers in {city} and showed that {C}.",
    "{N} examined {pay} users and found that {C}.",
    "{N} stated clearly that {C}.",
    "{N} suggests that {C}, so {B} should take note.",
    "{N} demonstrated that {C} among {A} in Taiwan.",
    "{N} compared Taiwan with Japan and Korea and concluded that {C}.",
    "{N} mentioned that {C}, particularly for overseas Taiwanese in {dia}.",
    "{N} claims that {C}; however, the evidence from {city} is mixed.",
    "{N} indicated that {C}.",
    "{N} has shown that {C}, which explains why {B} invests so much in {ch}.",
    "{N} believe that {C}.",
    "{N} reported that, since the pandemic, {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} mentioned, {C}.",
    "{O}, {N} found that {C}.",
    "In the Taiwanese context, {N} argued that {C}.",
    "{C}, as {N} pointed out.",
    "{C}, which is in line with {N}.",
    "This is consistent with the research of {N}, who found that {C}.",
    "Based on the study of {N}, {C}.",
    "In a survey of {n} respondents in {city}, {N} found that {C}.",
    "{B} is a typical example; {N} showed that {C}.",
    "For Taiwanese consumers, {N} suggested that {C}.",
    "{C}; {N} also found that {C2}.",
    "Similar to what {N} found in {dia}, {C}.",
    "From the viewpoint of {N}, {C}.",
    "{O}, the findings of {N} show that {C}.",
    "As highlighted by {N}, {C}, especially around {fest}.",
    "Unlike the results of {N}, who found that {C}, this report argues that {C2}.",
    "It can be seen from {N} that {C}.",
    "{B} seems to follow {N}, who believed that {C}.",
    "When {B} launched {pay} payments in its stores, it relied on the idea of {N} that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.",
    "{O}, {N} research indicates that {C}.",
    "{N} framework can be applied to {B}, because {C}.",
    "{N} findings suggest that {C}.",
    "Following {N} model, {C}.",
    "{N} survey of {city} shoppers found that {C}.",
    "{B} fits {N} argument that {C}.",
    "{N} analysis of {fest} campaigns shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "In Taiwan, {C} {P}.",
    "{C}, especially in {city} {P}.",
    "It is widely believed that {C} {P}.",
    "Studies show that {C} {P:see}.",
    "{B} is a good example because {C} {P}.",
    "For {A}, {C} {P:e.g.}.",
    "{C}, and {B} is no exception {P}.",
    "During {fest}, {C} {P}.",
    "Among overseas Taiwanese in {dia}, {C} {P}.",
    "{C}. {P}",
    "This is why {C} {P}.",
    "{C}, which is why {B} uses {ch} so heavily {P}.",
    "As a result, {C} {P:see also}.",
    "{C} (see Table {q}) {P}.",
    "Mobile payment users in Taiwan passed {pc}% of adults, and {C} {P}.",
    "Many scholars agree that {C} {P:e.g.,}.",
    "It should be noted that {C} {P}.",
    "{C}; this is also true for convenience stores {P:cf.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but {C2}.",
    "{C} {P}; however, {C2}.",
    "Although {C} {P}, {C2}.",
    "While {C} {P}, {C2}.",
    "{C} {P}, so {B} should ensure that {C2}.",
    "{O}, {C} {P}, and {C2}.",
    "Since {C} {P:see}, {C2}.",
    "{C} {P}, whereas in {dia} {C2}.",
    "Some studies {P:e.g.} argue that {C}.",
    "{C} {P}: in other words, {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Taiwan trust convenience-store brands more than banks",
    "mobile payment adoption in Taiwan lags behind Japan and Korea",
    "{T} raises {R} when it is linked to points on {pay}",
    "{B} depends on LINE official accounts to reach {A}",
    "Taiwanese consumers are highly price-sensitive but loyal once they join a membership scheme",
    "collectible stickers and limited-edition IP products drive footfall in convenience stores",
    "food-safety scandals still shape how {A} judge food brands",
    "Dcard and PTT reviews influence purchase decisions more than brand advertising",
    "{B} could use {T} to win {A} in {dia}",
    "the membership economy has changed how retailers such as {B} compete",
    "digital-only banks struggle to win trust from older customers",
    "KOL and KOC content works better than celebrity endorsement for {A}",
    "{fest} promotions bring forward sales rather than create new demand",
    "{A} expect brands to reply on {ch} within the same day",
    "cross-border e-commerce opens Southeast Asian markets to Taiwanese brands",
    "ESG claims are viewed with suspicion unless they are certified",
    "spending on {T} in Taiwan has grown every year since {Y}",
    "bubble tea brands compete mainly on novelty rather than price",
    "personalised offers through {pay} improve {R} among {A}",
    "the ageing population makes senior consumers an important segment for {B}",
    "5G and streaming bundles help telecoms reduce churn",
    "{B}'s brand heritage is an asset overseas but a weakness with {A} at home",
]  # fmt: skip
OPENERS = [
    "Moreover", "In addition", "However", "On the other hand", "For example", "In Taiwan",
    "In the case of {B}", "Since the COVID-19 pandemic", "Take {B} as an example", "Besides",
    "From the consumer side", "Nowadays", "Therefore", "In {city}", "Among Taiwanese millennials",
    "In the Taiwanese market", "Compared with its competitors",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Taiwan and now operates in {dia} as well.",
    "This report analyses {B}'s marketing environment and proposes a plan for the next 12 months.",
    "{B} sells through its own app, LINE official account and the momo and Shopee marketplaces.",
    "The table below compares {B} with its two main competitors.",
    "{B}'s Instagram account has around {n}k followers, but engagement is declining.",
    "{O}, {C}.",
    "Customers can pay by credit card, {pay} or cash at any convenience store.",
    "The campaign budget is set out in the appendix in New Taiwan dollars.",
    "A PESTEL analysis of Taiwan is included in Appendix 1.",
    "The key target market is young professionals living in {city}.",
    "Task 2 builds on this analysis with a content plan for {fest}.",
    "{B} is listed on the Taiwan Stock Exchange and employs thousands of people.",
    "The author works in the marketing department of a bank in {city}.",
    "Interviews were held in Mandarin and translated into English by the author.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook explains, {Q} {P}.",
    "{N} wrote that {Q}.",
    "This is summarised well: {Q} {P}.",
    "{B} seems to accept that {Q} {P}.",
    "In the words of {N}, {Q}.",
    "Marketers in Taiwan are reminded that {Q} {P}.",
    "It has been said that {Q} {P}, which {B} should keep in mind.",
]  # fmt: skip
SCARE_QUOTES = ["‘xiaoquexing’", "‘small but certain happiness’", "‘CP value’", "‘KOL’", "‘KOC’", "‘OMO’",
                "‘new retail’", "‘lying flat’", "‘strawberry generation’", "“net-red”", "'Taiwan value'",
                "‘membership economy’", "'MIT (Made in Taiwan)'", "“silver hair economy”", "‘guochao’",
                "‘Instagrammable’", "‘buy-one-get-one’"]  # fmt: skip
SCARE_FRAMES = [
    "Young consumers often talk about {Q} when they buy drinks {P}.",
    "{B} has built its positioning around {Q} {P}.",
    "The so-called {Q} is now a common idea in Taiwanese marketing {P}.",
    "Critics argue that {Q} is just a slogan {P}.",
    "The phrase {Q} appears often on Dcard and PTT {P}.",
    "This trend, known locally as {Q}, affects {A} most {P}.",
    "Media reports describe this as {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘會員限定！{fest}優惠開跑 [Members only! {fest} offers start now]’", "‘Double Eleven: up to 50% off, today only’",
                 "“Your {pay} cashback has arrived”", "‘Hi Vivian, your points expire on 31 December’",
                 "‘Free shipping for orders over NT$490’", "“Buy one get one free at 7-Eleven this week”",
                 "‘Mid-Autumn gift boxes: pre-order now’", "‘Your e-invoice has been issued’",
                 "“Thank you for flying with us”", "‘Last chance: Lunar New Year lucky bags’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line like {Q} raises open rates {P}.",
    "{B} sent the message {Q} to inactive members {P}.",
    "Push notifications such as {Q} work well with {A} {P}.",
    "The LINE message {Q} had the highest click rate {P}.",
    "Short messages like {Q} create urgency {P}.",
    "Testing {Q} against a longer version showed a clear difference {P}.",
]  # fmt: skip

# Text with brackets, years, figures and names that is not a citation: none of it belongs in the reference list.
NOT_CITATIONS = {
    "tw-minguo-year": [
        "The figures are from the household survey of 民國{mg}年 ({mgy}).",
        "In Taiwan the year {mgy} is written as Minguo {mg} (民國{mg}年) on official forms.",
        "{B}'s annual report for ROC year {mg} ({mgy}) shows strong growth.",
    ],
    "tw-minguo-date": [
        "The promotion ran until {mg}/10/31 on the ROC calendar.",
        "Receipts are dated {mg}年{q}月{d}日, the ROC form of the date.",
        "The deadline printed on the form was 民國{mg}年12月31日.",
    ],
    "tw-chinese-date": [
        "The store opened on {mgy}年{q}月{d}日 in {city}.",
        "The press event was held on {Y}年10月10日, a national holiday.",
    ],
    "tw-ntd-amount": [
        "{B} spent {ntd} on marketing ({Y}).",
        "Revenue reached {ntd} in the last fiscal year (up {pc}%).",
        "The average order value is about {ntd} (NT$ at {Y} prices).",
    ],
    "tw-wan": [
        "The influencer charges about {n}萬 (NT${n}0,000) per post.",
        "The prize pool was 100萬 (one million New Taiwan dollars).",
    ],
    "tw-exchange-rate": [
        "All figures are converted at the average rate (US$1 = NT$31.{q}, {Y}).",
        "The budget of {ntd} is about £{n}k (at NT$40 = £1, {Y}).",
    ],
    "tw-law-amended": [
        "{B} must follow the Personal Data Protection Act (個人資料保護法) (amended 2023).",
        "Comparative advertising is limited by the Fair Trade Act (amended 2015).",
        "Online sellers must offer a 7-day return period under the Consumer Protection Act (2015 amendment).",
        "Food labels must comply with the Food Safety and Sanitation Management Act (食品安全衛生管理法), last amended in 2019.",
    ],
    "tw-law-article": [
        "Article 19 of the Consumer Protection Act gives buyers seven days to return goods bought online.",
        "Under Article 21 of the Fair Trade Act, false or misleading advertising is prohibited.",
        "Marketing use of personal data needs consent under Article 20 of the PDPA.",
    ],
    "tw-regulator-est": [
        "The Fair Trade Commission (FTC, established 1992) investigates misleading claims.",
        "The Ministry of Digital Affairs (moda, set up in August 2022) oversees data policy.",
        "The National Communications Commission (NCC, since 2006) regulates telecoms and broadcasting.",
    ],
    "tw-regulator-acronym-year": [
        "The FSC granted three digital-only bank licences in July 2019 (LINE Bank, Next Bank and Rakuten Bank).",
        "Price data is collected by the statistics office (DGBAS, a cabinet-level agency since 1931) every month.",
        "Online shopping disputes go to the consumer watchdog (CPC, under the Executive Yuan since 1994).",
    ],
    "tw-company-founded": [
        "Uni-President (founded 1967 in Tainan) is Taiwan's largest food group.",
        "Din Tai Fung (est. 1958) started as a cooking-oil shop in Taipei.",
        "{B} (founded {Y}) now has stores in {dia}.",
        "Kuai Kuai (乖乖, since 1968) is famous for its green packets placed on machines.",
    ],
    "tw-executive-tenure": [
        "Morris Chang (TSMC chairman 1987–2018) built the foundry model.",
        "Terry Gou (founder of Hon Hai, 1974) is still a well-known public figure.",
        "Jonney Shih (ASUS chairman since 2008) often presents new products at Computex.",
        "Cher Wang (co-founder of HTC, 1997) led the Vive virtual-reality launch.",
    ],
    "tw-president-term": [
        "The policy was launched under President Tsai Ing-wen (2016–2024).",
        "The New Southbound Policy (2016) was later continued by President Lai Ching-te (from May 2024).",
    ],
    "tw-stock-code": [
        "{B} is listed on the Taiwan Stock Exchange (TWSE: {code}).",
        "Its share price rose sharply in the year (2330.TW, {Y}).",
        "The company moved from the OTC market (TPEx: 8044) to the main board.",
    ],
    "tw-festival-date": [
        "Sales peak before Double Ten (10 October) and the Mid-Autumn Festival (15th day of the 8th lunar month).",
        "The Dragon Boat Festival (端午節, 5th day of the 5th lunar month) is a key season for rice dumplings.",
        "Campaigns start two weeks before Lunar New Year (農曆新年, {Y}).",
        "The Lantern Festival (元宵節, {d} February {Y}) closes the New Year season.",
    ],
    "tw-ghost-month": [
        "Property and car sales slow during Ghost Month (農曆七月, August {Y}).",
        "Retailers sell offerings for the Zhongyuan rites (中元普渡, {Y}) in bulk.",
    ],
    "tw-shopping-day": [
        "Online sales peaked on Double Eleven (11.11, {Y}).",
        "momo's 12.12 sale ({Y}) followed Double Eleven by a month.",
        "The 618 mid-year sale (18 June {Y}) is now common in Taiwan too.",
    ],
    "tw-product-model": [
        "The Gogoro SuperSport (2020 model) targets younger riders.",
        "ASUS launched the Zenbook 14 OLED (UX3405) at a lower price point.",
        "The HTC Vive Pro 2 (2021) was aimed at gamers and businesses.",
        "Acer's Predator Helios 16 (2023 edition) is marketed at esports fans.",
    ],
    "tw-chip-node": [
        "TSMC's N3 process (3 nm, mass production 2022) gave its customers a lead.",
        "MediaTek's Dimensity 9300 (4 nm) competes with Qualcomm chips.",
    ],
    "tw-trade-show": [
        "{B} showed its new devices at Computex {Y} (Taipei Nangang Exhibition Center).",
        "The Taipei Game Show (January {Y}) attracts over {n},000 visitors.",
        "Food brands exhibit at Food Taipei (June {Y}, Hall 1).",
    ],
    "tw-award": [
        "The film won Best Feature Film at the Golden Horse Awards (59th, 2022).",
        "{B}'s advert won a Times Young Creative Award (時報廣告金像獎, {Y}).",
        "Kavalan Solist Vinho Barrique was named World's Best Single Malt (World Whiskies Awards 2015).",
        "The packaging received a Golden Pin Design Award ({Y}).",
    ],
    "tw-district-postcode": [
        "The flagship store is in Xinyi District (110), Taipei.",
        "The brand opened a pop-up in Da'an District (106) near Zhongxiao Dunhua.",
        "Most staff work at the Neihu Science Park (114) office.",
    ],
    "tw-mrt-station": [
        "The ads ran at Taipei 101/World Trade Center station (R03) for a month.",
        "The kiosk is at Kaohsiung's Formosa Boulevard station (R10/O5).",
        "Digital screens at Taipei Main Station (BL12/R10) reach over {n},000 commuters a day.",
    ],
    "tw-address": [
        "The head office is at No. 7, Sec. 5, Xinyi Rd., Taipei (台北市信義路五段7號).",
        "Customers can visit the service centre (2F, No. {q}{q}, Zhongshan N. Rd. Sec. 2, Taipei).",
    ],
    "tw-freeway-hsr": [
        "Billboards along National Freeway 1 (exit {n}) target drivers to Hsinchu.",
        "The brand advertised on the Taipei–Zuoying route (THSR train 0803) at weekends.",
    ],
    "tw-flight": [
        "EVA Air's flight to Vancouver (BR 10, daily) carries many diaspora travellers.",
        "Starlux launched its Taipei–Los Angeles route (JX 2, April 2023) with a promotion.",
    ],
    "tw-chinese-name-gloss": [
        "Eslite (誠品, Chéngpǐn) is known for its 24-hour bookstore.",
        "PX Mart (全聯福利中心) is the largest supermarket chain by store count.",
        "The bakery chain 85°C (85度C) is popular in the San Gabriel Valley.",
        "Taiwan Beer (台灣啤酒) is made by TTL (台灣菸酒公司).",
    ],
    "tw-romanisation-variant": [
        "Taichung is written Taizhong in Hanyu Pinyin (台中).",
        "The surname 陳 is spelt Chen, Chan or Tan depending on the dialect (Mandarin, Cantonese, Hokkien).",
        "Keelung (基隆, Jilong) is Taiwan's northern port.",
    ],
    "tw-loanword": [
        "Young people describe this as xiaoquexing (小確幸, 'small but certain happiness').",
        "Shoppers look for high CP value (C/P 值, cost-performance ratio) above all.",
        "The term 'KOC' (key opinion consumer) is now more common than 'KOL' (key opinion leader).",
    ],
    "tw-indigenous-festival": [
        "The Amis harvest festival (Ilisin, 豐年祭) is held in Hualien and Taitung every July and August.",
        "The Bunun ear-shooting festival (Malahtangia, April {Y}) attracts tourists to Taitung.",
        "Paiwan glass beads (琉璃珠) are sold as souvenirs in Sandimen (三地門).",
    ],
    "tw-hakka-event": [
        "The Hakka Tung Blossom Festival (客家桐花祭, April–May {Y}) is promoted by the Hakka Affairs Council.",
        "Meinong (美濃) oil-paper umbrellas are a symbol of Hakka craft.",
    ],
    "tw-person-not-author": [
        "The campaign featured Jay Chou (周杰倫) and drew huge attention in {Y}.",
        "Actor Greg Hsu (許光漢) appeared in the {B} campaign ({Y}).",
        "Jensen Huang (黃仁勳, born 1963 in Tainan) is a hero to many Taiwanese engineers.",
    ],
    "tw-drama-film": [
        "The drama Someday or One Day (想見你, 2019) boosted tourism to Tainan.",
        "Netflix's Wave Makers (人選之人, 2023) sparked debate about workplace culture.",
        "The film Cape No. 7 (海角七號, 2008) made Hengchun a tourist destination.",
    ],
    "tw-album-song": [
        "Jay Chou's album Greatest Works of Art (最偉大的作品, 2022) was used in a 7-Eleven tie-in.",
        "Mayday's song 'Stubborn' (倔強, 2004) is still used in graduation adverts.",
    ],
    "tw-natural-disaster": [
        "Deliveries stopped during Typhoon Gaemi (凱米, July 2024) for two days.",
        "Tourism in Hualien fell after the earthquake (3 April 2024, magnitude 7.2).",
        "Many stores closed after the Chi-Chi earthquake (921, 1999).",
    ],
    "tw-history-period": [
        "Many brands trace their roots to Japanese colonial rule (1895–1945).",
        "Advertising was tightly controlled under martial law (1949–1987).",
        "The Taiwan Miracle (1960s–1980s) created today's business groups.",
    ],
    "tw-uniform-invoice": [
        "Every receipt is a lottery ticket in the uniform-invoice draw (統一發票, every odd month).",
        "The top prize of the receipt lottery (NT$10 million, special prize) makes customers keep their e-invoices.",
    ],
    "tw-carrier-code": [
        "Shoppers scan their mobile barcode carrier (/ABC+123) at checkout.",
        "The e-invoice carrier (手機條碼) links receipts to the customer's phone.",
    ],
    "tw-survey-sample": [
        "Respondents were recruited in {city} and {dia} (n = {n}).",
        "The questionnaire used a 5-point Likert scale (1 = strongly disagree).",
        "Most respondents were aged 25–34 ({pc}%).",
    ],
    "tw-yoy-figure": [
        "Convenience-store sales grew by {q}.{q}% (YoY) in {Y}.",
        "Mobile payment transactions doubled ({Y} vs {Y2}).",
        "Market share changed only slightly (from {pc}% to {q}{q}%).",
    ],
    "tw-quarter-fiscal": [
        "Results were strongest in the fourth quarter (Q4 {Y}).",
        "The figures cover the first half (1H{mgy}) only.",
    ],
    "tw-bracketed-brand-share": [
        "7-Eleven leads the market (about 6,900 stores, {Y}).",
        "The three telecoms share most subscribers (Chunghwa about 37%, Taiwan Mobile 28%, FarEasTone 26%, {Y}).",
    ],
    "tw-population": [
        "Kaohsiung (pop. 2.7 million) is the largest city in the south.",
        "Taiwan's population (23.4 million at the end of 2024) is ageing quickly.",
        "New Taipei (新北市, about 4 million residents) surrounds the capital.",
    ],
    "tw-generation": [
        "The main target is Gen Z (born 1997–2012) in {city}.",
        "Baby boomers (born 1946–1964) hold most bank deposits.",
    ],
    "tw-app-version": [
        "The new features came with the update to the LINE app (version 14.{q}).",
        "The {B} app (v{q}.{d}) added a loyalty wallet.",
    ],
    "tw-telecom-band": [
        "Chunghwa Telecom's 5G network uses the 3.5 GHz band (n78).",
        "The 2020 spectrum auction (NT$138 billion) was the most expensive in Taiwan's history.",
    ],
    "tw-case-number": [
        "The Fair Trade Commission fined the seller (公處字第{mg}0{q}{q}號 decision).",
        "The dispute was filed with the Financial Ombudsman Institution (case {mgy}-{n}).",
    ],
    "tw-sports-team": [
        "Fubon Guardians (CPBL, since 2017) use their stadium for brand events.",
        "The CTBC Brothers (中信兄弟) won the Taiwan Series in {Y}.",
        "Taiwan's win at the Premier12 (November 2024) was celebrated by many brands.",
    ],
    "tw-course-code": [
        "This assignment was written for MKT 6012 Strategic Marketing (EMBA, NCCU, Fall {Y}).",
        "The module (CIM Level 7, Unit 3) requires a 4,000-word report.",
    ],
    "tw-diaspora-place": [
        "The 626 Night Market (Arcadia, since 2012) brings Taiwanese food to the San Gabriel Valley.",
        "Many Taiwanese Canadians live in Richmond (BC), near Aberdeen Centre.",
        "Taiwanese students in Kuala Lumpur (around {n}0 in {Y}) follow Taiwanese brands on {ch}.",
    ],
    "tw-drink-order": [
        "A typical order is a large bubble milk tea (NT$65, half sugar, less ice).",
        "The seasonal drink (limited to {fest}) sold out in a week.",
    ],
    "tw-certification": [
        "The factory is certified to the food-safety standard (ISO 22000:2018).",
        "Products carry the Taiwan Excellence label (台灣精品, {Y}) and the CAS mark.",
        "The bank's data centre is certified (ISO/IEC 27001:2022).",
    ],
    "tw-ranking": [
        "Taiwan ranked ninth in the world digital competitiveness ranking ({Y}).",
        "{B} was named one of Taiwan's top 20 international brands (Interbrand list, {Y} edition).",
        "The bank topped the customer-satisfaction table ({Y} survey, {q}th year in a row).",
    ],
    "tw-handle-hashtag": [
        "The campaign used the hashtag #台灣好行 (#TaiwanTrip) on Instagram.",
        "Customers can add the official account (LINE ID: @7-11tw) for coupons.",
        "The brand's Threads account (@{M}.tw) posts daily.",
    ],
    "tw-election": [
        "Advertising prices rose before the nine-in-one local elections (November 2022).",
        "Brands avoided political topics before the presidential election (13 January 2024).",
    ],
}  # fmt: skip
