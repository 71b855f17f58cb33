"""Works for the ninety-fifth held-out pool, "blind95": what Hispanic and bilingual marketers in Texas, Florida,
California, Arizona and New York cite on CIM Level 6 and 7 courses and MBAs.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninety-fifth hand,
without reading the checker, its tests or the other pools' frames, decoys and works. Journals with one to eight
authors, textbooks in English and Spanish (Spanish titles with English translations in square brackets), chapters,
theses from UTSA, UT Austin, UTEP, FIU, the University of Miami, UCLA, SDSU, ASU and CUNY, company, trade-body,
research-firm, regulator and government works with and without dates or access dates, legislation as the
legislature publishes it, the English- and Spanish-language press signed and unsigned, social posts and podcasts;
Mexican-American, Cuban-American, Puerto Rican, Dominican, Central and South American names with two surnames
(hyphenated or not), particles (de, del, de la), accents and ñ (and the same names written without them), Jr. and
III, and Anglo, Asian-American, African-American and expatriate names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import unicodedata
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_GIVEN_HISPANIC = ["María José", "José Luis", "Guadalupe", "Ximena", "Alejandro", "Sofía", "Juan Carlos", "Mariana",
                   "Luz Elena", "Héctor", "Yesenia", "Rubén", "Itzel", "Joaquín", "Marisol", "Ramón", "Yadira",
                   "Esteban", "Maribel", "Ángel", "Dulce", "Inés", "Rafael", "Nayeli", "Óscar", "Yolanda", "Efraín",
                   "Catalina", "Jesús", "Araceli", "Lourdes", "Maximiliano", "Valeria", "Iván", "Belén", "Nicolás"]  # fmt: skip
_SURNAMES_HISPANIC = ["García", "Hernández", "Martínez", "Rodríguez", "López", "González", "Pérez", "Sánchez",
                      "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales", "Reyes", "Gutiérrez",
                      "Ortiz", "Chávez", "Ramos", "Ruiz", "Álvarez", "Mendoza", "Vásquez", "Castillo", "Jiménez",
                      "Moreno", "Romero", "Herrera", "Medina", "Aguilar", "Vargas", "Guzmán", "Salazar", "Núñez",
                      "Ibáñez", "Peña", "Muñoz", "Castañeda", "Zúñiga", "Quiñones", "Echeverría", "Báez", "Colón",
                      "Figueroa", "Santiago", "Delgado", "Cisneros", "Treviño", "Villarreal", "Garza", "Cárdenas",
                      "Montoya", "Arreola", "Betancourt", "Cabrera", "Fuentes", "Orozco", "Urquidi"]  # fmt: skip
_PARTICLE_NAMES = [("de la", "Garza", "Rocío"), ("de la", "Cruz", "Emilio"), ("del", "Río", "Verónica"),
                   ("de", "León", "Aurelio"), ("de los", "Santos", "Pilar"), ("del", "Valle", "Gabriel"),
                   ("de", "Jesús", "Marta"), ("de la", "Fuente", "Tomás"), ("de la", "Rosa", "Claudia")]  # fmt: skip
_OTHER_NAMES = [("Nguyen", "Thanh"), ("Kim", "Grace"), ("Patel", "Anjali"), ("Chen", "Michael"), ("Park", "Daniel"),
                ("Washington", "Keisha"), ("Jefferson", "Darnell"), ("Okafor", "Chiamaka"), ("O'Connor", "Brendan"),
                ("McAllister", "Shannon"), ("Schmidt", "Hannah"), ("Whitfield", "Laura"), ("Brooks", "Tamika"),
                ("Goldberg", "Rachel"), ("Fitzgerald", "Ryan"), ("Yamamoto", "Kenji"), ("Dubois", "Jean-Claude"),
                ("Rossi", "Anna-Maria"), ("Abdel-Rahman", "Yasmin"), ("Smith", "Jennifer"), ("Johnson", "Tyler"),
                ("Anderson", "Kristen"), ("Lefèvre", "Céline"), ("Da Costa", "Leandro"), ("Haddad", "Karim")]  # fmt: skip
_ORGANISATIONS = [
    ("H-E-B Grocery Company, LP", {"company", "comma"}), ("H-E-B", {"company", "acronym"}),
    ("Fiesta Mart LLC", {"company"}), ("Northgate González Market", {"company"}), ("Sedano's Supermarkets", {"company", "apostrophe"}),
    ("Bodega Latina Corporation", {"company"}), ("Goya Foods, Inc.", {"company", "comma"}), ("Grupo Bimbo", {"company"}),
    ("Bimbo Bakeries USA, Inc.", {"company", "comma"}), ("TelevisaUnivision, Inc.", {"company", "comma"}),
    ("TelevisaUnivision", {"company"}), ("NBCUniversal Media, LLC", {"company", "comma"}), ("Telemundo", {"company"}),
    ("Estrella Media, Inc.", {"company", "comma"}), ("LATV", {"company", "acronym"}), ("Popular, Inc.", {"company", "comma"}),
    ("Banco Popular", {"company"}), ("Wells Fargo & Company", {"company", "ampersand"}), ("Mutual of Omaha", {"company"}),
    ("Molina Healthcare, Inc.", {"company", "comma"}), ("UnidosUS", {"trade-body"}),
    ("United States Hispanic Chamber of Commerce", {"trade-body"}), ("USHCC", {"trade-body", "acronym"}),
    ("Association of National Advertisers", {"trade-body"}), ("ANA", {"trade-body", "acronym"}),
    ("Alliance for Inclusive and Multicultural Marketing (AIMM)", {"trade-body", "abbreviation"}),
    ("Hispanic Marketing Council", {"trade-body"}), ("Nielsen", {"market-research"}), ("Claritas", {"market-research"}),
    ("Ipsos", {"market-research"}), ("Kantar", {"market-research"}), ("Statista", {"market-research"}),
    ("Pew Research Center", {"market-research"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("Deloitte", {"company"}), ("Latino Donor Collaborative", {"trade-body"}), ("AARP", {"trade-body", "acronym"}),
    ("Hispanic Federation", {"trade-body"}), ("Univision Communications Inc.", {"company"}),
    ("Mi Familia Vota", {"trade-body"}), ("Sanitas Medical Center", {"company"}), ("Baptist Health South Florida", {"company"}),
    ("El Rio Health", {"company"}), ("Lopez Negrete Communications, Inc.", {"company", "comma"}),
    ("Alma Advertising", {"company"}), ("d expósito & Partners", {"company", "ampersand"}),
]  # fmt: skip
_GOVERNMENT = ["U.S. Census Bureau", "Bureau of Labor Statistics", "Federal Trade Commission",
               "Federal Trade Commission (FTC)", "Consumer Financial Protection Bureau",
               "Consumer Financial Protection Bureau (CFPB)", "Federal Communications Commission",
               "U.S. Department of Health and Human Services", "Office of Minority Health",
               "Texas Department of State Health Services", "Florida Department of Health",
               "California Privacy Protection Agency", "Arizona Commerce Authority", "NYC Department of Consumer and Worker Protection",
               "Texas Attorney General's Office", "U.S. Small Business Administration"]  # fmt: skip
_LEGISLATION = [("U.S. Congress", "Telephone Consumer Protection Act of 1991, 47 U.S.C. § 227", 1991),
                ("U.S. Congress", "Controlling the Assault of Non-Solicited Pornography and Marketing (CAN-SPAM) Act of 2003", 2003),
                ("U.S. Congress", "Children's Online Privacy Protection Act of 1998 (COPPA)", 1998),
                ("California Legislature", "California Consumer Privacy Act of 2018, Cal. Civ. Code § 1798.100", 2018),
                ("Texas Legislature", "Texas Data Privacy and Security Act, HB 4, 88th Legislature", 2023),
                ("Florida Legislature", "Florida Digital Bill of Rights, SB 262", 2023),
                ("Consumer Financial Protection Bureau", "Regulation Z (Truth in Lending), 12 C.F.R. pt. 1026", 2011),
                ("Executive Office of the President", "Executive Order 13166: Improving access to services for persons with limited English proficiency", 2000)]  # fmt: skip
_PRESS = ["Los Angeles Times", "La Opinión", "El Nuevo Herald", "Miami Herald", "Houston Chronicle", "The Texas Tribune",
          "Adweek", "Ad Age", "Portada", "Hispanic Executive", "San Antonio Express-News", "Arizona Republic",
          "El Diario NY", "The New York Times", "Dallas Morning News"]  # fmt: skip
_JOURNALS = ["Journal of Advertising Research", "Journal of Consumer Marketing", "Hispanic Journal of Behavioral Sciences",
             "Journal of Health Communication", "Journal of Business Research", "International Journal of Advertising",
             "Journal of Advertising", "Journal of Retailing", "Journal of Financial Services Marketing",
             "Howard Journal of Communications", "Journal of Marketing Management", "Psychology & Marketing"]  # fmt: skip
_TOPICS = ["Spanish-language advertising", "acculturation", "bilingual TV audiences", "Spanglish in advertising",
           "retro-acculturation", "remittance banking", "credit-union membership", "Latino Gen Z", "health literacy",
           "in-language customer service", "WhatsApp commerce", "telenovela product placement", "Hispanic Heritage Month campaigns",
           "multicultural media spend", "grocery loyalty apps", "unbanked households", "promotora outreach",
           "Medicaid enrolment", "quinceañera spending", "Día de los Muertos promotions", "Copa América sponsorship",
           "second-generation shoppers", "code-switching", "cultural insight", "brand trust among Latinas",
           "streaming audiences", "financial inclusion", "culturally tailored messaging", "tortilla category growth",
           "back-to-school spending"]  # fmt: skip
_SPANISH_BOOKS = [("Mercadotecnia para el consumidor hispano", "Marketing for the Hispanic consumer"),
                  ("Comunicación publicitaria en Estados Unidos", "Advertising communication in the United States"),
                  ("El consumidor latino: identidad y consumo", "The Latino consumer: identity and consumption"),
                  ("Estrategias de marca bicultural", "Bicultural brand strategies"),
                  ("Salud y comunicación en la comunidad latina", "Health and communication in the Latino community"),
                  ("Fundamentos de marketing digital", "Foundations of digital marketing"),
                  ("La banca y el cliente hispano", "Banking and the Hispanic customer"),
                  ("Medios en español: audiencias y mercados", "Spanish-language media: audiences and markets")]  # fmt: skip
_UNIVERSITIES = ["The University of Texas at San Antonio", "The University of Texas at Austin", "The University of Texas at El Paso",
                 "Florida International University", "University of Miami", "University of California, Los Angeles",
                 "San Diego State University", "Arizona State University", "City University of New York"]  # fmt: skip
_PLACES = ["New York", "Boston", "Hoboken, NJ", "Thousand Oaks, CA", "Austin, TX", "Miami, FL", "México, D.F.",
           "Madrid", "Barcelona", "Upper Saddle River, NJ", "London"]  # fmt: skip
_PUBLISHERS = ["Pearson", "McGraw-Hill Education", "Routledge", "Sage", "Wiley", "Cengage Learning", "Paramount Market Publishing",
               "Editorial Pirámide", "ESIC Editorial", "Oxford University Press", "Kogan Page"]  # fmt: skip


class Blind95WorkFactory(WorkFactory):
    """The blind95 pool's works, drawn from its own seeded random source."""

    KINDS = ("book", "chapter", "journal", "web", "report", "news", "thesis")  # the kinds of Work it makes
    DRAWS = ("book", "chapter", "journal", "organisation-web", "organisation-report", "government", "legislation",
             "market-research", "web-person", "news", "thesis", "social", "podcast", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 953 + 95)
        self.people: list[dict[str, str]] = []
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.05 and self.people:  # the same author again
            return dict(rng.choice(self.people))
        if roll < 0.55:
            given = rng.choice(_GIVEN_HISPANIC)
            first, second = rng.sample(_SURNAMES_HISPANIC, 2)
            style = rng.random()
            if style < 0.35:
                family = first
            elif style < 0.6:
                family = f"{first} {second}"
            elif style < 0.8:
                family = f"{first}-{second}"
            else:
                family = f"{first} y {second}"
            if rng.random() < 0.15:  # written without the accents, as forms and some databases keep it
                family = "".join(c for c in unicodedata.normalize("NFKD", family) if not unicodedata.combining(c))
                given = "".join(c for c in unicodedata.normalize("NFKD", given) if not unicodedata.combining(c))
            name = {"family": family, "given": given}
        elif roll < 0.66:
            particle, family, given = rng.choice(_PARTICLE_NAMES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.72:
            family = rng.choice(["Ortega", "Salinas", "Whitaker", "Coleman", "Pacheco", "Harris", "Castro"])
            name = {"family": family, "given": rng.choice(["Luis", "Robert", "Manuel", "James", "Victor"]),
                    "suffix": rng.choice(["Jr.", "III"])}  # fmt: skip
        else:
            family, given = rng.choice(_OTHER_NAMES)
            name = {"family": family, "given": given}
        self.people.append(name)
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        weights = [34, 24, 16, 10, 6, 4, 3, 3][:most]
        count = self.rng.choices(range(1, most + 1), weights=weights)[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1978, 1999)
        return self.rng.randint(2005, 2024)

    def accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [
                [self.rng.randint(max(2023, year + 1), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _url(self, host: str | None = None) -> str:
        slug = self.fakers["en_US"].slug() if "en_US" in self.fakers else self.fakers["en_GB"].slug()
        host = host or self.rng.choice(["www.hispanicmarketingcouncil.org", "www.portada-online.com", "www.unidosus.org",
                                        "www.pewresearch.org", "www.nielsen.com", "www.census.gov", "www.ftc.gov",
                                        "www.consumerfinance.gov", "www.adweek.com", "www.telemundo.com"])  # fmt: skip
        return f"https://{host}/{slug}"

    def _title(self) -> str:
        rng = self.rng
        topic = rng.choice(_TOPICS)
        other = rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}",
                 f"The effect of {topic} on {rng.choice(['purchase intention', 'brand loyalty', 'trust', 'switching', 'recall'])} among U.S. Hispanics",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {rng.choice(['Texas', 'South Florida', 'Southern California', 'Arizona', 'New York City', 'the borderlands'])}",
                 f"Reaching bilingual consumers through {topic}",
                 f"¿Inglés o español? {topic[0].upper()}{topic[1:]} in practice",
                 f"Rethinking {topic} for the {rng.randint(2018, 2025)} consumer",
                 f"{topic[0].upper()}{topic[1:]} in {rng.choice(['grocery retail', 'community banking', 'health plans', 'Spanish-language TV', 'telecoms'])}"]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWS), weights=[11, 5, 22, 11, 8, 7, 3, 8, 5, 9, 3, 3, 2, 3])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        rng = self.rng
        if rng.random() < 0.3:
            spanish, english = rng.choice(_SPANISH_BOOKS)
            title = f"{spanish} [{english}]"
            publisher, place = rng.choice(
                [
                    ("Editorial Pirámide", "Madrid"),
                    ("ESIC Editorial", "Madrid"),
                    ("McGraw-Hill Interamericana", "México, D.F."),
                    ("Pearson Educación", "México, D.F."),
                ]
            )
        else:
            title, publisher, place = self._title(), rng.choice(_PUBLISHERS), rng.choice(_PLACES)
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if rng.random() < 0.3:
            record["edition"] = str(rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 2))],
            "container-title": rng.choice(["Handbook of U.S. Latino marketing", "Multicultural marketing: a reader",
                                           "The Routledge companion to ethnic marketing", "Latinos and the media"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": rng.choice(["Routledge", "Sage", "Edward Elgar"]),
            "publisher-place": rng.choice(["New York", "Abingdon", "Thousand Oaks, CA", "Cheltenham"]),
            "page": f"{start}-{start + rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(rng.randint(1, 64)), "issue": str(rng.randint(1, 12)),
            "page": f"{start}-{start + rng.randint(8, 28)}",
        }  # fmt: skip
        if rng.random() < 0.45:
            record["DOI"] = (
                f"10.{rng.randint(1000, 9999)}/{rng.choice(['jar', 'jcm', 'hjbs', 'hcm', 'jbr', 'ija'])}.{rng.randint(2005, 2024)}.{rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.15:
            del record["issued"]
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(2022)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})

    def _dated_org(self, record: dict[str, Any], name: str, tags: set[str]) -> tuple[str, set[str]]:
        """Now and then the same organisation in the same year as an earlier work ("Nielsen, 2023a" and "2023b")."""
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        return name, tags

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(year), "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.2:
            del record["issued"]
        elif self.rng.random() < 0.15:
            del record["accessed"]  # some candidates leave it off
        name, tags = self._dated_org(record, name, tags)
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        rng = self.rng
        name, tags = self.organisation()
        year = self.year()
        title = (f"{rng.choice(['Annual report', 'Hispanic consumer insights report', 'Community impact report', 'State of Latino marketing', 'Latino GDP report'])} {year}"
                 if rng.random() < 0.5 else self._title())  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": rng.choice(["New York", "Houston, TX", "Miami, FL", "Washington, DC", "Los Angeles, CA", "San Antonio, TX"])}  # fmt: skip
        if rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        if rng.random() < 0.12:
            del record["issued"]
        name, tags = self._dated_org(record, name, tags)
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        rng = self.rng
        name = rng.choice(_GOVERNMENT)
        year = self.year()
        title = rng.choice([f"Hispanic Heritage Month {year}: facts for features", f"American Community Survey {year - 1} 1-year estimates",
                            f"Labor force characteristics by race and ethnicity, {year - 1}", "Protecting older consumers",
                            "Consumer complaints from Spanish-speaking consumers", "Limited English proficiency plan",
                            self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(rng.choice(["www.census.gov", "www.bls.gov", "www.ftc.gov", "www.consumerfinance.gov", "www.fcc.gov", "minorityhealth.hhs.gov"])),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        name, tags = self._dated_org(record, name, {"government"})
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _legislation(self) -> Work:
        body, title, year = self.rng.choice(_LEGISLATION)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self.rng.choice(["www.congress.gov", "leginfo.legislature.ca.gov", "capitol.texas.gov", "www.flsenate.gov", "www.ecfr.gov"])),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "web", body, {"government", "legislation"})

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(["Nielsen", "Claritas", "Ipsos", "Kantar", "Statista", "Pew Research Center", "Portada"])
        year = self.year()
        market = rng.choice(["U.S. Hispanic grocery shoppers", "Spanish-language streaming", "Latino banking customers",
                             "bilingual Gen Z", "Hispanic health-plan members", "Latina beauty buyers"])  # fmt: skip
        title = rng.choice([f"Diverse intelligence series: {market} {year}", f"{market[0].upper()}{market[1:]}: market report {year}",
                            f"Share of {market} using WhatsApp weekly, {year}", f"{market[0].upper()}{market[1:]} in the United States, {year - 3} to {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        if rng.random() < 0.1:
            del record["issued"]
        name, tags = self._dated_org(record, name, {"market-research"})
        return self._org_work(record, "report", name, tags)

    def _news(self) -> Work:
        rng = self.rng
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": rng.choice(_PRESS),
            "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}, "URL": self._url(),
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        if rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _thesis(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "genre": rng.choice(["PhD thesis", "MBA dissertation", "MA thesis"]),
                                  "publisher": rng.choice(_UNIVERSITIES)}  # fmt: skip
        return self._person_work(record, "thesis")

    def _social(self) -> Work:
        rng = self.rng
        name, tags = self.organisation()
        year = rng.randint(2019, 2024)
        platform = rng.choice(["Instagram", "TikTok", "X", "Facebook", "YouTube"])
        record: dict[str, Any] = {"type": "webpage", "title": f"{rng.choice(['¡Feliz Día de Reyes!', 'Noche Buena con la familia', 'Back to school, juntos', 'Celebrating Hispanic Heritage Month', 'Vamos, Copa América'])} [{platform} post]",
                                  "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
                                  "URL": self._url(f"www.{platform.lower()}.com"), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "web", name, tags | {"social"})

    def _podcast(self) -> Work:
        rng = self.rng
        year = rng.randint(2018, 2024)
        record: dict[str, Any] = {"type": "webpage", "title": f"{rng.choice(['Marketing en dos idiomas', 'The Latino marketing podcast', 'Cultura and commerce', 'Hispanic Executive podcast'])}, episode {rng.randint(3, 220)}: {self._title()} [Podcast]",
                                  "author": self._people(2), "issued": {"date-parts": [[year]]}, "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._person_work(record, "web")
