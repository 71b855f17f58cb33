"""Works for the twenty-third held-out pool, "blind23": what practical CIM Level 4 and NCFE Level 3 learners in the
third sector, sport, the arts, heritage, public health and local tourism cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-third hand without reading the checker, its tests or the other pools' works and frames. The
learners work in hospices, food banks, animal rescues, museums, theatres, leisure centres, rugby and cricket clubs,
heritage sites, stop-smoking and vaccination campaigns, community energy and housing charities. Beside the textbooks
on nonprofit, arts and sport marketing and the journals, they cite their own organisation (annual reports, board
papers, staff handbooks, funding bids, their own surveys, interviews with colleagues), the sector's bodies and
regulators (Charity Commission, NCVO, Fundraising Regulator, Sport England, Arts Council England, Historic England,
VisitBritain, NHS England, UKHSA, councils), Acts as "Great Britain", market research, sector and local press, and
YouTube, Facebook, Instagram, LinkedIn and podcast posts. Some web pages carry no date, some no access date.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# fmt: off
FIRSTS = ["Gemma", "Ruth", "Callum", "Aisling", "Dafydd", "Folasade", "Imran", "Zofia", "Eilidh", "Kwabena", "Siân",
          "Tariq", "Hannah", "Łukasz", "Bronwen", "Chiamaka", "Ravi", "Maeve", "Stuart", "Yusra", "Ciarán", "Helga",
          "Oğuz", "Thandiwe", "Pádraig", "Mairéad", "Abdi", "Linh", "Ewan", "Joanna", "Nuala", "Rhodri", "Ines"]  # fmt: skip
SURNAMES = ["Sargent", "Hollis", "Brannigan", "Okafor", "Wiśniewska", "Pritchard", "Lindqvist", "Chaudhry", "Bellamy",
            "Öztürk", "Warsame", "Fairclough", "Nwachukwu", "Thornley", "Gallacher", "Phạm", "Rahman", "Kavanagh",
            "Szabó", "Penhaligon", "Mbeki", "Iqbal", "Dunmore", "Achterberg", "Huxtable", "Gunawardena", "Trelawny",
            "Ferreira", "Lund", "Blackwood", "Mensah", "Kerrigan", "Ashdown", "Zhou", "Cartwright", "Moreno"]  # fmt: skip
# (particle, family): kept apart, as reference managers hold them; the particle stays in the citation.
PARTICLES = [("van der", "Meer"), ("de", "Souza"), ("von", "Bülow"), ("ap", "Rhys"), ("da", "Costa"), ("dos", "Santos"),
             ("van", "Rooij"), ("le", "Brun"), ("di", "Marco"), ("de la", "Fuente")]  # fmt: skip
HYPHENS = ["Bowen-Jones", "Clarke-Okafor", "Lloyd-Hughes", "Sharma-Booth", "Al-Farsi", "Tudor-Price", "Hamilton-Ngata",
           "Wynne-Evans", "Ruiz-Pascual"]  # fmt: skip
GAELIC = ["O'Driscoll", "McAteer", "MacAulay", "Ó Briain", "Ní Dhonnchadha", "Mac Lochlainn", "D'Souza", "McKechnie",
          "O'Shaughnessy", "Mc Grath"]  # fmt: skip

TOPICS = ["donor loyalty", "volunteer retention", "legacy giving", "community fundraising", "social marketing",
          "visitor experience", "audience development", "membership schemes", "grassroots sport participation",
          "smoking cessation", "vaccine hesitancy", "place branding", "cultural tourism", "charity brand trust",
          "digital fundraising", "corporate partnerships", "supporter journeys", "health behaviour change",
          "heritage interpretation", "community energy ownership", "homelessness campaigning", "animal welfare messaging",
          "food insecurity stigma", "ticketing and pricing", "co-production with service users", "giving days"]  # fmt: skip
SETTINGS = ["UK hospices", "small charities", "regional theatres", "local museums", "amateur sport clubs",
            "heritage attractions", "public health campaigns", "rural tourism", "food banks", "animal rescue centres",
            "leisure trusts", "housing associations", "community energy groups", "social enterprises"]  # fmt: skip
BOOKS = ["Marketing for nonprofit organisations", "Fundraising management: analysis, planning and practice",
         "Social marketing: changing behaviours for good", "Arts marketing", "Strategic marketing for nonprofit organizations",
         "Sport marketing", "Marketing the arts: a fresh approach", "Heritage marketing", "Tourism marketing: a collaborative approach",
         "Principles of marketing", "Marketing: an introduction", "Essentials of marketing", "Charity marketing: delivering income, services and campaigns",
         "Public relations for the nonprofit sector", "Managing volunteers", "Destination marketing",
         "Health communication: from theory to practice", "Museum marketing and strategy", "The charity fundraising handbook",
         "Digital marketing for charities", "Cause-related marketing", "Events management: principles and practice"]  # fmt: skip
EDITED = ["The Routledge companion to {s}", "Contemporary issues in {s}", "Handbook of {t}", "Marketing {s}: cases and practice",
          "Researching {t}", "Critical perspectives on {s}"]  # fmt: skip
ARTICLES = ["{T} in {s}: a qualitative study", "Why do people stop giving? {T} in {s}", "Understanding {t} among {s}",
            "The role of trust in {t}", "{T} and the small charity", "Measuring {t}: evidence from {s}",
            "Beyond the appeal: {t} in {s}", "{T} after the pandemic", "Co-creating {t} with {s}",
            "A systematic review of {t}", "{T}: lessons from {s}"]  # fmt: skip
JOURNALS = ["Nonprofit and Voluntary Sector Quarterly", "International Journal of Nonprofit and Voluntary Sector Marketing",
            "Journal of Philanthropy and Marketing", "Journal of Social Marketing", "Voluntary Sector Review",
            "Arts Marketing: An International Journal", "Journal of Heritage Tourism", "Sport Management Review",
            "Tourism Management", "Journal of Marketing Management", "Health Education Journal", "Energy Policy",
            "Housing Studies", "Museum Management and Curatorship", "International Journal of Arts Management",
            "BMC Public Health", "Managing Sport and Leisure"]  # fmt: skip
PUBLISHERS = [("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("SAGE", "London"), ("Kogan Page", "London"),
              ("Palgrave Macmillan", "Basingstoke"), ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"),
              ("Goodfellow", "Oxford"), ("Directory of Social Change", "London"), ("Cengage", "Andover")]  # fmt: skip

# Organisations as authors: sector bodies, charities, clubs, regulators and firms, with "&", apostrophes, "The",
# abbreviations, "plc"/"Ltd", a slash and lower-case names, each with its web address.
SECTOR = [("National Council for Voluntary Organisations (NCVO)", "https://www.ncvo.org.uk/"), ("NCVO", "https://www.ncvo.org.uk/"),
          ("Charities Aid Foundation", "https://www.cafonline.org/"), ("Charities Aid Foundation (CAF)", "https://www.cafonline.org/"),
          ("Chartered Institute of Fundraising", "https://ciof.org.uk/"), ("Institute of Fundraising", "https://ciof.org.uk/"),
          ("Fundraising Regulator", "https://www.fundraisingregulator.org.uk/"), ("Hospice UK", "https://www.hospiceuk.org/"),
          ("The Trussell Trust", "https://www.trussell.org.uk/"), ("Independent Food Aid Network (IFAN)", "https://www.foodaidnetwork.org.uk/"),
          ("Battersea Dogs & Cats Home", "https://www.battersea.org.uk/"), ("Cats Protection", "https://www.cats.org.uk/"),
          ("The Children's Society", "https://www.childrenssociety.org.uk/"), ("St Christopher's Hospice", "https://www.stchristophers.org.uk/"),
          ("Martin House Children's Hospice", "https://www.martinhouse.org.uk/"), ("Museums Association", "https://www.museumsassociation.org/"),
          ("Association of Independent Museums (AIM)", "https://aim-museums.co.uk/"), ("The Audience Agency", "https://www.theaudienceagency.org/"),
          ("Action on Smoking and Health (ASH)", "https://ash.org.uk/"), ("Community Energy England", "https://communityenergyengland.org/"),
          ("Shelter", "https://england.shelter.org.uk/"), ("Crisis", "https://www.crisis.org.uk/"),
          ("England and Wales Cricket Board (ECB)", "https://www.ecb.co.uk/"), ("Rugby Football Union", "https://www.englandrugby.com/"),
          ("The National Trust", "https://www.nationaltrust.org.uk/"), ("National Trust", "https://www.nationaltrust.org.uk/"),
          ("English Heritage", "https://www.english-heritage.org.uk/"), ("UK Theatre", "https://uktheatre.org/"),
          ("Tyne & Wear Archives & Museums", "https://twam.uk/"), ("nfpResearch", "https://nfpresearch.com/"),
          ("Charity Digital", "https://charitydigital.org.uk/"), ("Media Trust", "https://mediatrust.org/"),
          ("Greenwich Leisure Ltd", "https://www.better.org.uk/"), ("Places Leisure Ltd", "https://www.placesleisure.org/"),
          ("Ripple Energy Ltd", "https://rippleenergy.com/"), ("Whitbread plc", "https://www.whitbread.co.uk/"),
          ("Lloyds Banking Group plc", "https://www.lloydsbankinggroup.com/"), ("JustGiving", "https://www.justgiving.com/"),
          ("Blackbaud Institute", "https://institute.blackbaud.com/"), ("Macmillan Cancer Support", "https://www.macmillan.org.uk/"),
          ("Sue Ryder", "https://www.sueryder.org/"), ("RSPCA", "https://www.rspca.org.uk/"), ("Dogs Trust", "https://www.dogstrust.org.uk/"),
          ("Marie Curie", "https://www.mariecurie.org.uk/"), ("The King's Fund", "https://www.kingsfund.org.uk/")]  # fmt: skip
GOVERNMENT = [("Charity Commission for England and Wales", "https://www.gov.uk/government/organisations/charity-commission"),
              ("Charity Commission", "https://www.gov.uk/government/organisations/charity-commission"),
              ("Sport England", "https://www.sportengland.org/"), ("Arts Council England", "https://www.artscouncil.org.uk/"),
              ("Historic England", "https://historicengland.org.uk/"), ("VisitBritain", "https://www.visitbritain.org/"),
              ("VisitBritain/VisitEngland", "https://www.visitbritain.org/"), ("VisitEngland", "https://www.visitengland.org/"),
              ("NHS England", "https://www.england.nhs.uk/"), ("UK Health Security Agency (UKHSA)", "https://www.gov.uk/government/organisations/uk-health-security-agency"),
              ("UK Health Security Agency", "https://www.gov.uk/government/organisations/uk-health-security-agency"),
              ("Office for Health Improvement and Disparities", "https://www.gov.uk/government/organisations/office-for-health-improvement-and-disparities"),
              ("Department for Culture, Media and Sport", "https://www.gov.uk/government/organisations/department-for-culture-media-and-sport"),
              ("Department for Energy Security and Net Zero", "https://www.gov.uk/government/organisations/department-for-energy-security-and-net-zero"),
              ("Department of Health and Social Care", "https://www.gov.uk/government/organisations/department-of-health-and-social-care"),
              ("Office for National Statistics", "https://www.ons.gov.uk/"), ("Office for National Statistics (ONS)", "https://www.ons.gov.uk/"),
              ("National Lottery Heritage Fund", "https://www.heritagefund.org.uk/"), ("The National Lottery Community Fund", "https://www.tnlcommunityfund.org.uk/"),
              ("Westmorland and Furness Council", "https://www.westmorlandandfurness.gov.uk/"), ("Cornwall Council", "https://www.cornwall.gov.uk/"),
              ("Leeds City Council", "https://www.leeds.gov.uk/"), ("Brighton & Hove City Council", "https://www.brighton-hove.gov.uk/"),
              ("Scottish Government", "https://www.gov.scot/"), ("Welsh Government", "https://www.gov.wales/"),
              ("OSCR", "https://www.oscr.org.uk/"), ("Public Health Scotland", "https://publichealthscotland.scot/")]  # fmt: skip
# What each kind of public body publishes, so a title goes with the body that would write it.
GOV_TITLES = {
    "Charity": [
        "Public trust in charities {Y}",
        "Charity reporting and accounting: the essentials",
        "Trustees' annual report guidance (CC15d)",
        "Charity fundraising: a guide to trustee duties (CC20)",
        "Register of charities: sector overview {Y}",
    ],
    "Sport": [
        "Active Lives Adult Survey: November {Y1}-{Y2} report",
        "Uniting the movement: a 10-year vision",
        "Active Lives Children and Young People Survey {Y1}-{Y2}",
    ],
    "Arts": [
        "Let's Create: strategy 2020-2030",
        "Annual data survey {Y1}/{Y2}",
        "Audience insight for National Portfolio Organisations",
    ],
    "Historic": ["Heritage Counts {Y}", "Heritage and the economy {Y}", "Visitor trends at historic sites {Y}"],
    "Visit": [
        "Inbound tourism trends by market",
        "Domestic leisure tourism trends for {Y}",
        "Visits to visitor attractions {Y}",
        "England's tourism recovery plan {Y}",
    ],
    "NHS": [
        "Stopping the start: our new plan to create a smokefree generation",
        "Seasonal influenza vaccine uptake in GP patients: winter season {Y1} to {Y2}",
        "Measles, mumps and rubella (MMR): guidance for health professionals",
        "Stoptober {Y}: campaign evaluation",
        "NHS vaccination strategy",
    ],
    "Department": [
        "Community Life Survey {Y1}/{Y2}",
        "The Culture White Paper",
        "Community energy: state of play",
        "Local authority housing statistics {Y1}-{Y2}",
        "Smokefree generation: consultation response",
    ],
    "Office": [
        "Adult smoking habits in the UK: {Y}",
        "Census 2021: population and household estimates",
        "Overseas travel and tourism: {Y}",
    ],
    "Fund": [
        "Heritage Fund strategic funding framework {Y}-{Y3}",
        "Insights: community-led heritage",
        "Building connections: what we learned",
    ],
    "local": [
        "Destination management plan {Y}-{Y3}",
        "Local cultural strategy {Y}-{Y3}",
        "Health and wellbeing strategy {Y}-{Y3}",
        "Homelessness review {Y}",
    ],
}
_GOV_GROUPS = [("Charity", "Charity"), ("OSCR", "Charity"), ("Sport", "Sport"), ("Arts", "Arts"), ("Historic", "Historic"), ("Visit", "Visit"),
               ("NHS", "NHS"), ("Health", "NHS"), ("Department", "Department"), ("Office for National", "Office"), ("Fund", "Fund")]  # fmt: skip
RESEARCH = [("Mintel", ["Charitable giving - UK - {Y}", "Attitudes towards charities - UK - {m} {Y}", "Leisure centres and swimming pools - UK - {Y}",
                        "Museums and galleries - UK - {Y}", "Domestic tourism - UK - {Y}"]),
            ("nfpResearch", ["Charity Awareness Monitor {Y}", "Trust in charities: wave {q} findings"]),
            ("YouGov", ["Which charities do Britons trust most?", "The most popular charities and organisations (Q{q} {Y})"]),
            ("Kantar Public", ["Public attitudes to vaccination {Y}", "Giving trends tracker {Y}"]),
            ("Statista", ["Number of registered charities in England and Wales {Y}", "Visits to National Trust properties in the UK {Y1}-{Y2}"]),
            ("Ipsos", ["Veracity Index {Y}", "Public attitudes to charities and fundraising"]),
            ("The Audience Agency", ["Audience Spectrum pen portraits", "Cultural participation monitor: wave {q}"])]  # fmt: skip
# The learners' own organisations, invented: their reports, board papers, handbooks and surveys.
OWN = ["Eden Valley Hospice", "Kirkby Community Food Bank", "Harbourside Theatre Trust", "Pennine Animal Rescue",
       "Ravensworth Hall & Gardens", "St Bride's Hospice", "Calderdale Cricket Club", "Old Trafford Vikings RUFC",
       "Wyre Forest Leisure Trust Ltd", "Saltmarsh Community Energy", "Haven Housing Trust", "Museum of the Moorlands",
       "The Lantern Arts Centre", "Keep Kernow Smokefree", "North Tyneside Vaccination Partnership", "Bryn Heritage Railway",
       "Friends of Ashby Park", "The Larder CIC", "Leeds Rhinos Foundation", "Whitby Coast & Moors Tourism"]  # fmt: skip
OWN_TITLES = [("Annual report and financial statements for the year ended 31 March {Y}", "Annual report"),
              ("Trustees' report and accounts {Y1}-{Y2}", "Annual report"), ("Impact report {Y}", "Impact report"),
              ("Marketing and communications strategy {Y}-{Y3}", "Internal document"), ("Volunteer handbook", "Staff handbook"),
              ("Staff handbook: brand and tone of voice guidelines", "Staff handbook"), ("Board paper: fundraising performance Q{q}", "Board paper"),
              ("Minutes of the marketing sub-committee", "Meeting notes"), ("Visitor survey results {Y}", "Unpublished survey"),
              ("Supporter satisfaction survey", "Unpublished survey"), ("Application to the National Lottery Heritage Fund", "Funding bid"),
              ("Stage 2 bid to Arts Council England", "Funding bid"), ("Visitor figures {Y1}/{Y2}", "Internal spreadsheet"),
              ("Membership data dashboard", "Internal report"), ("Case study: our winter appeal", "Case study")]  # fmt: skip
# Sector bodies' research, each with what it publishes.
REPORTS = [("National Council for Voluntary Organisations (NCVO)", "https://www.ncvo.org.uk/", ["Time well spent {Y}", "UK Civil Society Almanac {Y}", "Road ahead {Y}"]),
           ("NCVO", "https://www.ncvo.org.uk/", ["Time well spent {Y}", "UK Civil Society Almanac {Y}"]),
           ("Charities Aid Foundation (CAF)", "https://www.cafonline.org/", ["UK Giving Report {Y}", "World Giving Index {Y}"]),
           ("Charities Aid Foundation", "https://www.cafonline.org/", ["UK Giving Report {Y}", "Charity Landscape {Y}"]),
           ("Chartered Institute of Fundraising", "https://ciof.org.uk/", ["Fundraising in a cost-of-living crisis", "Change Collective: equality, diversity and inclusion in fundraising"]),
           ("Hospice UK", "https://www.hospiceuk.org/", ["Hospice care in England: facts and figures {Y}", "Dying Matters Awareness Week {Y}: evaluation"]),
           ("The Trussell Trust", "https://www.trussell.org.uk/", ["End of year stats {Y1}-{Y2}", "Hunger in the UK"]),
           ("Independent Food Aid Network (IFAN)", "https://www.foodaidnetwork.org.uk/", ["Independent food bank survey {Y}"]),
           ("Museums Association", "https://www.museumsassociation.org/", ["Museums change lives", "Salary guidelines {Y}"]),
           ("The Audience Agency", "https://www.theaudienceagency.org/", ["Cultural Participation Monitor: wave {q}", "Audience Spectrum {Y} update"]),
           ("Action on Smoking and Health (ASH)", "https://ash.org.uk/", ["Use of e-cigarettes among adults in Great Britain {Y}", "Smokefree GB survey {Y}"]),
           ("Community Energy England", "https://communityenergyengland.org/", ["Community energy state of the sector {Y}"]),
           ("Shelter", "https://england.shelter.org.uk/", ["Homelessness in England {Y}", "Denied the right to a safe home"]),
           ("England and Wales Cricket Board (ECB)", "https://www.ecb.co.uk/", ["Inspiring generations: strategy {Y}-{Y3}", "Recreational cricket census {Y}"]),
           ("Blackbaud Institute", "https://institute.blackbaud.com/", ["Charitable giving report {Y}", "Donor loyalty study"]),
           ("The King's Fund", "https://www.kingsfund.org.uk/", ["Tackling health inequalities in {Y}", "Public satisfaction with the NHS {Y}"]),
           ("Lloyds Banking Group plc", "https://www.lloydsbankinggroup.com/", ["UK Consumer Digital Index {Y}"]),
           ("UK Theatre", "https://uktheatre.org/", ["Theatre audiences after the pandemic", "Sales data report {Y}"])]  # fmt: skip
ROLES = ["head of fundraising", "volunteer coordinator", "chief executive", "box office manager", "community engagement lead",
         "learning officer", "club secretary", "digital officer", "retail manager", "head of visitor experience"]  # fmt: skip
ACTS = [("Charities Act 2011", 2011), ("Charities Act 2022", 2022), ("Data Protection Act 2018", 2018),
        ("Equality Act 2010", 2010), ("Health and Care Act 2022", 2022), ("Licensing Act 2003", 2003), ("Gambling Act 2005", 2005),
        ("Public Services (Social Value) Act 2012", 2012), ("Energy Act 2023", 2023),
        ("The Privacy and Electronic Communications (EC Directive) Regulations 2003", 2003),
        ("The Tobacco and Related Products Regulations 2016", 2016), ("Housing Act 1996", 1996)]  # fmt: skip
NEWS = [("The Guardian", "https://www.theguardian.com/"), ("BBC News", "https://www.bbc.co.uk/news/"), ("The Times", "https://www.thetimes.co.uk/"),
        ("Yorkshire Post", "https://www.yorkshirepost.co.uk/"), ("Manchester Evening News", "https://www.manchestereveningnews.co.uk/"),
        ("The Westmorland Gazette", "https://www.thewestmorlandgazette.co.uk/"), ("Cornwall Live", "https://www.cornwalllive.com/"),
        ("The Independent", "https://www.independent.co.uk/"), ("i News", "https://inews.co.uk/")]  # fmt: skip
TRADE = [("Third Sector", "https://www.thirdsector.co.uk/"), ("Civil Society", "https://www.civilsociety.co.uk/"),
         ("Charity Times", "https://www.charitytimes.com/"), ("UK Fundraising", "https://fundraising.co.uk/"),
         ("Museums Journal", "https://www.museumsassociation.org/museums-journal/"), ("The Stage", "https://www.thestage.co.uk/"),
         ("Arts Professional", "https://www.artsprofessional.co.uk/"), ("Leisure Opportunities", "https://www.leisureopportunities.co.uk/"),
         ("The Cricketer", "https://www.thecricketer.com/"), ("Inside Housing", "https://www.insidehousing.co.uk/")]  # fmt: skip
HEADLINES = ["{O} reports record demand this winter", "Charities warn of {t} crisis", "How {O} rebuilt {t} after lockdown",
             "Donations fall as cost of living bites", "{O} appoints new director of fundraising", "Why {t} matters more than ever",
             "Volunteer numbers still below pre-pandemic levels", "{O} launches campaign to tackle {t}",
             "Small charities 'squeezed' by rising costs", "Visitor numbers bounce back at {O}"]  # fmt: skip
PODCASTS = [("Charity Marketing Conversations", "Podcast"), ("The Fundraising Podcast", "Podcast"), ("Heritage Voices", "Podcast"),
            ("Sport England: This Girl Can podcast", "Podcast"), ("Third Sector Podcast", "Podcast"), ("The Arts Marketing Podcast", "Podcast")]  # fmt: skip
VIDEOS = ["How we support families at the end of life", "A day in the life of a food bank volunteer", "Meet the dogs looking for a home",
          "Behind the scenes: building the panto set", "Why I quit smoking", "Getting your flu jab: what to expect",
          "Webinar: social media for small charities", "Our community turbine, one year on", "Volunteering at a heritage site"]  # fmt: skip
POSTS = ["Thank you to everyone who came to our open day!", "We need your help this Christmas", "New data: food bank use up again",
         "Proud to announce our shortlisting", "Tickets for the summer season are now on sale", "Our volunteers are amazing",
         "Stoptober starts today: you can do it", "The clocks go back, the heating goes on", "Adopt, don't shop"]  # fmt: skip
PLATFORMS = [("Facebook", "https://www.facebook.com/"), ("Instagram", "https://www.instagram.com/"), ("X", "https://x.com/"),
             ("LinkedIn", "https://www.linkedin.com/posts/"), ("TikTok", "https://www.tiktok.com/@")]  # fmt: skip
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# fmt: on


class Blind23WorkFactory(WorkFactory):
    """The blind23 pool's works: every kind a practical third-sector report cites, drawn from one seeded source."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 12, "chapter": 5, "journal": 16, "web": 12, "report": 8, "company-report": 5, "government": 10,
        "legislation": 3, "market-research": 5, "news": 7, "trade-press": 6, "podcast": 2, "video": 3, "social": 3,
        "internal": 6, "interview": 2,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 23 + 27023)
        self.pairs: list[tuple[str, dict[str, Any]]] = []  # an organisation and its date, for "2019a" and "2019b"

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        given = self.rng.choice(FIRSTS)
        if roll < 0.1:
            particle, family = self.rng.choice(PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.2:
            return {"family": self.rng.choice(HYPHENS), "given": given}
        if roll < 0.3:
            return {"family": self.rng.choice(GAELIC), "given": given}
        return {"family": self.rng.choice(SURNAMES), "given": given}

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 8, 6, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates and words
    def issued(self, low: int = 2009, high: int = 2025, detail: str = "year") -> dict[str, Any]:
        year = self.rng.randint(low, high)
        if detail == "day":
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def accessed_after(self, issued: dict[str, Any] | None = None) -> dict[str, Any]:
        parts = issued["date-parts"][0] if issued else [2022]
        year = self.rng.randint(max(2023, parts[0]), max(2025, parts[0]))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if year == parts[0] and len(parts) > 1:
            month = self.rng.randint(parts[1], 12)
            if month == parts[1] and len(parts) > 2:
                day = self.rng.randint(parts[2], 28)
        return {"date-parts": [[year, month, day]]}

    def words(self, pattern: str, year: int | None = None) -> str:
        topic = self.rng.choice(TOPICS)
        year = year or self.rng.randint(2015, 2024)
        text = (pattern.replace("{T}", topic[0].upper() + topic[1:]).replace("{t}", topic)
                .replace("{s}", self.rng.choice(SETTINGS)).replace("{Y1}", str(year - 1)).replace("{Y2}", str(year))
                .replace("{Y3}", str(year + self.rng.randint(2, 5))).replace("{Y}", str(year))
                .replace("{q}", str(self.rng.randint(1, 4))).replace("{m}", self.rng.choice(MONTHS))
                .replace("{O}", self.rng.choice(OWN + [name for name, _ in SECTOR[:20]])))  # fmt: skip
        return text

    def slug(self, text: str) -> str:
        return "-".join("".join(ch for ch in word.lower() if ch.isalnum()) for word in text.split()[:6]).strip("-")

    # ------------------------------------------------------------------ finishing a record
    def done(self, record: dict[str, Any], kind: str, organisation: str | None = None) -> Work:
        self.counter += 1
        record["id"] = f"b23-{self.counter}"
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        if organisation is not None:
            record["author"] = [{"literal": organisation}]
            return Work(record, organisation, year, True, 1, kind, {"organisation"})
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        return Work(record, lead, year, False, len(record["author"]), kind)

    def online(self, record: dict[str, Any], url: str, access: float = 0.9) -> None:
        record["URL"] = url
        if self.rng.random() < access:  # now and then the access date is left off, as some learners do
            record["accessed"] = self.accessed_after(record.get("issued"))

    def org_issued(self, name: str, detail: str = "year") -> dict[str, Any]:
        """An organisation's date, now and then the same as an earlier work of the same body (2023a, 2023b)."""
        same = [issued for other, issued in self.pairs if other == name]
        if same and self.rng.random() < 0.5:
            return {"date-parts": [list(same[0]["date-parts"][0])]}
        issued = self.issued(2012, 2025, detail)
        self.pairs.append((name, issued))
        return issued

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _book(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        title = self.rng.choice(BOOKS)
        if self.rng.random() < 0.4:
            title = f"{title}{self.rng.choice([': a practical guide', ' in practice', ': theory and cases', ' for the third sector'])}"
        record: dict[str, Any] = {"type": "book", "title": title, "author": self.people(4), "issued": self.issued(1998, 2024),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.45:
            record["edition"] = str(self.rng.randint(2, 11))
        if self.rng.random() < 0.12:  # an e-book read online
            self.online(record, f"https://ebookcentral.proquest.com/lib/{self.slug(title)}", 0.8)
        return self.done(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS[:7])
        first = self.rng.randint(1, 380)
        record: dict[str, Any] = {"type": "chapter", "title": self.words(self.rng.choice(ARTICLES)), "author": self.people(3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
                                  "container-title": self.words(self.rng.choice(EDITED)), "issued": self.issued(2005, 2024),
                                  "publisher": publisher, "publisher-place": place, "page": f"{first}-{first + self.rng.randint(10, 28)}"}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 4))
        return self.done(record, "chapter")

    def _journal(self) -> Work:
        first = self.rng.randint(1, 700)
        record: dict[str, Any] = {"type": "article-journal", "title": self.words(self.rng.choice(ARTICLES)), "author": self.people(8),
                                  "container-title": self.rng.choice(JOURNALS), "issued": self.issued(2004, 2025),
                                  "volume": str(self.rng.randint(3, 60)), "issue": str(self.rng.randint(1, 6)),
                                  "page": f"{first}-{first + self.rng.randint(8, 25)}"}  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 1199)}/{self.rng.choice(['nvsq', 'jsm', 'nvsm', 'smr', 'tm', 'hej'])}.{self.rng.randint(1000, 99999)}"
            )
        elif self.rng.random() < 0.2:
            self.online(record, f"https://www.researchgate.net/publication/{self.rng.randint(100000, 999999)}")
        return self.done(record, "journal")

    def _web(self) -> Work:
        roll = self.rng.random()
        if roll < 0.2:  # a named writer's blog post or guide
            name, url = self.rng.choice(SECTOR)
            record: dict[str, Any] = {"type": "post-weblog", "title": self.words(self.rng.choice(["Ten tips for {t}", "What {s} can learn about {t}", "{T}: a beginner's guide", "Getting started with {t}"])),
                                      "author": self.people(2), "container-title": name.split(" (")[0]}  # fmt: skip
            if self.rng.random() < 0.85:
                record["issued"] = self.issued(2016, 2025, "day")
            self.online(record, url + "blog/" + self.slug(record["title"]), 0.85)
            return self.done(record, "web")
        name, url = self.rng.choice(SECTOR + GOVERNMENT[:10])
        title = self.rng.choice(["About us", "Our history", "Our impact", "Volunteer with us", "Leave a gift in your will", "Ways to give",
                                 "Facts and figures", "Our strategy", "Plan your visit", "Get involved", "Our vision and values",
                                 self.words("{T}"), self.words("Guidance on {t}")])  # fmt: skip
        record = {"type": "webpage", "title": title, "container-title": name.split(" (")[0]}
        if self.rng.random() < 0.7:  # many charity pages show no date: cited "no date"
            record["issued"] = self.org_issued(name)
        self.online(record, url + self.slug(title), 0.88)
        return self.done(record, "web", name)

    def _report(self) -> Work:
        name, url, titles = self.rng.choice(REPORTS)
        issued = self.org_issued(name)
        title = self.words(self.rng.choice(titles), issued["date-parts"][0][0])
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0], "publisher-place": "London",
                                  "issued": issued}  # fmt: skip
        if self.rng.random() < 0.75:
            self.online(record, url + "research/" + self.slug(title))
        if self.rng.random() < 0.3:  # the named researchers of a sector body's report
            record["author"] = self.people(3)
            return self.done(record, "report")
        return self.done(record, "report", name)

    def _company_report(self) -> Work:
        name = self.rng.choice([*OWN, "Macmillan Cancer Support", "The Trussell Trust", "Battersea Dogs & Cats Home", "Whitbread plc",
                                      "Greenwich Leisure Ltd", "Lloyds Banking Group plc", "The National Trust", "Sue Ryder"])  # fmt: skip
        year = self.rng.randint(2016, 2024)
        title = self.rng.choice([f"Annual report and accounts {year}", f"Annual report and financial statements {year - 1}/{str(year)[2:]}",
                                 f"Impact report {year}", f"Trustees' annual report {year - 1}-{year}", f"Annual review {year}"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "publisher": name,
            "issued": {"date-parts": [[year]]},
        }
        if self.rng.random() < 0.6:
            self.online(
                record,
                f"https://register-of-charities.charitycommission.gov.uk/charity-details/?regid={self.rng.randint(200000, 1199999)}",
            )
        return self.done(record, "company-report", name)

    def _government(self) -> Work:
        name, url = self.rng.choice(GOVERNMENT)
        group = next((g for word, g in _GOV_GROUPS if word in name), "local")
        issued = self.org_issued(name)
        title = self.words(self.rng.choice(GOV_TITLES[group]), issued["date-parts"][0][0])
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "report", "webpage"]),
            "title": title,
            "issued": issued,
        }
        if self.rng.random() < 0.12:
            record.pop("issued")
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        self.online(record, url + self.slug(title), 0.9)
        return self.done(record, "government", name)

    def _legislation(self) -> Work:
        title, year = self.rng.choice(ACTS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.7:
            self.online(record, f"https://www.legislation.gov.uk/ukpga/{year}/{self.rng.randint(1, 60)}/contents", 0.9)
        return self.done(record, "legislation", self.rng.choice(["Great Britain", "Great Britain", "UK Parliament"]))

    def _market_research(self) -> Work:
        name, titles = self.rng.choice(RESEARCH)
        year = self.rng.randint(2017, 2025)
        record: dict[str, Any] = {"type": "report", "title": self.words(self.rng.choice(titles), year), "publisher": name,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.08:
            record.pop("issued")
        self.online(record, f"https://www.{self.slug(name).replace('-', '')}.com/{self.slug(record['title'])}", 0.9)
        return self.done(record, "market-research", name)

    def _news(self) -> Work:
        paper, url = self.rng.choice(NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.words(self.rng.choice(HEADLINES)), "container-title": paper,
                                  "issued": self.issued(2016, 2025, "day")}  # fmt: skip
        self.online(record, url + self.slug(record["title"]), 0.9)
        if self.rng.random() < 0.7:
            record["author"] = self.people(2)
            return self.done(record, "news")
        return self.done(record, "news", paper)  # no byline: the paper as author

    def _trade_press(self) -> Work:
        title, url = self.rng.choice(TRADE)
        record: dict[str, Any] = {"type": "article-magazine", "title": self.words(self.rng.choice(HEADLINES)), "container-title": title,
                                  "issued": self.issued(2015, 2025, "day")}  # fmt: skip
        self.online(record, url + "news/" + self.slug(record["title"]), 0.9)
        if self.rng.random() < 0.75:
            record["author"] = self.people(2)
            return self.done(record, "trade-press")
        return self.done(record, "trade-press", title)

    def _podcast(self) -> Work:
        series, medium = self.rng.choice(PODCASTS)
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {self.rng.randint(1, 160)}: {self.words('{t}')}", "container-title": series,
                                  "medium": medium, "issued": self.issued(2019, 2025, "day")}  # fmt: skip
        self.online(record, f"https://open.spotify.com/episode/{self.rng.randint(10**8, 10**9)}", 0.85)
        if self.rng.random() < 0.5:
            record["author"] = self.people(2)
            return self.done(record, "podcast")
        return self.done(record, "podcast", self.rng.choice(SECTOR)[0])

    def _video(self) -> Work:
        name = self.rng.choice([n for n, _ in SECTOR[:30]] + OWN[:8] + ["NHS England", "Sport England"])
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(VIDEOS), "medium": "YouTube",
                                  "issued": self.issued(2016, 2025, "day")}  # fmt: skip
        self.online(
            record, f"https://www.youtube.com/watch?v={self.slug(name)[:5]}{self.rng.randint(1000, 99999)}", 0.9
        )
        return self.done(record, "video", name)

    def _social(self) -> Work:
        platform, url = self.rng.choice(PLATFORMS)
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(POSTS), "container-title": platform,
                                  "issued": self.issued(2020, 2025, "day")}  # fmt: skip
        self.online(record, url + str(self.rng.randint(10**6, 10**7)), 0.85)
        if self.rng.random() < 0.3:  # a chief executive's LinkedIn post
            record["author"] = self.people(1)
            return self.done(record, "social")
        return self.done(record, "social", self.rng.choice([n for n, _ in SECTOR] + OWN))

    def _internal(self) -> Work:
        name = self.rng.choice(OWN)
        pattern, genre = self.rng.choice(OWN_TITLES)
        issued = self.org_issued(name)
        record: dict[str, Any] = {"type": "report", "title": self.words(pattern, issued["date-parts"][0][0]),
                                  "genre": genre if genre.startswith("Unpublished") else f"Unpublished {genre[0].lower()}{genre[1:]}",
                                  "publisher": name}  # fmt: skip
        if "{Y" not in pattern and self.rng.random() < 0.2:  # handbooks and notes often carry no date
            issued = {}
        if issued:
            record["issued"] = issued
        if self.rng.random() < 0.25:  # written by a named colleague
            record["author"] = self.people(2)
            return self.done(record, "internal")
        return self.done(record, "internal", name)

    def _interview(self) -> Work:
        role = self.rng.choice(ROLES)
        record: dict[str, Any] = {"type": "interview", "author": [self.person()],
                                  "title": self.rng.choice([f"Interview with the {role}", f"Interview by the author with the {role} of {self.rng.choice(OWN)}",
                                                            f"Email to the author about {self.rng.choice(TOPICS)}", "Conversation with the author"]),
                                  "issued": self.issued(2023, 2025, "day")}  # fmt: skip
        return self.done(record, "interview")
