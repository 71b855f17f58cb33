"""The blind348 pool's prose: marketers at cinema chains and independent cinemas, film distributors, streaming and
on-demand services, film festivals and cinema-advertising firms in the UK, Ireland, France, South Korea, India and
Mexico writing CIM Level 6 and 7 reports and MBA assignments in English, on cinema attendance after the pandemic,
subscriptions and loyalty schemes, premium formats, windows and streaming, event cinema, pricing and digital channels.

Placeholders: {N} a narrative citation, {P} a parenthetical one ("{P:see}" puts a word inside its bracket), {Q} a
quotation, {C} and {C2} claims, {B} a brand, {O} an opener, and the fill values: {Y}, {Y2}, {n}, {q}, {d}, {T}, {R},
{A}, {M} and this pool's own ({film}, {ch}, {fmt}, {city}, {pc}, {price}, {mo}, {scheme}, {fest}).
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Odeon", "Cineworld", "Vue", "Everyman", "Curzon", "Picturehouse", "Light Cinemas", "Omniplex",
          "the Irish Film Institute", "Pathé", "UGC", "MK2", "CGV", "Lotte Cinema", "Megabox", "PVR INOX", "Cinépolis",
          "Cinemex", "Netflix", "MUBI", "BFI Player", "Disney+", "Digital Cinema Media", "DCM", "Pearl & Dean",
          "Warner Bros.", "Universal", "StudioCanal", "Showcase", "Reel Cinemas", "the Prince Charles Cinema"]  # fmt: skip

_FILMS = ["Barbie", "Oppenheimer", "Dune: Part Two", "Wicked", "Inside Out 2", "Deadpool & Wolverine", "Top Gun: Maverick",
          "Pathaan", "Jawan", "Exhuma", "12.12: The Day", "Anatomy of a Fall", "The Count of Monte Cristo", "Kalki 2898 AD",
          "Aftersun", "The Banshees of Inisherin", "Poor Things", "Past Lives", "Pushpa 2: The Rule", "Paddington in Peru"]  # fmt: skip
_CHANNELS = ["TikTok", "Instagram Reels", "YouTube pre-roll", "the app", "email", "WhatsApp", "KakaoTalk", "Naver",
             "paid search", "Snapchat", "connected TV", "the loyalty app"]  # fmt: skip
_FORMATS = ["IMAX", "4DX", "ScreenX", "Dolby Cinema", "Superscreen", "ODEON iSense", "Ciné XL", "Cinépolis VIP",
            "Gold Class", "Onyx LED"]  # fmt: skip
_CITIES = ["Leicester Square", "Dublin", "Paris", "Seoul", "Mumbai", "Mexico City", "Manchester", "Cork", "Lyon",
           "Busan", "Chennai", "Guadalajara", "Glasgow", "Pune"]  # fmt: skip
_SCHEMES = ["Unlimited", "Myvue", "Odeon Limitless", "Everyman membership", "CinéPass", "UGC Illimité", "CJ ONE",
            "PVR Passport", "Club Cinépolis", "Picturehouse membership", "Curzon Home Cinema"]  # fmt: skip
_FESTIVALS = ["Cannes", "the BFI London Film Festival", "Busan", "the Dublin International Film Festival", "Morelia",
              "the Galway Film Fleadh", "MAMI Mumbai", "Annecy", "Guadalajara", "Sundance London"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "film": rng.choice(_FILMS), "ch": rng.choice(_CHANNELS), "fmt": rng.choice(_FORMATS), "city": rng.choice(_CITIES),
        "pc": str(rng.randint(8, 74)), "price": f"{rng.randint(5, 14)}.{rng.choice(['00', '49', '50', '60', '99'])}",
        "mo": rng.choice(["January", "March", "May", "July", "September", "November"]), "scheme": rng.choice(_SCHEMES),
        "fest": rng.choice(_FESTIVALS),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn from {city} alone.",
    "{N} concluded that {C}, which is directly relevant to {B}.", "{N} showed that {C}.",
    "{N} suggests that {C}; {B}'s own box-office data appear to bear this out.", "{N} highlighted that {C}.",
    "{N} identified that {C}, particularly among {A}.", "{N} states that {C}.", "{N} observed that {C}.",
    "{N} makes the point that {C} – something {B} has been slow to recognise.",
    "{N} warned that {C} unless exhibitors invest in {fmt}.", "{N} questioned whether {C}.",
    "{N} reported that {C} after cinemas reopened.", "{N} went further, arguing that {C} and that {C2}.",
    "{N} explains that {C} (for example, through {ch}).", "{N} surveyed {n} cinema-goers and found that {C}.",
    "{N} were among the first to argue that {C}.", "{N} noted that, since {Y}, {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of exhibitors in {city}, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "Research by {N} suggests {C}.",
    "According to a report by {N}, {C}.", "{B} is a good example of this: {N} showed that {C}.",
    "Data from {N} show that {C}.", "{C}, according to {N}.", "It could be argued, following {N}, that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "When {B} relaunched {scheme}, it appeared to follow {N}: {C}.",
    "Unlike {B}, which relies on {ch}, the chains studied by {N} found that {C}.", "As {N} put it, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {fmt} {P}.", "Recent box-office data confirm this – {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.", "{C}, especially since the pandemic {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "cinema admissions have not yet returned to pre-pandemic levels", "{A} treat a trip to the cinema as an event rather than a habit",
    "subscription schemes such as {scheme} raise visit frequency among {A}", "{fmt} screens earn a premium that standard screens cannot",
    "a shorter theatrical window lowers a film's box office", "{B}'s reliance on a few blockbusters leaves it exposed",
    "trailers on {ch} drive more ticket sales than posters", "{A} compare the price of a ticket with a month of streaming",
    "dynamic pricing works when it is explained to customers", "event cinema brings older audiences back to the multiplex",
    "food and drink now make up a large share of a cinema's profit", "independent cinemas compete on atmosphere rather than price",
    "loyalty data let {B} target offers by genre", "word of mouth on social media decides a film's second weekend",
    "cinema advertising reaches {A} that TV no longer reaches", "streaming has changed what {A} expect from a night out",
    "film festivals build awareness long before a release", "discount days bring in {A} who would otherwise wait for streaming",
    "{T} improves {R} for cinemas as much as for retailers", "local-language films draw audiences Hollywood titles miss",
    "premium seating lifts the average spend per head", "{A} are more price-sensitive since the cost-of-living crisis",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From an audience perspective", "Nevertheless", "Consequently",
    "In South Korea", "In India", "In Mexico", "In France", "In Ireland", "Overall", "Looking at {B}'s competitors",
    "In terms of digital channels", "After the reopening of cinemas",
]  # fmt: skip
PLAIN = [
    "{B} operates {n} screens and sells most of its tickets through its app.",
    "This section analyses {B}'s digital channels and makes recommendations for the next twelve months.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low.", "{O}, {C}.",
    "A PESTLE analysis of {B} is included in Appendix {q}.", "The recommendations are costed and phased over three quarters.",
    "{B} promotes {fmt} screenings through {ch} and its loyalty emails.",
    "The main competitors are {B} and two regional independents.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "The point is made directly that {Q} {P}, which {B} should note.",
    "Exhibitors are told that {Q} {P}.", "{N} put it plainly: {Q}.", "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘eventisation’", "‘windowing’", "‘premiumisation’", "‘the experience economy’", "‘Netflix and chill’",
                "‘content is king’", "‘day-and-date’", "‘the death of cinema’", "‘binge-watching’", "‘FOMO’"]  # fmt: skip
SCARE_FRAMES = [
    "Exhibitors now talk of {Q} {P}.", "{B} calls its strategy {Q} {P}.", "So-called {Q} is reshaping the release calendar {P}.",
    "The term {Q} is used loosely in the trade press {P}.", "Critics describe this as {Q}, and {B} is not immune {P}.",
    "{N} questioned the idea of {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your seat for {film} is waiting’", "‘Members save 25% this weekend’", "‘Last chance: {fmt} tickets going fast’",
                 "‘Half-term at the movies – kids go free’", "‘{film}: book now before it sells out’",
                 "‘Your {scheme} card renews soon’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates {P}.", "{B} used {Q} in its lapsed-member email {P}.",
    "The email {Q} was opened by more {A} than any other {P}.", "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation: no tutor expects it in the reference list.
NOT_CITATIONS = {
    "film-year": ["Attendance peaked in July (Barbie, 2023).", "{B}'s best week of the year came with Oppenheimer (2023) in {fmt}.",
                  "Subtitled hits showed the audience is there (Parasite, 2019).", "Telugu films now travel well (RRR, 2022).",
                  "Mexican cinema had its breakthrough earlier (Amores perros, 2000).", "3D screens were installed in a hurry (Avatar, 2009)."],
    "franchise-year": ["Superhero fatigue set in after the peak (Avengers: Endgame, 2019).", "The franchise's return filled family screens (Toy Story 4, 2019).",
                       "{B} ran a marathon of the whole saga (Harry Potter, 2001–2011).", "Bond films remain a British event (No Time to Die, 2021)."],
    "director-year": ["Korean cinema gained global attention (Bong Joon-ho, 2019).", "Indian spectacle found a Western audience (S.S. Rajamouli, 2022).",
                      "Event releases depend on auteurs (Christopher Nolan, 2023).", "The Oscar campaign was a masterclass (Alfonso Cuarón, 2018)."],
    "founder-year": ["Odeon began as one man's brand (Oscar Deutsch, 1928).", "Tim Richards (1999) founded Vue as SBC International Cinemas.",
                     "Cinépolis began in Morelia (Enrique Ramírez Miguel, 1971).", "Everyman was rebuilt as a premium chain (Alex Scrimgeour, 2008)."],
    "pioneer-year": ["The first paid screening took place in Paris (the Lumière brothers, 1895).", "Special effects began with a magician (Georges Méliès, 1902).",
                     "India's first feature was silent (Dadasaheb Phalke, 1913)."],
    "star-year": ["The film's success owed much to its lead (Shah Rukh Khan, 2023).", "Casting drove pre-sales (Margot Robbie, 2023).",
                  "Korean stars have huge fan bases (Song Kang-ho, 2019).", "Irish actors draw home crowds (Paul Mescal, 2022)."],
    "first-cinema": ["{B}'s heritage matters to its brand (first Odeon, 1930).", "Britain's oldest working cinema is still open (Electric Cinema, 1911).",
                     "Large-format cinema began in Osaka (first IMAX, 1970).", "The multiplex arrived in Milton Keynes (first multiplex, 1985)."],
    "venue-year": ["Paris still has one of Europe's largest screens (Le Grand Rex, 1932).", "The flagship reopened after refurbishment (Savoy Dublin, 1929).",
                   "Mumbai's single screens are closing (Regal Cinema, 1933).", "Seoul's landmark is now a multiplex (Dansungsa, 1907)."],
    "law-year": ["Advertising before films was regulated later (Cinema Act, 1985).", "The licensing rules still apply (Cinematograph Act, 1952).",
                 "Age ratings in India are statutory (Cinematograph Act, 1952).", "France protects its windows by law (loi Création et Internet, 2009)."],
    "quota-year": ["Korean exhibitors must show local films (screen quota, 1967).", "The quota was halved under trade pressure (screen quota, 2006).",
                   "Mexico's quota for national films was cut back (Ley Federal de Cinematografía, 1992)."],
    "scheme-year": ["Independent cinemas joined the discount scheme (Meet the Cinema, 2024).", "Subscription cinema began in the UK (Unlimited card, 2007).",
                    "A cheap-ticket day lifted admissions (National Cinema Day, 2022).", "The French flat-rate card came first (UGC Illimité, 2000).",
                    "{B}'s own pass was launched later ({scheme}, {Y})."],
    "festival-year": ["Prestige titles still premiere on the Croisette (Cannes, 1946).", "Asian cinema has its own showcase (Busan International Film Festival, 1996).",
                      "The Irish festival draws industry buyers (Galway Film Fleadh, 1989).", "Mexican auteurs premiere at home first (Morelia International Film Festival, 2003)."],
    "award-year": ["The win changed the film's release plan (Palme d'Or, 2019).", "Awards season lifts late releases (BAFTA, 2024).",
                   "A foreign-language winner made history (Oscars, 2020).", "The ceremony boosted ticket sales for nominees (Golden Globes, 2024)."],
    "ceremony-year": ["Academy Awards night now trends on TikTok (96th Academy Awards, 2024).", "The ceremony moved to streaming (Filmfare Awards, 2021).",
                      "The Césars were boycotted by some guests (César Awards, 2020)."],
    "merger-year": ["The deal created the world's second-largest chain (Cineworld and Regal, 2018).", "India's two largest chains merged (PVR and INOX, 2023).",
                    "The studio landscape changed (Disney and Fox, 2019).", "Streaming giants bought libraries (Amazon and MGM, 2022)."],
    "takeover-year": ["The chain changed hands twice (Odeon bought by AMC, 2016).", "A buyout followed (Vue acquired by OMERS, 2013).",
                      "Cinemex expanded by acquisition (the Cinemark Mexico deal, 2013)."],
    "crisis-year": ["The summer was unusually strong (Barbenheimer, 2023).", "Every screen went dark in March (cinema closures, 2020).",
                    "Releases were pushed back for months (writers' strike, 2023).", "Shares collapsed as debts mounted (Cineworld administration, 2022)."],
    "event-year": ["Admissions hit a record low (lockdown, 2020–2021).", "Opening hours were restricted again (Omicron, December 2021).",
                   "Ticket sales fell during the tournament (Euro 2024, June–July).", "Attendance dipped in the heatwave (July {Y})."],
    "film-about-cinema": ["Nostalgia for the local cinema is a marketing asset (Cinema Paradiso, 1988).", "A drama about a seaside cinema revived the idea (Empire of Light, 2022).",
                          "Even children's films celebrate early cinema (Hugo, 2011).", "The usher's romance became a cult hit (The Majestic, 2001)."],
    "series-about-film": ["Streaming documentaries made directors famous (The Movies That Made Us, 2019).", "A drama about Bollywood stars drew subscribers (Made in Heaven, 2019).",
                          "The series satirised Hollywood (The Studio, 2025)."],
    "ticket-price": ["Prices rose to £7.60 a ticket (2024).", "{B} charges £{price} on weekdays ({Y} prices).",
                     "Premium seats cost more (£{price} vs £{q}.99).", "A ticket in Mumbai averages ₹{n} (2023)."],
    "admissions": ["The UK recorded 123.6 million admissions (2023).", "Admissions recovered strongly ({n} million, {Y}).",
                   "France sold 181 million tickets (2023 admissions).", "Korean attendance fell sharply (2022 admissions)."],
    "box-office": ["The film grossed $1.4 billion worldwide (box office, 2023).", "The opening weekend was strong (£{n}m, {mo} {Y}).",
                   "Takings fell year on year ({Y} box office: £{n}m)."],
    "screen-count": ["{B} runs {n} screens ({Y} figures).", "India has fewer screens per head than France (9,{n} screens, 2023).",
                     "The chain has grown quickly ({n} sites, {Y})."],
    "share-figure": ["Streaming now takes most viewing time ({pc}%, {Y}).", "Members account for a large share of visits ({pc}% of admissions).",
                     "Food and drink margins are high (about {pc}% of revenue)."],
    "survey-n": ["Most respondents preferred weekday discounts (n = {n}).", "The focus group was small (n={q}0, {mo} {Y}).",
                 "Half of members visit monthly ({pc}%, n = {n})."],
    "quarter-year": ["Admissions grew in the summer quarter (Q3 {Y}).", "{B}'s revenue fell (H1 {Y}).", "Sales improved after Christmas (Q{q}, {Y})."],
    "financial-year": ["{B}'s results improved (FY{Y}).", "PVR INOX reported a loss (FY2023-24).", "The chain's profits rose (year ended 31 December {Y})."],
    "release-date": ["The sequel opens in {mo} (UK release, {d} {mo} {Y}).", "The film was released on streaming soon after (digital release, {Y}).",
                     "{film} arrived on {ch} weeks later (streaming date: {d} {mo})."],
    "window-days": ["The exclusive window was cut (45 days, 2021).", "France keeps a longer window (17 months for SVOD, 2022).",
                    "The window shrank sharply (from 90 to 31 days)."],
    "format-launch": ["{B} added large screens early (IMAX, 2002).", "Motion seats arrived from Korea (4DX, 2009).",
                      "Panoramic screens spread across Asia (ScreenX, 2012).", "Dolby's own format came later (Dolby Cinema, 2014)."],
    "service-launch": ["Streaming in the UK began in earnest (UK launch of Netflix, January 2012).", "The arthouse streamer changed its model (MUBI, launched as The Auteurs in 2007).",
                       "Disney's service arrived during lockdown (Disney+, March 2020).", "The BFI's own platform launched early (BFI Player, launched 2013)."],
    "slogan": ["Pearl & Dean's 'Asteroid' jingle is still recognised by older audiences.", "The campaign line was simple: 'See it big'.",
               "The old intermission short, 'Let's all go to the lobby', is now used ironically.", "{B}'s tagline, 'Cinema like nowhere else', runs on every screen.",
               "Odeon once claimed to show 'Oscar Deutsch Entertains Our Nation'."],
    "campaign-name": ["The industry campaign ran across all chains ('Cinema: the Big Screen Experience', {Y}).", "{B}'s summer push ('{film} in {fmt}') sold out.",
                      "The national campaign ('Go to the movies', 2022) featured Tom Cruise."],
    "hashtag-handle": ["The trailer trended for days (#Barbenheimer).", "{B} answers complaints on X (@OdeonCinemas) within hours.",
                       "Fans shared their outfits (#BarbieMovie, July 2023).", "Tickets are sold online (www.{q}screens.co.uk)."],
    "abbreviation": ["Subscription video on demand (SVOD) now competes with cinema for evening leisure time.",
                     "The premium large format (PLF) share of box office keeps rising.", "Average revenue per user (ARPU) fell after the price rise.",
                     "Spend per head (SPH) on concessions is {B}'s key measure."],
    "rating": ["The film was certified for teenagers (12A, BBFC).", "India's board asked for cuts (U/A certificate, CBFC).",
               "Audiences loved it (CinemaScore A+).", "Critics were divided ({pc}% on Rotten Tomatoes)."],
    "cross-reference": ["The customer persona (Appendix {q}) is based on five interviews.", "See Table {q} (page {q}) for the costs.",
                        "The Gantt chart (Section 3.{q}) phases the launch.", "Refer to Task 1 (b) for the competitor analysis."],
    "location": ["{B}'s flagship is in the West End (Leicester Square, London WC2).", "The new site opened in Dublin (Parnell Street, D01).",
                 "The chain's headquarters are in Morelia (Michoacán, Mexico).", "CGV began in Seoul (Gangbyeon, 1998)."],
    "former-name": ["{B} traded under another name (formerly UCI, until 2006).", "The chain dropped its old name (formerly Cineworld Cinemas, 1995).",
                    "Vue was once known by its initials (SBC International Cinemas, 1999)."],
    "ticker": ["{B}'s shares were suspended (LSE: CINE).", "Everyman trades on AIM (AIM: EMAN).", "Netflix's results moved the market (NASDAQ: NFLX).",
               "PVR INOX is listed in Mumbai (NSE: PVRINOX)."],
    "season-year": ["Family films fill the half-term slot (February half-term, {Y}).", "Diwali releases dominate the Indian calendar (Diwali, {Y}).",
                    "Chuseok is Korea's busiest week at the box office (Chuseok, {Y}).", "Summer blockbusters open early in Mexico (verano, {Y})."],
    "quoted-saying": ["Exhibitors repeat the old saying that 'the show must go on'.", "Many staff still say 'nobody knows anything' about box office.",
                      "The marketing team's motto is 'bums on seats'."],
    "percentage-change": ["Admissions rose year on year (+{pc}%, {Y} vs {Y2}).", "Visits dropped during the strike ({pc}% down on 2019).",
                          "Members' visits rose after the relaunch (+{pc}% in {mo})."],
    "currency-figure": ["Cinema advertising revenue recovered (£{n}m in {Y}).", "The budget for the campaign was modest (€{n}k).",
                        "Mexican box office was strong (MXN {n} million, {Y})."],
    "time-period": ["Cinemas were closed for much of the period (March 2020 – May 2021).", "The pilot ran for a season (autumn {Y}).",
                    "Discount Tuesdays ran all year ({Y}–{Y2})."],
    "age-band": ["The core audience is young (aged 16–34).", "Older viewers returned last (55+, {Y}).", "Family tickets cover children (aged 3–15)."],
    "anniversary": ["The chain will mark a milestone (100 years of Odeon, 2028).", "The festival celebrated its jubilee (Cannes at 75, 2022).",
                    "Screenings marked the centenary (Indian cinema at 100, 2013)."],
}  # fmt: skip
