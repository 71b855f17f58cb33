"""The blind325 pool's prose: marketers at radio stations, newspaper and magazine publishers, podcast networks, audio
platforms and media-sales houses in the UK, Ireland, Australia, South Africa, Canada and the Netherlands, writing CIM
Level 6 and 7 reports and MBA assignments in English on audiences and ratings, subscriptions and paywalls, advertising
sales, local journalism, podcasts and digital-channel marketing.

Frames use the builder's placeholders ({N}, {P}, {Q}, {C}, {C2}, {O}, {B}, {A}, {R}, {T}, {Y}, {Y2}, {n}, {q}, {d},
{M}) and this pool's own from ``values``: {stn} a station, {show} a programme slot, {pod} a podcast, {title} a
newspaper or magazine, {mkt} a market, {pc} a percentage's number, {k} thousands, {cur} a currency sign, {Y3} a
recent year. NOT_CITATIONS holds text with brackets, years, names and quotation marks that cites nothing.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Global", "Bauer Media Audio", "Reach", "National World", "Newsquest", "DC Thomson", "Mediahuis",
          "DPG Media", "Communicorp", "RTÉ", "Today FM", "Nova Entertainment", "Southern Cross Austereo", "ARN",
          "Primedia Broadcasting", "947", "Corus Entertainment", "Acast", "Audioboom", "Spotify", "Radiocentre",
          "the News Media Association", "Audiotrack", "Newstalk", "Heart", "Capital", "Smooth", "Absolute Radio",
          "Magic", "Greatest Hits Radio", "Irish Independent", "Belfast Telegraph", "The Press and Journal",
          "Manchester Evening News", "KIIS", "triple m", "Jacaranda FM", "Kaya 959", "CFRB Newstalk 1010",
          "Qmusic", "Het Laatste Nieuws", "NRC"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source."""
    return {
        "stn": rng.choice(["Heart", "Capital", "Smooth", "Absolute Radio", "Magic", "Kiss", "Greatest Hits Radio",
                           "Today FM", "Newstalk", "FM104", "Q102", "Spin 1038", "KIIS 1065", "Nova 969", "2GB",
                           "Triple M", "947", "Jacaranda FM", "Kaya 959", "702", "CHUM 104.5", "Virgin Radio Toronto",
                           "Qmusic", "Radio 538", "Sky Radio"]),
        "show": rng.choice(["breakfast", "drivetime", "mid-morning", "weekend", "late-night", "sport", "news-talk"]),
        "pod": rng.choice(["a true-crime series", "a daily news podcast", "a football podcast", "a comedy chat show",
                           "a business podcast", "a parenting podcast", "a history podcast", "a rugby podcast"]),
        "title": rng.choice(["the Irish Independent", "the Manchester Evening News", "the Belfast Telegraph",
                             "The Press and Journal", "the Liverpool Echo", "The Courier", "the Sunday World",
                             "Het Laatste Nieuws", "de Telegraaf", "the Sowetan", "the Toronto Star", "the Herald Sun",
                             "The Sydney Morning Herald", "Heat", "Empire", "Kerrang!", "Grazia"]),
        "mkt": rng.choice(["Dublin", "Cork", "Greater Manchester", "the North East", "Glasgow", "Sydney", "Melbourne",
                           "Brisbane", "Johannesburg", "Cape Town", "Durban", "Toronto", "Vancouver", "Montréal",
                           "Amsterdam", "Rotterdam", "Antwerp"]),
        "pc": str(rng.randint(4, 78)), "k": str(rng.randint(12, 980)), "Y3": str(rng.randint(2019, 2025)),
        "cur": rng.choice(["£", "€", "R", "A$", "C$"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn only from {mkt}.",
    "{N} concluded that {C}, which is directly relevant to {B}.", "{N} suggests that {C}.",
    "{N} showed that {C}; {B}'s own figures point the same way.", "{N} observed that {C} in {mkt}.",
    "{N} identified that {C}, particularly for {A}.", "{N} warned that {C} unless publishers act soon.",
    "{N} makes the case that {C}.", "{N} reported that {C} across {n} regional titles.",
    "{N} questioned whether {C}.", "{N} noted that, since {Y3}, {C}.",
    "{N} describe the {show} show as the shop window of a station and argue that {C}.",
    "{N} interviewed {n} media buyers and found that {C}.", "{N} go further, arguing that {C} and that {C2}.",
    "{N} point out that {C} – a finding {B} cannot afford to ignore.",
    "{N} compared listeners to {stn} with those of its rivals and showed that {C}.",
    "{N} emphasise that {C}.", "{N} recommended that sales teams check whether {C}.",
    "{N} measured engagement with {pod} and reported that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of local newsrooms, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "Research by {N} suggests that {C}.",
    "According to {N}, {C}.", "A survey carried out by {N} found that {C}.",
    "{C}, as {N} noted in their review of {T}.", "It could be argued, following {N}, that {C}.",
    "{B} is a good example: {N} showed that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "Data from {N} show that {C}.",
    "When {B} relaunched its app, it seemed to follow {N}: {C}.", "{C}, according to {N}.",
    "For a regional publisher such as {title}, the work of {N} matters because {C}.",
    "Not everyone agrees; {N}, for instance, maintained that {C}.",
    "Applying the model set out by {N} to {B}, it appears that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.", "{N} analysis of {mkt} suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially on smart speakers {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
    "Recent data from {mkt} confirm this – {C} {P}.", "A key point for {B} is that {C} {P}.", "{C}. {P}",
    "Audio advertising builds reach cheaply, but only when the creative is distinctive {P}.",
    "Local radio is still trusted more than social media for local news {P}.", "{C} {P:see also}.",
    "Podcast listeners are younger and more affluent than the average radio listener {P}.",
    "Print circulation has fallen every year in {mkt}, while digital subscriptions have grown {P}.",
    "{C}, as several studies of {mkt} show {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust local radio more than national newspapers", "{T} lifts {R} among {A}",
    "digital subscriptions only grow when a paywall is paired with a newsletter habit",
    "host-read podcast adverts are remembered better than pre-recorded spots",
    "{A} now listen to more audio on demand than live", "networked {show} shows weaken a station's local identity",
    "regional publishers depend on programmatic revenue that is falling", "{B}'s reliance on {T} leaves it exposed",
    "smart speakers have made radio brands more important, not less", "readers who pay for news are older and wealthier",
    "{A} are more likely to subscribe after a free trial of around {q} weeks", "audio advertising is cheaper than TV but harder to measure",
    "ratings surveys undercount listening on apps and smart speakers", "local news builds loyalty that national titles cannot match",
    "brands that advertise on radio see stronger {R} when they also use social media",
    "around {q} in 10 {A} avoid the news at least some of the time", "{B} needs to {bs} to keep its advertisers",
    "the cost-of-living crisis has pushed {A} to cancel subscriptions", "podcasts reach {A} whom radio no longer reaches",
    "media-sales houses sell audiences rather than airtime", "newsletters convert casual readers into subscribers",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "In Ireland", "In South Africa",
    "For {B}'s sales team", "Since the pandemic", "In the context of {B}", "From an advertiser's perspective",
    "Nevertheless", "Consequently", "Within the radio sector", "As a result", "Looking at {B}'s competitors",
    "Overall", "In terms of digital channels", "For local publishers",
]  # fmt: skip
PLAIN = [
    "{B} owns stations in most major markets and sells its airtime through its own sales house.",
    "This report analyses {B}'s digital subscription funnel and makes recommendations.",
    "The table below summarises weekly reach and hours for each station in the group.",
    "{B}'s podcast network has over {k}k followers on Spotify, but few listeners pay for extra content.",
    "The recommendations are costed and phased over the next financial year.", "{O}, {C}.",
    "{stn}'s {show} show is the station's most valuable asset for advertisers.",
    "Readers can subscribe monthly or annually, and the first month is discounted.",
    "A SWOT analysis of {B} is included in the appendix.",
    "The main competitors in {mkt} are {B} and two independent stations.",
    "Task 2 builds on this by proposing a content and sales plan for {pod}.",
    "The sales team sells packages that combine on-air, online and podcast inventory.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one media-management text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "The point is made directly that {Q} {P}, which {B} should note.",
    "One study of local newsrooms concluded that {Q} {P}.", "Sales teams are told that {Q} {P}.",
    "{N} put it bluntly: {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘news deserts’", "‘churnalism’", "‘audio-first’", "‘clickbait’", "‘zombie papers’", "‘appointment to listen’",
                "'pay-walled'", "“theatre of the mind”", "‘share of ear’", "‘subscription fatigue’", "'the local'",
                "‘networking’", "‘podfade’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} {P}.", "Many readers are tired of {Q} {P}.",
    "So-called {Q} are a growing concern for {B} {P}.", "This trend, often called {Q}, affects {A} most {P}.",
    "The term {Q} is used loosely in the industry {P}.", "Radio still trades on {Q}, which no other medium offers {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your morning briefing from {B}’", "‘Don’t miss out – 3 months for {cur}1’",
                 "“You’ve reached your free article limit”", "‘Hi Sam, here’s what happened in {mkt} today’",
                 "‘New episode: {pod} is back’", "‘Win tickets with {stn} this week’", "“Your subscription is about to end”",
                 "‘We miss you – come back for half price’", "‘Breaking: the story everyone in {mkt} is talking about’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its win-back email {P}.",
    "Short, urgent copy ({Q}, for example) performs well with {A} {P}.",
    "Messages like {Q} work because they create urgency {P}.",
    "The on-air trail {Q} ran {q} times a day {P}.", "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, names and quotation marks that cites nothing: stations, titles and shows with launch and
# closing years, presenters, editors and owners, broadcasts, stories, inquiries, laws, licences, mergers, awards,
# events, formats, songs, films, prices, audiences and taglines.
NOT_CITATIONS = {
    "station-launch": [
        "Offshore pirates such as the first ship-based station (Radio Caroline, 1964) showed the demand for pop radio.",
        "The BBC answered the pirates with its own pop network (Radio 1, 1967).",
        "Ireland's second national commercial station (Today FM, 1997) now belongs to Bauer.",
        "Talk radio in London began with a single licence (LBC, 1973).",
    ],
    "station-launch-regional": [
        "Johannesburg's talk station (Radio 702, 1980) started as a music station broadcasting from Bophuthatswana.",
        "Australia's youth network began in Sydney (Double Jay, 1975) before going national.",
        "The Netherlands' best-known offshore station (Radio Veronica, 1960) later became a public broadcaster.",
    ],
    "title-closure": [
        "Trust in the tabloid press fell sharply after one title closed (News of the World, 2011).",
        "Ireland lost a Sunday broadsheet in the same year (Sunday Tribune, 2011).",
        "The print edition of one national daily was dropped (The Independent, 2016) in favour of online only.",
    ],
    "title-founding": [
        "The mass-market daily was born in London (Daily Mail, 1896).",
        "Black readership in Gauteng was built by one title (Sowetan, 1981).",
        "The oldest Dutch daily still published is a Haarlem title (Haarlems Dagblad, 1656).",
    ],
    "podcast-launch": [
        "The true-crime boom is usually dated to one American series (Serial, 2014).",
        "Political podcasts took off in the UK after one launch (The Rest Is Politics, 2022).",
        "{B} launched {pod} (first episode, spring {Y3}) to reach commuters.",
    ],
    "long-running-show": [
        "Some brands are decades old: the world's longest-running drama (The Archers, 1951) is still on air.",
        "The castaway format (Desert Island Discs, 1942) has been copied by podcasts ever since.",
        "Irish listeners still start the day with the same programme (Morning Ireland, 1984).",
    ],
    "presenter-year": [
        "Personality DJs shaped the network from the start (Peel, 1967).",
        "Breakfast radio became a national habit with one presenter (Wogan, 1972).",
        "Commercial radio in London was built on comedy (Kenny Everett, 1970) as much as on music.",
    ],
    "presenter-narrative": [
        "The Late Late Show's first host, Gay Byrne (1962), stayed in the chair for 37 years.",
        "South African talk radio was shaped by John Robbie (1989 to 2013 on breakfast) more than by any format.",
        "The breakfast format on Radio 2 was defined by Terry Wogan (1972 to 1984) before he moved to television.",
    ],
    "owner-year": [
        "The Sun was relaunched as a tabloid under a new proprietor (Murdoch, 1969).",
        "The Mirror Group's pension scandal followed its takeover (Maxwell, 1984).",
        "Irish newspapers changed after a businessman took control of the group (O'Brien, 2012).",
    ],
    "editor-year": [
        "The Sun's most notorious headlines came under one editor (Kelvin MacKenzie, 1981–1994).",
        "Investigative journalism at the Sunday Times is linked to one editor (Harold Evans, 1967).",
    ],
    "famous-broadcast": [
        "Radio's power to persuade is often illustrated by a Halloween drama (War of the Worlds, 1938).",
        "Few broadcasts had the reach of one royal occasion (the Coronation, 1953).",
        "The moment radio became local for many South Africans was the release broadcast (11 February 1990).",
    ],
    "headline": [
        "Tabloid headlines such as the one about the Belgrano (Gotcha, 1982) are still taught as examples of bad taste.",
        "The election-day front page (It's The Sun Wot Won It, 1992) claimed more influence than it had.",
        "A famous tabloid splash (Freddie Starr Ate My Hamster, 1986) shows how celebrity sells papers.",
    ],
    "scandal": [
        "Trust in news was damaged by a hoax that fooled two editors (Hitler diaries, 1983).",
        "The industry's reputation never fully recovered (phone hacking, 2011).",
        "Readers remember the scandal (expenses files, 2009) as a triumph for paid-for journalism.",
    ],
    "inquiry": [
        "Press regulation has been contested since the public inquiry (Leveson, 2012).",
        "The BBC's governance was reviewed after one inquiry (Hutton, 2004).",
        "Ireland set up a commission to review media funding (Future of Media Commission, 2020–2022).",
    ],
    "broadcasting-law": [
        "Commercial radio was deregulated by statute (Broadcasting Act, 1990).",
        "Platforms, not publishers, carry the new duties (Online Safety Act, 2023).",
        "Offshore stations were closed by law (Marine Broadcasting Offences Act, 1967).",
        "Canadian platforms must now pay publishers for links (Online News Act, 2023).",
    ],
    "licence-fee": [
        "Public funding was squeezed in real terms (licence fee freeze, 2022).",
        "Irish households still pay the same charge (TV licence fee: €160, 2024).",
        "The BBC's income fell after the settlement (licence fee settlement, 2010).",
    ],
    "licence-award": [
        "The station kept its frequency after a contest (FM licence renewal, 2022).",
        "National digital coverage arrived with a second multiplex (Sound Digital, 2016).",
        "{stn} won its licence in a beauty contest (licence award, {Y}).",
    ],
    "publisher-merger": [
        "The group became the UK's largest newspaper publisher after a deal (Trinity Mirror and Express, 2018).",
        "Irish regional titles changed hands when the group was bought (INM takeover, 2019).",
        "Two Dutch publishers combined their regional papers (Persgroep and Wegener, 2015).",
    ],
    "radio-merger": [
        "Global's national footprint dates from one acquisition (Global and GCap, 2008).",
        "Bauer grew quickly in the UK and Ireland (Bauer and Wireless, 2019).",
        "Consolidation in Australia continued with one purchase (ARN and Grant Broadcasters, 2021).",
    ],
    "award": [
        "{stn}'s {show} team won the industry's highest prize (Sony Radio Academy Award, 2009).",
        "The station's news service was shortlisted again (ARIAs, 2022).",
        "{B}'s regional newsroom was recognised by its peers (Press Awards, 2023).",
        "Ireland's local stations compete every year for the same trophy (IMRO Radio Awards, {Y3}).",
    ],
    "industry-event": [
        "The debate about local content dominated one conference (Radio Festival, 2019).",
        "Audio sales teams meet buyers at one event (The Podcast Show London, 2023).",
        "European broadcasters now share ideas every spring (Radiodays Europe, {Y3}).",
    ],
    "format-technology": [
        "Digital radio began as a European standard (DAB, 1995).",
        "Station names first appeared on car radios with one technology (RDS, 1988).",
        "Most new multiplexes use the newer codec (DAB+, 2011).",
    ],
    "switch-off": [
        "Norway was the first country to turn off national analogue radio (FM switch-off, 2017).",
        "Television had already completed its move (digital switchover, 2012).",
        "Swiss stations followed a similar path (FM switch-off, 2024) despite listener complaints.",
    ],
    "paywall": [
        "The Times was the first UK national to charge online (paywall, 2010).",
        "{B} introduced a metered model (metered paywall, {Y3}) after a free-to-read period.",
        "One Irish national daily moved to a digital subscription model (subscriptions launch, 2015).",
    ],
    "song": [
        "The music video era opened with a warning to radio (Video Killed the Radio Star, 1979).",
        "Queen's tribute to the wireless (Radio Ga Ga, 1984) is still played on gold stations.",
        "{stn} closes its {show} show with the same track every Friday (Don't Stop Me Now, 1978).",
    ],
    "jingle": [
        "Listeners still sing the jingle (‘Heart, more music variety’) years after it was dropped.",
        "The station's sung ident (‘{stn}, the sound of {mkt}’) was recorded in Dallas.",
    ],
    "film": [
        "Pirate radio is now nostalgia (The Boat That Rocked, 2009).",
        "The idea of the rebellious DJ owes much to Hollywood (Good Morning, Vietnam, 1987).",
        "Local investigative journalism got a boost from one film (Spotlight, 2015).",
        "Newspaper history reached cinemas again (The Post, 2017).",
    ],
    "tv-series": [
        "The newsroom comedy (Drop the Dead Donkey, 1990–1998) mocked cost-cutting owners.",
        "A BBC drama (Press, 2018) showed a broadsheet and a tabloid in competition.",
        "American newsroom drama (The Newsroom, 2012) shaped how students see editors.",
    ],
    "cover-price": [
        "A weekday copy now costs £2.50 (2023), double the price of ten years ago.",
        "The Saturday edition rose to €3.20 (2024) without losing many readers.",
        "{title} costs {cur}{q}.{q}0 a copy ({Y3}) but far less online.",
    ],
    "audience-figure": [
        "The breakfast show draws 9.6 million listeners (2022) each week.",
        "{stn} reached {k},000 adults a week ({Y3}) in its core area.",
        "Weekly podcast reach passed 20 million adults (2023) for the first time.",
    ],
    "reach-year": [
        "{stn} lost share in {mkt} (2023 reach) but gained hours.",
        "{B}'s weekly audience is strongest among women aged 35 to 54 ({Y3} figures).",
        "The station grew by {pc}% (Q{q} {Y3} on Q{q} {Y}).",
    ],
    "tagline": [
        "The paper's motto, ‘All the news that’s fit to print’, is printed on every front page.",
        "{stn}'s positioning line, ‘Feel Good’, is repeated every quarter hour.",
        "The Guardian's line ‘Owned by no one’ supports its reader-revenue appeals.",
        "Bauer's breakfast shows share a single promise, ‘More music, less talk’.",
    ],
    "rate-card": [
        "A 30-second spot on the {show} show costs {cur}{n} ({Y3} rate card).",
        "Podcast inventory is sold at around {cur}{q}0 per thousand downloads (CPM, {Y3}).",
    ],
    "programme-slot": [
        "The {show} show runs for three hours (6–9am, Monday to Friday).",
        "The regional news bulletin airs on the hour (7am–7pm, weekdays).",
    ],
    "episode-reference": [
        "The most downloaded instalment of {pod} (episode {n}, {Y3}) featured a local football manager.",
        "Listeners can hear the full interview online (series {q}, episode {q}).",
    ],
    "anniversary": [
        "The BBC marked its centenary (1922–2022) with a season of archive radio.",
        "{stn} celebrated its birthday on air (25 years, {Y3}).",
    ],
    "rebrand": [
        "Many local stations lost their names in one move (rebranded as Greatest Hits Radio, 2020).",
        "The station changed its name (formerly {stn} Gold, until {Y3}).",
    ],
    "frequency": [
        "In {mkt} the station broadcasts on FM (95.8 FM) and on DAB.",
        "Listeners can also tune in on medium wave (1548 AM).",
    ],
    "quota-rule": [
        "Canadian stations must play domestic music (CanCon, 1971).",
        "South African music quotas were raised for the public broadcaster (90% local music, 2016).",
        "Irish stations follow a rule on news and current affairs (20% speech, 7am–7pm).",
    ],
    "strike-dispute": [
        "Print unions lost power after one dispute (Wapping, 1986).",
        "Journalists walked out over pay (NUJ strike, {Y3}) at several regional titles.",
    ],
    "device-launch": [
        "On-demand audio was made possible by one device (iPod, 2001).",
        "Podcast directories arrived on phones (Apple Podcasts, 2005).",
        "Voice-controlled listening began at home (Amazon Echo, 2016 in the UK).",
    ],
    "ad-campaign": [
        "One newspaper's television advert (Points of View, 1986) is still used in training.",
        "The Guardian's open-journalism advert (Three Little Pigs, 2012) went viral.",
    ],
    "sport-event": [
        "Sport drives listening peaks (Italia '90) that stations still talk about.",
        "Radio commentary united the country (Rugby World Cup, 1995).",
    ],
    "era-range": [
        "Commercial radio's golden age in the UK (1973–1989) was built on local ownership.",
        "The decline of classified advertising (2005–2015) hit regional titles hardest.",
    ],
    "ranking": [
        "{stn} is the number one commercial station in {mkt} (Q{q} {Y3}).",
        "The {show} show ranked first in its slot (survey {q}, {Y3}).",
    ],
    "subscription-offer": [
        "New readers are offered {cur}1 for the first month ({Y3} offer).",
        "The annual plan is discounted by a third (Black Friday, {Y3}).",
    ],
    "handle-or-address": [
        "Listeners text the studio (@{stn}Breakfast) or call the phone-in line.",
        "Readers can subscribe online (subscribe.example-news.ie) or in store.",
    ],
    "abbreviation": [
        "The Joint Industry Committee for Regional Press Research (JICREG) once measured local titles.",
        "Cost per thousand (CPM) and listen-through rate (LTR) are the key podcast metrics.",
        "Radio Audience Measurement Survey (RAMS) results are released four times a year.",
    ],
    "cross-reference": [
        "The station's audience profile is set out in Appendix {q} (Table {q}).",
        "See Task 1 (b) above for the competitor analysis.",
        "The sales plan (Section 3.{q}) shows the schedule week by week.",
    ],
}  # fmt: skip
