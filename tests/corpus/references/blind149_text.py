"""The blind149 pool's prose (HELD OUT): how marketers in Türkiye and its diaspora write CIM reports in English.

A hundred-and-forty-ninth independent pool, written without reading the checker, its tests or any other pool, and
HELD OUT: nobody tunes the checker on it until its first tables have been read. Candidates at banks and fintechs
(İş Bankası, Garanti BBVA, Akbank, Ziraat, Papara), telecoms (Turkcell, Türk Telekom, Vodafone Türkiye), retailers
and marketplaces (Trendyol, Hepsiburada, BİM, Migros, A101, LC Waikiki, Koton), food and drink makers (Ülker, Eti,
Efes, Pınar, Torku), airlines (Turkish Airlines, Pegasus, AJet), holdings (Koç, Sabancı) and agencies in Istanbul,
Ankara, İzmir, Bursa, Antalya, Gaziantep, Konya and Trabzon, and in Berlin, Amsterdam, Vienna, London, Baku and New
Jersey, write about lira prices (TL, ₺ and TRY, with dots for thousands and commas for decimals, "%45" with the sign
first), laws by number ("6698 sayılı Kanun", "Law No. 6563") and the Resmî Gazete, the TCMB, BTK, TÜİK, KVKK, the
Reklam Kurulu and the Competition Authority, Ramazan and Kurban Bayramı, 29 October, Efsane Cuma, founders, footballers,
series, films, clubs, tickers, flights, plates and codes: none of which is a citation.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Turkcell", "Türk Telekom", "Vodafone Türkiye", "Garanti BBVA", "İş Bankası", "Akbank", "Ziraat Bankası",
          "Papara", "Trendyol", "Hepsiburada", "BİM", "Migros", "A101", "LC Waikiki", "Koton", "Ülker", "Eti", "Efes",
          "Pınar", "Torku", "Turkish Airlines", "THY", "Pegasus", "AJet", "Koç Holding", "Sabancı Holding", "Getir",
          "Yemeksepeti", "Mavi", "DeFacto", "Arçelik", "Beko", "Vestel", "Togg", "Şok Marketler", "Enpara.com",
          "Paycell", "Boyner", "Kahve Dünyası", "Simit Sarayı"]  # fmt: skip

NARRATIVE_START = [
    "{N} argues that {C}.", "{N} found that {C}, which is exactly what happened at {B} last year.",
    "{N} shows that {C}.", "{N} points out that {C}, especially among {A} in Anatolian cities.",
    "{N} concluded that {C}; my own experience at {B} supports this.", "{N} underline that {C}.",
    "{N} claims that {C}, although the sample was drawn only from Istanbul.", "{N} reports that {C}.",
    "{N} suggests that {C} and that {C2}.", "{N} emphasises that {C}, a point Turkish boards often ignore.",
    "{N} observed that {C} during the lira's fall.", "{N} have shown that {C}.",
    "{N} discusses how {C}.", "{N} stated that {C}.", "{N} also notes that {C}.",
    "{N} warned that {C}, which {B} learned the hard way.", "{N} was among the first to show that {C}.",
    "{N} adapted the model to Türkiye and found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As {N} explains, {C}.", "{O}, {N} argue that {C}.",
    "In the Turkish context, {N} found that {C}.", "{C}, as {N} also observed.", "This is in line with {N}, who showed that {C}.",
    "For {B}, the lesson from {N} is that {C}.", "{O}, research by {N} suggests that {C}.",
    "Similar results are reported by {N} for the German-Turkish market: {C}.",
    "{C}; {N} reached the same conclusion for Ankara and İzmir.", "A study by {N} confirms that {C}.",
    "In her thesis, {N} shows that {C}.", "Following {N}, this report assumes that {C}.",
    "Unlike Western markets, {N} notes, {C}.", "When {B} launched its app, {N} had already warned that {C}.",
    "{O}, {N} state that {C}.", "Both {B} and its rivals could learn from {N}, who argues that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Turkish shoppers shows that {C}.", "{O}, {N} findings suggest that {C}.",
    "{N} framework helps to explain why {C}.", "{N} survey in Istanbul and Ankara revealed that {C}.",
    "Applying {N} model to {B}, it is clear that {C}.", "{N} thesis argues that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "It is widely accepted in Türkiye that {C} {P}.", "There is evidence that {C} {P}.",
    "{C}, especially after the 2018 currency shock {P}.", "Studies from Turkish universities confirm that {C} {P}.",
    "{O}, {C}, even in smaller cities such as Konya and Trabzon {P}.", "In the banking sector, {C} {P}.",
    "Research on Turkish diaspora consumers shows that {C} {P}.",
    "As a result, {C} {P}.", "For {B}, {C} {P}.", "{C} {P:see}.", "{C} {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}; however, {C2}.", "{C} {P}, while {C2}.", "{O}, {C} {P}, although {C2}.",
    "{C} {P}, which is why {C2}.", "Although {C} {P}, {C2}.",
]  # fmt: skip
CLAIMS = [
    "Turkish consumers switch to discount chains when inflation rises", "{B} depends on campaign periods more than its rivals do",
    "mobile banking is now the main channel for {A} in Türkiye", "trust in a brand matters more than price when the lira is volatile",
    "influencer posts must be labelled as advertising", "{A} respond strongly to emotional Bayram advertising",
    "loyalty schemes lose value when prices change every month", "Efsane Cuma sales pull demand forward from December",
    "{B} could use its app data to personalise offers for {A}", "family recommendations still drive purchase decisions in Anatolia",
    "fintechs such as Papara win younger users with fast onboarding", "instalment payments (taksit) keep credit card spending high",
    "nostalgic advertising builds strong attachment to old local brands", "price comparison is now a habit for most online shoppers",
    "consumers in the diaspora stay loyal to the brands they knew at home", "{T} raises {R} among {A}",
    "consent for marketing messages must be recorded before any SMS is sent", "airlines compete on ancillary revenue rather than fares",
    "{B} gains most from {T} when it is tied to a cause", "women make most grocery decisions in Turkish households",
    "hard discounters grow fastest when real wages fall", "word of mouth on Ekşi Sözlük and Şikayetvar can damage a brand quickly",
    "telecom customers stay when switching feels risky", "national pride is a strong theme in Turkish advertising",
    "{A} expect free and fast delivery from marketplaces", "quick commerce struggles to make a profit outside Istanbul",
]  # fmt: skip
OPENERS = [
    "However", "In practice", "In Türkiye", "For {B}", "Similarly", "By contrast", "At the same time", "In the Turkish market",
    "Since the 2021 currency crisis", "In this case", "More importantly", "For example", "On the other hand",
    "In the diaspora market", "Even so",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its website and the big marketplaces.",
    "The campaign ran during Ramazan across TV, YouTube and Instagram.",
    "Most of {B}'s customers live in Istanbul, Ankara and İzmir.",
    "Prices in Türkiye change so often that many shoppers no longer trust list prices.",
    "I work in the CRM team of {B}, so some of the examples below come from my own experience.",
    "The brand's tone of voice is warm, family-centred and a little nostalgic.",
    "{O}, {C}.",
    "This section applies the theory to {B}.",
    "Table 2 summarises the options, and the recommendation follows in Task 2.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one Turkish textbook puts it, {Q} {P}.", "{N} puts it plainly: {Q}.", "{O}, {Q} {P}.",
    "In the words of {N}, {Q}.", "This point is summed up well: {Q} {P}.", "{N} writes that {Q}, which fits {B} closely.",
    "{Q} {P}; this is true for {B} too.",
]  # fmt: skip
SCARE_QUOTES = ["‘taksit’", "“yerli ve milli”", "‘super app’", "“Efsane Cuma”", "'hızlı teslimat'", "“gurbetçi”",
                "‘bayram ikramiyesi’", "“müşteri memnuniyeti”", "'sepette indirim'", "‘phygital’", "\"kampanya\""]  # fmt: skip
SCARE_FRAMES = [
    "Turkish marketers call this {Q} {P}.", "{B} describes its offer as {Q} {P}.", "The idea of {Q} is now everywhere in Turkish retail {P}.",
    "Shoppers wait for {Q} before they buy {P}.", "The term {Q} is used loosely in Türkiye {P}.",
    "{N} calls this {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Bayramınız kutlu olsun! %20 indirim sizi bekliyor’", "“Efsane Cuma başladı: sepette ek %10”",
                 "‘Son gün! Kargo bedava’", "“Your Bayram gift from {B} is here”", "'Ramazan'a özel fırsatlar'",
                 "‘29 Ekim'e özel: 100. yıl kampanyası’", "“Sizi özledik! Your basket is waiting”",
                 "\"Taksit fırsatı: 9 aya varan taksit\""]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS headed {Q} doubled click-throughs {P}.", "{B}'s email {Q} was opened by almost half of its app users {P}.",
    "Push notifications such as {Q} work best in the evening {P}.", "The subject line {Q} mixes Turkish and English, as many brands now do {P}.",
    "Messages like {Q} must be sent only with İYS consent {P}.", "{N} cites the message {Q} as a typical example.",
]  # fmt: skip

# Text that looks like a citation but is none: what a tutor would never expect to find in the reference list.
NOT_CITATIONS = {
    "law-number-date": ["{B} must follow Law No. 6698 of 24 March 2016 on personal data.",
                        "The KVKK (Law No. 6698, in force since 7 April 2016) changed how {B} stores customer data.",
                        "Electronic commerce is governed by Law No. 6563, passed on 23 October 2014."],
    "sayili-kanun": ["Under 6502 sayılı Tüketicinin Korunması Hakkında Kanun, the return period is 14 days.",
                     "6563 sayılı Kanun requires prior consent for commercial messages.",
                     "{B} updated its privacy notice to meet 6698 sayılı Kanun's Article 10."],
    "resmi-gazete-issue": ["The new advertising rules appeared in the Resmî Gazete (Sayı: 29232, 10.01.2015).",
                           "The amendment was published in Resmi Gazete no. 31886 on 7 July 2022.",
                           "The distance-selling rules (Resmî Gazete, 27.11.2014, No. 29188) apply to every app sale."],
    "reklam-kurulu-fine": ["The Reklam Kurulu fined {B} ₺{fine} at its {meeting}. meeting in {ay} {yr}.",
                           "In {yr} the Advertising Board (Reklam Kurulu) stopped an advert by {B} and imposed a fine of {fine} TL.",
                           "Decision 2023/{n} of the Reklam Kurulu concerned an influencer who did not label a post."],
    "competition-decision": ["The Competition Authority's decision no. 21-{n}/{meeting}-M concerned discount chains.",
                             "The Rekabet Kurulu opened an investigation into {B} in {ay} {yr} (file {yr}-4-{n}).",
                             "In its decision of {d} {ay} {yr}, the Competition Board cleared the merger."],
    "kvkk-board-decision": ["KVKK Board decision 2019/81 is often quoted on cookie banners.",
                            "The Board's decision no. 2022/{n} fined a bank for sending SMS without consent.",
                            "{B} was named in Kurul Kararı 2020/{n} on explicit consent."],
    "eu-instruments": ["Like the GDPR (Regulation (EU) 2016/679), the Turkish law rests on explicit consent.",
                       "{B}'s German subsidiary follows the DSA (Regulation (EU) 2022/2065).",
                       "EU Directive 2005/29/EC on unfair commercial practices inspired the Turkish regulation."],
    "lira-amounts": ["A family basket now costs around ₺{tl}.", "{B} raised the price of its best-seller to {tl} TL in {ay}.",
                     "The average Efsane Cuma order was TRY {tl} ({yr2} figure).", "Monthly minimum wage reached ₺17.002,12 net in 2024."],
    "percent-turkish": ["Annual inflation peaked at %85,51 in October 2022.", "{B}'s app share rose to %{pct} ({ay} {yr}).",
                        "The discount was %{pct} on the second item."],
    "policy-rate": ["The TCMB raised the policy rate to %50 (21 March 2024).", "Loan rates followed the one-week repo rate (%{pct}).",
                    "Card spending slowed after the rate hike of {d} {ay} {yr}."],
    "exchange-rate": ["At the time of writing, 1 USD = {fx} TRY ({d}.0{q}.{yr2}).", "Imported coffee doubled in price (EUR/TRY {fx}).",
                      "The lira lost almost half its value (2021–2023) against the euro."],
    "index-base": ["Consumer prices are measured by TÜFE (2003=100).", "Real figures use the CPI deflator (2003=100, TÜİK series).",
                   "The producer price index (Yİ-ÜFE, 2003=100) rose faster than retail prices."],
    "bayram-dates": ["Kurban Bayramı (16–19 June 2024) is the busiest week for {B}.", "Ramazan Bayramı (10–12 April 2024) fell after payday.",
                     "During the nine-day Bayram holiday ({yr}), domestic flights sold out."],
    "hijri-ramazan": ["Ramazan 1445 (March–April 2024) saw record iftar deliveries.", "The campaign ran for the whole of Ramazan 1444 AH.",
                      "Sahur orders (02.00–04.00) grew fastest during Ramazan."],
    "republic-day": ["The Republic's centenary (29 Ekim 1923–2023) inspired many brand films.", "{B} lit its stores red on 29 October ({yr}).",
                     "Cumhuriyet Bayramı (29 October) is a public holiday."],
    "efsane-cuma": ["Trendyol's Efsane Cuma (2023) broke its order record.", "Efsane Cuma {yr} ran for a whole week on most marketplaces.",
                    "Shoppers now wait for Efsane Cuma (24 November) rather than Black Friday."],
    "other-occasions": ["Anneler Günü ({d} May) is the second-biggest gift occasion.", "11.11 (Singles' Day) arrived in Türkiye through Trendyol and Hepsiburada.",
                        "Back-to-school (okula dönüş, September {yr}) lifted stationery sales."],
    "founders-lifespans": ["Vehbi Koç (1901–1996) built the first Turkish holding company.", "Sakıp Sabancı (1933–2004) was famous for his public speeches.",
                           "Ülker was founded by Sabri Ülker (1920–2012) in Istanbul.", "Hacı Ömer Sabancı (1906–1966) started in cotton in Adana."],
    "diaspora-founders": ["BioNTech, founded in 2008 by Uğur Şahin and Özlem Türeci, is a diaspora success story.",
                          "Vural Öger (born 1942) built Öger Tours in Hamburg.", "Cem Özdemir (Bundesminister, 2021–2025) is often named in diaspora debates."],
    "writers-artists": ["Nazım Hikmet (1902–1963) is quoted in many nostalgic adverts.", "Orhan Pamuk (Nobel Prize, 2006) appears in city-branding material.",
                        "Barış Manço (1943–1999) songs were used in a {B} campaign."],
    "athletes": ["{B}'s spot starred Arda Güler (Real Madrid since 2023).", "Volleyball star Zehra Güneş (Olympics 2024) fronts the campaign.",
                 "Hakan Çalhanoğlu (Inter, 2021–) appeared in the national-team advert."],
    "tv-series": ["Product placement in Muhteşem Yüzyıl (2011–2014) raised tourism interest.", "The series Kuruluş: Osman (2019– ) is sponsored by several brands.",
                  "Diriliş: Ertuğrul (2014–2019) is still watched across the Gulf."],
    "films": ["The ad parodies Babam ve Oğlum (2005).", "Many still remember the lines from Hababam Sınıfı (1975).",
              "Kış Uykusu (2014) won the Palme d'Or."],
    "songs": ["The jingle borrows from Tarkan's “Şımarık” (1997).", "Sezen Aksu's “Gidiyorum” (1995) was used in the bank's Bayram film.",
              "The campaign song, “Aşkın Olayım” (2018), reached 100 million views."],
    "campaign-names-years": ["Turkcell's “Gnçtrkcll” platform (2004) targeted young users.", "THY's “Widen Your World” (2011–) is a global campaign.",
                             "Efes's 'Biz Bize Yeteriz' idea ({yr}) was widely shared."],
    "ad-awards": ["The film won gold at Kristal Elma {yr}.", "{B} took a Grand Effie at the Effie Awards Türkiye (2023).",
                  "The agency won two Felis awards in {yr2} and a Cannes Lions Bronze (2022)."],
    "events-summits": ["I attended the Digital Age Summit (DAS) {yr} in Istanbul.", "{B} exhibited at Teknofest (Izmir, 2024).",
                       "The Marketing Meetup İstanbul (MMI, {yr2}) focused on retail media."],
    "earthquake": ["After the 6 February 2023 earthquakes (Kahramanmaraş, Mw 7,8), brands paused advertising.",
                   "{B} sent containers to Hatay and Adıyaman (February 2023).", "AFAD coordinated donations (Şubat 2023)."],
    "elections": ["Advertising slowed before the elections (14 and 28 May 2023).", "The local elections (31 March 2024) changed Istanbul's budgets.",
                  "The 2017 referendum (16 April) affected consumer confidence."],
    "tickers": ["{B}'s parent is listed on Borsa İstanbul ({ticker}).", "Shares of {ticker} rose %{pct} after the results.",
                "Investors follow THYAO, PGSUS and BIMAS (BIST 30)."],
    "flight-codes": ["The new route (TK {fl}, IST–LHR) starts in June.", "AJet's flight VF {fl} links Ankara with Berlin.",
                     "Pegasus (PC {fl}) flies daily from Sabiha Gökçen to Amsterdam."],
    "aircraft": ["The first Airbus A321neo (TC-{reg}) arrived in {yr}.", "THY ordered Boeing 787-9s (2023 order, 220 aircraft in total).",
                 "The livery on TC-LGH celebrates the centenary."],
    "product-models": ["Togg's T10X (2023) was promoted as a smart device on wheels.", "Vestel's 55U9500 TV sold out on Efsane Cuma.",
                       "Arçelik's 9 kg washing machine (model 9120 PM) is the best-seller."],
    "brand-heritage": ["Pınar (since 1975) is a trusted dairy brand.", "Eti Puf (launched 1978) remains a nostalgic favourite.",
                       "Kahve Dünyası (est. 2004) opened its 300th store.", "Ziraat (founded 1863) is the oldest state bank."],
    "org-founded-bracket": ["The state carrier (Türk Hava Yolları, est. 1933) is now the largest by destinations.",
                            "The lender (Garanti BBVA, 1946) rebranded in 2019.", "A rival (Migros Türk, 1954) began as a Swiss–Turkish venture."],
    "sports-clubs": ["Sponsorship of Galatasaray (1905) is expensive.", "{B} signed a shirt deal with Trabzonspor (1967).",
                     "Fenerbahçe (founded 1907) has the largest fan base in Türkiye."],
    "car-plates": ["The delivery van (34 ABC {n}) was wrapped in {B}'s colours.", "Cars with 06 plates (Ankara) were targeted in the radio ads.",
                   "Istanbul (34), Ankara (06) and İzmir (35) account for most orders."],
    "phone-codes": ["Customers can call 444 0 {n} or use the app.", "Send “KAMPANYA” to 2222 to join.",
                    "The bank's hotline (0850 222 0 {n}) was overwhelmed on payday."],
    "iys-mersis": ["{B}'s MERSİS number (0123-4567-8901-{n}) appears on every invoice.", "Every SMS sender must register on İYS (İleti Yönetim Sistemi).",
                   "The firm's VKN (tax number 123 456 {n}) is printed on the receipt."],
    "iban-codes": ["Payments go to TR33 0006 1005 1978 6457 8413 26 (sample IBAN).", "Papara card numbers start with 5400 (Mastercard BIN).",
                   "Swift code TGBATRIS identifies Garanti BBVA."],
    "addresses": ["The head office is at Büyükdere Cad. No: 185, 34394 Levent/İstanbul.", "The Bursa store (Nilüfer, 16110) opened in {yr}.",
                  "Koç Holding (Nakkaştepe, Azizbey Sok. No: 1, Üsküdar) hosts the meeting."],
    "metro-districts": ["Billboards ran along the M2 line (Yenikapı–Hacıosman).", "Kadıköy, Beşiktaş and Çankaya (Ankara) are the pilot districts.",
                        "The Marmaray (opened 2013) carries most commuters under the Bosphorus."],
    "universities-founded": ["Boğaziçi University (founded as Robert College, 1863) trains many marketers.", "METU (ODTÜ, 1956) runs a popular MBA.",
                             "Bilkent (1984) was the first private university in Türkiye."],
    "cohorts-programmes": ["I studied on the Koç MBA (2019 cohort).", "The CIM course (Level 6, 2024/25 intake) runs in Istanbul.",
                           "Our team (Group 4, Ankara centre) interviewed six managers."],
    "interviewees": ["Participant P{q} (female, 34, Bursa) said she buys only on campaign days.",
                     "Interviewee 3 (CRM manager, {B}) confirmed the churn figure.", "One respondent (male, 41, Gaziantep) prefers cash."],
    "samples": ["The survey covered 412 shoppers (n = 412, Istanbul, Ankara and İzmir).", "Responses were collected online ({day}–{d2} {ay} {yr}).",
                "Only complete answers were kept (n = {n}; response rate %{pct})."],
    "figures-tables": ["The results are shown in Tablo 3 (Table 3).", "See Figure {q} for the segmentation.", "Appendix 2 (Ek 2) lists the interview questions."],
    "quarters-9a": ["{B}'s results (9A24) show slower growth.", "Revenue rose in Q{q} {yr} (unaudited).", "The bank's 3Ç23 results beat forecasts."],
    "generations": ["Generation Z (born 1997–2012) shops mostly on mobile.", "Millennials (1981–1996) were the first Papara users.",
                    "The 65+ group (TÜİK age band) is growing fastest."],
    "recruitment-agreement": ["The 1961 recruitment agreement (Anwerbeabkommen, 30 October 1961) started Turkish migration to Germany.",
                              "The Dutch agreement (1964) brought workers to Amsterdam and Rotterdam.", "The Austrian agreement (15 May 1964) did the same for Vienna."],
    "hashtags": ["The hashtag #EfsaneCuma{yr} trended for two days.", "#Cumhuriyet100 appeared on every brand's feed.", "Users shared #BizBizeYeteriz (2023) after the earthquakes."],
    "ratings-share": ["The final episode had a rating of 12,4 (AB group).", "The match drew a 34,5 share (Total Individuals, {yr}).",
                      "Prime time (20.00–23.00) costs most for {B}."],
    "time-tsi": ["The sale starts at 00.00 TSİ on Friday.", "Orders placed before 14.00 (TSİ) ship the same day.",
                 "The live stream (21.00 TSİ, {d} {ay}) reached a million viewers."],
    "barcodes-gs1": ["Turkish products carry barcodes that start with 869 (GS1 Türkiye).", "The SKU (8690504 {n}) was delisted by A101.",
                     "Halal certificates (GİMDES, HAK) are printed on the pack."],
    "model-versions": ["The app's version 5.2 (released {ay} {yr}) added Troy cards.", "BiP (2013) and Fizy (2012) are Turkcell's own apps.",
                       "Turkcell's 5G trial (Istanbul, 2021) used 3.5 GHz spectrum."],
    "ottoman-history": ["The Ottoman Bank (1856) was the first central bank in practice.", "The Grand Bazaar (Kapalıçarşı, 1461) is a symbol of Turkish trade.",
                        "Atatürk's alphabet reform (1928) shaped how brands write."],
}  # fmt: skip

_CITIES = ["İstanbul", "Istanbul", "Ankara", "İzmir", "Izmir", "Bursa", "Antalya", "Gaziantep", "Konya", "Trabzon"]
_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık",
           "January", "March", "June", "September", "November"]  # fmt: skip
_TICKERS = ["BIST: THYAO", "BIST: BIMAS", "BIST: AKBNK", "BIST: GARAN", "BIST: TCELL", "BIST: MGROS", "BIST: ULKER",
            "BIST: PGSUS", "BIST: KCHOL", "BIST: SAHOL", "BIST: AEFES", "BIST: ISCTR", "NYSE: TKC"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Values only this pool's frames use: lira amounts, Turkish months and dates, rates, tickers and codes."""
    thousands = rng.randint(1, 950)
    day = rng.randint(1, 20)
    year = rng.randint(2015, 2024)
    return {
        "tl": f"{thousands}.{rng.randint(0, 999):03d},{rng.choice(['00', '50', '90', '99'])}" if rng.random() < 0.6 else f"{rng.randint(12, 999)},{rng.randint(10, 99)}",
        "pct": f"{rng.randint(3, 85)}" + (f",{rng.randint(1, 9)}" if rng.random() < 0.4 else ""),
        "fx": f"{rng.randint(18, 41)},{rng.randint(10, 99)}",
        "ay": rng.choice(_MONTHS), "city": rng.choice(_CITIES), "ticker": rng.choice(_TICKERS),
        "fl": str(rng.randint(1, 2999)), "reg": "".join(rng.choice("ABCDEFGHJKLMNPRSTUVYZ") for _ in range(3)),
        "meeting": str(rng.randint(300, 345)), "fine": f"{rng.randint(10, 999)}.{rng.choice([0, 250, 500, 640, 874]):03d},00", "yr": str(year), "yr2": str(year + rng.randint(1, 2)), "day": str(day), "d2": str(day + rng.randint(3, 8)),
    }  # fmt: skip
