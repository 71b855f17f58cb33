"""The blind253 pool's prose: marketers at UK and Irish film studios, distributors, cinema chains, TV producers,
broadcasters and streaming services writing CIM Level 6 and 7 reports and MBA assignments on audience, trade and B2B
marketing. Written without reading the checker, its tests or any other pool.

Placeholders are those of text.py ({N}, {P}, {Q}, {C}, {C2}, {O}, {B}, {A}, {R}, {T}, {Y}, {Y2}, {n}, {q}, {d}, {M})
and the values below. NOT_CITATIONS holds text with brackets, years, dates, prices, titles and abbreviations that is
no citation: a tutor would not expect any of it in the reference list.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Pinewood", "Shepperton Studios", "Working Title", "Film4", "the BFI", "Screen Ireland", "Element Pictures",
          "Altitude", "Curzon", "Picturehouse", "Vue", "Cineworld", "Odeon", "Everyman", "Omniplex", "the BBC", "ITV",
          "Channel 4", "Sky", "RTÉ", "Virgin Media Television", "TG4", "S4C", "BritBox", "ITVX", "Netflix UK",
          "Disney+", "MUBI"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    film, fy = rng.choice(
        [
            ("Barbie", "2023"),
            ("Oppenheimer", "2023"),
            ("Paddington in Peru", "2024"),
            ("The Banshees of Inisherin", "2022"),
            ("Saltburn", "2023"),
            ("Aftersun", "2022"),
            ("Wonka", "2023"),
            ("The Quiet Girl", "2022"),
            ("Kneecap", "2024"),
            ("Top Gun: Maverick", "2022"),
            ("Wicked", "2024"),
            ("Conclave", "2024"),
        ]
    )
    series, sy = rng.choice(
        [
            ("Line of Duty", "2021"),
            ("Baby Reindeer", "2024"),
            ("Normal People", "2020"),
            ("Happy Valley", "2023"),
            ("Slow Horses", "2022"),
            ("Derry Girls", "2022"),
            ("Mr Bates vs The Post Office", "2024"),
            ("Bad Sisters", "2022"),
            ("The Traitors", "2022"),
        ]
    )
    return {
        "film": film, "fy": fy, "series": series, "sy": sy,
        "pc": str(rng.randint(3, 68)),
        "Y3": str(rng.randint(2019, 2024)),
        "mo": rng.choice(["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]),
        "ch": rng.choice(["TikTok", "Instagram", "YouTube", "LinkedIn", "email", "outdoor", "cinema advertising", "paid search", "the loyalty app"]),
        "role": rng.choice(["Head of Marketing", "Chief Content Officer", "Director of Distribution", "commissioning editor", "Chief Executive", "Head of Audiences", "Marketing Director"]),
        "hon": rng.choice(["CBE", "OBE", "MBE"]),
        "tk": rng.choice(["LON: ITV", "LON: EMAN", "NASDAQ: NFLX", "NYSE: DIS", "LON: CINE"]),
        "cert": rng.choice(["15", "12A", "PG", "18", "U"]),
        "eur": str(rng.randint(8, 14)),
        "mn": str(rng.randint(2, 14)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}, which is exactly the position {B} finds itself in.",
    "{N} found that {C}, although their sample was drawn from {A} in England only.",
    "{N} showed that {C}.",
    "{N} noted that {C}, a point that matters for {B}'s release plan.",
    "{N} observed that {C} in the years after the pandemic.",
    "{N} concluded that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} pointed out, {C}.",
    "{O}, {N} found that {C}.",
    "This echoes {N}, who argued that {C}.",
    "{C}, as {N} observed.",
    "For {B}, the lesson from {N} is that {C}.",
    "Evidence from {N} suggests that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} found that {C}.",
    "{O}, {N} analysis suggests that {C}.",
    "{N} framework helps to explain why {C}.",
    "{N} figures show that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is good evidence that {C} {P}.",
    "It is widely accepted in the industry that {C} {P}.",
    "{C}, particularly among {A} {P:see}.",
    "{C} {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}; even so, {C2}.",
    "{C} {P}, while {C2}.",
    "{C} {P}, although {C2}.",
]  # fmt: skip
CLAIMS = [
    "{T} lowers the cost of reaching {A}",
    "{B} relies on {ch} more heavily than its rivals do",
    "trailers released on {ch} drive earlier ticket sales among {A}",
    "{A} reward {T} with stronger {R}",
    "independent cinemas compete on experience rather than price",
    "the theatrical window still shapes how a film is valued on streaming",
    "public service broadcasters must reach younger audiences on their own platforms",
    "word of mouth matters more for British films than for studio tentpoles",
    "subscription fatigue is pushing viewers towards free ad-supported services",
    "{B} could use first-party data to win back lapsed {A}",
    "event releases bring lapsed cinemagoers back to the multiplex",
    "festival buzz rarely converts into box office without paid support",
    "a strong opening weekend sets the tone for the rest of a film's run",
    "Irish audiences respond well to home-grown stories",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "By contrast", "In the case of {B}", "More recently", "Even so",
           "In the UK and Irish market", "At the same time", "From a distribution point of view"]  # fmt: skip
PLAIN = [
    "{B} releases around {mn} titles a year across cinema and streaming.",
    "This section applies the marketing mix to {B}'s slate.",
    "Table 3 compares the options on cost, reach and fit with the brand.",
    "{B}'s social channels have grown, but engagement per post has fallen.",
    "The recommendations below are costed and phased over twelve months.",
    "{O}, {C}.",
    "A PESTLE analysis is included in Appendix 2.",
    "The campaign ran for eight weeks across {ch}, outdoor and cinema advertising.",
    "{B} has no documented CRM strategy for its members at present.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "{O}, {Q} {P}.",
    "The point is made plainly: {Q} {P}.",
    "{Q} {P}, and {B} has not yet acted on it.",
]  # fmt: skip
SCARE_QUOTES = ["‘event cinema’", "‘appointment to view’", "‘tentpole’", "‘four-wall’", "‘day-and-date’",
                "‘platform release’", "‘second screen’", "‘binge model’"]  # fmt: skip
SCARE_FRAMES = [
    "Distributors now talk of the {Q} approach {P}.",
    "{B} calls its strategy {Q} {P}.",
    "The idea of the {Q} release is now common {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your free popcorn is waiting’", "‘Member screening: book now’", "“Last chance to see {film} on the big screen”",
                 "‘New on ITVX this week’", "‘Your {M} watchlist is ready’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the highest open rate of the quarter {P}.",
    "{B}'s message {Q} was sent to lapsed members {P}.",
    "Subject lines such as {Q} performed well in tests {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "subscription-price": ["{B} raised its standard plan to £7.99 a month in {Y3}.", "The ad tier (£4.99 a month from {mo} {Y3}) brought in price-sensitive viewers."],
    "ticket-price": ["The average ticket (£12.50 in {Y3}) is a barrier for {A}.", "{B} trialled £5 tickets on Tuesdays (from {mo} {Y3})."],
    "euro-ticket": ["Omniplex offered €{eur} midweek tickets in {Y3}.", "Family tickets (€{eur} each, summer {Y3}) lifted attendance in Ireland."],
    "licence-fee": ["The licence fee rose to £169.50 from April 2024.", "The TV licence (£159 in {Y3}) funds most of the BBC's output."],
    "film-year": ["{film} ({fy}) showed what a social-first campaign can do.", "Trailers for {film} ({fy}) were cut differently for each platform."],
    "series-year": ["{series} ({sy}) became a talking point on social media.", "The finale of {series} (series {q}, {sy}) drew a record audience."],
    "release-month": ["Baby Reindeer (April 2024) spread almost entirely by word of mouth.", "{film} ({mo} {fy}) opened on more screens than any British film that year."],
    "run-years": ["The Crown (2016-2023) gave Netflix a prestige British brand.", "Derry Girls (2018–2022) built a loyal audience across the island of Ireland."],
    "ceremony-date": ["Nominations peaked before the BAFTAs (18 February 2024).", "{B} timed its re-release to follow the Oscars (March 2024)."],
    "festival-year": ["Sales agents met buyers at the London Film Festival 2023.", "Buyers met at Berlinale 2023 and again at Cannes (May 2024)."],
    "fleadh-date": ["The film was first shown at the Galway Film Fleadh (July 2022).", "Irish shorts screened at the Galway Film Fleadh (July {Y3}) found distributors."],
    "awards-year": ["{B} won at the RTS Programme Awards 2024.", "The campaign was shortlisted at the Cinema Marketing Awards 2023."],
    "trade-awards": ["The trailer won Best Campaign at the Broadcast Awards 2024.", "{B} was named brand of the year at the Marketing Society Awards 2022."],
    "act-year": ["The Media Act 2024 changes how public service content is found on smart TVs.", "Broadcasters' duties are set by the Communications Act 2003."],
    "safety-act": ["The Online Safety Act 2023 places new duties on video-sharing platforms.", "The Online Safety and Media Regulation Act 2022 set up a new media regulator in Ireland."],
    "tax-relief": ["Irish productions claim relief under Section 481 (2023).", "The Audio-Visual Expenditure Credit (April 2024) replaced the old film tax relief."],
    "box-office": ["UK and Irish box office reached £1.01 billion in 2023.", "{film} took £{n} million in its first {q} weeks ({fy})."],
    "admissions": ["Admissions recovered to 123.6 million in 2023.", "Cinema visits fell to {mn} million in lockdown ({Y3})."],
    "viewers": ["The special drew 11.4 million viewers (Christmas Day 2023).", "The first episode reached {mn}.{q} million viewers (28-day figure, {Y3})."],
    "share": ["{B} held a 45% share (2022) of the Saturday-night audience.", "Streaming took a {pc}% share of viewing ({Y3})."],
    "venue-opening": ["The Everyman King's Cross (2021) was designed around food and drink.", "{B} opened a twelve-screen site in Cork ({mo} {Y3})."],
    "studio-opening": ["Sky Studios Elstree (2022) added thirteen sound stages.", "Pinewood's expansion (phase {q}, {Y3}) doubled its stage space."],
    "insolvency": ["Cineworld's Chapter 11 (September 2022) unsettled landlords and suppliers.", "The chain entered administration ({mo} {Y3}) and closed {q} sites."],
    "strike-year": ["The SAG-AFTRA strike (2023) stalled publicity for many autumn releases.", "Scripts dried up during the WGA strike (May 2023)."],
    "lockdown": ["Cinemas closed in lockdown (March 2020) and again that winter.", "Streaming sign-ups peaked during the first lockdown (spring 2020)."],
    "job-title": ["{B}'s {role} (appointed {Y3}) restructured the marketing team.", "Interviews were held with a {role} and two brand managers ({mo} {Y3})."],
    "honours": ["The producer was made a {hon} in {Y3}.", "The actor (now {hon}, {Y3} New Year Honours) fronted the campaign."],
    "ceo": ["The company's CEO (since {Y3}) has focused on premium screens.", "Its new CEO and CFO (both appointed {mo} {Y3}) set a growth plan."],
    "certificate": ["The film was given a {cert} certificate ({Y3}) after cuts.", "A 15 certificate (2023) limited the film's teen audience."],
    "us-rating": ["In the US the film was rated PG-13, which widened its audience.", "The 12A certificate (2002) replaced the old 12 rating in cinemas."],
    "review-score": ["A Rotten Tomatoes score of 94% (2024) was used on every poster.", "Audience scores (IMDb 8.{q}, {Y3}) were quoted in the trailer."],
    "ticker": ["ITV (LON: ITV) is the largest commercial broadcaster in the UK.", "Investors in Everyman (LON: EMAN) watch admissions closely."],
    "ticker-us": ["Netflix (NASDAQ: NFLX) stopped reporting subscriber numbers.", "Its parent company ({tk}) reports every quarter."],
    "financial-year": ["Revenue rose by {pc}% in FY2023.", "The studio expects profits to recover by FY{Y3}."],
    "half-year": ["Advertising revenue fell in H1 2024 before recovering.", "Admissions were up {pc}% in H{q} {Y3} against the year before."],
    "quarter": ["Subscriber growth slowed in Q3 2023.", "{B} launched its ad tier in Q{q} {Y3}."],
    "cross-reference": ["The full survey results are shown in Appendix {q} (Table {n}).", "Audience segments are summarised below (see Figure {q})."],
    "sample": ["Most respondents preferred evening screenings (n = {n}).", "The survey ran for two weeks ({d} {mo} {Y3}) with {n} members."],
    "followers": ["{B}'s TikTok account has {n},000 followers ({mo} {Y3}).", "The trailer was viewed {mn} million times in its first week ({Y3})."],
    "founding": ["{B} (founded {Y}) began as a single-screen cinema.", "Working Title (founded 1983) remains a byword for British comedy."],
    "acquisition": ["The takeover by Comcast (2018) changed the broadcaster's content budgets.", "The group bought {q} cinemas from a rival ({mo} {Y3})."],
    "screen-count": ["The chain runs {n} screens (end of {Y3}) across the UK and Ireland.", "The chain operates {mn} IMAX screens ({Y3} figures)."],
    "rate-card": ["A 30-second spot cost around £{n},000 in peak time ({Y3}).", "Pre-show advertising is sold by the week (rate card {Y3})."],
    "season-name": ["The Autumn season ({Y3}) leaned heavily on returning dramas.", "{B}'s Christmas schedule ({Y3}) was announced in {mo}."],
    "windows": ["The exclusive cinema window shrank to 45 days (2021) for most studios.", "Films now reach premium video on demand after {q} weeks (from {Y3})."],
    "channel-launch": ["ITVX (launched December 2022) replaced the ITV Hub.", "BritBox UK (2019–2024) was folded into ITVX."],
    "membership-fee": ["Curzon's membership costs £{n} a year ({Y3} price).", "The Unlimited card (£{mn}.99 a month in {Y3}) locks in frequent visitors."],
    "event-date": ["National Cinema Day (2 September {Y3}) sold tickets at £3.", "The Edinburgh TV Festival (August {Y3}) was where the deal was announced."],
}  # fmt: skip
