"""The blind194 pool (HELD OUT): the prose of marketers in Greece, Cyprus and the Greek diaspora.

A hundred-and-ninety-fourth independent reference pool, written without reading the checker, its tests or any
other pool. Its reports are CIM Level 6 and 7 assignments and MBA papers on the CIM 2206 brief by candidates in
Athens, Piraeus, Thessaloniki, Patras, Heraklion, Nicosia, Limassol and Larnaca and in the diaspora (Melbourne,
Sydney, Astoria, Chicago, Toronto, Montreal, London, Munich, Stuttgart) who work for banks and fintechs, telecoms,
supermarkets, food and drink makers, airlines, ferries, energy firms, hotels and agencies. Its sentence frames,
brands and decoys (laws with their numbers and Government Gazette issues, name days, Easter and Clean Monday, the
Thessaloniki International Fair, euro amounts with decimal commas, legal forms, AFM and GEMI numbers, postcodes,
Greek titles with English in square brackets) are this hand's. HELD OUT: nobody tunes the checker on it until its
first tables have been read.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}, even in the years of the debt crisis.",
    "{N} show that {C}, which matters for {B}.",
    "{N} point out that {C}.",
    "{N} concluded that {C} among Greek consumers.",
    "{N} suggests that {C}, at least in Athens and Thessaloniki.",
    "{N} observed that {C} after the capital controls of 2015.",
    "{N} makes the case that {C}.",
    "{N} reports that {C} in the Cypriot market as well.",
    "{N} warned that {C} unless prices stabilise.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} explain, {C}.",
    "{O}, {N} found that {C}.",
    "This is in line with {N}, who argue that {C}.",
    "{C}, as {N} notes.",
    "For {B}, the lesson from {N} is that {C}.",
    "In the Greek context, {N} showed that {C}.",
    "Building on {N}, this report accepts that {C}.",
    "{C}; {N} reached much the same conclusion in Cyprus.",
    "Similar results were reported by {N}, namely that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Greek shoppers found that {C}.",
    "{O}, {N} framework explains why {C}.",
    "{N} survey of Cypriot households suggests that {C}.",
    "{N} findings imply that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is evidence that {C} {P}.",
    "It is widely accepted in Greece that {C} {P}.",
    "Research on the Cypriot market confirms that {C} {P}.",
    "Since the crisis, {C} {P}.",
    "{O}, it seems that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, although {C2}.",
    "{C} {P}; even so, {C2}.",
    "{C} {P}, while in Cyprus {C2}.",
    "Although {C} {P}, {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could use name-day messages to win back {A}",
    "{T} raises {R} among {A}",
    "Greek shoppers compare prices on Skroutz before they visit a store",
    "{A} in Greece trust family recommendations more than advertising",
    "private-label products gained share during the crisis years",
    "loyalty schemes work best when they are tied to {R}",
    "{B} relies on {T} more than its rivals do",
    "Cypriot consumers are more brand-loyal than Greek ones",
    "the diaspora responds to nostalgia more than to price",
    "promotions around Easter drive a large part of the year's food sales",
    "{T} lowers the cost of reaching {A} in the regions",
    "mobile banking adoption jumped after the capital controls",
    "{A} reward {T} with {R}",
    "tourism brands depend on a very short summer season",
    "country of origin is a strong cue for Greek food abroad",
    "small Greek firms under-invest in digital marketing",
    "trust in banks in Cyprus has not fully recovered since the 2013 bail-in",
    "{B} gains more from {T} than from television",
]  # fmt: skip
OPENERS = [
    "However",
    "In practice",
    "For {B}",
    "In the Greek market",
    "In Cyprus",
    "At the same time",
    "By contrast",
    "More recently",
    "Even so",
    "In the case of {B}",
    "Among the diaspora",
    "Since the pandemic",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own stores, its e-shop, Skroutz and e-Food.",
    "The campaign ran for six weeks on Instagram, TikTok and Greek radio.",
    "{O}, {C}.",
    "{B} has about {n} stores in Attica, Central Macedonia and Crete.",
    "The marketing team is based in Marousi, with a smaller office in Limassol.",
    "Customers can pay by card, IRIS or cash on delivery (antikatavoli).",
    "Most of the budget goes on digital channels, with some TV around Easter and Christmas.",
    "The brand's Greek and English websites are run by the same agency.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one Greek textbook puts it, {Q} {P}.",
    "{O}, {Q} {P}.",
    "The point is made clearly: {Q} {P}.",
    "{N} puts it bluntly: {Q}.",
    "In the words of {N}, {Q}.",
    "{Q} {P}, a point {B} has yet to act on.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘filotimo’",
    "“meraki”",
    "‘xenia’",
    "'the Greek way'",
    "“value for money”",
    "‘φιλότιμο’",
    "“kefi”",
    "‘glocal’",
]  # fmt: skip
SCARE_FRAMES = [
    "Brands in Greece like to speak of {Q} {P}.",
    "{B} calls its service ethic {Q} {P}.",
    "Hotels sell the idea of {Q} to visitors {P}.",
    "Advertisers lean heavily on {Q} {P}.",
    "{N} describes this as {Q}.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Χρόνια Πολλά, {gname}! Ένα δώρο για τη γιορτή σου’",
    "“Καλό Πάσχα: -{pct}% σε όλα τα πασχαλινά”",
    "‘Black Friday is here: up to {pct}% off’",
    "“Your {M} order is on its way”",
    "'Kali Sarakosti: Clean Monday offers inside'",
    "“Last chance: free delivery ends tonight”",
    "‘Back to school με {pct}% έκπτωση’",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} lifted open rates {P}.",
    "{B} sent the message {Q} to lapsed customers {P}.",
    "An email headed {Q} performed best in the test {P}.",
    "A push notification reading {Q} was sent on the day {P}.",
    "The SMS {Q} drew the most clicks {P}.",
]  # fmt: skip

BRANDS = ["Sklavenitis", "AB Vassilopoulos", "Lidl Hellas", "My Market", "Masoutis", "Kritikos", "Jumbo", "Public",
          "Plaisio", "Kotsovolos", "Skroutz", "e-Food", "Hondos Center", "Notos", "Alphamega", "Carrefour Cyprus",
          "Cosmote", "Vodafone Greece", "Nova", "Cyta", "Epic", "National Bank of Greece", "Piraeus Bank", "Alpha Bank",
          "Eurobank", "Bank of Cyprus", "Hellenic Bank", "Viva Wallet", "Delta", "Mevgal", "Fage", "Olympos",
          "Chipita", "Papadopoulos", "Loumidis", "Lacta", "ION", "Kyknos", "Barba Stathis", "Mythos", "Fix", "Alfa",
          "Keo", "Zagori", "Loux", "Lanitis", "Tsantali", "Ouzo Plomari", "Aegean Airlines", "Sky Express",
          "Blue Star Ferries", "OPAP", "Allwyn", "Korres", "Apivita", "Frezyderm", "Grecotel", "Aldemar", "Folli Follie",
          "PPC", "Helleniq Energy", "Coca-Cola HBC"]  # fmt: skip

_GREEK_PEOPLE = ["Kostas Pappas", "Giannis Antetokounmpo", "Eleni Foureira", "Sakis Rouvas", "Maria Menounos",
                 "Anna Vissi", "Nana Mouskouri", "Stelios Haji-Ioannou", "Spyros Latsis", "Aristotle Onassis",
                 "Melina Mercouri", "Yanis Varoufakis", "Kyriakos Mitsotakis", "Nikos Christodoulides",
                 "Tatiana Stefanidou", "Despina Vandi", "Jennifer Aniston",
                 "Takis Zaras"]  # fmt: skip
_NAMES = ["Giorgos", "Maria", "Nikos", "Eleni", "Kostas", "Dimitra", "Andreas", "Katerina", "Christos", "Panagiotis"]
_CITIES = ["Athens", "Piraeus", "Thessaloniki", "Patras", "Heraklion", "Larissa", "Volos", "Ioannina", "Rhodes",
           "Mykonos", "Santorini", "Nicosia", "Limassol", "Larnaca", "Paphos", "Melbourne", "Astoria", "Toronto",
           "Munich", "Stuttgart", "Chicago", "Montreal"]  # fmt: skip
_SAINTS = ["Agios Nikolaos (6 December)", "Agios Georgios (23 April)", "Agios Dimitrios (26 October)",
           "Agia Eleni and Agios Konstantinos (21 May)", "Agia Aikaterini (25 November)", "Agios Ioannis (7 January)",
           "the Dekapentavgoustos (15 August)", "Agios Spyridon (12 December)"]  # fmt: skip
_UNIS = ["AUEB", "OPA", "the University of Piraeus", "AUTH", "NKUA", "the University of Macedonia", "ALBA",
         "the University of Cyprus", "CUT", "UNic", "Deree"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The placeholders only this pool's frames use."""
    return {
        "city": rng.choice(_CITIES),
        "vip": rng.choice(_GREEK_PEOPLE),
        "gname": rng.choice(_NAMES),
        "saint": rng.choice(_SAINTS),
        "uni": rng.choice(_UNIS),
        "pct": str(rng.choice([10, 15, 20, 25, 30, 40, 50])),
        "eur": f"{rng.randint(1, 999)},{rng.randint(0, 9)}",
        "big": f"{rng.randint(1, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
        "law": str(rng.randint(3000, 5100)),
        "fek": str(rng.randint(1, 250)),
        "afm": "".join(str(rng.randint(0, 9)) for _ in range(9)),
        "tk": f"{rng.randint(100, 859)} {rng.randint(10, 99)}",
        "cytk": str(rng.choice([1010, 1065, 3025, 3106, 6020, 8046])),
        "edition": str(rng.randint(84, 89)),
        "yr": str(rng.randint(2016, 2025)),
        "mo2": str(rng.randint(5, 12)),
    }


NOT_CITATIONS = {
    "gr-law-number": [
        "Consent for newsletters is governed by Law {law}/{Y} and the GDPR.",
        "{B} updated its terms after Law 4624/2019 (Government Gazette Α΄ 137/29.8.2019) came into force.",
        "Under Ν. 3471/2006, calls to numbers on the Article 11 register are not allowed.",
    ],
    "gr-consumer-law": [
        "Law 2251/1994 on consumer protection bans misleading price reductions.",
        "Returns are handled according to Law 2251/1994, as amended in {Y}.",
    ],
    "fek-issue": [
        "The ministerial decision was published in the Gazette (ΦΕΚ Β΄ {fek}/{Y}).",
        "The new rules on price labelling (FEK B {fek}/{d}.{q}.{Y}) apply to all supermarkets.",
    ],
    "cy-law": [
        "In Cyprus, The Processing of Personal Data Law of 2018 (Law 125(I)/2018) applies to {B}'s CRM.",
        "Cypriot retailers must also follow Law 112(I)/2021 on consumer protection.",
    ],
    "eu-regulation": [
        "All cookies follow Regulation (EU) 2016/679 and Directive 2002/58/EC.",
        "The Omnibus Directive (EU) 2019/2161 changed how discounts may be shown.",
    ],
    "regulator-decision": [
        "The HDPA fined a telecoms operator in {yr} (Decision {q}/{yr}) for unsolicited calls.",
        "The Hellenic Competition Commission opened a sector inquiry (Decision {n}/{Y}) into fresh milk.",
        "EETT's ruling (ΑΠ {n}/{q}/{Y}) concerned number portability.",
    ],
    "name-day": [
        "Sales of flowers and cakes peak on the name day of {saint}.",
        "{B} sends a voucher to every customer called {gname} on their name day.",
    ],
    "easter-calendar": [
        "Orthodox Easter (Pascha) fell on 16 April in 2023, a week after the Catholic one.",
        "Clean Monday (Kathara Deftera, {Y}) is the start of Lent and a picnic day.",
        "Apokries (Carnival, February {Y}) is a peak time for costumes and party food.",
    ],
    "national-day": [
        "Stores close on 25 March and on Ochi Day (28 October).",
        "The 28th October (Ochi Day) parade is shown live on ERT.",
    ],
    "august-holiday": [
        "Athens empties around the Dekapentavgoustos (15 August) holiday.",
        "Ferry bookings peak before 15 August {yr} for the Assumption holiday.",
    ],
    "black-friday": [
        "Black Friday ({d} November {yr}) is now bigger in Greece than the January sales.",
        "The winter sales (Ekptoseis, January–February {Y}) are set by law.",
    ],
    "fair-event": [
        "The Prime Minister's speech at the Thessaloniki International Fair (TIF {Y}) set out the budget.",
        "{B} had a stand at the {edition}th ΔΕΘ in September {yr}.",
        "The {edition}th Thessaloniki International Fair (September {yr}) drew visitors from the Balkans.",
    ],
    "award": [
        "The campaign won a Gold at the Ermis Awards {Y}.",
        "{B} collected three prizes at the Effie Awards Greece ({Y}).",
        "Its film was shortlisted at the Cannes Lions ({Y}) in the Film category.",
    ],
    "marathon-event": [
        "{B} sponsored the Athens Marathon, The Authentic ({yr}), for another year.",
        "Over {n} employees ran in the Limassol Marathon ({yr}).",
    ],
    "euro-amount": [
        "Turnover reached €{eur} εκατ. in {Y}.",
        "The loyalty scheme cost EUR {eur} million to run ({Y} budget).",
        "Average basket value rose to {eur} € (up {q},{q}%).",
        "Ad spend in Greece was {eur} εκατ. ευρώ in {Y}.",
    ],
    "big-number": [
        "The campaign reached {big} users in its first week.",
        "OPAP's app was downloaded {big} times by the end of {yr}.",
    ],
    "decimal-comma": [
        "Customer satisfaction was {q},{d} out of 10 (n={n}).",
        "Unemployment fell to 1{q},{q}% in Q{q} {yr}.",
    ],
    "statistics-release": [
        "ELSTAT's Household Budget Survey ({Y}) is the source of Table {q}.",
        "CYSTAT's tourist arrivals data (June {Y}) show a record month.",
    ],
    "legal-form": [
        "The distributor is a small family firm (Georgiou Bros O.E.).",
        "The agency is registered as an IKE (Ι.Κ.Ε.) with two partners.",
        "The brand belongs to Vivartia Holdings S.A. (Α.Ε.), not to a Greek family any more.",
        "In Cyprus the subsidiary trades as {B} Ltd (HE {n}{n}).",
        "The supplier is a limited partnership (Παπαδόπουλος & ΣΙΑ Ε.Ε.).",
    ],
    "tax-code": [
        "Invoices must show the buyer's AFM ({afm}) and tax office (DOY {city}).",
        "The company's GEMI number is {afm}000 and its VAT number EL{afm}.",
    ],
    "postcode": [
        "The flagship store is at Ermou {q}{d}, {tk} Athens.",
        "Orders ship from the warehouse in Aspropyrgos (ΤΚ {tk}).",
        "The Cypriot office is at Makarios III Avenue, {cytk} Nicosia.",
    ],
    "phone-number": [
        "Customers can call the free line 800 11 {n}{q} or text 19{q}{q}{q}.",
        "The hotline (+30 210 {n} {n}{q}) is open until 21:00.",
    ],
    "product-model": [
        "The bank's card is branded Visa Platinum 2{q}0.",
        "Cosmote bundles the iPhone 1{q} Pro with its Unlimited {pct} plan.",
        "The Fix Hellas 0.0 (330 ml) was launched in summer {yr}.",
        "Lacta's Easter egg (200 g) sells out before Holy Week.",
    ],
    "bracketed-greek": [
        "The yoghurt is sold as strained yoghurt (στραγγιστό) in Greece and as Greek yoghurt abroad.",
        "Customers value filoxenia (φιλοξενία, {Y} survey) above price.",
        "The promotion was called ‘Happy Hour’ (Χαρούμενη Ώρα) internally.",
    ],
    "pdo-label": [
        "Feta has been a PDO cheese since 2002 (Regulation (EC) No 1829/2002).",
        "Ouzo Plomari carries a Geographical Indication (PGI, {Y}).",
        "Halloumi/Hellim received PDO status in April 2021.",
    ],
    "person-year": [
        "{vip} ({Y}) appeared in the Christmas advert for {B}.",
        "The spot starred {vip} (2019) and ran during the Eurovision final.",
        "Company founder {vip} (b. 19{q}{q}) still chairs the board.",
    ],
    "manager-interview": [
        "The marketing manager, Mrs Georgiou (interview, {d} March {Y}), confirmed the figures.",
        "A store manager in {city} (personal communication, {Y}) said footfall was down.",
    ],
    "organisation-year": [
        "The merger of Eurobank and Ergasias (2000) created one of the four systemic banks.",
        "{B} (founded {Y}) is still family-owned.",
        "The brand was bought by Mondelez (Lacta, 1990s) and kept its Greek identity.",
        "Olympic Air (privatised 2009) now belongs to Aegean.",
    ],
    "crisis-years": [
        "Spending fell sharply during the debt crisis (2010–2018).",
        "The capital controls (June 2015 – September 2019) pushed card payments up.",
        "The Cyprus bail-in (March 2013) hit depositors at Laiki Bank.",
    ],
    "memorandum": [
        "The third memorandum (August 2015) raised VAT on many foods.",
        "Under the First Economic Adjustment Programme (2010) wages were cut.",
    ],
    "thesis-grade": [
        "The author's MSc at {uni} ({Y}) was graded 8,5/10.",
        "Data for this report come from a class project at {uni} (Spring {Y}).",
    ],
    "student-id": [
        "Candidate number: {afm} (CIM Level 6, {yr} session).",
        "Module 2206 (CIM) – submission {yr}/{q}.",
    ],
    "course-code": [
        "The sample was drawn from students on the OPA course MKT{n} ({Y}/{Y2}).",
        "The model was taught in BUS{q}{q}{q} at {uni}.",
    ],
    "tv-programme": [
        "The advert ran during Survivor (Skai, {yr}) and MasterChef (Star).",
        "It was launched on the morning show on Mega (season 2023/24).",
    ],
    "eurovision": [
        "Eleni Foureira's ‘Fuego’ (Eurovision 2018) was used in a Cosmote spot.",
        "Sales of Greek snacks rose in the Eurovision week (May {yr}).",
    ],
    "sports-team": [
        "{B} sponsors Olympiacos (since {Y}) and Panathinaikos in basketball.",
        "The shirt deal with PAOK (2020–2024) was renewed.",
    ],
    "eu-programme": [
        "The e-shop was part-funded by ΕΣΠΑ 2014–2020 (NSRF).",
        "The digital voucher (Ψηφιακό Άλμα, {yr}) paid for half the website.",
    ],
    "rrf-greece20": [
        "Funds came from Greece 2.0 (National Recovery and Resilience Plan, 2021).",
        "The Recovery and Resilience Facility (RRF {yr}) covers part of the cost.",
    ],
    "fuel-price": [
        "Unleaded 95 cost €{q},{q}{d}/litre in Athens ({Y}).",
        "Electricity prices rose by {pct}% (PPC tariff G1, {Y}).",
    ],
    "ferry-route": [
        "Blue Star Ferries runs Piraeus–Paros–Naxos (route {q}{q}) daily in summer.",
        "The Piraeus–Heraklion route (overnight, {Y} schedule) is busiest in August.",
    ],
    "flight-code": [
        "Aegean flight A3 {n} to Larnaca was the launch route.",
        "Sky Express flight GQ {n} (summer {Y}) links Athens with Mykonos.",
    ],
    "hotel-stars": [
        "Grecotel has {q} five-star resorts (5*) on Crete ({Y}).",
        "Its Santorini hotel (4*, {n} rooms) reopened in {Y}.",
    ],
    "market-share-brackets": [
        "Sklavenitis leads the market (share {pct}%, {Y}).",
        "The big four banks hold most deposits ({pct}%+ in {Y}).",
    ],
    "iso-standard": [
        "The plant is certified to ISO 22000:2018 and ISO 14001:2015.",
        "{B} follows the IFS Food standard (version {q}, {yr}).",
    ],
    "greek-date": [
        "The offer ran from {d}/{q}/{yr} to {d}/{mo2}/{yr}.",
        "The survey closed on {d}.{q}.{Y} (day first, as Greeks write dates).",
    ],
    "survey-wave": [
        "Trust in banks fell in the latest wave (Wave {q}, Focus Bari, n = {n}).",
        "Respondents were adults aged 18–65 (CAWI, n={n}, {yr}).",
    ],
    "referendum-election": [
        "Consumer confidence dropped before the referendum (5 July 2015).",
        "Ad spending paused during the election campaign (June 2023).",
    ],
    "diaspora-festival": [
        "{B} sponsored the Antipodes Festival in Melbourne ({yr}).",
        "The Greek Independence Day Parade on Fifth Avenue (March {Y}) drew huge crowds.",
        "The Lonsdale Street Glendi ({Y}) is a key date for Greek-Australian brands.",
    ],
    "greek-title-bracket": [
        "The bank's app is called ‘Winbank’ (Piraeus Bank's e-banking brand, since {Y}).",
        "The slogan ‘Μαζί, πιο δυνατοί’ [Together, stronger] ran in {yr}.",
    ],
    "iban-code": [
        "Payments go to IBAN GR{q}{q} 0110 {n} 0000 {n}{q}.",
        "Customers pay with the IRIS code or by SWIFT (ETHNGRAA).",
    ],
    "stock-ticker": [
        "Shares of Jumbo (ATHEX: BELA) rose {pct}% in {yr}.",
        "Bank of Cyprus is listed in Athens and London (BOCH, LSE 2024).",
    ],
}  # fmt: skip
