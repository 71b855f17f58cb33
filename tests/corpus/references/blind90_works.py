"""Works for the ninetieth held-out pool, "blind90": what music, live-events, festival, ticketing and streaming
marketers in the United Kingdom and the United States cite on CIM Level 6 and 7 courses and MBAs.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninetieth hand,
without reading the checker, its tests or the other pools' frames, decoys and works.

Journals of popular music and arts marketing with one to eight authors, textbooks and chapters, theses from BIMM,
LIPA, Westminster, Leeds Conservatoire, NYU Steinhardt, Berklee and Belmont, label, promoter, ticketing, trade-body,
regulator and statistics-office works with and without dates or access dates, trade and music press signed and
unsigned, artists' and labels' social posts, podcasts, Acts read on legislation.gov.uk and congress.gov; British
and American names of every origin, particles, hyphens, accents, Jr., Sr. and III, stage names and mononyms,
bands and duos with "&" and "and".
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_US", "en_US", "en_US", "en_IE", "es_MX", "it_IT", "fr_FR", "de_DE",
            "pl_PL", "en_IN", "pt_BR", "nl_NL", "sv_SE", "tr_TR"]  # fmt: skip
# Names British and American music-business writers carry (family, given), accents and all.
_NAMES = [
    ("Okonkwo", "Adaeze"), ("Mensah", "Kofi"), ("Adebayo", "Tolulope"), ("Achterberg", "Femke"), ("Nakamura", "Ren"),
    ("Kowalczyk", "Zofia"), ("Ní Bhriain", "Aoife"), ("Ó Súilleabháin", "Cillian"), ("MacAskill", "Eilidh"),
    ("Gutiérrez", "Marisol"), ("Núñez", "Alejandro"), ("Peña", "Camila"), ("Hernández", "Luis"), ("Björk", "Elin"),
    ("Øvrebø", "Sigrid"), ("Müller", "Lena"), ("Çelik", "Deniz"), ("Yıldız", "Emre"), ("Nguyễn", "Thu"),
    ("Chowdhury", "Rubina"), ("Bhattacharya", "Ananya"), ("Patel", "Priyanka"), ("Kaur", "Harpreet"),
    ("Singh", "Jasdeep"), ("Haddad", "Layla"), ("Khoury", "Rami"), ("Abu-Zeid", "Nour"), ("Zhang", "Wei"),
    ("Park", "Jiwoo"), ("Kim", "Seoyeon"), ("Dubois", "Élodie"), ("Lefèvre", "Théo"), ("Smith-Okafor", "Grace"),
    ("Washington-Hughes", "Tiana"), ("Jackson", "Mary-Kate"), ("O'Donoghue", "Siobhan"), ("McCartney-Reid", "Ewan"),
    ("Rodríguez-Vázquez", "Inés"), ("Lloyd-Webber", "Imogen"), ("Ferreira", "João"), ("Brontë-Hall", "Anna-Marie"),
    ("Fitzgerald", "Jean-Luc"), ("Asante", "Ama"), ("Boateng", "Kwame"), ("Oyelaran", "Folake"), ("Ramírez", "Sofía"),
]  # fmt: skip
_PARTICLE_NAMES = [("van", "der Berg", "Jesse"), ("de", "Souza", "Rafael"), ("da", "Costa", "Beatriz"),
                   ("van", "Zandt", "Cornelius"), ("de la", "Rosa", "Lucía"), ("von", "Trapp", "Maria"),
                   ("di", "Marco", "Gianluca"), ("le", "Grand", "Juliette"), ("van", "Heerden", "Pieter")]  # fmt: skip
_SUFFIXES = ["Jr.", "Sr.", "III", "II"]
_US_SUFFIX_NAMES = [("Washington", "Darnell"), ("Brooks", "Tyrell"), ("Holloway", "Marcus"), ("Cash", "Robert"),
                    ("Jenkins", "Lamar"), ("Whitfield", "Jonathan"), ("Vance", "Earl"), ("Pruitt", "Wesley")]  # fmt: skip
# Artists cited by one name, and bands and duos, as they sign their own posts, sleeve notes and statements.
_MONONYMS = ["Stormzy", "Adele", "Raye", "Dave", "Beyoncé", "Lizzo", "Little Simz", "Skepta", "Shygirl", "Central Cee",
             "PinkPantheress", "Rosalía", "Björk", "Sampha", "Arlo Parks", "Self Esteem", "Loyle Carner", "Olivia Dean"]  # fmt: skip
_BANDS = [("Mumford & Sons", {"ampersand"}), ("Florence + the Machine", set()), ("Wet Leg", set()),
          ("Years & Years", {"ampersand"}), ("Chase & Status", {"ampersand"}), ("Simon and Garfunkel", set()),
          ("The Last Dinner Party", set()), ("Idles", set()), ("Sleaford Mods", set()), ("Bicep", set()),
          ("Everything Everything", set()), ("The 1975", set()), ("Coldplay", set()), ("Arctic Monkeys", set()),
          ("Big Thief", set()), ("Shakey Graves & the Dirt Band", {"ampersand"})]  # fmt: skip
# Organisations as music and live-events marketers cite them.
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Universal Music Group N.V.", {"company"}), ("Universal Music Group", {"company"}),
    ("Sony Music Entertainment UK Limited", {"company"}), ("Warner Music Group Corp.", {"company"}),
    ("Beggars Group Limited", {"company"}), ("Spotify Technology S.A.", {"company"}), ("Spotify", {"company"}),
    ("Live Nation Entertainment, Inc.", {"company", "comma"}), ("Live Nation", {"company"}),
    ("AEG Presents", {"company", "abbreviation"}), ("Festival Republic Limited", {"company"}),
    ("Glastonbury Festival Events Limited", {"company"}), ("Ticketmaster", {"company"}),
    ("See Tickets", {"company"}), ("DICE FM Ltd", {"company", "abbreviation"}), ("SJM Concerts", {"company"}),
    ("Bauer Media Audio UK", {"company"}), ("Global Media & Entertainment Limited", {"company", "ampersand"}),
    ("BBC Radio 1", {"company"}), ("The BPI (British Phonographic Industry) Limited", {"trade-body", "abbreviation"}),
    ("BPI", {"trade-body", "acronym"}), ("PRS for Music Limited", {"trade-body"}), ("PPL", {"trade-body", "acronym"}),
    ("Musicians' Union", {"trade-body", "apostrophe"}), ("UK Music", {"trade-body"}),
    ("Music Venue Trust", {"trade-body"}), ("Recording Industry Association of America (RIAA)", {"trade-body", "abbreviation"}),
    ("RIAA", {"trade-body", "acronym"}), ("Recording Academy", {"trade-body"}), ("IFPI", {"trade-body", "acronym"}),
    ("Fender Musical Instruments Corporation", {"company"}), ("Marshall Amplification plc", {"company"}),
    ("MIDiA Research", {"market-research"}), ("Luminate", {"market-research"}), ("Pollstar", {"press"}),
    ("Goldman Sachs", {"company"}), ("Deloitte LLP", {"company"}), ("PwC", {"company", "acronym"}),
    ("Mintel", {"market-research"}), ("YouGov", {"market-research"}), ("Statista", {"market-research"}),
    ("Association of Independent Festivals (AIF)", {"trade-body", "abbreviation"}),
    ("Association of Independent Music (AIM)", {"trade-body", "abbreviation"}),
    ("Ivors Academy", {"trade-body"}), ("Music Managers Forum", {"trade-body"}), ("Featured Artists Coalition", {"trade-body"}),
    ("LIVE (Live music Industry Venues & Entertainment)", {"trade-body", "ampersand", "abbreviation"}),
    ("Night Time Industries Association", {"trade-body"}), ("Record Store Day UK", {"company"}),
    ("Rough Trade Ltd", {"company"}), ("HMV Retail Ltd", {"company"}), ("Apple Inc.", {"company"}),
    ("Amazon.com, Inc.", {"company", "comma"}), ("TikTok", {"company"}), ("YouTube", {"company"}),
    ("SoundCloud Limited", {"company"}), ("Bandcamp", {"company"}), ("Sonos, Inc.", {"company", "comma"}),
    ("Gibson Brands, Inc.", {"company", "comma"}), ("Roland Corporation", {"company"}), ("O2 (Virgin Media O2)", {"company", "abbreviation"}),
    ("Kilimanjaro Live Ltd", {"company"}), ("Academy Music Group", {"company"}), ("Eventbrite, Inc.", {"company", "comma"}),
    ("StubHub", {"company"}), ("viagogo", {"company", "lowercase"}), ("Twickets Ltd", {"company"}),
    ("Which?", {"trade-body", "punctuation"}), ("Nashville Convention & Visitors Corp", {"company", "ampersand"}),
    ("SXSW, LLC", {"company", "comma"}), ("Goldenvoice", {"company"}), ("Sony Music Publishing", {"company"}),
    ("Kobalt Music Group Ltd", {"company"}), ("Domino Recording Company Ltd", {"company"}), ("XL Recordings", {"company"}),
    ("Warp Records", {"company"}), ("Atlantic Records", {"company"}), ("Def Jam Recordings", {"company"}),
]  # fmt: skip
_GOVERNMENT = [("Department for Culture, Media and Sport", {"comma"}), ("Department for Culture, Media & Sport", {"comma", "ampersand"}),
               ("DCMS", {"acronym"}), ("Office for National Statistics", set()), ("Office for National Statistics (ONS)", {"abbreviation"}),
               ("Competition and Markets Authority", set()), ("Competition and Markets Authority (CMA)", {"abbreviation"}),
               ("Advertising Standards Authority", set()), ("ASA", {"acronym"}), ("Committee of Advertising Practice", set()),
               ("House of Commons Library", set()), ("Digital, Culture, Media and Sport Committee", {"comma"}),
               ("Culture, Media and Sport Committee", {"comma"}), ("Scottish Government", set()), ("Greater London Authority", set()),
               ("Arts Council England", set()), ("Creative Scotland", set()), ("Intellectual Property Office", set()),
               ("Federal Trade Commission", set()), ("Federal Trade Commission (FTC)", {"abbreviation"}), ("U.S. Census Bureau", set()),
               ("U.S. Bureau of Labor Statistics", set()), ("Bureau of Labor Statistics", set()), ("U.S. Copyright Office", set()),
               ("National Endowment for the Arts", set()), ("New York State Office of the Attorney General", set()),
               ("Tennessee Department of Tourist Development", set()), ("City of Austin", set())]  # fmt: skip
_ACTS = [("UK Parliament", "Consumer Rights Act 2015", 2015), ("UK Parliament", "Licensing Act 2003", 2003),
         ("UK Parliament", "Digital Markets, Competition and Consumers Act 2024", 2024),
         ("UK Parliament", "Copyright, Designs and Patents Act 1988", 1988), ("UK Parliament", "Live Music Act 2012", 2012),
         ("UK Government", "The Breaching of Limits on Ticket Sales Regulations 2018", 2018),
         ("UK Government", "The Consumer Protection from Unfair Trading Regulations 2008", 2008),
         ("U.S. Congress", "Better Online Ticket Sales Act of 2016", 2016), ("U.S. Congress", "Music Modernization Act", 2018),
         ("New York State Legislature", "Arts and Cultural Affairs Law, Article 25", 2022),
         ("Tennessee General Assembly", "Fans Act (Public Chapter 1049)", 2024)]  # fmt: skip
_JOURNALS = ["Popular Music", "Popular Music and Society", "Journal of Marketing Management", "Arts and the Market",
             "International Journal of Arts Management", "Journal of Business Research", "Journal of Consumer Research",
             "Journal of Popular Music Studies", "Music Business Research", "International Journal of Event and Festival Management",
             "Event Management", "Journal of Cultural Economics", "Journal of the Music & Entertainment Industry Educators Association",
             "MEIEA Journal", "IASPM Journal", "European Journal of Marketing", "Journal of Service Research",
             "Journal of Interactive Marketing", "Psychology & Marketing", "Creative Industries Journal"]  # fmt: skip
_PRESS = ["Music Week", "NME", "Billboard", "Rolling Stone", "Pitchfork", "The Guardian", "Variety", "Pollstar",
          "IQ Magazine", "Music Business Worldwide", "Music Ally", "The New York Times", "Financial Times", "BBC News",
          "Complete Music Update", "Hypebot", "Access All Areas", "The Tennessean", "Los Angeles Times", "Mixmag",
          "Campaign", "Marketing Week", "The Drum", "Evening Standard", "Manchester Evening News", "The Herald"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "New York"), ("Bloomsbury Academic", "London"),
               ("Palgrave Macmillan", "Cham"), ("Sage", "London"), ("Kogan Page", "London"), ("Berklee Press", "Boston"),
               ("Focal Press", "New York"), ("Oxford University Press", "Oxford"), ("Hal Leonard", "Milwaukee"),
               ("Pearson", "Harlow"), ("Wiley", "Hoboken"), ("Omnibus Press", "London"), ("Simon & Schuster", "New York"),
               ("Goodfellow Publishers", "Oxford"), ("Edward Elgar", "Cheltenham")]  # fmt: skip
_UNIVERSITIES = ["BIMM University", "Liverpool Institute for Performing Arts", "University of Westminster",
                 "Leeds Conservatoire", "New York University", "Berklee College of Music", "Belmont University",
                 "Goldsmiths, University of London", "University of Glasgow", "Middle Tennessee State University",
                 "Brighton Institute of Modern Music", "University of Southern California", "University of Salford"]  # fmt: skip
_TOPICS = ["superfan monetisation", "streaming playlists", "dynamic pricing", "secondary ticketing", "festival sponsorship",
           "fan clubs", "vinyl revival", "Record Store Day", "artist-led direct-to-fan marketing", "TikTok music discovery",
           "grassroots music venues", "Independent Venue Week", "the Christmas number one", "radio pluggers",
           "sync licensing", "music brand partnerships", "presale codes", "queue-based ticketing", "cashless festivals",
           "festival sustainability", "artist merchandise", "the album campaign", "K-pop fandom", "country music tourism",
           "hip-hop brand deals", "live-streamed concerts", "audio advertising", "podcast sponsorship", "AI-generated music",
           "catalogue acquisitions", "the attention economy", "loyalty schemes for gig-goers", "accessible ticketing",
           "touring costs", "guitar retail", "student music fans", "event CRM", "headline booking", "UK drill", "Afrobeats"]  # fmt: skip
_TITLE_FORMS = [
    "{Tc}: evidence from the UK live sector", "{Tc} and the new music economy", "Rethinking {t}",
    "Who pays for {t}? Fans, artists and platforms", "{Tc} in the streaming era", "From stage to screen: {t}",
    "Marketing {t}: a practitioner's guide", "The business of {t}", "{Tc}, fandom and value co-creation",
    "Understanding {t} in American arenas", "{Tc}: a critical review", "Selling out: {t} and brand authenticity",
    "{Tc} after the pandemic", "{Tc} and Generation Z", "Measuring {t}", "Beyond the headline: {t}",
    "{Tc} {y}: market report", "The state of {t} {y}", "{Tc} in Nashville and Austin", "{Tc} at Glastonbury and beyond",
]  # fmt: skip


class Blind90WorkFactory(WorkFactory):
    """The ninetieth pool's works: music and live-events sources, British and American names of every origin."""

    KINDS = ("book", "chapter", "journal", "web", "report", "news", "thesis", "post", "podcast", "legislation")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 90090)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.22:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.28:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.32:
            family, given = self.rng.choice(_US_SUFFIX_NAMES)
            return {"family": family, "given": given, "suffix": self.rng.choice(_SUFFIXES)}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        roll = self.rng.random()
        if roll < 0.08:
            family = f"{family}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        elif roll < 0.12:
            family = self.rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_GB"].last_name().split("-")[0]
        if "-" in given:  # "Mary-Kate", never "Mary-kate"
            given = "-".join(part.capitalize() for part in given.split("-"))
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        if self.rng.random() < 0.25:
            name, tags = self.rng.choice(_GOVERNMENT)
            return name, set(tags) | {"government"}
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics: Frith, Negus, Hesmondhalgh's generation
            return self.rng.randint(1978, 1999)
        return self.rng.randint(2005, 2025)

    def _accessed_after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(issued[0], 2022), 2026)
        if year > issued[0]:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        month = issued[1] if len(issued) > 1 else 1
        month = self.rng.randint(min(month + 1, 12), 12)
        return {"date-parts": [[year, month, 28]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        form = self.rng.choice(_TITLE_FORMS)
        return form.format(t=topic, Tc=topic[0].upper() + topic[1:], y=self.rng.randint(2018, 2025))

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://{host}/{fake.slug()}" if host else fake.url() + fake.uri_path()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.KINDS), weights=[11, 5, 22, 16, 12, 12, 4, 6, 4, 3])[0]
        return getattr(self, "_" + kind)()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 15, 9, 6, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        if "literal" in first:
            lead = first["literal"]
            year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
            return Work(record, lead, year, False, len(record["author"]), kind, {"mononym"})
        return super()._person_work(record, kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work ("PRS for Music, 2023a" and "2023b").
        if self.dated and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]))
        if record.get("type") == "report" and "publisher" not in record:
            record["publisher"] = name.split(" (")[0]
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge companion to the music business", "The Oxford handbook of music and advertising",
                                                "Festivals and the cultural public sphere", "The live music business", "Music and marketing: critical perspectives"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 800))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.85:  # now and then the access date is forgotten
            record["accessed"] = self._accessed_after(record.get("issued", {"date-parts": [[2022]]})["date-parts"][0])
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _report(self) -> Work:
        name, tags = self.organisation()
        title = self._title() if self.rng.random() < 0.5 else self.rng.choice(
            ["Music in the Air", "This is Music", "Annual review", "Impact report", "Year-end music report",
             "Global music report", "Annual report and accounts", "Live music census", "Mid-year report", "Fan study"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0]}
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after(record.get("issued", {"date-parts": [[2022]]})["date-parts"][0])
        return self._org_work(record, "report", name, tags)

    def _news(self) -> Work:
        issued = [self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": self.rng.choice(["article-newspaper", "article-magazine"]), "title": self._title(),
            "container-title": self.rng.choice(_PRESS), "issued": {"date-parts": [issued]}, "URL": self._url(),
            "accessed": self._accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["MA dissertation", "MBA dissertation", "PhD thesis", "MSc dissertation", "MM thesis"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _post(self) -> Work:
        platform = self.rng.choice(["TikTok", "Instagram", "X", "YouTube", "Threads", "Facebook"])
        issued = [self.rng.randint(2016, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "webpage", "container-title": platform, "issued": {"date-parts": [issued]},
            "title": self.rng.choice(["Tour announcement", "New single out Friday", "Presale sign-up now open",
                                      "Thank you for an unforgettable night", "Tickets on sale 10am", "Album out now",
                                      "Festival line-up reveal", "Behind the scenes at rehearsals", "Vinyl restock",
                                      "Extra date added due to demand"]) + f" [{self.rng.choice(['Video', 'Photograph', 'Post', 'Reel'])}]",
            "URL": f"https://www.{platform.lower()}.com/{self.fakers['en_GB'].user_name()}", "accessed": self._accessed_after(issued),
        }  # fmt: skip
        roll = self.rng.random()
        if roll < 0.45:
            record["author"] = [{"literal": self.rng.choice(_MONONYMS)}]
            return self._person_work(record, "post")
        if roll < 0.75:
            name, tags = self.rng.choice(_BANDS)
            return self._org_work(record, "post", name, set(tags) | {"band"})
        name, tags = self.rng.choice(_ORGANISATIONS)
        return self._org_work(record, "post", name, set(tags))

    def _podcast(self) -> Work:
        issued = [self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{self._title()} [Podcast]",
            "container-title": self.rng.choice(["Music Ally podcast", "Switched on Pop", "The Music Business Podcast",
                                                "Music Week Podcast", "Billboard Pro Podcast", "Pollstar Live!"]),
            "issued": {"date-parts": [issued]}, "URL": self._url(), "accessed": self._accessed_after(issued),
            "author": self._people(2),
        }  # fmt: skip
        return self._person_work(record, "podcast")

    def _legislation(self) -> Work:
        """An Act as candidates cite it when they read it on legislation.gov.uk or congress.gov: the body as author."""
        body, title, year = self.rng.choice(_ACTS)
        host = "www.congress.gov" if body.startswith("U.S.") else "www.legislation.gov.uk"
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(host)}  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "legislation", body, {"government", "legislation"})
